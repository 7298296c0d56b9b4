"""A figure stated twice: two counts of one noun whose EVENT, SUBJECT and PERIOD agree
(quantities/scope.py) are one quantity told twice ("Công an xã tiếp nhận 37 tin báo" in the
summary, "đã tiếp nhận, phân loại 39 tin báo" in the detail). Read at document scope, from each
paragraph's layer; a relation "same-as", inferred (the rule warns, naming the earlier figure)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading import tokenize
from ..resources import word_list, word_pairs
from .lists import paragraph_layer
from .model import Cue, Quantity, Relation
from .relations import unit_end, within
from .scope import (
    PLAN_LIST_LEAD,
    SPANS,
    admitted_into,
    document_scopes,
    effective_scope,
    event_match,
    periods_agree,
    two_tiers,
)

_SUBSET = re.compile(r"(?<!\w)(?:riêng|trừ|ngoài|không\s+kể|trong\s+số|trong\s+(?:đó|này)|gồm|bao\s+gồm|chia\s+ra|cụ\s+thể)(?!\w)",
                     re.IGNORECASE)
# a figure still to reach, a bound or what is left: no figure of what was done
# (or what is being done: "Đang giải quyết 469 hồ sơ" is what is pending, not "Đã giải quyết 11.987 hồ sơ")
_NOT_DONE = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|mục\s+tiêu|dự\s+kiến|phải|cần|sẽ|còn|đang|"
                       r"tối\s+thiểu|ít\s+nhất|không\s+ít\s+hơn|tiếp\s+tục|đề\s+nghị|"
                       r"tăng|giảm|so\s+với|bình\s+quân|mỗi|lượt)(?!\w)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PLAN_AFTER = re.compile(r"[^,;.]{0,30}?(?:chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|mục\s+tiêu|dự\s+kiến|nghị\s+quyết)",
                         re.IGNORECASE)
_AFTER_NOT = re.compile(r"\s*\(?\s*(?:trở\s+lên|trở\s+xuống|tăng|giảm|so\s+với|bình\s+quân|mỗi|/|còn\s+lại|nữa)(?!\w)",
                        re.IGNORECASE)
_MONEY_EVENTS = frozenset(("thu", "chi", "giải ngân", "huy động", "vận động", "cho vay"))
_PROPERTY_AFTER = re.compile(r"\s+(?:là|thuộc|có)(?!\w)", re.IGNORECASE)  # "11 đồng chí là nữ": some of them
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:hơn|gần|khoảng|trên|dưới|tới|ước|chừng)\s*$", re.IGNORECASE)
_GENERIC = frozenset(("đồng chí", "đ/c", "người"))
_UNIT_FILLERS = frozenset(("mới", "các", "những"))
_VAGUE_HEADS = frozenset(("lượt", "lượt người", "người"))
# what the count is about, told right after its noun ("kiểm tra 32 tổ chức đảng về thu chi ngân sách", "… khi có
# dấu hiệu vi phạm"): two topics, two quantities
_TOPIC = re.compile(r"\s*(?:cấp\s+dưới\s+)?(?P<topic>(?:về|khi|theo|do|thuộc)\s+[^,;.()]{1,40})", re.IGNORECASE)
_TOPIC_BEFORE = re.compile(r"(?<!\w)(?P<topic>(?:về|khi|theo|do)\s+[^,;.()]{1,40})", re.IGNORECASE)
# what was looked into, between the act and the place it was looked into at: "kiểm tra tài chính đảng tại 6 tổ chức
# đảng", "giám sát việc thu nộp đảng phí ở 12 chi bộ" is not "kiểm tra 9 tổ chức đảng"
_OBJECT_AT = re.compile(r"\s*(?P<topic>[^\W\d_]+(?:,?\s+[^\W\d_]+){0,5}?)\s+(?:tại|ở)\s+$", re.IGNORECASE)
_MAX_WORDS = 3  # the words of a unit compared: "tin báo, tố giác tội phạm" → "tin báo"
# events that a report counts per occasion: the same words, two occasions ("thăm", "trao", "tặng" gifts)
_COUNTED_EVENTS = frozenset(("kết nạp", "bầu bổ sung", "chuyển chính thức", "khen thưởng", "kỷ luật", "xóa tên",
                             "huy hiệu", "giới thiệu", "kiểm tra", "giám sát", "tiêm phòng",
                             "nhập ngũ", "tiếp nhận", "giải quyết", "xây dựng", "sửa chữa", "bàn giao", "cấp",
                             "tập huấn", "đào tạo"))


def _unit_words(text: str, quantity: Quantity) -> tuple[str, ...]:
    unit = quantity.unit or quantity.head or ""
    words = [w for w in re.split(r"[\s,;:()]+", unit.lower()) if w and w not in _UNIT_FILLERS]
    cut = re.search(r"[,;:(]", unit)
    if cut:
        words = [w for w in re.split(r"\s+", unit[:cut.start()].lower()) if w and w not in _UNIT_FILLERS]
    return tuple(words[:_MAX_WORDS])


def _object(label: str) -> str:
    """What an amount's act is of: the two words after the act ("thu ngân sách nhà nước … đạt" → "ngân sách")."""
    act = event_match(label, 0, len(label))
    if act is None:
        return ""
    words = _WORD.findall(label[act.end():].lower())[:2]
    words = [w for w in words if w not in _AMOUNT_FILLERS]
    return _OBJECT_SAME.get(" ".join(words[:1]), " ".join(words[:1]))


_WORD = re.compile(r"[^\W\d_]+")
_AMOUNT_FILLERS = frozenset(("được", "đạt", "là", "đã", "về", "từ", "cho", "trên", "tổng", "số", "tiền"))
_OBJECT_SAME = {"nsnn": "ngân sách"}
_CLOSE = 0.05  # an amount told again: a slip, not another amount, when within this share of it


def _same_amount(a: Quantity, b: Quantity, label_a: str, label_b: str) -> bool:
    """Two amounts of one act of one thing: what the act is of agrees (or one names nothing), the
    words of one label hold the other's ("Quỹ khuyến học thu" and "Quỹ vì người nghèo thu" are two
    funds) and the values are close ("11.460 triệu đồng" and "11,64 tỷ đồng")."""
    object_a, object_b = _object(label_a), _object(label_b)
    if object_a and object_b and object_a != object_b:
        return False
    words_a, words_b = _content(label_a), _content(label_b)
    if not (words_a <= words_b or words_b <= words_a):
        return False
    return abs(a.value - b.value) <= _CLOSE * max(a.value, b.value)


