"""Both exporters on random text: a .docx that python-docx reads back, never an exception;
the annotated copy has one comment per finding it could anchor."""

import tempfile
from pathlib import Path

import docx
from hypothesis import given

from minutes_app.core.engine import analyze
from minutes_app.export import write_annotated, write_summary
from tests.properties.strategies import hostile_text

_DIR = Path(tempfile.mkdtemp(prefix="minutes_fuzz_export_"))


@given(hostile_text)
def test_summary(text):
    out = _DIR / "summary.docx"
    write_summary(analyze(text), out)
    docx.Document(str(out))


@given(hostile_text)
def test_annotated(text):
    analysis = analyze(text)
    out = _DIR / "annotated.docx"
    write_annotated(analysis, out)
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) <= len(analysis.findings)
    if any(f.text.strip() for f in analysis.findings):
        assert comments
