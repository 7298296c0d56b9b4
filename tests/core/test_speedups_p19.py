"""Round 16's speed changes (p19) answer as the work they spare: the pieces split-word joins, remembered by their
texts, are the pieces the plain test joins; the patterns given a first-letter lookahead find what the same patterns
without it find. Over the seeds, our own corpora and tests/real; results, never timings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_app.core.checks import typos
from minutes_app.core.detectors.figures import PERIOD
from minutes_app.core.detectors.targets import _TARGET_PAREN
from minutes_app.core.quantities.relations import _ASSESSED
from minutes_app.core.reading import Reading
from minutes_app.core.vietnamese import longest_syllable

ROOT = Path(__file__).resolve().parents[2]


def _paragraphs() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt")) + \
        sorted((ROOT / "tests" / "real").glob("*.txt"))
    return [p for f in files for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]


PARAGRAPHS = _paragraphs()


def test_the_pieces_split_word_joins_are_those_the_plain_test_joins():
    longest = longest_syllable()
    readings = [Reading(p).tokens for p in PARAGRAPHS]
    pairs = {(first.text, second.text) for tokens in readings for first, second in zip(tokens, tokens[1:])
             if first.is_word and second.is_word}
    pairs |= {("ch", "í"), ("tr", "iển"), ("Y", "Tý"), ("Đ", "ảng"), ("UB", "ND"), ("tha", "m"), ("nghiêng", "a")}
    for first, second in sorted(pairs):
        plain = len(first) + len(second) <= longest and not (first.isupper() and len(first) > 1) \
            and second.islower() and typos._syllable(first + second)
        for _ in range(2):  # the first answer is made, the second remembered
            seconds = typos._PIECES.get(first)
            joined = seconds.get(second) if seconds is not None else None
            if joined is None:
                joined = typos._pieces_joined(first, second, seconds)
            assert joined == (first + second if plain else ""), (first, second)


@pytest.mark.parametrize("guarded, plain", [
    (PERIOD, PERIOD.pattern.removeprefix("(?=[TtQq])(?:").removesuffix(")")),
    (_TARGET_PAREN, _TARGET_PAREN.pattern.removeprefix(r"(?=[\s(])(?:").removesuffix(")")),
    (_ASSESSED, _ASSESSED.pattern.removeprefix("(?=[đxhtkgr])(?:").removesuffix(")")),
])
def test_a_first_letter_lookahead_finds_what_the_pattern_finds(guarded, plain):
    assert plain != guarded.pattern
    plain = re.compile(plain, guarded.flags)
    extra = ["Quý IV/2025 và tháng 12 năm 2025; QUÝ I, THÁNG 3", "vượt dự toán (1,5 tỷ đồng)  (chỉ tiêu 40)",
             "ĐÁNH GIÁ, Xếp loại, KIỂM TRA và Rà soát"]
    for text in PARAGRAPHS + extra:
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
