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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import is_compound
from ..model import Entity
from ..reading import Token, adjacent, tokenize
from ..resources import word_list, word_set
from ..text import fold, to_old_tone_style
from .phrases import extend_tail, lexicon, lexicon_roots, match_lexicon

_SEPARATORS = {",", "-", "–", "—", ":", "("}
MAX_NAME = 5  # Tôn Nữ Thị Minh Nguyệt; Y Ngọc Hà Niê Kđăm
_ETHNIC_OPENER = re.compile(r"[HK]['’]\w")  # H'Yâm, H'Lan: Ê Đê women's names; K'Mák, K'Bròn: Cơ Ho names
_FORMER_WORDS = frozenset({"nguyên", "cựu"})  # "nguyên Bí thư …", "cựu Chủ tịch …"
_FORMER_LINKS = frozenset({"nguyên", "từng", "trước", "người"})  # "nguyên là", "từng giữ chức", "trước đây là"
_DATE_WORDS = frozenset({"ngày", "tháng", "năm"})  # also given names (Năm, Tháng): they stop a name before a number
# written in lower case in the text: the meeting's secretary, the head of a working visit ("làm trưởng đoàn")
_MEETING_ROLES = frozenset({"thư ký", "trưởng đoàn", "phó trưởng đoàn"})
_CURRENT_LINKS = frozenset({"nay", "hiện"})  # "nay là", "hiện là"
_ADMIN_UNITS = frozenset({"uỷ", "huyện", "tỉnh", "xã", "phường", "quận", "trấn", "phố", "khu", "ấp", "thôn", "bản"})


@dataclass(slots=True)  # tens of thousands a report: made and read cheaply
class _Item:
    kind: str  # name, title, prefix, sep, and, break
    start: int
    end: int
    value: str = ""
    former: bool = False  # "nguyên Bí thư …", "nguyên là Chủ tịch …", "từng giữ chức …"
    current: bool = False  # "…, nay là Giám đốc …", "hiện là …"
    generic: bool = False  # "nguyên lãnh đạo tỉnh": a post named only by the body led
    link: bool = False  # a sep that is "giữ chức", "là", "được bầu làm" …: the title after it is given


def name_length(tokens: list[Token], i: int, text: str, after_prefix: bool = False) -> int:
    """Number of tokens of the person's name starting at i (0 when none starts there)."""
    first = tokens[i]
    if not first.is_capitalized:
        return _sloppy_name_length(tokens, i, text) if after_prefix else 0
    # Unknown family names (Chamaléa, Kiên …) are read from context: a run opening a sentence
    # or line and followed by ", <title>" ("Chamaléa Thị Thủy, Phó Chủ tịch HĐND huyện").
    known = after_prefix or first.text in _surnames() or first.text[0] in "HK" and bool(_ETHNIC_OPENER.match(first.text))
    if not known and (first.lower in _name_stops() or not _opens_clause(tokens, i, text)):
        return 0
    if match_lexicon(tokens, i, "titles", text) or match_lexicon(tokens, i, "org_heads", text):
        return 0
    n = 1
    while n < MAX_NAME and adjacent(tokens, i + n - 1, text):
        token = tokens[i + n]
        if n == 1 and token.text in _LOWER_MIDDLES and known and adjacent(tokens, i + 1, text) \
                and tokens[i + 2].is_capitalized and not match_lexicon(tokens, i + 2, "titles", text):
            n += 1  # "Nguyễn văn Tâm": the middle name typed in lower case
            continue
        if known and len(token.text) == 1 and token.text.isupper() and i + n + 2 < len(tokens) \
                and tokens[i + n + 1].text == "." and token.end == tokens[i + n + 1].start \
                and tokens[i + n + 2].is_capitalized and tokens[i + n + 1].end + 1 == tokens[i + n + 2].start \
                and not match_lexicon(tokens, i + n + 2, "titles", text):
            n += 3  # "Nguyễn T. Hương": the middle name as its initial
            break
        if not token.is_capitalized or match_lexicon(tokens, i + n, "titles", text):
            break
        if token.lower in _name_stops() and not (token.lower in _DATE_WORDS and not _before_number(tokens, i + n)):
            break  # "… Năm 2025" ends the name; "Hà Thị Năm," is one
        if match_lexicon(tokens, i + n, "org_heads", text) >= 2:
            break
        n += 1
    if n == 1 and _ETHNIC_OPENER.match(first.text) and (after_prefix or _cell_start(tokens, i, text)) \
            and _title_follows(tokens, i + 1, text):
        return 1  # "Ông K'Mák, Trưởng thôn …", "2⇥K'Brới⇥Chủ tịch Hội …": a one-word name
    if n < 2 or (not known and not (3 <= n <= 4 and tokens[i + 1].text in word_set("middle_names", lower=False)
                                      and _title_follows(tokens, i + n, text))):
        return 0
    if n >= 4 and not after_prefix and i > 0 and adjacent(tokens, i - 1, text) \
            and (tokens[i - 1].is_capitalized or tokens[i - 1].key in _ADMIN_UNITS):
        run = n  # the whole capitalised run: "phường Hoàng Văn Thụ Lê Thị Hằng" is longer than a name
        while run < 2 * MAX_NAME and adjacent(tokens, i + run - 1, text) and tokens[i + run].is_capitalized:
            run += 1
        if any(tokens[i + k].text in _surnames() and tokens[i + k + 1].text in word_set("middle_names", lower=False)
               for k in range(1 if tokens[i - 1].is_capitalized else 2, run - 2)):
            return 0  # "Huyện ủy Bảo Lâm Nông Văn Chiến", "huyện Văn Yên Hà Thị Lan": a place, then the name
    if n == 2 and i > 0 and adjacent(tokens, i - 1, text) and tokens[i - 1].key in _ADMIN_UNITS \
            and not any(_ETHNIC_OPENER.match(t.text) for t in tokens[i:i + 2]):
        return 0  # "Huyện ủy Lâm Bình", "xã Cam Lộ": a two-syllable place after its unit (not "Siu H'Lê")
    joined = " ".join(t.text for t in tokens[i:i + n])
    places = _places()  # looked up by the lengths of its entries, not tried one by one
    if any(joined[:size] in places and not (after_prefix and len(joined) > size)
           for size in _place_lengths() if size <= len(joined)):
        return 0  # "Đồng Văn", "Lai Châu"; but "ông Đồng Văn Lệ" is a person
    return n


