"""Arithmetic slips that real pages carry and the checker missed (judged real batches 8–12, kept outside the
repository), each caught at its mechanism; the sentences here are our own. Each behaviour: slips written several
ways that are caught now, and the correct forms of the same shapes, which stay silent."""

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import findings


def _shown(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.severity.value, f.text) for f in findings(text, code)]


# 1. A ratio of all of its total ("51/51 chi bộ được đánh giá") is a count of them: the levels listed after
#    "trong đó:" add up to it and their percentages are shares of it, as after a plain count.
@pytest.mark.parametrize("text, wrong, severity", [
    ("Năm 2024 có 36/36 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 7, chiếm 19,4%; "
     "hoàn thành tốt nhiệm vụ 25, chiếm 69,4%; hoàn thành nhiệm vụ 4, chiếm 11,2%.", "11,2%", "error"),
    ("Đảng ủy đã kiểm điểm 62/62 tổ chức đảng, đạt 100%; trong đó: hoàn thành xuất sắc nhiệm vụ 11, chiếm 17,74%; "
     "hoàn thành tốt nhiệm vụ 45, chiếm 72,58%; hoàn thành nhiệm vụ 6, chiếm 9,67%.", "9,67%", "warning"),
    ("Kết quả phân loại: có 23/23 chi bộ đánh giá, xếp loại, trong đó: hoàn thành tốt nhiệm vụ 17, chiếm tỷ lệ "
     "76,9%; hoàn thành nhiệm vụ 6, chiếm tỷ lệ 26,1%.", "76,9%", "error"),
])
def test_the_levels_of_a_ratio_of_all_are_shares_of_it(text, wrong, severity):
    assert _shown(text, "percent-mismatch") == [(severity, wrong)]


@pytest.mark.parametrize("text", [
    "Năm 2024 có 36/36 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 7, chiếm 19,4%; "
    "hoàn thành tốt nhiệm vụ 25, chiếm 69,4%; hoàn thành nhiệm vụ 4, chiếm 11,1%.",
    "Đảng ủy đã kiểm điểm 62/62 tổ chức đảng, đạt 100%; trong đó: hoàn thành xuất sắc nhiệm vụ 11, chiếm 17,74%; "
    "hoàn thành tốt nhiệm vụ 45, chiếm 72,58%; hoàn thành nhiệm vụ 6, chiếm 9,68%.",
    # not all of the total: the levels may be shares of the 40 or of the 42, and the text does not say which
    "Năm 2024 có 40/42 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 8, chiếm 19,05%; "
    "hoàn thành tốt nhiệm vụ 28, chiếm 66,67%; hoàn thành nhiệm vụ 4, chiếm 9,52%.",
])
def test_right_shares_of_a_ratio_stay_silent(text):
    assert findings(text, "percent-mismatch") == []
    assert findings(text, "sum-mismatch") == []


def test_levels_that_do_not_add_up_to_a_ratio_of_all():
    text = ("Năm 2024 có 36/36 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 7; hoàn thành "
            "tốt nhiệm vụ 26; hoàn thành nhiệm vụ 4.")
    found = findings(text, "sum-mismatch")
    assert [f.severity.value for f in found] == ["error"]
    assert found[0].suggestion is None  # which of "36/36" and the levels is wrong, the text does not tell


# 2. A share written after a bracket that splits the count before it ("25 (3 đảng bộ và 22 chi bộ), chiếm …") is
#    that count's share: the bracket adds up to it.
@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024 có 40 tổ chức đảng được xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 9 (2 đảng bộ và 7 chi bộ), "
     "chiếm 20,5%; hoàn thành tốt nhiệm vụ 31 (5 đảng bộ và 26 chi bộ), chiếm 77,5%.", "20,5%"),
    ("Toàn huyện có 64 tổ chức cơ sở đảng được đánh giá, trong đó: hoàn thành tốt nhiệm vụ 50 (có 12 đảng bộ, 38 chi "
     "bộ), chiếm tỷ lệ 78,13%; hoàn thành nhiệm vụ 14 (có 3 đảng bộ, 11 chi bộ), chiếm tỷ lệ 21,78%.", "21,78%"),
    ("Xếp loại 30 tổ chức đảng, trong đó: hoàn thành xuất sắc nhiệm vụ 6 (1 đảng bộ, 5 chi bộ), chiếm 22%; hoàn "
     "thành tốt nhiệm vụ 24 (4 đảng bộ, 20 chi bộ), chiếm 80%.", "22%"),
])
def test_a_share_after_a_bracket_that_splits_its_count(text, wrong):
    assert [f.text for f in findings(text, "percent-mismatch")] == [wrong]


