"""Trợ giúp › Phím tắt: every keyboard shortcut the window defines, read from its menus' actions
(and from the shortcuts outside the menus that say what they do), so the list cannot drift from
what the keys actually do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from . import i18n

NATIVE = QKeySequence.SequenceFormat.NativeText


def plain(label: str) -> str:
    """A menu label as read: no Alt-letter marks ("&Lưu" → "Lưu", "&&" → "&")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(sequences) -> str:
    return ", ".join(s.toString(NATIVE) for s in sequences if not s.isEmpty())


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(group, command, keys) for each action with a shortcut, menu by menu in menu order, then the
    window's other shortcuts that carry a description (their what's-this text)."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), group)
            elif keys_text(action.shortcuts()):
                rows.append((group, plain(action.text()), keys_text(action.shortcuts())))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.menu().title()))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and keys_text([shortcut.key()]):
            rows.append((i18n.tr("Khác"), shortcut.whatsThis(), keys_text([shortcut.key()])))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column list, grouped by menu."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(i18n.tr("Phím tắt"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([i18n.tr("Lệnh"), i18n.tr("Phím")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)  # a list to read, nothing to pick
        groups: dict[str, QTreeWidgetItem] = {}
        for group, command, keys in shortcut_rows(window):
            if group not in groups:
                groups[group] = QTreeWidgetItem([group, ""])
                font = groups[group].font(0)
                font.setBold(True)
                groups[group].setFont(0, font)
                groups[group].setFirstColumnSpanned(True)
                self.tree.addTopLevelItem(groups[group])
            QTreeWidgetItem(groups[group], [command, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(i18n.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        # Tall enough for the whole list on a 768-pixel screen, wide enough for the longest command.
        rows = self.tree.topLevelItemCount() + sum(g.childCount() for g in groups.values())
        line = self.tree.sizeHintForRow(0) if rows else self.tree.fontMetrics().lineSpacing()
        screen = window.screen().availableGeometry() if window.screen() else None
        chrome = self.tree.header().sizeHint().height() + buttons.sizeHint().height() + 40
        height = min(line * rows + chrome, int(screen.height() * 0.85) if screen else 700)
        width = max(self.tree.sizeHintForColumn(0) + self.tree.sizeHintForColumn(1) + 80, 420)
        self.resize(width, height)
        # The list is only read (it scrolls with the wheel): the focus, and its frame on the first row, go to "Đóng",
        # so Enter and Esc both close.
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus(Qt.FocusReason.OtherFocusReason)
