"""Targets with a verdict that respects the period, and tasks with owner and deadline.

Targets come from the target entities (until the quantity layer supplies them); this module
names them, gives them their period and judges them against it: progress before the period
ends ("đạt 56% chỉ tiêu năm" in a 6-month report) is "tiến độ", not "chưa đạt" (issue 18).
Tasks are the items under a Nhiệm vụ / Phương hướng / Giải pháp / Kết luận heading, the
inline "(1) …; (2) …" enumerations after "nhiệm vụ … gồm:", and "giao X thực hiện Y trước
ngày Z" sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..detectors.targets import stated_comparator
from ..model import Entity
from ..numbers import NUMBER_BODY, format_compact, parse_number, states
from ..quantities.verdicts import is_met, lower_is_better
from ..quantities.verdicts import verdict as verdict_of
from ..resources import alternation, word_list
from .document import Field, Section, Target, Task
from .lines import Line, LineKind
from .scan import Anchored, Gate, tags

_YEARLY = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)\s+(?:của\s+)?(?:cả\s+)?(?:năm|nhiệm kỳ|giai đoạn)|cả năm|"
                     r"nhiệm kỳ|chỉ tiêu năm|kế hoạch năm", re.IGNORECASE)
_PLAN_WORD = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|\bKH\b)(?P<after>[^,;.()\d]{0,20})", re.IGNORECASE)


def _yearly_plan(sentence: str) -> bool:
    """The level is the year's (or the term's): "kế hoạch năm", "dự toán" (always a year's), or a plain
    "kế hoạch"/"chỉ tiêu" read in a report of a shorter period — unless tied to it ("kế hoạch quý", "chỉ tiêu 6 tháng")."""
    if re.search(r"chưa đạt|không đạt|(?:vượt|đạt|hoàn thành)\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)",
                 sentence, re.IGNORECASE):
        return False  # the document judges it for its own period ("chưa đạt chỉ tiêu", "vượt chỉ tiêu đề ra")
    if _YEARLY.search(sentence) or re.search(r"dự toán", sentence, re.IGNORECASE):
        return True
    plan = _PLAN_WORD.search(sentence)
    return bool(plan) and not re.search(r"tháng|quý|tuần|đợt|kỳ", plan["after"], re.IGNORECASE)


_IN_THE_YEAR = re.compile(r"\b(?:trong|cả)\s+năm\b(?!\s+(?:19|20)\d\d\s*[-–])", re.IGNORECASE)
_SO_FAR = re.compile(r"đến nay|lũy kế|luỹ kế|tính đến|từ đầu năm", re.IGNORECASE)
_SHORT_PERIOD = re.compile(r"\b(?:tháng\s+(?:\d{1,2}|đầu|cuối)|quý\s+[IV\d]+|\d{1,2}\s+tháng|sáu tháng|chín tháng|"
                           r"6 tháng|9 tháng|nửa đầu năm|giữa nhiệm kỳ|nửa (?:đầu )?nhiệm kỳ|sơ kết|học kỳ\s+(?:I|1)|"
                           r"(?:đến|tính đến)\s+(?:hết\s+)?ngày\s+(?!31/12)\d{1,2}/\d{1,2}|"
                           r"tính đến\s+(?!31/12)\d{1,2}/\d{1,2})\b", re.IGNORECASE)  # "Tính đến 30/11/2026: …"
_PERIOD = re.compile(r"(?:\d+|sáu|chín)\s+tháng\s+(?:(?:đầu|cuối)\s+)?năm(?:\s+\d{4})?|quý\s+[IV]+(?:[/ ](?:năm\s+)?\d{4})?|"
                     # a month is 1 to 12, not the amount after "9 tháng" ("9 tháng 64,73 tỷ đồng")
                     r"tháng\s+(?:1[0-2]|0?[1-9])(?![\d,.]?\d)(?:[/ ](?:năm\s+)?\d{4})?|(?:\d{1,2}|sáu|chín)\s+tháng(?!\s+tuổi)|"
                     r"năm\s+\d{4}|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|"
                     r"giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|"
                     # the first half of a school year: "học kỳ I năm học 2025 - 2026" (học kỳ II closes the year)
                     r"học kỳ\s+(?:I|1)\b(?:\s+năm học\s+\d{4}\s*[-–]\s*\d{4})?", re.IGNORECASE)
_NUMBER = NUMBER_BODY
_NAME_END = re.compile(r"\s+(?:đạt|là|được|có|bằng|giảm|tăng|chiếm|ước đạt|hoàn thành)\s|\s*[:(]|\s\d|,")
_LEAD_WORDS = re.compile(r"^(?:[-–•+]\s*|\(\d+\)\s*|\d+[.)]\s*|[a-zđ]\)\s*)?(?:có\s+|trong đó\s+|về\s+)?", re.IGNORECASE)


@lru_cache(maxsize=16)  # (a long line holds many targets: read once, not once per target)
def _terms(line_text: str) -> list[int]:
    """The end years of the terms a line names ("giai đoạn 2021 - 2025")."""
    return [int(m[1]) for m in _TERM.finditer(line_text)] if "term" in tags(line_text) else []


def read_targets(text: str, targets: list[Entity], doc_period: str | None, year: int | None = None,
                 plans: list[tuple[int, int, str, str]] = (), doc_date: str | None = None) -> list[Target]:
    """The targets the detector found, each with a verdict that respects the period. Where the
    quantity layer read a result against its plan inside the target's span (``plans``: result
    start, plan start, their texts), its two numbers are the result and the level. A yearly plan
    in a document dated April to November (``doc_date``, ISO) is still under way: progress."""
    found = []
    # dated April to November, a document reports on the year under way (a January one closes the last year,
    # a December one estimates the whole year)
    short_doc = bool(doc_period and _SHORT_PERIOD.search(doc_period))
    dated_short = bool(doc_date and year and doc_date[:4] == str(year) and "04" <= doc_date[5:7] <= "11")
    for entity in targets:
        entity = _with_result_before(text, entity)
        plan = next((p for p in plans if entity.start <= min(p[0], p[1]) and max(p[0], p[1]) < entity.end), None)
        if plan is not None:
            result_value, target_value = _plan_numbers(plan)
            if result_value is not None and target_value is not None and not _share_agrees(entity, result_value.value,
                                                                                            target_value.value):
                entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                                {**entity.data, "target_value": target_value.value, "target_text": plan[3],
                                 "actual_value": result_value.value, "actual_text": plan[2], "comparator": ">=",
                                 "attainment_percent": None,
                                 "stated_comparator": entity.get("stated_comparator")
                                 if plan[3] == entity.get("target_text") else None})
        target = entity.get("target_value")
        result = entity.get("actual_value")
        if result is None and (entity.get("target_text") or "").endswith("%") and "/" in entity.text:
            pairs = _slash_plans(entity.text)
            if len(pairs) == 1 and pairs[0][3] and abs(pairs[0][4] / pairs[0][3] * 100 - target) < 1:
                # "trồng rừng mới 215 ha/250 ha kế hoạch (86%)": the share is the pair's, the pair is the target
                _, _, _, level, done, unit = pairs[0]
                entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                                {**entity.data, "target_value": level, "target_text": f"{_vn(level)} {unit or ''}".strip(),
                                 "actual_value": done, "actual_text": f"{_vn(done)} {unit or ''}".strip()})
                target, result = level, done
        full = entity.get("attainment_percent") == 100 and entity.get("status") == "đạt"
        count = _COUNT_AT_FULL.search(entity.text) if full and target is None and result is None else None
        if count:  # "Kết nạp 02 đảng viên, đạt 100% chỉ tiêu": the count done is the plan met in full
            target = result = parse_number(count["n"]).value
            entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                            {**entity.data, "target_value": target, "target_text": count["n"], "target_offset": count.start(),
                             "actual_value": result, "actual_text": count["n"], "actual_offset": count.start()})
        if target is None and entity.get("attainment_percent") is not None:
            continue  # "đạt 91,4% kế hoạch" with no plan: a key figure, not a target
        if target is None:
            continue
        told = entity.get("target_text") or ""
        if result is None and told.endswith("%") and re.search(
                r"(?:chỉ tiêu|kế hoạch|KH|NQ)\b[^.;()]{0,30}?\d[^.;()]{0,20}?,?\s*đạt\s+" + re.escape(told), entity.text):
            continue  # "kết nạp 14 đảng viên (chỉ tiêu NQ cả năm 25, đạt 56%)": the share of the plan, not a level
        full = full or bool(entity.get("target_offset") and _FULL_PLAN_BEFORE.search(entity.text, 0, entity.get("target_offset"))
                            and not _TO_DO.search(entity.text, 0, entity.get("target_offset")))
        if full and result is None:  # "Giao quân đạt 100% chỉ tiêu (14 thanh niên)": the plan, done in full
            result = target
            entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                            {**entity.data, "actual_value": result, "actual_text": entity.get("target_text"),
                             "actual_offset": entity.get("target_offset")})
        sentence = entity.text
        if result is None and _strive_list(sentence):
            continue  # "đặt mục tiêu thu ngân sách 1.400 tỷ đồng, kết nạp ít nhất 65 đảng viên": listed_targets reads each level
        if re.search(r"(?:dưới|trên|từ)\s*" + re.escape(entity.get("target_text") or "\0") + r"\s*(?:tháng\s+)?tuổi",
                     sentence):
            continue  # "trẻ dưới 1 tuổi": an age in the name, not a level
        if result is None:  # "8,5%, chỉ tiêu không quá 9%": the result stands right before the target
            before = _RESULT_BEFORE.search(sentence)
            number = parse_number(before["n"]) if before else None
            if number is not None and (before["unit"] == "%") == (entity.get("unit") == "%"):
                result = number.value
                entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                                {**entity.data, "actual_value": result, "actual_text": before["n"] + (before["unit"] or "")})
        if result is None and entity.get("claimed_status") and told:
            # "giảm còn 2,1%, đạt chỉ tiêu Nghị quyết đề ra (giảm còn dưới 2,5%)": the level the claim is judged against
            # is in the bracket after it; the figure before the claim is the result
            bracket = _LEVEL_AFTER_CLAIM.search(sentence, (entity.get("target_offset") or 0) + len(told))
            group = "n" if bracket and bracket["n"] else "n2"
            level_unit = bracket["unit" if group == "n" else "unit2"] if bracket else None
            number = parse_number(bracket[group]) if bracket else None
            if number is not None and (level_unit == "%") == told.endswith("%"):
                result, target = target, number.value
                comparator = _BOUND_WORDS.get((bracket["bound" if group == "n" else "bound2"] or "").lower(),
                                              entity.get("comparator"))
                entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                                {**entity.data, "actual_value": result, "actual_text": told,
                                 "actual_offset": entity.get("target_offset"), "target_value": target,
                                 "target_text": bracket[group] + (level_unit or ""), "target_offset": bracket.start(group),
                                 "comparator": comparator})
        claim = entity.get("claim_offset")
        shared = _SHARE_OF_RATIO.search(sentence, 0, claim) if result is None and claim and told.endswith("%") else None
        if shared and parse_number(shared["n"]) is not None:
            # "Có 21/30 thôn (70%) đạt danh hiệu …, vượt chỉ tiêu đề ra (60%)": the share printed after the ratio is the
            # result the claim judges against the level
            result = parse_number(shared["n"]).value
            entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                            {**entity.data, "actual_value": result, "actual_text": shared["n"] + "%",
                             "actual_offset": shared.start("n")})
        if result is not None and entity.get("actual_text"):  # "còn 2,1%, giảm 0,8% so với …": the level, not the change
            at = sentence.find(entity.get("actual_text"))
            level = None
            if at > 0 and re.search(r"(?:giảm|tăng)\s*(?:được\s+)?$", sentence[max(0, at - 12):at], re.IGNORECASE):
                for level in re.finditer(r"(?:còn|đạt|là|ở mức)\s+(" + _NUMBER + r")\s*(%)?", sentence[:at], re.IGNORECASE):
                    pass
            if level is not None and (level[2] == "%") == ("%" in entity.get("actual_text")):
                number = parse_number(level[1])
                if number is not None:
                    result = number.value
                    entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                                    {**entity.data, "actual_value": result, "actual_text": level[1] + (level[2] or "")})
        excess = re.search(r"\bvượt\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|KH)(?:\s+(?:năm|đề ra|giao))?\s+"
                           + re.escape(entity.get("target_text") or "\0"), sentence, re.IGNORECASE) \
            if result is not None and target is not None and result > target else None
        if excess:  # "đạt 62 tạ/ha, vượt kế hoạch 2 tạ/ha": the plan is exceeded by 2, it is 60
            target = round(result - target, 6)
            entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                            {**entity.data, "target_value": target, "target_text": _vn(target)})
        change = re.search(r"(?:kế hoạch|chỉ tiêu|mục tiêu|KH)\s+(?:năm\s+)?(?P<verb>giảm|tăng)\s+(?:thêm\s+)?"
                           + re.escape(entity.get("target_text") or "\0"), sentence, re.IGNORECASE) \
            if result is not None and entity.get("target_text") else None
        if change:  # "Số hộ nghèo giảm 45 hộ, còn 120 hộ (kế hoạch giảm 40 hộ)": a change planned, the change done
            done = re.search(r"\b" + change["verb"] + r"\s+(?:được\s+|thêm\s+)?(?P<n>" + _NUMBER + r")",
                             sentence[:change.start()], re.IGNORECASE)
            number = parse_number(done["n"]) if done else None
            if number is not None:
                result = number.value
                entity = Entity(entity.kind, entity.start, entity.end, entity.text,
                                {**entity.data, "actual_value": result, "actual_text": done["n"]})
        period_match = next((m for m in _PERIOD.finditer(sentence)  # not "so với năm 2023", a comparison
                             if not re.search(r"so với\s*(?:cùng kỳ\s*)?$", sentence[:m.start()], re.IGNORECASE)), None)
        period = period_match[0] if period_match else doc_period
        comparator = entity.get("comparator") or ">="
        verdict = None
        progress = None
        if result is not None:
            met = is_met(result, target, comparator)
            verdict = verdict_of(result, target, comparator)
            yearly = _yearly_plan(sentence)
            line_start = text.rfind("\n", 0, entity.start) + 1
            line_end = text.find("\n", entity.end)
            line_text = text[line_start:line_end if line_end > 0 else len(text)]
            terms = _terms(line_text)
            open_term = bool(year and any(end > year for end in terms))  # "giai đoạn 2021 - 2025", read in 2024
            under_way = short_doc or bool(_SHORT_PERIOD.search(sentence)) or (dated_short and not _closed(sentence, year)) \
                or so_far(text, entity.start) or (_led_by_part(text, entity.start) and not _closed(sentence, year))  # "Tính đến 30/11/2026: …; kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm"
            if not met and (open_term or (yearly and under_way)):
                verdict = "tiến độ"
                share = result / target * 100 if target else None
                plan = "mục tiêu giai đoạn" if open_term and not yearly else "kế hoạch năm"
                progress = f"tiến độ {_pct(share)}% {plan}" if share is not None else "tiến độ"
            elif met and comparator == "<=" and entity.get("unit") == "count" and under_way and (
                    yearly or _IN_THE_YEAR.search(sentence)):
                # "… trong 9 tháng là 2 đồng chí; chỉ tiêu … không quá 3 trường hợp trong năm": a count the year may still
                # carry over its ceiling is under way, not met (a rate already under its level is met: a year's plan met
                # before the year ends, tests/blind_structure/README.md)
                verdict, progress = "tiến độ", "tiến độ"
            if entity.get("claimed_status") and entity.get("claimed_status") != entity.get("status") and \
                    entity.get("status") is None:
                verdict = entity.get("claimed_status")
        if re.fullmatch(r"(?:dưới|trên|từ|không quá|tối đa|ít nhất|tối thiểu)?", _name(sentence).strip().lower()):
            continue  # "còn 0,42% (chỉ tiêu Nghị quyết: dưới 0,5%)": a level without its name, read better by the line's readers
        written_target, unit = _written(entity.get("target_text"), target, sentence, entity.get("target_offset"))
        written_result, result_unit = _written(entity.get("actual_text"), result, sentence, entity.get("actual_offset"))
        name = _name(sentence)
        poor = not name[:1].isalpha() or len(name.split()) <= 1
        label = _LABEL_BEFORE.search(text, max(text.rfind("\n", 0, entity.start) + 1, entity.start - 84), entity.start) \
            if poor else None
        if label:
            # "Tỷ lệ giáo viên đạt chuẩn: 100%, đạt chỉ tiêu đề ra (100%)", "Số học sinh giỏi cấp tỉnh: 15 em (chỉ tiêu 12
            # em)": the figure read after its label, which names it
            name = _capital(_LEAD_WORDS.sub("", label["label"].strip()))
        found.append(Target(name, entity.start, entity.end, written_target, written_result,
                            unit or result_unit, period, verdict, progress))
    return found


_SHARE_OF_RATIO = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})*\s*/\s*\d{1,3}(?:\.\d{3})*\s+[^\W\d][^\d();.]{0,40}?\(\s*"
                             r"(?P<n>\d{1,3}(?:,\d{1,2})?)\s?%\s*\)")
# (or right after the plan word with its bound, no bracket: "giảm còn 9,8%, chưa đạt mục tiêu dưới 8%")
_LEVEL_AFTER_CLAIM = re.compile(r"(?:đạt|vượt|hoàn thành)\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)(?:[^.;()\d]{0,60}?\(\s*"
                                r"(?:[^\d().;]{0,25}?\s)?(?P<bound>dưới|không quá|tối đa|từ|trên|ít nhất|tối thiểu)?\s*"
                                r"(?P<n>" + _NUMBER + r")\s*(?P<unit>%)?(?:\s*trở (?:lên|xuống))?\s*\)|"
                                r"(?:\s+(?:đề ra|giao|năm|cả năm|nhiệm kỳ|[Nn]ghị quyết|[Đđ]ại hội)){0,3}\s+"
                                r"(?P<bound2>dưới|không quá|tối đa|ít nhất|tối thiểu)\s+"
                                r"(?P<n2>" + _NUMBER + r")\s*(?P<unit2>%)?(?![\d/]))", re.IGNORECASE)
_BOUND_WORDS = {"dưới": "<=", "không quá": "<=", "tối đa": "<=", "từ": ">=", "trên": ">=", "ít nhất": ">=",
                "tối thiểu": ">="}
# "Tỷ lệ che phủ rừng đạt 41,5%; chỉ tiêu năm 2024 đạt từ 42% trở lên": a level in a clause of its own, its result and
# name in the clause before it on the line
_PLAN_CLAUSE = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu)\b", re.IGNORECASE)
_CLAUSE_HEADING = re.compile(r"(?:[-–•+]\s*|\d+[.)]\s*|[a-zđ]\)\s*)?[^:;\d]{2,40}:\s+(?=[^\d:]{8,})")
# (a count with what it counts closes it too: "… trong 9 tháng là 2 đồng chí; chỉ tiêu … không quá 3 trường hợp")
_RESULT_CLAUSE_END = re.compile(r"(?<![\d.,/])(?P<n>" + _NUMBER + r")\s*(?P<unit>%|[^\W\d][^\d,;.()%:/]{0,25}?)?\s*;\s*$")


def _with_result_before(text: str, entity: Entity) -> Entity:
    """The target ``entity`` reaching back over the clause before it on its line when it is the plan of that clause's
    result: a level that opens with its plan word, after a figure of the same unit closing the clause before a ";"."""
    if entity.get("actual_value") is not None or not _PLAN_CLAUSE.match(entity.text) or not entity.get("target_text"):
        return entity
    line_start = text.rfind("\n", 0, entity.start) + 1
    before = text[line_start:entity.start].rstrip()
    stops = [m.end() for m in re.finditer(r"[.;](?=\s)", before[:-1])]
    clause_start = line_start + (stops[-1] if stops else 0)
    done = _RESULT_CLAUSE_END.search(text, clause_start, entity.start)
    offset = entity.get("target_offset")
    after = entity.text[offset + len(entity.get("target_text")):] if offset is not None else ""
    told_unit = (re.match(r"\s*([^\W\d][^\d,;.()%:/]{0,25}?)(?=\s+(?:trong|năm|của|đến|trở)\b|[,;.()]|$)", after) or [None, None])[1]
    if done is None or (done["unit"] == "%") != entity.get("target_text").endswith("%") or \
            done["unit"] and done["unit"] != "%" and not (told_unit and _same_unit(
                _unit_of(done["unit"].strip()), _unit_of(told_unit.strip()))) or \
            _PLAN_CLAUSE.search(text, clause_start, done.start()) or re.search(r"dự toán|/", text[clause_start:done.start()]):
        return entity  # "giải ngân 186 tỷ đồng/315 tỷ đồng kế hoạch vốn, đạt 59,3%": a share of a plan, no level's result
    number = parse_number(done["n"])
    if number is None:
        return entity
    while clause_start < entity.start and text[clause_start] in " \t":
        clause_start += 1
    heading = _CLAUSE_HEADING.match(text, clause_start, done.start())
    if heading:  # "Môi trường: tỷ lệ thu gom … đạt 91,2%": the field's heading, then the figure's own name
        clause_start = heading.end()
    shift = entity.start - clause_start
    told = done["n"] + (done["unit"] or "")
    data = {**entity.data, "actual_value": number.value, "actual_text": told, "actual_offset": done.start() - clause_start}
    for key in ("target_offset", "claim_offset"):
        if entity.get(key) is not None:
            data[key] = entity.get(key) + shift
    return Entity(entity.kind, clause_start, entity.end, text[clause_start:entity.end], data)


def _vn(value: float) -> str:
    """A number written the Vietnamese way (1.254,6), as the number reader reads it back."""
    return format_compact(value, 6)


_LABEL_BEFORE = re.compile(r"(?P<label>[^:;.\d]{4,80}):\s*$")


_ITEM_MARK = re.compile(r"\s*(?:[-–•+]|[a-zđ]\))\s")
# a part of the period that ends it: the year is told whole there ("kết quả tháng 12", "quý IV", "cả năm")
_YEAR_END = re.compile(r"tháng\s+12\b|quý\s+(?:IV|4)\b|cuối năm|cả năm|12 tháng", re.IGNORECASE)


def _led_by_part(text: str, at: int) -> bool:
    """The list item holding ``at`` is under a lead or heading that names a part of the period ("1. Đồng chí X trình bày
    báo cáo kết quả 11 tháng năm 2025:", "I. Đánh giá tháng 02", "Kết quả 9 tháng đầu năm:"): its items measure the
    plans of a period still running, whatever the date of the paper."""
    start = text.rfind("\n", 0, at) + 1
    if not _ITEM_MARK.match(text, start):
        return False
    for _ in range(15):
        if start == 0:
            return False
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or _ITEM_MARK.match(line):
            continue  # the items before it
        return (line.endswith(":") or len(line) <= 80) and bool(_SHORT_PERIOD.search(line)) and not _YEAR_END.search(line)
    return False


def _closed(sentence: str, year: int | None) -> bool:
    """The sentence measures a year that has ended: "đến ngày 31/12/2024", "năm 2024" read in 2025."""
    return "31/12" in sentence or any(int(y) != year for y in re.findall(r"\b(?:19|20)\d{2}\b", sentence))


_WRITTEN = re.compile(r"(?P<n>" + _NUMBER + r")\s*(?P<unit>%|[^\W\d][^\d,;.()]{0,30})?")
_UNIT_STOP = re.compile(r"\s+(?:đạt|bằng|chiếm|so với|tăng|giảm|trở lên|trở xuống|là|của|trong|được|theo|vượt|trên|"
                        r"dưới|với|và|tham gia|hoàn thành|năm|tháng|quý)\b.*$")


def _unit_words(words: str) -> str | None:
    """A unit as a table cell shows it: never past the word that opens what follows it ("cuộc theo kế hoạch quý" →
    "cuộc", not "cuộc theo"), and of a longer phrase the quantity layer's head it opens with ("lớp bồi dưỡng" → "lớp",
    "cuộc kiểm tra, giám sát" → "cuộc kiểm tra"), not two words cut inside a compound ("lớp bồi"); else its first two
    words ("đảng viên mới")."""
    unit = _UNIT_STOP.sub("", words.strip()).strip()
    parts = unit.split()
    if len(parts) > 2:
        _, head, noun_class = _unit_of(unit)
        if noun_class and unit.lower().startswith(head):
            return unit[:len(head)]
    return " ".join(parts[:2]) or None


def _written(text: str | None, value: float | None, sentence: str,
             offset: int | None = None) -> tuple[float | None, str | None]:
    """The number as written and its unit: "9 tỷ đồng" → (9, "tỷ đồng"), "95%" → (95, "%"); the
    unit of a bare "4.830" is read after it in the sentence ("4.830 ha lúa" → "ha"), at ``offset`` when the
    detector told where the number stands (not an earlier "1" of "vượt 1 chỉ tiêu … (chỉ tiêu 1 cuộc kiểm tra)")."""
    if value is None or not text:
        return value, None
    match = _WRITTEN.search(text)
    if not match:
        return value, None
    number = parse_number(match["n"])
    unit = (match["unit"] or "").strip()
    if not unit:
        at = offset if offset is not None and offset >= 0 and sentence.startswith(text, offset) else sentence.find(text)
        after = _WRITTEN.match(sentence, at) if at >= 0 else None
        unit = (after["unit"] or "").strip() if after else ""
    return (number.value if number else value), (unit if unit == "%" else _unit_words(unit))


# "Kết nạp 02 đảng viên, đạt 100% chỉ tiêu", "trồng 12 ha rừng, bằng 100% kế hoạch": a count done, the plan met in full
# ("Giao quân 40 công dân lên đường nhập ngũ, đạt 100% chỉ tiêu huyện giao": the count, then what it counts, then the plan
# met in full)
_COUNT_AT_FULL = re.compile(r"(?<![\d.,/])(?P<n>" + _NUMBER + r")(?![\d/%])\s*[^\W\d][^\d,;.()%]{0,40}?\s*,?\s*"
                            r"(?:đạt|bằng)\s+100\s?%\s+(?:chỉ tiêu|kế hoạch)", re.IGNORECASE)
# "Hoàn thành 100% chỉ tiêu giao quân (22 thanh niên)": the plan met in full, its level in the bracket after it
_FULL_PLAN_BEFORE = re.compile(r"(?:hoàn thành|đạt)\s+100\s?%\s+(?:chỉ tiêu|kế hoạch)[^.;()\d]{0,40}\(\s*$", re.IGNORECASE)
_TO_DO = re.compile(r"\b(?:phấn đấu|sẽ|dự kiến|cần|phải|bảo đảm|đảm bảo|quyết tâm|tiếp tục|chỉ đạo)\b", re.IGNORECASE)
_RESULT_BEFORE = re.compile(r"(?P<n>" + _NUMBER + r")\s*(?P<unit>%)?\s*[,(]\s*(?:chỉ tiêu|kế hoạch|"
                            r"mục tiêu)\s+(?:không quá|dưới|tối đa|từ|trên|ít nhất|tối thiểu)?", re.IGNORECASE)
_SLASH_CORE = re.compile(r"(?<![\d.,])(?P<result>" + _NUMBER + r")\s*"
                         r"(?P<unit>[^\d/,;.()]{0,30}?)\s*/\s*(?:(?:kế hoạch|chỉ tiêu|KH)(?:\s+(?:năm|cả năm|giao))?)?\s*(?P<target>\d{1,3}(?:\.\d{3})+"
                         r"(?:,\d+)?|\d+(?:,\d+)?)\s*(?P<unit2>[^\d,;.()]{0,45}?)\s*[,(]\s*(?P<verb>đạt|bằng|vượt)\s+(?P<pct>\d+(?:,\d+)?)\s?%"
                         r"(?P<plan>\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu))?", re.IGNORECASE)


def extra_targets(text: str, spans: list[tuple[int, int]], known: list[Target], doc_period: str | None,
                  dated_short: bool = False, year: int | None = None, plans: list[tuple[int, int, str, str]] = ()
                  ) -> list[Target]:
    """Targets the target entities miss (until the quantity layer supplies them): "Trồng cây xanh:
    1.250/1.200 cây, đạt 104,2%", "Thu ngân sách 12,5 tỷ đồng/kế hoạch 15 tỷ đồng, đạt 83,3%" — the
    percentage must be the result over the plan — rows of a target table (Chỉ tiêu | Kế hoạch |
    Thực hiện), and a plan with its result in one clause (``_clause_levels``). A target of ``known`` that holds
    one of a clause's two numbers and not the other is removed from ``known`` (it paired numbers of two clauses).
    ``spans``: the body's sentences (a table row whole), each read for its own target.
    ``dated_short``: the document is dated April to November of its year, a year's plan is still under way.
    ``plans``: the results the quantity layer reads against their plans (as read_targets takes them); a clause
    reading that pairs one of those plans with another number gives way to it."""
    found: list[Target] = []
    taken = sorted((t.start, t.end) for t in known)

    def taken_in(start: int, end: int) -> list[tuple[int, int]]:
        """The known targets that start in [start, end): a target never spans two lines, so these are
        the only ones a line can overlap (bisect: a long report holds hundreds of them)."""
        return taken[bisect_left(taken, (start, -1)):bisect_left(taken, (end, -1))]

    header = None
    # a report of a term ending this year ("nhiệm kỳ 2020 - 2025" in September 2025) closes it: a plain plan of a line of it
    # is the term's, judged, not a year's under way (not "sơ kết giữa nhiệm kỳ")
    term_closed = bool(doc_period and year and not _SHORT_PERIOD.search(doc_period) and
                       any(int(last) <= year for last in _TERM.findall(doc_period)))
    for start, end in spans:
        line = text[start:end]
        # the period a span's result is told of may be said in another sentence of its paragraph ("Tính đến ngày
        # 15/8/2025, dự án đã giải ngân … . Kế hoạch …"): its cues are the paragraph's
        told = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) if "\n" in text[end:] else len(text)]
        # (or the line is an item under a lead naming a part of the period: "báo cáo kết quả 11 tháng năm 2025:")
        line_short = dated_short or _led_by_part(text, start)
        mark = len(found)  # what this line adds to ``found`` is its tail (removals are of this line only)
        if "|" in line or "\t" in line:
            cells = [c.strip() for c in re.split(r"\s*\|\s*|\t+", line.strip().strip("|"))]
            lowered = [c.lower() for c in cells]
            # the name column ("Chỉ tiêu", "Nội dung chỉ tiêu", "Tên chỉ tiêu"), the level set ("Kế hoạch", "KH 2026",
            # "NQ năm 2026", "Mức", "Chỉ tiêu năm 2025", "Dự toán"; a bare "Chỉ tiêu" beside a "Nội dung" column) and the
            # result ("Thực hiện", "Ước TH năm 2026", "Lũy kế 10 tháng")
            name = next((i for i, c in enumerate(lowered) if re.match(r"nội dung|tên chỉ tiêu", c)), None)
            if name is None:
                name = next((i for i, c in enumerate(lowered) if re.match(r"chỉ tiêu$|chỉ tiêu chủ yếu", c)), None)
            plan = next((i for i, c in enumerate(lowered) if i != name and (
                re.match(r"kế hoạch|chỉ tiêu (?:năm|giao|nq|nghị quyết|đại hội|\d)|mục tiêu|kh\b|nq\b|nghị quyết|dự toán|"
                         r"mức(?: (?:đề ra|giao|phấn đấu|kế hoạch))?$|mức\s+(?:năm\s+)?\d{4}", c) or c == "chỉ tiêu")), None)
            done = next((i for i, c in enumerate(lowered) if re.match(r"thực hiện|kết quả|ước(?: (?:thực hiện|đạt|th|tính))?\b|th\b|"
                                                                      r"lũy kế|luỹ kế|đã đạt|đạt được", c)), None)
            if plan is not None and done is not None and name is not None:
                unit_at = next((i for i, c in enumerate(lowered) if c in ("đơn vị", "đơn vị tính", "đvt")), None)
                # "KH năm" | "Lũy kế 10 tháng", "Kế hoạch 2025" | "Thực hiện 11 tháng": a year's plan, a part of the year done
                yearly = bool(re.search(r"năm|\b(?:19|20)\d{2}\b", lowered[plan])) and ("tháng" in lowered[done] or "quý" in lowered[done] or
                                                    bool(doc_period and _SHORT_PERIOD.search(doc_period)))
                header = (name, plan, done, unit_at, yearly)
                continue
            if header and len(cells) > max(header[:3]):
                target, result = parse_number(_first_number(cells[header[1]])), parse_number(_first_number(cells[header[2]]))
                if target is not None and result is None and cells[header[2]] and cells[header[0]][:1].isalpha() and \
                        not any(a <= start < b for a, b in taken_in(start, end)):
                    # "… | 85 | đang đánh giá | -": a level with no result yet, no verdict
                    name_cell = cells[header[0]]
                    unit = re.search(r"\(([^)]{1,20})\)", name_cell)
                    unit = cells[header[3]] if header[3] is not None and header[3] < len(cells) else (unit[1] if unit else None)
                    found.append(Target(re.sub(r"\s*\([^)]*\)\s*$", "", name_cell), start, end, target.value, None, unit,
                                        doc_period, None, None))
                    continue
                if target is not None and result is not None and not any(a <= start < b for a, b in taken_in(start, end)):
                    comparator = "<=" if re.search(r"dưới|không quá|tối đa", cells[header[1]], re.IGNORECASE) or \
                        lower_is_better(cells[header[0]]) else ">="  # "Tốc độ tăng chỉ số giá tiêu dùng | Khoảng 4 | 2,79"
                    verdict = verdict_of(result.value, target.value, comparator)
                    name_cell = cells[header[0]]
                    unit = re.search(r"\(([^)]{1,20})\)", name_cell)
                    unit = cells[header[3]] if header[3] is not None and header[3] < len(cells) else (
                        unit[1] if unit else None)
                    progress = None
                    if verdict == "chưa đạt" and header[4] and comparator != "<=":  # a ceiling missed is missed
                        verdict = "tiến độ"
                        progress = f"tiến độ {_pct(result.value / target.value * 100)}% kế hoạch năm" if target.value \
                            else "tiến độ"
                    found.append(Target(re.sub(r"\s*\([^)]*\)\s*$", "", name_cell), start, end, target.value,
                                        result.value, unit, doc_period, verdict, progress))
                continue
        else:
            header = None
        if "(" in line and not taken_in(start, end):
            for item in _paren_levels(line):
                at = start + item[0]
                if not any(a <= at < b for a, b in taken_in(start, end) + [(t.start, t.end) for t in found[mark:]]):
                    name, target, result, unit, lower = item[2:]
                    met = is_met(result, target, "<=" if lower else ">=")
                    verdict = verdict_of(result, target, "<=" if lower else ">=")
                    progress = None
                    if not met and _yearly_plan(told) and (doc_period and _SHORT_PERIOD.search(doc_period) or
                                                           _SO_FAR.search(told) or line_short):
                        # "Tính đến 30/11/2026: … kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên)": so far
                        verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch năm"
                    found.append(Target(_capital(name), at, start + item[1], target, result, unit, doc_period,
                                        verdict, progress))
        for item in _clause_levels(line) + _level_then_result(line):  # "kế hoạch quý … đạt …" in one clause
            at = start + item[0]
            name, target, result, unit, lower, yearly = item[2:]
            if any(t.target is None for t in found[mark:]):
                continue
            if _layer_pairs_otherwise(plans, at, start + item[1], target, result):
                continue  # "diện tích lúa đạt 320 ha, kết nạp 5 đảng viên trên chỉ tiêu 4": 5 of 4 (layer_targets), not 320
            same = [t for t in known if t.target == target and t.result == result]
            if any(t.start >= start + item[0] - 2 for t in same) or any(t.target == target and t.result == result
                                                                         for t in found):
                continue
            # an earlier reading of this line that holds one of the two numbers and not the other misread them; one
            # that holds both but starts in another sentence took its name from there
            clashing = [t for t in known + found if (t.start <= at < t.end or start <= t.start < end)
                        and ((t.target == target) != (t.result == result) or t in same
                             or t.result is None and t.target == result)]  # the result read as a level
            for t in clashing:
                (known if t in known else found).remove(t)
                if (t.start, t.end) in taken:
                    taken.remove((t.start, t.end))
            met = is_met(result, target, "<=" if lower else ">=")
            verdict = verdict_of(result, target, "<=" if lower else ">=")
            progress = None
            # (or the document is dated before its year ends and the line measures that year: "Đến 31/10/2026, tỷ lệ …
            # đạt 68,4%, chỉ tiêu Nghị quyết cả năm là 75%" in a conclusion of 16/11/2026; not a term that has ended)
            short = bool(doc_period and _SHORT_PERIOD.search(doc_period)) or bool(_SHORT_PERIOD.search(told)) or \
                bool(re.search(r"đến nay|lũy kế|luỹ kế|tính đến", told, re.IGNORECASE)) or line_short and not _closed(told, year)
            if not met and yearly and short and not term_closed:
                verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch năm"
            found.append(Target(_capital(name), at, start + item[1], target, result, unit, doc_period, verdict,
                                progress))
        pair = _plan_and_result(line) if not taken_in(start, end) else None
        if pair and _layer_pairs_otherwise(plans, start, end, pair[1], pair[2]):
            pair = None  # the layer's explicit pair of that plan stands (layer_targets), not a line's first result
        if pair and not found[mark:]:
            name, target, result, unit, lower = pair
            met = is_met(result, target, "<=" if lower else ">=")
            verdict = verdict_of(result, target, "<=" if lower else ">=")
            progress = None
            if not met and _yearly_plan(told) and doc_period and _SHORT_PERIOD.search(doc_period):
                verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch năm"
            found.append(Target(_capital(name), start, end, target, result, unit, doc_period, verdict, progress))
        if "/" in line and not found[mark:]:
            for at, stop, name, target, result, unit in _slash_plans(line):
                if any(a <= start + at < b for a, b in taken_in(start, end)):
                    continue
                verdict = verdict_of(result, target)
                progress = None
                short = bool(doc_period and _SHORT_PERIOD.search(doc_period)) or bool(_SHORT_PERIOD.search(told)) or \
                    bool(_SO_FAR.search(told)) or line_short
                if verdict == "chưa đạt" and _yearly_plan(line[at:stop]) and short:
                    verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch năm"
                found.append(Target(_capital(name), start + at, start + stop, target, result, unit, doc_period,
                                    verdict, progress))
        for name, at, stop, target, result, unit, period in _plan_then_result(line) if "%" in line else ():
            if any(t.start <= start + at < t.end or start + at <= t.start < start + stop for t in found[mark:]) or \
                    taken_in(start + at, start + stop):
                continue
            verdict, progress = verdict_of(result, target), None
            if verdict == "chưa đạt" and (line_short or _SO_FAR.search(told) or _SHORT_PERIOD.search(told) or
                                          doc_period and _SHORT_PERIOD.search(doc_period)):
                verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch năm"
            found.append(Target(_capital(name), start + at, start + stop, target, result, unit, period or doc_period,
                                verdict, progress))
        for name, at, stop, target, result, unit in _plan_so_far(line) if "đến nay" in line else ():
            if any(t.start <= start + at < t.end or start + at <= t.start < start + stop for t in found[mark:]) or \
                    taken_in(start + at, start + stop):
                continue
            verdict, progress = verdict_of(result, target), None
            if verdict == "chưa đạt":  # "đến nay": what is done so far of a plan still open
                verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch"
            found.append(Target(_capital(name), start + at, start + stop, target, result, unit, doc_period,
                                verdict, progress))
        for match in _NEXT_YEAR_LEVEL.finditer(line) if year and "năm" in line else ():
            at = start + match.start()
            if int(match["y"]) <= year or any(a < start + match.end() and at < b for a, b in taken_in(start, end)) or \
                    any(t.start < start + match.end() and at < t.end for t in found[mark:]):
                continue  # (this year's plan is read with its result, where the text gives one)
            level, unit = parse_number(match["t"]), match["unit"].strip() or None
            if level is not None:
                found.append(Target(_capital(match["name"]), at, start + match.end(), level.value, None, unit,
                                    f"năm {match['y']}", None, None))
        for match in _ADMITTED.finditer(line) if "/" in line and "kết nạp" in line else ():
            at, result, target = start + match.start(), float(match["r"]), float(match["t"])
            for t in [t for t in known if t.start <= at + len(match[0]) and at < t.end and t.target == result
                      and t.result != target]:  # "kết nạp 22/30 đảng viên" read as a level of 22: the result misread
                known.remove(t)
                if (t.start, t.end) in taken:
                    taken.remove((t.start, t.end))
            if target == 0 or any(t.start <= at < t.end for t in found[mark:]) or any(
                    a <= at < b for a, b in taken_in(start, end)):
                continue
            verdict, progress = verdict_of(result, target), None
            if verdict == "chưa đạt" and (doc_period and _SHORT_PERIOD.search(doc_period) or _SO_FAR.search(told) or
                                          _SHORT_PERIOD.search(told) or line_short):
                verdict, progress = "tiến độ", f"tiến độ {_pct(result / target * 100)}% kế hoạch năm"
            unit = match["unit"]
            found.append(Target(_capital(f"kết nạp {unit}"), at, start + match.end(), target, result,
                                unit.split()[0] + " " + unit.split()[1], doc_period, verdict, progress))
        if "/" not in line or "%" not in line:
            continue
        for match in _slash_matches(line):
            if any(t.start <= start + match["start"] < t.end for t in found[mark:]):
                continue  # "chỉ tiêu 100%, thực hiện 782/812 em, đạt 96,3%": the clause's target is read already
            result, target = parse_number(match["result"]), parse_number(match["target"])
            pct = parse_number(match["pct"])
            if not (result and target and pct) or target.value == 0:
                continue
            planned = "kế hoạch" in match["text"] or "chỉ tiêu" in match["text"] or bool(match["plan"]) or \
                "dự toán" in match["text"] or bool(re.search(r"/\s*KH\b", match["text"])) or \
                bool(re.search(r"%\s*(?:so với\s+)?(?:nghị quyết|NQ)\b", line[match["end"] - 3:match["end"] + 30],
                               re.IGNORECASE))  # "9.870 tấn/KH năm 13.500 tấn", "22/23 triệu đồng, đạt 96% nghị quyết"
            share = result.value / target.value * 100 - (100 if match["verb"].lower() == "vượt" else 0)  # "…, vượt 8%"
            if abs(share - pct.value) > 1 or not (planned or result.value > target.value):
                continue  # "16/17, đạt 94,12%" is a part of a whole, not a result against a plan
            if re.search(r"tán thành|biểu quyết|phiếu|có mặt|nhất trí", match["name"] + " " + (match["unit"] or "") + " " +
                         (match["unit2"] or ""), re.IGNORECASE):
                continue  # a vote ("… Nghị quyết về dự toán … với 24/24 đại biểu có mặt tán thành, đạt 100%"), no target
            at = start + match["start"]
            if any(a <= at < b for a, b in taken_in(start, end)):
                continue
            name = re.sub(r"\s+(?:đạt|là|được|có|ước đạt|ước thực hiện|thực hiện|đã thực hiện)$", "",
                          match["name"].strip(" -–•+:"), flags=re.IGNORECASE)
            unit = (match["unit"] or match["unit2"] or "").strip() or None
            verdict = verdict_of(result.value, target.value)
            progress = None
            if verdict == "chưa đạt" and _yearly_plan(told) and (doc_period and _SHORT_PERIOD.search(doc_period) or
                                                                 _SO_FAR.search(told) or _SHORT_PERIOD.search(told)
                                                                 or line_short):
                verdict, progress = "tiến độ", f"tiến độ {_pct(pct.value)}% kế hoạch năm"
            found.append(Target(_capital(name), at, start + match["end"], target.value, result.value, unit,
                                doc_period, verdict, progress))
    unique: dict = {}
    for t in found:  # one line read by two readers ("150 lao động/chỉ tiêu 200 lao động, đạt 75%"): the first
        line_start = text.rfind("\n", 0, t.start)
        cut = _PLAN_AFTER_UNIT.sub("", t.unit) if t.unit else t.unit
        unique.setdefault((line_start, t.target, t.result) if t.result is not None else id(t),
                          replace(t, unit=cut) if cut != t.unit else t)
    return list(unique.values())


# the plan named after the unit is no part of it: "1.245/1.260 ha kế hoạch" → "ha", "đảng viên mới theo chỉ tiêu năm"
# → "đảng viên mới" (a unit that is itself "chỉ tiêu" stays)
_PLAN_AFTER_UNIT = re.compile(r"\s+(?:theo\s+|so với\s+)?(?:kế hoạch|chỉ tiêu|KH|dự toán|nghị quyết|NQ)\b.*$", re.IGNORECASE)


# "kết nạp 27/35 đảng viên", "kết nạp được 45/50 hội viên mới": members admitted over the number planned (one admits
# towards a plan, not out of a whole; not "xét kết nạp 2/2 quần chúng", the candidates considered)
_ADMITTED = re.compile(r"(?<!xét )(?<!đề nghị )(?<!\w)[Kk]ết nạp\s+(?:được\s+|mới\s+)?(?P<r>\d{1,4})\s*/\s*(?P<t>\d{1,4})(?![\d/.,])\s+"
                       r"(?P<unit>(?:đảng viên|hội viên|đoàn viên)(?:\s+mới)?)(?!\w)")


# "Tỷ lệ tham gia BHYT đạt 95,2% (Nghị quyết đề ra 95%)", "Kết nạp được 3 đảng viên mới (chỉ tiêu 2 đảng viên)",
# "Tỷ lệ hộ nghèo còn 2,1% (chỉ tiêu dưới 2,5%)": a result and, in brackets, the level set for it.
_PAREN_VERBS = r"(?:đạt|còn|là|được|giảm còn|giảm xuống còn|lên|ở mức|ước đạt|có)"
_PAREN_LEVEL = re.compile(r"(?P<name>[^\W\d][^;:.()]{3,120}?)\s+" + _PAREN_VERBS + r"\s+(?P<r>" + _NUMBER + r")\s*(?P<unit>%|[^\W\d][^\d,;.()]{0,25}?)?\s*"
                          r"(?:,[^;()]{0,60})?\(\s*(?:theo\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|Nghị quyết|NQ|KH)"
                          r"(?:\s+(?:năm|giao|đề ra|đặt ra|của [^\d)]{0,30}|là|:|Nghị quyết|nghị quyết|NQ|đại hội|Đại hội))*\s*:?\s*"
                          r"(?P<cmp>dưới|không quá|tối đa|giảm còn|giảm xuống còn|giảm còn dưới|từ|trên|ít nhất|tối thiểu)?"
                          r"\s*(?:dưới\s+)?(?P<t>" + _NUMBER + r")\s*(?P<unit2>%|[^\W\d][^\d,;.()]{0,25}?)?\s*(?:trở lên)?\s*\)",
                          re.IGNORECASE)


# What every _PAREN_LEVEL match holds: tried first, since the pattern itself, retried from every
# letter of a line with its 120-character lazy name, cost about 1 ms a line.
_PAREN_LEVEL_CUE = re.compile(r"\(\s*(?:theo\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|Nghị quyết|NQ|KH)", re.IGNORECASE)


# What every _PAREN_LEVEL match holds before its bracket: the verb between blanks, then a digit.
_PAREN_LEVEL_VERB = re.compile(r"\s" + _PAREN_VERBS + r"\s+\d", re.IGNORECASE)


def _paren_level_matches(line: str):
    """``_PAREN_LEVEL.finditer(line)``, the same matches, searched only where one can be (speed:
    the pattern retried from every letter of a long line cost ~1.5 ms a line). A match holds no
    bracket before its cue's "(" and ends at the first ")" after it: for each cue, only the
    starts after the bracket before it and up to that ")" are tried, and only when the stretch
    before the "(" holds the verb and number every match has (_PAREN_LEVEL_VERB)."""
    pos = 0
    for cue in _PAREN_LEVEL_CUE.finditer(line):
        at = cue.start()
        if at < pos:
            continue
        close = line.find(")", at)
        if close < 0:
            return
        start = max(pos, line.rfind("(", 0, at) + 1, line.rfind(")", 0, at) + 1)
        if not _PAREN_LEVEL_VERB.search(line, start, at):
            continue  # no "đạt 95" before the bracket: the pattern would fail from every letter
        match = _PAREN_LEVEL.search(line, start, close + 1)
        if match:
            yield match
            pos = match.end()


@lru_cache(maxsize=32768)
def _paren_levels(line: str) -> tuple[tuple, ...]:
    """(start, end, name, level, result, unit, lower_is_better) per "result (level)" of one line."""
    if not _PAREN_LEVEL_CUE.search(line):
        return ()
    found = []
    for m in _paren_level_matches(line):
        result, level = parse_number(m["r"]), parse_number(m["t"])
        if result is None or level is None or (m["unit"] == "%") != (m["unit2"] == "%" or
                                                                    (m["unit"] == "%" and not m["unit2"])):
            continue
        name = _LEAD_WORDS.sub("", m["name"].strip(" ,-–•+"))
        if re.search(r"tán thành|biểu quyết|phiếu|có mặt|vắng", name, re.IGNORECASE) or len(name) < 4:
            continue
        lower = bool(m["cmp"] and re.match(r"dưới|không quá|tối đa|giảm", m["cmp"], re.IGNORECASE)) or bool(
            re.search(r"\(\s*[^)]*dưới", m[0]))
        unit = (m["unit"] or m["unit2"] or "").strip() or None
        found.append((m.start("name"), m.end(), name, level.value, result.value, unit, lower))
    return tuple(found)


_UNIT_AFTER = r"\s*(?P<{0}>%|[^\W\d][^\d,;.()/]{{0,25}}?)?(?=\s*(?:[,;.()/]|$|\s(?:so|trong|và|đạt|bằng|vượt|chưa)\b))"
_PLAN_LEVEL = re.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|Nghị quyết)(?:\s+(?:giao|năm|đề ra|được giao|cả năm|"
                         r"của [^\d,;:()]{1,30}))*\s*:?\s*(?:là\s+)?(?P<cmp>dưới|không quá|tối đa|trên|từ|ít nhất|"
                         r"tối thiểu)?\s*(?!(?<=năm )(?:19|20)\d\d(?!\d|[.,]\d))(?P<t>" + _NUMBER + r")" + _UNIT_AFTER.format("tu"),
                         re.IGNORECASE)  # not the year of "bằng 54,1% dự toán năm 2022"
_DONE_LEVEL = re.compile(r"(?<!\w)(?:thực hiện|đạt|đạt được|ước đạt|ước thực hiện|kết quả)\s*:?\s*(?P<r>" + _NUMBER + r")" +
                         _UNIT_AFTER.format("ru"), re.IGNORECASE)
# every match of the two opens with one of these words (speed: see scan.Anchored)
_PLAN_LEVEL_AT = Anchored(_PLAN_LEVEL, ("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "nghị quyết"))
_DONE_LEVEL_AT = Anchored(_DONE_LEVEL, ("thực hiện", "đạt", "ước đạt", "ước thực hiện", "kết quả"))
_NOT_A_TARGET = re.compile(r"tán thành|biểu quyết|phiếu|có mặt|vắng|dự họp", re.IGNORECASE)
_PLAN_WORDS = re.compile(r"kế hoạch|chỉ tiêu|dự toán|mục tiêu|Nghị quyết", re.IGNORECASE)
_CLAUSE_PLAN_WORDS = re.compile(r"kế hoạch|chỉ tiêu|dự toán|mục tiêu|đề ra|mức", re.IGNORECASE)


# the keyword gates of _plan_and_result and _clause_levels, as substring tests (speed: see core/keywords.py)
_names_a_plan, _names_a_clause_plan, _not_a_target = Gate(_PLAN_WORDS), Gate(_CLAUSE_PLAN_WORDS), Gate(_NOT_A_TARGET)


@lru_cache(maxsize=32768)
def _plan_and_result(line: str) -> tuple | None:
    """"Trồng cây phân tán: kế hoạch giao 1.200 cây, thực hiện 1.250 cây", "Tỷ lệ bao phủ BHYT đạt 94,1%/chỉ tiêu
    95%", "đạt 85% so với chỉ tiêu 90%": (name, level, result, unit, lower_is_better), one per line."""
    if not _names_a_plan(line) or _not_a_target(line):
        return None
    plan, done = _PLAN_LEVEL_AT.search(line), _DONE_LEVEL_AT.search(line)
    if not plan or not done or done.start() <= plan.start() < done.end():
        return None
    if re.search(r"[.;]\s", line[min(plan.end(), done.end()):max(plan.start(), done.start())]):
        return None  # "… chỉ tiêu đề ra là 30 đoàn viên. Tuổi trẻ xã thực hiện 27 công trình": two sentences, two facts
    if (plan["tu"] == "%") != (done["ru"] == "%"):
        return None  # "đạt 85% kế hoạch (1.200 cây)": a share, not the result
    if _GAP_BEFORE_PLAN.search(line, 0, plan.start()):
        return None  # "đạt 4,1 tỷ đồng, cao hơn so với kế hoạch đề ra 0,3 tỷ đồng": the gap, not the level
    target, result = parse_number(plan["t"]), parse_number(done["r"])
    if target is None or result is None or target.value == 0:
        return None
    name = line[:min(plan.start(), done.start())]
    comma = name.rfind(",")
    if comma >= 0 and _OWN_CLAUSE.match(name, comma + 1):
        name = name[comma + 1:]  # "Năm 2025, diện tích lúa đạt 320 ha, thu ngân sách 12 tỷ đồng trên dự toán …": its clause
    name = _LEAD_WORDS.sub("", name.strip()).strip(" ,:-–•+")
    name = re.sub(r"\s+(?:đạt|là|được|có)$", "", name, flags=re.IGNORECASE)
    if len(name) < 4 or not re.search(r"[^\W\d]{2}", name):
        return None
    lower = bool(plan["cmp"] and plan["cmp"].lower() in ("dưới", "không quá", "tối đa"))
    unit = (done["ru"] or plan["tu"] or "").strip() or None
    return name, target.value, result.value, unit, lower


