"""The annotated copy (`minutes-app export FILE --annotated -o checked.docx`).

The report itself, with one Word comment per finding, each finding underlined and the
detected entities shaded in the editor's own colours (minutes_app.palette), under a legend
paragraph that names them.
Word anchors a comment to whole runs, so runs are split at every finding and entity boundary
until each commented range is exactly the finding's text. Splitting works on the XML of the
run (a copy of the run keeps its ``w:rPr``), which is what lets a .docx source keep its look:
paragraph styles, pPr, run formatting, hyperlinks, pictures and fields are left where they are.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .. import PRODUCT_NAME
from ..core.atomic import write_atomic
from ..core.engine import Analysis
from ..core.text import normalize
from ..palette import KIND_COLORS, KIND_LABELS, KINDS, SEVERITIES, SEVERITY_COLORS, SEVERITY_LABELS, visible_spaces
from .styles import _RPR_ORDER, _child, new_document, shade, xml_safe

AUTHOR = PRODUCT_NAME
INITIALS = "KT"
# The editor's colours, as Word wants them (RRGGBB).
KIND_FILLS = {kind: colour.lstrip("#").upper() for kind, colour in KIND_COLORS.items()}
OTHER_FILL = "EDEDED"
SEVERITY_UNDERLINES = {severity: colour.lstrip("#").upper() for severity, colour in SEVERITY_COLORS.items()}
LEGEND_TITLE = f"Chú giải của phần mềm {PRODUCT_NAME}:"

_R, _RPR, _HYPERLINK, _T = qn("w:r"), qn("w:rPr"), qn("w:hyperlink"), qn("w:t")
# Run children that carry text, as python-docx's CT_R.text reads them.
_TEXT_TAGS = {qn(f"w:{tag}") for tag in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab")}


def write_annotated(analysis: Analysis, output_path, source: Path | None = None) -> None:
    """Written beside the target and moved over it: a disk full or a crash mid-save never leaves
    a broken .docx where the last good export was."""
    document = build_annotated(analysis, source)
    write_atomic(Path(output_path), lambda temp: document.save(str(temp)))


def build_annotated(analysis: Analysis, source: Path | None = None):
    """The source .docx annotated in place when its text is the analysed text, else a new
    document made from the text (a .txt source, or a .docx edited since it was opened)."""
    document = blocks = None
    if source is not None and Path(source).suffix.lower() == ".docx":
        document = Document(str(source))
        blocks = _source_blocks(document, analysis.text)
    if blocks is None:
        document, blocks = _text_document(analysis)
    pieces = _split_all(blocks, _boundaries(analysis))
    _shade(pieces, analysis)
    _comment(document, pieces, analysis)
    _legend(document)
    return document


def _legend(document) -> None:
    """The editor's legend in the page header: each colour and underline named, on every
    printed page (the first page too when it has its own header), while the body stays
    exactly the report (its paragraphs, "đoạn N")."""
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    for header in headers:
        legend = header.add_paragraph()
        legend.add_run(LEGEND_TITLE + " ").bold = True
        for kind in KINDS:
            shade(legend.add_run(f" {KIND_LABELS[kind]} ")._r.get_or_add_rPr(), KIND_FILLS[kind])
            legend.add_run(" ")
        legend.add_run("· nhận xét bên lề, gạch chân: ")
        for severity in SEVERITIES:
            underline(legend.add_run(SEVERITY_LABELS[severity])._r.get_or_add_rPr(), severity)
            legend.add_run(" ")
        for run in legend.runs:
            run.font.size = Pt(9)


def underline(rpr, severity: str) -> None:
    """A wavy underline in the severity's colour, like the editor's (dotted for information);
    heavy, since a thin wave almost vanishes on paper."""
    u = _child(rpr, "u", _RPR_ORDER)
    u.set(qn("w:val"), "dottedHeavy" if severity == "info" else "wavyHeavy")
    u.set(qn("w:color"), SEVERITY_UNDERLINES.get(severity, "777777"))


@dataclass(frozen=True)
class _Block:
    """One Word paragraph, where its text starts in the analysed text, and the runs read."""

    paragraph: Paragraph
    start: int
    length: int  # length of its normalised text
    runs: tuple = ()  # w:r elements in reading order (inserted text, content controls, fields)


@dataclass
class _Piece:
    """A run after splitting, with the document span of its text."""

    run: Run
    start: int
    end: int


def _text_document(analysis: Analysis):
    document = new_document()
    blocks = []
    for line in analysis.paragraphs:
        para = document.add_paragraph()
        if line.text:
            para.paragraph_format.first_line_indent = Mm(10)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para.add_run(xml_safe(line.text))
        blocks.append(_Block(para, line.start, len(line.text), tuple(_text_runs(para._p))))
    return document, blocks


def _source_blocks(document, text: str) -> list[_Block] | None:
    """The .docx's paragraphs as core.docx_reader maps them into the text, or None when the
    text read is not the analysed text (then offsets would point at the wrong words).
    Footnotes and endnotes live in parts of their own that are not written back: their
    findings are commented at the nearest text of the body."""
    from ..core.docx_reader import read_docx

    read = read_docx(document)
    if normalize(read.text) != text:
        return None
    body = document._body
    return [_Block(Paragraph(b.paragraph, body), b.start, b.length, b.runs) for b in read.blocks
            if b.part not in ("footnote", "endnote")]


def _boundaries(analysis: Analysis) -> list[int]:
    points = {offset for entity in analysis.entities for offset in (entity.start, entity.end)}
    for finding in analysis.findings:
        points.update(_finding_span(analysis, finding))
    return sorted(points)


def _finding_span(analysis: Analysis, finding) -> tuple[int, int]:
    """A zero-length finding (something missing) is anchored on the character next to it."""
    if finding.end > finding.start:
        return finding.start, finding.end
    paragraph = analysis.paragraph_at(finding.start)
    if finding.start < paragraph.end:
        return finding.start, finding.start + 1
    return (finding.start - 1, finding.start) if finding.start > paragraph.start else (finding.start, finding.start)


def _split_all(blocks: list[_Block], points: list[int]) -> list[_Piece]:
    pieces: list[_Piece] = []
    done = set()
    for block in blocks:
        if id(block.paragraph._p) in done:  # a merged cell read twice: annotate it once
            continue
        done.add(id(block.paragraph._p))
        end = block.start + block.length
        inner = points[bisect_right(points, block.start):bisect_left(points, end)]
        pieces.extend(_split_paragraph(block, [p - block.start for p in inner]))
    return pieces


def _split_paragraph(block: _Block, cuts: list[int]) -> list[_Piece]:
    """Split the paragraph's runs at ``cuts`` (offsets in its normalised text)."""
    para = block.paragraph
    runs = block.runs
    raw = "".join(r.text for r in runs)
    to_raw, to_normal = _offset_maps(raw)
    if to_raw is None:  # cannot map offsets: keep the runs whole, comments anchor to them
        cuts = []
        to_raw = to_normal = list(range(len(raw) + 1))
    raw_cuts = [to_raw[c] for c in cuts]
    pieces = []
    pos = 0
    for r in runs:
        length = len(r.text)
        start, end = pos, pos + length
        pos = end
        for cut in raw_cuts[bisect_right(raw_cuts, start):bisect_left(raw_cuts, end)]:
            right = _split_run(r, cut - start)
            pieces.append(_Piece(Run(r, para), block.start + to_normal[start], block.start + to_normal[cut]))
            r, start = right, cut
        if length:
            pieces.append(_Piece(Run(r, para), block.start + to_normal[start], block.start + to_normal[end]))
    return pieces


