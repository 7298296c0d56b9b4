"""What is left after some went: "có 48 hộ nghèo … đã xóa được 35 hộ nghèo, hiện còn 13 hộ nghèo". A count
the paragraph has of a noun, those of it removed (xóa, thoát nghèo, giải quyết, khắc phục) and, right after, what
"còn" of it: the rest is the count less those removed. Parallel lists pair by their noun ("có 48 hộ nghèo và 62
hộ cận nghèo; xóa được 35 hộ nghèo và 40 hộ cận nghèo, còn 13 hộ nghèo và 22 hộ cận nghèo"). Inferred (kind
"balance", signs +1 −1: the rule warns, naming the count it started from), since some may have come in unsaid;
read only where nothing else of the noun is told between the count, the removal and the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Cue, Quantity, Relation
from .relations import heads_agree, in_bracket, per_unit, sentence_start, unit_end

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


# What is left of a plan or a total once part of it is done: "chỉ tiêu kết nạp 25 …, đã kết nạp 17, số còn lại là 8",
# "tổng nợ 150 triệu đồng, đã trả 60 triệu đồng, còn nợ 90 triệu đồng", "Trong 15 chỉ tiêu, có 14 chỉ tiêu đạt; còn 1
# chỉ tiêu chưa đạt". The whole is named so by its cue (or its role, plan or whole), the part by "đã" or by the verb
# its rest denies ("chưa đạt"), the rest by "còn lại", "còn nợ/thiếu" or "còn … chưa <the part's verb>".
# (what was begun is all that is to be finished: "Khởi công 12 căn nhà …; đã bàn giao 9 căn, còn lại 3 căn")
_WHOLE_CUE = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|tổng(?:\s+số)?|trong(?:\s+(?:số|tổng\s+số))?|khởi\s+công)"
                        r"(?:\s+[^\W\d_]+){0,4}?\s*:?\s*$", re.IGNORECASE)
_DONE_CUE = re.compile(r"(?<!\w)đã((?:\s+[^\W\d_]+){1,3}?)\s*(?:được\s+)?$", re.IGNORECASE)
_REST_CUE = re.compile(r"(?<!\w)(?:(?:số|phần)\s+)?còn(?:\s+(lại|nợ|thiếu|phải\s+[^\W\d_]+))?(?:\s+(?:là|:))?\s*:?\s*$", re.IGNORECASE)
# a share taken out of the whole, its amount in the bracket after it: "trích 10% (180 triệu đồng) cho …, còn lại …"
_TAKEN = re.compile(r"(?<!\w)(?:trích|nộp|chi)(?:\s+[^\W\d_]+){0,4}?\s+\d+(?:,\d+)?\s*%\s*\(\s*$", re.IGNORECASE)
_REST_NAMED_AFTER = re.compile(r"\s+còn\s+lại(?!\w)", re.IGNORECASE)
_NOT_YET = re.compile(r"\s*(?:chưa|không)\s+((?:[^\W\d_]+\s*){1,2})", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s*(?:(?:đã|được)\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)
# something added between the part done and the rest makes the rest no plain difference
_ADDED = re.compile(r"(?<!\w)(?:phát\s+sinh|tái\s+nghèo|chuyển\s+đến|bổ\s+sung|thêm|lãi)(?!\w)", re.IGNORECASE)


def _after_head(text: str, q: Quantity) -> int:
    """Where the count's noun ends (its unit for money)."""
    if q.head and q.kind == "count":
        at = _lowered(text).find(q.head, q.end, q.end + len(q.head) + 3)
        if at >= 0:
            return at + len(q.head)
    return unit_end(text, q)


@lru_cache(maxsize=4)  # asked up to three times per quantity of a paragraph: lower-cased once, not each time
def _lowered(text: str) -> str:
    return text.lower()


