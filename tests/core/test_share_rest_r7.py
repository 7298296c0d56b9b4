"""percent-mismatch, reviewer round 7: an inferred whole is one reading; a share of the whole less another
count of its class in the paragraph (members less those exempt, ballots less the invalid ones) is the author's.
Sentences written for this test."""

import pytest

from minutes_app.core.engine import analyze


def _percent(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.code == "percent-mismatch"]


@pytest.mark.parametrize("text", [
    "Chi bộ có 40 đảng viên, có mặt 33 đồng chí (đạt 94,3% số đảng viên phải dự), 5 đồng chí miễn sinh hoạt, vắng 2.",
    "Chi bộ có 26 đảng viên.\nBuổi sinh hoạt có 21 đồng chí dự, đạt 91,3%; 3 đồng chí được miễn sinh hoạt.",
    "Đảng bộ có 120 đảng viên, 12 đồng chí miễn sinh hoạt; có 99 đồng chí tham gia học tập nghị quyết, đạt 91,7%.",
])
def test_share_of_whole_less_exempt_is_silent(text):
    assert _percent(text) == []


@pytest.mark.parametrize("text", [
    "Chi bộ có 40 đảng viên, có mặt 33 đồng chí (đạt 90%), 5 đồng chí miễn sinh hoạt, vắng 2.",
    "Chi bộ có 26 đảng viên.\nBuổi sinh hoạt có 21 đồng chí dự, đạt 95%; 3 đồng chí được miễn sinh hoạt.",
    "Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,7%.",
])
def test_other_share_still_found(text):
    assert len(_percent(text)) == 1
