"""Review round 9: one pasted paragraph of 300k characters took 40-70 s to check (`minutes-app
check`, the editor's highlights): several readers scanned every quantity, clause or span of the
paragraph once per quantity. They now bisect; each lookup gives what the scan gave."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from minutes_app.core.checks.consistency import _clause_index
from minutes_app.core.detectors.organizations import _span_test
from minutes_app.core.engine import Analyzer
from minutes_app.core.quantities import layer_of
from minutes_app.core.quantities.relations import _parts_written_before, _sentence_of, within
from minutes_app.core.reading import Reading, sentence_spans

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "dev2_quantities").glob("*.txt"))


def _layers():
    analyzer = Analyzer()
    for path in TEXTS:
        analysis = analyzer.analyze(path.read_text(encoding="utf-8"))
        for paragraph in analysis.paragraphs:
            if paragraph.text.strip():
                yield layer_of(Reading(paragraph.text), [])


@pytest.fixture(scope="module")
def layers():
    return [layer for layer in _layers() if layer.quantities]


def test_within_is_the_quantities_starting_in_the_range(layers):
    rnd = random.Random(9)
    for layer in layers:
        for _ in range(5):
            a = rnd.randint(0, len(layer.text))
            b = rnd.randint(a, len(layer.text) + 1)
            assert list(within(layer.quantities, a, b)) == [q for q in layer.quantities if a <= q.start < b]


def test_sentence_of_by_bisection_is_the_scan(layers):
    for layer in layers:
        sentences = sentence_spans(layer.text)
        for at in range(0, len(layer.text) + 1, 7):
            scan = next((s for s in sentences if s[0] <= at < s[1]), (0, at + 1))
            assert _sentence_of(sentences, at) == scan


def test_clause_index_by_bisection_is_the_scan(layers):
    for layer in layers:
        clauses = layer.clauses
        for at in {*range(0, len(layer.text) + 1, 5), *(c.start for c in clauses), *(c.end for c in clauses)}:
            scan = next((i for i, c in enumerate(clauses) if c.start <= at <= c.end), None)
            assert _clause_index(clauses, at) == scan


def test_parts_written_before_is_the_first_such_relation(layers):
    for layer in layers:
        found = _parts_written_before(list(layer.relations))
        for q in layer.quantities:
            scan = next((r.parts[0] for r in layer.relations if r.kind == "part-of" and r.explicit and r.whole is q
                         and r.parts[0].start < q.start and r.parts[0] is not q), None)
            assert found.get(id(q)) is scan


def test_span_test_is_any_span_holding_the_offset():
    rnd = random.Random(99)
    for _ in range(300):
        spans = [(a, a + rnd.randint(1, 40)) for a in (rnd.randint(0, 300) for _ in range(rnd.randint(0, 12)))]
        holds = _span_test(spans)
        for at in range(0, 360, 3):
            assert holds(at) == any(a <= at < b for a, b in spans)


def test_a_long_pasted_paragraph_is_checked_in_seconds():
    """300k characters in one sentence (text pasted without its full stops): about 8 s of CPU
    before (quadratic; 40-70 s of wall time on this shared machine), about 1 s now."""
    text = ("Đồng chí Nguyễn Văn An, Bí thư Chi bộ, phát biểu; tỷ lệ đạt 62/80 (77,5%) " * 4000)[:300_000]
    started = time.process_time()
    analysis = Analyzer().analyze(text)
    assert time.process_time() - started < 5
    assert not [f for f in analysis.findings if f.severity.value == "error"]
