"""User preferences: one defaults dict, a JSON file holding only what differs from it.

Storing only non-defaults (as ReText does) means a later release can change a default and
every user who never touched it gets the new one. The object is injected into the window
(no global singleton), so tests simply build one on a temporary path.
"""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path
from typing import Any

from . import paths
from .atomic import write_bytes_atomic

log = logging.getLogger(__name__)

MAX_RECENT = 10

DEFAULTS: dict[str, Any] = {
    "language": "vi",
    "font_size": 13,
    "recent_files": [],
    "disabled_rules": [],  # switched off everywhere
    "hidden_kinds": [],  # entity kinds whose highlight is turned off
    "geometry": "",  # base64 of QMainWindow.saveGeometry()
    "window_state": "",  # base64 of QMainWindow.saveState()
    "autosave_seconds": 3,  # at most this long between an unsaved change and its journal (≤ 5)
    "debounce_ms": 300,
    "last_dir": "",
}


class Settings:
    """Dict-like access to preferences; ``save()`` writes the non-default ones atomically."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as err:
            log.warning("settings unreadable, using defaults: %s", err)
            return
        if isinstance(raw, dict):
            for key, value in raw.items():
                if key in DEFAULTS and isinstance(value, type(DEFAULTS[key])):
                    self._values[key] = value

    def get(self, key: str) -> Any:
        if key in self._values:
            return copy.deepcopy(self._values[key])
        return copy.deepcopy(DEFAULTS[key])

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if value == DEFAULTS[key]:
            self._values.pop(key, None)
        else:
            self._values[key] = copy.deepcopy(value)

    def save(self) -> None:
        data = json.dumps(self._values, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, data, private=True)
        except OSError as err:  # a read-only profile must not stop the editor
            log.warning("could not save settings: %s", err)

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in the recent-files list (no duplicates, at most MAX_RECENT)."""
        entry = str(Path(path))
        recent = [p for p in self.get("recent_files") if p != entry]
        self.set("recent_files", [entry, *recent][:MAX_RECENT])
