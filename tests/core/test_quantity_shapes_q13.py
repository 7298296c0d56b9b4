"""Shapes of round 11 (q13), each a mechanism the retired held-out sets 4 and 5 showed other writers use:
our own sentences, positives and near-misses."""

from __future__ import annotations

import pytest

from tests.helpers import findings


# A label that named who attended ("Dự hội nghị có đ/c …") heads no count of the next line.
@pytest.mark.parametrize("text", [
    "Dự hội nghị có đ/c Âu Văn Sơn, Ủy viên Ban Thường vụ.\nChi bộ có 18 đảng viên (16 chính thức, 2 dự bị). "
    "Có mặt 17/18 đồng chí; vắng 01 đồng chí.",
    "Dự họp có đồng chí Lê Văn An, Phó Bí thư Đảng ủy xã.\nChi bộ có 24 đảng viên (21 chính thức, 3 dự bị); có mặt "
    "22 đồng chí, vắng 2 đồng chí.",
    "Dự và chỉ đạo: đồng chí Trần Thị Hoa, Đảng ủy viên.\nChi bộ có 31 đảng viên (29 chính thức, 02 dự bị). Có mặt "
    "30 đồng chí, vắng 1 đồng chí.",
])
def test_guest_line_heads_no_count(text):
    assert not findings(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "Dự họp có đồng chí Lê Văn An, Phó Bí thư Đảng ủy xã.\nChi bộ có 18 đảng viên (16 chính thức, 2 dự bị); có mặt "
    "16 đồng chí, vắng 1 đồng chí.",
    "Dự họp: đồng chí Lê Văn An, Phó Bí thư Đảng ủy xã.\nTổng số 18 đảng viên; có mặt 16 đồng chí, vắng 1 đồng chí.",
    "Có mặt 15 đồng chí.\nVắng 2 đồng chí (đồng chí Lê Văn An, đồng chí Trần Thị Bình).\nTổng số 18 đảng viên.",
])
def test_guest_line_then_a_wrong_attendance(text):
    assert findings(text, "attendance-mismatch")
