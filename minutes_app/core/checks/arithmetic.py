"""Arithmetic on the quantity layer (minutes_app/core/quantities): a percentage must be its
part over its whole, parts must add up to their whole, and a part cannot exceed its whole.

Errors only where the relation is written out or unambiguous ("62/80", "trên tổng số",
"trong đó", "gồm", a plan in the same sentence); a share whose whole had to be inferred
(the nearest earlier whole of the same noun) is a warning naming that whole; anything
weaker stays silent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterator

from ..lexicon import is_compound
from ..model import Related, Severity
from ..numbers import format_vi, parse_number, round_half_up, truncate, written_like
from ..quantities import Cue, Quantity, Relation, layer_of, quantities_of, unit_end
from ..quantities.badges import badge_breakdowns
from ..quantities.ballots import ballot_rounds
from ..quantities.bases import named_base, shares_of_one_base
from ..quantities.estimates import ESTIMATE, estimated
from ..quantities.lists import lead_list_relations, paragraph_layer
from ..quantities.named import named_bases, named_wholes
from ..quantities.reader import head_of
from ..quantities.registered import reached_over_registered
from ..quantities.relations import (
    APPROXIMATE_BEFORE,
    EXAMINED_BEFORE,
    IN_THOSE,
    NEXT_SENTENCE_BREAKDOWN,
    OF_THE_TOTAL,
    SPLIT_OPENING,
    TALLY_HEADS,
    assessed_parts,
    found_among_examined,
    from_to_levels,
    heads_agree,
    held_before,
    level_group,
    level_groups,
    membership_parts,
    names_its_sentence,
    plain_noun,
    presence_parts,
    same_classification,
    same_level,
    semicolon_spans,
    stated_total,
    total_named_before,
    vote_levels,
)
from ..quantities.remainders import remainder_breakdowns
from ..quantities.scope import PLAN_LIST_LEAD, named_subject_at, periods_agree, two_tiers, years_told
from ..reading import sentence_spans
from ..resources import word_set
from ..text import Paragraph
from .citing import sentence_cited
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule
from .tables import table_rate_mismatch, table_total_mismatch

# "nghị quyết" names a plan only with what it set ("Nghị quyết đề ra", "so với Nghị quyết"), not in "học tập nghị quyết"
_PLAN_CONTEXT = re.compile(r"chỉ tiêu|kế hoạch|dự toán|nghị quyết\s+(?:[^\W\d_]+\s+){0,4}?(?:đề\s+ra|đặt\s+ra|giao)|"
                           r"(?:so\s+với|theo|của)\s+nghị\s+quyết|mục tiêu|được giao|vượt", re.IGNORECASE)


def _matches(true: float, stated: float, decimals: int) -> bool:
    return abs(round_half_up(true, decimals) - stated) < 1e-9


def _whole_value(relation: Relation) -> float | None:
    whole = relation.whole
    return whole.total if whole.kind == "ratio" else whole.value


def _part_value(relation: Relation) -> float:
    return relation.parts[0].value


# "kết nạp 29 đảng viên trên chỉ tiêu 35": the label read before 35 runs back over the result's noun; the
# number is named by what follows the last connective ("chỉ tiêu 35")
_LABEL_TAIL = re.compile(r"\b(?:trên|so với)\s+")


def _describe(quantity: Quantity, text: str) -> str:
    """"420 chi bộ", "1.200 triệu đồng", "62/80 tổ chức": the quantity as the reader names it."""
    if quantity.kind in ("count", "ratio") and quantity.unit:
        words = quantity.unit.split()
        size = max(len(quantity.head.split()) if quantity.noun_class and quantity.head else 3, 2)
        if size < len(words) and is_compound(words[size - 1:size + 1]):
            size += 1  # the cut falls inside a word: "96 hộ sản xuất", not "96 hộ sản"
        return f"{quantity.text} {' '.join(words[:size])}"
    if quantity.bare:
        return f"{_LABEL_TAIL.split(quantity.label)[-1]} {quantity.text}"
    if quantity.kind == "count" and quantity.head and quantity.label:  # "Tổng số hội viên: 320" → "320 hội viên"
        return f"{quantity.text} {quantity.head}"
    return quantity.text


def _related(relation: Relation, text: str) -> tuple[Related, ...]:
    whole_role = "plan" if relation.kind == "result-vs-plan" else "whole"
    part_role = "result" if relation.kind == "result-vs-plan" else "part"
    spans = []
    if relation.whole.kind != "ratio" or relation.parts != (relation.whole,):
        spans.append(Related(relation.whole.start, unit_end(text, relation.whole), whole_role))
    spans.extend(Related(p.start, unit_end(text, p), part_role) for p in relation.parts)
    spans.extend(Related(c.start, c.end, "cue") for c in relation.cues)
    return tuple(spans)


@rule("percent-mismatch", severity=Severity.ERROR, title="Tỷ lệ % không khớp với phân số", examples=(
    Example("Đoàn đã kiểm tra được 62/80 tổ chức (đạt 75,5%).", "75,5%", "77,5%"),
    Example("Đoàn đã kiểm tra được 62/80 tổ chức (đạt 77,5%)."),
    # a vote's share is of all the members (more than the voters) only in the vote's own sentence: a ratio of a
    # rating or a survey after a sentence that voted is a plain share
    Example("Chi bộ biểu quyết nhất trí. Kết quả đánh giá: 136/142 đảng viên hoàn thành tốt nhiệm vụ, chiếm 94,44%.",
            "94,44%", "95,77%"),
    Example("Hội nghị nhất trí thông qua kế hoạch. Qua rà soát, 218/226 hộ gia đình đạt chuẩn văn hóa (94,78%).",
            "94,78%", "96,46%"),
    Example("Đại hội đã bỏ phiếu bầu Ban Chấp hành.\nTheo báo cáo, 57/60 đoàn viên tham gia sinh hoạt đều đặn, đạt "
            "93,44%.", "93,44%", "95,00%"),
    Example("Kết quả: 449/489 đại biểu có mặt biểu quyết tán thành, chiếm 90,52%."),
    Example("Có 212/220 đại biểu tán thành (bằng 94,22% tổng số đại biểu)."),
    Example("Đại hội biểu quyết thông qua Nghị quyết với 133/138 đại biểu nhất trí, đạt 95,00%."),
    # which round ("đợt 1", "lần 2") between the ratio and its share is no count
    Example("Đã chi trả cho 112/140 hộ trong đợt 2, đạt 82%.", "82%", "80%"),
    # a share taken out of an amount: the percentage is the rule, the amount what it gives
    Example("Chi bộ thu đảng phí 3.240.000 đồng; trích nộp cấp trên 30% là 927.000 đồng.", "927.000", "972.000"),
    Example("Chi bộ thu đảng phí 3.240.000 đồng; trích nộp cấp trên 30% là 972.000 đồng."),
    # the share's base named, then written out in a bracket; a "/" with a space after it, as portals print it
    Example("Vốn đầu tư thực hiện đạt 60,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng).", "60,8%", "61,8%"),
    Example("Vốn đầu tư thực hiện đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng)."),
    # the whole's change or share against a base it names, with an aside in brackets, before "trong đó"; a threshold
    # describing the part ("dưới 10 tỷ đồng") between the part and its share; a noun the layer does not class
    Example("Số hợp tác xã giải thể trong năm là 1.426 HTX, tăng 2,1% so với năm trước (năm trước giảm 4,5%), trong đó "
            "1.184 HTX có vốn dưới 500 triệu đồng, chiếm 85,3%.", "85,3%", "83,0%"),
    Example("Số hợp tác xã giải thể trong năm là 1.426 HTX, tăng 2,1% so với năm trước (năm trước giảm 4,5%), trong đó "
            "1.184 HTX có vốn dưới 500 triệu đồng, chiếm 83,0%."),
    Example("Toàn huyện có 312 hộ kinh doanh, chiếm 4,2% so với tổng số hộ toàn huyện, trong đó 120 hộ có doanh thu "
            "trên 500 triệu đồng, chiếm 35,8%.", "35,8%", "38,5%"),
    Example("Hộ nghèo có 2.140 hộ, chiếm 3,1% so với tổng số hộ toàn huyện, trong đó có 642 hộ nghèo dân tộc thiểu số "
            "(chiếm 18,2% so với tổng số hộ dân tộc thiểu số)."),
    # a share naming its base by the words that described an earlier figure ("số hộ bị ảnh hưởng"): of that figure
    Example("Số hộ bị ảnh hưởng bởi hạn hán là 840 hộ trên tổng số 2.100 hộ của xã, chiếm 40%; trong đó 210 hộ thiếu "
            "nước sinh hoạt, chiếm 25% số hộ bị ảnh hưởng."),
    Example("Số hộ bị ảnh hưởng bởi hạn hán là 840 hộ trên tổng số 2.100 hộ của xã, chiếm 40%; trong đó 210 hộ thiếu "
            "nước sinh hoạt, chiếm 30% số hộ bị ảnh hưởng.", "30%", "25%"),
    # what was settled of a part, after a comma, is of that part, not the next item of the list
    Example("Năm nay tiếp nhận 1.520 đơn, giảm 8,4% so với năm trước; trong đó 215 đơn thuộc thẩm quyền, đã giải quyết "
            "198 đơn, đạt 92,09%."),
    Example("Năm nay tiếp nhận 1.520 đơn, trong đó 215 đơn thuộc thẩm quyền, đã giải quyết 198 đơn, đạt 94,09%.",
            "94,09%", "92,09%"),
    # a count in a later clause of the ratio's sentence, with its share: of the ratio's total or of its part (a warning
    # when of neither)
    Example("Về việc sáp nhập hai xã, số cử tri tham gia là 2.310/2.405 người, đạt tỷ lệ 96,05%; số cử tri đồng ý là "
            "2.270 người, đạt tỷ lệ 96,39%.", "96,39%", "94,39%"),
    Example("Về việc sáp nhập hai xã, số cử tri tham gia là 2.310/2.405 người, đạt tỷ lệ 96,05%; số cử tri đồng ý là "
            "2.270 người, đạt tỷ lệ 94,39%."),
    Example("Toàn huyện có 46/48 chi bộ tổ chức sinh hoạt chuyên đề; số chi bộ sinh hoạt có chất lượng là 39 chi "
            "bộ (81,8%).", "81,8%"),
    Example("Toàn huyện có 46/48 chi bộ tổ chức sinh hoạt chuyên đề; số chi bộ sinh hoạt có chất lượng là 39 chi "
            "bộ (84,8%)."),
    # (a tally's other targets, their rates told after their name, are no share of the tally's total)
    Example("Năm nay có 20/23 chỉ tiêu đạt và vượt kế hoạch (87%); 03 chỉ tiêu chưa đạt là tỷ lệ bao phủ bảo hiểm y "
            "tế (93,2%/95%)."),
    Example("Trạm y tế đã tiêm 1.820/1.900 trẻ trong độ tuổi; số trẻ tiêm đủ mũi là 1.640 trẻ, đạt 88,3%.", "88,3%"),
    Example("Trạm y tế đã tiêm 1.820/1.900 trẻ trong độ tuổi; số trẻ tiêm đủ mũi là 1.640 trẻ, đạt 91% kế hoạch."),
    # "100%" with its ratio in a bracket is that ratio's share like any other
    Example("Có 100% (41/44) thôn, khu phố có chi bộ đảng.", "100%", "93%"),
    Example("Đã có 100% (44/44) thôn, khu phố có chi bộ đảng."),
    Example("Hội viên tham gia đóng quỹ đạt 100% (312/326 hội viên).", "100%", "96%"),
    Example("Trường đạt 100 % (27/29) giáo viên đạt chuẩn.", "100 %", "93 %"),
    Example("Trường đạt 93% (27/29) giáo viên đạt chuẩn."),
    Example("Xây dựng thôn văn hóa 5/6 thôn đạt 100% kế hoạch."),
    Example("Toàn huyện có 14/21 xã có tỷ lệ hộ dùng nước sạch đạt 100%."),
    Example("Xã đã đạt 81,2% tổng số tiêu chí (404/495).", "81,2%", "81,6%"),
    Example("Xã đã đạt 81,6% tổng số tiêu chí (404/495)."),
    Example("Tỷ lệ so với tổng số học sinh tốt nghiệp là 10,94% (2.235/ 21.304).", "10,94%", "10,49%"),
    Example("Tỷ lệ so với tổng số học sinh tốt nghiệp là 10,49% (2.235/ 21.304)."),
    # a growth rate is no share of the figures beside it (its arithmetic is derived-mismatch's)
    Example("Thu ngân sách tăng 5,2% so với cùng kỳ (12.500 tỷ/11.880 tỷ đồng)."),
    Example("Dư nợ 14,75 tỷ đồng, bằng 106,1% so với cùng kỳ (13,9 tỷ đồng)."),
    # "với <a count of another noun>" between the whole and its "trong đó"; a year before the share
    Example("Khu phố có 612 hộ với 2.305 nhân khẩu, trong đó 586 hộ được công nhận Gia đình văn hóa năm 2025, "
            "chiếm 94,8%.", "94,8", "95,8"),
    Example("Khu phố có 612 hộ với 2.305 nhân khẩu, trong đó 586 hộ được công nhận Gia đình văn hóa năm 2025, "
            "chiếm 95,8%."),
    # The one earlier count of the same noun in the sentence is the whole it assumes (a warning).
    Example("Qua kiểm tra 25 đảng viên, phát hiện 3 đảng viên vi phạm, chiếm 15%.", "15%", "12%"),
    Example("Qua kiểm tra 25 đảng viên, phát hiện 3 đảng viên vi phạm, chiếm 12%."),
    Example("Với 439 đại biểu tham gia, chiếm 89,41% tổng số đại biểu: 436 đại biểu tán thành, chiếm 88,80%."),
    # subsets by a property (nữ, dân tộc thiểu số, trẻ) overlap: their sum landing on a count makes them no split of
    # it; "Trong đó" after a total and a smaller count of its kind may point back to either
    Example("Tổng số người ứng cử là 40 người, số trúng cử là 25 người. Trong đó, nữ có 8 người, đạt tỷ lệ 32%, dân "
            "tộc thiểu số 20 người, đạt 80%, người trẻ tuổi có 7 người, đạt tỷ lệ 28%, ngoài Đảng 5 người, đạt 20%."),
    Example("Có 30 hội viên dự thi, 18 hội viên đạt giải. Trong đó nữ 6 người, đạt 33,3%; đoàn viên 12 người, đạt "
            "66,7%; dân tộc thiểu số 12 người, đạt 66,7%."),
    Example("Danh sách ứng cử có 30 người, số trúng cử là 20 người. Trong đó, đại biểu nữ có 06 người, đạt tỷ lệ "
            "30%, đại biểu dân tộc thiểu số 15 người, đạt 75%, đại biểu trẻ tuổi có 05 người, đạt 25%, đại biểu "
            "ngoài Đảng 04 người, đạt 20%."),
    Example("Tổng số người ứng cử là 40 người, số trúng cử là 25 người. Trong đó, nữ có 8 người, đạt tỷ lệ 30%.",
            "30%"),
    # the whole's rate against another level ("bằng 104,2% so với cùng kỳ"), then its parts' after the same word: their
    # own rates, told in parallel
    Example("Tổng thu ngân sách đạt 512 tỷ đồng, bằng 104,2% so với cùng kỳ, trong đó thu nội địa 380 tỷ đồng, bằng "
            "101,5%; thu từ đất 132 tỷ đồng, bằng 112,8%."),
    Example("Diện tích gieo trồng vụ mùa đạt 8.420 ha, bằng 98,6% so với cùng kỳ, trong đó lúa 6.150 ha, bằng 97,9%; "
            "ngô 1.270 ha, bằng 101,3%."),
    Example("Tổng vốn huy động đạt 1.240 tỷ đồng, bằng 96,8% kế hoạch, trong đó vốn dân cư 860 tỷ đồng, bằng 95,1%."),
    Example("Tổng thu ngân sách đạt 512 tỷ đồng, bằng 104,2% so với cùng kỳ, trong đó thu nội địa 380 tỷ đồng, chiếm "
            "78,2%.", "78,2%"),
    # a vote's share of all the assembly's members, unstated (452 of 496), below the share of those who voted
    Example("Kết quả biểu quyết: 452/460 đại biểu tán thành (91,13%)."),
    Example("Hội đồng nhân dân tỉnh biểu quyết thông qua với 48/50 đại biểu đồng ý, đạt 88,89%."),
    Example("Nghị quyết được thông qua khi 361/370 đại biểu có mặt bấm nút tán thành, bằng 90,25%."),
    Example("Kết quả biểu quyết: 452/460 đại biểu tán thành (92,63%).", "92,63%", "98,26%"),
    Example("Kết quả biểu quyết: 452/460 đại biểu tán thành (91,2%).", "91,2%"),
    Example("Lớp học có 452/460 học viên đạt yêu cầu (91,13%).", "91,13%"),
    # A share whose whole is stated in an earlier sentence: a warning naming that whole.
    Example("Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,7%.",
            "92,7%", "91,7%"),
    Example("Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 91,7%."),
    Example("Khối có tổng số 250 đảng viên; qua kiểm điểm có 230 đảng viên hoàn thành tốt nhiệm vụ (90%).",
            "90%", "92%"),
    Example("Khối có tổng số 250 đảng viên; qua kiểm điểm có 230 đảng viên hoàn thành tốt nhiệm vụ (92%)."),
    Example("Xã có 12 thôn. Đến nay 9 thôn đạt chuẩn nông thôn mới, chiếm 70%.", "70%", "75%"),
    Example("Xã có 12 thôn. Đến nay 9 thôn đạt chuẩn nông thôn mới, chiếm 75%."),
    # a second total of the subject joined to the first ("1.850 hộ, 6.920 nhân khẩu"), persons counted as "người"
    Example("Xã có 1.850 hộ gia đình, 6.920 nhân khẩu. Số người tham gia bảo hiểm y tế là 6.300 người, đạt tỷ lệ "
            "92,4%.", "92,4%", "91,0%"),
    Example("Xã có 1.850 hộ gia đình, 6.920 nhân khẩu. Số người tham gia bảo hiểm y tế là 6.300 người, đạt tỷ lệ "
            "91,0%."),
    Example("Kết quả có 385 trên tổng số 420 chi bộ hoàn thành tốt nhiệm vụ, chiếm 92,7%.", "92,7%", "91,7%"),
    Example("Kết quả có 385 trên tổng số 420 chi bộ hoàn thành tốt nhiệm vụ, chiếm 91,7%."),
    Example("Tổng đàn gia súc 4.870 con, đã tiêm phòng 4.130 con, đạt 86,8%.", "86,8%", "84,8%"),
    Example("Tổng đàn gia súc 4.870 con, đã tiêm phòng 4.130 con, đạt 84,8%."),
    # a grade ("lớp 6") is neither a count nor the plan
    Example("Chỉ tiêu giao tuyển sinh lớp 6 là 240 em; thực tế tuyển được 210 em, đạt 85%.", "85", "88"),
    Example("Chỉ tiêu giao tuyển sinh lớp 6 là 240 em; thực tế tuyển được 210 em, đạt 87,5%."),
    # what was settled as a share of what was received (inferred: a warning naming it)
    Example("Công an xã đã tiếp nhận 31 tin báo về tội phạm; đã giải quyết 21 tin, đạt 64,5%.", "64,5", "67,7"),
    Example("Công an xã đã tiếp nhận 31 tin báo về tội phạm; đã giải quyết 21 tin, đạt 67,7%."),
    # the levels of a rating with their shares and no whole: of the levels' sum (Tốt, Khá, Đạt, Chưa đạt)
    Example("Rèn luyện: Tốt 611 em, tỷ lệ 82,3%; Khá 104 em, tỷ lệ 15,0%; Đạt 21 em, tỷ lệ 2,8%; Chưa đạt 6 em, "
            "tỷ lệ 0,8%.", "15,0", "14,0"),
    # Result against plan, in every order.
    Example("Năm 2024 kết nạp 52 đảng viên trên chỉ tiêu 60, đạt 88,7%.", "88,7", "86,7"),
    Example("Năm 2024 kết nạp 52 đảng viên trên chỉ tiêu 60, đạt 86,7%."),
    Example("Thu ngân sách: chỉ tiêu 1.200 triệu đồng; thực hiện 1.254 triệu đồng, đạt 105,5%.", "105,5", "104,5"),
    Example("Thu ngân sách: chỉ tiêu 1.200 triệu đồng; thực hiện 1.254 triệu đồng, đạt 104,5%."),
    Example("Kế hoạch năm giao thu 15 tỷ đồng. Kết quả thực hiện 12,36 tỷ đồng, đạt 84,2%.", "84,2", "82,4"),
    Example("Kế hoạch năm giao thu 15 tỷ đồng. Kết quả thực hiện 12,36 tỷ đồng, đạt 82,4%."),
    # the base named after the share ("tổng số hội viên"), or counted with a longer head or by "đồng chí"
    Example("Tổng số hội viên là 1.230 người. Trong năm kết nạp mới 85 hội viên, bằng 7,2% tổng số hội viên.",
            "7,2%", "6,9%"),
    Example("Tổng số hội viên là 1.230 người. Trong năm kết nạp mới 85 hội viên, bằng 6,9% tổng số hội viên."),
    Example("Đảng bộ có 58 chi bộ trực thuộc. Năm 2025, có 52 chi bộ hoàn thành tốt nhiệm vụ, đạt 91,4%.",
            "91,4%", "89,7%"),
    Example("Chi bộ có 32 đảng viên. Qua xếp loại có 6 đồng chí hoàn thành xuất sắc nhiệm vụ (18,2%).", "18,2%",
            "18,8%"),
    Example("Chi bộ có 32 đảng viên. Qua xếp loại có 6 đồng chí hoàn thành xuất sắc nhiệm vụ (18,8%)."),
    Example("Sản lượng lúa đạt 95% kế hoạch năm (3.880/4.000 tấn).", "95%", "97%"),
    Example("Sản lượng lúa đạt 97% kế hoạch năm (3.880/4.000 tấn)."),
    # A distribution: each share is its part over the whole before the colon.
    Example("Xếp loại 80 đảng viên: hoàn thành xuất sắc 12 (15%), tốt 55 (66,8%), hoàn thành 11 (13,8%), "
            "không hoàn thành 2 (2,5%).", "66,8%", "68,8%"),
    Example("Xếp loại 80 đảng viên: hoàn thành xuất sắc 12 (15%), tốt 55 (68,8%), hoàn thành 11 (13,8%), "
            "không hoàn thành 2 (2,5%)."),
    # a level named but counted on a base the sentence gives: a count before its share
    Example("Chi bộ có 40 đảng viên được xếp loại: hoàn thành xuất sắc nhiệm vụ 6 đồng chí (15%), hoàn thành tốt "
            "nhiệm vụ 28 đồng chí (72%), hoàn thành nhiệm vụ 6 đồng chí (15%).", "72%", "70%"),
    # Levels with counts and shares but no whole: each share is of the counts' sum (one slip: a warning).
    Example("Xếp loại tổ chức cơ sở đảng: 8 tổ chức hoàn thành xuất sắc nhiệm vụ (21,1%), 25 tổ chức hoàn thành "
            "tốt nhiệm vụ (65,8%), 5 tổ chức hoàn thành nhiệm vụ (15,2%).", "15,2%", "13,2%"),
    Example("Xếp loại tổ chức cơ sở đảng: 8 tổ chức hoàn thành xuất sắc nhiệm vụ (21,1%), 25 tổ chức hoàn thành "
            "tốt nhiệm vụ (65,8%), 5 tổ chức hoàn thành nhiệm vụ (13,2%)."),
    # A base the reader chose is one of several a clerk uses: silent when another base in scope gives the share
    # (a total with a group not rated: 304/545 where 543 were rated; a plan rebuilt from result and what remains),
    # else a warning naming the base assumed; a ratio beside the rate of something each unit has is no share of it.
    Example("Đảng bộ có 545 đảng viên, trong đó 543 đồng chí được đánh giá, 2 đồng chí miễn đánh giá. Kết quả có 304 "
            "đồng chí hoàn thành tốt nhiệm vụ, chiếm 58,5%.", "58,5%", "55,8%"),
    Example("Đảng bộ có 545 đảng viên, trong đó 543 đồng chí được đánh giá, 2 đồng chí miễn đánh giá. Kết quả có 304 "
            "đồng chí hoàn thành tốt nhiệm vụ, chiếm 55,8%."),
    Example("Kế hoạch trồng 120 ha rừng, đã trồng 112 ha, đạt 96,6%, còn lại 4 ha chuyển sang năm sau."),
    Example("Toàn huyện có 48/52 xã, thị trấn tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 100%."),
    Example("Toàn tỉnh có gần 1.200 chi bộ, trong đó 1.020 chi bộ hoàn thành tốt nhiệm vụ, đạt 85,7%."),
    # a share told as a bound ("đạt hơn …", "gần …"), and one after an aside joined by "với" (warnings naming the whole)
    Example("Xã có 1.240 hộ, trong đó 1.150 hộ đạt gia đình văn hóa, chiếm trên 95%.", "95%"),
    Example("Xã có 1.240 hộ, trong đó 1.150 hộ đạt gia đình văn hóa, chiếm trên 92%."),
    Example("Năm 2025 phát hiện 48 vụ buôn lậu, đã xử lý 36 vụ, với 52 đối tượng, đạt tỷ lệ 80%.", "80%"),
    Example("Năm 2025 phát hiện 48 vụ buôn lậu, đã xử lý 36 vụ, với 52 đối tượng, đạt tỷ lệ 75%."),
    # Near-misses: growth, another period, a percent of something else, no whole in sight.
    Example("Toàn Đảng bộ có 420 chi bộ. Năm nay 385 chi bộ được kiểm tra, tăng 12% so với năm trước."),
    Example("Chi bộ có 40 đảng viên. Có 36 đảng viên dự họp, đạt 90%; 9 tháng đầu năm thu đảng phí đạt 75%."),
    Example("Đã kiểm tra 25 chi bộ; 20 chi bộ xếp loại tốt, đạt 80%."),
    # a ratio, then its share after a semicolon written for a comma
    Example("Đến nay đã có 42/48 chi bộ tổ chức sinh hoạt chuyên đề; đạt tỷ lệ 78,5%.", "78,5%", "87,5%"),
    Example("Đến nay đã có 42/48 chi bộ tổ chức sinh hoạt chuyên đề; đạt tỷ lệ 87,5%."),
    # shares of one whole the text does not state: each count over its share gives about the same whole (a warning)
    Example("Cuối năm 2024, toàn huyện còn 1.240 hộ nghèo, chiếm tỷ lệ 4,86%; hộ cận nghèo là 980 hộ, chiếm tỷ lệ "
            "4,48%.", "4,48%", "3,84%"),
    Example("Cuối năm 2024, toàn huyện còn 1.240 hộ nghèo, chiếm tỷ lệ 4,86%; hộ cận nghèo là 980 hộ, chiếm tỷ lệ "
            "3,84%."),
    # the levels of a rating listed in one sentence, no "gồm": their shares are of those rated (their sum, 36),
    # not of every member stated before (40)
    Example("Chi bộ có 40 đảng viên. Qua đánh giá, có 6 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 16,7%; 28 đồng "
            "chí hoàn thành tốt nhiệm vụ, chiếm 77,8%; 2 đồng chí hoàn thành nhiệm vụ."),
    Example("Chi bộ có 40 đảng viên. Qua đánh giá, có 6 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 16,7%; 28 đồng "
            "chí hoàn thành tốt nhiệm vụ, chiếm 75,8%; 2 đồng chí hoàn thành nhiệm vụ.", "75,8%"),
    # the levels under a ratio of all of its total ("36/36 chi bộ") are its shares, also past a bracket splitting a level
    Example("Có 36/36 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 7 (1 đảng bộ và 6 chi bộ), "
            "chiếm 19,4%; hoàn thành tốt nhiệm vụ 29 (4 đảng bộ và 25 chi bộ), chiếm 80,4%.", "80,4%", "80,6%"),
    Example("Có 36/36 chi bộ được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 7 (1 đảng bộ và 6 chi bộ), "
            "chiếm 19,4%; hoàn thành tốt nhiệm vụ 29 (4 đảng bộ và 25 chi bộ), chiếm 80,6%."),
    # measures printed with decimals: a share one figure's rounding gives is no slip; one only both figures rounded
    # the far way give is a warning
    Example("Nạo vét 4,2 km/5,5 km kênh mương, đạt 77%."),
    Example("Nạo vét 4,2 km/5,5 km kênh mương, đạt 78%.", "78%"),
))
def percent_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """A percentage is its part over its whole at the printed precision (one decimal
    printed → rounded to one decimal); truncating instead of rounding is only a warning.
    The whole is a ratio's total ("62/80"), the plan of the same sentence ("đạt 88,7%" of
    "chỉ tiêu 60"), the whole a distribution is listed under, or - as a warning naming it -
    the nearest earlier whole of the same noun ("Toàn Đảng bộ có 420 chi bộ")."""
    layer = quantities_of(ctx)
    named = []
    for group in shares_of_one_base(ctx.text, layer.quantities):
        issue = _odd_share_issue(ctx.text, group, layer.quantities, named_base(group[0].share) or "")
        if issue is not None:
            named.append(issue)
    levels = [issue for relation in layer.of("level-shares") for issue in _level_share_issues(ctx.text, relation)]
    if "chiếm" in ctx.text:
        yield from _parallel_share_issues(ctx.text, layer)
    elif "(bằng" in ctx.text or "( bằng" in ctx.text:
        # "15 cơ sở Đảng … (bằng 12,82% …); 53 cơ sở Đảng … (bằng 45,3% …)": shares in brackets, each after its count;
        # where the shares name their base, or are the levels' own shares of their sum, that issue is the one given
        told = {i.start for i in named} | {i.start for i in levels}
        yield from (i for i in _parallel_share_issues(ctx.text, layer) if i.start not in told)
    yield from named
    yield from levels
    for relation in layer.of("taken"):
        issue = _taken_issue(ctx.text, relation)
        if issue is not None:
            yield issue
    for relation in layer.relations:
        if relation.share is None or relation.kind not in ("share-of", "result-vs-plan"):
            continue
        scope = layer.quantities + _levels_sums(layer.of("sum-of"), relation.parts[0])
        issue = _share_issue(ctx.text, relation, scope)
        if issue is not None:  # (the levels listed with the part are summed only for a share that fits no base)
            issue = _share_issue(ctx.text, relation, scope + _listed_levels_sum(ctx.text, layer.quantities, relation.parts[0]))
        if issue is not None:
            yield issue


def _taken_issue(text: str, relation: Relation) -> Issue | None:
    """"thu được 4.860.000 đồng; trích nộp cấp trên 30% là 1.485.000 đồng": the percentage is the rule, the amount
    what it gives, read at its last printed digit (or the thousand it was rounded to) and the base's (a warning
    naming the base)."""
    base, amount, percent = relation.whole, relation.parts[0], relation.share
    expected = base.value * percent.value / 100
    tolerance = _printed_half(amount) + _printed_half(base) * percent.value / 100
    if abs(amount.value - expected) <= tolerance * (1 + 1e-9):
        return None
    number = amount.text.split()[0]
    fix = format_vi(expected / amount.scale, amount.decimals)
    return Issue(amount.start, amount.start + len(number),
                 f"{percent.text} của {text[base.start:unit_end(text, base)].strip()} là {fix}{amount.text[len(number):]}, "
                 f"không phải {number} (nếu {percent.text} tính trên số tiền đó).", fix, Severity.WARNING,
                 (Related(base.start, unit_end(text, base), "whole"), Related(percent.start, percent.end, "share")))


def _printed_half(amount: Quantity) -> float:
    """Half the unit of an amount's last printed digit, a run of trailing zeros being a rounding ("1.485.000 đồng": to
    the thousand)."""
    unit = 10.0 ** -amount.decimals * amount.scale
    digits = amount.text.split()[0].replace(".", "").replace(",", "")
    if not amount.decimals:
        zeros = len(digits) - len(digits.rstrip("0"))
        unit *= 10 ** min(zeros, 3)
    return 0.5 * unit


# (or "bằng" opening a bracket right after its count: "53 cơ sở Đảng được công nhận trong sạch vững mạnh (bằng 45,3% …)")
_HELD_BEFORE = re.compile(r"(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$|\(\s*bằng\s*$", re.IGNORECASE)



def _parallel_share_issues(text: str, layer) -> Iterator[Issue]:
    """"còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%; hộ cận nghèo là 6.943 hộ, chiếm tỷ lệ 2,27%": counts of one class
    in one sentence, each "chiếm" a share of a whole the text does not state, are shares of one whole, so each
    count over its share gives about the same whole. The one whose whole stands apart from the others' (of
    two, the later) is a slip (a warning naming the whole the others give). Each share may have been
    rounded or cut at its last printed digit."""
    by_sentence: dict[tuple[int, str], list[Relation]] = {}
    for relation in layer.of("share-open"):
        part, percent = relation.parts[0], relation.share
        # (a count in a bracket closed before the share restates a base: "chiếm 15,00% tổng số (1.240 đồng chí) và
        # chiếm 16,36% số …" is a second share of the sentence's subject, not of the 1.240)
        between = text[part.end:percent.start]
        if part.kind != "count" or not part.noun_class or not 0 < percent.value < 100 \
                or ")" in between and "(" not in between \
                or not _HELD_BEFORE.search(text, max(0, percent.start - 16), percent.start) \
                or APPROXIMATE_BEFORE.search(text, max(0, part.start - 12), part.start):
            continue
        by_sentence.setdefault((part.sentence, part.noun_class), []).append(relation)
    for group in by_sentence.values():
        shares_of = Counter(r.parts[0].start for r in group)
        # one count with two shares ("186 đồng chí, chiếm 15,00% … và chiếm 16,36% số …"): of two bases, not parallel
        group = [r for r in group if shares_of[r.parts[0].start] == 1]
        # "giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ, chiếm 8,65%": the level a change started from is of
        # another moment, so its share of another whole
        earlier = {a.parts[0].start for a in group for b in group if from_to_levels(text, a.parts[0], b.parts[0])}
        group = [r for r in group if r.parts[0].start not in earlier]
        if len(group) < 2:
            continue
        issue = _odd_share_issue(text, group, layer.quantities)
        if issue is not None:
            yield issue


def _odd_share_issue(text: str, group: list[Relation] | tuple[Relation, ...], quantities,
                     base: str = "") -> Issue | None:
    """Of (count, share) pairs taken as shares of one whole, the one whose whole stands apart from the others'
    (of two, the later): a warning naming the whole the others give, on its share."""
    spans = [_implied_whole(r) for r in group]
    odd = None
    if len(group) == 2:
        if spans[0][1] < spans[1][0] or spans[1][1] < spans[0][0]:
            odd = 1
    else:
        apart = []
        for index in range(len(group)):
            others = [w for i, w in enumerate(spans) if i != index]
            low, high = max(w[0] for w in others), min(w[1] for w in others)
            if low <= high and (spans[index][1] < low or high < spans[index][0]):
                apart.append(index)
        odd = apart[0] if len(apart) == 1 else None  # (two that could each be the slip: which is unknown)
    if odd is None:
        return None
    relation = group[odd]
    others = [w for i, w in enumerate(spans) if i != odd]
    whole = (max(w[0] for w in others) + min(w[1] for w in others)) / 2
    part, percent = relation.parts[0], relation.share
    if whole <= 0 or _explained_otherwise(relation, quantities):
        return None  # (shares of 0 % give a whole of 0: nothing to divide by, nothing to say)
    true = part.value / whole * 100
    expected = format_vi(true, percent.decimals)
    if expected == format_vi(percent.value, percent.decimals):
        return None
    named = "; ".join(f"{r.parts[0].text} ↔ {r.share.text}" for i, r in enumerate(group) if i != odd)
    which = f"cùng tính trên {base}" if base else "trong câu cùng tính trên một tổng số"
    return Issue(percent.start, percent.end,
                 f"{named} cho tổng số khoảng {format_vi(whole, 0)} {part.head or ''}".rstrip() + f"; {part.text} / "
                 f"{format_vi(whole, 0)} ≈ {expected}%, không phải {percent.text} — nếu các tỷ lệ {which}.",
                 expected + percent.text[len(percent.text.rstrip("% ")):], Severity.WARNING,
                 tuple(Related(r.parts[0].start, unit_end(text, r.parts[0]), "part") for r in group))


def _implied_whole(relation: Relation) -> tuple[float, float]:
    """The whole a count and its share give, as a range: the share may be rounded or cut at its last digit."""
    part, percent = relation.parts[0], relation.share
    unit = 10.0 ** -percent.decimals
    low, high = max(percent.value - unit, unit / 10), percent.value + unit
    return part.value / high * 100, part.value / low * 100


def change_rate_issue(text: str, relation: Relation) -> Issue | None:
    """"Xảy ra 14 vụ, giảm 05 vụ (-26,3%)": the rate of a change is the change over the level before it (14 + 5 =
    19 vụ; "tăng": the level minus the change), at the printed precision (a warning naming the base)."""
    level, change, percent = relation.whole, relation.parts[0], relation.share
    word = relation.cues[0].text.lower()
    up = word in ("tăng", "vượt")  # "vượt 5 đảng viên (12,5%) so với kế hoạch": the excess over the plan beaten
    (l_low, l_high), (c_low, c_high) = _printed_bounds(level), _printed_bounds(change)
    if not relation.explicit:  # a level of the sentence before, often hedged ("trên 2,86 triệu", "hơn 4.124 tỷ đồng")
        (l_low, l_high), (c_low, c_high) = _hedged(text, level, l_low, l_high), _hedged(text, change, c_low, c_high)
    base = level.value - change.value if up else level.value + change.value
    b_low, b_high = (l_low - c_high, l_high - c_low) if up else (l_low + c_low, l_high + c_high)
    if b_low <= 0:
        return None
    true, low, high = change.value / base * 100, c_low / b_high * 100, c_high / b_low * 100
    unit = 10.0 ** -percent.decimals
    if low - unit - 1e-9 <= percent.value <= high + 0.5 * unit + 1e-9:
        return None
    expected = format_vi(true, percent.decimals)
    number = percent.text.rstrip("% ")
    if change.start > percent.start or _COMPARED_BETWEEN.search(text, change.end, percent.start) \
            and _amount_slipped(level, change, percent, up) and not digit_slip(expected, number):
        # "81,09 tỷ USD, tăng 19,8%, tương ứng tăng 18,38 tỷ USD": the amount told after the rate, as what it stands for,
        # is the figure computed from the others; it is the one questioned. A change told with its period before its
        # rate ("96 tỷ đồng, tăng 14,5 tỷ đồng so với năm 2026, tương ứng tăng 16,4%") is a statement of its own: it is
        # questioned when it is one typing slip off what the level and the rate give (13,5) while the rate is nothing
        # like what the change gives (17,8%)
        return _amount_after_rate_issue(text, level, change, percent, up)
    before = format_vi(base / change.scale, change.decimals)
    return Issue(percent.start, percent.start + len(number),
                 f"{word.capitalize() if up else 'Giảm'} {_describe(change, text)} {'so với' if word == 'vượt' else 'từ'} {before} (= {_describe(level, text)} "
                 f"{'−' if up else '+'} {change.text}) là {format_vi(true, 2).rstrip('0').rstrip(',')}%, không phải "
                 f"{number}%: tỷ lệ thay đổi = mức thay đổi ÷ số trước khi thay đổi.", expected, Severity.WARNING,
                 (Related(level.start, unit_end(text, level), "later"), Related(change.start, unit_end(text, change), "part")))


_COMPARED_BETWEEN = re.compile(r"\s+so\s+với\s", re.IGNORECASE)


def _implied_change(level: Quantity, percent: Quantity, up: bool) -> float | None:
    """The change a level and its rate give: level − level ÷ (1 + rate), or level ÷ (1 − rate) − level for a fall."""
    factor = 1 + percent.value / 100 if up else 1 - percent.value / 100
    return abs(level.value - level.value / factor) if factor > 0 else None


def _amount_slipped(level: Quantity, change: Quantity, percent: Quantity, up: bool) -> bool:
    """Whether the change written is a typing slip of the change the level and the rate give."""
    implied = _implied_change(level, percent, up)
    if implied is None:
        return False
    return digit_slip(format_vi(implied / (change.scale if change.kind == "money" else 1), change.decimals),
                      change.text.split()[0])


def digit_slip(one: str, other: str) -> bool:
    """Two printed numbers whose digits differ as a typing slip: one digit, or two neighbours swapped."""
    one, other = re.sub(r"\D", "", one), re.sub(r"\D", "", other)
    if len(one) != len(other) or len(one) < 2 or one == other:
        return False
    differ = [i for i in range(len(one)) if one[i] != other[i]]
    return len(differ) == 1 or len(differ) == 2 and differ[1] == differ[0] + 1 and one[differ[0]] == other[differ[1]] \
        and one[differ[1]] == other[differ[0]]


def _amount_after_rate_issue(text: str, level: Quantity, change: Quantity, percent: Quantity, up: bool) -> Issue | None:
    """The change a level and its rate give (_implied_change) against the amount written after the rate, printed as
    that amount is."""
    implied = _implied_change(level, percent, up)
    if implied is None:
        return None
    factor = 1 + percent.value / 100 if up else 1 - percent.value / 100
    scale = change.scale if change.kind == "money" else 1
    said = change.text.split()[0] if change.kind == "money" else change.text
    expected = format_vi(implied / scale, change.decimals)
    if expected == format_vi(change.value / scale, change.decimals):
        return None
    unit = change.text[len(said):] if change.kind == "money" else ""
    way = "tăng" if up else "giảm"
    return Issue(change.start, change.start + len(said),
                 f"{_describe(level, text)} {way} {percent.text} thì mức {way} là {expected}{unit} (= "
                 f"{_describe(level, text)} {'−' if up else '+'} {_describe(level, text)} ÷ {format_vi(factor, 3)}), "
                 f"không phải {said}{unit}.", expected, Severity.WARNING,
                 (Related(level.start, unit_end(text, level), "later"), Related(percent.start, percent.end, "share")))


_MORE_THAN = re.compile(r"(?<!\w)(?:hơn|trên|ngoài)\s*$", re.IGNORECASE)
_LESS_THAN = re.compile(r"(?<!\w)(?:gần|dưới)\s*$", re.IGNORECASE)
_ABOUT = re.compile(r"(?<!\w)(?:khoảng|ước|xấp\s+xỉ|chừng)\s*$", re.IGNORECASE)
_HEDGE = 0.05  # how far past a hedged figure ("hơn 4.124 tỷ đồng") the true one may lie, as a share of it


def _hedged(text: str, quantity: Quantity, low: float, high: float) -> tuple[float, float]:
    """A figure's range widened by its hedge: "hơn X" up to 5 % above X, "gần X" as far below, "khoảng X" either way."""
    before = text[max(0, quantity.start - 12):quantity.start]
    if _MORE_THAN.search(before):
        return low, high + _HEDGE * quantity.value
    if _LESS_THAN.search(before):
        return low - _HEDGE * quantity.value, high
    if _ABOUT.search(before):
        return low - _HEDGE * quantity.value, high + _HEDGE * quantity.value
    return low, high


