"""An estimate written before a figure ("ước 48,6 triệu đồng", "ước đạt 52.940 tấn", "ước tính 101,8%"): the figure the
writer computed with, not a bound. One reading of "ước" for every rule: a hedge word that bounds a figure ("trên",
"gần", "khoảng") is read by each rule for the side it says; an estimate is none of those.
"""

from __future__ import annotations

import re

ESTIMATE = r"ước(?:\s+(?:đạt|tính))?"
_ESTIMATE_BEFORE = re.compile(rf"(?<!\w){ESTIMATE}\s*$", re.IGNORECASE)


def estimated(text: str, at: int) -> bool:
    """Whether the figure (or "gấp") starting at ``at`` is told as an estimate."""
    return _ESTIMATE_BEFORE.search(text, max(0, at - 14), at) is not None
