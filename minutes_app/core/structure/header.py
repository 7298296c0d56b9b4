"""The top and the bottom of a document: header cells, type and title, news parts, signatures
and "Nơi nhận" (HD 36-HD/VPTW and NĐ 30/2020 layouts, domain.md §1).

Headers pasted from a Word table come as cells on one line separated by a TAB (or 2+ spaces),
or as all left cells followed by all right cells; both are read cell by cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .document import Field, Header, News, Signer
from .lines import LINK_HEADINGS, LINKS, Line, LineKind, line_shape, type_word

# (a header copied from a web table keeps its cells apart by "|": "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")
CELL_SPLIT = re.compile(r"\t+|\s{3,}|\s*\|\s*")
_DATE_LINE = re.compile(
    r"^(?P<place>[^\W\d_][^,:\n]{0,60}),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})\.?$")
_NUMBER = re.compile(r"^Số(?:\s+hiệu)?\s*:?\s*(?P<n>\S.*?)\s*$", re.IGNORECASE)  # ("Số hiệu …": a listing's label)
# the right cell of a mass organisation's header, where a Party body writes ĐẢNG CỘNG SẢN VIỆT NAM
_BANNER = re.compile(r"(?:HỘI|MẶT TRẬN|CÔNG ĐOÀN|TỔNG LIÊN ĐOÀN|ĐOÀN)\s[^\d,;:]{3,60}\sVIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|"
                     r"ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")
# (also typed with spaces round its dash: "Số       - BC/HU", the number left blank and its cell cut from "Số")
_NUMBER_TAIL = re.compile(r"\d{0,5}\s*[-/]\s*[A-ZĐ][A-ZĐ0-9&.\-]*(?:/[A-ZĐ0-9&.\-]+)*")
_LABELLED = re.compile(r"^[^\W\d_][^:.;]{1,30}:\s")
_RULE = re.compile(r"^[-_–—=.\s]+$")
GENRE_OF_TYPE = (("BIÊN BẢN", "bien_ban"), ("BÁO CÁO", "bao_cao"), ("NGHỊ QUYẾT", "nghi_quyet"),
                 ("KẾT LUẬN", "nghi_quyet"))


def cells(text: str, start: int) -> list[tuple[int, str]]:
    """A line's cells (document offset, text), split at TABs or wide runs of spaces."""
    found, position = [], 0
    for piece in CELL_SPLIT.split(text):
        at = text.find(piece, position) if piece else position
        position = at + len(piece)
        stripped = piece.strip()
        if stripped:
            found.append((start + at + len(piece) - len(piece.lstrip()), stripped))
    return found


# The right cell of a header copied with its TAB lost: the Party name, the Quốc hiệu, the motto or the date line
# after the left cell's text, behind two spaces or one ("ĐẢNG BỘ XÃ A  ĐẢNG CỘNG SẢN VIỆT NAM")
# (or glued to it, the space lost too: "TRƯỜNG MẦM NON MỸ HƯNGCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
_RIGHT_CELL = re.compile(r"(?:\s+|(?<=[A-ZĐÀ-Ỹ])(?=CỘNG H(?:ÒA|OÀ) XÃ HỘI))"
                         r"(?=ĐẢNG CỘNG SẢN VIỆT NAM\s*$|CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$|Độc lập\s*[-–]\s*Tự do)")
# "* Hạ Long, ngày 20 tháng 02 năm 2025", "Số 05-BB/CB Tân An, ngày …": a date line after the left cell (its place
# written in lower case letters, unlike a body's name in capitals)
_DATE_TAIL = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?\s*$")


def header_cells(text: str, start: int) -> list[tuple[int, str]]:
    """A header line's cells: ``cells``, and a left cell cut from the right one where the TAB was lost."""
    found = []
    for at, cell in cells(text, start):
        position = 0
        for match in _RIGHT_CELL.finditer(cell):
            if match.start() > position and cell[position:match.start()].strip():
                found.append((at + position, cell[position:match.start()]))
            position = match.end()
        found.append((at + position, cell[position:]))
    for k, (at, cell) in enumerate(found):
        tail = _DATE_TAIL.search(cell)
        words = list(re.finditer(r"\S+", cell[:tail.start()])) if tail else []
        place = len(words)
        while place > 0 and len(words) - place < 5 and not words[place - 1][0].isupper() and words[place - 1][0][:1].isupper():
            place -= 1
        if 0 < place < len(words) and re.fullmatch(r"(?:TP|Tp|TX|Tx|TT)\.", words[place - 1][0]):
            place -= 1  # "TP. Hồ Chí Minh, ngày …": the abbreviation is the place's
        if 0 < place < len(words):
            cut = words[place].start()
            found[k:k + 1] = [(at, cell[:words[place - 1].end()]), (at + cut, cell[cut:])]
            break
    return found


