"""Attendance given as a table, flattened one row a line with "|" (or, pasted from Word, tabs) between the cells:

    Nội dung            | Tổng số | Chính thức | Dự bị
    Đảng viên của chi bộ | 23      | 21         | 2
    Có mặt              | 16      | 14         | 2

A column labelled chính thức / dự bị gives the sub-count of the row's head (tổng số when
the row names none); a row that is itself a sub-count (vắng có lý do, miễn sinh hoạt) is
read from its tổng số column only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attendance_reader import LABEL_RE, Block, Fact, fact_key, labels_in, store_fact

if TYPE_CHECKING:
    from ..checks.registry import DocumentContext

_SEPARATOR = re.compile(r"[ \t]*+\|[ \t]*+")
_TABS = re.compile(r"\t+")
_COLUMN_SUBS = {"total": None, "official": "official", "probationary": "probationary", "temp": "temp"}


def table_row(text: str) -> tuple[tuple[int, int, str], ...]:
    """The cells of a "a | b | c" line (paragraph offsets), or () for any other line."""
    if text.count("|") < 2:
        return ()
    return split_cells(text, _SEPARATOR)


def grid_row(text: str) -> tuple[tuple[int, int, str], ...]:
    """The cells of a table line, between "|" or, in a line of three cells or more with no "|", between tabs
    ("\tTổng số\tChính thức\tDự bị" over "Có mặt\t26\t24\t2": a Word table pasted as text)."""
    cells = table_row(text)
    if cells or text.count("\t") < 2:
        return cells
    found = split_cells(text, _TABS)
    return found if len(found) >= 3 else ()


def split_cells(text: str, separator: re.Pattern) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each cell between ``separator`` matches, stripped (paragraph offsets)."""
    cells, start = [], 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        cell = text[start:end]
        lead = len(cell) - len(cell.lstrip())
        cells.append((start + lead, start + lead + len(cell.strip()), cell.strip()))
        start = match.end() if match else end
    return tuple(cells)


def table_blocks(ctx: DocumentContext) -> list[Block]:
    blocks = []
    # the table lines only (a row continues a table only from the paragraph right before it, so leaving
    # the other lines out of the list changes no run)
    rows = [(p, cells) for p, cells in ctx.per_paragraph(grid_row) if cells]
    index = 0
    while index < len(rows):
        paragraph, header = rows[index]
        columns = _columns(header)
        if columns is None:
            heads = _head_columns(header)
            index += 1
            if heads is None:
                continue
            # one attendance a row: "Tổng số đảng viên | Có mặt | Vắng có lý do | …" over "25 | 21 | 2 | …"
            while index < len(rows) and len(rows[index][1]) == len(header) and \
                    rows[index][0].index == rows[index - 1][0].index + 1:
                row_paragraph, cells = rows[index]
                block = Block(row_paragraph.start, row_paragraph.end, anchored=True)
                for (start, end, cell), key in zip(cells, heads):
                    if key is not None and cell.isdigit():
                        store_fact(block, key, Fact(int(cell), row_paragraph.start + start, row_paragraph.start + end))
                if len(block.facts) >= 3 and not block.conflict:
                    blocks.append(block)
                index += 1
            continue
        block = Block(paragraph.start, paragraph.end, anchored=True)
        index += 1
        while index < len(rows) and len(rows[index][1]) == len(header) and \
                rows[index][0].index == rows[index - 1][0].index + 1:
            row_paragraph, cells = rows[index]
            _read_row(block, row_paragraph.start, cells, columns)
            block.end = row_paragraph.end
            index += 1
        if block.facts and not block.conflict:
            blocks.append(block)
    return blocks


def _columns(header: tuple[tuple[int, int, str], ...]) -> list[str | None] | None:
    """The sub each column gives ("official"…; None for tổng số), when at least two of the
    header's cells are attendance labels; None when the line is no attendance header."""
    if len(header) < 3:
        return None
    labels = [LABEL_RE.fullmatch(cell) for _, _, cell in header[1:]]
    if sum(1 for m in labels if m and m.lastgroup in _COLUMN_SUBS) < 2:
        return None
    return [_COLUMN_SUBS.get(m.lastgroup, "?") if m else "?" for m in labels]


def _head_columns(header: tuple[tuple[int, int, str], ...]) -> list[tuple[str, str | None] | None] | None:
    """The count each column gives when the header's cells are attendance labels themselves
    ("Tổng số đảng viên", "Có mặt", "Vắng có lý do"): at least three, one of them "có mặt",
    none twice; None when the line is no such header."""
    keys: list[tuple[str, str | None] | None] = []
    for _, _, cell in header:
        kinds = [m.lastgroup for m in labels_in(cell)]
        keys.append(fact_key(kinds, None)[1] if kinds and len(cell) <= 40 else None)
    found = [k for k in keys if k is not None]
    if len(found) < 3 or len(set(found)) != len(found) or ("present", None) not in found:
        return None
    return keys


def _read_row(block: Block, offset: int, cells, columns: list[str | None]) -> None:
    row_kinds = [m.lastgroup for m in labels_in(cells[0][2])]
    is_sub_row = any(k not in ("total", "present", "absent") for k in row_kinds)
    for (start, end, cell), sub in zip(cells[1:], columns):
        if not cell.isdigit() or sub == "?" or (is_sub_row and sub is not None):
            continue
        _, key = fact_key(row_kinds + ([sub] if sub else []), None)
        store_fact(block, key, Fact(int(cell), offset + start, offset + end))
