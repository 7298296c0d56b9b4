"""A .docx is read as Word shows it: tracked insertions in, deletions out, content controls,
simple fields, text boxes, footnotes and endnotes read, a table row per line; every piece
maps back to its runs, so the annotated copy comments on the right words."""

import re

import docx
import pytest

from minutes_app.core.docx_reader import run_text
from minutes_app.core.engine import analyze
from minutes_app.core.loading import load_file
from minutes_app.export import write_annotated
from tests.samples.make_samples import write_fidelity_docx


@pytest.fixture(scope="module")
def fidelity(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fidelity")
    name, expected = write_fidelity_docx(folder)
    return folder / name, expected


def test_read_back_exactly(fidelity):
    path, expected = fidelity
    loaded = load_file(path)
    assert loaded.text == expected
    assert "Trần Văn Bình" not in loaded.text  # the tracked deletion
    assert loaded.text.count("Ghi chú trong hộp văn bản.") == 1  # the VML fallback is not read twice
    assert loaded.tracked_changes


def test_every_block_maps_onto_its_text(fidelity):
    path, expected = fidelity
    loaded = load_file(path)
    for block in loaded.docx.blocks:
        assert loaded.text[block.start:block.start + block.length] == "".join(run_text(r) for r in block.runs)
    parts = {block.part for block in loaded.docx.blocks}
    assert parts == {"body", "textbox", "table", "footnote", "endnote"}


def test_a_file_without_tracked_changes_says_so(tmp_path):
    document = docx.Document()
    document.add_paragraph("Một đoạn.")
    document.save(tmp_path / "a.docx")
    assert not load_file(tmp_path / "a.docx").tracked_changes


def test_the_inserted_percentage_is_checked_and_commented(fidelity, tmp_path):
    """The issue's example: "(đạt 75,5%)" inserted as a tracked change is read, found wrong
    (62/80 = 77,5%), and the annotated copy's comment sits on exactly that text."""
    path, _ = fidelity
    analysis = analyze(load_file(path).text)
    wrong = [f for f in analysis.findings if f.code == "percent-mismatch"]
    assert [f.text for f in wrong] == ["75,5%"]
    out = tmp_path / "checked.docx"
    write_annotated(analysis, out, source=path)
    reopened = docx.Document(str(out))
    anchored = []
    for comment in reopened.comments:
        if "77,5%" in comment.text:
            anchored.append(comment)
    assert anchored
    body = reopened.element.body.xml
    start = body.index('commentRangeStart w:id="%s"' % anchored[0].comment_id)
    end = body.index('commentRangeEnd w:id="%s"' % anchored[0].comment_id)
    covered = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", body[start:end]))
    assert covered == "75,5%"
