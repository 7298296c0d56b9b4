"""The summary's figures cut inside their phrase (round 13, engineer s16), read back from the saved DOCX:

- a target's unit is no fixed count of words: it stops before the word that opens what follows it ("2/3 cuộc theo kế
  hoạch quý" → "3 cuộc", not "3 cuộc theo") and keeps the head noun a longer phrase opens with ("lớp bồi dưỡng" → "lớp",
  not "lớp bồi");
- a figure row's value never ends on a word that opens what follows it, cut before its object ("01 cuộc lùi sang |
  quý IV" → "01 cuộc"; "… tại Nghị quyết số 05-NQ/ĐU của | Đảng ủy"), nor inside a word where a length limit fell;
- a row's subject is never a bare negation: "chưa đạt", "không đạt" keep their verb ("Không" → "Chỉ tiêu không đạt");
- a road's number, a stage's or a level's rank ("đường tỉnh 398", "giai đoạn 1", "mức độ 2") makes no row ("398 trước").

Every sentence here was written for this file."""

from __future__ import annotations

import io

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export.summary import build_summary

HEAD = ("ĐẢNG BỘ PHƯỜNG HÒA AN\nĐẢNG ỦY PHƯỜNG HÒA AN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 28 tháng 9 năm 2026\n\n"
        "BÁO CÁO\nKết quả công tác quý III năm 2026\n\nI. KẾT QUẢ\n")


def _tables(body: str) -> dict[str, list[list[str]]]:
    """The summary's tables as Word shows them after a save, by the first two cells of their header row."""
    buffer = io.BytesIO()
    build_summary(analyze(HEAD + body + "\n")).save(buffer)
    buffer.seek(0)
    return {" | ".join(cell.text for cell in table.rows[0].cells[:2]): [[cell.text for cell in row.cells]
                                                                       for row in table.rows[1:]]
            for table in Document(buffer).tables}


def _targets(body: str) -> list[tuple[str, str]]:
    """(Mức, Thực hiện) of each row of the targets table."""
    return [(row[1], row[2]) for row in _tables(body).get("Chỉ tiêu | Mức", [])]


def _figures(body: str) -> dict[str, str]:
    """Số liệu → Nội dung of each row of the figures table."""
    return {row[2]: row[1] for row in _tables(body).get("STT | Nội dung", [])}


@pytest.mark.parametrize(("body", "cells"), [
    ("- Giám sát chuyên đề thực hiện 2/3 cuộc theo kế hoạch quý, chưa đạt.", [("3 cuộc", "2 cuộc")]),
    ("- Kiểm tra chuyên đề thực hiện 4/6 cuộc theo kế hoạch năm.", [("6 cuộc", "4 cuộc")]),
    ("- Tổ chức 3/4 lớp bồi dưỡng theo kế hoạch năm.", [("4 lớp", "3 lớp")]),
])
def test_a_targets_unit_is_not_cut_inside_its_phrase(body, cells):
    assert _targets(body) == cells


@pytest.mark.parametrize(("body", "value", "subject"), [
    ("- Giám sát chuyên đề thực hiện 2/3 cuộc theo kế hoạch quý, chưa đạt (01 cuộc lùi sang quý IV do trùng lịch "
     "đại hội).", "01 cuộc", "Cuộc chưa đạt"),
    ("- Kiểm tra đảng viên: thực hiện 4/5 cuộc theo chương trình kiểm tra năm, chưa đạt (01 cuộc chuyển sang năm 2027).",
     "01 cuộc", "Cuộc chưa đạt"),
    ("Năm 2026 có 12 chỉ tiêu chủ yếu, ước đạt và vượt 10/12 chỉ tiêu, 02 chỉ tiêu không đạt.",
     "02 chỉ tiêu", "Chỉ tiêu không đạt"),
    ("Có 9/11 chỉ tiêu đạt và vượt, 02 chỉ tiêu không đạt do thiên tai.", "02 chỉ tiêu", "Chỉ tiêu không đạt"),
])
def test_a_row_is_never_cut_before_its_object_nor_told_by_a_bare_negation(body, value, subject):
    rows = _figures(body)
    assert rows.get(value) == subject, rows
    assert not any(s.lower() in ("chưa", "không") for s in rows.values())