def _content(label: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(label.lower()) if w not in _LABEL_FILLERS)


_LABEL_FILLERS = frozenset(("hiện", "nay", "đã", "đạt", "được", "là", "trên", "địa", "bàn", "tháng", "năm", "quý", "tổng",
                            "số", "tiền", "thu", "chi", "nhà", "nước", "toàn", "xã", "phường", "thị", "trấn", "trong",
                            "kỳ", "lũy", "kế", "luỹ", "đến", "ngày", "của", "và", "các", "với", "cả", "ước", "thực",
                            "giải", "huy", "động", "vận", "cho", "vay", "sách", "nsnn", "ngân", "kết", "quả",
                            "công", "tác", "tập", "trung", "tiếp", "nhận"))


def _same_noun(text_a: str, a: Quantity, text_b: str, b: Quantity, label_a: str, label_b: str) -> bool:
    """One noun: the same words ("tin báo" and "tin báo"), or a generic "đồng chí" whose label names
    the other's noun ("Giới thiệu đoàn viên ưu tú cho Đảng: 9 đồng chí"); amounts of one act of one thing."""
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and _same_amount(a, b, label_a, label_b)
    if a.head is None or b.head is None or a.noun_class != b.noun_class:
        return False
    words_a, words_b = _unit_words(text_a, a), _unit_words(text_b, b)
    if words_a == words_b:
        return True
    if a.head in _GENERIC and b.head not in _GENERIC:
        return " ".join(words_b) in label_a.lower()
    if b.head in _GENERIC and a.head not in _GENERIC:
        return " ".join(words_a) in label_b.lower()
    return False


# a count that raises a running total its sentence then states ("…, nâng tổng số … lên 14 đồng chí", "đưa số … lên")
_RAISES_A_TOTAL = re.compile(r"[^.;:\d]{0,60}?,\s*(?:nâng|đưa)\s+(?:[^\W\d_]+\s+){0,10}?(?:lên|thành)\s+\d",
                             re.IGNORECASE)


_RAISED_TO = re.compile(r"(?<!\w)(?:nâng|đưa)\s+(?:[^\W\d_]+\s+){0,10}?(?:lên|thành)\s+(?:con\s+số\s+)?$", re.IGNORECASE)


def running_total(text: str, start: int) -> bool:
    """The figure is the level a running total was raised to ("…, nâng tổng số đảng viên kết nạp trong năm lên 14")."""
    return bool(_RAISED_TO.search(text, max(0, start - 90), start))


def _told(layer, quantity: Quantity) -> str | None:
    """The quantity's clause up to it (its label, for a clause opened by ":"), or None when it is
    no figure to compare: a plan, a bound or a change, a subset ("trong đó"), a part or share
    of a relation, in a table row."""
    if quantity.kind == "money":
        if quantity.event not in _MONEY_EVENTS:
            return None
    elif quantity.kind != "count" or quantity.event not in _COUNTED_EVENTS:
        return None
    if quantity.role == "plan" \
            or quantity.head in _VAGUE_HEADS \
            or quantity.modifier is not None or not quantity.value:
        return None
    if _RAISES_A_TOTAL.match(layer.text, quantity.end) or running_total(layer.text, quantity.start):
        # "tổ chức lễ kết nạp 4 đảng viên, nâng tổng số đảng viên kết nạp trong năm lên 14 đồng chí": what one day
        # added, and the running total it reached on that day: neither is a period's own count told again
        return None
    clauses = layer.clauses
    clause = clauses[quantity.clause] if quantity.clause < len(clauses) else None
    if clause is None:
        return None
    start = clause.start
    if clause.opener == ":" and quantity.clause > 0:
        start = clauses[quantity.clause - 1].start
    before = layer.text[start:quantity.start]
    if before.rstrip().endswith("("):
        return None  # "(3 đồng chí)": an item of a breakdown
    if _SUBSET.search(before) or _NOT_DONE.search(before) or _BOUND_BEFORE.search(before) or "\t" in layer.text or " | " in layer.text:
        return None
    opening = next(c.start for c in clauses if c.sentence == clause.sentence)
    if PLAN_LIST_LEAD.search(layer.text, opening, quantity.start):
        return None  # "… giao một số chỉ tiêu chủ yếu: …; giải quyết việc làm cho 400 lao động": a plan listed
    plan_after = _PLAN_AFTER.match(layer.text, unit_end(layer.text, quantity))
    if plan_after and "%" not in plan_after.group():
        return None  # "kết nạp 12 đảng viên (chỉ tiêu 10)": a figure told with its plan, not "đạt 100% kế hoạch"
    if _AFTER_NOT.match(layer.text, unit_end(layer.text, quantity)) or _PROPERTY_AFTER.match(
            layer.text, unit_end(layer.text, quantity)):
        return None  # "kết nạp 5 đảng viên trở lên", "(tăng 3 so với …)", "11 đồng chí là nữ"
    previous = [q.end for q in layer.quantities if start <= q.end <= quantity.start and q is not quantity]
    if previous:
        before = layer.text[max(previous):quantity.start]  # the noun a generic "đồng chí" stands for is named since
    for relation in layer.relations:
        if relation.kind in ("part-of", "sum-of") and any(p is quantity for p in relation.parts):
            return None
    return before


def _borne_out(layer, quantity: Quantity) -> bool:
    """Its paragraph builds on it and agrees: the whole of parts that add up to it, of a share that
    is right ("đã tiếp nhận 39 tin báo; giải quyết 35 tin, đạt 89,7%"), or a result whose share of
    its plan is right ("9 đồng chí, đạt 180% (chỉ tiêu 5)")."""
    def right(part: float, whole: float, share: Quantity) -> bool:
        return bool(whole) and abs(part / whole * 100 - share.value) <= 0.5 * 10 ** -share.decimals + 1e-9

    for relation in layer.relations:
        if relation.kind in ("sum-of", "part-of") and relation.whole is quantity and len(relation.parts) > 1 \
                and sum(p.value for p in relation.parts) == quantity.value:
            return True
        if relation.share is None or not relation.parts:
            continue
        if relation.kind == "share-open" and relation.whole is not quantity \
                and right(relation.whole.value, quantity.value, relation.share):
            return True  # an open share of this paragraph is of it
        if relation.whole is quantity and right(relation.parts[0].value, quantity.value, relation.share):
            return True
        if relation.kind == "result-vs-plan" and relation.parts[0] is quantity \
                and right(quantity.value, relation.whole.value, relation.share):
            return True
    # "kết nạp được 5 đảng viên mới …, trong đó có 3 đảng viên chi bộ nông thôn, 2 đảng viên chi bộ giáo dục"
    following = [q for q in layer.quantities if q.sentence == quantity.sentence and q.start > quantity.end]
    parts = [q for q in following if q.kind == "count" and q.noun_class == quantity.noun_class]
    if len(parts) >= 2 and quantity.kind == "count":
        cue = _SUBSET.search(layer.text, quantity.end, parts[0].start)
        if cue is not None and sum(q.value for q in parts) == quantity.value:
            return True
    return False


