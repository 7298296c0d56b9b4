"""The one number reader and the one clause splitter of the rules.

Numbers are read on the paragraph's shared ``Reading`` (its tokens and sentences) and on
the figures the detector already found (counts with their unit, ratios, percentages,
money; dates, periods, years, terms and document numbers, which are not quantities). Every
other number token is looked at too: a bare number after a label ("khiển trách 9, cảnh
cáo 4") is a count without a head; a list marker, an ordinal, an identifier ("Tổ 5",
"Trung ương 6"), a clock time or a number in an upper-case title line is not a quantity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from ..keywords import Keywords
from ..lexicon import is_compound
from ..model import Entity
from ..numbers import WORD_NUMBERS, parse_number
from ..reading import Reading
from ..resources import word_list, word_set
from ..structure.lines import line_shape
from ..text import first_letter_guard, number_matches
from .levels import classification_levels, phrase_levels
from .model import TALLY_HEADS, Clause, Cue, NotQuantity, NumberToken, Quantity

_NOT_QUANTITY_FIGURES = {"date": "date", "period": "period", "term": "period", "year": "year",
                         "doc_number": "document number"}
_DATE_WORD_BEFORE = re.compile(r"(?:đợt|ngày|hôm|sáng|chiều|tối|trưa|đêm|từ|đến|dịp|lễ|kỷ niệm|tháng)\s*$",
                               re.IGNORECASE)
# the verb or "và" a tally of counted things follows ("có 5/5 làng", "105/130 mô hình và 4/4 mô hình"): a day and month
# followed by a counted noun never does
_TALLY_BEFORE = re.compile(r"(?<!\w)(?:có|đạt|được|gồm|còn|và)\s+$", re.IGNORECASE)
# "tỷ lệ chi hội vững mạnh 8/11, chiếm 72,7%": the share of a tally after it; a day is not a share of anything
_SHARE_OF_TALLY_AFTER = re.compile(r"\s*[,(]?\s*(?:chiếm|đạt|bằng)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?\d+(?:,\d+)?\s*%")
# what makes "a/b" before its share a tally: the clause names a count or a rate ("tỷ lệ chi hội vững mạnh 8/11", "Số
# trường đạt chuẩn là 9/12") or a verb of counted things comes right before ("đạt 7/9, chiếm …"); "Tính tới 5/9, đạt 80%
# kế hoạch", "cập nhật 3/10, đạt 75%" are the day a plan's share was reached at
_TALLY_NAMED = re.compile(r"(?<!\w)(?:tỷ lệ|tỉ lệ|số(?! liệu))(?!\w)", re.IGNORECASE)
_DAY_OF_FIGURE_BEFORE = re.compile(r"(?<!\w)(?:tới|đến|hết|cập nhật|tính|lúc|vào)\s*$", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[;:!?\n]|\.(?!\d)")
_CLOCK_AFTER = re.compile(r"\s*(?:giờ|h\d|h\b|g\d)")
_SHARE_BEFORE = re.compile(r"(?:chiếm|đạt|bằng|tỷ lệ|tỉ lệ|là|\()\s*(?:tỷ lệ\s*)?$", re.IGNORECASE)
# a share cue, then a word that makes the share a bound ("đạt hơn 75,3%", "chiếm gần 90%", "tỷ lệ trên 25%")
_HEDGED_SHARE_BEFORE = re.compile(r"(?<!\w)(chiếm|đạt|bằng|tỷ lệ|tỉ lệ)\s+(?:tỷ lệ\s+)?(?:hơn|trên|gần|khoảng|xấp xỉ|chừng)\s*$",
                                  re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_GROWTH_BEFORE = re.compile(r"(?=[tgchvxldkđbs])(?:tăng|giảm|cao hơn|thấp hơn|hơn|vượt|còn|xuống|lên|trên|dưới|khoảng|gần|từ|"
                            r"đến|bình quân|so với)\s*(?:thêm\s*)?$", re.IGNORECASE)
# ("bổ sung có mục tiêu", "hỗ trợ có mục tiêu" are budget transfers tied to a purpose, and "chương trình mục tiêu
# quốc gia" a programme: no target; "(được) giao khoán, giao đất, giao rừng" hand over land or work, no plan)
_PLAN_BEFORE = re.compile(r"(chỉ tiêu|kế hoạch|(?-i:(?<!\w)KH(?!\w))|dự toán|"
                          r"(?<!bổ sung có )(?<!hỗ trợ có )(?<!chương trình )mục tiêu(?! quốc gia)|nghị quyết đề ra|đề ra|phấn đấu|"
                          r"(?<!bàn\s)(?<!chuyển\s)giao(?!\s(?:thông|lưu|dịch|tiếp|thừa|nhận|đất|ban|khoán|quyền|rừng|quân|"
                          r"trả|mặt\s+nước))|dự kiến)(?:(?:(?!\s(?:và|tăng|giảm|so với|đạt|thực hiện)\b)(?:[^\d,;:()]|(?<=năm )\d{4})){0,24}"
                          r"|(?:(?!\s(?:và|tăng|giảm|so với|đạt|thực hiện|có)\b)(?:[^\d,;:()]|(?<=năm )\d{4}|(?<=lớp )\d{1,2}|(?<=khối )\d{1,2})){0,45}"
                          r"\s(?:là|đề ra là)\s*)$",
                          re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_WHOLE_BEFORE = re.compile(r"(?=[tc]|\W)(?:((?:trên |trong )?tổng (?:số|đàn|diện tích|sản lượng|kinh phí|vốn|thu|chi|dân số))"
                           r"(?:\s+[^\W\d_]+){0,5}?\s*(?:là|có|:)?\s*$"
                           r"|(tổng cộng|trên tổng|trong tổng|tổng)\s*(?:là|có|:)?\s*$"
                           r"|(?:^|\W)(toàn|có)\s*$)", re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_RESULT_BEFORE = re.compile(r"(?=[tưđkgh])(thực hiện|ước đạt|ước thực hiện|đạt|được|kết nạp|thu|giải ngân|hoàn thành)"
                            r"(?:\s+[^\W\d_]+){0,3}\s*$", re.IGNORECASE)
_PLAN_PAREN_BEFORE = re.compile(r"(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu)[^,;:()%]{0,40}\(\s*$", re.IGNORECASE)
# Every match of the two plan patterns holds one of these words (their first group): a clause
# with none names no plan, and the patterns are not tried there (speed; tests/core/test_keywords.py).
_PLAN_WORDS = Keywords(re.compile(r"chỉ tiêu|kế hoạch|dự toán|mục tiêu|đề ra|phấn đấu|giao|dự kiến", re.IGNORECASE))


def _names_a_plan(clause: str) -> bool:
    return _PLAN_WORDS(clause) or "KH" in clause  # "KH" (kế hoạch) only in capitals: "khi", "khác" are no plan


@lru_cache(maxsize=1)
def noun_heads() -> dict[str, tuple[str, str]]:
    """resources/quantity_heads.txt: head (lower case) → (class, broader class)."""
    heads = {}
    for line in word_list("quantity_heads"):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3:
            heads[parts[0].lower()] = (parts[1], parts[2])
    return heads


@lru_cache(maxsize=4096)
def head_of(unit: str) -> tuple[str | None, str | None, str | None]:
    """The longest known head the unit phrase opens with ("đảng viên mới" → đảng viên),
    skipping a leading "đồng chí"-style classifier only when nothing longer is known."""
    heads = noun_heads()
    lower = unit.lower()
    words = lower.split()
    for n in range(min(len(words), 5), 0, -1):
        candidate = " ".join(words[:n])
        found = heads.get(candidate) or heads.get(candidate.rstrip(","))
        if found:
            if 1 < n < len(words) and is_compound([words[n - 1], words[n].rstrip(",;:.")]) \
                    and (shorter := " ".join(words[:n - 1])) in heads:
                # "lớp học tập": "học tập" is one word, so the head is "lớp", not "lớp học"
                return shorter, heads[shorter][0], heads[shorter][1]
            return (candidate if candidate in heads else candidate.rstrip(",")), found[0], found[1]
    if words and words[0] in ("các", "những"):
        return head_of(" ".join(unit.split()[1:]))
    return (words[0] if words else None), None, None


_DIGIT = re.compile(r"\d")
_UNIT_STOP = re.compile(r"[,;:.()]")  # where a unit written after its number stops (_known_unit)
# a capitalised word (and one more) right before a count, and a verb before it (_not_a_quantity)
_CAPITAL_BEFORE = re.compile(r"(?:^|\s)[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+)?\s*$")
_VERB_BEFORE = re.compile(r"(?:có|gồm|là|được|đạt)\s+$")
_WORD_NUMBER = re.compile(first_letter_guard(WORD_NUMBERS)  # (speed: the branches tried at their first letters only)
                          + r"(?<!\w)(?:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")\s", re.IGNORECASE)
_NUMBER_WORDS = frozenset(WORD_NUMBERS)
_LOWER, _START = attrgetter("lower"), attrgetter("start")  # of a Token (_START of a Word too)
_CLAUSE_MARKS = re.compile(r"[();:]")


def number_tokens(reading: Reading) -> tuple[NumberToken, ...]:
    """Every number of the paragraph, read once from the shared tokens (made once per
    Reading and shared by every reader)."""
    return reading.derived("quantities.number_tokens", _number_tokens)


def _number_tokens(reading: Reading) -> tuple[NumberToken, ...]:
    text = reading.text
    # what _NUMBER_TOKEN.finditer(text) yields (each match opens a run of digits), tried only where
    # a run starts (the reading's number_starts), not scanned for from every character (speed)
    return tuple(NumberToken(*token.span(), token.group(), text)
                 for token in number_matches(_NUMBER_TOKEN, text, reading.number_starts))


_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")  # as reading.TOKEN_RE reads a number


def split_clauses(reading: Reading) -> list[Clause]:
    """Each sentence cut at ";" and ":" outside brackets."""
    text = reading.text
    sentences = reading.sentences
    if not sentences:
        return []
    if ";" not in text and ":" not in text:  # most paragraphs: one clause per sentence
        return [Clause(a, b, i) for i, (a, b) in enumerate(sentences)]
    marks = _CLAUSE_MARKS.finditer(text)
    clauses = []
    mark = next(marks, None)
    for index, (s_start, s_end) in enumerate(sentences):
        depth, start, opener = 0, s_start, ""
        while mark is not None and mark.start() < s_end:
            pos, char = mark.start(), mark.group()
            mark = next(marks, None)
            if pos < s_start:
                continue
            if char == "(":
                depth += 1
            elif char == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                if text[start:pos].strip():
                    clauses.append(Clause(start, pos, index, opener))
                start, opener = pos + 1, char
        if text[start:s_end].strip():
            clauses.append(Clause(start, s_end, index, opener))
    return clauses


def read_quantities(reading: Reading, entities: list[Entity] | tuple[Entity, ...]
                    ) -> tuple[list[Quantity], list[NotQuantity], list[Clause]]:
    """The paragraph's quantities, the numbers that are not quantities, and its clauses."""
    text = reading.text
    if not _DIGIT.search(text):
        if not _WORD_NUMBER.search(text):
            return [], [], []  # most prose paragraphs: no number, nothing to relate
        clauses = split_clauses(reading)
        return [_placed(_modified(text, q), clauses) for q in _word_numbers(reading, bytearray(len(text)))], [], clauses
    clauses = split_clauses(reading)
    _, _, marker_end, upper = line_shape(text)
    figures = [e for e in entities if e.kind == "figure"]
    quantities: list[Quantity] = []
    not_quantities: list[NotQuantity] = []
    covered = bytearray(len(text))
    for figure in figures:
        covered[figure.start:figure.end] = b"\x01" * (figure.end - figure.start)
        type_ = figure.get("type")
        if type_ in _NOT_QUANTITY_FIGURES:
            not_quantities.append(NotQuantity(figure.start, figure.end, figure.text, _NOT_QUANTITY_FIGURES[type_]))
            continue
        if upper:
            not_quantities.append(NotQuantity(figure.start, figure.end, figure.text, "title line"))
            continue
        quantity = _from_figure(text, figure)
        reason = _not_a_quantity(text, quantity)
        if reason:
            not_quantities.append(NotQuantity(quantity.start, quantity.end, quantity.text, reason, quantity.value,
                                              quantity.head))
        else:
            quantities.append(quantity)
    if not upper:
        # _word_numbers keeps only a token that is a number word: without one (most paragraphs) the
        # pattern need not be searched (its own search finds what a search first would)
        if not _NUMBER_WORDS.isdisjoint(map(_LOWER, reading.tokens)):  # (stops at the first number word)
            quantities.extend(_word_numbers(reading, covered))
        for token in number_tokens(reading):
            start, end = token.start, token.end
            if covered[start] or start < marker_end:
                continue
            if _place_before(text, start):
                not_quantities.append(NotQuantity(start, end, token.text, "ordinal or identifier"))
                continue
            bare = _bare_number(text, start, end) or _count_after_slash(reading, token)
            if bare is not None:
                quantities.append(bare)
            elif _ordinal_before(text, start):
                not_quantities.append(NotQuantity(start, end, token.text, "ordinal or identifier"))
    if not upper and " trên " in text:
        quantities = _over_in_words(reading, quantities)
    if not upper and "/" in text and _SPAN_HINT.search(text):
        spans = _date_spans(text)
        not_quantities.extend(spans)
        quantities = _outside_day_lists(text, quantities, spans, not_quantities)
    quantities.sort(key=lambda q: q.start)
    if " tổng số " in text:
        _share_heads(text, quantities)
    if not upper and " và " in text:
        quantities = _shared_nouns(text, quantities, number_tokens(reading), covered)
    if not upper and text.count(";") >= 2:
        quantities = _named_items(text, quantities, covered)
    quantities = _shortened_heads(reading, quantities)
    return [_placed(_modified(text, q), clauses) for q in quantities], not_quantities, clauses


