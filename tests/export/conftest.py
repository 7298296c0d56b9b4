"""Seeds 001 and 004 analysed once and exported once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.core.loading import load_file
from minutes_app.export import write_annotated, write_summary

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_001 = SEEDS / "001_5b83d424bdd5d02b.txt"
SEED_004 = SEEDS / "004_bc74bf3a4776a6c8.txt"


@pytest.fixture(scope="session", params=[SEED_001, SEED_004], ids=["001", "004"])
def seed(request):
    return request.param


@pytest.fixture(scope="session")
def analyses():
    return {path: analyze(load_file(path).text) for path in (SEED_001, SEED_004)}


@pytest.fixture(scope="session")
def exported(analyses, tmp_path_factory):
    """(summary Document, annotated Document) per seed, written to disk and read back."""
    out = tmp_path_factory.mktemp("export")
    documents = {}
    for path, analysis in analyses.items():
        summary, annotated = out / f"{path.stem}_summary.docx", out / f"{path.stem}_annotated.docx"
        write_summary(analysis, summary, source=path)
        write_annotated(analysis, annotated, source=path)
        documents[path] = (Document(str(summary)), Document(str(annotated)))
    return documents
