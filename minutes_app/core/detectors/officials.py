"""Officials: people named with their titles, in every shape these reports use.

- name then titles:       "đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối"
                          "Nguyễn Thị Kim Chi - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư …"
- titles then name:       "Bí thư Đảng ủy, Thứ trưởng, Phó Chủ nhiệm Nông Quốc Tuấn"
- one title, many names:  "Đỗ Việt Hà, Nguyễn Quang Trường, Phó Bí thư Đảng ủy Khối"
A name is a run of 2-4 capitalised syllables opening with a known family name (or any run
after "đồng chí"/"ông"/"bà"); titles come from resources/titles.txt plus the body after
them. Untitled names are "person" candidates; the document step decides what they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Entity
from ..reading import Token, adjacent, tokenize
from ..resources import word_set
from ..text import fold
from .phrases import extend_tail, lexicon, match_lexicon

_SEPARATORS = {",", "-", "–", "—", ":", "("}
MAX_NAME = 5  # Tôn Nữ Thị Minh Nguyệt; Y Ngọc Hà Niê Kđăm
_ETHNIC_OPENER = re.compile(r"H['’]\w")  # H'Yâm, H'Lan: Ê Đê women's names
_ADMIN_UNITS = frozenset({"uỷ", "huyện", "tỉnh", "xã", "phường", "quận", "trấn", "phố", "khu", "ấp", "thôn", "bản"})


@dataclass
class _Item:
    kind: str  # name, title, prefix, sep, and, break
    start: int
    end: int
    value: str = ""
    titles: list[str] = field(default_factory=list)
    title_spans: list[tuple[int, int]] = field(default_factory=list)


def name_length(tokens: list[Token], i: int, text: str, after_prefix: bool = False) -> int:
    """Number of tokens of the person's name starting at i (0 when none starts there)."""
    first = tokens[i]
    if not first.is_capitalized or (not after_prefix and first.text not in _surnames() and not _ETHNIC_OPENER.match(first.text)):
        return 0
    if match_lexicon(tokens, i, "titles", text) or match_lexicon(tokens, i, "org_heads", text):
        return 0
    n = 1
    while n < MAX_NAME and adjacent(tokens, i + n - 1, text):
        token = tokens[i + n]
        if not token.is_capitalized or token.lower in _name_stops() or match_lexicon(tokens, i + n, "titles", text):
            break
        if match_lexicon(tokens, i + n, "org_heads", text) >= 2:
            break
        n += 1
    if n < 2:
        return 0
    if n == 2 and i > 0 and adjacent(tokens, i - 1, text) and tokens[i - 1].key in _ADMIN_UNITS:
        return 0  # "Huyện ủy Lâm Bình", "xã Cam Lộ": a two-syllable place after its unit
    joined = " ".join(t.text for t in tokens[i:i + n])
    if any(joined.startswith(place) for place in _places()):
        return 0
    return n


@lru_cache(maxsize=None)
def _lead_keys() -> frozenset[str]:
    """First syllables of prefixes and titles: the lower-case tokens worth a closer look."""
    return frozenset(k[0] for name in ("prefixes", "titles") for k in lexicon(name))


def _surnames() -> frozenset[str]:
    return word_set("surnames", lower=False)


def _name_stops() -> frozenset[str]:
    return word_set("name_stop_words")


def _places() -> frozenset[str]:
    return word_set("places", lower=False)


def _items(text: str, tokens: list[Token]) -> list[_Item]:
    items: list[_Item] = []
    lead = _lead_keys()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.text[0].isupper() and token.key not in lead and token.text not in _SEPARATORS \
                and token.key not in ("và", "là"):
            # Most tokens start nothing: one "break" stands for a whole run of them.
            if not items or items[-1].kind != "break":
                items.append(_Item("break", token.start, token.end))
            i += 1
            continue
        after_prefix = bool(items) and items[-1].kind == "prefix"
        n = match_lexicon(tokens, i, "prefixes", text)
        if n:
            items.append(_Item("prefix", token.start, tokens[i + n - 1].end))
            i += n
            continue
        n = name_length(tokens, i, text, after_prefix)
        if n:
            items.append(_Item("name", token.start, tokens[i + n - 1].end, " ".join(t.text for t in tokens[i:i + n])))
            i += n
            continue
        n = match_lexicon(tokens, i, "titles", text)
        if n:
            end = extend_tail(tokens, i + n, text, stop_at=lambda j: name_length(tokens, j, text) > 0)
            if end > i + n and end + 1 < len(tokens) and name_length(tokens, end, text) == 2:
                end += 2  # "Hiệu trưởng Trường Đại học Hồng Đức": a short name ending a body is its place
            items.append(_Item("title", token.start, tokens[end - 1].end, text[token.start:tokens[end - 1].end]))
            i = end
            continue
        if token.text in _SEPARATORS or (token.key == "là" and i + 1 < len(tokens)
                                             and match_lexicon(tokens, i + 1, "titles", text)):
            items.append(_Item("sep", token.start, token.end, token.text))  # "đồng chí A là Phó Chủ tịch"
        elif token.lower == "và":
            items.append(_Item("and", token.start, token.end))
        else:
            items.append(_Item("break", token.start, token.end))
        i += 1
    return items