def _shortened_heads(reading: Reading, quantities: list[Quantity]) -> list[Quantity]:
    """"142 trạm y tế …, trong đó 148 trạm có bác sĩ": a noun the head list does not know, written again as the first
    words of a known one counted before it in the paragraph, counts the same thing and takes its class. Only a noun
    that is a word of the segmentation as written ("trạm"), not the first syllable of another word ("khu" of "khu
    vực" after "khu dân cư"), and one nothing noun-like follows: "30 trạm khuyến nông", "14 khu sản xuất" name other
    things of that kind."""
    known: dict[str, Quantity] = {}
    for index, q in enumerate(quantities):
        if q.kind != "count" or not q.head:
            continue
        if q.noun_class is None and known and _bare_head_after(reading, q):
            source = next((k for head, k in known.items() if head.startswith(q.head + " ")), None)
            if source is not None:
                quantities[index] = replace(q, noun_class=source.noun_class, broader=source.broader)
        elif " " in q.head:
            known.setdefault(q.head, q)
    return quantities


def _bare_head_after(reading: Reading, quantity: Quantity) -> bool:
    """The quantity's head is the word the segmentation reads right after its number, and what comes after that word
    ends the noun: a mark, a number, the text's end, or a verb or function word ("trạm có bác sĩ", "khu đạt …")."""
    words = reading.words
    at = bisect_left(words, quantity.end, key=_START)
    if at >= len(words) or words[at].key != quantity.head.lower():
        return False
    if at + 1 == len(words):
        return True
    following = words[at + 1].key
    return not following[0].isalpha() or following.split()[0] in word_set("unit_stop_words")


