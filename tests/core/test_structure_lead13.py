"""A target's result is the one the quantity layer reads against the plan, not the first figure of the line
(seen driving the editor: "diện tích lúa đạt 320 ha, kết nạp 5 đảng viên trên chỉ tiêu 4" showed 320 of 4)."""

import pytest

from minutes_app.core.engine import analyze


@pytest.mark.parametrize("text, target, result, name", [
    ("Tình hình an ninh ổn định; diện tích lúa đạt 320 ha, kết nạp 5 đảng viên trên chỉ tiêu 4, đạt 125%.", 4, 5,
     "Kết nạp"),
    ("Xã trồng 320 ha lúa, kết nạp 5 đảng viên trên chỉ tiêu 4, đạt 125%.", 4, 5, "Kết nạp"),
    ("Sản lượng thủy sản đạt 1.250 tấn, giải quyết việc làm cho 320 lao động trên chỉ tiêu 300, đạt 106,7%.", 300, 320,
     "Giải quyết việc làm"),
])
def test_the_layers_pair_of_a_plan_is_the_target(text, target, result, name):
    (found,) = analyze(text).structure.targets
    assert (found.target, found.result) == (target, result)
    assert found.name.startswith(name), found.name


@pytest.mark.parametrize("text, target, result", [
    ("Trồng cây phân tán: kế hoạch giao 1.200 cây, thực hiện 1.250 cây.", 1200, 1250),
    ("Tổng thu ngân sách trên địa bàn, ước đạt 12 tỷ đồng trên dự toán 10 tỷ đồng, đạt 120%.", 10, 12),
    ("Tỷ lệ hộ nghèo còn 2,1%, chỉ tiêu dưới 3%.", 3, 2.1),
])
def test_a_line_with_one_plan_and_result_is_read_as_before(text, target, result):
    (found,) = analyze(text).structure.targets
    assert (found.target, found.result) == (target, result)