@pytest.mark.parametrize("text", [
    "Năm 2024 có 40 tổ chức đảng được xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 9 (2 đảng bộ và 7 chi bộ), "
    "chiếm 22,5%; hoàn thành tốt nhiệm vụ 31 (5 đảng bộ và 26 chi bộ), chiếm 77,5%.",
    "Toàn huyện có 64 tổ chức cơ sở đảng được đánh giá, trong đó: hoàn thành tốt nhiệm vụ 50 (có 12 đảng bộ, 38 chi "
    "bộ), chiếm tỷ lệ 78,13%; hoàn thành nhiệm vụ 14 (có 3 đảng bộ, 11 chi bộ), chiếm tỷ lệ 21,88%.",
    # the result split into its plan and the excess: the share after the bracket is the result's (an error before)
    "Năm 2024 kết nạp 12 đảng viên (chỉ tiêu 10 đảng viên, 2 đảng viên vượt), đạt 120%.",
    "Năm 2025 thu hút 45 học viên (kế hoạch 40 học viên, vượt 5 học viên), đạt 112,5% kế hoạch.",
])
def test_right_shares_after_a_splitting_bracket_stay_silent(text):
    assert findings(text, "percent-mismatch") == []


# 3. What is left after some went ("có 48 hộ nghèo …, xóa được 35 hộ, còn 13 hộ") is the count less those gone:
#    inferred (some may have come in unsaid), so a warning that names the count it started from.
@pytest.mark.parametrize("text, wrong, start", [
    ("Đầu năm 2024, toàn xã có 48 hộ nghèo và 62 hộ cận nghèo. Nhờ nguồn vốn vay ưu đãi, trong năm đã xóa được 35 hộ "
     "nghèo và 40 hộ cận nghèo, hiện chỉ còn 13 hộ nghèo và 20 hộ cận nghèo.", "20 hộ cận nghèo", "62 hộ cận nghèo"),
    ("Năm 2024, bộ phận một cửa tiếp nhận 1.240 hồ sơ, đã giải quyết 1.198 hồ sơ, còn 24 hồ sơ đang trong hạn giải "
     "quyết.", "24 hồ sơ", "1.240 hồ sơ"),
    ("Toàn huyện có 310 điểm ngập úng; đến nay đã khắc phục xong 260 điểm ngập úng, còn 40 điểm ngập úng đang thi "
     "công.", "40 điểm ngập úng", "310 điểm ngập"),
])
def test_what_is_left_is_the_count_less_those_gone(text, wrong, start):
    found = findings(text, "sum-mismatch")
    assert [(f.severity.value, f.text) for f in found] == [("warning", wrong)]
    assert start in found[0].message


@pytest.mark.parametrize("text", [
    "Đầu năm 2024, toàn xã có 48 hộ nghèo và 62 hộ cận nghèo. Nhờ nguồn vốn vay ưu đãi, trong năm đã xóa được 35 hộ "
    "nghèo và 40 hộ cận nghèo, hiện chỉ còn 13 hộ nghèo và 22 hộ cận nghèo.",
    "Năm 2024, bộ phận một cửa tiếp nhận 1.240 hồ sơ, đã giải quyết 1.198 hồ sơ, còn 42 hồ sơ đang trong hạn giải "
    "quyết.",
    # households that came in during the year: the rest is no plain difference
    "Qua rà soát, thôn có 21 hộ nghèo; năm qua thoát nghèo 9 hộ nghèo, phát sinh mới 2 hộ nghèo, còn 14 hộ nghèo.",
    # the rest split in two: neither figure alone is what is left
    "Trong năm tiếp nhận 56 đơn, đã giải quyết 50 đơn, còn 4 đơn đang xác minh, 2 đơn chuyển cơ quan khác.",
    # a hedged count is no figure to subtract from
    "Toàn xã có hơn 300 hộ nghèo, đã xóa được 120 hộ nghèo, còn 170 hộ nghèo.",
])
def test_a_right_or_unclear_rest_stays_silent(text):
    assert findings(text, "sum-mismatch") == []