@pytest.mark.parametrize(("body", "value"), [
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 88,4%, thấp hơn 2,6% so với chỉ tiêu đề ra tại Nghị quyết số 05-NQ/ĐU của Đảng "
     "ủy phường (91%).", "88,4%, thấp hơn 2,6% so với chỉ tiêu đề ra tại Nghị quyết số 05-NQ/ĐU"),
    ("Tỷ lệ lao động có việc làm đạt 96,1%, vượt 1,1% so với chỉ tiêu được giao tại Quyết định số 1234/QĐ-UBND ngày "
     "12/01/2026 (95%).", "96,1%, vượt 1,1% so với chỉ tiêu được giao tại Quyết định số"),
    ("Tỷ lệ hội viên tham gia sinh hoạt đạt 78%, thấp hơn 7% so với chỉ tiêu Nghị quyết Đại hội Phụ nữ phường khóa IV "
     "đề ra.", "78%, thấp hơn 7% so với chỉ tiêu Nghị quyết Đại hội Phụ nữ phường"),
    ("Tỷ lệ xã đạt chuẩn đạt 64%, thấp hơn 6% so với mục tiêu của Chương trình mục tiêu quốc gia xây dựng nông thôn "
     "mới.", "64%, thấp hơn 6% so với mục tiêu của Chương trình mục tiêu quốc gia"),
])
def test_a_base_cut_by_its_length_ends_on_a_whole_word_with_its_object(body, value):
    assert value in _figures(body)


@pytest.mark.parametrize(("body", "value", "subject"), [
    # near-misses: a phrase that ends the noun where it should keeps its words; a base told whole stays whole
    ("Trồng mới 12,5 ha rừng sản xuất trên đất trống đồi trọc.", "12,5 ha rừng sản xuất", "Trồng mới"),
    ("Hỗ trợ sửa chữa 12 nhà ở cho hộ nghèo.", "12 nhà ở", "Hỗ trợ sửa chữa"),
    ("Thu ngân sách đạt 4,2 tỷ đồng, bằng 87,5% dự toán năm.", "4,2 tỷ đồng, bằng 87,5% dự toán năm", "Thu ngân sách"),
])
def test_values_that_were_whole_stay_whole(body, value, subject):
    assert _figures(body).get(value) == subject


@pytest.mark.parametrize("body", [
    # a road's number, a stage's and a level's rank count nothing: no row ("217 trước", cut at the deadline after it)
    "- Hoàn thành giải phóng mặt bằng đường tỉnh 217 trước ngày 30/11/2026.",
    "- Hoàn thành nghiệm thu khối lượng giai đoạn 1 trước ngày 15/10/2026.",
    "- Trường Mầm non Hòa An hoàn thành kiểm định chất lượng giáo dục mức độ 2 trước ngày 20/12/2026.",
])
def test_a_road_stage_or_level_number_is_no_figure(body):
    assert _figures(body) == {}


@pytest.mark.parametrize(("body", "value", "subject"), [
    # near-misses: counts told beside those words are figures
    ("- Trong giai đoạn 2021 - 2025, phường đã cứng hóa 12,5 km đường giao thông nội đồng.",
     "12,5 km đường giao thông nội đồng", "Phường đã cứng hóa"),
    ("- Kiểm định 4 trường đạt chất lượng giáo dục mức độ 2, vượt kế hoạch năm.", "4 trường", "Kiểm định"),
    ("- Trải nhựa 4,2 km đường huyện 15 qua xã.", "4,2 km", "Trải nhựa"),  # (and no row "15 qua xã")
])
def test_counts_beside_a_road_stage_or_level_stay(body, value, subject):
    assert _figures(body) == {value: subject}