@lru_cache(maxsize=None)
def _lead_keys() -> frozenset[str]:
    """First syllables of prefixes and titles: the lower-case tokens worth a closer look."""
    return frozenset(k[0] for name in ("prefixes", "ranks", "titles") for k in lexicon(name)) | _ACTING


# "anh", "chị", "cô", "thầy" announce a person in everyday writing but also open common words
# ("Anh hùng", "Chị Em", "Cô Tô"): the name after them must open with a known family name.
_EVERYDAY_HONORIFICS = frozenset({"anh", "chị", "cô", "thầy"})
# "Quyền Giám đốc", "quyền Chủ tịch UBND xã": an acting head; "Phó Trưởng bản": the deputy of any title
_ACTING = frozenset({"quyền", "phó"})
_LOWER_MIDDLES = frozenset({"văn", "thị"})  # "Nguyễn văn Tâm": a middle name typed in lower case


def _acting(tokens: list[Token], i: int, text: str) -> bool:
    """ "Quyền" or "Phó" opening a title ("Quyền Giám đốc Sở Nội vụ", "Phó Trưởng bản"); not the
    noun of "thẩm quyền Chủ tịch", "chính quyền xã", "ủy quyền" (a word with the syllable before it)."""
    if tokens[i].key not in _ACTING or not adjacent(tokens, i, text) or not match_lexicon(tokens, i + 1, "titles", text) \
            or tokens[i + 1].key in _ACTING:
        return False
    if tokens[i].key == "quyền" and tokens[i].text.islower() and i > 0 and tokens[i - 1].is_word:
        return False  # "thuộc quyền Chủ tịch UBND xã": in lower case only right after a comma, dash, bracket
    return not (i > 0 and adjacent(tokens, i - 1, text) and tokens[i - 1].is_word
                and is_compound([tokens[i - 1].text, tokens[i].text]))


def _sloppy_name_length(tokens: list[Token], i: int, text: str) -> int:
    """A name typed all in lower case or all in capitals after "đồng chí", "ông", "bà" ("đồng chí
    nguyễn văn hùng, phó bí thư chi bộ", "Đồng chí NGUYỄN THỊ MAI, Bí thư …"): 2-4 syllables of one
    case opening with a known family name, and only when ", <title>" follows; 0 otherwise."""
    first = tokens[i]
    lower = first.text.islower()
    if not first.is_word or not (lower or first.text.isupper() and len(first.text) > 1) \
            or first.text.capitalize() not in _surnames():
        return 0
    n = 1
    while n < 4 and adjacent(tokens, i + n - 1, text) and tokens[i + n].is_word \
            and (tokens[i + n].text.islower() if lower else tokens[i + n].text.isupper() and len(tokens[i + n].text) > 1 or
                 tokens[i + n].text.isupper() and tokens[i + n].text.capitalize() in _middles()) \
            and not match_lexicon(tokens, i + n, "titles", text):
        n += 1
    return n if n >= 2 and _title_follows(tokens, i + n, text) else 0


@lru_cache(maxsize=None)
def _middles() -> frozenset[str]:
    return word_set("middle_names", lower=False)


@lru_cache(maxsize=None)
def _link_keys() -> frozenset[str]:
    """First syllables of what may stand between a name and its title: "và", "là", "giữ chức"."""
    return frozenset(k[0] for k in lexicon("title_links")) | {"và"} | _FORMER_WORDS


@lru_cache(maxsize=None)  # one cached call without arguments: read for most capitalised tokens
def _surnames() -> frozenset[str]:
    return word_set("surnames", lower=False)


@lru_cache(maxsize=None)
def _name_stops() -> frozenset[str]:
    return word_set("name_stop_words")


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    return word_set("places", lower=False)


@lru_cache(maxsize=None)
def _place_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(place) for place in _places()}))


