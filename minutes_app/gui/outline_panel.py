"""The "Tóm tắt" panel: the document as the engine reads it — meeting facts, attendance, votes
and decisions, targets with verdicts, tasks — each entry clickable to its text.

A field the engine could not find is shown as missing ("chưa có"), in grey italics, so the
clerk sees what the minutes still lack (no secretary, no closing time, a vote without its
base). Rebuilt from ``Analysis.structure`` after every analysis; the open groups survive.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.numbers import format_compact
from ..core.shares import RECOMPUTED, TargetShare
from ..core.structure.document import DocStructure, Field
from ..core.templates import PLACEHOLDER
from . import i18n
from .entities_panel import COMPARATORS

SPAN_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end) of the entry's text, or None
MISSING = "chưa có"
UNFILLED = "chưa điền"  # a «…» field of a template
GENRES = {"bien_ban": "Biên bản", "bao_cao": "Báo cáo", "nghi_quyet": "Nghị quyết / kết luận",
          "tin_hoi_nghi": "Tin hội nghị", "other": "Văn bản khác"}
GROUPS = ("Văn bản", "Cuộc họp", "Thành phần", "Biểu quyết và quyết định", "Chỉ tiêu", "Nhiệm vụ")
MISSING_COLOUR = QColor("#8a8a8a")
SHORTFALL_COLOUR = QColor("#b3261e")


class _OutlineTree(QTreeWidget):
    """Its label column as wide as its labels, up to a share of the panel: sized to its contents, a target's long name
    (the label of its row) pushed the values to the panel's edge at 1366×768, where "Cơ quan" read "Đảng ủy Văn p…".
    A cut label keeps its whole text in its tooltip."""

    LABEL_SHARE = 0.45
    # Said in the empty tree (translated when painted): blank during a long report's first check, the panel read
    # as "nothing to summarise" (clerk session, round 20).
    note = "Đang kiểm tra…"

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.note or self.topLevelItemCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         i18n.tr(self.note))
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_label_column()

    def fit_label_column(self) -> None:
        self.setColumnWidth(0, min(self.sizeHintForColumn(0), int(self.viewport().width() * self.LABEL_SHARE)))


class OutlinePanel(QWidget):
    """Tree of the document's parts; a click on an entry emits ``span_requested(start, end)``."""

    span_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree = _OutlineTree()
        self.tree.setObjectName("outline_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemExpanded.connect(lambda _: self.tree.fit_label_column())
        self.tree.itemCollapsed.connect(lambda _: self.tree.fit_label_column())
        self.tree.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._collapsed: set[str] = set()

    # -- building ------------------------------------------------------------------------
    def set_structure(self, structure: DocStructure | None, shares: Mapping[int, TargetShare] | None = None,
                      votes: Mapping[int, TargetShare] | None = None) -> None:
        """``shares``: the printed share of targets by their start (core.shares.target_shares), ``votes`` that of
        decisions (core.shares.vote_shares): each shown as written, a finding's value beside it."""
        for name, item in self.groups.items():
            if item.treeWidget() is not None and not item.isExpanded():
                self._collapsed.add(name)
            elif name in self._collapsed:
                self._collapsed.discard(name)
        self.tree.clear()
        self.groups = {}
        self.set_note("Đang kiểm tra…" if structure is None else "")
        if structure is None:
            return
        self._document(structure)
        if structure.meeting is not None:
            self._meeting(structure)
        if structure.attendance is not None:
            self._attendance(structure)
        if structure.genre == "bien_ban" or structure.decisions:
            self._decisions(structure, votes or {})
        self._targets(structure, shares or {})
        self._tasks(structure)
        for name, item in self.groups.items():
            item.setExpanded(name not in self._collapsed)
        self.tree.fit_label_column()

    def set_note(self, note: str) -> None:
        """What the empty panel says: "Đang kiểm tra…" until a structure comes, or why none will."""
        self.tree.note = note
        self.tree.viewport().update()

    def retranslate(self) -> None:
        self.tree.viewport().update()  # the note is translated when painted

    def _group(self, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([i18n.tr(name), ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)  # a group's name is not held to the labels' column
        self.groups[name] = item
        return item

    def _entry(self, group: QTreeWidgetItem, label: str, value, span: tuple[int, int] | None = None,
               *, required: bool = True, alarm: bool = False) -> QTreeWidgetItem | None:
        """One row; a missing required value is shown as missing, an optional one is left out."""
        if isinstance(value, Field):
            span = span or ((value.start, value.end) if value.end > value.start else None)
            value = value.value
        unfilled = isinstance(value, str) and bool(PLACEHOLDER.fullmatch(value.strip()))
        if value in (None, "", (), []) or unfilled:
            if not required and not unfilled:
                return None
            # a template's «địa điểm» is a field still to fill, not a value
            item = QTreeWidgetItem([i18n.tr(label), i18n.tr(UNFILLED if unfilled else MISSING)])
            item.setToolTip(0, i18n.tr(label))
            font = QFont(item.font(1))
            font.setItalic(True)
            item.setFont(1, font)
            item.setForeground(1, QBrush(MISSING_COLOUR))
            item.setData(0, SPAN_ROLE, list(span) if unfilled and span else None)
            group.addChild(item)
            return item
        item = QTreeWidgetItem([i18n.tr(label), str(value)])
        item.setToolTip(0, i18n.tr(label))
        item.setToolTip(1, str(value))
        item.setData(0, SPAN_ROLE, list(span) if span else None)
        if alarm:
            item.setForeground(1, QBrush(SHORTFALL_COLOUR))
        group.addChild(item)
        return item

    def _document(self, s: DocStructure) -> None:
        group = self._group("Văn bản")
        h = s.header
        self._entry(group, "Loại", i18n.tr(GENRES.get(s.genre, s.genre)), (h.type_line.start, h.type_line.end)
                    if h.type_line else None)
        self._entry(group, "Cơ quan", h.issuer)
        self._entry(group, "Cấp trên", h.issuer_parent, required=False)
        self._entry(group, "Số", h.doc_number, required=s.genre in ("bao_cao", "nghi_quyet"))
        self._entry(group, "Ngày", _date_field(s.posted), required=True)
        self._entry(group, "Tiêu đề", h.title)
        for signer in s.signers:
            role = signer.role.value if signer.role else i18n.tr("Người ký")
            self._entry(group, role.capitalize(), signer.name)
        if s.genre in ("bao_cao", "nghi_quyet") and not s.signers:
            self._entry(group, "Người ký", None)

    def _meeting(self, s: DocStructure) -> None:
        m = s.meeting
        group = self._group("Cuộc họp")
        minutes = s.genre == "bien_ban"
        self._entry(group, "Tên", m.name, required=s.genre != "nghi_quyet")
        self._entry(group, "Loại", m.kind, required=minutes)
        self._entry(group, "Ngày", _date_field(m.date or m.day_month))
        self._entry(group, "Bắt đầu", m.start, required=minutes)
        self._entry(group, "Kết thúc", m.end, required=minutes)
        self._entry(group, "Địa điểm", m.place, required=minutes)
        if m.chairs:
            for chair in m.chairs:
                self._entry(group, "Chủ trì", chair)
        else:
            self._entry(group, "Chủ trì", None, required=s.genre != "nghi_quyet")
        self._entry(group, "Thư ký", m.secretary, required=minutes)
        for guest in m.guests:
            self._entry(group, "Đại biểu", guest)
        self._entry(group, "Hình thức", m.form, required=False)

    def _attendance(self, s: DocStructure) -> None:
        a = s.attendance
        group = self._group("Thành phần")
        minutes = s.genre == "bien_ban"
        self._entry(group, "Tổng số", a.total)
        self._entry(group, "Chính thức", a.official, required=False)
        self._entry(group, "Dự bị", a.probationary, required=False)
        self._entry(group, "Có mặt", a.present)
        self._entry(group, "Vắng", a.absent, required=minutes)
        for absentee in a.absentees:
            reason = absentee.reason.value if absentee.reason else i18n.tr("lý do: chưa có")
            self._entry(group, "  vắng", f"{absentee.name.value} ({reason})",
                        (absentee.name.start, absentee.name.end), alarm=absentee.reason is None)

    def _decisions(self, s: DocStructure, shares: Mapping[int, TargetShare]) -> None:
        group = self._group("Biểu quyết và quyết định")
        if not s.decisions:
            self._entry(group, "Biểu quyết", None)  # minutes without a vote: shown as missing
            return
        labels = {"vote": "Biểu quyết", "election": "Bầu cử", "discipline": "Kỷ luật", "resolution": "Nghị quyết",
                  "assignment": "Phân công"}
        for decision in s.decisions:
            parts = []
            if decision.person:
                parts.append(decision.person)
            if decision.subject and not decision.person:
                parts.append(decision.subject[:60])
            share = shares.get(decision.start) if decision.votes_for is not None else None
            if decision.votes_for is not None:
                base = f"/{decision.base}" if decision.base is not None else ""
                # as the minutes print it ("94,1" under "Tỷ lệ %"), the computed value beside it where a finding disputes it
                said = f" ({share.printed})" if share is not None else ""
                if share is not None and share.mark:
                    said += f" ({i18n.tr(RECOMPUTED, share.recomputed)})"
                parts.append(i18n.tr("tán thành {}", f"{decision.votes_for}{base}") + said)
            if decision.outcome:
                parts.append(decision.outcome)
            item = self._entry(group, labels.get(decision.kind, decision.kind), " — ".join(parts),
                               (decision.start, decision.end), alarm=bool(share and share.mark))
            _tell_recomputed(item, share)
            counted = decision.kind == "vote" or (decision.kind == "resolution" and decision.votes_for is not None)
            if counted and decision.base is None and item is not None:
                self._entry(item, "Cơ sở", None)  # a vote (or a resolution's count) without its base: shown as missing

    def _targets(self, s: DocStructure, shares: Mapping[int, TargetShare]) -> None:
        if not s.targets:
            return
        group = self._group("Chỉ tiêu")
        for target in s.targets:
            result = format_compact(target.result) if target.result is not None else "—"
            level = format_compact(target.target) if target.target is not None else "—"
            share = shares.get(target.start)
            progress = share.progress(target.progress) if share is not None else target.progress
            verdict = progress or i18n.tr(target.verdict or "chưa có kết quả")
            if share is not None and not target.progress:
                verdict += f" ({share.printed})"
            if share is not None and share.mark:  # the clerk's figure stays; the computed one beside it, marked
                verdict += f" ({i18n.tr(RECOMPUTED, share.recomputed)})"
            unit = "%" if target.unit == "%" else ""
            item = self._entry(group, target.name[:48],
                               f"{result}{unit} / {COMPARATORS.get(target.comparator or '', '')}{level}{unit}: {verdict}",
                               (target.start, target.end), alarm=target.verdict == "chưa đạt" or bool(share and share.mark))
            _tell_recomputed(item, share)

    def _tasks(self, s: DocStructure) -> None:
        if not s.tasks and s.genre not in ("bien_ban", "bao_cao", "nghi_quyet"):
            return
        group = self._group("Nhiệm vụ")
        if not s.tasks:
            self._entry(group, "Nhiệm vụ", None)
        for task in s.tasks:
            who = task.owner.value if task.owner else "—"
            when = f" ({task.deadline.value})" if task.deadline else ""
            self._entry(group, who[:30], task.text.value[:90] + when, (task.text.start, task.text.end))

    # -- clicks --------------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        span = item.data(0, SPAN_ROLE)
        if span:
            self.span_requested.emit(int(span[0]), int(span[1]))

    def entries(self) -> list[QTreeWidgetItem]:
        """Every leaf entry, in order (tests, keyboard navigation)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                found.append(group.child(j))
        return found


def _tell_recomputed(item: QTreeWidgetItem | None, share: TargetShare | None) -> None:
    """A share a finding disputes: the entry's tooltip tells both values."""
    if item is not None and share is not None and share.mark:
        item.setToolTip(1, i18n.tr("Văn bản ghi {}; chương trình tính lại được {} (xem kết quả kiểm tra).",
                                   share.printed, share.recomputed))


def _date_field(item: Field | None) -> Field | None:
    if item is None:
        return None
    if not isinstance(item.value, str):  # a DayMonth: the day and month as written, no year known
        return Field(i18n.tr("{} (không ghi năm)", item.value), item.start, item.end)
    year, month, day = str(item.value).split("-")
    return Field(f"{day}/{month}/{year}", item.start, item.end)
