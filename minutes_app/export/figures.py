"""The summary's figure rows: one fact per row (subject, value, base), at most ten, never a
time, date, year, ordinal, document number, anniversary or portal text (issue 18).

Chosen in this order: figures with a finding; figures of a target or a verdict; wholes before
their parts; figures in a section's lead sentence; then by position. The rest are counted in
one line ("và 14 số liệu khác trong văn bản").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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


@dataclass(frozen=True)
class FigureRow:
    subject: str  # what the figures count (_subject), filled for the chosen rows
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
    if line is not None and _SPEAKER_ASKS.match(text, line.start, entity.start) and \
            not re.search(r"[.;]\s", text[line.start:entity.start]):
        return True  # "- Đại diện UBND xã đề nghị … sai lệch trên 10%", "- Ông A đề xuất điều chỉnh 18 ha": a request
    if _in_slogan(text, line.start if line is not None else 0, entity):
        return True  # phương châm “5 rõ”, "3 không": a number in a slogan's quotes, not a fact
    if entity.get("type") == "ratio" and _DAY_MONTH.fullmatch(entity.text) and _HOLIDAY_BEFORE.search(
            text[max(0, entity.start - 30):entity.start]):
        return True  # "Quốc khánh 2/9", "đường 3/2", "dịp 30/4 - 1/5": a day, not a part of a whole
    if entity.get("type") == "count":
        if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before) or _ORDINAL_BEFORE.search(before):
            return True
        if _ANNIVERSARY.search(before) or _ANNIVERSARY.match(after) or _DURATION_AFTER.match(after):
            return True
        if re.match(r"\d{1,2}(?![\d.,/%])", text[entity.start:entity.end]) and (
                _NAMED_BEFORE.search(text, max(0, entity.start - 40), entity.start)
                or (capital := _NAMED_BEFORE_CAPITAL.search(text, max(0, entity.start - 40), entity.start))
                and not (_counts_a_noun(entity) and capital.group().strip().lower() not in _WEAK)):
            return True  # "Chi bộ Trường THCS Bình Minh 2 họp …", "Khu phố 3 tổ chức …": the number of a name, not a count
        if _ROUTINE.match(text, entity.end, entity.end + 60):
            return True  # "7 ý kiến phát biểu", "sinh hoạt tại 3 tổ đảng": the meeting's routine, not a fact
        if _PROPOSED_BEFORE.search(text[max(0, entity.start - 60):entity.start]):
            return True  # "đề nghị bố trí thêm 01 tổ bảo trì": what a speaker asks for, not a fact of the period
        unit = (entity.get("unit") or "").lower()
        if unit.startswith("bản") and _COPIES_BEFORE.search(before):
            return True  # "Biên bản lập thành 03 bản": the copies of the paper, not a fact of the meeting
        if unit.startswith(("năm", "tháng", "ngày", "giờ", "phút", "lần", "tuổi")) and not re.match(r"\s*(?:liên tục)", after) \
                and not unit.startswith("ngày công"):  # "120 ngày công" is labour, not a date
            return True
    return False


_SLOGAN_CLOSES = re.compile(r"[^“”\"\n]{0,25}[”\"]")


def _in_slogan(text: str, line_start: int, entity: Entity) -> bool:
    """A small number in a short quote (40 characters at most), a few words from both its ends: “5 rõ”, "3 không",
    “5 có, 3 sạch”; not a quoted headline ("“Điện Biên cấp lợn giống 160.000 đồng/kg cho dân”")."""
    if not re.match(r"\d{1,2}(?![\d.,/%])", entity.text):
        return False
    before = text[line_start:entity.start]
    curly = before.rfind("“")
    if curly > before.rfind("”") and len(before) - curly <= 26:
        opened = curly
    else:
        opened = before.rfind("\"")
        if opened == -1 or before.count("\"") % 2 == 0 or len(before) - opened > 26:
            return False
    closes = _SLOGAN_CLOSES.match(text, entity.end)
    return bool(closes) and closes.end() - (line_start + opened) <= 40


def _counts_a_noun(entity: Entity) -> bool:
    """The figure counts a noun of a kind the quantity layer knows ("25 đồng chí", "15 đảng viên"); not "2 họp",
    "2 giành giải", nor "2 tổ chức" alone (as often the verb "tổ chức" after a name: "Bình Minh 2 tổ chức …")."""
    from ..core.quantities import head_of

    unit = (entity.get("unit") or "").lower()
    head, noun_class, _ = head_of(unit)
    return noun_class is not None and head != "tổ chức"


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
    places: dict[int, tuple] = {}  # each paragraph read once, whatever number of its rows are chosen
    chosen = [r if r.subject else replace(r, subject=_subject(analysis, r, places))
              for r in sorted(ranked[:limit], key=lambda r: r.start)]
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
                rows.append(FigureRow("", _with_unit(text, e), (e,), e.start, e.end))
        else:
            value = _with_unit(text, group[-1], start)
            if value.count("(") > value.count(")"):
                value += ")"
            elif value.count(")") > value.count("("):  # "98%), trong đó có 20%": the bracket closed before it
                value = value.replace(")", "", value.count(")") - value.count("("))
            rows.append(FigureRow("", value, tuple(group), start, end))
        group.clear()

    for entity in figures:
        if group:
            between = text[group[-1].end:entity.start]
            base = re.fullmatch(r"[^;.\n()]{0,30}\(\s*(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu)[^;.\n()]{0,25}", between)
            # "64,8 tỷ đồng/60 tỷ đồng dự toán, vượt 8%": a result over its plan, and the share after it, are one fact
            pair = between.strip() == "/" or (
                entity.get("type") == "percent" and len(group) >= 2 and len(between) <= 30
                and text[group[-2].end:group[-1].start].strip() == "/" and not re.search(r"[;.\n]", between))
            if base is None and not pair and not _told_with(text, group[-1], entity, between) and (len(between) > 40 or re.search(r"[;.\n()]|\btrong\s+đó\b|\bgồm\b|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán",
                                                                 between) or entity.get("type") not in ("percent",)):
                close()
        group.append(entity)
    close()
    return rows


# a change or a share told in a bracket right after its figure ("22,4 triệu đồng (tăng 7,7%", "82/97 xã (chiếm 84,5%"),
# or the same amount in other words ("tăng 7,7% tương đương 1,6 triệu đồng")
_BRACKETED = re.compile(r"[^\d();,.]{0,25}?\(\s*(?:tăng|giảm|bằng|đạt|vượt|chiếm)(?:\s+(?:thêm|tỷ lệ|tỉ lệ))?\s*", re.IGNORECASE)
_SAME = re.compile(r"\s*,?\s*(?:tương đương(?: với)?|tức là)\s*", re.IGNORECASE)
_COUNT_CHANGE = re.compile(r"\s*,\s*(?:tăng|giảm)(?:\s+thêm)?\s*", re.IGNORECASE)


_SHARE_IN_BRACKET = re.compile(r"[^\d();,.]{0,40}\(\s*")


def _told_with(text: str, previous: Entity, entity: Entity, between: str) -> bool:
    """``entity`` is part of the fact of the figure before it: a bracketed change or share of it, the same amount in
    other words, or a change of the same noun right after it ("33 vụ ùn tắc giao thông kéo dài, tăng 8 vụ")."""
    if _SAME.fullmatch(between):
        return True
    if entity.get("type") == "percent" and _BRACKETED.fullmatch(between):
        return True
    if entity.get("type") == "percent" and previous.get("type") in ("count", "ratio") and \
            _SHARE_IN_BRACKET.fullmatch(between) and re.match(r"\s*\)", text[entity.end:]):
        return True  # "30/31 phiếu (96,77%)": the share of the count before it, alone in its bracket
    unit, own = (previous.get("unit") or "").lower(), (entity.get("unit") or "").lower()
    if previous.get("type") == entity.get("type") == "count" and unit and own and unit.split()[0] == own.split()[0]:
        rest = between.lstrip()
        return rest.lower().startswith(unit) and bool(_COUNT_CHANGE.fullmatch(rest[len(unit):]))
    return False


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
# biểu", "6 lượt ý kiến thảo luận", "9 lượt ý kiến tham gia.", "5 đồng chí tham gia ý kiến"), sittings held ("3 kỳ sinh hoạt thường kỳ"), the
# cells a chi bộ meets in ("3 tổ đảng", "41 tổ chức cơ sở đảng"). Not "12/12 ý kiến đồng ý" (a vote), not "25 ý kiến
# góp ý vào dự thảo" (what a consultation gathered).
_ROUTINE = re.compile(
    r"\s*(?:(?:lượt\s+)?ý\s+kiến(?:\s+(?:phát\s+biểu|thảo\s+luận|tham\s+luận|tham\s+gia(?=\s*(?:$|[,;.])))"
    r"|(?=\s*(?:$|[,;.])))"
    r"|lượt\s+(?:ý\s+kiến|đại\s+biểu|đảng\s+viên|đồng\s+chí)\s+(?:phát\s+biểu|thảo\s+luận|tham\s+luận|tham\s+gia\s+ý\s+kiến)"
    r"|(?:đồng\s+chí|đại\s+biểu|đảng\s+viên)\s+(?:phát\s+biểu|tham\s+luận|tham\s+gia\s+ý\s+kiến|tham\s+gia\s+thảo\s+luận)"
    r"|(?:kỳ|buổi|cuộc)\s+sinh\s+hoạt(?:\s+(?:thường\s+kỳ|chi\s+bộ|chuyên\s+đề))?(?!\s+(?:có|đạt|với))"
    r"|tổ\s+đảng|tổ\s+chức\s+cơ\s+sở\s+đảng|chi\s+bộ\s+trực\s+thuộc|đảng\s+bộ\s+bộ\s+phận)(?!\w)",
    re.IGNORECASE)
# a number that ends a proper name: after a capitalised word that does not open its sentence ("Bình Minh 2"), or after
# a unit of place or class ("thôn 5", "Khu phố 3", "tổ dân phố số 7", "lớp 8")
_NAMED_BEFORE = re.compile(r"\b(?:[Tt]hôn|[Xx]óm|[Ấấ]p|[Bb]ản|[Kk]hu phố|[Tt]ổ dân phố(?: số)?|[Kk]hóm|[Bb]uôn|[Ll]ớp)\s+$")
# after a capitalised word: the number of a name ("Bình Minh 2 họp"), unless it counts a noun of its own
# ("Tổng số ĐV 25 đồng chí", "Đảng bộ xã An Lạc 15 đảng viên": the name is what holds the count); a function word
# opening a sentence glued to a caption ("Ảnh: Đ.H Sau 2 cuộc kháng chiến") is no name either way: no fact
_NAMED_BEFORE_CAPITAL = re.compile(r"(?<=[^\W\d_])\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*\s+$")
_PROPOSED_BEFORE = re.compile(r"(?:đề nghị|kiến nghị|đề xuất)\s+(?:[^\W\d_]+\s+){0,4}?(?:thêm|bổ sung)\s*$", re.IGNORECASE)
# an opinion line whose speaker asks for something: the figures after the verb are the request, not a fact
_SPEAKER_ASKS = re.compile(r"\s*(?:[-+•–]\s*)?(?:[Đđ]ại diện|[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/c|[Ýý] kiến (?:của )?)"
                           r"[^.;:\n]{0,90}?\b(?:đề nghị|đề xuất|kiến nghị)\b")
_COPIES_BEFORE = re.compile(r"(?:lập|làm|in|phát hành)\s+thành\s*$", re.IGNORECASE)


# -- the subject of a row: what its figures count, said with the quantity layer's reading of the paragraph
#
# The words right before the row's first number, in its sentence, cut at the other numbers and the nouns they count
# (and at a comma after one of them, a bracket holding numbers, a ":"), are the row's own words ("bị thương" of
# "làm chết 4.134 người, bị thương 7.935 người"). When they say nothing of their own ("tăng", "chiếm tỷ lệ", "trong
# đó có", a time phrase), the row is told by the words after its figures ("trong đó 15% đảng viên hoàn thành xuất sắc
# nhiệm vụ"), else by the nearest earlier stretch of the sentence that names something ("thu ngân sách đạt 41,2 tỷ
# đồng/72,4 tỷ đồng dự toán năm, bằng 56,9%" → "Thu ngân sách: bằng"). Never another figure's words.

# words that name nothing by themselves: copulas, hedges, connectives, changes, and the words of a base or a period
_WEAK = frozenset("""có là đạt được với và hoặc trong đó số gồm còn trên dưới hơn khoảng gần ước tính đã chỉ lên xuống
bằng chiếm tỷ tỉ lệ tăng giảm thêm vượt tương đương so cả tổng cộng toàn hiện nâng mức từ đến tới mới riêng cao thấp
kế hoạch kh dự toán tiêu mục cùng kỳ năm tháng quý ngày tuần trở giao đề ra nghị quyết nq dân gdp này nay qua
thì mà nhưng về của cho tại theo khi sau trước đầu cuối lượt do""".split())
# a time, source or sequence phrase that opens a sentence: "Trong 6 tháng đầu năm, …", "Theo đó, …", "Kết quả, …"
_OPENER = re.compile(r"^\s*(?:(?:theo|trong|tại|qua|sau|tính đến|tính chung|từ|năm|đến|kết quả)\b[^,]{0,60},\s*"
                     r"|[^,]{0,60}\bcho biết\s*,\s*|so với[^,]{0,40},\s*"
                     r"|(?:được biết|cùng với đó|hàng năm|hằng năm|hiện nay|kết quả|bên cạnh đó|đặc biệt|ngoài ra|cụ thể|nhờ vậy|nhờ đó|do đó|"
                     r"vì vậy|như vậy|dịp này|nhìn chung|lần đầu tiên|đến nay|tới nay|tại [^,]{1,40})\s*(?:,\s*|$))",
                     re.IGNORECASE)
# a time at the head of a stretch, without a comma: "Trong nhiệm kỳ Đảng bộ …", "tính đến ngày 30/6/2024 tổng thu …"
_TIME_HEAD = re.compile(r"^\s*(?:trong (?:nhiệm kỳ|năm|quý|tháng|kỳ)|hiện nay|lần đầu tiên|đến nay|"
                        r"(?:sáng|chiều|tối|trưa)(?:\s+(?:nay|qua|mai))?(?:\s+(?:ngày\s+)?\d[\d/.\-]*)?|"
                        r"(?:tính đến |đến |tính từ |từ |trong )?(?:ngày|tháng|năm|quý)\s+\d[\d/.\-]*(?:\s+năm\s+\d{4})?)"
                        r"(?:\s+|\s*$)",
                        re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:và|hoặc|trở lên|trở xuống|trong đó|trong số|gồm|có(?!\s+mặt)|là|đạt|được|với|còn|tổng cộng|hiện|đã|của)"
                      r"(?:\s+|$))+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s+|^)(?:đạt|là|được|có|với|gồm|bằng|chiếm|còn|giảm còn|(?<!trở )lên|=|trên|dưới|hơn|"
                       r"khoảng|gần|ước|tới|lên tới|chỉ|đã|từ|mức|ở mức|đạt mức|tổng cộng|so với|so|của|cho|và|"
                       r"trong đó|ước đạt|ước tính|lần đầu tiên|hiện nay|đến nay|đối với|trong|"
                       r"(?<!thực )(?<!phát )(?<!xuất )(?<!thể )(?<!biểu )hiện)$", re.IGNORECASE)
# a change told beside its thing: "Thu ngân sách: vượt", "Tổng sản phẩm bình quân đầu người: tăng"
_CHANGE = re.compile(r"\b(?:tăng|giảm|vượt|bằng|tương đương|cao hơn|thấp hơn)(?:\s+(?:thêm|còn))?\b", re.IGNORECASE)
# the words after a figure that tell its base, its comparison or a place, not what it counts
_NOT_AFTER = frozenset("""so với của cho tại trong từ đến vào theo trên dưới để nhằm do về và hoặc kế kh dự chỉ mục cùng
tổng dân trở năm tháng quý ngày bằng tương thì nhưng mà gdp nq nghị ở""".split())
# where the words after a figure stop telling what it counts: an adjunct ("… thành lập mới với số vốn …")
_AFTER_STOP = re.compile(r"\s(?:với|tại|theo|so với|nhằm|để|vào|do|vì|từ|đến)\s.*$|(?<!đang)\strong\s.*$",
                         re.IGNORECASE)
# the words of a base right after a figure ("đạt 104,11% dự toán tỉnh giao"): its figure's, never a topic
_BASE_START = frozenset("kế dự chỉ so kh mục nghị nq cùng tổng dân gdp".split())


_DIGIT = re.compile(r"\d")
_STOP = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])|(?<=[^\W\d_])\s+(?=(?:Theo đó|Trong|Tại|Sau|Ngoài ra|Hiện nay|Cùng với|"
                   r"Đặc biệt|Bên cạnh|Tính đến|Tính chung|Kết quả|Như vậy|Do đó|Vì vậy|Cụ thể)\b)")
_GLUED = re.compile(r"[^\W\d_]+|\s+đ/c\b", re.IGNORECASE)  # "652ha", "15 đ/c"


@dataclass(frozen=True)
class _Place:
    """A row's paragraph as the quantity layer reads it: its text, the span of the row's sentence part (back to the
    last ";" outside brackets), and its numbers, each with the nouns it counts ("33 vụ ùn tắc giao thông kéo dài"),
    keyed by start with the end of its head noun ("33 vụ")."""

    text: str
    lo: int
    numbers: tuple[tuple[int, int], ...]
    words: tuple[tuple[int, int], ...]  # numbers that are no quantity (dates, years, ordinals)
    heads: dict
    unit_ends: dict  # start → end of the nouns it counts as written ("08 đồng chí bí thư chi bộ")


def _place(analysis: Analysis, start: int, places: dict[int, tuple] | None = None) -> tuple[_Place, int]:
    """The paragraph of ``start`` read by the quantity layer, and ``start`` in paragraph offsets; ``places`` keeps
    each paragraph's reading for the next row in it."""
    paragraph = analysis.paragraph_at(start)
    read = places.get(paragraph.start) if places is not None else None
    if read is None:
        read = _read_paragraph(analysis, paragraph)
        if places is not None:
            places[paragraph.start] = read
    text, reading, layer, spans, words, heads, unit_ends = read
    local = start - paragraph.start
    # the sentence, from the last ";" outside brackets (before it, another fact) and from a stop the reading kept
    # inside it ("… 82,19% dân số. Toàn ngành thu …", a caption glued before "Theo đó, …")
    lo = max([next((a for a, b in reading.sentences if a <= local < b), 0)]
             + [c.start for c in layer.clauses if c.opener == ";" and c.start <= local])
    lo = max([lo] + [stop.end() for stop in _STOP.finditer(text, lo, local)])
    return _Place(text, lo, spans, words, heads, unit_ends), local


