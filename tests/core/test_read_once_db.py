"""Round 19 (engineer db): one reading per thing.

- the guests of a meeting are one list (resources/guests.txt): the attendance block reads its invited and attending
  words as the opening of a guest list after an absence clause, the quantity layer its invited and no-vote words as
  people who cast no vote;
- a figure told absent is read by the quantity layer's attendance reader (attendance_reader.told_absent) for the
  consistency check and the summary's figure rows alike.
"""

from __future__ import annotations

import pytest

from minutes_app.core.checks import consistency
from minutes_app.core.engine import analyze
from minutes_app.core.quantities import attendance_reader
from minutes_app.core.quantities.attendance_reader import told_absent
from minutes_app.export import figures
from tests.core.test_structure_round13_s17 import BB_HEAD
from tests.helpers import loud


def _told_absent(text: str, figure: str) -> bool:
    return told_absent(text, text.index(figure))


@pytest.mark.parametrize(("text", "figure"), [
    ("Vắng mặt 2 đồng chí Ủy viên Ban Chấp hành.", "2"),
    ("Có mặt: 15 đồng chí; vắng: 3 đồng chí.", "3"),
    ("Chi bộ có 14 đảng viên, vắng có lý do 01 đồng chí.", "01"),
    ("Tổng số 12 đảng viên, vắng không có lý do 1 đồng chí.", "1 đồng chí"),
    ("Có 20 đại biểu, không có mặt 2 đại biểu.", "2 đại biểu."),
])
def test_a_count_after_the_absence_label_is_told_absent(text, figure):
    assert _told_absent(text, figure)


@pytest.mark.parametrize(("text", "figure"), [
    ("Có mặt 17 đồng chí Ủy viên Ban Chấp hành.", "17"),  # present, not absent
    ("Có lý do 2 đồng chí, đã báo cáo chi bộ.", "2"),  # a reason with no absence label before it
    ("Đồng chí Lê Văn An vắng sinh hoạt 3 lần liên tiếp.", "3"),  # words between: times missed, no absent count
    ("Tổng số 25 đồng chí, vắng 2 đồng chí.", "25"),  # the total before the absence label
])
def test_other_counts_are_not_told_absent(text, figure):
    assert not _told_absent(text, figure)


def test_the_check_and_the_summary_read_absence_alike():
    assert consistency.told_absent is figures.told_absent is attendance_reader.told_absent


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
