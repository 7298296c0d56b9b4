"""Python's cycle collector and a long report.

The editor keeps a large heap alive for a long time: the word lists, the analysis of every
paragraph (the engine's cache) and the last result. A full collection walks every container
in it, and on a 200-page report that walk took up to half a second, on the UI thread, at
whatever allocation happened to trigger it (a keystroke, the apply of a result).

After each result is applied, ``settle`` freezes what is alive (gc.freeze): later collections
look only at what was allocated since. Frozen objects are still freed by reference counting
the moment nothing refers to them; only garbage caught in a reference cycle waits, so
``release`` thaws and collects once, when another document replaces the current one (the user
is waiting for the new document then anyway).
"""

from __future__ import annotations

import gc

from ..core import collector


def settle() -> None:
    # the flag first: a worker's analysis ending between the two would otherwise thaw what was just frozen
    collector.heap_set_aside = True  # the engine then leaves the frozen heap frozen (core/collector.py)
    gc.freeze()


def release() -> None:
    gc.unfreeze()
    collector.heap_set_aside = False
    gc.collect()
