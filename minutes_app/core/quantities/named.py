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
from functools import lru_cache

from ..lexicon import is_compound
from . import layer_of
from .model import Cue, Quantity, Relation
from .relations import heads_agree, level_group, unit_end

_PARAGRAPHS_BACK = 4
_BASE_PARAGRAPHS_BACK = 10  # a base named by its act may be a section before (a table between)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+|\d{1,3}(?![\d.,]\d)")
# words that name no set of their own: the noun's own words, links, bodies that act, periods
_NOT_NAMING = frozenset({"trong đó", "tổng số", "đảng ủy", "chi bộ", "ủy ban", "kiểm tra đảng", "năm nay", "đến nay",
                         "hiện nay", "hiện có", "toàn bộ", "tất cả", "các cấp", "trực thuộc", "cơ sở", "đồng chí",
                         "đảng viên", "hội viên", "đoàn viên", "học sinh", "tổ chức", "ban chấp hành", "thường vụ"})
_WAIVERS = frozenset({"miễn", "không", "chưa", "hoãn"})
_IDENTIFIER_WORDS = frozenset({"khối", "lớp", "thôn", "xóm", "ấp", "bản", "tổ", "khu", "cụm", "đội", "chi hội",
                               "chi đoàn", "khóa", "khoá"})
# after the noun, only a participle names the set: "11 đảng viên được giám sát", "hộ đã đăng ký" (not "doanh nghiệp
# thành lập mới", which says what these did, not which of the earlier ones they are)
_PART_AFTER = re.compile(r"\s+(?:(?:đều|cũng)\s+)?(?:đã\s+được|được|bị|đã)\s+(?P<zone>(?:[^\W\d_]+\s*){1,4})")
# a clause that compares or places its count elsewhere states another set
# (opened by the first characters of its branches: re tries them at no other position)
_OTHER_SCOPE = re.compile(r"(?=[tgsckvln12])"
                          r"(?:(?<!\w)(?:tăng|giảm|so\s+với|cùng\s+kỳ|cả\s+nước|toàn\s+quốc|toàn\s+tỉnh|khu\s+vực|vùng|"
                          r"lũy\s+kế|luỹ\s+kế|năm\s+trước)(?!\w)|(?<![\d/.,])(?:19|20)\d\d(?![\d.,]))", re.IGNORECASE)
# "số" before a number is an identifier ("Đoàn kiểm tra số 2 đã kiểm tra 8 đảng viên"), not "số <the set>"
_PART_BEFORE = re.compile(r"(?:^|\s)(?:trong\s+)?số\s+(?!\d)(?P<zone>[^;:.()]{2,60}?)\s*(?:là|có|:|,)?\s*$",
                          re.IGNORECASE)
# the period a clause places its count in ("trong tháng", "tháng 5", "quý II", "cả năm", "6 tháng đầu năm"): two
# counts placed in two different periods are two sets, the later never some of the earlier
_PERIOD = re.compile(r"(?<!\w)(?:(?:trong|cả|của|mỗi)\s+(?:năm|quý|tháng|tuần|nhiệm\s+kỳ|giai\s+đoạn)(?!\s+\d)|"
                     r"(?:quý|tháng)\s+(?:[IV]+|\d{1,2})(?![\d/])|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|"
                     r"từ\s+đầu\s+(?:năm|nhiệm\s+kỳ)|lũy\s+kế|luỹ\s+kế)(?!\w)", re.IGNORECASE)


def _head_end(text: str, quantity: Quantity) -> int:
    """Where the counted noun itself ends ("47 hộ đăng ký": after "hộ"), the words after it describing the set."""
    head = quantity.head or ""
    found = text[quantity.end:quantity.end + len(head) + 4].lower().find(head) if head else -1
    return quantity.end + found + len(head) if found != -1 else unit_end(text, quantity)


