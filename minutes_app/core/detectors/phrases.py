"""Shared machinery of the name, title and organisation detectors: tokens and lexicon matches.

Vietnamese names of bodies and titles mix capitalised and lower-case syllables
("Đảng ủy Khối các cơ quan Trung ương", "Sở Giao thông vận tải"), so a phrase is a lexicon
head followed by a tail of capitalised syllables and known lower-case continuation words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import common_words, compound_words, is_compound
from ..reading import _JOINERS, Token, adjacent
from ..resources import word_list
from ..text import to_old_tone_style
from ..vietnamese import is_syllable


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict[tuple[str, ...], str]:
    """Entries of a resource file keyed by their lower-cased syllables (tone style folded)."""
    return {tuple(to_old_tone_style(w.lower()) for w in entry.split()): entry for entry in word_list(name)}


_END = ""  # marks, in the trie, that the syllables so far spell a whole entry


@lru_cache(maxsize=None)
def _trie(name: str) -> dict:
    """The lexicon as nested dicts keyed by syllable: a match walks it token by token."""
    root: dict = {}
    for keys in lexicon(name):
        node = root
        for key in keys:
            node = node.setdefault(key, {})
        node[_END] = True
    return root


_TRIES: dict[str, dict] = {}  # _trie's results by name, read without a cached call: tens of thousands a page


@lru_cache(maxsize=None)
def lexicon_roots(name: str) -> frozenset[str]:
    """The keys that open some entry of lexicon ``name``: at a token of any other key
    match_lexicon is 0, so a caller that asks at thousands of tokens can skip the call."""
    return frozenset(key for key in _trie(name) if key != _END)


def match_lexicon(tokens: list[Token], i: int, name: str, text: str) -> int:
    """Length in tokens of the longest lexicon entry starting at i (0 when none)."""
    trie = _TRIES.get(name)
    if trie is None:
        trie = _TRIES[name] = _trie(name)
    node = trie.get(tokens[i].key)
    if node is None:  # most tokens start no entry
        return 0
    best = 0
    j = i
    count = len(tokens)
    while True:
        if _END in node:
            best = j - i + 1
        j += 1
        if j >= count:
            break
        # the next key first: the gap before it is looked at only where the entry can go on
        node = node.get(tokens[j].key)
        if node is None or text[tokens[j - 1].end:tokens[j].start] not in _JOINERS:
            break
    return best


# (compiled once: extend_tail asks them of tokens thousands of times a report)
_NUMERAL = re.compile(r"[IVX]+|\d{1,3}")  # "Cụm II", "Tổ dân phố 12"
_TERM_NUMERAL = re.compile(r"[IVX]+|\d{1,2}")  # "khóa XIII"


def extend_tail(tokens: list[Token], i: int, text: str, stop_at) -> int:
    """Index just past the body name that continues a head ending before i.

    Takes capitalised syllables and known lower-case continuation phrases; stops where
    ``stop_at(i)`` says a person's name begins, or where a title or a document name
    ("Chương trình", "Nghị quyết") starts; "và" joins only two parts of one name
    ("Tài nguyên và Môi trường"), not two bodies.
    """
    j = i
    unit_end = -1  # just past a lower-case administrative unit read alone ("… Công an tỉnh")
    capitals = i > 0 and len(tokens[i - 1].text) > 1 and tokens[i - 1].text.isupper() and is_syllable(tokens[i - 1].text)
    while j < len(tokens) and adjacent(tokens, j - 1, text):
        token = tokens[j]
        if capitals and token.is_word and token.text.isupper() and is_syllable(token.text):
            # A title in capitals ("BÍ THƯ ĐẢNG ỦY XÃ TÂN LẬP PHÁT BIỂU"): case tells nothing, so a
            # syllable goes on only as a body's word, a unit, or the place's name after its unit.
            n = match_lexicon(tokens, j, "org_heads", text) or match_lexicon(tokens, j, "org_continuation", text)
            if n:
                j += n
                if tokens[j - 1].key in _ADMIN_UNITS:
                    unit_end = j
                continue
            if j == unit_end:
                k = j
                while k < len(tokens) and k - j < 3 and adjacent(tokens, k - 1, text) and tokens[k].text.isupper() \
                        and is_syllable(tokens[k].text) and not (
                            k + 1 < len(tokens) and adjacent(tokens, k, text)
                            and f"{tokens[k].key} {tokens[k + 1].key}" in common_words()):
                    k += 1
                j = k
            break
        if token.is_upper_word:
            if tokens[j - 1].key == "đoàn" and token.text in _DELEGATIONS:
                j += 1  # "Văn phòng Đoàn ĐBQH": the delegation is the body, not a title
                if j + 1 < len(tokens) and tokens[j].lower == "và" and tokens[j + 1].text == "HĐND":
                    j += 2  # "Đoàn ĐBQH và HĐND tỉnh": one office since 2016
                continue
            stop = stop_at(j)  # (asked once: each test below asks it of this token)
            if j > i and tokens[j - 1].text in ("-", "–") and not stop and _field_after_dash(tokens, j, text):
                j += match_lexicon(tokens, j, "org_breakers", text)  # "Tài chính - Kế hoạch"
                continue
            if stop and _school_named(tokens, i, j, text):
                k = j + 1  # "Trường THPT Lê Quý Đôn": a school named after a person ends with the name
                while k < len(tokens) and k - j < 4 and adjacent(tokens, k - 1, text) and tokens[k].is_capitalized \
                        and (k - j < 2 or not stop_at(k)) and not _starts_other(tokens, k, text):
                    k += 1
                j = k
                break
            if tokens[j - 1].key in ("sở", "phòng") and tokens[j - 1].is_capitalized and not stop \
                    and _field_after_dash(tokens, j, text):
                j += match_lexicon(tokens, j, "org_breakers", text)  # "Sở Kế hoạch và Đầu tư": a field
                continue
            if stop or _starts_other(tokens, j, text) or match_lexicon(tokens, j, "ranks", text):
                break  # "… Công an xã Hợp Thành Thiếu tá Trần Văn Lâm": the rank announces the person
            j += compound_length(tokens, j, text)
        elif token.lower == "và" and j + 1 < len(tokens) and tokens[j - 1].text == "HĐND" and tokens[j + 1].text == "UBND":
            j += 1  # "Văn phòng HĐND và UBND xã": one office of the two bodies
        elif token.lower == "và" and j + 1 < len(tokens) and adjacent(tokens, j, text):
            following = tokens[j + 1]
            if following.is_upper_word:
                if stop_at(j + 1) or _starts_other(tokens, j + 1, text) or match_lexicon(tokens, j + 1, "org_heads", text) \
                        or match_lexicon(tokens, j + 1, "ranks", text) or match_lexicon(tokens, j + 1, "prefixes", text):
                    break  # "… Công an tỉnh và Thượng tá B", "… Hội đồng và ThS. C": another person
            elif not match_lexicon(tokens, j + 1, "org_continuation", text):
                break  # "… các cơ quan và doanh nghiệp tỉnh" goes on; "… và các đồng chí" does not
            j += 1
        elif token.key in _LOWER_ACRONYMS and tokens[j - 1].text.islower():
            j += 1  # "chủ tịch ubnd xã": a body's acronym typed in lower case with the rest
        elif token.is_word and (n := match_lexicon(tokens, j, "org_continuation", text)):
            if j == unit_end and tokens[j].key not in ("thường", "khu"):  # "UBND tỉnh thường trực", "xã khu vực 2" go on
                break  # "Công an tỉnh | thông tin về …": after its unit a body goes on only with the place's name
            if _verb_read(tokens, j, n, text):
                break  # "Sở Y tế | kiểm tra công tác …", "Hội Nông dân | quản lý quỹ …": the sentence's verb
            j += n
            if n == 1 and tokens[j - 1].key in _ADMIN_UNITS and tokens[j - 1].text.islower():
                unit_end = j  # not the "thôn" of "nông thôn"
        elif token.text in ("&", "-") and j > i and j + 1 < len(tokens) and tokens[j - 1].text.isupper() \
                and tokens[j + 1].text.isupper() and tokens[j - 1].end == token.start and token.end == tokens[j + 1].start:
            j += 2  # "Sở GD&ĐT", "Sở LĐ-TB&XH": one body's acronym
        elif token.text == "," and j > i and _place_follows(
                tokens, j + 1, text, True if _village_level(tokens, i, j) else False if unit_end > i else None):
            j += 1  # "UBND xã Minh Tiến, huyện Đoan Hùng": the place goes on with the unit above it
        elif token.text in ("-", "–", ",") and j > i and _joins_parts(tokens, j, text, stop_at):
            j += 1  # "Sở Lao động - Thương binh và Xã hội", "Phòng Tài nguyên ,Môi trường"
        elif token.text.isdigit() and len(token.text) <= 3 and tokens[j - 1].end == token.start \
                and tokens[j - 1].text.isupper() and len(tokens[j - 1].text) >= 2:
            j += 1  # "Phòng PC02", "Đội CSGT 3": a unit's code glued to its letters
        elif _NUMERAL.fullmatch(token.text) and tokens[j - 1].is_word \
                and (_ends_phrase(tokens, j + 1, text) or tokens[j + 1].is_upper_word and stop_at(j + 1)
                     or tokens[j + 1].is_upper_word and match_lexicon(tokens, j + 1, "org_heads", text)
                     or tokens[j - 1].key in _NUMBERED and tokens[j - 1].text.islower()
                     and not (j + 1 < len(tokens) and tokens[j + 1].key in _COUNTED_TIME)):
            # "Cụm II", "Tổ dân phố 12": a numeral that ends the name (maybe before a person's or a
            # body's: "Ban Chỉ đạo 35 Đảng ủy xã"); after a numbered unit ("khu vực 3") whatever follows
            j += 1
        elif token.lower in ("khóa", "khoá") and j + 1 < len(tokens) and _TERM_NUMERAL.fullmatch(tokens[j + 1].text):
            j += 2  # "Đại biểu Quốc hội khóa XIII"
        elif token.lower == "số" and j + 1 < len(tokens) and tokens[j + 1].text.isdigit() \
                and (_ends_phrase(tokens, j + 2, text) or tokens[j + 2].is_upper_word and stop_at(j + 2)):
            j += 2  # "Xí nghiệp Nước sạch số 2"
        elif j == i and token.is_word and token.text.islower() and (n := match_lexicon(tokens, j, "body_nouns_lower", text)) \
                and _ends_phrase(tokens, j + n, text):
            j += n  # "…, Phó Chủ tịch hội.": the body named again in lower case
            break
        elif j == i and token.is_word and token.text.islower() and _lower_head(tokens, i, text) \
                and (n := match_lexicon(tokens, j, "org_heads", text)) and not (
                    j + n < len(tokens) and adjacent(tokens, j + n - 1, text) and tokens[j + n].is_word
                    and is_compound([tokens[j + n - 1].text, tokens[j + n].text])):
            j += n  # "chủ tịch hội nông dân xã Ea Tul": a title and its body typed in lower case (not "… báo cáo")
        elif (j > i or _ends_capitalized(tokens, j)) and j != unit_end and token.is_word and token.text.islower():
            n = _field_rest(tokens, j, text)
            if not n:
                break
            j += n  # "Trung tâm Phát triển quỹ đất tỉnh", "Ban Chỉ đạo chuyển đổi số huyện"
            unit_end = j
        else:
            break
    return j


_LOWER_ACRONYMS = frozenset({"ubnd", "hđnd", "ubmttq", "mttq", "ubkt"})
_COUNTED_TIME = frozenset({"năm", "tháng", "ngày", "tuần", "lần", "giờ", "nhiệm", "khoá", "khóa"})  # "Trưởng thôn 3 năm liền"
_NUMBERED = frozenset({"vực", "phố", "thôn", "bản", "ấp", "tổ", "đội", "khu", "xóm", "đoàn", "sở"})  # "khu vực 3"
_UNITS = (("tỉnh",), ("huyện",), ("xã",), ("phường",), ("quận",), ("thị", "trấn"), ("thị", "xã"), ("thành", "phố"),
          ("đặc", "khu"))
_MAX_FIELD = 10  # lower-case syllables of a field: "phòng chống thiên tai và tìm kiếm cứu nạn"


_SCHOOL_LEVELS = frozenset({("thpt",), ("thcs",), ("ptdtbt",), ("ptdtnt",), ("ptcs",), ("tiểu", "học"), ("mầm", "non"),
                            ("mẫu", "giáo"), ("cơ", "sở"), ("phổ", "thông"), ("đại", "học"), ("cao", "đẳng"),
                            ("nội", "trú"), ("bán", "trú"), ("liên", "cấp"), ("trung", "học")})


def _school_named(tokens: list[Token], i: int, j: int, text: str) -> bool:
    """The tail read so far is a school ("Trường", then its level: THPT, Tiểu học, Mầm non …) and
    tokens[j] opens its name: a school named after a person ("Trường THCS Nguyễn Du")."""
    if not any(tokens[m].text == "Trường" for m in range(max(i - 1, 0), j)):
        return False
    return tokens[j - 1].text == "Trường" or any(
        j - size >= i and tuple(t.key for t in tokens[j - size:j]) in _SCHOOL_LEVELS for size in (1, 2))


_UPPER_UNITS = frozenset({("huyện",), ("tỉnh",), ("quận",), ("thị", "xã"), ("thành", "phố")})


_VILLAGES = frozenset({"thôn", "bản", "ấp", "phố", "xóm", "buôn", "làng", "khóm"})
_COMMUNES = frozenset({("xã",), ("phường",), ("thị", "trấn")})


_VERB_LIKE = frozenset({"kiểm tra", "quản lý", "xây dựng", "đầu tư", "thông tin", "đào tạo", "giáo dục", "kế hoạch",
                        "chấp hành", "bảo hiểm", "tài chính", "phát triển nông thôn", "lao động"})


def _verb_read(tokens: list[Token], j: int, n: int, text: str) -> bool:
    """A continuation word that is also a verb ("kiểm tra", "quản lý", "thông tin") followed by a
    lower-case word that carries no body name on (no continuation, unit or "và"): the verb of the
    sentence, not the body's field ("Giám đốc Sở Y tế kiểm tra công tác phòng dịch")."""
    phrase = " ".join(t.key for t in tokens[j:j + n])
    if phrase not in _VERB_LIKE or not tokens[j].text.islower() or tokens[j - 1].key in _TEAM_HEADS:
        return False  # "Đoàn kiểm tra", "Ban quản lý": the field of a team
    if not any(j - k >= 0 and tokens[j - k].is_upper_word and all(tokens[m].text.islower() for m in range(j - k + 1, j))
               and compound_length(tokens, j - k, text) == k for k in (1, 2, 3)):
        return False  # inside a lower-case field already ("dự án đầu tư xây dựng công trình")
    k = j + n
    if k >= len(tokens) or not adjacent(tokens, k - 1, text) or not tokens[k].is_word or not tokens[k].text.islower():
        return False
    if phrase == "kiểm tra" and tokens[k].key in _ADMIN_UNITS:
        return True  # "Giám đốc Sở Y tế kiểm tra xã Tân Lập" (an Ủy ban Kiểm tra has its head before)
    return not (match_lexicon(tokens, k, "org_continuation", text) or tokens[k].key in ("và", "số"))


