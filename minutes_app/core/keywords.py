"""Whether a text holds one of a few plain words, case-insensitively, fast.

A pattern such as ``re.compile("kế hoạch|chỉ tiêu|dự toán", re.IGNORECASE)`` asked only
``search(text) is not None`` is slow on Vietnamese text: re's case-insensitive scan tries its
words at nearly every letter (~10 µs a paragraph line, thousands of times per report).
``Keywords(pattern)(text)`` gives the same answer by substring tests on the lower-cased text,
~10x faster. Speed only: a text holding a letter that str.lower and re fold differently (İ, ı,
ſ), or a pattern that is more than plain words joined by "|", is left to the pattern.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"[\\.^$*+?{}\[\]()]")


class Keywords:
    """``pattern.search(text) is not None``, answered without the pattern where that is safe."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parts = pattern.pattern.split("|")
        plain = pattern.flags & re.IGNORECASE and all(p and not _SPECIAL.search(p) for p in parts)
        self.words = tuple(p.lower() for p in parts) if plain else None

    def __call__(self, text: str) -> bool:
        if self.words is None or "İ" in text or "ı" in text or "ſ" in text:
            return self.pattern.search(text) is not None
        low = text.lower()
        for word in self.words:  # (a loop, not any() over a generator: thousands of calls a report)
            if word in low:
                return True
        return False


class Phrases:
    """A gate before a pattern every match of which holds one of a few phrases, their words
    apart by white space (the vote label "tán\\s+thành", the attendance label "có\\s+mặt"): False only when the
    paragraph holds none of them, so the pattern need not be tried from every letter. The
    phrases are looked for in the paragraph lower-cased with each run of white space made one
    space (re's \\s and str.split agree on what white space is), made once per paragraph and
    shared by every gate (Reading.derived). A paragraph with İ, ı or ſ, which re folds apart from
    str.lower, always passes. Speed only: where it passes, the pattern decides as before."""

    __slots__ = ("phrases",)

    def __init__(self, *phrases: str):
        self.phrases = tuple(" ".join(p.lower().split()) for p in phrases)

    def __call__(self, reading) -> bool:
        plain = reading.derived("plain words", _plain_words)
        if plain is None:
            return True
        for phrase in self.phrases:
            if phrase in plain:
                return True
        return False


def _plain_words(reading) -> str | None:
    text = reading.text
    if "İ" in text or "ı" in text or "ſ" in text:
        return None
    low = text.lower()
    if low.isprintable() and "  " not in low:
        # Every white space character but the space is unprintable: a printable paragraph without
        # two spaces in a row has its words apart by one space already (most paragraphs). Only an
        # edge space may remain, which no phrase's match needs.
        return low
    return " ".join(low.split())
