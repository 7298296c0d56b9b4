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



# the words that make the number after them a floor (quantities/reader.py reads them as a bound)
FLOOR_WORDS = frozenset(("trên", "từ", "ít nhất", "tối thiểu"))


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
    total_decimals: int = 0  # ratios: the decimals printed in the whole ("16,6/21,9 km": 1)
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
    # a share's base as it names it in the words right after it (quantities/share_bases.py); None for any other
    base: ShareBase | None = None
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
        if self.base is not None:
            fields["base"] = self.base.shifted(offset)
        return moved

    @property
    def bare(self) -> bool:
        """A number without a noun after a label ("khiển trách 9")."""
        return self.kind == "count" and self.head is None and bool(self.label)

    @property
    def floor(self) -> bool:
        """Told as a floor, the amount at least this ("trên 281 tỷ đồng", "ít nhất 12 hộ"): a bound from below."""
        return self.modifier == "bound" and self.modifier_cue.text.lower() in FLOOR_WORDS

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


@dataclass(frozen=True)
class ShareBase:
    """The base a share names in the words right after it, read once per percentage (quantities/share_bases.py):
    "72% của tổng số hộ", "chiếm 32,6% diện tích bị ngập", "đạt 45% so với kế hoạch", "bằng 94,12% dân số (338.310
    người)", "chiếm 72,4% (901 vụ)".

    ``linker`` ("của", "trên", "so với"), ``total`` ("tổng") and ``measure`` (what of the base is taken: "số",
    "số lượng", "diện tích", "sản lượng") are the words that lead to it, each None when not written; ``words`` the
    words after them, as far as the first mark or figure (eight at most); ``head`` and ``noun_class`` the noun head
    those words open with (a measure's words first, but for a count's "số") and its class, as a quantity's
    (resources/quantity_heads.txt; the first word and no class when they open with no known head). ``figure`` is
    the figure written in a bracket right after them ("(338.310 người)"), which restates the share or its base, so
    it is this share's and no figure of its own; ``figure_lead`` the word before it in the bracket ("tổng số",
    "trên", "khoảng"). ``start`` … ``end`` spans the words from the linker on. Paragraph offsets, as the share's.

    What the words right after the share make of it, each the cue of its words or None (resources/share_*.txt):
    ``plan``, the plan it is a share of ("đạt 97% kế hoạch", "so với chỉ tiêu", "KH"); ``apart``, words that set its
    base apart from the figure before it (a level compared with, a bound, a rate of a period, a total or a
    population: "so với", "trở lên", "/năm", "tổng", "dân số"); ``own_name``, a base with a name of its own (an
    acronym, "GDP", "NSNN", or a measure of the work, "khối lượng", "nhu cầu").
    """

    start: int
    end: int
    linker: Cue | None = None
    total: Cue | None = None
    measure: Cue | None = None
    words: tuple[Cue, ...] = ()
    head: str | None = None
    noun_class: str | None = None
    figure: Quantity | None = None
    figure_lead: Cue | None = None
    plan: Cue | None = None
    apart: Cue | None = None
    own_name: Cue | None = None

    @property
    def named(self) -> bool:
        """Words name the base ("tổng", a measure or a noun), not only a figure in a bracket ("72,4% (901 vụ)")."""
        return bool(self.words) or self.measure is not None or self.total is not None

    @property
    def compared(self) -> bool:
        """A level the share is compared with ("so với kế hoạch", "so với cùng kỳ"), not a whole it is some of."""
        return self.linker is not None and self.linker.text.lower() == "so với"

    @property
    def counted(self) -> bool:
        """A number of things is the base ("số hộ", "tổng số đảng viên", "số lượng hội viên"), its words the noun."""
        return self.measure is not None and self.measure.text.lower().split()[0] == "số"

    @property
    def description(self) -> tuple[str, ...]:
        """The words the base is told by, lower-cased, without the "số" of a count: "diện tích bị ngập" → (diện, tích,
        bị, ngập); "số hộ nghèo" → (hộ, nghèo); "số lượng hội viên" → (hội, viên)."""
        measure = () if self.measure is None or self.counted else tuple(self.measure.text.lower().split())
        return measure + tuple(w.text.lower() for w in self.words)

    def noun(self, most: int) -> Cue | None:
        """The first ``most`` words of the noun a count is of ("tổng số đảng viên đầu năm" → đảng viên đầu năm), None
        when the base is no count's or names no noun."""
        if not self.counted or not self.words:
            return None
        words = self.words[:most]
        return Cue(words[0].start, words[-1].end, " ".join(w.text for w in words))

    @property
    def phrase(self) -> tuple[str, ...]:
        """The description as far as a word that opens another phrase (of whom, where, a comparison, the next item:
        "số hộ nghèo của xã" → (hộ, nghèo)); never empty when the description is not."""
        words = self.description
        for index, word in enumerate(words[1:], 1):
            if word in PHRASE_OPENERS:
                return words[:index]
        return words

    def shifted(self, offset: int) -> "ShareBase":
        """The same base ``offset`` characters on, with every cue and its figure."""
        def move(cue: Cue | None) -> Cue | None:
            return None if cue is None else Cue(cue.start + offset, cue.end + offset, cue.text)
        return ShareBase(self.start + offset, self.end + offset, move(self.linker), move(self.total), move(self.measure),
                         tuple(Cue(w.start + offset, w.end + offset, w.text) for w in self.words), self.head,
                         self.noun_class, None if self.figure is None else self.figure.shifted(offset),
                         move(self.figure_lead), move(self.plan), move(self.apart), move(self.own_name))


# the words that open another phrase after a base's noun: whose it is (của), where (trên, tại, ở, trong), a comparison
# (so với), the next item (và)
PHRASE_OPENERS = frozenset(("của", "và", "so", "trên", "tại", "ở", "trong"))


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
