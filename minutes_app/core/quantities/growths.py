"""Change and rate relations: a level, the change it made and the rate of that change, each against the
level of another period or of its base, and the figures an author computed from two others.

- ``growths``: "412,6 tỷ đồng, tăng 14,2% so với cùng kỳ (372,8 tỷ đồng)" (kind "growth"); a change and its rate
  told "tương ứng"/"tương đương"/"tức là" ("giảm 05 vụ (-26,3%)", "tăng 19,8%, tương ứng tăng 13,38 tỷ USD":
  kind "change-rate"); "từ 163,2 triệu đồng lên 184,5 triệu đồng, tăng 12,8%".
- ``gaps_and_averages``: a change written with its base "so với …" after it (kind "gap") and an amount per one
  ("bình quân 160.000 đồng/hộ": kind "average").

Read apart from relations.py (which calls both from ``find_relations``) because they share their patterns with each
other and with nothing else there: the word of change and what names the period compared with. The helpers they
share with the part-of and share-of readers (the level before a change, one measure, one bracket level) stay there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..resources import word_list
from .model import Cue, Quantity, Relation
from .reader import head_of
from .relations import (
    _BY,
    _COMPARED_BASE,
    _FROM,
    _FROM_TO,
    _LETTERS,
    _PER_UNIT,
    APPROXIMATE_BEFORE,
    _level_before,
    _one_measure,
    _same_bracket,
    _sentence_before,
    _sentence_of,
    _start_of,
    in_bracket,
    named_plan,
    one_noun_head,
    per_unit,
    unit_end,
)

# The word that makes a percentage a growth rate or a level against a base ("tăng 14,2%", "giảm 16,0%",
# "bằng 103,8%"), and what follows it naming the base's period: "so với cùng kỳ (372,8 tỷ đồng)",
# "so với năm 2024 (năm 2024: 61,3 triệu đồng)", "so với cùng kỳ năm 2024 là 25 vụ".
# a plan's words right before "tăng"/"giảm": the rate is the change aimed at ("kế hoạch năm 2025 tăng 8%", "mục tiêu
# giảm 10%", "phấn đấu tăng"), not the one between the figures
_PLANNED_CHANGE = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|dự\s+kiến|định\s+hướng|"
                             r"nghị\s+quyết\s+đề\s+ra|đề\s+ra)(?:\s+(?:[^\W\d_]+|(?<=năm )\d{4})){0,3}?\s*:?\s*$",
                             re.IGNORECASE)
_GROWTH_WORD = re.compile(r"(?<!\w)(?P<way>tăng|giảm|bằng)(?:\s+(?:thêm|được|khoảng))?\s*$", re.IGNORECASE)
_COMPARED_TO = re.compile(
    r"\s*so\s+(?:với\s+)?(?P<period>(?:(?:[^\W\d_]+|(?<=năm )\d{4}|(?<=/)\d{4}|/)\s*){1,7}?)"
    r"(?:\(\s*(?:(?:[^\W\d_]+|(?<=năm )\d{4}|(?<=/)\d{4}|/)\s*){0,7}?(?:[:]\s*)?|(?<=\s)là\s+|:\s*)",
    re.IGNORECASE)
# "tăng 12,8% (năm 2024: 163,2 triệu đồng)", "(cùng kỳ năm trước là 372,8 tỷ đồng)": the base in brackets, named
_BASE_IN_BRACKET = re.compile(r"\s*\(\s*(?P<period>(?:(?:[^\W\d_]+|(?<=năm )\d{4}|(?<=/)\d{4}|/)\s*){1,7}?)(?::|là|đạt)\s*",
                              re.IGNORECASE)
# words in the brackets before a figure that make it no base: "(tăng 1.200 lượt)", "(trong đó 35 hộ mới)"
_NOT_A_BASE = re.compile(r"(?<!\w)(?:tăng|giảm|hơn|vượt|chiếm|bằng|còn|mới|trong\s+đó|gồm|riêng)(?!\w)", re.IGNORECASE)
# between a change and its rate: "giảm 05 vụ (-26,3%)", "tăng 21,3 triệu đồng, tương ứng tăng 13,1%", "giảm 2 đồng chí, tỷ lệ 3,92%"
# (the period it is against may stand between, with no figure but its year: "tăng 7,5 tỷ đồng so với năm 2024, tương
# ứng tăng 16,7%")
_RATE_OF_CHANGE = re.compile(r"\s*(?:\(\s*(?:(?:tăng|giảm)\s+)?|(?:\s+so\s+với\s+[^()\d;,.]{0,30}(?:(?<=năm )\d{4})?)?"
                             r",\s*(?:tương\s+(?:ứng|đương)|tức\s+là|t[ỷỉ]\s+lệ)\s+"
                             r"(?:(?:tăng|giảm)\s+)?)"
                             r"[-+−]?\s*", re.IGNORECASE)
# "…, giảm 9 vụ so với cùng kỳ (36 vụ), tương ứng giảm 25%": a change, the base it is against in brackets, its rate
_BASE_AFTER_CHANGE = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+so\s+với\s+[^()\d;,.]{0,30}(?:(?<=năm )\d{4})?\s*\(\s*",
                                re.IGNORECASE)
_RATE_AFTER_BASE = re.compile(r"\s*\)\s*,\s*(?:tương\s+(?:ứng|đương)|tức\s+là)\s+(?:(?:tăng|giảm)\s+)?[-+−]?\s*",
                              re.IGNORECASE)
_PERIOD_WORD = re.compile(r"(?<!\w)(?:cùng\s+kỳ|năm|tháng|quý|kỳ\s+trước|đầu|trước|nhiệm\s+kỳ|lần)(?!\w)", re.IGNORECASE)


# the change a rate stands for, told right after it: "tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD"
_AMOUNT_AFTER_RATE = re.compile(r"\s*,\s*(?:tương\s+(?:ứng|đương)|tức\s+là)\s+(?P<way>tăng|giảm)\s+(?:thêm\s+)?"
                                r"(?:(?:hơn|gần|khoảng|trên)\s+)?$", re.IGNORECASE)
_COMPARED_OPENING = re.compile(r"\s*(?:[-+•]\s*)?So\s+với(?!\w)", re.IGNORECASE)
_RATE_AFTER_LEVEL = re.compile(r"\s*,?\s*")


def growths(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"… 412,6 tỷ đồng, tăng 14,2% so với cùng kỳ (cùng kỳ năm 2024 đạt 372,8 tỷ đồng)": a
    percentage after "tăng"/"giảm"/"bằng" that names a base of another period, with that base
    written right after it, measures the level before it (the nearest amount of the same measure
    in the sentence, outside any bracket the percentage is not in) against that base (kind
    "growth": ``whole`` the base, ``parts`` the level, ``share`` the percentage, the cue the word
    "tăng"/"giảm"/"bằng"). A level that is itself a change ("giảm 4 vụ, tương ứng giảm 16,0% so
    với cùng kỳ năm 2024 là 25 vụ") is measured as a change."""
    relations = []
    for index, percent in enumerate(quantities):
        if percent.kind != "percent":
            continue
        s_start, _ = _sentence_of(sentences, percent.start)
        amount = quantities[index + 1] if index + 1 < len(quantities) else None
        if amount is not None and amount.kind in ("count", "money") and percent.modifier == "change" \
                and percent.modifier_cue is not None and (way := _AMOUNT_AFTER_RATE.match(text, percent.end, amount.start)) \
                and way["way"].lower() == percent.modifier_cue.text.split()[0].lower():
            # "đạt 81,09 tỷ USD, tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD so với cùng kỳ": the rate, then the change
            # it stands for, of the level before both (inferred: hedges widen both)
            level = _level_before(text, [q for q in quantities[:index] if q.start >= s_start], amount)
            if level is not None and level.modifier is None and not per_unit(text, level):
                cue = percent.modifier_cue
                relations.append(Relation("change-rate", level, (amount,), percent, explicit=False,
                                          cues=(Cue(cue.start, cue.end, cue.text.split()[0]),)))
                continue
        change = quantities[index - 1] if index else None
        if change is not None and index >= 2 and change.modifier is None \
                and _RATE_AFTER_BASE.fullmatch(text, unit_end(text, change), percent.start):
            # "tăng 412 người so với cùng kỳ năm 2021 (1.524 người), tương đương 27,0%": the rate after the bracketed
            # base of the change before it is that change over that base, not a share of the base
            prior = quantities[index - 2]
            if prior.modifier == "change" and prior.start >= s_start and _one_measure(prior, change) \
                    and _BASE_AFTER_CHANGE.fullmatch(text, unit_end(text, prior), change.start):
                word = prior.modifier_cue
                level = _level_before(text, [q for q in quantities[:index - 2] if q.start >= s_start], prior)
                half = sum(0.5 * 10.0 ** -q.decimals * q.scale for q in (change, prior) + ((level,) if level else ()))
                if level is not None and abs(abs(level.value - change.value) - prior.value) > half + 1e-9:
                    # the change is no gap of its two levels (the gap is told apart): the rate may be the levels' own
                    # ("đạt 3.482 triệu đồng, tăng 418 triệu đồng so với cùng kỳ (3.092 triệu đồng), tương ứng tăng 12,6%")
                    prior = level
                relations.append(Relation("growth", change, (prior,), percent, explicit=True,
                                          cues=(Cue(word.start, word.end, word.text.split()[0]),)))
                continue
        if change is not None and change.modifier == "change" and change.kind in ("count", "money") \
                and change.start >= s_start and _RATE_OF_CHANGE.fullmatch(text, unit_end(text, change), percent.start):
            # "xảy ra 14 vụ, giảm 05 vụ (-26,3%) so với cùng kỳ": the change over the level it changed from
            word = change.modifier_cue
            cue = Cue(word.start, word.end, word.text.split()[0])
            base = next((q for q in quantities[index + 1:index + 3] if q.kind == change.kind and _one_measure(q, change)
                         and _COMPARED_BASE.search(text, max(0, q.start - 40), q.start)), None)
            if base is not None and base.start - percent.end >= 60:
                base = None
            if base is None:  # "so với cùng kỳ năm 2024 (23 mô hình) tăng 5 mô hình, tương ứng 21,74%": named before it
                base = next((q for q in reversed(quantities[:index - 1]) if q.start >= s_start and q.kind == change.kind
                             and _one_measure(q, change) and _COMPARED_BASE.search(text, max(0, q.start - 40), q.start)
                             and change.start - q.end < 40), None)
            if base is not None:
                # "tăng 28 mô hình (17,72%) so với năm 2024 (158 mô hình)": the change over the level it names
                relations.append(Relation("growth", base, (change,), percent, explicit=True, cues=(cue,)))
                continue
            earlier = [q for q in quantities[:index - 1] if q.start >= s_start]
            level = _level_before(text, earlier, change)
            explicit = True
            if level is None and not any(q.kind == change.kind and q.modifier != "change" for q in earlier) \
                    and _COMPARED_OPENING.match(text, s_start) and s_start:
                # "… đã xử lý trên 2,86 triệu trường hợp vi phạm. So với cùng kỳ năm 2019, giảm 1,26 triệu trường hợp
                # vi phạm (30,6%)": a sentence opened by the comparison measures the level of the sentence before
                p_start, _ = _sentence_before(sentences, s_start) or (0, s_start)
                before = [q for q in quantities[:index - 1] if p_start <= q.start < s_start]
                level = _named_alike(text, [q for q in before if q.kind == change.kind and q.role != "plan"
                                            and _one_measure(q, change) and (q.modifier is None or q.modifier == "bound" and
                                                                             APPROXIMATE_BEFORE.search(text, max(0, q.start - 8), q.start))],
                                     change, p_start)
                explicit = False
            start_level = next((q for q in reversed(earlier) if q is not level and q.kind == change.kind and (
                q.head is None or _one_measure(q, change)) and _FROM.search(text, max(0, q.start - 12), q.start)), None)
            if level is not None and start_level is not None:
                # "giảm từ 401 xuống còn 208 đơn vị, giảm 121 đơn vị (30,2%)": the change over the level it started from
                relations.append(Relation("growth", start_level, (change,), percent, explicit=True, cues=(cue,)))
            elif level is not None and (level.modifier is None or not explicit) and not per_unit(text, level):
                relations.append(Relation("change-rate", level, (change,), percent, explicit=explicit, cues=(cue,)))
            continue
        way = _GROWTH_WORD.search(text, max(0, percent.start - 24), percent.start)
        if way is None or _PLANNED_CHANGE.search(text, max(s_start, way.start() - 40), way.start()):
            continue  # "chỉ tiêu giảm 5% so với năm trước (48 vụ)": the change planned, not the one measured
        earlier = [q for q in quantities[max(0, index - 2):index] if q.start >= s_start]
        if len(earlier) == 2 and _FROM.search(text, max(0, earlier[0].start - 12), earlier[0].start) and _FROM_TO.match(
                text[unit_end(text, earlier[0]):earlier[1].start]) and _BY.match(text[unit_end(text, earlier[1]):way.start()
                                                                                   + len(way["way"])]):
            # "từ 163,2 triệu đồng năm 2024 lên 184,5 triệu đồng, tăng 12,8%"
            first, second = earlier
            if first.kind in ("count", "money") and _one_measure(first, second) and not per_unit(text, first) \
                    and not per_unit(text, second):  # not "từ 85% lên 90%, tăng 5%" (points or relative)
                cue = Cue(way.start("way"), way.end("way"), way["way"])
                relations.append(Relation("growth", first, (second,), percent, explicit=True, cues=(cue,)))
            continue
        if index + 1 >= len(quantities):
            continue
        base = quantities[index + 1]
        compared = _COMPARED_TO.fullmatch(text, percent.end, base.start) or _BASE_IN_BRACKET.fullmatch(
            text, percent.end, base.start)
        if compared is None or base.kind not in ("count", "money") or not _PERIOD_WORD.search(compared["period"]) \
                or APPROXIMATE_BEFORE.search(text, max(0, base.start - 12), base.start) \
                or _NOT_A_BASE.search(text, percent.end, base.start):
            continue
        level = None
        for candidate in reversed(quantities[:index]):
            if candidate.start < s_start:
                break
            if candidate.kind == "percent":
                if candidate.modifier is None and not in_bracket(text, s_start, candidate.start) \
                        and not named_plan(candidate):
                    # a share between ends it, but not the level's own share of its plan: "đạt 318,4 tỷ đồng, bằng 56,9%
                    # dự toán năm (560 tỷ đồng), tăng 16,2% so với cùng kỳ (280,0 tỷ đồng)" measures 318,4 twice
                    break
                continue
            if candidate.kind != base.kind or candidate.role == "plan" or not _same_bracket(text, candidate.end, percent.start):
                continue
            if base.kind == "count" and candidate.bare:
                # "số doanh nghiệp thành lập mới là 146, tăng 20,7% so với năm 2024 (121 doanh nghiệp)": the number
                # its label names by the base's noun is the level; a number named otherwise right before the rate
                # is a level this reading cannot name, never a reason to reach past it
                if one_noun_head(head_of(candidate.label)[0], base.head):
                    level = candidate
                    break
                if _RATE_AFTER_LEVEL.fullmatch(text, candidate.end, way.start()):
                    break
                continue
            if base.kind == "count" and not one_noun_head(candidate.head, base.head):
                continue
            if per_unit(text, candidate) and not per_unit(text, base):
                continue  # "9.436 lượt, bình quân 858 lượt/tháng, tăng 14,6% so với cùng kỳ (8.395 lượt)": an average between
            level = candidate
            break
        if level is None or APPROXIMATE_BEFORE.search(text, max(0, level.start - 12), level.start) \
                or per_unit(text, level) != per_unit(text, base):
            continue
        cue = Cue(way.start("way"), way.end("way"), way["way"])
        relations.append(Relation("growth", base, (level,), percent, explicit=True, cues=(cue,)))
    return relations


