"""The summary's figure rows: one fact per row (subject, value, base), at most ten, never a
time, date, year, ordinal, document number, anniversary or portal text (issue 18).

Chosen in this order: figures with a finding; figures of a target or a verdict; wholes before
their parts; figures in a section's lead sentence; then by position. The rest are counted in
one line ("và 14 số liệu khác trong văn bản").
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..core.engine import Analysis
from ..core.model import Entity
from ..core.quantities import head_of
from ..core.quantities.attendance_reader import told_absent
from ..core.resources import word_list
from ..core.structure import LineKind

MAX_ROWS = 10
# the genres whose summary tells the attendance beside figure rows (biên bản: II. THÀNH PHẦN; tin hội nghị: "Thành
# phần: có mặt 24/25, vắng 1" among its meeting facts)
ATTENDANCE_SHOWN = ("bien_ban", "tin_hoi_nghi")
# the people an attendance line counts ("Có mặt: 20 đồng chí (17 chính thức, 3 dự bị)", "01 đồng chí được miễn …")
_PEOPLE = re.compile(r"(?:đồng chí|đ/c|đảng viên|chính thức|dự bị|đại biểu|người|ủy viên|thành viên)\b", re.IGNORECASE)


def _longest_first(words: tuple[str, ...]) -> list[str]:
    """A word list for a regex alternation: the longer entries first ("so với" before "so")."""
    return sorted(words, key=len, reverse=True)


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
_THRESHOLD_BEFORE = re.compile(r"(?<!không )(?<!\w)quá\s*$", re.IGNORECASE)
# a word after which a number is an ordinal or a name's number ("Hội nghị Trung ương 10 khóa XIII"), as written
# whole words: "ấp 3" is a hamlet's number, "cấp 96 giấy phép" a count (the bare list matched inside "cấp", "học tập")
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _longest_first(word_list("figure_ordinal_words"))))
                             + r")\s*$")
_TOTAL_BEFORE = re.compile(r"\btổng\s+số\s*$", re.IGNORECASE)  # "Tổng số 47 cán bộ": a count, not "số 47" of a name
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
    stop: int = 0  # where the value's words end in the source ("02 dự án vướng giải phóng mặt bằng"); 0 when unknown

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
                number.value in ("ballot count", "condition level")  # told with the election it counted; no fact
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
    if entity.get("type") in ("percent", "ratio") and _THRESHOLD_BEFORE.search(before):
        return True  # "trúng cử (quá 50% số phiếu hợp lệ)", "quá 1/2 tổng số ủy viên": the rule's majority, no fact
    if entity.get("type") == "ratio" and _DAY_MONTH.fullmatch(entity.text) and _HOLIDAY_BEFORE.search(
            text[max(0, entity.start - 30):entity.start]):
        return True  # "Quốc khánh 2/9", "đường 3/2", "dịp 30/4 - 1/5": a day, not a part of a whole
    if entity.get("type") == "count":
        if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before) or (
                _ORDINAL_BEFORE.search(before) and not _TOTAL_BEFORE.search(before)):
            return True
        if _ANNIVERSARY.search(before) or _ANNIVERSARY.match(after) or _DURATION_AFTER.match(after):
            return True
        if re.match(r"\d{1,2}(?![\d.,/%])", text[entity.start:entity.end]) and (
                _NAMED_BEFORE.search(text, max(0, entity.start - 40), entity.start)
                or (capital := _NAMED_BEFORE_CAPITAL.search(text, max(0, entity.start - 40), entity.start))
                and not (_counts_a_noun(entity) and capital.group().strip().lower() not in _WEAK)):
            return True  # "Chi bộ Trường THCS Bình Minh 2 họp …", "Khu phố 3 tổ chức …": the number of a name, not a count
        if re.fullmatch(r"0?1", entity.text.split()[0]) and _PER_BEFORE.search(before) and entity.get("unit"):
            return True  # "thu nhập trên 1 ha canh tác", "giá 1 kg lợn giống": the unit a rate is told per, no count
        if _ROUTINE.match(text, entity.end, entity.end + 60) or (
                (entity.get("unit") or "").lower().startswith("ý kiến") and _POINTS_RAISED.search(before)):
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
    places: dict[int, tuple] = {}  # each paragraph read once, whatever number of its rows are chosen
    table_rows = _table_rows(analysis, figures)
    figures = [e for e in figures if not any(r.start <= e.start < r.end for r in table_rows)]
    rows = sorted(_group(analysis, figures, places) + table_rows, key=lambda r: r.start)
    counts = [c for c in analysis.structure.ballots if c.value in _BALLOT_KINDS]
    ballots = _ballot_rows(analysis, counts)
    rows = sorted([r for r in rows if not any(b.start < r.end and r.start < b.end for b in counts)] + ballots,
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
    chosen: list[FigureRow] = []
    seen: dict[str, list[set[str]]] = {}
    seen_folded: dict[str, list[tuple[set[str], tuple[str, ...]]]] = {}
    seen_runs: dict[str, list[set[str]]] = {}
    repeated = 0
    for row in ranked:
        if len(chosen) >= 2 * limit:  # more than shown: rows of one fact are joined below, the best ten kept
            break
        row = _worded(analysis, row, places)
        told, folded, names, clause = _told_as(analysis.text, row)
        run = _run_of_counts(analysis.text, row)
        if any(not names or not other or names & other and _same_names(names, other) and not _other_years(names, other)
               for other in seen.get(told, ())) \
                or any(_same_subject(clause, words) and not _other_years(names, other)
                       for other, words in seen_folded.get(folded, ())) \
                or run is not None and any(_same_names(run[1], other) and not _other_years(run[1], other)
                                           for other in seen_runs.get(run[0], ())):
            repeated += 1  # the same fact told again (in the lead and in the body): one row
            continue
        seen.setdefault(told, []).append(names)
        seen_folded.setdefault(folded, []).append((names, clause))
        if run is not None:
            seen_runs.setdefault(run[0], []).append(run[1])
        chosen.append(row)
    order = {row.start: number for number, row in enumerate(chosen)}
    chosen.sort(key=lambda r: r.start)
    chosen = [r if r.subject else replace(r, subject=_subject(analysis, r, places)) for r in chosen]
    chosen = [replace(r, subject=_subject_after_list(analysis.text, r) or _clause_head(analysis, r, places) or r.subject)
              if _echoes(r.subject, r.value) else r for r in chosen]
    joined = _one_fact(analysis.text, chosen, finding_spans)
    # the best ranked ten, each joined row ranked as its best member
    kept = sorted(joined, key=lambda group: min(order[r.start] for r in group))[:limit]
    told = sum(len(group) for group in kept)
    chosen = sorted((_joined(analysis.text, group) for group in kept), key=lambda r: r.start)
    chosen = [replace(r, value=_framed(analysis.text, r)) for r in chosen]
    return chosen, max(0, len(rows) - told - repeated)


# a whole's parts open right after it, in brackets or after "trong đó", "gồm" ("19 đảng viên (17 chính thức, …",
# "36 TCCS đảng, trong đó có 22 đảng bộ …", "58 đơn vị hành chính cấp xã, gồm 41 xã …"), and go on, each after the
# one before, with a comma, a semicolon or "và"
_PARTS_OPEN = re.compile(r"\s*(?:\((?:\s*(?:trong đó|bao gồm|gồm)(?:\s+có)?\s*:?)?|,?\s*(?:trong đó|bao gồm|gồm)"
                         r"(?:\s+có)?\s*:?)\s*", re.IGNORECASE)
_PARTS_GO_ON = re.compile(r"\s*(?:[,;]|,?\s+và)\s*", re.IGNORECASE)


def _one_fact(text: str, rows: list[FigureRow], finding_spans: list[tuple[int, int]]) -> list[list[FigureRow]]:
    """Rows in their order, a whole and its parts together, as written: "Chi bộ | 19 đảng viên" / "Chi bộ | 17 chính
    thức" / "Chi bộ | 02 dự bị" are one row "19 đảng viên (17 chính thức, 02 dự bị)". Apart, each part told without
    its whole took a row of its own: three of the ten rows for one fact, in minutes, reports and resolutions
    alike. Only rows given one subject alone: a part whose own words were its
    subject ("35 đảng viên, trong đó 21 đồng chí | là nữ") would lose them; a row with a finding keeps its own, the
    finding being said of it."""
    groups: list[list[FigureRow]] = []
    for row in rows:
        last = groups[-1][-1] if groups else None
        if last is not None and last.subject.strip().lower() == row.subject.strip().lower() and \
                _verbatim(text, last) and _verbatim(text, row) and \
                not any(a < r.end and r.start < b for r in (last, row) for a, b in finding_spans):
            gap = text[last.start + len(last.value):row.start]
            if (_PARTS_OPEN if len(groups[-1]) == 1 else _PARTS_GO_ON).fullmatch(gap) and \
                    row.start + len(row.value) - groups[-1][0].start <= 160 and \
                    _closed_stop(text, groups[-1][0].start, row.start + len(row.value)) is not None:
                groups[-1].append(row)
                continue
        groups.append([row])
    return groups


def _closed_stop(text: str, start: int, stop: int) -> int | None:
    """Where a joined value ends with its brackets closed ("32 đồng chí (30 chính thức, 2 dự bị)", the bracket its
    last part ends in taken with it); None when they cannot be (a value opening inside another's brackets)."""
    said = text[start:stop]
    depth = 0
    for char in said:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return None
    if depth == 0:
        return stop
    close = re.match(r"[^()\n]{0,20}?\)", text[stop:stop + 21])
    return stop + close.end() if depth == 1 and close else None


def _verbatim(text: str, row: FigureRow) -> bool:
    return bool(row.value) and text.startswith(row.value, row.start)


def _joined(text: str, group: list[FigureRow]) -> FigureRow:
    if len(group) == 1:
        return group[0]
    first, last = group[0], group[-1]
    stop = _closed_stop(text, first.start, last.start + len(last.value)) or last.start + len(last.value)
    return FigureRow(first.subject, " ".join(text[first.start:stop].split()),
                     tuple(e for r in group for e in r.entities), first.start, last.end, stop)


def _told_as(text: str, row: FigureRow) -> tuple[str, str, set[str], tuple[str, ...]]:
    """A row's value with the words that follow it, as written and folded, the pieces of names before it, and the words
    of its clause before it: two rows told alike whose names do not differ are one fact told twice ("… huyện Mường La đã
    chỉ đạo 17/17 đơn vị tổ chức thành công Đại hội" in a news item's lead and again in its body); not "Chi bộ thôn Đông
    | Tây kết nạp 2 đảng viên mới"."""
    after = text[row.end:row.end + 40].split(".")[0] if not row.stop else text[row.stop:row.stop + 60].split(".")[0]
    since = max(row.start - 60, text.rfind("\n", 0, row.start), text.rfind(". ", 0, row.start), 0)
    # of its own sentence; with its numbers ("Năm 2024, chi bộ kết nạp 3 …" / "Năm 2025, …", "Tổ 1 có 12 hộ nghèo" /
    # "Tổ 2 có …": two facts, though nothing capitalised tells them apart)
    names = _names_before(text, since, row.start)
    clause = max([since] + [text.rfind(mark, 0, row.start) for mark in ",;:"])
    told = " ".join((row.value + " " + after).lower().split())
    # the word that counts people before their title, and a count's leading zero, tell nothing of the fact: "3 Phó Bí
    # thư" is "03 đồng chí Phó Bí thư" (folded only where the clauses name the same subject: see chosen_figures);
    # a row whose words are known is told by them and the words after them (not by the window's cut)
    folded = _PERSON_WORD.sub(r"\1 ", _LEADING_ZERO.sub("", told))
    if row.stop:
        told, folded = " ".join(told.split()[:10]), " ".join(folded.split()[:10])
    return told, folded, names, tuple(re.findall(r"\w+", text[clause + 1:row.start].lower()))


def _same_subject(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One clause's words before its figure end the other's: the same subject and act, said with more in one of them
    ("Đảng ủy Khối có | 3 Phó Bí thư" / "… cho biết Đảng ủy Khối có | 03 đồng chí Phó Bí thư"); not "Đảng ủy Khối có" /
    "Đảng ủy Khối Doanh nghiệp có", "chi bộ trường tiểu học kết nạp" / "chi bộ trường mầm non kết nạp"."""
    short, long = sorted((words, other), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def _run_of_counts(text: str, row: FigureRow) -> tuple[str, set[str]] | None:
    """The run of two counts of titles joined by "và" a row is part of, folded ("6 ủy viên ban chấp hành và 2 ủy viên
    ban thường vụ"), with the name words and years its sentence holds before it; None for a count told alone. Two
    counts of two titles repeated in one order are one fact told twice whatever verb tells them ("kiện toàn … với 6 Ủy
    viên Ban Chấp hành và 2 Ủy viên Ban Thường vụ" / "bầu bổ sung 6 đồng chí Ủy viên Ban Chấp hành và 02 đồng chí …");
    a single count needs its clause's subject as well."""
    since = max(text.rfind("\n", 0, row.start), text.rfind(". ", 0, row.start)) + 1
    clause = max([since] + [text.rfind(mark, since, row.start) + 1 for mark in ",;:"])
    # (the names of its own clause of the sentence: "Nhiệm kỳ trước, … ; nhiệm kỳ này …" are two facts)
    since = max(since, text.rfind("; ", since, row.start) + 1)
    stop = _CLAUSE_END.search(text, row.start)
    piece = text[clause:stop.start() if stop else len(text)].lower()
    number = _LEADING_ZERO.sub("", text[row.start:row.end].split()[0]) if text[row.start:row.end].split() else ""
    for run in _RUN.finditer(_PERSON_WORD.sub(r"\1 ", _LEADING_ZERO.sub("", " ".join(piece.split())))):
        if number in (run["first"], run["second"]):
            # the names and years just before the run's first count, as for a count told alone (_told_as)
            # (the run's first count is the last number before "và": not the "1" of "Chi bộ thôn 1 bầu 1 Bí thư và …")
            second = re.search(r"(?<![\w.,])\d+\s[^\d\n]*\svà\s*$", text[clause:row.start])
            first_at = clause + second.start() if second else row.start
            names = _names_before(text, max(since, first_at - 60), first_at)
            return f"{run[0]} #{int(bool(second))}", names  # each count of the run is a row of its own
    return None


_CLAUSE_END = re.compile(r"[.;](?=\s|$)|\n")
_TITLES = "|".join(map(re.escape, _longest_first(tuple(t.lower() for t in word_list("capitalization_titles")))))
_BODIES = "|".join(map(re.escape, _longest_first(tuple(b.lower() for b in word_list("capitalization_bodies")))))
_RUN = re.compile(rf"(?<![\w.,])(?P<first>\d+) (?:{_TITLES})(?: (?:{_BODIES}))? và (?P<second>\d+) (?:{_TITLES})"
                  rf"(?: (?:{_BODIES}))?(?!\w)")


def _names_before(text: str, start: int, end: int) -> set[str]:
    """The pieces of names between ``start`` and ``end`` that tell one unit or period from another: capitalised words,
    years, numbered units ("thôn 1", "tổ 2") and a term or unit told by a lower-case word ("nhiệm kỳ trước")."""
    return set(_NAME_WORD.findall(text, start, end)) | set(_YEAR_WORD.findall(text, start, end)) | \
        {m[0].lower() for m in _NUMBERED_NAME.finditer(text, start, end)} | \
        {" ".join(m[0].lower().split()) for m in _TERM_NAME.finditer(text, start, end) if m["word"][0].islower()}


def _same_names(names: set[str], other: set[str]) -> bool:
    """The name words two rows' clauses hold, the words of titles and bodies aside, do not each hold one the other
    lacks: "Chi bộ Trường Tiểu học | Trường Mầm non kết nạp 2 đảng viên" are two units though both say "Trường"; an
    abbreviation is the words it is the initials of ("Trường TH Kim Đồng" / "Trường Tiểu học Kim Đồng", not "Trường
    TH" / "Trường THCS")."""
    own, others = names - _GENERIC_NAME_WORDS, other - _GENERIC_NAME_WORDS
    return own <= others or others <= own or _abbreviated(own - others, others - own) or \
        _abbreviated(others - own, own - others)


def _abbreviated(short: set[str], long: set[str]) -> bool:
    """Each word of ``short`` is an abbreviation and each of ``long`` a word (no abbreviation) whose initial one of them
    holds: the one unit's name written short and in full."""
    initials = {_initial(letter) for word in short for letter in word}
    return bool(short) and bool(long) and all(len(w) > 1 and w.isupper() for w in short) and \
        all(not w.isupper() and _initial(w[0]) in initials for w in long)


def _initial(letter: str) -> str:
    return unicodedata.normalize("NFD", letter.upper())[0]



# the capitalised words of titles and of the heads of bodies' names ("Ban", "Chấp", "Bí", "Trường", "Đảng"): in every
# unit's name, they tell none apart (not the words of whole bodies' names: "Nam" of "Việt Nam" tells "thôn Nam Sơn" from
# "thôn Bắc Sơn")
_GENERIC_NAME_WORDS = frozenset(word for name in word_list("org_heads") + word_list("capitalization_titles")
                                for word in name.split() if word[:1].isupper())
_PERSON_WORD = re.compile(r"(?<![\w.,])(\d+) (?:đồng chí|đ/c) (?=" + "|".join(map(re.escape, word_list("counted_titles"))) + ")")
_LEADING_ZERO = re.compile(r"(?<![\w.,/])0+(?=\d)")


def _other_years(names: set[str], other: set[str]) -> bool:
    """Both rows are dated and by other years: two facts, whatever names they share ("Năm 2024, Đảng ủy Khối bầu 3 …" /
    "Năm 2025, Đảng ủy Khối bầu 3 …")."""
    years, others = {n for n in names if _YEAR_WORD.fullmatch(n)}, {n for n in other if _YEAR_WORD.fullmatch(n)}
    return bool(years) and bool(others) and not years & others


# a year, or a numbered unit or period ("Tổ 1", "khu phố 3", "tháng 10"): not another figure of the sentence ("cho 22
# cơ sở đảng kết nạp …")
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a unit or a term a lower-case word tells from another of its kind ("nhiệm kỳ trước" / "nhiệm kỳ này", "thôn trên")
_TERM_NAME = re.compile(r"(?<!\w)(?:nhiệm kỳ|khóa|khoá|thôn|xóm)\s+(?P<word>[^\W\d_]+)", re.IGNORECASE)
_NUMBERED_NAME = re.compile(r"(?<!\w)(?:tổ dân phố|khu phố|tổ|thôn|xóm|ấp|bản|đội|khu|chi bộ|quý|tháng|lớp|phường|quận)"
                            r"\s+\d{1,3}(?![\d.,/])", re.IGNORECASE)
# a capitalised word inside a sentence (not its first word): a piece of a name
_NAME_WORD = re.compile(r"(?<=[^\W\d_]\s)[^\W\d_a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]\w*")


# a word before a row's first figure that says how near the figure is ("hơn 6.000 đảng viên", "trên 85%"), or the low
# end of a range of shares ("từ 22- 25%"): part of the value as written
_HEDGE_BEFORE = re.compile(r"(?<!\w)(?:hơn|trên|gần|khoảng|dưới|xấp xỉ|ngót|chưa đến|chưa tới|lên tới|tới|còn|từ"
                           r"|ít nhất|tối thiểu|tối đa|không quá|không dưới)\s+$",
                           re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?<![\d.,/])(?:từ\s+)?\d[\d.,]*\s*%?\s*[-–]\s*$", re.IGNORECASE)
# what may stand before the low end of a range of shares: a mark, "từ", a change, a share or a hedge ("tăng 5-7%")
_RANGE_CUE = re.compile(r"(?:^|[,;:(]|\b(?:từ|tăng|giảm|đạt|chiếm|bằng|khoảng|vượt|cao hơn|thấp hơn|tới|đến|là))\s*$",
                        re.IGNORECASE)
# the base a share or a change is measured against, right after it ("đạt 57,2% so dự toán", "đạt 31,1% kế hoạch",
# "tăng 13,8 tỷ đồng so với năm 2017"), up to a mark or the next clause
_BASE_AFTER = re.compile(r"\s*((?:so\s+(?:với\s+)?|(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)(?!\w))[^,;.…()\n:]{0,45})",
                         re.IGNORECASE)
# (and before the count a plan was met with, a figure of its own: "100% chỉ tiêu giao quân năm 2026 | với 47 công dân
# nhập ngũ"; not "so với 2024")
_BASE_CUT = re.compile(r"\s+(?:và|nhưng|tăng|giảm|đạt|vượt|trong đó|là|nên|thì)(?!\w)|(?<!so)\s+với\s+(?=\d)", re.IGNORECASE)
_MET_WITH = re.compile(r"(?<!\bso)\s+với\s*$", re.IGNORECASE)
# the low end of a range told in words before a row's first figure: "từ 1 đến | 2 đảng viên mới"
_RANGE_IN_WORDS = re.compile(r"(?<!\w)từ\s+\d[\d.,]*\s*%?\s+(?:đến|tới)\s+$", re.IGNORECASE)
# the open end of a bound opened by "từ", a few nouns on: "từ 60 triệu đồng/năm | trở lên", "từ 85% | chi bộ trở lên"
_OPEN_BOUND = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+trở\s+(?:lên|xuống)(?!\w)", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|vượt|bằng|đạt)(?:\s+(?:thêm|hơn|gần|khoảng|trên))?\s*$", re.IGNORECASE)


def _framed(text: str, row: FigureRow) -> str:
    """A row's value as the text frames it: with the hedge or the range before its first figure and the base after its
    last share or change ("hơn 6.000 đảng viên", "22- 25%", "gần 3,8 tỷ đồng, đạt 57,2% so dự toán")."""
    value = _hedged_and_based(text, row)
    if value.count("[") > value.count("]"):
        value += "]"  # "4.336/4.371 đảng viên [tỷ lệ 99,2%]": a clerk's square bracket closed as written
    return value


def _value_end(text: str, row: FigureRow, value: str) -> int | None:
    """Where the value ends in the text: after its last figure and the nouns it counts ("577 ngàn tấn")."""
    last = row.entities[-1]
    at = value.rfind(last.text)
    if at < 0:
        return None
    tail = value[at + len(last.text):].split()
    if not tail:
        return last.end
    told = re.match(r"\s*" + r"\s+".join(map(re.escape, tail)), text[last.end:last.end + 80])
    return last.end + told.end() if told else None


def _echoes(subject: str, value: str) -> bool:
    """The subject only repeats the value's noun ("Xã | 110 xã", "Thôn | 475/583 thôn")."""
    words = re.findall(r"[^\W\d_]+", subject.lower())
    own = set(re.findall(r"[^\W\d_]+", value.lower()))
    return bool(words) and all(w in own for w in words)


# after a list of what a figure counts, the clause's own predicate: "11/11 huyện, thị xã, thành phố | đã tổ chức thành
# công Đại hội", "475/583 thôn, làng | đã xây dựng nhà văn hóa"
# (the list's items are short nouns, the last one may carry an adjunct: "…, người lao động trong cơ quan | đạt …")
_LIST_THEN_PREDICATE = re.compile(r"(?:\s*,\s*(?!(?:trong|gồm|như|là|với|và|cùng|nhưng|song)\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?){1,4}?\s+((?:đã|đều|được|đang|có|đạt|chưa|"
                                  r"không|bị|hoàn thành|tham gia)\s[^,;.()\n\d]{4,70})")


def _subject_after_list(text: str, row: FigureRow) -> str:
    """The predicate after a list of nouns the row's figure counts, as a subject; "" when there is none."""
    end = _value_end(text, row, row.value) if row.entities else None
    found = _LIST_THEN_PREDICATE.match(text, end) if end is not None else None
    return _fit(_words(found.group(1), lead=False)) if found else ""


def _clause_head(analysis: Analysis, row: FigureRow, places: dict[int, tuple]) -> str:
    """For a subject that only repeats the value's noun: the words before the figure that name what has it ("Hiện tại
    Đồng Nai có | 170 đơn vị hành chính cấp xã"), else the nearest earlier stretch that names something ("170 đơn vị
    hành chính cấp xã, gồm | 40 phường"); "" when those too only repeat it."""
    place, local = _place(analysis, row.start, places)
    stretches = _stretches(place, local)
    own = stretches[0] if stretches and stretches[0][1] == local else None
    raw_own = place.text[own[0]:local] if own else ""
    for words in (_words(raw_own), _topic(place.text, stretches[1 if own else 0:], raw_own)):
        words = _fit(_unquoted(words))
        if _names(words) and not _echoes(words, row.value):
            return words
    return ""


def _hedged_and_based(text: str, row: FigureRow) -> str:
    value = row.value
    if not row.entities or not value:
        return value
    first, last = row.entities[0], row.entities[-1]
    if row.start == first.start and value.startswith(first.text):
        before = text[max(0, row.start - 20):row.start]
        hedge = _HEDGE_BEFORE.search(before)
        spread = _RANGE_BEFORE.search(before) if first.get("type") == "percent" else None
        low = row.start - len(before) + spread.start() if spread else 0
        if spread and not spread.group().lower().startswith("từ") and not _RANGE_CUE.search(text[max(0, low - 25):low]):
            spread = None  # "Quý 3 - 95% hộ dân …": a name's number and a dash, no range
        words = _RANGE_IN_WORDS.search(text, max(0, row.start - 30), row.start) if not spread else None
        if spread:
            value = re.sub(r"\s*([-–])\s*$", r"\1", " ".join(spread.group().split())) + value  # "từ 2-19%"
        elif words:
            value = f"{' '.join(words.group().split())} {value}"  # "từ 1 đến 2 đảng viên mới", not "2 đảng viên mới"
        elif hedge:
            value = f"{' '.join(hedge.group().split())} {value}"
    end = _value_end(text, row, value)
    if end is not None and value.lower().startswith("từ ") and not re.search(r"\s(?:đến|tới|lên|xuống)\s", value):
        # "từ 60 triệu đồng/năm trở lên", "từ 85% chi bộ trở lên": the open end of the bound, which "từ" alone lacks
        bound = _OPEN_BOUND.match(text, end, end + 40)
        if bound:
            value, end = f"{value} {' '.join(bound.group().split())}", None  # (no base told after the bound)
    if end is not None and (last.get("type") == "percent" or _CHANGE_BEFORE.search(
            text, max(0, last.start - 20), last.start)):
        base = _BASE_AFTER.match(text, end)
        if base:
            told = _BASE_CUT.split(base.group(1))[0]
            words = told.split()
            if told == base.group(1) and text[base.end():base.end() + 1].isalnum():
                words = words[:-1]  # the base's length limit fell inside a word
            words = words[:12]
            while words and words[-1].lower() in _DANGLING:
                words.pop()  # "… đề ra tại Nghị quyết số 03-NQ/TU của | Tỉnh ủy": not up to the word before its object
            if len(words) >= 2 or words and words[0].lower() in ("kh",):
                value = f"{value} {' '.join(words)}"
    return value


def _table_rows(analysis: Analysis, figures: list[Entity]) -> list[FigureRow]:
    """A line of a table written as text ("Ấp Bình Lợi<tab>48<tab>41<tab>85,4%") is one fact: the row's label is its
    subject, its numbers named by the header's columns its value ("đoàn viên 48, tham gia 41, tỷ lệ 85,4%")."""
    from ..core.quantities.tables import row_cells

    text, lines = analysis.text, analysis.lines
    found: list[FigureRow] = []
    done: set[int] = set()
    for entity in figures:
        line = _line_at(analysis, entity.start)
        if line is None or line.index in done:
            continue
        done.add(line.index)
        cells = row_cells(text[line.start:line.end])
        label = 1 if cells and re.fullmatch(r"\d{1,3}\.?", cells[0][2]) else 0  # after an STT column
        if len(cells) < 3 + label or not re.search(r"[^\W\d_]", cells[label][2]):
            continue
        header = None
        for earlier in reversed(lines[:line.index]):
            above = row_cells(text[earlier.start:earlier.end])
            if len(above) != len(cells):
                break
            if not any(re.search(r"\d", c[2]) for c in above[label + 1:]):
                header = above
                break
        if header is None:
            continue
        value = ", ".join(f"{_lower_first(name[2])} {cell[2]}" for name, cell in zip(header[label + 1:], cells[label + 1:])
                          if re.search(r"\d", cell[2]))
        inside = tuple(e for e in figures if line.start <= e.start < line.end)
        found.append(FigureRow(cells[label][2], value, inside, line.start + cells[label + 1][0], line.end))
    return found


def _lower_first(name: str) -> str:
    """A column's name inside a sentence: "Tham gia" → "tham gia", not "THCS" → "tHCS"."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


_BALLOT_KINDS = ("issued", "collected", "valid", "invalid")


def _ballot_rows(analysis: Analysis, counts: list) -> list[FigureRow]:
    """The ballots of the first count of a vote by ballot ("số phiếu phát ra 20, hợp lệ 19"): one row, each count with
    the words that say which it is (they replace a figure row of the bare number, "20 phiếu"). One count is one
    fact: a row per kind told "Kiểm phiếu | thu về: 26" without its base and took three or four of the ten rows of
    an election's minutes, leaving out the facts of the meeting."""
    if not counts:
        return []
    text = analysis.text
    between = text[counts[0].start:counts[-1].end]
    if len(between) <= 200 and not re.search(r"\n|[.!?](?:\s|$)", between):
        value = " ".join(between.split())  # one sentence: as written ("phát ra 26 phiếu, thu về 26 phiếu, …")
    else:
        value = "; ".join(" ".join(text[count.start:count.end].split()) for count in counts)
    return [FigureRow("Kiểm phiếu", value[:1].upper() + value[1:], (), counts[0].start, counts[-1].end)]


def _told_elsewhere(analysis: Analysis) -> list[tuple[int, int]]:
    """Attendance counts and votes have their own sections: not figure rows again; nor a target's
    level and result, told in the target table; nor the điểm cầu of an online meeting, told with its form."""
    structure = analysis.structure
    spans = [(d.start, d.end) for d in structure.decisions]
    points = structure.meeting.points if structure.meeting is not None else None
    if points is not None and points.end > points.start:
        spans.append((points.start, points.end))
    if structure.targets:  # every layout shows the targets in their own table
        places: dict[int, tuple] = {}
        text = analysis.text
        for target in structure.targets:
            levels = {v for v in (target.target, target.result) if v is not None}
            inside = [e for e in analysis.entities if e.kind == "figure" and target.start <= e.start < target.end]
            told = [e for e in inside if _printed(e) in levels]
            shares: set[int] = set()
            if inside and target.result is not None and target.target is not None:
                # the share of its result the text states ("đạt 103,6% dự toán"), as the layer ties them, else the
                # share cued right after its figures in the clause
                relations, offset = _relations_at(analysis, inside[0], places)
                levels_at = {e.start - offset for e in told}
                shares = {r.share.start + offset for r in relations if r.share is not None
                          and r.kind in ("result-vs-plan", "share-of")
                          and {r.whole.start, *(p.start for p in r.parts)} & levels_at}
                last = (told or [e for e in inside if e.get("type") != "percent"][:1] or [None])[-1]
                if not shares and last is not None:
                    shares = {e.start for e in inside if e.get("type") == "percent" and e.start > last.end
                              and not re.search(r"[;\n]", text[last.end:e.start])
                              and _SHARE_CUE.search(text, max(0, e.start - 20), e.start)}
            if "\t" in text[target.start:target.end] or text[target.start:target.end].count(" | ") >= 2:
                spans += [(e.start, e.end) for e in inside]  # a row of a target table: the whole row is the table's
                continue
            if shares and told:
                continue  # one fact with its amount, plan and share: a row ("24.863 triệu đồng, đạt 103,6% dự toán")
            spans += [(e.start, e.end) for e in told]  # else its levels are told in the table, and a share left
            spans += [(e.start, e.end) for e in inside if e.start in shares]  # without them is told there too
    # what an assigned task sets out to do ("Phòng Kinh tế tham mưu … chuyển đổi 120 ha đất lúa …", "Đoàn Thanh niên duy trì tổ
    # công nghệ số tại 12 khu phố"): told with the task, in its own section, no fact of the period
    spans += [(t.text.start, t.text.end) for t in structure.tasks
              if t.owner is not None and t.text is not None and 0 < t.text.end - t.text.start <= 250]
    attendance = structure.attendance
    if attendance is not None and structure.genre in ATTENDANCE_SHOWN:
        lines = set()
        for item in (attendance.total, attendance.official, attendance.probationary, attendance.present,
                     attendance.absent):
            if item is not None and item.end > item.start:
                spans.append((item.start, item.end))
                lines.add(_line_at(analysis, item.start))
        # the other people counts of a biên bản's attendance lines (the present's "17 chính thức, 3 dự bị", the
        # absent's "01 đồng chí chính thức") belong to its block, told there with names and reasons; a news
        # paragraph is no such line ("Chi bộ hiện có 35 đảng viên, … Buổi sinh hoạt có 32 đồng chí tham dự")
        if structure.genre == "bien_ban":
            spans += [(e.start, e.end) for e in analysis.entities if e.kind == "figure" and e.get("type") == "count"
                      and _line_at(analysis, e.start) in lines and _PEOPLE.match(e.get("unit") or "")]
        # the absent count the attendance line tells ("vắng 1") where the reader took it from the present and the
        # total: "Vắng | 01 đại biểu" was a row besides "Thành phần: có mặt 24/25, vắng 1" (a news item; a
        # resolution's layout, with no figure rows, says the attendance once too)
        absent = attendance.absent.value if attendance.absent is not None else None
        text = analysis.text
        spans += [(e.start, e.end) for e in analysis.entities if e.kind == "figure" and e.get("type") == "count"
                  and absent is not None and _printed(e) == absent and _PEOPLE.match(e.get("unit") or "")
                  and told_absent(text, e.start)]
    # a task is told in the task table: its "1.150 ha lúa", "04 hộ" are what was planned, not facts of the period
    spans += [(task.text.start, task.text.end) for task in structure.tasks]
    return spans


def _printed(entity: Entity) -> float | None:
    """The number as printed ("41,2" of "41,2 tỷ đồng", whose value is 41.2e9)."""
    from ..core.numbers import parse_number

    match = re.match(r"\d[\d.,]*", entity.text)
    number = parse_number(match[0].rstrip(".,")) if match else None
    return number.value if number else None


def _group(analysis: Analysis, figures: list[Entity], places: dict[int, tuple]) -> list[FigureRow]:
    """Figures of one fact make one row: "312/326 đảng viên, đạt 95,71%", a share the quantity layer ties to its
    amount ("36/38 chi bộ …, chiếm 94,7%"), a change and the figure it is compared with ("21 vụ (giảm 4 vụ, … so với
    cùng kỳ năm 2024 là 25 vụ)")."""
    text = analysis.text
    rows: list[FigureRow] = []
    group: list[Entity] = []
    told_apart: set[int] = set()  # members joined from afar: told after a comma with their cue, not verbatim

    def single(e: Entity) -> FigureRow:
        stop = _noun_end(analysis, e, places)
        return FigureRow("", _value_text(text, e.start, stop), (e,), e.start, e.end, stop)

    def close() -> None:
        if not group:
            return
        start, end = group[0].start, group[-1].end
        if len(group) == 1 and not (group[0].get("type") == "percent"
                                    and _BARE_BEFORE.search(text, max(0, start - 25), start)):
            rows.append(FigureRow("", "", tuple(group), start, end))  # its words are read if it is chosen (_worded)
            group.clear()
            return
        stop = _noun_end(analysis, group[-1], places)
        pieces, at = [], start
        words_at = stop  # where the words after the row's first fact start, when they say what it counts
        for i, e in enumerate(group[1:], 1):
            if i in told_apart:
                piece_end = _noun_end(analysis, group[i - 1], places)
                closing = re.match(r"[^()]{0,40}\)", text[piece_end:e.start])
                if closing and text[at:piece_end].count("(") > text[at:piece_end].count(")"):
                    piece_end += closing.end()  # "59/97 xã (chiếm 60,8% tổng số xã)": its bracket closed
                pieces.append(text[at:piece_end])
                words_at = min(words_at, piece_end)
                cue = _APART_CUE.search(text, group[i - 1].end, e.start)
                at = cue.start() if cue else e.start
                if not cue:
                    pieces[-1] += " ("  # "112/140 hộ … (80%)": the share in its bracket
        pieces.append(text[at:stop])
        value = ", ".join(" ".join(piece.split()).strip(" ,;") for piece in pieces).replace("(, ", "(")
        counted = _BARE_BEFORE.search(text, max(0, start - 25), start) if group[0].get("type") == "percent" else None
        if counted and _counted_at(analysis, counted.start(1), places):
            start = counted.start(1)  # "đảng viên 187 (59,9%)", "Phạm Quang Huy 88 (96,7%)": the count the share is of
            value = text[start:group[0].start] + value
        if len(value) > 110 or "\n" in text[start:end]:
            rows.extend(single(e) for e in group)
        else:
            if value.count("(") > value.count(")"):
                value += ")"
            elif value.count(")") > value.count("("):  # "98%), trong đó có 20%": the bracket closed before it
                value = value.replace(")", "", value.count(")") - value.count("("))
            rows.append(FigureRow("", _value_text(text, start, stop, value), tuple(group), start, end, words_at))
        group.clear()
        told_apart.clear()

    for entity in figures:
        if group:
            between = text[group[-1].end:entity.start]
            base = re.fullmatch(r"[^;.\n()]{0,30}\(\s*(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu)[^;.\n()]{0,25}", between)
            # "64,8 tỷ đồng/60 tỷ đồng dự toán, vượt 8%": a result over its plan, and the share after it, are one fact
            pair = between.strip() == "/" or (
                entity.get("type") == "percent" and len(group) >= 2 and len(between) <= 30
                and text[group[-2].end:group[-1].start].strip() == "/" and not re.search(r"[;.\n]", between))
            near = base is not None or pair or _told_with(text, group[-1], entity, between) or not (
                len(between) > 40 or re.search(r"[;.\n()]|\btrong\s+đó\b|\bgồm\b|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán", between)
                or entity.get("type") not in ("percent",)) and _said_of_it(_said(analysis, group, entity, places)) \
                and not _two_changes(analysis, group[-1], entity, _said(analysis, group, entity, places), places)
            # (not the count a share of the plan was met with: "100% kế hoạch với 36 triệu đồng" is two facts, the
            # count a row of its own, as _BASE_CUT ends the share's base before it)
            how = None if group[-1].get("type") == "percent" and _MET_WITH.search(between) else \
                "near" if near else _joins(analysis, group, entity, between, places)
            if how is None:
                close()
            elif how == "apart":
                told_apart.add(len(group))
        group.append(entity)
    close()
    return rows


def _two_changes(analysis: Analysis, previous: Entity, entity: Entity, said: str, places: dict[int, tuple]) -> bool:
    """Two changes with a name between them are two facts: "công nghiệp giảm 0,89%, khu vực dịch vụ tăng 5,51%"."""
    if not _names(said):
        return False
    first, second = _quantity(analysis, previous, places), _quantity(analysis, entity, places)
    return bool(first and second and first.modifier == second.modifier == "change")


def _said_of_it(said: str) -> bool:
    """The words between a figure and a share after it name no other thing: a few words, or a clause closed by a
    comma ("… hoàn thành tốt nhiệm vụ, chiếm"), or the share's own name ("…, tỷ lệ nợ quá hạn"); not "…, vốn đầu tư
    toàn xã hội tăng 8,5%"."""
    return len(re.findall(r"[^\W\d_]+", said)) <= 4 or bool(re.search(r"(?:,|\bvà)\s*$", said)) \
        or bool(re.match(r"\s*,\s*(?:tỷ|tỉ)\s+lệ\b", said))


def _changed(analysis: Analysis, group: list[Entity], places: dict[int, tuple]) -> bool:
    """The group holds a change ("giảm 4 vụ", "bằng 103,8%"): a figure it is compared with may follow."""
    text = analysis.text
    for previous, entity in zip(group, group[1:]):
        quantity = _quantity(analysis, entity, places)
        before = text[previous.end:entity.start]
        if quantity and (_is_change(quantity, before) or quantity.kind == "percent"
                         and re.search(r"\b(?:bằng|tăng|giảm)\s*$", before)):
            return True
    first = _quantity(analysis, group[0], places)
    before = text[max(0, group[0].start - 30):group[0].start]
    return bool(first and (_is_change(first, before) or first.kind == "percent"
                           and re.search(r"\b(?:bằng|tăng|giảm)\s*$", before)))


def _worded(analysis: Analysis, row: FigureRow, places: dict[int, tuple]) -> FigureRow:
    """A row of one figure with its value's words, as written up to the end of the nouns it counts."""
    if row.value or not row.entities:
        return row
    stop = _noun_end(analysis, row.entities[0], places)
    return replace(row, value=_value_text(analysis.text, row.start, stop), stop=stop)


_BARE_BEFORE = re.compile(r"(?<![\d.,/])(\d[\d.]*)\s*\(\s*$")
_SQUARE = re.compile(r"(?<=m)[2²3³](?![\w\d])")


def _value_text(text: str, start: int, stop: int, value: str | None = None) -> str:
    """The value as written, with a rate after it ("54,6 tạ/ha", "60 triệu đồng/hộ")."""
    value = " ".join((text[start:stop] if value is None else value).split())
    square = _SQUARE.match(text, stop) if value.endswith("m") else None
    if square:  # "1.260 m2 đất", "33,75 km2": the power the figure reader leaves off its unit
        value, stop = value + square.group(), square.end()
    rate = _RATE.match(text, stop)
    return value + rate[0] if rate and not value.endswith(")") else value


def _quantity(analysis: Analysis, entity: Entity, places: dict[int, tuple]):
    """The quantity layer's reading of a figure (None when the layer reads it as no quantity)."""
    return _quantity_at(analysis, entity.start, places)


def _counted_at(analysis: Analysis, start: int, places: dict[int, tuple]) -> bool:
    """The number at ``start`` is a quantity or a bare count the layer does not set aside as a date, a year, an
    ordinal or an identifier ("Phạm Quang Huy 88 (96,7%)")."""
    if _quantity_at(analysis, start, places) is not None:
        return True
    paragraph = analysis.paragraph_at(start)
    local = start - paragraph.start
    return not any(n.start <= local < n.end for n in places[paragraph.start][2].not_quantities)


def _quantity_at(analysis: Analysis, start: int, places: dict[int, tuple]):
    paragraph = analysis.paragraph_at(start)
    read = places.get(paragraph.start)
    if read is None:
        read = places[paragraph.start] = _read_paragraph(analysis, paragraph)
    local = start - paragraph.start
    return next((q for q in read[2].quantities if q.start == local), None)


def _relations_at(analysis: Analysis, entity: Entity, places: dict[int, tuple]):
    paragraph = analysis.paragraph_at(entity.start)
    if paragraph.start not in places:
        _quantity(analysis, entity, places)
    return places[paragraph.start][2].relations, paragraph.start


def _joins(analysis: Analysis, group: list[Entity], entity: Entity, between: str,
           places: dict[int, tuple]) -> str | None:
    """How a figure further on joins the fact of the group before it in the same sentence, as the quantity layer reads
    them: "apart" for a share of a group's figure told after other words ("36/38 chi bộ … hoàn thành tốt nhiệm vụ,
    chiếm 94,7%"), "near" for a change of the same thing ("21 vụ (giảm 4 vụ") and for the figure a change is measured
    against ("so với quý II (58.125 lượt)", "(năm 2024: 1.035 người)"); None when it is another fact."""
    if "\n" in between or ";" in between or re.search(r"[.!?](?:\s|$)", between):
        return None
    if entity.get("type") != "percent" and len(between) > 50:
        return None  # only a share is joined from afar: another fact, no need to read the layer
    bracket = re.search(r"[()]", analysis.text[group[0].start:entity.start])
    if bracket and bracket.group() == ")":
        return None  # the group stands in a bracket that closes before it: "quý II (6,17%) … so với quý I (5,15%)"
    quantity = _quantity(analysis, entity, places)
    if quantity is None:
        return None
    relations, offset = _relations_at(analysis, entity, places)
    members = {e.start - offset for e in group}
    layer = places[analysis.paragraph_at(entity.start).start][2]
    if len(between) <= 40 and any(r.kind == "result-vs-plan" and quantity.start in {r.whole.start, *(p.start for p in r.parts)}
                                  and members & {r.whole.start, *(p.start for p in r.parts)} for r in relations):
        return "near"  # a plan and its result: "chỉ tiêu 25 hộ, đã giúp 25 hộ", "đạt 112,5% chỉ tiêu (08 đảng viên)"
    for r in relations:
        if quantity.kind != "percent" or len(between) > 120 or r.kind not in ("share-of", "result-vs-plan") or \
                r.share is None or r.share.start != quantity.start or \
                not ({p.start for p in r.parts} or {r.whole.start}) & members:
            continue
        own = {r.whole.start, *(p.start for p in r.parts)}
        if any(group[-1].end - offset <= q.start < quantity.start and q.start not in own for q in layer.quantities) \
                or any(group[-1].end - offset <= n.start < quantity.start and n.reason == "ordinal or identifier"
                       for n in layer.not_quantities):
            continue  # another number between them: "(14 chi hội): vững mạnh 8 (57,1%)", the share is of the 8
        return "near" if len(between) <= 40 else "apart"  # the share of a member ("(chỉ tiêu 12), đạt 116,7%")
    first = _quantity(analysis, group[0], places)
    changed = _changed(analysis, group, places)
    points = first is not None and first.kind == "percent" and (quantity.unit or "").startswith("điểm")
    if first is None or len(between) > 50 or not (first.compatible(quantity) or first.kind == "percent" and changed
                                                  or points):  # "93,4%, tăng 2,1 điểm phần trăm"
        return None  # a change in percent may be measured against an amount ("bằng 103,8% so cùng kỳ (10,86 tỷ đồng)")
    if _is_change(quantity, between):  # "(giảm 4 vụ", "1.120 người, cao hơn năm 2024 là 85 người"
        if _PART_BEFORE.search(analysis.text, max(0, group[0].start - 60), group[0].start) and \
                _other_head(first, quantity):
            return None  # "còn 58 đơn vị, gồm 41 xã và 17 phường, giảm 97 đơn vị": the change of the whole, not a part's
        said = _said(analysis, group, entity, places)
        if _two_changes(analysis, group[-1], entity, said, places):
            return None  # "giá trị sản xuất tăng 7,2%, thu ngân sách tăng 9,5%": each its own thing's change
        if len(re.findall(r"[^\W\d_]+", said)) <= 3:
            return "near"
        # after other words, only the change of the same thing: "xã (…) đạt tiêu chí giao thông, tăng 58 xã"; not a
        # change of another thing told in between ("…, tổng vốn đầu tư toàn xã hội tăng 13,5%")
        return "apart" if re.search(r"(?:,|\bvà)\s*$", said) else None
    if quantity.modifier is None and (changed or re.search(r"\bso(?:\s+với)?\b|cùng kỳ", between)) and \
            re.search(r"(?:\(|:|\blà)\s*[^\d();:]{0,25}$", between) and _alike(first, quantity):
        return "near"  # "… so với cùng kỳ năm 2024 là 25 vụ", "(năm 2024: 1.035 người)"
    return None


def _other_head(first, other) -> bool:
    """Two counts of differently named things ("17 phường", "97 đơn vị hành chính"); False when either is unnamed."""
    if first.kind != "count" or other.kind != "count" or not first.unit or not other.unit:
        return False
    heads = head_of(first.unit)[0] or first.unit.split()[0], head_of(other.unit)[0] or other.unit.split()[0]
    return heads[0].lower() != heads[1].lower()


def _said(analysis: Analysis, group: list[Entity], entity: Entity, places: dict[int, tuple]) -> str:
    """The words between a group's last figure, past the nouns it counts, and the cue of the figure that follows
    ("14 vụ phạm pháp hình sự | (| giảm 3 vụ")."""
    text = analysis.text
    at = max(group[-1].end, _noun_end(analysis, group[-1], places))
    between = text[at:entity.start] if at <= entity.start else text[group[-1].end:entity.start]
    cue = _APART_CUE.search(between)
    return between[:cue.start()] if cue else between


def _alike(first, other) -> bool:
    """Two amounts of one thing at two times are of one size: not "350.000 đồng/hội viên" against "41,6 triệu đồng"."""
    if first.kind != other.kind or first.kind == "percent" or first.modifier == "change" or not first.value \
            or not other.value:  # a change ("tăng 4.215 lượt") is compared with a figure of any size
        return True
    return 0.2 <= other.value / first.value <= 5


def _is_change(quantity, between: str) -> bool:
    """The quantity layer reads the figure as a change ("giảm 4 vụ"), or a comparison says it is one ("cao hơn năm
    2024 là 85 người")."""
    return quantity.modifier == "change" or bool(_COMPARED.search(between))


# the words that tell a figure joined from afar: a share, a change or a comparison ("…, chiếm 94,7%", "…, tăng 74 xã")
_APART_CUE = re.compile(r"(?:(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ)(?:\s+(?:trên|dưới|khoảng|gần|hơn))?|(?:tăng|giảm)(?:\s+thêm)?"
                        r"|(?:cao|thấp|nhiều|ít)\s+hơn\b[^,;()]{0,40}?\blà)\s*$", re.IGNORECASE)
_COMPARED = re.compile(r"(?:cao|thấp|nhiều|ít)\s+hơn\b[^,;()]{0,40}?\blà\s*$", re.IGNORECASE)


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
    if previous.get("type") == "percent" and entity.get("type") == "ratio" and re.fullmatch(r"\s*\(\s*", between):
        return True  # "đạt 99,99% (57.460/57.465 cử tri)": the count the share is of, in its bracket
    if entity.get("type") == "percent" and previous.get("type") in ("count", "ratio", "money") and \
            _SHARE_IN_BRACKET.fullmatch(between) and re.match(r"\s*\)", text[entity.end:]):
        return True  # "30/31 phiếu (96,77%)": the share of the count before it, alone in its bracket
    unit, own = (previous.get("unit") or "").lower(), (entity.get("unit") or "").lower()
    if previous.get("type") == entity.get("type") == "count" and unit and own and unit.split()[0] == own.split()[0]:
        rest = between.lstrip()
        return rest.lower().startswith(unit) and bool(_COUNT_CHANGE.fullmatch(rest[len(unit):]))
    return False


def _noun_end(analysis: Analysis, entity: Entity, places: dict[int, tuple]) -> int:
    """Where the words of a figure's value end: after the nouns it counts as the quantity layer reads them, on to the
    end of the phrase when the layer stops short of it ("06 đối tượng tàng trữ trái phép chất ma túy", "02 dự án vướng
    giải phóng mặt bằng"), and back to the first word that ends a noun phrase: a verb ("6.000 đảng viên | bị kỷ
    luật"), an adjunct or a connective ("12 nhà ở | cho hộ nghèo", "12 luật | gồm"), a quote, a name or a number
    ("18 học sinh | lớp 8A"); after its head noun when the phrase cannot be told ("26 chi bộ")."""
    text = analysis.text
    if entity.get("type") == "money" and _SCALE_END.search(entity.text) and not _CURRENCY_AFTER.match(text, entity.end):
        # "13,54 triệu tấn", "hơn 3,153 triệu người": a count in millions the figure reader took for money, with its noun
        more = re.match(r"[^,;:.()\n\d]{0,40}", text[entity.end:])[0]
        stop = _noun_stop(text, entity.end, entity.end + len(more))
        noun = text[entity.end:stop.start() if stop else entity.end + len(more)].split()[:3]
        return text.find(noun[-1], entity.end) + len(noun[-1]) if noun else entity.end
    if entity.get("type") not in ("count", "ratio"):
        return entity.end
    quantity = _quantity(analysis, entity, places)
    paragraph = analysis.paragraph_at(entity.start)
    read = places[paragraph.start]
    local = entity.start - paragraph.start
    heads, unit_ends = read[5], read[6]
    if quantity is None or local not in unit_ends:
        return _unit_end(text, entity)
    end = paragraph.start + unit_ends[local]
    head = min(paragraph.start + heads.get(local, unit_ends[local]), end)
    if end <= entity.end:
        return end
    words = [(paragraph.start + w.start, paragraph.start + w.end) for w in read[1].words]
    if text[entity.end:end].strip()[:1].isupper():  # a title or a name counted: "2 Anh hùng LLVTND", "3 Nghị quyết"
        end = _unit_end(text, entity)
        stop = _noun_stop(text, entity.end + len(text[entity.end:end].split(" ", 2)[1]) + 1, end, words) \
            if len(text[entity.end:end].split()) > 1 else None
        return stop.start() if stop else end  # "11 Đảng viên | bị xử lý"
    end = next((b for a, b in words if a < end < b), end)  # never inside a word: "12 nhà ở", not "12 nhà | ở"
    whole = bool(_PHRASE_ENDS.match(text, end)) or len(quantity.unit.split()) < 2  # "62,58 tạ/ha": a measure ends it
    if not whole:
        more = re.match(r"[^,;:.()\n]*", text[end:end + 60])[0]
        stop = _noun_stop(text, end, end + len(more), words)
        more = more[:stop.start() - end] if stop else more
        if len(more.split()) <= 5 and not (stop and not stop.group().strip()[:1].isalpha()) and not _dangles(more):
            end, whole = end + len(more.rstrip()), True  # not when a number, a name or a quote cuts it
    breaks = [paragraph.start + n.start for n in read[2].not_quantities]
    stop = _noun_stop(text, head, end, words, breaks)
    if stop and text[stop.end():stop.end() + 1].isupper() and _TITLE_ENDS.match(text, end) \
            and len(text[stop.end():end].split()) <= 6 and not _NOUN_STOP_WORD.search(text, stop.end(), end) \
            and not any(stop.end() < b < end for b in breaks):
        return end  # "01 chi bộ bầu khuyết Bí thư, 01 chi bộ bầu khuyết Phó Bí thư": a title that ends the layer's noun
    if stop:
        cut = max(head, stop.start())
        return head if _dangles(text[head:cut]) else cut  # "01 cuộc lùi sang | quý IV": the noun alone
    return end if whole and len(text[entity.end:end].split()) <= 9 else head


_TITLE_ENDS = re.compile(r"\s*(?:$|[,;.)\n])")
# words that open what follows them: a value's words never end on one (resources/figure_dangling_words.txt)
_DANGLING = frozenset(word.lower() for word in word_list("figure_dangling_words"))


def _dangles(words: str) -> bool:
    """The words end on one that opens what follows it ("cuộc lùi sang"): they were cut before its object."""
    last = words.split()[-1:]
    return bool(last) and last[0].lower() in _DANGLING
_SCALE_END = re.compile(r"(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)$")
_CURRENCY_AFTER = re.compile(r"\s*(?:đồng|đ\b|USD|usd|\$|euro|EUR)", re.IGNORECASE)


def _unit_end(text: str, entity: Entity) -> int:
    """After the first words of the figure reader's unit, when the layer reads no quantity ("120 ngày công")."""
    unit = entity.get("unit") or ""
    if not unit or not text[entity.end:entity.end + len(unit) + 1].strip().startswith(unit.split()[0]):
        return entity.end
    words = unit.split()[:4]
    named = next((i for i, w in enumerate(words) if i and w[:1].isupper()), None)
    added = " ".join(words[:named])
    at = text.find(added, entity.end, entity.end + len(added) + 3)
    return at + len(added) if at >= 0 else entity.end


# the first word after the counted noun that is no part of its phrase: a predicate, an adjunct or a connective, a
# quote, a name or a number
_NOUN_STOP_WORD = re.compile(r"\s*(?:[\"“”'/]|\s(?=\d)|(?<!\w)(?:"
                             + "|".join(map(re.escape, _longest_first(word_list("figure_noun_stops"))))
                             + r")(?!\w))", re.IGNORECASE)
# a name: a capital and a small letter ("Đảng", "Ban Chấp hành"); not an acronym of the phrase ("hộ SXKD giỏi")
_NOUN_STOP_NAME = re.compile(r"\s(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])")


def _noun_stop(text: str, pos: int, endpos: int, words: list[tuple[int, int]] = (), breaks: list[int] = ()):
    """The earliest of a stop word, a quote, a "/", a number and a name between ``pos`` and ``endpos``; a stop word
    only where a word of the paragraph's reading starts, not inside another ("chuẩn bị", "thiết bị")."""
    found = []
    for match in _NOUN_STOP_WORD.finditer(text, pos, endpos):
        word = match.group().lstrip()
        at = match.end() - len(word)
        if not word[:1].isalpha() or not any(a < at < b for a, b in words):
            found.append(match)
            break
    name = _NOUN_STOP_NAME.search(text, pos, endpos)
    found += [name] if name else []
    # a date, a period or an ordinal the layer reads in the phrase: "05 nhiệm vụ trọng tâm | quý IV"
    at = min((b for b in breaks if pos < b < endpos), default=None)
    if at is not None:
        found.append(re.compile(r"\s*").match(text, text.rfind(" ", pos, at) if text.rfind(" ", pos, at) >= 0 else at))
    return min(found, key=lambda m: m.start()) if found else None


# where a noun phrase ends: a mark, the end, or an adjunct ("… giải phóng mặt bằng | tại phường …")
_PHRASE_ENDS = re.compile(r"\s*(?:$|[,;:.()\n%]|(?<!\w)(?:với|tại|theo|so với|nhằm|để|vào|do|vì|từ|đến|trong|và|cho|của|"
                          r"đạt|chiếm|bằng|tăng|giảm|được|bị|là)(?!\w))", re.IGNORECASE)


# the rate after a figure's unit; "/vạn dân", "/1.000 dân", "/100.000 dân" are the health statistics' bases ("31,5
# giường/vạn dân" was cut to "31,5 giường")
_RATE = re.compile(r"(?:/\s?(?:ha|hộ|người|năm|tháng|ngày|km|m2|m²|lượt|suất|con|tấn|xã|thôn|kg|lít|"
                   r"(?:vạn|nghìn|ngàn|\d{1,3}(?:\.\d{3})+)\s(?:dân|người|trẻ)))+(?![\w/])")
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
# ("Thảo luận tại hội nghị, nhiều ý kiến đề nghị …", "Tại hội nghị, một số đại biểu kiến nghị …": the speakers after
# the clause that sets the scene; not "Các đại biểu thống nhất đề xuất kinh phí 1,2 tỷ đồng", the meeting's own decision)
_SPEAKER_ASKS = re.compile(r"\s*(?:[-+•–]\s*)?(?:(?i:thảo luận|tại hội nghị|tại buổi|tại cuộc họp)[^,.;:\n]{0,40},\s*)?"
                           r"(?:[Đđ]ại diện|[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/c|[Ýý] kiến (?:của )?|"
                           r"(?i:(?:nhiều|một số|các|có)\s+(?:ý kiến|đại biểu|đảng viên)\s)(?![^.;:\n]{0,30}?\b(?i:thống nhất|nhất trí)\b))"
                           r"[^.;:\n]{0,90}?(?::\s*)?\b(?:đề nghị|đề xuất|kiến nghị)\b")  # "Đồng chí A: đề nghị …"
# a speaker's own points ("Đ/c A nêu 05 ý kiến về …"): the meeting's routine, however the points are about
_POINTS_RAISED = re.compile(r"\b(?:nêu|nêu lên|phát biểu|trình bày)\s+$", re.IGNORECASE)
_PER_BEFORE = re.compile(r"(?<!\w)(?:trên|mỗi|giá)\s+$", re.IGNORECASE)
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
                     r"|[^,]{0,60}\bcho biết(?:\s*,|\s+rằng)?\s*|so với[^,]{0,40},\s*"
                     r"|(?:được biết|cùng với đó|hàng năm|hằng năm|hiện nay|kết quả|bên cạnh đó|đặc biệt|ngoài ra|cụ thể|nhờ vậy|nhờ đó|do đó|"
                     r"vì vậy|như vậy|dịp này|nhìn chung|lần đầu tiên|đến nay|tới nay|tại [^,]{1,40}|"
                     r"tuy nhiên|tuy vậy|song|mặt khác|đồng thời|trong khi đó|ngược lại|bên cạnh đó)\s*(?:,\s*|$))",
                     re.IGNORECASE)
# a time at the head of a stretch, without a comma: "Trong nhiệm kỳ Đảng bộ …", "tính đến ngày 30/6/2024 tổng thu …"
_TIME_HEAD = re.compile(r"^\s*(?:trong (?:nhiệm kỳ|năm|quý|tháng|kỳ)|hiện nay|hiện tại|lần đầu tiên|đến nay|"
                        r"(?:nhiệm kỳ|giai đoạn)\s+\(?\d{4}\s*[-–]\s*\d{4}\)?|"
                        r"(?:sáng|chiều|tối|trưa)(?:\s+(?:nay|qua|mai))?(?:\s+(?:ngày\s+)?\d[\d/.\-]*)?|"
                        r"(?:tính đến |đến |tính từ |từ |trong )?(?:ngày|tháng|năm|quý)\s+\d[\d/.\-]*(?:\s+năm\s+\d{4})?)"
                        r"(?:\s+|\s*$)",
                        re.IGNORECASE)
# a subordinate clause the figure stands in, with no comma before it: "Sau (khi) sáp nhập 3 văn phòng, …", "Trước khi
# triển khai 5 mô hình, …": the act names what the figure counts, the conjunction (and a bare "thực hiện") does not
_CLAUSE_OPENING = re.compile(r"^\s*(?:sau khi|trước khi|sau|trước|khi)\s+(?!(?:đó|này|khi|năm|tháng|ngày|quý|tuần|gần|hơn|"
                             r"khoảng|nhiều|hết|cùng|và|hoặc|hạn|thời hạn)\b)(?=[^\W\d])(?:(?:thực hiện|tiến hành)\s+(?=\S+\s+\S))?",
                             re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:và|hoặc|trở lên|trở xuống|trong đó|trong số|gồm|có(?!\s+mặt)|là|đạt|được|với|còn|tổng cộng|hiện|đã|của)"
                      r"(?:\s+|$))+", re.IGNORECASE)
# (not the predicate of a negation: "chưa đạt", "không đạt" keep their verb, a bare "chưa" says nothing)
_TRAILING = re.compile(r"(?<!\bchưa)(?<!\bkhông)(?<!\bchẳng)(?:\s+|^)(?:đạt|là|được|có|với|gồm|bằng|chiếm|còn|vẫn|giảm còn|(?<!trở )lên|=|trên|dưới|hơn|"
                       r"khoảng|gần|ước|tới|lên tới|chỉ|đã|từ|mức|ở mức|đạt mức|tổng cộng|so với|so|của|cho|và|"
                       r"không quá|ít nhất|tối đa|tối thiểu|không dưới|"
                       r"trong đó|ước đạt|ước tính|lần đầu tiên|hiện nay|đến nay|đối với|trong|sẽ|"
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


def _entity_starts(analysis: Analysis) -> list[int] | None:
    """The starts of the analysis's entities when they are in order (for bisection), kept for the last analysis
    read (one slot: a summary reads one analysis); None when they are not in order."""
    kept, starts = _ENTITY_STARTS[0]
    if kept is None or kept() is not analysis:
        starts = [e.start for e in analysis.entities]
        starts = starts if starts == sorted(starts) else None
        _ENTITY_STARTS[0] = (weakref.ref(analysis), starts)  # not kept alive by this cache
    return starts


_ENTITY_STARTS: list = [(None, None)]


def _read_paragraph(analysis: Analysis, paragraph) -> tuple:
    """A paragraph's reading, quantity layer, numbers (with the nouns they count), other numbers and head ends."""
    from ..core.quantities import layer_of, number_tokens
    from ..core.reading import Reading

    text = paragraph.text
    reading = Reading(text)
    index = _entity_starts(analysis)  # in order: found by bisection (else a scan of them all)
    first = bisect_left(index, paragraph.start) if index else 0
    entities = []
    for e in analysis.entities[first:]:
        if first and e.start >= paragraph.end:
            break
        if paragraph.start <= e.start and e.end <= paragraph.end:
            entities.append(e.shifted(-paragraph.start))
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
    inside = lo  # the end of the number being passed: its decimal comma ("95,7%") is no comma after it
    for i in range(lo, end):
        while next_number < len(numbers_seen) and numbers_seen[next_number][0] <= i:
            number_since, next_number = True, next_number + 1
            inside = max(inside, numbers_seen[next_number - 1][1])
        if i < inside:
            continue
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


# a phrase after a comma that tells where the head before it belongs, not what the figure counts
_APPOSITIVE = re.compile(r"(?:trực thuộc|thuộc|nằm ở|nằm trong|đóng trên địa bàn)\s", re.IGNORECASE)
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
        stripped = _CLAUSE_OPENING.sub("", stripped, count=1) if lead else stripped  # (after a figure: its adjunct)
        stripped = (_LEADING.sub("", stripped) if lead else stripped).strip(" ,;:-–(")
        while _TRAILING.search(stripped):
            stripped = _TRAILING.sub("", stripped).strip(" ,;:-–(")
        if stripped == piece:
            break
        piece = stripped
    head, comma, last = piece.rpartition(", ")
    if comma and _APPOSITIVE.match(last) and _names(head) and "," not in head and len(head.split()) <= 6 \
            and not _PREDICATE.search(" " + last):
        # "Cụm II, thuộc Đảng bộ Khối … có 36 TCCS đảng": the head, not what it belongs to (unless the verb is told
        # after it: "Các chi bộ, thuộc Đảng bộ huyện đã kết nạp …")
        return _words(head, lead)
    if comma and (len(piece) > 70 or len(head.split()) <= 3) and len(last.split()) >= 3 and _names(last):
        return _words(last, lead)
    if len(piece) > 60 and comma:  # a clause before, the last part too short alone: the last parts that say something
        parts = piece.split(", ")
        for i in range(len(parts) - 1, 0, -1):
            tail = ", ".join(parts[i:])
            if len(re.findall(r"[^\W\d_]+", tail)) >= 3 and _names(tail) and len(", ".join(parts[:i]).split()) >= 4 \
                    and tail[:1].islower() and all(len(part.split()) >= 3 for part in parts[:i + 1]):
                return _words(tail, lead)  # not from a list of names ("…, TP Hải Dương, Công an tỉnh, Gia Lộc")
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
            head_end = place.heads.get(following[0], following[1])
            unit_end = place.unit_ends.get(following[0], head_end)
            if unit_end > head_end and not _PREDICATE.match(" " + text[head_end:]):
                # past the rest of the next figure's noun ("12 hộ chăn nuôi và 9 hộ trồng trọt | được vay vốn"), which
                # is no predicate ("17 chỉ tiêu, 5 nhiệm vụ và 3 khâu | đột phá")
                return _after(place, unit_end, skip=False) if _PREDICATE.match(" " + text[unit_end:]) else ("", end)
            return _after(place, head_end, skip=False)
    if text[end + len(rest):end + len(rest) + 1].isdigit():
        # a period word whose number ends the words: "đã tổ chức đại hội đại biểu nhiệm kỳ | 2023 - 2028", "lập báo cáo
        # trước ngày | 31/8/2016"
        rest = _PERIOD_CUT.sub("", rest)
    rest = _AFTER_STOP.sub("", rest)
    stop = end + len(rest.rstrip())
    if rest.count("\"") % 2 or rest.count("“") > rest.count("”"):
        rest = re.split(r"[\"“]", rest)[0]  # a name in quotes cut by a number: 'mô hình "Chi hội 5 không …'
    words = rest.split()
    if len(words) < 2 or words[0].lower() in _NOT_AFTER or words[0][:1].isupper() or \
            not (_names(rest) or _PREDICATE.match(" " + rest.lstrip())):  # "4/6 chỉ tiêu đạt và vượt kế hoạch"
        return "", end
    while len(words) > 1 and words[0].lower() in _ADVERBS:  # "8 em | đều là học sinh giỏi"
        words = words[1:]
    if words[0].lower() == "là":  # "trong đó có 98 trường hợp là người đứng đầu"
        words = words[1:]
    return _words(" ".join(words).strip(" -–\"“”'"), lead=False), stop


_PREDICATE = re.compile(r"\s+(?:đạt|được|bị|đã|đang|chưa|không|hoàn thành|vượt|tham gia|thực hiện|có)\b", re.IGNORECASE)
_PERIOD_CUT = re.compile(r"(?:\s+(?:trước|sau|vào|từ|đến|trong|cuối|đầu))?\s+(?:nhiệm kỳ|giai đoạn|khóa|ngày|tháng|năm|quý)\s*$",
                         re.IGNORECASE)
# the adverbs of tense and extent a predicate opens with: no part of what the figure counts
_ADVERBS = frozenset(("đều", "cũng"))
_SHARE_CUE = re.compile(r"(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ)(?:\s+(?:trên|dưới|khoảng|gần|hơn))?\s*$", re.IGNORECASE)


def _base(text: str, at: int) -> bool:
    word = re.match(r"\s*([^\W\d_]+)", text[at:at + 20])
    return bool(word) and word[1].lower() in _BASE_START


def _subject(analysis: Analysis, row: FigureRow, places: dict[int, tuple] | None = None) -> str:
    """What a row's figures count (see above)."""
    places = {} if places is None else places
    place, local = _place(analysis, row.start, places)
    text = place.text
    stretches = _stretches(place, local)
    own_stretch = stretches[0] if stretches and stretches[0][1] == local else None
    raw_own = text[own_stretch[0]:local] if own_stretch else ""
    comma = text.rfind(",", place.lo, own_stretch[0]) if own_stretch else -1
    listed = _LIST_THEN_PREDICATE.match(text, comma) if comma != -1 and not text[comma + 1:own_stretch[0]].strip() \
        and any(b <= comma for _, b in place.numbers) else None
    if listed and listed.end() < local:
        # "100% thôn, làng, tổ dân phố đã có tổ chức đảng, | xây dựng được 123/128 …": the list and predicate of the
        # figure before, never this one's words
        raw_own = text[listed.end():local]
    own = _words(raw_own)
    after = _told_after(place, local, row)
    if own_stretch and re.search(r"\b(?:và|hoặc)\s*$", raw_own) and (own_stretch[2] and len(own.split()) <= 3 or after):
        # the end of the previous figure's noun phrase ("… 298 hộ xây nhà mới và | 121 hộ"), or the other conjunct
        # of a predicate told after the figure ("9 Bộ, cơ quan ngang Bộ và | 22/63 địa phương chưa gửi báo cáo")
        own = ""
    before = stretches[0] if not raw_own.strip() and stretches else None
    if before is not None and not before[2] and text[before[1]:local].strip() == "(" \
            and _names(_words(text[before[0]:before[1]])):
        subject = _words(text[before[0]:before[1]])  # "quý II (6,17%)": the words the bracket follows
    elif before is not None and text[:local].rstrip().endswith(":") and not after \
            and _names(_words(text[before[0]:before[1]])):
        subject = _words(text[before[0]:before[1]])  # "Mời dự: 08 đồng chí …": the label
    elif own and _names(own) and not (after and (re.search(r"\b(?:có|cùng|cùng với)\s*$", raw_own) or re.search(
            r",\s*$", raw_own) and _PREDICATE.match(" " + after))):
        # nor the clause before a comma: "Nghi thức … trang nghiêm, | 4 đồng chí đã được kết nạp vào Đảng"
        # not "Cả nước đã có | 13,17 triệu người tham gia …", "… Phó Bí thư Đảng ủy phường cùng | 06 quần chúng …"
        subject = own
    elif after:
        subject = after  # "trong đó 15% đảng viên hoàn thành xuất sắc nhiệm vụ"
    else:
        earlier = stretches[1 if own_stretch else 0:]
        subject = _changed_figure(analysis, place, local, row, earlier, raw_own, places) \
            or _topic(text, earlier, raw_own) or own or _opening(text, local)
    if not subject and stretches:  # the nearest words before it, whatever they are
        subject = _words(text[stretches[0][0]:stretches[0][1]]) or \
            " ".join(text[stretches[0][0]:stretches[0][1]].split()).strip(" ,;:-–(")
    total = _NEW_TOTAL.search(raw_own)
    if total and row.entities:  # "nâng tổng số lên 1.918 hội viên": the new total of the thing it counts
        noun = re.sub(r"^[\d.,/%\s]+", "", row.value).split(",")[0].strip()
        subject = " ".join(total[1].split()) if total[1].split()[2:] else \
            f"tổng số {noun}" if noun and not re.search(r"\d", noun) else "tổng số"
    elif subject == own and own_stretch and len(own.split()) <= 3 and len(stretches) > 1:
        label = _label(text, stretches[1], own_stretch)
        if label:
            subject = f"{label}: {own}"  # "Phạm pháp hình sự: xảy ra 21 vụ", "Ma túy: phát hiện, bắt 04 vụ"
    noun = re.sub(r"^[^\W\d_]*\s*[\d.,/%\s]+(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+)?", "", row.value).split(",")[0].split("(")[0].strip()
    about = _ABOUT.match(subject) if subject == own else None
    if about and _names(subject[about.end():]):
        # "Đối với Đảng bộ, đạt 2 chỉ tiêu": the body the figure is told of, and the verb with the thing it counts
        verb = _BARE_PREDICATE_END.search(raw_own.rstrip(" ,"))
        subject = subject[about.end():]
        body, comma, act = subject.partition(", ")
        if comma and len(act.split()) <= 3:
            subject = f"{body}: {act}"  # "Riêng với Chi bộ thôn Đông, kết nạp 3 …" → "Chi bộ thôn Đông: kết nạp"
        elif verb and noun and not re.search(r"\d", noun):
            subject = f"{subject}: {noun} {verb['verb'].lower()}"
    elif noun and not re.search(r"\d", noun) and _BARE_PREDICATE.fullmatch(subject):
        # "Thực hiện vượt 1 chỉ tiêu", "còn 1 chỉ tiêu chưa đạt": a verb names nothing; the thing counted with it does
        subject = f"{noun} {_BARE_PREDICATE.fullmatch(subject)['verb'].lower()}"
    elif noun and not re.search(r"\d", noun) and _BARE_ADVERB.fullmatch(subject) and (
            verb := _BARE_PREDICATE.match(analysis.text, row.stop or row.end)):
        # "Tuy nhiên, vẫn còn 2 chỉ tiêu chưa đạt …": an adverb left of the verb after the figure
        subject = f"{noun} {verb['verb'].lower()}"
    whole = _whole_of_list(text, place, local, subject)
    if whole:
        subject = whole
    unquoted = _unquoted(subject)
    while unquoted != subject and (_TRAILING.search(unquoted) or _QUOTE_LEAD.search(unquoted)):
        # "… các khâu đột phá của huyện về “": the word that led into the quote ("thu về 367 tấn" keeps its "về")
        unquoted = _QUOTE_LEAD.sub("", _TRAILING.sub("", unquoted)).strip(" ,;:-–(")
    subject = unquoted
    if subject != own and noun and not re.search(r"\d", noun) and (
            _counts_other(subject, noun) or _BASE_TOTAL.search(raw_own)):
        # "Tổng số đảng viên của Cụm II là 2.465 đồng chí trên tổng số | 5.606 cán bộ", "Đảng bộ … với 65 đảng viên
        # trên tổng số | 75 cán bộ": words borrowed from the figure before count another noun than this one, or name
        # a body the base is no count of; the row counts its own noun, its total when told so
        subject = ("tổng số " if _TOTAL_IN.search(raw_own) else "số ") + noun
    return _fit(subject)


_TOTAL_IN = re.compile(r"\btổng\s+số\b", re.IGNORECASE)
# a base told after the part it holds: "65 đảng viên trên tổng số | 75 cán bộ", "12 hộ trong tổng số | 140 hộ"
_BASE_TOTAL = re.compile(r"(?<!\w)(?:trên|trong|so với)\s+tổng\s+số\s*$", re.IGNORECASE)
# "số đảng viên", "tổng số hộ": the noun a subject says it counts
_COUNTED_IN_SUBJECT = re.compile(r"(?<!\w)số\s+(?P<noun>[^\W\d_][^,;:()]*)", re.IGNORECASE)


def _counts_other(subject: str, noun: str) -> bool:
    """The subject says it counts one noun ("Tổng số đảng viên …") and the row's value counts another the quantity
    layer knows ("5.606 cán bộ"); a generic noun of people ("2.465 đồng chí", "12 người") agrees with any."""
    counted = _COUNTED_IN_SUBJECT.search(subject)
    if not counted or not noun or re.search(r"\d", noun):
        return False
    said, value = head_of(counted["noun"]), head_of(noun)
    generic = word_list("generic_count_nouns")
    return said[1] is not None and value[1] is not None and said[0] != value[0] \
        and said[0] not in generic and value[0] not in generic


# a subject that is only a verb of a result against its plan: "thực hiện vượt", "chưa đạt đó", "đạt và vượt"
_BARE_PREDICATE = re.compile(r"\s*(?P<verb>(?:(?:đã|còn|chỉ|mới)\s+)?(?:(?:thực hiện|hoàn thành)\s+)?(?:đạt và vượt|đạt|vượt|"
                             r"chưa đạt|không đạt))(?:\s+(?:được|đó|này))?\s*", re.IGNORECASE)
# (a verb with its base, "Đạt và vượt kế hoạch", "Chưa đạt kế hoạch", says what the figure counts: kept)

_QUOTE_LEAD = re.compile(r"\s+(?:về|theo|là|như)$", re.IGNORECASE)
_BARE_PREDICATE_END = re.compile(r"(?<!\w)" + _BARE_PREDICATE.pattern + "$", re.IGNORECASE)
# a topic the sentence is told of, not what its figure counts: "Đối với chính quyền, đạt 4 chỉ tiêu"
_ABOUT = re.compile(r"(?:đối với|riêng với|về phía)\s+", re.IGNORECASE)

_BARE_ADVERB = re.compile(r"(?:vẫn|chưa|đã|còn)(?:\s+còn)?", re.IGNORECASE)


# a list of names opened by ":" whose last item is followed by "với <figure>": "… có 5 chi bộ trực thuộc gồm: Chi bộ A;
# Chi bộ B; Chi bộ C với 65 đảng viên" — the items hold no figure of their own, so the figure is the whole's
_LIST_WITH = re.compile(r"(?:gồm|bao gồm|gồm có|là|có|như sau)\s*:\s*(?P<items>[^:.!?()\d]+?)\s+với\s+(?:tổng số\s+|tổng cộng\s+|khoảng\s+|hơn\s+|gần\s+|trên\s+)?$",
                        re.IGNORECASE)
_HEAD_STOP = re.compile(r"[.!?;]\s+|\n")


def _whole_of_list(text: str, place: _Place, local: int, subject: str) -> str:
    """The body a list of names belongs to, when ``subject`` is the list's last item and the row's figures come after
    it with "với" ("Đảng bộ … hiện có 5 chi bộ gồm: A; B; C với 65 đảng viên" → "Đảng bộ …"); "" otherwise. Items that
    hold figures of their own ("Tổ 1 với 12 đảng viên; Tổ 2 với 9 …") keep theirs."""
    colon = text.rfind(":", 0, local)
    if colon == -1 or not subject:
        return ""
    first = next((a for a, _ in place.numbers if a > colon), None)
    if first is None or first > local:
        return ""
    listed = _LIST_WITH.search(text, max(0, colon - 12), first)
    if listed is None:
        return ""
    items = [item.strip() for item in re.split(r"[;,]", listed["items"]) if item.strip()]
    said = subject.lower()
    if len(items) < 2 or not (said.startswith(_words(items[-1]).lower()) or said == _words(listed["items"]).lower()):
        return ""  # (the last item, or the whole list when its commas keep it one stretch)
    start = max([0] + [m.end() for m in _HEAD_STOP.finditer(text, 0, colon)])
    number = next((a for a, _ in place.numbers if start <= a < colon), colon)  # "… hiện có | 5 chi bộ trực thuộc gồm"
    head = re.sub(r"\s*(?:bao gồm|gồm có|gồm|là|như sau)\s*$", "", text[start:number], flags=re.IGNORECASE)
    head = _words(head)
    return head if _names(head) and len(head.split()) <= 12 else ""


_NEW_TOTAL = re.compile(r"(?:nâng|đưa)\s+(tổng\s+số(?:\s+[^\W\d_]+){0,5}?)\s+lên\s*$", re.IGNORECASE)
_LIST_OPENER = re.compile(r"(?:gồm|cụ thể|trong đó|như sau|chia ra|sau đây|như|là)\s*$", re.IGNORECASE)


def _label(text: str, before: tuple[int, int, bool], own: tuple[int, int, bool]) -> str:
    """The label of a list item or a sentence, right before ":" ("Phạm pháp hình sự: xảy ra"), when a few words that
    name something and are no other figure's nouns; "" otherwise."""
    if before[2] or text[before[1]:own[0]].strip() != ":" or _LIST_OPENER.search(text, before[0], before[1]):
        return ""  # not "bao gồm: thu thuế, phí", "chia ra: xây mới": those open a list of parts
    label = re.sub(r"^(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*", "", _words(text[before[0]:before[1]]))
    return label if _names(label) and len(label.split()) <= 6 and not re.search(r"\d", label) else ""


def _unquoted(subject: str) -> str:
    """A subject without a quote or a bracket left open or closed at its ends ("Thực hiện phương châm “",
    "Tổng hợp)"); "" when no letter is left."""
    while True:
        stripped = subject.strip(" ,;:-–")
        for opening, closing in (("“", "”"), ("(", ")"), ("‘", "’"), ("[", "]")):
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
    if row.stop:
        at = row.stop - (row.start - local)
        unit_end = place.unit_ends.get(last.start - (row.start - local), 0) if last is not None else 0
        if unit_end > at and text[at:unit_end].split()[0][:1].isupper():
            # past the rest of the noun the layer reads, a name the value stopped before: "10 TCCS Đảng | hoàn thành
            # xuất sắc nhiệm vụ", "02 đồng chí Ủy viên Ban Thường vụ" (never inside it: "Ủy | viên …")
            at = unit_end
    elif last is not None:  # past the nouns it counts, as written ("164/212 hộ sử dụng điện thoại thông minh")
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
        told, told_stop = _after(place, at)
        listed = _LIST_THEN_PREDICATE.match(text, told_stop if told else at) if last is not None else None
        if listed:  # "123/128 chi bộ thôn | , làng, tổ dân phố có cấp ủy": the list the value's noun opens, told whole
            noun = re.match(r"[\d.,/%\s]+(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+)?", text[last.start - (row.start - local):])
            told = _listed(text, last.start - (row.start - local) + noun.end(), listed)
    if not told and close != -1 and text.rfind("(", place.lo, local) > text.rfind(")", place.lo, local):
        told = _after(place, close + 1)[0]  # "82/97 xã (chiếm 84,5% tổng số xã) đạt tiêu chí" for the 84,5%
    return told


def _changed_figure(analysis: Analysis, place: _Place, local: int, row: FigureRow,
                    stretches: list[tuple[int, int, bool]], raw_own: str, places: dict[int, tuple]) -> str:
    """A change (the quantity layer's ``change``) whose nearest earlier words are the rest of another figure's phrase
    ("Phát hiện 35 vụ vi phạm quy định về Luật Lâm nghiệp (tăng 16 vụ …)", "… đạt 95,7% kế hoạch (KH) vụ, tăng 4,7%"):
    the change of that figure, told by that figure's subject ("Phát hiện: tăng"); "" otherwise."""
    text = place.text
    change = _CHANGE.search(raw_own)
    quantity = _quantity_at(analysis, row.start, places)
    if not change or quantity is None or quantity.modifier != "change":
        return ""
    naming = next(((a, glued) for a, b, glued in stretches if _names(_words(text[a:b]))), None)
    if naming is None or not naming[1] or _base(text, naming[0]):
        return ""  # words of its own, or a base the topic passes over ("… đạt 67,11% kế hoạch, tăng 2,3%")
    previous = next((a for a, b in place.numbers if b == naming[0] and a < local), None)
    starts = _entity_starts(analysis)
    if previous is None or starts is None:
        return ""
    at = row.start - local + previous
    index = bisect_left(starts, at)
    entity = next((e for e in analysis.entities[index:index + 3] if e.start == at and e.kind == "figure"), None)
    if entity is None:
        return ""
    told = _subject(analysis, _worded(analysis, FigureRow("", "", (entity,), entity.start, entity.end), places), places)
    tail = re.sub(r"(?:\s+(?:trên|dưới|khoảng|gần|hơn|mức|ở mức))+\s*$", "", raw_own[change.start():].strip(" ,("))
    return f"{told}: {tail.lower()}" if told and tail else told


def _topic(text: str, stretches: list[tuple[int, int, bool]], raw_own: str) -> str:
    """The nearest earlier stretch of the sentence that names something and is no other figure's noun phrase or base,
    with the row's change word ("Thu ngân sách: bằng"); a bare verb ("đã giúp 25 hộ, đạt 100%") says less than the
    line's topic before it."""
    change = _CHANGE.search(raw_own)
    # a stretch that goes on another figure's noun phrase is that figure's words ("33,75 km2 diện tích tự nhiên, |
    # 10.524 người"), unless this row changes that figure ("… lớp bồi dưỡng cán bộ, | tăng 3 lớp") or is a part of it
    # that shares its predicate ("35/240 hội … đã tổ chức đại hội …, trong đó có | 18 đơn vị …") or its share ("234 chi
    # bộ … đã tổ chức thành công Đại hội, đạt tỷ lệ | 100%")
    shared = bool(change) or bool(_PART_BEFORE.search(raw_own)) or bool(_SHARE_CUE.search(raw_own))
    topics = [w for a, b, glued in stretches
              if _names(w := _words(text[a:b])) and not (glued and (len(w.split()) <= 3 or _base(text, a) or not shared))]
    topic = next((w for w in topics if len(w.split()) >= 2), topics[0] if topics else "")
    if not topic or not change:
        return topic
    tail = re.sub(r"(?:\s+(?:trên|dưới|khoảng|gần|hơn|mức|ở mức))+\s*$", "", raw_own[change.start():].strip(" ,("))
    return f"{topic}: {tail}" if tail and not topic.lower().endswith(tail.lower()) else topic


def _opening(text: str, local: int) -> str:
    """A figure that opens its sentence part: the words after its number ("145/150 hộ đăng ký gia đình văn hóa"), with
    the list they open and its predicate ("100% thôn, làng, tổ dân phố đã có tổ chức đảng")."""
    number = re.match(r"[\d.,/%\s]+(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+)?", text[local:])
    at = local + (number.end() if number else 0)
    rest = re.match(r"[^,;:.()\d\n]*", text[at:])[0]
    listed = _LIST_THEN_PREDICATE.match(text, at + len(rest)) if rest.strip() else None
    if listed:
        return _listed(text, at, listed)
    if text[at + len(rest):at + len(rest) + 1].isdigit():
        rest = _PERIOD_CUT.sub("", rest)  # "10 đơn vị lập báo cáo trước ngày | 31/8/2016"
    return _words(_AFTER_STOP.sub("", rest))


def _listed(text: str, start: int, listed: re.Match) -> str:
    """The nouns of a list from ``start`` and the predicate after it, as written ("thôn, làng, tổ dân phố đã có tổ chức
    đảng"); never cut to its last item as a long stretch is."""
    nouns = " ".join(text[start:listed.start(1)].split()).strip(" ,;:-–")
    return f"{nouns} {_words(listed.group(1), lead=False)}".strip()


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
