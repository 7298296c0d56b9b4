"""A drafted document (a template) in the HD 36 layout: every template's text is kept whole."""

from __future__ import annotations

from docx import Document

from minutes_app.core.templates import list_templates
from minutes_app.export.drafted import write_drafted


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts)


def test_every_template_keeps_its_text(tmp_path):
    for number, template in enumerate(list_templates()):
        path = tmp_path / f"{number}.docx"
        write_drafted(template.text, path)
        document = Document(str(path))
        written = _all_text(document)
        for line in template.text.splitlines():
            assert line.strip() in written, (template.name, line)
        assert document.tables[0].cell(0, 1).paragraphs[0].runs[0].bold
        assert not list(tmp_path.glob(".xuat_*"))


def test_recipients_left_and_authority_right(tmp_path):
    (report,) = [t for t in list_templates() if t.name.startswith("Báo cáo")]
    write_drafted(report.text.replace("«Địa danh», ngày «ngày» tháng «tháng» năm «năm»",
                                      "Hạ Long, ngày 20 tháng 02 năm 2026"), tmp_path / "bc.docx")
    document = Document(str(tmp_path / "bc.docx"))
    date = document.tables[0].cell(0, 1).paragraphs[1]
    assert date.text == "Hạ Long, ngày 20 tháng 02 năm 2026" and date.runs[0].italic
    left, right = document.tables[-1].cell(0, 0), document.tables[-1].cell(0, 1)
    assert left.paragraphs[0].text == "Nơi nhận:" and left.paragraphs[0].runs[0].underline
    assert right.paragraphs[0].text.startswith("T/M") and right.paragraphs[0].runs[0].bold
