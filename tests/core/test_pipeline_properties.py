"""Properties of the whole pipeline on arbitrary text: no crash, exact spans, no cache drift."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app.core.engine import Analyzer, analyze
from tests.helpers import SEEDS

_SEED_TOKENS = sorted({t for p in SEEDS for t in re.findall(r"\w+|[^\w\s]", p.read_text(encoding="utf-8"))})
_EXTRA = ["(1)", "(2)", "gồm:", "trong đó", "%", "/", "-", "đồng chí", "tổng số", "trở lên", "chỉ tiêu", "\n", "02"]
vietnamese_like = st.lists(st.sampled_from(_SEED_TOKENS + _EXTRA) | st.integers(0, 3000).map(str), max_size=80).map(
    lambda words: " ".join(words)
)
anything = st.text(max_size=300)


def _assert_spans_exact(text):
    analysis = analyze(text)
    for record in analysis.entities + analysis.findings:
        assert 0 <= record.start <= record.end <= len(text)
        assert text[record.start:record.end] == record.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_any_text(text):
    _assert_spans_exact(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like)
def test_vietnamese_like_text(text):
    _assert_spans_exact(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 40), vietnamese_like), min_size=1, max_size=6))
def test_incremental_equals_fresh(edits):
    """Edit a seed report repeatedly through one Analyzer (its paragraph cache warm): each
    result must equal a fresh analysis of the same text."""
    text = SEEDS[1].read_text(encoding="utf-8")
    analyzer = Analyzer()
    analyzer.analyze(text)
    for position, length, insert in edits:
        position = position % (len(text) + 1)
        text = text[:position] + insert + text[position + length:]
        incremental = analyzer.analyze(text)
        fresh = Analyzer().analyze(text)
        assert incremental.entities == fresh.entities
        assert incremental.findings == fresh.findings


def test_decomposed_text_is_analysed_like_composed_text():
    """Text typed in NFD (Unikey "Unicode tổ hợp") finds what its NFC form finds, with every
    span pointing into the text as written."""
    import unicodedata

    composed = SEEDS[1].read_text(encoding="utf-8")
    decomposed = unicodedata.normalize("NFD", composed)
    a, b = analyze(composed), analyze(decomposed)
    assert [(e.kind, unicodedata.normalize("NFC", e.text)) for e in b.entities] == [(e.kind, e.text) for e in a.entities]
    assert [(f.code, f.suggestion) for f in b.findings] == [(f.code, f.suggestion) for f in a.findings]
    for record in b.entities + b.findings:
        assert decomposed[record.start:record.end] == record.text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like)
def test_decomposed_spans_exact(text):
    import unicodedata

    _assert_spans_exact(unicodedata.normalize("NFD", text))
