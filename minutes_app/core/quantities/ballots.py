"""Ballot counts of an election (biên bản kiểm phiếu): phiếu phát ra, thu vào, hợp lệ,
không hợp lệ, and each candidate's votes with their share of the valid ballots.

Party election rules count a candidate's share against the valid ballots (QĐ 190-QĐ/TW:
"quá một nửa so với tổng số phiếu hợp lệ"), so "50 phiếu, đạt 79,37%" with 62 valid ballots
is 80,65%. Read here once; votes.py and arithmetic.py report what does not add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .attendance_reader import person_names
from .lists import paragraph_layer
from .reader import number_tokens
from .tables import row_cells

if TYPE_CHECKING:
    from ..checks.registry import DocumentContext

# The kind of a ballot count, written before it ("số phiếu hợp lệ: 43", "thu vào 31") or
# after it ("43 phiếu hợp lệ", "45 phiếu phát ra"); the numbers come from the quantity layer.
_KIND = r"(?P<kind>phát\s+ra|thu\s+vào|thu\s+về|không\s+hợp\s+lệ|hợp\s+lệ)"
_KIND_BEFORE = re.compile(r"(?<!\w)(?:(?:tổng\s+)?số\s+)?(?:phiếu\s+)?" + _KIND
                          + r"(?:\s++(?:là|được|có))?\s*+:?\s*+(?:là\s*+)?$", re.IGNORECASE)
_KIND_AFTER = re.compile(r"\s*+phiếu\s++(?:bầu\s++)?(?:được\s++)?" + _KIND + r"(?!\w)", re.IGNORECASE)
# Possessive \s*+: plain \s* runs around optional words backtrack cubically on long runs of spaces.
_SHARE_BETWEEN = re.compile(r"\s*+phiếu\s*+[,(=–-]?\s*+(?:đạt|chiếm|bằng)?\s*+(?:tỷ\s++lệ|tỉ\s++lệ)?\s*+$", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"\s*+phiếu(?!\w)", re.IGNORECASE)
_KINDS = {"phát ra": "issued", "thu vào": "collected", "thu về": "collected", "hợp lệ": "valid",
          "không hợp lệ": "invalid"}


@dataclass
class Round:
    """One count of ballots: values and spans (document offsets) by kind, and the shares."""

    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    shares: list[tuple[int, str, int, int]] = field(default_factory=list)  # votes, "79,37", start, end
    votes: list[tuple[int, int, int]] = field(default_factory=list)  # a candidate's votes: value, start, end
    # a candidate's votes and the ballots right after them that did not vote for them ("24 phiếu; 02 phiếu không bầu")
    refusals: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = field(default_factory=list)
    said: dict[str, tuple[int, int]] = field(default_factory=dict)  # by kind: the count with its words ("hợp lệ: 14")
    # a vote table's rows ("Lò Thị Hiền | 79 | 86,96%"): votes, "86,96", start, end of the share; one base for all
    rows: list[tuple[int, str, int, int]] = field(default_factory=list)
    base: str | None = None  # the kind the minutes say the shares are of ("tỷ lệ tính trên số phiếu thu vào")


def _kind(match: re.Match | None) -> str | None:
    return _KINDS[re.sub(r"\s+", " ", match["kind"].lower())] if match else None


def _scan(text: str, layer) -> tuple[tuple[str, int, int, int, int, int], ...]:
    """A paragraph's ballot counts and candidate shares, in order (paragraph offsets), read
    from the quantity layer's numbers."""
    found = []
    previous = None  # the count before, and its end
    previous_kind = None  # that count's ballot kind, if it is one
    for quantity in layer.quantities:
        if quantity.kind == "percent":
            # "số phiếu hợp lệ 452 phiếu, chiếm 98,26%": the share of a ballot count is of the ballots returned or
            # issued, no candidate's share of the valid ones
            if previous is not None and previous.head == "phiếu" and previous_kind is None and _SHARE_BETWEEN.match(
                    text, previous.end, quantity.start):
                pct = text[quantity.start:quantity.end].rstrip("%").strip()
                found.append(("share:" + pct, int(previous.value), quantity.start, quantity.start + len(pct), 0, 0))
            previous = None
            continue
        previous = quantity if quantity.kind == "count" else None
        previous_kind = None
        if quantity.kind != "count" or quantity.decimals or quantity.head not in ("phiếu", None):
            continue
        floor = max(text.rfind(",", 0, quantity.start), text.rfind(";", 0, quantity.start),
                    text.rfind(".", 0, quantity.start - 1), text.rfind("(", 0, quantity.start), quantity.start - 40)
        before = _KIND_BEFORE.search(text, max(0, floor + 1), quantity.start)
        kind = _kind(before)
        head = _HEAD_AFTER.match(text, quantity.end) if quantity.head == "phiếu" else None
        said = (before.start(), head.end() if head else quantity.end) if before else (quantity.start, quantity.end)
        if kind is None and quantity.head == "phiếu":
            after = _KIND_AFTER.match(text, quantity.end)
            kind = _kind(after)
            said = (quantity.start, after.end()) if after else said
        if kind:
            previous_kind = kind
            found.append((kind, int(quantity.value), quantity.start, quantity.end, *said))
        elif quantity.head == "phiếu" and _REFUSED_AFTER.match(text, quantity.end):
            found.append(("refused", int(quantity.value), quantity.start, quantity.end, 0, 0))
        elif quantity.head == "phiếu" and (_VOTES_BEFORE.search(text, max(0, floor + 1), quantity.start)
                                           or _name_before(text, max(0, floor + 1), quantity.start)):
            found.append(("votes", int(quantity.value), quantity.start, quantity.end, 0, 0))  # "đồng chí A đạt 37 phiếu"
    return tuple(sorted(found, key=lambda f: f[2]))


