"""A target's period is a month of 1 to 12 or a span of months, never the amount that follows "9 tháng" (seen in a
summary's targets table as "tháng 64"); sentences of our own."""

import pytest

from tests.helpers import gold


@pytest.mark.parametrize("text, period", [
    ("Thu ngân sách trên địa bàn 9 tháng 64,73 tỷ đồng, đạt 80,9% dự toán năm (80 tỷ đồng).", "9 tháng"),
    ("Giải ngân vốn đầu tư công 6 tháng 12,5 tỷ đồng, đạt 41,7% kế hoạch năm (30 tỷ đồng).", "6 tháng"),
    ("Kết nạp đảng viên tháng 10 được 4 đảng viên, đạt 40% kế hoạch năm (10 đảng viên).", "tháng 10"),
])
def test_the_period_of_a_target(text, period):
    targets = gold(text)["targets"]
    assert targets and targets[0]["period"] == period
