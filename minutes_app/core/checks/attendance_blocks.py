"""Reading the attendance block of a biên bản ("Thành phần", domain.md §2) into counts.

A block is a few consecutive short lines (or one sentence of a long paragraph) holding the
labels tổng số / chính thức / dự bị / có mặt / vắng / có lý do / không lý do / miễn sinh
hoạt / sinh hoạt tạm thời. A count takes the labels of its phrase ("Đảng viên chính thức có
mặt: 22" → present, official) or the label right after it ("24 chính thức"); sub-labels
without a head of their own belong to the last head seen ("Có mặt 25 (chính thức 22, …)").
Blocks never span a whole report, and a block that states one count twice differently is
dropped: attendance.py and votes.py only judge what they can read unambiguously.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, NamedTuple, TypeVar

from ..detectors.figures import detect_figures
from ..numbers import parse_number
from ..resources import word_list, word_set
from ..text import sentence_spans
from .registry import DocumentContext

_LABEL_RE = re.compile(
    r"(?<!\w)(?:"
    r"(?P<noreason>không\s+(?:có\s+)?l[ýí]\s+do)"
    r"|(?P<reason>có\s+l[ýí]\s+do)"
    r"|(?P<absent>vắng(?:\s+mặt)?|không\s+có\s+mặt)"
    r"|(?P<exempt>miễn\s+(?:công\s+tác\s+và\s+)?sinh\s+hoạt(?:\s+đảng)?|miễn\s+SH)"
    r"|(?P<away>(?:giới\s+thiệu\s+|đi\s+)?sinh\s+hoạt\s+tạm\s+thời\s+(?:ở\s+|tại\s+)?nơi\s+khác)"
    r"|(?P<temp>sinh\s+hoạt\s+tạm\s+thời|tạm\s+thời)"
    r"|(?P<total>tổng\s+số)"
    r"|(?P<official>chính\s+thức)"
    r"|(?P<probationary>dự\s+bị)"
    r"|(?P<present>có\s+mặt|dự\s+họp)"
    r")(?!\w)",
    re.IGNORECASE,
)
HEADS = ("total", "present", "absent")
_NUM = r"\d{1,3}(?:\.\d{3})+|\d+"
_NUMBER_RE = re.compile(
    rf"(?<![\w.,/])(?P<a>{_NUM})(?:\s*/\s*(?P<b>{_NUM}))?(?!\w|[.,/]\d|\s*%|\s*(?:giờ|phút|h\d))"
)
_PERSONS = r"đồng\s+chí|đảng\s+viên|đ/c|người|đại\s+biểu|thành\s+viên|ủy\s+viên|uỷ\s+viên"
_UNIT = rf"(?:\s*(?:{_PERSONS}))?"
# What may follow a head count: a person noun, punctuation, "trên <tổng số>" or the end.
# "vắng sinh hoạt 3 lần", "có 36 TCCS" count something else.
_COUNT_END = re.compile(rf"\s*(?:(?:{_PERSONS})(?!\w)|trên(?!\w)|[,;.:()/–-]|$)", re.IGNORECASE)
_VOTE_WORDS = re.compile(r"tán\s+thành|biểu\s+quyết|bỏ\s+phiếu|số\s+phiếu", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:đồng\s+chí|đ/c|đ\.c|ông|bà|anh|chị)\s+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-+•*–]\s*")
_LONG_LINE = 250
_ADMITTED = re.compile(r"(?:chuyển|công\s+nhận|xét)(?:\s+(?:đảng|viên|đảng\s+viên|cho))*\s+$", re.IGNORECASE)
_TOTAL = re.compile(r"tổng\s+số", re.IGNORECASE)
_ABSENCE = ("absent", "reason", "noreason", "exempt", "away")
T = TypeVar("T")


@dataclass(frozen=True)
class Fact:
    value: int
    start: int
    end: int


@dataclass
class Block:
    """Counts of one attendance block, keyed by (head, sub): ("present", "official") = 22."""

    start: int
    end: int
    facts: dict[tuple[str, str | None], Fact] = field(default_factory=dict)
    names: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)
    denominators: list[tuple[tuple[str, str | None], Fact]] = field(default_factory=list)
    conflict: bool = False
    anchored: bool = False  # some count was labelled tổng số / có mặt / vắng, not only "2 đảng viên chính thức"

    def value(self, head: str, sub: str | None = None) -> int | None:
        fact = self.facts.get((head, sub))
        return fact.value if fact else None

    def present(self) -> int | None:
        value = self.value("present")
        if value is None and self.value("present", "official") is not None:
            value = self.value("present", "official") + (self.value("present", "probationary") or 0)
        return value

    def present_official(self) -> int | None:
        official = self.value("present", "official")
        if official is None and self.value("present") is not None:
            probationary = self.value("present", "probationary")
            if probationary is not None or self.value("total", "probationary") == 0:
                official = self.value("present") - (probationary or 0)
        return official

    def official_total(self) -> int | None:
        official = self.value("total", "official")
        if official is None and self.value("total") is not None and self.value("total", "probationary") is not None:
            official = self.value("total") - self.value("total", "probationary")
        return official

    def excluded(self, sub: str) -> list[int]:
        """Counts of members outside the meeting (exempted, transferred), whatever the head."""
        return sorted({f.value for (_, s), f in self.facts.items() if s == sub})


class Unit(NamedTuple):
    """A short line, or one sentence of a long paragraph (offsets relative to the paragraph)."""

    start: int
    end: int
    long: bool


def split_units(text: str) -> list[Unit]:
    if len(text) <= _LONG_LINE:
        return [Unit(0, len(text), False)]
    return [Unit(start, end, True) for start, end in sentence_spans(text)]


def figure_spans(text: str, keep: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the paragraph's figures whose type is not in ``keep`` (dates, money, …)."""
    return [(f.start, f.end) for f in detect_figures(text) if f.get("type") not in keep]


