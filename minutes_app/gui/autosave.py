"""Autosave of the working text (the journal), and recovery after a crash or a kill.

The journal is written at most ``interval`` seconds after the first unsaved change and again
every ``interval`` seconds while typing goes on: the timer is started by the first change
and never restarted by later ones (a restarted timer is a debounce, which never fires while
a clerk types steadily). The text is snapshotted on the UI thread (a Python str, immutable)
and encoded and written by one worker thread, so a long report never stalls typing; the
worker applies writes and removals in order, and a newer snapshot replaces one still queued.

Each session's journal is <user data>/autosave/<session>.json, with a QLockFile beside it;
at the next start, a journal whose lock is stale (its process is gone) is recoverable. A
recovery stays on disk until the user explicitly discards it or it is restored and saved.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile, QObject, QTimer

from . import paths
from .atomic import write_bytes_atomic

log = logging.getLogger(__name__)

MAX_INTERVAL_SECONDS = 5  # the bound on what a kill may cost


@dataclass(frozen=True)
class Recovery:
    """A journal left behind by a session that did not end normally."""

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


class JournalWriter:
    """One daemon thread that writes or removes the journal file, in request order.

    Only the newest request waits: a snapshot queued behind a slow disk is superseded by a
    fresher one, and a removal supersedes a pending write (the document was saved).
    """

    def __init__(self, file: Path):
        self.file = file
        self._condition = threading.Condition()
        self._pending: tuple[str, dict | None] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None
        self.writes = 0  # journals written (tests and the status bar read it)
        self.last_error: OSError | None = None

    def submit_write(self, data: dict) -> None:
        self._submit(("write", data))

    def submit_remove(self) -> None:
        self._submit(("remove", None))

    def _submit(self, request: tuple[str, dict | None]) -> None:
        with self._condition:
            self._pending = request
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="journal-writer", daemon=True)
                self._thread.start()
            self._condition.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every request so far is on disk; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._pending is not None or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._condition.wait(left)
        return True

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._pending is None:
                    self._condition.wait()
                kind, data = self._pending
                self._pending = None
                self._busy = True
            try:
                if kind == "write":
                    write_bytes_atomic(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"), private=True)
                    self.writes += 1
                else:
                    self.file.unlink(missing_ok=True)
                self.last_error = None
            except OSError as err:
                self.last_error = err
                log.warning("autosave %s failed: %s", kind, err)
            finally:
                with self._condition:
                    self._busy = False
                    self._condition.notify_all()


class Autosaver(QObject):
    """Journals snapshots; ``snapshot()`` returns (text, path) or None if the document is clean."""

    def __init__(self, snapshot: Callable[[], tuple[str, str | None] | None],
                 parent: QObject | None = None, interval_seconds: float = 3, directory: Path | None = None):
        super().__init__(parent)
        self.directory = Path(directory) if directory else paths.autosave_dir()
        self.session = uuid.uuid4().hex
        self.file = self.directory / f"{self.session}.json"
        self._snapshot = snapshot
        self._writer = JournalWriter(self.file)
        self._lock = QLockFile(str(self.file.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # a long editing session is not a stale one
        if not self._lock.tryLock(0):
            log.warning("could not lock autosave session %s", self.session)
        lock = self._lock
        # Release the lock when the C++ object dies even if Python keeps the wrapper.
        self.destroyed.connect(lambda *_: lock.unlock())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self.set_interval(interval_seconds)

    @property
    def writes(self) -> int:
        return self._writer.writes

    def set_interval(self, seconds: float) -> None:
        """At most ``seconds`` (clamped to 0.2–5) between an unsaved change and its journal."""
        seconds = min(MAX_INTERVAL_SECONDS, max(0.2, float(seconds)))
        self._timer.setInterval(int(seconds * 1000))

    def interval_ms(self) -> int:
        return self._timer.interval()

    def notify_changed(self) -> None:
        """An edit happened: make sure a journal follows within the interval (never later)."""
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> bool:
        """Snapshot now and hand it to the writer (or remove the journal if the document is clean)."""
        self._timer.stop()
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return False
        text, path = snapshot
        self._writer.submit_write({"version": 1, "text": text, "path": path, "saved_at": time.time()})
        return True

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait for the writer (tests, and before the journal's file is looked at)."""
        return self._writer.flush(timeout)

    def discard(self) -> None:
        """The document was saved or deliberately closed: no recovery needed."""
        self._timer.stop()
        self._writer.submit_remove()

    def close(self) -> None:
        """Normal end of session: the journal is removed before the lock is released."""
        self.discard()
        self._writer.flush()
        self._lock.unlock()


def find_recoveries(directory: Path | None = None) -> list[Recovery]:
    """Journals of sessions that are no longer running, newest first."""
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
