"""Round 11 (engineer s12): what the document model still read wrong, each by its mechanism.

- a day told without its year ("Ngày 26/04", "vào lúc 8 giờ ngày 14/10") in a document that gives no year anywhere is
  kept as written (``Meeting.day_month``, a ``DayMonth``), not lost; a year the document gives still completes it;
- a list of chairs opened after the verb ("… do Thường trực Đảng ủy chủ trì, gồm các đồng chí: A, …; B, …; C, ….") runs
  on past ";": every piece is a chair;
- a member's house is a venue ("tại nhà đồng chí X", its owner's name part of it), also where the body "họp tại …";
- an opening sentence that begins with a type word ("Báo cáo tại Hội nghị cho thấy, …") is no type title;
- a ratio whose share the quantity layer pairs with it, told of the plan ("62/80 tổ chức (đạt 75,5% kế hoạch năm)"), is
  a target read as result over plan whether or not its share was computed right;
- news: a short line after body prose is inside the body (a caption), no headline; a headline standing for the
  meeting's name loses what it reports ("… lần thứ XXI thành công tốt đẹp").
"""

from __future__ import annotations

import json

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.structure.document import DayMonth
from tests.helpers import seed_text

HEAD = """ĐẢNG BỘ XÃ TÂN AN
CHI BỘ THÔN ĐÔNG HẠ
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
HỘI NGHỊ CHI BỘ LẦN THỨ 5
"""
DATED_HEAD = HEAD.replace("ĐẢNG CỘNG SẢN VIỆT NAM\n", "ĐẢNG CỘNG SẢN VIỆT NAM\nTân An, ngày 20 tháng 10 năm 2025\n")
TAIL = """Chủ trì: đồng chí Lê Văn Hòa, Bí thư Chi bộ.
Thư ký: đồng chí Vũ Thị Lan.
Chi bộ có 12 đảng viên, có mặt 11 đồng chí, vắng 1 đồng chí.
"""


def _structure(text: str):
    return analyze(text).structure


# -- 1. a day without its year


@pytest.mark.parametrize("line, day, month", [
    ("Vào lúc 8 giờ ngày 14/10, tại hội trường Đảng ủy xã, Chi bộ họp hội nghị lần thứ 5.", 14, 10),
    ("Ngày 26/04, tại Hội trường UBND xã, Chi bộ tổ chức hội nghị lần thứ 5.", 26, 4),
    ("Thời gian: 19 giờ 30 phút, ngày 03-11.", 3, 11),
])
def test_a_day_without_a_year_is_kept_as_written(line, day, month):
    s = _structure(HEAD + line + "\n" + TAIL)
    assert s.meeting.date is None
    assert s.meeting.day_month.value == DayMonth(day, month)
    assert str(s.meeting.day_month.value) == f"{day:02d}/{month:02d}"
    assert json.loads(json.dumps(s.to_json()))["meeting"]["day_month"]["value"] == {"day": day, "month": month}
    assert s.header.date is None  # never taken for the document's ISO date


@pytest.mark.parametrize("line, iso", [
    ("Vào lúc 8 giờ ngày 14/10, tại hội trường Đảng ủy xã, Chi bộ họp hội nghị lần thứ 5.", "2025-10-14"),
    ("Ngày 26/09, tại Hội trường UBND xã, Chi bộ tổ chức hội nghị lần thứ 5.", "2025-09-26"),
])
def test_the_documents_own_year_completes_the_day(line, iso):
    s = _structure(DATED_HEAD + line + "\n" + TAIL)
    assert s.meeting.date.value == iso and s.meeting.day_month is None


@pytest.mark.parametrize("line", [
    "Chi bộ có 5/7 đồng chí là đảng viên trẻ, hội nghị lần thứ 5 diễn ra sôi nổi.",  # a ratio, no day word: no date
    "Thời gian: 19 giờ 30 phút.",
    "Hội nghị lần thứ 5 bàn về 3/4 nội dung còn lại.",
])
def test_no_day_without_a_day_word(line):
    s = _structure(HEAD + line + "\n" + TAIL)
    assert s.meeting.date is None and s.meeting.day_month is None


def test_the_summary_shows_the_day_and_that_the_year_is_missing(tmp_path):
    from docx import Document

    from minutes_app.export.summary import write_summary

    out = tmp_path / "s.docx"
    write_summary(analyze(HEAD + "Vào lúc 8 giờ ngày 14/10, tại hội trường Đảng ủy xã, Chi bộ họp hội nghị lần thứ 5.\n"
                          + TAIL), out)
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "ngày 14/10 (văn bản không ghi năm)" in text


