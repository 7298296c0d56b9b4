"""Shapes of issue 18's ninth round (s10), found on real public texts (tests/dev10_structure: HĐND sessions, chi bộ
news, congresses, blank biên bản forms) and the conventions of tests/blind_structure/README.md ("Conventions").
Sentences of our own, none copied from a real, dev or held-out text; for each shape at least three that must be
read and near-misses that must stay as they were."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from minutes_app.core.engine import analyze

HEAD = ("ĐẢNG BỘ XÃ HÒA LỢI\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP BÀU SEN\n*\tHòa Lợi, ngày 14 tháng 11 năm 2026\n"
        "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026\n")


def minutes(body: str, head: str = HEAD):
    return analyze(head + body + "\n").structure


def news(lead: str, headline: str = "Tin hoạt động cơ sở", more: str = ""):
    return analyze(f"{headline}\n{lead}\n{more}\n").structure


def votes(body: str) -> list[tuple]:
    return [(d.kind, d.votes_for, d.against, d.abstain, d.base) for d in minutes(body).decisions]


# ------------------------------------------------------------------ against / abstain as stated

@pytest.mark.parametrize("body, expected", [
    ("Chi bộ biểu quyết thông qua Nghị quyết tháng 11: 19/19 đảng viên có mặt tán thành.", (19, None, None, 19)),
    ("Biểu quyết thông qua dự toán sửa nhà văn hóa ấp: 12/12 đồng chí nhất trí (100%).", (12, None, None, 12)),
    ("Kết quả biểu quyết kết nạp quần chúng Võ Thị Hằng: 16/17 đồng chí tán thành, 01 đồng chí không tán thành.",
     (16, 1, None, 17)),
])
def test_counts_a_vote_does_not_state_stay_none(body, expected):
    assert votes(body)[0][1:] == expected


@pytest.mark.parametrize("body, against, abstain", [
    ("Chi bộ biểu quyết thông qua Nghị quyết với 18/18 đồng chí tán thành, không có ý kiến khác.", None, 0),
    ("Biểu quyết thông qua kế hoạch làm đường: đồng ý 21, không đồng ý 0, không ý kiến 0.", 0, 0),
    ("Biểu quyết thông qua Quy chế: tán thành 23 đồng chí; không tán thành: không; ý kiến khác: 02 đồng chí.", 0, 2),
    ("Hội nghị biểu quyết thông qua Quy chế làm việc: đồng ý 27, không đồng ý 01, không ý kiến 0.", 1, 0),
])
def test_zeros_and_counts_the_vote_states_are_read(body, against, abstain):
    assert votes(body)[0][2:4] == (against, abstain)


def test_a_no_opinion_without_a_count_is_no_vote_box():
    # "không ý kiến" read as the abstention box only beside a count: these sentences hold no vote
    assert votes("Các đảng viên không ý kiến gì thêm về dự thảo báo cáo.") == []
    assert votes("Kỳ họp không có ý kiến chất vấn; 08 ý kiến phát biểu tại hội trường.") == []


# ------------------------------------------------------------------ discipline told by the ballots' own words

@pytest.mark.parametrize("body, person, count, base, form", [
    ("Chi bộ bỏ phiếu kín về hình thức kỷ luật đối với đồng chí Đặng Văn Lực. Kết quả: 14/16 phiếu (87,5%) đề nghị "
     "hình thức khiển trách; 02 phiếu đề nghị hình thức khác.", "Đặng Văn Lực", 14, 16, "khiển trách"),
    ("Kết quả bỏ phiếu kín: 20/21 phiếu đồng ý đề nghị kỷ luật đồng chí Mai Thị Thu bằng hình thức cảnh cáo.",
     "Mai Thị Thu", 20, 21, "cảnh cáo"),
    ("Kết quả: có 11/13 phiếu tán thành đề nghị thi hành kỷ luật đồng chí Hồ Văn Sang bằng hình thức khiển trách.",
     "Hồ Văn Sang", 11, 13, "khiển trách"),
])
def test_a_discipline_ballot_is_read_with_its_form(body, person, count, base, form):
    found = [d for d in minutes(body).decisions if d.kind == "discipline"]
    assert [(d.person, d.votes_for, d.base, d.outcome) for d in found] == [(person, count, base, form)]


def test_a_vote_with_no_form_stays_a_vote():
    found = minutes("Kết quả bỏ phiếu kín: 15/16 phiếu đồng ý đề nghị công nhận đồng chí Lý Văn Tư là đảng viên "
                    "chính thức.").decisions
    assert [d.kind for d in found] == ["vote"]


# ------------------------------------------------------------------ the organiser in a news lead

@pytest.mark.parametrize("lead, issuer, parent", [
    ("Tối ngày 9/10/2026 chi bộ 2, đảng bộ xã Quỳnh Lộc tổ chức sinh hoạt thường kỳ tháng 10.",
     "chi bộ 2", "đảng bộ xã Quỳnh Lộc"),
    ("Ngày 11/10/2026, Chi bộ bản Nà Hiên, xã Mường Chà đã tổ chức sinh hoạt chuyên đề quý III.",
     "Chi bộ bản Nà Hiên", "xã Mường Chà"),
    ("Sáng ngày 20/12/2026, Hội đồng nhân dân xã Phú Hưng, huyện Cái Nước tiến hành kỳ họp thứ 14.",
     "Hội đồng nhân dân xã Phú Hưng", "huyện Cái Nước"),
    ("Chiều ngày 03/11/2026 Hội đồng nhân dân xã Long Phước khóa XII triệu tập cuộc họp liên tịch chuẩn bị kỳ họp.",
     "Hội đồng nhân dân xã Long Phước", None),
    ("Ngày 06/02/2026, Phường Tân Hiệp tổ chức họp giao ban đầu năm nhằm đánh giá tình hình trước, trong và sau Tết "
     "Nguyên đán, triển khai các nhiệm vụ trọng tâm.", "Phường Tân Hiệp", None),
])
def test_the_organiser_and_the_unit_after_its_comma(lead, issuer, parent):
    structure = news(lead)
    assert structure.header.issuer.value == issuer
    assert (structure.header.issuer_parent.value if structure.header.issuer_parent else None) == parent


@pytest.mark.parametrize("lead, issuer", [
    ("Ngày 15/10/2026, HĐND xã Tân Phước, tỉnh Đồng Tháp tổ chức kỳ họp chuyên đề.", "HĐND xã Tân Phước"),
    ("Hội nghị lần thứ 6 Ban Chấp hành khóa IX được Trung ương Hội Cựu chiến binh Việt Nam tổ chức ngày 4/11/2026.",
     "Trung ương Hội Cựu chiến binh Việt Nam"),
])
def test_a_province_or_an_ordinal_before_the_organiser_is_no_part_of_it(lead, issuer):
    structure = news(lead)
    assert structure.header.issuer.value == issuer
    assert structure.header.issuer_parent is None


# ------------------------------------------------------------------ a roll closing the list of those attending

@pytest.mark.parametrize("lead, present, total", [
    ("Ngày 20/4/2026, HĐND xã Tân Hội tổ chức kỳ họp thứ 9. Tham dự kỳ họp có ông Lê Văn A - Bí thư Đảng ủy xã; đại "
     "diện các ban, ngành, cùng với 24/26 vị đại biểu HĐND xã.", 24, 26),
    ("Ngày 2/5/2026, HĐND xã Bình Minh tổ chức kỳ họp chuyên đề. Dự kỳ họp có lãnh đạo Đảng ủy, UBND xã và 19/21 đại "
     "biểu HĐND xã.", 19, 21),
    ("Ngày 9/6/2026, HĐND xã Hòa Tiến tổ chức kỳ họp thứ 12. Tham dự có Thường trực Đảng ủy, cùng 25/27 đại biểu "
     "HĐND xã.", 25, 27),
])
def test_the_roll_that_closes_a_news_list_of_attendees(lead, present, total):
    attendance = news(lead).attendance
    assert (attendance.present.value, attendance.total.value) == (present, total)


def test_a_share_of_hamlets_is_no_roll():
    attendance = news("Ngày 20/4/2026, HĐND xã Tân Hội tổ chức kỳ họp thứ 9. Tham dự có đại diện cử tri tiêu biểu "
                      "của 7/7 ấp.").attendance
    assert attendance is None or attendance.present is None


@pytest.mark.parametrize("body, present, total", [
    ("Đến dự có 17/19 đảng viên của chi bộ; 2 đồng chí vắng mặt có lý do.", 17, 19),
    ("Về dự sinh hoạt có 21/23 đảng viên; vắng 02 đồng chí đi làm ăn xa.", 21, 23),
    ("Tham dự sinh hoạt có 100% đảng viên trong chi bộ (14/14 đồng chí).", 14, 14),
])
def test_a_roll_said_in_prose_in_minutes(body, present, total):
    attendance = minutes(body).attendance
    assert (attendance.present.value, attendance.total.value) == (present, total)


def test_a_count_of_members_given_tasks_is_no_roll():
    attendance = minutes("Chi bộ giao 3/5 tổ tự quản vận động hiến đất làm đường.").attendance
    assert attendance is None or attendance.present is None


# ------------------------------------------------------------------ a meeting's name and its purpose

@pytest.mark.parametrize("lead, name", [
    ("Ngày 26/4/2026, HĐND xã Phước Hà tổ chức kỳ họp thứ mười hai (kỳ họp chuyên đề) về điều chỉnh dự toán "
     "ngân sách năm 2026.", "Kỳ họp thứ mười hai (kỳ họp chuyên đề)"),
    ("Ngày 5/9/2026, Đảng ủy xã An Lạc tổ chức Hội nghị Ban Chấp hành lần thứ 7 về công tác cán bộ.",
     "Hội nghị Ban Chấp hành lần thứ 7"),
    ("Ngày 10/10/2026, Chi bộ khu phố 2 tổ chức sinh hoạt thường kỳ tháng 10 về bảo đảm an ninh trật tự.",
     "Sinh hoạt thường kỳ tháng 10"),
])
def test_a_named_meeting_ends_before_its_purpose(lead, name):
    assert news(lead).meeting.name.value == name


def test_a_chuyen_de_is_named_by_its_topic():
    name = news("Ngày 8/10/2026, Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề về chuyển đổi số.").meeting.name.value
    assert "chuyển đổi số" in name


# ------------------------------------------------------------------ venues

@pytest.mark.parametrize("body, place", [
    ("Hôm nay, vào lúc 19 giờ 30 ngày 14/11/2026, tại Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã "
     "Hòa Lợi, Chi bộ ấp Bàu Sen tổ chức sinh hoạt chi bộ thường kỳ tháng 11 năm 2026.",
     "Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Hòa Lợi"),
    ("Vào hồi 19 giờ ngày 14/11/2026, Tại Nhà văn hóa ấp Bàu Sen, Chi bộ ấp Bàu Sen tổ chức sinh hoạt thường kỳ.",
     "Nhà văn hóa ấp Bàu Sen"),
    ("Hôm nay, lúc 19 giờ ngày 14/11/2026, tại Hội trường UBND xã, ấp Bàu Sen, Chi bộ tổ chức sinh hoạt thường kỳ.",
     "Hội trường UBND xã"),
])
def test_a_venue_with_a_list_in_its_name_or_a_capital_tai(body, place):
    assert minutes(body).meeting.place.value == place


def test_tai_before_a_meeting_word_is_no_venue():
    structure = news("Ngày 3/3/2026, Chi bộ thôn 5 tổ chức sinh hoạt thường kỳ. Tại hội nghị, các đảng viên thảo luận "
                     "sôi nổi.")
    assert structure.meeting.place is None


# ------------------------------------------------------------------ tasks

@pytest.mark.parametrize("body, owner, text", [
    ("Chủ tịch UBND xã yêu cầu công chức Tư pháp - Hộ tịch rà soát hồ sơ, xong trước ngày 30/11/2026.",
     "công chức Tư pháp - Hộ tịch", "rà soát hồ sơ, xong trước ngày 30/11/2026"),
    ("Đồng chí Bí thư yêu cầu cán bộ Văn phòng khẩn trương hoàn thiện biên bản, gửi Đảng ủy trước ngày 20/11/2026.",
     "cán bộ Văn phòng", "khẩn trương hoàn thiện biên bản, gửi Đảng ủy trước ngày 20/11/2026"),
    ("Chi bộ giao cho tổ tự quản số 3 tiến hành khảo sát, lập dự toán làm đường trước ngày 15/12/2026.",
     "tổ tự quản số 3", "tiến hành khảo sát, lập dự toán làm đường trước ngày 15/12/2026"),
])
def test_tasks_given_in_prose(body, owner, text):
    tasks = minutes(body).tasks
    assert [(t.owner.value, t.text.value) for t in tasks] == [(owner, text)]


def test_the_participle_of_an_owner_is_no_verb():
    tasks = minutes("Đồng chí Chủ tịch HĐND yêu cầu các ngành, các công chức được phân công chuẩn bị đầy đủ nội dung, "
                    "gửi về Văn phòng trước ngày 25/11/2026.").tasks
    assert [(t.owner.value, t.text.value[:9]) for t in tasks] == [("các ngành, các công chức được phân công", "chuẩn bị ")]


@pytest.mark.parametrize("body", [
    "Hội nghị quán triệt nội dung Nghị quyết Trung ương về ba nhiệm vụ trọng tâm, gồm: phát triển kinh tế; "
    "bảo đảm an sinh; giữ vững quốc phòng.",
    "Ban Thường vụ Thành ủy chọn Đại hội Đảng bộ phường Thuận Giao lần thứ XIII làm đại hội điểm để rút kinh nghiệm "
    "công tác tổ chức đại hội.",
    "Chi bộ học tập Chỉ thị của Ban Bí thư với các nhiệm vụ gồm: tuyên truyền; kiểm tra; sơ kết.",
])
def test_a_document_studied_or_a_place_name_gives_no_task(body):
    assert not minutes(body).tasks


# ------------------------------------------------------------------ blank forms

def test_a_blank_forms_fields_are_none():
    structure = analyze("ĐẢNG BỘ:.                    ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ:..\nBIÊN BẢN\nHỌP CHI BỘ THÁNG..NĂM..\n"
                        "- Địa điểm: (ghi địa điểm diễn ra cuộc họp)\n* Thư ký: Đồng chí……\n").structure
    assert structure.header.issuer is None and structure.header.issuer_parent is None
    assert structure.meeting is None or (structure.meeting.place is None and structure.meeting.secretary is None)


@pytest.mark.parametrize("head, issuer", [
    ("ĐẢNG BỘ XÃ TÂN AN\nCHI BỘ THÔN 6.\n*\nBIÊN BẢN\nSinh hoạt chi bộ tháng 5\n", "CHI BỘ THÔN 6."),
    ("ĐẢNG ỦY PHƯỜNG 3\nCHI BỘ KHU PHỐ 1\nBIÊN BẢN\nSinh hoạt chi bộ tháng 5\n", "CHI BỘ KHU PHỐ 1"),
    ("HUYỆN ỦY MỎ CÀY\nĐẢNG ỦY XÃ AN ĐỊNH\n*\nBIÊN BẢN\nHội nghị Ban Chấp hành lần thứ 3\n", "ĐẢNG ỦY XÃ AN ĐỊNH"),
])
def test_a_filled_header_is_still_read(head, issuer):
    assert analyze(head + "Địa điểm: Hội trường.\n").structure.header.issuer.value.rstrip(".") == issuer.rstrip(".")


# ------------------------------------------------------------------ the scorer's conventions

def _scorer():
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "bench"))
    try:
        import score_structure
    finally:
        sys.path.remove(str(root / "bench"))
    return score_structure


@pytest.mark.parametrize("gold, got, same", [
    ("Hội nghị lần thứ bảy", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ BẢY, NHIỆM KỲ 2025 - 2030", True),
    ("sinh hoạt thường kỳ tháng 11/2025", "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", True),
    ("kỳ họp thứ 4", "Kỳ họp thứ 4 (kỳ họp thường lệ cuối năm)", True),
    ("Hội nghị lần thứ 7", "Hội nghị lần thứ 8", False),
    ("Sinh hoạt chi bộ thường kỳ tháng 10 năm 2025", "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", False),
    ("sinh hoạt chuyên đề quý IV", "sinh hoạt thường kỳ tháng 10", False),
    ("kỳ họp thứ 4", "Hội nghị lần thứ 4", False),
])
def test_one_meeting_under_two_names(gold, got, same):
    assert _scorer().same_meeting(gold, got) is same


@pytest.mark.parametrize("gold, got, ok", [
    ({"for": 15, "against": 0, "abstain": 0, "base": 15}, {"against": None}, True),  # unanimous, zero implied
    ({"for": 24, "against": 1, "abstain": 0, "base": 25}, {"abstain": None}, True),  # the parts fill the base
    ({"for": 14, "against": 0, "abstain": None, "base": 16}, {"against": None}, False),  # two votes unaccounted for
    ({"for": 15, "against": 1, "abstain": None, "base": 16}, {"against": None}, False),  # a stated count
    ({"for": None, "against": 0, "abstain": None, "base": None}, {"against": None}, False),
])
def test_an_implied_zero_equals_none_only_where_the_counts_fill_the_base(gold, got, ok):
    attr = next(k for k in got)
    assert _scorer()._unanimous_zero(gold, got, attr) is ok


# ------------------------------------------------------------------ resolutions a session issues

@pytest.mark.parametrize("lead", [
    "Sáng 25/12/2026, HĐND xã Mỹ Long tổ chức kỳ họp thứ 14. Kỳ họp ban hành 05 Nghị quyết về kinh tế - xã hội.",
    "Sáng 26/12/2026, HĐND xã Tân Thành tổ chức kỳ họp thứ 11. Kỳ họp này đã ban hành 04 Nghị quyết quan trọng.",
    "Sáng 27/12/2026, HĐND phường 3 tổ chức kỳ họp thứ 9. Kỳ họp đã thông qua 06 Nghị quyết.",
])
def test_resolutions_a_session_issues_are_adopted(lead):
    assert [d.kind for d in news(lead).decisions] == ["resolution"]


def test_resolutions_issued_over_a_year_are_no_decision_of_the_meeting():
    structure = news("Sáng 5/1/2027, Đảng ủy xã Long Hòa tổ chức hội nghị tổng kết năm 2026. Năm qua, Ban Chấp hành đã "
                     "ban hành 05 Nghị quyết chuyên đề và 12 kế hoạch.")
    assert structure.decisions == () or not structure.decisions


# ------------------------------------------------------------------ headers copied without their separators; titles

@pytest.mark.parametrize("head, issuer, parent", [
    ("UBND HUYỆN THANH HÀ\nTRƯỜNG TIỂU HỌC THANH XÁCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
     "TRƯỜNG TIỂU HỌC THANH XÁ", "UBND HUYỆN THANH HÀ"),
    ("UBND TỈNH BẾN TRE\nSỞ TƯ PHÁPCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", "SỞ TƯ PHÁP",
     "UBND TỈNH BẾN TRE"),
    ("UBND TỈNH BẾN TRE\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP\tĐộc lập - Tự do - Hạnh phúc\n", "SỞ TƯ PHÁP",
     "UBND TỈNH BẾN TRE"),
])
def test_a_header_cell_glued_to_the_national_name(head, issuer, parent):
    header = analyze(head + "BIÊN BẢN\nCuộc họp giao ban tháng 11 năm 2026\nThời gian: 8 giờ ngày 5/11/2026.\n").structure.header
    assert (header.issuer.value, header.issuer_parent.value) == (issuer, parent)


@pytest.mark.parametrize("lines, title", [
    ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 11\n(mở rộng)\n", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 11 (mở rộng)"),
    ("KỲ HỌP THỨ 12 HỘI ĐỒNG NHÂN DÂN XÃ\n(kỳ họp chuyên đề)\n", "KỲ HỌP THỨ 12 HỘI ĐỒNG NHÂN DÂN XÃ (kỳ họp chuyên đề)"),
    ("Sinh hoạt chi bộ thường kỳ tháng 12\nnăm 2026\n", "Sinh hoạt chi bộ thường kỳ tháng 12 năm 2026"),
])
def test_a_title_and_the_lines_that_continue_it(lines, title):
    structure = analyze("ĐẢNG BỘ XÃ AN HÒA\nĐẢNG ỦY XÃ AN HÒA\n*\nBIÊN BẢN\n" + lines + "Thời gian: 8 giờ ngày 5/12/2026.\n").structure
    assert structure.header.title.value == title


@pytest.mark.parametrize("lines, title", [
    ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 11\n(Kèm theo Quy chế làm việc)\n", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 11"),
    ("Sinh hoạt chi bộ thường kỳ tháng 12\n(Dự thảo)\n", "Sinh hoạt chi bộ thường kỳ tháng 12"),
])
def test_a_bracketed_note_under_the_title_is_no_part_of_it(lines, title):
    structure = analyze("ĐẢNG BỘ XÃ AN HÒA\nĐẢNG ỦY XÃ AN HÒA\n*\nBIÊN BẢN\n" + lines + "Thời gian: 8 giờ ngày 5/12/2026.\n").structure
    assert structure.header.title.value == title


# ------------------------------------------------------------------ a news item whose lead does not name the meeting

_NO_NAME_LEAD = ("Tin hoạt động cơ sở\nChiều ngày 5/12/2026, tại hội trường UBND xã Tân Lộc, các đại biểu Hội đồng nhân dân "
                 "xã đã thảo luận, cho ý kiến vào các báo cáo kinh tế - xã hội năm 2026.\nCác đại biểu tập trung thảo luận "
                 "về giao thông nông thôn, thủy lợi và vệ sinh môi trường.\n")


@pytest.mark.parametrize("more, name", [
    ("Kỳ họp thứ 14 Hội đồng nhân dân xã khóa XII đã bế mạc sau một ngày làm việc.",
     "Kỳ họp thứ 14 Hội đồng nhân dân xã khóa XII"),
    ("Phiên họp thường kỳ tháng 12 của UBND xã đã diễn ra trong một buổi.", "Phiên họp thường kỳ tháng 12 của UBND xã"),
    ("Các đại biểu nhất trí cao. Kỳ họp chuyên đề lần thứ hai đã bế mạc lúc 17 giờ.", "Kỳ họp chuyên đề lần thứ hai"),
])
def test_a_meeting_named_below_a_lead_that_does_not_name_it(more, name):
    assert analyze(_NO_NAME_LEAD + more + "\n").structure.meeting.name.value == name


@pytest.mark.parametrize("more", [
    "Hội nghị lần này đã diễn ra sôi nổi, dân chủ.",
    "Kỳ họp đó được tổ chức đúng luật.",
])
def test_a_meeting_told_again_is_no_name(more):
    meeting = analyze(_NO_NAME_LEAD + more + "\n").structure.meeting
    assert meeting is None or meeting.name is None


def test_a_line_ending_in_a_semicolon_after_the_lead_is_no_headline():
    structure = analyze("Chiều ngày 12/6/2026, Đảng ủy xã Tân Hồng tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng để đánh "
                        "giá kết quả thực hiện nhiệm vụ tháng 5 tại Phòng họp tầng II UBND xã.\nTham dự hội nghị có các "
                        "đồng chí trong Ban Chấp hành Đảng bộ; Trưởng các ngành, đoàn thể và Chỉ huy trưởng quân sự xã;\n"
                        "Tại hội nghị, đồng chí Bí thư Đảng ủy đã quán triệt các văn bản chỉ đạo của cấp trên.\n").structure
    assert structure.header.title is None
