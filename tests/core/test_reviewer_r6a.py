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

