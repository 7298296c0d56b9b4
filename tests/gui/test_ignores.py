"""“Bỏ qua” one occurrence vs “Bỏ qua tất cả”, undo, the “Đã bỏ qua” list, and finding the
choices again for a moved or copied file."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from minutes_app.core.engine import Analyzer
from minutes_app.gui.doc_state import DocState, Ignore, load_state

from .conftest import open_and_wait, type_text, wait_analysis

TEXT = ("Phần một: kiểm tra 62/80 tổ chức, đạt 75,5%.\n"
        "Phần hai: hội nghị thống nhất.\n"
        "Phần ba: kiểm tra 62/80 tổ chức, đạt 75,5%.\n")


def _percent(window):
    return [f for f in window.visible_findings() if f.text == "75,5%"]


def _open(qtbot, window, tmp_path, name="bien_ban.txt"):
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert len(_percent(window)) == 2
    return path


def test_ignore_one_occurrence_survives_edits_and_keeps_the_other(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    first, second = _percent(window)
    window.findings_panel.select(first)
    window.findings_panel.ignore_button.click()
    assert _percent(window) == [second]

    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "Dự thảo.\n")  # an unrelated edit shifts both occurrences
    wait_analysis(qtbot, window)
    [shown] = _percent(window)
    assert shown.start == second.start + len("Dự thảo.\n")


def test_ignore_all_then_undo_and_ctrl_z_in_the_panel(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    first, _ = _percent(window)
    window.findings_panel.select(first)
    window.findings_panel.ignore_all_button.click()
    assert _percent(window) == []
    assert window.findings_panel.ignored_button.text() == "Đã bỏ qua (1)"

    assert window.findings_panel.undo_button.isEnabled()
    window.findings_panel.undo_button.click()
    assert len(_percent(window)) == 2

    window.findings_panel.select(_percent(window)[1])
    window.findings_panel.ignore_button.click()
    assert len(_percent(window)) == 1
    view = window.findings_panel.view
    view.setFocus()
    text_before = window.editor.text()
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        QApplication.sendEvent(view, QKeyEvent(kind, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert len(_percent(window)) == 2  # Ctrl+Z in the list undid the ignore…
    assert window.editor.text() == text_before  # …not an edit of the text
    assert not window.findings_panel.undo_button.isEnabled()


def test_restore_from_the_ignored_list(qtbot, window, tmp_path, monkeypatch):
    from minutes_app.gui.ignores import IgnoredDialog

    path = _open(qtbot, window, tmp_path)
    first, second = _percent(window)
    window.ignore_finding(first)
    window.ignore_finding(second, everywhere=True)
    assert _percent(window) == []
    dialog = IgnoredDialog(window, window.rule_titles)
    assert dialog.list.count() == 2
    assert "chỉ chỗ này" in dialog.list.item(0).text() and "[75,5%]. Phần hai" in dialog.list.item(0).text()
    assert "mọi chỗ trong văn bản" in dialog.list.item(1).text()
    assert "percent-mismatch" not in dialog.list.item(0).text()  # the rule's title, not its code
    dialog.list.setCurrentRow(1)
    dialog.restore_button.click()
    assert dialog.list.count() == 1
    assert _percent(window) == [second]
    assert len(load_state(path).ignores) == 1
    window.ignore_stack.undo()  # restoring is undoable too
    assert _percent(window) == []
    dialog.close()


def test_state_found_by_content_when_the_file_moved_or_was_copied(qtbot, window, tmp_path):
    path = _open(qtbot, window, tmp_path)
    first, _ = _percent(window)
    window.ignore_finding(first)
    window.disable_rule("tone-style-mixed", everywhere=False)

    moved = tmp_path / "moi" / "bien_ban_da_chuyen.txt"
    moved.parent.mkdir()
    shutil.move(path, moved)
    open_and_wait(qtbot, window, moved)
    assert len(_percent(window)) == 1
    assert "tone-style-mixed" in window.session.state.disabled_rules

    copy = tmp_path / "ban_sao.txt"
    shutil.copy(moved, copy)
    open_and_wait(qtbot, window, copy)
    assert len(_percent(window)) == 1

    other = tmp_path / "khac.txt"
    other.write_text(TEXT + "Thêm một dòng.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    assert len(_percent(window)) == 2


def test_anchor_lets_go_when_its_occurrence_is_deleted():
    """Deleting the ignored occurrence must not hide the other one with the same text."""
    analysis = Analyzer().analyze(TEXT)
    first, second = [f for f in analysis.findings if f.text == "75,5%"]
    state = DocState([Ignore.one(first, TEXT)])
    assert state.visible(analysis.findings, TEXT) == [second]
    shorter = TEXT.split("\n", 1)[1]
    again = Analyzer().analyze(shorter)
    assert [f.text for f in state.visible(again.findings, shorter)] == ["75,5%"]