def iso(day: int, month: int, year: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


# the header cells of a blank form, not a body: a label with nothing after it ("CHI BỘ:..", "ĐẢNG BỘ ……"), a field's
# instruction ("TÊN CƠ QUAN", "BAN HÀNH VĂN BẢN"), a form's own name ("MẪU BIÊN BẢN SINH HOẠT CHI BỘ")
_PLACEHOLDER = re.compile(r"[^\W\d_][^:.…]{1,40}?(?:\s*:\s*[.…_]*|\s*[.…_]{2,}|\s*…+)\s*|(?:TÊN CƠ QUAN|BAN HÀNH VĂN BẢN|CƠ QUAN CHỦ QUẢN|"
                          r"TÊN ĐƠN VỊ|MẪU(?:\s+SỐ)?\b)[^:]*")


def read_header(text: str, lines: list[Line]) -> tuple[Header, str, int]:
    """The header, the genre named by the type line, and the index of the first body line."""
    issuers: list[tuple[int, str]] = []
    header: dict = {}
    limit = min(len(lines), 30)
    type_at = next((i for i in range(limit) if _type_of(text[lines[i].start:lines[i].end].strip())), None)
    scan_end = type_at if type_at is not None else min(limit, 14)
    last_header = -1
    for line in lines[:scan_end]:
        before = (len(issuers), len(header))
        for k, (at, cell) in enumerate(header_cells(text[line.start:line.end], line.start)):
            kind = line_shape(cell)[0]
            if kind in (LineKind.PARTY_NAME, LineKind.NATIONAL_NAME):
                header.setdefault("system", "party" if kind is LineKind.PARTY_NAME else "state")
            elif (k > 0 or issuers and (not _next_line(text, issuers[-1][0], at) or _banner_of(issuers[-1][1], cell))) \
                    and cell.isupper() and _BANNER.fullmatch(cell):
                # "HỘI LHPN HUYỆN X <TAB> HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM": the organisation's banner on the right, or on a
                # line of its own after the left cell's lines and its "Số:" (a header copied cell by cell); right under
                # the body's line it goes on with its name ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH"), unless
                # that line named the organisation already ("BCH HỘI NÔNG DÂN XÃ EA KÊNH" / "HỘI NÔNG DÂN VIỆT NAM")
                continue
            elif kind in (LineKind.MOTTO, LineKind.STAR) or _RULE.match(cell):
                continue
            elif _DATE_LINE.match(cell):
                _date_line(header, cell, at)
            elif _NUMBER_TAIL.fullmatch(cell):
                # "Số:        /BB-SNNMT" (the number left blank), "Số:   15/BC-UBND": the number's cell cut from its "Số:"
                if cell[0].isdigit():
                    header.setdefault("doc_number", Field(cell, at, at + len(cell)))
                continue
            elif (number := _NUMBER.match(cell)) and any(c.isdigit() for c in cell) and len(cell) <= 60 \
                    and not number["n"][0].islower():
                # (a word after "Số" makes a phrase, not a number: "Số lượt xem: 389", "Số điện thoại: 0912 …")
                header.setdefault("doc_number", Field(number["n"], at + number.start("n"), at + number.end("n")))
            elif _PLACEHOLDER.fullmatch(cell):
                continue  # a blank form's header: "CHI BỘ:..", "ĐẢNG BỘ: ……", "TÊN CƠ QUAN", "MẪU BIÊN BẢN …"
            elif cell.isupper() and len(cell) <= 80 and not _type_of(cell) and type_at is not None:
                issuers.append((at, cell))
            elif type_at is not None and len(cell) <= 80 and _looks_body(cell.upper()) and cell[0].isupper() \
                    and not re.search(r"[.,;:]", cell):
                issuers.append((at, cell))  # a header typed in sentence case: "Đảng bộ xã Tân Hòa"
            elif type_at is None and cell.isupper() and len(cell) <= 80 and line.index < 8 and _looks_body(cell):
                issuers.append((at, cell))
        if (len(issuers), len(header)) != before or line_shape(text[line.start:line.end].strip())[0] in (
                LineKind.STAR, LineKind.MOTTO, LineKind.PARTY_NAME, LineKind.NATIONAL_NAME):
            last_header = line.index
    body_start = scan_end if type_at is not None else last_header + 1
    genre = "other"
    if type_at is not None:
        type_line = text[lines[type_at].start:lines[type_at].end].strip()
        genre = _type_of(type_line) or "other"
        header["type_line"] = Field(type_line, lines[type_at].start, lines[type_at].start + len(type_line))
        title, body_start = _title(text, lines, type_at)
        rest = _type_rest(type_line)
        if rest and (title is None or len(rest) > 14):
            # "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025": type and title on one line; a second
            # line in capitals under it continues the title
            at = lines[type_at].start + len(text[lines[type_at].start:lines[type_at].end]) - len(
                text[lines[type_at].start:lines[type_at].end].lstrip()) + len(type_line) - len(rest)
            if title is not None and (title.value.isupper() or _PERIOD_LINE.fullmatch(title.value)):
                # (or the period it is of, on a line of its own in any case: "BIÊN BẢN SINH HOẠT CHI BỘ / Tháng 3 năm 2019")
                title = Field(rest + " " + title.value, at, title.end)
            else:
                title, body_start = Field(rest, at, at + len(rest)), type_at + 1
        if title:
            header["title"] = title
            if genre == "other" and re.search(r"\bKẾT LUẬN\b", title.value.upper()):
                genre = "nghi_quyet"
        # a date line under the title (some biên bản and state reports put it there)
        for line in lines[type_at:min(len(lines), type_at + 6)]:
            cell = text[line.start:line.end].strip()
            if "date" not in header and _DATE_LINE.match(cell):
                _date_line(header, cell, line.start + text[line.start:line.end].find(cell))
    # "ĐẢNG BỘ XÃ YÊN LẠC / CHI BỘ THÔN ĐÔNG LĨNH / ĐẠI HỘI LẦN THỨ XII, NHIỆM KỲ 2025 - 2027": a congress's line that
    # names no body of its own is the meeting of the body above it, which issues the paper
    # (one with a body's line under it, "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I / BAN KIỂM PHIẾU", is the line above that body: its parent)
    issuers = [cell for n, cell in enumerate(issuers)
               if n == 0 or not _BARE_MEETING.fullmatch(cell[1].upper())
               or n < len(issuers) - 1 and _looks_body(issuers[n + 1][1].upper())]
    if issuers:
        issuers = _join_wrapped(text, issuers)
        at, name = issuers[-1]
        header["issuer"] = Field(name, at, at + len(name))
        enacting = _enacting_line(text, lines, type_at, body_start) if _BARE_BODY.fullmatch(name.upper()) else None
        if enacting is not None and enacting.value.upper().startswith(name.upper() + " "):
            # "HỘI ĐỒNG NHÂN DÂN" over the Quốc hiệu, its locality lost with the cell under it: the enacting line names it whole
            header["issuer"] = enacting
        if len(issuers) > 1:
            at, name = issuers[-2]
            header["issuer_parent"] = Field(name, at, at + len(name))
    return Header(**header), genre, body_start


# a congress or conference named by its ordinal, term or session alone ("ĐẠI HỘI LẦN THỨ XII, NHIỆM KỲ 2025 - 2027",
# "HỘI NGHỊ LẦN THỨ 5"), not one that names its body ("ĐẠI HỘI ĐẠI BIỂU HỘI CCB XÃ TÂN PHƯỚC LỘC")
_BARE_MEETING = re.compile(r"(?:ĐẠI HỘI|HỘI NGHỊ|KỲ HỌP)(?:\s+ĐẠI BIỂU)?(?:\s+(?:LẦN\s+)?THỨ\s+[\wÀ-Ỹ]+)?"
                           r"(?:\s*[,(]?\s*(?:NHIỆM KỲ|KHÓA|KHOÁ)\s+[\dIVXLC]+(?:\s*[-–]\s*\d{4})?\)?)?")


def _banner_of(line: str, banner: str) -> bool:
    """``banner`` ("HỘI NÔNG DÂN VIỆT NAM") names the organisation ``line`` already names ("BCH HỘI NÔNG DÂN XÃ A")."""
    organisation = re.sub(r"\s+VIỆT NAM$", "", banner)
    return organisation != banner and organisation in line.upper()


def _enacting_line(text: str, lines: list[Line], type_at: int | None, body_start: int) -> Field | None:
    """The line under a state resolution's title that names the council enacting it ("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN")."""
    if type_at is None:
        return None
    for line in lines[type_at + 1:min(len(lines), body_start + 2)]:
        raw = text[line.start:line.end]
        if _ENACTING.match(raw.strip()) and raw.isupper():
            at = line.start + len(raw) - len(raw.lstrip())
            return Field(raw.strip(), at, at + len(raw.strip()))
    return None


def _looks_body(cell: str) -> bool:
    return bool(re.match(r"^(?:ĐẠI HỘI|HỘI NGHỊ|ĐẢNG|CHI BỘ|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|BAN|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|HUYỆN ỦY|"
                         r"TỈNH ỦY|THÀNH ỦY|TRƯỜNG|PHÒNG|HỘI|BỘ|CỤC|CÔNG TY|MẶT TRẬN|ĐOÀN|CHI ĐOÀN|CHI HỘI|"
                         r"LIÊN ĐOÀN|CÔNG AN|VĂN PHÒNG|TRUNG TÂM|BỆNH VIỆN|TRẠM|KHỐI|QUÂN|BCH|UBKT|MTTQ|UBMTTQ|CÔNG ĐOÀN|LĐLĐ|THƯỜNG TRỰC|"
                         # the next level under a body: a thôn, a tổ dân phố, a cooperative, a court …
                         r"(?:THÔN|TỔ DÂN PHỐ|KHU PHỐ|ẤP|BẢN|XÓM|BUÔN|HỢP TÁC XÃ|HTX|NGÂN HÀNG|VIỆN|TÒA ÁN|TOÀ ÁN|CHI CỤC|"
                         r"ĐỒN|HẠT|KHO BẠC|BẢO HIỂM XÃ HỘI|BHXH|CHI NHÁNH|XÍ NGHIỆP|NHÀ MÁY|ĐỘI)\b)", cell))


def _join_wrapped(text: str, issuers: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A body's name wrapped onto the next line is one name: "ỦY BAN NHÂN DÂN" / "XÃ MỸ HIỆP",
    "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG" / "TỈNH". A line that opens a body of its own ("CHI BỘ THÔN 3"
    under "ĐẢNG BỘ XÃ IA PHÚ") is the next level, not a continuation."""
    joined: list[tuple[int, str]] = []
    for at, name in issuers:
        if joined and (not _looks_body(name.upper()) or _BARE_BODY.fullmatch(joined[-1][1].upper())
                       and not _PARTY_LEVEL.match(name.upper())) and _next_line(text, joined[-1][0], at):
            joined[-1] = (joined[-1][0], joined[-1][1] + " " + name)
        else:
            joined.append((at, name))
    return joined


# a body's kind with no name of its own: the next line names it ("CHI BỘ" / "TRƯỜNG TIỂU HỌC TIÊN LỮ",
# "ĐẢNG ỦY" / "CƠ QUAN UBND XÃ"), unless that line opens a Party level of its own
_BARE_BODY = re.compile(r"CHI BỘ|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BAN CHẤP HÀNH|"
                        r"BAN THƯỜNG VỤ|CHI ĐOÀN|CHI HỘI|CÔNG ĐOÀN")
_PARTY_LEVEL = re.compile(r"(?:CHI BỘ|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY)\b")


def _next_line(text: str, first: int, second: int) -> bool:
    """``second`` is on the line right after the line of ``first``."""
    return text.count("\n", first, second) == 1


def _date_line(header: dict, cell: str, at: int) -> None:
    match = _DATE_LINE.match(cell)
    if "date" in header or not match:
        return
    try:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    except ValueError:
        return
    header["date_line"] = Field(cell.rstrip("."), at, at + len(cell.rstrip(".")))
    header["place"] = Field(match["place"].strip(), at, at + len(match["place"].strip()))
    header["date"] = Field(iso(day, month, year), at + match.start("d"), at + match.end("y"))


def genre_without_type(text: str, lines: list[Line]) -> str:
    """The genre of a document with no type line and no Party or state header: a draft whose
    first line opens with its type in sentence case ("Biên bản họp chi bộ tháng 11") is of
    that type; a headline over a body is a news item; a text of one paragraph, or none,
    names no genre. A text that opens on a section of a report ("1. Sản xuất nông nghiệp:",
    "LĨNH VỰC KINH TẾ." over "1. …") has no headline, and when it tells of no meeting or event
    either it is the body of a report cut from its header, no news item."""
    written = [line for line in lines if text[line.start:line.end].strip()]
    if not written:
        return "other"
    first = text[written[0].start:written[0].end].strip()
    opening = first.upper()
    for word, genre in GENRE_OF_TYPE:
        if opening == word or opening.startswith(word + " ") and not opening.startswith(word + " VIÊN") and \
                not _sentence(first):
            return genre  # not "Báo cáo viên …", a person
    if len(written) == 1:
        return "other"
    if _section_opening(written) and not _EVENT.search(text, 0, min(len(text), _EVENT_SPAN)):
        return "other"
    return "tin_hoi_nghi"


# a meeting or an event a news item reports (its lead tells it near the top)
_EVENT = re.compile(r"\b(?:hội nghị|đại hội|kỳ họp|kì họp|phiên họp|cuộc họp|buổi họp|họp|sinh hoạt|hội thảo|tọa đàm|toạ đàm|"
                    r"lễ|buổi làm việc|làm việc với|khai mạc|bế mạc|diễn ra|hội thi|giao ban|tiếp xúc cử tri|ra mắt|"
                    r"gặp mặt|tổng kết|sơ kết)\b", re.IGNORECASE)
_EVENT_SPAN = 2000


def _section_opening(written: list[Line]) -> bool:
    """The first line is a section of a report, no headline: numbered ("1. Sản xuất nông nghiệp:", "I. …",
    "a) …", "PHẦN THỨ NHẤT"), or a line in capitals over a numbered one ("LĨNH VỰC KINH TẾ." / "1. …"); a
    headline stands over its lead, never over a numbered list."""
    first, second = written[0], written[1]
    if first.kind is LineKind.HEADING and (first.marker_end > 0 or not first.upper):
        return True
    return first.upper and first.kind is LineKind.HEADING and second.kind is LineKind.HEADING and second.marker_end > 0


def _sentence(line: str) -> bool:
    """An opening that is a sentence, not a title: a title ends with no stop, while "Báo cáo tại Hội nghị cho thấy,
    tình hình … đạt kết quả tốt." or "Báo cáo của Bộ Tài chính vừa qua cho thấy, …" tells what a report said (the
    body of a news item). A title followed by what it records after a colon ("Biên bản họp chi bộ: có mặt 12/15 đồng
    chí, vắng 3.") is a clerk's draft of that type."""
    head = line.split(":", 1)[0] if ":" in line else line
    return line.endswith((".", "!", "?", "…")) and ("," in head or len(head.split()) > 20)

_SHORT_TYPE = 40
# the type word opening a title on its own line ("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025", "BÁO CÁO KẾT
# QUẢ …"), not a person ("BÁO CÁO VIÊN") nor a sentence
_TYPE_TITLE = re.compile(r"(?:BIÊN BẢN|BÁO CÁO|NGHỊ QUYẾT|KẾT LUẬN)\s+(?!VIÊN\b)[^.;:!?]{6,150}")


def _type_rest(type_line: str) -> str:
    """The title written on the type line after the type word ("" when there is none)."""
    for word, _ in GENRE_OF_TYPE:
        if type_line.startswith(word + " "):
            return type_line[len(word):].strip()
    return ""


@lru_cache(maxsize=4096)
def _type_of(line: str) -> str | None:
    """The genre a type line names (BIÊN BẢN …); None when the line is not a type line."""
    upper = line.strip()
    upper = type_word(upper) or upper  # "Biên bản", "B I Ê N  B Ả N"
    if not upper or not upper.isupper():
        return None
    for word, genre in GENRE_OF_TYPE:
        if upper == word or upper.startswith(word + " ") and len(upper) <= len(word) + 14:
            return genre  # "BIÊN BẢN HỌP CHI BỘ": a type line whose title may follow on the next line
    if _TYPE_TITLE.fullmatch(upper):
        return next(genre for word, genre in GENRE_OF_TYPE if upper.startswith(word + " "))
    if len(upper) > _SHORT_TYPE:
        return None
    if re.fullmatch(r"THÔNG BÁO\s+KẾT LUẬN\b.*", upper):  # "THÔNG BÁO KẾT LUẬN (của Ban Thường vụ …)"
        return "nghi_quyet"
    if line_shape(upper)[0] is LineKind.TYPE:
        return "other"
    return None


# The label of a title line under the type line: "Nội dung: …", "V/v: …", "Về việc: …", "Trích yếu: …"
SUBJECT_LABEL = re.compile(r"(?:Nội dung(?: cuộc họp| họp)?|V/v|Về việc|Trích yếu)\s*:\s*(?=\S)", re.IGNORECASE)


# The council or committee that enacts a state resolution, on its own line under the title (NĐ 30/2020, Phụ lục III)
_ENACTING = re.compile(r"(?:HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|"
                       r"THỊ TRẤN|ĐẶC KHU)\b(?=[^\n]*$)")


# (also the term of the body meeting: "(khóa I, nhiệm kỳ 2025 - 2030)", "(nhiệm kỳ 2025 - 2030)")
_TITLE_QUALIFIER = re.compile(r"\(\s*(?:mở rộng|bất thường|chuyên đề|lần \w+|kỳ họp [^()]{2,30}|phiên [^()]{2,30}|"
                              r"(?:(?:khóa|khoá)\s+[IVXLC\d]+\s*,?\s*)?nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|"
                              r"(?:khóa|khoá)\s+[IVXLC\d]+)\s*\)", re.IGNORECASE)


# a line that only names a period or a term: "Tháng 3 năm 2019", "quý II/2024", "Nhiệm kỳ 2025 - 2030"
_PERIOD_LINE = re.compile(r"(?:tháng|quý|năm|học kỳ|nhiệm kỳ|khóa|khoá)\s+[\dIVX][\dIVX/\s–-]*(?:năm\s+\d{4})?\.?",
                          re.IGNORECASE)


def _title(text: str, lines: list[Line], type_at: int) -> tuple[Field | None, int]:
    """The lines under the type line (up to 3), whatever their case."""
    parts: list[tuple[int, str]] = []
    i = type_at + 1
    while i < len(lines) and i <= type_at + 3:
        raw = text[lines[i].start:lines[i].end]
        line = raw.strip()
        if not line:
            if parts:
                break
            i += 1
            continue
        if not parts and i == type_at + 1 and SUBJECT_LABEL.match(line) and not line.endswith((".", ";")):
            # "BIÊN BẢN CUỘC HỌP / Nội dung: Họp thống nhất phương án …", "V/v: …": the title, label and all
            parts.append((lines[i].start + len(raw) - len(raw.lstrip()), line))
            i += 1
            break
        if _DATE_LINE.match(line) or _RULE.match(line) or line.startswith(("Căn cứ", "Hôm nay", "Vào lúc", "Vào hồi")) \
                or (not line.isupper() and _LABELLED.match(line)):
            break  # "Thời gian: bắt đầu 14 giờ …" opens the body
        kind = lines[i].kind
        if parts and (kind in (LineKind.LIST_ITEM, LineKind.TABLE_ROW) or re.match(r"^[IVX]+[.\-]|^\d+[.\-]", line)
                      or line.startswith("(") and not _TITLE_QUALIFIER.fullmatch(line)):
            break  # (but "HỘI NGHỊ BAN CHẤP HÀNH … LẦN THỨ 9 / (mở rộng)": the qualifier ends the title)
        if kind is LineKind.BODY and (len(line) > 200 or (line.endswith((".", ";", ":")) and len(line) > 80)):
            break
        if parts and not line.isupper() and parts[-1][1].isupper() is False and line[:1].isupper():
            break
        if parts and kind is LineKind.BODY and lines[i - 1].kind is LineKind.TITLE:
            break  # the line classifier ended the title ("Đại hội khai mạc hồi 7h30 …." under it)
        if parts and _ENACTING.match(line) and line.isupper():
            break  # "NGHỊ QUYẾT / VỀ KẾ HOẠCH … / HỘI ĐỒNG NHÂN DÂN TỈNH X / KHÓA VII, KỲ HỌP THỨ 2": the body that enacts it
        parts.append((lines[i].start + len(raw) - len(raw.lstrip()), line))
        i += 1
        if line.startswith("(") or (not line.isupper() and line.endswith(".")):
            break
    if not parts:
        return None, type_at + 1
    value = " ".join(p[1] for p in parts)
    return Field(value, parts[0][0], parts[-1][0] + len(parts[-1][1])), i


# ---------------------------------------------------------------- news

_DATELINE = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?!\d)")
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s")
_NAMED_BYLINE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\w']*\s+){1,3}[A-ZĐÀ-Ỹ][\w']*\s*(?:\([^()]{3,80}\)|[-–]\s+[^.:]{3,80})$")
_BYLINE = re.compile(r"^(?:Theo\s+|Nguồn\s*:|PV\b|Phóng\s+viên\s*:|Tin,?\s*ảnh\s*:|Bài,?\s*ảnh\s*:|Tin\s+và\s+ảnh\s*:)", re.IGNORECASE)
# who wrote it, labelled, at the top or the foot of the item: "Tác giả: Minh Anh", "Bài và ảnh: Lê Thảo", "Ảnh, tin: …",
# "Tin: Lê Thảo; ảnh: Hoàng Hà", "Người viết: …" (not "Người đăng: quantri02", the portal's account)
_LABELLED_BYLINE = re.compile(r"(?:^|\|\s*)(?P<label>Tác\s+giả|Người\s+viết|Bài\s+và\s+ảnh|Ảnh\s+và\s+bài|Ảnh,?\s+tin|"
                              r"Ảnh\s+và\s+tin|Tin|Bài|Tin,?\s*ảnh|Bài,?\s*ảnh|Tin\s+và\s+ảnh)\s*:\s*"
                              r"(?P<name>[A-ZĐÀ-Ỹ](?:[^|:]|(?<=[Ảả]nh):){1,80}?)\s*(?=\||$)")
