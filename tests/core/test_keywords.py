"""core/keywords.py: the substring answer is the pattern's answer, exotic case folds included."""

from __future__ import annotations

import random
import re

import pytest

from minutes_app.core.detectors.targets import _KEYWORDS
from minutes_app.core.keywords import Keywords
from minutes_app.core.quantities.relations import _PRESENCE
from minutes_app.core.structure.content import _CLAUSE_PLAN_WORDS, _NOT_A_TARGET, _PLAN_WORDS

PATTERNS = [_KEYWORDS, _PRESENCE, _PLAN_WORDS, _CLAUSE_PLAN_WORDS, _NOT_A_TARGET]
SENTENCES = [
    "Kết nạp 4 đảng viên, chỉ tiêu 5 đồng chí.",
    "KẾ HOẠCH NĂM 2025: THU NGÂN SÁCH 12 TỶ ĐỒNG",
    "Thu ngân sách đạt 104% Dự Toán huyện giao.",
    "Đảng viên có mặt 22 đồng chí, vắng 2 đồng chí (có lý do).",
    "Biểu quyết thông qua nghị quyết: 25/25 đồng chí tán thành.",
    "Phát ra 30 phiếu, thu về 30 phiếu hợp lệ.",
    "Mục tiêu đến năm 2030 Nghị quyết đề ra là 95%.",
    "Trồng cây xanh được 1.250 cây, vượt kế hoạch",
    "Không có con số nào ở đây cả.",
    "CHİ TIÊU 5 (dotted capital I)", "chı tiêu (dotless i)", "bıểu quyết", "PHİẾU", "KẾ HOẠCH",
    "dự họp 20, tham dự 3", "ƯỚC ĐẠT 95% MỤC TIÊU",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_same_answer_as_the_pattern(pattern):
    check = Keywords(pattern)
    assert check.words  # plain words: the fast path is taken
    rnd = random.Random(7)
    texts = list(SENTENCES) + [s.upper() for s in SENTENCES] + [s.swapcase() for s in SENTENCES]
    for _ in range(3000):
        text = rnd.choice(SENTENCES)
        i = rnd.randint(0, len(text))
        texts.append(text[:i] + rnd.choice(["İ", "ı", "ſ", "K", " ", "Σ", ""]) + text[i:])
    for text in texts:
        assert check(text) == (pattern.search(text) is not None), text


def test_more_than_plain_words_is_left_to_the_pattern():
    for pattern in (re.compile(r"kế hoạch|chỉ tiêu\b", re.IGNORECASE), re.compile(r"kế hoạch|chỉ tiêu"),
                    re.compile(r"(?:kế|dự) hoạch", re.IGNORECASE)):
        check = Keywords(pattern)
        assert check.words is None
        for text in SENTENCES:
            assert check(text) == (pattern.search(text) is not None)