def _names(words: list[str]) -> set[str]:
    """The two-word names among ``words``: known compounds ("giám sát", "đăng ký") and identifiers ("khối 9")."""
    found = set()
    for index, (a, b) in enumerate(zip(words, words[1:])):
        pair = f"{a} {b}".lower()
        if pair in _NOT_NAMING:
            continue
        if index and words[index - 1].lower() in _WAIVERS:
            continue  # "2 đồng chí được miễn đánh giá": those not rated name no "đánh giá" set
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
    if before and not _TOTAL_BEFORE.search(text, max(start, before.start() - 8), before.start() + 1):
        # (not "Tổng số cán bộ, công chức của 3 xã trước sắp xếp là 68 người": a total told anew, no part of one)
        zone += " | " + before["zone"]
    return zone.lower()


_TOTAL_BEFORE = re.compile(r"(?<!\w)tổng\s*$", re.IGNORECASE)


def named_wholes(ctx) -> list[Relation]:
    """part-of relations (document offsets, inferred) between a count and the earlier count whose set it
    names; the cue is the name shared."""
    relations = []
    # the earlier counts of the last few paragraphs, each as (its _Earlier in paragraph offsets, the paragraph's
    # start, its index): placed in the document only when one is taken as a whole (a re-check walks them all)
    seen: list[tuple[_Earlier, int, int]] = []
    # the same earlier counts, indexed (a part asks only those of a noun agreeing with its own, or naming a
    # population, not every count of a long paragraph): their place in ``log``, by head, and those with a population
    log: list[tuple[_Earlier, int, int]] = []
    by_head: dict[str, list[int]] = {}
    populated: list[int] = []
    for paragraph, read in ctx.per_paragraph(_counts_read, with_entities=True, with_reading=True):
        if not read:
            continue
        index, offset = paragraph.index, paragraph.start
        if seen and seen[0][2] < index - _PARAGRAPHS_BACK:
            seen = [entry for entry in seen if entry[2] >= index - _PARAGRAPHS_BACK]
            kept = len(log) - len(seen)  # (seen is the tail of log)
            by_head = {h: [k for k in ks if k >= kept] for h, ks in by_head.items()}
            by_head = {h: ks for h, ks in by_head.items() if ks}
            populated = [k for k in populated if k >= kept]
        for part, zone, clause_start, own in read:  # in order: an earlier count of the paragraph may be the whole
            if zone == _MAJORITY:
                relation = _majority_of(part, offset, index, seen)
            elif zone:
                asked = set(populated)
                for head, ks in by_head.items():
                    if _agree(head, part.head):
                        asked.update(ks)
                relation = _named_whole(part, zone, clause_start, offset, index, own, [log[k] for k in sorted(asked)])
            else:
                relation = None
            if relation is not None:
                relations.append(relation)
            entry = (own, offset, index)
            seen.append(entry)
            if own.quantity.modifier is None:
                if own.population:
                    populated.append(len(log))
                if own.quantity.head:
                    by_head.setdefault(own.quantity.head, []).append(len(log))
            log.append(entry)
    return relations


def _counts_read(reading, entities) -> tuple:
    """named_wholes' reading of one paragraph, remembered per paragraph text: each count with the words naming
    its set, its clause's start and itself as a possible whole (paragraph offsets)."""
    text = reading.text
    if not _DIGIT.search(text):
        return ()
    layer = layer_of(reading, entities)
    return tuple((q, zone, start, _Earlier(q, text, layer.clauses, population))
                 for q, zone, start, population in _read_paragraph(text, layer))


