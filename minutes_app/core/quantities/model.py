"""The records of the quantity layer: typed, frozen, with the offsets of every cue, so a
finding can show why it was raised ("77,5% = 62 / 80 tổ chức, tổng số ở câu trước")."""

from __future__ import annotations

from dataclasses import dataclass


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
