"""The structured summary (`minutes-app export FILE -o summary.docx`), one layout per genre.

Laid out as the source's own kind of document (HD 36-HD/VPTW for Party bodies, NĐ 30/2020
for state bodies, domain.md §1): the source's issuing body and "*" top left, "ĐẢNG CỘNG SẢN
VIỆT NAM" (or the Quốc hiệu) and "place, date" top right, a title naming the genre and the
source's own title, then the sections a secretary reads in that genre. Every fact comes from
``Analysis.structure`` (core/structure) and cites where it was read ("II.1 › “Kiểm tra…”").
A field that does not apply to the genre is left out; "không nêu" marks an applicable field
the source omits.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt

from .. import PRODUCT_NAME
from ..core.atomic import write_atomic
from ..core.engine import Analysis
from ..core.numbers import format_compact, states
from ..core.shares import target_shares, vote_shares
from ..core.structure.document import DocStructure, Field, Target
from ..core.structure.lines import LineKind
from ..core.structure.meeting import sentence_case
from ..palette import visible_spaces
from . import rows as R
from .figures import chosen_figures
from .refs import SourceRefs, clip
from .styles import (
    BODY_PT,
    CELL_CENTER,
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
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_TITLE_RULE_MM = 76  # the rule under the header title is as long as the title
MOTTO_RULE_MM = 62
HEADER_WIDTHS_MM = [78, TEXT_WIDTH_MM - 78]
# a state body's header: the Quốc hiệu (12 pt, NĐ 30/2020 Phụ lục I) on one line needs the wider cell
STATE_HEADER_WIDTHS_MM = [68, TEXT_WIDTH_MM - 68]
SIGNATURE_WIDTHS_MM = [80, TEXT_WIDTH_MM - 80]
PLACEHOLDER = "…………………"
NOT_STATED = "không nêu"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")

# Section headings per genre: the words and numerals are how a reader and a test find them.
# Biên bản: the blocks of a Party biên bản — Thời gian, Địa điểm, Thành phần, Nội dung,
# Diễn biến (ý kiến), Biểu quyết, Kết thúc — HD 36-HD/VPTW and ../shared/notes/domain.md §2.
BIEN_BAN = ("THÔNG TIN CHUNG", "THÀNH PHẦN", "NỘI DUNG VÀ SỐ LIỆU CHÍNH", "Ý KIẾN THẢO LUẬN",
            "BIỂU QUYẾT, BẦU CỬ VÀ QUYẾT ĐỊNH", "KẾT LUẬN VÀ NHIỆM VỤ", "KẾT QUẢ KIỂM TRA")
# the lines a section's gist is taken from (not table rows, signatures, Nơi nhận, captions, debris)
_PROSE = (LineKind.BODY, LineKind.LIST_ITEM, LineKind.HEADING)
# Báo cáo (and other genres): header parts per HD 36 Phụ lục 1 (cơ quan, số, ngày, trích yếu,
# người ký; domain.md §1A), then results against targets, limits and the next period's tasks.
BAO_CAO = ("THÔNG TIN VĂN BẢN", "TÌNH HÌNH CHUNG", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "SỐ LIỆU NỔI BẬT",
           "HẠN CHẾ, NGUYÊN NHÂN", "NHIỆM VỤ, PHƯƠNG HƯỚNG", "KẾT QUẢ KIỂM TRA")
# Nghị quyết / kết luận: HD 36 header parts (domain.md §1A), assessment, targets with their
# period, tasks and solutions, who implements and reports by when.
NGHI_QUYET = ("THÔNG TIN VĂN BẢN", "ĐÁNH GIÁ KẾT QUẢ", "CHỈ TIÊU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN",
              "KẾT QUẢ KIỂM TRA")
# Tin hội nghị: the facts a news item gives of a meeting (domain.md §2 Thời gian, Thành phần,
# chủ trì), what was reported, contributions, the conclusion and tasks.
TIN = ("THÔNG TIN HỘI NGHỊ", "SỐ LIỆU, KẾT QUẢ ĐƯỢC BÁO CÁO", "CHỈ TIÊU", "Ý KIẾN THAM LUẬN",
       "KẾT LUẬN, CHỈ ĐẠO VÀ NHIỆM VỤ", "KẾT QUẢ KIỂM TRA")
LAYOUTS = {"bien_ban": BIEN_BAN, "bao_cao": BAO_CAO, "nghi_quyet": NGHI_QUYET, "tin_hoi_nghi": TIN, "other": BAO_CAO}
GENRE_TITLES = {"bien_ban": "BIÊN BẢN", "bao_cao": "BÁO CÁO", "nghi_quyet": "NGHỊ QUYẾT",
                "tin_hoi_nghi": "TIN HỘI NGHỊ", "other": "VĂN BẢN"}

FIGURE_COLUMNS = (("STT", 14), ("Nội dung", 60), ("Số liệu", 46), ("Nguồn", 45))
# "133,3%" on one line; the note (period or progress, and the reference) wide enough not to run to six lines
TARGET_COLUMNS = (("Chỉ tiêu", 40), ("Mức", 25), ("Thực hiện", 25), ("Tỷ lệ", 19), ("Đánh giá", 20), ("Ghi chú", 36))
VOTE_COLUMNS = (("Nội dung", 50), ("Tán thành", 20), ("Không tán thành", 20), ("Ý kiến khác", 18),
                ("Cơ sở", 17), ("Kết quả", 40))
TASK_COLUMNS = (("STT", 14), ("Người thực hiện", 38), ("Nhiệm vụ", 78), ("Thời hạn", 35))
FINDING_COLUMNS = (("STT", 14), ("Vị trí", 48), ("Vấn đề", 63), ("Đề xuất sửa", 40))
VERDICT_LABELS = {"đạt": "đạt", "vượt": "vượt", "chưa đạt": "chưa đạt", "tiến độ": "tiến độ", None: "chưa có kết quả"}


def write_summary(analysis: Analysis, output_path, source: Path | None = None) -> None:
    """Written beside the target and moved over it: a disk full or a crash mid-save never leaves
    a broken .docx where the last good export was."""
    document = build_summary(analysis, source)
    write_atomic(Path(output_path), lambda temp: document.save(str(temp)))


def build_summary(analysis: Analysis, source: Path | None = None):
    structure = analysis.structure
    document = new_document()
    refs = SourceRefs(analysis)
    _header(document, structure)
    _title(document, structure, analysis.text)
    writer = _Writer(document, analysis, structure, refs)
    layout = LAYOUTS.get(structure.genre, BAO_CAO)
    for number, name in zip(ROMAN, layout):
        _heading(document, f"{number}. {name}")
        SECTION_WRITERS[name](writer)
    _note(document, source)
    _signature(document)
    return document


# ---------------------------------------------------------------- frame

def _header(document, structure: DocStructure) -> None:
    """Issuing body (and its parent) + "*" on the left; Party name or Quốc hiệu + place, date right."""
    header = structure.header
    state = header.state_body
    table = new_table(document, STATE_HEADER_WIDTHS_MM if state else HEADER_WIDTHS_MM, grid=False)
    no_borders(table)
    left, right = table.add_row().cells
    issuer = header.issuer.value if header.issuer else None
    parent = header.issuer_parent.value if header.issuer_parent else None
    first = left.paragraphs[0]
    if parent:
        _cell_line(first, parent.upper(), size=STATE_ISSUER_PT if state else BODY_PT)
        first = left.add_paragraph()
    # a state body's name in 13 pt (NĐ 30/2020: 12-13) beside the wider Quốc hiệu cell; a Party body's in 14
    size, limit = (STATE_ISSUER_PT, STATE_ISSUER_CHARS) if state else (BODY_PT, ISSUER_CHARS)
    for number, line in enumerate(_issuer_lines(issuer.upper(), limit) if issuer else [PLACEHOLDER]):
        _cell_line(first if number == 0 else left.add_paragraph(), line, bold=True, size=size)
    _cell_line(left.add_paragraph(), "—————" if state else "*")
    title = right.paragraphs[0]
    _cell_line(title, NATIONAL_TITLE if state else PARTY_TITLE, bold=True, size=12 if state else HEADER_TITLE_PT)
    if state:
        motto = right.add_paragraph()
        _cell_line(motto, MOTTO, bold=True)
        # the rule under the motto is as long as the motto (NĐ 30/2020 Phụ lục I)
        margin = Mm(max(0, (STATE_HEADER_WIDTHS_MM[1] - 4 - MOTTO_RULE_MM) / 2))
        motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = margin
        bottom_rule(motto)
    else:
        margin = Mm(max(0, (HEADER_WIDTHS_MM[1] - 4 - PARTY_TITLE_RULE_MM) / 2))
        title.paragraph_format.left_indent = title.paragraph_format.right_indent = margin
        bottom_rule(title)
    date_line = _place_date(structure)
    if date_line:
        para = right.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        _cell_line(para, date_line, italic=True)


# a body's name too long for its cell is broken where an office breaks it, before the place it is of ("ỦY BAN NHÂN
# DÂN / XÃ THỌ TIẾN"), not by the cell at its last word ("ỦY BAN NHÂN DÂN XÃ THỌ / TIẾN")
ISSUER_CHARS = 24  # capitals in 14 pt bold in the 78 mm cell
STATE_ISSUER_CHARS = 20  # in 13 pt bold in the 68 mm cell
STATE_ISSUER_PT = 13
# "XÃ HỘI" is no commune: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ / XÃ HỘI" left "BINH VÀ" on a line of its own
_LOCALITY = re.compile(r"\s(?=(?:XÃ(?! HỘI)|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|TP\.?)\s)")


def _issuer_lines(issuer: str, limit: int) -> list[str]:
    if len(issuer) <= limit:
        return [issuer]
    # the place at least two words ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN / TỈNH" would leave it alone), the body a word of its
    # own at least ("UBND / PHƯỜNG HÒA CƯỜNG", "ĐẢNG ỦY / PHƯỜNG …"; not a bare "SỞ")
    cuts = [m.start() for m in _LOCALITY.finditer(issuer)
            if len(issuer[:m.start()].split()) >= 2 or len(issuer[:m.start()].strip()) >= 4
            if len(issuer[m.start():].split()) >= 2]
    if not cuts:
        return [issuer]
    cut = min(cuts, key=lambda at: abs(len(issuer) / 2 - at))
    return [issuer[:cut].strip(), issuer[cut:].strip()]


def _place_date(structure: DocStructure) -> str | None:
    header = structure.header
    if header.date_line:
        return header.date_line.value
    if structure.posted:
        year, month, day = structure.posted.value.split("-")
        place = f"{header.place.value}, ngày" if header.place else "Ngày"
        return f"{place} {int(day):02d} tháng {_month(int(month))} năm {year}"
    return None


def _month(month: int) -> str:
    """The month of a date line as Nghị định 30/2020 writes it: a leading 0 for 1 and 2 only ("tháng 02",
    "tháng 7"); "tháng 07" (the summary's own date line until round 15) is the old style (domain.md §5, Dates)."""
    return f"{month:02d}" if month <= 2 else str(month)


def _cell_line(para, text: str, *, bold=False, italic=False, size=BODY_PT) -> None:
    para.alignment = CENTER
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.line_spacing = 1.0
    add_run(para, text, bold=bold, italic=italic, size=size)


def _title(document, structure: DocStructure, source: str) -> None:
    """"TÓM TẮT BIÊN BẢN — Sinh hoạt chi bộ thường kỳ tháng 10 năm 2025"."""
    kind = GENRE_TITLES.get(structure.genre, "VĂN BẢN")
    type_line = structure.header.type_line.value if structure.header.type_line else ""
    if structure.genre == "nghi_quyet" and "KẾT LUẬN" in type_line.upper():
        kind = "KẾT LUẬN"
    own = structure.header.title.value if structure.header.title else None
    if own and own[:1].islower():  # "KẾT LUẬN / của Ban Thường vụ …": the title goes on from the type line
        text = f"TÓM TẮT {kind} {own}"
    else:
        text = f"TÓM TẮT {kind}" + (f" — {_sentence_case(own, source)}" if own else "")
    heading = paragraph(document, text, bold=True, size=HEADER_TITLE_PT, align=CENTER, space_after=0)
    heading.paragraph_format.space_before = Pt(18)
    heading.paragraph_format.keep_with_next = True
    paragraph(document, "-----", align=CENTER, space_after=12)


def _sentence_case(text: str, source: str = "") -> str:
    return sentence_case(text, source)


def _heading(document, text: str) -> None:
    para = paragraph(document, text, bold=True, align=LEFT, space_after=6)
    para.paragraph_format.space_before = Pt(12)
    para.paragraph_format.keep_with_next = True


def _note(document, source: Path | None) -> None:
    _hold_last_block(document)
    name = f"tệp “{source.name}”" if source else "văn bản đang soạn"
    # left-aligned: justified, a long file name left gaps of a centimetre between the words of the line before it
    para = paragraph(document, "", space_after=0, indent_first=True, align=LEFT)
    para.paragraph_format.space_before = Pt(12)
    para.paragraph_format.keep_with_next = True
    add_run(para, f"Bản tóm tắt do phần mềm {PRODUCT_NAME} lập từ {name}. Nguồn của mỗi mục ghi số đề mục và những chữ "
                  "đầu của câu trong văn bản gốc.", italic=True, size=12)


def _hold_last_block(document) -> None:
    """The last line of the body (a paragraph, or a table's last row) keeps with the note and signature after it:
    they never stand alone on a last page (a page holding the note and "NGƯỜI LẬP" only tells nothing)."""
    from docx.table import Table

    blocks = list(document.iter_inner_content())
    last = blocks[-1] if blocks else None
    if isinstance(last, Table):
        row = last.rows[-1]
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
        paragraphs = [p for cell in row.cells for p in cell.paragraphs]
    else:
        paragraphs = [last] if last is not None else []
    for para in paragraphs:
        para.paragraph_format.keep_with_next = True


def _signature(document) -> None:
    """Kept together on one page: one unsplittable row, every paragraph kept with the next."""
    table = new_table(document, SIGNATURE_WIDTHS_MM, grid=False)
    no_borders(table)
    row = table.add_row()
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    left, right = row.cells
    recipients = left.paragraphs[0]
    recipients.paragraph_format.space_before = Pt(12)
    recipients.paragraph_format.keep_with_next = True
    add_run(recipients, "Nơi nhận:", bold=True, underline=True, size=12)
    para = left.add_paragraph()
    para.paragraph_format.space_after = Pt(0)
    add_run(para, "- Lưu hồ sơ.", size=12)
    signer = right.paragraphs[0]
    signer.paragraph_format.space_before = Pt(12)
    signer.paragraph_format.keep_with_next = True
    _cell_line(signer, "NGƯỜI LẬP", bold=True)
    note = right.add_paragraph()
    _cell_line(note, "(Ký, ghi rõ họ tên)", italic=True)


# ---------------------------------------------------------------- sections

class _Writer:
    def __init__(self, document, analysis: Analysis, structure: DocStructure, refs: SourceRefs):
        self.document = document
        self.analysis = analysis
        self.structure = structure
        self.refs = refs
        self._targets = {e.start: e for e in analysis.entities if e.kind == "target"}
        self._shares = target_shares(analysis)
        self._vote_shares = vote_shares(analysis)

    # -- lines
    def fact(self, label: str, value, *, where: int | None = None, applicable: bool = True, footer=False) -> None:
        """"Label: value (source)", or "Label: không nêu." when the source omits it."""
        if value in (None, "", [], ()):
            if not applicable:
                return
            para = paragraph(self.document, f"- {label}: ", align=LEFT)
            add_run(para, NOT_STATED + ".", italic=True)
            return
        text = str(value).rstrip(". ")
        para = paragraph(self.document, f"- {label}: ", align=LEFT)
        add_run(para, text)
        if where is not None and where > 0:
            add_run(para, f" ({self.refs.label(where, footer=footer)})", italic=True, size=12)
        add_run(para, ".")

    def text(self, value: str, *, italic=False, leads=False) -> None:
        para = paragraph(self.document, value, italic=italic, align=LEFT, indent_first=True)
        # a line that opens the table under it stays on its page ("Chương trình phát hiện 2 vấn đề…, cụ thể:" was
        # left alone at the foot of a page, its table on the next)
        para.paragraph_format.keep_with_next = leads

    def empty(self, value: str) -> None:
        paragraph(self.document, value, italic=True, align=LEFT, indent_first=True)

    def table(self, columns):
        table = new_table(self.document, [width for _, width in columns])
        add_row(table, [name for name, _ in columns], bold=True, header=True, align=[CELL_CENTER] * len(columns))
        return table

    # -- shared pieces
    def figures(self) -> None:
        rows, rest = chosen_figures(self.analysis)
        if not rows:
            self.empty("Văn bản không có số liệu định lượng.")
            return
        table = self.table(FIGURE_COLUMNS)
        flagged = [(f.start, f.end) for f in self.analysis.findings if f.severity.value in ("error", "warning")]
        for number, row in enumerate(rows, 1):
            value = [(row.value, "b")]
            if any(a < row.end and row.start < b for a, b in flagged):  # never a wrong figure shown as a fact
                value.append((" (cần xem lại: xem kết quả kiểm tra)", "i"))
            add_row(table, [str(number), row.subject or "—", value, self.refs.label(row.start)],
                    align=[CELL_CENTER, CELL_LEFT, CELL_LEFT, CELL_LEFT])
        if rest:
            self.text(f"và {rest} số liệu khác trong văn bản.", italic=True)

    def targets(self, *, results: bool = True) -> None:
        targets = [t for t in self.structure.targets if (t.result is not None) == results or not results]
        if not targets:
            self.empty("Văn bản không nêu chỉ tiêu nào.")
            return
        table = self.table(TARGET_COLUMNS)
        for target in targets:
            entity = self._target_entity(target)
            level = self.level(target)
            comparator = (entity.get("comparator") if entity else None) or ""
            result = (entity.get("actual_text") if entity else None) or _number(target.result, target.unit) or "—"
            if re.fullmatch(r"\d[\d.,]*", result) and target.unit and target.unit != "%":
                result = f"{result} {target.unit}"  # "4 đảng viên" beside "từ 3 đảng viên trở lên", not a bare "4"
            ratio = "—"
            planned = (entity.get("target_value") if entity else None) or target.target
            done = (entity.get("actual_value") if entity else None) or target.result
            share = self._shares.get(target.start)
            if share is not None:  # the share as the text prints it, a finding's value beside it and marked
                ratio = [(share.printed, "")] + ([(f" ({share.mark})", "i")] if share.mark else [])
            elif done is not None and planned and target.unit != "%" and comparator in ("", ">=", ">"):
                ratio = f"{format_compact(round(done / planned * 100, 1))}%"
            verdict = VERDICT_LABELS.get(target.verdict, target.verdict or "")
            period = target.period or ""
            progress = share.progress(target.progress) if share is not None else target.progress
            note = progress or (_sentence_case(period).lower() if period.isupper() else period)
            add_row(table, [target.name, level or "—", result, ratio,
                            [(verdict, "b" if target.verdict == "chưa đạt" else "")],
                            [(note + ("; " if note else ""), ""), (self.refs.label(target.start), "i")]],
                    align=[CELL_LEFT, CELL_LEFT, CELL_LEFT, CELL_CENTER, CELL_LEFT, CELL_LEFT])
        judged = [t for t in targets if t.verdict]
        if judged:  # "8 chỉ tiêu: 6 đạt và vượt, 2 chưa đạt" (+ those still in progress)
            met = sum(t.verdict in ("đạt", "vượt") for t in judged)
            missed = sum(t.verdict == "chưa đạt" for t in judged)
            tally = f"{len(judged)} chỉ tiêu: {met} đạt và vượt, {missed} chưa đạt"
            progress = len(judged) - met - missed
            if progress:
                tally += f", {progress} đang thực hiện (tiến độ, chưa hết kỳ)"
            if len(targets) > len(judged):  # the table's other rows: levels set for a period to come
                tally += f"; {len(targets) - len(judged)} chỉ tiêu chưa có kết quả để đánh giá"
            self.text(tally + ".")
        else:
            # levels set for a period to come: said in a line of its own, which also keeps the next table (the
            # figures of a biên bản) from running on as rows of this one in Word
            self.text(f"{len(targets)} chỉ tiêu chưa có kết quả để đánh giá.")

    def _target_entity(self, target: Target):
        """The detector's record of a target's line, when it reads the target's own level and result: the structure
        may have read others ("Tỷ lệ trẻ em dưới 5 tuổi … là 9,8%, chỉ tiêu đề ra là dưới 10%": the detector's level
        is the "5" of the age; "giảm còn 4,1%, thấp hơn mục tiêu 5%": its level is the result)."""
        entity = self._targets.get(target.start)
        if entity is None:
            return None
        if not states(entity.get("target_text"), target.target) or not states(entity.get("actual_text"), target.result):
            return None
        return entity

    def level(self, target: Target) -> str | None:
        """A target's level as the text states it (the model's reading: structure.content.stated_levels)."""
        level = target.level_text or _number(target.target, target.unit)
        if level and target.unit and target.unit != "%" and re.fullmatch(r"[\d.,\s]+", level):
            level = _number(target.target, target.unit)  # "ít nhất 50 đoàn viên": the bare figure with its noun
        if target.comparator in R.COMPARATORS and level:
            level = R.COMPARATORS[target.comparator].format(level)
        return level

    def tasks(self) -> None:
        tasks = self.structure.tasks
        if not tasks:
            self.empty("Văn bản không nêu nhiệm vụ nào.")
            return
        table = self.table(TASK_COLUMNS)
        for number, task in enumerate(tasks, 1):
            owner = task.owner.value if task.owner else NOT_STATED
            deadline = task.deadline.value if task.deadline else NOT_STATED
            add_row(table, [str(number), owner, [(_capital(_task_words(task, self.analysis.text)), ""), ("\n" + self.refs.label(task.text.start),
                                                                                        "i")], deadline],
                    align=[CELL_CENTER, CELL_LEFT, CELL_LEFT, CELL_LEFT])

    def decisions(self) -> None:
        decisions = self.structure.decisions
        if not decisions:
            self.empty("Văn bản không ghi biểu quyết, bầu cử hay quyết định nào.")
            return
        table = self.table(VOTE_COLUMNS)
        for decision in decisions:
            subject = decision.subject or {"election": "Bầu cử", "discipline": "Kỷ luật",
                                           "resolution": "Thông qua nghị quyết", "assignment": "Phân công"}.get(decision.kind, "Biểu quyết")
            if decision.person:
                subject = (subject if decision.person in (subject or "") else f"{subject}: đồng chí {decision.person}") \
                    if decision.kind != "election" else \
                    f"Bầu đồng chí {decision.person}" + (f" ({decision.position})" if decision.position else "")
            cells = [_count(decision.votes_for), _count(decision.against), _count(decision.abstain)]
            base = str(decision.base) if decision.base is not None else (NOT_STATED if decision.kind == "vote" else "—")
            outcome = decision.outcome or "—"
            if decision.kind == "election" and decision.votes_for is not None and decision.base:
                # who was elected with what share of the ballots counted: "trúng cử (23/25 = 92%)", as the
                # election rule reads it (more than half), checkable against the counts beside it; the share the
                # minutes print where they print one ("94,1%", not the 94,12% of 16/17), the finding's value beside it
                printed = self._vote_shares.get(decision.start)
                share = printed.printed if printed else \
                    format_compact(round(decision.votes_for / decision.base * 100, 2)) + "%"
                outcome += f" ({decision.votes_for}/{decision.base} = {share})"
                if printed and printed.mark:
                    outcome += f" ({printed.mark})"
            add_row(table, [[(_capital(subject), ""), ("\n" + self.refs.label(decision.start), "i")], *cells, base,
                            outcome], align=[CELL_LEFT, CELL_CENTER, CELL_CENTER, CELL_CENTER, CELL_CENTER, CELL_LEFT])

    def opinions(self) -> None:
        opinions = self.structure.opinions
        if not opinions:
            self.empty("Văn bản không ghi ý kiến phát biểu.")
            return
        for opinion in opinions[:12]:
            para = paragraph(self.document, "- ", align=LEFT)
            add_run(para, f"Đồng chí {opinion.speaker.value}", bold=True)
            if opinion.position:
                add_run(para, f" ({opinion.position.value})")
            add_run(para, ": " + clip(opinion.gist.value, 220))

    def section_text(self, words: tuple[str, ...], limit: int = 600) -> bool:
        """The opening of the source's section whose heading holds one of ``words``."""
        text = self.analysis.text
        for section in self.structure.sections:
            if any(w in section.title.lower() for w in words):
                nxt = next((s.start for s in self.structure.sections if s.start > section.start and
                            s.level <= section.level), len(text))
                # The section's prose only: a table's figures have their own sections (joined into prose they
                # read as a jumble), and the signature block, Nơi nhận and a portal's debris that follow the
                # last section are no part of it.
                # Each item of a list keeps a paragraph of its own: run on, "… vượt chỉ tiêu. 2. Đưa 1.380 người …
                # 3. Tỷ lệ …" read as one jumbled sentence (a report's numbered results, each its own fact).
                pieces: list[str] = []
                item = False
                first = None  # the first words told: the reference quotes them, not the heading again
                for line in self.analysis.lines:
                    words = text[line.start:line.end].strip()
                    if not (section.end <= line.start < nxt and line.kind in _PROSE and words):
                        continue
                    first = line.start if first is None else first
                    opens = line.kind == LineKind.LIST_ITEM or line.marker_end > 0
                    if not pieces or opens or item:
                        pieces.append(words)
                    else:
                        pieces[-1] += " " + words
                    item = opens
                if pieces:
                    told = 0
                    for number, piece in enumerate(pieces):
                        room = limit - told
                        last = number == len(pieces) - 1 or room - len(piece) < 60
                        said = clip(piece, max(room, 60))
                        if last and number < len(pieces) - 1 and not said.endswith("…"):
                            said += " …"  # the items left out
                        para = paragraph(self.document, said + (" " if last else ""), align=LEFT, indent_first=True,
                                         space_after=6 if last else 2)
                        told += len(piece)
                        if last:
                            add_run(para, f"({self.refs.label(first)})", italic=True, size=12)
                            break
                    return True
        return False

    def findings(self) -> None:
        rows = R.finding_rows(self.analysis, self.refs)
        if not rows:
            self.empty("Chương trình không phát hiện sai sót nào trong văn bản.")
            return
        counts = {label: sum(r.severity == label for r in rows) for label in R.SEVERITY_LABELS.values()}
        parts = ", ".join(f"{n} {label.lower()}" for label, n in counts.items() if n)
        self.text(f"Chương trình phát hiện {len(rows)} vấn đề ({parts}), cụ thể:", leads=True)
        table = self.table(FINDING_COLUMNS)
        for number, row in enumerate(rows, 1):
            # The spaces a spacing finding is about show as dots, in bold like any focus: bold spaces show nothing.
            where = [(row.source + ":\n", "b"), (row.context.before, ""), (visible_spaces(row.context.focus), "b"),
                     (row.context.after, "")]
            problem = [(f"{row.severity}: ", "b"), (row.problem, "")]
            fix = [(f"Sửa thành “{visible_spaces(row.fix)}”", "")] if row.fix is not None \
                else [("Xem lại, sửa thủ công", "i")]
            add_row(table, [str(number), where, problem, fix], align=[CELL_CENTER, CELL_LEFT, CELL_LEFT, CELL_LEFT])


# what joins a deadline to the task it ends: "…, hoàn thành trước ngày 15/3", "…, xong trước 30/9"
_DEADLINE_JOIN = re.compile(r"(?:,\s*(?:xong|hoàn thành|hoàn tất|kết thúc))?[\s,;]*$", re.IGNORECASE)


def _task_words(task, source: str) -> str:
    """The task as written, without the deadline that ends it: the next cell tells it ("Kiện toàn tổ tuần tra, hoàn
    thành trước ngày 15/3/2026 | trước ngày 15/3/2026" read twice). A deadline inside the sentence stays where it is."""
    text = task.text.value
    deadline = task.deadline
    if deadline is None or not task.text.start <= deadline.start < deadline.end <= task.text.end \
            or source[task.text.start:task.text.end] != text:  # offsets into the value only when it is the slice
        return text
    head, tail = deadline.start - task.text.start, deadline.end - task.text.start
    if text[tail:].strip(" .;,") or not text[:head].strip():
        return text
    return _DEADLINE_JOIN.sub("", text[:head])


def _number(value, unit) -> str | None:
    if value is None:
        return None
    text = format_compact(float(value))
    if unit == "%":
        return text + "%"
    return f"{text} {unit}" if unit else text  # "48 tỷ đồng", not a bare "48"


def _count(value) -> str:
    return "—" if value is None else str(value)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _form(m) -> str | None:
    """"trực tuyến (22 điểm cầu)": the form and, for an online meeting, its điểm cầu."""
    if m.form is None:
        return None
    return f"{m.form.value} ({m.points.value} điểm cầu)" if m.points is not None else m.form.value


def _value(item: Field | None):
    return item.value if item is not None else None


def _where(item: Field | None) -> int | None:
    return item.start if item is not None and item.end > item.start else None


def _date(iso: str | None) -> str | None:
    """"09/9/2026", as a Party text cites a date (domain.md §5, Dates: "04/7/2025"), padded as the date line is."""
    if not iso:
        return None
    year, month, day = iso.split("-")
    return f"{int(day):02d}/{_month(int(month))}/{year}"


def _day(m) -> str | None:
    """The meeting's date, or the day and month the text gives when no year can be known ("14/10 (không ghi năm)"):
    a secretary sees what was written, and that the year is missing."""
    if m.date is not None:
        return _date(m.date.value)
    return f"{m.day_month.value} (văn bản không ghi năm)" if m.day_month is not None else None


# biên bản

def _general(w: _Writer) -> None:
    m, h = w.structure.meeting, w.structure.header
    if m is None:
        return
    w.fact("Cuộc họp", _capital(_value(m.name) or "") or (_sentence_case(h.title.value, w.analysis.text) if h.title else None))
    w.fact("Loại", _value(m.kind))
    # the closing time once here, beside the opening one ("19:30 – 21:15"; "kết thúc 21:15" alone, not as a start);
    # the conclusion's section tells it again only as the minutes' closing line
    start, end = _value(m.start), _value(m.end)
    when = f"{start} – {end}" if start and end else start or (f"kết thúc {end}" if end else "")
    day = _day(m)
    w.fact("Thời gian", ", ".join(p for p in (f"{when}" if when else "", f"ngày {day}" if day else "") if p) or None,
           where=_where(m.start or m.date or m.day_month))
    w.fact("Địa điểm", _value(m.place), where=_where(m.place))
    w.fact("Chủ trì", ", ".join(c.value for c in m.chairs) or None, where=m.chairs[0].start if m.chairs else None)
    w.fact("Thư ký", _value(m.secretary), where=_where(m.secretary))
    w.fact("Hình thức", _form(m), where=_where(m.form), applicable=False)
    if m.end and not w.structure.closing:
        w.fact("Kết thúc", _value(m.end), where=_where(m.end))


def _attendance(w: _Writer) -> None:
    a, m = w.structure.attendance, w.structure.meeting
    if a is None:
        w.empty("Văn bản không ghi thành phần dự họp.")
        return
    w.fact("Tổng số", _value(a.total), where=_where(a.total))
    if a.official or a.probationary:
        w.fact("Chính thức / dự bị", f"{_count(_value(a.official))} / {_count(_value(a.probationary))}",
               where=_where(a.official))
    w.fact("Có mặt", _value(a.present), where=_where(a.present))
    absent = _value(a.absent)
    names = "; ".join(f"{x.name.value}" + (f" ({x.reason.value})" if x.reason else " (lý do: không nêu)")
                      for x in a.absentees)
    w.fact("Vắng", f"{absent}" + (f": {names}" if names else "") if absent is not None else None,
           where=_where(a.absent))
    if m is not None:
        people = [("Chủ trì", ", ".join(c.value for c in m.chairs)), ("Thư ký", _value(m.secretary)),
                  ("Đại biểu", ", ".join(g.value for g in m.guests))]
        roles = "; ".join(f"{label}: {value}" for label, value in people if value)
        if roles:
            w.text("Theo vai trò — " + roles + ".")


def _content(w: _Writer) -> None:
    items = _agenda_items(w.analysis)
    if items is not None:
        if items:
            w.text("Các nội dung: " + "; ".join(items[:10]) + ".")
    else:
        skip = ("thời gian", "địa điểm", "thành phần", "biểu quyết", "nội dung", "kết thúc")
        agenda = [s for s in w.structure.sections if s.level <= 2 and s.number and not any(k in s.title.lower()
                                                                                              for k in skip)]
        # the agenda as the reader found it only when its numbering starts at the first item: "3. Nhiệm vụ tháng 3"
        # alone (items 1 and 2 read as sentences) told a secretary the meeting had one point
        numbered = [s for s in w.structure.sections if s.level <= 2 and s.number]
        if agenda and numbered[0].number in ("1", "I", "A", "a"):
            w.text("Các nội dung: " + "; ".join(f"{s.number}. {clip(s.title.rstrip(' :;.'), 70)}"
                                                for s in agenda[:10]) + ".")
    if w.structure.targets:  # the minutes' targets, judged against their period, before the other figures
        w.targets(results=False)
    w.figures()


# the heading of a biên bản's agenda (domain.md §2, block 4 "Nội dung": numbered agenda items): "NỘI DUNG", "II. NỘI
# DUNG SINH HOẠT", "Nội dung hội nghị:"
_AGENDA_HEADING = re.compile(r"(?:nội dung|chương trình)(?:\s+(?:sinh hoạt|hội nghị|cuộc họp|buổi họp|phiên họp|"
                             r"kỳ họp|làm việc|đại hội))?\s*:?\s*$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"\s*\(?(\d{1,2}|[a-zđ])\s*[.)\-–:]")


def _agenda_items(analysis: Analysis) -> list[str] | None:
    """The numbered items under the minutes' "NỘI DUNG" heading ("1. Thông tin thời sự …; 2. Đánh giá kết quả …"),
    each to its first colon or full stop; None when the minutes have no such heading. The other headings of such
    minutes are their frame (DIỄN BIẾN, BIỂU QUYẾT, KẾT LUẬN, BỎ PHIẾU KÍN), no agenda: listed as "Các nội dung",
    they told a secretary the meeting had discussed its own conclusion."""
    text = analysis.text
    heading = next((s for s in analysis.structure.sections if _AGENDA_HEADING.fullmatch(s.title.strip())), None)
    if heading is None:
        return None
    items: list[str] = []
    for line in analysis.lines:
        if line.start < heading.end or line.kind in (LineKind.BLANK, LineKind.BODY):
            continue  # an item's account may follow it ("1. Thông tin thời sự" / "Đồng chí Bí thư thông tin …")
        number = _ITEM_NUMBER.match(text, line.start, line.start + line.marker_end) if line.marker_end else None
        if line.kind == LineKind.LIST_ITEM and number is None:
            continue  # the account's own dashes
        # the list ends at the next heading of the frame, or where the numbering starts again (the tasks "1. Giao …")
        if line.kind not in (LineKind.LIST_ITEM, LineKind.HEADING) or number is None or \
                line.kind == LineKind.HEADING and line.level <= heading.level or \
                number[1] not in _next_items(items[-1].split(".")[0] if items else None):
            break
        words = re.split(r"(?<=\w)[.:;](?:\s|$)", text[line.start + line.marker_end:line.end].strip(), maxsplit=1)[0]
        items.append(f"{number[1]}. {clip(words.strip(' .;:'), 90)}")
    return items


def _next_items(number: str | None) -> tuple[str, ...]:
    """The number after ``number`` in its list ("2" after "1", "b" after "a"); "1" or "a" to open one."""
    if number is None:
        return ("1", "a")
    return (str(int(number) + 1),) if number.isdigit() else (chr(ord(number) + 1),)


def _conclusion(w: _Writer) -> None:
    w.tasks()
    if w.structure.closing:
        w.fact("Kết thúc", w.structure.closing.value, where=_where(w.structure.closing))


# báo cáo, nghị quyết

def _document_info(w: _Writer) -> None:
    h = w.structure.header
    w.fact("Cơ quan ban hành", _value(h.issuer))
    w.fact("Số", _value(h.doc_number))
    w.fact("Ngày", _date(_value(h.date)))
    title = h.title.value if h.title else None
    if title and title[:1].islower() and h.type_line:  # "của Ban Thường vụ …" says whose: "Kết luận của …"
        title = f"{_sentence_case(h.type_line.value)} {title}"
    w.fact("Trích yếu", _sentence_case(title, w.analysis.text) if title else None)
    period = None
    if h.title:
        from ..core.structure.content import _PERIOD

        match = _PERIOD.search(h.title.value)
        period = match[0] if match else None
    # a nghị quyết or kết luận is no report: its period is the one it assesses or sets tasks for
    resolution = w.structure.genre == "nghi_quyet"
    w.fact("Kỳ" if resolution else "Kỳ báo cáo", period, applicable=not resolution)
    signer = next((s for s in w.structure.signers if s.name), None)
    who = None
    if signer:
        # the block's lines in its order and as it writes them ("T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ"): their case is the
        # block's, and sentence case would misspell a title ("Phó bí thư", "Tm. ủy ban")
        block = ", ".join(p for p in (_value(signer.role), _value(signer.position)) if p)
        who = signer.name.value + (f" ({block})" if block else "")
    w.fact("Người ký", who, where=_where(signer.name if signer else None), footer=True)
    if resolution:
        # the sitting that adopted it: who attended and the vote (its layout has no section for either, and a
        # resolution is valid by that vote: "Nghị quyết được 31/31 đảng viên chính thức có mặt biểu quyết tán thành")
        _attendance_fact(w)
        for decision in w.structure.decisions:
            if decision.votes_for is None:
                continue
            told = f"{decision.votes_for}" + (f"/{decision.base}" if decision.base else "") + " tán thành"
            if decision.against:
                told += f", {decision.against} không tán thành"
            said = (f"{_capital(decision.subject)}: " if decision.subject else "") + told
            w.fact("Biểu quyết", said + (f", {decision.outcome}" if decision.outcome else ""), where=decision.start)


def _attendance_fact(w: _Writer) -> None:
    """"Thành phần: có mặt 33/35, vắng 2" for the layouts without an attendance section (news, resolutions)."""
    a = w.structure.attendance
    if a is None or not (a.present or a.total):
        return
    present, total, absent = _value(a.present), _value(a.total), _value(a.absent)
    told = f"có mặt {present}/{total}" if present is not None and total is not None else \
        (f"có mặt {present}" if present is not None else f"tổng số {total}")
    if absent:
        told += f", vắng {absent}"
    w.fact("Thành phần", told, where=_where(a.present or a.total), applicable=False)


def _situation(w: _Writer) -> None:
    if not w.section_text(("tình hình", "đặc điểm", "bối cảnh")):
        sections = w.structure.sections
        if not (sections and w.section_text((sections[0].title.lower(),))):
            w.empty("Văn bản không có phần tình hình chung riêng.")


def _limits(w: _Writer) -> None:
    if not w.section_text(("hạn chế", "tồn tại", "nguyên nhân", "khó khăn")):
        w.empty("Văn bản không nêu hạn chế, nguyên nhân.")


def _plans(w: _Writer) -> None:
    w.tasks()
    future = [t for t in w.structure.targets if t.result is None]
    if future:
        # each level as stated: "dưới 2%" is no "từ 2% trở lên"
        w.text("Chỉ tiêu đề ra: " + "; ".join(f"{t.name} {w.level(t) or '—'}" for t in future) + ".")


def _assessment(w: _Writer) -> None:
    if not w.section_text(("đánh giá", "kết quả", "tình hình")):
        w.empty("Văn bản không có phần đánh giá kết quả riêng.")


def _all_targets(w: _Writer) -> None:
    w.targets(results=False)


def _implementation(w: _Writer) -> None:
    """Who implements and by when: the source's own section, then each owner with the numbers of the tasks of
    the tasks' section it was given and their deadlines (the tasks' words are in that table: told again here, the section
    read as a second copy of it)."""
    owned = [(number, task) for number, task in enumerate(w.structure.tasks, 1) if task.owner or task.deadline]
    if not w.section_text(("tổ chức thực hiện",)) and not owned:
        w.empty("Văn bản không nêu phần tổ chức thực hiện.")
        return
    by_owner: dict[str, list[tuple[int, str | None]]] = {}
    for number, task in owned:
        by_owner.setdefault(task.owner.value if task.owner else "", []).append(
            (number, task.deadline.value if task.deadline else None))
    if by_owner:
        w.text(f"Phân công thực hiện các nhiệm vụ ở mục {ROMAN[NGHI_QUYET.index('NHIỆM VỤ, GIẢI PHÁP')]}:", leads=True)
    for owner, given in by_owner.items():
        w.fact(_capital(owner) or "Chưa nêu người thực hiện",
               "; ".join(f"nhiệm vụ {number}" + (f", {deadline}" if deadline else "") for number, deadline in given))


# tin hội nghị

def _news_info(w: _Writer) -> None:
    m, h, news = w.structure.meeting, w.structure.header, w.structure.news
    w.fact("Tên hội nghị", _value(m.name) if m else None, where=_where(m.name) if m else None)
    organiser = _value(h.issuer)
    if organiser and h.issuer_parent:
        organiser += f" ({h.issuer_parent.value})"
    w.fact("Cơ quan tổ chức", organiser, where=_where(h.issuer))
    w.fact("Ngày", _day(m) if m else None, where=_where(m.date or m.day_month) if m else None)
    if m is not None:
        w.fact("Hình thức", _form(m), where=_where(m.form))
        w.fact("Chủ trì", ", ".join(c.value for c in m.chairs) or None, where=m.chairs[0].start if m.chairs else None)
        w.fact("Dự và chỉ đạo", ", ".join(g.value for g in m.guests) or None,
               where=m.guests[0].start if m.guests else None)
    _attendance_fact(w)  # the layout has no attendance block: told here, not lost (figure rows leave them out)
    byline = _value(news.byline) if news else None
    # "Nguồn: Thiện", not "Nguồn: Tác giả: Thiện": the fact's own label says it (a "Tin, ảnh:" label tells more: kept)
    w.fact("Nguồn", re.sub(r"^(?:Tác\s+giả|Người\s+viết)\s*:\s*", "", byline) if byline else None)


def _news_conclusion(w: _Writer) -> None:
    if w.structure.decisions:  # a resolution adopted or a vote at the meeting: its conclusion, with its count
        w.decisions()
        if w.structure.tasks:  # a line between the two tables: with nothing between them Word joins them into one
            w.text("Nhiệm vụ được giao:", leads=True)
    w.tasks()


SECTION_WRITERS = {
    "THÔNG TIN CHUNG": _general,
    "THÀNH PHẦN": _attendance,
    "NỘI DUNG VÀ SỐ LIỆU CHÍNH": _content,
    "Ý KIẾN THẢO LUẬN": _Writer.opinions,
    "BIỂU QUYẾT, BẦU CỬ VÀ QUYẾT ĐỊNH": _Writer.decisions,
    "KẾT LUẬN VÀ NHIỆM VỤ": _conclusion,
    "KẾT QUẢ KIỂM TRA": _Writer.findings,
    "THÔNG TIN VĂN BẢN": _document_info,
    "TÌNH HÌNH CHUNG": _situation,
    "KẾT QUẢ THỰC HIỆN CHỈ TIÊU": _Writer.targets,
    "SỐ LIỆU NỔI BẬT": _Writer.figures,
    "HẠN CHẾ, NGUYÊN NHÂN": _limits,
    "NHIỆM VỤ, PHƯƠNG HƯỚNG": _plans,
    "ĐÁNH GIÁ KẾT QUẢ": _assessment,
    "CHỈ TIÊU": _all_targets,
    "NHIỆM VỤ, GIẢI PHÁP": _Writer.tasks,
    "TỔ CHỨC THỰC HIỆN": _implementation,
    "THÔNG TIN HỘI NGHỊ": _news_info,
    "SỐ LIỆU, KẾT QUẢ ĐƯỢC BÁO CÁO": _Writer.figures,
    "Ý KIẾN THAM LUẬN": _Writer.opinions,
    "KẾT LUẬN, CHỈ ĐẠO VÀ NHIỆM VỤ": _news_conclusion,
}

__all__ = ["LAYOUTS", "Target", "build_summary", "write_summary"]
