"""Review round 10, a clerk's session under Xvfb: the roster's date and file errors, the personal
dictionary's import and export, the Find/Replace bar's Tab, the Open dialog's .doc files, and an
empty findings list that says so."""

from __future__ import annotations

from pathlib import Path

from minutes_app.core.roster import Person
from minutes_app.gui.roster_dialog import RosterDialog
from tests.core.test_loading import _cp1258


def _roster_dialog(qtbot, window, dialogs, people):
    window.set_roster(people)
    dialog = RosterDialog(window.roster, dialogs, window, window.document_officials)
    qtbot.addWidget(dialog)
    return dialog


def test_a_bad_date_in_the_roster_table_names_the_row_and_selects_the_cell(qtbot, window, dialogs):
    """Before: 'day is out of range for month' (Python's English), and no row named."""
    people = [Person(f"Nguyễn Văn {name}", ("Ủy viên",)) for name in ("An", "Bình", "Cường")]
    dialog = _roster_dialog(qtbot, window, dialogs, people)
    dialog.table.item(2, 4).setText("31/02/2025")
    dialog.filter.setText("an")  # the bad row is filtered out of sight
    dialog.accept()
    assert dialog.result() == 0
    kind, _, message = dialogs.calls[-1]
    assert kind == "error"
    assert message.startswith("Dòng 3 (Nguyễn Văn Cường), cột “Đến ngày”: ngày “31/02/2025” không có thật")
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (2, 4)
    assert not dialog.table.isRowHidden(2) and dialog.filter.text() == ""


def test_the_roster_imports_excels_plain_csv(qtbot, window, dialogs, tmp_path):
    """Excel's “CSV (Comma delimited)” on a Vietnamese Windows is Windows-1258: before, the
    import failed with "'utf-8' codec can't decode byte 0xe0…"."""
    path = tmp_path / "danh_ba.csv"
    path.write_bytes(_cp1258("Họ và tên,Chức vụ,Đơn vị,Từ ngày,Đến ngày\r\n"
                             "Hoàng Thị Thủy,Phó Bí thư Chi bộ,Chi bộ 3,05/01/2024,\r\n"))
    dialog = _roster_dialog(qtbot, window, dialogs, [])
    dialogs.next_open = path
    dialog.import_button.click()
    assert "error" not in dialogs.kinds()
    assert dialog.people() == [Person("Hoàng Thị Thủy", ("Phó Bí thư Chi bộ",), "Chi bộ 3", "2024-01-05")]


def test_a_broken_workbook_is_refused_in_the_dialog_with_a_reason(qtbot, window, dialogs, tmp_path):
    """Before: zipfile.BadZipFile escaped the slot; the clerk saw nothing happen."""
    path = tmp_path / "danh_ba.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    dialog = _roster_dialog(qtbot, window, dialogs, [Person("Lê Văn Bình")])
    dialogs.next_open = path
    dialog.import_button.click()
    kind, _, message = dialogs.calls[-1]
    assert kind == "error" and "không phải bảng tính Excel" in message
    assert [p.name for p in dialog.people()] == ["Lê Văn Bình"]


def _dictionary_dialog(qtbot, window, dialogs):
    from minutes_app.gui.dictionary_dialog import DictionaryDialog

    dialog = DictionaryDialog(window.dictionary, dialogs, window)
    qtbot.addWidget(dialog)
    return dialog


WORDS = "Chiềng Sinh\nPắc Ngòi\nThủy lợi Nậm Rốm\n"


def _word_files(tmp_path):
    from docx import Document

    notepad = tmp_path / "unicode.txt"
    notepad.write_bytes(WORDS.encode("utf-16"))  # Notepad's “Unicode”
    legacy = tmp_path / "ansi.txt"
    legacy.write_bytes(_cp1258(WORDS))  # Notepad's “ANSI” on a Vietnamese Windows
    word = tmp_path / "tu_dien.docx"
    document = Document()
    for line in WORDS.splitlines():
        document.add_paragraph(line)
    document.save(word)
    return notepad, legacy, word


