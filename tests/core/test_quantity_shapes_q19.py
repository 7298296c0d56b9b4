"""Round 16 (q19): arithmetic slips missed on other authors' text, by mechanism (our own sentences, varied wording,
other domains; never a real page's or a held-out document's)."""

import pytest

from tests.helpers import loud, loud_on

# A change, the base it is against in brackets after "so với …", then its rate after "tương đương / tương ứng / tức
# là": the rate is the change over that base (derived-mismatch), not a share of the base.
RATE_AFTER_BASE = [
    ("Năm 2025, toàn xã có 2.460 hộ tham gia bảo hiểm y tế, tăng 260 hộ so với năm 2024 (2.200 hộ), tương đương "
     "14,8%.", "14,8"),
    ("Số vụ vi phạm về môi trường là 18 vụ, giảm 6 vụ so với cùng kỳ (24 vụ), tương ứng giảm 20%.", "20"),
    ("Thu ngân sách đạt 46,2 tỷ đồng, tăng 4,2 tỷ đồng so với năm trước (42 tỷ đồng), tức là tăng 12%.", "12"),
]
RATE_AFTER_BASE_RIGHT = [
    "Năm 2025, toàn xã có 2.460 hộ tham gia bảo hiểm y tế, tăng 260 hộ so với năm 2024 (2.200 hộ), tương đương 11,8%.",
    "Số vụ vi phạm về môi trường là 18 vụ, giảm 6 vụ so với cùng kỳ (24 vụ), tương ứng giảm 25%.",
    "Thu ngân sách đạt 46,2 tỷ đồng, tăng 4,2 tỷ đồng so với năm trước (42 tỷ đồng), tức là tăng 10%.",
    # the level's share of its plan after the bracket is no rate of the change
    "Năm 2025, toàn xã có 2.460 hộ tham gia bảo hiểm y tế, tăng 260 hộ so với năm 2024 (2.200 hộ), đạt 102,5% kế "
    "hoạch năm.",
]


@pytest.mark.parametrize("text, wrong", RATE_AFTER_BASE)
def test_rate_after_the_bracketed_base_of_a_change_is_checked(text, wrong):
    assert loud_on(text, "derived-mismatch", wrong + "%")


@pytest.mark.parametrize("text", RATE_AFTER_BASE_RIGHT)
def test_right_rate_after_the_bracketed_base_stays_silent(text):
    assert loud(text, "derived-mismatch") == [] and loud(text, "percent-mismatch") == []


# A change that writes its noun shorter than its level ("lượt" for "lượt người"), its earlier level in brackets after
# the period "so với" names: the change is the gap between the two levels.
SHORT_NOUN_CHANGE = [
    ("Năm 2025, Trung tâm Y tế khám cho 96.540 lượt người, tăng 8.300 lượt so với năm 2024 (86.240 lượt).", "8.300"),
    ("Quý III, Ban Tiếp công dân tiếp 412 lượt công dân, tăng 35 lượt so với cùng kỳ (367 lượt).", "35"),
    ("Năm nay cấp 1.245 thẻ bảo hiểm y tế, giảm 120 thẻ so với năm trước (1.385 thẻ).", "120"),
]
SHORT_NOUN_CHANGE_RIGHT = [
    "Năm 2025, Trung tâm Y tế khám cho 96.540 lượt người, tăng 10.300 lượt so với năm 2024 (86.240 lượt).",
    "Quý III, Ban Tiếp công dân tiếp 412 lượt công dân, tăng 45 lượt so với cùng kỳ (367 lượt).",
    # a level of the change's own noun as written comes first: the 420 here, not the 515 written with a longer noun
    "Quý I, các cơ quan đã tiếp 420 lượt/515 lượt người. So với cùng kỳ năm trước giảm 60 lượt tiếp, 75 lượt người "
    "(quý I năm 2024 đã tiếp 480 lượt/590 lượt người).",
    # the bracket picks some out, it is no earlier level
    "Quý III, Ban Tiếp công dân tiếp 412 lượt công dân, tăng 35 lượt so với cùng kỳ (trong đó 20 lượt đông người).",
]


