"""Figures: counts with their unit, ratios, percentages, money, dates, periods, terms and
document numbers, each with its parsed value.

Patterns are tried from the most specific (a document number such as 15-NQ/TU contains
digits that would otherwise read as a count) to the least; a span once claimed is not
claimed again.
"""

from __future__ import annotations

import re

from ..model import Entity
from ..numbers import NUMBER_BODY, parse_number, parse_roman
from ..resources import word_set
from ..text import number_matches, number_starts

_NUM = NUMBER_BODY
_YEAR = r"(?:19|20)\d{2}"
_ROMAN = r"[IVX]{1,5}"
_DATE_WORD = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)"

DOC_NUMBER_PARTY = re.compile(
    r"(?<![\w/,])(?<!, )(?P<num>\d{1,4}(?:\s*,\s*\d{1,4})*+)(?P<sep>\s?-\s?)"
    r"(?P<type>[A-ZĐ][A-Za-zĐđ]{0,3})/(?P<issuer>[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)(?![\w])"
)
DOC_NUMBER_STATE = re.compile(
    r"(?<![\w/])(?P<num>\d{1,5})/(?:(?P<year>" + _YEAR + r")/)?"
    r"(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})(?P<issuer>(?:-[A-ZĐ0-9]{1,10})+)(?![\w])"
)
DATE_FULL_WORDS = re.compile(
    r"\b[Nn]gày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>" + _YEAR + r")\b"
)
DATE_NUMERIC = re.compile(r"(?<![\w/.,-])(?P<d>\d{1,2})(?P<s>[/-])(?P<m>\d{1,2})(?P=s)(?P<y>" + _YEAR + r")(?![\w/])")
# (the first letters of _DATE_WORD looked at first: other positions are turned away at once, speed)
DATE_DAY_MONTH = re.compile(r"(?=[NnSsCcTtĐđHh])" + _DATE_WORD + r"\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/])")
PERIOD = re.compile(
    r"(?=[TtQq])(?:"  # (both branches' first letters looked at first, as DATE_DAY_MONTH's: speed)
    r"\b(?P<unit>[Tt]háng|[Qq]uý)\s+(?P<n>\d{1,2}|" + _ROMAN + r")(?:\s*/\s*|\s+năm\s+)(?P<y>" + _YEAR + r")\b"
    r"|\b(?P<unit2>[Qq]uý|[Tt]háng)\s+(?P<n2>" + _ROMAN + r"|\d{1,2})(?![\w/]|[.,]\d))"
)
TERM = re.compile(r"(?<!\d)(?P<a>" + _YEAR + r")\s*[-–—]\s*(?P<b>" + _YEAR + r")(?!\d)")
YEAR = re.compile(r"(?=[Nn])\b[Nn]ăm\s+(?P<y>" + _YEAR + r")\b")  # (its first letter looked at first: speed)
RATIO = re.compile(r"(?<![\w/.,])(?P<a>" + _NUM + r")/ ?(?P<b>" + _NUM + r")(?![\w/]|[.,]\d)")
# a part and its whole each with the same unit, "/" between: "1,8 km/2,4 km", "12 hộ/15 hộ" (money is read first);
# not a whole a period names ("120 hộ/100 hộ năm trước", "… cùng kỳ"): the two are levels compared, not a part of it
RATIO_OF_UNITS = re.compile(r"(?<![\w/.,])(?P<a>" + _NUM + r")\s?(?P<u>[^\W\d_]+(?: [^\W\d_]+)?) ?/ ?(?P<b>" + _NUM
                            + r")\s?(?P=u)(?!\w)(?![ \t]*(?:\(\s*)?(?:của\s+|so\s+với\s+)?(?:(?:cùng\s+)?kỳ|năm|tháng|quý|"
                            r"đầu\s+năm|cuối\s+năm)(?!\w))", re.IGNORECASE)
PERCENT = re.compile(r"(?<![\w.,])(?P<n>" + _NUM + r")(?P<space>\s?)%")
_CURRENCY = r"(?P<cur>đồng(?!\s+(?:chí|bào|thời|ý|tình|hành|nghiệp|đội|bộ|loạt|lòng|thuận|minh|phục|ca|hương))|VNĐ|VND|USD|đô la)"
# ("tỉ" is the other spelling of "tỷ", as many papers print it: "179.700 tỉ đồng"; never "tỉ lệ", "tỉ trọng")
MONEY = re.compile(
    r"(?<![\w.,])(?P<n>" + _NUM + r")\s++(?:(?P<scale>nghìn t[ỷỉ]|ngàn t[ỷỉ]|t[ỷỉ]|triệu|nghìn|ngàn)\s*+)?" + _CURRENCY
    + r"\b|(?<![\w.,])(?P<n2>" + _NUM + r")\s+(?P<scale2>nghìn t[ỷỉ]|ngàn t[ỷỉ]|t[ỷỉ](?!\s+(?:lệ|trọng)\b)|triệu)\b"
)
# one amount spelt in several scales, as budgets and loans are written: "1 tỷ 250 triệu đồng", "147 triệu 700 nghìn
# đồng" (each tail below 1.000 of its scale)
COMPOUND_MONEY = re.compile(
    r"(?<![\w.,])(?P<n>" + _NUM + r")\s+(?P<scale>t[ỷỉ]|triệu)(?P<tail>(?:\s+\d{1,3}\s+(?:triệu|nghìn|ngàn)(?!\s+t[ỷỉ]))+)"
    r"(?:\s+" + _CURRENCY + r")?\b"
)
_TAIL = re.compile(r"(\d{1,3})\s+(triệu|nghìn|ngàn)")
# a measure's unit may be glued to its number, as portals print it ("315ha", "7.760tấn"); not "12h", "5m" (a clock, a
# label)
COUNT = re.compile(r"(?<![\w.,/])(?P<n>" + _NUM + r")(?:(?![\w%/]|[.,]\d)|(?=(?:ha|tấn|km|kg)(?!\w)))")
# a unit never crosses a table cell (TAB), nor takes the first letter of an abbreviation ("do đ/c A")
_WORD = re.compile(r"[^\S\t]*([^\W\d_]+)(?!/[^\W\d_](?![^\W\d_]))")