# -- 2. chairs listed after the verb

NEWS = """Đảng ủy xã {x} giao ban tháng 9

Ngày 28/9/2025, Đảng ủy xã {x} tổ chức hội nghị giao ban công tác xây dựng Đảng tháng 9. {chairs} Dự hội nghị có đồng chí Hà Minh Khôi, Ủy viên Ban Thường vụ Tỉnh ủy.
Hội nghị đánh giá kết quả tháng 9 và triển khai nhiệm vụ tháng 10.
"""


@pytest.mark.parametrize("chairs, names", [
    ("Hội nghị do Thường trực Đảng ủy xã chủ trì, gồm các đồng chí: Đặng Văn Hòa, Bí thư Đảng ủy; Lý Thị Mai, Phó Bí thư "
     "Thường trực Đảng ủy; Vương Quốc Tuấn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.",
     ["Đặng Văn Hòa", "Lý Thị Mai", "Vương Quốc Tuấn"]),
    ("Thường trực Đảng ủy chủ trì hội nghị, gồm các đồng chí: Đặng Văn Hòa, Bí thư Đảng ủy; Lý Thị Mai, Phó Bí thư Đảng ủy.",
     ["Đặng Văn Hòa", "Lý Thị Mai"]),
    ("Chủ trì hội nghị là các đồng chí: Đặng Văn Hòa, Bí thư Đảng ủy; Lý Thị Mai, Phó Bí thư Thường trực Đảng ủy; "
     "Vương Quốc Tuấn, Phó Bí thư Đảng ủy.", ["Đặng Văn Hòa", "Lý Thị Mai", "Vương Quốc Tuấn"]),
])
def test_every_chair_of_a_list_after_the_verb(chairs, names):
    m = _structure(NEWS.format(x="Phú Lộc", chairs=chairs)).meeting
    assert [c.value for c in m.chairs] == names
    assert [g.value for g in m.guests] == ["Hà Minh Khôi"]


def test_the_pieces_after_a_chairs_sentence_that_ends_are_no_chairs():
    chairs = ("Đồng chí Đặng Văn Hòa, Bí thư Đảng ủy chủ trì hội nghị. Tham dự có các đồng chí: Lý Thị Mai, Phó Bí thư "
              "Đảng ủy; Vương Quốc Tuấn, Chủ tịch UBND xã.")
    m = _structure(NEWS.format(x="Phú Lộc", chairs=chairs)).meeting
    assert [c.value for c in m.chairs] == ["Đặng Văn Hòa"]


# -- 3. venues: a member's house, the body meeting "tại"

