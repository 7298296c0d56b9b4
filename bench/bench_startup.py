"""Start-up, whole process, as a clerk meets it: `minutes-app check` on one seed, and the
editor from launch to the first highlights of that seed (offscreen, through the
MINUTES_APP_STARTUP_PROBE hook of gui/app.py). Median of several runs each.

packaging/smoke_test.py times the built app with the same functions.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "001_5b83d424bdd5d02b.txt"
RUNS = 5
WINDOW_TIMEOUT_S = 60


def installed_command() -> list[str]:
    """The `minutes-app` script of this environment (what `make run` starts)."""
    script = Path(sys.executable).with_name("minutes-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "minutes_app"]


def clean_env(home: Path) -> dict[str, str]:
    """Settings and autosaves in ``home``: no recovery question, no remembered window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), APPDATA=str(home / "appdata"),
               LOCALAPPDATA=str(home / "localappdata"))
    env.pop("MINUTES_APP_STARTUP_PROBE", None)
    # As an installed app starts: from compiled bytecode (a shell that forbids writing it would
    # make every run compile the sources again, ~0.3 s that no user pays).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def check_times(command: list[str], seed: Path = SEED, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) seconds of ``command check SEED``, one pair per run; exit 0
    or 1 (findings) both count, 2 is a failure. The CPU figure holds on a machine shared with
    other work, where the wall figure grows with the load."""
    walls, cpus = [], []
    with tempfile.TemporaryDirectory(prefix="bench_startup_") as home:
        env = clean_env(Path(home))
        for _ in range(runs):
            before = os.times()
            start = time.perf_counter()
            done = subprocess.run([*command, "check", str(seed)], env=env, capture_output=True, text=True)
            walls.append(time.perf_counter() - start)
            after = os.times()
            cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
            if done.returncode not in (0, 1):
                raise RuntimeError(f"check exited {done.returncode}: {done.stderr.strip()}")
    return walls, cpus


def window_times(command: list[str], seed: Path = SEED, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall seconds from launching the editor on SEED to its first highlights being applied,
    and the CPU seconds of that whole process (closing included), one pair per run."""
    times, cpus = [], []
    for _ in range(runs):
        home = Path(tempfile.mkdtemp(prefix="bench_startup_"))
        env = clean_env(home)
        env["MINUTES_APP_STARTUP_PROBE"] = "1"
        before = os.times()
        start = time.perf_counter()
        process = subprocess.Popen([*command, str(seed)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        try:
            marker = _read_marker(process)
            times.append(time.perf_counter() - start)
            process.wait(WINDOW_TIMEOUT_S)
            after = os.times()
            cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            shutil.rmtree(home, ignore_errors=True)
        if not marker:
            raise RuntimeError(f"the editor exited ({process.returncode}) without showing highlights")
    return times, cpus


def _read_marker(process: subprocess.Popen) -> bool:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    for line in process.stdout:
        if line.strip() == "first-highlights":
            return True
        if time.monotonic() > deadline:
            break
    return False


def run() -> dict[str, float]:
    command = installed_command()
    walls, cpus = check_times(command)
    window_walls, window_cpus = window_times(command)
    return {
        "check_one_seed_s": statistics.median(walls),
        "check_one_seed_cpu_s": statistics.median(cpus),
        "window_first_highlights_s": statistics.median(window_walls),
        "window_process_cpu_s": statistics.median(window_cpus),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:30s} {value:.2f}")
