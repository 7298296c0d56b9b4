"""The editor's writes: core/atomic.py's atomic replace (temp file beside the target, the
target's mode or the umask's), plus what only saving a document needs: a read-only file
refused, a backup kept, bytes written and synced."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from ..core.atomic import write_atomic

__all__ = ["write_atomic"]  # re-exported: the editor's modules write through this one module

BACKUP_SUFFIX = ".bak"


class ReadOnlyFile(PermissionError):
    """The file to be replaced is marked read-only (no write permission for anyone; Windows'
    read-only attribute reads the same): a replace beside it would overwrite it all the same on
    Linux and macOS, so a document someone locked is refused instead."""


def refuse_read_only(path: Path) -> None:
    """Raise ReadOnlyFile when ``path`` exists and nobody may write it."""
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return  # a new file, or one that vanished: the write itself says what went wrong
    if not mode & 0o222:
        raise ReadOnlyFile(errno.EACCES, "read-only file", str(path))


def write_bytes_atomic(path: Path, data: bytes, private: bool = False) -> None:
    def _write(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    write_atomic(path, _write, private)


def backup_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + BACKUP_SUFFIX)


def keep_backup(path: Path) -> Path | None:
    """Copy the current ``path`` to ``path.bak`` (atomically, same mode); None if there is no file."""
    path = Path(path)
    if not path.is_file():
        return None
    target = backup_path(path)
    write_atomic(target, lambda tmp: shutil.copyfile(path, tmp), mode_of=path)
    return target
