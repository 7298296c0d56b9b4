"""Vietnamese compound words, from the word list that ships with underthesea (Viet74K).

A body's name mixes capitals and lower case inside one word ("Đảng ủy", "Văn phòng",
"Giao thông"); knowing which syllables form one word tells where a name continues.
The list is kept prebuilt and folded in resources/words_viet74k.txt
(scripts/make_word_list.py), so nothing imports underthesea at run time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import chain

from .resources import word_list
from .text import to_old_tone_style


@lru_cache(maxsize=None)
def compound_words() -> frozenset[str]:
    """Lower-case, old-tone-style multi-syllable words ("đảng uỷ", "văn phòng")."""
    extra = (to_old_tone_style(w.lower()) for w in word_list("compound_words_extra") if " " in w)
    return frozenset(chain(word_list("words_viet74k"), extra))  # (one set built, not 62k words copied by a union)


@lru_cache(maxsize=None)
def compound_prefixes() -> frozenset[str]:
    """The first two and three syllables of every known word longer than that ("tổ chức cơ"
    of "tổ chức cơ sở"): the segmentation looks for a longer word only after such a prefix.
    Prebuilt for the Viet74K list (resources/words_viet74k_prefixes.txt, scripts/make_word_list.py);
    those of our own extra words are added here."""
    extra = (to_old_tone_style(w.lower()) for w in word_list("compound_words_extra") if " " in w)
    # (a union, not one set built from a chain: the union's table is twice as large, ~30 % full instead of ~60 %, and
    # the segmentation asks it of every pair of syllables, most of them missing)
    return frozenset(word_list("words_viet74k_prefixes")).union(*(word_prefixes(w) for w in extra))


@lru_cache(maxsize=1)
def syllable_word_counts() -> dict[str, int]:
    """How many known words of two or more syllables each syllable is in. Prebuilt for the Viet74K
    list (resources/words_viet74k_syllable_counts.txt, scripts/make_word_list.py): counting its 62k
    words took ~35 ms of every check's start-up. Our own extra words not in that list are added here."""
    counts = {syllable: int(count) for syllable, _, count in
              (line.rpartition(" ") for line in word_list("words_viet74k_syllable_counts"))}
    listed = word_list("words_viet74k")  # sorted (scripts/make_word_list.py): an extra word is looked up by halving
    extra = {to_old_tone_style(w.lower()) for w in word_list("compound_words_extra") if " " in w}
    for syllable, count in syllable_counts_of(w for w in extra if not _in_sorted(listed, w)).items():
        counts[syllable] = counts.get(syllable, 0) + count
    return counts


def _in_sorted(entries: tuple[str, ...], entry: str) -> bool:
    at = bisect_left(entries, entry)
    return at < len(entries) and entries[at] == entry


def syllable_counts_of(words) -> dict[str, int]:
    """How many of the words each syllable is in (a syllable twice in a word counts once)."""
    counts: dict[str, int] = {}
    for word in words:
        for syllable in set(word.split(" ")):
            counts[syllable] = counts.get(syllable, 0) + 1
    return counts


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
    """Syllables seen as words on their own, with how often (resources/syllables_standalone.txt),
    and the everyday and regional words that legal sample never saw alone
    (syllables_standalone_everyday.txt), its own count winning where it has one."""
    counts = {word: int(count) for word, count in (line.split() for line in word_list("syllables_standalone_everyday"))}
    counts.update((word, int(count)) for word, count in (line.split() for line in word_list("syllables_standalone")))
    return counts


@lru_cache(maxsize=1)
def _known_syllables() -> tuple[str, ...]:
    """Every syllable of a known word or seen alone, sorted (old tone style)."""
    return tuple(sorted(set(syllable_word_counts()) | set(standalone_counts())))


def begins_a_syllable(fragment: str) -> bool:
    """A known syllable opens with ``fragment`` ("nhiệ" of "nhiệm", "địn" of "định")."""
    key = to_old_tone_style(fragment.lower())
    syllables = _known_syllables()
    at = bisect_left(syllables, key)
    return at < len(syllables) and syllables[at].startswith(key)


def cut_at_the_end(text: str, end: int, word: str) -> bool:
    """The word closes the paragraph with no mark after it and is the beginning of a syllable:
    an excerpt cut mid-word ("phiếu tín nhiệ") or a word still being typed, not a slip to flag."""
    # (white space to the end, read from ``end`` on: re's \s is str.strip's white space; the rest
    # of the paragraph was copied for each word asked, thousands a page)
    return _SPACES_TO_THE_END.match(text, end) is not None and begins_a_syllable(word)


_SPACES_TO_THE_END = re.compile(r"\s*\Z")
