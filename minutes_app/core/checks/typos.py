"""Typing slips the syllable dictionary cannot name: a word broken by a stray space
("c hỉ đạo", "tr iển khai") and a letter doubled in an acronym ("UBBND", "HĐNDD")."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ..lexicon import common_words
from ..model import Severity
from ..reading import Reading
from ..resources import word_list
from ..text import to_old_tone_style
from ..vietnamese import is_syllable, longest_syllable, well_formed
from .registry import Example, Issue, ParagraphContext, rule


@rule("split-word", severity=Severity.WARNING, title="Chữ bị tách bởi dấu cách", examples=(
    Example("Đồng chí Bí thư c hỉ đạo các chi bộ rà soát.", "c hỉ", "chỉ"),
    Example("Chi bộ tr iển khai nghị quyết kịp thời.", "tr iển", "triển"),
    Example("Các đồng ch í đảng viên đều có mặt.", "ch í", "chí"),
    Example("Điểm a khoản 2 Điều 8 của Quy định."),
    Example("Tổ chức cơ sở đảng ở xã Y Tý được củng cố."),
    Example("Công tác chăn nuôi, thú y được quan tâm."),
))
def split_word(ctx: ParagraphContext) -> Iterator[Issue]:
    """Two pieces one space apart, at least one of them no syllable, that join into one
    ("ch í" → "chí"). A lone letter that is a word or a list label (a, ở, Y) stays."""
    tokens = ctx.reading.tokens
    longest = longest_syllable()
    for k, (first, second) in enumerate(zip(tokens, tokens[1:])):
        if not (first.is_word and second.is_word and second.start - first.end == 1) \
                or len(first.text) + len(second.text) > longest:
            continue  # most pairs: together longer than any syllable
        if first.text.isupper() and len(first.text) > 1 or not second.text.islower():
            continue  # "Y Tý", "ĐẢNG ỦY": names and capitals are not split syllables ("Đ ảng" is one)
        if ctx.text[first.end] != " ":
            continue
        joined = first.text + second.text
        if not _syllable(joined):
            continue
        if _syllable(first.text) and _syllable(second.text) and not _joined_word(ctx.reading, k, joined):
            continue
        yield Issue(first.start, second.end,
                    f"“{first.text} {second.text}” có vẻ là một chữ bị tách bởi dấu cách: “{joined}”.", joined)


def _joined_word(reading: Reading, k: int, joined: str) -> bool:
    """Two pieces that are each a syllable but stand in no word, while joined they make a common
    word with the syllable after or before them ("gi áo viên" → "giáo viên")."""
    tokens = reading.tokens
    if reading.in_known_word[k] or reading.in_known_word[k + 1]:
        return False
    key = to_old_tone_style(joined.lower())
    words = common_words()
    after = tokens[k + 2] if k + 2 < len(tokens) and reading.adjacent(k + 1) and tokens[k + 2].is_word else None
    before = tokens[k - 1] if k > 0 and reading.adjacent(k - 1) and tokens[k - 1].is_word else None
    return bool(after and f"{key} {after.key}" in words or before and f"{before.key} {key}" in words)


@lru_cache(maxsize=65536)
def _syllable(text: str) -> bool:
    """A piece that is a syllable on its own; a lone vowel may be one (y tế, ý kiến, ở); a lone
    consonant ("Đ") is none."""
    if len(text) == 1:
        return text.lower() in "aeiouy" or is_syllable(text)
    return is_syllable(text) and well_formed(text)


@rule("acronym-doubled", severity=Severity.WARNING, title="Chữ viết tắt gõ thừa chữ cái", examples=(
    Example("Đồng chí Phó Chủ tịch UBBND xã dự họp.", "UBBND", "UBND"),
    Example("Kỳ họp thứ 9 HĐNDD huyện khóa XXI.", "HĐNDD", "HĐND"),
    Example("Ban Thường trực UBMTTTQ xã phối hợp tổ chức.", "UBMTTTQ", "UBMTTQ"),
    Example("Đồng chí Phó Chủ tịch UBND xã dự họp."),
    Example("Công ty TNHH MTV Cấp nước Sơn La."),
))
def acronym_doubled(ctx: ParagraphContext) -> Iterator[Issue]:
    """An upper-case word with a letter typed twice where the single letter spells a known
    acronym (resources/abbreviations.txt) and the word as written is none."""
    known = _acronyms()
    for token in ctx.reading.tokens:
        text = token.text
        if len(text) < 4 or not text.isupper() or text in known:
            continue
        fixes = {text[:k] + text[k + 1:] for k in range(1, len(text)) if text[k] == text[k - 1]}
        fixes &= known
        if len(fixes) == 1:
            fix = fixes.pop()
            yield Issue(token.start, token.end, f"“{text}” có một chữ cái gõ lặp: viết tắt đúng là “{fix}”.", fix)


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(line.split("=", 1)[0].strip() for line in word_list("abbreviations") if "=" in line)
