"""Capitalisation (viết hoa) of titles, bodies and Party common nouns (domain.md §4).

Precision first: each pattern is a fixed phrase list in resources/capitalization_*.txt,
and a phrase is only re-cased, never re-worded; the fix keeps the writer's tone style
(Uỷ Ban Nhân Dân → Uỷ ban nhân dân; tone placement is the tone-style check's business).

- titles (C6): a capital inside a title word ("Bí Thư" → "Bí thư"), anywhere in a sentence;
- bodies (C4): a capital where the name has none ("Ban Chấp Hành"); a missing one
  ("Ban chấp hành Đảng bộ") only when a specific body follows, as "Ủy ban kiểm tra hai cấp"
  is generic;
- common nouns (C3): "Đảng viên", "Cấp ủy" inside a sentence;
- plural generic nouns (C5, C12): "các Nghị quyết, Chỉ thị của Đảng", "5 Chi bộ trực thuộc",
  unless a name, number or "số" follows ("các Nghị quyết số 15, 16" names documents);
- "tổ chức Đảng" (C3) under its own code, info level: widespread, and harmless to the meaning.

Silent on ALL-CAPS words, Title-Cased lines (headlines), text in quotes (titles of works),
and after a capitalised word that no phrase explains ("Nguyễn Quốc Hội" is a person).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from ..model import Severity
from ..resources import word_list, word_set
from ..text import to_old_tone_style
from .registry import Issue, ParagraphContext, rule

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# After a plural noun these point at particular documents: "các Nghị quyết số 15, 16",
# "các Nghị quyết nói trên / này / đó / kể trên".
_NAMING = {"số", "này", "trên", "nói", "đó", "kể", "đã"}
_BODY_AFTER_DANG = {"bộ", "uỷ", "đoàn"}
_NUMBERED = {"điều", "khoản", "điểm", "chương", "mục", "phần", "tháng", "năm", "ngày", "quý", "lần", "khoá"}


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return to_old_tone_style(word.lower())


class _Tok(NamedTuple):
    """A word, number or punctuation mark; its key (lower case, one tone style) computed once.
    A tuple, built directly: tens of thousands are made per page."""

    text: str
    start: int
    end: int
    key: str

    @property
    def word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def shouting(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


@lru_cache(maxsize=None)
def _phrases(name: str) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Resource phrases by their first syllable's key, longest first: (canonical, keys)."""
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for entry in word_list(name):
        syllables = tuple(entry.split())
        keys = tuple(_key(s) for s in syllables)
        table.setdefault(keys[0], []).append((syllables, keys))
    for entries in table.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return table


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Keys that can open any pattern: other tokens are skipped at once."""
    names = ("capitalization_titles", "capitalization_bodies", "capitalization_common_nouns",
             "capitalization_party_compounds")
    return frozenset(k for n in names for k in _phrases(n)) | word_set("capitalization_plural_markers")


class _Paragraph:
    def __init__(self, text: str):
        self.text = text
        new = tuple.__new__
        self.toks = [new(_Tok, (m.group(), m.start(), m.end(), _key(m.group()))) for m in _TOKEN.finditer(text)]
        triggers = _triggers()
        self.hits = [i for i, t in enumerate(self.toks) if t.key in triggers or t.text.isdigit()]

    def joined(self, i: int) -> bool:
        """tokens[i] and tokens[i+1] are words separated by spaces only."""
        if i + 1 >= len(self.toks) or not (self.toks[i].word and self.toks[i + 1].word):
            return False
        gap = self.text[self.toks[i].end:self.toks[i + 1].start]
        return bool(gap) and not gap.strip()

    def match(self, i: int, name: str) -> tuple[str, ...] | None:
        """The longest phrase of resource ``name`` starting at token i (by key), or None."""
        toks = self.toks
        for phrase, keys in _phrases(name).get(toks[i].key, ()):
            n = len(keys)
            if i + n <= len(toks) and all(toks[i + k].key == keys[k] for k in range(1, n)) and all(
                self.joined(j) for j in range(i, i + n - 1)
            ):
                return phrase
        return None

    def mid_sentence(self, i: int) -> bool:
        """Something other than a sentence/line start or list marker comes before token i."""
        before = self.text[:self.toks[i].start].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] == ",")

    def after_name(self, i: int, covered: set[int]) -> bool:
        """The word just before token i is capitalised and no phrase explains it: a name goes on."""
        prev = i - 1
        return prev >= 0 and prev not in covered and self.joined(prev) and self.toks[prev].cap

    def after_place_noun(self, i: int) -> bool:
        """A place noun just before token i ("thôn Trung Ương"): a place name, not a body."""
        places = word_set("capitalization_place_nouns")
        return any(i - n >= 0 and all(self.joined(j) for j in range(i - n, i))
                   and " ".join(t.key for t in self.toks[i - n:i]) in places for n in (1, 2, 3))

    def spaced(self, i: int) -> bool:
        """tokens[i] and tokens[i+1] are separated by spaces only (numbers included)."""
        gap = self.text[self.toks[i].end:self.toks[i + 1].start] if i + 1 < len(self.toks) else ""
        return bool(gap) and not gap.strip()

    def starts_other_body(self, k: int, phrase_end: int) -> bool:
        """tokens[k] opens another body ("Ban Cán sự Đảng Bộ Tài chính", "Đảng Ủy ban …")."""
        head = self.match(k, "org_heads")
        if not head:
            return False
        follows = k + len(head)
        return len(head) >= 2 or (follows < len(self.toks) and follows >= phrase_end
                                  and self.joined(follows - 1) and self.toks[follows].cap)

    def title_cased(self) -> bool:
        """Every word capitalised (a headline in Title Case): stops at the first small letter."""
        words = 0
        for t in self.toks:
            if t.word:
                if not t.cap:
                    return False
                words += 1
        return words >= 3

    def span(self, i: int, n: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[i + n - 1].end


def _rewrite(p: _Paragraph, i: int, phrase: tuple[str, ...], lower_only: bool) -> str:
    """The phrase at token i re-cased after the canonical one (first syllable kept as
    written); with ``lower_only``, only capitals the canonical phrase lacks are changed."""
    start, end = p.span(i, len(phrase))
    fix = p.text[start:end]
    for t, model in zip(p.toks[i + 1:i + len(phrase)], phrase[1:]):
        if lower_only and not (t.cap and model[0].islower()):
            continue
        new = t.text[0].upper() + t.text[1:] if model[0].isupper() else t.text.lower()
        fix = fix[:t.start - start] + new + fix[t.end - start:]  # same length: offsets hold
    return fix


def _titles(p: _Paragraph, i: int, covered: set[int]) -> Iterator[Issue]:
    """A capital inside a title word: "Bí Thư" → "Bí thư" (first syllable left as written)."""
    phrase = p.match(i, "capitalization_titles")
    if not phrase or p.after_name(i, covered):
        return
    toks = p.toks[i:i + len(phrase)]
    covered.update(range(i, i + len(phrase)))
    if any(t.shouting for t in toks) or not any(t.cap and not m[0].isupper() for t, m in zip(toks, phrase)):
        return
    start, end = p.span(i, len(phrase))
    fix = _rewrite(p, i, phrase, lower_only=True)
    yield Issue(start, end, f"Chức danh chỉ viết hoa chữ cái đầu của mỗi từ chức danh: “{fix}”.", fix)


def _bodies(p: _Paragraph, i: int, covered: set[int]) -> Iterator[Issue]:
    """Body names re-cased to the list (C4); missing capitals only before a specific name."""
    phrase = p.match(i, "capitalization_bodies")
    if phrase and phrase[-1] in ("tỉnh", "huyện") and i + len(phrase) < len(p.toks) and p.joined(i + len(phrase) - 1):
        if p.toks[i + len(phrase)].key == "uỷ":  # "Ban Thường vụ Tỉnh ủy": the body is Tỉnh ủy
            phrase = None
    if not phrase or not p.toks[i].cap or p.after_name(i, covered) or p.after_place_noun(i):
        return
    n = len(phrase)
    toks = p.toks[i:i + n]
    covered.update(range(i, i + n))
    if any(t.shouting for t in toks):
        return
    extra = [k for k in range(1, n) if toks[k].cap and not phrase[k][0].isupper()]
    if extra and p.starts_other_body(i + extra[0], i + n):
        return
    too_many = bool(extra)
    too_few = any(not t.cap and m[0].isupper() for t, m in zip(toks[1:], phrase[1:]))
    if too_few and not too_many:
        follows = p.toks[i + n] if i + n < len(p.toks) else None
        named = follows is not None and p.joined(i + n - 1) and follows.cap
        open_end = follows is None or not follows.word
        if not (named or (open_end and p.mid_sentence(i))):
            return
    if not (too_many or too_few):
        return
    start, end = p.span(i, n)
    fix = _rewrite(p, i, phrase, lower_only=False)
    yield Issue(start, end, "Tên cơ quan, tổ chức viết hoa chữ cái đầu của từ chỉ loại hình, chức năng; "
                f"các âm tiết còn lại và danh từ hành chính (tỉnh, huyện) viết thường: “{fix}”.", fix)


def _common_nouns(p: _Paragraph, i: int, covered: set[int]) -> Iterator[Issue]:
    """ "Đảng viên", "Cấp ủy" inside a sentence are common nouns (C3)."""
    phrase = p.match(i, "capitalization_common_nouns")
    if not phrase or not p.toks[i].cap or p.toks[i].shouting or not p.mid_sentence(i) or p.after_name(i, covered):
        return
    start, end = p.span(i, len(phrase))
    fix = p.text[start:end].lower()
    yield Issue(start, end, f"“{fix}” là danh từ chung, viết thường giữa câu (như Điều lệ Đảng): “{fix}”.", fix)


def _plural(p: _Paragraph, i: int, covered: set[int]) -> Iterator[Issue]:
    """After các/những/mọi/nhiều or a count, a capitalised noun list that names nothing."""
    marker = p.toks[i]
    if marker.text.isdigit():  # a count ("có 5 Chi bộ"), not a date, article or name number
        if i == 0 or not p.spaced(i - 1) or not p.toks[i - 1].word or p.toks[i - 1].key in _NUMBERED:
            return
        if p.toks[i - 1].cap or (i >= 2 and p.joined(i - 2) and p.toks[i - 2].cap):
            return  # "Ban Chỉ đạo 35 Tỉnh ủy", "Quận 1 Đảng ủy": the number ends a name
    elif marker.key not in word_set("capitalization_plural_markers"):
        return
    if i + 1 >= len(p.toks) or not p.spaced(i):
        return
    j, last = i + 1, None
    while j < len(p.toks):
        phrase = p.match(j, "capitalization_plural_nouns")
        if not phrase or not p.toks[j].cap or p.toks[j].shouting:
            break
        last = j + len(phrase) - 1
        k = last + 1  # a list goes on after "," or "và": "các Chỉ thị, Nghị quyết"
        if k + 1 < len(p.toks) and p.toks[k + 1].word and (p.toks[k].text == "," or p.toks[k].key == "và"):
            j = k + 1
        else:
            break
    if last is None:
        return
    follows = p.toks[last + 1] if last + 1 < len(p.toks) else None
    if follows is not None and follows.word and (follows.cap or follows.key in _NAMING):
        return
    if follows is not None and not follows.word and follows.text not in ".,;…":
        return
    start, end = p.toks[i + 1].start, p.toks[last].end
    nouns = _noun_positions(p, i + 1, last, start)
    fix = "".join(ch.lower() if pos in nouns else ch for pos, ch in enumerate(p.text[start:end]))
    covered.update(range(i + 1, last + 1))
    yield Issue(start, end, f"Sau “{marker.text}” là cách gọi chung, không chỉ một văn bản hay tổ chức cụ thể, "
                f"nên viết thường: “{fix}”.", fix)


def _noun_positions(p: _Paragraph, first: int, last: int, origin: int) -> set[int]:
    """Character positions (relative to origin) of the noun words, not the "và"/"," between them."""
    return {pos - origin for t in p.toks[first:last + 1] if t.word for pos in range(t.start, t.end)}


def _party_compounds(p: _Paragraph, i: int, covered: set[int]) -> Iterator[Issue]:
    """ "tổ chức Đảng" → "tổ chức đảng" (C3), info level."""
    phrase = p.match(i, "capitalization_party_compounds")
    k = i + len(phrase) if phrase else 0
    if not phrase or p.toks[i].cap or k >= len(p.toks) or not p.joined(k - 1):
        return
    dang = p.toks[k]
    if dang.key != "đảng" or not dang.cap or dang.shouting:
        return
    if k + 1 < len(p.toks) and p.joined(k) and (p.toks[k + 1].cap or p.toks[k + 1].key in _BODY_AFTER_DANG):
        return
    start = p.toks[i].start
    fix = p.text[start:dang.start] + "đảng"
    yield Issue(start, dang.end, f"Trong danh từ chung “{fix}”, chữ “đảng” viết thường như Điều lệ Đảng "
                "(viết hoa “Đảng” khi chỉ Đảng Cộng sản Việt Nam).", fix)


@rule("capitalization", severity=Severity.WARNING, title="Viết hoa sai quy định")
def capitalization(ctx: ParagraphContext) -> Iterator[Issue]:
    """Titles, body names and Party common nouns capitalised against domain.md §4."""
    return _run(ctx.text, (_bodies, _titles, _plural, _common_nouns))


@rule("capitalization-party-noun", severity=Severity.INFO, title="Viết hoa “Đảng” trong danh từ chung")
def capitalization_party_noun(ctx: ParagraphContext) -> Iterator[Issue]:
    """ "tổ chức Đảng": a separate code so it can be switched off alone (usage is divided)."""
    return _run(ctx.text, (_party_compounds,))


# The resource whose first syllables can open each pattern: other tokens skip it at once.
_OPENERS = {
    _titles: "capitalization_titles",
    _bodies: "capitalization_bodies",
    _common_nouns: "capitalization_common_nouns",
    _party_compounds: "capitalization_party_compounds",
}


def _opens(pattern, token: _Tok) -> bool:
    if pattern is _plural:
        return token.text.isdigit() or token.key in word_set("capitalization_plural_markers")
    return token.key in _phrases(_OPENERS[pattern])


@lru_cache(maxsize=16)
def _paragraph(text: str) -> _Paragraph:
    """Shared by the two rules, which read the same paragraph one after the other."""
    return _Paragraph(text)


def _run(text: str, patterns) -> Iterator[Issue]:
    p = _paragraph(text)
    if p.title_cased():
        return
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    issues: list[Issue] = []
    covered: set[int] = set()
    for i in p.hits:
        if i in covered:
            continue
        token = p.toks[i]
        for pattern in patterns:
            if _opens(pattern, token):
                issues.extend(pattern(p, i, covered))
    kept_end = -1
    for issue in sorted(issues, key=lambda x: (x.start, -x.end)):
        if issue.start >= kept_end and not any(a <= issue.start < b for a, b in quoted):
            kept_end = issue.end
            yield issue
