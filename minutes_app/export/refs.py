"""References a reader can follow in the source: the heading path and the first words of the
sentence ("II.1 › “Kiểm tra 62/80 tổ chức…”"), not a paragraph number (a reader cannot count
paragraphs, and Word counts them differently)."""

from __future__ import annotations

import re

from ..core.engine import Analysis
from ..core.reading import sentence_spans
from ..core.structure.header import PAGE_STAMP

FIRST_WORDS = 5
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

    def label(self, offset: int) -> str:
        """"II.1 › “Kiểm tra 62/80 tổ chức…”" (the path is left out before the first heading)."""
        section = self._structure.section_at(offset)
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
        sentence = re.sub(r"^\s*(?:[-–•+*]\s*|\(\d+\)\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)", "", text[start:])
        if not text[:start].strip() and not analysis.text[:paragraph.start].strip():
            # the page's stamp before a news lead ("date 2022-01 Chiều 6/1, …"): the lead's own words
            sentence = sentence.lstrip()
            sentence = sentence[stamp.end():] if (stamp := PAGE_STAMP.match(sentence)) else sentence
        words = sentence.split()
        if not words:
            return ""
        cut = " ".join(words[:FIRST_WORDS]).rstrip(",;:.")
        return cut + ("…" if len(words) > FIRST_WORDS else "")
