"""core/collector.py: what a paused block built goes to the oldest generation at once (no
collection walks it just to promote it), unless the editor keeps its heap frozen."""

from __future__ import annotations

import gc

from minutes_app.core import collector
from minutes_app.core.collector import collector_paused


def test_what_a_paused_block_built_is_handed_to_the_oldest_generation():
    gc.collect()
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        kept = [[k] for k in range(20_000)]
    assert gc.isenabled()
    assert len(gc.get_objects(0)) < 1_000  # the 20,000 lists are not left young
    assert any(obj is kept for obj in gc.get_objects(2))


def test_a_heap_the_editor_set_aside_stays_frozen():
    gc.collect()
    was = collector.heap_set_aside
    gc.freeze()
    collector.heap_set_aside = True
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            kept = [[k] for k in range(1_000)]
        assert gc.get_freeze_count() == frozen  # not thawed by the block's end
        assert kept and any(obj is kept for obj in gc.get_objects(0) + gc.get_objects(1) + gc.get_objects(2))
    finally:
        collector.heap_set_aside = was
        gc.unfreeze()


def test_a_dropped_analysis_leaves_no_cycle_for_the_collector():
    from pathlib import Path

    from minutes_app.core.engine import Analyzer

    text = (Path(__file__).resolve().parents[2] / "seeds" / "001_5b83d424bdd5d02b.txt").read_text(encoding="utf-8")
    analyzer = Analyzer()
    analyzer.analyze(text)
    gc.collect()
    gc.disable()
    try:
        analyzer.analyze(text + "\nMột đoạn mới.")  # new readings, words, capitalisation helpers
        del analyzer
        assert gc.collect() == 0  # all of it freed by reference counting already
    finally:
        gc.enable()


class _Cycle:
    def __init__(self):
        self.me = self


def test_cyclic_garbage_between_blocks_is_still_collected():
    # Promotion skips CPython's count of the oldest generation; without a count of our own its
    # full collections stop, and garbage in cycles (python-docx makes it) grows without bound.
    gc.collect()
    heap = len(gc.get_objects())
    made = 0
    while made < heap * 6 // 5:  # more garbage than the whole heap, in many small blocks
        for _ in range(300):  # fewer than a young collection's threshold: left for the block's end
            _Cycle()
        made += 300
        with collector_paused():
            [[k] for k in range(100)]
    alive = sum(type(obj) is _Cycle for obj in gc.get_objects())
    assert alive < heap * 3 // 5  # a full collection came once garbage passed a quarter of the heap