def test_the_dictionary_imports_word_lists_in_every_format_the_open_dialog_offers(qtbot, window, dialogs, tmp_path):
    """Before: read as UTF-8 with “errors=replace”: a UTF-16 list gave one garbled “word” a line
    (NULs and “\ufffd”), a Windows-1258 one “chi\ufffdng sinh”, a .docx the bytes of its zip."""
    for path in _word_files(tmp_path):
        dialog = _dictionary_dialog(qtbot, window, dialogs)
        dialog.editor.setPlainText("")
        dialogs.next_open = path
        dialog.import_button.click()
        assert dialog.words() == {"chiềng sinh", "pắc ngòi", "thủy lợi nậm rốm"}, path.name


def test_a_word_list_that_cannot_be_read_is_said_in_vietnamese(qtbot, window, dialogs, tmp_path):
    path = tmp_path / "tu_dien.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    dialog = _dictionary_dialog(qtbot, window, dialogs)
    dialog.editor.setPlainText("hà quảng")
    dialogs.next_open = path
    dialog.import_button.click()
    kind, _, message = dialogs.calls[-1]
    assert kind == "error" and "Word 97-2003" in message
    assert dialog.words() == {"hà quảng"}


def test_the_dictionary_is_exported_as_text_even_under_a_word_name(qtbot, window, dialogs, tmp_path):
    """Before: the Save dialog's “Tài liệu Word (*.docx)” wrote the plain list into a .docx,
    which Word refuses to open. The suggestion is in the home folder, not the working folder."""
    dialog = _dictionary_dialog(qtbot, window, dialogs)
    dialog.editor.setPlainText("Chiềng Sinh")
    dialogs.next_save = tmp_path / "tu_dien.docx"
    dialog.export_button.click()
    assert not (tmp_path / "tu_dien.docx").exists()
    assert "chiềng sinh" in (tmp_path / "tu_dien.txt").read_text(encoding="utf-8")
    suggested = dialogs.calls[-1][1]
    assert Path(suggested).is_absolute()


def test_the_hd36_export_is_suggested_beside_the_document_under_its_own_name(qtbot, window, dialogs, tmp_path):
    """Before: a bare “bien_ban.docx”: the dialog opened in the program's working folder, and in
    the document's folder the name was the opened .docx itself, which the export replaced."""
    source = tmp_path / "bien_ban.docx"
    window.editor.set_text("BIÊN BẢN\nSINH HOẠT CHI BỘ")
    dialogs.next_save = source
    assert window.save_as_dialog()
    dialogs.next_save = None
    window.export_drafted()
    suggested = Path(dialogs.calls[-1][1])
    assert suggested.parent == tmp_path and suggested != source and suggested.suffix == ".docx"
    assert suggested.name == "bien_ban - thể thức HD 36.docx"


def test_tab_in_the_replace_bar_goes_from_find_to_replace(qtbot, window):
    """Before: Tab from “Tìm” went to the “Trước” button, so the replacement a clerk typed next
    went nowhere and each of its spaces pressed “Trước”."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    bar = window.find_bar
    window.editor.set_text("Cụm II có 36 TCCS đảng.")
    window.activateWindow()
    window.actions["replace"].trigger()
    qtbot.waitUntil(bar.find_edit.hasFocus)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.replace_edit
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.next_button
    qtbot.keyClick(bar.next_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is bar.replace_edit
    # Find alone: the hidden replace field is skipped
    bar.close_bar()
    window.actions["find"].trigger()
    qtbot.waitUntil(bar.find_edit.hasFocus)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.next_button


def test_the_open_dialog_lists_doc_files_so_their_message_can_be_read(qtbot, window, dialogs, tmp_path):
    """Before: “Văn bản (*.txt *.docx)” hid a clerk's .doc, and the folder looked empty; the
    loader's advice (Lưu thành… → .docx) was out of reach."""
    import fnmatch
    import re

    from minutes_app.gui import i18n
    from minutes_app.gui.dialogs import OPEN_FILTER

    for language in ("vi", "en"):
        i18n.set_language(language)
        try:
            first = i18n.tr(OPEN_FILTER).split(";;")[0]
        finally:
            i18n.set_language("vi")
        patterns = re.search(r"\((.*)\)", first).group(1).split()
        assert any(fnmatch.fnmatch("bien_ban.doc", p) for p in patterns), first
    path = tmp_path / "bien_ban.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    dialogs.next_open = path
    assert not window.open_dialog()
    kind, _, message = dialogs.calls[-1]
    assert kind == "error" and "Lưu thành" in message and ".docx" in message


