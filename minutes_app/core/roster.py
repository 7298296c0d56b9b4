"""Danh bạ cán bộ: the officials an office knows, with their titles, unit and the dates the
titles hold (from / to). Kept by the user, stored as a JSON file written atomically in the
platformdirs data folder (beside the personal dictionary), imported from and exported to .csv
(UTF-8 with a BOM, so Excel opens it with its accents) and .xlsx. Qt-free: the editor, the
checks (checks/roster_checks.py) and the completion (completion.py) all read it.

One entry is one person in one post over one period: a person who moved on has two entries,
the old one with ``valid_to`` set. Dates are ISO strings ("2025-10-01") or empty (open).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

import platformdirs

from .text import fold, to_old_tone_style
from .user_dictionary import APP_NAME

FILE_NAME = "danh_ba_can_bo.json"
COLUMNS = ("Họ và tên", "Chức vụ", "Đơn vị", "Từ ngày", "Đến ngày")
TITLE_SEPARATOR = "; "


def default_path() -> Path:
    return Path(platformdirs.user_data_path(APP_NAME, APP_NAME)) / FILE_NAME


def clean(text: str) -> str:
    """NFC, single spaces, no edges."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def name_key(name: str) -> str:
    """The same name however it was typed: case, spaces and tone placement (Hòa / Hoà) aside,
    but accents kept: Thủy, Thúy and Thùy are three names."""
    return " ".join(to_old_tone_style(w) for w in clean(name).lower().split())


def folded(text: str) -> str:
    """Accent-free, lower case, single spaces: for completion and near-miss matching."""
    return " ".join(fold(clean(text)).split())


def parse_date(value) -> str:
    """ISO date string from '2025-10-01', '01/10/2025', '1-10-2025' or an Excel date; '' if none."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
    if match:
        year, month, day = map(int, match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if not match:
            raise ValueError(f"ngày “{text}” không đọc được: hãy ghi ngày/tháng/năm, ví dụ 01/10/2025")
        day, month, year = map(int, match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # Python's own reason ("day is out of range for month") is English
        raise ValueError(f"ngày “{text}” không có thật (tháng {month} năm {year} không có ngày {day})"
                         if 1 <= month <= 12 else f"ngày “{text}” không có thật (không có tháng {month})") from None


@dataclass(frozen=True)
class Person:
    """One roster entry: a person, their titles (in the order written) over one period."""

    name: str
    titles: tuple[str, ...] = ()
    unit: str = ""
    valid_from: str = ""  # ISO date, "" = since always
    valid_to: str = ""  # ISO date, "" = still holds

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean(self.name))
        object.__setattr__(self, "titles", tuple(t for t in (clean(t) for t in self.titles) if t))
        object.__setattr__(self, "unit", clean(self.unit))
        object.__setattr__(self, "valid_from", parse_date(self.valid_from))
        object.__setattr__(self, "valid_to", parse_date(self.valid_to))

    @property
    def key(self) -> str:
        return name_key(self.name)

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return not self.valid_to
        iso = day.isoformat()
        return (not self.valid_from or self.valid_from <= iso) and (not self.valid_to or iso <= self.valid_to)

    def ended_before(self, day: dt.date | None) -> bool:
        iso = (day or dt.date.today()).isoformat()
        return bool(self.valid_to) and self.valid_to < iso

    def display(self) -> str:
        """'Bí thư Chi bộ Nguyễn Văn Thể' style is the writer's; the roster shows name first."""
        return f"{self.name} ({', '.join(self.titles)})" if self.titles else self.name

    def to_json(self) -> dict:
        data = asdict(self)
        data["titles"] = list(self.titles)
        return data

    @classmethod
    def from_json(cls, data: dict) -> Person:
        return cls(name=data.get("name", ""), titles=tuple(data.get("titles") or ()), unit=data.get("unit", ""),
                   valid_from=data.get("valid_from", ""), valid_to=data.get("valid_to", ""))


def _shortens(short: str, full: str) -> bool:
    """'Bí thư Đảng ủy Khối' shortens 'Bí thư Đảng ủy Khối các cơ quan Trung ương' (whole words)."""
    a, b = name_key(short).split(), name_key(full).split()
    return len(a) <= len(b) and b[:len(a)] == a


def merge_title(titles: list[str], title: str) -> list[str]:
    """Add ``title`` unless it is already there or a shortening of one; a fuller form replaces
    its shortening in place."""
    for i, known in enumerate(titles):
        if _shortens(title, known):
            return titles
        if _shortens(known, title):
            return titles[:i] + [title] + titles[i + 1:]
    return titles + [title]


