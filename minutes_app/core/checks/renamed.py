"""Names abolished in the 2025 reorganisation (domain.md §0): info in a document dated after the
change, never in one dated before it, and said once per name."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterator, NamedTuple

from ..model import Severity
from ..reading import Reading
from ..resources import word_list
from ..text import to_old_tone_style
from .dates import document_date
from .registry import DocumentContext, Example, Issue, rule


class _Change(NamedTuple):
    name: str
    since: dt.date | None  # None: a current name
    note: str


@lru_cache(maxsize=1)
def _changes() -> dict[tuple[str, ...], _Change]:
    table = {}
    for line in word_list("renamed_bodies"):
        name, since, note = (part.strip() for part in (line.split("|") + ["", ""])[:3])
        key = tuple(to_old_tone_style(w.lower()) for w in name.split())
        table[key] = _Change(name, None if since == "-" else dt.date.fromisoformat(since), note)
    return table


def _mentions(reading: Reading) -> tuple[tuple[int, int, _Change], ...]:
    """Each longest match of a listed name written with its capital ("Huyện ủy", not "huyện ủy")."""
    tokens, table = reading.tokens, _changes()
    longest = max(len(k) for k in table)
    found, i = [], 0
    while i < len(tokens):
        match = None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(t.key for t in tokens[i:i + n])
            if key in table and all(reading.adjacent(k) for k in range(i, i + n - 1)):
                match = (n, table[key])
                break
        if match and tokens[i].text[0].isupper() and not tokens[i].text.isupper():
            n, change = match
            found.append((tokens[i].start, tokens[i + n - 1].end, change))
            i += n
        else:
            i += 1
    return tuple(found)


@rule("renamed-body", severity=Severity.INFO, title="Tên cơ quan đã thay đổi năm 2025", scope="document", examples=(
    Example("Tân An, ngày 10 tháng 9 năm 2025\nBáo cáo gửi Ban Thường vụ Huyện ủy.", "Huyện ủy"),
    Example("Tân An, ngày 10 tháng 9 năm 2025\nĐồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu."),
    Example("Tân An, ngày 10 tháng 3 năm 2025\nBáo cáo gửi Ban Thường vụ Huyện ủy."),
))
def renamed_body(ctx: DocumentContext) -> Iterator[Issue]:
    """A body that no longer exists under that name on the document's date."""
    date = document_date(ctx)
    if date is None:
        return
    said: set[str] = set()
    for paragraph, mentions in ctx.per_paragraph(_mentions, with_reading=True):
        for start, end, change in mentions:
            if change.since is None or date < change.since or change.name in said:
                continue
            said.add(change.name)
            yield Issue(paragraph.start + start, paragraph.start + end,
                        f"“{change.name}”: {change.note} (văn bản ngày {date.day:02d}/{date.month:02d}/{date.year}). "
                        "Chỉ giữ nếu câu nói về thời gian trước khi đổi.")
