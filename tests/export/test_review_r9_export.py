"""Review round 9, the DOCX summary: a reference names an unnumbered heading in whole words."""

from __future__ import annotations

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary
from minutes_app.export.refs import SourceRefs, clip

# Unnumbered capitalised headings as news items and reports print them, each over 30 characters,
# each followed by a sentence with a percentage that does not match its fraction.
HEADINGS = (
    "LÃNH ĐẠO THỰC HIỆN TỐT NHIỆM VỤ CHÍNH TRỊ",
    "KẾT QUẢ CÔNG TÁC KIỂM TRA, GIÁM SÁT",
    "CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN",
)


def _document(heading: str) -> str:
    return (f"Hội nghị tổng kết công tác năm 2025 của Đảng ủy xã Tân Lập.\n\n{heading}\n\n"
            "Trong năm, Ủy ban Kiểm tra đã kiểm tra 36/48 chi bộ, đạt 72,5%.\n")


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_heading_in_a_reference_is_cut_on_a_word(heading):
    """Before: “LÃNH ĐẠO THỰC HIỆN TỐT NHIỆM V ›” (cut at 30 characters, mid-word, no “…”)."""
    analysis = analyze(_document(heading))
    finding = next(f for f in analysis.findings if f.code == "percent-mismatch")
    label = SourceRefs(analysis).label(finding.start)
    path = label.split(" › ")[0]
    assert heading.startswith(path.rstrip("…"))
    cut = path.rstrip("…")
    assert cut == heading or heading[len(cut)] == " " or heading[len(cut)] in ",;:."


def test_clip_keeps_whole_words_and_marks_the_cut():
    assert clip("Kiểm tra 36/48 chi bộ", 40) == "Kiểm tra 36/48 chi bộ"
    assert clip("CÔNG TÁC XÂY DỰNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN", 20) == "CÔNG TÁC XÂY DỰNG…"
    assert clip("KIỂM TRA, GIÁM SÁT", 10) == "KIỂM TRA…"


def test_the_exported_findings_table_names_the_heading_in_whole_words(tmp_path):
    heading = HEADINGS[0]
    out = tmp_path / "tóm tắt.docx"
    write_summary(analyze(_document(heading)), out)
    cells = [cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells]
    located = [c for c in cells if " › " in c and "36/48" in c]
    assert located and all(c.startswith(clip(heading, 40) + " › ") for c in located), located
    assert all("NHIỆM VỤ" in c for c in located)