# a share or a sum of money, not per a unit ("%/năm", "đồng/kg")
_LEVEL_AMOUNT = r"\d[\d.,]*\s*(?:%(?!\s*/)|(?:tỷ|triệu|nghìn|ngàn)\s+đồng(?!\s*/))"
# (a level the result is told against by its side: "tỷ lệ nợ quá hạn 0,12%, thấp hơn mức cho phép 0,5%", "…, dưới mức
# 4,5% Thành phố giao", "…, vượt mức trần 1%")
_CLAUSE_PLAN = re.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|mức (?:vận động|đề ra|được giao|giao)|"
                          # (a bare "mức" with a body or document that sets targets: not "cao hơn mức 30 độ năm trước",
                          # "trên mức 80% quy định cho kho", "thấp hơn mức 7% ngân hàng thương mại quy định"; and a share or
                          # a sum, never a price, a rate or a measure: "dưới mức trần 23.000 đồng/lít", "trên mức 25 m/s")
                          r"(?:(?<=dưới )|(?<=hơn )|(?<=vượt )|(?<=trên ))mức(?:\s+(?:trần|cho phép|tối đa)(?=\s+" + _LEVEL_AMOUNT +
                          r"(?![\w/]))|(?=\s+" + _LEVEL_AMOUNT + r"?\s+(?:do\s+)?(?i:" + alternation(word_list("target_setters")) +
                          r")\b[^,;.\d]{0,20}?\s(?:giao|đề ra|quy định)\b))|"
                          r"(?:Nghị quyết|nghị quyết)[^,;.\d]{0,30}?đề ra)"
                          # (the plan's source as its proper name too: "chỉ tiêu Nghị quyết cả năm là 75%")
                          r"(?:\s+(?:giao|năm(?:\s+\d{4})?|quý(?:\s+[IVX]+)?|tháng(?:\s+\d{1,2})?|cả năm(?:\s+\d{4})?|đề ra|[Nn]ghị quyết|[Đđ]ại hội|"
                          r"của [^\d,;:()]{1,30}?))*"
                          r"\s*(?:là\s+|:\s*)?(?P<verb>(?:(?!đạt\b|được\b|và\b|gấp\b|bằng\b)[^\W\d]+\s+){0,3}?)"
                          r"(?P<cmp>dưới|không quá|tối đa|trên|từ|ít nhất|tối thiểu)?\s*(?!(?<=năm )(?:19|20)\d\d(?!\d|[.,]\d))(?<!tháng )(?<![\d.,])(?<!kỳ )(?<!đoạn )(?P<t>" + _NUMBER +
                          r")(?![\d/])(?!\s*[-–]\s*\d{4})")  # not a term "nhiệm kỳ 2025 - 2027"
