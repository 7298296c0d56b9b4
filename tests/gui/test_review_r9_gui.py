"""Review round 9, the window: Find/Replace across composed and decomposed Vietnamese; recovery,
read-only files and mojibake, each driven through the real window."""

from __future__ import annotations

import unicodedata

import pytest

from tests.core.test_loading import _cp1258  # Windows-1258 as Word writes it

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


# -- recovery keeps the file's text format ------------------------------------------------

REPORT = ("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3\r\nChi bộ có 14 đảng viên, có mặt 13 đồng chí, vắng 1 đồng chí.\r\n"
          "Đồng chí Lê Thị Hoa, Bí thư Chi bộ, chủ trì.\r\n")


def _crash_and_recover(qtbot, make_window, path):
    from .conftest import type_text
    from .test_files_and_state import _deleted

    first = make_window(managed=False)
    assert first.open_path(path)
    first.editor.moveCursor(first.editor.textCursor().MoveOperation.End)
    type_text(first.editor, "Hội nghị kết thúc lúc 21 giờ.")
    typed = first.editor.text()
    assert first.autosaver.save_now() and first.autosaver.flush()
    expected_format = first.session.text_format
    first.controller.shutdown()
    first.deleteLater()  # like a crash: no closeEvent
    qtbot.waitUntil(lambda: _deleted(first))
    second = make_window()
    assert second.offer_recovery()
    assert second.editor.text() == typed
    return second, typed, expected_format


@pytest.mark.parametrize("encoding, make, bom", [
    ("cp1258", _cp1258, b"\xef\xbb\xbf"),  # a Windows-1258 file is saved as UTF-8 with a BOM (old Notepad)
    ("utf-16", lambda t: t.encode("utf-16"), b"\xff\xfe"),  # UTF-16 stays UTF-16
])
def test_a_recovered_file_is_saved_in_the_format_it_was_opened_with(qtbot, make_window, tmp_path, encoding, make, bom):
    """Before: after a crash, the recovered text of a cp1258 or UTF-16 file was saved as UTF-8
    without a BOM, which old Notepad reads as Windows-1252 mojibake."""
    folder = tmp_path / "Báo cáo tháng 3"
    folder.mkdir()
    path = folder / "biên bản chi bộ.txt"
    path.write_bytes(make(REPORT))
    window, typed, expected_format = _crash_and_recover(qtbot, make_window, path)
    assert window.session.text_format == expected_format
    assert window.save()
    data = path.read_bytes()
    assert data.startswith(bom)
    from minutes_app.core.loading import load_file

    assert load_file(path).text == typed
    assert b"\r\n" in data.replace(b"\x00", b"")  # its Windows line ends kept


# -- a file marked read-only is not overwritten --------------------------------------------

@pytest.mark.parametrize("name", ["biên bản họp chi bộ.txt", "Báo cáo quý I.docx"])
def test_saving_over_a_read_only_file_is_refused_and_the_text_kept(qtbot, window, dialogs, tmp_path, name):
    """Before: Ctrl+S replaced a file marked read-only (the atomic replace ignores the file's own
    mode on Linux and macOS), silently undoing the protection someone gave it."""
    import stat

    from minutes_app.gui.files import save_document

    from .conftest import type_text

    folder = tmp_path / "Văn bản đã ký"
    folder.mkdir()
    path = folder / name
    save_document(path, "Nội dung đã ký, không được sửa.", backup=False)
    original = path.read_bytes()
    assert window.open_path(path)
    type_text(window.editor, "Sửa thêm. ")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        assert window.save() is False
        assert path.read_bytes() == original
        reason = [c for c in dialogs.calls if c[0] == "save_failed"][0][2]
        assert "chỉ đọc" in reason and "Lưu thành" in reason
        assert window.editor.document().isModified()
        assert window.editor.text().startswith("Sửa thêm. ")
        dialogs.next_save = folder / ("bản sửa " + name)
        assert window.save_as(dialogs.next_save)  # another name is the way out
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_mojibake_file_is_offered_for_repair_as_one_undo_step(qtbot, window, tmp_path):
    """Before: UTF-8 saved again as Windows-1252 mojibake ("Ä‘á»“ng chÃ­") opened with no offer,
    and its findings were made-up spelling warnings."""
    from minutes_app.core.legacy import decode_bytes

    text = REPORT.replace("\r\n", "\n")
    path = tmp_path / "biên bản lỗi phông.txt"
    path.write_text(decode_bytes(text.encode("utf-8")), encoding="utf-8")
    assert window.open_path(path)
    assert window.legacy_bar.isVisible() and "Windows-1252" in window.legacy_bar.label.text()
    damaged = window.editor.text()
    assert window.legacy_bar.convert()
    assert window.editor.text() == text
    window.editor.undo()
    assert window.editor.text() == damaged
