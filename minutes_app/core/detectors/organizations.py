"""Bodies: "Đảng ủy Khối các cơ quan tỉnh", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Cụm II".

A body is named when its head word is capitalised (domain.md §4 C4-C5: a generic "các đảng
ủy trực thuộc" stays lower-case and is not a specific body). Spans inside an official's
titles are left to the official, who carries them.
"""

from __future__ import annotations

from bisect import bisect_right

from ..model import Entity
from ..reading import Token, tokenize
from .officials import name_length
from .phrases import extend_tail, lexicon, lexicon_roots, match_lexicon

# Heads that a number after them turns into the name of a Central Committee plenum, not of a body
# ("Hội nghị Trung ương 6"; "Công đoàn 3 cấp" stays the body "Công đoàn").
_PLENUM_HEADS = {("trung", "ương")}


def detect_organizations(text: str, taken: list[tuple[int, int]], tokens: list[Token] | None = None) -> list[Entity]:
    tokens = tokenize(text) if tokens is None else tokens
    entities = []
    heads = lexicon_roots("org_heads")
    after = 0  # the tokens before it belong to a body already read
    # A body's head is capitalised and opens an entry of org_heads: only such tokens are looked at
    # (a few in a paragraph), not every token in turn.
    inside_taken = _span_test(taken)
    for i in [k for k, t in enumerate(tokens) if t.key in heads and t.text[0].isupper()]:
        token = tokens[i]
        if i < after or inside_taken(token.start):
            continue
        n = match_lexicon(tokens, i, "org_heads", text)
        if n and token.text.isupper() and not lexicon("org_heads")[tuple(t.key for t in tokens[i:i + n])].isupper():
            n = 0  # "NHIỆM VỤ" in a capitalised heading is not the body "Vụ"
        if not n:
            continue
        if i + n < len(tokens) and tokens[i + n].text.isdigit() and \
                tuple(t.key for t in tokens[i:i + n]) in _PLENUM_HEADS:
            continue  # "Nghị quyết Trung ương 4", "Hội nghị Trung ương 6": a plenum's number, no body
        end = extend_tail(tokens, i + n, text, stop_at=lambda j: name_length(tokens, j, text) > 0)
        single_word_head = n == 1 and not token.text.isupper()
        if single_word_head and end == i + n:
            continue  # "Sở", "Bộ", "Vụ" alone are ordinary words
        start, stop = token.start, tokens[end - 1].end
        entities.append(Entity("organization", start, stop, text[start:stop], {"name": text[start:stop]}))
        after = end
    return entities


def _span_test(spans: list[tuple[int, int]]):
    """A test "does some (a, b) of ``spans`` hold this offset (a <= offset < b)?" answered by
    bisection over the spans sorted by start with the furthest end reached so far, instead of a
    scan of every span for every capitalised head (thousands in a long pasted paragraph)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    furthest, reach = [], -1
    for _, b in ordered:
        reach = max(reach, b)
        furthest.append(reach)

    def holds(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and furthest[index] > offset

    return holds
