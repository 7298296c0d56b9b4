"""Code-point offsets (the engine) ↔ UTF-16 positions (Qt), converted at this one boundary.

Vietnamese lives in the BMP, so the common case is the identity; an emoji or a rare CJK
character pasted into the text is a surrogate pair in Qt and must not shift highlights.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    """True when ``text`` holds a character outside the BMP (two UTF-16 units in Qt)."""
    return _ASTRAL.search(text) is not None


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 units, as Qt counts it."""
    if not has_astral(text):
        return len(text)
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class OffsetMap:
    """Converts offsets for one fixed text; O(log n) per lookup, O(1) for BMP-only text."""

    __slots__ = ("_astral_cp", "_astral_u16")

    def __init__(self, text: str):
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character: every earlier one added one unit.
        self._astral_u16 = [cp + i for i, cp in enumerate(self._astral_cp)]

    def to_utf16(self, offset: int) -> int:
        """Qt position of code-point ``offset``."""
        if not self._astral_cp:
            return offset
        return offset + bisect_left(self._astral_cp, offset)

    def to_code_point(self, position: int) -> int:
        """Code-point offset of Qt ``position``; a position inside a surrogate pair rounds down."""
        if not self._astral_u16:
            return position
        before = bisect_left(self._astral_u16, position)
        inside = before > 0 and self._astral_u16[before - 1] + 1 == position
        if inside:
            return self._astral_cp[before - 1]
        return position - before
