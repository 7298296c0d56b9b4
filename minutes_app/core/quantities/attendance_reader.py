"""Reading one attendance block (domain.md §2) into counts: the labels tổng số / chính thức /
dự bị / có mặt / vắng / có lý do / không lý do / miễn sinh hoạt / sinh hoạt tạm thời, the
numbers they label, and the people named as absent.

A count takes the labels of its phrase ("Đảng viên chính thức có mặt: 22" → present,
official) and the label right after it ("24 chính thức", "có mặt 16 đảng viên chính thức");
a head (tổng số / có mặt / vắng) carries on to later lines, but not out of a parenthesis.
A block that states one count twice differently is marked as a conflict.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..keywords import Phrases
from ..numbers import parse_number
from ..resources import alternation, word_list, word_pairs, word_set

# guards no word can say: "tổng số" is no label after "nâng", "tăng", "đưa" nor before "… lên 28" ("nâng tổng số
# đảng viên lên 28 đồng chí": the membership a change reached, a figure of the report, not a roll); "đại biểu mời" labels
# only before ":"; "tham gia sinh hoạt" is no presence before words telling how or where one takes part
_BEFORE = {"total": r"(?<!nâng\s)(?<!tăng\s)(?<!đưa\s)"}
_AFTER = {"total": r"(?!(?:\s+[^\W\d]+){0,6}\s+lên\s+\d)"}
_PHRASE_AFTER = {"đại biểu mời": r"(?=\s*:)",
                 "tham gia sinh hoạt": r"(?!\s+(?:tạm\s+thời|đảng|ở|tại|nơi|thường\s+xuyên|đều|đầy\s+đủ|định\s+kỳ|hằng|hàng|"
                                       r"theo|với|cùng))"}


def _label_pattern() -> str:
    """resources/attendance_labels.txt as one group a kind, the kinds in the file's order, each kind's words the
    longest first."""
    kinds: dict[str, list[str]] = {}
    for words, kind in word_pairs("attendance_labels"):
        kinds.setdefault(kind, []).append(words)
    groups = []
    for kind, phrases in kinds.items():
        branches = "|".join(alternation([words]) + _PHRASE_AFTER.get(words.lower(), "")
                            for words in sorted(phrases, key=len, reverse=True))
        groups.append(f"(?P<{kind}>{_BEFORE.get(kind, '')}(?:{branches}){_AFTER.get(kind, '')})")
    return r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)"


LABEL_RE = re.compile(_label_pattern(), re.IGNORECASE)
# Every match of LABEL_RE holds one of these (its words apart by white space): a paragraph with
# none holds no label, and LABEL_RE is not searched there (speed; tests/core/test_keywords.py
# checks the list against every branch). Keep it in step with LABEL_RE.
may_hold_label = Phrases("lý do", "lí do", "vắng", "có mặt", "miễn", "tạm thời", "chuyển sinh hoạt", "tổng số", "tổng cộng", "triệu tập",
                         "phải dự", "phải tham dự", "chính thức", "dự bị", "đại biểu mời", "khách mời", "dự họp",
                         "dự sinh hoạt", "tham dự", "dự hội nghị", "dự đại hội", "dự kỳ họp", "dự phiên họp", "hiện diện", "tham gia sinh hoạt",
                         "tham gia họp", "tham gia cuộc họp")
# The words every match of LABEL_RE opens with, lower-cased (LABEL_OPENERS, the first words of its labels) and of
# RESTATED_LINE: a search for either is tried only where one of them starts (structure.scan.Anchored), not from every
# letter of a line. Keep RESTATED_OPENERS in step with its pattern (tests/core/test_speedups_p19.py reads each branch).
LABEL_OPENERS = tuple(dict.fromkeys(words.split()[0].lower() for words, _ in word_pairs("attendance_labels")))
RESTATED_OPENERS = ("hiện", "đến", "nay", "còn")
HEADS = ("total", "present", "absent")
PERSONS = (r"đồng\s+chí|đảng\s+viên|đ/c|đv|người|đại\s+biểu|thành\s+viên|ủy\s+viên|uỷ\s+viên|hội\s+viên|đoàn\s+viên|"
           r"xã\s+viên|cán\s+bộ|giáo\s+viên|chị|anh|vị(?!\s+trí)")
# ("vắng: 04 chị" of a Hội Phụ nữ, "có mặt 22 hội viên"; "Có mặt: 32 vị" of an HĐND session, not "26 vị trí")
_UNIT = rf"(?:\s*(?:{PERSONS}))?"
# What may follow a head count: a person noun, punctuation, "trên <tổng số>" or the end.
# "vắng sinh hoạt 3 lần", "có 36 TCCS" count something else.
_COUNT_END = re.compile(rf"\s*(?:(?:{PERSONS})(?!\w)|trên(?!\w)|[,;.:()/–-]|$)", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:đồng\s+chí|đ/c|đ\.c|ông|bà|anh|chị)\s+", re.IGNORECASE)
BULLET = re.compile(r"^\s*[-+•*–]\s*")
_ADMITTED = re.compile(r"(?:chuyển|công\s+nhận|xét)(?:\s+(?:đảng|viên|đảng\s+viên|cho))*\s+$", re.IGNORECASE)
_ABSENCE = ("absent", "reason", "noreason", "exempt", "away")


@lru_cache(maxsize=None)
def _roll_field() -> re.Pattern:
    def alternatives(name: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in word_list(name))

    # the body as named, its head (resources/org_heads.txt) and the words of its name after it, capitalised or places
    # ("chi bộ", "Chi bộ thôn Hạ", "Ban Chấp hành Đảng bộ xã"), not what some of its members did ("… đi làm ăn xa: 3")
    heads = alternatives("org_heads")
    body = rf"(?:{heads})(?:\s+(?:{heads}|(?-i:[A-ZĐÀ-Ỹ0-9])[\w'.-]*|{alternatives('capitalization_place_nouns')}|số)){{0,6}}"
    return re.compile(rf"\s*(?:[-+•*–]\s*)?(?:(?:tổng\s+)?số\s+)?(?:{alternatives('attendance_roll_nouns')})(?:\s+chính\s+thức)?"
                      rf"\s+(?:của|trong|thuộc)\s+{body}\s*:\s*(?=\d)", re.IGNORECASE)


def roll_field(line: str) -> re.Match | None:
    """A line opening with the roll as a field, its noun of members and their body before the colon and the count
    after it ("- Đảng viên của chi bộ: 16 đồng chí (15 chính thức, 1 dự bị);"): the members of the body, whose count
    is the total, whatever heading stands on the line above ("Thành phần dự sinh hoạt:")."""
    return _roll_field().match(line)


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
    absent_implied: bool = False  # the absent total was taken from one reason's count ("vắng 2 đồng chí có lý do")

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

    def stated_base(self) -> int | None:
        """The one base written after those present ("có mặt 27/31 ủy viên"), if any."""
        stated = {d.value for key, d in self.denominators if key == ("present", None)}
        return stated.pop() if len(stated) == 1 else None

    def roll(self) -> int | None:
        """The members the meeting is of: the total, or the count restated after a change ("được bầu 27 đại biểu;
        01 đại biểu thôi làm nhiệm vụ, hiện có 26"), which the total's own split no longer describes."""
        current = self.value("total", "current")
        return current if current is not None else self.value("total")

    def same_roll(self, base: int) -> bool:
        """The block's total counts the same members as a base written after those present:
        "có mặt 27/31" and "tổng số 33" may be one roll miscounted; 31 ủy viên and 1.215
        đảng viên of the whole Đảng bộ are two rolls."""
        total = self.roll()
        return total is None or max(total, base) <= 2 * min(total, base)

    def excluded(self, sub: str) -> list[int]:
        """Counts of members outside the meeting (exempted, transferred), whatever the head."""
        return sorted({f.value for (_, s), f in self.facts.items() if s == sub})


class Num(NamedTuple):
    """A count "a" or a ratio "a/b" found in a line (document offsets)."""

    start: int
    end: int
    a: str
    b: str | None
    b_start: int

    def shifted(self, offset: int) -> "Num":
        return Num(self.start + offset, self.end + offset, self.a, self.b, self.b_start + offset)


def parse(text: str, run: list[tuple[int, int, tuple[Num, ...]]]) -> Block:
    """The counts of one block: ``run`` holds its lines (start, end) with their numbers."""
    block = Block(run[0][0], run[-1][1])
    reader = _Reader(text, block)
    for start, end, numbers in run:
        reader.line(start, end, numbers)
    return block


class _Reader:
    """Reads a block's lines in order; a count takes the labels of its phrase, and the head
    (tổng số / có mặt / vắng) carries on to later lines, but not out of a parenthesis."""

    def __init__(self, text: str, block: Block):
        self.text, self.block = text, block
        self.head: str | None = None
        self.last_key: tuple[str, str | None] | None = None
        self.names_open = False  # the line before announced the absentees' names ("Vắng 03 đồng chí:") or held some
        self.guests_named = False  # the line before named people after its label and counted none
        self.guests_listed = False  # a heading "Khách mời:" stands above this run of items

    def line(self, start: int, end: int, numbers: tuple[Num, ...]) -> None:
        text, block = self.text, self.block
        line = text[start:end]
        names_open, self.names_open = self.names_open, False
        if self.guests_named:
            # "Dự hội nghị có đ/c Âu Thanh Sơn, Ủy viên Ban Thường vụ." then "Chi bộ có 18 đảng viên (16 chính thức,
            # 2 dự bị)": the label named who attended, it heads no count of the next line
            self.head, self.guests_named = None, False
        if self.last_key and self.last_key[0] == "absent" and BULLET.match(line) and names_open and (
                not LABEL_RE.search(line) or _PERSON_LINE.match(line)):
            # "+ Đ/c Mạc Thị Yến (đảng viên dự bị): không lý do.": a person's line, its labels are the reason
            names = person_names(BULLET.sub("", line, count=1))
            if names:
                block.names.setdefault(self.last_key, []).extend(names)
                self.names_open = True
            return
        self.names_open = line.rstrip().endswith(":") or bool(_ABSENT_LINE_END.search(line))
        tokens: list[tuple[int, int, str | None, Num | None]] = [
            (m.start() + start, m.end() + start, m.lastgroup, None) for m in labels_in(line)]
        if not BULLET.match(line):
            self.guests_listed = False
        # (under "Khách mời:" the items are the guests, "- Hội viên của Hội Cựu chiến binh xã: 3 đồng chí", not the roll)
        roll = None if self.guests_listed else roll_field(line)
        if roll:
            tokens.append((start + roll.start(), start + roll.start(), "total", None))
        tokens += [(n.start, n.end, None, n) for n in numbers]
        tokens.sort(key=lambda t: t[0])
        # The absence labels a names list may run to, read once per line (asked at every token, a line repeating
        # "vắng" a thousand times was read a million times): a reason in brackets after a name ("Nguyễn Văn An
        # (có lý do), …") does not end the names.
        free = [i for i, t in enumerate(tokens) if t[2] in _ABSENCE and not _bracketed(line, t[0] - start)]
        phrase: list[str] = []
        said: list[str] = []  # what fact_key reads of the phrase (its last two heads and last other label)
        cursor = consumed = start
        counted = False
        outer: dict[int, str | None] = {}  # paren depth → head outside it
        depth = opened = closed = seen = 0
        for index, (t_start, t_end, kind, number) in enumerate(tokens):
            # the brackets open before the token, counted on from the token before (tokens are in order)
            opened += line.count("(", seen, t_start - start)
            closed += line.count(")", seen, t_start - start)
            seen = max(seen, t_start - start)
            depth = self._enter(max(0, opened - closed), depth, outer)
            later = bisect_right(free, index)
            limit = tokens[free[later]][0] if later < len(free) else end  # a names list runs to the next absence label
            if kind and t_start < consumed:
                continue  # the label a count before it already took ("24 chính thức")
            if kind:
                if _clause_break(text[cursor:t_start]):
                    phrase, said = [], []
                phrase.append(kind)
                said = _said(said, kind)
                self.head, self.last_key = fact_key(said, self.head)
                _attach_names(block, self.last_key, text, t_end, limit)
                cursor = t_end
                continue
            kinds = phrase if phrase and _filler_ok(text[cursor:t_start], phrase[-1]) else []
            if not kinds and self.last_key and self.last_key[0] == "absent" and self.last_key in block.names \
                    and self.last_key not in block.facts and _DASH_BEFORE.search(text, cursor, t_start) \
                    and _COUNT_END.match(text, t_end, end):
                # "có lý do: Nguyễn Văn A (ốm), Lê Thị B (đi công tác) – 02 đồng chí": the count after the names
                # listed under a label is that label's
                kinds = [k for k in self.last_key if k]
            after, after_end = _postfix(text, t_end, end)
            if after and after[0] in ("official", "probationary") and _ELECTED.search(text, max(start, t_start - 60),
                                                                                      t_start):
                after, after_end = [], t_end  # "bầu 15 đại biểu chính thức": delegates elected, not members present
            if kinds and not _COUNT_END.match(text, t_end, end):
                kinds = []
            elif kinds and after and after[0] not in HEADS and "present" in kinds and not number.b and \
                    _CALLED_AFTER.search(text, t_end, after_end):
                # "Dự Đại hội có 150 đại biểu chính thức được triệu tập, có mặt 147": the prefix names the meeting they
                # were called to; those called are the roll, not those present (but "146/150 … được triệu tập": 146
                # of them came)
                kinds, consumed = ["total", "called"], after_end
            elif kinds and after and after[0] in ("official", "probationary") and {"exempt", "away"} & set(kinds):
                consumed = after_end  # "miễn sinh hoạt: 02 đồng chí chính thức": those exempted, whatever their standing
            elif kinds and after and after[0] not in HEADS:
                kinds, consumed = kinds + after, after_end  # "có mặt 16 đảng viên chính thức"
            elif not kinds:
                kinds, consumed = after, after_end
            if not kinds and not number.b and self._restates_total(number, t_start, t_end, end):
                # "được bầu là 27 đại biểu; 01 đại biểu đã chuyển công tác …, nên số đại biểu hiện có là 26": the roll
                # as it stands after a change, the base of those present (not the first figure)
                kinds = ["total", "current"]
            phrase, said, cursor = [], [], t_end
            if kinds:
                counted = True
                self._count(kinds, number, t_start, t_end)
                # the names run to the next absence label this count did not take
                # (nor the reason in brackets right after the count: "vắng 3 (có lý do): đ/c A, đ/c B")
                limit = next((tokens[i][0] for i in free[bisect_right(free, index):] if tokens[i][0] >= consumed
                              and not _OWN_BRACKET.fullmatch(text, t_end, tokens[i][0])), end)
                _attach_names(block, self.last_key, text, t_end, limit)
        if depth:
            self.head = outer.get(0, self.head)
        labels = [t for t in tokens if t[2]]
        if labels and labels[-1][2] == "guest" and line.rstrip().endswith(":"):
            self.guests_listed = True
        if labels and not counted and not self.names_open:
            self.guests_named = bool(person_names(_PEOPLE_OPENING.sub("", text[labels[-1][1]:end], count=1)))

    def _restates_total(self, number: Num, start: int, end: int, limit: int) -> bool:
        """The count at start:end (``number``), after "hiện có", "hiện còn", "nay còn", "còn lại" and before anyone
        is counted present or absent, restates the block's total after a change: a roll of about its size (a member
        left, one was added), not a figure of its own."""
        total = self.block.facts.get(("total", None))
        if total is None or total.start >= start or any(head in ("present", "absent") for head, _ in self.block.facts):
            return False
        if not _RESTATED.search(self.text, max(total.end, start - 30), start) or not _COUNT_END.match(self.text, end, limit):
            return False
        value = int(parse_number(number.a).value)
        return 0 < value != total.value and max(value, total.value) <= 2 * min(value, total.value)

    def _enter(self, new: int, depth: int, outer: dict[int, str | None]) -> int:
        """From bracket depth ``depth`` to ``new``: the head outside each bracket opened is kept, and is the head
        again once its bracket closes."""
        for level in range(depth, new):
            outer[level] = self.head
        if new < depth:
            self.head = outer.get(new, self.head)
        return new

    def _count(self, kinds: list[str], number: Num, start: int, end: int) -> None:
        block = self.block
        explicit = [k for k in kinds if k in HEADS]
        self.head, key = fact_key(kinds, self.head)
        self.last_key = key
        block.anchored |= any(k in HEADS or k in _ABSENCE for k in kinds)
        value = int(parse_number(number.a).value)
        if number.b and not explicit and key[0] == "total" and key[1] in ("official", "probationary", "temp"):
            # "Đảng viên chính thức: 16/18": 16 of the 18 official members are present
            store_fact(block, ("present", key[1]), Fact(value, start, number.b_start))
            store_fact(block, key, Fact(int(parse_number(number.b).value), number.b_start, end))
            block.anchored = True
            return
        if key == ("present", None) and "total" in kinds and ("guest", None) in block.facts:
            key = ("present", "all")  # "Có mặt: 19 … Đại biểu mời: 12 … Tổng số đại biểu dự hội nghị: 33": with the guests
        store_fact(block, key, Fact(value, start, end))
        if "absent" in explicit and key[1] in ("reason", "noreason") and ("absent", None) not in block.facts:
            # "vắng 2 đồng chí có lý do"; not "Vắng 05, gồm: … 02 vắng có lý do, 02 vắng không có lý do"
            store_fact(block, ("absent", None), Fact(value, start, end))
            block.absent_implied = True
        elif block.absent_implied and key[1] in ("reason", "noreason") and len(
                [k for k in block.facts if k[0] == "absent" and k[1] in ("reason", "noreason")]) > 1:
            # "vắng có lý do 5, vắng không lý do 2": the first reason's count was not all the absent
            del block.facts[("absent", None)]
            block.absent_implied = False
        if number.b:
            block.denominators.append((key, Fact(int(parse_number(number.b).value), number.b_start, end)))


_RESTATING = r"(?<!\w)(?:hiện\s+(?:nay\s+)?(?:có|còn)|(?:đến\s+)?nay\s+còn|còn\s+lại)(?:\s+là)?\s*:?\s*"
_RESTATED = re.compile(_RESTATING + "$", re.IGNORECASE)
RESTATED_LINE = re.compile(_RESTATING + r"\d", re.IGNORECASE)
_OWN_BRACKET = re.compile(_UNIT + r"\s*\(\s*(?:vắng\s+|đều\s+)?", re.IGNORECASE)


def _bracketed(line: str, pos: int) -> bool:
    """The label at ``pos`` is inside brackets that open after a name ("An (có lý do)"), not
    a bracket opening a count's own list ("vắng 2 (có lý do: …)")."""
    opening = line.rfind("(", 0, pos)
    if opening == -1 or line.find(")", opening, pos) != -1:
        # "đ/c Đặng Văn Cường - có lý do (…); đ/c Nguyễn Thị Thu - không lý do": a name's reason after its dash
        return bool(_NAME_THEN_REASON.search(line, max(0, pos - 40), pos)) and bool(
            re.search(r"(?i:đồng\s+chí|đ/c)\s+[A-ZĐÀ-Ỹ]", line[max(0, pos - 40):pos]))
    if _NAME_THEN_REASON.search(line, opening, pos):
        return True  # "02 đ/c (đ/c Lộc: miễn sinh hoạt do …; đ/c Mận: …)": a named person's reason in the list
    before = line[:opening].rstrip()
    return bool(before) and before.split()[-1][:1].isupper() and not re.search(r"\d\s*(?:\S+\s*){0,2}$", before)


_NAME_THEN_REASON = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*\s*[:–-]\s*(?i:vắng(?:\s+mặt)?\s+)?$")


def labels_in(line: str) -> list[re.Match]:
    """Attendance labels, without "chính thức" in "chuyển đảng chính thức", "công nhận … chính thức", nor in
    an election ("bầu 15 đại biểu chính thức và 02 đại biểu dự khuyết đi dự Đại hội cấp trên")."""
    return [m for m in LABEL_RE.finditer(line)
            if not (m.lastgroup == "official" and (_ADMITTED.search(line[max(0, m.start() - 40):m.start()])
                                                   or _ELECTED.search(line[max(0, m.start() - 60):m.start()])))]


def told_absent(text: str, at: int) -> bool:
    """The count at ``at`` is told absent: the labels right before it, a colon at most between them, are the absence
    label and perhaps its reason ("Vắng mặt 2 đồng chí", "vắng: 3", "vắng có lý do 01 đồng chí", "không có mặt 2").
    The one reading of a figure told absent, for the checks and the summary alike."""
    end, reasons = at, True
    for label in reversed(list(LABEL_RE.finditer(text, max(0, at - 40), at))):
        if not _LABEL_GAP.fullmatch(text, label.end(), end):
            return False
        if label.lastgroup == "absent":
            return True
        if not (reasons and label.lastgroup in ("reason", "noreason")):
            return False
        end, reasons = label.start(), False
    return False


_LABEL_GAP = re.compile(r"\s*:?\s*")


_PERSON_LINE = re.compile(r"\s*[-+•*–]\s*(?i:đồng\s+chí|đ/c|ông|bà|anh|chị)\s+(?:[A-ZĐÀ-Ỹ][\w']*\s*){2,5}(?:\([^()]*\)\s*)?[:–-]")
# "Vắng mặt: 02 đồng chí" closing its line: the names may follow on "-" lines
_ABSENT_LINE_END = re.compile(rf"(?i:vắng)[^.;:\d]{{0,20}}:?\s*\d+{_UNIT}\s*[.;]?\s*$", re.IGNORECASE)
_ELECTED = re.compile(r"(?<!\w)(?:bầu|trúng\s+cử)(?!\w)[^;.:]{0,45}$", re.IGNORECASE)


def _clause_break(between: str) -> bool:
    """Labels belong to one phrase when a few words at most separate them."""
    # "có mặt trên tổng số 150": "trên" opens the whole the count is set against
    return bool(re.search(r"[;.\n)]|\d|(?<!\w)trên(?!\w)", between)) or len(between.split()) > 4


def _filler_ok(filler: str, label: str) -> bool:
    """Label and number belong together when only a few words (no other figure) separate them;
    "tổng số" may name a longer group ("Tổng số cán bộ, công chức, người lao động của cơ quan: 12")."""
    words = 10 if label == "total" else 6
    return len(filler) <= 8 * words and not re.search(r"[\d;.()]", filler) and len(filler.split()) <= words


_UNIT_AFTER = re.compile(_UNIT + r"\s+(?:được\s+|đã\s+|đang\s+)?", re.IGNORECASE)  # "22 ĐV chính thức" as "22 đv"


def _postfix(text: str, number_end: int, limit: int) -> tuple[list[str], int]:
    """'25 đồng chí có mặt', '(24 chính thức, 3 dự bị)': the label right after the count."""
    match = _UNIT_AFTER.match(text, number_end, limit)
    label = LABEL_RE.match(text, match.end() if match else number_end, limit)
    if label and label.lastgroup in ("official", "probationary"):
        outside = _OUTSIDE_AFTER.match(text, label.end(), limit)
        kept_out = LABEL_RE.match(text, outside.end(), limit) if outside else None
        if kept_out and kept_out.lastgroup in ("exempt", "away"):
            # "trong đó 01 đồng chí chính thức được miễn sinh hoạt": a member kept out of the meeting, not the
            # official roll told again (the block would read two official counts and be dropped as a conflict);
            # not "… chính thức chuyển sinh hoạt về thôn", "… miễn nhiệm", which name no such label
            return [kept_out.lastgroup], kept_out.end()
    if label and (match or label.start() == number_end):
        head = _HEAD_AFTER.match(text, label.end(), limit)
        if head and label.lastgroup == "called" and head.lastgroup == "present":
            return ["present"], head.end()  # "87/95 đại biểu được triệu tập về dự": 87 of the 95 called are present
        if head and label.lastgroup not in HEADS:  # "146 đại biểu chính thức có mặt"
            return [label.lastgroup, head.lastgroup], head.end()
        if label.lastgroup == "absent":  # "02 vắng có lý do", "02 vắng không có lý do"
            reason = _REASON_AFTER.match(text, label.end(), limit)
            if reason:
                return ["absent", reason.lastgroup], reason.end()
        called = _CALLED_AFTER.match(text, label.end(), limit) if label.lastgroup in ("official", "probationary") else None
        if called:  # "25 đảng viên chính thức được triệu tập, 22 đồng chí có mặt": the called are the total
            return [label.lastgroup], called.end()
        return [label.lastgroup], label.end()
    if match and match.end() > number_end:
        bare = _BARE_PRESENT.match(text, match.end(), limit)
        if bare:  # "có 45 đại biểu dự, 4 đại biểu vắng": "dự" alone after the people counted
            return ["present"], bare.end()
    body = _BODY_THEN_HEAD.match(text, number_end, limit)  # "45/47 đồng chí Ủy viên Ban Chấp hành tham dự"
    if body:
        return [body.lastgroup.rstrip("2")], body.end()
    return [], number_end


_OUTSIDE_AFTER = re.compile(r"\s+(?:được\s+|đã\s+|đang\s+|đi\s+)?(?=miễn|sinh\s+hoạt\s+tạm|chuyển\s+sinh)", re.IGNORECASE)
_DASH_BEFORE = re.compile(r"[^\W\d_)]\)?\s+[–—-]\s*$")
_BARE_PRESENT = re.compile(r"dự(?=\s*[,;.)]|\s+và\s)", re.IGNORECASE)
_CALLED_AFTER = re.compile(r"\s+(?:được\s+|phải\s+)?triệu\s+tập(?!\w)", re.IGNORECASE)
_BODY_THEN_HEAD = re.compile(
    r"(?:\s++(?:" + PERSONS + r"))?\s++(?:Ủy|Uỷ|ủy|uỷ)\s+viên(?:\s+[^\W\d_]+){0,6}?\s+(?:(?P<present>có\s+mặt|dự\s+họp|tham\s+dự"
    r"|dự(?=\s*[(,;.]|\s+và\s))"  # "19/23 đồng chí Ủy viên BCH dự (vắng 05 đồng chí có lý do)"
    r"|(?P<absent>vắng(?:\s+mặt)?))(?!\w)"
    # "28/30 đại biểu HĐND xã tham dự": the delegates of a named council (not guests)
    r"|\s++đại\s+biểu\s+(?!khách|mời)(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?P<present2>có\s+mặt|dự\s+họp|tham\s+dự)(?!\w)")


_REASON_AFTER = re.compile(r"\s+(?:(?P<noreason>không\s+(?:có\s+)?l[ýí]\s+do)|(?P<reason>có\s+l[ýí]\s+do))(?!\w)",
                           re.IGNORECASE)
_HEAD_AFTER = re.compile(r"\s+(?:(?P<present>có\s+mặt|dự\s+họp|tham\s+dự|về\s+dự(?:\s+(?:họp|hội\s+nghị|đại\s+hội))?)|"
                         r"(?P<absent>vắng(?:\s+mặt)?))(?!\w)", re.IGNORECASE)


def fact_key(kinds: list[str], head: str | None) -> tuple[str | None, tuple[str, str | None]]:
    """Labels of one phrase → (new context head, fact key)."""
    heads = [k for k in kinds if k in HEADS]
    subs = [k for k in kinds if k not in HEADS]
    if subs and subs[-1] == "guest":
        return head, ("guest", None)  # "Đại biểu mời: 12 đồng chí": guests, not members of the roll
    if heads:
        head = heads[-1] if len(heads) == 1 or heads[-1] != "total" else heads[-2]
    if subs and subs[-1] in ("reason", "noreason"):
        head = "absent"
    head = head or "total"
    return head, (head, subs[-1] if subs else None)


def _said(said: list[str], kind: str) -> list[str]:
    """``said`` and then ``kind``, cut to what fact_key reads of a phrase: its last two heads in order and its last
    other label (fact_key reads the two kinds apart; the phrase itself grows with each label of a clause)."""
    heads = [k for k in said if k in HEADS]
    others = [k for k in said if k not in HEADS]
    if kind in HEADS:
        return heads[-1:] + [kind] + others
    return heads + [kind]


def store_fact(block: Block, key: tuple[str, str | None], fact: Fact) -> None:
    old = block.facts.get(key)
    if old and old.value != fact.value:
        block.conflict = True  # the same count stated twice differently: not ours to guess
    block.facts.setdefault(key, fact)


def _attach_names(block: Block, key, text: str, pos: int, limit: int) -> None:
    """Names listed right after an absence label: 'vắng 2 (có lý do: đ/c A, đ/c B)'."""
    if key[0] != "absent":
        return
    region = text[pos:limit]
    match = re.match(_UNIT + r"(?:\s+vắng(?:\s+mặt)?(?=\s+(?:là|gồm|cụ\s+thể)\b|\s*[:,(–—-]))?"  # "4 đồng chí vắng là …"
                     r"(?:\s+(?:vắng(?:\s+mặt)?\s+)?(?:không\s+)?(?:có\s+)?l[ýí]\s+do"
                     r"|\s*\(\s*(?:đều\s+)?(?:không\s+)?(?:có\s+)?l[ýí]\s+do\s*\))?\s*,?\s*"
                     r"(?::|\(|[–—-]\s|(?:gồm(?:\s+có)?|cụ\s+thể|là)(?:\s+các\s+(?:đồng\s+chí|chị|anh|ông|bà))?\s*:?\s)",
                     region, re.IGNORECASE)  # "vắng 2 đồng chí có lý do là đồng chí …", "vắng 2 đồng chí, gồm: …", "vắng 2 đồng chí – đồng chí …"
    if not match:
        return
    region = region[match.end():]
    counted = _COUNT_AFTER_NAMES.search(region)
    if counted:  # "có lý do: Nguyễn Văn A (ốm), Lê Thị B – 02 đồng chí": the count after a dash closes the names
        region = region[:counted.start()]
    if match.group().endswith("("):
        # the bracket holds the list to its end, past the reason labels inside it ("vắng 3 đồng chí (đồng chí A đi
        # công tác, có lý do; đồng chí B ốm, có lý do; …)"), not past its line
        opened = pos + match.end()
        line_end = text.find("\n", opened)
        close = text.find(")", opened, len(text) if line_end < 0 else line_end)
        region = text[opened:close] if close >= 0 else region.split(")")[0]
    names = person_names(region)
    if names:
        block.names.setdefault(key, []).extend(names)


_COUNT_AFTER_NAMES = re.compile(r"\s[–—-]\s*\d")
_PEOPLE_OPENING = re.compile(r"^\s*(?:có\s+)?(?:các\s+)?:?\s*", re.IGNORECASE)  # "Dự hội nghị có đ/c …", "Dự họp: …"


def person_names(region: str) -> list[str] | None:
    """The people of a list, when it is one: the first item must be a person ("đồng chí
    Lê Văn Nam", "Trần Thị Hoa"); later titles or reasons ("Phó Bí thư chi bộ", "ốm") are
    appositions and skipped. Anything else that is not clearly a person voids the list."""
    region = re.sub(r"\([^()]*\)", " ", region).strip().rstrip(").;:(").strip()  # "…, Trần Thị Bình (có lý do)"
    items = [_DEGREE.sub("", i.strip(" -–")) for i in re.split(r"[,;]|\s+và\s+", region) if i.strip(" -–")]
    kinds = [_person_or_apposition(item) for item in items]
    if any(kind == "person" for kind in kinds):
        # one list names one kind of thing: beside names of known surnames, "Y Bhin Niê", "H'Luyến Êban" (names of
        # the peoples of the Central Highlands and the North) are names too
        kinds = [("person" if kind is None and _BARE_NAME.fullmatch(item) and item.split()[0].lower() not in _NOT_NAMES
                  else kind) for kind, item in zip(kinds, items)]
    names = []
    for item, kind in zip(items, kinds):
        if kind is None or (kind == "apposition" and not names):
            return None
        if kind == "person":
            # "đ/c Lộc: miễn sinh hoạt do tuổi cao", "đ/c Cường - có lý do": the name, not its reason
            names.append(re.split(r":|\s[–-]\s", item)[0].rstrip())
    return names or None


# a degree or profession abbreviated before a name: "BS. Lê Văn Hải", "ThS.BS Phạm Văn Tùng", "YS. Hường", "BSCKI …"
_NOT_NAMES = frozenset(("thôn", "xóm", "ấp", "tổ", "khu", "bản", "buôn", "làng", "xã", "phường", "thị", "thành", "tỉnh",
                        "huyện", "chi", "ban", "văn", "ủy", "uỷ", "hội", "đoàn", "trường", "trạm", "công", "phòng",
                        "sở", "đảng", "bệnh", "trung", "cục", "ngân", "hợp", "mặt", "khối", "cụm", "đội", "nhà",
                        "quỹ", "câu", "lớp", "đặc", "tiểu", "mầm", "nhóm", "dự", "kho", "cửa", "cảng", "chợ"))
_DEGREE = re.compile(r"^(?:(?:[A-ZĐ][A-Za-zĐđ]{0,4}\.\s*)+(?:BS\s+)?|(?:BSCK(?:I{1,2}|1|2)|ThS|TS|PGS|GS|BS|KS|CN)\s+)(?=[A-ZĐÀ-Ỹ])")
# two to four capitalised words and nothing else, each a syllable, one of them possibly with "'" ("H'Luyến")
_BARE_NAME = re.compile(r"(?:[A-ZĐÀ-Ỹ]'?[^\W\d_]{0,7}\s+){1,3}[A-ZĐÀ-Ỹ]'?[^\W\d_]{0,7}")


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
