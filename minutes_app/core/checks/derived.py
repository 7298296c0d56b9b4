"""Figures an author computed from two others in the same sentence: a difference written with
its base ("cao hơn năm 2024 là 7,9 triệu đồng (năm 2024: 61,3 triệu đồng)"), an amount per
one ("1.326 hộ … 198,9 triệu đồng, bình quân 160.000 đồng/hộ") and a net change after what came
in and went out ("phát triển mới 4.640 hội viên, đưa ra khỏi tổ chức 1.477 hội viên, … tăng 3.163"). The quantity layer reads the
relations (kinds "gap" and "average", quantities/relations.py); a slip is a warning naming the
figures it was computed from. The arithmetic of every change is here too, whatever it is written in: a growth
or fall rate ("tăng 12,8% so với năm 2024 (163,2 triệu đồng)", arithmetic.growth_issue), the rate beside a change,
the excess over a plan in % (result ÷ plan − 100 %: a rate of change against the plan, no share of a whole) and the
difference between two stated levels, in value or in points (consistency.level_change_issues). A clerk reads them
as figures computed from others, not as a share of a whole (percent-mismatch) nor as one figure restated
(figure-inconsistent).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Related, Severity
from ..numbers import format_vi, round_half_up, truncate
from ..quantities import Quantity, Relation, quantities_of, unit_end
from ..quantities.growths import unit_ratio
from ..quantities.remainders import ratio_rests
from .arithmetic import change_rate_issue, excess_issue, growth_issue
from .consistency import level_change_issues
from .registry import Example, Issue, ParagraphContext, rule


def _bounds(quantity: Quantity) -> tuple[float, float]:
    """An amount of money may be rounded at its last printed digit; a count is exact."""
    if quantity.kind != "money":
        return quantity.value, quantity.value
    half = 0.5 * 10.0 ** -quantity.decimals * quantity.scale
    return quantity.value - half, quantity.value + half


def _name(quantity: Quantity, text: str) -> str:
    return text[quantity.start:unit_end(text, quantity)].strip()


def _printed(value: float, like: Quantity) -> str:
    """``value`` written in the unit and precision of ``like`` ("7,1" for 7.1 million when like is "7,9 triệu đồng")."""
    return format_vi(value / like.scale, like.decimals)


@rule("derived-mismatch", severity=Severity.WARNING, title="Số liệu tính ra (mức tăng giảm, chênh lệch, bình quân) không khớp",
      examples=(
          Example("Thu nhập bình quân đầu người năm 2025 đạt 68,4 triệu đồng, cao hơn năm 2024 là 7,9 triệu đồng "
                  "(năm 2024: 61,3 triệu đồng).", "7,9", "7,1"),
          Example("Thu nhập bình quân đầu người năm 2025 đạt 68,4 triệu đồng, cao hơn năm 2024 là 7,1 triệu đồng "
                  "(năm 2024: 61,3 triệu đồng)."),
          Example("Thu nhập bình quân đầu người đạt 92,6 triệu đồng, cao hơn bình quân chung của tỉnh là 18,2 triệu "
                  "đồng (bình quân tỉnh 74,4 triệu đồng)."),
          # a growth over a base in a bracket measures the level before the level's own share of its plan
          Example("Giá trị sản xuất công nghiệp đạt 642 tỷ đồng, bằng 51,4% kế hoạch năm, tăng 9,8% so với cùng kỳ "
                  "(598 tỷ đồng).", "9,8", "7,4"),
          Example("Giá trị sản xuất công nghiệp đạt 642 tỷ đồng, bằng 51,4% kế hoạch năm, tăng 7,4% so với cùng kỳ "
                  "(598 tỷ đồng)."),
          # the level, the base and the rate agree: the amount between them is the slip, not the rate
          Example("Sản lượng lương thực đạt 16.480 tấn, đạt 103% kế hoạch (16.000 tấn), tăng 502 tấn, tương đương 3,3% "
                  "so với năm 2024 (15.960 tấn).", "502", "520"),
          # what is left once a share was taken out (its amount bracketed) or once what was begun was partly finished
          Example("Tổng thu 4.500 triệu đồng; trích 20% (900 triệu đồng) lập quỹ, còn lại 3.700 triệu đồng.", "3.700",
                  "3.600"),
          Example("Tổng thu 4.500 triệu đồng; trích 20% (900 triệu đồng) lập quỹ, còn lại 3.600 triệu đồng."),
          # a count per one: what it counts over what it is per, in one unit of the measure or another (tấn → tạ)
          Example("Toàn xã gieo cấy 420 ha lúa, sản lượng 2.436 tấn, năng suất bình quân 59,8 tạ/ha.", "59,8", "58,0"),
          Example("Toàn xã gieo cấy 420 ha lúa, sản lượng 2.436 tấn, năng suất bình quân 58 tạ/ha."),
          # the moment the first level is of, bracketed after it: "từ 64 xã (năm 2023) lên 71 xã, tăng 7 xã"
          Example("Số xã đạt chuẩn nông thôn mới từ 64 xã (năm 2023) lên 71 xã, tăng 9 xã.", "9", "7"),
          Example("Năm qua, 1.326 hộ trong ấp đóng góp Quỹ “Vì người nghèo” 198,9 triệu đồng, bình quân 160.000 "
                  "đồng/hộ.", "160.000", "150.000"),
          Example("Năm qua, 1.326 hộ trong ấp đóng góp Quỹ “Vì người nghèo” 198,9 triệu đồng, bình quân 150.000 "
                  "đồng/hộ."),
          Example("Hỗ trợ 07 hội viên có hoàn cảnh khó khăn với tổng số tiền 21 triệu đồng, bình quân 3 triệu "
                  "đồng/người."),
          Example("Chi hội vận động 243 hội viên tham gia, tiết kiệm được 398,6 triệu đồng, bình quân gần 1,7 triệu "
                  "đồng/hội viên."),
          # "bình quân một/mỗi <noun>" in the sentence after the amount and the count it divides, when that sentence
          # names what is averaged ("vốn đăng ký", "vay", "góp"); a measure the sentence before does not name is
          # another one
          Example("Trong quý, tỉnh có 1.236 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.840 tỷ đồng. Vốn đăng ký "
                  "bình quân một doanh nghiệp đạt 8,7 tỷ đồng.", "8,7", "8,0"),
          Example("Trong quý, tỉnh có 1.236 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.840 tỷ đồng. Vốn đăng ký "
                  "bình quân một doanh nghiệp đạt 8 tỷ đồng."),
          Example("Năm qua, Hội cho 46 hộ vay với tổng số tiền 1.380 triệu đồng. Bình quân mỗi hộ được vay 35 triệu "
                  "đồng.", "35", "30"),
          Example("Chi hội vận động 120 hội viên góp quỹ được 36 triệu đồng. Số tiền góp bình quân mỗi hội viên là "
                  "400.000 đồng.", "400.000", "300.000"),
          Example("Năm qua, Hội cho 46 hộ vay với tổng số tiền 1.380 triệu đồng. Thu nhập bình quân một hộ đạt 85 "
                  "triệu đồng."),
          Example("Xã có 1.250 hộ, tổng thu nhập toàn xã đạt 112 tỉ đồng, bình quân mỗi hộ 89,6 triệu đồng."),
          Example("Xã có 1.250 hộ, tổng thu nhập toàn xã đạt 112 tỉ đồng, bình quân mỗi hộ 98,6 triệu đồng.", "98,6",
                  "89,6"),
          # after a level and its change, the average may be of either: of the level here
          Example("Quỹ đạt 960 triệu đồng, tăng 240 triệu đồng so với đầu năm, cho 32 hộ vay, bình quân 30 triệu "
                  "đồng/hộ."),
          Example("Quỹ đạt 960 triệu đồng, tăng 240 triệu đồng so với đầu năm, cho 32 hộ vay, bình quân 35 triệu "
                  "đồng/hộ.", "35", "30"),
          # a net change after what came in and what went out
          Example("Trong năm, Hội kết nạp mới 320 hội viên, xóa tên 45 hội viên, tăng 285 hội viên.", "285", "275"),
          Example("Trong năm, Hội kết nạp mới 320 hội viên, xóa tên 45 hội viên, tăng 275 hội viên."),
          # what is left after a ratio: its total less its part
          Example("Kết quả, đã giải quyết được 21/30 vụ việc khiếu nại thuộc thẩm quyền, 8 vụ còn lại đang giải quyết.",
                  "8", "9"),
          Example("Kết quả, đã giải quyết được 21/30 vụ việc khiếu nại thuộc thẩm quyền, 9 vụ còn lại đang giải quyết."),
          # what is left of a plan or a total once part of it is done
          Example("Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 3 nhà đang thi công.",
                  "3", "4"),
          Example("Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 4 nhà đang thi công."),
          Example("Tổng kinh phí được cấp 420 triệu đồng, đã giải ngân 275 triệu đồng, còn 45 triệu đồng đang đề nghị "
                  "thanh toán."),
          # the rest of the whole, after a part of it and what was done of that part: of another level
          Example("Hội tiếp nhận 54 kiến nghị, trong đó 40 kiến nghị thuộc thẩm quyền của Hội, đã trả lời 38 kiến nghị; "
                  "14 kiến nghị còn lại được chuyển UBND xã xem xét."),
          # how many times the earlier level a rise makes: the earlier level is the current one less the rise
          Example("Năm 2025 toàn tỉnh có 412 hợp tác xã, tăng 309 hợp tác xã, gấp 5 lần năm 2020.", "5 lần", "4 lần"),
          Example("Năm 2025 toàn tỉnh có 412 hợp tác xã, tăng 309 hợp tác xã, gấp 4 lần năm 2020."),
          # a change whose levels are stated apart: the current one before it, the earlier one in a bracket after it
          Example("Năm 2024 có 221 đơn thuộc thẩm quyền, so với năm trước giảm 189 đơn (năm 2023 có 419 đơn thuộc thẩm "
                  "quyền).", "189", "198"),
          Example("Năm 2024 có 221 đơn thuộc thẩm quyền, so với năm trước giảm 198 đơn (năm 2023 có 419 đơn thuộc thẩm "
                  "quyền)."),
          # how many times a figure is the one it is compared with, written right after
          Example("Năm 2025 có 412 hộ sản xuất giỏi, gấp 3,6 lần năm 2020 (103 hộ).", "3,6", "4,0"),
          Example("Năm 2025 có 412 hộ sản xuất giỏi, gấp 4 lần năm 2020 (103 hộ)."),
          # the surplus of an election list, against the number to elect
          Example("Danh sách bầu cử có 29 đồng chí để bầu 25 đồng chí, tỷ lệ số dư 12%.", "12", "16"),
          Example("Danh sách bầu cử có 29 đồng chí để bầu 25 đồng chí, tỷ lệ số dư 16%."),
          # growth and fall rates, the rate beside a change, the excess over a plan in % (an error; the rates warnings)
          Example("Thu ngân sách tăng 5,2% so với cùng kỳ (12.500 tỷ/11.880 tỷ đồng)."),
          # a growth rate against the base of another period written after it (a warning naming both)
          Example("Tổng số vốn 184,5 triệu đồng, tăng 12,8% so với năm 2024 (163,2 triệu đồng).", "12,8", "13,1"),
          Example("Tổng số vốn 184,5 triệu đồng, tăng 13,1% so với năm 2024 (163,2 triệu đồng)."),
          Example("Dư nợ 14,75 tỷ đồng, bằng 106,1% so với cùng kỳ (13,9 tỷ đồng)."),
          # an average per month between the level and its growth is not the level
          Example("Tiếp nhận 1.250 hồ sơ, bình quân 104 hồ sơ/tháng, tăng 9,5% so với năm 2024 (1.120 hồ sơ).", "9,5", "11,6"),
          Example("Tiếp nhận 1.250 hồ sơ, bình quân 104 hồ sơ/tháng, tăng 11,6% so với năm 2024 (1.120 hồ sơ)."),
          # the rate beside a change is the change over the level before it (14 + 5 = 19)
          Example("Xảy ra 14 vụ phạm pháp hình sự, giảm 05 vụ (-35,7%) so với cùng kỳ.", "35,7", "26,3"),
          Example("Xảy ra 14 vụ phạm pháp hình sự, giảm 05 vụ (-26,3%) so với cùng kỳ."),
          # by how much a result passed its plan: result ÷ plan − 100 %
          Example("Kết nạp 65 đảng viên, vượt 9,3% chỉ tiêu (60 đảng viên).", "9,3", "8,3"),
          Example("Kết nạp 65 đảng viên, vượt 8,3% chỉ tiêu (60 đảng viên)."),
          # the period the change is against between the change and its rate
          Example("Năm 2025, thu ngân sách xã đạt 48 tỷ đồng, tăng 7,5 tỷ đồng so với năm 2024, tương ứng tăng 16,7%.",
                  "16,7", "18,5"),
          Example("Năm 2025, thu ngân sách xã đạt 48 tỷ đồng, tăng 6,9 tỷ đồng so với năm 2024, tương ứng tăng 16,7%."),
          Example("Năm 2025, xảy ra 18 vụ tai nạn giao thông, giảm 6 vụ so với cùng kỳ, tương ứng giảm 25%."),
          # the change one typing slip off what the level and the rate give, the rate nothing like the change's
          Example("Doanh thu đạt 72 tỷ đồng, tăng 10,2 tỷ đồng so với cùng kỳ, tương ứng tăng 18,4%.", "10,2", "11,2"),
          # the rate first, then the change it stands for: the amount told after "tương ứng" is the one questioned
          Example("Kim ngạch xuất khẩu 9 tháng đạt 12,4 tỷ USD, tăng 15,2%, tương ứng tăng 2,64 tỷ USD so với cùng kỳ.",
                  "2,64", "1,64"),
          Example("Kim ngạch xuất khẩu 9 tháng đạt 12,4 tỷ USD, tăng 15,2%, tương ứng tăng 1,64 tỷ USD so với cùng kỳ."),
          # the rate between the change and its bracketed base; the excess over a plan of part of the year
          Example("Tổng thu ngân sách cả năm đạt 31.450 triệu đồng, tăng 3.210 triệu đồng, tương đương 11,0% so với năm "
                  "2024 (28.330 triệu đồng).", "3.210 triệu đồng", "3.120 triệu đồng"),
          Example("Tổng thu ngân sách 6 tháng đạt 72,6 tỷ đồng, vượt 5,1 tỷ đồng so với kế hoạch 6 tháng (68,5 tỷ đồng).",
                  "5,1 tỷ đồng", "4,1 tỷ đồng"),
          Example("Tổng thu ngân sách 6 tháng đạt 72,6 tỷ đồng, vượt 4,1 tỷ đồng so với kế hoạch 6 tháng (68,5 tỷ đồng)."),
          # the rate of a change in a sentence opened by "So với", of the level the sentence before states (a warning)
          Example("Năm 2024 đã xử lý 12.400 trường hợp vi phạm. So với cùng kỳ năm 2023, giảm 1.600 trường hợp vi phạm "
                  "(16,4%).", "16,4", "11,4"),
          Example("Năm 2024 đã xử lý 12.400 trường hợp vi phạm. So với cùng kỳ năm 2023, giảm 1.600 trường hợp vi phạm "
                  "(11,4%)."),
          # the difference between two stated levels, in value or in percentage points
          Example("Số hộ nghèo từ 120 hộ xuống còn 85 hộ, giảm 30 hộ.", "30", "35"),
          Example("Số hộ nghèo từ 120 hộ xuống còn 85 hộ, giảm 35 hộ."),
          Example("Số đảng viên vi phạm giảm từ 12 đồng chí năm 2023 xuống còn 7 đồng chí năm 2024, giảm 4 đồng chí.",
                  "4 đồng chí.", "5 đồng chí."),
          Example("Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%, giảm 0,9 điểm phần trăm.", "0,9", "0,7"),
          Example("Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%, giảm 0,7 điểm phần trăm."),
          Example("Thu nhập bình quân tăng từ 52 triệu đồng lên 58,5 triệu đồng, tăng 6,5 triệu đồng."),
          # a percent change of a percent level may be relative or in points
          Example("Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%, giảm 20%."),
          Example("Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%, giảm 0,7%."),
          Example("Tỷ lệ hộ nghèo giảm từ 4,12% xuống còn 3,44%, giảm 0,86%.", "0,86%", "0,68%"),
          # the second level on the wrong side of the first (a warning)
          Example("Giảm số hộ nghèo từ 28 hộ xuống còn 32 hộ.", "32"),
          Example("Giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ."),
          # the change first, its levels in a bracket; the first level after "so với"
          Example("Số hộ nghèo giảm 30 hộ (từ 120 hộ xuống còn 85 hộ).", "30", "35"),
          Example("Toàn xã còn 85 hộ nghèo, giảm 30 hộ so với đầu năm (120 hộ).", "30", "35"),
          Example("Toàn xã còn 85 hộ nghèo, giảm 35 hộ so với đầu năm (120 hộ)."),
          # the rate after the bracketed base of a change: the change over that base
          Example("Số hội viên là 1.150 người, tăng 150 người so với năm trước (1.000 người), tương đương 12%.", "12",
                  "15"),
          Example("Số hội viên là 1.150 người, tăng 150 người so với năm trước (1.000 người), tương đương 15%."),
          # the plan written between the level and its change is no level
          Example("Bảo hiểm xã hội tự nguyện: 9.845 người tham gia, kế hoạch 9.200 người, đạt 107,01%; tăng 1.126 người "
                  "so với cùng kỳ năm 2025 (8.719 người)."),
          Example("Năm 2026 kết nạp 46 đoàn viên mới, chỉ tiêu 40 đoàn viên, đạt 115%; tăng 8 đoàn viên so với năm "
                  "2025 (38 đoàn viên)."),
          Example("Trường tuyển mới 312 học sinh (kế hoạch giao: 300 học sinh), tăng 27 học sinh so với năm học trước "
                  "(285 học sinh)."),
          Example("Năm 2026 kết nạp 46 đoàn viên mới, chỉ tiêu 40 đoàn viên, đạt 115%; tăng 3 đoàn viên so với năm "
                  "2025 (38 đoàn viên).", "3", "8"),
          Example("Trường tuyển mới 312 học sinh, kế hoạch 300 học sinh, tăng 15 học sinh so với năm học trước (285 "
                  "học sinh).", "15", "27"),
          # a change writing its noun shorter than its level, the period named before its bracket
          Example("Năm 2025 khám cho 12.400 lượt người, tăng 900 lượt so với năm 2024 (11.300 lượt).", "900", "1.100"),
          Example("Năm 2025 khám cho 12.400 lượt người, tăng 1.100 lượt so với năm 2024 (11.300 lượt)."),
          # the change of a rate after the sentence that moved the count from one share to another
          Example("Số hộ nghèo giảm từ 640 hộ, chiếm 5,2% xuống còn 512 hộ, chiếm 4,1%. Tỷ lệ hộ nghèo giảm 1,5%.", "1,5"),
          Example("Số hộ nghèo giảm từ 640 hộ, chiếm 5,2% xuống còn 512 hộ, chiếm 4,1%. Tỷ lệ hộ nghèo giảm 1,1%."),
      ))
def derived_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """A change (its amount, its growth or fall rate, its difference between two levels in value or in points,
    the excess over a plan), a difference written with its base, or an amount per one after the amount and the
    count it divides, must be what the figures it was computed from give (each amount of money may have been
    rounded at its last printed digit)."""
    layer = quantities_of(ctx)
    yield from level_change_issues(ctx)
    for kind, check in (("growth", growth_issue), ("change-rate", change_rate_issue), ("excess", excess_issue)):
        for relation in layer.of(kind):
            issue = check(ctx.text, relation)
            if issue is not None and kind == "growth":
                issue = _amount_or_rate(ctx.text, layer, relation, issue)
            if issue is not None:
                yield issue
    if "còn lại" in ctx.text and "/" in ctx.text:
        yield from _ratio_rest_issues(ctx.text, layer)
    for relation in layer.relations:
        check = _RELATION_CHECKS.get(relation.kind)
        issue = check(ctx.text, relation) if check else None
        if issue is not None:
            yield issue


def _level_of(layer, amount: Quantity, base: Quantity) -> Quantity | None:
    """The level a change is told after in its sentence ("thực hiện 27.930 triệu đồng, đạt 114,0% dự toán (24.500
    triệu đồng), tăng 2.870 triệu đồng …"): the nearest figure before it of its kind, measured as its base is, that is
    no plan, no change and no bound."""
    before = [q for q in layer.quantities if q.sentence == amount.sentence and q.end <= amount.start
              and q is not base and q.kind == amount.kind and q.compatible(base)]
    for quantity in reversed(before):
        if quantity.role != "plan" and quantity.modifier is None:
            return quantity
    return None


def _amount_or_rate(text: str, layer, relation: Relation, issue: Issue) -> Issue | None:
    """A change told with its level, its rate and its base ("27.930 triệu đồng, tăng 2.870 triệu đồng, tương đương
    11,0% so với năm 2025 (25.160 triệu đồng)"): when the rate disagrees with amount ÷ base but agrees with the level
    against the base, three figures agree and the amount is the slip: the finding is on it (or, when the two levels
    written beside it already question it, on nothing more)."""
    base, amount, rate = relation.whole, relation.parts[0], relation.share
    if amount.modifier != "change" or rate is None or not base.value:
        return issue
    level = _level_of(layer, amount, base)
    if level is None:
        return issue
    up = relation.cues[0].text.lower().startswith("tăng")
    true = level.value - base.value if up else base.value - level.value
    if true <= 0 or abs(true - amount.value) < 1e-9 * max(1.0, true):
        return issue
    (b_low, b_high), (l_low, l_high) = _bounds(base), _bounds(level)
    low, high = ((l_low - b_high) / b_high, (l_high - b_low) / b_low) if up else ((b_low - l_high) / b_high,
                                                                                  (b_high - l_low) / b_low)
    unit = 10.0 ** -rate.decimals
    if not low * 100 - unit - 1e-9 <= rate.value <= high * 100 + 0.5 * unit + 1e-9:
        return issue  # the rate agrees with neither: it is the one questioned
    if any(p is amount for r in layer.of("difference") for p in r.parts):
        return None  # (the levels beside it question the amount already)
    number = amount.text.split()[0]
    expected = _printed(true, amount)
    way = "lên" if up else "xuống"
    return Issue(amount.start, amount.start + len(number),
                 f"Từ {_name(base, text)} {way} {_name(level, text)} là {'tăng' if up else 'giảm'} {expected}, không "
                 f"phải {number} ({rate.text} so với {_name(base, text)} cũng cho mức đó): mức thay đổi phải bằng hiệu "
                 "của hai số đã nêu.", expected, Severity.WARNING,
                 (Related(base.start, unit_end(text, base), "earlier"), Related(level.start, unit_end(text, level),
                                                                                "later"),
                  Related(rate.start, rate.end, "share")))


def _ratio_rest_issues(text: str, layer) -> Iterator[Issue]:
    """"giải quyết được 19/33 vụ việc …, 13 vụ còn lại đang giải quyết": what is left is the ratio's total
    less its part (quantities/remainders.py)."""
    for ratio, rest in ratio_rests(text, layer.quantities):
        true = ratio.total - ratio.value
        if true == rest.value or true < 0:
            continue
        number = rest.text.split()[0]
        expected = format_vi(true, 0)
        yield Issue(rest.start, rest.start + len(number),
                    f"{format_vi(ratio.total, 0)} − {format_vi(ratio.value, 0)} ({ratio.text}) = {expected} còn lại, không "
                    f"phải {number}: phần còn lại bằng tổng trừ phần đã nêu.", expected, Severity.WARNING,
                    (Related(ratio.start, unit_end(text, ratio), "whole"),))


def _gap_issue(text: str, relation: Relation) -> Issue | None:
    base, (level, change) = relation.whole, relation.parts
    up = relation.cues[0].text.lower().startswith(("tăng", "cao", "nhiều"))
    (b_low, b_high), (l_low, l_high), (c_low, c_high) = _bounds(base), _bounds(level), _bounds(change)
    true = level.value - base.value if up else base.value - level.value
    low, high = (l_low - b_high, l_high - b_low) if up else (b_low - l_high, b_high - l_low)
    if true <= 0 or low <= change.value <= high or c_low <= true <= c_high:
        return None
    if abs(true - change.value) < 1e-9 * max(1.0, abs(true)):
        return None
    expected = _printed(true, change)
    number = change.text.split()[0]
    sign = "−"
    first, second = (level, base) if up else (base, level)
    related = (Related(base.start, unit_end(text, base), "earlier"), Related(level.start, unit_end(text, level), "later"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(change.start, change.start + len(number),
                 f"{_name(first, text)} {sign} {_name(second, text)} = {expected}"
                 f"{text[change.start + len(number):unit_end(text, change)]}, không phải {number}: mức chênh lệch "
                 f"phải bằng hiệu của hai số đã nêu.", expected, Severity.WARNING, related)


def _average_issue(text: str, relation: Relation) -> Issue | None:
    amount, count, average = relation.whole, relation.parts[0], relation.share
    if not count.value:
        return None
    a_low, a_high = _bounds(amount)
    # a count averaged in another unit of its measure: "41.380 tấn … 58,6 tạ/ha" (1 tấn = 10 tạ)
    ratio = unit_ratio(amount.head, average.head) if amount.kind == "count" else None
    ratio = ratio or 1.0
    true = amount.value * ratio / count.value
    low, high = a_low * ratio / count.value, a_high * ratio / count.value
    unit = 10.0 ** -average.decimals
    printed = round(average.amount)
    while not average.decimals and printed and printed % (unit * 10) == 0:
        unit *= 10  # "160.000 đồng": rounded to the ten thousand
    # (an amount of money may have been rounded before it was divided; counts are read at the precision printed)
    half = max(0.5 * unit * average.scale, 0.02 * average.value) if average.kind == "money" else 0.5 * unit * (1 + 1e-9)
    if low - half <= average.value <= high + half:
        return None
    expected = _printed(true, average)
    number = average.text.split()[0]
    cue = relation.cues[0].text
    per = cue if cue.startswith("/") else "/" + re.sub(r"^.*?mỗi\s+", "", cue)  # "bình quân mỗi hộ" → "/hộ"
    if average.kind == "count":
        per = text[average.end:unit_end(text, average)] + per  # "30,1 học sinh/lớp"
    related = (Related(amount.start, unit_end(text, amount), "whole"), Related(count.start, unit_end(text, count), "part"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(average.start, average.start + len(number),
                 f"{_name(amount, text)} ÷ {_name(count, text)} ≈ {expected}{average.text[len(number):]}"
                 f"{per}, không phải {number}: số bình quân bằng tổng số chia cho số đơn vị.",
                 expected, Severity.WARNING, related)


def _net_issue(text: str, relation: Relation) -> Issue | None:
    """"phát triển mới 4.640 hội viên, đưa ra khỏi tổ chức 1.477 hội viên, … tăng 3.613": the net
    change after what came in and went out is their difference (up after "tăng", down after "giảm")."""
    net, flows = relation.whole, relation.parts
    true = sum(sign * q.value for sign, q in zip(relation.signs, flows))
    up = relation.cues[-1].text.lower().startswith("tăng")
    if (true if up else -true) == net.value or (true > 0) != up and true != 0:
        return None  # a net the other way than its word: not what the words compute
    if abs(abs(true) - net.value) < 1e-9:
        return None
    expected = format_vi(abs(true), 0)
    number = net.text.split()[0]
    steps = _name(flows[0], text) + "".join(f" {'+' if sign > 0 else '−'} {_name(q, text)}"
                                            for sign, q in zip(relation.signs[1:], flows[1:]))
    related = (*(Related(q.start, unit_end(text, q), "part") for q in flows),
               Related(relation.cues[-1].start, relation.cues[-1].end, "cue"))
    return Issue(net.start, net.start + len(number),
                 f"{steps} = {expected}, không phải {number}: số {relation.cues[-1].text.lower()} thực bằng số "
                 "tăng trừ số giảm đã nêu (nếu không còn biến động nào khác).", expected, Severity.WARNING, related)


def _multiple_issue(text: str, relation: Relation) -> Issue | None:
    """"1.263 hộ, gấp 8,42 lần năm 2015 (160 hộ)": the times written is the figure over its base, at its printed
    precision (either amount may have been rounded, the times cut rather than rounded; a whole number of times
    rounded up by a quarter or cut by under a half; and "gấp X lần" read as "X times more" is taken too): a warning otherwise."""
    base, figure, times = relation.whole, relation.parts[0], relation.share
    (b_low, b_high), (f_low, f_high) = _bounds(base), _bounds(figure)
    if b_low <= 0:
        return None
    low, high = f_low / b_high, f_high / b_low
    unit = 10.0 ** -times.decimals
    for stated in (times.value, times.value + 1):  # (+1: "gấp X lần" as "X times more than")
        if times.decimals == 0:
            # a whole number of times is a claim of about that many, and clerks round it unevenly: they round up
            # a little ("gấp 4 lần" of 3,79) and cut a fraction off ("gấp 2 lần" of 2,3, "more than twice"), but
            # rounding up by more than a quarter overstates it ("gấp 3 lần" of 2.460 hộ and 920 hộ, 2,67)
            up, cut = max(0.25, 0.05 * stated), max(0.5, 0.1 * stated)
            if stated - up - 1e-9 <= high and low < stated + cut - 1e-9:
                return None
        elif low - 0.5 * unit - 1e-9 <= stated <= high + 0.5 * unit + 1e-9 or low - unit < stated <= high + 1e-9:
            return None
    true = figure.value / base.value
    # (a whole number the true times round to is the one written: the fix shows its tenth, "2,7" of 2.460 ÷ 920)
    expected = format_vi(true, times.decimals or (1 if round(true) == times.value else 0))
    related = (Related(base.start, unit_end(text, base), "earlier"), Related(figure.start, unit_end(text, figure), "later"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(times.start, times.end,
                 f"{_name(figure, text)} ÷ {_name(base, text)} = {format_vi(true, 2)} lần, không phải {times.text}: số "
                 "lần phải bằng số sau chia cho số được so sánh.", expected, Severity.WARNING, related)


def _surplus_issue(text: str, relation: Relation) -> Issue | None:
    """"191 đồng chí để bầu lấy 163 đồng chí (tỷ lệ số dư 17,17%)": the surplus is (191 − 163) / 163 = 17,18%, rounded
    at the printed precision (cut rather than rounded: a warning all the same, naming the computation). A surplus
    measured against those on the list, (191 − 163) / 191, is taken: a base some clerks use."""
    seats, listed, percent = relation.whole, relation.parts[0], relation.share
    true = (listed.value - seats.value) / seats.value * 100
    if abs(round_half_up(true, percent.decimals) - percent.value) < 1e-9:
        return None
    of_the_list = (listed.value - seats.value) / listed.value * 100
    if abs(round_half_up(of_the_list, percent.decimals) - percent.value) < 1e-9:
        return None  # measured against those on the list: another base, not a slip of the arithmetic
    expected = format_vi(true, percent.decimals)
    number = percent.text.rstrip("% ")
    cut = abs(truncate(true, percent.decimals) - percent.value) < 1e-9
    why = f"ghi {number}% là cắt bỏ phần lẻ thay vì làm tròn" if cut else "tỷ lệ số dư tính trên số được bầu"
    related = (Related(seats.start, unit_end(text, seats), "whole"), Related(listed.start, unit_end(text, listed), "part"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(percent.start, percent.start + len(number),
                 f"({_name(listed, text)} − {_name(seats, text)}) ÷ {_name(seats, text)} = {format_vi(true, 2)}%, "
                 f"không phải {number}%: {why}.", expected, Severity.WARNING, related)


def _rate_target_issue(text: str, relation: Relation) -> Issue | None:
    """"giảm 1,89%, đạt 125% so với chỉ tiêu (chỉ tiêu là 1,5%)": 1,89 / 1,5 = 126%; the attainment is the rate over
    the target at its printed precision (cut rather than rounded: a warning all the same)."""
    target, rate, attained = relation.whole, relation.parts[0], relation.share
    true = rate.value / target.value * 100
    if abs(round_half_up(true, attained.decimals) - attained.value) < 1e-9:
        return None
    expected = format_vi(true, attained.decimals)
    number = attained.text.rstrip("% ")
    cut = abs(truncate(true, attained.decimals) - attained.value) < 1e-9
    why = f"ghi {number}% là cắt bỏ phần lẻ thay vì làm tròn" if cut else "tỷ lệ đạt = kết quả ÷ chỉ tiêu"
    related = (Related(target.start, target.end, "plan"), Related(rate.start, rate.end, "result"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(attained.start, attained.start + len(number),
                 f"{rate.text} ÷ {target.text} = {format_vi(true, 2).rstrip('0').rstrip(',')}%, không phải {number}%: {why}.", expected,
                 Severity.WARNING, related)



def _rest_issue(text: str, relation: Relation) -> Issue | None:
    """"Chỉ tiêu 25 đảng viên, đã kết nạp 17, số còn lại là 9": what is left is the whole less the part done
    (quantities/leftovers.py; each amount of money may have been rounded at its last printed digit)."""
    rest, (whole, done) = relation.whole, relation.parts
    (w_low, w_high), (d_low, d_high), (r_low, r_high) = _bounds(whole), _bounds(done), _bounds(rest)
    true = whole.value - done.value
    if w_low - d_high <= rest.value <= w_high - d_low or r_low <= true <= r_high:
        return None
    expected = _printed(true, rest)
    number = rest.text.split()[0]
    related = (Related(whole.start, unit_end(text, whole), "whole"), Related(done.start, unit_end(text, done), "part"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(rest.start, rest.start + len(number),
                 f"{_name(whole, text)} − {_name(done, text)} = {expected}{text[rest.start + len(number):unit_end(text, rest)]}"
                 f", không phải {number}: phần còn lại bằng tổng số trừ phần đã làm (nếu {_name(whole, text)} là toàn "
                 "bộ số phải làm).", expected, Severity.WARNING, related)


def _rise_multiple_issue(text: str, relation: Relation) -> Issue | None:
    """"73.488 con …, tăng 64.652 con, tương đương gấp 8,42 lần": the earlier level is 73.488 − 64.652 = 8.836, and
    73.488 ÷ 8.836 = 8,32 (quantities/multiples.py): the times at its printed precision, cut or rounded, or read as
    "that many times more" (a warning: the level is the nearest of its noun before the rise)."""
    level, rise, times = relation.whole, relation.parts[0], relation.share
    base = level.value - rise.value
    if base <= 0:
        return None
    (l_low, l_high), (r_low, r_high) = _bounds(level), _bounds(rise)
    b_low, b_high = l_low - r_high, l_high - r_low
    if b_low <= 0:
        return None
    low, high = l_low / b_high, l_high / b_low
    unit = 10.0 ** -times.decimals
    for stated in (times.value, times.value + 1):
        if low - 0.5 * unit - 1e-9 <= stated <= high + 0.5 * unit + 1e-9 or low - unit < stated <= high + 1e-9:
            return None
    true = level.value / base
    related = (Related(level.start, unit_end(text, level), "later"), Related(rise.start, unit_end(text, rise), "part"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(times.start, times.end,
                 f"Mức trước đó = {_name(level, text)} − {_name(rise, text)} = {_printed(base, level)}; "
                 f"{_name(level, text)} ÷ {_printed(base, level)} = {format_vi(true, 2)} lần, không phải {times.text} "
                 "(nếu số tăng tính so với mức đó).", format_vi(true, times.decimals), Severity.WARNING, related)


# the layer's relations whose figure derived_mismatch checks, each by its own reading
_RELATION_CHECKS = {"gap": _gap_issue, "average": _average_issue, "net": _net_issue, "multiple": _multiple_issue,
                    "surplus": _surplus_issue, "rate-vs-plan": _rate_target_issue, "rest": _rest_issue,
                    "rise-multiple": _rise_multiple_issue}
