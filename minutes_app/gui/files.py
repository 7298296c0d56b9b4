"""Saving the user's text as .txt or .docx, always through an atomic replace.

Text files keep the encoding family and line ends they were opened with (so a colleague's
tools still read them); new files and legacy cp1258 files are written as UTF-8 with a BOM,
which every Windows editor, old Notepad included, recognises as Unicode.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .atomic import keep_backup, write_atomic, write_bytes_atomic

TEXT_SUFFIXES = (".txt",)
DOCX_SUFFIXES = (".docx",)


@dataclass(frozen=True)
class TextFormat:
    """How a .txt file is written back: codec name and line end."""

    encoding: str = "utf-8-sig"
    newline: str = "\r\n"


DEFAULT_TEXT_FORMAT = TextFormat()


def sniff_text_format(path: Path, loaded_encoding: str) -> TextFormat:
    """The format to save ``path`` with, from its first bytes and the loader's encoding."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return DEFAULT_TEXT_FORMAT
    if loaded_encoding == "utf-16":
        newline = "\r\n" if "\r\n".encode("utf-16-le") in head or b"\r\x00\n" in head else "\n"
        return TextFormat("utf-16", newline)
    newline = "\r\n" if b"\r\n" in head else ("\n" if b"\n" in head else DEFAULT_TEXT_FORMAT.newline)
    if loaded_encoding == "utf-8":
        return TextFormat("utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8", newline)
    return TextFormat("utf-8-sig", newline)  # cp1258 and anything else: upgrade to Unicode


def plain_lines(text: str) -> list[str]:
    """The document as lines; a Qt soft line break (U+2028) counts as a line end."""
    return text.replace("\u2028", "\n").split("\n")


def save_text(path: Path, text: str, fmt: TextFormat = DEFAULT_TEXT_FORMAT) -> None:
    data = fmt.newline.join(plain_lines(text)).encode(fmt.encoding)
    write_bytes_atomic(Path(path), data)


def save_docx(path: Path, text: str) -> None:
    """One Word paragraph per line, Times New Roman 14 with Vietnamese language tags."""
    from docx import Document  # slow import: only when a .docx is saved
    from docx.oxml.ns import qn
    from docx.shared import Pt

    from ..export.styles import xml_safe

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), "Times New Roman")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    for line in plain_lines(text):
        document.add_paragraph(xml_safe(line))
    write_atomic(Path(path), lambda tmp: document.save(str(tmp)))


def save_document(path: Path, text: str, fmt: TextFormat = DEFAULT_TEXT_FORMAT, backup: bool = True) -> None:
    """Save by suffix: .docx through python-docx, anything else as text.

    With ``backup`` the version being replaced is kept as ``<name>.bak`` first, so one
    wrong save (or a colleague's edits overwritten) can still be undone from the folder.
    Raises OSError (see os_errors.reason) and ValueError (text the encoding cannot hold).
    """
    if backup:
        keep_backup(Path(path))
    if Path(path).suffix.lower() in DOCX_SUFFIXES:
        save_docx(path, text)
    else:
        save_text(path, text, fmt)
