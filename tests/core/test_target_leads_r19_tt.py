"""Round 19 (engineer tt): a list of levels led by "đề ra chỉ tiêu" as by "phấn đấu" / "đặt chỉ tiêu" / "đề ra mục
tiêu" (every lead the strive reader accepts), in sentences of our own: "Năm 2026, HĐND xã đề ra chỉ tiêu thu ngân sách
45 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1,5%; …" sets future levels, one an item. Near misses: a level set and its
result in the same sentence stays one target with its result; a lead with no number sets nothing.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

NEWS = ("HĐND xã Tân Lập tổ chức kỳ họp thứ 12\n"
        "Ngày 20/12/2025, HĐND xã Tân Lập khóa I tổ chức kỳ họp thứ 12, kỳ họp thường lệ cuối năm. {}\n")


def _targets(sentence: str):
    return [(t.target, t.result, t.unit) for t in analyze(NEWS.format(sentence)).structure.targets]


@pytest.mark.parametrize("sentence, levels", [
    ("Năm 2026, HĐND xã đề ra chỉ tiêu thu ngân sách 45 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1,5%; trồng mới ít nhất "
     "120 ha rừng.", [(45.0, "tỷ đồng"), (1.5, "%"), (120.0, "ha rừng")]),
    ("Kỳ họp đề ra chỉ tiêu tổng thu ngân sách 9 tỷ đồng; tỷ lệ tham gia bảo hiểm y tế từ 95% trở lên.",
     [(9.0, "tỷ đồng"), (95.0, "%")]),
    ("Cho năm 2026, Hội đồng nhân dân xã đề ra chỉ tiêu giải quyết việc làm cho 300 lao động; tỷ lệ trẻ suy dinh "
     "dưỡng không quá 5%.", [(300.0, "lao động"), (5.0, "%")]),
])
def test_levels_listed_after_de_ra_chi_tieu_are_future_targets(sentence, levels):
    read = _targets(sentence)
    for value, unit in levels:
        assert (value, None, unit) in read, (value, unit, read)


def test_a_level_and_its_result_stay_one_target():
    read = _targets("Năm 2025, HĐND xã đề ra chỉ tiêu thu ngân sách 38 tỷ đồng; kết quả thu được 41,8 tỷ đồng.")
    assert (38.0, 41.8, "tỷ đồng") in read
    assert not any(target == 41.8 for target, _, _ in read)


@pytest.mark.parametrize("sentence", [
    "Kỳ họp đề ra chỉ tiêu giảm tỷ lệ hộ nghèo, nâng cao thu nhập cho người dân.",
    "Kỳ họp đề ra chỉ tiêu phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh.",
    "Các đại biểu thảo luận các chỉ tiêu HĐND xã đề ra cho năm 2026.",
])
def test_a_lead_with_no_number_sets_no_target(sentence):
    assert _targets(sentence) == []
