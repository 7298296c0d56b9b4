"""Document numbers (domain.md §5, "Số – ký hiệu"): Party style is "15-NQ/TU" (hyphen, then
slash, no colon after "Số"); state style is "Số: 15/QĐ-UBND" (slash, then hyphen).

Only numbers whose type part is a known abbreviation (resources/docnumber_types.txt) are
read, so ranges ("2020 - 2025") and ratios never look like one. Which system a number
belongs to is decided by its issuer code (docnumber_issuers_party/state.txt); an unknown
issuer gets no suggestion. A wrong date in a citation is left to invalid-date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Severity
from ..resources import word_set
from ..text import number_matches
from .registry import Issue, ParagraphContext, rule

_CODE = r"[A-ZĐ][A-Za-zĐđ0-9]*"


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    # longest first; ties (one of which at most matches) in a fixed order, so the pattern is the same in every
    # process and regex_cache.py finds it kept
    types = "|".join(sorted(word_set("docnumber_types", lower=False), key=lambda t: (-len(t), t)))
    head = r"(?<![\w/.,-])(?P<num>\d{1,5})"
    issuer = rf"(?P<issuer>{_CODE}(?:-{_CODE})*)(?![\w/])"
    return {
        # 15-NQ/TU with spaces around "-" or "/"
        "party": re.compile(rf"{head}(?P<s1>\s*-\s*)(?P<type>{types})(?P<s2>\s*/\s*){issuer}"),
        # 15/NQ/TU, 15-NQ-TU: one separator used twice
        "mixed": re.compile(rf"{head}(?P<s1>/|-)(?P<type>{types})(?P=s1){issuer}"),
        # 15/QĐ-UBND (also 30/2020/NĐ-CP)
        "state": re.compile(rf"{head}(?P<s1>\s*/\s*)(?:\d{{4}}/)?(?P<type>{types})(?P<s2>\s*-\s*){issuer}"),
    }


_COLON_LINE = re.compile(r"^\s*(?P<so>Số\s*:)\s*(?=\d)")


def _system(issuer: str) -> str | None:
    first = issuer.split("-")[0]
    if first in word_set("docnumber_issuers_party", lower=False):
        return "party"
    if first in word_set("docnumber_issuers_state", lower=False):
        return "state"
    return None


def _party(match: re.Match) -> str:
    return f"{match['num']}-{match['type']}/{match['issuer']}"


def _state(match: re.Match) -> str:
    return f"{match['num']}/{match['type']}-{match['issuer']}"


@rule("doc-number-format", severity=Severity.WARNING, title="Cách ghi số, ký hiệu văn bản")
def doc_number_format(ctx: ParagraphContext):
    """Stray spaces, a separator used twice, a number in the other system's style, and the
    state habit 'Số:' in a Party header (HD 36-HD/VPTW; NĐ 30/2020/NĐ-CP)."""
    starts = ctx.reading.number_starts  # every document number starts with a number: tried there
    if not starts:
        return  # most paragraphs have none
    patterns = _patterns()
    taken: list[tuple[int, int]] = []
    for style, pattern in patterns.items():
        for match in number_matches(pattern, ctx.text, starts):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            issue = _check(style, match)
            taken.append(match.span())
            if issue:
                yield issue
    colon = _COLON_LINE.match(ctx.text)
    party = patterns["party"].match(ctx.text, colon.end()) if colon else None
    if party and _system(party["issuer"]) != "state":
        yield Issue(colon.start("so"), colon.end("so"),
                    "Văn bản của Đảng ghi \"Số\" không có dấu hai chấm (\"Số 15-NQ/TU\"); "
                    "\"Số:\" là cách ghi của văn bản hành chính nhà nước.",
                    suggestion="Số", severity=Severity.INFO)


def _check(style: str, match: re.Match) -> Issue | None:
    system = _system(match["issuer"])
    text = match.group()
    if style == "mixed":
        fixed = _party(match) if system == "party" else _state(match) if system == "state" else None
        return Issue(match.start(), match.end(),
                     f"Số ký hiệu \"{text}\" dùng một loại dấu hai lần: văn bản của Đảng ghi "
                     f"số-loại/cơ quan (15-NQ/TU), văn bản nhà nước ghi số/loại-cơ quan (15/QĐ-UBND).",
                     suggestion=fixed)
    if system == ("state" if style == "party" else "party"):
        fixed = _state(match) if system == "state" else _party(match)
        owner = "cơ quan nhà nước" if system == "state" else "tổ chức đảng"
        return Issue(match.start(), match.end(),
                     f"\"{match['issuer'].split('-')[0]}\" là ký hiệu của {owner}, nên số văn bản ghi "
                     f"\"{fixed}\" chứ không ghi \"{text}\".",
                     suggestion=fixed)
    if match["s1"].strip() != match["s1"] or match["s2"].strip() != match["s2"]:
        fixed = _party(match) if style == "party" else text.replace(" ", "")
        return Issue(match.start(), match.end(),
                     f"Số ký hiệu văn bản viết liền, không có dấu cách: \"{fixed}\".",
                     suggestion=fixed)
    return None