_TEAM_HEADS = frozenset({"đoàn", "ban", "tổ", "đội", "uỷ", "ủy", "hội", "phòng", "trung", "tâm"})


def _lower_head(tokens: list[Token], i: int, text: str) -> bool:
    """The title ending before i is typed all in lower case ("- chủ tịch hội nông dân xã")."""
    k, seen = i - 1, False
    while k >= 0 and tokens[k].is_word and i - k <= 4:
        if not tokens[k].text.islower():
            return False
        seen = True
        if k == 0 or not adjacent(tokens, k - 1, text):
            break
        k -= 1
    return seen


def _ends_capitalized(tokens: list[Token], j: int) -> bool:
    """The head before j ends in a capitalised body word ("Phó Trưởng đoàn đại biểu Quốc hội")."""
    return j >= 2 and tokens[j - 1].text.islower() and tokens[j - 2].is_capitalized and tokens[j - 2].key != "phó" \
        and is_compound([tokens[j - 2].text, tokens[j - 1].text]) and tokens[j - 2].key not in ("bí", "chủ", "giám", "trưởng")


def _village_level(tokens: list[Token], i: int, j: int) -> bool:
    """The body read from i to j is a village's ("Chi bộ Khu phố 4", "Trưởng thôn Tân Lập")."""
    return any(tokens[m].key in _VILLAGES for m in range(max(i - 1, 0), j))


