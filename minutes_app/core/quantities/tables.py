"""Tables written as text, one row a line, cells between " | " or tabs (what a report pasted
from a spreadsheet looks like): the rows of one table, each cell with its number as the
quantity layer reads it, and the columns a header names (kế hoạch, thực hiện, tỷ lệ %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import Number
from ..reading import Reading
from .attendance_blocks import once_per_document
from .attendance_tables import split_cells, table_row
from .reader import number_tokens


@dataclass(frozen=True)
class Cell:
    start: int  # document offsets
    end: int
    text: str
    number: Number | None  # the cell is one number and nothing else ("1.058", "79,4", "91,2%")


@dataclass(frozen=True)
class Row:
    paragraph: int
    cells: tuple[Cell, ...]

    @property
    def label(self) -> str:
        return self.cells[0].text if self.cells else ""


@dataclass(frozen=True)
class Table:
    header: Row
    rows: tuple[Row, ...]  # the data rows, a total row among them

    def column(self, index: int) -> str:
        return self.header.cells[index].text.lower() if index < len(self.header.cells) else ""


_TAB = re.compile(r"\t+")


def row_cells(text: str) -> tuple[tuple[int, int, str], ...]:
    """The cells of a table line: between " | " (attendance_tables.table_row) or tabs."""
    cells = table_row(text)
    if cells or "\t" not in text:
        return cells
    found = split_cells(text, _TAB)
    return found if len(found) >= 2 else ()


def _row(reading: Reading, shift: int, index: int) -> Row | None:
    cells = row_cells(reading.text)
    if len(cells) < 3:
        return None
    numbers = {n.start: n for n in number_tokens(reading)}
    built = []
    for start, end, text in cells:
        token = numbers.get(start)
        whole = token is not None and (token.end == end or reading.text[token.end:end].strip() == "%")
        built.append(Cell(start + shift, end + shift, text, token.number if whole else None))
    return Row(index, tuple(built))


@once_per_document
def tables(ctx) -> list[Table]:
    """The document's tables: runs of table lines with one number of cells, the first of
    them a header (no number in its cells after the first)."""
    paragraphs = ctx.paragraphs
    found: list[Table] = []
    run: list[Row] = []

    def close() -> None:
        if len(run) >= 3 and all(c.number is None for c in run[0].cells[1:]):
            found.append(Table(run[0], tuple(run[1:])))
        run.clear()

    for index, paragraph in enumerate(paragraphs):
        row = None
        if "|" in paragraph.text or "\t" in paragraph.text:  # (upper-case tab rows are no TABLE_ROW line)
            row = _row(ctx.reading(paragraph), paragraph.start, index)
        if row is None or run and len(row.cells) != len(run[0].cells):
            if run:  # (most paragraphs close no run)
                close()
            if row is None:
                continue
        run.append(row)
    close()
    return found
