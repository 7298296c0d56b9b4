"""Number printing (domain.md §5): "." for thousands, "," for decimals, no space before "%"."""

import pytest

from tests.helpers import SEEDS, findings


def found(text):
    return [(f.text, f.suggestion) for f in findings(text, "number-format")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tổng vốn huy động đạt 2. 480 tỷ đồng.", ("2. 480", "2.480")),
        ("Dân số toàn tỉnh là 1,532,410 người.", ("1,532,410", "1.532.410")),
        ("Chi thường xuyên 3,120.75 triệu đồng.", ("3,120.75", "3.120,75")),
        ("Tỷ lệ hộ nghèo giảm còn 2.35%.", ("2.35", "2,35")),
        ("Vốn đầu tư công 4.5 tỷ đồng.", ("4.5", "4,5")),
        ("Kết nạp đạt 82 % kế hoạch.", ("82 %", "82%")),
        ("Tăng trưởng 6,5 % so với cùng kỳ.", ("6,5 %", "6,5%")),
        ("Thu ngân sách 7,250 triệu đồng.", ("7,250", None)),
        ("Quỹ khuyến học còn 1,250 nghìn đồng.", ("1,250", None)),
        ("Toàn huyện có 2,315 đảng viên.", ("2,315", None)),
    ],
)
def test_number_format_found(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách 1.357 tỷ đồng, đạt 75,5% dự toán, tăng 13,4%.",
        "Các nội dung 1, 2 và 3 được thông qua; các ý (1), (2) giữ nguyên.",
        "1. 357 hộ được hỗ trợ sinh kế.",  # a list item, not a split number
        "Tại mục 2. 120 hộ nghèo được rà soát.",
        "Diện tích 1,125 ha; chi 0,125 tỷ đồng; đạt 2,5 lần.",
        # a thousand tỷ is "nghìn tỷ", a thousand triệu people "tỷ": three decimals there are decimals
        "Thu ngân sách trên địa bàn đạt 24,023 tỷ đồng, bằng 43% kế hoạch.",
        "Vận động Quỹ Vì người nghèo được 2,083 tỷ đồng.",
        "Quy mô dân số của tỉnh mới hơn 3,153 triệu người.",
        "Ngày 12.5.2023 triển khai Công nghiệp 4.0 theo mục 1.1.",
        "Nghị quyết 15-NQ/TU; giai đoạn 2021 - 2025; 62/80 tổ chức.",
    ],
)
def test_number_format_silent(text):
    assert found(text) == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_silent_on_seeds(seed):
    assert found(seed.read_text(encoding="utf-8")) == []
