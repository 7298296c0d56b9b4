"""A vote of confidence told official by official (lấy phiếu tín nhiệm: Nghị quyết 96/2023/QH15, Quy định
96-QĐ/TW): each ballot rates every official on one option of one question (resources/ballot_options.txt, the line
"tín nhiệm cao | tín nhiệm thấp | tín nhiệm"), so each official's counts over the three options are the same
ballots. A record is one sentence that gives every option of the question once, as a count of "phiếu" named by
the words before it ("số phiếu tín nhiệm cao là 86 phiếu", "tín nhiệm bốn phiếu") or after it ("52 phiếu tín nhiệm
cao"), or as "không có phiếu tín nhiệm thấp" (none)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import word_list
from .lists import paragraph_layer
from .model import Quantity
from .reader import split_clauses


@dataclass(frozen=True)
class ConfidenceRecord:
    """One official's counts over the options of the question (document offsets): the counts read, their sum, and
    the span from the first count to the last."""

    counts: tuple[Quantity, ...]
    total: float
    start: int
    end: int


@lru_cache(maxsize=1)
def _options() -> tuple[str, ...]:
    """The options of the confidence question, longest first ("tín nhiệm cao" before "tín nhiệm")."""
    for line in word_list("ballot_options"):
        options = tuple(o.strip().lower() for o in line.split("|"))
        if "tín nhiệm cao" in options:
            return tuple(sorted(options, key=len, reverse=True))
    return ()


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    option = "(?P<option>" + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in _options()) + r")(?!\s+(?:cao|thấp)\b)"
    # "số phiếu tín nhiệm cao là 86", "tín nhiệm bốn", "số phiếu tín nhiệm thấp nhiều nhất, với 6"
    before = re.compile(r"(?<!\w)" + option + r"(?:\s+nhiều\s+nhất)?\s*,?\s*(?:là|với|đạt|:)?\s*$", re.IGNORECASE)
    after = re.compile(r"\s+phiếu\s+" + option, re.IGNORECASE)  # "52 phiếu tín nhiệm cao"
    none = re.compile(r"(?<!\w)không\s+có\s+(?:phiếu\s+)?" + option, re.IGNORECASE)  # "không có phiếu tín nhiệm thấp"
    return before, after, none


def confidence_records(ctx) -> list[ConfidenceRecord]:
    """Every sentence of the document that gives each option of the confidence question once (counts of "phiếu",
    or none), in the order told; a sentence naming an option twice tells of two officials and is left out."""
    options = _options()
    if not options or "tín nhiệm" not in ctx.text:
        return []
    before, after, none = _patterns()
    records = []
    for paragraph in ctx.paragraphs:
        text = paragraph.text
        if "tín nhiệm" not in text:
            continue
        quantities = paragraph_layer(ctx, paragraph).quantities
        for s_start, s_end in ctx.reading(paragraph).sentences:
            told: dict[str, Quantity | None] = {}
            twice = False
            for q in quantities:
                # (a ratio of ballots may name no noun: "số phiếu tín nhiệm là 7/47")
                if not s_start <= q.start < s_end or q.kind not in ("count", "ratio") or q.decimals or not (
                        q.head == "phiếu" or q.kind == "ratio" and q.head is None):
                    continue
                named = after.match(text, q.end) or before.search(text, max(s_start, q.start - 45), q.start)
                if named is None:
                    continue
                option = " ".join(named["option"].lower().split())
                twice = twice or option in told
                told[option] = q
            for found in none.finditer(text, s_start, s_end):
                option = " ".join(found["option"].lower().split())
                twice = twice or option in told
                told[option] = None
            if twice or set(told) != set(options):
                continue
            counts = tuple(q for q in told.values() if q is not None)
            if not counts:
                continue
            records.append(ConfidenceRecord(
                tuple(q.shifted(paragraph.start) for q in counts), sum(q.value for q in counts),
                min(q.start for q in counts) + paragraph.start, max(q.end for q in counts) + paragraph.start))
    return records


def confidence_runs(ctx) -> list[list[ConfidenceRecord]]:
    """The records grouped by the vote they belong to: a run of records in the order told, broken where the text
    between two of them tells of another vote (a roll or the ballots: "phát ra", "có mặt", "25 đại biểu"; another
    meeting or body rating: "kỳ họp", "tại HĐND xã Tân An"). Officials rated by another body were rated on other
    ballots, so their totals are not compared with this vote's."""
    runs: list[list[ConfidenceRecord]] = []
    for record in confidence_records(ctx):
        if runs and not _another_vote(ctx, runs[-1][-1].end, record.start):
            runs[-1].append(record)
        else:
            runs.append([record])
    return runs


def _another_vote(ctx, start: int, end: int) -> bool:
    between = ctx.text[start:end]
    body_at, body = _body_patterns()
    if _ROLL.search(between) or body_at.search(between) or any(body.match(between, a)
                                                                for a in _openings(ctx, start, end)):
        return True
    return any(q.kind == "count" and q.noun_class == "person" and start <= q.start + p.start < end
               for p in ctx.paragraphs if p.start < end and p.end > start
               for q in paragraph_layer(ctx, p).quantities)


def _openings(ctx, start: int, end: int) -> list[int]:
    """Where a line, sentence or clause opens between ``start`` and ``end`` (offsets from ``start``), as the shared
    reading cuts them (the dot of "1.500" or "TP." opens nothing): a body named there is the one rating ("HĐND xã Tân
    An: …"), one named after an official is their title ("Ông A, Chủ tịch HĐND huyện")."""
    found = [0]
    for paragraph in ctx.paragraphs:
        if paragraph.end <= start or paragraph.start >= end:
            continue
        text = paragraph.text
        for clause in split_clauses(ctx.reading(paragraph)):  # (a line without numbers too: "HĐND phường A:")
            at = clause.start + len(text[clause.start:clause.end]) - len(text[clause.start:clause.end].lstrip())
            if start < at + paragraph.start < end:
                found.append(at + paragraph.start - start)
    return found


_ROLL = re.compile(r"(?<!\w)(?:phát\s+ra|thu\s+vào|có\s+mặt|dự\s+họp|tham\s+dự|kỳ\s+họp|hội\s+nghị|"
                   r"lấy\s+phiếu\s+tín\s+nhiệm)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _body_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A body (resources/org_heads.txt, capitalised as there) after "tại"/"ở" anywhere, and one opening a line or
    sentence."""
    body = "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+")
                            for h in sorted(word_list("org_heads"), key=len, reverse=True)) + r")(?!\w)"
    return (re.compile(r"(?<!\w)(?i:tại|ở)\s+" + body),
            re.compile(r"(?:(?i:kết\s+quả\s+)?(?i:tại|ở)\s+)?" + body))