def _printed_bounds(quantity: Quantity) -> tuple[float, float]:
    """An amount of money may be rounded at its last printed digit ("20,7 tỷ"), so may a count in millions
    ("2,86 triệu trường hợp"); a count is exact."""
    if quantity.kind != "money" and quantity.scale == 1.0:
        return quantity.value, quantity.value
    half = 0.5 * 10.0 ** -quantity.decimals * quantity.scale
    return quantity.value - half, quantity.value + half


def growth_issue(text: str, relation: Relation) -> Issue | None:
    """"184,5 triệu đồng, tăng 12,8% so với năm 2024 (163,2 triệu đồng)": a growth rate is (new − old) ÷ old,
    "giảm" (old − new) ÷ old, "bằng" new ÷ old, at the printed precision (each amount of money may have been
    rounded at its last digit; truncating the rate is accepted too). A warning naming both figures."""
    base, level, percent = relation.whole, relation.parts[0], relation.share
    way = relation.cues[0].text.lower()
    (b_low, b_high), (l_low, l_high) = _printed_bounds(base), _printed_bounds(level)
    if b_low <= 0 or l_low <= 0:
        return None
    ratio, low, high = level.value / base.value, l_low / b_high, l_high / b_low
    if level.modifier == "change":  # "giảm 4 vụ, tương ứng giảm 16,0% so với … 25 vụ": the change over the base
        true, low, high = ratio * 100, low * 100, high * 100
    elif way == "bằng":
        true, low, high = ratio * 100, low * 100, high * 100
    elif way == "tăng":
        true, low, high = ratio * 100 - 100, low * 100 - 100, high * 100 - 100
    else:
        true, low, high = 100 - ratio * 100, 100 - high * 100, 100 - low * 100
    if true <= 0:
        return None  # "tăng" of a smaller figure: the level read is not the one measured
    unit = 10.0 ** -percent.decimals
    stated = percent.value
    if low - unit - 1e-9 <= stated <= high + 0.5 * unit + 1e-9:
        return None  # rounded or truncated, within what the printed figures allow
    if way != "bằng" and abs(stated - ratio * 100) <= unit:
        return None  # "tăng 104,3%" for "bằng": loosely worded, not a wrong figure
    expected = format_vi(true, percent.decimals)
    exact = format_vi(true, 2).rstrip("0").rstrip(",")
    rounded = "" if exact == expected else f", làm tròn {expected}%"
    number = percent.text.rstrip("% ")
    # a bare level was named by the base's noun in its label ("số hội viên kết nạp mới là 64")
    later = f"{level.text} {base.head}" if level.bare and base.head else _describe(level, text)
    if level.modifier == "change":
        how = f"{later} so với {(base.text if base.bare else _describe(base, text))} là {exact}%{rounded}"
        rule = "tỷ lệ = mức thay đổi ÷ số kỳ so sánh"
    elif way == "bằng":
        how = f"{later} so với {(base.text if base.bare else _describe(base, text))} là {exact}%{rounded}"
        rule = "tỷ lệ so sánh = số kỳ này ÷ số kỳ so sánh"
    else:
        how = f"Từ {(base.text if base.bare else _describe(base, text))} {'lên' if way == 'tăng' else 'xuống'} {later} là {way} " \
              f"{exact}%{rounded}"
        rule = f"tỷ lệ {way} = ({'số mới − số cũ' if way == 'tăng' else 'số cũ − số mới'}) ÷ số cũ"
    related = (Related(base.start, unit_end(text, base), "earlier"), Related(level.start, unit_end(text, level), "later"),
               Related(relation.cues[0].start, relation.cues[0].end, "cue"))
    return Issue(percent.start, percent.start + len(number), f"{how}, không phải {number}%: {rule}.", expected,
                 Severity.WARNING, related)


def excess_issue(text: str, relation: Relation) -> Issue | None:
    """"Kết nạp 65 đảng viên, vượt 9,3% chỉ tiêu (60 đảng viên)": by how much the result passed
    its plan is result ÷ plan − 100 %, at the printed precision."""
    plan, result, percent = relation.whole, relation.parts[0], relation.share
    if not plan.value or result.value <= plan.value:
        return None  # not passed at all: whether "vượt" is right is the target rule's
    true = result.value / plan.value * 100 - 100
    if _matches(true, percent.value, percent.decimals) or _matches(true + 100, percent.value, percent.decimals):
        return None  # "vượt 108,3% chỉ tiêu": the attainment, loosely worded, not a wrong figure
    expected = format_vi(true, percent.decimals)
    exact = format_vi(true, 2).rstrip("0").rstrip(",")
    number = percent.text.rstrip("% ")
    return Issue(percent.start, percent.start + len(number),
                 f"Kết quả {_describe(result, text)} so với kế hoạch {_describe(plan, text)} là "
                 f"{format_vi(result.value / plan.value * 100, 2).rstrip('0').rstrip(',')}%, tức vượt {exact}%, không "
                 f"phải {number}%: phần vượt = kết quả ÷ kế hoạch − 100%.", expected, Severity.ERROR, _related(relation, text))


def _distribution_issues(text: str, layer) -> Iterator[Issue]:
    """The shares of the levels of one classification cannot add up to more than 100 %."""
    for relation in layer.of("distribution"):
        shares = relation.parts
        total = sum(p.value for p in shares)
        tolerance = sum(0.5 * 10 ** -p.decimals for p in shares) + 1e-9
        listed = " + ".join(p.text for p in shares)
        summed = format_vi(total, 2).rstrip('0').rstrip(',')
        if total > 100 + tolerance:
            # a composition ("Cơ cấu kinh tế: …") is read from its labels: a warning
            whose = "trong cơ cấu" if not relation.explicit else "của một cách phân loại"
            yield Issue(shares[0].start, shares[-1].end,
                        f"Các tỷ lệ {whose} cộng lại {listed} = {summed}%, "
                        "vượt 100%: ít nhất một tỷ lệ sai.", None, None if relation.explicit else Severity.WARNING,
                        tuple(Related(p.start, p.end, "share") for p in shares))
        elif relation.exhaustive and 100 - total >= tolerance - 1e-6 and not _NESTED_LEVEL.search(_BRACKETED.sub(
                " ", text[max(0, text.rfind(".", 0, shares[0].start)):shares[-1].end])):  # (rounding: half a unit each)
            # "hoàn thành tốt nhiệm vụ trở lên 92%, trong đó hoàn thành xuất sắc 21%; …": one level holds another
            # (a warning: the shares may be of a total with some not rated, those exempt or not yet assessed)
            yield Issue(shares[0].start, shares[-1].end,
                        f"Các tỷ lệ của mọi mức xếp loại (từ cao nhất đến thấp nhất) cộng lại {listed} = {summed}%, "
                        "không đủ 100%: ít nhất một tỷ lệ sai, trừ khi tỷ lệ tính trên tổng số có cả người không xếp "
                        "loại.", None, Severity.WARNING,
                        tuple(Related(p.start, p.end, "share") for p in shares))