def _read_paragraph(analysis: Analysis, paragraph) -> tuple:
    """A paragraph's reading, quantity layer, numbers (with the nouns they count), other numbers and head ends."""
    from ..core.quantities import layer_of, number_tokens
    from ..core.reading import Reading

    text = paragraph.text
    reading = Reading(text)
    entities = [e.shifted(-paragraph.start) for e in analysis.entities
                if paragraph.start <= e.start and e.end <= paragraph.end]
    layer = layer_of(reading, entities)
    units = {e.start: e.get("unit") or "" for e in entities if e.kind == "figure"}
    spans = [(q.start, _past(text, q.end, q.unit or units.get(q.start, "")))
             for q in layer.quantities if _DIGIT.search(q.text)]  # "một ha" of a noun phrase is no other figure
    facts = [(e.start, e.end) for e in entities if e.kind == "figure" and e.get("type") in ("count", "ratio", "percent",
             "money") and not re.match(r"(?:tháng|năm|ngày|quý|tuần|giờ|phút)\b", e.get("unit") or "")]
    # a date, a year, an ordinal of a name ("năm 2017", "lớp 6"): words of the text, no cut; unless the figure reader
    # counts something with it ("- 212/212 hộ", "Dự họp 20 đ/c")
    words = [(n.start, n.end) for n in layer.not_quantities if not any(a < n.end and n.start < b for a, b in facts)]
    spans += [(n.start, _past(text, n.end, units.get(n.start, ""))) for n in layer.not_quantities
              if any(a < n.end and n.start < b for a, b in facts)]
    spans += [(t.start, _past(text, t.end, "")) for t in number_tokens(reading)
              if not any(a <= t.start < b for a, b in words) and not any(a <= t.start < b for a, b in spans)]
    heads = {q.start: _past(text, q.end, q.head or "") for q in layer.quantities if q.head}
    unit_ends = {q.start: _past(text, q.end, q.unit or units.get(q.start, "")) for q in layer.quantities}
    return text, reading, layer, tuple(sorted(spans)), tuple(sorted(words)), heads, unit_ends