def _topic(text: str, quantity: Quantity) -> str | None:
    """What the count is about, told between its act and its number ("kiểm tra khi có dấu hiệu vi
    phạm 855 tổ chức đảng") or right after its noun ("… 32 tổ chức đảng về thu chi ngân sách")."""
    act = event_match(text, max(0, quantity.start - 80), quantity.start)
    found = _TOPIC_BEFORE.search(text, act.end(), quantity.start) if act is not None else None
    found = found or (_OBJECT_AT.fullmatch(text, act.end(), quantity.start) if act is not None else None)
    found = found or _TOPIC.match(text, unit_end(text, quantity))
    if found:
        return " ".join(found.group("topic").lower().split()[:3])
    # "41 đoàn viên được kết nạp vào Đảng" is not "kết nạp 372 đoàn viên" (into the Đoàn): admitted into a body
    # whose members they are not yet; "48 đảng viên được kết nạp vào Đảng" = "kết nạp 48 đảng viên"
    end = unit_end(text, quantity)
    body = admitted_into(text, act.end() if act is not None else quantity.start, quantity.start, end, quantity.head)
    return f"vào {body}" if body else None



def _equal(a: Quantity, b: Quantity) -> bool:
    """One value at the precision each prints ("1,2 nghìn tỷ đồng" and "1.215 tỷ đồng")."""
    if a.value == b.value:
        return True
    if a.kind != "money" or b.kind != "money":
        return False
    coarse, fine = (a, b) if a.scale * 10 ** -a.decimals >= b.scale * 10 ** -b.decimals else (b, a)
    step = coarse.scale * 10 ** -coarse.decimals
    return abs(round(fine.value / step) * step - coarse.value) < step / 1000


# a paragraph that opens on the detail of what the one before told ("Cụ thể, …", "Trong đó, …")
_DETAIL_OPENS = re.compile(r"\s*(?:[-+•]\s*)?(?:Cụ\s+thể|Trong\s+đó|Chia\s+ra|Bao\s+gồm)\s*[,:]", re.IGNORECASE)


def _holds_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _two_spans(first: frozenset, second: frozenset) -> bool:
    """Each names a span of its own ("trong 6 tháng" in a headline, "Quý I" in the body): a headline names its
    period loosely, but not another span than the body's (the body's quarter is some of the headline's half-year)."""
    spans_a, spans_b = {k for k, _ in first} & SPANS, {k for k, _ in second} & SPANS
    return bool(spans_a and spans_b and spans_a != spans_b)


def restatements(ctx, skip: frozenset[int] = frozenset()) -> list[Relation]:
    """Pairs (earlier whole, later part slot) of one figure told twice with two values: same noun,
    same counted event, same subject (its clause's, its heading's, else the issuer's) and periods
    that may be one; never in one sentence. The later mention is the one questioned, unless an
    earlier mention of the same key has its value."""
    inherited, issuer, headline = document_scopes(ctx)
    mentions: dict[tuple, list[tuple]] = {}  # (event, subject, topic) → its mentions
    found: list[Relation] = []
    for paragraph, holds_digit in ctx.per_paragraph(_holds_digit):  # (asked once per paragraph text)
        index = paragraph.index
        if index in skip or not holds_digit:
            continue
        key = ("quantities.restated", paragraph.text)  # what a paragraph tells is read once per its text
        told = ctx.memo.get(key)
        if told == ():
            continue  # (most paragraphs, at a re-check: their layer is not even looked up)
        layer = paragraph_layer(ctx, paragraph)
        if told is None:
            told = ctx.memo[key] = tuple(
                (q, label, _topic(paragraph.text, q)) for q in layer.quantities
                if (q.event in _COUNTED_EVENTS or q.event in _MONEY_EVENTS) and (label := _told(layer, q)) is not None)
        for quantity, label, topic in told:
            scope = effective_scope(quantity, inherited[index], issuer)
            subject = scope[0] if quantity.kind != "money" else (scope[0] or "").partition("|")[0] \
                if "|" in (scope[0] or "") or " " in (scope[0] or "") else None
            keyed = mentions.setdefault((quantity.event, subject, topic), [])
            same = [m for m in keyed if (headline in (index, m[3]) and not _two_spans(m[2][1], scope[1])
                                         or periods_agree(m[2][1], scope[1]))
                    and _same_noun(m[1], m[0], paragraph.text, quantity, m[4], label)
                    and not (m[3] == index and m[0].sentence == quantity.sentence)]
            keyed.append((quantity, paragraph.text, scope, index, label, layer))
            if not same or any(_equal(m[0], quantity) for m in same):
                continue
            if len({m[0].value for m in same}) != 1:
                continue
            earlier = same[-1]
            if earlier[3] < index and _DETAIL_OPENS.match(paragraph.text):
                continue  # "Cụ thể, án dân sự … giải quyết 10.420 vụ việc" under "giải quyết 13.127 vụ việc": a kind of it
            since = earlier[0].start if earlier[3] == index else -1
            if any(since < start <= quantity.start and _DETAIL_OPENS.match(paragraph.text, start)
                   for start, _ in ctx.reading(paragraph).sentences):
                continue  # (a sentence of its own paragraph opening the detail: "… giải quyết 46 đơn. Trong đó: …")
            whole = earlier[0].shifted(ctx.paragraphs[earlier[3]].start)
            later = quantity.shifted(paragraph.start)
            if two_tiers(ctx, whole.start, later.start):
                continue  # "Ủy ban Kiểm tra cấp huyện đã kiểm tra 12 tổ chức đảng" and "… cấp cơ sở … 45 tổ chức đảng"
            if _borne_out(layer, quantity) and not _borne_out(earlier[5], earlier[0]):
                whole, later = later, whole  # the detail adds up: the summary's figure is the slip
            found.append(Relation("same-as", whole, (later,), explicit=False))
    found.extend(_verbatim(ctx, skip, {r.parts[0].start for r in found} | {r.whole.start for r in found}))
    said = {r.parts[0].start for r in found} | {r.whole.start for r in found}
    found.extend(r for r in _standing_counts(ctx, skip) if r.parts[0].start not in said and r.whole.start not in said)
    if headline is not None:
        found.extend(_headline_shares(ctx, headline))
        found.extend(_headline_changes(ctx, headline))
        said = {r.parts[0].start for r in found} | {r.whole.start for r in found}
        found.extend(r for r in _summary_counts(ctx, headline) if r.parts[0].start not in said)
    return found


