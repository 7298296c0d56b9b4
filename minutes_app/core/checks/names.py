"""One person, one spelling and one title per document.

name-inconsistent: the names of officials (from the detector) and any capitalised run of
3-4 syllables opening with a family name are compared pairwise. Two spellings are one person
when they differ only in diacritics ("Kim Chi" / "Kim Chí"), or when one syllable differs,
the accent-free forms are ≥ 90 % alike and that syllable is not Vietnamese ("Ngyễn"): two
real names one letter apart ("Văn An" / "Văn Anh") are usually two people. Tone placement
(Hòa / Hoà) is not a different spelling. The spelling used most is taken as right.

title-inconsistent: the same person called "Phó Bí thư Đảng ủy Khối" in one place and
"Bí thư Đảng ủy Khối" in another. Only a deputy/head clash of the same title over the same
named body counts: titles are often shortened or listed in part, which is not a conflict.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterator

from ..model import Severity
from ..reading import Reading, token_syllables
from ..resources import word_list, word_set
from ..text import first_letter_guard, fold, to_old_tone_style, word_trie
from ..vietnamese import is_syllable
from .registry import DocumentContext, Example, Issue, rule

_DEPUTY = "phó"
_QUALIFIERS = ("thường trực",)


def _mentions(ctx: DocumentContext) -> list[tuple[int, int, str]]:
    """(start, end, name) of every official's name and every name-like run of the text."""
    found: dict[tuple[int, int], str] = {}
    for paragraph, names in ctx.per_paragraph(_names_of, with_reading=True):
        for start, end, name in names:
            found[(paragraph.start + start, paragraph.start + end)] = name
    for entity in ctx.of_kind("official"):
        name = entity.get("name") or ""
        at = entity.text.find(name)
        words = name.split()
        if words and words[0].lower() in word_set("prefixes"):  # "Ông Nguyễn …" opening a sentence
            at, name = at + len(words[0]) + 1, " ".join(words[1:])
        if at >= 0 and len(name.split()) >= 2:
            found[(entity.start + at, entity.start + at + len(name))] = name
    return [(s, e, n) for (s, e), n in sorted(found.items())]


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A family name, or "ông"/"bà"/"đồng chí", followed by a few words (checked for capitals)."""
    # longest first; ties (of which at most one matches at a place) in a fixed order, so the patterns are the same
    # in every process and regex_cache.py finds them kept
    surnames = sorted(word_set("surnames", lower=False) - {w.capitalize() for w in word_set("prefixes")},
                      key=lambda w: (-len(w), w))
    prefixes = sorted(word_set("prefixes"), key=lambda w: (-len(w), w))
    words = r"((?:[^\W\d_]+ ){2,3}[^\W\d_]+)"
    # first_letter_guard: a third of this rule's time on a long report; the family names as a trie (word_trie): at a
    # capital only the names of that letter are tried, not each of some 160 (the lookahead holds when the word before
    # the space is one of them, whichever branch finds it)
    return (re.compile(r"(?<![^\W\d_])" + first_letter_guard(surnames) + r"(?=" + word_trie(surnames) + r" )" + words),
            re.compile(r"(?<![^\W\d_])(?i:" + first_letter_guard(prefixes) + "(?:" + "|".join(prefixes) + r")) " + words))


def _names_of(reading: Reading) -> list[tuple[int, int, str]]:
    """_paragraph_names of a paragraph that has three capitalised syllables in a row, one space
    apart: every name it keeps is three such words at least, so the others (most paragraphs) are
    not searched with its two patterns (speed)."""
    return _paragraph_names(reading.text) if _capitalised_run(reading) else []


def _capitalised_run(reading: Reading) -> bool:
    """Three runs of word characters (the patterns' [^\\W\\d_]+: letters, and numerals such as "Ⅷ"
    that no word token holds) in a row, each capitalised and not all in capitals, one space apart."""
    text = reading.text
    run, end = 0, -1
    for token in reading.tokens:
        word = token.text
        if word.islower():
            # Most tokens: a word in lower case, whose syllables all end a run; asked first, it
            # spares them the tests below (marks and numbers have no case: never islower).
            run, end = 0, token.end
            continue
        first = word[0]
        if not first.isalnum() or first.isdecimal():  # a number or a mark: no run goes through it
            run = 0
            continue
        if word.isalpha():  # most tokens: one syllable, read in place (as the loop below reads it)
            if first.isupper() and not (len(word) > 1 and word.isupper()):
                run = run + 1 if token.start == end + 1 and text[end] == " " else 1
                if run >= 3:
                    return True
            else:
                run = 0
            end = token.end
            continue
        for start, stop in token_syllables(token):
            if text[start].isupper() and not (stop - start > 1 and text[start:stop].isupper()):
                run = run + 1 if start == end + 1 and text[end] == " " else 1
                if run >= 3:
                    return True
            else:
                run = 0
            end = stop
    return False


def _paragraph_names(text: str) -> list[tuple[int, int, str]]:
    """Names of 3-4 capitalised syllables in one paragraph: after a family name or a prefix."""
    found = {}
    by_surname, by_prefix = _name_patterns()
    for pattern in (by_surname, by_prefix):
        for match in pattern.finditer(text):
            before = _two_pieces_before(text, match.start())
            if pattern is by_surname and len(before) == 2 and not before[1] and before[0][:1].isupper() and \
                    before[0][-1:].isalpha():
                continue  # inside a longer capitalised run ("Thành Phố Hồ Chí Minh"; not "…, Đặng Thị Ngân, Vũ Đình …")
            taken = []
            for word in match.group(1).split(" "):
                if not word[0].isupper() or (len(word) > 1 and word.isupper()):
                    break
                taken.append(word)
            if len(taken) >= 3:
                name = " ".join(taken)
                found.setdefault(match.start(1), (match.start(1), match.start(1) + len(name), name))
    return list(found.values())


def _two_pieces_before(text: str, end: int) -> list[str]:
    """``text[:end].rsplit(" ", 2)[-2:]``, found from the last two spaces before ``end``: the text before a name is not
    copied for each name of a long paragraph."""
    last = text.rfind(" ", 0, end)
    if last < 0:
        return [text[:end]]
    return [text[text.rfind(" ", 0, last) + 1:last], text[last + 1:end]]


@lru_cache(maxsize=65536)
def _same_person(a: str, b: str) -> bool:
    """a, b (tone placement already folded) are two spellings of one name."""
    sa, sb = a.split(), b.split()
    if len(sa) != len(sb):
        return False
    if fold(a) != fold(b):
        from rapidfuzz.fuzz import ratio  # (imported on the first use: most documents never ask)

        if ratio(fold(a), fold(b)) < 90:
            return False
    differ = [(x, y) for x, y in zip(sa, sb) if fold(x) != fold(y)]
    if not differ:
        return True
    return len(differ) == 1 and not (is_syllable(differ[0][0]) and is_syllable(differ[0][1]))


@rule("name-inconsistent", severity=Severity.WARNING, title="Tên người viết không thống nhất", scope="document",
      examples=(
          Example("Đồng chí Phạm Thị Thu Hằng, Bí thư Đảng ủy xã, chủ trì hội nghị.\nKết luận, đồng chí Phạm Thị Thu "
                  "Hăng yêu cầu các chi bộ khắc phục hạn chế.", "Phạm Thị Thu Hăng", "Phạm Thị Thu Hằng"),
          # a name in a list after a comma
          Example("Đồng chí Hồ Sỹ Toàn được 41 phiếu.\nTrúng cử gồm các đồng chí: Nguyễn Đức Mạnh, Hồ Sỹ Toản, Lưu "
                  "Thị Bích.", "Hồ Sỹ Toản", "Hồ Sỹ Toàn"),
          # one letter apart: one person only under one head title of one body
          Example("Đồng chí Đàm Quang Tiến, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, báo cáo.\nGiao đồng chí Đàm Quang Tiếp, "
                  "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, theo dõi.", "Đàm Quang Tiếp", "Đàm Quang Tiến"),
          Example("Đồng chí Hà Văn Lâm, Bí thư Chi bộ thôn 1, báo cáo.\nĐồng chí Hà Văn Lân, Bí thư Chi bộ thôn 2, "
                  "phát biểu."),
          Example("Đồng chí Lò Văn Tiến, Phó Chủ tịch UBND xã, dự họp.\nĐồng chí Lò Văn Tiếp, Phó Chủ tịch UBND xã, "
                  "phát biểu."),
          Example("Đồng chí Nguyễn Văn An, Trưởng Công an xã, và đồng chí Nguyễn Văn Anh, Chủ tịch Hội Nông dân."),
      ))
def name_inconsistent(ctx: DocumentContext) -> Iterator[Issue]:
    """Flag each mention in a minority spelling, suggesting the majority one."""
    mentions = _mentions(ctx)
    by_key: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for start, end, name in mentions:
        by_key[to_old_tone_style(name.lower())].append((start, end, name))
    keys = list(by_key)  # in order of first appearance
    group = {k: k for k in keys}
    held = _head_titles(ctx)
    # Two spellings of one name differ in one syllable at most, so they share their first or
    # their last syllable (tones folded): compare only within those buckets, not all pairs.
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for key in keys:
        syllables = fold(key).split()
        buckets[(len(syllables), "first", syllables[0])].append(key)
        buckets[(len(syllables), "last", syllables[-1])].append(key)
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if group[b] == b and (_same_person(a, b) or _one_letter_apart(a, b) and _one_holder(held[a], held[b])):
                    group[b] = group[a]
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        clusters[group[key]].append(key)
    for members in clusters.values():
        if len(members) < 2:
            continue
        # The spelling used most wins; on a tie, the one the name was introduced with (a
        # reviewer corrects the later slip, and minority-language names need not be syllables).
        best = max(members, key=lambda k: (len(by_key[k]), -keys.index(k)))
        right = by_key[best][0][2]
        total = sum(len(by_key[k]) for k in members)
        for key in members:
            if key == best:
                continue
            for start, end, name in by_key[key]:
                fix = right.upper() if name.isupper() else right
                yield Issue(start, end, f"Tên “{name}” viết khác với “{right}” ({len(by_key[best])}/{total} lần "
                            "trong văn bản): có lẽ cùng một người, nên viết thống nhất.", fix)


def _head_titles(ctx: DocumentContext) -> dict[str, set[tuple[str, str]]]:
    """Each official's name (as name_inconsistent keys it) → the head titles it is given, as (base, body):
    titles one person holds at a time ("Chủ tịch Hội", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối"), not a
    deputy's (a body has several) nor an "Ủy viên"'s."""
    held: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entity in ctx.of_kind("official"):
        key = to_old_tone_style((entity.get("name") or "").lower())
        for title in entity.get("titles") or ():
            parts = _split_title(title)
            if parts and not parts[0]:
                held[key].add(parts[1:])
    return held


def _one_letter_apart(a: str, b: str) -> bool:
    """Names of three or more syllables that differ in one syllable, by one letter of its accent-free form
    ("Ngọc Diễm" / "Ngọc Diễn", "Văn Quyết" / "Văn Quyến"): two real names, so one person only when
    something else ties them (_one_holder)."""
    sa, sb = fold(a).split(), fold(b).split()
    if len(sa) != len(sb) or len(sa) < 3:
        return False
    differ = [(x, y) for x, y in zip(sa, sb) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y)) == 1
    short, long = sorted((x, y), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _one_holder(first: set[tuple[str, str]], second: set[tuple[str, str]]) -> bool:
    """Both are given one head title of one body (or the bare title, as a signature block writes it: "CHỦ
    TỊCH" over the name): one post, one person."""
    return any(base == other_base and (body == other_body or not body or not other_body)
               for base, body in first for other_base, other_body in second)


@lru_cache(maxsize=4096)
def _split_title(title: str) -> tuple[bool, str, str] | None:
    """(deputy?, base title, body) of "Phó Bí thư Thường trực Tỉnh ủy", or None if no known base."""
    words = title.split()
    deputy = bool(words) and words[0].lower() == _DEPUTY
    rest = " ".join(words[1:] if deputy else words)
    key = to_old_tone_style(rest.lower())
    for base in sorted(word_list("names_ranked_titles"), key=len, reverse=True):
        base_key = to_old_tone_style(base.lower())
        if key == base_key or key.startswith(base_key + " "):
            body = key[len(base_key):].strip()
            for qualifier in _QUALIFIERS:
                body = body.removeprefix(qualifier).strip()
            return deputy, base_key, body
    return None


@rule("title-inconsistent", severity=Severity.INFO, title="Chức danh không thống nhất", scope="document")
def title_inconsistent(ctx: DocumentContext) -> Iterator[Issue]:
    """Phó X of a body in one place, X of the same body in another, for one person."""
    seen: dict[tuple[str, str, str], list[tuple[bool, int, int, str]]] = defaultdict(list)
    for entity in ctx.of_kind("official"):
        person = fold(entity.get("name") or "")
        earlier = entity.get("earlier_titles") or ()  # "A, Phó Bí thư …, nay là Bí thư …": a promotion, not a slip
        for title in entity.get("titles") or ():
            if title in earlier:
                continue
            parts = _split_title(title)
            at = entity.text.find(title)
            if parts and parts[2] and at >= 0:
                deputy, base, body = parts
                seen[(person, base, body)].append((deputy, entity.start + at, entity.start + at + len(title), title))
    for (person, _, _), uses in seen.items():
        ranks = Counter(deputy for deputy, *_ in uses)
        if len(ranks) < 2:
            continue
        common = max(ranks, key=lambda r: (ranks[r], r == uses[0][0]))
        other = next(t for d, _, _, t in uses if d == common)
        name = next(e.get("name") for e in ctx.of_kind("official") if fold(e.get("name") or "") == person)
        for deputy, start, end, title in uses:
            if deputy != common:
                yield Issue(start, end, f"Đồng chí {name} được ghi là “{title}” ở đây nhưng là “{other}” "
                            "ở chỗ khác trong văn bản: kiểm tra lại chức danh.")
