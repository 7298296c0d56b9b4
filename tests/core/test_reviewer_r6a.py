"""Reviewer's false alarms of round six (r6a): counts after a list closed by ";", totals under
grouped lines, counts of "the bodies above" narrowed by a word, and the key figures' subjects.
Each holds the reviewer's input as a near-miss that must stay silent, and two of our own."""

from __future__ import annotations

import pytest

from tests.helpers import findings


@pytest.mark.parametrize("text", [
    # an earlier ";" clause with its own predicate is not a name of the list
    "Kết quả: Chi bộ thôn Đông; Chi bộ thôn Tây đạt xuất sắc; Chi bộ Trường Mầm non và Chi bộ Trạm Y tế là 2 chi bộ "
    "hoàn thành tốt.",
    "Xếp loại: xã Tân An; xã Tân Bình được tuyên dương; xã Tân Phú và thị trấn Tân Hòa là 2 đơn vị còn chậm.",
    "Năm 2025: Chi bộ thôn 1; Chi bộ thôn 2 hoàn thành xuất sắc nhiệm vụ; Chi bộ thôn 3, Chi bộ thôn 4 và Chi bộ "
    "thôn 5 là 3 chi bộ hoàn thành tốt nhiệm vụ.",
])
def test_a_semicolon_clause_with_its_own_predicate_is_not_listed(text):
    assert findings(text, "count-mismatch") == []


@pytest.mark.parametrize("text", [
    "Chi bộ thôn Đông; Chi bộ thôn Tây; Chi bộ Trường Mầm non là 2 chi bộ được biểu dương.",
    "Chi bộ thôn Đông; Chi bộ Trạm Y tế xã; Chi bộ Trường Mầm non là 2 chi bộ được biểu dương.",
])
def test_names_alone_closed_by_semicolons_are_still_counted(text):
    assert [text[f.start:f.end] for f in findings(text, "count-mismatch")] == ["2 chi bộ"]


@pytest.mark.parametrize("text", [
    "Khen thưởng các chi bộ:\na) Chi bộ hoàn thành xuất sắc nhiệm vụ:\n- Chi bộ thôn Đông;\n- Chi bộ thôn Tây;\n"
    "b) Chi bộ hoàn thành tốt nhiệm vụ:\n- Chi bộ thôn Nam;\n- Chi bộ thôn Bắc.\nTổng cộng: 4 chi bộ.",
    "Đề nghị khen thưởng:\nTập thể lao động xuất sắc:\n- Trường Mầm non Hoa Sen;\n- Trạm Y tế xã;\n"
    "Tập thể lao động tiên tiến:\n- Công an xã;\n- Trường Tiểu học Kim Đồng;\n- Hội Nông dân xã.\nTổng cộng: 5 tập thể.",
    "Danh sách:\n1. Xếp loại xuất sắc:\n- Chi bộ thôn 1;\n- Chi bộ thôn 2;\n2. Xếp loại tốt:\n- Chi bộ thôn 3;\n"
    "- Chi bộ thôn 4;\n- Chi bộ thôn 5.\nTổng số: 5 chi bộ.",
])
def test_a_total_under_grouped_lines_counts_every_group(text):
    assert findings(text, "count-mismatch") == []


def test_a_total_under_one_group_is_still_compared():
    text = "Khen thưởng các chi bộ:\n- Chi bộ thôn Đông;\n- Chi bộ thôn Tây;\n- Chi bộ thôn Nam.\nTổng cộng: 4 chi bộ."
    assert [text[f.start:f.end] for f in findings(text, "count-mismatch")] == ["4 chi bộ"]


_TASK_LINES = ("- Văn phòng Đảng ủy: tham mưu tổ chức hội nghị.\n- Ban Xây dựng Đảng: hướng dẫn các chi bộ.\n"
               "- Ủy ban Kiểm tra: kiểm tra việc thu nộp đảng phí.\n- Các chi bộ trực thuộc: tổ chức quán triệt.\n")


@pytest.mark.parametrize("closing", [
    "Đề nghị 3 cơ quan tham mưu nêu trên phối hợp chặt chẽ.",
    "Giao 2 cơ quan tham mưu nêu trên chuẩn bị nội dung.",
    "Đề nghị 3 cơ quan của Đảng ủy nêu trên phối hợp.",
])
def test_a_count_narrowed_by_a_word_picks_some_lines_out(closing):
    assert findings(_TASK_LINES + closing, "count-mismatch") == []


