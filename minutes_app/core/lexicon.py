"""Vietnamese compound words, from the word list that ships with underthesea (Viet74K).

A body's name mixes capitals and lower case inside one word ("Đảng ủy", "Văn phòng",
"Giao thông"); knowing which syllables form one word tells where a name continues.
Read once, offline, from the installed package's data (no download).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as package_data

from .resources import word_list
from .text import to_old_tone_style


@lru_cache(maxsize=None)
def compound_words() -> frozenset[str]:
    """Lower-case, old-tone-style multi-syllable words ("đảng uỷ", "văn phòng")."""
    words = set()
    try:
        data = package_data.files("underthesea") / "corpus" / "data" / "Viet74K.txt"
        lines = data.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        lines = []
    for line in list(lines) + list(word_list("compound_words_extra")):
        line = line.strip()
        if " " in line:
            words.add(to_old_tone_style(line.lower()))
    return frozenset(words)


def is_compound(syllables: list[str]) -> bool:
    return to_old_tone_style(" ".join(syllables).lower()) in compound_words()
