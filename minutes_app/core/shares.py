"""The share a target's line prints beside its result and plan ("62/80 tổ chức (đạt 75,5% kế hoạch năm)"), as the
views show it (issue 18): the clerk's figure as written, and — only when a finding says it is wrong — the value the
finding computes, beside it and marked; never the computed value in its place. The share is read from the quantity
layer's share relations and the finding at its span, not from the text again."""

from __future__ import annotations

from dataclasses import dataclass

from .quantities import layer_of
from .reading import Reading

RECOMPUTED = "tính lại: {}"  # the mark of a computed value shown beside the printed one, in every view


@dataclass(frozen=True)
class TargetShare:
    printed: str  # "75,5%" as the text writes it
    start: int
    end: int
    recomputed: str | None = None  # the finding's value ("77,5%") when it says the printed one is wrong

    @property
    def mark(self) -> str | None:
        """"tính lại: 77,5%", or None when no finding disputes the printed share."""
        return RECOMPUTED.format(self.recomputed) if self.recomputed else None

    def progress(self, progress: str | None) -> str | None:
        """A target's "tiến độ 77,5% kế hoạch năm" (the structure's words, its share computed) told with the printed
        share, so the note and the Tỷ lệ column say one value with the text's decimals."""
        if not progress or "%" not in progress:
            return progress
        head, _, tail = progress.partition("%")
        words = head.rsplit(" ", 1)[0] if " " in head else ""
        return f"{words} {self.printed}{tail}".strip()


def target_shares(analysis) -> dict[int, TargetShare]:
    """The printed share of each target whose line ties a share to the target's own result and plan, by the
    target's start."""
    disputed = {(f.start, f.end): f.suggestion for f in analysis.findings
                if f.suggestion and f.severity.value in ("error", "warning")}
    layers: dict[int, tuple] = {}
    found: dict[int, TargetShare] = {}
    for target in analysis.structure.targets:
        if target.result is None or not target.target or target.unit == "%":
            continue
        paragraph = analysis.paragraph_at(target.start)
        if paragraph.start not in layers:
            entities = [e.shifted(-paragraph.start) for e in analysis.entities
                        if paragraph.start <= e.start and e.end <= paragraph.end]
            layers[paragraph.start] = layer_of(Reading(paragraph.text), entities).relations
        for relation in layers[paragraph.start]:
            share = relation.share
            if share is None or share.kind != "percent" or relation.kind not in ("share-of", "result-vs-plan"):
                continue
            start, end = share.start + paragraph.start, share.end + paragraph.start
            if not target.start <= start < target.end:
                continue
            quantities = (relation.whole, *relation.parts)
            if target.result not in {q.value for q in quantities} or \
                    target.target not in {relation.whole.value, *(q.total for q in quantities)}:
                continue  # a share of another fact of the line
            recomputed = disputed.get((start, end))
            if recomputed is None and abs(share.value - target.result / target.target * 100) > 1:
                continue  # "…, vượt 8%": the share tells the excess, not the result over its plan
            found[target.start] = TargetShare(share.text, start, end, recomputed)
            break
    return found
