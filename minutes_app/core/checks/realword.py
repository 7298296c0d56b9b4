"""Real-word errors: a correctly spelt syllable in the wrong place ("sử lý", "chiến lượt",
"quyết đinh", "đồng trí"), which no syllable dictionary can catch.

Read on the shared word segmentation. A syllable is suspect only when it forms no word of
the Viet74K list with either neighbour and is not a very common word on its own (là, đã,
việc: resources/syllables_standalone.txt, with how often each stands alone); it is flagged
when one confusion of sound or keyboard (vietnamese.confusable_variants) makes it a common
word with a neighbour that is itself a word alone. Next to a free-standing word, or when the
syllable itself sometimes stands alone, only a confusion of sounds counts (a swapped onset or
final, hỏi for ngã). A strong word of these reports or of running text (words_administrative,
words_frequent) is believed even next to a free-standing word ("thông nhất" → "thống nhất"),
and for a common syllable when its neighbour is not common alone ("tính nhiệm" → "tín
nhiệm"); function words (các, là, của) are never questioned. Where the text
already reads as words ("khẩn trương | trình") nothing is said. Capitalised syllables are
read only at a sentence start (elsewhere they are names), as candidates and as neighbours.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ..lexicon import common_words, compound_words, standalone_counts, syllable_word_counts
from ..model import Severity
from ..reading import Reading
from ..resources import word_list, word_pairs, word_set
from ..text import to_old_tone_style
from ..vietnamese import (
    HOI_NGA,
    SOUND_CONFUSIONS,
    TYPO,
    _match_case,
    confusable_variants,
    is_syllable,
    lost_u_horn_twin,
    substituted_syllables,
)
from .registry import Example, Issue, ParagraphContext, rule


@rule("real-word", severity=Severity.WARNING, title="Từ viết nhầm thành từ khác", examples=(
    Example("Các chi bộ đã kiểm điểm, đánh giá, sếp loại đảng viên cuối năm.", "sếp", "xếp"),
    Example("Tổng sản lương lương thực cả năm ước đạt 52.000 tấn.", "lương", "lượng"),
    Example("Chi bộ ban hành quyết đinh kết nạp đảng viên.", "đinh", "định"),
    Example("Đồng chí Bí thư đề nghị các đồng trí tiếp tục cố gắng.", "trí", "chí"),
    Example("Đảng viên phải gương mẫu, giữ gìn đạo đức, lối xống trong sạch.", "xống", "sống"),
    Example("Tổ chức đối thoại về công tác dải phóng mặt bằng.", "dải", "giải"),
    Example("Chi ủy tăng cường dám sát việc thực hiện nghị quyết.", "dám", "giám"),
    Example("Đồng chí khẩn trương trình bày báo cáo."),
    Example("Chi bộ đã xử lý dứt điểm các vụ việc phát sinh."),
    Example("Đồng chí Nguyễn Văn Sử phát biểu ý kiến."),
    Example("Kết quả đánh giá chất lượng tổ chức cơ sở đảng năm 2024."),
    Example("Người dân có thẻ BHYT được khám chữa bệnh miễn phí."),
    # a head a number counts is the unit meant ("gió mưa" is no fix of it)
    Example("Đo được 95 mm sau 6 giờ mưa, mực nước hồ vượt báo động."),
    Example("Chi hội vận động hội viên tiết kiệm bằng cách góp tiền, thóc để gây quỹ."),
))
def real_word(ctx: ParagraphContext) -> Iterator[Issue]:
    reading = ctx.reading
    tokens = reading.tokens
    in_word = reading.in_known_word
    used: set[int] = set()
    alone = _standalone()
    for i, token in enumerate(tokens):
        # most syllables sit in a known word; of the others, a mark or a function word (các, là, của)
        # is passed over here, before the call (_candidate's own first test)
        if in_word[i] or i in used or not token.is_word or alone.get(token.key, 0) >= _FUNCTION_WORD \
                or not _candidate(reading, i):
            continue
        best = _best_variant(reading, i)
        if best is None and (three := _three_syllable_word(reading, i)):
            variant, first, last = three  # "chuyển đổi sổ" → "chuyển đổi số": a word of three syllables
            fixed = _match_case(token.text, variant)
            shown = " ".join(fixed if k == i else tokens[k].text for k in range(first, last))
            written = reading.text[tokens[first].start:tokens[last - 1].end]
            used.update(range(first, last))
            yield Issue(token.start, token.end, f"“{written}” không phải là từ; có lẽ là “{shown}”.", fixed)
            continue
        if best is None:
            twin = _function_twin(token.key)
            if twin:  # "xã đả hoàn thành", "sẻ tổ chức": the word alone is a function word's twin
                fixed = _match_case(token.text, twin)
                yield Issue(token.start, token.end, f"“{token.text}” không đứng một mình được; có lẽ là “{fixed}”.", fixed)
                continue
            repaired = lost_u_horn_twin(token.lower)
            if repaired:  # "vợt kế hoạch", "ngời lao động": a legacy font dropped the ư
                fixed = _match_case(token.text, repaired)
                yield Issue(token.start, token.end, f"“{token.text}” có lẽ là “{fixed}” bị mất chữ “ư” (lỗi thường gặp "
                            f"khi chuyển văn bản phông chữ cũ TCVN3 sang Unicode).", fixed)
            continue
        variant, partner = best
        used.update((i, partner))
        fixed = _match_case(token.text, variant)
        pair = sorted((i, partner))
        shown = " ".join(fixed if k == i else tokens[k].text for k in pair)
        written = reading.text[tokens[pair[0]].start:tokens[pair[1]].end]
        yield Issue(token.start, token.end, f"“{written}” không phải là từ; có lẽ là “{shown}”.", fixed)


def _compared_at_most(reading: Reading, i: int) -> bool:
    """Token i stands before "nhất" in a sentence that compares by another word at its most ("ít nhất", "thấp
    nhất")."""
    tokens = reading.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].key != "nhất":
        return False
    start, end = next(((a, b) for a, b in reading.sentences if a <= tokens[i].start < b), (0, len(reading.text)))
    return any(tokens[k].key == "nhất" and start <= tokens[k].start < end and _standalone().get(tokens[k - 1].key, 0)
               and tokens[k - 1].is_word for k in range(1, len(tokens)) if k not in (i, i + 1))


