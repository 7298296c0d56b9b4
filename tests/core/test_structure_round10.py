"""Round 10 (engineer s11): venues, secretaries and news issuers as other clerks write them.

- a venue after "ở" ("ở trụ sở UBND xã", "ở hội trường thôn"), read as after "tại" (only before a building's noun:
  "ở cơ sở", "ở xã" are no venue);
- "Chủ trì cuộc họp: X; thư ký cuộc họp: Y": the lower-case label after a semicolon starts a new field (the secretary
  was read as a second chair);
- "đồng chí X được phân công / được cử / được chỉ định ghi biên bản": the secretary;
- a chair named before "chủ trì" no longer overwrites the meeting's name (the reader returned a bare string);
- a news lead "Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã X đã tổ chức …": the organiser after a date with no comma;
- "Đảng ủy xã Hưng Long (TPHCM)": a city in brackets is where the body is, not its superior.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

HEAD = """ĐẢNG BỘ XÃ TÂN AN
CHI BỘ THÔN ĐÔNG HẠ
*
Số 12-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 05 tháng 11 năm 2025
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025
"""
TAIL = """Chi bộ có 25 đảng viên, có mặt 23 đồng chí, vắng 2 đồng chí.
Chi bộ đã thảo luận và thống nhất các nhiệm vụ tháng 12.
"""


def _meeting(lines: str):
    return analyze(HEAD + lines + "\n" + TAIL).structure.to_gold()["meeting"]


@pytest.mark.parametrize("lines, place", [
    ("Vào hồi 8 giờ 00 phút ngày 05/11/2025, ở trụ sở Ủy ban nhân dân xã Tân An, Chi bộ họp thường kỳ.",
     "trụ sở Ủy ban nhân dân xã Tân An"),
    ("Hôm nay, ngày 05/11/2025, ở hội trường thôn Đông Hạ, Chi bộ thôn Đông Hạ tiến hành sinh hoạt thường kỳ.",
     "hội trường thôn Đông Hạ"),
    ("Lúc 19 giờ 30 phút ngày 05/11/2025, ở nhà văn hóa thôn Đông Hạ, Chi bộ tổ chức sinh hoạt thường kỳ tháng 11.",
     "nhà văn hóa thôn Đông Hạ"),
])
def test_a_venue_after_o(lines, place):
    assert _meeting(lines)["place"] == place


@pytest.mark.parametrize("lines", [
    "Hôm nay, ngày 05/11/2025, Chi bộ thôn Đông Hạ tiến hành sinh hoạt thường kỳ ở cơ sở.",
    "Hôm nay, ngày 05/11/2025, Chi bộ thôn Đông Hạ ở xã Tân An tiến hành sinh hoạt thường kỳ.",
    "Hôm nay, ngày 05/11/2025, Chi bộ tiến hành sinh hoạt thường kỳ; đảng viên ở xa đã báo vắng.",
])
def test_o_before_no_building_is_no_venue(lines):
    assert _meeting(lines)["place"] is None


@pytest.mark.parametrize("lines", [
    "Chủ trì cuộc họp: đồng chí Nguyễn Văn An; thư ký cuộc họp: đồng chí Lê Thị Hoa.",
    "Chủ trì hội nghị là đồng chí Nguyễn Văn An; thư ký hội nghị là đồng chí Lê Thị Hoa.",
    "Chủ trì: đồng chí Nguyễn Văn An, Bí thư chi bộ; thư ký: đồng chí Lê Thị Hoa, đảng viên.",
])
def test_a_lower_case_secretary_label_after_a_semicolon(lines):
    meeting = _meeting(lines)
    assert meeting["chairs"] == ["Nguyễn Văn An"]
    assert meeting["secretary"] == "Lê Thị Hoa"


@pytest.mark.parametrize("lines", [
    "Đồng chí Lê Thị Hoa được phân công ghi biên bản hội nghị.",
    "Đồng chí Lê Thị Hoa, chi ủy viên, được cử ghi biên bản.",
    "Đ/c Lê Thị Hoa được chỉ định làm thư ký hội nghị.",
    "Đồng chí Lê Thị Hoa giữ vai trò thư ký buổi sinh hoạt.",
])
def test_a_secretary_assigned_in_prose(lines):
    assert _meeting(lines)["secretary"] == "Lê Thị Hoa"


@pytest.mark.parametrize("lines", [
    "Đồng chí Lê Thị Hoa phát biểu về công tác ghi biên bản của các tổ.",  # speaks of minutes, keeps none
    "Đồng chí Lê Thị Hoa được phân công theo dõi công tác dân vận.",
    "Chi bộ được phân công ghi nhận ý kiến cử tri.",
])
def test_no_secretary_where_no_one_keeps_the_minutes(lines):
    assert _meeting(lines)["secretary"] is None


@pytest.mark.parametrize("lines", [
    "Chi bộ họp tại nhà đồng chí Trần Văn Bình (xóm 3).\nĐồng chí Nguyễn Văn An chủ trì, đồng chí Lê Thị Hoa làm thư ký.",
    "Đồng chí Nguyễn Văn An và đồng chí Trần Văn Bình đồng chủ trì hội nghị.",
    "Đồng chí Nguyễn Văn An chủ trì buổi sinh hoạt.",
])
def test_a_chair_named_before_the_verb_leaves_the_meeting_name_a_field(lines):
    analysis = analyze(HEAD + lines + "\n" + TAIL)
    meeting = analysis.structure.meeting
    assert meeting.name is None or hasattr(meeting.name, "value")
    assert "Nguyễn Văn An" in analysis.structure.to_gold()["meeting"]["chairs"]


@pytest.mark.parametrize("lead, issuer", [
    ("Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp theo Quy chế.", "BCH Đảng bộ xã Vi Hương"),
    ("Ngày 12 tháng 3 năm 2025 Đảng ủy xã Tân An tổ chức hội nghị sơ kết quý I.", "Đảng ủy xã Tân An"),
    ("Ngày 05 tháng 8 năm 2024 Chi bộ thôn Đông Hạ tổ chức sinh hoạt chuyên đề.", "Chi bộ thôn Đông Hạ"),
])
def test_news_organiser_after_a_date_without_comma(lead, issuer):
    text = f"Tin hoạt động cơ sở\n{lead} Hội nghị đã thảo luận và thống nhất các nhiệm vụ trọng tâm.\n"
    assert analyze(text).structure.to_gold()["issuer"] == issuer


@pytest.mark.parametrize("lead, issuer, parent", [
    ("Sáng 30-1, Đảng ủy xã Hưng Long (TPHCM) tổ chức Hội nghị giao ban định kỳ tháng 1-2026.", "Đảng ủy xã Hưng Long", None),
    ("Sáng 30-1, Đảng ủy phường Bến Thành (TP.HCM) tổ chức hội nghị giao ban.", "Đảng ủy phường Bến Thành", None),
    ("Sáng 30-1, Đảng ủy xã Tân An (thành phố Huế) tổ chức hội nghị giao ban.", "Đảng ủy xã Tân An", None),
    ("Sáng 30-1, Chi bộ thôn 3 (Đảng bộ xã Tân An) tổ chức sinh hoạt thường kỳ.", "Chi bộ thôn 3", "Đảng bộ xã Tân An"),
])
def test_a_city_in_brackets_is_no_superior(lead, issuer, parent):
    text = f"Tin hoạt động cơ sở\n{lead} Hội nghị đã thảo luận các nhiệm vụ trọng tâm.\n"
    gold = analyze(text).structure.to_gold()
    assert (gold["issuer"], gold["issuer_parent"]) == (issuer, parent)


REPORT = """ĐẢNG BỘ XÃ TÂN AN
CHI BỘ THÔN ĐÔNG HẠ
*
Số 15-BC/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 20 tháng 12 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
{lines}
II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026
1. Tiếp tục vận động nhân dân tham gia bảo hiểm y tế.
"""


@pytest.mark.parametrize("line, name, target, result, verdict", [
    ("Tỷ lệ tham gia BHYT đạt 93,2%/KH 95%, chưa đạt chỉ tiêu.", "Tỷ lệ tham gia BHYT", 95.0, 93.2, "chưa đạt"),
    ("- Tỷ lệ hộ dân dùng nước sạch: 98,5%/kế hoạch 98%, vượt chỉ tiêu.", "Tỷ lệ hộ dân dùng nước sạch", 98.0, 98.5, "vượt"),
    ("Thu ngân sách trên địa bàn đạt 1.350 triệu đồng/dự toán 1.200 triệu đồng.", "Thu ngân sách trên địa bàn", 1200.0,
     1350.0, "vượt"),
])
def test_a_result_over_the_plan_word_then_its_level(line, name, target, result, verdict):
    targets = analyze(REPORT.format(lines=line)).structure.to_gold()["targets"]
    assert [(t["name"], t["target"], t["result"], t["verdict"]) for t in targets] == [(name, target, result, verdict)]


@pytest.mark.parametrize("line", [
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND xã, chi bộ đã triển khai đến toàn thể đảng viên.",
    "Chi bộ có 23/25 đảng viên tham gia đóng góp ý kiến xây dựng kế hoạch năm 2026.",
    "Đã kết nạp 12/KH 95% đoàn viên ưu tú được giới thiệu.",  # a count over a share: compares nothing
])
def test_no_target_from_a_number_slash_or_a_mixed_unit(line):
    assert analyze(REPORT.format(lines=line)).structure.to_gold()["targets"] == []


def _news(lead: str) -> dict:
    text = f"Tin tức - Sự kiện\n{lead}\nHội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm.\n"
    return analyze(text).structure.to_gold()


@pytest.mark.parametrize("lead, name, place", [
    ("Ngày 5/6/2025, Đảng ủy xã Tân An tổ chức Hội nghị Ban Chấp hành lần thứ 12 ở hội trường UBND xã.",
     "Hội nghị Ban Chấp hành lần thứ 12", "hội trường UBND xã"),
    ("Sáng 20/12/2024, HĐND xã Tân An tổ chức Kỳ họp thứ 14 ở trụ sở UBND xã.", "Kỳ họp thứ 14", "trụ sở UBND xã"),
    ("Tối 14/4/2024, Chi bộ thôn Đông Hạ tổ chức sinh hoạt chuyên đề quý II ở nhà văn hóa thôn.",
     "sinh hoạt chuyên đề quý II", "nhà văn hóa thôn"),
])
def test_a_news_meeting_name_ends_before_its_venue_after_o(lead, name, place):
    meeting = _news(lead)["meeting"]
    assert meeting["name"].lower() == name.lower()
    assert meeting["place"] == place


@pytest.mark.parametrize("lead, place", [
    ("Hội nghị được tổ chức trực tiếp tại Hội trường UBND xã và trực tuyến đến 12 điểm cầu thôn, bản.", "Hội trường UBND xã"),
    ("Ngày 5/6, Huyện ủy Tân Lạc tổ chức hội nghị tại Hội trường Huyện ủy kết hợp trực tuyến với 25 điểm cầu.",
     "Hội trường Huyện ủy"),
    ("Ngày 5/6, Đảng ủy xã Tân An tổ chức hội nghị tại Hội trường Đảng ủy xã và truyền hình trực tuyến đến các chi bộ.",
     "Hội trường Đảng ủy xã"),
    ("Ngày 5/6, Đảng ủy xã Tân An tổ chức hội nghị tại Hội trường Văn hóa và Thể thao xã.",  # "và" inside the name
     "Hội trường Văn hóa và Thể thao xã"),
])
def test_the_venue_stops_before_the_online_part(lead, place):
    assert _news(lead)["meeting"]["place"] == place


@pytest.mark.parametrize("lead", [
    "Sáng 30-1, Đảng ủy xã Hưng Long tổ chức Hội nghị giao ban định kỳ tháng 1-2026 với các Bí thư chi bộ ấp.",
    "Ngày 5/3, UBND xã Tân An tổ chức họp giao ban định kỳ tháng 3 với các ngành.",
    "Chiều 2/6, Thường trực Đảng ủy xã Tân An tổ chức hội nghị giao ban thường kỳ quý II.",
])
def test_a_giao_ban_is_a_conference(lead):
    assert _news(lead)["meeting"]["kind"] == "hội nghị"


@pytest.mark.parametrize("lead, kind", [
    ("Tối 5/6, Chi bộ thôn Đông Hạ tổ chức sinh hoạt thường kỳ tháng 6.", "thường kỳ"),
    ("Tối 5/6, Chi bộ thôn Đông Hạ tổ chức sinh hoạt định kỳ tháng 6, giao ban công việc của thôn.", "thường kỳ"),
    ("Tối 5/6, Chi bộ thôn Đông Hạ tổ chức sinh hoạt chuyên đề quý II.", "chuyên đề"),
])
def test_a_chi_bo_regular_meeting_stays_regular(lead, kind):
    assert _news(lead)["meeting"]["kind"] == kind


@pytest.mark.parametrize("headline, kind", [
    ("HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021", "hội nghị BCH"),
    ("Hội nghị Ban Chấp hành Đảng bộ xã Tân An tháng 3 năm 2025", "hội nghị BCH"),
    ("Kỳ họp thứ 14 HĐND xã Tân An khóa XXI", "hội nghị"),
])
def test_the_headline_names_the_meeting_when_the_lead_does_not(headline, kind):
    text = (f"{headline}\nNgày 29 tháng 01 năm 2021 Đảng ủy xã Tân An đã tổ chức họp theo Quy chế, đánh giá công tác "
            "tháng 01.\nHội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm.\n")
    meeting = analyze(text).structure.to_gold()["meeting"]
    assert meeting["name"] == headline
    assert meeting["kind"] == kind


def test_a_lead_that_names_its_meeting_keeps_its_name():
    text = ("Đảng ủy xã Tân An họp phiên tháng 3\nNgày 29/3/2025, Đảng ủy xã Tân An tổ chức Hội nghị Ban Chấp hành "
            "lần thứ 12.\nHội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm.\n")
    assert analyze(text).structure.to_gold()["meeting"]["name"] == "Hội nghị Ban Chấp hành lần thứ 12"