def _place_follows(tokens: list[Token], k: int, text: str, commune: bool | None = False) -> bool:
    """A lower-case unit above the one just read and its capitalised name at k ("…, huyện Đoan
    Hùng"; after a village's body "…, phường Tân Phú" too). ``commune`` None: no unit was read
    and the body is no village's, so nothing follows."""
    if k + 1 < len(tokens) and tokens[k].text == "Quận" and tokens[k + 1].text.isdigit():
        return True  # "…, Quận 1"
    if commune is None:
        return False
    for unit in _UPPER_UNITS | (_COMMUNES if commune else frozenset()):
        size = len(unit)
        if tuple(t.key for t in tokens[k:k + size]) == unit and k + size < len(tokens) \
                and all(adjacent(tokens, m, text) for m in range(k, k + size)) and tokens[k].text.islower() \
                and tokens[k + size].is_capitalized:
            return True
    return False


def _field_rest(tokens: list[Token], j: int, text: str) -> int:
    """Tokens of a lower-case run that finishes a body's field name and ends at an administrative
    unit ("quỹ đất tỉnh", "hành chính công xã", "chợ thị trấn", "phòng, chống thiên tai xã"),
    the unit included; 0 unless every word of it is a field word (resources/body_field_words.txt:
    nouns, so a verb — "Sở Y tế kiểm tra xã Tân Lập" — never is) and it ends at a unit."""
    for m in (j + 1, j + 2):  # "Tổ công tác số 3": a numbered team named by one word
        if m + 1 < len(tokens) and tokens[m].key == "số" and tokens[m + 1].text.isdigit() and _ends_phrase(tokens, m + 2, text) \
                and all(adjacent(tokens, x, text) and tokens[x].is_word and tokens[x].text.islower() for x in range(j, m)) \
                and (m == j + 1 or is_compound([tokens[j].text, tokens[j + 1].text])) \
                and not match_lexicon(tokens, j, "body_field_stops", text):
            return m + 2 - j
    k = j
    while k < len(tokens) and k - j <= _MAX_FIELD:
        token = tokens[k]
        if token.text == "," and k > j and k + 1 < len(tokens) and tokens[k - 1].key == "phòng" and tokens[k + 1].key == "chống":
            k += 1  # "phòng, chống": one word of the field
            continue
        if k > j and token.text in ("-", "–") and k + 1 < len(tokens) and tokens[k + 1].is_upper_word \
                and text[tokens[k - 1].end:token.start] == " ":
            return k - j  # "Giáo dục nghề nghiệp - Giáo dục thường xuyên": the next field is read on
        if k > j and not adjacent(tokens, k - 1, text) or not (token.is_word and token.text.islower()):
            return 0
        for unit in _UNITS:
            size = len(unit)
            if k > j and tuple(t.key for t in tokens[k:k + size]) == unit and (size > 1 or not (
                    k + 1 < len(tokens) and adjacent(tokens, k, text) and tokens[k + 1].is_word
                    and is_compound([token.text, tokens[k + 1].text]))):
                after = k + size
                if after < len(tokens) and adjacent(tokens, after - 1, text) and tokens[after].is_word \
                        and tokens[after].text.islower() and not match_lexicon(tokens, after, "body_field_stops", text):
                    return 0  # "… xã nghèo": the unit is not the body's (but "… số xã chủ trì": a verb follows)
                return after - j
        if token.key == "và" and k > j and k + 1 < len(tokens) and adjacent(tokens, k, text) \
                and match_lexicon(tokens, k + 1, "body_field_words", text):
            k += 1  # "dân dụng và công nghiệp tỉnh", "người khuyết tật và trẻ mồ côi tỉnh"
            continue
        n = match_lexicon(tokens, k, "body_field_words", text)
        if not n:
            return 0  # "báo cáo", "kiểm tra", "tại": no field word
        k += n
    return 0


