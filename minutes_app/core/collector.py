"""Python's cycle collector, paused while the engine builds a result.

An analysis (or a document model) allocates hundreds of thousands of small records and makes
almost no reference cycles, while each collection walks every container alive, the word lists
included: about a tenth of the analysis time, measured, and up to a fifth of a model build, at
random. Memory is still freed by reference counting; the collector resumes on return.

On return, what the block built is handed to the oldest generation at once (``_promote``): left
in the youngest, the first collection after the block walked all of it (~130k records on 200k
characters, most of them Token and Word records of the readings) only to move it on, ~25 ms or
4% of an analysis, for nothing collected.

Promoted objects bypass CPython's own count of what reached the oldest generation, so it would
never again decide on a full collection, and garbage caught in cycles (python-docx builds plenty
when a summary is written) would pile up there: 5 MB a document, out of memory after a few
thousand in one process (found by `make fuzz`). So the objects promoted are counted here, and
once they pass a quarter of what a full collection last found alive (CPython's own rule), the
block ends with a full collection instead.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

# Set while a caller keeps its long-lived heap frozen (the editor, gui/memory.py): unfreezing
# would hand that heap back to full collections, so the block's records stay young then.
heap_set_aside = False

_promoted = 0  # objects handed to the oldest generation since the last full collection
_alive = 0  # objects tracked after the last full collection


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
    global _promoted, _alive
    if heap_set_aside:
        return
    _promoted += gc.get_count()[0]  # containers allocated (net) since the youngest was last emptied
    if _promoted > _alive // 4:
        gc.collect()
        _promoted, _alive = 0, len(gc.get_objects())
    else:
        gc.freeze()
        gc.unfreeze()