# one item of a list of named units after a counted one: "; Hội An 110", "; Đảng bộ Khối cơ quan 155"
_NAMED_ITEM = re.compile(r"\s*(?:và\s+)?(?P<name>[^\W\d_][^\d;:()]{0,50}?)\s+(?P<number>\d{1,3}(?:\.\d{3})*)(?=\s*(?:[;.]|$)|\s+và\s)")
_ITEM_END = re.compile(r"\s*(?:;|\s(?=và\s))")


def _named_items(text: str, quantities: list[Quantity], covered: bytearray) -> list[Quantity]:
    """"Cụ thể: Đảng bộ phường An Lạc 300 đảng viên mới; Bình Trị 250; Tân Tạo 200; …": after one item counted with its
    noun, units named with a capital and a plain number each, one a ";", count the same noun (the writer left it
    out). Only from three such items on: two capitalised names with numbers may be identifiers ("Tổ 5; Tổ 6")."""
    by_start = {q.start: q for q in quantities}
    added: list[Quantity] = []
    for q in quantities:
        if q.kind != "count" or q.head is None or q.noun_class in (None, "time") or not q.unit:
            continue
        at = text.find(q.unit, q.end, q.end + len(q.unit) + 4)
        if at < 0:
            continue
        position, items = at + len(q.unit), []
        while True:
            gap = _ITEM_END.match(text, position)
            if gap is None:
                break
            item = _NAMED_ITEM.match(text, gap.end())
            if item is None or not item["name"][:1].isupper():
                break
            start, end = item.start("number"), item.end("number")
            known = by_start.get(start)
            if known is not None:  # an item written in full ("… Khối cơ quan 155 đảng viên mới"): the list goes on
                if known.head != q.head:
                    break
                unit_at = text.find(known.unit, known.end, known.end + len(known.unit) + 4) if known.unit else -1
                position = unit_at + len(known.unit) if unit_at >= 0 else known.end
                continue
            if covered[start] or text[end:end + 1].isalnum():
                break
            number = parse_number(text[start:end])
            if number is None or number.decimals:
                break
            items.append(Quantity(start, end, text[start:end], "count", number.value, 0, q.head, q.noun_class,
                                  q.broader, q.unit, item["name"].strip().lower()))
            position = end
        if len(items) >= 3:
            added.extend(items)
    if not added:
        return quantities
    taken = {q.start for q in added}
    return sorted([q for q in quantities if q.start not in taken] + added, key=lambda q: q.start)


# between two numbers of a run that shares the noun after its last ("612, 734 và 809 hồ sơ")
_RUN_GAP = re.compile(r"\s*(?:,|;|và|hoặc)\s*")
_NAME_BEFORE = re.compile(r"[A-ZĐ][\w.]*\s*$")  # a number after a capitalised word is its name's ("Tổ 5", "ĐT 295")


