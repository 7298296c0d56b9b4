"""Targets against results: what the text claims (đạt, vượt, chưa đạt) must agree with the
numbers it gives for the target and the result (domain.md §6).

The target detector reads each target clause (its value, comparator and result); the
quantity layer adds the period: a result for part of the plan's period ("6 tháng đầu năm
đạt 48% kế hoạch năm", "lũy kế 9 tháng", "quý I") is progress, and gets no đạt/chưa đạt
verdict from its percentage.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter
from typing import Iterator

from ..detectors.targets import CLAIM, _claim_of, claim_in
from ..keywords import Keywords
from ..model import Related, Severity
from ..numbers import format_vi
from ..quantities import quantities_of, unit_end
from ..quantities.relations import in_bracket
from ..quantities.verdicts import MET, higher_is_better, is_met, lower_is_better, verdict
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule
from .tables import table_verdict_mismatch, text_claim_against_table

_PLAN_WORD = re.compile(r"chỉ tiêu|kế hoạch|dự toán|mục tiêu", re.IGNORECASE)
_names_plan = Keywords(_PLAN_WORD)  # _PLAN_WORD.search(…) is not None, as substring tests (speed)
_COUNTED_TARGETS = re.compile(r"\d+\s+(?:chỉ tiêu|mục tiêu|nhiệm vụ)", re.IGNORECASE)
_PART_PERIOD = re.compile(r"\b(?:\d{1,2}|sáu|chín|ba)\s+tháng\b|\bquý\s+[IV\d]+|\blũy kế\b|\bluỹ kế\b|\btháng\s+\d{1,2}\b|"
                          r"\bnửa\s+(?:năm|nhiệm kỳ)\b|\bgiữa\s+nhiệm kỳ\b|\bđến nay\b|\btiến độ\b", re.IGNORECASE)


@rule("target-status-mismatch", severity=Severity.ERROR, title="Đánh giá chỉ tiêu trái với số liệu", examples=(
    Example("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 81,3%, vượt chỉ tiêu đề ra (85%).", "81,3%"),
    Example("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 88,3%, vượt chỉ tiêu đề ra (85%)."),
    Example("Tỷ lệ hộ nghèo giảm còn 3,2%, đạt chỉ tiêu đề ra (không quá 2,5%).", "3,2%"),
    Example("Tỷ lệ hộ nghèo giảm còn 2,1%, vượt chỉ tiêu đề ra (không quá 2,5%)."),
    # a table whose plan cell bounds the result ("dưới 2%", "không quá 5 vụ", "95% trở lên"): its verdict cell
    Example("Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\nTỷ lệ hộ nghèo | dưới 2% | 2,36% | Đạt\n"
            "Số vụ tai nạn giao thông | không quá 5 vụ | 4 vụ | Đạt", "dưới 2%"),
    Example("Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\nTỷ lệ hộ nghèo | dưới 2% | 1,86% | Đạt\n"
            "Số vụ tai nạn giao thông | không quá 5 vụ | 4 vụ | Đạt"),
    # the verdict measured "so với" the plan, or given as an assessment ("đánh giá đạt")
    Example("Tỷ lệ hồ sơ trễ hạn là 1,6% (mục tiêu không quá 1%), hoàn thành so với kế hoạch đề ra.", "1,6%"),
    Example("Tỷ lệ hồ sơ trễ hạn là 0,6% (mục tiêu không quá 1%), hoàn thành so với kế hoạch đề ra."),
    Example("Tỷ lệ thu phí vệ sinh đạt 93,4% (412/441 hộ), vượt so với chỉ tiêu không dưới 90%."),
    Example("Tỷ lệ trẻ bị thấp còi còn 14,3% (chỉ tiêu: giảm xuống dưới 13,5%), tự đánh giá đạt chỉ tiêu.", "14,3%"),
    Example("Tỷ lệ trẻ bị thấp còi còn 13,1% (chỉ tiêu: giảm xuống dưới 13,5%), tự đánh giá đạt chỉ tiêu."),
    Example("Tỷ lệ tham gia bảo hiểm y tế đạt 96%, chưa đạt chỉ tiêu (95% trở lên).", "96%"),
    Example("Tỷ lệ tham gia bảo hiểm y tế đạt 93%, chưa đạt chỉ tiêu (95% trở lên)."),
    Example("Thu ngân sách cả năm đạt 95% dự toán, vượt chỉ tiêu đề ra.", "95%"),
    Example("Thu ngân sách cả năm đạt 105% dự toán, vượt chỉ tiêu đề ra."),
    # Mid-period progress gets no verdict from its percentage.
    Example("6 tháng đầu năm thu ngân sách đạt 48% kế hoạch năm, đạt tiến độ đề ra."),
    Example("Lũy kế 9 tháng thu ngân sách bằng 81,3% dự toán năm, đạt kế hoạch đề ra."),
    Example("Quý I kết nạp 5 đảng viên, đạt 25% kế hoạch năm, đạt chỉ tiêu quý."),
    # Plan and result read by the quantity layer, in either order.
    Example("Kết nạp 28 đảng viên trên chỉ tiêu 30, vượt kế hoạch đề ra.", "28"),
    Example("Kết nạp 32 đảng viên trên chỉ tiêu 30, vượt kế hoạch đề ra."),
    Example("Chỉ tiêu 1.200 triệu đồng; thực hiện 1.150 triệu đồng, vượt chỉ tiêu.", "1.150"),
    Example("Chỉ tiêu 1.200 triệu đồng; thực hiện 1.250 triệu đồng, vượt chỉ tiêu."),
    # by how much it passed the plan ("vượt dự toán 6,5 triệu đồng") is not the result
    Example("Vận động nhân dân đóng góp được 86,5 triệu đồng, vượt dự toán (dự toán 90 triệu đồng).", "86,5"),
    Example("Vận động nhân dân đóng góp được 96,5 triệu đồng, vượt dự toán 6,5 triệu đồng (dự toán 90 triệu đồng)."),
    # a count under a ceiling stated a sentence before, the bound that names the same noun
    Example("Chỉ tiêu: số hộ nghèo không quá 45 hộ, hộ cận nghèo không quá 80 hộ. Cuối năm toàn xã còn 52 hộ nghèo, "
            "đạt chỉ tiêu.", "đạt chỉ tiêu"),
    Example("Chỉ tiêu: số hộ nghèo không quá 45 hộ, hộ cận nghèo không quá 80 hộ. Cuối năm toàn xã còn 42 hộ nghèo, "
            "đạt chỉ tiêu."),
    Example("Thu ngân sách đạt 4.150 triệu đồng/kế hoạch 4.500 triệu đồng, hoàn thành vượt chỉ tiêu.", "4.150"),
    Example("Thu ngân sách đạt 4.650 triệu đồng/kế hoạch 4.500 triệu đồng, hoàn thành vượt chỉ tiêu."),
    Example("Chỉ tiêu phát triển đảng viên năm 2024 là 25 đồng chí; kết quả kết nạp được 22 đồng chí, vượt chỉ tiêu.",
            "kết quả kết nạp"),
    Example("Chỉ tiêu phát triển đảng viên năm 2024 là 25 đồng chí; kết quả kết nạp được 27 đồng chí, vượt chỉ tiêu."),
    # the target's own clause reaching a ratio: its result over its plan
    Example("Chỉ tiêu kết nạp đảng viên đạt 18/20 đồng chí, vượt kế hoạch.", "18/20"),
    Example("Có 18/20 chi bộ đạt trong sạch vững mạnh, vượt kế hoạch (chỉ tiêu 80%)."),
    # A rate and its plan in two clauses, then the claim.
    Example("Tỷ lệ che phủ rừng đạt 42,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành chỉ tiêu.",
            "42,1%"),
    Example("Tỷ lệ che phủ rừng đạt 46,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành chỉ tiêu."),
    Example("Tỷ lệ che phủ rừng đạt 44,1%; chỉ tiêu Nghị quyết đề ra là 45%, chưa đạt chỉ tiêu."),
    # A ceiling or floor and its rate across clauses or one sentence back.
    Example("Trễ hạn 33 hồ sơ, chiếm 2,57%. Với chỉ tiêu tỷ lệ hồ sơ trễ hạn không quá 1%, phường đã hoàn thành "
            "chỉ tiêu cải cách hành chính.", "hoàn thành chỉ tiêu"),
    Example("Trễ hạn 9 hồ sơ, chiếm 0,7%. Với chỉ tiêu tỷ lệ hồ sơ trễ hạn không quá 1%, phường đã hoàn thành "
            "chỉ tiêu cải cách hành chính."),
    Example("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 92,0%; so với chỉ tiêu Nghị quyết (từ 90% trở lên) thì "
            "chỉ tiêu này chưa đạt.", "chỉ tiêu này chưa đạt"),
    Example("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 88,0%; so với chỉ tiêu Nghị quyết (từ 90% trở lên) thì "
            "chỉ tiêu này chưa đạt."),
    Example("Chỉ tiêu năm 2026 về tỷ lệ đoàn viên vi phạm pháp luật là không quá 0,5%. Quý I có 8 đoàn viên vi "
            "phạm, chiếm 0,75% tổng số đoàn viên; Đoàn xã đánh giá đã hoàn thành chỉ tiêu này.", "chỉ tiêu này"),
    # the ceiling as what the resolution "đề ra", "giảm còn dưới …", the rate a sentence before (a warning)
    Example("Cuối năm, tỷ lệ lao động thất nghiệp 4,7%. Nghị quyết Đảng bộ đề ra đến năm 2026 tỷ lệ thất nghiệp giảm "
            "còn dưới 4%; như vậy đã hoàn thành chỉ tiêu.", "hoàn thành chỉ tiêu"),
    Example("Cuối năm, tỷ lệ lao động thất nghiệp 3,7%. Nghị quyết Đảng bộ đề ra đến năm 2026 tỷ lệ thất nghiệp giảm "
            "còn dưới 4%; như vậy đã hoàn thành chỉ tiêu."),
    Example("Tỷ lệ hộ nghèo giảm xuống còn 2,6%, hoàn thành chỉ tiêu đề ra là dưới 2,5%.", "hoàn thành chỉ tiêu"),
    Example("Tỷ lệ hộ nghèo giảm xuống còn 2,4%, hoàn thành chỉ tiêu đề ra là dưới 2,5%."),
    # a growth is not the rate the target bounds
    Example("Tỷ lệ hộ nghèo còn 2,1%, giảm 0,6% so với năm trước; chỉ tiêu không quá 2,5%, đã hoàn thành chỉ tiêu."),
    # (round 10) a bare plan of an indicator better lower is a ceiling; a range is met from its low end
    Example("Tỷ lệ hộ nghèo cuối năm 2024 là 3,1% (kế hoạch 2,8%), hoàn thành chỉ tiêu.", "Tỷ lệ hộ nghèo"),
    Example("Tỷ lệ hộ nghèo cuối năm 2024 là 3,1% (kế hoạch 3,5%), hoàn thành chỉ tiêu."),
    Example("Tốc độ tăng GDP đạt 6,4%, đạt kế hoạch (6,6-6,8%).", "6,4%"),
    Example("Tốc độ tăng GDP đạt 6,7%, đạt kế hoạch (6,6-6,8%)."),
    # a hedged verdict, a negated one or an aim is no claim
    Example("Tỷ lệ tham gia BHYT đạt 94,6%, cơ bản đạt chỉ tiêu (95%)."),
    # land or roads done written as a ratio, the verdict on the plan (a warning naming that reading)
    Example("Bê tông hóa được 3,2/4 km đường giao thông nông thôn, vượt kế hoạch.", "vượt kế hoạch"),
    Example("Có 4/7 ấp đạt ấp nông thôn mới kiểu mẫu, vượt kế hoạch."),
    Example("Tỷ lệ hồ sơ trễ hạn 0,8%, không vượt chỉ tiêu cho phép (1%)."),
    # a verdict written after another figure is that figure's, not the first target's
    Example("Tỷ lệ hộ nghèo còn 2,1% (chỉ tiêu dưới 2,5%), tỷ lệ tham gia BHYT đạt 91% (chỉ tiêu 93%), chưa đạt "
            "chỉ tiêu."),
    # one result against two plans, each with the verdict written before its brackets
    Example("Tỷ lệ bao phủ BHYT đạt 90,1%, hoàn thành chỉ tiêu tỉnh giao (tỉnh giao năm 2024 là 90%), vượt chỉ tiêu "
            "huyện giao (năm 2024 huyện giao 90,2%).", "90,1%"),
    Example("Tỷ lệ bao phủ BHYT đạt 90,5%, hoàn thành chỉ tiêu tỉnh giao (tỉnh giao năm 2024 là 90%), vượt chỉ tiêu "
            "huyện giao (năm 2024 huyện giao 90,2%)."),
    # "không dưới", "không thấp hơn": a floor, not a ceiling
    Example("Tỷ lệ hồ sơ nộp trực tuyến đạt 81,4%, vượt chỉ tiêu không dưới 75% của tỉnh."),
    Example("Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 97,3%, đạt chỉ tiêu không thấp hơn 95%."),
    Example("Tỷ lệ hồ sơ nộp trực tuyến đạt 68,9%, vượt chỉ tiêu không dưới 75% của tỉnh.", "68,9%, vượt chỉ tiêu"),
    # a group's verdict against each member's own share of the plan (a warning)
    Example("Ba xã hoàn thành vượt chỉ tiêu thu ngân sách: xã Tân An đạt 112% chỉ tiêu, xã Tân Phú đạt 99,5% chỉ tiêu, "
            "xã Tân Hòa đạt 105% chỉ tiêu.", "99,5%"),
    Example("Ba xã hoàn thành vượt chỉ tiêu thu ngân sách: xã Tân An đạt 112% chỉ tiêu, xã Tân Phú đạt 109,5% chỉ "
            "tiêu, xã Tân Hòa đạt 105% chỉ tiêu."),
    # "hoàn thành vượt …" after the share of the plan: the verdict's own words, not another subject's
    Example("Đảng ủy kết nạp 27 đảng viên mới, đạt 90% chỉ tiêu, hoàn thành vượt chỉ tiêu được giao.", "27"),
    Example("Hội vận động được 186 hội viên mới, bằng 93% kế hoạch năm, hoàn thành vượt kế hoạch.", "93%"),
    Example("Thu ngân sách đạt 18,6 tỷ đồng (bằng 97,2% dự toán), hoàn thành vượt dự toán huyện giao.", "18,6"),
    Example("Xã đã cấp 412 giấy chứng nhận, đạt 103% kế hoạch, hoàn thành vượt kế hoạch năm."),
    Example("Sản lượng lúa đạt 5.240 tấn, bằng 96% so với cùng kỳ, hoàn thành vượt kế hoạch."),
    Example("Kết nạp 27 đảng viên, đạt 90% chỉ tiêu, trong khi thu ngân sách hoàn thành vượt dự toán."),
    # "vượt X% <plan> (<plan figure>)" with a result below that plan
    Example("Thu ngân sách trên địa bàn đạt 126,4 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng).", "5,3%"),
    Example("Thu ngân sách trên địa bàn đạt 141,1 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng)."),
    Example("Trong năm kết nạp 56 hội viên mới, vượt 12% kế hoạch (60 hội viên).", "12%"),
    # the plan's year named between "chỉ tiêu" and its figure
    Example("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%, chỉ tiêu Nghị quyết năm 2023 là 93%, đã hoàn thành chỉ "
            "tiêu Nghị quyết.", "91,2%"),
    Example("Tỷ lệ che phủ rừng đạt 46,5%, chỉ tiêu Nghị quyết năm 2025 là 45%, đã hoàn thành chỉ tiêu."),
    # "chỉ tiêu chưa đạt là …": the verdict names another indicator, not the figure before it
    Example("Xã hoàn thành 14/16 chỉ tiêu, đạt 87,5%; các chỉ tiêu chưa đạt gồm tỷ lệ hộ nghèo và tỷ lệ trường chuẩn "
            "quốc gia (mục tiêu từ 90% trở lên)."),
    Example("Tỷ lệ hộ dùng nước sạch đạt 97%, chỉ tiêu chưa đạt (mục tiêu từ 95% trở lên).", "97%"),
    # a percentage, one comma, the claim, its plan in a bracket right after it (a warning: read from the order)
    Example("Giáo dục: 7/12 trường đạt chuẩn quốc gia (58,3%), vượt chỉ tiêu nghị quyết đề ra (60%).", "Giáo dục"),
    Example("Giáo dục: 8/12 trường đạt chuẩn quốc gia (66,7%), vượt chỉ tiêu nghị quyết đề ra (60%)."),
    Example("Tổng giá trị sản xuất tăng 7,4% so với năm 2024, vượt chỉ tiêu nghị quyết đề ra (tăng 8%).", "Tổng"),
    Example("Tổng giá trị sản xuất tăng 8,4% so với năm 2024, vượt chỉ tiêu nghị quyết đề ra (8%)."),
    # an average per unit after the result is not what passed the plan
    Example("Tổ chức 5 đợt, tiếp nhận 1.260 đơn vị máu, bình quân 252 đơn vị mỗi đợt, vượt 5% kế hoạch (1.200 đơn vị)."),
    # (round 21) a rate, then its plan in the next clause named by the plan word alone, then the verdict
    Example("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 94,2%, chỉ tiêu 97%, đạt chỉ tiêu huyện giao.", "94,2%"),
    Example("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 98,2%, chỉ tiêu 97%, đạt chỉ tiêu huyện giao."),
    Example("Tỷ lệ lao động qua đào tạo 71,5%; mục tiêu Đại hội là 70%; như vậy chưa đạt mục tiêu.", "71,5%"),
    Example("Tỷ lệ lao động qua đào tạo 68,5%; mục tiêu Đại hội là 70%; như vậy chưa đạt mục tiêu."),
    # the indicator is the rate's own clause's, a "worse" word negated names the good side
    Example("Tỷ lệ che phủ rừng đạt 46%; tỷ lệ hộ nghèo còn 3,4%, chỉ tiêu 3%, đạt chỉ tiêu.", "3,4%"),
    Example("Tỷ lệ hộ nghèo giảm còn 1,9%; tỷ lệ che phủ rừng đạt 46%, chỉ tiêu 45%, vượt chỉ tiêu."),
    Example("Tỷ lệ khu dân cư không có tội phạm đạt 85%, chỉ tiêu 80%, đạt chỉ tiêu."),
    # the way a level went against the earlier period's level in a bracket (a warning naming that reading)
    Example("Tổng vốn huy động đạt 412 tỷ đồng, giảm so với cùng kỳ năm trước (398 tỷ đồng).", "412 tỷ đồng"),
    Example("Tổng vốn huy động đạt 386 tỷ đồng, giảm so với cùng kỳ năm trước (398 tỷ đồng)."),
))
def target_status_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Vượt chỉ tiêu" with 92% against a 95% target, or "chưa đạt" with 98% against 95%;
    "vượt dự toán" with "đạt 95% dự toán". "Giảm còn", "không quá", "dưới" make the target
    a ceiling; "trở lên", "ít nhất" a floor."""
    handled = [(t.start, t.end) for t in ctx.of_kind("target")
               if t.get("claimed_status") and t.get("status") not in (None, "không rõ")]
    yield from _plan_claims(ctx, handled)
    for issue in _percent_plan_claims(ctx, handled):
        handled.append((issue.start, issue.end))
        yield issue
    yield from _level_plan_claims(ctx, handled)
    yield from _bracketed_plan_claims(ctx, handled)
    yield from _bounded_claims(ctx, handled)
    yield from _count_bound_claims(ctx, handled)
    if "đạt" in ctx.text and "%" in ctx.text:
        yield from _group_verdict_items(ctx)
    yield from _excess_below_plan(ctx)
    yield from _ways_against_earlier(ctx)
    for target in ctx.of_kind("target"):
        claimed, computed = target.get("claimed_status"), target.get("status")
        if not claimed or computed in (None, "không rõ"):
            continue
        if target.get("target_value") is None:
            yield from _attainment_claim(ctx, target, claimed, computed)
            continue
        if not _claim_reaches(ctx, target):
            continue  # the verdict may be another figure's: silence
        numbers = f"kết quả {target.get('actual_text')} so với chỉ tiêu {_level_said(target)}"
        start = target.start - (target.get("result_before") or 0)  # "386 hộ … (chỉ tiêu Nghị quyết: từ 400 hộ …"
        # a verdict given in the lead of a list ("Xã hoàn thành vượt kế hoạch các chỉ tiêu chủ yếu: …; tỷ lệ BHYT đạt
        # 93,5% (kế hoạch 95%)") is read as each item's: inferred, a warning that says so
        lead = (target.get("claim_offset") or 0) < 0
        said, severity = ("Câu dẫn ghi", Severity.WARNING) if lead else ("Văn bản ghi", None)
        if claimed in MET and computed == "chưa đạt":
            yield Issue(start, target.end, f"{said} “{claimed}” nhưng {numbers} là chưa đạt.", None, severity)
        elif claimed == "chưa đạt" and computed in MET:
            yield Issue(start, target.end, f"{said} “chưa đạt” nhưng {numbers} là {computed}.", None, severity)
        elif claimed == "vượt" and computed == "đạt" and not (
                target.get("comparator") in ("<=", "<") and target.get("actual_value") < target.get("target_value")):
            yield Issue(target.start, target.end,
                        f"Văn bản ghi “vượt” nhưng {numbers} là vừa đạt, không vượt.", None, Severity.WARNING)