def _kin(a: Quantity, b: Quantity) -> bool:
    """Of one thing: both money, or counts of one noun (a bare count goes with any)."""
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind
    if a.kind != "count" or b.kind != "count":
        return False
    # ("12 căn nhà" … "9 căn": one noun, written in full once)
    return a.head is None or b.head is None or a.head == b.head or heads_agree(a.head, b.head) \
        or heads_agree(b.head, a.head) or a.head.startswith(b.head + " ") or b.head.startswith(a.head + " ")


def rests_of_wholes(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """(kind "rest": ``whole`` the rest, ``parts`` the whole and the part done, signs +1 −1; inferred) for each rest
    named as such after a part done of a whole stated in its sentence or the one before, nothing else of that thing
    told between."""
    found = []
    usable = [q for q in quantities if q.kind in ("count", "money") and q.modifier is None and not per_unit(text, q)
              and not _HEDGE.search(text, max(0, q.start - 12), q.start)]
    for r_index, rest in enumerate(usable):
        r_sentence = sentence_start(sentences, rest.start)
        cue = _REST_CUE.search(text, max(r_sentence, rest.start - 20), rest.start)
        named_after = _REST_NAMED_AFTER.match(text, _after_head(text, rest)) if cue is None else None
        if (cue is None and named_after is None) or in_bracket(text, r_sentence, rest.start):
            continue
        not_yet = _NOT_YET.match(text, _after_head(text, rest))
        if cue is not None and cue.group(1) is None and not_yet is None:
            continue  # a bare "còn 25 hồ sơ đang xử lý": what is still open, maybe not all the rest
        before = [q for q in usable[:r_index] if _kin(q, rest)
                  and (not in_bracket(text, sentence_start(sentences, q.start), q.start)
                       or _TAKEN.search(text, max(0, q.start - 50), q.start))]
        if len(before) < 2:
            continue
        done = before[-1]
        # the whole: the last count of the noun before the part (a bare number between, "6 tháng", is no whole)
        whole = next((q for q in reversed(before[:-1]) if q.kind == "money" or q.head is not None), None)
        if whole is None or whole.value <= done.value:
            continue
        first_sentence = next((i for i, (a, b) in enumerate(sentences) if a <= whole.start < b), None)
        rest_sentence = next((i for i, (a, b) in enumerate(sentences) if a <= rest.start < b), None)
        if first_sentence is None or rest_sentence is None or rest_sentence - first_sentence > 1:
            continue
        if not (whole.role in ("plan", "whole") or _WHOLE_CUE.search(text, max(0, whole.start - 40), whole.start)):
            continue
        done_cue = _DONE_CUE.search(text, max(sentence_start(sentences, done.start), done.start - 30), done.start)
        verb = done_cue.group(1).split()[0].lower() if done_cue else None
        if not_yet is not None:  # "còn lại 2 nhà chưa khởi công": the part done is the one of that verb
            after_done = _VERB_AFTER.match(text, _after_head(text, done))
            said = not_yet.group(1).lower()
            if not (verb and said.startswith(verb) or after_done and said.startswith(after_done.group(1).split()[0].lower())):
                continue
        elif done_cue is None and not _TAKEN.search(text, max(0, done.start - 50), done.start):
            continue
        if _ADDED.search(text, done.end, rest.start):
            continue
        if done.kind == "count" and done.head is not None and rest.head is not None and not _kin(done, rest):
            continue
        if any(abs(a.value - b.value - rest.value) < 1e-9 for i, a in enumerate(before[:-1]) for b in before[i + 1:]):
            continue  # "tiếp nhận 48 ý kiến; trong đó 29 … thuộc thẩm quyền, đã trả lời 27; 19 ý kiến còn lại …": of another level
        cues = (Cue(cue.start(), cue.end(), cue.group().strip()) if cue is not None else
                Cue(named_after.start(), named_after.end(), named_after.group().strip()),)
        found.append(Relation("rest", rest, (whole, done), explicit=False, exhaustive=True, cues=cues, signs=(1, -1)))
    return found