BB = HEAD.replace("HỘI NGHỊ CHI BỘ LẦN THỨ 5", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025")


@pytest.mark.parametrize("line, place", [
    ("Vào lúc 19 giờ ngày 10/10/2025, tại nhà đồng chí Lò Văn Pành, chi ủy viên, Chi bộ tiến hành sinh hoạt thường kỳ.",
     "nhà đồng chí Lò Văn Pành"),
    ("Chi bộ họp tại nhà đồng chí Hoàng Văn Sơn, Bí thư Chi bộ.", "nhà đồng chí Hoàng Văn Sơn"),
    ("Chi bộ thôn Đông Hạ sinh hoạt thường kỳ tại nhà văn hóa thôn Đông Hạ.", "nhà văn hóa thôn Đông Hạ"),
    ("Chi ủy đã họp tại hội trường UBND xã Tân An, thống nhất nội dung.", "hội trường UBND xã Tân An"),
])
def test_the_venue_a_house_or_hall(line, place):
    s = _structure(BB + line + "\n" + TAIL)
    assert s.meeting.place.value == place
    assert [c.value for c in s.meeting.chairs] == ["Lê Văn Hòa"]  # the house's owner is no chair
    assert s.attendance.absentees == ()


@pytest.mark.parametrize("line", [
    "Kết quả họp tại các tổ dân phố được tổng hợp.",  # not the meeting's own venue
    "Đồng chí Hoàng Văn Sơn báo cáo tình hình tại địa phương.",
    "Chi bộ đã họp bàn kế hoạch tháng 11.",
])
def test_no_venue(line):
    assert _structure(BB + line + "\n" + TAIL).meeting.place is None


# -- 4. an opening sentence is no type title


@pytest.mark.parametrize("text, genre", [
    (seed_text("000"), "tin_hoi_nghi"),
    ("Báo cáo của Sở Tài chính vừa qua cho thấy, ước giải ngân vốn đầu tư công đến ngày 31/8 đạt 39,6% kế hoạch.\n"
     "Các địa phương cần đẩy nhanh tiến độ giải ngân.\n", "tin_hoi_nghi"),
    ("Biên bản tại cuộc họp ghi rõ, các chi bộ đã hoàn thành kế hoạch.\nĐảng ủy đánh giá cao kết quả.\n", "tin_hoi_nghi"),
])
def test_a_sentence_opening_with_a_type_word_is_no_type_title(text, genre):
    assert _structure(text).genre == genre


@pytest.mark.parametrize("text, genre", [
    ("Báo cáo kết quả công tác tháng 10 năm 2025\nChi bộ đã kết nạp 2 đảng viên.\n", "bao_cao"),
    ("Biên bản họp chi bộ tháng 11\nHôm nay, ngày 05/11/2025, Chi bộ họp thường kỳ.\n", "bien_ban"),
    ("Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025\nĐại hội quyết nghị.\n", "nghi_quyet"),
])
def test_a_title_opening_with_a_type_word_names_the_genre(text, genre):
    assert _structure(text).genre == genre


# -- 5. a ratio with its share of the plan

PERIOD = "Giao ban công tác xây dựng Đảng quý I năm 2026\n\nTrong quý, các chi bộ {s}\n"


@pytest.mark.parametrize("sentence, target, result", [
    ("đã kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm).", 80, 62),  # share miscomputed: still the target
    ("đã kết nạp 12/30 đảng viên mới (đạt 40% chỉ tiêu năm).", 30, 12),
    ("đã giám sát 9/20 đảng viên, đạt 45% kế hoạch năm.", 20, 9),
])
def test_a_ratio_with_its_share_of_the_plan_is_a_target(sentence, target, result):
    targets = _structure(PERIOD.format(s=sentence)).targets
    assert [(t.target, t.result, t.verdict) for t in targets] == [(target, result, "tiến độ")]


@pytest.mark.parametrize("sentence", [
    "có 12/15 chi bộ đạt trong sạch vững mạnh, đạt 80%.",  # a share of a whole, no plan
    "có 12/15 chi bộ (80%) hoàn thành tốt nhiệm vụ.",
    "có 18/20 đảng viên dự họp, đạt 90%.",
])
def test_a_ratio_with_a_share_of_no_plan_is_no_target(sentence):
    assert _structure(PERIOD.format(s=sentence)).targets == ()


def test_seed_001_reads_both_inspection_targets():
    targets = {(t.target, t.result): t for t in _structure(seed_text("001")).targets}
    assert set(targets) == {(80.0, 62.0), (547.0, 142.0)}
    assert targets[(80.0, 62.0)].progress == "tiến độ 77,5% kế hoạch năm"  # what 62/80 is, as the check says


# -- 6. news headlines


@pytest.mark.parametrize("text, headline, name", [
    ("Đại hội Chi bộ Địa bàn nhiệm kỳ 2025 - 2027 là sự kiện chính trị có ý nghĩa đặc biệt quan trọng, diễn ra trong dịp "
     "toàn Đảng thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\n"
     "Đại hội bỏ phiếu bầu\nĐại hội nhằm kiểm điểm, đánh giá kết quả lãnh đạo thực hiện nghị quyết nhiệm kỳ qua.\n",
     None, None),
    ("Đại hội đại biểu Đảng bộ xã Tân An lần thứ XXI thành công tốt đẹp\n"
     "Sau 2 ngày làm việc khẩn trương, nghiêm túc, trách nhiệm cao, Đại hội đại biểu Đảng bộ xã Tân An lần thứ XXI, "
     "nhiệm kỳ 2025-2030 đã thành công tốt đẹp.\n", "Đại hội đại biểu Đảng bộ xã Tân An lần thứ XXI thành công tốt đẹp",
     "Đại hội đại biểu Đảng bộ xã Tân An lần thứ XXI"),
    ("Kỳ họp thứ Tám HĐND xã Tân An bế mạc\nSau một ngày làm việc, các đại biểu HĐND xã đã hoàn thành chương trình đề ra "
     "và thông qua 6 nghị quyết quan trọng.\n", "Kỳ họp thứ Tám HĐND xã Tân An bế mạc", "Kỳ họp thứ Tám HĐND xã Tân An"),
])
def test_news_headline_and_the_meetings_name(text, headline, name):
    s = _structure(text)
    assert s.genre == "tin_hoi_nghi"
    assert (s.news.headline.value if s.news.headline else None) == headline
    assert (s.meeting.name.value if s.meeting and s.meeting.name else None) == name


def test_a_headline_naming_its_meeting_stays_whole():
    s = _structure("Hội nghị Ban Chấp hành Đảng bộ xã Tân An lần thứ 9\nChiều 12/10/2025, Đảng ủy xã Tân An đã họp, "
                   "đánh giá kết quả công tác 9 tháng và triển khai nhiệm vụ 3 tháng cuối năm.\n")
    assert s.meeting.name.value == "Hội nghị Ban Chấp hành Đảng bộ xã Tân An lần thứ 9"


@pytest.mark.parametrize("text, headline, date, issuer", [
    ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025 VÀ PHƯƠNG HƯỚNG NĂM 2026 CỦA XÃ TÂN AN.\n"
     "Ngày 26 tháng 12 năm 2025 UBND xã Tân An tổ chức hội nghị tổng kết tình hình thực hiện nhiệm vụ năm 2025 và triển khai "
     "phương hướng năm 2026.\nTham dự Hội nghị có:\n- Đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã.\n",
     "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025 VÀ PHƯƠNG HƯỚNG NĂM 2026 CỦA XÃ TÂN AN.", "2025-12-26", "UBND xã Tân An"),
    ("Xã Tân An tổ chức kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam và họp giao ban đầu năm 2025.\n"
     "Ngày 03/02/2025, Xã Tân An tổ chức kỷ niệm 95 năm Ngày thành lập Đảng, đồng thời tổ chức họp giao ban đầu năm nhằm "
     "đánh giá tình hình trước, trong và sau Tết.\nHội nghị có sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND xã.\n",
     "Xã Tân An tổ chức kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam và họp giao ban đầu năm 2025.", "2025-02-03",
     "Xã Tân An"),
])
def test_a_headline_that_ends_with_a_stop_over_a_dated_lead(text, headline, date, issuer):
    s = _structure(text)
    assert s.news.headline.value == headline
    assert s.header.date.value == date and s.header.issuer.value == issuer