class _Earlier:
    """An earlier count as a possible whole: its names and whether it is a level are read only when a later
    count of its noun asks (most are never asked)."""

    __slots__ = ("quantity", "population", "_text", "_clauses", "_names", "_level", "_periods")

    def __init__(self, quantity: Quantity, text: str, clauses, population: frozenset[str]):
        self.quantity, self.population = quantity, population  # (paragraph offsets)
        self._text, self._clauses = text, clauses
        self._names = self._level = self._periods = None

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = frozenset(_whole_names(self._text, self.quantity, self._clauses)) | self.population
        return self._names

    @property
    def periods(self) -> frozenset[str]:
        """The periods the count's clause names, in lower case with single spaces."""
        if self._periods is None:
            start, end = _clause_bounds(self._clauses, self.quantity)
            self._periods = frozenset(" ".join(m.group().lower().split()) for m in _PERIOD.finditer(
                self._text, max(0, start), min(len(self._text), end)))
        return self._periods

    @property
    def level(self) -> bool:
        if self._level is None:
            self._level = level_group(self.quantity, self._text) is not None
        return self._level


def _read_paragraph(text: str, layer) -> tuple:
    """Per count of the paragraph: the count, the words naming its set (" | "-joined, padded, "" when it names
    none or states another scope), its clause's start, and the population a "tổng số …" total names."""
    explicit = {p.start for r in layer.relations if r.kind in ("part-of", "sum-of") for p in r.parts}
    read = []
    for q in layer.quantities:
        if q.kind != "count" or not q.head or not q.noun_class or q.role == "plan" or q.decimals:
            continue
        start, end = _clause_bounds(layer.clauses, q)
        if _MAJORITY_BEFORE.search(text, max(start, q.start - 40), q.start):
            read.append((q, _MAJORITY, start, frozenset()))
            continue
        zone = "" if q.start in explicit else _part_zone(text, q, layer.clauses)
        total = _TOTAL_OF.search(text, max(0, q.start - 60), q.start) if q.role == "whole" else None
        noun = _WORD.findall(text[q.end:unit_end(text, q)].lower())[:6] if total is None else []
        population = [_POPULATION + "_".join(noun[:k]) for k in range(2, len(noun) + 1)]  # "134 thành viên HTX …"
        if (zone.strip(" |") or population) and not _OTHER_SCOPE.search(text, start, end) and not any(
                w[:1].isupper() for w in text[start:q.start].split()[1:]):
            # not "… tăng 257 tổ chức và 422 đảng viên so với cùng kỳ", "Đồng bằng sông Cửu Long có …"
            zone = " " + re.sub(r"\W+", " ", zone) + " " + " ".join(population) + " "
        else:
            zone = ""
        # "tổng số thành viên HTX là 128": all of them; a later "134 thành viên HTX …" is some of them
        named = frozenset({_POPULATION + "_".join(total["noun"].lower().split())}) if total is not None and len(
            total["noun"].split()) >= 2 else frozenset()
        read.append((q, zone, start, named))
    return tuple(read)


def _named_whole(part: Quantity, zone: str, clause_start: int, offset: int, index: int, own: "_Earlier",
                 seen: list[tuple["_Earlier", int, int]]) -> Relation | None:
    if part.role == "whole" and any("tổng" in c.text.lower() for c in part.cues):
        return None  # "tiếp nhận 5.617 văn bản đến, ban hành 1.128 văn bản đi; tổng số văn bản xử lý là 6.745": a total
    start = part.start + offset
    # the names shared; a population's name ("=hội_viên_cựu_chiến_binh") holds the noun itself, so its head need not
    named = [(e, at, i) for e, at, i in seen if e.quantity.start + at < start and e.quantity.modifier is None and (
        any(f" {name} " in zone for name in e.population)
        or _agree(e.quantity.head, part.head) and any(f" {name} " in zone for name in e.names))]
    if len({e.quantity.value for e, _, _ in named}) != 1:
        return None
    earlier, at, earlier_index = named[-1]
    whole = earlier.quantity.shifted(at)
    if earlier.level and own.level:
        return None  # "02 cơ quan Hoàn thành xuất sắc …; 03 cơ quan được xếp loại Hoàn thành tốt": sibling levels
    if earlier_index == index and clause_start <= whole.start - offset:
        return None  # the same clause: the paragraph's own relations read it
    if earlier.periods and own.periods and earlier.periods != own.periods:
        return None  # "Tháng 5, trao Huy hiệu cho 4 đảng viên" … "trong năm có 19 đảng viên được trao": another period
    name = next(n for n in sorted(earlier.names) if f" {n} " in zone).lstrip(_POPULATION).replace("_", " ")
    if _siblings(earlier, name, zone):
        return None  # "60 đảng viên bị xử lý hình sự; 122 đảng viên bị xử lý bằng biện pháp hành chính": two kinds
    shifted = part.shifted(offset)
    return Relation("part-of", whole, (shifted,), explicit=False, cues=(Cue(0, 0, name),))


