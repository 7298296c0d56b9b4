"""The cycle collector and the editor's long-lived heap (gui/memory.py): what an applied
analysis leaves alive is frozen, so no full collection walks it on the UI thread; opening
another document thaws and collects once."""

from __future__ import annotations

import gc

from .conftest import SEED_001, open_and_wait, wait_analysis


def test_applied_analysis_is_set_aside_and_another_document_releases_it(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, SEED_001)
    assert gc.get_freeze_count() > 0  # the analysis and the word lists are out of the collector's walk

    released = []
    original = gc.collect
    try:
        gc.collect = lambda *args: released.append(gc.get_freeze_count()) or original(*args)
        window.new_document()
    finally:
        gc.collect = original
    assert released == [0]  # thawed before the one collection
    wait_analysis(qtbot, window)
    assert gc.get_freeze_count() > 0
