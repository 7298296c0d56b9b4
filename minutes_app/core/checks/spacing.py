"""Spaces a clerk would fix, as Vietnamese typography writes them: no space before , ; : . ? ! ) and
one after them before a word; none just inside brackets and quotes; a number set apart from the word
beside it ("chi phối 13", "177 ha", "Có 17"); one space between words, and after a mark ("số.  Trong").

Read on the shared tokens: every gap between two tokens is looked at once. What is glued by
convention stays as written: abbreviations with a dot (TP.HCM, PGS.TS, Tp.Hồ Chí Minh, v.v.), codes
(COVID-19, H5N1, QL1A, 4G), units with a power (m2, km2), times (7h30), web addresses, ellipses and
the dotted lines and empty brackets of a form; so do columns laid side by side (a tab, or a run of
spaces before a capital, as in headers and signature blocks).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Severity
from ..reading import Token
from ..vietnamese import is_syllable
from .registry import Example, Issue, ParagraphContext, rule

_CLOSING = frozenset(",;:.?!")  # (not "%": number-format owns "21,8 %"; ")" is read with its bracket)
_GLUED_AFTER = frozenset(",;:)")  # a word right after these wants a space ("." is read below)
_PAIRS = {"(": ")", "“": "”"}
_SPACES = frozenset(" \u00a0")
# every shape below shows one of these: a space before a mark, a mark or a digit touching a letter, a space
# inside an opening or before a closing bracket or quote, two spaces. A letter before a digit is asked
# from the digit ("\d(?<=…)"): started from a letter, the search tried nearly every character
# (0.016 → 0.009 s on the bench's 200k characters, where no paragraph passes).
# The lookahead, the branches' first characters, turns the other positions away before any branch is tried
# (0.0092 → 0.0066 s there).
_MAYBE = re.compile(r"(?=[ \u00a0,;:.)\d(“])"
                    r"(?:[ \u00a0][,;:.?!)”]|[,;:.)][^\W\d_]|\d(?:[^\W\d_]|(?<=[^\W\d_]\d))|[(“][ \u00a0]|[ \u00a0]{2})")


@rule("spacing", severity=Severity.INFO, title="Dấu cách thừa hoặc thiếu", examples=(
    Example("Tình hình an ninh chính trị , trật tự xã hội ổn định.", " ,", ","),
    Example("Các xã,phường đã hoàn thành đại hội.", ",", ", "),
    Example("Đại hội thành công tốt đẹp.Năm 2025, xã đạt 15 tiêu chí.", ".", ". "),
    Example("Đoàn công tác làm việc tại huyện Sông Hinh ( Phú Yên ).", "( Phú Yên )", "(Phú Yên)"),
    Example("Nhóm cổ đông này chi phối13 doanh nghiệp.", "phối13", "phối 13"),
    Example("Diện tích gieo cấy đạt 177ha, năng suất 39tạ/ha.", "177ha", "177 ha"),
    Example("Xã đảo được công nhận sau hơn40năm chồng lấn địa giới.", "hơn40năm", "hơn 40 năm"),
    Example("Hội nghị đã thảo luận  dân chủ, thẳng thắn.", "  ", " "),
    Example("Có12 đồng chí vắng mặt có lý do.", "Có12", "Có 12"),
    Example("Tỷ lệ đạt 98,5%.  Trong năm không có đảng viên vi phạm.", "  ", " "),
    Example("Thời gian: 14 giờ 00; địa điểm: Hội trường UBND xã."),
    Example("Đoàn công tác của TP.HCM và PGS.TS Nguyễn Văn An làm việc tại Tp.Hồ Chí Minh."),
    Example("Phòng chống dịch COVID-19, cúm A/H5N1; nâng cấp QL1A, phủ sóng 4G; xây 120 m2 nhà ở."),
    Example("Hội nghị bắt đầu lúc 7h30, kết thúc lúc 11h00."),
    Example("Chi tiết xem tại www.hanoi.gov.vn hoặc gửi thư tới vanphong@hanoi.gov.vn."),
    Example("Các hoạt động văn hóa, thể thao, v.v... đều được duy trì."),
    Example("Họ và tên: ………………… Chức vụ: (……………)"),
    Example("ĐẢNG BỘ XÃ AN PHÚ     ĐẢNG CỘNG SẢN VIỆT NAM"),
))
def spacing(ctx: ParagraphContext) -> Iterator[Issue]:
    """(An offered cleanup, as info: the text means the same either way.)"""
    if not _MAYBE.search(ctx.text):
        return  # most paragraphs are spaced right: the tokens are not walked
    reading = ctx.reading
    tokens, text = reading.tokens, ctx.text
    for i, token in enumerate(tokens):
        mark = token.text
        if mark in _PAIRS:
            issue = _inside_brackets(text, tokens, i)
            if issue:
                yield issue
            continue
        gap_before = text[tokens[i - 1].end:token.start] if i else ""
        if mark in _CLOSING and gap_before and set(gap_before) <= _SPACES and _is_text(tokens[i - 1]) \
                and not _in_ellipsis(tokens, i, text):
            yield Issue(tokens[i - 1].end, token.end, f"Thừa dấu cách trước “{mark}”.", mark)
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        glued = following is not None and following.start == token.end
        if glued and mark in _GLUED_AFTER and following.is_word and i and _is_text(tokens[i - 1]) \
                and not (len(tokens[i - 1].text) == 1 and len(following.text) == 1):
            yield Issue(token.start, token.end, f"Thiếu dấu cách sau “{mark}”.", mark + " ")
        elif glued and mark == "." and following.is_word and i and tokens[i - 1].end == token.start \
                and (tokens[i - 1].text[0].isdigit() or tokens[i - 1].text == ")") and _capitalized(following.text):
            yield Issue(token.start, token.end, "Thiếu dấu cách sau dấu chấm.", ". ")  # "năm 2025.Năm"
        if token.is_word and "." in mark:
            issue = _sentence_glued_in_word(token)
            if issue:
                yield issue
        if mark[0].isdigit():
            issue = _glued_number(text, tokens, i)
            if issue:
                yield issue
        if following is not None:
            gap = text[token.end:following.start]
            # before a capital, two spaces or more may set a column apart ("ĐẢNG BỘ XÃ     ĐẢNG CỘNG SẢN"); after
            # a mark of the sentence exactly two are a slip ("dân tộc thiểu số.  Trong", "phường Sông Cầu,  Các")
            if 2 <= len(gap) <= 3 and set(gap) <= _SPACES and following.is_word \
                    and ((_is_text(token) or mark == "%") and following.text[0].islower()
                         or len(gap) == 2 and mark in _CLOSING and i and (_is_text(tokens[i - 1]) or tokens[i - 1].text == "%")):
                yield Issue(token.end, following.start, "Hai dấu cách liền nhau.", " ")


def _is_text(token: Token) -> bool:
    """A word, a number or a closing mark: what a mark may follow in running text."""
    return token.text[0].isalnum() or token.text in (")", "”", "\"", "'")


def _in_ellipsis(tokens: list[Token], i: int, text: str) -> bool:
    """ "…, v.v ...", "Họ và tên: ……": dots in a run are an ellipsis or a form's line."""
    if tokens[i].text != ".":
        return False
    return any(0 <= k < len(tokens) and tokens[k].text in (".", "…") and abs(tokens[k].start - tokens[i].start) <= 1
               for k in (i - 1, i + 1)) or text[tokens[i].start - 1:tokens[i].start] == "…"


