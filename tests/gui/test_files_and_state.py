"""Saving, reopening, ignoring, switching rules off, autosave recovery: nothing is lost."""

from __future__ import annotations

import codecs
import json
import shutil

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from minutes_app.core.loading import load_file
from minutes_app.gui import paths
from minutes_app.gui.doc_state import load_state

from .conftest import SEED_001, open_and_wait, type_text, wait_analysis


def seed_copy(tmp_path, name="bien_ban.txt"):
    target = tmp_path / name
    shutil.copy(SEED_001, target)
    return target


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_save_and_reopen_round_trips(qtbot, window, tmp_path, suffix):
    """Save As .txt or .docx, reopen: the very same text (Vietnamese, nbsp, emoji) comes back."""
    open_and_wait(qtbot, window, SEED_001)
    type_text(window.editor, "Ghi chú:\u00a0đồng chí Hà 😀 ")
    text = window.editor.text()
    target = tmp_path / f"ban sao{suffix}"
    assert window.save_as(target)
    assert not window.editor.document().isModified()
    assert load_file(target).text == text
    assert window.open_path(seed_copy(tmp_path))
    assert window.open_path(target)
    assert window.editor.text() == text
    assert window.session.path == target.resolve()
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left no temp file


def test_txt_keeps_its_encoding_and_line_ends(qtbot, window, tmp_path):
    """A UTF-8 file with CRLF and no BOM is written back the same way."""
    target = tmp_path / "crlf.txt"
    target.write_bytes("Dòng một\r\nDòng hai\r\n".encode("utf-8"))
    assert window.open_path(target)
    type_text(window.editor, "X")
    assert window.save()
    raw = target.read_bytes()
    assert raw == "XDòng một\r\nDòng hai\r\n".encode("utf-8")
    new = tmp_path / "moi.txt"
    assert window.save_as(new)
    assert new.read_bytes().startswith(codecs.BOM_UTF8)  # new files: UTF-8 with BOM for Notepad


def test_a_code_page_file_is_saved_in_unicode_and_the_clerk_is_told(qtbot, window, tmp_path):
    """A Windows-1258 file cannot hold every Vietnamese letter: it is written back in UTF-8, and
    the status bar says so (a clerk under Xvfb saw the file change with no word about it)."""
    target = tmp_path / "cu.txt"
    target.write_bytes("Tên: Lê Văn An\nDân cư: 20\n".encode("cp1258"))
    assert window.open_path(target)
    type_text(window.editor, "X")
    assert window.save()
    assert target.read_bytes().startswith(codecs.BOM_UTF8)
    message = window.statusBar().currentMessage()
    assert "Unicode" in message and "Windows-1258" in message
    type_text(window.editor, "Y")
    assert window.save()
    assert window.statusBar().currentMessage() == "Đã lưu cu.txt"  # said once


def test_overwriting_an_opened_word_file_asks_first_when_formatting_would_be_lost(qtbot, window, dialogs,
                                                                                  tmp_path):
    """Saving over the user's .docx writes into it; what it cannot keep (here a paragraph of
    bold and plain runs merged into one) is listed first, and refusing offers Save As."""
    original = tmp_path / "goc.docx"
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Biên bản ").bold = True
    paragraph.add_run("họp")
    document.save(original)
    assert window.open_path(original)
    type_text(window.editor, "A")
    dialogs.keep_going_despite_losses = False
    dialogs.next_save = tmp_path / "khac.docx"
    assert not window.save()
    asked = [c for c in dialogs.calls if c[0] == "confirm_format_losses"]
    assert asked[0][1] == "goc.docx" and any("định dạng khác nhau" in loss for loss in asked[0][2])
    assert load_file(original).text == "Biên bản họp"
    # Save As is asked again, for the new name: refused too, so nothing was written there
    assert [c[1] for c in asked] == ["goc.docx", "khac.docx"] and not (tmp_path / "khac.docx").exists()
    dialogs.keep_going_despite_losses = True
    assert window.save()
    assert load_file(original).text == "ABiên bản họp"


