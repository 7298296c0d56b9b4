"""A count announced with its qualifier and its period before the colon of its list (round 21): "4 nhóm nhiệm vụ
trọng tâm quý IV năm 2026:" then its "-" lines. Sentences of our own, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import loud

_LINES = ("\n- Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm;\n- Chỉ đạo thu hoạch vụ mùa, sản xuất vụ đông;"
          "\n- Bảo đảm an ninh trật tự, phòng chống cháy rừng mùa khô.")


@pytest.mark.parametrize("lead, flagged", [
    ("Hội nghị thống nhất 2 nhóm nhiệm vụ trọng tâm quý IV năm 2026:", "2 nhóm nhiệm vụ trọng tâm quý IV năm 2026"),
    ("Chi bộ đề ra 2 giải pháp chủ yếu trong quý IV năm 2026:", "2 giải pháp chủ yếu trong quý IV năm 2026"),
    ("Ban Chấp hành thống nhất 3 nhóm nhiệm vụ trọng tâm quý IV năm 2026:", None),
    ("Chi bộ đề ra 3 giải pháp chủ yếu trong quý IV năm 2026:", None),
])
def test_a_count_with_its_period_before_the_colon_is_compared_with_its_lines(lead, flagged):
    found = loud(lead + _LINES, "count-mismatch")
    if flagged is None:
        assert not found, found
    else:
        assert [f.text for f in found] == [flagged], found