_NESTED_LEVEL = re.compile(r"trở\s+lên|trong\s+(?:số\s+)?đó", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")  # a level held by another, in its bracket, is no level of the run


def _approximate(text: str, relation: Relation) -> tuple[float, float] | None:
    """The share's range when its part or whole is written as rounded ("khoảng", "gần", "hơn", "ước"): each may be
    off by a unit of its last printed digit ("hơn 3 tỷ đồng" is anything from 3 to 4 tỷ); None when both are exact."""
    whole, part = relation.whole, relation.parts[0]
    loose = [q for q in (whole, part) if q.kind != "ratio" and APPROXIMATE_BEFORE.search(text, max(0, q.start - 12), q.start)]
    if not loose:
        return None

    def bounds(q: Quantity) -> tuple[float, float]:
        if q not in loose:
            return q.value, q.value
        unit = 10.0 ** -q.decimals
        whole_number = round(q.amount)
        while not q.decimals and whole_number and whole_number % (unit * 10) == 0:
            unit *= 10  # "gần 1.200 hộ": rounded to the hundred
        return q.value - unit * q.scale, q.value + unit * q.scale

    (w_low, w_high), (p_low, p_high) = bounds(whole), bounds(part)
    if w_low <= 0:
        return None
    return p_low / w_high * 100, p_high / w_low * 100


# a percentage written as a bound or an estimate ("trên 81,6%", "gần 90%", "khoảng 34%"): consistent as printed when
# the share lies on the side the word says
_HEDGE_BEFORE = re.compile(rf"(?<!\w)(?P<word>trên|hơn|quá|gần|dưới|khoảng|{ESTIMATE}|xấp\s+xỉ|chừng|"
                           r"gần\s+như|tối\s+thiểu|ít\s+nhất)\s*$", re.IGNORECASE)


def _hedged_consistent(text: str, percent: Quantity, true: float) -> bool | None:
    """None when the percentage is written plainly; else whether the share fits the word before it."""
    found = _HEDGE_BEFORE.search(text, max(0, percent.start - 14), percent.start)
    if found is None:
        return None
    word, stated = found["word"].lower(), percent.value
    half = 0.5 * 10.0 ** -percent.decimals
    if word in ("trên", "hơn", "quá", "tối thiểu", "ít nhất"):
        return true >= stated - half
    if word in ("gần", "dưới"):
        return true <= stated + half
    return abs(true - stated) <= max(1.0, 0.05 * stated)


def _rounding_explains(relation: Relation, stated: float, decimals: int) -> str | None:
    """"16,6/21,9 km, đạt 75,83%": a part or whole printed with decimals was rounded at its last digit (16,55 … 16,65).
    "one" when the rounding of one of them, the other as printed, gives the share (16,6 over 21,9 ± 0,05 does); "both"
    when only both rounded the far way give it ("1,2 tỷ/1,6 tỷ, đạt 80%": 1,24/1,55 would, 1,2/1,6 is 75%): possible,
    not likely; None when no rounding gives it."""
    whole, part = relation.whole, relation.parts[0]
    if whole.kind == "ratio":
        part_decimals = whole.decimals if part is whole else part.decimals
        whole_decimals = whole.total_decimals
    else:
        part_decimals, whole_decimals = part.decimals, whole.decimals
    if not part_decimals and not whole_decimals:
        return None
    part_half = 0.5 * 10.0 ** -part_decimals if part_decimals else 0.0
    whole_half = 0.5 * 10.0 ** -whole_decimals if whole_decimals else 0.0
    # (in the units printed: a money amount's value is scaled, its decimals are of the printed amount)
    part_value, whole_value = part.value / part.scale, _whole_value(relation) / (1.0 if whole.kind == "ratio" else whole.scale)
    if part.scale != (1.0 if whole.kind == "ratio" else whole.scale) or whole_value <= whole_half:
        return None
    margin = 0.5 * 10.0 ** -decimals

    def gives(part_off: float, whole_off: float) -> bool:
        low = (part_value - part_off) / (whole_value + whole_off) * 100
        high = (part_value + part_off) / (whole_value - whole_off) * 100
        return low - margin <= stated <= high + margin

    if gives(part_half, 0.0) or gives(0.0, whole_half):
        return "one"
    return "both" if gives(part_half, whole_half) else None


def _share_issue(text: str, relation: Relation, quantities: tuple[Quantity, ...]) -> Issue | None:
    """The finding on a share that is not its part over its whole, and how loud: an error only where the base is
    written ("62/80", "385 trên tổng số 420", "(giải ngân 33 tỷ/kế hoạch 41 tỷ)") or is the one whole in scope; a
    base the reader inferred is checked against every other base in scope first (_other_base_explains) and is a
    warning naming the whole it assumed; a hedged figure is checked as printed."""
    whole_value, part_value = _whole_value(relation), _part_value(relation)
    percent = relation.share
    if not whole_value:
        return None
    true = part_value / whole_value * 100
    stated, decimals = percent.value, percent.decimals
    rounding = None if _matches(true, stated, decimals) else _rounding_explains(relation, stated, decimals)
    if _matches(true, stated, decimals) or rounding == "one":
        return None
    whole = relation.whole
    if whole.kind == "ratio" and (relation.parts[0] is not whole or percent.start > whole.start) and \
            0 < whole.value < whole_value and _matches(part_value / whole.value * 100, stated, decimals):
        # "dự kiểm tra 438/452 người được triệu tập; đạt 417 người, chiếm 95,2% số dự kiểm tra": of the 438; "6/7 làng
        # đạt 100%", "160/262 xã có cử tri đi bầu đạt 100%": after its ratio a 100 % may be of all those it counted.
        # A share the ratio in a bracket after it writes out ("100% (61/64) thôn") is that ratio's
        return None
    if whole.kind == "ratio" and whole.value and any(
            q.kind == "count" and q.start != whole.start and q.value > whole.total
            and (q.noun_class == whole.noun_class or percent.base is not None and percent.base.figure is q)
            and _matches(whole.value / q.value * 100, stated, decimals) for q in quantities):
        # "với tỷ lệ 95,19% (475/475 đại biểu có mặt biểu quyết tán thành, tổng số đại biểu … là 499 đại biểu)": the
        # share of the total the text names beside the ratio, its numerator over all of them; "49/49 số phiếu tán
        # thành, đạt 98% (so với tổng số 50 đại biểu)": of the total the share's own bracket names
        return None
    if _of_all_members(text, relation, part_value, whole_value) or _index_like_its_whole(text, relation, quantities):
        return None
    approximate = _approximate(text, relation)
    if approximate is not None:
        low, high = approximate
        if low - 0.5 * 10 ** -decimals <= stated <= high + 0.5 * 10 ** -decimals:
            return None  # "khoảng 34 triệu hồ sơ (đạt 67,8% so với chỉ tiêu 50 triệu)": a rounded count, a share of the exact one
    hedged = _hedged_consistent(text, percent, true)
    if hedged is not None and relation.explicit and _base_written(relation) and estimated(text, percent.start):
        hedged = None  # "ước đạt 101,8% kế hoạch năm (52.940 tấn/52.000 tấn)": the figures estimated, the share of them exact
    if hedged:
        return None  # "đạt trên 81,6%" of a share of 82,3%: a bound, consistent as printed
    if relation.kind == "share-of" and relation.whole.kind != "ratio" and true > 100:
        return None  # a share above 100 %: the reading of its whole is wrong, not the text
    if _measures_another_thing(text, relation):
        return None  # "123/159 xã … tỷ lệ cử tri đi bầu đạt 100%": the rate of something each of them has
    written = _base_written(relation)
    if not written and _names_another_base(text, relation):
        return None  # "… 600 ha mất trắng, chiếm 32,6% diện tích bị ngập" after "gieo cấy 6.450 ha": not that whole
    if not written:
        # (no other base for parts that add up to their whole: quantities/relations.py, _shares_of_an_exhausted_whole)
        if not relation.exhaustive and _other_base_explains(relation, quantities) or (
                not relation.explicit or _whole_attains_its_plan(text, relation)) and _attained(text, relation):
            return None
        if not relation.explicit and _whole_is_a_part(relation, quantities):
            return None  # "trong 91 đại biểu tham gia biểu quyết thì có 90 đại biểu tán thành, một đại biểu …": a sibling
        if not relation.explicit and _whole_shares_the_named_base(text, relation, quantities):
            return None  # "42 đại biểu tham gia (bằng 93,33% tổng số đại biểu), 40 tán thành (bằng 88,89% tổng số …)"
        if relation.kind == "share-of" and stated == 100 and not _same_clause(relation.whole, relation.parts[0]):
            return None  # "1.042 người … đã bỏ phiếu, đạt tỷ lệ 100%": all of the part's own group, no earlier total
    # sure: the base is written, or the one whole of the part's kind in scope; else a warning naming the assumed one
    # ("gọi sơ khám 1.456 thanh niên, trong đó 752 … đủ tiêu chuẩn, đạt 100%": "đạt 100%" with no base written may
    # be a quota met, its plan unsaid, rather than all of the whole read for it)
    quota_met = stated == 100 and not written and relation.kind == "share-of" and percent.role == "share" and any(
        c.text.split()[0].lower() == "đạt" for c in percent.cues if c.text.strip())
    # (a share only both figures' rounding could give is a warning saying so)
    sure = relation.explicit and hedged is None and approximate is None and not quota_met and rounding is None and (
        written or not _another_whole(relation, quantities))
    expected = format_vi(true, decimals)
    exact = format_vi(true, 2).rstrip("0").rstrip(",")
    rounded = "" if exact == expected else f", làm tròn thành {expected}%"
    related = _related(relation, text)
    if relation.kind == "result-vs-plan":
        number = percent.text.rstrip("% ")
        start, end = percent.start, percent.start + len(number)
        truncated = _matches(truncate(true, decimals), stated, decimals)
        why = f"ghi {number}% là cắt bỏ phần lẻ thay vì làm tròn" if truncated else "tỷ lệ đạt = kết quả ÷ kế hoạch"
        message = (f"Kết quả {_describe(relation.parts[0], text)} so với kế hoạch {_describe(relation.whole, text)} "
                   f"là {exact}%{rounded}, không phải {number}%: {why}.")
        severity = Severity.WARNING if truncated else None
        if not relation.explicit:  # the plan is in the sentence before: a warning naming it
            message += f" (kế hoạch {_describe(relation.whole, text)} nêu ở câu trước)"
            severity = Severity.WARNING
        elif rounding is not None:
            message += " (chỉ khớp nếu cả hai số đã làm tròn)"
            severity = Severity.WARNING
        elif not sure:  # another plan or whole in scope could be the base: a warning naming the one assumed
            message += f" (nếu tỷ lệ tính trên {_describe(relation.whole, text)})"
            severity = Severity.WARNING
        return Issue(start, end, message, expected, severity, related)
    suggestion = expected + percent.text[len(percent.text.rstrip("% ")):]  # keep "%" or " %"
    if relation.whole.kind == "ratio" and relation.parts[0] is not relation.whole:  # "số chi bộ" of "19/58 chi bộ"
        computed = f"{relation.parts[0].text} / {format_vi(relation.whole.total)} {relation.whole.head} = {exact}%{rounded}"
    elif relation.whole.kind == "ratio":
        computed = f"{relation.whole.text} = {exact}%{rounded}"
    else:
        computed = f"{relation.parts[0].text} / {_describe(relation.whole, text)} = {exact}%{rounded}"
    if _matches(truncate(true, decimals), stated, decimals):
        return Issue(percent.start, percent.end, f"{computed}; ghi {percent.text} là cắt bỏ phần lẻ thay vì làm tròn.",
                     suggestion, Severity.WARNING, related)
    if sure:
        return Issue(percent.start, percent.end,
                     f"{computed}, không phải {percent.text}: tỷ lệ bằng phần chia cho tổng, làm tròn đến "
                     f"{decimals} chữ số thập phân như số đã ghi.", suggestion, None, related)
    if rounding is not None:
        return Issue(percent.start, percent.end,
                     f"{computed}, không phải {percent.text}: chỉ khớp nếu cả phần và tổng đều đã làm tròn (lệch hết "
                     "nửa đơn vị ngược chiều nhau); kiểm tra lại số liệu.", suggestion, Severity.WARNING, related)
    whole_name = _describe(relation.whole, text)
    if relation.whole.kind == "ratio":
        whole_name = f"{format_vi(relation.whole.total)} {relation.whole.head} (mẫu số của {relation.whole.text})"
    return Issue(percent.start, percent.end,
                 f"{computed}, không phải {percent.text} — nếu tỷ lệ tính trên tổng số {whole_name} "
                 "đã nêu trước đó; kiểm tra lại số liệu hoặc ghi rõ tổng số.", suggestion, Severity.WARNING, related)


_WHOLE_NAMED_BETWEEN = re.compile(r"\b(?:trên|trong)\s+tổng", re.IGNORECASE)
_TARGETS_ATTAINED = re.compile(r"\s+(?:đều\s+)?đạt\s+", re.IGNORECASE)
_ATTAINED_BEFORE = re.compile(r"\bđạt(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.IGNORECASE)


_BASE_IN_WORDS = 6  # words of a named base looked for in how the whole was told
_BASE_FILLERS = frozenset(("bị", "được", "đã", "đang", "có", "của", "các", "những", "toàn", "trên", "địa", "bàn", "năm",
                           "trong", "và", "là", "cả", "tổng", "số"))


def _names_another_base(text: str, relation: Relation) -> bool:
    """The share names its base in words ("32,6% diện tích bị ngập", "32% số hộ được hỗ trợ") and the whole the reader
    inferred is told in none of those words ("gieo cấy 6.450 ha lúa"): the base is another figure, perhaps unstated."""
    base = relation.share.base
    # (a base named by what of it is measured, "số", "diện tích", then words of its own)
    if base is None or base.measure is None or not base.words or relation.whole.kind == "ratio":
        return False
    whole = relation.whole
    head = (whole.head or "").lower().split()
    words = [w for w in (c.text.lower() for c in base.words[:_BASE_IN_WORDS]) if w not in _BASE_FILLERS and w not in head]
    if not words:
        return False
    line_start = max(text.rfind("\n", 0, whole.start), text.rfind(". ", 0, whole.start)) + 1
    told = text[line_start:unit_end(text, whole) + 40].lower()
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", told) for w in words)


# the whole's own share right after it, of its plan: "ước đạt 1.690 tỷ đồng, đạt 22,9% dự toán năm"
_PLAN_SHARE_AFTER = re.compile(r"\s*,?\s*(?:ước\s+)?(?:đạt|bằng)\s+(?:tỷ\s+lệ\s+)?\d+(?:,\d+)?\s*%\s*(?:so\s+với\s+)?(?:dự\s+toán|"
                               r"kế\s+hoạch|chỉ\s+tiêu|KH\b)", re.IGNORECASE)


def _whole_attains_its_plan(text: str, relation: Relation) -> bool:
    """The whole is told with its own share of its plan ("chi 1.690 tỷ đồng, đạt 22,9% dự toán năm. Trong đó, chi
    thường xuyên 1.574 tỷ đồng, ước đạt 25%"): the "đạt" shares of its parts are each of their own plan too, not of
    the whole."""
    return bool(_PLAN_SHARE_AFTER.match(text, unit_end(text, relation.whole)))


def _attained(text: str, relation: Relation) -> bool:
    """"thu từ dầu thô 2.758 tỷ đồng, đạt 91,9%": an amount that "đạt" a percentage has reached that
    share of its plan (a share of a total is "chiếm"), so no total stated before is assumed as its
    base. (In a written breakdown, "gồm: vốn tỉnh 80 tỷ đồng, đạt 66,7%", the share is checked.)"""
    part, percent = relation.parts[0], relation.share
    if relation.kind != "share-of" or part.end > percent.start or _WHOLE_NAMED_BETWEEN.search(text, part.end, percent.start):
        return False
    if part.head == "chỉ tiêu":  # "9 chỉ tiêu đạt 100%": the targets reached all of their levels
        return bool(_TARGETS_ATTAINED.fullmatch(text, unit_end(text, part), percent.start))
    return part.kind == "money" and bool(_ATTAINED_BEFORE.search(text, max(0, percent.start - 16), percent.start))


def _explained_otherwise(relation: Relation, quantities: tuple[Quantity, ...]) -> bool:
    """An inferred whole is only one reading: if another count of the same kind in the
    paragraph gives the stated percentage, the author meant that one."""
    part, percent = relation.parts[0], relation.share
    for candidate in quantities:
        if candidate is part or candidate.kind not in ("count", "money", "ratio") or not candidate.value:
            continue
        for value in {candidate.value, candidate.total or 0}:
            if value and value >= part.value and _matches(part.value / value * 100, percent.value, percent.decimals):
                return True
        if candidate.kind == "count" == part.kind and candidate.noun_class == part.noun_class \
                and candidate.sentence == part.sentence and 0 < candidate.value < part.value \
                and _matches(candidate.value / part.value * 100, percent.value, percent.decimals):
            return True  # "702 trẻ (nhóm tuổi này có 716 trẻ), đạt 98%": the count read as the part is the whole
    # "Chi bộ có 40 đảng viên, có mặt 33 đồng chí (đạt 94,3% số đảng viên phải dự), 5 đồng chí miễn sinh hoạt": the
    # share of the whole less another count of its class in the paragraph (those exempt, the invalid ballots)
    whole = relation.whole
    if whole.kind == "count" and whole.noun_class:
        for candidate in quantities:
            if candidate is part or candidate is whole or candidate.kind != "count" \
                    or candidate.noun_class != whole.noun_class or not 0 < candidate.value < whole.value:
                continue
            rest = whole.value - candidate.value
            if rest >= part.value and _matches(part.value / rest * 100, percent.value, percent.decimals):
                return True
    return False


def _base_written(relation: Relation) -> bool:
    """The base is written, not chosen by the reader: a ratio "62/80" (or "(45/52 chi bộ)" after the share), the
    part before its whole ("385 trên tổng số 420 chi bộ", "52 đảng viên trên chỉ tiêu 60", "27,34 tỷ đồng/41,6 tỷ
    đồng"), or both in a bracket after the share ("(giải ngân 33 tỷ đồng/kế hoạch 41 tỷ đồng)")."""
    whole, part, percent = relation.whole, relation.parts[0], relation.share
    if whole.kind == "ratio":  # (not a ratio of a sentence before the reader took as the base of another count)
        return relation.explicit or part is whole
    return part.end <= whole.start and (part.end <= percent.start or part.start > percent.start)


# ", khối lượng ước đạt": a clause's own subject (two syllables, then at most three words) before its share cue
_MEASURE_SUBJECT = re.compile(r",\s*(?P<noun>[^\W\d_]+\s+[^\W\d_]+)(?:\s+[^\W\d_]+){0,3}?\s+(?:ước\s+)?(?:đạt|là|bằng)\s*$",
                              re.IGNORECASE)
_SHARE_WORDS = frozenset(("tỷ lệ", "tỉ lệ", "tương đương", "tương ứng"))
_OF_THE_TOTAL = re.compile(OF_THE_TOTAL + r"\s*$", re.IGNORECASE)


def _measures_another_thing(text: str, relation: Relation) -> bool:
    """A count whose share, for a whole the reader inferred, has a subject of its own after a comma, a word that
    counts nothing ("02 công trình đang thi công, khối lượng ước đạt 45%"): how far the work on them has gone, not
    how many of the whole they are. (A ratio's share naming another rate, "123/159 xã … tỷ lệ cử tri đi bầu đạt
    100%", is no relation of the quantity layer at all.)"""
    whole, percent = relation.whole, relation.share
    part = relation.parts[0]
    if not relation.explicit and whole.kind == "count" and part.kind == "count" and part.end < percent.start:
        subject = _MEASURE_SUBJECT.search(text, unit_end(text, part), percent.start)
        if subject is not None and _OF_THE_TOTAL.match(subject.group()):
            return False  # "…, so với tổng số đạt 91,4%": the share of the whole itself
        return subject is not None and subject["noun"].lower() not in _SHARE_WORDS and head_of(
            subject["noun"])[1] is None and is_compound(subject["noun"].lower().split())
    return False


_COMPARED_AFTER = re.compile(r"\s*(?:so\s+với|kế\s+hoạch|dự\s+toán|cùng\s+kỳ)", re.IGNORECASE)
_RATE_WORD = re.compile(r"(?<!\w)(?P<word>bằng|đạt|tăng|giảm)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.IGNORECASE)


def _index_like_its_whole(text: str, relation: Relation, quantities) -> bool:
    """"Tổng diện tích gieo trồng đạt 264.821 ha, bằng 99,63% so với cùng kỳ, trong đó vụ Đông Xuân đạt 184.990 ha,
    bằng 99,88%": the whole carries its rate against another level (the same period, the plan), and the part's
    percentage follows the same word: the part's own rate, told in parallel, not its share of the whole."""
    whole, part, percent = relation.whole, relation.parts[0], relation.share
    if relation.kind != "share-of" or whole.kind == "ratio" or not whole.end <= part.start \
            or whole.sentence != part.sentence or "\n" in text[whole.end:part.start]:
        # (one sentence of one paragraph, a document's paragraphs being its lines: a rate of a sentence before tells
        # nothing of how this one is told)
        return False
    own = _RATE_WORD.search(text, max(0, percent.start - 16), percent.start)
    if own is None:
        return False
    for q in quantities:
        if q.kind == "percent" and whole.end <= q.start < part.start and _COMPARED_AFTER.match(text, q.end):
            word = _RATE_WORD.search(text, max(0, q.start - 16), q.start)
            if word is not None and word["word"].lower() == own["word"].lower():
                return True
    return False


_VOTED = re.compile(r"(?<!\w)(?:tán\s+thành|biểu\s+quyết|bấm\s+nút|đồng\s+ý|nhất\s+trí|bỏ\s+phiếu)(?!\w)", re.IGNORECASE)


def _of_all_members(text: str, relation: Relation, part_value: float, whole_value: float) -> bool:
    """"473/476 (95,75%) đại biểu Quốc hội bấm nút thông qua", "449/489 đại biểu có mặt biểu quyết tán thành, chiếm
    90,52%": a vote's share is, by the assemblies' custom, of all their members (494, 496), not of those who voted,
    whether or not the text states that number. So the ratio's own share printed to two decimals below it, that is the
    votes over a whole number of members somewhat larger than the voters, is that share: two decimals leave about one
    chance in twenty that a slip lands on such a number. (Another count's share after the ratio is of the ratio's
    base: the next vote is told the way the first was.)"""
    whole, percent = relation.whole, relation.share
    if whole.kind != "ratio" or relation.parts[0] is not whole or not whole.total or percent.decimals < 2 or whole.noun_class not in ("person", None) \
            or not 0 < part_value < whole_value or part_value / whole_value * 100 <= percent.value:
        return False
    if not _voted_in_its_sentence(text, whole, percent):
        return False
    members = part_value * 100 / percent.value
    return any(_matches(part_value / n * 100, percent.value, percent.decimals)
               for n in range(int(whole_value) + 1, int(members) + 2) if n <= whole_value * 1.25)


def _voted_in_its_sentence(text: str, whole: Quantity, percent: Quantity) -> bool:
    """The ratio and its share sit in one sentence that tells a vote. Not a window of characters around them: "… biểu
    quyết nhất trí. Kết quả đánh giá: 136/142 đảng viên hoàn thành tốt nhiệm vụ, chiếm 94,44%." rates members, and
    the sentence before it voted."""
    begin = text.rfind("\n", 0, whole.start) + 1
    stop = text.find("\n", whole.end)
    stop = len(text) if stop < 0 else stop
    for start, end in sentence_spans(text[begin:stop]):
        if start <= whole.start - begin < end:
            return begin + start <= percent.start < begin + end and bool(_VOTED.search(text, begin + start, begin + end))
    return False


def _whole_is_a_part(relation: Relation, quantities: tuple[Quantity, ...]) -> bool:
    """The whole the reader inferred and the part are two parts of a larger count of their kind stated just before
    them in the sentence, together all of it ("trong 91 đại biểu … có 90 đại biểu tán thành, một đại biểu để phiếu
    trắng"): siblings, not a share of one another, and the base of the share is not in sight."""
    whole, part = relation.whole, relation.parts[0]
    if whole.kind != "count" or not whole.noun_class:
        return False
    return any(q.kind == "count" and q.noun_class == whole.noun_class and q.sentence == whole.sentence
               and q.start < whole.start and whole.start - q.start < 200 and q.value == whole.value + part.value
               for q in quantities)


def _whole_shares_the_named_base(text: str, relation: Relation, quantities: tuple[Quantity, ...]) -> bool:
    """The share names its base ("… tán thành (bằng 88,89% tổng số đại biểu HĐND tỉnh)") and the whole the reader
    inferred carries a share of that same base itself ("42 đại biểu tham gia biểu quyết (bằng 93,33% tổng số đại
    biểu HĐND tỉnh)"): the inferred whole is some of the named base, so not it."""
    base = named_base(relation.share)
    if base is None:
        return False
    whole, part = relation.whole, relation.parts[0]
    return any(q.kind == "percent" and q.value < 100 and q.start != relation.share.start
               and whole.end <= q.start < max(part.start, whole.end + 80) and named_base(q) == base
               for q in quantities)


def _same_clause(a: Quantity, b: Quantity) -> bool:
    return a.sentence == b.sentence and a.clause == b.clause


def _kin(relation: Relation, candidate: Quantity) -> bool:
    """A figure of the same kind as the relation's whole (money with money; a count of the same class of thing)."""
    whole = relation.whole
    if candidate.kind == "money" or whole.kind == "money":
        return candidate.kind == whole.kind
    if candidate.kind not in ("count", "ratio"):
        return False
    classes = {whole.noun_class, relation.parts[0].noun_class} - {None}
    return candidate.noun_class is None or not classes or candidate.noun_class in classes


def _explains(part: float, base: float, percent: Quantity) -> bool:
    """part / base is the printed share, rounded at its printed precision (a truncated share of another base is
    no explanation: truncating is itself worth a warning)."""
    if base <= 0 or part > base * (1 + 1e-9) and percent.value <= 100:
        return False
    return _matches(part / base * 100, percent.value, percent.decimals)


def _other_base_explains(relation: Relation, quantities: tuple[Quantity, ...]) -> bool:
    """A base not written beside the share is one reading among several a clerk uses: every member although only
    some voted or were present (k/32 while 29 voted), a total with a group not rated (304/545 where 543 were
    rated), a plan rebuilt from the result and what remains, the valid ballots or all those returned. When another
    whole in scope of the part's kind, or one of those natural alternatives, gives the printed share at its printed
    precision, the text is consistent. A base the reader inferred may be any figure in scope; one tied to the part
    by "trong đó", "gồm" or a colon only another whole ("tổng số", "có", a plan) or those alternatives."""
    part, whole, percent = relation.parts[0], relation.whole, relation.share
    # (copies shifted to the document; a count read off a ratio, "9" of "9/15", keeps the ratio as another base)
    quantities = tuple(q for q in quantities if (q.start, q.kind) not in ((part.start, part.kind), (whole.start, whole.kind)))
    if not relation.explicit and _explained_otherwise(relation, quantities):
        return True  # an inferred base: any figure in scope the share is of
    whole_value = _whole_value(relation) or 0
    kin = [q for q in quantities if q.value > 0 and _kin(relation, q)
           and not (q.period and part.period and not periods_agree(q.period, part.period))]  # (not another period's)
    for q in kin:
        if q.kind == "ratio" and q.total and _explains(part.value, q.total, percent):
            return True  # "29/32 đại biểu có mặt" … "27 phiếu (84,4%)": of the 32
        if q.kind == "ratio" and 0 < q.value < q.total and _explains(part.value, q.value, percent):
            return True  # … or of the 29 present
        if q.role in ("whole", "plan") and _explains(part.value, q.value, percent):
            return True  # another whole of its kind ("Đảng bộ có 545 đảng viên, trong đó 543 … được đánh giá")
        if q.kind == "count" and q.start < whole.start and q.sentence == whole.sentence and q.value > whole_value \
                and _explains(part.value, q.value, percent):
            return True  # "được đánh giá: 1.104 đồng chí; … trở lên 987 (89,40%), trong đó xuất sắc 163 (14,76%)": of all
        if q.kind == "count" and whole.end <= q.start < part.start and part.value < q.value < whole_value \
                and q.noun_class == part.noun_class and _explains(part.value, q.value, percent):
            return True  # "Tổng số người ứng cử là 40 người, số trúng cử là 25 người. Trong đó, nữ 8 người, đạt 32%": of
            # the smaller count told after the total, which "Trong đó" may as well point back to
        if q.kind == "count" and 0 < q.value < whole_value and _explains(part.value, whole_value - q.value, percent):
            return True  # the whole less a group beside it ("40 đảng viên …, 5 đồng chí miễn sinh hoạt")
        if _explains(part.value, whole_value + q.value, percent):
            return True  # the total with a group named beside it (those not rated, the invalid ballots)
        if q.start > part.start and _explains(part.value, part.value + q.value, percent):
            return True  # "giải ngân 1.150 tỷ đồng, đạt 98,31% kế hoạch; còn 19,7 tỷ đồng": result + what remains
    return False


def _another_whole(relation: Relation, quantities: tuple[Quantity, ...]) -> bool:
    """Another figure of the part's kind in the part's sentence that could be its base: a whole (cued "tổng số",
    "có", a plan) or a ratio's total larger than the part, other than the whole the reader chose."""
    part, whole = relation.parts[0], relation.whole
    whole_value = _whole_value(relation)
    for q in quantities:
        if (q.start, q.kind) in ((part.start, part.kind), (whole.start, whole.kind)) or not _kin(relation, q) or (
                q.noun_class is None and q.kind != "money"):
            continue
        if q.sentence != part.sentence or abs(q.start - part.start) > 400:
            continue  # (a whole of another sentence: the one the part is tied to by "trong đó" is unambiguous)
        value = q.total if q.kind == "ratio" else q.value
        if value and value > part.value and value != whole_value and (q.role in ("whole", "plan") or q.kind == "ratio"):
            return True
    return False


@rule("percent-mismatch", severity=Severity.ERROR, title="Tỷ lệ % không khớp với phân số", scope="document",
      examples=(
          Example("Kết quả xếp loại 80 đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 12 đồng chí (15%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 55 đồng chí (66,8%);\n- Hoàn thành nhiệm vụ: 13 đồng chí (16,3%).",
                  "66,8%", "68,8%"),
          Example("Kết quả xếp loại 80 đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 12 đồng chí (15%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 55 đồng chí (68,8%);\n- Hoàn thành nhiệm vụ: 13 đồng chí (16,3%)."),
          # a rate against the plan told in a sentence between makes no later share a rate of its own
          Example("Đảng bộ xã hiện có 1.250 đảng viên.\nThu ngân sách xã đạt 4,2 tỷ đồng, đạt 105% kế hoạch. Có 1.100 "
                  "đảng viên đăng ký làm theo tấm gương đạo đức Hồ Chí Minh, đạt 90,5%.", "90,5%", "88,0%"),
          # a vote's records, one a line: siblings, never one another's whole. Their shares may each be of another
          # whole (a base named after the share, units voting over their own members, another body in the run), so
          # no record is read against the others (a false warning costs more than the one slip it would catch)
          Example("Kết quả bầu Ban Thường vụ:\n\nĐồng chí Nguyễn Văn An: Có 340 phiếu đồng ý (bằng 97,14%)\n\nĐồng "
                  "chí Trần Thị Bình: Có 333 phiếu đồng ý (bằng 95,14%)\n\nĐồng chí Lê Văn Cường: Có 320 phiếu đồng ý "
                  "(bằng 91,43%)\n\nĐồng chí Phạm Thị Dung: Có 301 phiếu đồng ý (bằng 86,00%)"),
          Example("Kết quả biểu quyết tại các chi bộ:\n\nChi bộ Khối cơ quan: 19 đảng viên tán thành (đạt 95,00%)\n\n"
                  "Chi bộ Trường học: 18 đảng viên tán thành (đạt 90,00%)\n\nChi bộ Trạm y tế: 17 đảng viên tán thành "
                  "(đạt 85,00%)\n\nChi bộ Quân sự: 24 đảng viên tán thành (đạt 96,00%)"),
          Example("Kết quả bầu cử tại Đại hội Hội Nông dân xã:\n\nÔng Hoàng Văn Minh: 131 phiếu bầu (đạt 93,57%)\n\n"
                  "Bà Đỗ Thị Lan: 126 phiếu bầu (đạt 90,00%)\n\nÔng Vũ Văn Hải: 119 phiếu bầu (đạt 85,00%)\n\n"
                  "Bầu Chủ tịch tại phiên họp thứ nhất của Ban Chấp hành: ông Hoàng Văn Minh 10 phiếu bầu (đạt 90,91%)"),
          Example("Kết quả lấy ý kiến về dự thảo Nghị quyết:\n\nTổ dân phố 1: 54 phiếu tán thành (chiếm 90,00%)\n\n"
                  "Tổ dân phố 2: 57 phiếu tán thành (chiếm 95,00%)\n\nTổ dân phố 3: 66 phiếu tán thành (đạt 94,29% số "
                  "phiếu hợp lệ)\n\nTổ dân phố 4: 48 phiếu tán thành (chiếm 80,00%)"),
          Example("Kết quả xếp loại chất lượng đảng viên:\n\nChi bộ thôn Đông: 12 đảng viên hoàn thành tốt nhiệm vụ "
                  "(chiếm 80,00%)\n\nChi bộ thôn Tây: 15 đảng viên hoàn thành tốt nhiệm vụ (chiếm 75,00%)\n\nChi bộ "
                  "thôn Nam: 16 đảng viên hoàn thành tốt nhiệm vụ (chiếm 80,00%)\n\nChi bộ thôn Bắc: 20 đảng viên hoàn "
                  "thành tốt nhiệm vụ (chiếm 80,00%)"),
          Example("2. Kết quả đánh giá, xếp loại 60 đảng viên\n- Hoàn thành xuất sắc nhiệm vụ: 10 đồng chí (16,7%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 42 đồng chí (68%);\n- Hoàn thành nhiệm vụ: 8 đồng chí (13,3%).", "68%"),
          Example("2. Kết quả đánh giá, xếp loại 60 đảng viên\n- Hoàn thành xuất sắc nhiệm vụ: 10 đồng chí (16,7%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 42 đồng chí (70%);\n- Hoàn thành nhiệm vụ: 8 đồng chí (13,3%)."),
          # No total in the lead: the levels are all the members rated, so their sum is the whole.
          Example("Kết quả xếp loại đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 402 đồng chí (13,5%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 2.530 đồng chí (78,7%);\n- Hoàn thành nhiệm vụ: 250 đồng chí (7,8%);\n"
                  "- Không hoàn thành nhiệm vụ: 33 đồng chí (1%).", "13,5%", "12,5%"),
          Example("Kết quả xếp loại đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 402 đồng chí (12,5%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 2.530 đồng chí (78,7%);\n- Hoàn thành nhiệm vụ: 250 đồng chí (7,8%);\n"
                  "- Không hoàn thành nhiệm vụ: 33 đồng chí (1%)."),
          # A vote table's shares are all over one count of the ballots above it: a row off it is a slip.
          Example("Số phiếu phát ra: 48; số phiếu thu vào: 48; số phiếu hợp lệ: 46.\nKết quả (tỷ lệ tính trên số phiếu "
                  "hợp lệ):\nSTT | Họ và tên | Số phiếu | Tỷ lệ\n1 | Đào Văn Sơn | 45 | 97,83%\n2 | Mai Thị Huệ | 41 | "
                  "89,13%\n3 | Tô Văn Khải | 38 | 83,61%\n4 | Lưu Thị Mận | 20 | 43,48%", "83,61", "82,61"),
          Example("Số phiếu phát ra: 48; số phiếu thu vào: 48; số phiếu hợp lệ: 46.\nKết quả (tỷ lệ tính trên số phiếu "
                  "hợp lệ):\nSTT | Họ và tên | Số phiếu | Tỷ lệ\n1 | Đào Văn Sơn | 45 | 97,83%\n2 | Mai Thị Huệ | 41 | "
                  "89,13%\n3 | Tô Văn Khải | 38 | 82,61%\n4 | Lưu Thị Mận | 20 | 43,48%"),
          # A share whose whole is stated paragraphs before (a warning naming it), also under its name.
          Example("Tổng số đảng viên của Đảng bộ: 1.320 đồng chí.\nSố đảng viên được tặng Huy hiệu Đảng trong năm là "
                  "62 đồng chí, chiếm 4,9% tổng số đảng viên.", "4,9%", "4,7%"),
          Example("Tổng số đảng viên chính thức: 300 đồng chí.\nSố đảng viên được tặng Huy hiệu Đảng trong năm là "
                  "62 đồng chí, chiếm 4,9% tổng số đảng viên."),
          Example("Đảng bộ phường hiện có 58 chi bộ trực thuộc với 2.163 đảng viên.\nNăm 2025, Đảng ủy tập trung "
                  "lãnh đạo.\nKết quả có 52 chi bộ hoàn thành tốt nhiệm vụ, đạt 91,4%.", "91,4%", "89,7%"),
          Example("Đảng bộ phường hiện có 58 chi bộ trực thuộc với 2.163 đảng viên.\nNăm 2025, Đảng ủy tập trung "
                  "lãnh đạo.\nKết quả có 52 chi bộ hoàn thành tốt nhiệm vụ, đạt 89,7%."),
          Example("Đảng bộ phường hiện có 58 chi bộ trực thuộc.\nCó 12 chi bộ trong số 60 chi bộ của cụm được "
                  "kiểm tra, chiếm 20%."),
          # the count joined by "với" to a whole, past that whole's own breakdown in brackets
          Example("Hội có 12 chi hội (8 chi hội nông thôn, 4 chi hội nghề nghiệp) với 1.846 hội viên.\nNăm 2025, có "
                  "1.520 hội viên tham gia sinh hoạt đều, đạt 84,3%.", "84,3%", "82,3%"),
          Example("Hội có 12 chi hội (8 chi hội nông thôn, 4 chi hội nghề nghiệp) với 1.846 hội viên.\nNăm 2025, có "
                  "1.520 hội viên tham gia sinh hoạt đều, đạt 82,3%."),
          # an amount in brackets before the colon, split in shares, each with its amount (a warning)
          Example("Phân phối lợi nhuận (256,9 triệu đồng):\n+ Quỹ đầu tư phát triển 30% (77,1 triệu đồng);\n+ Chia "
                  "theo vốn góp 20% (38,5 triệu đồng).", "20%", "15%"),
          Example("Phân phối lợi nhuận (256,9 triệu đồng):\n+ Quỹ đầu tư phát triển 30% (77,1 triệu đồng);\n+ Chia "
                  "theo vốn góp 15% (38,5 triệu đồng)."),
          # a table's rate column: result over plan ("|" or tab cells)
          Example("Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ (%)\nXã A | 180 | 141 | 79,4\nXã B | 250 | 262 | 104,8",
                  "79,4", "78,3"),
          Example("Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ (%)\nXã A | 180 | 141 | 78,3\nXã B | 250 | 262 | 104,8"),
          Example("Chỉ tiêu\tKH\tTH\t%\nThu ngân sách\t12,5\t11,8\t94,4\nGiải ngân\t8\t6,9\t86,3\nVốn vay\t4\t3\t70",
                  "70", "75"),
          # a column of labels headed "Chỉ tiêu" beside the plan column: the labels, not a second plan
          Example("STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ %\n1 | Trồng rừng | ha | 80 | "
                  "52 | 65,0\n2 | Kết nạp đảng viên | người | 24 | 15 | 67,5\n3 | Xóa nhà tạm | căn | 12 | 9 | 75,0",
                  "67,5", "62,5"),
          # no plan or result in the headers: every row but one is one column over another (a warning)
          Example("Chi đoàn\tĐoàn viên\tTham gia\tTỷ lệ\nẤp A\t48\t41\t85,4%\nẤp B\t36\t29\t80,6%\nẤp C\t52\t44\t86,5%\n"
                  "Ấp D\t30\t30\t100%", "86,5%", "84,6%"),
          Example("Chi đoàn\tĐoàn viên\tTham gia\tTỷ lệ\nẤp A\t48\t41\t85,4%\nẤp B\t36\t29\t80,6%\nẤp C\t52\t44\t84,6%\n"
                  "Ấp D\t30\t30\t100%"),
          # every share but one of a count stated before: the one left is a slip (a warning naming the count)
          Example("Năm 2025, Đảng bộ kết nạp được 384 đảng viên mới.\nTrong số đảng viên mới: nữ 198 đồng chí (51,6%); "
                  "đoàn viên thanh niên 291 đồng chí (75,8%); người có đạo 10 đồng chí, chiếm 3,6%.", "3,6%", "2,6%"),
          Example("Năm 2025, Đảng bộ kết nạp được 384 đảng viên mới.\nTrong số đảng viên mới: nữ 198 đồng chí (51,6%); "
                  "đoàn viên thanh niên 291 đồng chí (75,8%); người có đạo 10 đồng chí, chiếm 2,6%."),
          Example("Năm 2025, Đảng bộ kết nạp được 384 đảng viên mới.\nTrong số đảng viên mới: nữ 198 đồng chí (51,6%); "
                  "người có đạo 10 đồng chí, chiếm 3,6%."),
          # those examined, in a heading or a paragraph before, are the base of what the check found
          Example("2. Kiểm tra 25 chi bộ về thực hiện quy chế làm việc\nQua kiểm tra, có 22 chi bộ thực hiện tốt, đạt "
                  "90%.", "90%", "88%"),
          Example("2. Kiểm tra 25 chi bộ về thực hiện quy chế làm việc\nQua kiểm tra, có 22 chi bộ thực hiện tốt, đạt "
                  "88%."),
          # the plan a line labels, a line or two before the result and its share (a warning naming it)
          Example("Chỉ tiêu năm 2025: kết nạp 30 đảng viên.\nKết quả: kết nạp được 27 đảng viên, đạt 92% chỉ tiêu.",
                  "92", "90"),
          Example("Chỉ tiêu năm 2025: kết nạp 30 đảng viên.\nKết quả: kết nạp được 27 đảng viên, đạt 90% chỉ tiêu."),
          Example("Thu ngân sách:\n- Kế hoạch: 4.500 triệu đồng;\n- Thực hiện: 4.150 triệu đồng;\n- Tỷ lệ: 94,2%.",
                  "94,2", "92,2"),
          Example("Kế hoạch năm giao thu 15 tỷ đồng.\nThu từ thuế 9 tỷ đồng, chiếm 75% tổng thu."),
          # the plan of the result's act (thu, chi) or of its noun as written, stated sections before (a warning)
          Example("Nghị quyết HĐND xã giao dự toán thu ngân sách 18.450 triệu đồng; dự toán chi 17.768 triệu đồng.\n"
                  "I. KẾT QUẢ\n1. Kinh tế\nThu ngân sách 9 tháng 14.236,52 triệu đồng, đạt 79,6% dự toán.", "79,6", "77,2"),
          Example("Nghị quyết HĐND xã giao dự toán thu ngân sách 18.450 triệu đồng; dự toán chi 17.768 triệu đồng.\n"
                  "I. KẾT QUẢ\n1. Kinh tế\nThu ngân sách 9 tháng 14.236,52 triệu đồng, đạt 77,2% dự toán."),
          Example("Nghị quyết năm 2026 giao một số chỉ tiêu chủ yếu: kết nạp 30 đảng viên; bê tông hóa 42 km đường giao "
                  "thông nông thôn.\nII. KẾT QUẢ\n1. Kinh tế: bê tông hóa được 27,6 km đường giao thông nông thôn, đạt "
                  "62,7% kế hoạch năm.", "62,7", "65,7"),
          # a result of 6 months "đạt 50% kế hoạch": maybe of the half-year's plan, not the year's
          Example("Kế hoạch năm 2026 giao thu ngân sách 30 tỷ đồng.\nCông tác thu được chú trọng.\nThu ngân sách 6 tháng "
                  "14 tỷ đồng, đạt 50% kế hoạch."),
          # a line's share of its own plan, not of the lead's count
          Example("Toàn xã có 21 chi đoàn với 642 đoàn viên. Kết quả một số chỉ tiêu:\n- Kết nạp 46 đoàn viên mới, "
                  "đạt 115% chỉ tiêu năm (40 đoàn viên);\n- Giới thiệu 12 đoàn viên ưu tú, đạt 120% kế hoạch (10 "
                  "đoàn viên)."),
          # a candidate's share of all the deputies (53) although 52 voted: a base the minutes state
          Example("Trong số 53 đại biểu, có 01 đại biểu vắng mặt có lý do.\n+ Số phiếu hợp lệ: 52\n"
                  "+ Số phiếu tín nhiệm cao: 52 phiếu (chiếm 98,11 % tổng số đại biểu HĐND)."),
          Example("- Số phiếu phát ra: 27 phiếu.\n- Số phiếu hợp lệ: 27 phiếu.\n1. Đồng chí Lò Văn Pấng: 24 phiếu, "
                  "đạt 86,9%.", "86,9", "88,9"),
          # a count in brackets after a share and its noun is that share's base, not the result a plan measures
          Example("Đến ngày 30/11, số người tham gia bảo hiểm y tế là 318.420 người, bằng 94,12% dân số (338.310 "
                  "người); so với kế hoạch năm 320.000 người thì đạt 99,51%."),
          Example("Số hộ sử dụng nước sạch 4.812 hộ, đạt 88,6% số hộ toàn xã (5.431 hộ), so với chỉ tiêu năm 5.000 hộ "
                  "đạt 96,24%."),
          Example("Diện tích lúa thu hoạch 2.150 ha, chiếm 71,7% tổng diện tích gieo cấy (3.000 ha); so với kế hoạch "
                  "2.200 ha thì đạt 95,73%.", "95,73", "97,73"),
          Example("Số hộ sử dụng nước sạch 4.812 hộ, đạt 88,6% số hộ toàn xã (5.431 hộ), so với chỉ tiêu năm 5.000 hộ "
                  "đạt 98,24%.", "98,24", "96,24"),
          # a vote table's row with more votes than ballots: the votes are the slip, not the share beside them
          Example("Số phiếu phát ra: 30 phiếu. Số phiếu thu vào: 30 phiếu. Số phiếu hợp lệ: 28 phiếu.\nHọ và tên | Số "
                  "phiếu | Tỷ lệ\nNguyễn Văn Tâm | 27 | 96,43%\nPhạm Thị Hòa | 25 | 89,29%\nĐỗ Minh Quang | 31 | 53,57%"),
          Example("Số phiếu phát ra: 30 phiếu. Số phiếu thu vào: 30 phiếu. Số phiếu hợp lệ: 28 phiếu.\nHọ và tên | Số "
                  "phiếu | Tỷ lệ\nNguyễn Văn Tâm | 27 | 96,43%\nPhạm Thị Hòa | 25 | 89,29%\nĐỗ Minh Quang | 15 | 55,57%",
                  "55,57", "53,57"),
          # two plans each in its bracket after its share: neither is measured against the other's share
          Example("Thu ngân sách 9 tháng ước thực hiện 4.935 triệu đồng, đạt 75,9% dự toán huyện giao (6.500 triệu "
                  "đồng), bằng 70,5% dự toán Hội đồng nhân dân xã giao (7.000 triệu đồng)."),
          Example("Sản lượng cá nuôi 1.240 tấn, bằng 82,7% kế hoạch tỉnh giao (1.500 tấn), đạt 77,5% kế hoạch huyện "
                  "(1.600 tấn)."),
          # the share of a ballot count itself (valid, invalid) is of the ballots returned, not a candidate's
          Example("Tổng số phiếu thu vào 7.530 phiếu; số phiếu hợp lệ 7.490 phiếu, chiếm 99,47%; số phiếu không hợp "
                  "lệ 40 phiếu."),
          Example("Số phiếu phát ra: 52 phiếu. Số phiếu thu về: 52 phiếu. Phiếu hợp lệ: 50 phiếu (chiếm 96,15%). "
                  "Phiếu không hợp lệ: 02 phiếu (chiếm 3,85%). Đồng chí Trần Văn Bình đạt 48 phiếu, chiếm 96,00%."),
          Example("Số phiếu thu về 4.210 phiếu; trong đó 4.158 phiếu hợp lệ, bằng 98,76%, và 52 phiếu không hợp lệ, "
                  "bằng 1,24%. Ông Lê Quốc Hưng được 3.900 phiếu, đạt 93,80%."),
          Example("Số phiếu thu về 4.210 phiếu; trong đó 4.158 phiếu hợp lệ, 52 phiếu không hợp lệ. Ông Lê Quốc "
                  "Hưng được 3.900 phiếu, đạt 92,64%.", "92,64", "93,80"),
          # a paragraph opened by "Trong đó": its shares are of the last count of their noun before (a warning)
          Example("Năm 2024, toàn Đảng bộ kết nạp được 84 đảng viên.\nTrong đó, có 51 đảng viên là đoàn viên thanh "
                  "niên, chiếm 65,7%.", "65,7%", "60,7%"),
          Example("Năm 2024, toàn Đảng bộ kết nạp được 84 đảng viên.\nTrong đó, có 51 đảng viên là đoàn viên thanh "
                  "niên, chiếm 60,7%."),
          # the population an act names (resources/share_base_acts.txt) or a line labels, paragraphs before (a warning)
          Example("Sở Y tế quản lý 64 trạm y tế xã.\nĐến cuối năm, 58 trạm y tế có bác sĩ làm việc, đạt 92,6%.",
                  "92,6%", "90,6%"),
          Example("Sở Y tế quản lý 64 trạm y tế xã.\nĐến cuối năm, 58 trạm y tế có bác sĩ làm việc, đạt 90,6%."),
          Example("Tổng diện tích lúa vụ mùa: 1.250 ha.\nĐã thu hoạch 1.100 ha, đạt 86%.", "86%", "88%"),
          Example("Tổng diện tích lúa vụ mùa: 1.250 ha.\nĐã thu hoạch 1.100 ha, đạt 88%."),
          # Every share off the sum: another base (all members, some not rated), not a slip.
          Example("Kết quả xếp loại đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 10 đồng chí (20%);\n"
                  "- Hoàn thành tốt nhiệm vụ: 30 đồng chí (60%);\n- Hoàn thành nhiệm vụ: 5 đồng chí (10%)."),
          # (round 21) a share naming a narrowed noun as its base, the one count written with it in another paragraph,
          # before or after (a warning naming it)
          Example("Có 312 hộ gia đình được công nhận gia đình văn hóa tiêu biểu, chiếm 21,6% tổng số hộ gia đình văn "
                  "hóa.\nToàn xã hiện có 1.640 hộ gia đình văn hóa.", "21,6%", "19,0%"),
          Example("Có 312 hộ gia đình được công nhận gia đình văn hóa tiêu biểu, chiếm 19% tổng số hộ gia đình văn "
                  "hóa.\nToàn xã hiện có 1.640 hộ gia đình văn hóa."),
      ))
def candidate_share_mismatch(ctx: DocumentContext) -> Iterator[Issue]:
    """In an election, "50 phiếu, đạt 79,37%" is a share of the valid ballots stated
    elsewhere in the minutes (62 → 80,65%). A list item's "12 đồng chí (15%)" is a share
    of the whole its lead line counts ("Kết quả xếp loại 80 đảng viên:"). A table's rate
    column is its result column over its plan column (checks/tables.py)."""
    yield from table_rate_mismatch(ctx)
    earlier = list(_earlier_paragraph_shares(ctx))
    for relation in named_bases(ctx):  # "bằng 74,3% số quỹ vận động được trong năm": of what was "vận động" before
        issue = _share_issue(ctx.text, relation, ()) and _share_issue(ctx.text, relation, _scope_of(ctx, relation.share.start))
        if issue is not None and not any(i.start == issue.start for i in earlier):
            earlier.append(issue)
    yield from earlier
    said = {(i.start, i.end) for i in earlier}
    for issue in _shares_of_a_named_count(ctx, {i.start for i in earlier}):
        said.add((issue.start, issue.end))
        yield issue
    for issue in _consensus_shares(ctx):
        if not any(a < issue.end and issue.start < b for a, b in said):
            said.add((issue.start, issue.end))
            yield issue
    yield from _plan_lines_before(ctx)
    listed = lead_list_relations(ctx)
    for relation, _ in listed:
        if relation.kind == "share-of":
            if _measured_in_its_paragraph(ctx, relation.share):
                continue  # "Kết nạp 46 đoàn viên mới, đạt 115% chỉ tiêu năm (40 đoàn viên)": of its own plan
            issue = _share_issue(ctx.text, relation, ())
            if issue is not None:  # (the bases in scope are read only for a share that does not fit its whole)
                # the lead, every line of its list, and the sum of the levels listed (all those rated)
                siblings = [r.parts[0] for r, _ in listed if r.kind == "share-of" and r.whole.start == relation.whole.start]
                scope = _scope_of(ctx, relation.share.start, after=_LIST_AFTER) + _levels_sums(
                    [Relation("sum-of", relation.whole, tuple(siblings))] if len(siblings) > 1 else [], relation.parts[0])
                issue = _share_issue(ctx.text, relation, scope)
            if issue is not None:
                yield issue
        elif relation.kind == "distribution":
            yield from _level_share_issues(ctx.text, relation)
    yield from _ballot_share_issues(ctx)


_BALLOT_BASE_WORDS = 4  # of the noun a candidate's share names as its base: "số phiếu hợp lệ", "tổng số đại biểu HĐND"


def _ballot_base(ctx: DocumentContext, start: int) -> str | None:
    """The words of the count a candidate's share at ``start`` (document offsets) names as its base after it, as the
    quantity layer read them (ShareBase), lower-cased: "đại biểu hđnd" of "(chiếm 98,11% tổng số đại biểu HĐND)",
    "phiếu hợp lệ" of "… số phiếu hợp lệ"; None when it names no count."""
    paragraph = ctx.paragraphs[ctx.paragraph_index(start)]
    base = next((q.base for q in paragraph_layer(ctx, paragraph).quantities if q.start == start - paragraph.start), None)
    if base is None or not base.counted:
        return None
    # (the words after its "số": "lượng" of "số lượng" is one of them)
    words = [*base.measure.text.lower().split()[1:], *(w.text.lower() for w in base.words)][:_BALLOT_BASE_WORDS]
    return " ".join(words) or None


def _ballot_share_issues(ctx: DocumentContext) -> Iterator[Issue]:
    """"50 phiếu, đạt 79,37%" with 62 valid ballots is 80,65% (QĐ 190-QĐ/TW: shares of the valid ballots). But
    a share of all the deputies or members although only some voted is the other legal base (Điều lệ: of those
    called; Nghị quyết 96/2023/QH15: a tín nhiệm share of all the deputies): a share that such a whole stated in
    the document gives is consistent, and one naming a base the document never counts cannot be checked.
    Otherwise an error when the share names the valid ballots, a warning naming them when it names no base."""
    rounds = ballot_rounds(ctx)
    for ballots in rounds:
        yield from _vote_table_issues(ballots)
    if not any(r.shares and r.counts.get("valid") for r in rounds):
        return
    people = None
    for ballots in rounds:
        valid = ballots.counts.get("valid")
        if not valid or not valid[0]:
            continue
        # those who voted: a share of all the members or deputies is of more than them (a share of the ballots
        # returned, invalid ones included, is the slip QĐ 190 rules out)
        voted = max(v[0] for v in ballots.counts.values())
        for votes, stated_text, start, end in ballots.shares:
            stated = parse_number(stated_text)
            if stated is None:
                continue
            true = votes / valid[0] * 100
            number = Quantity(start, end, stated_text, "percent", stated.value, stated.decimals)
            said = ballots.counts.get(ballots.base) if ballots.base else None
            if said and said[0] and ballots.base != "valid":
                # "Kết quả bầu cử (tỷ lệ tính trên số phiếu thu vào):": the shares are of the base the minutes name,
                # so one that is of the valid ballots instead is the slip the minutes ruled out
                if not _explains(votes, said[0], number):
                    expected = format_vi(votes / said[0] * 100, stated.decimals)
                    yield Issue(start, end, f"{votes}/{said[0]} = {expected}%, không phải {stated_text}%: biên bản ghi tỷ "
                                f"lệ tính trên số phiếu {_BASE_WORDS[ballots.base]}.", expected)
                continue
            if abs(round_half_up(true, stated.decimals) - stated.value) < 1e-9:
                continue
            if people is None:  # every count of persons in the document (deputies, members, voters): read once
                people = {q.total if q.kind == "ratio" else q.value for p in ctx.paragraphs if _DIGIT.search(p.text)
                          for q in paragraph_layer(ctx, p).quantities
                          if q.kind in ("count", "ratio") and q.noun_class == "person" and q.value}
            if any(base and base > voted and _explains(votes, base, number) for base in people):
                continue  # "52 phiếu (chiếm 98,11% tổng số đại biểu HĐND)" of the 53 deputies, 52 of whom voted
            expected = format_vi(true, stated.decimals)
            named = _ballot_base(ctx, start)
            valid_named = named is not None and "hợp lệ" in named
            if named is not None and not valid_named:
                continue  # a base named after the share that is no count of the document
            # the share of those who voted (ballots issued or returned, invalid ones included): say so
            voters = next((v[0] for kind, v in ballots.counts.items() if kind != "valid" and v[0] > valid[0]
                           and _explains(votes, v[0], number)), None)
            if voters is not None and not valid_named:
                message = (f"{stated_text}% = {votes}/{voters} là tỷ lệ trên số phiếu phát ra, thu về (cả phiếu không "
                           f"hợp lệ); tỷ lệ phiếu bầu tính trên tổng số phiếu hợp lệ: {votes}/{valid[0]} = {expected}%.")
            else:
                message = (f"{votes}/{valid[0]} phiếu hợp lệ = {expected}%, không phải {stated_text}%: tỷ lệ phiếu bầu "
                           "tính trên tổng số phiếu hợp lệ"
                           + ("." if valid_named else " (nếu tỷ lệ không tính trên tổng số khác: phiếu thu về, số đại "
                                                      "biểu có mặt hoặc tổng số đại biểu)."))
            yield Issue(start, end, message, expected, None if valid_named else Severity.WARNING)


_BASE_WORDS = {"issued": "phát ra", "collected": "thu vào", "invalid": "không hợp lệ"}
_BALLOT_WORDS = {**_BASE_WORDS, "valid": "hợp lệ"}


def _vote_table_issues(ballots) -> Iterator[Issue]:
    """A vote table ("Lò Thị Hiền | 79 | 86,96%") puts every candidate's share over one count of the ballots
    above it: the one that most rows give at their printed precision (the minutes name it or not; two rows at
    least and more than those off it). A row off that base is a slip; an error when the minutes name that base."""
    if len(ballots.rows) < 3:
        return
    kinds = [k for k in (ballots.base, "valid", "collected", "issued") if k and k in ballots.counts]
    best, agreeing = None, -1
    for kind in dict.fromkeys(kinds):
        base = ballots.counts[kind][0]
        agree = sum(base > 0 and _matches(votes / base * 100, *_stated(share)) for votes, share, _, _ in ballots.rows)
        if agree > agreeing:
            best, agreeing = kind, agree
    if best is None:
        return
    base = ballots.counts[best][0]
    wrong = [row for row in ballots.rows if not _matches(row[0] / base * 100, *_stated(row[1]))]
    if agreeing < 2 or not wrong or len(wrong) >= agreeing:
        return
    for votes, share, start, end in wrong:
        if votes > base:
            continue  # more votes than ballots: the count is the slip (part-exceeds-whole), not the share beside it
        value, decimals = _stated(share)
        true = votes / base * 100
        expected = format_vi(true, decimals)
        truncated = abs(truncate(true, decimals) - value) < 1e-9
        named = best == ballots.base
        yield Issue(start, end, f"{votes}/{base} phiếu {_BALLOT_WORDS[best]} = {expected}%, không phải {share}%: các "
                    f"dòng khác của bảng đều tính trên số phiếu {_BALLOT_WORDS[best]}"
                    + (" như biên bản ghi." if named else "."), expected,
                    Severity.WARNING if truncated or not named else None,
                    (Related(*ballots.counts[best][1:], "whole"),))


def _stated(share: str) -> tuple[float, int]:
    number = parse_number(share)
    return (number.value, number.decimals) if number is not None else (float("nan"), 0)


def _scope_of(ctx: DocumentContext, offset: int, after: int = 0) -> tuple[Quantity, ...]:
    """The figures a share at ``offset`` (document offsets) may be a share of: those of its paragraph and of the
    paragraphs before it, as far back as a whole is looked for (_PARAGRAPHS_BACK), and ``after`` paragraphs on (the
    rest of a list: "- Chưa đánh giá: 2 đồng chí"). Read only when a share does not fit the base the reader chose,
    so rarely."""
    paragraphs = ctx.paragraphs
    at = ctx.paragraph_index(offset)
    if at is None:
        return ()
    found = []
    for paragraph in paragraphs[max(0, at - _PARAGRAPHS_BACK):at + 1 + after]:
        if _DIGIT.search(paragraph.text):
            found.extend(q.shifted(paragraph.start) for q in paragraph_layer(ctx, paragraph).quantities)
    return tuple(found)


_LIST_AFTER = 8  # the lines of a list after a share's line


def _levels_sums(sums, part: Quantity) -> tuple[Quantity, ...]:
    """The sum of the levels listed with ``part`` (an exhaustive list: xếp loại, tán thành / không tán thành), as a
    whole in scope: clerks give the shares of the levels of those rated, not of the total that includes the
    exempt or those not yet assessed."""
    found = []
    for relation in sums:
        parts = relation.parts
        if len(parts) > 1 and any(p.start == part.start for p in parts) and all(p.kind == "count" for p in parts):
            found.append(Quantity(-1, -1, "", "count", sum(p.value for p in parts), noun_class=part.noun_class,
                                  head=part.head, role="whole"))
    return tuple(found)


def _listed_levels_sum(text: str, quantities: tuple[Quantity, ...], part: Quantity) -> tuple[Quantity, ...]:
    """The counts of the part's sentence that each name a level of the classification the part names ("6 đồng chí
    hoàn thành xuất sắc nhiệm vụ, chiếm 16,7%; 28 đồng chí hoàn thành tốt nhiệm vụ, chiếm 77,8%; 2 đồng chí hoàn
    thành nhiệm vụ"), summed as a whole in scope: all those rated, the base of such shares when the total stated
    before counts members not rated. No "gồm" or stated whole ties these levels together, so no sum-of holds
    them and _levels_sums finds nothing."""
    if part.kind != "count" or not part.noun_class:
        return ()
    groups = level_groups(part, text)
    if not groups:
        return ()
    levels = [q for q in quantities if q.kind == "count" and q.sentence == part.sentence
              and q.noun_class == part.noun_class and groups & level_groups(q, text)]
    if len(levels) < 2:
        return ()
    return (Quantity(-1, -1, "", "count", sum(q.value for q in levels), noun_class=part.noun_class, head=part.head,
                     role="whole"),)


def _measured_in_its_paragraph(ctx: DocumentContext, share: Quantity) -> bool:
    """The percentage is already the share of an explicit whole or plan in its own paragraph."""
    for paragraph in ctx.paragraphs:
        if paragraph.start <= share.start < paragraph.end:
            layer = paragraph_layer(ctx, paragraph)
            at = share.start - paragraph.start
            return any(r.share is not None and r.share.start == at and r.explicit
                       and r.kind in ("share-of", "result-vs-plan") for r in layer.relations)
    return False


def _earlier_paragraph_shares(ctx: DocumentContext) -> Iterator[Issue]:
    """"Đảng bộ … hiện có 58 chi bộ trực thuộc" in one paragraph, "… 52 chi bộ hoàn thành tốt
    nhiệm vụ, đạt 91,4%" paragraphs later: a share whose paragraph states no whole takes the
    nearest earlier whole of its noun (a warning naming it). Only when no count of the
    paragraph explains the percentage."""
    # What each paragraph offers is read once per paragraph text (_share_entries); a re-check after one
    # edit only joins those entries, over a window of the last _PARAGRAPHS_BACK paragraphs.
    # (whole, paragraph index, its noun, paragraph start, picked out of another whole: "trong đó có 1.381 đại biểu …")
    wholes: list[tuple[Quantity, int, str | None, int, bool]] = []
    counted: list[tuple[Quantity, int]] = []  # every count of a known noun, with its paragraph index
    whole_years: dict[tuple[int, int], frozenset[str]] = {}  # the years each whole is told of (scope.years_told)
    last: tuple[int, int, tuple] | None = None  # the paragraph before: its index, start and counts
    # (the window counts written paragraphs: a blank line between paragraphs brings no whole nearer nor farther)
    for index, (paragraph, entry) in enumerate(ctx.per_paragraph(_share_entries, with_entities=True,
                                                                 with_reading=True)):
        if entry is None:
            last = None
            continue
        opens, counts, own_wholes, quantities, _, _ = entry
        before, last = last, (index, paragraph.start, counts)
        if before is not None and opens and _OF_THOSE_OPENING.match(paragraph.text):
            # "… gồm 355 vị." then a paragraph "Trong đó, 230 vị …, chiếm 57%": of the last count of its noun before
            yield from _shares_of_those_before(ctx, paragraph, opens, before, quantities)
            opens = ()
        back, far = index - _PARAGRAPHS_BACK, index - _NAMED_PARAGRAPHS_BACK
        if wholes and wholes[0][1] < far:  # (older entries are out of every window from now on)
            wholes = [w for w in wholes if w[1] >= far]
        if counted and counted[0][1] < far:
            counted = [c for c in counted if c[1] >= far]
        for relation, named in opens:
            part, percent = relation.whole, relation.share
            # a share that names its base ("chiếm 15,9% tổng số đảng viên") may be of the total the report opened with
            since = far if named is not None else back
            # "chiếm 4,9% tổng số đảng viên": all members, not "tổng số đảng viên nữ của tỉnh"
            # (never a whole of another year: the households of 2021 are no base of the poor households of 2023)
            years = years_told(paragraph.text, ctx.reading(paragraph).sentences, part)
            earlier = [(w, i, at, subset) for w, i, noun, at, subset in wholes if i >= since and w.value > part.value
                       and not (years and (told := whole_years.get((i, w.start))) and not told & years)
                       and (heads_agree(w.head, part.head) or noun is not None and heads_agree(noun.lower(), part.head))
                       and (noun is None or plain_noun(noun)) and (
                           named is None or (heads_agree(noun, named) if noun is not None else heads_agree(w.head, named)))]
            if len({w.value for w, *_ in earlier}) > 1:
                earlier = _narrowed(earlier, part) or earlier
            if not earlier or same_level(ctx.text, earlier[-1][0].shifted(earlier[-1][2]), part.shifted(paragraph.start)):
                continue  # "Đồng chí A: Có 487 phiếu đồng ý (…)" then "Đồng chí B: Có 484 phiếu đồng ý (…)": two records
            # (several wholes left: the nearest is named, and any other count of the noun that gives the printed
            # share silences it below — "662 trong tổng số 686 TCCSĐ được đánh giá" … "604 TCCSĐ …, đạt 91,2%")
            whole = earlier[-1][0].shifted(earlier[-1][2])
            shifted = Relation("share-of", whole, (part.shifted(paragraph.start),), percent.shifted(paragraph.start),
                               explicit=False)
            if _explained_otherwise(relation, tuple(
                    q for q, i in counted if i >= since and q.noun_class == part.noun_class)) \
                    or _explained_otherwise(shifted, tuple(q for q in quantities if q.start != part.start)):
                continue  # "128 đồng chí tham gia đánh giá" after "137 đảng viên": the share may be of either
            issue = _share_issue(ctx.text, shifted, _scope_of(ctx, shifted.share.start))
            if issue is not None:
                yield issue
        counted.extend((q, index) for q in counts)
        wholes.extend((q, index, noun, paragraph.start, subset) for q, noun, subset in own_wholes)
        if own_wholes:
            sentences = ctx.reading(paragraph).sentences
            whole_years.update(((index, q.start), years_told(paragraph.text, sentences, q)) for q, _, _ in own_wholes)


def _shares_of_a_named_count(ctx: DocumentContext, said: set[int]) -> Iterator[Issue]:
    """"Hội Nông dân xã hiện có 15 chi hội, 2.580 hộ hội viên" in one paragraph, "… 1.126 hộ đạt danh hiệu, chiếm 41,2%
    tổng số hộ hội viên" in another, before or after it: a share whose paragraph states no whole of it and which names
    its base by a narrowed noun (a group: its plain noun is _earlier_paragraph_shares') takes the one count of the
    document written with that very noun (a warning naming it); never when counts of two values are so written."""
    entries = [(index, paragraph, entry) for index, (paragraph, entry) in enumerate(
        ctx.per_paragraph(_share_entries, with_entities=True, with_reading=True)) if entry is not None]
    written: dict[str, list[tuple[Quantity, int]]] = {}
    for index, paragraph, entry in entries:
        for q, noun in entry[4]:
            written.setdefault(noun, []).append((q.shifted(paragraph.start), index))
    if not written:
        return
    for index, paragraph, (_, _, _, quantities, _, groups) in entries:
        for relation, named in groups:
            if named not in written:
                continue
            part, percent = relation.whole, relation.share
            found = [(w, i) for w, i in written[named] if i != index and abs(i - index) <= _NAMED_PARAGRAPHS_BACK
                     and w.value > part.value and heads_agree(w.head, part.head) and w.subject in (None, part.subject)]
            if len({w.value for w, _ in found}) != 1 or percent.start + paragraph.start in said:
                continue
            whole, at = found[0]
            shifted = Relation("share-of", whole, (part.shifted(paragraph.start),), percent.shifted(paragraph.start),
                               explicit=False)
            if _explained_otherwise(shifted, tuple(q for q in quantities if q.start != part.start)):
                continue
            issue = _share_issue(ctx.text, shifted, _scope_of(ctx, shifted.share.start))
            if issue is not None and at > index:  # (the message's "đã nêu trước đó" is of a whole written before)
                issue = replace(issue, message=issue.message.replace("đã nêu trước đó", "nêu ở đoạn sau"))
            if issue is not None:
                yield issue


def _shares_of_those_before(ctx: DocumentContext, paragraph, opens, before, quantities) -> Iterator[Issue]:
    """A paragraph opened by "Trong đó": each open share's whole is the last count of its part's noun in the
    paragraph before (a warning naming it), unless another count there or here gives the printed share."""
    _, start, counts = before
    for relation, named in opens:
        part, percent = relation.whole, relation.share
        same = [q for q in counts if q.kind == "count" and q.value > part.value and q.modifier is None
                and heads_agree(q.head, part.head) and (named is None or heads_agree(q.head, named))]
        if not same:
            continue
        whole = same[-1].shifted(start)
        shifted = Relation("share-of", whole, (part.shifted(paragraph.start),), percent.shifted(paragraph.start),
                           explicit=False)
        if _explained_otherwise(relation, tuple(q for q in counts if q.noun_class == part.noun_class)) \
                or _explained_otherwise(shifted, tuple(q for q in quantities if q.start != part.start)):
            continue
        issue = _share_issue(ctx.text, shifted, ())
        if issue is not None:
            yield issue


def _share_entries(reading, entities) -> tuple | None:
    """What _earlier_paragraph_shares reads in one paragraph (paragraph offsets), remembered per
    paragraph text: its open shares not explained by a count of its own (each with the noun its cue
    names), its counts of a known noun, its wholes (each with the noun a total names and
    whether another whole picks it out), its quantities, its counts told with a noun of two words or more (each
    with that noun, lower-cased), and its open shares that name a group as their base (each with that group)."""
    text = reading.text
    if not _DIGIT.search(text):
        return None
    layer = layer_of(reading, entities)
    opens, groups = [], []
    for relation in layer.of("share-open"):
        named = relation.cues[0].text.lower() if relation.cues and plain_noun(relation.cues[0].text) else None
        if _explained_otherwise(relation, layer.quantities):
            continue
        if relation.cues and named is None:
            # "tổng số hộ hội viên": a group it names, as the share's base reads it (its words, not the cue's few)
            base = relation.share.base
            groups.append((relation, " ".join(base.description) if base is not None and base.description
                           else relation.cues[0].text.lower()))
            continue
        opens.append((relation, named))
    counts = tuple(q for q in layer.quantities if q.kind == "count" and q.noun_class)
    wholes = []
    stated_wholes = [w for w in layer.quantities if w.role == "whole"]  # once, not once per count
    labelled = {label.end() for label in _WHOLE_LABEL.finditer(text)}  # where a labelled figure starts, one pass
    for q in layer.quantities:
        if q.kind == "count" and q.head and q.noun_class and q.role in ("whole", None):
            noun = total_named_before(text, q)  # "Tổng số đảng viên …: 1.320 đồng chí"
            # "2. Kiểm tra 25 chi bộ về …": those examined are the base of what the check found
            examined = EXAMINED_BEFORE.search(text, max(0, q.start - 24), q.start)
            # "Toàn xã có 12 chi hội với 1.846 hội viên": the count joined by "với" to a whole is one too
            joined = any(w.end <= q.start and _WITH_WHOLE.fullmatch(text, unit_end(text, w), q.start)
                         for w in stated_wholes)
            # "Sở quản lý 412 trường", "(xảy ra 42 vụ, …)": the population an act names, the base of a later share
            if q.role == "whole" or noun is not None or examined or joined or held_before(text, q.start) \
                    or q.start in labelled:
                # "có 1.587 đại biểu, trong đó có 1.381 …": the 1.381 is picked out of the 1.587
                wholes.append((q, noun, bool(_SUBSET_BEFORE.search(text, max(0, q.start - 24), q.start))))
    # a count told with its noun narrowed ("2.580 hộ hội viên"): the base a share elsewhere may name by it; not a count
    # with a share of its own after it ("432 đại biểu Quốc hội tham gia biểu quyết (chiếm 87,45% …)"), a part itself
    with_shares = {q.start for q, after in zip(layer.quantities, layer.quantities[1:])
                   if after.kind == "percent" and after.role == "share" and after.sentence == q.sentence}
    units = tuple((q, q.unit.lower()) for q in counts if q.modifier is None and q.role in ("whole", None)
                  and q.unit.lower() != q.head and q.start not in with_shares)
    if not (opens or counts or wholes or groups):
        return None
    return tuple(opens), counts, tuple(wholes), layer.quantities, units, tuple(groups)


# a line (or a heading's bracket) that labels a whole before its figure: "Tổng đàn gia súc của xã: 4.250 con",
# "(tổng chiều dài đường huyện, đường xã: 2.860 km)", "Số cơ sở kinh doanh trên địa bàn: 318 cơ sở"; not a label
# of a group picked out ("Số cơ sở được kiểm tra: 156 cơ sở")
_WHOLE_LABEL = re.compile(
    r"(?:^|\()\s*(?:[-+•*–]\s*)?(?:tổng\s+[^\W\d_]+(?:,?\s+[^\W\d_]+){0,8}"
    r"|số\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?\s+(?:trên\s+địa\s+bàn|toàn\s+[^\W\d_]+|của\s+[^\W\d_]+|hiện\s+có|hiện\s+nay)"
    r"(?:\s+[^\W\d_]+){0,3})\s*:\s*", re.IGNORECASE)
_PARAGRAPHS_BACK = 8
_NAMED_PARAGRAPHS_BACK = 20  # a share naming its base ("… tổng số đảng viên") looks back this far
_OF_WHICH = r"trong\s+(?:số\s+)?đó"
_SUBSET_BEFORE = re.compile(rf"(?<!\w)(?:{_OF_WHICH}|riêng|gồm)(?:\s+có)?\s*:?\s*$", re.IGNORECASE)
# a count picked out of the level before it: "trong đó" always, "riêng" maybe (it may open the last level too)
_PICKED_OUT_BEFORE = re.compile(rf"(?<!\w){_OF_WHICH}(?:\s+có)?\s*:?\s*$", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"(?<!\w)riêng\s*[:(]?\s*$", re.IGNORECASE)


def _narrowed(earlier: list[tuple], part: Quantity) -> list[tuple]:
    """Among earlier wholes of two values (each a tuple led by the whole, its last item whether another
    whole picks it out), those of the part's own act (quantities/scope.py: "Qua đánh giá, có 640 TCCSĐ …"
    of "662 TCCSĐ được đánh giá"), else of its own period, else those no other whole picks out ("có
    1.587 đại biểu, trong đó có 1.381 …": the 1.587)."""
    if part.event not in (None, "có"):
        same_act = [e for e in earlier if e[0].event == part.event]
        if len({e[0].value for e in same_act}) == 1:
            return same_act
    if part.period:  # "Năm 2024 có 600 hội viên. Năm 2025 có 640 …" then "Năm 2025, có 128 hội viên nữ (chiếm 21%)"
        same_period = [e for e in earlier if e[0].period and periods_agree(e[0].period, part.period)]
        if len({e[0].value for e in same_period}) == 1:
            return same_period
    return [e for e in earlier if not e[-1]]


# (the whole's own breakdown may sit between: "38 tổ chức cơ sở đảng trực thuộc (31 chi bộ thôn, 7 chi bộ …) với 1.274
# đảng viên")
_WITH_WHOLE = re.compile(r"(?:\s+trực\s+thuộc)?(?:\s*\([^()]{0,120}\))?\s+với\s+(?:tổng\s+số\s+)?", re.IGNORECASE)


_PLAN_LABEL = re.compile(r"\s*(?:[-+•*–]\s*)?(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu|(?-i:KH))(?!\w)"
                         r"(?:[^\d:;]|(?<=năm )\d{4}){0,40}:"
                         r"[^\d;]{0,30}$", re.IGNORECASE)
_RESULT_LABEL = re.compile(r"\s*(?:[-+•*–]\s*)?(?:kết\s+quả|thực\s+hiện|ước\s+thực\s+hiện|ước\s+đạt|(?-i:TH))(?!\w)"
                           r"[^\d:;]{0,40}:[^\d;]{0,30}$", re.IGNORECASE)
_RATE_LABEL = re.compile(r"\s*(?:[-+•*–]\s*)?(?:tỷ\s+lệ(?:\s+đạt)?|tỉ\s+lệ(?:\s+đạt)?|đạt|so\s+với\s+kế\s+hoạch)\s*:?\s*$",
                         re.IGNORECASE)


def _plan_lines_before(ctx: DocumentContext) -> Iterator[Issue]:
    """"Chỉ tiêu năm 2025: kết nạp 30 đảng viên." then a line "Kết quả: kết nạp được 27 đảng viên,
    đạt 92% chỉ tiêu."; lines "- Kế hoạch: 4.500 triệu đồng; - Thực hiện: 4.150 triệu đồng; - Tỷ lệ:
    94,2%": the plan a line labels, a line or two before the result and its share, is the share's
    plan (a warning naming it) when its paragraph states none."""
    paragraphs = ctx.written_paragraphs  # (shared, read only)
    for index, paragraph in enumerate(paragraphs):
        if "%" not in paragraph.text or not index:
            continue
        layer = paragraph_layer(ctx, paragraph)
        text = paragraph.text
        measured = {r.share.start for r in layer.relations if r.share is not None}
        planned = {q.sentence for q in layer.quantities if q.role == "plan"}
        for percent in layer.quantities:
            if percent.kind != "percent" or percent.start in measured or percent.modifier is not None \
                    or _OTHER_BASE_AFTER.match(text, percent.end):
                continue
            before = [q for q in layer.quantities if q.end <= percent.start and q.kind in ("count", "money")]
            result = result_paragraph = None
            if before and _SHARE_GAP_AFTER.fullmatch(text, unit_end(text, before[-1]), percent.start) and (
                    before[-1].role == "result" or _PLAN_NAMED_AFTER.match(text, percent.end)):
                result, result_paragraph, look_from = before[-1], paragraph, index - 1
            elif not before and len(layer.quantities) == 1 and _RATE_LABEL.fullmatch(text, 0, percent.start) and index >= 2:
                # "- Tỷ lệ: 94,2%." under "- Thực hiện: 4.150 triệu đồng;"
                found = _labelled_line(ctx, paragraphs[index - 1], _RESULT_LABEL)
                if found is not None:
                    result, result_paragraph, look_from = found, paragraphs[index - 1], index - 2
            if result is None or percent.sentence in planned:
                continue
            plan = plan_paragraph = None
            where = "nêu ở dòng trước"
            for back in range(look_from, max(-1, look_from - 2), -1):
                if planned:
                    break  # (a plan of the paragraph, in another sentence, may be the base: no line before is assumed)
                found = _labelled_line(ctx, paragraphs[back], _PLAN_LABEL, "plan") or _plan_of_its_noun(
                    ctx, paragraphs[back], result)
                if found is not None:
                    plan, plan_paragraph = found, paragraphs[back]
                    break
            if plan is None and look_from >= 0 and _PLAN_NAMED_AFTER.match(text, percent.end) and (
                    _YEAR_PLAN_AFTER.match(text, percent.end) or not any(kind in ("months", "quarter", "month")
                                                                         for kind, _ in result.period)):
                found = _plan_stated_before(ctx, paragraphs[:look_from + 1], result, result_paragraph.text)
                if found is not None:
                    plan, plan_paragraph = found
                    where = f"nêu ở {sentence_cited(ctx, plan.start + plan_paragraph.start)}"
            if plan is None or plan.kind != result.kind or not (plan.kind == "money" or plan.head and result.head and (
                    heads_agree(plan.head, result.head) or heads_agree(result.head, plan.head))):
                continue
            if named_subject_at(ctx, plan.start + plan_paragraph.start) != named_subject_at(
                    ctx, result.start + result_paragraph.start):
                continue  # "TP. HCM được Trung ương giao thu …" then "Thu ngân sách … thành phố Hà Nội …, bằng …%"
            relation = Relation("result-vs-plan", plan.shifted(plan_paragraph.start),
                                (result.shifted(result_paragraph.start),), percent.shifted(paragraph.start), explicit=False)
            issue = _share_issue(ctx.text, relation, ()) and _share_issue(ctx.text, relation,
                                                                         _scope_of(ctx, relation.share.start))
            if issue is not None:
                yield replace(issue, message=issue.message.replace("nêu ở câu trước", where))


def _plan_stated_before(ctx: DocumentContext, paragraphs, result: Quantity,
                        result_text: str) -> tuple[Quantity, object] | None:
    """"Nghị quyết giao … dự toán thu ngân sách 18.450 triệu đồng; dự toán chi 17.768 triệu đồng" in the opening,
    "Thu ngân sách 9 tháng 14.236,52 triệu đồng, đạt 79,6% dự toán" sections later; "giao một số chỉ tiêu chủ yếu:
    …; bê tông hóa 42 km đường giao thông nông thôn; …" then "bê tông hóa được 27,6 km đường giao thông nông thôn, đạt
    62,7% kế hoạch năm": the plan of the result's own act (money: thu or chi) or of its own noun as written, stated
    before in the document, when it is the only value so stated (two plans of it, of two periods say: none). A count
    in a unit of one word ("10.236 tấn") is known by the words of its label ("tổng sản lượng lương thực có hạt")."""
    unit = result.unit if result.kind == "count" else ""
    label = _label_words(result_text, result) if result.kind == "count" else None
    if result.kind == "money" and result.event is None or result.kind == "count" and not (
            len(unit.split()) >= 2 or result.event or label):
        return None
    found = []
    for paragraph in paragraphs:
        if not _DIGIT.search(paragraph.text):
            continue
        text = paragraph.text
        quantities = paragraph_layer(ctx, paragraph).quantities
        for q in quantities:
            if q.kind != result.kind or q.modifier is not None:
                continue
            if q.kind == "money":
                if q.role == "plan" and q.event == result.event:
                    found.append((q, paragraph))
            elif q.unit == unit and (len(unit.split()) >= 2 or result.event and q.event == result.event
                                     or label and _label_words(text, q) == label) and (
                    q.role == "plan" or PLAN_LIST_LEAD.search(text, _sentence_start(text, q.start), q.start)):
                found.append((q, paragraph))
                if any(o.kind == "count" and o.head == q.head and o.value != q.value and o.sentence == q.sentence
                       for o in quantities):
                    return None  # "đề ra 40 buổi tuyên truyền ở thôn và 12 buổi tuyên truyền ở trường": which one
    return found[-1] if found and len({q.value for q, _ in found}) == 1 else None


_LABEL_VERB = re.compile(r"(?:\s+(?:ước\s+đạt|ước\s+thực\s+hiện|ước|đạt|là|được|thực\s+hiện|có))+\s*$", re.IGNORECASE)


def _label_words(text: str, q: Quantity) -> str | None:
    """The last words (three to six) of the label a count follows in its clause, its verb left off ("tổng sản lượng
    lương thực có hạt ước đạt 10.236 tấn" → "sản lượng lương thực có hạt"); None for a shorter label."""
    start = max(text.rfind(mark, 0, q.start) for mark in ":;,.(") + 1
    words = _LABEL_VERB.sub("", " " + text[start:q.start].lower().rstrip()).split()
    return " ".join(words[-6:]) if len(words) >= 3 and all(w.isalpha() for w in words[-6:]) else None


def _sentence_start(text: str, offset: int) -> int:
    end = max(text.rfind(". ", 0, offset), text.rfind(".\t", 0, offset))
    return end + 2 if end >= 0 else 0



# a plan of the year by its name: "dự toán" (a budget is the year's), "kế hoạch năm", "chỉ tiêu Nghị quyết" — a result
# of 9 months against it is progress; "đạt 50% kế hoạch" after "6 tháng" may be of the half-year's plan
_YEAR_PLAN_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:dự\s+toán|(?:kế\s+hoạch|chỉ\s+tiêu|(?-i:KH))\s+(?:cả\s+)?(?:năm|nghị\s+quyết))"
                              r"(?!\w)", re.IGNORECASE)
_SHARE_GAP_AFTER = re.compile(r"\s*[,(]?\s*(?:đạt|bằng)(?:\s+tỷ\s+lệ)?\s*", re.IGNORECASE)  # attainment, not "chiếm"
_OTHER_BASE_AFTER = re.compile(r"\s*(?:của\s+|trên\s+)?(?:tổng|so\s+với\s+(?:cùng\s+kỳ|năm|tháng|quý|đầu)|cùng\s+kỳ)",
                               re.IGNORECASE)
_PLAN_NAMED_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|(?-i:KH))(?!\w)", re.IGNORECASE)


