"""Every modal question the window asks, in one injectable object.

Tests replace it with a fake that answers instantly (modal dialogs would block the test
run); the real one uses QMessageBox and QFileDialog with Vietnamese or English labels.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QMimeDatabase, Qt, QUrl
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QStyle,
    QTreeView,
    QWidget,
)

from . import i18n

# .doc is listed though it cannot be read: a clerk whose report is a .doc must see it, pick it
# and be told how to save it as .docx (load_file), not find the folder empty.
OPEN_FILTER = "Văn bản (*.txt *.docx *.doc);;Tệp văn bản (*.txt);;Tài liệu Word (*.docx *.doc);;Mọi tệp (*)"
SAVE_FILTER = "Tài liệu Word (*.docx);;Tệp văn bản (*.txt)"
DOCX_FILTER = "Tài liệu Word (*.docx)"
TABLE_FILTER = "Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)"


def ok_cancel_buttons(dialog) -> QDialogButtonBox:
    """“Đồng ý” / “Hủy” wired to accept and reject: the buttons of every small dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(i18n.tr("Đồng ý"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(i18n.tr("Hủy"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _widen(box: QMessageBox) -> None:
    """At least ~26 characters' width, so a reason with its next step does not wrap after
    every few words. Done with an empty row under the text: a minimum width set on the
    labels themselves makes QMessageBox stop wrapping them, and the end of a long message
    was then cut off."""
    layout = box.layout()
    width = box.fontMetrics().averageCharWidth() * 60
    layout.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed),
                   layout.rowCount(), 0, 1, layout.columnCount())


# Windows (and macOS) keep the system's own file dialog, which clerks know. Elsewhere Qt's own is used, sized and
# made safe below: the one a bare X session gave was 632 pixels wide and hung for good in /proc.
NATIVE_FILE_DIALOG = sys.platform in ("win32", "darwin")
FILE_DIALOG_SIZE = (960, 620)  # at most; never more than 85 % of the screen


class SafeIconProvider(QFileIconProvider):
    """A file's icon and type from its name only. Qt's own provider reads the start of a file whose name does not
    say its type, on the interface's thread: in /proc that read never returned and the editor froze (gdb: read()
    under QMimeDatabase::mimeTypeForFile under QFileIconProvider::icon)."""

    def __init__(self, style: QStyle):
        super().__init__()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._mime = QMimeDatabase()

    def icon(self, which):  # noqa: D401 - Qt override, called with an IconType or a QFileInfo
        if isinstance(which, QFileIconProvider.IconType):
            return super().icon(which)
        return self._folder if which.isDir() else self._file

    def type(self, info) -> str:  # noqa: A003 - Qt override
        if info.isDir():
            return i18n.tr("Thư mục")
        return self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


def _file_dialog(parent: QWidget | None, title: str, directory: str, filters: str, selected: str = "",
                 save: bool = False) -> tuple[str, str]:
    """(chosen path or "", chosen filter): the system's dialog where NATIVE_FILE_DIALOG, else Qt's own one."""
    if NATIVE_FILE_DIALOG:
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        return ask(parent, title, directory, filters, selected)
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setObjectName("file_dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(SafeIconProvider(dialog.style()))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if selected:
        dialog.selectNameFilter(selected)
    places = [Path.home(), platformdirs.user_documents_path(), platformdirs.user_desktop_path(),
              platformdirs.user_downloads_path()]
    places = [p for p in dict.fromkeys(places) if p.is_dir()]
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(p)) for p in places])
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    dialog.resize(min(FILE_DIALOG_SIZE[0], int(screen.width() * 0.85)),
                  min(FILE_DIALOG_SIZE[1], int(screen.height() * 0.85)))
    _fit_columns(dialog, [p.name for p in places])
    if not dialog.exec() or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def _fit_columns(dialog: QFileDialog, places: list[str]) -> None:
    """Room for what the columns say: Qt's defaults cut "Kích thước" and the type ("tài … thô") while the name
    column kept half the width, and the places on the left read "Docun"."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        metrics = view.fontMetrics()
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pad = 3 * metrics.averageCharWidth()
        for column, samples in ((1, ("1.023,9 KiB",)), (2, ("tài liệu văn bản thô",)), (3, ("31/12/26 23:59",))):
            label = str(view.model().headerData(column, Qt.Orientation.Horizontal)) if view.model() else ""
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in (*samples, label)) + pad)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None and splitter.count() == 2:
        side = max((dialog.fontMetrics().horizontalAdvance(name) for name in places), default=80) + 56  # + icon
        splitter.setSizes([side, max(1, dialog.width() - side)])


class Dialogs:
    """Real dialogs. Each method returns the user's answer."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def _box(self, icon, title: str, text: str, buttons, default) -> QMessageBox.StandardButton:
        box = QMessageBox(icon, i18n.tr(title), text, buttons, self.parent)
        _widen(box)
        box.setDefaultButton(default)
        labels = {
            QMessageBox.StandardButton.Save: "Lưu", QMessageBox.StandardButton.Discard: "Không lưu",
            QMessageBox.StandardButton.Cancel: "Hủy", QMessageBox.StandardButton.Yes: "Có",
            QMessageBox.StandardButton.No: "Không", QMessageBox.StandardButton.Ok: "Đồng ý",
        }
        for standard, label in labels.items():
            button = box.button(standard)
            if button is not None:
                button.setText(i18n.tr(label))
        return QMessageBox.StandardButton(box.exec())

    SAVE_QUESTIONS = {
        "close": "“{}” có thay đổi chưa lưu. Lưu lại trước khi đóng?",
        "open": "“{}” có thay đổi chưa lưu. Lưu lại trước khi mở tệp khác?",
        "new": "“{}” có thay đổi chưa lưu. Lưu lại trước khi tạo văn bản mới?",
        "recover": "“{}” có thay đổi chưa lưu. Lưu lại trước khi mở bản khôi phục?",
    }

    def ask_save_changes(self, name: str, reason: str = "close") -> str:
        """'save', 'discard' or 'cancel' for unsaved changes in ``name`` before ``reason``."""
        B = QMessageBox.StandardButton
        answer = self._box(QMessageBox.Icon.Warning, "Văn bản chưa lưu",
                           i18n.tr(self.SAVE_QUESTIONS.get(reason, self.SAVE_QUESTIONS["close"]), name),
                           B.Save | B.Discard | B.Cancel, B.Save)
        return {B.Save: "save", B.Discard: "discard"}.get(answer, "cancel")

    def ask_restore(self, name: str, saved_at: float) -> str:
        """'restore', 'discard' (explicitly) or 'later' (Esc, closing the box: the journal is kept)."""
        when = time.strftime("%H:%M %d/%m/%Y", time.localtime(saved_at))
        # One short sentence a line: a long line is clipped where no window manager sizes the box.
        text = i18n.tr("Lần trước chương trình đóng bất thường.\nCó bản tự động lưu của “{}” lúc {}.\n"
                       "Khôi phục bản này?", name, when)
        box = QMessageBox(QMessageBox.Icon.Question, i18n.tr("Khôi phục văn bản"), text,
                          QMessageBox.StandardButton.NoButton, self.parent)
        _widen(box)
        box.setInformativeText(i18n.tr("“Để sau” giữ bản này, mở lại được bằng Tệp › Khôi phục…"))
        restore = box.addButton(i18n.tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_button")
        discard = box.addButton(i18n.tr("Bỏ bản này"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard_button")
        later = box.addButton(i18n.tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("later_button")
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        while True:
            box.exec()
            clicked = box.clickedButton()
            if clicked is restore:
                return "restore"
            if clicked is not discard:
                return "later"
            # The journal may hold the only copy of an afternoon's typing: one click must not delete it.
            if self.confirm_discard_recovery():
                return "discard"

    def confirm_discard_recovery(self) -> bool:
        """The second question before an autosaved draft is deleted for good (No is the default)."""
        B = QMessageBox.StandardButton
        return self._box(QMessageBox.Icon.Warning, "Xóa bản tự động lưu",
                         i18n.tr("Xóa hẳn bản tự động lưu này? Không thể lấy lại."), B.Yes | B.No, B.No) == B.Yes

    def choose_recovery(self, recoveries: list) -> object | None:
        """Tệp › Khôi phục…: the Recovery to open, or None."""
        from .recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(recoveries, self.parent)
        return dialog.chosen if dialog.exec() else None

    def confirm_unfilled(self, count: int) -> bool:
        """Asked before exporting a drafted document that still has «…» fields."""
        B = QMessageBox.StandardButton
        text = i18n.tr("Văn bản còn {} ô «…» chưa điền. Vẫn xuất?", count)
        return self._box(QMessageBox.Icon.Question, "Xuất theo thể thức HD 36", text, B.Yes | B.No, B.No) == B.Yes

    def confirm_format_losses(self, name: str, losses: list[str]) -> bool:
        """Asked before every save that would drop something of a Word original."""
        B = QMessageBox.StandardButton
        text = i18n.tr("Lưu “{}” sẽ không giữ được:", name) + "\n• " + "\n• ".join(losses) + "\n\n" + \
            i18n.tr("Vẫn lưu?")
        return self._box(QMessageBox.Icon.Warning, "Lưu tệp Word", text, B.Yes | B.No, B.No) == B.Yes

    def save_failed(self, name: str, reason: str) -> bool:
        """The file could not be written: True when the user picks "Lưu thành…" (elsewhere)."""
        box = QMessageBox(QMessageBox.Icon.Critical, i18n.tr("Không lưu được tệp"),
                          i18n.tr("Không ghi được “{}”.", name), QMessageBox.StandardButton.NoButton, self.parent)
        _widen(box)
        box.setInformativeText(reason)
        save_as = box.addButton(i18n.tr("Lưu thành…"), QMessageBox.ButtonRole.AcceptRole)
        save_as.setObjectName("save_as_button")
        close = box.addButton(i18n.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.setEscapeButton(close)
        box.exec()
        return box.clickedButton() is save_as

    def error(self, title: str, text: str) -> None:
        B = QMessageBox.StandardButton
        self._box(QMessageBox.Icon.Critical, title, text, B.Ok, B.Ok)

    def info(self, title: str, text: str) -> None:
        B = QMessageBox.StandardButton
        self._box(QMessageBox.Icon.Information, title, text, B.Ok, B.Ok)

    def about(self) -> None:
        from .about import AboutDialog  # built only when asked for

        AboutDialog(self.parent).exec()

    def open_path(self, directory: str) -> Path | None:
        name, _ = _file_dialog(self.parent, i18n.tr("Mở văn bản"), directory, i18n.tr(OPEN_FILTER))
        return Path(name) if name else None

    def open_table_path(self, directory: str) -> Path | None:
        """A roster to import (Danh bạ cán bộ): .xlsx or .csv."""
        name, _ = _file_dialog(self.parent, i18n.tr("Nhập danh bạ"), directory,
                               i18n.tr("Bảng tính (*.xlsx *.csv);;Mọi tệp (*)"))
        return Path(name) if name else None

    def save_table_path(self, suggested: str) -> Path | None:
        name, chosen = _file_dialog(self.parent, i18n.tr("Xuất danh bạ"), suggested, i18n.tr(TABLE_FILTER), save=True)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv" if "*.csv" in chosen else ".xlsx")

    def save_path(self, suggested: str, docx_only: bool = False, title: str = "Lưu thành") -> Path | None:
        """Where to write; ``title`` names the action (Lưu thành, Xuất bản tóm tắt…)."""
        filters = i18n.tr(DOCX_FILTER if docx_only else SAVE_FILTER)
        selected = i18n.tr("Tệp văn bản (*.txt)") if suggested.lower().endswith(".txt") else ""
        name, chosen = _file_dialog(self.parent, i18n.tr(title), suggested, filters, selected, save=True)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt" if "*.txt" in chosen and not docx_only else ".docx")
        return path
