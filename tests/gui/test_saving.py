"""Saving the user's report: the file's mode is kept, a .bak of the previous version is left,
and a read-only or vanished folder gets a Vietnamese reason with "Lưu thành…" as the way out."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile

import pytest

from minutes_app.gui import os_errors

from .conftest import SEED_001, type_text


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    old = os.umask(0o022)
    os.umask(old)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_save_keeps_the_mode_and_leaves_a_backup(qtbot, window, tmp_path):
    path = tmp_path / "bien_ban.txt"
    shutil.copy(SEED_001, path)
    path.chmod(0o640)
    before = path.read_bytes()
    assert window.open_path(path)
    type_text(window.editor, "Thêm. ")
    assert window.save()
    assert _mode(path) == 0o640
    assert (tmp_path / "bien_ban.txt.bak").read_bytes() == before
    assert _mode(tmp_path / "bien_ban.txt.bak") == 0o640
    assert path.read_text(encoding="utf-8-sig").startswith("Thêm. ")


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_new_file_gets_the_umask_mode_not_the_temp_files(qtbot, window, tmp_path, umask, mask, expected, suffix):
    umask(mask)
    type_text(window.editor, "Biên bản mới")
    target = tmp_path / f"moi{suffix}"
    assert window.save_as(target)
    assert _mode(target) == expected
    assert not (tmp_path / f"moi{suffix}.bak").exists()  # nothing was replaced


def test_vanished_folder_says_why_and_offers_save_as(qtbot, window, dialogs, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "bao_cao.txt"
    shutil.copy(SEED_001, path)
    assert window.open_path(path)
    type_text(window.editor, "Sửa. ")
    shutil.rmtree(folder)  # the USB stick was pulled
    elsewhere = tmp_path / "bao_cao (ban sao).txt"
    dialogs.next_save = elsewhere
    assert window.save()
    failed = [c for c in dialogs.calls if c[0] == "save_failed"]
    assert failed and "Thư mục không còn nữa" in failed[0][2] and "Lưu thành…" in failed[0][2]
    assert elsewhere.read_text(encoding="utf-8-sig").startswith("Sửa. ")
    assert window.session.path == elsewhere.resolve()
    assert not window.editor.document().isModified()


def test_read_only_folder_message_and_cancel_keeps_the_text(qtbot, window, dialogs, tmp_path, monkeypatch):
    """Root ignores directory modes, so the read-only file system is simulated where it is met."""
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    type_text(window.editor, "Không được mất")
    assert window.save_as(tmp_path / "x.txt") is False
    reason = [c for c in dialogs.calls if c[0] == "save_failed"][0][2]
    assert reason == "Thư mục chỉ đọc — hãy chọn “Lưu thành…” vào thư mục khác."
    assert "Read-only" not in reason
    assert window.editor.document().isModified()
    assert window.editor.text() == "Không được mất"


@pytest.mark.parametrize("error, words", [
    (PermissionError(errno.EACCES, "Permission denied"), "Không có quyền ghi"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "Thư mục không còn nữa"),
    (OSError(errno.ENOSPC, "No space left on device"), "Ổ đĩa đã đầy"),
    (OSError(errno.ENAMETOOLONG, "File name too long"), "quá dài"),
    (OSError(errno.ENOTRECOVERABLE, "State not recoverable"), "Lỗi hệ thống (State not recoverable)"),
])
def test_os_errors_in_vietnamese_with_a_next_step(error, words):
    text = os_errors.reason(error)
    assert words in text and "—" in text


def test_unreadable_file_says_why_in_vietnamese(qtbot, window, dialogs, tmp_path, monkeypatch):
    """An OS error while opening is told with the way out, not the OS's English text.

    Root reads any file, so the loader's failure is simulated as it reports one: a LoadError
    caused by the OSError."""
    from minutes_app.core.loading import LoadError
    from minutes_app.gui import file_actions

    def denied(path, allow_empty=False):
        try:
            raise PermissionError(errno.EACCES, "Permission denied")
        except OSError as err:
            raise LoadError(f"Không đọc được tệp: {err.strerror}.") from err

    monkeypatch.setattr(file_actions, "load_file", denied)
    assert not window.open_path(tmp_path / "bi_khoa.txt")
    message = [c for c in dialogs.calls if c[0] == "error"][0][2]
    assert "Không có quyền đọc tệp này" in message and "Permission denied" not in message