_COUNTER = re.compile(r"^(?:©|\(c\))|^(?:Lượt xem|Lượt đọc|Lượt thích|Bình luận|Chia sẻ|In bài|Cỡ chữ|Gửi|Bản quyền|©|Copyright|"
                      rf"{LINK_HEADINGS}|Từ khóa|Tags?|Trang chủ|Đọc tiếp|Thích|"
                      r"Facebook|Zalo|Twitter|Email|Quay lại|Trở về|Phản hồi|Ý kiến bạn đọc|Quảng cáo|"
                      r"Advertisement|About\s+\w+$|Share(?:\s+this)?|"
                      r"Leave a (?:Reply|Comment))\b", re.IGNORECASE)
# After a links heading (lines.LINKS), the rest of a news page is links to other articles, not this one's text
# ... until a sentence of prose: a headline has no full stop, a teaser trails off ("…"), while a line the clerk typed
# below the pasted page ("Hội nghị có 35 đồng chí dự.") is the document's own and must not be offered for deletion
_SENTENCE_END = re.compile(r"(?<![.…])\.[)\"”’»]?$")
_COUNT_FIRST = re.compile(r"^[^\w\s]{0,3}\s*\d[\d.,]*\s*(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?)\b",
                          re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Bản quyền|Copyright)", re.IGNORECASE)
