"""Mẫu văn bản: templates of biên bản, báo cáo and nghị quyết as plain UTF-8 files an office
can copy and change. The program's own are in resources/templates/; the user's own in the
platformdirs data folder, sub-folder ``mau_van_ban`` (listed after them, a user's file of the
same file name replacing the program's).

A file opens with comment lines ('# ' at the start): '# Mẫu: <name>' names it in the picker,
'# Bố cục theo: …' says where its layout comes from; comments are not part of the document.
A field is a placeholder in guillemets, «Tên chi bộ»: the editor moves through them with
Tab / Shift+Tab and the rule 'unfilled-placeholder' lists those left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .loading import LoadError, load_file
from .resources import resources_dir
from .user_dictionary import APP_NAME

USER_FOLDER = "mau_van_ban"
PLACEHOLDER = re.compile(r"«[^«»\n]{1,80}»")


@dataclass(frozen=True)
class Template:
    name: str
    source: str  # where its layout comes from ('# Bố cục theo: …')
    text: str  # the document, comments removed
    path: Path
    own: bool = False  # the user's, from the data folder


def user_folder() -> Path:
    return Path(platformdirs.user_data_path(APP_NAME, APP_NAME)) / USER_FOLDER


def read_template(path: Path, own: bool = False) -> Template:
    """A template file as the editor reads a .txt: an office's own one saved by Notepad as
    “ANSI” (Windows-1258) or “Unicode” (UTF-16) was skipped without a word (UTF-8 only)."""
    raw = load_file(path).text
    lines = raw.split("\n")
    name, source, body = "", "", []
    for i, line in enumerate(lines):
        if line.startswith("#") and not body:
            comment = line.lstrip("#").strip()
            key, _, value = comment.partition(":")
            if key.strip().lower() == "mẫu":
                name = value.strip()
            elif key.strip().lower() == "bố cục theo":
                source = value.strip()
            continue
        body = lines[i:]
        break
    text = "\n".join(body).strip("\n") + "\n"
    return Template(name or Path(path).stem.replace("_", " ").capitalize(), source, text, Path(path), own)


def list_templates(extra: Path | None = None) -> list[Template]:
    """The program's templates, then the user's (a user's file replaces the program's of the same name)."""
    found: dict[str, Template] = {}
    for folder, own in ((resources_dir() / "templates", False), (extra or user_folder(), True)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            try:
                found[path.name] = read_template(path, own)
            except (OSError, LoadError):
                continue  # a broken file of the user's must not hide the others
    return list(found.values())


def fields(text: str) -> list[tuple[int, int]]:
    """(start, end) of every placeholder, in order (str offsets)."""
    return [m.span() for m in PLACEHOLDER.finditer(text)]


def next_field(text: str, start: int, end: int | None = None, backwards: bool = False) -> tuple[int, int] | None:
    """The placeholder after the selection ``start``-``end`` (the cursor when equal), or the
    one before it with ``backwards``, wrapping round; None when the text has none."""
    end = start if end is None else end
    spans = fields(text)
    if not spans:
        return None
    if backwards:
        earlier = [s for s in spans if s[1] <= start]
        return earlier[-1] if earlier else spans[-1]
    later = [s for s in spans if s[0] >= end]
    return later[0] if later else spans[0]
