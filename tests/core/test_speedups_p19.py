"""Round 16's speed changes (p19) answer as the work they spare: the pieces split-word joins, remembered by their
texts, are the pieces the plain test joins; the patterns given a first-letter lookahead find what the same patterns
without it find. Over the seeds, our own corpora and tests/real; results, never timings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_app.core.checks import names, typos
from minutes_app.core.detectors.figures import PERIOD
from minutes_app.core.detectors.targets import _TARGET_PAREN, CLAIM, CLAIM_OPENERS, claim_in
from minutes_app.core.quantities import reader
from minutes_app.core.quantities.attendance_reader import LABEL_OPENERS, LABEL_RE, RESTATED_LINE, RESTATED_OPENERS
from minutes_app.core.quantities.relations import _ASSESSED
from minutes_app.core.reading import Reading
from minutes_app.core.resources import word_set
from minutes_app.core.structure.scan import Anchored
from minutes_app.core.text import word_trie
from minutes_app.core.vietnamese import longest_syllable
from tests.core.test_keywords import LABEL_SENTENCES

ROOT = Path(__file__).resolve().parents[2]


def _paragraphs() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt")) + \
        sorted((ROOT / "tests" / "real").glob("*.txt"))
    return [p for f in files for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]


PARAGRAPHS = _paragraphs()


def test_the_pieces_split_word_joins_are_those_the_plain_test_joins():
    longest = longest_syllable()
    readings = [Reading(p).tokens for p in PARAGRAPHS]
    pairs = {(first.text, second.text) for tokens in readings for first, second in zip(tokens, tokens[1:])
             if first.is_word and second.is_word}
    pairs |= {("ch", "í"), ("tr", "iển"), ("Y", "Tý"), ("Đ", "ảng"), ("UB", "ND"), ("tha", "m"), ("nghiêng", "a")}
    for first, second in sorted(pairs):
        plain = len(first) + len(second) <= longest and not (first.isupper() and len(first) > 1) \
            and second.islower() and typos._syllable(first + second)
        for _ in range(2):  # the first answer is made, the second remembered
            seconds = typos._PIECES.firsts.get(first)
            joined = seconds.get(second) if seconds is not None else None
            if joined is None:
                joined = typos._PIECES.remember(first, second, seconds)
            assert joined == (first + second if plain else ""), (first, second)


@pytest.mark.parametrize("guarded, plain", [
    (PERIOD, PERIOD.pattern.removeprefix("(?=[TtQq])(?:").removesuffix(")")),
    (_TARGET_PAREN, _TARGET_PAREN.pattern.removeprefix(r"(?=[\s(])(?:").removesuffix(")")),
    (_ASSESSED, _ASSESSED.pattern.removeprefix("(?=[đxhtkgr])(?:").removesuffix(")")),
])
def test_a_first_letter_lookahead_finds_what_the_pattern_finds(guarded, plain):
    assert plain != guarded.pattern
    plain = re.compile(plain, guarded.flags)
    extra = ["Quý IV/2025 và tháng 12 năm 2025; QUÝ I, THÁNG 3", "vượt dự toán (1,5 tỷ đồng)  (chỉ tiêu 40)",
             "ĐÁNH GIÁ, Xếp loại, KIỂM TRA và Rà soát"]
    for text in PARAGRAPHS + extra:
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


RESTATED_SENTENCES = ["Số ủy viên hiện có: 26 đồng chí.", "Hiện nay còn 12 hội viên sinh hoạt.", "ĐẾN NAY CÒN 5 hộ.",
                      "nay còn 3 đồng chí", "01 đồng chí chuyển đi, còn lại là 14.", "hiện  còn\t7 người"]


@pytest.mark.parametrize("pattern, openers, sentences", [
    (LABEL_RE, LABEL_OPENERS, LABEL_SENTENCES),
    (RESTATED_LINE, RESTATED_OPENERS, RESTATED_SENTENCES),
], ids=["labels", "restated"])
def test_a_label_looked_for_where_its_words_start_is_found_as_by_its_pattern(pattern, openers, sentences):
    anchored = Anchored(pattern, openers)
    texts = [variant for sentence in sentences
             for variant in (sentence, sentence.upper(), sentence.swapcase(), f"Biên bản.\n{sentence} (ghi lại)")]
    found = 0
    for text in texts + PARAGRAPHS:
        matches = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in anchored.finditer(text)] == matches, text
        assert bool(anchored.search(text)) == bool(matches)
        assert all(text[a:b].lower().startswith(openers) for (a, b), _ in matches)  # every match opens with one
        found += len(matches)
    assert found >= len(texts)


def test_family_names_as_a_trie_find_the_names_the_alternation_finds():
    by_surname = names._name_patterns()[0]
    surnames = sorted(word_set("surnames", lower=False) - {w.capitalize() for w in word_set("prefixes")},
                      key=lambda w: (-len(w), w))
    assert all(re.fullmatch(r"[^\W\d_]+", s) for s in surnames)  # letters only: the alternation had nothing to escape
    listed = re.compile(by_surname.pattern.replace(word_trie(surnames), "(?:" + "|".join(surnames) + ")"))
    assert listed.pattern != by_surname.pattern
    # each name before a name, a name run on into a longer word, a name cut short, and lower case
    made = [" ".join(f"{s}{tail} Văn Hải Nam" for s in surnames) for tail in ("", "x", "-")] + \
        [" ".join(f"{s[:-1]} Thị Mai Lan, {s.lower()} Hữu Tài" for s in surnames)]
    for text in PARAGRAPHS + made:
        assert [(m.span(), m.groups()) for m in by_surname.finditer(text)] == \
            [(m.span(), m.groups()) for m in listed.finditer(text)], text


def test_the_two_pieces_before_a_name_are_those_of_the_split_text():
    texts = PARAGRAPHS[:300] + ["", " ", "  ", "a", "a b", " a", "a ", "Đồng chí  Lê Văn An", "x\u00a0y z"]
    for text in texts:
        for end in range(len(text) + 1):
            assert names._two_pieces_before(text, end) == text[:end].rsplit(" ", 2)[-2:], (text, end)


CLAIM_SENTENCES = ["Thu ngân sách đạt 104% dự toán, vượt kế hoạch.", "Kết nạp 8 đảng viên, chưa đạt chỉ tiêu.",
                   "Chỉ tiêu đã đạt và vượt: 12/10 chi bộ.", "Kế hoạch vượt so với cùng kỳ.", "Mục tiêu chưa đạt.",
                   "Không hoàn thành kế hoạch năm; hoàn thành 2 mục tiêu.", "Chưa hoàn thành dự toán.",
                   "Không đạt các chỉ tiêu; cơ bản hoàn thành kế hoạch; đạt và vượt mức kế hoạch."]


def test_a_claim_looked_for_where_its_words_start_is_found_as_by_its_pattern():
    anchored = Anchored(CLAIM, CLAIM_OPENERS)
    texts = [variant for sentence in CLAIM_SENTENCES for variant in (sentence, sentence.upper(), sentence.swapcase())]
    found = 0
    for text in texts + PARAGRAPHS:
        matches = [(m.span(), m.groups()) for m in CLAIM.finditer(text)]
        assert [(m.span(), m.groups()) for m in anchored.finditer(text)] == matches, text
        assert all(text[a:b].lower().startswith(CLAIM_OPENERS) for (a, b), _ in matches)
        found += len(matches)
    assert found >= len(texts)
    assert claim_in("Năm 2025, xã đã vượt 3 chỉ tiêu.").group() == "vượt 3 chỉ tiêu"


def test_a_place_before_a_number_is_read_as_from_the_words_before_it():
    texts = PARAGRAPHS + ["Thôn 3, tổ 5 và khu phố 4; nông thôn 14", "(thôn 2) xã: Tổ: 7", "(tốt 55", "(Ấp 3)", "ấp(4"]
    for text in texts:
        for match in re.finditer(r"\d+", text):
            words, _ = reader._words_before(text, match.start())
            pair = [w.lower() for w in words[-2:]]
            plain = bool(words) and words[-1].lower() in reader._PLACE_WORDS and (
                len(pair) < 2 or not reader.is_compound(pair) or " ".join(pair) in reader._PLACE_PHRASES)
            assert reader._place_before(text, match.start()) == plain, (text, match.start())
