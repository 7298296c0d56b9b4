"""Tables written as text (cells between " | " or tabs; quantities/tables.py reads them): a
total row must be the sum of the rows above it, and a rate column the result column over
the plan column, at the precision printed. The sum-mismatch and percent-mismatch rules of
arithmetic.py run these on the document (their examples are there)."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Related, Severity
from ..numbers import format_vi, parse_number, round_half_up, truncate, written_like
from ..quantities.tables import Table, tables
from ..quantities.verdicts import MET, higher_is_better, is_met, verdict
from ..resources import word_set
from .registry import DocumentContext, Issue

_TOTAL_ROW = re.compile(r"(?:tổng\s+cộng|tổng\s+số|tổng|cộng|toàn\s+(?:xã|phường|tỉnh|huyện|đơn\s+vị))(?!\w)",
                        re.IGNORECASE)
# columns whose figures do not add up: rates, averages, prices, ranks, years
_NOT_SUMMED = re.compile(r"%|tỷ\s+lệ|tỉ\s+lệ|bình\s+quân|trung\s+bình|năng\s+suất|giá|xếp\s+(?:hạng|loại)|thứ\s+hạng|"
                         r"(?<!\w)stt(?!\w)|(?<!\w)tt(?!\w)|(?<!\w)năm(?!\w)|so\s+với|tăng|giảm", re.IGNORECASE)
_PLAN = re.compile(r"kế\s+hoạch|(?<!\w)KH(?!\w)|chỉ\s+tiêu|dự\s+toán", re.IGNORECASE)
_RESULT = re.compile(r"thực\s+hiện|(?<!\w)TH(?!\w)|kết\s+quả|đạt\s+được", re.IGNORECASE)
_RATE = re.compile(r"%|tỷ\s+lệ|tỉ\s+lệ", re.IGNORECASE)
_ATTAINED = re.compile(r"\s*(?:đạt|so\s+với\s+kế\s+hoạch)\s*", re.IGNORECASE)


def table_total_mismatch(ctx: DocumentContext) -> Iterator[Issue]:
    """A table's total row ("Tổng cộng", "Cộng") is the sum of the rows above it, column by
    column (rates, averages and prices are not summed)."""
    for table in tables(ctx):
        totals = [i for i, row in enumerate(table.rows) if _TOTAL_ROW.match(row.label)]
        if len(totals) != 1 or totals[0] != len(table.rows) - 1 or totals[0] < 2:
            continue
        *data, total_row = table.rows
        for column in range(1, len(table.header.cells)):
            name = table.header.cells[column].text
            if _NOT_SUMMED.search(name):
                continue
            total = total_row.cells[column].number
            values = [row.cells[column].number for row in data]
            if total is None or any(v is None for v in values):
                continue
            summed = sum(v.value for v in values)
            decimals = max(v.decimals for v in (*values, total))
            tolerance = 0.5 * 10 ** -decimals * (len(values) + 1) * (1 - 1e-6) if decimals else 1e-9
            if abs(summed - total.value) <= tolerance:
                continue
            cell = total_row.cells[column]
            listed = " + ".join(row.cells[column].text for row in data)
            yield Issue(cell.start, cell.end,
                        f"Cột “{name}”: {listed} = {format_vi(summed, decimals)}, khác dòng “{total_row.label}” "
                        f"({cell.text}).", written_like(format_vi(summed, total.decimals), cell.text),
                        related=tuple(Related(row.cells[column].start, row.cells[column].end, "part") for row in data))


def table_rate_mismatch(ctx: DocumentContext) -> Iterator[Issue]:
    """A rate column ("Tỷ lệ (%)", "%") beside a plan column (kế hoạch, KH, chỉ tiêu, dự toán)
    and a result column (thực hiện, TH, kết quả) is result over plan, rounded to the decimals
    printed; truncated instead of rounded is only a warning."""
    for table in tables(ctx):
        columns = _rate_columns(table)
        if columns is None:
            yield from _consensus_rate(table)
            continue
        plan_at, result_at, rate_at = columns
        for row in table.rows:
            plan, result, rate = _counted(row.cells[plan_at]), _counted(row.cells[result_at]), row.cells[rate_at].number
            if _noun_of(row.cells[plan_at]) != _noun_of(row.cells[result_at]):
                continue  # "22.000 người" against "21.500 lượt": two measures
            if plan is None or result is None or rate is None or not plan.value:
                continue
            true = result.value / plan.value * 100
            if abs(round_half_up(true, rate.decimals) - rate.value) < 1e-9:
                continue
            cell = row.cells[rate_at]
            expected = format_vi(true, rate.decimals)
            severity = "warning" if abs(truncate(true, rate.decimals) - rate.value) < 1e-9 else None
            yield Issue(cell.start, cell.end,
                        f"{_row_name(row)}: {row.cells[result_at].text} / {row.cells[plan_at].text} = "
                        f"{format_vi(true, 2).rstrip('0').rstrip(',')}%, làm tròn thành {expected}%, không phải "
                        f"{cell.text.rstrip('% ')}%.", expected + cell.text[len(cell.text.rstrip("% ")):],
                        _severity(severity),
                        (Related(row.cells[plan_at].start, row.cells[plan_at].end, "plan"),
                         Related(row.cells[result_at].start, row.cells[result_at].end, "result")))


def _consensus_rate(table: Table) -> Iterator[Issue]:
    """"Chi đoàn | Đoàn viên | Tham gia | Tỷ lệ": a rate column whose headers name no plan nor result is
    still one count column over another when every row but one says so (three rows at least agreeing,
    whatever the words): the one left is a slip (a warning naming its two cells)."""
    names = [c.text for c in table.header.cells]
    rates = [i for i, n in enumerate(names) if i and _RATE.search(n)]
    if len(rates) != 1 or len(table.rows) < 3:
        return
    rate_at = rates[0]
    yield from _shares_of_the_column(table, names, rate_at)
    # rates printed to two decimals agree by chance with no other pair of columns: two rows suffice then
    precise = all(rate_at < len(row.cells) and row.cells[rate_at].number is not None
                  and row.cells[rate_at].number.decimals >= 2 for row in table.rows)
    least = 2 if precise else 3
    if len(table.rows) < least + 1:
        return
    for whole_at in range(1, rate_at):
        for part_at in range(1, rate_at):
            if part_at == whole_at:
                continue
            agree, wrong = 0, []
            for row in table.rows:
                if max(whole_at, part_at, rate_at) >= len(row.cells):
                    break
                whole, part, rate = (row.cells[i].number for i in (whole_at, part_at, rate_at))
                if whole is None or part is None or rate is None or not whole.value:
                    break
                true = part.value / whole.value * 100
                if abs(round_half_up(true, rate.decimals) - rate.value) < 1e-9:
                    agree += 1
                else:
                    wrong.append((row, true, rate))
            else:
                if agree >= least and len(wrong) == 1:
                    row, true, rate = wrong[0]
                    cell = row.cells[rate_at]
                    expected = format_vi(true, rate.decimals)
                    yield Issue(cell.start, cell.end,
                                f"{row.label}: {row.cells[part_at].text} / {row.cells[whole_at].text} = "
                                f"{format_vi(true, 2).rstrip('0').rstrip(',')}%, làm tròn thành {expected}%, không phải "
                                f"{cell.text.rstrip('% ')}%: các dòng khác của cột “{names[rate_at]}” đều là cột "
                                f"“{names[part_at]}” chia cho cột “{names[whole_at]}”.",
                                expected + cell.text[len(cell.text.rstrip("% ")):], Severity.WARNING,
                                (Related(row.cells[whole_at].start, row.cells[whole_at].end, "whole"),
                                 Related(row.cells[part_at].start, row.cells[part_at].end, "part")))
                    return


def _shares_of_the_column(table: Table, names: list[str], rate_at: int) -> Iterator[Issue]:
    """"Mức đánh giá | Số học sinh | Tỷ lệ" with a row per level: one count column and a rate column beside it are each
    row's share of the column's sum (its total row's, when it has one), when every row but one says so (two rows
    at least agreeing at two printed decimals, three otherwise): the one left is a slip (a warning)."""
    counts = [i for i in range(1, rate_at) if all(i < len(r.cells) and r.cells[i].number is not None for r in table.rows)]
    if len(counts) != 1 or len(names) != rate_at + 1:
        return
    count_at = counts[0]
    totals = [r for r in table.rows if _TOTAL_LABEL.match(r.label)]
    rows = [r for r in table.rows if r not in totals]
    if len(totals) > 1 or any(r.cells[rate_at].number is None for r in rows):
        return
    whole = totals[0].cells[count_at].number.value if totals else sum(r.cells[count_at].number.value for r in rows)
    if not whole or totals and abs(whole - sum(r.cells[count_at].number.value for r in rows)) > 1e-9:
        return
    agree, wrong = 0, []
    for row in rows:
        rate = row.cells[rate_at].number
        true = row.cells[count_at].number.value / whole * 100
        if abs(round_half_up(true, rate.decimals) - rate.value) < 1e-9:
            agree += 1
        else:
            wrong.append((row, true, rate))
    least = 2 if all(r.cells[rate_at].number.decimals >= 2 for r in rows) else 3
    if agree < least or len(wrong) != 1:
        return
    row, true, rate = wrong[0]
    if abs(sum(r.cells[rate_at].number.value for r in rows) - 100) < 1e-9 \
            and abs(rate.value - round_half_up(true, rate.decimals)) < 10.0 ** -rate.decimals + 1e-9:
        return  # 33,33 + 33,33 + 33,34: the last unit moved so the column adds up to 100%, as clerks do
    cell = row.cells[rate_at]
    expected = format_vi(true, rate.decimals)
    yield Issue(cell.start, cell.end,
                f"{row.label}: {row.cells[count_at].text} / {format_vi(whole)} = {format_vi(true, 2).rstrip('0').rstrip(',')}%, "
                f"làm tròn thành {expected}%, không phải {cell.text.rstrip('% ')}%: các dòng khác của cột “{names[rate_at]}” "
                f"đều là cột “{names[count_at]}” chia cho tổng của cột.", expected + cell.text[len(cell.text.rstrip("% ")):],
                Severity.WARNING, (Related(row.cells[count_at].start, row.cells[count_at].end, "part"),))


_TOTAL_LABEL = re.compile(r"\s*(?:tổng\s+cộng|tổng\s+số|tổng|cộng|toàn\s+(?:xã|phường|huyện|tỉnh))(?!\w)", re.IGNORECASE)


def _row_name(row) -> str:
    """What a row is about: its first cell that is no number ("4 | Xây mới nhà ở | căn | 25 …": the second)."""
    return next((c.text for c in row.cells if c.number is None and c.text), row.label)


def _counted(cell):
    """The number of a plan or result cell: the cell itself ("1.058") or a number and its noun ("23.800 trẻ")."""
    return cell.number or (_cell_count(cell.text) if _NUMBER_CELL.fullmatch(cell.text) else None)


def _noun_of(cell) -> str:
    return re.sub(r"[\d.,\s]+", " ", cell.text).strip().lower()


def _rate_columns(table: Table) -> tuple[int, int, int] | None:
    names = [c.text for c in table.header.cells]
    # a column no row holds a number in is the rows' labels ("TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Tỷ lệ"):
    # "Chỉ tiêu" there names the targets listed, not their plan
    counted = {i for i in range(len(names)) if any(i < len(row.cells) and _counted(row.cells[i]) for row in table.rows)}
    plans = [i for i, n in enumerate(names) if i in counted and _PLAN.search(n) and not _RATE.search(n)]
    results = [i for i, n in enumerate(names) if i in counted and _RESULT.search(n) and not _RATE.search(n)
               and not _ATTAINED.fullmatch(n)]
    # ("Kế hoạch | Thực hiện | Đạt": a column named by the verb of attainment whose every cell is a percentage)
    rates = [i for i, n in enumerate(names) if i and (_RATE.search(n) or _ATTAINED.fullmatch(n) and all(
        i < len(row.cells) and row.cells[i].number is not None and row.cells[i].text.rstrip().endswith("%")
        for row in table.rows))]
    if len(plans) != 1 or len(results) != 1 or len(rates) != 1 or len({*plans, *results, *rates}) != 3:
        return None
    return plans[0], results[0], rates[0]


def _severity(name: str | None):
    from ..model import Severity

    return Severity.WARNING if name == "warning" else None


def text_against_table_total(ctx: DocumentContext) -> Iterator[Issue]:
    """"… đã cấp 1.085 giấy chứng nhận … Chi tiết theo từng đơn vị:" then a table whose total
    row gives 1.058 in its "Thực hiện (GCN)" column: the count the announcing paragraph states
    is the table's total of the column that counts that noun (by its words or their initials,
    "GCN"), plan and rate columns aside. Run by figure-inconsistent (consistency.py) - the same
    quantity stated in the text and in the table."""
    from ..quantities import head_of
    from ..quantities.lists import paragraph_layer

    for table in tables(ctx):
        total_row = table.rows[-1]
        if not _TOTAL_ROW.match(total_row.label) or table.header.paragraph == 0:
            continue
        lead = ctx.paragraphs[table.header.paragraph - 1]
        if not lead.text.rstrip().endswith(":"):
            continue  # the paragraph does not announce the table
        layer = paragraph_layer(ctx, lead)
        counts = [q for q in layer.quantities if q.kind == "count" and q.head
                  and head_of(q.head)[1] not in (None, "time")]
        for quantity in counts:
            plan = quantity.role == "plan"  # a plan stated in the text is the plan column's total
            columns = [c for c in range(1, len(table.header.cells)) if total_row.cells[c].number is not None
                       and not _NOT_SUMMED.search(table.column(c))
                       and bool(_PLAN.search(table.header.cells[c].text)) == plan
                       and _counts_noun(table.header.cells[c].text, _COUNTED_BY.get(quantity.head, quantity.head))]
            if len(columns) != 1:
                continue
            header = table.header.cells[columns[0]].text
            if not _told_as_header(layer, quantity, header) or sum(
                    q.head == quantity.head and _told_as_header(layer, q, header) for q in counts) != 1:
                continue  # "điều trị nội trú 6.904 lượt" is not the column "Lượt khám": another count of lượt
            cell = total_row.cells[columns[0]]
            if cell.number.value == quantity.value:
                continue
            start = lead.start + quantity.start
            yield Issue(start, lead.start + quantity.end,
                        f"“{quantity.text} {quantity.head}” khác với dòng “{total_row.label}” của bảng ngay sau "
                        f"(cột “{table.header.cells[columns[0]].text}”: {cell.text}); cùng một số liệu phải ghi "
                        "thống nhất.", None, related=(Related(cell.start, cell.end, "later"),))


_COUNTED_BY = {"lượt người": "lượt"}  # "khám cho 48.521 lượt người" is a count of the column "Lượt khám"
_HEADER_FILLERS = frozenset(("số", "tổng", "cộng", "đã", "được", "trong", "năm", "kỳ", "thực", "hiện", "kết", "quả"))


def _told_as_header(layer, quantity, header: str) -> bool:
    """The words a column's header adds to the noun ("Lượt khám": khám) stand in the clause of the count
    the text states ("đã khám cho 48.521 lượt người", not "điều trị nội trú 6.904 lượt"); a header of the
    noun alone ("Số GCN") names any count of it."""
    words = [w for w in re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", " ", header).lower()) if w not in _HEADER_FILLERS
             and w not in quantity.head.lower().split()]
    if not words or len(words) > 4:
        return not words
    clause = layer.clauses[quantity.clause] if quantity.clause < len(layer.clauses) else None
    start = clause.start if clause is not None else 0
    before = re.split(r"[,;]", layer.text[max(start, quantity.start - 80):quantity.start].lower())[-1]
    said = before + " " + re.split(r"[,;.(]", layer.text[quantity.end:quantity.end + 40].lower())[0]
    return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said) for w in words)


def _counts_noun(header: str, head: str) -> bool:
    """A column header counts a noun: its words ("Số giấy chứng nhận đã cấp") or, in brackets,
    their initials ("Thực hiện (GCN)")."""
    lower = header.lower()
    if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", lower):
        return True
    initials = "".join(word[0] for word in head.split())
    return len(initials) >= 2 and bool(re.search(rf"\(\s*{re.escape(initials)}\s*\)", lower))


# (a verdict cell may say it was reached: "Đã đạt", "Đã hoàn thành")
_VERDICT_CELL = re.compile(r"\s*(?:đã\s+)?(chưa\s+đạt|không\s+đạt|chưa\s+hoàn\s+thành|không\s+hoàn\s+thành|vượt|đạt|hoàn\s+thành)"
                           r"(?!\w)", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"\s*(\d[\d.,]*)(?:\s+[^\W\d_]+){0,3}\s*$")
_BOUND_CELL = re.compile(r"dưới|không\s+quá|tối\s+đa|tối\s+thiểu|ít\s+nhất|trở\s+lên|trở\s+xuống|trên|giảm|còn|%",
                         re.IGNORECASE)


def table_verdict_mismatch(ctx: DocumentContext) -> Iterator[Issue]:
    """A table with a plan column and a result column (kế hoạch / thực hiện) and a verdict in a
    row ("Kết nạp hội viên mới | 120 | 96 | vượt chỉ tiêu"): the verdict must be what the two
    numbers give. A warning: a row whose count is better lower (resources/lower_is_better.txt)
    or whose plan is a bound ("dưới 2%") is left alone."""
    lower = word_set("lower_is_better")
    for table in tables(ctx):
        names = [c.text for c in table.header.cells]
        plans = [i for i, n in enumerate(names) if i and _PLAN.search(n) and not _RATE.search(n)]
        results = [i for i, n in enumerate(names) if i and _RESULT.search(n) and not _RATE.search(n)]
        if len(plans) != 1 or len(results) != 1 or plans == results:
            continue
        plan_at, result_at = plans[0], results[0]
        if _PART_PERIOD.search(names[result_at]) or _PART_PERIOD.search(names[plan_at]):
            continue  # "TH 9 tháng" against "KH năm": progress, no verdict from the cells
        for row in table.rows:
            label = row.label.lower()
            claims = [(c, _VERDICT_CELL.match(c.text)) for i, c in enumerate(row.cells) if i not in (0, plan_at, result_at)]
            claims = [(c, m) for c, m in claims if m]
            if len(claims) == 1:
                bound = _bound_issue(row, plan_at, result_at, *claims[0])
                if bound is not None:
                    yield bound
                    continue
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", label) for w in lower):
                continue
            plan, result = _cell_count(row.cells[plan_at].text), _cell_count(row.cells[result_at].text)
            rates = plan is None and result is None
            if rates:  # "Tỷ lệ che phủ rừng | 46% | 45,2% | Chưa đạt": two plain rates
                plan, result = _percent_cell(row.cells[plan_at].text), _percent_cell(row.cells[result_at].text)
            if plan is None or result is None or len(claims) != 1 or not plan.value:
                continue
            cell, claim = claims[0]
            if _PROGRESS_AFTER.match(cell.text, claim.end()):
                continue  # "đạt tiến độ": a verdict on the pace, not on the plan
            claimed = _CLAIMED.get(re.sub(r"\s+", " ", claim.group(1).lower()))
            computed = verdict(result.value, plan.value)
            if claimed == computed or claimed == "đạt" and computed == "vượt":
                continue
            if rates and not higher_is_better(row.label) and \
                    (claimed == "chưa đạt") != is_met(result.value, plan.value, "<="):
                continue  # a rate of no known direction ("trễ hẹn", "chưa qua đào tạo"), its verdict read as a ceiling
            plan_cell, result_cell = row.cells[plan_at], row.cells[result_at]
            yield Issue(plan_cell.start, cell.end,
                        f"{row.label}: kết quả {result_cell.text.strip()} so với kế hoạch {plan_cell.text.strip()} là "
                        f"{computed}, không phải “{claim.group(1)}”.", None, Severity.WARNING,
                        (Related(plan_cell.start, plan_cell.end, "plan"), Related(result_cell.start, result_cell.end,
                                                                                    "result")))


_PART_PERIOD = re.compile(r"(?<!\w)(?:\d{1,2}|sáu|chín)\s+tháng|(?<!\w)quý(?!\w)|lũy\s+kế|luỹ\s+kế|"
                          r"(?<!\w)(?:6|9)T(?!\w)", re.IGNORECASE)
_PROGRESS_AFTER = re.compile(r"\s*(?:\S+\s+)?tiến\s+độ", re.IGNORECASE)
_CLAIMED = {"chưa đạt": "chưa đạt", "không đạt": "chưa đạt", "chưa hoàn thành": "chưa đạt",
            "không hoàn thành": "chưa đạt", "vượt": "vượt", "đạt": "đạt", "hoàn thành": "đạt"}


# a plan cell that bounds its result: "dưới 2%", "không quá 5 vụ", "giảm còn 12%", "giảm còn dưới 3" (ceilings), "95% trở lên", "ít nhất
# 30" (floors); one number in it
_CEILING_CELL = re.compile(r"^\s*(?:(?:giảm\s+)?(?:xuống\s+)?(?:còn\s+)?(?:(?P<strict>dưới)|không\s+quá|tối\s+đa)|"
                           r"(?:giảm\s+)?(?:xuống\s+)?còn)\s+"
                           r"(?P<n>\d[\d.,]*)\s*%?(?:\s+[^\W\d_]+){0,2}\s*(?:trở\s+xuống)?\s*$", re.IGNORECASE)
_FLOOR_CELL = re.compile(r"^\s*(?:(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|từ)\s+)?(?P<n>\d[\d.,]*)\s*%?(?:\s+[^\W\d_]+){0,2}"
                         r"\s*(?:trở\s+lên)?\s*$", re.IGNORECASE)
_FLOOR_WORD = re.compile(r"ít\s+nhất|tối\s+thiểu|không\s+dưới|trở\s+lên", re.IGNORECASE)
_VALUE_CELL = re.compile(r"^\s*(\d[\d.,]*)\s*%?(?:\s+[^\W\d_]+){0,2}\s*$")


def _bound_issue(row, plan_at: int, result_at: int, cell, claim) -> Issue | None:
    """"Tỷ lệ hộ nghèo | dưới 2% | 2,36% | Đạt": a plan cell that bounds the result, a ceiling or a floor, and a
    verdict the result does not bear (met or not; how far past a ceiling is no "vượt" to judge). A warning."""
    plan_cell, result_cell = row.cells[plan_at], row.cells[result_at]
    ceiling, floor = _CEILING_CELL.match(plan_cell.text), _FLOOR_CELL.match(plan_cell.text)
    if ceiling is None and (floor is None or not _FLOOR_WORD.search(plan_cell.text)):
        return None
    found = ceiling or floor
    value, result = _VALUE_CELL.match(result_cell.text), parse_number(found["n"])
    target = result
    actual = parse_number(value[1]) if value else None
    if target is None or actual is None or ("%" in plan_cell.text) != ("%" in result_cell.text):
        return None
    comparator = ("<" if found["strict"] else "<=") if ceiling else ">="
    met = is_met(actual.value, target.value, comparator)
    claimed = _CLAIMED.get(re.sub(r"\s+", " ", claim.group(1).lower()))
    if claimed is None or (claimed in MET) == met or _PROGRESS_AFTER.match(cell.text, claim.end()):
        return None
    computed = "đạt" if met else "chưa đạt"
    return Issue(plan_cell.start, cell.end,
                 f"{row.label}: kết quả {result_cell.text.strip()} so với chỉ tiêu “{plan_cell.text.strip()}” là "
                 f"{computed}, không phải “{claim.group(1)}”.", None, Severity.WARNING,
                 (Related(plan_cell.start, plan_cell.end, "plan"), Related(result_cell.start, result_cell.end, "result")))


def _percent_cell(text: str):
    found = _PERCENT_CELL.fullmatch(text)
    return parse_number(found[1]) if found else None


_PERCENT_CELL = re.compile(r"\s*(\d[\d.,]*)\s*%\s*")


def _cell_count(text: str):
    """The number of a plan or result cell: the cell itself or a number and its noun ("380 hộ");
    None for a bound ("dưới 2%") or anything else."""
    if _BOUND_CELL.search(text):
        return None
    found = _NUMBER_CELL.fullmatch(text)
    return parse_number(found[1]) if found else None


def text_claim_against_table(ctx: DocumentContext) -> Iterator[Issue]:
    """"Khối | Chỉ tiêu | Kết nạp | Tỷ lệ (%)" with a row "Doanh nghiệp | 420 | 409 | 97,4", then the
    report's words "khối doanh nghiệp kết nạp 409 đảng viên, vượt chỉ tiêu được giao": a claim on a
    count that is a row's result, the row named in the sentence, is judged against that row's plan
    (a warning naming the row)."""
    from ..detectors.targets import CLAIM, _claim_of
    from ..quantities.lists import paragraph_layer

    rows = []
    for table in tables(ctx):
        names = [c.text for c in table.header.cells]
        plans = [i for i, n in enumerate(names) if i and _PLAN.search(n) and not _RATE.search(n)]
        if len(plans) != 1 or _PART_PERIOD.search(names[plans[0]]):
            continue
        others = [i for i, n in enumerate(names) if i and i != plans[0] and not _RATE.search(n)
                  and all(row.cells[i].number is not None for row in table.rows)]
        if len(others) != 1 or _PART_PERIOD.search(names[others[0]]):
            continue
        for row in table.rows:
            plan, result = row.cells[plans[0]].number, row.cells[others[0]].number
            label = " ".join(row.label.lower().split())
            if plan and result and len(label) >= 4 and not _TOTAL_ROW.match(row.label):
                rows.append((label, plan, result, row, plans[0], others[0]))
    if not rows:
        return
    table_paragraphs = {r[3].paragraph for r in rows}
    for index, paragraph in enumerate(ctx.paragraphs):
        if index in table_paragraphs or not CLAIM.search(paragraph.text):
            continue
        text = paragraph.text
        layer = paragraph_layer(ctx, paragraph)
        for claim in CLAIM.finditer(text):
            clause_start = max(text.rfind(c, 0, claim.start()) for c in ".;") + 1
            counts = [q for q in layer.quantities if clause_start <= q.start < claim.start()]
            if len(counts) != 1 or counts[0].kind != "count" or counts[0].role == "plan":
                continue
            count = counts[0]
            if _PART_PERIOD.search(text, clause_start, claim.end()):
                continue  # progress over part of the period, not the row's plan
            before = " ".join(text[clause_start:count.start].lower().split())
            found = [r for r in rows if r[2].value == count.value and re.search(
                rf"(?<!\w){re.escape(r[0])}(?!\w)", before)]
            if len(found) != 1:
                continue
            label, plan, result, row, plan_at, result_at = found[0]
            claimed = _claim_of(claim)
            computed = verdict(result.value, plan.value)
            if claimed == computed or claimed == "đạt" and computed == "vượt" or claimed not in ("đạt", "vượt", "chưa đạt"):
                continue
            shift = paragraph.start
            yield Issue(count.start + shift, claim.end() + shift,
                        f"Văn bản ghi “{claim.group().strip()}” nhưng bảng ghi dòng “{row.label}”: kết quả "
                        f"{row.cells[result_at].text} so với chỉ tiêu {row.cells[plan_at].text} là {computed}.", None,
                        Severity.WARNING, (Related(row.cells[plan_at].start, row.cells[plan_at].end, "plan"),
                                           Related(row.cells[result_at].start, row.cells[result_at].end, "result")))