def test_ignored_finding_stays_ignored(qtbot, window, tmp_path):
    """“Bỏ qua” survives an unrelated edit, saving, and reopening the file."""
    path = seed_copy(tmp_path)
    open_and_wait(qtbot, window, path)
    finding = next(f for f in window.visible_findings() if f.text == "75,5%")
    window.findings_panel.select(finding)
    window.findings_panel.ignore_button.click()
    assert finding.key not in {f.key for f in window.findings_panel.findings()}

    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    type_text(window.editor, "Bản dự thảo. ")
    analysis = wait_analysis(qtbot, window)
    assert finding.key in {f.key for f in analysis.findings}  # still found by the engine…
    assert finding.key not in {f.key for f in window.findings_panel.findings()}  # …but not shown
    assert window.save()

    assert window.open_path(SEED_001)
    assert finding.key in {f.key for f in wait_analysis(qtbot, window).findings}
    assert finding.key in {f.key for f in window.findings_panel.findings()}  # another file: shown

    open_and_wait(qtbot, window, path)
    assert finding.key in {f.key for f in window.analysis.findings}
    assert finding.key not in {f.key for f in window.findings_panel.findings()}
    assert finding.key in {i.key for i in load_state(path).ignores}


def test_ignore_remembered_after_save_as_of_a_new_document(qtbot, window, tmp_path):
    """Ignoring in an unsaved document is kept when it is first saved."""
    window.editor.set_text(SEED_001.read_text(encoding="utf-8"))
    window.controller.request_now()
    wait_analysis(qtbot, window)
    finding = next(f for f in window.visible_findings() if f.text == "75,5%")
    window.ignore_finding(finding)
    target = tmp_path / "moi.txt"
    assert window.save_as(target)
    assert finding.key in {i.key for i in load_state(target).ignores}


