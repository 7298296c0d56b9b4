"""Từ điển cá nhân: the words the user added, to read, edit, import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..core.loading import LoadError, load_file
from ..core.user_dictionary import UserDictionary, normalize
from . import i18n, os_errors
from .dialogs import ok_cancel_buttons


class DictionaryDialog(QDialog):
    """One word or phrase a line; "Đồng ý" writes the list back to the dictionary file."""

    def __init__(self, dictionary: UserDictionary, dialogs, parent: QWidget | None = None):
        super().__init__(parent)
        self.dictionary = dictionary
        self.dialogs = dialogs
        self.setWindowTitle(i18n.tr("Từ điển cá nhân"))
        self.resize(520, 460)
        note = QLabel(i18n.tr("Mỗi dòng một từ hoặc cụm từ (tên riêng, địa danh, thuật ngữ). "
                              "Chương trình không báo lỗi chính tả các từ này, trong trình soạn thảo "
                              "và khi kiểm tra bằng dòng lệnh.\nTệp: {}", str(dictionary.path)))
        note.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("dictionary_words")
        self.editor.setPlainText("\n".join(sorted(dictionary.words())))
        buttons = ok_cancel_buttons(self)
        self.import_button = QPushButton(i18n.tr("Nhập từ tệp…"))
        self.export_button = QPushButton(i18n.tr("Xuất ra tệp…"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.import_words)
        self.export_button.clicked.connect(self.export_words)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def words(self) -> set[str]:
        return {normalize(line) for line in self.editor.toPlainText().splitlines() if line.strip()}

    def import_words(self) -> None:
        """A list read as the editor reads a document: Notepad's UTF-16 ("Unicode"), Windows-1258
        and Word's .docx give their words, not "\ufffd" or the zip's bytes."""
        path = self.dialogs.open_path(str(self.dictionary.path.parent))
        if not path:
            return
        try:
            lines = load_file(path).text.splitlines()
        except LoadError as err:
            self.dialogs.error("Từ điển cá nhân", str(err))
            return
        added = {normalize(w) for line in lines if (w := line.split("#", 1)[0].strip())}
        self.editor.setPlainText("\n".join(sorted(self.words() | added)))

    def export_words(self) -> None:
        path = self.dialogs.save_path(str(Path.home() / "tu_dien_ca_nhan.txt"), title="Xuất từ điển")
        if not path:
            return
        if path.suffix.lower() != ".txt":  # the list is plain text: named .docx, Word could not open it
            path = path.with_suffix(".txt")
        try:
            UserDictionary(Path(path)).replace(self.words())
        except OSError as err:
            self.dialogs.error("Từ điển cá nhân", os_errors.reason(err))
