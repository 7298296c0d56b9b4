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

from ..core.text import fold
from . import i18n
from .dialogs import ok_cancel_buttons
from .rule_names import rule_kinds, rule_titles
from .styles import SEVERITY_LABELS, severity_icon

EVERYWHERE, HERE = 3, 4  # the columns of the two switches


class RulesDialog(QDialog):
    """A table: rule, its kind, severity, "on everywhere", "on for this document"; the rules by kind, then by
    title, in the interface's language (by their English codes they read in no order a clerk could follow)."""

    def __init__(self, rules: dict, disabled_everywhere: set[str], disabled_here: set[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(i18n.tr("Quy tắc kiểm tra"))
        titles, kinds = rule_titles(rules), rule_kinds(rules)
        self.codes = sorted(rules, key=lambda c: (fold(kinds[c]), fold(titles[c])))
        self.table = QTableWidget(len(self.codes), 5)
        self.table.setHorizontalHeaderLabels([i18n.tr("Quy tắc"), i18n.tr("Nhóm"), i18n.tr("Mức độ"),
                                              i18n.tr("Mọi văn bản"), i18n.tr("Văn bản này")])
        self.table.verticalHeader().setVisible(False)
        for row, code in enumerate(self.codes):
            rule = rules[code]
            name = QTableWidgetItem(titles[code])
            name.setToolTip(f"{titles[code]}\n" + i18n.tr("Mã quy tắc: {}", code))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            kind = QTableWidgetItem(kinds[code])
            kind.setFlags(Qt.ItemFlag.ItemIsEnabled)
            severity = rule.severity.value
            level = QTableWidgetItem(severity_icon(severity), i18n.tr(SEVERITY_LABELS.get(severity, severity)))
            level.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, kind)
            self.table.setItem(row, 2, level)
            for column, disabled in ((EVERYWHERE, disabled_everywhere), (HERE, disabled_here)):
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
        # As wide as the longest title and its columns (760 pixels cut "Số liệu tính ra (…) không…"), within the screen.
        self.table.resizeColumnsToContents()
        wanted = sum(self.table.columnWidth(c) for c in range(self.table.columnCount())) + 60
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        screen = self.screen().availableGeometry()
        self.resize(min(wanted, int(screen.width() * 0.9)), min(560, int(screen.height() * 0.85)))

    def _disabled(self, column: int) -> set[str]:
        return {code for row, code in enumerate(self.codes)
                if self.table.item(row, column).checkState() != Qt.CheckState.Checked}

    def disabled_everywhere(self) -> set[str]:
        return self._disabled(EVERYWHERE)

    def disabled_here(self) -> set[str]:
        return self._disabled(HERE)