# words that may follow a participle's name without saying which of the named these are
_LINK_WORDS = frozenset({"và", "với", "trong", "tại", "của", "là", "có", "thì", "nhưng", "đã", "được", "năm", "từ",
                         "đến", "qua", "các", "đều", "cũng", "theo", "khi"})


def _siblings(earlier: "_Earlier", name: str, zone: str) -> bool:
    """The earlier count names its own kind of the act too ("60 đảng viên bị xử lý hình sự") and the later one
    does not repeat it ("122 đảng viên bị xử lý bằng biện pháp hành chính"): two kinds of one act, side by side,
    neither some of the other. So too when the words before the earlier count qualify the name one way and the
    later count's words another ("giấy khen công đoàn cấp trên là 18 người" … "số được công đoàn cơ sở khen là 47
    người"): two bodies, two sets."""
    if " " not in name:
        return False
    text, quantity = earlier._text, earlier.quantity
    named = name.split()
    own = _PART_AFTER.match(text, _head_end(text, quantity))
    if own is not None:
        qualifier = _qualifier(own["zone"].lower().split(), named)
        if qualifier:
            return f" {qualifier[0]} " not in zone
    start, _ = _clause_bounds(earlier._clauses, quantity)
    before = _qualifier([w.lower() for w in _WORD.findall(text[start:quantity.start])[-8:]], named)
    later = _qualifier(zone.split(), named)
    shorter = min(len(before), len(later))  # ("công đoàn xã là …" and "công đoàn xã khen …": one body)
    return shorter > 0 and before[:shorter] != later[:shorter]  # "cấp trên" ≠ "cơ sở", "cấp huyện" ≠ "cấp xã"


def _qualifier(words: list[str], named: list[str]) -> tuple[str, ...]:
    """The words (at most two) right after the name's first occurrence in ``words`` that qualify it: up to a link
    word or a number."""
    for at in range(len(words) - len(named) + 1):
        if words[at:at + len(named)] == named:
            found = []
            for word in words[at + len(named):at + len(named) + 2]:
                if not word.isalpha() or word in _LINK_WORDS:
                    break
                found.append(word)
            return tuple(found)
    return ()


_MAJORITY = "\x00majority"
_POPULATION = "="
_TOTAL_OF = re.compile(r"(?<!\w)tổng\s+số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){1,4}?)\s*(?:là|:)?\s*$", re.IGNORECASE)
# "Tội phạm trộm cắp tài sản vẫn chiếm phần lớn với 16 vụ": the largest part of a count just stated
_MAJORITY_BEFORE = re.compile(r"(?<!\w)chiếm\s+(?:phần\s+lớn|đa\s+số|hầu\s+hết|chủ\s+yếu|tỷ\s+lệ\s+cao)"
                              r"(?:\s+[^\W\d_]+){0,3}?\s+(?:với\s+|là\s+)?$", re.IGNORECASE)


