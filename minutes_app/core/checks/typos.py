"""Typing slips the syllable dictionary cannot name: a word broken by a stray space
("c hỉ đạo", "tr iển khai") and a letter doubled in an acronym ("UBBND", "HĐNDD")."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterator

from ..lexicon import common_words, cut_at_the_end
from ..model import Severity
from ..reading import Reading
from ..resources import word_list
from ..text import PairMemo, to_old_tone_style
from ..vietnamese import is_syllable, longest_syllable, well_formed
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule


@rule("split-word", severity=Severity.WARNING, title="Chữ bị tách bởi dấu cách", examples=(
    Example("Đồng chí Bí thư c hỉ đạo các chi bộ rà soát.", "c hỉ", "chỉ"),
    Example("Chi bộ tr iển khai nghị quyết kịp thời.", "tr iển", "triển"),
    Example("Các đồng ch í đảng viên đều có mặt.", "ch í", "chí"),
    Example("Điểm a khoản 2 Điều 8 của Quy định."),
    Example("Tổ chức cơ sở đảng ở xã Y Tý được củng cố."),
    Example("Công tác chăn nuôi, thú y được quan tâm."),
    # a line written with no tone mark (a slug, a file name): silent; a split in prose with marks is still one
    Example("Ảnh minh họa.\nanh minh hoa can bo xa tha m gia tap huan chuyen doi so"),
    Example("Nguồn ảnh:\nnguoi dan xa an binh tr ong lua vu dong xuan nam 2024"),
    Example("Tin liên quan:\nhoi nong dan huyen to chu c hoi nghi so ket 6 thang dau nam"),
    Example("Xã An Bình tr ong năm qua đã hoàn thành các chỉ tiêu.", "tr ong", "trong"),
    Example("Cán bộ xã tha m gia tập huấn chuyển đổi số.", "tha m", "tham"),
))
def split_word(ctx: ParagraphContext) -> Iterator[Issue]:
    """Two pieces one space apart, at least one of them no syllable, that join into one
    ("ch í" → "chí"). A lone letter that is a word or a list label (a, ở, Y) stays."""
    tokens, text = ctx.reading.tokens, ctx.text
    pieces = _PIECES.firsts
    unmarked = None  # read at the first candidate: most paragraphs have none
    for k in range(len(tokens) - 1):
        first, second = tokens[k], tokens[k + 1]
        if second.start - first.end != 1 or not (first.is_word and second.is_word) or text[first.end] != " ":
            continue
        # what the two pieces make, remembered by their texts as reading._PAIRS remembers a pair of syllables: no
        # string is joined, and no piece asked its case or length again, for a pair seen before (~28,000 a report)
        seconds = pieces.get(first.text)
        joined = seconds.get(second.text) if seconds is not None else None
        if joined is None:
            joined = _PIECES.remember(first.text, second.text, seconds)
        if not joined:
            continue
        if cut_at_the_end(text, second.end, second.text):
            continue  # "cá n" closing a cut excerpt, or "cá nhân" being typed
        if _syllable(first.text) and _syllable(second.text) and not _joined_word(ctx.reading, k, joined):
            continue
        if joined.isascii():
            if unmarked is None:
                words = [t.text for t in tokens if t.is_word]
                unmarked = len(words) >= _UNMARKED_WORDS and all(w.isascii() for w in words)
            if unmarked:
                # "be nh di ch ta lo n chau phi": a line with no tone mark at all (a web address's slug, an image's
                # name) is no prose the syllable dictionary can judge, and "lon" may be any of lon, lợn, lớn
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


def _pieces_joined(first: str, second: str) -> str:
    """The syllable two pieces one space apart make when joined ("ch", "í" → "chí"), or "" when they are no candidate:
    together longer than any syllable, an upper-case word or a capitalised second piece ("Y Tý", "ĐẢNG ỦY": names and
    capitals are not split syllables, "Đ ảng" is one), or no syllable once joined."""
    if len(first) + len(second) <= longest_syllable() and not (first.isupper() and len(first) > 1) \
            and second.islower() and _syllable(first + second):
        return first + second
    return ""


_PIECES = PairMemo(_pieces_joined)  # first piece → second piece → what _pieces_joined made of them
_UNMARKED_WORDS = 4  # words a line needs before their lack of marks says it is not written with them


@lru_cache(maxsize=65536)
def _syllable(text: str) -> bool:
    """A piece that is a syllable on its own; a lone vowel may be one (y tế, ý kiến, ở); a lone
    consonant ("Đ") is none."""
    if len(text) == 1:
        return text.lower() in "aeiouy" or is_syllable(text)
    return is_syllable(text) and well_formed(text)


@rule("acronym-doubled", severity=Severity.WARNING, title="Chữ viết tắt gõ thừa chữ cái", scope="document", examples=(
    Example("Đồng chí Phó Chủ tịch UBBND xã dự họp.", "UBBND", "UBND"),
    Example("Kỳ họp thứ 9 HĐNDD huyện khóa XXI.", "HĐNDD", "HĐND"),
    Example("Ban Thường trực UBMTTTQ xã phối hợp tổ chức.", "UBMTTTQ", "UBMTTQ"),
    Example("Đồng chí Phó Chủ tịch UBND xã dự họp."),
    Example("Công ty TNHH MTV Cấp nước Sơn La."),
    Example("Ban Chỉ đạo về phòng, chống thiên tai (PCTT) tổ chức hội nghị."),
    Example("Hội nghị đánh giá công tác PCTT năm 2020.\nKỹ năng PCTT của cộng đồng còn hạn chế."),
))
def acronym_doubled(ctx: DocumentContext) -> Iterator[Issue]:
    """An upper-case word with a letter typed twice where the single letter spells a known
    acronym (resources/abbreviations.txt) and the word as written is none. A slip is made
    once: an acronym the document introduces in brackets or writes again is meant ("phòng,
    chống thiên tai (PCTT)", not the "PCT" of a Phó Chủ tịch)."""
    found = ctx.per_paragraph(_doubled_letters, with_reading=True)
    if not any(slips for _, (slips, _) in found):
        return  # (most documents: no count of the upper-case words to make at each re-check)
    written: Counter[str] = Counter()
    for _, (_, uppers) in found:
        written.update(uppers)
    for paragraph, (slips, _) in found:
        for start, end, text, fix in slips:
            if written[text] == 1:
                yield Issue(paragraph.start + start, paragraph.start + end,
                            f"“{text}” có một chữ cái gõ lặp: viết tắt đúng là “{fix}”.", fix)


def _doubled_letters(reading: Reading) -> tuple[tuple[tuple[int, int, str, str], ...], tuple[str, ...]]:
    """The paragraph's acronyms with a doubled letter that spell a known one without it (not in
    brackets: there the writer introduces it), and every upper-case word it writes."""
    known = _acronyms()
    text = reading.text
    slips, uppers = [], []
    for token in reading.tokens:
        word = token.text
        if len(word) < 4 or not word.isupper():
            continue
        uppers.append(word)
        if word in known or text[token.start - 1:token.start] == "(" and text[token.end:token.end + 1] == ")":
            continue
        fixes = {word[:k] + word[k + 1:] for k in range(1, len(word)) if word[k] == word[k - 1]} & known
        if len(fixes) == 1:
            slips.append((token.start, token.end, word, fixes.pop()))
    return tuple(slips), tuple(uppers)


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(line.split("=", 1)[0].strip() for line in word_list("abbreviations") if "=" in line)
