"""Round 19 (engineer db): one reading per thing.

- the guests of a meeting are one list (resources/guests.txt): the attendance block reads its invited and attending
  words as the opening of a guest list after an absence clause, the quantity layer its invited and no-vote words as
  people who cast no vote.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from tests.core.test_structure_round13_s17 import BB_HEAD
from tests.helpers import loud


def _absentees(body: str):
    roll = analyze(BB_HEAD + body + "\nChi bộ thảo luận.\nTHƯ KÝ\tCHỦ TRÌ\n").structure.attendance
    return [(a.name.value, a.reason.value if a.reason else None) for a in roll.absentees]


@pytest.mark.parametrize(("body", "expected"), [
    ("Có mặt 17/18 đồng chí, vắng 1 đồng chí: đồng chí Hoàng Văn Nam (ốm); đến dự có đồng chí Lê Thị Hoa, Phó Bí thư "
     "Đảng ủy xã.", [("Hoàng Văn Nam", "ốm")]),
    ("Có mặt 17/18 đồng chí, vắng 1 đồng chí: đồng chí Hoàng Văn Nam (ốm); được mời dự có đồng chí Lê Thị Hoa, Phó Bí "
     "thư Đảng ủy xã.", [("Hoàng Văn Nam", "ốm")]),
    # near-miss: two absentees, no guest word between them
    ("Có mặt 16/18 đồng chí, vắng 2 đồng chí: đồng chí Hoàng Văn Nam (ốm); đồng chí Lê Thị Hoa (đi công tác).",
     [("Hoàng Văn Nam", "ốm"), ("Lê Thị Hoa", "đi công tác")]),
])
def test_guests_after_the_absence_clause_are_no_absentees(body, expected):
    assert _absentees(body) == expected


@pytest.mark.parametrize("text", [
    "Hội đồng nhân dân xã biểu quyết thông qua Nghị quyết (có mặt 15 đại biểu, trong đó có 2 đại biểu khách mời): 11 "
    "đại biểu tán thành, 1 đại biểu không tán thành, 1 đại biểu có ý kiến khác.",
    "Hội nghị biểu quyết thông qua Quy chế (có mặt 16 đồng chí, trong đó có 3 đồng chí được mời): 12 đồng chí tán "
    "thành, 1 đồng chí không tán thành.",
    "Hội nghị biểu quyết thông qua Kế hoạch (có mặt 16 đồng chí, trong đó 3 đồng chí không có quyền biểu quyết): 12 "
    "đồng chí tán thành, 1 đồng chí có ý kiến khác.",
])
def test_non_voters_are_not_the_whole_of_a_vote(text):
    for code in ("vote-mismatch", "part-exceeds-whole", "sum-mismatch"):
        assert loud(text, code) == []


def test_a_vote_beyond_its_voters_is_still_checked():
    text = "Có 20 đảng viên chính thức dự họp; tán thành 12, không tán thành 10."
    assert loud(text, "vote-mismatch")