@pytest.mark.parametrize("text, wrong", SHORT_NOUN_CHANGE)
def test_change_with_a_shorter_noun_is_the_gap_of_its_levels(text, wrong):
    assert loud_on(text, "derived-mismatch", wrong)


@pytest.mark.parametrize("text", SHORT_NOUN_CHANGE_RIGHT)
def test_right_change_with_a_shorter_noun_stays_silent(text):
    assert loud(text, "derived-mismatch") == []


# A stated total on a list line ("- Toàn xã có …"): the list marker is no word of its subject, so a count of the same
# noun picked out after it cannot pass it (a warning naming it).
MARKED_TOTAL = [
    ("- Toàn xã có 1.426 hộ; qua bình xét có 1.462 hộ đạt danh hiệu gia đình văn hóa.", "1.462 hộ"),
    ("+ Phường có 14 khu phố, đã có 16 khu phố được công nhận khu phố văn hóa.", "16 khu phố"),
    ("• Toàn huyện có 38 trường học. Qua kiểm tra, có 40 trường học đạt chuẩn xanh - sạch - đẹp.", "40 trường học"),
]
MARKED_TOTAL_RIGHT = [
    "- Toàn xã có 1.426 hộ; qua bình xét có 1.362 hộ đạt danh hiệu gia đình văn hóa.",
    "+ Phường có 14 khu phố, đã có 12 khu phố được công nhận khu phố văn hóa.",
    # another noun picked out: no part of the total
    "- Toàn xã có 1.426 hộ; qua bình xét có 1.562 người đạt danh hiệu lao động giỏi.",
]


@pytest.mark.parametrize("text, part", MARKED_TOTAL)
def test_part_above_a_total_on_a_list_line(text, part):
    found = loud_on(text, "part-exceeds-whole", part)
    assert found and "“-" not in found[0].message and "“+" not in found[0].message


@pytest.mark.parametrize("text", MARKED_TOTAL_RIGHT)
def test_part_within_a_total_on_a_list_line_stays_silent(text):
    assert loud(text, "part-exceeds-whole") == []


# A share, then its base named with several kinds of one unit joined by commas, then the ratio in brackets.
NAMED_KINDS_RATIO = [
    "Đến nay đã có 97,5% số thôn, bản, tổ dân phố có nhà văn hóa (117/122).",
    "Toàn tỉnh có 84,8% số trường mầm non, tiểu học đạt chuẩn quốc gia (191/216).",
    "Có 92,3% số xã, phường, thị trấn hoàn thành việc số hóa hồ sơ (36/38).",
]
NAMED_KINDS_RATIO_RIGHT = [
    "Đến nay đã có 95,9% số thôn, bản, tổ dân phố có nhà văn hóa (117/122).",
    "Toàn tỉnh có 88,4% số trường mầm non, tiểu học đạt chuẩn quốc gia (191/216).",
    "Có 94,7% số xã, phường, thị trấn hoàn thành việc số hóa hồ sơ (36/38).",
]


@pytest.mark.parametrize("text", NAMED_KINDS_RATIO)
def test_share_of_a_bracketed_ratio_after_a_base_of_several_kinds(text):
    assert loud(text, "percent-mismatch")


@pytest.mark.parametrize("text", NAMED_KINDS_RATIO_RIGHT)
def test_right_share_of_a_bracketed_ratio_after_a_base_of_several_kinds(text):
    assert loud(text, "percent-mismatch") == []