def _plan_of_its_noun(ctx: DocumentContext, paragraph, result: Quantity) -> Quantity | None:
    """"Chương trình … đề ra 12 cuộc kiểm tra và 08 cuộc giám sát." before "đã tiến hành 10 cuộc kiểm tra, đạt
    88,33% kế hoạch": the one plan of the result's own noun (the same head, as written) in the paragraph before."""
    if result.kind != "count" or not result.head:
        return None
    same = [q for q in paragraph_layer(ctx, paragraph).quantities if q.kind == "count" and q.head == result.head]
    return same[0] if len(same) == 1 and same[0].role == "plan" else None  # one count of that noun, the plan


def _labelled_line(ctx: DocumentContext, paragraph, label: re.Pattern, role: str = "") -> Quantity | None:
    """The one count or amount of a line whose label (before its colon) is ``label``'s, or that the
    quantity layer gives ``role``."""
    layer = paragraph_layer(ctx, paragraph)
    figures = [q for q in layer.quantities if q.kind in ("count", "money", "percent")]
    if len(figures) != 1 or figures[0].kind == "percent":
        return None
    quantity = figures[0]
    return quantity if label.fullmatch(paragraph.text, 0, quantity.start) or role and quantity.role == role else None


def _consensus_shares(ctx: DocumentContext) -> Iterator[Issue]:
    """"Trong số đảng viên mới: nữ 1.982 đồng chí (51,5%); đoàn viên 2.917 đồng chí (75,8%); …; người có
    đạo 96 đồng chí, chiếm 2,7%" with no whole in the paragraph: when every share but one is of one
    count stated before (3.846 đảng viên mới, in this paragraph or the ones before), the one left
    is a slip (a warning naming that count). Two shares at least must agree on it."""
    paragraphs = ctx.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if "%" not in paragraph.text:
            continue
        layer = paragraph_layer(ctx, paragraph)
        pairs = [(r.whole, r.share) for r in layer.of("share-open") if r.whole.kind == "count" and r.whole.noun_class]
        if len(pairs) < 3 or len({p.noun_class for p, _ in pairs}) != 1:
            continue
        noun_class, largest = pairs[0][0].noun_class, max(p.value for p, _ in pairs)
        # two shares agreeing on one count are evidence enough: any count stated before in the document
        candidates = [(q, p) for p in paragraphs[:index] if _DIGIT.search(p.text) for q in paragraph_layer(ctx, p).quantities
                      if q.kind == "count" and q.head and q.noun_class == noun_class and q.value > largest]
        candidates += [(q, paragraph) for q in layer.quantities if q.kind == "count" and q.head and q.start < pairs[0][0].start
                       and q.noun_class == noun_class and q.value > largest]
        for value in sorted({q.value for q, _ in candidates}):
            agree = [(p, s) for p, s in pairs if _matches(p.value / value * 100, s.value, s.decimals)]
            if len(agree) < 2 or len(pairs) - len(agree) != 1:
                continue
            part, share = next((p, s) for p, s in pairs if (p, s) not in agree)
            found, where = [(q, p) for q, p in candidates if q.value == value][-1]
            whole = found.shifted(where.start)
            true = part.value / value * 100
            expected = format_vi(true, share.decimals)
            start = share.start + paragraph.start
            yield Issue(start, share.end + paragraph.start,
                        f"{part.text} / {_describe(whole, ctx.text)} = {format_vi(true, 2).rstrip('0').rstrip(',')}%, "
                        f"không phải {share.text}: các tỷ lệ khác cùng câu ({', '.join(s.text for _, s in agree)}) đều "
                        f"tính trên {_describe(whole, ctx.text)} đã nêu trước đó.",
                        expected + share.text[len(share.text.rstrip('% ')):], Severity.WARNING,
                        (Related(whole.start, unit_end(ctx.text, whole), "whole"),
                         Related(part.start + paragraph.start, unit_end(paragraph.text, part) + paragraph.start, "part")))
            break