_CLAUSE_PLAN_AT = Anchored(_CLAUSE_PLAN, ("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "mức", "nghị quyết"))
_CLAUSE_NUMBER = re.compile(r"(?<![\d/.,])(?P<n>" + _NUMBER + r")(?![\d/]|[.,]\d)\s*(?P<unit>%|[^\W\d][\w]*(?:\s+[^\W\d][\w]*)?)?")
_RATIO_REACHED = re.compile(r"(?<![\d/.,])(?P<n>" + _NUMBER + r")\s*/\s*(?:" + _NUMBER + r")(?![\d/%]|[.,]\d)\s*"
                            r"(?P<unit>[^\W\d][\w]*(?:\s+[^\W\d][\w]*)?)")
# "năm 2024", "tháng 5", "nhiệm kỳ 2022 - 2025": a time; "tăng bình quân hàng năm 19,3%" (each year) is not one
_NOT_A_RESULT = re.compile(r"(?:(?<!hàng )(?<!hằng )(?<!mỗi )(?<!bình quân )năm|quý|tháng|ngày|lần thứ|khóa|khoá|số|nhiệm kỳ|"
                           r"giai đoạn|(?:nhiệm kỳ|giai đoạn|năm)\s+(?:19|20)\d\d\s*[-–])\s*$", re.IGNORECASE)


def _unit_of(unit: str | None) -> tuple[str, str | None, str | None]:
    """(as written, head, class) of the words after a number, by the quantity layer's heads."""
    from ..quantities import head_of

    if not unit:
        return "", None, None
    if unit == "%":
        return "%", "%", "%"
    head, noun_class, _ = head_of(unit)
    return unit, head, noun_class


def _same_unit(a: tuple, b: tuple) -> bool:
    if (a[0] == "%") != (b[0] == "%"):
        return False
    if not a[0] or not b[0] or a[1] == b[1]:
        return True
    if a[2] and a[2] == b[2] and a[2] not in ("money", "time"):  # "2 đảng viên" against "1 đồng chí": persons both
        return True
    return a[0].split()[0] == b[0].split()[0]


# a difference to the plan told after it ("thấp hơn so kế hoạch đề ra gần 2%"); told before it, or the plan's level
# said with "là", the number after the plan is its level ("vượt 16,7% so với chỉ tiêu đề ra là 30 đoàn viên", "(vượt so
# với Nghị quyết đề ra là 40%)")
# a plan told as a reduction or a rise ("kế hoạch giảm 40 hộ", "chỉ tiêu tăng 8%"): the more, the better
_PLAN_CUT = re.compile(r"(?<!\w)(?:giảm(?!\s+(?:xuống|còn))|tăng|nâng)(?!\w)", re.IGNORECASE)
_OTHER_PERIOD_AFTER = re.compile(r"\s*so(?:\s+với)?\s+(?:cùng\s+kỳ|năm\s+trước|năm\s+\d{4}|đầu\s+năm|đầu\s+nhiệm\s+kỳ|"
                                 r"tháng\s+trước|quý\s+trước)", re.IGNORECASE)
_GAP_BEFORE_PLAN = re.compile(r"(?<!\w)(?:thấp\s+hơn|cao\s+hơn|vượt|hụt|kém|tăng|giảm|nhiều\s+hơn|ít\s+hơn)"
                              r"\s+so(?:\s+với)?\s*$", re.IGNORECASE)


@lru_cache(maxsize=32768)
def _clause_levels(line: str) -> tuple[tuple, ...]:
    """(start, end, name, level, result, unit, lower_is_better) per clause that states a plan and a result of the
    same unit, in either order: "Tổng lượt khách … đạt 1.245.000 lượt, kế hoạch quý 1.150.000 lượt", "Quỹ …
    kế hoạch năm vận động 10.000.000 đồng, đến nay đã vận động được 12.400.000 đồng", "kết nạp 4 đảng viên, chỉ
    tiêu 5 đồng chí". Times, dates, years and shares of the plan ("đạt 44,6% dự toán") are not results."""
    if not _names_a_clause_plan(line) or _not_a_target(line):
        return ()
    found = []
    pending = None  # "Nghị quyết đề ra giảm xuống dưới 0,5%; đến cuối năm còn 0,31%": the plan's clause, then the result's
    previous = None  # the clause before, after ";", when it names no plan: "… chiếm 28,6% số kết nạp; chỉ tiêu 30%"
    for clause in re.finditer(r"[^;.]+(?:\.\d[^;.]*)*", line):
        piece, offset = clause[0], clause.start()
        plans = list(_CLAUSE_PLAN_AT.finditer(piece))
        prior, previous = previous, (piece, offset) if not plans else None
        if prior is not None and line[offset - 1:offset] != ";":
            prior = None
        carried = None
        if not plans and pending is not None:
            carried, pending = pending, None
        elif len(plans) != 1:
            pending = None
            continue
        if carried:
            plan, plan_number, plan_unit, plan_piece, plan_offset = carried
        else:
            plan = plans[0]
            plan_number = _CLAUSE_NUMBER.match(piece, plan.start("t"))
            if plan_number is None:  # the plan's number runs on into another ("kế hoạch tháng 12")
                pending = None
                continue
            plan_unit = _unit_of((plan_number["unit"] or "").strip() or None)
            plan_piece, plan_offset = piece, offset
        if plan_unit[2] == "time":
            continue
        if not carried and _GAP_BEFORE_PLAN.search(piece, 0, plan.start()) and not re.search(r"\slà\s|:", plan[0]):
            continue  # "giảm còn 50,53%, thấp hơn so kế hoạch đề ra gần 2%": the gap to the plan, not its level
        results = []
        for number in _CLAUSE_NUMBER.finditer(piece):
            if not carried and (plan.start("t") <= number.start() < plan.end() + 1 or
                                plan.start() <= number.start() < plan.end()):
                continue
            unit = _unit_of((number["unit"] or "").strip() or None)
            after = piece[number.end():number.end() + 25].lower()
            if not piece[:number.start()].strip() and re.match(r"[-–.)]", piece[number.end():number.end() + 1]):
                continue  # "2- Công tác vận động: …": the list mark of the line
            if unit[2] == "time" or _NOT_A_RESULT.search(piece[:number.start()]) or \
                    (unit[0] == "%" and (plan_unit[0] != "%" or carried) and
                     re.match(r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|nghị quyết|mục tiêu)", after)):
                # (a plan carried from the clause before: "…, đạt 83,86% so với nghị quyết" is a share of another plan)
                continue  # "đạt 44,6% dự toán năm": a share of the plan, not the result ("94% so với chỉ tiêu 100%" is)
            if unit[0] == "%" and _OTHER_PERIOD_AFTER.match(piece, number.end()) and re.search(
                    r"(?:đạt|bằng)\s*$", piece[:number.start()], re.IGNORECASE):
                # "Doanh thu đạt 103,8% so cùng kỳ, chưa đạt chỉ tiêu tăng 8%": an index against another period, no level
                # ("tăng 9,4% so với năm 2024" is a growth, the level of a growth target)
                continue
            if _same_unit(unit, plan_unit):
                results.append((number, unit))
        if not results and not carried and plan_unit[0] and plan_unit[0] != "%":
            # "Số trường đạt chuẩn quốc gia: 21/32 trường, kế hoạch năm là 20 trường": the count reached, of all there are
            reached = [(m, _unit_of((m["unit"] or "").strip() or None)) for m in _RATIO_REACHED.finditer(piece)
                       if not plan.start() <= m.start() < plan.end()]
            results = [(m, unit) for m, unit in reached if unit[0] and _same_unit(unit, plan_unit)]
        if not results and not carried and prior is not None and not piece[:plan.start()].strip() and \
                ":" not in plan[0] and not plan["verb"].strip() and _PLAN_ALONE.fullmatch(piece, plan.end()):
            # "Tỷ lệ đảng viên mới dưới 30 tuổi chiếm 28,6% số kết nạp; chỉ tiêu 30%", "Cấp 312 giấy chứng nhận …; kế
            # hoạch năm 2026 là 900 giấy": a clause that is only the plan gives the level of the result told just before it
            # (not a lead of the next period's levels, "…; chỉ tiêu năm 2027: thu 14 tỷ đồng")
            level = _result_before_plan(line, prior, plan, plan_unit, offset + len(piece.rstrip()))
            if level is not None:
                found.append(level)
            pending = None
            continue
        if not results and not carried:
            # (not a lead listing levels, "đại hội đặt chỉ tiêu: kết nạp 1.200 đoàn viên; giới thiệu ít nhất 60 …": the
            # next clause is the next level, not this one's result)
            pending = (plan, plan_number, plan_unit, piece, offset) if ":" not in plan[0] else None
            continue
        if len(results) != 1:
            continue
        number, unit = results[0]
        target, result = parse_number(plan["t"]), parse_number(number["n"])
        if target is None or result is None or target.value == 0:
            continue
        first = plan.start() if carried else min(plan.start(), number.start())
        name = plan_piece[:first]
        label, colon, after = name.rpartition(":")
        if colon:  # "Chương trình OCOP: kế hoạch năm …" names it before the colon, "Báo cáo: tỷ lệ … đạt" after it
            # (not a period or a report's lead: "Kết quả giai đoạn 2020 - 2025: trồng 12 ha rừng, …")
            name = after if len(after.split()) >= 2 or _LEAD_LABEL.fullmatch(label) else label
        name = _strip_lead_ins(_LEAD_WORDS.sub("", name.strip()).strip(" ,:-–•+"))
        name = re.sub(r"\s+(?:đạt|là|được|có|ước đạt|đã|đến nay đã|thực hiện|giảm còn|giảm xuống còn|còn)$", "", name,
                      flags=re.IGNORECASE).strip(" ,:")
        if (len(name) < 4 or re.match(r"(?:chỉ tiêu|kế hoạch|mục tiêu)\b", name, re.IGNORECASE)) and plan["verb"].strip():
            # "Về chỉ tiêu năm 2026: Nghị quyết chi bộ đề ra kết nạp 2 đảng viên mới": what the plan says to do
            name = f"{plan['verb'].strip()} {(plan_number['unit'] or '').strip()}".strip()
        if (len(name) < 4 or _TIME_ONLY.fullmatch(name)) and number.start() < plan.start():
            # "có 35 đoàn viên được kết nạp Đảng, vượt … so với chỉ tiêu …": what the result counts is said after it
            said = re.match(r"\s*([^,;:()]{4,80}?)\s*(?:,|$|\s(?:vượt|đạt|bằng|so với)\b)", piece[number.end():])
            name = said[1] if said else name
        if len(name) < 4 or not re.search(r"[^\W\d]{2}", name):
            continue
        counted = (number["unit"] or "").strip()
        if len(name.split()) <= 2 and counted and counted != "%" and counted.lower() not in name.lower() and \
                re.search(r"(?:" + _VERB + r"|kết nạp|trồng|tuyển|làm mới|làm)$", name):
            name = f"{name} {counted}"  # "trồng 12 ha rừng, chưa đạt kế hoạch 15 ha": the act and what it counts
        lower = bool(plan["cmp"] and plan["cmp"].lower() in ("dưới", "không quá", "tối đa")) or bool(
            re.match(r"mức\s+(?:trần|cho phép|tối đa)", plan[0], re.IGNORECASE)) or bool(
            # "Tỷ lệ hộ nghèo còn 3,1%, kế hoạch 3,5%": a bare plan of an indicator better lower is a ceiling
            not plan["cmp"] and not _PLAN_CUT.search(plan["verb"]) and lower_is_better(plan_piece[:first])) or bool(
            # "Tỷ lệ hộ nghèo giảm còn 0,38%, dưới chỉ tiêu 0,5%": brought down to a level, told as under the plan
            re.search(r"giảm(?:\s+xuống)?\s+còn\s*$", piece[:number.start()], re.IGNORECASE)
            and re.search(r"(?:dưới|thấp hơn|không vượt)\s*(?:so với\s+)?$", plan_piece[:plan.start()], re.IGNORECASE))
        written = (number["unit"] or plan_number["unit"] or "").strip()
        begin = plan_offset + len(plan_piece) - len(plan_piece.lstrip())
        tied = re.search(r"\b(?:quý|tháng|tuần|đợt)\b", plan[0], re.IGNORECASE)  # "kế hoạch quý": the period's own
        yearly = not tied and (_yearly_plan(plan[0]) or bool(_YEARLY.search(line[:plan_offset + plan.end()])))
        found.append((begin, offset + len(piece.rstrip()), name, target.value, result.value,
                      " ".join(written.split()[:2]) or None, lower, yearly))
    return tuple(found)


# what may follow a plan's number in a clause that is only the plan: its unit and its bound ("chỉ tiêu từ 4% trở lên")
_PLAN_ALONE = re.compile(r"\s*(?:%|[^\W\d][^\d,;.()%:]{0,25})?\s*(?:trở lên|trở xuống)?\s*")


def _result_before_plan(line: str, prior: tuple[str, int], plan: re.Match, plan_unit: tuple, end: int) -> tuple | None:
    """The level found by _clause_levels for a clause that is only a plan, of the one result of its unit in the clause
    before it (a share of another plan, a time, an ordinal are none); None when that clause holds none or several."""
    piece, offset = prior
    results = []
    for number in _CLAUSE_NUMBER.finditer(piece):
        unit = _unit_of((number["unit"] or "").strip() or None)
        # (what the plan counts, by its head noun: "2 quần chúng …; chỉ tiêu 5 đảng viên" are other people)
        if unit[2] == "time" or _NOT_A_RESULT.search(piece[:number.start()]) or not unit[0] or unit[1] != plan_unit[1] or \
                re.match(r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|nghị quyết|mục tiêu)",
                         piece[number.end():number.end() + 25], re.IGNORECASE):
            continue
        results.append(number)
    target = parse_number(plan["t"])
    result = parse_number(results[0]["n"]) if len(results) == 1 else None
    if target is None or result is None or target.value == 0:
        return None
    number = results[0]
    label, colon, after = piece[:number.start()].rpartition(":")
    name = after if colon and len(after.split()) >= 2 else label if colon else after
    name = _strip_lead_ins(_LEAD_WORDS.sub("", name.strip()).strip(" ,:-–•+"))
    name = re.sub(r"\s+(?:đạt|là|được|có|chiếm|ước đạt|đã|thực hiện|giảm còn|giảm xuống còn|còn)$", "", name,
                  flags=re.IGNORECASE).strip(" ,:")
    if len(name.split()) <= 2 and not name.lower().startswith("tỷ lệ"):
        # "Cấp 312 giấy chứng nhận quyền sử dụng đất lần đầu": an act names nothing alone, what it counts does
        counted = piece[number.end("n"):].lstrip(" %").strip(" ,")
        name = f"{name} {counted}".strip()
    if len(name) < 4 or not re.search(r"[^\W\d]{2}", name):
        return None
    lower = bool(plan["cmp"] and plan["cmp"].lower() in ("dưới", "không quá", "tối đa")) or bool(
        not plan["cmp"] and not _PLAN_CUT.search(plan["verb"]) and lower_is_better(name))
    written = (number["unit"] or "").strip()
    begin = offset + len(piece) - len(piece.lstrip())
    # judged as "(chỉ tiêu 20 triệu đồng)" after its result is: a plain plan in a report of a shorter period is the year's
    # (progress), unless its sentence judges it for that period ("…; kế hoạch 15 ha, chưa đạt kế hoạch") or says it is
    # on course ("…; kế hoạch 15 ha; đạt yêu cầu tiến độ đề ra")
    told = line[begin:]
    told = told[:re.search(r"\.(?!\d)|$", told).start()]
    yearly = _yearly_plan(told) or bool(re.search(r"tiến độ", told[end - begin:], re.IGNORECASE))
    return (begin, end, name, target.value, result.value, " ".join(written.split()[:2]) or None, lower, yearly)


# a label that leads the clause without naming what it counts: a period, a report's results
_LEAD_LABEL = re.compile(r"\s*(?:(?:kết quả|báo cáo)(?:\s+[^\W\d]+){0,3}\s+)?(?:(?:trong|qua)\s+)?(?:nhiệm kỳ|giai đoạn|năm|quý|"
                         r"tháng)\s+[\dIVX][\dIVX\s/–-]*|\s*(?:kết quả|báo cáo)(?:\s+[^\W\d]+){0,3}\s*", re.IGNORECASE)
_TIME_ONLY = re.compile(r"(?:nhiệm kỳ|năm|quý|tháng|kỳ|giai đoạn)(?:\s+(?:qua|này|trước|\d{4}|[IV]+))?(?:\s+có)?", re.IGNORECASE)
_LEVEL_RESULT = re.compile(r"(?P<t>" + _NUMBER + r")\s*%\s+(?P<name>[^\W\d][^();.:]{4,120}?)\s*\(\s*(?:(?:năm|quý)\s+"
                           r"[\dIVX]+\s+|\d+\s+tháng\s+)?(?:chỉ\s+|mới\s+)?(?:đạt|thực hiện|kết quả)\s*:?\s*(?P<r>" +
                           _NUMBER + r")\s*%\s*\)")


@lru_cache(maxsize=32768)
def _level_then_result(line: str) -> tuple[tuple, ...]:
    """"100% đảng viên xếp loại hoàn thành tốt nhiệm vụ (năm 2022 đạt 98%)": the level set, then in brackets what
    was reached (same items as ``_clause_levels``)."""
    if "(" not in line or "%" not in line:
        return ()
    found = []
    for m in _LEVEL_RESULT.finditer(line):
        target, result = parse_number(m["t"]), parse_number(m["r"])
        if target is None or result is None or _NOT_A_TARGET.search(m[0]):
            continue
        found.append((m.start(), m.end(), m["name"].strip(), target.value, result.value, "%", False, False))
    return tuple(found)


# "tổng thu ngân sách đạt 18,4 tỷ đồng/24 tỷ đồng dự toán năm", "trồng rừng 315 ha/400 ha kế hoạch", "kết nạp 01 đảng
# viên mới, đạt 1/2 chỉ tiêu cả năm": a result over its plan, the plan word right after the second number
# (what the pair counts may be a longer phrase where "theo" ties it to the plan: "thẩm định xong 46/52 hồ sơ quyết toán
# dự án hoàn thành theo kế hoạch năm"; not "theo chương trình": "kiểm tra 06/22 chi bộ trực thuộc theo chương trình năm"
# counts the chi bộ of all 22, the programme's level being 10)
# (nor when the pair counts every unit of a kind: "kiểm tra 4/18 chi bộ trực thuộc theo kế hoạch năm" has 18 chi bộ in all)
_SLASH_LEVEL_PLAN = (r"/\s*(?P<t>" + _NUMBER + r")\s*(?P<tu>(?!(?:" + alternation(word_list("units_of_a_kind")) +
                     r")\b[^\d,;.:/()]{0,45}?\stheo\s)(?:[^\W\d][^\d,;.:/()]{0,20}?|"
                     r"[^\W\d][^\d,;.:/()]{21,45}?(?=\s+theo\s)))?\s+"
                     r"(?:theo\s+)?(?P<plan>kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?!\w)")
_SLASH_PLAN = re.compile(r"(?<![\d/.,])(?P<r>" + _NUMBER + r")\s*(?P<ru>[^\W\d][^\d,;.:/()]{0,20}?)?\s*" + _SLASH_LEVEL_PLAN +
                         r"[^,;.()\d]{0,25}", re.IGNORECASE)
# "đạt 93,2%/KH 95%", "1.350/kế hoạch 1.200 triệu đồng": the plan's word written between the slash and its level
_SLASH_PLAN_WORD = r"/\s*(?P<plan>KH|kế hoạch|chỉ tiêu|dự toán)"
_SLASH_PLAN_BEFORE = re.compile(r"(?<![\d/.,])(?P<r>" + _NUMBER + r")\s*(?P<ru>%|[^\W\d][^\d,;.:/()]{0,20}?)?\s*" +
                                _SLASH_PLAN_WORD + r"(?:\s+(?:năm|cả năm|giao|đề ra))?\s+(?P<t>" + _NUMBER +
                                r")(?![\d/])\s*(?P<tu>%|[^\W\d][^\d,;.:/()]{0,20}?)?(?=\s*(?:[,;.()]|$|\s(?:đạt|vượt|chưa|bằng)\b))",
                                re.IGNORECASE)
# Each pattern's part from its slash on, searched first: re looks for the "/" before trying it, while the whole pattern
# is tried from every number of the line, and most lines with a slash and a plan word hold dates ("15/3/2025") and
# no result over its plan (the two searches: ~5 ms of a 200k-character document model, a tenth of it)
_SLASH_GATES = ((_SLASH_PLAN, re.compile(_SLASH_LEVEL_PLAN, re.IGNORECASE)),
                (_SLASH_PLAN_BEFORE, re.compile(_SLASH_PLAN_WORD, re.IGNORECASE)))


# a bare "1/2" is a result over its plan only where the plan is one's own: "1/2 chỉ tiêu cả năm (giao)", "kế hoạch"
_OWN_PLAN = re.compile(r"(?:kế hoạch|dự toán|chỉ tiêu\s+(?:cả\s+năm|được\s+giao|giao))(?!\w)", re.IGNORECASE)
_MET_COUNT = re.compile(r"(?:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+và\s+hoàn\s+thành\s+vượt)?|vượt|có)\s*$", re.IGNORECASE)
_SHARE_NEXT = re.compile(r"[^;.%]{0,30}?(?:đạt|bằng|vượt)\s+\d[\d,]*\s?%")  # a bare "(86%)" is the pair's own share


_TALLY_UNIT = re.compile(r"(?:chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu|nhiệm\s+vụ)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32768)
def _slash_plans(line: str) -> tuple[tuple, ...]:
    """(start, end, name, level, result, unit) of each "result/level plan" of a line (see ``_SLASH_PLAN``)."""
    if "/" not in line or not _names_a_plan(line) or _not_a_target(line):
        return ()
    found = []
    matches = sorted([m for pattern, gate in _SLASH_GATES if gate.search(line) for m in pattern.finditer(line)],
                     key=lambda m: m.start())
    for m in matches:
        ru, tu = (m["ru"] or "").strip(), (m["tu"] or "").strip()
        if m.re is _SLASH_PLAN_BEFORE and (ru == "%") != (tu == "%"):
            continue  # "đạt 93,2%/KH 95%" compares shares; "12/KH 95%" compares nothing
        if _SHARE_NEXT.match(line, m.end()):
            continue  # "…/60 tỷ đồng dự toán, vượt 8%": the share after it is checked by ``_slash_matches``
        if not ru and not tu and not _OWN_PLAN.match(m[0], m.start("plan") - m.start()) or _MET_COUNT.search(
                line, max(0, m.start() - 25), m.start()):
            continue  # "đạt và vượt 8/9 chỉ tiêu", "15/18 chỉ tiêu chủ yếu": targets counted, not a result over its plan
        if ru and tu and ru.split()[0].lower() != tu.split()[0].lower():
            continue  # "3 hộ/2 thôn kế hoạch …": two things, no result over its plan
        if _TALLY_UNIT.match(tu or ru):
            continue  # "còn lại 6/12 chỉ tiêu chưa đạt kế hoạch": targets counted, not a target
        target, result = parse_number(m["t"]), parse_number(m["r"])
        if target is None or result is None or target.value == 0:
            continue
        cuts = [line.rfind(c, 0, m.start()) for c in ":;,"]
        cut = max(cuts)
        name = line[cut + 1:m.start()]
        name = re.sub(r"\s+(?:đạt|là|được|có|ước đạt|thực hiện|đã thực hiện)\s*$|^\s*(?:đạt|thực hiện)\s*$", "",
                      " " + name.strip(), flags=re.IGNORECASE).strip(" ,:-–•+")
        if len(name) < 4 and cut >= 0 and line[cut] == ",":  # "kết nạp 01 đảng viên mới, đạt 1/2 chỉ tiêu": the clause before
            before = max(line.rfind(c, 0, cut) for c in ":;.")
            name = line[before + 1:cut].strip(" ,:-–•+")
        name = _LEAD_WORDS.sub("", name).strip()
        if len(name) < 4 or not re.search(r"[^\W\d]{2}", name):
            continue
        unit = _unit_words(tu or ru)
        if unit is None and cut >= 0:  # "kết nạp 01 đảng viên mới, đạt 1/2": the noun the clause counts
            counted = _CLAUSE_NUMBER.search(name)
            unit = _unit_words(counted["unit"] or "") if counted else None
        found.append((m.start(), m.end(), name, target.value, result.value, unit))
    return tuple(found)


# "kế hoạch trồng rừng thay thế năm 2026 là 320 ha; đến 25/11 đã trồng được 251,2 ha, đạt 78,5%": the year's plan told
# first, the result after it with its share of the plan (the share must check)
_PLAN_IS = re.compile(r"(?i:kế hoạch|chỉ tiêu)\s+(?P<name>[^\W\d][^;:.()\d]{2,80}?)(?:\s+(?P<period>năm\s+\d{4}))?\s+(?:là|đề ra là|giao)\s+"
                      r"(?P<t>" + _NUMBER + r")\s*(?P<unit>[^\W\d][^\d,;.()\s]*(?:\s[^\W\d][^\d,;.()\s]*)?)?")
_DONE_SHARE = re.compile(r"(?P<r>" + _NUMBER + r")\s*[^\d,;.()]{0,30}?,?\s*(?:đạt|bằng)\s+(?P<pct>\d{1,3}(?:,\d{1,2})?)\s?%")


@lru_cache(maxsize=32768)
def _plan_then_result(line: str) -> tuple[tuple, ...]:
    """(name, start, end, level, result, unit, period) of each plan told before its result (line offsets)."""
    found = []
    for plan in _PLAN_IS.finditer(line):
        end_of_sentence = re.compile(r"\.(?=\s|$)").search(line, plan.end())  # not the dot of "1.046"
        stop = end_of_sentence.start() if end_of_sentence else len(line)
        done = _DONE_SHARE.search(line, plan.end(), min(stop, plan.end() + 160))
        if done is None:
            continue
        target, result, pct = parse_number(plan["t"]), parse_number(done["r"]), parse_number(done["pct"])
        if not (target and result and pct) or target.value <= 0:
            continue
        if abs(round(result.value / target.value * 100, pct.decimals) - pct.value) > 10 ** -pct.decimals / 2 + 1e-9:
            continue  # the share is not the result over this plan
        found.append((plan["name"].strip(), plan.start(), done.end(), target.value, result.value,
                      (plan["unit"] or "").strip() or None, plan["period"]))
    return tuple(found)


# "Kế hoạch xây mới 5 nhà Đại đoàn kết, đến nay đã bàn giao 2 nhà", "Chỉ tiêu năm 2025 trồng 40 ha rừng; đến nay trồng
# được 28 ha": a plan, then what is done so far in the same unit, no share written
_PLAN_SO_FAR = re.compile(r"(?<!\w)(?i:kế hoạch|chỉ tiêu)(?:\s+năm(?:\s+(?:19|20)\d\d)?)?\s+(?P<name>(?:[^\W\d]+\s+){1,4}?"
                          r"(?P<t>" + _NUMBER + r")\s+(?P<unit>[^\W\d]+)(?P<what>(?:\s+[^\W\d]+){0,6}?))\s*[,;]\s*"
                          r"(?:tính\s+)?đến nay\s+(?:đã\s+)?(?:[^\W\d]+\s+){1,4}?(?:được\s+)?(?P<r>" + _NUMBER + r")\s+"
                          r"(?P<ru>[^\W\d]+)(?!\w)")


# "Dự toán thu ngân sách năm 2026 được xây dựng ở mức 42 tỷ đồng", "Kế hoạch trồng rừng năm 2026 là 120 ha": a level set
# for a year still to come (the caller checks the year against the document's)
_NEXT_YEAR_LEVEL = re.compile(r"(?<!\w)(?P<name>(?i:dự toán|kế hoạch|chỉ tiêu)\s+[^\W\d][^,;.:()\d]{2,60}?\s+năm\s+"
                              r"(?P<y>(?:19|20)\d\d))\s+(?:(?:được|đã được)\s+(?:xây dựng|giao|thông qua|đề ra|"
                              r"dự kiến)\s+)?(?:ở\s+)?(?:mức|là)\s+(?P<t>" + _NUMBER + r")\s*"
                              r"(?P<unit>%|[^\W\d][^\d,;.()]{0,20}?)(?=\s*(?:[,;.(]|$))")


def _plan_so_far(line: str) -> tuple[tuple, ...]:
    """(name, start, end, level, result, unit) of each plan told with what is done of it so far (line offsets)."""
    found = []
    for match in _PLAN_SO_FAR.finditer(line):
        target, result = parse_number(match["t"]), parse_number(match["r"])
        if not (target and result) or target.value <= 0 or match["unit"].lower() != match["ru"].lower():
            continue  # "kế hoạch 5 nhà, đến nay đã vận động 120 triệu đồng": another measure
        name = (line[match.start("name"):match.start("t")] + match["unit"] + match["what"]).strip()
        found.append((re.sub(r"\s+", " ", name), match.start(), match.end(), target.value, result.value, match["unit"]))
    return tuple(found)


_SLASH_HINT = re.compile(r"/\s*(?:(?:kế hoạch|chỉ tiêu|KH)(?:\s+(?:năm|cả năm|giao))?\s+)?\d[^%]{0,40}?(?:đạt|bằng|vượt)\s+\d+(?:,\d+)?\s?%")


@lru_cache(maxsize=32768)
def _slash_matches(line: str) -> tuple[dict, ...]:
    """"A/B unit, đạt P%" in one line (line offsets), remembered per line text."""
    if not _SLASH_HINT.search(line):
        return ()
    found = []
    for m in _SLASH_CORE.finditer(line):
        cut = max(line.rfind(c, 0, m.start()) for c in ".;:\n")
        comma = line.rfind(",", 0, m.start())
        name = line[max(cut + 1, comma + 1 if m.start() - comma < 80 and comma > cut else cut + 1):m.start()]
        if len(name.strip(" -–•+:")) < 4 and cut >= 0 and line[cut] == ":":  # "Trồng cây xanh: 1.250/1.200 cây"
            before = max(line.rfind(c, 0, cut) for c in ".;\n")
            name = line[before + 1:m.start()]
        if len(name.strip(" -–•+:")) < 4:
            continue
        found.append({**m.groupdict(), "name": name, "start": m.start() - len(name), "end": m.end(),
                      "text": line[cut + 1:m.end()]})
    return tuple(found)


_LEVEL = re.compile(r"(?P<before>.*?)(?P<cmp>ít nhất|tối thiểu|không dưới|trên|từ|dưới|không quá|tối đa|giảm còn|"
                    r"giảm xuống còn|đạt|lên|còn)?\s*(?<![\d.,])(?!(?<=năm )(?:19|20)\d\d(?!\d|[.,]\d))(?P<n>" + _NUMBER + r")\s*"
                    r"(?P<unit>%|[^\W\d][^\d,;.()]{0,40}?)?(?=\s*(?:trở lên|trở xuống)?\s*(?:[,;.(]|$|\s(?:trở|so|trong|vào|của|để|nhằm|cho)\b))",
                    re.IGNORECASE)
_RESULT_AND_LEVEL = re.compile(r"(?P<r>" + _NUMBER + r")\s*(?P<unit>%|[^\W\d][^\d,;.()]{0,25}?)?"
                               r"[^\d()]{0,40}\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu)[^\d)]{0,20}(?P<t>\d{1,3}(?:\.\d{3})+"
                               r"(?:,\d+)?|\d+(?:,\d+)?)", re.IGNORECASE)
_FUTURE_LEVEL = re.compile(r"ít nhất|tối thiểu|trở lên|trở xuống|không quá|không dưới|tối đa|dưới|trên|giảm còn|xuống còn|"
                           r"phấn đấu|đạt\s+[\d.,]+\s*%?\s*trở", re.IGNORECASE)
# "Đại hội đề ra mục tiêu …:", "đại hội đặt chỉ tiêu:", and a sentence opening "Chỉ tiêu nhiệm kỳ 2025 - 2030: …"
_SAID_TARGET_LEAD = re.compile(r"(?:(?:đề ra|xác định|đặt ra|đặt|thống nhất)\s+(?:các\s+|\d{1,2}\s+)?(?i:chỉ tiêu|mục tiêu)|"
                               r"(?<=\.\s)(?:Các\s+(?:chỉ tiêu|mục tiêu)|Chỉ tiêu|Mục tiêu)\s+(?:nhiệm kỳ|giai đoạn|năm|chủ yếu|cụ thể)\b)"
                               r"[^.:;]{0,60}:\s*(?=\S)")
# the targets of a resolution adopted, or of a congress, listed in its sentence without a colon lead of their own:
# "biểu quyết thông qua Nghị quyết … năm 2024 với các chỉ tiêu chủ yếu như: …; …", "Đại hội đề ra 24 chỉ tiêu, trong
# đó …; …", "thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu …; …"
_ADOPTED_TARGET_LEAD = re.compile(r"(?:thông qua|(?<!được )đề ra)[^.;:]{0,140}?\s(?:với|gồm)\s+(?:các|một số|những)\s+chỉ tiêu"
                                  r"(?:\s+(?:chủ yếu|cụ thể|chính))?(?:\s+như)?\s*:?\s+(?=[^\W\d])|"
                                  r"(?<!được )đề ra\s+\d{1,2}\s+chỉ tiêu[^.;:,]{0,40},\s*(?:trong đó|gồm|cụ thể)\s*:?\s+(?=\S)",
                                  re.IGNORECASE)
# "Năm 2026, Đảng bộ phường phấn đấu thu ngân sách đạt 195 tỷ đồng; kết nạp 40 đảng viên mới; giữ tỷ lệ hộ nghèo dưới
# 0,3%.": the next period's levels, listed after "phấn đấu" (at least two items, each with its number: see the caller)
_STRIVE = re.compile(r"(?:phấn đấu|(?:đặt|đề ra)\s+(?:ra\s+)?(?:mục tiêu|chỉ tiêu)(?=\s+[^\W\d]))"
                     # "đến năm 2030," / "đến hết năm 2026 có 100% hộ …" / "đến cuối năm nay:": the year, not the level's words
                     r"(?:\s+(?:đến|trong|từ nay đến)\s+(?:hết\s+)?(?:năm|cuối năm)(?:\s+(?:19|20)\d\d\b[,:]?|[^,;:\d]{0,20}[,:]))?\s+",
                     re.IGNORECASE)


# one level striven for, told by its act and what it counts: "phấn đấu kết nạp 4 đảng viên mới", "phấn đấu trồng thêm
# 500 cây xanh" (not a remainder, "kết nạp đủ 11 đảng viên còn lại", "kết nạp thêm 18 hội viên để hoàn thành chỉ tiêu",
# nor a share, "phấn đấu giải ngân 100%")
_ONE_ACT = re.compile(r"\s*(?:kết nạp|trồng|tuyển|giúp|giới thiệu|thành lập|xây dựng|vận động)(?:\s+(?:thêm|mới|được))?"
                      r"(?:\s+(?:ít nhất|tối thiểu|từ))?\s+\d[\d.]*\s+[^\W\d](?![^,;.]*\b(?:còn lại|để hoàn thành)\b)", re.IGNORECASE)
# a day, month or year: "phấn đấu hoàn thành dự toán trước ngày 15/12/2025; giao …" has a deadline, no level
# ("5/5 chi bộ" is a level: a day and month only after "ngày" or with the year)
_CALENDAR = re.compile(r"(?<![\d.,/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?![\d.,])|"
                       r"\b(?:ngày|tháng|quý|năm)\s+[IV\d]{1,4}(?:\s*/\s*\d{1,4}){0,2}(?![\d.,])", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _strive_end(raw: str) -> int | None:
    """Where the levels striven for begin in a line: after "phấn đấu", when the rest of its sentence holds at least
    two ";"-separated items, the first two with a number (plain string tests: a pattern with a look-ahead over the
    sentence cost ~2 ms a line)."""
    low = raw.lower()
    starts = sorted(p for p in (low.find("phấn đấu"), low.find("đặt mục tiêu"), low.find("đề ra mục tiêu"),
                                low.find("đặt chỉ tiêu")) if p >= 0)
    position = starts[0] if starts else -1
    while position >= 0:
        opening = max(raw.rfind(". ", 0, position), raw.rfind(":", 0, position), raw.rfind(";", 0, position))
        match = _STRIVE.match(raw, position)
        # the sentence's own verb ("Năm 2026, Đảng bộ phấn đấu …"), not an item of an enumeration ("; (2) phấn đấu …");
        # a clause after ";" with a lead of its own is a sentence too ("…; đồng thời cho ý kiến vào dự thảo chỉ tiêu năm
        # 2027, trong đó phấn đấu …")
        if match and position - opening <= 100 and (opening < 0 or raw[opening] != ";" or re.search(
                r",\s+(?:trong đó|cụ thể|theo đó)\s+$", raw[opening + 1:position])) and \
                not re.search(r"\(\s*\d+\s*\)", raw[opening + 1:]):
            stop = re.search(r"\.(?!\d)", raw[match.end():])
            items = strive_items(raw[match.end():match.end() + stop.start() if stop else len(raw)])
            # "phấn đấu" leads many a wish: two levels make it a list of targets; "đặt mục tiêu" names its one level
            named = not match[0].lower().startswith("phấn đấu")
            if (len(items) >= 2 or named or _ONE_ACT.match(items[0][1])) and all(
                    any(c.isdigit() for c in _CALENDAR.sub(" ", item)) for _, item in items[:2]):
                return match.end()
        later = [p for p in (low.find("phấn đấu", position + 1), low.find("đặt mục tiêu", position + 1),
                             low.find("đề ra mục tiêu", position + 1), low.find("đặt chỉ tiêu", position + 1)) if p >= 0]
        position = min(later) if later else -1
    return None


def _plan_numbers(plan: tuple[int, int, str, str]):
    """The result and the plan of one of build._plans' pairs, as the numbers they print (parsed or None)."""
    return parse_number(_first_number(plan[2])), parse_number(_first_number(plan[3]))


def _layer_pairs_otherwise(plans, start: int, end: int, target: float, result: float) -> bool:
    """The quantity layer reads a plan of this value in [start, end) against another result, explicitly."""
    for plan in plans:
        if start <= plan[1] < end:
            done, level = _plan_numbers(plan)
            if level is not None and done is not None and level.value == target and done.value != result:
                return True
    return False


def _share_agrees(entity: Entity, result: float, target: float) -> bool:
    """The entity's own result and level agree with the share the sentence states, the quantity layer's pair does not:
    "đạt 23 giải cấp tỉnh (4 giải Nhất), bằng 76,7% chỉ tiêu năm học (30 giải)" is 23 of 30, not 4 of 30."""
    done, level, share = entity.get("actual_value"), entity.get("target_value"), entity.get("attainment_percent")
    if not (done and level and share and target):
        return False
    return abs(done / level * 100 - share) < 1 and abs(result / target * 100 - share) >= 1


def _one_striven(raw: str) -> bool:
    """The line strives for one level, told by its act and what it counts ("Phấn đấu kết nạp 3 đảng viên mới")."""
    lead = _strive_end(raw) if "phấn đấu" in raw.lower() else None
    return lead is not None and ";" not in raw[lead:] and bool(_ONE_ACT.match(raw, lead))


def _strive_list(sentence: str) -> bool:
    """The sentence strives for two levels or more (one target entity would join them)."""
    lead = _strive_end(sentence)
    if lead is None:
        return False
    stop = re.search(r"\.(?!\d)", sentence[lead:])
    return len(strive_items(sentence[lead:lead + stop.start() if stop else len(sentence)])) >= 2


def _level_pieces(piece: str) -> list[tuple[int, str]]:
    """The levels in one item of a list: two apart by ", " when each holds a number of its own (not only a year:
    "Phấn đấu đến năm 2025, thu nhập … đạt 42 triệu đồng" is one)."""
    if ", " not in piece:
        return [(0, piece)]
    parts = strive_items(piece)
    if len(parts) > 1 and all(re.search(r"(?<!năm )(?<![\d.,])\d", part) for _, part in parts):
        return parts
    return [(0, piece)]


def strive_items(items: str) -> list[tuple[int, str]]:
    """(offset, text) of the levels listed after "phấn đấu": between ";", or, with none, between ", " when every
    piece holds its own number ("kết nạp 30 đảng viên mới, thu ngân sách đạt 62 tỷ đồng"); a change against another
    period ("…, tăng 5% so với năm 2025") is no item of its own."""
    pieces = [(m.start(), m[0]) for m in re.finditer(r"[^;]+", items)]
    if len(pieces) == 1:
        commas = [(m.start(), m[0]) for m in re.finditer(r"[^,]+(?:,(?=\d)[^,]*)*", items)]  # not "6,5%"
        if len(commas) >= 2 and all(re.search(r"\d", c) for _, c in commas) and not any(
                re.search(r"so với|^\s*(?:tăng|giảm)\s+[\d,]+\s*%", c, re.IGNORECASE) for _, c in commas):
            pieces = commas
    return pieces
# (the lead may name the year its levels are set for: "Chỉ tiêu năm 2026: …", "Mục tiêu nhiệm kỳ 2025 - 2030: …")
_INLINE_TARGET_LEAD = re.compile(r"\s*(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?:\s+chủ yếu|\s+cụ thể|\s+chính)?"
                                 r"(?:[^.:;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}:\s*(?=\S)", re.IGNORECASE)
_LEAD_PERIOD = re.compile(r"(?:năm|nhiệm kỳ|giai đoạn)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.IGNORECASE)
# a line that only names the list, as a heading would: "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)"
_BARE_TARGET_LEAD = re.compile(r"(?:các\s+)?(?:chỉ tiêu|mục tiêu)\s+(?:chủ yếu|cụ thể|chính)(?:\s+(?:nhiệm kỳ|giai đoạn|năm|đến năm)"
                               r"[\s\d–-]{4,12})?\s*(?:\((?:nhiệm kỳ|giai đoạn|năm|đến năm)[^()]{4,20}\))?", re.IGNORECASE)
_TARGET_LIST_LEAD = re.compile(r"(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?:\s+chủ yếu|\s+cụ thể|\s+chính)?[^.:]{0,60}:\s*$", re.IGNORECASE)
# The three leads tried only where a word they open with starts (scan.Anchored): searched from every letter of each
# line naming a target, they cost ~4 ms of the ~60 ms model of a 200k-character report
_SAID_TARGET_LEAD_AT = Anchored(_SAID_TARGET_LEAD, ("đề ra", "xác định", "đặt", "thống nhất", "các", "chỉ tiêu", "mục tiêu"))
_ADOPTED_TARGET_LEAD_AT = Anchored(_ADOPTED_TARGET_LEAD, ("thông qua", "đề ra"))
_TARGET_LIST_LEAD_AT = Anchored(_TARGET_LIST_LEAD, ("các", "chỉ tiêu", "mục tiêu"))


def listed_targets(text: str, lines: list[Line], body: range, known: list[Target], period: str | None,
                   dated: str | None = None) -> list[Target]:
    """Items of a list led by "Các chỉ tiêu chủ yếu:" (future targets: a level, no result yet)."""
    found: list[Target] = []
    taken = [(t.start, t.end) for t in known]
    leading = future_lead = section_future = lead_part = False
    lead_level = 0
    for i in body:
        line = lines[i]
        raw = text[line.start:line.end]
        # "(3) Chi bộ thống nhất mục tiêu năm học 2026-2027:" over "+ …" items: a numbered part of the minutes that
        # leads a list of targets, written as an item of the "(1) (2) (3)" list of the meeting's parts
        part = line.kind is LineKind.LIST_ITEM and bool(_PART_MARK.match(raw.strip()))
        if leading and lead_part and part:
            leading = lead_part = False  # "(4) Giải pháp, phân công:": the next part, the targets are over
        if not leading and line.kind is not LineKind.HEADING and line.kind is not LineKind.BODY and not (
                line.kind is LineKind.LIST_ITEM and (_INLINE_TARGET_LEAD.match(raw, line.marker_end)
                                                     or "tiêu" in raw and _SAID_TARGET_LEAD_AT.search(raw)
                                                     or part and "tiêu" in raw and _TARGET_LIST_LEAD_AT.search(raw)
                                                     # "+ Phấn đấu kết nạp 3 đảng viên mới trong nhiệm kỳ."
                                                     or _one_striven(raw))):
            continue
        if not leading and not tags(raw) & {"target_lead", "forward"}:
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        if line.kind is LineKind.HEADING and "tiêu" not in stripped.lower():
            ahead = bool(re.search(r"phương hướng|nhiệm vụ|năm tới|thời gian tới|kế hoạch", stripped, re.IGNORECASE))
            if line.level <= 1 or ahead:  # "4. Phương hướng năm 2026" under "II. …": what follows is set for later
                section_future = ahead
        if not leading and "tiêu" not in stripped.lower() and not ("phấn đấu" in raw.lower() and _strive_end(raw) is not None):
            continue  # a lead names chỉ tiêu / mục tiêu (in capitals too), or strives for the next year's levels
        said = (_SAID_TARGET_LEAD_AT.search(raw) or _ADOPTED_TARGET_LEAD_AT.search(raw)) \
            if not leading and line.kind in (LineKind.BODY, LineKind.LIST_ITEM) else None
        if said and re.match(r"(?:Các\s+)?(?:chỉ tiêu|mục tiêu)", said[0], re.IGNORECASE) and dated and \
                _LEAD_YEARS.search(said[0]) and not (section_future or _lead_later(said[0], dated)):
            # a sentence naming the list without setting it ("Các chỉ tiêu chủ yếu năm 2025: thu ngân sách đạt 410 tỷ
            # đồng, …" in its December) may list results: levels only when the period it names is still ahead
            said = None
        lead_end = said.end() if said else None
        if said is None and not leading and line.kind in (LineKind.BODY, LineKind.LIST_ITEM) and (
                "phấn đấu" in raw.lower() or "mục tiêu" in raw or "chỉ tiêu" in raw):
            lead_end = _strive_end(raw)  # "Năm 2026, Đảng bộ phấn đấu thu ngân sách đạt 195 tỷ đồng; kết nạp …"
        if lead_end is not None and not any(a <= line.start + lead_end < b and b >= line.end - 1 for a, b in taken):
            # (a target read before the lead, in the same line, leaves the levels after it to read; so does one that
            # holds the lead and the first level only: "… phấn đấu mỗi năm giúp ít nhất 50 hộ …; 100% chi hội …")
            # "Đại hội đề ra mục tiêu nhiệm kỳ 2025 - 2027: tỷ lệ … đạt 98% trở lên; 100% đảng viên …."
            stop = re.search(r"\.(?!\d)", raw[lead_end:])
            items = raw[lead_end:lead_end + stop.start() if stop else len(raw)]
            # "Phấn đấu đến năm 2030, thu nhập …; …": the year the levels are set for, said in the lead
            by = _BY_YEAR.search(raw, max(0, lead_end - 40), lead_end)
            named = _LEAD_PERIOD.search(said[0]) if said else None  # "Các chỉ tiêu chủ yếu năm 2026: …": that year's
            # an item may hold two levels apart by ", " ("GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm"), each with
            # its own number (strive_items splits a piece with no ";" so, keeping "6,5%" and a change whole)
            pieces = [(offset + inner, part) for offset, piece in strive_items(items)
                      for inner, part in _level_pieces(piece)]
            for offset, piece in pieces:
                item = piece.strip()
                at = line.start + lead_end + offset
                if any(a < at + len(piece) and at < b for a, b in taken):
                    continue  # read already, by the target entities
                target = _level_item(item, at, at + len(piece), True, by[0].strip(" ,") if by else named[0] if named else period) \
                    if item else None
                if target is not None:
                    found.append(target)
            continue
        inline = _INLINE_TARGET_LEAD.match(raw, line.marker_end) if line.marker_end or line.kind is LineKind.BODY \
            else None
        if inline and (section_future or _lead_later(inline[0], dated)) and not leading and not any(
                a <= line.start < b for a, b in taken):
            # the lead and its items on one line: "1. Chỉ tiêu chủ yếu: gieo sạ 45 ha lúa; thu quỹ … đạt 100% số hộ."
            told = _LEAD_PERIOD.search(inline[0])  # "Chỉ tiêu năm 2026: …": the levels are set for that year
            for piece in re.finditer(r"[^;]+", raw[inline.end():]):
                item = piece[0].strip().rstrip(".")
                at = line.start + inline.end() + piece.start()
                if any(a < at + len(piece[0]) and at < b for a, b in taken):
                    continue  # read already, by the target entities
                target = _level_item(item, at, at + len(piece[0]), True, told[0] if told else period) if item else None
                if target is not None:
                    found.append(target)
            continue
        lead_line = "tiêu" in stripped.lower() and _TARGET_LIST_LEAD_AT.search(stripped) or (
            line.kind is LineKind.HEADING and re.search(r"chỉ tiêu|mục tiêu", stripped, re.IGNORECASE)) or (
            line.kind is LineKind.BODY and _BARE_TARGET_LEAD.fullmatch(stripped))
        if lead_line and not re.search(r"kết quả|thực hiện|đánh giá|đạt|vượt", stripped, re.IGNORECASE):
            leading, lead_part = True, part
            lead_level = line.level if line.kind is LineKind.HEADING else 0
            future_lead = section_future or bool(re.search(r"phấn đấu|năm tới|sắp tới|giai đoạn tới|nhiệm kỳ tới|"
                                                           r"kế hoạch năm \d{4}|phương hướng", stripped, re.IGNORECASE))
            continue
        if not leading:
            continue
        if line.kind is LineKind.BODY and not line.marker_end and ";" in raw and not any(
                a <= line.start < b for a, b in taken):
            # "II. CHỈ TIÊU NHIỆM KỲ 2025 - 2027" / "Phấn đấu kết nạp 04 đảng viên mới; 100% hộ …": the items on one line
            future = future_lead or bool(re.match(r"\s*phấn đấu\b", raw, re.IGNORECASE))
            for piece in re.finditer(r"[^;]+", raw):
                item = re.sub(r"^\s*phấn đấu\s+", "", piece[0], flags=re.IGNORECASE).strip().rstrip(".")
                target = _level_item(item, line.start + piece.start(), line.start + piece.end(), future, period) \
                    if item else None
                if target is not None:
                    found.append(target)
            leading = False
            continue
        if line.kind not in (LineKind.LIST_ITEM, LineKind.HEADING) or not line.marker_end or (
                line.kind is LineKind.HEADING and lead_level and line.level <= lead_level):
            leading = False  # "2- Nhiệm vụ, giải pháp" after "1- Chỉ tiêu": the list of targets is over
            continue
        if any(a <= line.start < b or line.start <= a < line.end for a, b in taken):
            continue
        item = raw[line.marker_end:].strip().rstrip(";.")
        own_period, at, later = period, line.start + line.marker_end, _set_later(item, dated)
        if later and (told := re.match(_ITEM_PERIOD.pattern + r"(?:\s*[:,]\s*(?=\S)|\s+(?=[^\W\d]))", item, re.IGNORECASE)):
            # "Trong quý I/2027: 100% hộ …", "Năm 2027 giới thiệu ít nhất 03 …": the period it is set for, then the level
            # and what it counts
            own_period = re.sub(r"^(?:trong|đến hết|đến cuối|đến|hết|cuối)\s+", "", told[0].strip(" :,"), flags=re.IGNORECASE)
            item, at = item[told.end():], at + len(raw[line.marker_end:]) - len(raw[line.marker_end:].lstrip()) + told.end()
        # "Đến 31/12/2026: tỷ lệ … đạt 75% trở lên; 100% hồ sơ hộ tịch … được số hóa": the levels set for that period
        pieces = [(m.start(), m[0]) for m in re.finditer(r"[^;]+", item)] if later else [(0, item)]
        for offset, piece in pieces:
            lead = len(piece) - len(piece.lstrip())
            target = _level_item(piece.strip(), at + offset + lead, at + offset + len(piece.rstrip()) if later else line.end,
                                 future_lead or later, own_period)
            if target is not None:
                found.append(target)
    return found


_MONTH_OF_YEAR = re.compile(r"\b(?:tháng|quý)\s+(?:\d{1,2}|[IVX]{1,3})\s*/\s*\d{4}\b", re.IGNORECASE)
# an item that opens with the period it is set for: "Trong quý I/2027: …", "Đến hết tháng 3/2027, …", "Năm 2027 …"
_ITEM_PERIOD = re.compile(r"\s*(?:(?:trong|đến hết|đến cuối|đến|hết|cuối)\s+)?(?:năm\s+|quý\s+(?P<q>[IV]{1,3})\s*[/-]\s*|"
                          r"tháng\s+(?P<m>\d{1,2})\s*[/-]\s*|(?:ngày\s+)?(?P<dd>\d{1,2})/(?P<dm>\d{1,2})/)(?P<year>\d{4})\b",
                          re.IGNORECASE)
_QUARTER_END = {"I": 3, "II": 6, "III": 9, "IV": 12}


_LEAD_YEARS = re.compile(r"(?:năm|nhiệm kỳ|giai đoạn)\s+(?P<term>(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)",
                         re.IGNORECASE)


def _lead_later(lead: str, dated: str | None) -> bool:
    """A lead that names the period its levels are set for, still ahead on the day the document is dated: "Các chỉ
    tiêu chủ yếu năm 2026:" in minutes of December 2025 or of January 2026 (a year's levels are set as it opens),
    "Mục tiêu nhiệm kỳ 2025 - 2027:" at a congress of 2025; not "Chỉ tiêu năm 2025: …" in a report of its November,
    whose items may be results."""
    told = _LEAD_YEARS.search(lead)
    if told is None or not dated or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dated):
        return False
    year, month = int(dated[:4]), int(dated[5:7])
    return int(told["year"]) > year or (not told["term"] and int(told["year"]) == year and month <= 3)


def _set_later(item: str, dated: str | None) -> bool:
    """The item names a period ending after the day the document is dated: a level set for later, whatever its lead
    says ("II- MỤC TIÊU, CHỈ TIÊU" of a resolution dated 03/12/2026 over "1- Trong quý I/2027: 100% hộ …", "- Đến
    31/12/2026: tỷ lệ … đạt 75% trở lên" in a conclusion dated 16/11/2026)."""
    match = _ITEM_PERIOD.match(item)
    if match is None or not dated or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dated):
        return False
    # "Đến hết tháng 12/2026": the period's end; "Trong quý I/2027", "Năm 2027": its start ("Năm 2026 kết nạp …" in a
    # report of 11/2026 tells that year's result, "Tháng 11/2026 thu …" in one of 12/2026 too)
    until = bool(re.match(r"\s*(?:đến|hết|cuối)\b", item, re.IGNORECASE))
    year = int(match["year"])
    if match["q"] is not None:
        end = _QUARTER_END.get(match["q"].upper(), 12)
        month, day = (end, 31) if until else (end - 2, 1)
    elif match["m"] is not None:
        month, day = int(match["m"]), 31 if until else 1
    elif match["dm"] is not None:
        month, day = int(match["dm"]), int(match["dd"])
    else:
        month, day = (12, 31) if until else (1, 1)
    return (year, month, day) > (int(dated[:4]), int(dated[5:7]), int(dated[8:10]))


def _level_item(item: str, start: int, end: int, future_lead: bool, period: str | None) -> Target | None:
    """One item of a list of targets: a future level ("Gieo trồng cây vụ đông đạt 55 ha trở lên"), or a result
    with its level ("Kết nạp 5 đảng viên mới (chỉ tiêu 4)"); None for anything else."""
    pair = _RESULT_AND_LEVEL.search(item) if "(" in item else None
    # "Tỷ lệ lao động qua đào tạo: trên 20%", "Số trường học đạt chuẩn Quốc gia: 04 trường": a label and its level
    # alone, as a list of targets sets them (a result is told with "đạt …", "vượt", "so với" after the colon)
    labelled = _LABELLED_LEVEL.fullmatch(item)
    future_lead = future_lead or bool(labelled)
    # ("học lực chưa đạt", "hộ không đạt chuẩn": a quality the level counts, no result said)
    result_said = not labelled and re.search(r"(?<!chưa )(?<!không )\bđạt\b", item, re.IGNORECASE) and not re.search(
        r"trở lên|ít nhất|tối thiểu|phấn đấu|trên", item, re.IGNORECASE) and not future_lead
    # "36/35 đảng viên", "3/4 trường": a part of a whole or a result over its plan; not the unit of
    # "108 triệu đồng/người/năm"
    # (a month or quarter of a year is no ratio: "Đến hết tháng 3/2027, tỷ lệ … đạt từ 70% trở lên")
    undated = _MONTH_OF_YEAR.sub(" ", item)
    if pair or result_said or re.search(r"\d\s*/\s*\d", undated) or re.search(r"\bvượt\b|\bbằng\b", item, re.IGNORECASE):
        if pair:  # "Kết nạp 5 đảng viên mới (chỉ tiêu 4)": a result and its level
            result, level = parse_number(pair["r"]), parse_number(pair["t"])
            if result and level:
                unit = (pair["unit"] or "").strip() or None
                verdict = verdict_of(result.value, level.value)
                name = re.sub(r"\s+(?:đạt|là|bằng)$", "", item[:pair.start()].strip(" ,:"), flags=re.IGNORECASE)
                return Target(_capital(name or item[:60]), start, end, level.value, result.value, unit, period,
                              verdict)
        return None
    if not (future_lead or _FUTURE_LEVEL.search(item)):
        return None  # "Kết nạp 12 đảng viên mới" under "Chỉ tiêu": a result, not a level set for later
    if re.search(r"\d\s*%?\s*[-–]\s*\d+(?:,\d+)?\s*%", item):  # (or "0,5%-0,8%")
        return None  # "giá trị sản xuất tăng từ 9 - 10%": a range of growth, no one level
    # "100% chi bộ sinh hoạt định kỳ", "có 100% hộ gia đình phân loại rác" (the share the period should see)
    lead = re.match(r"(?:có\s+)?(?P<n>" + _NUMBER + r")\s*(?P<unit>%)?\s+(?P<rest>\S.{3,})$", item, re.IGNORECASE)
    share = re.search(r"(?<![\d.,])(\d+(?:,\d+)?)\s*%", item)
    if share and re.search(r"\b(?:tăng|giảm)\s+(?:thêm\s+)?$", item[:share.start()], re.IGNORECASE) and \
            re.match(r"\s*so với", item[share.end():]) and re.search(r"\d", item[:share.start()]):
        share = None  # "thu ngân sách đạt 65,5 tỷ đồng, tăng 8% so với năm 2025": the level, then its change
    if lead:
        name, unit, value = lead["rest"], lead["unit"], parse_number(lead["n"])
    elif share:  # "Vận động 100% hộ gia đình đóng góp Quỹ … năm 2026": the share, not the year
        name, unit, value = item, "%", parse_number(share[1])
        # "tỷ lệ tham gia BHYT đạt 93% trở lên", "giảm tỷ lệ hộ nghèo còn không quá 3,0%": the words before the level
        before = re.sub(r"\s*(?:đạt|là|còn|giảm còn|xuống còn|xuống|lên|ở mức)?\s*(?:không quá|dưới|trên|từ|ít nhất|tối thiểu|"
                        r"tối đa)?\s*\d[\d.,]*\s*%.*$", "", item[:share.end()], flags=re.IGNORECASE)
        before = re.sub(r"^(?:giảm|tăng|nâng|giữ|duy trì)\s+(?=tỷ lệ)", "", before, flags=re.IGNORECASE)
        # (what follows the level is its basis or another clause: "… 2,1% (theo chuẩn nghèo …), …", "… dưới 2% và …")
        if len(before.split()) >= 2 and before[:1].isalpha() and re.match(
                r"(?:\s*/\s*năm)?\s*(?:trở lên|trở xuống)?\s*(?:[.;]?\s*$|[(,]|và\s|(?:chỉ tiêu|kế hoạch)\b[^,;]{0,30}$)",
                item[share.end():], flags=re.IGNORECASE):  # (or the quota it is a share of: "đạt 100% chỉ tiêu")
            name = before
    else:
        match = _LEVEL.match(item)
        if not match or parse_number(match["n"]) is None or re.search(r"\d\s*(?:[-–]|đến)\s*$", item[:match.start("n")]):
            return None  # (nor "13 - 13,5 tiêu chí/xã": a range, no one level)
        name = (match["before"] or "").strip(" ,:")
        name = re.sub(r"\s+(?:đạt|là|phấn đấu|bằng|giảm còn|giảm xuống còn|tăng lên|lên|còn|xuống)$", "", name,
                      flags=re.IGNORECASE) or item[:60]
        unit, value = (match["unit"] or "").strip() or None, parse_number(match["n"])
        if unit and 0 < len(name.split()) <= 3 and len(unit.split()) >= 2 and not any(c.isdigit() for c in name):
            # "thu hút 2,75 triệu lượt khách du lịch", "kết nạp 40 đảng viên mới": a verb alone names nothing; what
            # it counts does ("Thu hút lượt khách du lịch")
            counted = re.sub(r"^(?:triệu|nghìn|ngàn|tỷ|vạn|trăm)\s+", "", unit)
            if len(counted.split()) >= 2:
                name = name + " " + counted
    if value is None:
        return None
    if labelled:
        name = re.sub(r"\s+(?:đạt|là)$", "", labelled["label"].strip(), flags=re.IGNORECASE)
    own = _BY_YEAR.search(item)
    first = re.search(r"(?<!năm )(?<![\d.,])\d", item)
    if own and (first is None or own.start() < first.start()):
        # "…; đến hết năm 2030 đạt 35%": the item's own year, before the lead's (not "… dưới 2% và đạt chuẩn … vào năm
        # 2022", the year of another clause after the level)
        period = own[0].strip(" ,")
    by = _BY_YEAR.search(name)
    if by and len((name[:by.start()] + name[by.end():]).split()) >= (1 if name[by.end():].strip().isupper() else 2):
        # "thu nhập bình quân đầu người đến năm 2025 đạt 108 triệu đồng": the year the level is set for
        name, period = name[:by.start()].rstrip(" ,:") + name[by.end():].rstrip(" ,:"), by[0].strip(" ,")
        name = re.sub(r"^(?:phấn đấu\b)?[\s,]*", "", name, flags=re.IGNORECASE) or name
    return Target(_capital(name.rstrip(" :")), start, end, value.value, None, unit.rstrip(" .…") if unit else unit, period,
                  None)


_LABELLED_LEVEL = re.compile(r"(?P<label>[^\W\d](?:[^:\d]|(?<=năm )(?:19|20)\d\d(?!\d)){3,100}?)\s*:\s*(?:từ|trên|dưới|ít nhất|tối thiểu|không quá|tối đa)?\s*"
                             r"\d[\d.,]*\s*(?:%|[^\W\d][^\d;:,.()/]{0,30})?\s*(?:trở lên|trở xuống)?\s*(?:/[^\d;:.]{0,40})?",
                             re.IGNORECASE)
_BY_YEAR = re.compile(r"(?:,?\s+|^)(?:đến|vào|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _first_number(cell: str) -> str:
    match = re.search(_NUMBER, cell)
    return match[0] if match else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pct(value: float) -> str:
    """A computed share with one decimal at most, rounded as school and the checks round (12,25 → 12,3)."""
    return format_compact(value, 1)


_TERM = re.compile(r"(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–]\s*(\d{4})", re.IGNORECASE)
_ADVERBIAL = re.compile(r"^(?:theo báo cáo[^,]{0,40}|trong (?:quý|tháng|năm|kỳ|\d+ tháng)[^,]{0,20}|năm \d{4}|quý [IV]+[^,]{0,10}|\d+ tháng[^,]{0,20}|"
                        r"tính đến[^,]{0,30}|đến (?:hết )?ngày[^,]{0,20}|đến nay|hiện nay|lũy kế[^,]{0,30}|"
                        # (round 10) "Theo Thứ trưởng Bộ KH-ĐT …, có 4 chỉ tiêu …", "Tuy nhiên, tốc độ tăng trưởng …"
                        r"theo [^,]{0,60}|tuy nhiên|bên cạnh đó|đặc biệt|như vậy|qua đó|do đó|phát huy kết quả[^,]{0,40}|"
                        r"ước (?:đến|tính đến)[^,]{0,30}|trong \d+ chỉ tiêu[^,]{0,40}|"
                        # "Nhìn lại nhiệm kỳ 2021 - 2026 (…), các cấp Hội đã …", "Nhiệm kỳ 2026 - 2031, Hội … phấn đấu …",
                        # "Qua 5 năm thực hiện Nghị quyết, …"
                        r"nhìn lại [^,]{0,100}|(?:(?:trong|qua) (?:cả )?)?(?:nhiệm kỳ|giai đoạn)[^,]{0,40}|qua \d+ năm[^,]{0,60}),\s*",
                        re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:(?:tuy nhiên|cụ thể|ngoài ra),\s*)?(?:[^,.;:]{0,60}?\b\d+\s+chỉ tiêu[^,.;:]{0,20}?\s+"
                      r"(?:đó là|là|gồm)\s*[:,]?\s*)?(?:hằng năm|hàng năm|mỗi năm|trong đó)?\s*,?\s*", re.IGNORECASE)
_DANGLING = re.compile(r"\s(?:cho|được|với|của|là|có|gồm|tại|trên|trong)$")


# ("Năm học 2022 - 2023, nhà trường có …", "Nhiệm kỳ 2022 - 2025 thu nhập bình quân …": a school year, a term)
_PERIOD_FIRST = re.compile(r"^(?:(?:trong|đến|đến hết|đến cuối|cuối)\s+)?(?:năm\s+\d{4}|quý\s+[IV]+(?:/\d{4}|\s+năm\s+\d{4})?|"
                           r"(?:năm học|nhiệm kỳ|giai đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|"
                           r"tháng\s+\d{1,2}(?:/\d{4})?|"
                           # "6 tháng đầu năm", "Tháng đầu năm 2026", "Những tháng cuối năm", "Ba tháng đầu năm", "Quý đầu năm"
                           r"(?:(?:những|các|mấy)\s+)?(?:(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
                           r"(?:tháng|quý|tuần)\s+(?:đầu|cuối)\s+(?:năm|nhiệm kỳ|quý)(?:\s+(?:19|20)\d\d)?)\s*,?\s+"
                           r"(?=[^\W\d])", re.IGNORECASE)
# the body a result is told of, a bracket or "đã", "phấn đấu" … away from the act that names the target: "Các cấp hội
# phụ nữ trên địa bàn (trước và sau sắp xếp) đã kết nạp 2.140 hội viên", "Hội LHPN xã phấn đấu mỗi năm giúp ít nhất 50 hộ"
_BODY_FIRST = re.compile(r"^(?:toàn\s+(?:xã|phường|thị trấn|huyện|tỉnh|thôn|đảng bộ|ngành)|(?:các cấp\s+)?(?:hội(?!\s+(?:trường|nghị|thảo|viên|đồng|diễn))|chi hội|chi bộ|"
                         r"đảng bộ|đảng ủy|đảng uỷ|ban chấp hành|ban thường vụ|ubnd|ủy ban|uỷ ban|hđnd|mặt trận|đoàn thanh niên|"
                         r"nhà trường|hợp tác xã)\b[^,;:()\d]{0,50}?)(?:\s*\([^()]{0,80}\)\s+(?:(?:đã|được|phấn đấu|tiếp tục|cũng)\s+)*|"
                         # (a body right before its act stays: "Ủy ban Kiểm tra tổ chức 3 cuộc kiểm tra")
                         r"\s+(?:(?:đã|được|phấn đấu|tiếp tục|cũng)\s+)+)(?:(?:hằng|hàng|mỗi)\s+năm\s+)?(?=(?:" + "|".join(
                             ("kết nạp", "trồng", "tuyển", "đào tạo", "giúp", "giành", "giới thiệu", "vận động", "thu",
                              "xây dựng", "giải quyết", "hỗ trợ", "tổ chức", "giải ngân", "bàn giao", "thành lập")) + r")\b)",
                         re.IGNORECASE)
# the body that has a share or a number of something: "nhà trường có tỷ lệ trẻ suy dinh dưỡng …", "toàn xã có số hộ …"
_BODY_HAS = re.compile(r"^(?:nhà trường|toàn\s+(?:xã|phường|thị trấn|huyện|tỉnh|thôn|đảng bộ)|(?:" +
                       alternation(word_list("bodies_that_have")) + r")(?:\s+[^\W\d]+){0,3}?)\s+(?:đã\s+)?có\s+"
                       r"(?=(?:tỷ lệ|số)\s)", re.IGNORECASE)
_PLAN_LEAD = re.compile(r"^(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?:\s+(?:giao|đề ra|năm|quý|tháng|của [^\d,;]{1,30}?))*"
                        r"(?:\s+[\dIVX]+(?:/\d{4})?)?\s+(?=[^\W\d])", re.IGNORECASE)


_LEVEL_WORDS_LAST = re.compile(r"(?<=\w)\s+(?:ở\s+)?(?:mức\s+)?(?:không quá|không vượt quá|không dưới|không thấp hơn|tối đa|"
                               r"tối thiểu|ít nhất|dưới|trên|từ|hơn)\s*$", re.IGNORECASE)


def _strip_lead_ins(name: str) -> str:
    """"Theo Thứ trưởng …, trong 12 chỉ tiêu lớn năm nay, có 4 chỉ tiêu không đạt là tăng trưởng GDP", "Tuy nhiên, tốc
    độ tăng trưởng …": the adverbials and lead-ins before a target's own words, one after another."""
    for _ in range(4):
        # (the period may open what the lead-ins leave, "Theo báo cáo của UBND xã, năm 2020 tổng thu …", or the body that
        # has what is measured: "Năm học 2022 - 2023, nhà trường có tỷ lệ trẻ …")
        shorter = _BODY_HAS.sub("", _PERIOD_FIRST.sub("", _LEAD_IN.sub("", _ADVERBIAL.sub("", name), count=1).strip(),
                                                      count=1), count=1).strip()
        if shorter == name or len(re.findall(r"[^\W\d]+", shorter)) < 2:
            break
        name = shorter
    return name


@lru_cache(maxsize=8192)
def _name(sentence: str) -> str:
    """The target's own words: "Giải quyết việc làm mới cho 63 lao động, …" → "Giải quyết việc làm mới cho lao động"."""
    name = _LEAD_WORDS.sub("", sentence.strip(), count=1)
    # "Năm 2026 phấn đấu kết nạp từ 40 đảng viên …", "Quý III/2026, …": the period it is set for opens the sentence, the
    # target's words follow it (the name stopped at the year's digits: "Năm")
    unperiod = _PERIOD_FIRST.sub("", name, count=1)
    if unperiod != name and len(re.findall(r"[^\W\d]+", unperiod.split(",")[0])) >= 2:
        name = unperiod[:1].upper() + unperiod[1:]
    # "Kế hoạch năm 2026 tuyển 25 thanh niên …", "Dự toán chi ngân sách năm 2026 là 35 tỷ đồng": what is planned, not the plan
    unplanned = _PLAN_LEAD.sub("", name, count=1)
    if unplanned != name and len(re.findall(r"[^\W\d]+", unplanned.split(" là ")[0])) >= 2:
        name = unplanned
    # "Thực hiện vượt 1 chỉ tiêu đó là hằng năm, Ban Chấp hành … tổ chức 3 cuộc kiểm tra": what comes after the lead-in
    name = _LEAD_IN.sub("", name, count=1)
    name = _strip_lead_ins(name)
    unbodied = _BODY_FIRST.sub("", name, count=1)
    if unbodied != name:
        name = unbodied[:1].upper() + unbodied[1:]
    # "Ban Xây dựng Đảng hướng dẫn các chi bộ tạo nguồn, phấn đấu kết nạp thêm ít nhất 10 đảng viên": what is striven for
    striven = re.search(r",\s*phấn đấu\s+(?!(?:đến|trong|từ|tới|vào|hết|cuối)\b)(?=[^\W\d])", name, re.IGNORECASE)
    if striven and len(re.findall(r"[^\W\d]+", name[striven.end():])) >= 2:
        name = name[striven.end()][:1].upper() + name[striven.end() + 1:]
    # "Toàn xã có 12/14 thôn đạt chuẩn …": what is counted names it, not the place that has it
    name = re.sub(r"^toàn\s+(?:xã|phường|thị trấn|huyện|tỉnh|thôn|đảng bộ|ngành)\s+(?:đã\s+)?có\s+(?=\d)", "", name,
                  flags=re.IGNORECASE)
    lead_number = re.match(r"[\d.,/]+\s*(?:%\s*)?", name)
    if lead_number:
        name = name[lead_number.end():]
        # "21/30 thôn (70%) đạt danh hiệu thôn văn hóa": the share printed after the count is the result's, not a stop
        name = re.sub(r"^([^\W\d][^\d(),;]{0,30}?)\s*\(\s*\d{1,3}(?:,\d{1,2})?\s?%\s*\)", r"\1", name)
    match = re.search(r",|\s\(|\s(?:chiếm|bằng)\s", name) if lead_number else _NAME_END.search(name, 3)
    rest = ""
    if match:
        rest = name[match.start():] if not lead_number else name[match.end():]  # keep the number ("tổ chức 3 cuộc")
        name = name[:match.start()]
    # the words stating how the level compares are the level's, not the name's: "Phấn đấu kết nạp ít nhất | 50 đoàn viên",
    # "Phấn đấu tỷ lệ nợ xấu tối đa | 2%", "… thất nghiệp ở mức không quá | 3%"
    name = _LEVEL_WORDS_LAST.sub("", name)
    verb_last = re.search(r"(?:" + _VERB + r"|kết nạp|trồng|tuyển|đào tạo|giúp)$", name)
    if len(name.split()) <= 2 or verb_last or re.match(r"(?:có|trong tổng số|tổng số)\b", name, re.IGNORECASE):
        # "Có 32/34 tổ dân phố đạt danh hiệu …", "Kết nạp 21 đảng viên mới": the counted noun names it
        noun = re.match(r"\s*(?:[,:]\s*)?(?:(?:là|được|có)\s+)?[\d.,/]+\s*%?\s+(?P<noun>[^\d,;.()]{3,60}?)"
                        r"(?=\s*(?:[,;.(]|đạt|chiếm|bằng|$))", rest)
        if noun:
            # ("Nhà trường có 412 học sinh được …": who has them is no part of what is counted)
            lead = "" if re.match(r"(?:có|trong tổng số|tổng số)\b", name, re.IGNORECASE) or \
                re.match(r"\s*có\s", rest) else name + " "
            return _capital(lead + noun["noun"].strip())
    if _DANGLING.search(name):
        unit = re.match(r"\s*[\d.,]+\s+(?P<unit>[^\d,;.()]{2,30}?)(?=[,;.(]|\s+(?:đạt|bằng|chiếm)|$)", rest)
        if unit:
            name = f"{name} {unit['unit'].strip()}"
    name = name.strip(" ,;:.")
    name = re.sub(r"(?<=\w)\s+(?:năm|quý|tháng)$", "", name)  # "Chi ngân sách năm" of "… năm 2026 là 35 tỷ đồng"
    name = re.sub(r"(?<=\w)\s+(?:còn|giảm còn|giảm xuống còn|ước đạt|đạt|là)$", "", name)  # "Tỷ lệ hộ nghèo còn 2,1%"
    return name[:1].upper() + name[1:] if name else sentence[:60]


# ---------------------------------------------------------------- tasks

_TASK_HEADING = re.compile(r"nhiệm vụ|phương hướng|giải pháp|kết luận|tổ chức thực hiện|kế hoạch (?:tháng|quý|năm) tới|"
                           r"công tác trọng tâm|chương trình công tác|công việc (?:tháng|quý|năm|thời gian|trong thời gian) tới|"
                           r"kế hoạch (?:tháng|quý|năm)\s*[\dIVX]|trọng tâm (?:tháng|quý|năm)|phân công thực hiện|"
                           r"(?:yêu cầu|đề nghị)\s+(?:trong\s+)?(?:thời gian|tháng|quý|năm)\s+(?:sắp\s+)?tới|"
                           r"(?:các|những) (?:công )?việc (?:cần làm|sau (?:cuộc họp|hội nghị|đại hội|buổi sinh hoạt|kỳ họp))",
                           re.IGNORECASE)
# A body line that opens a list of tasks: "Chi bộ thống nhất các nội dung trọng tâm tháng 11:", "Phân công thực hiện:".
_PART_MARK = re.compile(r"\(\d{1,2}\)\s*\S")
# ("Các việc sau cuộc họp:", "Những việc cần làm trong quý IV:": the work the meeting leaves to do)
_LIST_INTRO = re.compile(r"nhiệm vụ|công việc|trọng tâm|phân công|giao|phương hướng|giải pháp|kết luận|thống nhất|"
                         r"triển khai|tập trung|(?:các|những) việc (?:sau|cần|tiếp theo)", re.IGNORECASE)
_PAST_HEADING = re.compile(r"^(?:đánh giá|kết quả|tình hình|hạn chế|thông tin)|đã thực hiện|tháng qua|vừa qua|"
                           r"kết quả thực hiện|(?:đánh giá|báo cáo) (?:kết quả|tình hình)", re.IGNORECASE)
_REPORTED = re.compile(r"^(?:lãnh đạo|công tác|kết quả|việc)?\s*(?:thực hiện|triển khai)\s+nhiệm vụ", re.IGNORECASE)
_TARGET_LEAD = re.compile(r"chỉ tiêu|mục tiêu", re.IGNORECASE)
_INLINE_INTRO = re.compile(r"(?:nhiệm vụ|giải pháp|phương hướng|nội dung|công việc|việc)[^.:]{0,120}?(?:gồm|sau|như sau|là)"
                           r"[^.:]{0,40}:|[Nn]hiệm vụ (?:tháng|quý|năm|thời gian|trọng tâm)[^.:;]{0,40}:"
                           r"|(?P<enum_only>(?:[Kk]ết luận|đề nghị|yêu cầu|nhấn mạnh|quán triệt)[^.:]{0,100}?:)")
_INLINE_INTRO_AT = Anchored(_INLINE_INTRO, ("nhiệm vụ", "giải pháp", "phương hướng", "nội dung", "công việc", "việc",
                                          "kết luận", "đề nghị", "yêu cầu", "nhấn mạnh", "quán triệt"))
_ENUM = re.compile(r"\((\d{1,2})\)\s*|(?:^|;\s*|\.\s+)([a-zđ])\)\s*")
_AGREED = re.compile(r"(?:Về|Đối với)\s+(?:nhiệm vụ|phương hướng)[^.,:;]{0,60},\s*(?:hội nghị|đại hội|chi bộ|Đảng ủy|"
                     r"Ban Thường vụ|Ban Chấp hành)[^.,:;]{0,30}?\s+(?:thống nhất|xác định|đề ra|nhất trí)\s+"
                     r"(?:(?:các|những)\s+(?:nhiệm vụ|giải pháp)[^.:;]{0,40}?:\s*)?", re.IGNORECASE)
_FORMULA = re.compile(r"^(?:(?:tổ chức|triển khai|thực hiện|theo dõi|đôn đốc|kiểm tra|báo cáo)(?:,?\s+(?:và\s+)?|$))+$",
                      re.IGNORECASE)
# The verbs a task opens with, after its owner ("Ban Xây dựng Đảng hướng dẫn …", "giao X giúp đỡ"): lower case,
# so "Ban Xây dựng Đảng", "Phòng Quản lý di sản" stay names.
TASK_VERBS = ("chủ trì", "thực hiện", "phụ trách", "hoàn thành", "hoàn chỉnh", "hoàn thiện", "xây dựng", "tổ chức",
              "rà soát", "chuẩn bị", "theo dõi", "báo cáo", "tham mưu", "triển khai", "đôn đốc", "phối hợp", "kiểm tra",
              "giám sát", "lập", "gửi", "làm", "soạn thảo", "tổng hợp", "thông báo", "liên hệ", "vận động", "nghiên cứu",
              "đề xuất", "hướng dẫn", "tiếp tục", "tập trung", "chỉ đạo", "quán triệt", "tuyên truyền", "nộp", "khắc phục",
              "khẩn trương", "duy trì", "đẩy mạnh", "tăng cường", "quản lý", "phát động", "cập nhật", "bố trí", "hỗ trợ",
              "giải quyết", "xử lý", "trình", "bồi dưỡng", "giúp đỡ", "phân công", "cung ứng", "kiện toàn", "ban hành",
              "chịu trách nhiệm", "đảm nhận", "đảm bảo", "bảo đảm", "cụ thể hóa", "cụ thể hoá", "rà soát", "thu", "nắm",
              "xác minh", "cử", "ra quân", "huy động", "sửa chữa", "nâng cấp", "thẩm định", "điều chỉnh", "hoàn tất", "giải ngân",
              "tích cực", "tham gia", "gương mẫu", "phấn đấu", "nêu cao", "tiếp thu", "kèm cặp", "sớm", "đưa", "đăng ký",
              "đóng đảng phí", "đóng góp", "nạo vét", "bàn giao", "thi công", "lắp đặt", "di dời",
              "thành lập", "củng cố", "tiến hành", "tìm kiếm", "tháo dỡ", "viết", "đẩy nhanh", "tổng kết", "sơ kết",
              "chủ động", "quan tâm", "kiểm kê", "đổi mới", "mua sắm", "ký kết")  # "thành lập" before "lập": "Ban công tác Mặt trận thành lập …" is owned by the Ban
_VERB = "|".join(sorted(set(TASK_VERBS), key=len, reverse=True)).replace("|trình|", "|(?<!công )trình(?!\\s+bày)|")
# the acts a "Giao X …" task may open with besides those: where X's name ends ("Giao Phòng Kinh tế khảo sát …", "Giao Chi
# đoàn giới thiệu …", "Giao Đảng ủy UBND xã lãnh đạo UBND xã …"; "lãnh đạo" only after the owner's first word, since "Giao
# lãnh đạo UBND xã …" names the leaders)
_GIAO_VERB = "khảo sát|giới thiệu|(?<=[\\w,] )lãnh đạo|" + _VERB
# ("trình" a plan to the Đảng ủy is a task; "trình bày" a draft at the meeting is the meeting's business)
_TASK_VERB = re.compile(r"(?<!\w)(?:" + _VERB + r")(?!\w)(?!\s+tri\b)")  # not "cử tri"
_GIAO = re.compile(r"(?<!bàn )(?<!trao )(?<!chuyển )(?<!được )(?<!việc )\b(?:(?:[Yy]êu cầu|[Pp]hân công|[Cc]hỉ đạo)(?=\s+(?:các\s+|đồng chí\s+|đ/c\s+)?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|(?<=[Yy]êu cầu)\s+các\s+(?:cấp ủy|cấp uỷ|chủ đầu tư|đoàn thể|đảng ủy|đảng uỷ|chi bộ|chi,\s*đảng bộ|đơn vị|ngành|sở|địa phương)\b|(?<=[Yy]êu cầu)\s+(?:công chức|cán bộ)\s+(?=[A-ZĐ]))|[Gg]iao)(?!\s+(?:thông|dịch|lưu|tiếp|nhận|hàng|ban|quyền|đất|"
                   r"khoán|ước|thoa|thừa|nộp|trả|chỉ tiêu|kế hoạch)\b)\s+(?:cho\s+)?(?P<owner>(?:(?!trình bày\b)[^;:.]){2,150}?)\s*,?\s+"
                   # (not the participle of the owner: "các công chức được phân công chuẩn bị …")
                   r"(?<!được )(?<!đã được )(?P<verb>" + _GIAO_VERB + r")\b")
_GIAO_AT = Anchored(_GIAO, ("yêu cầu", "phân công", "chỉ đạo", "giao"))
# a task item that opens with a request to a body by name: "2.4- Đề nghị UBND phường chỉ đạo …", "Đề nghị UBND các huyện
# A, B đẩy nhanh …": whom it asks owns it, as whom "Giao" names (read only where the item opens with it: "đề nghị" inside
# an opinion or a speech asks, it assigns nothing)
_REQUEST = re.compile(r"[Đđ]ề nghị\s+(?=(?:các\s+|đồng chí\s+|đ/c\s+)?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
                      r"(?P<owner>(?:(?!trình bày\b)[^;:.]){2,150}?)\s*,?\s+(?P<verb>" + _VERB + r")\b")
# Who a task item opens with: a body, a unit, a role or a named comrade ("Văn phòng Đảng ủy hoàn thiện …",
# "Các chi bộ tổ chức …", "Đồng chí Tổ trưởng tổ dân phố phối hợp …").
_OWNER_SUBJECT = re.compile(
    r"(?:[Cc]ác\s+|[Nn]hững\s+|[Mm]ỗi\s+|[Tt]oàn thể\s+|[Tt]ất cả\s+)?(?:[Đđ]ồng chí|[Đđ]/c|Văn phòng|Ban|Ủy ban|Uỷ ban|UBND|UBKT|Đảng ủy|Đảng uỷ|Chi ủy|Chi uỷ|"
    r"[Cc]hi bộ|[Pp]hòng|[Tt]ổ|Trạm|Trưởng|Phó|[Hh]ội|[Cc]hi hội|Đoàn|Chi đoàn|Bí thư|Chủ tịch|Giám đốc|Trung tâm|Chi cục|"
    r"Cục|Hạt|Sở|Công an|Mặt trận|[Xx]ã|Hợp tác xã|[Tt]rường|[Bb]ộ phận|[Cc]án bộ|[Cc]ông chức|Thủ trưởng|Hiệu trưởng|"
    r"Kế toán|Văn thư|[Tt]hôn|[Đđ]ảng viên|Bảo hiểm|Đội|Hội đồng|[Đđ]ơn vị|[Cc]ơ quan|Chi nhánh|Ủy viên|Thường trực|Kho bạc|Ngân hàng|Bệnh viện|"
    # "Các đoàn thể ra quân …", "Nhà thầu bổ sung nhân lực …", "Lãnh đạo UBND phường xây dựng …", "các cấp ủy tập trung …"
    r"[Đđ]oàn thể|[Nn]hà thầu|[Cc]hủ đầu tư|[Gg]iáo viên|[Tt]oàn chi bộ|[Ll]ãnh đạo(?=\s+(?:UBND|HĐND|Ủy ban|Uỷ ban|Sở|Phòng|Văn phòng|Trung tâm|Chi cục|"
    r"Công an|Đảng ủy|Đảng uỷ)\b)|[Cc]ấp ủy|[Cc]ấp uỷ|[Đđ]ảng ủy|[Đđ]ảng uỷ|Công ty|Tổng công ty|Nhà máy|"
    r"Xí nghiệp|Thuế|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu|[Nn]gành|[Đđ]ịa phương|"
    # "các đại biểu HĐND tăng cường tiếp xúc cử tri …": the delegates a session's closing speech asks
    r"(?<=[Cc]ác )đại biểu)(?!\w)")
# a named comrade opens a list item, whatever verb follows: "Đ/c Ma Văn Đức bàn giao công việc …"
_COMRADE_SUBJECT = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c)\s+(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ']*\s+){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ']*"
                              r"(?:\s*\([^()]{2,60}\))?(?=\s+[a-zà-ỹđ])")
_ISSUER_ITSELF = re.compile(r"^(?:Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ|Ban Chấp hành|Hội nghị|Đại hội|Hội đồng)$")
# When a task is due, read by its shape: an opener ("trước", "chậm nhất", "đến", "trong", "vào", "từ", a label "thời hạn:",
# "hạn") and a time — a day in any of the ways minutes write it ("ngày 30/11/2025", "ngày 25-9-2012", "ngày 5 tháng 10
# năm 2025", "30/11" after an opener), a month, a quarter, a year, a week of a month, the start or end of a period, a
# span of days, an occasion — whichever the opener and the time, not a list of phrasings (tests/core/test_task_deadlines.py).
_DAY = r"ngày\s+\d{1,2}(?:/\d{1,2}(?:/\d{4})?|-\d{1,2}-\d{4}|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\s+(?:hằng|hàng)\s+tháng)"
_BARE_DAY = r"\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])"
_WEEKDAY = r"(?:thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)"
# a period named by its number ("tháng 4/2025", "quý IV", "quý II năm 2026"), or the week of one ("tuần đầu tháng 7/2026")
_NUMBERED = r"(?:tháng|quý)\s+[\dIVX]+(?:/\d{4}|\s+năm\s+\d{4})?"
_WEEK_OF = r"tuần\s+(?:đầu|cuối|thứ\s+\w+)\s+(?:của\s+)?tháng\s+\d{1,2}(?:/\d{4})?"
# the start or the end of a period: "cuối năm", "hết quý II", "đầu năm học mới", "đầu năm 2027"
_EDGE = r"(?:cuối|hết|đầu)\s+(?:năm học|năm|quý|tháng)(?:\s+(?:\d{4}|[IV]+(?:/\d{4})?|\d{1,2}(?:/\d{4})?|này|nay|mới|tới))?(?![\w/])"
_DEADLINE = re.compile(r"(?:hoàn thành\s+|xong\s+|chậm nhất\s+(?!vào\s))?(?P<when>(?:trước|trong|chậm nhất(?:\s+vào)?|đến|từ nay đến)\s+"
                       r"(?:" + _DAY + r"|"
                       # (not the end of a period "từ 10/12 đến 15/12/2025")
                       r"(?:(?<=trước )|(?<=nhất )|(?<=đến )(?<!\d đến ))" + _BARE_DAY + r"|"
                       + _WEEK_OF + r"|" + _NUMBERED + r"|năm\s+\d{4}|"
                       # ("trong dịp Tết", "trước mùa mưa bão", "đến cuối năm": an occasion, the start of a season — not
                       # "trong mùa mưa", what is done while it lasts —, the period's end)
                       r"(?:tuần|vụ|đợt|dịp)\s+[^\W\d][^,;.()]{1,40}?(?=\s*(?:[,;.()]|$))|"
                       r"(?<=trước )mùa\s+[^\W\d][^,;.()]{1,30}?(?=\s*(?:[,;.()]|$))|"
                       r"(?<=đến )" + _EDGE + r"|"
                       # "trước khi kết thúc năm 2026": the period's end, told by its event
                       r"(?<=trước )khi\s+kết thúc\s+(?:năm học|năm|quý|tháng)(?:\s+(?:\d{4}|[IV]+(?:/\d{4})?|\d{1,2}(?:/\d{4})?|này|nay))?(?![\w/])|"
                       # "xong trong tháng", "trong tuần này": the period the meeting is in, closed by the clause
                       r"(?<=trong )(?:tuần|tháng|quý|năm học|năm)(?:\s+(?:này|tới|nay))?(?=\s*(?:[,;.()]|$))|"
                       # "trong vòng 15 ngày", "trong thời hạn 10 ngày làm việc": a span from now
                       r"(?:vòng|thời hạn)\s+\d+\s+(?:ngày|tuần|tháng)(?:\s+làm việc)?(?:\s+kể từ[^,;.()]{1,40}?(?=\s*(?:[,;.()]|$)))?|"
                       # "trong 03 ngày làm việc", "trước Tết Nguyên đán": a span of days, a holiday
                       r"(?<=trong )\d+\s+(?:ngày|tuần)(?:\s+làm việc)?(?:\s+kể từ[^,;.()]{1,40}?(?=\s*(?:[,;.()]|$)))?|"
                       r"(?<=trước )(?:dịp\s+)?Tết(?:\s+Nguyên đán)?(?:\s+[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*)?)?)"
                       # "từ ngày 15/11/2025 đến hết tháng 02/2026": a period to do it in
                       r"|(?P<span>từ\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+đến\s+(?:hết\s+)?(?:ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?|"
                       r"tháng\s+\d{1,2}(?:/\d{4})?))"
                       # "ngay từ đầu năm 2027", "ngay từ đầu năm học mới": the period it must start with (a start told by its
                       # date alone, "triển khai từ ngày 15/12/2026", is filed a deadline by four gold authors and not by three)
                       r"|ngay\s+từ\s+đầu\s+(?:năm học|năm|quý|tháng)(?:\s+(?:\d{4}|mới|tới))?(?![\w/])"
                       # "vào ngày 19/4/2026", "vào Chủ nhật 11/6/2017", "vào tháng 11/2024": the day or the month it is done
                       # on (not "phấn đấu đạt 93% vào cuối năm", the period of a level striven for)
                       r"|vào\s+(?:" + _DAY + r"|" + _WEEKDAY + r"\s+(?:ngày\s+)?" + _BARE_DAY + r"|tháng\s+\d{1,2}(?:/\d{4})?(?![\d/]))"
                       # "ngay sau khi bế mạc", "định kỳ hằng tháng": when, said without a date
                       r"|ngay sau (?:khi )?(?:bế mạc|kết thúc|hội nghị|đại hội|cuộc họp)[^,;.()]{0,30}?(?=\s*(?:[,;.()]|$))"
                       r"|định kỳ (?:hằng|hàng) (?:tuần|tháng|quý|năm))"
                       r"|(?P<meeting_when>(?:tại|vào) (?:kỳ (?:sinh hoạt|họp|giao ban)|buổi sinh hoạt|hội nghị|phiên (?:họp|giao ban)|cuộc họp) "
                       r"(?:(?:[^\W\d][^\d,;.()]{0,30}?\s)?(?:tháng|quý)\s+[\dIVX]+(?:/\d{4})?|"
                       r"(?:sơ kết|tổng kết)\s+(?:năm|quý|\d+\s+tháng)(?:\s+(?:\d{4}|[IV]+))?(?![\w/])))"
                       # "tại hội nghị Ban Thường vụ tháng 12", "tại phiên giao ban tháng 12", "tại hội nghị tổng kết năm":
                       # the occasion to report at, a time that recurs, no date
                       # "thời hạn: 25/12/2025", "hạn hoàn thành: trước ngày 30/11", "; hạn 31/3/2026": the deadline told by its label
                       r"|(?:thời hạn|hạn chót|hạn hoàn thành|thời gian hoàn thành|thời gian|(?:(?<=[;,] )|(?<=\())hạn)(?:\s+hoàn thành)?\s*:?\s*(?P<limit>(?:trước\s+)?"
                       r"(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])|(?:trong\s+)?" + _WEEK_OF + r"|(?:trong\s+)?(?:tháng|quý)\s+[\dIVX]+(?:/\d{4})?)",
                       re.IGNORECASE)
_OWNER_IN_ITEM = re.compile(r"\(?\s*(?:[Gg]iao\s+)?(?P<owner>(?:(?<=[(,;]\s)[Cc]ác\s+(?:đoàn thể|chi hội|tổ|ban|đồng chí)|"
                            r"(?<=[(,;])[Cc]ác\s+(?:đoàn thể|chi hội|tổ|ban|đồng chí)|"  # "(Chi ủy chỉ đạo, các đoàn thể thực hiện)"
                            r"[Đđ]ồng chí|[Đđ]/c|Chi ủy|Ban|Tổ|Phòng|UBND|Ủy ban|Văn phòng|"
                            r"Đoàn|Hội|Chi hội|Chi đoàn|Bí thư|Phó Bí thư|Trưởng|Cơ quan|Mặt trận|Công an)[^,;:()]{0,70}?)\s*"
                            r"(?:phụ trách|chủ trì|thực hiện|chịu trách nhiệm|theo dõi|tham mưu|chỉ đạo)\b"
                            # "(trách nhiệm: đ/c X, chi ủy viên)", "Người thực hiện: Văn phòng": the owner told by its label
                            r"|(?:[Tt]rách nhiệm|[Nn]gười thực hiện|[Nn]gười phụ trách|[Pp]hụ trách|[Đđ]ơn vị (?:chủ trì|thực hiện)|"
                            r"[Bb]ộ phận thực hiện)(?:\s*:\s*|\s+(?=(?:đồng chí|đ/c|Đ/c)\s))(?P<labelled>[^,;:()]{2,70}?)\s*(?=[,;()]|$)")


def read_tasks(text: str, lines: list[Line], sections: list[Section], body: range, dated: str | None = None) -> list[Task]:
    tasks: list[Task] = []
    covered: list[tuple[int, int]] = []
    active_level = None  # heading level of the task section we are in
    past_part = False  # under a top heading that reports results
    in_targets = False
    listed = False  # under a body line that opens a task list
    next_sibling = None  # the marker of the task heading's next sibling ("3." after "2. Nhiệm vụ …")
    columns = None  # a task table's columns (content, owner, deadline), once its header row is read
    doing = False  # the task section is "Tổ chức thực hiện": its prose assigns the work too
    numbered_intro = False  # the list was opened by a numbered part of the minutes ("3. Kết luận …: …"): "4." ends it
    for i in body:
        line = lines[i]
        raw = text[line.start:line.end]
        stripped = raw.strip()
        if not stripped:
            continue
        # "(4) Giải pháp, phân công:" over "- … : giao đ/c X, hoàn thành trước ngày …": a numbered part of the minutes that
        # opens a task list, written as an item of the "(1) (2) (3)" list of the meeting's parts
        part_intro = line.kind is LineKind.LIST_ITEM and bool(_PART_MARK.match(stripped)) and stripped.endswith(":") \
            and len(stripped) <= 160 and bool(_TASK_HEADING.search(stripped)) and not _TARGET_LEAD.search(stripped) \
            and not _PAST_HEADING.search(stripped[stripped.find(")") + 1:].strip())
        if active_level is None:
            # (a short item that ends its sentence and opens with who does it, "d) Văn phòng Sở theo dõi, tổng hợp tiến độ
            # hằng tuần.", is read as a heading by its shape alone: still an item of the list)
            if listed and numbered_intro and re.match(r"\s*\d{1,2}[.)]\s", raw):
                listed = False  # "4. Biểu quyết: …" after "3. Kết luận …: … các giải pháp sau:": the next part, no item
            if listed and (line.kind is LineKind.LIST_ITEM or line.kind is LineKind.HEADING and line.marker_end and
                           stripped.endswith(".") and _subject_owner(text, line.start + line.marker_end, line.end)
                           is not None) and not part_intro:
                found = _tasks_of_item(text, line.start + line.marker_end, line.end)
                tasks.extend(found)
                if found:
                    covered.append((line.start, line.end))
                continue
            # (the sentence that ends with ":" opens the list: "Đại hội biểu quyết thông qua Nghị quyết … . Đại hội
            # giao:"; a numbered part of the minutes may open it too: "3. Kết luận …: thống nhất các giải pháp sau:")
            opener = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", stripped)[-1]
            listed = part_intro or ((line.kind is LineKind.BODY or line.kind in (LineKind.LIST_ITEM, LineKind.HEADING)
                                     and line.marker_end and re.match(r"\s*\d{1,2}[.)]\s", raw)
                                     and not (line.kind is LineKind.HEADING and _TASK_HEADING.search(stripped)))
                                    and stripped.endswith(":") and len(stripped) <= 160
                                    and bool(_LIST_INTRO.search(opener)) and not _PAST_HEADING.search(opener)
                                    and not re.search(r"kết quả|đã (?:thực hiện|đạt)|tháng qua|vừa qua|biểu quyết|ý kiến",
                                                      opener, re.IGNORECASE))
            numbered_intro = listed and line.kind is not LineKind.BODY and not part_intro
            if listed:
                continue
        heading = line.kind is LineKind.HEADING or (line.kind is LineKind.BODY and stripped.endswith(":")
                                                    and len(stripped) <= 120)
        if line.kind is LineKind.HEADING:
            title = stripped[line.marker_end - (len(raw) - len(raw.lstrip())):] if line.marker_end else stripped
            if active_level is not None and line.level > active_level and not in_targets and _task_like(title) \
                    and line.marker_end and not _INLINE_TARGET_LEAD.match(title):  # not "1. Chỉ tiêu chủ yếu: …"
                found = _tasks_of_item(text, line.start + line.marker_end, line.end)
                tasks.extend(found)
                if found:
                    covered.append((line.start, line.end))
                continue
            if active_level is not None and line.level <= active_level:
                active_level = None
            if line.level <= 1:  # "I. KẾT QUẢ …": its sub-headings ("2. Lãnh đạo thực hiện nhiệm vụ …") report the past
                past_part = bool(_PAST_HEADING.search(title)) and not re.search(r"tới|sắp tới|phương hướng", title,
                                                                                re.IGNORECASE)
            if _TASK_HEADING.search(title) and not _PAST_HEADING.search(title) and active_level is None and \
                    not (past_part and line.level > 1 and _REPORTED.search(title)):
                active_level = line.level or 1
                in_targets = False
                doing = bool(_DOING_HEADING.search(title))
                number = re.match(r"\s*(\d{1,2})\.(?!\d)", raw)
                next_sibling = f"{int(number[1]) + 1}." if number else None  # "3." after "2. Nhiệm vụ …" ends it
                continue
            if active_level is not None:
                in_targets = bool(_TARGET_LEAD.search(title))
                continue
        if active_level is not None and heading and line.kind is LineKind.BODY:
            in_targets = bool(_TARGET_LEAD.search(stripped))
            continue
        if line.kind is not LineKind.TABLE_ROW:
            columns = None
        elif active_level is not None and not in_targets:
            # "TT | Nội dung công việc | Người thực hiện | Thời gian" then one row per task
            row = _row_cells(raw, line.start)
            if columns is None:
                columns = _task_columns([cell for cell, _ in row])
            elif columns:
                task = _table_task(row, columns)
                if task is not None:
                    tasks.append(task)
                    covered.append((line.start, line.end))
            continue
        if active_level is not None and next_sibling and line.kind is LineKind.LIST_ITEM and \
                re.match(r"\s*" + re.escape(next_sibling) + r"(?!\d)", raw) and \
                not _TASK_HEADING.search(raw[line.marker_end:line.marker_end + 60]):
            # the task heading's next sibling ("3. Ban Thường vụ thống nhất …"), unless it opens tasks of its own
            # ("4. Tổ chức thực hiện: Các chi bộ …"); one that assigns work itself ("3. Văn phòng Đảng ủy theo dõi, đôn
            # đốc việc thực hiện Thông báo này …") is the last task (who follows the conclusions up)
            active_level = next_sibling = None
            if _subject_owner(text, line.start + line.marker_end, line.end) is not None and \
                    _FOLLOW_UP.search(raw, line.marker_end):
                found = _tasks_of_item(text, line.start + line.marker_end, line.end)
                tasks.extend(found)
                if found:
                    covered.append((line.start, line.end))
            continue
        if active_level is not None and doing and line.kind is LineKind.BODY and not in_targets:
            found = _doing_prose(text, line.start, line.end)
            tasks.extend(found)
            if found:
                covered.append((line.start, line.end))
            continue
        if active_level is not None and line.kind is LineKind.LIST_ITEM and not in_targets:
            if _INLINE_TARGET_LEAD.match(raw, line.marker_end):
                continue  # "1. Chỉ tiêu chủ yếu: …": targets, not a task
            found = _tasks_of_item(text, line.start + line.marker_end, line.end)
            tasks.extend(found)
            if found:
                covered.append((line.start, line.end))
            continue
    covered_lines = {start for start, _ in covered}
    for i in body:
        line = lines[i]
        if line.start in covered_lines:
            continue
        raw = text[line.start:line.end]
        if not tags(raw) & {"intro", "agreed", "giao", "assigned"} and not (
                ("đề nghị" in raw or "Đề nghị" in raw) and _DIRECTING.search(raw)):
            continue  # (the conclusion's directive: "Đồng chí X kết luận, đề nghị đồng chí Y khắc phục, …")
        for found in _line_tasks(raw):
            tasks.append(Task(*(Field(raw[a:b], line.start + a, line.start + b) if a is not None else None
                                for a, b in found)))
    unique = {(t.text.start, t.text.end): t for t in tasks if not _DEFERRED.search(t.text.value)}
    return sorted((_not_before(_assigned(t), dated) for t in unique.values()), key=lambda t: t.text.start)


_DAY_WRITTEN = re.compile(r"(\d{1,2})(?:/|-|\s+tháng\s+)(\d{1,2})(?:/|-|\s+năm\s+)(\d{4})|tháng\s+(\d{1,2})/(\d{4})")


def _not_before(task: Task, dated: str | None) -> Task:
    """A day or month "vào" names before the document's date is when something happened ("Triển khai nghị quyết … ban
    hành vào ngày 20/02/2026" in minutes of March), not when the task is due."""
    deadline = task.deadline
    if deadline is None or not dated or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dated) or \
            not deadline.value.lower().startswith("vào"):
        return task
    day = _DAY_WRITTEN.search(deadline.value)
    if day is None:
        return task
    # (a month is before the document's only once it has ended: "vào tháng 3/2026" in minutes of 05/03/2026 is due)
    when = (int(day[3]), int(day[2]), int(day[1])) if day[3] else (int(day[5]), int(day[4]), 31)
    return replace(task, deadline=None) if when < (int(dated[:4]), int(dated[5:7]), int(dated[8:10])) else task


_DOING_HEADING = re.compile(r"tổ chức thực hiện", re.IGNORECASE)
# what a clause under "Tổ chức thực hiện" says that gives nobody a task of their own: a standing responsibility ("Chi ủy có
# / chịu trách nhiệm …": a duty the body always holds, not a task the meeting gives), the formula "căn cứ … tổ chức thực
# hiện", and "(triển khai / tổ chức / gương mẫu) thực hiện" with no object
_NO_OWN_TASK = re.compile(r"\btrách nhiệm\b")
_BARE_DOING = re.compile(r"(?:tổ chức|triển khai|gương mẫu|cùng)\s+thực hiện(?:\s*[,;.]|\s*$)", re.IGNORECASE)


def _doing_prose(text: str, start: int, end: int) -> list[Task]:
    """Tasks of a paragraph under "Tổ chức thực hiện" (no list marks): each clause that opens with who does what ("Chi ủy
    cụ thể hóa nghị quyết, phân công đảng viên …; định kỳ báo cáo Đảng ủy xã.", "Văn phòng Đảng ủy theo dõi, đôn đốc …"),
    the assignments a secretary lists from such a paragraph; the vote that adopts the text is none."""
    found: list[Task] = []
    for clause in re.finditer(r"[^;.]+(?:\.(?=\S)[^;.]*)*", text[start:end]):
        a, b = start + clause.start(), start + clause.end()
        a += len(text[a:b]) - len(text[a:b].lstrip())
        subject = _subject_owner(text, a, b)
        if subject is None or _VOTE_LINE.search(text, a, b) or _NO_OWN_TASK.search(text, a, b) \
                or re.search(r"\bcăn cứ\b", text[a:b]) \
                or _BARE_DOING.match(text, subject[2], b):
            continue
        task = _task(text, a, b)
        if task is not None:
            found.append(task)
    return found


# following the document up: "theo dõi, đôn đốc việc thực hiện …", "tổ chức thực hiện", "báo cáo kết quả"
_FOLLOW_UP = re.compile(r"\b(?:theo dõi|đôn đốc|tổ chức thực hiện|triển khai thực hiện|báo cáo kết quả|tổng hợp)\b")
_DEFERRED = re.compile(r"\bchưa (?:xem xét|biểu quyết|thông qua|quyết định|bàn)\b|\bsẽ (?:xem xét|đưa vào|trình|báo cáo|bàn)\b"
                       r"|\bđể (?:sau|lại)\b|\bxem xét sau\b")
_ROW_SPLIT = re.compile(r"\s*\|\s*|\t+")
_CONTENT_HEAD = re.compile(r"nội dung|công việc|nhiệm vụ", re.IGNORECASE)
_OWNER_HEAD = re.compile(r"người (?:thực hiện|phụ trách|chủ trì)|phụ trách|chủ trì|thực hiện|trách nhiệm|đơn vị|bộ phận|"
                         r"cơ quan", re.IGNORECASE)
_DEADLINE_HEAD = re.compile(r"thời gian|thời hạn|hoàn thành|tiến độ", re.IGNORECASE)


def _row_cells(raw: str, start: int) -> list[tuple[str, int]]:
    """A table row's cells (text, document offset), outer empty cells dropped."""
    found, at = [], 0
    for piece in _ROW_SPLIT.split(raw):
        at = raw.find(piece, at) if piece else at
        found.append((piece.strip(), start + at + len(piece) - len(piece.lstrip())))
        at += len(piece)
    while found and not found[0][0]:
        found.pop(0)
    while found and not found[-1][0]:
        found.pop()
    return found


def _task_columns(heads: list[str]) -> tuple[int, int | None, int | None] | tuple[()]:
    """(content, owner, deadline) column of a task table's header row; () when the row heads no task table."""
    content = next((i for i, h in enumerate(heads) if _CONTENT_HEAD.search(h) and len(h) <= 40), None)
    if content is None:
        return ()
    owner = next((i for i, h in enumerate(heads) if i != content and _OWNER_HEAD.search(h) and len(h) <= 40), None)
    deadline = next((i for i, h in enumerate(heads) if i not in (content, owner) and _DEADLINE_HEAD.search(h)
                     and len(h) <= 40), None)
    return (content, owner, deadline) if owner is not None or deadline is not None else ()


def _table_task(row: list[tuple[str, int]], columns: tuple[int, int | None, int | None]) -> Task | None:
    def field(i: int | None) -> Field | None:
        if i is None or i >= len(row) or not row[i][0]:
            return None
        return Field(row[i][0], row[i][1], row[i][1] + len(row[i][0]))

    text = field(columns[0])
    if text is None or len(text.value.split()) < 2:
        return None
    return Task(text, field(columns[1]), field(columns[2]))


@lru_cache(maxsize=32768)
def _line_tasks(text: str) -> tuple[tuple[tuple[int | None, int | None], ...], ...]:
    """Tasks of one line (line offsets), remembered per line text: "nhiệm vụ … gồm: (1) …; (2) …",
    "Về nhiệm vụ …, hội nghị thống nhất …; …", "giao X thực hiện Y trước ngày Z"."""
    found: list[Task] = []
    covered: list[tuple[int, int]] = []
    end_of_line = len(text)
    line_tags = tags(text)
    for intro in _INLINE_INTRO_AT.finditer(text) if "intro" in line_tags else ():
        if any(a <= intro.end() <= b for a, b in covered):
            continue
        if _PAST_HEADING.search(text[intro.start():intro.end()]) and "tới" not in text[intro.start():intro.end()]:
            continue
        if re.search(r"kết quả|đánh giá|đã thực hiện", text[max(0, intro.start() - 50):intro.start()], re.IGNORECASE):
            continue
        if _STUDIED.search(text, _clause_start(text, intro.start()), intro.end()):
            continue  # "… quán triệt nội dung Nghị quyết … về ba nhiệm vụ trọng tâm, gồm: …": a document studied, not tasks given
        items = list(_ENUM.finditer(text, intro.end(), end_of_line))
        if len(items) < 2 and intro["enum_only"] and not re.search(r"nhiệm vụ|giải pháp|công việc", intro[0],
                                                                       re.IGNORECASE) and not _assigned_clauses(text, intro.end()):
            continue  # "Kết luận: …" is a task list only when it numbers its items, or each clause names who does what
        if len(items) < 2:
            end = _sentence_end(text, intro.end(), end_of_line, stops=".")
            pieces = list(re.finditer(r"[^;]+", text[intro.end():end]))
            if len(pieces) >= 2:
                for piece in pieces:
                    task = _task(text, intro.end() + piece.start(), intro.end() + piece.end())
                    if task:
                        found.append(task)
                covered.append((intro.start(), end))
            continue
        for k, item in enumerate(items):
            end = items[k + 1].start() if k + 1 < len(items) else _sentence_end(text, item.end(), end_of_line)
            task = _task(text, item.end(), end)
            if task:
                found.append(task)
                covered.append((item.start(), end))
    for intro in _AGREED.finditer(text) if "agreed" in line_tags else ():
        if any(a <= intro.start() < b for a, b in covered):
            continue
        end = _sentence_end(text, intro.end(), end_of_line, stops=".")
        for piece in re.finditer(r"[^;]+", text[intro.end():end]):
            task = _task(text, intro.end() + piece.start(), intro.end() + piece.end())
            if task:
                found.append(task)
        covered.append((intro.start(), end))
    voted = _votes_in(text)  # "Chi bộ biểu quyết giao chi ủy …: 100% tán thành" is the vote's subject
    # (only in the vote's own clause: "Ban Thường vụ thống nhất (8/8 … tán thành) chủ trương …; giao Ban Xây dựng Đảng
    # hoàn chỉnh hồ sơ …" assigns a task after the vote)
    assigning = [m for m in _GIAO_AT.finditer(text) if not voted or not _VOTE_LINE.search(
        text, max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), 0),
        _sentence_end(text, m.start(), end_of_line))] if "giao" in line_tags else []
    # (read only where it is used: with a task assigned, or a "đề nghị" that may be the conclusion's directive)
    # (a sentence may open with it: "… . Đề nghị đ/c X viết …"; "yêu cầu chi ủy …" in a directive)
    proposed = "đề nghị" in text or "Đề nghị" in text or "yêu cầu" in text
    directing = bool(_DIRECTING.search(text)) if assigning or (not voted and proposed) else False
    if not voted and proposed and directing:
        # "Phát biểu chỉ đạo, đồng chí X đề nghị UBND phường hoàn thành …": the directive of the conclusion
        assigning = sorted(assigning + list(_DIRECTED.finditer(text)), key=lambda m: m.start())
    for match in assigning:
        if any(a <= match.start() < b for a, b in covered):
            continue
        if text[match.start()] == "G" and re.search(r"[A-ZĐÀ-Ỹ][^\W\d_]*\s+$", text[max(0, match.start() - 20):match.start()]):
            continue  # "Đảng bộ phường Thuận Giao lần thứ XIII …": a name, not the verb giao
        if re.search(r"\d{2}|[()]|\s(?:được|đã)$", match["owner"].strip()):
            continue  # "… giao từ đầu năm (vượt 141 ngàn tấn …) bổ sung", "các công chức được phân công …": no one assigned
        if match.re is _DIRECTED and match["owner"][:1].islower() and not re.match(r"(?:các|mỗi)\s", match["owner"]) and \
                not re.search(r"\d", (_deadline_in(text, match.start("verb"), _sentence_end(
                    text, match.start("verb"), end_of_line)) or [""])[0]):
            # "đề nghị chi bộ duy trì nền nếp …": an exhortation to the meeting's own body unless it sets a date; a next
            # clause of the same charge that sets one is a task ("…; hoàn thành tiêm mũi nhắc lại … trong tháng 4/2022")
            found += _dated_clauses(text, match, end_of_line)
            continue
        end = _sentence_end(text, match.start("verb"), end_of_line)
        pending = None  # "…, và các chi bộ trực thuộc tập trung …": a second owner and task in the same clause
        for joint in _AND_NEXT.finditer(text, match.start("verb"), end):
            subject = _subject_in(text[joint.end():end])
            if subject is not None and not re.match(r"(?:đồng chí|đ/c)\s", text[joint.end():], re.IGNORECASE):
                pending = (joint.end(), end, subject)
                end = joint.start()
                break
        deadline = _deadline_in(text, match.start("verb"), end)
        value = text[match.start("verb"):end].strip(" .;")
        if deadline is None and _FORMULA.match(value):
            continue  # "giao các phòng … tổ chức thực hiện": a formula, not a task
        # "các sở, ngành chức năng cần làm việc …", "giao đồng chí X tự tháo dỡ …", "đề nghị đồng chí Y nghiêm túc khắc phục"
        who = re.sub(r"\s+(?:cần|phải|sẽ|tự|nghiêm túc)$", "", match["owner"].strip())
        verb_at = match.start("verb")
        listing = _LIST_OPENED.match(value)
        if listing and len(value) - listing.end() >= 8:
            # "yêu cầu các chi bộ tập trung: xây dựng …, hoàn thành trong tháng 01; đẩy nhanh …; chuẩn bị …": the verb
            # opens a list of the owner's tasks, one a ";" clause, the first from its own verb
            verb_at, value = verb_at + listing.end(), value[listing.end():]
        found.append(Task(Field(value, verb_at, verb_at + len(value)),
                          Field(who, match.start("owner"), match.start("owner") + len(who)),
                          _when(deadline)))
        covered.append((match.start(), end))
        if pending is not None:
            at, stop, subject = pending
            value = text[at + subject[2]:stop].strip(" .;")
            found.append(Task(Field(value, at + subject[2], at + subject[2] + len(value)),
                              Field(text[at:at + subject[1]], at, at + subject[1]),
                              _when(_deadline_in(text, at + subject[2], stop))))
            covered.append((at, stop))
            end = stop
        # "…; giao UBND xã xây dựng …; các chi bộ tổ chức … trước ngày 20/01": the next clauses naming who does what;
        # in a conclusion's directive also the next sentences that open with who does what
        sentence_end = _sentence_end(text, end, end_of_line, stops=".")
        if directing:
            sentence_end = end_of_line
        cursor = end
        while cursor < sentence_end and (text[cursor] == ";" or directing and text[cursor] == "."
                                         and not re.match(r"\s*(?:Đồng chí|Đ/c|Ông|Bà)\s", text[cursor + 1:])):
            stop = _sentence_end(text, cursor + 1, sentence_end)
            clause_start = cursor + 1 + len(text[cursor + 1:stop]) - len(text[cursor + 1:stop].lstrip())
            subject = _subject_in(text[clause_start:stop])
            also = _ALSO.match(text, clause_start, stop)  # "…; đồng thời tập trung …": the same owner's next task
            if subject is None and also is not None:
                subject = (0, 0, also.end() - clause_start)
                value = text[also.end():stop].strip(" .;")
                found.append(Task(Field(value, also.end(), also.end() + len(value)), found[-1].owner,
                                  _when(_deadline_in(text, also.end(), stop))))
                covered.append((cursor, stop))
                cursor = stop
                continue
            if subject is None and found and _TASK_VERB.match(text, clause_start) and not _GIAO.match(text, clause_start) \
                    and (listing or directing and found[-1].deadline is not None or _deadline_in(text, clause_start, stop)):
                # (in a directive, also after a task given a date: "đề nghị chi bộ sớm xây dựng …, hoàn thành trong tháng
                # 7; quan tâm phát triển đảng viên …" — the speaker's next charge to the same body)
                # "giao Ban Xây dựng Đảng hướng dẫn …, hoàn thành trước ngày 20/12; tổng hợp kết quả, báo cáo … trước ngày
                # 25/12": the same owner's next task, with a deadline of its own (any, in a list opened with ":")
                value = text[clause_start:stop].strip(" .;")
                found.append(Task(Field(value, clause_start, clause_start + len(value)), found[-1].owner,
                                  _when(_deadline_in(text, clause_start, stop))))
                covered.append((cursor, stop))
                cursor = stop
                continue
            if subject is None or _GIAO.match(text, clause_start):
                break
            verb_at = clause_start + subject[2]
            value = text[verb_at:stop].strip(" .;")
            deadline = _deadline_in(text, verb_at, stop)
            found.append(Task(Field(value, verb_at, verb_at + len(value)),
                              Field(text[clause_start:clause_start + subject[1]], clause_start, clause_start + subject[1]),
                              _when(deadline)))
            covered.append((cursor, stop))
            cursor = stop
    for match in _ASSIGNED.finditer(text) if "assigned" in line_tags else ():  # "Các xã … khẩn trương khắc phục, báo
        if any(a <= match.end() < b for a, b in covered):  # cáo Sở trong tháng 11/2026.": who, what and by when
            continue
        stop = _sentence_end(text, match.end(), end_of_line, stops=".")
        piece = text[match.end():stop]
        subject = _subject_in(piece)
        deadline = _deadline_in(text, match.end(), stop)
        if subject is None or deadline is None or re.search(r"\bđã\b", piece[:subject[2] + 12]) or ":" in piece \
                or len(piece[:subject[1]].split()) > 8 or _GIAO.search(piece):
            continue  # not a report of what someone said ("Đồng chí X thông tin nội dung chỉ đạo …: …")
        verb_at = match.end() + subject[2]
        if any(a <= verb_at < b for a, b in covered):
            continue  # "Đồng chí X kết luận, đề nghị đồng chí Y khắc phục …": the directive read it, with its owner
        value = text[verb_at:stop].strip(" .;")
        found.append(Task(Field(value, verb_at, verb_at + len(value)),
                          Field(piece[:subject[1]], match.end(), match.end() + subject[1]),
                          _when(deadline)))
        covered.append((match.end(), stop))
    return tuple(tuple((f.start, f.end) if f is not None else (None, None) for f in (t.text, t.owner, t.deadline))
                 for t in found)


