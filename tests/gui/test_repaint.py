"""A keystroke in a highlighted paragraph repaints that paragraph, not the whole view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor

from .conftest import SEED_001, block_formats, open_and_wait, type_text


class _Paints(QObject):
    def __init__(self):
        super().__init__()
        self.rects = []

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def _highlighted_block(editor):
    block = editor.document().begin()
    while block.isValid():
        if block_formats(editor, block.blockNumber()) and len(block.text()) > 40:
            return block
        block = block.next()
    raise AssertionError("no highlighted paragraph")


def test_typing_repaints_only_the_edited_paragraph(qtbot, window):
    open_and_wait(qtbot, window, SEED_001)
    editor = window.editor
    block = _highlighted_block(editor)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    qtbot.wait(50)
    paints = _Paints()
    editor.viewport().installEventFilter(paints)
    view_height = editor.viewport().height()
    for letter in "đạt":
        paints.rects.clear()
        type_text(editor, letter)
        qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
        assert max(r.height() for r in paints.rects) < view_height / 2
    assert editor.textCursor().block().text().endswith("đạt")
    assert block_formats(editor, block.blockNumber())  # the paragraph keeps its colours


def test_a_line_that_wraps_or_a_new_paragraph_repaints_below(qtbot, window):
    """When lines below move, they are repainted (no stale text on screen)."""
    open_and_wait(qtbot, window, SEED_001)
    editor = window.editor
    block = _highlighted_block(editor)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    qtbot.wait(50)
    paints = _Paints()
    editor.viewport().installEventFilter(paints)
    lines = block.layout().lineCount()
    paints.rects.clear()
    type_text(editor, " thêm" * 40)  # enough words to wrap onto a new line
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    assert block.layout().lineCount() > lines
    assert any(r.height() >= editor.viewport().height() - 2 for r in paints.rects)
    paints.rects.clear()
    type_text(editor, "\n")
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    assert any(r.height() >= editor.viewport().height() - 2 for r in paints.rects)
