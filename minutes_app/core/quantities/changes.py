"""A change against an earlier period whose two levels are stated apart from it: "có 221 đơn …, so với
cùng kỳ năm trước giảm 198 đơn (6 tháng đầu năm 2019 có 419 đơn …)"; "Trong năm 2015, toàn tỉnh đã bàn
giao 2.600 thanh niên … Trong năm 2016, chỉ tiêu … là 2.750 thanh niên (tăng 150 người so với năm
2015)". The change (a number after "tăng"/"giảm", with "so với" in its clause) is the gap between
the current level (the nearest count of its noun before it, in its sentence or the one before, not
in a bracket) and the earlier level (a count of that noun in the bracket after the change that
names an earlier period, else the one count of that noun in a sentence before that names the
period "so với" names). A relation "gap", inferred: the derived rule warns, naming both levels.
"""

from __future__ import annotations

import re

from .growths import flow_of_named_stock
from .model import Cue, Quantity, Relation
from .relations import heads_agree, one_noun_head, unit_end

_COMPARED = re.compile(r"(?<!\w)so\s+với(?!\w)", re.IGNORECASE)
_WAY = re.compile(r"(?<!\w)(?P<way>tăng|giảm)(?:\s+(?:thêm|được))?\s*$", re.IGNORECASE)
_EARLIER_NAMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:trước|ngoái|cùng\s+kỳ)(?!\w)", re.IGNORECASE)
# "so với năm 2015" (not "so với cùng kỳ năm 2016": the same months of that year, not the year's figure)
_YEAR_AFTER = re.compile(r"\s*năm\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# "so với đầu năm", "so với đầu nhiệm kỳ": a moment whose level a sentence before may state ("đầu năm (397 đồng chí)")
_MOMENT_AFTER = re.compile(r"\s*(?P<moment>đầu\s+(?:năm|nhiệm\s+kỳ|kỳ))(?!\s*(?:\d|nay|trước|sau))(?!\w)",
                           re.IGNORECASE)
_SPAN = re.compile(r"(?<!\w)(?:tháng|quý)(?!\w)", re.IGNORECASE)
_COMPARED_BEFORE = 60  # "So với cùng kỳ năm trước giảm 146 …": how far before the change "so với" may be
_COMPARED_AFTER = 40


def _same_noun(a: Quantity, b: Quantity, loose: bool = True) -> bool:
    """Counts of one noun; ``loose``, also one written shorter than the other, by its classifier ("184.320 lượt người,
    tăng 9.860 lượt so với năm 2016 (176.460 lượt)")."""
    return a.kind == b.kind == "count" and a.head is not None and b.head is not None and (
        a.head == b.head or heads_agree(a.head, b.head) or heads_agree(b.head, a.head)
        or loose and one_noun_head(a.head, b.head))


def _bracket_depth(text: str, start: int, offset: int) -> int:
    depth = 0
    for char in text[start:offset]:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return depth


def _sentence_index(sentences: list[tuple[int, int]], offset: int) -> int:
    for index, (a, b) in enumerate(sentences):
        if a <= offset < b:
            return index
    return len(sentences) - 1


def earlier_level_gaps(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                       known: list[Relation]) -> list[Relation]:
    """Relations "gap" (whole: the earlier level; parts: the current level and the change), inferred."""
    taken = {id(q) for r in known if r.kind in ("gap", "difference", "net") for q in (r.whole, *r.parts)}
    # the items a breakdown lists are no level of their own: "1.126 hộ …, gồm: cấp tỉnh 21 hộ, cấp xã 1.115 hộ. Kết quả
    # này tăng 84 hộ so với năm 2025 (1.042 hộ)" tells the change of the 1.126
    listed = {id(p) for r in known if r.kind == "sum-of" for p in r.parts}
    counts = [q for q in quantities if q.kind == "count" and q.head is not None]
    found = []
    for change in counts:
        if change.modifier != "change" or id(change) in taken:
            continue
        way = _WAY.search(text, max(0, change.start - 16), change.start)
        if way is None:
            continue
        s_index = _sentence_index(sentences, change.start)
        s_start, s_end = sentences[s_index] if sentences else (0, len(text))
        before = _COMPARED.search(text, max(s_start, change.start - _COMPARED_BEFORE), change.start)
        after = _COMPARED.search(text, unit_end(text, change), min(s_end, unit_end(text, change) + _COMPARED_AFTER))
        compared = before or after
        if compared is None:
            continue
        earlier = _earlier_in_bracket(text, change, counts, s_end)
        current = _current(text, change, [q for q in counts if id(q) not in listed], sentences, s_index, earlier)
        if current is None:
            continue
        if earlier is None:
            year = _YEAR_AFTER.match(text, compared.end())
            earlier = _earlier_in_sentence_before(text, current, counts, sentences, s_index, year["year"]) if year else None
        if earlier is None:
            moment = _MOMENT_AFTER.match(text, compared.end())
            earlier = _earlier_at_moment(text, current, counts, sentences, s_index, moment["moment"]) if moment else None
        if earlier is None or not _same_noun(earlier, current) or earlier is current:
            continue
        if flow_of_named_stock(text, current, way.start()):
            continue  # "18 hộ phát sinh nghèo mới; số hộ nghèo giảm 222 hộ": a flow into the stock, not its level
        if (current.value > earlier.value) != (way["way"].lower() == "tăng"):
            continue  # the levels go the other way than the word: not the pair the change was computed from
        found.append(Relation("gap", earlier, (current, change), explicit=False,
                              cues=(Cue(way.start("way"), way.end("way"), way["way"]),)))
    return found


def _earlier_in_bracket(text: str, change: Quantity, counts: list[Quantity], s_end: int) -> Quantity | None:
    """The count in the bracket right after the change that names an earlier period: "(6 tháng đầu năm
    2019 có 419 đơn …)", "(năm 2024: 58 hộ)"."""
    end = unit_end(text, change)
    opening = text.find("(", end, min(s_end, end + 60))
    if opening < 0 or ")" in text[end:opening]:
        return None
    closing = text.find(")", opening)
    closing = s_end if closing < 0 else closing
    # (the period may be named before the bracket: "tăng 9.860 lượt so với năm 2016 (176.460 lượt)")
    named_before = _COMPARED.search(text, end, opening) is not None and _EARLIER_NAMED.search(text, end, opening)
    for q in counts:
        if opening < q.start < closing and (_EARLIER_NAMED.search(text, opening, q.start) or named_before
                                            and not text[opening + 1:q.start].strip()):
            return q
    return None


def _current(text: str, change: Quantity, counts: list[Quantity], sentences, s_index: int,
             earlier: Quantity | None) -> Quantity | None:
    """The nearest count of the change's (or the earlier level's) noun before the change, in its sentence,
    else in the sentence before, not inside a bracket (a breakdown, an aside); one of the noun as written first, and
    only without one, one the noun is a shorter form of ("866 lượt/964 lượt người … giảm 146 lượt tiếp (… 1.012
    lượt/1.091 lượt người)": the 866)."""
    return _current_of(text, change, counts, sentences, s_index, earlier, False) or _current_of(
        text, change, counts, sentences, s_index, earlier, True)


def _current_of(text: str, change: Quantity, counts: list[Quantity], sentences, s_index: int,
                earlier: Quantity | None, loose: bool) -> Quantity | None:
    for index in (s_index, s_index - 1):
        if index < 0 or index >= len(sentences):
            continue
        s_start, s_end = sentences[index]
        change_depth = _bracket_depth(text, s_start, change.start) if index == s_index else 0
        for q in reversed(counts):
            if not s_start <= q.start < s_end or q.end > change.start or q is change or q.modifier == "change":
                continue
            if _bracket_depth(text, s_start, q.start) > change_depth:
                continue  # inside a bracket the change is not in: an aside ("1.536 đơn (tồn đầu kỳ 40 đơn, …)")
            if q.role == "plan":
                continue  # "9.845 người, kế hoạch 9.200 người, đạt 107%; tăng 1.126 người so với năm trước": the plan is no level
            if _same_noun(q, change, loose) or earlier is not None and _same_noun(q, earlier, loose) \
                    or change.noun_class is not None and q.noun_class == change.noun_class and change.head in _GENERIC:
                return q
    return None


_GENERIC = frozenset(("người", "đồng chí", "trường hợp"))


def _earlier_in_sentence_before(text: str, current: Quantity, counts: list[Quantity], sentences, s_index: int,
                                year: str) -> Quantity | None:
    """The one count of the current level's noun in a sentence before the change's that names the year."""
    found = []
    for index in range(s_index):
        a, b = sentences[index]
        if not re.search(r"năm\s+" + year + r"(?!\d)", text[a:b], re.IGNORECASE) or _SPAN.search(text, a, b):
            continue  # (a sentence of months or a quarter of that year tells no figure of the year)
        found.extend(q for q in counts if a <= q.start < b and q is not current and q.modifier != "change"
                     and _same_noun(q, current))
    return found[0] if len(found) == 1 else None


def _earlier_at_moment(text: str, current: Quantity, counts: list[Quantity], sentences, s_index: int,
                       moment: str) -> Quantity | None:
    """"… bằng 5,12% tổng số đảng viên đầu năm (397 đồng chí). … Tổng số đảng viên … là 412 đồng chí, tăng 17 đồng chí
    so với đầu năm": the one count of the current level's noun that a sentence before states at that moment (the
    moment's words a few words before it, or before the bracket it stands in)."""
    words = r"\s+".join(moment.lower().split())
    # (not "6 tháng đầu năm kết nạp 1.702 đảng viên": months from the start, and a flow, not the level at the start)
    told = re.compile(r"(?<!\w)(?<!tháng\s)" + words + r"(?!\w)[^\d;.()]{0,30}\(?\s*$", re.IGNORECASE)
    found = []
    for index in range(s_index):
        a, b = sentences[index]
        found.extend(q for q in counts if a <= q.start < b and q is not current and q.modifier is None
                     and q.event in (None, "có") and _same_noun(q, current)
                     and told.search(text, max(a, q.start - 40), q.start))
    return found[0] if len(found) == 1 else None


# a level, then the way it went without an amount, then the earlier period named: "68,33%, thấp hơn so với cùng kỳ
# năm 2021", "tăng so với năm trước"
_WAY_AGAINST = re.compile(r"\s*,?\s*(?:(?:và\s+)?(?:đã\s+)?)(?P<way>cao\s+hơn|thấp\s+hơn|tăng|giảm)\s+(?:so\s+với\s+)?"
                          r"(?P<period>cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?|năm\s+(?:trước|ngoái|(?:19|20)\d\d)|"
                          r"kỳ\s+trước|đầu\s+năm)\s*\(\s*$", re.IGNORECASE)


def levels_against_earlier(text: str, quantities: list[Quantity]) -> list[Relation]:
    """"Tỷ lệ giải ngân đạt 68,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%)": a level, the way it went with no
    amount, the earlier period and, alone in a bracket right after it, a figure of the same kind and unit, read as
    that period's level (kind "level-vs-earlier": ``whole`` the earlier level, ``parts`` the current one, the way's
    words the cue). Inferred: the bracket may give the gap instead, so the
    check that reads it warns, naming the earlier level it assumed."""
    relations = []
    for level, earlier in zip(quantities, quantities[1:]):
        if level.kind != earlier.kind or level.unit != earlier.unit or level.modifier is not None \
                or earlier.modifier is not None or level.kind == "ratio":
            continue
        way = _WAY_AGAINST.fullmatch(text, unit_end(text, level), earlier.start)
        if way is None or not re.match(r"\s*\)", text[unit_end(text, earlier):]):
            continue
        relations.append(Relation("level-vs-earlier", earlier, (level,), None, explicit=False,
                                  cues=(Cue(unit_end(text, level) + way.start("way"), unit_end(text, level) + way.end("way"),
                                            way["way"]),)))
    return relations
