"""The text Word shows in a .docx, and where each piece of it sits.

python-docx's ``paragraph.text`` reads a paragraph's direct runs only, so tracked
insertions (``w:ins``), content controls (``w:sdt``) and simple fields (``w:fldSimple``)
vanish, and tables come out one cell per line (field-notes.md). Here the XML is walked:

- body paragraphs in order, each one line; inserted text read, deleted text (``w:del``,
  ``w:moveFrom``) left out, a field's result read and its instruction not;
- a table row is one line, its cells joined by " | " (the engine reads attendance tables so);
- a text box's paragraphs follow the paragraph that anchors it;
- footnotes, then endnotes, come last, one line per paragraph.

Every line records its ``Block``s: the ``w:p`` element, the ``w:r`` elements whose text it
reads and where that text starts, so highlights, comments and saving land on the right runs.
Each run's font is kept too: a legacy font (.VnTime, VNI-Times) marks a span to convert.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from .legacy import LegacySpan, font_scheme

CELL_SEPARATOR = " | "
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _R, _TBL, _TR, _TC = qn("w:p"), qn("w:r"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_TXBX = qn("w:txbxContent")
# Containers whose runs Word shows as part of the paragraph (or of the body, for blocks).
_INLINE_CONTAINERS = {qn(f"w:{t}") for t in ("ins", "moveTo", "sdt", "sdtContent", "fldSimple", "hyperlink",
                                              "smartTag", "customXml", "dir", "bdo")}
_BLOCK_CONTAINERS = {qn(f"w:{t}") for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo")}
_HIDDEN = {qn("w:del"), qn("w:moveFrom")}
_TRACKED = {qn(f"w:{t}") for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
                                   "tblPrChange", "trPrChange", "tcPrChange", "cellIns", "cellDel")}
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-"}


@dataclass(frozen=True)
class Block:
    """One Word paragraph's share of a line: ``start`` is where its text begins in the
    document text; ``runs`` the ``w:r`` elements read, with their text lengths."""

    paragraph: object  # the w:p element
    start: int
    runs: tuple
    lengths: tuple[int, ...]
    part: str  # "body", "table", "textbox", "footnote", "endnote"

    @property
    def length(self) -> int:
        return sum(self.lengths)


@dataclass
class DocxText:
    text: str
    blocks: list[Block] = field(default_factory=list)
    lines: list[tuple[str, object]] = field(default_factory=list)  # (part, element) per line
    legacy: list[LegacySpan] = field(default_factory=list)
    tracked_changes: bool = False


def run_text(r) -> str:
    """A run's visible text, as python-docx's ``Run.text`` reads it."""
    out = []
    for child in r:
        if child.tag in _RUN_TEXT:
            out.append(_RUN_TEXT[child.tag] if _RUN_TEXT[child.tag] is not None else (child.text or ""))
    return "".join(out)


def paragraph_runs(p) -> list:
    """The ``w:r`` elements whose text Word shows in paragraph ``p``, in order."""
    runs: list = []

    def walk(element) -> None:
        for child in element:
            if child.tag == _R:
                runs.append(child)
            elif child.tag in _INLINE_CONTAINERS:
                walk(child)

    walk(p)
    return runs


class _Reader:
    def __init__(self, document) -> None:
        self.document = document
        self.pieces: list[str] = []
        self.position = 0
        self.result = DocxText("")
        self.fonts = _Fonts(document)

    def add(self, text: str) -> None:
        self.pieces.append(text)
        self.position += len(text)

    def new_line(self, part: str, element) -> None:
        if self.result.lines:
            self.add("\n")
        self.result.lines.append((part, element))

    def paragraph(self, p, part: str) -> None:
        runs = paragraph_runs(p)
        lengths = []
        start = self.position
        style_font = self.fonts.paragraph_font(p)
        for r in runs:
            text = unicodedata.normalize("NFC", run_text(r))
            legacy = font_scheme(self.fonts.run_font(r) or style_font)
            if legacy and text:
                self.result.legacy.append(LegacySpan(self.position, self.position + len(text), *legacy))
            self.add(text)
            lengths.append(len(text))
        self.result.blocks.append(Block(p, start, tuple(runs), tuple(lengths), part))

    def body(self, container, part: str) -> None:
        for child in container:
            if child.tag == _P:
                self.new_line(part, child)
                self.paragraph(child, part)
                self.text_boxes(child, part)
            elif child.tag == _TBL:
                self.table(child, part)
            elif child.tag in _BLOCK_CONTAINERS:
                self.body(child, part)

    def text_boxes(self, p, part: str) -> None:
        """Paragraphs of the text boxes anchored in ``p``, each a line after it (the drawing
        and its VML fallback hold the same text: the fallback is skipped). In a footnote or
        endnote they keep that part's name: saving cannot write into those parts."""
        part = "textbox" if part == "body" else part
        for box in p.iter(_TXBX):
            if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
                continue
            if any(a.tag == _TXBX for a in box.iterancestors()):
                continue  # a box in a box: read with its outer box
            for inner in box.iter(_P):
                self.new_line(part, inner)
                self.paragraph(inner, part)

    def table(self, tbl, part: str) -> None:
        part = "table" if part == "body" else part
        for tr in _children(tbl, _TR):
            if tr.find(f"{_W}trPr/{_W}del") is not None:
                continue  # a row deleted as a tracked change
            self.new_line(part, tr)
            for index, tc in enumerate(_children(tr, _TC)):
                if index:
                    self.add(CELL_SEPARATOR)
                self.cell(tc, part)

    def cell(self, tc, part: str) -> None:
        first = True
        for p in tc.iter(_P):
            if any(a.tag == _TXBX for a in p.iterancestors()):
                continue
            if not first:
                self.add(" ")
            first = False
            self.paragraph(p, part)

    def notes(self, kind: str) -> None:
        part = _notes_part(self.document, kind)
        if part is None:
            return
        for note in part:
            if note.tag != qn(f"w:{kind}") or note.get(qn("w:type")) in ("separator", "continuationSeparator",
                                                                        "continuationNotice"):
                continue
            self.body(note, kind)


