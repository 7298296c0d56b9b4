"""Background analysis and the editing tools around it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt

from minutes_app.core.engine import Analyzer
from minutes_app.gui.app import run_gui
from minutes_app.gui.worker import AnalysisController

from .conftest import SEED_001, open_and_wait, type_text, wait_analysis


class SlowAnalyzer(Analyzer):
    """Records concurrency and the revisions it was asked for; sleeps to make races likely."""

    running = 0
    max_running = 0
    revisions: list[int] = []
    lock = threading.Lock()

    def analyze(self, text, revision=0):
        with SlowAnalyzer.lock:
            SlowAnalyzer.running += 1
            SlowAnalyzer.max_running = max(SlowAnalyzer.max_running, SlowAnalyzer.running)
            SlowAnalyzer.revisions.append(revision)
        time.sleep(0.15)
        try:
            return super().analyze(text, revision)
        finally:
            with SlowAnalyzer.lock:
                SlowAnalyzer.running -= 1


def test_one_job_in_flight_and_stale_results_dropped(qtbot):
    """Edits during a slow job: never two jobs at once, only the newest text is published."""
    SlowAnalyzer.revisions, SlowAnalyzer.max_running = [], 0
    state = {"text": "Kết nạp 3 đảng viên."}
    controller = AnalysisController(lambda: state["text"], debounce_ms=10, analyzer_factory=SlowAnalyzer)
    published = []
    controller.analysis_ready.connect(published.append)
    controller.request_now()
    for n in range(5):
        qtbot.wait(40)
        state["text"] = f"Kết nạp {n + 10} đảng viên."
        controller.text_changed()
    qtbot.waitUntil(controller.is_current, timeout=10000)
    controller.shutdown()
    assert SlowAnalyzer.max_running == 1
    assert published[-1].text == state["text"]
    assert all(a.revision in SlowAnalyzer.revisions for a in published)
    assert len(published) < len(SlowAnalyzer.revisions) + 1
    assert [a.revision for a in published] == sorted(a.revision for a in published)


def test_typing_is_not_blocked_by_analysis(qtbot, make_window):
    """While a slow analysis runs, key presses are handled at once."""
    window = make_window(analyzer_factory=SlowAnalyzer)
    window.editor.set_text(SEED_001.read_text(encoding="utf-8"))
    window.controller.request_now()
    started = time.perf_counter()
    type_text(window.editor, "abc")
    assert time.perf_counter() - started < 0.1
    assert window.editor.text().startswith("abc")
    wait_analysis(qtbot, window)


def test_engine_failure_is_reported_not_fatal(qtbot, make_window):
    class Broken(Analyzer):
        def analyze(self, text, revision=0):
            raise ValueError("hỏng")

    window = make_window(analyzer_factory=Broken)
    with qtbot.waitSignal(window.controller.analysis_failed, timeout=5000) as blocker:
        type_text(window.editor, "x")
        window.controller.request_now()
    assert "hỏng" in blocker.args[0]


def test_find_and_replace_all_is_one_undo_step(qtbot, window):
    """Ctrl+H, “Thay tất cả”: every match replaced, and one Ctrl+Z puts them all back."""
    window.editor.set_text("Đảng ủy xã. Đảng ủy huyện. đảng ủy tỉnh.")
    window.actions["replace"].trigger()
    assert window.find_bar.isVisible() and window.find_bar.replace_edit.isVisible()
    window.find_bar.find_edit.setText("Đảng ủy")
    window.find_bar.replace_edit.setText("Đảng uỷ")
    assert window.find_bar.replace_all() == 3
    assert window.editor.text() == "Đảng uỷ xã. Đảng uỷ huyện. Đảng uỷ tỉnh."
    window.editor.undo()
    assert window.editor.text() == "Đảng ủy xã. Đảng ủy huyện. đảng ủy tỉnh."
    window.find_bar.case.setChecked(True)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    assert window.find_bar.find_next()
    assert window.find_bar.find_next()
    assert window.editor.textCursor().selectionStart() == len("Đảng ủy xã. ")
    window.find_bar.find_edit.setText("không có")
    assert not window.find_bar.find_next()
    assert "Không tìm thấy" in window.find_bar.status.text()


def test_zoom_and_status_bar(qtbot, window):
    """Ctrl+= / Ctrl+- change the font size (remembered); the status bar shows words and position."""
    open_and_wait(qtbot, window, SEED_001)
    size = window.editor.font_size()
    window.actions["zoom_in"].trigger()
    assert window.editor.font_size() == size + 1
    assert window.settings.get("font_size") == size + 1
    window.actions["zoom_out"].trigger()
    assert window.editor.font_size() == size
    assert "từ" in window.status_words.text()
    assert window.status_position.text() == "Dòng 1, Cột 1"


def test_shortcuts_are_words(qtbot, window):
    """Ctrl+O, Ctrl+S, Ctrl+F, Ctrl+H and F7 as in Word."""
    expected = {"open": "Ctrl+O", "save": "Ctrl+S", "find": "Ctrl+F", "replace": "Ctrl+H",
                "next_finding": "F7", "undo": "Ctrl+Z", "redo": "Ctrl+Y", "new": "Ctrl+N"}
    for name, keys in expected.items():
        assert window.actions[name].shortcut().toString() == keys, name
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()


def test_screenshot_mode_writes_a_png(qtbot, tmp_path):
    """`minutes-app --screenshot out.png FILE` renders the analysed window and exits 0."""
    out = tmp_path / "shot.png"
    assert run_gui(["--screenshot", str(out), str(SEED_001)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    # The default 1400×900 (the offscreen screen has no real size to fit; the legend wraps, so the window's
    # minimum width stays below it).
    assert image.height() == 900 and 1400 <= image.width() <= 1500


def test_undoing_replace_all_leaves_the_view_where_the_clerk_was(qtbot, window):
    lines = [f"Dòng {k}: cụm phó phụ trách." if k in (5, 80) else f"Dòng {k}." for k in range(120)]
    window.editor.set_text("\n".join(lines))
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.text().index("Dòng 100."))
    window.editor.setTextCursor(cursor)
    window.actions["replace"].trigger()
    window.find_bar.find_edit.setText("cụm phó")
    window.find_bar.replace_edit.setText("Phó Cụm trưởng")
    assert window.find_bar.replace_all() == 2
    window.editor.undo()
    assert "cụm phó" in window.editor.text()
    assert window.editor.textCursor().blockNumber() >= 80  # not sent back to line 1
