"""A target's share as the views show it (issue 18): the clerk's figure as written (``Target.share``, read by the
structure from the quantity layer) and — only when a finding says it is wrong — the value the finding computes,
beside it and marked; never the computed value in its place."""

from __future__ import annotations

from dataclasses import dataclass

RECOMPUTED = "tính lại: {}"  # the mark of a computed value shown beside the printed one, in every view


@dataclass(frozen=True)
class TargetShare:
    printed: str  # "75,5%" as the text writes it
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


def _with_percent(share: str) -> str:
    """A share as the views show it: "94,1" (a table's cell under a "Tỷ lệ %" header, a finding's number) with its "%"."""
    return share if share.endswith("%") else share + "%"


def target_shares(analysis) -> dict[int, TargetShare]:
    """The printed share of each target that has one, by the target's start, with a finding's value at its span."""
    return _printed(analysis, analysis.structure.targets)


def vote_shares(analysis) -> dict[int, TargetShare]:
    """The printed share of each decision's count over its base ("94,1" of a kiểm phiếu row), by the decision's start,
    with a finding's value at its span."""
    return _printed(analysis, analysis.structure.decisions)


def _printed(analysis, records) -> dict[int, TargetShare]:
    targets = [t for t in records if t.share is not None]
    if not targets:
        return {}
    # A finding disputes the share when it starts on it: a share of a whole covers "75,5%", a result against its plan
    # only the number ("88,7", suggesting "86,7"), so its value gets the share's "%" back.
    disputed = {f.start: (f.end, f.suggestion) for f in analysis.findings
                if f.suggestion and f.severity.value in ("error", "warning")}

    def recomputed(share) -> str | None:
        end, value = disputed.get(share.start, (None, None))
        if value is None or end > share.end:
            return None
        return _with_percent(value)

    return {t.start: TargetShare(_with_percent(t.share.value), recomputed(t.share)) for t in targets}
