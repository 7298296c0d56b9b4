"""The pipeline: text → lines and paragraphs → readings (tokens, words, sentences) →
detectors → entities → checks → findings.

Paragraph-level work (detection and paragraph rules) is cached by paragraph text, so after
an edit only the changed paragraphs are analysed again; the document-level step (linking
mentions of the same person, cross-paragraph rules) is cheap and always re-run.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from .checks import DocumentContext, ParagraphContext, all_rules
from .checks.spelling import outside_local_voice
from .collector import collector_paused
from .detectors import detect_paragraph, link_document
from .model import Entity, Finding
from .nfc import nfc_with_map
from .reading import Reading
from .structure import DocStructure, LazyStructure, Line, classify_lines
from .structure.document import News
from .text import Paragraph, split_paragraphs
from .user_dictionary import accepted, silenced


@dataclass(frozen=True)
class Analysis:
    """Everything the views need about one version of the text."""

    text: str
    paragraphs: list[Paragraph]
    entities: list[Entity]
    findings: list[Finding]
    revision: int = 0
    lines: list[Line] = field(default_factory=list)  # one per paragraph, typed (structure.lines)
    structure: DocStructure = field(default_factory=DocStructure)  # the document's parts (structure.build)

    def entities_of(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph holding ``offset`` (for "paragraph N" references in exports)."""
        low, high = 0, len(self.paragraphs) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.paragraphs[mid].start <= offset:
                low = mid
            else:
                high = mid - 1
        return self.paragraphs[low]

    def to_json(self) -> dict:
        return {
            "entities": [e.to_json() for e in self.entities],
            "findings": [f.to_json() for f in self.findings],
            "structure": self.structure.to_json(),
        }


@dataclass(frozen=True)
class _ParagraphResult:
    entities: tuple[Entity, ...]
    findings: tuple[Finding, ...]
    reading: Reading  # of the paragraph as written (offsets match its entities and findings)
    # (offset, entities, findings) shifted to where the paragraph last stood in the document:
    # the paragraphs an edit did not move reuse them (frozen records, shared between results).
    placed: list = field(default_factory=lambda: [(None, [], [])], compare=False, repr=False)


@dataclass
class Analyzer:
    """Runs the pipeline; keep one per document so its paragraph cache pays off.

    ``disabled`` holds rule codes switched off (by the user, for this document or always);
    ``user_words`` the user's own dictionary (user_dictionary.py): no word check flags them.
    ``roster`` the user's Danh bạ cán bộ (roster.py, a tuple of Person): the roster checks read it,
    and are silent while it is empty.
    """

    disabled: frozenset[str] = frozenset()
    user_words: frozenset[str] = frozenset()
    roster: tuple = ()
    cache_size: int = 20000
    _cache: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _memo: dict = field(default_factory=dict, repr=False)
    _paragraph_count: int = field(default=0, repr=False)  # document checks' per-paragraph work

    def analyze(self, text: str, revision: int = 0) -> Analysis:
        with collector_paused():
            return self._analyze(text, revision)

    def _analyze(self, text: str, revision: int) -> Analysis:
        rules = [r for r in all_rules().values() if r.code not in self.disabled]
        paragraph_rules = [r for r in rules if r.paragraph_check]
        codes = tuple(r.code for r in paragraph_rules)  # (part of each paragraph's cache key)
        document_rules = [r for r in rules if r.document_check]
        paragraphs = split_paragraphs(text)
        self._paragraph_count = len(paragraphs)  # the cache holds at least two versions of each
        lines = classify_lines([(p.start, p.text) for p in paragraphs])

        entities: list[Entity] = []
        findings: list[Finding] = []
        paragraph_entities: dict[int, tuple[Entity, ...]] = {}
        readings: dict[int, Reading] = {}
        cache = self._cache
        for paragraph in paragraphs:
            if not paragraph.text or paragraph.text.isspace():
                continue
            key = (paragraph.text, codes)  # (a hit looked up here: a re-check hits at every paragraph but one)
            result = cache.get(key)
            if result is None:
                result = self._paragraph(paragraph.text, paragraph_rules, codes)
            else:
                cache.move_to_end(key)
            paragraph_entities[paragraph.index] = result.entities
            readings[paragraph.index] = result.reading
            placed = result.placed[0]
            if placed[0] != paragraph.start:  # the paragraph moved (or is new): shift its results anew
                placed = result.placed[0] = (paragraph.start, [e.shifted(paragraph.start) for e in result.entities],
                                             [f.shifted(paragraph.start) for f in result.findings])
            entities.extend(placed[1])
            findings.extend(placed[2])

        findings = outside_local_voice(findings, paragraphs, readings)  # a poem in the local voice, one line a paragraph
        entities = link_document(text, entities)
        context = DocumentContext(text, paragraphs, entities, list(findings), self._memo, paragraph_entities,
                                  readings, lines, roster=self.roster)
        structure = LazyStructure(context)  # the document model, built when first read
        # The rules read the model through the context, and the model holds the context: a weak
        # reference there, so a result nobody keeps is freed at once rather than left to the cycle
        # collector (whose walks over the garbage of each re-check made every tenth one slow).
        context.structure = weakref.proxy(structure)
        for document_rule in document_rules:
            findings.extend(document_rule.run(context))

        entities.sort(key=lambda e: (e.start, -e.end, e.kind))
        if self.user_words:
            words = accepted(self.user_words)
            findings = [f for f in findings if not silenced(f.code, f.text, words)]
        findings = _dedupe(_off_the_page(findings, structure.news_hint), text)
        return Analysis(text, paragraphs, entities, findings, revision, lines, structure)

    def _paragraph(self, text: str, rules, codes: tuple[str, ...] | None = None) -> _ParagraphResult:
        key = (text, tuple(r.code for r in rules) if codes is None else codes)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        mapped = nfc_with_map(text)
        analysed = mapped[0] if mapped else text
        reading = Reading(analysed)
        entities = detect_paragraph(reading)
        context = ParagraphContext(analysed, entities, reading)
        findings = [f for r in rules for f in r.run(context)]
        if mapped:  # offsets and slices back onto the text as the user wrote it
            offsets = mapped[1]
            entities = [replace(e, start=offsets[e.start], end=offsets[e.end],
                                text=text[offsets[e.start]:offsets[e.end]]) for e in entities]
            findings = [replace(f, start=offsets[f.start], end=offsets[f.end],
                                text=text[offsets[f.start]:offsets[f.end]],
                                related=tuple(replace(r, start=offsets[r.start], end=offsets[r.end])
                                              for r in f.related)) for f in findings]
            reading = Reading(text)
        result = _ParagraphResult(tuple(entities), tuple(findings), reading)
        self._cache[key] = result
        if len(self._cache) > max(self.cache_size, 2 * self._paragraph_count):
            self._cache.popitem(last=False)
            self._memo.clear()  # rare: a huge or long-edited document; rebuilt on demand
        return result


