"""Vietnamese compound words, from the word list that ships with underthesea (Viet74K).

A body's name mixes capitals and lower case inside one word ("Đảng ủy", "Văn phòng",
"Giao thông"); knowing which syllables form one word tells where a name continues.
The list is kept prebuilt and folded in resources/words_viet74k.txt
(scripts/make_word_list.py), so nothing imports underthesea at run time.
"""

from __future__ import annotations

from functools import lru_cache

from .resources import word_list
from .text import to_old_tone_style


@lru_cache(maxsize=None)
def compound_words() -> frozenset[str]:
    """Lower-case, old-tone-style multi-syllable words ("đảng uỷ", "văn phòng")."""
    extra = (to_old_tone_style(w.lower()) for w in word_list("compound_words_extra") if " " in w)
    return frozenset(word_list("words_viet74k")).union(extra)


@lru_cache(maxsize=None)
def compound_prefixes() -> frozenset[str]:
    """The first two and three syllables of every known word longer than that ("tổ chức cơ"
    of "tổ chức cơ sở"): the segmentation looks for a longer word only after such a prefix.
    Prebuilt for the Viet74K list (resources/words_viet74k_prefixes.txt, scripts/make_word_list.py);
    those of our own extra words are added here."""
    extra = (to_old_tone_style(w.lower()) for w in word_list("compound_words_extra") if " " in w)
    return frozenset(word_list("words_viet74k_prefixes")).union(*(word_prefixes(w) for w in extra))


def word_prefixes(word: str) -> tuple[str, ...]:
    """'a b c d' → ('a b', 'a b c'): the prefixes of two and three syllables shorter than the word."""
    parts = word.split(" ", 3)
    return tuple(" ".join(parts[:n]) for n in (2, 3) if n < len(parts))


def is_compound(syllables: list[str]) -> bool:
    return to_old_tone_style(" ".join(syllables).lower()) in compound_words()


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    """The multi-syllable words of everyday and administrative text (resources/words_common.txt,
    words_administrative.txt and our own additions): the only words the real-word check suggests."""
    extra = (to_old_tone_style(w.lower()) for name in ("compound_words_extra", "words_administrative")
             for w in word_list(name) if " " in w)
    return frozenset(word_list("words_common")).union(extra)


@lru_cache(maxsize=1)
def standalone_counts() -> dict[str, int]:
    """Syllables seen as words on their own, with how often (resources/syllables_standalone.txt)."""
    return {word: int(count) for word, count in (line.split() for line in word_list("syllables_standalone"))}
