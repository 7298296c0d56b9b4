"""The summary's tables as plain data, read from the engine's Analysis.

Kept apart from the DOCX layout so the same rows can feed another view (the editor's panel,
an HTML export) and so tests can check what is said separately from how it looks. Every row
carries the "đoạn N" of the text it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.engine import Analysis
from ..core.numbers import format_compact
from ..core.reading import sentence_spans
from ..core.text import fold

# Figures that are quantities; dates, periods, terms, years and document numbers are
# references, not "số liệu", and would bury the numbers a reader checks.
MAIN_FIGURE_TYPES = ("count", "ratio", "percent", "money")
FIGURE_LABELS = {"count": "số lượng", "ratio": "tỷ số", "percent": "tỷ lệ", "money": "số tiền"}
STATUS_LABELS = ("đạt", "vượt", "chưa đạt", "không rõ")
SEVERITY_LABELS = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Gợi ý"}
COMPARATORS = {">=": "từ {} trở lên", ">": "trên {}", "<=": "không quá {}", "<": "dưới {}"}
UNKNOWN = "không xác định"
CONTEXT_CHARS = 160
TABLE_CELL_SEPARATOR = " | "  # core.docx_reader.CELL_SEPARATOR: how a table row is read


class ParagraphRefs:
    """'đoạn N' labels: N counts the paragraphs that have text, as a reader counts them.

    Blank lines between paragraphs (how a .txt report separates them) are not paragraphs to
    the person holding the printout, so they are skipped in the numbering. Table rows (lines
    of " | "-separated cells, as a .docx table is read) are not paragraphs either: they are
    "bảng B, hàng R", tables counted in order, so "đoạn N" matches what Word shows.
    """

    def __init__(self, analysis: Analysis):
        self._analysis = analysis
        self._numbers: dict[int, int] = {}
        self._rows: dict[int, tuple[int, int]] = {}
        count = table = row = 0
        in_table = False
        for paragraph in analysis.paragraphs:
            if TABLE_CELL_SEPARATOR in paragraph.text:
                if not in_table:
                    table, row, in_table = table + 1, 0, True
                row += 1
                self._rows[paragraph.index] = (table, row)
                continue
            in_table = False
            if paragraph.text.strip():
                count += 1
                self._numbers[paragraph.index] = count
        self.total = count

    def number(self, offset: int) -> int:
        paragraph = self._analysis.paragraph_at(offset)
        return self._numbers.get(paragraph.index, 0)

    def label(self, offset: int) -> str:
        row = self._rows.get(self._analysis.paragraph_at(offset).index)
        return f"bảng {row[0]}, hàng {row[1]}" if row else f"đoạn {self.number(offset)}"

    def labels(self, offsets) -> str:
        offsets = list(offsets)
        rows = sorted({self._rows[i] for i in (self._analysis.paragraph_at(o).index for o in offsets)
                       if i in self._rows})
        numbers = sorted({self.number(o) for o in offsets
                          if self._analysis.paragraph_at(o).index not in self._rows})
        parts = ["đoạn " + ", ".join(str(n) for n in numbers)] if numbers else []
        parts += [f"bảng {t}, hàng {r}" for t, r in rows]
        return "; ".join(parts)


@dataclass(frozen=True)
class Context:
    """A sentence around a span, cut to a readable length: before + focus + after."""

    before: str
    focus: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.focus + self.after


def context(analysis: Analysis, start: int, end: int, limit: int = CONTEXT_CHARS) -> Context:
    paragraph = analysis.paragraph_at(start)
    local_start, local_end = start - paragraph.start, min(end, paragraph.end) - paragraph.start
    s_start, s_end = 0, len(paragraph.text)
    for a, b in sentence_spans(paragraph.text):
        if a <= local_start < b:
            s_start, s_end = a, max(b, local_end)
            break
    text = paragraph.text
    room = max(0, limit - (local_end - local_start)) // 2
    cut_start = max(s_start, local_start - room)
    cut_end = min(s_end, local_end + room)
    if cut_start > s_start:  # start and end on whole words
        space = text.find(" ", cut_start, local_start)
        cut_start = space + 1 if space >= 0 else cut_start
    if cut_end < s_end:
        space = text.rfind(" ", local_end, cut_end)
        cut_end = space if space >= 0 else cut_end
    before = ("…" if cut_start > s_start else "") + text[cut_start:local_start]
    after = text[local_end:cut_end] + ("…" if cut_end < s_end else "")
    return Context(before.lstrip(), text[local_start:local_end], after.rstrip())


@dataclass(frozen=True)
class OfficialRow:
    name: str
    titles: list[str]
    mentions: int
    source: str


def official_rows(analysis: Analysis, refs: ParagraphRefs) -> list[OfficialRow]:
    """One row per person (mentions grouped by name), in order of first mention."""
    groups: dict[str, list] = {}
    for entity in analysis.entities_of("official"):
        name = (entity.get("name") or entity.text).strip()
        groups.setdefault(fold(name), []).append(entity)
    rows = []
    for mentions in groups.values():
        titles: list[str] = []
        for entity in mentions:
            for title in entity.get("titles") or []:
                if title not in titles:
                    titles.append(title)
        name = (mentions[0].get("name") or mentions[0].text).strip()
        rows.append(OfficialRow(name, titles, len(mentions), refs.labels(e.start for e in mentions)))
    return rows


@dataclass(frozen=True)
class FigureRow:
    figure: str
    kind: str
    context: Context
    source: str


def figure_rows(analysis: Analysis, refs: ParagraphRefs) -> list[FigureRow]:
    rows = []
    for entity in analysis.entities_of("figure"):
        type_ = entity.get("type")
        if type_ not in MAIN_FIGURE_TYPES:
            continue
        figure = entity.text
        unit = entity.get("unit")
        if type_ in ("count", "ratio") and unit and unit not in figure:
            figure = f"{figure} {unit}"
        rows.append(FigureRow(figure, FIGURE_LABELS[type_], context(analysis, entity.start, entity.end),
                              refs.label(entity.start)))
    return rows


@dataclass(frozen=True)
class TargetRow:
    target: str
    planned: str | None
    result: str
    status: str
    source: str


def target_rows(analysis: Analysis, refs: ParagraphRefs) -> list[TargetRow]:
    rows = []
    for entity in analysis.entities_of("target"):
        status = entity.get("status")
        status = status if status in STATUS_LABELS else "không rõ"
        claimed = entity.get("claimed_status")
        if claimed and claimed != status:
            status = f"{status} (báo cáo ghi “{claimed}”)"
        rows.append(TargetRow(
            target=(entity.get("description") or entity.text).strip(),
            planned=_planned(entity),
            result=_result(entity),
            status=status,
            source=refs.label(entity.start),
        ))
    return rows


def _planned(entity) -> str | None:
    value = entity.get("target_text") or _number(entity.get("target_value"), entity.get("unit"))
    if not value:
        return None
    return COMPARATORS.get(entity.get("comparator") or "", "{}").format(value)


def _result(entity) -> str:
    actual = entity.get("actual_text") or _number(entity.get("actual_value"), entity.get("unit"))
    if actual:
        return actual
    attainment = entity.get("attainment_percent")
    if attainment is not None:
        return f"đạt {_number(attainment, '%')} kế hoạch"
    return UNKNOWN


def _number(value, unit=None) -> str | None:
    """Vietnamese notation: 1.234,5 (dot for thousands, comma for decimals; domain.md §5)."""
    if value is None:
        return None
    try:
        text = format_compact(float(value))
    except (TypeError, ValueError):
        return str(value)
    if unit == "%":
        return text + "%"
    return text


@dataclass(frozen=True)
class TaskRow:
    task: str
    source: str


def task_rows(analysis: Analysis, refs: ParagraphRefs) -> list[TaskRow]:
    return [TaskRow((e.get("description") or e.text).strip(), refs.label(e.start))
            for e in analysis.entities_of("task")]


@dataclass(frozen=True)
class FindingRow:
    source: str
    context: Context
    severity: str
    problem: str
    fix: str | None
    code: str


def finding_rows(analysis: Analysis, refs: ParagraphRefs) -> list[FindingRow]:
    rows = []
    for finding in analysis.findings:
        severity = getattr(finding.severity, "value", str(finding.severity))
        rows.append(FindingRow(
            source=refs.label(finding.start),
            context=context(analysis, finding.start, finding.end, limit=100),
            severity=SEVERITY_LABELS.get(severity, severity),
            problem=finding.message,
            fix=finding.suggestion,
            code=finding.code,
        ))
    return rows