def _text_runs(p) -> list:
    """``w:r`` elements whose text makes up python-docx's Paragraph.text, in order."""
    runs = []
    for child in p:
        if child.tag == _R:
            runs.append(child)
        elif child.tag == _HYPERLINK:
            runs.extend(c for c in child if c.tag == _R)
    return runs


def _offset_maps(raw: str):
    """Offsets raw → normalised and back, for a paragraph stored in NFD in the .docx.

    Text is cut into a base character plus its combining marks; each cluster normalises on its
    own, so cluster boundaries line up in both texts. None if the text does not split so.
    """
    normal = normalize(raw)
    if normal == raw:
        identity = list(range(len(raw) + 1))
        return identity, identity
    clusters, start = [], 0
    for i in range(1, len(raw) + 1):
        if i == len(raw) or not unicodedata.combining(raw[i]) and raw[i - 1:i + 1] != "\r\n":
            clusters.append(raw[start:i])
            start = i
    if "".join(normalize(c) for c in clusters) != normal:
        return None, None
    to_raw, to_normal = [0], [0] * (len(raw) + 1)
    raw_pos = normal_pos = 0
    for cluster in clusters:
        for k in range(len(cluster)):
            to_normal[raw_pos + k] = normal_pos
        raw_pos += len(cluster)
        normal_len = len(normalize(cluster))
        to_raw.extend([raw_pos] * normal_len)
        normal_pos += normal_len
        to_normal[raw_pos] = normal_pos
    return to_raw, to_normal


