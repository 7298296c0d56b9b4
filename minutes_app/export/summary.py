"""The structured summary (`minutes-app export FILE -o summary.docx`).

Laid out as a Party document (HD 36-HD/VPTW, domain.md §1A) so a clerk can pass it on
unchanged: issuing body and "*" top left, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule top right,
type name and subject centred, "I-", "II-" section headings, signature block. Every fact comes
from the engine's Analysis or from meeting_info; what was not found is written
"không xác định" rather than guessed.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ..core.engine import Analysis
from ..core.text import fold
from . import rows as R
from .meeting_info import Fact, MeetingInfo, detect
from .styles import (
    BODY_PT,
    CELL_CENTER,
    CELL_JUSTIFY,
    CELL_LEFT,
    HEADER_TITLE_PT,
    TEXT_WIDTH_MM,
    add_row,
    add_run,
    bottom_rule,
    new_document,
    new_table,
    no_borders,
    paragraph,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
PARTY_TITLE_RULE_MM = 76  # the rule under the header title is as long as the title
HEADER_WIDTHS_MM = [78, TEXT_WIDTH_MM - 78]
SIGNATURE_WIDTHS_MM = [80, TEXT_WIDTH_MM - 80]
PLACEHOLDER = "…………………"
SECTIONS = ("THÔNG TIN CHUNG", "THÀNH PHẦN", "SỐ LIỆU CHÍNH", "CHỈ TIÊU", "NHIỆM VỤ TRỌNG TÂM", "KẾT QUẢ KIỂM TRA")
ROMAN = ("I", "II", "III", "IV", "V", "VI")

# Column widths in mm; each table sums to the 165 mm text width (A4 minus 30 + 15 mm margins).
OFFICIAL_COLUMNS = (("STT", 14), ("Họ và tên", 40), ("Chức vụ", 66), ("Số lần nhắc đến", 25), ("Nguồn", 20))
FIGURE_COLUMNS = (("STT", 14), ("Số liệu", 32), ("Loại", 21), ("Câu chứa số liệu", 78), ("Nguồn", 20))
TARGET_COLUMNS = (("STT", 14), ("Chỉ tiêu", 72), ("Kết quả", 30), ("Đánh giá", 29), ("Nguồn", 20))
FINDING_COLUMNS = (("STT", 14), ("Vị trí", 46), ("Vấn đề", 65), ("Đề xuất sửa", 40))


def write_summary(analysis: Analysis, output_path, source: Path | None = None) -> None:
    build_summary(analysis, source).save(str(output_path))


def build_summary(analysis: Analysis, source: Path | None = None):
    document = new_document()
    info = detect(analysis)
    refs = R.ParagraphRefs(analysis)
    _header(document, info)
    _title(document, info)
    headings = iter(f"{number}- {name}" for number, name in zip(ROMAN, SECTIONS))
    _general(document, next(headings), info, refs)
    _officials(document, next(headings), R.official_rows(analysis, refs))
    _figures(document, next(headings), R.figure_rows(analysis, refs))
    _targets(document, next(headings), R.target_rows(analysis, refs))
    _tasks(document, next(headings), R.task_rows(analysis, refs))
    _findings(document, next(headings), R.finding_rows(analysis, refs))
    _note(document, source, refs)
    _signature(document)
    return document


def _header(document, info: MeetingInfo) -> None:
    """Issuing body + "*" on the left, Party title + rule (+ place/date) on the right."""
    table = new_table(document, HEADER_WIDTHS_MM, grid=False)
    no_borders(table)
    left, right = table.add_row().cells
    body = info.organiser.value.upper() if info.organiser else PLACEHOLDER
    _cell_line(left.paragraphs[0], body, bold=True)
    _cell_line(left.add_paragraph(), "*")
    title = right.paragraphs[0]
    _cell_line(title, PARTY_TITLE, bold=True, size=HEADER_TITLE_PT)
    margin = Mm(max(0, (HEADER_WIDTHS_MM[1] - 4 - PARTY_TITLE_RULE_MM) / 2))
    title.paragraph_format.left_indent = title.paragraph_format.right_indent = margin
    bottom_rule(title)
    if info.place_date:
        date_line = right.add_paragraph()
        date_line.paragraph_format.space_before = Pt(6)
        _cell_line(date_line, info.place_date.value, italic=True)


def _cell_line(para, text: str, *, bold=False, italic=False, size=BODY_PT) -> None:
    para.alignment = CENTER
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.line_spacing = 1.0
    add_run(para, text, bold=bold, italic=italic, size=size)


def _title(document, info: MeetingInfo) -> None:
    kind = "BIÊN BẢN" if info.title and fold(info.title.value).startswith("bien ban") else "BÁO CÁO"
    heading = paragraph(document, f"TÓM TẮT KẾT QUẢ KIỂM TRA {kind}", bold=True, size=HEADER_TITLE_PT,
                        align=CENTER, space_after=0)
    heading.paragraph_format.space_before = Pt(18)
    heading.paragraph_format.keep_with_next = True
    if info.title:
        subject = paragraph(document, info.title.value, bold=True, align=CENTER, space_after=0)
        subject.paragraph_format.keep_with_next = True
    paragraph(document, "-----", align=CENTER, space_after=12)


def _heading(document, text: str) -> None:
    para = paragraph(document, text, bold=True, align=LEFT, space_after=6)
    para.paragraph_format.space_before = Pt(12)
    para.paragraph_format.keep_with_next = True


def _general(document, heading: str, info: MeetingInfo, refs: R.ParagraphRefs) -> None:
    _heading(document, heading)
    items = (("Hội nghị", info.meeting), ("Thời gian", info.time), ("Địa điểm", info.place),
             ("Chủ trì", info.chair), ("Đơn vị tổ chức", info.organiser))
    for number, (label, fact) in enumerate(items, 1):
        _fact_line(document, f"{number}- {label}: ", fact, refs)


def _fact_line(document, label: str, fact: Fact | None, refs: R.ParagraphRefs) -> None:
    para = paragraph(document, label, indent_first=True)
    if fact is None:
        add_run(para, R.UNKNOWN + ".", italic=True)
        return
    add_run(para, fact.value.rstrip(".") + " ")
    add_run(para, f"({refs.label(fact.start)}).", italic=True)


def _table(document, columns):
    table = new_table(document, [width for _, width in columns])
    add_row(table, [name for name, _ in columns], bold=True, header=True, align=[CELL_CENTER] * len(columns))
    return table


def _empty(document, text: str) -> None:
    paragraph(document, text, italic=True, indent_first=True)


def _officials(document, heading: str, rows: list[R.OfficialRow]) -> None:
    _heading(document, heading)
    if not rows:
        _empty(document, "Văn bản không nêu tên cán bộ, đảng viên nào.")
        return
    table = _table(document, OFFICIAL_COLUMNS)
    align = [CELL_CENTER, CELL_LEFT, CELL_LEFT, CELL_CENTER, CELL_CENTER]
    for number, row in enumerate(rows, 1):
        titles = ", ".join(row.titles) if row.titles else R.UNKNOWN
        add_row(table, [str(number), [(row.name, "b")], titles, str(row.mentions), row.source], align=align)


def _figures(document, heading: str, rows: list[R.FigureRow]) -> None:
    _heading(document, heading)
    if not rows:
        _empty(document, "Văn bản không có số liệu định lượng.")
        return
    table = _table(document, FIGURE_COLUMNS)
    align = [CELL_CENTER, CELL_LEFT, CELL_CENTER, CELL_JUSTIFY, CELL_CENTER]
    for number, row in enumerate(rows, 1):
        add_row(table, [str(number), [(row.figure, "b")], row.kind, _context(row.context), row.source],
                align=align)


def _context(context: R.Context) -> list[tuple[str, str]]:
    return [(context.before, ""), (context.focus, "b"), (context.after, "")]


def _targets(document, heading: str, rows: list[R.TargetRow]) -> None:
    _heading(document, heading)
    if not rows:
        _empty(document, "Văn bản không nêu chỉ tiêu nào.")
        return
    table = _table(document, TARGET_COLUMNS)
    align = [CELL_CENTER, CELL_JUSTIFY, CELL_CENTER, CELL_CENTER, CELL_CENTER]
    for number, row in enumerate(rows, 1):
        target = [(_capitalised(row.target), "")]
        if row.planned:
            target.append((f"\nMức chỉ tiêu: {row.planned}", "i"))
        status_style = "b" if row.status.startswith("chưa đạt") else ""
        add_row(table, [str(number), target, row.result, [(row.status, status_style)], row.source], align=align)


def _tasks(document, heading: str, rows: list[R.TaskRow]) -> None:
    _heading(document, heading)
    if not rows:
        _empty(document, "Văn bản không nêu nhiệm vụ trọng tâm cho thời gian tới.")
        return
    for number, row in enumerate(rows, 1):
        para = paragraph(document, f"{number}- {_capitalised(row.task).rstrip(' .;')} ", indent_first=True)
        add_run(para, f"({row.source}).", italic=True)


def _capitalised(text: str) -> str:
    """Tasks and targets are cut from mid-sentence ("bám sát …"); a list item starts upper-case."""
    return text[:1].upper() + text[1:]


def _findings(document, heading: str, rows: list[R.FindingRow]) -> None:
    _heading(document, heading)
    if not rows:
        _empty(document, "Chương trình không phát hiện sai sót nào trong văn bản.")
        return
    counts = {label: sum(r.severity == label for r in rows) for label in R.SEVERITY_LABELS.values()}
    parts = ", ".join(f"{n} {label.lower()}" for label, n in counts.items() if n)
    paragraph(document, f"Chương trình phát hiện {len(rows)} vấn đề ({parts}), cụ thể:", indent_first=True)
    table = _table(document, FINDING_COLUMNS)
    align = [CELL_CENTER, CELL_LEFT, CELL_JUSTIFY, CELL_LEFT]
    for number, row in enumerate(rows, 1):
        where = [(row.source.capitalize() + ":\n", "b"), *_context(row.context)]
        problem = [(f"{row.severity}: ", "b"), (row.problem, "")]
        fix = [(f"Sửa thành “{row.fix}”", "")] if row.fix is not None else [("Xem lại, sửa thủ công", "i")]
        add_row(table, [str(number), where, problem, fix], align=align)


def _note(document, source: Path | None, refs: R.ParagraphRefs) -> None:
    name = f"tệp “{source.name}”" if source else "văn bản đang soạn"
    para = paragraph(document, "", space_after=0, indent_first=True)
    para.paragraph_format.space_before = Pt(12)
    add_run(para, f"Bản tóm tắt do minutes_app lập từ {name} ({refs.total} đoạn). “Đoạn N” là đoạn văn "
                  "thứ N có nội dung của văn bản gốc, không tính dòng trống.", italic=True, size=12)


def _signature(document) -> None:
    table = new_table(document, SIGNATURE_WIDTHS_MM, grid=False)
    no_borders(table)
    left, right = table.add_row().cells
    recipients = left.paragraphs[0]
    recipients.paragraph_format.space_before = Pt(12)
    add_run(recipients, "Nơi nhận:", bold=True, underline=True, size=12)
    for line in ("- Lưu hồ sơ.",):
        para = left.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        add_run(para, line, size=12)
    signer = right.paragraphs[0]
    signer.paragraph_format.space_before = Pt(12)
    _cell_line(signer, "NGƯỜI LẬP", bold=True)
    _cell_line(right.add_paragraph(), "(Ký, ghi rõ họ tên)", italic=True)
