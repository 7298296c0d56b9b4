"""Party badges by years of membership ("Huy hiệu 30 năm tuổi Đảng", "40 năm tuổi đảng"): a
classification whose levels are numbers of years. A count of members given the badge ("trao Huy
hiệu Đảng cho 12 đảng viên") is split by the levels that follow it, in its sentence or in the
next paragraphs ("Theo đó, 4 đảng viên được trao Huy hiệu 55 năm tuổi Đảng, 3 đảng viên nhận Huy
hiệu 50 năm …"): each member gets one badge, so the levels are disjoint and, listed in full, add
up to the count. Posthumous awards ("truy tặng") are a group of their own.

Read per paragraph (``badge_items``, remembered per paragraph text), joined at document scope
(``badge_breakdowns``): a group is the last count of members given the badge and the levels after
it, up to the next such count, within _PARAGRAPHS_AFTER paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..keywords import Phrases
from . import layer_of
from .model import Quantity

_HINT = re.compile(r"huy\s+hiệu|tuổi\s+đảng", re.IGNORECASE)
# _HINT's words asked of each paragraph's shared lower-case words (keywords.Phrases), not by a
# case-insensitive scan of the whole document (~3 ms on 200k chars): badge_items asks _HINT of its
# own paragraph, so a document whose paragraphs hold neither gives nothing either way
_MAY_NAME_BADGE = Phrases("huy hiệu", "tuổi đảng")
_LEVEL = re.compile(r"(?<!\w)(?:huy\s+hiệu(?:\s+đảng)?\s+(?P<a>\d{2})\s+năm|(?P<b>\d{2})\s+(?:năm\s+)?tuổi\s+đảng)(?!\w)",
                    re.IGNORECASE)
_BADGE = re.compile(r"(?<!\w)huy\s+hiệu(?:\s+đảng)?(?!\s+\d)", re.IGNORECASE)
_POSTHUMOUS = re.compile(r"(?<!\w)truy\s+tặng(?!\w)", re.IGNORECASE)
_BOUNDARY = re.compile(r"[;,:()]|\s(?:và|trong\s+đó)\s", re.IGNORECASE)
# right after the count: "61 đảng viên được tặng và truy tặng"
_BOTH = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:được\s+)?tặng\s*(?:,|và|hoặc)\s*truy\s+tặng(?!\w)", re.IGNORECASE)
_MEMBERS = frozenset(("đảng viên", "đồng chí", "đ/c", "trường hợp"))
# "…; còn lại là tặng Huy hiệu 55, 50, 45 năm tuổi Đảng": the rest, told without a count of its own
_REST = re.compile(r"(?<!\w)còn\s+lại(?!\w)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.](?:\s|$)|$")
_PARAGRAPHS_AFTER = 2


def _names_badge(reading) -> bool:
    return _MAY_NAME_BADGE(reading)


def badge_items(reading, entities) -> tuple | None:
    """One paragraph's wholes and levels, in order: ("whole", quantity, posthumous, sentence) or
    ("part", quantity, posthumous, sentence, years). None when it names no badge."""
    text = reading.text
    if not _HINT.search(text):
        return None
    layer = layer_of(reading, entities)
    counts = [q for q in layer.quantities if q.kind == "count" and q.head in _MEMBERS and q.role != "plan"]
    if not counts:
        return None
    items = []
    for index, q in enumerate(counts):
        s_start, s_end = reading.sentences[q.sentence] if q.sentence < len(reading.sentences) else (0, len(text))
        left_floor = max(s_start, counts[index - 1].end if index and counts[index - 1].sentence == q.sentence else 0)
        right_ceiling = min(s_end, counts[index + 1].start if index + 1 < len(counts)
                            and counts[index + 1].sentence == q.sentence else s_end)
        boundaries = [m.end() for m in _BOUNDARY.finditer(text, left_floor, q.start)]
        left = text[boundaries[-1] if boundaries else left_floor:q.start]
        after = _BOUNDARY.search(text, q.end, right_ceiling)
        right = text[q.end:after.start() if after else right_ceiling]
        levels = [m for m in _LEVEL.finditer(right)] or [m for m in _LEVEL.finditer(left)]
        posthumous = bool(_POSTHUMOUS.search(left) or _POSTHUMOUS.search(right))
        both = None if levels else _BOTH.match(text, q.end, min(right_ceiling, q.end + 60))
        if both and _BADGE.match(text, _skip_space(text, both.end())):
            items.append(("whole", q, None, q.sentence))  # "61 đảng viên được tặng và truy tặng Huy hiệu Đảng": both
            continue
        if len(levels) == 1:
            years = int(levels[0]["a"] or levels[0]["b"])
            items.append(("part", q, posthumous, q.sentence, years))
        elif not levels and (_BADGE.search(right) or _BADGE.search(left)):
            items.append(("whole", q, posthumous, q.sentence))
        elif not levels:
            items.append(("other", q, posthumous, q.sentence))  # "riêng đợt này có 12 đồng chí: …": another count
    for rest in _REST.finditer(text):
        clause_end = _CLAUSE_END.search(text, rest.end()).start()
        if not any(rest.end() <= q.start < clause_end for q in counts):
            items.append(("rest", rest.start(), None, next(
                (i for i, (a, b) in enumerate(reading.sentences) if a <= rest.start() < b), len(reading.sentences))))
    items.sort(key=lambda item: item[1] if item[0] == "rest" else item[1].start)
    return tuple(items) or None


@dataclass
class _Group:
    """A count of members given the badge and the levels read after it so far."""
    whole: Quantity
    paragraph: int
    sentence: int
    parts: list[Quantity] = field(default_factory=list)
    years: set[tuple[bool, int]] = field(default_factory=set)
    broken: bool = False  # a level twice: the levels of several units, not one breakdown
    one_sentence: bool = True  # every level in the whole's sentence
    # posthumous levels after a count of living members, with no count of their own: of it ("Lễ trao Huy hiệu cho 37
    # đảng viên. Cụ thể, truy tặng … 1 đảng viên; trao tặng …") or besides it ("Ngoài ra, truy tặng … 1 đảng viên")
    posthumous: list[Quantity] = field(default_factory=list)
    rest_untold: bool = False  # "còn lại là …" after the levels, with no count: the levels listed are not all of it


def badge_breakdowns(ctx) -> list[tuple[Quantity, tuple[Quantity, ...], bool]]:
    """(whole, parts, one sentence) for every count of members given the badge followed by at
    least two levels of it, in document offsets; one sentence: whole and parts in one sentence."""
    found = []
    # (each paragraph's answer is kept per its text: a re-check asks again only of the edited one)
    if not any(named for _, named in ctx.per_paragraph(_names_badge, with_reading=True)):
        return found  # (most documents give no badge)
    groups: dict[bool | None, _Group] = {}  # posthumous (None: both) → its open group

    def close(group: _Group) -> None:
        parts = group.parts
        if group.posthumous and sum(p.value for p in parts + group.posthumous) == group.whole.value:
            parts = sorted(parts + group.posthumous, key=lambda q: q.start)  # the count of both, told as one
        if group.rest_untold and sum(p.value for p in parts) < group.whole.value:
            return  # the rest was told without its count: fewer levels listed than the count is no slip
        if len(parts) >= 2 and not group.broken:
            found.append((group.whole, tuple(parts), group.one_sentence))

    for paragraph, items in ctx.per_paragraph(badge_items, with_entities=True, with_reading=True):
        if items is None:
            continue
        for item in items:
            if item[0] == "rest":
                for group in groups.values():
                    if group.parts and paragraph.index - group.paragraph <= _PARAGRAPHS_AFTER:
                        group.rest_untold = True
                continue
            kind, quantity, posthumous = item[0], item[1].shifted(paragraph.start), item[2]
            if kind == "other":  # a count of members neither given the badge nor a level: the levels after it are its
                for group in groups.values():
                    close(group)
                groups.clear()
                continue
            group = groups.get(posthumous)
            if kind == "whole":
                for flag in ((True, False, None) if posthumous is None else (posthumous, None)):
                    if groups.get(flag) is not None:  # (a count of both closes each group, and is closed by either)
                        close(groups.pop(flag))
                groups[posthumous] = _Group(quantity, paragraph.index, item[3])
                continue
            if group is None:
                group = groups.get(None)  # the levels of both, living and posthumous, of one count
            if group is None and posthumous and (living := groups.get(False)) is not None \
                    and paragraph.index - living.paragraph <= _PARAGRAPHS_AFTER:
                living.posthumous.append(quantity)  # either of it or besides it: counted only if that adds up
                continue
            if group is None or paragraph.index - group.paragraph > _PARAGRAPHS_AFTER:
                continue
            years = (posthumous, item[4])  # (30 years given and 30 years given posthumously are two levels)
            if years in group.years:
                group.broken = True
            group.years.add(years)
            group.parts.append(quantity)
            if paragraph.index != group.paragraph or item[3] != group.sentence:
                group.one_sentence = False
    for group in groups.values():
        close(group)
    return found


def _skip_space(text: str, at: int) -> int:
    return len(text) - len(text[at:].lstrip()) if at < len(text) else at