# "… làm rõ 83 vụ, với 174 đối tượng, đạt tỷ lệ …": the count joined by "với" is an aside; the share is of the count
# it is joined to, over the whole of that noun stated before it in the sentence (inferred: a warning naming it), the
# whole's own rate of change between them no share.
JOINED_ASIDE = [
    ("Trong năm tiếp nhận 120 vụ việc, đã giải quyết 104 vụ việc, với 131 người liên quan, đạt 80,7%.", "80,7%"),
    ("Năm 2025 phát hiện 48 vụ buôn lậu, đã xử lý 36 vụ, với 52 đối tượng, đạt tỷ lệ 80%.", "80%"),
    ("Toàn huyện xảy ra 30 vụ trộm cắp tài sản, tăng 10% so với năm trước; đã điều tra làm rõ 24 vụ, với 41 đối "
     "tượng, đạt 90%.", "90%"),
]
JOINED_ASIDE_RIGHT = [
    "Trong năm tiếp nhận 120 vụ việc, đã giải quyết 104 vụ việc, với 131 người liên quan, đạt 86,7%.",
    "Năm 2025 phát hiện 48 vụ buôn lậu, đã xử lý 36 vụ, với 52 đối tượng, đạt tỷ lệ 75%.",
    # no whole of the joined count's noun before it: nothing to measure
    "Năm 2025 đã xử lý 36 vụ buôn lậu, với 52 đối tượng, đạt tỷ lệ 90% kế hoạch.",
]


@pytest.mark.parametrize("text, wrong", JOINED_ASIDE)
def test_share_after_an_aside_joined_by_with(text, wrong):
    found = loud_on(text, "percent-mismatch", wrong)
    assert found and found[0].severity.value == "warning"


@pytest.mark.parametrize("text", JOINED_ASIDE_RIGHT)
def test_right_share_after_an_aside_joined_by_with_stays_silent(text):
    assert loud(text, "percent-mismatch") == []


# The two levels of a movement ("giảm từ … hộ, chiếm …% xuống còn … hộ, chiếm …%") are of two moments: each share is
# of its own moment's whole, so the two need not give one whole. Two counts of one moment still must.
MOVEMENT_SHARES = [
    "Số hộ nghèo giảm từ 1.240 hộ, chiếm 9,6% xuống còn 980 hộ, chiếm 7,9%.",
    "Số hộ cận nghèo tăng từ 412 hộ, chiếm 6,2% lên 468 hộ, chiếm 6,8%.",
    "Số lao động thiếu việc làm giảm từ 2.150 người, chiếm 4,3% xuống còn 1.720 người, chiếm 3,6%.",
]


@pytest.mark.parametrize("text", MOVEMENT_SHARES)
def test_shares_of_the_two_levels_of_a_movement_are_not_parallel(text):
    assert loud(text, "percent-mismatch") == []


def test_shares_of_one_moment_are_still_parallel():
    text = "Toàn xã còn 240 hộ nghèo, chiếm 3,2%; hộ cận nghèo là 310 hộ, chiếm 5,1%."
    assert loud_on(text, "percent-mismatch", "5,1%")


# "Tỷ lệ <noun> giảm …%" right after the sentence that moved the noun's count from one share to another: the change
# of the rate is the difference of the two shares (in points, or relative to the first).
RATE_CHANGE_OF_MOVEMENT = [
    ("Số hộ nghèo giảm từ 1.240 hộ, chiếm 9,6% xuống còn 980 hộ, chiếm 7,4%. Tỷ lệ hộ nghèo giảm 2,6% so với đầu "
     "năm.", "2,6"),
    ("Số hộ cận nghèo tăng từ 412 hộ, chiếm 6,2% lên 468 hộ, chiếm 6,9%. Như vậy, tỷ lệ hộ cận nghèo tăng 1,7%.", "1,7"),
    ("Năm 2025, số lao động thiếu việc làm giảm từ 2.150 người, chiếm 4,3% xuống còn 1.720 người, chiếm 3,6%. Tỷ lệ "
     "lao động thiếu việc làm giảm 1,7%.", "1,7"),
]
RATE_CHANGE_OF_MOVEMENT_RIGHT = [
    "Số hộ nghèo giảm từ 1.240 hộ, chiếm 9,6% xuống còn 980 hộ, chiếm 7,4%. Tỷ lệ hộ nghèo giảm 2,2% so với đầu năm.",
    # relative to the first rate
    "Số hộ nghèo giảm từ 1.240 hộ, chiếm 9,6% xuống còn 980 hộ, chiếm 7,4%. Tỷ lệ hộ nghèo giảm 22,9% so với đầu năm.",
    "Số hộ cận nghèo tăng từ 412 hộ, chiếm 6,2% lên 468 hộ, chiếm 6,9%. Như vậy, tỷ lệ hộ cận nghèo tăng 0,7%.",
    # the rate of another thing
    "Số hộ nghèo giảm từ 1.240 hộ, chiếm 9,6% xuống còn 980 hộ, chiếm 7,4%. Tỷ lệ lao động qua đào tạo tăng 2,6%.",
]


