"""Analysis off the UI thread: debounce, snapshot, one job in flight, stale results dropped.

The editor bumps ``revision`` on every edit; ~300 ms after typing stops the controller
takes a plain-string snapshot and runs the document's one Analyzer on a private
one-thread executor. A result is published only if its revision is still current; otherwise
the latest text is analysed next (the Analyzer's paragraph cache makes that cheap).
The Analyzer is not thread-safe, so there is never more than one job.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.engine import Analysis, Analyzer

log = logging.getLogger(__name__)

AnalyzerFactory = Callable[[], Analyzer]


class AnalysisController(QObject):
    """Owns the document's Analyzer and publishes current analyses on the GUI thread."""

    analysis_ready = Signal(object)  # Analysis for the current revision
    analysis_failed = Signal(str)
    busy_changed = Signal(bool)
    _job_done = Signal(int)  # revision; the result itself waits in self._results

    def __init__(self, get_text: Callable[[], str], parent: QObject | None = None,
                 debounce_ms: int = 300, analyzer_factory: AnalyzerFactory = Analyzer):
        super().__init__(parent)
        self._get_text = get_text
        self._factory = analyzer_factory
        self._analyzer = analyzer_factory()
        self._disabled: frozenset[str] = frozenset()
        self._user_words: frozenset[str] = frozenset()
        self._roster: tuple = ()
        self._revision = 0
        self._in_flight = False
        self._latest: Analysis | None = None
        self._waiters: list[Callable[[Analysis], None]] = []
        self.last_seconds = 0.0
        # One worker thread = at most one job in flight (the Analyzer is not thread-safe).
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_if_idle)
        self._job_done.connect(self._on_job_done)
        # Results cross threads through a plain locked dict, not as signal arguments:
        # only an int travels through Qt's queued connection.
        self._results: dict[int, tuple[Analysis | None, str, float]] = {}
        self._results_lock = threading.Lock()
        self._closed = False
        self._busy = False

    # -- state -------------------------------------------------------------------------
    @property
    def revision(self) -> int:
        return self._revision

    @property
    def latest(self) -> Analysis | None:
        """The newest published analysis (may be older than the text while typing)."""
        return self._latest

    def is_current(self) -> bool:
        return self._latest is not None and self._latest.revision == self._revision

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def set_debounce(self, msec: int) -> None:
        self._timer.setInterval(max(0, int(msec)))

    # -- inputs ------------------------------------------------------------------------
    def text_changed(self) -> None:
        """The text was edited: outdate the current analysis and restart the debounce."""
        self._revision += 1
        if not self._closed:
            self._timer.start()
            self._set_busy(True)

    def request_now(self) -> None:
        """Analyse without waiting for the debounce (file opened, fix applied, rules changed)."""
        self._timer.stop()
        self._set_busy(True)
        self._start_if_idle()

    def set_disabled(self, codes: frozenset[str]) -> None:
        """Switch rules off/on; the next job uses the new set and older results are dropped."""
        if codes == self._disabled:
            return
        self._disabled = frozenset(codes)
        self._revision += 1
        self.request_now()

    def set_user_words(self, words: frozenset[str]) -> None:
        """The personal dictionary changed: analyse again with it."""
        if words == self._user_words:
            return
        self._user_words = frozenset(words)
        self._revision += 1
        self.request_now()

    def set_roster(self, roster: tuple) -> None:
        """The Danh bạ cán bộ changed: analyse again with it."""
        if tuple(roster) == self._roster:
            return
        self._roster = tuple(roster)
        self._revision += 1
        self.request_now()

    def reset(self, disabled: frozenset[str] | None = None) -> None:
        """A different document: a fresh Analyzer (fresh cache) and nothing published."""
        if disabled is not None:
            self._disabled = frozenset(disabled)
        self._analyzer = self._factory()
        self._latest = None
        self._revision += 1
        self.request_now()

    def when_current(self, callback: Callable[[Analysis], None]) -> None:
        """Call ``callback`` with an analysis of the current text, now or once it exists."""
        if self.is_current():
            callback(self._latest)
            return
        self._waiters.append(callback)
        if not self._timer.isActive():
            self.request_now()

    def shutdown(self) -> None:
        """Stop timers and wait for the job in flight (closing the window)."""
        self._closed = True
        self._timer.stop()
        self._waiters.clear()
        self._pool.shutdown(wait=True)

    # -- the job -----------------------------------------------------------------------
    def _start_if_idle(self) -> None:
        if self._in_flight or self._closed:
            return
        text = self._get_text()
        revision = self._revision
        analyzer = self._analyzer
        analyzer.disabled = self._disabled  # safe: no job is using it now
        analyzer.user_words = self._user_words
        analyzer.roster = self._roster
        self._in_flight = True
        done, results, lock = self._job_done, self._results, self._results_lock

        def job() -> None:
            started = time.perf_counter()
            try:
                result, error = analyzer.analyze(text, revision=revision), ""
                result.structure.genre  # noqa: B018 - the document model is built here, not on the UI thread
            except Exception:  # noqa: BLE001 - an engine bug must not kill the editor
                result, error = None, traceback.format_exc()
            with lock:
                results[revision] = (result, error, time.perf_counter() - started)
            try:
                done.emit(revision)
            except RuntimeError:  # the window went away while we worked
                pass

        self._pool.submit(job)

    def _on_job_done(self, revision: int) -> None:
        with self._results_lock:
            result, error, seconds = self._results.pop(revision, (None, "lost result", 0.0))
        self._in_flight = False
        self.last_seconds = seconds
        if self._closed:
            return
        if revision != self._revision:
            if not self._timer.isActive():
                self._start_if_idle()  # outdated: analyse the newest text right away
            return
        self._set_busy(False)
        if result is None:
            log.error("analysis failed:\n%s", error)
            self._waiters.clear()  # nothing to give them; the window reports the error
            self.analysis_failed.emit(error.strip().splitlines()[-1] if error else "")
            return
        self._latest = result
        self.analysis_ready.emit(result)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback(result)
