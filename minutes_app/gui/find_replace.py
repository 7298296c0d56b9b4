"""Find / Replace bar under the editor (Ctrl+F, Ctrl+H), in the manner of Word's pane.

Replacing is an explicit user action: "Thay thế" changes the current match, "Thay tất cả"
changes every match as a single undo step.

Vietnamese letters come composed ("ộ", one character) or decomposed ("o" + two marks: Unikey's
"Unicode tổ hợp", macOS, text pasted from PDFs); the editor keeps the text as typed, so a
search looks for both forms of what was typed.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from . import i18n


class FindBar(QWidget):
    """Hidden until Ctrl+F / Ctrl+H; works on one QPlainTextEdit."""

    message = Signal(str)

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.editor = editor
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_edit")
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replace_edit")
        self.case = QCheckBox()
        i18n.bind(self.case.setText, "Phân biệt hoa/thường")
        self.find_label, self.replace_label = QLabel(), QLabel()
        i18n.bind(self.find_label.setText, "Tìm:")
        i18n.bind(self.replace_label.setText, "Thay bằng:")
        self.next_button = self._button("Tiếp", self.find_next)
        self.prev_button = self._button("Trước", self.find_previous)
        self.replace_button = self._button("Thay thế", self.replace_one)
        self.replace_all_button = self._button("Thay tất cả", self.replace_all)
        self.status = QLabel()
        self.status.setObjectName("find_status")
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.prev_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.case, 0, 4)
        grid.addWidget(close, 0, 6)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.addWidget(self.status, 1, 4, 1, 3)
        grid.setColumnStretch(1, 1)
        # Tab goes from what to find to what to put instead, as in Word's Replace: the grid's
        # order sent it to “Trước”, and the spaces of a replacement typed next pressed it.
        chain = (self.find_edit, self.replace_edit, self.next_button, self.prev_button, self.replace_button,
                 self.replace_all_button, self.case, close)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close_bar,
                           context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        i18n.bind(escape.setWhatsThis, "Đóng thanh tìm kiếm")  # listed in Trợ giúp › Phím tắt
        # "Đã thay 2 chỗ" describes the text as it was: any later change (an undo, another
        # file opened into the editor) makes it stale, so it goes.
        editor.document().contentsChanged.connect(lambda: self.status.setText(""))
        self.hide()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton()
        i18n.bind(button.setText, text)
        button.clicked.connect(slot)
        return button

    # -- showing -----------------------------------------------------------------------
    def open(self, replace: bool = False) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        for widget in (self.replace_label, self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    # -- searching ---------------------------------------------------------------------
    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _needles(self) -> list[str]:
        """What was typed, in its composed and decomposed forms (each once)."""
        needle = self.find_edit.text()
        if not needle:
            return []
        return list(dict.fromkeys((needle, unicodedata.normalize("NFC", needle), unicodedata.normalize("NFD", needle))))

    def _next_match(self, start: QTextCursor, backward: bool) -> QTextCursor:
        """The nearest match of any form of the needle from ``start`` (a null cursor if none)."""
        document = self.editor.document()
        best = QTextCursor()
        for needle in self._needles():
            cursor = document.find(needle, start, self._flags(backward))
            if cursor.isNull():
                continue
            if best.isNull() or (cursor.selectionStart() > best.selectionStart() if backward
                                 else cursor.selectionStart() < best.selectionStart()):
                best = cursor
        return best

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        document = self.editor.document()
        cursor = self._next_match(self.editor.textCursor(), backward)
        if cursor.isNull():  # wrap around, as Word does
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            cursor = self._next_match(start, backward)
        if cursor.isNull():
            self._say(i18n.tr("Không tìm thấy “{}”.", needle))
            return False
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self._say("")
        return True

    def find_next(self) -> bool:
        return self._find(False)

    def find_previous(self) -> bool:
        return self._find(True)

    def _matches_selection(self) -> bool:
        selected = unicodedata.normalize("NFC", self.editor.textCursor().selectedText())
        needle = unicodedata.normalize("NFC", self.find_edit.text())
        if self.case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold() and bool(needle)

    def replace_one(self) -> None:
        """Replace the selected match (if it is one), then move to the next."""
        if self._matches_selection():
            self.editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undoable edit; returns the count."""
        needle = self.find_edit.text()
        if not needle:
            return 0
        document = self.editor.document()
        count = 0
        # The edit block belongs to a cursor where the clerk is: undoing it leaves the view there
        # (a cursor at the start of the document sent it to line 1).
        edit = QTextCursor(self.editor.textCursor())
        edit.clearSelection()
        edit.beginEditBlock()
        cursor = QTextCursor(document)
        while True:
            cursor = self._next_match(cursor, backward=False)
            if cursor.isNull():
                break
            cursor.insertText(self.replace_edit.text())
            count += 1
        edit.endEditBlock()
        self._say(i18n.tr("Đã thay {} chỗ.", count))
        return count

    def _say(self, text: str) -> None:
        self.status.setText(text)
        if text:
            self.message.emit(text)
