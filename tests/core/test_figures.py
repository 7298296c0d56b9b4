"""Figures: each type is recognised with its value, and look-alikes are not."""

from minutes_app.core.detectors.figures import detect_figures


def kinds(text):
    return [(f.get("type"), f.text) for f in detect_figures(text)]


def test_ratio_percent_and_count():
    found = detect_figures("kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch), kết nạp 20 đảng viên mới")
    by_type = {f.get("type"): f for f in found}
    assert by_type["ratio"].get("value") == 62 and by_type["ratio"].get("total") == 80
    assert by_type["ratio"].get("unit") == "tổ chức"
    assert by_type["percent"].get("value") == 75.5 and by_type["percent"].get("decimals") == 1
    assert by_type["count"].get("unit") == "đảng viên mới"


def test_month_year_and_dates_are_not_ratios():
    found = kinds("Trong tháng 3/2023 và quý II/2023, ngày 6/12/2022, chiều 24/4 chi bộ họp.")
    assert ("period", "tháng 3/2023") in found
    assert ("period", "quý II/2023") in found
    assert ("date", "6/12/2022") in found
    assert ("date", "24/4") in found
    assert not [f for f in found if f[0] == "ratio"]


def test_document_numbers_party_and_state():
    found = kinds("Nghị quyết số 15-NQ/TU, Quy định 97, 98-QĐ/TW, Quyết định 08- QĐ/TU và 15/QĐ-UBND, 30/2020/NĐ-CP.")
    numbers = [text for kind, text in found if kind == "doc_number"]
    assert numbers == ["15-NQ/TU", "97, 98-QĐ/TW", "08- QĐ/TU", "15/QĐ-UBND", "30/2020/NĐ-CP"]


def test_money_and_not_comrades():
    found = kinds("ủng hộ hơn 10 tỷ đồng; tổng số 2.465 đồng chí; 6 đồng chí Ủy viên")
    assert ("money", "10 tỷ đồng") in found
    assert not [f for f in found if f[0] == "money" and "chí" in f[1]]
    counts = {text for kind, text in found if kind == "count"}
    assert {"2.465", "6"} <= counts


def test_terms_and_ordinals():
    found = kinds("nhiệm kỳ 2020 - 2025, Hội nghị lần thứ 12, Covid-19, Nghị quyết Trung ương 4 (khóa XII)")
    assert ("term", "2020 - 2025") in found
    assert not [f for f in found if f[0] == "count"]


def test_a_plenum_number_names_no_body():
    """"Nghị quyết Trung ương 4": the fourth plenum of the Central Committee, no body called "Trung ương 4" (its
    number is read as an identifier by the quantity layer: tests/core/test_quantities.py)."""
    from minutes_app.core.engine import analyze

    for text in ("Chi bộ tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.",
                 "Hội nghị Trung ương 6 (khóa XIII) đã thông qua nhiều nghị quyết quan trọng.",
                 "Học tập, quán triệt Kết luận Trung ương 8, khóa XIII cho 45 đảng viên."):
        entities = [(e.kind, e.text) for e in analyze(text).entities]
        assert not [e for e in entities if e[1].startswith("Trung ương")], entities
    # near-misses: the Centre as a body, and a count after it
    entities = [(e.kind, e.text) for e in analyze("Năm 2025, tỉnh được Trung ương giao 12 chỉ tiêu.").entities]
    assert ("organization", "Trung ương") in entities and ("figure", "12") in entities
