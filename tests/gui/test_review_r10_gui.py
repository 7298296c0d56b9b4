"""Review round 10, a clerk's session under Xvfb: the roster's date and file errors, the personal
dictionary's import and export, the Find/Replace bar's Tab, the Open dialog's .doc files, and an
empty findings list that says so."""

from __future__ import annotations

from minutes_app.core.roster import Person
from minutes_app.gui.roster_dialog import RosterDialog
from tests.core.test_loading import _cp1258


def _roster_dialog(qtbot, window, dialogs, people):
    window.set_roster(people)
    dialog = RosterDialog(window.roster, dialogs, window, window.document_officials)
    qtbot.addWidget(dialog)
    return dialog


def test_a_bad_date_in_the_roster_table_names_the_row_and_selects_the_cell(qtbot, window, dialogs):
    """Before: 'day is out of range for month' (Python's English), and no row named."""
    people = [Person(f"Nguyễn Văn {name}", ("Ủy viên",)) for name in ("An", "Bình", "Cường")]
    dialog = _roster_dialog(qtbot, window, dialogs, people)
    dialog.table.item(2, 4).setText("31/02/2025")
    dialog.filter.setText("an")  # the bad row is filtered out of sight
    dialog.accept()
    assert dialog.result() == 0
    kind, _, message = dialogs.calls[-1]
    assert kind == "error"
    assert message.startswith("Dòng 3 (Nguyễn Văn Cường), cột “Đến ngày”: ngày “31/02/2025” không có thật")
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (2, 4)
    assert not dialog.table.isRowHidden(2) and dialog.filter.text() == ""


def test_the_roster_imports_excels_plain_csv(qtbot, window, dialogs, tmp_path):
    """Excel's “CSV (Comma delimited)” on a Vietnamese Windows is Windows-1258: before, the
    import failed with "'utf-8' codec can't decode byte 0xe0…"."""
    path = tmp_path / "danh_ba.csv"
    path.write_bytes(_cp1258("Họ và tên,Chức vụ,Đơn vị,Từ ngày,Đến ngày\r\n"
                             "Hoàng Thị Thủy,Phó Bí thư Chi bộ,Chi bộ 3,05/01/2024,\r\n"))
    dialog = _roster_dialog(qtbot, window, dialogs, [])
    dialogs.next_open = path
    dialog.import_button.click()
    assert "error" not in dialogs.kinds()
    assert dialog.people() == [Person("Hoàng Thị Thủy", ("Phó Bí thư Chi bộ",), "Chi bộ 3", "2024-01-05")]


def test_a_broken_workbook_is_refused_in_the_dialog_with_a_reason(qtbot, window, dialogs, tmp_path):
    """Before: zipfile.BadZipFile escaped the slot; the clerk saw nothing happen."""
    path = tmp_path / "danh_ba.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    dialog = _roster_dialog(qtbot, window, dialogs, [Person("Lê Văn Bình")])
    dialogs.next_open = path
    dialog.import_button.click()
    kind, _, message = dialogs.calls[-1]
    assert kind == "error" and "không phải bảng tính Excel" in message
    assert [p.name for p in dialog.people()] == ["Lê Văn Bình"]