_COMRADES = re.compile(r"[^\S\t]+([đĐ]/[cC])(?![^\W\d_]|/)")
_MONEY_WORDS = ("đồng", "VN", "USD", "đô la", "tỷ", "tỉ", "triệu")  # one of them is in every MONEY match
_DATE_CONTEXT = re.compile(r"(tháng|quý|ngày|sáng|chiều|tối|trưa|hôm|đêm|từ|đến)\s*$")
_YEAR_RE = re.compile(_YEAR)
_LABEL_CONTEXT = re.compile(
    r"(thứ|(?<![Tt]ổng )(?<![Tt]rong )số|khóa|khoá|Điều|điều|khoản|(?<!cao )(?<!trọng )(?<!địa )điểm|Quy định|Nghị quyết|"
    r"Chỉ thị|Kết luận)\s*$"
)
_BROKEN_GROUP = re.compile(r"\d[.,] $")
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "tỉ": 1e9,
          "nghìn tỉ": 1e12, "ngàn tỉ": 1e12}
MAX_UNIT_WORDS = 8


def detect_figures(text: str, starts: list[int] | None = None) -> list[Entity]:
    """``starts``: where the runs of digits begin, when already known (Reading.number_starts)."""
    starts = number_starts(text) if starts is None else starts
    if not starts:
        return []  # every figure has a digit; most prose paragraphs have none
    claimed = bytearray(len(text))  # 1 where a figure already sits: a C-speed overlap test
    entities: list[Entity] = []

    def free(start: int, end: int) -> bool:
        return claimed.find(1, start, end) == -1

    def add(start: int, end: int, type_: str, **data) -> None:
        claimed[start:end] = b"\x01" * (end - start)
        entities.append(Entity("figure", start, end, text[start:end], {"type": type_, **data}))

    # Each pattern needs a character or word of its own ("/", "%", "tháng"): a paragraph
    # without it skips that pass, most passes on most paragraphs.
    slash = "/" in text
    # The patterns that open with a number are tried where a number starts (number_matches).
    for match in number_matches(DOC_NUMBER_PARTY, text, starts) if slash else ():
        numbers = [int(n) for n in re.findall(r"\d+", match["num"])]
        add(match.start(), match.end(), "doc_number", system="party", numbers=numbers,
            doc_type=match["type"], issuer=match["issuer"])
    for match in number_matches(DOC_NUMBER_STATE, text, starts) if slash else ():
        if free(match.start(), match.end()):
            add(match.start(), match.end(), "doc_number", system="state", numbers=[int(match["num"])],
                doc_type=match["type"], issuer=match["issuer"].lstrip("-"), year=match["year"])
    for matches in (DATE_FULL_WORDS.finditer(text) if "tháng" in text else (),
                    number_matches(DATE_NUMERIC, text, starts) if slash or "-" in text else ()):
        for match in matches:
            if free(match.start(), match.end()):
                add(match.start(), match.end(), "date", day=int(match["d"]), month=int(match["m"]),
                    year=int(match["y"]))
    for match in DATE_DAY_MONTH.finditer(text) if slash else ():
        start = match.start("d")
        if free(start, match.end()):
            add(start, match.end(), "date", day=int(match["d"]), month=int(match["m"]), year=None)
    for match in PERIOD.finditer(text) if "háng" in text or "uý" in text else ():
        if free(match.start(), match.end()):
            unit = (match["unit"] or match["unit2"]).lower()
            raw = match["n"] or match["n2"]
            number = int(raw) if raw.isdigit() else parse_roman(raw)
            year = int(match["y"]) if match["y"] else None
            add(match.start(), match.end(), "period", unit=unit, number=number, year=year)
    for match in number_matches(TERM, text, starts):
        if free(match.start(), match.end()):
            add(match.start(), match.end(), "term", first_year=int(match["a"]), last_year=int(match["b"]))
    for match in YEAR.finditer(text) if "ăm" in text else ():
        if free(match.start("y"), match.end()):
            add(match.start("y"), match.end(), "year", year=int(match["y"]))
    for match in number_matches(RATIO, text, starts) if slash else ():
        if free(match.start(), match.end()) and not _month_or_date(text, match):
            part, whole = parse_number(match["a"]), parse_number(match["b"])
            add(match.start(), match.end(), "ratio", value=part.value, total=whole.value,
                unit=_unit_after(text, match.end()), decimals=part.decimals, total_decimals=whole.decimals)
    for match in number_matches(PERCENT, text, starts) if "%" in text else ():
        if free(match.start(), match.end()) and not _split_group(text, match.start()):
            number = parse_number(match["n"])
            add(match.start(), match.end(), "percent", value=number.value, decimals=number.decimals)
    for match in number_matches(COMPOUND_MONEY, text, starts) if "triệu" in text or "nghìn" in text or "ngàn" in text else ():
        if free(match.start(), match.end()) and not _split_group(text, match.start()):
            compound = _compound_amount(match)
            if compound is not None:
                value, smallest = compound
                add(match.start(), match.end(), "money", value=value, amount=round(value / _SCALE[smallest]),
                    decimals=0, scale=smallest, currency=match["cur"] or "đồng")
    for match in number_matches(MONEY, text, starts) if any(w in text for w in _MONEY_WORDS) else ():
        if free(match.start(), match.end()) and not _split_group(text, match.start()):
            number = parse_number(match["n"] or match["n2"])
            scale = match["scale"] or match["scale2"]
            add(match.start(), match.end(), "money", value=number.value * _SCALE.get(scale or "", 1),
                amount=number.value, decimals=number.decimals, scale=scale, currency=match["cur"] or "đồng")
    for match in number_matches(RATIO_OF_UNITS, text, starts) if slash else ():
        if free(match.start(), match.end()):
            part, whole = parse_number(match["a"]), parse_number(match["b"])
            add(match.start(), match.end(), "ratio", value=part.value, total=whole.value, unit=match["u"],
                decimals=part.decimals, total_decimals=whole.decimals)
    for match in number_matches(COUNT, text, starts):
        if not free(match.start(), match.end()) or _not_a_count(text, match.start()):
            continue
        unit = _unit_after(text, match.end())
        if not unit:
            continue
        number = parse_number(match["n"])
        add(match.start(), match.end(), "count", value=number.value, decimals=number.decimals, unit=unit)
    entities.sort(key=lambda e: e.start)
    return entities


