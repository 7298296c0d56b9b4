"""What a clerk met in round 20 (the brief's four known problems, then the session under Xvfb):

- the finding card named the rule by its English code ("Mã quy tắc: percent-mismatch"): it names the rule's kind in
  the interface's language, from resources/rule_kinds.txt; the code is in a tooltip, for support;
- the "Tóm tắt" panel stayed blank during a document's first check;
- Trợ giúp had no list of the keyboard shortcuts;
- under Linux the file dialog was 632 pixels wide, opened in the program's folder and hung for good in /proc.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from minutes_app.core.checks import all_rules
from minutes_app.core.engine import Analyzer
from minutes_app.core.resources import word_list
from minutes_app.gui import dialogs as dialogs_module
from minutes_app.gui import i18n, paths
from minutes_app.gui.rule_names import rule_kind
from minutes_app.gui.shortcuts_dialog import ShortcutsDialog, plain, shortcut_rows

from .conftest import SEED_001, block_formats, open_and_wait, wait_analysis

# -- 1. the rule's kind in words, its code out of sight ------------------------------------------------------------


def test_every_rule_family_has_a_kind_in_both_languages_as_data():
    families = {rule.family for rule in all_rules().values()}
    listed = {line.split("|")[0].strip(): line for line in word_list("rule_kinds")}
    assert families <= set(listed), families - set(listed)
    assert set(listed) <= families, "a kind for a family that no longer exists: " + str(set(listed) - families)
    for line in listed.values():
        _, vietnamese, english = (part.strip() for part in line.split("|"))
        assert vietnamese and english and vietnamese != english


def test_the_card_names_the_kind_and_keeps_the_code_in_a_tooltip(qtbot, window):
    open_and_wait(qtbot, window, SEED_001)
    panel = window.findings_panel
    finding = next(f for f in panel.findings() if f.code == "percent-mismatch")
    panel.select(finding)
    shown = " ".join((re.sub(r"<[^>]+>", "", panel.card_title.text()), panel.card_message.text(),
                      panel.card_details.text()))
    assert "percent-mismatch" not in shown
    assert "Tỷ lệ % không khớp với phân số" in shown
    assert panel.card_details.text() == "Nhóm: Số liệu, phép tính"
    assert "percent-mismatch" in panel.card_details.toolTip() and "percent-mismatch" in panel.card_title.toolTip()

    window.set_language("en")
    assert panel.card_details.text() == "Kind: Figures and arithmetic"
    assert "Percentage does not match its fraction" in panel.card_title.text()
    # Near miss: a spelling finding is of another kind, and no selection shows no kind and no code.
    assert rule_kind("spelling") == "Spelling"
    i18n.set_language("vi")
    assert rule_kind("spelling") == "Chính tả"
    assert rule_kind("no_such_family") == ""
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.model.index(-1, 0))
    assert panel.card_details.text() == "" and panel.card_details.toolTip() == ""


# -- 2. "Tóm tắt" while the first check runs ---------------------------------------------------------------------


class _GatedAnalyzer(Analyzer):
    """Holds every analysis until the test opens the gate: the first check of a long report, made to last."""

    gate = threading.Event()

    def analyze(self, text, revision=0):
        _GatedAnalyzer.gate.wait(30)
        return super().analyze(text, revision)


def test_the_summary_says_it_is_checking_until_the_first_result(qtbot, make_window):
    _GatedAnalyzer.gate.clear()
    window = make_window(analyzer_factory=_GatedAnalyzer)
    tree = window.outline_panel.tree
    try:
        assert window.open_path(SEED_001)
        QApplication.processEvents()
        assert window.analysis is None
        assert tree.topLevelItemCount() == 0 and tree.note == "Đang kiểm tra…"
        picture = tree.viewport().grab().toImage()
        assert any(picture.pixelColor(x, y).lightness() < 200  # the words are painted, not only stored
                   for x in range(0, picture.width(), 2) for y in range(0, min(40, picture.height())))
    finally:
        _GatedAnalyzer.gate.set()
    wait_analysis(qtbot, window)
    assert tree.topLevelItemCount() > 0 and tree.note == ""


def test_a_failed_first_check_says_so_in_the_summary_too(qtbot, window):
    wait_analysis(qtbot, window)
    assert window.new_document()
    assert window.outline_panel.tree.note == "Đang kiểm tra…"
    window._on_analysis_failed("bộ đọc gặp lỗi")
    assert window.outline_panel.tree.note == "Lỗi khi kiểm tra văn bản: bộ đọc gặp lỗi"


# -- 3. Trợ giúp › Phím tắt ----------------------------------------------------------------------------------------


def test_the_shortcuts_list_is_read_from_the_actions(qtbot, window):
    assert plain(window.actions["shortcuts"].text()) == "Phím tắt"
    rows = shortcut_rows(window)
    listed = {(command, keys) for _, command, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.menu() is None and action.parent() is window:
            keys = ", ".join(k.toString(native) for k in action.shortcuts())
            assert (plain(action.text()), keys) in listed, (action.text(), keys)
    assert ("Lưu", QKeySequence("Ctrl+S").toString(native)) in listed
    assert ("Phát hiện trước", "Shift+F7") in listed
    assert ("Đóng thanh tìm kiếm", "Esc") in listed  # a shortcut outside the menus, which says what it does
    groups = [group for group, _, _ in rows]
    assert groups.index("Tệp") < groups.index("Sửa") < groups.index("Xem")
    # Near miss: an action with no shortcut is not listed.
    assert not any(command == "Giới thiệu" for _, command, _ in rows)
    # A shortcut added later is listed without touching the dialog.
    extra = QAction("Thử", window)
    extra.setShortcut("Ctrl+Alt+T")
    window.menuBar().actions()[0].menu().addAction(extra)
    assert ("Tệp", "Thử", QKeySequence("Ctrl+Alt+T").toString(native)) in shortcut_rows(window)


def test_the_shortcuts_dialog_opens_from_help_and_follows_the_language(qtbot, window):
    window.set_language("en")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    tree = dialog.tree
    commands = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())]
    assert "Save" in commands and "Next finding" in commands and "Close the find bar" in commands
    assert tree.topLevelItem(0).text(0) == "File"
    # Every row fits: the dialog is as wide as its longest command and its keys.
    dialog.show()
    assert dialog.width() >= tree.sizeHintForColumn(0)
    opened = []

    def close_it() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "shortcuts_dialog" and widget is not dialog and widget.isVisible():
                opened.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(0, close_it)
    window.actions["shortcuts"].trigger()
    assert opened == ["Keyboard shortcuts"]


# -- 4. the file dialog under Linux --------------------------------------------------------------------------------


def test_the_start_folder_is_the_last_used_then_the_document_then_documents(tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(paths.platformdirs, "user_documents_path", lambda: documents)
    last = tmp_path / "last"
    last.mkdir()
    report = tmp_path / "reports" / "bien_ban.txt"
    report.parent.mkdir()
    assert paths.start_folder(str(last), report) == str(last)
    assert paths.start_folder("", report) == str(report.parent)
    assert paths.start_folder(str(tmp_path / "gone"), None) == str(documents)
    # Near misses: a system folder left as the last one is not where a clerk's files are.
    assert paths.start_folder("/proc", None) == str(documents)
    assert paths.start_folder("/proc/self", None) == str(documents)
    assert paths.start_folder("/sys/kernel", report) == str(report.parent)
    assert paths.start_folder(str(last) + "/processes", None) == str(documents)  # not a folder


def test_opening_and_exporting_remember_the_folder(qtbot, window, dialogs, tmp_path):
    open_and_wait(qtbot, window, SEED_001)
    assert window.settings.get("last_dir") == str(SEED_001.parent)
    out = tmp_path / "xuat" / "tom_tat.docx"
    out.parent.mkdir()
    dialogs.next_save = out
    window.export_summary()
    qtbot.waitUntil(out.exists, timeout=30_000)
    assert window.settings.get("last_dir") == str(out.parent)
    window.open_dialog()
    assert dialogs.calls[-1] == ("open_path", str(out.parent))


@pytest.mark.skipif(dialogs_module.NATIVE_FILE_DIALOG, reason="the system's own dialog on Windows and macOS")
def test_the_file_dialog_is_sized_and_does_not_read_files_to_draw_them(qtbot, window, tmp_path):
    seen = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        seen["size"] = (dialog.width(), dialog.height())
        seen["provider"] = dialog.iconProvider()
        seen["directory"] = dialog.directory().absolutePath()
        dialog.reject()

    QTimer.singleShot(200, look)
    assert dialogs_module.Dialogs(window).open_path(str(tmp_path)) is None
    screen = window.screen().availableGeometry()  # the offscreen screen is 800×600; a clerk's 1366×768 gives 960×620
    assert seen["size"] == (min(960, int(screen.width() * 0.85)), min(620, int(screen.height() * 0.85)))
    assert seen["directory"] == str(tmp_path)
    provider = seen["provider"]
    assert isinstance(provider, dialogs_module.SafeIconProvider)
    # A file whose name says nothing is never opened: a FIFO, which blocks whoever reads it (as /proc/kmsg did).
    import os

    fifo = tmp_path / "kmsg"
    os.mkfifo(fifo)
    started = time.monotonic()
    provider.icon(QFileInfo(str(fifo)))
    provider.type(QFileInfo(str(fifo)))
    assert time.monotonic() - started < 1.0
    assert provider.type(QFileInfo(str(tmp_path))) == "Thư mục"
    assert "Word" in provider.type(QFileInfo(str(Path(tmp_path) / "a.docx"))) or provider.type(
        QFileInfo(str(Path(tmp_path) / "a.docx")))


# -- the session under Xvfb (1366×768, openbox, xdotool) -----------------------------------------------------------


def test_after_the_cards_fix_the_next_keys_go_into_the_text(qtbot, window):
    """Clicking "Sửa thành “77,5%”" emptied the card and disabled the button that had the focus: the "QQ" typed next
    went nowhere."""
    open_and_wait(qtbot, window, SEED_001)
    window.activateWindow()
    panel = window.findings_panel
    finding = next(f for f in panel.findings() if f.code == "percent-mismatch")
    panel.select(finding)
    panel.fix_button.setFocus()
    assert QApplication.focusWidget() is panel.fix_button
    panel.fix_button.click()
    assert "77,5%" in window.editor.text()
    assert QApplication.focusWidget() is window.editor
    wait_analysis(qtbot, window)
    # The same for "Bỏ qua" on the card.
    other = panel.findings()[0]
    panel.select(other)
    panel.ignore_button.setFocus()
    panel.ignore_button.click()
    assert QApplication.focusWidget() is window.editor
    # A fix clicked on a row's own button (with the mouse) too.
    fixable = next((f for f in panel.findings() if f.suggestion is not None), None)
    if fixable is not None:
        panel.view.setFocus()
        row = panel.findings().index(fixable)
        before = window.editor.text()
        panel.delegate.fix_clicked.emit(panel.model.index(row, 0))
        assert window.editor.text() != before
        assert QApplication.focusWidget() is window.editor
        wait_analysis(qtbot, window)
    # Near miss: a fix chosen from the list with the keyboard leaves the list its focus, to go on down it.
    remaining = panel.findings()
    fixable = next((f for f in remaining if f.suggestion is not None), None)
    if fixable is not None:
        panel.view.setFocus()
        window.apply_fix(fixable)
        assert QApplication.focusWidget() is panel.view


def test_recovery_puts_the_cursor_after_what_was_typed_last():
    from minutes_app.gui.file_actions import end_of_last_edit

    saved = "Các đại biểu tham dự hội nghị.\n\nCụm II có 36 TCCS."
    # The new sentence ends as the old one did ("… hội nghị."): the cursor goes after the new sentence, not inside it.
    typed = "Các đại biểu tham dự hội nghị. Đồng chí Hằng phát biểu chỉ đạo hội nghị.\n\nCụm II có 36 TCCS."
    assert typed[:end_of_last_edit(typed, saved)].endswith("chỉ đạo hội nghị.")
    # Near misses: typing at the very end, a word changed in the middle, a deletion, a document never saved.
    assert end_of_last_edit(saved + " Hết.", saved) == len(saved) + 5
    changed = saved.replace("36", "38")
    assert changed[:end_of_last_edit(changed, saved)].endswith("38")
    shorter = saved.replace(" tham dự", "")
    assert shorter[:end_of_last_edit(shorter, saved)].rstrip().endswith("biểu")  # where the words were taken out
    assert end_of_last_edit(typed, None) == len(typed)


def test_a_window_larger_than_the_screen_starts_maximised(qtbot, make_window, monkeypatch):
    """At 1366×768 the default 1400×900, cut to the screen's free area, left the title bar outside it and the status
    bar (counts, "Đã xuất …") below the screen's edge."""
    from minutes_app.gui import main_window as module

    monkeypatch.setattr(module, "_cramped", lambda size: True)
    window = make_window(managed=True)
    window.hide()
    window.show_first()
    assert window.isMaximized()
    # Near misses: a screen that holds the default, and a window the clerk sized before, open as they were.
    monkeypatch.setattr(module, "_cramped", lambda size: False)
    other = make_window()
    other.hide()
    other.show_first()
    assert not other.isMaximized()
    monkeypatch.setattr(module, "_cramped", lambda size: True)
    other.settings.set("geometry", "AdnQywADAAA=")
    other.hide()
    other.show_first()
    assert not other.isMaximized()


