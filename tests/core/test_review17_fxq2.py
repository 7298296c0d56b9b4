"""Review 17's false warnings on correct text (round q20's arithmetic), each with the reviewer's sentences, sentences
of other wording, and the slips that must still be caught."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import Analyzer
from minutes_app.core.quantities.estimates import estimated


def _loud(text: str, code: str) -> list:
    return [f for f in Analyzer().analyze(text + "\n").findings
            if f.code == code and f.severity.value in ("error", "warning")]


# 4. A verdict over two plain rates: a rate better lower ("trễ hẹn", "thấp còi", "tỷ lệ mắc") or of no known direction
# ("chưa qua đào tạo") is not judged as if higher were better.
HEAD = "Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\n"
OTHER_ROWS = "\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt\nKết nạp đảng viên | 20 | 22 | Vượt"
RATE_VERDICT_RIGHT = [
    "Tỷ lệ hồ sơ giải quyết trễ hẹn | 2% | 1,5% | Đạt",
    "Tỷ lệ trẻ dưới 5 tuổi thấp còi | 14% | 13,2% | Đạt",
    "Tỷ lệ lao động chưa qua đào tạo | 35% | 33% | Đạt",
    "Tỷ lệ mắc sốt xuất huyết trên 100.000 dân | 50% | 42% | Đạt",
    # other wording: a ceiling met told "vượt", a rate of no known direction, one missed told "chưa đạt"
    "Tỷ lệ trẻ sơ sinh nhẹ cân | 5% | 4,1% | Vượt",
    "Tỷ lệ hộ tái nghèo trong năm | 0,5% | 0,8% | Chưa đạt",
    "Tỷ lệ sinh viên bỏ dở khóa học | 10% | 7,5% | Hoàn thành",
    # higher is better, read as before
    "Tỷ lệ che phủ rừng | 46% | 45,2% | Chưa đạt",
    "Tỷ lệ hộ dùng nước hợp vệ sinh | 95% | 96,1% | Vượt",
]
RATE_VERDICT_WRONG = [
    ("Tỷ lệ che phủ rừng | 46% | 46,2% | Chưa đạt", "Chưa đạt"),
    ("Tỷ lệ trường đạt chuẩn quốc gia | 70% | 64,5% | Đạt", "Đạt"),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế | 92% | 93,4% | Không đạt", "Không đạt"),
    # no known direction, and neither direction gives "vượt" when the two rates are equal … nor "chưa đạt"
    ("Tỷ lệ sinh viên bỏ dở khóa học | 10% | 10% | Chưa đạt", "Chưa đạt"),
]


@pytest.mark.parametrize("row", RATE_VERDICT_RIGHT)
def test_verdict_of_a_rate_of_no_known_direction_stays_silent(row):
    assert _loud(HEAD + row + OTHER_ROWS, "target-status-mismatch") == []


@pytest.mark.parametrize("row, wrong", RATE_VERDICT_WRONG)
def test_verdict_of_a_rate_better_higher_is_checked(row, wrong):
    found = _loud(HEAD + row + OTHER_ROWS, "target-status-mismatch")
    assert len(found) == 1 and wrong in found[0].text


# 5. "gấp N lần <plan>" of the one plan figure before it: only when the plan named after "lần" is that plan (bare, or
# naming what its label names), not another plan of another body.
PLAN_TIMES_RIGHT = [
    "Tổng thu ngân sách trên địa bàn đạt 94,8 tỷ đồng, bằng 181,3% dự toán tỉnh giao (52,3 tỷ đồng), gấp 1,5 lần dự "
    "toán huyện giao.",
    "Thu ngân sách xã đạt 6,2 tỷ đồng, bằng 155% kế hoạch huyện giao (4 tỷ đồng) và gấp 1,2 lần kế hoạch HĐND xã giao.",
    "Vốn tín dụng chính sách giải ngân 38 tỷ đồng, bằng 190% kế hoạch tỉnh giao (20 tỷ đồng); gấp 1,4 lần kế hoạch của "
    "Ngân hàng huyện.",
    "Số lao động được tạo việc làm là 640 người, bằng 160% chỉ tiêu Nghị quyết (400 người), gấp 1,1 lần chỉ tiêu UBND "
    "huyện.",
]
PLAN_TIMES_WRONG = [
    ("Thu ngân sách đạt 94,8 tỷ đồng, bằng 181,3% dự toán tỉnh giao (52,3 tỷ đồng), gấp 1,5 lần dự toán tỉnh giao.",
     "1,5"),
    ("Thu ngân sách đạt 61,2 tỷ đồng, bằng 153% dự toán (40 tỷ đồng), gấp 1,3 lần dự toán được giao.", "1,3"),
    ("Vốn giải ngân đạt 38 tỷ đồng, bằng 190% kế hoạch tỉnh giao (20 tỷ đồng), gấp 1,4 lần kế hoạch.", "1,4"),
]


@pytest.mark.parametrize("text", PLAN_TIMES_RIGHT)
def test_times_of_another_plan_stays_silent(text):
    assert _loud(text, "derived-mismatch") == []


@pytest.mark.parametrize("text, wrong", PLAN_TIMES_WRONG)
def test_times_of_the_same_or_a_bare_plan_is_checked(text, wrong):
    found = _loud(text, "derived-mismatch")
    assert len(found) == 1 and found[0].text == wrong


# 6. A share column moved by its last unit so that it adds up to 100 %.
SHARES_RIGHT = [
    "Bảng: Kết quả xếp loại chi bộ\nMức xếp loại | Số chi bộ | Tỷ lệ\nHoàn thành xuất sắc | 1 | 33,33%\n"
    "Hoàn thành tốt | 1 | 33,33%\nHoàn thành | 1 | 33,34%",
    "Bảng: Kết quả đánh giá đảng viên\nMức | Số đảng viên | Tỷ lệ\nXuất sắc | 2 | 16,67%\nTốt | 8 | 66,67%\n"
    "Hoàn thành | 2 | 16,66%",
    "Loại hộ | Số hộ | Tỷ lệ\nKhá | 1 | 14,29%\nTrung bình | 3 | 42,85%\nKhó khăn | 3 | 42,86%",
    "Tổ\tSố hội viên mới\tTỷ lệ\nTổ 1\t1\t16,7%\nTổ 2\t1\t16,6%\nTổ 3\t1\t16,7%\nTổ 4\t3\t50,0%",
]
SHARES_WRONG = [
    # adds up to 100, but a row off by two units
    ("Thôn | Số hộ | Tỷ lệ\nThôn 1 | 1 | 16,67%\nThôn 2 | 1 | 16,67%\nThôn 3 | 1 | 16,65%\nThôn 4 | 1 | 16,67%\n"
     "Thôn 5 | 1 | 16,67%\nThôn 6 | 1 | 16,67%", "16,65%"),
    # off by a unit, the column not adding up to 100
    ("Mức độ | Số hộ | Tỷ lệ\nTốt | 312 | 62,40%\nKhá | 150 | 30,00%\nChưa tốt | 38 | 7,61%", "7,61%"),
]


@pytest.mark.parametrize("text", SHARES_RIGHT)
def test_share_column_made_to_add_up_stays_silent(text):
    assert _loud(text, "percent-mismatch") == []


@pytest.mark.parametrize("text, wrong", SHARES_WRONG)
def test_share_column_slip_is_checked(text, wrong):
    found = _loud(text, "percent-mismatch")
    assert len(found) == 1 and found[0].text == wrong


# 7. A whole number of times: a clerk rounds it up a little or cuts a fraction off; rounding up by more than a quarter
# (or cutting a half and more) is a wrong claim.
WHOLE_TIMES_RIGHT = [
    "Thu nhập bình quân đạt 7.400 nghìn đồng, gấp 4 lần năm 2015 (1.950 nghìn đồng).",
    "Số hộ sử dụng nước sạch là 2.300 hộ, gấp 2 lần năm 2020 (1.000 hộ).",
    "Đến nay, toàn xã có 57 hợp tác xã kiểu mới, gấp 3 lần so với năm 2019 (20 hợp tác xã).",
    "Sản lượng thủy sản năm 2025 đạt 3.950 tấn, gấp 5 lần năm 2010 (810 tấn).",
    "Năm nay có 26 câu lạc bộ, gấp 2 lần đầu nhiệm kỳ (12 câu lạc bộ).",
]
WHOLE_TIMES_WRONG = [
    ("Năm 2025 xã có 33 hợp tác xã hoạt động hiệu quả, gấp 3 lần so với năm 2020 (13 hợp tác xã).", "3"),
    ("Đến cuối năm có 2.460 hộ dùng nước sạch, gấp 3 lần so với năm 2015 (920 hộ).", "3"),
    ("Sản lượng thủy sản năm 2025 đạt 3.950 tấn, gấp 3 lần năm 2010 (810 tấn).", "3"),
    ("Năm nay có 31 câu lạc bộ, gấp 2 lần đầu nhiệm kỳ (12 câu lạc bộ).", "2"),
]


@pytest.mark.parametrize("text", WHOLE_TIMES_RIGHT)
def test_whole_times_rounded_as_clerks_do_stays_silent(text):
    assert _loud(text, "derived-mismatch") == []


@pytest.mark.parametrize("text, wrong", WHOLE_TIMES_WRONG)
def test_whole_times_overstated_or_cut_too_far_is_checked(text, wrong):
    found = _loud(text, "derived-mismatch")
    assert len(found) == 1 and found[0].text == wrong


# One reading of "ước": an estimate, not a bound, for shares and for times alike.
@pytest.mark.parametrize("text, at, expected", [
    ("ước 48,6 triệu đồng", 4, True), ("ước đạt 101,8%", 8, True), ("ước tính 52.940 tấn", 9, True),
    ("khoảng 48,6 triệu đồng", 7, False), ("trước 30 ngày", 6, False),
])
def test_estimate_before_a_figure(text, at, expected):
    assert estimated(text, at) is expected


def test_estimated_times_are_not_worked_out_and_estimated_figures_are():
    assert _loud("Năm 2025 xã có 33 hợp tác xã, ước gấp 3 lần so với năm 2020 (13 hợp tác xã).", "derived-mismatch") == []
    found = _loud("Thu nhập bình quân ước 48,6 triệu đồng/năm, gấp 1,9 lần năm 2018 (30,2 triệu đồng).",
                  "derived-mismatch")
    assert len(found) == 1 and found[0].text == "1,9"