def _past(text: str, end: int, unit: str) -> int:
    """The end of the nouns a number counts, as written after it ("33 vụ ùn tắc" → after "ùn tắc", "12,5 tiêu
    chí/xã" → after "/xã")."""
    if not unit:
        glued = _GLUED.match(text, end)
        end = glued.end() if glued else end
    else:
        at = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip())
        end = at + len(unit) if text[at:at + len(unit)].lower() == unit.lower() else end
    rate = _RATE.match(text, end)
    return rate.end() if rate else end


def _stretches(place: _Place, end: int) -> list[tuple[int, int, bool]]:
    """The stretches of words of the sentence part before ``end``, cut at its numbers (with their nouns), at a
    bracket holding a number or ``end``, at ":" and at a comma after a number; the last first, each with whether it
    goes on the noun phrase of the number before it ("… 2.413 hội viên người dân tộc | thiểu số")."""
    text, lo = place.text, place.lo
    numbers = [(a, b) for a, b in place.numbers if lo <= a < end]
    cuts: list[tuple[int, int]] = list(numbers)
    numbers_seen = sorted(numbers + [(a, b) for a, b in place.words if lo <= a < end])
    opened: list[int] = []
    number_since = False
    next_number = 0
    for i in range(lo, end):
        while next_number < len(numbers_seen) and numbers_seen[next_number][0] <= i:
            number_since, next_number = True, next_number + 1
        char = text[i]
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            start = opened.pop()
            if any(start < a < i for a, _ in numbers):
                cuts.append((start, i + 1))  # "(17 chính thức, 2 dự bị)": the bracket is other figures
        elif char in ":;":
            cuts.append((i, i + 1))
            number_since = False
        elif char == "," and number_since and not opened:
            cuts.append((i, i + 1))
            number_since = False
    cuts += [(i, i + 1) for i in opened]  # the bracket the figure stands in: its words start after it
    cuts.sort()
    number_ends = {b for _, b in numbers}
    stretches, at, glued = [], lo, False
    for a, b in cuts:
        if a > at and text[at:a].strip():
            stretches.append((at, a, glued and not _CONNECTIVE.match(text, at)))
        if b > at:
            at, glued = b, b in number_ends
    if at < end and text[at:end].strip():
        stretches.append((at, end, glued and not _CONNECTIVE.match(text, at)))
    return stretches[::-1]


