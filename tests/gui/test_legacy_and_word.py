"""The editor offers to convert legacy text (never silently), as one undo step, and says
when a Word file has tracked changes."""

import docx
from PySide6.QtCore import Qt

from tests.gui.conftest import type_text, wait_analysis
from tests.samples.make_samples import TCVN3_TEXT, write_fidelity_docx, write_legacy_docx, write_txt_samples


def test_tcvn3_txt_is_offered_and_converted_as_one_undo_step(qtbot, window, tmp_path):
    write_txt_samples(tmp_path)
    assert window.open_path(tmp_path / "tcvn3.txt")
    mojibake = window.editor.text()
    assert window.legacy_bar.isVisible() and "TCVN3" in window.legacy_bar.label.text()
    assert mojibake != TCVN3_TEXT  # nothing converted until asked
    qtbot.mouseClick(window.legacy_bar.convert_button, Qt.MouseButton.LeftButton)
    assert window.editor.text() == TCVN3_TEXT.replace("\r\n", "\n")
    assert not window.legacy_bar.isVisible()
    window.editor.undo()
    assert window.editor.text() == mojibake
    window.editor.redo()
    assert window.editor.text() == TCVN3_TEXT
    analysis = wait_analysis(qtbot, window)
    assert analysis.text == TCVN3_TEXT


def test_docx_runs_in_legacy_fonts_are_converted_and_others_kept(qtbot, window, tmp_path):
    cases = {name: expected for name, expected, _ in write_legacy_docx(tmp_path)}
    assert window.open_path(tmp_path / "tcvn3.docx")
    assert window.legacy_bar.convert()
    assert window.editor.text() == cases["tcvn3.docx"]


def test_editing_first_withdraws_the_offer(qtbot, window, tmp_path):
    write_txt_samples(tmp_path)
    assert window.open_path(tmp_path / "vni.txt")
    assert window.legacy_bar.isVisible()
    window.editor.insertPlainText("x")
    assert not window.legacy_bar.isVisible()
    assert not window.legacy_bar.convert()


def test_unicode_files_get_no_offer_and_tracked_changes_are_reported(qtbot, window, tmp_path):
    write_txt_samples(tmp_path)
    assert window.open_path(tmp_path / "nfd.txt")
    assert not window.legacy_bar.isVisible()
    assert window.status_tracked.text() == ""
    name, _ = write_fidelity_docx(tmp_path)
    assert window.open_path(tmp_path / name)
    assert "thay đổi được theo dõi" in window.status_tracked.text()
    window.new_document()
    assert window.status_tracked.text() == ""


def test_word_table_and_styles_survive_an_edit_outside_the_table(qtbot, window, dialogs, tmp_path):
    """Open a .docx with a heading and a table, edit a paragraph outside the table, save
    through the editor, reopen with python-docx: the table, its style and the heading remain."""
    document = docx.Document()
    document.add_heading("BIÊN BẢN HỘI NGHỊ", level=1)
    document.add_paragraph("Thành phần tham dự:")
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, [("Họ và tên", "Chức vụ", "Có mặt"), ("Nguyễn Văn An", "Bí thư", "x")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("Kết luận của hội nghị.")
    path = tmp_path / "bien_ban.docx"
    document.save(path)

    assert window.open_path(path)
    assert window.editor.text().split("\n")[2] == "Họ và tên | Chức vụ | Có mặt"
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, " Hội nghị bế mạc.")
    assert window.save()
    assert not [c for c in dialogs.calls if c[0] == "confirm_format_losses"]  # nothing to lose here

    reopened = docx.Document(str(path))
    assert reopened.paragraphs[0].style.name == "Heading 1"
    assert reopened.paragraphs[-1].text == "Kết luận của hội nghị. Hội nghị bế mạc."
    assert len(reopened.tables) == 1 and reopened.tables[0].style.name == "Table Grid"
    assert [c.text for c in reopened.tables[0].rows[1].cells] == ["Nguyễn Văn An", "Bí thư", "x"]


def test_save_as_txt_from_word_says_what_is_lost(qtbot, window, dialogs, tmp_path):
    name, _ = write_fidelity_docx(tmp_path)
    assert window.open_path(tmp_path / name)
    dialogs.keep_going_despite_losses = False
    assert not window.save_as(tmp_path / "ban.txt")
    assert not (tmp_path / "ban.txt").exists()
    assert any(".txt chỉ giữ chữ" in loss for c in dialogs.calls if c[0] == "confirm_format_losses" for loss in c[2])
