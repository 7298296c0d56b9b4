"""What the window knows about the open document besides its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import i18n
from .doc_state import DocState
from .files import DEFAULT_TEXT_FORMAT, TextFormat


@dataclass
class DocumentSession:
    """Path (None for a new document), how to write it back, and its remembered state."""

    path: Path | None = None
    encoding: str = "utf-8"  # as loaded: utf-8, utf-16, cp1258 or docx
    text_format: TextFormat = DEFAULT_TEXT_FORMAT
    state: DocState = field(default_factory=DocState)
    content: str | None = None  # doc_state.content_hash of the text in the file on disk

    def display_name(self) -> str:
        return self.path.name if self.path else i18n.tr("Văn bản mới")

    def from_word(self) -> bool:
        return self.encoding == "docx"