# A change written before its base: "68,4 triệu đồng, cao hơn năm 2024 là 7,9 triệu đồng (năm 2024: 61,3 triệu
# đồng)", "21 vụ, giảm 4 vụ so với cùng kỳ năm 2024 là 25 vụ", "92,6 triệu đồng, cao hơn bình quân chung của tỉnh
# là 18,2 triệu đồng (bình quân tỉnh 74,4 triệu đồng)".
_GAP_BEFORE = re.compile(r"(?<!\w)(?P<way>tăng|giảm|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn)"
                         r"(?:\s+(?:[^\W\d_]+|(?<=năm )\d{4})){0,7}?\s*(?:là\s+|thêm\s+)?$", re.IGNORECASE)
# (a period's number may be among the words: "so với năm 2024 (", "so với tháng 6 (")
_GAP_BASE = re.compile(r"\s*(?:so\s+với\s+(?:(?:[^\W\d_]+|(?<=năm )\d{4}|(?<=tháng )\d{1,2}(?!\d))\s*){1,7}?)?\(\s*"
                       r"(?:(?:[^\W\d_]+|(?<=năm )\d{4})\s*){0,7}?(?::\s*)?"
                       r"|\s*so\s+với\s+(?:(?:[^\W\d_]+|(?<=năm )\d{4}|(?<=tháng )\d{1,2}(?!\d))\s*){1,7}?(?:là|:)\s*",
                       re.IGNORECASE)
