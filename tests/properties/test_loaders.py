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
    # A few words may read equally well in both tables: then nothing is offered, never the wrong one.
    if loaded.legacy:
        assert loaded.legacy_scheme == scheme and convert_spans(loaded.text, loaded.legacy) == text


@given(st.lists(docx_line, min_size=1, max_size=6), st.lists(st.tuples(st.integers(0, 8), st.integers(0, 2),
                                                                      st.lists(docx_line, max_size=2)), max_size=3))
def test_saving_into_the_original_reads_back_exactly(paragraphs, edits):
    """Random paragraphs around a table, random line edits outside the table: what is saved
    into the original reads back as the edited text, and the table is still there."""
    import docx

    from minutes_app.core.docx_writer import save_into

    assume(all(" | " not in p for p in paragraphs))
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Họ và tên", "Chức vụ"
    source = _DIR / "original.docx"
    document.save(str(source))
    lines = load_file(source).text.split("\n")
    row = lines.index("Họ và tên | Chức vụ")
    for position, removed, inserted in edits:
        position %= len(lines) + 1
        if position <= row < position + removed:
            continue  # edits outside the table only
        inserted = [t for t in inserted if " | " not in t]
        lines[position:position + removed] = inserted
        row = lines.index("Họ và tên | Chức vụ")
    text = unicodedata.normalize("NFC", "\n".join(lines))
    assume(text.strip())
    target = _DIR / "saved.docx"
    save_into(source, text, target)
    assert load_file(target).text == text
    assert len(docx.Document(str(target)).tables) == 1