def _capitalized(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


def _sentence_glued_in_word(token: Token) -> Issue | None:
    """ "thành công tốt đẹp.Năm 2025": a sentence's last word and the next one's first, read as one token
    by the tokenizer (which keeps "PGS.TS" whole). Only a real syllable in lower case before the dot and a
    capitalised word after it: "TP.HCM", "Tp.Hồ Chí Minh", "v.v" stay."""
    left, _, right = token.text.partition(".")
    if len(left) < 2 or not left.islower() or not is_syllable(left) or not right or not _capitalized(right):
        return None
    dot = token.start + len(left)
    return Issue(dot, dot + 1, "Thiếu dấu cách sau dấu chấm.", ". ")


def _glued_number(text: str, tokens: list[Token], i: int) -> Issue | None:
    """ "chi phối13", "năm2025", "177ha", "39tạ/ha", "hơn40năm": a number glued to a word of the language on
    either side, set apart in one fix. Codes and symbols keep theirs: COVID-19, QL1A, 4G, m2, km2, 7h30
    (capitals, or one letter, or no syllable: "km", "kg")."""
    number = tokens[i]
    first = i - 1 if i and tokens[i - 1].end == number.start and _language_word(tokens[i - 1].text, opening=True) else i
    last = i + 1 if i + 1 < len(tokens) and tokens[i + 1].start == number.end and _language_word(tokens[i + 1].text) \
        else i
    if first == last:
        return None
    written = text[tokens[first].start:tokens[last].end]
    return Issue(tokens[first].start, tokens[last].end, f"“{written}”: số và chữ cần cách nhau một dấu cách.",
                 " ".join(tokens[k].text for k in range(first, last + 1)))


def _language_word(word: str, opening: bool = False) -> bool:
    """A syllable of the language in small letters; with ``opening``, also one with its capital
    ("Có17 vị đại biểu", "Ngày19-4": a sentence's first word glued to its number)."""
    if opening and word[:1].isupper() and word[1:].islower():
        word = word.lower()
    return len(word) >= 2 and word.islower() and is_syllable(word)


def _inside_brackets(text: str, tokens: list[Token], i: int) -> Issue | None:
    """ "( Phú Yên )", "“ Đổi mới ”": a space just inside a bracket or a quote. Brackets holding nothing
    but spaces and dots are a form's blanks ("(……)"), and a tab is a column."""
    opener = tokens[i]
    closer = _PAIRS[opener.text]
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text in (closer, opener.text)), None)
    if end is None or tokens[end].text != closer or end == i + 1:
        return None
    inner = text[opener.end:tokens[end].start]
    if "\t" in inner or not any(ch.isalnum() for ch in inner):
        return None
    stripped = inner.strip(" \u00a0")
    if stripped == inner:
        return None
    return Issue(opener.start, tokens[end].end, f"Thừa dấu cách ngay trong dấu “{opener.text}{closer}”.",
                 opener.text + stripped + closer)