def _off_the_page(findings: list[Finding], news: News | None) -> list[Finding]:
    """Other articles' headlines under "Tin liên quan" (the run the news reader found) are no text of the document:
    no other finding on them, nor one that reads a figure there ("120 đảng viên mới" in a related headline is no slip
    of the article's 86). Only those lines: other furniture may be a table of the document's own read as a menu, whose
    checks must stand. The lines are few, so a plain scan."""
    runs = [(line.start, line.end) for line in news.links] if news is not None else []
    if not runs:
        return findings

    def on_page(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in runs)

    return [f for f in findings if f.code == "web-debris" or not (on_page(f.start, f.end)
                                                                  or any(on_page(r.start, r.end) for r in f.related))]


def _dedupe(findings: list[Finding], text: str) -> list[Finding]:
    """Sort by position and drop repeats: the same rule on the same span, or two rules whose
    fixes of overlapping spans write the same text ("sử lý" → "xử lý" as a known confusion
    and "sử" → "xử" as a real-word error), or a piece of a split word the split-word finding
    already covers: the user sees one finding, the wider one."""
    seen = set()
    unique: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end, f.severity.rank, f.code)):
        key = (finding.code, finding.start, finding.end)
        if key in seen or any(_same_fix(kept, finding, text) for kept in unique[-3:]):
            continue
        if finding.code == "spelling" and any(kept.code == "split-word" and kept.start <= finding.start
                                              and finding.end <= kept.end for kept in unique[-3:]):
            continue  # "thương m ại": the piece of a word split by a space is that slip, told once

        seen.add(key)
        unique.append(finding)
    unique.sort(key=lambda f: (f.start, f.end, f.severity.rank, f.code))
    return unique


def _same_fix(a: Finding, b: Finding, text: str) -> bool:
    if a.suggestion is None or b.suggestion is None or a.severity != b.severity:
        return False
    start, end = min(a.start, b.start), max(a.end, b.end)
    if not (a.start < b.end and b.start < a.end):
        return False

    def fixed(f: Finding) -> str:
        return text[start:f.start] + f.suggestion + text[f.end:end]

    return fixed(a) == fixed(b)


def analyze(text: str, disabled: frozenset[str] = frozenset(), user_words: frozenset[str] = frozenset(),
            roster: tuple = ()) -> Analysis:
    """One-shot analysis (CLI, export, tests)."""
    return Analyzer(disabled=disabled, user_words=user_words, roster=tuple(roster)).analyze(text)
