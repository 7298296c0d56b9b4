"""The main window: editor in the middle, findings and entities docked on the right.

It wires the pieces together and owns the policies: analysis results are applied only for
the current revision, fixes are single undoable edits, ignores (one occurrence or all,
doc_state.Ignore) go through their own undo stack. File handling lives in file_actions.py,
menus in menus.py.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from ..core.checks import all_rules
from ..core.engine import Analysis, Analyzer
from ..core.model import Finding, Severity
from ..core.roster import Person, Roster, people_from_officials
from ..core.shares import target_shares, vote_shares
from ..core.templates import fields
from ..core.user_dictionary import WORD_CODES, UserDictionary
from . import i18n, memory, os_errors, qt_translation
from .autosave import Autosaver
from .completion import RosterCompleter
from .dialogs import Dialogs
from .doc_state import Ignore, save_state
from .editor import ReportEditor
from .entities_panel import EntitiesPanel, target_verdicts
from .file_actions import FileActionsMixin
from .find_replace import FindBar
from .findings_delegate import fix_label
from .findings_panel import FindingsPanel
from .highlight_index import SpanIndex, furniture, outside_furniture, overlapping
from .ignores import IgnoreCommand, IgnoredDialog, UndoOrder
from .legacy_bar import LegacyBar
from .legend import Legend
from .menus import build_menus, rebuild_recent_menu
from .offsets import OffsetMap
from .outline_panel import OutlinePanel
from .rule_names import rule_kinds, rule_titles
from .session import DocumentSession
from .settings import Settings
from .styles import SEVERITY_COLORS, menu_quote, ui_font
from .templates_dialog import FieldNavigator
from .worker import AnalysisController, AnalyzerFactory

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 900)
# The most of a narrow window the docked panels' column takes. Qt narrows only the editor when the window narrows:
# at 683 px (a 1366 screen split in two) the report had 207 px beside a 470-px column of findings.
DOCK_SHARE = 0.45
# The pause after the clerk's last choice (a run of zoom steps) before the settings file is written: short, so a
# crash soon after still finds the choice on disk.
CHOICE_SAVE_MS = 400


def _fitting(size: tuple[int, int]) -> tuple[int, int]:
    """The default size, no larger than the screen's free area (a 1366×768 office laptop). The offscreen platform's
    screen is a stand-in of no real size (screenshots, tests): the default stands."""
    screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return size
    free = screen.availableGeometry()
    return min(size[0], free.width()), min(size[1], free.height())


def _cramped(size: tuple[int, int]) -> bool:
    """The default size does not fit the screen's free area (a 1366×768 office laptop). Sized to that area, the
    window's title bar, which the window manager adds around it, pushed the status bar (counts, "Đã xuất …") off
    the bottom of the screen (Xvfb with openbox, round 20): such a window starts maximised instead, framed by
    the window manager itself, as Word does on a small screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return False
    free = screen.availableGeometry()
    return size[0] > free.width() or size[1] > free.height()


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
        qt_translation.apply(i18n.language())
        self.session = DocumentSession()
        self.analysis: Analysis | None = None
        self._shares_of: Analysis | None = None  # the analysis ``_shares`` was read from
        self._shares: dict = {}
        self._offsets = OffsetMap("")
        self._furniture: tuple[tuple[int, int], ...] = ()  # page furniture the Thông tin panel leaves out
        self._held_spans: tuple[tuple[int, int], ...] = ()  # legacy stretches of the analysis on screen, held back
        self._held_of: tuple = (None, ())  # the analysis and spans ``_held_findings`` was computed for
        self._held_findings: set[Finding] = set()
        self._closing = False
        self.setObjectName("main_window")
        self.setFont(ui_font(10))
        self.setAcceptDrops(True)
        self.resize(*_fitting(DEFAULT_SIZE))

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
        self.legacy_bar.offer_changed.connect(self._on_offer_changed)
        layout.addWidget(self.legacy_bar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.rules = _rules()
        # One dict shared by the list, its cards and the tooltips, relabelled in place by set_language.
        self.rule_titles = rule_titles(self.rules)
        self.rule_kinds = rule_kinds(self.rules)
        self.findings_panel = FindingsPanel(rule_titles=self.rule_titles, rule_kinds=self.rule_kinds)
        self.ignore_stack = QUndoStack(self)
        self.undo_order = UndoOrder(self.ignore_stack, self.editor)
        self.editor.rule_titles = self.rule_titles
        self.entities_panel = EntitiesPanel()
        self.findings_dock = self._dock("findings_dock", "Phát hiện", self.findings_panel)
        self.entities_dock = self._dock("entities_dock", "Thông tin trong văn bản", self.entities_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities_dock)
        self.splitDockWidget(self.findings_dock, self.entities_dock, Qt.Orientation.Vertical)
        self.outline_panel = OutlinePanel()  # "Tóm tắt": the document's parts, tabbed with the entities
        self.outline_dock = self._dock("outline_dock", "Tóm tắt", self.outline_panel)
        self.tabifyDockWidget(self.entities_dock, self.outline_dock)
        self._entities_stale = False  # the Thông tin panel lags the analysis while out of sight
        self.entities_dock.visibilityChanged.connect(self._on_entities_visibility)
        self.resizeDocks([self.findings_dock], [470], Qt.Orientation.Horizontal)
        self._dock_wanted: int | None = None  # the column's width before a narrow window took it back
        self.resizeDocks([self.findings_dock, self.entities_dock], [500, 340], Qt.Orientation.Vertical)

        self.controller = AnalysisController(self.editor.text, self, self.settings.get("debounce_ms"),
                                             analyzer_factory)
        self.choice_timer = QTimer(self)
        self.choice_timer.setSingleShot(True)
        self.choice_timer.setInterval(CHOICE_SAVE_MS)
        self.choice_timer.timeout.connect(self.settings.save)
        self.autosaver = Autosaver(self._autosave_snapshot, self, self.settings.get("autosave_seconds"))
        self._build_status_bar()
        self.actions: dict[str, QAction] = build_menus(self)
        self._connect()
        if remember_window:
            self._restore_window()
        self._update_title()
        self.dictionary = UserDictionary()
        self.controller.set_user_words(self.dictionary.words())
        self.roster_problem = ""  # why the saved roster could not be read, shown once at start
        self._paragraph_words: dict[str, int] = {}  # words of each paragraph text, for the count
        self.roster = self._load_roster()
        self.controller.set_roster(self.roster.entries())
        self.completer = RosterCompleter(self.editor)
        self.completer.set_people(self.roster.entries())
        self.fields = FieldNavigator(self.editor, busy=self.completer.popup.isVisible)
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
        bar.messageChanged.connect(lambda _: self._fit_status())
        self._update_position()

    def _fit_status(self) -> None:
        """While a message is shown (“Đã khôi phục …”, “Đã xuất …”), the word count and the cursor's place step aside
        if it would not fit beside them: in a 640-pixel window it read “Đã khôi phục “Văn b”. They come back with
        the message gone. Asked again when the labels beside it change (the counts come after the message)."""
        steps_aside = (self.status_words, self.status_position)
        bar = self.statusBar()
        message = bar.currentMessage()
        if not message:
            for label in steps_aside:
                label.show()
            return
        beside = [w for w in (self.status_tracked, self.status_analysis, self.status_counts, *steps_aside)
                  if w.isVisible()]
        # each label with the bar's spacing, and the size grip in the corner
        taken = sum(w.sizeHint().width() + 12 for w in beside) + 24
        crowded = bar.fontMetrics().horizontalAdvance(message) + 24 > bar.width() - taken
        for label in steps_aside:
            label.setVisible(not crowded)

    def _connect(self) -> None:
        self.editor.edited.connect(self._on_edited)
        self.editor.document().modificationChanged.connect(lambda _: self._update_title())
        self.editor.cursorPositionChanged.connect(self._update_position)
        self.editor.files_dropped.connect(self._on_files_dropped)
        # whole points, the type the settings file takes back (a float 15.0 was dropped on reading: zoom never lasted)
        self.editor.zoom_changed.connect(lambda size: self._keep_choice("font_size", round(size)))
        self.controller.analysis_ready.connect(self._on_analysis)
        self.controller.analysis_failed.connect(self._on_analysis_failed)
        self.controller.busy_changed.connect(self._on_busy)
        self.legend.hidden_changed.connect(self._on_hidden_changed)
        self.findings_panel.finding_activated.connect(self.show_finding)
        self.findings_panel.fix_requested.connect(self.apply_fix)
        # A fix clicked on a row of the list (a mouse's doing) leaves the keys to the text, as the card's button does.
        self.findings_panel.delegate.fix_clicked.connect(lambda _: self.editor.setFocus(Qt.FocusReason.OtherFocusReason))
        self.findings_panel.ignore_requested.connect(self.ignore_finding)
        self.findings_panel.ignore_all_requested.connect(lambda f: self.ignore_finding(f, everywhere=True))
        self.findings_panel.undo_ignore_requested.connect(self.ignore_stack.undo)
        self.findings_panel.undo_requested.connect(self.undo_order.undo)
        self.findings_panel.show_ignored_requested.connect(self.show_ignored)
        self.ignore_stack.canUndoChanged.connect(self.findings_panel.set_undo_enabled)
        self.findings_panel.disable_rule_requested.connect(self.disable_rule)
        self.findings_panel.add_word_requested.connect(self.add_to_dictionary)
        self.entities_panel.span_requested.connect(self.show_span)
        self.outline_panel.span_requested.connect(self.show_span)
        self.find_bar.message.connect(lambda text: self.statusBar().showMessage(text, 4000))

    def show_first(self) -> None:
        """Show the window at start: as the clerk left it, else at its default size, maximised where that is
        more than the screen holds."""
        if self.remember_window and not self.settings.get("geometry") and _cramped(DEFAULT_SIZE):
            self.showMaximized()
        else:
            self.show()
        # Ready to type into: nothing had the focus, and a clerk's first words after starting the editor were lost.
        self.editor.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

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
        self._fit_status()

    def _on_analysis_failed(self, error: str) -> None:
        message = i18n.tr("Lỗi khi kiểm tra văn bản: {}", error)
        self.statusBar().showMessage(message, 8000)
        if self.analysis is None:  # the list said "Đang kiểm tra…": no check is coming now
            self.findings_panel.set_findings([], note=message)
            self.outline_panel.set_note(message)

    def _on_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._held_spans = self.legacy_bar.held_spans()
        self._offsets = OffsetMap(analysis.text)
        self._refresh_marks(entities=True)
        self.outline_panel.set_structure(analysis.structure, self._target_shares(), vote_shares(analysis))
        self._show_word_count()
        self.analysis_applied.emit(analysis)
        # What is alive now (the analysis, its paragraph cache, the word lists) is set aside
        # from Python's cycle collector: a full collection walked all of it on the UI thread,
        # up to half a second on a 200-page report, at whatever keystroke or apply came next.
        # Reference counting still frees it when it is dropped; see memory.py.
        memory.settle()

    def _show_entities(self, shown: bool = False, findings: list[Finding] | None = None) -> None:
        """Fill the Thông tin panel from the analysis while it can be seen; ``shown``: it just
        came into view. Tabbed behind Tóm tắt (the default) or closed, it was rebuilt on every
        result all the same: up to 0.9 s of UI time per pause in typing on a 3.7M-character
        report. It is filled when its tab is chosen or it is opened again."""
        if self.analysis is None:
            return
        if not shown and (self.entities_dock.isHidden() or self.entities_dock.visibleRegion().isEmpty()):
            self._entities_stale = True
            return
        self._entities_stale = False
        findings = self.visible_findings() if findings is None else findings
        self.entities_panel.set_entities(outside_furniture(self.analysis.entities, findings),
                                          target_verdicts(self.analysis.structure, self._target_shares()))

    def _target_shares(self) -> dict:
        """The printed shares of the current analysis's targets (core.shares), read once for the outline and the
        entities panel."""
        if self._shares_of is not self.analysis:
            self._shares_of, self._shares = self.analysis, target_shares(self.analysis)
        return self._shares

    def _on_offer_changed(self) -> None:
        """The legacy offer came or went. Put off ("Để sau") on the text analysed, the held findings come out now.
        Converted or edited, the analysis on screen is of the text before: its findings keep being held until the
        new text's analysis arrives (_on_analysis). Let out at once, 42 findings of a 345-character VNI file pointed
        at the wrong words of the converted text for the 10–20 s a large report's analysis takes, and "Bỏ qua" on
        them stored ignores for text gone."""
        if self.analysis is None or self.analysis.text != self.editor.text():
            return
        self._held_spans = self.legacy_bar.held_spans()
        self._refresh_marks()

    def _on_entities_visibility(self, visible: bool) -> None:
        if visible and self._entities_stale:
            self._show_entities(shown=True)

    def _refresh_marks(self, entities: bool = False) -> None:
        """Re-derive highlights and the findings list from the analysis and the user's choices; the Thông tin panel
        too when ``entities`` (a new analysis) or when the page furniture it leaves out changed (a web-debris
        finding ignored or brought back)."""
        hidden = self.session.state.hidden(self.analysis.findings, self.analysis.text) if self.analysis else set()
        held = self._held()
        index = SpanIndex.build(self.analysis, self.legend.hidden(), hidden | held)
        self.editor.highlighter.set_index(index)
        findings = self.visible_findings()
        self.findings_panel.set_findings(findings, checked=self.analysis is not None, note=i18n.tr(
            "Chưa kiểm tra phần chữ mã cũ: chuyển sang Unicode (thanh phía trên) để kiểm tra.") if held else "")
        # The spans a finding rests on stay lit only while that finding is selected and still found:
        # after its fix, an undo or an edit that settles it, a stale whole would point at nothing.
        selected = self.findings_panel.current_finding()
        self.editor.show_related([r for r in selected.related if r.role != "cue"] if selected else [], self._offsets)
        runs = furniture(findings)
        if entities or runs != self._furniture:
            self._furniture = runs
            self._show_entities(findings=findings)
        # Info findings counted too: a clerk saw "0 lỗi, 0 cảnh báo" over a list of suggestions and took the page
        # for finished. Before the first result there is nothing to count: "0 lỗi" stood there for the 17 s a
        # 2 MB report took to check.
        if self.analysis is None:
            self.status_counts.setText("")
            return
        counts = Counter(f.severity for f in findings)
        self.status_counts.setText("   ".join(
            f"<span style='color:{SEVERITY_COLORS[severity.value]}'>●</span> {i18n.tr(label, counts[severity])}"
            for severity, label in ((Severity.ERROR, "{} lỗi"), (Severity.WARNING, "{} cảnh báo"),
                                    (Severity.INFO, "{} thông tin"))))

    def visible_findings(self) -> list[Finding]:
        if self.analysis is None:
            return []
        held = self._held()
        return [f for f in self.session.state.visible(self.analysis.findings, self.analysis.text) if f not in held]

    def _held(self) -> set[Finding]:
        """The findings on text still in a legacy encoding, while the bar offers to convert it (legacy_bar.py).
        Kept for the analysis and spans it was computed from: a refresh asks twice (marks, then the list)."""
        analysis, spans = self._held_of
        if analysis is not self.analysis or spans is not self._held_spans:
            self._held_of = (self.analysis, self._held_spans)
            self._held_findings = (overlapping(self.analysis.findings, self._held_spans)
                                   if self.analysis is not None else set())
        return self._held_findings

    def visible_analysis(self, analysis: Analysis) -> Analysis:
        """``analysis`` without the findings the user ignored (for exports)."""
        return dataclasses.replace(analysis, findings=self.session.state.visible(analysis.findings, analysis.text))

    def _on_hidden_changed(self, hidden: frozenset[str]) -> None:
        self._keep_choice("hidden_kinds", sorted(hidden))
        self._refresh_marks()

    # -- findings ----------------------------------------------------------------------
    def show_finding(self, finding: Finding) -> None:
        self.editor.select_span(finding.start, finding.end, self._offsets)
        self.editor.show_related([r for r in finding.related if r.role != "cue"], self._offsets)

    def show_span(self, start: int, end: int) -> None:
        self.editor.select_span(start, end, self._offsets)
        self.editor.setFocus()

    def apply_fix(self, finding: Finding) -> bool:
        """Replace the finding's text by its suggestion: one edit, undone by one Ctrl+Z."""
        if finding.suggestion is None:
            return False
        from_card = self._focus_in_card()
        done = self.editor.replace_span(finding.start, finding.end, finding.text, finding.suggestion,
                                        self._offsets)
        if not done:
            self.statusBar().showMessage(i18n.tr("Văn bản vừa thay đổi, đang kiểm tra lại…"), 4000)
        self.controller.request_now()
        if from_card:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def _focus_in_card(self) -> bool:
        """Whether the focus is on the finding card (its Sửa, Bỏ qua… buttons). After one of them fixed or ignored
        its finding, the card empties and the button is disabled: its focus went nowhere, or to the next panel,
        and what the clerk typed next was lost (Xvfb, round 20). The text then takes it, as in Word's spelling
        pane; a list being walked with the keyboard keeps it."""
        focus = QApplication.focusWidget()
        return focus is not None and self.findings_panel.card.isAncestorOf(focus)

    def ignore_finding(self, finding: Finding, everywhere: bool = False) -> None:
        """“Bỏ qua” (this occurrence, anchored to its surroundings) or “Bỏ qua tất cả” (every one).

        Undoable (“Hoàn tác bỏ qua”, Ctrl+Z in the findings panel when nothing was fixed since) and listed
        in “Đã bỏ qua”.
        """
        if self.analysis is None:
            return
        ignore = Ignore.all(finding) if everywhere else Ignore.one(finding, self.analysis.text)
        if ignore in self.session.state.ignores:
            return
        label = i18n.tr("Bỏ qua tất cả “{}”" if everywhere else "Bỏ qua “{}”", finding.text[:30])
        from_card = self._focus_in_card()
        self.ignore_stack.push(IgnoreCommand(self, ignore, add=True, label=label))
        self.undo_order.ignore_pushed()
        if from_card:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_ignore(self, ignore: Ignore) -> None:
        """Show an ignored finding again (from “Đã bỏ qua”); undoable too."""
        if ignore in self.session.state.ignores:
            self.ignore_stack.push(IgnoreCommand(self, ignore, add=False,
                                                 label=i18n.tr("Hiện lại “{}”", ignore.text[:30])))
            self.undo_order.ignore_pushed()

    def _set_ignored(self, ignore: Ignore, present: bool) -> None:
        """The one place ignores change: state, sidecar, marks and panel follow."""
        ignores = self.session.state.ignores
        if present and ignore not in ignores:
            ignores.append(ignore)
        elif not present and ignore in ignores:
            ignores.remove(ignore)
        self._save_doc_state()
        self._refresh_marks()
        self.findings_panel.set_ignored_count(len(ignores))

    def show_ignored(self) -> None:
        """“Đã bỏ qua”: the list of this document's ignores, each one restorable."""
        IgnoredDialog(self, self.rule_titles).exec()

    def add_to_dictionary(self, finding: Finding) -> None:
        """“Thêm vào từ điển”: the word is accepted from now on, here and in every document."""
        try:
            self.dictionary.add(finding.text)
        except OSError as err:
            self.dialogs.error("Từ điển cá nhân", os_errors.reason(err))
            return
        self.controller.set_user_words(self.dictionary.words())
        self.statusBar().showMessage(i18n.tr("Đã thêm “{}” vào từ điển cá nhân.", finding.text), 4000)

    def set_dictionary(self, words: set[str]) -> None:
        """The list edited in “Từ điển cá nhân…”."""
        try:
            self.dictionary.replace(words)
        except OSError as err:
            self.dialogs.error("Từ điển cá nhân", os_errors.reason(err))
            return
        self.controller.set_user_words(self.dictionary.words())

    # -- templates (Tệp › Mới từ mẫu…) -------------------------------------------------
    def new_from_template(self, template) -> bool:
        """A new, unsaved document with the template's text; its first field selected."""
        if not self.new_document():
            return False
        self.editor.setPlainText(template.text)  # one undoable edit on the new document
        self.editor.document().setModified(True)
        self.fields.move()
        self.editor.setFocus()
        return True

    def export_drafted(self) -> bool:
        """Tệp › Xuất theo thể thức HD 36: the text (a filled template) as .docx in the Party layout.
        Fields still «…» are pointed out first: "Không" goes back to the first of them."""
        unfilled = len(fields(self.editor.text()))
        if unfilled and not self.dialogs.confirm_unfilled(unfilled):
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
            self.fields.move()
            self.editor.setFocus()
            return False
        # Beside the document, under a name of its own: a bare name opened the dialog in the
        # program's working folder, and the document's own name would replace an opened .docx.
        stem = self.session.path.stem if self.session.path else i18n.tr("Văn bản mới")
        suggested = Path(self._start_dir()) / f"{stem} - {i18n.tr('thể thức HD 36')}.docx"
        target = self.dialogs.save_path(str(suggested), docx_only=True, title="Xuất theo thể thức HD 36")
        if not target:
            return False
        target = target if target.suffix.lower() == ".docx" else target.with_suffix(".docx")
        from ..export.drafted import write_drafted

        # As the other exports say it: which file (a clerk who had two names in mind could not tell which one
        # failed), and a message rather than nothing for a failure of ours.
        try:
            write_drafted(self.editor.text(), target)
        except OSError as err:
            self.dialogs.error("Xuất văn bản", i18n.tr("Không ghi được “{}”: {}", target.name, os_errors.reason(err)))
            return False
        except Exception as err:  # noqa: BLE001 - show, do not leave the click without an answer
            log.exception("drafted export failed")
            self.dialogs.error("Xuất văn bản", i18n.tr("Xuất văn bản không thành công: {}", err))
            return False
        self._remember_folder(target)
        self.statusBar().showMessage(i18n.tr("Đã xuất “{}”.", target.name), 5000)
        return True

    # -- Danh bạ cán bộ (roster) ------------------------------------------------------
    def _load_roster(self) -> Roster:
        """The saved roster; one that cannot be read is set aside under another name, so that
        the next save (one click on “Thêm cán bộ…”) does not replace the people it still holds
        (it did), and ``roster_problem`` says so for the start to show."""
        try:
            return Roster.load()
        except (OSError, ValueError) as err:
            log.warning("roster not read: %s", err)
            roster = Roster()
            reason = os_errors.reason(err, reading=True) if isinstance(err, OSError) else str(err)
            kept = roster.path.with_name(f"{roster.path.stem} (không đọc được {time.strftime('%Y-%m-%d %H%M%S')})"
                                         f"{roster.path.suffix}")
            try:
                roster.path.rename(kept)
            except OSError as rename_error:  # left where it is: saving there would fail the same way
                log.warning("roster not set aside: %s", rename_error)
                self.roster_problem = i18n.tr("Không đọc được danh bạ cán bộ: {}.", reason)
            else:
                self.roster_problem = i18n.tr("Không đọc được danh bạ cán bộ: {}. Danh bạ bắt đầu trống; "
                                              "tệp cũ được giữ lại là “{}”.", reason, str(kept))
            return roster

    def set_roster(self, people: list[Person]) -> bool:
        """The entries edited in “Danh bạ cán bộ…” (or merged): saved, then checks and completion use them."""
        previous = self.roster.people
        self.roster.people = list(people)
        try:
            self.roster.save()
        except OSError as err:
            self.roster.people = previous
            self.dialogs.error("Danh bạ cán bộ", os_errors.reason(err))
            return False
        self.controller.set_roster(self.roster.entries())
        self.completer.set_people(self.roster.entries())
        return True

    def document_officials(self) -> list[Person]:
        """The officials detected in the open document (the latest analysis), as roster entries."""
        return self._officials_of(self.analysis) if self.analysis is not None else []

    def _officials_of(self, analysis: Analysis) -> list[Person]:
        """Its officials, less those of a pasted page's furniture the clerk has not kept (as in the Thông tin panel)."""
        officials = outside_furniture(analysis.entities_of("official"), self.visible_analysis(analysis).findings)
        return people_from_officials(officials)

    def add_document_officials(self) -> None:
        """Công cụ › Thêm cán bộ trong văn bản vào danh bạ: one click, merging with known entries."""

        def add(analysis: Analysis) -> None:
            merged = Roster(self.roster.path, list(self.roster.people))
            changed = merged.merge(self._officials_of(analysis))
            if changed and not self.set_roster(merged.people):
                return
            self.statusBar().showMessage(i18n.tr("Danh bạ cán bộ: {} người được thêm hoặc bổ sung chức vụ.", changed),
                                         5000)

        self.controller.when_current(add)

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
            save_state(self.session.path, self.session.state, self.session.content)

    def step_finding(self, forward: bool = True) -> Finding | None:
        """F7 / Shift+F7: select the next (previous) finding after (before) the cursor."""
        findings = self.visible_findings()
        if not findings:
            self.statusBar().showMessage(i18n.tr("Không có phát hiện nào."), 3000)
            return None
        cursor = self.editor.textCursor()
        here = self._offsets.to_code_point(cursor.selectionStart())
        current = self.findings_panel.current_finding()
        if current in findings and (current.start, current.end) == (
                here, self._offsets.to_code_point(cursor.selectionEnd())):
            # Still on the finding F7 showed: step through the list, so two findings on one
            # span are both visited (a position test would skip the second).
            target = findings[(findings.index(current) + (1 if forward else -1)) % len(findings)]
        elif forward:
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
                # A deletion names what goes: right-clicked on one word of a seven-line run, a bare "Xóa" read as
                # deleting that word.
                label = (i18n.tr("Xóa “{}”", menu_quote(finding.text)) if finding.suggestion == ""
                         else fix_label(finding.suggestion))
                fix = QAction(label, self)
                fix.triggered.connect(lambda _=False, f=finding: self.apply_fix(f))
                actions.append(fix)
            if finding.code in WORD_CODES:  # as Word's right-click offers: a name the dictionary lacks, said once
                add = QAction(i18n.tr("Thêm “{}” vào từ điển", menu_quote(finding.text)), self)
                add.triggered.connect(lambda _=False, f=finding: self.add_to_dictionary(f))
                actions.append(add)
            ignore = QAction(i18n.tr("Bỏ qua chỗ này: “{}”", menu_quote(finding.text)), self)
            ignore.triggered.connect(lambda _=False, f=finding: self.ignore_finding(f))
            actions.append(ignore)
            ignore_all = QAction(i18n.tr("Bỏ qua tất cả “{}” ({})", menu_quote(finding.text),
                                         self.rule_titles.get(finding.code, finding.code)), self)
            ignore_all.triggered.connect(lambda _=False, f=finding: self.ignore_finding(f, everywhere=True))
            actions.append(ignore_all)
        return actions

    def rebuild_recent_menu(self) -> None:
        rebuild_recent_menu(self)

    # -- status and title --------------------------------------------------------------
    def _update_position(self) -> None:
        line, column = self.editor.cursor_line_column()
        self.status_position.setText(i18n.tr("Dòng {}, Cột {}", line, column))

    def _update_title(self) -> None:
        self.setWindowModified(self.editor.document().isModified())
        name = i18n.tr("Kiểm tra biên bản")
        QApplication.setApplicationDisplayName(name)  # Linux desktops append it to every title: in one language
        self.setWindowTitle(f"{self.session.display_name()}[*] — {name}")

    def _keep_choice(self, key: str, value) -> None:
        """A choice the clerk made (language, colours shown, font size) is written soon, not only at a clean close:
        kept for the close, it was lost to a crash (killed under Xvfb, the editor came back in Vietnamese after
        English had been chosen). Written once it changed and the choosing paused (choice_timer): each zoom step
        wrote the file, at the cap too where nothing changed (40 steps, 40 writes)."""
        if self.settings.get(key) == value:
            return
        self.settings.set(key, value)
        if self.remember_window:  # a --screenshot run leaves the user's settings alone
            self.choice_timer.start()

    def set_language(self, code: str) -> None:
        self._keep_choice("language", code)
        i18n.set_language(code)
        qt_translation.apply(i18n.language())
        self.rule_titles.update(rule_titles(self.rules))
        self.rule_kinds.update(rule_kinds(self.rules))
        self.findings_panel.retranslate()
        self.outline_panel.retranslate()
        self.entities_panel.set_entities([])  # rebuilt with translated labels below
        if self.analysis is not None:
            self._show_entities()
            self.outline_panel.set_structure(self.analysis.structure, self._target_shares(),
                                              vote_shares(self.analysis))
            self._refresh_marks()
            self._show_word_count()
        self._update_position()
        self._update_title()

    def _show_word_count(self) -> None:
        """Counted per paragraph, each count kept while its paragraph is unchanged: splitting
        the whole text took 0.1–0.5 s of every applied result on a 3.7M-character report."""
        counts: dict[str, int] = {}
        if self.analysis is not None:
            known = self._paragraph_words
            for paragraph in self.analysis.paragraphs:
                text = paragraph.text
                if text not in counts:
                    counts[text] = known[text] if text in known else len(text.split())
            words = sum(counts[paragraph.text] for paragraph in self.analysis.paragraphs)
        else:
            words = 0
        self._paragraph_words = counts
        self.status_words.setText(i18n.tr("{} từ", f"{words:,}".replace(",", ".")))
        self._fit_status()

    # -- window events -----------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_docks()
        self._fit_status()

    def _fit_docks(self) -> None:
        """Keep the docked column to DOCK_SHARE of the window, and give it back its width when the window widens."""
        dock = self.findings_dock
        if dock.isFloating() or not dock.isVisible() or self.dockWidgetArea(dock) not in (
                Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea):
            return
        cap = max(dock.minimumSizeHint().width(), int(self.width() * DOCK_SHARE))
        width = dock.width()
        if width > cap:
            if self._dock_wanted is None:
                self._dock_wanted = width
            self.resizeDocks([dock], [cap], Qt.Orientation.Horizontal)
        elif self._dock_wanted is not None:
            target = min(self._dock_wanted, cap)
            if target > width:
                self.resizeDocks([dock], [target], Qt.Orientation.Horizontal)
            if target >= self._dock_wanted:
                self._dock_wanted = None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._closing and not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        self.choice_timer.stop()  # the save below writes a choice still waiting
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
