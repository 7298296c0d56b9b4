"""Hypothesis strategies for hostile text: real syllables joined with and without spaces
(text pasted from a PDF loses them), digits, punctuation, legacy mojibake and any Unicode."""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import strategies as st

from tests.helpers import SEEDS


@lru_cache(maxsize=1)
def seed_words() -> list[str]:
    return sorted({w for p in SEEDS for w in re.findall(r"[^\W\d_]+", p.read_text(encoding="utf-8"))})


@lru_cache(maxsize=1)
def dictionary_syllables() -> list[str]:
    from minutes_app.core.vietnamese import _by_base

    return sorted({form for forms in _by_base().values() for form in forms})


_PUNCTUATION = list(".,;:!?…-–/()[]\"'“”%|") + ["\u00ad", "\u00a0", "\t"]
syllable = st.one_of(st.sampled_from(seed_words()), st.deferred(lambda: st.sampled_from(dictionary_syllables())))
atom = st.one_of(
    syllable,
    syllable.map(str.upper),
    syllable.map(str.capitalize),
    st.integers(0, 10**7).map(str),
    st.sampled_from(_PUNCTUATION),
)
separator = st.sampled_from(["", "", "", " ", " ", ", ", "\n"])


@st.composite
def joined(draw, max_atoms: int = 120) -> str:
    """Atoms joined mostly without spaces: "vụquyếtCụm;ngoạiưu, đốitrọng…"."""
    atoms = draw(st.lists(atom, max_size=max_atoms))
    return "".join(a + draw(separator) for a in atoms)


hostile_text = st.one_of(joined(), st.text(max_size=400), joined(max_atoms=30).map(lambda t: t * 3))


@st.composite
def paragraph_up_to(draw, limit: int = 2000) -> str:
    """One paragraph (no line end) of joined syllables, digits and punctuation, ≤ limit chars."""
    text = draw(joined(max_atoms=600)).replace("\n", "")
    return text[:limit]


# Characters XML (and so a .docx) can hold.
xml_char = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff\u2028\u2029\x85")
docx_line = st.one_of(st.text(xml_char, max_size=80), joined(max_atoms=20).map(lambda t: t.replace("\n", " ")))
