"""The quantity model under every arithmetic check: numbers read once as typed quantities
(value, printed precision, noun head and class, role), the clauses they sit in, and the
relations between them (part-of, share-of, sum-of, result-vs-plan). Rules read
``quantities_of(ctx)``; none keeps a number pattern or a clause splitter of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity
from ..reading import Reading
from .model import Clause, Cue, NotQuantity, NumberToken, Quantity, Relation, ShareBase
from .reader import head_of, noun_heads, number_tokens, read_quantities, split_clauses
from .relations import find_relations, level_group, unit_end
from .scope import read_scopes
from .share_bases import read_share_bases

__all__ = ["Clause", "Cue", "NotQuantity", "NumberToken", "ParagraphQuantities", "Quantity", "Relation", "ShareBase", "head_of",
           "noun_heads", "number_tokens", "layer_of", "quantities_of", "read_paragraph", "split_clauses", "level_group", "unit_end"]


@dataclass(frozen=True)
class ParagraphQuantities:
    """One paragraph's quantities, the numbers that are not quantities, its clauses and the
    relations between its quantities (paragraph offsets)."""

    text: str
    quantities: tuple[Quantity, ...]
    not_quantities: tuple[NotQuantity, ...]
    clauses: tuple[Clause, ...]
    relations: tuple[Relation, ...]

    def of(self, kind: str) -> list[Relation]:
        return [r for r in self.relations if r.kind == kind]


def read_paragraph(reading: Reading, entities) -> ParagraphQuantities:
    quantities, not_quantities, clauses = read_quantities(reading, entities)
    if quantities:
        read_scopes(reading.text, quantities, clauses, reading.sentences)
        read_share_bases(reading, quantities)
    relations = find_relations(reading.text, quantities, clauses, reading.sentences) if quantities else []
    return ParagraphQuantities(reading.text, tuple(quantities), tuple(not_quantities), tuple(clauses),
                               tuple(relations))


def layer_of(reading: Reading, entities) -> ParagraphQuantities:
    """The paragraph's quantity reading, made once per Reading (the engine makes one per
    paragraph and keeps it with the paragraph's cached result) and shared by every rule,
    paragraph or document."""
    # Kept in the reading's own attributes, as its cached properties are, and freed with it: asked
    # ~15,000 times on 200k characters, where a WeakKeyDictionary made a weak reference at each
    # look-up (~2% of an analysis).
    cached = reading.__dict__.get("_quantity_layer")
    if cached is None:
        cached = reading.__dict__["_quantity_layer"] = read_paragraph(
            reading, [e for e in entities if isinstance(e, Entity)])
    return cached


def quantities_of(ctx) -> ParagraphQuantities:
    """The layer of a ParagraphContext's paragraph."""
    return layer_of(ctx.reading, ctx.entities)