_DIGIT = re.compile(r"\d")


def _level_share_issues(text: str, relation: Relation) -> Iterator[Issue]:
    """Levels listed with counts and shares under a lead without a total: the levels are all
    the members rated, so each share is its count over their sum. Only when every other
    share agrees with that sum (one slip, not another base) - a warning."""
    parts = relation.parts
    total = sum(p.value for p in parts)
    shares = [(p, Cue(c.start, c.end, c.text)) for p, c in zip(parts, relation.cues)]
    wrong = []
    for part, cue in shares:
        stated = parse_number(cue.text.rstrip("% "))
        if stated is None or not _matches(part.value / total * 100, stated.value, stated.decimals):
            wrong.append((part, cue, stated))
    if len(wrong) != 1 or wrong[0][2] is None:
        return
    part, cue, stated = wrong[0]
    expected = format_vi(part.value / total * 100, stated.decimals)
    listed = " + ".join(p.text for p in parts)
    related = (*(Related(p.start, unit_end(text, p), "part") for p in parts),)
    yield Issue(cue.start, cue.end,
                f"{part.text} / ({listed} = {format_vi(total, 0)}) = {expected}%, không phải {cue.text}: các mức xếp "
                f"loại là toàn bộ số được xếp loại, và các tỷ lệ khác đều tính trên tổng đó.",
                expected + cue.text[len(cue.text.rstrip("% ")):], Severity.WARNING, related)


_NOT_A_GROUP = re.compile(r"tuổi|bình\s+quân|trung\s+bình|(?<!\w)độ(?!\w)|tỷ\s+lệ", re.IGNORECASE)


def _group_label(label: str) -> bool:
    """"nữ", "đoàn viên thanh niên", "người dân tộc thiểu số": a group of the people counted
    (resources/overlapping_categories.txt), so the bare number after it counts some of them; not an age."""
    if not label or _NOT_A_GROUP.search(label):
        return False
    groups = word_set("overlapping_categories")
    return any(re.search(r"(?<!\w)" + re.escape(group) + r"(?!\w)", label) for group in groups)


@rule("part-exceeds-whole", severity=Severity.ERROR, title="Phần lớn hơn tổng", examples=(
    # a threshold ("từ 3 sao trở lên") is no count its levels are parts of
    Example("Toàn huyện có 128 sản phẩm OCOP từ 3 sao trở lên, trong đó 102 sản phẩm 3 sao, 24 sản phẩm 4 sao và 2 "
            "sản phẩm 5 sao."),
    Example("Chi bộ đã kiểm tra 58/52 đảng viên.", "58/52"),
    Example("Chi bộ đã kiểm tra 48/52 đảng viên."),
    # a ratio is some of the total named after it; over one total, the ratio picked out after "trong đó" is some of
    # the part before it
    Example("Có 52/52 đại biểu có mặt tại kỳ họp trong tổng số 49 đại biểu Hội đồng nhân dân huyện.", "52/52 đại biểu"),
    Example("Có 47/47 đại biểu có mặt tại kỳ họp trong tổng số 49 đại biểu Hội đồng nhân dân huyện."),
    Example("Có 2.310/2.450 hộ tham gia góp ý, trong đó có 2.320/2.450 hộ đồng tình với phương án.", "2.320/2.450 hộ"),
    Example("Có 2.310/2.450 hộ tham gia góp ý, trong đó có 2.290/2.450 hộ đồng tình với phương án."),
    # (the whole total after "trong đó" is told of the whole; a total named as a sum is not its first count)
    Example("Có 2.310/2.450 hộ tham gia góp ý, trong đó có 2.450/2.450 hộ đã nhận phiếu."),
    Example("Có 52/52 đại biểu có mặt trong tổng số 47 đại biểu chính thức và 5 đại biểu mời."),
    # (round 21) a part and its whole each with its unit; a whole a period names is a level compared, not a whole
    Example("Kết nạp 18 hội viên/15 hội viên.", "18 hội viên/15 hội viên"),
    Example("Kết nạp 18 hội viên/15 hội viên kỳ trước."),
    # the base a count was named against ("X … trong tổng số W") opens no sort: the counts after it are X's siblings
    Example("Huyện bầu được 30 người trúng cử trong tổng số 50 người ứng cử; 200 người trúng cử cấp xã."),
    Example("Xã có 27 thôn đạt chuẩn trong tổng số 31 thôn của xã; 40 thôn của huyện bạn đạt chuẩn."),
    Example("Trường có 45 em đỗ đại học trong tổng số 60 em dự thi, 70 em khác đỗ cao đẳng."),
    Example("Trong tổng số 18 chi bộ, có 14 chi bộ đạt loại tốt; 25 chi bộ được khen.", "25 chi bộ"),
    Example("Trong năm kết nạp 9 đảng viên mới; trong đó 11 đồng chí là nữ.", "11"),
    Example("Trong năm kết nạp 12 đảng viên mới; trong đó 11 đồng chí là nữ."),
    Example("Đã tiêm phòng cho 5.130 con trên tổng đàn 4.870 con.", "5.130"),
    Example("Đã tiêm phòng cho 4.130 con trên tổng đàn 4.870 con."),
    Example("Có 210 hộ được hỗ trợ, trong đó 230 hộ nghèo.", "230"),
    Example("Năm 2025 kết nạp 32 đảng viên, đạt 80% chỉ tiêu; trong đó nữ 14 đồng chí, đoàn viên thanh niên "
            "35 đồng chí.", "35"),
    Example("Năm 2025 kết nạp 32 đảng viên, đạt 80% chỉ tiêu; trong đó nữ 14 đồng chí, đoàn viên thanh niên "
            "25 đồng chí."),
    # a herd stated before, then a count of that kind (a warning naming the herd)
    Example("Tổng đàn trâu, bò toàn xã có 2.915 con. Trong 6 tháng đã tiêm phòng lở mồm long móng cho 3.020 con "
            "trâu, bò.", "3.020"),
    Example("Đàn lợn hiện có 6.240 con; đã tiêm phòng dịch tả lợn châu Phi cho 6.415 con.", "6.415"),
    Example("Đàn lợn hiện có 6.240 con; đã tiêm phòng cho 6.415 con gà."),
    Example("Tổng đàn gia súc, gia cầm của xã là 4.870 con. Trong 6 tháng, đã tiêm phòng được 5.130 con.", "5.130"),
    Example("Tổng đàn lợn 3.000 con, đàn bò 1.870 con. Đã tiêm phòng 3.130 con."),
    Example("Có 210 hộ được hỗ trợ, trong đó 30 hộ nghèo."),
    # "trong đó" after a longer description of the whole, or after a measure of it
    Example("Toàn xã có 2.150 người trong độ tuổi lao động ở các thôn, trong đó 2.300 người có việc làm.", "2.300"),
    Example("Toàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 5 người; trong đó 14 vụ do vi phạm nồng độ cồn.",
            "14 vụ"),
    Example("Toàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 15 người; trong đó 14 người là thanh niên."),
    # a subset stated after a comma, "(đã) có", in the total's own sentence (a warning naming the total)
    Example("Xã có 14 thôn, đã có 16 thôn được công nhận đạt chuẩn văn hóa năm 2024.", "16 thôn"),
    Example("Xã có 14 thôn, đã có 12 thôn được công nhận đạt chuẩn văn hóa năm 2024."),
    Example("Đã tổ chức 12 lớp bồi dưỡng chính trị, trong đó 450 học viên tham gia."),
    Example("Trong tổng số 289 đảng viên được đánh giá, có 298 đảng viên hoàn thành tốt nhiệm vụ.", "298"),
    Example("Trong tổng số 289 đảng viên được đánh giá, có 258 đảng viên hoàn thành tốt nhiệm vụ."),
    # "Trong đó" after counts of several kinds: each count of its opening clause is part of the one of its kind (a
    # warning naming it)
    Example("UBKT các cấp đã kiểm tra 85 tổ chức đảng và 350 đảng viên. Trong đó UBKT Huyện ủy kiểm tra 9 tổ chức "
            "đảng và 415 đảng viên.", "415 đảng viên"),
    Example("UBKT các cấp đã kiểm tra 85 tổ chức đảng và 350 đảng viên. Trong đó UBKT Huyện ủy kiểm tra 9 tổ chức "
            "đảng và 15 đảng viên."),
    # "Trong đó" whose counts add up exactly to another count of the sentence before (its noun in quotes) splits that
    # one, not the nearest
    Example("Năm qua, Hội đã hỗ trợ xây mới 64 “Nhà nhân ái”; sửa chữa 03 nhà cho hộ nghèo. Trong đó có 30 nhà do Quỹ "
            "tỉnh hỗ trợ, 34 nhà do Quỹ huyện hỗ trợ."),
    Example("Huyện đã xây dựng 58 “Mái ấm công đoàn”, sửa chữa 04 nhà cho đoàn viên khó khăn. Trong đó có 25 nhà do "
            "Liên đoàn Lao động tỉnh hỗ trợ, 33 nhà do doanh nghiệp tài trợ."),
    Example("Hội đã bàn giao 41 “Nhà tình nghĩa”; sửa chữa 06 nhà cho gia đình chính sách, kinh phí 1,2 tỷ đồng. "
            "Trong đó, 18 nhà do Quỹ Đền ơn đáp nghĩa tỉnh hỗ trợ, 23 nhà do các doanh nghiệp tài trợ."),
    Example("Hội đã bàn giao 41 “Nhà tình nghĩa”; sửa chữa 06 nhà cho gia đình chính sách. Trong đó, 18 nhà do Quỹ tỉnh "
            "hỗ trợ, 25 nhà do các doanh nghiệp tài trợ.", "18 nhà"),
    Example("Hội đã sửa chữa 06 nhà cho gia đình chính sách. Trong đó, 18 nhà do Quỹ tỉnh hỗ trợ, 23 nhà do các doanh "
            "nghiệp tài trợ.", "18 nhà"),
    # A result may exceed its plan; a date is not a ratio.
    Example("Phát triển đảng viên mới 8.793/6.500 đảng viên, vượt chỉ tiêu Nghị quyết."),
    Example("Kết nạp 25/20 đảng viên theo kế hoạch năm."),
    # the two periods a change compares, this one's over the other's, bracketed after it: no part of a whole
    Example("Trong quý, lực lượng công an phát hiện 74 vụ, so với cùng kỳ tăng 19 vụ (74/55 vụ)."),
    Example("Số hộ vi phạm giảm 12 hộ so với năm trước (31/43 hộ); tăng 9 hộ được nhắc nhở (40/31 hộ)."),
    Example("Toàn huyện xảy ra 36 vụ cháy rừng, tăng 50% so với cùng kỳ (36/24 vụ)."),
    Example("Toàn huyện xảy ra 36 vụ cháy rừng, tăng 12 vụ so với cùng kỳ (36/20 vụ).", "36/20"),
    Example("Toàn huyện xảy ra 36 vụ cháy rừng, tăng 12 vụ; đã điều tra làm rõ 36/24 vụ.", "36/24"),
    # a change told without its amount ("so với … tăng (…)"), the way the two levels go
    Example("Số vụ tai nạn giao thông so với cùng kỳ năm trước tăng (58/47 vụ)."),
    Example("So với năm 2023, số đơn thư gửi đến tăng (145/120 đơn)."),
    Example("Phát hiện 64 vụ buôn lậu, tăng so với cùng kỳ (64/51 vụ)."),
    Example("Phát hiện 64 vụ buôn lậu, so với cùng kỳ giảm (64/51 vụ).", "64/51"),
    Example("Phát hiện 64 vụ buôn lậu, tăng so với cùng kỳ 12 vụ (64/51 vụ).", "64/51"),
    # a tally of targets counts the targets themselves, and "đúng kế hoạch" is a schedule, not a plan's figure
    Example("Nhiệm kỳ qua, Đảng bộ xã đã hoàn thành 22/21 chỉ tiêu Nghị quyết Đại hội đề ra.", "22/21"),
    Example("Nhiệm kỳ qua, Đảng bộ xã đã hoàn thành 20/21 chỉ tiêu Nghị quyết Đại hội đề ra."),
    Example("Đến nay xã đạt 20/19 tiêu chí nông thôn mới theo kế hoạch của huyện.", "20/19"),
    Example("Đến nay xã đạt 17/19 tiêu chí nông thôn mới theo kế hoạch của huyện."),
    Example("Đến ngày 29/9, 19/18 chi bộ đã tổ chức xong đại hội theo đúng kế hoạch.", "19/18"),
    Example("Đến ngày 29/9, 18/18 chi bộ đã tổ chức xong đại hội theo đúng kế hoạch."),
    Example("Kết nạp 63 đảng viên trên chỉ tiêu 60, đạt 105%."),
    Example("Trong hai ngày 21 và 22/4, Ủy ban họp kỳ thứ 2."),
    Example("Toàn xã có 6/5 làng đạt danh hiệu làng văn hóa.", "6/5"),
    # the counted noun named before a bare ratio ("số chỉ tiêu đạt 64/57")
    Example("Xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 64/57.", "64/57"),
    Example("Xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 44/57."),
    Example("Tỷ số bàn thắng là 5/3."),
    Example("Toàn xã có 5/5 làng đạt danh hiệu làng văn hóa."),
    Example("Sáng 21/6, kỳ họp bế mạc."),
    # an assessed count in a later sentence, of the total stated before (a warning naming it)
    Example("Đảng bộ có 25 chi bộ. Qua kiểm tra, có 27 chi bộ thực hiện tốt quy chế.", "27 chi bộ"),
    Example("Đảng bộ có 25 chi bộ. Qua kiểm tra, có 22 chi bộ thực hiện tốt quy chế."),
    Example("Đảng bộ xã có 25 chi bộ. Huyện có 270 chi bộ."),
    # those to be disciplined among those found at fault, among those examined (a warning naming them)
    Example("Qua kiểm tra 20 đảng viên, kết luận 5 đảng viên có khuyết điểm, vi phạm; phải thi hành kỷ luật 7 đảng "
            "viên.", "7 đảng viên"),
    Example("Qua kiểm tra 20 đảng viên, kết luận 5 đảng viên có khuyết điểm, vi phạm; phải thi hành kỷ luật 3 đảng "
            "viên."),
    # those an action was done for, named by the total's plain noun (a warning naming the total)
    Example("Toàn phường có 1.186 người cao tuổi. Trong năm đã lập hồ sơ quản lý sức khỏe cho 1.240 người cao tuổi.",
            "1.240 người cao tuổi"),
    Example("Toàn phường có 1.186 người cao tuổi. Trong năm đã lập hồ sơ quản lý sức khỏe cho 1.140 người cao tuổi."),
    # what was added against the total it raised (a warning)
    Example("Trong năm kết nạp mới 450 hội viên, nâng tổng số hội viên lên 420 người.", "450 hội viên"),
    Example("Trong năm kết nạp mới 450 hội viên, nâng tổng số hội viên lên 4.200 người."),
    # a whole whose noun lists its kinds with commas
    Example("Trong năm tiếp nhận 45 đơn khiếu nại, tố cáo, trong đó 52 đơn đủ điều kiện xử lý.", "52 đơn"),
    Example("Tổ chức 12 lớp tập huấn, hội thảo, trong đó 15 lượt cán bộ tham gia."),
    # two counts joined by "và": what "gồm" names after them is of both, not of the last
    Example("Có 4 cán bộ nữ và 2 cán bộ trẻ, trong đó 1 đồng chí vừa nữ vừa trẻ, nên 4 cán bộ nữ và 2 cán bộ trẻ "
            "gồm 5 người."),
))
def part_exceeds_whole(ctx: ParagraphContext) -> Iterator[Issue]:
    """"85 đảng viên trên tổng số 75", "58/52 chi bộ", "kết nạp 9 đảng viên; trong đó 11 đồng
    chí là nữ": a part cannot exceed its whole. A result against its plan may ("8.793/6.500
    đảng viên" of a Nghị quyết's target), and a day/month is not a ratio."""
    layer = quantities_of(ctx)
    text = ctx.text
    for relation in layer.of("part-of") + layer.of("raised"):
        whole, part = relation.whole, relation.parts[0]
        whole_value = whole.total if whole.kind == "ratio" else whole.value
        if whole_value is None or part.value <= whole_value:
            continue
        if part.bare and level_group(part, text) is None and not _group_label(part.label):
            continue  # "…, trong đó nữ 10, độ tuổi 28": a bare number is a part for its share, not surely a count
        subset = any(c.text.lower().startswith("trong") for c in relation.cues)  # "…; trong đó 35 đồng chí …"
        if whole.role == "plan" or part.role == "plan" or (_plan_sentence(text, part, layer) and not subset
                                                            and not _ratio_of_its_own(text, whole, layer)):
            continue  # a result may exceed its plan
        if whole.kind == "ratio":
            if whole.noun_class is None and not _noun_named_before(text, whole) or _restated_above_100(whole, layer) \
                    or _levels_of_its_change(text, whole, layer):
                continue  # no counted noun, "971/876 = 110,8%": a result over its plan, or two periods compared
            yield Issue(whole.start, whole.end,
                        f"Trong {whole.text}, số phần ({format_vi(part.value)}) lớn hơn tổng ({format_vi(whole_value)}).",
                        None, None, (Related(whole.start, unit_end(text, whole), "part"),))
            continue
        if relation.kind == "raised":  # the total the addition raised (a warning)
            yield Issue(part.start, unit_end(text, part),
                        f"{_describe(part, text)} lớn hơn tổng số sau khi thêm ({_describe(whole, text)}, “nâng tổng "
                        "số”): số thêm vào không thể vượt tổng.", None, Severity.WARNING, _related(relation, text))
            continue
        if not relation.explicit:  # a whole stated sentences before: a warning naming it
            whole_name = relation.cues[0].text if whole.bare and relation.cues else _describe(whole, text)
            yield Issue(part.start, unit_end(text, part),
                        f"{_describe(part, text)} lớn hơn {whole_name} đã nêu trước đó "
                        f"(“{relation.cues[0].text if relation.cues else whole.text}”): phần không thể vượt tổng.",
                        None, Severity.WARNING, _related(relation, text))
            continue
        yield Issue(part.start, unit_end(text, part),
                    f"{_describe(part, text)} lớn hơn tổng {_describe(whole, text)}: phần không thể vượt tổng.",
                    None, None, _related(relation, text))