# a photo's caption ends with its credit: "Ảnh: MINH THÔNG", "Ảnh: N.Đ", "(Ảnh: Hoài Thu/TTXVN)", "… ngày 14/12. Nguồn HLHPNVN"
_CAPTION = re.compile(r"(?:^|\.\s*|\(\s*)Ảnh\s*:\s*(?:[^.\s]{1,20}\.?\s?){1,6}\)?\.?\s*$|^\(?\s*Ảnh\s*:"
                      # (the source a name in capitals, whatever the case of the rest: not "… 2,4 tỷ đồng. Nguồn vốn xã hội hóa")
                      r"|\.\s+Nguồn\s*:?\s*(?-i:[A-ZĐ])[^\s.]{1,25}(?:\s(?-i:[A-ZĐ])[^\s.]{1,25}){0,3}\s*$", re.IGNORECASE)


# A lead that opens a news item above its headline: the source in brackets or capitals, then a dash, or the day
_LEAD_FIRST = re.compile(r"(?:\([^()]{2,60}\)|[A-ZĐ]{2,10}(?:\s*\.\s*[A-Za-zĐđ]{2,10})?)\s*[-–—]\s*\S|"
                         r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Vừa qua|Mới đây|Trong ngày)\b[^.]{0,40}?\d{1,2}(?:[/-]|\s+tháng\s+)\d{1,2}")
