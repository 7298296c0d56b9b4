"""Loaders over random input: a LoadedDocument or a LoadError, never anything else; a .docx
written from random paragraphs and tables reads back exactly; legacy bytes convert exactly."""

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from minutes_app.core.legacy import convert_spans, converted_text, unicode_to_tcvn3, unicode_to_vni
from minutes_app.core.loading import LoadError, load_file
from tests.properties.strategies import dictionary_syllables, docx_line

_DIR = Path(tempfile.mkdtemp(prefix="minutes_fuzz_"))


def _load(name: str, data: bytes):
    path = _DIR / name
    path.write_bytes(data)
    try:
        return load_file(path)
    except LoadError as err:
        assert str(err)  # a Vietnamese message for the user
        return None


@given(st.binary(max_size=2000))
def test_any_bytes_as_txt(raw):
    loaded = _load("any.txt", raw)
    if loaded is not None:
        assert unicodedata.is_normalized("NFC", loaded.text) and "\r" not in loaded.text


@given(st.binary(max_size=2000))
def test_any_bytes_as_docx(raw):
    _load("any.docx", b"PK\x03\x04" + raw)


@given(st.lists(st.one_of(docx_line.map(lambda t: [t]), st.lists(docx_line, min_size=1, max_size=4)),
                min_size=1, max_size=8))
def test_docx_reads_back_exactly(blocks):
    """Each block a paragraph ([text]) or a one-row table ([cell, cell…])."""
    import docx

    document = docx.Document()
    expected = []
    for block in blocks:
        if len(block) == 1:
            document.add_paragraph(block[0])
        else:
            table = document.add_table(rows=1, cols=len(block))
            for cell, text in zip(table.rows[0].cells, block):
                cell.text = text
        expected.append(" | ".join(block))
    text = unicodedata.normalize("NFC", "\n".join(expected).replace("\r", "\n").replace("\t", "\t"))
    assume(text.strip())
    path = _DIR / "fuzz.docx"
    document.save(str(path))
    loaded = load_file(path)
    assert loaded.text == text


@given(st.lists(st.sampled_from(dictionary_syllables()), min_size=1, max_size=60), st.sampled_from(["tcvn3", "vni"]))
def test_legacy_bytes_convert_exactly(ws, scheme):
    text = " ".join(ws)
    raw = unicode_to_tcvn3(text) if scheme == "tcvn3" else unicode_to_vni(text).encode("cp1252")
    loaded = _load("legacy.txt", raw)
    assume(loaded is not None)
    assert converted_text(loaded, scheme) == text
    if loaded.legacy:
        assert loaded.legacy_scheme == scheme and convert_spans(loaded.text, loaded.legacy) == text