# words before a figure that name no act: "thi hành kỷ luật đối với 3 tổ chức" and "kiểm tra … đối với 9 tổ chức" are
# two acts, "nâng tổng số lên 1.985" is "nâng"
_ACT_FILLERS = frozenset(("được", "đã", "có", "là", "đạt", "thêm", "đối", "với", "cho", "của", "tại", "trong", "về", "để",
                          "và", "các", "những", "số", "tổng", "lên", "trên", "gồm", "tới", "đến"))
# "kết nạp 2.219 quần chúng ưu tú vào Đảng": those admitted into the Party are its new members ("kết nạp 2.291 đảng
# viên mới")
_INTO_PARTY = re.compile(r"(?:\s+[^\W\d_]+){1,4}?\s+vào\s+Đảng(?!\w)", re.IGNORECASE)
_DEFINED = re.compile(r"(?P<words>(?:[^\W\d_]+\s+){2,6}?)\((?P<short>[A-ZĐ]{2,6})\)")


def _defined_abbreviations(ctx) -> dict[str, str]:
    """The abbreviations a text defines in brackets after the words they shorten ("công đoàn cơ sở (CĐCS)"), by
    their initials: abbreviation (lower case) → the words' first word."""
    found = {}
    for paragraph in ctx.paragraphs:
        if "(" not in paragraph.text:
            continue
        for match in _DEFINED.finditer(paragraph.text):
            words = match["words"].split()
            short = match["short"].lower()
            for size in range(len(short), 1, -1):
                tail = words[-size:]
                if len(tail) == len(short) and "".join(w[0].lower() for w in tail) == short:
                    found[short] = tail[0].lower()
                    break
    return found


def _figure_key(text: str, quantity: Quantity, short: dict[str, str]) -> tuple[tuple[str, ...], str] | None:
    """The act told right before a figure, its last two words ("thành lập mới", "nâng tổng số lên", "xây dựng"; "được",
    "đã" left out) and the first word of what it counts ("căn" nhà, "công" đoàn cơ sở or its defined "CĐCS"; "đảng"
    for people admitted into the Party)."""
    before = re.split(r"[,;:.()]", text[max(0, quantity.start - 50):quantity.start])[-1]
    act = tuple(w for w in _WORD.findall(before.lower()) if w not in _ACT_FILLERS)[-2:]
    after = _WORD.match(text, quantity.end + 1) if text[quantity.end:quantity.end + 1] == " " else None
    if not act or after is None:
        return None
    noun = after.group().lower()
    noun = short.get(noun, noun)
    if _INTO_PARTY.match(text, after.end()) and not text[quantity.end:after.end()].strip().lower().startswith("đảng"):
        noun = "đảng"
    return act, noun


def _parts_give(ctx, index: int, quantity: Quantity, value: float) -> bool:
    """The figure is one of the parts its sentence tells the summary's figure as ("trao Huy hiệu Đảng cho 55 đảng viên
    và truy tặng … cho 3 đảng viên" under "Trao Huy hiệu Đảng cho 58 đảng viên"): counts of its noun that add up to it."""
    layer = paragraph_layer(ctx, ctx.paragraphs[index])
    alike = [q for q in layer.quantities if q.sentence == quantity.sentence and q.kind == quantity.kind
             and q.head == quantity.head and q.modifier is None]
    return len(alike) > 1 and sum(q.value for q in alike) == value


def _told_of_a_part(ctx, told, index: int, quantity: Quantity, key, summary_text: str) -> bool:
    """The later figure counts a part of what the summary counts: its sentence tells the same act of the same thing
    more than once (a breakdown: "xã A kết nạp 14 đảng viên; các chi bộ trường học kết nạp 9 đảng viên"), or a
    narrower subject stands before the act ("Riêng …", "Trong đó, …", a body or place named that the summary does
    not name: "Đảng bộ xã Minh Hòa kết nạp 14 đảng viên" under "Huyện Yên Lập kết nạp 41 đảng viên")."""
    if sum(1 for i, q, k in told if i == index and q.sentence == quantity.sentence and _same_key(k, key)) > 1:
        return True
    paragraph = ctx.paragraphs[index]
    start = next((a for a, b in ctx.reading(paragraph).sentences if a <= quantity.start < b), 0)
    before = paragraph.text[start:quantity.start]
    if _PART_OPENING.search(before):
        return True
    name = _named_subject(re.split(r"[,;:]", before)[-1].strip())
    return name is not None and name not in summary_text


_PART_OPENING = re.compile(r"(?<!\w)(?:riêng|trong\s+(?:số\s+)?(?:đó|này))(?!\w)", re.IGNORECASE)


def _named_subject(clause: str) -> str | None:
    """The proper name of the body or place that opens a clause, its subject ("Đảng bộ xã Minh Hòa kết nạp": "Minh
    Hòa"; not a place after "tại", which tells where, nor a body named by its kind alone: "Tỉnh đoàn đã trao")."""
    kind = _subject_kinds().match(clause)
    if kind is None:
        return None
    name = []
    for word in clause[kind.end():].split():
        if not word[:1].isupper() or not word.isalpha():
            break
        name.append(word)
    return " ".join(name) or None


@lru_cache(maxsize=1)
def _subject_kinds() -> re.Pattern:
    """The kinds of bodies and places (resources/org_heads.txt, capitalization_place_nouns.txt), one after another
    ("Đảng bộ xã")."""
    kinds = sorted({k.lower() for name in ("org_heads", "capitalization_place_nouns") for k in word_list(name)},
                   key=len, reverse=True)
    kind = "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in kinds) + ")"
    return re.compile(rf"(?<!\w){kind}(?:\s+{kind})*(?!\w)", re.IGNORECASE)


def _same_key(a: tuple[tuple[str, ...], str], b: tuple[tuple[str, ...], str]) -> bool:
    """One act of one thing: the same noun, and one act's words ending the other's ("nâng" and "xã nâng": a subject
    may stand right before the verb)."""
    (act_a, noun_a), (act_b, noun_b) = a, b
    short, long = sorted((act_a, act_b), key=len)
    return noun_a == noun_b and long[len(long) - len(short):] == short


