"""Turning a file into the text the engine sees, or a clear Vietnamese error.

The text is the user's own: only NFC normalisation and unified line ends are applied
(domain.md §7), never a silent rewrite. A .docx is read as Word shows it (docx_reader.py):
one line per paragraph, a table row per line with " | " between cells. Legacy encodings
(TCVN3, VNI, VIQR) are detected and reported in ``legacy``, never converted here: the
editor and `minutes-app convert` offer the conversion (legacy.py).
"""

from __future__ import annotations

import codecs
import math
from dataclasses import dataclass
from pathlib import Path

from .legacy import LegacySpan, decode_bytes, detect_bytes, detect_text
from .numbers import format_vi
from .os_reasons import os_reason
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
    encoding: str  # "utf-8", "utf-16", "cp1258", "tcvn3", "vni" or "docx"
    legacy: tuple[LegacySpan, ...] = ()  # stretches of text in a legacy scheme, to offer converting
    tracked_changes: bool = False  # a .docx with tracked changes (insertions read, deletions not)
    docx: object = None  # docx_reader.DocxText: where each line sits in the .docx

    @property
    def legacy_scheme(self) -> str | None:
        """The scheme of the legacy text, when there is any (the first span's)."""
        return self.legacy[0].scheme if self.legacy else None


def load_file(path: str | Path, allow_empty: bool = False) -> LoadedDocument:
    """The document's text as Word or the file shows it. ``allow_empty``: an empty file is
    a blank page to start on (the editor), not unusable input (the command line)."""
    path = Path(path)
    if not path.exists():
        raise LoadError(f"Không tìm thấy tệp “{path.name}”.")
    if path.is_dir():
        raise LoadError(f"“{path.name}” là một thư mục, không phải tệp văn bản.")
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise _word_97(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                f"“{path.name}” quá lớn ({_megabytes(size)} MB); chương trình nhận tệp đến "
                f"{MAX_FILE_BYTES // 1_048_576} MB."
            )
        raw = path.read_bytes()
    except OSError as err:
        raise LoadError(f"Không đọc được tệp “{path.name}”: {os_reason(err)}.") from err
    if raw.startswith(_OLE2):
        raise _word_97(path)  # a .doc renamed .docx or .txt: its bytes say what it is
    legacy: tuple[LegacySpan, ...] = ()
    read = None
    if suffix == ".docx" or raw[:4] == b"PK\x03\x04":
        read = _docx_text(path)
        text, encoding, legacy = read.text, "docx", tuple(read.legacy)
    else:
        text, encoding = decode_text(raw, path.name)
        # Bytes that were neither UTF-8 nor TCVN3/VNI (cp1258) were judged on the bytes: a
        # legacy reading of their decoded text would convert what cp1258 already changed.
        scheme = encoding if encoding in ("tcvn3", "vni") else None if encoding == "cp1258" else detect_text(text)
        if scheme:
            legacy = (LegacySpan(0, len(text), scheme),)
    if not text.strip() and not allow_empty:
        raise LoadError(f"Tệp “{path.name}” không có nội dung (tệp rỗng).")
    if _looks_binary(text):
        raise LoadError(f"“{path.name}” không phải tệp văn bản (có nhiều ký tự điều khiển, có lẽ là tệp nhị phân).")
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(f"“{path.name}” dài hơn {format_vi(MAX_TEXT_CHARS)} ký tự, quá dài để kiểm tra.")
    tracked = bool(read and read.tracked_changes)
    return LoadedDocument(path, text, encoding, legacy, tracked, read)


# The signature of an OLE2 compound file: a Word 97-2003 document (also .xls, .ppt; Word's is by far the likeliest here).
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _word_97(path: Path) -> LoadError:
    return LoadError(
        f"“{path.name}” là tệp Word 97-2003 (.doc), chương trình chưa đọc được định dạng này. "
        "Hãy mở tệp trong Word và chọn Lưu thành… → Word Document (.docx), rồi mở lại."
    )


