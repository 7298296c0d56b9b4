"""The surplus of an election list: "danh sách 191 đồng chí để bầu lấy 163 đồng chí (tỷ lệ số dư 17,18%)". The
election rules of the Party measure it against the number to be elected: (on the list − to elect) / to elect (kind
"surplus": ``whole`` those to elect, ``parts`` those on the list, ``share`` the percentage). Read when both counts
are of people in the sentence of the percentage, the list before "bầu" and the number to elect right after it.
"""

from __future__ import annotations

import re

from .model import Cue, Quantity, Relation

_SURPLUS_BEFORE = re.compile(r"(?<!\w)số\s+dư(?:\s+là)?\s*:?\s*$", re.IGNORECASE)
_TO_ELECT_BEFORE = re.compile(r"(?<!\w)bầu(?:\s+lấy)?\s*$", re.IGNORECASE)


def surpluses(text: str, quantities: list[Quantity]) -> list[Relation]:
    relations = []
    for index, percent in enumerate(quantities):
        if percent.kind != "percent" or percent.modifier is not None:
            continue
        cue = _SURPLUS_BEFORE.search(text, max(0, percent.start - 24), percent.start)
        if cue is None:
            continue
        people = [q for q in quantities[:index] if q.kind == "count" and q.sentence == percent.sentence
                  and q.noun_class == "person"]
        elected = [i for i, q in enumerate(people) if _TO_ELECT_BEFORE.search(text, max(0, q.start - 12), q.start)]
        if len(elected) != 1 or elected[0] == 0 or elected[0] != len(people) - 1:
            continue  # the number to elect must be the last count of people before the share, the list before it
        seats, listed = people[elected[0]], people[elected[0] - 1]
        if not 0 < seats.value < listed.value:
            continue
        relations.append(Relation("surplus", seats, (listed,), percent, explicit=True,
                                  cues=(Cue(cue.start(), cue.end(), cue.group().strip()),)))
    return relations
