"""Announced counts against the items listed: "đạt 2 chỉ tiêu gồm: (1)…; (2)…; (3)…"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ..model import Severity
from ..numbers import WORD_NUMBERS
from ..resources import word_set
from .registry import DocumentContext, Issue, ParagraphContext, rule

_COUNT_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
ANNOUNCEMENT = re.compile(
    r"(?<![\w/.,])(?P<n>\d{1,2}|" + _COUNT_WORDS + r")\s+(?P<unit>[^\W\d_]+(?:\s+(?:[^\W\d_]+|[IVX]+/\d{4}|\d{1,2}/\d{4}|\d{4})){0,5}?)"
    r"(?P<link>(?:\s+sau)?\s*,?\s*(?:bao gồm|gồm có|gồm|cụ thể như sau|như sau|cụ thể(?: là)?|đó là)\s*:?|(?:\s+sau)?\s*:)",
    re.IGNORECASE,
)
_NOT_A_COUNT = re.compile(r"(?:tháng|ngày|năm|quý|thứ|số|khóa|khoá|lần|Điều|khoản)\s*$", re.IGNORECASE)
_MARKER = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=;))\(?(?P<m>\d{1,2}|[a-zđ])\)(?=\s)")
_BULLET_LINE = re.compile(r"^\s*(?:[-–+•]\s|\(?\d{1,2}[.)]\s|[a-zđ]\)\s)")
_NEW_ANNOUNCEMENT = re.compile(r"[.;]\s+[^\W\d_]")


_TITLE = "Số lượng nêu khác số mục liệt kê"


@rule("count-mismatch", severity=Severity.ERROR, title=_TITLE)
def count_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """The number announced before "gồm"/":" must equal the items that follow in the same
    paragraph, counted as numbered markers (1) (2) … or a) b) …, or, when there are no
    markers, as ";"/","-separated items each opening with the announced noun
    ("5 chi bộ gồm: Chi bộ A; Chi bộ B; …"). A list it cannot read is left alone."""
    for match in ANNOUNCEMENT.finditer(ctx.text):
        rest = ctx.text[match.end():]
        if rest.strip():
            yield from _compare(ctx.text, match, _numbered_items(rest) or _noun_items(rest, match["unit"]))


@rule("count-mismatch", severity=Severity.ERROR, title=_TITLE, scope="document")
def count_mismatch_bullets(ctx: DocumentContext) -> Iterator[Issue]:
    """The same, for a paragraph that ends with the announcement and lists its items as
    the bullet lines that follow ("ba nội dung sau:" then "- …" lines)."""
    paragraphs = [p for p in ctx.paragraphs if p.text.strip()]
    for index, paragraph in enumerate(paragraphs):
        if not paragraph.text.rstrip().endswith(":"):
            continue
        for match in ANNOUNCEMENT.finditer(paragraph.text):
            if not paragraph.text[match.end():].strip():
                following = paragraphs[index + 1:]
                listed = _bullet_lines(following)
                if listed is None:
                    continue
                # One "-" line may hold several items ("- Đồng chí A, đồng chí B: …"), so fewer
                # dashes than announced proves nothing; numbered lines are one item each.
                numbered = _marker_kind(_BULLET_LINE.match(following[0].text).group()) not in "-–+•"
                if not numbered and listed < (_value(match["n"]) or 0):
                    continue
                for issue in _compare(paragraph.text, match, listed):
                    yield replace(issue, start=issue.start + paragraph.start, end=issue.end + paragraph.start,
                                  severity=None if numbered else Severity.WARNING)


def _compare(text: str, match: re.Match[str], listed: int | None) -> Iterator[Issue]:
    announced = _value(match["n"])
    if announced is None or announced < 2 or listed is None or listed == announced:
        return
    if match["unit"].split()[0].lower() in word_set("unit_stop_words") or _NOT_A_COUNT.search(
            text, max(0, match.start() - 12), match.start()):
        return  # "tháng 6 với kết quả:", "lần thứ 3 gồm": a date or an ordinal, not a count
    end = match.start("unit") + len(match["unit"])
    suggestion = _restate(match["n"], listed) + text[match.end("n"):end]
    yield Issue(match.start(), end, f"Nêu {match['n']} {match['unit']} nhưng liệt kê {listed} mục ngay sau đó.",
                suggestion)


def _value(token: str) -> int | None:
    return int(token) if token.isdigit() else WORD_NUMBERS.get(token.lower())


def _restate(original: str, listed: int) -> str:
    """Write the corrected count the way the author wrote the wrong one (digits or words)."""
    if original.isdigit():
        return str(listed).zfill(len(original))
    words = {v: k for k, v in WORD_NUMBERS.items()}
    word = words.get(listed, str(listed))
    return word.capitalize() if original[0].isupper() else word


def _numbered_items(rest: str) -> int | None:
    """How many markers (1) (2) … run in order from the start of ``rest``; None if none."""
    markers = list(_MARKER.finditer(rest))
    if not markers or rest[:markers[0].start()].strip():
        return None
    expected = _first_marker(markers[0]["m"])
    if expected is None:
        return None
    count = 0
    for marker in markers:
        if marker["m"] != expected:
            break
        count += 1
        expected = str(int(expected) + 1) if expected.isdigit() else chr(ord(expected) + 1)
    return count if count >= 2 else None


def _first_marker(marker: str) -> str | None:
    return marker if marker in ("1", "a") else None


def _noun_items(rest: str, unit: str) -> int | None:
    """Items of a list after "gồm:" that each open with the announced noun; None if unclear."""
    head = unit.split()[0].lower()
    if len(unit.split()) > 1 and unit.split()[1].islower():
        head = " ".join(unit.split()[:2]).lower()  # "chi bộ", "văn phòng"
    end = _NEW_ANNOUNCEMENT.search(rest)
    segment = rest[:end.start()] if end and ";" not in rest[:end.start()] else rest.split(".")[0]
    parts = [p.strip() for p in re.split(r";|,|\bvà\b", segment) if p.strip()]
    if not parts or not parts[0].lower().startswith(head):
        return None
    count = 0
    for part in parts:
        if part.lower().startswith(head):
            count += 1
    return count if count >= 2 else None


def _bullet_lines(paragraphs) -> int | None:
    """Consecutive lines that open with the same kind of marker as the first ("-", "1.",
    "a)"): a heading "4. Tổ chức thực hiện" after "-" items ends the list."""
    count, kind = 0, None
    for paragraph in paragraphs:
        match = _BULLET_LINE.match(paragraph.text)
        marker = _marker_kind(match.group()) if match else None
        if marker is None or (kind is not None and marker != kind):
            break
        kind = marker
        count += 1
    return count if count >= 2 else None


def _marker_kind(marker: str) -> str:
    marker = marker.strip()
    if marker[0].isdigit() or marker.startswith("("):
        return "number"
    return "letter" if marker[0].isalpha() else marker[0]
