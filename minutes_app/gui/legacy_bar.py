"""The offer to convert a file written in a legacy Vietnamese encoding, and the note that a
Word file has tracked changes.

Legacy text is never converted silently: a bar above the editor names the encoding and
converts on one click, as one undo step. The offer stands for the text as opened: once the
user edits it, the spans it would convert no longer line up, so the bar goes away.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..core.legacy import NAMES, convert_spans
from . import i18n


class LegacyBar(QFrame):
    # The offer came or went: the findings on the legacy text are held back while it stands (held_spans).
    offer_changed = Signal()

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legacy_bar")
        self.setStyleSheet("#legacy_bar { background: #FFF4CE; border-bottom: 1px solid #E0C97A; }")
        self.editor = editor
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.convert_button = QPushButton()
        i18n.bind(self.convert_button.setText, "Chuyển sang Unicode")
        self.later_button = QPushButton()
        i18n.bind(self.later_button.setText, "Để sau")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.convert_button)
        layout.addWidget(self.later_button)
        self.convert_button.clicked.connect(self.convert)
        self.later_button.clicked.connect(self._withdraw)
        editor.edited.connect(self._on_edited)
        self._text: str | None = None
        self._spans: tuple = ()
        self._converting = False
        self._standing = False
        self.hide()

    def held_spans(self) -> tuple[tuple[int, int], ...]:
        """The legacy stretches of the text, while the offer stands: the bar says they cannot be checked, and a
        TCVN3 file opened under Xvfb showed 85 spelling warnings on "Héi nghÞ" beside it, each offering a fix that
        would spoil the conversion. Once converted, edited or put off ("Để sau"), nothing is held."""
        return tuple((span.start, span.end) for span in self._spans) if self._standing else ()

    def offer(self, loaded) -> None:
        """Show the offer for a freshly opened file (core.loading.LoadedDocument), or hide."""
        self._text, self._spans = loaded.text, tuple(loaded.legacy)
        if not self._spans:
            self._withdraw()
            return
        i18n.bind(self.label.setText, "Văn bản dùng mã {} — chữ tiếng Việt hiển thị sai và không kiểm tra được. "
                  "Chuyển sang Unicode (có thể hoàn tác)?", NAMES[loaded.legacy_scheme])
        self.show()
        self._standing = True
        self.offer_changed.emit()

    def _withdraw(self) -> None:
        self.hide()
        if self._standing:
            self._standing = False
            self.offer_changed.emit()

    def convert(self) -> bool:
        """Replace the text by its Unicode conversion as one undo step."""
        if self._text is None or self.editor.text() != self._text:
            self._withdraw()
            return False
        converted = convert_spans(self._text, self._spans)
        cursor = QTextCursor(self.editor.document())
        self._converting = True
        try:
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(converted)
            cursor.endEditBlock()
        finally:
            self._converting = False
        self._text = None
        self._withdraw()
        return True

    def _on_edited(self) -> None:
        if not self._converting and self._standing and self.editor.text() != self._text:
            self._withdraw()


def tracked_changes_note(loaded) -> str:
    """The status bar's note for a Word file with tracked changes, else ""."""
    if not getattr(loaded, "tracked_changes", False):
        return ""
    return i18n.tr("Tệp Word có thay đổi được theo dõi: đã đọc phần chèn, bỏ qua phần xoá")