def _shared_nouns(text: str, quantities: list[Quantity], tokens, covered: bytearray) -> list[Quantity]:
    """"tiếp nhận lần lượt 612, 734 và 809 hồ sơ", "hợp nhất 3 đảng bộ với 612, 748 và 503 đảng viên": the plain
    numbers of a run ending in a counted noun count that noun too (a bare number a label named is taken back)."""
    heads = {q.start: q for q in quantities}
    added: dict[int, Quantity] = {}
    starts = [tok.start for tok in tokens]
    for q in quantities:
        if q.kind != "count" or q.head is None or q.noun_class in (None, "time"):
            continue
        at, index, run = q.start, bisect_left(starts, q.start) - 1, []
        while index >= 0:
            token = tokens[index]
            if not _RUN_GAP.fullmatch(text, token.end, at) or not token.text.isdigit() or covered[token.start] or (
                    token.start in heads and heads[token.start].head is not None):
                break
            run.append(token)
            at, index = token.start, index - 1
        before = text[max(0, at - 12):at]
        if len(run) < 2 or before[-1:].isalnum() or _NAME_BEFORE.search(before):
            continue  # "trên QL18, 3 vụ", "ĐT 295 và 3 vụ": a road's number, not a count; two numbers may be anything
        for token in run:
            added[token.start] = Quantity(token.start, token.end, token.text, "count", float(int(token.text)), 0, q.head,
                                          q.noun_class, q.broader, q.unit)
    if not added:
        return quantities
    return sorted([q for q in quantities if q.start not in added] + list(added.values()), key=lambda q: q.start)


# "662 trong tổng số 686 tổ chức cơ sở đảng", "có 12 trên tổng số 15 chi bộ": the part is counted by the whole's noun
_SHARED_HEAD_GAP = re.compile(r"\s+(?:trong|trên)\s+tổng\s+số\s+$", re.IGNORECASE)


def _share_heads(text: str, quantities: list[Quantity]) -> None:
    """A bare count written before "trong/trên tổng số" and a counted whole takes the whole's noun
    (set before anyone else sees it)."""
    for first, second in zip(quantities, quantities[1:]):
        if first.kind == "count" and first.head is None and second.kind == "count" \
                and second.head is not None and _SHARED_HEAD_GAP.fullmatch(text, first.end, second.start):
            for name in ("head", "noun_class", "broader", "unit"):
                object.__setattr__(first, name, getattr(second, name))


_SPAN_HINT = re.compile(r"\d\s*(?:[-–,]|đến|và)\s*(?:ngày\s+)?\d{1,2}/\d")
_DAY_MONTH = r"(?P<{0}d>\d{{1,2}})(?:/(?P<{0}m>\d{{1,2}}))?"
_DATE_SPAN = re.compile(
    r"(?<![\d/])(?:(?:từ\s+)?(?:ngày\s+)?" + _DAY_MONTH.format("a") + r"\s*(?:[-–]|đến(?:\s+ngày)?)\s*"
    + _DAY_MONTH.format("b").replace("(?:/(?P<bm>", "(?:/(?P<bm>", 1) + r"(?:/(?P<y>\d{4}))?)(?![\d/])",
    re.IGNORECASE)


def _date_spans(text: str) -> list[NotQuantity]:
    """Date ranges with the days they cover: "24-25/7" (2 days), "30/9 - 07/10", "từ ngày 14
    đến ngày 16/10/2025" (3 days); the second date must name its month."""
    from datetime import date

    spans = []
    for match in _DATE_SPAN.finditer(text):
        if match["bm"] is None:
            continue
        day_a, day_b, month_b = int(match["ad"]), int(match["bd"]), int(match["bm"])
        month_a = int(match["am"]) if match["am"] else month_b
        year = int(match["y"]) if match["y"] else 2001  # any non-leap year
        try:
            first = date(year - (1 if month_a > month_b else 0), month_a, day_a)
            last = date(year, month_b, day_b)
        except ValueError:
            continue
        days = (last - first).days + 1
        if 1 < days <= 62:
            spans.append(NotQuantity(match.start(), match.end(), match.group(), "date span", float(days), "ngày"))
    for match in _DAY_LIST.finditer(text):  # "ngày 24 và 25/7", "24, 25, 26/7/2025": the days listed
        days = len(re.findall(r"\d{1,2}", match.group().split("/")[0]))
        if 1 < days <= 10 and not any(n.start <= match.start() < n.end for n in spans):
            spans.append(NotQuantity(match.start(), match.end(), match.group(), "date span", float(days), "ngày"))
    return spans


def _outside_day_lists(text: str, quantities: list[Quantity], spans: list[NotQuantity],
                       not_quantities: list[NotQuantity]) -> list[Quantity]:
    """The last day of a list of days sharing one month ("ngày 19 và 20/5", "các ngày 18, 19/7", "19, 20 và 21/3") is a
    date: the "và" before it reads as a tally's ("5/5 xã và 4/4 phường"), so _not_a_quantity keeps it as a ratio "20/5"
    whose part exceeds its whole. A list is of days when its days rise and are days of a month, the month is one, and
    a day word opens it or the days follow each other ("đạt 8, 9/10 điểm" is neither)."""
    lists = []
    for span in spans:
        if not _DAY_LIST.fullmatch(span.text) or int(span.text.split("/")[1]) > 12:
            continue
        days = [int(d) for d in re.findall(r"\d{1,2}", span.text.split("/")[0])]
        before = text[max(0, span.start - 12):span.start]
        rising = all(a < b for a, b in zip(days, days[1:])) and days[-1] <= 31
        named = span.text[:4].lower() == "ngày" or _DATE_WORD_BEFORE.search(before)
        if rising and (named or all(b - a == 1 for a, b in zip(days, days[1:])) and not _TALLY_BEFORE.search(before)):
            lists.append(span)
    if not lists:
        return quantities
    kept = []
    for quantity in quantities:
        if any(s.start <= quantity.start and quantity.end <= s.end for s in lists):
            not_quantities.append(NotQuantity(quantity.start, quantity.end, quantity.text, "date", quantity.value,
                                              quantity.head))  # every day of the list, the bare ones too
        else:
            kept.append(quantity)
    return kept


_DAY_LIST = re.compile(r"(?<![\d/])(?:ngày\s+)?\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+/\d{1,2}(?:/\d{4})?(?![\d/])", re.IGNORECASE)


_NUMERAL_PARTS = frozenset({"mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ", "triệu"})


