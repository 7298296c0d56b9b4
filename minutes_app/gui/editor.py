"""The text editor: a QPlainTextEdit with the report highlighter, zoom, tooltips and drops.

All conversion between the engine's code-point offsets and Qt's UTF-16 positions for
cursors happens here (``select_span``, ``replace_span``, ``position_to_offset``), so the
rest of the window speaks only engine offsets.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ..core.model import Finding
from . import i18n
from .highlighter import BlockLayout, ReportHighlighter
from .offsets import OffsetMap
from .styles import EDITOR_FONTS, SEVERITY_COLORS, SEVERITY_LABELS, visible_spaces

MIN_FONT, MAX_FONT = 7, 48


def document_text(document) -> str:
    """The exact text of the document: U+2029 block separators become '\\n', nothing else.

    ``toPlainText`` would also turn no-break spaces into spaces and U+2028 into new lines,
    silently rewriting the user's text and shifting paragraphs against the blocks.
    """
    return document.toRawText().replace("\u2029", "\n")


class ReportEditor(QPlainTextEdit):
    """Editing surface; emits ``edited`` for real text changes (not for re-formatting)."""

    edited = Signal()
    files_dropped = Signal(list)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, font_size: float = 13):
        super().__init__(parent)
        document = QTextDocument(self)
        # Held here: PySide does not give the layout to its document, and a collected
        # wrapper would delete the layout under the editor.
        self._layout = BlockLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self.setObjectName("editor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFont()
        font.setFamilies(EDITOR_FONTS)
        font.setPointSizeF(font_size)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        # Setting the margin counts as a change, and as an undo step: without clearing it the
        # first real keystroke never emits undoAvailable(True) and Undo stays disabled.
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.setAcceptDrops(True)
        self.highlighter = ReportHighlighter(self.document())
        self.finding_actions: Callable[[list[Finding]], list[QAction]] | None = None
        self.rule_titles: dict[str, str] = {}
        self.document().contentsChange.connect(self._on_contents_change)

    # -- text --------------------------------------------------------------------------
    def text(self) -> str:
        return document_text(self.document())

    def set_text(self, text: str) -> None:
        """Replace the whole document (opening a file): clears undo and the modified flag."""
        self.setPlainText(text)
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if removed or added:
            self.edited.emit()

    # -- offsets -----------------------------------------------------------------------
    def _cursor_for_span(self, start: int, end: int, offsets: OffsetMap) -> QTextCursor:
        size = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(offsets.to_utf16(start), size))
        cursor.setPosition(min(offsets.to_utf16(end), size), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_span(self, start: int, end: int, offsets: OffsetMap) -> None:
        """Select code-point span [start, end) and scroll it to the middle of the view."""
        self.setTextCursor(self._cursor_for_span(start, end, offsets))
        self.centerCursor()

    def show_related(self, spans, offsets: OffsetMap) -> None:
        """Light up the spans a selected finding rests on (its whole, parts, plan …);
        an empty list clears them."""
        selections = []
        for span in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for_span(span.start, span.end, offsets)
            selection.format.setBackground(QColor("#ffe9a8" if span.role in ("whole", "plan", "earlier")
                                                  else "#d7ecff"))
            selections.append(selection)
        self.setExtraSelections(selections)

    def replace_span(self, start: int, end: int, expected: str, replacement: str,
                     offsets: OffsetMap) -> bool:
        """Replace [start, end) by ``replacement`` as ONE undo step, if it still reads ``expected``."""
        cursor = self._cursor_for_span(start, end, offsets)
        if cursor.selectedText() != expected.replace("\n", "\u2029"):
            return False
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        cursor.setPosition(cursor.position() - len(replacement.encode("utf-16-le")) // 2,
                           QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def cursor_line_column(self) -> tuple[int, int]:
        """1-based line and column (in characters, as the user counts them)."""
        cursor = self.textCursor()
        block = cursor.block()
        column16 = cursor.positionInBlock()
        column = OffsetMap(block.text()).to_code_point(column16)
        return block.blockNumber() + 1, column + 1

    # -- zoom --------------------------------------------------------------------------
    def font_size(self) -> float:
        return self.font().pointSizeF()

    def set_font_size(self, size: float) -> None:
        size = max(MIN_FONT, min(MAX_FONT, size))
        font = self.font()
        font.setPointSizeF(size)
        self.setFont(font)
        self.zoom_changed.emit(size)

    def zoom(self, steps: int) -> None:
        self.set_font_size(self.font_size() + steps)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # -- keys, tooltips, menus, drops --------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Shift+Enter would insert U+2028, a line break Word and Notepad do not share.
            self.textCursor().insertText("\n")
            return
        super().keyPressEvent(event)

    def findings_at_point(self, point) -> list[Finding]:
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return []
        block = cursor.block()
        return self.highlighter.index.findings_at(block.blockNumber(), block.text(), cursor.positionInBlock())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            findings = self.findings_at_point(self.viewport().mapFromGlobal(event.globalPos()))
            if findings:
                QToolTip.showText(event.globalPos(), finding_tooltip(findings, self.rule_titles), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        findings = self.findings_at_point(self.viewport().mapFrom(self, event.pos()))
        if findings and self.finding_actions is not None:
            actions = self.finding_actions(findings)
            if actions:
                first = menu.actions()[0] if menu.actions() else None
                for action in actions:
                    action.setParent(menu)
                    menu.insertAction(first, action)
                menu.insertSeparator(first)
        menu.exec(event.globalPos())

    @staticmethod
    def _local_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._local_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._local_files(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit([str(Path(f)) for f in files])
            return
        super().dropEvent(event)


def finding_tooltip(findings: list[Finding], rule_titles: dict[str, str] | None = None) -> str:
    """Rich-text tooltip: severity, the rule's title, message and the proposed fix of each finding."""
    rule_titles = rule_titles or {}
    parts = []
    for finding in findings:
        severity = finding.severity.value
        colour = SEVERITY_COLORS.get(severity, "#555")
        label = i18n.tr(SEVERITY_LABELS.get(severity, severity))
        part = (f"<p style='margin:2px'><b style='color:{colour}'>{html.escape(label)}</b> "
                f"<span style='color:#777'>{html.escape(rule_titles.get(finding.code, finding.code))}</span><br>"
                f"{html.escape(finding.message)}")
        if finding.suggestion is not None:
            fix = i18n.tr("Xóa") if finding.suggestion == "" else \
                i18n.tr("Sửa thành: {}", f"<b>{html.escape(visible_spaces(finding.suggestion))}</b>")
            part += f"<br>{fix}"
        parts.append(part + "</p>")
    return "<qt>" + "".join(parts) + "</qt>"

