"""Entry point of the editor: `minutes-app [FILE] [--screenshot out.png]`.

``--screenshot`` loads the file, waits for its analysis, renders the window offscreen to a
PNG and exits: the way docs/screenshot.png is made and a quick smoke test on a build box.

With MINUTES_APP_STARTUP_PROBE=1 in the environment the editor prints ``first-highlights``
once FILE's analysis is on screen and closes: bench/bench_startup.py and the build's smoke
test time a real start-up with it (the time is taken by the caller, whole process).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from . import i18n, test_hook
from .main_window import MainWindow
from .settings import Settings
from .styles import app_icon, ui_font

SCREENSHOT_TIMEOUT_MS = 60_000
STARTUP_PROBE = "MINUTES_APP_STARTUP_PROBE"


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="minutes-app", description="Trình soạn thảo biên bản, báo cáo.")
    parser.add_argument("file", nargs="?", type=Path, help="tệp .txt hoặc .docx cần mở")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="chụp cửa sổ ra tệp PNG rồi thoát")
    return parser.parse_args(argv)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "minutes-app", *(argv or [])])
        app.setApplicationName("minutes_app")
        app.setOrganizationName("minutes_app")
        app.setApplicationDisplayName("Kiểm tra biên bản")
        app.setDesktopFileName("minutes-app")  # packaging/minutes-app.desktop: its icon in docks and task bars
        app.setWindowIcon(app_icon())
        app.setStyle("Fusion")
        app.setFont(ui_font(10))
    return app


def run_gui(argv: list[str] | None = None) -> int:
    """Open the main window (optionally FILE); return the process exit code."""
    args = _parse(list(argv or []))
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = application()
    settings = Settings()
    window = MainWindow(settings, remember_window=args.screenshot is None)
    if os.environ.get(STARTUP_PROBE) and args.file is not None and args.screenshot is None:
        _close_on_first_highlights(window)
    if args.screenshot is not None:
        return _screenshot(app, window, args.file, args.screenshot)
    hook = test_hook.install(window)
    window.show_first()
    QTimer.singleShot(0, lambda: _start(window, args.file, hook))
    code = app.exec()
    i18n.reset()
    return code


def _start(window: MainWindow, file: Path | None, hook: test_hook.TestHook | None = None) -> None:
    """First offer what a crashed session left; then open FILE unless that was restored."""
    if window.offer_recovery():
        if file is not None:
            window.statusBar().showMessage(i18n.tr("Đã khôi phục bản tự động lưu; chưa mở {}.", file.name), 8000)
    elif file is not None:
        window.open_path(file)
    if window.roster_problem:
        window.dialogs.error("Danh bạ cán bộ", window.roster_problem)
    if hook is not None:
        hook.started()


def _screenshot(app: QApplication, window: MainWindow, file: Path | None, out: Path) -> int:
    window.show()
    if file is not None and not window.open_path(file):
        window.close()
        return 2
    loop = QEventLoop()
    done = {"ok": False}

    def ready(_analysis) -> None:
        done["ok"] = True
        QTimer.singleShot(150, loop.quit)  # let layout and painting settle

    window.analysis_applied.connect(ready)
    if window.controller.is_current():
        ready(window.analysis)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    loop.exec()
    findings = window.visible_findings()
    if findings:  # show the detail card filled in, without scrolling the editor
        window.findings_panel.select(findings[0])
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out))
    window.editor.document().setModified(False)  # nothing to ask about: we only looked
    window.close()
    if not saved:
        print(f"Không ghi được ảnh {out}", file=sys.stderr)
        return 2
    if not done["ok"]:
        print("Hết thời gian chờ kiểm tra văn bản; ảnh chụp có thể chưa có tô màu.", file=sys.stderr)
    print(f"Đã lưu ảnh chụp {out}")
    return 0


def _close_on_first_highlights(window: MainWindow) -> None:
    """The startup probe: once the opened file's analysis is on screen (not the empty
    document's, which may come first), print the marker and close the last window."""

    def applied(_analysis) -> None:
        if window.session.path is not None and window.controller.is_current():
            window.analysis_applied.disconnect(applied)
            print("first-highlights", flush=True)
            window.close()

    window.analysis_applied.connect(applied)
