"""Targets (chỉ tiêu, kế hoạch, phấn đấu…) with their value, comparator and reported result,
and tasks (nhiệm vụ trọng tâm) for the next period.

A target clause is cut at ";" and at list markers "(1)", "(2)"; inside it the target value
is the number bound to a comparator ("95% trở lên", "ít nhất 10%") or given in
"(chỉ tiêu … 3 …)", and the result is the other number ("năm 2022 đạt 98%"). The status
(đạt / vượt / chưa đạt) is computed from the numbers; the status the text claims ("vượt 1
chỉ tiêu", "chỉ tiêu chưa đạt") is kept beside it for the target rules to compare.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..keywords import Keywords
from ..model import Entity
from ..numbers import NUMBER_BODY, parse_number
from ..quantities.verdicts import attainment_verdict, lower_is_better, verdict
from ..reading import sentence_spans
from ..structure.scan import Anchored

_KEYWORDS = re.compile(r"chỉ tiêu|kế hoạch|phấn đấu|mục tiêu|dự toán", re.IGNORECASE)
_has_keyword = Keywords(_KEYWORDS)  # _KEYWORDS.search(…) is not None, as substring tests (speed)
# ";", "(2)", or the space after a colon ("…: a; b"). Only where each ends is read (_clauses), so the
# colon is matched with its space: every branch then opens with a plain character, which re finds fast.
_CLAUSE_BREAK = re.compile(r";|\(\d{1,2}\)|:\s")
_AT_LEAST_AFTER = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,4}?(trở lên)", re.IGNORECASE)
_AT_MOST_AFTER = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,4}?(trở xuống)", re.IGNORECASE)
_BEFORE = {
    ">=": re.compile(r"(ít nhất|tối thiểu|không dưới|không thấp hơn|từ|≥|>=)\s*$", re.IGNORECASE),
    "<=": re.compile(r"(không quá|tối đa|không vượt quá|dưới|giảm còn|giảm xuống còn|≤|<=)\s*$", re.IGNORECASE),
}
# The target in brackets: "(chỉ tiêu 40 đảng viên)", or right after the plan it quantifies:
# "vượt dự toán cả năm (1,5 tỷ đồng)", "bằng 41,5% kế hoạch vốn năm 2024 (648,2 tỷ đồng)".
_TARGET_PAREN = re.compile(
    # (every match opens at its bracket or the white space before it: other positions turned away at once, speed)
    r"(?=[\s(])(?:"
    r"\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[^()]*\)"
    r"|(?<=[^\W\d_]|\d)\s*\((?=[^()]*\d)[^()]{1,40}\)(?<=\))(?<!\d\))"
    r"|\((?=[^()]{0,100}?(?:giao|đề ra)\s[^()]{0,80}?\s(?:là|:)\s)[^()]{1,200}\))",
    re.IGNORECASE,
)
# brackets that state a plan of their own: "(Đảng, Quốc hội giao tỷ lệ bao phủ … năm 2020 là trên 80%)"
_PLAN_INSIDE = re.compile(r"(?:giao|đề ra)\s[^()]{0,80}?\s(?:là|:)\s*(?:trên|dưới|từ|không quá|ít nhất|tối thiểu|tối đa)?"
                          r"\s*\d", re.IGNORECASE)
_PLAN_BEFORE_PAREN = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[^,;()]{0,40}$", re.IGNORECASE)
# "đạt 100,1% kế hoạch (tăng 2,3% so với cùng kỳ)": a change against another period, not the plan's amount
_CHANGE_PAREN = re.compile(r"\s*\(\s*(?:tăng|giảm|bằng|gấp|vượt|cao hơn|thấp hơn)\b|[^()]*\bso với\b", re.IGNORECASE)
# "mục tiêu giảm 10% so với năm 2024 (120 vụ)": the bracket gives the figure of the period compared with, the base of
# a planned change, not the plan's level ("vượt so với chỉ tiêu (70%)" compares with the plan itself)
_COMPARED_BEFORE_PAREN = re.compile(r"(?<!\w)so\s+với\s+(?!(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu|nghị\s+quyết)\b)"
                                   r"(?:[^\W\d_]+\s*){0,5}(?:(?<=năm )\d{4}\s*)?$", re.IGNORECASE)
_RESULT_PAREN = re.compile(r"\([^()]*\bđạt\b[^()]*\)", re.IGNORECASE)
_ATTAINMENT = re.compile(
    r"(?:đạt|bằng)\s+(\d+(?:,\d+)?)\s?%\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)", re.IGNORECASE
)
_HEDGES = ("cơ bản", "cơ bản đã", "gần", "xấp xỉ", "không", "chưa", "phấn đấu", "sẽ", "để", "nhằm", "có thể", "khó",
           "bảo đảm", "đảm bảo", "quyết tâm", "nữa mới")  # "còn 636 ha nữa mới hoàn thành kế hoạch": what is left
CLAIM = re.compile(
    r"(?=[chkmvđ])"  # the first letters of its words: other positions are turned away at once (speed)
    # a hedge, a negation or an aim is no verdict: "cơ bản hoàn thành kế hoạch" (just under it), "không vượt chỉ
    # tiêu cho phép" (within a ceiling), "phấn đấu hoàn thành vượt chỉ tiêu" (next year's aim)
    + "".join(f"(?<!{w} )" for w in _HEDGES) +
    r"(?:(chưa đạt|không đạt|chưa hoàn thành|không hoàn thành|đạt và vượt|vượt|đạt|hoàn thành)"
    # "đạt so với chỉ tiêu nghị quyết": the verdict measured against the plan, "so với" between them
    r"\s+(?:mức\s+|so với\s+)?(?:(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?(?:các\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
    # "chỉ tiêu chưa đạt là tỷ lệ …", "các mục tiêu không đạt gồm: …": the verdict qualifies the plan word that then
    # names other indicators, the subject of that verdict; it judges no figure written before it
    r"|(?:chỉ tiêu|kế hoạch|mục tiêu)\s+(?:đã\s+)?(chưa đạt|không đạt|đạt và vượt|vượt|đạt)"
    r"(?!\s*(?::|là\b|gồm\b|bao gồm\b|gồm có\b|thuộc\b|tập trung\b|chủ yếu\b)))",
    re.IGNORECASE,
)
# The words every claim opens with, lower-cased: a sentence is searched from their starts only (Anchored), not from each
# c, h, k, m, v and đ, where the pattern's sixteen look-behinds were read first (speed). Keep them in step with CLAIM.
CLAIM_OPENERS = ("chưa", "không", "đạt", "vượt", "hoàn", "chỉ", "kế", "mục")
_CLAIMED = Anchored(CLAIM, CLAIM_OPENERS)
_TASK_INTRO = re.compile(
    r"(nhiệm vụ|giải pháp|phương hướng)[^.:]{0,80}?(trọng tâm|thời gian tới|sắp tới|quý tới|tháng tới|năm tới)[^.:]{0,80}?:",
    re.IGNORECASE,
)
_TASK_SENTENCE = re.compile(r"^\s*(Trọng tâm|Nhiệm vụ trọng tâm)\b")


@lru_cache(maxsize=64)  # the detector and then the target checks ask it of the same sentences
def claim_in(sentence: str) -> re.Match[str] | None:
    """``CLAIM.search(sentence)``: every claim names a plan word (_KEYWORDS), so a sentence without
    one is answered by substring tests, not by the pattern tried from every letter (speed)."""
    return _CLAIMED.search(sentence) if _has_keyword(sentence) else None


_NORMALISED_CLAIM = {
    "chưa đạt": "chưa đạt", "không đạt": "chưa đạt", "chưa hoàn thành": "chưa đạt",
    "không hoàn thành": "chưa đạt", "đạt và vượt": "đạt", "vượt": "vượt", "đạt": "đạt",
    "hoàn thành": "đạt",
}


def detect_targets(text: str, figures: list[Entity], sentences: list[tuple[int, int]] | None = None) -> list[Entity]:
    """``sentences``: the paragraph's sentence spans when already read (Reading.sentences)."""
    entities = []
    for s_start, s_end in sentence_spans(text) if sentences is None else sentences:
        sentence = text[s_start:s_end]
        # Without a plan word no clause names a target, nor does the sentence claim a status
        # (CLAIM names the plan too): the sentence may still list tasks.
        planned = _has_keyword(sentence)
        claim_match = claim_in(sentence) if planned else None
        sentence_claim = _claim_of(claim_match)
        claims = _claims(sentence) if claim_match or planned and _BARE_VERDICT.search(sentence) else ()
        previous = None
        cut = _clauses(sentence) if planned else []
        spans = [(m.start(), m.end()) for m in CLAIM.finditer(sentence)] if claims else []
        # clauses with figures of their own ("đạt 5 chỉ tiêu gồm:" has none but its claim's)
        numbered = [(a, b) for a, b in cut if _own_digit(sentence, a, b, spans)]
        for c_start, c_end in cut:
            clause = sentence[c_start:c_end]
            start = s_start + c_start
            before, previous = previous, (c_start, c_end)
            if not _has_keyword(clause) and not (sentence_claim and _has_number(clause)):
                continue
            numbers = [f for f in figures if start <= f.start < start + len(clause)
                       and f.get("type") in ("percent", "count", "ratio", "money")]
            target = _target(text, start, clause, numbers)
            if target is None:
                continue
            if target["actual_value"] is None and target["target_value"] is not None and before is not None:
                _result_before_label(text, s_start, sentence[before[0]:before[1]], before[0], clause, target, figures)
            claimed, at = _clause_claim(claims, c_start, c_end, sentence_claim, claim_match, numbered, sentence)
            parens = list(_plan_parens(clause)) if spans and "(" in clause else []
            if claimed is None and parens and target.get("target_offset") is not None:
                # two verdicts in the clause: the one written right before the target's brackets is its own
                first = parens[0]
                at = _claim_before(sentence, spans, c_start, c_start + first.start(), numbers, s_start)
                claimed = _claim_of(CLAIM.match(sentence, at)) if at is not None else None
            target["claim_offset"] = None if at is None else at - c_start
            entities.append(target | {"claimed_status": claimed})
            entities.extend(_later_plans(text, s_start, sentence, spans, c_start, clause, parens[1:], numbers, target))
        entities.extend(_tasks(text, s_start, sentence))
    return [e if isinstance(e, Entity) else _entity(text, e) for e in entities]


