"""Relations between the quantities of one paragraph: part-of, share-of, sum-of and
result-vs-plan, each explicit (written out) or inferred (same noun, nearest whole).

- A ratio "62/80" is an explicit part-of; a percentage that restates it is its share.
- "P … trên tổng số W", "Trong tổng số W …, có P", "P con trên tổng đàn W": explicit part-of.
- A whole followed by "trong đó", "gồm", "bao gồm", "chia ra", "cụ thể", a bracket or a colon
  opens its breakdown; the parts are the counts of the same kind up to the clause's end (the
  sentence's end after a colon, the bracket's end in a bracket). "Trong đó:" opening the next
  sentence refers to the last count of the sentence before. A breakdown is exhaustive after
  "gồm"/"bao gồm"/"chia ra"/"cụ thể", in a bracket, or when its parts are the levels of one
  classification (resources/classification_levels.txt); after "trong đó" it may be a set of
  subsets, checked part by part only.
- A percentage after "đạt", "chiếm", "bằng", "(" is the share of the quantity just before
  it; its whole is the plan of the same sentence (result against plan), an explicit whole,
  the whole its part was listed under, or - inferred - the nearest earlier whole of the
  same noun ("Toàn Đảng bộ có 420 chi bộ").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from ..keywords import Keywords
from ..lexicon import is_compound
from ..resources import alternation, word_list, word_pairs, word_set
from ..structure.lines import line_shape
from .levels import classification_levels, named_levels, phrase_levels
from .model import TALLY_HEADS, Clause, Cue, Quantity, Relation
from .reader import head_of
from .scope import period_items, years_told

_BREAKDOWN = re.compile(
    r"(?:\)(?=\s*:))?[\s,;.]*(?P<marker>(?:trong\s+(?:số\s+)?(?:đó|này)|bao\s+gồm|gồm|chia\s+ra|cụ\s+thể)(?:\s+(?:có|là))?)?"
    r"(?P<lead>\s*(?:(?:với|theo)\s+(?:các\s+)?(?:hình\s+thức|mức)(?:\s+(?:kỷ\s+luật|xử\s+lý|xếp\s+loại))?|"
    r"(?:cụ\s+thể\s+)?như\s+sau|(?:các\s+)?hình\s+thức(?:\s+(?:kỷ\s+luật|xử\s+lý))?|(?:được\s+|đã\s+)?(?:đánh\s+giá,?\s+)?(?:xếp\s+loại|phân\s+loại|đánh\s+giá|"
    r"kiểm\s+điểm)(?:\s+(?:chất\s+lượng|năm\s+\d{4}))?(?:\s+như\s+sau)?)(?=\s*:))?"
    r"\s*(?P<colon>:)?\s*",
    re.IGNORECASE)
_LATE_SUBSET = re.compile(r"(?:\s+với\s+\d[\d.,]*(?:\s+[^\W\d_]+){1,3}"  # "612 hộ với 2.305 nhân khẩu, trong đó"
                          # "58 đơn kiến nghị, phản ánh, trong đó": the kinds of its noun listed with commas
                          r"|(?P<kinds>(?:\s+[^\W\d_]+){0,4}(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?){1,3})|(?:\s+[^\W\d_]+){1,8}|(?:\s+[^\W\d_]+){0,3}\s*,\s*(?:đạt|bằng|chiếm|vượt)\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d+(?:,\d+)?\s*%"
                          r"(?:\s+[^\W\d_]+){0,5}(?:\s*\([^()\d]{0,20}\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s*\))?"
                          # "4.685 doanh nghiệp, tăng 0,9% so với cùng kỳ năm trước (cùng kỳ năm 2016 tăng 19,5%), trong
                          # đó": its change or share against a base it names, perhaps with an aside in brackets
                          r"|(?P<against>(?:\s+[^\W\d_]+){0,3}\s*,\s*(?:tăng|giảm|chiếm|bằng)\s+\d+(?:,\d+)?\s*%\s+so\s+với"
                          r"(?:\s+[^\W\d_]+){1,6}(?:\s*\([^()]{1,80}\))?)"
                          # "17 vụ cháy rừng, diện tích thiệt hại 38,6 ha; trong đó": a measure of what was counted
                          r"|(?:\s+[^\W\d_]+){0,4}\s*,\s*(?P<measure>(?:[^\W\d_]+\s+){1,4}\d[\d.,]*\s+[^\W\d_][^\s,;]*(?:\s+[^\W\d_]+)?))"
                          r"\s*[,;]\s*(?P<marker>trong\s+(?:số\s+)?đó)(?:\s+(?:có|là))?\s*:?\s*",
                          re.IGNORECASE)  # "kết nạp 32 đảng viên, đạt 80% chỉ tiêu; trong đó …"
_OTHERS = re.compile(r"(?<!\w)(?:khác|còn\s+lại|v\.v)(?!\w)|…|\.\.\.", re.IGNORECASE)  # "và các đồng chí khác"
# "chia ra", "gồm", "cụ thể": the words that announce a list as all of a count (resources/exhaustive_markers.txt)
_EXHAUSTIVE_MARKERS = alternation(word_list("exhaustive_markers"))
_LATE_EXHAUSTIVE_FAR = re.compile(r"(?P<gap>(?:[^.:;()]|(?<=\d)[.,](?=\d)){1,80}?)\s*[,;]\s*(?P<marker>"
                                  + _EXHAUSTIVE_MARKERS + r")\s*:\s*", re.IGNORECASE)
_MEASURES = frozenset(("area", "mass", "length", "volume"))
_LABELLED_NUMBER = re.compile(r"(?<=[A-ZĐ]{2} )\d+(?![\d.,/])")
# (a year of the words: "xếp loại 37 đảng viên năm 2024 (hoàn thành xuất sắc nhiệm vụ 6 đồng chí, …)"; an age: "173 cử
# tri từ 100 tuổi trở lên (31 cụ ông và …)")
_WORDS_THEN_BRACKET = re.compile(r"(?:\s+[^\W\d_]+|\s+(?<=năm\s)\d{4}|\s+\d{1,3}(?=\s+tuổi(?!\w))){1,8}\s*\(")
# (also a second noun after a comma: "55 công chức, viên chức trong biên chế:")
_LATE_LEVELS_COLON = re.compile(r"(?P<gap>(?:\s*,\s*[^\W\d_]+|\s+[^\W\d_]+|\s+(?<=năm\s)\d{4}){1,8}?)\s*:\s*",
                                re.IGNORECASE)
_LATE_COLON = re.compile(r"(?P<gap>(?:\s+[^\W\d_]+){1,8}?)\s*:\s*", re.IGNORECASE)
_EXAMPLES_CUE = re.compile(r"(?<!\w)(?:như(?!\s+sau)|trong\s+đó|tiêu\s+biểu|điển\s+hình|chủ\s+yếu|một\s+số)(?!\w)",
                           re.IGNORECASE)  # "… như: …": examples, not all of it
# (an aside in brackets may close the words: "1.126 hộ đạt danh hiệu các cấp (đạt 60,1% số hộ đăng ký), gồm: …")
_LATE_EXHAUSTIVE = re.compile(r"(?P<gap>(?:\s+(?:[^\W\d_]+|\d+)){1,8}?(?:\s*\((?![^()]*trong\s+(?:số\s+)?đó)[^()]{1,60}\))?)"
                              r"\s*,\s*(?P<marker>" + _EXHAUSTIVE_MARKERS + r")\s*(?P<colon>:)?\s*", re.IGNORECASE)
_EXHAUSTIVE = re.compile(r"bao\s+gồm|gồm|chia\s+ra|cụ\s+thể|hình\s+thức|như\s+sau", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(?:nhiều hơn|ít hơn|cao hơn|thấp hơn|hơn|tăng|giảm|so với|bằng|trên tổng|"
                         r"trong tổng|tổng số|vượt(?!\s+khó))\b", re.IGNORECASE)  # "học sinh nghèo vượt khó": no excess
_PART_OF_WHOLE = re.compile(
    r"^[^\d;:.()]{0,60}?(?P<cue>(?:trên|trong)\s+tổng(?:\s+(?:số|đàn|diện tích|cộng))?)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:(?:là|có)\s+)?$", re.IGNORECASE)
# after a total's noun: "và" or a comma, then the next count: "trong tổng số 38 chi bộ và 7 đảng bộ cơ sở"
_WHOLE_GOES_ON = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*(?:,|và)\s*$", re.IGNORECASE)
# after a ratio's noun: the criterion it meets ("9/10 xã đạt tiêu chí thủy lợi"; resources/criterion_words.txt)
_CRITERION = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:đạt|đáp\s+ứng|hoàn\s+thành)\s+(?:" + alternation(
    word_list("criterion_words")) + r")(?!\w)", re.IGNORECASE)
_WHOLE_THEN_PART = re.compile(r"^[^\d;.]{1,80}?,\s*(?:thì\s+)?(?P<cue>có)\s+$", re.IGNORECASE)
# between two ratios over one total: the words of the first, then "trong đó" opening the second
_RATIO_SUBSET = re.compile(r"^[^\d;:.()]{0,60}?[,;]\s*(?P<cue>trong\s+(?:số\s+)?đó)\s*,?\s*(?:có\s+)?$", re.IGNORECASE)
_WHOLE_CUE_BEFORE = re.compile(r"(?:[Tt]rong|[Tt]rên)\s+tổng\s+số\s*$")
# "so với năm 2025 (", "so với cùng kỳ (": a figure in this bracket is the base a change was measured against
_COMPARED_BASE = re.compile(r"so\s+với\s+[^()\d]{0,30}(?:\d{4})?\s*\(\s*$", re.IGNORECASE)
_COMPARED_RIGHT_BEFORE = re.compile(r"(?<!\w)so\s+với\s+(?:số\s+|tổng\s+số\s+)?$", re.IGNORECASE)
# "gấp 1,5 lần năm học trước (143 học sinh)": the multiple, and the figure of the period it is of, are no part of
# what follows
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_TIMES_BASE = re.compile(r"(?=g)(?<!\w)gấp\s+(?:\d+(?:,\d+)?|[^\W\d_]+)\s+lần\s+(?:so\s+với\s+)?[^()\d]{0,30}(?:\d{4})?\s*\(\s*$",
                         re.IGNORECASE)
_TIMES = re.compile(r"(?<!\w)gấp\s+$", re.IGNORECASE)
_TIMES_ASIDE = re.compile(r",?\s*gấp\s+(?:\d+(?:,\d+)?|[^\W\d_]+)\s+lần\s+(?:so\s+với\s+)?[^()\d]{0,30}\s*\([^()]*\)", re.IGNORECASE)
# a bracket closed, "và" or "còn" opening the next item, its own bracket opened: what follows is of that item
_NEXT_ITEM_BRACKET = re.compile(r"\)[^()]*\b(?:và|còn)\b[^()]*\(", re.IGNORECASE)
# "…, so với tổng số đạt 91,4%", "…, trên tổng số chiếm 12%": the share of the whole itself, however the clause reads
OF_THE_TOTAL = r",\s*(?:so\s+với|trên)\s+tổng\s+số\s+(?:đạt|chiếm|bằng|là)"
_SHARE_GAP = re.compile(  # ("tương đương với 85,1%", "tương ứng 80%": the same share told as an equivalent)
    r"^[^\d;:]{0,80}?(?:[,—–]\s*(?:đạt|chiếm|bằng|là|tương\s+(?:đương|ứng)(?:\s+với)?)(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?|\(\s*(?:đạt|chiếm|bằng)?(?:\s*tỷ lệ)?|"
    r"[,—–]\s*(?:tỷ\s+lệ|tỉ\s+lệ)(?:\s+đạt)?|" + OF_THE_TOTAL + r"(?:\s+tỷ\s+lệ)?|\s*=|\s(?:đạt|chiếm|bằng)(?:\s+tỷ\s+lệ)?)"
    r"(?:\s+(?:hơn|trên|gần|khoảng|xấp\s+xỉ|chừng))?\s*$", re.IGNORECASE)  # (a share told as a bound: "đạt hơn 75%")
_BASE_IN_WORDS = re.compile(r"tổng\s+số\s+[^\W\d_]+(?:\s+[^\W\d_]+)*\s*,", re.IGNORECASE)
# "Trong số đảng viên kết nạp năm 2023, có 237 …": a set named by its noun and what sets it apart
_AMONG_NAMED = re.compile(r"(?<!\w)trong\s+số\s+(?!(?:đó|này)(?!\w))(?P<words>[^\W\d_]+(?:\s+(?:[^\W\d_]+|(?<=năm\s)(?:19|20)\d\d))+)"
                          r"\s*,", re.IGNORECASE)
APPROXIMATE_BEFORE = re.compile(r"(?:trên|khoảng|gần|hơn|ước|xấp xỉ|chừng)\s*$", re.IGNORECASE)
NEXT_SENTENCE_BREAKDOWN = re.compile(
    r"(?:Trong\s+(?:số\s+)?(?:đó|này)|Cụ\s+thể|Bao\s+gồm|Gồm|Chia\s+ra|Phân\s+ra)(?:\s+có)?\s*:?\s*"
    r"|(?P<label>(?:Về\s+)?(?:(?:[Cc]ác\s+)?[Hh]ình\s+thức(?:\s+kỷ\s+luật)?(?:\s+(?:gồm(?:\s+có)?|là))?|"
    r"[Kk]ết\s+quả(?:\s+xếp\s+loại|\s+đánh\s+giá)?|[Pp]hân\s+loại|[Xx]ếp\s+loại)\s*:\s*)", re.IGNORECASE)
_CLAUSE_BREAKDOWN = re.compile(
    r"(?P<label>(?:với\s+)?(?:các\s+)?hình\s+thức(?:\s+kỷ\s+luật|\s+xử\s+lý)?\s*(?:gồm(?:\s+có)?|là|:)\s*:?\s*)",
    re.IGNORECASE)
# "5 ủy viên nữ và 3 ủy viên trẻ tuổi": the count before joined to the next by "và" (a few words between)
_JOINED_BY_AND = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s+(?:và|cùng)\s+$", re.IGNORECASE)
_ANOTHER_ROLE = re.compile(r"\b(?:cho(?!\s+vay)|tại|đối với|tham gia|làm việc|tiếp xúc|phục vụ|thu hút|giúp)\b", re.IGNORECASE)
_PARTIAL = re.compile(r"trong\s+đó|\bnhư\b|tiêu biểu|điển hình|\bcó\b|\briêng\b(?!\s+lẻ)|chủ yếu", re.IGNORECASE)
# "22 đảng viên chính thức được triệu tập (23 đảng viên chính thức, không tính 1 đồng chí miễn sinh hoạt)", "(31 chính
# thức trừ 04 đ/c …)": what is left out is taken away, not added ("khai trừ", "phòng trừ" are no such word)
_LEFT_OUT = re.compile(r"(?<!\w)(?:(?:không|chưa)\s+(?:tính|kể)|(?<!khai\s)(?<!phòng\s)(?<!khấu\s)(?<!diệt\s)(?<!bài\s)trừ)(?!\w)",
                       re.IGNORECASE)


def level_groups(quantity: Quantity, text: str) -> frozenset[int]:
    """The classifications whose level a part names: the label before a bare number
    ("hoàn thành tốt 55"), or the words right after a counted noun ("12 đảng viên hoàn
    thành xuất sắc nhiệm vụ"). Empty when it names none, and for an amount: "thu thuế đạt 22.368 triệu đồng" is
    attained, no rating level."""
    phrase = _level_phrase(quantity, text)
    return phrase_levels(*phrase) if phrase else frozenset()


def _level_phrase(quantity: Quantity, text: str) -> tuple[str, bool] | None:
    """The words that name a part's level, and whether the level ends them (a label before the number)."""
    if quantity.kind == "money":
        return None
    if quantity.label:
        return quantity.label, True
    # the words up to the next number: "13 cấp ủy viên các cấp và 9 đảng viên nữ" names no level for the 13
    after = re.split(r"[,;(\d]|\.\s", text[quantity.end:quantity.end + 60].lower())[0]
    if phrase_levels(after, at_end=False):
        return after, False
    # "hợp lệ 121 phiếu", "không kỷ luật: 02 phiếu": the label's own colon ends no segment
    before = re.split(r"[,;:(]|\btrong đó\b|\bgồm\b",
                      text[max(0, quantity.start - 50):quantity.start].lower().rstrip(" :"))[-1]
    return before, True  # "hợp lệ 121 phiếu", "hoàn thành tốt nhiệm vụ 90 đồng chí"


def distinct_levels(parts: list[Quantity], text: str, group: int) -> bool:
    """Each part names another level of the classification ``group`` (its longest level there): "12 tiêu chí đạt mức
    nâng cao, 3 tiêu chí đạt mức kiểu mẫu" name "đạt" twice, two sorts of what was reached, no split by the levels."""
    named = []
    for part in parts:
        phrase = _level_phrase(part, text)
        if phrase is None:
            return False
        found = named_levels(phrase[0], group, phrase[1])
        if not found:
            return False
        named.append(max(found, key=len))
    return len(set(named)) == len(named)


def same_classification(groups: list[frozenset[int]]) -> bool:
    """True when every part names a level of one common classification."""
    if not groups or not all(groups):
        return False
    return bool(frozenset.intersection(*groups))


def vote_levels(parts, text: str) -> bool:
    """The parts are tán thành / không tán thành / ý kiến khác: a vote, the votes rule's."""
    groups = [level_groups(p, text) for p in parts]
    if not same_classification(groups):
        return False
    levels = classification_levels()
    return any("tán thành" in levels[g] for g in frozenset.intersection(*groups))


def membership_parts(relation: Relation, text: str) -> bool:
    """A person count split into chính thức and dự bị members: the attendance rule's."""
    if relation.kind != "sum-of" or len(relation.parts) != 2 or relation.whole.noun_class != "person":
        return False
    groups = [level_groups(p, text) for p in relation.parts]
    if not same_classification(groups):
        return False
    levels = classification_levels()
    return any("dự bị" in levels[g] for g in frozenset.intersection(*groups))


def level_group(quantity: Quantity, text: str) -> int | None:
    groups = level_groups(quantity, text)
    return min(groups) if groups else None


def unit_end(text: str, quantity: Quantity) -> int:
    """Where the quantity's unit phrase ends (just past the number when it has none)."""
    if quantity.unit and quantity.kind in ("count", "ratio"):
        found = text.find(quantity.unit, quantity.end, quantity.end + len(quantity.unit) + 4)
        if found != -1:
            return found + len(quantity.unit)
    return quantity.end


def find_relations(text: str, quantities: list[Quantity], clauses: list[Clause],
                   sentences: list[tuple[int, int]]) -> list[Relation]:
    relations: list[Relation] = []
    breakdowns = _breakdowns(text, quantities, clauses, sentences)
    relations.extend(breakdowns)
    relations.extend(_explicit_part_of(text, quantities))
    if ":" in text:
        relations.extend(announced_breakdowns(text, quantities, sentences))
    relations.extend(_presence(text, quantities, sentences))
    relations.extend(_distributions(text, quantities, sentences))
    if "cơ cấu" in text or "Cơ cấu" in text:
        relations.extend(_compositions(text, quantities, sentences))
    if "chiếm" in text:
        relations.extend(_classified_shares(text, quantities, sentences))
        if "theo" in text:
            relations.extend(_announced_split_shares(text, quantities, sentences))
    relations.extend(_differences(text, quantities))
    if "ỷ lệ" in text and len(sentences) > 1 and ("giảm" in text or "tăng" in text):
        relations.extend(_rate_changes_of_a_movement(text, quantities, sentences))
    if "nâng tổng số" in text:
        relations.extend(_raised_totals(text, quantities, sentences))
    if _BALANCE_WORDS(text) and _BALANCE_HINT.search(text):
        relations.extend(balances(text, quantities, sentences))
    elif "tăng" in text or "giảm" in text:
        relations.extend(net_changes(text, quantities, sentences))
    if "còn" in text:
        from .leftovers import leftovers, rests_of_wholes  # (a module of its own, importing this one)
        relations.extend(leftovers(text, quantities, sentences))
        relations.extend(rests_of_wholes(text, quantities, sentences))
    if "gấp" in text:
        from .multiples import (  # (a module of its own, importing this one)
            multiples,
            multiples_of_a_rise,
            multiples_of_the_plan,
        )
        relations.extend(multiples(text, quantities))
        relations.extend(multiples_of_a_rise(text, quantities, sentences))
        relations.extend(multiples_of_the_plan(text, quantities, sentences))
    if "số dư" in text:
        from .surplus import surpluses
        relations.extend(surpluses(text, quantities))
    if "%" in text and ("kế hoạch" in text or "chỉ tiêu" in text):
        from .rate_targets import rate_targets
        relations.extend(rate_targets(text, quantities))
    if "%" in text and ("kế hoạch" in text or "chỉ tiêu" in text or "mục tiêu" in text):
        from .rate_targets import level_plans
        relations.extend(level_plans(text, quantities))
    if "rong số" in text or "rong tổng số" in text or "con" in text or " ha" in text or "tấn" in text or (
            "rong đó" in text and _THOSE_NAMED_HINT.search(text)):
        relations.extend(_referred_parts(text, quantities, sentences))
    if "giải quyết" in text:
        relations.extend(_settled_over_received(text, [q for q in quantities if q.kind == "count" and q.role != "plan"]))
    if "vi phạm" in text and ("kiểm tra" in text or "giám sát" in text):
        relations.extend(found_among_examined(text, [q for q in quantities if q.kind == "count" and q.role != "plan"]))
    if " có " in text and (len(sentences) > 1 or ";" in text or _HAS_AFTER_COMMA.search(text)):
        relations.extend(_exceeded_totals(text, quantities, sentences))
    if ";" in text:
        relations.extend(_members_told_after(text, quantities, sentences, relations))
    if "%" in text:
        from .growths import growths  # (a module of its own, importing this one)
        relations.extend(growths(text, quantities, sentences))
    if _DERIVED_WORDS(text) or _DERIVED_GATE(text) and _DERIVED_HINT.search(text):
        from .growths import gaps_and_averages  # (a module of its own, importing this one)
        relations.extend(gaps_and_averages(text, quantities, sentences, relations))
    if "o với" in text and ("tăng" in text or "giảm" in text):
        from .changes import earlier_level_gaps  # (a module of its own, importing this one)
        relations.extend(earlier_level_gaps(text, quantities, sentences, relations))
    if "(" in text and ("hơn" in text or "tăng" in text or "giảm" in text):
        from .changes import levels_against_earlier  # (a module of its own, importing this one)
        relations.extend(levels_against_earlier(text, quantities))
    if "tổng" in text.lower() and ":" in text:
        from .splits import totals_split_past_their_figures  # (a module of its own, importing this one)
        relations.extend(totals_split_past_their_figures(text, quantities, sentences, relations))
    if "%" in text and ("trích" in text or "nộp" in text or "để lại" in text):
        relations.extend(_taken_shares(text, quantities, sentences))
    relations.extend(_shares(text, quantities, sentences, breakdowns, relations))
    if "%" in text:
        relations = _shares_of_an_exhausted_whole(text, quantities, sentences, relations)
    if "vượt" in text and "%" in text:
        relations.extend(_excesses(text, quantities, sentences))
    if "%" in text:
        relations.extend(_level_shares(text, quantities, sentences, relations))
    if "rong " in text:  # (last: the share readers take no base from a sort, whose percentages are often its levels')
        relations.extend(_sorted_wholes(text, quantities, sentences, relations))
    return relations


def _shares_of_an_exhausted_whole(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                                  relations: list[Relation]) -> list[Relation]:
    """"Cả 12 thôn đều đạt chuẩn, gồm: kiểu mẫu 3 thôn (25,0%); nâng cao 5 thôn (41,7%); đạt chuẩn 4 thôn (33,3%)":
    counts of one noun in one sentence, each with its own share, that add up to a count of that noun stated just
    before them (in their sentence or the one before) split that count between them, so each share is of it, also
    those the share reader left without a base (inferred: the whole is found by the sum, a warning names it; marked
    exhaustive, as no other figure in scope can be their base)."""
    shares = [r for r in relations if r.kind in ("share-of", "share-open") and r.share is not None and len(r.parts) == 1
              and r.parts[0].kind == "count" and r.parts[0].head]
    if not any(r.kind == "share-open" for r in shares):
        return relations
    by_sentence: dict[tuple[int, int], list[Relation]] = {}
    for relation in shares:
        by_sentence.setdefault(_sentence_of(sentences, relation.parts[0].start), []).append(relation)
    replaced: dict[int, Relation] = {}
    for sentence, group in by_sentence.items():
        group.sort(key=lambda r: r.parts[0].start)
        parts = [r.parts[0] for r in group]
        if len(group) < 2 or not any(r.kind == "share-open" for r in group) or len({id(p) for p in parts}) < len(parts) \
                or not all(one_noun_head(parts[0].head, p.head) and p.modifier is None for p in parts):
            continue
        if any(_mentions(p, text, word_set("overlapping_categories")) for p in parts) and not same_classification(
                [level_groups(p, text) for p in parts]):
            continue  # "nữ có 05 người, đạt 23,8%, dân tộc thiểu số 19 người, đạt 90,5%, …": subsets by a property
            # overlap, so their sum is no count they split, even when it lands on one
        total = sum(p.value for p in parts)
        floor = (_sentence_before(sentences, sentence[0]) or sentence)[0]
        wholes = [q for q in quantities if floor <= q.start < parts[0].start and q.kind == "count" and q.role != "plan"
                  and q.modifier is None and one_noun_head(q.head, parts[0].head) and abs(q.value - total) < 1e-9]
        if not wholes:
            continue
        whole = wholes[-1]
        for relation in group:
            if relation.kind == "share-open":
                replaced[id(relation)] = Relation("share-of", whole, relation.parts, relation.share, explicit=False,
                                                  exhaustive=True)
    if not replaced:
        return relations
    return [replaced.get(id(r), r) for r in relations]


# a share taken out of an amount, then what it comes to: "thu được 4.860.000 đồng; trích nộp cấp trên 30% là 1.458.000
# đồng", "được trích giữ lại 50% (29.210.000 đồng)", "trích nộp Đảng ủy xã 30% số đảng phí thu được là 604.500 đồng"
_TAKE_BEFORE = re.compile(r"(?<!\w)(?:trích|nộp|giữ\s+lại|để\s+lại)(?:\s+[^\W\d_]+){0,5}?\s*$", re.IGNORECASE)
_TAKEN_AMOUNT = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*(?:là|:|\(|,\s*tương\s+(?:ứng|đương)(?:\s+với)?)\s*", re.IGNORECASE)


def _taken_shares(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """A percentage taken out ("trích", "nộp", "giữ lại", "để lại") of the amount before it in its sentence, then the
    amount it comes to (kind "taken": ``whole`` the amount taken from, ``parts`` what it comes to, ``share`` the
    percentage, the exact rule; inferred: the rule warns, naming the amount)."""
    takes = []
    for index, percent in enumerate(quantities[:-1]):
        if percent.kind != "percent" or percent.modifier is not None:
            continue
        s_start = sentence_start(sentences, percent.start)
        take = _TAKE_BEFORE.search(text, max(s_start, percent.start - 40), percent.start)
        amount = quantities[index + 1]
        if take is None or amount.kind != "money" or not _TAKEN_AMOUNT.fullmatch(text, percent.end, amount.start) \
                or any(c.isdigit() for c in text[percent.end:amount.start]):
            continue
        takes.append((index, percent, take, amount, s_start))
    taken = {id(amount) for *_, amount, _ in takes}
    relations = []
    for index, percent, take, amount, s_start in takes:
        # the amount taken from: the last before the verb in its sentence, else in the sentence before ("Tổng thu đảng
        # phí quý III là 117.235.000 đồng (tháng 7: …). Trích giữ lại 90% là …, nộp cấp trên 10% là …"), never what
        # another share taken came to
        before = sentences[max(0, next((i for i, (a, _) in enumerate(sentences) if a == s_start), 0) - 1)][0]
        for start in (s_start, before):
            bases = [q for q in quantities[:index] if q.kind == "money" and start <= q.start and q.end <= take.start()
                     and id(q) not in taken and not per_unit(text, q) and not in_bracket(text, start, q.start)]
            if bases or start == before:
                break
        if not bases or bases[-1].modifier is not None or bases[-1].value <= amount.value or APPROXIMATE_BEFORE.search(
                text, max(0, bases[-1].start - 12), bases[-1].start):
            continue
        relations.append(Relation("taken", bases[-1], (amount,), percent, explicit=False,
                                  cues=(Cue(take.start(), take.end(), take.group().strip()),)))
    return relations


_EXCESS_BEFORE = re.compile(r"(?<!\w)vượt(?:\s+mức)?\s*$", re.IGNORECASE)
_EXCESS_OF_PLAN = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|(?-i:KH)(?!\w))", re.IGNORECASE)


def _excesses(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Kết nạp 65 đảng viên, vượt 8,3% chỉ tiêu (60 đảng viên)": by how much a result passed its
    plan, the percentage after "vượt" that names the plan (kind "excess": ``whole`` the plan,
    ``parts`` the result, ``share`` the percentage), when the sentence holds one plan and one
    result of one measure."""
    relations = []
    for percent in quantities:
        if percent.kind != "percent" or not _EXCESS_BEFORE.search(text, max(0, percent.start - 12), percent.start) \
                or not _EXCESS_OF_PLAN.match(text, percent.end):
            continue
        s_start, s_end = _sentence_of(sentences, percent.start)
        inside = [q for q in within(quantities, s_start, s_end) if q.kind in ("count", "money")]
        plans = [q for q in inside if q.role == "plan"]
        # (not a base a change was measured against: "tăng 84 hộ so với năm 2025 (1.042 hộ) và vượt 12,6% chỉ tiêu")
        # nor an average per unit: "tiếp nhận 2.684 đơn vị, bình quân 447 đơn vị mỗi đợt, vượt 11,8% kế hoạch"
        results = [q for q in inside if q.role != "plan" and q.start < percent.start and q.modifier is None
                   and not _COMPARED_BASE.search(text, max(0, q.start - 40), q.start) and not per_unit(text, q)]
        if len(plans) != 1 or not results:
            continue
        plan, result = plans[0], results[-1]
        # (the plan's noun may be the result's written shorter: "1.286.400 lượt người, vượt 7,2% kế hoạch (1.200.000 lượt)")
        shorter = bool(plan.head and result.head and result.head.startswith(plan.head + " "))
        if not (_same_measure(plan, result) or shorter) or not (plan.kind == "money" or one_noun_head(plan.head,
                                                                                                     result.head)):
            continue
        relations.append(Relation("excess", plan, (result,), percent, explicit=True, cues=plan.cues))
    return relations


def _level_shares(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                  known: list[Relation]) -> list[Relation]:
    """"Kết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 12 đồng chí (15%), hoàn thành tốt nhiệm
    vụ 55 đồng chí (66,8%), …" with no whole: the levels of one classification are all of
    those rated, so each share is of their sum (kind "level-shares": parts the counts, cues
    the shares)."""
    found = []
    for s_start, s_end in sentences:
        inside = list(within(quantities, s_start, s_end))
        pairs = []
        for count, percent in zip(inside, inside[1:]):
            if count.kind == "count" and percent.kind == "percent" and _LEVEL_SHARE_GAP.match(
                    text, unit_end(text, count), percent.start):
                pairs.append((count, percent))
        if len(pairs) < 3 or len(pairs) * 2 < len([q for q in inside if q.kind in ("count", "percent")]):
            continue
        counts = [c for c, _ in pairs]
        if any(r.kind in ("share-of", "result-vs-plan") and r.parts and r.parts[0] in counts and r.explicit
               for r in known) or len({c.noun_class for c in counts}) != 1:
            continue  # a whole is stated: the shares are of it
        if not same_classification([level_groups(c, text) for c in counts]):
            continue
        found.append(Relation("level-shares", counts[0], tuple(counts), None, explicit=False, exhaustive=True,
                              cues=tuple(Cue(p.start, p.end, p.text) for _, p in pairs), levels=True))
    return found


_LEVEL_SHARE_GAP = re.compile(r"[^\d;%]{0,45}?(?:\(\s*(?:(?:chiếm|đạt|bằng)\s+)?(?:tỷ\s+lệ\s+)?|"
                              r",\s*(?:chiếm|đạt|bằng)\s+(?:tỷ\s+lệ\s+)?|,\s*(?:tỷ|tỉ)\s+lệ\s+(?:là\s+)?)$", re.IGNORECASE)


_LISTED = re.compile(r"\s*trong\s+(?:số\s+)?đó\s*:", re.IGNORECASE)


def _based_count(text: str, earlier: list[Quantity], base: Quantity, parts: list[Quantity]) -> Quantity | None:
    """The count a base was named for ("X … trong tổng số W", "X … trên tổng số W") when a bracket after the base adds
    up to that count and not to the base: which of the two a bracket splits is told by its sum alone."""
    if not earlier:
        return None
    first = earlier[-1]
    total = sum(p.value for p in parts)
    if first.kind != base.kind or first.value >= base.value or abs(total - first.value) > 1e-9 \
            or not _PART_OF_WHOLE.match(text[first.end:base.start]):
        return None
    return first


def _levels_listed(inside: str, parts: list[Quantity], text: str) -> bool:
    """"(trong đó: khiển trách 692, cảnh cáo 506, cách chức 115, khai trừ 207)": after "trong đó:"
    and nothing but the levels of one classification, the parts are all of the whole."""
    if not _LISTED.match(inside) or len(_PARTIAL.findall(inside)) > 1:
        return False
    groups = [level_groups(q, text) for q in parts]
    return all(groups) and same_classification(groups)


def _breakdowns(text: str, quantities: list[Quantity], clauses: list[Clause],
                sentences: list[tuple[int, int]]) -> list[Relation]:
    """sum-of relations (and their part-of) after "trong đó", "gồm", a bracket or a colon."""
    relations = []
    overlapping = word_set("overlapping_categories")
    counted = [q for q in quantities if q.kind in ("count", "money") and not per_unit(text, q) and (
        q.role != "plan" or _SPLIT_PLAN.match(text, unit_end(text, q)))]  # "kế hoạch vốn … 386,42 tỷ đồng, cụ thể: …"
    for index, whole in enumerate(counted):
        if whole.head is None and whole.kind == "count":
            continue
        end = unit_end(text, whole)
        if index and counted[index - 1].head == whole.head and _JOINED_BY_AND.fullmatch(
                text, unit_end(text, counted[index - 1]), whole.start):
            continue  # "5 ủy viên nữ và 3 ủy viên trẻ tuổi chỉ gồm 6 người": what follows splits both, not the last
        # "385 hộ đạt danh hiệu các cấp (cấp tỉnh 12 hộ, …)": a few words about the counted may come first
        opened = _WORDS_THEN_BRACKET.match(text, end) if whole.kind == "count" else None
        if opened and _ANOTHER_ROLE.search(opened.group()):
            opened = None  # "… cho 450 hội viên (…)": the bracket may be of what the words name
        if end < len(text) and (text[end:end + 2].lstrip().startswith("(") or opened):
            bracket_start = text.index("(", end)
            close = text.find(")", bracket_start)
            if close != -1:
                parts = [q for q in counted[index + 1:] if bracket_start < q.start < close and whole.compatible(q)]
                inside = text[bracket_start + 1:close]
                others = [q for q in quantities if bracket_start < q.start < close and q not in parts
                          and not per_unit(text, q)]
                read = {q.start for q in quantities if bracket_start < q.start < close}
                if any(bracket_start + 1 + m.start() not in read for m in _LABELLED_NUMBER.finditer(inside)):
                    # "52 trường (mầm non 18, tiểu học 19, THCS 15)": a number after an acronym the reader took for no
                    # count is an item of the list still, unread: the parts read are not all of it
                    others.append(whole)
                # "(nam 70, nữ 82)": the levels of one classification are all of it, though "nữ" alone
                # would pick out a subset
                if len(parts) >= 2 and not others and re.search(r",|\bvà\b", inside) and not _COMPARISON.search(
                        inside) and not _LEFT_OUT.search(inside) and not _other_sorts(parts, whole, ("organisation",)) and (
                        not _PARTIAL.search(inside) or _levels_listed(inside, parts, text)) and (
                        not any(_mentions(q, text, overlapping)
                                                                             for q in parts)
                                                                     or same_classification([level_groups(q, text)
                                                                                             for q in parts])):
                    cue = Cue(bracket_start, bracket_start + 1, "(")
                    counted_first = _based_count(text, counted[:index], whole, parts)
                    # "52 đại biểu trúng cử trong tổng số 88 người ứng cử (18 nữ, 34 nam)": the bracket closes the
                    # clause of the count the base was named for, and splits that count, not its base
                    relations.append(Relation("sum-of", counted_first or whole, tuple(parts), explicit=True,
                                              exhaustive=True, cues=(cue,)))
                    continue
                levels = _bracketed_levels(text, whole, quantities, bracket_start, close,
                                           _end_of(sentences, whole.start))
                if levels is not None:
                    relations.append(levels)
                    continue
        match = _BREAKDOWN.match(text, end)
        if whole.kind == "count" and not (match and (match["marker"] or match["colon"])):
            # "787 tổ chức cơ sở đảng (tăng 11 so với năm 2011), trong đó, có 269 đảng bộ cơ sở, 518 chi bộ
            # cơ sở": an aside in brackets about the count, then its list
            aside = _ASIDE_THEN_LIST.match(text, end) or (_ASIDE_THEN_GOM.match(text, end) if whole.modifier is None
                                                           else None)  # (not "giảm 6 chi bộ (21,43%), gồm 18 chi bộ …")
            if aside:
                match = _BREAKDOWN.match(text, aside.end())
        marker = match["marker"] if match else None
        colon = bool(match and match["colon"])
        if not marker and not colon:
            late = _LATE_EXHAUSTIVE.match(text, end) if whole.kind == "count" else None
            if late and not late["colon"] and (late["marker"].lower().startswith("cụ") or any(
                    late.start("gap") <= q.start < late.end("gap") for q in quantities)):
                late = None  # "126 trẻ dưới 1 tuổi, gồm 64 …" (a number that is no quantity between); not "cụ thể"
            elif late and any(late.start("gap") <= q.start < late.end("gap") and q.kind in ("count", "money")
                              and not _another_noun(q, whole) for q in quantities):
                late = None  # "05 chi hội với tổng số 312 hội viên, cụ thể: …": the list is the nearer count's
            if late:
                # "Có 35 đảng viên tham gia góp ý, chia ra: khối Đảng 12 đồng chí, …": a few words
                # about the counted, then a breakdown announced with a colon
                sentence_end = _scope_end(text, sentences, whole.start)
                parts = _parts(text, whole, counted[index + 1:], late.end(), sentence_end)
                if len(parts) >= 2 and not _OTHERS.search(text, late.end(), sentence_end):
                    cue = Cue(late.start("marker"), late.end("marker"), late["marker"])
                    relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    continue
            far = _LATE_EXHAUSTIVE_FAR.match(text, end) if whole.kind == "count" and whole.head else None
            if far and not any(far.start("gap") <= q.start < far.end("gap") and (
                    q.kind == whole.kind or whole.compatible(q)) and not _another_noun(q, whole) for q in quantities):
                # "giải ngân cho 146 hội viên vay vốn, tổng dư nợ 9.870 triệu đồng; chia ra: chăn nuôi 58 hội viên, …":
                # the breakdown announced with a colon splits the one count of its kind before it
                sentence_end = _scope_end(text, sentences, whole.start)
                parts = _parts(text, whole, counted[index + 1:], far.end(), sentence_end)
                # (the parts may name kinds of the whole's noun: "46 hộ …; gồm: 18 hộ nghèo, 22 hộ cận nghèo")
                if len(parts) >= 2 and all(p.head and (whole.head.startswith(p.head) or p.head.startswith(whole.head + " "))
                                           for p in parts) and not _OTHERS.search(text, far.end(), sentence_end):
                    cue = Cue(far.start("marker"), far.end("marker"), far["marker"])
                    relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    continue
            rated = _LATE_LEVELS_COLON.match(text, end) if whole.kind == "count" and whole.noun_class == "person" else None
            if rated and not _EXAMPLES_CUE.search(rated["gap"]):
                # "Đánh giá, xếp loại đối với 55 công chức, viên chức trong biên chế: hoàn thành xuất sắc nhiệm vụ 11
                # người; …": more words about those rated, then the levels of one rating, each of the whole's kind
                sentence_end = _scope_end(text, sentences, whole.start)
                parts = _parts(text, whole, counted[index + 1:], rated.end(), sentence_end)
                if len(parts) >= 3 and all(p.noun_class == whole.noun_class for p in parts) and same_classification(
                        [level_groups(p, text) for p in parts]) and not _OTHERS.search(text, rated.end(), sentence_end):
                    cue = Cue(rated.end() - len(rated.group().lstrip().rstrip()) - 1, rated.end(), ":")
                    relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    continue
            colon_late = _LATE_COLON.match(text, end) if whole.kind == "count" and whole.head else None
            if colon_late and not _EXAMPLES_CUE.search(colon_late["gap"]):
                # "Cấp 1.150 thẻ BHYT cho các đối tượng: người nghèo 420 thẻ, người cận nghèo 310 thẻ, …": a few
                # words about the counted, a colon, and counts of the same noun, each named (a warning)
                sentence_end = _scope_end(text, sentences, whole.start)
                parts = _parts(text, whole, counted[index + 1:], colon_late.end(), sentence_end)
                if len(parts) >= 2 and not getattr(parts, "unread", False) and all(
                        p.head and whole.head.startswith(p.head) for p in parts) and not _OTHERS.search(
                        text, colon_late.end(), sentence_end) and not _remainder(text, parts[-1]):
                    cue = Cue(colon_late.end() - len(colon_late.group().lstrip().rstrip()) - 1, colon_late.end(), ":")
                    relations.append(Relation("sum-of", whole, tuple(parts), explicit=False, cues=(cue,)))
                    continue
            late = _LATE_SUBSET.match(text, end) if whole.kind == "count" else None
            if late and late["measure"] and any(late.start("measure") <= q.start < late.end("measure") and (
                    q.kind != "count" or q.noun_class in (None, whole.noun_class)) for q in quantities):
                late = None  # the figure between is not a measure of another kind: which one "trong đó" splits is unclear
            aside = None
            if late is None and whole.kind == "count" and whole.head:
                # "kết nạp 12 đảng viên mới (chỉ tiêu năm 25, đạt 48%), trong đó: nữ 07, …": an aside in brackets
                # about the count, then its subsets
                aside = _ASIDE_THEN_SUBSETS.match(text, end)
                late = _AFTER_ASIDE.match(text, aside.end()) if aside else None
            if late and late.group().rstrip().endswith(":"):
                # "45 đảng viên được đánh giá, trong đó: hoàn thành xuất sắc nhiệm vụ 8 đồng chí; …": a list
                sentence_end = _scope_end(text, sentences, whole.start)
                parts = _parts(text, whole, counted[index + 1:], late.end(), sentence_end)
                if len(parts) >= 2 and same_classification([level_groups(p, text) for p in parts]):
                    cue = Cue(late.start("marker"), late.end("marker"), late["marker"])
                    relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    continue
            if late:  # "Có 210 hộ được hỗ trợ, trong đó 230 hộ nghèo": each part ≤ the whole, never summed
                sentence_end = _scope_end(text, sentences, whole.start)
                parts = _parts(text, whole, counted[index + 1:], late.end(), _clause_stop(text, late.end(),
                                                                                          sentence_end))
                cue = Cue(late.start("marker"), late.end("marker"), late["marker"])
                listed = _kinds_past_semicolons(text, whole, parts, counted[index + 1:], late.end(), sentence_end)
                if listed:
                    # "toàn xã có 8 chi hội, trong đó 4 chi hội người Kinh; 5 chi hội người DTTS": the kinds of the
                    # whole's noun listed on past the ";", each of its own head: the list, read whole
                    relations.extend(_breakdown_relations(text, whole, listed, cue, overlapping))
                    continue
                if len(parts) >= 2 and whole.kind == "count" and whole.noun_class not in _MEASURES and all(
                        p.head == whole.head and p.unit.lower() != p.head for p in parts[:-1]) and parts[-1].head == whole.head:
                    # "64 phiên giao dịch việc làm, trong đó, 47 phiên online, 6 phiên trực tiếp và lưu động 8 phiên":
                    # kinds of the whole's own noun, each named, as after "trong đó" right behind the whole
                    relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    continue
                if len(parts) >= 2 and whole.kind == "count" and whole.noun_class not in _MEASURES and all(
                        p.head == whole.head for p in parts) and _named_before_each(text, late.end(), parts):
                    # "trao 86 hồ sơ đoàn viên ưu tú cho chi bộ, trong đó khối trường học là 30 đoàn viên, khối doanh
                    # nghiệp là 41 đoàn viên, …": the same kinds, each named before its number (a comma inside a name,
                    # "khối công chức, viên chức là 4 đoàn viên", is no item left without its number)
                    relations.extend(_breakdown_relations(text, whole, list(parts), cue, overlapping))
                    continue
                if whole.noun_class in _MEASURES and len(parts) >= 2 and all(p.head == whole.head for p in parts):
                    # "2.150 ha, đạt 101,4% kế hoạch (2.120 ha); trong đó lúa 1.420 ha, ngô 380 ha, rau màu 360 ha":
                    # kinds of one measure may leave some unsaid, but cannot pass the whole
                    relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    continue
                relations.extend(Relation("part-of", whole, (part,), explicit=True, cues=(cue,)) for part in parts
                                 if (part.noun_class is not None and part.noun_class == whole.noun_class or
                                     part.noun_class is None is whole.noun_class and part.kind == "count"
                                     and part.head and part.head == whole.head and whole.modifier is None
                                     and not _AND_ABOVE.match(text, unit_end(text, whole))) and (
                                     late.groupdict().get("kinds") is None or part.head and part.head.split()[0] == whole.head.split()[0]))
                # (after kinds listed with commas, "12 lớp tập huấn, hội thảo, trong đó 15 lượt cán bộ …", only a
                # count of the same noun is picked out of it; a noun the layer does not class, "4.685 DN, … trong đó
                # 4.235 DN …", is still the same noun)
                if aside and len(parts) >= 2 and all(p.bare for p in parts):
                    # "nữ 07, đoàn viên thanh niên 13": labelled subsets of the count, each ≤ it (read past an
                    # aside: a warning)
                    relations.extend(Relation("part-of", whole, (part,), explicit=False, cues=(cue,)) for part in parts)
                continue
            money = _LATE_SUBSET.match(text, end) if whole.kind == "money" else None
            if money and money["against"]:
                money = None  # "54,8 tỷ đồng, tăng 12% so với năm trước, trong đó: …": the sources named, not a split
            if money:
                # "Tổng giá trị … 55.722,974 triệu đồng, đạt 78,2% so với kế hoạch, trong đó: nông - lâm - thủy sản
                # 28.279,409 triệu đồng; …": an amount, its share of the plan, then the amounts it is made of
                parts = _parts(text, whole, counted[index + 1:], money.end(), _scope_end(text, sentences, whole.start))
                if len(parts) >= 2 and all(p.kind == "money" for p in parts):
                    cue = Cue(money.start("marker"), money.end("marker"), money["marker"])
                    if money.group().rstrip().endswith(":"):  # a list ("trong đó:"): its amounts cannot pass the whole
                        relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
                    else:  # "…; trong đó chi đầu tư 3.980 triệu đồng, chi thường xuyên 9.862 …": the main items only
                        relations.extend(Relation("part-of", whole, (part,), explicit=True, cues=(cue,))
                                         for part in parts)
                    continue
            relations.extend(_level_run(text, whole, counted[index + 1:], end, _scope_end(text, sentences, whole.start)))
            continue
        money_colon = not marker and whole.kind == "money"
        if money_colon and not (colon and match.start("colon") == _skip_spaces(text, end)):
            continue
        sentence_end = _scope_end(text, sentences, whole.start)
        if colon:
            stop = sentence_end
        else:
            stop = _clause_stop(text, match.end(), sentence_end)
        parts = _parts(text, whole, counted[index + 1:], match.end(), stop)
        if not parts:
            continue
        if marker and not colon and marker.strip().lower().startswith(("trong", "gồm", "bao gồm", "chia ra")):
            # "toàn xã có 8 chi hội, trong đó 4 chi hội người Kinh; 5 chi hội người DTTS": the list goes on past the ";"
            # (so does one after "gồm" with no colon: "tiếp nhận 37 đơn, gồm 21 đơn kiến nghị, phản ánh; 09 đơn …")
            parts = _kinds_past_semicolons(text, whole, parts, counted[index + 1:], match.end(), sentence_end) or parts
        if marker and ";" in text[end:match.start("marker")] and any(
                q.compatible(whole) and q.kind == whole.kind for q in counted[:index]
                if q.start >= sentence_start(sentences, whole.start)):
            continue  # "có mặt 28 đồng chí, vắng 2 đồng chí; trong đó …": which count it splits is not clear
        if marker and ";" in text[end:match.start("marker")]:
            whole = _planned_whole(text, whole, parts, quantities, sentences)
        if marker:
            cue = Cue(match.start("marker"), match.end("marker"), marker.strip())
        elif match["lead"]:  # "với các hình thức:", "như sau:"
            lead_start = match.start("lead") + len(match["lead"]) - len(match["lead"].lstrip())
            cue = Cue(lead_start, match.end("colon"), text[lead_start:match.end("colon")])
        else:
            cue = Cue(match.start("colon"), match.end("colon"), ":")
        if money_colon:
            # "đã chi 452,7 triệu đồng: xây mới 04 căn (240 triệu đồng), …": an amount then its uses after a colon,
            # with no word that they are all of it (a warning naming the amount)
            if len(parts) >= 2 and not getattr(parts, "unread", False) and all(p.kind == "money" for p in parts) \
                    and not _remainder(text, parts[-1]):
                relations.append(Relation("sum-of", whole, tuple(parts), explicit=False, cues=(cue,)))
            continue
        if not colon and not _EXHAUSTIVE.search(cue.text) and any(_LABEL_COLON.search(text, max(0, p.start - 3), p.start)
                                                                  for p in parts):
            # "trong đó khám BHYT: 3.718 lượt, trẻ em dưới 6 tuổi: 612 lượt": labelled subsets, each ≤ the whole
            relations.extend(Relation("part-of", whole, (part,), explicit=True, cues=(cue,)) for part in parts
                             if part.noun_class is not None)
            continue
        if colon:
            # "xếp loại 545 đảng viên (543 được đánh giá, 2 miễn đánh giá): hoàn thành xuất sắc …": the list after
            # the bracket's colon splits the count the bracket split, or one of the bracket's parts, not its last
            whole = bracket_split_whole(relations, whole, parts, text, match.start("colon")) or whole
        relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
    # "Trong đó:" opening the next sentence: the whole is the last count of the sentence before;
    # "…; các hình thức kỷ luật gồm …" opening a clause: the count of the clauses before it.
    openings = [(s_start, s_end, sentences[s_index - 1][0], False)
                for s_index, (s_start, s_end) in enumerate(sentences[1:], start=1)]
    if "hình thức" in text:
        openings += [(c.start + len(text[c.start:c.end]) - len(text[c.start:c.end].lstrip()),
                      _end_of(sentences, c.start), sentence_start(sentences, c.start), True)
                     for c in clauses if c.opener == ";"]
    for s_start, s_end, previous_start, in_sentence in openings:
        opening = (_CLAUSE_BREAKDOWN if in_sentence else NEXT_SENTENCE_BREAKDOWN).match(text, s_start, s_end)
        if not opening:
            continue
        split_plan = not in_sentence and SPLIT_OPENING.match(opening.group())
        before = [q for q in (quantities if split_plan else counted) if previous_start <= q.start < s_start
                  and q.head is not None and q.kind in ("count", "money") and not per_unit(text, q)
                  and (q.role != "plan" or split_plan) and not in_bracket(text, previous_start, q.start)]
        if not before and not in_sentence and opening.group().lower().startswith("trong"):
            # "Có 9/15 ứng cử viên đã trúng cử. Trong đó, có 2 đại biểu nữ, …": those the one ratio of the sentence
            # before counted (its shares may be of either number: the share rule weighs both)
            ratios = [q for q in quantities if previous_start <= q.start < s_start and q.kind == "ratio" and q.head
                      and q.total and 0 < q.value <= q.total and not in_bracket(text, previous_start, q.start)]
            if len(ratios) == 1 and not any(previous_start <= q.start < s_start and q.kind in ("count", "money")
                                            for q in quantities):
                before = [replace(ratios[0], kind="count", total=None, text=ratios[0].text.split("/")[0].strip())]
        wholes = [q for q in before if q.role == "whole"]
        by_kind = len(before) > 1 and not in_sentence and opening.group().lower().startswith("trong")
        if not in_sentence and _split_another(quantities, counted, previous_start, s_start, opening.end(), s_end, (
                wholes[0] if wholes else before[0]) if before and (len(before) == 1 or len(wholes) == 1) else None):
            continue
        if not before or len(before) > 1 and len(wholes) != 1:
            if by_kind:
                relations.extend(_subsets_by_kind(text, counted, before, opening, s_end))
            continue  # which count of the sentence before is meant is not clear
        whole = wholes[0] if wholes else before[0]
        parts = _parts(text, whole, [q for q in counted if q.start >= s_start], opening.end(), s_end)
        # "Trong đó, 12 trường mầm non, gồm 5 …, 3 … và 4 …; 18 trường tiểu học, gồm 9 …, 9 …": the counts that split
        # one of the parts are its own, not more parts of the whole
        nested = {id(p) for r in relations if r.kind in ("sum-of", "part-of") and any(r.whole is q for q in parts)
                  for p in r.parts if p is not r.whole}
        if nested:
            parts = [p for p in parts if id(p) not in nested]
        if whole.text != text[whole.start:whole.end] and any(p.value > whole.value for p in parts):
            continue  # "Có 10/45 chi bộ … Trong đó, 20 chi bộ …": of the 45, those the ratio left out
        if by_kind:  # "có 81 tổ chức và hơn 6.000 đảng viên bị kỷ luật. Trong đó, … 7 đảng viên": the other kinds'
            relations.extend(r for r in _subsets_by_kind(text, counted, before, opening, s_end)
                             if r.whole is not whole or not parts)
            if not parts:
                continue
        cue = Cue(s_start, s_start + len(opening.group().rstrip(" :")), opening.group().strip(" :"))
        if opening["label"] and not same_classification([level_groups(p, text) for p in parts]):
            continue  # "Hình thức: …" opens a breakdown only into the levels of one classification
        relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
    if "/" in text:
        relations.extend(_all_of_a_ratio_listed(text, quantities, counted, sentences, overlapping))
        relations.extend(_ratio_split(text, quantities, counted, sentences, overlapping))
    if "số" in text or "Số" in text:
        relations.extend(_named_breakdowns(text, counted, sentences, overlapping))
    if "cộng" in text or "tổng số" in text:
        relations.extend(_totals_after(text, counted, sentences))
    return [_subset_of_level(text, quantities, sentences, r) for r in relations]


# between a level and the change told of it: its noun and a comma ("412 đồng chí, tăng 17 đồng chí")
_LEVEL_THEN_CHANGE = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*,\s*$")


def _ratio_split(text: str, quantities: list[Quantity], counted: list[Quantity], sentences: list[tuple[int, int]],
                 overlapping: frozenset[str]) -> list[Relation]:
    """"kết quả đánh giá 16/16 chi hội: 9 chi hội hoàn thành xuất sắc nhiệm vụ, 5 …", "(3.880/4.000 tấn), chia ra: lúa
    3.120 tấn, ngô 640 tấn, …": a ratio whose part is split right after it, by a colon into the levels of one
    classification (a level each) or by a word of resources/exhaustive_markers.txt: the part (those rated, the amount
    reached) is the whole of the breakdown. Not when the list says others are left ("còn lại"), and after a colon
    alone, which may list the top levels only, only more than the part is wrong."""
    relations = []
    for ratio in quantities:
        if ratio.kind != "ratio" or not ratio.head or not ratio.total or not 0 < ratio.value <= ratio.total:
            continue
        opening = _RATIO_THEN_SPLIT.match(text, unit_end(text, ratio))
        if opening is None:
            continue
        numerator = replace(ratio, kind="count", total=None, end=ratio.start + ratio.text.index("/"),
                            text=ratio.text.split("/")[0].strip())
        later = [q for q in counted if q.start >= opening.end()]
        # (past the bracket the ratio may stand in: the list after it is its own)
        parts = _parts(text, numerator, later, opening.end(), _end_of(sentences, ratio.start))
        if len(parts) < 2 or not all(numerator.compatible(p) and p.head == ratio.head for p in parts):
            continue
        groups = [level_groups(p, text) for p in parts]
        if opening["marker"] is None and not (same_classification(groups) and any(
                distinct_levels(parts, text, group) for group in frozenset.intersection(*groups))):
            continue  # a colon alone opens a split only into the levels of one classification, a level each
        if _OTHERS.search(text, opening.end(), _end_of(sentences, ratio.start)):
            continue  # "9 chi hội …, 5 chi hội …, còn lại hoàn thành nhiệm vụ": the levels listed are not all of it
        cue = Cue(opening.start("cue"), opening.end("cue"), opening["cue"])
        split = _breakdown_relations(text, numerator, parts, cue, overlapping)
        if opening["marker"] is None:
            # "16/16 chi hội: 9 chi hội hoàn thành xuất sắc nhiệm vụ, 5 chi hội hoàn thành tốt nhiệm vụ (…)": a colon
            # alone may list the top levels only; more than the part is wrong, fewer is the rest left unsaid
            split = [replace(r, open_ended=True) if r.kind == "sum-of" else r for r in split]
        relations.extend(split)
    return relations


# after a ratio and its noun (and the bracket it stands in): a colon, or a word that says the list is all of it
_RATIO_THEN_SPLIT = re.compile(r"\)?\s*,?\s*(?P<cue>(?P<marker>" + _EXHAUSTIVE_MARKERS + r")?\s*:)\s*", re.IGNORECASE)


def _subset_of_level(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                     relation: Relation) -> Relation:
    """"Có 412 đảng viên, tăng 17 đồng chí so với đầu năm; trong đó 148 đảng viên nữ": a subset picked out after a
    level and the change told of it is of the level (the stock), not of the change, which is no set of people."""
    whole = relation.whole
    if relation.kind != "part-of" or whole.modifier != "change":
        return relation
    s_start = sentence_start(sentences, whole.start)
    earlier = [q for q in quantities if s_start <= q.start and q.end <= whole.start]
    level = _level_before(text, earlier, whole)
    if level is None or level.modifier is not None or not _LEVEL_THEN_CHANGE.search(
            text, level.end, whole.modifier_cue.start if whole.modifier_cue else whole.start):
        return relation
    return Relation("part-of", level, relation.parts, explicit=relation.explicit, cues=relation.cues)


# "51/51 chi bộ được đánh giá, xếp loại, đạt 100%; trong đó:": a few words about those counted, perhaps their share,
# then a list after "trong đó:"
_RATIO_THEN_LIST = re.compile(r"(?:\s*,?\s*[^\W\d_]+){0,8}?(?:\s*,\s*(?:đạt|bằng)(?:\s+t[ỷỉ]\s+lệ)?\s+\d+(?:,\d+)?\s*%)?"
                              r"\s*[,;]\s*(?P<marker>trong\s+(?:số\s+)?đó)\s*:\s*", re.IGNORECASE)


def _all_of_a_ratio_listed(text: str, quantities: list[Quantity], counted: list[Quantity],
                           sentences: list[tuple[int, int]], overlapping: frozenset[str]) -> list[Relation]:
    """"có 51/51 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 8, chiếm 15,69%; …": a ratio
    of all of its total (every one of them rated, examined) is a count of them, split by the levels of one
    classification listed after "trong đó:" like any count's. Only all of the total: of "45/52 chi bộ" the levels may
    be shares of the 45 or of the 52, and which one the writer took is not written."""
    relations: list[Relation] = []
    for ratio in quantities:
        if ratio.kind != "ratio" or not ratio.head or not ratio.total or ratio.value != ratio.total:
            continue
        opening = _RATIO_THEN_LIST.match(text, unit_end(text, ratio))
        if opening is None:
            continue
        whole = replace(ratio, kind="count", total=None, text=ratio.text.split("/")[0].strip())  # (its span the ratio's)
        parts = _parts(text, whole, [q for q in counted if q.start > ratio.end], opening.end(),
                       _scope_end(text, sentences, ratio.start))
        if len(parts) >= 2 and all(p.kind == "count" for p in parts) and same_classification(
                [level_groups(p, text) for p in parts]):
            cue = Cue(opening.start("marker"), opening.end("marker"), opening["marker"])
            relations.extend(_breakdown_relations(text, whole, parts, cue, overlapping))
    return relations


def _split_another(quantities: list[Quantity], counted: list[Quantity], previous_start: int, s_start: int,
                   listed_start: int, s_end: int, whole: Quantity | None) -> bool:
    """"làm mới 105 “Nhà đại đoàn kết”; sửa chữa 02 nhà … Trong đó có 47 nhà …, 05 nhà …, 53 nhà …": the counts after
    "Trong đó" add up exactly to a count of the sentence before other than the one the opening would take (of their
    noun, or of a noun the reader could not read, in quotes): they split that count, not the nearest."""
    listed = [q for q in counted if listed_start <= q.start < s_end and q.kind == "count"]
    if len(listed) < 2:
        return False
    total = sum(q.value for q in listed)
    return any(q is not whole and q.kind == "count" and abs(q.value - total) < 1e-9
               and (q.head is None or all(q.compatible(p) for p in listed))
               for q in quantities if previous_start <= q.start < s_start)


def _subsets_by_kind(text: str, counted: list[Quantity], before: list[Quantity], opening: re.Match,
                     s_end: int) -> list[Relation]:
    """"… kiểm tra 855 tổ chức đảng và 3.508 đảng viên. Trong đó UBKT Trung ương kiểm tra 9 tổ chức đảng và 15 đảng
    viên, …": counts of several kinds before "Trong đó", one of each kind; each count of the opening clause is part
    of the one of its own kind (inferred by the kind: a warning naming it)."""
    classes = [q.noun_class for q in before]
    if None in classes or len(set(classes)) != len(classes):
        return []
    start = opening.end() + len(re.match(r"[\s,]*", text[opening.end():s_end]).group())  # "Trong đó, …"
    stop = next((start + m.start() for m in re.finditer(r"[,;:(]", text[start:s_end])), s_end)
    cue = Cue(opening.start(), opening.start() + len(opening.group().rstrip(" :,")), opening.group().strip(" :,"))
    whole_of = {q.noun_class: q for q in before}
    return [Relation("part-of", whole_of[q.noun_class], (q,), explicit=False, cues=(cue,))
            for q in counted if start <= q.start < stop and q.noun_class in whole_of
            and q.kind == whole_of[q.noun_class].kind]


_TOTAL_AFTER = re.compile(r"[;,(]\s*(?:(?:tổng\s+cộng|cộng|tổng\s+số)(?:\s+(?:là|có|lại|chung))?\s*:?\s*)$", re.IGNORECASE)


def _totals_after(text: str, counted: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"12 chi bộ hoàn thành xuất sắc nhiệm vụ, 38 chi bộ …, 8 chi bộ …; tổng cộng 57 chi bộ":
    a total written after its parts (the counts of its kind since the clause's colon or the
    sentence's start)."""
    relations = []
    for index, whole in enumerate(counted):
        cue = _TOTAL_AFTER.search(text, max(0, whole.start - 25), whole.start)
        if cue is None or whole.kind != "count" or whole.noun_class is None:
            continue
        start = sentence_start(sentences, whole.start)
        colon = text.rfind(":", start, cue.start())
        start = colon + 1 if colon != -1 else start
        parts = [q for q in counted[:index] if q.start >= start]
        if len(parts) < 2 or not all(whole.compatible(p) and (p.bare or heads_agree(whole.head, p.head)) for p in parts):
            continue
        if any(c.isdigit() for c in _COMPARISON.findall(text[start:whole.start])) or _COMPARISON.search(
                text[start:cue.start()]):
            continue
        relations.append(Relation("sum-of", whole, tuple(parts), explicit=True, exhaustive=True,
                                  cues=(Cue(cue.start(), cue.end(), cue.group().strip(" ;,(:")),)))
    return relations


_NAMED_BREAKDOWN = re.compile(
    r"(?:Số|Tổng\s+số)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s+(?:nói\s+trên\s+|này\s+)?"
    r"(?P<marker>chia\s+ra|bao\s+gồm|gồm|cụ\s+thể|phân\s+theo(?:\s+[^\W\d_]+){1,4}|theo(?:\s+[^\W\d_]+){1,4})"
    r"\s*:\s*", re.IGNORECASE)


def _named_breakdowns(text: str, counted: list[Quantity], sentences: list[tuple[int, int]],
                      overlapping: frozenset[str]) -> list[Relation]:
    """"… kết nạp 47 đảng viên … Số đảng viên mới chia ra: khối khu dân cư 21, khối trường
    học 12, …": a sentence that names the noun it breaks down refers to the nearest earlier
    count of that noun in the paragraph (an inferred whole: a warning names it)."""
    relations = []
    for s_start, s_end in sentences[1:]:
        opening = _NAMED_BREAKDOWN.match(text, s_start, s_end)
        if not opening:
            continue
        from .reader import head_of
        head = head_of(opening["noun"])[0]
        wholes = [q for q in counted if q.start < s_start and q.head == head and q.role != "plan"
                  and not in_bracket(text, sentence_start(sentences, q.start), q.start)]
        if not wholes or head is None:
            continue
        whole = wholes[-1]
        parts = _parts(text, whole, [q for q in counted if q.start >= opening.end()], opening.end(), s_end)
        if len(parts) < 2 or getattr(parts, "unread", False) or any(p.value > whole.value for p in parts):
            continue
        cue = Cue(s_start + opening.start("marker") - opening.start(), s_start + opening.end("marker") - opening.start(),
                  opening["marker"])
        if _remainder(text, parts[-1]) or any(_mentions(p, text, overlapping) for p in parts):
            continue
        levels = same_classification([level_groups(p, text) for p in parts])
        relations.append(Relation("sum-of", whole, tuple(parts), explicit=False, exhaustive=True, cues=(cue,),
                                  levels=levels))
    return relations


def _level_run(text: str, whole: Quantity, following: list[Quantity], end: int, sentence_end: int
               ) -> list[Relation]:
    """"Tổng số đảng viên là 52 đồng chí; chính thức 48 đồng chí, dự bị 3 đồng chí": right
    after a counted whole, with no marker, the levels of one classification (each named,
    separated by "," or ";") split it."""
    if whole.role != "whole" or whole.kind != "count" or not re.match(r"\s*[,;]", text[end:end + 3]):
        return []
    parts: list[Quantity] = []
    last = end
    for candidate in following:
        if candidate.start >= sentence_end or candidate.kind != "count" or not whole.compatible(candidate):
            break
        gap = re.sub(r"\([^()]*%\s*\)", "", text[last:candidate.start])  # "tán thành 40 (88,9%), …"
        if len(gap) > 40 or any(c.isdigit() for c in gap) or _COMPARISON.search(gap) or "(" in gap \
                or _SUBSET_AFTER.search(gap):
            break  # "…, khai trừ 1 (trong đó, Chi ủy khiển trách 2, …)": a nested breakdown, not more levels
        parts.append(candidate)
        last = unit_end(text, candidate)
    groups = [level_groups(p, text) for p in parts]
    if len(parts) < 2 or not same_classification(groups) or not _distinct_levels(text, parts, before=True):
        return []  # "cấp huyện 98 hộ và 483 hộ giỏi cấp xã": one level ("giỏi") of counts sorted another way
    own = phrase_levels(text[whole.end:end].lower(), True) or level_groups(whole, text)
    if own and same_classification([own, *groups]):
        return []  # "có 5.486 đảng viên bị khiển trách; 1.057 đảng viên bị cảnh cáo; …": the first level, no whole
    cue = Cue(end, end + 1, text[end:end + 1].strip() or ",")
    return [Relation("sum-of", whole, tuple(parts), explicit=True, exhaustive=True, cues=(cue,), levels=True)]


def _planned_whole(text: str, whole: Quantity, parts, quantities: list[Quantity],
                   sentences: list[tuple[int, int]]) -> Quantity:
    """"giao chỉ tiêu 740 thanh niên chính thức và 48 thanh niên dự phòng; trong đó 658 … và 82 …": a plan of the
    same noun told before the nearest count, in the clause "; trong đó" closes, may be the count it splits (the plan
    is no candidate of the other counts, so the guard against two counts before the ";" does not see it). The list is
    of the one its parts fit in: the nearest at or above their sum; above them all, the largest (a slip either way)."""
    floor = sentence_start(sentences, whole.start)
    planned = [q for q in quantities if q.role == "plan" and floor <= q.start < whole.start and q.kind == whole.kind
               and whole.compatible(q) and ";" not in text[q.end:whole.start]]
    if not planned:
        return whole
    total = sum(p.value for p in parts)
    candidates = (whole, *planned)
    fitting = [c for c in candidates if c.value >= total]
    return min(fitting, key=lambda c: c.value - total) if fitting else max(candidates, key=lambda c: c.value)


def bracket_split_whole(relations, whole: Quantity, parts, text: str, colon: int) -> Quantity | None:
    """The whole of a list announced after "(…):" when the count before the colon is a part of a
    bracketed split ("545 đảng viên (543 được đánh giá, 2 miễn đánh giá):"): the split count or
    the bracket's part whose value the list adds up to; when none, the nearest of them (the list
    is of one of them, so a sum that matches none is a slip). None when it is no such count."""
    if ")" not in text[whole.end:colon]:
        return None
    split = next((r for r in relations if r.kind == "sum-of" and r.cues and r.cues[0].text == "("
                  and any(p is whole for p in r.parts) and ")" not in text[r.cues[0].start:whole.start]), None)
    if split is None:
        return None
    candidates = (split.whole, *split.parts)
    total = sum(p.value for p in parts)
    return min(candidates, key=lambda c: (abs(c.value - total), c is not split.whole))


def _outer_items(text: str, parts: list[Quantity]) -> list[Quantity]:
    """"Trong đó, 18 trường mầm non, gồm 9 …, 3 … và 6 …; 23 trường tiểu học, gồm 14 …, 9 …": an item that opens a
    list of its own ("gồm") holds the counts after it up to the next ";" - the items of the list are 18 and 23."""
    kept: list[Quantity] = []
    inside = False
    for index, part in enumerate(parts):
        if inside and ";" in text[parts[index - 1].end:part.start]:
            inside = False
        if inside:
            continue
        kept.append(part)
        following = parts[index + 1] if index + 1 < len(parts) else None
        if following is not None and _OWN_LIST.match(text, unit_end(text, part), following.start):
            inside = True
    if len(kept) == len(parts):
        return parts
    return _Parts(kept, unread=getattr(parts, "unread", False))


_OWN_LIST = re.compile(r"[^;:\d()]{0,60}?(?:\([^()]*\))?[^;:\d()]{0,20}?,?\s*(?:bao\s+gồm|gồm)\s*:?\s*", re.IGNORECASE)


# the upper grades of a rating, those a "trong đó" picks out as the best of a whole
_UPPER_GRADE = re.compile(r"(?:hoàn\s+thành\s+)?(?:xuất\s+sắc|tốt)(?:\s+nhiệm\s+vụ)?|giỏi|khá|dẫn\s+đầu|tiêu\s+biểu|"
                          r"(?:trong\s+sạch,?\s+)?vững\s+mạnh(?:\s+(?:xuất\s+sắc|tiêu\s+biểu))?")
_FAILING = re.compile(r"(?<!\w)(?:yếu|kém|không\s+hoàn\s+thành|không\s+đạt|chưa\s+đạt)(?!\w)")


def _top_grades_only(text: str, parts: list[Quantity], cue: Cue) -> bool:
    """"Tốt nghiệp 2.298 em; trong đó loại giỏi 611 em, loại khá 1.024 em": after "trong đó", the upper grades of a
    rating scale alone pick out the best of the whole, the lower ones left unsaid; a list that names a lower grade
    ("xuất sắc 5, tốt 30, hoàn thành 10") names every level it has."""
    if not _PARTIAL.fullmatch(cue.text.strip()):
        return False
    levels = classification_levels()
    groups = frozenset.intersection(*(level_groups(p, text) for p in parts))
    if not any(_FAILING.search(level) for group in groups for level in levels[group]):
        return False  # (no rating: votes, presence, forms of discipline)
    named = [_level_named(text, p, [level for group in groups for level in levels[group]]) for p in parts]
    return all(name is not None and _UPPER_GRADE.fullmatch(name) for name in named)


def _level_named(text: str, part: Quantity, scale: list[str]) -> str | None:
    """The longest level of the scale a part names: in its label, else the words after it up to the next figure or
    separator, else those before it."""
    phrases = [part.label.lower()] if part.label else [
        re.split(r"[,;(\d]|\.\s", text[part.end:part.end + 60].lower())[0],
        re.split(r"[,;:(]|\btrong đó\b|\bgồm\b", text[max(0, part.start - 50):part.start].lower())[-1]]
    for phrase in phrases:
        found = [level for level in scale if re.search(rf"(?<!\w){re.escape(level)}(?!\w)", phrase)]
        if found:
            return max(found, key=len)
    return None


def _within_the_rated_whole(text: str, whole: Quantity, parts: list[Quantity], cue: Cue) -> list[Quantity]:
    """"30 công đoàn cơ sở hoàn thành tốt nhiệm vụ, trong đó 9 … hoàn thành xuất sắc nhiệm vụ; 4 công đoàn cơ sở hoàn
    thành nhiệm vụ": a whole that is itself a level of a rating holds the grades picked out of it up to the ";" —
    the level after it is the whole's sibling, another grade of the same rating."""
    if whole.kind != "count" or not _PARTIAL.fullmatch(cue.text.strip()) or len(parts) < 2:
        return parts
    own = level_groups(whole, text)
    if not own:
        return parts
    for index in range(1, len(parts)):
        if ";" in text[parts[index - 1].end:parts[index].start] and own & level_groups(parts[index], text):
            return parts[:index]
    return parts


def names_non_voters(text: str, whole: Quantity) -> bool:
    """The count names people who cast no vote (resources/guests.txt: the invited, and those with no vote): its noun,
    or the words right after it up to the clause's end ("2 đại biểu khách mời", "3 đồng chí không có quyền biểu quyết")."""
    stop = _NON_VOTER_STOP.search(text, unit_end(text, whole), unit_end(text, whole) + 40)
    named = " ".join(text[whole.start:stop.start() if stop else unit_end(text, whole) + 40].lower().split())
    return any(words in named for words in _non_voters())


@lru_cache(maxsize=1)
def _non_voters() -> frozenset[str]:
    return frozenset(w.lower() for w, kind in word_pairs("guests") if kind in ("invited", "no vote"))


_NON_VOTER_STOP = re.compile(r"[,;:.()\n]")


def _breakdown_relations(text: str, whole: Quantity, parts: list[Quantity], cue: Cue,
                         overlapping: frozenset[str]) -> list[Relation]:
    if names_non_voters(text, whole) and vote_levels(parts, text):
        # "(có mặt 15 đại biểu, trong đó có 2 đại biểu khách mời): 11 tán thành, 1 …": the guests are the one
        # group in the room that casts no vote; the levels are of the voters, never of them
        return []
    if whole.head == "phiếu" and all(_CANDIDATE_VOTES.search(text, max(0, p.start - 50), p.start) for p in parts):
        # "(tỷ lệ tính trên số phiếu thu về là 45 phiếu): đồng chí A đạt 41 phiếu; đồng chí B đạt 39 phiếu": each
        # candidate's votes, of ballots that name several candidates each, never parts of them
        return []
    if _other_sorts(parts, whole, ("item", "organisation")):
        # "3 quyết định công bố danh mục thủ tục hành chính, gồm 12 thủ tục mới, …": "item" gathers things of every
        # sort (decisions, procedures, models, plans); a list of another of them is not what the whole counted. "hợp
        # nhất 3 đảng bộ xã: Hòa Phong (11 chi bộ, …)": organisations of another level are the units of each
        return []
    parts = _outer_items(text, parts)
    parts = _within_the_rated_whole(text, whole, parts, cue)
    if not parts:
        return []
    # the whole's own noun is no property that picks out some of it ("76 đoàn viên ưu tú …, trong đó khối trường học
    # có 5 đoàn viên")
    overlapping = overlapping - frozenset(phrase for phrase in overlapping if f" {phrase} " in f" {whole.head or ''} ")
    # a bare number after a label in the list ("dân tộc thiểu số 48") counts the whole's noun too, and so does the
    # whole's own noun unclassed ("15 đội dân phòng, trong đó 12 đội …")
    relations = [Relation("part-of", whole, (part,), explicit=True, cues=(cue,)) for part in parts
                 if part.noun_class is not None or part.head is not None and part.head == whole.head
                 or part.bare and (level_group(part, text) is not None
                                                                  or whole.kind == "count" and whole.head is not None)]
    if len(parts) < 2 or getattr(parts, "unread", False):
        return relations
    nested = {i for i in range(1, len(parts))
              if not _LIST_SEPARATOR.search(text, parts[i - 1].end, parts[i].start)
              or parts[i - 1].event is None and (
                  _DONE_OF_IT.fullmatch(text, unit_end(text, parts[i - 1]), parts[i].start)
                  or not _EXHAUSTIVE.search(cue.text)
                  and _DONE_OF_IT_AFTER_DA.fullmatch(text, unit_end(text, parts[i - 1]), parts[i].start))}
    if nested:
        # "trong đó 198 đơn thuộc thẩm quyền đã giải quyết 192 đơn": a count after the one before with no separator
        # between is of that one (what was done of it), not the next item of a list to add up; so is one after a
        # comma told by the act of settling ("246 đơn thuộc thẩm quyền, đã giải quyết 231 đơn"; not after a count told by
        # an act of its own: "thụ lý 402 vụ, giải quyết 398 vụ; …" lists each kind's two acts)
        kept = [r for r in relations if not any(r.parts[0] is parts[i] for i in nested)]
        return kept + [Relation("part-of", parts[i - 1], (parts[i],), explicit=True, cues=(cue,)) for i in sorted(nested)
                       if parts[i].value <= parts[i - 1].value]
    events = [p.event for p in parts]
    if whole.kind == "count" and len(set(events)) > 1 and None not in events and all(
            events.count(event) > 1 for event in events):
        # "Trong đó, án hình sự: thụ lý 402 vụ, giải quyết 398 vụ; án dân sự: thụ lý 988 vụ, giải quyết 912 vụ": each
        # kind told by the same acts again; the split of the whole is the counts of its own act, if it has one, else
        # none (not an amount's uses, "gồm: chi hoạt động 312 triệu đồng; …; khen thưởng 96 triệu đồng; chi khác …")
        own = [p for p in parts if whole.event is not None and p.event == whole.event]
        if len(own) < 2:
            return relations
        parts = own
    levels = same_classification([level_groups(p, text) for p in parts]) and not any(
        "trở lên" in text[p.end:p.end + 60].split(",")[0] or "trở lên" in p.label for p in parts) \
        and _distinct_levels(text, parts, before=True)  # (not "52 em đạt học sinh giỏi cấp huyện, 11 em … giỏi cấp tỉnh")
    listed_all = bool(_EXHAUSTIVE.search(cue.text))  # "gồm": the author says these are all of it
    # "…, đảng viên khác 6 đồng chí": a last item for the rest makes the list all of it
    rest = _REST_ITEM.search(text, unit_end(text, parts[-2]), parts[-1].start)
    listed_all = listed_all or rest is not None
    if not levels and any((_mentions(p, text, overlapping) or p.head is None) and not listed_all for p in parts):
        return relations  # subsets by a property ("18 nữ, 7 người dân tộc thiểu số"): never summed
    # (the top grades alone stay levels, not all of the whole: short of it is no slip, more than it is)
    exhaustive = levels and not _top_grades_only(text, parts, cue) or (
        bool(_EXHAUSTIVE.search(cue.text)) or rest is not None) and not _remainder(text, parts[-1])
    if not exhaustive and not levels and not all(_kind_of(p, whole) or cue.text == ":" and heads_agree(whole.head, p.head)
                                  for p in parts):
        # "44 đảng viên, trong đó có 2 đảng ủy viên, 1 chi ủy viên": subsets; but after a colon the
        # whole's noun counted by its classifier lists it ("14 đảng viên mới: chi bộ thôn 7 đồng chí, …")
        return relations
    if not exhaustive and not levels and any(re.match(r"\s+(?:là|có)\b", text[unit_end(text, p):]) for p in parts):
        # "trong đó 15 đảng viên là cán bộ hưu trí, 8 đảng viên là cựu chiến binh", "61 người có trình độ đại học,
        # 24 người có trình độ cao cấp lý luận chính trị": subsets by a property
        return relations
    if not exhaustive and not levels and re.match(r"[\s,;]*(?:còn lại|số còn lại|và các|cùng)", text[unit_end(text, parts[-1]):]):
        return relations  # "…, còn lại là …": partial by its own words
    # "…; Đạ Huoai 410 suất và một số đơn vị khác": the rest named without its figure; short of the whole is no slip
    open_ended = not exhaustive and bool(_UNSAID_REST.match(text, unit_end(text, parts[-1])) or _unnumbered_last(
        text, whole, parts[-1]))
    relations.append(Relation("sum-of", whole, tuple(parts), explicit=True, exhaustive=exhaustive, cues=(cue,),
                              levels=levels, open_ended=open_ended))
    return relations


def _unnumbered_last(text: str, whole: Quantity, last: Quantity) -> bool:
    """"12 đội tham gia, trong đó có 08 đội bóng thôn, 03 đội bóng trường học và đội Công đoàn xã": the list ends with
    an item of the whole's own noun told with no number (one of it, or some), so the numbers told add up to less."""
    if whole.kind != "count" or not whole.head:
        return False
    end = unit_end(text, last)
    item = _NO_NUMBER_ITEM.match(text, end)
    return bool(item) and re.match(re.escape(whole.head) + r"(?!\w)", text[item.end():], re.IGNORECASE) is not None \
        and not any(
        c.isdigit() for c in re.split(r"[.;:(](?:\s|$)", text[end:end + 120])[0])


# (the last part's own words may come first: "3 đội của khối trường học, cùng đội …")
_NO_NUMBER_ITEM = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*(?:,\s*(?:(?:và|cùng)\s+)?|\s(?:và|cùng)\s+)"
                             r"(?:(?:các|những|một\s+số)\s+)?", re.IGNORECASE)


# "từ 3 sao trở lên": a threshold, whatever its noun, no count of anything
_AND_ABOVE = re.compile(r"\s*trở\s+(?:lên|xuống)(?!\w)", re.IGNORECASE)
_DONE_OF_IT = re.compile(r"\s*,\s*(?:(?:đã|và)\s+)?(?:" + alternation(word_list("done_of_it_verbs"))
                         + r")(?:\s+xong)?(?:\s+được)?\s*", re.IGNORECASE)
# (and in a list the text does not call all of it, any act "đã …" told of the count after the item: "trong đó 18 hồ sơ
# đủ điều kiện, đã xét 15 hồ sơ", "ngân sách tỉnh 300 triệu đồng, đã giải ngân 250 triệu đồng")
_DONE_OF_IT_AFTER_DA = re.compile(r"\s*,\s*đã\s+(?:[^\W\d_]+\s+){1,3}", re.IGNORECASE)
_UNSAID_REST = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*[,;]?\s*(?:và|cùng)\s+(?:[^\W\d_]+\s+){0,5}?khác(?!\w)|"
                          r"\s*(?:,\s*)?(?:…|\.\.\.|v\.v)", re.IGNORECASE)


# "… giao chỉ tiêu kết nạp 1.250 đảng viên mới. Cụ thể: …": a sentence that splits the one before, plan or not
SPLIT_OPENING = re.compile(r"(?:Cụ\s+thể|Bao\s+gồm|Gồm|Chia\s+ra|Phân\s+ra)\b", re.IGNORECASE)
_CANDIDATE_VOTES = re.compile(r"(?i:đồng\s+chí|đ/c|ông|bà)\s+(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,4}(?:(?i:đạt|được|nhận)\s+|:\s*)$")
# a plan split into its items with a word that they are all of it
_SPLIT_PLAN = re.compile(r"\s*[,;]?\s*(?:cụ\s+thể|bao\s+gồm|gồm|chia\s+ra)\s*:", re.IGNORECASE)


# an item's name before its number: a few words, then "là", "có", "đã có" or ":" ("khối trường học là 30 đoàn viên")
_ITEM_NAME = re.compile(r"[\s,;]*(?:và\s+)?(?P<name>[^\W\d_]+(?:,?[ \t]+\w+){0,5})\s*(?:(?:đã\s+)?(?:là|có)|:)?\s*",
                        re.IGNORECASE)


def _named_before_each(text: str, start: int, parts: list[Quantity]) -> bool:
    """Each part of a list opens with its own name, the names all different ("cấp tỉnh 29 nông dân, cấp huyện 89 nông
    dân", "các phường là 79 đoàn viên, khối lực lượng vũ trang là 6 đoàn viên"): kinds of the whole told one by one,
    not properties of some of it told after their numbers ("18 đảng viên nữ")."""
    names = []
    for index, part in enumerate(parts):
        opening = start if index == 0 else unit_end(text, parts[index - 1])
        found = _ITEM_NAME.fullmatch(text, opening, part.start)
        if found is None:
            return False
        names.append(found["name"].lower())
    return len(set(names)) == len(names)


def _another_noun(q: Quantity, whole: Quantity) -> bool:
    """"27 cuộc truyền thông với 1.960 lượt hội viên …, gồm: …": a count of another known noun between a whole
    and its list does not take the list (the parts must then all be of the whole's noun)."""
    return q.kind == "count" and whole.kind == "count" and q.role != "whole" and bool(
        q.head and whole.head and q.noun_class) and not (
        heads_agree(q.head, whole.head) or heads_agree(whole.head, q.head) or q.head.startswith(whole.head)
        or whole.head.startswith(q.head))


_DIGITS = re.compile(r"\d+")
# (a few words may still describe the set first; "không tính …", "trừ …" leave some out: "1.036/1.081 đảng viên thuộc
# diện phải học tập (không tính 47 đảng viên được miễn sinh hoạt), đạt 95,84%")
_SUBSET_ASIDE = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*\(\s*(?:trong\s+(?:đó|số\s+đó)|kể\s+cả|bao\s+gồm|gồm|"
                           r"(?:không|chưa)\s+(?:tính|kể)|trừ)(?!\w)", re.IGNORECASE)
_BRACKETED_ASIDE = re.compile(r"\([^()]*\)")
_JOINED_ASIDE = re.compile(r"\s*,?\s+với\s+(?:tổng\s+số\s+)?")  # "83 vụ, với 174 đối tượng": what came with the count
# a measure that is a rate by its name, never the share of a count before it
_RATE_NAMED = re.compile(r"(?<!\w)(?:tốc\s+độ|chỉ\s+số)(?!\w)", re.IGNORECASE)
# "tỷ lệ <what> đạt" before the share: the rate the words name
_RATE_OF = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?P<what>[^\W\d_]+(?:[\s-]+[^\W\d_]+){1,12}?)\s+(?:đạt|là|chiếm|bằng)\s*$",
                      re.IGNORECASE)
