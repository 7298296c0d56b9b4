"""Shapes of round nine (q10: relations across sentences and paragraphs on real phrasing), sentences
of our own in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import findings

# ---------------------------------------------------------------- a share whose base was stated a paragraph before,
# the base written as "P trong tổng số W <noun>" or by the noun's acronym


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024, toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá chất lượng.\n"
     "Qua đánh giá, có 190 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 84,6%.", "84,6%"),
    ("Đảng bộ phường có 36 chi bộ trực thuộc, trong năm có 35 trong tổng số 36 chi bộ được kiểm điểm.\n"
     "Kết quả, 29 chi bộ hoàn thành tốt nhiệm vụ, chiếm 78,4%.", "78,4%"),
    ("Toàn tỉnh có 1.250 hợp tác xã (HTX) đang hoạt động.\n"
     "Trong năm, có 830 HTX hoạt động có hiệu quả, đạt 62,4%.", "62,4%"),
])
def test_a_share_of_a_base_stated_a_paragraph_before(text, wrong):
    found = findings(text, "percent-mismatch")
    assert any(wrong in f.text and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024, toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá chất lượng.\n"
    "Qua đánh giá, có 190 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 89,6%.",
    # the share is of the whole count, not of those assessed: either base explains it
    "Năm 2024, toàn huyện có 212 trong tổng số 220 tổ chức cơ sở đảng được đánh giá chất lượng.\n"
    "Qua đánh giá, có 190 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 86,4%.",
    "Đảng bộ phường có 36 chi bộ trực thuộc, trong năm có 35 trong tổng số 36 chi bộ được kiểm điểm.\n"
    "Kết quả, 29 chi bộ hoàn thành tốt nhiệm vụ, chiếm 82,9%.",
    "Toàn tỉnh có 1.250 hợp tác xã (HTX) đang hoạt động.\n"
    "Trong năm, có 830 HTX hoạt động có hiệu quả, đạt 66,4%.",
    # another noun: no base of its own
    "Toàn tỉnh có 1.250 hợp tác xã nông nghiệp đang hoạt động.\n"
    "Trong năm, có 830 hộ dân tham gia liên kết sản xuất, đạt 62,4%.",
])
def test_a_share_that_fits_one_base_before_stays_silent(text):
    assert not findings(text, "percent-mismatch")