def decode_text(raw: bytes, name: str = "tệp") -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one in either byte order),
    else TCVN3 or VNI when the raw bytes read as one of them (kept as their one-character-per-byte
    text, to convert on request), else Windows-1258; always NFC. UTF-8 damaged into Windows-1252
    mojibake is UTF-8 here: load_file reports it as legacy text ("cp1252"), to convert on request."""
    if raw.startswith(codecs.BOM_UTF8):
        return normalize(raw[3:].decode("utf-8", errors="replace")), "utf-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return normalize(raw.decode("utf-16", errors="replace")), "utf-16"
    # UTF-16 without a BOM, either byte order: its ASCII letters leave a zero byte in every
    # other place. Looked at before UTF-8, which takes those zeros for NUL characters.
    order = _utf16_order(raw)
    if order:
        return normalize(raw.decode(f"utf-16-{order}", errors="replace")), "utf-16"
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
        raise LoadError(f"“{name}” không phải tệp văn bản (có dữ liệu nhị phân).")
    # Single-byte font encodings are told apart on the bytes: decoded as cp1258 first, some of
    # their bytes become other characters and the text cannot be recovered.
    scheme = detect_bytes(raw)
    if scheme:
        return normalize(decode_bytes(raw)), scheme
    # Not UTF-8: the legacy Windows code page for Vietnamese is the one left in use.
    # cp1258 decodes every byte, so this never fails; combining tones become NFC here.
    return normalize(raw.decode("cp1258", errors="replace")), "cp1258"


def _megabytes(size: int) -> str:
    """A size over the limit in MB, the Vietnamese way and rounded up, so that it reads as more
    than the limit: 20,01 MB is "20,1", not "20.0" beside "nhận tệp đến 20 MB"."""
    return format_vi(math.ceil(size * 10 / 1_048_576) / 10, 1)


def _looks_binary(text: str) -> bool:
    """Many control characters other than tab, line ends, form feed and vertical tab (Word's
    soft line break, common in pasted text): a binary file decoded as a legacy code page."""
    sample = text[:100_000]
    controls = sum(map(sample.count, _CONTROLS))  # (counted in C, one character at a time: ~4 ms a long text in Python)
    return controls >= 8 and controls > len(sample) / 100


_CONTROLS = [chr(code) for code in range(32) if chr(code) not in "\t\n\r\f\v"]


def _utf16_order(raw: bytes) -> str | None:
    """"le" or "be" when the bytes look like UTF-16 without a BOM (a zero in more than half of
    the odd or even places), else None."""
    sample = raw[:4096]
    if len(sample) < 4 or sample.count(0) * 4 < len(sample):
        return None
    if sample[1::2].count(0) * 4 > len(sample):
        return "le"
    if sample[0::2].count(0) * 4 > len(sample):
        return "be"
    return None


def _docx_text(path: Path):
    import zipfile  # (~5 ms of every start-up that opens no .docx: a check of a .txt)

    from docx import Document  # python-docx import is slow: only when a .docx is opened

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as err:
        raise LoadError(f"“{path.name}” bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.") from err
    if unpacked > MAX_DOCX_UNPACKED:
        raise LoadError(f"“{path.name}” giải nén ra quá lớn ({unpacked // 1_048_576} MB), không mở được.")
    try:
        from .docx_reader import read_docx

        read = read_docx(Document(str(path)))
    except Exception as err:  # noqa: BLE001
        # python-docx raises many unrelated types on hostile files (PackageNotFoundError,
        # KeyError, XMLSyntaxError, BadZipFile…: field-notes.md); all mean "unreadable".
        raise LoadError(f"“{path.name}” bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.") from err
    # Runs are NFC'd one by one as they are read; line ends inside a paragraph (w:cr) unify here.
    text = normalize(read.text)
    if text != read.text:
        read.text = text
    return read