def _later_plans(text: str, s_start: int, sentence: str, spans, c_start: int, clause: str, parens, numbers,
                 first: dict) -> list[dict]:
    """"… đạt 86,6%, hoàn thành chỉ tiêu … (… là trên 80%), vượt chỉ tiêu Thủ tướng Chính phủ giao (năm 2017 Thủ
    tướng giao 82,2%)": one result measured against two plans, each in brackets with the verdict written right before
    them: a target for each further plan, with the first one's result."""
    found = []
    for paren in parens:
        at = _claim_before(sentence, spans, c_start, c_start + paren.start(), numbers, s_start)
        if at is None or at < c_start + (first.get("target_offset") or 0):
            continue
        if any(s_start + c_start + first["target_offset"] < n.start < s_start + at and n.text != first["target_text"]
               for n in numbers):
            continue  # "… 92%, vượt chỉ tiêu (90%), trong đó hoàn thành xuất sắc 16%, chưa đạt chỉ tiêu (20%)": another result
        start = s_start + c_start
        inside = [n for n in numbers if start + paren.start() <= n.start < start + paren.end()]
        if not inside or _unit(inside[-1]) != first["unit"] or first["actual_value"] is None:
            continue
        target = inside[-1]
        record = dict(first)
        record.update({"target_value": _value(target), "target_text": target.text,
                       "comparator": _comparator(text, target) or first["comparator"],
                       "stated_comparator": stated_comparator(text, target),
                       "target_offset": target.start - start, "claim_offset": at - c_start,
                       "claimed_status": _claim_of(CLAIM.match(sentence, at)),
                       "attainment_percent": None, "attainment_offset": None, "attainment_text": None})
        record.pop("range_low", None)
        record["status"] = _status(record)
        found.append(record)
    return found