@pytest.mark.parametrize("text, wrong", RATE_CHANGE_OF_MOVEMENT)
def test_change_of_a_rate_after_its_movement(text, wrong):
    assert loud_on(text, "derived-mismatch", wrong + "%")


@pytest.mark.parametrize("text", RATE_CHANGE_OF_MOVEMENT_RIGHT)
def test_right_change_of_a_rate_after_its_movement_stays_silent(text):
    assert loud(text, "derived-mismatch") == []


# "gồm", "bao gồm", "chia ra" with no colon, the list going on past its first ";": the list read whole, which must
# add up to the whole (as after "gồm:"); a clause of another act after the ";" ends it.
SEMICOLON_LIST = [
    ("Trong kỳ tiếp nhận 52 đơn, gồm 30 đơn kiến nghị, phản ánh; 14 đơn khiếu nại; 6 đơn tố cáo.", "52 đơn"),
    ("Năm 2025 Hội kết nạp 86 hội viên, chia ra 40 hội viên khối nông thôn; 28 hội viên khối đô thị; 14 hội viên "
     "khối doanh nghiệp.", "86 hội viên"),
    ("Tổ chức 18 cuộc kiểm tra, bao gồm 10 cuộc kiểm tra thường xuyên; 6 cuộc kiểm tra chuyên đề; 4 cuộc kiểm tra "
     "đột xuất.", "18 cuộc"),
]
SEMICOLON_LIST_RIGHT = [
    "Trong kỳ tiếp nhận 52 đơn, gồm 32 đơn kiến nghị, phản ánh; 14 đơn khiếu nại; 6 đơn tố cáo.",
    "Năm 2025 Hội kết nạp 86 hội viên, chia ra 44 hội viên khối nông thôn; 28 hội viên khối đô thị; 14 hội viên "
    "khối doanh nghiệp.",
    # another act after the ";": no more of the list
    "Trong kỳ tiếp nhận 52 đơn, gồm 30 đơn kiến nghị; 14 đơn khiếu nại; đã giải quyết 41 đơn.",
]


@pytest.mark.parametrize("text, whole", SEMICOLON_LIST)
def test_list_after_gom_past_semicolons_adds_up(text, whole):
    assert loud_on(text, "sum-mismatch", whole)


@pytest.mark.parametrize("text", SEMICOLON_LIST_RIGHT)
def test_list_after_gom_past_semicolons_that_adds_up_stays_silent(text):
    assert loud(text, "sum-mismatch") == []


# When the change itself is no gap of its two levels, the rate after the bracketed base may be the levels' own: only
# the change is the slip (one finding, not two).
CHANGE_SLIP_RATE_OF_LEVELS = [
    ("Tổng thu ngân sách xã đạt 3.482 triệu đồng, tăng 418 triệu đồng so với cùng kỳ năm 2018 (3.092 triệu đồng), "
     "tương ứng tăng 12,6%.", "418", "12,6"),
    ("Năm 2025 có 1.936 người tham gia bảo hiểm xã hội tự nguyện, tăng 421 người so với năm 2024 (1.524 người), "
     "tương đương 27,0%.", "421", "27,0"),
    ("Số vụ vi phạm là 18 vụ, giảm 4 vụ so với cùng kỳ (24 vụ), tương ứng giảm 25%.", "4 vụ", "25"),
]


