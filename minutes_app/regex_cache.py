"""Compiled regular expressions kept between runs of the command line, as Python keeps bytecode.

A `minutes-app check` compiles some 750–870 patterns (the rules', the quantity layer's, the
document reader's): ~0.1 s of CPU, about a tenth of a check of 200k characters and half of one
of a short report, spent again by every process. ``re`` compiles a pattern in two steps, parsing
it into SRE code (in Python, the slow part) and building the Pattern from that code (in C, fast).
While installed, the first step's result is kept per (pattern, flags) in a file of the user's
cache folder and read back by the next process, which only builds the Pattern: the same code
gives the same Pattern, so nothing matches differently.

The file is named after the interpreter's exact version and its SRE engine (sys.version_info,
sys.implementation.cache_tag, _sre.MAGIC): another Python, a patch release included (whose re
compiler may emit other code), never reads it. Anything unreadable, unwritable or refused by the
engine is ignored and the pattern compiled as usual.

Only the engine's own patterns are kept: those compiled before ``seal``, as it loads, and those a
module's own code compiles as it is imported later (the document model's readers, imported on the
first build of a biên bản's model: ~300 patterns, ~0.1 s that every check of one paid again). A
module's code runs before any document reaches it. Those compiled while a document is read are
built from its words (a name, a phrase told twice) and stay in memory: a user's text never reaches
the cache folder.
"""

from __future__ import annotations

import _sre
import marshal
import os
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser

_KEPT_AT_MOST = 4000  # entries: above this, a save keeps only what the saving process used

_entries: dict[tuple[str, int], tuple] = {}  # (pattern, flags) → _sre.compile's arguments after the pattern
_used: set[tuple[str, int]] = set()
_added = False
_sealed = False  # set by seal(): later patterns are served from the file but never added to it
_path: Path | None = None
_original = _compiler.compile
_CODE = {2: "H", 4: "I"}.get(_sre.CODESIZE)  # the code as an array of this type (read back fast)


def install(folder: Path) -> None:
    """Read the kept patterns from ``folder`` and compile through them until the process ends."""
    global _path
    if _CODE is None or _compiler.compile is _compile:
        return
    version = ".".join(map(str, sys.version_info[:3]))
    _path = folder / f"regex-{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}.marshal"
    try:
        with open(_path, "rb") as file:
            loaded = marshal.load(file)
        if isinstance(loaded, dict):
            _entries.update(loaded)
    except Exception:  # noqa: BLE001 - none yet, or unreadable (a damaged length asks marshal for gigabytes:
        pass  # MemoryError): compiled as usual, and written anew
    _compiler.compile = _compile


def seal() -> None:
    """From now on the patterns compiled are a document's (see the module's note): not kept."""
    global _sealed
    _sealed = True


def save() -> None:
    """Write the patterns back when this process compiled one the file lacked."""
    if not _added or _path is None:
        return
    kept = _entries if len(_entries) <= _KEPT_AT_MOST else {k: _entries[k] for k in _used}
    temporary = _path.with_name(f"{_path.name}.{os.getpid()}.tmp")
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump(kept, file)
        os.replace(temporary, _path)  # another process reading it sees the old file or the new one
    except (OSError, ValueError):
        try:
            temporary.unlink()
        except OSError:
            pass


def _compile(p, flags=0):
    """re._compiler.compile, with its parse and code generation read from the kept entries."""
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    kept = _entries.get(key)
    if kept is not None:
        try:
            pattern = _sre.compile(p, kept[0], array(_CODE, kept[1]).tolist(), *kept[2:])
            _used.add(key)
            return pattern
        except Exception:  # noqa: BLE001  (a damaged entry: compiled anew below)
            del _entries[key]
    # what re._compiler.compile does, its intermediate results kept
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    arguments = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    pattern = _sre.compile(p, *arguments)
    _remember(key, arguments)
    return pattern


def _remember(key: tuple[str, int], arguments: tuple) -> None:
    global _added
    if _sealed and not _importing():
        return
    try:
        code = array(_CODE, arguments[1]).tobytes()
    except OverflowError:
        return  # (no code word is that large in CPython 3.11–3.13: kept out rather than cut)
    _entries[key] = (arguments[0], code, arguments[2], dict(arguments[3]), arguments[4])
    _used.add(key)
    _added = True


def _importing() -> bool:
    """The pattern is compiled by a module's own code run by the import system (the nearest module frame up the stack
    was called from importlib), not by a function reading a document: the first module frame met going up is the
    script's or runpy's while a document is read, and the imported module's while one is imported on first use."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "<module>":
            caller = frame.f_back
            return caller is not None and caller.f_code.co_filename.startswith("<frozen importlib")
        frame = frame.f_back
    return False