def _dated_clauses(text: str, match: re.Match, end_of_line: int) -> list[Task]:
    """The ";" clauses after an exhortation's first, in its sentence, that open with a task verb and set a day, a month
    or a year: the owner's tasks."""
    found = []
    owner = match["owner"].strip()
    cursor, stop_all = _sentence_end(text, match.start("verb"), end_of_line), _sentence_end(text, match.start("verb"),
                                                                                              end_of_line, stops=".")
    while cursor < stop_all and text[cursor] == ";":
        stop = _sentence_end(text, cursor + 1, stop_all)
        at = cursor + 1 + len(text[cursor + 1:stop]) - len(text[cursor + 1:stop].lstrip())
        deadline = _deadline_in(text, at, stop)
        if _TASK_VERB.match(text, at) and deadline is not None and re.search(r"\d", deadline[0]):
            value = text[at:stop].strip(" .;")
            found.append(Task(Field(value, at, at + len(value)),
                              Field(owner, match.start("owner"), match.start("owner") + len(owner)), _when(deadline)))
        cursor = stop
    return found


# a task verb that opens a list of tasks after a colon: "tập trung:", "thực hiện tốt các nhiệm vụ sau:"
_LIST_OPENED = re.compile(r"[^:;,.()\n]{0,40}:\s*(?=\S)")


