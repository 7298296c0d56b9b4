"""Python's cycle collector, paused while the engine builds a result.

An analysis (or a document model) allocates hundreds of thousands of small records and makes
almost no reference cycles, while each collection walks every container alive, the word lists
included: about a tenth of the analysis time, measured, and up to a fifth of a model build, at
random. Memory is still freed by reference counting; the collector resumes on return.

On return, what the block built is handed to the oldest generation at once (``_promote``): left
in the youngest, the first collection after the block walked all of it (~130k records on 200k
characters, most of them Token and Word records of the readings) only to move it on, ~25 ms or
4% of an analysis, for nothing collected.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

# Set while a caller keeps its long-lived heap frozen (the editor, gui/memory.py): unfreezing
# would hand that heap back to full collections, so the block's records stay young then.
heap_set_aside = False


@contextmanager
def collector_paused():
    if not gc.isenabled():  # nested, or switched off by the caller
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _promote()
        gc.enable()


def _promote() -> None:
    """Move every tracked object to the oldest generation without walking it (speed only: no
    object is freed or kept by this). freeze() and unfreeze() splice the generation lists, O(1);
    a collection would have visited each record, and promoted the survivors the same way."""
    if not heap_set_aside:
        gc.freeze()
        gc.unfreeze()
