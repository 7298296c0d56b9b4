"""Round 19 (engineer st, issue 18 "Know the document"): attendance and the meeting's kind read by the shape a clerk
writes them in (label, count, noun, list, reason), each shape in sentences of our own, positive and near-miss.

- a roll table pasted from Word with tabs, its columns Tổng số / Chính thức / Dự bị over rows of members, those
  present and those absent (as the "|" table always was);
- the roll as a field, "<members> của <body>: N" opening its line under a heading ("Thành phần dự sinh hoạt:"): the
  total, not a count of those present the heading would carry on to;
- a resolution's roll told in its opening sentence ("Có 31/33 đồng chí Ủy viên Ban Chấp hành dự."), never the count of
  the vote that adopts it;
- a news item's count of those present with the absent count beside it: the roll is both;
- absentees whose family name no list holds, told by their tên đệm ("Tao Văn Xuân");
- the kind: a chi bộ meeting for one matter (resources/meeting_matters.txt) is chuyên đề; a Ban Chấp hành's
  resolution that names a Ban Thường vụ's document is a hội nghị BCH; a chi bộ's "hội nghị tổng kết" is a hội nghị.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.quantities.attendance_reader import roll_field

MINUTES = ("ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN HẠ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Lập, ngày 08 tháng 10 năm 2025\nBIÊN BẢN\n"
           "{title}\nThời gian: 19 giờ 30 phút, ngày 08/10/2025.\nĐịa điểm: Nhà văn hóa thôn Hạ.\n{body}\n"
           "Chủ trì: đồng chí Đinh Văn Hậu, Bí thư chi bộ.\nThư ký: đồng chí Mai Thị Ngà.\nNỘI DUNG\n"
           "Chi bộ thảo luận tình hình tháng 9.\nBuổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày.\n")
TITLE = "SINH HOẠT CHI BỘ THÁNG 9 NĂM 2025"


def _roll(body: str, title: str = TITLE):
    attendance = analyze(MINUTES.format(title=title, body=body)).structure.attendance

    def value(field):
        return field.value if field else None

    return (value(attendance.total), value(attendance.official), value(attendance.probationary),
            value(attendance.present), value(attendance.absent))


def _kind(title: str, body: str = "Tổng số đảng viên: 18 đồng chí. Có mặt: 18 đồng chí.") -> str | None:
    meeting = analyze(MINUTES.format(title=title, body=body)).structure.meeting
    return meeting.kind.value if meeting and meeting.kind else None


# ------------------------------------------------------------- a roll table pasted with tabs

@pytest.mark.parametrize(("body", "expected"), [
    ("Tình hình dự họp:\n\tTổng số\tChính thức\tDự bị\nĐảng viên trong chi bộ\t18\t16\t2\nCó mặt\t16\t15\t1\nVắng\t2\t1\t1",
     (18, 16, 2, 16, 2)),
    ("Nội dung\tTổng số\tChính thức\tDự bị\nSố đảng viên\t21\t20\t1\nDự họp\t20\t19\t1\nVắng mặt\t1\t1\t0",
     (21, 20, 1, 20, 1)),
    ("Thành phần:\n\tTổng số\tChính thức\tDự bị\nĐảng viên của chi bộ\t12\t12\t0\nCó mặt\t12\t12\t0\nVắng\t0\t0\t0",
     (12, 12, 0, 12, 0)),
])
def test_a_roll_table_pasted_with_tabs(body, expected):
    assert _roll(body) == expected


def test_a_table_of_targets_pasted_with_tabs_is_no_roll():
    # near-miss: a tab table whose columns are no attendance labels leaves the roll to the line that tells it
    body = ("Tổng số đảng viên: 18 đồng chí. Có mặt: 17 đồng chí. Vắng: 1 đồng chí.\n"
            "Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ\nThu quỹ (triệu đồng)\t30\t27\t90%\nHộ văn hóa\t120\t118\t98,3%")
    assert _roll(body) == (18, None, None, 17, 1)


# ------------------------------------------------------------- the roll as a field under a heading

@pytest.mark.parametrize(("body", "expected"), [
    ("Thành phần dự sinh hoạt:\n- Đảng viên của chi bộ: 16 đồng chí (15 chính thức, 1 dự bị);\n"
     "- Có mặt: 15 đồng chí (14 chính thức, 1 dự bị);\n- Vắng: 1 đồng chí.", (16, 15, 1, 15, 1)),
    ("Tình hình dự họp:\n- Số đảng viên trong Chi bộ thôn Hạ: 18 đồng chí;\n- Dự họp: 16 đồng chí;\n- Vắng: 2 đồng chí.",
     (18, None, None, 16, 2)),
    ("Thành phần tham dự:\n+ Đảng viên của chi bộ: 9 đồng chí, đều là đảng viên chính thức;\n+ Có mặt: 9 đồng chí.",
     (9, 9, 0, 9, 0)),
])
def test_the_roll_told_as_a_field(body, expected):
    assert _roll(body) == expected


@pytest.mark.parametrize("line", [
    "- Đảng viên của chi bộ: 16 đồng chí (15 chính thức, 1 dự bị);",
    "Số đảng viên trong Chi bộ thôn Hạ: 18 đồng chí",
    "Ủy viên của Ban Chấp hành Đảng bộ xã Tân Lập: 15 đồng chí",
    "Thành viên của Ủy ban nhân dân xã: 9 người",
])
def test_roll_field_shapes(line):
    assert roll_field(line)


@pytest.mark.parametrize("line", [
    "Đảng viên của chi bộ đi làm ăn xa: 3 đồng chí",  # some members, what they did: no roll
    "Ý kiến của đảng viên: 3 ý kiến",  # no member noun opening the field
    "Đảng viên của chi bộ: đồng chí Lê Văn Tám phát biểu",  # no count after the colon
    "Đảng viên của chi bộ tham gia đầy đủ các buổi sinh hoạt: 100%",  # a predicate after the body
])
def test_roll_field_near_misses(line):
    assert not roll_field(line)


# ------------------------------------------------------------- a resolution's roll in its opening sentence

RESOLUTION = ("ĐẢNG BỘ HUYỆN A\nĐẢNG ỦY XÃ TÂN LẬP\n*\nSố 07-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Lập, ngày 14 tháng 11 năm 2025\n"
              "NGHỊ QUYẾT\n{title}\n{opening}\nHỘI NGHỊ QUYẾT NGHỊ\n1. Hoàn thành thu ngân sách năm 2025.\n"
              "2. Đẩy mạnh chuyển đổi số.\n{vote}\nT/M BAN CHẤP HÀNH\nBÍ THƯ\nLê Văn Quý\n")


def _resolution(opening: str, vote: str = "Nghị quyết được 28/29 đồng chí dự họp biểu quyết tán thành.",
                title: str = "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ xã về nhiệm vụ năm 2026"):
    return analyze(RESOLUTION.format(title=title, opening=opening, vote=vote)).structure


@pytest.mark.parametrize(("opening", "expected"), [
    ("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm. Có 29/31 đồng chí Ủy viên Ban Chấp hành dự.",
     (31, 29, 2)),
    ("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã họp Hội nghị lần thứ năm, có mặt 30/31 đồng chí Ủy viên Ban Chấp hành.",
     (31, 30, 1)),
    ("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm. Dự hội nghị có 27/31 đồng chí Ủy viên.",
     (31, 27, 4)),
])
def test_a_resolutions_roll_in_its_opening(opening, expected):
    attendance = _resolution(opening).attendance
    assert (attendance.total.value, attendance.present.value, attendance.absent.value) == expected


@pytest.mark.parametrize("vote", [
    "Nghị quyết được 29/31 đồng chí Ủy viên Ban Chấp hành có mặt biểu quyết tán thành.",
    "Nghị quyết đã được 100% đồng chí có mặt (29/29 đồng chí) biểu quyết thông qua.",
    "Hội nghị nhất trí thông qua Nghị quyết với 29/29 đồng chí dự họp tán thành.",
])
def test_the_vote_adopting_a_resolution_is_no_roll(vote):
    # near-miss: the opening tells no roll, the count is the vote's (tests/blind_structure/README.md, round 14)
    structure = _resolution("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm.", vote=vote)
    assert structure.attendance is None


# ------------------------------------------------------------- a news item: present, and the absent count beside it

NEWS = ("Tin hoạt động\n{head}\nCập nhật: 12/10/2025 09:15\n{lead}\n{roll}\nTại buổi sinh hoạt, các đảng viên thảo luận "
        "về công tác vệ sinh môi trường.\nMinh Hà\n")


@pytest.mark.parametrize(("roll", "expected"), [
    ("Tham dự có 19 đảng viên của chi bộ, vắng 1 đồng chí đi làm ăn xa.", (20, 19, 1)),
    ("Dự sinh hoạt có 24 đảng viên, vắng 3 đồng chí có lý do.", (27, 24, 3)),
    ("Có 15 đảng viên tham dự, vắng 2 đồng chí vì bận công tác.", (17, 15, 2)),
])
def test_news_present_with_the_absent_beside_it(roll, expected):
    structure = analyze(NEWS.format(head="Chi bộ thôn Hạ xét kết nạp đảng viên",
                                    lead="Tối 10/10, Chi bộ thôn Hạ họp xét đề nghị kết nạp quần chúng Lò Thị Hoa vào Đảng.",
                                    roll=roll)).structure
    attendance = structure.attendance
    assert (attendance.total.value, attendance.present.value, attendance.absent.value) == expected


def test_news_present_alone_keeps_no_roll():
    # near-miss: no absent count beside those present: neither the total nor the absent is made up
    structure = analyze(NEWS.format(head="Chi bộ thôn Hạ xét kết nạp đảng viên",
                                    lead="Tối 10/10, Chi bộ thôn Hạ họp xét đề nghị kết nạp quần chúng Lò Thị Hoa vào Đảng.",
                                    roll="Tham dự có 19 đảng viên của chi bộ.")).structure
    attendance = structure.attendance
    assert attendance.present.value == 19 and attendance.total is None and attendance.absent is None


# ------------------------------------------------------------- absentees told by their tên đệm

@pytest.mark.parametrize(("body", "names"), [
    ("Tổng số đảng viên: 20. Có mặt: 18. Vắng có lý do: các đồng chí Tao Văn Xuân (đi viện), Lò Văn Cương (ốm).",
     ["Tao Văn Xuân", "Lò Văn Cương"]),
    ("Tổng số đảng viên: 20. Có mặt: 18. Vắng 2 đồng chí: Lò Văn Cương (đi làm thuê), Giàng Thị Dợ (ốm).",
     ["Lò Văn Cương", "Giàng Thị Dợ"]),
    ("Tổng số đảng viên: 20. Có mặt: 19. Vắng có lý do: Mùa Văn Pó (đi tập huấn).", ["Mùa Văn Pó"]),
])
def test_absentees_named_with_a_middle_name(body, names):
    structure = analyze(MINUTES.format(title=TITLE, body=body)).structure
    assert [a.name.value for a in structure.attendance.absentees] == names


def test_a_place_with_a_capital_is_no_absentee():
    # near-miss: "Nhà văn hóa" and a body are no person, whatever their capitals
    body = "Tổng số đảng viên: 20. Có mặt: 19. Vắng có lý do: 01 đồng chí (đi trực tại Trạm Y tế xã)."
    structure = analyze(MINUTES.format(title=TITLE, body=body)).structure
    assert [a.name.value for a in structure.attendance.absentees] == []


# ------------------------------------------------------------- the kind, where the title only implies it

@pytest.mark.parametrize(("title", "kind"), [
    ("HỘI NGHỊ KIỂM ĐIỂM, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025", "chuyên đề"),
    ("HỌP CHI BỘ XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC", "chuyên đề"),
    ("Hội nghị kiểm điểm, đánh giá, xếp loại tổ chức cơ sở Đảng và đảng viên năm 2025", "chuyên đề"),
    ("HỌP CHI BỘ THÁNG 9", "thường kỳ"),
    ("SINH HOẠT CHI BỘ (Kỳ tháng 9 năm 2025)", "thường kỳ"),
    ("HỘI NGHỊ LẦN THỨ 7 BAN CHẤP HÀNH ĐẢNG BỘ XÃ", "hội nghị BCH"),
    ("ĐẠI HỘI CHI BỘ THÔN HẠ LẦN THỨ X, NHIỆM KỲ 2025 - 2027", "đại hội"),
])
def test_kind_implied_by_the_title(title, kind):
    assert _kind(title) == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Cuộc họp kiểm điểm tiến độ xây dựng nông thôn mới", "hội nghị"),  # progress reviewed, no member
    ("HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ", "hội nghị"),  # a congress named, not held
    ("Cuộc họp đánh giá, xếp loại thi đua các thôn năm 2025", "hội nghị"),  # the villages ranked, not members
])
def test_kind_near_misses(title, kind):
    assert _kind(title) == kind


@pytest.mark.parametrize(("opening", "kind"), [
    ("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm. Sau khi thảo luận Đề án số 03-ĐA/ĐU của "
     "Ban Thường vụ Đảng ủy,", "hội nghị BCH"),
    ("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã họp Hội nghị lần thứ năm, thảo luận Tờ trình của Ban Thường vụ Đảng ủy.",
     "hội nghị BCH"),
])
def test_a_committees_resolution_naming_a_standing_committees_paper(opening, kind):
    assert _resolution(opening).meeting.kind.value == kind


def test_a_standing_committees_own_meeting_stays_a_hoi_nghi():
    # near-miss: the Ban Thường vụ meets (a kết luận of its own), whatever the Ban Chấp hành is named for
    structure = _resolution("Ngày 13/11/2025, Ban Thường vụ Đảng ủy xã họp, nghe báo cáo tiến độ thực hiện nghị quyết của "
                            "Ban Chấp hành Đảng bộ xã.", title="Kết luận của Ban Thường vụ Đảng ủy xã về tiến độ thu ngân sách")
    assert structure.meeting.kind.value == "hội nghị"


@pytest.mark.parametrize(("opening", "kind"), [
    ("Ngày 08/01/2026, Chi bộ thôn Hạ tổ chức hội nghị tổng kết công tác năm 2025. Chi bộ có 18 đảng viên; dự hội nghị "
     "17 đồng chí.", "hội nghị"),
    ("Ngày 08/10/2025, Chi bộ thôn Hạ tổ chức sinh hoạt thường kỳ tháng 10. Có mặt 17/18 đảng viên.", "thường kỳ"),
])
def test_a_chi_bo_resolution_reads_its_meeting_in_the_opening(opening, kind):
    text = ("ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN HẠ\n*\nSố 05-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Lập, ngày 09 tháng 01 năm 2026\n"
            f"NGHỊ QUYẾT\nVề nhiệm vụ năm 2026\n{opening}\nCHI BỘ QUYẾT NGHỊ\n1. Tập trung thu hoạch lúa mùa.\n"
            "Nghị quyết được 16/16 đảng viên chính thức có mặt biểu quyết tán thành.\nT/M CHI BỘ\nBÍ THƯ\nĐinh Văn Hậu\n")
    assert analyze(text).structure.meeting.kind.value == kind


def test_a_chi_bo_resolution_told_by_its_day_names_no_kind():
    # near-miss (round 13): "căn cứ kết quả sinh hoạt chi bộ ngày …" names no meeting and no kind
    text = ("ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN HẠ\n*\nSố 05-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Lập, ngày 09 tháng 10 năm 2025\n"
            "NGHỊ QUYẾT\nVề lãnh đạo thực hiện nhiệm vụ tháng 10 năm 2025\nCăn cứ kết quả sinh hoạt chi bộ ngày 08/10/2025,\n"
            "CHI BỘ QUYẾT NGHỊ\n1. Tập trung thu hoạch lúa mùa.\nNghị quyết được 16/16 đảng viên chính thức có mặt biểu quyết "
            "tán thành.\nT/M CHI BỘ\nBÍ THƯ\nĐinh Văn Hậu\n")
    meeting = analyze(text).structure.meeting
    assert meeting is None or meeting.kind is None


# ------------------------------------------------------------- review of st: the roll counts the body's own members

@pytest.mark.parametrize(("body", "expected"), [
    ("Thành phần:\n- Đại biểu của Đảng ủy xã Tân Lập: 01 đồng chí.\n"
     "- Tổng số đảng viên: 18 đồng chí; có mặt 17 đồng chí; vắng 1 đồng chí (ốm).", (18, None, None, 17, 1)),
    ("Tổng số đảng viên: 15 đồng chí. Có mặt: 15 đồng chí.\nKhách mời:\n- Hội viên của Hội Nông dân xã: 2 đồng chí.\n"
     "- Đoàn viên của Chi đoàn thôn Hạ: 3 đồng chí.", (15, None, None, 15, 0)),
    ("Thành phần dự họp:\n- Cán bộ của Văn phòng Đảng ủy: 1 đồng chí.\n- Đảng viên của chi bộ: 20 đồng chí;\n"
     "- Có mặt: 19 đồng chí; vắng 1 đồng chí.", (20, None, None, 19, 1)),
])
def test_guests_beside_the_roll_are_not_the_roll(body, expected):
    assert _roll(body) == expected


@pytest.mark.parametrize("line", [
    "- Đại biểu của Ban Tổ chức Huyện ủy: 02 đồng chí.",  # delegates a superior sends: guests
    "Cán bộ của UBND xã: 2 đồng chí",  # an agency's staff
    "Công chức của Văn phòng Đảng ủy: 1 đồng chí",
])
def test_a_field_of_guests_is_no_roll_field(line):
    assert not roll_field(line)


def test_a_field_of_an_associations_members_is_a_roll_field():
    # near-miss the other way: the members a body is made of still open a roll field
    assert roll_field("Hội viên của Hội Nông dân xã Tân Lập: 42 người")


# ------------------------------------------------------------- review of st: a one-matter meeting is its subject

@pytest.mark.parametrize("title", [
    "HỌP CHI BỘ XÉT KẾT NẠP QUẦN CHÚNG ƯU TÚ VÀO ĐẢNG",
    "SINH HOẠT CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    "HỘI NGHỊ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025",
])
def test_a_chi_bo_meeting_for_one_matter(title):
    assert _kind(title) == "chuyên đề"


@pytest.mark.parametrize(("title", "kind"), [
    ("HỘI NGHỊ SƠ KẾT CÔNG TÁC KIỂM ĐIỂM ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM", "hội nghị"),  # a programme reviewed
    ("CUỘC HỌP ĐÁNH GIÁ KẾT QUẢ KẾT NẠP ĐẢNG VIÊN QUÝ III", "hội nghị"),  # the results of admissions, not one admitted
    ("HỌP ĐÁNH GIÁ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN NĂM 2025", "hội nghị"),  # the matter's words with a programme between
    ("HỘI NGHỊ XẾP LOẠI CHẤT LƯỢNG CHI BỘ VÀ ĐẢNG VIÊN", "hội nghị"),  # the bodies ranked: a superior's business
    ("SINH HOẠT CHI BỘ THÁNG 11 NĂM 2025 (xét kết nạp đảng viên)", "thường kỳ"),  # the month's meeting, one item
])
def test_a_matter_that_is_not_the_meetings_subject(title, kind):
    assert _kind(title) == kind


# ------------------------------------------------------------- review of st: a resolution's roll is its opening's

@pytest.mark.parametrize("opening", [
    "Trong quý III, 29/31 đồng chí Ủy viên tham gia đầy đủ các lớp bồi dưỡng lý luận chính trị.",
    "Năm 2025, có 29/31 đồng chí Ủy viên Ban Chấp hành được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
    "Đảng bộ hiện có 312 đảng viên, có 40/312 đảng viên được miễn sinh hoạt, miễn công tác.",
])
def test_a_figure_of_the_members_in_the_opening_is_no_roll(opening):
    # near-miss: the opening counts what members did or are, not who sat in the meeting
    attendance = _resolution(opening, vote="Nghị quyết được Hội nghị biểu quyết thông qua.").attendance
    assert attendance is None or (attendance.total, attendance.present) == (None, None)


def test_a_ratio_of_the_opening_that_tells_no_attendance_is_no_roll():
    # near-miss: the meeting is told, the count beside it is of papers handed in, not of those present
    attendance = _resolution("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm; 30/31 đồng chí "
                             "Ủy viên đã nộp bản tự kiểm điểm.", vote="Nghị quyết được Hội nghị biểu quyết thông qua.").attendance
    assert attendance is None or (attendance.total, attendance.present) == (None, None)


def test_a_roll_in_the_second_sentence_of_the_opening():
    structure = _resolution("Ngày 13/11/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm. Dự hội nghị có "
                            "28/31 đồng chí Ủy viên; vắng 3 đồng chí có lý do.")
    attendance = structure.attendance
    assert (attendance.total.value, attendance.present.value, attendance.absent.value) == (31, 28, 3)


@pytest.mark.parametrize(("opening", "expected"), [
    ("Có 27/31 đồng chí Ủy viên Ban Chấp hành dự sinh hoạt. Sau khi thảo luận, Hội nghị thống nhất:", (31, 27, 4)),
    ("Ngày 13/11/2025, Đảng ủy xã họp; có 30/31 đồng chí đảng viên dự sinh hoạt, vắng 1 đồng chí.", (31, 30, 1)),
])
def test_the_plain_shape_of_a_resolutions_roll(opening, expected):
    attendance = _resolution(opening, vote="Nghị quyết được Hội nghị biểu quyết thông qua.").attendance
    assert (attendance.total.value, attendance.present.value, attendance.absent.value) == expected


def test_members_who_took_part_all_year_are_no_roll():
    # near-miss: "tham gia sinh hoạt" over a year tells no one meeting's attendance
    attendance = _resolution("Năm 2025, có 29/31 đồng chí đảng viên tham gia sinh hoạt đầy đủ.",
                             vote="Nghị quyết được Hội nghị biểu quyết thông qua.").attendance
    assert attendance is None or (attendance.total, attendance.present) == (None, None)
