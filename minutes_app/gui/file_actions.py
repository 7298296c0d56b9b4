"""File handling for the main window: new, open, save, recent files, export, recovery.

Nothing here ever loses the user's text: a failed open leaves the current document as it
was, a failed save keeps it modified, and unsaved changes are asked about before anything
replaces them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..core.engine import Analysis
from ..core.loading import LoadError, load_file
from . import i18n, memory, os_errors, paths
from .autosave import Recovery, find_recoveries
from .doc_state import DocState, content_hash, load_state, save_state
from .docx_save import format_losses, write_document
from .files import DEFAULT_TEXT_FORMAT, DOCX_SUFFIXES, sniff_text_format
from .legacy_bar import tracked_changes_note
from .offsets import OffsetMap
from .session import DocumentSession

log = logging.getLogger(__name__)


class FileActionsMixin:
    """Mixed into MainWindow; uses its editor, controller, autosaver, settings, dialogs."""

    # -- opening -----------------------------------------------------------------------
    def new_document(self) -> bool:
        if not self.maybe_save("new"):
            return False
        self._replace_document("", DocumentSession())
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save("open"):
            return False
        path = self.dialogs.open_path(self._start_dir())
        return self.open_path(path, ask=False) if path else False

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open ``path``; on a LoadError show why and keep the current document untouched."""
        if ask and not self.maybe_save("open"):
            return False
        try:
            loaded = load_file(path, allow_empty=True)  # an empty .txt is a page to start on
        except LoadError as err:
            cause = err.__cause__
            message = (i18n.tr("Không mở được “{}”: {}", Path(path).name, os_errors.reason(cause, reading=True))
                       if isinstance(cause, OSError) and cause.errno in os_errors.READ_REASONS else str(err))
            self.dialogs.error("Không mở được tệp", message)
            return False
        path = Path(loaded.path).resolve()
        text_format = (DEFAULT_TEXT_FORMAT if loaded.encoding == "docx"
                       else sniff_text_format(path, loaded.encoding))
        session = DocumentSession(path, loaded.encoding, text_format, load_state(path, loaded.text),
                                  content=content_hash(loaded.text))
        self._replace_document(loaded.text, session)
        self.legacy_bar.offer(loaded)
        self.status_tracked.setText(tracked_changes_note(loaded))
        self._add_recent(path)
        if not loaded.text.strip():
            self.statusBar().showMessage(i18n.tr("“{}” đang trống: hãy bắt đầu soạn.", path.name), 6000)
        return True

    def _replace_document(self, text: str, session: DocumentSession, modified: bool = False) -> None:
        self.session = session
        self.analysis = None
        self.status_tracked.setText("")
        self.editor.highlighter.forget()
        self.editor.set_text(text)
        self.editor.document().setModified(modified)
        self.ignore_stack.clear()  # another document: its ignores are not this one's to undo
        self.findings_panel.set_ignored_count(len(session.state.ignores))
        self.autosaver.discard()
        self.controller.reset(self._disabled_rules())
        self._refresh_marks()
        self.entities_panel.set_entities([])
        # The old document's outline and word count went too: on a 4 MB report the first result
        # comes 10–20 s later, and meanwhile “Tóm tắt” still showed the previous document and the
        # status bar its “1 từ” (seen under Xvfb, round 15).
        self.outline_panel.set_structure(None)
        self.status_words.setText("")
        self._update_title()
        memory.release()  # the old document's analyses are gone: so are the cycles they left

    def _on_files_dropped(self, files: list[str]) -> None:
        if files:
            self.open_path(files[0])

    def open_recent(self, path: str) -> bool:
        return self.open_path(path)

    def _start_dir(self) -> str:
        return paths.start_folder(self.settings.get("last_dir"), self.session.path)

    def _remember_folder(self, path: Path) -> None:
        """The folder a file was opened from, saved or exported to is where the next dialog starts."""
        if self.remember_window:  # a --screenshot run leaves the user's settings alone
            self.settings.set("last_dir", str(path.parent))

    def _add_recent(self, path: Path) -> None:
        if not self.remember_window:  # a --screenshot run leaves the user's settings alone
            return
        self.settings.add_recent(path)
        self._remember_folder(path)
        self.settings.save()
        self.rebuild_recent_menu()

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Ctrl+S. When saving would drop something of a Word original and the user declines,
        Save As is offered instead, so the original stays whole."""
        path = self.session.path
        if path is None:
            return self.save_as_dialog()
        return self.save_as(path, on_refusal=self.save_as_dialog)

    def save_as_dialog(self) -> bool:
        suggested = self.session.path or Path(self._start_dir()) / (i18n.tr("Văn bản mới") + ".docx")
        path = self.dialogs.save_path(str(suggested), title="Lưu thành")
        return self.save_as(path) if path else False

    def save_as(self, path: str | Path, on_refusal=None) -> bool:
        """Write the text to ``path`` (.txt or .docx, atomically) and make it the document's file.
        A Word original is written into, after the user accepts what it cannot keep."""
        path = Path(path).resolve()
        text = self.editor.text()
        source = self.session.path if self.session.from_word() else None
        losses = format_losses(source, path, text)
        if losses and not self.dialogs.confirm_format_losses(path.name, losses):
            return on_refusal() if on_refusal else False
        same_file = self.session.path is not None and path == self.session.path
        text_format = self.session.text_format if same_file and self.session.encoding != "docx" else DEFAULT_TEXT_FORMAT
        try:
            write_document(path, text, text_format, source)
        except OSError as err:
            log.warning("saving %s failed: %r", path, err)
            if self.dialogs.save_failed(path.name, os_errors.reason(err)):
                return self.save_as_dialog()
            return False
        except ValueError as err:  # e.g. a character the file's legacy encoding cannot hold
            self.dialogs.error("Không lưu được tệp", i18n.tr("Không ghi được “{}”: {}", path.name, err))
            return False
        # A file opened in an old single-byte code page is written back in Unicode (the code page
        # cannot hold every Vietnamese letter): said once, not done behind the clerk's back.
        upgraded = LEGACY_NAMES.get(self.session.encoding) if same_file else None
        if upgraded:
            self.session.encoding = "utf-8"
        if not same_file:
            self.session.path = path
            self.session.encoding = "docx" if path.suffix.lower() in DOCX_SUFFIXES else "utf-8"
            self.session.text_format = text_format
        self.session.content = content_hash(text)
        save_state(path, self.session.state, self.session.content)
        self.editor.document().setModified(False)
        self.autosaver.discard()
        self._add_recent(path)
        self._update_title()
        if upgraded:
            self.statusBar().showMessage(
                i18n.tr("Đã lưu {} bằng bảng mã Unicode (UTF-8); tệp gốc dùng bảng mã {}", path.name, upgraded), 10000)
        else:
            self.statusBar().showMessage(i18n.tr("Đã lưu {}", path.name), 4000)
        return True

    def maybe_save(self, reason: str = "close") -> bool:
        """Ask about unsaved changes before ``reason`` ("close", "open", "new", "recover")
        replaces them; False means the user cancelled."""
        if not self.editor.document().isModified():
            return True
        answer = self.dialogs.ask_save_changes(self.session.display_name(), reason)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- export ------------------------------------------------------------------------
    def export_summary(self) -> None:
        self._export("write_summary", "tóm tắt", "Xuất bản tóm tắt")

    def export_annotated(self) -> None:
        self._export("write_annotated", "có nhận xét", "Xuất bản có nhận xét")

    def _export(self, function: str, label: str, title: str) -> None:
        try:
            from .. import export as export_module

            writer = getattr(export_module, function)
        except (ImportError, AttributeError):
            self.dialogs.info("Xuất văn bản", i18n.tr("Chức năng xuất bản {} chưa có trong phiên bản này.", i18n.tr(label)))
            return
        stem = self.session.path.stem if self.session.path else i18n.tr("Văn bản mới")
        suggested = Path(self._start_dir()) / f"{stem} - {i18n.tr(label)}.docx"
        target = self.dialogs.save_path(str(suggested), docx_only=True, title=title)
        if target is None:
            return
        if target.suffix.lower() != ".docx":
            target = target.with_suffix(".docx")

        def write(analysis: Analysis) -> None:
            try:
                writer(self.visible_analysis(analysis), target, source=self.session.path)
            except OSError as err:
                self.dialogs.error("Xuất văn bản", i18n.tr("Không ghi được “{}”: {}", target.name,
                                                           os_errors.reason(err)))
                return
            except Exception as err:  # noqa: BLE001 - show, do not crash the editor
                log.exception("export failed")
                self.dialogs.error("Xuất văn bản", i18n.tr("Xuất văn bản không thành công: {}", err))
                return
            self._remember_folder(target)
            self.statusBar().showMessage(i18n.tr("Đã xuất {}", target.name), 5000)

        self.controller.when_current(write)

    # -- autosave and recovery ---------------------------------------------------------
    def _autosave_snapshot(self) -> tuple[str, str | None] | None:
        if not self.editor.document().isModified():
            return None
        return self.editor.text(), str(self.session.path) if self.session.path else None

    def offer_recovery(self) -> bool:
        """At start: offer the newest journal left by a session that did not end normally.

        Only an explicit "Bỏ bản này" deletes it; Esc, closing the question or "Để sau" keep
        it for the next start and for Tệp › Khôi phục….
        """
        recoveries = find_recoveries(self.autosaver.directory)
        if not recoveries:
            return False
        recovery = recoveries[0]
        answer = self.dialogs.ask_restore(self._recovery_name(recovery), recovery.saved_at)
        if answer == "discard":
            recovery.discard()
        if answer != "restore":
            return False
        return self.restore_recovery(recovery)

    def recover_dialog(self) -> bool:
        """Tệp › Khôi phục…: every recoverable journal, to open one or delete some."""
        recoveries = find_recoveries(self.autosaver.directory)
        if not recoveries:
            self.dialogs.info("Khôi phục", i18n.tr("Không có bản tự động lưu nào cần khôi phục."))
            return False
        chosen = self.dialogs.choose_recovery(recoveries)
        if chosen is None or not self.maybe_save("recover"):
            return False
        return self.restore_recovery(chosen)

    @staticmethod
    def _recovery_name(recovery: Recovery) -> str:
        return Path(recovery.path).name if recovery.path else i18n.tr("Văn bản mới")

    def restore_recovery(self, recovery: Recovery) -> bool:
        """Put the journal's text in the editor, modified, as the document it came from."""
        path = Path(recovery.path) if recovery.path else None
        session = DocumentSession()
        if path is not None:
            session.path = path
            session.encoding = "docx" if path.suffix.lower() in DOCX_SUFFIXES else "utf-8"
            session.state = load_state(path, recovery.text) if path.exists() else DocState()
            if path.exists() and session.encoding != "docx":
                # saved as the file was opened (cp1258 → UTF-8 with a BOM, UTF-16 stays UTF-16), not as UTF-8
                session.text_format = sniff_text_format(path, _encoding_on_disk(path))
        self._replace_document(recovery.text, session, modified=True)
        # Back where the clerk was typing when the session died, ready to go on.
        where = end_of_last_edit(recovery.text, _saved_text(path))
        self.editor.select_span(where, where, OffsetMap(recovery.text))
        self.editor.setFocus()
        self.autosaver.save_now()
        # The old journal goes only once this session's own copy is on disk.
        if self.autosaver.flush():
            recovery.discard()
        self.statusBar().showMessage(i18n.tr("Đã khôi phục “{}”.", self._recovery_name(recovery)), 8000)
        return True