def test_prose_then_a_short_line_then_no_lead():
    text = ("Trong năm 2025, toàn xã đã xây dựng mới 12 công trình, sửa chữa 480 công trình giao thông nông thôn, góp "
            "phần hoàn thành các tiêu chí nông thôn mới.\nQuang cảnh buổi lễ ra quân\n"
            "Các thôn tiếp tục duy trì tốt phong trào trong năm 2026 và những năm tiếp theo.\n")
    assert _structure(text).news.headline is None


# -- the chair told only by the meeting's conclusion (domain.md §2: the chủ trì concludes)

LEAD = ("Đảng ủy xã Tân An giao ban tháng 2\n\nChiều 28/2/2026, Đảng ủy xã Tân An tổ chức hội nghị giao ban tháng 2. "
        "{lead}\nHội nghị đã đánh giá kết quả công tác tháng 2 và bàn nhiệm vụ tháng 3.\n{closing}\n")


@pytest.mark.parametrize("closing, chair", [
    ("Kết luận Hội nghị, Bí thư Đảng ủy, Chủ tịch HĐND xã Nông Văn Tuấn ghi nhận kết quả đạt được.", "Nông Văn Tuấn"),
    ("Phát biểu kết luận hội nghị, đồng chí Hà Văn Ca – Bí thư Đảng ủy xã đề nghị các chi bộ khắc phục hạn chế.",
     "Hà Văn Ca"),
    ("Đồng chí Mạc Quang Thái, Bí thư Đảng ủy xã phát biểu kết luận hội nghị.", "Mạc Quang Thái"),
])
def test_the_official_who_concludes_chairs_when_no_one_else_is_said_to(closing, chair):
    m = _structure(LEAD.format(lead="Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã.", closing=closing)).meeting
    assert [c.value for c in m.chairs] == [chair]


@pytest.mark.parametrize("lead, closing, chairs", [
    ("Đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã chủ trì hội nghị.",
     "Kết luận hội nghị, đồng chí Trần Văn Bốn, Phó Bí thư Đảng ủy xã đề nghị các chi bộ khắc phục hạn chế.", ["Lê Văn Hòa"]),
    ("Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã.",
     "Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ khắc phục hạn chế.", []),  # no name told
    ("Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã.",
     "Đồng chí Trần Văn Bốn, Phó Bí thư Đảng ủy xã phát biểu tham luận tại hội nghị.", []),
])
def test_no_chair_from_a_conclusion_over_a_chair_said_or_without_a_name(lead, closing, chairs):
    m = _structure(LEAD.format(lead=lead, closing=closing)).meeting
    assert [c.value for c in m.chairs] == chairs


