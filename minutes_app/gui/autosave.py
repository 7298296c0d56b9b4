"""Autosave of the working text, and recovery after a crash or a kill.

Every few seconds of idle after an edit, the text goes to <user data>/autosave/<session>.json.
A running session holds a QLockFile beside it; at the next start, an autosave whose lock is
stale (its process is gone) is offered for recovery. A normal save or close removes it.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile, QObject, QTimer

from . import paths
from .atomic import write_bytes_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    """An autosave left behind by a session that did not end normally."""

    file: Path
    text: str
    path: str | None  # the document's own file, if it had one
    saved_at: float

    def discard(self) -> None:
        for target in (self.file, self.file.with_suffix(".lock")):
            try:
                target.unlink()
            except OSError:
                pass


class Autosaver(QObject):
    """Writes snapshots on idle; ``snapshot()`` returns (text, path) or None if clean."""

    def __init__(self, snapshot: Callable[[], tuple[str, str | None] | None],
                 parent: QObject | None = None, idle_seconds: float = 5, directory: Path | None = None):
        super().__init__(parent)
        self.directory = Path(directory) if directory else paths.autosave_dir()
        self.session = uuid.uuid4().hex
        self.file = self.directory / f"{self.session}.json"
        self._snapshot = snapshot
        self._lock = QLockFile(str(self.file.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # a long editing session is not a stale one
        if not self._lock.tryLock(0):
            log.warning("could not lock autosave session %s", self.session)
        lock = self._lock
        # Release the lock when the C++ object dies even if Python keeps the wrapper.
        self.destroyed.connect(lambda *_: lock.unlock())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(idle_seconds * 1000))
        self._timer.timeout.connect(self.save_now)

    def notify_changed(self) -> None:
        """An edit happened: save once the user pauses."""
        self._timer.start()

    def save_now(self) -> bool:
        """Write the snapshot now (or remove the autosave if the document is clean)."""
        self._timer.stop()
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return False
        text, path = snapshot
        data = {"version": 1, "text": text, "path": path, "saved_at": time.time()}
        try:
            write_bytes_atomic(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except OSError as err:
            log.warning("autosave failed: %s", err)
            return False
        return True

    def discard(self) -> None:
        """The document was saved or deliberately closed: no recovery needed."""
        self._timer.stop()
        try:
            self.file.unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            log.warning("could not remove autosave: %s", err)

    def close(self) -> None:
        """Normal end of session."""
        self.discard()
        self._lock.unlock()


def find_recoveries(directory: Path | None = None) -> list[Recovery]:
    """Autosaves of sessions that are no longer running, newest first."""
    directory = Path(directory) if directory else paths.autosave_dir()
    found = []
    for lock_file in directory.glob("*.lock"):  # locks of dead sessions that never autosaved
        if not lock_file.with_suffix(".json").exists():
            lock = QLockFile(str(lock_file))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                lock.unlock()
    for file in directory.glob("*.json"):
        lock = QLockFile(str(file.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0):  # a live session (another window or process) owns it
            continue
        lock.unlock()
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            text = data["text"]
            if not isinstance(text, str):
                raise ValueError("text")
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("unreadable autosave %s: %s", file.name, err)
            continue
        found.append(Recovery(file, text, data.get("path"), float(data.get("saved_at", 0))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