_CONNECTIVE = re.compile(r"\s*(?:và|hoặc|,|;)(?!\w)", re.IGNORECASE)


_BRACKET_TAIL = re.compile(r"^\(?[^()]{0,40}\)\s*")


def _words(piece: str, lead: bool = True) -> str:
    """A stretch without its opening time or source phrase and its leading and trailing function words; a long
    stretch of several parts keeps its last part that names something ("công tác … được thực hiện tốt, số dân
    trong xã tham gia BHYT chiếm tỷ lệ cao")."""
    piece = " ".join(piece.split()).lstrip(" ,;:-–+•")
    if ")" in piece and "(" not in piece.split(")")[0]:
        piece = piece.rsplit(")", 1)[-1].lstrip(" ,;:-–")  # "… (ước sản lượng vụ mùa), tăng": after the bracket
    piece = re.sub(r"^(?:\(?\d{1,2}\)|[a-zđ]\)|[-–•+*])\s*", "", piece)
    while True:
        # "(CN) về quê …", "CN) về quê …": the tail of the previous figure's noun in brackets, not this row's words
        stripped = _BRACKET_TAIL.sub("", piece, count=1)
        stripped = _OPENER.sub("", stripped, count=1)
        stripped = _TIME_HEAD.sub("", stripped, count=1)
        stripped = (_LEADING.sub("", stripped) if lead else stripped).strip(" ,;:-–(")
        while _TRAILING.search(stripped):
            stripped = _TRAILING.sub("", stripped).strip(" ,;:-–(")
        if stripped == piece:
            break
        piece = stripped
    head, comma, last = piece.rpartition(", ")
    if comma and (len(piece) > 70 or len(head.split()) <= 3) and len(last.split()) >= 3 and _names(last):
        return _words(last, lead)
    return piece


