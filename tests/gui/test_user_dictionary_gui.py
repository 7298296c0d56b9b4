"""“Thêm vào từ điển” on a word finding: the word is accepted at once, in this and every later
document, the list can be edited in “Từ điển cá nhân…”, and the command line honours it."""

from __future__ import annotations

from minutes_app.core.user_dictionary import UserDictionary, default_path
from minutes_app.gui.dictionary_dialog import DictionaryDialog

from .conftest import open_and_wait, wait_analysis

TEXT = "Xã mở rộng diện tích lúa séng cù đặc sản lên 120 ha.\nHội nghị thống nhất cao.\n"


def _spelled(window, word):
    return [f for f in window.visible_findings() if f.code == "spelling" and f.text == word]


def test_add_word_from_the_card(qtbot, window, tmp_path, make_window):
    path = tmp_path / "bao_cao.txt"
    path.write_text(TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    (finding,) = _spelled(window, "séng")
    window.findings_panel.select(finding)
    button = window.findings_panel.add_word_button
    assert button.isVisibleTo(window.findings_panel)
    button.click()
    qtbot.waitUntil(lambda: not _spelled(window, "séng") and window.controller.is_current(), timeout=10000)
    assert "séng" in UserDictionary(default_path())
    # a window opened later (another session) reads the same dictionary
    other = make_window()
    open_and_wait(qtbot, other, path)
    assert not _spelled(other, "séng")


def test_add_word_button_only_for_word_findings(qtbot, window, tmp_path):
    path = tmp_path / "bien_ban.txt"
    path.write_text("Kiểm tra 62/80 tổ chức, đạt 75,5%.\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    (finding,) = [f for f in window.visible_findings() if f.code == "percent-mismatch"]
    window.findings_panel.select(finding)
    assert not window.findings_panel.add_word_button.isVisibleTo(window.findings_panel)


def test_dictionary_dialog_edits_and_exports(qtbot, window, tmp_path, dialogs):
    path = tmp_path / "bao_cao.txt"
    path.write_text(TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    dialog = DictionaryDialog(window.dictionary, dialogs, window)
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("Séng cù\n  Nà   Tòong \n")
    window.set_dictionary(dialog.words())
    assert window.dictionary.words() == {"séng cù", "nà tòong"}
    wait_analysis(qtbot, window)
    qtbot.waitUntil(lambda: not _spelled(window, "séng"), timeout=10000)
    exported = tmp_path / "xuat.txt"
    dialogs.next_save = exported
    dialog.export_button.click()
    assert UserDictionary(exported).words() == {"séng cù", "nà tòong"}
    # removing the word brings the finding back
    window.set_dictionary(set())
    qtbot.waitUntil(lambda: bool(_spelled(window, "séng")), timeout=10000)