# a page's own stamp left before the lead when the text was copied ("date 2022-01 Chiều 6/1, …", "Posted on
# 2023-04-25 Sáng 24/4, …", "2021-12-30 08:15 Ngày 29/12, …"): a label of the page and an ISO date, no sentence
PAGE_STAMP = re.compile(r"(?:(?:date|posted(?:\s+on)?|published|updated|ngày đăng|cập nhật)\s*:?\s*)?"
                    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?\s+", re.IGNORECASE)


def read_news(text: str, lines: list[Line]) -> News:
    """Dateline, headline, lead, byline, captions and portal debris of a news item."""
    dateline = headline = lead = byline = None
    captions: list[Field] = []
    debris: list[Field] = []
    page: list[Field] = []  # the debris surely the page's: News.furniture
    links: list[Field] = []  # the "Tin liên quan" run: News.links
    related = False  # past "Tin liên quan": other articles' headlines
    furniture = False  # a menu or breadcrumb line came after the line taken for the headline
    body = False  # the body's prose came after a lead with no headline above it
    prose: list[Field] | None = None  # sentences read before any headline or lead
    candidate: Field | None = None  # a short line after them: the headline only if a dated lead follows it
    stamped = False  # the byline was read in the portal's stamp line
    grid = _grid_rows(text, lines)
    for line in lines:
        raw = text[line.start:line.end]
        stripped = raw.strip()
        if not stripped:
            continue
        at = line.start + len(raw) - len(raw.lstrip())
        span = Field(stripped, at, at + len(stripped))
        related = (related and not _SENTENCE_END.search(stripped)) or (lead is not None and bool(LINKS.match(stripped)))
        if related:
            debris.append(span)
            page.append(span)
            links.append(span)
            continue
        if line.index in grid and (lead is not None or grid[line.index]):
            continue  # a row of the article's own table, whatever its cells look like: no menu of the portal
        if headline is not None and lead is not None and line.index < len(lines) - 12 and len(stripped) > 160:
            continue  # body prose: only the top and the tail of a news item hold its parts
        words = len(stripped.split())
        labelled = _LABELLED_BYLINE.search(stripped) if words <= 20 else None
        if labelled and labelled.start() == 0:  # "Tác giả: Minh Anh", "Bài và ảnh: Lê Thảo": the byline, wherever it stands
            byline = span if byline is None or stamped else byline
            stamped = False
            debris.append(span)
            continue
        if labelled and byline is None:  # "Đăng ngày: 17/4/2026 - 08:05 | Tác giả: H'Yam Byă": the byline in the stamp line
            byline = Field(stripped[labelled.start("label"):labelled.end("name")], at + labelled.start("label"),
                           at + labelled.end("name"))
            stamped = True  # a line of its own that signs the item says more ("Tin, ảnh: H'Yam Byă (Văn phòng …)")
        if is_debris(stripped) or lead is None and (_menu(stripped) or headline is None and _PORTAL.match(stripped)
                                                     and len(stripped) <= 80 and not stripped.endswith(".")):
            debris.append(span)
            if _page_line(stripped):
                page.append(span)
            furniture = furniture or (headline is not None and lead is None and dateline is None)
            match = _DATELINE.search(stripped)
            if dateline is None and match and headline is None:
                dateline = _dateline(stripped, at, match)
            continue
        if _CAPTION.search(stripped) and words <= 40:
            captions.append(span)
            continue
        match = _DATELINE.search(stripped)
        if match and (words <= 12 or len(stripped.split("|")[0].split()) <= 12 and match.end() <= len(stripped.split("|")[0])):
            # "Ngày đăng: 10/12/2025 | Lượt xem: 876 | [Chia sẻ]": the date, then the portal's counters
            if dateline is None:
                dateline = _dateline(stripped, at, match)
            else:
                debris.append(span)
            continue
        if headline is not None and furniture and lead is None and dateline is None and words >= 5 and \
                not stripped.endswith(".") and len(stripped) <= 250:
            # "CỔNG THÔNG TIN ĐIỆN TỬ XÃ …" / "Trang chủ | Tin tức | …" / "Trang chủ > Tin tức" / the headline: the
            # portal's name stood above its menu; the article's headline is the line under the menu
            debris.append(headline)
            headline, furniture = span, False
            continue
        if headline is None:
            if lead is not None and (len(stripped) > 250 or words >= 15 and stripped.endswith((".", "…", "!", "?", ";", ":"))):
                body = True  # the item opened with its lead ("(Chinhphu.vn) - Ngày 24/3, …") and no headline: its body follows
                continue
            if body:
                continue  # a short line inside the body ("Quang cảnh hội nghị", a photo's caption): no headline
            # a sentence is no headline, nor is one the portal's layout left a separator after
            # ("Các đồng chí chủ trì Hội nghị. |": a photo's caption in a table cell); a line in capitals is a headline
            # whatever ends it ("TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU … NĂM 2025.")
            if words >= 5 and (not stripped.rstrip("| \t").endswith(".") or stripped.isupper()) and len(stripped) <= 250:
                if prose:  # after prose, a short line is a headline only over a dated lead ("Đại hội bỏ phiếu bầu": a caption)
                    candidate = span
                    continue
                headline = span
            elif lead is None and words >= 15 and stripped.endswith(".") and _LEAD_FIRST.match(
                    stripped, (stamp := PAGE_STAMP.match(stripped)) and stamp.end() or 0):
                if stamp and stamp["d"] and dateline is None:  # "Posted on 2023-11-20 Chiều 18/11, …": the posting date
                    dateline = _dateline(stamp[0], at, stamp)
                lead = span  # "(Cổng TTĐT xã …) - Sáng 5/9/2025, tại …, Chi bộ … tổ chức Đại hội …": the lead over its headline
                if candidate is not None:
                    headline = candidate  # a portal's description, then the headline, then the lead
                elif prose and len(prose) == 1 and len(prose[0].value.split()) <= 40:
                    headline = prose[0]
            elif prose:
                continue
            elif words >= 15 and stripped.endswith((".", "…", "!", "?", ";", ":")):
                # body prose of an item whose headline was not kept ("Trong năm 2022, … 480 công trình …"): no debris,
                # and a short line after it is inside the body ("Đại hội bỏ phiếu bầu", a photo's caption), no headline;
                # unless a dated lead follows at once: then this line, the first, was the headline written as a sentence
                # ("Phường … tổ chức kỷ niệm … và họp giao ban đầu năm 2025." over "Ngày 03/02/2025, Phường …")
                prose = prose or []
                prose.append(span)
                candidate = None  # the short line before this prose was inside the body
            else:
                debris.append(span)
            continue
        if lead is None and words >= 15:
            lead = span
            continue
        near_end = lead is not None and line.index >= len(lines) - 8 and not stripped.endswith(".")
        if (_BYLINE.match(stripped) and words <= 10) or (words <= 6 and near_end and _signed(stripped)) or (
                near_end and _NAMED_BYLINE.match(stripped)):  # "Minh Đức (Trung tâm Văn hóa - Thông tin phường)"
            byline = span if byline is None or stamped else byline
            stamped = False
            debris.append(span)
    return News(dateline, headline, lead, byline, tuple(captions), tuple(debris), tuple(page), tuple(links))


def _grid_rows(text: str, lines: list[Line]) -> dict[int, bool]:
    """The table rows that stand in a grid: two or more in a row (blank lines aside) with as many cells each, by line
    index, with whether the grid holds a figure. A portal's menu is one line of labels; a table of the document
    repeats its columns ("Nội dung | Người phụ trách | Thời gian" over a row per task). Above the article's lead a
    grid with no figure may still be a menu of two rows."""
    grid: dict[int, bool] = {}
    run: list[Line] = []
    cells = 0

    def close() -> None:
        if len(run) >= 2:
            figures = any(any(ch.isdigit() for ch in text[row.start:row.end]) for row in run)
            grid.update((row.index, figures) for row in run)

    for line in lines:
        if line.kind is LineKind.BLANK:
            continue
        count = len(re.split(r"\s\|\s|\t+", text[line.start:line.end].strip(" |\t"))) \
            if line.kind is LineKind.TABLE_ROW else 0
        if count < 2 or count != cells:
            close()
            run = []
        cells = count
        if count >= 2:
            run.append(line)
    close()
    return grid


# The site's own name at the top of its page: "CỔNG THÔNG TIN ĐIỆN TỬ XÃ …", "Trang thông tin điện tử …", "Báo điện tử …"
_PORTAL = re.compile(r"(?:CỔNG|TRANG|Cổng|Trang) (?:THÔNG TIN|thông tin)\b|(?:CỔNG|Cổng) TTĐT\b|(?:BÁO|Báo) (?:ĐIỆN TỬ|điện tử)\b")


def _menu(line: str) -> bool:
    """A portal's menu above an article: "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ" (four
    or more short cells between "|" or TABs, no number, no sentence)."""
    cells = [c.strip() for c in re.split(r"\s\|\s|\t+", line)]
    if len(cells) < 4:
        # items spaced apart ("Thời sự  Chính trị  Xây dựng Đảng  Video"), each capitalised: not a headline typed with
        # a double space here and there ("Chi bộ  thôn  Đông Hạ  sinh hoạt")
        cells = [c.strip() for c in re.split(r"\s{2,}", line)]
        if not all(c[:1].isupper() for c in cells):
            return False
    return len(cells) >= 4 and all(c and len(c.split()) <= 5 for c in cells) and not re.search(r"\d|[.:;]$", line)


def _signed(line: str) -> bool:
    """A writer's name or initials ("Thu Hà", "K.N.", "Phi Long - Phương Dung", "Văn Chinh (CTV)"): every
    word of the name capitalised. A caption without "Ảnh:" ("Toàn cảnh chi bộ"), a subheading ("Nâng cao
    chất lượng công chức") or a speech's salutation ("Thưa các đồng chí đại biểu,") is no byline."""
    name = re.split(r"\s*\(|\s+[-–]\s+", line)[0].rstrip(".")
    return bool(name) and not line.endswith(",") and all(w[:1].isupper() for w in name.replace("-", " ").split())


# the portal's own name over its menu: "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN SƠN", "Trang thông tin điện tử phường …", "BÁO QUẢNG NINH"
_MASTHEAD = re.compile(r"^(?:CỔNG THÔNG TIN|Cổng [Tt]hông tin|CỔNG TTĐT|Cổng TTĐT|TRANG THÔNG TIN|Trang [Tt]hông tin|TRANG TIN|"
                       r"BÁO|ĐÀI PHÁT THANH|ĐÀI TRUYỀN THANH)\b[^.:;]{0,80}$")


def _page_line(line: str) -> bool:
    """Debris surely the page's own, offered for deletion: a counter, button, copyright or masthead line, or a menu
    or breadcrumb of short labels. A table row copied with its cells ("Kiểm tra được 62/80 tổ chức (đạt 75,5%). |
    Ghi chú") reads as a breadcrumb, but a cell holding a sentence is the article's."""
    if _COUNTER.match(line) or _COUNT_FIRST.match(line) or _MASTHEAD.match(line) or _PORTAL.match(line):
        return True
    return all(len(cell.split()) <= 6 and not cell.endswith(".") for cell in re.split(r"\s(?:>|»|›|/|\|)\s|\t+", line))


def is_debris(line: str) -> bool:
    """Portal furniture: breadcrumbs, share buttons, counters, copyright, the portal's name."""
    if _MASTHEAD.match(line) and (line.isupper() or re.match(r"(?:Cổng|Trang)", line)) and len(line.split()) <= 14:
        return True
    menu = [c.strip() for c in re.split(r"\s\|\s|\t+", line)]
    if len(menu) >= 4 and all(c and len(c.split()) <= 5 and not c.endswith(".") for c in menu) and not _DATELINE.search(line):
        return True  # the portal's menu: "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ"
    if _COUNTER.match(line) and (len(line) <= 80 or _COPYRIGHT.match(line)):
        return True  # a copyright footer may run long: "© 2023 Cổng thông tin … Giấy phép số … Điện thoại: …"
    if len(line) <= 60 and _COUNT_FIRST.match(line):
        return True  # "👁 532 lượt xem", "12 bình luận"
    words = [w for w in line.split() if w not in (">", "»", "›", "/", "|")]  # "Cổng … xã Tân Phước » Hoạt động HĐND » Kỳ họp"
    return len(line) <= 120 and bool(_BREADCRUMB.search(line)) and not line.endswith(".") and len(words) <= 14 \
        and not _DATELINE.search(line)


def _dateline(line: str, at: int, match: re.Match) -> Field | None:
    try:
        return Field(iso(int(match["d"]), int(match["m"]), int(match["y"])), at, at + len(line))
    except ValueError:
        return None


# ---------------------------------------------------------------- signatures and recipients

_ROLE_START = re.compile(r"^(?:T/M|TM\.?|K/T|KT\.?|Q\.|TL\.|T/L|TUQ\.|THAY MẶT|THƯ KÝ|CHỦ TRÌ|CHỦ TỌA|CHỦ TOẠ|"
                         r"NGƯỜI GHI|ĐẠI DIỆN|XÁC NHẬN|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|"
                         r"PHÓ GIÁM ĐỐC|TRƯỞNG|PHÓ TRƯỞNG|CHI ỦY|TRƯỞNG BAN|ĐOÀN CHỦ TỊCH|TỔ TRƯỞNG|HIỆU TRƯỞNG)(?!\w)")
_NOTE = re.compile(r"^\(?\s*(?:đã ký|ký|ký tên|ký, ghi rõ họ tên|ký và ghi rõ họ tên|đã ký và đóng dấu|ký, đóng dấu|"
                   r"ký tên, đóng dấu|ký, ghi rõ họ và tên)\s*\)?\.?$", re.IGNORECASE)
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ']*\s+){1,5}[A-ZĐÀ-Ỹ][\wÀ-ỹ']*$")