@rule("part-exceeds-whole", severity=Severity.ERROR, title="Phần lớn hơn tổng", scope="document", examples=(
    Example("Tổng đàn lợn hiện có 6.240 con.\nĐã tiêm phòng vắc xin dịch tả lợn châu Phi cho 6.415 con lợn.", "6.415"),
    Example("Tổng đàn lợn hiện có 6.240 con.\nĐã tiêm phòng vắc xin dịch tả lợn châu Phi cho 6.015 con lợn."),
    Example("Tổng đàn lợn hiện có 6.240 con.\nĐã tiêm phòng cho 7.015 con gà."),
    # the same words of two tiers count two councils' sets
    Example("Kết quả bầu cử đại biểu Hội đồng nhân dân cấp huyện: số người trúng cử là 31 người.\nKết quả bầu cử "
            "đại biểu Hội đồng nhân dân cấp xã: số người trúng cử là 194 người."),
    Example("Kết quả bầu cử đại biểu Hội đồng nhân dân cấp xã: số người trúng cử là 194 người.\nKết quả bầu cử đại "
            "biểu Hội đồng nhân dân cấp xã: số người trúng cử là 196 người.", "196 người"),
    # "Trong số <the whole's noun> …" opening the next paragraph
    Example("Năm 2025, Đảng bộ kết nạp 40 đảng viên mới.\nTrong số đảng viên mới kết nạp có 45 đồng chí là đoàn viên.",
            "45 đồng chí"),
    Example("Năm 2025, Đảng bộ kết nạp 40 đảng viên mới.\nTrong số đảng viên mới kết nạp có 35 đồng chí là đoàn viên."),
    # an assessed count in the next paragraph, of the total stated before
    Example("Đảng bộ có 25 chi bộ.\nQua kiểm tra, có 27 chi bộ thực hiện tốt quy chế.", "27 chi bộ"),
    Example("Đảng bộ có 25 chi bộ.\nQua kiểm tra, có 22 chi bộ thực hiện tốt quy chế."),
    # a count of the plain noun picked out by what follows it ("được", "đăng ký", "tham gia")
    Example("Thôn có 120 hộ dân. Đã có 130 hộ đăng ký xây dựng gia đình văn hóa.", "130 hộ"),
    Example("Thôn có 120 hộ dân. Đã có 110 hộ đăng ký xây dựng gia đình văn hóa."),
    Example("Năm 2025, Đảng bộ kết nạp 40 đảng viên mới.\nTrong số đoàn viên của xã có 45 đồng chí là đảng viên."),
    # the body's own units ("trực thuộc") a paragraph or two before are all of them (a warning naming them)
    Example("Đảng bộ hiện có 446 đảng viên sinh hoạt tại 18 chi bộ trực thuộc.\nThu ngân sách đạt 11.460 triệu đồng.\n"
            "Có 19 chi bộ tổ chức sinh hoạt chuyên đề đúng hướng dẫn.", "19 chi bộ"),
    Example("Đảng bộ hiện có 446 đảng viên sinh hoạt tại 18 chi bộ trực thuộc.\nThu ngân sách đạt 11.460 triệu đồng.\n"
            "Có 17 chi bộ tổ chức sinh hoạt chuyên đề đúng hướng dẫn."),
    # "Trong tổng số <noun>" names the total of that noun stated a few paragraphs before (a warning naming it)
    Example("Đảng bộ có 41 chi bộ trực thuộc với tổng số 1.126 đảng viên.\nII. KẾT QUẢ\nTổ chức học tập cho 1.048 "
            "lượt cán bộ. Trong tổng số đảng viên của Đảng bộ có 1.148 đồng chí là người dân tộc.", "1.148 đồng chí"),
    Example("Đảng bộ có 41 chi bộ trực thuộc với tổng số 1.126 đảng viên.\nII. KẾT QUẢ\nTổ chức học tập cho 1.048 "
            "lượt cán bộ. Trong tổng số đảng viên của Đảng bộ có 848 đồng chí là người dân tộc."),
    # and the members joined to those units by "với" are all the body's members
    Example("Hội có 12 chi hội trực thuộc với 846 hội viên.\nKết quả xếp loại: 862 hội viên hoàn thành tốt nhiệm vụ.",
            "862 hội viên"),
    Example("Hội có 12 chi hội trực thuộc với 846 hội viên.\nKết quả xếp loại: 762 hội viên hoàn thành tốt nhiệm vụ."),
    # those found at fault in the next paragraph, of those examined before (a warning naming them)
    Example("Đoàn đã kiểm tra 02 tổ chức đảng và 05 đảng viên.\nỦy ban kết luận: số đảng viên có vi phạm là 06.", "06"),
    Example("Đoàn đã kiểm tra 02 tổ chức đảng và 06 đảng viên.\nỦy ban kết luận: số đảng viên có vi phạm là 06."),
    # a count that names its set by the act that defined an earlier count (a warning naming it)
    Example("UBKT giám sát 05 tổ chức đảng và 09 đảng viên.\nQua giám sát, có 11 đảng viên được giám sát còn hạn chế.",
            "11 đảng viên"),
    Example("UBKT giám sát 05 tổ chức đảng và 09 đảng viên.\nQua giám sát, có 07 đảng viên được giám sát còn hạn chế."),
    # those who reached a title are some of those who registered for it before (a warning naming them)
    Example("Năm 2024, toàn xã có 1.240 hộ gia đình đăng ký danh hiệu gia đình văn hóa.\nQua bình xét, có 1.320 hộ "
            "đạt danh hiệu gia đình văn hóa.", "1.320 hộ"),
    Example("Năm 2024, toàn xã có 1.240 hộ gia đình đăng ký danh hiệu gia đình văn hóa.\nQua bình xét, có 1.180 hộ "
            "đạt danh hiệu gia đình văn hóa."),
    # a paragraph opened by "Trong đó": a count of the same act and noun as one of the paragraph before is some of it
    Example("Các cấp ủy đã khen thưởng 40 đảng viên.\nTrong đó, Đảng ủy xã khen thưởng 46 đảng viên có thành tích xuất "
            "sắc.", "46 đảng viên"),
    Example("Các cấp ủy đã khen thưởng 40 đảng viên.\nTrong đó, Đảng ủy xã khen thưởng 26 đảng viên có thành tích xuất "
            "sắc."),
))
def part_exceeds_earlier_total(ctx: DocumentContext) -> Iterator[Issue]:
    """"Tổng đàn lợn hiện có 6.240 con." then, a paragraph or two later, "tiêm phòng … cho
    6.415 con lợn": a count of one kind cannot exceed the total of that kind stated just
    before (a warning naming it). A count that names its set by the act or the group that
    defined an earlier count ("giám sát … 09 đảng viên" … "11 đảng viên được giám sát"; "khối 9
    có … 146 học sinh" … "số học sinh khối 9 đăng ký … là 151 em") is some of that count."""
    said = []
    for issue in _earlier_total_issues(ctx):
        said.append((issue.start, issue.end))
        yield issue
    for issue in named_whole_issues(ctx):
        if not any(a < issue.end and issue.start < b for a, b in said):
            said.append((issue.start, issue.end))
            yield issue
    for whole, part in reached_over_registered(ctx):  # "131.196 hộ … đăng ký danh hiệu" … "137.632 hộ đạt danh hiệu"
        end = unit_end(ctx.text, part)
        if not any(a < end and part.start < b for a, b in said):
            yield Issue(part.start, end, f"{part.text} {part.head} đạt lớn hơn {whole.text} {whole.head} đăng ký "
                        "đã nêu trước đó: chỉ những người, hộ đã đăng ký mới được xét đạt.", None, Severity.WARNING,
                        (Related(whole.start, unit_end(ctx.text, whole), "whole"), Related(part.start, end, "part")))


_RAISED_TO = re.compile(r"(?<!\w)(?:nâng|đưa)(?:\s+tổng\s+số)?[^.;\d]{0,50}\s(?:lên|thành)\s+$", re.IGNORECASE)


def named_whole_issues(ctx: DocumentContext) -> Iterator[Issue]:
    """A count larger than the earlier count whose set it names (quantities/named.py): a warning naming it."""
    for relation in named_wholes(ctx):
        whole, part = relation.whole, relation.parts[0]
        if part.value <= whole.value or _RAISED_TO.search(ctx.text, max(0, part.start - 60), part.start):
            continue  # "… nâng tổng số đảng viên trong đảng bộ lên 264 đảng viên": a new total, no part
        if part.value > 10 * whole.value:
            continue  # "Hai đồng chí nhận Huy hiệu 65 năm" … "94 đảng viên được tặng Huy hiệu từ 50 năm": another set, no slip
        if two_tiers(ctx, whole.start, part.start):
            continue  # "trúng cử HĐND cấp huyện … 31 người" … "trúng cử HĐND cấp xã … 194 người": two councils' sets
        yield Issue(part.start, unit_end(ctx.text, part),
                    f"{_describe(part, ctx.text)} lớn hơn {_describe(whole, ctx.text)} đã nêu trước đó "
                    f"(“{relation.cues[0].text}”): phần không thể vượt tổng.", None, Severity.WARNING,
                    (Related(whole.start, unit_end(ctx.text, whole), "whole"),
                     Related(part.start, unit_end(ctx.text, part), "part")))


def _earlier_total_issues(ctx: DocumentContext) -> Iterator[Issue]:
    yield from _units_above_their_total(ctx)
    yield from _in_the_total_before(ctx)
    # Each paragraph's part is read once per paragraph text (_total_entries); a re-check after one edit
    # only joins the entries, and reads a pair of neighbours only where the later one may hold a part.
    totals: list[tuple[str, Quantity, int, int]] = []  # (kind, total, paragraph index, paragraph start)
    previous = before_previous = None
    for paragraph, entry in ctx.per_paragraph(_total_entries, with_entities=True, with_reading=True):
        if entry is None:  # a paragraph without a number ends the run of neighbours
            previous = before_previous = None
            continue
        index = paragraph.index
        in_those, assessed, parts, own_totals = entry
        of_those = _OF_THOSE_OPENING.match(paragraph.text)
        if previous is not None and (in_those or assessed or of_those or "vi phạm" in paragraph.text):
            layer = paragraph_layer(ctx, paragraph)
            if in_those:
                yield from _with_neighbour(ctx, _in_those_of_paragraph_before, previous, paragraph, layer)
            if of_those:
                yield from _with_neighbour(ctx, _parts_of_the_act_before, previous, paragraph, layer)
            if assessed:
                said = list(_with_neighbour(ctx, _assessed_above_total_before, previous, paragraph, layer))
                yield from said
                if not said and before_previous is not None and not any(
                        q.kind == "count" and q.head for q in paragraph_layer(ctx, previous).quantities):
                    # "Toàn tỉnh có … 412 chi hội" / "Cơ cấu hội viên: … chiếm 18,4%, …" / "có … 431 chi hội đạt
                    # vững mạnh": a paragraph of shares only between the total and the assessed count
                    yield from _with_neighbour(ctx, _assessed_above_total_before, before_previous, paragraph, layer)
            if "vi phạm" in paragraph.text:
                yield from _with_neighbour(ctx, _examined_in_paragraph_before, previous, paragraph, layer)
        previous, before_previous = paragraph, previous
        if totals and totals[0][2] < index - 3:
            totals = [t for t in totals if t[2] >= index - 3]
        for part, words in parts:
            earlier = [(q, at) for kind, q, i, at in totals if kind == words[1] and i >= index - 3
                       and q.noun_class == part.noun_class]
            if earlier and part.value > earlier[-1][0].value:
                whole = earlier[-1][0].shifted(earlier[-1][1])
                start = part.start + paragraph.start
                yield Issue(start, unit_end(paragraph.text, part) + paragraph.start,
                            f"{_describe(part, paragraph.text)} lớn hơn tổng {whole.text} {words[0]} {words[1]} đã nêu ở "
                            "đoạn trước: phần không thể vượt tổng.", None, Severity.WARNING,
                            (Related(whole.start, whole.end, "whole"),))
        totals.extend((cue, whole, index, paragraph.start) for cue, whole in own_totals)


# a count told as the running total up to a date: all there were so far, the earlier totals among them
_RUNNING_TOTAL = re.compile(r"(?<!\w)(?:tính\s+đến|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)(?!\w)", re.IGNORECASE)


def _total_entries(reading, entities) -> tuple | None:
    """What _earlier_total_issues reads in one paragraph (paragraph offsets), remembered per paragraph
    text; None without a number. Whether it opens "Trong số …" and whether its first sentence holds an
    assessed count (the checks of a pair of neighbours find nothing otherwise), its counts of animals,
    land or crops with their unit's words, and its totals of a kind ("tổng đàn lợn …") with their cue."""
    text = reading.text
    if not _DIGIT.search(text):
        return None
    layer = layer_of(reading, entities)
    in_those = IN_THOSE.match(text, len(text) - len(text.lstrip("-–•+* "))) is not None
    sentences = layer_sentences(text, layer)
    assessed = bool(sentences) and bool(assessed_parts(text, layer.quantities, *sentences[0]))
    kind_totals = layer.of("kind-total")
    own = {r.cues[0].text for r in kind_totals}
    parts = []
    for part in layer.quantities:
        words = part.unit.lower().split()
        if part.kind != "count" or part.noun_class not in ("animal", "area", "mass") or len(words) < 2 \
                or words[1] in own:
            continue
        opened = next((a for a, b in sentences if a <= part.start < b), 0)
        if _RUNNING_TOTAL.search(text, opened, part.start):
            continue  # "Như vậy, tính đến ngày 10/6, 1.350 con gà … đã bị tiêu hủy": a running total, no part of one before
        parts.append((part, words))
    return in_those, assessed, tuple(parts), tuple((r.cues[0].text, r.whole) for r in kind_totals)


_IN_THE_TOTAL = re.compile(r"Trong\s+tổng\s+số\s")
_TOTAL_PARAGRAPHS_BACK = 4


def _in_the_total_before(ctx: DocumentContext) -> Iterator[Issue]:
    """"… với tổng số 1.126 đảng viên." then, past headings, a sentence "Trong tổng số đảng viên của Đảng bộ có 1.148
    đồng chí là người dân tộc": "Trong tổng số <noun>" names the total of that noun stated a few paragraphs before
    (a count of it cued "tổng số", the only value so stated); the first count of the sentence is some of it (a
    warning naming it). The neighbour check (_in_those_of_paragraph_before) reads only a paragraph opened so, of the
    one right before."""
    paragraphs = ctx.paragraphs
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if "rong tổng số" not in text or not _IN_THE_TOTAL.search(text):
            continue
        layer = paragraph_layer(ctx, paragraph)
        for s_start, s_end in layer_sentences(text, layer):
            opening = IN_THOSE.match(text, s_start)
            if opening is None or not _IN_THE_TOTAL.match(text, s_start):
                continue
            head = head_of(opening["noun"])[0]
            part = next((q for q in layer.quantities if opening.end() <= q.start < s_end and q.kind == "count"), None)
            if head is None or part is None or part.role == "plan" or part.noun_class is None:
                continue
            # (the total's noun as its count writes it, or as its label names it: "Tổng số hội viên là 2.418 người")
            totals = [(q, earlier) for earlier in paragraphs[max(0, index - _TOTAL_PARAGRAPHS_BACK):index]
                      if _DIGIT.search(earlier.text) for q in paragraph_layer(ctx, earlier).quantities
                      if q.kind == "count" and (
                          q.head == head and q.role == "whole" and any("tổng số" in c.text.lower() for c in q.cues)
                          or _plain_total_of(earlier.text, q) == head)]
            if len({q.value for q, _ in totals}) != 1 or part.noun_class != totals[0][0].noun_class:
                continue
            whole, where = totals[-1]
            if part.value <= whole.value:
                continue
            shift = paragraph.start
            yield Issue(part.start + shift, unit_end(text, part) + shift,
                        f"{_describe(part, text)} lớn hơn {_describe(whole, where.text)} đã nêu trước đó (“tổng số "
                        f"{opening['noun']}”): phần không thể vượt tổng.", None, Severity.WARNING,
                        (Related(whole.start + where.start, unit_end(where.text, whole) + where.start, "whole"),
                         Related(part.start + shift, unit_end(text, part) + shift, "part")))


def _plain_total_of(text: str, quantity: Quantity) -> str | None:
    """The head of the plain noun a label names the count the total of ("Tổng số đảng viên: 326 đồng chí"); not of a
    set picked out ("Tổng số đảng viên được đánh giá, xếp loại là 312 đồng chí")."""
    named = total_named_before(text, quantity)
    if not named or not plain_noun(named) or not re.search(
            r"tổng\s+số\s+" + re.escape(named) + r"(?:\s+của\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4})?\s*(?:là|:|có)\s*$",
            text[max(0, quantity.start - 120):quantity.start], re.IGNORECASE):
        return None
    return head_of(named)[0]


_UNITS_OF_THE_BODY = re.compile(r"(?<!\w)(?:có|tại|gồm|với)\s+$", re.IGNORECASE)
_PARAGRAPHS_AFTER_TOTAL = 3


def _units_above_their_total(ctx: DocumentContext) -> Iterator[Issue]:
    """"Đảng bộ hiện có 446 đảng viên sinh hoạt tại 18 chi bộ trực thuộc." then, a paragraph or
    two later, "… có 19 chi bộ tổ chức sinh hoạt chuyên đề": the body's own units ("trực
    thuộc") are all of them, so a count of them picked out later cannot exceed it (a warning
    naming it; the sentence names no other body, year or change)."""
    totals: list[tuple[Quantity, int, str]] = []  # (total in paragraph offsets, paragraph index, paragraph text)
    for paragraph, (parts, own_totals) in ctx.per_paragraph(_units_and_parts, with_entities=True, with_reading=True):
        if not parts and not own_totals:
            continue
        index = paragraph.index
        text = paragraph.text
        if totals and totals[0][1] < index - _PARAGRAPHS_AFTER_TOTAL:
            totals = [t for t in totals if t[1] >= index - _PARAGRAPHS_AFTER_TOTAL]
        recent = [(w, i, t) for w, i, t in totals if index - _PARAGRAPHS_AFTER_TOTAL <= i < index]
        for part, nearer in parts if recent else ():
            wholes = [(w, i, t) for w, i, t in recent if heads_agree(w.head, part.head)]
            if len(wholes) != 1 or wholes[0][0].value >= part.value or any(
                    heads_agree(h, part.head) and v >= part.value for h, v in nearer):
                continue  # a count of the units nearer the part, as large, may be its own body's total
            whole, w_index, w_text = wholes[0]
            shift, w_shift = paragraph.start, ctx.paragraphs[w_index].start
            yield Issue(part.start + shift, unit_end(text, part) + shift,
                        f"{_describe(part, text)} lớn hơn {_describe(whole, w_text)} đã nêu trước đó: phần không "
                        "thể vượt tổng.", None, Severity.WARNING,
                        (Related(whole.start + w_shift, unit_end(w_text, whole) + w_shift, "whole"),
                         Related(part.start + shift, unit_end(text, part) + shift, "part")))
        totals.extend((q, index, text) for q in own_totals)


_NO_UNITS = ((), ())


def _units_and_parts(reading, entities) -> tuple[tuple, tuple]:
    """A paragraph's assessed parts, each with the heads of the counts written before it, and the
    body's own units it states ("18 chi bộ trực thuộc"): read once per paragraph text, since a
    re-check after one edit walks every paragraph again."""
    text = reading.text
    if not _DIGIT.search(text):
        return _NO_UNITS
    layer = layer_of(reading, entities)
    spans = [(a, b) for s_start, s_end in layer_sentences(text, layer) for a, b in semicolon_spans(text, s_start, s_end)]
    parts = tuple((part, tuple((q.head, q.value) for q in layer.quantities
                               if q.start < part.start and q.kind == "count" and q.head))
                  for s_start, s_end in spans for part in assessed_parts(text, layer.quantities, s_start, s_end))
    own = [q for q in layer.quantities if q.kind == "count" and q.noun_class == "organisation" and q.head
           and _own_units(text, q)]
    # the members joined to those units by "với" are all the body's members: "26 chi đoàn trực thuộc với 1.136 đoàn viên"
    own += [m for q in own for m in layer.quantities if m.start > q.end and m.kind == "count" and m.head
            and m.noun_class == "person" and _WITH_WHOLE.fullmatch(text, unit_end(text, q), m.start)]
    return parts, tuple(own)


def _own_units(text: str, q: Quantity) -> bool:
    unit = text[q.end:unit_end(text, q)].strip().lower()
    return unit.endswith(" trực thuộc") and unit in (q.head, f"{q.head} trực thuộc") and \
        bool(_UNITS_OF_THE_BODY.search(text, max(0, q.start - 8), q.start))


_FAR = 1 << 40  # where a paragraph is placed, after its neighbour at 0, while its pair is read


def _with_neighbour(ctx: DocumentContext, check, previous, paragraph, layer) -> Iterator[Issue]:
    """The issues of ``check`` on a paragraph and the one before it, remembered by the two texts
    (a re-check after one edit reads again only the pairs it touched). They are computed with the
    neighbour at offset 0 and the paragraph at _FAR, which tells the two apart when they are moved
    to where the paragraphs now stand."""
    key = (check.__name__, previous.text, paragraph.text)
    found = ctx.memo.get(key)
    if found is None:
        # (the two paragraphs made directly: dataclasses.replace cost more than many checks, ~1,400 pairs a report)
        found = ctx.memo[key] = tuple(check(ctx, Paragraph(previous.index, 0, previous.text),
                                            Paragraph(paragraph.index, _FAR, paragraph.text), layer))

    def moved(offset: int) -> int:
        return offset - _FAR + paragraph.start if offset >= _FAR else offset + previous.start

    for issue in found:
        yield replace(issue, start=moved(issue.start), end=moved(issue.end),
                      related=tuple(replace(r, start=moved(r.start), end=moved(r.end)) for r in issue.related))


_PERIOD_WORDS = re.compile(r"(?<!\w)(?:quý|tháng|năm|lũy\s+kế|luỹ\s+kế|nhiệm\s+kỳ)(?!\w)")


def _clause_of(text: str, quantity: Quantity) -> str:
    start = max(text.rfind(";", 0, quantity.start), text.rfind(". ", 0, quantity.start)) + 1
    end = text.find(";", quantity.end)
    return text[start:end if end != -1 else len(text)].lower()


def _examined_in_paragraph_before(ctx: DocumentContext, previous, paragraph, layer) -> Iterator[Issue]:
    """"Đoàn đã kiểm tra 02 tổ chức đảng và 05 đảng viên …" then a paragraph "… số đảng viên được
    kết luận có vi phạm là 06": those found at fault are some of those examined in the paragraph
    before (a warning naming them). Read with the quantity layer's own relation on the two
    paragraphs side by side."""
    if "kiểm tra" not in previous.text and "giám sát" not in previous.text:
        return
    shift = len(previous.text) + 1
    text = previous.text + "\n" + paragraph.text
    quantities = [*paragraph_layer(ctx, previous).quantities, *(q.shifted(shift) for q in layer.quantities)]
    counts = [q for q in quantities if q.kind == "count" and q.role != "plan"]
    for relation in found_among_examined(text, counts):
        whole, part = relation.whole, relation.parts[0]
        if whole.start >= shift or part.start < shift or part.value <= whole.value:
            continue
        start, end = part.start - shift + paragraph.start, unit_end(text, part) - shift + paragraph.start
        yield Issue(start, end, f"{_describe(part, text)} lớn hơn {_describe(whole, text)} nêu ở đoạn trước "
                    f"(“{relation.cues[0].text}”): phần không thể vượt tổng.", None, Severity.WARNING,
                    (Related(whole.start + previous.start, unit_end(text, whole) + previous.start, "whole"),
                     Related(start, end, "part")))


_OF_THOSE_OPENING = re.compile(r"\s*(?:[-–•+*]\s*)?(?:Trong\s+(?:số\s+)?đó|Riêng)\s*[,:]", re.IGNORECASE)


def _parts_of_the_act_before(ctx: DocumentContext, previous, paragraph, layer) -> Iterator[Issue]:
    """"Ủy ban kiểm tra các cấp đã thi hành kỷ luật 72 tổ chức Đảng …" then a paragraph "Trong đó,
    ủy ban kiểm tra các địa phương … thi hành kỷ luật 80 tổ chức Đảng …": a count of the first
    sentence told with the act and noun of one count of the paragraph before (each number's event,
    quantities/scope.py) is some of it (inferred: a warning naming it)."""
    opening = _OF_THOSE_OPENING.match(paragraph.text)
    before = paragraph_layer(ctx, previous)
    end = next((e for s, e in layer_sentences(paragraph.text, layer)), len(paragraph.text))
    for part in layer.quantities:
        if not opening.end() <= part.start < end or part.kind != "count" or part.event in (None, "có") \
                or part.role == "plan" or part.modifier is not None or part.head is None:
            continue
        wholes = [q for q in before.quantities if q.kind == "count" and q.event == part.event and q.head == part.head
                  and q.role != "plan" and q.modifier is None]
        if len(wholes) != 1 or part.value <= wholes[0].value:
            continue
        whole, shift = wholes[0], paragraph.start
        yield Issue(part.start + shift, unit_end(paragraph.text, part) + shift,
                    f"{_describe(part, paragraph.text)} ({part.event}) lớn hơn {_describe(whole, previous.text)} nêu ở "
                    "đoạn trước, mà đoạn này mở đầu “Trong đó”: phần không thể vượt tổng.", None, Severity.WARNING,
                    (Related(whole.start + previous.start, unit_end(previous.text, whole) + previous.start, "whole"),
                     Related(part.start + shift, unit_end(paragraph.text, part) + shift, "part")))


def _in_those_of_paragraph_before(ctx: DocumentContext, previous, paragraph, layer) -> Iterator[Issue]:
    """"… kết nạp 40 đảng viên mới." then a paragraph "Trong số đảng viên mới kết nạp có 45
    đồng chí …": the count of the last sentence before that has the named noun is the whole
    of the counts of the first sentence (inferred: a warning naming it)."""
    opening = IN_THOSE.match(paragraph.text, len(paragraph.text) - len(paragraph.text.lstrip("-–•+* ")))  # a bullet first
    if opening is None:
        return
    before = paragraph_layer(ctx, previous)
    last = previous.text.rstrip().rstrip(".").rfind(". ") + 1
    head = head_of(opening["noun"])[0]
    wholes = [q for q in before.quantities if q.start >= last and q.kind == "count" and q.head == head
              and q.role != "plan"]
    if len(wholes) > 1:  # "Quý III kết nạp 14 …; lũy kế 9 tháng kết nạp 31 …" then "… kết nạp trong quý": the quarter's
        periods = set(_PERIOD_WORDS.findall(opening["noun"].lower()))
        wholes = [q for q in wholes if periods and periods <= set(_PERIOD_WORDS.findall(_clause_of(previous.text, q)))]
    if len(wholes) != 1 or not names_its_sentence(opening["noun"], previous.text, wholes[0],
                                                  layer_sentences(previous.text, before)):
        return
    whole = wholes[0]
    end = next((e for s, e in layer_sentences(paragraph.text, layer)), len(paragraph.text))
    for part in layer.quantities:
        if opening.end() <= part.start < end and part.kind == "count" and part.role != "plan" \
                and part.noun_class is not None and part.noun_class == whole.noun_class and part.value > whole.value:
            shift = paragraph.start
            yield Issue(part.start + shift, unit_end(paragraph.text, part) + shift,
                        f"{_describe(part, paragraph.text)} lớn hơn {_describe(whole, previous.text)} nêu ở đoạn trước "
                        f"(“{opening['noun']}”): phần không thể vượt tổng.", None, Severity.WARNING,
                        (Related(whole.start + previous.start, unit_end(previous.text, whole) + previous.start, "whole"),
                         Related(part.start + shift, unit_end(paragraph.text, part) + shift, "part")))
            return


def _assessed_above_total_before(ctx: DocumentContext, previous, paragraph, layer) -> Iterator[Issue]:
    """"Đảng bộ có 25 chi bộ." then a paragraph "Qua kiểm tra, có 27 chi bộ thực hiện tốt quy
    chế.": the assessed count cannot exceed the total stated in the paragraph before (a warning)."""
    sentences = layer_sentences(paragraph.text, layer)
    before = paragraph_layer(ctx, previous)
    before_sentences = layer_sentences(previous.text, before)
    if not sentences or not before_sentences:
        return
    for part in assessed_parts(paragraph.text, layer.quantities, *sentences[0]):
        wholes = [q for q in before.quantities if q.kind == "count" and q.head and q.role != "plan"
                  and heads_agree(q.head, part.head) and q.noun_class == part.noun_class]
        if not wholes:
            continue
        whole = wholes[-1]
        w_start = next(s for s, e in before_sentences if s <= whole.start < e) if any(
            s <= whole.start < e for s, e in before_sentences) else 0
        if whole.value >= part.value or not stated_total(previous.text, whole, w_start):
            continue
        shift = paragraph.start
        yield Issue(part.start + shift, unit_end(paragraph.text, part) + shift,
                    f"{_describe(part, paragraph.text)} lớn hơn {_describe(whole, previous.text)} nêu ở đoạn trước "
                    f"(“{previous.text[w_start:unit_end(previous.text, whole)].strip()}”): phần không thể vượt tổng.",
                    None, Severity.WARNING,
                    (Related(whole.start + previous.start, unit_end(previous.text, whole) + previous.start, "whole"),
                     Related(part.start + shift, unit_end(paragraph.text, part) + shift, "part")))


