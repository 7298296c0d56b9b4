"""Editor responsiveness: the slowest keystroke on a 200k-character report, and the time
from the last keystroke to the new highlight on a 20k-character one.

Runs the real main window offscreen with settings in a temporary folder. A "keystroke"
is one key event plus the event processing it causes (layout, re-formatting the block,
painting the viewport), i.e. what the user waits for before the letter appears.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KEYSTROKES = 200


def corpus(target_chars: int) -> str:
    """The seeds repeated until ``target_chars``, every paragraph made unique (no cache hits)."""
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    copies, n = [], 0
    while sum(map(len, copies)) < target_chars:
        copies.append("\n".join(f"{line} (bản {n})" if line.strip() else line for line in seeds.split("\n")))
        n += 1
    return "\n".join(copies)


class _Answers:
    """Dialog stand-in: never block, never save."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: "discard" if name == "ask_save_changes" else None


def _setup():
    import platformdirs

    home = Path(tempfile.mkdtemp(prefix="bench_gui_"))
    platformdirs.user_config_path = lambda *a, **k: home / "config"
    platformdirs.user_data_path = lambda *a, **k: home / "data"
    from PySide6.QtWidgets import QApplication

    from minutes_app.gui.app import application
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.gui.settings import Settings

    app = application()
    window = MainWindow(Settings(), dialogs=_Answers())
    window.show()
    QApplication.processEvents()
    return app, window


def _wait(app, predicate, timeout: float = 600.0) -> float:
    start = time.perf_counter()
    while not predicate():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("analysis did not finish")
        time.sleep(0.001)
    return time.perf_counter() - start


def _current(window) -> bool:
    return window.controller.is_current() and window.analysis is window.controller.latest \
        and window.analysis is not None


def _key(ch: str):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)


def _load(app, window, text: str) -> float:
    window.editor.set_text(text)
    window.controller.request_now()
    return _wait(app, lambda: _current(window))


def keystrokes(app, window) -> dict[str, float]:
    """Type in the middle of a 200k report, Vietnamese letters, measuring each key."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    applies: list[float] = []

    def timed_apply(analysis) -> None:
        start = time.perf_counter()
        on_analysis(analysis)
        applies.append((time.perf_counter() - start) * 1000)

    on_analysis = window._on_analysis
    window.controller.analysis_ready.disconnect(on_analysis)
    window.controller.analysis_ready.connect(timed_apply)
    first = _load(app, window, corpus(200_000))
    first_apply = applies[-1]
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.centerCursor()
    app.processEvents()
    times = []
    for i in range(KEYSTROKES):
        start = time.perf_counter()
        QApplication.sendEvent(window.editor, _key("đạt 35% kế hoạch "[i % 17]))
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    _wait(app, lambda: _current(window))
    # Applying a result (re-formatting the changed blocks, refreshing both panels) also
    # runs on the UI thread, once typing pauses: the first one colours every block.
    window.controller.analysis_ready.disconnect(timed_apply)
    window.controller.analysis_ready.connect(on_analysis)
    return {
        "doc_chars": float(len(window.editor.text())),
        "first_analysis_s": first,
        "keystroke_max_ms": max(times),
        "keystroke_median_ms": statistics.median(times),
        "apply_first_result_200k_ms": first_apply,
        "apply_result_after_typing_200k_ms": applies[-1],
    }


def keystroke_to_highlight(app, window) -> dict[str, float]:
    """Finish typing a figure on a 20k report; wait until it is coloured in the editor."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from minutes_app.gui.styles import KIND_COLORS

    _load(app, window, corpus(20_000))
    results = []
    for attempt in range(5):
        cursor = window.editor.textCursor()
        block = window.editor.document().findBlockByNumber(10 + 2 * attempt)
        cursor.setPosition(block.position() + block.length() - 1)
        window.editor.setTextCursor(cursor)
        typed = f" Kết nạp {41 + attempt} đảng viên"
        for ch in typed:
            QApplication.sendEvent(window.editor, _key(ch))
        last_key = time.perf_counter()
        column = block.length() - 1 - len(" đảng viên") - len(str(41 + attempt))
        colour = KIND_COLORS["figure"]

        def coloured() -> bool:
            for r in block.layout().formats():
                if r.start <= column < r.start + r.length and r.format.background().color().name() == colour:
                    return True
            return False

        _wait(app, coloured, timeout=60)
        results.append((time.perf_counter() - last_key) * 1000)
        _wait(app, lambda: _current(window))
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
    return {
        "keystroke_to_highlight_ms": max(results),
        "keystroke_to_highlight_median_ms": statistics.median(results),
        "debounce_ms": float(window.controller._timer.interval()),
        "recheck_after_edit_ms": window.controller.last_seconds * 1000,
    }


def run() -> dict[str, float]:
    app, window = _setup()
    try:
        figures = keystrokes(app, window)
        figures.update(keystroke_to_highlight(app, window))
    finally:
        window.editor.document().setModified(False)
        window.close()
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:34s} {value:,.1f}")
