"""Shapes of round eight (q9: real-text mutation bank, counts, sums, derived values, verdicts),
sentences of our own in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import findings

# ---------------------------------------------------------------- an aside in brackets before "trong đó"


@pytest.mark.parametrize("text, wrong", [
    ("Toàn huyện có 56 chi bộ (tăng 2 chi bộ so với năm 2023), trong đó 30 chi bộ nông thôn, 28 chi bộ trường học.",
     "56"),
    ("Đảng bộ có 45 tổ chức cơ sở đảng (giảm 3 so với đầu nhiệm kỳ); trong đó 20 đảng bộ cơ sở (tăng 1), 27 chi bộ "
     "cơ sở (giảm 4).", "45"),
    ("Đến cuối năm, toàn Đảng bộ có 132 tổ chức cơ sở đảng (tăng 4 cơ sở so với năm 2022), trong đó, có 61 đảng bộ "
     "cơ sở (tăng 02), 73 chi bộ cơ sở (tăng 2).", "132"),
])
def test_kinds_listed_after_an_aside_must_not_pass_their_whole(text, wrong):
    found = [f for f in findings(text, "sum-mismatch") if f.severity.value == "error"]
    assert any(wrong in f.text for f in found), found


@pytest.mark.parametrize("text", [
    "Toàn huyện có 58 chi bộ (tăng 2 chi bộ so với năm 2023), trong đó 30 chi bộ nông thôn, 28 chi bộ trường học.",
    "Đảng bộ có 47 tổ chức cơ sở đảng (giảm 3 so với đầu nhiệm kỳ); trong đó 20 đảng bộ cơ sở (tăng 1), 27 chi bộ "
    "cơ sở (giảm 4).",
    "Đến cuối năm, toàn Đảng bộ có 134 tổ chức cơ sở đảng (tăng 4 cơ sở so với năm 2022), trong đó, có 61 đảng bộ "
    "cơ sở (tăng 02), 73 chi bộ cơ sở (tăng 2).",
    # subsets by a property after an aside: never summed
    "Năm 2024 kết nạp 52 đảng viên (đạt 104% kế hoạch), trong đó 18 đảng viên nữ, 40 đảng viên là đoàn viên thanh niên.",
    "Xã có 1.250 hội viên (tăng 85 hội viên), trong đó 700 hội viên nông dân, 600 hội viên cựu chiến binh.",
])
def test_kinds_after_an_aside_that_fit_stay_silent(text):
    assert not findings(text, "sum-mismatch")