def test_opening_a_file_paints_none_of_the_old_documents_colours(qtbot, window, tmp_path):
    """The new text was highlighted with the previous document's spans (its lines found by their text), then each
    of those blocks undone: time of a large report's opening spent painting colours of another file."""
    open_and_wait(qtbot, window, SEED_001)
    highlighter = window.editor.highlighter
    assert highlighter.index.texts
    # The next version of the same report (a clerk's usual second file): its lines are the old one's.
    other = tmp_path / "ban_sua.txt"
    other.write_text(SEED_001.read_text(encoding="utf-8").replace("75,5%", "77,5%") * 3, encoding="utf-8")
    redone = []
    highlighter.rehighlightBlock = lambda block: redone.append(block.blockNumber())
    try:
        assert window.open_path(other)  # its marks are refreshed too, before any analysis: nothing to redo
        window._refresh_marks()
    finally:
        del highlighter.rehighlightBlock
    assert window.analysis is None
    assert redone == []
    # Every block of the new text was painted once, with no span, and shows no colour.
    assert highlighter._applied and not any(spans for _, spans in highlighter._applied.values())
    assert all(not block_formats(window.editor, n) for n in range(window.editor.document().blockCount()))
    wait_analysis(qtbot, window)
    assert highlighter.index.texts  # and the new analysis's colours come as before


