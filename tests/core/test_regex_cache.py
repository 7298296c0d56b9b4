"""Patterns kept between command-line runs (minutes_app/regex_cache.py) match as freshly compiled ones.

Each run is a fresh interpreter: the cache replaces re's compiler for the rest of a process."""

import json
import subprocess
import sys

# case-folded Vietnamese, named groups, look-behinds, possessive and lazy repeats, a back reference
PATTERNS = [
    (r"(?<!\w)(?P<n>\d{1,3}(?:\.\d{3})*)\s+(?P<noun>đảng\s+viên|đại\s+biểu)", "IGNORECASE"),
    (r"(?:chỉ tiêu|kế hoạch)\s+(?:đã\s+)?(chưa đạt|vượt|đạt)", "IGNORECASE"),
    (r"[^\W\d_]++(?:\s+[^\W\d_]+){0,3}?\s*:", "0"),
    (r"\b(\w+)\s+\1\b", "0"),
    (r"^Điều\s+\d+\.", "MULTILINE"),
]
TEXTS = [
    "Chi bộ có 1.245 đảng viên, 37 Đại biểu dự họp; chỉ tiêu đã vượt kế hoạch đạt 102%.",
    "Điều 3. Các các đồng chí thực hiện:\nĐiều 4. Hiệu lực.",
    "CHỈ TIÊU CHƯA ĐẠT: kết nạp 12 ĐẢNG VIÊN",
]

PROBE = """
import json, re, sys
from pathlib import Path
from minutes_app import regex_cache
patterns, texts, folder, installed = json.loads(sys.argv[1])
if installed:
    regex_cache.install(Path(folder))
loaded = len(regex_cache._entries)
out = []
for source, flag in patterns:
    compiled = re.compile(source, getattr(re, flag) if flag != "0" else 0)
    out.append([compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex),
                [[m.span(), m.groups(), m.groupdict()] for t in texts for m in compiled.finditer(t)]])
added = regex_cache._added
regex_cache.save()
print(json.dumps([loaded, added, out]))
"""


def _run(folder, installed=True):
    argument = json.dumps([PATTERNS, TEXTS, str(folder), installed])
    done = subprocess.run([sys.executable, "-c", PROBE, argument], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_kept_patterns_match_as_compiled_ones(tmp_path):
    _, _, plain = _run(tmp_path, installed=False)
    loaded, added, first = _run(tmp_path)
    assert loaded == 0 and added  # none kept yet: compiled and written
    assert list(tmp_path.glob("regex-*.marshal"))
    loaded, added, second = _run(tmp_path)
    assert loaded >= len(PATTERNS) and not added  # all read back, nothing compiled anew
    assert first == plain and second == plain
    assert any(matches for *_, matches in plain)  # the texts do exercise the patterns


def test_a_damaged_file_is_ignored_and_written_anew(tmp_path):
    _, _, plain = _run(tmp_path, installed=False)
    _run(tmp_path)
    kept = next(tmp_path.glob("regex-*.marshal"))
    kept.write_bytes(kept.read_bytes()[: len(kept.read_bytes()) // 2])  # cut short
    loaded, added, out = _run(tmp_path)
    assert loaded == 0 and added and out == plain
    loaded, added, out = _run(tmp_path)
    assert loaded >= len(PATTERNS) and not added and out == plain


def test_an_unwritable_folder_is_no_error(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    _, _, plain = _run(tmp_path, installed=False)
    loaded, added, out = _run(blocked / "cache")
    assert loaded == 0 and out == plain


SEALED_PROBE = """
import re, sys
from pathlib import Path
from minutes_app import regex_cache
regex_cache.install(Path(sys.argv[1]))
re.compile(r"(?<!\\w)ban chấp hành(?!\\w)")  # the engine's, compiled as it loads
regex_cache.seal()
re.compile(r"(?<!\\w)nguyễn\\ văn\\ thể(?!\\w)")  # built from a user's document
regex_cache.save()
"""


def test_patterns_built_from_a_document_never_reach_the_cache_folder(tmp_path):
    subprocess.run([sys.executable, "-c", SEALED_PROBE, str(tmp_path)], check=True)
    kept = next(tmp_path.glob("regex-*.marshal")).read_bytes()
    assert "ban chấp hành".encode() in kept and "nguyễn".encode() not in kept


def test_a_file_marshal_chokes_on_is_ignored(tmp_path):
    """Whatever a damaged file makes marshal raise (a damaged length field can ask for gigabytes: MemoryError, which
    round 15's review saw escape), the cache is skipped and the command runs."""
    _run(tmp_path)
    kept = next(tmp_path.glob("regex-*.marshal"))
    kept.write_bytes(b"{" + b"\xff\xff\xff\x7f" + kept.read_bytes()[5:])  # a dict of 2^31 entries
    _, _, plain = _run(tmp_path, installed=False)
    loaded, _, out = _run(tmp_path)
    assert loaded == 0 and out == plain


IMPORTED_PROBE = """
import re, sys
from pathlib import Path
from minutes_app import regex_cache
regex_cache.install(Path(sys.argv[1]))
regex_cache.seal()
sys.path.insert(0, sys.argv[2])
import model_readers  # imported on first use, after the seal, as the document model's readers are
model_readers.read("Nguyễn Văn Thể")
regex_cache.save()
"""

MODULE = '''
import re

_HEADING = re.compile(r"(?<!\\\\w)thành phần dự họp(?!\\\\w)")  # the module's own, compiled as it is imported


def read(name):
    return re.search(r"(?<!\\\\w)" + re.escape(name.lower()), "đồng chí nguyễn văn thể")  # built from a document
'''


def test_patterns_a_module_compiles_as_it_is_imported_late_are_kept(tmp_path):
    (tmp_path / "modules").mkdir()
    (tmp_path / "modules" / "model_readers.py").write_text(MODULE, encoding="utf-8")
    subprocess.run([sys.executable, "-c", IMPORTED_PROBE, str(tmp_path / "cache"), str(tmp_path / "modules")],
                   check=True)
    kept = next((tmp_path / "cache").glob("regex-*.marshal")).read_bytes()
    assert "thành phần dự họp".encode() in kept and "nguyễn".encode() not in kept
