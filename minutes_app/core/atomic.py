"""Atomic file writes: a temp file beside the target, then os.replace.

A crash or a full disk mid-write must never leave the user's report half written. The temp
file is created 0600 by mkstemp; before the replace it gets the mode the target already had,
or for a new file the mode any program would give it (0666 less the umask), so a report
saved or exported into a shared folder stays readable by colleagues. Qt-free: the editor
(gui/atomic.py), the exporters and the personal dictionary write through it.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Callable


def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux /proc)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
        found = re.search(r"^Umask:\s*([0-7]+)", status, re.MULTILINE)
        if found:
            return int(found.group(1), 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # elsewhere the only portable way is to set it and put it back
    os.umask(mask)
    return mask


def write_atomic(path: Path, write: Callable[[Path], None], private: bool = False,
                 mode_of: Path | None = None) -> None:
    """Call ``write(tmp_path)`` and move the result over ``path`` in one step.

    ``private`` keeps a new file 0600 (journals and settings hold the user's text); a file
    that exists keeps its own mode either way; ``mode_of`` takes the mode from another file
    (a backup is as private as its original).
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        try:
            mode = (mode_of or path).stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o600 if private else 0o666 & ~current_umask()
        try:
            os.chmod(tmp, mode)
        except OSError:  # a file system without modes (FAT, some shares): nothing to keep
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