# "bình quân 160.000 đồng/hộ", "(300.000 đồng/suất)": an amount per one of the things counted
# (whole words: "đồng/đảng viên/tháng", "đồng/hộ gia đình/tháng" are per two units, not per "đảng viê" or "hộ gia")
_PER_ONE = re.compile(r"\s*/\s*(?P<noun>[^\W\d_]++(?:\s+[^\W\d_]++)?+)(?!(?:\s+[^\W\d_]+){0,2}\s*/)", re.IGNORECASE)
# (or "một": "vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt 22,4 tỷ đồng", a few words about the noun
# before the verb)
_EACH_BEFORE = re.compile(r"(?:bình\s+quân|trung\s+bình)\s+(?:mỗi|một)\s+(?P<noun>[^\W\d_]+(?:\s+(?!(?:là|được|đạt)\s)[^\W\d_]+)?)"
                          r"(?:\s+(?:là\s+|được\s+|đạt\s+)?|(?P<more>(?:\s+[^\W\d_]+){1,4}?)\s+)$", re.IGNORECASE)
_EACH_VERB = re.compile(r"(?<!\w)(?:là|được|đạt)(?!\w)", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"(?:bình\s+quân|trung\s+bình|\()\s*$", re.IGNORECASE)


def gaps_and_averages(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                      known: list[Relation]) -> list[Relation]:
    """Figures an author computed from two others in the same sentence:

    - kind "gap": a change written with its base after it ("cao hơn năm 2024 là 7,9 triệu đồng (năm 2024: 61,3
      triệu đồng)") is the difference between the level before it and that base (``whole`` the base, ``parts``
      the level and the change, the cue the word of the change);
    - kind "average": an amount per one ("bình quân 160.000 đồng/hộ", "(300.000 đồng/suất)") after an amount of
      money and a count of that noun is their quotient (``whole`` the amount, ``parts`` the count, ``share``
      the amount per one).
    Nothing approximate ("gần", "khoảng", "hơn"), nothing per two units ("đồng/người/năm")."""
    relations: list[Relation] = []
    changes = {id(p) for r in known if r.kind == "difference" for p in r.parts} | {
        id(r.whole) for r in known if r.kind == "difference"}
    # "tổng kinh phí 250 triệu đồng, trong đó ngân sách 150 triệu đồng, bình quân 50 triệu đồng/hộ": the average is
    # of the whole, never of a part written after it
    parts = {id(p) for r in known if r.kind in ("part-of", "sum-of") for p in r.parts}
    for index, change in enumerate(quantities):
        if change.kind not in ("count", "money") or id(change) in changes:
            continue
        rest = _change_then_rest(text, quantities, index)
        if rest is not None:
            relations.append(rest)
            continue
        s_start, _ = _sentence_of(sentences, change.start)
        earlier = quantities[bisect_left(quantities, s_start, 0, index, key=_start_of):index]  # (in text order)
        if APPROXIMATE_BEFORE.search(text, max(0, change.start - 12), change.start):
            continue
        way = _GAP_BEFORE.search(text, max(s_start, change.start - 70), change.start) if earlier else None
        if way is not None and earlier[-1].end <= way.start():
            base = quantities[index + 1] if index + 1 < len(quantities) else None
            if base is not None and _GAP_BASE.fullmatch(text, unit_end(text, change), base.start) and base.kind == change.kind \
                    and not _NOT_A_BASE.search(text, unit_end(text, change), base.start):
                level = _level_before(text, earlier, change, past_others=True)
                if level is not None and flow_of_named_stock(text, level, way.start()):
                    level = None  # "35 hộ tái nghèo; … số hộ nghèo giảm 163 hộ": a flow into the stock, not its level
                if level is not None and _one_measure(level, base) and not APPROXIMATE_BEFORE.search(text, max(0, base.start - 12), base.start):
                    cue = Cue(way.start("way"), way.end("way"), way["way"])
                    relations.append(Relation("gap", base, (level, change), explicit=True, cues=(cue,)))
            continue
        if change.kind == "count":
            average = _count_average(text, earlier, change, s_start, parts)
            if average is not None:
                relations.append(average)
            continue
        if change.kind != "money" or not earlier and not _EACH_BEFORE.search(text, max(s_start, change.start - 64),
                                                                            change.start):
            continue
        per = _PER_ONE.match(text, unit_end(text, change))
        each = _EACH_BEFORE.search(text, max(s_start, change.start - 64), change.start)
        if each is not None and each["more"] and not _EACH_VERB.search(each["more"]):
            each = None  # ("bình quân mỗi hộ được vay", "… một doanh nghiệp thành lập mới đạt"; not any words at all)
        if per is not None and _AVERAGE_BEFORE.search(text, max(s_start, change.start - 16), change.start):
            noun, cue = per["noun"].lower(), Cue(change.end, per.end(), per.group().strip())
        elif each is not None and not _PER_UNIT.match(text, unit_end(text, change)):
            # "bình quân mỗi hộ 250.000 đồng"
            noun, cue = each["noun"].lower(), Cue(each.start("noun"), each.end("noun"), each["noun"])
        else:
            continue
        if each is not None:  # ("một" of "bình quân một doanh nghiệp" is no count of them)
            earlier = [q for q in earlier if not each.start() <= q.start < each.end()]
        counts = [q for q in earlier if q.kind == "count" and q.head and (
            one_noun_head(q.head, noun) or one_noun_head(q.head, noun.split()[0]) or noun.split()[0] == "người"
            and q.noun_class == "person")]
        if not counts and each is not None and not any(q.kind in ("count", "money") for q in earlier):
            # "… có 8.038 doanh nghiệp thành lập mới với số vốn đăng ký là 179.700 tỷ đồng. Vốn đăng ký bình quân một
            # doanh nghiệp …": the sentence right before holds the amount and the count it divides
            before = _sentence_before(sentences, s_start)
            if before is not None and _averaged_named_before(text, s_start, each, before):
                earlier = [q for q in quantities[:index] if before[0] <= q.start < before[1]]
                counts = [q for q in earlier if q.kind == "count" and q.head and one_noun_head(q.head, noun)]
        amounts = [q for q in earlier if q.kind == "money" and not per_unit(text, q) and id(q) not in parts]
        if len(counts) != 1 or not amounts or amounts[-1].start < counts[0].start and _count_between(
                quantities, counts[0], amounts[-1]):
            continue
        amount = amounts[-1]
        levels = [q for q in amounts[:-1] if q.modifier != "change"]
        if amount.modifier == "change" and levels and counts[0].value:
            # "quỹ tăng … lên 1.150 triệu đồng, tăng 730 triệu đồng; cho 46 hộ vay bình quân 25 triệu đồng/hộ": what is
            # averaged may be the level the change is of, or the change itself ("tăng 200 triệu đồng do 40 hộ đóng
            # góp, bình quân 5 triệu đồng/hộ"): the reading nearer the average written
            amount = min((amount, levels[-1]), key=lambda q: abs(q.value / counts[0].value - change.value))
        if APPROXIMATE_BEFORE.search(text, max(0, amount.start - 12), amount.start) or not _same_bracket(
                text, amount.end, change.start):
            continue
        relations.append(Relation("average", amount, (counts[0],), change, explicit=True, cues=(cue,)))
    return relations


