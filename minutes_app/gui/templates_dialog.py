"""Tệp › Mới từ mẫu…: pick a template (the program's and the user's own), see it, start from it;
and Tab / Shift+Tab from one «field» of the document to the next (FieldNavigator)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.templates import Template, list_templates, next_field, user_folder
from . import i18n


class TemplateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, templates: list[Template] | None = None):
        super().__init__(parent)
        self.templates = list_templates() if templates is None else templates
        self.setWindowTitle(i18n.tr("Mới từ mẫu"))
        self.resize(980, 600)
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        labels = [t.name + (i18n.tr(" (mẫu của bạn)") if t.own else "") for t in self.templates]
        for label in labels:
            QListWidgetItem(label, self.list).setToolTip(label)
        # As wide as the longest name (within reason): a third of the dialog cut "Báo cáo kết quả
        # công tác (tháng/quý/6 tháng/n…" behind a horizontal scroll bar (a clerk session, Xvfb).
        longest = max((self.list.fontMetrics().horizontalAdvance(label) for label in labels), default=0)
        self.list.setMinimumWidth(min(longest + 4 * self.list.fontMetrics().averageCharWidth(), 460))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("template_preview")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        note = QLabel(i18n.tr("Các ô «…» là chỗ cần điền: Tab sang ô sau, Shift+Tab về ô trước. "
                              "Mẫu riêng của cơ quan (tệp .txt) đặt trong thư mục: {}", str(user_folder())))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(i18n.tr("Hủy"))
        # a button of our own: a standard Ok is re-labelled "Đồng ý" when Qt's translation loads
        self.create_button = buttons.addButton(i18n.tr("Tạo văn bản"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.source)
        row = QHBoxLayout()
        row.addWidget(self.list, 0)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Only once the button is inside the dialog: made default before, it was the button
        # box's default, and the dialog gave Enter to "Hủy".
        self.create_button.setDefault(True)
        if self.templates:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            template = self.templates[row]
            self.preview.setPlainText(template.text)
            self.source.setText(i18n.tr("Bố cục theo: {}", template.source) if template.source else "")

    def chosen(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None


class FieldNavigator(QObject):
    """Tab selects the next «field» of the text, Shift+Tab the one before, while the text has
    fields; otherwise Tab is a tab. While an input method's pre-edit is open the key does
    nothing (the cursor must not move, nor the document change, under a composition); while
    ``busy()`` (the completion popup shows) Tab is the popup's and accepts."""

    def __init__(self, editor: QPlainTextEdit, busy=lambda: False):
        super().__init__(editor)
        self.editor = editor
        self.busy = busy
        editor.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is not self.editor or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if self.busy():
            return False
        if self._preedit():
            return True  # the input method's word is open: neither jump nor write a tab into it
        backwards = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return self.move(backwards)

    def _preedit(self) -> str:
        layout = self.editor.textCursor().block().layout()
        return layout.preeditAreaText() if layout is not None else ""

    def move(self, backwards: bool = False) -> bool:
        """Select the next (previous) field; False when the text has none."""
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        span = next_field(text, cursor.selectionStart(), cursor.selectionEnd(), backwards)
        if span is None:
            return False
        # Qt positions are UTF-16 units; Vietnamese is in the BMP, but a pasted emoji is not
        start, end = _utf16(text, span[0]), _utf16(text, span[1])
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        return True


def _utf16(text: str, offset: int) -> int:
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)