# 4. A total that is its parts' sum a thousand times over ("6.420.350 tỷ đồng" for parts adding to 6.420,35 tỷ):
#    the decimal comma written as a thousands point, or a scale word one step too high. The breakdown is explicit.
@pytest.mark.parametrize("text, fix", [
    ("Tổng thu ngân sách trên địa bàn đạt 6.420.350 tỷ đồng, gồm thu nội địa 5.210,2 tỷ đồng và thu từ hoạt động "
     "xuất nhập khẩu 1.210,15 tỷ đồng.", "6.420,35 tỷ đồng"),
    ("Tổng vốn đầu tư toàn xã là 48.600 triệu đồng, gồm: vốn ngân sách 30,4 triệu đồng, vốn doanh nghiệp 12,7 triệu "
     "đồng và vốn nhân dân đóng góp 5,5 triệu đồng.", "48,6 triệu đồng"),
    ("Tổng diện tích gieo trồng cả năm đạt 3.725 ha, bao gồm lúa 2,15 ha, ngô 1,12 ha và rau màu 0,455 ha.", "3,725 ha"),
])
def test_a_total_a_thousand_times_its_parts(text, fix):
    found = findings(text, "sum-mismatch")
    assert [f.severity.value for f in found] == ["error"]
    assert fix in found[0].message


@pytest.mark.parametrize("text", [
    "Tổng thu ngân sách trên địa bàn đạt 6.420,35 tỷ đồng, gồm thu nội địa 5.210,2 tỷ đồng và thu từ hoạt động xuất "
    "nhập khẩu 1.210,15 tỷ đồng.",
    "Tổng vốn đầu tư toàn xã là 48,6 tỷ đồng, gồm: vốn ngân sách 30,4 tỷ đồng, vốn doanh nghiệp 12,7 tỷ đồng và vốn "
    "nhân dân đóng góp 5,5 tỷ đồng.",
    "Diện tích gieo trồng cả năm 3.725 ha, gồm lúa 2.150,5 ha, ngô 1.120 ha và rau màu 454,5 ha.",
])
def test_a_total_its_parts_add_up_to_stays_silent(text):
    assert findings(text, "sum-mismatch") == []


# 5. "gấp X lần" with the figure compared with written right after it: X is the first figure over the second.
@pytest.mark.parametrize("text, wrong", [
    ("Năm 2025 toàn huyện có 1.263 hộ khá giàu, gấp 8,42 lần năm 2015 (160 hộ).", "8,42"),
    ("Thu nhập bình quân đầu người năm 2025 đạt 72 triệu đồng, gấp 2,8 lần so với năm 2015 (30 triệu đồng).", "2,8"),
    ("Số đảng viên được kết nạp năm nay là 96 đồng chí, gấp 1,4 lần số kết nạp năm trước là 60 đồng chí.", "1,4"),
])
def test_times_is_the_figure_over_its_base(text, wrong):
    assert _shown(text, "derived-mismatch") == [("warning", wrong)]


@pytest.mark.parametrize("text", [
    "Năm 2025 toàn huyện có 1.263 hộ khá giàu, gấp 7,89 lần năm 2015 (160 hộ).",
    "Thu nhập bình quân đầu người năm 2025 đạt 72 triệu đồng, gấp 2,4 lần so với năm 2015 (30 triệu đồng).",
    "Số đảng viên được kết nạp năm nay là 96 đồng chí, gấp 1,6 lần số kết nạp năm trước là 60 đồng chí.",
    # no base written, a hedged times, or a base of another measure: nothing to compute
    "Tổng vốn huy động đạt 540 tỷ đồng, gấp 3 lần năm trước.",
    "Năm 2025 toàn huyện có 1.263 hộ khá giàu, gấp gần 9 lần năm 2015 (160 hộ).",
    "Năm 2025 toàn huyện có 1.263 hộ khá giàu, gấp 8 lần năm 2015 (160 hộ nghèo).",
])
def test_right_or_uncomputable_times_stay_silent(text):
    assert findings(text, "derived-mismatch") == []