def _deadline_in(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first deadline _DEADLINE reads in text[start:end] that its clause does not make another time: a day the data is
    counted to ("tính đến 28/02/2026", "từ đầu năm đến 28/02/2026": the end of a period measured, not of the work) or
    when something already done happened ("khắc phục các hạn chế đã chỉ ra vào tháng 01/2026")."""
    for match in _DEADLINE.finditer(text, start, len(text) if end is None else end):
        if match["when"]:
            at = match.start("when")
            clause = text[max(_clause_opening(text, at), start):at]
            opener = match["when"].split(maxsplit=1)[0].lower()
            if opener == "đến" and re.search(r"(?:\btính|\btừ\b(?!\s+nay\b).*)\s*$", clause, re.IGNORECASE):
                continue
            if opener == "vào" and re.search(r"\bđã\b", clause, re.IGNORECASE):
                continue
        return match
    return None


def _clause_opening(text: str, at: int) -> int:
    """Where the clause holding ``at`` opens: after the last stop, ";", ",", ":", bracket or line break before it."""
    return max(text.rfind(c, 0, at) for c in ".;,:(\n") + 1


def _when(match: re.Match | None) -> Field | None:
    """The deadline a _DEADLINE match read ("trước ngày 30/11", "tại kỳ sinh hoạt tháng 12/2026")."""
    if match is None:
        return None
    group = "when" if match["when"] else "meeting_when" if match["meeting_when"] else "span" if match["span"] else "limit"
    return Field(match[group], match.start(group), match.end(group))


# the conclusion's directive: "Phát biểu chỉ đạo (kết luận), đồng chí X đề nghị <owner> <task>"
# a sentence that presents a document being studied: its lists are that document's, not tasks given at the meeting
_STUDIED = re.compile(r"\b(?:quán triệt|học tập|phổ biến|giới thiệu)\s+(?:nội dung\s+)?(?:các\s+)?(?:Nghị quyết|Chỉ thị|Kết luận|"
                      r"Quy định|văn bản|nghị quyết|chỉ thị|kết luận)\b")


def _clause_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (after the last stop or line break before it)."""
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1


# (also "5. Kết luận: giao …", "Đồng chí X kết luận, đề nghị …": the conclusion's own label or verb)
_DIRECTING = re.compile(r"(?:[Pp]hát biểu (?:chỉ đạo|kết luận|bế mạc)|[Kk]ết luận (?:hội nghị|buổi sinh hoạt|cuộc họp|đại hội|"
                        r"phiên họp|kỳ họp|buổi làm việc)|(?<!\w)[Kk]ết luận\s*[,:]|"
                        # "Bế mạc kỳ họp, ông X đề nghị …": the closing speech directs too, as a conclusion does
                        r"[Bb]ế mạc (?:kỳ họp|hội nghị|đại hội|phiên họp|buổi sinh hoạt)\s*,)")
# whom the directive asks: a body by name, "các/mỗi …", or the meeting's own body in lower case ("đề nghị chi bộ sớm xây
# dựng …", "yêu cầu chi ủy hoàn thiện hồ sơ …": news write the chi bộ, chi ủy, cấp ủy without a capital)
_DIRECTED = re.compile(r"(?:(?<=[Đđ]ề nghị )|(?<=[Yy]êu cầu ))(?:cho\s+)?(?P<owner>(?:các\s+|mỗi\s+|đồng chí\s+|đ/c\s+)?"
                       r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^;:.]{1,150}?|(?:các|mỗi)\s+[^;:.]{2,150}?|"
                       r"(?:chi bộ|chi ủy|chi uỷ|cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|ban chấp hành|ban chi ủy|tập thể chi ủy)"
                       r"(?:\s+[^;:.\s]+){0,3}?)\s*,?\s+(?P<verb>" + _VERB + r")\b")
