"""Reading numbers the way Vietnamese reports print them.

"." groups thousands (2.465 = 2465), "," is the decimal mark (75,5 = 75.5). A number keeps
the precision it was printed with, so a rule can judge rounding the way the GRIM test does:
"77,5%" claims one decimal, "78%" claims none.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

# A grouped number must have full 3-digit groups; otherwise the dot is not a thousands mark.
NUMBER_BODY = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"  # "2.465", "77,5", "1.187,93": no boundaries
NUMBER_PATTERN = r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w]|[.,]\d)|(?<![\w.,])\d+(?:,\d+)?(?![\w]|[.,]\d)"
NUMBER_RE = re.compile(NUMBER_PATTERN)


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int

    def format(self, decimals: int | None = None) -> str:
        return format_vi(self.value, self.decimals if decimals is None else decimals)


@lru_cache(maxsize=4096)  # a report prints the same few numbers again and again; a Number is immutable
def parse_number(text: str) -> Number | None:
    """'2.465' → 2465, '75,5' → 75.5 (1 decimal), '02' → 2; None when it is not a number."""
    text = text.strip()
    if not re.fullmatch(NUMBER_BODY, text):
        return None
    integer, _, fraction = text.replace(".", "").partition(",")
    value = float(f"{integer}.{fraction}") if fraction else float(integer)
    return Number(value, len(fraction))


def states(text: str | None, value: float | None) -> bool:
    """Whether a figure as written ("4,1%", "12 tỷ đồng", "5") states ``value`` in its own unit (the first number of
    the text); True when either is missing. A view tells a detector's reading only when it says what the document
    model read (a target's level and result)."""
    if not text or value is None:
        return True
    match = re.search(NUMBER_BODY, text)
    number = parse_number(match[0]) if match else None
    return number is None or abs(number.value - value) < 1e-9


def format_vi(value: float, decimals: int = 0) -> str:
    """77.5 → '77,5'; 2465 → '2.465': the inverse of parse_number."""
    rounded = round_half_up(value, decimals)
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def written_like(number: str, written: str) -> str:
    """``number`` (a corrected figure) padded with zeros as the writer padded the one it replaces:
    5 for "04" gives "05"; 9 for "10" stays "9" (only a whole number written with a leading 0 is
    padded, to its width)."""
    head = written.split()[0] if written.strip() else written
    return number.zfill(len(head)) if re.fullmatch(r"0\d+", head) else number


def format_compact(value: float, max_decimals: int = 2) -> str:
    """98.0 → '98', 112.5 → '112,5', 2465 → '2.465': for showing a parsed value back."""
    text = format_vi(value, max_decimals)
    return text.rstrip("0").rstrip(",") if "," in text else text


def round_half_up(value: float, decimals: int) -> float:
    """School rounding (77,45 → 77,5), not Python's banker's rounding; a tiny epsilon absorbs
    binary noise such as 0.285*100 = 28.499999…"""
    factor = 10**decimals
    return math.floor(value * factor + 0.5 + 1e-9) / factor


def truncate(value: float, decimals: int) -> float:
    factor = 10**decimals
    return math.floor(value * factor + 1e-9) / factor


WORD_NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN_RE = re.compile(r"\b(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\b")


def parse_roman(text: str) -> int | None:
    """'XIII' → 13; None for anything that is not a well-formed Roman numeral."""
    if not text or not ROMAN_RE.fullmatch(text):
        return None
    total = 0
    for char, following in zip(text, text[1:] + " "):
        value = _ROMAN[char]
        total += -value if following != " " and _ROMAN[following] > value else value
    return total
