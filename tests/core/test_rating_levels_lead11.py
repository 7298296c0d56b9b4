"""The rating "xuất sắc / tốt / đạt yêu cầu / không đạt" is one classification: a run of its levels
is a list of parts, its first level never the whole of the others (a false sum-mismatch error
found while reviewing round 11: "có 29 tổ chức xuất sắc, 99 tổ chức tốt và 13 tổ chức đạt yêu cầu"
was read as 29 = 99 + 13)."""

import pytest

from tests.helpers import findings


@pytest.mark.parametrize("text", [
    "Đối với 142 tổ chức cơ sở được đánh giá, có 29 tổ chức xuất sắc, 99 tổ chức tốt và 14 tổ chức đạt yêu cầu.",
    "Kết quả phân loại có 12 chi hội xuất sắc, 30 chi hội tốt, 5 chi hội đạt yêu cầu và 1 chi hội không đạt.",
    "Năm học vừa qua có 8 tập thể lớp xuất sắc; 21 tập thể lớp tốt; 3 tập thể lớp đạt.",
])
def test_a_run_of_rating_levels_is_no_sum(text):
    assert findings(text, "sum-mismatch") == []


@pytest.mark.parametrize("text", [
    "Tổng số 48 chi hội được phân loại, gồm: 12 chi hội xuất sắc, 30 chi hội tốt, 5 chi hội đạt yêu cầu.",
    "Tổng số 35 lớp được xếp loại, gồm 8 lớp xuất sắc, 21 lớp tốt và 3 lớp đạt.",
    "Có 150 tổ chức được đánh giá, gồm: 29 tổ chức xuất sắc, 99 tổ chức tốt, 13 tổ chức đạt yêu cầu.",
])
def test_its_levels_must_still_add_up_to_a_stated_total(text):
    assert len(findings(text, "sum-mismatch")) == 1
