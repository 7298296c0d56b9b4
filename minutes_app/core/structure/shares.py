"""The share a target's line prints beside its result and plan ("62/80 tổ chức (đạt 75,5% kế hoạch năm)"), read from
the quantity layer's share relations: the figure as the clerk wrote it, which the views show (issue 18) — the
target's ``progress`` computes its own."""

from __future__ import annotations

from dataclasses import replace

from ..quantities.lists import paragraph_layer
from .document import Field, Target


def printed_shares(ctx, targets: list[Target]) -> list[Target]:
    """``targets`` with the share their line prints for their own result over their own plan."""
    relations: dict[int, tuple] = {}
    found = []
    for target in targets:
        share = None
        index = ctx.paragraph_index(target.start) if target.result is not None and target.target and \
            target.unit != "%" else None
        if index is not None:
            paragraph = ctx.paragraphs[index]
            if index not in relations:
                relations[index] = paragraph_layer(ctx, paragraph).relations
            share = _share_of(target, relations[index], paragraph.start)
        found.append(replace(target, share=share) if share else target)
    return found


def _share_of(target: Target, relations, offset: int) -> Field | None:
    for relation in relations:
        share = relation.share
        if share is None or share.kind != "percent" or relation.kind not in ("share-of", "result-vs-plan"):
            continue
        if not target.start <= share.start + offset < target.end:
            continue
        quantities = (relation.whole, *relation.parts)
        if target.result not in {q.value for q in quantities} or \
                target.target not in {relation.whole.value, *(q.total for q in quantities)}:
            continue  # a share of another fact of the line
        excess = target.result / target.target * 100 - 100
        if excess > 0 and abs(share.value - excess) < abs(share.value - excess - 100):
            continue  # "…, vượt 8%": the share tells the excess over the plan, not the result over it
        return Field(share.text, share.start + offset, share.end + offset)
    return None
