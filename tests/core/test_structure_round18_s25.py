"""Issue 18, round 18 (s25): the attendance fields of the document reader on wordings that recur across authors of the
quantity sets and the real pages (tests/real, real7–17), by mechanism:

- "N đại biểu … đại diện cho trên M đảng viên": "trên" there is "more than", and the members delegates stand for are no
  roll; a roll never counts fewer than sat in the meeting (a share or a decimal read as the total);
- "triệu tập N đại biểu chính thức": a congress's delegates are chính thức or dự khuyết, no official/probationary split;
- a number the quantity layer reads as none ("lần thứ 21" under a photo) is no count of those present;
- the delegates a congress sends to another level's congress ("bầu đoàn đại biểu dự … gồm 22 đồng chí") did not sit in
  it;
- "dự họp 15/15, tỷ lệ 100%": the fraction with no noun after it still gives the roll;
- the members told without "tổng số" ("Số đảng viên của chi bộ 27 …") are the roll, not those bound to attend
  ("số phải dự 24"), as "Tổng số …: 24; số phải dự 22" reads;
- people named before "vắng" ("các đồng chí A và B vắng vì …") are the absentees, in news too.
Sentences of our own, none copied from a dev or held-out set."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

CHI_BO = "ĐẢNG BỘ XÃ TÂN LẬP\nCHI BỘ THÔN SUỐI CÁT\n*\nTân Lập, ngày 09 tháng 6 năm 2025\nBIÊN BẢN\n" \
         "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2025\nThời gian: 19 giờ 30 phút, ngày 09/6/2025.\n" \
         "Địa điểm: Nhà văn hóa thôn Suối Cát.\nChủ trì: đồng chí Lò Văn Thiện, Bí thư Chi bộ.\n" \
         "Thư ký: đồng chí Quàng Thị Mến, Chi ủy viên.\n"
NEWS = "Đại hội đại biểu Đảng bộ xã Hòa Bắc lần thứ I\nCập nhật: 14/7/2025\n" \
       "Ngày 12/7, Đảng bộ xã Hòa Bắc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n"
BCH_NEWS = "Hội nghị Ban Chấp hành Đảng bộ phường Đông Sơn lần thứ 8\nCập nhật: 03/10/2025\n" \
           "Ngày 02/10, Ban Chấp hành Đảng bộ phường Đông Sơn tổ chức Hội nghị lần thứ 8 đánh giá kết quả 9 tháng.\n"


def roll(head: str, body: str) -> tuple:
    a = analyze(head + body + "\n").structure.attendance
    if a is None:
        return None

    def value(field):
        return field.value if field is not None else None

    return (value(a.total), value(a.official), value(a.probationary), value(a.present), value(a.absent),
            [(x.name.value, x.reason.value if x.reason else None) for x in a.absentees])


# ------------------------------------------------------------------ the members delegates stand for are no roll

@pytest.mark.parametrize("line, present", [
    ("Tham dự Đại hội có 212 đại biểu chính thức đại diện cho trên 5.400 đảng viên trong toàn Đảng bộ.", 212),
    ("Dự đại hội có đồng chí Vi Thị Hằng, Phó Bí thư Huyện ủy và 187 đại biểu chính thức đại diện cho trên 2.650 "
     "đảng viên của Đảng bộ xã đã tham dự Đại hội.", 187),
    ("Về dự Đại hội có 143 đại biểu, tiêu biểu cho trên 1.100 đảng viên đang sinh hoạt tại 31 chi bộ.", 143),
])
def test_the_members_delegates_stand_for_are_not_the_roll(line, present):
    total, _, _, read, absent, _ = roll(NEWS, line)
    assert (total, read, absent) == (None, present, None)


@pytest.mark.parametrize("line, expected", [
    # near-misses: "trên tổng số" and "trong tổng số" are a roll
    ("Dự Đại hội có 146 đại biểu chính thức trên tổng số 150 đại biểu được triệu tập.", (150, 146, 4)),
    ("Có 118 đại biểu có mặt trong tổng số 120 đại biểu được triệu tập, vắng 2 đại biểu có lý do.", (120, 118, 2)),
])
def test_a_count_out_of_those_summoned_stays_a_roll(line, expected):
    total, _, _, present, absent, _ = roll(NEWS, line)
    assert (total, present, absent) == expected


@pytest.mark.parametrize("tail", [
    "Tỷ lệ hội viên trong tổng số hộ nông nghiệp đạt 87,4%.",
    "Tỷ lệ đảng viên trẻ trong tổng số đảng viên đạt 31,5%, tăng so với đầu nhiệm kỳ.",
    "Tổng số hộ nghèo giảm còn 46,2 hộ trên nghìn dân.",
])
def test_a_roll_never_counts_fewer_than_were_present(tail):
    got = roll("Đại hội Hội Nông dân huyện Mường Lạn lần thứ X\nCập nhật: 05/6/2023\n",
               "Trong hai ngày 3 và 4/6, Hội Nông dân huyện Mường Lạn tổ chức Đại hội lần thứ X. Tham dự có 160 đại "
               "biểu chính thức, đại diện cho hơn 12.300 hội viên trong toàn huyện. " + tail)
    assert got is None or got[0] is None or got[3] is None or got[0] >= got[3]
    assert got is None or got[4] is None or got[4] >= 0


# ------------------------------------------------------------------ a congress's delegates are no split of members

@pytest.mark.parametrize("line, expected", [
    ("Đại hội được triệu tập 150 đại biểu chính thức; có mặt 146 đại biểu, vắng 4 đại biểu có lý do.",
     (150, None, None, 146, 4)),
    ("Đại hội triệu tập 95 đại biểu chính thức, đại diện cho 1.320 đảng viên; có mặt 93 đại biểu, vắng 2.",
     (95, None, None, 93, 2)),
    ("Đại hội được triệu tập 121 vị đại biểu chính thức. Có mặt 118 đại biểu; vắng 03 đại biểu (có lý do).",
     (121, None, None, 118, 3)),
])
def test_summoned_delegates_are_the_roll_with_no_split(line, expected):
    assert roll(NEWS, line)[:5] == expected


@pytest.mark.parametrize("line, expected", [
    # near-misses: a chi bộ's members split as the roll keep their split
    ("Tổng số đảng viên: 20 đồng chí, trong đó chính thức 18, dự bị 2; có mặt 19 đồng chí, vắng 1 đồng chí.",
     (20, 18, 2, 19, 1)),
    ("- Tổng số đảng viên của chi bộ: 26 đồng chí (chính thức 23, dự bị 03).\n- Có mặt: 24 đồng chí.\n- Vắng: 02 đồng chí.",
     (26, 23, 3, 24, 2)),
    ("Chi bộ có 17 đảng viên (15 chính thức, 2 dự bị); có mặt 16 đồng chí, vắng 01.", (17, 15, 2, 16, 1)),
])
def test_members_split_as_the_roll_keep_their_split(line, expected):
    assert roll(CHI_BO, line)[:5] == expected


# ------------------------------------------------------------------ an ordinal is no count

@pytest.mark.parametrize("caption", [
    "Các đại biểu dự hội nghị Ban Chấp hành lần thứ 21 (mở rộng) khóa XXI.",
    "Đại biểu tham dự Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ huyện.",
    "Toàn cảnh các đại biểu dự hội nghị lần thứ 9, nhiệm kỳ 2020 - 2025.",
])
def test_an_ordinal_under_a_photo_is_no_roll(caption):
    head = "Hội nghị Ban Chấp hành Đảng bộ huyện Bảo Lâm\nCập nhật: 10/7/2019\n" \
           "Sáng 9/7, Ban Chấp hành Đảng bộ huyện Bảo Lâm tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm.\n"
    got = roll(head, caption)
    assert got is None or got[3] is None


def test_a_roll_beside_an_ordinal_is_read():
    # near-miss: the meeting's ordinal and its roll in one sentence
    assert roll(BCH_NEWS, "Hội nghị lần thứ 8 có 28/31 ủy viên Ban Chấp hành tham dự; 3 đồng chí vắng có lý do.")[:5] \
        == (31, None, None, 28, 3)


# ------------------------------------------------------------------ delegates sent to another level's congress

@pytest.mark.parametrize("line", [
    "Đại hội đã bầu đoàn đại biểu dự Đại hội Hội Nông dân tỉnh gồm 18 đồng chí.",
    "Đại hội cũng bầu đoàn đại biểu đi dự Đại hội Phụ nữ tỉnh lần thứ XIV gồm 12 đồng chí.",
    "Đại hội bầu 9 đại biểu chính thức đi dự Đại hội Đảng bộ huyện, trong đó có 2 đại biểu nữ tham dự.",
])
def test_delegates_elected_to_another_congress_did_not_sit_in_this_one(line):
    head = "Đại hội Hội Liên hiệp Phụ nữ huyện Vân Hồ\nCập nhật: 29/7/2021\nNgày 27 và 28/7, Hội Liên hiệp Phụ nữ " \
           "huyện Vân Hồ tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2021 - 2026. Gần 200 đại biểu tham dự đại hội.\n"
    got = roll(head, line)
    assert got is None or got[3] is None


def test_those_present_are_read_beside_the_delegates_sent_on():
    # near-miss: the count of those present in the lead, the delegates elected later
    got = roll(NEWS, "Tham dự Đại hội có 134 đại biểu chính thức.\nĐại hội bầu đoàn đại biểu đi dự Đại hội Đảng bộ "
                     "tỉnh gồm 7 đồng chí.")
    assert got[3] == 134


@pytest.mark.parametrize("line, expected", [
    # near-misses: this congress's own election is no other level's
    ("Tổng số đảng viên chính thức được triệu tập: 29 đồng chí. Có mặt lúc bầu cử: 27 đồng chí. Vắng mặt: 02 đồng chí.",
     (29, 27, 2)),
    ("Số đảng viên chính thức được triệu tập 24 đồng chí; có mặt tham gia bầu cử 23 đồng chí; vắng 01 đồng chí.",
     (24, 23, 1)),
    ("Tổng số đảng viên được triệu tập: 33 đồng chí; có mặt tại Đại hội để bầu cử: 31 đồng chí; vắng 2 đồng chí.",
     (33, 31, 2)),
])
def test_those_present_at_the_congress_own_election_are_its_roll(line, expected):
    head = CHI_BO.replace("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2025", "KIỂM PHIẾU BẦU CỬ CHI ỦY NHIỆM KỲ 2025 - 2027")
    total, _, _, present, absent, _ = roll(head, line)
    assert (total, present, absent) == expected


def test_a_guest_after_the_absence_clause_is_no_absentee():
    line = "Thành phần: Chi bộ có 18 đảng viên; có mặt 16 đồng chí, vắng 2 đồng chí có lý do; mời dự có đồng chí Cầm " \
           "Văn Hùng, Phó Bí thư Đảng ủy xã."
    assert roll(CHI_BO, line) == (18, None, None, 16, 2, [])


# ------------------------------------------------------------------ a fraction with no noun after it

@pytest.mark.parametrize("line, expected", [
    ("Tổng số đảng viên dự họp 15/15, tỷ lệ 100%.", (15, 15, 0)),
    ("Số đảng viên có mặt: 21/23; vắng 02 đồng chí có lý do.", (23, 21, 2)),
    ("Đảng viên dự sinh hoạt 18/20, đạt 90%.", (20, 18, 2)),
])
def test_a_bare_fraction_of_those_present_gives_the_roll(line, expected):
    total, _, _, present, absent, _ = roll(CHI_BO, line)
    assert (total, present, absent) == expected


# ------------------------------------------------------------------ the members, and those bound to attend

@pytest.mark.parametrize("line, total", [
    ("Số đảng viên của chi bộ: 27 đồng chí; miễn sinh hoạt 3 đồng chí; số phải dự họp 24 đồng chí; có mặt 22 đồng chí, "
     "vắng 2 đồng chí.", 27),
    ("Số đảng viên trong chi bộ là 41 đồng chí, trong đó 5 đồng chí được miễn sinh hoạt; số đảng viên phải dự 36 đồng "
     "chí; dự họp 33 đồng chí; vắng 3 đồng chí.", 41),
    ("Tổng số đảng viên: 30 đồng chí; được miễn sinh hoạt 2 đồng chí; phải có mặt 28 đồng chí; có mặt 26 đồng chí, "
     "vắng 2 đồng chí.", 30),
])
def test_the_members_are_the_roll_not_those_bound_to_attend(line, total):
    assert roll(CHI_BO, line)[0] == total


@pytest.mark.parametrize("line, total", [
    # near-misses: no membership told, and a congress's summoned roll
    ("Số đảng viên phải dự sinh hoạt: 25 đồng chí; có mặt 23 đồng chí, vắng 2 đồng chí.", 25),
    ("Chi bộ có 30 đảng viên, 27 đảng viên chính thức được triệu tập; có mặt 25 đồng chí, vắng 02.", 27),
])
def test_those_bound_to_attend_are_the_roll_where_no_membership_is_told(line, total):
    head = CHI_BO.replace("SINH HOẠT CHI BỘ THƯỜNG KỲ", "ĐẠI HỘI CHI BỘ") if "triệu tập" in line else CHI_BO
    assert roll(head, line)[0] == total


# ------------------------------------------------------------------ people named before "vắng"

@pytest.mark.parametrize("line, absentees", [
    ("Hội nghị có 27/29 ủy viên Ban Chấp hành tham dự; các đồng chí Lò Văn Sinh và Cầm Thị Hoa vắng vì đi học lớp "
     "bồi dưỡng.", [("Lò Văn Sinh", "đi học lớp bồi dưỡng"), ("Cầm Thị Hoa", "đi học lớp bồi dưỡng")]),
    ("Dự họp có 30/31 ủy viên; đồng chí Vi Văn Tám vắng do ốm.", [("Vi Văn Tám", "ốm")]),
    ("Dự hội nghị có 29/32 đồng chí ủy viên Ban Chấp hành; đồng chí Hà Văn Lợi, đồng chí Lương Thị Mai và đồng chí "
     "Nông Văn Bảy vắng có lý do.", [("Hà Văn Lợi", None), ("Lương Thị Mai", None), ("Nông Văn Bảy", None)]),
])
def test_people_named_before_the_absence_in_news(line, absentees):
    assert roll(BCH_NEWS, line)[5] == absentees


@pytest.mark.parametrize("line", [
    # near-misses: a guest, a speaker, people present
    "Dự hội nghị có 20/22 ủy viên; đồng chí Nguyễn Văn Khải, Phó Bí thư Thành ủy dự và chỉ đạo.",
    "Hội nghị có 31/31 ủy viên tham dự; đồng chí Lò Văn Sinh trình bày báo cáo.",
    "Dự hội nghị có 25/28 ủy viên Ban Chấp hành, vắng 3 đồng chí có lý do; mời dự có đồng chí Cầm Văn Hùng.",
])
def test_no_absentee_where_nobody_is_named_absent(line):
    assert roll(BCH_NEWS, line)[5] == []


# ------------------------------------------------------------------ a minutes' roll told in a sentence

BCH = "ĐẢNG BỘ HUYỆN MƯỜNG TÈ\nĐẢNG ỦY XÃ KA LĂNG\n*\nKa Lăng, ngày 05 tháng 3 năm 2025\nBIÊN BẢN\n" \
      "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 12\nThời gian: 8 giờ 00 phút, ngày 05/3/2025.\n" \
      "Địa điểm: Hội trường Đảng ủy xã.\nChủ trì: đồng chí Pờ Văn Sừ, Bí thư Đảng ủy.\nThư ký: đồng chí Lò Thị Hoa.\n"


@pytest.mark.parametrize("line, expected", [
    ("Hội nghị có 14/15 đồng chí Ủy viên Ban Chấp hành dự; đồng chí Lý Văn Tú vắng mặt có lý do.",
     (15, None, None, 14, 1, [("Lý Văn Tú", None)])),
    ("Thành phần: 13/15 đồng chí ủy viên Ban Chấp hành. Vắng: đồng chí Lý Văn Tú (đi học), đồng chí Chu Thị Sen (ốm). "
     "Mời dự: đồng chí Hà Văn Lộc, Phó Trưởng Ban Tổ chức Huyện ủy.",
     (15, None, None, 13, 2, [("Lý Văn Tú", "đi học"), ("Chu Thị Sen", "ốm")])),
    ("Đại biểu tham dự: Ủy viên Ban Chấp hành Đảng bộ xã: 14/15 đồng chí (vắng đồng chí Lý Văn Tú - đi công tác). "
     "Đại biểu mời: 20 đồng chí.", (15, None, None, 14, 1, [("Lý Văn Tú", "đi công tác")])),
])
def test_a_minutes_roll_told_in_a_sentence(line, expected):
    assert roll(BCH, line) == expected


@pytest.mark.parametrize("line", [
    # near-misses: a vote's count, guests, figures of the body's work
    "Hội nghị thảo luận và biểu quyết thông qua nghị quyết với 14/15 đồng chí ủy viên có mặt tán thành.",
    "Dự hội nghị có đồng chí Hà Văn Lộc, Phó Trưởng Ban Tổ chức Huyện ủy và 18 đồng chí bí thư chi bộ trực thuộc.",
    "Đảng bộ có 28/30 chi bộ hoàn thành tốt nhiệm vụ; kết nạp 12/15 đảng viên theo chỉ tiêu.",
])
def test_no_roll_from_a_vote_guests_or_the_body_work(line):
    total, _, _, present, _, _ = roll(BCH, line)
    assert (total, present) == (None, None)


def test_a_later_session_count_leaves_the_roll():
    line = "Thành phần: 14/15 đồng chí ủy viên Ban Chấp hành dự họp; vắng đồng chí Lý Văn Tú (đi học).\n" \
           "Buổi chiều có mặt 13/15 đồng chí."
    assert roll(BCH, line)[:5] == (15, None, None, 14, 1)


# ------------------------------------------------------------------ the members of the cell among those attending

CB_NEWS = "Chi bộ thôn Nà Sài sinh hoạt chuyên đề\nCập nhật: 06/3/2025\n" \
          "Tối 05/3, Chi bộ thôn Nà Sài, Đảng bộ xã Ka Lăng tổ chức sinh hoạt chuyên đề quý I.\n"


@pytest.mark.parametrize("line, present", [
    ("Tham dự có đồng chí Hà Văn Lộc, Phó Bí thư Đảng ủy xã cùng 27 đảng viên trong chi bộ.", 27),
    ("Buổi sinh hoạt có sự tham gia của 24 đảng viên của chi bộ và đồng chí Hà Văn Lộc, Đảng ủy viên phụ trách địa bàn.",
     24),
    ("Toàn bộ 19 đảng viên trong chi bộ đã tham dự đầy đủ.", 19),
])
def test_the_cell_members_among_those_attending(line, present):
    assert roll(CB_NEWS, line)[3] == present


@pytest.mark.parametrize("line", [
    # near-misses: guests, and the members told apart from who attended
    "Dự buổi sinh hoạt có đồng chí Hà Văn Lộc, Phó Bí thư Đảng ủy xã và 3 đồng chí lãnh đạo các đoàn thể.",
    "Chi bộ hiện có 29 đảng viên, trong đó 5 đảng viên trong chi bộ là nữ; tham dự có đồng chí Hà Văn Lộc.",
])
def test_no_cell_roll_from_guests_or_members_told_apart(line):
    got = roll(CB_NEWS, line)
    assert got is None or got[3] is None


# ------------------------------------------------------------------ the reason after a post and a colon

@pytest.mark.parametrize("lines, expected", [
    ("- Đồng chí Lý Văn Tú, Phó Bí thư: đi công tác tỉnh;\n- Đồng chí Chu Thị Sen, Chủ tịch Hội Phụ nữ: nghỉ ốm.",
     [("Lý Văn Tú", "đi công tác tỉnh"), ("Chu Thị Sen", "nghỉ ốm")]),
    ("+ Đ/c Lý Văn Tú, Chủ nhiệm Ủy ban Kiểm tra: dự tập huấn tại tỉnh\n+ Đ/c Chu Thị Sen, Văn phòng: nghỉ phép",
     [("Lý Văn Tú", "dự tập huấn tại tỉnh"), ("Chu Thị Sen", "nghỉ phép")]),
    ("- Ông Lý Văn Tú, Trưởng Công an xã: bận trực cao điểm;\n- Bà Chu Thị Sen, Phó Chủ tịch UBND xã: đi học.",
     [("Lý Văn Tú", "bận trực cao điểm"), ("Chu Thị Sen", "đi học")]),
])
def test_the_reason_after_a_post_and_a_colon(lines, expected):
    line = "Tổng số ủy viên Ban Chấp hành: 15 đồng chí; có mặt: 13 đồng chí; vắng mặt: 02 đồng chí, gồm:\n" + lines
    assert roll(BCH, line)[5] == expected


def test_a_post_told_after_a_colon_is_no_reason():
    # near-miss: the colon opens the post itself, capitalised
    line = "Tổng số ủy viên Ban Chấp hành: 15 đồng chí; có mặt: 14 đồng chí; vắng mặt: 01 đồng chí, gồm:\n" \
           "- Đồng chí Lý Văn Tú, chức vụ: Phó Chủ tịch UBND xã."
    assert roll(BCH, line)[5] == [("Lý Văn Tú", None)]


@pytest.mark.parametrize("line, expected", [
    # near-misses: a vote's count told with "dự" is no roll; the roll told before it stays
    ("Chi bộ có 26 đảng viên; 24 đồng chí chính thức được triệu tập dự Đại hội, có mặt 22 đồng chí.\n"
     "Đại hội biểu quyết thông qua Nghị quyết với sự nhất trí của 22/22 đảng viên dự.", (24, 22, 2)),
    ("Hội nghị có 27/29 ủy viên Ban Chấp hành tham dự.\nNghị quyết được thông qua với 100% (27/27) ủy viên dự.",
     (29, 27, 2)),
])
def test_a_vote_told_with_du_leaves_the_roll(line, expected):
    total, _, _, present, absent, _ = roll(BCH_NEWS, line)
    assert (total, present, absent) == expected


def test_a_vote_over_those_summoned_is_no_minutes_roll():
    # near-miss: no block reads the roll, and the only fraction is a vote's
    line = "Nghị quyết Đại hội: tán thành 24/25 đảng viên chính thức được triệu tập (trừ 3 đồng chí miễn sinh hoạt " \
           "vắng mặt), đạt 96,0%."
    total, _, _, present, _, _ = roll(CHI_BO.replace("SINH HOẠT CHI BỘ THƯỜNG KỲ", "ĐẠI HỘI CHI BỘ"), line)
    assert (total, present) == (None, None)


def test_the_cell_members_attending_then_the_roll_of_the_block():
    line = "Dự đại hội có đồng chí Hà Văn Lộc, Bí thư Đảng ủy xã và 33 đảng viên của chi bộ.\n" \
           "Chi bộ hiện có 36 đảng viên. Đại hội có 33 đảng viên có mặt, 3 đảng viên vắng có lý do."
    total, _, _, present, absent, _ = roll(CB_NEWS, line)
    assert (total, present, absent) == (36, 33, 3)
