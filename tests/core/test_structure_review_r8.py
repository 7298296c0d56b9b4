"""Reviewer r8: shapes of the s8 readers (news leads, chairs) tried with sentences of our own, none copied from
a real, dev or held-out text; positives and near-misses per shape."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def news(lead: str, more: str = "", headline: str = "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12") -> object:
    return analyze(f"{headline}\n{lead}\n{more}").structure


# ------------------------------------------------------------------ co-chairs listed after "Các đồng chí:", each one

@pytest.mark.parametrize("more, chairs", [
    ("Các đồng chí: Giàng A Páo, Bí thư Huyện ủy; Lường Văn Quý, Phó Bí thư Thường trực Huyện ủy; Tẩn Thị Mai, "
     "Chủ tịch UBND huyện đồng chủ trì hội nghị.", ["Giàng A Páo", "Lường Văn Quý", "Tẩn Thị Mai"]),
    ("Các đồng chí: Hà Văn Khiêm, Bí thư Đảng ủy xã; Đinh Thị Nụ, Phó Bí thư Đảng ủy xã; Bàn Văn Sinh, Chủ tịch UBND "
     "xã; Lục Thị Hạnh, Chủ tịch Ủy ban MTTQ xã chủ trì hội nghị.",
     ["Hà Văn Khiêm", "Đinh Thị Nụ", "Bàn Văn Sinh", "Lục Thị Hạnh"]),
    ("Các ông: Vàng Seo Dìn, Bí thư Huyện ủy; Sùng Mí Giàng, Chủ tịch UBND huyện; Lý Văn Chứ, Chủ tịch HĐND huyện "
     "đồng chủ trì buổi làm việc.", ["Vàng Seo Dìn", "Sùng Mí Giàng", "Lý Văn Chứ"]),
    # near-misses: two listed (the list was read before), a guest before the chair is no chair
    ("Các đồng chí: Giàng A Páo, Bí thư Huyện ủy; Tẩn Thị Mai, Chủ tịch UBND huyện đồng chủ trì hội nghị.",
     ["Giàng A Páo", "Tẩn Thị Mai"]),
    ("Dự hội nghị có đồng chí Cầm Thị Hoa, Phó Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Lò Văn Thắng, Bí thư Huyện ủy chủ "
     "trì hội nghị.", ["Lò Văn Thắng"]),
])
def test_every_chair_of_a_list_is_kept(more, chairs):
    s = news("Chiều 7/10/2025, tại Hội trường Huyện ủy, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12.",
             more=more)
    assert [c.value for c in s.meeting.chairs] == chairs


# ------------------------------------------------------------------ the year of a day: results of a year's aims are told

@pytest.mark.parametrize("headline, lead, day", [
    ("Huyện Văn Chấn đánh giá kết quả thực hiện các chỉ tiêu năm 2024",
     "Sáng 14/12, UBND huyện Văn Chấn tổ chức hội nghị đánh giá tình hình kinh tế - xã hội.", "2024-12-14"),
    ("Xã Minh An hoàn thành mục tiêu giảm nghèo năm 2023",
     "Chiều 22/12, UBND xã Minh An tổ chức hội nghị tổng kết công tác giảm nghèo.", "2023-12-22"),
    ("Tin hoạt động cơ sở", "Sáng 18/4, Chi bộ thôn Khe Cát tổ chức hội nghị. Chỉ tiêu năm 2024 đã hoàn thành toàn diện.",
     "2024-04-18"),
    # near-misses: an aim's year is still no year of the day
    ("Xã Minh An đặt mục tiêu đến năm 2030 không còn hộ nghèo",
     "Chiều 22/12, UBND xã Minh An tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030.", "2025-12-22"),
    ("Huyện Yên Thế định hướng đến năm 2035 trở thành thị xã",
     "Sáng 5/1, Huyện ủy Yên Thế tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2025-2030.", "2025-01-05"),
])
def test_a_year_whose_results_are_told_is_the_year_of_the_day(headline, lead, day):
    assert analyze(f"{headline}\n{lead}\n").structure.meeting.date.value == day


# ------------------------------------------------------------------ a venue named after its kind of site

@pytest.mark.parametrize("lead, place", [
    ("Sáng 20/10/2025, tại khu di tích Tân Trào, Tỉnh đoàn Tuyên Quang tổ chức lễ kết nạp đoàn viên mới cho 120 "
     "thanh niên ưu tú.", "khu di tích Tân Trào"),
    ("Sáng 27/7/2025, tại nghĩa trang liệt sĩ xã Hợp Thịnh, Đoàn xã tổ chức lễ thắp nến tri ân các anh hùng liệt sĩ.",
     "nghĩa trang liệt sĩ xã Hợp Thịnh"),
    ("Chiều 19/5/2025, Chi bộ Trường THCS Lê Lợi tổ chức lễ kết nạp đảng viên mới tại đền Hùng, phường Nông Trang.",
     "đền Hùng"),
])
def test_a_site_named_after_its_kind_is_a_venue(lead, place):
    assert news(lead, headline="Tin hoạt động cơ sở").meeting.place.value == place


@pytest.mark.parametrize("lead", [
    "Sáng 20/10/2025, Tỉnh đoàn tổ chức hội nghị tổng kết công tác bảo vệ di tích tại địa phương trong năm 2025.",
    "Chiều 5/6/2025, Đảng ủy xã tổ chức hội nghị bàn giải pháp chống xuống cấp các di tích tại các thôn trên địa bàn xã.",
    "Sáng 2/4/2025, Hội Cựu chiến binh xã tổ chức hội nghị triển khai việc tu bổ các đền tại các làng trong xã.",
])
def test_near_misses_no_common_noun_is_a_venue(lead):
    meeting = news(lead, headline="Tin hoạt động cơ sở").meeting
    assert meeting is None or meeting.place is None, meeting


# ------------------------------------------------------------------ a state resolution's session under its title

RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 21/NQ-HĐND\tHà Nam, ngày 12 tháng 12 năm 2025\nNGHỊ QUYẾT\nVỀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026\n"
              "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n{}\nCăn cứ Luật Ngân sách nhà nước;\nQUYẾT NGHỊ:\n"
              "Điều 1. Thông qua dự toán thu ngân sách nhà nước trên địa bàn năm 2026.\n")


@pytest.mark.parametrize("line, name", [
    ("KHOÁ XVI - KỲ HỌP THỨ MƯỜI LĂM", "Kỳ họp thứ mười lăm"),
    ("KHÓA XVI, KỲ HỌP BẤT THƯỜNG", "Kỳ họp bất thường"),
    ("Khóa XVI, Kỳ họp thứ 5", "Kỳ họp thứ 5"),
    ("KHÓA X, KỲ HỌP THỨ 12 (KỲ HỌP CHUYÊN ĐỀ)", "Kỳ họp thứ 12"),  # (read before: kept)
])
def test_the_session_under_a_state_resolution_s_title(line, name):
    assert analyze(RESOLUTION.format(line)).structure.meeting.name.value == name


@pytest.mark.parametrize("line", [
    "KHÓA XVI, KỲ HỌP THỨ 5 THÔNG QUA NGÀY 10 THÁNG 12 NĂM 2025 VỚI SỰ THỐNG NHẤT CỦA ĐẠI BIỂU",
    "Căn cứ kết quả kỳ họp thứ 5, HĐND tỉnh khóa XVI;",
])
def test_near_misses_a_line_that_is_not_the_session_alone(line):
    meeting = analyze(RESOLUTION.format(line)).structure.meeting
    assert meeting is None or meeting.name is None or not meeting.name.value.startswith("Kỳ họp thứ 5 thông"), meeting
    assert meeting is None or meeting.name is None or meeting.name.value != "Kỳ họp thứ 5"


# ------------------------------------------------------------------ a news item opened by its lead: no headline in its body

LEAD = ("(Chinhphu.vn) - Ngày 24/3/2026, tại thành phố Hải Phòng, Ủy ban nhân dân thành phố tổ chức hội nghị đánh giá "
        "kết quả thực hiện chương trình giảm nghèo bền vững dưới sự chủ trì của đồng chí Nguyễn Văn Tùng, Chủ tịch UBND "
        "thành phố.")
BODY = ("Theo báo cáo, trong năm 2025 thành phố đã hỗ trợ xây mới và sửa chữa 1.250 căn nhà cho hộ nghèo, hộ cận nghèo "
        "với tổng kinh phí gần 75 tỷ đồng; tỷ lệ hộ nghèo đa chiều giảm còn 0,8%.")


@pytest.mark.parametrize("short", [
    "Quang cảnh hội nghị tại điểm cầu thành phố",
    "Đồng chí Nguyễn Văn Tùng phát biểu chỉ đạo hội nghị",
    "Các đại biểu tham quan mô hình sinh kế của hộ nghèo",
])
def test_a_short_line_inside_the_body_is_no_headline(short):
    structure = analyze(f"{LEAD}\n{BODY}\n{short}\nThành phố phấn đấu đến năm 2030 không còn hộ nghèo.\n").structure
    assert structure.header.title is None and structure.news.headline is None, structure.header.title


def test_near_miss_a_headline_under_its_lead_is_kept():
    headline = "Hải Phòng đánh giá kết quả giảm nghèo bền vững năm 2025"
    structure = analyze(f"{LEAD}\n{headline}\n{BODY}\n").structure
    assert structure.news.headline.value == headline


# ------------------------------------------------------------------ a vote on a plan's resolution is no target

@pytest.mark.parametrize("sentence", [
    "Kỳ họp đã thông qua Nghị quyết về dự toán ngân sách xã năm 2026 với 24/24 đại biểu có mặt tán thành, đạt 100%.",
    "Hội nghị thông qua Nghị quyết về kế hoạch đầu tư công năm 2026 với 31/31 đại biểu nhất trí, đạt 100%.",
    "Chi bộ thông qua nghị quyết về chỉ tiêu thu quỹ năm 2026 với 15/15 đảng viên tán thành, đạt 100%.",
])
def test_a_vote_told_as_a_ratio_is_no_target(sentence):
    assert analyze(sentence + "\n").structure.targets == ()


@pytest.mark.parametrize("sentence, target, result", [
    ("Thu ngân sách xã đạt 5,6/5 tỷ đồng dự toán, đạt 112%.", 5.0, 5.6),
    ("Trồng rừng mới 215/250 ha kế hoạch, đạt 86%.", 250.0, 215.0),
    ("Kết nạp đảng viên mới 18/20 đồng chí theo chỉ tiêu, đạt 90%.", 20.0, 18.0),
])
def test_near_misses_a_result_over_its_plan_stays_a_target(sentence, target, result):
    assert [(t.target, t.result) for t in analyze(sentence + "\n").structure.targets] == [(target, result)]


# ------------------------------------------------------------------ a caption's source is a name; a funding source is prose

NEWS_HEAD = ("Xã Tân Phú khánh thành cầu dân sinh\n12/10/2025 08:00\n(Báo Phú Thọ) - Sáng 11/10, UBND xã Tân Phú tổ chức lễ "
             "khánh thành cầu dân sinh bắc qua suối Cái tại thôn 5 với sự tham dự của đông đảo nhân dân.\n")


@pytest.mark.parametrize("line", [
    "Cây cầu dài 36 m, rộng 3,5 m, tổng kinh phí 2,4 tỷ đồng. Nguồn vốn xã hội hóa",
    "Nhà văn hóa thôn được xây mới với kinh phí 850 triệu đồng. Nguồn ngân sách tỉnh",
    "Đã trao 20 suất học bổng, mỗi suất 2 triệu đồng. Nguồn quỹ khuyến học",
])
def test_a_line_naming_its_funding_source_is_no_caption(line):
    structure = analyze(NEWS_HEAD + line + "\nCông trình hoàn thành sau 4 tháng thi công.\n").structure
    assert not structure.news.captions, structure.news.captions


@pytest.mark.parametrize("line", [
    "Đồng chí Chủ tịch UBND xã cắt băng khánh thành công trình. Nguồn: Báo Phú Thọ",
    "Các đại biểu cắt băng khánh thành cầu. Nguồn HLHPNVN",
])
def test_near_misses_a_caption_with_its_source_stays_a_caption(line):
    structure = analyze(NEWS_HEAD + line + "\nCông trình hoàn thành sau 4 tháng thi công.\n").structure
    assert len(structure.news.captions) == 1


# ------------------------------------------------------------------ a target's name without the words of its level

PLAN_REPORT = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\nI. KẾT QUẢ\n"
               "Tỷ lệ hộ dân dùng nước sạch đạt 92%, chỉ tiêu là trên 90%.\nII. PHƯƠNG HƯỚNG NĂM 2026\n")


@pytest.mark.parametrize("sentence, name", [
    ("Phấn đấu kết nạp ít nhất 50 đoàn viên mới.", "Phấn đấu kết nạp đoàn viên mới"),
    ("Phấn đấu tỷ lệ nợ xấu tối đa 2%.", "Phấn đấu tỷ lệ nợ xấu"),
    ("Phấn đấu tỷ lệ thất nghiệp ở mức không quá 3%.", "Phấn đấu tỷ lệ thất nghiệp"),
    ("Phấn đấu tỷ lệ trẻ suy dinh dưỡng dưới 8%.", "Phấn đấu tỷ lệ trẻ suy dinh dưỡng"),
])
def test_a_target_s_name_leaves_its_level_s_words_to_the_level(sentence, name):
    names = [t.name for t in analyze(PLAN_REPORT + sentence + "\n").structure.targets if t.result is None]
    assert names == [name], names


@pytest.mark.parametrize("sentence, name", [
    ("Thu ngân sách trên địa bàn đạt 5,6 tỷ đồng, chỉ tiêu dự toán là 5 tỷ đồng.", "trên địa bàn"),
    ("Tỷ lệ trẻ dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 99,5%, chỉ tiêu đề ra là 98%.", "dưới 6 tuổi"),
    ("Số hộ có thu nhập từ nghề phụ đạt 320 hộ, chỉ tiêu 300 hộ.", "từ nghề phụ"),
])
def test_near_misses_the_same_words_inside_a_name_stay(sentence, name):
    names = [t.name for t in analyze(PLAN_REPORT.split("II.")[0] + sentence + "\n").structure.targets]
    assert any(name in n for n in names), names
