"""A test hook for driving the real editor process: MINUTES_APP_TEST_HOOK=<file.json>.

An offscreen window takes no input from outside, so crash tests ask the app itself to type:
the JSON file names what to do, all keys optional:

- ``"answer"``: objectName of a button to click in the first modal question (e.g.
  ``"restore_button"`` of the recovery question), clicked through the real dialog;
- ``"type"`` and ``"interval_ms"``: text replayed key by key with QTest at a steady pace
  once the window is up (after the recovery question);
- ``"progress"``: a file that gets "<monotonic seconds><TAB><editor text as JSON>" after
  every edit, so a test knows exactly what the editor held at each moment before a kill
  (time.monotonic is one clock for every process on Linux), whoever sent the keys;
- ``"ready"``: a file created once the window is up and the start-up questions are answered;
- ``"dump"``: a file that receives the editor's text once started; the app then exits.

Without the variable nothing here runs.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

ENVIRONMENT = "MINUTES_APP_TEST_HOOK"


class TestHook(QObject):
    """Installed on the main window by app.run_gui when the environment names a hook file."""

    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, config: dict, window):
        super().__init__(window)
        self.config = config
        self.window = window
        self._typed = 0
        self._progress_fd: int | None = None
        if config.get("progress"):
            self._progress_fd = os.open(config["progress"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            window.editor.document().contentsChanged.connect(self._log_progress)
        if config.get("answer"):
            self._answer_timer = QTimer(self)
            self._answer_timer.setInterval(50)
            self._answer_timer.timeout.connect(self._answer)
            self._answer_timer.start()
        self._type_timer = QTimer(self)
        self._type_timer.setInterval(int(config.get("interval_ms", 40)))
        self._type_timer.timeout.connect(self._type_next)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            return
        button = box.findChild(QAbstractButton, self.config["answer"])
        if button is not None:
            self._answer_timer.stop()
            button.click()

    def _log_progress(self) -> None:
        text = json.dumps(self.window.editor.text(), ensure_ascii=False)
        os.write(self._progress_fd, f"{time.monotonic():.3f}\t{text}\n".encode("utf-8"))

    def started(self) -> None:
        """Called by the app once the start-up questions are answered and the file is open."""
        if self.config.get("ready"):
            Path(self.config["ready"]).write_text("ready", encoding="utf-8")
        if self.config.get("dump"):
            target = Path(self.config["dump"])
            temporary = target.with_suffix(".part")
            temporary.write_text(self.window.editor.text(), encoding="utf-8")
            temporary.replace(target)  # the test never reads half a dump
            self.window.editor.document().setModified(False)  # leave without a question
            QTimer.singleShot(0, self.window.close)
            return
        if self.config.get("type"):
            self.window.editor.setFocus()
            self._type_timer.start()

    def _type_next(self) -> None:
        text = self.config["type"]
        if self._typed >= len(text):
            self._type_timer.stop()
            return
        char = text[self._typed]
        self._typed += 1
        editor = self.window.editor
        if char == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        else:
            # Key_unknown with the character as text: QTest's char overload asserts on non-ASCII.
            QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def install(window) -> TestHook | None:
    """The hook named by the environment, installed on ``window``; None when not asked for."""
    name = os.environ.get(ENVIRONMENT)
    if not name:
        return None
    return TestHook(json.loads(Path(name).read_text(encoding="utf-8")), window)