def _names(piece: str) -> bool:
    """The words name something: one of them is no copula, hedge, connective or word of a base or period."""
    return any(len(w) > 1 and w not in _WEAK for w in re.findall(r"[^\W\d_]+", piece.lower()))


def _after(place: _Place, end: int, skip: bool = True) -> tuple[str, int]:
    """The words after a row's figures up to a stop, another number or an adjunct, when they say what was counted
    ("15% đảng viên hoàn thành xuất sắc nhiệm vụ", "81 tổ chức và hơn 6.000 đảng viên bị kỷ luật"); "" for a base, a
    comparison, a place or the rest of a name ("đạt 98,3% kế hoạch", "tăng 8% so với cùng kỳ", "2 Anh hùng LLVTND")."""
    text = place.text
    bracket = re.match(r"\s*\([^()]{0,80}\)|\s*\)", text[end:])
    if bracket:  # "332 đại biểu (78,5%) tán thành", "59/97 xã (chiếm 60,8% tổng số xã) đạt tiêu chí"
        end += bracket.end()
    rest = re.match(r"[^.;:\n()\d,]{0,90}", text[end:])[0]
    if skip and re.fullmatch(r"\s*và\s+(?:hơn|gần|khoảng|trên)?\s*", rest):  # a shared predicate after the next figure
        following = next(((a, b) for a, b in place.numbers if a >= end + len(rest)), None)
        if following is not None and following[0] == end + len(rest):
            return _after(place, place.heads.get(following[0], following[1]), skip=False)
    rest = _AFTER_STOP.sub("", rest)
    stop = end + len(rest.rstrip())
    if rest.count("\"") % 2 or rest.count("“") > rest.count("”"):
        rest = re.split(r"[\"“]", rest)[0]  # a name in quotes cut by a number: 'mô hình "Chi hội 5 không …'
    words = rest.split()
    if len(words) < 2 or words[0].lower() in _NOT_AFTER or words[0][:1].isupper() or \
            not (_names(rest) or _PREDICATE.match(" " + rest.lstrip())):  # "4/6 chỉ tiêu đạt và vượt kế hoạch"
        return "", end
    if words[0].lower() == "là":  # "trong đó có 98 trường hợp là người đứng đầu"
        words = words[1:]
    return _words(" ".join(words).strip(" -–\"“”'"), lead=False), stop


