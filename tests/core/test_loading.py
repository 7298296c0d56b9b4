"""Loading: encodings, DOCX in reading order, and clear Vietnamese errors on bad input."""

import unicodedata
import zipfile

import docx
import pytest

from minutes_app.core.loading import LoadError, load_file

TEXT = "Đồng chí Nguyễn Văn Thể, Bí thư Đảng ủy Khối: 62/80 tổ chức (77,5%)."


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: base letters precomposed, tone marks as combining bytes."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_text_encodings(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(_cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding))
    assert load_file(path).text == TEXT


def test_nfd_is_normalised_and_line_ends_unified(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((unicodedata.normalize("NFD", TEXT) + "\r\nDòng hai").encode("utf-8"))
    assert load_file(path).text == TEXT + "\nDòng hai"


def test_docx_paragraphs_and_table_rows_in_order(tmp_path):
    """A table row is one line, its cells separated by " | ", as Word shows a row."""
    document = docx.Document()
    document.add_paragraph("Trước bảng")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Ô một"
    table.cell(0, 1).text = "Ô hai"
    document.add_paragraph("Sau bảng")
    path = tmp_path / "a.docx"
    document.save(path)
    assert load_file(path).text.split("\n") == ["Trước bảng", "Ô một | Ô hai", "Sau bảng"]


def test_bad_inputs_give_vietnamese_messages(tmp_path):
    corrupt = tmp_path / "bad.docx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(LoadError, match="bị hỏng"):
        load_file(corrupt)
    not_word = tmp_path / "x.docx"
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(LoadError, match="bị hỏng"):
        load_file(not_word)
    with pytest.raises(LoadError, match=r"\.doc"):
        (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
        load_file(tmp_path / "old.doc")
    (tmp_path / "blank.txt").write_text("  \n\n", encoding="utf-8")
    with pytest.raises(LoadError, match="rỗng"):
        load_file(tmp_path / "blank.txt")


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (210 * 1024 * 1024))
    with pytest.raises(LoadError, match="quá lớn"):
        load_file(bomb)


def test_binary_renamed_txt_is_refused_but_a_stray_control_is_not(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(1, 256)) * 40)
    with pytest.raises(LoadError, match="không phải tệp văn bản"):
        load_file(junk)
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("Chi bộ có 3 chi\vbộ.\fHết.", encoding="utf-8")
    assert "\v" in load_file(pasted).text


def test_a_few_damaged_bytes_do_not_turn_utf8_into_mojibake(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("Đảng bộ có 36 chi bộ. " * 40).encode("utf-8") + b"\xff")
    text = load_file(path).text
    assert text.startswith("Đảng bộ có 36 chi bộ.") and text.endswith("\ufffd")


@pytest.mark.parametrize("name", ["bien_ban.docx", "bao_cao.txt", "bien_ban"])
def test_a_word_97_file_under_another_name_gets_the_save_as_advice(tmp_path, name):
    """A .doc renamed .docx (or saved with no or the wrong extension) is told apart by its OLE2 signature: the clerk
    gets the Word 97-2003 advice, not "bị hỏng" nor "tệp nhị phân"."""
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Biên bản".encode("utf-16-le") * 40)
    with pytest.raises(LoadError) as error:
        load_file(path)
    assert "Word 97-2003 (.doc)" in str(error.value) and "Lưu thành" in str(error.value)
