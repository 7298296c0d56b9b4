"""Our own corpora of realistic minutes, reports and news items, each document with a
sidecar of what the checker must say about it (<name>.txt + <name>.expected.json; the
format and the four checks are described in tests/corpus_checks.py).

- tests/corpus/: seventeen documents in the three genres, half fully correct.
- tests/corpus_holdout/: twelve documents by a second author, written independently of the
  engine (other provinces and bodies, state-agency minutes, a UBND huyện report, a thông
  báo kết luận, flattened tables, side-by-side signature blocks, ethnic-minority, two- and
  five-syllable names, academic and military prefixes). Its expectations are what a careful
  reviewer would say; engine changes made after its first run are listed in the commits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_checks import Corpus

CORPORA = {name: Corpus(Path(__file__).resolve().parent / name) for name in ("corpus", "corpus_holdout")}
DOCUMENTS = [pytest.param(c, n, id=f"{c}/{n}") for c, corpus in CORPORA.items() for n in corpus.documents]
PLANTED = [pytest.param(c, *p.values, id=f"{c}/{p.id}") for c, corpus in CORPORA.items()
           for p in corpus.planted_params()]


@pytest.mark.parametrize("corpus, name", DOCUMENTS)
def test_corpus_document_is_well_formed(corpus, name):
    """The corpus itself: UTF-8 NFC text of sane length whose sidecar matches it."""
    CORPORA[corpus].check_well_formed(name)


@pytest.mark.parametrize("corpus, name, index", PLANTED)
def test_planted_problem_is_found(corpus, name, index):
    CORPORA[corpus].check_planted_found(name, index)


@pytest.mark.parametrize("corpus, name", DOCUMENTS)
def test_no_unexpected_error_or_warning(corpus, name):
    CORPORA[corpus].check_no_unexpected(name)


@pytest.mark.parametrize("corpus, name", DOCUMENTS)
def test_officials_are_recognised(corpus, name):
    CORPORA[corpus].check_officials(name)