_PREDICATE = re.compile(r"\s+(?:đạt|được|bị|đã|đang|chưa|không|hoàn thành|vượt|tham gia|thực hiện|có)\b", re.IGNORECASE)
_SHARE_CUE = re.compile(r"(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ)(?:\s+(?:trên|dưới|khoảng|gần|hơn))?\s*$", re.IGNORECASE)


def _base(text: str, at: int) -> bool:
    word = re.match(r"\s*([^\W\d_]+)", text[at:at + 20])
    return bool(word) and word[1].lower() in _BASE_START


def _subject(analysis: Analysis, row: FigureRow, places: dict[int, tuple] | None = None) -> str:
    """What a row's figures count (see above)."""
    place, local = _place(analysis, row.start, places)
    text = place.text
    stretches = _stretches(place, local)
    own_stretch = stretches[0] if stretches and stretches[0][1] == local else None
    raw_own = text[own_stretch[0]:local] if own_stretch else ""
    own = _words(raw_own)
    if own_stretch and own_stretch[2] and len(own.split()) <= 3 and re.search(r"\b(?:và|hoặc)\s*$", raw_own):
        own = ""  # the end of the previous figure's noun phrase ("… 298 hộ xây nhà mới và | 121 hộ")
    after = _told_after(place, local, row)
    before = stretches[0] if not raw_own.strip() and stretches else None
    if before is not None and not before[2] and text[before[1]:local].strip() == "(" \
            and _names(_words(text[before[0]:before[1]])):
        subject = _words(text[before[0]:before[1]])  # "quý II (6,17%)": the words the bracket follows
    elif before is not None and text[:local].rstrip().endswith(":") and not after \
            and _names(_words(text[before[0]:before[1]])):
        subject = _words(text[before[0]:before[1]])  # "Mời dự: 08 đồng chí …": the label
    elif own and _names(own) and not (after and re.search(r"\b(?:có|cùng|cùng với)\s*$", raw_own)):
        # not "Cả nước đã có | 13,17 triệu người tham gia …", "… Phó Bí thư Đảng ủy phường cùng | 06 quần chúng …"
        subject = own
    elif after:
        subject = after  # "trong đó 15% đảng viên hoàn thành xuất sắc nhiệm vụ"
    else:
        subject = _topic(text, stretches[1 if own_stretch else 0:], raw_own) or own or _opening(text, local)
    if not subject and stretches:  # the nearest words before it, whatever they are
        subject = _words(text[stretches[0][0]:stretches[0][1]]) or \
            " ".join(text[stretches[0][0]:stretches[0][1]].split()).strip(" ,;:-–(")
    return _fit(_unquoted(subject))