def _slip(a: Quantity, b: Quantity) -> bool:
    """The two figures' printed digits differ as a typing slip: one digit, or two neighbours swapped."""
    one, other = re.sub(r"\D", "", a.text), re.sub(r"\D", "", b.text)
    if len(one) != len(other) or len(one) < 2 or one == other or a.decimals != b.decimals:
        return False
    differ = [i for i in range(len(one)) if one[i] != other[i]]
    return len(differ) == 1 or len(differ) == 2 and differ[1] == differ[0] + 1 and one[differ[0]] == other[differ[1]] \
        and one[differ[1]] == other[differ[0]]


def _summary_counts(ctx, headline: int) -> list[Relation]:
    """A news item's headline or lead figure told again further down by the same act of the same thing ("Toàn tỉnh
    kết nạp 2.291 đảng viên mới" over "… toàn tỉnh đã kết nạp được 2.219 quần chúng ưu tú vào Đảng"; "… thành lập mới
    22 chi bộ thôn, bản" in the lead and "thành lập mới 24 chi bộ thôn, bản" in the close): when no later mention
    gives the summary's value and the later ones give one value that reads as its typing slip (a digit, or two
    neighbours swapped), the later is questioned (inferred: a warning naming the summary's figure)."""
    written = [i for i, p in enumerate(ctx.paragraphs) if i >= headline and p.text.strip()]
    short = _defined_abbreviations(ctx)
    told = []  # (paragraph index, quantity, key) of every plain count or amount after the headline
    for index in written:
        paragraph = ctx.paragraphs[index]
        if "\t" in paragraph.text or " | " in paragraph.text:
            continue
        for q in paragraph_layer(ctx, paragraph).quantities:
            if q.kind in ("count", "money") and q.modifier is None and q.role != "plan" and not q.decimals \
                    and (key := _figure_key(paragraph.text, q, short)) is not None:
                told.append((index, q, key))
    found = []
    for index, summary, key in told:
        if index not in written[:2] or index == written[-1]:
            break  # the headline and the lead sum the item up (a lead with nothing after it is the body)
        # (a headline's figure sums up the item, of any period it tells; the lead's and the body's periods must agree:
        # "năm 2024 kết nạp 125 đảng viên" is another year's)
        later = [(i, q) for i, q, k in told if _same_key(k, key) and i > index and q.kind == summary.kind
                 and (index == headline or periods_agree(summary.period, q.period))]
        if not later or any(q.value == summary.value for _, q in later):
            continue
        slips = [(i, q) for i, q in later if _slip(summary, q) and not _parts_give(ctx, i, q, summary.value)
                 and not _told_of_a_part(ctx, told, i, q, key, ctx.paragraphs[index].text)]
        if not slips or len({q.value for _, q in slips}) != 1:
            continue
        i, quantity = slips[0]
        top = ctx.paragraphs[index]
        found.append(Relation("same-as", summary.shifted(top.start), (quantity.shifted(ctx.paragraphs[i].start),),
                              explicit=False, cues=(Cue(top.start, top.end, "summary"),)))
    return found


def _headline_changes(ctx, headline: int) -> list[Relation]:
    """A news headline's change told again in the body ("Tây Giang giảm 378 hộ nghèo" over "… năm 2022
    giảm 387 hộ nghèo (giảm 7,79%)"): the body's changes the same way of the same noun are its figure;
    when they all differ from it (with one value), the body's is questioned."""
    top = ctx.paragraphs[headline]
    changes = [q for q in paragraph_layer(ctx, top).quantities
               if q.kind == "count" and q.head and q.modifier == "change" and q.modifier_cue is not None]
    if len(changes) != 1:
        return []
    told = changes[0]
    way, words = told.modifier_cue.text.split()[0].lower(), _unit_words(top.text, told)
    body = []
    for index, paragraph in enumerate(ctx.paragraphs):
        if index <= headline or way not in paragraph.text.lower():
            continue
        body.extend((q, paragraph) for q in paragraph_layer(ctx, paragraph).quantities
                    if q.kind == "count" and q.modifier == "change" and q.modifier_cue is not None
                    and q.modifier_cue.text.split()[0].lower() == way and q.noun_class == told.noun_class
                    and _unit_words(paragraph.text, q) == words)
    if not body or any(q.value == told.value for q, _ in body) or len({q.value for q, _ in body}) != 1:
        return []
    quantity, paragraph = body[0]
    return [Relation("same-as", told.shifted(top.start), (quantity.shifted(paragraph.start),), explicit=False,
                     cues=(Cue(top.start, top.end, "headline"),))]


_SHARE_FILLERS = frozenset(("đạt", "chiếm", "là", "số", "của", "trong", "đó", "và", "các", "có", "được", "tỷ", "tỉ", "lệ",
                            "với", "so", "năm", "qua", "đã", "này", "trên", "gần", "hơn", "kết", "quả"))
_AVERAGE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình|tăng|giảm)(?!\w)|%/", re.IGNORECASE)
_SHARE_MATCH = 0.75  # the share of a headline's words the body's sentence must hold
_THOSE_OPENING = re.compile(r"\s*(?:Trong\s+(?:số\s+)?(?:đó|này)|Riêng)(?!\w)", re.IGNORECASE)


def _share_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _SHARE_FILLERS)