def test_the_rules_dialog_lists_the_rules_by_kind_then_title(qtbot, window):
    """In code order the dialog read "Số người vắng…", "Chữ viết tắt…", "Số đảng viên…": sorted by English codes."""
    from minutes_app.core.text import fold
    from minutes_app.gui.rules_dialog import EVERYWHERE, HERE, RulesDialog

    dialog = RulesDialog(window.rules, {"spelling"}, {"repeated-word"})
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [(table.item(r, 1).text(), table.item(r, 0).text()) for r in range(table.rowCount())]
    assert rows == sorted(rows, key=lambda row: (fold(row[0]), fold(row[1])))
    arithmetic = [title for kind, title in rows if kind == "Số liệu, phép tính"]
    assert "Tỷ lệ % không khớp với phân số" in arithmetic and "Lỗi chính tả" not in arithmetic
    # The switches still follow their rules, whatever the order.
    assert dialog.disabled_everywhere() == {"spelling"} and dialog.disabled_here() == {"repeated-word"}
    row = dialog.codes.index("percent-mismatch")
    table.item(row, EVERYWHERE).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.disabled_everywhere() == {"spelling", "percent-mismatch"}
    assert table.item(row, HERE).checkState() == Qt.CheckState.Checked
    assert "percent-mismatch" in table.item(row, 0).toolTip()
    # As wide as the longest title and the other columns need, where the screen has the room (760 pixels cut it).
    longest = max(table.fontMetrics().horizontalAdvance(table.item(r, 0).text()) for r in range(table.rowCount()))
    others = sum(table.columnWidth(c) for c in range(1, table.columnCount()))
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= min(longest + others, int(screen.width() * 0.9))


