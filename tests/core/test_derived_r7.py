"""derived-mismatch, reviewer round 7: an average is of the whole amount, never of a part of it written after it
("trong đó ngân sách …"). Sentences written for this test."""

import pytest

from minutes_app.core.engine import analyze


def _derived(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.code == "derived-mismatch"]


@pytest.mark.parametrize("text", [
    "Hỗ trợ 5 hộ nghèo xây nhà, tổng kinh phí 250 triệu đồng, trong đó ngân sách 150 triệu đồng, bình quân 50 triệu "
    "đồng/hộ.",
    "Giải ngân cho 40 hộ vay 2 tỷ đồng, trong đó vốn ủy thác 1,2 tỷ đồng, bình quân 50 triệu đồng/hộ.",
    "Vận động 300 hộ đóng góp 60 triệu đồng, trong đó tiền mặt 45 triệu đồng, bình quân 200.000 đồng/hộ.",
    "Tổng số tiền 21 triệu đồng hỗ trợ 07 hội viên, bình quân 3 triệu đồng/người.",
])
def test_average_of_the_whole_is_silent(text):
    assert _derived(text) == []


@pytest.mark.parametrize("text", [
    "Hỗ trợ 5 hộ nghèo xây nhà, tổng kinh phí 250 triệu đồng, trong đó ngân sách 150 triệu đồng, bình quân 30 triệu "
    "đồng/hộ.",
    "Giải ngân cho 40 hộ vay 2 tỷ đồng, trong đó vốn ủy thác 1,2 tỷ đồng, bình quân 30 triệu đồng/hộ.",
    "Năm qua, 1.326 hộ trong ấp đóng góp 198,9 triệu đồng, bình quân 160.000 đồng/hộ.",
])
def test_average_slip_still_found(text):
    assert len(_derived(text)) == 1