def _word_numbers(reading: Reading, covered: bytearray) -> list[Quantity]:
    """Counts written in words before a known noun: "ba cơ quan", "bốn nhiệm vụ"."""
    found = []
    tokens, text = reading.tokens, reading.text
    for match in _WORD_NUMBER.finditer(text):
        i = bisect_left(tokens, match.start(), key=_START)
        if i >= len(tokens) - 1 or tokens[i].start != match.start():
            continue
        token = tokens[i]
        value = WORD_NUMBERS.get(token.lower)
        if value is None or covered[token.start] or not reading.adjacent(i) or not tokens[i + 1].is_word:
            continue  # "kế hoạch năm 9.000 lượt": a word before a figure is no numeral ("năm" is the year)
        end = token.end
        if token.lower == "mười" and i + 2 < len(tokens) and WORD_NUMBERS.get(f"mười {tokens[i + 1].lower}"):
            continue  # read as "mười một" from its first syllable only when written so
        unit = " ".join(t.text for t in tokens[i + 1:i + 6] if t.is_word)
        head, noun_class, broader = head_of(unit)
        if noun_class is None or noun_class in ("time", "money") or token.lower == "năm" and noun_class != "item":
            continue
        if i and tokens[i - 1].lower in ("thứ", "lần", "số", "khóa", "khoá"):
            continue
        if i and (tokens[i - 1].lower in _NUMERAL_PARTS or tokens[i - 1].lower in WORD_NUMBERS):
            continue  # "bốn mươi hai thành viên": the last word of a longer numeral, not "hai"
        found.append(Quantity(token.start, end, token.text, "count", float(value), 0, head, noun_class, broader,
                              unit, "", *_cues(text, token.start, "count")))
    return found


def _from_figure(text: str, figure: Entity) -> Quantity:
    type_ = figure.get("type")
    if type_ == "money":
        amount = figure.get("amount") or figure.get("value")
        scale = figure.get("value") / amount if amount else 1.0
        if scale > 1 and not _CURRENCY.search(figure.text):
            words = _WORDS_AFTER.match(text, figure.end)
            head, noun_class, broader = head_of(words.group().strip()) if words else (None, None, None)
            if noun_class is not None and noun_class != "money":
                # "2,86 triệu trường hợp vi phạm", "1,2 triệu lượt người": a count in millions, not an amount of money
                return Quantity(figure.start, figure.end, figure.text, "count", figure.get("value"),
                                figure.get("decimals") or 0, head, noun_class, broader, head, "",
                                *_cues(text, figure.start, "count"), scale=scale)
        return Quantity(figure.start, figure.end, figure.text, "money", figure.get("value"),
                        figure.get("decimals") or 0, "tiền", "money", "tiền", figure.get("currency") or "",
                        "", *_cues(text, figure.start, "money"), scale=scale)
    if type_ == "percent":
        return Quantity(figure.start, figure.end, figure.text, "percent", figure.get("value"),
                        figure.get("decimals") or 0, "%", "percent", "percent",
                        "", "", *_cues(text, figure.start, "percent"))
    unit = _known_unit(text, figure.end, figure.get("unit") or "")
    head, noun_class, broader = head_of(unit) if unit else (None, None, None)
    if type_ == "ratio":
        return Quantity(figure.start, figure.end, figure.text, "ratio", figure.get("value"),
                        figure.get("decimals") or 0, head, noun_class, broader, unit,
                        total=figure.get("total"), total_decimals=figure.get("total_decimals") or 0,
                        cues=_cues(text, figure.start, "ratio")[1], role="part")
    if noun_class is None and unit and _starts_with_level(unit.lower()):
        # "8 khiển trách, 4 cảnh cáo": a count named by its level, not by a noun
        return Quantity(figure.start, figure.end, figure.text, "count", figure.get("value"),
                        figure.get("decimals") or 0, None, None, None, "", _level_after(text, figure.end) or unit.lower(),
                        *_cues(text, figure.start, "count"))
    return Quantity(figure.start, figure.end, figure.text, "count", figure.get("value"), figure.get("decimals") or 0,
                    head, noun_class, broader, unit, "", *_cues(text, figure.start, "count"))


_WORDS_AFTER = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}")
_CURRENCY = re.compile(r"(?<!\w)(?:đồng|đ|usd|vnd|vnđ|đô\s+la)(?!\w)", re.IGNORECASE)


def _known_unit(text: str, end: int, unit: str) -> str:
    """The figure's unit, or the longer head of resources/quantity_heads.txt it opens as
    written after the number ("45 giấy chứng nhận": the figure detector stops at "giấy chứng")."""
    if not unit or head_of(unit)[1] is not None and " " not in unit:
        return unit
    after = _UNIT_STOP.split(text[end:end + 40])[0]
    if not after.lstrip().lower().startswith(unit.lower()):
        return unit
    head = head_of(" ".join(after.split()[:5]))
    if head[1] is None or len(head[0]) <= len(unit) or head[0] == head_of(unit)[0]:
        return unit
    start = after.lower().find(head[0])
    return after[start:start + len(head[0])] if start != -1 else unit


def _not_a_quantity(text: str, quantity: Quantity) -> str | None:
    """Shapes the figure detector lets through that are not quantities."""
    before = text[max(0, quantity.start - 12):quantity.start]
    if quantity.noun_class == "time":
        if quantity.head in ("giờ", "phút") and (re.search(r"(?:lúc|từ|đến|vào)\s*$", before) or re.match(
                r"\s*giờ\s*\d", text[quantity.end:quantity.end + 8])):
            return "clock time"  # "lúc 8 giờ 30 phút"
        return "duration or period"  # "9 tháng đầu năm", "95 năm Ngày thành lập", "2 ngày"
    after = text[quantity.end:quantity.end + 4]
    if quantity.kind == "count" and quantity.noun_class is None and _DAY_BEFORE.search(before):
        return "date"  # "đúng ngày 03 hằng tháng", "ngày 15 hàng tháng": a day of the month
    if quantity.kind in ("count", "ratio") and _CLOCK_AFTER.match(after):
        return "clock time"
    if quantity.kind == "ratio":
        if _DIGIT_DASH_BEFORE.search(before) or re.match(r"\s*[-–]\s*\d", after) or after.startswith("/"):
            return "date range"  # "14-15/5", "30/5-7/6"; not a bullet's dash ("- 212/212 hộ")
        if quantity.total and quantity.total <= 12 and quantity.value <= 31 and (
                quantity.noun_class is None and not _tally_before_its_share(text, quantity)
                or _DATE_WORD_BEFORE.search(before)
                or quantity.value > quantity.total and not _TALLY_BEFORE.search(before)):
            return "date"  # "sáng 21/6", "đợt 19/5 tổ chức …", "(11/6)"; not "có 6/5 làng đạt …", a slip of a tally
    if quantity.kind == "count" and _CAPITAL_BEFORE.search(before) \
            and quantity.noun_class is None and not _VERB_BEFORE.search(before):
        return "identifier"  # "Tổ 5", "Trung ương 6", "Khu phố 3"
    if quantity.kind == "count" and quantity.noun_class is None and _GRADE_BEFORE.search(before):
        return "ordinal or identifier"  # "học sinh lớp 9 dự xét", "khối 6": a grade, its number no count
    if quantity.kind == "count" and (named := _NAMED_BY_NUMBER.search(before)) and named.start("word") > 0 \
            and not re.search(r"[.:;]\s*$", before[:named.start("word")]):
        return "identifier"  # "… dẫn đầu phong trào thi đua Khối 01 huyện Bắc Trà My": a unit's name, then whose it is
    return None