# (also after the task's label: "Lập sổ theo dõi học sinh yếu: giao các đ/c giáo viên chủ nhiệm, xong trong tháng 11")
_GIAO_TAIL = re.compile(r"(?:[-–;,:]\s*|\(\s*)[Gg]iao\s+(?!(?:chỉ tiêu|kế hoạch|nhiệm vụ|đất|khoán)\b)"
                        r"(?P<owner>[^,;:().]{2,70}?)\s*(?=[,;)]|\.?$)")
# "Chi cục Thủy lợi: tiếp thu …", "Công ty TNHH X: nạo vét …": a body or unit as the label of its task
_OWNER_COLON = re.compile(r"(?P<owner>(?:[Đđ]ồng chí|[Đđ]/c|[Cc]hi ủy|[Cc]hi đoàn|[Cc]hi hội|Ban|Tổ|Văn phòng|Phòng|Đoàn|Hội|"
                          r"UBND|Ủy ban|Trưởng|Phó|Bí thư|Các|Mỗi|Chi cục|Cục|Sở|Công ty|Tổng công ty|Trung tâm|Trạm|"
                          r"Hợp tác xã|Trường|Bệnh viện|Đảng ủy|Đảng uỷ|Mặt trận|Công an|Kho bạc|Ngân hàng|Chi nhánh|Đội|"
                          r"Hội đồng|Thường trực|Ủy viên|Kế toán|Văn thư|Bộ phận|Đơn vị|Cơ quan|Bảo hiểm)"
                          r"(?!\w)[^:;.()\d]{1,60}?)\s*:\s*")
