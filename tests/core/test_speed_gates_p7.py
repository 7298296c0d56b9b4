"""Speed-only shortcuts of round 7 (issue 16's speed target): each gives the answer the slower
form gave, on the corpora's lines and on mutated sentences of our own (cases, exotic case folds,
white space a clerk may type)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from minutes_app.core.checks.counts import _REFERS_ABOVE, _may_refer_above
from minutes_app.core.detectors import figures, targets
from minutes_app.core.detectors.phrases import lexicon, lexicon_roots, match_lexicon
from minutes_app.core.reading import Reading, tokenize

ROOT = Path(__file__).resolve().parents[2]
MUTATIONS = ["İ", "ı", "ſ", "K", "  ", "\t", "\n", "\u00a0", "Σ", ""]


def _corpus_lines() -> list[str]:
    return [line for folder in ("seeds", "tests/corpus", "tests/real", "tests/dev2_quantities", "tests/dev2_structure")
            for path in sorted((ROOT / folder).glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")]


def _mutated(sentences: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    texts = [v for s in sentences for v in (s, s.upper(), s.lower(), s.swapcase())]
    for _ in range(count):
        text = rnd.choice(texts)
        i = rnd.randint(0, len(text))
        texts.append(text[:i] + rnd.choice(MUTATIONS) + text[i:])
    return texts


REFERS = [
    "04 cơ quan, đơn vị nêu trên đã hoàn thành nhiệm vụ.", "Các chi bộ kể trên được khen thưởng.",
    "Những nội dung trên đây đã được thống nhất.", "Ba đồng chí vừa nêu được đề nghị kết nạp.",
    "Các ý kiến nêu\ttrên được tiếp thu.", "3 tập thể KỂ  TRÊN", "Nội dung Trên Đây",
]


def test_refers_above_gate_never_turns_away_a_match():
    lines = _corpus_lines() + _mutated(REFERS, 3000, 16)
    matched = 0
    for line in lines:
        if _REFERS_ABOVE.search(line):
            matched += 1
            assert _may_refer_above(Reading(line)), line
    assert matched > 30
    assert not _may_refer_above(Reading("Chi bộ trên địa bàn xã có 25 đảng viên."))


def _unguarded(pattern: re.Pattern, guard: str) -> re.Pattern:
    assert pattern.pattern.startswith(guard)
    return re.compile(pattern.pattern[len(guard):], pattern.flags)


CLAIMS = [
    "Kết nạp 12 đảng viên, đạt 120% chỉ tiêu.", "Thu ngân sách chưa đạt kế hoạch.", "Hoàn thành 5 chỉ tiêu.",
    "Không hoàn thành mục tiêu đề ra.", "Đạt và vượt 3 chỉ tiêu.", "vượt mức kế hoạch năm", "chỉ tiêu đã vượt",
    "Kế hoạch không đạt", "mục tiêu đạt và vượt", "KHÔNG ĐẠT DỰ TOÁN", "đạt hai chỉ tiêu", "vượt các mục tiêu",
]
DATES = ["Ngày 12/5 chi bộ họp.", "sáng 3/9", "Chiều 14/10 đoàn đến.", "tối 2/9", "Trưa 1/1", "đêm 30/4", "hôm 5/6",
         "Đêm 19/5", "ngày  7/11/2025", "Sáng\t8/3", "HÔM 4/4"]


@pytest.mark.parametrize("pattern,guard,sentences", [
    (targets.CLAIM, "(?=[chkmvđ])", CLAIMS),
    (figures.DATE_DAY_MONTH, "(?=[NnSsCcTtĐđHh])", DATES),
], ids=["claim", "day-month"])
def test_first_letter_guard_finds_what_the_pattern_found(pattern, guard, sentences):
    """The look-ahead on the first letters turns away positions only: same matches, same groups."""
    plain = _unguarded(pattern, guard)
    found = 0
    for line in _corpus_lines() + _mutated(sentences, 3000, 17):
        mine = [(m.span(), m.groups()) for m in pattern.finditer(line)]
        assert mine == [(m.span(), m.groups()) for m in plain.finditer(line)], line
        found += bool(mine)
    assert found > 50


def test_target_paren_needs_a_bracket():
    """_target asks _TARGET_PAREN only of a clause holding "(": every match opens with one."""
    for line in _corpus_lines() + _mutated(["đạt 95% (kế hoạch 90%)", "Thu 12 tỷ (chỉ tiêu 10 tỷ)"], 500, 18):
        for m in targets._TARGET_PAREN.finditer(line):
            assert "(" in m.group(), line


@pytest.mark.parametrize("name", ["ranks", "prefixes", "titles", "title_links", "org_heads"])
def test_lexicon_roots_open_every_match(name):
    """A token whose key opens no entry of the lexicon matches none there (officials skips the call)."""
    roots = lexicon_roots(name)
    assert roots == {keys[0] for keys in lexicon(name) if keys}
    checked = 0
    for line in _corpus_lines()[:4000]:
        tokens = tokenize(line)
        for i, token in enumerate(tokens):
            if token.key not in roots:
                checked += 1
                assert match_lexicon(tokens, i, name, line) == 0
    assert checked > 1000


def _segment_by_search(tokens, text):
    """The segmentation as a search over every split (the DP the engine ran on every run before
    its shortcut for runs whose known words stand apart): the fewest words, ties to the longer."""
    from minutes_app.core.lexicon import compound_words
    from minutes_app.core.reading import MAX_WORD, segment

    known = compound_words()
    words = []
    for run in _runs(segment(tokens, text)):
        first, last = run
        size = last - first
        best, choice = [0] * (size + 1), [1] * (size + 1)
        for k in range(size - 1, -1, -1):
            best[k] = size + 1
            for length in range(min(MAX_WORD, size - k), 0, -1):  # longest first: ties go to the longer
                if (length == 1 or " ".join(t.key for t in tokens[first + k:first + k + length]) in known) \
                        and best[k + length] + 1 < best[k]:
                    best[k], choice[k] = best[k + length] + 1, length
        k = 0
        while k < size:
            words.append((first + k, first + k + choice[k]))
            k += choice[k]
    return words


def _runs(words):
    """(first, last) token ranges of the runs the segmentation read: a word of letters next to the previous."""
    runs = []
    for word in words:
        if runs and runs[-1][1] == word.first and word.key[:1].isalpha() and runs[-1][2]:
            runs[-1][1] = word.last
        else:
            runs.append([word.first, word.last, word.key[:1].isalpha()])
    return [(a, b) for a, b, _ in runs]


def test_segmentation_takes_the_fewest_words():
    """Runs whose known words stand apart are split without the search: the same words as the
    search over every split, on random runs of syllables of known words (overlaps included)."""
    from minutes_app.core.lexicon import compound_words
    from minutes_app.core.reading import segment

    known = sorted(w for w in compound_words() if w.isalpha() or set(w) - set(" ") and w.replace(" ", "").isalpha())
    common = [w for w in known if len(w.split(" ")) <= 3][::7]
    syllables = sorted({s for w in common for s in w.split(" ")})
    rnd = random.Random(19)
    multi = 0
    for _ in range(3000):  # known words side by side (their syllables often make other words across) and loose syllables
        pieces = [rnd.choice(common) if rnd.random() < 0.6 else rnd.choice(syllables) for _ in range(rnd.randint(1, 6))]
        text = " ".join(pieces)
        tokens = tokenize(text)
        words = segment(tokens, text)
        if all(w.key[:1].isalpha() for w in words):
            assert [(w.first, w.last) for w in words] == _segment_by_search(tokens, text), text
            multi += sum(w.size > 1 for w in words)
    assert multi > 300


def test_word_index_is_word_of_token():
    for line in _corpus_lines()[:3000] + ["cán bộ bộ phận", "khẩn trương trình", "H'Hen, PGS.TS 1.234,5 tổ chức cơ sở đảng"]:
        reading = Reading(line)
        assert [reading.word_index(i) for i in range(len(reading.tokens))] == reading.word_of_token


def test_quantity_shifted_is_replace():
    """Quantity.shifted makes the record dataclasses.replace makes with every offset it carries moved
    (span, cues, the modifier's cue): equality, hash and every field. The one helper for placing a
    quantity in the document (quantities/lists.py had its own, which also moved the cues)."""
    from dataclasses import fields, replace

    from minutes_app.core.quantities import read_paragraph

    def moved(cue, offset):
        return cue and replace(cue, start=cue.start + offset, end=cue.end + offset)

    checked = with_cues = with_modifier = 0
    for line in _corpus_lines()[:2000]:
        for q in read_paragraph(Reading(line), ()).quantities:
            for offset in (0, 7, 1234):
                mine = q.shifted(offset)
                theirs = replace(q, start=q.start + offset, end=q.end + offset,
                                 cues=tuple(moved(c, offset) for c in q.cues), modifier_cue=moved(q.modifier_cue, offset))
                assert mine == theirs and hash(mine) == hash(theirs) and type(mine) is type(theirs)
                assert [getattr(mine, f.name) for f in fields(mine)] == [getattr(theirs, f.name) for f in fields(theirs)]
                assert [(c.start - offset, c.end - offset) for c in mine.cues] == [(c.start, c.end) for c in q.cues]
                checked += 1
                with_cues += bool(q.cues)
                with_modifier += q.modifier_cue is not None
            assert q.shifted(5).shifted(-5) == q
    assert checked > 500 and with_cues > 50 and with_modifier > 5