def _compound_amount(match: re.Match[str]) -> tuple[float, str] | None:
    """The value of "1 tỷ 250 triệu" and its smallest scale, or None when the scales do not fall ("5 triệu 3 triệu")
    or the head carries decimals ("1,5 tỷ 200 triệu" is no way of writing an amount)."""
    head = parse_number(match["n"])
    if head.decimals:
        return None
    value, scale = head.value * _SCALE[match["scale"]], match["scale"]
    for digits, word in _TAIL.findall(match["tail"]):
        if _SCALE[word] >= _SCALE[scale]:
            return None
        value, scale = value + int(digits) * _SCALE[word], word
    return value, scale


def _month_or_date(text: str, match: re.Match[str]) -> bool:
    """'tháng 3/2023', 'quý 1/2023' and bare '21/4' after a date word are not ratios."""
    before = text[max(0, match.start() - 12):match.start()].lower()
    if _DATE_CONTEXT.search(before):
        return True
    return bool(_YEAR_RE.fullmatch(match["b"])) and match["a"].isdigit() and int(match["a"]) <= 12


def _not_a_count(text: str, start: int) -> bool:
    """Ordinals, numbered names and labels: 'lần thứ 12', 'Thủy lợi 8', 'Covid-19', '(3)'."""
    before = text[max(0, start - 16):start]
    if _LABEL_CONTEXT.search(before):
        return True
    if before.endswith("-") or _split_group(text, start):  # Covid-19, 2022-01, "1. 357"
        return True
    if before.endswith("(") and text[start:start + 4].rstrip("0123456789").startswith(")"):
        return True
    return False


def _split_group(text: str, start: int) -> bool:
    """"1. 357 tỷ": the digits after a stray space are the tail of a broken number, not a
    number of their own (the number-format rule reports the break)."""
    return bool(_BROKEN_GROUP.search(text, max(0, start - 3), start))


def _unit_after(text: str, end: int) -> str:
    """The noun phrase a number counts: words after it up to a stop word or punctuation; or the
    abbreviation of "đồng chí" ("19 đ/c", "(1.031 đ/c)"), whatever follows it (a name, "so với …")."""
    abbreviated = _COMRADES.match(text, end)
    if abbreviated:
        return abbreviated.group(1)
    stops = word_set("unit_stop_words")
    words = []
    pos = end
    while len(words) < MAX_UNIT_WORDS:
        match = _WORD.match(text, pos)
        if not match or match.group(1).lower() in stops:
            break
        if words and text[pos:match.start(1)].strip():
            break
        words.append(match.group(1))
        pos = match.end()
    return " ".join(words)
