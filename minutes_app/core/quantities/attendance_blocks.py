"""Finding the attendance blocks of a document (domain.md §2, "Thành phần").

A block is a run of consecutive short lines holding attendance labels (one unrelated line,
such as "Thư ký: …", may sit inside; bullet lines naming absentees belong to it), or
consecutive sentences of a long paragraph. Blocks never span a whole report: a second
"tổng số" opens a new one. attendance_reader.py turns each block into counts; a block that
states one count twice differently is dropped, so the checks only judge what reads
unambiguously. Per-paragraph work is remembered across analyses (per_paragraph).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING, Callable, NamedTuple, Sequence, TypeVar

from ..model import Entity
from ..reading import Reading
from ..structure.scan import Anchored
from .attendance_reader import (
    BULLET,
    HEADS,
    LABEL_OPENERS,
    LABEL_RE,
    RESTATED_LINE,
    RESTATED_OPENERS,
    Block,
    Fact,
    Num,
    may_hold_label,
    parse,
    person_names,
    roll_field,
)
from .attendance_tables import table_blocks, table_row
from .model import NumberToken
from .reader import number_tokens

if TYPE_CHECKING:
    from ..checks.registry import DocumentContext

__all__ = ["HEADS", "Block", "Fact", "Unit", "attendance_blocks", "figure_spans", "once_per_document", "split_units",
           "unit_numbers"]

# (a line's labels and restated roll looked for where their words start: the same matches, a third of the time)
_LABEL, _RESTATED = Anchored(LABEL_RE, LABEL_OPENERS), Anchored(RESTATED_LINE, RESTATED_OPENERS)
_VOTE_WORDS = re.compile(r"tán\s+thành|biểu\s+quyết|bỏ\s+phiếu|số\s+phiếu", re.IGNORECASE)
# the moment of a vote, or who may vote ("22 đảng viên chính thức có quyền biểu quyết"): no vote held in the line
_AT_THE_VOTE = re.compile(r"(?:thời\s+điểm|khi|lúc|trước|sau|quyền)\s+$", re.IGNORECASE)
_LONG_LINE = 250


def _votes_in(piece: str) -> bool:
    """The line holds a vote, not only names its moment ("có mặt tại thời điểm bỏ phiếu: 117")."""
    return any(not _AT_THE_VOTE.search(piece, max(0, m.start() - 16), m.start()) for m in _VOTE_WORDS.finditer(piece))
_TOTAL = re.compile(r"tổng\s+số", re.IGNORECASE)
T = TypeVar("T")


class Unit(NamedTuple):
    """A short line, or one sentence of a long paragraph (offsets relative to the paragraph)."""

    start: int
    end: int
    long: bool


def split_units(reading: Reading) -> list[Unit]:
    """The paragraph as one unit, or a long one as its sentences (the shared reading's)."""
    if len(reading.text) <= _LONG_LINE:
        return [Unit(0, len(reading.text), False)]
    return [Unit(start, end, True) for start, end in reading.sentences]


def figure_spans(entities: Sequence[Entity], keep: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the paragraph's figures whose type is not in ``keep`` (dates, money, …)."""
    return [(f.start, f.end) for f in entities if f.kind == "figure" and f.get("type") not in keep]


class _Line(NamedTuple):
    unit: Unit
    attendance: bool
    names: bool
    numbers: tuple[Num, ...]
    restates: bool = False  # no label, but a count after "hiện có", "còn lại": the roll restated, inside a block


_start = attrgetter("start")


def unit_numbers(reading: Reading, unit: Unit, clock: bool = True) -> list[tuple[NumberToken, NumberToken | None]]:
    """The whole numbers of one unit as the quantity layer reads them, each with the number
    after its "/" ("16/18"): written on their own (nothing glued before, no "%" after, and
    with ``clock`` no "giờ"/"phút" after), as counts of people are."""
    numbers = number_tokens(reading)
    found = []
    taken = None
    # (the numbers are in order: only the unit's are looked at, not every number of a long paragraph per unit)
    for index in range(bisect_left(numbers, unit.start, key=_start), len(numbers)):
        number = numbers[index]
        if number.start >= unit.end:
            break
        if number is taken or number.start < unit.start or number.end > unit.end:
            continue
        if not number.integer or number.glued_before:
            continue
        over = number.over(numbers, index)
        if over is not None and over.end <= unit.end and over.integer and over.bare_ends(clock):
            found.append((number, over))
            taken = over
        elif number.bare_ends(clock):
            found.append((number, None))
    return found


def _scan(reading: Reading, entities: Sequence[Entity]) -> tuple[_Line, ...]:
    """Per-paragraph work, remembered across analyses (DocumentContext.per_paragraph)."""
    text = reading.text
    lines = []
    skip = None
    units = split_units(reading)
    labelled = may_hold_label(reading)  # most paragraphs hold no label's words: LABEL_RE is not tried there
    if labelled and not units[0].long and _VOTE_WORDS.search(text) and LABEL_RE.search(text):
        # "Có mặt 8 đồng chí. Biểu quyết: 4 tán thành": the attendance sentence of a short
        # paragraph that also holds the vote is read on its own
        units = [Unit(start, end, True) for start, end in reading.sentences]
    for unit in units:
        piece = text[unit.start:unit.end]
        attendance = (labelled and bool(_LABEL.search(piece)) or not unit.long and bool(roll_field(piece))) and \
            not _votes_in(piece)
        # ("Số ủy viên hiện có: 26 đồng chí." between the total's line and those present: the reader decides)
        restates = not attendance and ("hiện" in piece or "còn" in piece) and bool(_RESTATED.search(piece))
        numbers: tuple[Num, ...] = ()
        if attendance or restates:
            if skip is None:  # the figures' spans by start, with the furthest end reached so far (bisected per number)
                spans = sorted(figure_spans(entities, ("count", "ratio")))
                skip = ([x for x, _ in spans], list(itertools.accumulate((y for _, y in spans), max)))
            numbers = tuple(
                Num(a.start, (b or a).end, a.text, b.text if b else None, b.start if b else a.end)
                for a, b in unit_numbers(reading, unit)
                if not _overlapped(skip, a.start, (b or a).end))
        lines.append(_Line(unit, attendance, not unit.long and _name_line(piece), numbers, restates))
    return tuple(lines)


def _overlapped(skip: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a span of ``skip`` (starts, furthest ends) overlaps [start, end)."""
    starts, reach = skip
    before = bisect_left(starts, end)  # the spans starting before ``end``
    return before > 0 and reach[before - 1] > start


def _scan_lines(reading: Reading, entities: Sequence[Entity]) -> tuple[tuple[_Line, ...], bool]:
    """_scan's lines, and whether one of them is an attendance line (remembered with them)."""
    lines = _scan(reading, entities)
    return lines, any(line.attendance for line in lines)


def once_per_document(func: Callable[[DocumentContext], T]) -> Callable[[DocumentContext], T]:
    """Several rules read the same blocks: compute them once per analysis. One slot, replaced
    in a single assignment, so a concurrent analysis of another document cannot mix results."""
    last: list[tuple[DocumentContext | None, T | None]] = [(None, None)]

    def cached(ctx: DocumentContext) -> T:
        context, result = last[0]
        if context is not ctx:
            result = func(ctx)
            last[0] = (ctx, result)
        return result

    return cached


@once_per_document
def attendance_blocks(ctx: DocumentContext) -> list[Block]:
    """Every attendance block of the document, in order (document offsets)."""
    runs: list[list[tuple[int, int, tuple[Num, ...]]]] = []
    run: list[tuple[int, int, tuple[Num, ...]]] = []
    run_paragraph = gap = 0  # run_paragraph: index of the paragraph the run last grew in

    def close() -> None:
        nonlocal run, gap
        if run:
            runs.append(run)
        run, gap = [], 0

    tabled = table_blocks(ctx)
    for paragraph, (lines, attending) in ctx.per_paragraph(_scan_lines, with_entities=True, with_reading=True):
        if not run and not attending:
            continue  # outside a block, a paragraph without an attendance line opens none (most of a report)
        if ("|" in paragraph.text and table_row(paragraph.text)) or any(
                b.start <= paragraph.start < b.end for b in tabled):
            close()  # table rows are read by attendance_tables, column by column
            continue
        for unit, attendance, names, numbers, restates in lines:
            start, end = paragraph.start + unit.start, paragraph.start + unit.end
            if run and unit.long and paragraph.index not in (run_paragraph, run_paragraph + 1):
                close()  # a long paragraph only continues a block from the line right before it
            if attendance and _TOTAL.search(ctx.text, start, end) and any(
                    _TOTAL.search(ctx.text, a, b) for a, b, _ in run):
                close()  # a second "tổng số" opens the next meeting's block
            if attendance or (run and (names or restates)):
                run.append((start, end, tuple(n.shifted(paragraph.start) for n in numbers)))
                run_paragraph, gap = paragraph.index, 0
            elif run and not unit.long and gap < 1 and not _VOTE_WORDS.search(ctx.text, start, end):
                gap += 1  # one unrelated line (chủ trì, thư ký) may sit inside the block
            elif run:
                close()
    close()
    parsed = [_parsed(ctx, run) for run in runs]
    lines = [b for b in parsed if b.anchored and not b.conflict]
    return sorted(lines + tabled, key=lambda b: b.start)


def _parsed(ctx: DocumentContext, run: list[tuple[int, int, tuple[Num, ...]]]) -> Block:
    """``parse(ctx.text, run)``, remembered by the block's text (from the character before it: the
    reader's patterns look one character back) and its lines and numbers relative to it, and placed
    where the block now stands: a re-check after an edit elsewhere reads no block again."""
    base = max(0, run[0][0] - 1)
    lines = tuple((start - base, end - base, tuple(n.shifted(-base) for n in numbers)) for start, end, numbers in run)
    key = ("attendance_blocks.parse", ctx.text[base:run[-1][1]], lines)
    block = ctx.memo.get(key)
    if block is None:
        block = ctx.memo[key] = parse(key[1], list(lines))
    return _placed(block, base)


def _placed(block: Block, offset: int) -> Block:
    """A copy of ``block`` ``offset`` characters on (the remembered one is never handed out)."""
    def moved(fact: Fact) -> Fact:
        return Fact(fact.value, fact.start + offset, fact.end + offset)

    return Block(block.start + offset, block.end + offset, {key: moved(f) for key, f in block.facts.items()},
                 {key: list(names) for key, names in block.names.items()},
                 [(key, moved(f)) for key, f in block.denominators], block.conflict, block.anchored)


def _name_line(line: str) -> bool:
    return bool(BULLET.match(line)) and person_names(BULLET.sub("", line, count=1)) is not None


