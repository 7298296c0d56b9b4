"""A breakdown closed by "the rest": after "Trong đó", counts of one noun whose last is "N <noun> còn
lại" or "N <noun> khác" ("Trong đó có 2 xã thu đạt từ 60% trở lên …, 3 xã, thị trấn thu đạt từ
50%-60% …, 8 xã còn lại thu dưới 50%") name every one of the count they are of, so they add up to
it. That count is the last count of their noun before "Trong đó": in its sentence, the sentences
before, or the paragraph before ("Chỉ tiêu giao thu ngân sách đối với 14 xã, thị trấn …"). Read per
paragraph (``remainder_items``, remembered per paragraph text), joined at document scope
(``remainder_breakdowns``); the relation is inferred (the rule warns, naming the count).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import layer_of
from .model import Quantity
from .relations import heads_agree, unit_end

_THOSE = re.compile(r"(?<!\w)trong\s+(?:số\s+)?(?:đó|này)(?!\w)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=\w)")  # (the parts may run on into one more sentence)
_REST_AFTER = re.compile(r"(?:\s*,?\s*(?:thị\s+trấn|phường|đơn\s+vị))?\s+(?:còn\s+lại|khác)(?!\w)", re.IGNORECASE)


def _same(a: Quantity, b: Quantity) -> bool:
    return a.head is not None and b.head is not None and (
        a.head == b.head or heads_agree(a.head, b.head) or heads_agree(b.head, a.head))


def _head_end(text: str, q: Quantity) -> int:
    """Where the count's noun ends ("2 xã" of "2 xã khác cũng …"; its unit may run on)."""
    at = _lowered(text).find(q.head, q.end, q.end + len(q.head) + 4) if q.head else -1
    return at + len(q.head) if at >= 0 else unit_end(text, q)


_LOWERED: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, the last one remembered: lowering a long paragraph once per count was quadratic."""
    global _LOWERED
    last = _LOWERED
    if last[0] is text or last[0] == text:
        return last[1]
    _LOWERED = last = (text, text.lower())
    return last[1]


def remainder_items(reading, entities) -> tuple | None:
    """One paragraph's breakdowns closed by the rest: (marker start, parts) each, and its counts
    (paragraph offsets). None when it has no count."""
    text = reading.text
    if not _DIGIT.search(text):
        return None
    quantities = layer_of(reading, entities).quantities
    if not quantities:
        return None
    closed = []
    if ("còn lại" in text or "khác" in text) and _THOSE.search(text):
        counts = _counts(quantities)
        starts = [q.start for q in counts]
        rests = [i for i, q in enumerate(counts) if _REST_AFTER.match(text, _head_end(text, q))]
        markers = list(_THOSE.finditer(text))
        for m, marker in enumerate(markers):
            first = bisect_right(starts, marker.end())  # (counts are in order) the counts after the marker
            r = bisect_left(rests, first)
            if r == len(rests):
                continue
            rest = counts[rests[r]]
            if m + 1 < len(markers) and markers[m + 1].end() <= rest.start:
                continue  # another "trong đó" before the rest (the check below would refuse it): linear, not quadratic
            parts = [q for q in counts[first:rests[r] + 1] if _same(q, rest) and q.role != "plan"]
            between = text[marker.end():rest.start]
            if len(parts) >= 2 and len(_SENTENCE_BREAK.findall(between)) <= 1 and not _THOSE.search(between):
                closed.append((marker.start(), tuple(parts)))
    return tuple(closed), quantities


def _without_splits(text: str, parts: tuple[Quantity, ...], whole: float) -> tuple[Quantity, ...]:
    """The parts less those that split one of them by what was done with it: "trong đó có 2 đơn … thuộc thẩm
    quyền; đã giải quyết 1 đơn, 1 đơn đang xác minh. Hai đơn còn lại …". Counts in a clause of their own after a
    part (past a ";"), or tied to another act than it (the layer's event), that add up to it exactly are its
    split, not further items of the whole, when the other parts then make the whole or the rest left otherwise
    is none. When such a split runs to the rest, the rest closes that part's split, not the whole's: no parts."""
    for i, part in enumerate(parts[:-1]):
        run = parts[i + 1:]
        if not (run[0].event is not None and run[0].event != part.event or ";" in text[part.end:run[0].start]):
            continue
        total = 0.0
        for j, item in enumerate(run):
            total += item.value
            if total > part.value:
                break
            if j and total == part.value:
                if j == len(run) - 1:
                    return ()
                kept = parts[:i + 1] + run[j + 1:]
                if sum(p.value for p in kept) == whole or whole <= sum(p.value for p in parts[:-1]):
                    return kept
                break
    return parts


_DIGIT = re.compile(r"\d")
_REST_HINT = re.compile(r"còn\s+lại|khác", re.IGNORECASE)


def _counts(quantities) -> list[Quantity]:
    return [q for q in quantities if q.kind == "count" and q.head is not None and q.modifier is None]


def remainder_breakdowns(ctx) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """(whole, parts) in document offsets, for every breakdown closed by the rest whose count is found."""
    found = []
    if not _REST_HINT.search(ctx.text):
        return found  # (most documents: no rest named, nothing to read)
    before: tuple | None = None  # the paragraph before: its start and counts
    for paragraph, entry in ctx.per_paragraph(remainder_items, with_entities=True, with_reading=True):
        if entry is None:
            before = None
            continue
        closed, quantities = entry
        for marker, parts in closed:
            first = parts[0]
            own = [q for q in _counts(quantities) if q.end <= marker and _same(q, first)]
            if own:
                whole = own[-1].shifted(paragraph.start)
            elif before is not None and (earlier := [q for q in _counts(before[1]) if _same(q, first)]):
                whole = earlier[-1].shifted(before[0])
            else:
                continue
            parts = _without_splits(paragraph.text, parts, whole.value)
            if not parts:
                continue
            total = sum(p.value for p in parts)
            if sum(p.value for p in parts[:-1]) >= whole.value:
                continue  # the parts before the rest already make the count: nested ("29 …, đã trả lời 27"), not items
            rest_word = _REST_AFTER.match(paragraph.text, _head_end(paragraph.text, parts[-1]))
            if total < whole.value and "còn" not in rest_word.group().lower():
                continue  # "4 đồng chí khác": others besides, not surely all the rest
            if whole.value > max(p.value for p in parts):
                found.append((whole, tuple(p.shifted(paragraph.start) for p in parts)))
        before = (paragraph.start, quantities)
    return found


_RATIO_REST_GAP = re.compile(r"[^.:\d]{0,120}$")


def ratio_rests(text: str, quantities) -> list[tuple[Quantity, Quantity]]:
    """"đã giải quyết được 19/33 vụ việc …, 14 vụ còn lại đang giải quyết": (ratio, rest) for a count of the
    ratio's noun named "còn lại" later in its sentence (no other number between): the rest is the total less
    the part (paragraph offsets)."""
    found = []
    for index, ratio in enumerate(quantities):
        if ratio.kind != "ratio" or not ratio.total or ratio.head is None:
            continue
        rest = quantities[index + 1] if index + 1 < len(quantities) else None
        if rest is None or rest.kind != "count" or rest.head is None or rest.sentence != ratio.sentence \
                or not _REST_AFTER.match(text, _head_end(text, rest)) \
                or not _RATIO_REST_GAP.match(text[unit_end(text, ratio):rest.start]):
            continue
        if ratio.head.split()[0] == rest.head.split()[0] or _same(ratio, rest):
            found.append((ratio, rest))
    return found