def _unquoted(subject: str) -> str:
    """A subject without a quote or a bracket left open or closed at its ends ("Thực hiện phương châm “",
    "Tổng hợp)"); "" when no letter is left."""
    while True:
        stripped = subject.strip(" ,;:-–")
        for opening, closing in (("“", "”"), ("(", ")"), ("‘", "’")):
            if stripped.count(opening) > stripped.count(closing) and stripped.endswith(opening):
                stripped = stripped[:-1]
            if stripped.count(closing) > stripped.count(opening) and stripped.endswith(closing):
                stripped = stripped[:-1]
            if stripped.count(closing) > stripped.count(opening) and stripped.startswith(closing):
                stripped = stripped[1:]
            if stripped.count(opening) > stripped.count(closing) and stripped.startswith(opening):
                stripped = stripped[1:]
        if stripped.count("\"") % 2 and stripped[-1:] == "\"" or stripped.count("\"") % 2 and stripped[:1] == "\"":
            stripped = stripped[:-1] if stripped[-1:] == "\"" else stripped[1:]
        if stripped == subject:
            break
        subject = stripped
    return subject if re.search(r"[^\W\d_]", subject) else ""


def _told_after(place: _Place, local: int, row: FigureRow) -> str:
    """The words after a row's figures, past the nouns they count and a bracket, when they say what was counted."""
    text = place.text
    last = row.entities[-1] if row.entities else None
    value = row.value.rstrip(")")
    at = local + len(value) if text.startswith(value, local) else local + (row.end - row.start)
    if last is not None:  # past the nouns it counts, as written ("164/212 hộ sử dụng điện thoại thông minh")
        last_local = last.start - (row.start - local)
        head_end = place.heads.get(last_local, at)
        at = max(at, head_end, place.unit_ends.get(last_local, at))
        if head_end < at and _PREDICATE.match(text, head_end):
            at = head_end  # the figure reader's unit ran on into the verb: "4/6 chỉ tiêu | đạt và vượt kế hoạch"
    close = text.find(")", at, at + 60)
    if "(" in row.value and close != -1:  # "82/97 xã (chiếm 84,5% tổng số xã) đạt tiêu chí": after the bracket
        at = close + 1
    if last is not None and last.get("type") == "percent" and len(row.entities) == 1 \
            and _SHARE_CUE.search(text, max(0, local - 20), local) and not re.match(r"\s*[()]", text[at:]):
        told = ""  # "đạt trên 90% số phiếu hợp lệ": the words after a share are its base
    else:
        told = _after(place, at)[0]
    if not told and close != -1 and text.rfind("(", place.lo, local) > text.rfind(")", place.lo, local):
        told = _after(place, close + 1)[0]  # "82/97 xã (chiếm 84,5% tổng số xã) đạt tiêu chí" for the 84,5%
    return told


