"""The verdict of a result against its plan: one rule for the target detector, the document
model and the target checks, so the editor, the summary and a finding never disagree.

A floor ("từ 90% trở lên", a plain plan) is "vượt" above it and "đạt" on it; a ceiling
("không quá 9%", "dưới 2%", "giảm còn") is "đạt" at or under it and never "vượt"
(being further under a ceiling is not exceeding the plan).
"""

from __future__ import annotations

import re

from ..resources import word_set

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


# A reduction written as its amount ("giảm 1,2%", "mức giảm", "tỷ lệ giảm nghèo") is better higher; the level
# left after it ("giảm còn 1,8%", "còn 3,1%") is the indicator itself.
_REDUCTION = re.compile(r"^\s*(?:[-–+•]\s*)?giảm(?!\s+(?:xuống|còn))(?!\w)|(?<!\w)(?:mức\s+giảm|tỷ\s+lệ\s+giảm|tỉ\s+lệ\s+giảm|giảm\s+nghèo|thoát\s+nghèo|"
                        r"giảm(?!\s+(?:xuống|còn))(?:\s+(?:được|thêm|bình\s+quân))?\s*$)", re.IGNORECASE)


# an action on the bad thing is better higher: "quỹ vì người nghèo", "giải quyết khiếu nại", "bảo hiểm tai nạn",
# "triệt phá … ma túy", "tiêm phòng dịch bệnh", "xử lý vi phạm"
_ACTED_ON = re.compile(r"(?<!\w)(?:vì|quỹ|hỗ\s+trợ|giúp|giải\s+quyết|xử\s+lý|phòng|chống|bảo\s+hiểm|tiêm|khắc\s+phục|"
                       r"thu\s+hồi|cai\s+nghiện|phát\s+hiện|triệt\s+phá|bắt|điều\s+tra|truy\s+tố|xét\s+xử|thoát|"
                       r"xây\s+dựng|sửa\s+chữa|tặng|trao|thăm|cứu)(?!\w)", re.IGNORECASE)


def lower_is_better(subject: str) -> bool:
    """Whether the indicator ``subject`` names (the words of its clause up to its result) is better lower:
    a word of resources/lower_is_better.txt ("hộ nghèo", "tai nạn", "thất nghiệp", "giá tiêu dùng"), and the
    figure is not a reduction told by its amount ("giảm 1,2%", "tỷ lệ giảm nghèo")."""
    low = subject.lower()
    if _REDUCTION.search(low) or _ACTED_ON.search(low):
        return False
    # (a word not in the subject at all is not looked for as a whole word; one negated, "thôn không có ma túy",
    # "hộ không có người vi phạm", names the good side)
    return any(word != "giảm" and word != "chi phí" and word in low and any(
        not _NEGATED.search(low, 0, found.start()) for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", low))
        for word in word_set("lower_is_better"))


# a word negated right before it, or by "không có" / "chưa có" and at most two words ("không có người vi phạm")
_NEGATED = re.compile(r"(?<!\w)(?:chưa|không)(?:\s+có(?:\s+[^\W\d_]+){0,2})?\s*$", re.IGNORECASE)


def higher_is_better(subject: str) -> bool:
    """Whether the indicator ``subject`` names is known to be better higher: a word of resources/higher_is_better.txt
    not negated ("tỷ lệ che phủ rừng", "tỷ lệ lao động qua đào tạo"; not "chưa qua đào tạo"), and no word of
    lower_is_better.txt."""
    low = subject.lower()
    if lower_is_better(subject):
        return False
    for word in word_set("higher_is_better"):
        if word not in low:
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            if not _NEGATED.search(low, 0, found.start()):
                return True
    return False