def _excess_below_plan(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Thu ngân sách đạt 126,4 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng)": a result said to pass its plan
    by some percent while it is below that plan (the excess's own arithmetic is derived-mismatch's)."""
    text = ctx.text
    tokens = ctx.reading.tokens
    for relation in quantities_of(ctx).of("excess"):
        plan, result, percent = relation.whole, relation.parts[0], relation.share
        cue = percent.modifier_cue
        if not plan.value or result.value >= plan.value or cue is None \
                or not _at_most_a_comma(tokens, unit_end(text, result), cue.start):
            continue  # (only the level the "vượt" follows at once: not "gấp 1,3 lần năm 2024 (2.956 người) và vượt 9,8%")
        attained = format_vi(result.value / plan.value * 100, 1)
        yield Issue(cue.start, percent.end,
                    f"Văn bản ghi “vượt” nhưng kết quả {text[result.start:unit_end(text, result)].strip()} so với "
                    f"kế hoạch {text[plan.start:unit_end(text, plan)].strip()} chỉ đạt {attained}%: chưa đạt.", None, None,
                    (Related(plan.start, unit_end(text, plan), "plan"), Related(result.start, unit_end(text, result), "result")))


# the words of a rise ("cao hơn", "tăng"); any other way read is a fall
_RISES = frozenset(("cao", "tăng"))
# how far apart two levels of one indicator a period apart are read as levels: a bracket under half or over twice the
# level gives the gap more likely than the earlier level
_LEVELS_APART = (0.5, 2.0)


def _ways_against_earlier(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Tỷ lệ giải ngân đạt 68,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%)": the way a level went against the
    earlier period's (the quantity layer's "level-vs-earlier") must be what the two figures give. A warning naming
    the earlier level it read in the bracket (which might give the gap instead)."""
    for relation in quantities_of(ctx).of("level-vs-earlier"):
        earlier, level, way = relation.whole, relation.parts[0], relation.cues[0]
        if not level.value or not _LEVELS_APART[0] <= earlier.value / level.value <= _LEVELS_APART[1]:
            continue  # "còn 3,2%, giảm so với năm trước (0,6%)": a gap, not the earlier level
        rises = way.text.split()[0].lower() in _RISES
        if (level.value > earlier.value) == rises and level.value != earlier.value:
            continue
        went = "cao hơn" if level.value > earlier.value else "thấp hơn" if level.value < earlier.value else "bằng"
        yield Issue(level.start, earlier.end,
                    f"Văn bản ghi “{way.text}” nhưng {level.text} {went} {earlier.text} (đọc số trong ngoặc là mức "
                    f"của kỳ so sánh).", None, Severity.WARNING,
                    (Related(earlier.start, earlier.end, "earlier"), Related(level.start, level.end, "later"),
                     Related(way.start, way.end, "cue")))