_AFTER_ASIDE = re.compile(r"\s*[,;]\s*(?P<marker>trong\s+(?:số\s+)?đó)\s*:\s*", re.IGNORECASE)
_CLOSED_ASIDE = re.compile(r"\([^()\d]*\d[^()]{0,40}\)")
_ASIDE_THEN_LIST = re.compile(r"\s*\((?![^()]*trong\s+(?:số\s+)?đó)[^()]{1,80}\)(?=\s*[,;]\s*trong\s+(?:số\s+)?đó\b(?!\s*:))", re.IGNORECASE)
# "có 36 TCCS đảng (giảm 1 đảng bộ, do … sáp nhập …) gồm: 12 đảng bộ cơ sở và 24 chi bộ cơ sở"
_ASIDE_THEN_GOM = re.compile(r"\s*\((?![^()]*trong\s+(?:số\s+)?đó)[^()]{1,80}\)(?=\s*[,;]?\s*(?:bao\s+)?gồm\b)", re.IGNORECASE)
_ASIDE_THEN_SUBSETS = re.compile(r"\s*\([^()]{1,80}\)(?=\s*[,;]\s*trong\s+(?:số\s+)?đó\s*:)")
_LIST_SEPARATOR = re.compile(r"[,;:+\n]|(?<!\w)(?:và|còn|cùng|với)(?!\w)", re.IGNORECASE)
_REST_ITEM = re.compile(r"(?<!\w)(?:khác|còn\s+lại)\s*:?\s*$", re.IGNORECASE)
_REMAINDER = re.compile(r"\s*(?:,|;|\bvà\b|\bcùng\b)\s*[^\W\d_]{2,}|\s*(?:,\s*)?(?:…|\.\.\.|v\.v)", re.IGNORECASE)