def _majority_of(part: Quantity, offset: int, index: int, seen) -> Relation | None:
    """The count "chiếm phần lớn" is a part of: the nearest earlier count of its noun, in its paragraph or the one
    before."""
    for earlier, at, w_index in reversed(seen):
        whole = earlier.quantity
        if w_index < index - 1:
            break
        if whole.modifier is None and _agree(whole.head, part.head):
            shifted = part.shifted(offset)
            return Relation("part-of", whole.shifted(at), (shifted,), explicit=False,
                            cues=(Cue(0, 0, "chiếm phần lớn"),))
    return None


@lru_cache(maxsize=4096)  # (asked of every earlier count of the window, for each part, at every re-check)
def _agree(whole: str | None, part: str | None) -> bool:
    """One noun: the same head, one counted by its classifier, or one written with a qualifier ("đơn thư" … "đơn")."""
    if not whole or not part:
        return False
    short, long = sorted((whole, part), key=len)
    return heads_agree(whole, part) or heads_agree(part, whole) or long.startswith(short + " ") or (
        long.endswith(" " + short) and long.split()[0] in _CLASSIFIERS)  # "căn nhà" … "nhà"


_CLASSIFIERS = frozenset({"căn", "ngôi", "chiếc", "con", "cái", "bộ", "tấm", "quyển", "cuốn"})


def named_bases(ctx) -> list[Relation]:
    """share-of relations (document offsets, inferred) of a percentage whose base is named by what was done
    ("bằng 74,3% số quỹ vận động được trong năm") to the one earlier amount of the part's measure that the same
    act defined ("toàn xã vận động được 308,1 triệu đồng"), in its paragraph or up to a few before."""
    relations = []
    # what each paragraph asks and offers is read once per paragraph text; a re-check only joins it
    if not any(asks for _, asks in ctx.per_paragraph(_asks_named_base, with_entities=True, with_reading=True)):
        return relations  # most documents: no share of a base named by its act (speed)
    earlier: list[tuple[Quantity, int, frozenset[str], int]] = []  # (amount, paragraph index, names, paragraph start)
    for paragraph, items in ctx.per_paragraph(_base_entries, with_entities=True, with_reading=True):
        if items is None:
            continue
        index, offset = paragraph.index, paragraph.start
        earlier = [e for e in earlier if e[1] >= index - _BASE_PARAGRAPHS_BACK]
        for q, relation, names in items:
            if relation is None:
                earlier.append((q, index, names, offset))
                continue
            part, wanted = relation.parts[0], names
            found = [(w, n, at) for w, i, n, at in earlier if w.kind == part.kind and w.value > part.value
                     and (part.kind == "money" or _agree(w.head, part.head)) and n & wanted]
            if wanted and len({w.value for w, _, _ in found}) == 1:
                whole, names, at = found[-1]
                relations.append(Relation("share-of", whole.shifted(at),
                                          (part.shifted(offset),),
                                          q.shifted(offset), explicit=False,
                                          cues=(Cue(0, 0, sorted(names & wanted)[0]),)))
    return relations


def _asks_named_base(reading, entities) -> bool:
    text = reading.text
    return "%" in text and bool(_DIGIT.search(text)) and bool(layer_of(reading, entities).of("share-named"))


def _base_entries(reading, entities) -> tuple | None:
    """named_bases' reading of one paragraph (paragraph offsets), in the order of its quantities: (share, its
    share-named relation, the names its cue gives) for a share asking for its base, (amount, None, its names) for
    an amount that may be one; None without a number."""
    text = reading.text
    if not _DIGIT.search(text):
        return None
    layer = layer_of(reading, entities)
    asked = {r.share.start: r for r in layer.of("share-named")}
    items = []
    for q in layer.quantities:
        relation = asked.get(q.start)
        if relation is not None:
            items.append((q, relation, _names(_WORD.findall(relation.cues[0].text.lower()))))
        if q.kind in ("count", "money") and q.modifier is None and q.role != "plan":
            names = frozenset(_whole_names(text, q, layer.clauses))
            if names:
                items.append((q, None, names))
    return tuple(items)
