"""Qt's own strings in Vietnamese: the .ts matches Qt 6's sources exactly, compiles, and the
running editor's message boxes, context menus and file dialog use it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from minutes_app.gui import qt_translation

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "qtbase_vi.ts"
QT_LIBS = Path(PySide6.__file__).parent / "Qt" / "lib"


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.findtext("translation"))
            for context in root.iter("context") for message in context.iter("message")]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The .ts compiled by the same pyside6-lrelease `make` uses."""
    out = tmp_path_factory.mktemp("qm") / "qtbase_vi.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(out)], check=True)
    return out


@pytest.fixture
def vietnamese_qt(qapp, compiled, monkeypatch):
    monkeypatch.setattr(qt_translation, "qm_path", lambda: compiled)
    assert qt_translation.apply("vi")
    yield
    qt_translation.apply("en")


def test_every_source_string_is_one_qt_has():
    """A source that differs from Qt's by one character would silently never be used.

    Compilers merge a literal into the tail of a longer one ("Select All" inside "&Select
    All"), so each source must end a NUL-terminated string of the libraries."""
    libraries = [QT_LIBS / name for name in ("libQt6Widgets.so.6", "libQt6Gui.so.6")]
    if not all(path.exists() for path in libraries):
        pytest.skip("Qt's shared libraries are not where PySide6 keeps them on Linux")
    binary = b"".join(path.read_bytes() for path in libraries)
    missing = [(context, source) for context, source, _ in _messages()
               if source.encode("utf-8") + b"\0" not in binary or context.encode() + b"\0" not in binary]
    assert not missing


def test_translations_are_complete_and_keep_placeholders():
    for context, source, translation in _messages():
        assert translation and translation != source or source in ("OK",), (context, source)
        assert source.count("%1") == translation.count("%1"), (context, source)


def test_qt_strings_in_vietnamese(vietnamese_qt):
    translate = QCoreApplication.translate
    assert translate("QPlatformTheme", "Cancel") == "Hủy"
    assert translate("QFileDialog", "%1 already exists.\nDo you want to replace it?") == \
        "%1 đã có.\nBạn có muốn ghi đè lên tệp đó không?"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard)
    assert buttons.button(QDialogButtonBox.StandardButton.Discard).text() == "Không lưu"
    line = QLineEdit("x")
    labels = [a.text().split("\t")[0] for a in line.createStandardContextMenu().actions()]
    assert "&Hoàn tác" in labels and "&Dán" in labels and "Chọn tất cả" in labels


def test_editor_context_menu_and_file_dialog_in_vietnamese(vietnamese_qt, window):
    labels = [a.text().split("\t")[0] for a in window.editor.createStandardContextMenu().actions()]
    assert {"&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"} <= set(labels)
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    texts = {label.text() for label in dialog.findChildren(type(window.status_words))}
    assert "&Tên tệp:" in texts and "&Kiểu tệp:" in texts
    dialog.deleteLater()


def test_english_interface_removes_the_translation(vietnamese_qt):
    qt_translation.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
