"""The shared reading's fast paths give exactly what the plain algorithms give.

The segmentation looks for a word of three or four syllables only after one of its prefixes
(resources/words_viet74k_prefixes.txt): the plain search below builds every candidate.
"""

from hypothesis import given
from hypothesis import strategies as st

from minutes_app.core.lexicon import compound_prefixes, compound_words, word_prefixes
from minutes_app.core.reading import _JOINERS, MAX_WORD, Word, segment, tokenize
from minutes_app.core.resources import word_list
from tests.helpers import SEEDS


def plain_segment(tokens, text):
    """Every candidate of 2..MAX_WORD syllables tried at every syllable; fewest words, ties to
    the longer first word; ``covered`` marks tokens inside any known word."""
    known = compound_words()
    covered = [False] * len(tokens)
    words = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_word:
            words.append(Word(i, i + 1, tokens[i].start, tokens[i].end, tokens[i].key, True))
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].is_word and text[tokens[j - 1].end:tokens[j].start] in _JOINERS:
            j += 1
        size = j - i
        spans = []
        for k in range(i, j):
            lengths = [1]
            for m in range(k + 1, min(j, k + MAX_WORD)):
                if " ".join(t.key for t in tokens[k:m + 1]) in known:
                    lengths.append(m - k + 1)
                    covered[k:m + 1] = [True] * (m - k + 1)
            spans.append(lengths)
        best, choice = [0] * (size + 1), [1] * (size + 1)
        for k in range(size - 1, -1, -1):
            best[k] = size + 1
            for length in reversed(spans[k]):
                if best[k + length] + 1 < best[k]:
                    best[k], choice[k] = best[k + length] + 1, length
        k = 0
        while k < size:
            a, b = i + k, i + k + choice[k]
            words.append(Word(a, b, tokens[a].start, tokens[b - 1].end, " ".join(t.key for t in tokens[a:b]), True))
            k += choice[k]
        i = j
    return words, covered


def _same(text):
    tokens = tokenize(text)
    covered = [False] * len(tokens)
    assert (segment(tokens, text, covered), covered) == plain_segment(tokens, text)


def test_prefix_file_is_up_to_date():
    """scripts/make_word_list.py --prefixes rewrites it after words_viet74k.txt changes."""
    expected = {p for w in word_list("words_viet74k") for p in word_prefixes(w)}
    assert set(word_list("words_viet74k_prefixes")) == expected
    assert all(p in compound_prefixes() for w in compound_words() for p in word_prefixes(w))


def test_word_prefixes():
    assert word_prefixes("tổ chức") == ()
    assert word_prefixes("ban chấp hành") == ("ban chấp",)
    assert word_prefixes("tổ chức cơ sở") == ("tổ chức", "tổ chức cơ")
    assert word_prefixes("a b c d e") == ("a b", "a b c")


def test_segmentation_of_the_seeds_is_the_plain_one():
    for path in SEEDS:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            _same(paragraph)


def test_segmentation_of_sentences():
    for text in ("Cán bộ bộ phận một cửa đã tiếp nhận hồ sơ.", "Đồng chí khẩn trương trình bày báo cáo.",
                 "Ban Chấp hành Đảng bộ tổ chức cơ sở đảng", "chủ nghĩa xã hội chủ nghĩa Mác - Lênin",
                 "ủy ban  nhân dân\u00a0xã, hội đồng nhân dân\tphường", "a", "", "12 / 5 ; x"):
        _same(text)


_SYLLABLES = sorted({s for w in list(compound_words())[::97] for s in w.split(" ")})
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\u00a0", ", ", "\t", "", " 12 "])


@given(st.lists(st.tuples(st.sampled_from(_SYLLABLES), _GAPS), max_size=30))
def test_segmentation_of_random_syllables_is_the_plain_one(pieces):
    _same("".join(s + gap for s, gap in pieces))


@given(st.lists(st.sampled_from(sorted(w for w in compound_words() if w.count(" ") >= 2)[::7]), max_size=8))
def test_segmentation_of_long_words_run_together(words):
    _same(" ".join(words))


# Patterns read with number_matches: each opens with a number no digit precedes.
def _number_led_patterns():
    from minutes_app.core.checks import docnumbers, numberformat
    from minutes_app.core.detectors import figures

    return [figures.DOC_NUMBER_PARTY, figures.DOC_NUMBER_STATE, figures.DATE_NUMERIC, figures.TERM,
            figures.RATIO, figures.PERCENT, figures.MONEY, figures.COUNT,
            numberformat._SPLIT_GROUP, numberformat._ENGLISH, numberformat._DOT_DECIMAL,
            numberformat._three_decimals(), numberformat._SPACE_PERCENT, *docnumbers._patterns().values()]


