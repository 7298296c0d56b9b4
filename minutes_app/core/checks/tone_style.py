"""Tone-mark placement: one document should use one style (domain.md §7).

Both "hoà, uỷ, khoá" (old, Party central texts) and "hòa, ủy, khóa" (new, most state texts)
are accepted, but not mixed in one document. Only oa, oe, uy without a final consonant
differ, so most words are neutral. The style used by more words wins; on a tie, the style
that appears first. Info level: nothing is wrong with either spelling on its own.
"""

from __future__ import annotations

from typing import Iterator

from ..model import Severity
from ..text import to_old_tone_style
from ..vietnamese import SYLLABLE, to_new_tone_style, tone_style
from .registry import DocumentContext, Issue, rule

_NAMES = {"old": "kiểu cũ (hoà, uỷ, khoá)", "new": "kiểu mới (hòa, ủy, khóa)"}


@rule("tone-style-mixed", severity=Severity.INFO, title="Lẫn hai kiểu bỏ dấu", scope="document")
def tone_style_mixed(ctx: DocumentContext) -> Iterator[Issue]:
    """Flag each word in the minority tone placement, with the word in the dominant one."""
    words = [(m, tone_style(m.group())) for m in SYLLABLE.finditer(ctx.text)]
    words = [(m, style) for m, style in words if style]
    counts = {"old": 0, "new": 0}
    for _, style in words:
        counts[style] += 1
    if not counts["old"] or not counts["new"]:
        return
    if counts["old"] == counts["new"]:
        dominant = words[0][1]
    else:
        dominant = max(counts, key=counts.get)
    convert = to_old_tone_style if dominant == "old" else to_new_tone_style
    minority = "new" if dominant == "old" else "old"
    for match, style in words:
        if style == minority:
            word = match.group()
            yield Issue(
                match.start(), match.end(),
                f"Văn bản chủ yếu bỏ dấu {_NAMES[dominant]} ({counts[dominant]} từ) nhưng “{word}” "
                f"bỏ dấu {_NAMES[minority]}: nên thống nhất một kiểu trong cả văn bản.",
                suggestion=convert(word),
            )
