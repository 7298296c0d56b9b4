"""The roster's completion popup on the editor (core/completion.py finds the candidates).

Vietnamese is typed through an input method (field notes, "Vietnamese input methods and Qt"):
- the popup never takes focus (a tool-tip window shown without activating, no focus policy):
  an IBus/Fcitx pre-edit is lost when focus moves;
- keys stay with the editor; only Up/Down/Enter/Tab/Escape are taken, and only while the
  popup shows and no pre-edit is open; Backspace goes to the editor (Unikey and EVKey rewrite
  a word with Backspaces, then letters) and the popup re-filters instead of closing;
- candidates are filtered on the line before the cursor plus the pre-edit, and nothing is
  inserted while a pre-edit is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit

from ..core.completion import Candidate, CompletionIndex, document_tone_style, in_tone_style

_TAKEN = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape,
          Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
_TYPING = {QEvent.Type.KeyPress, QEvent.Type.InputMethod}


class CompletionPopup(QListWidget):
    """A list that shows under the cursor and never becomes the active window or takes focus."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(None)
        self.setObjectName("roster_completion")
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFont(editor.font())
        self.setUniformItemSizes(True)
        self.setStyleSheet("QListWidget { border: 1px solid #8a8a8a; background: palette(base); }"
                           "QListWidget::item:selected { background: #cfe3fb; color: black; }")


class RosterCompleter(QObject):
    """Watches the editor's typing and offers the roster's names and titles."""

    accepted = Signal(str)  # the text inserted

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.editor = editor
        self.index = CompletionIndex(())
        self.popup = CompletionPopup(editor)
        self.popup.itemClicked.connect(lambda item: self.accept(self.popup.row(item)))
        self._span = 0
        self._candidates: list[Candidate] = []
        editor.installEventFilter(self)
        editor.destroyed.connect(self.popup.deleteLater)

    def set_people(self, people) -> None:
        self.index = CompletionIndex(tuple(people))
        self.hide()

    # -- events ------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched is not self.editor or kind not in _TYPING and kind != QEvent.Type.FocusOut:
            return False
        if kind == QEvent.Type.FocusOut:
            self.hide()
            return False
        if kind == QEvent.Type.KeyPress and self.popup.isVisible() and not self.preedit():
            if self._navigate(event):
                return True
        if not len(self.index):
            return False
        if kind == QEvent.Type.KeyPress and not _is_text_key(event):
            if self.popup.isVisible() and event.key() not in _MODIFIERS:
                self.hide()  # arrows, Home, a shortcut: the cursor goes elsewhere
            return False
        # let the editor take the letter, Backspace or the input method's text now, then re-filter
        self.editor.event(event)
        self.refresh()
        return True

    def _navigate(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key not in _TAKEN or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if key == Qt.Key.Key_Escape:
            self.hide()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
            row = min(max(self.popup.currentRow() + step, 0), self.popup.count() - 1)
            self.popup.setCurrentRow(row)
        elif key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return False
        else:
            self.accept(self.popup.currentRow())
        return True

    # -- state -------------------------------------------------------------------------
    def preedit(self) -> str:
        layout = self.editor.textCursor().block().layout()
        return layout.preeditAreaText() if layout is not None else ""

    def before_cursor(self) -> str:
        """The line up to the cursor, with the input method's pre-edit where it stands."""
        cursor = self.editor.textCursor()
        return cursor.block().text()[:cursor.positionInBlock()] + self.preedit()

    def refresh(self) -> None:
        if self.editor.textCursor().hasSelection():
            self.hide()
            return
        span, candidates = self.index.complete(self.before_cursor())
        if not candidates:
            self.hide()
            return
        self._span, self._candidates = span, candidates
        self.popup.clear()
        for candidate in candidates:
            QListWidgetItem(candidate.label, self.popup)
        self.popup.setCurrentRow(0)
        self._place()

    def _place(self) -> None:
        rect = self.editor.cursorRect()
        width = max(self.popup.sizeHintForColumn(0) + 24, 260)
        rows = min(self.popup.count(), 8)
        height = self.popup.sizeHintForRow(0) * rows + 6
        self.popup.setFixedSize(min(width, 720), height)
        self.popup.move(self.editor.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4)))
        if not self.popup.isVisible():
            self.popup.show()

    def hide(self) -> None:
        self.popup.hide()
        self._candidates = []

    def accept(self, row: int) -> bool:
        """Write candidate ``row`` in place of the typed words (one undo step), in the tone
        style the document uses; never while a pre-edit is open."""
        if not (0 <= row < len(self._candidates)) or self.preedit():
            return False
        candidate = self._candidates[row]
        text = in_tone_style(candidate.insert, document_tone_style(self.editor.toPlainText()))
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, self._span)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.hide()
        self.accepted.emit(text)
        return True

    def visible_labels(self) -> list[str]:
        return [self.popup.item(i).text() for i in range(self.popup.count())] if self.popup.isVisible() else []


def _is_text_key(event: QKeyEvent) -> bool:
    """A letter, a space or Backspace/Delete: what an input method sends to rewrite a word."""
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    return bool(event.text()) and event.text().isprintable() and not event.modifiers() & control