def _same_matches(text):
    from minutes_app.core.text import number_matches, number_starts

    starts = number_starts(text)
    for pattern in _number_led_patterns():
        assert [m.span() for m in number_matches(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)], \
            pattern.pattern


def test_number_matches_on_the_corpora():
    from tests.helpers import ROOT

    for path in [*SEEDS, *sorted((ROOT / "tests" / "corpus").glob("*.txt")), *sorted((ROOT / "tests" / "real").glob("*.txt"))]:
        _same_matches(path.read_text(encoding="utf-8"))


_NUMBERISH = st.sampled_from(["1", "12", "2.465", "77,5", "1,234,567", "2020", "1999", "15", "0", "٣", "x", "Đ", "NQ",
                              "TU", "QĐ", "UBND", "tỷ", "triệu", "đồng", "ha", "người", "năm", "tháng", "ngày"])
_MARKS = st.sampled_from(["", " ", "  ", "/", "-", " - ", ".", ",", "%", " %", ", ", "–", "(", ")", ":", "\u00a0"])


@given(st.lists(st.tuples(_NUMBERISH, _MARKS), max_size=25))
def test_number_matches_on_random_numbers(pieces):
    _same_matches("".join(a + b for a, b in pieces))


def test_syllable_tables_kept_in_the_cache_are_the_built_ones(tmp_path, monkeypatch):
    """Built on the first check, written to the user's cache folder, read back by the next."""
    from minutes_app.core import vietnamese

    path = tmp_path / "cache" / "syllable_tables-x.txt"
    monkeypatch.setattr(vietnamese, "tables_path", lambda: path)
    vietnamese._syllable_tables.cache_clear()
    try:
        built = vietnamese._syllable_tables()
        assert path.exists() and not list(path.parent.glob(".syllable_tables*"))
        vietnamese._syllable_tables.cache_clear()
        read = vietnamese._syllable_tables()
        assert read is not built
        assert frozenset(read["rhymes"]) == frozenset(vietnamese.build_rhymes()) and "" in read["rhymes"]
        assert read["base"] == vietnamese.build_by_base()
        assert read["fold"] == vietnamese.build_syllables_by_fold()
        assert list(read["fold"]) == list(vietnamese.build_syllables_by_fold())
        assert frozenset(read["lower"]) == frozenset(vietnamese.build_lower_syllables())
        path.write_text("rhymes\ta\n", encoding="utf-8")  # damaged: built again
        vietnamese._syllable_tables.cache_clear()
        assert vietnamese._syllable_tables()["base"] == vietnamese.build_by_base()
    finally:
        monkeypatch.undo()
        vietnamese._syllable_tables.cache_clear()


def test_syllable_tables_without_a_writable_cache(tmp_path, monkeypatch):
    from minutes_app.core import vietnamese

    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(vietnamese, "tables_path", lambda: blocker / "sub" / "tables.txt")
    vietnamese._syllable_tables.cache_clear()
    try:
        assert vietnamese._syllable_tables()["lower"] == vietnamese.build_lower_syllables()
    finally:
        monkeypatch.undo()
        vietnamese._syllable_tables.cache_clear()


def test_the_tables_are_named_after_their_sources():
    from minutes_app.core import vietnamese

    assert vietnamese.tables_source() in vietnamese.tables_path().name


def test_toned_pairs_are_found_as_the_plain_pattern_finds_them():
    from minutes_app.core.checks.tone_style import _TONED_PAIR, _toned_pairs
    from tests.helpers import ROOT

    texts = [p.read_text(encoding="utf-8") for p in [*SEEDS, *sorted((ROOT / "tests" / "real").glob("*.txt"))]]
    texts += ["HOÀ THUỶ hoà Hòa KHÓA khoá Uỷ ủy oà òa OÀ ÒA quý QUÝ", "ooà uuỷ òòa", "tOà tòA"]
    for text in texts:
        assert [m.span() for m in _toned_pairs(text)] == [m.span() for m in _TONED_PAIR.finditer(text)]


@given(st.text(alphabet="aAbBđĐẠạ 1.,:ⓐⒶª中ǅ\u0301-", max_size=12))
def test_a_line_is_upper_case_when_every_letter_is_and_there_are_two(line):
    from minutes_app.core.structure.lines import line_shape

    letters = [c for c in line.strip() if c.isalpha()]
    expected = bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1
    kind, _, _, upper = line_shape(line)
    assert upper == expected or kind.name in ("BLANK", "PARTY_NAME", "NATIONAL_NAME")
    assert line_shape("BIÊN BẢN HỌP CHI BỘ")[3] and not line_shape("Biên bản họp chi bộ")[3]
    assert not line_shape("A 1")[3] and line_shape("NQ 15")[3]


