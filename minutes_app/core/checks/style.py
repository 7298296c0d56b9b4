"""Slips of the keyboard: a word typed twice ("trong trong", "thực hiện thực hiện")."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Severity
from ..resources import word_set
from .registry import Issue, ParagraphContext, rule

# A one- or two-syllable word, one space, the same again; case-insensitive backreference.
_DOUBLED = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?: [^\W\d_]+)?) \1(?![^\W\d_])", re.IGNORECASE)


@rule("repeated-word", severity=Severity.WARNING, title="Từ bị lặp")
def repeated_word(ctx: ParagraphContext) -> Iterator[Issue]:
    """A one- or two-syllable word repeated with only a space between. Doubling that the
    language uses on purpose (dần dần, ngày ngày, từ từ) is listed in resources/ and kept."""
    allowed = word_set("reduplications")
    for match in _DOUBLED.finditer(ctx.text):
        kept = match.group(1)
        if " " not in kept and kept.lower() in allowed:
            continue
        second = ctx.text[match.end() - len(kept):match.end()]
        if (kept[0].islower() and second[0].isupper()) or (kept.isupper() and " " not in kept):
            continue  # "Đảng ủy Ủy ban", "Hội trường Trường THPT", "ĐẢNG ỦY ỦY BAN": a name begins
        yield Issue(match.start(), match.end(), f"“{kept}” bị lặp lại hai lần liền nhau.", kept)
