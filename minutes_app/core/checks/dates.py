"""Dates (domain.md §5): impossible dates, weekdays that do not fit, the date line's padding,
and things reported as done on a day after the document's own date.

Dates come from the figure detector (type "date": day, month, year or None). A yearless
date is only checked for its day and month (29/2 is allowed then), and weekdays are only
checked against a full date, so nothing here guesses a year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple, Sequence

from ..model import Entity, Related, Severity
from ..reading import sentence_spans
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule

_WEEKDAY_WORDS = ["hai", "ba", "tư", "năm", "sáu", "bảy"]  # Monday..Saturday
_WEEKDAY = (r"(?P<wd>(?P<thu>thứ)\s+(?P<n>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<cn>chủ\s+nhật))")
# A weekday follows a line start, a list marker "d)", punctuation or a time word;
# "lần thứ hai, ngày …" is an ordinal.
_DIGIT = re.compile(r"\d")
_WEEKDAY_BEFORE = re.compile(
    r"(?:^|[,.;:()–-]|(?<!\w)(?:vào|nay|sáng|chiều|tối|trưa|đêm|hôm|giờ|phút|ngày|là))\s*"
    + _WEEKDAY + r"\s*[,(–-]?\s*(?:ngày\s+)?$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(r"^\s*[,(–-]?\s*" + _WEEKDAY + r"(?!\w)", re.IGNORECASE)
_YEARLESS = re.compile(r"(?<!\w)[Nn]gày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\s*(?:năm\s+)?\d)(?![\w/])")
_DATE_LINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w .-]{0,40}?)\s*,\s*(?P<date>(?P<ngay>[Nn]gày)\s+"
    r"(?:(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4})))\s*\.?\s*$"
)
_PAST = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)", re.IGNORECASE)
_NOT_DONE = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến|kế\s+hoạch|chuẩn\s+bị|phấn\s+đấu|sắp|hạn|chậm\s+nhất|đến|tới|trước|từ|"
    r"gia\s+hạn|diễn\s+ra|định\s+kỳ|dự\s+thảo|triệu\s+tập|lịch)(?!\w)",
    re.IGNORECASE,
)
_TOP_LINES = 8
_NOT_PLACES = {"hôm", "sáng", "chiều", "tối", "trưa", "vào", "ngày", "thời", "lúc", "từ", "đến"}


def valid(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1 or (year is not None and not 1 <= year <= 9999):
        return False
    return day <= calendar.monthrange(2024 if year is None else year, month)[1]  # 2024: a leap year


def _dates(ctx) -> list[Entity]:
    return [e for e in ctx.entities if e.kind == "figure" and e.get("type") == "date"]


@rule("invalid-date", severity=Severity.ERROR, title="Ngày tháng không có thật")
def invalid_date(ctx: ParagraphContext):
    """31/4, 29/02/2023, tháng 13: no such day, so the date was mistyped."""
    found = [(e.start, e.end, e.get("day"), e.get("month"), e.get("year")) for e in _dates(ctx)]
    # (the pattern's own words, "gày" of Ngày/ngày and "tháng", looked for first: most paragraphs lack one)
    for match in _YEARLESS.finditer(ctx.text) if "tháng" in ctx.text and "gày" in ctx.text else ():
        if not any(s <= match.start() < e for s, e, *_ in found):
            found.append((match.start(), match.end(), int(match["d"]), int(match["m"]), None))
    for start, end, day, month, year in found:
        if valid(day, month, year):
            continue
        if not 1 <= month <= 12:
            why = f"không có tháng {month}"
        elif day < 1:
            why = "không có ngày 0"
        elif month == 2 and day == 29:
            why = f"năm {year} không nhuận, tháng 2 chỉ có 28 ngày"
        else:
            days = calendar.monthrange(year or 2024, month)[1]
            why = f"tháng {month} chỉ có {days} ngày"
        yield Issue(start, end, f"“{ctx.text[start:end]}” không phải ngày có thật: {why}.")


def _weekday_word(weekday: int, written: re.Match) -> str:
    """The right weekday, written the way the author wrote the wrong one."""
    if written["cn"]:
        first = written["cn"][0]
        thu = "THỨ" if written["cn"].isupper() else ("Thứ" if first.isupper() else "thứ")
        word = _WEEKDAY_WORDS[weekday]
        return f"{thu} {word.upper() if written['cn'].isupper() else word.capitalize()}"
    thu, number = written["thu"], written["n"]
    if weekday == 6:
        return "CHỦ NHẬT" if thu.isupper() else ("Chủ nhật" if thu[0].isupper() else "chủ nhật")
    if number.isdigit():
        word = str(weekday + 2)
    elif number.isupper():
        word = _WEEKDAY_WORDS[weekday].upper()
    elif number[0].isupper():
        word = _WEEKDAY_WORDS[weekday].capitalize()
    else:
        word = _WEEKDAY_WORDS[weekday]
    return f"{thu} {word}"


def _written_weekday(match: re.Match) -> int:
    if match["cn"]:
        return 6
    number = match["n"].lower()
    return int(number) - 2 if number.isdigit() else _WEEKDAY_WORDS.index(number)


@rule("weekday-mismatch", severity=Severity.ERROR, title="Thứ không khớp với ngày")
def weekday_mismatch(ctx: ParagraphContext):
    """'thứ Hai, ngày 25/4/2023': 25/4/2023 was a Tuesday."""
    for entity in _dates(ctx):
        day, month, year = entity.get("day"), entity.get("month"), entity.get("year")
        if year is None or not valid(day, month, year):
            continue
        before = ctx.text[max(0, entity.start - 30):entity.start]
        match = _WEEKDAY_BEFORE.search(before)
        offset = entity.start - len(before)
        if not match:
            match = _WEEKDAY_AFTER.match(ctx.text[entity.end:entity.end + 20])
            offset = entity.end
        if not match:
            continue
        actual = dt.date(year, month, day).weekday()
        if _written_weekday(match) == actual:
            continue
        right = _weekday_word(actual, match)
        yield Issue(offset + match.start("wd"), offset + match.end("wd"),
                    f"Ngày {entity.text} là {right.lower()}, không phải {match['wd'].lower()}.",
                    suggestion=right)


def expected_date_text(ngay: str, day: int, month: int, year: int) -> str:
    """The date line form: day < 10 and months 1-2 take a leading zero, months 3-12 do not."""
    month_text = f"{month:02d}" if month <= 2 else str(month)
    return f"{ngay} {day:02d} tháng {month_text} năm {year}"


def date_line(text: str) -> re.Match | None:
    match = _DATE_LINE.match(text)
    if not match:
        return None
    words = match["place"].split()
    lower = [w for w in words[1:] if not w[0].isupper() and w not in ("phố", "xã", "trấn")]
    if len(words) > 6 or lower or words[0].lower() in _NOT_PLACES:
        return None  # a place name is capitalised ("Thành phố Hồ Chí Minh"), "Hôm nay" is not one
    return match


def _line_date(match: re.Match) -> tuple[int, int, int]:
    if match["d"]:
        return int(match["d"]), int(match["m"]), int(match["y"])
    return int(match["d2"]), int(match["m2"]), int(match["y2"])


@rule("date-line-format", severity=Severity.INFO, title="Cách ghi ngày tháng ở dòng địa danh")
def date_line_format(ctx: ParagraphContext):
    """'Hà Nội, ngày 5 tháng 2 năm 2021' → 'ngày 05 tháng 02 năm 2021' (HD 36, NĐ 30)."""
    match = date_line(ctx.text)
    if not match:
        return
    day, month, year = _line_date(match)
    if not valid(day, month, year):
        return
    right = expected_date_text(match["ngay"], day, month, year)
    if match["date"] != right:
        yield Issue(match.start("date"), match.end("date"),
                    "Dòng địa danh, ngày tháng ghi đủ chữ và số: ngày dưới 10 và tháng 1, 2 thêm số 0 "
                    "ở trước, tháng 3 đến 12 không thêm (HD 36-HD/VPTW, NĐ 30/2020/NĐ-CP).",
                    suggestion=right)


class _Dated(NamedTuple):
    """What one paragraph tells future-date (remembered per paragraph text)."""

    own: dt.date | None  # the paragraph is a date line, or holds only a full date
    standalone: bool  # … the latter, trusted only near the top
    done: tuple[tuple[int, int, dt.date], ...]  # full dates in sentences about things done


def _dated(text: str, entities: Sequence[Entity]) -> _Dated:
    match = date_line(text)
    if match:
        return _Dated(dt.date(*reversed(_line_date(match))) if valid(*_line_date(match)) else None, False, ())
    if not _DIGIT.search(text):
        return _Dated(None, False, ())
    dates = [e for e in entities if e.kind == "figure" and e.get("type") == "date" and e.get("year")
             and valid(e.get("day"), e.get("month"), e.get("year"))]
    whole = [e for e in dates if re.fullmatch(r"\W*(?:ngày)?\W*", text[:e.start] + text[e.end:], re.IGNORECASE)]
    if whole:
        entity = whole[0]
        return _Dated(dt.date(entity.get("year"), entity.get("month"), entity.get("day")), True, ())
    done = []  # (without a full date there is nothing to keep: its sentences are not read)
    for start, end in sentence_spans(text) if dates and _PAST.search(text) else ():
        sentence = text[start:end]
        if _PAST.search(sentence) and not _NOT_DONE.search(sentence):
            done += [(e.start, e.end, dt.date(e.get("year"), e.get("month"), e.get("day")))
                     for e in dates if start <= e.start < end]
    return _Dated(None, False, tuple(done))


def document_date(ctx: DocumentContext) -> dt.date | None:
    """The document's own date: its date line, or a line holding only a date near the top."""
    structure = getattr(ctx, "structure", None)
    header = getattr(structure, "header_hint", None) or (structure.header if structure is not None else None)
    if header is not None and header.date_line is not None:  # read once, by the document model
        year, month, day = (int(p) for p in header.date.value.split("-"))
        if valid(day, month, year):
            return dt.date(year, month, day)
    found = {d.own for i, (_, d) in enumerate(ctx.per_paragraph(_dated, with_entities=True))
             if d.own and (not d.standalone or i < _TOP_LINES)}
    return found.pop() if len(found) == 1 else None