def _remainder(text: str, last: Quantity) -> bool:
    """"gồm 45 đồng chí Ủy viên Ban Chấp hành, 75 bí thư chi bộ và đại diện các ban, ngành":
    an item without a number after the last part - the list does not claim to be all."""
    tail = re.split(r"[.;:](?:\s|$)", text[unit_end(text, last):unit_end(text, last) + 120])[0]
    return not any(c.isdigit() for c in tail) and bool(_REMAINDER.match(tail))


_GENERIC_ORGANISATION = ("tổ chức", "tccs", "đơn vị", "cơ sở", "tập thể")


def _kind_of(part: Quantity, whole: Quantity) -> bool:
    """A part of a "trong đó" list names a kind of the whole's noun: "13 chi bộ ấp" of "24
    chi bộ", "15 đảng bộ cơ sở" of "38 tổ chức cơ sở đảng"."""
    if whole.kind == "money":
        return part.kind == "money"
    if part.head and whole.head and (part.head.startswith(whole.head) or whole.head.startswith(part.head)):
        return True  # "chi bộ ấp" of "chi bộ trực thuộc"
    return whole.noun_class == part.noun_class == "organisation" and (whole.head or "").lower().startswith(
        _GENERIC_ORGANISATION)


def _bracketed_levels(text: str, whole: Quantity, quantities: list[Quantity], bracket_start: int,
                      close: int, sentence_end: int) -> Relation | None:
    """"63 học sinh (bốn giải Nhất, 36 giải Nhì, 25 giải Ba)", "173 cử tri (31 cụ ông và 124 cụ bà; có 2 cụ …)": a
    bracket right after a count whose items, up to the bracket's first ";", are every figure there and each names a
    level of one classification (resources/bracket_levels.txt), though not by the whole's noun (a prize per pupil) or
    with a note after them. That the levels split the whole is read from the classification, not from the words: an
    inferred sum-of (a warning naming the whole), never summed when the bracket leaves some out or compares."""
    first = text.find(";", bracket_start, close)
    end = close if first == -1 else first
    inside = text[bracket_start + 1:end]
    items = [q for q in quantities if bracket_start < q.start < end]
    if len(items) < 2 or whole.kind != "count" or any(q.kind != "count" or q.modifier or q.head == whole.head
                                                      for q in items):
        return None
    if _COMPARISON.search(inside) or _LEFT_OUT.search(inside) or _PARTIAL.search(inside):
        return None
    if _COMPETING.search(text, whole.start, bracket_start):
        return None  # "20 học sinh dự thi (3 giải Nhất, …)": prizes are some of those who compete, or several to one
    if _PARTIAL_LIST_NOTE.search(text, end, close) or _PARTIAL_LIST_NOTE.search(text, close, sentence_end):
        # "(…; có 2 em đạt giải ở hai môn)", "(…), số em còn lại chưa đạt giải": the note or the words after the
        # bracket say the levels leave some out or count one twice
        return None
    between = [text[a.end:b.start] for a, b in zip(items, items[1:])]
    if not all(_LEVEL_SEPARATOR.search(gap) for gap in between) or text[bracket_start + 1:items[0].start].strip():
        return None  # each item opens after "," or "và", the first the bracket itself: not "(đoạt 4 giải Nhất, …)"
    groups = [level_groups(q, text) | _bracket_levels(text, q) for q in items]
    if not same_classification(groups):
        return None
    # a note after the ";" that counts others than a subset of the levels ("3 người đang điều trị", "3 giải Khuyến
    # khích"; not "có 2 cụ …") or lists another level leaves them short: then only more than the whole is wrong
    shared = frozenset.intersection(*groups)
    note = [q for q in quantities if end < q.start < close]
    open_ended = any(not _PARTIAL.search(text, end, q.start) or (level_groups(q, text) | _bracket_levels(text, q)) & shared
                     for q in note)
    return Relation("sum-of", whole, tuple(items), explicit=False, exhaustive=True, levels=True,
                    cues=(Cue(bracket_start, bracket_start + 1, "("),), open_ended=open_ended)


def _bracket_levels(text: str, item: Quantity) -> frozenset[int]:
    """The classifications of resources/bracket_levels.txt whose level the words right after an item open with
    ("36 giải Nhì", "3 mầm non", "31 cụ ông"), numbered after those of classification_levels.txt."""
    words = text[item.end:item.end + 40].lower()
    offset = len(classification_levels())
    return frozenset(offset + index for index, pattern in enumerate(_bracket_level_patterns()) if pattern.match(words))


@lru_cache(maxsize=1)
def _bracket_level_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r"\s+(?:" + alternation(level.strip().lower() for level in line.split("|")) + r")(?!\w)")
                 for line in word_list("bracket_levels"))


_PARTIAL_LIST_NOTE = re.compile(r"(?<!\w)(?:" + alternation(word_list("partial_list_notes")) + r")(?!\w)", re.IGNORECASE)
_COMPETING = re.compile(r"(?<!\w)(?:" + alternation(word_list("competing_words")) + r")(?!\w)", re.IGNORECASE)
_LEVEL_SEPARATOR = re.compile(r"^[^\d;:()]*(?:,|(?<!\w)và(?!\w))[^\d;:()]*$")


def _other_sorts(parts: list[Quantity], whole: Quantity, classes: tuple[str, ...]) -> bool:
    """Some part is of the whole's class (one of ``classes``) but no kind of the whole's noun: "248 đảng bộ cơ sở
    (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc)" names the units it is made of; "3 quyết định …, gồm 12 thủ tục
    mới" another sort of item. Either way the list is no split of the whole's count."""
    return any(p.noun_class == whole.noun_class and p.noun_class in classes and not _kind_of(p, whole) for p in parts)


class _Parts(list):
    """The parts of a breakdown; ``unread`` when a count among them could not be classed,
    so their sum is not the whole's (part-of still holds for each)."""

    def __init__(self, items=(), unread: bool = False):
        super().__init__(items)
        self.unread = unread


# words that pick a subset out of what was just counted ("…, trong đó 18 nữ", "riêng khối doanh nghiệp …")
_SUBSET_AFTER = re.compile(r"\btrong\s+(?:số\s+)?(?:đó|này)\b|\briêng\b", re.IGNORECASE)


_NEW_HOLDING = re.compile(r";\s*(?:hiện\s+|còn\s+)?có\s+$", re.IGNORECASE)
_HEDGE_END = re.compile(r"(?<!nhiều\s)(?<!ít\s)(?<!cao\s)(?<!thấp\s)(?<!\w)(?:hơn|trên|gần|khoảng|xấp\s+xỉ)\s*$",
                        re.IGNORECASE)


