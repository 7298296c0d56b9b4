"""How numbers are printed (domain.md §5): "." groups thousands, "," marks decimals, and no
space goes before "%".

Each pattern needs a shape that a list, a heading or a date cannot have: full three-digit
groups, a money or count word after the number, or a "%". Spans inside dates, periods and
document numbers are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Severity
from ..quantities import quantities_of
from ..quantities.reader import number_tokens
from ..resources import word_list
from ..text import number_matches
from .registry import Issue, ParagraphContext, rule

_START = r"(?<![\w.,/-])"
# "1. 357 tỷ": a dot and a space inside a number, after a word (not a "1." list item).
_SPLIT_GROUP = re.compile(r"(?<=[^\W\d_]\s)(?P<a>\d{1,3})\.\s+(?P<b>\d{3})(?![\d.,]\d|\w)")
# "1,234,567" / "2,465.5": English grouping.
_ENGLISH = re.compile(_START + r"(?P<n>\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+)(?![\w.,]\d|\w)")
# "75.5%", "3.5 tỷ": an English decimal point before a percent or a money scale.
_DOT_DECIMAL = re.compile(_START + r"(?P<n>\d+\.\d{1,2})(?=\s?%|\s+(?:tỷ|triệu|nghìn|ngàn)(?!\w))")
_SPACE_PERCENT = re.compile(_START + r"(?P<n>\d+(?:[.,]\d+)*)[ \u00a0]+%")
# a number printed with both Vietnamese marks ("2.051,01"): the paragraph's writer groups thousands with "."
_VI_BOTH_MARKS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,]\d)")
_MONEY_AFTER = re.compile(r"\s+(?:triệu\s+đồng|nghìn|ngàn|đồng|USD|VNĐ)(?!\w)")
_HEADING_WORDS = re.compile(r"(?:mục|điều|khoản|phần|chương|số|bước|ý)\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _three_decimals() -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(word_list("numberformat_units"), key=len, reverse=True))
    return re.compile(_START + r"(?P<n>[1-9]\d{0,2},\d{3})(?![\w.,]\d|\w)(?=\s+(?:" + units + r")(?!\w))")


def _decimal_borne_out(ctx: ParagraphContext, start: int) -> bool:
    """The amount at ``start``, read with "," as its decimal mark, is what the paragraph's other amounts
    give: their sum or difference ("thu 4,86 triệu đồng … để lại 3,402 triệu đồng" after 1,458 sent on), or
    a percentage of one of them ("trích nộp cấp trên 30% là 1,458 triệu đồng"), or a rate times the paragraph's
    counts ("46.000 đồng/hộ/tháng; 52 hộ … 12 tháng … 28,704 triệu đồng"). Three digits after the mark that the
    arithmetic bears out are no thousands group."""
    quantities = quantities_of(ctx).quantities
    amount = next((q for q in quantities if q.start == start and q.kind in ("money", "count")), None)
    if amount is None:
        return False
    # (half the last printed digit, in the amount's own unit)
    slack = 0.5 * 10 ** -amount.decimals * amount.scale + 1e-9 * amount.value
    others = [q.value for q in quantities if q is not amount and q.kind == amount.kind and q.value]
    if any(abs(a + b - amount.value) <= slack or abs(a - b - amount.value) <= slack
           for i, a in enumerate(others) for b in others[i + 1:] + others[:i]):
        return True
    shares = [q.value for q in quantities if q.kind == "percent" and 0 < q.value < 100]
    if any(abs(a * p / 100 - amount.value) <= slack for a in others for p in shares):
        return True
    # (every whole number of the paragraph, durations and counts the quantity layer leaves out included: "12 tháng")
    factors = [n.value for token in number_tokens(ctx.reading) if token.start != start
               and (n := token.number) is not None and n.decimals == 0 and n.value > 1]
    return any(abs(rate * f * g - amount.value) <= slack
               for rate in others for i, f in enumerate(factors) for g in (1.0, *factors[i + 1:]))


def _english_to_vi(number: str) -> str:
    return number.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@rule("number-format", severity=Severity.WARNING, title="Cách viết số")
def number_format(ctx: ParagraphContext):
    """Thousands and decimal marks in the Vietnamese way; no space before '%'."""
    text = ctx.text
    starts = ctx.reading.number_starts  # every pattern opens with a number: tried where one starts
    if not starts:
        return  # most paragraphs hold no number at all
    taken = [(e.start, e.end) for e in ctx.entities
             if e.kind == "figure" and e.get("type") in ("date", "period", "term", "doc_number", "year")]

    def free(start: int, end: int) -> bool:
        if any(a < end and start < b for a, b in taken):
            return False
        taken.append((start, end))
        return True

    for match in number_matches(_SPLIT_GROUP, text, starts):
        if not _HEADING_WORDS.search(text[:match.start()]) and free(*match.span()):
            fixed = f"{match['a']}.{match['b']}"
            yield Issue(match.start(), match.end(),
                        f"Có dấu cách trong số \"{match.group()}\": nếu là {fixed} thì viết liền \"{fixed}\".",
                        suggestion=fixed)
    for match in number_matches(_ENGLISH, text, starts):
        if free(*match.span()):
            fixed = _english_to_vi(match["n"])
            yield Issue(match.start(), match.end(),
                        f"\"{match['n']}\" viết theo kiểu tiếng Anh; tiếng Việt dùng dấu chấm phân cách "
                        f"hàng nghìn và dấu phẩy thập phân: \"{fixed}\".",
                        suggestion=fixed)
    for match in number_matches(_DOT_DECIMAL, text, starts):
        if free(*match.span()):
            fixed = match["n"].replace(".", ",")
            yield Issue(match.start(), match.end(),
                        f"\"{match['n']}\" dùng dấu chấm thập phân kiểu tiếng Anh; viết \"{fixed}\".",
                        suggestion=fixed)
    for match in number_matches(_three_decimals(), text, starts):
        if _MONEY_AFTER.match(text, match.end()) and _VI_BOTH_MARKS.search(text):
            continue  # "2.051,01 ha; … đạt 23,102 triệu đồng": a writer of both Vietnamese marks means a decimal
        if _decimal_borne_out(ctx, match.start()):
            continue  # "thu 4,86 triệu đồng, trích nộp 30% là 1,458 triệu đồng": the arithmetic reads a decimal
        if free(*match.span()):
            number = match["n"]
            yield Issue(match.start(), match.end(),
                        f"\"{number}\" có ba chữ số sau dấu phẩy nên dễ bị đọc nhầm là số hàng nghìn viết "
                        f"kiểu tiếng Anh; kiểm tra lại (\"{number.replace(',', '.')}\" hay "
                        f"\"{number.rstrip('0').rstrip(',')}\").")
    for match in number_matches(_SPACE_PERCENT, text, starts):
        if free(match.start(), match.end()):
            yield Issue(match.start(), match.end(), "Không để dấu cách trước dấu \"%\".",
                        suggestion=f"{match['n']}%")
