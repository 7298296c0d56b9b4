"""A table row's number (its STT) counts nothing: a unit never crosses a table cell."""

from minutes_app.core.detectors.figures import detect_figures


def test_a_row_number_is_no_count():
    row = "2\tSố doanh nghiệp thành lập mới\tdoanh nghiệp\t150\t171\t114,0"
    assert not [e for e in detect_figures(row) if e.get("type") == "count" and e.text == "2"]


def test_a_count_inside_a_cell_keeps_its_unit():
    row = "Kết nạp đảng viên\t12 đảng viên\t9 đảng viên"
    counts = [(e.text, e.get("unit")) for e in detect_figures(row) if e.get("type") == "count"]
    assert ("12", "đảng viên") in counts and ("9", "đảng viên") in counts
