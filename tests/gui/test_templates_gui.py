"""Tệp › Mới từ mẫu: a biên bản from a template, its fields filled with Tab, the unfilled-field
findings gone once the last is filled, saved as .docx and read back; Tab inside an input
method's composition stays the input method's; the user's own templates are listed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from minutes_app.core.templates import PLACEHOLDER, fields, list_templates, read_template, user_folder
from minutes_app.gui.templates_dialog import TemplateDialog

from .conftest import type_text, wait_analysis

NAMES = ["Biên bản sinh hoạt chi bộ", "Biên bản hội nghị Ban Chấp hành", "Biên bản kiểm phiếu",
         "Báo cáo kết quả công tác (tháng/quý/6 tháng/năm)", "Nghị quyết chi bộ"]


def _key(widget, key, modifiers=Qt.KeyboardModifier.NoModifier, text=""):
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))


def _unfilled(window):
    return [f for f in window.visible_findings() if f.code == "unfilled-placeholder"]


def test_the_templates_name_their_layout_and_have_fields():
    templates = list_templates()
    assert [t.name for t in templates] == NAMES
    for template in templates:
        assert "36-HD/VPTW" in template.source, template.name
        assert not template.text.startswith("#") and fields(template.text)
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in template.text


def test_users_own_templates_are_listed(qtbot, tmp_path):
    folder = user_folder()
    folder.mkdir(parents=True)
    (folder / "giay_moi.txt").write_text("# Mẫu: Giấy mời họp chi bộ\n# Bố cục theo: mẫu của văn phòng\n"
                                         "Kính mời đồng chí «họ tên» dự họp.\n", encoding="utf-8")
    templates = list_templates()
    assert [t.name for t in templates][-1] == "Giấy mời họp chi bộ" and templates[-1].own
    assert read_template(folder / "giay_moi.txt").text == "Kính mời đồng chí «họ tên» dự họp.\n"
    dialog = TemplateDialog(None, templates)
    assert dialog.list.count() == 6 and dialog.list.item(5).text().endswith("(mẫu của bạn)")
    dialog.deleteLater()


def test_fill_a_template_with_tab_then_save_as_docx(qtbot, window, dialogs, tmp_path):
    dialog = TemplateDialog(window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert "BIÊN BẢN" in dialog.preview.toPlainText() and "36-HD/VPTW" in dialog.source.text()
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "template_picker.png"))
    assert window.new_from_template(dialog.chosen())
    editor = window.editor
    assert editor.document().isModified()
    total = len(fields(editor.toPlainText()))
    assert editor.textCursor().selectedText() == "«TÊN ĐẢNG BỘ CẤP TRÊN»"
    # exporting before the fields are filled asks first; "Không" goes back to the first field
    dialogs.export_unfilled = False
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    assert not window.export_drafted()
    assert ("confirm_unfilled", total) in dialogs.calls
    assert editor.textCursor().selectedText() == "«TÊN ĐẢNG BỘ CẤP TRÊN»"
    wait_analysis(qtbot, window)
    assert len(_unfilled(window)) == total
    # Shift+Tab from the first field wraps to the last one, Tab comes back
    _key(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == "«Họ tên chủ trì»"
    _key(editor, Qt.Key.Key_Tab, text="\t")
    assert editor.textCursor().selectedText() == "«TÊN ĐẢNG BỘ CẤP TRÊN»"
    for number in range(total):
        assert PLACEHOLDER.fullmatch(editor.textCursor().selectedText())
        type_text(editor, f"x{number}")  # typing replaces the selected field
        if number < total - 1:
            _key(editor, Qt.Key.Key_Tab, text="\t")
    text = editor.toPlainText()
    assert not fields(text) and "CHI BỘ x1" in text and "\t" not in text
    qtbot.waitUntil(lambda: window.controller.is_current() and not _unfilled(window), timeout=20000)
    # Tab with no field left is a tab again
    _key(editor, Qt.Key.Key_Tab, text="\t")
    assert "\t" in editor.toPlainText()
    _key(editor, Qt.Key.Key_Backspace)
    assert "\t" not in editor.toPlainText() and not fields(editor.toPlainText())
    target = tmp_path / "bien_ban.docx"
    dialogs.next_save = target
    assert window.save_as_dialog() is not False
    from docx import Document

    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    assert "CHI BỘ x1" in paragraphs and "ĐẢNG CỘNG SẢN VIỆT NAM" in paragraphs
    # the same, exported in the HD 36 layout: header and signatures in two columns
    laid_out = tmp_path / "bien_ban_hd36.docx"
    dialogs.next_save = laid_out
    assert window.export_drafted()
    document = Document(str(laid_out))
    header, signature = document.tables[0], document.tables[-1]
    assert [p.text for p in header.cell(0, 0).paragraphs] == ["ĐẢNG BỘ x0", "CHI BỘ x1", "*"]
    assert header.cell(0, 0).paragraphs[1].runs[0].bold  # the issuing body
    assert header.cell(0, 0).paragraphs[1].runs[0].font.all_caps  # in capitals, as typed underneath
    assert header.cell(0, 1).paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert [p.text for p in document.paragraphs[:3]] == ["BIÊN BẢN", "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG x2 NĂM x3", "-----"]
    assert signature.cell(0, 0).paragraphs[0].text == "THƯ KÝ" and signature.cell(0, 1).paragraphs[-1].text == "x42"
    assert not any("«" in p.text for p in document.paragraphs)


def test_tab_inside_an_ime_composition_is_left_alone(qtbot, window):
    (template,) = [t for t in list_templates() if t.name == "Nghị quyết chi bộ"]
    window.new_from_template(template)
    editor = window.editor
    first = editor.textCursor().selectedText()
    QApplication.sendEvent(editor, QInputMethodEvent("ddaf", []))  # Telex pre-edit over the field
    _key(editor, Qt.Key.Key_Tab, text="\t")
    assert window.fields._preedit() == "ddaf", "Tab broke the composition"
    commit = QInputMethodEvent("", [])
    commit.setCommitString("ĐẢNG ỦY PHƯỜNG")
    QApplication.sendEvent(editor, commit)
    assert editor.toPlainText().startswith("ĐẢNG BỘ ĐẢNG ỦY PHƯỜNG") and first == "«TÊN ĐẢNG BỘ CẤP TRÊN»"
    _key(editor, Qt.Key.Key_Tab, text="\t")
    assert editor.textCursor().selectedText() == "«TÊN CHI BỘ»"


def test_enter_in_the_template_dialog_creates_the_document(qtbot):
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.create_button.isDefault()
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == TemplateDialog.DialogCode.Accepted
