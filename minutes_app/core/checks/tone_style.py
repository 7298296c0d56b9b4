"""Tone-mark placement: one document should use one style (domain.md §7).

Both "hoà, uỷ, khoá" (old, Party central texts) and "hòa, ủy, khóa" (new, most state texts)
are accepted, but not mixed in one document. Only oa, oe, uy without a final consonant
differ, so most words are neutral. The style used by more words wins; on a tie, the style
that appears first. Info level: nothing is wrong with either spelling on its own.
A person's name keeps the spelling its owner uses ("Thuỷ" and "Thủy" are one name in two
styles): names take no side and are never re-styled.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from ..model import Severity
from ..text import to_old_tone_style
from ..vietnamese import to_new_tone_style, tone_style
from .registry import DocumentContext, Example, Issue, rule

_NAMES = {"old": "kiểu cũ (hoà, uỷ, khoá)", "new": "kiểu mới (hòa, ủy, khóa)"}
# oa/oe/uy with a tone on either vowel; tone_style() then tells which style the word is in.
_TONED_PAIR = re.compile(r"[òóỏõọ][ae]|o[àáảãạèéẻẽẹ]|[ùúủũụ]y|u[ỳýỷỹỵ]", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]*")
# Two letters that may open a toned pair, in either case: a class re scans for at C speed (a
# pattern that opens with alternatives or ignores case is tried at every letter instead).
_PAIR_FIRST, _PAIR_SECOND = "oòóỏõọuùúủũụ", "aeàáảãạèéẻẽẹyỳýỷỹỵ"
_MAYBE_PAIR = re.compile(f"[{_PAIR_FIRST}{_PAIR_FIRST.upper()}][{_PAIR_SECOND}{_PAIR_SECOND.upper()}]")


def _toned_pairs(text: str) -> Iterator[re.Match[str]]:
    """_TONED_PAIR.finditer(text), tried only where two such letters stand."""
    end = 0
    for maybe in _MAYBE_PAIR.finditer(text):
        if maybe.start() >= end:
            match = _TONED_PAIR.match(text, maybe.start())
            if match:
                yield match
                end = match.end()


def _styled_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, style) of the words of one paragraph that take a side: each toned
    pair found, widened to its word (a scan for two letters, not a word pattern tried at
    every letter)."""
    found = []
    end = 0
    for match in _toned_pairs(text):
        if match.start() < end:
            continue  # a second pair inside a word already read
        start = match.start()
        while start and text[start - 1].isalpha():
            start -= 1
        end = _LETTERS.match(text, match.start()).end()
        word = text[start:end]
        style = tone_style(word)
        if style:
            found.append((start, end, word, style))
    return found


def _style_counts(text: str) -> tuple[int, int, list[tuple[int, int, str, str]]]:
    """How many of a paragraph's words are in the old style and in the new, and the words (_styled_words)."""
    found = _styled_words(text)
    old = sum(1 for *_, style in found if style == "old")
    return old, len(found) - old, found


@rule("tone-style-mixed", severity=Severity.INFO, title="Lẫn hai kiểu bỏ dấu", scope="document", examples=(
    Example("Chi bộ đã hoà giải thành 3 vụ việc. Công tác hòa giải được chú trọng, hoà hợp.", "hòa", "hoà"),
    Example("Đồng chí Nguyễn Thị Thuỷ, Bí thư Chi bộ, chủ trì. Đồng chí Nguyễn Thị Thủy kết luận."),
    Example("Chi bộ đã hòa giải thành 3 vụ việc; công tác hòa giải được chú trọng."),
))
def tone_style_mixed(ctx: DocumentContext) -> Iterator[Issue]:
    """Flag each word in the minority tone placement, with the word in the dominant one."""
    names = sorted((e.start + at, e.start + at + len(e.get("name")))
                   for e in (*ctx.of_kind("official"), *ctx.of_kind("person")) if e.get("name")
                   and (at := e.text.find(e.get("name"))) >= 0)
    starts = [a for a, _ in names]

    def in_name(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < names[k][1]

    # Most documents hold one style: counted first from each paragraph's counts (remembered per its text), word by
    # word only in a paragraph that names someone, so a re-check lists every word only when both styles are there.
    told = {"old": 0, "new": 0}
    for paragraph, (old, new, found) in ctx.per_paragraph(_style_counts):
        if not found:
            continue
        first = bisect_left(starts, paragraph.start)
        if first == len(starts) or starts[first] >= paragraph.end:  # no name starts in it
            told["old"] += old
            told["new"] += new
        else:
            for start, _, _, style in found:
                if not in_name(paragraph.start + start):
                    told[style] += 1
    if not told["old"] or not told["new"]:
        return
    words = [(paragraph.start + start, paragraph.start + end, word, style)
             for paragraph, found in ctx.per_paragraph(_styled_words) for start, end, word, style in found
             if not in_name(paragraph.start + start)]
    counts = {"old": 0, "new": 0}
    for *_, style in words:
        counts[style] += 1
    if not counts["old"] or not counts["new"]:
        return
    dominant = words[0][3] if counts["old"] == counts["new"] else max(counts, key=counts.get)
    minority = "new" if dominant == "old" else "old"
    convert = to_old_tone_style if dominant == "old" else to_new_tone_style
    for start, end, word, style in words:
        if style == minority:
            yield Issue(
                start, end,
                f"Văn bản chủ yếu bỏ dấu {_NAMES[dominant]} ({counts[dominant]} từ) nhưng “{word}” "
                f"bỏ dấu {_NAMES[minority]}: nên thống nhất một kiểu trong cả văn bản.",
                suggestion=convert(word),
            )
