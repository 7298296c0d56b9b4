"""A change told with its level, its rate and its base (round 21): when the rate agrees with the level against the
base and the amount does not, the amount is the slip (derived.py, _amount_or_rate) - the finding is on it, not on the
rate that is right. Sentences of our own, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import loud


@pytest.mark.parametrize("text, wrong, fix", [
    # the level's share of its plan told between it and the change
    ("Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện cả năm 27.930 triệu đồng, đạt 114,0% dự toán (24.500 "
     "triệu đồng), tăng 2.870 triệu đồng, tương đương 11,0% so với năm 2025 (25.160 triệu đồng).", "2.870", "2.770"),
    ("Sản lượng lương thực đạt 16.480 tấn, đạt 103% kế hoạch (16.000 tấn), tăng 502 tấn, tương đương 3,3% so với "
     "năm 2024 (15.960 tấn).", "502", "520"),
    ("Kim ngạch xuất khẩu đạt 412,6 tỷ đồng, bằng 98,2% kế hoạch (420 tỷ đồng), giảm 21,4 tỷ đồng, tương đương 5,2% "
     "so với cùng kỳ (435 tỷ đồng).", "21,4", "22,4"),
])
def test_the_amount_is_questioned_when_level_base_and_rate_agree(text, wrong, fix):
    found = loud(text, "derived-mismatch")
    assert [f.text.split()[0] for f in found] == [wrong], found
    assert found[0].suggestion.startswith(fix)


@pytest.mark.parametrize("text, wrong", [
    # the amount agrees with the levels: the rate is the slip, as before
    ("Tổng thu ngân sách xã ước thực hiện cả năm 27.930 triệu đồng, đạt 114,0% dự toán (24.500 triệu đồng), tăng "
     "2.770 triệu đồng, tương đương 11,4% so với năm 2025 (25.160 triệu đồng).", "11,4"),
    # the level bears out neither: the rate stays the one questioned against the amount
    ("Tổng thu ngân sách xã ước thực hiện cả năm 28.500 triệu đồng, đạt 116,3% dự toán (24.500 triệu đồng), tăng "
     "2.870 triệu đồng, tương đương 11,0% so với năm 2025 (25.160 triệu đồng).", "11,0"),
])
def test_the_rate_is_questioned_when_the_level_does_not_bear_it_out(text, wrong):
    found = loud(text, "derived-mismatch")
    assert [f.text.split()[0] for f in found] == [wrong], found


def test_all_four_agreeing_is_silent():
    assert not loud("Sản lượng lương thực đạt 16.480 tấn, đạt 103% kế hoạch (16.000 tấn), tăng 520 tấn, tương đương "
                    "3,3% so với năm 2024 (15.960 tấn).", "derived-mismatch")