_DELEGATIONS = frozenset({"ĐBQH", "ĐBND"})
_ADMIN_UNITS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "trấn", "thôn", "bản", "ấp", "buôn", "xóm", "khóm"})


def _joins_parts(tokens: list[Token], j: int, text: str, stop_at) -> bool:
    """A dash between two capitalised parts of one name, or a comma typed against the next
    part (" ,Môi trường"): the name goes on. A comma followed by a space ends it."""
    if j + 1 >= len(tokens) or not tokens[j - 1].is_word or not tokens[j + 1].is_upper_word:
        return False
    if tokens[j].text == ",":
        glued = tokens[j].end == tokens[j + 1].start and text[tokens[j - 1].end:tokens[j].start] == " "
        if not glued and not _listed_parts(tokens, j + 1, text):
            return False
    elif text[tokens[j].end:tokens[j + 1].start] != " ":
        return False
    elif not (stop_at(j + 1) or match_lexicon(tokens, j + 1, "titles", text)) and _field_after_dash(tokens, j + 1, text):
        return True  # "Phòng Tài chính - Kế hoạch huyện", "Dân số - Kế hoạch hóa gia đình": a field, not a document
    return not (stop_at(j + 1) or _starts_other(tokens, j + 1, text))


def _field_after_dash(tokens: list[Token], j: int, text: str) -> bool:
    """A word that may open a document's name ("Kế hoạch", "Hướng dẫn") standing after a dash
    as the second field of one body: not followed by a number ("Kế hoạch số 12", "Kế hoạch 05")."""
    n = match_lexicon(tokens, j, "org_breakers", text)
    if not n or match_lexicon(tokens, j, "titles", text):
        return False
    after = tokens[j + n] if j + n < len(tokens) else None
    return after is None or not (after.lower == "số" or after.text[:1].isdigit() or after.text in ("/", ":"))


