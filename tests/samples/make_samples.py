"""Hostile and legacy sample files, generated (never downloaded) from Unicode text with the
inverse tables of minutes_app.core.legacy, so every sample has an exact expected text.

    python -m tests.samples.make_samples OUT_DIR   # writes them for a look by hand

Each sample is (file name, expected text after conversion, expected legacy scheme).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from minutes_app.core.legacy import byte_char, unicode_to_tcvn3, unicode_to_viqr, unicode_to_vni

# Lower case throughout where TCVN3 plain text is concerned: it has no toned capitals.
REPORT = ("Hội nghị đã được tổ chức trước ngày 25/4/2023; đồng chí Trưởng ban phát biểu. "
          "Kết quả: 62/80 tổ chức cơ sở đảng (đạt 77,5%) hoàn thành tốt nhiệm vụ.\n"
          "Ủy ban nhân dân tỉnh chỉ đạo thực hiện nghị quyết; Ban Thường vụ nhất trí 100%.\n")
TCVN3_TEXT = ("Hội nghị đã được tổ chức trước ngày 25/4/2023; đồng chí trưởng ban phát biểu. "
              "Kết quả: 62/80 tổ chức cơ sở đảng (đạt 77,5%) hoàn thành tốt nhiệm vụ.\n"
              "Uỷ ban nhân dân tỉnh chỉ đạo thực hiện nghị quyết; Ban thường vụ nhất trí 100%.\n")
HEADING = "BIÊN BẢN HỘI NGHỊ"


def tcvn3_mojibake(text: str) -> str:
    """The text as a Word run in a .VnTime font stores it (one Windows-1252 character a byte)."""
    return "".join(byte_char(b) for b in unicode_to_tcvn3(text))


def write_txt_samples(folder: Path) -> list[tuple[str, str, str | None]]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tcvn3.txt").write_bytes(unicode_to_tcvn3(TCVN3_TEXT))
    (folder / "vni.txt").write_bytes(unicode_to_vni(REPORT).encode("cp1252"))
    (folder / "viqr.txt").write_text(unicode_to_viqr(REPORT), encoding="ascii")
    (folder / "nfd.txt").write_text(unicodedata.normalize("NFD", REPORT), encoding="utf-8")
    (folder / "tcvn3_in_utf8.txt").write_text(tcvn3_mojibake(TCVN3_TEXT), encoding="utf-8")
    return [("tcvn3.txt", TCVN3_TEXT, "tcvn3"), ("vni.txt", REPORT, "vni"), ("viqr.txt", REPORT, "viqr"),
            ("nfd.txt", REPORT, None), ("tcvn3_in_utf8.txt", TCVN3_TEXT, "tcvn3")]


def write_legacy_docx(folder: Path) -> list[tuple[str, str, str | None]]:
    """.docx files whose runs carry legacy font names: .VnTimeH for the capital heading, .VnTime
    for the body, VNI-Times in another, and one Unicode run left alone in a mixed paragraph."""
    from docx import Document

    folder.mkdir(parents=True, exist_ok=True)
    document = Document()
    document.add_paragraph().add_run(tcvn3_mojibake(HEADING.lower())).font.name = ".VnTimeH"
    body = document.add_paragraph()
    body.add_run(tcvn3_mojibake(TCVN3_TEXT.strip().split("\n")[0])).font.name = ".VnTime"
    mixed = document.add_paragraph()
    mixed.add_run("Ghi chú (Unicode): ").font.name = "Times New Roman"
    mixed.add_run(tcvn3_mojibake("ý kiến đóng góp")).font.name = ".VnTime"
    document.save(folder / "tcvn3.docx")
    tcvn3_expected = "\n".join([HEADING, TCVN3_TEXT.strip().split("\n")[0], "Ghi chú (Unicode): ý kiến đóng góp"])

    document = Document()
    for line in REPORT.strip().split("\n"):
        document.add_paragraph().add_run(unicode_to_vni(line)).font.name = "VNI-Times"
    document.save(folder / "vni.docx")
    return [("tcvn3.docx", tcvn3_expected, "tcvn3"), ("vni.docx", REPORT.strip(), "vni")]


_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _xml(fragment: str):
    from docx.oxml.parser import parse_xml

    return parse_xml(fragment.replace("<ROOT", f"<ROOT {_NS}").replace("ROOT", "w:p"))


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _text_box(text: str) -> str:
    """A text box as Word writes it: a DrawingML shape, and a VML copy for old readers."""
    content = f"<w:txbxContent><w:p>{_r(text)}</w:p></w:txbxContent>"
    return ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
            f"<a:graphicData><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
            f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


FIDELITY_LINES = [
    "BIÊN BẢN HỘI NGHỊ",
    "Kiểm tra 62/80 tổ chức (đạt 75,5%).",  # the parenthesis is a tracked insertion
    "Chủ trì: đồng chí Nguyễn Văn An.",  # "Trần Văn Bình" deleted as a tracked change
    "Đơn vị: Đảng bộ xã Tân Lập; trang 3.",  # a content control, then a simple field's result
    "Ghi chú trong hộp văn bản.",  # a text box anchored in the paragraph before
    "Họ và tên | Chức vụ | Có mặt",
    "Nguyễn Văn An | Bí thư | x",
    "Lê Thị Hoa | Phó Bí thư | ",
    "Kết luận của hội nghị.",
    "Theo Nghị quyết số 15-NQ/TU.",  # a footnote's text
    "Nguồn: Văn phòng Đảng ủy.",  # an endnote's text
]


def write_fidelity_docx(folder: Path) -> tuple[str, str]:
    """A .docx with w:ins, w:del, w:sdt, w:fldSimple, a text box, a table, a footnote and an
    endnote, and the exact text Word shows for it."""
    from docx import Document
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml.parser import parse_xml

    folder.mkdir(parents=True, exist_ok=True)
    document = Document()
    document.add_heading("BIÊN BẢN HỘI NGHỊ", level=1)
    body = document.element.body
    sect = body[-1]
    paragraphs = [
        f'<ROOT>{_r("Kiểm tra 62/80 tổ chức")}<w:ins w:id="1" w:author="A" w:date="2023-01-01T00:00:00Z">'
        f'{_r(" (đạt 75,5%)")}</w:ins>{_r(".")}</ROOT>',
        f'<ROOT>{_r("Chủ trì: đồng chí ")}<w:del w:id="2" w:author="A" w:date="2023-01-01T00:00:00Z"><w:r>'
        f'<w:delText>Trần Văn Bình</w:delText></w:r></w:del>{_r("Nguyễn Văn An.")}</ROOT>',
        f'<ROOT>{_r("Đơn vị: ")}<w:sdt><w:sdtPr><w:alias w:val="Đơn vị"/></w:sdtPr><w:sdtContent>'
        f'{_r("Đảng bộ xã Tân Lập")}</w:sdtContent></w:sdt>{_r("; trang ")}'
        f'<w:fldSimple w:instr=" PAGE ">{_r("3")}</w:fldSimple>{_r(".")}'
        f'{_text_box("Ghi chú trong hộp văn bản.")}</ROOT>',
    ]
    for xml in paragraphs:
        sect.addprevious(_xml(xml))
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, [("Họ và tên", "Chức vụ", "Có mặt"), ("Nguyễn Văn An", "Bí thư", "x"),
                                         ("Lê Thị Hoa", "Phó Bí thư", "")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    closing = document.add_paragraph("Kết luận của hội nghị.")
    closing.add_run().element.append(parse_xml(
        f'<w:footnoteReference {_NS} w:id="1"/>'))
    for kind, content_type, reltype, text in (
            ("footnote", CT.WML_FOOTNOTES, RT.FOOTNOTES, FIDELITY_LINES[-2]),
            ("endnote", CT.WML_ENDNOTES, RT.ENDNOTES, FIDELITY_LINES[-1])):
        xml = (f'<w:{kind}s {_NS}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
               f'</w:{kind}><w:{kind} w:id="1"><w:p>{_r(text)}</w:p></w:{kind}></w:{kind}s>')
        part = XmlPart(PackURI(f"/word/{kind}s.xml"), content_type, parse_xml(xml), document.part.package)
        document.part.relate_to(part, reltype)
    document.save(folder / "fidelity.docx")
    return "fidelity.docx", "\n".join(FIDELITY_LINES)


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "samples")
    for name, _, _ in write_txt_samples(folder) + write_legacy_docx(folder):
        print(folder / name)
    print(folder / write_fidelity_docx(folder)[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