def test_an_empty_findings_list_says_why(qtbot, window):
    """Before: a checked, clean document left a blank white list, the same as one still being
    checked; a severity filter that hid every finding looked the same again."""
    from tests.gui.conftest import wait_analysis

    panel = window.findings_panel
    wait_analysis(qtbot, window)
    assert window.new_document()
    assert panel.view.empty_text == "Đang kiểm tra…"  # a new document not checked yet: no "nothing found" (r19)
    window.editor.set_text("Chi bộ có 12 đảng viên, có mặt 12 đồng chí.")
    wait_analysis(qtbot, window)
    assert not panel.findings()
    assert panel.view.empty_text == "Không có phát hiện nào."
    window.editor.set_text("Còn vướng mắc trong trong phối hợp giữa các ngành.")
    wait_analysis(qtbot, window)
    assert [f.code for f in panel.findings()] == ["repeated-word"]
    assert panel.view.empty_text == ""
    panel.filter.setCurrentIndex(panel.filter.findData("error"))
    assert not panel.findings()
    assert panel.view.empty_text == "Không có phát hiện ở mức độ này; chọn “Tất cả mức độ” để xem cả 1 phát hiện."
    window.set_language("en")
    try:
        assert panel.view.empty_text == "None of this severity; choose “All severities” to see the 1 finding."
    finally:
        window.set_language("vi")
    image = panel.view.viewport().grab().toImage()
    ink = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, min(image.height(), 60), 2)}
    assert len(ink) > 1  # the words are drawn, not only set


def test_an_unreadable_roster_is_set_aside_not_overwritten(qtbot, make_window, dialogs):
    """Before: the editor started with an empty roster over the same file, and the first save
    (one click on “Thêm cán bộ trong văn bản vào danh bạ”) replaced the people it held; a JSON
    list did not start at all (AttributeError)."""
    from minutes_app.core.roster import Roster, default_path
    from minutes_app.gui.app import _start

    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    broken = '{"version": 1, "people": [{"name": "Hoàng Thị Thủy", "titles": ["Bí thư"],}]}'
    path.write_text(broken, encoding="utf-8")
    window = make_window()
    assert window.roster.people == [] and not path.exists()
    (kept,) = [p for p in path.parent.iterdir() if p.name.startswith("danh_ba_can_bo (không đọc được")]
    assert kept.read_text(encoding="utf-8") == broken
    _start(window, None)
    kind, title, message = dialogs.calls[-1]
    assert (kind, title) == ("error", "Danh bạ cán bộ")
    assert "lỗi cú pháp JSON" in message and str(kept) in message
    assert window.set_roster([Person("Lê Văn Bình")])
    assert kept.read_text(encoding="utf-8") == broken
    assert [p.name for p in Roster.load().people] == ["Lê Văn Bình"]
    # a good roster at the next start: nothing to say
    again = make_window()
    assert again.roster_problem == "" and [p.name for p in again.roster.people] == ["Lê Văn Bình"]