def _children(element, tag: str) -> list:
    """``tag`` children, looking through content controls and custom XML that wrap them."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _BLOCK_CONTAINERS:
            found.extend(_children(child, tag))
    return found


def _notes_part(document, kind: str):
    """The root element of footnotes.xml / endnotes.xml, parsed from the package part."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    reltype = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else parse_xml(target.blob)
    return None


class _Fonts:
    """The font a run is shown in: its own w:rFonts, else its paragraph style's (following
    basedOn), else the document default."""

    def __init__(self, document) -> None:
        self.styles = {}
        self.default = None
        try:
            styles = document.styles.element
        except Exception:  # noqa: BLE001  (a document without styles.xml)
            return
        for style in styles.iter(qn("w:style")):
            self.styles[style.get(qn("w:styleId"))] = style
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts")
        self.default = _font_of(defaults)

    def run_font(self, r) -> str | None:
        fonts = r.find(f"{_W}rPr/{_W}rFonts")
        if _font_of(fonts):
            return _font_of(fonts)
        style = r.find(f"{_W}rPr/{_W}rStyle")
        return self.style_font(style.get(qn("w:val")) if style is not None else None)

    def paragraph_font(self, p) -> str | None:
        # The paragraph mark's own w:rPr does not apply to its runs; the paragraph style does.
        style = p.find(f"{_W}pPr/{_W}pStyle")
        return self.style_font(style.get(qn("w:val")) if style is not None else "Normal") or self.default

    def style_font(self, style_id: str | None, depth: int = 0) -> str | None:
        style = self.styles.get(style_id)
        if style is None or depth > 10:
            return None
        found = _font_of(style.find(f"{_W}rPr/{_W}rFonts"))
        if found:
            return found
        based = style.find(f"{_W}basedOn")
        return self.style_font(based.get(qn("w:val")), depth + 1) if based is not None else None


def _font_of(fonts) -> str | None:
    if fonts is None:
        return None
    return fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))


def read_docx(document) -> DocxText:
    """Everything Word shows of a python-docx Document, with its map (see module doc)."""
    reader = _Reader(document)
    body = document.element.body
    reader.body(body, "body")
    for kind in ("footnote", "endnote"):
        reader.notes(kind)
    reader.result.text = "".join(reader.pieces)
    reader.result.tracked_changes = any(True for _ in _iter_tracked(body))
    return reader.result


def _iter_tracked(body):
    for element in body.iter():
        if element.tag in _TRACKED:
            yield element
