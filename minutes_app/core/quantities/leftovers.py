"""What is left after some went: "có 48 hộ nghèo … đã xóa được 35 hộ nghèo, hiện còn 13 hộ nghèo". A count
the paragraph has of a noun, those of it removed (xóa, thoát nghèo, giải quyết, khắc phục) and, right after, what
"còn" of it: the rest is the count less those removed. Parallel lists pair by their noun ("có 48 hộ nghèo và 62
hộ cận nghèo; xóa được 35 hộ nghèo và 40 hộ cận nghèo, còn 13 hộ nghèo và 22 hộ cận nghèo"). Inferred (kind
"balance", signs +1 −1: the rule warns, naming the count it started from), since some may have come in unsaid;
read only where nothing else of the noun is told between the count, the removal and the rest.
"""

from __future__ import annotations

import re

from .model import Cue, Quantity, Relation
from .relations import in_bracket, per_unit, sentence_start, unit_end

# the words right before the first number of each run: what the paragraph has, what went, what is left
_HELD = re.compile(r"(?<!\w)(?:có|tổng\s+số(?:\s+là)?|tiếp\s+nhận|thụ\s+lý|nhận\s+được)\s*:?\s*$", re.IGNORECASE)
_GONE = re.compile(r"(?<!\w)(?:xóa|xoá|thoát\s+nghèo|giải\s+quyết|khắc\s+phục)(?:\s+(?:được|xong|dứt\s+điểm))*\s*$",
                   re.IGNORECASE)
_LEFT = re.compile(r"(?<!\w)(?:hiện\s+|nay\s+|hiện\s+nay\s+)?(?:chỉ\s+)?còn\s*$", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_LEFT_AFTER_GONE = re.compile(r"\s*,?\s*(?:và\s+)?(?:hiện\s+|nay\s+|hiện\s+nay\s+)?(?:chỉ\s+)?còn\s*", re.IGNORECASE)
# anything that came in, told with the removal, makes the rest no plain difference; so does a hedged figure
_CAME_IN = re.compile(r"(?<!\w)(?:phát\s+sinh|tái\s+nghèo|mới|thêm|chuyển\s+đến)(?!\w)", re.IGNORECASE)
_HEDGE = re.compile(r"(?<!\w)(?:khoảng|gần|hơn|trên|ước|dưới|gần\s+như)\s*$", re.IGNORECASE)


def _runs(text: str, counts: list[Quantity]) -> list[list[Quantity]]:
    """Counts written one after another, joined only by "," or "và" ("35 hộ nghèo và 40 hộ cận nghèo")."""
    runs: list[list[Quantity]] = []
    for q in counts:
        if runs and _JOINED.fullmatch(text, unit_end(text, runs[-1][-1]), q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def leftovers(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    counts = [q for q in quantities if q.kind == "count" and q.head and not per_unit(text, q) and q.modifier is None]
    runs = _runs(text, counts)
    relations = []
    for index, left in enumerate(runs):
        cue = _LEFT.search(text, max(0, left[0].start - 20), left[0].start)
        if cue is None or index == 0:
            continue
        gone = runs[index - 1]
        if not _LEFT_AFTER_GONE.fullmatch(text, unit_end(text, gone[-1]), left[0].start):
            continue
        gone_cue = _GONE.search(text, max(0, gone[0].start - 30), gone[0].start)
        if gone_cue is None or gone[0].start < sentence_start(sentences, left[0].start):
            continue
        sentence_end = next((end for start, end in sentences if start <= left[-1].start < end), len(text))
        for rest in left:
            flows = [q for q in gone if q.head == rest.head]
            if len(flows) != 1 or sum(q.head == rest.head for q in left) != 1:
                continue
            flow = flows[0]
            if any(q.head == rest.head and rest.end < q.start < sentence_end for q in counts):
                continue  # "còn 25 hồ sơ đang xử lý, 5 hồ sơ trả lại": the rest is split, not one figure
            held = [q for q in counts if q.start < gone[0].start and q.head == rest.head]
            if not held:
                continue
            start = held[-1]
            run = next(r for r in runs if start in r)
            if not _HELD.search(text, max(0, run[0].start - 20), run[0].start) or start.value < flow.value \
                    or in_bracket(text, sentence_start(sentences, start.start), start.start):
                continue
            if _CAME_IN.search(text, sentence_start(sentences, flow.start), rest.start) or any(
                    _HEDGE.search(text, max(0, q.start - 12), q.start) for q in (start, flow, rest)):
                continue
            relations.append(Relation("balance", rest, (start, flow), explicit=False, exhaustive=True,
                                      cues=(Cue(gone_cue.start(), gone_cue.end(), gone_cue.group().strip()),
                                            Cue(cue.start(), cue.end(), cue.group().strip())),
                                      signs=(1, -1)))
    return relations