def _own_digit(sentence: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """sentence[a:b] holds a digit outside the claims' spans; without spans (most sentences), any
    digit, which one pass in C tells (speed)."""
    if not spans:
        return any(map(str.isdigit, sentence[a:b]))
    return any(ch.isdigit() and not any(x <= a + i < y for x, y in spans) for i, ch in enumerate(sentence[a:b]))


_BY_HOW_MUCH = re.compile(r"(?<!\w)(?:vượt|tăng|giảm|hụt|thiếu)(?:\s+(?:thêm|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu))?\s*$",
                          re.IGNORECASE)


# A bare verdict closing a clause: "chỉ tiêu không quá 02 vụ – đạt;", "… (chỉ tiêu từ 95% trở lên), chưa đạt."
_BARE_VERDICT = re.compile(r"[,–-]\s*(chưa đạt|không đạt|chưa hoàn thành|không hoàn thành|đạt|vượt|hoàn thành)"
                           r"\s*(?=[.;]|$)", re.IGNORECASE)


def _claims(sentence: str) -> list[tuple[int, str]]:
    """Every verdict the sentence writes, with where it stands: the plan-naming claims (CLAIM)
    and the bare verdicts that close a clause."""
    found = [(m.start(), _claim_of(m)) for m in CLAIM.finditer(sentence)]
    found += [(m.start(1), _NORMALISED_CLAIM[m.group(1).lower()]) for m in _BARE_VERDICT.finditer(sentence)]
    return sorted(found)


def _clause_claim(claims, c_start: int, c_end: int, sentence_claim: str | None, claim_match,
                  numbered: list[tuple[int, int]] = (), sentence: str = "") -> tuple[str | None, int | None]:
    """The verdict of one target clause and where it stands: its own ("… 02 vụ – đạt; … 93,6% (chỉ tiêu từ
    95% trở lên), chưa đạt": each clause its own), else the first written after it before the next clause with
    figures of its own ("thu … 39,8 tỷ đồng, đạt 113,71% dự toán (35 tỷ đồng); … 312 ha …; tỷ lệ hộ nghèo …
    4,86%, chưa đạt mục tiêu": the verdict is the third clause's), else the sentence's when it stands in no
    clause with figures ("Hoàn thành chỉ tiêu: …" before them)."""
    inside = [(at, claim) for at, claim in claims if c_start <= at < c_end]
    if inside:  # "24 chỉ tiêu đạt … (13 chỉ tiêu vượt) và 01 chỉ tiêu không đạt": no one verdict
        return (inside[0][1], inside[0][0]) if len({claim for _, claim in inside}) == 1 else (None, None)
    if not claims:
        if not sentence_claim:
            return None, None
        return sentence_claim, claim_match.start() if claim_match else None
    limit = next((a for a, _ in numbered if a >= c_end), None)
    after = [(at, claim) for at, claim in claims if at >= c_end and (limit is None or at < limit)]
    # a verdict before the clause leads it only across a colon ("Hoàn thành chỉ tiêu: …"), not from a clause of its
    # own ("giảm tỷ lệ hộ nghèo đạt kế hoạch; tỷ lệ gia đình văn hóa … đạt 96% kế hoạch")
    free = after or [(at, claim) for at, claim in claims if not any(a <= at < b for a, b in numbered)
                     and (at >= c_end or not sentence or ":" in sentence[at:c_start] or ";" not in sentence[at:c_start])]
    return (free[0][1], free[0][0]) if free else (None, None)


_NUMBERING_END = re.compile(r"\(\d{0,2}\)?$")  # a clause ending on its item's number: "(2)", "(3"


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and sentence[a] in " ;:":
            a += 1
        while b > a and sentence[b - 1] in " ;(0123456789)" and _NUMBERING_END.search(sentence[a:b]):
            b -= 1
        if b - a > 3:
            spans.append((a, b))
    return spans


def _in_brackets(clause: str, at: int) -> bool:
    """Whether ``at`` stands inside brackets of its clause, one opened before the clause began
    ("18 sản phẩm), vượt kế hoạch …" after a cut inside "(đợt 1: 29 sản phẩm; đợt 2: 18 sản phẩm)") too."""
    opened, closed = clause.rfind("(", 0, at), clause.rfind(")", 0, at)
    if opened > closed:
        return True
    after = re.search(r"[()]", clause[at:])
    return bool(after) and after.group() == ")"


_PART_OF_PERIOD = re.compile(r"\b(?:\d{1,2}|sáu|chín|ba)\s+tháng\b|\bquý\s+[IV\d]+|\blu[ỹy]\s+kế\b|\btháng\s+\d{1,2}\b|"
                             r"\bnửa\s+(?:năm|nhiệm\s+kỳ)\b|\bgiữa\s+nhiệm\s+kỳ\b|\bđến\s+nay\b|\btiến\s+độ\b",
                             re.IGNORECASE)
_LABEL_OPENED = re.compile(r"\(\s*(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|dự\s+toán)[^()]{0,40}:\s*$", re.IGNORECASE)


def _result_before_label(text: str, s_start: int, earlier: str, e_start: int, clause: str, target: dict,
                         figures: list[Entity]) -> None:
    """"386 hộ đạt danh hiệu … (chỉ tiêu Nghị quyết: từ 400 hộ trở lên), vượt chỉ tiêu": the clause cut at the
    label's colon inside the brackets; the result is the figure before the brackets opened."""
    label = _LABEL_OPENED.search(earlier)
    closes = re.search(r"[()]", clause)
    if label is None or closes is None or closes.group() != ")" or _PART_OF_PERIOD.search(earlier + clause):
        return  # (a result for part of the plan's period is progress: no verdict from it)
    at = s_start + e_start + label.start()
    alike = [f for f in figures if s_start + e_start <= f.start < at and _unit(f) == target["unit"]
             and not _in_brackets(earlier, f.start - s_start - e_start)
             and not _BY_HOW_MUCH.search(text, max(0, f.start - 24), f.start)]
    if alike:
        target["actual_value"], target["actual_text"] = _value(alike[-1]), alike[-1].text
        target["status"] = _status(target)
        target["result_before"] = target["start"] - alike[-1].start  # how far before the target its result stands


def _has_number(clause: str) -> bool:
    return bool(re.search(r"\d", clause))


def _claim_of(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    return _NORMALISED_CLAIM[(match.group(1) or match.group(3)).lower()]


_ONLY_A_RESULT = re.compile(r"\s*\(\s*(?:đạt|ước\s+đạt|thực\s+hiện|bằng)\s+[\d.,]+\s*%?\s*\)", re.IGNORECASE)


_REST_PAREN = re.compile(r"\s*\(\s*(?:còn|thiếu|hụt|chưa)(?!\w)", re.IGNORECASE)


def _plan_parens(clause: str):
    """The brackets of a clause that give a plan's level: opened by a plan word, right after one, or stating one."""
    for m in _TARGET_PAREN.finditer(clause) if "(" in clause else ():  # every match has one
        if _ONLY_A_RESULT.fullmatch(m.group()):
            continue  # "vượt dự toán HĐND huyện giao (đạt 104%)": the plan's own result, not its level
        if _REST_PAREN.match(m.group()):
            continue  # "chưa đạt kế hoạch (còn 3 cuộc)": what is left of the plan, not its level
        if m.group().lstrip(" (").lower().startswith(("chỉ tiêu", "kế hoạch", "mục tiêu", "dự toán")) \
                or _PLAN_BEFORE_PAREN.search(clause[:m.start()]) and not _CHANGE_PAREN.match(m.group()) \
                and not _COMPARED_BEFORE_PAREN.search(clause[:m.start()]) \
                or _PLAN_INSIDE.search(m.group()) and not _CHANGE_PAREN.match(m.group()):
            yield m


_DURATION_AFTER = re.compile(r"\s*(?:năm|tháng|ngày|tuần|quý)(?!\w)")  # "trước 4 năm": a time, not a figure


def _claim_before(sentence: str, spans, c_start: int, open_at: int, numbers, s_start: int) -> int | None:
    """The verdict written right before a plan's brackets ("…, vượt chỉ tiêu Thủ tướng Chính phủ giao (năm 2017 …
    82,2%)"): the last claim of the clause before them with no figure between it and the brackets."""
    found = [a for a, b in spans if c_start <= a and b <= open_at
             and not any(s_start + b <= n.start < s_start + open_at and not _DURATION_AFTER.match(sentence, n.end - s_start)
                         for n in numbers)]
    return found[-1] if found else None


def _target(text: str, start: int, clause: str, numbers: list[Entity]) -> dict | None:
    """The target value, comparator and result of one clause (None when it states none)."""
    target = comparator = actual = None
    paren = next(_plan_parens(clause), None)
    if paren:
        inside = [n for n in numbers if start + paren.start() <= n.start < start + paren.end()]
        outside = [n for n in numbers if not (start + paren.start() <= n.start < start + paren.end())]
        if inside:
            target = inside[-1]
            comparator = _comparator(text, target) or _plain_direction(text, start, clause, paren.start(), target)
            # "được 96,5 triệu đồng, vượt dự toán 6,5 triệu đồng (dự toán 90 triệu đồng)": by how much is no result
            # a figure in other brackets is a detail of the result ("47 sản phẩm (đợt 1: 29; đợt 2: 18)")
            alike = [n for n in outside if _unit(n) == _unit(target) and not _BY_HOW_MUCH.search(
                text, max(0, n.start - 24), n.start) and not _in_brackets(clause, n.start - start)]
            before = [n for n in alike if n.start < start + paren.start()]
            actual = before[-1] if before else (alike[0] if alike else None)
    if target is None:
        for number in numbers:
            found = _comparator(text, number)
            if found:
                target, comparator = number, found
                break
    result = _RESULT_PAREN.search(clause)
    if target is not None and actual is None and result:
        inside = [n for n in numbers if start + result.start() <= n.start < start + result.end() and n is not target]
        actual = inside[0] if inside else None
    attainment = _ATTAINMENT.search(clause)
    if target is None and attainment is None:
        return None
    low = _range_low(text, target) if target is not None else None
    record = {
        "start": start, "end": start + len(clause),
        "target_value": _value(target), "target_text": target.text if target else None,
        "comparator": comparator, "unit": _unit(target),
        "stated_comparator": stated_comparator(text, target) if target is not None else None,
        "actual_value": _value(actual), "actual_text": actual.text if actual else None,
        "attainment_percent": float(attainment.group(1).replace(",", ".")) if attainment else None,
        # Offsets inside the target's own text, so they survive the shift to the document.
        "attainment_offset": attainment.start(1) if attainment else None,
        "attainment_text": attainment.group(1) if attainment else None,
    }
    if actual is not None and _unit(actual) != _unit(target):
        record["actual_value"] = record["actual_text"] = None
        actual = None
    # where the two figures stand in the target's own text, so a check can tell what lies between them and a verdict
    record["target_offset"] = target.start - start if target is not None else None
    record["actual_offset"] = actual.start - start if actual is not None else None
    if low is not None and record["actual_value"] is not None:
        # "đạt kế hoạch (6,6-6,8%)": a range is met from its low end (its high end for a better-lower indicator)
        record["range_low"] = low
        if comparator in (">=", ">"):
            record["target_value"] = low
    record["status"] = _status(record)
    return record


_RANGE_BEFORE = re.compile(r"(?<![\d.,])(" + NUMBER_BODY + r")\s*%?\s*(?:[-–]|đến)\s*$")


def _range_low(text: str, target: Entity) -> float | None:
    """The low end of a plan written as a range ("6,6-6,8%", "từ 90 - 100 đảng viên"), the target being its high end."""
    found = _RANGE_BEFORE.search(text, max(0, target.start - 16), target.start)
    if found is None:
        return None
    low = parse_number(found.group(1))
    return low.value if low is not None and low.value < (target.get("value") or 0) else None


def _plain_direction(text: str, start: int, clause: str, paren_at: int, target: Entity) -> str:
    """The comparison a plan stated as a bare level in brackets implies: a ceiling for an indicator better lower
    ("Tỷ lệ hộ nghèo còn 3,1% (kế hoạch 3,5%)", resources/lower_is_better.txt), a floor otherwise, and for a plan
    told as a reduction ("(kế hoạch giảm 40 hộ)": the more it falls, the better)."""
    if _CUT_BY.search(text, max(start + paren_at, target.start - 20), target.start):
        return ">="
    return "<=" if lower_is_better(clause[:paren_at]) else ">="


_CUT_BY = re.compile(r"(?<!\w)giảm(?!\s+(?:xuống|còn))(?:\s+(?:được|thêm|bình\s+quân))?\s*$", re.IGNORECASE)


def _comparator(text: str, number: Entity) -> str | None:
    after = text[number.end:number.end + 60]
    if _AT_LEAST_AFTER.match(after):
        return ">="
    if _AT_MOST_AFTER.match(after):
        return "<="
    before = text[max(0, number.start - 25):number.start]
    for comparator, pattern in _BEFORE.items():
        found = pattern.search(before)
        if found and found.group(1).lower() == "từ" and _FROM_TO.match(after):
            return None  # "thu nhập tăng từ 10,5 triệu đồng (năm 2015) lên 16,96 triệu đồng": where a change began
        if found and found.group(1).lower() == "từ" and re.search(r"đạt\s+từ\s*$", before, re.IGNORECASE) and \
                CLAIM.search(after.split(".")[0]):
            return None  # "sản lượng … bình quân đạt từ 1900 tấn, cơ bản đạt và vượt chỉ tiêu": a result, told as met
        if found:
            return comparator
    return None


# after "từ X": "… lên Y", "… (năm 2015) lên Y", "… xuống còn Y": a change from X, not a floor of X
_FROM_TO = re.compile(r"[^;.\d]{0,45}?(?:\(\s*năm\s+\d{4}\s*\)\s*)?\b(?:lên|xuống|giảm còn|tăng lên)\s+(?:còn\s+)?\d",
                      re.IGNORECASE)


# The comparison as the text states it, for display only (the verdict reads ``comparator``): "trên 85%" is "> 85%",
# "từ 95% trở lên" is "≥ 95%", "không quá 2%" / "tối đa 2%" is "≤ 2%", "dưới 2%" is "< 2%".
_STATED_BEFORE = (
    (">=", re.compile(r"(?:(?<!\w)(?:ít nhất|tối thiểu|không dưới|không thấp hơn)|≥|>=)\s*$", re.IGNORECASE)),
    ("<=", re.compile(r"(?:(?<!\w)(?:không quá|không vượt quá|tối đa|không cao hơn)|≤|<=)\s*$", re.IGNORECASE)),
    (">", re.compile(r"(?<!\w)(?:trên|hơn|cao hơn|vượt)\s*$", re.IGNORECASE)),
    ("<", re.compile(r"(?<!\w)(?:dưới|thấp hơn|chưa đến|chưa tới)\s*$", re.IGNORECASE)),
)


def stated_comparator(text: str, number: Entity) -> str | None:
    """The comparison the words around a target's figure state, or None when they state none."""
    after = text[number.end:number.end + 60]
    if _AT_LEAST_AFTER.match(after):
        return ">="  # "từ 95% trở lên", "95% trở lên"
    if _AT_MOST_AFTER.match(after):
        return "<="
    before = text[max(0, number.start - 25):number.start]
    return next((comparator for comparator, pattern in _STATED_BEFORE if pattern.search(before)), None)


def _value(entity: Entity | None) -> float | None:
    if entity is None:
        return None
    return entity.get("value")


def _unit(entity: Entity | None) -> str | None:
    if entity is None:
        return None
    return {"percent": "%", "money": "money"}.get(entity.get("type"), "count")


def _status(record: dict) -> str:
    target, actual, comparator = record["target_value"], record["actual_value"], record["comparator"]
    if target is not None and actual is not None:
        return verdict(actual, target, comparator)
    attainment = record["attainment_percent"]
    if attainment is not None:
        return attainment_verdict(attainment)
    return "không rõ"


def _tasks(text: str, s_start: int, sentence: str) -> list[Entity]:
    intro = _TASK_INTRO.search(sentence) if ":" in sentence else None  # the lead ends with a colon
    if intro:
        items = []
        pos = intro.end()
        for part in re.split(r";", sentence[pos:]):
            a = pos + len(part) - len(part.lstrip(" "))
            b = pos + len(part.rstrip(" .…/"))
            if b - a > 8:
                items.append(Entity("task", s_start + a, s_start + b, text[s_start + a:s_start + b],
                                    {"description": text[s_start + a:s_start + b]}))
            pos += len(part) + 1
        return items
    if _TASK_SENTENCE.match(sentence):
        b = len(sentence.rstrip(" .…"))
        return [Entity("task", s_start, s_start + b, sentence[:b], {"description": sentence[:b]})]
    return []


def _entity(text: str, record: dict) -> Entity:
    start, end = record.pop("start"), record.pop("end")
    record["description"] = text[start:end]
    return Entity("target", start, end, text[start:end], record)
