"""The levels and options minutes count by (resources/classification_levels.txt: "đồng ý", "tán thành", "xuất sắc",
"trung bình", "khiển trách" …) are words of these reports: a slip in one is believed like a slip in any strong word,
even beside a syllable that stands alone ("ý") or for a syllable of a hundred words ("đông"). Before, "đông ý" was
silent: "đồng ý" was neither in the hand-written list of report words nor frequent in the small running-text sample."""

import pytest

from tests.checks.test_realword import found


@pytest.mark.parametrize("text, slip, fix", [
    ("Các đại biểu đều đông ý với dự thảo nghị quyết.", "đông", "đồng"),
    ("Kết quả: 25/25 đồng chí có mặt đông ý (đạt 100%).", "đông", "đồng"),
    ("Hội nghị đông ý thông qua kế hoạch năm 2026.", "đông", "đồng"),
    ("Số phiếu không đông ý: 02 phiếu.", "đông", "đồng"),
    ("Có 3 chi bộ xếp loại trung binh trong năm.", "binh", "bình"),
])
def test_a_slip_in_a_counted_level_is_caught(text, slip, fix):
    assert found(text, "real-word") == [(slip, fix)]


@pytest.mark.parametrize("text", [
    "Các đại biểu đều đồng ý với dự thảo nghị quyết.",
    "Hội trường rất đông, ý kiến phát biểu sôi nổi.",  # "đông" and "ý" in two clauses
    "Dân cư đông. Ý thức chấp hành pháp luật của người dân tốt.",
    "Phiên chợ đông vui, ý nghĩa.",
    "Có 3 chi bộ xếp loại trung bình; Binh đoàn 15 hỗ trợ 12 hộ.",
])
def test_near_misses_stay_silent(text):
    assert found(text, "real-word") == []