def _listed_parts(tokens: list[Token], j: int, text: str) -> bool:
    """After a comma, the rest of one name that lists its fields: "Sở Văn hóa, Thể thao và Du lịch".
    Capitalised syllables (no new body) up to "và" and one more capitalised part."""
    k = j
    while k < len(tokens) and k < j + 4 and tokens[k].is_upper_word and not match_lexicon(tokens, k, "org_heads", text):
        if k > j and not adjacent(tokens, k - 1, text):
            return False
        k += compound_length(tokens, k, text)
    return k > j and k + 1 < len(tokens) and tokens[k].lower == "và" and adjacent(tokens, k - 1, text) \
        and adjacent(tokens, k, text) and tokens[k + 1].is_upper_word and not match_lexicon(tokens, k + 1, "org_heads", text)


def compound_length(tokens: list[Token], j: int, text: str) -> int:
    """1 + the lower-case syllables that finish the word tokens[j] begins ("Đảng" + "ủy")."""
    for n in (3, 2):
        if j + n <= len(tokens) and all(adjacent(tokens, k, text) for k in range(j, j + n - 1)):
            following = tokens[j + 1:j + n]
            # (is_compound on the tokens' keys, already lower-cased and tone-folded one by one)
            if all(t.is_word and t.text.islower() for t in following) \
                    and " ".join([t.key for t in tokens[j:j + n]]) in compound_words():
                return n
    return 1


def _ends_phrase(tokens: list[Token], j: int, text: str) -> bool:
    """True at the end of the text or before punctuation: the numeral closes the name."""
    return j >= len(tokens) or not adjacent(tokens, j - 1, text) or not tokens[j].is_word


def _starts_other(tokens: list[Token], j: int, text: str) -> bool:
    return bool(match_lexicon(tokens, j, "titles", text) or match_lexicon(tokens, j, "org_breakers", text))