def test_a_long_message_shows_four_whole_lines_and_no_sliver_of_the_fifth(qtbot, window):
    from minutes_app.core.model import Finding, Severity

    text = "Chi bộ có 63 tổ chức cơ sở Đảng."
    window.editor.set_text(text)
    wait_analysis(qtbot, window)
    start = text.index("tổ chức")
    long_message = " ".join(["Trong danh từ chung “tổ chức cơ sở đảng”, chữ “đảng” viết thường như Điều lệ Đảng."] * 6)
    finding = Finding("capitalization-party-noun", Severity.INFO, start, start + 19, text[start:start + 19],
                      long_message, "tổ chức cơ sở đảng")
    panel = window.findings_panel
    panel.set_findings([finding])
    panel.select(finding)
    line = panel.card_message.fontMetrics().lineSpacing()
    shown = panel.message_box.viewport().height()
    assert 4 * line <= shown <= 4 * line + 2  # the fifth line starts below the box, its tone marks too
    assert panel.card_details.text() == "Nhóm: Viết hoa"
    # Near miss: a short message gets a box its own size.
    short = Finding("capitalization-party-noun", Severity.INFO, start, start + 19, text[start:start + 19],
                    "Viết thường “đảng”.", "tổ chức cơ sở đảng")
    panel.set_findings([short])
    panel.select(short)
    assert panel.message_box.height() < 2 * line + 6


