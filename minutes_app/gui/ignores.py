"""Undoable ignores and the “Đã bỏ qua” list where each one can be shown again.

Ignores live on their own QUndoStack, apart from the editor's text undo: undoing a typo must
not bring back a finding, and Ctrl+Z in the findings panel must not change the text made before
an ignore (UndoOrder: the list takes back whichever was done last, the ignore or the fix).
"""

from __future__ import annotations

from itertools import count

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .doc_state import Ignore
from .styles import quoted


class UndoOrder:
    """Which history a Ctrl+Z in the findings list takes back: the ignores' or the text's.

    The list makes both: ignores (their own stack) and one-click fixes ("Sửa thành …", "Xóa"), which
    are edits of the text. When Ctrl+Z there undid ignores only, a fix made from the list could not
    be taken back from where it was made: a clerk pressed Ctrl+Z after "Xóa" and nothing happened
    (under Xvfb, round 15). Each step of either history is stamped when it is made; the later goes
    back first. A step is known by the size of its history after it (the stack's index, the
    document's undo steps), so a step made again after an undo gets a fresh stamp.
    """

    def __init__(self, ignores: QUndoStack, editor):
        self._ignores = ignores
        self._editor = editor
        self._clock = count(1)
        self._ignore_stamps: dict[int, int] = {}
        self._text_stamps: dict[int, int] = {}
        self._steps = editor.document().availableUndoSteps()
        editor.document().undoCommandAdded.connect(self._text_edited)
        # a redo makes no new command: seen as the undo steps growing, it is stamped as done now
        editor.document().contentsChanged.connect(self._text_changed)

    def ignore_pushed(self) -> None:
        self._ignore_stamps[self._ignores.index()] = next(self._clock)

    def _text_edited(self) -> None:
        self._text_stamps[self._editor.document().availableUndoSteps()] = next(self._clock)

    def _text_changed(self) -> None:
        steps = self._editor.document().availableUndoSteps()
        if steps > self._steps:
            self._text_stamps[steps] = next(self._clock)
        self._steps = steps

    def undo(self) -> None:
        document = self._editor.document()
        ignore = self._ignore_stamps.get(self._ignores.index(), 0) if self._ignores.canUndo() else -1
        text = self._text_stamps.get(document.availableUndoSteps(), 0) if document.isUndoAvailable() else -1
        if ignore >= 0 and ignore >= text:
            self._ignores.undo()
        elif text >= 0:
            self._editor.undo()


class IgnoreCommand(QUndoCommand):
    """Adds (``add``) or removes an ignore; undo does the opposite."""

    def __init__(self, window, ignore: Ignore, add: bool, label: str):
        super().__init__(label)
        self.window = window
        self.ignore = ignore
        self.add = add

    def redo(self) -> None:
        self.window._set_ignored(self.ignore, self.add)

    def undo(self) -> None:
        self.window._set_ignored(self.ignore, not self.add)


def describe(ignore: Ignore, titles: dict[str, str]) -> str:
    """“«75,5%» — Tỷ lệ phần trăm … — chỉ chỗ này” as a clerk reads it."""
    title = titles.get(ignore.code, ignore.code)
    if ignore.everywhere:
        return f"{quoted(ignore.text)} — {title} — {i18n.tr('mọi chỗ trong văn bản')}"
    context = " ".join(f"…{ignore.before[-25:]}[{ignore.text}]{(ignore.after or '')[:25]}…".split())
    return f"{quoted(ignore.text)} — {title} — {i18n.tr('chỉ chỗ này')}\n{context}"


class IgnoredDialog(QDialog):
    """Every ignore of the open document; “Hiện lại” restores the selected one (undoable)."""

    def __init__(self, window, titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("ignored_dialog")
        self.setWindowTitle(i18n.tr("Đã bỏ qua"))
        self.resize(640, 380)
        self.window_ = window
        self.titles = titles
        self.list = QListWidget()
        self.list.setObjectName("ignored_list")
        self.list.setWordWrap(True)
        self.empty = QLabel(i18n.tr("Chưa bỏ qua phát hiện nào trong văn bản này."))
        self.restore_button = QPushButton(i18n.tr("Hiện lại"))
        self.restore_button.setObjectName("restore_ignore_button")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(i18n.tr("Các phát hiện đã bỏ qua; chọn một rồi bấm “Hiện lại” để kiểm tra lại chỗ đó.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refill()

    def refill(self) -> None:
        self.list.clear()
        for ignore in self.window_.session.state.ignores:
            item = QListWidgetItem(describe(ignore, self.titles))
            item.setData(Qt.ItemDataRole.UserRole, ignore)
            self.list.addItem(item)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.restore_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.window_.restore_ignore(item.data(Qt.ItemDataRole.UserRole))
            self.refill()
