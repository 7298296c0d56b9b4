"""Ballot counts of an election (biên bản kiểm phiếu): phiếu phát ra, thu vào, hợp lệ,
không hợp lệ, and each candidate's votes with their share of the valid ballots.

Party election rules count a candidate's share against the valid ballots (QĐ 190-QĐ/TW:
"quá một nửa so với tổng số phiếu hợp lệ"), so "50 phiếu, đạt 79,37%" with 62 valid ballots
is 80,65%. Read here once; votes.py and arithmetic.py report what does not add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .registry import DocumentContext

_COUNT = re.compile(
    r"phiếu\s++(?P<kind>phát\s+ra|thu\s+vào|thu\s+về|không\s+hợp\s+lệ|hợp\s+lệ)\s*+(?:là|:)?\s*+(?P<n>\d+)",
    re.IGNORECASE,
)
_SHARE = re.compile(r"(?<![\d,.])(?P<n>\d+)\s++phiếu\s*+[,(]?\s*+(?:đạt|chiếm|bằng)?\s*+(?P<pct>\d+(?:,\d+)?)\s?%")
_KINDS = {"phát ra": "issued", "thu vào": "collected", "thu về": "collected", "hợp lệ": "valid",
          "không hợp lệ": "invalid"}


@dataclass
class Round:
    """One count of ballots: values and spans (document offsets) by kind, and the shares."""

    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    shares: list[tuple[int, str, int, int]] = field(default_factory=list)  # votes, "79,37", start, end


def _scan(text: str) -> tuple[tuple[str, int, int, int], ...]:
    """A paragraph's ballot counts and candidate shares, in order (paragraph offsets)."""
    found = [(_KINDS[re.sub(r"\s+", " ", m["kind"].lower())], int(m["n"]), m.start("n"), m.end("n"))
             for m in _COUNT.finditer(text)]
    found += [("share:" + m["pct"], int(m["n"]), m.start("pct"), m.end("pct")) for m in _SHARE.finditer(text)]
    return tuple(sorted(found, key=lambda f: f[2]))


def ballot_rounds(ctx: DocumentContext) -> list[Round]:
    """Each round starts at "phiếu phát ra" (or at the first count of the document)."""
    rounds: list[Round] = []
    for paragraph, found in ctx.per_paragraph(_scan):
        for kind, value, start, end in found:
            start, end = start + paragraph.start, end + paragraph.start
            if kind.startswith("share:"):
                if rounds:
                    rounds[-1].shares.append((value, kind[6:], start, end))
                continue
            if not rounds or kind == "issued" or kind in rounds[-1].counts:
                rounds.append(Round())
            rounds[-1].counts[kind] = (value, start, end)
    return rounds
