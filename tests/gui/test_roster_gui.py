"""Danh bạ cán bộ in the editor: one click adds the officials of a seed, the dialog edits,
imports and exports the table, and the roster is there again after a restart."""

from __future__ import annotations

from pathlib import Path

from minutes_app.core.roster import Person, Roster, default_path, import_file
from minutes_app.gui.roster_dialog import RosterDialog

from .conftest import ROOT, open_and_wait

SEED_002 = ROOT / "seeds" / "002_cd980621195b3d31.txt"


def test_add_the_officials_of_a_seed_in_one_click(qtbot, window, make_window):
    open_and_wait(qtbot, window, SEED_002)
    window.actions["roster_add_officials"].trigger()
    qtbot.waitUntil(lambda: default_path().exists(), timeout=10000)
    names = [p.name for p in Roster.load().people]
    assert "Nguyễn Văn Thể" in names and "Lại Xuân Lâm" in names and len(names) == len(set(names))
    (the,) = [p for p in window.roster.people if p.name == "Nguyễn Văn Thể"]
    assert the.titles == ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương")
    # a second click adds nothing new
    window.actions["roster_add_officials"].trigger()
    qtbot.waitUntil(lambda: "0" in window.statusBar().currentMessage(), timeout=10000)
    assert len(Roster.load().people) == len(names)
    # a restart: a new window reads the same roster and hands it to the engine
    other = make_window()
    assert [p.name for p in other.roster.people] == names
    assert other.controller._roster == tuple(Roster.load().people)


def test_dialog_edits_imports_and_exports(qtbot, window, dialogs, tmp_path):
    open_and_wait(qtbot, window, SEED_002)
    window.set_roster([Person("Trần Thị Hoà", ("Thư ký",), "Chi bộ 3")])
    dialog = RosterDialog(window.roster, dialogs, window, window.document_officials)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.add_row()
    dialog.table.item(1, 0).setText("Lê Văn Bình")
    dialog.table.item(1, 1).setText("Bí thư Chi bộ; Trưởng thôn")
    dialog.table.item(1, 3).setText("01/01/2021")
    dialog.from_document_button.click()
    people = dialog.people()
    assert people[1] == Person("Lê Văn Bình", ("Bí thư Chi bộ", "Trưởng thôn"), "", "2021-01-01")
    assert "Nguyễn Văn Thể" in [p.name for p in people]
    # the filter finds a name typed without accents
    dialog.filter.setText("le van b")
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 0).text() for r in visible] == ["Lê Văn Bình"]
    dialog.filter.clear()
    # export then import an .xlsx and a .csv
    for name in ("ra.xlsx", "ra.csv"):
        dialogs.next_save = tmp_path / name
        dialog.export_button.click()
        assert import_file(tmp_path / name) == people
    dialog.table.removeRow(0)
    dialogs.next_open = tmp_path / "ra.xlsx"
    dialog.import_button.click()
    assert sorted(p.name for p in dialog.people()) == sorted(p.name for p in people)
    # a bad date is refused with a message, not saved
    dialog.table.item(0, 3).setText("mùng 5")
    dialog.accept()
    assert dialogs.kinds()[-1] == "error" and dialog.result() == 0
    dialog.table.item(0, 3).setText("")
    dialog.accept()
    window.set_roster(dialog.people())
    assert len(Roster.load().people) == len(people)


def test_roster_dialog_screenshot(qtbot, window, tmp_path):
    window.set_roster([Person("Nguyễn Văn Thể", ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương"),
                              "Đảng ủy Khối các cơ quan Trung ương", "2020-10-01"),
                       Person("Nguyễn Thị Thủy", ("Bí thư Chi bộ",), "Chi bộ Tổ dân phố 5", "2020-01-01", "2025-06-30"),
                       Person("Lại Xuân Lâm", ("Phó Bí thư Thường trực",), "Đảng ủy Khối")])
    dialog = RosterDialog(window.roster, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    out = Path(tmp_path) / "roster_dialog.png"
    assert dialog.grab().save(str(out))


def test_a_misspelt_known_name_is_flagged_with_the_rosters_form(qtbot, window, tmp_path):
    from .conftest import wait_analysis

    path = tmp_path / "bien_ban.txt"
    path.write_text("Đồng chí Nguyễn Văn Thê phát biểu chỉ đạo hội nghị.\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert not [f for f in window.visible_findings() if f.code.startswith("roster-")]
    window.set_roster([Person("Nguyễn Văn Thể", ("Bí thư Đảng ủy Khối",))])
    qtbot.waitUntil(lambda: any(f.code == "roster-name-near-miss" for f in window.visible_findings()), timeout=10000)
    (finding,) = [f for f in window.visible_findings() if f.code == "roster-name-near-miss"]
    window.apply_fix(finding)
    assert "Đồng chí Nguyễn Văn Thể phát biểu" in window.editor.toPlainText()
    wait_analysis(qtbot, window)
    qtbot.waitUntil(lambda: not any(f.code.startswith("roster-") for f in window.visible_findings()), timeout=10000)


def test_the_summary_keeps_the_documents_form_and_lists_the_roster_finding(qtbot, window, dialogs, tmp_path):
    from docx import Document

    path = tmp_path / "bien_ban.txt"
    path.write_text("Đồng chí Nguyễn Văn Thê, Bí thư Đảng ủy Khối, phát biểu chỉ đạo hội nghị.\n", encoding="utf-8")
    window.set_roster([Person("Nguyễn Văn Thể", ("Bí thư Đảng ủy Khối",))])
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: any(f.code == "roster-name-near-miss" for f in window.visible_findings()), timeout=10000)
    target = tmp_path / "tom_tat.docx"
    dialogs.next_save = target
    window.export_summary()
    qtbot.waitUntil(target.exists, timeout=20000)
    cells = [cell.text for table in Document(str(target)).tables for row in table.rows for cell in row.cells]
    # the summary quotes the document's own form; the roster's form appears only in the finding
    assert any("Nguyễn Văn Thê" in cell for cell in cells)
    roster_form = [cell for cell in cells if "Nguyễn Văn Thể" in cell]
    assert roster_form and all("Danh bạ" in cell or "Sửa thành" in cell for cell in roster_form)