def read_tail(text: str, lines: list[Line], body_start: int) -> tuple[tuple[Signer, ...], tuple[Field, ...], int]:
    """Signature blocks and "Nơi nhận" items from the end of the document; and the index of
    the first line of that tail (the body ends there)."""
    n = len(lines)
    start = n
    for i in range(n - 1, max(body_start, n - 40) - 1, -1):
        raw = text[lines[i].start:lines[i].end].strip()
        if not raw:
            continue
        parts = cells(text[lines[i].start:lines[i].end], lines[i].start)
        if any(_tail_cell(c) for _, c in parts) or parts and all(_sentence_role(c) for _, c in parts):
            start = i
        elif len(raw) > 90 or lines[i].kind is LineKind.HEADING and not raw.isupper():
            break
    recipients: list[Field] = []
    rows: list[list[_Placed]] = []
    in_recipients = False
    blank_after_items = False
    for line in lines[start:]:
        raw = text[line.start:line.end]
        parts = cells(raw, line.start)
        if not parts:
            blank_after_items = bool(recipients)
            continue
        if in_recipients and blank_after_items and len(parts) == 1 and parts[0][1].isupper():
            in_recipients = False
        blank_after_items = False
        column = len(raw) - len(raw.lstrip("\t"))  # "\tLê Văn Nam": the left cell is empty, the name is on the right
        indent = len(raw) - len(raw.lstrip())
        row: list[_Placed] = []
        for at, cell in parts:
            if _RECIPIENTS.match(cell):
                in_recipients = True
                rest = _RECIPIENTS.sub("", cell)
                if rest:
                    _recipient(recipients, rest, at + len(cell) - len(rest))
                column += 1  # the recipients hold the left cell: the signature beside them is on the right
                continue
            if in_recipients and (cell.startswith(("-", "+", "•")) or (recipients and cell[:1].islower())):
                _recipient(recipients, cell, at)
                column += 1
                continue
            if in_recipients and not (_ROLE_START.match(cell) or _NOTE.match(cell) or _NAME.match(cell)):
                _recipient(recipients, cell, at)
                column += 1
                continue
            if "\t" in raw:
                # a table's cell: its column is the tabs before it ("Người ghi biên bản\t\tT/M CHI BỘ" over "\t\tBí thư":
                # an empty middle cell on both lines, the role and the position in one column)
                column = raw.count("\t", 0, at - line.start)
            key = column if len(parts) > 1 or indent < 20 else 1
            row.append(_Placed(key, len(raw[:at - line.start].expandtabs(8)), at, cell))
            column += 1
        if row:
            rows.append(row)
        if parts and not any(_RECIPIENTS.match(c) for _, c in parts) and in_recipients and len(parts) == 1 \
                and (_ROLE_START.match(parts[0][1]) or _NAME.match(parts[0][1])):
            in_recipients = False
    columns = _columns(rows)
    signers: list[Signer] = []
    for key in sorted(columns):
        signers.extend(_blocks(columns[key]))
    return tuple(signers), tuple(recipients), start