def _assigned_clauses(text: str, start: int) -> bool:
    """"kết luận: Chi ủy có trách nhiệm chỉ đạo …; các đồng chí đảng viên tích cực …; đồng chí Trưởng thôn chịu trách
    nhiệm …": two or more clauses of one sentence, each opening with who does what."""
    end = _sentence_end(text, start, len(text), stops=".")
    pieces = [p.strip() for p in text[start:end].split(";") if p.strip()]
    owned = [_subject_in(p[:1].upper() + p[1:]) is not None for p in pieces]
    # a clause with no owner but a deadline is a task too ("…; các hộ hoàn thành thu hoạch trước 25/10")
    return len(pieces) >= 2 and sum(owned) >= 2 and all(o or _deadline_in(p) for o, p in zip(owned, pieces))


_AND_NEXT = re.compile(r",\s+và\s+")
# ("đồng thời" opens the same owner's next charge when a task verb opens it, "…; đồng thời trồng dặm diện tích chè …";
# not a remark, the speaker's own act nor another subject: "đồng thời biểu dương …", "đồng thời nhân dân …")
# ("đồng thời giao các chi hội …", a charge to others, opens with no task verb)
_ALSO = re.compile(r"\s*(?:đồng thời|và)\s+(?=(?:" + _VERB + "|" + alternation(word_list("also_task_verbs")) + r")\b)")
_VOTE_LINE = re.compile(r"biểu quyết|tán thành", re.IGNORECASE)
_votes_in = Gate(_VOTE_LINE)
# ("Nhiệm vụ sau đại hội: Chi ủy mới hoàn chỉnh hồ sơ …, gửi … trong vòng 5 ngày làm việc.": behind the label of the work
# that follows the meeting)
_ASSIGNED = re.compile(r"^\s*(?:\d{1,2}[.)]\s+|[a-zđ]\)\s+|[-–•+]\s*)?(?:" + r"(?:[Nn]hiệm vụ|[Cc]ác việc|[Nn]hững việc|"
                       r"[Cc]ông việc|[Vv]iệc)\s+(?:sau|tiếp theo|cần làm)[^:.;]{0,40}:\s+)?(?=\S)")  # a line (or a list item) that may open
# with its owner (checked by _subject_in): "5. Ủy ban Kiểm tra Đảng ủy tiếp tục kiểm tra …; báo cáo kết quả trong tháng 12"


_STOPS = {stops: re.compile(f"[{stops}]" + r"(?=\s|$)") for stops in (".;", ".")}


def _sentence_end(text: str, start: int, limit: int, stops: str = ".;") -> int:
    match = _STOPS[stops].search(text, start, limit)
    return match.start() if match else limit


_TOPIC = re.compile(r"^(?:Về|Đối với|Công tác|Lĩnh vực|Trên lĩnh vực|Nhiệm vụ|Giải pháp|Chỉ tiêu|Mục tiêu|Phương hướng)\b")


def _task_like(title: str) -> bool:
    """A numbered line under a task heading that is itself a task ("1. Rà soát hộ nghèo."), not a
    sub-topic ("1. Về công tác xây dựng Đảng")."""
    title = title.strip()
    if not title or title.isupper() or title.endswith(":") or _TOPIC.match(title):
        return False
    return title.endswith((".", ";")) or len(title.split()) >= 5


_DOING_LABEL = re.compile(r"\s*(?:Tổ chức thực hiện|Trách nhiệm thực hiện|Phân công thực hiện|Phân công)\s*:\s*(?=\S)")


# a clause that only names who carries the item out ("…; đồng chí X phụ trách, xong trước ngày 15/11", "…; Ban Tuyên giáo
# Hội chủ trì, hoàn thành trong quý I"): the item's owner, no task of its own (who answers for the work the item set)
_OWNS_THE_ITEM = re.compile(r"(?:phụ trách|chủ trì|thực hiện|chịu trách nhiệm|tham mưu)\b[\s,]*(?:và\s+)?"
                            r"(?:$|(?:hoàn thành|xong|thực hiện|báo cáo kết quả|trước|trong|chậm nhất|đến|từ)\b)")
# what someone said at the meeting, not a task given: "Đồng chí X đề nghị …", "Đồng chí Y phát biểu chỉ đạo"
_SAID = re.compile(r"\b(?:đề nghị|phát biểu|trình bày|nêu|cho rằng|ý kiến|kiến nghị)\b")


def _tasks_of_item(text: str, start: int, end: int) -> list[Task]:
    """A list item's tasks: one, or one per ";" clause when each opens with who does it ("Tổ chức thực hiện: Các chi
    bộ trực thuộc tổ chức quán triệt …; Văn phòng Đảng ủy theo dõi, đôn đốc …")."""
    label = _DOING_LABEL.match(text, start, end)
    if label:
        start = label.end()
    pieces = [p for p in re.finditer(r"[^;]+", text[start:end]) if p[0].strip()]
    if len(pieces) >= 2 and all(_subject_in(p[0].strip()) is not None for p in pieces):
        return [t for p in pieces if (t := _task(text, start + p.start(), start + p.end())) is not None]
    # a later sentence that opens with who does it is that one's task, apart from the item's own ("Đổi mới nội dung sinh
    # hoạt …. Đồng chí Phó Bí thư X phụ trách, xây dựng kế hoạch … trước ngày 31/01"); a ";" clause stays with its item
    # ("Tập trung kết nạp 06 đảng viên …; các chi bộ khu phố chủ động tạo nguồn …": one task of that owner, the clause
    # after ";" going on with the same charge)
    cuts = [a for clause in list(re.finditer(r"(?:^|(?<=\.\s))[^.]+?(?=\.\s|\.?$)", text[start:end]))[1:]
            if (a := start + clause.start() + len(clause[0]) - len(clause[0].lstrip())) is not None
            and (owned := _subject_owner(text, a, start + clause.end())) is not None
            and not _GIAO.match(text, a) and not _SAID.search(text, a, owned[2] + 1)
            and not _OWNS_THE_ITEM.match(text[owned[2]:start + clause.end()])]
    if cuts:
        bounds = [start] + cuts + [end]
        return [t for a, b in zip(bounds, bounds[1:])
                if (t := _task(text, a, b - 1 if b != end else b)) is not None]
    task = _task(text, start, end)
    return [task] if task else []


