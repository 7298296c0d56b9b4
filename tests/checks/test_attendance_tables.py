"""Attendance flattened from a table ("a | b | c" rows) is read column by column."""

from tests.helpers import findings

TABLE = """Nội dung | Tổng số | Chính thức | Dự bị
Đảng viên của chi bộ | 30 | 27 | 3
Miễn sinh hoạt | 1 | 1 | 0
Có mặt | 26 | 23 | 3
Vắng có lý do | 3 | 3 | 0"""


def test_consistent_table_is_silent():
    assert findings(TABLE, "attendance-mismatch") == []


def test_table_sub_counts_must_add_up():
    broken = TABLE.replace("Có mặt | 26 | 23 | 3", "Có mặt | 26 | 22 | 3")
    assert findings(broken, "attendance-mismatch")


def test_vote_against_table_members():
    """27 official members, 1 exempt and absent: 26 called; 13 approvals is not more than half."""
    text = TABLE + "\nBiểu quyết:\n- Tán thành: 13/23 đảng viên chính thức có mặt;\n- Không tán thành: 10 đồng chí."
    assert findings(text, "resolution-not-passed")
    assert findings(text.replace("13/23", "20/23").replace("10 đồng chí", "3 đồng chí"), "resolution-not-passed") == []


def test_present_on_total_is_read_as_present_and_total():
    """"65 đảng viên có mặt trên tổng số 70": the 70 is the whole, not a second present count."""
    text = "Có 65 đảng viên có mặt trên tổng số 70 đảng viên, vắng 3 đồng chí."
    (finding,) = findings(text, "attendance-mismatch")
    assert finding.text.startswith("65") and finding.text.endswith("vắng 3")  # the counts it adds up
    assert findings(text.replace("vắng 3", "vắng 5"), "attendance-mismatch") == []