def _headline_shares(ctx, headline: int) -> list[Relation]:
    """A news headline's percentage told again in the body ("20,95% cơ sở đảng đạt trong sạch, vững
    mạnh tiêu biểu" over "… tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu chiếm 20,59%"): the
    one body sentence whose words hold the headline's (three in four, more than any other) is of the
    same figure; the headline's, differing, is questioned."""
    top = ctx.paragraphs[headline]
    shares = [q for q in paragraph_layer(ctx, top).quantities if q.kind == "percent"]
    # (a hedge, "Trên 13% …", is a bound the range below reads; a change or another bound is no share)
    if len(shares) != 1 or not _plain_or_hedged(top.text, shares[0]) or _AVERAGE.search(top.text):
        return []  # "CPI … tăng 4,15%", "giảm bình quân 6,7%/năm": a change or a rate, not a share
    words = _share_words(top.text)
    if len(words) < 4:
        return []
    scored = []
    last_sentence = ""  # the sentence before, for one opened by "Trong đó" (it tells of what that one counted)
    for index, paragraph in enumerate(ctx.paragraphs):
        if index <= headline:
            continue
        if "%" not in paragraph.text:
            last_sentence = paragraph.text[-300:] if paragraph.text.strip() else last_sentence
            continue
        layer = paragraph_layer(ctx, paragraph)
        sentences = ctx.reading(paragraph).sentences
        for q in layer.quantities:
            if q.kind != "percent" or not _plain_or_hedged(paragraph.text, q):
                continue
            at = next((i for i, (a, b) in enumerate(sentences) if a <= q.start < b), None)
            s_start = sentences[at][0] if at is not None else 0
            own = max([o.end for o in layer.quantities if s_start <= o.end <= q.start and o is not q], default=s_start)
            end = q.end + 12  # with what it is of ("… đạt 104% kế hoạch")
            told = paragraph.text[s_start:end]
            if _THOSE_OPENING.match(paragraph.text, s_start):
                # "Từ đầu năm đến nay, … kết nạp 68 đảng viên, …. Trong đó nữ chiếm 69%": of those the sentence before counted
                told = (paragraph.text[sentences[at - 1][0]:sentences[at - 1][1]] if at else last_sentence) + " " + told
            held = (len(words & _share_words(told)) / len(words),
                    len(words & _share_words(paragraph.text[own:end])) / len(words))
            # the whole sentence, for a headline told again word for word ("16 tỉnh có 100% số xã đạt chuẩn …"): only
            # a share of the headline's own value needs it
            whole = len(words & _share_words(paragraph.text[s_start:sentences[at][1] if at is not None else end])) \
                / len(words) if q.value == shares[0].value else 0.0
            scored.append((held, q, paragraph, whole))
        last_sentence = paragraph.text[sentences[-1][0]:sentences[-1][1]] if sentences else paragraph.text
    if not scored:
        return []
    scored.sort(key=lambda x: x[0], reverse=True)
    best, quantity, paragraph, _ = scored[0]
    low, high = _headline_range(top.text, shares[0])
    if best[0] < _SHARE_MATCH or len(scored) > 1 and scored[1][0] >= best or any(
            _ranges_meet((low, high), _headline_range(p.text, q)) for held, q, p, whole in scored
            if max(held[0], whole) >= _SHARE_MATCH):
        return []  # (the headline's value told in the body: that is its figure; "gần 28%" over the body's 27,8%)
    return [Relation("same-as", quantity.shifted(paragraph.start), (shares[0].shifted(top.start),), explicit=False,
                     cues=(Cue(top.start, top.end, "headline"),))]


def _headline_range(text: str, share: Quantity) -> tuple[float, float]:
    """The values a headline's percentage covers: its own, or with "gần" up to a point below it, "hơn"/"trên" up to
    a point above, "khoảng"/"xấp xỉ" a point either way ("chiếm gần 28% số dân" over the body's "chiếm 27,8%")."""
    hedge = _HEADLINE_HEDGE.search(text, max(0, share.start - 12), share.start)
    if hedge is None:
        return share.value, share.value
    word = hedge.group(1).lower()
    low = share.value - 1.0 if word in ("gần", "khoảng", "xấp xỉ") else share.value
    high = share.value + 1.0 if word != "gần" else share.value
    return low, high


_HEADLINE_HEDGE = re.compile(r"(?<!\w)(gần|hơn|trên|khoảng|xấp xỉ)\s*$", re.IGNORECASE)


def _plain_or_hedged(text: str, share: Quantity) -> bool:
    """A share as printed, or with a hedge before it ("trên 13%", "gần 28%")."""
    return share.modifier is None or share.modifier == "bound" and bool(
        _HEADLINE_HEDGE.search(text, max(0, share.start - 12), share.start))


def _ranges_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


_VERBATIM_WORDS = 8  # a clause told again word for word: at least this many words


def _verbatim(ctx, skip: frozenset[int], said: set[int]) -> list[Relation]:
    """A clause told again word for word in another paragraph with one number changed ("Huyện
    Cẩm Giàng hiện còn 133 chi bộ thôn, khu dân cư, giảm 13 chi bộ …" in the lead and again, with
    135, in the close): the same figure, whatever its act."""
    seen: dict[tuple[str, int], tuple[Quantity, int]] = {}
    found = []
    for paragraph, holds_digit in ctx.per_paragraph(_holds_digit):
        index = paragraph.index
        if index in skip or not holds_digit:
            continue
        key = ("quantities.verbatim", paragraph.text)  # a paragraph's masked clauses, read once per its text
        clauses = ctx.memo.get(key)
        if clauses is None:
            text = paragraph.text
            # none for a table row, nor for a paragraph opened by "Trong đó, Thanh tra tỉnh …": it tells of a part,
            # in the whole's words
            clauses = ctx.memo[key] = () if "\t" in text or " | " in text or _THOSE_OPENING.match(text) \
                else _masked_clauses(paragraph_layer(ctx, paragraph))
        for masked, place, quantity, values in clauses:
            if (masked, place) in seen:
                first, first_index, first_values = seen[(masked, place)]
                if len(values) > 1 and all(a != b for a, b in zip(first_values, values)):
                    continue  # "… Miền Trung 10,04% với 571.251 hộ" … "4,99% với 284.137 hộ": every number differs, a list of another measure
                if first_index != index and not _equal(first, quantity) \
                        and first.start + ctx.paragraphs[first_index].start not in said \
                        and (not _DETAIL_OPENS.match(paragraph.text) or any(a == b for a, b in zip(first_values, values))):
                    # "Cụ thể, đoàn của Ban Thường vụ …; đề nghị xử lý 6 tập thể": a part's own figure in the whole's
                    # words; unless another number of the clause is told the same ("ngành dịch vụ tăng 7,12%, đóng góp
                    # 2,46 điểm …" after "… tăng 7,12%, đóng góp 2,64 điểm …"): that clause is the same one again
                    found.append(Relation("same-as", first.shifted(ctx.paragraphs[first_index].start),
                                          (quantity.shifted(paragraph.start),), explicit=False,
                                          cues=(Cue(paragraph.start, paragraph.end, "verbatim"),)))
            else:
                seen[(masked, place)] = (quantity, index, values)
    return found