@lru_cache(maxsize=1)
def _entry_openings() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The entries of the rank, prefix, title and link lexicons that match at a token: the keys
    of those of one syllable, and the first two keys of the longer ones."""
    entries = [keys for name in ("ranks", "prefixes", "titles", "title_links") for keys in lexicon(name)]
    return (frozenset(keys[0] for keys in entries if len(keys) == 1),
            frozenset(keys[:2] for keys in entries if len(keys) >= 2))


def _items(text: str, tokens: list[Token]) -> list[_Item]:
    items: list[_Item] = []
    lead = _lead_keys()
    i = 0
    former_link = current_link = False  # the last item was "nguyên là" / "nay là": so is the next title
    cells = "\t" in text or "|" in text  # a table row pasted as text: rare, so looked at only then
    starters = lead | _link_keys()
    count = len(tokens)
    # the keys that open an entry of each lexicon: elsewhere its match is 0, and is not asked (speed)
    rank_roots, prefix_roots = lexicon_roots("ranks"), lexicon_roots("prefixes")
    title_roots, link_roots = lexicon_roots("titles"), lexicon_roots("title_links")
    singles, pairs = _entry_openings()
    while i < count:
        if not cells and items and items[-1].kind == "break":
            # Inside a run of tokens that start nothing (most of a paragraph): skip the rest of
            # the run at once; each would only have cleared the pending "nguyên là" / "nay là".
            j = i
            while j < count:
                t = tokens[j]
                if t.key not in starters and t.text not in _SEPARATORS and not t.text[0].isupper():
                    j += 1
                elif t.text[0].islower() and t.key not in singles and t.lower != "và" \
                        and (j + 1 == count or (t.key, tokens[j + 1].key) not in pairs) \
                        and t.key not in _FORMER_WORDS and t.key not in _ACTING:
                    # a lower-case word that opens no rank, prefix, title or link here ("các", "bộ", "hiện"):
                    # the break the steps below would give it (their first tests all fail after a break)
                    items.append(_Item("break", t.start, t.end))
                    j += 1
                else:
                    break
            if j > i:
                former_link = current_link = False
                i = j
                if i == count:
                    break
        token = tokens[i]
        if not cells:
            pass
        elif i and items and items[-1].kind != "sep" and (token.text == "|" or "\t" in text[tokens[i - 1].end:token.start]):
            # a table's cell ("1 | Nguyễn Thị A | Phó Bí thư Chi bộ | có mặt", a row pasted with tabs)
            # ends the phrase before it, as a comma does
            items.append(_Item("sep", token.start if token.text == "|" else tokens[i - 1].end,
                               token.end if token.text == "|" else token.start, ","))
            if token.text == "|":
                i += 1
                continue
        elif token.text == "|":
            i += 1
            continue
        pending_former, former_link = former_link, False
        pending_current, current_link = current_link, False
        if token.text.isdigit() and i + 2 < len(tokens) and tokens[i + 1].key == "tuổi" and tokens[i + 2].text == "," \
                and items and items[-1].kind == "sep" and items[-1].value == ",":
            i += 3  # "Lê Văn A, 90 tuổi, nguyên Bí thư …": the age stands aside
            continue
        if token.text == "(" and items and items[-1].kind == "name":
            skip = _bracket_aside(tokens, i, text)
            if skip:
                i += skip  # "Lê Văn An (SN 1965), Trưởng thôn 4": the birth year stands aside
                continue
        if items and items[-1].value in (",", "-", "–") and len(items) >= 2 and items[-2].kind == "name" \
                and token.text.islower():
            aside = _aside(tokens, i, text, items[-1].value)
            if aside:
                i += aside  # "Lê Văn A, cựu chiến binh, nguyên Trưởng Công an xã": the aside stands apart
                continue
        if token.key == "kiêm" and items and items[-1].kind in ("title", "sep") and i + 1 < len(tokens) \
                and match_lexicon(tokens, i + 1, "titles", text):
            if items[-1].kind == "title":  # "Phó Bí thư Đảng ủy kiêm Chủ tịch UBND xã"
                items.append(_Item("sep", token.start, token.end, ","))
            else:  # "…, kiêm Chủ tịch …", "(kiêm Trưởng thôn)"
                items[-1].end = token.end
            i += 1
            continue
        if not token.text[0].isupper() and token.key not in starters and token.text not in _SEPARATORS \
                and not (items and items[-1].kind == "prefix" and _sloppy_name_length(tokens, i, text)):
            # Most tokens start nothing: one "break" stands for a whole run of them.
            if not items or items[-1].kind != "break":
                items.append(_Item("break", token.start, token.end))
            i += 1
            continue
        key = token.key
        first = token.text[0]
        if (first.islower() or not token.is_word and not token.text.isupper()) \
                and key not in singles and (i + 1 == count or (key, tokens[i + 1].key) not in pairs) \
                and key not in _FORMER_WORDS and key not in _ACTING and not (items and items[-1].kind == "prefix"):
            # A lower-case word or a mark that opens no rank, prefix, title or link (its key and the
            # next one begin no entry): no name follows no prefix, so it stands for itself (speed;
            # the steps below would each find nothing).
            items.append(_plain_item(token))
            i += 1
            continue
        after_prefix = bool(items) and items[-1].kind == "prefix" \
            and text[items[-1].start:items[-1].end].lower() not in _EVERYDAY_HONORIFICS
        # Every prefix, rank, title and link opens with a starter (so do "nguyên", "quyền", "phó"):
        # at any other token (most capitalised words, commas) only a name, a separator or a break
        # can stand, and the lexicons are not walked (speed).
        lexical = key in starters
        rank = lexical and key in rank_roots and match_lexicon(tokens, i, "ranks", text)
        n = rank or (lexical and key in prefix_roots and match_lexicon(tokens, i, "prefixes", text))
        if n and not rank and after_prefix and token.is_capitalized and token.text in _surnames():
            n = 0  # "đồng chí Ông Thị Ngọc Bích": after a prefix a capitalised "Ông" is the surname, not a second honorific
        if n:
            end = tokens[i + n - 1].end
            if rank and items and items[-1].kind == "sep" and (i + n >= len(tokens) or tokens[i + n].text in _SEPARATORS):
                # "Lê Văn C, Đại tá, Chỉ huy trưởng …": a rank in the list after the name is a title
                items.append(_Item("title", token.start, end, text[token.start:end], former=pending_former))
            else:
                # "Đại tá Lê Văn C": a rank announces the person and is the first of their titles
                items.append(_Item("prefix", token.start, end, text[token.start:end] if rank else "",
                                   former=bool(rank) and pending_former))
            i += n
            continue
        if token.key in _FORMER_WORDS and i + 2 < len(tokens) and match_lexicon(tokens, i + 1, "ranks", text):
            former_link = True  # "Lê Văn A, nguyên Thiếu tướng, Phó Tư lệnh …", "Nguyên Thiếu tướng Lê Văn A"
            i += 1
            continue
        if after_prefix:
            n = name_length(tokens, i, text, True) or (token.text.isupper() and _capitals_name_length(tokens, i, text))
        else:
            n = _unannounced_name(tokens, i, text)
        if n:
            items.append(_Item("name", token.start, tokens[i + n - 1].end,
                               " ".join(t.text for t in tokens[i:i + n]).replace(" . ", ". ")))  # "Nguyễn T. Hương"
            i += n
            continue
        if not lexical:
            items.append(_plain_item(token))
            i += 1
            continue
        former = token.key in _FORMER_WORDS and i + 1 < len(tokens) and match_lexicon(tokens, i + 1, "titles", text)
        # "Quyền Giám đốc Sở …", "Phó Trưởng bản": kept in the title
        acting = not former and key in _ACTING and _acting(tokens, i, text)
        if former or acting:
            n = match_lexicon(tokens, i + 1, "titles", text) + 1
        else:
            n = match_lexicon(tokens, i, "titles", text) if key in title_roots else 0
        if acting:
            n = max(n, match_lexicon(tokens, i, "titles", text))
        generic = not n and token.key in _FORMER_WORDS and _former_leaders(tokens, i, text)
        if generic:
            former, n = True, 3  # "các đồng chí nguyên lãnh đạo tỉnh qua các thời kỳ: A, B": a post, once held
        if n and i + n + 2 < len(tokens) and tokens[i + n].key == "phụ" and tokens[i + n + 1].key == "trách" \
                and tokens[i + n + 2].is_upper_word and all(adjacent(tokens, k, text) for k in range(i + n - 1, i + n + 2)):
            n += 2  # "Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo": the body is still the title's
        if n and not former and i > 0 and tokens[i - 1].key == "đoàn" and tokens[i - 1].is_capitalized \
                and adjacent(tokens, i - 1, text):
            n = 0  # "Đoàn Chủ tịch", "Đoàn Thư ký": the presidium and the secretariat, bodies of the congress
            items.append(_Item("break", token.start, token.end))
            i += 1
            continue
        if n:
            end = extend_tail(tokens, i + n, text, stop_at=lambda j: name_length(tokens, j, text) > 0)
            if end > i + n and end + 1 < len(tokens) and name_length(tokens, end, text) == 2 \
                    and not any(_ETHNIC_OPENER.match(t.text) for t in tokens[end:end + 2]) \
                    and not _ends_with_place(tokens, i + n, end):
                end += 2  # "Hiệu trưởng Trường Đại học Hồng Đức": a short name ending a body is its place
            end += _place_rest(tokens, end, text)  # "… tỉnh Lai Châu Lò Văn Giàng": "Châu" ends the place
            end = _parent_body(tokens, i, end, text)  # "Trưởng khoa Khám bệnh, Bệnh viện Đa khoa tỉnh"
            value = text[token.start:tokens[end - 1].end]
            if value in _MEETING_ROLES:
                items.append(_Item("break", token.start, tokens[end - 1].end))  # "… làm thư ký": a role
                i = end
                continue
            if former:
                value = value[0].lower() + value[1:]  # "Nguyên Bí thư …" opening a sentence
            items.append(_Item("title", token.start, tokens[end - 1].end, value,
                               former=bool(former) or pending_former, current=pending_current, generic=generic))
            i = end
            continue
        link = match_lexicon(tokens, i, "title_links", text) if key in link_roots else 0
        if link:  # "là nguyên Phó Giám đốc …": the former word is read with the title, next
            after = i + link + (i + link < len(tokens) and tokens[i + link].key in _FORMER_WORDS)
        if link and after < len(tokens) and match_lexicon(tokens, after, "titles", text):
            # "đồng chí A là Phó Chủ tịch", "bầu đồng chí A giữ chức Phó Bí thư", "…, nay là …"
            if items and items[-1].kind == "sep" and items[-1].value in (",", "("):
                items[-1].end = tokens[i + link - 1].end  # "…, nay là …", "(nay là …)"
            else:
                items.append(_Item("sep", token.start, tokens[i + link - 1].end, ""))
            items[-1].link = True
            former_link = token.key in _FORMER_LINKS
            current_link = token.key in _CURRENT_LINKS
            i += link
            continue
        items.append(_plain_item(token))
        i += 1
    return items


def _unannounced_name(tokens: list[Token], i: int, text: str) -> int:
    """Tokens of a name opening at token i with no prefix or rank announcing it: a capitalised run
    (name_length) or a name in capitals alone in its line (_capitals_name_length); 0 when none."""
    token = tokens[i]
    # (a name opens with a capital, or in any case after "đồng chí": name_length's own first test; a
    # capitalised word that is no family name opens one only at a clause's start and when it is no
    # stop word: its second test, asked here before the call for the thousands of such words)
    if token.is_capitalized and (token.text in _surnames() or token.text[0] in "HK"
                                 or token.lower not in _name_stops() and _opens_clause(tokens, i, text)):
        n = name_length(tokens, i, text)
    else:
        n = 0
    return n or (token.text.isupper() and _capitals_name_length(tokens, i, text))


def _may_hold_name(text: str, tokens: list[Token]) -> bool:
    """Whether _items can find a name item here: every name it reads follows a prefix or a rank
    ("đồng chí", "Đại tá": a match of either lexicon) or opens by itself (_unannounced_name, the
    same test _items asks). Three paragraphs in four of the seed reports have neither, and reading them
    item by item (the detector's costliest step) found nothing (speed only)."""
    rank_roots, prefix_roots = lexicon_roots("ranks"), lexicon_roots("prefixes")
    for i, token in enumerate(tokens):
        key = token.key
        if key in rank_roots and match_lexicon(tokens, i, "ranks", text) \
                or key in prefix_roots and match_lexicon(tokens, i, "prefixes", text):
            return True
        # (a word in lower case opens no name by itself: neither capitalised nor in capitals)
        if not token.text.islower() and _unannounced_name(tokens, i, text):
            return True
    return False


def _plain_item(token: Token) -> _Item:
    """What a token that opens no name, title or link stands for: a separator, "và", or a break."""
    if token.text in _SEPARATORS:
        return _Item("sep", token.start, token.end, token.text)
    if token.lower == "và":
        return _Item("and", token.start, token.end)
    return _Item("break", token.start, token.end)


def detect_officials(text: str, tokens: list[Token] | None = None) -> list[Entity]:
    """Official mentions (titled or after "đồng chí") and untitled person candidates."""
    tokens = tokenize(text) if tokens is None else tokens
    if not _may_hold_name(text, tokens):
        return []  # no name item could be read: the items below would hold none
    items = _items(text, tokens)
    if not any(item.kind == "name" for item in items):
        return []  # every mention is a name item (most paragraphs have none): the passes below would find nothing
    claimed: set[int] = set()  # indexes of title items already given to someone
    people: dict[int, dict] = {}

    def person(j: int) -> dict:
        return people.setdefault(j, {"before": [], "after": [], "start": items[j].start, "end": items[j].end})

    # Titles written straight before a name belong to it, with the comma-chain before them; at
    # the opening of a line or sentence also across a dash or colon ("PCT UBND xã – Lâm Thị Thúy: …").
    for j, item in enumerate(items):
        if item.kind != "name" or j == 0:
            continue
        if items[j - 1].kind == "title" and _touching(text, items[j - 1], item):
            k = j - 1
        elif j >= 2 and items[j - 1].kind == "break" and items[j - 2].kind == "title" \
                and " ".join(text[items[j - 2].end:item.start].split()) in _TENURE:
            k = j - 2  # "Bí thư Chi bộ đương nhiệm Lò Văn Dũng": the tenure word is no part of the title
        elif j >= 2 and items[j - 1].kind == "sep" and items[j - 1].value in ("-", "–", ":") \
                and items[j - 2].kind == "title" and _opens_line(text, items[j - 2].start) \
                and not (to_old_tone_style(items[j - 2].value.lower()) in _MEETING_ROLE_LABELS and not items[j - 2].value.isupper()):
            # (not the minutes' field "Thư ký: Nguyễn Văn A")
            k = j - 2
        else:
            continue
        chain = [k]
        while k >= 2 and items[k - 1].kind == "sep" and items[k - 1].value in (",", "-", "–") and items[k - 2].kind == "title":
            if k >= 4 and items[k - 3].kind == "sep" and items[k - 4].kind == "name":
                break  # that title more likely ends the previous person's list
            k -= 2
            chain.append(k)
        record = person(j)
        for t in reversed(chain):
            record["before"].append(items[t])
            claimed.add(t)
        record["start"] = items[chain[-1]].start

    # A title set before "đồng chí" and the name: "Phó Bí thư Tỉnh ủy, đồng chí Lê Văn B",
    # "Bí thư Tỉnh ủy – đồng chí …", "Trưởng Ban Dân vận Tỉnh ủy đồng chí …".
    for j, item in enumerate(items):
        if item.kind != "name" or j < 2 or j in people or items[j - 1].kind != "prefix":
            continue  # the prefix may be a rank: "Giám đốc Công an tỉnh, Thiếu tướng …"
        t = j - 2
        if items[t].kind == "sep" and items[t].value in (",", "-", "–", "—") and t > 0:
            t -= 1
        title = items[t]
        if title.kind != "title" or t in claimed:
            continue
        if t >= 1 and items[t - 1].kind in ("sep", "name", "and"):
            continue  # "đồng chí A, Phó Bí thư, đồng chí B …": the title is A's
        if t >= 1 and items[t - 1].kind == "prefix" and not items[t - 1].value and j + 2 < len(items) \
                and items[j + 1].kind == "sep" and items[j + 1].value == "," and items[j + 2].kind == "title":
            continue  # "Thừa ủy quyền của đồng chí Bí thư Tỉnh ủy, đồng chí B, Phó Bí thư …": B has their own
        record = person(j)
        record["before"].append(title)
        record["start"] = title.start
        claimed.add(t)

    # A title announcing a list of names: "các đồng chí Phó Bí thư Đảng ủy Khối: A, B".
    for t, item in enumerate(items[:-2]):
        k = _listed_after(text, tokens, items, t) if item.kind == "title" and t not in claimed else 0
        if not k:
            continue
        while k < len(items) and items[k].kind == "name" and k not in people:
            if item.generic and k + 2 < len(items) and items[k + 1].kind == "sep" and items[k + 2].kind == "title":
                break  # "nguyên lãnh đạo huyện: đồng chí A, nguyên Bí thư Huyện ủy; …": each says their own post
            person(k)["before"].append(item)
            k = _next_listed(text, items, k)
        claimed.add(t)

    # Titles after a name (or a group of names sharing them).
    j = 0
    while j < len(items):
        if items[j].kind != "name":
            j += 1
            continue
        group = [j]
        k = j + 1
        while k + 1 < len(items) and items[k].kind in ("sep", "and") and items[k].value in ("", ","):
            # "A, B" and "A và đồng chí B" name a group that shares the titles after it
            step = 2 if items[k + 1].kind == "prefix" and k + 2 < len(items) else 1
            if items[k + step].kind != "name":
                break
            if step == 2 and items[k].kind == "sep" and not (j > 0 and items[j - 1].kind == "prefix"):
                break  # "Trả lời cử tri A, bà B, Trưởng phòng …": the honorific opens another person
            group.append(k + step)
            k += step + 1
        titles = []
        if k < len(items) and items[k].kind == "title" and k not in claimed and _touching(text, items[k - 1], items[k]) \
                and (items[k].former and items[k].value[0].islower()
                     or len(group) == 1 and j > 0 and items[j - 1].kind == "prefix"):
            # "Ông A nguyên Bí thư Huyện ủy": a lower-case "nguyên" ties the title on; so does a
            # name announced by "đồng chí", "ông": "đ/c Lưu Quang Vinh PCT HĐND xã nêu ý kiến"
            titles.append(k)
            claimed.add(k)
            k += 1
        # "và" joins two titles of one person ("Bí thư Chi bộ và Trưởng phòng …") unless the
        # title after it was already given to the next person ("…, và Phó Bí thư … Lê Thị A").
        while k + 1 < len(items) and items[k].kind in ("sep", "and") and items[k + 1].kind == "title" \
                and k + 1 not in claimed and (items[k].kind == "sep" or titles):
            titles.append(k + 1)
            claimed.add(k + 1)
            k += 2
        respective = len(group) == 2 and len(titles) == 2 and items[titles[0] - 1].value == "(" \
            and items[titles[1] - 1].value == "," and _chief_and_deputy(items[titles[0]].value, items[titles[1]].value)
        if titles:
            for position, g in enumerate(group):
                if position < len(group) - 1 and g in people and people[g]["before"]:
                    continue  # "Phó Chủ tịch UBND tỉnh A và ông B, Giám đốc Sở …": A has their own
                record = person(g)
                # "Các ông A, B (Trưởng bản, Phó Trưởng bản Hua Nà)": one title each, in order
                record["after"].extend(items[t] for t in ([titles[position]] if respective else titles))
                if position == len(group) - 1 or len(group) == 1:
                    record["end"] = items[titles[-1]].end
            j = k
        else:
            j += 1

    _appointed(text, tokens, items, people, claimed, person)

    # "Ủy viên Ban Thường vụ Tỉnh ủy Lê Văn A và Trần Văn B": a title before a name is announced
    # for the untitled names joined to it.
    for j, item in enumerate(items):
        record = people.get(j)
        if item.kind != "name" or not record or not record["before"] or record["after"]:
            continue
        k = j + 1
        while k + 1 < len(items) and items[k].kind in ("and", "sep") and items[k].value in ("", ","):
            step = 2 if items[k + 1].kind == "prefix" and not items[k + 1].value and k + 2 < len(items) else 1
            if items[k + step].kind != "name" or k + step in people:
                break
            if k + step + 1 < len(items) and items[k + step + 1].kind in ("sep", "and") \
                    and k + step + 2 < len(items) and items[k + step + 2].kind == "title":
                break  # the next name has titles of its own after it
            person(k + step)["before"].extend(record["before"])
            k += step + 1

    entities = []
    for j, item in enumerate(items):
        if item.kind != "name":
            continue
        record = people.get(j)
        title_items = record["before"] + record["after"] if record else []
        titles = [t.value for t in title_items]
        prefixed = j > 0 and items[j - 1].kind == "prefix"
        if prefixed and items[j - 1].value:  # a rank
            titles.insert(0, items[j - 1].value)
        start, end = (record["start"], record["end"]) if record else (item.start, item.end)
        kind = "official" if titles else "person"
        data = {"prefixed": prefixed, "name": item.value, "titles": titles, "person_id": fold(item.value)}
        if (title_items and title_items[0].former or prefixed and items[j - 1].former) \
                and not any(t.current for t in title_items):
            # "nguyên Bí thư Tỉnh ủy" is not the incumbent (each title keeps its "nguyên"), and one
            # "nguyên" covers the list after it ("nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")
            # unless "nay là" gives the current post; a rank ("Đại tá …, nguyên Chỉ huy trưởng …")
            # is kept for life and does not say otherwise
            data["former"] = True
        now = next((k for k, t in enumerate(title_items) if t.current), 0)
        if now and not data.get("former"):
            # "A, Phó Bí thư Đảng ủy xã (nay là Bí thư Đảng ủy xã)": the posts before "nay là" were held earlier
            data["earlier_titles"] = [t.value for t in title_items[:now] if not t.former]
        expanded = [expand_abbreviations(t) for t in titles]
        if expanded != titles:
            data["titles_expanded"] = expanded
        entities.append(Entity(kind, start, end, text[start:end], data))
    return entities


def _chief_and_deputy(first: str, second: str) -> bool:
    """ "Trưởng bản" and "Phó Trưởng bản Hua Nà": one office's head and deputy, which no one holds both."""
    a, b = (w.lower().split() for w in (first, second))
    if b[:1] == ["phó"]:
        b = b[1:]
    elif a[:1] == ["phó"]:
        a = a[1:]
    else:
        return False
    return a[:2] == b[:2]


_TENURE = frozenset({"đương nhiệm", "hiện nay", "hiện tại", "đương chức"})
_LIST_WORDS = frozenset({"là", "gồm", "gồm có", "gồm các", "là các"})  # "các Phó Bí thư là A và B"
_MEETING_ROLE_LABELS = frozenset({"thư ký", "thư ký hội nghị", "thư ký cuộc họp", "thư ký đại hội"})
_QUALIFIER_OPENERS = frozenset({"qua", "nhiệm", "khoá", "thời", "gồm", "tiền", "trước", "đương", "từng"})
_LIST_QUALIFIER = 6  # tokens: "qua các thời kỳ", "nhiệm kỳ 2020 - 2025" before the colon


def _listed_after(text: str, tokens: list[Token], items: list[_Item], t: int) -> int:
    """Index of the first name of a list the title at t announces ("Phó Bí thư Đảng ủy: A, B",
    "nguyên Chủ tịch UBND huyện qua các thời kỳ: A, B", "Hai đồng chí nguyên Bí thư là A và B",
    "Phó Chủ tịch UBND xã là ông A"); 0 when none does. A short lower-case qualifier may stand
    before the colon; without a colon only "là", "gồm" announce the names."""
    if to_old_tone_style(items[t].value.lower()) in _MEETING_ROLE_LABELS and not items[t].value.isupper():
        return 0  # "Thư ký: đồng chí A, Chi ủy viên": the minutes' field (in capitals it is a signer's caption)
    k = t + 1
    said = False
    while k < len(items) and (items[k].kind == "break" or k > t + 1 and items[k].value in ("-", "–")):
        k += 1  # "nhiệm kỳ 2021 - 2026"
    if k > t + 1:
        start, end = items[t + 1].start, items[k - 1].end
        said = " ".join(text[start:end].split()) in _LIST_WORDS
        first = bisect_left(tokens, start, key=lambda tok: tok.start)
        last = first
        while last < len(tokens) and tokens[last].end <= end:
            last += 1
        opener = first + (tokens[first].key == "các" and last - first > 1)
        if not said and (last - first > _LIST_QUALIFIER or tokens[opener].key not in _QUALIFIER_OPENERS or any(
                tokens[m].text in _SENTENCE_ENDS or tokens[m].text[:1].isupper() for m in range(first, last))):
            return 0  # "Bí thư Chi bộ chỉ đạo: đồng chí A …" is a verb, not a qualifier
    if k < len(items) and items[k].kind == "prefix" and not items[k].value:
        k += 1  # "gồm các đồng chí: …"
    if k < len(items) and items[k].value == ":":
        k += 1
    elif not said:
        return 0
    if k < len(items) and items[k].kind == "prefix" and not items[k].value:
        k += 1  # "là đồng chí A"
    return k if k < len(items) and items[k].kind == "name" else 0


def _next_listed(text: str, items: list[_Item], k: int) -> int:
    """The next name of a list after the name at k ("A, B", "A và đồng chí B", "A; B"), past the
    name's own titles and a short aside when the list is set off by semicolons ("Ủy viên T.Ư Đảng:
    A, Phó Chủ tịch …; B, Phó Trưởng Ban …", "A, phụ trách kinh tế; B"); len(items) at its end."""
    m = k + 1
    while m + 1 < len(items) and items[m].kind == "sep" and items[m].value in (",", "-", "–", "(") \
            and items[m + 1].kind == "title":
        m += 2
    n = m
    while n < len(items) and n - m <= 3 and items[n].kind in ("sep", "and", "break"):
        n += 1
    if n < len(items) and items[n].kind == "prefix" and not items[n].value:
        n += 1  # "…; đồng chí B"
    if n >= len(items) or items[n].kind != "name" or n == m:
        return len(items)
    gap = " ".join(text[items[m - 1].end:items[n].start].split())
    if items[n - 1].kind == "prefix":
        gap = " ".join(text[items[m - 1].end:items[n - 1].start].split())
    aside = gap.startswith(", ") and gap.endswith(";") and "." not in gap and len(gap.split()) <= _MAX_ASIDE + 1
    # "A (phụ trách kinh tế), B (phụ trách văn hóa)": a bracket of the name's own, with no title in it
    bracket = gap.startswith("(") and gap[:-1].rstrip().endswith(")") and gap[-1] in ",;" and gap.count("(") == 1 \
        and len(gap.split()) <= _MAX_ASIDE + 1 and all(items[x].kind != "title" for x in range(m, n))
    closed = m > k + 1 and items[k + 1].value == "(" and gap in ("),", ");", ") và")  # "A (Bí thư Chi bộ 2), B"
    return n if gap in (",", ";", "và") or aside or bracket or closed else len(items)


_APPOINTMENT_REACH = 12  # tokens from the name to "giữ chức": "vào Ban Chấp hành Đảng bộ xã và"
_SENTENCE_ENDS = frozenset({".", ";", "!", "?"})


def _appointed(text: str, tokens: list[Token], items: list[_Item], people: dict, claimed: set[int], person) -> None:
    """An election or appointment sentence ("Hội nghị bầu bổ sung đồng chí A vào Ban Chấp hành
    và giữ chức Phó Bí thư", "đồng chí A được Hội nghị bầu giữ chức Bí thư"): the title after the
    link goes to the nearest name before it in the sentence, with no title or other name between,
    when that name follows bầu, bổ nhiệm, chỉ định … and "đồng chí" (resources/appointment_words.txt)
    or is followed by "được" ("A được … bầu giữ chức"). Not "A đề nghị bầu người giữ chức …"."""
    if not any(item.link for item in items):
        return
    starts = [t.start for t in tokens]
    for t, item in enumerate(items):
        if item.kind != "title" or t in claimed or t < 2 or not items[t - 1].link:
            continue
        k = t - 2
        held = []  # titles between: the person's own ("điều động đồng chí A, Phó Chánh Văn phòng …, giữ chức …")
        while k >= 0 and items[k].kind != "name":
            if items[k].kind == "title":
                held.append(items[k])
            k -= 1
        if k < 0 or not held and k == t - 2:
            continue  # "A giữ chức …" (the name touches the link) is read already
        if held and not all(any(h is a for a in people.get(k, {}).get("after", ())) for h in held):
            continue  # a title between that is not the person's: the link's title is not theirs either
        first = bisect_left(starts, held[0].end if held else items[k].end)
        last = bisect_left(starts, items[t - 1].start)
        if last - first > _APPOINTMENT_REACH or any(tokens[m].text in _SENTENCE_ENDS for m in range(first, last)) \
                or "\n" in text[items[k].end:items[t - 1].start]:
            continue
        named = bisect_left(starts, items[k].start)
        passive = tokens[first].key == "được"  # "A được Hội nghị bầu giữ chức …"
        if not passive and not any(0 < (n := match_lexicon(tokens, m, "appointment_words", text)) and m + n >= named - 2
                                   for m in range(max(named - 5, 0), named)):
            continue  # "bầu đồng chí A …", "bổ nhiệm ông A …": the verb names the person
        end = t
        while end + 2 < len(items) and items[end + 1].kind == "sep" and items[end + 1].value == "," \
                and items[end + 2].kind == "title" and end + 2 not in claimed:
            end += 2  # "giữ chức Phó Bí thư Đảng ủy, Chủ tịch UBND xã"
        record = person(k)
        record["after"].extend(items[m] for m in range(t, end + 1, 2))
        claimed.update(range(t, end + 1, 2))
        record["end"] = items[end].end


def expand_abbreviations(title: str) -> str:
    """ "PCT UBND xã" → "Phó Chủ tịch Ủy ban nhân dân xã" (resources/abbreviations.txt)."""
    table = _abbreviations()
    words = title.split(" ")
    out, k = [], 0
    while k < len(words):
        pair = " ".join(words[k:k + 2]).replace(" ", "")
        if k + 1 < len(words) and words[k].isupper() and words[k + 1].isupper() and pair in table:
            out.append(table[pair])  # "UV BTV"
            k += 2
            continue
        out.append(table.get(words[k], words[k]))
        k += 1
    return " ".join(out)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    table = {}
    for line in word_list("abbreviations"):
        if "=" in line:
            short, rest = line.split("=", 1)
            table[short.strip()] = rest.split("|", 1)[0].strip()
    return table


def _capitals_name_length(tokens: list[Token], i: int, text: str) -> int:
    """A name in capitals alone in its line or column ("LÊ VĂN HÙNG" under "BÍ THƯ"), opening
    with a known family name: the signer of a block. 0 elsewhere (headings are capitals too)."""
    first = tokens[i]
    if len(first.text) < 2 or not first.text.isupper() or first.text.capitalize() not in _surnames():
        return 0
    before = text[tokens[i - 1].end:first.start] if i else "\n"
    if "\n" not in before and "  " not in before and "\t" not in before:
        return 0
    n = 1
    while n < MAX_NAME and i + n < len(tokens) and adjacent(tokens, i + n - 1, text) \
            and tokens[i + n].is_word and tokens[i + n].text.isupper():
        n += 1
    after = text[tokens[i + n - 1].end:tokens[i + n].start] if i + n < len(tokens) else "\n"
    if n < 2 or ("\n" not in after and "  " not in after and "\t" not in after):
        return 0
    return 0 if match_lexicon(tokens, i, "titles", text) or match_lexicon(tokens, i, "org_heads", text) else n


_MAX_ASIDE = 6  # words: "người dân tộc Khmer", "cựu chiến binh", "trú tại thôn 3"


def _aside(tokens: list[Token], i: int, text: str, opener: str = ",") -> int:
    """Tokens of a short lower-case phrase set between commas (or dashes) after a name, before a
    title ("Kim Văn Sóc, người dân tộc Khmer, Phó Bí thư …", "A – người dân tộc Tày – Phó Chủ tịch
    …"), the closing mark included; 0 when there is none."""
    k = i
    if (n := match_lexicon(tokens, i, "prefixes", text)) and i + n < len(tokens) and tokens[i + n].is_capitalized:
        return 0  # "cử tri A, bà B, Trưởng phòng …": another person, not an aside
    while k < len(tokens) and k - i < _MAX_ASIDE and (tokens[k].is_word or tokens[k].text.isdigit()):
        if match_lexicon(tokens, k, "titles", text) or match_lexicon(tokens, k, "ranks", text) \
                or tokens[k].key == "và" or (tokens[k].key in _FORMER_WORDS and k + 1 < len(tokens) and (
                    match_lexicon(tokens, k + 1, "titles", text) or match_lexicon(tokens, k + 1, "ranks", text))):
            return 0
        k += 1
    if k == i or k + 1 >= len(tokens) or tokens[k].text != ("," if opener == "," else opener) \
            and not (opener != "," and tokens[k].text in ("-", "–")):
        return 0
    after = k + 1 + (tokens[k + 1].key in _FORMER_WORDS)
    return k + 1 - i if after < len(tokens) and match_lexicon(tokens, after, "titles", text) else 0


def _former_leaders(tokens: list[Token], i: int, text: str) -> bool:
    """ "nguyên lãnh đạo" (former leaders of a body, named by the body after it) at i; not
    "giữ nguyên lãnh đạo cũ" (kept unchanged)."""
    return i + 3 < len(tokens) and tokens[i + 1].key == "lãnh" and tokens[i + 2].key == "đạo" \
        and tokens[i + 1].text.islower() and adjacent(tokens, i, text) and adjacent(tokens, i + 1, text) \
        and adjacent(tokens, i + 2, text) and (tokens[i + 3].is_upper_word or match_lexicon(tokens, i + 3, "org_continuation", text)) \
        and not (i > 0 and tokens[i - 1].key in ("giữ", "vẫn", "còn", "để"))


def _bracket_aside(tokens: list[Token], i: int, text: str) -> int:
    """Tokens of a short bracket after a name that holds no title ("(SN 1965)", "(65 tuổi)",
    "(dân tộc Thái)") and is followed by a comma and a title, the bracket only; 0 otherwise."""
    k = i + 1
    while k < len(tokens) and k - i <= 2 * _MAX_ASIDE and tokens[k].text != ")":  # "(sinh năm 1970, quê xã …)"
        if tokens[k].text in ("(", ".", ";") or match_lexicon(tokens, k, "titles", text) \
                or match_lexicon(tokens, k, "ranks", text) or tokens[k].key in _FORMER_WORDS:
            return 0
        k += 1
    if k >= len(tokens) or tokens[k].text != ")" or k == i + 1 or k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return 0
    after = k + 2 + (tokens[k + 2].key in _FORMER_WORDS)
    return k + 1 - i if after < len(tokens) and match_lexicon(tokens, after, "titles", text) else 0


_SUB_UNITS = frozenset({"khoa", "phòng", "đội", "trạm"})  # a title of one of these names its parent after a comma
_PARENTS = frozenset({"bệnh viện", "sở", "công an", "trường", "trung tâm", "cục", "chi cục", "viện", "văn phòng",
                      "bộ chỉ huy quân sự", "ban quản lý", "uỷ ban nhân dân", "ubnd"})


def _parent_body(tokens: list[Token], i: int, end: int, text: str) -> int:
    """End of a title of a department, ward or team followed by ", " and the body it belongs to
    ("Trưởng khoa Khám bệnh, Bệnh viện Đa khoa tỉnh", "Phó Trưởng phòng Hành chính, Sở Nội vụ");
    ``end`` unchanged otherwise."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or not any(
            tokens[k].key in _SUB_UNITS for k in range(i, min(i + 4, end))):
        return end
    n = match_lexicon(tokens, end + 1, "org_heads", text)
    head = " ".join(t.key for t in tokens[end + 1:end + 1 + n])
    if not n or head not in _PARENTS or not tokens[end + 1].text[0].isupper() or match_lexicon(tokens, end + 1, "titles", text):
        return end
    return extend_tail(tokens, end + 1 + n, text, stop_at=lambda j: name_length(tokens, j, text) > 0)


def _cell_start(tokens: list[Token], i: int, text: str) -> bool:
    """tokens[i] opens a table cell (after a tab or " | ")."""
    return i > 0 and ("\t" in text[tokens[i - 1].end:tokens[i].start] or tokens[i - 1].text == "|")


def _opens_line(text: str, start: int) -> bool:
    """Only spaces, a bullet or a sentence end stand between the line's start and ``start``."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in "\n.;:!?" or before.endswith(("\n-", "\n+", "\n–", "\n•")) \
        or before in ("-", "+", "–", "•")


def _opens_clause(tokens: list[Token], i: int, text: str) -> bool:
    return i == 0 or tokens[i - 1].text in (".", ";", ":", "!", "?") or "\n" in text[tokens[i - 1].end:tokens[i].start]


def _title_follows(tokens: list[Token], k: int, text: str) -> bool:
    """A comma or dash, then a title (maybe "nguyên" first), right after position k; or a table's
    next cell (a tab, " | ") holding a title."""
    if 0 < k < len(tokens) and "\t" in text[tokens[k - 1].end:tokens[k].start] and match_lexicon(tokens, k, "titles", text):
        return True
    if k + 1 >= len(tokens) or tokens[k].text not in (",", "-", "–", "|"):
        return False
    k += 1 + (tokens[k + 1].key in _FORMER_WORDS)
    return k < len(tokens) and bool(match_lexicon(tokens, k, "titles", text))


def _before_number(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()


def _place_rest(tokens: list[Token], end: int, text: str) -> int:
    """Syllables from ``end`` that finish a place name begun by the token before it, where the
    place's last syllable is also a family name ("Lai" + "Châu"): 0 when none does."""
    for k in (2, 1):
        if end + k < len(tokens) and all(adjacent(tokens, m, text) for m in range(end - 1, end + k - 1)) \
                and " ".join(t.text for t in tokens[end - 1:end + k]) in _places() \
                and name_length(tokens, end + k, text):
            return k
    return 0


def _ends_with_place(tokens: list[Token], first: int, end: int) -> bool:
    """The body's tail already ends in a place ("Tỉnh ủy Gia Lai"): a short name after it is a
    person ("… Gia Lai Ksor Phước"), not the end of the body's own name."""
    return any(end - k >= first and " ".join(t.text for t in tokens[end - k:end]) in _places() for k in (1, 2, 3))


def _touching(text: str, left: _Item, right: _Item) -> bool:
    between = text[left.end:right.start]
    return not between.strip()
