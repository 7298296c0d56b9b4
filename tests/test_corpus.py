"""The test corpus: realistic minutes, reports and news items, each with a sidecar of what
the checker must say about it (tests/corpus/<name>.txt + <name>.expected.json).

The sidecar format and the four checks are described in tests/corpus_checks.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_checks import Corpus

CORPUS = Corpus(Path(__file__).resolve().parent / "corpus")
DOCUMENTS = CORPUS.documents
PLANTED = CORPUS.planted_params()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_corpus_document_is_well_formed(name):
    """The corpus itself: UTF-8 NFC text of sane length whose sidecar matches it."""
    CORPUS.check_well_formed(name)


@pytest.mark.parametrize("name, index", PLANTED)
def test_planted_problem_is_found(name, index):
    CORPUS.check_planted_found(name, index)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_unexpected_error_or_warning(name):
    CORPUS.check_no_unexpected(name)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_officials_are_recognised(name):
    CORPUS.check_officials(name)
