"""Slips of the keyboard: a word typed twice ("trong trong", "thực hiện thực hiện").

Read on the shared word segmentation, so a syllable shared by two words ("cán bộ | bộ phận",
"học tập | tập trung", "ý kiến | kiến nghị") is never a repetition: only a whole word is.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ..detectors.phrases import lexicon, match_lexicon
from ..lexicon import is_compound, standalone_counts, syllable_word_counts
from ..model import Severity
from ..reading import Reading, Word
from ..resources import word_set
from ..text import to_old_tone_style
from .registry import Example, Issue, ParagraphContext, rule


@rule("repeated-word", severity=Severity.WARNING, title="Từ bị lặp", examples=(
    Example("Còn vướng mắc trong trong phối hợp giữa các ngành.", "trong trong", "trong"),
    Example("Đánh giá tình hình thực hiện thực hiện các mục tiêu.", "thực hiện thực hiện", "thực hiện"),
    Example("Báo cáo của của chi bộ được thông qua.", "của của", "của"),
    Example("Các các đồng chí đảng viên đều có mặt.", "Các các", "Các"),
    Example("Trong năm qua qua rà soát, chi bộ đã kết nạp 3 đảng viên.", "qua qua", "qua, qua"),
    Example("Báo cáo tình hình phát triển triển kinh tế - xã hội.", "triển triển", "triển"),
    Example("Lãnh đạo cán bộ bộ phận văn phòng học tập tập trung."),
    Example("Chi bộ tiếp thu ý kiến kiến nghị của cử tri."),
    Example("Đồng chí Lê Văn Thành thành lập tổ công tác."),
    Example("Bài và ảnh: Minh Minh."),
    Example("Tình hình dần dần ổn định, ngày ngày cố gắng."),
    Example("Cần từ từ xem xét; họp, họp nữa."),
    Example("Đồng chí khẩn trương trình bày báo cáo."),
    Example("Xã hoàn thành đại hội hội nông dân cấp cơ sở trong tháng 3."),
))
def repeated_word(ctx: ParagraphContext) -> Iterator[Issue]:
    """The same word twice with one space between. Doubling the language uses on purpose
    (dần dần, ngày ngày, từ từ) is kept; so is a name followed by the same word ("Thành
    thành lập") and a repetition across a capital ("Đảng ủy Ủy ban": a name begins).
    A word that repeats the last syllable of the word before ("năm qua qua rà soát") is
    most likely a missing comma: the comma is offered, the deletion named in the message."""
    reading = ctx.reading
    words = reading.words
    allowed = word_set("reduplications")
    for first, second in zip(words, words[1:]):
        same = first.key == second.key
        if not same and not (first.key.endswith(second.key) and second.size == 1 and first.size > 1):
            continue  # most pairs: neither the same word nor the last syllable again (the key's end tested first)
        if not _one_space(reading, first, second) or not reading.tokens[first.first].is_word:
            continue
        if same:
            kept = reading.text[first.start:first.end]
            again = reading.text[second.start:second.end]
            sentence_start = reading.sentence_at(first.start)[0] == first.start
            if (first.size == 1 and (first.key in allowed or _known_doubling(first.key) or _softened(reading, first))) \
                    or (_name_or_caps(kept, again) and not sentence_start) \
                    or _doubled_name(kept, again, first.key) or _parallel_doubling(reading, first, second) \
                    or _closes_a_word(reading, first) or _doubling_ends_a_phrase(reading, first, second):
                continue
            if _ends_opening_phrase(reading, first, second):  # "Về phía thôn thôn đã …"
                yield Issue(first.start, second.end, f"“{kept}” viết hai lần liền nhau: có lẽ thiếu dấu phẩy sau "
                            f"cụm mở đầu câu (hoặc thừa một chữ “{again}”).", f"{kept}, {again}")
                continue
            yield Issue(first.start, second.end, f"“{kept}” bị lặp lại hai lần liền nhau.", kept)
        elif second.size == 1 and first.size > 1 and first.key.rsplit(" ", 1)[-1] == second.key:
            tail_start = reading.tokens[first.last - 1].start
            tail = reading.text[tail_start:first.end]
            again = reading.text[second.start:second.end]
            if _name_or_caps(tail, again) or match_lexicon(reading.tokens, second.first, "org_heads", reading.text) > 1:
                continue  # "đại hội | hội nông dân cấp cơ sở": the syllable opens the name of a body
            if _known_doubling(second.key):
                continue  # "cười khà | khà": the last syllable and the next make a láy of the dictionary ("khà khà")
            word = reading.text[first.start:first.end]
            if f"{first.key} {second.key}" in word_set("repeat_collocations"):
                continue  # "trực tiếp tiếp 86 lượt công dân": the word, then the verb its last syllable spells
            goes_on = second.last < len(reading.tokens) and reading.tokens[second.last].is_word
            if goes_on and second.key in word_set("clause_openers"):  # "năm qua, qua rà soát"
                yield Issue(tail_start, second.end, f"“{tail}” viết hai lần liền nhau: có lẽ thiếu dấu phẩy sau "
                            f"“{word}” (hoặc thừa một chữ “{again}”).", f"{tail}, {again}")
            elif standalone_counts().get(second.key, 0) >= _WORD_ALONE:
                continue  # "nhà ở | ở khu vực", "cơ quan | quan tâm": the syllable is a word of its own
            else:
                yield Issue(tail_start, second.end, f"“{tail}” viết hai lần liền nhau.", tail)


_WORD_ALONE = 20  # seen alone this often (syllables_standalone.txt): a word of its own, not a stray syllable
_FUNCTION_WORD = 100  # đã, các, của: a doubled one is a slip, never a missing comma


def _ends_opening_phrase(reading: Reading, first: Word, second: Word) -> bool:
    """The first of two equal words ends a phrase that opens the sentence ("Về phía thôn",
    "Trước mỗi kỳ sinh hoạt chi bộ") with no comma before it, and the second starts the
    clause: a comma was lost, not a word typed twice."""
    tokens = reading.tokens
    start = reading.sentence_at(first.start)[0]
    opening = [w for w in reading.words if start <= w.start < first.start]
    if not opening or opening[0].key not in word_set("clause_openers") \
            or any(not tokens[w.first].is_word for w in opening):
        return False
    if first.size == 1 and standalone_counts().get(first.key, 0) >= _FUNCTION_WORD:
        return False
    return second.last < len(tokens) and tokens[second.last].is_word


def _closes_a_word(reading: Reading, first: Word) -> bool:
    """"vắng có lý do do đang đi học": the first of the two closes a word with the syllable before it ("lý do",
    which the segmenter read as "có lý" + "do"), the second is a word of its own ("do": because)."""
    at = reading.words.index(first)
    if at == 0 or first.size != 1:
        return False
    before = reading.words[at - 1]
    if before.end + 1 != first.start:
        return False
    last = reading.text[before.start:before.end].lower().rsplit(" ", 1)[-1]
    return is_compound([last, first.key])


def _parallel_doubling(reading: Reading, first: Word, second: Word) -> bool:
    """"Người người thi đua, nhà nhà thi đua, ngành ngành thi đua": a doubled word ("every …")
    in a row of doublings that go on with the same word is the figure of speech, not a slip."""
    words = reading.words
    at = words.index(second)
    if at + 1 >= len(words) or standalone_counts().get(first.key, 0) >= _FUNCTION_WORD:
        return False  # "đã đã …, đã đã …": function words are slips, even twice
    after = words[at + 1].key
    start, end = reading.sentence_at(first.start)
    for a, b, c in zip(words, words[1:], words[2:]):
        if start <= a.start and c.end <= end and a is not first and a.key == b.key and c.key == after \
                and _one_space(reading, a, b):
            return True
    return False


def _doubling_ends_a_phrase(reading: Reading, first: Word, second: Word) -> bool:
    """"đưa tay lên vẫy vẫy.", "suốt ngày cứ tàn tàn,": a verb or adjective of one syllable doubled
    before a mark is the language's own doubling (láy toàn bộ: again and again, idly). Only for a
    lower-case syllable the sample never saw alone, i.e. no function word ("của của", "trong
    trong" stay slips), and with no word after it that the second could open."""
    if first.size != 1 or first.key in standalone_counts() or not reading.text[first.start:first.end].islower() \
            or syllable_word_counts().get(first.key, 0) >= _BOUND_MORPHEME:
        return False  # "đến thiên thiên, thì": a syllable of a hundred words is a piece of one ("thiên nhiên")
    tokens = reading.tokens
    return second.last >= len(tokens) or not tokens[second.last].is_word


def _softened(reading: Reading, first: Word) -> bool:
    """"chỉ tròn tròn thôi", "thấy lạ lạ": an adjective of one syllable (resources/gradable_adjectives.txt) doubled
    whole means "somewhat", the language's own doubling, in lower case; not one the legal sample saw alone more
    often than an everyday word is counted ("cao cao", "tốt tốt" in a report stay slips)."""
    return first.key in _adjectives() and standalone_counts().get(first.key, 0) <= _EVERYDAY_ALONE \
        and reading.text[first.start:first.end].islower()


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(to_old_tone_style(word) for word in word_set("gradable_adjectives"))


_EVERYDAY_ALONE = 10  # the count of syllables_standalone_everyday.txt: an everyday word, seldom in reports
_BOUND_MORPHEME = 100  # thiên, cơ, tình build more known words than that: pieces of words, rarely doubled on purpose


def _known_doubling(key: str) -> bool:
    """"cười khà khà", "xanh xanh", "rung rung": the doubled syllable is a word of the dictionary (Viet74K lists
    hundreds of such láy), whatever the reading made of it. Not for a word the sample saw alone often ("là là",
    "cho cho" are slips, whatever the dictionary lists)."""
    return standalone_counts().get(key, 0) < _WORD_ALONE and is_compound([key, key])


def _one_space(reading: Reading, first: Word, second: Word) -> bool:
    return reading.text[first.end:second.start] == " "


def _doubled_name(kept: str, again: str, key: str) -> bool:
    """"Ảnh: Minh Minh": one capitalised syllable twice is a name (a pen name, a doubled given
    name), unless it opens a title or a body ("Ban Ban Chấp hành")."""
    return " " not in key and kept == again and kept.istitle() and key not in _title_or_body_openers()


@lru_cache(maxsize=1)
def _title_or_body_openers() -> frozenset[str]:
    return frozenset(k[0] for name in ("titles", "org_heads") for k in lexicon(name))


def _name_or_caps(kept: str, again: str) -> bool:
    """"Đảng ủy Ủy ban", "Thành thành lập", "ĐẢNG ỦY ỦY BAN": a name goes on or begins."""
    return (kept[0].islower() != again[0].islower()) or (kept.isupper() and len(kept) > 1)