def test_rule_off_for_this_document_or_everywhere(qtbot, window, make_window, tmp_path):
    """A rule switched off for one file stays off for it only; “everywhere” goes to settings."""
    path = seed_copy(tmp_path)
    open_and_wait(qtbot, window, path)
    assert any(f.code == "percent-mismatch" for f in window.visible_findings())
    window.disable_rule("percent-mismatch", everywhere=False)
    assert not any(f.code == "percent-mismatch" for f in wait_analysis(qtbot, window).findings)
    assert "percent-mismatch" in load_state(path).disabled_rules

    other = tmp_path / "bao_cao_khac.txt"  # other content: a copy of the same text would share the choice
    other.write_text("Ghi chú đầu trang.\n" + SEED_001.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_path(other)
    assert any(f.code == "percent-mismatch" for f in wait_analysis(qtbot, window).findings)
    window.disable_rule("percent-mismatch", everywhere=True)
    assert not any(f.code == "percent-mismatch" for f in wait_analysis(qtbot, window).findings)
    assert "percent-mismatch" in json.loads(window.settings.path.read_text(encoding="utf-8"))["disabled_rules"]

    window.set_rules(set(), set())
    assert any(f.code == "percent-mismatch" for f in wait_analysis(qtbot, window).findings)


def test_autosave_recovery_after_the_window_dies(qtbot, make_window, dialogs, tmp_path):
    """Unsaved text survives a window destroyed without saving: the next start offers it."""
    path = seed_copy(tmp_path)
    first = make_window(managed=False)
    assert first.open_path(path)
    type_text(first.editor, "Nội dung chưa lưu. ")
    unsaved = first.editor.text()
    assert first.autosaver.save_now()
    assert first.autosaver.flush()
    autosave_file = first.autosaver.file
    assert autosave_file.exists()
    first.controller.shutdown()
    first.deleteLater()  # no closeEvent: like a crash, nothing is cleaned up
    qtbot.waitUntil(lambda: _deleted(first))

    second = make_window()
    assert second.offer_recovery()
    assert second.autosaver.flush()
    assert ("ask_restore", path.name) in dialogs.calls
    assert second.editor.text() == unsaved
    assert second.session.path == path.resolve()
    assert second.editor.document().isModified()
    # The cursor is back after the words typed before the crash (it opened at line 1 before).
    assert second.editor.textCursor().position() == len("Nội dung chưa lưu. ")
    assert second.focusWidget() is second.editor
    assert not autosave_file.exists()
    assert path.read_text(encoding="utf-8") == SEED_001.read_text(encoding="utf-8")  # file untouched
    assert second.save()
    assert load_file(path).text == unsaved
    assert second.autosaver.flush()
    assert not second.autosaver.file.exists()  # saved: nothing left to recover

    third = make_window()
    assert third.offer_recovery() is False


def test_live_session_is_not_offered_and_declining_discards(qtbot, make_window, dialogs):
    """Another open window's autosave is not "recovered"; an explicitly discarded one is deleted."""
    first = make_window(managed=False)
    first.editor.set_text("Một")
    type_text(first.editor, "x")
    assert first.autosaver.save_now()
    assert first.autosaver.flush()
    second = make_window()
    assert second.offer_recovery() is False  # first is alive
    first.controller.shutdown()
    first.deleteLater()
    qtbot.waitUntil(lambda: _deleted(first))
    dialogs.restore = "discard"
    assert second.offer_recovery() is False
    assert not list(paths.autosave_dir().glob("*.json"))


def test_autosave_happens_on_idle(qtbot, make_window, window):
    """A moment after typing, the working text is in the autosave folder."""
    window.autosaver.set_interval(0.2)
    type_text(window.editor, "Đang soạn")
    qtbot.waitUntil(lambda: window.autosaver.file.exists(), timeout=3000)
    assert window.autosaver.flush()
    data = json.loads(window.autosaver.file.read_text(encoding="utf-8"))
    assert data["text"] == "Đang soạn"


def test_autosave_is_not_postponed_by_steady_typing(qtbot, window):
    """Typing without a pause still journals every interval (a maximum interval, not a debounce)."""
    window.autosaver.set_interval(0.2)
    typed = ""
    for step in range(40):  # one key every 25 ms for about a second: never a 0.2 s pause
        type_text(window.editor, "a")
        typed += "a"
        qtbot.wait(25)
    assert window.autosaver.flush()
    assert window.autosaver.writes >= 3
    journal = json.loads(window.autosaver.file.read_text(encoding="utf-8"))["text"]
    assert typed.startswith(journal) and len(journal) >= len(typed) - 20


def test_autosave_writes_off_the_ui_thread(qtbot, window, monkeypatch):
    """The UI thread only snapshots; encoding and writing happen on the journal thread."""
    import threading

    from minutes_app.gui import autosave

    threads = []
    real = autosave.write_bytes_atomic
    monkeypatch.setattr(autosave, "write_bytes_atomic",
                        lambda path, data, **kw: (threads.append(threading.current_thread()), real(path, data, **kw)))
    window.editor.set_text("Đoạn văn dài. " * 50_000)
    type_text(window.editor, "x")
    assert window.autosaver.save_now()
    assert window.autosaver.flush()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert json.loads(window.autosaver.file.read_text(encoding="utf-8"))["text"].startswith("xĐoạn")


def _crash(qtbot, window) -> None:
    """Destroy ``window`` as a kill would: no closeEvent, no cleanup."""
    window.controller.shutdown()
    window.deleteLater()
    qtbot.waitUntil(lambda: _deleted(window))


def test_escape_on_recovery_keeps_the_journal(qtbot, make_window, dialogs):
    """Esc ("Để sau") keeps the journal: offered again at the next start and in Tệp › Khôi phục…."""
    first = make_window(managed=False)
    type_text(first.editor, "Biên bản chưa lưu")
    assert first.autosaver.save_now() and first.autosaver.flush()
    _crash(qtbot, first)

    dialogs.restore = "later"
    second = make_window()
    assert second.offer_recovery() is False
    assert second.editor.text() == ""
    assert len(list(paths.autosave_dir().glob("*.json"))) == 1

    third = make_window()
    assert third.recover_dialog()
    assert ("choose_recovery", 1) in dialogs.calls
    assert third.editor.text() == "Biên bản chưa lưu"
    assert third.editor.document().isModified()


def test_real_recovery_question_escape_means_later(qtbot, tmp_path):
    """The real question box: Esc answers "later", the default button restores."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from minutes_app.gui.dialogs import Dialogs

    def press(key):
        def go():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            qtbot.keyClick(box, key)
        QTimer.singleShot(50, go)

    press(Qt.Key.Key_Escape)
    assert Dialogs().ask_restore("a.txt", 0) == "later"
    press(Qt.Key.Key_Return)
    assert Dialogs().ask_restore("a.txt", 0) == "restore"


def _answer_boxes(qtbot, *answers):
    """Answer the next modal boxes in turn: each answer is a button's object name or a key."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    seen = []

    def answer(remaining):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(remaining))
            return
        seen.append(box.text())
        how, rest = remaining[0], remaining[1:]
        if isinstance(how, str):  # a button of our own by its name, else a standard one ("Yes")
            button = box.findChild(QPushButton, how) or box.button(getattr(QMessageBox.StandardButton, how))
            button.click()
        else:
            qtbot.keyClick(box, how)
        if rest:
            QTimer.singleShot(50, lambda: answer(rest))

    QTimer.singleShot(50, lambda: answer(list(answers)))
    return seen


