"""Switching rules on and off, everywhere or for the open document only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .dialogs import ok_cancel_buttons
from .styles import SEVERITY_LABELS, severity_icon


class RulesDialog(QDialog):
    """A table: rule, severity, "on everywhere", "on for this document"."""

    def __init__(self, rules: dict, disabled_everywhere: set[str], disabled_here: set[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(i18n.tr("Quy tắc kiểm tra"))
        self.resize(760, 480)
        self.codes = list(rules)
        self.table = QTableWidget(len(self.codes), 4)
        self.table.setHorizontalHeaderLabels(
            [i18n.tr("Quy tắc"), i18n.tr("Mức độ"), i18n.tr("Mọi văn bản"), i18n.tr("Văn bản này")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, code in enumerate(self.codes):
            rule = rules[code]
            name = QTableWidgetItem(i18n.tr(rule.title))
            name.setToolTip(i18n.tr("Mã quy tắc: {}", code))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            severity = rule.severity.value
            level = QTableWidgetItem(severity_icon(severity), i18n.tr(SEVERITY_LABELS.get(severity, severity)))
            level.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, level)
            for column, disabled in ((2, disabled_everywhere), (3, disabled_here)):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                box.setCheckState(Qt.CheckState.Unchecked if code in disabled else Qt.CheckState.Checked)
                self.table.setItem(row, column, box)
        note = QLabel(i18n.tr("Bỏ chọn để tắt một quy tắc. “Văn bản này” chỉ áp dụng cho tệp đang mở."))
        note.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _disabled(self, column: int) -> set[str]:
        return {code for row, code in enumerate(self.codes)
                if self.table.item(row, column).checkState() != Qt.CheckState.Checked}

    def disabled_everywhere(self) -> set[str]:
        return self._disabled(2)

    def disabled_here(self) -> set[str]:
        return self._disabled(3)