def test_an_offices_own_template_saved_by_notepad_is_listed(qtbot, tmp_path):
    """Before: only UTF-8 was read; a template saved as Notepad's “ANSI” (Windows-1258) or
    “Unicode” (UTF-16) was skipped without a word, and the clerk's mau_van_ban looked ignored."""
    from minutes_app.core.templates import fields, list_templates, user_folder

    folder = user_folder()
    folder.mkdir(parents=True)
    body = "# Mẫu: Giấy mời họp chi bộ\r\nKính mời đồng chí «họ tên» dự họp lúc «giờ» giờ.\r\n"
    (folder / "giay_moi_ansi.txt").write_bytes(_cp1258(body.replace("Giấy mời", "Giấy mời (ANSI)")))
    (folder / "giay_moi_unicode.txt").write_bytes(body.replace("Giấy mời", "Giấy mời (Unicode)").encode("utf-16"))
    (folder / "hong.txt").write_bytes(b"\x00\x01\x02" * 3000)  # not text: still skipped
    own = {t.name: t for t in list_templates() if t.own}
    assert set(own) == {"Giấy mời (ANSI) họp chi bộ", "Giấy mời (Unicode) họp chi bộ"}
    for template in own.values():
        assert template.text == "Kính mời đồng chí «họ tên» dự họp lúc «giờ» giờ.\n"
        assert len(fields(template.text)) == 2


def test_model_targets_over_a_span_are_found_as_a_scan_finds_them():
    """The bisection that replaced a scan of every model target per detector target (applying a
    result froze the window 1.9 s after each pause in typing on a 3.7M-character report)."""
    import random

    from minutes_app.gui.entities_panel import ModelTarget, _Overlaps

    rng = random.Random(10)
    for _ in range(200):
        targets = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 300)
            targets.append(ModelTarget(start, start + rng.randrange(1, 80), rng.choice(["đạt", None])))
        index = _Overlaps(targets)
        for _ in range(20):
            start = rng.randrange(0, 400)
            end = start + rng.randrange(1, 60)
            brute = [t for t in targets if t.start < end and start < t.end]
            assert sorted(index.over(start, end)) == sorted(brute)


def test_the_word_count_follows_edits_paragraph_by_paragraph(qtbot, window):
    """Counted per paragraph with the unchanged ones remembered (it split the whole text on every
    result): it must still say what splitting the whole text says."""
    from tests.gui.conftest import wait_analysis

    text = "Chi bộ có 12 đảng viên.\n\nĐồng chí Lê Văn Hòa chủ trì.\nChi bộ có 12 đảng viên."
    window.editor.set_text(text)
    analysis = wait_analysis(qtbot, window)
    assert window.status_words.text() == f"{len(analysis.text.split())} từ" == "19 từ"
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" Vắng 2 đồng chí")
    analysis = wait_analysis(qtbot, window)
    assert window.status_words.text() == f"{len(analysis.text.split())} từ" == "23 từ"
    window.editor.set_text("")
    wait_analysis(qtbot, window)
    assert window.status_words.text() == "0 từ"