def _three_syllable_word(reading: Reading, i: int) -> tuple[str, int, int] | None:
    """The one confusable variant of token i that makes a common word of three syllables with its
    two neighbours on one side or one on each ("chuyển đổi sổ" → "chuyển đổi số"), with the
    window's first and end token; None when none or several do."""
    tokens = reading.tokens
    words = common_words()
    pairs = _three_syllable_pairs()
    found = set()
    for first, others in ((i - 2, (i - 2, i - 1)), (i - 1, (i - 1, i + 1)), (i, (i + 1, i + 2))):
        last = first + 3
        if first < 0 or last > len(tokens):
            continue
        if (tokens[others[0]].key, tokens[others[1]].key) not in pairs[i - first]:
            continue  # the two other syllables are in no common three-syllable word there (most windows)
        if not _joined(reading, first, last) \
                or not all(_readable_case(reading, k) for k in range(first, last) if k != i):
            continue
        if i == last - 1 and not _boundary(reading, last) or i == first and not _boundary(reading, first - 1):
            continue  # "chuyển đổi sổ đỏ": the syllable may make a word with the one beyond the window
        if i != first + 1 and _alone_count(reading, i) >= _COMMON_ALONE \
                and f"{tokens[others[0]].key} {tokens[others[1]].key}" in compound_words():
            continue  # "nhận bằng danh dự": a word common alone beside a word of two reads as two words already
        keys = [tokens[k].key for k in range(first, last)]
        for key, (variant, rank) in _variant_keys(tokens[i].lower).items():
            if rank != TYPO:
                window = " ".join(key if k == i else keys[k - first] for k in range(first, last))
                if window in words:
                    found.add((variant, first, last))
    return found.pop() if len(found) == 1 else None  # one variant in one window, or no fix


