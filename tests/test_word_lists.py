"""The lists prebuilt from words_viet74k.txt (scripts/make_word_list.py --prefixes) agree with it: a stale
one would change what the segmentation and the real-word check read, silently."""

from minutes_app.core.lexicon import compound_words, syllable_counts_of, syllable_word_counts, word_prefixes
from minutes_app.core.resources import word_list


def test_viet74k_list_is_sorted():
    listed = word_list("words_viet74k")  # the syllable counts look extra words up in it by halving
    assert list(listed) == sorted(listed)


def test_prebuilt_syllable_counts_match_the_list():
    prebuilt = {s: int(n) for s, _, n in (line.rpartition(" ") for line in word_list("words_viet74k_syllable_counts"))}
    assert prebuilt == syllable_counts_of(word_list("words_viet74k"))


def test_syllable_counts_cover_our_extra_words():
    assert syllable_word_counts() == syllable_counts_of(compound_words())


def test_prebuilt_prefixes_match_the_list():
    assert set(word_list("words_viet74k_prefixes")) == {p for w in word_list("words_viet74k") for p in word_prefixes(w)}
