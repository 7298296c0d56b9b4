"""The hold-out corpus: twelve documents written independently of the engine and of
tests/corpus (other provinces and bodies, state-agency minutes, a UBND huyện report, a
thông báo kết luận, flattened tables, side-by-side signature blocks, ethnic-minority,
two- and five-syllable names, academic and military prefixes). The expectations are what a
careful human reviewer would say; they were not tuned on the engine's output, so failures
here show where the engine does not generalise.

Same sidecar format and the same four checks as tests/test_corpus.py (tests/corpus_checks.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_checks import Corpus

CORPUS = Corpus(Path(__file__).resolve().parent / "corpus_holdout")
DOCUMENTS = CORPUS.documents
PLANTED = CORPUS.planted_params()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_holdout_document_is_well_formed(name):
    CORPUS.check_well_formed(name)


@pytest.mark.parametrize("name, index", PLANTED)
def test_holdout_planted_problem_is_found(name, index):
    CORPUS.check_planted_found(name, index)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_holdout_no_unexpected_error_or_warning(name):
    CORPUS.check_no_unexpected(name)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_holdout_officials_are_recognised(name):
    CORPUS.check_officials(name)
