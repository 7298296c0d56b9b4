"""Splitting the document into paragraphs and sentences with their offsets.

The engine analyses paragraph by paragraph (so an edit re-checks one paragraph), and every
offset it reports is relative to the paragraph and later shifted to the document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def normalize(text: str) -> str:
    """NFC plus unified line ends: the one normalisation applied at load time."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return unicodedata.normalize("NFC", text)


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line; offsets are into ``text``. Empty lines are kept (as empty)."""
    paragraphs = []
    pos = 0
    new = object.__new__
    for index, line in enumerate(text.split("\n")):
        # (made without the frozen dataclass's __init__, which sets each field through object.__setattr__: every
        # paragraph is made again at every re-check)
        paragraph = new(Paragraph)
        paragraph.__dict__.update(index=index, start=pos, text=line)
        paragraphs.append(paragraph)
        pos += len(line) + 1
    return paragraphs


def fold(text: str) -> str:
    """Lower-case and strip tone marks: for matching names spelled with different accents."""
    return text.lower().translate(_FOLDED)


class _Folded(dict):
    """Each character without its marks ("ệ" → "e", "đ" → "d"), worked out the first time it is
    met: str.translate then runs in C (the word lists fold tens of thousands of syllables)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", "d" if char == "đ" else char)
        self[code] = folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return folded


_FOLDED = _Folded()


TONE_PAIRS = {  # new style → old style; vietnamese.py inverts it
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_TONE_RE = re.compile(r"(?<!q)(" + "|".join(TONE_PAIRS) + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=65536)
def to_old_tone_style(word: str) -> str:
    """hòa → hoà, thủy → thuỷ: fold the two accepted tone placements into one (domain §7)."""

    def swap(match: re.Match[str]) -> str:
        found = match.group(1)
        repl = TONE_PAIRS[found.lower()]
        return repl.upper() if found.isupper() else (repl[0].upper() + repl[1:] if found[0].isupper() else repl)

    return _TONE_RE.sub(swap, word)


def first_letter_guard(alternatives) -> str:
    """A lookahead for the first letters of a long alternation ("(?=[NTLH…])"): it rejects most
    positions of a text before the alternation is tried, which re does not do by itself."""
    return "(?=[" + "".join(sorted({re.escape(a[0]) for a in alternatives})) + "])"


def word_trie(words) -> str:
    """One pattern for all the words, their shared beginnings written once ("thống nhất (?:đề|kiến|thông qua)"):
    at each place it tries one branch per next letter and matches the longest word that starts there, then shorter
    ones, as an alternation of the words longest first does (whose branches re tries one after the other)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        joined = "(?:" + "|".join(alternatives) + ")"
        return joined + "?" if "" in node else (alternatives[0] if len(alternatives) == 1 else joined)

    return branch(tree)


class PairMemo:
    """What a function makes of a pair of strings, kept by the first then the second: a pair met before is read back
    from ``firsts`` with two dict lookups (the hot loops do that inline) and no string joined; ``remember`` makes and
    keeps a new one. Bounded: past ``bound`` pairs it starts afresh (a long session meets ever new pairs)."""

    __slots__ = ("firsts", "_make", "_count", "_bound")

    def __init__(self, make, bound: int = 100_000):
        self.firsts: dict[str, dict] = {}
        self._make, self._count, self._bound = make, 0, bound

    def remember(self, first: str, second: str, seconds: dict | None):
        """The value of a pair not yet kept (``seconds``: the first's dict, as the caller found it, or None)."""
        value = self._make(first, second)
        if self._count > self._bound:
            self.firsts.clear()
            self._count, seconds = 0, None
        if seconds is None:
            seconds = self.firsts.setdefault(first, {})
        seconds[second] = value
        self._count += 1
        return value


_DIGIT_RUN = re.compile(r"\d\d*")  # (not "\d+": opening with a set, the search skips to the next digit in C; 9.3 → 5.7 ms)


def number_starts(text: str) -> list[int]:
    """Where each run of digits begins: the only places a number can start."""
    return [match.start() for match in _DIGIT_RUN.finditer(text)]


def number_matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a pattern that can only match from the start
    of a run of digits (it opens with a digit that a look-behind keeps from following one, as
    "(?<![\\w.,])\\d…" does): tried at those ``starts`` (number_starts) only, instead of at
    every character of the text. A look-behind still sees the text before each start."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match:
                yield match
                end = match.end()