def _tally_before_its_share(text: str, quantity: Quantity) -> bool:
    """A small "a/b" without a noun followed by its share ("tỷ lệ chi hội vững mạnh 8/11, chiếm 72,7%") is a tally when
    its clause names what is counted or a counting verb comes right before it; a day word right before keeps it a date."""
    if not _SHARE_OF_TALLY_AFTER.match(text, quantity.end):
        return False
    opened = max((m.end() for m in _CLAUSE_OPEN.finditer(text, max(0, quantity.start - 120), quantity.start)), default=
                 max(0, quantity.start - 120))
    before = text[opened:quantity.start]
    if _DAY_OF_FIGURE_BEFORE.search(before):
        return False
    return bool(_TALLY_BEFORE.search(before) or _TALLY_NAMED.search(before))


_GRADE_BEFORE = re.compile(r"(?<!\w)(?:lớp|khối)\s+$")
# a capitalised word inside a sentence that names a unit by its number, before a noun that says whose the unit is
_NAMED_BY_NUMBER = re.compile(r"\s(?P<word>Khối|Tổ|Đội|Cụm|Thôn|Xóm|Ấp|Bản|Buôn|Làng|Khóm|Khu|Nhóm|Lớp)\s+$")


_DAY_BEFORE = re.compile(r"(?<!\w)ngày\s*$", re.IGNORECASE)
_DIGIT_DASH_BEFORE = re.compile(r"\d\s*[-–]\s*$")
# "thiểu số", "đa số": a word ending in "số" that names a group, not a number's "số" ("hồ sơ số 48")
_COUNTED_SO = {"thiểu": True, "đa": True}
_ORDINAL_WORDS = frozenset({"thứ", "lần", "số", "khóa", "khoá", "điều", "khoản", "điểm", "mục", "phần", "chương", "kỳ",
                            "lớp", "khối",  # "tuyển sinh lớp 6", "khối 9": a grade
                            "đợt", "ngày", "tháng", "quý", "năm", "phiên", "họp", "hiệu", "mã",
                            "độ",  # "định danh điện tử mức độ 2": a level
                            "vòng"})  # "khám sức khỏe vòng 2": a round
# places and units named by a number ("thôn 3", "xóm 2", "khu phố 4", "ấp 7", "Đội 2"): a name, never a count,
# even where a bare count after a label could be read
_PLACE_WORDS = frozenset({"thôn", "xóm", "ấp", "bản", "buôn", "làng", "khóm", "sóc", "khu", "phố", "tổ", "đội", "cụm"})
_PLACE_PHRASES = frozenset({"khu phố", "dân phố"})


@lru_cache(maxsize=16)  # asked up to three times in a row for each number (place, bare count, ordinal)
def _words_before(text: str, start: int) -> tuple[tuple[str, ...], bool]:
    """Up to six words right before ``start`` (an optional ":" between), and whether the
    colon was there."""
    before = text[max(0, start - 40):start].rstrip()
    colon = before.endswith(":")
    words = []
    for word in reversed(before.rstrip(": ").split(" ")[-6:]):
        if word[:1] == "(" and word[1:].isalpha():  # "(chính thức 16, dự bị 02)": only a level opens the label
            if _is_level(" ".join([word[1:], *reversed(words)])):
                words.append(word[1:])
            break
        if not word.isalpha():
            break
        words.append(word)
    return tuple(reversed(words)), colon


def _ordinal_before(text: str, start: int) -> bool:
    words, _ = _words_before(text, start)
    if len(words) >= 2 and words[-1].lower() == "số" and (words[-2].lower() in ("trong", "tổng") or _COUNTED_SO.get(
            words[-2].lower())):
        return False  # "Trong số 16 vụ …", "tổng số 25 …", "dân tộc thiểu số 48": a count
    if len(words) >= 2 and words[-1].lower() == "điểm" and is_compound([w.lower() for w in words[-2:]]):
        return False  # "đợt cao điểm 15 ngày", "công trình trọng điểm 3": no point of a legal article
    return bool(words) and words[-1].lower() in _ORDINAL_WORDS


def _place_before(text: str, start: int) -> bool:
    """"thôn 3", "Tổ 5", "khu phố 4" name a place; not "nông thôn 14" (a label ending in the same syllable)."""
    # The word right before the number first, read as _words_before reads its last word: most numbers have no place
    # word there, and their six words before are not gathered (speed).
    last = text[max(0, start - 40):start].rstrip().rstrip(": ").rsplit(" ", 1)[-1]
    if last[:1] == "(" and last[1:].isalpha():
        last = last[1:] if _is_level(last[1:]) else ""
    elif not last.isalpha():
        last = ""
    if not last or last.lower() not in _PLACE_WORDS:
        return False
    words, _ = _words_before(text, start)
    pair = [w.lower() for w in words[-2:]]
    return len(pair) < 2 or not is_compound(pair) or " ".join(pair) in _PLACE_PHRASES


