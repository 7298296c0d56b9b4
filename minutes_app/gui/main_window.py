"""The main window: editor in the middle, findings and entities docked on the right.

It wires the pieces together and owns the policies: analysis results are applied only for
the current revision, fixes are single undoable edits, ignores are remembered by
Finding.key. File handling lives in file_actions.py, menus in menus.py.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from ..core.checks import all_rules
from ..core.engine import Analysis, Analyzer
from ..core.model import Finding, Severity
from . import i18n
from .autosave import Autosaver
from .dialogs import Dialogs
from .doc_state import save_state
from .editor import ReportEditor
from .entities_panel import EntitiesPanel
from .file_actions import FileActionsMixin
from .find_replace import FindBar
from .findings_panel import FindingsPanel
from .highlight_index import SpanIndex
from .legacy_bar import LegacyBar
from .legend import Legend
from .menus import build_menus, rebuild_recent_menu
from .offsets import OffsetMap
from .session import DocumentSession
from .settings import Settings
from .styles import SEVERITY_COLORS, ui_font
from .worker import AnalysisController, AnalyzerFactory

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 900)


def _rules() -> dict:
    """The rule registry; a broken rule module must not keep the editor from opening."""
    try:
        return all_rules()
    except Exception:  # noqa: BLE001
        log.exception("rule registry failed to load")
        return {}


class MainWindow(FileActionsMixin, QMainWindow):
    """One document per window. ``analysis_applied`` fires once a result is on screen."""

    analysis_applied = Signal(object)

    def __init__(self, settings: Settings | None = None, dialogs: Dialogs | None = None,
                 analyzer_factory: AnalyzerFactory = Analyzer, remember_window: bool = True):
        super().__init__()
        self.remember_window = remember_window  # False for --screenshot: a fixed, default layout
        self.settings = settings or Settings()
        self.dialogs = dialogs or Dialogs(self)
        i18n.set_language(self.settings.get("language"))
        self.session = DocumentSession()
        self.analysis: Analysis | None = None
        self._offsets = OffsetMap("")
        self._closing = False
        self.setObjectName("main_window")
        self.setFont(ui_font(10))
        self.setAcceptDrops(True)
        self.resize(*DEFAULT_SIZE)

        self.editor = ReportEditor(font_size=self.settings.get("font_size"))
        self.editor.finding_actions = self._finding_actions
        self.legend = Legend(set(self.settings.get("hidden_kinds")))
        self.find_bar = FindBar(self.editor)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        self.legacy_bar = LegacyBar(self.editor)
        layout.addWidget(self.legacy_bar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.rules = _rules()
        self.findings_panel = FindingsPanel(rule_titles={c: r.title for c, r in self.rules.items()})
        self.entities_panel = EntitiesPanel()
        self.findings_dock = self._dock("findings_dock", "Phát hiện", self.findings_panel)
        self.entities_dock = self._dock("entities_dock", "Thông tin trong văn bản", self.entities_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities_dock)
        self.splitDockWidget(self.findings_dock, self.entities_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.findings_dock], [470], Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings_dock, self.entities_dock], [430, 410], Qt.Orientation.Vertical)

        self.controller = AnalysisController(self.editor.text, self, self.settings.get("debounce_ms"),
                                             analyzer_factory)
        self.autosaver = Autosaver(self._autosave_snapshot, self, self.settings.get("autosave_seconds"))
        self._build_status_bar()
        self.actions: dict[str, QAction] = build_menus(self)
        self._connect()
        if remember_window:
            self._restore_window()
        self._update_title()
        self.controller.reset(self._disabled_rules())

    # -- construction ------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        i18n.bind(dock.setWindowTitle, title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_analysis = QLabel()
        self.status_counts = QLabel()
        self.status_counts.setObjectName("status_counts")
        self.status_words = QLabel()
        self.status_position = QLabel()
        self.status_tracked = QLabel()  # a Word file with tracked changes says so here
        for label in (self.status_tracked, self.status_analysis, self.status_counts, self.status_words,
                      self.status_position):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self._update_position()

    def _connect(self) -> None:
        self.editor.edited.connect(self._on_edited)
        self.editor.document().modificationChanged.connect(lambda _: self._update_title())
        self.editor.cursorPositionChanged.connect(self._update_position)
        self.editor.files_dropped.connect(self._on_files_dropped)
        self.editor.zoom_changed.connect(lambda size: self.settings.set("font_size", size))
        self.controller.analysis_ready.connect(self._on_analysis)
        self.controller.analysis_failed.connect(self._on_analysis_failed)
        self.controller.busy_changed.connect(self._on_busy)
        self.legend.hidden_changed.connect(self._on_hidden_changed)
        self.findings_panel.finding_activated.connect(self.show_finding)
        self.findings_panel.fix_requested.connect(self.apply_fix)
        self.findings_panel.ignore_requested.connect(self.ignore_finding)
        self.findings_panel.disable_rule_requested.connect(self.disable_rule)
        self.entities_panel.span_requested.connect(self.show_span)
        self.find_bar.message.connect(lambda text: self.statusBar().showMessage(text, 4000))

    def _restore_window(self) -> None:
        geometry = self.settings.get("geometry")
        state = self.settings.get("window_state")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def _remember_window(self) -> None:
        self.settings.set("geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        self.settings.set("window_state", bytes(self.saveState().toBase64()).decode("ascii"))

    # -- analysis ----------------------------------------------------------------------
    def _disabled_rules(self) -> frozenset[str]:
        return frozenset(self.settings.get("disabled_rules")) | frozenset(self.session.state.disabled_rules)

    def _on_edited(self) -> None:
        self.controller.text_changed()
        self.autosaver.notify_changed()

    def _on_busy(self, busy: bool) -> None:
        self.status_analysis.setText(i18n.tr("Đang kiểm tra…") if busy else "")

    def _on_analysis_failed(self, error: str) -> None:
        self.statusBar().showMessage(i18n.tr("Lỗi khi kiểm tra văn bản: {}", error), 8000)

    def _on_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._offsets = OffsetMap(analysis.text)
        self._refresh_marks()
        self.entities_panel.set_entities(analysis.entities)
        self.status_words.setText(i18n.tr("{} từ", f"{len(analysis.text.split()):,}".replace(",", ".")))
        self.analysis_applied.emit(analysis)

    def _refresh_marks(self) -> None:
        """Re-derive highlights and the findings list from the analysis and the user's choices."""
        index = SpanIndex.build(self.analysis, self.legend.hidden(), self.session.state.ignored)
        self.editor.highlighter.set_index(index)
        findings = self.visible_findings()
        self.findings_panel.set_findings(findings)
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
        self.status_counts.setText(
            f"<span style='color:{SEVERITY_COLORS['error']}'>●</span> {i18n.tr('{} lỗi', errors)}   "
            f"<span style='color:{SEVERITY_COLORS['warning']}'>●</span> {i18n.tr('{} cảnh báo', warnings)}")

    def visible_findings(self) -> list[Finding]:
        if self.analysis is None:
            return []
        ignored = self.session.state.ignored
        return [f for f in self.analysis.findings if f.key not in ignored]

    def visible_analysis(self, analysis: Analysis) -> Analysis:
        """``analysis`` without the findings the user ignored (for exports)."""
        ignored = self.session.state.ignored
        return dataclasses.replace(analysis, findings=[f for f in analysis.findings if f.key not in ignored])

    def _on_hidden_changed(self, hidden: frozenset[str]) -> None:
        self.settings.set("hidden_kinds", sorted(hidden))
        self._refresh_marks()

    # -- findings ----------------------------------------------------------------------
    def show_finding(self, finding: Finding) -> None:
        self.editor.select_span(finding.start, finding.end, self._offsets)

    def show_span(self, start: int, end: int) -> None:
        self.editor.select_span(start, end, self._offsets)
        self.editor.setFocus()

    def apply_fix(self, finding: Finding) -> bool:
        """Replace the finding's text by its suggestion: one edit, undone by one Ctrl+Z."""
        if finding.suggestion is None:
            return False
        done = self.editor.replace_span(finding.start, finding.end, finding.text, finding.suggestion,
                                        self._offsets)
        if not done:
            self.statusBar().showMessage(i18n.tr("Văn bản vừa thay đổi, đang kiểm tra lại…"), 4000)
        self.controller.request_now()
        return done

    def ignore_finding(self, finding: Finding) -> None:
        """Stop showing this finding (by code and text), now and after reopening the file."""
        self.session.state.ignored.add(finding.key)
        self._save_doc_state()
        self._refresh_marks()

    def disable_rule(self, code: str, everywhere: bool) -> None:
        if everywhere:
            self.settings.set("disabled_rules", sorted(set(self.settings.get("disabled_rules")) | {code}))
            self.settings.save()
        else:
            self.session.state.disabled_rules.add(code)
            self._save_doc_state()
        self.controller.set_disabled(self._disabled_rules())

    def set_rules(self, disabled_everywhere: set[str], disabled_here: set[str]) -> None:
        self.settings.set("disabled_rules", sorted(disabled_everywhere))
        self.settings.save()
        self.session.state.disabled_rules = set(disabled_here)
        self._save_doc_state()
        self.controller.set_disabled(self._disabled_rules())

    def _save_doc_state(self) -> None:
        if self.session.path is not None:
            save_state(self.session.path, self.session.state)

    def step_finding(self, forward: bool = True) -> Finding | None:
        """F7 / Shift+F7: select the next (previous) finding after (before) the cursor."""
        findings = self.visible_findings()
        if not findings:
            self.statusBar().showMessage(i18n.tr("Không có phát hiện nào."), 3000)
            return None
        cursor = self.editor.textCursor()
        here = self._offsets.to_code_point(cursor.selectionStart())
        if forward:
            later = [f for f in findings if f.start > here]
            target = later[0] if later else findings[0]
        else:
            earlier = [f for f in findings if f.start < here]
            target = earlier[-1] if earlier else findings[-1]
        self.show_finding(target)
        self.findings_panel.select(target)
        return target

    def _finding_actions(self, findings: list[Finding]) -> list[QAction]:
        """Context-menu entries for the findings under the mouse."""
        actions = []
        for finding in findings:
            if finding.suggestion is not None:
                fix = QAction(i18n.tr("Sửa thành “{}”", finding.suggestion), self)
                fix.triggered.connect(lambda _=False, f=finding: self.apply_fix(f))
                actions.append(fix)
            ignore = QAction(i18n.tr("Bỏ qua “{}” ({})", finding.text[:30], finding.code), self)
            ignore.triggered.connect(lambda _=False, f=finding: self.ignore_finding(f))
            actions.append(ignore)
        return actions

    def rebuild_recent_menu(self) -> None:
        rebuild_recent_menu(self)

    # -- status and title --------------------------------------------------------------
    def _update_position(self) -> None:
        line, column = self.editor.cursor_line_column()
        self.status_position.setText(i18n.tr("Dòng {}, Cột {}", line, column))

    def _update_title(self) -> None:
        self.setWindowModified(self.editor.document().isModified())
        self.setWindowTitle(f"{self.session.display_name()}[*] — {i18n.tr('Kiểm tra biên bản')}")

    def set_language(self, code: str) -> None:
        self.settings.set("language", code)
        i18n.set_language(code)
        self.findings_panel.retranslate()
        self.entities_panel.set_entities([])  # rebuilt with translated labels below
        if self.analysis is not None:
            self.entities_panel.set_entities(self.analysis.entities)
            self._refresh_marks()
        self._update_position()
        self._update_title()

    # -- window events -----------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._closing and not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        if self.remember_window:
            self._remember_window()
            self.settings.save()
        self.autosaver.close()
        self.controller.shutdown()
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self._on_files_dropped(files)