def detect_officials(text: str, tokens: list[Token] | None = None) -> list[Entity]:
    """Official mentions (titled or after "đồng chí") and untitled person candidates."""
    tokens = tokenize(text) if tokens is None else tokens
    items = _items(text, tokens)
    claimed: set[int] = set()  # indexes of title items already given to someone
    people: dict[int, dict] = {}

    def person(j: int) -> dict:
        return people.setdefault(j, {"before": [], "after": [], "start": items[j].start, "end": items[j].end})

    # Titles written straight before a name belong to it, with the comma-chain before them.
    for j, item in enumerate(items):
        if item.kind != "name" or j == 0 or items[j - 1].kind != "title" or not _touching(text, items[j - 1], item):
            continue
        chain = [j - 1]
        k = j - 1
        while k >= 2 and items[k - 1].kind == "sep" and items[k - 1].value == "," and items[k - 2].kind == "title":
            if k >= 4 and items[k - 3].kind == "sep" and items[k - 4].kind == "name":
                break  # that title more likely ends the previous person's list
            k -= 2
            chain.append(k)
        record = person(j)
        for t in reversed(chain):
            record["before"].append(items[t])
            claimed.add(t)
        record["start"] = items[chain[-1]].start

    # A title announcing a list of names: "các đồng chí Phó Bí thư Đảng ủy Khối: A, B".
    for t, item in enumerate(items[:-2]):
        if item.kind != "title" or t in claimed or items[t + 1].value != ":" or items[t + 2].kind != "name":
            continue
        k = t + 2
        while k < len(items) and items[k].kind == "name" and k not in people:
            person(k)["before"].append(item)
            if k + 2 < len(items) and items[k + 1].kind in ("sep", "and") and items[k + 1].value in ("", ","):
                k += 2
            else:
                break
        claimed.add(t)

    # Titles after a name (or a group of names sharing them).
    j = 0
    while j < len(items):
        if items[j].kind != "name":
            j += 1
            continue
        group = [j]
        k = j + 1
        while k + 1 < len(items) and items[k].kind in ("sep", "and") and items[k].value in ("", ",") and items[k + 1].kind == "name":
            group.append(k + 1)
            k += 2
        titles = []
        # "và" joins two titles of one person ("Bí thư Chi bộ và Trưởng phòng …") unless the
        # title after it was already given to the next person ("…, và Phó Bí thư … Lê Thị A").
        while k + 1 < len(items) and items[k].kind in ("sep", "and") and items[k + 1].kind == "title" \
                and k + 1 not in claimed and (items[k].kind == "sep" or titles):
            titles.append(k + 1)
            claimed.add(k + 1)
            k += 2
        if titles:
            for position, g in enumerate(group):
                record = person(g)
                record["after"].extend(items[t] for t in titles)
                if position == len(group) - 1 or len(group) == 1:
                    record["end"] = items[titles[-1]].end
            j = k
        else:
            j += 1

    entities = []
    for j, item in enumerate(items):
        if item.kind != "name":
            continue
        record = people.get(j)
        titles = [t.value for t in record["before"] + record["after"]] if record else []
        prefixed = j > 0 and items[j - 1].kind == "prefix"
        start, end = (record["start"], record["end"]) if record else (item.start, item.end)
        kind = "official" if titles else "person"
        entities.append(Entity(kind, start, end, text[start:end], {
            "prefixed": prefixed,
            "name": item.value,
            "titles": titles,
            "person_id": fold(item.value),
        }))
    return entities


def _touching(text: str, left: _Item, right: _Item) -> bool:
    between = text[left.end:right.start]
    return not between.strip()