def test_capitalization_phrases_found_by_the_trie_are_the_longest_listed_ones():
    from minutes_app.core.checks.capitalization import _Paragraph, _phrases
    from minutes_app.core.reading import Reading
    from tests.helpers import ROOT

    def plain(p, i, name):
        toks = p.toks
        for phrase, keys in _phrases(name).get(toks[i].key, ()):
            n = len(keys)
            if i + n <= len(toks) and all(toks[i + k].key == keys[k] for k in range(1, n)) \
                    and all(p.joined(j) for j in range(i, i + n - 1)):
                return phrase
        return None

    names = ("capitalization_titles", "capitalization_bodies", "capitalization_common_nouns",
             "capitalization_party_compounds", "capitalization_plural_nouns", "org_heads")
    texts = [p.read_text(encoding="utf-8") for p in [*SEEDS, *sorted((ROOT / "tests" / "real").glob("*.txt"))[:60]]]
    texts.append("Ban Chấp hành  Đảng bộ, ban chấp hành đảng bộ\u00a0Ủy ban nhân dân Bộ Chính trị; BAN CHẤP HÀNH")
    for text in texts:
        for line in text.split("\n"):
            p = _Paragraph(Reading(line))
            for i in range(len(p.toks)):
                for name in names:
                    assert p.match(i, name) == plain(p, i, name), (line, i, name)


def test_an_analysis_nobody_keeps_is_freed_without_the_cycle_collector():
    """The context reaches the model through a weak reference: no cycle keeps a dropped result
    (its entities, findings and paragraphs) alive until a collection."""
    import gc
    import weakref

    from minutes_app.core.engine import Analyzer

    text = SEEDS[0].read_text(encoding="utf-8")
    analyzer = Analyzer()
    gc.collect()
    gc.disable()
    try:
        analysis = analyzer.analyze(text)
        model = weakref.ref(analysis.structure)
        assert analysis.structure.genre_hint  # the rules' view of the model still works
        del analysis
        assert model() is None
        built = analyzer.analyze(text)
        assert built.structure.built() is not None and built.structure.to_json()
    finally:
        gc.enable()


@given(st.text(alphabet=";:() 12a\t\n\u00a0", max_size=20))
def test_target_clause_cuts_as_with_the_colon_look_behind(text):
    """The target detector's clause breaks match a colon with its space (a plain first character
    for re to look for); where each break ends is what it was with the look-behind."""
    import re

    from minutes_app.core.detectors.targets import _CLAUSE_BREAK

    old = re.compile(r";|\(\d{1,2}\)|(?<=:)\s")
    assert [m.end() for m in _CLAUSE_BREAK.finditer(text)] == [m.end() for m in old.finditer(text)]


@given(st.sampled_from([line for path in SEEDS for line in path.read_text(encoding="utf-8").split("\n")]),
       st.sampled_from(["", "Ngày 31 tháng 4", "ngày 5 tháng 13 năm", "NGÀY 30 THÁNG 2"]))
def test_yearless_dates_found_as_without_the_word_test(line, extra):
    """invalid-date reads the day-month pattern only in a paragraph holding its words."""
    from minutes_app.core.checks.dates import _YEARLESS, invalid_date
    from minutes_app.core.checks.registry import ParagraphContext
    from minutes_app.core.detectors import detect_paragraph
    from minutes_app.core.reading import Reading

    text = line + " " + extra
    reading = Reading(text)
    found = list(invalid_date(ParagraphContext(text, detect_paragraph(reading), reading)))
    if not ("tháng" in text and "gày" in text):
        assert not list(_YEARLESS.finditer(text))
    assert all(text[i.start:i.end] for i in found)


_NAME_PIECES = ["Nguyễn", "Văn", "An", "Lê", "thị", "Hoa", "ông", "Đồng chí", "đ/c", "TS.", "H'Hen", "UBND", "BÍ",
                "Trần", "Minh", "5", ",", ".", "'", "  ", "\t", "(", "Ⅷ", "Y", "các đồng chí", "bà", "²", "Ne\u0301t", "_"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12), st.lists(st.sampled_from([" ", "", "  "]), min_size=12,
                                                                       max_size=12))
def test_names_read_only_where_three_capitalised_syllables_stand(pieces, gaps):
    """name-inconsistent searches a paragraph for names only where three capitalised syllables
    stand one space apart: the names found are those the two patterns find everywhere."""
    from minutes_app.core.checks.names import _names_of, _paragraph_names
    from minutes_app.core.reading import Reading

    text = "".join(p + g for p, g in zip(pieces, gaps))
    assert _names_of(Reading(text)) == _paragraph_names(text)


def test_names_gate_on_the_seeds():
    from minutes_app.core.checks.names import _names_of, _paragraph_names
    from minutes_app.core.reading import Reading

    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").split("\n"):
            for text in (line, line.upper(), line.title()):
                assert _names_of(Reading(text)) == _paragraph_names(text)