# -- a presidium listed after "các bà", "các ông", "03 đ/c"

CONGRESS = ("Đại hội Hội Liên hiệp Phụ nữ xã Tân An lần thứ XII\n\nSáng 12/5/2026, Hội Liên hiệp Phụ nữ xã Tân An tổ chức "
            "Đại hội đại biểu lần thứ XII, nhiệm kỳ 2026 - 2031.\n{line}\nĐại hội đã thảo luận và thông qua báo cáo.\n")


@pytest.mark.parametrize("line, chairs", [
    ("Đoàn Chủ tịch đại hội gồm các bà: Nguyễn Thị Hạnh, Trần Thị Kim Oanh, Lê Thị Phượng.",
     ["Nguyễn Thị Hạnh", "Trần Thị Kim Oanh", "Lê Thị Phượng"]),
    ("Đoàn Chủ tịch đại hội gồm các ông: Vi Văn Thắng, Lò Văn Pành, Hà Văn Ca.", ["Vi Văn Thắng", "Lò Văn Pành", "Hà Văn Ca"]),
    ("Đoàn Chủ tịch đại hội gồm 03 đ/c: Tạ Thị Hưng, Lê Thị Thu Hà, Khổng Thị Dung.",
     ["Tạ Thị Hưng", "Lê Thị Thu Hà", "Khổng Thị Dung"]),
])
def test_every_member_of_a_presidium_listed_after_a_plural_honorific(line, chairs):
    assert [c.value for c in _structure(CONGRESS.format(line=line)).meeting.chairs] == chairs


# -- the main điểm cầu and the remote ones

ONLINE = ("Ban Chấp hành Đảng bộ xã Tân An sơ kết 6 tháng\n\nChiều 13/7/2026, Ban Chấp hành Đảng bộ xã Tân An tổ chức hội nghị "
          "sơ kết 6 tháng đầu năm theo hình thức trực tuyến.\n{line}\nHội nghị đã thảo luận và thống nhất nhiệm vụ.\n")


@pytest.mark.parametrize("line, place", [
    ("Đồng chí Lê Văn Hòa, Bí thư Đảng ủy chủ trì hội nghị tại điểm cầu chính ở Hội trường 2 - Trụ sở Đảng ủy xã.",
     "Hội trường 2 - Trụ sở Đảng ủy xã"),
    ("Đồng chí Lê Văn Hòa, Bí thư Đảng ủy chủ trì hội nghị tại điểm cầu chính tại Phòng họp số 1 UBND xã.",
     "Phòng họp số 1 UBND xã"),
    ("Đồng chí Lê Văn Hòa, Bí thư Đảng ủy chủ trì hội nghị tại điểm cầu xã.", "điểm cầu xã"),  # no hall told: the point
    ("Ảnh: Đại biểu dự tại điểm cầu thôn Khuôn Hẻ.", None),  # those who joined from a remote point
    ("Ảnh: Các đảng viên theo dõi hội nghị tại điểm cầu thôn 3.", None),
])
def test_the_venue_of_an_online_meeting(line, place):
    s = _structure(ONLINE.format(line=line))
    assert (s.meeting.place.value if s.meeting.place else None) == place


@pytest.mark.parametrize("line, name, verdict", [
    ("Tập huấn khoa học kỹ thuật: 23/25 lớp, đạt 92% KH, chưa hoàn thành do mưa bão tháng 10.",
     "Tập huấn khoa học kỹ thuật", "chưa đạt"),
    ("Xây dựng nhà đại đoàn kết: 18/20 căn, đạt 90% kế hoạch, không hoàn thành do thiếu kinh phí.",
     "Xây dựng nhà đại đoàn kết", "chưa đạt"),
    ("Kết nạp hội viên mới: 22/20 hội viên, đạt 110% kế hoạch.", "Kết nạp hội viên mới", "vượt"),
])
def test_a_ratio_target_named_by_its_label_and_judged_as_the_text_says(line, name, verdict):
    text = "HỘI NÔNG DÂN XÃ TÂN AN\nBáo cáo kết quả công tác Hội năm 2025\n" + line + "\n"
    targets = _structure(text).targets
    assert [(t.name, t.verdict) for t in targets] == [(name, verdict)]
