"""Every interface string has an English entry (English is selectable in the menus)."""

from __future__ import annotations

import ast
from pathlib import Path

from minutes_app.gui import os_errors
from minutes_app.gui.dialogs import Dialogs
from minutes_app.gui.entities_panel import FIGURE_TYPES
from minutes_app.gui.i18n_en import EN
from minutes_app.gui.styles import KIND_LABELS, SEVERITY_LABELS

GUI = Path(__file__).resolve().parents[2] / "minutes_app" / "gui"
TRANSLATED_CALLS = {"tr", "bind", "_action", "_menu", "_dock", "_button", "error", "info", "_box", "_export"}


def interface_strings() -> set[str]:
    found: set[str] = set()
    for path in GUI.glob("*.py"):
        if path.name == "i18n_en.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in TRANSLATED_CALLS:
                    for arg in node.args:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                                any(not ch.isascii() for ch in arg.value):
                            found.add(arg.value)
    found |= set(Dialogs.SAVE_QUESTIONS.values())
    found |= set(os_errors.REASONS.values()) | set(os_errors.READ_REASONS.values()) | {os_errors.SHARING_VIOLATION, os_errors.UNKNOWN}
    found |= set(KIND_LABELS.values()) | set(SEVERITY_LABELS.values()) | set(FIGURE_TYPES.values())
    return found


def test_every_interface_string_has_english():
    missing = sorted(s for s in interface_strings() if s not in EN)
    assert not missing, missing


def test_english_placeholders_match():
    """A translation must keep the same number of {} slots as its source."""
    for source, english in EN.items():
        for form in english if isinstance(english, tuple) else (english,):
            assert source.count("{}") == form.count("{}"), source
