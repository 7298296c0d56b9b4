"""Review round 10, Danh bạ cán bộ files as an office has them: Excel's plain CSV (Windows-1258),
"Unicode Text" (UTF-16), a file that is no workbook, an impossible date. Each is read, or refused
with a Vietnamese reason that names the row; never a Python message or a traceback."""

from __future__ import annotations

import pytest

from minutes_app.core import roster as roster_module
from minutes_app.core.roster import Person
from tests.core.test_loading import _cp1258  # Windows-1258 as Excel and Word write it

HEADER = "Họ và tên,Chức vụ,Đơn vị,Từ ngày,Đến ngày\r\n"
ROWS = ("Nguyễn Văn Thể,Bí thư Đảng ủy Khối,Đảng ủy Khối,01/10/2020,\r\n"
        "Hoàng Thị Thủy,Phó Bí thư Chi bộ,Chi bộ 3,,\r\n")
EXPECTED = [Person("Nguyễn Văn Thể", ("Bí thư Đảng ủy Khối",), "Đảng ủy Khối", "2020-10-01"),
            Person("Hoàng Thị Thủy", ("Phó Bí thư Chi bộ",), "Chi bộ 3")]


@pytest.mark.parametrize("encoding, separator", [
    ("cp1258", ","),  # Excel's "CSV (Comma delimited)" on a Vietnamese Windows
    ("utf-16", "\t"),  # Excel's "Unicode Text"
    ("utf-8", ","),  # LibreOffice's default, no BOM
])
def test_a_csv_in_any_encoding_excel_writes_is_read(tmp_path, encoding, separator):
    """Before: only UTF-8 was read; the others failed with "'utf-8' codec can't decode byte…"."""
    path = tmp_path / "danh_ba.csv"
    text = (HEADER + ROWS).replace(",", separator)
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    assert roster_module.import_file(path) == EXPECTED


@pytest.mark.parametrize("cell, words", [
    ("31/02/2025", ["31/02/2025", "không có thật", "tháng 2"]),
    ("2025-13-01", ["2025-13-01", "không có thật", "tháng 13"]),
    ("hôm qua", ["hôm qua", "không đọc được", "01/10/2025"]),
])
def test_a_bad_date_names_its_row_in_vietnamese(tmp_path, cell, words):
    """Before: 'day is out of range for month', with no row, for a roster of hundreds."""
    path = tmp_path / "danh_ba.csv"
    path.write_text(HEADER + ROWS + f"Lê Văn Bình,Trưởng thôn,Thôn 3,{cell},\r\n", encoding="utf-8-sig")
    with pytest.raises(ValueError) as caught:
        roster_module.import_file(path)
    message = str(caught.value)
    assert message.startswith("Dòng 4: ")  # the header is row 1, as Excel numbers it
    assert all(word in message for word in words), message
    assert "range" not in message


def test_impossible_dates_typed_in_the_table_are_said_in_vietnamese():
    for text in ("29/02/2023", "31/04/2025", "00/05/2025"):
        with pytest.raises(ValueError, match="không có thật"):
            roster_module.parse_date(text)
    assert roster_module.parse_date("29/02/2024") == "2024-02-29"  # a leap year stays good


@pytest.mark.parametrize("content", [
    b"Ho va ten,Chuc vu\r\nNguyen Van A,Bi thu\r\n",  # a CSV renamed .xlsx
    b"PK\x03\x04" + b"\x00" * 200,  # a cut-off download
])
def test_a_file_that_is_no_workbook_is_refused_with_the_way_out(tmp_path, content):
    """Before: zipfile.BadZipFile escaped (a traceback from `check --roster`, nothing in the
    editor), or openpyxl's English 'File contains no valid workbook part'."""
    path = tmp_path / "danh_ba.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="không phải bảng tính Excel .* Lưu thành"):
        roster_module.import_file(path)


def test_a_word_file_renamed_xlsx_is_refused_too(tmp_path):
    from docx import Document

    path = tmp_path / "danh_ba.xlsx"
    Document().save(path)  # a zip, but with no workbook in it: openpyxl raises a bare OSError
    with pytest.raises(ValueError, match="không phải bảng tính Excel"):
        roster_module.import_file(path)


def test_the_command_line_says_why_a_roster_is_unusable(tmp_path, capsys):
    from minutes_app.cli import main

    roster = tmp_path / "danh_ba.xlsx"
    roster.write_bytes(b"not a zip")
    report = tmp_path / "bb.txt"
    report.write_text("Đồng chí Nguyễn Văn Thể phát biểu.", encoding="utf-8")
    assert main(["check", "--roster", str(roster), str(report)]) == 2
    err = capsys.readouterr().err
    assert "không phải bảng tính Excel" in err and "Traceback" not in err


@pytest.mark.parametrize("content, words", [
    ('[{"name": "Nguyễn Văn A"}]', "không phải danh bạ cán bộ"),  # another program's JSON
    ('{"people": ["Nguyễn Văn A"]}', "không phải danh bạ cán bộ"),
    ('{"people": [{"name": "Nguyễn Văn A",}]}', "bị hỏng (lỗi cú pháp JSON ở dòng 1)"),  # a hand edit
    ('{"people": [{"name": "Nguyễn Văn A", "valid_from": "31/02/2025"}]}', "cán bộ Nguyễn Văn A: ngày “31/02/2025”"),
])
def test_a_roster_file_that_cannot_be_read_says_why_in_vietnamese(tmp_path, content, words):
    """Before: a JSON list stopped the editor at start and `check` with an AttributeError; json's
    own English reason was shown for a broken file."""
    path = tmp_path / "danh_ba_can_bo.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        roster_module.Roster.load(path)


def test_the_command_line_names_a_missing_roster_in_vietnamese(tmp_path, capsys):
    """Before: '[Errno 2] No such file or directory'."""
    from minutes_app.cli import main

    report = tmp_path / "bb.txt"
    report.write_text("Đồng chí Nguyễn Văn Thể phát biểu.", encoding="utf-8")
    assert main(["check", "--roster", str(tmp_path / "khong_co.csv"), str(report)]) == 2
    err = capsys.readouterr().err
    assert "không tìm thấy tệp" in err and "Errno" not in err and "No such" not in err
