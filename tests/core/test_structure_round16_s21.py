"""Round 16 (engineer s21): the document reader on mechanisms that recur across gold authors and on the gaps the last
review of exported summaries left, each in sentences of our own (tests/blind_structure/README.md).

- a vote whose label opens its list item and names what is approved before the count ("- Đồng ý đề nghị kết nạp:
  10/11"); a label that only places the vote ("Về nội dung 2:", "Kết quả biểu quyết:") is no subject, and the person
  comes from the line or from the one candidate the minutes name;
- an election of a Hội member or a delegate named "chị", "ông", "bà";
- in a nghị quyết the count of a vote is no roll; "nâng tổng số đảng viên lên 28" is a membership, never a roll;
- "100% đảng viên có mặt" where the text splits those present: the official members present.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

CHI_BO = ("ĐẢNG BỘ XÃ HÒA PHONG\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN TÂY SƠN\n*\tHòa Phong, ngày 12 tháng 3 năm 2026\n"
          "BIÊN BẢN\nHỌP CHI BỘ THÁNG 3 NĂM 2026\nThời gian: 19 giờ 30 phút, ngày 11/3/2026.\nĐịa điểm: Nhà văn hóa thôn.\n"
          "Chủ trì: đồng chí Đinh Văn Quý, Bí thư chi bộ.\nThư ký: đồng chí Hồ Thị Lụa, Chi ủy viên.\n"
          "Tổng số đảng viên: 15 đồng chí (chính thức 13, dự bị 02). Có mặt: 14 đồng chí (chính thức 12, dự bị 02). "
          "Vắng: 01 đồng chí (đi làm ăn xa).\n{}\nBuổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày.\n")


def _decisions(body: str, frame: str = CHI_BO):
    return [(d.kind, d.person, d.votes_for, d.against, d.base) for d in analyze(frame.format(body)).structure.decisions]


# ------------------------------------------------------------- a label naming what is approved before its count

@pytest.mark.parametrize("body", [
    "Xét đề nghị kết nạp quần chúng Võ Thị Hạnh.\nBiểu quyết:\n- Tán thành đề nghị kết nạp: 11/12 đồng chí, đạt 91,7%;\n"
    "- Không tán thành: 01 đồng chí.",
    "Chi bộ xét kết nạp quần chúng Võ Thị Hạnh vào Đảng. Kết quả:\n+ Đồng ý kết nạp quần chúng: 11/12 đảng viên chính thức;\n"
    "+ Không đồng ý: 01 đảng viên.",
    "Nội dung 2 - kết nạp quần chúng Võ Thị Hạnh.\na) Nhất trí đề nghị Đảng ủy xã kết nạp: 11/12 (91,67%)\n"
    "b) Không nhất trí: 01/12",
])
def test_a_label_naming_what_is_approved_before_its_count_is_read(body):
    assert _decisions(body) == [("vote", "Võ Thị Hạnh", 11, 1, 12)]


@pytest.mark.parametrize("body", [
    # near-misses: the label's words run into a number that is no count of voters (a date, an amount)
    "Chi bộ thống nhất kế hoạch trồng cây. Tán thành chủ trương góp quỹ ngày 20/3 của chi hội.",
    "- Đồng ý mức đóng góp xây nhà văn hóa 200.000 đồng/hộ theo đề nghị của Ban Công tác Mặt trận.",
    "Tán thành với ý kiến của đồng chí Bí thư về 03 nội dung trọng tâm của tháng.",
])
def test_approving_words_before_a_figure_that_counts_no_voters_are_no_vote(body):
    assert _decisions(body) == []


# ------------------------------------------------------------- a label that only places the vote

@pytest.mark.parametrize(("body", "person"), [
    ("Về nội dung 2: chi bộ nghe lý lịch, nhận xét quần chúng Lương Văn Tài, đoàn viên chi đoàn thôn. Kết quả biểu quyết: "
     "12/12 đảng viên chính thức có mặt tán thành.", "Lương Văn Tài"),
    ("2. Xét công nhận đảng viên chính thức cho đồng chí Mạc Thị Nga. Chi bộ thảo luận, thống nhất. Kết quả biểu quyết: "
     "12/12 đồng chí tán thành (100%).", "Mạc Thị Nga"),
    ("Nội dung thứ hai: đồng chí Đinh Văn Quý đọc nghị quyết giới thiệu quần chúng Hà Thị Tươi. Kết quả: 12/12 đồng chí "
     "nhất trí đề nghị kết nạp.", "Hà Thị Tươi"),
])
def test_a_label_that_only_places_the_vote_leaves_the_person_to_the_line(body, person):
    ((kind, who, votes, _, base),) = _decisions(body)
    assert (kind, who, votes, base) == ("vote", person, 12, 12)


def test_a_placing_label_before_a_resolution_names_nobody():
    # near-miss: a resolution adopted under such a label has no person, and stays a resolution
    assert _decisions("Về nội dung 3: chi bộ biểu quyết thông qua Nghị quyết tháng 3 với 12/12 đồng chí tán thành.") == [
        ("resolution", None, 12, None, 12)]


# ------------------------------------------------------------- an election of a person named chị / ông / bà

HOI = ("HỘI LHPN PHƯỜNG AN KHÊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHẤP HÀNH\tĐộc lập - Tự do - Hạnh phúc\n"
       "An Khê, ngày 20 tháng 7 năm 2025\nBIÊN BẢN\nHỘI NGHỊ BAN CHẤP HÀNH HỘI LHPN PHƯỜNG LẦN THỨ 4\n"
       "Thời gian: 14 giờ 00, ngày 19/7/2025. Địa điểm: Hội trường phường.\nChủ trì: chị Lê Thị Mến, Chủ tịch Hội.\n"
       "Có mặt 15/15 ủy viên Ban Chấp hành.\n{}\nHội nghị kết thúc lúc 16 giờ 30 cùng ngày.\n")


@pytest.mark.parametrize(("body", "person"), [
    ("Hội nghị bầu bổ sung chị Trương Thị Yến làm Phó Chủ tịch Hội: 14/15 chị tán thành (93,33%).", "Trương Thị Yến"),
    ("Hội nghị hiệp y bầu bà Nông Thị Sáu giữ chức Ủy viên Ban Thường vụ, kết quả 15/15 ủy viên tán thành.",
     "Nông Thị Sáu"),
    ("Bầu Phó Chủ tịch Hội (biểu quyết giơ tay): ông Đàm Văn Thuận được 13/15 ủy viên tán thành.", "Đàm Văn Thuận"),
])
def test_an_election_names_its_person_whatever_the_honorific(body, person):
    elections = [d for d in analyze(HOI.format(body)).structure.decisions if d.kind == "election"]
    assert [d.person for d in elections] == [person]


def test_an_election_of_a_body_names_nobody():
    # near-miss: the body elected, the chair named by "chị" in another role
    elections = [d for d in analyze(HOI.format("Hội nghị bầu bổ sung Ban Thường vụ: 15/15 ủy viên tán thành.")).structure.decisions
                 if d.kind == "election"]
    assert [d.person for d in elections] == [None]


# ------------------------------------------------------------- a resolution's vote is no roll; a membership reached is none

RESOLUTION = ("ĐẢNG BỘ PHƯỜNG NAM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHU PHỐ 6\n*\tNam Sơn, ngày 08 tháng 4 năm 2026\n"
              "NGHỊ QUYẾT\nSINH HOẠT CHI BỘ THÁNG 4 NĂM 2026\nCăn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày "
              "07/4/2026,\nI. KẾT QUẢ THÁNG 3\n{}\nII. NHIỆM VỤ THÁNG 4\n1. Vận động các hộ nộp quỹ vì người nghèo.\n"
              "{}\nT/M CHI BỘ\nBÍ THƯ\nPhan Văn Lộc\n")


@pytest.mark.parametrize(("result", "vote"), [
    ("Chi bộ kết nạp 01 đảng viên mới, nâng tổng số đảng viên lên 31 đồng chí.",
     "Nghị quyết được 100% (27/27) đảng viên chính thức có mặt biểu quyết thông qua."),
    ("Trong tháng tiếp nhận 02 đảng viên chuyển đến, tăng tổng số đảng viên của chi bộ lên 33.",
     "Nghị quyết được chi bộ thông qua với 29/29 đồng chí có mặt nhất trí."),
    ("Đảng viên đóng đảng phí đầy đủ; chi bộ đưa tổng số đảng viên lên 30 đồng chí.",
     "Nghị quyết đã được 28/28 đảng viên có mặt tán thành."),
])
def test_a_resolution_tells_no_roll_by_its_vote_nor_by_a_membership_reached(result, vote):
    structure = analyze(RESOLUTION.format(result, vote)).structure
    assert structure.attendance is None
    assert len(structure.decisions) == 1


def test_a_resolution_with_a_roll_of_its_own_keeps_it():
    # near-miss: a roll written as such in the resolution is its meeting's attendance
    text = RESOLUTION.format("Tổng số đảng viên: 30 đồng chí; có mặt: 28 đồng chí; vắng: 02 đồng chí.",
                             "Nghị quyết được 28/28 đồng chí có mặt nhất trí.")
    attendance = analyze(text).structure.attendance
    assert (attendance.total.value, attendance.present.value, attendance.absent.value) == (30, 28, 2)


@pytest.mark.parametrize("line", [
    "Tổng số đảng viên: 31 đồng chí. Có mặt 29, vắng 2.",
    "Tổng số đảng viên của chi bộ lên đến 31 đồng chí; có mặt 29, vắng 2.",
])
def test_a_roll_in_minutes_keeps_its_total(line):
    # near-miss: a total written as a roll, even with "lên" after it, is not a membership reached by a change
    attendance = analyze(CHI_BO.replace("Tổng số đảng viên: 15 đồng chí (chính thức 13, dự bị 02). Có mặt: 14 đồng chí "
                                        "(chính thức 12, dự bị 02). Vắng: 01 đồng chí (đi làm ăn xa).", line).format(""))
    assert attendance.structure.attendance.total.value == 31


# ------------------------------------------------------------- "100% đảng viên có mặt" where those present are split

@pytest.mark.parametrize(("roll", "voters"), [
    ("Có mặt: 14 đồng chí (chính thức 12, dự bị 02).", 12),
    ("Có mặt 14 đồng chí, trong đó 13 chính thức, 01 dự bị.", 13),
    ("Đảng viên dự họp: 14 đồng chí (11 chính thức, 3 dự bị).", 11),
])
def test_all_present_where_those_present_are_split_are_the_official_members(roll, voters):
    frame = CHI_BO.replace("Có mặt: 14 đồng chí (chính thức 12, dự bị 02).", roll)
    (decision,) = analyze(frame.format("Chi bộ biểu quyết thông qua nghị quyết tháng 3: 100% đảng viên có mặt nhất trí."))\
        .structure.decisions
    assert (decision.votes_for, decision.base) == (voters, voters)


# ------------------------------------------------------------- targets

def _targets(text: str):
    return [(t.name, t.target, t.result, t.verdict) for t in analyze(text).structure.targets]


CONGRESS = ("ĐẢNG BỘ PHƯỜNG TÂN HÒA\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHU PHỐ 2\n*\tTân Hòa, ngày {} tháng {} năm {}\n"
            "BIÊN BẢN\nĐẠI HỘI CHI BỘ KHU PHỐ 2\nI. BÁO CÁO CHÍNH TRỊ\n{}\nII. BẦU CẤP ỦY\nĐại hội bầu chi ủy khóa mới.\n")


@pytest.mark.parametrize(("date", "line", "expected"), [
    # a lead naming a period still ahead: its items are levels set for it
    ((20, 5, 2025), "Mục tiêu nhiệm kỳ 2025 - 2027: kết nạp từ 5 đảng viên trở lên; tỷ lệ hộ đạt chuẩn văn hóa 92% trở lên.",
     [("Kết nạp đảng viên", 5, None, None), ("Tỷ lệ hộ đạt chuẩn văn hóa", 92, None, None)]),
    ((15, 12, 2025), "Các chỉ tiêu chủ yếu năm 2026: thu quỹ an sinh 40 triệu đồng; kết nạp 3 đảng viên; 100% hộ ký cam kết "
     "an toàn giao thông.", [("Thu quỹ an sinh", 40, None, None), ("Kết nạp đảng viên", 3, None, None),
                             ("Hộ ký cam kết an toàn giao thông", 100, None, None)]),
    ((12, 1, 2026), "Chỉ tiêu năm 2026: trồng 300 cây xanh; vận động 25 hộ làm hầm biogas.",
     [("Trồng cây xanh", 300, None, None), ("Vận động hộ làm hầm biogas", 25, None, None)]),
])
def test_a_lead_naming_a_period_ahead_lists_future_levels(date, line, expected):
    assert _targets(CONGRESS.format(*date, line)) == expected


def test_a_lead_naming_the_period_under_review_lists_no_future_levels():
    # near-miss: "Chỉ tiêu năm 2025" in minutes of its November: what follows may be results, not levels set for later
    text = CONGRESS.format(18, 11, 2025, "Chỉ tiêu năm 2025: trồng 300 cây xanh; vận động 25 hộ làm hầm biogas.")
    assert [t for t in _targets(text) if t[2] is None] == []


@pytest.mark.parametrize(("line", "expected"), [
    ("Báo cáo chính trị nhiệm kỳ 2022 - 2025: chi bộ kết nạp 6 đảng viên, vượt chỉ tiêu 4 đảng viên.",
     [("Kết nạp đảng viên", 4, 6, "vượt")]),
    ("Kết quả giai đoạn 2020 - 2025: trồng 12 ha rừng, chưa đạt kế hoạch 15 ha.", [("Trồng ha rừng", 15, 12, "chưa đạt")]),
    ("Nhiệm kỳ 2022-2025: làm mới 3 km đường bê tông, đạt kế hoạch 3 km.", [("Làm mới km đường", 3, 3, "đạt")]),
])
def test_a_term_said_before_a_result_and_its_plan_is_no_result(line, expected):
    assert [(n, t, r, v) for n, t, r, v in _targets(CONGRESS.format(20, 5, 2025, line))] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Nhiệm kỳ 2025 - 2027 phấn đấu kết nạp 4 đảng viên mới.", ("Kết nạp đảng viên mới", 4)),
    ("+ Phấn đấu trồng thêm 250 cây bóng mát trong nhiệm kỳ.", ("Trồng thêm cây bóng mát", 250)),
    ("Chi ủy hướng dẫn đoàn viên rèn luyện, phấn đấu giới thiệu ít nhất 2 đoàn viên ưu tú cho chi bộ.",
     ("Giới thiệu đoàn viên ưu tú cho chi bộ", 2)),
])
def test_one_level_striven_for_by_its_act_and_count_is_a_future_target(line, expected):
    assert [(n, t) for n, t, r, _ in _targets(CONGRESS.format(20, 5, 2025, line)) if r is None] == [expected]


@pytest.mark.parametrize("line", [
    # near-misses: a remainder of a quota, a wish with no count, a share, a deadline
    "Nhiệm kỳ tới phấn đấu kết nạp đủ 2 đảng viên còn lại của chỉ tiêu.",
    "Chi bộ phấn đấu kết nạp thêm 2 đảng viên để hoàn thành chỉ tiêu nhiệm kỳ.",
    "Phấn đấu giải ngân 100% vốn được giao.",
    "Phấn đấu hoàn thành việc làm đường trước ngày 30/6/2026.",
])
def test_no_single_level_without_an_act_counting_what_it_does(line):
    assert [t for t in _targets(CONGRESS.format(20, 5, 2025, line)) if t[2] is None] == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("Tháng đầu năm 2026, toàn xã thu ngân sách đạt 5 tỷ đồng, bằng 20% dự toán (25 tỷ đồng).", "Toàn xã thu ngân sách"),
    ("Những tháng cuối năm, Hội Nông dân (cả hai xã cũ) đã vận động 150 hộ, vượt chỉ tiêu (chỉ tiêu 120 hộ).", "Vận động hộ"),
    ("Ba tháng đầu năm, giải quyết việc làm cho 60 lao động, đạt 30% kế hoạch năm (200 lao động).",
     "Giải quyết việc làm cho lao động"),
    ("Quý đầu năm, các cấp Hội đã giúp 12 hộ thoát nghèo, đạt 40% chỉ tiêu (30 hộ).", "Giúp hộ thoát nghèo"),
])
def test_a_target_named_after_its_season_and_its_body(sentence, name):
    report = ("ĐẢNG ỦY XÃ AN THỊNH\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tAn Thịnh, ngày 05 tháng 4 năm 2026\nBÁO CÁO\n"
              "TÌNH HÌNH QUÝ I NĂM 2026\n{}\n")
    assert [n for n, *_ in _targets(report.format(sentence))] == [name]


def test_a_body_right_before_its_act_stays_in_the_name():
    # near-miss: nothing between the body and its act, the body is part of what is counted
    report = ("ĐẢNG ỦY XÃ AN THỊNH\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tAn Thịnh, ngày 05 tháng 12 năm 2025\nBÁO CÁO\n"
              "TỔNG KẾT NĂM 2025\nỦy ban Kiểm tra tổ chức 4 cuộc kiểm tra, vượt kế hoạch (kế hoạch 3 cuộc).\n")
    assert [n for n, *_ in _targets(report)] == ["Ủy ban Kiểm tra tổ chức cuộc kiểm tra"]


# ------------------------------------------------------------- two votes on one line are two decisions, each its own

@pytest.mark.parametrize(("body", "expected"), [
    ("Thông qua Nghị quyết tháng 3: 12/12 tán thành. Thông qua kế hoạch làm đường: 11/12 tán thành, 01 không tán thành.",
     [("Thông qua Nghị quyết tháng 3", 12, None, "Thông qua Nghị quyết tháng 3: 12/12 tán thành"),
      ("Thông qua kế hoạch làm đường", 11, 1, "Thông qua kế hoạch làm đường: 11/12 tán thành, 01 không tán thành.")]),
    ("Biểu quyết: Nghị quyết tháng 3: tán thành 12/12; Quy chế làm việc của chi ủy: tán thành 11/12, không tán thành 01.",
     [("Nghị quyết tháng 3", 12, None, "Nghị quyết tháng 3: tán thành 12/12"),
      ("Quy chế làm việc của chi ủy", 11, 1, "Quy chế làm việc của chi ủy: tán thành 11/12, không tán thành 01.")]),
    ("Kỳ họp thông qua 2 nghị quyết; trong đó Nghị quyết về thu chi ngân sách được 12/12 thành viên tán thành; Nghị quyết "
     "về đầu tư công được 11/12 thành viên tán thành, 01 thành viên không tán thành.",
     [("Nghị quyết về thu chi ngân sách", 12, None, None), ("Nghị quyết về đầu tư công", 11, 1, None)]),
])
def test_two_votes_on_one_line_are_two_decisions(body, expected):
    text = CHI_BO.format(body)
    got = [(d.subject, d.votes_for, d.against, text[d.start:d.end]) for d in analyze(text).structure.decisions
           if d.votes_for is not None]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert [g[3] for g, e in zip(got, expected) if e[3]] == [e[3] for e in expected if e[3]]


def test_one_vote_keeps_its_counts_after_a_comma():
    # near-miss: the counts of one vote, told after commas, stay one decision's
    text = CHI_BO.format("Thông qua Nghị quyết tháng 3: tán thành 11/12, không tán thành 01, không có ý kiến khác.")
    (decision,) = analyze(text).structure.decisions
    assert (decision.votes_for, decision.against, decision.abstain, decision.base) == (11, 1, 0, 12)


# ------------------------------------------------------------- a task's owner ends where its act begins

CONCLUSION = ("ĐẢNG BỘ XÃ PHÚ LỘC\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ\n*\tPhú Lộc, ngày 20 tháng 10 năm 2025\n"
              "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Đảng ủy xã tại cuộc họp ngày 18/10/2025\nBan Thường vụ kết luận như sau:\n"
              "{}\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nĐoàn Văn Lực\n")


@pytest.mark.parametrize(("line", "owner", "text"), [
    ("1. Giao Đảng ủy UBND xã lãnh đạo UBND xã điều phối máy gặt, hoàn thành thu hoạch lúa trước ngày 10/11/2025.",
     "Đảng ủy UBND xã", "lãnh đạo UBND xã điều phối máy gặt, hoàn thành thu hoạch lúa"),
    ("2. Giao Phòng Kinh tế khảo sát cầu tràn thôn 4, đề xuất phương án sửa chữa trong tháng 11/2025.",
     "Phòng Kinh tế", "khảo sát cầu tràn thôn 4, đề xuất phương án sửa chữa"),
    ("3. Giao Chi đoàn thanh niên xã giới thiệu ít nhất 02 đoàn viên ưu tú để chi bộ xem xét, xong trong quý I/2026.",
     "Chi đoàn thanh niên xã", "giới thiệu ít nhất 02 đoàn viên ưu tú để chi bộ xem xét"),
])
def test_an_owner_ends_where_its_act_begins(line, owner, text):
    (task,) = analyze(CONCLUSION.format(line)).structure.tasks
    assert task.owner.value == owner
    assert task.text.value.startswith(text)


def test_leaders_opening_an_item_are_its_owner():
    # near-miss: "Lãnh đạo UBND xã" opening the item are who acts, not the act
    (task,) = analyze(CONCLUSION.format("4. Lãnh đạo UBND xã chỉ đạo rà soát hộ nghèo, báo cáo trước ngày 30/11/2025.")) \
        .structure.tasks
    assert task.owner.value == "Lãnh đạo UBND xã"


# ------------------------------------------------------------- absentees named beside a roll the block reader leaves

STATE = ("UBND HUYỆN ĐỨC LINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN XÃ TÂN HÀ\tĐộc lập - Tự do - Hạnh phúc\n"
         "Tân Hà, ngày 06 tháng 11 năm 2025\nBIÊN BẢN\nCuộc họp thành viên UBND xã tháng 10 năm 2025\n"
         "Vào lúc 8 giờ 00 phút, ngày 05/11/2025, tại Phòng họp số 2, trụ sở UBND xã.\n{}\n"
         "Chủ trì: ông Hồ Văn Tài, Chủ tịch UBND xã.\nCuộc họp kết thúc lúc 11 giờ 00 phút cùng ngày.\n")


@pytest.mark.parametrize(("roll", "expected"), [
    ("- Tổng số thành viên được mời: 12; có mặt 11; vắng 01 (ông Lục Văn Bình, Phó Chủ tịch UBND xã – đi tập huấn).",
     [("Lục Văn Bình", "đi tập huấn")]),
    ("Thành phần mời 9 người, có mặt 7 người, vắng 02 (bà Ninh Thị Hoa - nghỉ phép; ông Đàm Văn Lợi - ốm).",
     [("Ninh Thị Hoa", "nghỉ phép"), ("Đàm Văn Lợi", "ốm")]),
])
def test_absentees_in_the_roll_line_of_a_presence(roll, expected):
    attendance = analyze(STATE.format(roll)).structure.attendance
    assert [(a.name.value, a.reason.value if a.reason else None) for a in attendance.absentees] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Vắng có lý do: đồng chí Mạc Văn Tú (đi học), đồng chí Hứa Thị Nhàn (ốm).",
     [("Mạc Văn Tú", "đi học"), ("Hứa Thị Nhàn", "ốm")]),
    ("- Vắng: đồng chí Mạc Văn Tú (đi công tác tỉnh).", [("Mạc Văn Tú", "đi công tác tỉnh")]),
])
def test_absentees_on_the_line_after_a_roll_table(line, expected):
    table = ("Nội dung\t|\tTổng số\t|\tChính thức\t|\tDự bị\nĐảng viên\t|\t15\t|\t13\t|\t2\nCó mặt\t|\t{}\t|\t{}\t|\t2\n"
             "Vắng\t|\t{}\t|\t{}\t|\t0\n").format(15 - len(expected), 13 - len(expected), len(expected), len(expected))
    attendance = analyze(CHI_BO.replace("Tổng số đảng viên: 15 đồng chí (chính thức 13, dự bị 02). Có mặt: 14 đồng chí "
                                        "(chính thức 12, dự bị 02). Vắng: 01 đồng chí (đi làm ăn xa).\n",
                                        table + line + "\n").format("")).structure.attendance
    assert [(a.name.value, a.reason.value if a.reason else None) for a in attendance.absentees] == expected


def test_a_line_after_a_roll_table_that_names_nobody_absent_adds_nobody():
    # near-miss: the next line is the meeting's business, not its absentees
    table = ("Nội dung\t|\tTổng số\t|\tChính thức\t|\tDự bị\nĐảng viên\t|\t15\t|\t13\t|\t2\nCó mặt\t|\t14\t|\t12\t|\t2\n"
             "Vắng\t|\t1\t|\t1\t|\t0\nĐồng chí Mạc Văn Tú báo cáo tình hình tháng 3.\n")
    attendance = analyze(CHI_BO.replace("Tổng số đảng viên: 15 đồng chí (chính thức 13, dự bị 02). Có mặt: 14 đồng chí "
                                        "(chính thức 12, dự bị 02). Vắng: 01 đồng chí (đi làm ăn xa).\n", table).format(""))\
        .structure.attendance
    assert attendance.absentees == ()


# ------------------------------------------------------------- a photo caption of a delegate at a remote point names no venue

NEWS_ITEM = ("Tin tức > Xây dựng Đảng\nBan Chấp hành Đảng bộ xã Tà Hộc tổ chức Hội nghị lần thứ 4\n"
             "(SL) - Chiều 20/7, Ban Chấp hành Đảng bộ xã Tà Hộc tổ chức Hội nghị lần thứ 4 theo hình thức trực tiếp kết "
             "hợp trực tuyến tới 18 điểm cầu chi bộ bản.\n{}\nHội nghị đã đánh giá kết quả 6 tháng đầu năm.\n"
             "Lò Thanh Hà\n")


@pytest.mark.parametrize("caption", [
    "Đại biểu phát biểu tại điểm cầu bản Nà Sài. Ảnh: Lò Thanh Hà",
    "Cán bộ, đảng viên phát biểu ý kiến tại điểm cầu bản Co Muông. Ảnh: Lò Thanh Hà",
])
def test_a_delegate_speaking_from_a_remote_point_names_no_venue(caption):
    assert analyze(NEWS_ITEM.format(caption)).structure.meeting.place is None


def test_a_caption_of_the_hall_still_names_the_venue():
    # near-miss: the view of the conference in its hall
    meeting = analyze(NEWS_ITEM.format("Quang cảnh hội nghị tại Hội trường Đảng ủy xã. Ảnh: Lò Thanh Hà")).structure.meeting
    assert meeting.place.value == "Hội trường Đảng ủy xã"


# ------------------------------------------------------------- a deadline told by the meeting to report at

@pytest.mark.parametrize(("line", "deadline"), [
    ("2.4. Giao Ủy ban Kiểm tra Đảng ủy xã giám sát việc thực hiện, báo cáo kết quả tại hội nghị tổng kết năm.",
     "tại hội nghị tổng kết năm"),
    ("3. Giao Văn phòng Đảng ủy tổng hợp ý kiến các chi bộ, báo cáo tại phiên giao ban tháng 11.",
     "tại phiên giao ban tháng 11"),
    ("4. Giao Ban Xây dựng Đảng theo dõi, báo cáo Ban Thường vụ tại hội nghị sơ kết 6 tháng 2026.",
     "tại hội nghị sơ kết 6 tháng 2026"),
])
def test_a_deadline_told_by_the_meeting_to_report_at(line, deadline):
    (task,) = analyze(CONCLUSION.format(line)).structure.tasks
    assert task.deadline.value == deadline


def test_a_meeting_with_no_period_is_no_deadline():
    # near-miss: "tại hội nghị" with nothing telling when
    (task,) = analyze(CONCLUSION.format("5. Giao Văn phòng Đảng ủy chuẩn bị tài liệu phát tại hội nghị.")).structure.tasks
    assert task.deadline is None