# the ballots that did not vote for a candidate: "02 phiếu không bầu", "3 phiếu không đồng ý"
_REFUSED_AFTER = re.compile(r"\s*+phiếu\s++không\s++(?:bầu|đồng\s+ý|tán\s+thành|tín\s+nhiệm)(?!\w)", re.IGNORECASE)
# The minutes name the ballots the shares are of: "Kết quả bầu cử (tỷ lệ tính trên số phiếu thu vào):". Not the
# threshold of election ("đạt quá một phần hai so với tổng số phiếu thu vào"), which names no share.
_BASE_SAID = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ(?:\s*+\(?%\)?)?(?:\s+(?:phiếu\s+)?bầu)?\s+(?:được\s+)?(?:tính\s+)?(?:trên|theo|so\s+với)\s+"
                        r"(?:tổng\s+)?số\s+phiếu\s+(?:bầu\s+)?" + _KIND + r"(?!\w)", re.IGNORECASE)
# A candidate's votes: "đạt 37 phiếu", "được 36 phiếu", "trúng cử với 38 phiếu", "Nguyễn Văn An: 31 phiếu".
_VOTES_BEFORE = re.compile(r"(?:(?<!\w)(?:đạt|được|với|nhận)|[^\W\d_]+\s*:)\s*$", re.IGNORECASE)


def _name_before(text: str, floor: int, start: int) -> bool:
    """"đồng chí Nguyễn Thị Hạnh 36 phiếu": a person's name (two to four capitalised words, the word before them not
    capitalised) right before the count."""
    words = text[floor:start].split()[-5:]
    trailing = 0
    for word in reversed(words):
        if not word[:1].isupper() or not word.isalpha():
            break
        trailing += 1
    return 2 <= trailing <= 4 and trailing < len(words)


def ballot_rounds(ctx: DocumentContext) -> list[Round]:
    """Each round starts at "phiếu phát ra" (or at the first count of the document)."""
    rounds: list[Round] = []
    for paragraph in ctx.paragraphs:
        row = _vote_row(ctx, paragraph) if rounds and ("|" in paragraph.text or "\t" in paragraph.text) else None
        if row is not None:
            if row[1] is None:  # a row of votes alone ("3 | Hồ Minh Đức | 34"): the candidate's votes
                rounds[-1].votes.append((row[0], row[2], row[3]))
            else:
                rounds[-1].rows.append(row)
            continue
        if "phiếu" not in paragraph.text:
            continue
        found = _scan(paragraph.text, paragraph_layer(ctx, paragraph))
        stated = _BASE_SAID.search(paragraph.text)
        for kind, value, start, end, said_start, said_end in found:
            if stated and rounds and stated.start() <= start <= stated.end() + 12 and kind == _kind(stated) and \
                    rounds[-1].counts.get(kind, (None,))[0] == value:
                continue  # "(tỷ lệ tính trên tổng số phiếu thu vào là 23 phiếu)": the base named again, no new round
            start, end = start + paragraph.start, end + paragraph.start
            if kind.startswith("share:"):
                if rounds:
                    rounds[-1].shares.append((value, kind[6:], start, end))
                continue
            if kind == "votes":
                if rounds:
                    rounds[-1].votes.append((value, start, end))
                continue
            if kind == "refused":
                # of the candidate whose votes come right before, in this paragraph, with no other count between
                last = rounds[-1].votes[-1] if rounds and rounds[-1].votes else None
                between = [k for k, _, at, _, _, _ in found if last is not None
                           and last[1] < at + paragraph.start < start and not k.startswith("share:")]
                if last is not None and last[1] >= paragraph.start and not between and all(
                        vote is not last for vote, _ in rounds[-1].refusals):
                    rounds[-1].refusals.append((last, (value, start, end)))
                continue
            if not rounds or kind == "issued" or kind in rounds[-1].counts:
                # the base the minutes stated holds for their later rounds too
                rounds.append(Round(base=rounds[-1].base if rounds else None))
            rounds[-1].counts[kind] = (value, start, end)
            rounds[-1].said[kind] = (said_start + paragraph.start, said_end + paragraph.start)
        if stated and rounds:
            rounds[-1].base = _kind(stated)
    return rounds


