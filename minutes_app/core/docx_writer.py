"""Saving edited text back into the original .docx, and saying beforehand what cannot be kept.

The original document is the starting point: paragraphs whose text did not change are not
touched (styles, tables, headers, comments, pictures stay as they are); a changed paragraph
gets its new text in one run carrying its first run's formatting; new lines become new
paragraphs shaped like their neighbour; removed lines remove their paragraphs; table rows
keep their cells when the number of cells is unchanged. ``save_losses`` lists, in
Vietnamese, everything such a save would drop, so the user is asked first, every time.
"""

from __future__ import annotations

import difflib
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from docx.oxml.ns import qn

from .docx_reader import CELL_SEPARATOR, DocxText, _children, read_docx, run_text
from .legacy import char_byte, font_scheme
from .text import normalize

UNICODE_FONT = "Times New Roman"
_P, _R, _TC, _PPR, _RPR = qn("w:p"), qn("w:r"), qn("w:tc"), qn("w:pPr"), qn("w:rPr")
_LOST_INSIDE = {  # what a paragraph may hold that one plain run cannot carry, and its name
    qn("w:hyperlink"): "liên kết",
    qn("w:fldSimple"): "trường tự động (số trang, ngày…)",
    qn("w:fldChar"): "trường tự động (số trang, ngày…)",
    qn("w:sdt"): "ô nhập liệu (content control)",
    qn("w:commentRangeStart"): "nhận xét (comment)",
    qn("w:footnoteReference"): "dấu chú thích cuối trang",
    qn("w:endnoteReference"): "dấu chú thích cuối văn bản",
    qn("w:drawing"): "hình ảnh hoặc hộp văn bản",
    qn("w:pict"): "hình ảnh hoặc hộp văn bản",
    qn("w:ins"): "thay đổi được theo dõi",
    qn("w:del"): "thay đổi được theo dõi",
}


@dataclass
class _Unit:
    """One line-maker of the document: a paragraph, a table row, a text-box or note paragraph."""

    part: str
    element: object
    text: str
    number: int  # "đoạn N" / "hàng N" for messages, counted as Word shows them


def _units(read: DocxText) -> list[_Unit]:
    texts = read.text.split("\n")
    breaks = _breaks(read)
    units, line = [], 0
    counters: dict[str, int] = {}
    for part, element in read.lines:
        lines = 1 + breaks.get(id(element), 0)  # a paragraph holding a line break (w:br) makes several lines
        counters[part] = counters.get(part, 0) + 1
        units.append(_Unit(part, element, "\n".join(texts[line:line + lines]), counters[part]))
        line += lines
    return units


def _breaks(read: DocxText) -> dict[int, int]:
    """Line ends inside each unit's text (w:br, w:cr in its runs), by id of the unit's element:
    the paragraph itself, or the table row holding a cell's paragraph."""
    unit_ids = {id(element) for _, element in read.lines}
    counts: dict[int, int] = {}
    for block in read.blocks:
        found = sum(run_text(r).count("\n") for r in block.runs)
        if not found:
            continue
        owner = block.paragraph
        if id(owner) not in unit_ids:
            owner = next(a for a in owner.iterancestors() if id(a) in unit_ids)
        counts[id(owner)] = counts.get(id(owner), 0) + found
    return counts


@dataclass
class SaveResult:
    losses: list[str]
    document: object


def plan_save(source, new_text: str) -> SaveResult:
    """The original document (a path or a binary file) with ``new_text`` written into it
    (not saved), and the losses."""
    from docx import Document

    document = Document(str(source) if isinstance(source, (str, Path)) else source)
    read = read_docx(document)
    units = _units(read)
    old_lines = normalize(read.text).split("\n")
    new_lines = normalize(new_text).split("\n")
    unit_of_line = [i for i, u in enumerate(units) for _ in u.text.split("\n")]
    if len(unit_of_line) != len(old_lines):  # the map does not line up: write nothing into the original
        return SaveResult(["Không đối chiếu được văn bản với tệp Word gốc: tệp sẽ được ghi lại dạng văn bản thuần "
                           "(mất định dạng, bảng, hình ảnh)."], None)
    losses: list[str] = []
    rows = {line for line, unit in enumerate(unit_of_line) if units[unit].part == "table"}
    for a, b, j1, j2 in _regions(old_lines, new_lines, unit_of_line, rows):
        first, last = (unit_of_line[a], unit_of_line[b - 1]) if b > a else (None, None)
        changed = units[first:last + 1] if first is not None else []
        anchor = units[unit_of_line[a - 1]] if a > 0 else None
        _apply(changed, new_lines[j1:j2], anchor, losses, document)
    _unicode_fonts(document)
    return SaveResult(list(dict.fromkeys(losses)), document)


def save_losses(source, new_text: str) -> list[str]:
    """What saving ``new_text`` into ``source`` would drop, in Vietnamese; [] when nothing."""
    return plan_save(source, new_text).losses


