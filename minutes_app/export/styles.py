"""Page, type and table helpers shared by both exports.

Page and type follow HD 36-HD/VPTW and NĐ 30/2020 (domain.md §1): A4, margins 20/20/30/15 mm,
Times New Roman 14 pt, page number centred in the top margin from page 2. Word ignores an
explicit font name when a theme font attribute is present, and the default template uses
theme fonts everywhere, so every ``w:rFonts`` of the style sheet is rewritten, not just Normal's.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
BODY_PT = 14
TABLE_PT = 13
HEADER_TITLE_PT = 15
PAGE = (Mm(210), Mm(297))
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
HEADER_DISTANCE_MM = 10
TEXT_WIDTH_MM = 210 - MARGINS_MM["left"] - MARGINS_MM["right"]  # 165 mm
CELL_LEFT, CELL_CENTER, CELL_JUSTIFY = "TableText", "TableTextCenter", "TableTextJustify"

_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# Child order the schema imposes (Word rejects a file whose properties are out of order).
_RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
    "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange"
).split()
_PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr "
    "shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN "
    "bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
    "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
).split()
_TBLPR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"
).split()


def new_document():
    """An empty document with the official page setup, fonts and page numbering."""
    document = Document()
    use_official_type(document)
    add_table_styles(document)
    section = document.sections[0]
    set_page(section)
    add_page_number(section)
    return document


def set_page(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(HEADER_DISTANCE_MM)


def use_official_type(document) -> None:
    """Times New Roman on all four slots and vi-VN in every style; body 14 pt."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_run_font(rpr)
    for rfonts in styles.iter(qn("w:rFonts")):
        _fill_fonts(rfonts)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANGUAGE)
    normal = document.styles["Normal"]
    set_run_font(normal.element.get_or_add_rPr())
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1


def set_run_font(rpr) -> None:
    """Put the official font and language on one ``w:rPr`` (run or style properties)."""
    _fill_fonts(_child(rpr, "rFonts", _RPR_ORDER))
    _child(rpr, "lang", _RPR_ORDER).set(qn("w:val"), LANGUAGE)


def _fill_fonts(rfonts) -> None:
    for slot in _THEME_SLOTS:
        rfonts.attrib.pop(qn(slot), None)
    for slot in _FONT_SLOTS:
        rfonts.set(qn(slot), FONT)


def add_page_number(section) -> None:
    """PAGE field centred in the header, hidden on page 1 (different first page)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(BODY_PT)
        if kind:
            field_char = OxmlElement("w:fldChar")
            field_char.set(qn("w:fldCharType"), kind)
            run._r.append(field_char)
        elif instruction == " PAGE ":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = instruction
            run._r.append(code)
        else:
            run.text = instruction


def paragraph(container, text: str = "", *, bold=False, italic=False, size=None,
              align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_first=False, space_after=6, underline=False):
    """Add one formatted paragraph with a single run (the common case in the summary)."""
    para = container.add_paragraph()
    para.alignment = align
    fmt = para.paragraph_format
    fmt.space_after = Pt(space_after)
    if indent_first:
        fmt.first_line_indent = Mm(10)
    if text:
        add_run(para, text, bold=bold, italic=italic, size=size, underline=underline)
    return para


def add_run(para, text: str, *, bold=False, italic=False, size=None, underline=False):
    run = para.add_run(xml_safe(text))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if underline:
        run.underline = True
    if size:
        run.font.size = Pt(size)
    return run


def new_table(container, widths_mm: list[float], *, grid=True):
    """A fixed-layout table whose columns sum to the text width, so it never overflows.

    Word and LibreOffice both need the width on ``w:gridCol`` and on every cell; autofit
    is switched off or long context sentences would widen the table past the margin.
    """
    table = container.add_table(rows=0, cols=len(widths_mm))
    if grid:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout fixed
    width = _child(table._tbl.tblPr, "tblW", _TBLPR_ORDER)
    width.set(qn("w:w"), str(round(sum(widths_mm) * 1440 / 25.4)))
    width.set(qn("w:type"), "dxa")
    for column, mm in zip(table.columns, widths_mm):
        column.width = Mm(mm)
    return table


def add_row(table, values, *, bold=False, align=None, header=False) -> None:
    """Append a row to a data table.

    Each value is a str or a list of (text, style) pieces, style holding "b" (bold) and/or
    "i" (italic); "\n" starts a new paragraph in the cell (a line break would stretch a
    justified line). ``align`` names a cell paragraph style per column (CELL_LEFT …).
    The row is written as XML in one go: python-docx's per-property calls made the summary
    of a 200k-character report take over a second.
    """
    widths = [col.get(qn("w:w")) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
    styles = align or [CELL_LEFT] * len(values)
    flags = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{_cell_xml(value, style, bold)}</w:tc>'
        for width, value, style in zip(widths, values, styles)
    )
    table._tbl.append(parse_xml(f"<w:tr {nsdecls('w')}><w:trPr>{flags}</w:trPr>{cells}</w:tr>"))


def _cell_xml(value, style: str, bold: bool) -> str:
    pieces = [(value, "")] if isinstance(value, str) else value
    paragraphs: list[list[str]] = [[]]
    for text, fmt in pieces:
        for number, line in enumerate(text.split("\n")):
            if number:
                paragraphs.append([])
            if line:
                props = ("<w:b/>" if bold or "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "")
                rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
                paragraphs[-1].append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(xml_safe(line))}</w:t></w:r>')
    return "".join(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(runs)}</w:p>' for runs in paragraphs)


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Control characters (a form feed in a .txt) cannot be stored in DOCX XML; each becomes
    U+FFFD, one character for one, so offsets into the text stay valid."""
    return _XML_UNSAFE.sub("\ufffd", text)


def add_table_styles(document) -> None:
    """Paragraph styles for table cells: 13 pt, single spacing, no space after."""
    for style_id, alignment in ((CELL_LEFT, WD_ALIGN_PARAGRAPH.LEFT), (CELL_CENTER, WD_ALIGN_PARAGRAPH.CENTER),
                                (CELL_JUSTIFY, WD_ALIGN_PARAGRAPH.JUSTIFY)):
        style = document.styles.add_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(TABLE_PT)
        fmt = style.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0
        fmt.alignment = alignment


def shade(rpr, fill: str) -> None:
    """Background colour on a run (any RGB, unlike Word's 16 highlight colours)."""
    shd = _child(rpr, "shd", _RPR_ORDER)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def no_borders(table) -> None:
    borders = _child(table._tbl.tblPr, "tblBorders", _TBLPR_ORDER)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)


def bottom_rule(para) -> None:
    """A solid rule under a paragraph (the line under ĐẢNG CỘNG SẢN VIỆT NAM)."""
    borders = _child(para._p.get_or_add_pPr(), "pBdr", _PPR_ORDER)
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)


def _child(parent, tag: str, order: list[str]):
    """The ``w:tag`` child of a properties element, created at its schema position if absent."""
    existing = parent.find(qn(f"w:{tag}"))
    if existing is not None:
        return existing
    element = OxmlElement(f"w:{tag}")
    later = set(order[order.index(tag) + 1:])
    for index, sibling in enumerate(parent):
        if sibling.tag.rpartition("}")[2] in later:
            parent.insert(index, element)
            return element
    parent.append(element)
    return element