@pytest.mark.parametrize("text, change, rate", CHANGE_SLIP_RATE_OF_LEVELS)
def test_a_slip_in_the_change_leaves_the_rate_of_the_levels_alone(text, change, rate):
    assert loud_on(text, "derived-mismatch", change)
    assert loud_on(text, "derived-mismatch", rate + "%") == []


# The items a breakdown lists are no level a later change is told of: "Kết quả này tăng …" is of the whole.
BREAKDOWN_THEN_CHANGE = [
    "Năm 2025 có 640 hộ đạt danh hiệu sản xuất giỏi, gồm: cấp huyện 52 hộ, cấp xã 588 hộ. Kết quả này tăng 40 hộ so "
    "với năm 2024 (600 hộ).",
    "Toàn huyện kết nạp 86 hội viên, gồm: khối xã 60 hội viên, khối cơ quan 26 hội viên. Số này tăng 11 hội viên so "
    "với năm trước (75 hội viên).",
]


@pytest.mark.parametrize("text", BREAKDOWN_THEN_CHANGE)
def test_a_change_after_a_breakdown_is_of_its_whole(text):
    assert loud(text, "derived-mismatch") == []
    wrong = text.replace("tăng 40 hộ", "tăng 45 hộ").replace("tăng 11 hội viên", "tăng 16 hội viên")
    assert loud(wrong, "derived-mismatch")


# A share told as a bound ("đạt hơn 75,3%", "đạt gần 90%", "chiếm trên 95%") is still a share of its whole: wrong
# only when the true share lies on the wrong side of the bound (a warning).
HEDGED_SHARE = [
    ("Toàn huyện hiện có 25.784 hội viên, trong đó có 18.424 hội viên tham gia sinh hoạt thường xuyên, đạt hơn 75,3%.",
     "75,3%"),
    ("Toàn tỉnh có 168 trong tổng số 178 xã được công nhận đạt chuẩn nông thôn mới, đạt gần 90%.", "90%"),
    ("Xã có 1.240 hộ, trong đó 1.150 hộ đạt gia đình văn hóa, chiếm trên 95%.", "95%"),
]
HEDGED_SHARE_RIGHT = [
    "Toàn huyện hiện có 25.784 hội viên, trong đó có 18.424 hội viên tham gia sinh hoạt thường xuyên, đạt hơn 71%.",
    "Toàn tỉnh có 160 trong tổng số 178 xã được công nhận đạt chuẩn nông thôn mới, đạt gần 90%.",
    "Xã có 1.240 hộ, trong đó 1.150 hộ đạt gia đình văn hóa, chiếm trên 92%.",
    # a change is no part of the share after it: the level's share of a total not stated
    "Cả nước có 249 huyện được công nhận đạt chuẩn, tăng 36 huyện so với cuối năm trước và chiếm khoảng 38,7% tổng "
    "số huyện.",
    # growth, not a share
    "Toàn huyện có 1.240 hộ sản xuất giỏi, tăng hơn 12% so với năm trước.",
]


@pytest.mark.parametrize("text, wrong", HEDGED_SHARE)
def test_a_share_told_as_a_bound_is_checked_against_it(text, wrong):
    found = loud_on(text, "percent-mismatch", wrong)
    assert found and found[0].severity.value == "warning"


@pytest.mark.parametrize("text", HEDGED_SHARE_RIGHT)
def test_a_share_told_as_a_bound_that_holds_stays_silent(text):
    assert loud(text, "percent-mismatch") == [] and loud(text, "derived-mismatch") == []