@dataclass(frozen=True)
class _Placed:
    """A cell of the signature lines: its column as TABs count cells (one TAB between two cells of a table, empty
    cells kept), where it shows on the line with a TAB stop every eight characters, and its text."""
    key: int
    shown: int
    at: int
    cell: str


def _columns(rows: list[list[_Placed]]) -> dict[int, list[tuple[int, str]]]:
    """The signature cells by column. The lines holding the most cells set the columns, cell by cell in order; a cell
    of a shorter line takes the column a full line had at the same count of TABs (a table's empty cells: "\t\tBí thư"
    under "Người ghi biên bản\t\tT/M CHI BỘ"), else the column shown nearest (TABs typed to push a cell across, as
    many as its left neighbour's length asks: "THƯ KÝ\t\t\t\tT/M CHI BỘ" over "\t\t\t\t\tBÍ THƯ" over
    "Nguyễn Thị Mai\t\t\tTrần Văn Hải", all three of the right cells under one another)."""
    columns: dict[int, list[tuple[int, str]]] = {}
    if not rows:
        return columns
    width = max(len(row) for row in rows)
    full = [row for row in rows if len(row) == width]
    by_key: dict[int, set[int]] = {}
    for row in full:
        for index, placed in enumerate(row):
            by_key.setdefault(placed.key, set()).add(index)
    shown = [sum(row[index].shown for row in full) / len(full) for index in range(width)]
    for row in rows:
        previous = -1
        for index, placed in enumerate(row):
            if len(row) == width:
                column = index
            elif len(same := by_key.get(placed.key, set())) == 1:
                column = next(iter(same))
            else:
                column = min(range(width), key=lambda i: abs(shown[i] - placed.shown))
            column = min(max(column, previous + 1), width - 1)
            previous = column
            columns.setdefault(column, []).append((placed.at, placed.cell))
    if len(columns) == 2 and not any(cell.isupper() or _sentence_role(cell) for _, cell in columns[0]):
        # a column holding only a name beside the recipients: it is the signature's, not a block of its own
        columns = {0: sorted(columns[0] + columns[1])}
    return columns


