"""Review round 9: a one-click fix writes the corrected number the way the writer wrote the wrong
one: zero-padded where it was ("05" → "06"), never padded where it was not ("10" → "9", not "09").
One helper (numbers.written_like) for every rule that restates a number."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.numbers import written_like

NINE = "(1) Tân An; (2) Tân Bình; (3) Tân Hòa; (4) Tân Lập; (5) Tân Mỹ; (6) Tân Phú; (7) Tân Thành; (8) Tân Tiến; (9) Tân Xuân."


def _fixes(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == code and f.suggestion]


@pytest.mark.parametrize("text, fixed", [
    (f"Huyện có 10 xã, gồm: {NINE}", "9 xã"),
    (f"Đoàn đã giám sát 10 chi bộ, gồm: {NINE}", "9 chi bộ"),
    (f"Hội nghị biểu dương 11 tập thể, gồm: {NINE}", "9 tập thể"),
])
def test_a_count_not_padded_gets_no_zero(text, fixed):
    """Before: "10 xã" with nine listed was to become "09 xã"."""
    assert [s for _, s in _fixes(text, "count-mismatch")] == [fixed]


@pytest.mark.parametrize("text, first", [
    ("Chi bộ có 12 đảng viên; vắng 05 đồng chí, gồm: 02 đồng chí ốm, 02 đồng chí đi công tác, "
     "02 đồng chí việc riêng.", "06 đồng chí"),
    ("Năm qua kết nạp 07 đảng viên, gồm: 03 đoàn viên, 02 hội viên phụ nữ, 03 quần chúng ưu tú.", "08 đảng viên"),
    ("Thi hành kỷ luật 04 đảng viên, gồm: khiển trách 02 đồng chí, cảnh cáo 01 đồng chí.", "03 đảng viên"),
])
def test_a_padded_sum_keeps_its_padding(text, first):
    """Before: "05 đồng chí" whose parts make 6 was to become "6 đồng chí"."""
    fixes = _fixes(text, "sum-mismatch")
    assert fixes and fixes[0][1].startswith(first), fixes


@pytest.mark.parametrize("text, fixed", [
    ("Tổng số phiếu thu vào 34 phiếu; phiếu hợp lệ 33 phiếu, phiếu không hợp lệ 02 phiếu.", "01"),
    ("Số phiếu thu vào 45 phiếu; số phiếu hợp lệ 41 phiếu; số phiếu không hợp lệ 05 phiếu.", "04"),
    ("Phiếu thu vào: 28 phiếu. Phiếu hợp lệ: 25 phiếu. Phiếu không hợp lệ: 04 phiếu.", "03"),
])
def test_a_padded_invalid_ballot_count_keeps_its_padding(text, fixed):
    """Before: "02" invalid ballots was to become "1"."""
    assert [s for _, s in _fixes(text, "vote-mismatch")] == [fixed]


@pytest.mark.parametrize("text", [
    "Chi bộ có 12 đảng viên; vắng 6 đồng chí, gồm: 2 đồng chí ốm, 2 đồng chí đi công tác, 2 đồng chí việc riêng.",
    "Tổng số phiếu thu vào 34 phiếu; phiếu hợp lệ 32 phiếu, phiếu không hợp lệ 02 phiếu.",
    f"Huyện có 09 xã, gồm: {NINE}",
])
def test_right_figures_stay_silent(text):
    assert not [f for f in analyze(text).findings if f.severity.value == "error"]


@pytest.mark.parametrize("number, written, expected", [
    ("6", "05", "06"), ("9", "10", "9"), ("12", "09", "12"), ("1", "02 phiếu", "01"),
    ("0,7", "0,5", "0,7"), ("802,6", "812,6 tỷ đồng", "802,6"), ("3", "3", "3"),
])
def test_written_like(number, written, expected):
    assert written_like(number, written) == expected