# "bình quân 31,2 học sinh/lớp", "năng suất bình quân 58,6 tạ/ha", "năng suất đạt 52 tạ/ha": a count per one
_COUNT_AVERAGE_BEFORE = re.compile(r"(?:bình\s+quân|trung\s+bình|năng\s+suất(?:\s+(?:bình\s+quân|đạt|ước\s+đạt))?)\s*$",
                                   re.IGNORECASE)
_NOUN_WORDS_AFTER = re.compile(r"\s*(?P<words>[^\W\d_]+(?:\s*,?\s*[^\W\d_]+){0,3})")


def _count_average(text: str, earlier: list[Quantity], average: Quantity, s_start: int, parts: set[int]) -> Relation | None:
    """"612 nhóm, lớp và 18.426 trẻ, học sinh (…), bình quân 31,2 học sinh/lớp"; "diện tích lúa 7.180 ha; sản lượng
    41.380 tấn, năng suất bình quân 58,6 tạ/ha": a count per one after the one count of what it counts (or of that
    measure in another unit, resources/measure_units.txt) and the one count of what it is per, in its sentence and
    outside brackets, is their quotient (kind "average")."""
    per = _PER_ONE.match(text, unit_end(text, average))
    if per is None or average.head is None or not _COUNT_AVERAGE_BEFORE.search(
            text, max(s_start, average.start - 24), average.start):
        return None
    noun = per["noun"].lower()
    level = [q for q in earlier if q.kind == "count" and q.head and q.modifier is None and id(q) not in parts
             and not per_unit(text, q) and not in_bracket(text, s_start, q.start)]
    counts = [q for q in level if _counts_noun(text, q, noun)]
    amounts = [q for q in level if q not in counts and (_counts_noun(text, q, average.head)
                                                        or unit_ratio(q.head, average.head) is not None)]
    if len(counts) != 1 or len(amounts) != 1 or APPROXIMATE_BEFORE.search(
            text, max(0, amounts[0].start - 12), amounts[0].start):
        return None
    return Relation("average", amounts[0], (counts[0],), average, explicit=True,
                    cues=(Cue(unit_end(text, average), per.end(), per.group().strip()),))


