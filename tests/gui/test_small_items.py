"""The issue's smaller items: Undo after the first keystroke, F7 over two findings on one span,
the find bar's stale count, the question asked before opening, export titles, recent files,
plurals in the status bar."""

from __future__ import annotations

import dataclasses

from minutes_app.core.engine import Analyzer
from minutes_app.core.model import Finding, Severity
from minutes_app.gui import i18n
from minutes_app.gui.menus import recent_labels

from .conftest import SEED_001, open_and_wait, type_text


def test_undo_enabled_after_typing_in_the_first_empty_document(qtbot, window):
    assert not window.actions["undo"].isEnabled()
    type_text(window.editor, "Biên bản")
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert window.editor.text() == ""


def test_f7_visits_both_findings_on_one_span(qtbot, window):
    text = "Kiểm tra 62/80 tổ chức, đạt 75,5%."
    window.editor.set_text(text)
    base = Analyzer().analyze(text)
    start = text.index("75,5%")
    two = [Finding("percent-mismatch", Severity.ERROR, start, start + 5, "75,5%", "một", "77,5%"),
           Finding("number-format", Severity.WARNING, start, start + 5, "75,5%", "hai")]
    window._on_analysis(dataclasses.replace(base, findings=two))
    visited = [window.step_finding(True) for _ in range(3)]
    assert visited == [two[0], two[1], two[0]]
    assert window.step_finding(False) == two[1]


def test_find_bar_forgets_its_count_after_undo_and_opening(qtbot, window, tmp_path):
    window.editor.set_text("một hai một")
    bar = window.find_bar
    bar.open(True)
    bar.find_edit.setText("một")
    bar.replace_edit.setText("ba")
    assert bar.replace_all() == 2
    assert bar.status.text() == "Đã thay 2 chỗ."
    window.editor.undo()
    assert window.editor.text() == "một hai một"
    assert bar.status.text() == ""
    assert bar.replace_all() == 2
    other = tmp_path / "khac.txt"
    other.write_text("Văn bản khác", encoding="utf-8")
    window.editor.document().setModified(False)
    assert window.open_path(other)
    assert bar.status.text() == ""


def test_opening_another_file_asks_about_opening_not_closing(qtbot, window, dialogs, tmp_path):
    type_text(window.editor, "Chưa lưu")
    dialogs.save_changes = "cancel"
    other = tmp_path / "khac.txt"
    other.write_text("x", encoding="utf-8")
    assert not window.open_path(other)
    assert not window.new_document()
    assert dialogs.save_reasons == ["open", "new"]
    from minutes_app.gui.dialogs import Dialogs
    assert "trước khi mở tệp khác" in Dialogs.SAVE_QUESTIONS["open"]


def test_each_export_and_save_as_has_its_own_title(qtbot, window, dialogs, tmp_path):
    open_and_wait(qtbot, window, SEED_001)
    window.export_summary()
    window.export_annotated()
    window.save_as_dialog()
    assert dialogs.save_titles == ["Xuất bản tóm tắt", "Xuất bản có nhận xét", "Lưu thành"]


def test_recent_files_tell_same_names_apart_and_drop_missing(qtbot, window, tmp_path):
    paths = []
    for folder in ("Phòng A", "Phòng B", "Cũ"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "bien_ban.txt"
        path.write_text(SEED_001.read_text(encoding="utf-8") + folder, encoding="utf-8")
        paths.append(path)
        window.open_path(path)
    paths[2].unlink()  # deleted since: no longer offered
    window.rebuild_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels == ["&1  bien_ban.txt — Phòng B", "&2  bien_ban.txt — Phòng A"]
    assert str(paths[2].resolve()) not in window.settings.get("recent_files")


def test_recent_labels_go_up_until_names_differ():
    assert recent_labels(["/a/x/r.txt", "/b/x/r.txt", "/c/s.txt"]) == ["r.txt — a/x", "r.txt — b/x", "s.txt"]


def test_status_bar_plurals():
    i18n.set_language("en")
    assert i18n.tr("{} lỗi", 1) == "1 error"
    assert i18n.tr("{} lỗi", 2) == "2 errors"
    assert i18n.tr("{} cảnh báo", 0) == "0 warnings"
    i18n.set_language("vi")
    assert i18n.tr("{} lỗi", 1) == "1 lỗi"


def test_status_bar_counts_in_english(qtbot, window):
    open_and_wait(qtbot, window, SEED_001)
    window.set_language("en")
    assert "1 error " in window.status_counts.text() + " " and "1 errors" not in window.status_counts.text()
    assert window.status_words.text().endswith(" words")
    groups = [window.outline_panel.tree.topLevelItem(i).text(0)
              for i in range(window.outline_panel.tree.topLevelItemCount())]
    assert "Document" in groups and "Văn bản" not in groups  # the outline is relabelled at once
    window.set_language("vi")
    assert window.status_words.text().endswith(" từ")




def test_an_empty_txt_opens_as_a_blank_page_and_saves_there(qtbot, window, tmp_path):
    """An empty .txt is a page to start on (the command line still calls it unusable)."""
    from .conftest import open_and_wait, type_text

    path = tmp_path / "bien_ban_moi.txt"
    path.write_bytes(b"")
    open_and_wait(qtbot, window, path)
    assert window.session.path == path.resolve() and window.editor.toPlainText() == ""
    type_text(window.editor, "Biên bản họp chi bộ")
    assert window.save()
    assert path.read_text(encoding="utf-8").startswith("Biên bản họp chi bộ")


def test_findings_counts_up_to_99_never_widen_the_panel(qtbot):
    """The severity counts keep room for two digits from the start: a result never raises the
    panel's minimum width (at the window's minimum width that resized and repainted the whole
    window on the next keystroke)."""
    from PySide6.QtWidgets import QApplication

    from minutes_app.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    QApplication.processEvents()  # the layout takes the label's new size on its next request
    before = panel.minimumSizeHint().width()
    for count in (0, 1, 9, 42, 99):
        panel.set_findings([Finding("number-format", severity, k, k + 1, "x", "một")
                            for severity in Severity for k in range(count)])
        QApplication.processEvents()
        assert panel.minimumSizeHint().width() == before, count
        assert str(count) in panel.count_label.text()
