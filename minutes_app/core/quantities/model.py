"""The records of the quantity layer: typed, frozen, with the offsets of every cue, so a
finding can show why it was raised ("77,5% = 62 / 80 tổ chức, tổng số ở câu trước")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..numbers import Number, parse_number
from ..reading import TOKEN_RE

# nouns of a tally of targets ("17/18 chỉ tiêu", "15/19 tiêu chí", "đạt và vượt 13 chỉ tiêu")
TALLY_HEADS = frozenset({"chỉ tiêu", "tiêu chí", "mục tiêu", "nhiệm vụ"})

@dataclass(frozen=True)
class Cue:
    """A word that gave a number its role or tied two numbers ("tổng số", "trong đó", "đạt")."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """One number read as a quantity, with paragraph offsets.

    ``kind``: count, percent, money or ratio (a ratio "62/80" carries its ``total``).
    ``head`` is the noun it counts as written ("đảng viên mới" → head "đảng viên"), with the
    head's ``noun_class`` and ``broader`` class from resources/quantity_heads.txt; a bare
    number after a label ("khiển trách 9") has no head and keeps the ``label``.
    ``role``: whole, part, share, plan, result or None, from the ``cues`` before it.
    ``modifier``: what the word right before it makes of the number, whatever its role: a
    ``bound`` (a threshold: "vốn dưới 10 tỷ", "không quá 5 ngày") or a ``change`` ("tăng 7
    tỷ", "giảm thêm 12 hộ"), with that word as ``modifier_cue``; None for a plain amount.
    """

    start: int
    end: int
    text: str
    kind: str
    value: float
    decimals: int = 0
    head: str | None = None
    noun_class: str | None = None
    broader: str | None = None
    unit: str = ""
    label: str = ""
    role: str | None = None
    cues: tuple[Cue, ...] = ()
    total: float | None = None  # ratios: the whole after "/"
    scale: float = 1.0  # money: the value of one printed unit ("1,5 tỷ" → 1e9)
    sentence: int = 0
    clause: int = 0
    modifier: str | None = None
    modifier_cue: Cue | None = None
    # what it is about (quantities/scope.py): the named unit it counts for (None: the document's issuer), the act
    # its clause tells ("kết nạp"; "có" for a stock) and the periods it names ((kind, value): ("quarter", "quý III"))
    subject: str | None = None
    event: str | None = None
    period: frozenset = frozenset()
    # its act is what it was put forward for, done by someone else ("giới thiệu 14 đoàn viên cho chi bộ xem xét kết
    # nạp"): another group than those the act was done to
    put_forward: bool = False

    def shifted(self, offset: int) -> "Quantity":
        """The same quantity ``offset`` characters on (paragraph to document offsets), every offset it
        carries moved: its span, its cues and its modifier's cue. What ``replace(q, start=…, end=…,
        cues=…, modifier_cue=…)`` gives with each of them moved, made without replace's call of
        __init__ over every field (hundreds of times an analysis, again at each re-check)."""
        moved = object.__new__(Quantity)
        fields = moved.__dict__
        fields.update(self.__dict__, start=self.start + offset, end=self.end + offset)
        if self.cues:
            fields["cues"] = tuple(Cue(c.start + offset, c.end + offset, c.text) for c in self.cues)
        cue = self.modifier_cue
        if cue is not None:
            fields["modifier_cue"] = Cue(cue.start + offset, cue.end + offset, cue.text)
        return moved

    @property
    def bare(self) -> bool:
        """A number without a noun after a label ("khiển trách 9")."""
        return self.kind == "count" and self.head is None and bool(self.label)

    @property
    def amount(self) -> float:
        """The number as printed ("1,5" of "1,5 tỷ đồng")."""
        return self.value / self.scale

    def compatible(self, other: "Quantity") -> bool:
        """Counts of the same kind of thing (a chi bộ is an organisation, a đảng viên a
        person; a household is not a person); a bare labelled number fits any count."""
        if self.kind != other.kind and {self.kind, other.kind} != {"count", "ratio"}:
            return False
        if self.kind == "money" or other.kind == "money":
            return self.kind == other.kind
        if self.bare or other.bare:
            return True  # "kỷ luật 15 đảng viên. Trong đó: khiển trách 9, cảnh cáo 4"
        if self.noun_class is None or other.noun_class is None:
            return self.noun_class is None and other.noun_class is None and self.kind == other.kind
        return self.noun_class == other.noun_class


class NumberToken(NamedTuple):
    """A number as the shared tokenizer reads it (reading.TOKEN_RE: "2.465", "77,5", "01",
    "12.5.2025"), with what touches it: the one list of a paragraph's numbers, from which
    the quantity reader and the attendance and vote readers all take theirs. A tuple read
    for every number of every paragraph: what touches it is looked at only when asked.
    """

    start: int
    end: int
    text: str
    paragraph: str  # the paragraph's text (offsets are into it)

    @property
    def number(self) -> Number | None:
        """Value and printed decimals; None when the token is no Vietnamese number
        ("12.5.2025", "1.2345")."""
        return parse_number(self.text)

    @property
    def integer(self) -> bool:
        """A whole number as printed: "25", "01", "2.465"; not "77,5" nor "12.5.2025"."""
        number = self.number
        return number is not None and number.decimals == 0

    @property
    def glued_before(self) -> bool:
        """A letter, digit, ".", "," or "/" right before it ("F0", the 80 of "62/80")."""
        char = self.paragraph[self.start - 1:self.start]
        return bool(char) and (char.isalnum() or char in "_.,/")

    @property
    def glued_after(self) -> bool:
        """A letter or digit right after it ("12h", "5km")."""
        char = self.paragraph[self.end:self.end + 1]
        return bool(char) and (char.isalnum() or char == "_")

    @property
    def slash_digit_after(self) -> bool:
        """"/" and a digit right after it (the 62 of "62/80")."""
        after = self.paragraph[self.end:self.end + 2]
        return after[:1] == "/" and after[1:2].isdecimal()

    def follower(self) -> tuple[str, int, int]:
        """The token right after it when only white space separates them ("%", "giờ", "/"),
        with the white space's length and the token's end; ("", 0, 0) when there is none."""
        found = _FOLLOWER.match(self.paragraph, self.end)
        return (found.group(2), found.end(1) - self.end, found.end()) if found else ("", 0, 0)

    def bare_ends(self, clock: bool = False) -> bool:
        """Nothing after it turns it into something else: no letter or digit glued to it, no
        "/" and a digit (a ratio's part), no "%", and with ``clock`` no "giờ", "phút", "h30"."""
        if self.glued_after or self.slash_digit_after:
            return False
        follower, _, follower_end = self.follower()
        if follower == "%":
            return False
        if clock and (follower.startswith(("giờ", "phút")) or follower == "h" and self.paragraph[
                follower_end:follower_end + 1].isdecimal()):
            return False
        return True

    def over(self, numbers: "tuple[NumberToken, ...]", index: int) -> "NumberToken | None":
        """The number written after it with a "/" between ("62/80", "62 / 80"), ``index``
        being its own place in ``numbers``."""
        if index + 1 >= len(numbers):
            return None
        follower, _, follower_end = self.follower()
        following = numbers[index + 1]
        if follower != "/" or following.start < follower_end or self.paragraph[follower_end:following.start].strip():
            return None
        return following


# The token after a number when only white space separates them, matched with the shared
# tokenizer's own pattern where the tokenizer would.
_FOLLOWER = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")


@dataclass(frozen=True)
class NotQuantity:
    """A number that is not a quantity: a date, period, clock time, duration, year,
    anniversary, ordinal, identifier, document number or a number in a title line."""

    start: int
    end: int
    text: str
    reason: str
    value: float | None = None  # a duration's length ("3 ngày" → 3), a date span's days ("24-25/7" → 2)
    head: str | None = None  # "ngày" for both


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence between ";" or ":" (outside brackets): the unit in which a
    number's cues are read. ``opener`` is the mark that opened it (":" opens a breakdown)."""

    start: int
    end: int
    sentence: int
    opener: str = ""


@dataclass(frozen=True)
class Relation:
    """Two or more quantities tied together.

    kind: part-of (part ≤ whole), share-of (percent = part / whole), sum-of (parts add up
    to the whole), result-vs-plan (result against its plan, a percent optional). ``explicit``
    when written out ("62/80", "trên tổng số", "trong đó", "gồm", a bracket after the
    whole), otherwise inferred (same noun, nearest whole in scope). ``exhaustive`` for a
    sum-of: the parts claim to be all of the whole ("gồm", levels of one classification).
    """

    kind: str
    whole: Quantity
    parts: tuple[Quantity, ...] = ()
    share: Quantity | None = None
    explicit: bool = True
    exhaustive: bool = False
    cues: tuple[Cue, ...] = ()
    levels: bool = False  # sum-of: the parts are the levels of one classification
    signs: tuple[int, ...] = ()  # balance: +1 / -1 per part (the level at the start, what came in, what went out)
    open_ended: bool = False  # sum-of: the parts may leave some of the whole unsaid; only more than it is wrong