# a list opened by "trong đó" right before its first part: some of the whole, until a clause of another act
_SUBSET_OPENED = re.compile(r"(?<!\w)trong\s+(?:số\s+)?(?:đó|này)(?:\s+(?:có|là))?\s*[,:]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ANOTHER_ACT() -> re.Pattern:  # noqa: N802  (a pattern, made once)
    """A clause opening on an act of its own (resources/subset_list_breaks.txt), perhaps after its subject and "đã":
    "bầu 21 đồng chí …", "hội nghị đã bầu …", "Thường trực Huyện ủy chỉ định …"; not "bầu mới 5" nor "cử tri"."""
    pairs = word_pairs("subset_list_breaks")
    subjects = {w.lower() for w, kind in pairs if kind == "subject"} | word_set("org_heads")

    def either(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?:và|đồng\s+thời)\s+)?(?:(?:{either(subjects)})\s+){{0,2}}"
                      rf"(?:(?:đã|sẽ|cũng|tiếp\s+tục|tiến\s+hành)\s+)*"
                      rf"(?:{either(w for w, kind in pairs if kind == 'act')})(?!\w)(?!\s+(?:mới|lại|cử|tri)(?!\w))",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _PROGRESS_ACT() -> re.Pattern:  # noqa: N802  (a pattern, made once)
    """An act done on the item before, perhaps after "đã" (resources/subset_list_breaks.txt, kind progress)."""
    words = sorted((w for w, kind in word_pairs("subset_list_breaks") if kind == "progress"), key=len, reverse=True)
    return re.compile(r"(?:đã\s+)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _LINKS() -> frozenset[tuple[str, ...]]:  # noqa: N802  (made once)
    """The linking and time words of resources/subset_list_breaks.txt ("năm nay", "đồng thời", "ngoài ra" …), as words."""
    return frozenset(tuple(w.lower().split()) for w, kind in word_pairs("subset_list_breaks") if kind == "link")


def _another_statement(label: str) -> bool:
    """An item's label opening with a linking or time word and telling more before its count ("năm nay thành lập",
    "đồng thời duy trì"): another statement, whatever its verb; a label that is only such words ("năm nay 5 đội")
    still names an item of a list by period."""
    words = label.lower().split()
    return any(len(words) > n and tuple(words[:n]) in _LINKS() for n in (1, 2, 3))


def _parts(text: str, whole: Quantity, candidates: list[Quantity], start: int, stop: int) -> list[Quantity]:
    parts: list[Quantity] = []
    previous = last = start
    subset = _SUBSET_OPENED.search(text[max(0, start - 24):start]) is not None
    for candidate in candidates:
        if candidate.start < start:
            continue  # "612 hộ với 2.305 nhân khẩu, trong đó …": a count before the list opens is none of it
        if candidate.start >= stop:
            break
        gap = text[previous:candidate.start]
        previous = candidate.end
        opened = text[last:candidate.start]
        if parts and opened.count("(") > opened.count(")"):
            # "hoàn thành tốt 20 đồng chí (trong đó 3 đồng chí là cấp ủy viên), hoàn thành 4 …": what a bracket
            # after a part says is of that part; the list goes on after it
            continue
        if per_unit(text, candidate):
            continue  # "xây mới 360 triệu đồng, mức 60 triệu đồng/căn": a rate per unit, no part of the sum
        if parts and "(" in gap:
            # "269 đảng bộ cơ sở (tăng 08), 518 chi bộ cơ sở": an aside closed in brackets after a part is of that part
            gap = _CLOSED_ASIDE.sub(" ", gap)
        # the words of the candidate's own item (after the last ";": "…, tăng 6,18%; công nghiệp - xây dựng ước đạt
        # hơn 1.072 tỷ đồng"), a hedge right before it ("đạt hơn 302 tỷ đồng") no comparison
        own = _HEDGE_END.sub("", gap.rsplit(";", 1)[-1])
        if _COMPARISON.search(own) or parts and _SUBSET_AFTER.search(gap):
            break  # "khiển trách 08, …, khai trừ 02; trong đó 03 đảng viên là cấp ủy viên": subsets of it
        if parts and _NEW_HOLDING.search(gap):
            break  # "gồm: 12 đảng bộ cơ sở và 24 chi bộ cơ sở; có 127 chi bộ trực thuộc …": another count is told
        stretch = text[last:candidate.start]
        # the item's own label starts after the last part's unit ("… 07 cuộc, kỹ năng số cho phụ nữ 08 cuộc")
        label = re.sub(r"^[\s,;:]*(?:và\s+)?", "", _CLOSED_ASIDE.sub(" ", text[max(last, unit_end(text, parts[-1]))
                                                                             if parts else last:candidate.start]))
        own_item = re.split(r"[,;:]", label)[-1].strip()
        if subset and parts and (_ANOTHER_ACT().match(own_item) or ";" in stretch and _another_statement(own_item)
                                 or "," in text[parts[-1].end:candidate.start] and _PROGRESS_ACT().match(own_item)):
            # "trong đó nữ 4 đồng chí; bầu 21 đồng chí đi dự đại hội": those another act was done to, not some of
            # the whole; the list has ended (its items' labels, "dân tộc thiểu số 2 đồng chí; trẻ 3 …", name no act).
            # So has it after a ";" whose clause opens on a linking or time word: "trong đó 12 đội hoạt động tốt; năm
            # nay thành lập 22 đội khuyến nông" tells of other teams, whatever verb it uses
            break
        # (the words before the item's comma may end the item before it: "62 đoàn viên giới thiệu cho Đảng, khối trường
        # học đã có 5 đoàn viên"; the item's own label is after that comma)
        own_label, tail = label, ""
        if parts and "," in label and len(label.rsplit(",", 1)[0].split()) <= 4:
            tail, own_label = (piece.strip() for piece in label.rsplit(",", 1))
        if (len(stretch) > 80 or _ANOTHER_ROLE.search(stretch) and not (
                "," not in own_label and not (tail and _ANOTHER_ROLE.search(own_label)) and len(own_label.split()) <= 8
                and own_label[:1].islower())) and not _bracketed_item(text, whole, parts, candidate):
            # "gồm 5 đồng chí: … làm việc với 25 đảng viên": the list has ended; not an item's own short
            # label ("gồm: làm việc tại các khu công nghiệp 98 người, …")
            break
        if re.search(r"(?<!\bđối\s)\bvới\b|tổng số", gap):
            # "22 đảng bộ với 141 chi bộ"; an item's short label may end in "đối với" ("khiển trách 17 cá nhân và
            # rút kinh nghiệm đối với 470 cá nhân": those the action was taken for)
            if parts and candidate.head and candidate.head == parts[-1].head and re.search(r"(?<!\bđối\s)\bvới\b", gap):
                # "có 5.591 đơn đủ điều kiện xử lý với 651 đơn khiếu nại, 281 đơn tố cáo và …": the same noun again
                # after "với" opens the last part's own breakdown; what follows is of it, not of the whole
                break
            continue
        if candidate.bare and candidate.label and whole.noun_class not in (None, "item") and \
                head_of(candidate.label)[0] == "phiếu":
            # "(danh sách 01 đồng chí): phiếu phát ra 16, thu vào 16": ballots counted after a count of people or
            # bodies; the list that follows is of the ballots. (Other labels may name a group of the whole's: "chi
            # hội khu phố 1: 58", "lớp thứ nhất 30" of the cán bộ trained.)
            return _Parts(parts, unread=True) if parts else []
        if not whole.compatible(candidate):
            if candidate.kind == whole.kind and candidate.noun_class is not None and whole.noun_class is not None:
                if parts and not re.search(r"[;:]", gap) and len(gap) < 60:
                    # "gồm 8 tuyến đường bê tông, 3 tuyến đường cấp phối và 2.500 cây xanh": the list goes on
                    # with another kind of thing, so its parts are not all of the whole
                    return _Parts(parts, unread=True)
                break  # another kind of thing: the breakdown has ended
            if candidate.kind == "count" and candidate.noun_class is None and whole.noun_class is not None \
                    and parts and not re.search(r"[;:]", gap):
                return _Parts(parts, unread=True)  # "gồm: 10 chi bộ, 8 tổ dân phố, 5 đoàn thể": an item not classed
            continue
        if whole.kind == "count" and whole.noun_class is None and not candidate.bare and candidate.head != whole.head:
            # nouns the layer does not know ("14 căn nhà, gồm … 2.000 cây"): one noun, or no sum
            return _Parts(parts, unread=True) if parts else []
        if not parts and _named_all(stretch, whole):
            break  # "có 3 nội dung khá, gồm: Chính trị, Điều lệnh, Bắn súng và 8 nội dung đạt Giỏi": all named already
        if _unnumbered_item(stretch, first=not parts):
            return _Parts([*parts, candidate], unread=True)  # "45 ủy viên, đại diện các ban, ngành và 75 bí thư"
        parts.append(candidate)
        last = candidate.end
    return parts


def _named_all(stretch: str, whole: Quantity) -> bool:
    """Before the list's first number, as many items named with no number as the whole counts ("3 nội dung khá, gồm:
    Chính trị, Điều lệnh, Bắn súng và …"): the list is whole already, and a count after it ("… và 8 nội dung đạt Giỏi")
    is told beside the whole, not one of its items."""
    if whole.kind != "count" or not 2 <= whole.value <= 12:
        return False
    names = [segment for segment in re.split(r"[,;]|\svà\s", stretch)[:-1] if re.search(r"[^\W\d_]", segment)]
    return len(names) == whole.value and not any(c.isdigit() or c in "()" for c in stretch)


def _bracketed_item(text: str, whole: Quantity, parts: list[Quantity], candidate: Quantity) -> bool:
    """"gồm: xây mới 2 nhà (100 triệu đồng, 50 triệu đồng/nhà); tặng 64 suất quà cho hộ nghèo (25,6 triệu đồng, …)":
    each item's amount opens a bracket after its words, so the words between the last part's bracket and the
    candidate's are that item's own, whatever role they name ("cho hộ nghèo", "tại các thôn"): one short clause
    of the list, while the parts so far fall short of the whole (a list already whole has ended). A number of
    another kind among those words ("khám bệnh cho 100 người cao tuổi (15 triệu đồng)") is of the item's words too."""
    if not parts or sum(p.value for p in parts) >= whole.value:
        return False
    if not all(_BRACKET_OPEN_END.search(text, max(0, q.start - 3), q.start) for q in (
            (parts[-1], candidate) if candidate.kind == whole.kind else (parts[-1],))):
        return False
    close = text.find(")", parts[-1].end, candidate.start)
    if close == -1 or "(" in text[parts[-1].end:close]:
        return False
    words = _ITEM_OPENING.sub("", text[close + 1:candidate.start]).rstrip(" (")
    return 0 < len(words) <= 80 and words[:1].islower() and not re.search(r"[;.:()]|,\s", words)


_BRACKET_OPEN_END = re.compile(r"\(\s*$")
_ITEM_OPENING = re.compile(r"^[\s,;]*(?:và\s+)?")
_PER_UNIT = re.compile(r"\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng\s*)?/\s*[^\W\d_]", re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_RATE_BEFORE = re.compile(r"(?=[mbđ])(?<!\w)(?:mức|mỗi(?:\s+[^\W\d_]+){1,2}|bình\s+quân|định\s+mức)(?:\s+(?:hỗ\s+trợ|là))?\s*$",
                          re.IGNORECASE)


def per_unit(text: str, quantity: Quantity) -> bool:
    """A rate per unit ("mức 60 triệu đồng/căn", "mỗi hộ 3 triệu đồng"): never a part or a whole of a sum."""
    return bool(_PER_UNIT.match(text, unit_end(text, quantity)) or _RATE_BEFORE.search(
        text, max(0, quantity.start - 24), quantity.start))


@lru_cache(maxsize=1)
def _COMMA_LEVELS() -> re.Pattern:  # noqa: N802  (a pattern, made once)
    levels = sorted({level for group in classification_levels() for level in group if "," in level}, key=len, reverse=True)
    return re.compile("|".join(re.escape(level) for level in levels) or r"(?!)", re.IGNORECASE)


def _unnumbered_item(stretch: str, first: bool) -> bool:
    """Between two parts (or before the first) a whole item of the list with no number (a level
    written with a comma, "trong sạch, vững mạnh", is one item's words)."""
    stretch = _COMMA_LEVELS().sub(lambda m: m.group().replace(",", ""), stretch)
    stretch = re.sub(r"\([^()]*\)", "", stretch)
    # a list whose items end with ";" keeps its commas and "và" inside an item's words ("; giá trị sản phẩm công
    # nghiệp - tiểu thủ công nghiệp và xây dựng 8.832 triệu đồng")
    segments = stretch.split(";") if ";" in stretch else re.split(r",|\svà\s", stretch)
    inner = segments[:-1] if first else segments[1:-1]
    return any(len(re.findall(r"[^\W\d_]+", segment)) >= 3 for segment in inner)


_FROM = re.compile(r"(?<!\w)từ\s*(?:mức\s+)?$", re.IGNORECASE)
# the moment a level is of, after it: "năm 2024", "(2024)", "(cùng kỳ năm 2024)", "(đầu năm)"
_LEVEL_MOMENT = r"(?:(?:năm\s+)?\d{4}\s*|\([^()\d;]{0,30}(?:\d{4})?\s*\)\s*)?"
_FROM_TO = re.compile(r"^[^\d;.()]{0,40}?" + _LEVEL_MOMENT + r"(?:,\s*)?(?P<way>xuống|lên)\s+"
                      r"(?:(?:còn|đến|mức|thành)\s+)*$", re.IGNORECASE)
_BY = re.compile(r"^[^\d;.]{0,40}?(?:(?:năm\s+)?\d{4}\s*|\(\s*\d{4}\s*\)\s*)?[,(;]\s*(?:tức\s+là\s+|hay\s+)?"
                 r"(?P<way>giảm|tăng)(?:\s+(?:thêm|được))?\s*$", re.IGNORECASE)
# "đạt 64,8 tỷ đồng, vượt 3,8 tỷ đồng so với kế hoạch 6 tháng (61 tỷ đồng)": the excess over the plan bracketed after it
_BY_PASSING = re.compile(r"^\s*,\s*(?P<way>vượt)\s*$", re.IGNORECASE)
# the rate told between a change and the base it is against: "tăng 2.770 triệu đồng, tương đương 11,0% so với …"
_RATE_BETWEEN = re.compile(r"^\s*,\s*(?:tương\s+(?:đương|ứng)|tức\s+là)\s+(?:(?:tăng|giảm)\s+)?$", re.IGNORECASE)


IN_THOSE = re.compile(r"(?:Trong\s+số|Trong\s+tổng\s+số)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,8}?)"
                       r"(?:\s*,\s*(?:(?:có|thì)\s+)?|\s+có\s+(?=\d))", re.IGNORECASE)  # "…, có 35", "… có 35"
_THOSE_NAMED_HINT = re.compile(r"(?:^|[.;]\s+)(?:Các|Những|Số)\s", re.IGNORECASE)
# "Các đảng viên mới, trong đó có 8 đồng chí là đoàn viên, …": the noun named, then its subset
_THOSE_NAMED = re.compile(r"(?:Các|Những|Số)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,6}?)\s*,?\s*trong\s+(?:số\s+)?đó"
                          r"\s*,?\s*(?:có\s+)?(?=\d)", re.IGNORECASE)
_WHOLE_OF_KIND = re.compile(r"(?:tổng\s+(?:số|đàn|diện\s+tích)|(?<!\w)đàn)\s+(?P<kind>[^\W\d_]+)(?:[\s,]+[^\W\d_]+){0,6}\s*"
                            r"(?:hiện\s+)?(?:có|là|:)?\s*$", re.IGNORECASE)


def names_its_sentence(noun: str, text: str, whole: Quantity, sentences: list[tuple[int, int]]) -> bool:
    """"Trong số đảng viên mới kết nạp" refers to "kết nạp 40 đảng viên mới" only when every
    word it adds to the noun is in the whole's sentence."""
    sentence = next((text[s:e] for s, e in sentences if s <= whole.start < e), text).lower()  # (text may end before e)
    words = set(re.findall(r"[^\W\d_]+", sentence))
    return all(w in words or w in _FUNCTION_WORDS for w in noun.lower().split())


_FUNCTION_WORDS = frozenset(("mới", "được", "đã", "đang", "các", "những", "này", "đó", "nói", "trên", "trong"))


# ("Trong đó có 4 trường …" names no subject: it picks a part out of the count before it)
_SUBJECT_HAS = re.compile(r"^(?![Tt]rong\s+(?:số\s+)?đó(?!\w))(?:(?:Toàn|Cả)\s+[^\W\d_]+|[A-ZĐ][^\W\d_]*)(?:\s+[^\W\d_]+){0,4}?\s+(?:hiện\s+)?có\s+"
                          r"(?:tổng\s+số\s+)?$")
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_NOT_OF_THE_TOTAL = re.compile(
    r"(?=[tgshvkcdpmlnđ])(?<!\w)(?:tăng|giảm|so\s+với|hơn|vượt|kế\s+hoạch|chỉ\s+tiêu|dự\s+kiến|phấn\s+đấu|mục\s+tiêu|lượt|lần|"
    r"lũy\s+kế|luỹ\s+kế|nhiệm\s+kỳ|giai\s+đoạn|đến\s+năm|đến\s+nay|hiện\s+nay|toàn|cả|tổng|các\s+năm|"
    r"trước|sau\s+khi|sáp\s+nhập|hợp\s+nhất|thành\s+lập)(?!\w)", re.IGNORECASE)


_ROMAN = re.compile(r"[IVX]+(?:/\d{4})?")  # "quý III": a period, no name
_AND_ANOTHER = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+và\s+")
_LEVEL_AFTER_PAIR = re.compile(r"\s*(?:được\s+)?(?:xếp\s+loại\s+|đạt\s+|được\s+công\s+nhận\s+)(?:[^\W\d_]+\s*){1,4}(?=[,;.]|$)",
                               re.IGNORECASE)
_ASSESSED = re.compile(r"(?=[đxhtkgr])(?:"  # (its words' first letters looked at first: speed)
                       r"đánh\s+giá|xếp\s+loại|hoàn\s+thành|đạt\s+chuẩn|được\s+công\s+nhận|thực\s+hiện\s+tốt|"
                       r"kiểm\s+tra|giám\s+sát|khảo\s+sát|rà\s+soát)", re.IGNORECASE)


def assessed_parts(text: str, quantities, s_start: int, s_end: int, year_of_its_sentence: bool = False) -> list[Quantity]:
    """The counts of a sentence that assess a group stated before ("Qua kiểm tra, có 27 chi
    bộ thực hiện tốt quy chế"): the sentence names no subject, scope, year, change or other
    count of its own (``year_of_its_sentence``: a clause whose group is stated in its own sentence, where a
    year is the period of both)."""
    inside = list(within(quantities, s_start, s_end))
    if not any(q.kind == "count" and q.head and q.role != "plan" for q in inside):
        return []  # no count that could be such a part: the sentence's words need not be searched (speed)
    first = inside[0].start
    clause_end = text.find(";", first, s_end)
    if clause_end != -1:  # "…; 100% cán bộ Hội cấp xã được bồi dưỡng": another clause, of its own
        s_end, inside = clause_end, [q for q in inside if q.start < clause_end]
    sentence = text[s_start:s_end]
    if _NOT_OF_THE_TOTAL.search(sentence) or any(w[:1].isupper() and not _ROMAN.fullmatch(w.strip(",;.:"))
                                                 for w in text[s_start:first].split()[1:]) or \
            not year_of_its_sentence and re.search(r"(?<![\d.,])\d{4}(?!\d|[.,]\d)", sentence):
        return []
    assessed = bool(_ASSESSED.search(sentence))
    pair = len(inside) == 2 and all(q.kind == "count" and q.head for q in inside) and inside[0].head != inside[1].head \
        and inside[0].noun_class == inside[1].noun_class and _AND_ANOTHER.fullmatch(text, inside[0].end, inside[1].start)
    if not pair and (len(inside) > 2 or len(inside) == 2 and inside[1].kind != "percent"):
        return []  # one count (and perhaps its share): "12 buổi … 340 đảng viên" counts other things
    if pair:
        # "có 58 cơ sở Hội và 431 chi hội đạt vững mạnh": two kinds of unit given one rating, each some of its total
        return [q for q in inside if assessed and _LEVEL_AFTER_PAIR.match(text, unit_end(text, inside[1]))]
    # without a word of assessment, the count must be picked out of its noun by what follows it:
    # "có 1.320 người cao tuổi được lập hồ sơ", "có 130 hộ đăng ký xây dựng gia đình văn hóa"
    return [q for q in inside if q.kind == "count" and q.head and q.role != "plan" and (
        assessed and text[q.end:unit_end(text, q)].strip().lower() == q.head or _picked_out(text, q) or _served(text, q))]


def _served(text: str, quantity: Quantity) -> bool:
    """"… lập hồ sơ quản lý sức khỏe cho 1.240 người cao tuổi.": those an action was done for,
    named by the plain noun alone, are some of that noun's total."""
    return bool(_SERVED_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)) and \
        text[quantity.end:unit_end(text, quantity)].strip().lower() == quantity.head and \
        bool(re.match(r"\s*(?:[.;]|$)", text[unit_end(text, quantity):]))


_SERVED_BEFORE = re.compile(r"(?<!\w)(?:cho|đối\s+với)\s+$", re.IGNORECASE)


def _picked_out(text: str, quantity: Quantity) -> bool:
    """The plain noun right after the count, then a verb that picks some of it out."""
    gap = len(text) - len(text[quantity.end:].lstrip()) if text[quantity.end:quantity.end + 1].isspace() else quantity.end
    head_end = gap + len(quantity.head or "")
    return bool(quantity.head) and text[gap:head_end].lower() == quantity.head and bool(_PICKED_OUT.match(text, head_end))


_PICKED_OUT = re.compile(r"\s+(?:được|đã|đăng\s+ký|tham\s+gia|đạt|thực\s+hiện|hưởng|nhận|tổ\s+chức|triển\s+khai|"
                         r"duy\s+trì)(?!\w)", re.IGNORECASE)


def stated_total(text: str, whole: Quantity, s_start: int) -> bool:
    """"Đảng bộ có 25 chi bộ": the subject's total of a plain noun (not "25 chi bộ trực thuộc")."""
    # "trực thuộc" restricts nothing: all the chi bộ of a đảng bộ are its own
    # (or a second count joined to the subject's first by "với": "Toàn tỉnh có 65 cơ sở Hội với 412 chi hội")
    if s_start == 0:  # "- Toàn xã có 2.946 hộ; …": the line's list marker is no word of its subject
        s_start = line_shape(text)[2]
    opening = text[s_start:whole.start]
    joined = _JOINED_BY_WITH.search(opening)
    return bool(_SUBJECT_HAS.match(opening[:joined.start()] if joined else opening)) and _UNRESTRICTED.sub(
        "", text[whole.end:unit_end(text, whole)].strip().lower()) == _UNRESTRICTED.sub("", whole.head or "")


_JOINED_BY_WITH = re.compile(r"\d[\d.]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+với\s+$")


_UNRESTRICTED = re.compile(r"\s+trực\s+thuộc$")


def semicolon_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return _semicolon_spans(text, start, end)


def _semicolon_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at its "; " (outside brackets it does not matter here: counts in brackets
    are no totals)."""
    if ";" not in text[start:end]:
        return [(start, end)]
    spans, at = [], start
    for match in re.finditer(r";\s*", text[start:end]):
        spans.append((at, start + match.start()))
        at = start + match.end()
    spans.append((at, end))
    return [(a, b) for a, b in spans if b > a]


_HAS_AFTER_COMMA = re.compile(r",\s*(?=(?:đã\s+|hiện\s+|nay\s+)?có\s+\d)", re.IGNORECASE)


def _has_clauses(text: str, quantities, start: int, end: int) -> list[tuple[int, int, bool]]:
    """text[start:end] cut after each comma before "(đã) có <number>": (start, end, opened after such a comma)."""
    if "," not in text[start:end]:
        return [(start, end, False)]
    counted = [q.start for q in quantities if start <= q.start < end and q.kind == "count" and q.head]
    # only after a count of the sentence: "Qua kiểm tra, có 27 chi bộ …" is read as one clause
    cuts = [m.start() for m in _HAS_AFTER_COMMA.finditer(text, start, end) if counted and counted[0] < m.start()]
    starts = [start] + [c + 1 for c in cuts]
    ends = cuts + [end]
    return [(a, b, i > 0) for i, (a, b) in enumerate(zip(starts, ends))]


def _exceeded_totals(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Đảng bộ có 25 chi bộ. Qua kiểm tra, có 27 chi bộ thực hiện tốt quy chế.": an assessed
    count in a later sentence is a part of the total stated before, and cannot exceed it
    (inferred: a warning naming the total; only the part-of that is broken is recorded)."""
    relations = []
    counts = [q for q in quantities if q.kind == "count" and q.head and q.role != "plan"]
    # the clauses after a ";" are read as sentences too: "Xã có 1.480 hộ dân; đã có 1.540 hộ đăng ký …"; so is one
    # opened by "(đã) có" after a comma, another statement of the same subject: "Phường có 18 tổ dân phố, đã có 21 tổ
    # dân phố được công nhận …" (its whole then in its own sentence: a year there is the sentence's period too)
    spans = [clause for s_start, s_end in sentences for a, b in _semicolon_spans(text, s_start, s_end)
             for clause in _has_clauses(text, quantities, a, b)]
    for index, (s_start, s_end, after_comma) in enumerate(spans):
        if not index:
            continue
        # (a clause after a comma is some of a total its own sentence states before it)
        floor = sentence_start(sentences, s_start) if after_comma else 0
        for part in assessed_parts(text, quantities, s_start, s_end, year_of_its_sentence=after_comma):
            earlier = [q for q in counts if floor <= q.start < s_start and heads_agree(q.head, part.head)
                       and q.noun_class == part.noun_class]
            if not earlier:
                continue
            whole = earlier[-1]
            w_start = next((a for a, b, _ in spans if a <= whole.start < b), sentence_start(sentences, whole.start))
            if whole.value >= part.value or not stated_total(text, whole, w_start):
                continue
            w_start = w_start or line_shape(text)[2]
            relations.append(Relation("part-of", whole, (part,), explicit=False,
                                      cues=(Cue(w_start, unit_end(text, whole), text[w_start:unit_end(text, whole)]),)))
    return relations


def _told_by(noun: str, head: str | None, wholes: list[Quantity], text: str) -> list[Quantity]:
    """The counts the words after the noun's head were said right before ("hồ sơ đã giải quyết" names the count after
    "đã giải quyết", not the one after "đang giải quyết"); none when the noun says nothing more than its head."""
    noun = noun.lower()
    qualifier = noun[len(head):].strip() if head and noun.startswith(head) else ""
    if not qualifier:
        return []
    named = f"{head} {qualifier}"  # or right after the whole's number: "110 lượt tiếp định kỳ" of "lượt tiếp định kỳ"
    return [q for q in wholes if text[max(0, q.start - len(qualifier) - 4):q.start].lower().rstrip(" :").endswith(qualifier)
            or " ".join(text[q.end:q.end + len(named) + 8].lower().split()).startswith(named)]


# the next kind joined to a count's own ("con trâu, bò", "con lợn và gà"), then no more words of it
_JOINED_KIND = re.compile(r"\s*(?:,|\s+và|\s+hoặc|\s*\+)\s*(?P<kind>[^\W\d_]+)(?=\s*(?:[,;.)]|$|\s+(?:và|đạt|được|bằng|chiếm)(?!\w)))",
                         re.IGNORECASE)


def _referred_parts(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """Part-of relations across sentences, inferred (``explicit`` False; a warning names the
    whole): "… kết nạp 32 đảng viên … Trong số đảng viên mới được kết nạp, có 35 đồng chí là
    đoàn viên" (the sentence names the whole's noun), and "Tổng đàn lợn hiện có 6.240 con …
    tiêm phòng cho 6.415 con lợn" (a total of one kind, then a count of that kind)."""
    from .reader import head_of

    relations = []
    counts = [q for q in quantities if q.kind == "count" and q.role != "plan"]
    openings = [(s_start, s_end) for s_start, s_end in sentences[1:]]
    for s_start, s_end in sentences:  # "kết nạp 9 đảng viên; trong số đảng viên mới có 11 đồng chí nữ"
        for semicolon in re.finditer(r";\s*", text[s_start:s_end]):
            following = text.find(";", s_start + semicolon.end(), s_end)
            openings.append((s_start + semicolon.end(), s_end if following == -1 else following))
    for s_start, s_end in openings:
        opening = IN_THOSE.match(text, s_start, s_end) or _THOSE_NAMED.match(text, s_start, s_end)
        if opening:
            head, noun_class, _ = head_of(opening["noun"])
            # (a change, "tăng 24 đảng viên", and the level of another period it is against, "(131 đảng viên)", are no
            # set the sentence picks from)
            wholes = [q for q in counts if q.start < s_start and q.head == head and q.modifier != "change"
                      and not of_another_period(text, q)]
            if noun_class is None and opening["noun"].split()[0].lower() in ("được", "đã"):
                # "Trong số được giới thiệu, đến nay đã có 31 đồng chí …": no noun, what was done to them names
                # the count it refers to (the last before whose sentence says it)
                wholes = [q for q in counts if q.start < s_start and q.head and q.noun_class == "person"][-1:]
            told = _told_by(opening["noun"], head, wholes, text)
            if told:  # "đã giải quyết 1.172 hồ sơ, đang giải quyết 52 hồ sơ; trong số hồ sơ đã giải quyết có …": the 1.172
                wholes = told
            if wholes and not names_its_sentence(opening["noun"], text[:s_start], wholes[-1], sentences):
                wholes = []  # "Trong số đảng viên toàn Đảng bộ" after "kết nạp 40 đảng viên mới"
            if wholes:
                whole = wholes[-1]
                cue = Cue(s_start, opening.end("noun"), text[s_start:opening.end("noun")])
                relations.extend(Relation("part-of", whole, (part,), explicit=False, cues=(cue,))
                                 for part in counts if opening.end() <= part.start < s_end
                                 and part.noun_class == whole.noun_class and part.noun_class is not None)
    for whole in counts:  # the paragraph's totals of one kind, for the document to pair across paragraphs
        if whole.noun_class in ("animal", "area", "mass") and whole.role in ("whole", None):
            named = _WHOLE_OF_KIND.search(text[max(0, whole.start - 40):whole.start])
            words = whole.unit.lower().split()
            kind = named["kind"].lower() if named else words[1] if len(words) > 1 and whole.role == "whole" else None
            if kind:
                relations.append(Relation("kind-total", whole, (), explicit=False, cues=(Cue(0, 0, kind),)))
    kinds = {q.unit.lower().split()[1] for q in counts if len(q.unit.split()) > 1} | {
        r.cues[0].text for r in relations if r.kind == "kind-total"}
    for part in counts:
        words = part.unit.lower().split()
        if part.noun_class not in ("animal", "area", "mass"):
            continue
        joined = _JOINED_KIND.match(text, unit_end(text, part))
        if joined and joined["kind"].lower() in kinds:
            continue  # "tiêm phòng cho 3.012 con trâu, bò": two kinds counted together, all of neither herd
        clause_start = max(text.rfind(";", 0, part.start), text.rfind(". ", 0, part.start)) + 1
        for whole in counts:
            if whole.start >= part.start or whole.noun_class != part.noun_class or whole.role not in ("whole", None):
                continue
            if whole.start >= clause_start:
                continue  # in one clause the explicit readers decide
            named = _WHOLE_OF_KIND.search(text[max(0, whole.start - 40):whole.start])
            whole_words = whole.unit.lower().split()
            kind = named["kind"].lower() if named else whole_words[1] if len(whole_words) > 1 else None
            if kind is None or named is None and whole.role != "whole":
                continue
            # the part names the kind ("6.415 con lợn"), or its clause does ("tiêm phòng dịch tả lợn … cho 6.415 con"),
            # or it is vaccinated with only one herd stated before ("Tổng đàn gia súc 4.870 con … tiêm phòng 5.130 con")
            clause = text[clause_start:part.start].lower()
            only_herd = len(words) < 2 and "tiêm" in clause and named is not None and sum(
                1 for q in counts if q.start < part.start and q.noun_class == part.noun_class and q is not part) == 1
            if (words[1] if len(words) > 1 else None) != kind and not (
                    len(words) < 2 and re.search(rf"(?<!\w){re.escape(kind)}(?!\w)", clause)) and not only_herd:
                continue
            if named or whole_words[1:2] == [kind]:
                cue = Cue(whole.start - len(named.group()), whole.start, named.group().strip()) if named else \
                    Cue(whole.start, unit_end(text, whole), text[whole.start:unit_end(text, whole)])
                relations.append(Relation("part-of", whole, (part,), explicit=False, cues=(cue,)))
    return relations


# "Trong tổng số 18 chi bộ, …", "trong 24 chỉ tiêu …": the whole named first ("trên" alone is "more than")
_SORTED_WHOLE_CUE = re.compile(r"(?<!\w)(?:trong(?:\s+tổng)?(?:\s+số)?|trên\s+tổng\s+số)\s+$", re.IGNORECASE)
# a sibling of the sort: after a comma, a semicolon or "và", "có" optional ("…, có 15 chỉ tiêu vượt và 9 chỉ tiêu đạt")
_SORTED_PART_CUE = re.compile(r"(?:[,;]|(?<!\w)và)\s*(?:thì\s+)?(?:có\s+)?$", re.IGNORECASE)
# (the first with no comma: "trong 17 chỉ tiêu chủ yếu có 14 chỉ tiêu đạt và vượt")
_SORTED_FIRST_CUE = re.compile(r"(?:\s+[^\W\d_]+){0,6}\s+(?:thì\s+)?có\s+", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")


def _sorted_wholes(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                   known: list[Relation]) -> list[Relation]:
    """A whole named first, then sorted in its sentence into counts of its own noun: "Trong tổng số 18 chi bộ, có
    14 chi bộ bầu …; có 04 chi bộ chỉ bầu …", "trong 24 chỉ tiêu …, có 15 chỉ tiêu vượt và 9 chỉ tiêu đạt 100%".
    Each is part of it (explicit); siblings named by the levels of one classification ("hoàn thành tốt", "hoàn thành";
    "đạt", "chưa đạt") cannot together pass it (a sum-of, open-ended: the sort may leave some unsaid), other siblings
    may overlap ("20 xã đạt chuẩn nông thôn mới và 15 xã đạt chuẩn văn hóa") and are never summed. A bracket after
    a sibling is about that sibling; "trong đó" after them picks a subset of them."""
    relations: list[Relation] = []
    counts = [q for q in quantities if q.kind == "count" and q.head is not None and q.role != "plan"]
    related = {(id(r.whole), id(p)) for r in known for p in r.parts}
    for index, whole in enumerate(counts):
        cue_match = _SORTED_WHOLE_CUE.search(text, max(0, whole.start - 20), whole.start)
        if cue_match is None or per_unit(text, whole):
            continue
        if any(r.kind == "part-of" and r.whole is whole and r.parts[0].end <= cue_match.start() and r.cues
               for r in known):
            continue  # "52 đại biểu trúng cử trong tổng số 88 người ứng cử; 322 đại biểu …": the base of the count
            # before it, whose siblings follow; no whole opening a sort
        s_start, s_end = _sentence_of(sentences, whole.start)
        parts: list[Quantity] = []
        previous = unit_end(text, whole)
        for candidate in counts[index + 1:]:
            if candidate.start >= s_end:
                break
            if in_bracket(text, whole.start, candidate.start):
                continue  # "(trong đó có 01 chi bộ bầu khuyết Bí thư)": about the sibling before it
            gap = _BRACKETED.sub(" ", text[previous:candidate.start])
            if "(" in gap or _SUBSET_AFTER.search(gap):
                break  # inside a bracket, or a subset of what was sorted
            if not (_sorted_alike(candidate, whole) and (_SORTED_PART_CUE.search(gap) or not parts and
                                                      _SORTED_FIRST_CUE.fullmatch(gap))):
                if candidate.noun_class == whole.noun_class:
                    break  # another count of the kind: the sort has ended
                continue
            parts.append(candidate)
            previous = unit_end(text, candidate)
        if not parts:
            acted = _acted_on(text, whole, counts[index + 1:], quantities, s_end)
            if acted is None or (id(whole), id(acted)) in related:
                continue
            # "Trong số 56 ý kiến, kiến nghị của cử tri, HĐND xã đã giải quyết và trả lời 58 ý kiến": what was done to
            # some of them, the first count of their noun after the whole's clause
            relations.append(Relation("part-of", whole, (acted,), explicit=True, cues=(
                Cue(cue_match.start(), cue_match.end(), cue_match.group().strip()),)))
            continue
        cue = Cue(cue_match.start(), cue_match.end(), cue_match.group().strip())
        relations.extend(Relation("part-of", whole, (part,), explicit=True, cues=(cue,)) for part in parts
                         if (id(whole), id(part)) not in related)
        if len(parts) >= 2 and _distinct_levels(text, parts) and not any(
                r.kind == "sum-of" and r.whole is whole for r in known):
            relations.append(Relation("sum-of", whole, tuple(parts), explicit=True, cues=(cue,), levels=True,
                                      open_ended=True))
    return relations


def _sorted_alike(part: Quantity, whole: Quantity) -> bool:
    """A part of a sorted whole counts its noun, or a person by another name where either says only "người" ("Trong
    tổng số 25.953 người được giải quyết việc làm có 16.610 lao động …")."""
    return part.head == whole.head or part.noun_class == whole.noun_class == "person" and "người" in (part.head,
                                                                                                       whole.head)


_SENTENCE_OPENING_WHOLE = re.compile(r"(?:^|[.:;]\s*|,\s*)(?:[^\W\d_]+\s+){0,3}?trong(?:\s+tổng)?\s+số\s+$", re.IGNORECASE)


def _acted_on(text: str, whole: Quantity, following: list[Quantity], quantities: list[Quantity],
              s_end: int) -> Quantity | None:
    """After "Trong số N <noun>, …" opening a sentence: the first count of that noun past the whole's clause (a comma
    between), with no other number between them nor a bracket around it."""
    if not _SENTENCE_OPENING_WHOLE.search(text, max(0, whole.start - 40), whole.start):
        return None
    for candidate in following:
        if candidate.start >= s_end:
            return None
        if candidate.head != whole.head:
            continue
        between = text[unit_end(text, whole):candidate.start]
        if "," not in between or "(" in between or ")" in between or ";" in between or any(
                whole.end <= q.start < candidate.start for q in quantities if q is not candidate) \
                or _SUBSET_AFTER.search(between):
            return None
        return candidate
    return None


def _distinct_levels(text: str, parts: list[Quantity], before: bool = False) -> bool:
    """Each part names another level of one classification ("hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ"), not
    the same one for other things ("20 xã đạt chuẩn nông thôn mới, 15 xã đạt chuẩn văn hóa": both "đạt"). With
    ``before``, a part that names no level after it is named by the words before it ("chính thức 48 đồng chí")."""
    groups = [level_groups(p, text) for p in parts]
    if not same_classification(groups):
        return False
    levels = classification_levels()[min(frozenset.intersection(*groups))]
    named = []
    for part in parts:
        # (``before``: read from the number on, as level_groups does, not past a unit read too long: "60 hội viên
        # và 245 hội viên giỏi" is no unit)
        after = part.end if before else unit_end(text, part)
        phrase = re.split(r"[,;(]|\.\s", text[after:after + 60].lower())[0]
        found = [(m.start(), -len(level), level) for level in levels
                 for m in [re.search(r"(?<!\w)" + re.escape(level) + r"(?!\w)", phrase)] if m]
        if not found and before and not part.label:
            phrase = re.split(r"[,;:(]", text[max(0, part.start - 50):part.start].lower())[-1].rstrip()
            # (each ends the phrase: the longest, opening first, is the level: "không hoàn thành nhiệm vụ")
            found = [(m.start(), -len(level), level) for level in levels
                     for m in [re.search(r"(?<!\w)" + re.escape(level) + r"$", phrase)] if m]
        named.append(min(found)[2] if found else (part.label or "").lower())
    return len(set(named)) == len(named)


def same_level(text: str, a: Quantity, b: Quantity) -> bool:
    """Both counts name one and the same level of one classification ("487 phiếu đồng ý", "484 phiếu đồng ý"): two
    records' counts of that level, siblings, never a whole and its part."""
    return same_classification([level_groups(a, text), level_groups(b, text)]) and not _distinct_levels(text, [a, b])


def _settled_over_received(text: str, counts: list[Quantity]) -> list[Relation]:
    """"Trong kỳ tiếp nhận 5 đơn …. Đã giải quyết xong 6 đơn": what was settled is part of
    what was received (inferred: a warning naming it), unless the paragraph carries cases
    over from before ("đơn tồn kỳ trước", "chuyển sang"), which may be settled too."""
    if not _RECEIVED.search(text) or not _SETTLED.search(text):
        return []
    backlog = [m for m in _BACKLOG.finditer(text) if not _NO_BACKLOG.search(
        text, max(0, m.start() - 60, *(text.rfind(c, 0, m.start()) + 1 for c in ",;.()")), m.start())]
    if backlog:
        return []
    received = [q for q in counts if q.head and _RECEIVED_BEFORE.search(text, max(0, q.start - 30), q.start)]
    relations = []
    due: dict[int, int] = {}  # a count of those due ("hồ sơ đến hạn giải quyết 19.944 hồ sơ") → its cue's start
    for part in counts:
        cue = _SETTLED_BEFORE.search(text, max(0, part.start - 30), part.start)
        if cue is None or part.head is None:
            continue
        owed = _DUE_BEFORE.search(text, max(0, cue.start() - 20), cue.start())
        if owed:  # those due, carried over from before too: not those settled, and what is settled is of them
            due[part.start] = owed.start()
            continue
        wholes = [q for q in counts if q.start in due and q.start < part.start and _one_noun(q.head, part.head)]
        if wholes:  # "đơn tới hạn giải quyết 52 đơn, đã giải quyết 47 đơn": of those due, not of those received
            whole = wholes[-1]
            start = due[whole.start]
            relations.append(Relation("part-of", whole, (part,), explicit=False,
                                      cues=(Cue(start, unit_end(text, whole), text[start:unit_end(text, whole)]),)))
            continue
        wholes = [q for q in received if q.start < part.start and _one_noun(q.head, part.head)]
        kind = _kind_received(text, part, counts, wholes)
        if kind is not None:  # "Đối với đơn tố cáo, đã giải quyết xong 5 đơn" of "(tố cáo 4, …)"
            whole, label_start = kind
            relations.append(Relation("part-of", whole, (part,), explicit=False,
                                      cues=(Cue(label_start, whole.end, text[label_start:whole.end]),)))
            continue
        if len(wholes) == 1 and _RECEIVED_BEFORE.search(text, max(0, wholes[0].start - 30), wholes[0].start) \
                and not _RECEIVED.search(text, unit_end(text, wholes[0]), cue.start()):
            # (not "án hình sự thụ lý 2.164 vụ …; các vụ việc dân sự … thụ lý 11.486, giải quyết 10.420 vụ việc": the
            # part's own "received", told between without its noun)
            whole = wholes[0]
            between = [q for q in counts if unit_end(text, whole) <= q.start < cue.start() and q.value >= part.value
                       and (q.head is None and q.label or _one_noun(q.head, part.head))]
            if between:
                # "tiếp nhận 349 đơn. … đơn thuộc thẩm quyền giải quyết của các cơ quan hành chính Nhà nước 124. Đã giải
                # quyết được 123 đơn": a narrower count of the noun told between is what was settled of, when its label
                # names the noun; else which of the two is not clear
                narrower = between[-1]
                start = max(text.rfind(".", 0, narrower.start), text.rfind(";", 0, narrower.start),
                            unit_end(text, whole)) + 1
                start += len(text[start:narrower.start]) - len(text[start:narrower.start].lstrip())
                if len(between) == 1 and narrower.head is None and re.search(
                        rf"(?<!\w){re.escape(part.head)}(?!\w)", text[start:narrower.start], re.IGNORECASE):
                    relations.append(Relation("part-of", narrower, (part,), explicit=False,
                                              cues=(Cue(start, narrower.end, text[start:narrower.end]),)))
                continue
            found = _RECEIVED_BEFORE.search(text, max(0, whole.start - 30), whole.start)
            relations.append(Relation("part-of", whole, (part,), explicit=False,
                                      cues=(Cue(found.start(), unit_end(text, whole), text[found.start():unit_end(text, whole)]),)))
    return relations


def found_among_examined(text: str, counts: list[Quantity]) -> list[Relation]:
    """"Đoàn đã kiểm tra 05 đảng viên. Qua kiểm tra, kết luận 06 đảng viên có vi phạm": those
    found at fault are some of those examined (inferred: a warning naming them), when one count
    of the noun was examined before."""
    examined: list[Quantity] = []
    cues: dict[int, int] = {}  # an examined count's start → where its "kiểm tra" starts
    for q in counts:
        found = _EXAMINED_BEFORE.search(text, max(0, q.start - 60), q.start)
        if found:
            cues[q.start] = found.start()
        elif examined and _JOINED.fullmatch(text, unit_end(text, examined[-1]), q.start):
            cues[q.start] = cues[examined[-1].start]  # "kiểm tra 02 tổ chức đảng và 05 đảng viên"
        else:
            continue
        if q.head:
            examined.append(q)
    relations = []
    for part in counts:
        head = part.head or (_label_head(text, part) if part.bare else None)
        if head is None or part in examined:
            continue
        if not (_FOUND_BEFORE.search(text, max(0, part.start - 40), part.start) or _FOUND_AFTER.match(
                text, unit_end(text, part))):
            continue
        wholes = [q for q in examined if q.start < part.start and q.head == head]
        if len(wholes) > 1:  # several examined before: the one of the part's own sentence, if one
            wholes = [q for q in wholes if q.sentence == part.sentence]
        if len(wholes) == 1:
            whole = wholes[0]
            start, end = cues[whole.start], whole.end + len(text[whole.end:]) - len(text[whole.end:].lstrip()) + len(
                whole.head or "")
            relations.append(Relation("part-of", whole, (part,), explicit=False, cues=(Cue(start, end, text[start:end]),)))
    # "… kết luận có 1.575 tổ chức đảng và 6.695 đảng viên có vi phạm; phải thi hành kỷ luật 194 tổ chức đảng và
    # 3.465 đảng viên": those to be disciplined are some of those found at fault
    found = [r.parts[0] for r in relations]
    joined: list[Quantity] = []
    for part in counts:
        cue = _DISCIPLINED_BEFORE.search(text, max(0, part.start - 40), part.start)
        if cue is None and not (joined and _JOINED.fullmatch(text, unit_end(text, joined[-1]), part.start)):
            continue
        joined.append(part)
        wholes = [q for q in found if q.start < part.start and q.head == part.head]
        if len(wholes) > 1:
            wholes = [q for q in wholes if q.sentence == part.sentence]
        if part.head and len(wholes) == 1:
            relations.append(Relation("part-of", wholes[0], (part,), explicit=False,
                                      cues=(Cue(wholes[0].start, unit_end(text, wholes[0]),
                                                text[wholes[0].start:unit_end(text, wholes[0])]),)))
    return relations


_DISCIPLINED_BEFORE = re.compile(r"(?<!\w)phải\s+thi\s+hành\s+kỷ\s+luật(?:\s+đối\s+với)?\s*$", re.IGNORECASE)


# ("kiểm tra khi có dấu hiệu vi phạm đối với 3.005 tổ chức đảng": the Party's inspection of suspected faults)
_EXAMINED_BEFORE = re.compile(r"(?<!\w)(?:kiểm\s+tra|giám\s+sát)(?:\s+khi\s+có\s+dấu\s+hiệu\s+vi\s+phạm)?"
                              r"(?:\s+(?:được|đối\s+với|đối\s+với\s+(?:các\s+)?))?\s*$", re.IGNORECASE)
EXAMINED_BEFORE = _EXAMINED_BEFORE


@lru_cache(maxsize=1)
def _held_before() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("share_base_acts"))
    # (a few words may tell the act more closely: "quản lý và chỉ đạo chuyên môn 412 trường"; never across a mark)
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+[^\W\d_]+){{0,3}}\s+$", re.IGNORECASE)


def held_before(text: str, start: int) -> bool:
    """The count at ``start`` is the object of an act that states a population (resources/share_base_acts.txt:
    "quản lý 412 trường", "xảy ra 42 vụ"): the base of a later share of its noun when no total is written."""
    return _held_before().search(text, max(0, start - 48), start) is not None
_FOUND_BEFORE = re.compile(r"(?<!\w)(?:phát\s+hiện|kết\s+luận)(?:\s+(?:có|được))?\s*$"  # "kết luận 06 đảng viên"
                           r"|(?<!\w)(?:phát\s+hiện|kết\s+luận)[^\d.;,]{0,20}?vi\s+phạm\s*(?:là\s*)?:?\s*$",
                           re.IGNORECASE)  # "số đảng viên được kết luận có vi phạm là 06"
_FOUND_AFTER = re.compile(r"\s*(?:có\s+|đã\s+)?(?:khuyết\s+điểm,?\s+)?(?:vi\s+phạm|có\s+dấu\s+hiệu\s+vi\s+phạm)",
                          re.IGNORECASE)  # ("11 đảng viên có khuyết điểm, vi phạm")


_KIND_NAMED = re.compile(r"(?:^|[.;]\s*)(?:[Đđ]ối\s+với|[Vv]ề|[Rr]iêng)\s+(?:số\s+)?(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)"
                         r"\s*,\s*[^\d.;]*$")


def _kind_received(text: str, part: Quantity, counts: list[Quantity], wholes: list[Quantity]
                   ) -> tuple[Quantity, int] | None:
    """"tiếp nhận 11 đơn thư (tố cáo 4, khiếu nại 1, phản ánh 6). Đối với đơn tố cáo, đã giải quyết
    xong 5 đơn": the kind the sentence names is an item of what was received, split in a bracket;
    that item's count is the whole (with where its label starts)."""
    if len(wholes) != 1:
        return None
    named = _KIND_NAMED.search(text, max(0, part.start - 80, text.rfind(". ", 0, part.start)), part.start)
    if named is None:
        return None
    kind = " ".join(named["kind"].lower().split())
    items = []
    for q in counts:
        if not (wholes[0].end < q.start < part.start and q.bare and in_bracket(text, wholes[0].end, q.start)):
            continue
        label_start = max(text.rfind(c, 0, q.start) for c in "(,;") + 1
        label = " ".join(text[label_start:q.start].lower().split()).strip(" :")
        if label and (kind == label or kind.endswith(" " + label)):
            items.append((q, label_start + len(text[label_start:q.start]) - len(text[label_start:q.start].lstrip())))
    return items[0] if len(items) == 1 else None


_RECEIVED = re.compile(r"(?<!\w)(?:tiếp\s+nhận|thụ\s+lý|nhận\s+được)(?!\w)", re.IGNORECASE)
_SETTLED = re.compile(r"(?<!\w)giải\s+quyết(?!\w)", re.IGNORECASE)
_RECEIVED_BEFORE = re.compile(r"(?<!\w)(?:tiếp\s+nhận|thụ\s+lý|nhận\s+được)(?:\s+(?:mới|tổng\s+số|được))?\s*:?\s*$",
                              re.IGNORECASE)
_SETTLED_BEFORE = re.compile(r"(?<!\w)giải\s+quyết(?:\s+(?:xong|dứt\s+điểm))?(?:\s+(?:được|tổng\s+số))?\s*:?\s*$",
                             re.IGNORECASE)
_DUE_BEFORE = re.compile(r"(?<!\w)(?:(?:đến|tới|quá|trễ|chậm)\s+hạn|phải|cần|chờ)\s*$", re.IGNORECASE)
_BACKLOG = re.compile(r"(?<!\w)(?:tồn|kỳ\s+trước|năm\s+trước|chuyển\s+sang|chuyển\s+qua|cũ|lũy\s+kế|luỹ\s+kế|"
                      r"từ\s+trước|(?:của|từ)\s+(?:năm|kỳ|quý|tháng)\s+\d+)(?!\w)", re.IGNORECASE)
_NO_BACKLOG = re.compile(r"(?<!\w)không\s+(?:có\s+)?(?:[^\W\d_]+\s+){0,5}$", re.IGNORECASE)  # "(không có đơn tồn kỳ trước chuyển sang)"


_RAISED_TOTAL = re.compile(r"(?<!\w)nâng\s+tổng\s+số(?:\s+[^\W\d_]+){0,6}?(?:\s+(?:lên|là|đạt))?(?:\s+(?:hơn|trên|gần|"
                           r"khoảng))?\s*$", re.IGNORECASE)


def _raised_totals(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"kết nạp mới hơn 31.000 hội viên, nâng tổng số hội viên hiện nay lên hơn 29.000 người": what was added is
    part of the total it raised (kind "raised": ``whole`` the total, ``parts`` the addition; inferred)."""
    relations = []
    for index, total in enumerate(quantities):
        if total.kind != "count" or index == 0:
            continue
        cue = _RAISED_TOTAL.search(text, max(0, total.start - 80), total.start)
        if cue is None:
            continue
        s_start = sentence_start(sentences, total.start)
        added = [q for q in quantities[:index] if s_start <= q.start < cue.start() and q.kind == "count"]
        if not added or not added[-1].compatible(total) or added[-1].noun_class is None:
            continue
        relations.append(Relation("raised", total, (added[-1],), explicit=False,
                                  cues=(Cue(cue.start(), cue.start() + len("nâng tổng số"), "nâng tổng số"),)))
    return relations


def _differences(text: str, quantities: list[Quantity]) -> list[Relation]:
    """"Số hộ nghèo từ 120 hộ xuống còn 85 hộ, giảm 35 hộ", "giảm 35 hộ (từ 120 hộ xuống
    còn 85 hộ)", "còn 85 hộ, giảm 35 hộ so với đầu năm (120 hộ)": a change written out with
    its two levels is their difference (kind "difference": ``whole`` the first level, parts
    the second level and the change). A change of a percentage in "điểm phần trăm" is in
    points; in "%" it may be points or relative (the rule accepts either)."""
    if "giảm" not in text and "tăng" not in text and "xuống" not in text and " lên " not in text and "vượt" not in text:
        return []
    relations = []
    for a, b, c in zip(quantities, quantities[1:], quantities[2:]):
        # từ A xuống B, giảm C
        if _FROM.search(text[max(0, a.start - 12):a.start]):
            way = _FROM_TO.match(text[unit_end(text, a):b.start])
            by = _BY.match(text[unit_end(text, b):c.start]) if way else None
            if by:
                _difference(relations, a, b, c, way["way"], by["way"], unit_end(text, b) + by.start("way"))
                continue
        # giảm C (từ A xuống B): C read as a change
        if a.modifier == "change" and a.modifier_cue.start >= a.start - 16 and _FROM_IN_BRACKET.match(
                text[unit_end(text, a):b.start]):
            way = _FROM_TO.match(text[unit_end(text, b):c.start])
            if way:
                cue = a.modifier_cue
                _difference(relations, b, c, a, way["way"], cue.text.split()[0], cue.start)
                continue
        # còn B, giảm C so với … (A); đạt B, vượt C so với kế hoạch (A)
        if _LEVEL_BEFORE.search(text[max(0, a.start - 20):a.start]):
            by = _BY.match(text[unit_end(text, a):b.start]) or _BY_PASSING.match(text[unit_end(text, a):b.start])
            if by and _COMPARED_IN_BRACKET.match(text[unit_end(text, b):c.start]):
                way = {"giảm": "xuống", "tăng": "lên", "vượt": "lên"}[by["way"].lower()]
                _difference(relations, c, a, b, way, by["way"], unit_end(text, a) + by.start("way"))
    for a, b, rate, c in zip(quantities, quantities[1:], quantities[2:], quantities[3:]):
        # đạt B, tăng C, tương đương r% so với … (A): the rate between the change and its bracketed base
        if rate.kind == "percent" and _LEVEL_BEFORE.search(text[max(0, a.start - 20):a.start]) \
                and (by := _BY.match(text[unit_end(text, a):b.start])) \
                and _RATE_BETWEEN.match(text[unit_end(text, b):rate.start]) \
                and _COMPARED_IN_BRACKET.match(text[rate.end:c.start]):
            way = {"giảm": "xuống", "tăng": "lên"}[by["way"].lower()]
            _difference(relations, c, a, b, way, by["way"], unit_end(text, a) + by.start("way"))
    for a, b in zip(quantities, quantities[1:]):
        # "từ 28 hộ xuống còn 32 hộ": the second level on the wrong side of the first (kind "direction")
        if a.kind != b.kind or a.kind not in ("count", "money", "percent") or not a.compatible(b) or \
                not _FROM.search(text[max(0, a.start - 12):a.start]):
            continue
        way = _FROM_TO.match(text[unit_end(text, a):b.start])
        if way and (way["way"].lower() == "xuống") == (b.value > a.value) and a.value != b.value:
            relations.append(Relation("direction", a, (b,), explicit=True,
                                      cues=(Cue(unit_end(text, a) + way.start("way"), unit_end(text, a) + way.end("way"),
                                                way["way"]),)))
    return relations


# the first level's share told before the way: "từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ", "từ 97 hộ (3,79%) lên …"
_SHARED_FROM_TO = re.compile(r"^[^;.]{0,60}?[\s,)](?P<way>xuống|lên)\s+(?:(?:còn|đến|mức|thành)\s+)*$", re.IGNORECASE)


def from_to_levels(text: str, first: Quantity, second: Quantity) -> bool:
    """"từ A …, xuống còn B", "tăng từ A (x%) lên B": two levels of one thing at two moments, perhaps each with its
    share between (so of two wholes: the households of 2021 and of 2023)."""
    return bool(_FROM.search(text[max(0, first.start - 12):first.start])) and bool(
        _FROM_TO.match(text[unit_end(text, first):second.start]) or _SHARED_FROM_TO.match(text[unit_end(text, first):second.start]))


# "giảm 12 hộ (từ 58 hộ xuống …", "giảm 12 hộ, từ 58 hộ đầu năm xuống còn 45 hộ"
_FROM_IN_BRACKET = re.compile(r"^[^\d;.()]{0,12}(?:\(|,)\s*(?:tức\s+là\s+)?từ\s+(?:mức\s+)?$", re.IGNORECASE)
# "còn 45 hộ, giảm 12 hộ so với đầu năm (58 hộ)"; "đạt 18,6 tỷ đồng, tăng 2,4 tỷ đồng so với năm 2024 (16,4 tỷ đồng)"
_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:còn|lên|xuống|đạt|thực\s+hiện(?:\s+cả\s+năm)?)\s*$", re.IGNORECASE)
# (no comma after "so với": "…, tăng 4,1 triệu đồng so với năm 2023, vượt kế hoạch (62 triệu đồng)" brackets the plan)
_COMPARED_IN_BRACKET = re.compile(r"^[^\d;.()]{0,10}\s+so\s+với\s+(?:[^\d;.(),]|(?<=năm )\d{4}|\d{1,2}(?=\s+tháng\s)){1,30}"
                                  r"\(\s*(?:là\s+)?$", re.IGNORECASE)  # "so với năm 2024 (16,4 tỷ đồng)", "kế hoạch 6 tháng (…)"


def _difference(relations: list[Relation], first: Quantity, second: Quantity, change: Quantity, way_word: str,
                by_word: str, cue_start: int) -> None:
    if (way_word.lower() == "xuống") != (by_word.lower() == "giảm"):
        return
    if first.kind != second.kind or first.kind not in ("count", "money", "percent"):
        return
    if first.kind == "percent":
        if not (change.kind == "percent" or change.kind == "count" and change.unit.lower().startswith(
                "điểm phần trăm")):
            return
    elif change.kind != first.kind or not (first.compatible(change) and first.compatible(second)):
        return
    relations.append(Relation("difference", first, (second, change), explicit=True,
                              cues=(Cue(cue_start, cue_start, way_word),)))


# "Tỷ lệ hộ nghèo giảm 2,2% …": a sentence that tells the change of a rate (not its new level: "giảm còn")
_RATE_CHANGE_OPENING = re.compile(r"\s*(?:[-+•]\s*)?(?:[^\W\d_]+[\s,]+){0,3}?t[ỷỉ]\s+lệ\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?)"
                                  r"\s+(?:đã\s+)?(?P<way>giảm|tăng)\s*$", re.IGNORECASE)
_SHARE_OF_LEVEL = re.compile(r"\s*,?\s*(?:chiếm|bằng)(?:\s+t[ỷỉ]\s+lệ)?\s*$", re.IGNORECASE)


def _rate_changes_of_a_movement(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]
                                ) -> list[Relation]:
    """"Số hộ nghèo giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ, chiếm 8,65%. Tỷ lệ hộ nghèo giảm 2,2%": the
    change of the rate is the difference of the shares the sentence before gave the two levels of the movement (kind
    "difference", inferred: the rate's sentence does not restate them)."""
    relations = []
    for index, change in enumerate(quantities):
        if change.kind != "percent" or change.modifier != "change":
            continue
        s_index = next((i for i, (a, b) in enumerate(sentences) if a <= change.start < b), 0)
        if not s_index:
            continue
        s_start = sentences[s_index][0]
        opening = _RATE_CHANGE_OPENING.fullmatch(text, s_start, change.start)
        if opening is None:
            continue
        p_start, p_end = sentences[s_index - 1]
        if not re.search(r"(?<!\w)" + re.escape(opening["noun"]) + r"(?!\w)", text[p_start:p_end], re.IGNORECASE):
            continue  # the sentence before tells of another thing
        before = [q for q in quantities[:index] if p_start <= q.start < p_end]
        levels = []  # (count, its share) for the level the movement starts at, then the one it ends at
        for first, second in zip(before, before[1:]):
            if first.kind == "count" and second.kind == "percent" and second.modifier is None \
                    and _SHARE_OF_LEVEL.fullmatch(text, unit_end(text, first), second.start):
                levels.append((first, second))
        if len(levels) != 2 or not _FROM.search(text, max(0, levels[0][0].start - 12), levels[0][0].start) \
                or not _FROM_TO.match(text[levels[0][1].end:levels[1][0].start]):
            continue
        (_, start_share), (_, end_share) = levels
        way = _FROM_TO.match(text[levels[0][1].end:levels[1][0].start])["way"]
        _difference(relations, start_share, end_share, change, way, opening["way"], s_start + opening.start("way"))
    if relations:
        relations = [replace(r, explicit=False) for r in relations]
    return relations


@lru_cache(maxsize=1)
def _balance_cues() -> tuple[re.Pattern, dict[str, str]]:
    """resources/balance_flows.txt: one pattern of every cue (whole words) and each cue's role."""
    roles = {words.lower(): role for role, words in word_pairs("balance_flows")}
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), roles


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_PERIOD_BEFORE = re.compile(r"(?<!\w)(?:tháng|quý|từ|những|các|trong)\s+$", re.IGNORECASE)
_END_AT_DATE = re.compile(r"(?<!\w)(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])",
                          re.IGNORECASE)
_AFTER_COUNTED = re.compile(r"\s+(?:(?:đã|được|bị)\s+)?")
_BALANCE_HINT = re.compile(r"(?<!\w)(?:đầu\s+(?:năm|kỳ|nhiệm\s+kỳ|quý|tháng)|kỳ\s+trước\s+chuyển\s+sang)(?!\w)",
                           re.IGNORECASE)
# Every match of _BALANCE_HINT holds one of these words: a paragraph with neither (most) is not searched (speed)
_BALANCE_WORDS = Keywords(re.compile(r"đầu|trước", re.IGNORECASE))


def _balance_role(text: str, quantity: Quantity, floor: int) -> tuple[str | None, Cue | None]:
    """The role the last cue before a number gives it in a balance (start, end, in, out), read in
    the words since ``floor`` (the previous number, or the sentence's or clause's start)."""
    pattern, roles = _balance_cues()
    last = None
    for found in pattern.finditer(text, floor, quantity.start):
        following = _NEXT_WORD.match(text, found.end())
        if following and is_compound([found.group().split()[-1].lower(), following[1].lower()]):
            continue  # "chi bộ", "thu nhập", "tăng cường": another word, no flow
        if roles.get(" ".join(found.group().lower().split())) in ("start", "end") and _PERIOD_BEFORE.search(
                text, max(0, found.start() - 12), found.start()):
            continue  # "6 tháng đầu năm", "từ đầu năm đến nay": a period, no level at its start or end
        if last is None or found.end() > last.end() or found.end() == last.end() and found.start() < last.start():
            last = found
    at_date = None
    for at_date in _END_AT_DATE.finditer(text, floor, quantity.start):
        pass
    if at_date is not None and (last is None or at_date.end() > last.end()):
        # "Tổng số hội viên đến 30/11/2025 là 2.318 hội viên": the level on a day after the start
        return "end", Cue(at_date.start(), at_date.end(), at_date.group())
    if last is None:  # "31 hộ thoát nghèo", "6 em chuyển đến": the flow named after the counted noun
        head_start = len(text) - len(text[quantity.end:].lstrip())
        head_end = head_start + len(quantity.head or "") if text[head_start:head_start + len(quantity.head or "")].lower() \
            == (quantity.head or "") else unit_end(text, quantity)
        after = _AFTER_COUNTED.match(text, head_end)
        found = pattern.match(text, after.end()) if after else None
        if found is None or roles.get(" ".join(found.group().lower().split())) not in ("in", "out"):
            return None, None
        following = _NEXT_WORD.match(text, found.end())
        if following and is_compound([found.group().split()[-1].lower(), following[1].lower()]):
            return None, None
        last = found
    elif text[last.end():quantity.start].count(",") > 1:
        return None, None
    words = " ".join(last.group().lower().split())
    return roles.get(words), Cue(last.start(), last.end(), last.group())


def balances(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Đầu năm Chi bộ có 45 đảng viên; trong năm kết nạp 3, chuyển đi 2, từ trần 1 đồng chí. Đến
    cuối năm có 47 đảng viên.": the level at a period's start, what came in and what went out,
    and the level at its end (kind "balance": ``whole`` the end, ``parts`` the start and the
    flows with their ``signs``), when what came in and what went out are both written. Inferred:
    the text may still leave a movement unsaid. Counts in
    brackets (a flow's own breakdown) are left out; any other count of the kind between the
    start and the end that is no flow makes it no balance."""
    relations = []
    kinds = [q for q in quantities if q.kind in ("count", "money") and not per_unit(text, q)]
    index = 0
    while index < len(kinds):
        start = kinds[index]
        floor = max(sentence_start(sentences, start.start), text.rfind(";", 0, start.start) + 1)
        role, _ = _balance_role(text, start, floor)
        if role != "start" or start.kind == "count" and (start.head is None or level_group(start, text) is not None):
            index += 1
            continue
        flows: list[tuple[Quantity, int, Cue]] = []
        end = None
        previous = start
        for candidate in kinds[index + 1:]:
            if candidate.kind != start.kind or not start.compatible(candidate):
                previous = candidate if candidate.kind in ("count", "money") else previous
                continue
            if in_bracket(text, sentence_start(sentences, candidate.start), candidate.start):
                continue  # "tăng 15 đồng chí (kết nạp mới 12, chuyển đến 3)": the flow's own breakdown
            floor = max(previous.end, sentence_start(sentences, candidate.start))
            role, cue = _balance_role(text, candidate, floor)
            previous = candidate
            if role in ("in", "out"):
                flows.append((candidate, 1 if role == "in" else -1, cue))
                continue
            if role == "end" and flows and (candidate.kind == "money" or heads_agree(start.head, candidate.head) or
                                             heads_agree(candidate.head, start.head)) \
                    and level_group(candidate, text) is None:
                end = candidate
            break
        if end is not None and {sign for _, sign, _ in flows} == {1, -1}:
            # both ways written ("kết nạp …, chuyển đi …"): with only the new members named, those who
            # left may go unsaid, and the end is no sum of what is written
            relations.append(Relation("balance", end, (start, *(q for q, _, _ in flows)), explicit=False,
                                      exhaustive=True, cues=tuple(c for _, _, c in flows),
                                      signs=(1, *(sign for _, sign, _ in flows))))
            index = kinds.index(end)
        index += 1
    return relations


_NET_CUE = re.compile(r"(?:tăng|giảm)(?:\s+thêm)?", re.IGNORECASE)
_NET_COMPARED = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}?(?:so\s+với|so\s+cùng\s+kỳ|\(|%)", re.IGNORECASE)


def net_changes(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"phát triển mới 4.640 hội viên, đưa ra khỏi tổ chức 1.477 hội viên, … toàn tỉnh tăng 3.163 hội
    viên": what came in and what went out in one sentence, then the net change of that noun after
    them ("tăng", "giảm"; kind "net": ``whole`` the net, ``parts`` the flows with their ``signs``, the
    net's cue last in ``cues``): in − out = the net, up or down. Inferred (a flow may go unsaid). A
    change set against another period ("tăng 5 so với cùng kỳ", "tăng 12%") is no net."""
    relations = []
    kinds = [q for q in quantities if q.kind == "count" and q.head is not None and not per_unit(text, q)]
    for s_start, s_end in sentences:
        inside = [q for q in within(kinds, s_start, s_end) if not in_bracket(text, s_start, q.start)]
        flows: list[tuple[Quantity, int, Cue]] = []
        previous_end = s_start
        for candidate in inside:
            role, cue = _balance_role(text, candidate, previous_end)
            previous_end = candidate.end
            if flows and not flows[0][0].compatible(candidate):
                break
            if role not in ("in", "out") or cue is None:
                if flows:
                    break
                continue
            if _NET_CUE.fullmatch(cue.text) is None:
                flows.append((candidate, 1 if role == "in" else -1, cue))
                continue
            if {sign for _, sign, _ in flows} == {1, -1} and cue.end >= candidate.start - 12 and not \
                    _NET_COMPARED.match(text, candidate.end):
                relations.append(Relation("net", candidate, tuple(q for q, _, _ in flows), explicit=False,
                                          cues=(*(c for _, _, c in flows), cue),
                                          signs=tuple(sign for _, sign, _ in flows)))
            break  # "kết nạp 25 đảng viên, tăng 5": with no flow out, a change against another period
    return relations


_AGE_BAND = re.compile(r"(?<!\w)(?:(?:dưới|trên|từ|đủ|ngoài)\s+)?\d{1,3}(?:\s*(?:đến|-|–)\s*(?:dưới\s+)?\d{1,3})?\s+tuổi"
                       r"(?:\s+trở\s+(?:lên|xuống))?(?!\w)", re.IGNORECASE)
_COMPOSITION = re.compile(r"(?<!\w)cơ\s+cấu(?!\w)", re.IGNORECASE)
_SHARE_LABEL_GAP = re.compile(r"[^\d%]{1,60}?(?:\s(?:chiếm|là|bằng))?\s*:?\s*", re.IGNORECASE)
_NOT_A_PART = re.compile(r"(?<!\w)(?:tăng|giảm|còn|so\s+với|đạt|vượt|bình\s+quân|khoảng|trên|dưới|từ|đến)(?!\w)",
                         re.IGNORECASE)


_SHARE_OF_KIND_END = re.compile(r"\s+chiếm(?:\s+(?:t[ỷỉ]\s+lệ|khoảng))?\s*$", re.IGNORECASE)
_BETWEEN_SHARES = re.compile(r"\s*[;,]?\s*(?:và\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_classifiers() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("share_classifiers"))
    return re.compile(rf"(?:{words})(?!\w)", re.IGNORECASE)


def _classified_shares(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"loại hình TCCSĐ xã, phường, thị trấn chiếm tỷ lệ 70,2%; loại hình TCCSĐ trong doanh nghiệp chiếm 8,5%;
    …": three or more shares in one sentence, each after "chiếm" and a label opening with one word of
    classification (resources/share_classifiers.txt: "loại hình", "khối", "lĩnh vực"), split one whole by
    kinds that exclude each other (kind "distribution", inferred, not exhaustive: together they cannot
    pass 100 %)."""
    relations = []
    classifier = _share_classifiers()
    for s_start, s_end in sentences:
        percents = [q for q in within(quantities, s_start, s_end) if q.kind == "percent"]
        if len(percents) < 3 or _COMPOSITION.search(text, s_start, s_end):
            continue  # "Cơ cấu …": a composition (_compositions)
        run: list[Quantity] = []
        kind = None
        last = s_start
        for q in percents:
            segment = text[last:q.start]
            end = _SHARE_OF_KIND_END.search(segment)
            floor = max(segment.rfind(";"), segment.rfind(":")) + 1 if not run else 0
            opening = classifier.search(segment, floor, end.start()) if end else None
            if opening is None or run and not _BETWEEN_SHARES.fullmatch(segment, 0, opening.start()) or (
                    _NOT_A_PART.search(segment, opening.start()) or q.modifier is not None or (
                    kind is not None and opening.group().lower() != kind)):
                break
            kind = opening.group().lower()
            run.append(q)
            last = unit_end(text, q)
        if len(run) >= 3 and len(run) == len(percents):
            relations.append(Relation("distribution", run[0], tuple(run), explicit=False, exhaustive=False,
                                      cues=(Cue(s_start, s_start, kind or ""),)))
    return relations


# a sentence that announces one classification before its shares: "Chia theo lĩnh vực, …", "Phân theo khu vực: …"
_SPLIT_OPENING = re.compile(r"\s*(?:[-+•]\s*)?(?:Chia|Phân)\s+theo\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*[,:]", re.IGNORECASE)
_HELD_SHARE_CUE = re.compile(r"(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:gần|khoảng|hơn|trên|xấp\s+xỉ))?\s*$",
                             re.IGNORECASE)


def _announced_split_shares(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Chia theo lĩnh vực, đầu tư vào nông nghiệp chiếm 2,5%; công nghiệp - xây dựng chiếm 46,5%; dịch vụ chiếm 51%":
    a sentence opened by the one classification it splits by, then shares each held after "chiếm", each clause one:
    the kinds of one split of one whole (kind "distribution", inferred, not exhaustive: together they cannot pass
    100 %). Rates by kind ("Phân theo khu vực: miền núi 7,69%, …") have no "chiếm" and are no shares of one whole."""
    relations = []
    for s_start, s_end in sentences:
        opening = _SPLIT_OPENING.match(text, s_start, s_end)
        if opening is None:
            continue
        percents = [q for q in within(quantities, opening.end(), s_end) if q.kind == "percent"]
        if len(percents) < 2 or any(q.modifier is not None or not _HELD_SHARE_CUE.search(
                text, max(0, q.start - 30), q.start) for q in percents):
            continue
        if any(q.kind != "percent" and opening.end() <= q.start < s_end for q in quantities) or any(
                ";" not in text[a.end:b.start] and "," not in text[a.end:b.start] or _SUBSET_AFTER.search(
                    text, a.end, b.start) for a, b in zip(percents, percents[1:])):
            continue  # amounts told beside their shares, two shares in one clause, or some of a kind ("trong đó")
        relations.append(Relation("distribution", percents[0], tuple(percents), explicit=False, exhaustive=False,
                                  cues=(Cue(s_start + len(text[s_start:opening.end()]) - len(text[s_start:opening.end()].lstrip()),
                                            opening.end(), text[s_start:opening.end()].strip()),)))
    return relations


def _compositions(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Cơ cấu kinh tế: nông nghiệp 35,2%; công nghiệp - xây dựng 30,1%; dịch vụ 34,7%": the shares
    of a composition, each after its own label, split one whole (kind "distribution", not
    exhaustive: a part may be left unsaid, but together they cannot pass 100 %)."""
    relations = []
    overlapping = word_set("overlapping_categories")
    for s_start, s_end in sentences:
        cue = _COMPOSITION.search(text, s_start, s_end)
        if cue is None:
            continue
        bands = [m.span() for m in _AGE_BAND.finditer(text, cue.end(), s_end)]
        # "dưới 35 tuổi chiếm 18,4%, từ 35 đến 60 tuổi chiếm 58,2%": an age band is a label, its numbers no figures
        inside = [q for q in quantities if cue.end() <= q.start < s_end and not any(a <= q.start < b for a, b in bands)]
        run: list[Quantity] = []
        last = cue.end()
        limit = s_end
        for q in inside:
            gap = _AGE_BAND.sub(" độ ", text[last:q.start])
            if len(run) >= 2 and ";" in gap and any(f" {c} " in f" {gap.lower()} " for c in overlapping):
                limit = q.start  # "…, trên 60 tuổi chiếm 25,1%; hội viên nữ chiếm 38,6%": another criterion, after
                break
            if not run and _NOT_A_PART.search(gap):
                # "Cơ cấu kinh tế chuyển dịch đúng hướng, tăng dần tỷ trọng …, giảm dần … (TM – DV: 72%; Nông nghiệp:
                # 28%)": the shares' own labels start after the last bracket or colon before the first of them
                opening = max(gap.rfind("("), gap.rfind(":", 0, max(0, gap.rfind(":"))), gap.rfind(";"))
                if opening != -1:
                    gap = gap[opening + 1:]
            if q.kind != "percent" or not _SHARE_LABEL_GAP.fullmatch(gap) or _NOT_A_PART.search(gap) or \
                    q.modifier is not None:
                break
            run.append(q)
            last = q.end
        own = [text[a.end if a else cue.end():b.start].lower() for a, b in zip([None, *run], run)]
        if bands and all(_AGE_BAND.search(label) for label in own):
            own = [_AGE_BAND.sub(" ", label) for label in own]  # the bands of one age scale split the whole
        labels = " ".join(own)
        if any(f" {c} " in f" {labels} " for c in overlapping):
            continue  # "cơ cấu đại biểu: nữ 35%, trẻ tuổi 20%, …": criteria that overlap, not a split
        if len(run) >= 2 and len(run) == len([q for q in inside if q.kind == "percent" and q.start < limit]):
            # two shares of a composition cannot pass 100 % either
            relations.append(Relation("distribution", run[0], tuple(run), explicit=False, exhaustive=False,
                                      cues=(Cue(cue.start(), cue.end(), cue.group()),)))
    return relations


_TOP_LEVEL = re.compile(r"xuất\s+sắc|tiêu\s+biểu")
_CUE_AFTER_COMMA = re.compile(r",\s*(?=(?:chiếm|đạt|là|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$)")
_COMMA_IN_LEVEL = re.compile(r"(?<=sạch),\s*(?=vững)")  # "trong sạch, vững mạnh": one level, its comma no break
# the first share after another, opened by "trong đó" in the same clause: some of the one before it
_HELD_AFTER = re.compile(r"\s*,?\s*trong\s+(?:đó|số\s+đó)\b[^;:()]*", re.IGNORECASE)
_BOTTOM_LEVEL = re.compile(r"không\s+hoàn\s+thành|(?<!\w)(?:yếu|kém)(?!\w)")


def _distributions(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"xếp loại: xuất sắc 15%, tốt 68,8%, hoàn thành 13,8%, không hoàn thành 2,5%": shares
    of the levels of one classification, in one sentence, split one whole between them (a
    relation of kind "distribution": its parts are the percentages, ``whole`` the first)."""
    relations = []
    run: list[Quantity] = []
    groups: list[frozenset[int]] = []
    segments: list[str] = []
    nested_top = False
    for quantity in [*quantities, None]:
        if quantity is not None and quantity.kind == "percent" and run and in_bracket(text, run[-1].end, quantity.start):
            # "trong sạch, vững mạnh chiếm 92,91% (trong đó, có 21,26% … tiêu biểu); hoàn thành tốt …": a level
            # held by the one before it, in its bracket; when that one is the run's first, it holds the top level
            nested_top = nested_top or len(run) == 1 and bool(_TOP_LEVEL.search(
                text[quantity.end:text.find(")", quantity.end) % (len(text) + 1)].lower()))
            continue
        if quantity is not None and quantity.kind == "percent" and run and _HELD_AFTER.fullmatch(
                text, run[-1].end, quantity.start) and not any(q.kind == "percent" for q in within(
                quantities, run[-1].end, quantity.start)):
            # "trong sạch, vững mạnh chiếm 87,97%, trong đó … tiêu biểu chiếm 20,59%; hoàn thành tốt …": the same,
            # written without the bracket
            nested_top = nested_top or len(run) == 1 and bool(_TOP_LEVEL.search(
                text[run[-1].end:quantity.start].lower()))
            continue
        levels = frozenset()
        if quantity is not None and quantity.kind == "percent":
            window = _COMMA_IN_LEVEL.sub(" ", text[max(0, quantity.start - 60):quantity.start].lower())
            segment = re.split(r"[,;:(]", _CUE_AFTER_COMMA.sub(" ", window))[-1]  # "… vững mạnh, chiếm 92,91%"
            levels = phrase_levels(re.sub(r"\s*(?:chiếm|đạt|là|bằng|tỷ lệ|tỉ lệ)\s*$", "", segment.strip()), True)
            same_sentence = not run or _sentence_of(sentences, run[0].start) == _sentence_of(sentences, quantity.start)
            if levels and same_sentence and (not groups or same_classification([*groups, levels])):
                run.append(quantity)
                groups.append(levels)
                segments.append(segment)
                continue
        if len(run) < 3 and quantity is not None and quantity.kind == "percent" and not run:
            after = _after_levels(text, quantities, sentences, quantity)
            if after:
                relations.append(after)
                continue
        if len(run) >= 3:
            # all levels, top to bottom: the first part's own label is the top level, the last's the bottom one
            # (not a "tiêu biểu" inside a bracket before the run: "(trong đó, 21,26% … tiêu biểu); hoàn thành tốt …")
            every = bool((_TOP_LEVEL.search(segments[0]) or nested_top) and _BOTTOM_LEVEL.search(segments[-1]))
            relations.append(Relation("distribution", run[0], tuple(run), explicit=True, exhaustive=every))
        run, groups, segments, nested_top = [], [], [], False
        if levels:  # a level of the next sentence or of another classification opens the next run
            run, groups, segments = [quantity], [levels], [segment]
    return relations


_LABEL_AFTER = re.compile(r"\s*([^\d%;:()]{2,90}?)\s*(?=[;:()]|,|\svà\s|\.(?:\s|$)|$)", re.IGNORECASE)
_AT_LEAST = re.compile(r"\s+trở\s+(?:lên|xuống)$")


def _after_levels(text: str, quantities: list[Quantity], sentences, first: Quantity) -> Relation | None:
    """"90,33% số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 9,7% hoàn thành nhiệm vụ
    và 0,57% không hoàn thành nhiệm vụ": shares each followed by its own level, all different levels
    of one classification, in one sentence, from the top level (or "… trở lên") to the bottom one."""
    sentence = _sentence_of(sentences, first.start)
    shares = (q for q in within(quantities, first.start, sentence[1]) if q.kind == "percent")  # lazily: the loop stops early
    run, names, groups = [], [], []
    for share in shares:
        label = _LABEL_AFTER.match(text, share.end)
        if label is None:
            break
        phrase = _AT_LEAST.sub("", label.group(1).lower().strip())
        levels = phrase_levels(phrase, True)
        if not levels or (groups and not same_classification([*groups, levels])):
            break
        name = _level_name(phrase, levels)
        if name in names:
            return None  # one level twice: two wholes ("95% chi bộ hoàn thành tốt …; 80% đảng viên hoàn thành tốt …")
        run.append(share)
        names.append(name)
        groups.append(levels)
        if any(q.kind != "percent" for q in within(quantities, first.start + 1, share.start)):
            return None  # counts between the shares: another shape
    if len(run) < 3 or not (_TOP_LEVEL.search(names[0]) or _AT_LEAST.search(
            _LABEL_AFTER.match(text, run[0].end).group(1).lower().strip())) or not _BOTTOM_LEVEL.search(names[-1]):
        return None
    return Relation("distribution", run[0], tuple(run), explicit=True, exhaustive=True)


def _level_name(phrase: str, groups: frozenset[int]) -> str:
    """The level a phrase ends with, in the first of its classifications."""
    group = classification_levels()[min(groups)]
    for level in sorted(group, key=len, reverse=True):  # "không hoàn thành nhiệm vụ" before "hoàn thành nhiệm vụ"
        if re.search(r"(?<!\w)" + re.escape(level) + r"$", phrase):
            return level
    return phrase


_PRESENCE = re.compile(r"có mặt|dự họp|dự sinh hoạt|tham dự|vắng", re.IGNORECASE)
_tells_presence = Keywords(_PRESENCE)  # _PRESENCE.search(…) is not None, as substring tests (speed)
_PRESENT, _ABSENT = re.compile(r"(?:có mặt|dự họp|dự sinh hoạt|tham dự|dự hội nghị|dự đại hội|dự (?:kỳ|phiên) họp)\s*(?:có\s*)?:?\s*$", re.IGNORECASE), re.compile(
    r"vắng(?:\s+mặt)?\s*:?\s*$", re.IGNORECASE)


def _presence(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Chi bộ có 25 đảng viên, có mặt 22 đồng chí, vắng 2 đồng chí": in one sentence, the
    members counted first and then one present and one absent count (kind "presence")."""
    if not _tells_presence(text):
        return []
    relations = []
    for index, (s_start, s_end) in enumerate(sentences):
        people = [q for q in within(quantities, s_start, s_end) if q.kind == "count"
                  and (q.noun_class == "person" or q.bare)]
        pair = presence_pair(text, people, s_start)
        if pair and index:
            # "Chi bộ có 21 đảng viên. Có mặt 18 đồng chí, vắng 2 đồng chí.": the members counted
            # in the sentence before are the whole (inferred: a warning naming it)
            whole, cues = members_whole(text, quantities, *sentences[index - 1]), ()
            if whole is None and (called := called_roll(text, quantities, *sentences[index - 1], pair[0].head)):
                whole, cues = called  # (its cue: "đại biểu chính thức" called is the roll, no split of members)
            if whole is not None:
                relations.append(Relation("presence", whole, pair, explicit=False, exhaustive=True, cues=cues))
            continue
        if len(people) != 3 or people[0].noun_class != "person":
            continue
        whole, present, absent = people
        called = _PART_OF_WHOLE.match(text[whole.end:present.start]) if present.kind == "count" else None
        if called and _labelled(text, whole, _PRESENT, _PRESENT_AFTER, s_start) and _labelled(
                text, absent, _ABSENT, _ABSENT_AFTER, s_start) and whole.compatible(present):
            # "146 đại biểu chính thức có mặt trên tổng số 150 đại biểu được triệu tập, vắng 3"
            cue = Cue(whole.end + called.start("cue"), whole.end + called.end("cue"), called["cue"])
            relations.append(Relation("presence", present, (whole, absent), explicit=True, exhaustive=True,
                                      cues=(cue,)))
            continue
        if whole.role not in ("whole", None) or not _labelled(text, present, _PRESENT, _PRESENT_AFTER, s_start) \
                or not _labelled(text, absent, _ABSENT, _ABSENT_AFTER, s_start):
            continue
        relations.append(Relation("presence", whole, (present, absent), explicit=True, exhaustive=True))
    return relations


def presence_pair(text: str, people: list[Quantity], floor: int) -> tuple[Quantity, Quantity] | None:
    """A sentence's two person counts when they are one present and one absent count, in
    that order ("Có mặt 18 đồng chí, vắng 2 đồng chí")."""
    if len(people) != 2:
        return None
    present, absent = people
    if _labelled(text, present, _PRESENT, _PRESENT_AFTER, floor) and _labelled(text, absent, _ABSENT, _ABSENT_AFTER,
                                                                                  floor):
        return present, absent
    return None


_MEMBERS_BEFORE = re.compile(r"(?:(?<!\w)(?:hiện\s+)?có|tổng\s+số(?:\s+đảng\s+viên)?(?:\s+(?:của|trong)\s+chi\s+bộ)?)\s*"
                             r"(?:là\s+)?:?\s*$", re.IGNORECASE)
_MEMBER_HEADS = frozenset(("đảng viên", "đại biểu", "ủy viên", "uỷ viên", "thành viên"))


def members_whole(text: str, quantities: list[Quantity], s_start: int, s_end: int) -> Quantity | None:
    """The one member count of a sentence ("Chi bộ có 21 đảng viên.", "Tổng số đảng viên: 21
    đồng chí."), or None when it has another figure or none."""
    # a note in brackets ("(sau khi 01 đồng chí nghỉ hưu)") is no second figure of the sentence
    figures = [q for q in within(quantities, s_start, s_end) if not in_bracket(text, s_start, q.start)]
    if len(figures) != 1:
        return None
    whole = figures[0]
    committee = _COMMITTEE_HAS.match(text, s_start, whole.start)
    if whole.kind != "count" or whole.noun_class != "person" or whole.role not in ("whole", None) or \
            whole.head not in _MEMBER_HEADS and not _TOTAL_MEMBERS.search(text, s_start, whole.start) and not (
                committee and whole.head == "đồng chí"):
        return None
    if not _MEMBERS_BEFORE.search(text[max(s_start, whole.start - 40):whole.start]):
        return None
    if not (_BODY_OF_MEMBERS.search(text, s_start, whole.start) or committee) or \
            text[whole.end:unit_end(text, whole)].strip().lower() not in _PLAIN_MEMBERS:
        return None  # "Đảng bộ có 1.250 đảng viên" is no meeting's roll; "21 đảng viên cao tuổi" a subset
    if re.search(r"vắng|có mặt|dự họp|tham dự|miễn|tạm thời|kết nạp|chuyển|khách mời", text[s_start:s_end],
                 re.IGNORECASE):
        return None
    return whole


# those called to a meeting ("Đại hội được triệu tập 150 đại biểu chính thức"), or an elected council's seats ("HĐND
# phường có 25 đại biểu"): the roll of the session the next sentence counts present and absent
_CALLED_BEFORE = re.compile(r"(?:(?<!\w)(?:được\s+)?triệu\s+tập(?:\s+về\s+dự)?|(?<!\w)(?:HĐND|Hội\s+đồng\s+nhân\s+dân)"
                            r"(?:\s+[^\W\d_]+){0,4}?\s+(?:hiện\s+)?có(?:\s+tổng\s+số)?)\s*:?\s*$")
_SAME_ROLL_HEADS = frozenset(("đồng chí", "đ/c"))


def called_roll(text: str, quantities: list[Quantity], s_start: int, s_end: int, head: str | None
                ) -> tuple[Quantity, tuple[Cue]] | None:
    """The one count of a sentence that states those called to a meeting or a council's seats, under the noun the
    next sentence counts present ("… triệu tập 150 đại biểu chính thức, đại diện cho 1.842 đảng viên …"; figures of
    other nouns beside it are no roll), with the cue that calls it, or None. No count of the sentence may tell who
    came or stayed away."""
    if head is None or _tells_presence(text[s_start:s_end]):
        return None
    counts = [q for q in within(quantities, s_start, s_end) if q.kind == "count" and q.noun_class == "person"
              and not in_bracket(text, s_start, q.start) and (q.head == head or head in _SAME_ROLL_HEADS)]
    if len(counts) != 1:
        return None
    whole = counts[0]
    called = _CALLED_BEFORE.search(text, max(s_start, whole.start - 60), whole.start)
    if whole.role not in ("whole", "result", None) or whole.modifier is not None or whole.decimals or called is None:
        return None
    return whole, (Cue(called.start(), called.end(), called.group().strip()),)


# "Ban Chấp hành Đảng bộ xã khóa I hiện có 29 đồng chí": a committee's roll, its members counted as "đồng chí"
_COMMITTEE_HAS = re.compile(r"\s*(?:Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|BCH|BTV|Chi\s+ủy|Ủy\s+ban\s+Kiểm\s+tra|UBKT)"
                            r"(?:\s+[^\W\d_]+){0,6}?\s+(?:hiện\s+)?(?:có|gồm)\s+(?:tổng\s+số\s+)?$")
_TOTAL_MEMBERS = re.compile(r"tổng\s+số\s+đảng\s+viên", re.IGNORECASE)
_BODY_OF_MEMBERS = re.compile(r"(?<!\w)(?:chi\s+bộ|tổng\s+số\s+(?:đảng\s+viên|đại\s+biểu|ủy\s+viên|uỷ\s+viên))(?!\w)",
                              re.IGNORECASE)
_PLAIN_MEMBERS = frozenset(("đảng viên", "đồng chí", "đ/c"))


_PERSON_UNIT = r"\s*+(?:(?:đồng\s+chí|đảng\s+viên|đại\s+biểu|người|thành\s+viên|ủy\s+viên|uỷ\s+viên|đ/c)\s*+)?"
_PRESENT_AFTER = re.compile(_PERSON_UNIT + r"(?:[^\W\d_]+\s+){0,6}?(?:có\s+mặt|dự\s+họp|tham\s+dự|dự\s+hội\s+nghị|dự\s+đại\s+hội)(?!\w)",
                            re.IGNORECASE)  # "45 đồng chí Ủy viên Ban Chấp hành tham dự"
_ABSENT_AFTER = re.compile(_PERSON_UNIT + r"vắng(?!\w)", re.IGNORECASE)


def _labelled(text: str, quantity: Quantity, before: re.Pattern, after: re.Pattern, floor: int) -> bool:
    """"có mặt 22 đồng chí" or "22 đồng chí có mặt"."""
    return bool(before.search(text[max(floor, quantity.start - 25):quantity.start])
                or after.match(text, quantity.end))


def presence_parts(parts, text: str) -> bool:
    """The parts are one present and one absent count: the attendance rule's."""
    if len(parts) != 2:
        return False
    present, absent = parts
    return _labelled(text, present, _PRESENT, _PRESENT_AFTER, 0) and _labelled(text, absent, _ABSENT, _ABSENT_AFTER, 0)


def _members_told_after(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                        relations: list[Relation]) -> list[Relation]:
    """"Ban Chấp hành gồm 33 đồng chí, trong đó nữ 8 đồng chí, dưới 40 tuổi 7 đồng chí; có 12 đồng chí tái cử": after a
    whole with its "trong đó" parts, a clause of the same sentence after ";" that opens on a count of the whole's noun
    and tells its members by a criterion of membership (resources/overlapping_categories.txt, membership_criteria.txt)
    is some of the same whole (inferred: a warning naming it)."""
    found = []
    wholes = {id(r.whole): r.whole for r in relations if r.kind == "part-of" and r.explicit and r.cues and r.whole.kind
              == "count" and r.parts[0] is not r.whole and _SUBSET_CUE.fullmatch(r.cues[0].text)}
    if not wholes:
        return found
    criteria = word_set("overlapping_categories") | word_set("membership_criteria")
    taken = {id(p) for r in relations for p in r.parts}
    for whole in wholes.values():
        s_start, s_end = _sentence_of(sentences, whole.start)
        at = text.find(";", whole.end, s_end)
        while at != -1:
            stop = text.find(";", at + 1, s_end)
            end = s_end if stop == -1 else stop
            inside = list(within(quantities, at + 1, end))
            first = inside[0] if inside else None
            if first is not None and id(first) not in taken and first.kind == "count" and first.modifier is None \
                    and first.noun_class == whole.noun_class and one_noun_head(first.head, whole.head) \
                    and _HAS_OPENING.fullmatch(text, at + 1, first.start):
                told = f" {_PUNCTUATION.sub(' ', text[first.end:end].lower())} "
                if any(f" {c} " in told for c in criteria):
                    found.append(Relation("part-of", whole, (first,), explicit=False, cues=(
                        Cue(s_start, unit_end(text, whole), text[s_start:unit_end(text, whole)]),)))
            at = stop
    return found


_SUBSET_CUE = re.compile(r"trong\s+(?:số\s+)?đó(?:\s+có)?", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s]+")
_HAS_OPENING = re.compile(r"\s*(?:(?:trong\s+đó\s+)?có|số)?\s*", re.IGNORECASE)


def _explicit_part_of(text: str, quantities: list[Quantity]) -> list[Relation]:
    relations = []
    for ratio in quantities:
        if ratio.kind == "ratio" and ratio.total:
            relations.append(Relation("part-of", ratio, (ratio,), explicit=True))
    # a ratio is some of a total named after it too ("45/45 đại biểu có mặt … trong tổng số 51 đại biểu": its part)
    counts = [q for q in quantities if q.kind in ("count", "money") or q.kind == "ratio" and q.total and q.head]
    for first, second, third in zip(counts, counts[1:], counts[2:] + [None]):
        gap = text[first.end:second.start]
        # "42/45 tổ chức … trong tổng số 38 chi bộ và 7 đảng bộ cơ sở": the total named goes on, a sum of which 38 is
        # one count; more than 38 says nothing (the base is still named, for the counts after it)
        summed = third is not None and third.kind == second.kind and first.value > second.value and bool(
            _WHOLE_GOES_ON.match(text, unit_end(text, second), third.start))
        if first.kind == "ratio" or second.kind == "ratio":
            subset = _RATIO_SUBSET.match(gap) if first.kind == second.kind == "ratio" else None
            if subset and first.total == second.total and first.head == second.head and first.value <= first.total \
                    and second.value < second.total and not _CRITERION.match(text, unit_end(text, second)) \
                    and not period_items(text[unit_end(text, second):third.start if third else second.end + 80]):
                # (not "trong đó 10/10 thôn đã niêm yết", "trong đó 9/10 xã đạt tiêu chí thủy lợi", "trong đó 31/32 hộ
                # đã đóng góp từ năm trước": what all of the total did, a criterion each meets, or what was done in
                # another period is told of the whole, not picked out of the part before)
                # "có 130.673/130.780 cử tri tham gia bỏ phiếu, trong đó, có 130.695/130.780 cử tri ủng hộ": over one
                # total, the ratio picked out after "trong đó" is some of the part before it
                counted = replace(first, kind="count", total=None, end=first.start + first.text.index("/"),
                                  text=first.text.split("/")[0].strip())
                cue = Cue(first.end + subset.start("cue"), first.end + subset.end("cue"), subset["cue"])
                relations.append(Relation("part-of", counted, (second,), explicit=True, cues=(cue,)))
            elif second.kind != "ratio" and not summed and first.compatible(second) and (
                    match := _PART_OF_WHOLE.match(gap)):
                cue = Cue(first.end + match.start("cue"), first.end + match.end("cue"), match["cue"])
                relations.append(Relation("part-of", second, (first,), explicit=True, cues=(cue,)))
            continue
        match = _PART_OF_WHOLE.match(gap)
        if match and first.compatible(second):
            if not summed:
                cue = Cue(first.end + match.start("cue"), first.end + match.end("cue"), match["cue"])
                relations.append(Relation("part-of", second, (first,), explicit=True, cues=(cue,)))
            continue
        before = text[max(0, first.start - 20):first.start]
        match = _WHOLE_THEN_PART.match(gap)
        if match and _WHOLE_CUE_BEFORE.search(before) and first.compatible(second):
            cue = Cue(first.end + match.start("cue"), first.end + match.end("cue"), match["cue"])
            relations.append(Relation("part-of", first, (second,), explicit=True, cues=(cue,)))
    return relations




def _shares(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
            breakdowns: list[Relation], known: list[Relation]) -> list[Relation]:
    """share-of and result-vs-plan relations of every percentage that states a share."""
    relations = []
    bases = {id(r.whole) for r in known if r.kind == "growth"}
    written_before = _parts_written_before(known)
    eligible: list[Quantity] = []  # the quantities before the percentage that may be its part, grown as it goes
    scanned = 0
    for index, percent in enumerate(quantities):
        if percent.kind != "percent":
            continue
        ratio = _ratio_after(text, percent, quantities[index + 1:])
        if ratio is not None:
            relations.append(Relation("share-of", ratio, (ratio,), percent, explicit=True))
            # "đạt 65,43% (1.005/1.536 hồ sơ), tăng so với tháng trước (61,2%)": the ratio is that percentage's
            bases.add(id(ratio))
            continue
        pair = _pair_after(text, percent, quantities[index + 1:index + 3])
        if pair is not None:  # "đạt 82,5% (giải ngân 33 tỷ đồng/kế hoạch 41 tỷ đồng)"
            relations.append(pair)
            continue
        compared = _compared_before(text, percent, quantities[max(0, index - 2):index])
        if compared is not None:  # "214 hộ so với 250 hộ, đạt 85,6%"
            relations.append(compared)
            continue
        # a base of another period ("so với cùng kỳ (372,8 tỷ đồng)") is no part of what follows
        for q in quantities[scanned:index]:
            # (percentage points are a difference of two rates: neither the part nor the whole of a share)
            if q.kind != "percent" and not _AGE_AFTER.match(text, q.end) and id(q) not in bases \
                    and not _TIMES_BASE.search(text, max(0, q.start - 50), q.start) \
                    and not _TIMES.search(text, max(0, q.start - 8), q.start) \
                    and not (q.unit or "").lower().startswith("điểm phần"):
                eligible.append(q)
        scanned = index
        before = eligible
        if not before:
            continue
        sentence = _sentence_of(sentences, percent.start)
        plan_named, apart = named_plan(percent), percent.base is not None and percent.base.apart is not None
        bracketed = _bracketed_base(text, percent, before, quantities[index + 1:], sentence)
        if bracketed is not None:
            relations.append(bracketed)
            continue
        part, aside = before[-1], False
        over = _money_over_money(text, before, percent)
        if over is not None:  # "27,34 tỷ đồng/41,6 tỷ đồng kế hoạch năm, tỷ lệ 63,1%"
            relations.append(over)
            continue
        threshold = None
        if len(before) > 1 and part.modifier == "bound":
            threshold = part
            part = before[-2]  # "4.325 doanh nghiệp có vốn dưới 10 tỷ đồng, chiếm 92,3%": a threshold, not the part
        elif len(before) > 1 and part.kind in ("count", "money") and per_unit(text, part) and \
                before[-2].start >= sentence_start(sentences, percent.start):
            part = before[-2]  # "trồng 6.480,5 ha, bình quân 1.296,1 ha/năm, đạt 108,0% mục tiêu": an average, not the result
        elif len(before) > 1 and part.role is None and part.modifier is None and ")" in text[part.end:percent.start] \
                and "(" not in text[part.end:percent.start] and _SUBSET_ASIDE.match(text, unit_end(text, before[-2])) \
                and before[-2].start >= sentence_start(sentences, percent.start):
            part = before[-2]  # "Có mặt 109 thành viên (trong đó 6 … ủy quyền), chiếm 85,2%": the count before the aside
            aside = True
        elif ")" in text[part.end:percent.start]:
            split = None
            if "(" not in text[part.end:percent.start]:
                split = next((r.whole for r in breakdowns if r.kind == "sum-of" and r.cues and r.cues[0].text == "("
                              and r.parts[-1] is part and r.whole.start >= sentence_start(sentences, percent.start)),
                             None)
                # "6.215 hộ đạt danh hiệu (cấp tỉnh 486 hộ, …, cấp cơ sở 3.800 hộ), bằng 63,1% số hộ đăng ký": the
                # count the bracket split, not its last part
            if split is None and len(before) > 2:
                # "hoàn thành tốt nhiệm vụ 35 (7 đảng bộ và 28 chi bộ), chiếm 68,63%": of the 35 (a count by its level)
                split = _split_in_bracket(text, before, percent, sentence_start(sentences, percent.start))
            if split is not None:
                part, aside = split, True
        joined = None
        if not aside and len(before) > 1 and part.kind == before[-2].kind == "count" and part.head and before[-2].head \
                and not one_noun_head(part.head, before[-2].head) and before[-2].start >= sentence[0] \
                and _JOINED_ASIDE.fullmatch(text, unit_end(text, before[-2]), part.start):
            # "làm rõ 83 vụ, với 174 đối tượng, đạt tỷ lệ 78%": the share is of the count the aside is joined to
            joined, part, aside = part, before[-2], True
        named_class = _named_base_class(percent) if joined is None else None
        if named_class and part.kind == "count" and part.noun_class and part.noun_class != named_class:
            # "1.087 hộ (3.902 người), chiếm 33,8% số hộ": the share names what it counts; its part is the nearest
            # count of that sort in the sentence, the other an aside of it
            named_part = next((q for q in reversed(before) if q.kind == "count" and q.noun_class == named_class
                               and q.start >= sentence[0]), None)
            if named_part is not None:
                part, aside = named_part, True
        if part.kind == "count" and _rate_where_measured(text, part, sentence[0]):
            continue  # "tỷ lệ đảng viên dự sinh hoạt ở 3 chi bộ chỉ đạt 80%": a rate of members, measured in 3 chi bộ
        if plan_named and (_COMPARED_BASE.search(text, max(0, part.start - 40), part.start)
                                         or _COMPARED_RIGHT_BEFORE.search(text, max(0, part.start - 24), part.start)):
            # "tăng 4,6 triệu đồng so với năm 2025 (57,8 triệu đồng), đạt 104,0% chỉ tiêu", "25 thanh niên so với 20
            # thanh niên năm trước, đạt 100% chỉ tiêu": the base compared with, not the result of the plan
            continue
        inner = written_before.get(id(part))
        if inner is not None and inner.start >= sentence_start(sentences, percent.start):
            gap = text[part.end:percent.start]  # "385 trên tổng số 420 chi bộ …, chiếm 92,7%"
            if _SHARE_GAP.match(gap) and not any(c.isdigit() for c in gap):
                relations.append(Relation("share-of", part, (inner,), percent, explicit=True))
            continue
        # "… danh hiệu Gia đình văn hóa năm 2025, chiếm 94,8%"; "186/194 trẻ dưới 1 tuổi, đạt 95,9%": an age describes
        gap = text[part.end:percent.start]
        if threshold is not None and threshold.kind != part.kind and part.end <= threshold.start:
            # (the threshold's figure is a word of the part's description, no number between it and its share)
            gap = text[part.end:threshold.start] + " mức" + text[unit_end(text, threshold):percent.start]
        gap = _TIMES_ASIDE.sub(" ", _AGE.sub(" ", _ROUND.sub(" ", _YEAR.sub("", gap))))
        if joined is not None:
            gap = text[part.end:unit_end(text, part)] + text[unit_end(text, joined):percent.start]
        elif aside:
            gap = _BRACKETED_ASIDE.sub(" ", gap)
        loose = False
        if any(c.isdigit() for c in gap) and not any(part.end <= q.start < percent.start for q in quantities):
            # "1.512 hội viên tham gia sinh hoạt đủ 3/3 kỳ, đạt 83,7%": digits that are no quantity (a period, a
            # date) between the part and its share; only a whole stated paragraphs before is then looked for
            gap, loose = _DIGITS.sub("x", gap), True
        if not loose and part.start >= sentence[0] and part.kind == "count" and part.head and part.noun_class \
                and len(gap) > 60 and not _SHARE_GAP.match(gap) and _LONG_SHARE_GAP.fullmatch(gap) and not any(
                sentence[0] <= q.start < percent.start and q is not part for q in quantities):
            # "Trong đó, 230 vị là các cá nhân tiêu biểu trong các giai cấp, …, người Việt Nam ở nước ngoài, chiếm 57%":
            # the one count of its sentence, a long description between (inferred: a whole stated before is looked for)
            relations.append(Relation("share-open", part, (part,), percent, explicit=False))
            continue
        if part.kind == "ratio" and part.total and part.start >= sentence[0] and _RATIO_THEN_SHARE.fullmatch(gap) \
                and not plan_named and not _other_base_named(text, part, percent):
            # "1.639/1.690 hộ gia đình đăng ký danh hiệu gia đình văn hóa; đạt 97%": a semicolon written for a comma
            relations.append(Relation("share-of", part, (part,), percent, explicit=True))
            continue
        if part.start < sentence[0] or not _SHARE_GAP.match(gap) or any(c.isdigit() for c in gap):
            continue
        if loose:
            if part.kind == "count" and part.head and part.role in (None, "whole") and not apart \
                    and not plan_named and not APPROXIMATE_BEFORE.search(
                    text[max(0, part.start - 12):part.start]):
                whole = _explicit_whole(part, known)
                if whole is not None and whole.kind == "count":
                    # "… khám sơ tuyển cho 3.902 công dân. Trong số này có 2.367 người được gọi khám vòng 2 …, đạt
                    # 57,3%": the part was picked out of a whole, which the share is then of (a warning naming it)
                    relations.append(Relation("share-of", whole, (part,), percent, explicit=False))
                elif not any(q.kind == "count" and q.start < part.start and q.head == part.head for q in quantities):
                    relations.append(Relation("share-open", part, (part,), percent, explicit=False))
            continue
        if apart and not plan_named:
            if part.modifier == "change":
                continue  # "249 đơn vị …, tăng 36 đơn vị … và chiếm khoảng 38,7% tổng số …": the level's share, not the change's
            whole = _explicit_whole(part, known)
            if whole is not None and _names_the_whole(text, percent, whole, sentences):
                # "Tổng dư nợ … 31.902 tỷ đồng … Trong đó dư nợ cho vay nông nghiệp 24.356 tỷ đồng, chiếm 74,6%
                # tổng dư nợ": the base the share names is the whole the part was listed under
                relations.append(Relation("share-of", whole, (part,), percent, explicit=True))
                continue
            named = percent.base.noun(_TOTAL_NOUN_WORDS) if percent.base is not None and percent.base.total else None
            whole = _named_total(text, part, quantities, named.text) if named and part.kind == "count" else None
            if whole is not None:  # "85 hội viên, bằng 7,2% tổng số hội viên" of "Tổng số hội viên là 1.230 người"
                relations.append(Relation("share-of", whole, (part,), percent, explicit=False))
            elif named and part.kind == "count" and part.head and not any(
                    q.kind == "count" and q.start < part.start and q.value > part.value for q in quantities):
                # "62 đồng chí, chiếm 4,9% tổng số đảng viên" with no total in the paragraph: one
                # stated paragraphs before, under that name (the cue carries the noun)
                relations.append(Relation("share-open", part, (part,), percent, explicit=False, cues=(named,)))
            continue
        if part.kind == "ratio":
            if _NEXT_ITEM_BRACKET.search(gap):
                continue  # "(đạt 91,1%, tương ứng 58,73/64,5 tỷ đồng) và tỷ lệ chất thải … (đạt 72%": another item's ratio
            if plan_named and part.head in TALLY_HEADS:  # never the base of a share of a plan
                continue  # "17/18 chỉ tiêu đạt …, riêng thu ngân sách chỉ đạt 95% dự toán": a share of a plan, not of the tally
            if _RATE_NAMED.search(gap):
                continue  # "có 30/32 chỉ tiêu đạt …, đưa tốc độ phát triển kinh tế đạt 7,36%": a rate of its own
            named = _RATE_OF.search(gap)
            if named and part.head and part.head.split()[0] not in named["what"].lower().split():
                continue  # "53/54 tỉnh có tỷ lệ tiêm vắc-xin … đạt 95,2%": the rate of another thing than the provinces
            if part.total and len(gap) <= 160 and not _other_base_named(text, part, percent):
                relations.append(Relation("share-of", part, (part,), percent, explicit=True))
            continue
        in_sentence = [q for q in within(quantities, sentence[0], sentence[1]) if q.kind == part.kind]
        # "vượt 3 cuộc so với kế hoạch (24 cuộc)", "vượt chỉ tiêu 12 hội viên": by how much, neither result nor plan
        plans = [q for q in in_sentence if q.role == "plan" and q is not part and _same_measure(q, part)
                 and _same_head(q, part) and q.head != "chỉ tiêu" and q.modifier != "change"]
        if part.role == "plan":
            if part.modifier == "change" or _base_of_share_before(quantities, part):
                continue  # (a plan in the bracket after an earlier share is that share's base: "đạt 75,9% dự toán (6.500)")
            results = [q for q in in_sentence if q.start < part.start and q.role != "plan" and _same_measure(q, part)
                       and q.modifier != "change" and not _base_of_share_before(quantities, q)
                       and not _percent_between(quantities, q, part, percent, _shares_with_base(quantities))]
            # "cấp 87 giấy, trong đó 12 giấy cấp lần đầu; kế hoạch năm 110 giấy, đạt 79,1%": the
            # result is the whole, not the subset picked out of it
            subsets = {id(p) for r in known if r.kind == "part-of" and r.whole in results for p in r.parts}
            results = [q for i, q in enumerate(results) if id(q) not in subsets and not (
                i and _one_noun(results[i - 1].head, q.head) and _SUBSET_CUE.fullmatch(text, unit_end(text, results[i - 1]), q.start))]
            if results:
                relations.append(Relation("result-vs-plan", part, (results[-1],), percent, explicit=True,
                                          cues=part.cues))
            continue
        described = _base_described_before(text, percent, part, quantities, sentences) \
            if not plan_named else None
        if described is not None:
            # "… bị ngập là 126,5 ha trên tổng số 214,8 ha, …; trong đó 41,3 ha mất trắng, chiếm 32,6% diện tích bị
            # ngập": the share names its base by the words that described an earlier figure; that figure is the whole
            # (read, not written: another base in scope that explains the share still silences it)
            relations.append(Relation("share-of", described, (part,), percent, explicit=False))
            continue
        whole = _explicit_whole(part, known)
        if whole is not None and not plan_named:
            # "6.874 lượt, đạt 76,4% kế hoạch năm (9.000 lượt); trong đó khám BHYT 5.912 lượt (86,0%)": a part
            # picked out of its whole, its share named by no plan word, is a share of that whole, not of the plan
            relations.append(Relation("share-of", whole, (part,), percent, explicit=True))
            continue
        # A plan with another percentage between it and the result has been measured already
        # ("giao là 257.586 tỷ đồng, đạt 90,2% kế hoạch, nguồn vốn khác là 46.632 tỷ đồng, đạt 87,7% …").
        # nor is a plan measured by an earlier result when this part is picked out of that result ("… 4.520 triệu
        # đồng, đạt 75,3% dự toán năm (6.000 triệu đồng); trong đó thu thuế 3.164 triệu đồng (70,0%)")
        measured = {id(r.whole) for r in relations if r.kind == "result-vs-plan"}
        if part.modifier == "change":
            plans = []  # "Chỉ tiêu năm 2026 là 38 công dân, tăng 3 công dân (8,57%) so với năm 2025": the change's rate
        plans = [q for q in plans if (q.start < percent.start or "(" in text[percent.end:q.start]
                                      or _PLAN_NAMED_THEN.fullmatch(text, percent.end, q.start))
                 and not _percent_between(quantities, q, part, percent)
                 and not (id(q) in measured and _SUBSET_AFTER.search(text, q.end, part.start))]
        if plans:
            relations.append(Relation("result-vs-plan", plans[0], (part,), percent, explicit=True, cues=plans[0].cues))
            continue
        if plan_named:
            plan = _named_plan_before(text, part, quantities, sentences, percent) if part.role == "result" else None
            if plan is not None:  # "Chỉ tiêu kết nạp năm là 60 đảng viên. Lũy kế … kết nạp 37 đảng viên, đạt 61,7% chỉ tiêu năm"
                relations.append(Relation("result-vs-plan", plan, (part,), percent, explicit=False, cues=plan.cues))
            continue  # "đạt 97% kế hoạch" with no plan figure in the sentence
        if part.role == "result" and not [q for q in in_sentence if q.role == "plan"]:
            plan = _plan_before(text, part, quantities, sentences)
            if plan is not None:  # "Kế hoạch năm giao thu 15 tỷ đồng. Kết quả thực hiện 12,36 tỷ đồng, đạt 84,2%."
                relations.append(Relation("result-vs-plan", plan, (part,), percent, explicit=False, cues=plan.cues))
                continue
        whole = _explicit_whole(part, known)
        if whole is not None:
            relations.append(Relation("share-of", whole, (part,), percent, explicit=True))
            continue
        whole = _received_whole(part, known)
        if whole is not None:  # "tiếp nhận 31 tin báo …; đã giải quyết 21 tin, đạt 67,7%": of what was received
            relations.append(Relation("share-of", whole, (part,), percent, explicit=False))
            continue
        if percent.base is not None and percent.base.own_name is not None or part.modifier == "change" \
                or _BASE_IN_WORDS.search(text, sentence[0], part.start) or _subset_named(text, sentence[0], part.start):
            # "bằng 6,28% GDP": a share of the base it names; "tăng 7.135 tỷ đồng": a change, no part;
            # "trong tổng số doanh nghiệp giải thể, có …": the base is named, not an earlier figure
            continue
        whole = _inferred_whole(text, part, quantities, sentences, percent.end)
        shared = {id(r.parts[0]) for r in relations if r.parts and r.kind in ("share-open", "share-of")}
        if whole is not None and whole.kind == "count" and part.kind == "count" and (id(whole) in shared or (
                own := next((q for q in quantities if q.start > whole.end), None)) is not None and own.kind == "percent"
                and own.start < part.start and _HELD_SHARE.search(text, max(0, own.start - 24), own.start)
                or _count_of_a_share(whole, quantities)):
            # "có 222 đại biểu nữ (chiếm 13,99%); 175 đại biểu …": a part with its own share, no whole (also when that
            # share was read as no one's: "12 người thuộc quân đội (…), chiếm tỷ lệ 5,91%; 2 người …, tương đương 0,99%")
            whole = None
        base = _base_by_its_act(percent) if whole is None else None
        if base is not None and part.kind in ("count", "money") and not APPROXIMATE_BEFORE.search(
                text[max(0, part.start - 12):part.start]):
            # "Tổng chi hỗ trợ 236,4 triệu đồng, bằng 74,3% số quỹ vận động được trong năm": a base named by what
            # was done, perhaps stated paragraphs before (kind share-named; the cue is the naming words)
            relations.append(Relation("share-named", part, (part,), percent, explicit=False,
                                      cues=(base,)))
        if whole is not None and not (whole.kind != "ratio" and _is_share_of_more(whole, relations)) and not APPROXIMATE_BEFORE.search(
                text[max(0, part.start - 12):part.start]):
            relations.append(Relation("share-of", whole, (part,), percent, explicit=False))
        elif whole is None and part.kind == "count" and part.head and not APPROXIMATE_BEFORE.search(
                text[max(0, part.start - 12):part.start]) and not any(
                q.role == "whole" and q.kind == "count" and q.start < part.start and id(q) not in shared
                for q in quantities):
            # (a count with its own share is a part, whatever its cue: "có 222 đại biểu nữ (chiếm 13,99%); 175 …")
            # a share of a whole the paragraph does not state: perhaps one stated paragraphs before
            relations.append(Relation("share-open", part, (part,), percent, explicit=False))
    return relations


# a rate named by what it counts, then where it was measured: "tỷ lệ hộ dân dùng nước sạch ở 5 xã", "tỉ lệ lao động có
# hợp đồng tại 15 doanh nghiệp" (no figure between the rate's name and the count)
_RATE_THEN_WHERE = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?P<what>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,14}?)\s+"
                              r"(?:ở|tại|trong|của|thuộc)(?:\s+(?:các|những|mỗi))?\s+$", re.IGNORECASE)


_DESCRIBED_WORDS = 6  # words of a base matched against a figure's description


def _base_described_before(text: str, percent: Quantity, part: Quantity, quantities, sentences) -> Quantity | None:
    """The one earlier figure of the part's measure, larger than it, in the share's sentence or the one before, whose
    own description (the words from the figure before it, or its sentence's start, to its unit's end) holds, in order,
    every word the share names its base by: "Diện tích lúa bị ngập là 126,5 ha …, chiếm 32,6% diện tích bị ngập" is of the
    126,5. None when the share names no base of two words or more, or when no figure or several are so described."""
    base = percent.base
    # (a level compared with, "so với kế hoạch", is no whole the part is some of)
    if base is None or part.kind not in ("count", "money") or base.compared:
        return None
    named = base.phrase[:_DESCRIBED_WORDS]
    first = base.measure if base.measure is not None and not base.counted else base.words[0] if base.words else None
    if first is None or not first.text[:1].islower():  # ("bằng 6,28% GDP": a name, not words describing a figure)
        return None
    words = [w for w in named if w not in _SCOPE_WORDS]
    if len(words) < 2:
        return None
    floor = _sentence_before(sentences, sentence_start(sentences, percent.start))
    floor = floor[0] if floor else sentence_start(sentences, percent.start)
    found = []
    previous_end = floor
    for q in quantities:
        if q.start >= part.start:
            break
        if q.start >= floor and q.kind == part.kind and q.value > part.value and _same_measure(q, part) \
                and one_noun_head(q.head, part.head):
            start = max(previous_end, sentence_start(sentences, q.start))
            described = iter(_LETTERS.findall(text[start:unit_end(text, q)].lower()))
            if all(w in described for w in words):  # (in order: the iterator is used up as it is searched)
                found.append(q)
        if q.start >= floor:
            previous_end = unit_end(text, q)
    return found[0] if len(found) == 1 else None


def _rate_where_measured(text: str, part: Quantity, sentence_start: int) -> bool:
    """The count is where a rate of something else was measured, not what the rate counts: "tỷ lệ đảng viên tham gia
    sinh hoạt ở 3 chi bộ chỉ đạt khoảng 80%" is a share of members, not of chi bộ; a rate that names the count's own
    noun ("tỷ lệ chi bộ … của 30 chi bộ") stays a share of it."""
    if not part.head or not part.noun_class:
        return False
    found = _RATE_THEN_WHERE.search(text, max(sentence_start, part.start - 120), part.start)
    if found is None:
        return False
    # (whatever the rate counts, "khách quốc tế", "hoàn thành", unless it names the count's own noun)
    what = " ".join(found["what"].lower().split())
    head = head_of(what)[0]
    return part.head.lower() not in what and not heads_agree(head, part.head) and not heads_agree(part.head, head)


def _named_base_class(percent: Quantity) -> str | None:
    """The class of the noun a share names as its base after it ("chiếm 33,8% số hộ", "bằng 12% tổng số đảng viên":
    household, person …), None when it names no count's noun or a level compared with."""
    base = percent.base
    return base.noun_class if base is not None and base.counted and base.words and not base.compared else None


def _names_the_whole(text: str, percent: Quantity, whole: Quantity, sentences: list[tuple[int, int]]) -> bool:
    """"chiếm 74,6% tổng dư nợ": the words after "tổng" are written just before the whole, in its sentence
    ("Tổng dư nợ cho vay nền kinh tế 31.902 tỷ đồng")."""
    base = percent.base
    if base is None or base.total is None or not base.description:
        return False
    words = base.description
    before = text[max(0, whole.start - 60, sentence_start(sentences, whole.start)):whole.start].lower()
    if not re.search(rf"(?<!\w){re.escape(' '.join(words[:2]))}(?!\w)", before):
        return False
    # the words that narrow the base further must be the whole's too: "chiếm 13,13% so với tổng số hộ nghèo DTTS" is
    # not of "Hộ nghèo có 10.689 hộ" (its "chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh" is); whose it is ("của
    # xã") or the next item ("và …") narrows nothing
    rest = words[2:6]
    rest = rest[:next((i for i, w in enumerate(rest) if w in ("và", "của")), len(rest))]
    return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before) for w in rest if w not in _SCOPE_WORDS)


_SCOPE_WORDS = frozenset(("toàn", "tỉnh", "huyện", "xã", "phường", "thành", "phố", "quận", "thị", "cả", "nước", "chung",
                          "các", "trên", "địa", "bàn", "năm", "hiện", "có", "nay"))


_ACT_WORDS = 7  # at most, of the words naming a base by what was done ("số quỹ vận động được trong năm")


def _base_by_its_act(percent: Quantity) -> Cue | None:
    """The words of a count's base of two words or more, named by what was done to it ("bằng 74,3% số quỹ vận động
    được"), a cue; None for another base."""
    base = percent.base
    if base is None or len(base.words) < 2 or base.linker is not None and base.linker.text.lower() != "của":
        return None
    return base.noun(_ACT_WORDS)
_YEAR = re.compile(r"(?<=năm )(?:19|20)\d\d(?!\d|[.,/]\d)")


# which round a figure is of, not how many: "đăng ký tiêm phòng đợt 1, đạt 84,2%", "sinh hoạt lần 2"
_ROUND = re.compile(r"(?<!\w)(?:đợt|lần\s+thứ|lần)\s+\d{1,2}(?![\d.,/]\d|\w)", re.IGNORECASE)
_AGE = re.compile(r"(?<!\w)(?:(?:dưới|trên|từ|đủ)\s+)?\d{1,3}\s+tuổi(?:\s+trở\s+(?:lên|xuống))?(?!\w)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+tuổi(?!\w)", re.IGNORECASE)


def _split_in_bracket(text: str, before: list[Quantity], percent: Quantity, floor: int) -> Quantity | None:
    """The count a bracket right after it splits, when the share follows the bracket: "hoàn thành tốt nhiệm vụ 35 (có 7
    đảng bộ và 28 chi bộ), chiếm 68,63%". The bracket's counts add up to it, so the share is of that count whichever of
    the two the writer meant; a bracket that does not add up to the count before it (a plan, a note) decides nothing."""
    close = text.rfind(")", before[-1].end, percent.start)
    if close == -1 or "(" in text[close:percent.start]:
        return None
    opening = text.rfind("(", floor, before[-1].start)
    if opening == -1 or ")" in text[opening:before[-1].start]:
        return None
    inside = [q for q in before if opening < q.start < close]
    outside = [q for q in before if floor <= q.start < opening]
    if len(inside) < 2 or not outside:
        return None
    owner = outside[-1]
    if owner.kind != "count" or any(q.kind != "count" for q in inside) or text[unit_end(text, owner):opening].strip() \
            or abs(sum(q.value for q in inside) - owner.value) > 1e-9:
        return None
    return owner


def _money_over_money(text: str, before: list[Quantity], percent: Quantity) -> Relation | None:
    """Two amounts written as a fraction ("27,34 tỷ đồng/41,6 tỷ đồng kế hoạch năm", "64 đơn
    vị máu/80 đơn vị đăng ký") and the
    percentage right after them: the first over the second, a result against its plan when
    the second is named a plan."""
    if len(before) < 2:
        return None
    result, plan = before[-2], before[-1]
    if text[:plan.start].rstrip().endswith(")/"):
        # "đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn, đạt 79,64%": the result split in a bracket
        # before its "/"; the bracket must add up to it (or hold no figure)
        close = text.rindex(")", 0, plan.start)
        opening = text.rfind("(", 0, close)
        inside = [q for q in before if opening < q.start < close]
        outside = [q for q in before if q.start < opening]
        if opening == -1 or not outside or text[unit_end(text, outside[-1]):opening].strip() or (
                inside and abs(sum(q.value for q in inside) - outside[-1].value) > 1e-9):
            return None
        result = outside[-1]
        if result.kind != plan.kind:
            return None
    elif result.kind != plan.kind or not _SLASH.fullmatch(text, unit_end(text, result), plan.start):
        return None
    if result.kind == "count" and (result.head is None or result.head != plan.head or result.end == unit_end(text, result)):
        return None  # "64 đơn vị máu/80 đơn vị đăng ký": counts of one noun, each with its words
    if result.kind not in ("money", "count"):
        return None
    gap = text[unit_end(text, plan):percent.start]
    if not _SHARE_GAP.match(gap) or any(c.isdigit() for c in gap):
        return None
    named = _PLAN_NAMED.match(gap)
    return Relation("result-vs-plan" if named else "share-of", plan, (result,), percent, explicit=True,
                    cues=(Cue(unit_end(text, plan) + named.start(1), unit_end(text, plan) + named.end(1), named[1]),)
                    if named else ())


_SLASH = re.compile(r"\s*/\s*")
_PLAN_NAMED = re.compile(r"\s*(kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|KH)", re.IGNORECASE)


def _other_base_named(text: str, ratio: Quantity, percent: Quantity) -> bool:
    """"tán thành 24/24 đảng viên chính thức có mặt, bằng 88,9% số đảng viên chính thức phải
    triệu tập": the percentage names a base of its own ("số …") that the ratio's words do not
    name, so it is a share of that base, not of the ratio's total."""
    named = percent.base.noun(_OTHER_BASE_WORDS) if percent.base is not None else None
    if named is None:
        return False
    own = _WORDS_AFTER.match(text, ratio.end)
    base = set(named.text.lower().split()) - {"các", "những"}
    return not base <= set((own.group().lower() if own else "").split())


_SUBSET_CUE = re.compile(r"[^\d;.]{0,60}?[,;]?\s*trong\s+(?:số\s+)?đó(?:\s+có)?\s*:?\s*", re.IGNORECASE)
_OTHER_BASE_WORDS = 8  # of the noun a share's base names, looked for in the words after a ratio
_WORDS_AFTER = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,9}")


_TOTAL_NOUN_WORDS = 4  # of the noun a share's "tổng số" names, looked for in a total stated before


_BRACKETED_NOUN_WORDS = 7  # at most, of a noun named between a share and its base's figure in brackets


_LIST_BEFORE = re.compile(r"\d\s*(?:,|;|và|hoặc)\s*$", re.IGNORECASE)  # the last number of a list ("45 và 38 …")


def _bracketed_base(text: str, percent: Quantity, before: list[Quantity], following: list[Quantity],
                    sentence: tuple[int, int]) -> Relation | None:
    """"Kết nạp 19 đảng viên, đạt 126,7% chỉ tiêu (15 đảng viên) và bằng 5,12% tổng số đảng viên đầu năm (397 đồng
    chí)": the base is named after the share and its figure written in the bracket right after the name, the only
    figure there; the part is the count of that noun the sentence told last outside brackets, not a plan or a change
    (explicit: both figures are written)."""
    named = percent.base.noun(_BRACKETED_NOUN_WORDS) if percent.base is not None else None
    if named is None or not following or percent.base.figure is not following[0] or percent.base.figure_lead \
            or len(percent.base.words) > _BRACKETED_NOUN_WORDS:
        return None
    base = following[0]
    close = text.find(")", base.end)
    if base.kind != "count" or close == -1 or len(following) > 1 and following[1].start < close or \
            unit_end(text, base) < close and text[unit_end(text, base):close].strip():
        return None
    head = percent.base.head
    if head is None or not heads_agree(head, base.head):
        return None
    for part in reversed(before):
        if part.start < sentence[0]:
            return None
        if part.kind != "count" or part.role == "plan" or part.modifier is not None or in_bracket(text, sentence[0],
                                                                                                   part.start):
            continue
        if _LIST_BEFORE.search(text, max(sentence[0], part.start - 24), part.start):
            return None  # "lần lượt 1.526, 1.289 và 864 hồ sơ, chiếm 70,6% …": a share of the list, not of its last
        if part.noun_class != base.noun_class or not heads_agree(head, part.head) or part.value > base.value:
            return None
        return Relation("share-of", base, (part,), percent, explicit=True, cues=(named,))
    return None


def _named_total(text: str, part: Quantity, quantities: list[Quantity], noun: str) -> Quantity | None:
    """The one earlier count of the noun a share names as its base ("tổng số hội viên"):
    cued "tổng số <noun>", or counting that noun as a whole; larger than the part."""
    head = head_of_phrase(noun)
    if head is None or not heads_agree(head, part.head):
        return None
    found = []
    for q in quantities:
        if q.start >= part.start or q.kind != "count" or q.value <= part.value or q.role == "plan":
            continue
        before = text[max(0, q.start - 40):q.start].lower()
        named = re.search(r"tổng\s+số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*(?:là|có|:)?\s*$", before)
        if named and heads_agree(head_of_phrase(named["noun"]) or "", head) or (
                q.role == "whole" and q.head and heads_agree(q.head, head)):
            found.append(q)
    return found[-1] if len({q.value for q in found}) == 1 else None


_QUALIFIER = r"(?:của|trong|toàn|được|đã|ở|tại)"
# (a grade may name the noun's group: "Tổng số học sinh lớp 9 dự xét: 2.315 em")
_TOTAL_NAMED_BEFORE = re.compile(rf"tổng\s+số\s+(?P<noun>[^\W\d_]+(?:\s+(?!{_QUALIFIER}\b)[^\W\d_]+){{0,3}})"
                                 rf"(?:\s+(?:lớp|khối)\s+\d{{1,2}}(?:\s+[^\W\d_]+){{0,3}})?"
                                 rf"(?:(?:\s+|\s*,\s*){_QUALIFIER}(?:[\s,]+[^\W\d_]+){{0,6}})?\s*(?:là|có|:)\s*$",
                                 re.IGNORECASE)


def plain_noun(phrase: str) -> bool:
    """"đảng viên" names all members; "đảng viên chính thức", "đảng viên nữ của tỉnh" a group."""
    phrase = phrase.lower().strip()
    return head_of_phrase(phrase) == phrase


def total_named_before(text: str, quantity: Quantity) -> str | None:
    """"Tổng số đảng viên được đánh giá, xếp loại là 312 đồng chí", "Tổng số đảng viên của
    Đảng bộ: 1.320 đồng chí": the noun the count is the total of, or None."""
    start = max(text.rfind(". ", 0, quantity.start) + 1, text.rfind(";", 0, quantity.start) + 1,
                quantity.start - 80, 0)
    found = _TOTAL_NAMED_BEFORE.search(text, start, quantity.start)
    return found["noun"] if found else None


def heads_agree(whole: str | None, part: str | None) -> bool:
    """The whole's noun names the part's: the same head, the same noun with "trực thuộc" /
    "cơ sở" ("58 chi bộ trực thuộc" … "52 chi bộ"), or a noun counted by its classifier
    ("đảng viên" … "đồng chí", "học sinh" … "em"). Not a kind of it, nor a qualified group ("đảng viên chính thức", "hộ nghèo"):
    shares are often of another base."""
    if not whole or not part:
        return False
    if whole == part or whole.startswith(part) and whole.endswith(_ATTACHED):
        return True
    if " " in whole and " " not in part and _initials(whole) == part \
            or " " in part and " " not in whole and _initials(part) == whole:
        return True  # "tổ chức cơ sở đảng" … "TCCSĐ": a noun and its acronym
    return any({whole, part} <= pair for pair in _CLASSIFIED)


def _initials(phrase: str) -> str:
    """The first letters of a phrase's syllables ("tổ chức cơ sở đảng" → "tccsđ"), as its acronym is written."""
    return "".join(word[0] for word in phrase.split())


# a noun and the classifier it is counted by: "đảng viên" … "đồng chí", "học sinh" … "em"
_CLASSIFIED = ({"đảng viên", "đồng chí", "đ/c"}, {"đồng chí", "đ/c"}, {"học sinh", "em"}, {"trẻ", "trẻ em", "cháu"}, {"nhân khẩu", "người"})
# "58 chi bộ trực thuộc" … "52 chi bộ"; "120 hộ dân" … "130 hộ"; the rest of a unit's name, which the clerk drops when
# the unit is named again: "46 tổ dân phố" … "39 tổ", "142 trạm y tế" … "128 trạm", "18 khu dân cư" … "15 khu"
_ATTACHED = (" trực thuộc", " cơ sở", " dân", " gia đình", " dân phố", " y tế", " dân cư")


def _plan_before(text: str, part: Quantity, quantities: list[Quantity],
                 sentences: list[tuple[int, int]]) -> Quantity | None:
    """The one plan of the same measure in the sentence before the result's."""
    start = sentence_start(sentences, part.start)
    previous = _sentence_before(sentences, start) if start else None
    if previous is None:
        return None
    plans = [q for q in quantities if previous[0] <= q.start < start and q.role == "plan" and q.kind == part.kind
             and _same_measure(q, part) and (part.kind == "money" or heads_agree(q.head, part.head))]
    return plans[0] if len(plans) == 1 else None


_PLAN_WORD = re.compile(r"kế\s+hoạch|chỉ\s+tiêu|dự\s+toán", re.IGNORECASE)
_PLAN_NOUNS = frozenset(("kế hoạch", "chỉ tiêu", "dự toán"))  # a plan's name, as _PLAN_WORD reads it
_SHORTER_PERIOD = re.compile(r"(?<!\w)(?:quý|tháng|tuần|đợt|giai\s+đoạn|nhiệm\s+kỳ)(?!\w)", re.IGNORECASE)


def _named_plan_before(text: str, part: Quantity, quantities: list[Quantity], sentences: list[tuple[int, int]],
                       percent: Quantity) -> Quantity | None:
    """"đạt 64,7% chỉ tiêu năm" with the plan's figure in the sentence before: the one plan of the result's noun
    there, named by the same plan word, for a plan of the year when the share names the year's, and of no other
    period ("chỉ tiêu quý III là 15 đảng viên" is no base of a share of the year's plan)."""
    base = percent.base
    word = " ".join(base.plan.text.lower().split())
    # (an amount of money names no thing: "chỉ tiêu 65 triệu đồng" of income per head is no plan of the revenue)
    plan = _plan_before(text, part, quantities, sentences) if word in _PLAN_NOUNS and part.kind != "money" else None
    if plan is None:
        return None
    start = sentence_start(sentences, plan.start)
    before = text[start:plan.start]
    if word not in re.sub(r"\s+", " ", before.lower()) or _SHORTER_PERIOD.search(before):
        return None
    following = [w for w in base.words if w.start >= base.plan.end]
    if not base.compared and following and following[0].text.lower() == "năm" and not re.search(
            r"(?<!\w)năm(?!\w)", before, re.IGNORECASE):
        return None
    return plan


def _parts_written_before(known: list[Relation]) -> dict[int, Quantity]:
    """id(whole) → the first part an explicit part-of relation wrote before that whole (one pass
    over the relations, not one per percentage)."""
    found: dict[int, Quantity] = {}
    for relation in known:
        whole = relation.whole
        if relation.kind == "part-of" and relation.explicit and relation.parts[0].start < whole.start \
                and relation.parts[0] is not whole:
            found.setdefault(id(whole), relation.parts[0])
    return found


def sentence_start(sentences: list[tuple[int, int]], offset: int) -> int:
    return _sentence_of(sentences, offset)[0]


def _is_share_of_more(whole: Quantity, relations: list[Relation]) -> bool:
    """"Với 439 đại biểu tham gia biểu quyết, chiếm tỷ lệ 89,41% tổng số đại biểu": this
    whole is itself a part of a larger total, so later shares may be of that total."""
    return any(r.parts == (whole,) and r.share is not None for r in relations)


def _ratio_after(text: str, percent: Quantity, following: list[Quantity]) -> Quantity | None:
    """"86,5% (45/52 chi bộ)", "đạt 97% kế hoạch năm (3.880/4.000 tấn)", "đạt 81,6% số tiêu chí (404/495)"."""
    if not following or following[0].kind != "ratio" or not following[0].total:
        return None
    gap = text[percent.end:following[0].start]
    if percent.modifier == "change":
        return None  # "giảm 6,41% (292/312 vụ)": the two levels the change is between, not a part over its whole
    if re.fullmatch(r"\s*\(\s*|\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)[^\d;.()]{0,30}\(\s*", gap):
        return following[0]
    base = _BASE_THEN_BRACKET.fullmatch(gap)
    if base and _base_of_the_share(percent, base["base"]):
        return following[0]
    return None


# the share's base named between it and the bracket that writes it out: "đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/…)",
# "đạt 81,6% số tiêu chí (404/495)"; not the part's own noun ("100% đảng viên có mặt nhất trí (17/18 đồng chí)")
# (a base may name several kinds of one unit: "99,9% số buôn, bon, thôn, làng có chi bộ (7.835/7.859)")
_BASE_THEN_BRACKET = re.compile(r"\s*(?P<base>(?:tổng\s+số|tổng|số|nguồn|vốn|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?!\w)"
                                r"(?:(?=[^(]*,)(?:(?:[ \t]+|,[ \t]*)[^\W\d_]+){1,12}|(?:[ \t]+[^\W\d_]+){0,5}))\s*\(\s*",
                                re.IGNORECASE)
# words by which the bracket holds the levels of two periods, not a part over its whole: "tăng 5,2% so với cùng kỳ
# (12.500/11.880 tỷ đồng)"
_OTHER_PERIOD = re.compile(r"(?<!\w)(?:so\s+với|cùng\s+kỳ|năm\s+trước|tháng\s+trước|kỳ\s+trước|tăng|giảm)(?!\w)",
                           re.IGNORECASE)


def _base_of_the_share(percent: Quantity, base: str) -> bool:
    return percent.modifier != "change" and not _OTHER_PERIOD.search(base)


# "đạt 114% so với kế hoạch 38 triệu đồng": the plan written right after the share, named
_PLAN_NAMED_THEN = re.compile(r"\s*so\s+với\s+(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?:\s+(?:năm|được\s+giao|giao|đề\s+ra))?"
                              r"\s*(?:là\s*)?:?\s*", re.IGNORECASE)
_PAIR_OPEN = re.compile(r"\s*\(\s*(?:[^\W\d_]+\s+){0,4}", re.IGNORECASE)
_PLAN_WORD = re.compile(r"kế\s+hoạch|chỉ\s+tiêu|dự\s+toán", re.IGNORECASE)
_PAIR_SLASH = re.compile(r"\s*/\s*(?P<plan>kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|(?-i:KH))?\s*", re.IGNORECASE)


def _pair_after(text: str, percent: Quantity, following: list[Quantity]) -> Relation | None:
    """"Tỷ lệ giải ngân đạt 82,5% (giải ngân 33 tỷ đồng/kế hoạch 41 tỷ đồng)": two amounts of one
    measure with a "/" between, in the bracket right after the share: the first over the second
    (result against plan when the second is named a plan)."""
    if len(following) < 2:
        return None
    first, second = following
    if first.kind != second.kind or first.kind not in ("money", "count") or not _same_measure(first, second):
        return None
    if first.kind == "count" and (first.head is None or first.head != second.head):
        return None
    opened, base = _PAIR_OPEN.match(text, percent.end), None
    if opened is None or opened.end() != first.start:  # the base named before the bracket ("nguồn vốn tỉnh giao (…)")
        base = _BASE_THEN_BRACKET.match(text, percent.end)
        opened = _PAIR_OPEN.match(text, base.end() - 1) if base and _base_of_the_share(percent, base["base"]) else None
    slash = _PAIR_SLASH.fullmatch(text, unit_end(text, first), second.start)
    if opened is None or opened.end() != first.start or slash is None or ")" not in text[unit_end(text, second):
                                                                                         unit_end(text, second) + 2]:
        return None
    # "đạt 101,8% kế hoạch năm (52.940 tấn/52.000 tấn)": the base named a plan before the bracket is the second too
    planned = slash["plan"] or base is not None and _PLAN_WORD.match(base["base"])
    kind = "result-vs-plan" if planned else "share-of"
    return Relation(kind, second, (first,), percent, explicit=True)


# "214 hộ so với 250 hộ đăng ký, đạt 85,6%": one amount set against another of its measure, then the share of it
_COMPARED_WITH = re.compile(r"\s*so\s+với\s+(?:số\s+|tổng\s+số\s+)?", re.IGNORECASE)
_SHARE_OF_COMPARED = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,?\s*(?:đạt|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*", re.IGNORECASE)


def _compared_before(text: str, percent: Quantity, before: list[Quantity]) -> Relation | None:
    """"214 hộ so với 250 hộ, đạt 85,6%", "thu 12,4 tỷ đồng so với dự toán 15 tỷ đồng, bằng 82,7%": the two amounts
    of one measure right before the share, "so với" between them, are its part and its base (a share of a plan when
    the second is named one)."""
    if len(before) < 2 or percent.modifier is not None:
        return None
    first, second = before
    if first.kind != second.kind or first.kind not in ("money", "count") or not _same_measure(first, second) or (
            first.kind == "count" and (not first.head or not one_noun_head(first.head, second.head))):
        return None
    if first.modifier is not None or second.modifier is not None or not second.value:
        return None
    between = _COMPARED_WITH.match(text, unit_end(text, first))
    if between is None:
        return None
    named = text[between.end():second.start]
    if len(named) > 40 or any(c.isdigit() or c in "();" for c in named) or _OTHER_PERIOD.search(named) \
            or _YEAR_NAMED.search(named):
        return None  # "so với cùng kỳ năm 2024 (250 hộ)": the level of another period, not the base of the share
    if not _SHARE_OF_COMPARED.fullmatch(text, unit_end(text, second), percent.start):
        return None
    told_after = text[unit_end(text, second):percent.start]
    if _OTHER_PERIOD.search(told_after) or _YEAR_NAMED.search(told_after) or _EARLIER.search(told_after):
        return None  # "so với 250 hộ đầu năm, đạt 90% kế hoạch": the level at another time; the share is of something else
    if named_plan(percent) and not (
            _PLAN_WORD.search(named) or _PLAN_WORD.search(told_after) or _PLAN_WORD.search(_clause_before(text, first))):
        return None  # "3,6 tỷ đồng so với 3 tỷ đồng, đạt 90% dự toán năm": a share of a plan the second is not named
    # (more than the second: what was done against what was asked, as "đạt 108%" of a plan says)
    kind = "result-vs-plan" if _PLAN_WORD.search(named) or first.value > second.value else "share-of"
    return Relation(kind, second, (first,), percent, explicit=True)


_YEAR_NAMED = re.compile(r"(?<!\w)(?:năm|quý|tháng|kỳ|giai\s+đoạn|nhiệm\s+kỳ)(?!\w)", re.IGNORECASE)
_EARLIER = re.compile(r"(?<!\w)(?:trước|trước\s+đây|hồi|lúc|khi)(?!\w)", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[;!?\n]|\.(?!\d)")


def _clause_before(text: str, quantity: Quantity) -> str:
    """The words of the quantity's clause before it ("Số lao động … so với kế hoạch giao: 318 người …")."""
    window = max(0, quantity.start - 160)
    opened = max((m.end() for m in _CLAUSE_CUT.finditer(text, window, quantity.start)), default=window)
    return text[opened:quantity.start]


def _received_whole(part: Quantity, known: list[Relation]) -> Quantity | None:
    """What was received, when the part is what of it was settled (_settled_over_received), or the narrower count
    of the noun a label named between them ("đơn thuộc thẩm quyền … 124")."""
    for relation in known:
        if relation.kind == "part-of" and not relation.explicit and relation.parts == (part,) and relation.cues \
                and (_RECEIVED.match(relation.cues[0].text) or relation.whole.head is None and relation.whole.label):
            return relation.whole
    return None


def _explicit_whole(part: Quantity, known: list[Relation]) -> Quantity | None:
    for relation in known:
        if relation.kind == "part-of" and relation.explicit and relation.parts == (part,) and relation.whole is not part:
            return relation.whole
    return None


_NAMED_BASE = re.compile(r"\s*(?:của\s+|trên\s+)?(?:tổng\s+)?số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,4})", re.IGNORECASE)


def head_of_phrase(phrase: str) -> str | None:
    from .reader import head_of

    return head_of(phrase)[0]


_SIBLING_GAP = re.compile(r"[^\d.,;:()]{0,30}?\svà\s+", re.IGNORECASE)


# a share written right after its count: "…, đạt tỷ lệ 94,39%", "(chiếm 12,5%)", ", 8,3%"
_SHARE_RIGHT_AFTER = re.compile(r"\s*[,(]?\s*(?:(?:đạt|chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?|(?:tỷ|tỉ)\s+lệ)?\s*\d[\d.,]*\s*%",
                                re.IGNORECASE)


def _inferred_whole(text: str, part: Quantity, quantities: list[Quantity],
                    sentences: list[tuple[int, int]], share_end: int = 0) -> Quantity | None:
    """The nearest earlier whole of the same noun: a count cued as a whole ("có", "tổng
    số", "toàn") whose value exceeds the part, in this sentence or the ones before."""
    head = part.head or (_label_head(text, part) if part.bare else None)
    if head is None:
        return None
    sentence = _sentence_of(sentences, part.start)
    # (not a figure of another year: "Năm 2021, xã có 4.562 hộ …" is no base of "Năm 2023, còn 412 hộ nghèo, chiếm 8,65%";
    # a year's plan may be the base of its first six months)
    years = years_told(text, sentences, part)
    earlier = [q for q in quantities if q.start < part.start
               and not (years and (told := years_told(text, sentences, q)) and not told & years)]
    if head == "phiếu":
        # "phát ra 120 phiếu, thu về 116 phiếu; số phiếu hài lòng là 109, tỷ lệ hài lòng đạt 95,0%": a share of
        # ballots is of those collected (of the valid ones when counted)
        collected = [q for q in earlier if q.head == "phiếu" and q.value > part.value
                     and _BALLOTS_BASE_BEFORE.search(text, max(0, q.start - 20), q.start)]
        if collected:
            return collected[-1]
    for candidate in reversed(earlier):
        if candidate.kind == "ratio" and part.kind == "count" and candidate.role != "plan" and candidate.total \
                and candidate.total > part.value and (candidate.sentence != part.sentence or (
                    candidate.clause != part.clause and candidate.value >= part.value and head not in TALLY_HEADS
                    and _SHARE_RIGHT_AFTER.fullmatch(text, unit_end(text, part), share_end))) \
                and heads_agree(candidate.head, head) and head != "phiếu" \
                and not _shared_of_another_base(candidate, quantities):
            # "Toàn huyện có 543/545 chi bộ … đánh giá. … 304 chi bộ đạt …, tỷ lệ 55,8%": a share of the 545 or the 543
            # (not ballots: "với 89/90 phiếu hợp lệ …; số phiếu tín nhiệm là 38, chiếm 40,43%" is of the delegates);
            # also a clause before in the sentence ("… tham gia là 2.310/2.405 người; số đồng ý là 2.270 người, đạt
            # tỷ lệ 94,39%"), where the count is some of the ratio's part and its share follows it at once
            return candidate
        if candidate.kind != part.kind or candidate.value <= part.value or not heads_agree(candidate.head, head):
            continue
        if _SIBLING_GAP.fullmatch(text, unit_end(text, candidate), part.start):
            continue  # "có 15 chỉ tiêu vượt và 9 chỉ tiêu đạt …": two parts side by side, neither the other's whole
        sibling = candidate.head and re.match(r"[^,;.\d()]{0,40}(?:\([^()]*\)\s*)?,\s*\d[\d.,]*\s+" + re.escape(
            candidate.head) + r"(?!\w)", text[candidate.end:candidate.end + 80])
        if sibling and (candidate.sentence != part.sentence or "%" in sibling.group()):
            # one of a list of its kind: "Ông A có 58 phiếu tín nhiệm cao, 11 phiếu …" a sentence before, or with its
            # own share ("21 phiếu tín nhiệm cao (70%), 7 phiếu …"), is no whole ("có 30 công dân …, 25 công dân …,
            # đạt 80%" in one sentence, no share of its own: the first is the whole)
            continue
        if candidate.role == "whole" and (any("tổng" in c.text.lower() for c in candidate.cues) or not re.match(
                r"\s*(?:là|được|đã|đạt)\b", text[unit_end(text, candidate):])):
            return candidate  # "Tổng số 58 chi bộ được đánh giá": a stated total, whatever follows it
        if candidate.role is None and _joined_to_whole(text, candidate, earlier) and not re.match(
                r"\s*(?:là|được|đã|đạt)\b", text[unit_end(text, candidate):]):
            return candidate  # "Xã có 1.850 hộ, 6.920 nhân khẩu": the second total of the subject
    # "Qua kiểm tra 25 đảng viên, phát hiện 3 đảng viên vi phạm, chiếm 12%": the one earlier
    # count of the same noun in the sentence, with no other count of anything between
    named = _NAMED_BASE.match(text, share_end) if share_end else None
    base = head_of_phrase(named["noun"]) if named else None
    if base and part.head and (base.startswith(part.head) or part.head.startswith(base)):
        # "giám sát 21 chi bộ, chiếm 38,2% số chi bộ trực thuộc" after "kiểm tra 19/58 chi bộ"
        totals = [q for q in earlier if q.kind == "ratio" and q.total and q.head == part.head and q.total > part.value]
        if totals and len({q.total for q in totals}) == 1:
            return totals[-1]
    same = [q for q in earlier if q.start >= sentence[0] and q.kind == part.kind]
    # (the whole's own rate of change is no share between them: "xảy ra 95 vụ, giảm 20% so với cùng kỳ, … làm rõ 83 vụ")
    between = [q for q in earlier if same and q.start > same[0].start and q.kind == "percent" and q.modifier != "change"]
    if len(same) == 1 and not between and same[0].head == part.head and same[0].value > part.value and same[0].role is None \
            and not re.match(r"\s*(?:là|được|đã|đạt)\b", text[unit_end(text, same[0]):]):
        return same[0]
    # "số đơn thuộc thẩm quyền 58 đơn, số đơn đã giải quyết là 51, đạt tỷ lệ 89,5%": what was settled
    # of the count of the clause right before it (of the noun, the last count before the part)
    if same and same[-1].head == head and same[-1].value > part.value and same[-1].role != "plan" \
            and _SETTLED_PART.search(text, max(sentence[0], unit_end(text, same[-1])), part.start) \
            and re.fullmatch(r"\s*[,;]\s*[^\d%,;]{0,50}", text[unit_end(text, same[-1]):part.start]):
        return same[-1]
    return None


def _shared_of_another_base(ratio: Quantity, quantities: list[Quantity]) -> bool:
    """"59/60 đại biểu có mặt tán thành, bằng 93,65% tổng số đại biểu": the ratio's own share is not its value over
    its total (even rounded or cut), so the author takes shares of such counts of another base (all 63 deputies),
    and the ratio's total is no base for the shares after it."""
    after = next((q for q in quantities if q.start > ratio.end), None)
    if after is None or after.kind != "percent" or after.sentence != ratio.sentence or not ratio.total:
        return False
    return abs(ratio.value / ratio.total * 100 - after.value) > 10.0 ** -after.decimals


_BALLOTS_BASE_BEFORE = re.compile(r"(?<!\w)(?:thu\s+(?:về|vào)|hợp\s+lệ)\s*(?:là\s*)?:?\s*$", re.IGNORECASE)
_SETTLED_PART = re.compile(r"(?<!\w)(?:giải\s+quyết|xử\s+lý|hoàn\s+thành|thực\s+hiện)(?!\w)", re.IGNORECASE)


_LABEL_OF_PART = re.compile(r"(?:^|\s)số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)*?)\s*(?:là\s*)?:?\s*$", re.IGNORECASE)


def _label_head(text: str, part: Quantity) -> str | None:
    """"Số hội viên tham gia sinh hoạt thường xuyên 290": the known noun a bare number's label
    counts after "số" (not a time or money)."""
    before = text[max(0, part.start - 80):part.start]
    cut = max(before.rfind(c) for c in ".;:(,")
    found = _LABEL_OF_PART.search(before, cut + 1)
    if found is None:
        return None
    head, noun_class, _ = head_of_phrase_class(found["noun"])
    return head if noun_class not in (None, "time", "money") else None


def head_of_phrase_class(phrase: str) -> tuple[str | None, str | None, str | None]:
    from .reader import head_of

    return head_of(phrase)


def _joined_to_whole(text: str, quantity: Quantity, earlier: list[Quantity]) -> bool:
    """"Toàn xã có 1.240 hộ với 4.860 nhân khẩu", "có 1.850 hộ gia đình, 6.920 nhân khẩu": a count
    of another kind of thing joined right after a whole is a total of the same subject."""
    before = [q for q in earlier if q.end <= quantity.start]
    if not before:
        return False
    first = before[-1]
    return first.role == "whole" and first.kind == "count" == quantity.kind and first.noun_class != quantity.noun_class \
        and bool(_JOINED.fullmatch(text, unit_end(text, first), quantity.start))


_JOINED = re.compile(r"\s*(?:,|với|và)\s*", re.IGNORECASE)


def _percent_between(quantities: list[Quantity], a: Quantity, b: Quantity, own: Quantity,
                     measured: frozenset[int] = frozenset()) -> bool:
    """Another percentage than ``own`` (and than those in ``measured``, by start) stands between a and b: each has
    been measured already."""
    first, last = (a, b) if a.start < b.start else (b, a)
    return any(q.kind == "percent" and q is not own and q.start not in measured and first.end <= q.start < last.start
               for q in quantities)


def _shares_with_base(quantities: list[Quantity]) -> frozenset[int]:
    """The starts of the shares whose base is written in a bracket right after them ("94,12% dân số (338.310
    người)"): the figure before such a share is still the subject of a result measured later in the sentence."""
    return frozenset(p.start for p, q in zip(quantities, quantities[1:]) if _base_of_share_before(quantities, q))


_BRACKETED_BASE_WORDS = 5  # at most, between a share and the figure in the bracket after its base


def _base_of_share_before(quantities: list[Quantity], q: Quantity) -> bool:
    """``q`` is the figure in the bracket right after an earlier share and the base it names ("bằng 94,12% dân số
    (338.310 người)", "chiếm 61,5% tổng diện tích (trên 2.400 ha)", "đạt 75,9% dự toán (6.500)"): that share's,
    measured already, not a figure of its own."""
    before = [p for p in quantities if p.end <= q.start]
    last = max(before, key=lambda p: p.end, default=None)
    base = last.base if last is not None else None
    return base is not None and base.figure is q and base.named and len(base.description) <= _BRACKETED_BASE_WORDS


def in_bracket(text: str, start: int, offset: int) -> bool:
    """Whether ``offset`` stands inside a bracket opened after ``start`` and not closed before it."""
    stretch = text[start:offset]
    return stretch.count("(") > stretch.count(")")


def _same_head(a: Quantity, b: Quantity) -> bool:
    return a.head is None or b.head is None or a.head == b.head


def _same_measure(a: Quantity, b: Quantity) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind
    return a.noun_class == b.noun_class or a.noun_class is None or b.noun_class is None


_ITEM_START = re.compile(r"[,;:()]|(?<!\w)(?:trong\s+đó|gồm|và)(?!\w)", re.IGNORECASE)


def _mentions(quantity: Quantity, text: str, phrases: frozenset[str]) -> bool:
    # its words before the number as well as after: "nữ 226 người", "người dân tộc thiểu số 28 người"
    before = _ITEM_START.split(text[max(0, quantity.start - 40):quantity.start])[-1]
    padded = f" {quantity.unit.lower()} {quantity.label.lower()} {before.lower().strip()} "
    return any(f" {phrase} " in padded for phrase in phrases)


def _sentence_of(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence holding ``offset`` (sentences in order, none overlapping: reading.sentence_spans),
    found by bisection: a pasted paragraph may hold thousands of sentences."""
    index = bisect_right(sentences, (offset, _AFTER_ALL)) - 1
    if index >= 0 and sentences[index][0] <= offset < sentences[index][1]:
        return sentences[index]
    return (0, offset + 1)


def _sentence_before(sentences: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """The last sentence that opens before ``start`` (the one before the sentence opening there). Not the sentence
    holding ``start - 1``: that offset is most often the space between two sentences, held by none, and "the
    sentence before" then grew into the whole paragraph before it ("giảm 34 người chết" of a paragraph's first
    "làm chết 485 người" and its third's "477 người" alike)."""
    index = bisect_right(sentences, (start, -1)) - 1
    return sentences[index] if index >= 0 else None


_AFTER_ALL = float("inf")  # (offset, _AFTER_ALL) sorts after every sentence starting at offset


def within(quantities, start: int, end: int):
    """The quantities starting in [start, end): a slice found by bisection (the reader gives them
    in text order), not a scan of the whole paragraph for each one."""
    return quantities[bisect_left(quantities, start, key=_start_of):bisect_left(quantities, end, key=_start_of)]


def _start_of(quantity: Quantity) -> int:
    return quantity.start


def _end_of(sentences: list[tuple[int, int]], offset: int) -> int:
    return _sentence_of(sentences, offset)[1]


def _scope_end(text: str, sentences: list[tuple[int, int]], offset: int) -> int:
    """Where a breakdown of the count at ``offset`` must end: its sentence's end, or sooner the
    close of a bracket the count stands in ("(vắng 02 đồng chí: A, B), 05 đồng chí trưởng thôn
    dự": the list of the absent ends with the bracket)."""
    start, end = _sentence_of(sentences, offset)
    if not in_bracket(text, start, offset):
        return end
    close = text.find(")", offset, end)
    if close == -1 or text[close + 1:close + 3].lstrip().startswith(":"):
        return end  # "Kết quả xếp loại (412 đoàn viên): …": the bracket names what the list after it splits
    return close


def _skip_spaces(text: str, at: int) -> int:
    return len(text) - len(text[at:].lstrip()) if text[at:at + 1].isspace() else at


_LABEL_COLON = re.compile(r":\s*$")
_CLAUSE_END = re.compile(r"[;!?]|:(?!\s*\d)|\.(?!\d)")


_NEW_STATEMENT = re.compile(r";\s*(?:[A-ZĐ]|(?:tổng\s+)?số\s)")
_PENDING = re.compile(r"(?<!\w)(?:đang|chưa|còn)(?!\w)", re.IGNORECASE)
# the clause after a list's last count that names the rest without a number ("; số còn lại thuộc diện khác")
_REST_NAMED = re.compile(r"[^;.]*;\s*(?:(?:số|phần|các\s+hộ)\s+)?còn\s+lại(?!\w)", re.IGNORECASE)


def _kinds_past_semicolons(text: str, whole: Quantity, parts: list[Quantity], following: list[Quantity], start: int,
                           sentence_end: int) -> list[Quantity]:
    """The parts of a ", trong đó" list that goes on past the ";" that closed its first clause, when every count to
    the sentence's end is of the whole's own noun (a kind of it: "4 chi hội người Kinh; 5 chi hội người DTTS") and
    each clause holds one: the whole list, else nothing (the next clause may tell of something else)."""
    if whole.kind != "count" or not whole.head or whole.noun_class in _MEASURES or len(parts) != 1:
        return []
    said_end = sentence_end
    opened = _NEW_STATEMENT.search(text, unit_end(text, parts[0]), sentence_end)
    if opened:
        sentence_end = opened.start()  # "…; Số hộ thoát cận nghèo là 5.295 hộ": another total opens, the list is over
    if ";" not in text[unit_end(text, parts[0]):sentence_end]:
        return []
    listed = _parts(text, whole, following, start, sentence_end)
    if len(listed) < 2 or getattr(listed, "unread", False) or listed[0] is not parts[0] or any(
            not (p.head and _one_noun(p.head, whole.head) or p.bare or _sorted_alike(p, whole)) for p in listed):
        return []  # (people of a whole counted as "người": "85 người trúng cử, trong đó có 19 nữ, …; dân tộc có 24 đại biểu")
    ends = [unit_end(text, p) for p in listed]
    if any(";" not in text[end:nxt.start] or text[end:nxt.start].count(";") > 1 for end, nxt in zip(ends, listed[1:])):
        return []
    clauses = [text[text.rfind(";", 0, p.start):(text.find(";", p.end, sentence_end) + 1 or sentence_end)]
               for p in listed[1:]]
    if any(_PENDING.search(clause) for clause in clauses) or any(p.event not in (None, whole.event) for p in listed[1:]):
        # (or another act: "46 đảng viên, trong đó 29 đảng viên chuyển đi; tiếp nhận 38 đảng viên")
        return []  # "đã giải quyết 2.849 hồ sơ, trong đó đúng hạn 2.835 hồ sơ; 27 hồ sơ đang trong hạn": what is left
    if any(q.kind == "count" and listed[-1].end <= q.start < sentence_end for q in following):
        return []
    if _REST_NAMED.match(text, ends[-1], said_end):
        return []  # "…; 7.711 hộ làm công ăn lương; số còn lại thuộc diện khác": the rest is told, not counted
    return list(listed)


def _clause_stop(text: str, start: int, sentence_end: int) -> int:
    # a colon right before a number labels it ("trong đó khám BHYT: 3.718 lượt"): no end of the clause
    match = _CLAUSE_END.search(text, start, sentence_end)
    return match.start() if match else sentence_end


def _one_noun(a: str | None, b: str | None) -> bool:
    """One noun written in full or shortened ("giấy chứng nhận" … "giấy", "vụ việc" … "vụ")."""
    return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def of_another_period(text: str, quantity: Quantity) -> bool:
    """"tăng 10,4% so với cùng kỳ năm 2023 (4.612 triệu đồng)": the figure of the period compared with."""
    return bool(_COMPARED_BASE.search(text, max(0, quantity.start - 40), quantity.start))


def named_plan(percent: Quantity) -> Cue | None:
    """"đạt 55,3% dự toán", "đạt 104% so với chỉ tiêu": the plan a percentage names right after it (ShareBase.plan)."""
    return percent.base.plan if percent.base is not None else None


_OWNER_WORDS = frozenset(("của", "thuộc", "trong", "tại", "ở", "toàn", "trên"))


def _subset_named(text: str, start: int, end: int) -> bool:
    """A base the sentence names in words before the part, more narrowly than by its noun alone ("Trong số đảng viên
    kết nạp năm 2023, có 237 …"): some of that noun, not the earlier count of all of it ("Trong số đảng viên, …")."""
    named = _AMONG_NAMED.search(text, start, end)
    if named is None:
        return False
    head = head_of(named["words"])[0]
    if head is None:
        return False
    tail = named["words"].split()[len(head.split()):]
    return bool(tail) and tail[0].lower() not in _OWNER_WORDS  # "Trong số đảng viên của Đảng bộ": all of them


def one_noun_head(a: str | None, b: str | None) -> bool:
    """The same noun, one written with a qualifier ("trường hợp vi phạm" … "trường hợp"), or by its classifier."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return heads_agree(a, b) or heads_agree(b, a) or long == short or long.startswith(short + " ")


def _same_bracket(text: str, start: int, end: int) -> bool:
    """No bracket closes between ``start`` and ``end`` that opened before ``start`` (the two are at one level)."""
    depth = 0
    for char in text[start:end]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return False
    return True


# the words of a figure computed from two others: find_relations reads growths.gaps_and_averages behind them
_DERIVED_HINT = re.compile(r"hơn|tăng|giảm|bình\s+quân|trung\s+bình|đồng\s*/|năng\s+suất", re.IGNORECASE)
# _DERIVED_HINT.search(text) answered without the pattern where it can be (speed): its plain words found by
# Keywords, and its other matches each hold "bình", "đồng" or "suất" (a paragraph with none is not searched)
_DERIVED_WORDS = Keywords(re.compile(r"hơn|tăng|giảm", re.IGNORECASE))
_DERIVED_GATE = Keywords(re.compile(r"bình|đồng|suất", re.IGNORECASE))


_LETTERS = re.compile(r"[^\W\d_]+")


def _level_before(text: str, earlier: list[Quantity], change: Quantity, past_others: bool = False) -> Quantity | None:
    """The nearest amount of the change's measure before it, at its bracket level, not a plan; an aside in a bracket
    closed before the change is passed over ("14 đảng viên, đạt 70% chỉ tiêu năm (20 đảng viên), tăng 5 …"). With
    ``past_others`` (a change written with its base, so the pair is told), counts of another noun between are passed
    over too."""
    passed = False
    for at in range(len(earlier) - 1, -1, -1):
        candidate = earlier[at]
        if candidate.kind == "percent":
            continue
        if not _same_bracket(text, candidate.end, change.start) and _same_bracket(
                text, text.rfind("(", 0, candidate.start), change.start):
            continue  # inside a bracket opened after the level and closed before the change: an aside
        if past_others and candidate.kind == change.kind == "count" and candidate.noun_class and change.noun_class and \
                candidate.noun_class != change.noun_class and candidate.modifier is None:
            passed = True  # "xảy ra 7 vụ tai nạn, làm chết 02 người, bị thương 06 người, giảm 3 vụ": what it caused
            continue
        if candidate.kind != change.kind or candidate.role == "plan" or not _same_bracket(text, candidate.end, change.start):
            return None
        if passed and any(q.kind == "count" and q.noun_class == change.noun_class for q in earlier[:at]):
            return None  # past other counts, one of two levels of the noun ("1.126 vụ …, khám phá 968 vụ, bắt 1.742 …")
        return candidate if _one_measure(candidate, change) else None
    return None


def _one_measure(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind:
        return False
    return a.kind == "money" or one_noun_head(a.head, b.head)


_ANNOUNCED_COLON = re.compile(r"\s*:\s*")


def announced_breakdowns(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"chi bộ vận động 112 hộ tham gia; phân công theo 3 cụm: cụm Đầu bản 38 hộ, cụm Giữa bản 41 hộ, cụm Cuối
    bản 29 hộ": a list announced by a count of its items ("3 cụm:"), each item opening with that noun and
    carrying a count of one other noun, as many items as announced, splits the one count of that noun written
    before it in the sentence (kind sum-of, inferred: the whole is named by its noun; exhaustive, the items being
    all the announced ones)."""
    relations = []
    for index, announced in enumerate(quantities):
        if announced.kind != "count" or not announced.head or announced.value < 2 or announced.value > 12 \
                or announced.decimals:
            continue
        colon = _ANNOUNCED_COLON.match(text, unit_end(text, announced))
        if colon is None or text[announced.end:unit_end(text, announced)].strip().lower() != announced.head:
            continue
        s_start, s_end = _sentence_of(sentences, announced.start)
        after = [q for q in quantities[index + 1:] if q.start < s_end]
        if len(after) != int(announced.value) or any(q.kind != "count" or not q.head or q.head != after[0].head
                                                     for q in after):
            continue
        opens, boundary = True, colon.end()
        for part in after:
            item = text[boundary:part.start].lstrip(" ,;").lower()
            if not item.startswith(announced.head + " ") or len(item) > 40:  # "tổ 1 có 25 hộ": a name may hold a number
                opens = False
                break
            boundary = unit_end(text, part)
        if not opens or text[boundary:s_end].strip(" .;") or _COMPARISON.search(text, colon.end(), boundary):
            continue
        wholes = [q for q in quantities[:index] if q.start >= s_start and q.kind == "count" and q.role != "plan"
                  and one_noun_head(q.head, after[0].head)]
        if len(wholes) != 1 or per_unit(text, wholes[0]):
            continue
        cue = Cue(announced.start, colon.end(), text[announced.start:colon.end()].strip())
        relations.append(Relation("sum-of", wholes[0], tuple(after), explicit=False, exhaustive=True, cues=(cue,)))
    return relations


_RESTATED_BASE_WORDS = 4  # at most, after "số", between a share and the count in the bracket that restates it


def _count_of_a_share(whole: Quantity, quantities) -> bool:
    """The count restates the share right before it ("lĩnh vực giao thông chiếm 72,4% số vụ (901 vụ); lĩnh vực đất
    đai 128 vụ (10,3%)"): a part of some whole, like the counts beside it, never their whole. The share names no base
    or a count's ("số vụ"), and the bracket holds the count alone."""
    before = [q for q in quantities if q.end <= whole.start]
    share = before[-1] if before else None
    base = share.base if share is not None and share.kind == "percent" and share.value < 100 else None
    if base is None or base.figure is not whole or base.figure_lead is not None:
        return False
    if base.compared:
        return False
    if base.description:
        return base.counted and len(base.description) <= _RESTATED_BASE_WORDS
    return base.linker is None and base.total is None and base.measure is None


# (q10) a long description between the one count of a sentence and its share; a ratio's share after a semicolon
_HELD_SHARE = re.compile(r"(?<!\w)(?:chiếm|tương\s+(?:đương|ứng))(?:\s+với)?(?:\s+(?:tỷ|tỉ)\s+lệ)?(?:\s+[^\W\d_]+){0,3}?\s*$",
                         re.IGNORECASE)
_LONG_SHARE_GAP = re.compile(r"[^\d;:.()]{40,300}?,\s*(?:chiếm|đạt|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*", re.IGNORECASE)
_RATIO_THEN_SHARE = re.compile(r"[^\d;:.()]{0,80}?;\s*(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*", re.IGNORECASE)
