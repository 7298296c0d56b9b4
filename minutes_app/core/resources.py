"""Data the detectors and rules read: title lexicon, surnames, abbreviations, word lists.

Kept as plain UTF-8 files in resources/ (one entry a line, '#' comments) so a clerk's
organisation can extend them without touching code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path


def resources_dir() -> Path:
    """resources/ of the checkout (editable install), of a PyInstaller bundle, or installed
    as data with a wheel (<prefix>/share/minutes_app/resources)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "minutes_app" / "resources"


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Entries of resources/<name>.txt, in file order, comments and blanks dropped."""
    text = (resources_dir() / f"{name}.txt").read_text(encoding="utf-8")
    if "#" in text:  # rare: headers and notes (the generated lists have 60k plain lines)
        text = _COMMENT.sub("", text)
    # (lines cut, stripped and the blank ones dropped in C: a loop over the 60k lines cost a few ms of every start-up)
    return tuple(filter(None, map(str.strip, text.splitlines())))


# From "#" to the end of its line, at any line boundary str.splitlines knows.
_COMMENT = re.compile("#[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*")


def word_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Entries of a two-column resources/<name>.txt ("left | right"), each side stripped."""
    return tuple((left.strip(), right.strip()) for left, _, right in (line.partition("|") for line in word_list(name)))


@lru_cache(maxsize=None)
def word_set(name: str, lower: bool = True) -> frozenset[str]:
    return frozenset(w.lower() if lower else w for w in word_list(name))


def alternation(words: Iterable[str]) -> str:
    """Words for a regex alternation: each escaped, any white space between its words, the longer first (so "mời dự"
    is tried before "mời")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