def test_discarding_an_autosave_asks_a_second_time(qtbot):
    """"Bỏ bản này" deletes the only copy of what was typed: a second question, whose default keeps it."""
    from minutes_app.gui.dialogs import Dialogs

    seen = _answer_boxes(qtbot, "discard_button", Qt.Key.Key_Return, Qt.Key.Key_Escape)
    assert Dialogs().ask_restore("a.txt", 0) == "later"   # Enter on the second question is "Không": back, then Esc
    assert len(seen) == 3 and "Không thể lấy lại" in seen[1]
    _answer_boxes(qtbot, "discard_button", "Yes")
    assert Dialogs().ask_restore("a.txt", 0) == "discard"


def test_recovery_list_deletes_a_draft_only_when_confirmed(qtbot, tmp_path):
    """Tệp › Khôi phục… › "Xóa bản này": "Không" (the default) keeps the journal; "Có" deletes it."""
    from minutes_app.gui.autosave import Recovery
    from minutes_app.gui.recovery_dialog import RecoveryDialog

    journals = []
    for index in range(2):
        file = tmp_path / f"s{index}.json"
        file.write_text("{}", encoding="utf-8")
        journals.append(Recovery(file, f"Bản nháp {index}", None, 1_700_000_000.0 + index))
    dialog = RecoveryDialog(journals)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    _answer_boxes(qtbot, Qt.Key.Key_Return)
    dialog.delete_button.click()
    assert dialog.list.count() == 2 and all(j.file.exists() for j in journals)
    _answer_boxes(qtbot, "Yes")
    dialog.delete_button.click()
    assert dialog.list.count() == 1 and sum(j.file.exists() for j in journals) == 1


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    """Drag and drop of a .txt from Explorer opens it."""
    path = seed_copy(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport_point = QPointF(QPoint(20, 20))
    drop = QDropEvent(viewport_point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.editor.dropEvent(drop)
    assert window.session.path == path.resolve()
    assert window.editor.text() == load_file(path).text


def test_recent_files_menu(qtbot, window, tmp_path):
    """Opened files are listed newest first in Tệp › Tệp gần đây and persist."""
    first, second = seed_copy(tmp_path, "a.txt"), seed_copy(tmp_path, "b.txt")
    window.open_path(first)
    window.open_path(second)
    assert window.settings.get("recent_files")[:2] == [str(second.resolve()), str(first.resolve())]
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[0].endswith("b.txt") and labels[1].endswith("a.txt")
    window.recent_menu.actions()[1].trigger()
    assert window.session.path == first.resolve()


def test_export_actions(qtbot, window, dialogs, tmp_path, monkeypatch):
    """Both exports write a .docx of the current analysis; a missing exporter is explained."""
    open_and_wait(qtbot, window, SEED_001)
    for action, name in (("export_summary", "tom_tat.docx"), ("export_annotated", "nhan_xet.docx")):
        dialogs.next_save = tmp_path / name
        window.actions[action].trigger()
        qtbot.waitUntil(lambda: (tmp_path / name).exists(), timeout=20000)
    import minutes_app.export as export_module

    monkeypatch.delattr(export_module, "write_summary")
    window.actions["export_summary"].trigger()
    assert dialogs.calls[-1][0] == "info"


def _deleted(widget) -> bool:
    QApplication.sendPostedEvents(None, 0)
    try:
        widget.objectName()
    except RuntimeError:
        return True
    return False


def test_autosave_interval_comes_from_settings_and_is_capped(make_window):
    """Configurable in settings.json, never more than five seconds (the loss the issue allows)."""
    from minutes_app.gui.settings import Settings

    settings = Settings()
    settings.set("autosave_seconds", 2)
    assert make_window(settings=settings).autosaver.interval_ms() == 2000
    settings.set("autosave_seconds", 60)
    assert make_window(settings=settings).autosaver.interval_ms() == 5000
