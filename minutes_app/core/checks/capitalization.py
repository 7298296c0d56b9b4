"""Capitalisation (viết hoa) of titles, bodies and Party common nouns (domain.md §4).

Precision first: each pattern is a fixed phrase list in resources/capitalization_*.txt,
and a phrase is only re-cased, never re-worded; the fix keeps the writer's tone style
(Uỷ Ban Nhân Dân → Uỷ ban nhân dân; tone placement is the tone-style check's business).

Errors against the rules are warnings (code ``capitalization``):
- titles (C6): a capital inside a title word ("Bí Thư" → "Bí thư"), anywhere in a sentence;
  a missing one ("Phó chủ tịch UBND xã", "Chánh văn phòng Huyện ủy") where a specific body or
  name follows; a person's next title in small letters after a comma ("…, Phó Bí thư Đảng ủy,
  chủ tịch HĐND phường") when it names one body;
- bodies (C4): a capital inside one word of the name ("Ban Chấp Hành", "Đảng Bộ"); a missing
  one ("Ban chấp hành Đảng bộ", "Bộ chính trị", "Hội nông dân huyện Duy Xuyên") only when a
  specific body or a named place follows, as "Ủy ban kiểm tra hai cấp" is generic;
- a word that goes on the sentence written with a capital after a comma ("…, Trong đó").
Conventions that official outlets apply both ways are info, said once per document for each
form written (code ``capitalization-convention``): a capital on a word of its own inside a
body's name ("Hội đồng Nhân dân"), common nouns (C3: "Đảng viên", "Cấp ủy" inside a
sentence), plural generic nouns (C5, C12: "các Nghị quyết", "5 Chi bộ", unless a name,
number or "số" follows) and the phrases of resources/capitalization_conventions.txt ("Ban
cán sự"); "tổ chức Đảng" (C3) likewise, under its own code ``capitalization-party-noun``.

Silent on ALL-CAPS words, Title-Cased lines (headlines), text in quotes (titles of works),
and after a capitalised word that no phrase explains ("Nguyễn Quốc Hội" is a person).
Tokens come from the shared reading of the paragraph.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Iterator, NamedTuple

from ..lexicon import is_compound
from ..model import Severity
from ..reading import Reading, Token
from ..resources import word_list, word_set
from ..text import to_old_tone_style
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# After a plural noun these point at particular documents: "các Nghị quyết số 15, 16",
# "các Nghị quyết nói trên / này / đó / kể trên".
_NAMING = {"số", "này", "trên", "nói", "đó", "kể", "đã"}
_BODY_AFTER_DANG = {"bộ", "uỷ", "đoàn"}
_NUMBERED = {"điều", "khoản", "điểm", "chương", "mục", "phần", "tháng", "năm", "ngày", "quý", "lần", "khoá"}


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return to_old_tone_style(word.lower())


def _shouting(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


class _Found(NamedTuple):
    issue: Issue
    convention: bool  # a usage official outlets apply both ways: info, once per document


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


_PHRASE = ""  # the key, in a trie node, of the phrase its path of keys spells


@lru_cache(maxsize=None)
def _phrase_trie(name: str) -> dict:
    """The phrases of resource ``name`` as nested dicts keyed by syllable key; a node ending a
    phrase holds it under _PHRASE (the first in the file among phrases of the same keys)."""
    root: dict = {}
    for entries in _phrases(name).values():
        for phrase, keys in entries:
            node = root
            for key in keys:
                node = node.setdefault(key, {})
            node.setdefault(_PHRASE, phrase)
    return root


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Keys that can open any pattern: other tokens are skipped at once."""
    names = ("capitalization_titles", "capitalization_bodies", "capitalization_common_nouns",
             "capitalization_party_compounds", "capitalization_after_comma", "capitalization_documents")
    return frozenset(k for n in names for k in _phrases(n)) | word_set("capitalization_plural_markers")


