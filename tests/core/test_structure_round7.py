"""Shapes of issue 18, round 7 (s7): absentees named before their absence ("Đồng chí A xin phép vắng"), a surname that
is also a body's word ("Đoàn Văn Khoa"), reasons that end with their line; a vote's base read off the share its clause
writes; a ratio in brackets before its label; header cells cut from their "Số:", a mass organisation's banner, "TP."
in the date line; a portal's name and menu over a news item; venues that are no venue ("tại buổi sinh hoạt"); task
tables; clauses that end a meeting's part, not the meeting. Sentences of our own, none copied from a dev or held-out set."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import gold

HEAD = ("ĐẢNG BỘ XÃ AN THỊNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG ĐOÀI\n*\tAn Thịnh, ngày 12 tháng 11 năm 2025\n"
        "BIÊN BẢN\nSinh hoạt chi bộ thường kỳ tháng 11 năm 2025\n"
        "Vào lúc 19 giờ 30 phút, ngày 12/11/2025, tại Nhà văn hóa thôn Đông Đoài, Chi bộ tiến hành sinh hoạt thường kỳ.\n")
TAIL = "Đồng chí Bí thư thông qua báo cáo kết quả lãnh đạo tháng 10.\n"


def absentees(body: str) -> list[tuple]:
    attendance = gold(HEAD + body + TAIL)["attendance"] or {}
    return [(a["name"], a["reason"]) for a in attendance.get("absentees") or []]


# ------------------------------------------------------------------ absentees

@pytest.mark.parametrize("body, expected", [
    ("Chi bộ có 16 đảng viên, dự sinh hoạt 15 đồng chí. Đồng chí Tống Văn Lực xin phép vắng vì đi khám bệnh.\n",
     [("Tống Văn Lực", "đi khám bệnh")]),
    ("Tổng số đảng viên 19, có mặt 18. Đ/c Khúc Thị Dung báo vắng, lý do: chăm con ốm.\n",
     [("Khúc Thị Dung", "chăm con ốm")]),
    ("Tổng số 24 đảng viên, có mặt 23; đồng chí Hà Minh Tuấn vắng mặt (đi tập huấn tại tỉnh).\n",
     [("Hà Minh Tuấn", "đi tập huấn tại tỉnh")]),
])
def test_a_person_named_before_the_absence_label_is_the_absentee(body, expected):
    assert absentees(body) == expected


@pytest.mark.parametrize("body", [
    "Tổng số đảng viên 20, có mặt 20. Đồng chí Bí thư nhắc nhở đảng viên vắng sinh hoạt nhiều lần phải kiểm điểm.\n",
    "Tổng số đảng viên 20, có mặt 20, vắng 0.\n",
    "Tổng số đảng viên 20, có mặt 20. Đồng chí Lê Văn Tám phát biểu: không để đảng viên vắng mặt không lý do.\n",
])
def test_no_absentee_where_nobody_is_named_absent(body):
    assert absentees(body) == []


@pytest.mark.parametrize("body, name", [
    ("Tổng số đảng viên 23, có mặt 21; vắng 02 đồng chí: Đoàn Văn Khoa (đi viện), Mạc Thị Hiền (đám cưới con).\n",
     "Đoàn Văn Khoa"),
    ("Tổng số đảng viên 23, có mặt 21; vắng 02 đồng chí: Mạc Thị Hiền (ốm), Văn Thị Ngọc Lan (đi học).\n",
     "Văn Thị Ngọc Lan"),
    ("Tổng số đảng viên 23, có mặt 21; vắng 02 đồng chí: Mạc Thị Hiền (ốm), Lý Thị Hoa (đi làm ăn xa).\n",
     "Lý Thị Hoa"),
])
def test_a_surname_that_is_also_a_bodys_word_names_a_person(body, name):
    assert name in [n for n, _ in absentees(body)]


def test_a_bodys_name_in_the_absence_clause_is_no_person():
    found = absentees("Tổng số đảng viên 23, có mặt 22; vắng 01 đồng chí: Mạc Thị Hiền (đi dự Đại hội Đoàn Thanh niên "
                      "xã).\n")
    assert [n for n, _ in found] == ["Mạc Thị Hiền"]


@pytest.mark.parametrize("body, reasons", [
    ("Tổng số 30 đảng viên, có mặt 27, vắng 03:\n+ Đ/c Vũ Đình Lâm – đi học lớp trung cấp lý luận\n"
     "+ Đ/c Ngô Thị Mai – nghỉ thai sản\n+ Đ/c Bùi Văn Khải – không báo lý do\n",
     ["đi học lớp trung cấp lý luận", "nghỉ thai sản", "không báo lý do"]),
    ("Tổng số đảng viên: 19\nCó mặt: 17\nVắng: 02 đồng chí\n1. Đồng chí Mai Văn Hùng, lý do: đi công tác\n"
     "2. Đồng chí Kiều Thị Hoa, lý do: con ốm\n", ["đi công tác", "con ốm"]),
    ("Tổng số 12 đảng viên, có mặt 10, vắng 02:\n- Đ/c Lý Văn Sơn: đi làm ăn xa\n- Đ/c Lò Thị Én: ốm\n",
     ["đi làm ăn xa", "ốm"]),
])
def test_each_reason_ends_with_its_line(body, reasons):
    assert [r for _, r in absentees(body)] == reasons


# ------------------------------------------------------------------ the base of a vote, from the share it writes

ROLL = "Tổng số đảng viên: 22 đồng chí; có mặt 21 đồng chí, vắng 01 đồng chí (đ/c Lê Văn Hải - ốm).\n"


def votes(body: str) -> list[tuple]:
    s = analyze(HEAD + ROLL + body + "\n").structure
    return [(d.votes_for, d.against, d.base) for d in s.decisions if d.kind in ("vote", "resolution", "election")]


@pytest.mark.parametrize("body, expected", [
    ("Kết quả biểu quyết công nhận đảng viên chính thức cho đồng chí Phạm Văn Nam: tán thành 18 đồng chí, không tán "
     "thành 01 đồng chí, đạt 94,74% số đảng viên chính thức có mặt.", (18, 1, 19)),
    ("Biểu quyết giới thiệu đồng chí Vương Thị Hà làm Phó Bí thư: 17 đồng chí đồng ý (trên tổng số 19 đảng viên chính "
     "thức của chi bộ, đạt 89,47%), 02 đồng chí không đồng ý.", (17, 2, 19)),
    ("Biểu quyết thông qua kế hoạch: 16 đồng chí tán thành, 01 đồng chí không tán thành (chiếm 5,88%).", (16, 1, 17)),
])
def test_the_share_a_vote_clause_writes_gives_its_base(body, expected):
    assert votes(body) == [expected]


@pytest.mark.parametrize("body", [
    "Biểu quyết thông qua kế hoạch: 16 đồng chí tán thành; mô hình đã phủ 94,12% số hộ của thôn.",
    "Biểu quyết thông qua kế hoạch: 16 đồng chí tán thành, chiếm 72,73% số đảng viên được triệu tập.",
    "Biểu quyết thông qua kế hoạch: 16 đồng chí tán thành. Thu ngân sách đạt 88,89% dự toán.",
])
def test_a_share_of_another_whole_gives_no_base(body):
    got = votes(body)
    assert got and got[0][0] == 16 and got[0][2] in (None, 16), got


@pytest.mark.parametrize("body, expected", [
    ("Chi bộ đã biểu quyết đề nghị kết nạp quần chúng Lường Thị Mai vào Đảng với 100% đảng viên chính thức có mặt "
     "(19/19) tán thành.", (19, 19)),
    ("Nghị quyết được biểu quyết với 100% đảng viên có mặt (21/21 đồng chí) nhất trí.", (21, 21)),
    ("Chi bộ biểu quyết giới thiệu đồng chí Hà Văn Nam đi học lớp cao cấp lý luận: đa số (20/21) đồng ý.", (20, 21)),
])
def test_a_ratio_in_brackets_counts_the_label_after_it(body, expected):
    got = votes(body)
    assert got and (got[0][0], got[0][2]) == expected, got


def test_a_ratio_in_brackets_followed_by_no_vote_label_is_no_vote():
    assert votes("Chi bộ có 100% đảng viên chính thức có mặt (19/19) tham gia thảo luận dự thảo nghị quyết.") == []


# ------------------------------------------------------------------ header cells

BODY = "Thời gian: 14 giờ 00 ngày 10/11/2025.\nĐịa điểm: Phòng họp số 2.\nChủ trì: ông Lê Văn Quý.\n"


@pytest.mark.parametrize("head, issuer, parent, number", [
    ("UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số:        /BB-SXD\tĐông Hà, ngày 10 tháng 11 năm 2025\n", "SỞ XÂY DỰNG", "UBND TỈNH QUẢNG TRỊ", None),
    ("UBND XÃ AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN XÃ\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số:    25/BB-CAX\tAn Bình, ngày 10 tháng 11 năm 2025\n", "CÔNG AN XÃ", "UBND XÃ AN BÌNH", "25/BB-CAX"),
    ("ĐẢNG BỘ XÃ NAM TIẾN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 5\nSố    -BB/CB\t*\n"
     "\tNam Tiến, ngày 10 tháng 11 năm 2025\n", "CHI BỘ THÔN 5", "ĐẢNG BỘ XÃ NAM TIẾN", None),
])
def test_a_number_cut_from_its_label_is_no_issuer(head, issuer, parent, number):
    found = gold(head + "BIÊN BẢN\nHọp giao ban tháng 11\n" + BODY)
    assert (found["issuer"], found["issuer_parent"], found["doc_number"]) == (issuer, parent, number)


@pytest.mark.parametrize("head, issuer, parent", [
    ("HỘI LHPN TỈNH PHÚ THỌ\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBCH HỘI LHPN XÃ ĐỒNG LẠC\t\n"
     "Số: 14/BC-HPN\tĐồng Lạc, ngày 10 tháng 11 năm 2025\n", "BCH HỘI LHPN XÃ ĐỒNG LẠC", "HỘI LHPN TỈNH PHÚ THỌ"),
    ("HỘI NÔNG DÂN TỈNH GIA LAI\tHỘI NÔNG DÂN VIỆT NAM\nBAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ IA GRAI\t\n"
     "Số: 31-BC/HND\tIa Grai, ngày 10 tháng 11 năm 2025\n", "BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ IA GRAI",
     "HỘI NÔNG DÂN TỈNH GIA LAI"),
    ("ĐOÀN TNCS HỒ CHÍ MINH\tĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ TÂN LẬP\t\n"
     "Số: 09-BC/ĐTN\tTân Lập, ngày 10 tháng 11 năm 2025\n", "BCH ĐOÀN XÃ TÂN LẬP", "ĐOÀN TNCS HỒ CHÍ MINH"),
])
def test_a_mass_organisations_banner_on_the_right_is_no_issuer(head, issuer, parent):
    found = gold(head + "BÁO CÁO\nKết quả công tác tháng 11 năm 2025\nTình hình chung ổn định.\n")
    assert (found["issuer"], found["issuer_parent"]) == (issuer, parent)


def test_a_national_body_in_the_left_cell_stays_the_parent():
    head = ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHI NHÁNH KHU VỰC 5\tĐộc lập - Tự do - "
            "Hạnh phúc\nSố: 88/BC-KV5\tHuế, ngày 10 tháng 11 năm 2025\n")
    found = gold(head + "BÁO CÁO\nKết quả hoạt động tháng 11\nTình hình chung ổn định.\n")
    assert (found["issuer"], found["issuer_parent"]) == ("CHI NHÁNH KHU VỰC 5", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")


@pytest.mark.parametrize("place_line, place", [
    ("TP. Hồ Chí Minh, ngày 10 tháng 11 năm 2025", "TP. Hồ Chí Minh"),
    ("Tp. Cần Thơ, ngày 10 tháng 11 năm 2025", "Tp. Cần Thơ"),
    ("Thủ Đức, ngày 10 tháng 11 năm 2025", "Thủ Đức"),
])
def test_the_citys_abbreviation_belongs_to_the_date_lines_place(place_line, place):
    head = ("PHÒNG GD&ĐT PHƯỜNG AN KHÁNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS LÊ QUÝ ĐÔN\tĐộc lập - Tự do - "
            "Hạnh phúc\nSố: 08/BB-THCS\t" + place_line + "\n")
    found = gold(head + "BIÊN BẢN\nHọp Hội đồng sư phạm tháng 11\n" + BODY)
    assert (found["issuer"], found["place"]) == ("TRƯỜNG THCS LÊ QUÝ ĐÔN", place)


# ------------------------------------------------------------------ news: the portal's name and menu

LEAD = ("Tối 14/10, Chi bộ thôn Nà Hẩu (Đảng bộ xã Bằng Lãng) tổ chức sinh hoạt chi bộ thường kỳ tháng 10 năm 2025. "
        "Đồng chí Sầm Văn Hòa, Bí thư Chi bộ chủ trì.\n"
        "Buổi sinh hoạt bắt đầu từ 19 giờ 30, kết thúc lúc 21 giờ tại nhà văn hóa thôn.\n"
        "Tại buổi sinh hoạt, nhiều đảng viên đề nghị công khai dự toán làm đường.\nTin, ảnh: Hà Linh\n")
HEADLINE = "Chi bộ thôn Nà Hẩu sinh hoạt thường kỳ gắn với bàn giải pháp làm đường nội thôn\n"


@pytest.mark.parametrize("top", [
    "CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẰNG LÃNG\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ\n",
    "TRANG THÔNG TIN ĐIỆN TỬ XÃ BẰNG LÃNG\nTrang chủ\tTin tức\tChính quyền\tCông dân\tDoanh nghiệp\n",
    "Cổng thông tin điện tử xã Bằng Lãng\nTin tức > Xây dựng Đảng\n",
])
def test_a_portals_name_and_menu_are_no_headline(top):
    found = gold(top + HEADLINE + "Ngày đăng: 16/10/2025 | Lượt xem: 287\n" + LEAD)
    assert found["title"] == HEADLINE.strip()
    assert (found["issuer"], found["issuer_parent"], found["date"]) == ("Chi bộ thôn Nà Hẩu", "Đảng bộ xã Bằng Lãng",
                                                                        "2025-10-14")
    meeting = found["meeting"]
    assert (meeting["start"], meeting["place"]) == ("19:30", "nhà văn hóa thôn")


def test_a_headline_in_capitals_stays_the_headline():
    headline = "HĐND XÃ TÂN PHƯỚC THÔNG QUA 14 NGHỊ QUYẾT TẠI KỲ HỌP THỨ 5"
    found = gold(headline + "\n19/12/2025 08:45\n(ĐLO) – Ngày 18/12, HĐND xã Tân Phước nhiệm kỳ 2021 - 2026 tổ chức kỳ "
                 "họp thứ 5 để quyết định nhiệm vụ năm 2026. Kỳ họp có 28/30 đại biểu tham dự.\n")
    assert found["title"] == headline
    assert found["issuer"] == "HĐND xã Tân Phước"


@pytest.mark.parametrize("sentence", [
    "Tại buổi sinh hoạt, đảng viên đã thảo luận sôi nổi.",
    "Tại hội nghị, các đại biểu thống nhất cao.",
    "Tại cuộc họp, đồng chí Chủ tịch kết luận.",
])
def test_a_meeting_is_no_venue(sentence):
    text = (HEADLINE + "16/10/2025\nTối 14/10, Chi bộ thôn Nà Hẩu tổ chức sinh hoạt chi bộ thường kỳ tháng 10 năm "
            "2025 để bàn việc làm đường nội thôn cho bà con.\n" + sentence + "\n")
    assert (gold(text)["meeting"] or {}).get("place") is None


# ------------------------------------------------------------------ tasks

TASK_HEAD = HEAD + "Tổng số đảng viên 20, có mặt 20.\n"


def tasks(body: str) -> list[tuple]:
    return [(t["text"], t["owner"], t["deadline"]) for t in gold(TASK_HEAD + body)["tasks"]]


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_task_table_gives_each_row_its_owner_and_deadline(sep):
    rows = ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian"], \
           ["1", "Tổng kết công tác năm 2025", "Chi ủy", "Trước 25/12/2025"], \
           ["2", "Phát thẻ BHYT cho người cao tuổi", "Đ/c Nguyễn Văn Tài", "Tháng 12/2025"], \
           ["3", "Kiểm tra an toàn điện mùa mưa", "Tổ an ninh thôn", "Thường xuyên"]
    body = "III. NHIỆM VỤ THÁNG 12/2025\n" + "".join(sep.join(r) + "\n" for r in rows)
    assert tasks(body) == [("Tổng kết công tác năm 2025", "Chi ủy", "Trước 25/12/2025"),
                           ("Phát thẻ BHYT cho người cao tuổi", "Đ/c Nguyễn Văn Tài", "Tháng 12/2025"),
                           ("Kiểm tra an toàn điện mùa mưa", "Tổ an ninh thôn", "Thường xuyên")]


def test_a_table_of_targets_under_the_tasks_is_no_task_table():
    body = ("III. NHIỆM VỤ NĂM 2026\nChỉ tiêu | Đơn vị | Kế hoạch 2026\nThu ngân sách | triệu đồng | 1.200\n"
            "Kết nạp đảng viên | đồng chí | 3\n")
    assert tasks(body) == []


def test_a_conclusion_of_clauses_naming_who_does_what_is_a_task_list():
    body = ("Kết luận buổi sinh hoạt, đồng chí Bí thư đề nghị: Ban công tác Mặt trận thôn thành lập Ban giám sát cộng "
            "đồng trong tháng 11; chi ủy hoàn thiện hồ sơ kết nạp đảng viên trước ngày 30/11/2025; các hộ hoàn thành "
            "vệ sinh đồng ruộng trước 25/11.\n")
    found = tasks(body)
    assert len(found) == 3
    assert [o for _, o, _ in found][:2] == ["Ban công tác Mặt trận thôn", "chi ủy"]
    assert [d for _, _, d in found] == ["trong tháng 11", "trước ngày 30/11/2025", "trước 25/11"]


def test_a_conclusion_that_judges_is_no_task_list():
    body = ("Kết luận buổi sinh hoạt, đồng chí Bí thư đánh giá: công tác thu quỹ còn chậm; việc vệ sinh môi trường "
            "có chuyển biến; một số đảng viên chưa gương mẫu.\n")
    assert tasks(body) == []


# ------------------------------------------------------------------ the meeting's end, its roll

@pytest.mark.parametrize("line, end", [
    ("Việc kiểm phiếu kết thúc lúc 10 giờ 25 phút cùng ngày.", None),
    ("Phần thảo luận kết thúc lúc 9 giờ 40 phút.", None),
    ("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.", "21:15"),
])
def test_a_part_of_the_meeting_ending_is_not_its_end(line, end):
    assert gold(HEAD + "Tổng số đảng viên 20, có mặt 20.\n" + line + "\n")["meeting"]["end"] == end


@pytest.mark.parametrize("line, total, present, absent", [
    ("Thành phần mời: 14 đại biểu; có mặt: 12; vắng 02 gồm: ông Cù Văn Hải (bận tiếp dân) và bà Dương Thị Nguyệt "
     "(đi công tác).", 14, 12, 2),
    ("Thành phần được mời: 15 người; có mặt 15 người.", 15, 15, 0),
    ("Đại biểu được mời: 18 người; có mặt: 16; vắng: 02.", 18, 16, 2),
])
def test_the_invited_are_a_working_meetings_roll(line, total, present, absent):
    head = ("UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/BB-SXD\tĐông Hà, ngày 10 tháng 11 năm 2025\nBIÊN BẢN\nCuộc họp giao ban tháng 11\n")
    attendance = gold(head + BODY + line + "\n")["attendance"]
    assert (attendance["total"], attendance["present"], attendance["absent"]) == (total, present, absent)


# ------------------------------------------------------------------ decisions told around their count

@pytest.mark.parametrize("closing", [
    "Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí dự họp nhất trí 100%.",
    "Biên bản được đọc lại trước hội nghị, các đại biểu nhất trí.",
    "Biên bản đã đọc cho các đảng viên dự họp nghe và nhất trí thông qua.",
])
def test_the_minutes_read_back_at_the_close_are_no_decision(closing):
    assert votes("Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày. " + closing) == []


def test_an_explicit_vote_on_the_minutes_stays_a_decision():
    assert votes("Chi bộ biểu quyết thông qua biên bản với 21/21 đảng viên có mặt tán thành.") == [(21, None, 21)]


@pytest.mark.parametrize("body, person, count, base", [
    ("Kết quả, ông Lương Đình Tú trúng cử với 26/28 đại biểu có mặt tán thành (đạt 92,86%).", "Lương Đình Tú", 26, 28),
    ("Đồng chí Hà Thị Nga được bầu làm Phó Bí thư với 20/21 đồng chí tán thành.", "Hà Thị Nga", 20, 21),
    ("Kết quả biểu quyết: đồng chí Vi Văn Sáng trúng cử Bí thư chi bộ với 19/21 đảng viên có mặt đồng ý.", "Vi Văn Sáng",
     19, 21),
])
def test_the_person_elected_before_the_count_is_one_election(body, person, count, base):
    s = analyze(HEAD + ROLL + body + "\n").structure
    got = [(d.kind, d.person, d.votes_for, d.base) for d in s.decisions]
    assert got == [("election", person, count, base)]


# ------------------------------------------------------------------ the roll's split, news issuers

@pytest.mark.parametrize("line, official, probationary", [
    ("Chi bộ hiện có 35 đảng viên, trong đó 2 đảng viên dự bị. Có mặt 31/35 đảng viên.", 33, 2),
    ("Tổng số đảng viên: 28 đồng chí, trong đó có 03 đảng viên dự bị; có mặt 26 đồng chí.", 25, 3),
    ("Chi bộ có 19 đảng viên (2 dự bị). Có mặt 18 đồng chí, vắng 1 đồng chí.", 17, 2),
])
def test_a_roll_split_by_its_probationary_members_gives_the_official_ones(line, official, probationary):
    attendance = gold(HEAD + line + "\n" + TAIL)["attendance"]
    assert (attendance["official"], attendance["probationary"]) == (official, probationary)


def test_a_roll_not_split_stays_unsplit():
    attendance = gold(HEAD + "Tổng số đảng viên 22 đồng chí, có mặt 20 đồng chí, vắng 2 đồng chí.\n" + TAIL)["attendance"]
    assert (attendance["official"], attendance["probationary"]) == (None, None)


def test_a_news_roll_split_in_the_lead_gives_its_split():
    found = gold(HEADLINE + "16/10/2025\nTối 14/10, Chi bộ thôn Nà Hẩu tổ chức sinh hoạt chi bộ thường kỳ tháng 10 năm "
                 "2025.\nChi bộ hiện có 35 đảng viên, trong đó 2 đảng viên dự bị. Buổi sinh hoạt có 31/35 đảng viên tham dự."
                 "\n")
    attendance = found["attendance"]
    assert (attendance["total"], attendance["official"], attendance["probationary"], attendance["present"]) == (
        35, 33, 2, 31)


@pytest.mark.parametrize("lead, issuer", [
    ("Chiều 12/11, Đảng ủy Công an xã Thanh Thủy phối hợp với Đoàn Thanh niên xã tổ chức hội nghị tổng kết.",
     "Đảng ủy Công an xã Thanh Thủy"),
    ("Sáng 12/11, Hội Nông dân xã Yên Hòa cùng với Hội Phụ nữ xã tổ chức hội nghị sơ kết.", "Hội Nông dân xã Yên Hòa"),
    ("Ngày 18/12, HĐND xã Hòa Phú Tây nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ 4.", "HĐND xã Hòa Phú Tây"),
])
def test_a_news_organiser_ends_before_its_partner_and_term(lead, issuer):
    found = gold("Tin hoạt động của cơ sở về công tác năm 2025\n13/12/2025\n" + lead + " Đồng chí Nguyễn Văn An chủ trì."
                 "\nHội nghị đã thống nhất các nội dung đề ra.\n")
    assert found["issuer"] == issuer


# ------------------------------------------------------------------ tasks: where the list ends, what is no task

def test_the_task_headings_next_sibling_ends_the_list():
    body = ("2. Nhiệm vụ thời gian tới\na) Giao UBND xã lập phương án di dời 27 hộ dân, báo cáo trước ngày 05/12/2025.\n"
            "b) Văn phòng Đảng ủy theo dõi, tổng hợp báo cáo tại hội nghị Ban Thường vụ tháng 12.\n"
            "3. Ban Thường vụ thống nhất 9/9 ý kiến đề nghị UBND tỉnh hỗ trợ kinh phí xây dựng kè chống sạt lở.\n")
    found = tasks(body)
    assert [(o, d) for _, o, d in found] == [("UBND xã", "trước ngày 05/12/2025"),
                                             ("Văn phòng Đảng ủy", "tại hội nghị Ban Thường vụ tháng 12")]


@pytest.mark.parametrize("line", [
    "1. Đồng chí chủ trì quán triệt yêu cầu buổi sinh hoạt và giao đ/c Vương Thị Lụa, Phó Trạm trưởng trình bày dự thảo "
    "chuyên đề.",
    "Đồng chí Bí thư giao đồng chí Phó Bí thư trình bày báo cáo kết quả tháng 10.",
    "Chủ trì giao đ/c Lê Văn Tâm trình bày tờ trình đề nghị kết nạp đảng viên.",
])
def test_presenting_a_draft_at_the_meeting_is_no_task(line):
    assert tasks("NỘI DUNG SINH HOẠT\n" + line + "\n") == []


@pytest.mark.parametrize("line, owner", [
    ("Giao đồng chí Phó Bí thư trình Đảng ủy xã hồ sơ kết nạp đảng viên trước ngày 30/11/2025.", "đồng chí Phó Bí thư"),
    ("Giao chi ủy trình hồ sơ đề nghị khen thưởng lên Đảng ủy xã trong tháng 12.", "chi ủy"),
    ("Giao đ/c Lê Văn Tâm hoàn thiện tờ trình, trình Đảng ủy trước ngày 15/12/2025.", "đ/c Lê Văn Tâm"),
])
def test_submitting_to_the_party_committee_stays_a_task(line, owner):
    found = tasks("III. NHIỆM VỤ THÁNG 12\n" + line + "\n")
    assert found and found[0][1] == owner


# ------------------------------------------------------------------ bodies absent from a state meeting

STATE = ("UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 41/BB-SYT\tĐà Lạt, ngày 10 tháng 11 năm 2025\nBIÊN BẢN\nCuộc họp triển khai tiêm chủng năm 2026\n"
         "Thời gian: 14 giờ 00 ngày 10/11/2025.\nChủ trì: ông Lê Văn Quý, Phó Giám đốc Sở.\n")


@pytest.mark.parametrize("line, names", [
    ("Mời 22 đại biểu, có mặt 19/22 đại biểu. Vắng: đại diện Công an tỉnh (có lý do), đại diện Sở Tài chính, ông Trần "
     "Văn Hải – Giám đốc Trung tâm Kiểm soát bệnh tật (đi công tác).", ["Công an tỉnh", "Sở Tài chính", "Trần Văn Hải"]),
    ("Giấy mời: 18 đại biểu; có mặt: 16 đại biểu; vắng: 02 (Phòng Nghiệp vụ Y, Bệnh viện Đa khoa tỉnh).",
     ["Phòng Nghiệp vụ Y", "Bệnh viện Đa khoa tỉnh"]),
    ("Đại biểu được mời: 12 người; có mặt 11; vắng: Trung tâm Y tế khu vực (bận trực dịch).", ["Trung tâm Y tế khu vực"]),
])
def test_a_body_absent_from_a_state_meeting_is_an_absentee(line, names):
    attendance = gold(STATE + line + "\n")["attendance"]
    assert [a["name"] for a in attendance["absentees"]] == names


@pytest.mark.parametrize("line", [
    "Tổng số đảng viên 23, có mặt 22; vắng 01 đồng chí: Mạc Thị Hiền (Hội trưởng Hội Phụ nữ, đi họp tại xã).",
    "Tổng số đảng viên 23, có mặt 22; vắng 01 đồng chí: Mạc Thị Hiền, Giám đốc Trung tâm Văn hóa (đi công tác).",
    "Tổng số đảng viên 23, có mặt 22; vắng 01 đồng chí: Mạc Thị Hiền (đi dự Đại hội Đoàn Thanh niên xã).",
])
def test_a_body_in_an_absent_persons_item_is_no_absentee(line):
    assert absentees(line + "\n") == [("Mạc Thị Hiền", absentees(line + "\n")[0][1])]


# ------------------------------------------------------------------ adopted without counts; deferred items

def kinds(body: str) -> list[tuple]:
    return [(d.kind, d.subject, d.votes_for, d.base) for d in analyze(HEAD + ROLL + body + "\n").structure.decisions]


@pytest.mark.parametrize("body, subject", [
    ("Kết luận: 1. Thống nhất thông qua Kế hoạch tổ chức Tết Nguyên đán năm 2026.", "Kế hoạch tổ chức Tết Nguyên đán năm 2026"),
    ("Chi bộ nhất trí thông qua Quy chế làm việc của Chi ủy nhiệm kỳ 2025 - 2027.", "Quy chế làm việc của Chi ủy nhiệm kỳ 2025 - 2027"),
    ("Hội nghị thống nhất thông qua Đề án sắp xếp tổ dân phố.", "Đề án sắp xếp tổ dân phố"),
])
def test_a_document_adopted_without_counts_is_a_resolution(body, subject):
    assert kinds(body) == [("resolution", subject, None, None)]


@pytest.mark.parametrize("body", [
    "Chi bộ sẽ thống nhất thông qua Kế hoạch năm 2026 tại kỳ sinh hoạt tháng 12.",
    "Đồng chí Bí thư đề nghị thống nhất thông qua Kế hoạch năm 2026 ở kỳ họp sau.",
    "Các đồng chí thảo luận, góp ý vào dự thảo Kế hoạch năm 2026.",
])
def test_a_document_not_yet_adopted_is_no_decision(body):
    assert kinds(body) == []


@pytest.mark.parametrize("body, count", [
    ("Nghị quyết Đại hội được 21/21 đảng viên có mặt biểu quyết thông qua.", 21),
    ("Nghị quyết hội nghị được 100% đảng viên có mặt biểu quyết thông qua.", 21),
    ("Nghị quyết này đã được 20/21 đồng chí tán thành thông qua.", 20),
])
def test_a_resolution_told_passively_is_adopted_with_its_count(body, count):
    got = kinds(body)
    assert len(got) == 1 and got[0][0] == "resolution" and got[0][2] == count, got


@pytest.mark.parametrize("line", [
    "2. Đề xuất của Ủy ban MTTQ xã về hỗ trợ nhà ở: giao Văn phòng Đảng ủy nghiên cứu, chưa xem xét tại cuộc họp này.",
    "2. Giao Văn phòng nghiên cứu đề xuất của Hội Nông dân, chưa biểu quyết.",
    "2. Nội dung sửa chữa nhà văn hóa thôn sẽ đưa vào chương trình năm 2026.",
])
def test_a_deferred_item_is_no_task(line):
    assert tasks("Ban Thường vụ kết luận:\n1. Giao UBND xã hoàn thành giải ngân vốn đầu tư công trước ngày 31/12/2025.\n"
                 + line + "\n") == [("hoàn thành giải ngân vốn đầu tư công trước ngày 31/12/2025", "UBND xã",
                                     "trước ngày 31/12/2025")]


# ------------------------------------------------------------------ the kind of a meeting and its name

PARTY_XA = "ĐẢNG BỘ TỈNH LÂM ĐỒNG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ ĐẠ TẺH\n*\tĐạ Tẻh, ngày 10 tháng 11 năm 2025\nBIÊN BẢN\n"


@pytest.mark.parametrize("title, opening, kind", [
    ("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9", "Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ 9.", "hội nghị BCH"),
    ("Hội nghị Ban Thường vụ mở rộng", "Ban Thường vụ Đảng ủy xã tổ chức hội nghị mở rộng.", "hội nghị"),
    ("Hội nghị Ban Thường vụ Đảng ủy xã lần thứ 12", "Ban Thường vụ Đảng ủy xã họp hội nghị lần thứ 12.", "hội nghị"),
    ("Hội nghị lần thứ 8", "Đảng ủy xã tổ chức Hội nghị lần thứ 8, đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy dự.",
     "hội nghị BCH"),
])
def test_the_kind_follows_the_body_that_meets(title, opening, kind):
    text = PARTY_XA + title + "\nVào lúc 8 giờ ngày 10/11/2025, " + opening[0].lower() + opening[1:] + "\nTổng số 20, có mặt 20.\n"
    assert gold(text)["meeting"]["kind"] == kind


@pytest.mark.parametrize("opening, name", [
    ("Chi bộ tổ chức sinh hoạt chi bộ tháng 11 năm 2025 gắn với sinh hoạt chuyên đề quý IV.",
     "sinh hoạt chi bộ tháng 11 năm 2025"),
    ("Chi bộ tiến hành sinh hoạt thường kỳ tháng 11 kết hợp với kiểm điểm giữa nhiệm kỳ.", "sinh hoạt thường kỳ tháng 11"),
    ("Chi bộ tổ chức sinh hoạt thường kỳ tháng 11 với chủ đề “Đảng viên gương mẫu”.",
     "sinh hoạt thường kỳ tháng 11 với chủ đề “Đảng viên gương mẫu”"),
])
def test_a_meeting_joined_to_another_is_named_alone(opening, name):
    text = HEAD.split("Vào lúc")[0].replace("Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025\n", "Sinh hoạt chi bộ\n") + \
        "Vào lúc 19 giờ ngày 12/11/2025, " + opening[0].lower() + opening[1:] + "\nTổng số 20, có mặt 20.\n"
    assert gold(text)["meeting"]["name"].lower() == name.lower()


@pytest.mark.parametrize("item, owner", [
    ("1. Tiếp tục vận động nhân dân tham gia BHYT (Chi ủy chỉ đạo, các đoàn thể thực hiện).", "các đoàn thể"),
    ("1. Vận động hội viên đóng quỹ Hội (các chi hội thực hiện).", "các chi hội"),
    ("1. Tổ chức Ngày hội Đại đoàn kết (Ban công tác Mặt trận chủ trì).", "Ban công tác Mặt trận"),
])
def test_the_owner_in_an_items_brackets(item, owner):
    found = tasks("PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12\n" + item + "\n")
    assert found and found[0][1] == owner


@pytest.mark.parametrize("item", [
    "1. Vận động tổ viên thực hiện nếp sống văn minh trong việc cưới, việc tang.",
    "1. Tuyên truyền để các hộ thực hiện tốt quy ước của thôn.",
    "1. Tiếp tục thực hiện có hiệu quả các chương trình mục tiêu quốc gia.",
])
def test_no_owner_where_the_item_names_none(item):
    found = tasks("PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12\n" + item + "\n")
    assert found and found[0][1] is None


# ------------------------------------------------------------------ targets in tables and told so far; ballot rows

REPORT = ("ĐẢNG BỘ TỈNH CÀ MAU\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ KHÁNH AN\t\n*\tKhánh An, ngày 15 tháng 12 năm 2025\n"
          "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n")


def targets(text: str) -> list[tuple]:
    return [(t["name"], t["target"], t["result"], t["verdict"]) for t in gold(text)["targets"]]


@pytest.mark.parametrize("head", [
    "TT | Chỉ tiêu | ĐVT | NQ năm 2025 | Ước TH năm 2025 | Đánh giá",
    "TT | Chỉ tiêu | ĐVT | Nghị quyết năm 2025 | Ước thực hiện | Đánh giá",
    "TT | Chỉ tiêu | ĐVT | Dự toán 2025 | Thực hiện | Đánh giá",
])
def test_a_table_of_targets_under_the_resolutions_levels(head):
    body = (head + "\n1 | Sản lượng lúa | tấn | 9.800 | 10.126,5 | Vượt\n2 | Trồng rừng tập trung | ha | 150 | 137,5 | Không đạt\n"
            "3 | Tổ chức đảng hoàn thành tốt nhiệm vụ | % | 85 | đang đánh giá | -\n")
    assert targets(REPORT + body) == [("Sản lượng lúa", 9800, 10126.5, "vượt"), ("Trồng rừng tập trung", 150, 137.5, "chưa đạt"),
                                      ("Tổ chức đảng hoàn thành tốt nhiệm vụ", 85, None, None)]


def test_a_table_without_a_level_column_holds_no_targets():
    body = "TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025\n1 | Sản lượng lúa | tấn | 9.800 | 10.126,5\n"
    assert targets(REPORT + body) == []


@pytest.mark.parametrize("line, expected", [
    ("Tính đến 30/11/2025: tổng thu ngân sách trên địa bàn 48,36 tỷ đồng/52 tỷ đồng dự toán HĐND xã giao, đạt 93%; kết "
     "nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên).",
     [("Tổng thu ngân sách trên địa bàn", 52, 48.36, "tiến độ"), ("Kết nạp đảng viên mới", 25, 21, "tiến độ")]),
    ("Năm 2025: tổng thu ngân sách trên địa bàn 48,36 tỷ đồng/52 tỷ đồng dự toán HĐND xã giao, đạt 93%.",
     [("Tổng thu ngân sách trên địa bàn", 52, 48.36, "chưa đạt")]),
])
def test_a_result_told_so_far_is_progress_against_the_years_plan(line, expected):
    got = targets(REPORT + "I. KẾT QUẢ\n" + line + "\n")
    assert [(n, t, r, v) for n, t, r, v in got] == expected


def test_a_ballot_row_of_a_rarer_family_name_is_read():
    body = ("Số phiếu phát ra 20, thu vào 20, hợp lệ 19.\nTT | Họ và tên | Số phiếu bầu | Tỷ lệ %\n"
            "1 | Tô Thị Lan Anh | 19 | 100\n2 | Giáp Văn Toàn | 6 | 31,58\n")
    s = analyze(HEAD + "BẦU CHI ỦY\n" + body).structure
    assert [(d.person, d.votes_for, d.base, d.outcome) for d in s.decisions] == [
        ("Tô Thị Lan Anh", 19, 19, "trúng cử"), ("Giáp Văn Toàn", 6, 19, "không trúng cử")]


@pytest.mark.parametrize("line, expected", [
    ("Ông Lê Trọng Nghĩa báo cáo: kế hoạch trồng rừng thay thế năm 2025 là 320 ha; đến 25/11 đã trồng được 251,2 ha, "
     "đạt 78,5%.", ("Trồng rừng thay thế", 320, 251.2, "tiến độ")),
    ("Bà Mai Hồng Vân báo cáo: kế hoạch cấp GCN lần đầu năm 2025 là 1.240 giấy; đã cấp 1.046 GCN, đạt 84,35%.",
     ("Cấp GCN lần đầu", 1240, 1046, "tiến độ")),
    ("Chỉ tiêu kết nạp đảng viên năm 2025 là 12 đồng chí; đến nay đã kết nạp 15 đồng chí, bằng 125%.",
     ("Kết nạp đảng viên", 12, 15, "vượt")),
])
def test_a_plan_told_before_its_result_and_share(line, expected):
    minutes = HEAD.replace("12 tháng 11 năm 2025", "27 tháng 11 năm 2025")
    got = [(t["name"], t["target"], t["result"], t["verdict"]) for t in gold(minutes + line + "\n")["targets"]]
    assert expected in got, got


@pytest.mark.parametrize("line", [
    "Kế hoạch trồng rừng năm 2025 là 320 ha; đến nay đã giao đất cho 25 hộ, đạt 60% số hộ đăng ký.",
    "Kế hoạch làm đường năm 2025 là 3 km; nhân dân đóng góp 120 triệu đồng, đạt 80%.",
    "Kế hoạch năm 2025 là 320 ha; đã trồng 200 ha.",
])
def test_a_plan_and_a_share_of_something_else_make_no_target(line):
    got = [(t["target"], t["result"]) for t in gold(HEAD + line + "\n")["targets"]]
    assert all(r is None or t is None or abs(r / t * 100 - 60) > 1 and abs(r / t * 100 - 80) > 1 for t, r in got), got


# ------------------------------------------------------------------ the roll said in other words

def roll(line: str) -> tuple:
    a = gold(HEAD + line + "\n" + TAIL)["attendance"] or {}
    return a.get("total"), a.get("present"), a.get("absent")


@pytest.mark.parametrize("line, expected", [
    ("Chi bộ có 25 đảng viên, tham gia sinh hoạt 23 đồng chí, vắng 02 đồng chí có lý do.", (25, 23, 2)),
    ("Số lượng đảng viên: 17; hiện diện: 16; vắng: 01 (đồng chí Cao Văn Bình – đi công tác).", (17, 16, 1)),
    ("Thành phần: đủ 22/22 đảng viên của chi bộ.", (22, 22, 0)),
    ("Chi bộ hiện có 14 đảng viên; 100% đảng viên tham gia sinh hoạt.", (14, 14, 0)),
])
def test_a_roll_said_in_other_words(line, expected):
    assert roll(line) == expected


@pytest.mark.parametrize("line", [
    "Chi bộ có 1.150 hội viên tham gia sinh hoạt thường xuyên tại các chi hội.",
    "Đồng chí Bí thư đề nghị đảng viên tham gia sinh hoạt đầy đủ, đúng giờ.",
    "Có 3 đảng viên tham gia sinh hoạt tạm thời tại chi bộ.",
])
def test_members_who_take_part_in_general_are_no_roll(line):
    assert roll(line)[1] is None


NEWS_TOP = "Đảng ủy xã Tân Hòa sơ kết công tác 9 tháng năm 2025\n15/10/2025\n"


@pytest.mark.parametrize("body, place", [
    ("Sáng 14/10, Ban Chấp hành Đảng bộ xã Tân Hòa tổ chức Hội nghị lần thứ 5.\nHội nghị được tổ chức tại Hội trường "
     "Đảng ủy xã, có 27/29 đồng chí Ủy viên Ban Chấp hành tham dự.\n", "Hội trường Đảng ủy xã"),
    ("Ngày 14/10, Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác 9 tháng theo hình thức trực tuyến. Dự hội nghị tại "
     "điểm cầu chính có các đồng chí Ủy viên Ban Chấp hành.\n", "điểm cầu chính"),
    ("Ngày 14/10, Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác 9 tháng.\nHội nghị diễn ra tại Trung tâm Văn hóa "
     "xã.\n", "Trung tâm Văn hóa xã"),
])
def test_a_venue_told_after_the_lead(body, place):
    assert gold(NEWS_TOP + body)["meeting"]["place"] == place


def test_a_venue_of_something_else_is_no_meetings_venue():
    body = ("Ngày 14/10, Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác 9 tháng.\nCác đại biểu đã đến thăm mô hình "
            "trồng sâm tại thôn Đắk Ang.\n")
    assert gold(NEWS_TOP + body)["meeting"]["place"] is None


@pytest.mark.parametrize("head, issuer, parent", [
    ("HĐND XÃ TÂN LẬP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHƯỜNG TRỰC HĐND\tĐộc lập - Tự do - Hạnh phúc\n",
     "THƯỜNG TRỰC HĐND", "HĐND XÃ TÂN LẬP"),
    ("ĐẢNG BỘ TỈNH PHÚ THỌ\tĐẢNG CỘNG SẢN VIỆT NAM\nTHƯỜNG TRỰC ĐẢNG ỦY XÃ THANH SƠN\n*\n",
     "THƯỜNG TRỰC ĐẢNG ỦY XÃ THANH SƠN", "ĐẢNG BỘ TỈNH PHÚ THỌ"),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\n",
     "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None),
])
def test_a_standing_body_under_its_council_is_the_next_level(head, issuer, parent):
    found = gold(head + "\tTân Lập, ngày 10 tháng 11 năm 2025\nBIÊN BẢN\nPhiên họp tháng 11\n" + BODY)
    assert (found["issuer"], found["issuer_parent"]) == (issuer, parent)