def layer_sentences(text: str, layer) -> list[tuple[int, int]]:
    """The sentences of a paragraph as its clauses group them."""
    spans: dict[int, tuple[int, int]] = {}
    for clause in layer.clauses:
        start, end = spans.get(clause.sentence, (clause.start, clause.end))
        spans[clause.sentence] = (min(start, clause.start), max(end, clause.end))
    return [spans[k] for k in sorted(spans)]


# "số chỉ tiêu đạt 44/57", "Số đảng viên được đánh giá: 45/42": the counted noun named before a bare ratio
_NOUN_THEN_RATIO = re.compile(r"(?<!\w)[Ss]ố\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)"
                              r"(?:\s+(?:đạt|được\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|là|hoàn\s+thành))?\s*:?\s*$")


def _noun_named_before(text: str, ratio: Quantity) -> str | None:
    """The head of the counted noun named before a bare ratio, if any."""
    named = _NOUN_THEN_RATIO.search(text, max(0, ratio.start - 50), ratio.start)
    head, noun_class, _ = head_of(named["noun"]) if named else (None, None, None)
    return head if noun_class not in (None, "time", "money") else None


def _levels_of_its_change(text: str, ratio: Quantity, layer) -> bool:
    """"so với cùng kỳ tăng 93 vụ (206/113 vụ)": a bracket right after a change gives the two levels it compares,
    this period's over the other's; they differ by the change, or by its rate ("tăng 82,3% (206/113 vụ)")."""
    if not ratio.total or not text[:ratio.start].rstrip().endswith("("):
        return False
    compared = _COMPARED_WAY.search(text, max(0, ratio.start - 90), ratio.start)
    if compared:
        # "so với cùng kỳ năm 2014 tăng (436/392 tin báo)", "tăng so với năm trước (58/47 vụ)": a change told without
        # its amount, then the two levels it compares, the way it went
        return (ratio.value > ratio.total) == (compared["way"] or compared["way2"]).lower().startswith("tăng")
    before = [q for q in layer.quantities if q.end <= ratio.start]
    change = before[-1] if before else None
    if change is None or change.modifier != "change" or ratio.start - change.end > 48 \
            or any(mark in text[change.end:ratio.start] for mark in ";."):
        return False
    if change.kind == "percent":
        return _matches(abs(ratio.value / ratio.total - 1) * 100, change.value, change.decimals or 0)
    return change.kind == "count" and change.value == abs(ratio.value - ratio.total)


# (the period compared with may name its year, no other number: "tăng so với cùng kỳ 12 vụ (…)" tells an amount)
_PERIOD = r"[^.;:()\d]{1,50}?(?:\d{4}[^.;:()\d]{0,40}?)?"
_COMPARED_WAY = re.compile(rf"(?:(?<!\w)so\s+với{_PERIOD}(?<!\w)(?P<way>tăng|giảm)|(?<!\w)(?P<way2>tăng|giảm)\s+so\s+với"
                           rf"{_PERIOD})\s*\(\s*$", re.IGNORECASE)


def _restated_above_100(ratio: Quantity, layer) -> bool:
    return any(r.kind == "share-of" and r.whole is ratio and r.share.value > 100 for r in layer.relations)


def _plan_sentence(text: str, quantity: Quantity, layer) -> bool:
    return bool(_PLAN_CONTEXT.search(_sentence_around(text, quantity, layer)))


def _sentence_around(text: str, quantity: Quantity, layer) -> str:
    for clause in layer.clauses:
        if clause.start <= quantity.start < clause.end:
            sentence = [c for c in layer.clauses if c.sentence == clause.sentence]
            return text[sentence[0].start:sentence[-1].end]
    return ""


# "theo đúng kế hoạch", "đúng kế hoạch": on schedule, no planned figure
_ON_SCHEDULE = re.compile(r"(?:theo\s+)?đúng\s+kế\s+hoạch", re.IGNORECASE)


def _ratio_of_its_own(text: str, whole: Quantity, layer) -> bool:
    """A ratio "a/b" that no plan word of its sentence makes a result over its plan: a tally of targets ("hoàn thành
    22/21 chỉ tiêu Nghị quyết đề ra": b targets set, a of them met, never more), or a sentence whose only plan word
    says it ran on schedule ("19/18 chi bộ đã tổ chức đại hội … theo đúng kế hoạch")."""
    if whole.kind != "ratio":
        return False
    if (whole.head or _noun_named_before(text, whole)) in TALLY_HEADS:
        return True
    return not _PLAN_CONTEXT.search(_ON_SCHEDULE.sub(" ", _sentence_around(text, whole, layer)))


@rule("sum-mismatch", severity=Severity.ERROR, title="Các phần không cộng đúng tổng", examples=(
    Example("Tổng số đơn thư nhận được là 18 đơn, gồm 10 đơn tố cáo, 5 đơn khiếu nại và 2 đơn phản ánh.", "18", "17"),
    Example("Tổng số đơn thư nhận được là 17 đơn, gồm 10 đơn tố cáo, 5 đơn khiếu nại và 2 đơn phản ánh."),
    # what was done of the item before ("đủ điều kiện, đã xét …") is no next item of the list
    Example("Chi bộ rà soát 25 hồ sơ; trong đó 18 hồ sơ đủ điều kiện, đã xét 15 hồ sơ; 7 hồ sơ còn lại chưa đủ điều kiện."),
    # an item whose count comes after "đối với" (those the action was taken for) is one of the list
    Example("Năm 2025 đã xử lý kỷ luật 36 đảng viên bằng các hình thức: khiển trách 20 đảng viên, cảnh cáo 10 đảng viên "
            "và nhắc nhở đối với 6 đảng viên."),
    Example("Chi hội đã xử lý 27 hội viên vi phạm: cảnh cáo 5 hội viên, khiển trách 8 hội viên, nhắc nhở đối với 14 hội "
            "viên."),
    Example("Qua thanh tra đã xử lý 64 cá nhân bằng các hình thức: cảnh cáo 15 cá nhân, khiển trách 9 cá nhân và rút "
            "kinh nghiệm đối với 40 cá nhân."),
    Example("Năm 2025 đã xử lý kỷ luật 36 đảng viên bằng các hình thức: khiển trách 20 đảng viên, cảnh cáo 10 đảng viên "
            "và nhắc nhở đối với 9 đảng viên.", "36", "39"),
    Example("Chi hội đã xử lý 27 hội viên vi phạm: cảnh cáo 5 hội viên, khiển trách 8 hội viên, nhắc nhở đối với 11 hội "
            "viên.", "27"),
    # a ratio whose part is split right after it (by a colon into levels, or "chia ra"): the part is the whole
    Example("Kết quả đánh giá 21/22 chi đoàn: 6 chi đoàn vững mạnh, 12 chi đoàn khá, 4 chi đoàn trung bình.",
            "21/22 chi đoàn"),
    Example("Kết quả đánh giá 21/22 chi đoàn: 6 chi đoàn vững mạnh, 12 chi đoàn khá, 3 chi đoàn trung bình."),
    Example("Kết quả đánh giá 21/22 chi đoàn: 6 chi đoàn vững mạnh, 12 chi đoàn khá, còn lại trung bình."),
    # a bracket right after a count, each item counted by a level in place of the whole's noun (a warning naming it)
    Example("Vĩnh Phúc có 63 học sinh (4 giải Nhất, 36 giải Nhì, 25 giải Ba).", "63 học sinh"),
    Example("Vĩnh Phúc có 63 học sinh (4 giải Nhất, 34 giải Nhì, 25 giải Ba)."),
    Example("Dự hội nghị có đại diện 9 trường (3 mầm non, 3 tiểu học, 2 THCS) trên địa bàn.", "9 trường"),
    Example("Đội tuyển có 12 học sinh (đoạt 4 giải Nhất, 9 giải Nhì)."),
    Example("Xã có 5 trường (1.284 học sinh, 86 giáo viên)."),
    Example("Vĩnh Phúc có 63 học sinh dự thi (4 giải Nhất, 36 giải Nhì, 25 giải Ba)."),
    Example("Dự hội nghị có đại diện 9 trường (3 mầm non, 4 tiểu học, 3 THCS; 1 trường liên cấp tính ở hai cấp)."),
    # a whole named first, then sorted by the levels of one classification: they cannot pass it, may fall short
    Example("Năm 2024, trong 20 chi bộ của Đảng bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 16 chi bộ hoàn thành tốt "
            "nhiệm vụ.", "20 chi bộ"),
    Example("Năm 2024, trong 20 chi bộ của Đảng bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 15 chi bộ hoàn thành tốt "
            "nhiệm vụ."),
    Example("Năm 2024, trong 20 chi bộ của Đảng bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 12 chi bộ hoàn thành tốt "
            "nhiệm vụ."),
    Example("Năm 2024, trong 30 xã, có 20 xã đạt chuẩn nông thôn mới; có 15 xã đạt chuẩn văn hóa."),
    # "dẫn đầu", "vững mạnh" name a level: the count they name opens the levels, it is no total of the others
    Example("Năm 2023, huyện có 6 chi hội vững mạnh, 4 chi hội khá và 1 chi hội yếu."),
    Example("Bình xét thi đua có 2 trường dẫn đầu, 5 trường hoàn thành xuất sắc và 3 trường hoàn thành tốt."),
    # a bound or an estimate ("trên 100 hộ", "đạt hơn 300 triệu đồng") is no figure to add up; "cấp trên" is no bound
    Example("Năm qua đã hỗ trợ trên 100 hộ, gồm 60 hộ nghèo và 70 hộ cận nghèo."),
    Example("Tổng thu đạt 500 triệu đồng. Trong đó, thu thuế đạt hơn 300 triệu đồng; thu phí đạt 150 triệu đồng."),
    Example("Tổng thu ngân sách đạt 41.260 triệu đồng, gồm: thu cân đối 28.470 triệu đồng và thu bổ sung từ ngân sách "
            "cấp trên 11.850 triệu đồng.", "41.260 triệu đồng"),
    # an amount, its share of the plan, then the list of what it is made of
    Example("Tổng giá trị sản xuất đạt 55.722 triệu đồng, đạt 78,2% so với kế hoạch, trong đó: nông nghiệp 28.279 "
            "triệu đồng; thương mại - dịch vụ 19.611 triệu đồng; công nghiệp và xây dựng 8.832 triệu đồng.",
            "55.722 triệu đồng"),
    Example("Tổng giá trị sản xuất đạt 55.722 triệu đồng, đạt 78,2% so với kế hoạch, trong đó: nông nghiệp 28.279 "
            "triệu đồng; thương mại - dịch vụ 18.611 triệu đồng; công nghiệp và xây dựng 8.832 triệu đồng."),
    Example("Tổng chi ngân sách 14.305 triệu đồng, bằng 68,2% dự toán; trong đó chi đầu tư 3.980 triệu đồng, chi "
            "thường xuyên 9.862 triệu đồng."),
    # items each with their amount in brackets after their words, whomever those words name ("cho hộ cận nghèo")
    Example("Quỹ chi 86 triệu đồng, gồm: sửa 3 nhà (45 triệu đồng, 15 triệu đồng/nhà); tặng 78 suất quà cho hộ cận "
            "nghèo (39 triệu đồng).", "86 triệu đồng", "84 triệu đồng"),
    Example("Quỹ chi 84 triệu đồng, gồm: sửa 3 nhà (45 triệu đồng, 15 triệu đồng/nhà); tặng 78 suất quà cho hộ cận "
            "nghèo (39 triệu đồng)."),
    Example("Năm qua đã khen thưởng 48 tập thể (12 chi bộ và 35 tổ dân phố).", "48", "47"),
    Example("Năm qua đã khen thưởng 47 tập thể (12 chi bộ và 35 tổ dân phố)."),
    # a total split after what describes it (its growth, its plan or base in brackets): a warning naming the total
    Example("Tổng vốn đầu tư 54,8 tỷ đồng, tăng 12% so với năm trước, cụ thể: vốn ngân sách 30,5 tỷ đồng; vốn doanh "
            "nghiệp 20,1 tỷ đồng; vốn dân góp 4,7 tỷ đồng.", "54,8"),
    Example("Tổng vốn đầu tư 54,8 tỷ đồng, tăng 12% so với năm trước, cụ thể: vốn ngân sách 30,5 tỷ đồng; vốn doanh "
            "nghiệp 20,1 tỷ đồng; vốn dân góp 4,2 tỷ đồng."),
    # the levels of those rated, the exempt named beside the total: not short of it
    Example("Chi bộ có 40 đảng viên, 4 đồng chí được miễn đánh giá. Xếp loại: hoàn thành xuất sắc nhiệm vụ 6 đồng chí, "
            "hoàn thành tốt nhiệm vụ 25 đồng chí, hoàn thành nhiệm vụ 5 đồng chí."),
    Example("Ủy ban Kiểm tra thi hành kỷ luật 15 đảng viên. Trong đó: khiển trách 9, cảnh cáo 4, cách chức 1.",
            "15", "14"),
    Example("Ủy ban Kiểm tra thi hành kỷ luật 14 đảng viên. Trong đó: khiển trách 9, cảnh cáo 4, cách chức 1."),
    Example("Xếp loại 80 đảng viên: hoàn thành xuất sắc 12, hoàn thành tốt 55, hoàn thành 11, không hoàn thành 3.",
            "80", "81"),
    Example("Xếp loại 81 đảng viên: hoàn thành xuất sắc 12, hoàn thành tốt 55, hoàn thành 11, không hoàn thành 3."),
    Example("Phân loại 28 tổ chức cơ sở đảng: 6 trong sạch vững mạnh tiêu biểu, 18 hoàn thành tốt nhiệm vụ, "
            "5 hoàn thành nhiệm vụ.", "28", "29"),
    Example("Phân loại 29 tổ chức cơ sở đảng: 6 trong sạch vững mạnh tiêu biểu, 18 hoàn thành tốt nhiệm vụ, "
            "5 hoàn thành nhiệm vụ."),
    Example("Năm qua kỷ luật 15 đảng viên. Hình thức: khiển trách 9, cảnh cáo 4, cách chức 1.", "15", "14"),
    Example("Năm qua kỷ luật 14 đảng viên. Hình thức: khiển trách 9, cảnh cáo 4, cách chức 1."),
    Example("Tổng số phiếu phát ra 45 phiếu; trong đó hợp lệ 43 phiếu, không hợp lệ 1 phiếu.", "45", "44"),
    Example("Tổng số phiếu phát ra 45 phiếu; trong đó hợp lệ 44 phiếu, không hợp lệ 1 phiếu."),
    Example("Khen thưởng 25 tập thể, gồm: 10 chi bộ, 8 tổ dân phố, 5 đoàn thể.", "25", "23"),
    Example("Khen thưởng 23 tập thể, gồm: 10 chi bộ, 8 tổ dân phố, 5 đoàn thể."),
    # "với các hình thức:" lists every form of discipline
    Example("Thi hành kỷ luật 7 đảng viên với các hình thức: khiển trách 4 đồng chí, cảnh cáo 2 đồng chí, "
            "cách chức 2 đồng chí.", "7", "8"),
    Example("Thi hành kỷ luật 8 đảng viên với các hình thức: khiển trách 4 đồng chí, cảnh cáo 2 đồng chí, "
            "cách chức 2 đồng chí."),
    # an item whose noun the layer cannot class: the listed sum is not known
    Example("Khen thưởng 25 tập thể, gồm: 10 chi bộ, 8 tổ dân phố, 5 đội văn nghệ."),
    # "gồm" a few words after the whole, no colon; a number that is no quantity ("1 tuổi") between
    Example("Trạm Y tế đã tiêm chủng đầy đủ cho 126 trẻ dưới 1 tuổi, gồm 64 trẻ nam và 60 trẻ nữ.", "126", "124"),
    Example("Trạm Y tế đã tiêm chủng đầy đủ cho 124 trẻ dưới 1 tuổi, gồm 64 trẻ nam và 60 trẻ nữ."),
    # "Số … chia ra:" against the count of that noun stated before (an inferred whole: a warning)
    Example("Năm 2025 kết nạp 47 đảng viên. Số đảng viên mới chia ra: khối dân cư 21, khối trường học 12, "
            "khối doanh nghiệp 6, khối cơ quan 6.", "21"),
    Example("Năm 2025 kết nạp 47 đảng viên. Số đảng viên mới chia ra: khối dân cư 21, khối trường học 12, "
            "khối doanh nghiệp 6, khối cơ quan 8."),
    Example("Đã xét kết nạp 14 quần chúng ưu tú, gồm 6 đoàn viên thanh niên, 5 hội viên phụ nữ và 4 quần chúng khác.",
            "14", "15"),
    Example("Đã xét kết nạp 15 quần chúng ưu tú, gồm 6 đoàn viên thanh niên, 5 hội viên phụ nữ và 4 quần chúng khác."),
    # A "gồm" list that ends with an item without a number does not claim to be all.
    Example("Hội nghị có 150 đại biểu, gồm 45 đồng chí Ủy viên Ban Chấp hành, 75 đồng chí bí thư chi bộ và "
            "đại diện các ban, ngành."),
    # forms after "hình thức:", in a clause of their own; a total after its parts; money at its printed precision
    Example("Thi hành kỷ luật 7 đảng viên, hình thức: khiển trách 4, cảnh cáo 2, cách chức 2.", "7", "8"),
    Example("Đảng ủy đã thi hành kỷ luật 15 đảng viên vi phạm; các hình thức kỷ luật gồm khiển trách 9 đồng chí, "
            "cảnh cáo 4 đồng chí, cách chức 1 đồng chí.", "15", "14"),
    Example("Đảng ủy đã thi hành kỷ luật 14 đảng viên vi phạm; các hình thức kỷ luật gồm khiển trách 9 đồng chí, "
            "cảnh cáo 4 đồng chí, cách chức 1 đồng chí."),
    Example("Xếp loại chi bộ: 12 chi bộ hoàn thành xuất sắc nhiệm vụ, 38 chi bộ hoàn thành tốt nhiệm vụ, 8 chi bộ "
            "hoàn thành nhiệm vụ; tổng cộng 57 chi bộ.", "57", "58"),
    Example("Xếp loại chi bộ: 12 chi bộ hoàn thành xuất sắc nhiệm vụ, 38 chi bộ hoàn thành tốt nhiệm vụ, 8 chi bộ "
            "hoàn thành nhiệm vụ; tổng cộng 58 chi bộ."),
    Example("Khen thưởng 12 tập thể và 30 cá nhân, tổng cộng 42 lượt khen thưởng."),
    # counts named by their level ("8 khiển trách"); a "trong đó:" list of levels
    Example("Thi hành kỷ luật 14 đảng viên, gồm: 8 khiển trách, 4 cảnh cáo, 1 cách chức.", "14", "13"),
    Example("Thi hành kỷ luật 13 đảng viên, gồm: 8 khiển trách, 4 cảnh cáo, 1 cách chức."),
    Example("Chi bộ có 45 đảng viên được đánh giá, trong đó: hoàn thành xuất sắc nhiệm vụ 8 đồng chí; hoàn thành tốt "
            "nhiệm vụ 30 đồng chí; hoàn thành nhiệm vụ 6 đồng chí.", "45"),
    Example("Tiếp nhận 1.284 hồ sơ. Cụ thể: hộ tịch 612; chứng thực 455; đất đai 128; lĩnh vực khác 97.", "1.284",
            "1.292"),
    Example("Năm 2025, kết nạp 52 đảng viên mới, gồm: khối xã, phường 30 đồng chí; khối doanh nghiệp 12 đồng chí; "
            "khối trường học 9 đồng chí.", "52", "51"),
    Example("Tổng vốn đầu tư 12,5 tỷ đồng, gồm: ngân sách tỉnh 8 tỷ đồng, ngân sách xã 3 tỷ đồng, nhân dân đóng góp "
            "1,2 tỷ đồng.", "12,5 tỷ đồng", "12,2 tỷ đồng"),
    Example("Tổng vốn đầu tư 12,2 tỷ đồng, gồm: ngân sách tỉnh 8 tỷ đồng, ngân sách xã 3 tỷ đồng, nhân dân đóng góp "
            "1,2 tỷ đồng."),
    # A bracket or list far short of its whole notes some of it, it does not split it.
    Example("Tổng số đảng viên của chi bộ 27 đồng chí (2 đồng chí miễn sinh hoạt, 1 đồng chí sinh hoạt tạm thời)."),
    # A bracket of the units an organisation is made of (lower levels) is no split of its count.
    Example("Toàn tỉnh có 96 đảng bộ cơ sở (42 đảng bộ bộ phận và 815 chi bộ trực thuộc) và 130 chi bộ cơ sở."),
    Example("Đảng bộ Khối có 18 đảng bộ cơ sở (với 5 đảng bộ bộ phận, 96 chi bộ trực thuộc)."),
    Example("Đảng ủy xã có 3 đảng bộ bộ phận (14 chi bộ trực thuộc và 2 tổ đảng)."),
    Example("Đảng bộ huyện có 52 tổ chức cơ sở đảng (20 đảng bộ cơ sở và 30 chi bộ cơ sở).", "52", "50"),
    # Subsets by a property are never summed.
    Example("Kết nạp 52 đảng viên, trong đó 18 nữ, 7 người dân tộc thiểu số, 30 đoàn viên."),
    Example("Chi bộ có 30 đảng viên, trong đó có 5 đảng viên dự bị."),
    # a bracket of the levels of one classification is all of the count, "nữ" or not
    Example("Đoàn xã có 150 đoàn viên (70 nam, 82 nữ).", "150", "152"),
    Example("Đoàn xã có 150 đoàn viên (70 nữ, 12 người dân tộc thiểu số)."),
    # "xuất sắc" tops the grades of learners ("giỏi", "khá"): the first grade listed opens the levels, no total of them
    Example("Năm học này trường có 12 học sinh xuất sắc, 145 học sinh giỏi, 210 học sinh khá."),
    Example("Kết quả xếp loại tốt nghiệp có 8 học viên xuất sắc; 56 học viên giỏi; 97 học viên khá."),
    Example("Khóa đào tạo có 5 sinh viên xuất sắc, 40 sinh viên giỏi và 62 sinh viên khá, 30 sinh viên trung bình."),
    Example("Tổng số 120 học sinh, gồm 12 học sinh xuất sắc, 45 học sinh giỏi, 60 học sinh khá.", "120", "117"),
    # a bracket after the base a count was named against ("X … trong tổng số W (…)") may split the count: its sum says
    # which; a bracket that adds up to neither stays on the base
    Example("Kỳ này tuyển được 95 học viên trong tổng số 120 hồ sơ dự tuyển (40 nữ, 55 nam); 38 học viên khác học "
            "lớp buổi tối."),
    Example("Hội đã kết nạp 66 hội viên mới trên tổng số 90 người được giới thiệu (24 hội viên nữ và 42 hội viên "
            "nam)."),
    Example("Đã có 124 hộ nhận hỗ trợ trong tổng số 150 hộ đăng ký (70 hộ nghèo, 54 hộ cận nghèo)."),
    Example("Kỳ này tuyển được 95 học viên trong tổng số 120 hồ sơ dự tuyển (50 nữ, 60 nam).", "120"),
    Example("Có 52 đại biểu trúng cử trong tổng số 88 người ứng cử (40 nữ, 47 nam).", "88"),
    Example("Chi bộ đã kết nạp 12 đảng viên trong tổng số 30 quần chúng được bồi dưỡng (12 nữ, 17 nam).", "30"),
    # a few words about the counted, then "trong đó" and its kinds, each named before its number (a comma may sit
    # inside a name); the whole's own noun among the names is no property picking some of it out
    Example("Đoàn phường đã giới thiệu 64 đoàn viên ưu tú cho chi bộ xem xét, trong đó khối khu phố là 41 đoàn viên, "
            "khối trường học là 9 đoàn viên, khối cơ quan, doanh nghiệp là 5 đoàn viên.", "64", "55"),
    Example("Đoàn phường đã giới thiệu 55 đoàn viên ưu tú cho chi bộ xem xét, trong đó khối khu phố là 41 đoàn viên, "
            "khối trường học là 9 đoàn viên, khối cơ quan, doanh nghiệp là 5 đoàn viên."),
    Example("Năm nay xã kết nạp 38 hội viên mới trong năm, trong đó chi hội thôn 2 có 15 hội viên, chi hội thôn 5 có "
            "19 hội viên, chi hội thôn 7 có 11 hội viên.", "38", "45"),
    Example("Toàn huyện vận động được 930 hộ tham gia, trong đó xã Đông: 320 hộ, xã Tây: 290 hộ, thị trấn: 260 hộ.",
            "930", "870"),
    Example("Năm nay xã kết nạp 45 hội viên mới, trong đó nữ 30 hội viên, thanh niên 25 hội viên."),
    # an item may end with words of its own before the comma ("… giới thiệu cho chi bộ, khối trường học …")
    Example("Huyện đoàn đã giới thiệu 58 đoàn viên ưu tú cho cấp ủy, trong đó, khối xã, thị trấn đã có 41 đoàn viên ưu "
            "tú giới thiệu cho chi bộ, khối trường học đã có 12 đoàn viên ưu tú giới thiệu cho chi bộ.", "58", "53"),
    Example("Huyện đoàn đã giới thiệu 53 đoàn viên ưu tú cho cấp ủy, trong đó, khối xã, thị trấn đã có 41 đoàn viên ưu "
            "tú giới thiệu cho chi bộ, khối trường học đã có 12 đoàn viên ưu tú giới thiệu cho chi bộ."),
    # a few words about the counted, then the breakdown after "chia ra:", "cụ thể:"
    Example("Có 35 đảng viên tham gia góp ý, chia ra: khối Đảng 12 đồng chí, khối chính quyền 15 đồng chí, khối "
            "đoàn thể 10 đồng chí.", "35", "37"),
    Example("Có 35 đảng viên tham gia góp ý, chia ra: khối Đảng 12 đồng chí, khối chính quyền 13 đồng chí, khối "
            "đoàn thể 10 đồng chí."),
    Example("Có 30 đảng viên được tặng Huy hiệu Đảng, cụ thể: 12 đồng chí huy hiệu 30 năm, 10 đồng chí huy hiệu "
            "40 năm và các đồng chí khác."),
    # a period's end is its start plus what came in minus what went out (a warning: a movement may go unsaid)
    Example("Đầu năm Chi bộ có 45 đảng viên; trong năm kết nạp 3 đảng viên, chuyển đi 2 đồng chí. Đến cuối năm, Chi "
            "bộ có 47 đảng viên.", "47 đảng viên", "46 đảng viên"),
    Example("Đầu năm Chi bộ có 45 đảng viên; trong năm kết nạp 3 đảng viên, chuyển đi 2 đồng chí. Đến cuối năm, Chi "
            "bộ có 46 đảng viên."),
    Example("Trong 6 tháng đầu năm, xã tiếp nhận 120 hồ sơ, giảm 15 hồ sơ so với cùng kỳ; còn 8 hồ sơ đang giải quyết."),
    # what is left after some went is the count less those gone (a warning naming the count)
    Example("Toàn xã có 75 hộ nghèo, năm qua đã xóa được 28 hộ nghèo, hiện còn 49 hộ nghèo.", "49 hộ nghèo",
            "47 hộ nghèo"),
    Example("Toàn xã có 75 hộ nghèo, năm qua đã xóa được 28 hộ nghèo, hiện còn 47 hộ nghèo."),
    # a total a thousand times its parts: a decimal comma written as a thousands point
    Example("Tổng vốn đầu tư là 27.350 tỷ đồng, gồm vốn ngân sách 19,1 tỷ đồng và vốn xã hội hóa 8,25 tỷ đồng.",
            "27.350 tỷ đồng", "27,35 tỷ đồng"),
    Example("Tổng vốn đầu tư là 27,35 tỷ đồng, gồm vốn ngân sách 19,1 tỷ đồng và vốn xã hội hóa 8,25 tỷ đồng."),
    # The shares of a distribution are parts of one whole, 100 %: those of the levels of one classification cannot
    # exceed it together, and every level from the top to the bottom make it up (moved here from percent-mismatch:
    # a sum of shares, which the writers of every dev set mark as a sum, not as one share's arithmetic)
    # the shares of a composition cannot pass 100 % (a warning: read from their labels)
    Example("Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 35,2%; công nghiệp - xây dựng 30,1%; thương mại - dịch vụ "
            "36,7%.", "35,2%"),
    Example("Cơ cấu đại biểu: nữ 45%, đảng viên 80%, dân tộc thiểu số 15%, trẻ tuổi 20%."),
    # the shares of a school's rating levels cannot exceed 100 % together
    Example("Học lực học kỳ I: giỏi 28,4%, khá 45,2%, trung bình 24,1%, yếu 4,3%.", "28,4%"),
    Example("Học lực học kỳ I: giỏi 28,4%, khá 45,2%, trung bình 24,1%, yếu 2,3%."),
    # Shares of the levels of one classification cannot exceed 100 % together.
    Example("Kết quả xếp loại đảng viên: hoàn thành xuất sắc nhiệm vụ 15%, hoàn thành tốt nhiệm vụ 78,8%, "
            "hoàn thành nhiệm vụ 13,8%, không hoàn thành nhiệm vụ 2,5%.", "78,8%"),
    Example("Kết quả xếp loại đảng viên: hoàn thành xuất sắc nhiệm vụ 15%, hoàn thành tốt nhiệm vụ 68,8%, "
            "hoàn thành nhiệm vụ 13,8%, không hoàn thành nhiệm vụ 2,5%."),
    # every level from the top to the bottom: together 100 %
    Example("Xếp loại tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ đạt 20%, hoàn thành tốt nhiệm vụ 65%, "
            "hoàn thành nhiệm vụ 10%, không hoàn thành nhiệm vụ 3%.", "65%"),
    Example("Xếp loại tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ đạt 20%, hoàn thành tốt nhiệm vụ 65%, "
            "hoàn thành nhiệm vụ 12%, không hoàn thành nhiệm vụ 3%."),
    Example("Xếp loại: hoàn thành xuất sắc nhiệm vụ 20%, hoàn thành tốt nhiệm vụ 65%, hoàn thành nhiệm vụ 10%."),
    # a level holding the top one in its bracket ("(trong đó … tiêu biểu)"), the bottom one "yếu kém"
    Example("Chi bộ trực thuộc đạt trong sạch, vững mạnh, chiếm 90,50% (trong đó, có 20,10% chi bộ trong sạch, vững "
            "mạnh tiêu biểu); hoàn thành tốt nhiệm vụ chiếm 7,20%; hoàn thành nhiệm vụ chiếm 1,20%; yếu kém chiếm "
            "0,10%.", "7,20%"),
    Example("Chi bộ trực thuộc đạt trong sạch, vững mạnh, chiếm 90,50% (trong đó, có 20,10% chi bộ trong sạch, vững "
            "mạnh tiêu biểu); hoàn thành tốt nhiệm vụ chiếm 8,20%; hoàn thành nhiệm vụ chiếm 1,20%; yếu kém chiếm "
            "0,10%."),
    # shares of kinds that exclude each other ("loại hình", "khối", "lĩnh vực": resources/share_classifiers.txt)
    Example("Trong đó, khối xã, phường chiếm 62,5%; khối doanh nghiệp chiếm 14,2%; khối cơ quan chiếm 18,6%; khối "
            "lực lượng vũ trang chiếm 7,1%.", "62,5%"),
    Example("Trong đó, khối xã, phường chiếm 62,5%; khối doanh nghiệp chiếm 14,2%; khối cơ quan chiếm 16,2%; khối "
            "lực lượng vũ trang chiếm 7,1%."),
    # an act done on the item before ("đã được trả lời 27") is of that item, not another item of the whole
    Example("Tiếp nhận 40 kiến nghị; trong đó 25 kiến nghị thuộc thẩm quyền của xã, đã được trả lời 23 kiến nghị."),
))
def sum_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """The parts of an exhaustive breakdown ("gồm", "bao gồm", "chia ra", "cụ thể", a bracket
    after the whole, or the levels of one classification: xếp loại, hình thức kỷ luật, có
    mặt/vắng) must add up to their whole: an error either way. A "trong đó" list of kinds
    of the whole's noun ("24 chi bộ, trong đó 13 chi bộ ấp, 6 chi bộ trường học …") may be
    partial: short is a warning, more than the whole an error. Subsets by a property (nữ,
    dân tộc thiểu số, đoàn viên) are never summed. A level at a period's end is its start plus
    what came in minus what went out ("đầu năm 45, kết nạp 3, chuyển đi 2, cuối năm 46"): a
    warning, since a movement may go unsaid. The shares of a distribution are parts of 100 %: together they
    cannot pass it, and every level of a rating from the top to the bottom must make it up."""
    layer = quantities_of(ctx)
    yield from _distribution_issues(ctx.text, layer)
    for relation in layer.of("sum-of"):
        whole, parts = relation.whole, relation.parts
        if membership_parts(relation, ctx.text):
            continue  # chính thức + dự bị against the members: attendance-mismatch
        if vote_levels(parts, ctx.text):
            continue  # votes against voters: vote-mismatch (fewer votes than voters is no error)
        if presence_parts(parts, ctx.text) and any(r.kind == "presence" and r.whole is whole
                                                   for r in layer.of("presence")):
            continue  # present and absent against the members: attendance-mismatch
        if _BALLOTS_COLLECTED.search(ctx.text, max(0, whole.start - 30), whole.start) and all(
                _BALLOT_KIND_AFTER.match(ctx.text, p.end) for p in parts):
            continue  # valid and invalid against the ballots collected: vote-mismatch (ballots.py)
        total = sum(p.value for p in parts)
        if abs(total - whole.value) <= _tolerance([whole, *parts]) or relation.open_ended and total < whole.value:
            continue
        if _bounded(ctx.text, whole) or total < whole.value and any(_bounded(ctx.text, p) for p in parts):
            continue  # "gần 2.015 tỷ đồng", "đạt hơn 302 tỷ đồng": bounds and round figures, no sum to check
        if relation.explicit and whole.decimals == 0 and any(p.decimals for p in parts) \
                and abs(total * 1000 - whole.value) <= _tolerance(list(parts)) * 1000:
            # "tổng thu 6.420.350 tỷ đồng, gồm 5.210,2 tỷ đồng và 1.210,15 tỷ đồng": the whole is its parts' sum a
            # thousand times over, the decimal comma written as a thousands point (or a scale word one step too high);
            # exactly so also after "Trong đó": a list that leaves some out cannot hit the thousandfold to the digit
            fix = _restated_sum(replace(whole, decimals=max(p.decimals for p in parts)), total)
            yield _breakdown_issue(ctx.text, whole, parts, fix,
                                   f"Tổng ghi {_describe(whole, ctx.text)}, gấp 1.000 lần tổng các phần liệt kê "
                                   f"{' + '.join(p.text for p in parts)} = {_describe(replace(whole, text=fix), ctx.text)}"
                                   ": có lẽ dấu phẩy thập phân bị "
                                   "ghi thành dấu chấm, hoặc nhầm đơn vị.", None, _related(relation, ctx.text))
            continue
        # A "trong đó" list may be partial (short: a warning); more than the whole is an error
        # only when the parts are distinct kinds of it ("22 đảng bộ … 15 chi bộ cơ sở" of TCCS).
        partial = not relation.exhaustive and (total < whole.value or not relation.explicit)
        if partial and total < 0.85 * whole.value:
            # "1.250 hộ, trong đó 38 hộ nghèo, 52 hộ cận nghèo": subsets, not a breakdown; "3.412 ha,
            # trong đó lúa 2.105 ha và bắp 640 ha": the main kinds, the rest left unsaid
            continue
        if not relation.levels and total < 0.5 * whole.value:
            continue  # "27 đồng chí (2 đồng chí miễn sinh hoạt, 1 đồng chí sinh hoạt tạm thời)": notes, not all of it
        if partial and total < whole.value and _shares_of_the_whole(layer, whole, parts):
            continue  # "chi đầu tư 15.842,6 tỷ đồng, chiếm 38,4%; chi thường xuyên …, chiếm 54,3%": the writer knew
            # the whole and gave each part its share of it; the rest is left unsaid, not lost
        if total > whole.value and not relation.exhaustive and not relation.levels and len(parts) >= 3 and any(
                abs(total - p.value - whole.value) <= _tolerance([whole, *parts]) for p in parts):
            continue  # "Trong đó có 3 trường vừa được công nhận lại; 15 trường mức độ 1; 8 trường mức độ 2" of 23: the
            # others add up to the whole, so the odd one is a subset by another property told beside the split
        if total > whole.value and not relation.exhaustive and _overlap_said(ctx, parts[-1]):
            continue  # "… 842 hộ thương mại, 517 hộ dịch vụ (nhiều hộ kinh doanh cả hai lĩnh vực)": the writer says the
            # kinds overlap, so they are subsets that may pass their whole
        if total < whole.value and _those_counted_named(layer.quantities, whole, parts, total):
            continue  # "545 đồng chí, trong đó được đánh giá 543 …; 2 đồng chí không đánh giá": the levels are those rated
        # Levels that fall short may leave out members not rated (mới kết nạp, miễn đánh giá):
        # a warning; levels or a "gồm" list that exceed their whole are an error.
        short_levels = relation.levels and total < whole.value and not _EXHAUSTIVE_CUE.search(
            " ".join(c.text for c in relation.cues))
        severity = Severity.WARNING if partial or short_levels else None
        fix = _restated_sum(whole, total)
        listed = " + ".join(p.text for p in parts)
        if not relation.explicit:  # the whole was stated before, by its noun: a warning naming it
            sentences = ctx.reading.sentences
            same_sentence = any(a <= whole.start and parts[0].start < b for a, b in sentences)
            where = "" if same_sentence else " đã nêu trước đó"
            # the whole in the same sentence, or in the one right before ("… 1.286,4 tỷ đồng, tăng 8,9% …. Chia theo
            # ngành: …"), is part of what is wrong: the finding spans it too
            near = same_sentence or any(a <= whole.start < b and b <= parts[0].start and not any(
                b <= c < parts[0].start for c, _ in sentences[i + 2:]) for i, (a, b) in enumerate(sentences))
            yield Issue(whole.start if near else parts[0].start, unit_end(ctx.text, parts[-1]),
                        f"Các phần liệt kê cộng lại {listed} = {fix}, khác {_describe(whole, ctx.text)}{where} (nếu "
                        "các phần liệt kê là toàn bộ số đó).", None, Severity.WARNING, _related(relation, ctx.text))
            continue
        yield _breakdown_issue(ctx.text, whole, parts, fix,
                               f"Tổng là {_describe(whole, ctx.text)} nhưng các phần liệt kê cộng lại {listed} = {fix}.",
                               severity, _related(relation, ctx.text))
    for relation in layer.of("balance"):
        issue = _balance_issue(ctx.text, relation)
        if issue is not None:
            yield issue


