"""A guard against a PySide6 reference-counting bug that would crash long editing sessions.

PySide6 6.12.0 on CPython 3.11 (measured here; 6.11.3 is clean) returns ``None`` from
every void method and ``True`` from ``Signal.emit()`` without owning a reference. Each
call - ``setText``, ``QTimer.start``, ``processEvents``, every keystroke's signals - drops
one reference to a singleton, and after some tens of thousands of calls CPython aborts
with "Fatal Python error: none_dealloc" (or bool_dealloc). CPython 3.12+ makes these
singletons immortal, which hides the bug.

``pin_singletons()`` probes for the leak once and, only if it is there on a CPython older
than 3.12, gives None, True and False a reference count so large that no session can
exhaust it - the same effect as 3.12's immortal objects. These singletons are never freed
anyway, so the extra count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40  # ~10^12 leaked calls before trouble: centuries of typing

_pinned = False


def void_call_leaks() -> bool:
    """True when a void PySide call drops a reference to None (the 6.12.0 bug)."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(32):
        timer.stop()
    lost = before - sys.getrefcount(None)
    _add_references(None, max(0, lost))  # give back what the probe itself took
    return lost >= 32


def _add_references(obj, count: int) -> None:
    if count:
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: first field of PyObject
        refcount.value += count


def pin_singletons() -> bool:
    """Apply the guard if needed; returns whether it is active."""
    global _pinned
    if _pinned:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal singletons (3.12+), or a debug build with another layout
    if not void_call_leaks():
        return False
    for singleton in (None, True, False):
        _add_references(singleton, PIN)
    _pinned = True
    return True
