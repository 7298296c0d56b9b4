"""References a reader can follow in the source: the heading path and the first words of the
sentence ("II.1 › “Kiểm tra 62/80 tổ chức…”"), not a paragraph number (a reader cannot count
paragraphs, and Word counts them differently)."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..core.engine import Analysis
from ..core.reading import sentence_spans
from ..core.structure.header import PAGE_STAMP
from ..core.structure.lines import LineKind

FIRST_WORDS = 5
_FOOTER = frozenset({LineKind.SIGNATURE_ROLE, LineKind.SIGNATURE_NOTE, LineKind.SIGNATURE_NAME, LineKind.RECIPIENTS,
                     LineKind.RECIPIENT})
_NOT_HEADINGS = _FOOTER | {LineKind.DEBRIS, LineKind.CAPTION}
TITLE_CHARS = 40  # a heading without a number stands for its path, cut on a word


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters on a word, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:.") + "…"


class SourceRefs:
    def __init__(self, analysis: Analysis):
        self._analysis = analysis
        self._structure = analysis.structure
        # a portal's name or breadcrumbs, a caption, the signature block or Nơi nhận read as an upper-case heading
        # is no heading a reader finds the sentence under ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ … › “Theo báo cáo…”")
        self._line_starts = [line.start for line in analysis.lines]
        news = analysis.structure.news
        aside = [(f.start, f.end) for f in (*news.debris, *news.captions)] if news is not None else []
        self._sections = [s for s in analysis.structure.sections
                          if not any(a <= s.start < b for a, b in aside) and self._kind(s.start) not in _NOT_HEADINGS]

    def _kind(self, offset: int):
        index = bisect_right(self._line_starts, offset) - 1
        return self._analysis.lines[index].kind if index >= 0 else None

    def _section_at(self, offset: int):
        found = None
        for section in self._sections:
            if section.start > offset:
                break
            found = section
        return found

    def label(self, offset: int, *, footer: bool = False) -> str:
        """"II.1 › “Kiểm tra 62/80 tổ chức…”" (the path is left out before the first heading, and for the
        signature block and Nơi nhận, which follow the last section but are no part of it: ``footer`` says the
        offset is in them where the lines' kinds may not, as in a block set beside Nơi nhận with tabs)."""
        section = None if footer or self._kind(offset) in _FOOTER else self._section_at(offset)
        words = self.first_words(offset)
        path = section.path if section and section.path else (clip(section.title, TITLE_CHARS) if section else "")
        quote = f"“{words}”" if words else ""
        return " › ".join(p for p in (path, quote) if p)

    def first_words(self, offset: int) -> str:
        analysis = self._analysis
        if not analysis.paragraphs:
            return ""
        paragraph = analysis.paragraph_at(offset)
        text = paragraph.text
        relative = offset - paragraph.start
        start = 0
        for s, e in sentence_spans(text):
            if s <= relative < e:
                start = s
                break
        # the marker a reader does not look for: a list's dash or number, a table row's "1 | " (its name is what
        # the eye finds: "“Lê Thị Ngọc Hân | 23…”", not "“1 | Lê Thị Ngọc…”")
        sentence = re.sub(r"^\s*(?:[-–•+*]\s*|\(\d+\)\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*|\d+\s*\|\s*|\d+\t+)", "",
                          text[start:])
        if not text[:start].strip() and not analysis.text[:paragraph.start].strip():
            # the page's stamp before a news lead ("date 2022-01 Chiều 6/1, …"): the lead's own words
            sentence = sentence.lstrip()
            sentence = sentence[stamp.end():] if (stamp := PAGE_STAMP.match(sentence)) else sentence
        words = sentence.split()
        if not words:
            return ""
        cut = " ".join(words[:FIRST_WORDS]).rstrip(",;:.| ")  # a table row cut at a cell: no "|" left hanging
        return cut + ("…" if len(words) > FIRST_WORDS else "")
