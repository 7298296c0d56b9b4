"""Typed lines: every line of a document classified once, the first step of the document model.

Layout per HD 36-HD/VPTW (Party) and NĐ 30/2020/NĐ-CP Phụ lục I (state), domain.md §1-§2:
a header (issuing body over its parent, "*", the Party name or the Quốc hiệu and motto, the
number "Số: …", the place-and-date line), a type line (BIÊN BẢN, BÁO CÁO …) with the title
lines under it, the body (headings I./1./a), list items, prose, tables typed as ``a | b``),
then the signature block (T/M, K/T, the position, "(Đã ký)", the name) and "Nơi nhận:".

A line's own shape is read once per distinct text (``line_shape``, cached); where it sits
(header, title, signatures, recipients) is decided by one cheap pass over the document
(``classify_lines``). Relations between figures use the headings and lists found here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import count, repeat

from ..resources import word_list


class LineKind(str, Enum):
    BLANK = "blank"
    PARTY_NAME = "party_name"  # ĐẢNG CỘNG SẢN VIỆT NAM
    NATIONAL_NAME = "national_name"  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    MOTTO = "motto"  # Độc lập - Tự do - Hạnh phúc
    STAR = "star"  # the "*" under the issuing body
    ISSUER = "issuer"  # an upper-case body name in the header
    DOC_NUMBER = "doc_number"  # Số: 15-BB/CB
    DATE_LINE = "date_line"  # Tân An, ngày 12 tháng 10 năm 2025
    TYPE = "type"  # BIÊN BẢN, BÁO CÁO, NGHỊ QUYẾT …
    TITLE = "title"  # the lines under the type line (trích yếu)
    HEADING = "heading"  # I. …, 1. …, a) …, PHẦN THỨ NHẤT, an upper-case line in the body
    LIST_ITEM = "list_item"  # - …, + …, • …, (1) …, a numbered sentence
    TABLE_ROW = "table_row"  # cells separated by " | " or tabs
    BODY = "body"
    SIGNATURE_ROLE = "signature_role"  # T/M CHI BỘ, K/T BÍ THƯ, THƯ KÝ, CHỦ TRÌ, BÍ THƯ
    SIGNATURE_NOTE = "signature_note"  # (Đã ký), (Ký, ghi rõ họ tên)
    SIGNATURE_NAME = "signature_name"  # the signer's name under the role lines
    RECIPIENTS = "recipients"  # Nơi nhận:
    RECIPIENT = "recipient"  # - Như trên; - Lưu VP.
    CAPTION = "caption"  # news: a photo caption ("Ảnh: …", "(Ảnh: …)")
    DEBRIS = "debris"  # news portals: "Chia sẻ", "In bài", "Tin liên quan"


@dataclass(frozen=True)
class Line:
    """One line of the document: where it is and what it is."""

    index: int
    start: int
    end: int
    kind: LineKind
    level: int = 0  # heading depth: 1 for I., 2 for 1., 3 for a); 0 otherwise
    marker_end: int = 0  # offset (in the line) just past a heading or list marker, 0 when none
    upper: bool = False  # written in capitals (a title line: its numbers are not quantities)


TYPE_WORDS = ("BIÊN BẢN", "BÁO CÁO", "NGHỊ QUYẾT", "KẾT LUẬN", "THÔNG BÁO", "TỜ TRÌNH", "KẾ HOẠCH",
              "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "CHỈ THỊ", "HƯỚNG DẪN", "QUY ĐỊNH", "CÔNG VĂN", "TỜ TRÌNH",
              "BIÊN BẢN KIỂM PHIẾU", "DIỄN VĂN", "BÀI PHÁT BIỂU")
_TYPE = re.compile(r"^(?:" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True)) + r")\b")
_SPACED = re.compile(r"(?:\S {1,3})+\S")
_TYPE_ALONE = ("BIÊN BẢN", "BÁO CÁO", "NGHỊ QUYẾT", "KẾT LUẬN")


def type_word(line: str) -> str | None:
    """The type word of a line that is only that word in sentence case ("Biên bản") or in spaced capitals
    ("B I Ê N  B Ả N"), in capitals; None for any other line."""
    if len(line) > 24:
        return None
    if _SPACED.fullmatch(line) and all(len(w) == 1 for w in line.split()) and line.isupper():
        joined = "".join(line.split())
        return next((w for w in _TYPE_ALONE if w.replace(" ", "") == joined), None)
    upper = line.upper()
    return upper if upper in _TYPE_ALONE and line[:1].isupper() and line[1:].islower() else None


_LABELLED = re.compile(r"^[^\W\d_][^:.;]{1,30}:\s")  # "Thời gian: …" opens the body, it is no title
_PARTY = re.compile(r"^ĐẢNG CỘNG SẢN VIỆT NAM$")
_NATIONAL = re.compile(r"^CỘNG H(?:ÒA|OÀ|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM$")
_MOTTO = re.compile(r"^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$", re.IGNORECASE)
_STAR = re.compile(r"^[*\s]+$")
_NUMBER = re.compile(r"^Số\s*:?\s*\S*\d\S*\s*[-/]\s*\S+|^Số\s*:\s*\S+", re.IGNORECASE)
_DATE_LINE = re.compile(r"^[^\W\d_][^,:\n]{0,60},\s*ngày\s+(?:\d{1,2}|…+|\.+)\s+tháng\s+(?:\d{1,2}|…+|\.+)\s+năm\s+\d{4}\.?$")
# I. / II- / 1. / 1.2. / a) / A. : the marker, then the heading text
_ROMAN = re.compile(r"^(?:PHẦN\s+)?([IVXLC]{1,6})\s*[.\-–:)]\s*(?=\S)")
_ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\s*[.\-–)](?!\d)\s*(?=\S)")  # not "2.465 đảng viên"
_LETTER = re.compile(r"^([a-zđ])\s*[).]\s*(?=\S)")
_PART = re.compile(r"^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:THỨ\s+\w+|thứ\s+\w+|[IVX\d]+)\b")
_BULLET = re.compile(r"^(?:[-–—+•·●○▪►*]|\(\d{1,2}\)|\d{1,2}\))\s*(?=\S)")
_ROLE = re.compile(r"^(?:T/M|TM\.|TM|K/T|KT\.|KT|Q\.|TL\.|TUQ\.|THAY MẶT)\s", re.IGNORECASE)
_MEETING_ROLES = ("THƯ KÝ", "CHỦ TRÌ", "CHỦ TỌA", "CHỦ TOẠ", "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ",
                  "THƯ KÝ HỘI NGHỊ", "ĐẠI DIỆN", "XÁC NHẬN")
_NOTE = re.compile(r"^\(?\s*(?:đã ký|ký|ký tên|ký, ghi rõ họ tên|ký và ghi rõ họ tên|đã ký và đóng dấu|ký, đóng dấu)\s*\)?$",
                   re.IGNORECASE)
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?", re.IGNORECASE)
_CAPTION = re.compile(r"^\(?\s*(?:Ảnh|Video|Clip)\s*:", re.IGNORECASE)
# the headings over a news page's links to other articles (resources/news_link_headings.txt, longest first)
LINK_HEADINGS = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(word_list("news_link_headings"), key=len, reverse=True))
# a line (or a run of lines) that opens with one of them: the links to other articles begin there
LINKS = re.compile(rf"\s*(?:{LINK_HEADINGS})\b", re.IGNORECASE)
_DEBRIS = re.compile(rf"^(?:Chia sẻ|In bài|{LINK_HEADINGS}|Gửi bài viết|Lượt xem|Bình luận|"
                     r"Từ khóa|Tags?|Bản in|Facebook|Zalo|Twitter|Cỡ chữ|Trở về|Quay lại|Đọc tiếp)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def line_shape(text: str) -> tuple[LineKind, int, int, bool]:
    """What a line is by its own shape: (kind, heading level, marker end, upper-case)."""
    line = text.strip()
    if not line:
        return LineKind.BLANK, 0, 0, False
    lead = len(text) - len(text.lstrip())
    # every letter upper case, and more than one: most lines fail at their first small letter
    upper = not any(c.isalpha() and not c.isupper() for c in line) and sum(c.isalpha() for c in line) > 1
    if _PARTY.match(line):
        return LineKind.PARTY_NAME, 0, 0, True
    if _NATIONAL.match(line):
        return LineKind.NATIONAL_NAME, 0, 0, True
    if _MOTTO.match(line):
        return LineKind.MOTTO, 0, 0, upper
    if _STAR.match(line):
        return LineKind.STAR, 0, 0, False
    if _RECIPIENTS.match(line):
        return LineKind.RECIPIENTS, 0, 0, upper
    if _NOTE.match(line):
        return LineKind.SIGNATURE_NOTE, 0, 0, False
    if _CAPTION.match(line):
        return LineKind.CAPTION, 0, 0, False
    if len(line) <= 40 and _DEBRIS.match(line):
        return LineKind.DEBRIS, 0, 0, upper
    if _DATE_LINE.match(line):
        return LineKind.DATE_LINE, 0, 0, False
    if _NUMBER.match(line) and len(line) <= 60:
        return LineKind.DOC_NUMBER, 0, 0, False
    if upper and _ROLE.match(line):
        return LineKind.SIGNATURE_ROLE, 0, 0, True
    if upper and _TYPE.match(line) and len(line) <= 40:
        return LineKind.TYPE, 0, 0, True
    if type_word(line):  # "Biên bản" alone on its line, "B I Ê N  B Ả N": the type line, written another way
        return LineKind.TYPE, 0, 0, True
    if " | " in line or (not upper and "\t" in line):
        return LineKind.TABLE_ROW, 0, 0, upper
    for pattern, level in ((_ROMAN, 1), (_ARABIC, 2), (_LETTER, 3)):
        match = pattern.match(line)
        if match:
            if _is_heading_text(line[match.end():], upper):
                depth = level + (match.group(1).count(".") if level == 2 else 0)
                return LineKind.HEADING, depth, lead + match.end(), upper
            return LineKind.LIST_ITEM, 0, lead + match.end(), upper
    if _PART.match(line):
        return LineKind.HEADING, 1, 0, upper
    match = _BULLET.match(line)
    if match:
        return LineKind.LIST_ITEM, 0, lead + match.end(), upper
    if upper:
        return LineKind.HEADING, 1, 0, True
    return LineKind.BODY, 0, 0, False


def _is_heading_text(rest: str, upper: bool) -> bool:
    """A heading is short and ends without a sentence stop (or is in capitals); a numbered
    line that reads as a sentence is a list item."""
    rest = rest.strip()
    if upper:
        return True
    if len(rest) > 110 or rest.endswith((";", ",")):
        return False
    if rest.endswith(".") and len(rest) > 60:
        return False
    return ":" not in rest[:-1] or len(rest) <= 60


def classify_lines(lines: list[tuple[int, str]]) -> list[Line]:
    """Every line typed, given (start offset, text) of each line in document order.

    Upper-case lines before the type line are the issuing body; the lines right after the
    type line (up to a blank line or the first heading or prose) are its title; after
    "Nơi nhận:" the items are recipients; upper-case role lines near the end open the
    signature block, whose remaining short lines are names.
    """
    shapes = [line_shape(text) for _, text in lines]
    kinds = [shape[0] for shape in shapes]
    type_at = next((i for i, k in enumerate(kinds[:40]) if k is LineKind.TYPE), None)
    header_end = type_at if type_at is not None else _header_end(kinds, lines)
    for i in range(header_end):
        text = lines[i][1].strip()
        if kinds[i] is LineKind.HEADING and shapes[i][3] and not _ROMAN.match(text):
            kinds[i] = LineKind.ISSUER
    type_kind = LineKind.TYPE  # (a member looked up once: through the enum's class it costs ~0.4 µs, on every line)
    for i in range(type_at + 1 if type_at is not None else 0, len(kinds)):
        if kinds[i] is type_kind:
            # "KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ", "KẾT LUẬN" inside a biên bản, "QUYẾT ĐỊNH:" over a decision's articles: after
            # the document's own type line (or far below the header, where none opens it) a type word heads a part
            kinds[i] = LineKind.HEADING
            shapes[i] = (LineKind.HEADING, 1, 0, True)
    if type_at is not None:
        i = type_at + 1
        while i < len(kinds) and kinds[i] in (LineKind.HEADING, LineKind.BODY) and i - type_at <= 3:
            text = lines[i][1].strip()
            if kinds[i] is LineKind.HEADING and (_ROMAN.match(text) or _ARABIC.match(text)):
                break
            if kinds[i] is LineKind.BODY and (len(text) > 160 or not _title_like(text) or _LABELLED.match(text)):
                break
            if i > type_at + 1 and kinds[i - 1] is LineKind.TITLE and kinds[i] is LineKind.BODY and (
                    text.endswith(".") or _CLOCK.search(text)):
                break  # "Đại hội khai mạc hồi 7h30 ngày 26/9/2025 tại …." under the title: the minutes begin
            kinds[i] = LineKind.TITLE
            i += 1
    _mark_tail(kinds, lines)
    # (made without the frozen dataclass's __init__, which sets each of seven fields through object.__setattr__:
    # every line is typed again at every re-check)
    typed = list(map(object.__new__, repeat(Line, len(lines))))
    for line, index, (start, text), kind, (_, level, marker_end, upper) in zip(typed, count(), lines, kinds, shapes):
        line.__dict__.update(index=index, start=start, end=start + len(text), kind=kind, level=level,
                             marker_end=marker_end, upper=upper)
    return typed


def _header_end(kinds: list[LineKind], lines: list[tuple[int, str]]) -> int:
    """Without a type line (news, a pasted excerpt) the header is the run of header-shaped
    lines at the top: body names, "*", Party name, number, date line."""
    header = (LineKind.HEADING, LineKind.STAR, LineKind.PARTY_NAME, LineKind.NATIONAL_NAME, LineKind.MOTTO,
              LineKind.DOC_NUMBER, LineKind.DATE_LINE, LineKind.BLANK)
    marks = (LineKind.STAR, LineKind.PARTY_NAME, LineKind.NATIONAL_NAME, LineKind.MOTTO, LineKind.DOC_NUMBER)
    end = 0
    while end < len(kinds) and end < 12 and kinds[end] in header:
        end += 1
    return end if any(k in marks for k in kinds[:end]) else 0


_CLOCK = re.compile(r"\b\d{1,2}\s*(?:giờ|h)\s*\d{0,2}\b")


def _title_like(text: str) -> bool:
    return not text.endswith((".", ";", ":")) or len(text) < 80


def _mark_tail(kinds: list[LineKind], lines: list[tuple[int, str]]) -> None:
    """Recipients after "Nơi nhận:" and the signature block near the end of the text."""
    n = len(kinds)
    recipients = LineKind.RECIPIENTS  # (looked up once, not on every line)
    for i, kind in enumerate(kinds):
        if kind is recipients:
            j = i + 1
            while j < n and kinds[j] in (LineKind.LIST_ITEM, LineKind.BODY) and len(lines[j][1].strip()) <= 90:
                kinds[j] = LineKind.RECIPIENT
                j += 1
    tail_start = max(0, n - 25)
    in_block = False
    for i in range(tail_start, n):
        text = lines[i][1].strip()
        kind = kinds[i]
        if kind is LineKind.SIGNATURE_ROLE or (kind is LineKind.HEADING and _is_role(text) and (
                _known_role(text) or _signature_follows(kinds, lines, i))):
            kinds[i] = LineKind.SIGNATURE_ROLE
            in_block = True
        elif in_block and kind in (LineKind.BODY, LineKind.HEADING) and _is_name_line(text):
            kinds[i] = LineKind.SIGNATURE_NAME
        elif in_block and kind not in (LineKind.BLANK, LineKind.SIGNATURE_NOTE, LineKind.TABLE_ROW):
            in_block = kind in (LineKind.RECIPIENTS, LineKind.RECIPIENT)


def _known_role(text: str) -> bool:
    cells = [c for c in re.split(r"\s{2,}|\t", text) if c]
    return any(c.startswith(_MEETING_ROLES) or _ROLE.match(c + " ") for c in cells)


def _signature_follows(kinds: list[LineKind], lines: list[tuple[int, str]], i: int) -> bool:
    """A short upper-case line ("BÍ THƯ", "GIÁM ĐỐC") heads a signature when a position, a note or a name follows
    it, not a sentence ("BIỂU QUYẾT" then "Chi bộ biểu quyết thông qua …" is a heading)."""
    for j in range(i + 1, min(len(kinds), i + 4)):
        text = lines[j][1].strip()
        if not text:
            continue
        if kinds[j] in (LineKind.SIGNATURE_NOTE, LineKind.SIGNATURE_ROLE) or _NOTE.match(text):
            return True
        cells = [c for c in re.split(r"\s{2,}|\t", text) if c]
        return _is_name_line(text) or text.isupper() or all(_NOTE.match(c) or c.isupper() for c in cells)
    return True


def _is_role(text: str) -> bool:
    """An upper-case signature line: T/M …, a meeting role, or a short position (BÍ THƯ)."""
    if not text.isupper() or len(text) > 60 or any(p.match(text) for p in (_ROMAN, _ARABIC, _PART)):
        return False  # "IV. HẠN CHẾ" near the end is a heading
    cells = [c for c in re.split(r"\s{2,}|\t", text) if c]
    return all(c.startswith(_MEETING_ROLES) or _ROLE.match(c + " ") or len(c.split()) <= 5 for c in cells)


def _is_name_line(text: str) -> bool:
    """A name alone (or names in columns): 2-6 capitalised syllables per cell."""
    cells = [c for c in re.split(r"\s{2,}|\t", text) if c]
    return bool(cells) and all(
        2 <= len(c.split()) <= 6 and all(w[0].isupper() for w in c.replace("'", "").split() if w[0].isalpha())
        and not c.isupper() for c in cells)
