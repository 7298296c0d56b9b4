"""Round 15 (engineer s20): the document reader on mechanisms that recur across gold authors and on the gaps a review
of exported summaries left, each in sentences of our own (tests/blind_structure/README.md, "Rulings of round 15").

- a roll table of everyone invited, its note column saying who sat and who was absent ("Có mặt" / "Vắng - nghỉ ốm"):
  only the rows marked absent are absentees, what follows the mark their reason;
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

MINUTES = ("UBND HUYỆN AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN XÃ PHÚ HỘI\tĐộc lập - Tự do - Hạnh "
           "phúc\nPhú Hội, ngày 06 tháng 5 năm 2025\nBIÊN BẢN\nPhiên họp thường kỳ tháng 4 năm 2025\n"
           "Thời gian: 08 giờ 00 phút, ngày 05/5/2025.\nĐịa điểm: Phòng họp UBND xã.\nChủ tọa: ông Lâm Văn Tư - Chủ tịch "
           "UBND xã.\nThư ký: bà Đào Thị Mỹ - Công chức Văn phòng - Thống kê.\n{}\nPhiên họp kết thúc lúc 11 giờ 00 phút "
           "cùng ngày.\n")


def _attendance(body: str, frame: str = MINUTES):
    return analyze(frame.format(body)).structure.attendance


def _absentees(body: str, frame: str = MINUTES):
    return [(a.name.value, a.reason.value if a.reason else None) for a in _attendance(body, frame).absentees]


# ------------------------------------------------------------- a roll table marks who was absent

@pytest.mark.parametrize(("body", "expected"), [
    ("Thành phần được mời: 5 người; có mặt 3 người; vắng 2 người, cụ thể như sau:\n"
     "TT\tHọ và tên\tChức vụ\tGhi chú\n1\tLâm Văn Tư\tChủ tịch UBND xã\tCó mặt\n"
     "2\tQuách Thị Hằng\tPhó Chủ tịch UBND xã\tVắng - đi học tập trung\n3\tĐào Thị Mỹ\tCông chức Văn phòng\tCó mặt\n"
     "4\tTô Văn Khải\tTrưởng Công an xã\tCó mặt\n5\tLục Văn Tâm\tCông chức Địa chính\tVắng - nghỉ ốm",
     [("Quách Thị Hằng", "đi học tập trung"), ("Lục Văn Tâm", "nghỉ ốm")]),
    ("Tổng số thành viên: 4; có mặt: 3; vắng: 1, gồm:\n"
     "| STT | Họ và tên | Chức vụ | Tình hình dự họp |\n| 1 | Lâm Văn Tư | Chủ tịch | Có mặt |\n"
     "| 2 | Đào Thị Mỹ | Văn phòng | Có mặt |\n| 3 | Tô Văn Khải | Công an xã | Có mặt |\n"
     "| 4 | Hứa Văn Bình | Quân sự xã | Vắng: đi tập huấn |",
     [("Hứa Văn Bình", "đi tập huấn")]),
    ("Mời 4 người, có mặt 2, vắng 2, cụ thể:\nTT\tHọ tên\tChức danh\tGhi chú\n1\tLâm Văn Tư\tChủ tịch\tCó mặt\n"
     "2\tĐào Thị Mỹ\tVăn phòng\tCó mặt\n3\tTô Văn Khải\tCông an\tVắng (công tác tại huyện)\n4\tHứa Văn Bình\tQuân sự\tVắng",
     [("Tô Văn Khải", "công tác tại huyện"), ("Hứa Văn Bình", None)]),
])
def test_a_roll_table_names_as_absent_only_the_rows_marked_absent(body, expected):
    assert _absentees(body) == expected


def test_a_table_of_absentees_alone_keeps_every_row():
    # near-miss: the table lists the absent only, its last column their reasons: every row is an absentee
    body = ("Thành phần được mời: 6 người; có mặt 4 người; vắng 2 người, cụ thể:\nTT\tHọ và tên\tChức vụ\tLý do vắng\n"
            "1\tQuách Thị Hằng\tPhó Chủ tịch UBND xã\tđi học\n2\tLục Văn Tâm\tCông chức Địa chính\tnghỉ ốm")
    assert _absentees(body) == [("Quách Thị Hằng", "đi học"), ("Lục Văn Tâm", "nghỉ ốm")]


# ------------------------------------------------------------- papers adopted by a vote, counted rather than named

NEWS = ("Tin tức > Hoạt động địa phương\nUBND huyện Đông Sơn họp phiên thường kỳ tháng 5\nNgày đăng: 28/05/2024 | "
        "Lượt xem: 812\nSáng 27/5, UBND huyện Đông Sơn tổ chức phiên họp thường kỳ tháng 5/2024. Chủ tịch UBND huyện "
        "Lê Văn Bình chủ trì phiên họp.\n{}\n")


@pytest.mark.parametrize(("body", "subject"), [
    ("Các thành viên nhất trí thông qua 5 tờ trình của UBND huyện về đầu tư công, trong đó có tờ trình về giá đất.",
     "5 tờ trình của UBND huyện về đầu tư công"),
    ("Phiên họp đã thống nhất thông qua các đề án trình kỳ họp HĐND huyện.", "các đề án trình kỳ họp HĐND huyện"),
    ("Tại phiên họp, các thành viên đã cho ý kiến và biểu quyết thông qua 03 báo cáo trình HĐND huyện.",
     "03 báo cáo trình HĐND huyện"),
])
def test_papers_adopted_by_a_vote_are_a_decision_though_only_counted(body, subject):
    (decision,) = analyze(NEWS.format(body)).structure.decisions
    assert (decision.subject, decision.outcome, decision.votes_for) == (subject, "thông qua", None)


@pytest.mark.parametrize("body", [
    # near-misses: papers to adopt later, papers sent on, papers discussed
    "Đề nghị các thành viên nghiên cứu, góp ý để thông qua 3 tờ trình tại phiên họp tháng sau.",
    "UBND huyện đã trình HĐND huyện 6 tờ trình về chính sách hỗ trợ.",
    "Các thành viên thảo luận, cho ý kiến vào 4 tờ trình của các phòng chuyên môn.",
])
def test_papers_not_adopted_here_are_no_decision(body):
    assert analyze(NEWS.format(body)).structure.decisions == ()


# ------------------------------------------------------------- members kept out of the meeting, told with their standing

CELL = ("ĐẢNG BỘ XÃ AN HÒA\nCHI BỘ THÔN 2\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nBIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM "
        "2025\nThời gian: 19 giờ 00 phút, ngày 08/9/2025.\nChủ trì: đồng chí Hoàng Văn Nam - Bí thư Chi bộ.\nThư ký: đồng "
        "chí Vũ Thị Lan - Chi ủy viên.\n{}\nBuổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày.\n")


@pytest.mark.parametrize(("body", "roll"), [
    ("Tổng số đảng viên của chi bộ: 32 đồng chí (30 chính thức, 2 dự bị), trong đó 01 đồng chí chính thức được miễn "
     "sinh hoạt. Có mặt: 27 đồng chí (26 chính thức, 1 dự bị). Vắng: 05 đồng chí.", (32, 30, 2, 27, 5)),
    ("Tổng số đảng viên: 25 đồng chí (24 chính thức, 1 dự bị), trong đó có 02 đảng viên chính thức đi sinh hoạt tạm "
     "thời nơi khác. Có mặt: 21 đồng chí; vắng: 04 đồng chí.", (25, 24, 1, 21, 4)),
    ("Chi bộ có 18 đảng viên (17 chính thức, 1 dự bị); 2 đảng viên chính thức miễn sinh hoạt đảng. Có mặt 15 đồng chí, "
     "vắng 3 đồng chí.", (18, 17, 1, 15, 3)),
])
def test_members_exempted_told_with_their_standing_leave_the_roll_read(body, roll):
    attendance = _attendance(body, CELL)
    assert tuple(f.value for f in (attendance.total, attendance.official, attendance.probationary, attendance.present,
                                   attendance.absent)) == roll


# ------------------------------------------------------------- a level told apart from its result

REPORT = ("ĐẢNG BỘ TỈNH NAM ĐỊNH\nĐẢNG ỦY XÃ HẢI AN\n*\nSố 45-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nHải An, ngày 28 tháng 6 năm "
          "2024\nBÁO CÁO\nkết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n{}\n")


def _targets(body: str, frame: str = REPORT):
    return [(t["name"], t["target"], t["result"], t["verdict"])
            for t in analyze(frame.format(body)).structure.to_gold()["targets"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the level in a clause of its own after a ";", the result and the name before it
    ("- Tỷ lệ che phủ rừng đạt 41,5%; chỉ tiêu năm 2024 đạt từ 42% trở lên.",
     [("Tỷ lệ che phủ rừng", 42, 41.5, "tiến độ")]),
    ("- Tỷ lệ trẻ em suy dinh dưỡng 8,2%; chỉ tiêu Nghị quyết không quá 9%.",
     [("Tỷ lệ trẻ em suy dinh dưỡng", 9, 8.2, "đạt")]),
    ("2. Môi trường: tỷ lệ thu gom chất thải rắn đô thị đạt 91,2%; kế hoạch năm là 95%.",
     [("Tỷ lệ thu gom chất thải rắn đô thị", 95, 91.2, "tiến độ")]),
    # the level in a bracket after the claim that it was met
    ("- Tỷ lệ hộ nghèo giảm còn 2,1%, đạt chỉ tiêu Nghị quyết Đại hội đề ra (giảm còn dưới 2,5%).",
     [("Tỷ lệ hộ nghèo", 2.5, 2.1, "đạt")]),
    ("- Tỷ lệ lao động qua đào tạo đạt 72,3%, vượt kế hoạch năm (từ 70% trở lên).",
     [("Tỷ lệ lao động qua đào tạo", 70, 72.3, "vượt")]),
    ("- Tỷ lệ hộ nghèo còn 2,1%, đạt chỉ tiêu huyện giao (dưới 2,5%).", [("Tỷ lệ hộ nghèo", 2.5, 2.1, "đạt")]),
])
def test_a_level_told_apart_from_its_result_gets_it(body, expected):
    assert _targets(body) == expected


@pytest.mark.parametrize("body", [
    # near-misses: another unit, another plan, a change in the bracket
    "- Thu ngân sách đạt 12,5 tỷ đồng; chỉ tiêu kết nạp đảng viên năm 2024 là 12 đảng viên.",
    "- Tỷ lệ tham gia BHYT 92%; kế hoạch triển khai đợt 2 bắt đầu từ 15/7.",
    "- Tỷ lệ hộ nghèo giảm còn 2,1%, đạt chỉ tiêu (giảm 0,5% so với năm trước).",
])
def test_no_level_paired_across_other_plans(body):
    assert all(result is None for _, _, result, _ in _targets(body))