# "vượt X% <plan> (<figure>)" with a result below the plan; a plan whose year is named before its figure.
TARGET_CLAIMS = [
    "Thu ngân sách trên địa bàn đạt 126,4 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng).",
    "Trong năm kết nạp 56 hội viên mới, vượt 12% kế hoạch (60 hội viên).",
    "Giá trị sản xuất công nghiệp đạt 812 tỷ đồng, vượt 4% kế hoạch năm (850 tỷ đồng).",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%, chỉ tiêu Nghị quyết năm 2023 là 93%, đã hoàn thành chỉ tiêu "
    "Nghị quyết.",
    "Tỷ lệ lao động qua đào tạo đạt 66,5%; chỉ tiêu kế hoạch năm 2025 là 70%, như vậy đã đạt chỉ tiêu.",
]
TARGET_CLAIMS_RIGHT = [
    "Thu ngân sách trên địa bàn đạt 141,1 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng).",
    "Trong năm kết nạp 67 hội viên mới, vượt 12% kế hoạch (60 hội viên).",
    "Tỷ lệ che phủ rừng đạt 46,5%, chỉ tiêu Nghị quyết năm 2025 là 45%, đã hoàn thành chỉ tiêu.",
    "Tỷ lệ lao động qua đào tạo đạt 66,5%; chỉ tiêu kế hoạch năm 2025 là 70%, chưa đạt chỉ tiêu.",
]


@pytest.mark.parametrize("text", TARGET_CLAIMS)
def test_a_claim_the_figures_contradict(text):
    assert loud(text, "target-status-mismatch")


@pytest.mark.parametrize("text", TARGET_CLAIMS_RIGHT)
def test_a_claim_the_figures_bear_out_stays_silent(text):
    assert loud(text, "target-status-mismatch") == []


# A candidate's votes, written right after their name or in a vote table's row with no share, are some of the valid
# ballots: more than them is a vote-mismatch (as three dev authors of four mark it).
VOTES_ABOVE_BALLOTS = [
    ("Số phiếu phát ra 28, thu vào 28, hợp lệ 28. Kết quả: đồng chí Lê Minh Tâm 26 phiếu; đồng chí Vũ Thị Lan 29 phiếu.",
     "29"),
    ("- Số phiếu thu vào: 41 phiếu.\n- Số phiếu hợp lệ: 40 phiếu.\nKết quả bầu: bà Đinh Thị Thu Trang 38 phiếu, ông Hà "
     "Văn Lộc 42 phiếu.", "42"),
    ("- Số phiếu hợp lệ: 23 phiếu.\nKết quả số phiếu bầu cho từng đồng chí:\nTT\tHọ và tên\tSố phiếu\n1\tPhạm Văn Đông\t"
     "21\n2\tNgô Thị Mai\t25\n3\tLý Văn Sơn\t14", "25"),
]
VOTES_WITHIN_BALLOTS = [
    "Số phiếu phát ra 28, thu vào 28, hợp lệ 28. Kết quả: đồng chí Lê Minh Tâm 26 phiếu; đồng chí Vũ Thị Lan 24 phiếu.",
    "- Số phiếu hợp lệ: 23 phiếu.\nKết quả số phiếu bầu cho từng đồng chí:\nTT\tHọ và tên\tSố phiếu\n1\tPhạm Văn Đông\t"
    "21\n2\tNgô Thị Mai\t22\n3\tLý Văn Sơn\t14",
    # a body's ballots, no candidate's
    "Số phiếu phát ra 28, thu vào 28, hợp lệ 28. Ban Chấp hành 30 phiếu đề cử.",
]


@pytest.mark.parametrize("text, votes", VOTES_ABOVE_BALLOTS)
def test_votes_above_the_valid_ballots(text, votes):
    assert loud_on(text, "vote-mismatch", votes)


@pytest.mark.parametrize("text", VOTES_WITHIN_BALLOTS)
def test_votes_within_the_valid_ballots_stay_silent(text):
    assert loud(text, "vote-mismatch") == [] and loud(text, "part-exceeds-whole") == []


def test_an_excess_after_another_periods_figure_is_not_read_below_its_plan():
    # the level "vượt" is of is not written (1,3 × 2.850 ≈ 3.705): the bracket holds the year compared with
    text = "Số học viên năm 2025 gấp 1,3 lần năm 2024 (2.850 người) và vượt 5,9% kế hoạch (3.500 người)."
    assert loud(text, "target-status-mismatch") == []