@rule("future-date", severity=Severity.WARNING, title="Việc đã làm ghi ngày sau ngày văn bản",
      scope="document")
def future_date(ctx: DocumentContext):
    """A sentence says something was done (đã, vừa) on a day after the document was dated."""
    own = document_date(ctx)
    if own is None:
        return
    for paragraph, dated in ctx.per_paragraph(_dated, with_entities=True):
        for start, end, when in dated.done:
            if when > own:
                text = paragraph.text[start:end]
                yield Issue(paragraph.start + start, paragraph.start + end,
                            f"Câu nói việc đã làm vào ngày {text}, sau ngày của văn bản "
                            f"({own.day:02d}/{own.month:02d}/{own.year}).")


_SAME_DAY_AFTER = re.compile(r"[^.;\n\d]{0,12}?cùng\s+ngày", re.IGNORECASE)
# a time told with its part of the day ("4 giờ 30 phút chiều"): the 12-hour habit, no order to compare
_PART_OF_DAY = re.compile(r"(?<!\w)(?:sáng|trưa|chiều|tối|đêm|khuya)(?!\w)", re.IGNORECASE)
_MINUTES_OPENING = ("BIÊN BẢN\nSINH HOẠT CHI BỘ THÁNG 3\nThời gian: 14 giờ 00 phút, ngày 05/3/2024.\n"
                    "Địa điểm: Hội trường Đảng ủy xã.\nNội dung: quán triệt nghị quyết.\n")


