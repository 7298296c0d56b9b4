"""A count that names its set by what defined an earlier count: the act done to it ("UBKT giám sát 05
tổ chức đảng và 09 đảng viên" … "có 11 đảng viên được giám sát còn hạn chế"), the step it took
("đầu năm có 47 hộ đăng ký" … "trong số hộ đã đăng ký có 52 hộ đạt danh hiệu"), or the group that has
it ("khối 9 có 4 lớp với 146 học sinh" … "số học sinh khối 9 đăng ký ôn thi là 151 em"). The earlier
count is its whole: an inferred part-of, in the same paragraph or up to a few paragraphs before.

The part must say so in its own words: right after its noun ("11 đảng viên được giám sát") or in the
"số …"/"trong số …" naming the set before it; the whole's words are those right around it in its
clause. Only one earlier count of the noun may be so named (otherwise which one is meant is unclear).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import is_compound
from .lists import paragraph_layer
from .model import Cue, Quantity, Relation
from .relations import heads_agree, level_group, unit_end

_PARAGRAPHS_BACK = 4
_WORD = re.compile(r"[^\W\d_]+|\d{1,3}(?![\d.,]\d)")
# words that name no set of their own: the noun's own words, links, bodies that act, periods
_NOT_NAMING = frozenset({"trong đó", "tổng số", "đảng ủy", "chi bộ", "ủy ban", "kiểm tra đảng", "năm nay", "đến nay",
                         "hiện nay", "hiện có", "toàn bộ", "tất cả", "các cấp", "trực thuộc", "cơ sở", "đồng chí",
                         "đảng viên", "hội viên", "đoàn viên", "học sinh", "tổ chức", "ban chấp hành", "thường vụ"})
_IDENTIFIER_WORDS = frozenset({"khối", "lớp", "thôn", "xóm", "ấp", "bản", "tổ", "khu", "cụm", "đội", "chi hội",
                               "chi đoàn", "khóa", "khoá"})
# after the noun, only a participle names the set: "11 đảng viên được giám sát", "hộ đã đăng ký" (not "doanh nghiệp
# thành lập mới", which says what these did, not which of the earlier ones they are)
_PART_AFTER = re.compile(r"\s+(?:(?:đều|cũng)\s+)?(?:đã\s+được|được|bị|đã)\s+(?P<zone>(?:[^\W\d_]+\s*){1,4})")
# a clause that compares or places its count elsewhere states another set
_OTHER_SCOPE = re.compile(r"(?<!\w)(?:tăng|giảm|so\s+với|cùng\s+kỳ|cả\s+nước|toàn\s+quốc|toàn\s+tỉnh|khu\s+vực|vùng|"
                          r"lũy\s+kế|luỹ\s+kế|năm\s+trước)(?!\w)", re.IGNORECASE)
_PART_BEFORE = re.compile(r"(?:^|\s)(?:trong\s+)?số\s+(?P<zone>[^;:.()]{2,60}?)\s*(?:là|có|:|,)?\s*$", re.IGNORECASE)


def _head_end(text: str, quantity: Quantity) -> int:
    """Where the counted noun itself ends ("47 hộ đăng ký": after "hộ"), the words after it describing the set."""
    head = quantity.head or ""
    found = text[quantity.end:quantity.end + len(head) + 4].lower().find(head) if head else -1
    return quantity.end + found + len(head) if found != -1 else unit_end(text, quantity)


def _names(words: list[str]) -> set[str]:
    """The two-word names among ``words``: known compounds ("giám sát", "đăng ký") and identifiers ("khối 9")."""
    found = set()
    for a, b in zip(words, words[1:]):
        pair = f"{a} {b}".lower()
        if pair in _NOT_NAMING:
            continue
        if b.isdigit() and a.lower() in _IDENTIFIER_WORDS or not a.isdigit() and not b.isdigit() and is_compound(
                [a.lower(), b.lower()]):
            found.add(pair)
    return found


def _clause_bounds(clauses, quantity: Quantity) -> tuple[int, int]:
    """The quantity's clause (the layer's: a sentence cut at ";" and ":"), or the paragraph."""
    if 0 <= quantity.clause < len(clauses):
        clause = clauses[quantity.clause]
        if clause.start <= quantity.start < clause.end:
            return clause.start, clause.end
    return 0, 10 ** 9


def _whole_names(text: str, whole: Quantity, clauses) -> set[str]:
    """The names right around a count in its clause: the words before it (back to the clause's start, at most
    eight) and the few after its noun."""
    start, end = _clause_bounds(clauses, whole)
    before = _WORD.findall(text[start:whole.start])[-8:]
    after = _WORD.findall(text[_head_end(text, whole):end])[:4]
    return _names(before) | _names(after)


def _part_zone(text: str, part: Quantity, clauses) -> str:
    """The words by which a count names its set: right after its noun, or in "số …" before it."""
    zone = ""
    found = _PART_AFTER.match(text, _head_end(text, part))
    if found:
        zone = found["zone"]
    start, _ = _clause_bounds(clauses, part)
    before = _PART_BEFORE.search(text, start, part.start)
    if before:
        zone += " | " + before["zone"]
    return zone.lower()


def named_wholes(ctx) -> list[Relation]:
    """part-of relations (document offsets, inferred) between a count and the earlier count whose set it
    names; the cue is the name shared."""
    relations = []
    seen: list[tuple[Quantity, int, str, set[str]]] = []  # earlier counts: (in document offsets, paragraph, text, names)
    levels: set[int] = set()  # those of them that are the level of a classification
    for index, paragraph in enumerate(ctx.paragraphs):
        text = paragraph.text
        if not any(c.isdigit() for c in text):
            continue
        layer = paragraph_layer(ctx, paragraph)
        explicit = {p.start for r in layer.relations if r.kind in ("part-of", "sum-of") for p in r.parts}
        counts = [q for q in layer.quantities if q.kind == "count" and q.head and q.noun_class and q.role != "plan"
                  and not q.decimals]
        for part in counts:  # in order: an earlier count of the same paragraph may be the whole
            relation = _named_whole(text, paragraph.start, index, part, explicit, seen, layer.clauses, levels)
            if relation is not None:
                relations.append(relation)
            names = _whole_names(text, part, layer.clauses)
            if names:
                seen.append((replace(part, start=part.start + paragraph.start, end=part.end + paragraph.start), index,
                             text, names))
                if level_group(part, text) is not None:
                    levels.add(id(seen[-1][0]))
    return relations


def _named_whole(text: str, offset: int, index: int, part: Quantity, explicit: set[int],
                 seen: list[tuple[Quantity, int, str, set[str]]], clauses, levels: set[int]) -> Relation | None:
    if part.start in explicit:
        return None
        return None
    zone = _part_zone(text, part, clauses)
    if not zone.strip(" |"):
        return None
    start, end = _clause_bounds(clauses, part)
    if _OTHER_SCOPE.search(text, start, end) or any(w[:1].isupper() for w in text[start:part.start].split()[1:]):
        return None  # "… tăng 257 tổ chức và 422 đảng viên so với cùng kỳ", "Đồng bằng sông Cửu Long có …"
    shifted = replace(part, start=part.start + offset, end=part.end + offset)
    named = [(w, i, n) for w, i, _, n in seen if i >= index - _PARAGRAPHS_BACK and w.start < shifted.start
             and (heads_agree(w.head, part.head) or heads_agree(part.head, w.head))
             and any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", zone) for name in n)]
    if len({w.value for w, _, _ in named}) != 1:
        return None
    whole, w_index, names = named[-1]
    if level_group(part, text) is not None and id(whole) in levels:
        return None  # "02 cơ quan Hoàn thành xuất sắc …; 03 cơ quan được xếp loại Hoàn thành tốt": sibling levels
    if w_index == index and start <= whole.start - offset:
        return None  # the same clause: the paragraph's own relations read it
    name = next(n for n in sorted(names) if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", zone))
    return Relation("part-of", whole, (shifted,), explicit=False, cues=(Cue(0, 0, name),))
