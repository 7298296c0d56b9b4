"""Arithmetic rules: true positives and the near-misses that must stay silent."""

import pytest

from minutes_app.core.model import Severity
from tests.helpers import findings


@pytest.mark.parametrize(
    "text, stated, fixed",
    [
        ("Chi bộ kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm).", "75,5%", "77,5%"),
        ("Có 45/52 chi bộ đạt trong sạch vững mạnh, chiếm 84,6%.", "84,6%", "86,5%"),
        ("Tỷ lệ 88% (22/24 đảng viên) tham gia đầy đủ.", "88%", "92%"),
    ],
)
def test_percent_mismatch_fires(text, stated, fixed):
    found = findings(text, "percent-mismatch")
    assert [(f.text, f.suggestion, f.severity) for f in found] == [(stated, fixed, Severity.ERROR)]


@pytest.mark.parametrize(
    "text",
    [
        "Có 45/52 chi bộ (đạt 86,5%) tham gia.",
        "Đã kiểm tra 3/4 chi bộ, đạt 75%.",
        "Kết quả 1/3 đảng viên đạt 33,3%, 2/3 đạt 66,7%.",
        "Có 62/80 tổ chức; năm trước đạt 75,5%.",  # another clause: not the same ratio
        "Trong tháng 3/2023 đạt 75% kế hoạch.",  # a month, not a ratio
        "Đạt 77,50% (62/80 tổ chức).",
    ],
)
def test_percent_mismatch_silent(text):
    assert findings(text, "percent-mismatch") == []


def test_truncation_is_a_warning():
    found = findings("kiểm tra được 142/547 đảng viên (đạt 25,9% kế hoạch năm)", "percent-mismatch")
    assert [(f.severity, f.suggestion) for f in found] == [(Severity.WARNING, "26,0%")]


def test_sum_mismatch_more_than_total_is_error():
    text = "Cụm có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 15 chi bộ cơ sở; tổng số"
    found = findings(text, "sum-mismatch")
    # the finding runs from the whole to its last part (any of them may be wrong); the fix rewrites the whole
    assert [(f.text.split()[0], f.suggestion.split()[0], f.severity) for f in found] == [("36", "37", Severity.ERROR)]
    assert found[0].text.endswith("15 chi bộ cơ sở")


def test_sum_mismatch_exhaustive_list_short_is_error():
    found = findings("Tổng số 18 đơn, gồm 10 đơn tố cáo, 5 đơn khiếu nại và 2 đơn phản ánh.", "sum-mismatch")
    assert [(f.text.split()[0], f.severity) for f in found] == [("18", Severity.ERROR)]
    assert found[0].text.endswith("2 đơn phản ánh")


def test_membership_breakdown_is_attendance_not_sum():
    text = "Tổng số 27 đảng viên, gồm 24 đảng viên chính thức và 2 đảng viên dự bị."
    assert not findings(text, "sum-mismatch")
    assert [f.severity for f in findings(text, "attendance-mismatch")] == [Severity.ERROR]


def test_sum_mismatch_partial_list_short_is_warning():
    found = findings("Huyện có 40 chi bộ, trong đó 20 chi bộ nông thôn, 15 chi bộ cơ quan.", "sum-mismatch")
    assert [f.severity for f in found] == [Severity.WARNING]


@pytest.mark.parametrize(
    "text",
    [
        "Cụm có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở.",
        "Có 50 đảng viên, trong đó 12 đồng chí nữ, 5 đồng chí dân tộc thiểu số.",
        "Tổng số 27 đảng viên, gồm 24 đảng viên chính thức và 3 đảng viên dự bị.",
        "Có 30 đảng viên, trong đó có 5 đảng viên dự bị.",  # a single part is a subset
    ],
)
def test_sum_mismatch_silent(text):
    assert findings(text, "sum-mismatch") == []


def test_part_exceeds_whole():
    assert findings("với 85 đảng viên trên tổng số 75 cán bộ, công chức", "part-exceeds-whole")
    assert findings("đã kiểm tra 58/52 chi bộ", "part-exceeds-whole")
    assert findings("với 65 đảng viên trên tổng số 75 cán bộ, công chức", "part-exceeds-whole") == []
    assert findings("đã kiểm tra 52/52 chi bộ", "part-exceeds-whole") == []



@pytest.mark.parametrize("text, suggestion", [
    ("Năm 2025 kết nạp 29 đảng viên trên chỉ tiêu 35, đạt 82,8%.", "82,9"),
    ("Phát triển được 23 hội viên mới so với kế hoạch 27 hội viên, đạt 85,1%.", "85,2"),
    ("Thu ngân sách thực hiện 4.657 triệu đồng so với dự toán 6.000 triệu đồng, đạt 77,61%.", "77,62"),
])
def test_a_truncated_attainment_is_a_warning_that_says_so(text, suggestion):
    """Result ÷ plan cut instead of rounded (82,857 → 82,8): the writer's habit, named, never an error."""
    found = findings(text, "percent-mismatch")
    assert [(f.severity, f.suggestion) for f in found] == [(Severity.WARNING, suggestion)]
    assert "cắt bỏ phần lẻ thay vì làm tròn" in found[0].message


def test_a_plan_after_trên_is_named_by_its_own_words():
    """"29 đảng viên trên chỉ tiêu 35": the plan is "chỉ tiêu 35", not "đảng viên trên chỉ tiêu 35"."""
    found = findings("Năm 2025 kết nạp 29 đảng viên trên chỉ tiêu 35, đạt 80,1%.", "percent-mismatch")
    assert len(found) == 1 and "so với kế hoạch chỉ tiêu 35 là" in found[0].message


def test_a_rounded_attainment_is_silent():
    assert findings("Chỉ tiêu trồng 1.200 cây xanh, thực hiện 1.019 cây, đạt 84,9%.", "percent-mismatch") == []
