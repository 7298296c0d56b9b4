"""The summary's figure rows: one fact per row (subject, value, base), at most ten, never a
time, date, year, ordinal, document number, anniversary or portal text (issue 18).

Chosen in this order: figures with a finding; figures of a target or a verdict; wholes before
their parts; figures in a section's lead sentence; then by position. The rest are counted in
one line ("và 14 số liệu khác trong văn bản").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.engine import Analysis
from ..core.model import Entity
from ..core.structure import LineKind

MAX_ROWS = 10
# what the quantity layer says a number without a noun is when it is a day or a time of day
_LAYER_NOISE = {"date", "date span", "date range", "clock time"}
_NOISE_TYPES = {"date", "period", "term", "year", "doc_number"}
_NOT_FACT_LINES = {LineKind.PARTY_NAME, LineKind.NATIONAL_NAME, LineKind.MOTTO, LineKind.STAR, LineKind.ISSUER,
                   LineKind.DOC_NUMBER, LineKind.DATE_LINE, LineKind.TYPE, LineKind.TITLE, LineKind.SIGNATURE_ROLE,
                   LineKind.SIGNATURE_NOTE, LineKind.SIGNATURE_NAME, LineKind.RECIPIENTS, LineKind.RECIPIENT,
                   LineKind.CAPTION, LineKind.DEBRIS}
_TIME_AFTER = re.compile(r"^\s*(?:giờ|h(?=\d|\b)|g(?=\d|\b)|phút|:\d)", re.IGNORECASE)
_PORTAL_BEFORE = re.compile(r"(?:lượt xem|lượt đọc|lượt thích|bình luận|chia sẻ|cỡ chữ|views?|©|bản quyền|copyright|"
                            r"điện thoại|fax|hotline|giấy phép(?: số)?)\s*:?\s*\(?\s*$", re.IGNORECASE)
_PORTAL_AFTER = re.compile(r"\s*(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|lượt truy cập|bình luận|views?|likes?)\b",
                           re.IGNORECASE)  # "👁 532 lượt xem"
_TIME_BEFORE = re.compile(r"(?:lúc|hồi)\s*$", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"(?:lần thứ|thứ|khóa|khoá|số|Điều|điều|khoản|Khoản|mục|Mục|kỳ|tổ|Tổ|xóm|đội|Đội|"
                             r"phòng|Phòng|lớp|nhóm|Nhóm|ấp|khu|Khu|đợt|Đợt|tập|trang|Chương|chương|Phần|phần|tiết|"
                             r"câu|quyển|bản|thôn|tuyến|km|Km|QL|tỉnh lộ|hẻm|ngõ|kiệt|Trung ương|Hội nghị|Đại hội|"
                             r"Kỳ họp|kỳ họp|Phiên họp|phiên)\s*$")  # "Hội nghị Trung ương 10 khóa XIII"
_DAY_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])\s*/\s*(?:[1-9]|1[0-2])")
_HOLIDAY_BEFORE = re.compile(r"(?:ngày|quốc khánh|kỷ niệm|lễ|tết|đường|dịp|thành lập|giải phóng|chiến thắng|"
                             r"phong trào|khởi nghĩa)\s*[^\d,.;]{0,25}$", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"kỷ niệm\s*$|^\s*năm\s+(?:Ngày|ngày|thành lập|truyền thống)", re.IGNORECASE)
_DURATION_AFTER = re.compile(r"^\s*(?:tháng\s+(?:đầu|cuối)|năm\s+(?:đầu|cuối|qua|tới|học)|ngày\s+(?:làm việc|qua)|"
                             r"phút|giờ|tiếng|buổi)", re.IGNORECASE)
_WHOLE = re.compile(r"tổng số|toàn (?:đảng bộ|chi bộ|xã|phường|huyện|tỉnh)|\bcó\s*$|hiện có", re.IGNORECASE)
_PART_BEFORE = re.compile(r"trong đó[^.;]{0,40}$|gồm[^.;]{0,30}$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?]\s+|,\s+|\n|^")


@dataclass(frozen=True)
class FigureRow:
    subject: str  # the words before the figure in its clause
    value: str  # the figures of the fact: "1.250/1.200 cây, đạt 104,2%"
    entities: tuple[Entity, ...]
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.value


def is_noise(analysis: Analysis, entity: Entity) -> bool:
    """A figure a summary must not report as a fact."""
    if entity.get("type") in _NOISE_TYPES:
        return True
    text = analysis.text
    line = _line_at(analysis, entity.start)
    if line is not None and (line.kind in _NOT_FACT_LINES or line.upper):
        return True
    structure = analysis.structure
    if structure.news is not None:
        for part in (*structure.news.debris, *structure.news.captions):
            if part.start <= entity.start < part.end:
                return True
        if structure.news.dateline and structure.news.dateline.start <= entity.start < structure.news.dateline.end:
            return True
    for number in structure.not_figures:
        if number.start <= entity.start < number.end and (
                number.value == "ballot count"  # told with the election it counted
                or not entity.get("unit") and number.value in _LAYER_NOISE):  # a day ("ngày 20 và 21/8") or a time
            return True
    name = structure.meeting.name if structure.meeting is not None else None
    if name is not None and name.start <= entity.start < name.end:
        return True  # a piece of the meeting's name ("Hội nghị sơ kết … mô hình chính quyền địa phương 2 cấp")
    title = structure.header.title
    if title is not None and title.start <= entity.start < title.end:
        return True  # a piece of the title or headline ("3 NĂM", "lần thứ 5")
    before = text[max(0, entity.start - 20):entity.start]
    after = text[entity.end:entity.end + 20]
    if _PORTAL_BEFORE.search(before) or _PORTAL_AFTER.match(after) or _TIME_AFTER.match(after) or \
            _TIME_BEFORE.search(before):
        return True
    if entity.get("type") == "ratio" and _DAY_MONTH.fullmatch(entity.text) and _HOLIDAY_BEFORE.search(
            text[max(0, entity.start - 30):entity.start]):
        return True  # "Quốc khánh 2/9", "đường 3/2", "dịp 30/4 - 1/5": a day, not a part of a whole
    if entity.get("type") == "count":
        if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before) or _ORDINAL_BEFORE.search(before):
            return True
        if _ANNIVERSARY.search(before) or _ANNIVERSARY.match(after) or _DURATION_AFTER.match(after):
            return True
        if _ROUTINE.match(text, entity.end, entity.end + 60):
            return True  # "7 ý kiến phát biểu", "sinh hoạt tại 3 tổ đảng": the meeting's routine, not a fact
        unit = (entity.get("unit") or "").lower()
        if unit.startswith("bản") and _COPIES_BEFORE.search(before):
            return True  # "Biên bản lập thành 03 bản": the copies of the paper, not a fact of the meeting
        if unit.startswith(("năm", "tháng", "ngày", "giờ", "phút", "lần")) and not re.match(r"\s*(?:liên tục)", after) \
                and not unit.startswith("ngày công"):  # "120 ngày công" is labour, not a date
            return True
    return False


def _line_at(analysis: Analysis, offset: int):
    lines = analysis.lines
    low, high = 0, len(lines) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if lines[mid].start <= offset:
            low = mid
        else:
            high = mid - 1
    return lines[low] if lines else None


def chosen_figures(analysis: Analysis, limit: int = MAX_ROWS) -> tuple[list[FigureRow], int]:
    """The figure rows of the summary and how many other facts the text holds."""
    told = _told_elsewhere(analysis)
    figures = [e for e in analysis.entities if e.kind == "figure" and not is_noise(analysis, e)
               and not any(a <= e.start < b for a, b in told)]
    rows = _group(analysis, figures)
    ballots = _ballot_rows(analysis)
    rows = sorted([r for r in rows if not any(b.start < r.end and r.start < b.end for b in ballots)] + ballots,
                  key=lambda r: r.start)
    ballot_starts = {r.start for r in ballots}
    finding_spans = [(f.start, f.end) for f in analysis.findings]
    target_spans = [(t.start, t.end) for t in analysis.entities if t.kind == "target"]
    lead_starts = _lead_sentences(analysis)

    def rank(row: FigureRow) -> tuple:
        finding = any(a < row.end and row.start < b for a, b in finding_spans)
        target = any(a <= row.start < b for a, b in target_spans)
        before = analysis.text[max(0, row.start - 60):row.start]
        whole = bool(_WHOLE.search(before)) or any(e.get("type") == "ratio" for e in row.entities) \
            or row.start in ballot_starts
        part = bool(_PART_BEFORE.search(before))
        lead = any(a <= row.start < b for a, b in lead_starts)
        return (not finding, not target, part, not whole, not lead, row.start)

    ranked = sorted(rows, key=rank)
    chosen = sorted(ranked[:limit], key=lambda r: r.start)
    return chosen, max(0, len(rows) - len(chosen))


_BALLOT_KINDS = ("issued", "collected", "valid", "invalid")


def _ballot_rows(analysis: Analysis) -> list[FigureRow]:
    """The ballots of the first count of a vote by ballot ("số phiếu phát ra 20, hợp lệ 19"): a row each, with
    the words that say which count it is (they replace a figure row of the bare number, "20 phiếu")."""
    text = analysis.text
    return [FigureRow("Kiểm phiếu", " ".join(text[count.start:count.end].split()), (),
                      count.start, count.end)
            for count in analysis.structure.ballots
            if count.value in _BALLOT_KINDS]


def _told_elsewhere(analysis: Analysis) -> list[tuple[int, int]]:
    """Attendance counts and votes have their own sections: not figure rows again; nor a target's
    level and result, told in the target table; nor the điểm cầu of an online meeting, told with its form."""
    structure = analysis.structure
    spans = [(d.start, d.end) for d in structure.decisions]
    points = structure.meeting.points if structure.meeting is not None else None
    if points is not None and points.end > points.start:
        spans.append((points.start, points.end))
    if structure.targets:  # every layout shows the targets in their own table
        for target in structure.targets:
            levels = {v for v in (target.target, target.result) if v is not None}
            spans += [(e.start, e.end) for e in analysis.entities
                      if e.kind == "figure" and target.start <= e.start < target.end and _printed(e) in levels]
    attendance = structure.attendance
    if attendance is not None:
        for item in (attendance.total, attendance.official, attendance.probationary, attendance.present,
                     attendance.absent):
            if item is not None and item.end > item.start:
                spans.append((item.start, item.end))
    return spans


def _printed(entity: Entity) -> float | None:
    """The number as printed ("41,2" of "41,2 tỷ đồng", whose value is 41.2e9)."""
    from ..core.numbers import parse_number

    match = re.match(r"\d[\d.,]*", entity.text)
    number = parse_number(match[0].rstrip(".,")) if match else None
    return number.value if number else None


def _group(analysis: Analysis, figures: list[Entity]) -> list[FigureRow]:
    """Figures of one clause make one fact: "312/326 đảng viên, đạt 95,71%"."""
    text = analysis.text
    rows: list[FigureRow] = []
    group: list[Entity] = []

    def close() -> None:
        if not group:
            return
        start, end = group[0].start, group[-1].end
        value = text[start:end]
        if len(value) > 80 or "\n" in value:
            for e in group:
                rows.append(FigureRow(_subject(text, e.start) or _after(text, e), _with_unit(text, e), (e,), e.start,
                                      e.end))
        else:
            value = _with_unit(text, group[-1], start)
            if value.count("(") > value.count(")"):
                value += ")"
            elif value.count(")") > value.count("("):  # "98%), trong đó có 20%": the bracket closed before it
                value = value.replace(")", "", value.count(")") - value.count("("))
            rows.append(FigureRow(_subject(text, start) or _after(text, group[-1]), value, tuple(group), start, end))
        group.clear()

    for entity in figures:
        if group:
            between = text[group[-1].end:entity.start]
            base = re.fullmatch(r"[^;.\n()]{0,30}\(\s*(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu)[^;.\n()]{0,25}", between)
            # "64,8 tỷ đồng/60 tỷ đồng dự toán, vượt 8%": a result over its plan, and the share after it, are one fact
            pair = between.strip() == "/" or (
                entity.get("type") == "percent" and len(group) >= 2 and len(between) <= 30
                and text[group[-2].end:group[-1].start].strip() == "/" and not re.search(r"[;.\n]", between))
            if base is None and not pair and (len(between) > 40 or re.search(r"[;.\n()]|\btrong\s+đó\b|\bgồm\b|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán",
                                                                 between) or entity.get("type") not in ("percent",)):
                close()
        group.append(entity)
    close()
    return rows


def _with_unit(text: str, entity: Entity, start: int | None = None) -> str:
    start = entity.start if start is None else start
    unit = entity.get("unit") or entity.get("currency")
    value = text[start:entity.end]
    end = entity.end
    if unit and entity.get("type") in ("count", "ratio") and text[entity.end:entity.end + len(unit) + 1].strip() \
            .startswith(unit.split()[0]):
        words = unit.split()[:4]
        named = next((i for i, w in enumerate(words) if i and w[:1].isupper()), None)
        added = " ".join(words[:named])
        value += " " + added  # "01 hội nghị", not "01 hội nghị Ban Chấp" cut inside a name
        at = text.find(added, entity.end, entity.end + len(added) + 3)
        end = at + len(added) if at >= 0 else end
    rate = _RATE.match(text, end)
    if rate and value.endswith(text[max(start, end - 12):end].strip()):  # "54,6 tạ/ha", "60 triệu đồng/hộ": a rate
        value += rate[0]
    return value


_RATE = re.compile(r"(?:/(?:ha|hộ|người|năm|tháng|ngày|km|m2|m²|lượt|suất|con|tấn|xã|thôn))+(?![\w/])")
# Counts of the meeting's routine and of the party's own sub-units: speeches and opinions given ("7 ý kiến phát
# biểu", "6 lượt ý kiến thảo luận", "5 đồng chí tham gia ý kiến"), sittings held ("3 kỳ sinh hoạt thường kỳ"), the
# cells a chi bộ meets in ("3 tổ đảng", "41 tổ chức cơ sở đảng"). Not "12/12 ý kiến đồng ý" (a vote), not "25 ý kiến
# góp ý vào dự thảo" (what a consultation gathered).
_ROUTINE = re.compile(
    r"\s*(?:(?:lượt\s+)?ý\s+kiến(?:\s+(?:phát\s+biểu|thảo\s+luận|tham\s+luận)|(?=\s*(?:$|[,;.])))"
    r"|lượt\s+(?:ý\s+kiến|đại\s+biểu|đảng\s+viên|đồng\s+chí)\s+(?:phát\s+biểu|thảo\s+luận|tham\s+luận|tham\s+gia\s+ý\s+kiến)"
    r"|(?:đồng\s+chí|đại\s+biểu|đảng\s+viên)\s+(?:phát\s+biểu|tham\s+luận|tham\s+gia\s+ý\s+kiến|tham\s+gia\s+thảo\s+luận)"
    r"|(?:kỳ|buổi|cuộc)\s+sinh\s+hoạt(?:\s+(?:thường\s+kỳ|chi\s+bộ|chuyên\s+đề))?(?!\s+(?:có|đạt|với))"
    r"|tổ\s+đảng|tổ\s+chức\s+cơ\s+sở\s+đảng|chi\s+bộ\s+trực\s+thuộc|đảng\s+bộ\s+bộ\s+phận)(?!\w)",
    re.IGNORECASE)
_COPIES_BEFORE = re.compile(r"(?:lập|làm|in|phát hành)\s+thành\s*$", re.IGNORECASE)


def _after(text: str, entity: Entity) -> str:
    """A clause that opens with its figure ("100% tổ dân phố đã tổ chức ngày hội"): the words after it say what."""
    unit = (entity.get("unit") or "").split()
    rest = re.match(r"[^.;:\n()]{0,80}", text[entity.end:])[0]
    words = rest.split()
    if unit and words[:len(unit)] == unit:
        words = words[len(unit):]
    subject = re.split(r",", " ".join(words))[0].strip(" ,")
    return subject[:1].upper() + subject[1:] if subject else ""


def _subject(text: str, start: int) -> str:
    """The words before a figure in its clause (same line): "Tổng thu ngân sách … đạt" → "Tổng thu ngân sách …"."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 90):start]
    if start - 90 > line_start and not text[start - 91].isspace():
        window = window.split(" ", 1)[-1]  # not from the middle of a word ("Ên Lạc" of "Yên Lạc")
    cuts = [m.end() for m in _CLAUSE_START.finditer(window) if m.end() < len(window)]
    cut = cuts[-1] if cuts else 0
    if window.rstrip().endswith(";"):
        return ""  # "…; 100% tổ dân phố đã …": a clause of its own, told by the words after the figure
    subject = _clean_subject(window[cut:])
    if len(subject.split()) <= 2 and len(cuts) >= 2 and window[cut - 2:cut].strip() in (",", ";"):
        # "…, trong đó 9 …": the clause before, in the same sentence, says what is counted
        previous = _clean_subject(window[cuts[-2]:cut])
        subject = ", ".join(p for p in (previous, subject) if p)
    return subject[:1].upper() + subject[1:] if subject else ""


def _clean_subject(piece: str) -> str:
    piece = piece.strip(" ,:;-–(")
    piece = re.sub(r"^(?:\(?\d{1,2}\)|[a-zđ]\)|[-–•+])\s*", "", piece)
    piece = re.sub(r"\s*(?:\b(?:đạt|là|được|có|với|gồm|bằng|chiếm|còn|giảm còn|lên|=))+$", "", piece, flags=re.IGNORECASE)
    piece = re.sub(r"^(?:(?:đạt|là|được|có|với|và|trong đó|gồm)(?:\s+|$))+", "", piece, flags=re.IGNORECASE)
    return piece.strip(" ,:;-–(")


def _lead_sentences(analysis: Analysis) -> list[tuple[int, int]]:
    """The first sentence of each paragraph that follows a heading."""
    spans = []
    lines = analysis.lines
    for i, line in enumerate(lines[:-1]):
        if line.kind is LineKind.HEADING:
            nxt = lines[i + 1]
            text = analysis.text[nxt.start:nxt.end]
            stop = re.search(r"[.;](?=\s|$)", text)
            spans.append((nxt.start, nxt.start + (stop.end() if stop else len(text))))
    return spans
