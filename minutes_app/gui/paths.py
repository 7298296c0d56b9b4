"""Where the editor keeps its files: platformdirs, looked up at call time so tests can redirect it."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "minutes_app"
APP_AUTHOR = "minutes_app"


def config_dir() -> Path:
    """Settings (settings.json)."""
    path = Path(platformdirs.user_config_path(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Per-document state and autosaves."""
    path = Path(platformdirs.user_data_path(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def autosave_dir() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    path = data_dir() / "documents"
    path.mkdir(parents=True, exist_ok=True)
    return path


# Kernel views of the system, not folders of documents: a dialog started or left in one listed thousands of
# pseudo-files (and reading one to guess its type blocked, see dialogs.SafeIconProvider).
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")


def start_folder(last_dir: str, document: Path | None) -> str:
    """Where a file dialog opens: the folder last used, else the open document's, else the user's
    Documents (platformdirs: "Documents" / "Tài liệu" as the system names it), else home."""
    for candidate in (last_dir, document.parent if document is not None else None, platformdirs.user_documents_path()):
        if not candidate:
            continue
        folder = Path(candidate)
        if folder.is_dir() and not any(str(folder) == f or str(folder).startswith(f + "/") for f in SYSTEM_FOLDERS):
            return str(folder)
    return str(Path.home())