def save_into(source, new_text: str, target: Path) -> list[str]:
    """Write ``new_text`` into a copy of ``source`` saved at ``target``; returns the losses.
    When the text cannot be matched to the original, a plain document is written."""
    result = plan_save(source, new_text)
    document = result.document
    if document is None:
        from docx import Document

        document = Document()
        for line in normalize(new_text).split("\n"):
            document.add_paragraph(_xml_safe(line))
    document.save(str(target))
    return result.losses


def _line_opcodes(old: list[str], new: list[str], rows: set[int]):
    """difflib opcodes of old → new lines, table rows matched first: a row the user left alone
    stays a row even where a paragraph could match just as well. Blank lines are junk: they
    match anything equally well and never anchor a match."""
    only_rows = [line if i in rows else (i,) for i, line in enumerate(old)]  # a tuple equals no line
    anchors = difflib.SequenceMatcher(None, only_rows, new, autojunk=False).get_matching_blocks()
    i = j = 0
    for a, b, size in anchors:
        gap = difflib.SequenceMatcher(lambda line: not line.strip(), old[i:a], new[j:b], autojunk=False)
        for tag, i1, i2, j1, j2 in gap.get_opcodes():
            yield tag, i + i1, i + i2, j + j1, j + j2
        if size:
            yield "equal", a, a + size, b, b + size
        i, j = a + size, b + size


def _regions(old: list[str], new: list[str], unit_of_line: list[int], rows: set[int]):
    """Changed line ranges (a, b) of the old text and (j1, j2) of the new, widened to whole
    units (a paragraph with a line break is one unit of two lines) and merged when they touch."""
    starts, ends = {}, {}
    for line, unit in enumerate(unit_of_line):
        starts.setdefault(unit, line)
        ends[unit] = line + 1
    merged: list[list[int]] = []
    for tag, i1, i2, j1, j2 in _line_opcodes(old, new, rows):
        if tag == "equal":
            continue
        a, b = i1, i2
        if i2 > i1:
            a, b = starts[unit_of_line[i1]], ends[unit_of_line[i2 - 1]]
        elif 0 < i1 < len(old) and unit_of_line[i1 - 1] == unit_of_line[i1]:
            a, b = starts[unit_of_line[i1]], ends[unit_of_line[i1]]  # inserted inside a unit
        j1, j2 = j1 - (i1 - a), j2 + (b - i2)
        if merged and a <= merged[-1][1]:
            previous = merged[-1]
            merged[-1] = [previous[0], max(previous[1], b), previous[2], max(previous[3], j2)]
        else:
            merged.append([a, b, j1, j2])
    return merged


def _apply(units: list[_Unit], lines: list[str], anchor: _Unit | None, losses: list[str], document) -> None:
    """Write ``lines`` over ``units`` in order, each unit taking as many lines as it had;
    lines left over become new paragraphs, units left over are removed."""
    position = 0
    for unit in units:
        size = unit.text.count("\n") + 1
        if position < len(lines):
            _write_unit(unit, "\n".join(lines[position:position + size]), losses)
        else:
            _remove_unit(unit, losses)
        position += size
    _insert_after(units[-1] if units else anchor, lines[position:], document)


def _write_unit(unit: _Unit, text: str, losses: list[str]) -> None:
    if unit.part in ("footnote", "endnote"):
        name = "chú thích cuối trang" if unit.part == "footnote" else "chú thích cuối văn bản"
        losses.append(f"Sửa đổi trong {name} số {unit.number} chưa ghi được vào tệp Word: phần sửa này sẽ mất.")
        return
    if unit.part == "table":
        _write_row(unit, text, losses)
        return
    _write_paragraph(unit.element, text, losses, f"Đoạn {unit.number}" if unit.part == "body"
                     else f"Hộp văn bản (đoạn {unit.number})")


def _write_row(unit: _Unit, text: str, losses: list[str]) -> None:
    cells = _children(unit.element, _TC)
    values = text.split(CELL_SEPARATOR)
    if len(values) != len(cells):
        losses.append(f"Hàng {unit.number} của bảng đổi số ô ({len(cells)} → {len(values)}): chữ của hàng được "
                      "ghi vào ô đầu tiên, các ô còn lại để trống.")
        values = [text] + [""] * (len(cells) - 1)
    for tc, value in zip(cells, values):
        if value == _cell_text(tc):
            continue
        paragraphs = [p for p in tc if p.tag == _P]
        for extra in paragraphs[1:]:
            tc.remove(extra)
        if not paragraphs:
            paragraphs = [tc.makeelement(_P, {})]
            tc.append(paragraphs[0])
        _write_paragraph(paragraphs[0], value, losses, f"Hàng {unit.number} của bảng")


def _cell_text(tc) -> str:
    from .docx_reader import paragraph_runs

    return " ".join("".join(run_text(r) for r in paragraph_runs(p)) for p in tc if p.tag == _P)


