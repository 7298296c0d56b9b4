"""Review round 9, the window: Find/Replace across composed and decomposed Vietnamese."""

from __future__ import annotations

import unicodedata

import pytest

NFD = "NFD"

# One line pasted from a PDF (decomposed), one typed with a composed keyboard.
MIXED = (unicodedata.normalize(NFD, "Đồng chí Hoàng Thị Thủy, Phó Bí thư Đảng ủy xã, phát biểu.")
         + "\nĐồng chí Hoàng Thị Thủy đề nghị Đảng ủy xã rà soát.")


@pytest.mark.parametrize("typed", ["NFC", NFD])
def test_find_reaches_both_forms_of_a_word(qtbot, window, typed):
    """Before: “Thủy” typed composed never found the decomposed one pasted from a PDF (and back)."""
    window.editor.set_text(MIXED)
    window.actions["find"].trigger()
    window.find_bar.find_edit.setText(unicodedata.normalize(typed, "Thủy"))
    starts = set()
    for _ in range(3):
        assert window.find_bar.find_next()
        cursor = window.editor.textCursor()
        starts.add(cursor.selectionStart())
        assert unicodedata.normalize("NFC", cursor.selectedText()) == "Thủy"
    assert len(starts) == 2  # the two lines, then round again


def test_find_previous_visits_the_nearer_form_first(qtbot, window):
    window.editor.set_text(MIXED)
    window.find_bar.find_edit.setText("Đảng ủy")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    assert window.find_bar.find_previous()
    second_line = window.editor.text().index("\n")
    assert window.editor.textCursor().selectionStart() > second_line
    assert window.find_bar.find_previous()
    assert window.editor.textCursor().selectionStart() < second_line


def test_replace_all_changes_both_forms_as_one_undo_step(qtbot, window):
    window.editor.set_text(MIXED)
    window.actions["replace"].trigger()
    window.find_bar.find_edit.setText("Đảng ủy")
    window.find_bar.replace_edit.setText("Đảng uỷ")
    assert window.find_bar.replace_all() == 2
    assert unicodedata.normalize("NFC", window.editor.text()).count("Đảng uỷ") == 2
    assert "ủy" not in unicodedata.normalize("NFC", window.editor.text()).replace("Thủy", "")
    window.editor.undo()
    assert window.editor.text() == MIXED


def test_replace_one_accepts_a_decomposed_selection(qtbot, window):
    window.editor.set_text(MIXED)
    window.actions["replace"].trigger()
    window.find_bar.find_edit.setText("Phó Bí thư")
    window.find_bar.replace_edit.setText("Bí thư")
    assert window.find_bar.find_next()
    window.find_bar.replace_one()
    assert unicodedata.normalize("NFC", window.editor.text()).startswith("Đồng chí Hoàng Thị Thủy, Bí thư Đảng ủy xã")