def _bare_number(text: str, start: int, end: int) -> Quantity | None:
    """A number without a unit after a label ("khiển trách 9", "tốt 55 (68,8%)"), or None."""
    if start and (text[start - 1] in "/-–.,(+=×" or text[start - 1].isalnum()):
        return None
    after = text[end:end + 3]
    if after[:1] == " " and after[1:2].isalpha():
        counted = _known_head_after(text, start, end)
        if counted is not None:  # "04 tham luận": a noun of resources/quantity_heads.txt the figures do not know
            return counted
        level = _level_after(text, end)
        if level:  # "6 trong sạch vững mạnh, 18 hoàn thành tốt nhiệm vụ": a count named by its level
            number = parse_number(text[start:end])
            if number is None or number.decimals:
                return None
            return Quantity(start, end, text[start:end], "count", number.value, 0, None, None, None, "",
                            level, *_cues(text, start, "count"))
    if after[:1] and after[:1] in "/-–%" or after[:1].isalpha() or after[:1] == "." and after[1:2].strip():
        return None
    if _FOR_A_COUNT.match(text, end):
        return None  # "đối tượng 3 cho 64 đồng chí": the number names the group the count after it is of
    if _BOUND_OR_LABEL_AFTER.match(text, end):
        # "từ 30 đến 40 tuổi: 1 đồng chí", "độ tuổi dưới 30: 1 đồng chí": the lower end of a range whose unit follows
        # its upper end, or the number ending the label of the count after the colon: neither counts anything
        return None
    words, colon = _words_before(text, start)
    if not words and colon:  # "chi hội khu phố 1: 58; khu phố 2: 61": a numbered unit's label, then its count
        numbered = _NUMBERED_LABEL.search(text, max(0, start - 40), start)
        words = tuple(numbered["label"].split()) if numbered else ()
    if not words or words[-1].lower() in _ORDINAL_WORDS and not (
            words[-1].lower() == "số" and len(words) >= 2 and _COUNTED_SO.get(words[-2].lower())) or words[-1] == "x":
        return None
    label = " ".join(words)
    if any(w[0].isupper() for w in words[-2:]) and not colon and not _is_level(label) and words[-1].lower() != "là" \
            and " ".join(words[-2:]).lower() != "nhà nước":
        return None  # "Tổ 5", "Khu phố 3", "Trung ương 6": an identifier (not "tổng số thành viên HTX là 128", nor
        # "đơn thuộc thẩm quyền của các cơ quan hành chính Nhà nước 124": the State, capitalised, names no unit)
    number = parse_number(text[start:end])
    if number is None or number.decimals or number.value > 100000:
        return None
    head, noun_class, broader, total = _head_in_label(text, start)
    role, cues = _cues(text, start, "count")
    if total is not None and role is None:
        role, cues = "whole", (total,)
    return Quantity(start, end, text[start:end], "count", number.value, 0, head, noun_class, broader, "",
                    label.lower(), role, cues)


_FOR_A_COUNT = re.compile(r"\s+cho\s+\d")
_BOUND_OR_LABEL_AFTER = re.compile(r"\s*(?::\s*|(?:đến|tới|[-–])\s*(?:dưới\s+|trên\s+)?)\d", re.IGNORECASE)
_NUMBERED_LABEL = re.compile(r"(?:^|[\s,;(])(?P<label>(?:[^\W\d_]+\s+){1,3}\d{1,3})\s*:\s*$")
_LABEL_NOUN = re.compile(r"(?:^|\s)(?P<total>tổng\s+)số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)*?)\s*(?:là)?\s*$",
                         re.IGNORECASE)


def _head_in_label(text: str, start: int) -> tuple[str | None, str | None, str | None, Cue | None]:
    """"Tổng số lượt khám chữa bệnh: 7.241": the noun a total's label names after "tổng số" is
    what the bare number counts (a known head, not a time or money), and the number a whole
    (the cue returned)."""
    window_start = max(0, start - 80)
    if "ổng" not in text[window_start:start]:  # most bare numbers: no "tổng số" before them (speed)
        return None, None, None, None
    before = text[window_start:start].rstrip(" :")
    cut = max(before.rfind(c) for c in ".;:(,")
    found = _LABEL_NOUN.search(before, cut + 1)
    if found is None or not found["total"]:
        return None, None, None, None
    head, noun_class, broader = head_of(found["noun"])
    if noun_class is None or noun_class in ("time", "money"):
        return None, None, None, None
    total = None
    if found["total"]:  # the cue "tổng số"
        cue_start, cue_end = window_start + found.start("total"), window_start + found.end("total") + len("số")
        total = Cue(cue_start, cue_end, text[cue_start:cue_end])
    return head, noun_class, broader, total


def _known_head_after(text: str, start: int, end: int) -> Quantity | None:
    """A whole number followed by a noun of resources/quantity_heads.txt (not a time or money) as a
    count of that noun, or None."""
    unit = " ".join(re.split(r"[,;:.()]", text[end:end + 40])[0].split()[:5])
    head, noun_class, broader = head_of(unit)
    number = parse_number(text[start:end])
    if noun_class is None or noun_class in ("time", "money") or number is None or number.decimals:
        return None
    return Quantity(start, end, text[start:end], "count", number.value, 0, head, noun_class, broader, unit, "",
                    *_cues(text, start, "count"))


def _over_in_words(reading: Reading, quantities: list[Quantity]) -> list[Quantity]:
    """"Có 12 trên 15 chi bộ …": a part over its whole written with "trên" is read as the
    ratio "12/15 chi bộ" (not "xếp thứ 3 trên 15 đơn vị", an ordinal)."""
    text = reading.text
    numbers = number_tokens(reading)
    by_start = {q.start: q for q in quantities}
    for index, token in enumerate(numbers[:-1]):
        follower, gap, follower_end = token.follower()
        following = numbers[index + 1]
        whole = by_start.get(following.start)
        if follower != "trên" or not gap or text[follower_end:following.start] != " " or whole is None \
                or whole.kind != "count" or whole.head is None or token.glued_before or token.start in by_start:
            continue
        number = token.number
        if number is None or number.decimals or _ordinal_before(text, token.start) or text[token.end:token.end + 1] != " ":
            continue
        ratio = Quantity(token.start, whole.end, text[token.start:whole.end], "ratio", number.value, 0, whole.head,
                         whole.noun_class, whole.broader, whole.unit, total=whole.value,
                         cues=_cues(text, token.start, "ratio")[1], role="part")
        quantities = [q for q in quantities if q is not whole] + [ratio]
        by_start.pop(following.start)
    return sorted(quantities, key=lambda q: q.start)