@lru_cache(maxsize=1)
def _three_syllable_pairs() -> tuple[frozenset, frozenset, frozenset]:
    """For each place of a syllable in a common word of three (first, middle, last), the pairs the
    other two syllables make: a window whose other two make no such pair needs no variant tried."""
    triples = [word.split(" ") for word in common_words() if word.count(" ") == 2]
    return tuple(frozenset(tuple(t[k] for k in range(3) if k != place) for t in triples) for place in range(3))


def _boundary(reading: Reading, k: int) -> bool:
    """Nothing at k could take a syllable next to it into a word: the text's edge, a mark, a
    capital, or a word seen alone often (trong, của, và)."""
    tokens = reading.tokens
    if not 0 <= k < len(tokens) or not tokens[k].is_word or not tokens[k].text.islower():
        return True
    return _standalone().get(tokens[k].key, 0) >= _COMMON_ALONE


def _candidate(reading: Reading, i: int) -> bool:
    """A syllable that stands alone as a word, with no known word formed with a neighbour
    (the caller skips syllables inside known words); how common it is alone is weighed
    against each neighbour in _fits."""
    token = reading.tokens[i]
    if len(token.text) < 2 or not token.is_word or _standalone().get(token.key, 0) >= _FUNCTION_WORD:
        return False
    if _names_an_acronym(reading, i):
        return False  # "có thẻ BHYT", "cấp sổ BHXH": the noun of the acronym after it, not "có thể"
    if _heads_a_place_name(reading, i) or _counted_by_a_number(reading, i) or _makes_a_common_word(reading, i):
        return False
    before = reading.tokens[i - 1] if i else None
    if before is not None and len(before.text) == 1 and before.is_word and reading.adjacent(i - 1) \
            and is_syllable(before.text + token.text):
        return False  # "Đ ảng": a word split by a space (split-word says so), not a wrong syllable
    return (token.text.islower() or _readable_case(reading, i)) and is_syllable(token.text)


def _names_an_acronym(reading: Reading, i: int) -> bool:
    """ "có thẻ BHYT", "cấp sổ BHXH": the syllable is the noun the acronym after it completes. Not
    before a body's acronym, which a title precedes ("Chủ tịt UBND xã" is "Chủ tịch UBND")."""
    after = reading.tokens[i + 1] if i + 1 < len(reading.tokens) else None
    # (the word's own tests first: most syllables are followed by no acronym)
    return after is not None and len(after.text) >= 2 and after.text.isupper() and after.is_word \
        and reading.adjacent(i) and after.text not in _body_acronyms()


def _counted_by_a_number(reading: Reading, i: int) -> bool:
    """ "12 giờ mưa", "3 tháng hè", "40 tấn lúa": a noun head a number counts (resources/quantity_heads.txt, one
    syllable) right after the number is the unit meant, not a slip making a word with the syllable after it."""
    before = reading.tokens[i - 1] if i else None
    return before is not None and before.text[:1].isdigit() and reading.adjacent(i - 1) \
        and reading.tokens[i].key in _counted_heads()


@lru_cache(maxsize=1)
def _counted_heads() -> frozenset[str]:
    """The one-syllable heads of resources/quantity_heads.txt (giờ, tháng, tấn, hộ), keyed like tokens."""
    heads = (line.split("|", 1)[0].strip().lower() for line in word_list("quantity_heads"))
    return frozenset(to_old_tone_style(head) for head in heads if head and " " not in head)