class _Num(NamedTuple):
    start: int
    end: int
    a: str
    b: str | None
    b_start: int

    def shifted(self, offset: int) -> "_Num":
        return _Num(self.start + offset, self.end + offset, self.a, self.b, self.b_start + offset)


class _Line(NamedTuple):
    unit: Unit
    attendance: bool
    names: bool
    numbers: tuple[_Num, ...]


def _scan(text: str) -> tuple[_Line, ...]:
    """Per-paragraph work, remembered across analyses (DocumentContext.per_paragraph)."""
    lines = []
    skip = None
    for unit in split_units(text):
        piece = text[unit.start:unit.end]
        attendance = bool(_LABEL_RE.search(piece)) and not _VOTE_WORDS.search(piece)
        numbers: tuple[_Num, ...] = ()
        if attendance:
            skip = figure_spans(text, ("count", "ratio")) if skip is None else skip
            numbers = tuple(
                _Num(m.start() + unit.start, m.end() + unit.start, m["a"], m["b"],
                     (m.start("b") if m["b"] else m.end()) + unit.start)
                for m in _NUMBER_RE.finditer(piece)
                if not any(a < m.end() + unit.start and m.start() + unit.start < b for a, b in skip))
        lines.append(_Line(unit, attendance, not unit.long and _name_line(piece), numbers))
    return tuple(lines)


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
    runs: list[list[tuple[int, int, tuple[_Num, ...]]]] = []
    run: list[tuple[int, int, tuple[_Num, ...]]] = []
    run_paragraph = gap = 0  # run_paragraph: index of the paragraph the run last grew in

    def close() -> None:
        nonlocal run, gap
        if run:
            runs.append(run)
        run, gap = [], 0

    for paragraph, lines in ctx.per_paragraph(_scan):
        for unit, attendance, names, numbers in lines:
            start, end = paragraph.start + unit.start, paragraph.start + unit.end
            if run and unit.long and paragraph.index not in (run_paragraph, run_paragraph + 1):
                close()  # a long paragraph only continues a block from the line right before it
            if attendance and _TOTAL.search(ctx.text, start, end) and any(
                    _TOTAL.search(ctx.text, a, b) for a, b, _ in run):
                close()  # a second "tổng số" opens the next meeting's block
            if attendance or (run and names):
                run.append((start, end, tuple(n.shifted(paragraph.start) for n in numbers)))
                run_paragraph, gap = paragraph.index, 0
            elif run and not unit.long and gap < 1 and not _VOTE_WORDS.search(ctx.text, start, end):
                gap += 1  # one unrelated line (chủ trì, thư ký) may sit inside the block
            elif run:
                close()
    close()
    parsed = [_parse(ctx.text, run) for run in runs]
    return [b for b in parsed if b.anchored and not b.conflict]


def _name_line(line: str) -> bool:
    return bool(_BULLET.match(line)) and _names(_BULLET.sub("", line, count=1)) is not None


def _parse(text: str, run: list[tuple[int, int, tuple[_Num, ...]]]) -> Block:
    """Read labels and counts in order; a count takes the labels of its phrase."""
    block = Block(run[0][0], run[-1][1])
    head: str | None = None
    last_key: tuple[str, str | None] | None = None
    for start, end, numbers in run:
        line = text[start:end]
        if last_key and last_key[0] == "absent" and _BULLET.match(line) and not _LABEL_RE.search(line):
            names = _names(_BULLET.sub("", line, count=1))
            if names:
                block.names.setdefault(last_key, []).extend(names)
            continue
        tokens: list[tuple[int, int, str | None, _Num | None]] = [
            (m.start() + start, m.end() + start, m.lastgroup, None) for m in _labels(line)]
        tokens += [(n.start, n.end, None, n) for n in numbers]
        tokens.sort(key=lambda t: t[0])
        phrase: list[str] = []
        cursor = consumed = start
        for index, (t_start, t_end, kind, number) in enumerate(tokens):
            following = [t[0] for t in tokens[index + 1:] if t[2] in _ABSENCE]
            limit = following[0] if following else end  # a names list runs to the next absence label
            if kind and t_start < consumed:
                continue  # the label a count before it already took ("24 chính thức")
            if kind:
                if _clause_break(text[cursor:t_start]):
                    phrase = []
                phrase.append(kind)
                head, last_key = _key(phrase, head)
                _attach_names(block, last_key, text, t_end, limit)
                cursor = t_end
                continue
            kinds = phrase if phrase and _filler_ok(text[cursor:t_start], phrase[-1]) else []
            if not kinds:
                kinds, consumed = _postfix(text, t_end, end)
            elif not _COUNT_END.match(text, t_end, end):
                kinds = []
            phrase, cursor = [], t_end
            if not kinds:
                continue
            head, last_key = _key(kinds, head)
            block.anchored |= any(k in HEADS or k in _ABSENCE for k in kinds)
            _store(block, last_key, Fact(int(parse_number(number.a).value), t_start, t_end))
            if number.b:
                block.denominators.append((last_key, Fact(int(parse_number(number.b).value), number.b_start, t_end)))
            _attach_names(block, last_key, text, t_end, limit)
    return block


