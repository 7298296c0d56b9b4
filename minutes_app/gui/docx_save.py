"""Saving a document that was opened from Word: into the original .docx (core.docx_writer),
after telling the user what cannot be kept — every time, for Save and for Save As."""

from __future__ import annotations

from pathlib import Path

from . import i18n
from .atomic import refuse_read_only, write_atomic
from .files import DOCX_SUFFIXES, TextFormat, save_document


def _word_source(source: Path | None) -> bool:
    return source is not None and source.suffix.lower() in DOCX_SUFFIXES and source.is_file()


def format_losses(source: Path | None, target: Path, text: str) -> list[str]:
    """What saving ``text`` to ``target`` drops of the Word file ``source``, in Vietnamese."""
    if not _word_source(source):
        return []
    if target.suffix.lower() not in DOCX_SUFFIXES:
        return [i18n.tr("Tệp .txt chỉ giữ chữ: định dạng, bảng, hình ảnh và nhận xét của tệp Word gốc không được lưu.")]
    from ..core.docx_writer import save_losses

    try:
        return save_losses(source, text)
    except Exception:  # noqa: BLE001  (the original changed or broke on disk since it was opened)
        return [i18n.tr("Không đọc lại được tệp Word gốc “{}”: văn bản sẽ được ghi dạng văn bản thuần "
                        "(mất định dạng, bảng, hình ảnh).", source.name)]


def write_document(target: Path, text: str, text_format: TextFormat, source: Path | None) -> None:
    """Write ``text`` to ``target``: into a copy of the Word original when there is one.
    Raises atomic.ReadOnlyFile for a file marked read-only, never overwriting it."""
    refuse_read_only(target)
    if _word_source(source) and target.suffix.lower() in DOCX_SUFFIXES:
        from ..core.docx_writer import save_into

        try:
            original = source.read_bytes()  # read before the target (maybe the same file) is replaced
        except OSError:
            original = None
        if original is not None:
            import io

            write_atomic(target, lambda tmp: save_into(io.BytesIO(original), text, tmp))
            return
    save_document(target, text, text_format)