def _heads_a_place_name(reading: Reading, i: int) -> bool:
    """ "tỉnh Bắc Giang", "xã Tân Phú", "công tác dân tộc tỉnh Lạng Sơn": an administrative noun
    (resources/capitalization_place_nouns.txt) right before a capitalised name heads that name; it
    is the word meant, not a slip of "tình" or "tính" made with the word before it."""
    after = reading.tokens[i + 1] if i + 1 < len(reading.tokens) else None
    return after is not None and reading.tokens[i].key in _place_heads() and after.is_word \
        and after.is_capitalized and reading.adjacent(i)


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """The one-syllable place nouns and the last syllable of the longer ones (thị trấn → trấn)."""
    return frozenset(to_old_tone_style(place.rsplit(" ", 1)[-1]) for place in word_set("capitalization_place_nouns"))


def _makes_a_common_word(reading: Reading, i: int) -> bool:
    """The syllable makes, with a neighbour, a common word (the very list the fixes come from) that
    the segmentation's dictionary lacks ("sách báo", "luật tục"), or one written with its two
    syllables swapped ("sẻ chia" beside "chia sẻ", "thương yêu"): the writer's own word, no slip.
    Unless a variant makes a strong word with the same neighbour: the common list holds a few slips
    seen often in print ("chị bộ" for "chi bộ")."""
    tokens = reading.tokens
    # (the common words, not any dictionary word: "nông thông" is no "thông nông"; by syllable, no string joined)
    lefts, rights = _common_pairs()
    key = tokens[i].key
    before, after = lefts.get(key, _NONE), rights.get(key, _NONE)  # "other key", "key other": either order counts
    if not (before or after):
        return False
    for partner in (i - 1, i + 1):
        if 0 <= partner < len(tokens) and tokens[partner].is_word \
                and (tokens[partner].key in before or tokens[partner].key in after) \
                and _joined(reading, min(i, partner), max(i, partner) + 1) \
                and not (_strong_pairs()[partner < i].get(tokens[partner].key, set())
                         & _variant_keys(tokens[i].lower).keys()):
            return True
    return False


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _body_acronyms() -> frozenset[str]:
    """Acronyms of bodies (resources/abbreviations.txt, kind body): UBND, HĐND, MTTQ …"""
    return frozenset(line.split("=", 1)[0].strip() for line in word_list("abbreviations")
                     if "=" in line and line.rsplit("|", 1)[-1].strip() == "body")


_COMMON_ALONE = 10  # times seen alone in the VLSP sample: questioned only for a strong word
_FUNCTION_WORD = 300  # các, là, của, đã: never questioned


@lru_cache(maxsize=1)
def _strong_pairs() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Two-syllable words strong enough to be believed next to a word that stands alone: the
    words of these reports (words_administrative.txt, and the common words of the levels and
    options minutes count by, classification_levels.txt: "đồng ý", "xuất sắc", "trung bình",
    which the small running-text sample may see too seldom) and those frequent in running text
    (words_frequent.txt), indexed like _common_pairs."""
    from ..quantities.levels import classification_levels

    words = {to_old_tone_style(w.lower()) for w in word_list("words_administrative")}
    words.update(line.rsplit(" ", 1)[0] for line in word_list("words_frequent"))
    common = common_words()
    for level in (level for group in classification_levels() for level in group):
        syllables = to_old_tone_style(level.replace(",", " ")).split()
        words.update(pair for k in range(len(syllables) - 1) if (pair := " ".join(syllables[k:k + 2])) in common)
    return _pair_index(words)


_standalone = standalone_counts


def _alone_count(reading: Reading, i: int) -> int:
    """How often token i's syllable stands alone; in a sentence of the field it is a word of (resources/
    realword_senses.txt: "đậu", "đỗ" beside "thi", "tốt nghiệp", "thủ khoa"), at least sometimes: then a mark
    away from a merely common word is no slip ("em đậu" is no "em dâu"), a strong word still is ("bắt đậu")."""
    key = reading.tokens[i].key
    count = _standalone().get(key, 0)
    cues = _senses().get(key)
    if cues is None or count:
        return count
    start, end = reading.sentence_at(reading.tokens[i].start)
    here = reading.word_index(i)
    for w, word in enumerate(reading.words):
        if w != here and start <= word.start < end and word.key in cues:
            return _SOMETIMES_ALONE
    return count


_SOMETIMES_ALONE = 1


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    """Syllable → the words of the field in which it is a word of its own (resources/realword_senses.txt)."""
    senses: dict[str, frozenset[str]] = {}
    for line in word_list("realword_senses"):
        syllables, _, cues = line.partition("|")
        words = frozenset(to_old_tone_style(cue.strip().lower()) for cue in cues.split(",") if cue.strip())
        for syllable in syllables.split():
            senses[to_old_tone_style(syllable.lower())] = words
    return senses


@lru_cache(maxsize=1)
def _common_pairs() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Two-syllable common words as lookups: (right syllable → the left ones it follows,
    left syllable → the right ones after it). Indexed by which side token i is on."""
    return _pair_index(common_words())