def test_the_editor_takes_the_keys_as_soon_as_the_window_is_up(qtbot, make_window):
    """Started without a file, the words typed first went nowhere: no widget had the focus."""
    window = make_window()
    window.hide()
    window.show_first()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=5000)
    from .conftest import type_text

    type_text(QApplication.focusWidget(), "Biên bản")
    assert window.editor.text() == "Biên bản"


def test_a_status_message_is_read_whole_in_a_narrow_window(qtbot, window):
    """At 640 pixels “Đã khôi phục “Văn bản mới”.” was cut to “Đã khôi phục “Văn b” by the counts beside it."""
    wait_analysis(qtbot, window)
    message = "Đã khôi phục “Văn bản mới”."
    window.resize(640, 700)
    qtbot.waitUntil(lambda: window.width() <= 640)
    window.statusBar().showMessage(message, 5000)
    assert not window.status_words.isVisible() and not window.status_position.isVisible()
    assert window.status_counts.isVisible()  # the findings' count stays
    window.statusBar().clearMessage()
    assert window.status_words.isVisible() and window.status_position.isVisible()
    # The message first, the counts after it (a recovered draft: its check comes later): they step aside then.
    counts = window.status_counts.text()
    window.status_counts.setText("")
    window.statusBar().showMessage(message, 5000)
    assert window.status_words.isVisible()
    window.status_counts.setText(counts)
    window._show_word_count()
    assert not window.status_words.isVisible()
    window.statusBar().clearMessage()
    # Near miss: in a wide window the message fits beside them, and nothing moves.
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.width() >= 1300)
    window.statusBar().showMessage(message, 5000)
    assert window.status_words.isVisible() and window.status_position.isVisible()
