"""Per-paragraph highlight spans built once per analysis, looked up per editor block.

The engine gives document-wide code-point offsets; the highlighter works block by block in
UTF-16 units. This module (no widgets) does that conversion once per analysis and also
answers for a block that was edited since: spans before the edit stay, spans after it
shift, spans touching it wait for the next analysis. That keeps colours steady while the
user types, without re-running anything on the UI thread.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Callable, Iterable, Sequence

from ..core.engine import Analysis
from ..core.model import Entity, Finding
from .offsets import OffsetMap, has_astral
from .styles import KINDS

# The rule that marks a pasted news page's furniture (its menu, counters, "Tin liên quan" headlines) for deletion.
DEBRIS = "web-debris"

# A span: (start, end) in UTF-16 units relative to its paragraph, layer "entity" or
# "finding", and the kind or severity name. Plain tuples compare fast and hash.
Span = tuple[int, int, str, str]


@dataclass
class SpanIndex:
    """Spans per paragraph for one analysis, filtered by hidden kinds and ignored findings."""

    texts: list[str] = field(default_factory=list)
    spans: list[tuple[Span, ...]] = field(default_factory=list)
    findings: list[tuple[tuple[int, int, Finding], ...]] = field(default_factory=list)
    by_text: dict[str, tuple[Span, ...] | None] = field(default_factory=dict)

    @classmethod
    def build(cls, analysis: Analysis | None, hidden_kinds: Iterable[str] = (),
              ignored: Iterable[Finding] = ()) -> "SpanIndex":
        if analysis is None:
            return cls()
        hidden = frozenset(hidden_kinds)
        ignored = frozenset(ignored)
        paragraphs = analysis.paragraphs
        starts = [p.start for p in paragraphs]
        texts = [p.text for p in paragraphs]
        spans: list[list[Span]] = [[] for _ in paragraphs]
        refs: list[list[tuple[int, int, Finding]]] = [[] for _ in paragraphs]
        maps: dict[int, OffsetMap | None] = {}

        def to16(index: int, offset: int) -> int:
            table = maps.get(index, False)
            if table is False:
                table = maps[index] = OffsetMap(texts[index]) if has_astral(texts[index]) else None
            return offset if table is None else table.to_utf16(offset)

        lengths = [len(t) for t in texts]

        def place(start: int, end: int) -> list[tuple[int, int, int]]:
            """Split a document span into (paragraph, rel_start16, rel_end16) pieces."""
            index = max(0, bisect_right(starts, start) - 1)
            p_start = starts[index]
            if end <= p_start + lengths[index]:  # the usual case: inside one paragraph
                a, b = start - p_start, end - p_start
                return [(index, to16(index, a), to16(index, b))] if b > a else []
            pieces = []
            while index < len(paragraphs) and starts[index] < max(end, start + 1):
                p_start = starts[index]
                a, b = max(start, p_start) - p_start, min(end, p_start + lengths[index]) - p_start
                if b > a:
                    pieces.append((index, to16(index, a), to16(index, b)))
                index += 1
            return pieces

        for entity in outside_furniture(analysis.entities, (f for f in analysis.findings if f not in ignored)):
            if entity.kind in KINDS and entity.kind not in hidden:
                for index, a, b in place(entity.start, entity.end):
                    spans[index].append((a, b, "entity", entity.kind))
        for finding in analysis.findings:
            if finding in ignored:
                continue
            for index, a, b in place(finding.start, finding.end):
                spans[index].append((a, b, "finding", finding.severity.value))
                refs[index].append((a, b, finding))

        index = cls(texts, [tuple(sorted(s)) for s in spans], [tuple(r) for r in refs])
        for text, paragraph_spans in zip(texts, index.spans):
            if text in index.by_text and index.by_text[text] != paragraph_spans:
                index.by_text[text] = None  # same text, different marks: ambiguous
            else:
                index.by_text[text] = paragraph_spans
        return index

    def spans_for(self, number: int, text: str) -> tuple[Span, ...]:
        """Spans for editor block ``number`` whose current text is ``text``."""
        if number < len(self.texts) and self.texts[number] == text:
            return self.spans[number]
        moved = self.by_text.get(text)
        if moved is not None:  # lines were inserted or removed above this one
            return moved
        if number < len(self.texts):
            return adjust_spans(self.texts[number], text, self.spans[number])
        return ()

    def findings_at(self, number: int, text: str, position: int) -> list[Finding]:
        """Findings under UTF-16 ``position`` of block ``number`` (only if it is unchanged)."""
        if number >= len(self.texts) or self.texts[number] != text:
            return []
        return [f for a, b, f in self.findings[number] if a <= position <= b]


def furniture(findings: Iterable[Finding]) -> tuple[tuple[int, int], ...]:
    """The runs of lines the web-debris rule offers to delete, in order (they never overlap)."""
    return tuple(sorted((f.start, f.end) for f in findings if f.code == DEBRIS))


def overlapping(findings: Iterable[Finding], spans: Iterable[tuple[int, int]]) -> set[Finding]:
    """The findings that overlap any of ``spans`` (start < end and start < finding's end, each way).

    The spans sorted by start with a running maximum of their ends: a finding overlaps one of the spans starting
    before its end exactly when the furthest of their ends passes its start. Paired one by one, 5,000 legacy spans
    × 2,000 findings took 0.2 s of the UI thread per refresh.
    """
    ordered = sorted(spans)
    if not ordered:
        return set()
    starts = [start for start, _ in ordered]
    furthest = list(accumulate((end for _, end in ordered), max))
    held = set()
    for finding in findings:
        before = bisect_left(starts, finding.end)
        if before and furthest[before - 1] > finding.start:
            held.add(finding)
    return held


def outside_furniture(entities: Sequence[Entity], findings: Iterable[Finding]) -> Sequence[Entity]:
    """``entities`` less those inside page furniture that ``findings`` offer to delete.

    A clerk saw the officials, bodies and figures of the "Tin liên quan" headlines coloured and listed as the
    article's own, beside the finding that calls those lines the portal's; once that finding is ignored (the clerk
    keeps the lines as text) or its rule is off, they are the document's again and coloured as such.
    """
    runs = furniture(findings)
    if not runs:
        return entities
    starts = [start for start, _ in runs]
    kept = []
    for entity in entities:
        index = bisect_right(starts, entity.start) - 1
        if index < 0 or entity.end > runs[index][1]:
            kept.append(entity)
    return kept


def adjust_spans(old: str, new: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans of ``old`` carried over to ``new`` (one contiguous edit assumed).

    When the two texts share too little (a different paragraph slid into this block),
    nothing is carried over: no colour is better than a wrong one.
    """
    if not spans or not new:
        return ()
    limit = min(len(old), len(new))
    prefix = _longest(lambda known, n: old.startswith(new[known:n], known), limit)
    suffix = _longest(lambda known, n: old.endswith(new[len(new) - n:len(new) - known], 0, len(old) - known),
                      limit - prefix)
    if prefix + suffix < limit // 2:
        return ()
    old_map = OffsetMap(old) if has_astral(old) else None
    new_map = OffsetMap(new) if has_astral(new) else None
    edit_start = old_map.to_utf16(prefix) if old_map else prefix
    old_end = old_map.to_utf16(len(old) - suffix) if old_map else len(old) - suffix
    new_end = new_map.to_utf16(len(new) - suffix) if new_map else len(new) - suffix
    delta = new_end - old_end
    carried = []
    for a, b, layer, name in spans:
        if b <= edit_start:
            carried.append((a, b, layer, name))
        elif a >= old_end:
            carried.append((a + delta, b + delta, layer, name))
        # a span the edit touched waits for the next analysis
    return tuple(carried)


def _longest(same: Callable[[int, int], bool], limit: int) -> int:
    """The largest n ≤ ``limit`` whose first n characters match, ``same(known, n)`` comparing those from ``known``
    (the first ``known`` already do) to n.

    Halving with one slice comparison a step runs in C and compares each character about twice: walking a
    200,000-character paragraph one character at a time in Python took 100 ms of every key typed into it (a pasted
    page with no line breaks)."""
    known, high = 0, limit
    while known < high:
        middle = (known + high + 1) // 2
        if same(known, middle):
            known = middle
        else:
            high = middle - 1
    return known