# 6. A count picked out of the sentence before ("… 2.840 công dân. Trong số này có 1.562 người …") whose share comes
#    after a long description with a round number in it ("vòng 2": an ordinal, no count) is a share of that count;
#    the base is read, not written beside the share, so a warning naming it.
@pytest.mark.parametrize("text, wrong", [
    ("Năm 2025 toàn huyện khám sơ tuyển cho 2.840 công dân. Trong số này có 1.562 người được gọi khám vòng 2 tại Hội "
     "đồng nghĩa vụ quân sự huyện, đạt 52,5%.", "52,5%"),
    ("Hội thi thu hút 640 thí sinh dự thi. Trong số này có 212 thí sinh vào vòng 2 của hội thi cấp tỉnh, chiếm 30,1%.",
     "30,1%"),
    ("Đợt này có 480 hồ sơ được tiếp nhận. Trong số này có 390 hồ sơ qua thẩm định vòng 1 của tổ công tác liên ngành, "
     "đạt 78,2%.", "78,2%"),
])
def test_a_share_of_the_count_a_part_was_picked_from(text, wrong):
    found = findings(text, "percent-mismatch")
    assert [(f.severity.value, f.text) for f in found] == [("warning", wrong)]
    assert "nếu tỷ lệ tính trên" in found[0].message


@pytest.mark.parametrize("text", [
    "Năm 2025 toàn huyện khám sơ tuyển cho 2.840 công dân. Trong số này có 1.562 người được gọi khám vòng 2 tại Hội "
    "đồng nghĩa vụ quân sự huyện, đạt 55%.",
    "Hội thi thu hút 640 thí sinh dự thi. Trong số này có 212 thí sinh vào vòng 2 của hội thi cấp tỉnh, chiếm 33,1%.",
    "Đợt này có 480 hồ sơ được tiếp nhận. Trong số này có 390 hồ sơ qua thẩm định vòng 1 của tổ công tác liên ngành, "
    "đạt 81,25%.",
    # a share of a plan, not of the count before
    "Năm 2025 toàn huyện khám sơ tuyển cho 2.840 công dân. Trong số này có 1.562 người được gọi khám vòng 2 tại Hội "
    "đồng nghĩa vụ quân sự huyện, đạt 104% kế hoạch.",
])
def test_a_right_share_of_the_count_picked_from_stays_silent(text):
    assert findings(text, "percent-mismatch") == []


# 7. A list after "Trong đó" goes on past a share in brackets: "tái cử 17 (chiếm 68%); tham gia lần đầu 8 (32%); nữ 6
#    (24%)" — each item's own label is read after the bracket, and each share is of the count before "Trong đó".
@pytest.mark.parametrize("text, wrong, severity", [
    ("Ban Chấp hành khóa mới có 25 đồng chí. Trong đó, tái cử 17 (chiếm 68%); tham gia lần đầu 8 (32%); nữ 6 (24,2%); "
     "trẻ tuổi 3 (12%).", "24,2%", "error"),
    ("Chi ủy khóa mới có 7 đồng chí. Trong đó, tái cử 4 (57,14%); tham gia lần đầu 3 (42,85%); nữ 2 (28,57%).",
     "42,85%", "warning"),
    ("Ban Chấp hành Hội có 21 ủy viên. Trong đó, tái cử 14 (66,67%); tham gia lần đầu 7 (33,33%); cán bộ hưu trí 5 "
     "(25,8%).", "25,8%", "error"),
])
def test_the_items_after_a_bracketed_share_are_still_the_list(text, wrong, severity):
    assert _shown(text, "percent-mismatch") == [(severity, wrong)]


@pytest.mark.parametrize("text", [
    "Ban Chấp hành khóa mới có 25 đồng chí. Trong đó, tái cử 17 (chiếm 68%); tham gia lần đầu 8 (32%); nữ 6 (24%); "
    "trẻ tuổi 3 (12%).",
    "Chi ủy khóa mới có 7 đồng chí. Trong đó, tái cử 4 (57,14%); tham gia lần đầu 3 (42,86%); nữ 2 (28,57%).",
    "Ban Chấp hành Hội có 21 ủy viên. Trong đó, tái cử 14 (66,67%); tham gia lần đầu 7 (33,33%); cán bộ hưu trí 5 "
    "(23,8%).",
])
def test_right_items_after_a_bracketed_share_stay_silent(text):
    assert findings(text, "percent-mismatch") == []
    assert findings(text, "sum-mismatch") == []


