"""The findings list: every finding with its severity, rule title, message and text, and a
card for the selected one with the one-click actions (Sửa thành …, Bỏ qua, Bỏ qua tất cả,
switch the rule off), plus “Hoàn tác” and “Đã bỏ qua (n)” for the ignores.

The panel only emits requests; the main window applies them, so a fix is always the
editor's single undoable edit and an ignore always an undoable command.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Finding
from ..core.user_dictionary import WORD_CODES
from . import i18n
from .findings_delegate import FINDING_ROLE, FindingDelegate, fix_label
from .flow_layout import FlowLayout, wrapping
from .styles import SEVERITIES, SEVERITY_COLORS, SEVERITY_LABELS, quoted, severity_icon


class FindingsModel(QAbstractListModel):
    """One row per finding (already filtered); the delegate draws it."""

    def __init__(self, parent=None, rule_titles: dict[str, str] | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.rule_titles = rule_titles or {}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.rule_titles.get(finding.code, finding.code)}: {finding.text} — {finding.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            label = i18n.tr(SEVERITY_LABELS.get(finding.severity.value, ""))
            title = self.rule_titles.get(finding.code, finding.code)
            tip = f"{label} · {title}\n{finding.message}"
            if finding.suggestion is not None:
                tip += "\n" + i18n.tr("Bấm “{}” để sửa.", fix_label(finding.suggestion))
            return tip
        return None


class _CountLabel(QLabel):
    """The severity counts, whose minimum width never follows them (a speed fix, not looks).

    A label whose minimum widened with its counts raised the panel's minimum width; with the window at its minimum
    width (the legend's row sets it) the first result then resized the window and relaid and repainted every panel,
    ~10 ms charged to the next keystroke on a 200k report. The header row wraps (FlowLayout) and gives the label the
    width of its text, on the buttons' row while it fits there, on a row of its own when it does not; the fixed
    minimum (one digit a count, narrower than the filter beside it) keeps the panel's minimum where it was. A minimum
    as wide as two-digit counts sent even "● 1 ● 1 ● 2" to a second row at 1366 px.
    """

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(" ".join("● 9" for _ in SEVERITIES)))
        return hint


class _FindingsView(QListView):
    """The list, which says in words why it is empty: a blank white box after a check left
    clerks unsure whether the check had run (seen in a session under Xvfb)."""

    empty_text = ""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.empty_text)
        painter.end()


class FindingsPanel(QWidget):
    """List + detail card. Signals carry the Finding itself."""

    finding_activated = Signal(object)
    fix_requested = Signal(object)
    ignore_requested = Signal(object)  # this occurrence
    ignore_all_requested = Signal(object)  # every occurrence in the document
    undo_ignore_requested = Signal()  # “Hoàn tác bỏ qua”
    undo_requested = Signal()  # Ctrl+Z in the list: the last ignore or the last fix, whichever came last
    show_ignored_requested = Signal()
    disable_rule_requested = Signal(str, bool)  # code, everywhere
    add_word_requested = Signal(object)  # the finding's word goes into the personal dictionary

    def __init__(self, parent: QWidget | None = None, rule_titles: dict[str, str] | None = None,
                 rule_kinds: dict[str, str] | None = None):
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.rule_titles = rule_titles or {}
        self.rule_kinds = rule_kinds or {}
        self._all: list[Finding] = []
        self._restoring = False

        self.filter = QComboBox()
        # Follows its text when the language changes (it kept the English width: "Tất cả mức đ").
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.addItem("", None)
        for severity in SEVERITIES:
            self.filter.addItem(severity_icon(severity), "", severity)
        i18n.bind(lambda t: self.filter.setItemText(0, t), "Tất cả mức độ")
        for row, severity in enumerate(SEVERITIES, start=1):
            i18n.bind(lambda t, r=row: self.filter.setItemText(r, t), SEVERITY_LABELS[severity])
        self.filter.currentIndexChanged.connect(lambda _: self._apply_filter())
        self.count_label = _CountLabel()
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undo_ignore_button")
        i18n.bind(self.undo_button.setText, "Hoàn tác bỏ qua")
        i18n.bind(self.undo_button.setToolTip, "Hoàn tác lần bỏ qua vừa rồi (Ctrl+Z trong danh sách)")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_ignore_requested)
        self.ignored_button = QToolButton()
        self.ignored_button.setObjectName("ignored_button")
        self.ignored_button.clicked.connect(self.show_ignored_requested)
        self.set_ignored_count(0)
        # A row that wraps: with 1,000 findings and more the counts did not fit beside the buttons on a
        # 1366-pixel screen and the info count was cut ("● 29 ● 1101 ●"); they now go to a second row.
        top = QWidget()
        top.setObjectName("findings_top")
        top_layout = FlowLayout(top, spacing=4)
        top_layout.setContentsMargins(0, 0, 0, 0)
        wrapping(top)
        row_height = self.filter.sizeHint().height()
        for widget in (self.filter, self.undo_button, self.ignored_button, self.count_label):
            widget.setMinimumHeight(row_height)  # one height, so the row's texts stand on one line
            top_layout.addWidget(widget)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)

        self._ignored_count = 0
        self.model = FindingsModel(self, self.rule_titles)
        self._checked = False
        self._note = ""
        self.view = _FindingsView()
        self.view.setObjectName("findings_view")
        self.view.setModel(self.model)
        self.delegate = FindingDelegate(self.view, self.rule_titles)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.installEventFilter(self)
        self.delegate.fix_clicked.connect(lambda index: self.fix_requested.emit(self.model.findings[index.row()]))
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.card = self._build_card()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        # The list takes every pixel the card does not show: the card is as tall as what it says
        # (its message box fits the text, up to four lines, then scrolls). A splitter kept the
        # card's old height, so on a 768-pixel screen the list showed two findings above blank space.
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.card)
        self._update_card(None)

    def _build_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("finding_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet("#finding_card { background: #fafafa; border: 1px solid #ddd; border-radius: 6px; }")
        self.card_title = QLabel()
        self.card_title.setTextFormat(Qt.TextFormat.RichText)
        self.card_title.setWordWrap(True)
        self.card_message = QLabel()
        self.card_message.setWordWrap(True)
        self.card_message.setTextFormat(Qt.TextFormat.PlainText)
        self.card_message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.card_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_details = QLabel()
        self.card_details.setObjectName("card_details")
        self.card_details.setStyleSheet("color: #888;")
        self.card_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("fix_button")
        self.fix_button.setStyleSheet("#fix_button:enabled { font-weight: bold; color: #1565c0; }")
        self.fix_button.clicked.connect(lambda: self._emit_for_current(self.fix_requested))
        self.ignore_button = QPushButton()
        self.ignore_button.setObjectName("ignore_button")
        i18n.bind(self.ignore_button.setText, "Bỏ qua")
        i18n.bind(self.ignore_button.setToolTip, "Bỏ qua chỗ này; những chỗ khác có cùng nội dung vẫn được kiểm tra")
        self.ignore_button.clicked.connect(lambda: self._emit_for_current(self.ignore_requested))
        self.ignore_all_button = QPushButton()
        self.ignore_all_button.setObjectName("ignore_all_button")
        i18n.bind(self.ignore_all_button.setText, "Bỏ qua tất cả")
        i18n.bind(self.ignore_all_button.setToolTip, "Bỏ qua phát hiện này ở mọi chỗ trong văn bản")
        self.ignore_all_button.clicked.connect(lambda: self._emit_for_current(self.ignore_all_requested))
        self.add_word_button = QPushButton()
        self.add_word_button.setObjectName("add_word_button")
        i18n.bind(self.add_word_button.setText, "Thêm vào từ điển")
        i18n.bind(self.add_word_button.setToolTip,
                  "Đưa từ này vào từ điển cá nhân: chương trình không báo lỗi từ này nữa, ở mọi văn bản")
        self.add_word_button.clicked.connect(lambda: self._emit_for_current(self.add_word_requested))
        # A push button: its size keeps room for the menu's arrow, which a tool button drew over "Tắt quy tắc"'s last
        # letter (seen at 100 % and 150 %).
        self.rule_button = QPushButton()
        self.rule_button.setObjectName("rule_button")
        i18n.bind(self.rule_button.setText, "Tắt quy tắc")
        menu = QMenu(self.rule_button)
        self.disable_here = menu.addAction("")
        i18n.bind(self.disable_here.setText, "Cho văn bản này")
        self.disable_here.triggered.connect(lambda: self._disable(False))
        self.disable_everywhere = menu.addAction("")
        i18n.bind(self.disable_everywhere.setText, "Cho mọi văn bản")
        self.disable_everywhere.triggered.connect(lambda: self._disable(True))
        self.rule_button.setMenu(menu)
        # The fix on its own row: its label names the new text, which can be long.
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        fix_row.addWidget(self.add_word_button)  # on this row: the one below is full
        buttons = QHBoxLayout()
        buttons.addWidget(self.ignore_button)
        buttons.addWidget(self.ignore_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rule_button)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.card_title)
        # A long message scrolls inside a fixed box instead of running under the buttons.
        self.message_box = message_box = QScrollArea()
        message_box.setWidget(self.card_message)
        message_box.setWidgetResizable(True)
        message_box.setFrameShape(QFrame.Shape.NoFrame)
        message_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        message_box.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        layout.addWidget(message_box)
        layout.addWidget(self.card_details)
        layout.addLayout(fix_row)
        layout.addLayout(buttons)
        return card

    # -- content -----------------------------------------------------------------------
    def set_findings(self, findings: list[Finding], checked: bool = True, note: str = "") -> None:
        """Show ``findings`` (ignored ones already removed), keeping the selected one; ``checked``
        is False while the document has no analysis yet (an empty list then says nothing); ``note``, when the list
        is empty, says why in place of "no findings" (part of the text was not checked)."""
        self._all = list(findings)
        self._checked = checked
        self._note = note
        self._apply_filter()

    def _apply_filter(self) -> None:
        severity = self.filter.currentData()
        shown = [f for f in self._all if severity is None or f.severity.value == severity]
        current = self.current_finding()
        marker = _occurrence(self.model.findings, current) if current else None
        self._restoring = True
        try:
            self.model.set_findings(shown)
            if marker is not None:
                row = _find_occurrence(shown, marker)
                if row is not None:
                    self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._restoring = False
        self._update_card(self.current_finding())
        self._update_count()

    def _update_empty_text(self) -> None:
        if not self._checked:  # the first check of a long report takes seconds: a blank list read as "nothing found"
            text = i18n.tr("Đang kiểm tra…")
        elif self.model.rowCount():
            text = ""
        elif not self._all:
            text = self._note or i18n.tr("Không có phát hiện nào.")
        else:
            text = i18n.tr("Không có phát hiện ở mức độ này; chọn “Tất cả mức độ” để xem cả {} phát hiện.", len(self._all))
        if text != self.view.empty_text:
            self.view.empty_text = text
            self.view.viewport().update()

    def _update_count(self) -> None:
        self._update_empty_text()
        if not self._checked:  # "● 0 ● 0 ● 0" before the first check is a claim nothing backs yet
            self.count_label.setText("")
            return
        counts = {s: sum(1 for f in self._all if f.severity.value == s) for s in SEVERITIES}
        self.count_label.setText(" ".join(
            f"<span style='color:{SEVERITY_COLORS[s]}'>●</span> {counts[s]}" for s in SEVERITIES))

    def findings(self) -> list[Finding]:
        return list(self.model.findings)

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.findings):
            return None
        return self.model.findings[index.row()]

    def select(self, finding: Finding) -> None:
        """Make ``finding`` current without moving the editor (F7 already did)."""
        self._restoring = True
        try:
            for row, candidate in enumerate(self.model.findings):
                if candidate is finding or (candidate.start, candidate.code) == (finding.start, finding.code):
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    self.view.scrollTo(self.model.index(row, 0))
                    break
        finally:
            self._restoring = False
        self._update_card(self.current_finding())

    def retranslate(self) -> None:
        self.view.viewport().update()  # the rows' rule titles are painted from the relabelled dict
        self._update_card(self.current_finding())
        self._update_empty_text()
        self.set_ignored_count(self._ignored_count)

    def set_ignored_count(self, count: int) -> None:
        """“Đã bỏ qua (n)”: how many ignores the document has (the button opens the list)."""
        self._ignored_count = count
        self.ignored_button.setText(i18n.tr("Đã bỏ qua ({})", count))

    def set_undo_enabled(self, enabled: bool) -> None:
        self.undo_button.setEnabled(enabled)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Z in the list undoes what was last done there (an ignore or a fix), not an older edit."""
        if watched is self.view and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()  # claim the key before the window's Undo shortcut sees it
            if event.type() == QEvent.Type.KeyPress:
                self.undo_requested.emit()
            return True
        return super().eventFilter(watched, event)

    # -- interaction -------------------------------------------------------------------
    def _on_clicked(self, index: QModelIndex) -> None:
        self.finding_activated.emit(self.model.findings[index.row()])

    def _context_menu(self, point) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        finding = self.model.findings[index.row()]
        menu = QMenu(self)
        if finding.suggestion is not None:
            menu.addAction(fix_label(finding.suggestion), lambda: self.fix_requested.emit(finding))
        menu.addAction(i18n.tr("Bỏ qua"), lambda: self.ignore_requested.emit(finding))
        menu.addAction(i18n.tr("Bỏ qua tất cả"), lambda: self.ignore_all_requested.emit(finding))
        if finding.code in WORD_CODES:
            menu.addAction(i18n.tr("Thêm “{}” vào từ điển", finding.text), lambda: self.add_word_requested.emit(finding))
        menu.addSeparator()
        title = self.rule_titles.get(finding.code, finding.code)
        menu.addAction(i18n.tr("Tắt quy tắc “{}” cho văn bản này", title),
                       lambda: self.disable_rule_requested.emit(finding.code, False))
        menu.addAction(i18n.tr("Tắt quy tắc “{}” cho mọi văn bản", title),
                       lambda: self.disable_rule_requested.emit(finding.code, True))
        menu.exec(self.view.viewport().mapToGlobal(point))

    def _on_activated(self, index: QModelIndex) -> None:
        self.finding_activated.emit(self.model.findings[index.row()])

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.model.findings[current.row()] if current.isValid() else None
        self._update_card(finding)
        if finding is not None and not self._restoring:
            self.finding_activated.emit(finding)

    def _emit_for_current(self, signal) -> None:
        finding = self.current_finding()
        if finding is not None:
            signal.emit(finding)

    def _disable(self, everywhere: bool) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.disable_rule_requested.emit(finding.code, everywhere)

    def _update_card(self, finding: Finding | None) -> None:
        has = finding is not None
        for widget in (self.ignore_button, self.ignore_all_button, self.rule_button):
            widget.setEnabled(has)
        self.add_word_button.setVisible(has and finding.code in WORD_CODES)
        fixable = has and finding.suggestion is not None
        self.fix_button.setEnabled(fixable)
        self.message_box.setVisible(has)  # empty boxes would only push the list up
        self.card_details.setVisible(has)
        # The button says exactly what a click does: nothing changes until it is pressed.
        self.fix_button.setText(fix_label(finding.suggestion, _short) if fixable else i18n.tr("Sửa"))
        if not has:
            self.card_title.setText(i18n.tr("Chọn một phát hiện để xem chi tiết."))
            self.card_message.setText("")
            self.card_details.setText("")
            self.card_details.setToolTip("")
            self.card_title.setToolTip("")
            return
        severity = finding.severity.value
        title = self.rule_titles.get(finding.code, finding.code)
        label = i18n.tr(SEVERITY_LABELS.get(severity, severity))
        self.card_title.setText(
            f"<b style='color:{SEVERITY_COLORS.get(severity, '#555')}'>{label}</b> · {html.escape(title)}")
        text = f"{finding.message}\n{quoted(finding.text)}"
        if finding.suggestion is not None:
            text += f" → {quoted(finding.suggestion)}" if finding.suggestion else " → " + i18n.tr("xóa")
        self.card_message.setText(text)
        # The kind in words; the code, which a clerk cannot read, only in a tooltip for support.
        kind = self.rule_kinds.get(finding.code, "")
        self.card_details.setText(i18n.tr("Nhóm: {}", kind) if kind else "")
        self.card_details.setVisible(bool(kind))
        support = i18n.tr("Mã quy tắc (cho bộ phận hỗ trợ): {}", finding.code)
        self.card_details.setToolTip(support)
        self.card_title.setToolTip(support)
        self._fit_message()

    def _fit_message(self) -> None:
        if not self.message_box.isVisible() and not self.card_message.text():
            return
        width = self.message_box.viewport().width()
        needed = self.card_message.heightForWidth(width) if width > 50 else -1
        line = self.card_message.fontMetrics().lineSpacing()
        # Four whole lines and not a pixel of the fifth: 6 pixels more showed the tone marks of the next line's
        # letters as specks over "Nhóm: …" (Xvfb at 640 pixels, round 20).
        most = line * 4 + 1
        self.message_box.setFixedHeight(most if needed < 0 else max(line + 6, min(needed + 4, most)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_message()


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _occurrence(findings: list[Finding], finding: Finding) -> tuple[tuple[str, str], int]:
    """(key, n): the finding is the n-th one with its key; survives shifts from edits."""
    n = 0
    for candidate in findings:
        if candidate is finding:
            break
        if candidate.key == finding.key:
            n += 1
    return finding.key, n


def _find_occurrence(findings: list[Finding], marker: tuple[tuple[str, str], int]) -> int | None:
    key, wanted = marker
    n = 0
    for row, candidate in enumerate(findings):
        if candidate.key == key:
            if n == wanted:
                return row
            n += 1
    return None
