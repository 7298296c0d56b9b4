"""Tệp › Khôi phục…: the journals left by sessions that did not end normally.

Each row says which document it was, when it was written and how it begins, so a clerk can
tell two unsaved drafts apart; one can be opened, or deleted on purpose (never by Esc).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
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
from .autosave import Recovery
from .dialogs import Dialogs

PREVIEW_CHARS = 80


def describe(recovery: Recovery) -> str:
    """One line: name, time, length and the first words of the text."""
    name = Path(recovery.path).name if recovery.path else i18n.tr("Văn bản mới")
    when = time.strftime("%H:%M %d/%m/%Y", time.localtime(recovery.saved_at))
    first = " ".join(recovery.text.split())[:PREVIEW_CHARS]
    return i18n.tr("{} — {} — {} ký tự\n{}", name, when, len(recovery.text), first)


class RecoveryDialog(QDialog):
    """A list of recoveries with "Mở" (the chosen one becomes ``chosen``) and "Xóa bản này"."""

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(i18n.tr("Khôi phục văn bản"))
        self.resize(620, 360)
        self.recoveries = list(recoveries)
        self.chosen: Recovery | None = None
        note = QLabel(i18n.tr("Các bản tự động lưu của những lần chương trình đóng bất thường:"))
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recovery_list")
        for recovery in self.recoveries:
            item = QListWidgetItem(describe(recovery))
            item.setData(Qt.ItemDataRole.UserRole, recovery)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(i18n.tr("Mở bản này"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button = QPushButton(i18n.tr("Xóa bản này"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _current(self) -> Recovery | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _open(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def _delete(self) -> None:
        recovery = self._current()
        if recovery is None:
            return
        if not Dialogs(self).confirm_discard_recovery():
            return
        recovery.discard()
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()
