"""Data the detectors and rules read: title lexicon, surnames, abbreviations, word lists.

Kept as plain UTF-8 files in resources/ (one entry a line, '#' comments) so a clerk's
organisation can extend them without touching code.
"""

from __future__ import annotations

import sys
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
    path = resources_dir() / f"{name}.txt"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "#" in line:  # rare: headers and notes (the generated lists have 60k plain lines)
            line = line.split("#", 1)[0]
        line = line.strip()
        if line:
            entries.append(line)
    return tuple(entries)


def word_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Entries of a two-column resources/<name>.txt ("left | right"), each side stripped."""
    return tuple((left.strip(), right.strip()) for left, _, right in (line.partition("|") for line in word_list(name)))


@lru_cache(maxsize=None)
def word_set(name: str, lower: bool = True) -> frozenset[str]:
    return frozenset(w.lower() if lower else w for w in word_list(name))
