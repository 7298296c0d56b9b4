"""Danh bạ cán bộ: stored atomically, survives a restart, round trips through CSV (Excel's
UTF-8 with BOM) and XLSX, and "add the officials of the document" merges with known entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import platformdirs
import pytest

from minutes_app.core import roster as roster_module
from minutes_app.core.engine import analyze
from minutes_app.core.roster import Person, Roster, people_from_officials

ROOT = Path(__file__).resolve().parents[2]

PEOPLE = [
    Person("Nguyễn Văn Thể", ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương"),
           "Đảng ủy Khối các cơ quan Trung ương", "2020-10-01"),
    Person("Nguyễn Thị Thủy", ("Bí thư Chi bộ",), "Chi bộ Tổ dân phố 5", "2020-01-01", "2025-06-30"),
    Person("Trần Thị Hoà", (), "", "", ""),
]


def test_person_normalises_and_parses_dates():
    person = Person("  Nguyễn   Văn  A ", ("Bí thư ", ""), "", "01/10/2025", "2026-1-5")
    assert person.name == "Nguyễn Văn A" and person.titles == ("Bí thư",)
    assert (person.valid_from, person.valid_to) == ("2025-10-01", "2026-01-05")
    assert person.valid_on(dt.date(2025, 12, 1)) and not person.valid_on(dt.date(2026, 2, 1))
    with pytest.raises(ValueError):
        Person("A B", valid_from="mùng một")


def test_save_and_load_survive_a_restart(tmp_path, monkeypatch):
    monkeypatch.setattr(platformdirs, "user_data_path", lambda *a, **k: tmp_path / "data")
    roster = Roster.load()
    assert roster.people == [] and roster.path == tmp_path / "data" / "danh_ba_can_bo.json"
    roster.merge(PEOPLE)
    roster.save()
    assert not [p for p in roster.path.parent.iterdir() if p.name.endswith(".tmp")]
    again = Roster.load()  # a new session
    assert again.people == PEOPLE


def test_csv_round_trip_is_excel_utf8(tmp_path):
    path = tmp_path / "danh_ba.csv"
    roster_module.export_csv(PEOPLE, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert "Họ và tên,Chức vụ,Đơn vị,Từ ngày,Đến ngày" in raw.decode("utf-8-sig")
    assert roster_module.import_file(path) == PEOPLE


def test_csv_from_excel_with_semicolons_and_vietnamese_dates(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("Họ và tên;Chức vụ;Đơn vị;Từ ngày;Đến ngày\r\n"
                    'Lê Văn B;"Bí thư; Chủ tịch UBND";Xã A;01/01/2021;\r\n', encoding="utf-8-sig")
    (person,) = roster_module.import_csv(path)
    assert person == Person("Lê Văn B", ("Bí thư", "Chủ tịch UBND"), "Xã A", "2021-01-01")


def test_xlsx_round_trip(tmp_path):
    path = tmp_path / "danh_ba.xlsx"
    roster_module.export_xlsx(PEOPLE, path)
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(roster_module.COLUMNS)
    assert roster_module.import_file(path) == PEOPLE


def test_merge_same_name_merges_titles_and_keeps_distinct_names():
    roster = Roster(Path("unused.json"))
    roster.merge(PEOPLE)
    roster.add(Person("nguyễn văn thể", ("Bí thư Đảng ủy Khối", "Trưởng đoàn")))  # a shortening + a new one
    the = [p for p in roster.people if p.name == "Nguyễn Văn Thể"]
    assert len(the) == 1 and the[0].titles == (
        "Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương", "Trưởng đoàn")
    roster.add(Person("Trần Thị Hòa", ("Thư ký",)))  # the same name in the other tone style
    assert [p.titles for p in roster.people if p.key == roster_module.name_key("Trần Thị Hoà")] == [("Thư ký",)]
    roster.add(Person("Nguyễn Thị Thúy"))  # Thúy is not Thủy
    assert {p.name for p in roster.people} >= {"Nguyễn Thị Thủy", "Nguyễn Thị Thúy"}
    # a person whose old entry ended gets the new titles on the open entry, not the old one
    roster.add(Person("Nguyễn Thị Thủy", ("Chủ tịch Ủy ban Mặt trận",), valid_from="2025-07-01"))
    assert len([p for p in roster.people if p.name == "Nguyễn Thị Thủy"]) == 1  # only one entry: merged into it


def test_people_of_a_seed_merge_into_one_entry_each():
    text = (ROOT / "seeds" / "002_cd980621195b3d31.txt").read_text(encoding="utf-8")
    people = people_from_officials(analyze(text).entities_of("official"))
    roster = Roster(Path("unused.json"))
    roster.merge(people)
    names = [p.name for p in roster.people]
    assert len(names) == len(set(names)) and "Nguyễn Văn Thể" in names
    (the,) = [p for p in roster.people if p.name == "Nguyễn Văn Thể"]
    assert the.titles == ("Ủy viên Trung ương Đảng", "Bí thư Đảng ủy Khối các cơ quan Trung ương")


def test_the_command_line_reads_a_roster(tmp_path, capsys):
    from minutes_app.cli import main

    document = tmp_path / "bien_ban.txt"
    document.write_text("Đồng chí Nguyễn Văn Thê phát biểu chỉ đạo hội nghị.\n", encoding="utf-8")
    roster_module.export_csv(PEOPLE, tmp_path / "danh_ba.csv")
    main(["check", str(document), "--roster", str(tmp_path / "danh_ba.csv")])
    out = capsys.readouterr().out
    assert "roster-name-near-miss" in out and "→ “Nguyễn Văn Thể”" in out
    assert main(["check", str(document), "--roster", str(tmp_path / "missing.xlsx")]) == 2
