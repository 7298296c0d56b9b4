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
