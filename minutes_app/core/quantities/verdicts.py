"""The verdict of a result against its plan: one rule for the target detector, the document
model and the target checks, so the editor, the summary and a finding never disagree.

A floor ("từ 90% trở lên", a plain plan) is "vượt" above it and "đạt" on it; a ceiling
("không quá 9%", "dưới 2%", "giảm còn") is "đạt" at or under it and never "vượt"
(being further under a ceiling is not exceeding the plan).
"""

from __future__ import annotations

MET = frozenset({"đạt", "vượt"})
CEILINGS = frozenset({"<=", "<"})


def is_met(result: float, target: float, comparator: str | None = ">=") -> bool:
    if comparator == "<":
        return result < target
    if comparator == "<=":
        return result <= target
    if comparator == ">":
        return result > target
    return result >= target


def verdict(result: float, target: float, comparator: str | None = ">=") -> str:
    """"vượt", "đạt" or "chưa đạt"."""
    if not is_met(result, target, comparator):
        return "chưa đạt"
    if comparator in CEILINGS or result == target:
        return "đạt"
    return "vượt"


def attainment_verdict(percent: float) -> str:
    """The verdict of "đạt 97% kế hoạch" (the result as a share of the plan)."""
    return verdict(percent, 100.0)