_VOTES_CELL = re.compile(r"(?P<n>\d+)(?:\s+phiếu)?")
# "86,96%", or "94,1" under a "Tỷ lệ %" header: a whole number without "%" may be another column (a rank, an age)
_SHARE_CELL = re.compile(r"(?P<n>\d+(?:,\d+)?)\s*%|(?P<bare>\d{1,3},\d{1,2})")


def _vote_row(ctx: DocumentContext, paragraph) -> tuple[int, str | None, int, int] | None:
    """A line of a vote table: one cell a person's name, then a cell of their votes alone ("79", "13 phiếu") and
    the next one their share ("86,96%"), document offsets of the share's digits; or, the votes' cell the last one,
    no share (None) and the offsets of the votes."""
    cells = row_cells(paragraph.text)
    named = [i for i, c in enumerate(cells) if not any(ch.isdigit() for ch in c[2])
             and (person_names(c[2]) or []) == [c[2]]]
    if len(cells) < 2 or len(named) != 1 or named[0] + 1 >= len(cells):
        return None
    votes = cells[named[0] + 1]
    counted = _VOTES_CELL.fullmatch(votes[2])
    if counted is None:
        return None
    if named[0] + 2 >= len(cells):  # the last cell: votes alone, no share
        start = paragraph.start + votes[0]
        return int(counted["n"]), None, start, start + len(counted["n"])
    share = cells[named[0] + 2]
    rate = _SHARE_CELL.fullmatch(share[2])
    if rate is None:
        return None
    digits = rate["n"] or rate["bare"]
    start = paragraph.start + share[0]
    return int(counted["n"]), digits, start, start + len(digits)


# The list the election is held on: "danh sách bầu cử gồm 12 đồng chí", "Danh sách ứng cử có 05 đồng chí"
ELECTION_LIST = re.compile(r"(?<!\w)danh\s+sách\s+(?:bầu\s+cử|ứng\s+cử|đề\s+cử|bầu)(?:\s+[^\W\d_]+){0,4}?\s+"
                           r"(?:gồm(?:\s+có)?|có|là)\s*:?\s*$", re.IGNORECASE)


_ELECTED_ONLY = re.compile(r"(?<!\w)trúng\s+cử|được\s+bầu", re.IGNORECASE)


def candidate_rows(ctx: DocumentContext, first: int, limit: int = 15) -> tuple[int, int] | None:
    """The vote table that follows paragraph ``first`` (one line a candidate: a cell that is one person's name and a
    cell that opens with the number of their votes, "Đinh Văn Khôi | 15 phiếu | 93,75%", "1\tNguyễn Văn Thành\t136\t
    97,84%"): (how many candidates, the index of its first line). None when no such table opens within ``limit``
    paragraphs, another election list is announced before it, or the line leading it in names the elected only."""
    paragraphs = ctx.paragraphs
    count, start, width, lead = 0, None, None, ""
    for index in range(first + 1, len(paragraphs)):
        if start is None and index > first + limit:
            return None
        paragraph = paragraphs[index]
        cells = row_cells(paragraph.text)
        if start is None and not cells and "danh sách" in paragraph.text.lower() and any(
                ELECTION_LIST.search(paragraph.text, 0, q.start) for q in paragraph_layer(ctx, paragraph).quantities):
            return None  # another list, then perhaps its table
        if len(cells) < 2 or width is not None and len(cells) != width:
            if start is not None:
                break
            lead = paragraph.text  # the line that leads the table in
            continue
        starts = {token.start for token in number_tokens(ctx.reading(paragraph))}
        named = [c for c in cells if not any(ch.isdigit() for ch in c[2]) and (person_names(c[2]) or []) == [c[2]]]
        voted = [c for c in cells if c[0] in starts]
        if start is None:
            if _ELECTED_ONLY.search(lead):
                return None  # "Các đồng chí trúng cử:": the elected, not every candidate
            if not named and not voted:
                width = len(cells)  # a header line
                continue
            start, width = index, len(cells)
        if len(named) == 1 and voted:
            count += 1
    return (count, start) if start is not None and count >= 2 else None
