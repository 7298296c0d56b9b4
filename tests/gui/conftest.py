"""Fixtures for the editor tests: offscreen Qt, settings and data in tmp_path, fake dialogs.

Nothing a test does may touch the real user's settings, autosaves or document state, and
no modal dialog may ever open (it would block the run), hence the autouse fixture.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import platformdirs  # noqa: E402
import pytest  # noqa: E402

from minutes_app.core import collector  # noqa: E402
from minutes_app.gui import i18n  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED_001 = ROOT / "seeds" / "001_5b83d424bdd5d02b.txt"
ANALYSIS_TIMEOUT = 60_000


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path, monkeypatch):
    """Point platformdirs (settings, autosave, document state) at tmp_path; offscreen Qt."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    config, data = tmp_path / "config", tmp_path / "data"
    monkeypatch.setattr(platformdirs, "user_config_path", lambda *a, **k: config)
    monkeypatch.setattr(platformdirs, "user_data_path", lambda *a, **k: data)
    i18n.reset()
    yield tmp_path
    i18n.reset()
    gc.unfreeze()  # the window freezes the heap after each result (gui/memory.py): not across tests
    collector.heap_set_aside = False


class FakeDialogs:
    """Answers every question at once and records what was asked."""

    def __init__(self):
        self.calls: list[tuple] = []
        self.save_reasons: list[str] = []
        self.save_titles: list[str] = []
        self.save_changes = "discard"
        self.restore = "restore"  # or "discard", "later" (Esc)
        self.recovery_choice = 0  # index into the list Tệp › Khôi phục… shows, or None
        self.keep_going_despite_losses = True
        self.export_unfilled = True  # "Vẫn xuất?" with «…» fields left
        self.next_open: Path | None = None
        self.next_save: Path | None = None

    def ask_save_changes(self, name, reason="close"):
        self.calls.append(("ask_save_changes", name))
        self.save_reasons.append(reason)
        return self.save_changes

    def ask_restore(self, name, saved_at):
        self.calls.append(("ask_restore", name))
        return self.restore

    def choose_recovery(self, recoveries):
        self.calls.append(("choose_recovery", len(recoveries)))
        return None if self.recovery_choice is None else recoveries[self.recovery_choice]

    def confirm_unfilled(self, count):
        self.calls.append(("confirm_unfilled", count))
        return self.export_unfilled

    def confirm_format_losses(self, name, losses):
        self.calls.append(("confirm_format_losses", name, tuple(losses)))
        return self.keep_going_despite_losses

    def save_failed(self, name, reason):
        self.calls.append(("save_failed", name, reason))
        return self.next_save is not None  # "Lưu thành…" when the test has a place for it

    def error(self, title, text):
        self.calls.append(("error", title, text))

    def info(self, title, text):
        self.calls.append(("info", title, text))

    def about(self):
        self.calls.append(("about",))

    def open_path(self, directory):
        self.calls.append(("open_path", directory))
        return self.next_open

    def save_path(self, suggested, docx_only=False, title="Lưu thành"):
        self.calls.append(("save_path", suggested, docx_only))
        self.save_titles.append(title)
        return self.next_save

    def open_table_path(self, directory):
        self.calls.append(("open_table_path", directory))
        return self.next_open

    def save_table_path(self, suggested):
        self.calls.append(("save_table_path", suggested))
        return self.next_save

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture
def dialogs():
    return FakeDialogs()


@pytest.fixture
def make_window(qtbot, dialogs):
    """Build MainWindow instances that are closed (without questions) after the test."""
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.gui.settings import Settings

    windows = []

    def make(managed: bool = True, **kwargs):
        """``managed=False``: the test destroys the window itself (crash simulation)."""
        kwargs.setdefault("dialogs", dialogs)
        window = MainWindow(kwargs.pop("settings", None) or Settings(), **kwargs)
        window.analysis_errors = []
        window.controller.analysis_failed.connect(window.analysis_errors.append)
        if managed:
            qtbot.addWidget(window, before_close_func=_discard_changes)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        try:
            window.controller.shutdown()
        except RuntimeError:  # already deleted by the test
            pass


def _discard_changes(window) -> None:
    """Teardown closes windows: answer "unsaved changes?" by not having any."""
    try:
        window.editor.document().setModified(False)
    except RuntimeError:  # the test deleted the window itself
        pass


@pytest.fixture
def window(make_window):
    return make_window()


def wait_analysis(qtbot, window, timeout: int = ANALYSIS_TIMEOUT):
    """Wait until the window shows an analysis of its current text; return it."""
    def ready() -> bool:
        assert not getattr(window, "analysis_errors", None), window.analysis_errors
        return window.controller.is_current() and window.analysis is window.controller.latest \
            and window.analysis is not None

    qtbot.waitUntil(ready, timeout=timeout)
    return window.analysis


def open_and_wait(qtbot, window, path):
    """Open ``path`` in ``window`` and wait for its analysis."""
    assert window.open_path(path)
    return wait_analysis(qtbot, window)


def type_text(widget, text: str) -> None:
    """Type like a user, Vietnamese included (qtbot.keyClicks aborts on non-ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch == "\n":
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        else:
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, press)


def block_formats(editor, block_number: int):
    """(start, length, QTextCharFormat) ranges the highlighter put on a block."""
    block = editor.document().findBlockByNumber(block_number)
    from PySide6.QtGui import QTextCharFormat

    # copy each format while its FormatRange is alive (shiboken frees the temporaries)
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]