def _masked_clauses(layer) -> tuple[tuple[str, int, Quantity, tuple[float, ...]], ...]:
    """Each long clause of a paragraph (with its label) with its quantities masked, once per count or amount in it,
    with the values of all it masked."""
    found = []
    by_clause: dict[int, list[Quantity]] = {}
    for q in layer.quantities:
        if q.kind in ("count", "money"):
            by_clause.setdefault(q.clause, []).append(q)
    for clause_index, clause in enumerate(layer.clauses):
        start = layer.clauses[clause_index - 1].start if clause.opener == ":" and clause_index else clause.start
        if _THOSE_OPENING.match(layer.text, start):
            # "…; trong đó có 8 trường đạt chuẩn mức độ 2" tells of what its sentence counted before it: the same
            # words under another school level are another figure, so the key holds the sentence from its start
            start = next(c.start for c in layer.clauses if c.sentence == clause.sentence)
        text = layer.text[start:clause.end]  # with its label: "Có mặt: 27 …" is not "Tổng số …: 34 …"
        numbers = by_clause.get(clause_index, [])
        if not numbers or len(_WORD.findall(text)) < _VERBATIM_WORDS:
            continue
        pieces, at, values = [], start, []
        for q in within(layer.quantities, start, clause.end):  # the quantities masked, not years, dates, names' numbers
            if q.end <= clause.end:
                pieces += [layer.text[at:q.start], "#"]
                at = q.end
                values.append(q.value)
        # (the stop that ends a sentence is no word of the clause: told last in one sentence and before a ";" in the
        # other, the clause is the same)
        masked = " ".join(("".join(pieces) + layer.text[at:clause.end]).lower().split()).rstrip(" .!?…")
        found.extend((masked, place, quantity, tuple(values)) for place, quantity in enumerate(numbers))
    return tuple(found)


# the units a body is made of, told as what it has ("Đảng bộ phường có 47 chi bộ trực thuộc") or as the whole an act
# goes over ("kết quả xếp loại 22 chi bộ trực thuộc", "100% trong số 43 tổ chức cơ sở đảng"): one standing figure
_OVER_ALL = re.compile(r"(?<!\w)trong\s+(?:tổng\s+)?số\s*$", re.IGNORECASE)
_STANDING_WORDS = 3  # a unit with its qualifier ("chi bộ trực thuộc", "tổ chức cơ sở đảng"), not a bare "chi bộ"
_AS_OF = frozenset(("year", "docyear", "now"))  # the periods a standing figure is told at


def _standing(layer, quantity: Quantity) -> str | None:
    """How a count tells a standing figure of a body's units: "has" ("Đảng bộ có 21 chi bộ trực thuộc"), "over"
    (the whole an act goes over: "xếp loại 22 chi bộ trực thuộc", "trong số 43 tổ chức cơ sở đảng"), else None (a
    part, a plan, a change, a bare noun, a table row)."""
    if quantity.kind != "count" or quantity.noun_class != "organisation" or not quantity.head \
            or len(quantity.head.split()) < _STANDING_WORDS or quantity.modifier is not None \
            or quantity.role not in (None, "whole") or not quantity.value or quantity.decimals:
        return None
    if any(relation.kind in ("part-of", "sum-of") and any(p is quantity for p in relation.parts)
           for relation in layer.relations):
        return None
    if _AFTER_NOT.match(layer.text, unit_end(layer.text, quantity)):
        return None  # "… 21 chi bộ trực thuộc trở lên", "(tăng 2 so với …)"
    clause = layer.clauses[quantity.clause] if quantity.clause < len(layer.clauses) else None
    over = _OVER_ALL.search(layer.text, max(0, quantity.start - 20), quantity.start)
    cue = over.start() if over else quantity.start  # (the "trong số" of the whole itself is no subset cue)
    if clause is None or _SUBSET.search(layer.text, clause.start, cue) \
            or layer.text[clause.start:quantity.start].rstrip().endswith("("):
        return None  # "…, trong đó có 12 chi bộ trực thuộc ở nông thôn", "(12 chi bộ trực thuộc …)": some of them
    if quantity.event == "có":
        return "has"
    return "over" if over or quantity.event in _over_all_acts() else None


@lru_cache(maxsize=1)
def _over_all_acts() -> frozenset[str]:
    """resources/standing_acts.txt: the acts that go over all of a body's units."""
    return frozenset(word_list("standing_acts"))