def _counts_noun(text: str, quantity: Quantity, noun: str) -> bool:
    """The count's noun is ``noun``, or names it among the words right after the number ("612 nhóm, lớp")."""
    if one_noun_head(quantity.head, noun):
        return True
    words = _NOUN_WORDS_AFTER.match(text, quantity.end)
    return words is not None and bool(re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", words["words"].lower()))


@lru_cache(maxsize=1)
def _measure_units() -> dict[str, tuple[float, str]]:
    return {unit.strip().lower(): (float(size), measure.strip()) for unit, size, measure in
            (line.split("|") for line in word_list("measure_units"))}


def unit_ratio(unit: str | None, other: str | None) -> float | None:
    """How many ``other`` one ``unit`` is (tấn → tạ: 10), for two units of one measure (resources/measure_units.txt)."""
    units = _measure_units()
    a, b = units.get((unit or "").lower()), units.get((other or "").lower())
    if a is None or b is None or a[1] != b[1]:
        return None
    return a[0] / b[0]


_NAME_FILLERS = frozenset(("số", "tiền", "mức", "là", "các", "của", "trong", "năm", "đã"))


def _averaged_named_before(text: str, s_start: int, each: re.Match, before: tuple[int, int]) -> bool:
    """The sentence before names what the average is of: the words that open the average's sentence ("Vốn đăng ký
    bình quân một doanh nghiệp …" after "… với số vốn đăng ký là 179.700 tỷ đồng"), or, with none, a word told after
    its noun ("Bình quân mỗi hộ được vay …" after "cho 46 hộ vay …"). "Thu nhập bình quân một hộ" after an amount
    lent is another measure."""
    said = " ".join(_LETTERS.findall(text[before[0]:before[1]].lower()))
    name = _LETTERS.findall(text[s_start:each.start()].lower())[-3:]
    if name:  # (each word of it, "số tiền góp bình quân" after "góp quỹ được 36 triệu đồng")
        return all(f" {w} " in f" {said} " for w in name if w not in _NAME_FILLERS)
    more = [w for w in _LETTERS.findall((each["more"] or "").lower()) if not _EACH_VERB.fullmatch(w)]
    return bool(more) and all(f" {w} " in f" {said} " for w in more)


# a change, then the level it left ("giảm 4 hồ sơ, còn 7 hồ sơ"; "tăng 12 hộ, lên 140 hộ")
_CHANGE_WAY = re.compile(r"(?<!\w)(?P<way>tăng|giảm)(?:\s+(?:thêm|được))?\s*$", re.IGNORECASE)
_THEN_REST = re.compile(r"\s*,\s*(?:(?P<down>(?:chỉ\s+|xuống\s+)?còn(?:\s+lại)?)|(?P<up>lên|nâng\s+lên))\s*", re.IGNORECASE)


def _change_then_rest(text: str, quantities: list[Quantity], index: int) -> Relation | None:
    """"Số hồ sơ trễ hạn giảm 4 hồ sơ, còn 7 hồ sơ so với tháng 6 (13 hồ sơ)": a change, the level it left and the
    base it was measured from in the bracket after "so với …": the change is the gap between the base and the level
    (kind "gap", explicit: all three are written, of one measure)."""
    change = quantities[index]
    if change.modifier != "change" or index + 2 >= len(quantities):
        return None
    way = _CHANGE_WAY.search(text, max(0, change.start - 14), change.start)
    level, base = quantities[index + 1], quantities[index + 2]
    then = _THEN_REST.match(text, unit_end(text, change))
    if way is None or then is None or then.end() != level.start or (then["down"] is None) != (
            way["way"].lower() == "tăng"):
        return None
    if not (_one_measure(change, level) and _one_measure(level, base)) or not _GAP_BASE.fullmatch(
            text, unit_end(text, level), base.start) or "(" not in text[unit_end(text, level):base.start] or any(
            APPROXIMATE_BEFORE.search(text, max(0, q.start - 12), q.start) for q in (change, level, base)):
        return None
    return Relation("gap", base, (level, change), explicit=True, cues=(Cue(way.start("way"), way.end("way"), way["way"]),))


# the measure a change names before its word of change: "số hộ nghèo giảm", "tổng số đảng viên tăng"
_NAMED_STOCK = re.compile(r"(?<!\w)số\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)\s+(?:(?:thực\s+tế|đã|chỉ|còn)\s+)?$",
                          re.IGNORECASE)


def flow_of_named_stock(text: str, level: Quantity, way: int) -> bool:
    """The change names the stock it is of ("số hộ nghèo giảm 163 hộ"), in words without a movement
    (resources/movement_words.txt), while the count before it is a movement into or out of that stock ("35 hộ tái
    nghèo", "198 hộ thoát nghèo"): a flow, not the level the change was computed from."""
    named = _NAMED_STOCK.search(text, unit_end(text, level), way)
    if named is None:
        return False
    moves = word_list("movement_words")
    phrase = f" {_OWN_PHRASE.match(text, level.end).group().lower()} "
    stock = f" {named['words'].lower()} "
    return any(f" {w} " in phrase and f" {w} " not in stock for w in moves)


_OWN_PHRASE = re.compile(r"[^,;.()\n]*")  # the words after a count up to its phrase's end


def _named_alike(text: str, levels: list[Quantity], change: Quantity, floor: int) -> Quantity | None:
    """Of the levels a change may be of, the last, unless the words after the change's noun name one of them alone
    ("giảm 2 người chết" is of "làm chết 3 người", not of the later "bị thương 6 người")."""
    if not levels:
        return None
    head, unit = (change.head or "").lower(), change.unit.lower()
    own = unit[len(head):].strip() if head and unit.startswith(head + " ") else ""
    if own:
        ends = [floor] + [unit_end(text, q) for q in levels]
        named = [q for q, start in zip(levels, ends) if own in text[max(start, q.start - 24):unit_end(text, q)].lower()]
        if len(named) == 1:
            return named[0]
    return levels[-1]


def _count_between(quantities: list[Quantity], first: Quantity, last: Quantity) -> bool:
    return any(q.kind == "count" and first.end <= q.start < last.start for q in quantities)