def _split_run(r, k: int):
    """Cut run ``r`` after its first ``k`` characters; the rest moves to a copy placed after it."""
    right = deepcopy(r)
    for child in list(right):
        if child.tag != _RPR:
            right.remove(child)
    pos, moving = 0, False
    for child in list(r):
        if child.tag == _RPR:
            continue
        if moving:
            right.append(child)
            continue
        length = len(str(child)) if child.tag in _TEXT_TAGS else 0
        if pos + length <= k:
            pos += length
            moving = pos == k and length > 0
            continue
        text, cut = child.text, k - pos
        child.text = text[:cut]
        child.set(qn("xml:space"), "preserve")
        tail = OxmlElement("w:t")
        tail.set(qn("xml:space"), "preserve")
        tail.text = text[cut:]
        right.append(tail)
        moving = True
    r.addnext(right)
    return right


def _shade(pieces: list[_Piece], analysis: Analysis) -> None:
    """Colour each piece by the innermost entity covering it (a figure inside a target)."""
    starts = [p.start for p in pieces]
    kinds: dict[int, str] = {}
    for entity in sorted(analysis.entities, key=lambda e: e.start - e.end):
        for i in range(bisect_left(starts, entity.start), len(pieces)):
            if pieces[i].start >= entity.end:
                break
            if pieces[i].end <= entity.end:
                kinds[i] = entity.kind
    for i, kind in kinds.items():
        shade(pieces[i].run._r.get_or_add_rPr(), KIND_FILLS.get(kind, OTHER_FILL))


def _comment(document, pieces: list[_Piece], analysis: Analysis) -> None:
    starts = [p.start for p in pieces]
    titles = _rule_titles()
    for finding in analysis.findings:
        anchor = _anchor(pieces, starts, *_finding_span(analysis, finding))
        if not anchor:
            continue
        severity = getattr(finding.severity, "value", str(finding.severity))
        for piece in anchor:
            underline(piece.run._r.get_or_add_rPr(), severity)
        title = titles.get(finding.code)
        head = SEVERITY_LABELS.get(severity, severity) + (f" — {title}" if title else "")
        comment = document.add_comment([p.run for p in anchor], author=AUTHOR, initials=INITIALS,
                                       text=xml_safe(f"{head}: {finding.message}"))
        if finding.suggestion == "":
            comment.add_paragraph("Đề xuất: xóa phần được đánh dấu.")
        elif finding.suggestion is not None:
            comment.add_paragraph(xml_safe(f"Đề xuất sửa: “{visible_spaces(finding.suggestion)}”"))
        related = related_text(analysis.text, finding)
        if related:
            comment.add_paragraph(xml_safe(f"Số liệu liên quan: {related}"))
        comment.add_paragraph(f"Mã quy tắc: {finding.code}")


def _rule_titles() -> dict[str, str]:
    """Each rule's Vietnamese title, which a reader of the comments understands (codes do not)."""
    from ..core.checks import all_rules

    return {code: rule.title for code, rule in all_rules().items()}


RELATED_ROLES = {"whole": "tổng", "part": "phần", "plan": "kế hoạch", "result": "kết quả", "share": "tỷ lệ",
                 "earlier": "đã nêu trước", "later": "nêu sau", "item": "mục", "cue": "từ nối"}


def related_text(text: str, finding) -> str:
    """“420 chi bộ” (tổng); “385 chi bộ” (phần): the spans a finding rests on, named."""
    named = [f"“{text[r.start:r.end]}” ({RELATED_ROLES.get(r.role, r.role)})"
             for r in getattr(finding, "related", ()) if r.role != "cue" and 0 <= r.start < r.end <= len(text)]
    return "; ".join(named)


def _anchor(pieces: list[_Piece], starts: list[int], start: int, end: int) -> list[_Piece]:
    """The pieces spanning exactly [start, end); failing that (text not splittable), the
    pieces overlapping it, or the piece just before it."""
    first = bisect_left(starts, start)
    exact = []
    for piece in pieces[first:]:
        if piece.start >= end:
            break
        exact.append(piece)
    if exact and exact[-1].end <= end:
        return exact
    overlapping = [p for p in pieces[max(0, first - 1):first + len(exact) + 1] if p.start < end and p.end > start]
    if overlapping:
        return overlapping
    return pieces[max(0, first - 1):first]
