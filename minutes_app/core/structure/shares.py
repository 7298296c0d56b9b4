"""The share a target's line prints beside its result and plan ("62/80 tổ chức (đạt 75,5% kế hoạch năm)"), read from
the quantity layer's share relations: the figure as the clerk wrote it, which the views show (issue 18) — the
target's ``progress`` computes its own."""

from __future__ import annotations

from dataclasses import replace

from ..quantities.lists import paragraph_layer
from .document import Decision, Field, Target


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


def vote_shares(ctx, decisions: list[Decision], rounds=()) -> list[Decision]:
    """``decisions`` with the share their line prints for the count over its base ("92,86%" of "được 26/28 phiếu, đạt
    92,86%"; "94,1" of a kiểm phiếu table's row "Hoàng Văn Bảo | 16 | 94,1", which the count gives as 94,12): the
    clerk's figure, which the views show. From the quantity layer's share relations, and from the ballot rounds' shares
    of the candidates (``rounds``: quantities.ballots.ballot_rounds)."""
    candidates = [share for r in rounds for share in (*r.shares, *r.rows)]
    relations: dict[int, tuple] = {}
    found = []
    for decision in decisions:
        share = None
        index = ctx.paragraph_index(decision.start) if decision.votes_for is not None and decision.base else None
        if index is not None:
            paragraph = ctx.paragraphs[index]
            if index not in relations:
                relations[index] = paragraph_layer(ctx, paragraph).relations
            line_end = ctx.text.find("\n", decision.start)
            line_end = line_end if line_end >= 0 else len(ctx.text)
            share = _vote_share(decision, relations[index], paragraph.start, line_end) or next(
                (_with_sign(ctx.text, start, end) for votes, _, start, end in candidates
                 if votes == decision.votes_for and decision.start <= start < line_end), None)
        found.append(replace(decision, share=share) if share else decision)
    return found


def _vote_share(decision: Decision, relations, offset: int, line_end: int) -> Field | None:
    for relation in relations:
        share = relation.share
        if share is None or share.kind != "percent" or relation.kind != "share-of":
            continue
        if not decision.start <= share.start + offset < line_end:
            continue
        values = {q.value for q in (relation.whole, *relation.parts)}
        totals = {relation.whole.value, *(q.total for q in relation.parts)}
        if decision.votes_for in values and decision.base in totals:
            return Field(share.text, share.start + offset, share.end + offset)
    return None


def _with_sign(text: str, start: int, end: int) -> Field:
    """The share's digits with the "%" written right after them ("96,67%" of a row; "94,1" under a "Tỷ lệ %" header)."""
    end += text.startswith("%", end)
    return Field(text[start:end], start, end)
