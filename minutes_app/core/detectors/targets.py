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
from ..quantities.verdicts import attainment_verdict, verdict
from ..reading import sentence_spans

_KEYWORDS = re.compile(r"chỉ tiêu|kế hoạch|phấn đấu|mục tiêu|dự toán", re.IGNORECASE)
_has_keyword = Keywords(_KEYWORDS)  # _KEYWORDS.search(…) is not None, as substring tests (speed)
# ";", "(2)", or the space after a colon ("…: a; b"). Only where each ends is read (_clauses), so the
# colon is matched with its space: every branch then opens with a plain character, which re finds fast.
_CLAUSE_BREAK = re.compile(r";|\(\d{1,2}\)|:\s")
_AT_LEAST_AFTER = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,4}?(trở lên)", re.IGNORECASE)
_AT_MOST_AFTER = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,4}?(trở xuống)", re.IGNORECASE)
_BEFORE = {
    ">=": re.compile(r"(ít nhất|tối thiểu|không dưới|không thấp hơn|từ)\s*$", re.IGNORECASE),
    "<=": re.compile(r"(không quá|tối đa|không vượt quá|dưới|giảm còn|giảm xuống còn)\s*$", re.IGNORECASE),
}
# The target in brackets: "(chỉ tiêu 40 đảng viên)", or right after the plan it quantifies:
# "vượt dự toán cả năm (1,5 tỷ đồng)", "bằng 41,5% kế hoạch vốn năm 2024 (648,2 tỷ đồng)".
_TARGET_PAREN = re.compile(
    r"\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[^()]*\)"
    r"|(?<=[^\W\d_]|\d)\s*\((?=[^()]*\d)[^()]{1,40}\)(?<=\))(?<!\d\))",
    re.IGNORECASE,
)
_PLAN_BEFORE_PAREN = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[^,;()]{0,40}$", re.IGNORECASE)
_RESULT_PAREN = re.compile(r"\([^()]*\bđạt\b[^()]*\)", re.IGNORECASE)
_ATTAINMENT = re.compile(
    r"(?:đạt|bằng)\s+(\d+(?:,\d+)?)\s?%\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)", re.IGNORECASE
)
CLAIM = re.compile(
    r"(?=[chkmvđ])"  # the first letters of its words: other positions are turned away at once (speed)
    r"(?:(chưa đạt|không đạt|chưa hoàn thành|không hoàn thành|đạt và vượt|vượt|đạt|hoàn thành)"
    r"\s+(?:mức\s+)?(?:(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?(?:các\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
    r"|(?:chỉ tiêu|kế hoạch|mục tiêu)\s+(?:đã\s+)?(chưa đạt|không đạt|đạt và vượt|vượt|đạt))",
    re.IGNORECASE,
)
_TASK_INTRO = re.compile(
    r"(nhiệm vụ|giải pháp|phương hướng)[^.:]{0,80}?(trọng tâm|thời gian tới|sắp tới|quý tới|tháng tới|năm tới)[^.:]{0,80}?:",
    re.IGNORECASE,
)
_TASK_SENTENCE = re.compile(r"^\s*(Trọng tâm|Nhiệm vụ trọng tâm)\b")


@lru_cache(maxsize=64)  # the detector and then the target checks ask it of the same sentences
def claim_in(sentence: str) -> re.Match[str] | None:
    """``CLAIM.search(sentence)``: every claim names a plan word (_KEYWORDS), so a sentence without
    one is answered by substring tests, not by the pattern tried from every letter (speed)."""
    return CLAIM.search(sentence) if _has_keyword(sentence) else None


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
        for c_start, c_end in _clauses(sentence) if planned else ():
            clause = sentence[c_start:c_end]
            start = s_start + c_start
            if not _has_keyword(clause) and not (sentence_claim and _has_number(clause)):
                continue
            numbers = [f for f in figures if start <= f.start < start + len(clause)
                       and f.get("type") in ("percent", "count", "ratio", "money")]
            target = _target(text, start, clause, numbers)
            if target is None:
                continue
            entities.append(target | {"claimed_status": sentence_claim} if isinstance(target, dict) else target)
        entities.extend(_tasks(text, s_start, sentence))
    return [e if isinstance(e, Entity) else _entity(text, e) for e in entities]


_BY_HOW_MUCH = re.compile(r"(?<!\w)(?:vượt|tăng|giảm|hụt|thiếu)(?:\s+(?:thêm|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu))?\s*$",
                          re.IGNORECASE)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and sentence[a] in " ;:":
            a += 1
        while b > a and sentence[b - 1] in " ;(0123456789)" and re.search(r"\(\d{0,2}\)?$", sentence[a:b]):
            b -= 1
        if b - a > 3:
            spans.append((a, b))
    return spans


def _has_number(clause: str) -> bool:
    return bool(re.search(r"\d", clause))


def _claim_of(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    return _NORMALISED_CLAIM[(match.group(1) or match.group(3)).lower()]


def _target(text: str, start: int, clause: str, numbers: list[Entity]) -> dict | None:
    """The target value, comparator and result of one clause (None when it states none)."""
    target = comparator = actual = None
    paren = next((m for m in (_TARGET_PAREN.finditer(clause) if "(" in clause else ())  # every match has one
                  if m.group().lstrip(" (").lower().startswith(("chỉ tiêu", "kế hoạch", "mục tiêu", "dự toán"))
                  or _PLAN_BEFORE_PAREN.search(clause[:m.start()])), None)
    if paren:
        inside = [n for n in numbers if start + paren.start() <= n.start < start + paren.end()]
        outside = [n for n in numbers if not (start + paren.start() <= n.start < start + paren.end())]
        if inside:
            target = inside[-1]
            comparator = _comparator(text, target) or ">="
            # "được 96,5 triệu đồng, vượt dự toán 6,5 triệu đồng (dự toán 90 triệu đồng)": by how much is no result
            alike = [n for n in outside if _unit(n) == _unit(target) and not _BY_HOW_MUCH.search(
                text, max(0, n.start - 24), n.start)]
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
    record = {
        "start": start, "end": start + len(clause),
        "target_value": _value(target), "target_text": target.text if target else None,
        "comparator": comparator, "unit": _unit(target),
        "actual_value": _value(actual), "actual_text": actual.text if actual else None,
        "attainment_percent": float(attainment.group(1).replace(",", ".")) if attainment else None,
        # Offsets inside the target's own text, so they survive the shift to the document.
        "attainment_offset": attainment.start(1) if attainment else None,
        "attainment_text": attainment.group(1) if attainment else None,
    }
    if actual is not None and _unit(actual) != _unit(target):
        record["actual_value"] = record["actual_text"] = None
    record["status"] = _status(record)
    return record


def _comparator(text: str, number: Entity) -> str | None:
    after = text[number.end:number.end + 60]
    if _AT_LEAST_AFTER.match(after):
        return ">="
    if _AT_MOST_AFTER.match(after):
        return "<="
    before = text[max(0, number.start - 25):number.start]
    for comparator, pattern in _BEFORE.items():
        if pattern.search(before):
            return comparator
    return None


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