@dataclass
class Roster:
    """The entries of one roster file; ``save`` writes them back atomically."""

    path: Path = field(default_factory=default_path)
    people: list[Person] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None = None) -> Roster:
        path = Path(path) if path is not None else default_path()
        roster = cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return roster
        except UnicodeDecodeError:
            raise ValueError(f"“{path.name}” không phải tệp UTF-8 của chương trình") from None
        except json.JSONDecodeError as err:  # a hand edit gone wrong; json's reason is English
            raise ValueError(f"“{path.name}” bị hỏng (lỗi cú pháp JSON ở dòng {err.lineno})") from None
        entries = data.get("people", []) if isinstance(data, dict) else None
        if not isinstance(entries, list) or not all(isinstance(p, dict) for p in entries):
            # another program's JSON: it used to stop the editor and `check` with an AttributeError
            raise ValueError(f"“{path.name}” không phải danh bạ cán bộ của chương trình")
        for entry in entries:
            if not entry.get("name"):
                continue
            try:
                roster.people.append(Person.from_json(entry))
            except (ValueError, TypeError, AttributeError) as err:
                raise ValueError(f"“{path.name}”, cán bộ {entry.get('name')}: {err}") from None
        return roster

    def save(self) -> None:
        """Write the file atomically: a crash never leaves half a roster."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": 1, "people": [p.to_json() for p in self.people]},
                             ensure_ascii=False, indent=1)
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".danh_ba_", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload + "\n")
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def entries(self) -> tuple[Person, ...]:
        """An immutable snapshot, what the engine takes (Analyzer.roster)."""
        return tuple(self.people)

    def add(self, person: Person) -> Person:
        """Add a person, or merge the titles into the open entry of the same name (see name_key)."""
        self.merge([person])
        return self.people[self._where(person.key)]

    def _where(self, key: str) -> int:
        same = [i for i, p in enumerate(self.people) if p.key == key]
        return next((i for i in same if not self.people[i].valid_to), same[0])

    def merge(self, people: Iterable[Person]) -> int:
        """Add each person, or merge their titles into the open entry of the same name (the
        first entry when every one has ended); return how many entries were new or changed."""
        where: dict[str, int] = {}
        for i, known in enumerate(self.people):  # the open entry wins, else the first
            if known.key not in where or (self.people[where[known.key]].valid_to and not known.valid_to):
                where[known.key] = i
        changed = 0
        for person in people:
            index = where.get(person.key)
            if index is None:
                where[person.key] = len(self.people)
                self.people.append(person)
                changed += 1
                continue
            known = self.people[index]
            titles = list(known.titles)
            for title in person.titles:
                titles = merge_title(titles, title)
            merged = replace(known, titles=tuple(titles), unit=known.unit or person.unit)
            if merged != known:
                self.people[index] = merged
                changed += 1
        return changed


# -- officials of a document -------------------------------------------------------------

def people_from_officials(entities: Sequence) -> list[Person]:
    """A Person for each detected official (entities of kind 'official'), prefixes ("Ông",
    "đồng chí") dropped; a former official's titles are not added (they are not current)."""
    from .resources import word_set

    prefixes = word_set("prefixes")
    people = []
    for entity in entities:
        if getattr(entity, "kind", "official") != "official":
            continue
        name = clean(entity.get("name") or "")
        words = name.split()
        while words and words[0].lower() in prefixes:
            words = words[1:]
        if len(words) < 2:
            continue
        earlier = entity.get("earlier_titles") or ()  # held before "nay là …": not current either
        titles = () if entity.get("former") else tuple(t for t in entity.get("titles") or () if t not in earlier)
        people.append(Person(" ".join(words), titles))
    return people


# -- CSV and XLSX -------------------------------------------------------------------------

def _row(person: Person) -> list[str]:
    return [person.name, TITLE_SEPARATOR.join(person.titles), person.unit, person.valid_from, person.valid_to]


def _person(row: Sequence) -> Person | None:
    cells = [("" if c is None else c) for c in list(row) + [""] * (5 - len(row))]
    name = clean(str(cells[0]))
    if not name:
        return None
    titles = tuple(t for t in re.split(r"\s*[;\n]\s*", str(cells[1])) if t.strip())
    return Person(name, titles, str(cells[2]), cells[3], cells[4])


def _is_header(row: Sequence) -> bool:
    return bool(row) and folded(str(row[0] or "")) in {folded(COLUMNS[0]), "ho ten", "name", "ten"}


def export_csv(people: Iterable[Person], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(p) for p in people)
    Path(path).write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def _people(rows: list[Sequence]) -> list[Person]:
    """The entries of a table's rows (header included); a bad date names its row, numbered as
    the spreadsheet shows it, so a clerk finds it among hundreds."""
    people = []
    for number, row in enumerate(rows, start=1):
        if (number == 1 and _is_header(row)) or not any(c not in (None, "") for c in row):
            continue
        try:
            person = _person(row)
        except ValueError as err:
            raise ValueError(f"Dòng {number}: {err}.") from None
        if person is not None:
            people.append(person)
    return people


def import_csv(path: Path) -> list[Person]:
    """A CSV as Excel writes it: UTF-8 with or without a BOM, UTF-16 ("Unicode Text") or the
    Vietnamese Windows code page (Excel's plain "CSV", cp1258), read as the editor reads .txt."""
    from .loading import LoadError, decode_text

    path = Path(path)
    try:
        text, _ = decode_text(path.read_bytes(), path.name)
    except LoadError as err:
        raise ValueError(str(err)) from None
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return _people(list(csv.reader(io.StringIO(text), dialect)))


def export_xlsx(people: Iterable[Person], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh bạ cán bộ"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for person in people:
        sheet.append(_row(person))
    for column, width in zip("ABCDE", (28, 48, 32, 12, 12)):
        sheet.column_dimensions[column].width = width
    book.save(path)


def import_xlsx(path: Path) -> list[Person]:
    import zipfile  # (only for a workbook: every check loads this module for the roster's JSON)

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    except OSError as err:
        if err.errno is not None:  # the disk or the permissions: the caller says which
            raise
        raise ValueError(_not_a_workbook(path)) from None  # openpyxl: "no valid workbook part"
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, InvalidFileException):
        raise ValueError(_not_a_workbook(path)) from None
    return _people(rows)


def _not_a_workbook(path: Path) -> str:
    return (f"“{Path(path).name}” không phải bảng tính Excel (.xlsx) đọc được — hãy mở tệp trong Excel, "
            "chọn Lưu thành… → Excel Workbook (.xlsx) hoặc CSV UTF-8, rồi nhập lại")


def import_file(path: Path) -> list[Person]:
    return import_xlsx(path) if str(path).lower().endswith(".xlsx") else import_csv(path)


def export_file(people: Iterable[Person], path: Path) -> None:
    (export_xlsx if str(path).lower().endswith(".xlsx") else export_csv)(list(people), path)