def _at_most_a_comma(tokens, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` the shared tokenizer reads nothing but one comma, or nothing at all."""
    between = tokens[bisect_left(tokens, start, key=attrgetter("start")):bisect_left(tokens, end, key=attrgetter("start"))]
    return len(between) <= 1 and all(t.text == "," for t in between)


def _level_said(target) -> str:
    """The target's level as the message names it: "6,6–6,8%" for a range read from its low end."""
    low = target.get("range_low")
    if low is not None:
        return f"{format_vi(low, 2).rstrip('0').rstrip(',')}–{target.get('target_text')}"
    return str(target.get("target_text"))


# a verdict given to a group ("8 đảng bộ … đã kết nạp vượt kế hoạch", "các xã chưa đạt chỉ tiêu"), then its members
_GROUP_VERDICT = re.compile(r"(?<!\w)(?P<claim>đạt\s+và\s+vượt|(?:hoàn\s+thành\s+)?vượt|chưa\s+đạt|không\s+đạt|"
                            r"chưa\s+hoàn\s+thành)(?:\s+mức)?\s+(?:kế\s+hoạch|chỉ\s+tiêu)(?!\w)", re.IGNORECASE)
_GROUP_BEFORE = re.compile(r"(?<!\w)(?:[Cc]ác|[Nn]hững)\s+[^\W\d_]+", re.IGNORECASE)
_LIST_OPENER = re.compile(r"\s*(?:Cụ\s+thể|Đó\s+là|Gồm(?:\s+có)?|Bao\s+gồm)\s*[:,]")
_ITEM_ATTAINED = re.compile(r"(?:đạt|bằng)\s*$", re.IGNORECASE)
_ITEM_OF_PLAN = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|KH)(?!\w)", re.IGNORECASE)


def _group_verdict_items(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Có 8 đảng bộ … đã kết nạp vượt kế hoạch đề ra. Cụ thể, Đảng bộ A kết nạp 241 ĐV (đạt 160% kế hoạch); … và
    Đảng bộ B kết nạp 162 ĐV (đạt 98% kế hoạch)": the verdict given to a group (a count of two or more, or "các"/
    "những"), then its members listed after a colon or in the next sentence ("Cụ thể", "Đó là"), each with its
    share of the plan: a member's own share must bear the group's verdict (a warning: the member is read as one of
    the group by the list). A part of the plan's period ("6 tháng") gets no verdict."""
    layer = quantities_of(ctx)
    sentences = ctx.reading.sentences
    for index, (s_start, s_end) in enumerate(sentences):
        claim = _GROUP_VERDICT.search(ctx.text, s_start, s_end)
        if claim is None or _PART_PERIOD.search(ctx.text, s_start, s_end):
            continue
        colon = ctx.text.find(":", claim.end(), s_end)
        lead_end = colon if colon != -1 else s_end
        lead = [q for q in layer.quantities if s_start <= q.start < lead_end]
        if any(q.kind == "percent" for q in lead) or not (
                any(q.kind == "count" and q.value >= 2 and q.start < claim.start() for q in lead)
                or _GROUP_BEFORE.search(ctx.text, s_start, claim.start())):
            continue  # one result's own verdict; or no group
        if colon != -1:
            list_start, list_end = colon + 1, s_end
        elif index + 1 < len(sentences) and _LIST_OPENER.match(ctx.text, sentences[index + 1][0]):
            list_start, list_end = sentences[index + 1]
            if _PART_PERIOD.search(ctx.text, list_start, list_end):
                continue
        else:
            continue
        claimed = " ".join(claim["claim"].lower().split())
        claimed = {"hoàn thành vượt": "vượt", "không đạt": "chưa đạt", "chưa hoàn thành": "chưa đạt",
                   "đạt và vượt": "đạt"}.get(claimed, claimed)
        for q in layer.quantities:
            if not (list_start <= q.start < list_end and q.kind == "percent") or q.modifier is not None:
                continue
            plan = _ITEM_OF_PLAN.match(ctx.text, q.end)
            if plan is None or not _ITEM_ATTAINED.search(ctx.text, max(list_start, q.start - 12), q.start):
                continue
            computed = verdict(q.value, 100.0)
            wrong = (claimed == "vượt" and computed != "vượt" or claimed == "đạt" and computed == "chưa đạt"
                     or claimed == "chưa đạt" and computed != "chưa đạt")
            if wrong:
                yield Issue(q.start, q.end, f"Nhóm được ghi “{claim.group()}” nhưng đơn vị này đạt {q.text}{plan.group()}, "
                            f"là {computed}.", None, Severity.WARNING,
                            (Related(claim.start(), claim.end(), "cue"),))


def _plan_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Kết nạp 28 đảng viên trên chỉ tiêu 30, vượt kế hoạch", "chỉ tiêu 1.200 triệu đồng;
    thực hiện 1.150 triệu đồng, vượt chỉ tiêu": a claim against the plan and the result the
    quantity layer reads in the same sentence (counts and money; percentage targets with a
    comparator are the target detector's)."""
    text = ctx.text
    if not _names_a_plan(ctx):
        return
    layer = quantities_of(ctx)
    for s_start, s_end, _, claim in _claim_sentences(ctx, handled):
        claimed = _claim_of(claim)
        at = s_start + claim.start()
        inside = [q for q in layer.quantities if s_start <= q.start < at and q.kind in ("count", "money")]
        plans = [q for q in inside if q.role == "plan"]
        if not plans:
            yield from _ratio_claim(text, layer, s_start, at, s_end, claimed)
            yield from _admitted_ratio_claim(text, layer, s_start, at, s_end, claimed)
            yield from _measure_ratio_claim(text, layer, s_start, at, s_end, claimed)
            continue
        if len(plans) != 1:
            continue
        plan = plans[0]
        results = [q for q in inside if q.role != "plan" and q.kind == plan.kind
                   and (plan.kind == "money" or q.head is None or plan.head is None or q.head == plan.head)
                   and (plan.kind == "money" or q.noun_class == plan.noun_class or plan.noun_class is None)]
        if len(results) != 1:
            continue
        result = results[0]
        plan_clause = text[max(s_start, text.rfind(";", 0, plan.start) + 1):plan.start]
        if _AIM.search(plan_clause) and not (max(s_start, text.rfind(";", 0, plan.start) + 1) <= result.start):
            continue  # "kết nạp 18 đảng viên; năm 2025 phấn đấu kết nạp từ 20 …, hoàn thành vượt chỉ tiêu": next year's aim
        related = (Related(plan.start, unit_end(text, plan), "plan"), Related(result.start, unit_end(text, result),
                                                                              "result"))
        # "Số hộ nghèo cuối năm là 23 hộ trên kế hoạch 25 hộ, hoàn thành chỉ tiêu": a plan of an indicator better
        # lower is a ceiling; so is a plan its own word bounds ("xảy ra 02 vụ, chỉ tiêu không quá 03 vụ - đạt")
        comparator = _BOUND_COMPARATORS.get(plan.modifier_cue.text.lower()) if plan.modifier == "bound" \
            and plan.modifier_cue is not None else None
        comparator = comparator or ("<=" if lower_is_better(text[s_start:min(result.start, plan.start)]) else ">=")
        yield from _verdict(s_start, s_end, claimed, result, plan, related,
                            f"kết quả {result.text} so với kế hoạch {plan.text}", comparator)


# a plan for a later period: an aim, not the level a result written before it is judged against
_AIM = re.compile(r"(?<!\w)(?:phấn\s+đấu|dự\s+kiến|sẽ|năm\s+tới|năm\s+sau|thời\s+gian\s+tới|giai\s+đoạn\s+tới)(?!\w)",
                  re.IGNORECASE)
_RATIO_OF_PLAN = re.compile(r"(?:chỉ\s+tiêu|kế\s+hoạch)(?:[^\d;:%]|(?<=năm )\d{4}){0,60}?\s(?:đạt|thực\s+hiện|được)(?:\s+được)?\s*$",
                            re.IGNORECASE)


def _ratio_claim(text: str, layer, s_start: int, at: int, s_end: int, claimed: str) -> Iterator[Issue]:
    """"Chỉ tiêu kết nạp đảng viên đạt 18/20 đồng chí, vượt kế hoạch": a ratio the target's own
    clause says it reached is its result over its plan."""
    inside = [q for q in layer.quantities if s_start <= q.start < s_end]
    ratios = [q for q in inside if q.kind == "ratio" and q.total and q.start < at]
    if len(ratios) != 1 or len(inside) != 1:
        return  # another figure in the sentence may be the plan the claim is against
    ratio = ratios[0]
    clause_start = max(s_start, text.rfind(";", 0, ratio.start) + 1)
    if not _RATIO_OF_PLAN.search(text, clause_start, ratio.start) or ";" in text[ratio.end:at]:
        return
    plan = replace(ratio, value=ratio.total, text=format_vi(ratio.total))
    related = (Related(ratio.start, unit_end(text, ratio), "result"),)
    yield from _verdict(s_start, s_end, claimed, ratio, plan, related,
                        f"kết quả {format_vi(ratio.value)} so với kế hoạch {format_vi(ratio.total)} ({ratio.text})")


# new members admitted ("kết nạp", "phát triển"): a ratio of them is what was done over what was planned
_ADMITTED_BEFORE = re.compile(r"(?<!\w)(?:kết\s+nạp|phát\s+triển)(?:\s+(?:được|mới))?(?:\s+(?:đảng|đoàn|hội)\s+viên"
                              r"(?:\s+mới)?)?\s*:?\s*(?:được\s+)?$", re.IGNORECASE)


def _admitted_ratio_claim(text: str, layer, s_start: int, at: int, s_end: int, claimed: str) -> Iterator[Issue]:
    """"Kết nạp đảng viên: 17/20 đảng viên (đạt 85%), hoàn thành chỉ tiêu": new members admitted written as a
    ratio, with its own percentage, and a verdict on the plan: the ratio is taken as the result over the plan
    (a warning naming that reading: no plan word stands by the 20)."""
    inside = [q for q in layer.quantities if s_start <= q.start < s_end]
    ratios = [q for q in inside if q.kind == "ratio" and q.total and q.start < at]
    others = [q for q in inside if q not in ratios]
    if len(ratios) != 1 or len(others) > 1 or others and others[0].kind != "percent":
        return
    ratio = ratios[0]
    if not _ADMITTED_BEFORE.search(text, max(s_start, ratio.start - 40), ratio.start) or ratio.head not in (
            "đảng viên", "đoàn viên", "hội viên", None) or ";" in text[ratio.end:at]:
        return  # ("kết nạp 17/20 quần chúng được giới thiệu": 17 of the 20 introduced)
    if others and round(ratio.value / ratio.total * 100) != round(others[0].value):
        return  # the percentage beside it is of something else
    plan = replace(ratio, value=ratio.total, text=format_vi(ratio.total))
    for issue in _verdict(s_start, s_end, claimed, ratio, plan, (Related(ratio.start, unit_end(text, ratio), "result"),),
                          f"kết quả {format_vi(ratio.value)} so với chỉ tiêu {format_vi(ratio.total)} "
                          f"(nếu {ratio.text} là số kết nạp trên chỉ tiêu)"):
        yield replace(issue, severity=Severity.WARNING)


_DONE_BEFORE = re.compile(r"(?<!\w)được\s*$", re.IGNORECASE)
_MEASURES = frozenset(("area", "length", "mass", "volume"))


def _measure_ratio_claim(text: str, layer, s_start: int, at: int, s_end: int, claimed: str) -> Iterator[Issue]:
    """"Xuống giống lúa Thu Đông được 1.420/1.500 ha, vượt kế hoạch đề ra": land, roads or a crop done ("được") written
    as a ratio, and a verdict on the plan, the sentence's only figure: the ratio is taken as what was done over what was
    planned (a warning naming that reading). Not a count of units ("4/7 ấp đạt chuẩn" may be some of all the ấp)."""
    inside = [q for q in layer.quantities if s_start <= q.start < s_end]
    if len(inside) != 1 or inside[0].kind != "ratio" or not inside[0].total or inside[0].start > at:
        return
    ratio = inside[0]
    if ratio.noun_class not in _MEASURES or not _DONE_BEFORE.search(text, max(s_start, ratio.start - 12), ratio.start) \
            or ";" in text[ratio.end:at]:
        return
    done, planned = (part.strip() for part in ratio.text.split("/", 1))
    plan = replace(ratio, value=ratio.total, text=planned)
    for issue in _verdict(s_start, s_end, claimed, ratio, plan, (Related(ratio.start, unit_end(text, ratio), "result"),),
                          f"kết quả {done} so với kế hoạch {planned} (nếu {ratio.text} là số đã làm trên kế hoạch)"):
        yield replace(issue, severity=Severity.WARNING)


def _names_a_plan(ctx: ParagraphContext) -> bool:
    """The paragraph names a plan (chỉ tiêu, kế hoạch, dự toán, mục tiêu): scanned for once, for
    the three readers of claims."""
    return ctx.reading.derived("names a plan", lambda reading: _names_plan(reading.text))


def _claim_sentences(ctx: ParagraphContext, handled: list[tuple[int, int]]):
    """(start, end, sentence, claim) of each sentence not read yet that claims a verdict
    ("vượt chỉ tiêu", "chưa đạt") over the whole period of a plan."""
    text = ctx.text
    for s_start, s_end in ctx.reading.sentences:
        if any(a < s_end and s_start < b for a, b in handled):
            continue
        sentence = text[s_start:s_end]
        claim = claim_in(sentence)
        if claim and not _PART_PERIOD.search(sentence) and not _COUNTED_TARGETS.search(sentence):
            yield s_start, s_end, sentence, claim


def _verdict(s_start: int, s_end: int, claimed: str, result, plan, related, numbers: str,
             comparator: str = ">=") -> Iterator[Issue]:
    """The claim against what the result and the plan say."""
    computed = verdict(result.value, plan.value, comparator)
    if claimed in MET and computed == "chưa đạt":
        yield Issue(s_start, s_end, f"Văn bản ghi “{claimed}” nhưng {numbers} là chưa đạt.", None, None, related)
    elif claimed == "chưa đạt" and computed in MET:
        yield Issue(s_start, s_end, f"Văn bản ghi “chưa đạt” nhưng {numbers} là {computed}.", None, None, related)


# (the plan's year may be named: "chỉ tiêu Nghị quyết năm 2023 là 93%")
_PERCENT_PLAN_BEFORE = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?:[^\d;()]|(?<=năm )\d{4}){0,40}?(?:là|đề ra|:|giao)\s*+:?\s*+$",
                                  re.IGNORECASE)
_PERCENT_RESULT_BEFORE = re.compile(r"(?:tỷ lệ|tỉ lệ)\s[^\d;()]{0,60}?\sđạt\s*$", re.IGNORECASE)
_BOUND_WORDS = re.compile(r"không quá|dưới|trên|trở lên|trở xuống|ít nhất|tối thiểu|tối đa|giảm|còn|tăng",
                          re.IGNORECASE)


def _percent_plan_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Tỷ lệ che phủ rừng đạt 42,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành
    chỉ tiêu": a rate and its plan stated in two clauses of one sentence, then the claim. Only
    a plain rate ("tỷ lệ … đạt") against a plain plan; a ceiling or floor is the target
    detector's to read."""
    text = ctx.text
    if "%" not in text or not _names_a_plan(ctx):
        return
    layer = quantities_of(ctx)
    for s_start, s_end, sentence, claim in _claim_sentences(ctx, handled):
        if _BOUND_WORDS.search(sentence):
            continue
        at = s_start + claim.start()
        percents = [q for q in layer.quantities if s_start <= q.start < at and q.kind == "percent"]
        if len(percents) != 2:
            continue
        kinds = []
        for q in percents:
            before = text[s_start:q.start]
            before = before[max(before.rfind(";"), before.rfind(","), before.rfind("(")) + 1:]
            kinds.append("plan" if _PERCENT_PLAN_BEFORE.search(before) else
                         "result" if _PERCENT_RESULT_BEFORE.search(before) else None)
        if sorted(k or "" for k in kinds) != ["plan", "result"]:
            continue
        result, plan = percents if kinds[0] == "result" else percents[::-1]
        related = (Related(plan.start, plan.end, "plan"), Related(result.start, result.end, "result"))
        comparator = "<=" if lower_is_better(text[s_start:min(result.start, plan.start)]) else ">="
        yield from _verdict(s_start, s_end, _claim_of(claim), result, plan, related,
                            f"kết quả {result.text} so với chỉ tiêu {plan.text}", comparator)


_CLAIM_AFTER_PLAN = 40  # characters at most between a plan's figure and the verdict on it ("; như vậy đã")


def _level_plan_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Tỷ lệ bao phủ 93,6%, chỉ tiêu Nghị quyết Đại hội là 95%; như vậy đã đạt chỉ tiêu đề ra": the quantity layer's
    rate held to its plan (a "level-vs-plan" relation), then the verdict right after the plan, nothing counted between.
    Only when the indicator's direction is known (resources/higher_is_better.txt, lower_is_better.txt): with a plain
    plan of unknown direction, one of the two readings (a floor, a ceiling) always bears the verdict."""
    layer = quantities_of(ctx)
    pairs = layer.of("level-vs-plan")
    if not pairs:
        return
    text = ctx.text
    for s_start, s_end, _, claim in _claim_sentences(ctx, handled):
        at = s_start + claim.start()
        for relation in pairs:
            plan, rate = relation.whole, relation.parts[0]
            if not s_start <= rate.start < plan.end <= at or at - plan.end > _CLAIM_AFTER_PLAN \
                    or any(plan.end <= q.start < at for q in layer.quantities):
                continue
            subject = text[_indicator_start(ctx, layer, rate, s_start):rate.start]
            lower = lower_is_better(subject)
            if not lower and not higher_is_better(subject):
                continue
            related = (Related(plan.start, plan.end, "plan"), Related(rate.start, rate.end, "result"))
            yield from _verdict(s_start, s_end, _claim_of(claim), rate, plan, related,
                                f"kết quả {rate.text} so với chỉ tiêu {plan.text}", "<=" if lower else ">=")


def _indicator_start(ctx: ParagraphContext, layer, rate, s_start: int) -> int:
    """Where the words naming ``rate``'s indicator start: its own clause ("giảm 12 hộ nghèo; tỷ lệ hộ có nhà ở kiên cố
    đạt 85%": not the earlier clause's "hộ nghèo"), and past a figure told before it in that clause and the comma after
    that figure ("giảm 2 vụ tai nạn, tỷ lệ hộ dùng nước sạch đạt 96%": another indicator's)."""
    start = max(s_start, layer.clauses[rate.clause].start)
    before = [q for q in layer.quantities if start <= q.start and q.end <= rate.start and q is not rate]
    if before:
        tokens = ctx.reading.tokens
        after = unit_end(ctx.text, before[-1])
        comma = next((t for t in tokens[bisect_left(tokens, after, key=attrgetter("start")):
                                        bisect_left(tokens, rate.start, key=attrgetter("start"))] if t.text == ","), None)
        if comma is not None:
            start = comma.end
    return start


# the claim's own words up to the bracket holding its plan ("vượt chỉ tiêu nghị quyết đề ra (tăng 9%)")
_PLAN_BRACKET = re.compile(r"[^\d;.()]{0,40}?\(\s*(?P<way>(?:tăng|giảm)\s+)?$", re.IGNORECASE)
_PLAN_BRACKET_END = re.compile(r"\s*\)")
# between the result and the claim: its bracket's end, the period it is compared with, one comma
_RESULT_THEN_CLAIM = re.compile(r"\s*\)?(?:\s+so\s+với\s+[^\d,;()]{0,30}?(?:\s\d{4})?)?\s*,\s*(?:đã\s+)?(?:hoàn\s+thành\s+)?$",
                                re.IGNORECASE)


def _bracketed_plan_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"8/11 trường đạt chuẩn quốc gia (72,7%), vượt chỉ tiêu nghị quyết đề ra (75%)", "tăng 8,2% so với năm 2023, vượt
    chỉ tiêu (tăng 9%)": a percentage, one comma, the claim, and the plan in a bracket right after the claim's words
    (a change against a change the same way, a level against a level). Which figure is the result is read from the
    order alone: a warning naming the plan."""
    text = ctx.text
    if "%" not in text or "(" not in text:
        return
    layer = quantities_of(ctx)
    for s_start, s_end, _, claim in _claim_sentences(ctx, handled):
        at, claim_end = s_start + claim.start(), s_start + claim.end()
        percents = [q for q in layer.quantities if s_start <= q.start < s_end and q.kind == "percent"]
        plan = next((q for q in percents if q.start >= claim_end), None)
        result = next((q for q in reversed(percents) if q.end <= at), None)
        if plan is None or result is None or not _own_result(text, layer.quantities, s_start, result):
            continue
        opening = _PLAN_BRACKET.fullmatch(text, claim_end, plan.start)
        if opening is None or not _PLAN_BRACKET_END.match(text, plan.end) or not _RESULT_THEN_CLAIM.fullmatch(
                text, result.end, at):
            continue
        way = (opening["way"] or "").strip().lower()
        said = result.modifier_cue.text.split()[0].lower() if result.modifier == "change" and result.modifier_cue \
            else ""
        if way != said or plan.modifier == "bound" or result.modifier == "bound":
            continue  # a change against a level, or a bound ("(dưới 3%)"): the target reader's, not this one's
        comparator = "<=" if not way and lower_is_better(text[s_start:result.start]) else ">="
        related = (Related(plan.start, plan.end, "plan"), Related(result.start, result.end, "result"))
        for issue in _verdict(s_start, s_end, _claim_of(claim), result, plan, related,
                              f"kết quả {result.text} so với chỉ tiêu {plan.text} (trong ngoặc sau lời đánh giá)",
                              comparator):
            yield replace(issue, severity=Severity.WARNING)


def _own_result(text: str, quantities, s_start: int, result) -> bool:
    """Whether ``result`` is what the claim after it is of: a bracket holding it holds the result alone ("(72,7%)", not
    "(cùng kỳ tăng 8,5%)", "(năm 2024 giảm 0,4%)", "(toàn tỉnh 92,4%)"), and the sentence tells no other count or rate
    before it ("12/15 xã … (80%), 3 xã … (20%), vượt chỉ tiêu (75%)": whose the claim is, the order does not say)."""
    bracketed = in_bracket(text, s_start, result.start)
    if bracketed and not text[s_start:result.start].rstrip().endswith("("):
        return False
    # told before it: nothing counted, or (the result bracketed) the one count or ratio it is the share of
    before = [q for q in quantities if s_start <= q.start < result.start and q.kind in ("count", "ratio", "percent")]
    return not before or bracketed and len(before) == 1 and before[0].kind != "percent"


def _attainment_claim(ctx: ParagraphContext, target, claimed: str, computed: str) -> Iterator[Issue]:
    """"Đạt 95% dự toán, vượt chỉ tiêu": the attainment percentage alone decides, unless the
    result covers only part of the plan's period (then it is progress, not a verdict)."""
    text = ctx.text
    clause = text[target.start:target.end]
    if _PART_PERIOD.search(clause) or _COUNTED_TARGETS.search(clause):
        return  # progress over part of the period; "18 chỉ tiêu đạt …, đạt 64,3%": a share of targets
    offset = target.get("attainment_offset")
    layer = quantities_of(ctx)
    percent = next((q for q in layer.quantities
                    if q.kind == "percent" and q.start == target.start + (offset or 0)), None)
    if percent is None or not _claim_reaches(ctx, target, percent.end):
        return
    s_start, s_end = next(((a, b) for a, b in ctx.reading.sentences if a <= percent.start < b), (target.start, target.end))
    if sum(1 for q in layer.quantities if s_start <= q.start < s_end and q.kind == "percent"
           and _OF_PLAN_AFTER.match(text, q.end)) > 1:
        return  # "đạt 99% kế hoạch xã giao và 120% kế hoạch huyện giao, vượt kế hoạch huyện giao": which plan is told
    related = (Related(percent.start, percent.end, "share"),)
    if claimed in MET and computed == "chưa đạt":
        yield Issue(target.start, target.end,
                    f"Văn bản ghi “{claimed}” nhưng kết quả mới bằng {percent.text} kế hoạch: chưa đạt.",
                    None, None, related)
    elif claimed == "chưa đạt" and computed in MET:
        yield Issue(target.start, target.end,
                    f"Văn bản ghi “chưa đạt” nhưng kết quả bằng {percent.text} kế hoạch: đã {computed}.",
                    None, None, related)


_OF_PLAN_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu|KH)(?!\w)", re.IGNORECASE)
# words that may stand between a result's clause and the verdict written for it ("…, như vậy đã hoàn thành chỉ tiêu")
# (with "đánh giá", "tự đánh giá": the verdict given as an assessment, "…(chỉ tiêu dưới 1%), đánh giá đạt chỉ tiêu")
_LINKERS = frozenset("như vậy đã là nên và thì qua đó do đều được cũng tức cả năm này trên so với bằng đánh giá tự".split())


_VERDICT_OPENS = re.compile(r"(?<!\w)hoàn\s+thành\s+$", re.IGNORECASE)


def _claim_reaches(ctx: ParagraphContext, target, figures_end: int | None = None) -> bool:
    """Whether the verdict the detector gave a target is written for that target's figures: nothing counted stands
    between its last figure and the verdict ("… 2,1% (chỉ tiêu dưới 2,5%), tỷ lệ BHYT đạt 91% (chỉ tiêu 93%), chưa
    đạt chỉ tiêu": the verdict is the second rate's), the verdict's own clause names no subject of its own ("…, trong
    khi diện tích gieo trồng vượt kế hoạch"), and no other percentage follows it in its clause ("vượt dự toán huyện
    giao (đạt 104%)"). A verdict written before the figures ("Hoàn thành chỉ tiêu: …") is the detector's reading."""
    offset = target.get("claim_offset")
    if offset is None:
        return True
    text = ctx.text
    claim_at = target.start + offset
    if figures_end is None:
        ends = []
        for key, value in (("target_offset", "target_text"), ("actual_offset", "actual_text")):
            if target.get(key) is not None and target.get(value):
                ends.append(target.start + target.get(key) + len(target.get(value)))
        if not ends:
            return True
        figures_end = max(ends)
    if claim_at < figures_end:
        return True
    layer = quantities_of(ctx)
    if any(figures_end <= q.start < claim_at and q.kind in ("percent", "count", "money", "ratio", "measure")
           for q in layer.quantities):
        return False
    between = _VERDICT_OPENS.sub("", text[figures_end:claim_at])  # "…, hoàn thành vượt chỉ tiêu": the verdict's own words
    cut = max(between.rfind(","), between.rfind(";"), between.rfind(")"))
    own = re.findall(r"[^\W\d_]+", between[cut + 1:].lower()) if cut != -1 else []
    if any(word not in _LINKERS for word in own):
        return False
    clause_end = min([i for i in (text.find(c, claim_at) for c in ",;.") if i != -1] or [len(text)])
    return not any(claim_at <= q.start < clause_end and q.kind == "percent" for q in layer.quantities)


# A rate target with its direction: "không quá 1%", "dưới 2,5%" (a ceiling), "từ 90% trở lên",
# "ít nhất 95%" (a floor), named as a chỉ tiêu / mục tiêu before it in its sentence.
# (a plan also as what a resolution "đề ra"; "giảm còn dưới 13%", "giảm xuống dưới": a ceiling however it is led in)
_BOUND_BEFORE = re.compile(r"(?:chỉ\s+tiêu|mục\s+tiêu|đề\s+ra)(?:(?!\b(?:đạt|chiếm|còn)\b)(?:[^.;\d]|(?<!\d)\d{4}(?!\d))){0,80}?"
                           r"(?P<cmp>giảm(?:\s+xuống)?(?:\s+còn)?\s+(?:dưới|không\s+quá)|(?<=là\s)giảm(?:\s+[^\W\d_]+){0,6}?\s+(?:xuống\s+)?còn|(?<=:\s)giảm(?:\s+[^\W\d_]+){0,6}?\s+(?:xuống\s+)?còn|"
                           r"không\s+vượt\s+quá|không\s+quá|không\s+dưới|không\s+thấp\s+hơn|tối\s+đa|dưới|ít\s+nhất|tối\s+thiểu|từ)"
                           r"(?:\s+mức)?\s*$", re.IGNORECASE)
_BOUND_WORDS_ANY = re.compile(r"giảm(?:\s+[^\W\d_]+){0,6}?\s+(?:xuống\s+)?còn|không\s+(?:vượt\s+)?quá|tối\s+đa|dưới|ít\s+nhất|tối\s+thiểu|trở\s+lên", re.IGNORECASE)
# the rate named right before its value, opening its clause or bracket: "Tỷ lệ nợ quá hạn 0,42%;", "còn 70 hộ nghèo
# (tỷ lệ 3,8%)"; not a change ("tỷ lệ tăng 2%") nor a plan's words ("tỷ lệ kế hoạch giao 5%")
_RATE_NAMED = re.compile(r"(?:^|[;,(]|\.\s)\s*(?:tỷ|tỉ)\s+lệ(?:\s+(?!(?:tăng|giảm|kế|chỉ|mục|dự|không|dưới|từ|trên|tối|ít|"
                         r"đạt|chiếm|là|còn|so)(?!\w))[^\W\d_]+){0,5}\s*$", re.IGNORECASE)
_FLOOR_AFTER = re.compile(r"\s*trở\s+lên", re.IGNORECASE)
# ("chỉ tiêu từ 90% trở lên, thực hiện 92,3%": what was done against the plan, as a plan/result table says it)
_RESULT_CUE = re.compile(r"(?:đạt|chiếm|là|còn|ở\s+mức|xuống|thực\s+hiện)\s*(?:tỷ\s+lệ\s*)?$", re.IGNORECASE)
_NOT_RESULT_AFTER = re.compile(r"\s*(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|so\s+với|cùng\s+kỳ|trở\s+lên|trở\s+xuống)",
                               re.IGNORECASE)
_THIS_CLAIM = re.compile(r"(?:chỉ\s+tiêu|mục\s+tiêu)\s+(?:này|đó|trên|nói\s+trên)\s+(?:đã\s+|là\s+)?"
                         r"(chưa\s+đạt|không\s+đạt|chưa\s+hoàn\s+thành|không\s+hoàn\s+thành|vượt|đạt|hoàn\s+thành)",
                         re.IGNORECASE)
_CLAIM_WORDS = {"chưa đạt": "chưa đạt", "không đạt": "chưa đạt", "chưa hoàn thành": "chưa đạt",
                "không hoàn thành": "chưa đạt", "vượt": "vượt", "đạt": "đạt", "hoàn thành": "đạt"}


def _bounded_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Trễ hạn 33 hồ sơ, chiếm 2,57%. Với chỉ tiêu … không quá 1%, phường đã hoàn thành chỉ
    tiêu"; "đạt 92,0%; so với chỉ tiêu (từ 90% trở lên) thì chỉ tiêu này chưa đạt": a ceiling
    or floor target and the rate it bounds, in the claim's sentence or the one before, against
    the claim. Both in the claim's sentence: an error; the rate or target a sentence earlier: a
    warning naming them."""
    text = ctx.text
    if "%" not in text or not _BOUND_WORDS_ANY.search(text) or not _names_a_plan(ctx):
        return
    layer = quantities_of(ctx)
    sentences = ctx.reading.sentences
    percents = [q for q in layer.quantities if q.kind == "percent"]
    if len(percents) < 2:
        return
    for index, (s_start, s_end) in enumerate(sentences):
        if any(a < s_end and s_start < b for a, b in handled):
            continue
        sentence = text[s_start:s_end]
        claim = _THIS_CLAIM.search(sentence) or claim_in(sentence)
        if claim is None:
            continue
        claimed = _CLAIM_WORDS.get(re.sub(r"\s+", " ", claim.group(1).lower())) if claim.re is _THIS_CLAIM \
            else _claim_of(claim)
        if claimed not in ("đạt", "vượt", "chưa đạt"):
            continue
        at = s_start + claim.start()
        window = sentences[index - 1][0] if index else s_start
        bounds = []
        for q in percents:
            if not window <= q.start < s_end:
                continue
            if q.start < s_start and _OWN_VERDICT.match(text, q.end):
                continue  # "… mục tiêu dưới 12%, chưa đạt; …" the sentence before: a bound with its own verdict
            before = text[max(window, q.start - 120):q.start]
            found = _BOUND_BEFORE.search(before)
            if found is None:
                continue
            comparator = found["cmp"].lower().split()[0]
            if comparator == "từ":
                if not _FLOOR_AFTER.match(text, q.end):
                    continue
                bounds.append((q, ">="))
            elif comparator in ("ít", "tối") and "thiểu" in found["cmp"] or comparator == "ít" or re.match(
                    r"không\s+(?:dưới|thấp)", found["cmp"], re.IGNORECASE):  # "không dưới 70%": a floor
                bounds.append((q, ">="))
            else:
                bounds.append((q, "<" if re.search(r"dưới", found["cmp"], re.IGNORECASE) else "<="))
        if len(bounds) != 1:
            continue
        target, comparator = bounds[0]
        results = [q for q in percents if window <= q.start < at and q is not target and _a_result(text, window, q)]
        in_sentence = [q for q in results if q.start >= s_start]
        results = in_sentence or results
        if not results and at < target.start:
            # "Công an tỉnh đạt chỉ tiêu …: tỷ lệ hồ sơ quá hạn không quá 2%, thực hiện 1,4%": the verdict first, then
            # the bound and the one result after it, in the claim's sentence
            after = [q for q in percents if target.end <= q.start < s_end and _a_result(text, s_start, q)]
            results = after if len(after) == 1 else []
        if not results:
            continue
        result = results[-1]
        met = is_met(result.value, target.value, comparator)
        if met == (claimed in MET):
            continue
        bound = {"<": f"dưới {target.text}", "<=": f"không quá {target.text}",
                 ">=": f"từ {target.text} trở lên"}[comparator]
        verdict = "đã đạt" if met else "chưa đạt"
        close = result.start >= s_start and target.start >= s_start
        related = (Related(target.start, target.end, "plan"), Related(result.start, result.end, "result"))
        # the result and the claim are the two figures that disagree: mark from one to the other when
        # the sentence holds both ("ước còn 2,36% (chỉ tiêu dưới 2%), hoàn thành chỉ tiêu")
        start = result.start if result.start >= s_start and result.start < s_start + claim.start() else s_start + claim.start()
        yield Issue(start, s_start + claim.end(),
                    f"Văn bản ghi “{claimed}” nhưng kết quả {result.text} so với chỉ tiêu {bound} là {verdict}.", None, None if close else Severity.WARNING, related)


def _a_result(text: str, window: int, q) -> bool:
    """A rate told as what was reached ("đạt 92%", "thực hiện 1,4%", "tỷ lệ nợ quá hạn 0,42%"), not a plan's share."""
    return bool((_RESULT_CUE.search(text[max(window, q.start - 20):q.start]) and not in_bracket(text, window, q.start)
                 or _RATE_NAMED.search(text, max(window, q.start - 60), q.start))
                and not _NOT_RESULT_AFTER.match(text, q.end))


# a verdict right after a bound ("dưới 12%, chưa đạt", "(từ 90% trở lên), đạt"): that bound's own
_OWN_VERDICT = re.compile(r"(?:\s*trở\s+lên)?\s*\)?\s*[,;:]?\s*(?:(?:là|nên|thì)\s+)?(?:chưa\s+|không\s+)?(?:đạt|vượt|hoàn\s+thành)(?!\w)",
                          re.IGNORECASE)
_BOUND_COMPARATORS = {"không quá": "<=", "tối đa": "<=", "dưới": "<", "ít nhất": ">=", "tối thiểu": ">="}
_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:còn|có|đạt)\s*$", re.IGNORECASE)


def _count_bound_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Chỉ tiêu: số hộ nghèo giảm còn không quá 45 hộ, hộ cận nghèo không quá 80 hộ. … toàn xã
    còn 52 hộ nghèo, đạt chỉ tiêu; hộ cận nghèo còn 76 hộ, đạt chỉ tiêu": a count bounded by a
    target (the quantity layer's bound: không quá, tối đa, dưới, ít nhất, tối thiểu) in the
    claim's sentence or the one before, and the count of the same noun a clause claims against
    it. The bound is the one whose words name the result's noun ("hộ nghèo", not "hộ cận
    nghèo"); in the claim's sentence an error, a sentence before a warning naming it."""
    text = ctx.text
    if not _names_a_plan(ctx):
        return
    layer = quantities_of(ctx)
    bounds = [q for q in layer.quantities if q.kind == "count" and q.head and q.modifier == "bound"
              and q.modifier_cue.text.lower() in _BOUND_COMPARATORS]
    if not bounds:
        return
    sentences = ctx.reading.sentences
    for index, (s_start, s_end) in enumerate(sentences):
        if any(a < s_end and s_start < b for a, b in handled):
            continue
        window = sentences[index - 1][0] if index else s_start
        for clause in re.finditer(r"[^;]+", text[s_start:s_end]):
            c_start, c_end = s_start + clause.start(), s_start + clause.end()
            claim = CLAIM.search(text, c_start, c_end)
            claimed = _claim_of(claim)
            if claimed not in ("đạt", "vượt", "chưa đạt"):
                continue
            results = [q for q in layer.quantities if c_start <= q.start < claim.start() and q.kind == "count"
                       and q.head and q.modifier is None and q.role != "plan"
                       and _LEVEL_BEFORE.search(text, max(c_start, q.start - 8), q.start)]
            if len(results) != 1:
                continue
            result = results[0]
            noun = _result_noun(text, result, c_start)
            found = [b for b in bounds if window <= b.start < result.start and result.head.split()[0] == b.head.split()[0] and noun
                     and re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", _clause_of(text, b).lower())]
            if len(found) != 1:
                continue
            bound = found[0]
            comparator = _BOUND_COMPARATORS[bound.modifier_cue.text.lower()]
            met = is_met(result.value, bound.value, comparator)
            if met == (claimed in MET):
                continue
            said = f"{bound.modifier_cue.text} {bound.text} {bound.head}"
            related = (Related(bound.modifier_cue.start, unit_end(text, bound), "plan"),
                       Related(result.start, unit_end(text, result), "result"))
            yield Issue(result.start, claim.end(),  # from the result to the claim that disagrees with it
                        f"Văn bản ghi “{claim.group().strip()}” nhưng {result.text} {result.head} so với chỉ tiêu "
                        f"{said} là {'đã đạt' if met else 'chưa đạt'}.", None,
                        None if bound.start >= s_start else Severity.WARNING, related)


def _result_noun(text: str, result, floor: int) -> str | None:
    """The noun a level names: its own words ("còn 52 hộ nghèo"), or those before "còn" ("hộ
    cận nghèo còn 76 hộ")."""
    own = text[result.end:unit_end(text, result)].strip().lower()
    if len(own.split()) >= 2:
        return own
    before = re.search(rf"(?<!\w){re.escape(result.head)}(?:\s+[^\W\d_]+){{0,4}}?(?=\s+(?:giảm\s+)?còn\s*$)",
                       text[max(floor, result.start - 50):result.start], re.IGNORECASE)
    return before.group().lower() if before else None


def _clause_of(text: str, quantity) -> str:
    start = max(text.rfind(c, 0, quantity.start) for c in ",;:.") + 1
    return text[start:quantity.start]


@rule("target-status-mismatch", severity=Severity.ERROR, title="Đánh giá chỉ tiêu trái với số liệu", scope="document",
      examples=(
          Example("Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\nKết nạp hội viên mới | 120 | 96 | vượt chỉ tiêu\n"
                  "Hộ SXKD giỏi các cấp | 380 hộ | 412 hộ | vượt 8,4%", "120 | 96 | vượt chỉ tiêu"),
          Example("Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\nKết nạp hội viên mới | 120 | 126 | vượt chỉ tiêu\n"
                  "Hộ SXKD giỏi các cấp | 380 hộ | 412 hộ | vượt 8,4%"),
          # the text's claim on a row's result, the row named in the sentence
          Example("Khối\tChỉ tiêu\tKết nạp\tTỷ lệ (%)\nXã, phường\t1.650\t1.624\t98,4\nDoanh nghiệp\t420\t409\t97,4\n"
                  "Khối doanh nghiệp kết nạp 409 đảng viên, vượt chỉ tiêu được giao.", "409 đảng viên, vượt chỉ tiêu"),
          Example("Khối\tChỉ tiêu\tKết nạp\tTỷ lệ (%)\nXã, phường\t1.650\t1.624\t98,4\nDoanh nghiệp\t420\t439\t104,5\n"
                  "Khối doanh nghiệp kết nạp 439 đảng viên, vượt chỉ tiêu được giao."),
          # better lower, or a bound: no verdict from the cells
          Example("Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\nSố vụ tai nạn giao thông | 10 | 8 | đạt\n"
                  "Tỷ lệ hộ nghèo | dưới 2% | 1,86% | đạt"),
          # (round 21) a verdict cell "Đã đạt", a plan cell "giảm còn dưới …"
          Example("Chỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá\nSản lượng lương thực (tấn)\t8.200\t8.410\tVượt\n"
                  "Tỷ lệ trẻ suy dinh dưỡng (%)\tgiảm còn dưới 9\t9,6\tĐã đạt", "giảm còn dưới 9"),
          Example("Chỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá\nSản lượng lương thực (tấn)\t8.200\t8.410\tVượt\n"
                  "Tỷ lệ trẻ suy dinh dưỡng (%)\tgiảm còn dưới 9\t8,6\tĐã đạt"),
      ))
def table_target_status(ctx: DocumentContext) -> Iterator[Issue]:
    """A table row's verdict against its plan and result cells, and the text's claim on a row's
    result against that row's plan (checks/tables.py)."""
    yield from table_verdict_mismatch(ctx)
    yield from text_claim_against_table(ctx)
