"""Python's cycle collector, paused while the engine builds a result.

An analysis (or a document model) allocates hundreds of thousands of small records and makes
almost no reference cycles, while each collection walks every container alive, the word lists
included: about a tenth of the analysis time, measured, and up to a fifth of a model build, at
random. Memory is still freed by reference counting; the collector resumes on return.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    if not gc.isenabled():  # nested, or switched off by the caller
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
