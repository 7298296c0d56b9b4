"""The real editor process, typing steadily, killed with SIGKILL, restarted: the text comes back.

The app types through its own event loop (MINUTES_APP_TEST_HOOK, see gui/test_hook.py) and
logs what its editor holds after every edit, on the system-wide monotonic clock; the test
kills it at a chosen moment and requires the recovered text to be exactly what was typed,
less at most what was typed in the last MAX_LOSS_SECONDS before the kill. Where Xvfb and
xdotool exist, the same runs with real key events sent to a real window from outside.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

MAX_LOSS_SECONDS = 5.0
START_TIMEOUT = 60.0
TEXT = ("Đồng chí Nguyễn Văn Thể phát biểu: kết quả kiểm tra 62/80 tổ chức đảng, đạt 77,5%. "
        "Hội nghị thống nhất giao Văn phòng hoàn thiện báo cáo trước ngày 25/4. ") * 4


def _environment(profile: Path, extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"XDG_CONFIG_HOME": str(profile / "config"), "XDG_DATA_HOME": str(profile / "data"),
                "QT_QPA_PLATFORM": "offscreen", **extra})
    return env


def _start(tmp_path: Path, name: str, hook: dict, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
    hook_file = tmp_path / f"{name}.json"
    hook_file.write_text(json.dumps(hook, ensure_ascii=False), encoding="utf-8")
    env = _environment(tmp_path / "profile", {"MINUTES_APP_TEST_HOOK": str(hook_file), **(extra_env or {})})
    return subprocess.Popen([sys.executable, "-m", "minutes_app.cli"], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for(predicate, process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not predicate():
        if process.poll() is not None:
            pytest.fail(f"the app exited ({process.returncode}) before {what}: {process.stderr.read().decode()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"no {what} within {START_TIMEOUT} s")
        time.sleep(0.05)


def _progress(path: Path) -> list[tuple[float, str]]:
    """(time, text in the editor) after each edit, as the app logged them."""
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        at, _, text = line.partition("\t")
        try:
            rows.append((float(at), json.loads(text)))
        except ValueError:  # a line cut by the kill is not a record
            continue
    return rows


def _held_at(rows: list[tuple[float, str]], moment: float) -> str:
    """The editor's text at ``moment`` ("" before the first edit)."""
    held = ""
    for at, text in rows:
        if at > moment:
            break
        held = text
    return held


def _kill_and_recover(tmp_path: Path, process: subprocess.Popen, progress: Path, kill_after: float,
                      extra_env: dict[str, str] | None = None, typist: subprocess.Popen | None = None) -> dict:
    """Let typing run ``kill_after`` s from the first character, SIGKILL, restart, recover.

    The recovered text must be what the editor held at the kill, less at most what reached
    it in the last MAX_LOSS_SECONDS.
    """
    _wait_for(lambda: any(text for _, text in _progress(progress)), process, "first keystroke")
    first = next(at for at, text in _progress(progress) if text)
    time.sleep(max(0.0, first + kill_after - time.monotonic()))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    killed_at = time.monotonic()
    if typist is not None:  # its remaining keys must not reach the restarted window
        typist.kill()
        typist.wait()
    rows = _progress(progress)
    held = rows[-1][1] if rows else ""

    dump = tmp_path / "recovered.txt"
    second = _start(tmp_path, "restart", {"answer": "restore_button", "dump": str(dump)}, extra_env)
    _wait_for(dump.exists, second, "recovered text")
    assert second.wait(timeout=30) == 0
    recovered = dump.read_text(encoding="utf-8")
    must_have = _held_at(rows, killed_at - MAX_LOSS_SECONDS)
    assert held.startswith(recovered), "the recovered text is not what the editor held"
    assert len(recovered) >= len(must_have), (len(recovered), len(must_have), len(held))
    lost_seconds = killed_at - max((at for at, text in rows if len(text) <= len(recovered)), default=first)
    print(f"typed {len(held)} characters, recovered {len(recovered)}; lost {len(held) - len(recovered)} "
          f"characters, the last {lost_seconds:.1f} s before the kill")
    return {"held": held, "recovered": recovered}


@pytest.mark.parametrize("kill_after", [7.0, 1.0], ids=["kill-after-7s", "kill-after-1s"])
def test_sigkill_while_typing_loses_at_most_five_seconds(tmp_path, kill_after):
    """QTest replays keys in the real process at 25 per second, without a pause, until the kill."""
    progress = tmp_path / "progress.txt"
    process = _start(tmp_path, "typing", {"type": TEXT, "interval_ms": 40, "progress": str(progress)})
    result = _kill_and_recover(tmp_path, process, progress, kill_after)
    assert TEXT.startswith(result["held"])  # QTest's keys arrived exactly
    assert len(result["held"]) < len(TEXT)  # still typing when killed
    if kill_after > MAX_LOSS_SECONDS:
        assert result["recovered"]


XDOTOOL_MISSING = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


@pytest.mark.skipif(bool(XDOTOOL_MISSING), reason=f"needs {' and '.join(XDOTOOL_MISSING)} "
                    "(apt-get install xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)")
def test_sigkill_while_xdotool_types_into_a_real_window(tmp_path):
    """Real key events from outside (xdotool under Xvfb), then the same kill and recovery."""
    read_end, write_end = os.pipe()  # Xvfb picks a free display and writes its number here
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    typist = None
    try:
        with os.fdopen(read_end) as numbers:
            display = f":{numbers.readline().strip()}"
        assert display != ":", "Xvfb did not start"
        x11 = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        progress, ready = tmp_path / "progress.txt", tmp_path / "ready"
        process = _start(tmp_path, "window", {"progress": str(progress), "ready": str(ready)}, x11)
        _wait_for(ready.exists, process, "window")
        env = {**os.environ, "DISPLAY": display}
        search = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
                                env=env, capture_output=True, text=True, timeout=30)
        window_id = search.stdout.split()[-1]
        # No window manager gives focus: click into the editor (the left of the window) as a clerk would.
        subprocess.run(["xdotool", "mousemove", "--window", window_id, "300", "400", "click", "1"],
                       env=env, timeout=10, check=True)
        # Vietnamese at 80 ms a key; under load xdotool still drops a letter now and then (a
        # keymap race outside the app), so _kill_and_recover compares with what the editor got.
        typist = subprocess.Popen(["xdotool", "type", "--delay", "80", TEXT], env=env)
        result = _kill_and_recover(tmp_path, process, progress, 7.0, x11, typist)
        assert result["recovered"] and len(result["held"]) < len(TEXT)
    finally:
        if typist is not None:
            typist.kill()
            typist.wait()
        xvfb.kill()
        xvfb.wait()
