"""The levels of a classification (resources/classification_levels.txt: "xuất sắc | tốt | khá | trung bình",
"tán thành | không tán thành | ý kiến khác") and the ones a phrase names.

A module of its own so that the reader and the relations both import it at the top: the reader asked the relations
module for them inside its functions (relations imports the reader), and an import inside a function is paid at every
call: ~1,400 calls on 200k characters, 19 million instructions (callgrind), 0.3 % of an analysis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import word_list


@lru_cache(maxsize=1)
def classification_levels() -> tuple[tuple[str, ...], ...]:
    """resources/classification_levels.txt: one tuple of levels per classification."""
    return tuple(tuple(level.strip().lower() for level in line.split("|")) for line in
                 word_list("classification_levels"))


def _words(phrase: str) -> str:
    return phrase.lower().strip(" :-–+•.")


def named_levels(phrase: str, group: int, at_end: bool = False) -> list[str]:
    """The levels of the classification ``group`` the phrase names, each read as phrase_levels reads its group."""
    words = _words(phrase)
    return [level for level in classification_levels()[group] if _level_pattern(level, at_end).search(words)]


@lru_cache(maxsize=256)
def _level_pattern(level: str, at_end: bool) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(level) + (r"$" if at_end else r"(?!\w)"))


@lru_cache(maxsize=8192)
def phrase_levels(phrase: str, at_end: bool = False) -> frozenset[int]:
    phrase = _words(phrase)
    found = set()
    for index, pattern in enumerate(_level_patterns(at_end)):
        if pattern.search(phrase):
            found.add(index)
    return frozenset(found)


@lru_cache(maxsize=2)
def _level_patterns(at_end: bool) -> tuple[re.Pattern, ...]:
    tail = r"$" if at_end else r"(?!\w)"
    return tuple(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(level) for level in group) + ")" + tail)
                 for group in classification_levels())
