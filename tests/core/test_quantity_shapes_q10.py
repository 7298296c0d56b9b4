"""Shapes of round nine (q10: relations across sentences and paragraphs on real phrasing), sentences
of our own in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import findings

# ---------------------------------------------------------------- a share whose base was stated a paragraph before,
# the base written as "P trong tổng số W <noun>" or by the noun's acronym


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024, toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá chất lượng.\n"
     "Qua đánh giá, có 190 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 84,6%.", "84,6%"),
    ("Đảng bộ phường có 36 chi bộ trực thuộc, trong năm có 35 trong tổng số 36 chi bộ được kiểm điểm.\n"
     "Kết quả, 29 chi bộ hoàn thành tốt nhiệm vụ, chiếm 78,4%.", "78,4%"),
    ("Toàn tỉnh có 1.250 hợp tác xã (HTX) đang hoạt động.\n"
     "Trong năm, có 830 HTX hoạt động có hiệu quả, đạt 62,4%.", "62,4%"),
])
def test_a_share_of_a_base_stated_a_paragraph_before(text, wrong):
    found = findings(text, "percent-mismatch")
    assert any(wrong in f.text and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024, toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá chất lượng.\n"
    "Qua đánh giá, có 190 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 89,6%.",
    # the share is of the whole count, not of those assessed: either base explains it
    "Năm 2024, toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá chất lượng.\n"
    "Qua đánh giá, có 190 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 86,4%.",
    "Đảng bộ phường có 36 chi bộ trực thuộc, trong năm có 35 trong tổng số 36 chi bộ được kiểm điểm.\n"
    "Kết quả, 29 chi bộ hoàn thành tốt nhiệm vụ, chiếm 82,9%.",
    "Toàn tỉnh có 1.250 hợp tác xã (HTX) đang hoạt động.\n"
    "Trong năm, có 830 HTX hoạt động có hiệu quả, đạt 66,4%.",
    # another noun: no base of its own
    "Toàn tỉnh có 1.250 hợp tác xã nông nghiệp đang hoạt động.\n"
    "Trong năm, có 830 hộ dân tham gia liên kết sản xuất, đạt 62,4%.",
])
def test_a_share_that_fits_one_base_before_stays_silent(text):
    assert not findings(text, "percent-mismatch")


# ---------------------------------------------------------------- badge levels (Huy hiệu N năm tuổi Đảng) after the
# count of members given the badge: in its sentence, the next sentence or the next paragraphs


@pytest.mark.parametrize("text, wrong, severity", [
    ("Chi bộ đã trao Huy hiệu Đảng cho 7 đảng viên, trong đó: Huy hiệu 60 năm tuổi Đảng có 1 đồng chí; Huy hiệu 40 "
     "năm tuổi Đảng có 2 đồng chí; Huy hiệu 30 năm tuổi Đảng có 5 đồng chí.", "7 đảng viên", "error"),
    ("Sáng 3/2, Đảng bộ phường Hòa Bình trao tặng Huy hiệu Đảng cho 15 đảng viên.\n"
     "Theo đó, 3 đảng viên nhận Huy hiệu 55 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 45 năm tuổi Đảng, 6 đảng viên "
     "nhận Huy hiệu 40 năm và 3 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.", "15 đảng viên", "warning"),
    ("Đợt 7/11, toàn Đảng bộ có 120 đảng viên được trao tặng Huy hiệu Đảng. Trong đó, 20 đồng chí nhận Huy hiệu "
     "50 năm; 35 đồng chí nhận Huy hiệu 40 năm; 60 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.", "120 đảng viên",
     "warning"),
])
def test_badge_levels_must_add_up_to_the_members_given_the_badge(text, wrong, severity):
    found = findings(text, "sum-mismatch")
    assert any(wrong in f.text and f.severity.value == severity for f in found), found


@pytest.mark.parametrize("text", [
    "Chi bộ đã trao Huy hiệu Đảng cho 8 đảng viên, trong đó: Huy hiệu 60 năm tuổi Đảng có 1 đồng chí; Huy hiệu 40 "
    "năm tuổi Đảng có 2 đồng chí; Huy hiệu 30 năm tuổi Đảng có 5 đồng chí.",
    "Sáng 3/2, Đảng bộ phường Hòa Bình trao tặng Huy hiệu Đảng cho 16 đảng viên.\n"
    "Theo đó, 3 đảng viên nhận Huy hiệu 55 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 45 năm tuổi Đảng, 6 đảng viên "
    "nhận Huy hiệu 40 năm và 3 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.",
    # some levels picked out ("trong đó có"): fewer than the count, two levels, silent
    "Đảng bộ trao Huy hiệu Đảng cho 42 đảng viên, trong đó có 2 đồng chí nhận Huy hiệu 70 năm và 3 đồng chí nhận "
    "Huy hiệu 65 năm tuổi Đảng.",
    # posthumous awards are a group of their own
    "Đảng bộ trao Huy hiệu Đảng cho 5 đảng viên và truy tặng cho 2 trường hợp. Cụ thể: 2 đảng viên nhận Huy hiệu 50 "
    "năm, 3 đảng viên nhận Huy hiệu 30 năm; truy tặng Huy hiệu 40 năm cho 1 trường hợp, Huy hiệu 30 năm cho 1 "
    "trường hợp.",
    # the levels of two units, one after the other: not one breakdown
    "Trao Huy hiệu Đảng cho 6 đảng viên. Chi bộ thôn 1 có 2 đồng chí nhận Huy hiệu 30 năm, 1 đồng chí nhận Huy hiệu "
    "40 năm; Chi bộ thôn 2 có 2 đồng chí nhận Huy hiệu 30 năm, 2 đồng chí nhận Huy hiệu 40 năm.",
    # a count of members between the count given the badge and the levels: the levels are of it
    "Năm 2024, Đảng bộ đã trao Huy hiệu Đảng cho 125 đảng viên; riêng đợt 7/11 có 12 đồng chí: 2 đồng chí nhận Huy "
    "hiệu 60 năm, 4 đồng chí nhận Huy hiệu 50 năm, 6 đồng chí nhận Huy hiệu 30 năm.",
    # the guests of the ceremony are not the members given the badge
    "Dự lễ trao Huy hiệu Đảng có 40 đại biểu. Có 3 đảng viên nhận Huy hiệu 50 năm và 4 đảng viên nhận Huy hiệu 40 "
    "năm tuổi Đảng.",
])
def test_badge_levels_that_fit_or_are_not_a_breakdown_stay_silent(text):
    assert not findings(text, "sum-mismatch")


# ---------------------------------------------------------------- a change against an earlier period whose two levels
# are stated apart from it: the current level before it, the earlier one in a bracket after it or a sentence before


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024, Ban Tiếp công dân huyện tiếp nhận 312 đơn, so với năm trước giảm 45 đơn (năm 2023 tiếp nhận 347 đơn).",
     "45"),
    ("Qua rà soát, có 86 hộ nghèo thuộc diện hỗ trợ, so với cùng kỳ năm trước tăng 19 hộ nghèo (6 tháng đầu năm 2024 "
     "có 76 hộ nghèo).", "19"),
    ("Năm 2023, toàn huyện đã kết nạp 214 đảng viên. Năm 2024, toàn huyện kết nạp 236 đảng viên (tăng 32 đảng viên so "
     "với năm 2023).", "32"),
])
def test_a_change_against_levels_stated_apart(text, wrong):
    found = findings(text, "derived-mismatch")
    assert any(f.text == wrong and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024, Ban Tiếp công dân huyện tiếp nhận 312 đơn, so với năm trước giảm 35 đơn (năm 2023 tiếp nhận 347 đơn).",
    "Qua rà soát, có 86 hộ nghèo thuộc diện hỗ trợ, so với cùng kỳ năm trước tăng 10 hộ nghèo (6 tháng đầu năm 2024 "
    "có 76 hộ nghèo).",
    "Năm 2023, toàn huyện đã kết nạp 214 đảng viên. Năm 2024, toàn huyện kết nạp 236 đảng viên (tăng 22 đảng viên so "
    "với năm 2023).",
    # "cùng kỳ năm 2023" is the same months of that year, not the year's figure stated before
    "Năm 2023, toàn tỉnh có 1.250.000 lượt khám bệnh. 5 tháng đầu năm 2024 có 563.000 lượt khám bệnh, tăng 31.000 "
    "lượt khám bệnh so với cùng kỳ năm 2023.",
    # the bracket after the level is its breakdown, not the earlier period's level
    "Trong năm tiếp nhận 1.536 đơn (tồn kỳ trước 40 đơn, mới 1.496 đơn), so với cùng kỳ năm trước tăng 131 đơn "
    "(năm 2023 tiếp nhận 1.405 đơn).",
    # two figures of the earlier year: which one is unknown, silent
    "Năm 2023 kết nạp 214 đảng viên, năm 2023 chuyển chính thức 190 đảng viên. Năm 2024 kết nạp 236 đảng viên (tăng "
    "30 đảng viên so với năm 2023).",
])
def test_a_change_that_fits_or_has_no_single_earlier_level_stays_silent(text):
    assert not findings(text, "derived-mismatch")


# ---------------------------------------------------------------- shares of one whole the text does not state: each
# count over its share gives about the same whole


@pytest.mark.parametrize("text, wrong", [
    ("Cuối năm 2024, toàn huyện còn 1.240 hộ nghèo, chiếm tỷ lệ 4,86%; hộ cận nghèo là 980 hộ, chiếm tỷ lệ 4,48%.",
     "4,48%"),
    ("Về cơ cấu, hộ trồng lúa là 12.400 hộ chiếm 62%; hộ chăn nuôi là 5.500 hộ chiếm 31%; hộ làm dịch vụ là 2.100 hộ "
     "chiếm 10,5%.", "31%"),
    ("Trong số đảng viên của Đảng bộ, có 412 đồng chí là nữ, chiếm 41,2%, 305 đồng chí là đoàn viên thanh niên, "
     "chiếm 35,5%, 88 đồng chí là người dân tộc thiểu số, chiếm 8,8%.", "35,5%"),
])
def test_shares_of_one_unstated_whole_must_agree(text, wrong):
    found = findings(text, "percent-mismatch")
    assert any(f.text == wrong and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Cuối năm 2024, toàn huyện còn 1.240 hộ nghèo, chiếm tỷ lệ 4,86%; hộ cận nghèo là 980 hộ, chiếm tỷ lệ 3,84%.",
    "Về cơ cấu, hộ trồng lúa là 12.400 hộ chiếm 62%; hộ chăn nuôi là 5.500 hộ chiếm 27,5%; hộ làm dịch vụ là 2.100 "
    "hộ chiếm 10,5%.",
    # a share cut rather than rounded at its last digit still gives the same whole
    "Toàn xã còn 96 hộ nghèo, chiếm 3,14%; hộ cận nghèo 71 hộ, chiếm 2,32%.",
    # shares of two plans ("đạt"), not of one whole
    "Kết nạp 52 đảng viên, đạt 104% kế hoạch; chuyển chính thức 40 đảng viên, đạt 95% kế hoạch.",
    # two classes: members and households are shares of two wholes
    "Có 412 đảng viên nữ, chiếm 41,2%; có 980 hộ cận nghèo, chiếm 4,48%.",
])
def test_shares_that_agree_or_are_of_other_wholes_stay_silent(text):
    assert not findings(text, "percent-mismatch")


# ---------------------------------------------------------------- a news headline's change told again in the body


@pytest.mark.parametrize("text, wrong", [
    ("Huyện Nam Trà My giảm 412 hộ nghèo\nNăm 2024, huyện tập trung thực hiện các chương trình mục tiêu quốc gia. "
     "Kết quả, toàn huyện giảm 421 hộ nghèo, tỷ lệ hộ nghèo còn 38,2%.", "421 hộ nghèo"),
    ("Xã Tân Lập tăng 35 hộ khá, giàu trong năm\nTheo báo cáo của UBND xã, năm 2024 toàn xã tăng 53 hộ khá, giàu so "
     "với năm trước nhờ phát triển kinh tế vườn.", "53 hộ khá"),
    ("Đảng bộ phường Bình Minh tăng 18 đảng viên\nSau một năm thực hiện nghị quyết, số đảng viên của Đảng bộ tăng 16 "
     "đảng viên, đạt chỉ tiêu đề ra.", "16 đảng viên"),
])
def test_a_headline_change_told_again_in_the_body(text, wrong):
    found = findings(text, "figure-inconsistent")
    assert any(f.text == wrong for f in found), found


@pytest.mark.parametrize("text", [
    "Huyện Nam Trà My giảm 412 hộ nghèo\nNăm 2024, huyện tập trung thực hiện các chương trình mục tiêu quốc gia. "
    "Kết quả, toàn huyện giảm 412 hộ nghèo, tỷ lệ hộ nghèo còn 38,2%.",
    # the other way, or another noun: another figure
    "Xã Tân Lập tăng 35 hộ khá, giàu trong năm\nTheo báo cáo của UBND xã, năm 2024 toàn xã giảm 12 hộ nghèo và "
    "tăng 35 hộ khá, giàu so với năm trước.",
    "Đảng bộ phường Bình Minh tăng 18 đảng viên\nSau một năm, Đảng bộ tăng 3 chi bộ trực thuộc và tăng 18 đảng viên.",
    # the body's changes of that noun differ among themselves (per unit): which one the headline sums up is unknown
    "Toàn huyện giảm 300 hộ nghèo\nXã A giảm 120 hộ nghèo. Xã B giảm 95 hộ nghèo. Xã C giảm 85 hộ nghèo.",
])
def test_a_headline_change_that_fits_or_is_another_stays_silent(text):
    assert not findings(text, "figure-inconsistent")


# ---------------------------------------------------------------- a paragraph opened by "Trong đó": its shares are of
# the last count of their noun in the paragraph before, even after a long description


@pytest.mark.parametrize("text, wrong", [
    ("Đại hội đã hiệp thương cử Ủy ban Mặt trận Tổ quốc huyện khóa mới gồm 64 vị.\nTrong đó, 22 vị là đại diện các "
     "tổ chức thành viên, các dân tộc, tôn giáo, nhân sĩ, trí thức tiêu biểu trên địa bàn huyện, chiếm 38%.", "38%"),
    ("Năm 2024, toàn Đảng bộ kết nạp được 84 đảng viên.\nTrong đó, có 51 đảng viên là đoàn viên thanh niên, chiếm "
     "65,7%.", "65,7%"),
    ("Ban Chấp hành Hội Nông dân xã khóa mới có 25 ủy viên.\nTrong số đó, 9 ủy viên là nữ, chiếm 32%.", "32%"),
])
def test_shares_of_a_paragraph_opened_by_those_of_the_count_before(text, wrong):
    found = findings(text, "percent-mismatch")
    assert any(f.text == wrong and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Đại hội đã hiệp thương cử Ủy ban Mặt trận Tổ quốc huyện khóa mới gồm 64 vị.\nTrong đó, 22 vị là đại diện các "
    "tổ chức thành viên, các dân tộc, tôn giáo, nhân sĩ, trí thức tiêu biểu trên địa bàn huyện, chiếm 34,4%.",
    "Năm 2024, toàn Đảng bộ kết nạp được 84 đảng viên.\nTrong đó, có 51 đảng viên là đoàn viên thanh niên, chiếm "
    "60,7%.",
    "Ban Chấp hành Hội Nông dân xã khóa mới có 25 ủy viên.\nTrong số đó, 9 ủy viên là nữ, chiếm 36%.",
    # another noun before: no base for it
    "Năm 2024, toàn Đảng bộ có 42 chi bộ.\nTrong đó, có 51 đảng viên là đoàn viên thanh niên, chiếm 65,7%.",
    # "vị trí" counts posts, not persons ("vị")
    "Hội nghị có 12 vị đại biểu khách mời.\nTrong đó, 5 vị trí việc làm dành cho lao động nữ, chiếm 30%.",
    "Huyện có 12 vị trí việc làm mới.\nTrong đó, 5 vị trí dành cho lao động nữ, chiếm 41,7%.",
])
def test_shares_of_those_that_fit_or_have_no_base_stay_silent(text):
    assert not findings(text, "percent-mismatch")


# ---------------------------------------------------------------- a ratio and its share after a semicolon written
# for a comma


@pytest.mark.parametrize("text, wrong", [
    ("6 tháng đầu năm, toàn xã có 1.212/1.305 hộ gia đình đăng ký danh hiệu gia đình văn hóa; đạt 29%.", "29%"),
    ("Đến nay đã có 42/48 chi bộ tổ chức sinh hoạt chuyên đề; đạt tỷ lệ 78,5%.", "78,5%"),
    ("Toàn huyện có 15/19 xã đạt chuẩn nông thôn mới; chiếm 87%.", "87%"),
])
def test_a_ratio_then_its_share_after_a_semicolon(text, wrong):
    found = findings(text, "percent-mismatch")
    assert any(f.text == wrong for f in found), found


@pytest.mark.parametrize("text", [
    "6 tháng đầu năm, toàn xã có 1.212/1.305 hộ gia đình đăng ký danh hiệu gia đình văn hóa; đạt 92,9%.",
    "Đến nay đã có 42/48 chi bộ tổ chức sinh hoạt chuyên đề; đạt tỷ lệ 87,5%.",
    # the share of a plan after the semicolon: not of the ratio
    "Toàn huyện có 15/19 xã đạt chuẩn nông thôn mới; đạt 107% kế hoạch năm.",
    # another clause with its own number between
    "Có 42/48 chi bộ sinh hoạt chuyên đề; 30 chi bộ đã sơ kết, đạt 62,5%.",
])
def test_a_ratio_and_a_share_that_fit_or_are_apart_stay_silent(text):
    assert not findings(text, "percent-mismatch")


# ---------------------------------------------------------------- members exempt from meetings are a presence level:
# a count of them is no whole of those absent and present after it


@pytest.mark.parametrize("text", [
    "Tại hội nghị, có 1 đồng chí miễn sinh hoạt, 2 đồng chí vắng mặt, có mặt 14 đồng chí.",
    "Buổi sinh hoạt có 2 đồng chí miễn sinh hoạt, 1 đồng chí vắng, có mặt 21 đồng chí.",
    "Chi bộ có 17 đảng viên, 1 đồng chí miễn sinh hoạt, 2 đồng chí vắng mặt, có mặt 14 đồng chí.",
])
def test_an_exempt_count_is_no_whole_of_the_levels_after_it(text):
    assert not [f for f in analyze(text).findings if f.severity.value == "error"]


@pytest.mark.parametrize("text, wrong", [
    ("Chi bộ có 17 đảng viên, 1 đồng chí miễn sinh hoạt, 2 đồng chí vắng mặt, có mặt 15 đồng chí.", "17"),
    ("Chi bộ có 24 đảng viên, 2 đồng chí miễn sinh hoạt, 1 đồng chí vắng, có mặt 20 đồng chí.", "24"),
    ("Tổng số đảng viên của chi bộ là 31 đồng chí, miễn sinh hoạt 3 đồng chí, vắng 2 đồng chí, có mặt 27 đồng chí.",
     "31"),
])
def test_exempt_absent_and_present_add_up_to_the_members(text, wrong):
    found = [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]
    assert any(f.text.startswith(wrong) for f in found), found


# ---------------------------------------------------------------- a breakdown closed by "the rest" ("còn lại",
# "khác") after "Trong đó" adds up to the last count of its noun before, in its paragraph or the one before


@pytest.mark.parametrize("text, wrong", [
    ("Huyện giao chỉ tiêu thu ngân sách cho 16 xã, thị trấn.\nĐến hết quý II, toàn huyện thu được 2,1 tỷ đồng. Trong "
     "đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ 50% đến 60%, 8 xã còn lại thu dưới 50%.", "8 xã"),
    ("Năm 2024, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới.\nTrong đó, có 5 xã thuộc huyện Kim Thành. 5 xã khác "
     "thuộc huyện Ninh Giang.", "5 xã khác"),
    ("Đảng bộ có 28 chi bộ trực thuộc, trong đó 12 chi bộ nông thôn, 9 chi bộ trường học và 6 chi bộ còn lại là chi "
     "bộ cơ quan.", "6 chi bộ"),
])
def test_a_breakdown_closed_by_the_rest_adds_up(text, wrong):
    found = findings(text, "sum-mismatch")
    assert any(f.text == wrong or wrong in f.text for f in found), found


@pytest.mark.parametrize("text", [
    "Huyện giao chỉ tiêu thu ngân sách cho 16 xã, thị trấn.\nĐến hết quý II, toàn huyện thu được 2,1 tỷ đồng. Trong "
    "đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ 50% đến 60%, 7 xã còn lại thu dưới 50%.",
    "Năm 2024, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới.\nTrong đó, có 5 xã thuộc huyện Kim Thành. 4 xã khác "
    "thuộc huyện Ninh Giang.",
    "Đảng bộ có 28 chi bộ trực thuộc, trong đó 12 chi bộ nông thôn, 9 chi bộ trường học và 7 chi bộ còn lại là chi "
    "bộ cơ quan.",
    # "khác" may be others besides, not all the rest: fewer is no slip
    "Năm 2024, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới.\nTrong đó, có 5 xã thuộc huyện Kim Thành. 3 xã khác "
    "thuộc huyện Ninh Giang.",
    "Chi bộ có 30 đảng viên. Trong đó 12 đồng chí là nữ, 4 đồng chí khác là đoàn viên thanh niên.",
    # no rest named: some of them only
    "Năm 2024, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới.\nTrong đó, có 5 xã thuộc huyện Kim Thành, 2 xã thuộc "
    "huyện Ninh Giang.",
    # another noun before "Trong đó": no count to add up to
    "Năm 2024, toàn tỉnh kết nạp thêm 9 đảng viên.\nTrong đó, có 5 thôn đạt chuẩn, 3 thôn còn lại chưa đạt.",
])
def test_a_breakdown_closed_by_the_rest_that_fits_or_has_no_count_stays_silent(text):
    assert not findings(text, "sum-mismatch")


# ---------------------------------------------------------------- a headline's share told again in a body sentence
# opened by "Trong đó", which tells of what the sentence before it counted


@pytest.mark.parametrize("text, wrong", [
    ("72% đảng viên mới kết nạp là đoàn viên thanh niên\nNăm 2024, Đảng bộ huyện kết nạp 150 đảng viên mới. "
     "Trong đó, đoàn viên thanh niên chiếm 27%; nữ chiếm 48%.", "72%"),
    ("Hơn 58% hội viên mới là phụ nữ dân tộc thiểu số\nTrong năm, Hội Liên hiệp phụ nữ xã kết nạp 120 hội viên mới.\n"
     "Trong số đó, phụ nữ dân tộc thiểu số chiếm 85%.", "58%"),
    ("35% chi bộ xếp loại hoàn thành xuất sắc nhiệm vụ\nNăm 2024, Đảng ủy đánh giá, xếp loại 40 chi bộ. Trong đó, "
     "hoàn thành xuất sắc nhiệm vụ chiếm 53%.", "35%"),
])
def test_a_headline_share_told_again_after_trong_do(text, wrong):
    found = findings(text, "figure-inconsistent")
    assert any(f.text == wrong for f in found), found


@pytest.mark.parametrize("text", [
    "72% đảng viên mới kết nạp là đoàn viên thanh niên\nNăm 2024, Đảng bộ huyện kết nạp 150 đảng viên mới. "
    "Trong đó, đoàn viên thanh niên chiếm 72%; nữ chiếm 48%.",
    "Hơn 58% hội viên mới là phụ nữ dân tộc thiểu số\nTrong năm, Hội Liên hiệp phụ nữ xã kết nạp 120 hội viên mới.\n"
    "Trong số đó, phụ nữ dân tộc thiểu số chiếm 58%.",
    # the sentence after "Trong đó" tells of another group than the headline
    "72% đảng viên mới kết nạp là đoàn viên thanh niên\nNăm 2024, Đảng bộ huyện kết nạp 150 đảng viên mới, đoàn "
    "viên thanh niên chiếm 72%. Trong số hội viên nông dân, nữ chiếm 27%.",
])
def test_a_headline_share_that_fits_stays_silent(text):
    assert not findings(text, "figure-inconsistent")


# ---------------------------------------------------------------- what is left after a ratio: its total less its part


@pytest.mark.parametrize("text, wrong", [
    ("Kết quả, đã giải quyết được 21/30 vụ việc khiếu nại thuộc thẩm quyền, 8 vụ còn lại đang giải quyết.", "8"),
    ("Đến nay đã bàn giao 45/52 căn nhà đại đoàn kết, 9 căn còn lại sẽ hoàn thành trong quý IV.", "9"),
    ("UBND xã đã trả lời 17/20 kiến nghị của cử tri; 2 kiến nghị còn lại đang được xem xét.", "2"),
])
def test_what_is_left_after_a_ratio(text, wrong):
    found = findings(text, "derived-mismatch")
    assert any(f.text == wrong for f in found), found


@pytest.mark.parametrize("text", [
    "Kết quả, đã giải quyết được 21/30 vụ việc khiếu nại thuộc thẩm quyền, 9 vụ còn lại đang giải quyết.",
    "Đến nay đã bàn giao 45/52 căn nhà đại đoàn kết, 7 căn còn lại sẽ hoàn thành trong quý IV.",
    # another noun left: not the ratio's rest
    "UBND xã đã trả lời 17/20 kiến nghị của cử tri; 2 hộ còn lại chưa nhận hỗ trợ.",
    # a number between: the rest may be of it
    "Đã giải quyết 21/30 vụ việc, chuyển 5 vụ sang cơ quan khác, 4 vụ còn lại đang giải quyết.",
])
def test_what_is_left_that_fits_or_is_of_another_stays_silent(text):
    assert not findings(text, "derived-mismatch")


# ---------------------------------------------------------------- the rate of a change in a sentence opened by "So với",
# of the level the sentence before states; a count in millions is a count


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024, lực lượng chức năng đã xử lý 12.400 trường hợp vi phạm. So với cùng kỳ năm 2023, giảm 1.600 trường "
     "hợp vi phạm (16,4%).", "16,4"),
    ("Trong quý III, toàn tỉnh đã tiếp 2.150 lượt công dân. So với quý II, tăng 350 lượt công dân (21,9%).", "21,9"),
    ("Cả năm đã cấp trên 1,45 triệu thẻ bảo hiểm y tế. So với năm trước, tăng 0,12 triệu thẻ bảo hiểm y tế "
     "(19,0%).", "19,0"),
])
def test_the_rate_of_a_change_against_the_level_of_the_sentence_before(text, wrong):
    found = findings(text, "derived-mismatch")
    assert any(f.text == wrong and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024, lực lượng chức năng đã xử lý 12.400 trường hợp vi phạm. So với cùng kỳ năm 2023, giảm 1.600 trường "
    "hợp vi phạm (11,4%).",
    "Trong quý III, toàn tỉnh đã tiếp 2.150 lượt công dân. So với quý II, tăng 350 lượt công dân (19,4%).",
    # a hedged level ("hơn 4.124 tỷ đồng") may lie a little above what is printed
    "Năm 2024 phạt tiền hơn 4.124 tỷ đồng. So với cùng kỳ năm 2023, tiền phạt tăng 1.360 tỷ đồng (49,11%).",
    # the sentence before counts another noun: no level
    "Trong quý III, toàn tỉnh đã tiếp 2.150 lượt công dân. So với quý II, tăng 35 vụ việc (21,9%).",
])
def test_a_change_rate_that_fits_or_has_no_level_stays_silent(text):
    assert not findings(text, "derived-mismatch")


def test_a_count_in_millions_is_no_amount_of_money():
    text = "Cả năm đã cấp 1,45 triệu thẻ bảo hiểm y tế và thu 2.300 tỷ đồng."
    layer = analyze(text)
    assert not [f for f in layer.findings if f.severity.value == "error"]
    from minutes_app.core.detectors import detect_paragraph
    from minutes_app.core.quantities import read_paragraph
    from minutes_app.core.reading import Reading
    reading = Reading(text)
    kinds = {q.text: q.kind for q in read_paragraph(reading, detect_paragraph(reading)).quantities}
    assert kinds["1,45 triệu"] == "count" and kinds["2.300 tỷ đồng"] == "money"


# ---------------------------------------------------------------- those who reached a title are some of those who
# registered for it before, in the paragraph or the one before


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024, toàn xã có 1.240 hộ gia đình đăng ký danh hiệu gia đình văn hóa.\nQua bình xét, có 1.320 hộ đạt "
     "danh hiệu gia đình văn hóa.", "1.320 hộ"),
    ("Đầu năm có 45 cơ quan, đơn vị đăng ký xây dựng đơn vị văn hóa. Cuối năm, 48 cơ quan được công nhận đạt chuẩn "
     "văn hóa.", "48 cơ quan"),
    ("Toàn huyện có 8.500 hộ nông dân đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp; qua bình xét có 8.950 hộ "
     "đạt danh hiệu.", "8.950 hộ"),
])
def test_those_who_reached_a_title_are_no_more_than_those_registered(text, wrong):
    found = findings(text, "part-exceeds-whole")
    assert any(wrong in f.text and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024, toàn xã có 1.240 hộ gia đình đăng ký danh hiệu gia đình văn hóa.\nQua bình xét, có 1.180 hộ đạt "
    "danh hiệu gia đình văn hóa.",
    # those who reached it told before those who register for the next year
    "Năm 2024 có 1.320 hộ đạt danh hiệu gia đình văn hóa. Năm 2025 có 1.240 hộ đăng ký danh hiệu gia đình văn hóa.",
    # another noun
    "Đầu năm có 45 cơ quan đăng ký xây dựng đơn vị văn hóa. Cuối năm, 48 hộ đạt danh hiệu gia đình văn hóa.",
])
def test_those_who_reached_a_title_that_fit_stay_silent(text):
    assert not findings(text, "part-exceeds-whole")
