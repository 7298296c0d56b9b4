"""A drafted document (typically made from a template, core/templates.py) written as .docx in
the Party layout of HD 36-HD/VPTW (domain notes §1A): the header as two borderless columns
(issuing body and "*" left; ĐẢNG CỘNG SẢN VIỆT NAM with its rule, then place and date in
italics, right), the type name bold 15 pt and the subject bold, centred; the body 14 pt
justified with "I. …" headings bold; at the end "Nơi nhận" (underlined, 12 pt) left and the
signature right, or, in a biên bản, the thư ký left and the chủ trì right.

The text is read by its plain-text layout, the one the templates use: the header is the
lines before the first blank line, the title the next block, the signature the blocks from
the first "Nơi nhận:" / THƯ KÝ / CHỦ TRÌ / T/M … line on. What does not fit that is
written as body paragraphs, so nothing of the user's text is lost.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt

from ..core.atomic import write_atomic
from ..core.checks.dates import date_line
from .styles import (
    BODY_PT,
    HEADER_TITLE_PT,
    TEXT_WIDTH_MM,
    add_run,
    bottom_rule,
    new_document,
    new_table,
    no_borders,
    paragraph,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
HEADER_WIDTHS_MM = [78, TEXT_WIDTH_MM - 78]
SIGNATURE_WIDTHS_MM = [80, TEXT_WIDTH_MM - 80]
RECIPIENTS_PT = 12
_SIGNATURE = re.compile(r"^(Nơi nhận:|THƯ KÝ|CHỦ TRÌ|CHỦ TỌA|T/M |K/T |T/L |TRƯỞNG BAN|CÁC THÀNH VIÊN|NGƯỜI GHI)")
_HEADING = re.compile(r"^([IVXLC]+|\d+)[.-] ")


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _cell_line(para, text: str, *, bold=False, italic=False, size=BODY_PT, underline=False, caps=False) -> None:
    para.alignment = CENTER
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.line_spacing = 1.0
    add_run(para, text, bold=bold, italic=italic, size=size, underline=underline)
    if caps:  # shown in capitals as HD 36 writes a body's name, the text itself left as typed
        para.runs[-1].font.all_caps = True


def _lines_into(cell, lines: list[str], style) -> None:
    first = True
    for line in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _cell_line(para, line, **style(line))


def _header(document, header: list[str]) -> None:
    if PARTY_TITLE in header:
        at = header.index(PARTY_TITLE)
        left, right = header[:at], header[at + 1:]
    else:
        left, right = header, []
    table = new_table(document, HEADER_WIDTHS_MM, grid=False)
    no_borders(table)
    left_cell, right_cell = table.add_row().cells
    issuing = max(0, len([line for line in left if line != "*" and not line.startswith("Số ")]) - 1)

    def left_style(line: str) -> dict:
        if line == "*" or line.startswith("Số "):
            return {}
        return {"bold": left.index(line) == issuing, "caps": True}

    _lines_into(left_cell, left or [""], left_style)
    title = right_cell.paragraphs[0]
    _cell_line(title, PARTY_TITLE, bold=True, size=HEADER_TITLE_PT)
    margin = Mm(max(0, (HEADER_WIDTHS_MM[1] - 4 - 76) / 2))
    title.paragraph_format.left_indent = title.paragraph_format.right_indent = margin
    bottom_rule(title)
    for line in right:
        para = right_cell.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        _cell_line(para, line, italic=bool(date_line(line)))


def _signature(document, blocks: list[list[str]]) -> None:
    if not blocks:
        return
    left, right = blocks[0], [line for block in blocks[1:] for line in block]
    table = new_table(document, SIGNATURE_WIDTHS_MM, grid=False)
    no_borders(table)
    row = table.add_row()
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # titles, room to sign and names on one page
    left_cell, right_cell = row.cells

    def style(lines: list[str]):
        recipients = bool(lines) and lines[0].startswith("Nơi nhận")

        def line_style(line: str) -> dict:
            if recipients:
                return {"underline": True, "bold": True, "size": RECIPIENTS_PT} if line.startswith("Nơi nhận") \
                    else {"size": RECIPIENTS_PT}
            if line.startswith("("):
                return {"italic": True}
            if line.isupper() or line.startswith(("T/M", "K/T", "T/L")):
                return {"bold": line is lines[0] or not lines[0].startswith(("T/M", "K/T", "T/L"))}
            return {"bold": True}  # the signer's name

        return line_style

    _lines_into(left_cell, left, style(left))
    if left and left[0].startswith("Nơi nhận"):
        for para in left_cell.paragraphs:
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _lines_into(right_cell, right or [""], style(right))
    # room for the signature between the title lines and the name
    for cell, lines in ((left_cell, left), (right_cell, right)):
        if len(cell.paragraphs) > 1 and lines and not lines[0].startswith("Nơi nhận"):
            cell.paragraphs[-1].paragraph_format.space_before = Pt(48)


def build_drafted(text: str):
    lines = text.replace("\r\n", "\n").split("\n")
    blocks = _blocks(lines)
    document = new_document()
    if not blocks:
        return document
    header, rest = (blocks[0], blocks[1:]) if PARTY_TITLE in blocks[0] or "*" in blocks[0] else ([], blocks)
    if header:
        _header(document, header)
    if rest and rest[0][0].isupper() and not _SIGNATURE.match(rest[0][0]):  # BIÊN BẢN, BÁO CÁO, NGHỊ QUYẾT …
        title, rest = rest[0], rest[1:]
        for i, line in enumerate(title):
            para = paragraph(document, line, bold=True, size=HEADER_TITLE_PT if i == 0 else BODY_PT, align=CENTER,
                             space_after=0)
            para.paragraph_format.keep_with_next = True
            if i == 0:
                para.paragraph_format.space_before = Pt(18)
        paragraph(document, "-----", align=CENTER, space_after=12)
    signature_at = next((i for i, block in enumerate(rest) if _SIGNATURE.match(block[0])), len(rest))
    para = None
    for block in rest[:signature_at]:
        for line in block:
            heading = bool(_HEADING.match(line)) and line.split(" ", 1)[-1][:12].isupper()
            para = paragraph(document, line, bold=heading, indent_first=not heading and not line.startswith(("-", "+")),
                             space_after=6)
    if para is not None and signature_at < len(rest):
        para.paragraph_format.keep_with_next = True  # the signatures never start a page alone
    _signature(document, rest[signature_at:])
    return document


def write_drafted(text: str, output_path) -> None:
    """Write atomically: a failed export never leaves half a file where the user looks. The file
    gets the mode any program gives a new one (it was left 0600 by mkstemp, so colleagues could
    not open an export in a shared folder), or keeps the one it had."""
    document = build_drafted(text)
    write_atomic(Path(output_path), lambda temp: document.save(str(temp)))
