"""Slips of the keyboard: a word typed twice ("trong trong", "thực hiện thực hiện")."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Severity
from ..resources import word_set
from .registry import Issue, ParagraphContext, rule

_WORD = re.compile(r"[^\W\d_]+")


@rule("repeated-word", severity=Severity.WARNING, title="Từ bị lặp")
def repeated_word(ctx: ParagraphContext) -> Iterator[Issue]:
    """A one- or two-syllable word repeated with only a space between. Doubling that the
    language uses on purpose (dần dần, ngày ngày, từ từ) is listed in resources/ and kept."""
    words = list(_WORD.finditer(ctx.text))
    allowed = word_set("reduplications")
    i = 0
    while i < len(words):
        for size in (2, 1):
            first, second = words[i:i + size], words[i + size:i + 2 * size]
            if len(second) < size or not _spaced(ctx.text, words[i:i + 2 * size]):
                continue
            if [w.group().lower() for w in first] != [w.group().lower() for w in second]:
                continue
            if size == 1 and first[0].group().lower() in allowed:
                continue
            start, end = first[0].start(), second[-1].end()
            kept = ctx.text[first[0].start():first[-1].end()]
            yield Issue(start, end, f"“{kept}” bị lặp lại hai lần liền nhau.", kept)
            i += 2 * size - 1
            break
        i += 1


def _spaced(text: str, words: list[re.Match[str]]) -> bool:
    """Only single spaces between the words: a comma or line break makes it a list."""
    return all(text[a.end():b.start()] == " " for a, b in zip(words, words[1:]))