def _labels(line: str) -> list[re.Match]:
    """Attendance labels, without "chính thức" in "chuyển đảng chính thức", "công nhận … chính thức"."""
    return [m for m in _LABEL_RE.finditer(line)
            if not (m.lastgroup == "official" and _ADMITTED.search(line[max(0, m.start() - 40):m.start()]))]


def _clause_break(between: str) -> bool:
    """Labels belong to one phrase when a few words at most separate them."""
    return bool(re.search(r"[;.\n)]|\d", between)) or len(between.split()) > 4


def _filler_ok(filler: str, label: str) -> bool:
    """Label and number belong together when only a few words (no other figure) separate them;
    "tổng số" may name a longer group ("Tổng số cán bộ, công chức, người lao động của cơ quan: 12")."""
    words = 10 if label == "total" else 6
    return len(filler) <= 8 * words and not re.search(r"[\d;.()]", filler) and len(filler.split()) <= words


def _postfix(text: str, number_end: int, limit: int) -> tuple[list[str], int]:
    """'25 đồng chí có mặt', '(24 chính thức, 3 dự bị)': the label right after the count."""
    match = re.compile(_UNIT + r"\s+").match(text, number_end, limit)
    label = _LABEL_RE.match(text, match.end() if match else number_end, limit)
    if label and (match or label.start() == number_end):
        return [label.lastgroup], label.end()
    return [], number_end


def _key(kinds: list[str], head: str | None) -> tuple[str | None, tuple[str, str | None]]:
    """Labels of one phrase → (new context head, fact key)."""
    heads = [k for k in kinds if k in HEADS]
    subs = [k for k in kinds if k not in HEADS]
    if heads:
        head = heads[-1] if len(heads) == 1 or heads[-1] != "total" else heads[-2]
    if subs and subs[-1] in ("reason", "noreason"):
        head = "absent"
    head = head or "total"
    return head, (head, subs[-1] if subs else None)


def _store(block: Block, key: tuple[str, str | None], fact: Fact) -> None:
    old = block.facts.get(key)
    if old and old.value != fact.value:
        block.conflict = True  # the same count stated twice differently: not ours to guess
    block.facts.setdefault(key, fact)


def _attach_names(block: Block, key, text: str, pos: int, limit: int) -> None:
    """Names listed right after an absence label: 'vắng 2 (có lý do: đ/c A, đ/c B)'."""
    if key[0] != "absent":
        return
    region = text[pos:limit]
    match = re.match(_UNIT + r"\s*(?::|\(|gồm\s|là\s)", region)
    if not match:
        return
    region = region[match.end():]
    if match.group().endswith("("):
        region = region.split(")")[0]
    names = _names(region)
    if names:
        block.names.setdefault(key, []).extend(names)


def _names(region: str) -> list[str] | None:
    """The people of a list, when it is one: the first item must be a person ("đồng chí
    Lê Văn Nam", "Trần Thị Hoa"); later titles or reasons ("Phó Bí thư chi bộ", "ốm") are
    appositions and skipped. Anything else that is not clearly a person voids the list."""
    region = re.sub(r"\([^()]*\)", " ", region).strip().rstrip(").;:")
    items = [i.strip(" -–") for i in re.split(r"[,;]|\s+và\s+", region) if i.strip(" -–")]
    names = []
    for item in items:
        kind = _person_or_apposition(item)
        if kind is None or (kind == "apposition" and not names):
            return None
        if kind == "person":
            names.append(item)
    return names or None


def _person_or_apposition(item: str) -> str | None:
    honorific = _HONORIFIC.match(item)
    rest = item[honorific.end():] if honorific else item
    words = rest.split()
    if not words or re.search(r"\d", item):
        return None
    if honorific:
        return "person" if words[0][0].isupper() else None
    lowered = rest.lower()
    if not words[0][0].isupper() or any(lowered.startswith(t) for t in _titles()):
        return "apposition"
    capitals = len(list(itertools.takewhile(lambda w: w[0].isupper(), words)))
    return "person" if capitals >= 2 and words[0] in word_set("surnames", lower=False) else None


@lru_cache(maxsize=None)
def _titles() -> tuple[str, ...]:
    return tuple(t.lower() for t in word_list("titles"))
