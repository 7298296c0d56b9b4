"""Every modal question the window asks, in one injectable object.

Tests replace it with a fake that answers instantly (modal dialogs would block the test
run); the real one uses QMessageBox and QFileDialog with Vietnamese or English labels.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from . import i18n

OPEN_FILTER = "Văn bản (*.txt *.docx);;Tệp văn bản (*.txt);;Tài liệu Word (*.docx);;Mọi tệp (*)"
SAVE_FILTER = "Tài liệu Word (*.docx);;Tệp văn bản (*.txt)"
DOCX_FILTER = "Tài liệu Word (*.docx)"


class Dialogs:
    """Real dialogs. Each method returns the user's answer."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def _box(self, icon, title: str, text: str, buttons, default) -> QMessageBox.StandardButton:
        box = QMessageBox(icon, i18n.tr(title), text, buttons, self.parent)
        box.setDefaultButton(default)
        labels = {
            QMessageBox.StandardButton.Save: "Lưu", QMessageBox.StandardButton.Discard: "Không lưu",
            QMessageBox.StandardButton.Cancel: "Hủy", QMessageBox.StandardButton.Yes: "Có",
            QMessageBox.StandardButton.No: "Không", QMessageBox.StandardButton.Ok: "Đồng ý",
        }
        for standard, label in labels.items():
            button = box.button(standard)
            if button is not None:
                button.setText(i18n.tr(label))
        return QMessageBox.StandardButton(box.exec())

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel' for unsaved changes in ``name``."""
        B = QMessageBox.StandardButton
        answer = self._box(QMessageBox.Icon.Warning, "Văn bản chưa lưu",
                           i18n.tr("“{}” có thay đổi chưa lưu. Lưu lại trước khi đóng?", name),
                           B.Save | B.Discard | B.Cancel, B.Save)
        return {B.Save: "save", B.Discard: "discard"}.get(answer, "cancel")

    def ask_restore(self, name: str, saved_at: float) -> bool:
        B = QMessageBox.StandardButton
        when = time.strftime("%H:%M %d/%m/%Y", time.localtime(saved_at))
        text = i18n.tr("Lần trước chương trình đóng bất thường. Có bản tự động lưu của “{}” lúc {}.\n"
                       "Khôi phục bản này?", name, when)
        return self._box(QMessageBox.Icon.Question, "Khôi phục văn bản", text, B.Yes | B.No, B.Yes) == B.Yes

    def confirm_format_losses(self, name: str, losses: list[str]) -> bool:
        """Asked before every save that would drop something of a Word original."""
        B = QMessageBox.StandardButton
        text = i18n.tr("Lưu “{}” sẽ không giữ được:", name) + "\n• " + "\n• ".join(losses) + "\n\n" + \
            i18n.tr("Vẫn lưu?")
        return self._box(QMessageBox.Icon.Warning, "Lưu tệp Word", text, B.Yes | B.No, B.No) == B.Yes

    def error(self, title: str, text: str) -> None:
        B = QMessageBox.StandardButton
        self._box(QMessageBox.Icon.Critical, title, text, B.Ok, B.Ok)

    def info(self, title: str, text: str) -> None:
        B = QMessageBox.StandardButton
        self._box(QMessageBox.Icon.Information, title, text, B.Ok, B.Ok)

    def open_path(self, directory: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, i18n.tr("Mở văn bản"), directory, i18n.tr(OPEN_FILTER))
        return Path(name) if name else None

    def save_path(self, suggested: str, docx_only: bool = False) -> Path | None:
        filters = i18n.tr(DOCX_FILTER if docx_only else SAVE_FILTER)
        selected = i18n.tr("Tệp văn bản (*.txt)") if suggested.lower().endswith(".txt") else ""
        name, chosen = QFileDialog.getSaveFileName(self.parent, i18n.tr("Lưu thành"), suggested, filters, selected)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt" if "*.txt" in chosen and not docx_only else ".docx")
        return path