def _write_paragraph(p, text: str, losses: list[str], where: str) -> None:
    """Replace the text of paragraph ``p`` by one run with its first run's formatting."""
    from .docx_reader import paragraph_runs

    runs = paragraph_runs(p)
    formats = {_rpr_key(r) for r in runs if run_text(r)}
    if len(formats) > 1:
        losses.append(f"{where}: định dạng khác nhau trong đoạn (đậm, nghiêng, phông…) gộp thành một.")
    for tag, name in _LOST_INSIDE.items():
        if next(p.iter(tag), None) is not None:
            losses.append(f"{where}: {name} trong đoạn sẽ mất.")
    first = next((r for r in runs if run_text(r)), runs[0] if runs else None)
    rpr = deepcopy(first.find(_RPR)) if first is not None and first.find(_RPR) is not None else None
    for child in list(p):
        if child.tag != _PPR:
            p.remove(child)
    r = p.makeelement(_R, {})
    if rpr is not None:
        r.append(rpr)
    for index, piece in enumerate(text.split("\n")):
        if index:
            r.append(r.makeelement(qn("w:br"), {}))
        for k, chunk in enumerate(piece.split("\t")):
            if k:
                r.append(r.makeelement(qn("w:tab"), {}))
            if chunk:
                t = r.makeelement(qn("w:t"), {})
                t.text = _xml_safe(chunk)
                t.set(qn("xml:space"), "preserve")
                r.append(t)
    p.append(r)


def _unicode_fonts(document) -> None:
    """A legacy font (.VnTime, from the run or its paragraph style) draws Unicode Vietnamese
    as garbage: a run whose text now holds letters no legacy byte gives is set in a Unicode
    font. Runs still in legacy bytes (unchanged) keep their font."""
    from .docx_reader import _Fonts, paragraph_runs

    fonts = _Fonts(document)
    for p in document.element.body.iter(_P):
        style_font = fonts.paragraph_font(p)
        for r in paragraph_runs(p):
            if not font_scheme(fonts.run_font(r) or style_font):
                continue
            if all(char_byte(ch) is not None for ch in run_text(r) if ch not in "\n\t"):
                continue
            rpr = r.find(_RPR)
            if rpr is None:
                rpr = r.makeelement(_RPR, {})
                r.insert(0, rpr)
            rfonts = rpr.find(qn("w:rFonts"))
            if rfonts is None:
                rfonts = rpr.makeelement(qn("w:rFonts"), {})
                rpr.insert(0, rfonts)
            for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(slot), UNICODE_FONT)


def _rpr_key(r) -> bytes:
    from lxml import etree

    rpr = r.find(_RPR)
    return etree.tostring(rpr) if rpr is not None else b""


def _remove_unit(unit: _Unit, losses: list[str]) -> None:
    if unit.part in ("footnote", "endnote"):
        losses.append(f"Xoá chữ trong chú thích số {unit.number} chưa ghi được vào tệp Word: chú thích giữ nguyên.")
        return
    element = unit.element
    if unit.part == "body":
        for tag in (qn("w:drawing"), qn("w:pict")):
            if next(element.iter(tag), None) is not None:
                losses.append(f"Đoạn {unit.number} bị xoá cùng hình ảnh hoặc hộp văn bản trong đó.")
                break
    if unit.part == "textbox":  # the box keeps one (empty) paragraph: a text box may not be empty
        _write_paragraph(element, "", losses, f"Hộp văn bản (đoạn {unit.number})")
        return
    parent = element.getparent()
    if unit.part == "table" and len(_children(parent, qn("w:tr"))) == 1:
        parent.getparent().remove(parent)  # the table's last row: the table goes
        return
    parent.remove(element)


def _insert_after(anchor: _Unit | None, lines: list[str], document) -> None:
    """New paragraphs after ``anchor`` (after its table, for a row; at the start without one),
    shaped like the anchor paragraph (its pPr and first run's formatting)."""
    if not lines:
        return
    body = document.element.body
    if anchor is None or anchor.part in ("footnote", "endnote"):
        template, position = None, None
    elif anchor.part == "table":
        template, position = None, anchor.element.getparent()  # the w:tbl
        while position.getparent() is not body and position.getparent() is not None:
            position = position.getparent()
    elif anchor.part == "textbox":
        template, position = anchor.element, anchor.element
    else:
        template, position = anchor.element, anchor.element
    for line in reversed(lines):
        p = body.makeelement(_P, {})
        if template is not None and template.find(_PPR) is not None:
            p.append(deepcopy(template.find(_PPR)))
        if template is not None:
            from .docx_reader import paragraph_runs

            first = next((r for r in paragraph_runs(template) if r.find(_RPR) is not None), None)
            if first is not None:
                r = p.makeelement(_R, {})
                r.append(deepcopy(first.find(_RPR)))
                p.append(r)
        _write_paragraph(p, line, [], "")
        if position is None:
            body.insert(0, p)
        else:
            position.addnext(p)


def _xml_safe(text: str) -> str:
    """Characters XML cannot hold (control characters) are dropped, as the exports do."""
    return "".join(ch for ch in text if ch in "\t\n" or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff"))
