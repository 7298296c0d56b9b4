"""Completion from the Danh bạ cán bộ (roster.py): the words just typed, accent-free or not,
are the start of a known name ("nguyen van t" → Nguyễn Văn Thể) or of a known title ("bi thu
chi" → Bí thư Chi bộ …). Qt-free; gui/completion.py shows the popup.

Lookups are a binary search in sorted accent-folded keys, so a roster of thousands answers
in well under a millisecond; the index is built once per roster snapshot.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from .roster import Person, folded
from .text import to_old_tone_style
from .vietnamese import to_new_tone_style, tone_style

MIN_WORDS = 2  # one word ("Nguyễn", "bí") would offer half the roster
MAX_WORDS = 6
MIN_LETTERS = 4
LIMIT = 12
_BREAK = re.compile(r"[,.;:!?()\[\]\"“”«»\t\n–-]")


@dataclass(frozen=True)
class Candidate:
    """One offer: ``label`` for the popup, ``insert`` written in place of the typed words."""

    label: str
    insert: str
    name: str  # the person, as the roster writes the name


class CompletionIndex:
    def __init__(self, people: Sequence[Person], day: dt.date | None = None):
        day = day or dt.date.today()
        titles_of: dict[str, list[str]] = {}
        names: dict[str, str] = {}
        for person in people:
            names.setdefault(person.key, person.name)
            current = titles_of.setdefault(person.key, [])
            if person.valid_on(day):
                current.extend(t for t in person.titles if t not in current)
        self._names = sorted((folded(name), key) for key, name in names.items())
        self._name_keys = [k for k, _ in self._names]
        self._titles = sorted((folded(t), t, key) for key, ts in titles_of.items() for t in ts)
        self._title_keys = [k for k, _, _ in self._titles]
        self._people = {key: (names[key], tuple(titles_of[key])) for key in names}

    def __len__(self) -> int:
        return len(self._people)

    def _prefixed(self, keys: list[str], query: str) -> range:
        start = bisect_left(keys, query)
        end = start
        while end < len(keys) and keys[end].startswith(query) and end - start < 200:
            end += 1
        return range(start, end)

    def lookup(self, query: str, limit: int = LIMIT) -> list[Candidate]:
        """Candidates whose name or title starts with ``query`` (compared accent-free)."""
        key = folded(query)
        found: list[Candidate] = []
        for i in self._prefixed(self._name_keys, key):
            name, titles = self._people[self._names[i][1]]
            insert = ", ".join((name,) + titles)
            found.append(Candidate(f"{name} — {', '.join(titles)}" if titles else name, insert, name))
            if len(found) >= limit:
                return found
        for i in self._prefixed(self._title_keys, key):
            _, title, person_key = self._titles[i]
            name, _ = self._people[person_key]
            found.append(Candidate(f"{title} {name}", f"{title} {name}", name))
            if len(found) >= limit:
                break
        return found

    def complete(self, before: str, limit: int = LIMIT) -> tuple[int, list[Candidate]]:
        """For the text of the line up to the cursor (pre-edit included): how many characters
        at its end the completion replaces, and the candidates; (0, []) when none."""
        tail = _BREAK.split(before)[-1]
        if not tail or tail[-1].isspace():
            return 0, []
        words = tail.split()
        for count in range(min(MAX_WORDS, len(words)), MIN_WORDS - 1, -1):
            query = " ".join(words[-count:])
            if sum(ch.isalpha() for ch in query) < MIN_LETTERS:
                continue
            candidates = self.lookup(query, limit)
            if candidates:
                if len(candidates) == 1 and folded(candidates[0].insert) == folded(query):
                    return 0, []  # already written out in full
                span = len(tail) - _start_of_last_words(tail, count)
                return span, candidates
        return 0, []


def _start_of_last_words(text: str, count: int) -> int:
    """Index in ``text`` where its last ``count`` whitespace-separated words begin."""
    matches = list(re.finditer(r"\S+", text))
    return matches[-count].start()


def document_tone_style(text: str, sample: int = 60000) -> str | None:
    """'old' (hoà, thuỷ) or 'new' (hòa, thủy): the placement most words of the text use."""
    votes = Counter(style for word in re.findall(r"[^\W\d_]+", text[:sample]) if (style := tone_style(word)))
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def in_tone_style(text: str, style: str | None) -> str:
    if style == "old":
        return " ".join(to_old_tone_style(w) for w in text.split(" "))
    if style == "new":
        return " ".join(to_new_tone_style(w) for w in text.split(" "))
    return text