def _topic(text: str, stretches: list[tuple[int, int, bool]], raw_own: str) -> str:
    """The nearest earlier stretch of the sentence that names something and is no other figure's noun phrase or base,
    with the row's change word ("Thu ngân sách: bằng"); a bare verb ("đã giúp 25 hộ, đạt 100%") says less than the
    line's topic before it."""
    topics = [w for a, b, glued in stretches
              if _names(w := _words(text[a:b])) and not (glued and (len(w.split()) <= 3 or _base(text, a)))]
    topic = next((w for w in topics if len(w.split()) >= 2), topics[0] if topics else "")
    change = _CHANGE.search(raw_own)
    if not topic or not change:
        return topic
    tail = re.sub(r"(?:\s+(?:trên|dưới|khoảng|gần|hơn|mức|ở mức))+\s*$", "", raw_own[change.start():].strip(" ,("))
    return f"{topic}: {tail}" if tail and not topic.lower().endswith(tail.lower()) else topic


def _opening(text: str, local: int) -> str:
    """A figure that opens its sentence part: the words after its number ("145/150 hộ đăng ký gia đình văn hóa")."""
    number = re.match(r"[\d.,/%\s]+(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+)?", text[local:])
    rest = re.match(r"[^,;:.()\d\n]*", text[local + (number.end() if number else 0):])[0]
    return _words(_AFTER_STOP.sub("", rest))


def _fit(subject: str) -> str:
    """Capitalised, and a long subject cut to its last part: from a comma or "thì" if it has one, else whole up to
    160 characters, else from a word."""
    if len(subject) > 110:
        cut = re.search(r"(?:,|\bthì)\s+", subject[-100:])
        if cut and len(subject[-100:]) - cut.end() > 20:
            subject = subject[-100:][cut.end():]
        elif len(subject) > 160:  # from a word, past the syllable a cut may have left of a compound
            subject = subject[-100:].split(" ", 2)[-1]
    return subject[:1].upper() + subject[1:] if subject else ""


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
