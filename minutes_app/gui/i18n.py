"""Interface language: Vietnamese source strings, an English table, live switching.

Strings in the code are the Vietnamese text itself (what most users see), so a missing
English entry falls back to Vietnamese instead of a key. Widgets register a setter with
``bind`` and are re-labelled when the language changes; bindings on deleted widgets drop out.
"""

from __future__ import annotations

from typing import Callable

from .i18n_en import EN

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}

_language = "vi"
_bindings: list[tuple[Callable[[str], object], str, tuple]] = []


def language() -> str:
    return _language


def tr(text: str, *args: object) -> str:
    """``text`` in the current language, with ``str.format`` arguments filled in.

    Vietnamese nouns have no plural ("1 lỗi", "2 lỗi"); an English entry that is a pair
    (singular, plural) is chosen by the first argument, the count.
    """
    translated = EN.get(text, text) if _language == "en" else text
    if isinstance(translated, tuple):
        translated = translated[0] if args and str(args[0]) == "1" else translated[1]
    return translated.format(*args) if args else translated


def bind(setter: Callable[[str], object], text: str, *args: object) -> None:
    """Call ``setter(tr(text))`` now and again whenever the language changes."""
    setter(tr(text, *args))
    _bindings.append((setter, text, args))


def set_language(code: str) -> None:
    """Switch language and re-label every bound widget still alive."""
    global _language
    _language = code if code in LANGUAGES else "vi"
    alive = []
    for setter, text, args in _bindings:
        try:
            setter(tr(text, *args))
        except RuntimeError:  # the widget was deleted
            continue
        alive.append((setter, text, args))
    _bindings[:] = alive


def reset() -> None:
    """Back to Vietnamese with no bindings (tests, a new QApplication)."""
    global _language
    _language = "vi"
    _bindings.clear()
