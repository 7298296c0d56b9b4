"""Tables written as text (cells between " | " or tabs): a total row is the sum of the rows
above it, a rate column the result over the plan; near-misses stay silent."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def found(text: str, code: str) -> list[str]:
    return [f.text for f in analyze(text).findings if f.code == code]


@pytest.mark.parametrize("text, flagged", [
    ("Chi đoàn\tĐoàn viên\tTham gia\nKP1\t42\t30\nKP2\t38\t27\nKP3\t51\t40\nKP4\t29\t21\nTổng cộng\t160\t121", "121"),
    ("Thôn | Số hộ | Hộ nghèo\nThôn 1 | 120 | 8\nThôn 2 | 95 | 6\nThôn 3 | 143 | 11\nCộng | 358 | 26", "26"),
    ("Nguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng)\nNgân sách tỉnh | 12,5 | 10,2\nNgân sách xã | 3,4 | 2,9\n"
     "Tổng cộng | 15,9 | 13,4", "13,4"),
])
def test_table_total_row(text, flagged):
    assert found(text, "sum-mismatch") == [flagged]


@pytest.mark.parametrize("text", [
    "Chi đoàn\tĐoàn viên\tTham gia\nKP1\t42\t30\nKP2\t38\t27\nKP3\t51\t40\nKP4\t29\t21\nTổng cộng\t160\t118",
    # rates and averages are not summed
    "Xã | Kế hoạch | Thực hiện | Tỷ lệ (%)\nXã A | 100 | 90 | 90\nXã B | 100 | 80 | 80\nTổng cộng | 200 | 170 | 85",
    "Lớp | Sĩ số | Điểm bình quân\n9A | 40 | 7,2\n9B | 38 | 6,8\nToàn trường | 78 | 7,0",
    # no total row, or a total that is not the last row
    "Thôn | Số hộ | Hộ nghèo\nThôn 1 | 120 | 8\nThôn 2 | 95 | 6",
    # side-by-side signature blocks are no table
    "THƯ KÝ\t\tCHỦ TRÌ\nNguyễn Văn An\t\tLê Thị Bình",
])
def test_table_total_row_silent(text):
    assert found(text, "sum-mismatch") == []


@pytest.mark.parametrize("text, flagged", [
    ("Đơn vị | Kế hoạch (GCN) | Thực hiện (GCN) | Tỷ lệ (%)\nXã An Lạc | 320 | 298 | 93,1\nXã Hòa Tiến | 180 | 141 | "
     "79,4", "79,4"),
    ("Chỉ tiêu\tKH\tTH\t%\nThu ngân sách\t12,5\t11,8\t94,4\nGiải ngân\t8\t6,9\t86,3\nVốn vay\t4\t3\t70", "70"),
    ("Nội dung | Chỉ tiêu | Kết quả | Tỷ lệ\nKết nạp đảng viên | 40 | 36 | 95%\nPhát triển hội viên | 120 | 126 | 105%",
     "95%"),
])
def test_table_rate_column(text, flagged):
    assert found(text, "percent-mismatch") == [flagged]


@pytest.mark.parametrize("text", [
    "Đơn vị | Kế hoạch (GCN) | Thực hiện (GCN) | Tỷ lệ (%)\nXã An Lạc | 320 | 298 | 93,1\nXã Hòa Tiến | 180 | 141 | "
    "78,3",
    # a rate of another base ("so với cùng kỳ") is not result over plan
    "Chỉ tiêu | Thực hiện | Cùng kỳ | Tăng (%)\nThu ngân sách | 12,5 | 11,0 | 13,6\nGiải ngân | 8 | 7 | 14,3",
    # two plan columns: which one is meant is not clear
    "Chỉ tiêu | KH năm | KH quý | TH | %\nThu | 100 | 25 | 24 | 96",
])
def test_table_rate_column_silent(text):
    assert found(text, "percent-mismatch") == []
