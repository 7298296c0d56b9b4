"""The summary's findings table as plain data, read from the engine's Analysis.

Kept apart from the DOCX layout so tests can check what is said separately from how it looks.
Every row carries a reference a reader can follow in the source (``refs.SourceRefs``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.engine import Analysis
from ..core.reading import sentence_spans
from .refs import SourceRefs

SEVERITY_LABELS = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Gợi ý"}
COMPARATORS = {">=": "từ {} trở lên", ">": "trên {}", "<=": "không quá {}", "<": "dưới {}"}
CONTEXT_CHARS = 160


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
class FindingRow:
    source: str
    context: Context
    severity: str
    problem: str
    fix: str | None
    code: str


# Findings about the draft as pasted, not about what it says: the editor offers them, a signed summary leaves them out.
DRAFT_ONLY = frozenset({"web-debris"})


def finding_rows(analysis: Analysis, refs: SourceRefs) -> list[FindingRow]:
    rows = []
    for finding in analysis.findings:
        if finding.code in DRAFT_ONLY:
            continue
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