class _Paragraph:
    def __init__(self, reading: Reading):
        # Kept in the reading's own derived cache: a weak reference back, so a dropped reading
        # is freed by reference counting, not left as a cycle for the collector (speed).
        self.reading = weakref.proxy(reading)
        self.text = reading.text
        self.toks = reading.tokens
        triggers = _triggers()
        # (digits are no word: most tokens are asked only their key)
        self.hits = [i for i, t in enumerate(self.toks) if t.key in triggers or not t.is_word and t.text.isdigit()]

    def word_starts(self, i: int) -> bool:
        """Token i begins a word of the shared segmentation."""
        return self.reading.words[self.reading.word_index(i)].first == i

    def joined(self, i: int) -> bool:
        """tokens[i] and tokens[i+1] are words separated by spaces only."""
        toks = self.toks
        if i + 1 >= len(toks):
            return False
        first, second = toks[i], toks[i + 1]
        if not (first.is_word and second.is_word):
            return False
        gap = self.text[first.end:second.start]
        return bool(gap) and not gap.strip()

    def match(self, i: int, name: str) -> tuple[str, ...] | None:
        """The longest phrase of resource ``name`` starting at token i (by key, its syllables
        joined by spaces only), or None: a walk down the phrases' trie."""
        toks = self.toks
        node = _phrase_trie(name).get(toks[i].key)
        found = None
        j = i
        while node is not None:
            found = node.get(_PHRASE, found)
            if j + 1 >= len(toks):
                break
            # the next token's key first: the gap is looked at only when the phrase can go on
            node = node.get(toks[j + 1].key)
            if node is None or not self.joined(j):
                break
            j += 1
        return found

    def mid_sentence(self, i: int) -> bool:
        """Something other than a sentence/line start or list marker comes before token i."""
        before = self.text[:self.toks[i].start].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] == ",")

    def after_name(self, i: int, covered: set[int]) -> bool:
        """The word just before token i is capitalised and no phrase explains it: a name goes on."""
        prev = i - 1
        return prev >= 0 and prev not in covered and self.joined(prev) and self.toks[prev].is_upper_word

    def after_place_noun(self, i: int) -> bool:
        """A place noun just before token i ("thôn Trung Ương"): a place name, not a body."""
        if i == 0 or self.toks[i - 1].key not in _place_noun_ends():
            return False  # (most tokens: no place noun ends just before them)
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
                                  and self.joined(follows - 1) and self.toks[follows].is_upper_word)

    def title_cased(self) -> bool:
        """Every word capitalised (a headline in Title Case): stops at the first small letter."""
        words = 0
        for t in self.toks:
            if t.is_word:
                if not t.is_upper_word:
                    return False
                words += 1
        return words >= 3

    def span(self, i: int, n: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[i + n - 1].end


def _place_named(p: _Paragraph, k: int) -> bool:
    """A place noun in small letters at token k, then the place's capitalised name: "huyện Duy Xuyên"."""
    toks = p.toks
    return toks[k].key in _place_noun_ends() and toks[k].text.islower() and k + 1 < len(toks) and p.joined(k) \
        and toks[k + 1].is_upper_word and not _shouting(toks[k + 1])


@lru_cache(maxsize=1)
def _place_noun_ends() -> frozenset[str]:
    """The last syllables of the place nouns (thôn, tổ dân phố): the key just before a body."""
    return frozenset(place.rsplit(" ", 1)[-1] for place in word_set("capitalization_place_nouns"))


def _rewrite(p: _Paragraph, i: int, phrase: tuple[str, ...], lower_only: bool) -> str:
    """The phrase at token i re-cased after the canonical one (first syllable kept as
    written); with ``lower_only``, only capitals the canonical phrase lacks are changed."""
    start, end = p.span(i, len(phrase))
    fix = p.text[start:end]
    for t, model in zip(p.toks[i + 1:i + len(phrase)], phrase[1:]):
        if lower_only and not (t.is_upper_word and model[0].islower()):
            continue
        new = t.text[0].upper() + t.text[1:] if model[0].isupper() else t.text.lower()
        fix = fix[:t.start - start] + new + fix[t.end - start:]  # same length: offsets hold
    return fix


def _name_begins_at_last(p: _Paragraph, i: int, n: int, phrase: tuple[str, ...]) -> bool:
    """The only capital the title should not have is its last syllable, a surname followed by the rest of a name
    (two capitalised words joined to it, not the opening of a body: "Ủy Viên Ban Thường vụ" is a title's slip): a
    person named right after the title's shorter form."""
    toks, last = p.toks, i + n - 1
    return (n > 1 and not phrase[-1][0].isupper() and toks[last].text in word_set("surnames", lower=False)
            and all(not t.is_upper_word or m[0].isupper() for t, m in zip(toks[i:last], phrase))
            and last + 2 < len(toks) and p.joined(last) and p.joined(last + 1)
            and toks[last + 1].is_upper_word and toks[last + 2].is_upper_word
            and toks[last + 1].key not in _body_openings())


@lru_cache(maxsize=1)
def _body_openings() -> frozenset[str]:
    """The first syllables of the heads that open a body's name (resources/org_heads.txt: Ban, Đảng, Hội …)."""
    return frozenset(head.split()[0].lower() for head in word_list("org_heads"))


def _titles(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """A capital inside a title word: "Bí Thư" → "Bí thư" (first syllable left as written);
    a capital missing from a title of a specific office: "Phó chủ tịch UBND" → "Phó Chủ tịch"."""
    phrase = p.match(i, "capitalization_titles")
    if not phrase or p.after_name(i, covered) or not p.word_starts(i):
        return  # "chức vụ Trưởng ban": no title begins inside the word "chức vụ"
    n = len(phrase)
    toks = p.toks[i:i + n]
    covered.update(range(i, i + n))
    if any(_shouting(t) for t in toks):
        return
    start, end = p.span(i, n)
    if any(t.is_upper_word and not m[0].isupper() for t, m in zip(toks, phrase)):
        if _name_begins_at_last(p, i, n, phrase):
            return  # "Phó Bí thư Thường trực Huyện ủy Viên Hồng Tiến": the title ends at "Huyện ủy", Viên is a surname
        fix = _rewrite(p, i, phrase, lower_only=True)
        yield _Found(Issue(start, end, f"Chức danh chỉ viết hoa chữ cái đầu của mỗi từ chức danh: “{fix}”.", fix), False)
    elif toks[0].is_upper_word and any(not t.is_upper_word and m[0].isupper() for t, m in zip(toks[1:], phrase[1:])):
        follows = p.toks[i + n] if i + n < len(p.toks) else None
        if follows is not None and p.joined(i + n - 1) and follows.is_upper_word:
            fix = _rewrite(p, i, phrase, lower_only=False)
            yield _Found(Issue(start, end, "Chức danh gắn với một cơ quan, một người cụ thể viết hoa chữ cái đầu "
                                           f"của mỗi từ chức danh: “{fix}”.", fix), False)
    elif not any(t.is_upper_word for t in toks) and _next_title_of_one_person(p, i, n):
        written = p.text[start:end]
        fix = "".join(ch.upper() if k == 0 or (written[k - 1] == " " and model_upper) else ch
                      for k, (ch, model_upper) in enumerate(zip(written, _capitals_at(written, phrase))))
        yield _Found(Issue(start, end, f"“{written}” là chức danh tiếp theo của cùng một người, gắn với một cơ quan "
                                       f"cụ thể: viết hoa như chức danh trước nó: “{fix}”.", fix), False)


_APPOSITION = frozenset({",", "-", "–"})
_TITLE_LOOKBACK = 12  # tokens back to the person's first title ("Ông Phạm Văn Tư, Phó Bí thư Đảng ủy xã, …")
_GENERIC_AFTER = frozenset({"các", "những", "mọi", "từng", "cấp"})  # "chủ tịch UBND cấp xã"


def _capitals_at(written: str, phrase: tuple[str, ...]) -> list[bool]:
    """Per character of the written title: its syllable takes a capital in the listed title."""
    marks, syllable = [], 0
    for k, ch in enumerate(written):
        if ch == " " and k and written[k - 1] != " ":
            syllable += 1
        marks.append(syllable < len(phrase) and phrase[syllable][0].isupper())
    return marks


def _next_title_of_one_person(p: _Paragraph, i: int, n: int) -> bool:
    """ "…, Phó Bí thư Đảng ủy, chủ tịch HĐND phường": a title in small letters after a comma or a
    dash, following the same person's capitalised title in the sentence, and naming one body (a
    capital follows, no "các" or "cấp" in it). "Bí thư cấp ủy, chủ tịch UBND cấp xã" stays generic."""
    toks = p.toks
    if i < 2 or toks[i - 1].text not in _APPOSITION or not p.spaced(i - 1):
        return False
    follows = i + n
    if follows >= len(toks) or not p.joined(follows - 1) or not toks[follows].is_upper_word or _shouting(toks[follows]) \
            and toks[follows].text not in _body_acronyms():
        return False
    for t in toks[follows:follows + 4]:
        if not t.is_word:
            break  # (the body's name ends at a mark: "…, các ông bà" is the next item)
        if t.key in _GENERIC_AFTER:
            return False
    sentence_start = p.reading.sentence_at(toks[i].start)[0]
    for j in range(i - 2, max(-1, i - 2 - _TITLE_LOOKBACK), -1):
        if toks[j].start < sentence_start or toks[j].text in ".;:":
            return False
        if p.match(j, "capitalization_titles") and p.word_starts(j):
            # the nearest title: a person's, capitalised, after the name or another title ("Hoa, Đảng ủy
            # viên, chủ tịch …"); not "1 huyện ủy viên, chủ tịch …", "bầu đoàn Chủ tịch, thư ký …",
            # nor "Bí thư cấp ủy, …" opening a rule
            before = toks[j - 1] if j else None
            return toks[j].is_upper_word and not _shouting(toks[j]) and toks[j].start > sentence_start \
                and before is not None and (before.text in _APPOSITION or before.is_upper_word and before.is_word)
    return False


@lru_cache(maxsize=1)
def _body_acronyms() -> frozenset[str]:
    """UBND, HĐND, MTTQ … (resources/abbreviations.txt, kind body): a specific body after a title."""
    return frozenset(line.split("=", 1)[0].strip() for line in word_list("abbreviations")
                     if "=" in line and line.rsplit("|", 1)[-1].strip() == "body")


def _documents(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """A capital inside a document's or a meeting's word (C11): "Nghị Quyết 02" → "Nghị quyết",
    "hội Nghị" → "hội nghị" (the first syllable left as written)."""
    phrase = p.match(i, "capitalization_documents")
    if not phrase:
        return
    n = len(phrase)
    toks = p.toks[i:i + n]
    # (most of these words are written right: no capital after the first, asked before the segmentation)
    if not any(t.is_upper_word for t in toks[1:]) or any(_shouting(t) for t in toks) \
            or p.after_name(i, covered) or not p.word_starts(i):
        return
    if toks[-1].is_upper_word and i + n < len(p.toks) and p.joined(i + n - 1) and p.toks[i + n].is_upper_word:
        return  # "Kế Hoạch Đầu Tư …": a name in Title Case goes on
    covered.update(range(i, i + n))
    start, end = p.span(i, n)
    fix = _rewrite(p, i, phrase, lower_only=True)
    yield _Found(Issue(start, end, f"Trong một từ chỉ văn bản, hội nghị, chỉ âm tiết đầu được viết hoa: “{fix}”.", fix),
                 False)


def _bodies(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """Body names re-cased to the list (C4); missing capitals only before a specific name."""
    phrase = p.match(i, "capitalization_bodies")
    if phrase and phrase[-1] in ("tỉnh", "huyện") and i + len(phrase) < len(p.toks) and p.joined(i + len(phrase) - 1):
        if p.toks[i + len(phrase)].key == "uỷ":  # "Ban Thường vụ Tỉnh ủy": the body is Tỉnh ủy
            phrase = None
    if not phrase or not p.toks[i].is_upper_word or p.after_name(i, covered) or p.after_place_noun(i):
        return
    n = len(phrase)
    toks = p.toks[i:i + n]
    covered.update(range(i, i + n))
    if any(_shouting(t) for t in toks):
        return
    extra = [k for k in range(1, n) if toks[k].is_upper_word and not phrase[k][0].isupper()]
    if extra and p.starts_other_body(i + extra[0], i + n):
        return
    too_many = bool(extra)
    too_few = any(not t.is_upper_word and m[0].isupper() for t, m in zip(toks[1:], phrase[1:]))
    if too_few and not too_many:
        follows = p.toks[i + n] if i + n < len(p.toks) else None
        # a name ("Ban chấp hành Đảng bộ") or a place with its name ("Hội nông dân huyện Duy Xuyên") after
        # it: one body, not the generic noun ("Đoàn thanh niên xã được giao", "20/20 Ban thường vụ huyện, thị")
        named = follows is not None and p.joined(i + n - 1) and (follows.is_upper_word or _place_named(p, i + n))
        open_end = follows is None or not follows.is_word
        keys = " ".join(_key(w) for w in phrase)
        unique = keys in _unique_bodies() or keys in _named_bodies() and p.mid_sentence(i) and not _counted(p, i)
        if not (named or unique or (open_end and p.mid_sentence(i))):
            return
    if not (too_many or too_few):
        return
    start, end = p.span(i, n)
    fix = _rewrite(p, i, phrase, lower_only=False)
    # A capital inside one word ("Chấp Hành", "Đảng Bộ") breaks the rule; one on a word of its
    # own ("Hội đồng Nhân dân") is an older convention the press still follows.
    in_word = any(phrase[k - 1][0].isupper() and is_compound([phrase[k - 1], phrase[k]]) for k in extra)
    convention = (too_many and not in_word) or " ".join(phrase) in _conventions()
    yield _Found(Issue(start, end, "Tên cơ quan, tổ chức viết hoa chữ cái đầu của từ chỉ loại hình, chức năng; "
                       f"các âm tiết còn lại và danh từ hành chính (tỉnh, huyện) viết thường: “{fix}”.", fix),
                 convention)


def _common_nouns(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """ "Đảng viên", "Cấp ủy" inside a sentence are common nouns (C3)."""
    phrase = p.match(i, "capitalization_common_nouns")
    if not phrase or not p.toks[i].is_upper_word or _shouting(p.toks[i]) or not p.mid_sentence(i) \
            or p.after_name(i, covered):
        return
    start, end = p.span(i, len(phrase))
    fix = p.text[start:end].lower()
    yield _Found(Issue(start, end, f"“{fix}” là danh từ chung, viết thường giữa câu (như Điều lệ Đảng): “{fix}”.",
                       fix), True)


def _plural(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """After các/những/mọi/nhiều or a count, a capitalised noun list that names nothing."""
    if i + 1 >= len(p.toks) or not p.toks[i + 1].is_upper_word:
        return  # (most markers: no capitalised noun follows, the loop below would stop at once)
    marker = p.toks[i]
    if marker.text.isdigit():  # a count ("có 5 Chi bộ"), not a date, article or name number
        if i == 0 or not p.spaced(i - 1) or not p.toks[i - 1].is_word or p.toks[i - 1].key in _NUMBERED:
            return
        if p.toks[i - 1].is_upper_word or (i >= 2 and p.joined(i - 2) and p.toks[i - 2].is_upper_word):
            return  # "Ban Chỉ đạo 35 Tỉnh ủy", "Quận 1 Đảng ủy": the number ends a name
    elif marker.key not in word_set("capitalization_plural_markers"):
        return
    if i + 1 >= len(p.toks) or not p.spaced(i):
        return
    j, last = i + 1, None
    while j < len(p.toks):
        phrase = p.match(j, "capitalization_plural_nouns")
        if not phrase or not p.toks[j].is_upper_word or _shouting(p.toks[j]):
            break
        last = j + len(phrase) - 1
        k = last + 1  # a list goes on after "," or "và": "các Chỉ thị, Nghị quyết"
        if k + 1 < len(p.toks) and p.toks[k + 1].is_word and (p.toks[k].text == "," or p.toks[k].key == "và"):
            j = k + 1
        else:
            break
    if last is None:
        return
    follows = p.toks[last + 1] if last + 1 < len(p.toks) else None
    if follows is not None and follows.is_word and (follows.is_upper_word or follows.key in _NAMING):
        return
    if follows is not None and not follows.is_word and follows.text not in ".,;…":
        return
    start, end = p.toks[i + 1].start, p.toks[last].end
    nouns = _noun_positions(p, i + 1, last, start)
    fix = "".join(ch.lower() if pos in nouns else ch for pos, ch in enumerate(p.text[start:end]))
    covered.update(range(i + 1, last + 1))
    # the words the finding is about, then the count or the word that makes them generic ("“Chi bộ” sau số “5”")
    after = f"số “{marker.text}”" if marker.text.isdigit() else f"“{marker.text}”"
    yield _Found(Issue(start, end, f"“{p.text[start:end]}” sau {after} là cách gọi chung, không chỉ một văn bản hay "
                       f"tổ chức cụ thể, nên viết thường: “{fix}”.", fix), True)


def _noun_positions(p: _Paragraph, first: int, last: int, origin: int) -> set[int]:
    """Character positions (relative to origin) of the noun words, not the "và"/"," between them."""
    return {pos - origin for t in p.toks[first:last + 1] if t.is_word for pos in range(t.start, t.end)}


def _after_comma(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """ "18.700 ha, Trong đó", "ổn định, Các khu dân cư": a word that goes on the sentence
    (resources/capitalization_after_comma.txt) written with a capital right after a comma."""
    phrase = p.match(i, "capitalization_after_comma")
    token = p.toks[i]
    if not phrase or i == 0 or p.toks[i - 1].text != "," or not token.is_upper_word or _shouting(token):
        return
    if p.text[p.toks[i - 1].end:token.start].strip(" \u00a0") or token.start == p.toks[i - 1].end:
        return  # ",Các" glued (spacing says it) or a line break between: another line's start
    start, end = p.span(i, len(phrase))
    written = p.text[start:end]
    fix = written[0].lower() + written[1:]
    covered.update(range(i, i + len(phrase)))
    yield _Found(Issue(start, end, f"Giữa câu, sau dấu phẩy, “{written}” viết thường: “{fix}”.", fix), False)


def _party_compounds(p: _Paragraph, i: int, covered: set[int]) -> Iterator[_Found]:
    """ "tổ chức Đảng" → "tổ chức đảng" (C3), info level."""
    phrase = p.match(i, "capitalization_party_compounds")
    k = i + len(phrase) if phrase else 0
    if not phrase or p.toks[i].is_upper_word or k >= len(p.toks) or not p.joined(k - 1):
        return
    dang = p.toks[k]
    if dang.key != "đảng" or not dang.is_upper_word or _shouting(dang):
        return
    if k + 1 < len(p.toks) and p.joined(k) and (p.toks[k + 1].is_upper_word or p.toks[k + 1].key in _BODY_AFTER_DANG):
        return
    start = p.toks[i].start
    fix = p.text[start:dang.start] + "đảng"
    yield _Found(Issue(start, dang.end, f"Trong danh từ chung “{fix}”, chữ “đảng” viết thường như Điều lệ Đảng "
                       "(viết hoa “Đảng” khi chỉ Đảng Cộng sản Việt Nam).", fix), True)


@rule("capitalization", severity=Severity.WARNING, title="Viết hoa sai quy định", examples=(
    Example("Phát biểu của đồng chí Bí Thư Chi bộ.", "Bí Thư", "Bí thư"),
    Example("Hội nghị Ban chấp hành Đảng bộ xã lần thứ 5.", "Ban chấp hành", "Ban Chấp hành"),
    Example("Đồng chí Lê Thị Hoa, Phó chủ tịch UBND xã phát biểu.", "Phó chủ tịch", "Phó Chủ tịch"),
    Example("Kết luận của Bộ chính trị về công tác cán bộ.", "Bộ chính trị", "Bộ Chính trị"),
    Example("Ông Lê Văn Tâm, Chánh văn phòng Huyện ủy, đọc quyết định.", "Chánh văn phòng", "Chánh Văn phòng"),
    Example("Hội cựu chiến binh xã Tân Lập tổ chức đại hội.", "Hội cựu chiến binh", "Hội Cựu chiến binh"),
    Example("Bà Lò Thị Hoa, Phó Bí thư Đảng ủy, chủ tịch HĐND xã dự họp.", "chủ tịch", "Chủ tịch"),
    Example("Tổng thu ngân sách 12,4 tỷ đồng, Trong đó thu tại xã 3,1 tỷ đồng.", "Trong đó", "trong đó"),
    Example("Bí thư cấp ủy, chủ tịch UBND cấp xã chịu trách nhiệm chính."),
    Example("Đoàn thanh niên xã được giao kết nạp 30 đoàn viên."),
    Example("Đồng chí Hà Văn Sơn, Chủ tịch UBND xã, Bí thư Chi bộ thôn 2 dự họp."),
    Example("Bí thư Đảng ủy, Phó Chủ tịch Ủy ban nhân dân xã Nguyễn Văn Bình dự họp."),
    Example("Đổi mới hoạt động của ban chấp hành, ban thường vụ cấp ủy các cấp."),
    Example("Kiện toàn chức danh phó chủ tịch ủy ban nhân dân cấp xã."),
    Example("Bổ nhiệm lại chức vụ Trưởng ban bồi thường giải phóng mặt bằng."),
    Example("Kỳ họp thứ tư Hội đồng Nhân dân thành phố Hà Nội."),
))
def capitalization(ctx: ParagraphContext) -> Iterator[Issue]:
    """Titles and body names capitalised against domain.md §4 (C4, C6)."""
    return (f.issue for f in _findings(ctx.reading) if not f.convention)


@rule("capitalization-convention", severity=Severity.INFO, title="Cách viết hoa chưa theo quy định (thói quen phổ biến)",
      scope="document", examples=(
          Example("Chi bộ có 19 đồng chí, trong đó 2 Đảng viên dự bị.", "Đảng viên", "đảng viên"),
          Example("Kỳ họp thứ tư Hội đồng Nhân dân thành phố Hà Nội.", "Hội đồng Nhân dân", "Hội đồng nhân dân"),
          Example("Quán triệt các Nghị quyết của Đảng đến cán bộ.", "Nghị quyết", "nghị quyết"),
          Example("Đảng viên phải gương mẫu. Cấp ủy chịu trách nhiệm trước chi bộ."),
          Example("Triển khai các Nghị quyết số 15-NQ/TU, 16-NQ/TU."),
      ))
def capitalization_convention(ctx: DocumentContext) -> Iterator[Issue]:
    """Capitals the rules do not ask for but official outlets also write ("Đảng viên", "Hội
    đồng Nhân dân", "các Nghị quyết"): said once per form, where it first occurs."""
    return _grouped(ctx, _conventions_of)


@rule("capitalization-party-noun", severity=Severity.INFO, title="Viết hoa “Đảng” trong danh từ chung",
      scope="document", examples=(
          Example("Lãnh đạo các tổ chức Đảng trực thuộc.", "tổ chức Đảng", "tổ chức đảng"),
          Example("Kiện toàn tổ chức Đảng bộ; tổ chức Đảng Cộng sản Việt Nam."),
      ))
def capitalization_party_noun(ctx: DocumentContext) -> Iterator[Issue]:
    """ "tổ chức Đảng": a separate code so it can be switched off alone (usage is divided)."""
    return _grouped(ctx, _party_nouns_of)


def _grouped(ctx: DocumentContext, per_paragraph) -> Iterator[Issue]:
    """One issue per written form, at its first occurrence, saying how often it occurs."""
    first: dict[str, tuple[int, Issue]] = {}
    counts: dict[str, int] = {}
    for paragraph, issues in ctx.per_paragraph(per_paragraph, with_reading=True):
        for issue in issues:
            form = paragraph.text[issue.start:issue.end]
            counts[form] = counts.get(form, 0) + 1
            first.setdefault(form, (paragraph.start, issue))
    for form, (offset, issue) in first.items():
        times = f" (viết như vậy {counts[form]} lần trong văn bản)" if counts[form] > 1 else ""
        yield Issue(issue.start + offset, issue.end + offset, issue.message + times, issue.suggestion)


def _conventions_of(reading: Reading) -> tuple[Issue, ...]:
    return tuple(f.issue for f in _findings(reading) if f.convention)


def _party_nouns_of(reading: Reading) -> tuple[Issue, ...]:
    return tuple(f.issue for f in _passes(reading)[1])


@lru_cache(maxsize=1)
def _unique_bodies() -> frozenset[str]:
    return frozenset(" ".join(_key(w) for w in entry.split()) for entry in word_list("capitalization_unique_bodies"))


def _counted(p: _Paragraph, i: int) -> bool:
    """A count or a plural marker just before token i ("20/20 Ban thường vụ huyện", "các Ban chỉ đạo"):
    the bodies of a kind, not one."""
    before = p.toks[i - 1] if i else None
    return before is not None and (any(ch.isdigit() for ch in before.text)
                                   or before.key in word_set("capitalization_plural_markers"))


@lru_cache(maxsize=1)
def _named_bodies() -> frozenset[str]:
    return frozenset(" ".join(_key(w) for w in entry.split()) for entry in word_list("capitalization_named_bodies"))


@lru_cache(maxsize=1)
def _conventions() -> frozenset[str]:
    return frozenset(word_list("capitalization_conventions"))


# The resource whose first syllables can open each pattern: other tokens skip it at once.
_OPENERS = {
    _titles: "capitalization_titles",
    _bodies: "capitalization_bodies",
    _common_nouns: "capitalization_common_nouns",
    _party_compounds: "capitalization_party_compounds",
    _after_comma: "capitalization_after_comma",
    _documents: "capitalization_documents",
}


@lru_cache(maxsize=65536)
def _opening(key: str, number: bool, upper: bool) -> tuple:
    """Those of _PATTERNS and _party_compounds that can open at a token of this key (``number``:
    the token is digits, which open a plural; ``upper``: it opens with a capital, which a body
    and a common noun need and a party compound must not have), in their order: worked out once
    per key and case."""
    return tuple(pattern for pattern in _PATTERNS + (_party_compounds,)
                 if (number or key in word_set("capitalization_plural_markers") if pattern is _plural
                     else key in _phrases(_OPENERS[pattern]))
                 and _case_fits(pattern, upper))


def _case_fits(pattern, upper: bool) -> bool:
    """A body and a common noun open with a capital (each returns at once otherwise), a party
    compound in lower case; titles and plurals in either."""
    return upper if pattern in _UPPER_ONLY else not upper if pattern is _party_compounds else True


def _findings(reading: Reading) -> list[_Found]:
    """Read once per paragraph: the warning rule and the info rule share it."""
    return _passes(reading)[0]


_PATTERNS = (_bodies, _titles, _plural, _common_nouns, _after_comma, _documents)
_UPPER_ONLY = (_bodies, _common_nouns, _after_comma)  # each returns at once at a token in lower case


def _passes(reading: Reading) -> tuple[list[_Found], list[_Found]]:
    """The findings of _PATTERNS and those of _party_compounds (capitalization-party-noun), read
    in one walk over the paragraph's openers; each list kept apart as if read alone."""
    return reading.derived("capitalization", _read_passes)


def _read_passes(reading: Reading) -> tuple[list[_Found], list[_Found]]:
    p = reading.derived("capitalization-paragraph", _Paragraph)
    if p.title_cased():
        return [], []
    found: list[_Found] = []
    party: list[_Found] = []
    covered: set[int] = set()  # tokens a finding of _PATTERNS took (_party_compounds reads none)
    for i in p.hits:
        token = p.toks[i]
        taken = i in covered
        for pattern in _opening(token.key, not token.is_word and token.text.isdigit(), token.text[0].isupper()):
            if pattern is _party_compounds:
                party.extend(pattern(p, i, set()))
            elif not taken:
                found.extend(pattern(p, i, covered))
    quoted = [m.span() for m in _QUOTED.finditer(p.text)]
    return _kept(found, quoted), _kept(party, quoted)


def _kept(found: list[_Found], quoted: list[tuple[int, int]]) -> list[_Found]:
    """In order, without overlaps (the first and longest kept) and nothing inside quotes."""
    kept, kept_end = [], -1
    for item in sorted(found, key=lambda x: (x.issue.start, -x.issue.end)):
        if item.issue.start >= kept_end and not any(a <= item.issue.start < b for a, b in quoted):
            kept_end = item.issue.end
            kept.append(item)
    return kept