# 8. "Trong đó" after a sentence whose one figure is a ratio ("12/16 chi bộ tổ chức xong đại hội") picks out of those
#    the ratio counted (the 12); a share may be of either number, and only one that fits neither is wrong.
@pytest.mark.parametrize("text, wrong, severity, base", [
    ("Đến nay đã có 12/16 chi bộ tổ chức xong đại hội. Trong đó, có 5 chi bộ nông thôn, chiếm 41,6%; 4 chi bộ trường "
     "học, chiếm 33,33%.", "41,6%", "warning", "5 / 12 chi bộ"),
    ("Đến nay đã có 12/16 chi bộ tổ chức xong đại hội. Trong đó, có 5 chi bộ nông thôn, chiếm 35%; 4 chi bộ trường "
     "học, chiếm 25%.", "35%", "error", "5 / 12 chi bộ"),
    ("Có 18/20 xã đã hoàn thành kế hoạch. Trong đó, có 7 xã miền núi, chiếm 36,8%.", "36,8%", "error", "7 / 18 xã"),
])
def test_shares_of_those_a_ratio_counted(text, wrong, severity, base):
    found = findings(text, "percent-mismatch")
    assert [(f.severity.value, f.text) for f in found] == [(severity, wrong)]
    assert found[0].message.startswith(base)  # (before, the 41,6% was computed on the 16 of "12/16")


@pytest.mark.parametrize("text", [
    "Đến nay đã có 12/16 chi bộ tổ chức xong đại hội. Trong đó, có 5 chi bộ nông thôn, chiếm 41,67%; 4 chi bộ trường "
    "học, chiếm 33,33%.",
    # of all the 16
    "Đến nay đã có 12/16 chi bộ tổ chức xong đại hội. Trong đó, có 5 chi bộ nông thôn, chiếm 31,25%; 4 chi bộ trường "
    "học, chiếm 25%.",
    "Có 18/20 xã đã hoàn thành kế hoạch. Trong đó, có 7 xã miền núi, chiếm 38,9%.",
    "Có 18/20 xã đã hoàn thành kế hoạch. Trong đó, có 7 xã miền núi, chiếm 35%.",
    # counts of those the ratio left out: "Trong đó" is of all the 45
    "Đến nay có 10/45 chi bộ hoàn thành đại hội. Trong đó, 20 chi bộ đang chuẩn bị, 15 chi bộ chưa triển khai.",
])
def test_right_shares_of_those_a_ratio_counted_stay_silent(text):
    assert findings(text, "percent-mismatch") == []
    assert findings(text, "sum-mismatch") == []


# 9. "ứng cử viên" counts people: candidates and the deputies elected among them are one kind of thing.
@pytest.mark.parametrize("text, code, wrong", [
    ("Có 10/14 ứng cử viên trúng cử. Trong đó, có 4 đại biểu nữ, chiếm 45%.", "percent-mismatch", "45%"),
    ("Tổng số 21 ứng cử viên, gồm 12 ứng cử viên nam và 8 ứng cử viên nữ.", "sum-mismatch", "21"),
    ("Có 8/11 ứng cử viên trúng cử. Trong đó, có 3 đại biểu tái cử, chiếm 37,4%; 5 đại biểu lần đầu, chiếm 62,5%.",
     "percent-mismatch", "37,4%"),
])
def test_candidates_are_people(text, code, wrong):
    assert [f.text.split()[0] for f in findings(text, code)] == [wrong]