# -- the summary's figure rows (export/figures.py)

def _subjects(body: str) -> dict[str, str]:
    from minutes_app.core.engine import analyze
    from minutes_app.export.figures import chosen_figures
    from tests.export.test_figure_rows import REPORT

    return {row.value: row.subject for row in chosen_figures(analyze(REPORT + body + "\n"))[0]}


@pytest.mark.parametrize("body, value, subject", [
    ("Công đoàn đã hỗ trợ vé xe cho 50.000 công nhân (CN) về quê đón Tết với tổng số tiền gần 32 tỷ đồng.",
     "gần 32 tỷ đồng", "Về quê đón Tết với tổng số tiền"),  # the hedge is part of the value (round 8)
    ("Hội đã trao học bổng cho 300 học sinh (HS) vượt khó học giỏi với tổng giá trị 150 triệu đồng.",
     "150 triệu đồng", "Vượt khó học giỏi với tổng giá trị"),
    ("Hội đã tặng quà cho 420 hội viên (HV) khó khăn đón Tết với tổng kinh phí 35 triệu đồng.",
     "35 triệu đồng", "Khó khăn đón Tết với tổng kinh phí"),
])
def test_a_bracketed_tail_of_the_previous_noun_opens_no_subject(body, value, subject):
    got = _subjects(body)
    assert "(" not in got[value] and ")" not in got[value]
    assert got[value] == subject


@pytest.mark.parametrize("body", [
    "Thực hiện phương châm “5 rõ” (rõ người, rõ việc).",
    "Chi bộ quán triệt phương châm \"3 không\" trong sinh hoạt.",
    "Duy trì mô hình “5 có, 3 sạch” trong các hộ gia đình.",
    "17/17 chi hội triển khai mô hình \"Chi hội phụ nữ 5 không, 3 sạch\".",
])
def test_a_number_in_a_slogan_is_no_figure_row(body):
    got = _subjects(body)
    assert not any(value.startswith(("5 rõ", "3 không", "5 có", "3 sạch", "5 không")) for value in got), got


def test_a_subject_holds_a_letter_and_no_dangling_quote_or_bracket():
    from minutes_app.export.figures import _unquoted

    assert _unquoted("“") == ""
    assert _unquoted("Tổng hợp)") == "Tổng hợp"
    assert _unquoted("Thực hiện phương châm “") == "Thực hiện phương châm"
    assert _unquoted("Quỹ \"Vì người nghèo\"") == "Quỹ \"Vì người nghèo\""
    assert _unquoted("Số hộ nghèo (theo chuẩn mới)") == "Số hộ nghèo (theo chuẩn mới)"


@pytest.mark.parametrize("body, values", [
    ("Tổng số ĐV 25 đồng chí, có mặt 23 đồng chí.", ["25 đồng chí", "23 đồng chí"]),
    ("Kết nạp đảng viên mới: Đảng bộ xã An Lạc 15 đảng viên, Đảng bộ xã Bình Minh 12 đảng viên.",
     ["15 đảng viên", "12 đảng viên"]),
    ("Trong quý, Hội CCB 18 hội viên và Hội ND 32 hội viên tham gia lao động công ích.",
     ["18 hội viên", "32 hội viên"]),
])
def test_a_count_after_an_acronym_or_a_name_keeps_its_row(body, values):
    assert all(value in _subjects(body) for value in values)


@pytest.mark.parametrize("body", [
    "Chi bộ Trường THCS Bình Minh 2 họp thường kỳ.",
    "Đội Bình Minh 2 giành giải nhất hội thi.",
    "Khu phố 3 tổ chức ra quân vệ sinh môi trường.",
])
def test_the_number_of_a_name_is_still_no_row(body):
    assert _subjects(body) == {}


def test_each_paragraph_is_read_once_for_its_rows(monkeypatch):
    import minutes_app.export.figures as figures

    calls = []
    read = figures._read_paragraph
    monkeypatch.setattr(figures, "_read_paragraph", lambda analysis, paragraph: calls.append(paragraph.start)
                        or read(analysis, paragraph))
    got = _subjects("Xã có 1.250 hộ, trong đó 320 hộ nghèo, 150 hộ cận nghèo; thu ngân sách đạt 41,2 tỷ đồng.")
    assert len(got) >= 2  # the whole and its parts one row (round 15), the budget another
    assert len(calls) == len(set(calls))