def _saved_text(path: Path | None) -> str | None:
    """The file's text on disk, or None when there is none to read."""
    if path is None:
        return None
    try:
        return load_file(path, allow_empty=True).text
    except LoadError:
        return None


def end_of_last_edit(text: str, saved: str | None) -> int:
    """Where the newest typing most likely ended: after the last character that differs from
    the saved file (the end of the text for a document never saved).

    The unchanged start is taken first and the unchanged end only from what is left: a sentence typed after
    "… hội nghị." that itself ends in "hội nghị." shares its ending with the text after it, and the end alone put
    the cursor inside the new sentence, where the clerk's next words split it (Xvfb, round 20)."""
    if saved is None:
        return len(text)
    limit = min(len(text), len(saved))
    start = 0
    while start < limit and text[start] == saved[start]:
        start += 1
    same = 0
    limit -= start
    while same < limit and text[-1 - same] == saved[-1 - same]:
        same += 1
    return len(text) - same


LEGACY_NAMES = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


def _encoding_on_disk(path: Path) -> str:
    """The loader's encoding family of the text file at ``path`` ("utf-8", "utf-16", "cp1258"…)."""
    from ..core.loading import decode_text

    try:
        return decode_text(path.read_bytes(), path.name)[1]
    except (OSError, LoadError):
        return "utf-8"