def _pair_index(words) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The two-syllable words as (right syllable → the left ones, left syllable → the right ones),
    read once per process (~20k words: built in one pass, its sets only asked what they hold)."""
    lefts: dict[str, set[str]] = {}
    rights: dict[str, set[str]] = {}
    for word in words:
        if word.count(" ") == 1:
            left, right = word.split(" ")
            found = lefts.get(right)
            if found is None:
                lefts[right] = {left}
            else:
                found.add(left)
            found = rights.get(left)
            if found is None:
                rights[left] = {right}
            else:
                found.add(right)
    return lefts, rights


_FUNCTION_TWIN = 50  # a word seen alone this often (đã, sẽ, cũng, vẫn, rõ) has a hỏi/ngã twin worth naming


@lru_cache(maxsize=8192)
def _function_twin(key: str) -> str | None:
    """The frequent word alone (đã, sẽ, cũng, vẫn, những) that a syllable never seen alone
    spells with hỏi for ngã or back (đả, sẻ, củng, vẩn, nhửng); None otherwise. The caller
    has made sure the syllable forms no word with a neighbour (not "đả kích", "chia sẻ")."""
    if key in _standalone():
        return None
    twins = [v for v, rank in confusable_variants(key) if rank == HOI_NGA
             and _standalone().get(to_old_tone_style(v), 0) >= _FUNCTION_TWIN]
    return twins[0] if len(twins) == 1 else None


@lru_cache(maxsize=8192)
def _variant_keys(lower: str) -> dict[str, tuple[str, int]]:
    return {to_old_tone_style(variant): (variant, rank) for variant, rank in confusable_variants(lower)}


def _readable_case(reading: Reading, i: int) -> bool:
    token = reading.tokens[i]
    if token.text.islower():
        return True
    start = reading.sentence_at(token.start)[0]
    return token.is_capitalized and token.start == start


# Capitalised words that open an office or the Party, never a name: read as neighbours mid-sentence
# ("Ban Thường vụ Đảng ủi xã" → "Đảng ủy", "Phó Chủ tích UBND" → "Chủ tịch")
_OFFICE_OPENERS = frozenset({"đảng", "chủ", "phó", "bí", "uỷ", "chánh", "giám"})


def _capitalised_office(token) -> bool:
    return token.is_capitalized and token.key in _OFFICE_OPENERS


def _joined(reading: Reading, a: int, b: int) -> bool:
    return all(reading.tokens[k].is_word and reading.adjacent(k) for k in range(a, b - 1))


def _best_variant(reading: Reading, i: int, known: bool = True) -> tuple[str, int] | None:
    """The variant of token i that makes a common word with a lone neighbour (lower case, or
    capitalised opening the sentence: "Chính chị" → "Chính trị"), and that neighbour's index;
    None when there is none, or more than one of the likeliest rank. ``known`` False: token i
    is no syllable at all (the spelling check asks which fix its neighbours point to)."""
    tokens = reading.tokens
    found: list[tuple[int, str, int]] = []
    alone = _alone_count(reading, i) if known else 0
    for partner in (i - 1, i + 1):
        if not 0 <= partner < len(tokens):
            continue
        neighbour = tokens[partner]
        if _degree_phrase(reading, i, partner):
            continue  # "dân cư đông nhất", "rất xa": an adjective with its degree, not "đồng nhất"
        if partner < i and _quantifies_the_next(reading, i):
            continue  # "hơn nửa nhiệm kỳ": "nửa" goes with its noun, not "hơn nữa"
        if partner > i and _shares_out_a_count(reading, i):
            continue  # "3 dự án mỗi trường": each school, not "môi trường"
        fits = _fits(tokens[i].lower, neighbour.key, partner < i, alone)
        if not fits or not _joined(reading, min(i, partner), max(i, partner) + 1) \
                or not (_readable_case(reading, partner) or _capitalised_office(neighbour)):
            continue
        if reading.words[reading.word_index(partner)].size > 1:
            # The neighbour sits in another word ("lảnh | đạo nhân | dân"): only a strong word
            # that reads the stretch in fewer words ("lãnh đạo | nhân dân") takes it back.
            fits = tuple(f for f in fits if _regroups(reading, i, partner, f[1]))
        found.extend((rank, variant, partner) for rank, variant in fits)
    if not found:
        return None
    top = min(rank for rank, _, _ in found)
    best = {(variant, partner) for rank, variant, partner in found if rank == top}
    if len({v for v, _ in best}) != 1:
        return None
    variant, partner = best.pop()
    if known and _partner_is_the_slip(reading, i, partner, variant):
        return None  # "trông cây": "trồng cây" as likely as "trông cậy", so which syllable slipped is unknown
    return variant, partner


def _partner_is_the_slip(reading: Reading, i: int, partner: int, variant: str) -> bool:
    """The partner, read as the slip instead, makes a common word with token i as written by one
    confusion of sounds or marks, as strong a word as the fix found: "Tết trông cây" is "trồng cây"
    as much as "trông cậy". A strong fix against a weaker other reading stays ("khó khan" is
    "khó khăn", not "khô khan")."""
    tokens = reading.tokens
    if not tokens[partner].text.islower():
        return False
    pairs = _common_pairs()[partner > i].get(tokens[i].key, ())
    others = [key for key, (_, rank) in _variant_keys(tokens[partner].lower).items() if rank != TYPO and key in pairs]
    if not others:
        return False
    strong = _strong_words()
    key = to_old_tone_style(variant)
    fix = f"{key} {tokens[partner].key}" if partner > i else f"{tokens[partner].key} {key}"
    if fix not in strong:
        return True
    return any((f"{tokens[i].key} {other}" if partner > i else f"{other} {tokens[i].key}") in strong for other in others)


def _quantifies_the_next(reading: Reading, i: int) -> bool:
    """Token i counts the word right after it (resources/quantifier_words.txt): "nửa nhiệm kỳ"."""
    tokens = reading.tokens
    return tokens[i].key in _quantifiers() and i + 1 < len(tokens) and tokens[i + 1].is_word \
        and tokens[i + 1].text.islower() and _joined(reading, i, i + 2)




def _shares_out_a_count(reading: Reading, i: int) -> bool:
    """Token i is a quantifier (resources/quantifier_words.txt) in a rate per unit: a count stands
    within its clause, a few words before it ("bình quân 3 dự án mỗi trường", "2 suất quà cho từng hộ")
    or after its noun ("mỗi xã có 5 tổ", "mỗi trường 2 phòng"). The noun after it is then counted by it,
    whatever word it would make with it otherwise ("môi trường"); a year or a date is no count."""
    tokens = reading.tokens
    if tokens[i].key not in _quantifiers():
        return False
    for step, first in ((-1, i - 1), (1, i + 2)):
        k = first
        for _ in range(4):
            if not 0 <= k < len(tokens):
                break
            token = tokens[k]
            if not token.is_word:
                if not token.text[:1].isdigit():
                    break  # a mark ends the clause
                return not (k and tokens[k - 1].key in _time_words())
            k += step
    return False


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """The one-word times and orders of resources/time_words.txt ("năm", "quý", "lần"), keyed as tokens are."""
    return frozenset(to_old_tone_style(word) for word, _ in word_pairs("time_words") if " " not in word)


@lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    return frozenset(to_old_tone_style(word) for word in word_set("quantifier_words"))


def _degree_phrase(reading: Reading, i: int, partner: int) -> bool:
    """Token i is an adjective of degree read with its degree word, not a slip for a word with the partner: the
    partner is that word of degree on its side ("đông nhất", "cao hơn", "rất xa"); or token i stands before "nhất"
    in a sentence that compares by another word at its most ("chi hội đông nhất có 43 hội viên, chi hội ít nhất có
    22"), where it is an adjective at its most with either neighbour, no "hội đồng" more than "đồng nhất"."""
    tokens = reading.tokens
    if tokens[i].key not in _gradable_adjectives():
        return False
    return _degree_words().get(tokens[partner].key) == ("after" if partner > i else "before") \
        or _compared_at_most(reading, i)


@lru_cache(maxsize=1)
def _gradable_adjectives() -> frozenset[str]:
    return frozenset(to_old_tone_style(word) for word in word_set("gradable_adjectives"))


@lru_cache(maxsize=1)
def _degree_words() -> dict[str, str]:
    """Word of degree → the side of the adjective it stands on (resources/degree_words.txt)."""
    return {word: side for word, side in (line.lower().rsplit(" ", 1) for line in word_list("degree_words"))}


def _regroups(reading: Reading, i: int, partner: int, variant: str) -> bool:
    """With ``variant`` for token i, the strong word it makes with the partner and the rest of
    the partner's word read as fewer words than now."""
    tokens = reading.tokens
    key = to_old_tone_style(variant)
    pair = f"{key} {tokens[partner].key}" if partner > i else f"{tokens[partner].key} {key}"
    if pair not in _strong_words():
        return False
    # the words from token i's through the one beyond the partner's ("lảnh | đạo nhân | dân")
    w_i, w_p = reading.word_index(i), reading.word_index(partner)
    a, b = (w_i, w_p + 1) if partner > i else (w_p - 1, w_i)
    a, b = max(a, 0), min(b, len(reading.words) - 1)
    words = reading.words[a:b + 1]
    if not all(tokens[w.first].is_word for w in words) or not _joined(reading, words[0].first, words[-1].last):
        words = reading.words[min(w_i, w_p):max(w_i, w_p) + 1]
    first, last = words[0].first, words[-1].last
    keys = [key if k == i else tokens[k].key for k in range(first, last)]
    fewest = _fewest_words(tuple(keys))
    if fewest < len(words):
        return True
    # as many words, but the partner now sits in a rare dictionary word ("than | tra của" against
    # "thanh tra | của"): the strong word reads better, unless the syllable is itself a word often
    # seen alone ("thân nhân | lúc ốm đau" is not "thân | nhân lực")
    return fewest == len(words) and reading.words[w_p].key not in common_words() \
        and _standalone().get(tokens[i].key, 0) < _COMMON_ALONE


@lru_cache(maxsize=1)
def _strong_words() -> frozenset[str]:
    lefts, _ = _strong_pairs()
    return frozenset(f"{left} {right}" for right, ls in lefts.items() for left in ls)


def _fewest_words(keys: tuple[str, ...]) -> int:
    """The fewest known words covering the syllables (Reading's segmentation, on keys)."""
    known = compound_words()
    best = [0] * (len(keys) + 1)
    for k in range(len(keys) - 1, -1, -1):
        best[k] = best[k + 1] + 1
        for m in range(k + 2, min(len(keys), k + 4) + 1):
            if " ".join(keys[k:m]) in known:
                best[k] = min(best[k], best[m] + 1)
    return best[0]


@lru_cache(maxsize=65536)
def _fits(lower: str, neighbour: str, after: bool, alone: int) -> tuple[tuple[int, str], ...]:
    """(rank, variant) for each variant of syllable ``lower`` that makes a word with the
    neighbour's syllable (``after``: token i comes after it), for a syllable seen ``alone``
    times as a word on its own."""
    # A strong word (thống nhất, kịp thời, tín nhiệm) made by one confusion of marks, sounds or
    # keys is believed beside a free word ("thông nhất"), and even for a common syllable when
    # its neighbour is not common alone ("tính nhiệm", "địa bản"; not "dân vẫn" → "dân vận").
    strong = _strong_pairs()[after].get(neighbour, ())
    # Next to a word that stands alone ("sang", "để"), only a confusion of sounds is
    # likely (đồng trí → đồng chí): "sang trồng" is "sang | trồng", not "sang trọng".
    free = neighbour in _standalone()
    common_partner = _standalone().get(neighbour, 0) >= _COMMON_ALONE
    # A syllable that is sometimes a word alone (lượt, việt) is questioned for a common word
    # only next to one that is not (chiến lượt → chiến lược), and only for a confusion of
    # sounds; a common one (các, tính) only for a strong word.
    weak = alone and (free or alone >= _COMMON_ALONE)
    fitting = () if weak else _common_pairs()[after].get(neighbour, ())
    if not fitting and not strong:
        return ()
    fits = []
    for key, (variant, rank) in _variant_keys(lower).items():
        if rank == TYPO and _builds_many_words(lower):
            continue  # "canh chua", "cá hấp": a letter off a word this common is not "chanh chua", "cám hấp"
        if key in strong and (rank != TYPO or not alone) and (alone < _COMMON_ALONE or not common_partner):
            fits.append((rank, variant))
        elif key in fitting and not ((free or alone or _builds_many_words(lower)) and rank not in SOUND_CONFUSIONS):
            # (a syllable of a hundred words, "cây", is a word of its own in everyday text that the legal sample may
            # not have seen alone: another mark makes it a merely common word only by chance, "Tết trồng cây" is no
            # "trông cậy"; a swapped sound still counts, "lông nghiệp")
            fits.append((rank, variant))
    return tuple(fits)


_MANY_WORDS = 100  # canh, cá, lương build more known words than that; chông, tị, kiết a few dozen at most


def _builds_many_words(lower: str) -> bool:
    """A syllable in a hundred or more known words (Viet74K): a common word of everyday text itself (canh, cá),
    which the legal sample of syllables_standalone.txt may not have seen alone; one letter more or less making
    another word of it is more likely the text's own word than a slip."""
    return syllable_word_counts().get(to_old_tone_style(lower), 0) >= _MANY_WORDS


def context_fix(reading: Reading, i: int) -> str | None:
    """For a syllable no dictionary knows, the confusable spelling that makes a common word
    with a neighbour ("chiển khai" → "triển", "chũ trì" → "chủ"), in its case; else None."""
    token = reading.tokens[i]
    if not token.is_word or not _readable_case(reading, i):
        return None
    best = _best_variant(reading, i, known=False)
    if best is None:
        best = _substitution_fix(reading, i)
    return _match_case(token.text, best[0]) if best else None


def _substitution_fix(reading: Reading, i: int) -> tuple[str, int] | None:
    """For a non-word written with Vietnamese marks, the one syllable a replaced letter gives that
    makes a common word with a lone neighbour ("đảmg viên" → "đảng viên"); None when none or
    several do."""
    tokens = reading.tokens
    if tokens[i].text.isascii():
        return None  # a plain-letter word may be foreign ("bò lai sind"): only a marked one is surely a slip
    lefts, rights = _common_pairs()
    found = set()
    for partner in (i - 1, i + 1):
        if not 0 <= partner < len(tokens) or not _joined(reading, min(i, partner), max(i, partner) + 1) \
                or not _readable_case(reading, partner):
            continue
        pairs = (rights if partner < i else lefts).get(tokens[partner].key, ())
        for variant in substituted_syllables(tokens[i].lower):
            if to_old_tone_style(variant) in pairs:
                found.add((variant, partner))
    return found.pop() if len({v for v, _ in found}) == 1 else None
