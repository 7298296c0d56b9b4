"""The officials sentences of tests/words_own (our own, many wordings): the figures stay where they are."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import score_words  # noqa: E402


def test_our_own_officials_sentences():
    misses: list[str] = []
    figures = score_words.score_officials(ROOT / "tests" / "words_own", misses)
    assert figures["officials.name_f1"] == 1.0, misses
    assert figures["officials.title_f1"] >= 0.99, misses
    assert figures["officials.former_kept_share"] == 1.0, misses


def test_our_own_round4_title_sentences():
    misses: list[str] = []
    figures = score_words.score_officials(ROOT / "tests" / "words_own4", misses)
    assert figures["officials.name_f1"] == 1.0, misses
    assert figures["officials.title_f1"] >= 0.98, misses


def test_the_round4_dev_set_keeps_its_figures():
    """tests/dev3_words (round 4, tuned on after scoring it): officials and spelling stay where they are."""
    misses: list[str] = []
    folder = ROOT / "tests" / "dev3_words"
    officials = score_words.score_officials(folder, misses)
    assert officials["officials.name_f1"] == 1.0, misses
    assert officials["officials.title_f1"] >= 0.99, misses
    assert officials["officials.former_kept_share"] == 1.0, misses
    spelling = score_words.score_spelling(folder, misses)
    assert spelling["misspellings.flagged"] >= 0.9, misses
    assert spelling["lookalikes.flagged_share"] <= 0.03, misses
