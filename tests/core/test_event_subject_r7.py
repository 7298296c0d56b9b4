"""figure-inconsistent, reviewer round 7: an event's head count told of two bodies ("Chi bộ thôn 1 kết nạp …",
"toàn Đảng bộ kết nạp …") is two quantities; told of one body, or of none, it is one. Sentences written for this
test."""

import pytest

from minutes_app.core.engine import analyze


def _inconsistent(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.code == "figure-inconsistent"]


@pytest.mark.parametrize("text", [
    "Chi bộ thôn 1 kết nạp 3 đảng viên.\nTrong năm, toàn Đảng bộ kết nạp 24 đảng viên.",
    "Đảng ủy khen thưởng 20 đảng viên.\nHuyện ủy khen thưởng 3 đảng viên của Đảng bộ xã.",
    "Chi bộ Trường Tiểu học kết nạp 2 đảng viên.\nChi bộ Trạm Y tế đã kết nạp 1 đảng viên.",
    "Hội Nông dân xã kết nạp 45 hội viên.\nChi hội thôn Đông kết nạp 8 hội viên.",
])
def test_two_bodies_are_silent(text):
    assert _inconsistent(text) == []


@pytest.mark.parametrize("text", [
    "Đảng bộ kết nạp 12 đảng viên.\nNăm qua, Đảng bộ đã kết nạp 21 đảng viên.",
    "Chi bộ kết nạp 3 đảng viên.\nTrong kỳ, chi bộ đã kết nạp 5 đảng viên.",
    "Năm 2025, Đảng bộ xã kết nạp 18 đảng viên.\nCông tác phát triển đảng viên: kết nạp 16 đảng viên.",
])
def test_one_body_still_found(text):
    assert len(_inconsistent(text)) == 1
