"""Bodies: "Đảng ủy Khối các cơ quan tỉnh", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Cụm II".

A body is named when its head word is capitalised (domain.md §4 C4-C5: a generic "các đảng
ủy trực thuộc" stays lower-case and is not a specific body). Spans inside an official's
titles are left to the official, who carries them.
"""

from __future__ import annotations

from ..model import Entity
from ..reading import Token, tokenize
from .officials import name_length
from .phrases import extend_tail, lexicon, match_lexicon


def detect_organizations(text: str, taken: list[tuple[int, int]], tokens: list[Token] | None = None) -> list[Entity]:
    tokens = tokenize(text) if tokens is None else tokens
    entities = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.text[0].isupper() or any(a <= token.start < b for a, b in taken):
            i += 1
            continue
        n = match_lexicon(tokens, i, "org_heads", text)
        if n and token.text.isupper() and not lexicon("org_heads")[tuple(t.key for t in tokens[i:i + n])].isupper():
            n = 0  # "NHIỆM VỤ" in a capitalised heading is not the body "Vụ"
        if not n:
            i += 1
            continue
        end = extend_tail(tokens, i + n, text, stop_at=lambda j: name_length(tokens, j, text) > 0)
        single_word_head = n == 1 and not token.text.isupper()
        if single_word_head and end == i + n:
            i += 1  # "Sở", "Bộ", "Vụ" alone are ordinary words
            continue
        start, stop = token.start, tokens[end - 1].end
        entities.append(Entity("organization", start, stop, text[start:stop], {"name": text[start:stop]}))
        i = end
    return entities

