"""Menus and shortcuts (Word's: Ctrl+N/O/S, Ctrl+F, Ctrl+H, F7), built once per window.

Labels are bound through i18n so switching language re-labels them in place.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from . import i18n
from .dictionary_dialog import DictionaryDialog
from .i18n import LANGUAGES
from .roster_dialog import RosterDialog
from .rules_dialog import RulesDialog
from .settings import DEFAULTS

K = QKeySequence.StandardKey


def _action(window, menu: QMenu, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(window)
    i18n.bind(action.setText, text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, (str, K)) else shortcut)
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    if name:
        action.setObjectName(name)
    return action


def _menu(window, title: str) -> QMenu:
    menu = window.menuBar().addMenu("")
    i18n.bind(menu.setTitle, title)
    return menu


def build_menus(window) -> dict[str, QAction]:
    """Create the menu bar of ``window``; returns the actions by name (tests, toolbar)."""
    actions: dict[str, QAction] = {}
    editor = window.editor

    file_menu = _menu(window, "&Tệp")
    actions["new"] = _action(window, file_menu, "Mớ&i", window.new_document, K.New)
    actions["new_from_template"] = _action(window, file_menu, "Mới từ mẫ&u…", partial(open_template_dialog, window))
    actions["open"] = _action(window, file_menu, "&Mở…", window.open_dialog, K.Open)
    window.recent_menu = file_menu.addMenu("")
    i18n.bind(window.recent_menu.setTitle, "Tệp &gần đây")
    actions["recover"] = _action(window, file_menu, "&Khôi phục…", window.recover_dialog)
    file_menu.addSeparator()
    actions["save"] = _action(window, file_menu, "&Lưu", window.save, K.Save)
    actions["save_as"] = _action(window, file_menu, "Lưu &thành…", window.save_as_dialog, "Ctrl+Shift+S")
    file_menu.addSeparator()
    actions["export_summary"] = _action(window, file_menu, "Xuất bản tóm tắt…", window.export_summary)
    actions["export_annotated"] = _action(window, file_menu, "Xuất bản có nhận xét…", window.export_annotated)
    actions["export_drafted"] = _action(window, file_menu, "Xuất theo thể thức HD 36 (.docx)…", window.export_drafted)
    file_menu.addSeparator()
    actions["quit"] = _action(window, file_menu, "Th&oát", window.close, "Ctrl+Q")

    edit_menu = _menu(window, "&Sửa")
    actions["undo"] = _action(window, edit_menu, "&Hoàn tác", editor.undo, K.Undo)
    actions["redo"] = _action(window, edit_menu, "&Làm lại", editor.redo, "Ctrl+Y")
    editor.undoAvailable.connect(actions["undo"].setEnabled)
    editor.redoAvailable.connect(actions["redo"].setEnabled)
    actions["undo"].setEnabled(editor.document().isUndoAvailable())
    actions["redo"].setEnabled(editor.document().isRedoAvailable())
    edit_menu.addSeparator()
    actions["cut"] = _action(window, edit_menu, "&Cắt", editor.cut, K.Cut)
    actions["copy"] = _action(window, edit_menu, "&Sao chép", editor.copy, K.Copy)
    actions["paste"] = _action(window, edit_menu, "&Dán", editor.paste, K.Paste)
    actions["select_all"] = _action(window, edit_menu, "Chọ&n tất cả", editor.selectAll, K.SelectAll)
    edit_menu.addSeparator()
    actions["find"] = _action(window, edit_menu, "&Tìm…", partial(window.find_bar.open, False), "Ctrl+F")
    actions["replace"] = _action(window, edit_menu, "Tha&y thế…", partial(window.find_bar.open, True), "Ctrl+H")
    actions["find_next"] = _action(window, edit_menu, "Tìm tiếp", window.find_bar.find_next, "F3")
    edit_menu.addSeparator()
    actions["next_finding"] = _action(window, edit_menu, "Phát hiện tiế&p theo",
                                      partial(window.step_finding, True), "F7")
    actions["previous_finding"] = _action(window, edit_menu, "Phát hiện t&rước",
                                          partial(window.step_finding, False), "Shift+F7")

    view_menu = _menu(window, "&Xem")
    actions["zoom_in"] = _action(window, view_menu, "Phóng &to", partial(editor.zoom, 1), "Ctrl++")
    actions["zoom_in"].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    actions["zoom_out"] = _action(window, view_menu, "Th&u nhỏ", partial(editor.zoom, -1), "Ctrl+-")
    actions["zoom_reset"] = _action(window, view_menu, "Cỡ chữ &mặc định", partial(editor.set_font_size, DEFAULTS["font_size"]), "Ctrl+0")
    view_menu.addSeparator()
    for dock in (window.findings_dock, window.entities_dock, window.outline_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    language_menu = view_menu.addMenu("")
    i18n.bind(language_menu.setTitle, "&Ngôn ngữ / Language")
    group = QActionGroup(window)
    for code, label in LANGUAGES.items():
        action = QAction(label, window, checkable=True)
        action.setChecked(code == i18n.language())
        action.triggered.connect(partial(window.set_language, code))
        group.addAction(action)
        language_menu.addAction(action)
        actions[f"language_{code}"] = action

    tools_menu = _menu(window, "&Công cụ")
    actions["rules"] = _action(window, tools_menu, "&Quy tắc kiểm tra…", partial(open_rules_dialog, window))
    actions["dictionary"] = _action(window, tools_menu, "&Từ điển cá nhân…", partial(open_dictionary_dialog, window))
    actions["roster"] = _action(window, tools_menu, "&Danh bạ cán bộ…", partial(open_roster_dialog, window))
    actions["roster_add_officials"] = _action(window, tools_menu, "Thêm cán bộ trong văn bản vào danh &bạ",
                                              window.add_document_officials)
    actions["recheck"] = _action(window, tools_menu, "&Kiểm tra lại", window.controller.request_now, "Ctrl+R")

    help_menu = _menu(window, "Trợ &giúp")
    actions["shortcuts"] = _action(window, help_menu, "&Phím tắt", partial(open_shortcuts_dialog, window))
    actions["about"] = _action(window, help_menu, "&Giới thiệu", lambda: window.dialogs.about())
    for action in actions.values():
        window.addAction(action)  # shortcuts work even while a dock has focus
    rebuild_recent_menu(window)
    build_toolbar(window, actions)
    return actions


TOOLBAR = (("new", "SP_FileIcon"), ("open", "SP_DialogOpenButton"), ("save", "SP_DialogSaveButton"), None,
           ("undo", "SP_ArrowBack"), ("redo", "SP_ArrowForward"), None, ("find", "SP_FileDialogContentsView"),
           None, ("previous_finding", "SP_ArrowUp"), ("next_finding", "SP_ArrowDown"), None,
           ("export_annotated", "SP_FileDialogDetailedView"))


def build_toolbar(window, actions: dict[str, QAction]) -> QToolBar:
    """The few actions office staff reach for most, as labelled buttons (Word-like)."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("main_toolbar")
    i18n.bind(toolbar.setWindowTitle, "Thanh công cụ")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    style = window.style()
    for entry in TOOLBAR:
        if entry is None:
            toolbar.addSeparator()
            continue
        name, icon = entry
        actions[name].setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, icon)))
        toolbar.addAction(actions[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def recent_labels(paths: list[str]) -> list[str]:
    """Menu labels: the file name, with as many parent folders as it takes to tell apart
    files of the same name ("bien_ban.txt — Phòng A" / "bien_ban.txt — Phòng B")."""
    parts = [Path(p).parts for p in paths]
    labels = []
    for index, path in enumerate(parts):
        name = path[-1] if path else ""
        depth = 1
        others = [q for j, q in enumerate(parts) if j != index and q and q[-1] == name]
        while others and depth < len(path) and any(q[-1 - depth:-1] == path[-1 - depth:-1] for q in others):
            depth += 1
        folders = path[-1 - depth:-1] if others else ()
        labels.append(f"{name} — {'/'.join(folders)}" if folders else name)
    return labels


def rebuild_recent_menu(window) -> None:
    """Tệp › Tệp gần đây: files that still exist, newest first; vanished ones are dropped."""
    menu = window.recent_menu
    menu.clear()
    recent = [p for p in window.settings.get("recent_files") if Path(p).is_file()]
    if recent != window.settings.get("recent_files"):
        window.settings.set("recent_files", recent)
    for number, (path, label) in enumerate(zip(recent, recent_labels(recent)), start=1):
        action = menu.addAction(f"&{number % 10}  {label.replace('&', '&&')}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(partial(window.open_recent, path))
    menu.setEnabled(bool(recent))


def open_rules_dialog(window) -> None:
    dialog = RulesDialog(window.rules, set(window.settings.get("disabled_rules")),
                         set(window.session.state.disabled_rules), window)
    if dialog.exec():
        window.set_rules(dialog.disabled_everywhere(), dialog.disabled_here())


def open_dictionary_dialog(window) -> None:
    dialog = DictionaryDialog(window.dictionary, window.dialogs, window)
    if dialog.exec():
        window.set_dictionary(dialog.words())


def open_roster_dialog(window) -> None:
    dialog = RosterDialog(window.roster, window.dialogs, window, window.document_officials)
    if dialog.exec():
        window.set_roster(dialog.people())


def open_shortcuts_dialog(window) -> None:
    from .shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window).exec()


def open_template_dialog(window) -> None:
    from .templates_dialog import TemplateDialog

    dialog = TemplateDialog(window)
    if dialog.exec() and dialog.chosen() is not None:
        window.new_from_template(dialog.chosen())