def test_exports_for_colleagues_get_the_mode_of_any_new_file(qtbot, window, dialogs, tmp_path):
    """Before: the HD 36 export and an exported word list were left 0600 by mkstemp, so
    colleagues could not open them in a shared folder (the save of a report already had 0644)."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        window.editor.set_text("CHI BỘ THÔN 3\nBIÊN BẢN\nSINH HOẠT CHI BỘ")
        dialogs.next_save = tmp_path / "hd36.docx"
        assert window.export_drafted()
        dictionary = _dictionary_dialog(qtbot, window, dialogs)
        dictionary.editor.setPlainText("Chiềng Sinh")
        dialogs.next_save = tmp_path / "tu_dien.txt"
        dictionary.export_button.click()
    finally:
        os.umask(old)
    for name in ("hd36.docx", "tu_dien.txt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left


def test_a_failed_export_leaves_the_last_good_one_in_place(tmp_path, monkeypatch):
    """The summary and the annotated copy were saved straight over the target: a disk full or a
    crash mid-save left a broken .docx where the last good export was."""
    from docx import Document
    from docx.document import Document as DocumentClass

    from minutes_app.core.engine import analyze
    from minutes_app.export import write_annotated, write_summary

    analysis = analyze("Chi bộ có 25 đảng viên, có mặt 22 đồng chí, vắng 2 đồng chí.\n")
    for write in (write_summary, write_annotated):
        target = tmp_path / f"{write.__name__}.docx"
        write(analysis, target)
        good = target.read_bytes()

        def disk_full(self, path):
            Path(path).write_bytes(b"PK\x03\x04 half")
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(DocumentClass, "save", disk_full)
            try:
                write(analysis, target)
            except OSError:
                pass
        assert target.read_bytes() == good
        Document(str(target))  # still opens
    assert sorted(p.name for p in tmp_path.iterdir()) == ["write_annotated.docx", "write_summary.docx"]


def test_the_information_panel_is_filled_when_it_can_be_seen(qtbot, window):
    """Behind the Tóm tắt tab (the default) the Thông tin panel was rebuilt on every result all the
    same, up to 0.9 s of UI time per pause in typing on a 3.7M-character report. Now it is filled
    when its tab is chosen, and kept up to date while it shows."""
    from minutes_app.gui.highlight_index import outside_furniture
    from tests.gui.conftest import SEED_001, open_and_wait, wait_analysis

    def listed(analysis):  # the page furniture the web-debris finding offers to delete is left out
        return len(outside_furniture(analysis.entities, window.visible_findings()))

    calls = []
    original = window.entities_panel.set_entities
    window.entities_panel.set_entities = lambda *args: (calls.append(len(args[0])), original(*args))
    window.outline_dock.raise_()
    qtbot.wait(20)
    analysis = open_and_wait(qtbot, window, SEED_001)
    assert calls == [0]  # only the clearing of the old document: nothing built out of sight
    window.entities_dock.raise_()
    qtbot.waitUntil(lambda: window.entities_panel.groups.get("organization") is not None)
    assert calls[-1] == listed(analysis)
    names = [window.entities_panel.groups["organization"].child(i).text(0)
             for i in range(window.entities_panel.groups["organization"].childCount())]
    assert "Cụm II" in names
    # in sight, it follows each result (a line typed under the seed's related headlines would be read as one more:
    # the clerk deletes that tail of the page first)
    assert window.apply_fix(max((f for f in analysis.findings if f.code == "web-debris"), key=lambda f: f.start))
    wait_analysis(qtbot, window)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("\nĐồng chí Lê Văn Hòa, Bí thư Chi bộ 5, phát biểu.")
    analysis = wait_analysis(qtbot, window)
    assert calls[-1] == listed(analysis)
    officials = window.entities_panel.groups["official"]
    assert "Lê Văn Hòa" in [officials.child(i).text(0) for i in range(officials.childCount())]
    # out of sight again: results pile up unbuilt, the tab brings the latest
    window.outline_dock.raise_()
    qtbot.wait(20)
    built = len(calls)
    window.editor.insertPlainText("\nĐồng chí Trần Thị Thu, Chủ tịch Hội Phụ nữ, phát biểu.")
    analysis = wait_analysis(qtbot, window)
    assert len(calls) == built
    window.entities_dock.raise_()
    qtbot.waitUntil(lambda: len(calls) > built)
    assert calls[-1] == listed(analysis)
    officials = window.entities_panel.groups["official"]  # rebuilt: the rows are new items
    assert "Trần Thị Thu" in [officials.child(i).text(0) for i in range(officials.childCount())]


def test_every_template_name_shows_whole_in_the_picker(qtbot):
    """Before: the list took a third of the dialog and cut “Báo cáo kết quả công tác (tháng/quý/6
    tháng/n…” behind a horizontal scroll bar."""
    from minutes_app.gui.templates_dialog import TemplateDialog

    dialog = TemplateDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.list.fontMetrics()
    room = dialog.list.viewport().width()
    for row in range(dialog.list.count()):
        text = dialog.list.item(row).text()
        assert metrics.horizontalAdvance(text) < room, text
    assert not dialog.list.horizontalScrollBar().isVisible()
    assert dialog.preview.width() > dialog.list.width()  # the preview keeps most of the room
