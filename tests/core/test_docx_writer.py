"""Writing edited text back into the original .docx: unchanged parts untouched, changed ones
rewritten, and every loss named beforehand."""

import docx
import pytest

from minutes_app.core.docx_writer import save_into, save_losses
from minutes_app.core.loading import load_file
from tests.samples.make_samples import tcvn3_mojibake, write_fidelity_docx


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    folder = tmp_path_factory.mktemp("writer")
    name, text = write_fidelity_docx(folder)
    return folder / name, text.split("\n")


def _save(original, tmp_path, lines):
    source, _ = original
    text = "\n".join(lines)
    losses = save_losses(source, text)
    out = tmp_path / "out.docx"
    assert save_into(source, text, out) == losses
    return losses, load_file(out), docx.Document(str(out))


@pytest.mark.parametrize("edit", [
    lambda ls: ls[:1] + ["Dòng mới chèn vào."] + ls[1:],  # a new paragraph
    lambda ls: ls[:2] + ls[3:],  # a paragraph removed
    lambda ls: ls[:6] + ["Nguyễn Văn An | Bí thư | có"] + ls[7:],  # a table cell
    lambda ls: ls[:8] + ["Kết luận đã thông qua."] + ls[9:],
    lambda ls: ls,
], ids=["insert", "delete", "cell", "paragraph", "unchanged"])
def test_read_back_exactly_with_table_and_styles_kept(original, tmp_path, edit):
    lines = edit(list(original[1]))
    losses, loaded, document = _save(original, tmp_path, lines)
    assert loaded.text == "\n".join(lines)
    assert document.paragraphs[0].style.name == "Heading 1"
    assert len(document.tables) == 1 and document.tables[0].style.name == "Table Grid"


def test_losses_are_named(original, tmp_path):
    lines = list(original[1])
    assert save_losses(original[0], "\n".join(lines)) == []
    tracked = lines[:1] + ["Kiểm tra 62/80 tổ chức (đạt 77,5%)."] + lines[2:]
    assert any("thay đổi được theo dõi" in loss for loss in _save(original, tmp_path, tracked)[0])
    note = lines[:-1] + ["Nguồn khác."]
    assert any("chú thích" in loss for loss in _save(original, tmp_path, note)[0])
    short_row = lines[:6] + ["Nguyễn Văn An | Bí thư"] + lines[7:]
    assert any("đổi số ô" in loss for loss in _save(original, tmp_path, short_row)[0])


def test_converted_legacy_runs_get_a_unicode_font(tmp_path):
    document = docx.Document()
    document.add_paragraph().add_run(tcvn3_mojibake("hội nghị")).font.name = ".VnTime"
    source = tmp_path / "legacy.docx"
    document.save(source)
    out = tmp_path / "out.docx"
    save_into(source, "hội nghị", out)
    run = docx.Document(str(out)).paragraphs[0].runs[0]
    assert run.text == "hội nghị" and run.font.name == "Times New Roman"


def test_a_legacy_font_from_the_paragraph_style_is_replaced_too(tmp_path):
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    document.add_paragraph(tcvn3_mojibake("hội nghị"))
    document.add_paragraph(tcvn3_mojibake("giữ nguyên"))
    source = tmp_path / "legacy_style.docx"
    document.save(source)
    out = tmp_path / "out.docx"
    save_into(source, "hội nghị\n" + tcvn3_mojibake("giữ nguyên"), out)
    first, second = docx.Document(str(out)).paragraphs
    assert first.runs[0].font.name == "Times New Roman"
    assert second.runs[0].font.name is None  # unchanged legacy text keeps the style's .VnTime


def test_line_breaks_inside_a_paragraph_and_a_cell(tmp_path):
    """A paragraph or a cell holding a line break (w:br) reads as two lines and saves back
    into the same paragraph, not into its neighbour."""
    document = docx.Document()
    document.add_paragraph("Dòng một\nDòng hai")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Ô một", "Ô\nhai"
    document.add_paragraph("Cuối.")
    source = tmp_path / "breaks.docx"
    document.save(source)
    assert load_file(source).text == "Dòng một\nDòng hai\nÔ một | Ô\nhai\nCuối."
    out = tmp_path / "out.docx"
    edited = "Dòng một\nDòng hai đã sửa\nÔ một | Ô\nhai\nCuối cùng."
    assert save_into(source, edited, out) == []
    assert load_file(out).text == edited
    saved = docx.Document(str(out))
    assert len(saved.paragraphs) == 2 and saved.paragraphs[0].text == "Dòng một\nDòng hai đã sửa"
