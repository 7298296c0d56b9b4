"""Roster completion speed: a roster of 5,000 people, typing names in the editor offscreen.

``completion_keystroke_max_ms`` is the slowest keystroke, from the key event sent to the editor
to the popup filled and shown (the editor's own handling of the key included); goal ≤ 50 ms.
``roster_checks_ms`` is the two roster checks' extra time on one seed with that roster.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.core.roster import Person  # noqa: E402

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Hồng"]
GIVENS = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân",
          "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Hạnh", "Hiếu", "Khánh", "Linh", "Lộc",
          "Nga", "Oanh", "Phúc", "Quyên", "Tài", "Thành", "Thủy", "Trang", "Tú", "Uyên", "Việt", "Xuyến", "Duy",
          "Giang", "Hòa", "Huy", "Kiên", "Lâm", "Mạnh", "Nhung", "Quý", "Sang", "Toàn", "Thể"]
TITLES = ["Bí thư Chi bộ", "Phó Bí thư Chi bộ", "Chủ tịch Ủy ban nhân dân xã", "Trưởng thôn", "Ủy viên Ban Chấp hành",
          "Trưởng ban Tuyên giáo", "Chủ nhiệm Ủy ban Kiểm tra"]


def synthetic_roster(size: int = 5000) -> tuple[Person, ...]:
    people = [Person(f"{s} {m} {g}", (TITLES[i % len(TITLES)],), f"Chi bộ {i % 97 + 1}")
              for i, (s, m, g) in enumerate((s, m, g) for s in SURNAMES for m in MIDDLES for g in GIVENS)]
    return tuple(people[:size])


def run() -> dict[str, float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from minutes_app.core.engine import Analyzer
    from minutes_app.gui.completion import RosterCompleter

    app = QApplication.instance() or QApplication([])
    roster = synthetic_roster()
    editor = QPlainTextEdit()
    editor.setPlainText("Hội nghị Ban Chấp hành Đảng bộ xã.\n" * 400)  # a long document under it
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.show()
    completer = RosterCompleter(editor)
    started = time.perf_counter()
    completer.set_people(roster)
    index_ms = (time.perf_counter() - started) * 1000
    times, shown = [], 0
    for typed in ("Đồng chí nguyen van th", "ý kiến của đồng chí bi thu chi", "Đồng chí tran thi thuy",
                  "Đồng chí hoang minh k"):
        for ch in typed:
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            started = time.perf_counter()
            QApplication.sendEvent(editor, event)
            times.append((time.perf_counter() - started) * 1000)
            app.processEvents()
        backspace = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier)
        started = time.perf_counter()
        QApplication.sendEvent(editor, backspace)
        times.append((time.perf_counter() - started) * 1000)
        shown += bool(completer.visible_labels())
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
    editor.close()

    seed = (ROOT / "seeds" / "002_cd980621195b3d31.txt").read_text(encoding="utf-8")
    plain, with_roster = Analyzer(), Analyzer(roster=roster)
    for analyzer in (plain, with_roster):
        analyzer.analyze(seed)
    started = time.perf_counter()
    plain.analyze(seed + " ")
    base = time.perf_counter() - started
    started = time.perf_counter()
    with_roster.analyze(seed + " ")
    extra_ms = max(0.0, (time.perf_counter() - started - base) * 1000)
    return {"roster_people": float(len(roster)), "roster_index_build_ms": index_ms,
            "completion_keystroke_median_ms": statistics.median(times), "completion_keystroke_max_ms": max(times),
            "completion_popups_shown": float(shown), "roster_checks_extra_ms": extra_ms}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:40s} {value:10.2f}")
