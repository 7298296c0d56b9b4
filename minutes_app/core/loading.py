"""Turning a file into the text the engine sees, or a clear Vietnamese error.

The text is the user's own: only NFC normalisation and unified line ends are applied
(domain.md §7), never a silent rewrite. DOCX paragraphs and table cells are read in
document order, one per line.
"""

from __future__ import annotations

import codecs
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .text import normalize

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNPACKED = 200 * 1024 * 1024  # a zip bomb check: python-docx would inflate it all
MAX_TEXT_CHARS = 5_000_000


class LoadError(Exception):
    """A file the app cannot use; ``str(err)`` is a message for the user, in Vietnamese."""


@dataclass(frozen=True)
class LoadedDocument:
    path: Path
    text: str
    encoding: str  # "utf-8", "utf-16", "cp1258" or "docx"


def load_file(path: str | Path) -> LoadedDocument:
    path = Path(path)
    if not path.exists():
        raise LoadError(f"Không tìm thấy tệp “{path.name}”.")
    if path.is_dir():
        raise LoadError(f"“{path.name}” là một thư mục, không phải tệp văn bản.")
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise LoadError(
            f"“{path.name}” là tệp Word 97-2003 (.doc), chương trình chưa đọc được định dạng này. "
            "Hãy mở tệp trong Word và chọn Lưu thành… → Word Document (.docx), rồi mở lại."
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                f"“{path.name}” quá lớn ({size / 1_048_576:.1f} MB); chương trình nhận tệp đến "
                f"{MAX_FILE_BYTES // 1_048_576} MB."
            )
        raw = path.read_bytes()
    except OSError as err:
        raise LoadError(f"Không đọc được tệp “{path.name}”: {err.strerror or err}.") from err
    if suffix == ".docx" or raw[:4] == b"PK\x03\x04":
        text, encoding = _docx_text(path), "docx"
    else:
        text, encoding = decode_text(raw, path.name)
    if not text.strip():
        raise LoadError(f"Tệp “{path.name}” không có nội dung (tệp rỗng).")
    if _looks_binary(text):
        raise LoadError(f"“{path.name}” không phải tệp văn bản (có nhiều ký tự điều khiển, có lẽ là tệp nhị phân).")
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(f"“{path.name}” dài hơn {MAX_TEXT_CHARS:,} ký tự, quá dài để kiểm tra.")
    return LoadedDocument(path, text, encoding)


def decode_text(raw: bytes, name: str = "tệp") -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1258; always NFC."""
    if raw.startswith(codecs.BOM_UTF8):
        return normalize(raw[3:].decode("utf-8", errors="replace")), "utf-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return normalize(raw.decode("utf-16", errors="replace")), "utf-16"
    try:
        return normalize(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") * 200 < len(lenient):
        # A UTF-8 file with a few damaged bytes: reading all of it as cp1258 would turn every
        # accented letter into mojibake; only the damaged bytes become "�".
        return normalize(lenient), "utf-8"
    if b"\x00" in raw[:4096]:
        if _looks_utf16(raw):
            return normalize(raw.decode("utf-16-le", errors="replace")), "utf-16"
        raise LoadError(f"“{name}” không phải tệp văn bản (có dữ liệu nhị phân).")
    # Not UTF-8: the legacy Windows code page for Vietnamese is the one left in use.
    # cp1258 decodes every byte, so this never fails; combining tones become NFC here.
    return normalize(raw.decode("cp1258", errors="replace")), "cp1258"


def _looks_binary(text: str) -> bool:
    """Many control characters other than tab, line ends, form feed and vertical tab (Word's
    soft line break, common in pasted text): a binary file decoded as a legacy code page."""
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    return controls >= 8 and controls > len(sample) / 100


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:4096]
    return sample[1::2].count(0) > len(sample) // 4


def _docx_text(path: Path) -> str:
    from docx import Document  # python-docx import is slow: only when a .docx is opened

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as err:
        raise LoadError(f"“{path.name}” bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.") from err
    if unpacked > MAX_DOCX_UNPACKED:
        raise LoadError(f"“{path.name}” giải nén ra quá lớn ({unpacked // 1_048_576} MB), không mở được.")
    try:
        document = Document(str(path))
        lines = list(docx_lines(document))
    except Exception as err:  # noqa: BLE001
        # python-docx raises many unrelated types on hostile files (PackageNotFoundError,
        # KeyError, XMLSyntaxError, BadZipFile…: field-notes.md); all mean "unreadable".
        raise LoadError(f"“{path.name}” bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.") from err
    return normalize("\n".join(lines))


def docx_lines(document) -> list[str]:
    """Paragraph and table-cell texts of a python-docx Document, in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat across the row
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(p.text for p in cell.paragraphs)
    return lines