def _task(text: str, start: int, end: int) -> Task | None:
    label = _DOING_LABEL.match(text, start, end)
    if label:
        start = label.end()
    value = text[start:end].strip().rstrip(" ;.")
    if len(value) < 8 or _DEFERRED.search(value) or _VOTE_TALLY.match(value):
        return None  # (nor "34/37 đồng chí tán thành, đạt 91,9%", "không tán thành: không": the vote's lines, no task)  # "giao Văn phòng nghiên cứu, chưa xem xét tại cuộc họp này": put off, nobody is to do it yet
    at = start + len(text[start:end]) - len(text[start:end].lstrip())
    owner = deadline = None
    giao = _GIAO_AT.search(text, start, end)
    subject = _subject_owner(text, at, end)
    comrade = _COMRADE_SUBJECT.match(text, at, end) if subject is None else None
    stop = comrade.end() if comrade else at
    if comrade and "(" not in comrade[0]:  # the letter class holds "đ": "Đ/c Lê Văn Hòa đôn đốc …" names "Lê Văn Hòa"
        words = list(re.finditer(r"\S+", text[at:comrade.end()]))
        while len(words) > 3 and not words[-1][0][:1].isupper():
            words.pop()
        stop = at + words[-1].end()
    if comrade and len(text[at:stop].split()) >= 3 and not re.match(
            r"\s+(?:đã|được|bị|là|có|vắng|phát biểu|trình bày|báo cáo|nêu|cho rằng|đề nghị)\b", text[stop:end]):
        # a list item that opens with a named comrade, whatever verb follows: "Đ/c Ma Văn Đức bàn giao công việc …"
        subject = (at, stop, stop + len(text[stop:end]) - len(text[stop:end].lstrip()))
    named = _OWNER_COLON.match(text, at, end)
    rest = text[named.end():end] if named else ""
    if named and subject is None and giao is None and (_TASK_VERB.match(rest.lower()) or (
            rest[:1].islower() and len(rest.split()) >= 3)):  # "Công ty X: nạo vét kênh N2 …": a verb not listed
        # "- Đồng chí Trần Văn An: phụ trách công tác thu quỹ …", "Chi đoàn thanh niên: tổ chức ra quân …"
        subject = (at, at + len(named["owner"].rstrip()), named.end())
    if giao and (giao.start() - at <= 3 or (subject and giao.start() < subject[2])):
        # "Giao X chủ trì Y", "Chi ủy giao đồng chí X hoàn chỉnh Y": the task is Y, X its owner
        owner_end, at = _body_name_end(text, giao.start("owner"), giao.end("owner"), giao.start("verb"), end)
        owner = _owner_field(text, giao.start("owner"), owner_end)
        value = text[at:end].strip().rstrip(" ;.")
    elif subject is None and (request := _REQUEST.match(text, at, end)) is not None:
        owner = _owner_field(text, request.start("owner"), request.end("owner"))
        at = request.start("verb")
        value = text[at:end].strip().rstrip(" ;.")
    elif subject:  # "Ban Xây dựng Đảng hướng dẫn Y": the subject owns Y
        owner_end, at = _body_name_end(text, subject[0], subject[1], subject[2], end)
        owner = _owner_field(text, subject[0], owner_end)
        value = text[at:end].strip().rstrip(" ;.")
    else:
        # ("(Chi ủy chỉ đạo, các đoàn thể thực hiện)": who does it owns it, not who directs it; "(Trưởng thôn chỉ đạo)" alone
        # names the one answerable)
        matches = list(_OWNER_IN_ITEM.finditer(text, start, end))
        match = next((m for m in matches if not (m["owner"] and text.startswith("chỉ đạo", m.end() - len("chỉ đạo")))),
                     matches[0] if matches else None)
        if match:
            group = "owner" if match["owner"] else "labelled"
            said = match[group].strip().rstrip(".")
            begin = match.start(group)
            if giao and text.startswith(("giao", "Giao"), giao.start()) and giao.start("owner") < begin and \
                    ";" not in text[giao.start():begin]:
                # "…; giao đồng chí Lê Văn An, Trưởng thôn thực hiện": the owner is whom "giao" names, with the role
                # after its comma ("Trưởng thôn thực hiện" alone kept the role only)
                said, begin = text[giao.start("owner"):begin + len(said)], giao.start("owner")
            owner = Field(said, begin, begin + len(said))
        elif giao and text.startswith(("giao", "Giao"), giao.start()):
            # "…; chỉ đạo Chi bộ A giới thiệu …" inside another task: only a "giao" there names the item's owner
            owner = _owner_field(text, giao.start("owner"), giao.end("owner"))
        elif (tail := _GIAO_TAIL.search(text, start, end)) is not None:
            # "Hoàn thành xử lý 06 hồ sơ tồn đọng – giao Văn phòng Đăng ký đất đai, thời hạn trước ngày 31/7"
            owner = Field(tail["owner"].strip(), tail.start("owner"), tail.start("owner") + len(tail["owner"].strip()))
        else:
            owner = _dash_owner(text, start, end) or _closing_owner(text, at, end)
    found = _deadline_in(text, start, end)
    if found:
        deadline = _when(found)
    return Task(Field(value, at, at + len(value)), owner, deadline)


# a body whose name holds a verb ("Ban Quản lý dự án đầu tư xây dựng huyện", "Trung tâm Phát triển quỹ đất thành phố"):
# the name runs on through the verb to its place, and the task's own verb comes after it
_BODY_OPENING = re.compile(r"(?:Ban|Trung tâm|Phòng|Quỹ|Công ty|Chi cục|Hạt|Đội|Hợp tác xã|Văn phòng)\s")
_NAME_RUNS_ON = re.compile(r"(?:xây dựng|phát triển|bảo vệ|quản lý|đầu tư|bảo trì|kiểm soát)(?:\s+(?:và\s+)?[a-zđà-ỹ]+){0,3}?"
                           r"\s+(?:khu vực\s+)?(?:huyện|xã|tỉnh|phường|thị xã|thành phố|quận|thị trấn)(?:\s+[A-ZĐÀ-Ỹ][\w']*)*"
                           r"(?=\s+(?:" + _VERB + r")(?!\w))")
# a deadline the owner's words ran into: "Giao Văn phòng Đảng ủy trong tháng 7/2024 tổng hợp …"
_WHEN_IN_OWNER = re.compile(r"\s*,?\s+(?:trong|trước|chậm nhất|đến|từ nay đến|ngay trong)\s+(?:ngày|tháng|quý|năm|tuần|đợt|\d)")


def _body_name_end(text: str, start: int, owner_end: int, verb: int, end: int) -> tuple[int, int]:
    """(end of the owner, start of the task's verb): past a verb inside the body's own name when its place follows."""
    if _BODY_OPENING.match(text, start, owner_end):
        runs_on = _NAME_RUNS_ON.match(text, verb, end)
        if runs_on:
            after = re.compile(r"\s+").match(text, runs_on.end(), end)
            return runs_on.end(), after.end() if after else runs_on.end()
    return owner_end, verb


# who gave the task, then whom: "Hội nghị giao Ủy ban nhân dân phường" owns nothing, the body it names does
_ASSIGNED_TO = re.compile(r"[^,;:]{2,60}?\s+(?:giao(?:\s+cho)?|đề nghị|yêu cầu|phân công)\s+"
                          r"(?P<to>các\s+[^;:]+|(?:đồng chí\s+|đ/c\s+)?[A-ZĐÀ-Ỹ][^;:]*)$")
# a vote's lines under a list heading: "34/37 đồng chí tán thành, đạt 91,9%", "không tán thành: không", "ý kiến khác: 0"
_VOTE_TALLY = re.compile(r"(?:\d+\s*/\s*\d+\s+(?:đồng chí|đảng viên|đại biểu|ủy viên|uỷ viên|thành viên|phiếu)\b[^,;.]{0,50}?"
                         r"\b(?:tán thành|đồng ý|nhất trí)\b|"
                         r"(?:không tán thành|không đồng ý|không nhất trí|ý kiến khác|không biểu quyết)\s*:)", re.IGNORECASE)


def _assigned(task: Task) -> Task:
    """The task's owner is whom the assigning verb names ("Hội nghị giao Ủy ban nhân dân phường" → "Ủy ban nhân dân
    phường", "đ/c Bí thư đề nghị các chi bộ" → "các chi bộ"), not who assigned it."""
    owner = task.owner
    assigned = _ASSIGNED_TO.match(owner.value) if owner else None
    if assigned is None:
        return task
    return replace(task, owner=Field(assigned["to"], owner.start + assigned.start("to"), owner.start + assigned.end("to")))


def _owner_field(text: str, start: int, end: int) -> Field:
    """The owner without the position after a named comrade ("đồng chí X, Phó Bí thư chi bộ,") and without the deadline
    written between the owner and the verb ("Giao UBND xã trước ngày 30/7 hoàn thành …": the deadline is told apart)."""
    when = _WHEN_IN_OWNER.search(text, start, end)
    if when and when.start() > start:
        end = when.start()
    owner = text[start:end].strip().rstrip(",")
    if re.match(r"(?:đồng chí|đ/c)\s", owner, re.IGNORECASE) and "," in owner:
        owner = owner.split(",")[0].strip()
    at = start + text[start:end].find(owner)
    return Field(owner, at, at + len(owner))


def _subject_owner(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(owner start, owner end, task verb start) when the item opens with who does it."""
    item = text[start:end]
    found = _subject_in(item[:1].upper() + item[1:])  # "…; chi ủy hoàn thiện hồ sơ …": a clause in lower case
    return (start + found[0], start + found[1], start + found[2]) if found else None


# the kinds of unit a list of owners names after a comma in lower case: "các chi bộ thôn, làng", "các chi, đảng bộ trực
# thuộc", "các phòng, ban chuyên môn"
_UNIT_KIND = re.compile(r"(?:làng|bản|xóm|ấp|buôn|tổ dân phố|khu phố|khu dân cư|đảng bộ|chi bộ|ban|ngành|đoàn thể|"
                        r"đơn vị|cơ quan|địa phương|trường học|tổ)(?:\s+[^\W\d]+){0,2}")


# a clause that opens with a condition: "trường hợp đủ điều kiện thì …", "nếu chưa xong thì …", "khi có quyết định …"
_CONDITION = re.compile(r"(?:(?:trong\s+)?trường hợp|nếu|khi)\b|.*\sthì$", re.IGNORECASE)


# a named comrade with the role between commas: "Đồng chí Võ Thị Hạnh, Tổng phụ trách Đội, …"
_APPOSED_ROLE = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c)\s+(?:[A-ZĐÀ-Ỹ][^\s,]*\s+){1,4}[A-ZĐÀ-Ỹ][^\s,]*\s*,(?:\s*[^\s,;:.]+){1,6}\s*,\s*")


@lru_cache(maxsize=32768)
def _subject_in(item: str) -> tuple[int, int, int] | None:
    if not _OWNER_SUBJECT.match(item) or _TASK_VERB.match(item[:1].lower() + item[1:]):
        return None  # "Tổ chức hội nghị …" opens with its verb
    verb = _TASK_VERB.search(item)
    apposed = _APPOSED_ROLE.match(item)
    if verb is not None and apposed is not None and verb.start() < apposed.end():
        verb = _TASK_VERB.search(item, apposed.end())  # "Đồng chí X, Tổng phụ trách Đội, tổ chức …": the role's words
    if verb is None or verb.start() == 0:
        return None
    subject = item[:verb.start()].rstrip(" ,")
    if not subject or len(subject.split()) > 14 or re.search(r"[;:.(]", subject) or _CONDITION.match(subject):
        return None  # (nor "trường hợp đủ điều kiện thì lập hồ sơ …": a condition of the task before, no one's name)
    if re.match(r"(?:đồng chí|đ/c)\s+\w+\s+[A-ZĐ]", subject, re.IGNORECASE) and "," in subject:
        # "Đồng chí X, Phó Bí thư chi bộ, liên hệ …", "Đồng chí X, chi ủy viên, tiếp tục bồi dưỡng …": the comrade
        subject = subject.split(",")[0].rstrip()
    if any(not (piece.strip()[:1].isupper() or _OWNER_SUBJECT.match(piece.strip()) or _UNIT_KIND.fullmatch(piece.strip()))
           for piece in subject.split(",")[1:]):
        return None  # "Kho bạc kiểm soát, thanh toán ngay khi …": a comma inside the task, not a list of owners
    subject = re.sub(r"\s+(?:có trách nhiệm|cần|phải|sẽ)$", "", subject)  # "Chi ủy có trách nhiệm chỉ đạo …": Chi ủy
    if re.search(r"\d\s*/\s*\d|\b(?:thống nhất|nhất trí|biểu quyết|tán thành)\b", subject):
        return None  # "Ban Thường vụ thống nhất 9/9 ý kiến đề nghị UBND tỉnh hỗ trợ …": a vote on a proposal, no owner
    if re.search(r"\s(?:đã|được|bị|vì)(?:\s|$)", subject):
        return None  # "Đồng chí X được khen thưởng vì hoàn thành …": a report of what befell someone, no owner
    if _ISSUER_ITSELF.match(subject):
        return None  # "Chi bộ tiếp tục lãnh đạo …" in the chi bộ's own resolution: no one is assigned
    return 0, len(subject), verb.start()


# who does an item, after a spaced dash at its end: "… - đ/c Lê Văn Thạnh.", "… – Chi đoàn thanh niên, xong trước …", "… -
# Văn phòng Đảng ủy tham mưu, trình …", "… - do bà X, Phó Trưởng phòng, phụ trách, hoàn thành …" (blind2, blind13, dev13)
_DASH = re.compile(r"\s[-–]\s+(?:do\s+)?")
_OWNER_VERB = re.compile(r"\s*,?\s+(?:phụ trách|thực hiện|chủ trì|tham mưu|theo dõi|chịu trách nhiệm)\b")
_OWNER_START = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c|[Bb]à|[Ôô]ng)\s+[A-ZĐÀ-Ỹ]|(?!xã hội\b)")


def _dash_owner(text: str, start: int, end: int) -> Field | None:
    dashes = list(_DASH.finditer(text, start, end))
    if not dashes:
        return None
    at = dashes[-1].end()
    tail = text[at:end].rstrip(" .;")
    verb = _OWNER_VERB.search(tail)
    cut = verb.start() if verb and not re.search(r"[;:()]", tail[:verb.start()]) and verb.start() <= 90 else \
        min([m.start() for m in re.finditer(r"[,;:(]", tail)] + [len(tail)])
    said = tail[:cut].strip()
    if not said or len(said.split()) > 14 or not _OWNER_START.match(said) or not (
            re.match(r"(?:[Đđ]ồng chí|[Đđ]/c|[Bb]à|[Ôô]ng)\s+[A-ZĐÀ-Ỹ]", said) or _subject_in(said + " thực hiện") == (
            0, len(said), len(said) + 1)):
        return None  # "… kinh tế - xã hội …", "năm học 2024 - 2025": no one after the dash
    if cut != (verb.start() if verb else -1) and re.match(r"(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hôn|[Đđ]ặc khu)\s", said):
        return None  # "Nâng cấp tuyến đường ĐT 741 - phường Tân An": where, not who (unless it does: "- Phường A thực hiện")
    return Field(said, at, at + len(said))


def _closing_owner(text: str, start: int, end: int) -> Field | None:
    """"…, hoàn thành trước ngày 15/12; Văn phòng Đảng ủy tham mưu.": a last clause naming who does it."""
    cut = text.rfind(";", start, end)
    if cut < 0:
        return None
    clause = text[cut + 1:end].strip().rstrip(" .;")
    found = _subject_in(clause[:1].upper() + clause[1:])  # "…; trưởng các thôn chịu trách nhiệm …": in lower case
    if not found or re.match(r"mỗi\s", clause, re.IGNORECASE):
        # (a duty of each, "…; mỗi đảng viên đóng góp tối thiểu 01 ngày lương", assigns no one: each member does it, none is answerable)
        return None
    # "…; Ban Xây dựng Đảng hướng dẫn các chi bộ hoàn tất hồ sơ trước ngày 15/12", "…; các chi hội trưởng vận động, báo
    # cáo kết quả …": who does the item, whatever more the clause says (the owner opens the clause)
    at = cut + 1 + text[cut + 1:end].find(clause)
    return Field(clause[found[0]:found[1]], at + found[0], at + found[1])


# ---------------------------------------------------------------- targets the quantity layer pairs

# "kế hoạch trồng rừng thay thế năm 2026 là 320 ha": the plan word, then what is planned, then the period or "là"
_PLAN_NAMED = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)\s+(?:(?:giao|đề ra|năm|của [^\d,;]{1,40}?)\s+)?"
                         r"(?P<name>[^\W\d][^\d,;:()]{2,80}?)\s*(?:(?:năm|quý|tháng|nhiệm kỳ|giai đoạn)\s+[\dIVX]|là\b|:|đề ra\b|giao\b)",
                         re.IGNORECASE)
_CEILING_BEFORE = re.compile(r"(?:dưới|không quá|tối đa|không vượt quá|giảm còn|giảm xuống còn|xuống dưới)\s*$", re.IGNORECASE)
# "Tính đến 30/11/2026:", "đến 25/11 đã trồng được …", "lũy kế 10 tháng": a result measured before the period ends
_SO_FAR_DATE = re.compile(r"(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?(?!31/12)\d{1,2}/\d{1,2}(?!\d)|đến nay|lũy kế|luỹ kế|"
                          r"từ đầu năm", re.IGNORECASE)


_EXCESS_BEFORE = re.compile(r"\bvượt\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|KH)(?:\s+(?:năm|đề ra|giao))?\s*$",
                            re.IGNORECASE)


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    """The sentence holding ``at``: from after ". " (or the line's start) to its "." (or the line's end)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    stops = [m.end() for m in re.finditer(r"\.\s+(?=[A-ZĐÀ-Ỹ])", text[line_start:at])]
    start = line_start + (stops[-1] if stops else 0)
    end = re.compile(r"\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*$)").search(text, at, line_end)
    return start, end.end() if end else line_end


def so_far(text: str, at: int) -> bool:
    """The sentence up to ``at`` measures part of the period: "Tính đến 30/11/2026: …", "đến 25/11 đã trồng …"."""
    start, _ = _sentence_of(text, at)
    return bool(_SO_FAR_DATE.search(text, start, at))


def layer_targets(text: str, pairs: list[tuple], known: list[Target], doc_period: str | None, year: int | None,
                  doc_date: str | None) -> list[Target]:
    """Targets the quantity layer reads as a result against its plan (``pairs``: result and plan spans, values,
    unit, share) that no other reading took: "tổng thu ngân sách 48,36 tỷ đồng/52 tỷ đồng dự toán …, đạt 93%",
    "kế hoạch trồng rừng thay thế năm 2026 là 320 ha; đến 25/11 đã trồng được 251,2 ha, đạt 78,5%". The plan
    that comes first names the target; else the words before the result do. Progress towards a year's plan
    before the year ends ("đến 25/11", a report of 11 months, a document dated April to November) is "tiến độ"."""
    found: list[Target] = []
    short_doc = bool(doc_period and _SHORT_PERIOD.search(doc_period))
    dated_short = bool(doc_date and year and doc_date[:4] == str(year) and "04" <= doc_date[5:7] <= "11")
    for r_start, r_end, p_start, p_end, result, target, unit, share, r_text, p_text, cued in pairs:
        first, last = min(r_start, p_start), max(r_end, p_end)
        if any(t.start <= first < t.end or t.start <= last - 1 < t.end or first <= t.start < last for t in known + found):
            continue
        if any(t.target == target and t.result == result for t in known + found):
            continue
        s_start, s_end = _sentence_of(text, first)
        sentence = text[s_start:s_end]
        if cued and not re.search(r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|nghị quyết|\b(?:KH|NQ)\b", sentence, re.IGNORECASE):
            continue  # "kinh phí được giao 2,46 tỷ đồng, đã sử dụng 2,31 tỷ đồng": money spent of an allocation, no target
        name = None if cued else _work_name(text, s_start, r_start, p_end, unit)
        if p_start < r_start:
            named = None
            for named in _PLAN_NAMED.finditer(text, max(s_start, p_start - 120), p_start):
                pass
            if named is not None:
                name = named["name"].strip()
        if name is None:  # the words before the result, in its clause ("Tính đến 30/11/2026: tổng thu … 48,36 tỷ đồng")
            stops = list(re.finditer(r"[;:]\s*", text[s_start:first]))
            lead_in = s_start + (stops[-1].end() if stops else 0)
            if stops and stops[-1][0].startswith(":") and not text[lead_in:first].strip():
                # "Tập huấn khoa học kỹ thuật: 23/25 lớp, đạt 92% KH": nothing before the result, the label names it
                name = _name(text[s_start + (stops[-2].end() if len(stops) > 1 else 0):s_start + stops[-1].start()])
            else:
                # the result's own clause after a comma, when it opens on its own words ("diện tích lúa đạt 320 ha, kết
                # nạp 5 đảng viên trên chỉ tiêu 4"), not on a cue ("Tổng thu ngân sách trên địa bàn, ước đạt 48,36 tỷ")
                comma = text.rfind(",", lead_in, first)
                own = comma >= 0 and _OWN_CLAUSE.match(text, comma + 1, first)
                name = _name(text[comma + 1 if own else lead_in:s_end])
        if not name or not name[:1].isalpha():
            continue
        comparator = "<=" if _CEILING_BEFORE.search(text, max(0, p_start - 20), p_start) or (
            # "Tỷ lệ hộ nghèo đạt 2,1%; chỉ tiêu Nghị quyết đề ra là 2,5%": a bare plan of a better-lower indicator
            lower_is_better(text[s_start:first]) and not _PLAN_CUT.search(text, max(s_start, p_start - 20), p_start)) else ">="
        if _EXCESS_BEFORE.search(text, max(0, p_start - 40), p_start) and result > target:
            target = round(result - target, 6)  # "đạt 10.126 tấn, vượt kế hoạch 326 tấn": the plan was 9.800 tấn
            p_text = _vn(target)
        verdict = verdict_of(result, target, comparator)
        progress = None
        percent = text.find("%", r_end, s_end) if share is not None else -1
        explained = _CAUSE_AFTER.match(text, percent + 1 if percent >= 0 else r_end)
        # "gieo cấy 612/740 ha lúa hè thu (82,7%) do mưa lớn": the shortfall explained is judged, not under way
        if verdict == "chưa đạt" and not (explained and not cued):
            yearly = _yearly_plan(sentence) or not cued  # work done of an amount to do, no plan word: that amount
            under_way = short_doc or bool(_SHORT_PERIOD.search(sentence)) or so_far(text, r_start) or (
                (dated_short or _led_by_part(text, r_start)) and not _closed(sentence, year))
            if yearly and under_way:
                verdict = "tiến độ"
                progress = f"tiến độ {_pct(result / target * 100)}% kế hoạch năm" if target else "tiến độ"
        period_match = next((m for m in _PERIOD.finditer(sentence)
                             if not re.search(r"so với\s*(?:cùng kỳ\s*)?$", sentence[:m.start()], re.IGNORECASE)), None)
        # (work counted against the amount to do keeps the noun the layer counted: "ha", "km", "liều")
        written_unit = None if not cued else (_written(r_text, result, sentence)[1] or _written(p_text, target, sentence)[1] or "").rstrip("/ ") or None
        unit = written_unit if written_unit and (written_unit == "%" or not unit or unit.lower() in written_unit.lower()
                                                 or len(written_unit.split()) > 1) else unit
        found.append(Target(_capital(name), first, last, target, result, unit,
                            period_match[0] if period_match else doc_period, verdict, progress))
    return found


def _work_name(text: str, s_start: int, r_start: int, r_end: int, unit: str | None) -> str | None:
    """What was done, for work counted against the amount to do with no plan word: the verb before the ratio with the
    thing after its unit ("gieo cấy 612/740 ha lúa hè thu" → "Gieo cấy lúa hè thu", "đến ngày 12/5 đã bàn giao
    28,4/36,5 km mặt bằng" → "Bàn giao mặt bằng"), the subject that did it being a scope ("toàn xã đã thu hoạch"), or
    the thing alone when the clause opens on the ratio ("72/75 km đê bao lửng đã được gia cố" → "Đê bao lửng")."""
    stops = list(re.finditer(r"[;:(]\s*", text[s_start:r_start]))
    before = text[s_start + (stops[-1].end() if stops else 0):r_start]
    if "," in before and _WORK_LEAD.match(before[before.rfind(",") + 1:].strip()):
        before = before[before.rfind(",") + 1:]  # "Theo báo cáo của …, đến ngày 12/5/2023 đã bàn giao": the clause of the work
    before = _WORK_LEAD.sub("", re.sub(r"^về\s[^,]{1,40},\s*", "", before.strip(" -–•+"), flags=re.IGNORECASE))
    before = re.sub(r"^.*?\bđã\s+(?:được\s+)?", "", before) if re.search(r"\bđã\s", before) and \
        re.match(r"(?:toàn|cả|các|chung)\s", before, re.IGNORECASE) else before
    before = re.sub(r"\s*\b(?:đã|được|đạt|thực hiện)\s*$", "", before.strip(), flags=re.IGNORECASE)
    before = re.sub(r"^(?:đã|được)\s+", "", before, flags=re.IGNORECASE)
    after = text[r_end:text.find("\n", r_end) if "\n" in text[r_end:] else len(text)]
    thing = None
    if unit and after.lower().lstrip().startswith(unit.lower()):
        rest = after.lstrip()[len(unit):]
        thing = re.match(r"\s+([^\W\d][^,;.()\d]*?)(?=\s+(?:đã|được|đạt|do|trong|của|vào|theo)\b|\s+bằng\s+\d|\s*[,;.()]|$)", rest)
    thing = thing[1].strip() if thing else ""
    if before and re.search(r"\s(?:đã|được)\s", " " + before + " "):  # "nhà dột nát đã hoàn thành": its subject
        before = re.split(r"\s(?:đã|được)\s", " " + before + " ")[0].strip()
        thing = ""
    name = " ".join(p for p in (before, thing) if p)
    return _capital(name) if name and name[:1].isalpha() and len(name.split()) <= 14 else None


# a time or scope that opens a clause before its work ("đến ngày 20/10", "8 tháng năm 2025,", "trong tháng 7")
_WORK_LEAD = re.compile(r"^(?:(?:tính\s+)?(?:đến|trong)\s+(?:hết\s+)?(?:ngày\s+|tháng\s+)?\d{1,2}(?:/\d{1,4}){0,2}|"
                        r"\d{1,2}\s+tháng(?:\s+(?:đầu\s+)?năm(?:\s+\d{4})?)?)\s*,?\s*", re.IGNORECASE)
_CAUSE_AFTER = re.compile(r"[^\S\n]*\)?[^\S\n]*,?[^\S\n]*(?:do|vì|bởi)\s", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"\s*(?!(?:ước|đạt|thực hiện|được|đã|bằng|chiếm|với|trong đó|gồm)\b)[^\W\d]+\s+[^\W\d]", re.IGNORECASE)


def stated_levels(text: str, targets: list[Target], entities: list[Entity]) -> list[Target]:
    """Each target with its level as the text states it ("trên 85%", "dưới 10%", "không quá 3%"; a bare plan
    stays bare), not the comparison its verdict reads ("trên" is judged as "at least"): from the targets
    detector's record of the target's line when it reads the target's own level and result, else from the
    figure of the level in the line and the words around it. The detector may have read other numbers ("Tỷ lệ
    trẻ em dưới 5 tuổi … là 9,8%, chỉ tiêu đề ra là dưới 10%": its level is the "5" of the age; "giảm còn
    4,1%, thấp hơn mục tiêu 5%": its level is the result)."""
    detected = {e.start: e for e in entities if e.kind == "target"}
    figures = [e for e in entities if e.kind == "figure"]
    stated = []
    for target in targets:
        entity = detected.get(target.start)
        if entity is not None and states(entity.get("target_text"), target.target) \
                and states(entity.get("actual_text"), target.result):
            level = entity.get("target_text")
            comparator = entity.get("stated_comparator") if "stated_comparator" in entity.data \
                else entity.get("comparator")
        else:
            figure = next((e for e in figures if target.start <= e.start < target.end and target.target is not None
                           and e.get("value") == target.target and (e.get("type") == "percent") == (target.unit == "%")),
                          None)
            level = figure.text if figure else None
            comparator = stated_comparator(text, figure) if figure else None
        stated.append(replace(target, level_text=level, comparator=comparator) if level or comparator else target)
    return stated