@rule("end-before-start", severity=Severity.WARNING, title="Giờ kết thúc trước giờ bắt đầu", scope="document",
      examples=(
          Example(_MINUTES_OPENING + "Buổi sinh hoạt kết thúc lúc 11 giờ 30 phút cùng ngày.", "11 giờ 30 phút"),
          Example(_MINUTES_OPENING + "Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày."),
          # a time with its part of the day, or an end on another day: no order to compare
          Example(_MINUTES_OPENING + "Buổi sinh hoạt kết thúc lúc 4 giờ 30 phút chiều cùng ngày."),
          Example(_MINUTES_OPENING + "Buổi sinh hoạt kết thúc lúc 11 giờ 30 phút ngày 06/3/2024."),
      ))
def end_before_start(ctx: DocumentContext):
    """A meeting that ends "cùng ngày" at an hour before the one it began at ("Thời gian: 14 giờ 00" … "kết thúc lúc
    11 giờ 30 phút cùng ngày"): one of the two times was mistyped."""
    structure = ctx.structure
    if "cùng ngày" not in ctx.text or structure.genre_hint != "bien_ban":
        return  # (the model is built only for a biên bản, which minutes-part-missing builds it for anyway)
    meeting = structure.meeting
    if meeting is None or meeting.start is None or meeting.end is None:
        return
    start, end = meeting.start, meeting.end
    if not isinstance(start.value, str) or not isinstance(end.value, str) or end.value >= start.value:
        return
    if not _SAME_DAY_AFTER.match(ctx.text, end.end) or any(
            _PART_OF_DAY.search(ctx.text, field.start, min(len(ctx.text), field.end + 12)) for field in (start, end)):
        return
    yield Issue(end.start, end.end,
                f"Kết thúc lúc {end.value} cùng ngày nhưng bắt đầu lúc {start.value}: giờ kết thúc không thể trước giờ "
                "bắt đầu; kiểm tra lại một trong hai giờ.", None, None,
                (Related(start.start, start.end, "earlier"),))