@lru_cache(maxsize=1)
def _reorganised() -> re.Pattern:
    """resources/standing_changes.txt as one pattern (longest words first)."""
    words = sorted(_reach(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _reach() -> dict[str, str]:
    """resources/standing_changes.txt: words of change → how far they tell it ("sentence" or "noun")."""
    return {" ".join(words.lower().split()): reach for words, reach in word_pairs("standing_changes")}


_CHANGED_NOUN_WITHIN = 4  # the words (and numbers) after a word of change its noun is looked for in


def _changes(ctx) -> list[tuple[int, bool, tuple[str, ...]]]:
    """The words of change a document tells (resources/standing_changes.txt), each as (offset, whether it tells a
    change in its whole sentence, the words and numbers after it up to its clause's end, at most
    _CHANGED_NOUN_WITHIN): "thành lập thêm 1 chi bộ" → ("thêm", "1", "chi", "bộ"). Read per paragraph text, so a
    re-check reads only the paragraph edited."""
    return [(paragraph.start + start, whole, after)
            for paragraph, changes in ctx.per_paragraph(_paragraph_changes) for start, whole, after in changes]


def _paragraph_changes(text: str) -> tuple[tuple[int, bool, tuple[str, ...]], ...]:
    found = []
    for match in _reorganised().finditer(text):
        after = []
        for token in tokenize(text[match.end():match.end() + 80]):
            if not token.is_word and not token.text[0].isdigit():
                break  # (a mark ends the clause: "sắp xếp, bố trí cán bộ … các chi bộ" changes no chi bộ)
            after.append(token.lower)
            if len(after) == _CHANGED_NOUN_WITHIN:
                break
        found.append((match.start(), _reach()[" ".join(match.group().lower().split())] == "sentence", tuple(after)))
    return tuple(found)


def _changed(changes, noun: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether a change of a body's units of ``noun`` is told: a word of change that reaches its sentence in the
    sentence of one of its mentions (``sentences``, document offsets), or one with the noun's first two words right
    after it."""
    base = tuple(noun.split()[:2])
    for start, whole_sentence, after in changes:
        if whole_sentence and any(a <= start < b for a, b in sentences):
            return True
        if any(after[i:i + len(base)] == base for i in range(len(after))):
            return True
    return False


def _as_of(period: frozenset, how: str) -> frozenset:
    """The moment a standing figure is told at: its period, and for the whole an act goes over only its year (the
    act's quarter or month is the act's, not the count's: "trong quý IV, 100% trong số 43 tổ chức cơ sở đảng …")."""
    return frozenset(item for item in period if item[0] in _AS_OF) if how == "over" else period


def _moments_agree(first: frozenset, second: frozenset, newest: str | None) -> bool:
    """Two moments a standing figure may be one at: the same periods but for the year and "now" ("Năm 2026, Đảng bộ
    có 47 chi bộ" and "Đảng bộ hiện có 45 chi bộ"), where a year named must be one of the other's, or, against "now",
    the newest the document names (so "năm 2020 có 45 chi bộ" and "hiện có 47" are two moments)."""
    other_a, other_b = {i for i in first if i[0] not in _AS_OF}, {i for i in second if i[0] not in _AS_OF}
    if other_a != other_b:
        return False
    years_a = {v for k, v in first if k in ("year", "docyear")}
    years_b = {v for k, v in second if k in ("year", "docyear")}
    dates_a, dates_b = {v for k, v in first if k == "now"}, {v for k, v in second if k == "now"}
    if dates_a and dates_b and dates_a != dates_b:
        return False  # "Tính đến ngày 30/6/2025" and "Tính đến ngày 31/12/2025" (or "đến nay"): two moments
    if years_a and years_b:
        return bool(years_a & years_b)
    now_a, now_b = bool(dates_a), bool(dates_b)
    if years_a and now_b or years_b and now_a:
        return newest in (years_a | years_b)
    return True


def _subjects_agree(first: str | None, second: str | None) -> bool:
    """Two subjects of a standing figure that may be one body: the same named unit (or none named on either side:
    "xã Tân Phú" is not a subject read as none) and the organs each names agree, or one names none ("Đảng bộ phường
    có 47 chi bộ trực thuộc" and "trong số 45 chi bộ trực thuộc" of the report's own)."""
    (named_a, _, actors_a), (named_b, _, actors_b) = (_named_and_organs(s) for s in (first, second))
    return named_a == named_b and (not actors_a or not actors_b or actors_a == actors_b)


def _named_and_organs(subject: str | None) -> tuple[str, str, str]:
    """A scope's subject as (named unit, "|", organs): "xã tân phú" is a named unit (a kind and a name), "huyenuy" and
    "danguy-thị trấn" organs (keys, a level after the hyphen), "xã tân phú|danguy-xã" both."""
    if not subject:
        return "", "", ""
    if "|" in subject:
        return subject.partition("|")
    return ("", "", subject) if "-" in subject.split()[0] or " " not in subject else (subject, "", "")


def _standing_counts(ctx, skip: frozenset[int]) -> list[Relation]:
    """A body's units counted twice with two values that read as one typing slip ("Đảng bộ xã có 21 chi bộ trực
    thuộc (14 chi bộ thôn; 7 chi bộ cơ quan)" and "kết quả xếp loại 22 chi bộ trực thuộc"): one noun with its
    qualifier, one subject, moments that may be one, no change of that noun told anywhere. Inferred: the later
    mention is questioned (or the earlier, when only the later is borne out by its parts), naming the other."""
    inherited, issuer, _ = document_scopes(ctx)
    mentions: dict[tuple, list[tuple]] = {}  # (noun, subject) → (quantity, paragraph, moment, how, layer)
    changed: set[str] = set()  # the nouns whose number a change is told of ("giảm 2 chi bộ trực thuộc do sáp nhập")
    years: set[str] = set()
    others: dict[str, list[tuple[int, float]]] = {}  # other counts of a noun: a value told of some of them
    for paragraph, holds_digit in ctx.per_paragraph(_holds_digit):
        if not holds_digit or "\t" in paragraph.text or " | " in paragraph.text:
            continue
        layer = paragraph_layer(ctx, paragraph)
        for quantity in layer.quantities:
            years.update(v for k, v in quantity.period if k == "year")
            if quantity.modifier == "change" and quantity.head:
                changed.add(quantity.head.lower())
            if paragraph.index in skip or (how := _standing(layer, quantity)) is None:
                if quantity.kind == "count" and quantity.head:
                    others.setdefault(quantity.head.lower(), []).append((paragraph.index, quantity.value))
                continue
            subject, period = effective_scope(quantity, inherited[paragraph.index], issuer)
            years.update(v for k, v in period if k == "docyear")
            mentions.setdefault((quantity.head.lower(), _topic(paragraph.text, quantity)), []).append(
                (quantity, paragraph, _as_of(period, how), layer, subject))
    if not any(len(told) > 1 for told in mentions.values()):
        return []  # (most documents tell a body's units once)
    newest = max(years, key=lambda y: y[-4:], default=None)
    changes = _changes(ctx)
    found = []
    for (noun, _), told in mentions.items():
        if len(told) < 2 or noun in changed or len({m[0].value for m in told}) != 2 or _changed(
                changes, noun, [_sentence_of(ctx, m[1], m[0]) for m in told]):
            continue  # ("thành lập 1 chi bộ", "Sau khi sáp nhập các thôn, … hiện có 45 chi bộ"): the units changed
        for index, (later, paragraph, moment, layer, subject) in enumerate(told[1:], start=1):
            earlier = [m for m in told[:index] if _subjects_agree(m[4], subject)
                       and _moments_agree(m[2], moment, newest)]
            if not earlier or later.value == earlier[0][0].value \
                    or any(m[0].value != earlier[0][0].value for m in earlier):
                continue
            first, first_paragraph, _, first_layer, _ = earlier[-1]
            if not _slip(first, later) or first_paragraph.index == paragraph.index \
                    or any(at < paragraph.index and value == later.value for at, value in others.get(noun, ())):
                continue  # ("trong đó có 12 chi bộ trực thuộc ở nông thôn" … "xếp loại 12 chi bộ trực thuộc …": those)
            whole, part = first.shifted(first_paragraph.start), later.shifted(paragraph.start)
            if two_tiers(ctx, whole.start, part.start):
                continue
            if not changes and _borne_out(layer, later) and not _borne_out(first_layer, first):
                whole, part = part, whole  # its parts add up to the later one: the earlier is the slip (unless a
                # change is told anywhere: the later may be the newer figure)
            found.append(Relation("same-as", whole, (part,), explicit=False,
                                  cues=(Cue(paragraph.start, paragraph.end, "standing"),)))
            break
    return found


def _sentence_of(ctx, paragraph, quantity: Quantity) -> tuple[int, int]:
    """The sentence (document offsets) a quantity (paragraph offsets) is told in, as the shared reading cuts it."""
    a, b = next(((a, b) for a, b in ctx.reading(paragraph).sentences if a <= quantity.start < b),
                (0, len(paragraph.text)))
    return paragraph.start + a, paragraph.start + b
