"""Those who registered for a title and those who reached it: "131.196 hộ nông dân đăng ký danh hiệu hộ
sản xuất, kinh doanh giỏi" then, in its paragraph or the next, "Qua bình xét đã có 137.632 hộ đạt danh
hiệu": a title is reached only by those who registered for it, so the count that reached it cannot
exceed the count registered before it (same noun, periods that may be one). Read per paragraph
(``registration_items``, remembered per paragraph text), joined at document scope; inferred (a warning
naming the count registered).
"""

from __future__ import annotations

import re

from ..keywords import Phrases
from . import layer_of
from .model import Quantity
from .scope import periods_agree

_REGISTERED = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+đăng\s+ký(?:\s+(?:danh\s+hiệu|xây\s+dựng|thi\s+đua))?(?!\w)",
                         re.IGNORECASE)
_REACHED = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:đạt|được\s+công\s+nhận|được\s+bình\s+xét)(?:\s+(?:danh\s+hiệu|"
                      r"chuẩn|là))?(?!\w)", re.IGNORECASE)
_HINT = re.compile(r"đăng\s+ký|đạt|công\s+nhận", re.IGNORECASE)
_PARAGRAPHS_AFTER = 1
# asked of each paragraph's shared lower-case words (keywords.Phrases), not by a case-insensitive
# scan of the whole document: registration_items reads a paragraph's own text, so a document whose
# paragraphs hold no "đăng ký" gives nothing either way
_MAY_REGISTER = Phrases("đăng ký")


def _names_registering(reading) -> bool:
    return _MAY_REGISTER(reading)


def registration_items(reading, entities) -> tuple | None:
    """(kind, quantity) in order, kind "registered" or "reached", for counts told with those acts right after their
    noun ("1.250 hộ đăng ký …", "1.180 hộ đạt danh hiệu …"); None when there is none."""
    text = reading.text
    if not _HINT.search(text):
        return None
    items = []
    for q in layer_of(reading, entities).quantities:
        if q.kind != "count" or not q.head or q.role == "plan" or q.modifier is not None:
            continue
        at = q.end + 1 + len(q.head) if text[q.end + 1:q.end + 1 + len(q.head)].lower() == q.head else q.end
        if _REGISTERED.match(text, at):
            items.append(("registered", q))
        elif _REACHED.match(text, at):
            items.append(("reached", q))
    return tuple(items) or None


def reached_over_registered(ctx) -> list[tuple[Quantity, Quantity]]:
    """(registered, reached) in document offsets where more reached a title than registered for it before."""
    found = []
    # (each paragraph's answer is kept per its text: a re-check asks again only of the edited one)
    if not any(named for _, named in ctx.per_paragraph(_names_registering, with_reading=True)):
        return found  # (most documents register nobody: nothing to read)
    registered: list[tuple[Quantity, int]] = []  # (count, paragraph index), document offsets
    for paragraph, items in ctx.per_paragraph(registration_items, with_entities=True, with_reading=True):
        if items is None:
            continue
        registered = [r for r in registered if paragraph.index - r[1] <= _PARAGRAPHS_AFTER]
        for kind, q in items:
            shifted = q.shifted(paragraph.start)
            if kind == "registered":
                registered.append((shifted, paragraph.index))
                continue
            same = [r for r, _ in registered if r.head.split()[0] == q.head.split()[0] and r.noun_class == q.noun_class
                    and (not r.period or not q.period or periods_agree(r.period, q.period))]
            if same and q.value > same[-1].value:
                found.append((same[-1], shifted))
    return found
