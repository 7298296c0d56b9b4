"""Round 9 speed work: every shortcut gives exactly what the plain path it skips gives.

Each test runs the fast code and the plain one (the shortcut switched off, or the expression
it replaced written out) over the readable texts, in their own case and in upper, lower and
swapped case (capitals decide most of the shortcuts), plus sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutes_app.core.checks import capitalization as cap
from minutes_app.core.detectors import officials, phrases
from minutes_app.core.detectors.targets import _own_digit
from minutes_app.core.lexicon import is_compound
from minutes_app.core.reading import _JOINERS, Reading, tokenize

ROOT = Path(__file__).resolve().parents[2]

OWN = [
    "đồng chí nguyễn văn hùng, phó bí thư chi bộ, phát biểu ý kiến.",
    "Ông Lê Văn An, nguyên bí thư Đảng ủy xã, nay là chủ tịch Hội Cựu chiến binh.",
    "Dự hội nghị có đồng chí Trần Thị Mai - phó chủ tịch UBND xã và đồng chí Hà Văn Tú, trưởng thôn.",
    "Quyền Giám đốc Sở Nội vụ Phạm Minh Đức; thẩm quyền chủ tịch UBND xã; chính quyền xã.",
    "Đồng chí Vũ Văn Nam được bầu giữ chức phó bí thư Đảng ủy; đồng chí Lò Thị Hoa làm thư ký.",
    "các Chi bộ, các Nghị quyết, 5 Chi bộ trực thuộc và tổ chức Đảng, thôn Trung Ương, Ban chấp hành.",
    "Chi bộ đạt 5 chỉ tiêu gồm: thu ngân sách 39,8 tỷ đồng, đạt 113,71% dự toán; tỷ lệ hộ nghèo 4,86%.",
]


def _lines() -> list[str]:
    lines = [line for folder in ("seeds", "tests/corpus", "tests/dev2_quantities", "tests/dev2_structure")
             for path in sorted((ROOT / folder).glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    lines = lines[:3000] + OWN
    return [v for line in lines for v in (line, line.upper(), line.lower(), line.swapcase())]


class _Everything:
    def __contains__(self, item) -> bool:
        return True


def test_officials_plain_items_shortcut(monkeypatch):
    """A lower-case word or mark whose key and next key open no lexicon entry becomes its plain
    item at once: the same people as when every token goes the long way."""
    texts = _lines()
    fast = [officials.detect_officials(t) for t in texts]
    monkeypatch.setattr(officials, "_entry_openings", lambda: (_Everything(), _Everything()))
    assert [officials.detect_officials(t) for t in texts] == fast
    assert any(e.kind == "official" for people in fast for e in people)


def test_entry_openings_hold_every_match():
    """Every match of the four lexicons opens with one of _entry_openings' keys or pairs."""
    singles, pairs = officials._entry_openings()
    for text in _lines()[:4000]:
        tokens = tokenize(text)
        for i, token in enumerate(tokens):
            if any(phrases.match_lexicon(tokens, i, name, text) for name in ("ranks", "prefixes", "titles", "title_links")):
                assert token.key in singles or i + 1 < len(tokens) and (token.key, tokens[i + 1].key) in pairs


def _plain_match(tokens, i, name, text) -> int:
    """match_lexicon as first written: the gap tested before the next key."""
    node = phrases._trie(name).get(tokens[i].key)
    best, j = 0, i
    while node is not None:
        if phrases._END in node:
            best = j - i + 1
        j += 1
        if j >= len(tokens) or text[tokens[j - 1].end:tokens[j].start] not in _JOINERS:
            break
        node = node.get(tokens[j].key)
    return best


@pytest.mark.parametrize("name", ["ranks", "prefixes", "titles", "title_links", "org_heads", "org_continuation"])
def test_match_lexicon_as_plain(name):
    for text in _lines()[:4000] + ["Phó  Bí thư", "Phó\tBí thư", "Bí thư\u00a0Chi bộ", "Chủ tịch UBND"]:
        tokens = tokenize(text)
        for i in range(len(tokens)):
            assert phrases.match_lexicon(tokens, i, name, text) == _plain_match(tokens, i, name, text)


def test_compound_length_reads_keys_as_is_compound():
    for text in _lines()[:4000]:
        tokens = tokenize(text)
        for j in range(len(tokens)):
            expected = 1
            for n in (3, 2):
                if j + n <= len(tokens) and all(phrases.adjacent(tokens, k, text) for k in range(j, j + n - 1)) \
                        and all(t.is_word and t.text.islower() for t in tokens[j + 1:j + n]) \
                        and is_compound([t.text for t in tokens[j:j + n]]):
                    expected = n
                    break
            assert phrases.compound_length(tokens, j, text) == expected


def test_capitalization_case_shortcuts(monkeypatch):
    """Patterns chosen by the token's case and the place-noun gate: the same findings as with
    every pattern tried at every opener and every place noun looked up."""
    texts = _lines()

    def read(text):
        found, party = cap._read_passes(Reading(text))
        return [f.issue for f in found], [f.issue for f in party]

    fast = [read(t) for t in texts]
    cap._opening.cache_clear()
    monkeypatch.setattr(cap, "_case_fits", lambda pattern, upper: True)
    monkeypatch.setattr(cap, "_place_noun_ends", lambda: _Everything())
    try:
        assert [read(t) for t in texts] == fast
    finally:
        cap._opening.cache_clear()
    assert any(found for found, _ in fast) and any(party for _, party in fast)


@given(st.text(alphabet="ab1² ,;%", max_size=30), st.integers(0, 30), st.integers(0, 30),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=3))
def test_own_digit_as_plain(sentence, a, b, spans):
    plain = any(ch.isdigit() and not any(x <= a + i < y for x, y in spans) for i, ch in enumerate(sentence[a:b]))
    assert _own_digit(sentence, a, b, spans) == plain


def test_segment_pair_memo_as_plain(monkeypatch):
    """The pairs remembered by their keys (and the memo emptied at its bound) segment as the
    plain search does (tests/core/test_reading_speedups.py)."""
    from minutes_app.core import reading
    from tests.core.test_reading_speedups import plain_segment

    texts = _lines()[:400]
    for bound in (False, True):
        if bound:
            reading._PAIRS.firsts.clear()
            monkeypatch.setattr(reading._PAIRS, "_count", 10 ** 9)  # each new pair empties the memo at first
        for text in texts:
            tokens = tokenize(text)
            covered = [False] * len(tokens)
            assert (reading.segment(tokens, text, covered), covered) == plain_segment(tokens, text)
