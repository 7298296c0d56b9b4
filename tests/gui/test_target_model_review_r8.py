"""Reviewer r8: the entities panel's target detail tells the level and result the document model judged, as the
summary does, when the targets detector read other numbers of the line (an age, the result taken for the level);
where the two agree it keeps the comparison the text states."""

from __future__ import annotations

import pytest

from .test_target_comparison import target_details

HEAD = "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nI. KẾT QUẢ\n"


@pytest.mark.parametrize("sentence, shown", [
    ("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng là 9,8%, chỉ tiêu đề ra là dưới 10%.", "Chỉ tiêu: 10% · Kết quả: 9,8%"),
    ("Tỷ lệ hộ nghèo của xã giảm còn 3,6%, thấp hơn mục tiêu 4% đề ra.", "Chỉ tiêu: 4% · Kết quả: 3,6%"),
    ("Tỷ lệ trẻ dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 99,5%, chỉ tiêu đề ra là 98%.",
     "Chỉ tiêu: 98% · Kết quả: 99,5%"),
])
def test_the_detail_tells_the_model_s_level_and_result(qtbot, sentence, shown):
    details = target_details(qtbot, sentence, HEAD)
    assert any(d.startswith(shown) for d in details), details
    assert not any(d.startswith(("Chỉ tiêu: < 5", "Chỉ tiêu: 3,6", "Chỉ tiêu: < 6")) for d in details), details


@pytest.mark.parametrize("sentence, shown", [
    ("Tỷ lệ hộ nghèo cuối năm còn 1,8% (chỉ tiêu dưới 2%).", "Chỉ tiêu: < 2%"),
    ("Tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 93,5% (kế hoạch trên 90%).", "Chỉ tiêu: > 90%"),
    ("Thu ngân sách trên địa bàn đạt 45 tỷ đồng (kế hoạch 40 tỷ đồng).", "Chỉ tiêu: 40 tỷ đồng"),
])
def test_near_misses_an_agreeing_reading_keeps_its_stated_words(qtbot, sentence, shown):
    details = target_details(qtbot, sentence, HEAD)
    assert any(d.startswith(shown) for d in details), details
