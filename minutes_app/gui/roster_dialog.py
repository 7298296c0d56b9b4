"""Danh bạ cán bộ: the roster as a table to read, edit, add to, import and export."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import roster as roster_core
from ..core.roster import Person, Roster
from . import i18n, os_errors
from .dialogs import ok_cancel_buttons

HEADERS = ("Họ và tên", "Chức vụ (cách nhau bằng ;)", "Đơn vị", "Từ ngày", "Đến ngày")
DATE_COLUMNS = (3, 4)


class BadCell(ValueError):
    """A date the roster cannot read, with the cell it is in (to select it)."""

    def __init__(self, row: int, column: int, message: str):
        super().__init__(message)
        self.row, self.column = row, column


class RosterDialog(QDialog):
    """One row per entry; "Đồng ý" hands the rows back (``people()``) for the window to save."""

    def __init__(self, roster: Roster, dialogs, parent: QWidget | None = None,
                 document_officials: Callable[[], list[Person]] | None = None):
        super().__init__(parent)
        self.roster = roster
        self.dialogs = dialogs
        self.document_officials = document_officials
        self.setWindowTitle(i18n.tr("Danh bạ cán bộ"))
        self.resize(980, 520)
        note = QLabel(i18n.tr("Họ tên, chức vụ và thời gian giữ chức vụ của cán bộ. Chương trình dùng danh bạ "
                              "để gợi ý khi gõ và để kiểm tra tên, chức vụ trong văn bản. Ngày ghi dd/mm/yyyy; "
                              "để trống “Đến ngày” nếu cán bộ còn giữ chức vụ.\nTệp: {}", str(roster.path)))
        note.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("roster_filter")
        self.filter.setPlaceholderText(i18n.tr("Tìm theo tên hoặc chức vụ (gõ không dấu cũng được)"))
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("roster_table")
        self.table.setHorizontalHeaderLabels([i18n.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 320, 200, 90, 90)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        for person in roster.people:
            self._append(person)

        self.add_button = QPushButton(i18n.tr("Thêm người"))
        self.remove_button = QPushButton(i18n.tr("Xóa dòng đã chọn"))
        self.from_document_button = QPushButton(i18n.tr("Thêm cán bộ trong văn bản"))
        self.from_document_button.setToolTip(i18n.tr("Thêm mọi cán bộ chương trình nhận ra trong văn bản đang mở; "
                                                     "người đã có trong danh bạ được gộp chức vụ"))
        self.from_document_button.setEnabled(document_officials is not None)
        self.import_button = QPushButton(i18n.tr("Nhập từ tệp…"))
        self.export_button = QPushButton(i18n.tr("Xuất ra tệp…"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.from_document_button.clicked.connect(self.add_from_document)
        self.import_button.clicked.connect(self.import_people)
        self.export_button.clicked.connect(self.export_people)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.from_document_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)

        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)

    # -- rows ------------------------------------------------------------------------
    def _append(self, person: Person) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (person.name, roster_core.TITLE_SEPARATOR.join(person.titles), person.unit,
                  _show_date(person.valid_from), _show_date(person.valid_to))
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def people(self) -> list[Person]:
        """The rows as entries (rows without a name dropped). Raises ValueError on a bad date,
        naming its row, person and column (the table may hold hundreds of people)."""
        people = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, 0)
            if not name.strip():
                continue
            for column in DATE_COLUMNS:
                try:
                    roster_core.parse_date(self._cell(row, column))
                except ValueError as err:
                    raise BadCell(row, column, i18n.tr("Dòng {} ({}), cột “{}”: {}.", row + 1, name.strip(),
                                                       i18n.tr(HEADERS[column]), err)) from None
            titles = tuple(t for t in self._cell(row, 1).split(";") if t.strip())
            people.append(Person(name, titles, self._cell(row, 2), self._cell(row, 3), self._cell(row, 4)))
        return people

    def set_people(self, people: list[Person]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self._append(person)
        self._apply_filter(self.filter.text())

    def _merged(self, added: list[Person]) -> list[Person] | None:
        try:
            current = Roster(self.roster.path, self.people())
        except ValueError as err:
            self.dialogs.error("Danh bạ cán bộ", str(err))
            return None
        current.merge(added)
        return current.people

    def add_row(self) -> None:
        self.filter.clear()
        self._append(Person(""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def add_from_document(self) -> None:
        if self.document_officials is None:
            return
        merged = self._merged(self.document_officials())
        if merged is not None:
            self.set_people(merged)

    def import_people(self) -> None:
        path = self.dialogs.open_table_path(str(self.roster.path.parent))
        if not path:
            return
        try:
            added = roster_core.import_file(path)
        except (OSError, ValueError, KeyError) as err:  # openpyxl raises KeyError/ValueError on a bad file
            reason = os_errors.reason(err, reading=True) if isinstance(err, OSError) else str(err)
            self.dialogs.error("Danh bạ cán bộ", reason)
            return
        merged = self._merged(added)
        if merged is not None:
            self.set_people(merged)

    def export_people(self) -> None:
        path = self.dialogs.save_table_path(str(Path.home() / "danh_ba_can_bo.xlsx"))
        if not path:
            return
        try:
            roster_core.export_file(self.people(), path)
        except ValueError as err:
            self.dialogs.error("Danh bạ cán bộ", str(err))
        except OSError as err:
            self.dialogs.error("Danh bạ cán bộ", os_errors.reason(err))

    def accept(self) -> None:
        try:
            self.people()
        except BadCell as err:
            self.filter.clear()  # the row may be filtered out of sight
            self.table.setCurrentCell(err.row, err.column)
            self.dialogs.error("Danh bạ cán bộ", str(err))
            return
        super().accept()

    def _apply_filter(self, text: str) -> None:
        wanted = roster_core.folded(text)
        for row in range(self.table.rowCount()):
            haystack = roster_core.folded(" ".join(self._cell(row, c) for c in range(3)))
            self.table.setRowHidden(row, bool(wanted) and wanted not in haystack)


def _show_date(iso: str) -> str:
    """2025-10-01 → 01/10/2025, as Vietnamese offices write dates."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"

