"""Completion from the roster in the editor, typed as a Vietnamese clerk types: plain keys,
Unikey/EVKey's Backspace-and-replace, and an IBus/Fcitx pre-edit then commit (field notes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from minutes_app.core.completion import CompletionIndex
from minutes_app.core.roster import Person

from .conftest import type_text

PEOPLE = [Person("Nguyễn Văn Thể", ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương")),
          Person("Nguyễn Văn Thành", ("Trưởng ban Tuyên giáo",)),
          Person("Nguyễn Thị Thủy", ("Bí thư Chi bộ",), valid_to="2020-01-01"),
          Person("Trần Thị Hoà", ("Thư ký",))]


def _key(widget, key, text=""):
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text))


def _ready(window):
    window.set_roster(PEOPLE)
    window.editor.setFocus()
    return window.completer


def test_core_lookup_is_accent_insensitive_and_current():
    index = CompletionIndex(PEOPLE)
    span, found = index.complete("Đồng chí nguyen van t")
    assert span == len("nguyen van t")
    assert [c.name for c in found] == ["Nguyễn Văn Thành", "Nguyễn Văn Thể"]
    assert found[1].insert == "Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương"
    assert index.complete("Ý kiến đồng chí truong ban")[1][0].insert == "Trưởng ban Tuyên giáo Nguyễn Văn Thành"
    (thuy,) = index.complete("nguyen thi th")[1]
    assert thuy.insert == "Nguyễn Thị Thủy"  # her title ended: not offered as current
    assert index.complete("Hội nghị") == (0, []) and index.complete("nguyen ") == (0, [])


def test_type_nguyen_van_t_and_accept(qtbot, window):
    completer = _ready(window)
    type_text(window.editor, "Đồng chí nguyen van t")
    labels = completer.visible_labels()
    assert labels and labels[1].startswith("Nguyễn Văn Thể — Ủy viên")
    assert not completer.popup.hasFocus() and window.editor.hasFocus() or not window.isActiveWindow()
    _key(window.editor, Qt.Key.Key_Down)
    _key(window.editor, Qt.Key.Key_Return, "\r")
    assert window.editor.toPlainText() == \
        "Đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương"
    assert not completer.popup.isVisible()
    window.editor.document().undo()  # one Ctrl+Z takes the whole insertion back
    assert window.editor.toPlainText() == "Đồng chí nguyen van t"


def test_telex_backspace_and_replace_keeps_the_popup(qtbot, window):
    """Unikey (backspace mode): 'nguyeenx vawn t' arrives as letters, Backspaces and replacements."""
    completer = _ready(window)
    type_text(window.editor, "Đồng chí nguyen v")
    assert completer.visible_labels()
    type_text(window.editor, "a")
    _key(window.editor, Qt.Key.Key_Backspace)  # "w": the input method takes back "a" …
    assert completer.visible_labels(), "a Backspace from the input method closed the popup"
    type_text(window.editor, "ăn")  # … and writes "ă"
    type_text(window.editor, " th")
    _key(window.editor, Qt.Key.Key_Backspace)
    _key(window.editor, Qt.Key.Key_Backspace)
    type_text(window.editor, "th")
    assert window.editor.toPlainText() == "Đồng chí nguyen văn th"
    assert any(label.startswith("Nguyễn Văn Thể") for label in completer.visible_labels())
    _key(window.editor, Qt.Key.Key_Tab, "\t")  # Tab accepts the first
    assert window.editor.toPlainText() == "Đồng chí Nguyễn Văn Thành, Trưởng ban Tuyên giáo"


def test_ime_preedit_then_commit(qtbot, window):
    """IBus/Fcitx: the word being typed is a pre-edit; filter on it, never insert over it."""
    completer = _ready(window)
    type_text(window.editor, "Đồng chí nguyễn văn ")
    assert not completer.visible_labels()
    QApplication.sendEvent(window.editor, QInputMethodEvent("thê", []))
    assert completer.preedit() == "thê"
    assert window.editor.toPlainText() == "Đồng chí nguyễn văn "  # not in the document yet
    assert [label.split(" — ")[0] for label in completer.visible_labels()] == ["Nguyễn Văn Thể"]
    assert not completer.accept(0)  # the pre-edit stays whole
    assert completer.visible_labels()
    commit = QInputMethodEvent("", [])
    commit.setCommitString("thể")
    QApplication.sendEvent(window.editor, commit)
    assert completer.preedit() == "" and window.editor.toPlainText().endswith("nguyễn văn thể")
    assert completer.visible_labels()
    _key(window.editor, Qt.Key.Key_Return, "\r")
    assert window.editor.toPlainText().endswith(
        "Đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương")


def test_inserted_in_the_documents_tone_style(qtbot, window):
    _ready(window)
    window.editor.setPlainText("Hoà bình, thuỷ lợi, hoà giải, uỷ ban.\n")
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "nguyen van the")
    _key(window.editor, Qt.Key.Key_Return, "\r")
    assert window.editor.toPlainText().endswith("Nguyễn Văn Thể, Uỷ viên Trung ương Đảng, "
                                                 "Bí thư Đảng uỷ Khối các cơ quan Trung ương")


def test_escape_and_plain_typing(qtbot, window):
    completer = _ready(window)
    type_text(window.editor, "Đồng chí nguyen van t")
    _key(window.editor, Qt.Key.Key_Escape)
    assert not completer.popup.isVisible()
    _key(window.editor, Qt.Key.Key_Return, "\r")  # Enter is a new line again
    type_text(window.editor, "Hội nghị kết thúc.")
    assert window.editor.toPlainText() == "Đồng chí nguyen van t\nHội nghị kết thúc."
    assert not completer.popup.isVisible()