def _count_after_slash(reading: Reading, token: NumberToken) -> Quantity | None:
    """"64 đơn vị máu/80 đơn vị đăng ký": a count of a known noun right after a "/" that
    follows a word (not a digit: "19/5" is a date, "62/80" a ratio)."""
    text, start = reading.text, token.start
    if start < 2 or text[start - 1] != "/" or not (text[start - 2].isalpha() or text[start - 2] == ")"):
        return None
    number = token.number
    if number is None or number.decimals or not text[token.end:token.end + 1].isspace():
        return None
    return _known_head_after(text, start, token.end)


def _level_after(text: str, end: int) -> str:
    """The level phrase right after a number ("18 hoàn thành tốt nhiệm vụ"), or ""."""
    phrase = re.split(r"[,;:.()]", text[end:end + 45])[0].strip().lower()
    return phrase if phrase and phrase_levels(phrase, at_end=False) and _starts_with_level(phrase) else ""


def _starts_with_level(phrase: str) -> bool:
    return any(phrase.startswith(level) for group in classification_levels() for level in group)


def _is_level(label: str) -> bool:
    return bool(phrase_levels(label, at_end=True))


def _cues(text: str, start: int, kind: str) -> tuple[str | None, tuple[Cue, ...]]:
    """The cue words before a number and the role they give it: whole ("tổng số", "toàn …
    có"), plan ("chỉ tiêu", "kế hoạch", "dự toán", a plan's bracket), result ("thực hiện",
    "đạt", "kết nạp"), share ("chiếm", "đạt", "("); a percentage after "tăng", "giảm",
    "so với", "còn" states a change or a level, not a share."""
    window = max(0, start - 50)
    before = text[window:start]
    cut = max(before.rfind("; "), before.rfind(": "), before.rfind(". "), before.rfind(")"))
    clause_start = window + cut + 1 if cut >= 0 else window
    clause = text[clause_start:start]
    if kind == "percent":
        hedged = _HEDGED_SHARE_BEFORE.search(clause)
        if hedged:  # "đạt hơn 75,3%", "chiếm gần 90%": a share told as a bound, still a share
            return "share", (Cue(clause_start + hedged.start(1), clause_start + hedged.end(1), hedged.group(1)),)
        if _GROWTH_BEFORE.search(clause):
            return None, ()
        return _cue(_SHARE_BEFORE, clause, clause_start, "share")
    segment_cut = max(clause.rfind(","), clause.rfind("("))
    segment_start = segment_cut + 1 if segment_cut >= 0 else 0
    plan = _names_a_plan(clause)
    for pattern, role, offset in ((_PLAN_BEFORE, "plan", segment_start), (_PLAN_PAREN_BEFORE, "plan", 0),
                                  (_WHOLE_BEFORE, "whole", max(0, len(clause) - 45)), (_RESULT_BEFORE, "result", 0)):
        if role == "plan" and not plan:
            continue
        found, cues = _cue(pattern, clause[offset:], clause_start + offset, role)
        if found and role == "plan" and _COUNTED_BEFORE.search(text, max(0, cues[0].start - 12), cues[0].start):
            continue  # "trong 17 chỉ tiêu chủ yếu có 14 chỉ tiêu đạt và vượt": the noun of the count before, no plan
        if found:
            return found, cues
    return None, ()


_COUNTED_BEFORE = re.compile(r"\d\s+$")


def _cue(pattern: re.Pattern, stretch: str, offset: int, role: str) -> tuple[str | None, tuple[Cue, ...]]:
    match = pattern.search(stretch)
    if not match:
        return None, ()
    group = next((g for g in range(1, (match.lastindex or 0) + 1) if match.group(g)), 0)
    return role, (Cue(offset + match.start(group), offset + match.end(group), match.group(group)),)


# The word right before a number that makes it a threshold or a change, not an amount.
# ("nộp cấp trên 30%": the level above, no bound)
_BOUND_BEFORE = re.compile(r"(?:dưới|(?<!cấp )trên|từ|không quá|tối đa|tối thiểu|ít nhất)\s*$", re.IGNORECASE)
# "vượt 3 cuộc so với kế hoạch", "vượt chỉ tiêu 12 hội viên": by how much a plan was beaten, not the result nor the plan
# (and "thiếu 3 đại biểu phải bầu bổ sung": the gap between two figures)
_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:(?:giảm|tăng)(?:\s+(?:thêm|được))?|vượt(?:\s+(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán))?|"
                            r"(?:còn\s+)?thiếu)\s*$", re.IGNORECASE)
_MET_AND = re.compile(r"(?:đạt|hoàn\s+thành)\s+và\s+$", re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_MODIFIER_HINT = re.compile(r"(?=[gtđdqnvh])(?:giảm|tăng|thêm|được|dưới|trên|từ|quá|đa|thiểu|nhất|vượt|tiêu|hoạch|toán|thiếu)\s*$",
                            re.IGNORECASE)


def _modified(text: str, quantity: Quantity) -> Quantity:
    """Set the quantity's modifier (bound or change) from the words right before it."""
    start = quantity.start
    window = text[max(0, start - 24):start]
    if not _MODIFIER_HINT.search(window):
        return quantity  # most numbers: no word of a bound or a change before them
    found = _CHANGE_BEFORE.search(text, max(0, start - 24), start)
    modifier = "change"
    if found is None:
        found = _BOUND_BEFORE.search(text, max(0, start - 16), start)
        modifier = "bound"
    if found is not None and found.group().lower().startswith("vượt") and (
            quantity.head in TALLY_HEADS or _MET_AND.search(text, max(0, found.start() - 16), found.start())):
        return quantity  # "đã đạt và vượt 13 chỉ tiêu": how many targets were beaten, not by how much
    if found is not None:
        word = found.group().rstrip()
        object.__setattr__(quantity, "modifier", modifier)
        object.__setattr__(quantity, "modifier_cue", Cue(found.start(), found.start() + len(word), word))
    return quantity


def _clause_start(clause: Clause) -> int:
    return clause.start


def _placed(quantity: Quantity, clauses: list[Clause]) -> Quantity:
    """Set the sentence and clause a new quantity sits in (before anyone else sees it)."""
    index = bisect_right(clauses, quantity.start, key=_clause_start) - 1
    if index >= 0 and quantity.start < clauses[index].end:
        object.__setattr__(quantity, "sentence", clauses[index].sentence)
        object.__setattr__(quantity, "clause", index)
    return quantity
