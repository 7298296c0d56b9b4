"""The editor offers to convert legacy text (never silently), as one undo step, and says
when a Word file has tracked changes."""

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_analysis
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