def _shares_of_the_whole(layer, whole: Quantity, parts) -> bool:
    """Every part has its own share of the whole, as the quantity layer read it ("…, chiếm 38,4%"), and each is the
    part over the whole as printed."""
    shared = {id(r.parts[0]) for r in layer.relations if r.kind == "share-of" and r.share is not None
              and r.whole is whole and _explains(r.parts[0].value, whole.value, r.share)}
    return all(id(part) in shared for part in parts)


def _overlap_said(ctx: ParagraphContext, last: Quantity) -> bool:
    """The rest of the sentence after a list's last part says its items overlap ("… (có hộ kinh doanh cả hai
    loại hình)", "… trùng lặp")."""
    end = next((b for a, b in ctx.reading.sentences if a <= last.start < b), len(ctx.text))
    return bool(_OVERLAP_NOTE.search(ctx.text, last.end, end))


_OVERLAP_NOTE = re.compile(r"(?<!\w)(?:cả\s+(?:hai|ba|2|3)|trùng\s+(?:lặp|nhau))(?!\w)", re.IGNORECASE)


def _bounded(text: str, quantity: Quantity) -> bool:
    """"trên 100 hộ", "gần 2.015 tỷ đồng", "khoảng 40": a bound or an estimate, not the figure itself (not "ngân
    sách cấp trên 11.850 triệu đồng")."""
    return bool(_BOUND_BEFORE.search(text, max(0, quantity.start - 12), quantity.start))


_BOUND_BEFORE = re.compile(r"(?<!cấp\s)(?<!\w)(?:trên|khoảng|gần|hơn|xấp\s+xỉ|chừng)\s*$", re.IGNORECASE)


def _those_counted_named(quantities, whole: Quantity, parts, total: float) -> bool:
    """Parts short of their whole that add up to another count of their kind stated before them (those rated, those
    present), or to the whole less one (those exempt, not yet assessed): the clerk listed the ones counted. (Not a
    count after them: "… cúm 03 ca. Số ca … so với cùng kỳ (41 ca)" is of another period.)"""
    at = {whole.start, *(p.start for p in parts)}
    kind = whole.noun_class or next((p.noun_class for p in parts if p.noun_class), None)
    first = min(p.start for p in parts)
    for q in quantities:
        if q.start in at or q.start > first or q.kind != "count" or kind is None or q.noun_class != kind:
            continue
        if abs(q.value - total) < 1e-9 or abs(whole.value - q.value - total) < 1e-9:
            return True
    return False


def _balance_issue(text: str, relation: Relation) -> Issue | None:
    """"Đầu năm 45 đảng viên + kết nạp 3 − chuyển đi 2 − từ trần 1 = 45, khác 47 cuối năm": the
    level at a period's end is its start plus what came in minus what went out (a warning: the
    text may leave a movement unsaid)."""
    end, parts = relation.whole, relation.parts
    total = sum(sign * p.value for sign, p in zip(relation.signs, parts))
    if abs(total - end.value) <= _tolerance([end, *parts]):
        return None
    fix = _restated_sum(end, total)
    steps = parts[0].text + "".join(f" {'+' if sign > 0 else '−'} {p.text}" for sign, p in
                                    zip(relation.signs[1:], parts[1:]))
    related = (Related(parts[0].start, unit_end(text, parts[0]), "earlier"),
               *(Related(p.start, unit_end(text, p), "part") for p in parts[1:]),
               *(Related(c.start, c.end, "cue") for c in relation.cues))
    if all(sign < 0 for sign in relation.signs[1:]):  # what is left after some went (quantities/leftovers.py)
        return Issue(end.start, unit_end(text, end),
                     f"Có {_describe(parts[0], text)}, trừ số đã giảm: {steps} = {fix}, khác {_describe(end, text)} "
                     f"còn lại (nếu {_describe(parts[0], text)} là số ban đầu và không có biến động nào khác).",
                     fix + text[end.end:unit_end(text, end)], Severity.WARNING, related)
    return Issue(end.start, unit_end(text, end),
                 f"Đầu kỳ {_describe(parts[0], text)}, cộng số tăng, trừ số giảm: {steps} = {fix}, khác "
                 f"{_describe(end, text)} cuối kỳ (nếu không còn biến động nào khác).", fix + text[end.end:unit_end(text, end)],
                 Severity.WARNING, related)


@rule("sum-mismatch", severity=Severity.ERROR, title="Các phần không cộng đúng tổng", scope="document", examples=(
    Example("Thi hành kỷ luật 15 đảng viên, cụ thể:\n- Khiển trách: 9 đồng chí;\n- Cảnh cáo: 4 đồng chí;\n"
            "- Cách chức: 1 đồng chí.", "15", "14"),
    Example("Thi hành kỷ luật 14 đảng viên, cụ thể:\n- Khiển trách: 9 đồng chí;\n- Cảnh cáo: 4 đồng chí;\n"
            "- Cách chức: 1 đồng chí."),
    Example("Kiểm tra 20 chi bộ, trong đó:\n- 5 chi bộ nông thôn;\n- 3 chi bộ trường học."),
    # lines that count another thing than the lead (the attendance of each class listed) do not add up to it
    Example("Tổ chức 05 lớp tập huấn, gồm:\n- Kỹ thuật canh tác lúa: 62 lượt;\n- Trồng xoài VietGAP: 48 lượt;\n"
            "- Phòng dịch bệnh: 55 lượt;\n- Nuôi cá tra: 40 lượt;\n- Nhật ký điện tử: 60 lượt."),
    Example("Ban hành 23 văn bản, gồm:\n- Kế hoạch: 4 văn bản;\n- Công văn: 11 văn bản;\n- Thông báo: 9 văn bản.", "23",
            "24"),
    # a heading without a colon heads its list too (an inferred whole: a warning)
    Example("Kết quả xếp loại 60 đảng viên như sau\n- Hoàn thành xuất sắc nhiệm vụ: 10 đồng chí;\n"
            "- Hoàn thành tốt nhiệm vụ: 42 đồng chí;\n- Hoàn thành nhiệm vụ: 9 đồng chí.", "60", "61"),
    Example("Kết quả xếp loại 60 đảng viên như sau\n- Hoàn thành xuất sắc nhiệm vụ: 10 đồng chí;\n"
            "- Hoàn thành tốt nhiệm vụ: 42 đồng chí;\n- Hoàn thành nhiệm vụ: 8 đồng chí."),
    Example("3. Công tác kiểm tra 12 tổ chức đảng\n- Kiểm tra 5 chi bộ nông thôn;\n- Kiểm tra 3 chi bộ trường học."),
    # the forms in the next paragraph, of the one count of the paragraph before (a warning)
    Example("Năm 2025, Ủy ban Kiểm tra thi hành kỷ luật 15 đảng viên.\nVề hình thức kỷ luật: khiển trách 9 đồng chí, "
            "cảnh cáo 4 đồng chí, cách chức 1 đồng chí.", "khiển trách 9"),
    Example("Năm 2025, Ủy ban Kiểm tra thi hành kỷ luật 14 đảng viên.\nVề hình thức kỷ luật: khiển trách 9 đồng chí, "
            "cảnh cáo 4 đồng chí, cách chức 1 đồng chí."),
    # lines "Label: number" under a lead, money, a bare total, a last numbered line
    Example("Ủy ban Kiểm tra đã thi hành kỷ luật 7 đảng viên với các hình thức:\nKhiển trách: 4 đồng chí;\n"
            "Cảnh cáo: 2 đồng chí;\nCách chức: 2 đồng chí.", "7", "8"),
    Example("Tổng kinh phí thực hiện: 1.250 triệu đồng, gồm:\n- Ngân sách tỉnh: 800 triệu đồng;\n- Ngân sách xã: "
            "300 triệu đồng;\n- Nhân dân đóng góp: 160 triệu đồng.", "1.250 triệu đồng", "1.260 triệu đồng"),
    Example("Tổng kinh phí thực hiện: 1.260 triệu đồng, gồm:\n- Ngân sách tỉnh: 800 triệu đồng;\n- Ngân sách xã: "
            "300 triệu đồng;\n- Nhân dân đóng góp: 160 triệu đồng."),
    Example("Tổng số tổ chức cơ sở đảng được xếp loại: 38, gồm:\n1. Hoàn thành xuất sắc nhiệm vụ: 8 tổ chức;\n"
            "2. Hoàn thành tốt nhiệm vụ: 25 tổ chức;\n3. Hoàn thành nhiệm vụ: 4 tổ chức.", "38", "37"),
    # a table's total row ("|" or tab cells); a rate column is not summed
    Example("Đơn vị | Đăng ký | Tham gia\nKhu phố 1 | 42 | 30\nKhu phố 2 | 38 | 27\nTổng cộng | 80 | 59", "59",
            "57"),
    Example("Đơn vị | Đăng ký | Tham gia\nKhu phố 1 | 42 | 30\nKhu phố 2 | 38 | 27\nTổng cộng | 80 | 57"),
    Example("Chi đoàn\tĐoàn viên\tTham gia\nKP1\t42\t30\nKP2\t38\t27\nKP3\t51\t40\nTổng cộng\t131\t99", "99", "97"),
    Example("Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ (%)\nXã A | 100 | 90 | 90\nXã B | 100 | 80 | 80\n"
            "Tổng cộng | 200 | 170 | 85"),
    # a list closed by its total line
    Example("Kết quả xếp loại đảng viên:\n1. Hoàn thành xuất sắc nhiệm vụ: 6 đồng chí.\n"
            "2. Hoàn thành tốt nhiệm vụ: 20 đồng chí.\n3. Hoàn thành nhiệm vụ: 3 đồng chí.\nTổng cộng: 30 đồng chí.",
            "30", "29"),
    Example("Kết quả xếp loại đảng viên:\n1. Hoàn thành xuất sắc nhiệm vụ: 6 đồng chí.\n"
            "2. Hoàn thành tốt nhiệm vụ: 20 đồng chí.\n3. Hoàn thành nhiệm vụ: 4 đồng chí.\nTổng cộng: 30 đồng chí."),
    # a breakdown closed by "the rest" after "Trong đó", of the last count of its noun before (a warning)
    Example("Huyện giao chỉ tiêu thu ngân sách cho 16 xã, thị trấn.\nTrong đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ "
            "50% đến 60%, 8 xã còn lại thu dưới 50%.", "8 xã"),
    Example("Huyện giao chỉ tiêu thu ngân sách cho 16 xã, thị trấn.\nTrong đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ "
            "50% đến 60%, 7 xã còn lại thu dưới 50%."),
    # badge levels (years of membership) after the count of members given the badge, here a paragraph later
    Example("Đảng ủy xã tổ chức Lễ trao Huy hiệu Đảng cho 9 đảng viên.\nĐợt này có 2 đảng viên nhận Huy hiệu 50 năm "
            "tuổi Đảng, 3 đảng viên nhận Huy hiệu 40 năm tuổi Đảng và 5 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.",
            "9 đảng viên"),
    Example("Đảng ủy xã tổ chức Lễ trao Huy hiệu Đảng cho 10 đảng viên.\nĐợt này có 2 đảng viên nhận Huy hiệu 50 năm "
            "tuổi Đảng, 3 đảng viên nhận Huy hiệu 40 năm tuổi Đảng và 5 đảng viên nhận Huy hiệu 30 năm tuổi Đảng."),
    # the rest told without its count ("còn lại là …"): the levels listed are some of the count, not all
    Example("Đảng bộ xã trao Huy hiệu Đảng cho 45 đảng viên.\nTrong đó có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, "
            "5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 7 đảng viên nhận Huy hiệu 45 năm tuổi Đảng; số còn lại nhận "
            "Huy hiệu 40 và 30 năm tuổi Đảng."),
    Example("Năm nay có 120 đảng viên được trao tặng Huy hiệu Đảng. Có 8 đồng chí nhận Huy hiệu 70 năm tuổi Đảng, 12 "
            "đồng chí nhận Huy hiệu 60 năm tuổi Đảng, 15 đồng chí nhận Huy hiệu 55 năm tuổi Đảng, các đồng chí còn lại "
            "nhận Huy hiệu 30, 40 năm tuổi Đảng."),
    Example("Dịp 3/2, huyện trao Huy hiệu Đảng cho 230 đảng viên. 15 đảng viên nhận Huy hiệu 65 năm tuổi Đảng; 20 đảng "
            "viên nhận Huy hiệu 60 năm tuổi Đảng; 31 đảng viên nhận Huy hiệu 50 năm tuổi Đảng; còn lại là các mức 30, "
            "40 và 45 năm."),
    Example("Đảng bộ xã trao Huy hiệu Đảng cho 45 đảng viên.\nTrong đó có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, "
            "5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 7 đảng viên nhận Huy hiệu 45 năm tuổi Đảng; còn lại 20 đảng "
            "viên nhận Huy hiệu 30 năm tuổi Đảng.", "45 đảng viên"),
    Example("Chi bộ trao Huy hiệu Đảng cho 12 đảng viên. Có 5 đảng viên nhận Huy hiệu 60 năm tuổi Đảng, 4 đảng viên "
            "nhận Huy hiệu 50 năm tuổi Đảng, 6 đảng viên nhận Huy hiệu 40 năm tuổi Đảng; còn lại nhận Huy hiệu 30 năm "
            "tuổi Đảng.", "12 đảng viên"),
))
def sum_mismatch_lists(ctx: DocumentContext) -> Iterator[Issue]:
    """The same for a lead line and the list lines under it: the levels of one
    classification, or items the lead announces with "gồm", "cụ thể", "như sau"; and a
    table's total row against the rows above it (checks/tables.py)."""
    yield from table_total_mismatch(ctx)
    yield from _next_paragraph_levels(ctx)
    yield from _badge_level_sums(ctx)
    yield from _remainder_sums(ctx)
    for relation, _ in lead_list_relations(ctx):
        if relation.kind != "sum-of":
            continue
        whole, parts = relation.whole, relation.parts
        total = sum(p.value for p in parts)
        if abs(total - whole.value) <= _tolerance([whole, *parts]):
            continue
        fix = _restated_sum(whole, total)
        listed = " + ".join(p.text for p in parts)
        where = "dưới đó" if whole.start < parts[0].start else "trên đó"
        if relation.explicit:
            yield _breakdown_issue(ctx.text, whole, parts, fix,
                                   f"Tổng là {_describe(whole, ctx.text)} nhưng các dòng liệt kê {where} cộng lại "
                                   f"{listed} = {fix}.", None, _related(relation, ctx.text))
        else:  # a heading without a colon: its count is taken as the whole of the list under it
            yield Issue(whole.start, whole.end,
                        f"Các dòng liệt kê cộng lại {listed} = {fix}, khác {_describe(whole, ctx.text)} "
                        f"{'ở tiêu đề' if where == 'dưới đó' else 'ở dòng tổng'} (nếu các dòng là toàn bộ số đó).", fix, Severity.WARNING, _related(relation, ctx.text))


def _badge_level_sums(ctx: DocumentContext) -> Iterator[Issue]:
    """"Trao Huy hiệu Đảng cho 12 đảng viên." then "4 đảng viên nhận Huy hiệu 55 năm tuổi Đảng, 3 …
    50 năm, …": the badge levels (quantities/badges.py) are disjoint, so more members than the count
    is an error in one sentence, a warning across sentences (naming the count); fewer, with three
    levels or more listed, a warning (the list may leave some out)."""
    for whole, parts, same_sentence in badge_breakdowns(ctx):
        total = sum(p.value for p in parts)
        if total == whole.value or total < whole.value and len(parts) < 3:
            continue
        listed = " + ".join(p.text for p in parts)
        related = (Related(whole.start, unit_end(ctx.text, whole), "whole"),
                   *(Related(p.start, unit_end(ctx.text, p), "part") for p in parts))
        where = "" if same_sentence else " nêu ở trên"
        severity = None if same_sentence and total > whole.value else Severity.WARNING
        yield Issue(whole.start, unit_end(ctx.text, whole),
                    f"Các mức Huy hiệu Đảng liệt kê cộng lại {listed} = {format_vi(total)}, khác "
                    f"{_describe(whole, ctx.text)} được trao Huy hiệu{where}: mỗi đảng viên nhận một mức.",
                    None, severity, related)


def _remainder_sums(ctx: DocumentContext) -> Iterator[Issue]:
    """"… 14 xã, thị trấn …" then "Trong đó có 2 xã …, 3 xã …, 8 xã còn lại …": a breakdown closed by the rest
    (quantities/remainders.py) names every one of the count before it, so the rest is that count less the
    others (a warning naming the count)."""
    for whole, parts in remainder_breakdowns(ctx):
        total = sum(p.value for p in parts)
        if total == whole.value:
            continue
        rest = parts[-1]
        expected = whole.value - (total - rest.value)
        listed = " − ".join(p.text for p in parts[:-1])
        yield Issue(rest.start, unit_end(ctx.text, rest),
                    f"{_describe(whole, ctx.text)} nêu trước đó − {listed} = {format_vi(expected)} còn lại, không phải "
                    f"{rest.text}: các phần đến phần “còn lại” phải cộng đúng tổng số.",
                    format_vi(expected) if expected > 0 else None, Severity.WARNING,
                    (Related(whole.start, unit_end(ctx.text, whole), "whole"),
                     *(Related(p.start, unit_end(ctx.text, p), "part") for p in parts)))


def _next_paragraph_levels(ctx: DocumentContext) -> Iterator[Issue]:
    """"Năm 2025 thi hành kỷ luật 15 đảng viên." then a paragraph "Về hình thức kỷ luật:
    khiển trách 9 đồng chí, …": the levels of one classification split the one count of the
    paragraph before (a warning naming it)."""
    paragraphs = ctx.written_paragraphs  # (shared, read only)
    for previous, paragraph in zip(paragraphs, paragraphs[1:]):
        opening = NEXT_SENTENCE_BREAKDOWN.match(paragraph.text)
        if opening is None or not _DIGIT.search(previous.text):
            continue
        before = paragraph_layer(ctx, previous)
        last = previous.text.rstrip().rstrip(".").rfind(". ") + 1
        split = SPLIT_OPENING.match(opening.group())  # "Cụ thể:" may split a plan ("giao chỉ tiêu … 1.905 đảng viên")
        wholes = [q for q in before.quantities if q.start >= last and q.kind == "count" and q.head and (
            q.role != "plan" or split)]
        layer = paragraph_layer(ctx, paragraph)
        if len(wholes) > 1:  # "kỷ luật 182 tổ chức Đảng và 7.056 đảng viên" then "Cụ thể, có 5.486 đảng viên bị …"
            first = next((q for q in layer.quantities if q.kind == "count" and q.noun_class), None)
            wholes = [q for q in wholes if first is not None and q.noun_class == first.noun_class]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        first_end = (layer.clauses and max(c.end for c in layer.clauses if c.sentence == 0)) or len(paragraph.text)
        parts = [q for q in layer.quantities if q.start < first_end and q.kind == "count" and whole.compatible(q)]
        # "21 chi bộ … trở lên, chiếm 80,8% (trong đó 6 chi bộ hoàn thành xuất sắc …)": one picked out of the count
        # before it is some of that level, no level beside it
        parts = [q for i, q in enumerate(parts) if not i or not _PICKED_OUT_BEFORE.search(
            paragraph.text, max(0, q.start - 24), q.start)]
        # "riêng" opens the last level ("…, 3 đồng chí hoàn thành nhiệm vụ, riêng 01 đồng chí không hoàn thành nhiệm
        # vụ") or picks one out of the level before ("1.180 hộ đạt gia đình văn hóa, riêng 310 hộ đạt 3 năm liền"):
        # a slip only when neither reading adds up
        alone = [q for i, q in enumerate(parts) if not i or not _ONLY_BEFORE.search(
            paragraph.text, max(0, q.start - 12), q.start)]
        levels = len(parts) >= 2 and same_classification([level_groups(q, paragraph.text) for q in parts])
        # "Cụ thể: Đảng bộ A 150 đảng viên mới; B 110; C 125; …": the units' shares of the count, each of its noun
        units = split and len(parts) >= 3 and all(q.head == whole.head and not q.bare for q in parts)
        if not levels and not units:
            continue
        total = sum(q.value for q in parts)
        if total == whole.value:
            continue
        if len(alone) < len(parts) and (sum(q.value for q in alone) == whole.value or len(alone) < 2
                                        or not same_classification([level_groups(q, paragraph.text) for q in alone])):
            continue
        listed = " + ".join(q.text for q in parts)
        shift = paragraph.start
        yield Issue(parts[0].start + shift, unit_end(paragraph.text, parts[-1]) + shift,
                    f"Các {'mức' if levels else 'phần'} liệt kê cộng lại {listed} = {format_vi(total)}, khác "
                    f"{_describe(whole, previous.text)} nêu ở đoạn trước.", None, Severity.WARNING,
                    (Related(whole.start + previous.start, unit_end(previous.text, whole) + previous.start, "whole"),
                     *(Related(q.start + shift, unit_end(paragraph.text, q) + shift, "part") for q in parts)))


_BALLOTS_COLLECTED = re.compile(r"thu\s+(?:vào|về)\s*:?\s*(?:là\s*)?$", re.IGNORECASE)
_BALLOT_KIND_AFTER = re.compile(r"\s*phiếu\s+(?:không\s+)?hợp\s+lệ", re.IGNORECASE)
_EXHAUSTIVE_CUE = re.compile(r"gồm|chia ra|cụ thể|hình thức|\(", re.IGNORECASE)


def _tolerance(quantities: list[Quantity]) -> float:
    """Parts printed with d decimals may each be off by half a unit of the last place, and
    the whole too: their sum is off by less than all those halves together (rounding half up
    moves a figure by at most half a unit one way and less than that the other), so a
    difference of exactly that much is an error ("3,2 tỷ" against 1,5 + 0,9 + 0,6)."""
    if not any(q.decimals for q in quantities):
        return 1e-9
    finest = max(q.decimals for q in quantities)  # "8 tỷ đồng" beside "1,2 tỷ đồng" is 8,0
    return sum(0.5 * 10 ** -finest * q.scale for q in quantities) * (1 - 1e-6)


def _breakdown_issue(text: str, whole: Quantity, parts, fix: str, message: str, severity, related) -> Issue:
    """A breakdown that does not add up is marked from its whole to its last part: any of
    them may be the wrong number. The fix still rewrites the whole only."""
    start = min(whole.start, parts[0].start)
    end = max(unit_end(text, whole), unit_end(text, parts[-1]))
    if text[whole.start:whole.end] != whole.text:  # all of a ratio ("51/51 chi bộ"): which of its numbers is wrong?
        return Issue(start, end, message, None, severity, related)
    return Issue(start, end, message, text[start:whole.start] + fix + text[whole.end:end], severity, related)


def _restated_sum(whole: Quantity, total: float) -> str:
    """The sum written as the whole is written: "37", or "802,6 tỷ đồng" for "812,6 tỷ đồng"."""
    number = written_like(format_vi(total / whole.scale, whole.decimals), whole.text)
    if whole.kind == "money":
        number += whole.text[len(whole.text.split()[0]):]  # keep the scale and currency words
    return number