def _tail_cell(cell: str) -> bool:
    return bool(_RECIPIENTS.match(cell) or _NOTE.match(cell) or (cell.isupper() and _ROLE_START.match(cell)
                                                                   and len(cell) <= 70))


def _sentence_role(cell: str) -> bool:
    """A signature's role typed in sentence case ("Người ghi biên bản <TAB> Chủ tọa", "T/M Chi ủy"): a role word
    opening a short cell with no punctuation of a sentence ("Chủ trì: đồng chí …" is a line of the minutes)."""
    return cell[:1].isupper() and not cell.isupper() and len(cell.split()) <= 6 and not re.search(r"[:.,;!?]\s|[:.;,!?]$", cell) \
        and bool(_ROLE_START.match(cell.upper()))


def _recipient(found: list[Field], cell: str, at: int) -> None:
    value = re.sub(r"^[-+•]\s*", "", cell).rstrip(" ;.,")
    if value:
        offset = cell.find(value)
        found.append(Field(value, at + offset, at + offset + len(value)))


def _blocks(column: list[tuple[int, str]]) -> list[Signer]:
    """One column's cells as signature blocks: role lines, the position, the note, the name."""
    blocks: list[Signer] = []
    role = position = None
    for at, cell in column:
        if _NOTE.match(cell):
            continue
        if cell.isupper() and len(cell) <= 70 or _sentence_role(cell):
            if role is None:
                role = Field(cell, at, at + len(cell))
            elif position is None:
                position = Field(cell, at, at + len(cell))
            continue
        if _NAME.match(cell) and role is not None:
            blocks.append(Signer(role, position, Field(cell, at, at + len(cell))))
            role = position = None
    if role is not None:
        blocks.append(Signer(role, position, None))
    return blocks