@pytest.mark.parametrize("text", [
    "Có 10/14 ứng cử viên trúng cử. Trong đó, có 4 đại biểu nữ, chiếm 40%.",
    "Tổng số 20 ứng cử viên, gồm 12 ứng cử viên nam và 8 ứng cử viên nữ.",
    "Có 8/11 ứng cử viên trúng cử. Trong đó, có 3 đại biểu tái cử, chiếm 37,5%; 5 đại biểu lần đầu, chiếm 62,5%.",
])
def test_right_figures_of_candidates_stay_silent(text):
    assert [f for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


# 10. The surplus of an election list is measured against the number to elect: "38 đồng chí, bầu 33 đồng chí, số dư
#     15,15%" is (38 − 33) / 33.
@pytest.mark.parametrize("text, wrong", [
    ("Danh sách bầu cử Ban Chấp hành gồm 38 đồng chí, bầu 33 đồng chí, số dư 16,15%.", "16,15"),
    ("Danh sách bầu cử có 17 đồng chí để bầu 15 đồng chí (số dư 15%).", "15"),
    ("Tổng số nhân sự giới thiệu ứng cử là 214 đồng chí để bầu lấy 187 đồng chí (tỷ lệ số dư 14,43%).", "14,43"),
])
def test_the_surplus_is_of_those_to_elect(text, wrong):
    assert _shown(text, "derived-mismatch") == [("warning", wrong)]


@pytest.mark.parametrize("text", [
    "Danh sách bầu cử Ban Chấp hành gồm 38 đồng chí, bầu 33 đồng chí, số dư 15,15%.",
    "Danh sách có 23 đại biểu để bầu lấy 21 đại biểu, tỷ lệ số dư 9,5%.",
    "Tổng số nhân sự giới thiệu ứng cử là 214 đồng chí để bầu lấy 187 đồng chí (tỷ lệ số dư 14,44%).",
    # measured against those on the list: another base some clerks use
    "Danh sách bầu cử Ban Chấp hành gồm 38 đồng chí, bầu 33 đồng chí, số dư 13,2%.",
])
def test_a_right_surplus_stays_silent(text):
    assert findings(text, "derived-mismatch") == []


# 11. A result split in a bracket before its "/" ("84 đơn (61 khiếu nại, 23 tố cáo)/96 đơn, đạt …") is still the first
#     figure of the fraction: the bracket adds up to it.
@pytest.mark.parametrize("text, wrong", [
    ("Năm 2025 đã giải quyết 84 đơn (61 khiếu nại, 23 tố cáo)/96 đơn thuộc thẩm quyền, đạt tỷ lệ 86,4%.", "86,4%"),
    ("Đã cấp 1.240 thẻ (980 thẻ cho hộ nghèo, 260 thẻ cho hộ cận nghèo)/1.300 thẻ theo kế hoạch, đạt 94,3%.", "94,3%"),
    ("Đã hoàn thành 45 hồ sơ (30 hồ sơ đất đai, 15 hồ sơ hộ tịch)/52 hồ sơ, đạt 86,6%.", "86,6%"),
])
def test_a_fraction_whose_result_is_split_in_a_bracket(text, wrong):
    assert [f.text for f in findings(text, "percent-mismatch")] == [wrong]


@pytest.mark.parametrize("text", [
    "Năm 2025 đã giải quyết 84 đơn (61 khiếu nại, 23 tố cáo)/96 đơn thuộc thẩm quyền, đạt tỷ lệ 87,5%.",
    "Đã cấp 1.240 thẻ (980 thẻ cho hộ nghèo, 260 thẻ cho hộ cận nghèo)/1.300 thẻ theo kế hoạch, đạt 95,4%.",
    "Đã hoàn thành 45 hồ sơ (30 hồ sơ đất đai, 15 hồ sơ hộ tịch)/52 hồ sơ, đạt 86,5%.",
    # a bracket that does not split the result says nothing of the fraction
    "Đã hoàn thành 45 hồ sơ (tăng 12 hồ sơ)/52 hồ sơ, đạt 86,5%.",
])
def test_a_right_fraction_past_a_bracket_stays_silent(text):
    assert findings(text, "percent-mismatch") == []


# 12. "Cụ thể:" splitting a count (a plan too) into named units, the noun written with the first item only ("Đảng bộ A
#     300 đảng viên mới; B 250; C 200; …"): each plain number after a capitalised name counts the same noun, and the
#     units add up to the count of the sentence before (an error), or of the paragraph before (a warning naming it).
@pytest.mark.parametrize("text, severity", [
    ("Năm 2025, Ban Thường vụ giao chỉ tiêu kết nạp 1.250 đảng viên mới cho các đảng bộ trực thuộc. Cụ thể: Đảng bộ "
     "phường An Lạc 300 đảng viên mới; Bình Trị 250; Tân Tạo 200; Tân Kiên 150 và Đảng bộ Khối cơ quan 300 đảng viên "
     "mới.", "error"),
    ("Tỉnh phân bổ 2.600 suất học bổng cho các huyện. Cụ thể: huyện Lạc Dương 420 suất học bổng; Đam Rông 380; Di Linh "
     "650; Bảo Lâm 540; Đạ Huoai 410.", "error"),
    ("Ban Thường vụ giao chỉ tiêu kết nạp 960 đảng viên mới trong năm 2025.\nCụ thể: Đảng bộ xã Tân Hòa chỉ tiêu 120 "
     "đảng viên mới; Tân Lập 95; Tân Phú 110; Tân Thành 85; Đảng bộ Quân sự 40 và Đảng bộ Công an 30 đảng viên mới.",
     "warning"),
])
def test_named_units_after_a_split_add_up(text, severity):
    assert [f.severity.value for f in findings(text, "sum-mismatch")] == [severity]


@pytest.mark.parametrize("text", [
    "Năm 2025, Ban Thường vụ giao chỉ tiêu kết nạp 1.200 đảng viên mới cho các đảng bộ trực thuộc. Cụ thể: Đảng bộ "
    "phường An Lạc 300 đảng viên mới; Bình Trị 250; Tân Tạo 200; Tân Kiên 150 và Đảng bộ Khối cơ quan 300 đảng viên "
    "mới.",
    "Tỉnh phân bổ 2.400 suất học bổng cho các huyện. Cụ thể: huyện Lạc Dương 420 suất học bổng; Đam Rông 380; Di Linh "
    "650; Bảo Lâm 540; Đạ Huoai 410.",
    "Ban Thường vụ giao chỉ tiêu kết nạp 480 đảng viên mới trong năm 2025.\nCụ thể: Đảng bộ xã Tân Hòa chỉ tiêu 120 "
    "đảng viên mới; Tân Lập 95; Tân Phú 110; Tân Thành 85; Đảng bộ Quân sự 40 và Đảng bộ Công an 30 đảng viên mới.",
    # the rest named without its figure: short of the whole is no slip
    "Tỉnh phân bổ 2.600 suất học bổng cho các huyện. Cụ thể: huyện Lạc Dương 420 suất học bổng; Đam Rông 380; Di Linh "
    "650; Bảo Lâm 540; Đạ Huoai 410 và một số đơn vị khác.",
    # numbered names are identifiers, not counts
    "Toàn phường có 6 khu dân cư văn hóa: Khu phố 1; Khu phố 2; Khu phố 3; Khu phố 4; Khu phố 5 và Khu phố 6.",
    "Hội nghị có 120 đại biểu dự. Cụ thể: Tổ 1 có 30 đại biểu; Tổ 2 có 30 đại biểu; Tổ 3 có 30 đại biểu; Tổ 4 có 30 "
    "đại biểu.",
])
def test_named_units_that_add_up_stay_silent(text):
    assert findings(text, "sum-mismatch") == []


# 13. A list whose last item names the rest without a figure ("… và một số đơn vị khác", "…") leaves some of the whole
#     unsaid: short of it is no slip (a warning before), more than it still is.
_DISTRICTS = ("Cụ thể: huyện Lạc Dương 420 suất học bổng; huyện Đam Rông 380 suất học bổng; huyện Di Linh 650 suất học "
              "bổng; huyện Bảo Lâm 540 suất học bổng; huyện Đạ Huoai 410 suất học bổng và một số đơn vị khác.")


@pytest.mark.parametrize("text", [
    "Tỉnh phân bổ 2.600 suất học bổng cho các huyện. " + _DISTRICTS,
    "Năm 2025 cấp 760 thẻ bảo hiểm y tế. Cụ thể: xã Hòa Bình 240 thẻ; xã Hòa Lợi 210 thẻ; xã Hòa Phú 230 thẻ, …",
    "Năm 2025 hỗ trợ 2.150 hộ. Cụ thể: xã Hòa Bình 640 hộ; xã Hòa Lợi 710 hộ; xã Hòa Phú 630 hộ cùng một số xã khác.",
])
def test_a_list_that_names_the_rest_may_fall_short(text):
    assert findings(text, "sum-mismatch") == []


def test_a_list_that_names_the_rest_still_cannot_pass_the_whole():
    text = "Tỉnh phân bổ 2.000 suất học bổng cho các huyện. " + _DISTRICTS
    assert [f.severity.value for f in findings(text, "sum-mismatch")] == ["error"]


# 14. A count of members "được tặng và truy tặng" a badge is of both groups: the levels given to the living and those
#     given posthumously add up to it (a level of 30 years in each group is two levels).
_GIVEN = ("3 đồng chí được tặng Huy hiệu 50 năm tuổi Đảng, 12 đồng chí được tặng Huy hiệu 40 năm tuổi Đảng, 8 đồng chí "
          "được tặng Huy hiệu 30 năm tuổi Đảng; 2 đồng chí được truy tặng Huy hiệu 30 năm tuổi Đảng.")
_GIVEN_TOO = ("5 đồng chí được tặng Huy hiệu 60 năm tuổi Đảng, 10 đồng chí được tặng Huy hiệu 45 năm tuổi Đảng và 2 đồng "
              "chí được truy tặng Huy hiệu 40 năm tuổi Đảng.")
_GIVEN_APART = ("Trong đó, 6 đồng chí nhận Huy hiệu 50 năm tuổi Đảng, 14 đồng chí nhận Huy hiệu 40 năm tuổi Đảng, 9 đồng "
                "chí nhận Huy hiệu 30 năm tuổi Đảng, 3 đồng chí được truy tặng Huy hiệu 30 năm tuổi Đảng.")


@pytest.mark.parametrize("text", [
    "Dịp 3/2, Đảng bộ xã có 24 đảng viên được tặng và truy tặng Huy hiệu Đảng. Trong đó, " + _GIVEN,
    "Năm nay có 18 đảng viên được tặng, truy tặng Huy hiệu Đảng, gồm " + _GIVEN_TOO,
    "Có 30 đảng viên được tặng và truy tặng Huy hiệu Đảng.\n" + _GIVEN_APART,
])
def test_badges_given_and_given_posthumously_add_up(text):
    assert [f.severity.value for f in findings(text, "sum-mismatch")] == ["warning"]


@pytest.mark.parametrize("text", [
    "Dịp 3/2, Đảng bộ xã có 25 đảng viên được tặng và truy tặng Huy hiệu Đảng. Trong đó, " + _GIVEN,
    "Năm nay có 17 đảng viên được tặng, truy tặng Huy hiệu Đảng, gồm " + _GIVEN_TOO,
    "Có 32 đảng viên được tặng và truy tặng Huy hiệu Đảng.\n" + _GIVEN_APART,
    "Huyện ủy trao tặng, truy tặng Huy hiệu Đảng cho 40 đảng viên.",
])
def test_badges_of_both_groups_that_add_up_stay_silent(text):
    assert findings(text, "sum-mismatch") == []


# 15. A rate against a target that is a rate too ("giảm 1,8%, đạt 120% so với chỉ tiêu (chỉ tiêu là 1,5%)"): the
#     attainment is the rate over the target.
@pytest.mark.parametrize("text, wrong", [
    ("Tỷ lệ hộ nghèo giảm 1,89%, đạt 125% so với chỉ tiêu giao (chỉ tiêu là 1,5%/năm).", "125"),
    ("Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96%, bằng 104% kế hoạch (kế hoạch 95%).", "104"),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%, bằng 95% kế hoạch (kế hoạch năm 94%).", "95"),
])
def test_a_rate_over_a_rate_target(text, wrong):
    assert _shown(text, "derived-mismatch") == [("warning", wrong)]


@pytest.mark.parametrize("text", [
    "Tỷ lệ hộ nghèo giảm 1,89%, đạt 126% so với chỉ tiêu giao (chỉ tiêu là 1,5%/năm).",
    "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96%, bằng 101% kế hoạch (kế hoạch 95%).",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%, bằng 97,02% kế hoạch (kế hoạch năm 94%).",
    # the attainment of something else, the target not written beside it
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%, thu bảo hiểm đạt 95% kế hoạch.",
])
def test_a_right_rate_over_its_target_stays_silent(text):
    assert findings(text, "derived-mismatch") == []

