"""The same quantity stated twice must have the same value ("bầu bổ sung 6 Ủy viên Ban Chấp
hành" … later "6 đồng chí Ủy viên Ban Chấp hành")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from itertools import islice
from typing import Iterator, NamedTuple

from ..model import Entity, Related, Severity
from ..numbers import format_vi, round_half_up, written_like
from ..quantities import Quantity, head_of, layer_of, quantities_of, unit_end
from ..quantities.attendance_blocks import once_per_document
from ..quantities.attendance_reader import told_absent
from ..quantities.lists import paragraph_layer
from ..quantities.restated import restatements, running_total
from ..quantities.scope import (
    PLAN_LIST_LEAD,
    WAIVED_BEFORE,
    admitted_into,
    event_match,
    named_subject_at,
    period_items,
    subject_items,
    two_tiers,
)
from ..quantities.tables import tables
from ..resources import word_list, word_pairs
from ..structure import LineKind
from .citing import sentence_cited
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule
from .tables import text_against_table_total

_FILLERS = ("các đồng chí ", "đồng chí ")
# "trên" as a bound ("trên 2.000 hộ"), not the place phrase a report's amounts so often carry ("thu ngân sách
# nhà nước trên địa bàn đạt 3.264 tỷ đồng")
_ABOVE = r"trên(?!\s+địa\s+bàn)"
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_TARGET_BEFORE = re.compile(r"(?=[ckpmdítđ])(?:chỉ tiêu|kế hoạch|phấn đấu|mục tiêu|dự kiến|ít nhất|tối thiểu|không quá|tối đa|đề ra)",
                            re.IGNORECASE)  # ("Nghị quyết đề ra kết nạp 15 đảng viên": a plan, not a result)
_SUBSET = re.compile(r"(?:^|\s)(?:[Rr]iêng|[Tt]rong\s+(?:số\s+)?đó)(?!\w)")


def _scopes_told(kind: str) -> frozenset[str]:
    """The period scopes of resources/count_scopes.txt marked ``kind`` (long, opening, months)."""
    return frozenset(scope for scope, kinds in word_pairs("count_scopes") if kind in kinds.split())


_LONG_SCOPES = _scopes_told("long")  # a term or a running total
_OPENING_SCOPES = _scopes_told("opening")  # a moment at the period's start
_SUBSET_OPENING = re.compile(r"\s*(?:[Rr]iêng|[Tt]rong\s+(?:số\s+)?(?:đó|này))(?!\w)")
# "Một số tổ chức cơ sở đảng làm tốt …, như Đảng ủy xã Hợp Thịnh kết nạp 9 đảng viên": a body named as an example,
# its figure one part of the whole's
_EXAMPLE = re.compile(r"\s*(?i:như|(?:điển\s+hình|tiêu\s+biểu)(?:\s+(?:là|như))?)\s*:?\s+[A-ZĐ]")
_SUBSET_LIST = re.compile(r"(?:^|\s)[Tt]rong\s+(?:số\s+)?đó\s*:")  # a breakdown opened before the figure
# ("kết nạp 5 đảng viên trở lên"; "nguồn kết nạp 7 đảng viên còn lại": what is left of a plan, not what was done)
_TARGET_AFTER = re.compile(r"[^,;.()]{0,30}\b(?:trở lên|trở xuống|còn lại)(?!\w)")
# "Năm 2026, Đảng bộ phường phấn đấu thu ngân sách đạt 195 tỷ đồng; kết nạp 40 đảng viên mới": every clause after
# the striving, up to the figure, with nothing told as done
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_STRIVING = re.compile(r"(?=[pd])(?<!\w)(?:phấn\s+đấu|dự\s+kiến)(?!\w)(?![^.]*(?<!\w)(?:đã|được)(?!\w))[^.]*$", re.IGNORECASE)
# a sentence opened by the label of what is to be done: its figures are targets, but for what there is now
# ("3. Kế hoạch năm 2026: … huy động thêm vốn góp để vốn điều lệ hiện có 1.350 triệu đồng tăng lên …")
_NOW = re.compile(r"(?<!\w)(?:hiện\s+có|hiện\s+nay|hiện\s+tại|đến\s+nay)(?!\w)", re.IGNORECASE)
_PLAN_LABEL = re.compile(r"\s*(?:[-–+•]\s*)?(?:[\dIVX]{1,3}[.)]\s*)?(?:kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|chỉ\s+tiêu|"
                         r"mục\s+tiêu|dự\s+toán)(?!\w)[^:.;]{0,40}:", re.IGNORECASE)


# (compiled once: read for every count of a report)
_NAMED_PERIOD = re.compile(r"(?:năm|quý|tháng)\s+[\divx]+(?:/\d{4})?")
_SLASHED_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])")
_PIECES = re.compile(r"[^\W\d_]+|\d+|\S")  # the words, numbers and marks of a sentence

@rule("figure-inconsistent", severity=Severity.WARNING, title="Cùng một số liệu ghi khác nhau", scope="document",
      examples=(
          Example("Hội nghị đã bầu bổ sung 3 đồng chí vào Ban Chấp hành.\nThay mặt 4 đồng chí vừa được bầu bổ "
                  "sung, đồng chí Lê Văn Hòa phát biểu.", "4"),
          Example("Hội nghị đã bầu bổ sung 3 đồng chí vào Ban Chấp hành.\nThay mặt 3 đồng chí vừa được bầu bổ "
                  "sung, đồng chí Lê Văn Hòa phát biểu."),
          Example("Chi bộ có 45 đảng viên.\nTổng số đảng viên của chi bộ là 47 đồng chí.", "47"),
          Example("Chi bộ có 45 đảng viên.\nTổng số đảng viên của chi bộ là 45 đồng chí."),
          # a subject's total in a speaker's words, as "tổng số N … của" it (not those of it who did something); two
          # levels of one kind of body ("Đảng bộ xã", "Đảng bộ huyện") are two subjects; a year opening the sentence
          # makes it that year's total
          Example("Đảng bộ xã có 32 chi bộ trực thuộc với 1.184 đảng viên.\nPhát biểu kết luận, đồng chí Bí "
                  "thư Đảng ủy xã nhấn mạnh: Đảng bộ xã hiện có 23 chi bộ trực thuộc, là lực lượng nòng cốt.", "23"),
          Example("Đảng bộ xã có 26 chi bộ trực thuộc (gồm 17 chi bộ thôn và 9 chi bộ cơ quan) với 1.184 đảng viên.\n"
                  "Tổng số 1.148 đảng viên của Đảng bộ là lực lượng nòng cốt của địa phương.", "1.148"),
          Example("Đảng bộ xã có 26 chi bộ trực thuộc với 1.184 đảng viên.\n"
                  "Tổng số 1.148 đảng viên của Đảng bộ đã hoàn thành đóng đảng phí."),
          Example("Chi bộ có 45 đảng viên.\nNăm 2020, Chi bộ có 43 đảng viên."),
          Example("Năm 2025, Đảng bộ xã có 32 chi bộ trực thuộc với 1.184 đảng viên.\nĐồng chí Bí thư Đảng ủy huyện cho "
                  "biết: Đảng bộ huyện hiện có 23 tổ chức cơ sở đảng với 4.184 đảng viên."),
          Example("Đảng bộ xã có 32 chi bộ trực thuộc với 1.184 đảng viên.\nTổng số 1.148 đảng viên của Đảng bộ được "
                  "đánh giá, xếp loại chất lượng năm 2025."),
          # the same words of two tiers ("cấp huyện", "cấp xã") or of two topics opened by "Về …," / "Đối với …,"
          Example("Về kết quả đại hội chi đoàn khối trường học, có 42 đoàn viên được bầu vào ban chấp hành các chi "
                  "đoàn.\nĐối với kết quả đại hội chi đoàn khối dân cư, có 57 đoàn viên được bầu vào ban chấp hành "
                  "các chi đoàn."),
          Example("Kết quả bầu cử đại biểu Hội đồng nhân dân cấp huyện: số người trúng cử là 31 người.\nKết quả bầu "
                  "cử đại biểu Hội đồng nhân dân cấp xã: số người trúng cử là 194 người."),
          Example("Năm 2025, Ủy ban Kiểm tra cấp huyện đã kiểm tra 12 tổ chức đảng.\nỦy ban Kiểm tra cấp cơ sở đã "
                  "kiểm tra 45 tổ chức đảng."),
          Example("Về công tác phát triển đảng viên, năm 2025 Đảng bộ kết nạp 26 đảng viên mới.\nĐối với công tác "
                  "phát triển đảng viên, năm 2025 Đảng bộ kết nạp 28 đảng viên mới.", "28"),
          Example("Kết quả bầu cử đại biểu Hội đồng nhân dân cấp xã: số người trúng cử là 194 người.\nKết quả bầu "
                  "cử đại biểu Hội đồng nhân dân cấp xã: số người trúng cử là 196 người.", "196"),
          Example("Năm 2025, Ủy ban Kiểm tra cấp huyện đã kiểm tra 12 tổ chức đảng.\nTrong năm, Ủy ban Kiểm tra cấp "
                  "huyện đã kiểm tra 14 tổ chức đảng.", "14"),
          # the issuer's own figure and a neighbour's, each naming its unit
          Example("Hội Nông dân xã Hòa An kết nạp 56 hội viên mới trong năm 2025\nNgày 15/12/2025, Hội Nông dân xã "
                  "Hòa An tổng kết công tác hội. Trong năm, Hội đã kết nạp 56 hội viên mới, đứng đầu cụm thi đua; xã "
                  "Hòa Bình kết nạp 40 hội viên."),
          Example("Đảng bộ phường Long Hải kết nạp 27 đảng viên năm 2025\nNgày 18/12/2025, Đảng ủy phường Long Hải "
                  "họp tổng kết. Trong năm, Đảng bộ phường đã kết nạp được 27 đảng viên, dẫn đầu khối phường; phường "
                  "Long Thủy kết nạp 19 đảng viên."),
          Example("Đoàn phường Tân Định kết nạp 45 đoàn viên năm 2025\nSáng 10/12, Đoàn phường Tân Định tổng kết năm. "
                  "Năm qua, Đoàn phường kết nạp 45 đoàn viên; phường Đa Kao bên cạnh kết nạp 60 đoàn viên."),
          Example("Hội Nông dân xã Hòa An kết nạp 56 hội viên mới trong năm 2025\nNgày 15/12/2025, Hội Nông dân xã "
                  "Hòa An tổng kết công tác hội. Trong năm, Hội Nông dân xã Hòa An đã kết nạp 65 hội viên mới, đứng "
                  "đầu cụm thi đua.", "65"),
          # a rate told again in the same words, two neighbouring digits swapped (its growth, level or points)
          Example("Tỷ lệ che phủ rừng đạt 58,6%.\nNhìn chung, độ che phủ rừng năm 2019 đạt 56,8%, góp phần bảo vệ "
                  "nguồn nước.", "56,8%"),
          Example("Tổng sản phẩm trên địa bàn tỉnh năm 2025 tăng 7,35%\nTheo Cục Thống kê, tổng sản phẩm trên địa "
                  "bàn tỉnh năm 2025 tăng 7,53%, cao hơn mức tăng năm trước.", "7,53%"),
          Example("Ngành công nghiệp tăng 9,2%, đóng góp 2,46 điểm phần trăm vào mức tăng chung.\nTrong mức tăng "
                  "chung, ngành công nghiệp đóng góp 2,64 điểm phần trăm.", "2,64 điểm phần trăm"),
          Example("Tỷ lệ che phủ rừng đạt 58,6%.\nNhìn chung, độ che phủ rừng năm 2019 đạt 58,6%, góp phần bảo vệ "
                  "nguồn nước."),
          Example("Thu ngân sách tăng 13,4% so với cùng kỳ.\nSố doanh nghiệp thành lập mới tăng 14,3% so với cùng kỳ."),
          Example("Ước tính GRDP năm 2025 tăng 7,35%.\nKế hoạch năm 2026, phấn đấu GRDP tăng 7,53%."),
          Example("Tỷ lệ hộ nghèo năm 2024 là 3,15%.\nTỷ lệ hộ nghèo năm 2025 là 1,35%."),
          Example("Đảng viên hoàn thành nhiệm vụ chiếm 4,60%.\nVề chi bộ, hoàn thành tốt nhiệm vụ chiếm 6,40%."),
          Example("Xã An Phú: tỷ lệ tham gia bảo hiểm y tế đạt 92,4%.\nXã Bình Minh: tỷ lệ tham gia bảo hiểm y tế đạt "
                  "94,2%."),
          # a count "ghi nhận" (recorded) in prose, then under a label naming the same group
          Example("Từ đầu năm đến nay, toàn huyện ghi nhận 145 vụ tai nạn giao thông, làm chết 21 người.\nKết quả nổi "
                  "bật:\n- Số vụ tai nạn giao thông từ đầu năm: 154 vụ;\n- Số người chết: 21 người.", "154"),
          Example("Trong tháng, Trạm ghi nhận 64 ca mắc tay chân miệng.\nSố ca mắc tay chân miệng trong tháng: 46 ca.",
                  "46"),
          Example("Năm 2022, toàn tỉnh ghi nhận 312 ca mắc sốt xuất huyết.\nSở Y tế tổng hợp: số ca mắc sốt xuất huyết "
                  "trong năm là 321 ca.", "321"),
          Example("Trong quý, xã ghi nhận 14 vụ cháy rừng.\nSố vụ cháy nhà dân: 41 vụ."),
          Example("Trong tháng, Trạm ghi nhận 64 ca mắc tay chân miệng.\nSố ca mắc tay chân miệng trong tháng: 64 ca."),
          # members of one body present and absent: two groups, not one figure told twice
          Example("Thành phần: có mặt 15 đồng chí Ủy viên Ban Chấp hành Đảng bộ xã.\nVắng 2 đồng chí Ủy viên Ban Chấp "
                  "hành (đi công tác)."),
          Example("Dự họp có 9 đồng chí Ủy viên Ban Thường vụ Huyện ủy.\nVắng mặt: 1 đồng chí Ủy viên Ban Thường vụ "
                  "Huyện ủy, có lý do."),
          Example("Hội nghị có 17 đồng chí Ủy viên Ban Chấp hành Đảng bộ phường tham dự.\nVắng mặt 2 đồng chí Ủy viên "
                  "Ban Chấp hành Đảng bộ phường."),
          Example("Hội nghị có 17 đồng chí Ủy viên Ban Chấp hành Đảng bộ phường.\nCuối buổi, 18 đồng chí Ủy viên Ban "
                  "Chấp hành Đảng bộ phường đã ký biên bản.", "18"),
          Example("Trong năm, chi bộ kết nạp 3 đảng viên mới.\nNăm qua, chi bộ đã kết nạp được 4 đảng viên.", "4"),
          # those put forward for an act someone else does ("cho chi bộ xem xét kết nạp") and those it was done to
          Example("Chi đoàn giới thiệu 14 đoàn viên ưu tú cho chi bộ xem xét kết nạp.\nTrong năm, 9 đoàn viên ưu tú "
                  "được kết nạp."),
          Example("Chi đoàn giới thiệu 14 đoàn viên ưu tú cho chi bộ xem xét kết nạp.\nNăm qua, chi đoàn đã giới "
                  "thiệu 15 đoàn viên ưu tú cho chi bộ xem xét kết nạp.", "15"),
          Example("Toàn Đảng bộ kết nạp được 1.235 đảng viên mới.\nToàn Đảng bộ thị xã Sa Đéc đã kết nạp được 625 "
                  "đảng viên mới."),
          Example("Đảng bộ xã có 36 chi bộ trực thuộc với 1.482 đảng viên.\nToàn Đảng bộ hiện có 1.428 đảng viên "
                  "sinh hoạt tại 36 chi bộ.", "1.428"),
          Example("Đảng bộ xã có 36 chi bộ trực thuộc với 1.482 đảng viên.\nToàn Đảng bộ hiện có 1.482 đảng viên "
                  "sinh hoạt tại 36 chi bộ."),
          Example("Đảng bộ xã có 420 đảng viên, sinh hoạt ở 18 chi bộ.\nĐến cuối năm, Đảng bộ xã có 428 đảng viên."),
          # Two subjects, two quantities; two events on one noun, two quantities.
          Example("Phường A có 320 đảng viên.\nPhường B có 280 đảng viên."),
          # the subject after a label and a colon
          Example("Đảng bộ xã hiện có 685 đảng viên.\nVề công tác quản lý đảng viên: toàn Đảng bộ có 658 đảng viên.",
                  "658"),
          Example("Đảng bộ xã Tân An: toàn Đảng bộ có 685 đảng viên.\nĐảng bộ xã Tân Bình: toàn Đảng bộ có 512 "
                  "đảng viên."),
          Example("Đảng bộ có 35 chi bộ trực thuộc.\nHiện nay, Đảng bộ có 36 chi bộ trực thuộc.", "36"),
          Example("Đã thi hành kỷ luật 5 đảng viên.\nVề kỷ luật: đã thi hành kỷ luật 6 đảng viên vi phạm.", "6"),
          Example("Đã thi hành kỷ luật 5 đảng viên.\nĐã thi hành kỷ luật 6 đảng viên trong nhiệm kỳ 2020 - 2025."),
          Example("Xem xét 13 trường hợp: xóa bỏ hình thức kỷ luật 1 trường hợp; thay đổi hình thức kỷ luật 4 "
                  "trường hợp."),
          # after "Riêng <a period>, …" the same words tell that part of the period, not the figure again
          Example("Qua kiểm tra đã kiến nghị thu hồi 12.450 m2 đất, xử lý hành chính 35 cá nhân có sai phạm.\nRiêng "
                  "quý IV, Thanh tra huyện đã tiến hành 14 cuộc thanh tra.\nQua kiểm tra đã kiến nghị thu hồi 3.120 m2 "
                  "đất, xử lý hành chính 9 cá nhân có sai phạm."),
          Example("Hội đã vận động 420 hội viên tham gia bảo hiểm y tế. Riêng tháng 12, Hội tổ chức 3 buổi tuyên "
                  "truyền tại các chi hội. Hội đã vận động 65 hội viên tham gia bảo hiểm y tế."),
          Example("Công an xã đã tiếp nhận 48 tin báo về tội phạm.\nRiêng trong 3 tháng cuối năm, công an xã mở đợt "
                  "cao điểm tấn công trấn áp tội phạm.\nTrong đợt, công an xã đã tiếp nhận 11 tin báo về tội phạm."),
          Example("Qua kiểm tra đã kiến nghị thu hồi 12.450 m2 đất, xử lý hành chính 35 cá nhân có sai phạm.\nThanh "
                  "tra huyện đã tiến hành 14 cuộc thanh tra.\nQua kiểm tra đã kiến nghị thu hồi 3.120 m2 đất, xử lý "
                  "hành chính 9 cá nhân có sai phạm.", "9"),
          Example("Hội đã vận động 420 hội viên tham gia bảo hiểm y tế. Riêng Chi hội ấp 2 tổ chức 3 buổi tuyên "
                  "truyền. Hội đã vận động 65 hội viên tham gia bảo hiểm y tế.", "65"),
          Example("Riêng quý IV, Thanh tra huyện đã tiến hành 14 cuộc thanh tra. Qua kiểm tra đã kiến nghị xử lý hành "
                  "chính 35 cá nhân có sai phạm.\nQua kiểm tra đã kiến nghị xử lý hành chính 9 cá nhân có sai phạm.",
                  "9"),
          # A rate stated twice as a level: the same rate; a change, another year or a named subject is not.
          Example("Tỷ lệ hộ nghèo giảm còn 2,1%.\nKết quả nổi bật: tỷ lệ hộ nghèo còn 2,4%.", "2,4%", "2,1%"),
          Example("Tỷ lệ hộ nghèo giảm còn 2,1%.\nKết quả nổi bật: tỷ lệ hộ nghèo còn 2,1%."),
          Example("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,5%.\nVề xã hội, tỷ lệ người dân tham gia bảo hiểm "
                  "y tế đạt 93,5%.", "93,5%"),
          Example("Tỷ lệ hộ nghèo giảm 0,8% so với năm trước.\nTỷ lệ hộ nghèo còn 2,1%."),
          Example("Tỷ lệ người dân tham gia bảo hiểm y tế năm 2023 đạt 91,5%.\nTỷ lệ người dân tham gia bảo hiểm "
                  "y tế năm 2024 đạt 93,5%."),
          Example("Phường A: tỷ lệ hộ nghèo còn 1,2%.\nPhường B: tỷ lệ hộ nghèo còn 2%."),
          # a named measure restated (resources/count_measures.txt), its fillers left out
          Example("Trong 6 tháng đã giải quyết việc làm mới cho 415 lao động.\nSáu tháng đầu năm, các chỉ tiêu "
                  "đều đạt tiến độ; đã giải quyết việc làm cho 451 lao động.", "451"),
          Example("Trong 6 tháng đã giải quyết việc làm mới cho 415 lao động.\nSáu tháng đầu năm, các chỉ tiêu "
                  "đều đạt tiến độ; đã giải quyết việc làm cho 415 lao động."),
          Example("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp trên địa bàn đạt 2.345 tỷ đồng.\nĐồng chí "
                  "Bí thư đánh giá cao phường với giá trị sản xuất công nghiệp - tiểu thủ công nghiệp 9 tháng đạt "
                  "2.435 tỷ đồng.", "2.435"),
          Example("Giá trị sản xuất nông nghiệp đạt 345 tỷ đồng.\nGiá trị sản xuất công nghiệp đạt 2.435 tỷ đồng."),
          # a count told again in other words: what was done and what was counted agree
          Example("Trạm Y tế xã đã khám sàng lọc cho 321 lượt người cao tuổi.\nKết quả: Trạm đã khám sàng lọc cho "
                  "312 lượt người cao tuổi.", "312", "321"),
          Example("Chi bộ Trường A giám sát chuyên đề 3 đảng viên.\nChi bộ Trường B giám sát chuyên đề 5 đảng viên."),
          Example("Quý I, Ban Thường vụ đã kiểm tra 4 chi hội về thực hiện điều lệ.\nQuý II, Ban Thường vụ đã kiểm tra "
                  "6 chi hội về thực hiện điều lệ."),
          # a count referred back to ("Trong số …", "Với …") is the one stated before
          Example("Nhà trường có 20 lớp với 742 học sinh.\nVới 746 học sinh, nhà trường còn thiếu 2 phòng học.", "746",
                  "742"),
          Example("Chi bộ có 52 đảng viên.\nVới 50 đảng viên tham gia, hội nghị đã thảo luận sôi nổi."),
          # a named amount (resources/count_measures.txt) at another moment of the same period
          Example("Vốn điều lệ của Hợp tác xã đến 30/11/2025 là 1.305 triệu đồng.\nĐại hội thống nhất huy động thêm vốn "
                  "góp để vốn điều lệ hiện có 1.350 triệu đồng tăng lên 1.500 triệu đồng.", "1.350 triệu đồng",
                  "1.305 triệu đồng"),
          Example("Doanh thu của Hợp tác xã Thành Công đạt 2.450 triệu đồng.\nDoanh thu của Hợp tác xã Tân Tiến đạt "
                  "2.540 triệu đồng."),
          # a count named by a label before its number: its noun and what was done to it
          Example("Trong 11 tháng, Trạm đã khám, chữa bệnh cho 7.214 lượt người.\nKhám chữa bệnh: tổng số lượt khám, "
                  "chữa bệnh 7.241 lượt, trong đó có thẻ BHYT 5.930 lượt.", "7.241", "7.214"),
          Example("Năm 2025, toàn xã giải quyết việc làm cho 320 lao động.\nSố lao động được giải quyết việc làm "
                  "trong năm là 302 người.", "302", "320"),
          Example("Quý I, số lượt khám bệnh là 1.200 lượt.\nQuý II, số lượt khám bệnh là 1.350 lượt."),
          Example("Năm 2025, toàn xã giải quyết việc làm cho 320 lao động.\nSố lao động nữ được giải quyết việc làm "
                  "là 150 người."),  # the words before "được" qualify the label's noun: some of them
          # an amount of a named fund, by its name or its initials
          Example("- Quỹ Hỗ trợ nông dân xã: tổng nguồn vốn 1.245,5 triệu đồng.\nNăm 2025 nguồn Quỹ HTND đạt 1.254,5 "
                  "triệu đồng.", "1.254,5 triệu đồng", "1.245,5 triệu đồng"),
          Example("Quỹ khuyến học của thôn thu được 18,6 triệu đồng.\nQuỹ khuyến học của xã thu được 186 triệu đồng."),
          Example("Quỹ Khuyến học vận động được 45 triệu đồng.\nQuỹ vận động khác thu được 12 triệu đồng."),
          # the text against the total row of the table it announces (the column counting that noun)
          Example("Toàn tỉnh đã cấp 971 giấy chứng nhận. Chi tiết theo từng đơn vị:\nĐơn vị | Kế hoạch (GCN) | Thực "
                  "hiện (GCN)\nXã An Lạc | 320 | 298\nXã Bình Minh | 250 | 262\nPhường Đông Sơn | 410 | 357\n"
                  "Tổng cộng | 980 | 917", "971"),
          Example("Toàn tỉnh đã cấp 917 giấy chứng nhận. Chi tiết theo từng đơn vị:\nĐơn vị | Kế hoạch (GCN) | Thực "
                  "hiện (GCN)\nXã An Lạc | 320 | 298\nXã Bình Minh | 250 | 262\nPhường Đông Sơn | 410 | 357\n"
                  "Tổng cộng | 980 | 917"),
          # the text against a table of indicators: the row names the measure and its unit
          # one act of one body in one period (each number's event, subject and period, quantities/scope.py): the
          # summary against the detail that adds up
          Example("Trong 6 tháng, Hội Nông dân xã tiếp nhận 26 đơn thư, kiến nghị.\n2. Về đơn thư: Hội đã tiếp nhận, "
                  "phân loại 28 đơn thư; giải quyết 21 đơn, đạt 75%.", "26 đơn thư", "28"),
          Example("Trong 6 tháng, Hội Nông dân xã tiếp nhận 28 đơn thư, kiến nghị.\n2. Về đơn thư: Hội đã tiếp nhận, "
                  "phân loại 28 đơn thư; giải quyết 21 đơn, đạt 75%."),
          Example("Chi đoàn ấp Tân Hòa kết nạp 6 đoàn viên.\nChi đoàn ấp Tân Lợi kết nạp 9 đoàn viên."),
          Example("Thu ngân sách 9 tháng đạt 58,42 tỷ đồng.\nChỉ tiêu\tKế hoạch năm\tThực hiện 9 tháng\tTỷ lệ (%)\n"
                  "Thu ngân sách (tỷ đồng)\t75\t58,24\t77,7\nChi ngân sách (tỷ đồng)\t61,5\t43,87\t71,3\n"
                  "Giải quyết việc làm (lao động)\t600\t640\t106,7", "58,24", "58,42"),
                # a news headline's change told again in the body
          Example("Huyện Nam Trà My giảm 412 hộ nghèo\nNăm 2024, huyện tập trung thực hiện các chương trình mục tiêu "
                  "quốc gia. Kết quả, toàn huyện giảm 421 hộ nghèo.", "421"),
          Example("Huyện Nam Trà My giảm 412 hộ nghèo\nNăm 2024, huyện tập trung thực hiện các chương trình mục tiêu "
                  "quốc gia. Kết quả, toàn huyện giảm 412 hộ nghèo."),
          # what is due, pending or left is another quantity than what was done
          Example("Tổng số hồ sơ phải giải quyết trong năm là 1.245 hồ sơ.\nĐang giải quyết 86 hồ sơ, chuyển sang năm "
                  "sau."),
          Example("Các chi bộ đã kết nạp 21 đảng viên.\nChỉ đạo kết nạp 9 đảng viên còn lại trong quý IV."),
          # a speaker's remark in a discussion tells the body's figure again: who spoke is no subject
          Example("- Công tác xây dựng Đảng: kết nạp 27 đảng viên mới, vượt chỉ tiêu.\n+ Đồng chí Lê Văn Quý, Trưởng Ban "
                  "Xây dựng Đảng: năm nay Đảng bộ kết nạp được 24 đảng viên.", "24"),
          Example("- Toàn Đảng bộ kết nạp 27 đảng viên mới.\n+ Đồng chí Lê Văn Quý, Bí thư Chi bộ khu phố 3: năm nay kết "
                  "nạp 4 đồng chí."),
          # a ratio's whole that reads as the total just stated, mistyped
          Example("Trong 6 tháng kết nạp mới 86 hội viên, nâng tổng số hội viên lên 2.418 hội viên.\nCó 2.037/2.481 hội "
                  "viên tham gia sinh hoạt thường xuyên, đạt 82,1%.", "2.481", "2.418"),
          Example("Tổng số hộ toàn xã là 2.150 hộ.\nCó 45/52 hộ có con em đi học được hỗ trợ."),
          # two neighbouring digits swapped in a count told again in the same words, under another noun of the same
          # sort of thing (people, households, bodies)
          Example("Năm 2025, huyện đã giải quyết việc làm cho 3.472 lao động, vượt kế hoạch.\nTrong số 3.742 người được "
                  "giải quyết việc làm có 1.210 người đi làm việc ở nước ngoài.", "3.742"),
          Example("Năm 2025, huyện đã giải quyết việc làm cho 3.472 lao động, vượt kế hoạch.\nTrong số 3.472 người được "
                  "giải quyết việc làm có 1.210 người đi làm việc ở nước ngoài."),
          Example("Chương trình đã hỗ trợ xây mới nhà ở cho 1.356 hộ nghèo trên địa bàn tỉnh.\nĐến nay, chương trình đã "
                  "hỗ trợ xây mới nhà ở cho 1.536 hộ gia đình.", "1.536"),
          Example("Đến cuối năm, toàn huyện tổ chức kiểm tra 1.284 cơ sở kinh doanh thực phẩm.\nQua đợt cao điểm, đội "
                  "liên ngành đã tổ chức kiểm tra 1.824 đơn vị.", "1.824"),
          Example("Đến cuối năm, toàn huyện tổ chức kiểm tra 1.284 cơ sở kinh doanh thực phẩm.\nQua đợt cao điểm, đội "
                  "liên ngành đã tổ chức kiểm tra 1.824 doanh nghiệp."),  # two sorts of body: two figures
          # the same digits in another act: two figures; the same act with other digits: one figure, told twice
          Example("Năm 2025, huyện đã giải quyết việc làm cho 3.472 lao động.\nHuyện đã đào tạo nghề cho 3.742 người."),
          Example("Năm 2025, huyện đã giải quyết việc làm cho 3.472 lao động.\nTrong số 4.372 người được giải quyết việc "
                  "làm có 1.210 người đi làm việc ở nước ngoài.", "4.372"),
          # a news item's headline or lead figure told again further down by the same act of the same thing, with a
          # slip of its digits: those admitted into the Party are its new members, a bracket defines an abbreviation
          Example("Huyện Lâm Bình kết nạp 415 đảng viên mới\nTrong năm 2025, Đảng bộ huyện Lâm Bình đã kết nạp được "
                  "451 quần chúng ưu tú vào Đảng, đạt 104% chỉ tiêu.\nCác chi bộ chú trọng công tác tạo nguồn.", "451"),
          Example("Xã Tân Phú có thêm 3 hợp tác xã\nNăm 2025, xã Tân Phú thành lập mới 3 hợp tác xã (HTX), nâng tổng số "
                  "lên 26 hợp tác xã trên địa bàn.\nCác HTX hoạt động hiệu quả, thu hút nhiều thành viên.\nNhờ vậy, "
                  "toàn xã đã nâng tổng số lên 29 HTX với hơn 900 thành viên.", "29 HTX"),
          Example("Tỉnh đoàn trao 300 triệu đồng xây dựng 16 nhà nhân ái cho học sinh\nSáng 5/9, tại huyện Mường Tè, "
                  "Tỉnh đoàn đã trao 300 triệu đồng để xây dựng 18 nhà nhân ái cho học sinh có hoàn cảnh khó khăn.",
                  "18 nhà"),
          Example("Tỉnh đoàn trao 300 triệu đồng xây dựng 16 nhà nhân ái cho học sinh\nSáng 5/9, tại huyện Mường Tè, "
                  "Tỉnh đoàn đã trao 300 triệu đồng để xây dựng 16 nhà nhân ái cho học sinh có hoàn cảnh khó khăn."),
          # another act before the same noun, a part of another size, or the value told again as well: silent
          Example("Tỉnh xây dựng 120 căn nhà đại đoàn kết cho hộ nghèo\nNăm qua, Ủy ban MTTQ tỉnh đã sửa chữa 126 căn "
                  "nhà và hỗ trợ 40 hộ nghèo."),
          Example("Tỉnh xây dựng 120 căn nhà đại đoàn kết cho hộ nghèo\nNăm qua, Ủy ban MTTQ tỉnh vận động xây dựng 120 "
                  "căn nhà đại đoàn kết. Riêng huyện Mường Tè xây dựng 12 căn nhà."),
          Example("Thái Nguyên: kiểm tra, giám sát năm 2025\nỦy ban Kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm "
                  "đối với 9 tổ chức đảng và 18 đảng viên.\nCác cấp ủy đã thi hành kỷ luật đối với 3 tổ chức đảng và 41 "
                  "đảng viên."),
          Example("Toàn huyện kết nạp 235 đảng viên mới\nNăm 2025, toàn huyện kết nạp 235 đảng viên mới.\nRiêng Đảng "
                  "bộ xã Tân An kết nạp 25 đảng viên mới."),
          # a news headline's share with a hedge ("Trên 13%") told again in the body, hedged or not
          Example("Trên 16% chi bộ hoàn thành xuất sắc nhiệm vụ\nQua kiểm điểm cuối năm, Đảng bộ huyện có 94 chi bộ. Đối "
                  "với chi bộ, tỷ lệ hoàn thành xuất sắc nhiệm vụ đạt trên 61%; tỷ lệ hoàn thành tốt nhiệm vụ đạt trên "
                  "70%.", "16%"),
          Example("Trên 16% chi bộ hoàn thành xuất sắc nhiệm vụ\nQua kiểm điểm cuối năm, Đảng bộ huyện có 94 chi bộ. Đối "
                  "với chi bộ, tỷ lệ hoàn thành xuất sắc nhiệm vụ đạt trên 16%; tỷ lệ hoàn thành tốt nhiệm vụ đạt trên "
                  "70%."),
          Example("Gần 40% hộ dân được dùng nước sạch\nNăm qua, huyện đầu tư 3 công trình cấp nước. Đến nay, tỷ lệ hộ dân "
                  "được dùng nước sạch đạt 39,6%."),
          Example("Gần 40% hộ dân được dùng nước sạch\nNăm qua, huyện đầu tư 3 công trình cấp nước. Đến nay, tỷ lệ hộ dân "
                  "được dùng nước sạch đạt 34,6%.", "40%"),
          # a clause told again word for word, once ending its sentence and once before a ";"
          Example("Ngành dịch vụ tăng 7,12%, đóng góp 2,64 điểm phần trăm vào mức tăng chung của tỉnh.\nCụ thể, ngành "
                  "nông nghiệp tăng 3,05%, đóng góp 0,71 điểm phần trăm vào mức tăng chung của tỉnh; ngành dịch vụ tăng "
                  "7,12%, đóng góp 2,46 điểm phần trăm vào mức tăng chung của tỉnh.", "2,46"),
          Example("Ngành dịch vụ tăng 7,12%, đóng góp 2,64 điểm phần trăm vào mức tăng chung của tỉnh.\nCụ thể, ngành "
                  "nông nghiệp tăng 3,05%, đóng góp 0,71 điểm phần trăm vào mức tăng chung của tỉnh; ngành dịch vụ tăng "
                  "7,12%, đóng góp 2,64 điểm phần trăm vào mức tăng chung của tỉnh."),
          Example("Xã Tân Lập hiện còn 48 hộ nghèo thuộc diện được hỗ trợ nhà ở kiên cố trong năm.\nMột số chỉ tiêu an "
                  "sinh như sau.\nXã Tân Lập hiện còn 46 hộ nghèo thuộc diện được hỗ trợ nhà ở kiên cố trong năm; đã hỗ trợ 12 hộ.", "46"),
          # every number of the clause told differently: another measure in the same words, no slip
          Example("Quý I, tỉnh thu hút 12 dự án với tổng vốn đăng ký 450 tỷ đồng vào khu công nghiệp của tỉnh.\nQuý "
                  "II: tỉnh thu hút 9 dự án với tổng vốn đăng ký 310 tỷ đồng vào khu công nghiệp của tỉnh; còn lại "
                  "đang thẩm định."),
          # the plans a sentence sets and lists after its colon are no results
          Example("Nghị quyết giao chỉ tiêu: giải quyết việc làm cho 400 lao động; kết nạp 30 đảng viên.\nĐã giải quyết "
                  "việc làm cho 312 lao động, đạt 78% kế hoạch năm."),
          Example("Kết quả thực hiện các chỉ tiêu Nghị quyết giao: giải quyết việc làm cho 312 lao động.\nVề lao động: "
                  "đã giải quyết việc làm cho 321 lao động.", "321"),
          # two digits swapped in an amount told in the same words: a place phrase ("trên địa bàn") is no bound, the
          # first half of the year is no opening moment, who reports or who spoke is no subject, and "người" counts
          # any people
          Example("Sáu tháng đầu năm, thu ngân sách nhà nước trên địa bàn đạt 5.172 tỷ đồng.\nGiám đốc Sở Tài chính "
                  "cho biết, tổng thu ngân sách 6 tháng đạt 5.127 tỷ đồng.", "5.127 tỷ đồng"),
          Example("Theo Cục Thống kê, tổng mức bán lẻ hàng hóa trên địa bàn đạt 12.345 tỷ đồng.\nPhó Giám đốc Sở Công "
                  "Thương cho biết, tổng mức bán lẻ hàng hóa đạt 12.435 tỷ đồng.", "12.435 tỷ đồng"),
          Example("- Bộ phận Một cửa đã tiếp nhận 1.410 hồ sơ, đã giải quyết 1.326 hồ sơ.\nII. Ý KIẾN THẢO LUẬN\n- Ông "
                  "Lê Văn Tâm (Trưởng Công an xã): đề nghị rà soát 1.362 hồ sơ đã giải quyết để rút kinh nghiệm.",
                  "1.362"),
          Example("Trong năm, toàn tỉnh giải quyết việc làm cho 14.315 lao động.\nKết quả, đã giải quyết việc làm "
                  "14.135 người, trong đó xuất khẩu lao động 1.020 người.", "14.135"),
          Example("Toàn huyện gieo cấy 12.460 ha lúa vụ xuân.\nVới 12.640 ha lúa gieo cấy, vụ xuân năm nay được mùa.",
                  "12.640"),
          Example("Sáu tháng đầu năm, thu ngân sách trên địa bàn đạt 5.172 tỷ đồng.\nSáu tháng cuối năm, thu ngân "
                  "sách trên địa bàn đạt 5.127 tỷ đồng."),
          Example("Thu ngân sách trên 5.172 tỷ đồng.\nTổng thu ngân sách 6 tháng đạt 5.127 tỷ đồng."),
          Example("Phường An Lạc đã thu ngân sách trên địa bàn 3.450 triệu đồng. Phường Bình Trị đã thu ngân sách "
                  "trên địa bàn 3.540 triệu đồng."),
          Example("Các chi bộ đã kết nạp 125 đảng viên mới.\nĐoàn xã đã kết nạp 152 đoàn viên mới."),
          Example("Năm 2025, toàn xã giải quyết việc làm cho 3.420 lao động.\nSố lao động được giải quyết việc làm "
                  "mới là 3.240 người."),
          Example("Diện tích trồng rừng tập trung đạt 1.580 ha. Diện tích trồng rừng phân tán đạt 1.850 ha."),
          # a clause told again word for word is the same figure, unless its paragraph opens on a part ("Trong đó, …")
          Example("Năm 2025, toàn ngành đã tiến hành 42 cuộc thanh tra; kiến nghị sửa đổi, bổ sung hoàn thiện 12 quy "
                  "định, thủ tục hành chính.\nNgoài ra, ngành tổ chức 6 lớp tập huấn nghiệp vụ; kiến nghị sửa đổi, bổ "
                  "sung hoàn thiện 15 quy định, thủ tục hành chính.", "15 quy định"),
          Example("Năm 2025, toàn ngành đã tiến hành 42 cuộc thanh tra; kiến nghị sửa đổi, bổ sung hoàn thiện 12 quy "
                  "định, thủ tục hành chính.\nTrong đó, Thanh tra huyện triển khai 9 cuộc thanh tra theo kế hoạch; kiến "
                  "nghị sửa đổi, bổ sung hoàn thiện 5 quy định, thủ tục hành chính."),
          Example("Toàn tỉnh đã xử lý 2.140 tin báo về an ninh trật tự trên các tuyến giao thông, đạt yêu cầu đề ra.\n"
                  "Trong số này, Công an huyện A đã xử lý 412 tin báo về an ninh trật tự trên các tuyến giao thông, đạt "
                  "yêu cầu đề ra."),
          # the document's own total: members over the units they belong to, or the issuer named by its kind
          Example("HỘI NÔNG DÂN XÃ AN PHÚ\nTổng số hội viên: 1.860 người.\nNăm 2026, với 1.680 hội viên sinh hoạt "
                  "tại 15 chi hội, Hội đã tổ chức tốt các phong trào.", "1.680"),
          Example("ĐOÀN XÃ PHÚ MỸ\nTổng số đoàn viên là 940 người.\nHiện nay, 904 đoàn viên đang sinh hoạt ở 12 chi "
                  "đoàn.", "904"),
          Example("CHI BỘ THÔN ĐÔNG HÒA\nTổng số đảng viên: 31 đồng chí (chính thức 29, dự bị 2).\n4. Kết luận\nChi "
                  "bộ hiện có 32 đảng viên, các đồng chí đều hoàn thành nhiệm vụ.", "32"),
          Example("ĐẢNG ỦY XÃ TÂN LẬP\nTổng số đảng viên: 612 đồng chí.\nĐảng bộ có 618 đảng viên sinh "
                  "hoạt tại 18 chi bộ.", "618"),
          Example("CHI BỘ THÔN ĐÔNG HÒA\nTổng số đảng viên: 31 đồng chí.\nChi bộ thôn Tây Hòa hiện có 27 đảng viên."),
          Example("ĐẢNG ỦY XÃ TÂN LẬP\nTổng số đảng viên: 612 đồng chí.\nĐảng bộ xã Tân Bình có 618 đảng viên sinh hoạt "
                  "tại 18 chi bộ."),
          Example("CHI BỘ THÔN ĐÔNG HÒA\nTổng số đảng viên: 31 đồng chí.\nĐảng bộ xã hiện có 427 đảng viên."),
          Example("HỘI NÔNG DÂN XÃ AN PHÚ\nTổng số hội viên: 1.860 người.\nTrong đó, 420 hội viên sinh hoạt tại 4 "
                  "chi hội nghề nghiệp."),
          Example("ĐẢNG ỦY XÃ AN HÒA\nTổng số đảng viên: 1.126 đồng chí.\nTrong tổng số đảng viên của Đảng bộ có "
                  "1.048 đồng chí là người dân tộc thiểu số."),
          Example("HỘI NÔNG DÂN XÃ AN PHÚ\nTổng số hội viên: 1.860 người.\nChi hội ấp 3 với 160 hội viên sinh hoạt "
                  "tại 4 tổ hội."),
          Example("HỘI CỰU CHIẾN BINH XÃ BÌNH AN\nTổng số hội viên: 412 người.\nHội Nông dân xã có 1.230 hội viên "
                  "sinh hoạt tại 9 chi hội."),
          # what a body heard put forward and what it decided; two people's own figures; those present and those
          # absent; a quarter and the half-year it is some of: two quantities each
          Example("Hội đồng nghe tờ trình đề nghị hỗ trợ sửa chữa nhà ở cho 48 hộ gia đình chính sách.\nQua biểu quyết, "
                  "Hội đồng nhất trí hỗ trợ sửa chữa nhà ở cho 40 hộ gia đình chính sách."),
          Example("Bà Lò Thị Mai, Chủ tịch Hội Phụ nữ xã Nậm Hàng, vận động được 45 hội viên tham gia bảo hiểm y tế.\nBà "
                  "Cầm Thị Vân, Phó Chủ tịch Hội Phụ nữ xã Nậm Hàng, vận động được 38 hội viên tham gia bảo hiểm y tế."),
          Example("Thành phần: có mặt 15 đồng chí Ủy viên Ban Chấp hành Đảng bộ xã.\nVắng mặt 2 đồng chí Ủy viên Ban "
                  "Chấp hành, có lý do."),
          Example("Kết quả 6 tháng: tổng số lượt khám bệnh là 6.300 lượt.\nQuý I: số lượt khám bệnh là 3.600 lượt; quý "
                  "II: số lượt khám bệnh là 2.700 lượt."),
          # two floors never contradict
          Example("Hội Phụ nữ cho vay ủy thác với tổng dư nợ trên 96 tỷ đồng.\nRiêng với Ngân hàng CSXH, Hội Phụ nữ cho vay "
                  "ủy thác với tổng dư nợ trên 61 tỷ đồng."),
          Example("Hội cho vay ủy thác với tổng dư nợ trên 96 tỷ đồng.\nĐến cuối năm, Hội cho vay ủy thác với tổng dư nợ "
                  "trên 61 tỷ đồng."),
          # a body's units told as what it has and as the whole an act goes over: one standing figure; not so two
          # moments (a year before the report's and now)
          Example("BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ phường có 32 tổ chức cơ sở đảng với 1.240 đảng viên.\nTrong số 23 "
                  "tổ chức cơ sở đảng, 20 tổ chức hoàn thành tốt nhiệm vụ trở lên.", "23 tổ chức cơ sở đảng"),
          Example("BÁO CÁO TỔNG KẾT NĂM 2025\nNăm 2020, Đảng bộ có 45 chi bộ trực thuộc.\nSau sắp xếp, đến nay Đảng bộ có "
                  "47 chi bộ trực thuộc với 1.320 đảng viên."),
          # nor when a change of those units is told (resources/standing_changes.txt), nor at two dated moments
          Example("BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ có 45 chi bộ trực thuộc.\nĐảng ủy đã thành lập Chi bộ Công ty May "
                  "Phú Hưng.\nKết quả xếp loại 46 chi bộ trực thuộc: hoàn thành tốt nhiệm vụ 40 chi bộ, hoàn thành nhiệm "
                  "vụ 6 chi bộ."),
          Example("BÁO CÁO TỔNG KẾT NĂM 2025\nTính đến ngày 30/6/2025, Đảng bộ có 46 chi bộ trực thuộc.\nTính đến ngày "
                  "31/12/2025, Đảng bộ có 47 chi bộ trực thuộc với 1.402 đảng viên."),
))
def figure_inconsistent(ctx: DocumentContext) -> Iterator[Issue]:
    """Counts of one thing that disagree in one document. "One thing" is narrow on purpose:
    subject, noun and scope must agree - a unit naming a body ("Ủy viên Ban Thường vụ"), a
    stated total of a subject ("Chi bộ có 45 đảng viên" … "Tổng số đảng viên của chi bộ là
    47"), or the head count of one event ("kết nạp 26 đảng viên mới", "bầu bổ sung 3 đồng
    chí"). Plain counts of common nouns are different groups; the parts of a breakdown,
    targets and counts of other periods are different quantities. Also read as one thing: a
    count named by a label before its number ("Số lao động được giải quyết việc làm là 302
    người") and the count told by its verb, or by the same words in any order; an amount of a
    named fund ("Quỹ HTND" = "Quỹ Hỗ trợ nông dân"); an amount of land or a crop told in the
    same words; a row of a table of indicators and the text's figure of the same name; a body's units
    with their qualifier told as what it has and as the whole an act goes over ("có 21 chi bộ trực
    thuộc", "xếp loại 22 chi bộ trực thuộc"), when the values read as one typing slip. Never one
    thing: a proposal and a decision, two people's own figures, those present and those absent,
    a quarter or a month and a longer span it is some of."""
    groups: dict[str, list[tuple[Entity, frozenset[str], int, _Told]]] = defaultdict(list)
    planned = _plan_sections(ctx)
    scoped = restatements(ctx, frozenset(i for i, p in enumerate(ctx.paragraphs) if p.index in planned))
    borne = {r.whole.start for r in scoped if r.whole.start > r.parts[0].start}
    for paragraph, keyed in ctx.per_paragraph(_keyed_counts, with_entities=True, with_reading=True):
        for figure, group, scope, told in keyed:
            if paragraph.index in planned and not {i for i in scope if _YEAR.fullmatch(i)} - planned[paragraph.index] \
                    and not _STOCK_AFTER.match(paragraph.text, _noun_end(paragraph.text, figure)):
                # "III. NHIỆM VỤ NĂM 2026" then "- Trồng mới 5.200 ha rừng": targets, unless of another year (or the
                # stock the plan starts from: "so với 61.482 hội viên hiện có")
                continue
            groups[group].append((figure.shifted(paragraph.start), scope, paragraph.index + 1, told))
    _own_totals(ctx, groups)
    named_funds = [key for key in groups if key.startswith("quỹ:") and not key.startswith("quỹ:?")]
    plain, totals = groups.pop("quỹ:?", []), groups.pop("quỹ:?tổng", [])
    if (plain or totals) and len(named_funds) == 1:
        # a fund named by nothing, in a document of one named fund: that fund when told in its paragraph and not
        # as a total ("Quỹ Khuyến học thu được 45 triệu đồng, quỹ vận động được chi …"); elsewhere, or a total
        # ("Tổng quỹ vận động trong năm: 468,2 triệu đồng"), only when its value reads as the fund's mistyped
        named = groups[named_funds[0]]
        where = {m[2] for m in named}
        taken = [m for m in plain + totals if m in plain and m[2] in where or any(_mistyped(n[0], m[0]) for n in named)]
        groups[named_funds[0]] = sorted(named + taken, key=lambda m: m[0].start)
    elif plain or totals:
        groups["quỹ:?"] = sorted(plain + totals, key=lambda m: m[0].start)  # funds named by nothing: one another
    # a report of one year: "cả năm", "trong năm" and "năm 2025" are one period. The report's year is its header's
    # (title, date); lacking one, the one year its figures name stands for it, but only to read "trong năm" by
    years = {item for mentions in groups.values() for m in mentions for item in m[1] if _YEAR.fullmatch(item)}
    the_year: str | None = "?"  # read when first needed: most documents state no figure twice with two values
    floors = {paragraph.start + at for paragraph, starts in ctx.per_paragraph(_floors, with_entities=True,
                                                                               with_reading=True) for at in starts}
    report_year = None
    reported: set[int] = set()
    for mentions in groups.values():
        values = [mention[0].get("value") for mention in mentions]
        if all(value == values[0] for value in values):
            continue  # one value throughout (most groups of a long report): every pair is the same figure
        told_in: dict[int, list] = defaultdict(list)  # each paragraph's values of the group (read once, not per pair)
        for mention, value in zip(mentions, values):
            told_in[mention[2]].append(value)
        for index, (later, scope, later_paragraph, told) in enumerate(mentions[1:], start=1):
            if later.start in reported:
                continue  # a count read under two keys (its words and its label's bag of words)
            # a restated count is compared with the first earlier mention told the same way
            # ("giám sát chuyên đề 11 tổ chức đảng" … "đã giám sát chuyên đề 13 tổ chức đảng", not the
            # "kiểm tra 5 tổ chức đảng" before them); "Chi bộ Trường A …" and "Chi bộ Trường B …" are two subjects
            earlier = next((m for m in islice(mentions, index) if m[3].agrees(told)), None) if not told.any \
                else mentions[0]
            if earlier is None:
                continue
            first, first_scope, first_paragraph, _ = earlier
            if _same_figure(ctx, (first, first_paragraph), (later, later_paragraph)):
                continue
            if the_year == "?":  # (the structure is built only now, and only when a figure names a year)
                report_year = _report_year(ctx) if years else None
                the_year = report_year or (next(iter(years)) if len(years) == 1 else None)
            if the_year:
                first_scope, scope = _whole_year(first_scope, the_year), _whole_year(scope, the_year)
            if _one_year_unscoped(first_scope, scope, report_year) and (report_year or not _mistyped(first, later)):
                continue  # "Năm 2024 toàn xã có 1.200 hộ …" and "Số hộ …: 1.245 hộ" in a report of no known year, or another
            if first_scope and scope and not first_scope & scope or _other_periods(first_scope, scope) \
                    or _within_the_period(first_scope, scope):
                continue  # "trong quý" and "lũy kế", "Quý I" and "Quý II": two periods, two quantities
            if bool(first_scope & _OPENING_SCOPES) != bool(scope & _OPENING_SCOPES):
                continue  # "Đầu năm, tổng số hội viên là 2.088" and "toàn xã có 2.146 hội viên": two moments
            if bool(first_scope & _LONG_SCOPES) != bool(scope & _LONG_SCOPES):
                continue  # "kỷ luật 5 đảng viên" and "… 6 đảng viên trong nhiệm kỳ": a year and a term
            if (one := _person_told_of(ctx, first, first_paragraph)) and (other := _person_told_of(
                    ctx, later, later_paragraph)) and one != other:
                continue  # "Ông A … đạt số phiếu tín nhiệm cao với 87 phiếu" and "Ông B … là 86 phiếu": two people's
            if told_absent(ctx.text, first.start) != told_absent(ctx.text, later.start):
                # "có mặt 17 đồng chí Ủy viên Ban Chấp hành" and "Vắng mặt 2 đồng chí Ủy viên Ban Chấp hành": the
                # members of one body counted present and absent are two figures
                continue
            if _stage(ctx, first, first_paragraph) != _stage(ctx, later, later_paragraph):
                continue  # "nghe báo cáo … cho 69 đơn vị" and "thống nhất thông qua đề nghị … cho 48 đơn vị": asked, decided
            if later_paragraph == first_paragraph and _one_sentence(ctx, ctx.paragraphs[first_paragraph - 1], first, later):
                continue  # one sentence names two amounts of two things ("vốn giao … ; vốn tự có …")
            if _detailed_between(ctx, first.start, later.start):
                continue  # "giải ngân 2.844 tỷ đồng. Cụ thể, nguồn ngân sách tỉnh: … giải ngân 2.257 tỷ đồng": a part of it
            if _agrees_with_its_share(ctx, later, later_paragraph) and not _agrees_with_its_share(
                    ctx, first, first_paragraph):
                # "kết nạp 38 đảng viên" … "kết nạp 36 đảng viên mới, đạt 90% chỉ tiêu năm (40)": the later
                # figure agrees with its own percentage, so the earlier one is the suspect
                reported.add(first.start)
                yield Issue(first.start, first.end,
                            f"“{_stated(first)}” khác với “{_stated(later)}” nêu sau ở {sentence_cited(ctx, later.start)} ("
                            "khớp với tỷ lệ ghi kèm); cùng một số liệu phải ghi thống nhất.",
                            _restated(later, first), related=(Related(later.start, later.end, "later"),))
                continue
            if later.start in borne:
                continue  # the mention its own paragraph bears out (its parts add up): the other is the slip
            if _bounds_agree(floors, first, later):
                continue  # "dư nợ trên 281 tỷ đồng" and "dư nợ trên 155 tỷ đồng": two floors, no contradiction
            told_there = told_in[later_paragraph]
            if len(told_there) > 1 and None not in told_there and abs(sum(told_there) - (first.get("value") or 0)) < 1e-6:
                continue  # "544 đảng viên được trao tặng và truy tặng" over "524 … trao tặng … và 20 … truy tặng": its parts
            if _parallel_records(ctx, first.start, later.start) or _parallel_sections(ctx, first.start, later.start):
                continue  # "1. Ông A:" … "Số phiếu tín nhiệm cao: 49 phiếu", "2. Ông B:" … the same line: two records
            if (topic := _opened_topic(ctx, first.start)) and (other := _opened_topic(ctx, later.start)) \
                    and topic != other:
                continue  # "Về việc thành lập thị xã, … số cử tri đồng ý là …" and "Về thành lập các phường, …": two records
            if _two_places(ctx, first.start, later.start) or two_tiers(ctx, first.start, later.start):
                continue  # "Tại Hà Nội, … 59 tổ chức Đảng" and "Tại Quảng Bình, … 13 tổ chức đảng"; "… HĐND cấp huyện …
                # 31 người" and "… HĐND cấp xã … 194 người" (quantities/scope.py)
            if not scope and _narrowed_between(ctx, first.start, later.start):
                continue  # the year's figure, then "Riêng quý 4, …" and the quarter's in the same words
            reported.add(later.start)
            yield Issue(later.start, later.end,
                        f"“{_stated(later)}” khác với “{_stated(first)}” "
                        f"đã nêu trước đó ở {sentence_cited(ctx, first.start)}; cùng một số liệu phải ghi "
                        "thống nhất.", _restated(first, later),
                        related=(Related(first.start, first.end, "earlier"),))
    yield from _swapped_restatements(ctx, reported)
    yield from _scoped_restatements(ctx, reported, scoped)
    yield from _swapped_rates(ctx, reported)  # (after the headline's route, which knows which one is the headline)
    yield from _back_references(ctx, reported)
    yield from _ratio_totals_mistyped(ctx)
    yield from text_against_table_total(ctx)
    yield from _text_against_indicator_rows(ctx)


_TOTAL_OF = re.compile(r"(tổng số .+) của (.+)")


def _own_totals(ctx: DocumentContext, groups: dict[str, list]) -> None:
    """A total told of the document's own body by its kind ("Chi bộ hiện có 28 đảng viên" in the minutes of Chi
    bộ Văn phòng Sở, "Hội LHPN xã có 2.140 hội viên" in the Hội's report) is the document's total: its mentions
    join those of the plain "tổng số …" (the header's "Tổng số đảng viên: 29 đồng chí")."""
    subjects = {key: match for key in groups if (match := _TOTAL_OF.fullmatch(key))}
    if not subjects or ctx.structure is None or ctx.structure.header.issuer is None:
        return
    issuer = " ".join(str(ctx.structure.header.issuer.value).lower().split())
    issuer = re.sub(r"^đảng ủy(?!\w)", "đảng bộ", issuer)  # "ĐẢNG ỦY XÃ …" issues for the Đảng bộ
    for key, match in subjects.items():
        if match[1] in groups and (issuer == match[2] or issuer.startswith(match[2] + " ")):
            groups[match[1]] = sorted(groups[match[1]] + groups.pop(key), key=lambda m: m[0].start)


def _swapped_restatements(ctx: DocumentContext, reported: set[int]) -> Iterator[Issue]:
    """"Lũy kế 10 tháng, toàn tỉnh giải ngân 2.645 tỷ đồng" under the title "Giải ngân vốn đầu tư công 10
    tháng đạt 2.465 tỷ đồng": two amounts of money, or two counts of one noun, told in the same words
    (two words running together on each side: "giải ngân", "vận động", "kiểm tra") whose digits are the
    same but two neighbours swapped, at the precision both print ("24.863 triệu" … "24,68 tỷ"). Two
    different quantities that share their words and read as each other's typing slip are rare; a
    figure's period, a plan, a change, a bound or an approximation sets it apart. The finding stands on
    the mention the document does not bear out when the other agrees with its percentage or its parts;
    otherwise on the later one."""
    mentions = []
    planned = _plan_sections(ctx)
    table = ctx.memo.get(("_swap_mentions",))  # what a paragraph says is remembered per its text
    if table is None:
        table = ctx.memo[("_swap_mentions",)] = {}
    for paragraph in ctx.written_paragraphs:
        text = paragraph.text
        if paragraph.index in planned or "\t" in text or " | " in text:
            continue
        found = table.get(text)
        if found is None:
            layer = paragraph_layer(ctx, paragraph)
            found = []
            for quantity in layer.quantities:
                if quantity.kind == "money" or quantity.kind == "count" and quantity.head and head_of(quantity.head)[1] \
                        in _RESTATED_CLASSES | {"measure", "area"}:
                    mention = _swap_mention(layer, quantity)
                    if mention is not None:
                        found.append((quantity, mention))
            found = table[text] = tuple(found)
        if found:
            mentions.extend((paragraph, quantity, *mention) for quantity, mention in found)
    # only mentions of one kind (and, for counts, one noun) are compared: each with those after it in its group;
    # people are one group, for "người" names any of them ("giải quyết việc làm cho 25.953 lao động" … "giải quyết
    # việc làm 25.593 người")
    groups: dict[tuple, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        quantity = mention[1]
        # people, households and bodies are one group whatever the noun ("25.953 lao động" told again as "25.593
        # người"): a swap of digits in the same words is the slip; "item" gathers too many sorts to be one
        group = quantity.noun_class if quantity.noun_class in _SWAP_CLASSES else quantity.head
        groups[quantity.kind, group if quantity.kind == "count" else None].append(index)
    for first_index, later_index in _swapped_pairs(mentions, groups.values()):
        p1, first, _, words1, scope1, names1 = mentions[first_index]
        p2, later, _, words2, scope2, names2 = mentions[later_index]
        if first.head != later.head and (not {first.head, later.head} & _GENERIC_HEADS or any(
                _NAMED_BY_LABEL.search(p.text, 0, q.start) for p, q in ((p1, first), (p2, later))
                if q.head in _GENERIC_HEADS)):
            # "kết nạp 125 đảng viên" and "kết nạp 152 đoàn viên": two nouns of people, two groups, unless one is the
            # noun any of its sort goes by ("3.472 lao động" … "3.742 người", "1.356 hộ nghèo" … "1.536 hộ gia
            # đình"); "Số lao động được giải quyết việc làm mới là 302 người": the label names the group, with
            # qualifiers these words miss
            continue
        # (in the order of their mentions, as when every pair of a group was read)
        if not _told_alike(words1, words2):
            continue
        if first.kind == "count" and first.head != later.head and min(first.value, later.value) < 1000:
            continue  # under two nouns, only a long figure's swap is no chance: "320 lao động" and "… việc làm mới là
            # 302 người" may be two groups, "25.953 lao động" and "25.593 người … việc làm" hardly
        if p1 is p2 and ctx.reading(p1).sentence_at(first.start) == ctx.reading(p1).sentence_at(later.start):
            continue  # one sentence names two amounts
        if not _Told(names=names1[0]).agrees(_Told(names=names2[0])) or names1[1] and names2[1] and \
                names1[1] != names2[1]:
            continue  # "Doanh thu của Hợp tác xã Thành Công …" and "… Hợp tác xã Tân Tiến …"; "tại thôn Đông" and
            # "tại thôn Tây": two subjects, two places
        if _other_periods(scope1, scope2) or _within_the_period(scope1, scope2) \
                or bool(scope1 & _OPENING_SCOPES) != bool(scope2 & _OPENING_SCOPES) \
                or bool(scope1 & _EARLIER_SCOPES) != bool(scope2 & _EARLIER_SCOPES):
            continue  # "năm 2025" and "năm 2026"; "đầu năm"; "so với cùng kỳ năm trước": other quantities
        at1, at2 = first.start + p1.start, later.start + p2.start
        if at1 in reported or at2 in reported:
            continue
        reported.update((at1, at2))
        wrong, right, wrong_p, right_p = _suspect(ctx, (first, p1), (later, p2))
        yield Issue(wrong.start + wrong_p.start, wrong.end + wrong_p.start,
                    f"“{wrong_p.text[wrong.start:unit_end(wrong_p.text, wrong)]}” khác với "
                    f"“{right_p.text[right.start:unit_end(right_p.text, right)]}” ở "
                    f"{sentence_cited(ctx, right.start + right_p.start)}, cùng một số liệu "
                    "được nêu bằng cùng những từ; hai số chỉ khác ở hai chữ số đảo chỗ: có lẽ gõ nhầm.", None,
                    related=(Related(right.start + right_p.start, right.end + right_p.start, "restated"),))


def _swapped_pairs(mentions: list, groups) -> list[tuple[int, int]]:
    """The pairs (earlier, later) of mentions of one group whose digits, at the coarser printing step of
    the two, are the same but two neighbours swapped, in the order of their mentions. A swap keeps the
    digits' letters: at each step, only mentions whose digits are anagrams of each other (and not equal)
    are compared, not every pair of a group (a long report states hundreds of amounts)."""
    found = []
    for group in groups:
        steps = {i: mentions[i][1].scale * 10 ** -mentions[i][1].decimals for i in group}
        for step in set(steps.values()):  # a pair is read at the coarser step of the two: max(step1, step2)
            by_letters: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
            for i in group:
                if steps[i] <= step:
                    digits = mentions[i][2](step)
                    by_letters["".join(sorted(digits))][digits].append(i)
            for spellings in by_letters.values():
                if len(spellings) < 2:
                    continue
                spelled = list(spellings.items())
                for k, (a, first) in enumerate(spelled):
                    for b, later in spelled[k + 1:]:
                        if not _adjacent_swap(a, b):
                            continue
                        found.extend((min(i, j), max(i, j)) for i in first for j in later
                                     if steps[i] == step or steps[j] == step)
    return sorted(found)


# a count of "người" whose sentence opens on a label naming what is counted ("Số lao động nữ được … là 150 người")
_NAMED_BY_LABEL = re.compile(r"(?:^|[.;:]\s+|\n)\s*(?:[-–+•]\s*)?[Ss]ố\s+[^\W\d_][^.;:\n]*$")
_EARLIER_SCOPES = frozenset(("cùng kỳ", "năm trước", "kỳ trước", "năm ngoái"))
_SWAP_STOP = frozenset(("đã", "được", "là", "có", "đạt", "ước", "và", "của", "trong", "năm", "tháng", "quý", "với",
                        "cho", "các", "những", "tổng", "số", "toàn", "đến", "nay", "hiện", "từ", "trên", "tại", "theo",
                        "đồng", "triệu", "tỷ", "nghìn", "bằng", "so", "kế", "hoạch", "lũy", "kế", "này", "đó", "mới"))
_NOT_A_STATEMENT = re.compile(r"(?<!\w)(?:khoảng|gần|hơn|" + _ABOVE + r"|dưới|xấp\s+xỉ|chừng|mỗi|bình\s+quân|trung\s+bình|"
                              r"cùng\s+kỳ|năm\s+trước|kỳ\s+trước|tăng|giảm|thêm|còn\s+thiếu|ít\s+nhất|tối\s+thiểu|"
                              r"tối\s+đa|không\s+quá|chỉ\s+tiêu|phấn\s+đấu|mục\s+tiêu|dự\s+kiến|dự\s+toán)"
                              r"(?:\s+[^\W\d_]+){0,3}\s*$", re.IGNORECASE)


def _swap_mention(layer, quantity):
    """(its digits at a printing step, the pairs of words around it, its period) for a plain statement of an
    amount or count; None for a plan, a change, a bound, an approximation, a ratio's side or a small number."""
    text = layer.text
    if quantity.role == "plan" or quantity.modifier is not None or text[quantity.end:quantity.end + 1] == "/" \
            or text[max(0, quantity.start - 1):quantity.start] == "/":
        return None
    if quantity.kind == "count" and quantity.value < 100:
        return None
    before = re.split(r"[;:.()]", text[max(0, quantity.start - 70):quantity.start])[-1]
    sentence = re.split(r"\.\s", text[max(0, quantity.start - 200):quantity.start])[-1]
    if _NOT_A_STATEMENT.search(before) or _TARGET_AFTER.match(text, quantity.end) or _PLAN_LABEL.match(
            sentence) and not _NOW.search(before):
        return None
    after = re.split(r"[;:.(),]", text[quantity.end:quantity.end + 60])[0]  # the noun's words are left out below
    noun = set(quantity.head.lower().split()) if quantity.head else set()
    words = _running_pairs(before, after, _SWAP_STOP | noun)
    if not words:
        return None

    def digits(step: float) -> str:
        return str(int(round_half_up(quantity.value / step, 0)))
    place = _PLACE.search(sentence + " " + after)
    return digits, words, _scope(sentence + " " + after, halves=True), (_subjects(sentence),
                                                                        place[1].lower() if place else None)


def _running_pairs(before: str, after: str, stop: frozenset[str]) -> dict[tuple[str, str], frozenset[str]]:
    """Each pair of running words around a number (none a stop word) → the words between it and the number."""
    words: dict[tuple[str, str], frozenset[str]] = {}
    for side, is_before in ((before, True), (after, False)):
        run = [w.lower() for w in re.findall(r"[^\W\d_]+", side)]
        for i, pair in enumerate(zip(run, run[1:])):
            if not set(pair) & stop:
                gap = run[i + 2:] if is_before else run[:i]
                words.setdefault(pair, frozenset(w for w in gap if w not in stop))
    return words


# a rate hedged, bounded or planned ("khoảng 8,5%", "phấn đấu tăng 9,2%", "bình quân 7,5%/năm"): not a figure stated
_RATE_NOT_STATED = re.compile(r"(?<!\w)(?:khoảng|gần|hơn|" + _ABOVE + r"|dưới|xấp\s+xỉ|chừng|bình\s+quân|trung\s+bình|"
                              r"ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá|chỉ\s+tiêu|phấn\s+đấu|mục\s+tiêu|dự\s+kiến|"
                              r"kế\s+hoạch|từ|đến)(?:\s+[^\W\d_]+){0,3}\s*$", re.IGNORECASE)
_RATE_CHANGE = re.compile(r"(?<!\w)(tăng|giảm)(?!\w)(?:\s+[^\W\d_]+){0,2}\s*$", re.IGNORECASE)
_POINTS = "điểm phần trăm"


class _RateMention(NamedTuple):
    start: int
    end: int
    text: str
    digits: str  # the rate's digits at its printed precision ("56,8" → "568")
    decimals: int
    change: str  # "tăng", "giảm" or "": a growth and a level are two figures
    words: dict
    scope: frozenset
    names: tuple


def _rate_mentions(reading, entities) -> tuple[_RateMention, ...]:
    """The paragraph's rates stated as figures ("Tỷ lệ che phủ rừng đạt 58,6%", "GDP năm 2022 tăng 8,02%", "đóng góp
    3,93 điểm phần trăm"), with the words around them (remembered per paragraph text)."""
    text = reading.text
    found = []
    for figure in entities:
        if figure.kind != "figure" or not (figure.get("type") == "percent" or figure.get("type") == "count" and (
                figure.get("unit") or "").lower().startswith(_POINTS)):
            continue
        decimals = figure.get("decimals") or 0
        digits = str(int(round_half_up((figure.get("value") or 0) * 10 ** decimals, 0)))
        if len(digits) < 3 or text[figure.end:figure.end + 1] == "/":
            continue  # ("8%" and "80%" differ by more than a slip; "7,5%/năm" is a rate per year, mostly a target)
        before = re.split(r"[;:.()]", text[max(0, figure.start - 70):figure.start])[-1]
        sentence = re.split(r"\.\s", text[max(0, figure.start - 200):figure.start])[-1]
        end = figure.end + (len(_POINTS) + 1 if figure.get("type") == "count" else 0)
        if _RATE_NOT_STATED.search(before) or _TARGET_AFTER.match(text, end) or _PLAN_LABEL.match(sentence):
            continue
        after = re.split(r"[;:.(),]", text[end:end + 60])[0]
        # the words before a rate name its measure; after it come "so với cùng kỳ", "tổ chức", said of many rates
        words = _running_pairs(before, "", _SWAP_STOP | frozenset(("tăng", "giảm")))
        if not words:
            continue
        change = _RATE_CHANGE.search(before)
        place = _PLACE.search(sentence + " " + after)
        found.append(_RateMention(figure.start, end, text[figure.start:end], digits, decimals,
                                  change.group(1).lower() if change else "", words,
                                  _scope(sentence + " " + after, halves=True),
                                  (_subjects(sentence), place[1].lower() if place else None)))
    return tuple(found)


def _swapped_rates(ctx: DocumentContext, reported: set[int]) -> Iterator[Issue]:
    """"Tỷ lệ che phủ rừng đạt 58,6%" and later "độ che phủ rừng năm 2019 đạt 56,8%"; "GDP năm 2022 tăng 8,02%"
    under a title "… tăng 8,20%": a rate told again in the same words (a pair of running words on each side), at the
    same precision, its digits the same but two neighbours swapped - as _swapped_restatements for amounts and counts.
    A growth and a level, a period, a place or a named subject set two rates apart; a hedged, bounded or planned
    rate is none stated. The finding stands on the later mention."""
    mentions = [(paragraph, m) for paragraph, found in ctx.per_paragraph(_rate_mentions, with_entities=True,
                                                                         with_reading=True) for m in found]
    by_letters: dict[tuple, list[tuple]] = defaultdict(list)
    for paragraph, mention in mentions:
        by_letters[mention.decimals, mention.change, "".join(sorted(mention.digits))].append((paragraph, mention))
    for group in by_letters.values():
        for index, (p2, later) in enumerate(group):
            for p1, first in group[:index]:
                shared = first.words.keys() & later.words
                if not _adjacent_swap(first.digits, later.digits) or not _told_alike(first.words, later.words) or (
                        len(shared) < 2 and any(first.words[pair] or later.words[pair] for pair in shared)):
                    continue  # two pairs of the measure's words ("che phủ", "phủ rừng"), or one running into both rates
                    # ("GDP năm 2022 tăng"): one pair further off is often a common phrase
                farthest = max(shared, key=lambda pair: len(first.words[pair] | later.words[pair]))
                if first.words[farthest] != later.words[farthest]:
                    continue  # "hoàn thành nhiệm vụ chiếm 2,80%" and "hoàn thành tốt nhiệm vụ chiếm 8,20%": two levels
                if p1 is p2 and ctx.reading(p1).sentence_at(first.start) == ctx.reading(p1).sentence_at(later.start):
                    continue  # one sentence names two rates
                (names1, place1), (names2, place2) = first.names, later.names
                if not _Told(names=names1).agrees(_Told(names=names2)) or place1 and place2 and place1 != place2:
                    continue
                scope1, scope2 = first.scope, later.scope
                if _other_periods(scope1, scope2) or bool(scope1 & _OPENING_SCOPES) != bool(scope2 & _OPENING_SCOPES) \
                        or bool(scope1 & _EARLIER_SCOPES) != bool(scope2 & _EARLIER_SCOPES):
                    continue
                at1, at2 = first.start + p1.start, later.start + p2.start
                if at1 in reported or at2 in reported:
                    continue
                reported.update((at1, at2))
                yield Issue(at2, later.end + p2.start,
                            f"“{later.text}” khác với “{first.text}” ở {sentence_cited(ctx, at1)}, cùng một số liệu "
                            "được nêu bằng cùng những từ; hai số chỉ khác ở hai chữ số đảo chỗ: có lẽ gõ nhầm.", None,
                            related=(Related(at1, first.end + p1.start, "restated"),))
                break


_SOURCE_OPENS = re.compile(r"\s*Theo\s+[^,]{3,80},")


def _subjects(sentence: str) -> frozenset[str]:
    """The names that may tell whose an amount is, for two amounts already told in the same words: not who
    reported it ("Theo báo cáo của Sở Kế hoạch và Đầu tư, …", "Giám đốc Sở Tài chính cho biết, …") nor who spoke
    ("- Bà Lê Thị Kiều (Phó Chủ tịch UBND): đề nghị …"), and only runs of two or more words: one capitalised
    word is as often a title's first word or a fund's ("Chủ tịch", Quỹ "Vì người nghèo") as a name."""
    reported = None
    for reported in _REPORTED.finditer(sentence):
        pass
    if reported is not None:
        sentence = sentence[reported.end():]
    else:
        source = _SOURCE_OPENS.match(sentence)
        if source:
            sentence = sentence[source.end():]
    label = _LIST_LABEL.match(sentence)
    if label and _SPEAKER.match(label.group(1)):
        sentence = sentence[label.end():]
    return frozenset(name for name in _names(sentence) if " " in name and not _SPEAKER.match(name))


_PLACE = re.compile(r"(?<!\w)(?:tại|ở|thuộc)\s+((?:[^\W\d_]+\s+){0,2}[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ\d][^\W_]*)*)")


def _told_alike(words1: dict, words2: dict) -> bool:
    """A pair of running words both mentions share, with nothing said between it and the number on one side, or
    the same on both: "giải ngân vốn đầu tư công … 2.465" and "giải ngân 2.645"; not "doanh thu dịch vụ làm đất
    450" and "doanh thu dịch vụ tiêu thụ nông sản 540" (each its own words after "dịch vụ")."""
    return any(not words1[pair] or not words2[pair] or words1[pair] == words2[pair] for pair in words1.keys() & words2)


def _adjacent_swap(a: str, b: str) -> bool:
    """"2465" and "2645": the same digits, two neighbours swapped, at least three of them."""
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and \
        a[differ[1]] == b[differ[0]]


def _suspect(ctx: DocumentContext, one, other):
    """(suspect, the other, their paragraphs): the mention the document does not bear out."""
    (q1, p1), (q2, p2) = one, other
    borne = [_borne_out(ctx, q, p) for q, p in (one, other)]
    if borne[0] != borne[1]:
        return (q2, q1, p2, p1) if borne[0] else (q1, q2, p1, p2)
    return q2, q1, p2, p1  # which one slipped is not told: the later, as every restatement


def _borne_out(ctx: DocumentContext, quantity, paragraph) -> bool:
    """The amount agrees with a percentage of it or a sum of its parts the quantity layer reads beside it, or
    with the sum of the amounts of the paragraph after it when that one opens "Trong đó" ("Trong đó, các dự án
    do cấp tỉnh quản lý giải ngân 1.702 tỷ đồng; các xã, phường giải ngân 943 tỷ đồng")."""
    layer = paragraph_layer(ctx, paragraph)
    following = ctx.paragraphs[paragraph.index + 1] if paragraph.index + 1 < len(ctx.paragraphs) else None
    if following is not None and _BREAKDOWN_OPENS.match(following.text) and paragraph.text.rstrip().endswith(
            ".") and quantity.start == max((q.start for q in layer.quantities if q.kind == quantity.kind), default=-1):
        parts = [q.value for q in paragraph_layer(ctx, following).quantities if q.kind == quantity.kind
                 and q.modifier is None and (q.kind == "money" or q.head == quantity.head)]
        if len(parts) >= 2 and abs(sum(parts) - quantity.value) < 1e-6:
            return True
    for relation in layer.relations:
        if relation.whole is None or relation.whole.start != quantity.start and not any(
                p.start == quantity.start for p in relation.parts):
            continue
        share = relation.share
        if share is not None and relation.kind in ("share-of", "result-vs-plan") and relation.whole.value \
                and relation.whole.kind != "ratio":
            true = relation.parts[0].value / relation.whole.value * 100
            if abs(round_half_up(true, share.decimals) - share.value) < 1e-6:
                return True
        if relation.kind == "sum-of" and relation.whole.start == quantity.start and len(relation.parts) >= 2 and abs(
                sum(p.value for p in relation.parts) - quantity.value) < 1e-6:
            return True
    return False


_BREAKDOWN_OPENS = re.compile(r"\s*(?:[Tt]rong\s+đó|[Cc]ụ\s+thể|[Bb]ao\s+gồm)\s*[,:]")


def _report_year(ctx: DocumentContext) -> str | None:
    """The year the document reports on, from its structure: the one year its title names ("BÁO CÁO … NĂM
    2025"), else the year of its date (header, meeting or news dateline); None when nothing tells."""
    structure = ctx.structure
    if structure is None:
        return None
    header = structure.header
    title = " ".join(str(f.value) for f in (header.type_line, header.title) if f is not None and f.value)
    years = set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", title))
    if len(years) == 1:
        return f"năm {years.pop()}"
    if years:
        return None  # "nhiệm kỳ 2020 - 2025": no one year
    news = structure.news
    for date in (header.date, structure.meeting.date if structure.meeting else None,
                 news.dateline if news else None):
        if date is not None and isinstance(date.value, str) and re.match(r"\d{4}-", date.value):
            return f"năm {date.value[:4]}"
    return None


def _mistyped(first: Entity, later: Entity) -> bool:
    """Two numbers that read as one number mistyped: the same digits in another order ("1.245,5" … "1.254,5") or
    one digit changed ("486" … "436"). When two mentions are only inferred to be one quantity (no report year to
    tie "năm 2025" to an unscoped mention; a total of funds taken for the one named fund), only such a pair is
    sure enough to report: a plainly other value is more likely another quantity."""
    return _digits_mistyped(first.text, later.text)


def _one_year_unscoped(first: frozenset[str], later: frozenset[str], report_year: str | None) -> bool:
    """One mention names a year and the other names none and no period at all: one quantity only when the
    year is the report's ("Năm 2024 toàn xã có 1.200 hộ …" in a report of 2025 is last year's)."""
    if bool(first) == bool(later):
        return False
    named = {item for item in first | later if _YEAR.fullmatch(item)}
    return bool(named) and named != {report_year}


_TOP_HEADING = re.compile(r"\s*(?:[IVX]{1,4}\s*[.)/-]|PHẦN\s|Phần\s+thứ)")
# a resolution's article and its title, a line of its own: "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026"
_ARTICLE_TITLE = re.compile(r"\s*Điều\s+\d{1,2}\s*[.:]\s*[^\W\d_][^.;:]{0,90}\s*")
_PLAN_HEADING = re.compile(r"(?<!\w)(?:nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)(?!\w)", re.IGNORECASE)
_RESULT_HEADING = re.compile(r"(?<!\w)(?:kết\s+quả|tình\s+hình|đánh\s+giá|thực\s+hiện|tồn\s+tại|hạn\s+chế)(?!\w)",
                             re.IGNORECASE)


@once_per_document  # (two checks read them)
def _plan_sections(ctx: DocumentContext) -> dict[int, frozenset[str]]:
    """The paragraphs under a top heading of what is to be done ("III. NHIỆM VỤ NĂM 2026", "PHƯƠNG
    HƯỚNG, NHIỆM VỤ QUÝ IV"), up to the next top heading, with the years the heading names: their figures
    are targets, unless told of another year ("Năm 2025 nguồn Quỹ HTND đạt …")."""
    lines = ctx.lines
    if not lines or len(lines) != len(ctx.paragraphs):
        return {}
    found: dict[int, frozenset[str]] = {}
    years: frozenset[str] | None = None
    heading = LineKind.HEADING  # (looked up once, not on every line)
    for line, paragraph in zip(lines, ctx.paragraphs):
        text = paragraph.text
        if line.kind == heading and (_TOP_HEADING.match(text) or text.strip().isupper()) \
                or _ARTICLE_TITLE.fullmatch(text):
            plan = bool(_PLAN_HEADING.search(text)) and not _RESULT_HEADING.search(text)
            years = frozenset(re.findall(r"năm \d{4}", text.lower())) if plan else None
            continue
        if years is not None:
            found[paragraph.index] = years
    return found


_YEAR = re.compile(r"năm \d{4}")
# a sentence opened by its period and a comma: "Năm 2025, …", "Trong quý III/2024, …", "6 tháng đầu năm 2025, …"
_OPENING_PERIOD = re.compile(r"\s*(?:(?:trong|đến|hết|cuối|đầu|tính\s+đến)\s+)*(?:năm\s+\d{4}|quý\s+[IVX\d]+(?:/\d{4})?|"
                             r"(?:\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?)?)\s*,", re.IGNORECASE)
_THE_WHOLE_YEAR = frozenset(("cả năm", "trong năm"))


def _whole_year(scope: frozenset[str], year: str) -> frozenset[str]:
    """A scope naming the document's one year, or the whole year without naming it ("cả
    năm", "trong năm"), and no shorter or longer period within it ("6 tháng", "quý III",
    "lũy kế", "nhiệm kỳ"): the year, under one name."""
    if not (year in scope or scope & _THE_WHOLE_YEAR):
        return scope
    if any(_YEAR.fullmatch(item) and item != year or "tháng" in item or "quý" in item or item in _LONG_SCOPES
           or item in ("lũy kế", "luỹ kế", "từ đầu năm", "đến nay", "năm trước", "cùng kỳ") for item in scope):
        return scope
    return scope | {year, *_THE_WHOLE_YEAR}


def _back_references(ctx: DocumentContext, reported: set[int]) -> Iterator[Issue]:
    """"Trong số 16 vụ phạm tội xảy ra, …", "Với 746 học sinh, nhà trường …": a count that opens
    its sentence after "Trong số" / "Trong tổng số" / "Với" refers back to the count of that
    noun stated before (the latest whose words agree: the same qualifiers, or both the bare
    noun) and must equal it; a figure another route questioned already is not questioned twice."""
    if not any(refers for _, refers in ctx.per_paragraph(_may_refer_back)):  # (asked once per paragraph text)
        return  # most documents refer back to no count: nothing to read
    earlier: dict[str, list[tuple[Entity, tuple[str, ...], int, int]]] = defaultdict(list)
    for paragraph, mentions in ctx.per_paragraph(_mentions, with_entities=True, with_reading=True):
        for figure, head, phrase, refers, place in mentions:  # (paragraph offsets: placed when reported)
            if refers:
                # ("Trong số 203 người ứng cử … ở Trung ương": those of the place it names, not a count of all of them)
                found = next((m for m in reversed(earlier[head]) if _same_words(m[1], phrase, head)
                              and place in (None, m[4])), None)
                if found is not None and found[0].get("value") != figure.get("value") \
                        and paragraph.start + figure.start not in reported:  # (one finding a figure)
                    first, _, _, at, _ = found
                    first, placed = first.shifted(at), figure.shifted(paragraph.start)
                    yield Issue(placed.start, placed.end,
                                f"“{_stated(placed)}” khác với “{_stated(first)}” đã nêu trước đó ở "
                                f"{sentence_cited(ctx, first.start)}; "
                                "câu này nhắc lại số đó nên phải ghi thống nhất.", _restated(first, placed),
                                related=(Related(first.start, first.end, "earlier"),))
            earlier[head].append((figure, phrase, paragraph.index + 1, paragraph.start, place))


_RATIO_PARAGRAPHS_AFTER = 3


def _ratio_totals_mistyped(ctx: DocumentContext) -> Iterator[Issue]:
    """"… nâng tổng số hội viên lên 2.418 hội viên" then "Có 2.037/2.481 hội viên tham gia sinh hoạt thường
    xuyên": the whole of a ratio of the noun a total was just stated for, a paragraph or three later, whose digits
    read as that total's mistyped (the same digits in another order, or one changed). A ratio's whole may be some of
    the noun ("45/52 hộ có con em đi học"), so only such a slip is sure enough to report (a warning naming the total)."""
    totals: list[tuple[Quantity, int, int]] = []  # (total, paragraph index, paragraph start)
    # (each paragraph's ratios and stated totals are picked out once per its text: a re-check walked every
    # paragraph's quantities again, to find them in a few)
    for paragraph, (ratios, stated_totals) in ctx.per_paragraph(_ratios_and_totals, with_entities=True,
                                                                 with_reading=True):
        if not ratios and not stated_totals:
            continue
        index = paragraph.index
        totals = [t for t in totals if t[1] >= index - _RATIO_PARAGRAPHS_AFTER]
        for ratio in ratios:
            whole_text = ratio.text.split("/", 1)[1].strip()
            stated = [t for t in totals if t[0].head == ratio.head and t[1] < index]
            if len({t[0].value for t in stated}) != 1 or stated[0][0].value == ratio.total:
                continue
            total, _, at = stated[-1]
            if total.value < 100 or not _digits_mistyped(total.text, whole_text):
                continue  # (two digits, one changed: "21/21 đại biểu" present of "25 đại biểu" is no slip of it)
            start = ratio.start + paragraph.start + ratio.text.rindex(whole_text)
            yield Issue(start, start + len(whole_text),
                        f"“{whole_text} {ratio.head}” (tổng số trong {ratio.text}) khác với “{total.text} {total.head}” đã "
                        f"nêu trước đó; cùng một tổng số phải ghi thống nhất.", written_like(total.text, whole_text),
                        related=(Related(total.start + at, total.end + at, "earlier"),))
        totals.extend((q, index, paragraph.start) for q in stated_totals)


def _ratios_and_totals(reading, entities) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """_ratio_totals_mistyped's reading of one paragraph: its ratios written with their whole ("2.037/2.481 hội
    viên") and its counts stated as a total ("nâng tổng số hội viên lên 2.418 hội viên"), paragraph offsets."""
    if not _has_digit(reading.text):
        return (), ()
    quantities = layer_of(reading, entities).quantities
    return (tuple(q for q in quantities if q.kind == "ratio" and q.total and q.head and "/" in q.text),
            tuple(q for q in quantities if q.kind == "count" and q.head and q.role == "whole"
                  and any("tổng số" in c.text.lower() for c in q.cues)))


def _has_digit(text: str) -> bool:
    return any(map(str.isdigit, text))


def _digits_mistyped(a: str, b: str) -> bool:
    """Two numbers that read as one mistyped: the same digits in another order, or one digit changed."""
    a, b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return len(a) == len(b) and a != b and (sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b)) == 1)


def _may_refer_back(text: str) -> bool:
    return _REFERS_HINT.search(text) is not None


def _same_words(before: tuple[str, ...], now: tuple[str, ...], head: str) -> bool:
    """The words of two counts of one noun agree: both the bare noun, or the same qualifier after it."""
    size = len(head.split())
    if len(now) == size:
        return len(before) == size
    return len(before) > size and before[size] == now[size]


# (opened by its branches' first letters: no branch is tried elsewhere; speed)
_REFERS_HINT = re.compile(r"(?=[TtVv])(?:[Tt]rong\s+(?:tổng\s+)?số|[Vv]ới(?:\s+tổng\s+số)?)\s+\d")
_REFERS = re.compile(r"(?:^|[.;:]\s*|\n)\s*(?:[-–+•]\s*)?(?:Trong\s+(?:tổng\s+)?số|Với(?:\s+tổng\s+số)?)\s+$", re.IGNORECASE)
# (opened by its branches' first letters, as first_letter_guard does: no branch is tried elsewhere; speed)
_NOT_A_MENTION = re.compile(r"(?=[gtsckhdmbp])(?<!\w)(?:giảm|tăng|thêm|so\s+với|cùng\s+kỳ|khoảng|gần|hơn|" + _ABOVE + r"|dưới|mỗi|bình\s+quân|"
                            r"chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu)(?!\w)[^.;:,]{0,25}$", re.IGNORECASE)


def _mentions(reading, entities) -> tuple[tuple[Entity, str, tuple[str, ...], bool, str | None], ...]:
    """The paragraph's counts with their noun, the words after it (up to a comma, a stop or
    a period), whether the count refers back ("Trong số 16 vụ …") and the place its words narrow it to
    ("… ở Trung ương")."""
    layer = layer_of(reading, entities)
    text, parts = layer.text, _parts(layer)
    found = []
    for figure in entities:
        if figure.kind != "figure" or figure.get("type") != "count" or figure.start in parts:
            continue
        head, noun_class, _ = head_of(figure.get("unit") or "")
        if noun_class not in _RESTATED_CLASSES:
            continue
        before = text[max(0, figure.start - 40):figure.start]
        refers = bool(_REFERS.search(before)) or figure.start <= 22 and bool(re.fullmatch(
            r"\s*(?:[-–+•]\s*)?(?:Trong\s+(?:tổng\s+)?số|Với(?:\s+tổng\s+số)?)\s+", before, re.IGNORECASE))
        if not refers and _NOT_A_MENTION.search(before):
            continue
        words = _phrase_after(text[figure.end:figure.end + 80]).lower().split()
        at = next((i for i, w in enumerate(words) if w in ("ở", "tại")), None)
        place = " ".join(words[at + 1:at + 3]) if at is not None else None
        found.append((figure, head, tuple(words[:len(head.split()) + 2]), refers, place))
    return tuple(found)


def _agrees_with_its_share(ctx: DocumentContext, figure: Entity, paragraph_number: int) -> bool:
    """The figure (document offsets) is the part or the whole of a percentage written beside it
    that it agrees with ("36 đảng viên mới, đạt 90% chỉ tiêu năm (40 đảng viên)")."""
    paragraph = ctx.paragraphs[paragraph_number - 1]
    layer = paragraph_layer(ctx, paragraph)
    at = figure.start - paragraph.start
    for relation in layer.relations:
        share = relation.share
        if share is None or relation.kind not in ("share-of", "result-vs-plan") or relation.whole.kind == "ratio":
            continue
        if not any(q.start == at for q in (relation.whole, *relation.parts)) or not relation.whole.value:
            continue
        true = relation.parts[0].value / relation.whole.value * 100
        if abs(round_half_up(true, share.decimals) - share.value) < 1e-6:
            return True
    return _of_an_unstated_plan(layer, at)


def _of_an_unstated_plan(layer, at: int) -> bool:
    """A result followed in its clause by its share of a plan the text does not state ("kết nạp 68 đảng viên mới, đạt
    113,3% chỉ tiêu được giao"), printed to a decimal: some whole number of the plan gives that share (60 does; for 86
    none does), so the result agrees with it."""
    quantities = layer.quantities
    for index, result in enumerate(quantities[:-1]):
        share = quantities[index + 1]
        if result.start != at or result.role != "result" or result.kind != "count" or share.kind != "percent" \
                or share.clause != result.clause or not share.decimals or not share.value or result.decimals:
            continue
        guess = result.value * 100 / share.value
        return any(plan > 0 and abs(round_half_up(result.value / plan * 100, share.decimals) - share.value) < 1e-6
                   for plan in (int(guess), int(guess) + 1))
    return False


_PERSON_OPENS = re.compile(r"\s*(?:[-+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?$", re.IGNORECASE)


def _person_told_of(ctx: DocumentContext, figure: Entity, paragraph_number: int) -> str | None:
    """The person whose figure it is (document offsets): an official or person named where the figure's sentence
    opens ("Ông Nguyễn Đình Xứng, Chủ tịch UBND tỉnh, đạt … 86 phiếu"), when no word of saying or a colon follows
    the name before the figure (then the person is who spoke, not whose figure it is: "Đồng chí A, Bí thư Huyện
    ủy cho biết, …"). None when the sentence opens on no one."""
    paragraph = ctx.paragraphs[paragraph_number - 1]
    at = figure.start - paragraph.start
    start = at - len(_whole_sentence(paragraph_layer(ctx, paragraph), at))
    for entity in ctx.paragraph_entities.get(paragraph.index, ()):
        if entity.kind not in ("official", "person") or not start <= entity.start < at:
            continue
        if not _PERSON_OPENS.fullmatch(paragraph.text, start, entity.start):
            return None
        between = paragraph.text[entity.end:at]
        return None if ":" in between or _REPORTED.search(between) else entity.get("name")
    return None


@lru_cache(maxsize=1)
def _stage_words() -> tuple[re.Pattern, dict[str, str]]:
    stages = {word.lower(): stage for word, stage in word_pairs("deliberation_stages")}
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(stages, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE), stages


def _stage(ctx: DocumentContext, figure: Entity, paragraph_number: int) -> str | None:
    """The stage of a deliberation the figure (document offsets) is told at: "proposed" when the first word of
    one in its sentence up to it, or in its phrase after its noun (resources/deliberation_stages.txt), tells what
    a body heard or was asked for, else None (a decision, or no deliberation: the figure as done)."""
    paragraph = ctx.paragraphs[paragraph_number - 1]
    at = figure.start - paragraph.start
    pattern, stages = _stage_words()
    # (else the words after its noun, up to the phrase's end: "16 quần chúng ưu tú được đề nghị kết nạp")
    first = pattern.search(_whole_sentence(paragraph_layer(ctx, paragraph), at)) or pattern.search(
        _phrase_after(paragraph.text[figure.end - paragraph.start:]))
    stage = stages[" ".join(first.group().lower().split())] if first else None
    return stage if stage == "proposed" else None


def _one_sentence(ctx: DocumentContext, paragraph, first: Entity, later: Entity) -> bool:
    """Both figures (document offsets) stand in one sentence of the paragraph (the shared reading's)."""
    reading = ctx.reading(paragraph)
    return reading.sentence_at(first.start - paragraph.start) == reading.sentence_at(later.start - paragraph.start)


def _same_figure(ctx: DocumentContext, first_at: tuple[Entity, int], later_at: tuple[Entity, int]) -> bool:
    """Equal, or equal at the coarser of the two printed precisions: "1,4%" then "1,42%" is one
    rate written more exactly, not two. Each figure comes with its paragraph's number."""
    (first, first_paragraph), (later, later_paragraph) = first_at, later_at
    a, b = first.get("value"), later.get("value")
    if a == b:
        return True
    if a is None or b is None:
        return False
    if first.get("type") == later.get("type") == "money":
        # "11.463 triệu đồng" then "11,46 tỷ đồng": one amount, in a coarser unit
        step = max(_money_step(ctx, first, first_paragraph), _money_step(ctx, later, later_paragraph))
        return abs(round_half_up(a / step, 0) - round_half_up(b / step, 0)) < 1e-6
    places = (first.get("decimals") or 0, later.get("decimals") or 0)
    if places[0] == places[1]:
        return False
    digits = min(places)
    return abs(round_half_up(a, digits) - round_half_up(b, digits)) < 10 ** -(digits + 6)


def _money_step(ctx: DocumentContext, figure: Entity, paragraph_number: int) -> float:
    """The smallest amount an amount's printing tells apart: "11,46 tỷ đồng" 10 million, "18.650.000 đồng" one,
    "1,2 nghìn tỷ đồng" 100 billion: the printed unit's value as the quantity layer reads it."""
    paragraph = ctx.paragraphs[paragraph_number - 1]
    at = figure.start - paragraph.start
    scale = next((q.scale for q in paragraph_layer(ctx, paragraph).quantities if q.start == at and q.kind == "money"),
                 1.0)
    return scale * 10 ** -(figure.get("decimals") or 0)


def _parts(layer) -> frozenset[int]:
    """Starts of the numbers that are parts of a breakdown in this paragraph (not head counts)."""
    return frozenset(p.start for r in layer.relations if r.kind in ("part-of", "sum-of") for p in r.parts
                     if r.whole is not p)


def _floors(reading, entities) -> frozenset[int]:
    """The starts of a paragraph's amounts written as a floor ("trên 281 tỷ đồng", "ít nhất 12 hộ")."""
    return frozenset(q.start for q in layer_of(reading, entities).quantities if q.floor)


def _bounds_agree(floors: set[int], first: Entity, later: Entity) -> bool:
    """Two figures of one thing that cannot contradict: two floors, or a floor and an amount at or above it."""
    low, high = first.get("value"), later.get("value")
    if low is None or high is None:
        return False
    if first.start in floors and later.start in floors:
        # (unless one is the other's digits mistyped in order or place: "trên 96 tỷ" … "trên 69 tỷ", "trên 155 tỷ" …
        # "trên 15,5 tỷ"; a floor rounded anew, "trên 96 tỷ" … "trên 98 tỷ", is no slip)
        digits = re.sub(r"\D", "", first.text), re.sub(r"\D", "", later.text)
        return sorted(digits[0]) != sorted(digits[1])
    return first.start in floors and high >= low or later.start in floors and low >= high


def _keyed_counts(reading, entities) -> tuple[tuple[Entity, str, frozenset[str]], ...]:
    """One paragraph's counts that name one thing, with their key and period scope
    (remembered per paragraph text, so a re-check reads only edited paragraphs)."""
    layer = layer_of(reading, entities)
    text, parts = layer.text, _parts(layer)
    forward = {q.start for q in layer.quantities if q.put_forward}  # counts put forward for another's act
    keyed = []
    for figure in entities:
        if figure.kind == "figure" and figure.get("type") == "percent":
            sentence = _sentence_before(layer, figure)
            key = _rate_key(sentence)
            if key and not _TARGET_AFTER.match(text, figure.end):
                keyed.append((figure, key, _scope(sentence), _rate_of(layer, figure, key)))
            continue
        if figure.kind != "figure" or figure.get("type") not in ("count", "money") or figure.start in parts:
            continue
        sentence = _sentence_before(layer, figure)
        whole = _whole_sentence(layer, figure.start)
        if _TARGET_BEFORE.search(_phrase_before(sentence)) or _TARGET_AFTER.match(text, figure.end) or \
                _PLAN_LABEL.match(whole) and not _NOW.search(_phrase_before(sentence)) or _STRIVING.search(whole) or \
                PLAN_LIST_LEAD.search(whole):
            continue  # a target, not a result ("4. Kế hoạch năm 2026: doanh thu 7.200 triệu đồng")
        if _SUBSET.search(text[_clause_start(layer, figure.start):figure.start]) or _SUBSET_LIST.search(sentence) \
                or _EXAMPLE.match(_phrase_before(sentence)) \
                or _SUBSET_OPENING.match(text, _stretch_start(layer, figure.start, past_semicolons=True)):
            # "Riêng khối doanh nghiệp đã kết nạp 06 đảng viên", "…, trong đó: A 02, B 03": parts; and every clause
            # of a sentence opened by "Trong đó" ("Trong đó, chuyển đi 81 hộ; ở lại 5.187 hộ"): parts of the count
            # before it, which another sentence's same words may split again
            continue
        if running_total(text, figure.start):
            continue  # "…, nâng tổng số đảng viên kết nạp trong năm lên 14 đồng chí": a level reached that day
        if figure.get("type") == "money" and (fund := _fund(text, figure, sentence)) is not None:
            keyed.append((figure, fund[0], _scope_of(text, figure, sentence), fund[1]))
            continue
        named_by = _label_before(layer, figure) if figure.get("type") == "count" else None
        labelled = _labelled(figure, named_by)
        if labelled is not None and labelled[1]:
            key, told = _label_key(whole, *labelled)
        else:
            key, told = _key(text, figure, sentence, figure.start in forward), _ANY
            if key is not None and " của " in key and (level := _subject_level(text, figure, sentence)):
                # "Đảng bộ xã có …" and "Đảng bộ huyện hiện có …": one key ("của đảng bộ"), two bodies
                told = _Told(subject=(level,))
            if key is None and labelled is not None and not _NOT_RESTATED.search(sentence):
                # "Tổng số hội viên đến cuối kỳ là 2.164 người": the whole's count (a named subject tells two apart)
                key, told = f"tổng số {labelled[0]}", _Told((), _names(whole))
        if key is not None and not told.label and figure.get("type") == "money":
            # "doanh thu của HTX A" ≠ "… HTX B"; "dự toán chi … , đã giải ngân 1.197,3" ≠ "Vốn đầu tư công …, giải ngân
            # 171,9": what the sentence's first amount is of tells whose the later one is
            told = _Told((), _names(whole), rest=_money_of(whole),
                         subject=_owner(sentence) if key.startswith(_INFERRED_MEASURES) else ())
        elif key is not None and not told.label and " [" in key:
            # an event's head count: other names in its sentence are no subject ("bầu bổ sung 3 đồng chí vào Ban
            # Chấp hành"), a list line's label is ("- Thôn Đông: kết nạp 12 …" ≠ "- Thôn Tây: kết nạp 9 …")
            label = _LIST_LABEL.match(whole)
            if label and _SPEAKER.match(label.group(1)) and not subject_items(label.group(1)):
                # "+ Đ/c Lê Văn Quý, Trưởng Ban Xây dựng Đảng: năm nay Đảng bộ mới kết nạp …": who spoke, not whose
                # figure it is (unless the title names a unit: "Đ/c A, Bí thư Chi bộ khu phố 3: …")
                label = None
            event = key.split(" [")[0]
            subject = _event_subject(sentence, event) or _opening_subject(whole, sentence, event)
            # "Chi bộ thôn 1 kết nạp 3 đảng viên" ≠ "toàn Đảng bộ kết nạp 24 đảng viên": two bodies that did it
            told = _Told((), frozenset((label.group(1).strip().lower(),))) if label else _Told(
                (), frozenset(), subject=subject) if subject else _ANY
        if key is None and (key := _whole_key(text, figure, sentence)):
            told = _Told((), _names(whole))
        if key is None:
            key, told = _restatement_key(text, figure, sentence, whole)
        if key is None and (key := _measure_key(text, figure, sentence)):
            told = _Told((), _names(whole))
        bag = _bag(text, figure, sentence, whole, named_by)
        scope = _scope_of(text, figure, sentence) if key or bag else frozenset()
        if (key or bag) and not any(_PERIOD.match(item) for item in scope) and (
                opening := _OPENING_PERIOD.match(whole)) is not None:
            # "Năm 2025, tỉnh đặt mục tiêu …; thu ngân sách … 12.600 tỷ đồng": the period that opens the sentence is
            # every clause's, past its semicolons (not the 11.846 tỷ đồng of 2024 told again)
            scope = scope | _scope(opening.group())
        if scope.isdisjoint(_LONG_SCOPES) and _LONG_OPENING.match(whole):
            scope = scope | {"nhiệm kỳ"}  # "Nhiệm kỳ qua, chi bộ …; … ; kết nạp 05 đảng viên mới": the whole sentence's term
        if key:
            keyed.append((figure, key, scope, told))
        if bag is not None:  # the same count under its bag of words, for a label told in other words
            keyed.append((figure, bag[0], scope, bag[1]))
    return tuple(keyed)


def _rate_of(layer, figure: Entity, key: str) -> _Told:
    """Whose a rate that names no counted noun is: the kind of the last count its paragraph gives before it ("xếp
    loại 1.352 đảng viên: …; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 90,5%" and "xếp loại 46 tổ chức đảng: …; tỷ
    lệ hoàn thành tốt nhiệm vụ trở lên đạt 89,1%" are two rates); any, when it gives none or names its own ("tỷ lệ
    hộ nghèo")."""
    if head_of(key.split(maxsplit=2)[-1])[1] is not None:
        return _ANY  # (the noun right after "tỷ lệ" says whose)
    kind = next((q.noun_class for q in reversed(layer.quantities)
                 if q.end <= figure.start and q.kind == "count" and q.noun_class), None)
    return _Told(subject=(kind,)) if kind else _ANY


def _scope_of(text: str, figure: Entity, sentence: str) -> frozenset[str]:
    """The periods a count's sentence names up to it and its phrase after it."""
    return _scope(sentence + " " + _phrase_after(text[figure.end:figure.end + 80]))


class _Told(NamedTuple):
    """How a restated count was told, beyond its key: the words of what was done before it
    (``predicate``, last word last) and the names in its sentence (``names``: runs of
    capitalised words, lower-cased). Two mentions tell of one quantity when one predicate
    ends the other ("xã khám sàng lọc" … "khám sàng lọc") and, when both name a subject, one
    name opens or ends the other ("Hội Phụ nữ" … "Hội"; not "Trường A" … "Trường B")."""

    predicate: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    any: bool = False
    rest: tuple[str, ...] = ()  # the clause's words after the counted noun ("trong kỳ thi … cấp huyện")
    whole: bool = False  # told of the whole ("Toàn xã có …"): a named part of it is another group
    weak: bool = False  # too little said to be recognised again, except by a label naming the same ("Số … là")
    label: bool = False  # told by a label before the number ("Số lao động được giải quyết việc làm là 302 người")
    subject: tuple[str, ...] = ()  # lower-case words of who did it, before "đã" ("cấp ủy các cấp đã kiểm tra …")
    mode: str | None = None  # what the deed is to the count: due ("phải giải quyết"), undone ("chưa"), ahead ("sẽ")

    def agrees(self, other: "_Told") -> bool:
        if self.weak and not other.label or other.weak and not self.label:
            return False
        if self.any or other.any:
            return True
        if self.mode != other.mode:
            return False  # "tổng số hồ sơ phải giải quyết 12.456" is the load; "Đang giải quyết 469 hồ sơ" what is pending
        if self.subject and other.subject and self.subject != other.subject:
            return False  # "cấp ủy các cấp đã kiểm tra …" ≠ "ủy ban kiểm tra các cấp đã kiểm tra …"
        short, long = sorted((self.predicate, other.predicate), key=len)
        if long[len(long) - len(short):] != short:
            return False
        if short != long and _moves(long[:len(long) - len(short)]):
            return False  # "Số hộ thoát cận nghèo" … "Hộ cận nghèo": a movement out of the state, not the state
        short, long = sorted((self.rest, other.rest), key=len)
        if long[:len(short)] != short:
            return False  # "… đạt giải trong kỳ thi cấp huyện" ≠ "… trong kỳ thi cấp tỉnh"; "trong quý III" = "trong quý"
        if (self.whole or other.whole) and {"ở", "tại"} & set(long[len(short):]):
            return False  # "Toàn tỉnh có 868 người ứng cử …" and "203 người ứng cử … ở Trung ương": a place's part of it
        if not self.names or not other.names:
            # "Toàn xã có 1.250 hộ …" and "Thôn Đông có 205 hộ …": the whole and one named part of it
            return not (self.names or other.names) or not (other.whole if self.names else self.whole)
        mine, theirs = self.names, other.names
        if any(" " in a for a in mine) and any(" " in b for b in theirs):
            # names of two or more words decide: "Hợp tác xã Thành Công" ≠ "Hợp tác xã Tân Tiến", though both say "Hợp"
            mine, theirs = {a for a in mine if " " in a}, {b for b in theirs if " " in b}
        return any(a == b or a.startswith(b + " ") or b.startswith(a + " ") or a.endswith(" " + b)
                   or b.endswith(" " + a) for a in mine for b in theirs)


_ANY = _Told(any=True)


def _moves(words: tuple[str, ...]) -> bool:
    said = " ".join(words)
    return any(f" {w} " in f" {said} " for w in word_list("movement_words"))


# Words that carry no meaning of their own in the predicate before a count or in the noun
# phrase after it ("đã khám sàng lọc cho 321 lượt" = "khám sàng lọc 312 lượt").
_PREDICATE_FILLERS = frozenset(("đã", "được", "cho", "là", "có", "đạt", "ước", "thêm", "hiện", "nay", "đến", "tổng",
                                "số", "cộng", "tất", "cả", "trong", "đó", "thì", "vừa", "mới", "tiếp", "tục", "lại"))
# A word that ends the noun phrase after a count: a place, period, comparison or another figure's link.
_PHRASE_STOPS = frozenset(("trong", "tại", "ở", "năm", "tháng", "quý", "so", "đạt", "chiếm", "bằng", "vượt", "tăng",
                           "giảm", "với", "và", "trên", "của", "từ", "đến", "vào", "theo", "thuộc", "là",
                           "gồm", "như", "nâng", "cùng", "cho"))
# Before the count: an approximation, an average or a per-unit rate is not a count to restate.
_NOT_RESTATED = re.compile(r"(?<!\w)(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ|chừng|mỗi|bình\s+quân|trung\s+bình|"
                           r"từng|ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá)\s*$", re.IGNORECASE)


_COORDINATED = re.compile(r"(?:\s*\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?\s+và)+\s*$")


def _restatement_key(text: str, figure: Entity, sentence: str, whole: str) -> tuple[str | None, _Told]:
    """The key of a count described well enough to be recognised when it is stated again:
    what was done (the lower-case words before it in its clause, fillers left out) and what
    was counted (its known noun of people, households, bodies or items and the words that
    qualify it, up to a place, a period or another link): "đã khám sàng lọc cho 321 lượt
    người cao tuổi" and "Trạm đã khám sàng lọc cho 312 lượt người cao tuổi" are one quantity.
    The subject's names are kept beside the key (_Told), so two bodies' counts stay two; a
    change ("giảm 9 đơn vị"), a vote or a presence count, and a measure (ha, tấn) are left out:
    each belongs to its own motion, meeting or crop."""
    if figure.get("type") != "count" or head_of(figure.get("unit") or "")[1] not in _RESTATED_CLASSES:
        return None, _ANY  # (the figure's own unit first: most counts end here, cheaply)
    phrase = []
    words = _phrase_after(text[figure.end:figure.end + 120]).split()
    read = 0
    for word in words:
        lower = word.lower()
        if not word.isalpha() or lower in _PHRASE_STOPS or len(phrase) == 6:
            break
        read += 1
        if lower in _PHRASE_FILLERS and phrase:
            continue  # "1.205 hộ đã tham gia bảo hiểm y tế" = "1.250 hộ tham gia bảo hiểm y tế"
        phrase.append(lower)
    rest = tuple(w.lower() for w in words[read:read + 8])
    if len(phrase) > 2 and phrase[-1] == "mới" and read == len(words):
        phrase.pop()  # "kết nạp 162 hội viên mới" = "kết nạp mới 126 hội viên"
    joined = " ".join(phrase)
    if not phrase or head_of(joined)[1] not in _RESTATED_CLASSES or _VOTE_OR_PRESENCE.search(joined):
        return None, _ANY
    for counted, noun in _COUNTED_AS:  # "21 đồng chí" = "21 đảng viên", "15 em" = "15 học sinh"
        if joined == counted or joined.startswith(counted + " "):
            phrase = noun.split() + phrase[len(counted.split()):]
            break
    clause = _COORDINATED.sub("", _phrase_before(sentence))  # "kiểm tra 6 tổ chức và 19 …": kiểm tra
    if _NOT_RESTATED.search(clause) or _CHANGED.search(clause) or _GAP_BEFORE.search(clause):
        return None, _ANY  # (nor a gap between two figures: "372/375 đại biểu, thiếu 3 đại biểu phải bầu bổ sung")
    predicate = []
    for word in reversed(clause.split()):
        if not word.isalpha() or not word.islower():
            if word.lower() in _MODES:
                predicate.append(word.lower())  # "Đang giải quyết 469 hồ sơ" opening its sentence
            break
        predicate.append(word)
        if len(predicate) == 6:
            break
    mode = _mode(predicate) or ("undone" if _NEGATED_PAIR.search(sentence, 0, len(sentence) - len(
        _phrase_before(sentence))) else None)
    subject: tuple[str, ...] = ()
    for index, word in enumerate(predicate):
        if word in _ASPECT:  # "cấp ủy các cấp đã kiểm tra": what was done starts after "đã"; before it, who did it
            subject = tuple(reversed(predicate[index + 1:]))
            del predicate[index:]
            break
    if not subject and (act := event_match(clause, 0, len(clause))) is not None and act.group()[:1].islower():
        # "Cấp ủy các cấp và chi bộ kiểm tra khi có dấu hiệu vi phạm đối với 795 đảng viên" and "Ủy ban Kiểm tra các
        # cấp kiểm tra khi có dấu hiệu vi phạm đối với 3.057 đảng viên": the body that opens the clause did it
        subject = _event_subject(clause[:act.end()], act.group().lower())
    predicate = [w for w in reversed(predicate) if w not in _PREDICATE_FILLERS]
    if predicate and predicate[-1] in _SAME_DEED:
        predicate[-1:] = _SAME_DEED[predicate[-1]]  # "tặng 102 suất quà" = "trao 120 suất quà"
    if predicate[-2:] == ["phát", "triển"]:
        predicate[-2:] = ["kết", "nạp"]  # "phát triển (mới) 12 hội viên" = "kết nạp 12 hội viên"
    weak = len(predicate) < 2 and len(phrase) < 4 or len(predicate) + len(phrase) < 6
    if weak and (not predicate or _VOTE_OR_PRESENCE.search(" ".join(predicate))):
        return None, _ANY  # "có 12 đảng viên": nothing done to the group
    # "giám sát 23 tổ chức đảng": too little said to know it is the same group, unless a label names it the same
    return "~ | " + " ".join(phrase), _Told(tuple(predicate), _names(whole), rest=rest,
                                            whole=bool(_WHOLE.search(clause)), weak=weak, subject=subject, mode=mode)


_ASPECT = frozenset(("đã", "đang", "vừa"))
# the words before a deed that make its count another quantity than what was done: what is due, what is not done
# yet, what is ahead ("đang" is what is being done: a stock told either way, "đang quản lý 1.046 người")
_MODES = {"phải": "due", "cần": "due", "chưa": "undone", "không": "undone", "sẽ": "ahead", "đang": None}
# "không đánh giá, xếp loại 229 đồng chí": a negation before the first of two deeds joined by a comma denies both
_NEGATED_PAIR = re.compile(r"(?:^|[;:,(])\s*(?:không|chưa)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,$", re.IGNORECASE)


def _mode(words) -> str | None:
    return next((_MODES[w] for w in words if w in _MODES and _MODES[w]), None)
# one deed written with another verb (the last word of what was done before a count)
_SAME_DEED = {"tặng": ["trao"], "mở": ["tổ", "chức"]}
_WHOLE = re.compile(r"(?<!\w)(?:toàn|cả)\s+(?:xã|phường|huyện|tỉnh|thị\s+trấn|thành\s+phố|đảng\s+bộ|hội|chi\s+bộ|"
                    r"địa\s+bàn|đơn\s+vị|ngành|khối|trường|cơ\s+quan)(?!\w)", re.IGNORECASE)
_PHRASE_FILLERS = frozenset(("đã", "được", "đều", "cũng"))  # in the noun phrase after a count: no meaning of its own
_RESTATED_CLASSES = frozenset(("person", "household", "organisation", "item"))
_SWAP_CLASSES = frozenset(("person", "household", "organisation"))
_GENERIC_HEADS = frozenset(("người", "hộ", "hộ gia đình", "đơn vị", "tổ chức"))  # the noun any of the sort goes by
_COUNTED_AS = (("đồng chí", "đảng viên"), ("em", "học sinh"), ("cháu", "trẻ"),  # a noun counted by its classifier
               ("lượt người", "lượt"))  # "khám cho 7.214 lượt người" = "tổng số lượt khám 7.241 lượt"
# A phrase: the words between two commas, brackets or clause marks (the layer's clauses cut at ";" and ":"
# only; what a count says of itself is read within its phrase). One definition for every reader below.
_PHRASE_END = re.compile(r"[,;.():\n]")
_PHRASE_START = re.compile(r"[;:,(]")


def _phrase_before(text: str) -> str:
    """The phrase that ``text`` ends with: after its last ",", ";", ":" or "("."""
    return _PHRASE_START.split(text)[-1]


def _phrase_after(text: str) -> str:
    """The phrase that ``text`` opens with: up to its first ",", ";", ":", ".", bracket or line end."""
    return _PHRASE_END.split(text, 1)[0]
_CHANGED = re.compile(r"(?<!\w)(?:giảm|tăng|thêm)(?:\s+(?:được|thêm))?\s*$", re.IGNORECASE)
_VOTE_OR_PRESENCE = re.compile(r"(?<!\w)(?:tán\s+thành|đồng\s+ý|nhất\s+trí|phiếu|có\s+mặt|vắng|dự\s+họp|tham\s+dự|"
                               r"biểu\s+quyết)(?!\w)")


def _whole_sentence(layer, at: int) -> str:
    """The sentence up to ``at`` (past any ";"), at most 300 characters back: the shared reading's
    sentence (the layer's clauses)."""
    return layer.text[max(_stretch_start(layer, at, past_semicolons=True), at - 300, 0):at]


def _clause_index(clauses, at: int) -> int | None:
    """The first clause holding ``at`` (its end included), by bisection: the reader's clauses run
    in order without overlapping, so only the one before can hold ``at`` too (at its end)."""
    index = bisect_right(clauses, at, key=_start) - 1
    if index < 0 or clauses[index].end < at:
        return None
    while index > 0 and clauses[index - 1].end >= at:
        index -= 1
    return index


def _start(clause) -> int:
    return clause.start


def _clause_start(layer, at: int) -> int:
    """Where the layer's clause holding ``at`` starts (after its ";" or ":")."""
    index = _clause_index(layer.clauses, at)
    return 0 if index is None else layer.clauses[index].start


def _stretch_start(layer, at: int, past_semicolons: bool) -> int:
    """Where the layer's sentence holding ``at`` starts, or (``past_semicolons`` False) its last
    clause opened by ";" (a ":" does not cut: "Tổng số hội viên: 2.164")."""
    clauses = layer.clauses
    index = _clause_index(clauses, at)
    if index is None:
        return 0
    sentence = clauses[index].sentence
    while index > 0 and clauses[index - 1].sentence == sentence and (past_semicolons or clauses[index].opener != ";"):
        index -= 1
    return clauses[index].start


_LIST_LABEL = re.compile(r"\s*(?:[-–+•]\s*|[a-zđ0-9]{1,2}[.)]\s*)([^\W\d_][^:;.\d]{0,40}):")
# a list line's label that names who spoke in a discussion, not the unit its figures are of
_SPEAKER = re.compile(r"(?:đ/c|đồng\s+chí|ông|bà)\s+[A-ZĐÀ-Ỹ]", re.IGNORECASE)


def _names(sentence: str) -> frozenset[str]:
    """Runs of capitalised words in a sentence ("Trạm Y tế", "Trường A"); the sentence's first
    word only when a capitalised word follows it (a capital by position is no name); and a
    label of a list line before its colon ("- Cây ngô: …", "b) Khối doanh nghiệp: …")."""
    runs, run = [], []
    label = _LIST_LABEL.match(sentence)
    if label:
        runs.append(label.group(1).strip().lower())
    words = _PIECES.findall(sentence)
    for index, word in enumerate(words + [""]):
        if word[:1].isupper() or run and word.isdigit():
            run.append(word.lower())
            continue
        if run and (len(run) > 1 or _run_start(index - len(run), words) > 0) and run[0] not in _PERIOD_WORDS:
            runs.append(" ".join(run))  # "Năm 2025, …" is a period, not a name
        run = []
    return frozenset(runs)


_PERIOD_WORDS = frozenset(("năm", "tháng", "quý", "ngày"))


def _run_start(index: int, words: list[str]) -> int:
    """0 when the word at ``index`` opens its sentence or clause (its capital is by position)."""
    return 0 if index == 0 or words[index - 1] in (".", ":", ";", "-", "–", "+", "•") else 1


# the first word of a body that does what an event says ("Chi bộ thôn 1 kết nạp", "Huyện ủy khen thưởng")
_BODY_FIRST = frozenset(("chi", "đảng", "huyện", "tỉnh", "thành", "ủy", "ban", "hội", "đoàn", "ubnd", "hđnd", "ubkt",
                         "công", "trường", "thôn", "xã", "phường", "mặt", "cấp", "bộ", "sở", "phòng"))
_SUBJECT_EDGES = re.compile(r"^(?:(?:toàn|cả|các|những)\s+)|\s+(?:(?:đã|đang|vừa|cũng|tiếp\s+tục|đều)\s*)+$", re.IGNORECASE)


def _event_subject(sentence: str, event: str) -> tuple[str, ...]:
    """The body named right before an event's verb at its clause's start ("Chi bộ thôn 1 kết nạp" → chi bộ thôn 1;
    "toàn Đảng bộ đã kết nạp" → đảng bộ), lower case; () when the clause opens otherwise."""
    phrase = _phrase_before(sentence).strip()
    at = phrase.lower().rfind(event)
    if at <= 0:
        return ()
    words = _SUBJECT_EDGES.sub("", _SUBJECT_EDGES.sub("", phrase[:at].strip())).split()
    # (a capital opens the body or the clause: "toàn Đảng bộ", "Các chi bộ trực thuộc"; "Cấp ủy và Ủy ban Kiểm tra các
    # cấp": two bodies, nine words)
    if not words or len(words) > 9 or not (words[0][:1].isupper() or phrase[:1].isupper()) \
            or words[0].lower() not in _BODY_FIRST:
        return ()
    subject = re.sub(r"\s+(?:xã|phường|thị\s+trấn|huyện|tỉnh|thành\s+phố)$", "", " ".join(words).lower())
    return tuple(subject.split())


def _opening_subject(whole: str, clause: str, event: str) -> tuple[str, ...]:
    """"Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật khiển trách 1 chi ủy; thi hành kỷ luật 5 đảng viên": a clause after
    a semicolon that opens with the act itself is done by the body that did it first in the sentence (not by "Cấp ủy
    và Ủy ban Kiểm tra các cấp", whose count of the act is another figure)."""
    if not _phrase_before(clause).strip().lower().startswith(event):
        return ()
    first = whole.lower().find(event)
    if first <= 0 or first >= len(whole) - len(clause):
        return ()
    return _event_subject(whole[:first + len(event)], event)


def _key(text: str, figure: Entity, sentence: str, put_forward: bool = False) -> str | None:
    phrase = _phrase_before(sentence)
    if figure.get("type") == "count" and _STOCK_AFTER.match(text, _noun_end(text, figure)) and not _NOT_RESTATED.search(
            phrase) and head_of(figure.get("unit") or "")[1] in ("person", "organisation", "household"):
        return "tổng số " + head_of(figure.get("unit") or "")[0]  # "61.482 hội viên hiện có": the whole's count now
    if _GAP_BEFORE.search(phrase):
        return None  # "372/375 đại biểu, thiếu 3 đại biểu phải bầu bổ sung": a gap between two figures, no head count
    if figure.get("type") == "money":  # "đã giải ngân 1.049,3 tỷ đồng" … "vốn đã giải ngân 1.094,3 tỷ đồng"
        event = _event(sentence, "")
        return f"{event}: tiền" if event else None
    unit = figure.get("unit") or ""
    for filler in _FILLERS:
        if unit.lower().startswith(filler):
            unit = unit[len(filler):]
    words = unit.split()
    if re.search(r"tổng số\s*$", sentence.lower()) and words:
        if not _PLAIN_TOTAL.match(text, _noun_end(text, figure)):
            return None  # "Trong tổng số 1.012 đảng viên được đánh giá": those rated, not the whole's total
        owner = _OWNER_AFTER.match(text, _noun_end(text, figure))
        if owner and head_of(unit)[1] in ("person", "organisation", "household"):
            # "tổng số 1.064 đảng viên của Đảng bộ": the subject's total, as "Đảng bộ phường có … 1.046 đảng viên" tells it
            return f"tổng số {head_of(unit)[0]} của {_LEVEL_END.sub('', owner['subject'].lower())}"
        return "tổng số " + " ".join(words).lower()
    total = _SUBJECT_TOTAL.search(sentence, max(0, len(sentence) - _TOTAL_REACH))
    if total and total["label"] and any(w[0].isupper() for w in total["label"].split()[1:]):
        total = None  # "Đảng bộ xã A: toàn Đảng bộ có …" names its own subject
    if total and (total["subject"] or total["subject2"]) and not _plain_after(text, figure):
        # "Nhà trường có 46 học sinh đạt giải …", "Trong tổng số đảng viên của Đảng bộ có 1.148 đồng chí là người dân
        # tộc …": some of them, not the whole's total
        total = None
    if total and words:
        subject = (total["subject"] or total["subject2"] or "").lower().removeprefix("toàn ").strip()
        subject = re.sub(r"\s+(?:xã|phường|thị\s+trấn|huyện|tỉnh|thành\s+phố)$", "", subject)  # "Đảng bộ xã" = "Đảng bộ"
        head = head_of(unit)[0] if head_of(unit)[1] else None
        noun = (total["noun"] or "").lower().strip() or head
        if subject and noun and head_of(noun)[1] in ("person", "organisation", "household"):
            # "Năm 2020, Chi bộ có 43 đảng viên": that year's total, told apart from the present one
            year = f" năm {total['year']}" if total["year"] else ""
            if subject in _OWN_LEVELS:
                # "Phường có 4.021 hộ" … "trên tổng số 4.210 hộ": a bare level word names the document's own unit,
                # whose total a plain "tổng số <noun>" states too
                return f"tổng số {head_of(noun)[0]}{year}"
            return f"tổng số {head_of(noun)[0]} của {subject}{year}"
    if total is None and head_of(unit)[1] == "person" and _MEMBERS_SPREAD.match(text, _noun_end(text, figure)) \
            and _BARE_LEAD.fullmatch(phrase):
        # "Năm 2026, với 2.140 hội viên sinh hoạt ở 24 chi hội, …": the body's membership, when its phrase names no
        # one else's ("Chi hội ấp 3 với 160 hội viên sinh hoạt tại 4 tổ hội")
        return "tổng số " + head_of(unit)[0]
    capitalised = [w for w in words[1:] if w[0].isupper()]
    if len(words) >= 3 and words[0][0].isupper() and capitalised:
        return " ".join(words[:5]).lower()
    event = _event(sentence, text[figure.end:figure.end + 60])
    if event:
        clause_before = phrase.lower()
        # "xóa bỏ hình thức kỷ luật 1 trường hợp" ≠ "thay đổi hình thức kỷ luật 4 trường hợp"
        # "16 quần chúng ưu tú được đề nghị kết nạp": the qualifier may follow the noun, before the event
        after = _phrase_after(text[figure.end:figure.end + 60]).lower()
        ahead = next((after[:at] for named in _lowered("count_events") if (at := after.find(" " + named)) > 0), "")
        qualifier = " ".join(_MODIFIERS.findall(clause_before) + _MODIFIERS.findall(ahead))
        if put_forward:  # (the quantity layer's reading: "giới thiệu 14 đoàn viên cho chi bộ xem xét kết nạp")
            qualifier += " để"
        # "đảng viên mới", "đảng viên vi phạm" (of a discipline) = "đảng viên"
        noun_phrase = " ".join(words).lower()
        for named in _lowered("count_events"):  # "36 thanh niên nhập ngũ đủ chỉ tiêu": the noun ends at the event
            at = noun_phrase.find(" " + named)
            if at > 0:
                noun_phrase = noun_phrase[:at]
        noun_phrase = _EVENT_VOICE.sub("", noun_phrase)  # "9 đảng viên bị thi hành kỷ luật": the noun is "đảng viên"
        noun_phrase = " ".join(noun_phrase.split()[:5])
        noun_phrase = re.sub(r"\s+(?:mới|vi\s+phạm)$", "", noun_phrase) or "đồng chí"
        described = re.match(r"\s+là\s+((?:[^\W\d_]+\s*){1,6})", text[figure.end + 1 + len(figure.get("unit") or ""):])
        if described:  # "3 đồng chí nguyên là lãnh đạo Bộ A" ≠ "4 đồng chí nguyên là lãnh đạo Bộ B"
            noun_phrase += " là " + described.group(1).strip().lower()
        into = admitted_into(text, figure.start - len(phrase), figure.start, _noun_end(text, figure), head_of(unit)[0])
        if into:  # "41 đoàn viên được kết nạp vào Đảng" ≠ "kết nạp 372 đoàn viên" (into the Đoàn)
            noun_phrase += f" vào {into}"
        presence = _PRESENCE_AFTER.search(_phrase_after(text[figure.end:figure.end + 80]))
        if presence:  # "01 đ/c miễn sinh hoạt vẫn đến dự" ≠ "04 đ/c miễn sinh hoạt (vắng mặt)": two groups
            noun_phrase += " @" + ("vắng" if presence.group().lower().startswith("vắng") else "dự")
        return f"{event} [{qualifier}]: {noun_phrase}"
    return None


# members counted over the units they belong to: the whole body's membership, however the sentence opens
_MEMBERS_SPREAD = re.compile(r"\s+(?:đang\s+)?sinh\s+hoạt\s+(?:tại|ở|trong)\s+\d[\d.]*\s+(?:chi\s+bộ|chi\s+hội|"
                             r"chi\s+đoàn|tổ\s+chức\s+cơ\s+sở\s+đảng|đảng\s+bộ|tổ\s+hội|tổ\s+đảng)(?!\w)", re.IGNORECASE)
_BARE_LEAD = re.compile(r"\s*(?:(?:hiện\s+nay|hiện|đến\s+nay|nay)\s+)?(?:với|có|là|gồm)?\s*", re.IGNORECASE)
_OWN_LEVELS = frozenset(("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố"))
_STOCK_AFTER = re.compile(r"\s+hiện\s+có(?=\s*[,;.)]|\s*$)", re.IGNORECASE)
_PRESENCE_AFTER = re.compile(r"(?<!\w)(?:đến\s+dự|tham\s+dự|dự\s+họp|dự\s+sinh\s+hoạt|có\s+mặt|vắng(?:\s+mặt)?)(?!\w)",
                             re.IGNORECASE)


# "tỷ lệ hộ nghèo (giảm) còn 2,1%", "tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,5%": a rate
# stated as a level (not "tăng/giảm 0,8%", a change) of a named thing.
_RATE = re.compile(r"(?:^|\s)tỷ\s+lệ\s+(?P<noun>(?:[^\W\d_]+\s+){1,10}?)(?:giảm\s+)?(?:còn|đạt|là|chiếm|ở\s+mức)\s*$")
_RATE_NOT = re.compile(r"(?:^|\s)(?:tăng|giảm|so\s+với|chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|dự\s+kiến|"
                       r"bình\s+quân|trung\s+bình|mỗi|từng|các|ở|tại|của)(?:\s|$)")


def _rate_key(sentence: str) -> str | None:
    """The key of a rate stated as a level, only when nothing in its sentence names a
    subject (a proper name, "ở", "của"): "Phường A: tỷ lệ hộ nghèo còn 2%" and "Phường B: …"
    are two rates."""
    clause = _phrase_before(sentence)
    match = _RATE.search(clause.lower())
    if not match:
        return None
    noun = match["noun"].strip()
    before = sentence[:len(sentence) - len(clause) + match.start()]
    words = [w for w in (before + " " + clause).split() if w[0].isalpha()]
    if _RATE_NOT.search(noun) or any(w[0].isupper() for w in words[1:]):
        return None
    if _TARGET_BEFORE.search(before):
        return None
    return f"tỷ lệ {noun}"


_REPORTED = re.compile(r"(?<!\w)(?:ghi\s+nhận|cho\s+biết|khẳng\s+định|nhấn\s+mạnh|thông\s+tin|nêu\s+rõ|biểu\s+dương)"
                       r"(?:\s+(?:rằng|là))?(?!\w)")
# "Chi bộ có 45 …" (a sentence opening with its subject), "Tổng số đảng viên của chi bộ là 47".
# (a year opening the sentence, "Năm 2026, Đảng bộ phường có 47 chi bộ trực thuộc", or a speaker's words after the colon,
# "…, nhấn mạnh: Đảng bộ phường hiện có 45 chi bộ trực thuộc", open the subject as the sentence's start does)
_SUBJECT_TOTAL = re.compile(
    r"(?:^|[.;]\s+|^(?:Hiện\s+nay|Hiện\s+tại|(?:Tính\s+)?[Đđ]ến\s+(?:nay|(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?)|"
    r"Năm\s+(?P<year>\d{4})),\s+"
    r"|^(?P<label>[^\W\d_][^\d.;:]{0,60}):\s+(?=toàn\s)"
    r"|" + _REPORTED.pattern + r"\s*:\s+)"
    r"(?P<subject>(?:[Tt]oàn\s+)?[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}?)\s+(?:hiện\s+)?có\s+"
    r"(?:tổng\s+số\s+)?(?:\d[\d.]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}(?:\s*\([^()]{0,100}\))?\s+(?:với|và)\s+)?$"
    r"|[Tt]ổng\s+số\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:của|trong|toàn)\s+"
    r"(?P<subject2>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)(?:\s+(?:là|có)|\s*:)\s*$")


# What may follow the noun of a subject's total: nothing, a bracket, its members' places ("sinh hoạt tại 36 chi
# bộ"), another count joined to it ("với 1.482 đảng viên") - not a verb picking some out ("đạt giải", "tham gia").
# how far back a subject's total is looked for: "Đảng bộ phường có 38 chi bộ trực thuộc (gồm 24 chi bộ khu dân cư và 14 chi
# bộ cơ quan, trường học) với 1.046 đảng viên" (the bracket told between the two counts)
_TOTAL_REACH = 200
_PLAIN_TOTAL = re.compile(r"\s*(?:[,;.:()\n]|$|(?:với|và|trong|gồm|sinh\s+hoạt|đang|hiện|thuộc|trực\s+thuộc|của)(?!\w))",
                          re.IGNORECASE)


def _noun_end(text: str, figure: Entity) -> int:
    """Where the known noun after a count ends ("46 học sinh| đạt giải"), or the count's end."""
    head, noun_class, _ = head_of(figure.get("unit") or "")
    at = text.lower().find(head, figure.end, figure.end + len(head) + 4) if noun_class and head else -1
    return at + len(head) if at != -1 else figure.end


_MODIFIERS = re.compile(r"xóa bỏ|xoá bỏ|thay đổi|chuẩn y|đề nghị|giữ nguyên|không|chưa|dự kiến|tiếp tục|"
                        r"đã xem xét|tăng|giảm")


_SAME_MEASURE = {"lãi": "lợi nhuận sau thuế"}  # a measure written in everyday words, right before its amount
_INFERRED_MEASURES = tuple(sorted(set(_SAME_MEASURE.values())))
_OWNER_STOPS = frozenset(("đạt", "là", "có", "ước", "được", "năm", "trong", "đến", "hiện", "tháng", "quý", "khoảng", "đã",
                          "sau", "trước", "toàn", "cả"))


def _owner(sentence: str) -> tuple[str, ...]:
    """Whose a measure told in other words is ("Hợp tác xã hoạt động có lãi …", "Lợi nhuận sau thuế của Công ty
    đạt …"): the words after "của", or the subject before "hoạt động", as initials ("htx", "ct"); () when unsaid."""
    phrase = _phrase_before(sentence)
    lower = phrase.lower()
    words: list[str] = []
    if (at := re.search(r"(?<!\w)của\s", lower)) is not None:
        for word in phrase[at.end():].split():
            if not word.isalpha() or word.lower() in _OWNER_STOPS or len(words) == 4:
                break
            words.append(word)
    elif (at := re.search(r"(?<!\w)hoạt\s+động(?!\w)", lower)) is not None:
        for word in reversed(phrase[:at.start()].split()):
            if not word.isalpha() or word.lower() in _OWNER_STOPS or len(words) == 4:
                break
            words.insert(0, word)
    if not words:
        return ()
    if len(words) == 1 and words[0].isupper():
        return (words[0].lower(),)  # "HTX"
    return ("".join(w[0] for w in words).lower(),)  # "Hợp tác xã" → htx


_SAME_EVENT = {"phát triển": "kết nạp", "giao quân": "nhập ngũ", "tặng huy hiệu đảng": "trao huy hiệu đảng",
               "trao tặng huy hiệu đảng": "trao huy hiệu đảng"}  # "phát triển mới 12 hội viên" = "kết nạp 12 hội viên"


@lru_cache(maxsize=4)
def _lowered(name: str) -> tuple[str, ...]:
    """A word list of resources/ in lower case, made once."""
    return tuple(w.lower() for w in word_list(name))


def _event(before: str, after: str) -> str | None:
    """The event a count is the head count of: named just before it in its clause, or just
    after it ("4 đồng chí vừa được bầu bổ sung"); after a reporting verb, the reported clause
    ("đồng chí Phó Bí thư Đảng ủy ghi nhận chi bộ đã kết nạp được 06 đảng viên": chi bộ)."""
    phrase = _phrase_before(before)
    reported = None
    for reported in _REPORTED.finditer(phrase):
        pass
    if reported is not None:
        phrase = phrase[reported.end():]
    clause_before = phrase.lower()
    clause_after = _phrase_after(after).lower()
    trimmed = _TRAILING_FILLERS.sub("", clause_before.rstrip())
    original = phrase.split()
    # no named subject ("thị xã Sa Đéc") in the clause; "toàn Đảng bộ" names none, nor the event's own words
    # ("trao Huy hiệu Đảng cho")
    unnamed = not any(w[:1].isupper() and w not in ("Đảng", "Huy", "Hiệu") for w in original[1:])
    stripped = clause_before.rstrip()
    for event in _lowered("count_events"):
        waived = WAIVED_BEFORE.search(stripped[:len(stripped) - len(event)]) if stripped.endswith(event) else None
        if waived:  # "Tạm hoãn gọi nhập ngũ 389", "Miễn gọi nhập ngũ 26": two acts, neither the call-up
            return f"{' '.join(waived['how'].split())} {_SAME_EVENT.get(event, event)}"
        if stripped.endswith(event) or f" {event}" in clause_after:
            return _SAME_EVENT.get(event, event)
        if unnamed and trimmed.endswith(event) and trimmed != stripped and not _NOT_DONE.search(clause_before):
            return _SAME_EVENT.get(event, event)  # "chi bộ đã kết nạp được 4 đảng viên"; not "còn lại phải giải ngân … là"
    for event in _lowered("count_measures"):
        at = trimmed.find(event)
        if event in _SAME_MEASURE and at != -1 and trimmed.endswith(event) and (
                at == 0 or trimmed[:at].rstrip().endswith(" có")):  # "có lãi", not "trả lãi", "thu lãi"
            return _SAME_MEASURE[event]  # "hoạt động có lãi 421 triệu đồng" = "lợi nhuận sau thuế 412 triệu đồng"
        if at != -1 and (at == 0 or not trimmed[at - 1].isalpha()):
            tail = _FILLERS_INSIDE.sub(" ", trimmed[at + len(event):]).split()
            if "của" in tail:  # "doanh thu của Hợp tác xã": whose it is, the names of its sentence tell (_Told)
                tail = tail[:tail.index("của")]
            if trimmed.endswith(event) or len(tail) <= 8:
                # "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (9 tháng) đạt": the event and what it is of
                return " ".join([event, *tail])
    return None


_GAP_BEFORE = re.compile(r"(?<!\w)(?:còn\s+)?(?:thiếu|hụt|dôi\s+dư|dư\s+ra)\s*$", re.IGNORECASE)
# (also "Lũy kế nhiệm kỳ 2020-2025, …", "Giai đoạn 2021-2025, …", "Từ đầu nhiệm kỳ đến nay, …")
_LONG_OPENING = re.compile(r"\s*(?:[-–+•]\s*)?(?:(?:lũy|luỹ)\s+kế\s+)?(?:trong\s+|từ\s+đầu\s+)?(?:cả\s+)?"
                           r"(?:nhiệm\s+kỳ\s+(?:qua|vừa\s+qua|20\d\d\s*[-–]\s*20\d\d|đến\s+nay)|nhiệm\s+kỳ\s*,|"
                           r"giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d)", re.IGNORECASE)
_EVENT_VOICE = re.compile(r"(?:\s+(?:được|bị|đã|vừa|đề\s+nghị|xét))+$")
_NOT_DONE = re.compile(r"(?<!\w)(?:phải|cần|còn\s+lại|phấn\s+đấu|dự\s+kiến|kế\s+hoạch|chỉ\s+tiêu|sẽ)(?!\w)")
_FILLER_WORDS = (r"mới|cho|được|đạt|ước\s+đạt|là|có|gồm|đã|với|trên\s+địa\s+bàn|toàn\s+xã|toàn\s+phường|nhà\s+nước|"
                 r"(?:\d+|sáu|chín|ba)\s+tháng(?:\s+đầu\s+năm)?|năm\s+\d{4}|trong\s+(?:năm|quý|tháng)")
_TRAILING_FILLERS = re.compile(r"(?:\s+(?:" + _FILLER_WORDS + r"))+$")
# inside a measure's words, the moment too: "vốn điều lệ đến 30/11/2025 là" = "vốn điều lệ hiện có"
_FILLERS_INSIDE = re.compile(r"(?<!\w)(?:" + _FILLER_WORDS + r"|hiện(?:\s+nay)?|(?:tính\s+)?đến\s+(?:nay|(?:ngày\s+)?"
                             r"\d{1,2}/\d{1,2}(?:/\d{4})?))(?!\w)")


def _sentence_before(layer, figure: Entity) -> str:
    """The sentence up to the figure, from its last ";" (the layer's clauses), at most 200 characters
    back (a long run of figures in one sentence would otherwise be re-read for each)."""
    return layer.text[max(_stretch_start(layer, figure.start, past_semicolons=False), figure.start - 200, 0):figure.start]


# "6 tháng đầu năm", "các tháng cuối năm": a half of the year, not the moment the year opens ("Đầu năm, …")
_HALF = re.compile(r"(?<=tháng )(đầu|cuối) năm(?!\w)")
_YEAR_OPENS = re.compile(r"(?<!tháng )(?<!\w)đầu năm(?!\w)")


def _scope(sentence: str, halves: bool = False) -> frozenset[str]:
    """The periods a sentence names; with ``halves``, "6 tháng đầu năm" names a half of the year, not the
    moment the year opens (read so where two mentions are already told in the same words: elsewhere the
    moment keeps a total apart from the parts a list gives for the same months)."""
    lower = sentence.lower()
    found = set(_scopes_pattern().findall(lower))
    named = {f"tháng {m[1]} năm" for m in _HALF.finditer(lower)} if halves else set()
    if named:
        found |= named
        if not _YEAR_OPENS.search(lower):
            found.discard("đầu năm")
    found |= set(_NAMED_PERIOD.findall(lower))
    found |= set(_SLASHED_DATE.findall(lower))  # "tính đến 30/6/2025"
    return frozenset(found)


_PERIOD = re.compile(r"(quý|tháng|năm) ([\divx]+(?:/\d{4})?)$")


def _other_periods(first: frozenset[str], later: frozenset[str]) -> bool:
    """Both name a period of one kind, and not the same one: "Quý I" and "Quý II", "năm 2024"
    and "năm 2025" (the generic "quý" both may also say does not make them one)."""
    def named(scope):
        found: dict[str, set[str]] = {}
        for item in scope:
            match = _PERIOD.match(item)
            if match:
                found.setdefault(match[1], set()).add(match[2])
        return found
    a, b = named(first), named(later)
    halves = {"tháng đầu năm", "tháng cuối năm"}
    return any(unit in b and not a[unit] & b[unit] for unit in a) or len((first | later) & halves) == 2 and \
        first & halves != later & halves


_LONGER_SPANS = _scopes_told("months")  # spans of months that hold a quarter or a month named by its number


def _within_the_period(first: frozenset[str], later: frozenset[str]) -> bool:
    """One names a quarter or a month by its number and the other only a longer span ("Quý I: … 3.600 lượt" under
    "Kết quả 6 tháng: … 6.300 lượt"): a part of the period, not its figure told again."""
    def numbered(scope: frozenset[str]) -> bool:
        return any((match := _PERIOD.match(item)) is not None and match[1] in ("quý", "tháng") for item in scope)
    a, b = numbered(first), numbered(later)
    return a != b and bool((later if a else first) & _LONGER_SPANS)


@lru_cache(maxsize=1)
def _scopes_pattern() -> re.Pattern:
    """Every period scope of resources/count_scopes.txt in one pattern (whole words; the
    lookahead lets scopes that share words all be found)."""
    scopes = sorted((scope for scope, _ in word_pairs("count_scopes")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?=(" + "|".join(re.escape(s) for s in scopes) + r")(?!\w))")


def _stated(figure: Entity) -> str:
    return f"{figure.text} {figure.get('unit')}" if figure.get("type") == "count" else figure.text


def _restated(first: Entity, later: Entity) -> str:
    """The earlier value, written the way the later mention writes its own."""
    if first.get("type") in ("money", "percent"):
        return first.text
    return written_like(format_vi(first.get("value"), first.get("decimals") or 0), later.text)


@rule("figure-inconsistent", severity=Severity.WARNING, title="Cùng một số liệu ghi khác nhau", examples=(
    # a duration and the dates it runs between
    Example("Đoàn kiểm tra làm việc trong 3 ngày (24-25/7) tại 5 chi bộ.", "3", "2"),
    Example("Đoàn kiểm tra làm việc trong 2 ngày (24-25/7) tại 5 chi bộ."),
    Example("Hội nghị diễn ra trong 2 ngày, từ ngày 14 đến ngày 16/10/2025.", "2", "3"),
    Example("Lớp bồi dưỡng diễn ra trong 05 ngày (từ 12/8 đến 16/8/2025)."),
    Example("Đợt cao điểm từ 30/9 - 07/10, mỗi chi bộ tổ chức 2 ngày ra quân."),
    Example("Lớp bồi dưỡng được tổ chức trong 3 ngày, ngày 24 và 25/7/2025.", "3", "2"),
    Example("Hội nghị diễn ra trong 02 ngày 24, 25/7."),
    # "đợt cao điểm 15 ngày": a campaign's peak, no point of a legal article
    Example("Chi nhánh tổ chức đợt cao điểm 15 ngày (từ 01/12 đến 25/12/2025) giải quyết hồ sơ tồn đọng.", "15", "25"),
    Example("Chi nhánh tổ chức đợt cao điểm 25 ngày (từ 01/12 đến 25/12/2025) giải quyết hồ sơ tồn đọng."),
))
def duration_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """A duration beside the dates it runs between counts the same days ("trong 3 ngày (24-25/7)"
    are 2): the same quantity stated twice, once derived."""
    yield from _duration_issues(ctx)


def level_change_issues(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Từ 120 hộ xuống còn 85 hộ, giảm 30 hộ": a change written beside its two levels is their difference, in
    value or in percentage points, and runs the way its word says (run by derived-mismatch, derived.py)."""
    text = ctx.text
    for relation in quantities_of(ctx).of("direction"):
        first, (second,) = relation.whole, relation.parts
        way = relation.cues[0].text
        yield Issue(second.start, second.end,
                    f"“{way}” từ {first.text} nhưng {second.text} {'lớn hơn' if second.value > first.value else 'nhỏ hơn'}: "
                    f"một trong hai mức sai.", None, Severity.WARNING,
                    (Related(first.start, unit_end(text, first), "earlier"),
                     Related(relation.cues[0].start, relation.cues[0].end, "cue")))
    for relation in quantities_of(ctx).of("difference"):
        first, (second, change) = relation.whole, relation.parts
        decimals = max(first.decimals, second.decimals)
        true = abs(first.value - second.value) / (change.scale if change.kind == "money" else 1)
        stated = change.amount if change.kind == "money" else change.value
        if abs(true - stated) < 0.5 * 10 ** -max(decimals, change.decimals) + 1e-9:
            continue
        if change.kind == "percent" and first.value and abs(
                true / first.value * 100 - stated) < 0.5 * 10 ** -change.decimals + 1e-9:
            continue  # "giảm 16,5%": relative to the first level, not in points
        expected = format_vi(true, max(decimals, change.decimals))
        if change.kind == "percent":
            fix, said = expected + change.text[len(change.text.rstrip("% ")):], f"{expected} điểm phần trăm"
        elif change.kind == "money":  # the amount's unit is in its span: "5,1 tỷ đồng" → "4,1 tỷ đồng"
            number = change.text.split()[0]
            fix, said = written_like(expected, number) + change.text[len(number):], expected
        else:
            fix, said = written_like(expected, change.text), expected
        yield Issue(change.start, change.end,
                    f"Từ {first.text} {'xuống' if second.value < first.value else 'lên'} {second.text} là "
                    f"{'giảm' if second.value < first.value else 'tăng'} {said}, không phải {change.text}.", fix,
                    related=(Related(first.start, unit_end(text, first), "earlier"),
                             Related(second.start, unit_end(text, second), "result")))


def _duration_issues(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Trong 3 ngày (24-25/7)": a duration in days written beside the dates it runs
    between must count the same days."""
    layer = quantities_of(ctx)
    spans = [n for n in layer.not_quantities if n.reason == "date span"]
    if not spans:
        return
    text = ctx.text
    for duration in layer.not_quantities:
        if duration.reason != "duration or period" or duration.head != "ngày" or not duration.value \
                or duration.value != int(duration.value):
            continue
        unit_end_at = text.find("ngày", duration.end, duration.end + 6)
        if unit_end_at == -1:
            continue
        after = unit_end_at + len("ngày")
        span = next((n for n in spans if after <= n.start and _BESIDE.fullmatch(text[after:n.start])), None)
        if span is None or span.value == duration.value:
            continue
        if "," in text[after:span.start] and not _LASTED.search(text, max(0, duration.start - 12), duration.start):
            continue  # "tại chỗ 7 ngày, từ ngày 03/3 đến ngày 20/4": days within the period, not its length
        yield Issue(duration.start, duration.end,
                    f"“{span.text}” là {span.value:g} ngày, "
                    f"không phải {duration.text} ngày.", written_like(f"{span.value:g}", duration.text),
                    related=(Related(span.start, span.end, "earlier"),))


_BESIDE = re.compile(r"\s*[(,:–-]?\s*(?:diễn\s+ra\s+)?", re.IGNORECASE)
_LASTED = re.compile(r"(?<!\w)(?:trong|kéo\s+dài|diễn\s+ra)\s*$", re.IGNORECASE)


# "Tổng số lượt khám, chữa bệnh 7.241 lượt", "Số lao động được giải quyết việc làm trong năm là 302 người",
# "Số người cao tuổi được khám sàng lọc: 2.540 người": the count's noun and what was done to it, named before it
_LABEL = re.compile(r"(?:^|(?<=[\s(,:]))(?P<word>\w+\s+)?(?:[Tt]ổng\s+)?[Ss]ố\s+(?P<label>[^\W\d_]+(?:,?\s+[^\W\d_]+){0,11}?)"
                    r"\s*(?:\s(?:là|đạt|có)|:)?\s*$")
_NOT_A_LABEL = frozenset(("một", "đa", "các", "những", "phần", "hầu", "mọi", "trong", "với"))  # "một số", "đa số"
# after the label's noun: where what was done to it ends and its moment, place or owner begins
_LABEL_STOPS = frozenset(("trong", "đến", "tính", "năm", "tháng", "quý", "của", "toàn", "tại", "ở", "trên", "thuộc",
                          "từ", "so", "hiện", "cuối", "đầu", "lũy", "luỹ"))
_LABEL_PLACES = frozenset(("tại", "ở", "thuộc", "của"))
_LABEL_FILLERS = frozenset(("được", "đã", "bị", "cho", "là", "có"))
_LABEL_VOICE = frozenset(("được", "đã", "bị"))  # where the label's noun ends and what was done to it begins


def _label_before(layer, figure: Entity) -> re.Match | None:
    """The label naming a count before it ("Số lao động được giải quyết việc làm là 302 người", "Số hộ đạt danh
    hiệu gia đình văn hóa: 1.245 hộ"), read in the layer's clause holding the count from its last ";" (a ":" does
    not cut), after any "(" and at most 140 characters back; not "một số", "đa số" (_NOT_A_LABEL). One reading for
    _labelled and _bag."""
    at = figure.start
    clause = layer.text[max(_stretch_start(layer, at, past_semicolons=False), at - 140, 0):at]
    clause = clause[clause.rfind("(") + 1:]
    if "số " not in clause and "Số " not in clause:
        return None  # most counts: no label (a cheap look first)
    match = _LABEL.search(clause)
    if match is None or match["word"] and match["word"].strip().lower() in _NOT_A_LABEL:
        return None
    return match


def _labelled(figure: Entity, match: re.Match | None) -> tuple[str, tuple[str, ...]] | None:
    """A count named by a label before it ("Số lao động được giải quyết việc làm là 302 người"): the
    counted noun of the label (the figure's own noun must be of its class, or a classifier of it:
    "người", "đồng chí", "lượt") and the words of what was done to it, up to a moment or a place."""
    if figure.get("type") != "count" or match is None:
        return None
    words = match["label"].replace(",", " ").lower().split()
    head, noun_class, _ = head_of(" ".join(words))
    if noun_class not in _RESTATED_CLASSES or _VOTE_OR_PRESENCE.search(match["label"].lower()):
        return None
    unit_head, unit_class, _ = head_of(figure.get("unit") or "")
    if head.startswith("lượt"):
        head, noun_class = "lượt", "item"  # "số lượt khám" … "7.241 lượt": visits, whatever the visit was
        if unit_head and not unit_head.startswith("lượt"):
            return None
    elif unit_head != head and (unit_class != noun_class or unit_head not in _CLASSIFIERS):
        return None
    rest = words[len(head.split()):] if " ".join(words).startswith(head) else words[1:]
    voice = next((i for i, w in enumerate(rest) if w in _LABEL_VOICE), None)
    if voice:  # "Số lao động nữ được giải quyết việc làm": the words before "được" belong to the noun
        qualifiers = rest[:voice]
        if any(w in _LABEL_STOPS or w in _LABEL_PLACES for w in qualifiers):
            return None  # "Số hộ trong năm được …", "Số hộ ở thôn A được …": some of them, by moment or place
        if qualifiers[-1:] == ["mới"]:
            qualifiers = qualifiers[:-1]  # "Số đảng viên mới được kết nạp" = "kết nạp … đảng viên"
        if qualifiers:
            head = " ".join([head, *qualifiers])
        rest = rest[voice:]
    predicate = []
    for word in rest:
        if word in _LABEL_PLACES:
            return None  # "Số lượt khám bệnh tại nhà": some of them, by place or owner
        if word in _LABEL_STOPS:
            break
        if word not in _LABEL_FILLERS:
            predicate.append(word)
    return head, tuple(predicate)


_CLASSIFIERS = frozenset(("người", "đồng chí", "lượt", "trường hợp", "em", "cháu", "đơn vị", "tập thể", "hộ"))


def _label_key(whole: str, head: str, predicate: tuple[str, ...]) -> tuple[str | None, _Told]:
    """The key of a labelled count: an event or measure named in the label is the event's head count
    ("Số đảng viên được kết nạp là 45" = "kết nạp 45 đảng viên"); other words are what was done to the
    group, read as a restatement's predicate ("Số người cao tuổi được khám sàng lọc: 2.540" = "khám sàng
    lọc cho 2.450 người cao tuổi")."""
    names = _names(whole)
    event = _event(" ".join(predicate), "")
    if event:
        qualifiers = _MODIFIERS.findall(" ".join(predicate))
        if len(predicate) > 1 and predicate[-1] == "mới":
            qualifiers.append("mới")  # "Số lao động được giải quyết việc làm mới": new jobs, not all placed
        qualifier = " ".join(qualifiers)
        return f"{event} [{qualifier}]: {head}", _Told((), names, label=True)
    if head == "lượt":
        phrase = ["lượt"]
    else:
        phrase = head.split()
    for counted, noun in _COUNTED_AS:
        if " ".join(phrase) == counted:
            phrase = noun.split()
    return "~ | " + " ".join(phrase), _Told(predicate, names, label=True, mode=_mode(predicate))


# "Tính đến ngày 30/11/2025, toàn xã có 2.146 hội viên", "Năm 2025, xã có 215 hộ nghèo": the whole's count, no name
# said
_WHOLE_HAS = re.compile(r"(?:(?:^|[,:]\s*|\s)toàn\s+|(?:^|[,:]\s*))(?:xã|phường|thị\s+trấn|huyện|tỉnh|hội|đoàn|đảng\s+bộ|ngành|đơn\s+vị)"
                        r"\s+(?:hiện\s+(?:nay\s+)?)?có\s+(?:tổng\s+số\s+)?$", re.IGNORECASE)


_LEVEL_END = re.compile(r"\s+(xã|phường|thị\s+trấn|huyện|tỉnh|thành\s+phố)$")
# the body a total is of, right after its noun: "tổng số 1.064 đảng viên của Đảng bộ (huyện) đã …"; not those of it
# picked out after it ("… của Đảng bộ được đánh giá, xếp loại", "… của Đảng bộ đã tham gia bỏ phiếu": those who did it)
_OWNER_AFTER = re.compile(r"\s+của\s+(?P<subject>[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}?)"
                          r"(?=\s+(?:là|hiện)(?!\w)|\s*[,.;:)]|\s*$)")


def _subject_level(text: str, figure: Entity, sentence: str) -> str | None:
    """The level a subject's total names after its body ("Đảng bộ xã có …", "… của Đảng bộ huyện") → "xã", "huyện"),
    which its key leaves out."""
    total = _SUBJECT_TOTAL.search(sentence, max(0, len(sentence) - _TOTAL_REACH))
    subject = total and (total["subject"] or total["subject2"])
    if not subject and (owner := _OWNER_AFTER.match(text, _noun_end(text, figure))):
        subject = owner["subject"]
    level = _LEVEL_END.search(subject.lower()) if subject else None
    return " ".join(level.group(1).split()) if level else None


def _whole_key(text: str, figure: Entity, sentence: str) -> str | None:
    """The key of the whole's count ("toàn xã có 2.146 hội viên"): its noun must end its clause, bar a
    bracket ("Toàn tỉnh có 73 xã (chiếm 75,2%) đạt tiêu chí y tế" picks some out)."""
    head, noun_class, _ = head_of(figure.get("unit") or "")
    if figure.get("type") != "count" or noun_class not in _RESTATED_CLASSES or not _WHOLE_HAS.search(sentence[-60:]):
        return None
    return f"tổng số {head}" if _plain_after(text, figure) else None


def _plain_after(text: str, figure: Entity) -> bool:
    """Nothing after a count's noun picks some of them out, bar a bracket: "Toàn tỉnh có 73 xã (chiếm
    75,2%) đạt tiêu chí y tế" is some of the province's communes, "Chi bộ có 45 đảng viên (…)." all of them."""
    end = _noun_end(text, figure)
    after = _BRACKET.sub("", text[end:end + 120], count=1)
    return after[:1] != "(" and bool(_PLAIN_TOTAL.match(after))


_BRACKET = re.compile(r"^\s*\([^()]*\)")


_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:nghìn\s+|triệu\s+|tỷ\s+)?(?:đồng|USD)(?!\w)", re.IGNORECASE)
_MONEY_WHAT_STOPS = frozenset(("năm", "tháng", "quý", "là", "đạt", "đến", "trong", "tại", "của"))


def _money_of(sentence: str) -> tuple[str, ...]:
    """What a sentence's first amount is of, when the figure comes after it ("Vốn đầu tư công 186,5 tỷ đồng,
    giải ngân 171,9 tỷ đồng" → vốn đầu tư công): the lower-case words of the clause before that amount, up to a
    period, a link or a place; () when the figure is the sentence's first amount or nothing is named."""
    first = _AMOUNT.search(sentence)
    if first is None:
        return ()  # the figure is the sentence's first amount
    words = []
    for word in _phrase_before(sentence[:first.start()]).lower().split():
        if word in _MONEY_WHAT_STOPS:
            break
        if word.isalpha() and word not in _PREDICATE_FILLERS:
            words.append(word)
    return tuple(words)


# "Quỹ \"Vì người nghèo\" của xã vận động được 486,2 triệu đồng", "nguồn Quỹ HTND đạt 1.254,5 triệu đồng": an amount of
# a named fund; the name up to its owner or what was done ("của", "xã", "vận động")
_FUND = re.compile(r"(?<!\w)[Qq]u[ỹỷ]\s+(?P<name>[“\"][^”\"]{2,60}[”\"]|[^\W\d_]+(?:\s+[^\W\d_]+){0,5})")
_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])|(?<!\w)năm\s+\d{4}")
_FUND_NAME_STOPS = frozenset(("của", "do", "thuộc", "xã", "phường", "thị", "thôn", "ấp", "bản", "huyện", "tỉnh", "hội", "chi", "đạt",
                              "được", "là", "có", "năm", "đến", "trong", "tổng", "hiện", "và", "với", "đã", "cho", "thu",
                              "vận", "huy", "quyên", "ủng", "tiếp", "đóng", "nguồn", "vốn", "số", "tồn", "còn", "dư",
                              "hỗ", "trao", "giải", "xây", "sửa", "tại", "trên", "tăng", "giảm", "mới", "đang"))
_FUND_DEEDS = (("in", re.compile(r"(?<!\w)(?:vận\s+động|thu|huy\s+động|quyên\s+góp|ủng\s+hộ|tiếp\s+nhận|đóng\s+góp|"
                                 r"nguồn(?:\s+vốn)?|vốn)(?!\w)", re.IGNORECASE)),
               ("out", re.compile(r"(?<!\w)(?:chi|hỗ\s+trợ|trao|cho\s+vay|giải\s+ngân|xây|sửa)(?!\w)", re.IGNORECASE)),
               ("left", re.compile(r"(?<!\w)(?:số\s+dư|tồn\s+quỹ|còn\s+lại|chuyển\s+sang)(?!\w)", re.IGNORECASE)))
_NOT_THE_AMOUNT = re.compile(r"(?<!\w)(?:tăng|giảm|thêm|so\s+với|mỗi|bình\s+quân|khoảng|gần|hơn|" + _ABOVE + r"|dưới|"
                             r"xấp\s+xỉ|ít\s+nhất|tối\s+thiểu|không\s+quá|phấn\s+đấu|kế\s+hoạch|chỉ\s+tiêu)(?!\w)",
                             re.IGNORECASE)


def _fund(text: str, figure: Entity, sentence: str) -> tuple[str, _Told] | None:
    """An amount told of a named fund in its clause: the key of the fund ("quỹ:vnn" for Quỹ "Vì người nghèo",
    "quỹ:htnd" for Quỹ Hỗ trợ nông dân or Quỹ HTND), what was done with it (raised, spent, left over) and its
    owner ("của thôn"); "quỹ:?" for a fund named by nothing ("Tổng quỹ vận động trong năm: …"), which stands for the
    document's one named fund. A change, a comparison, a target or an approximation is no amount to restate."""
    clause = sentence  # from the last ";" already
    mentions = list(_FUND.finditer(clause))
    if not mentions:
        return None
    mention = mentions[-1]
    between = clause[mention.end():]
    if re.search(r"\d", _DATE.sub(" ", between)) or len(between) > 80:
        return None  # another number between the fund and the amount: the amount is of something else
    tail = re.split(r"[,(]", clause[mention.start():])[-1]
    if _NOT_THE_AMOUNT.search(tail) or _NOT_THE_AMOUNT.search(clause[max(0, mention.start() - 30):mention.start()]):
        return None
    name = mention["name"]
    if name[0] in "“\"":
        words = name.strip("“”\"").split()
    else:
        words = []
        for index, word in enumerate(name.split()):
            if word in _FUND_NAME_STOPS and not (index == 0 and word == "hội"):  # "Quỹ Hỗ trợ …", "Quỹ hội"
                break
            words.append(word)
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        key = words[0].lower()  # "HTND"
    else:
        key = "".join(w[0].lower() for w in words)  # "Hỗ trợ nông dân" → htnd
    named_end = mention.start("name") + (len(name) if name[0] in "“\"" else len(" ".join(words)))
    around = clause[max(0, mention.start() - 40):mention.start()] + " " + clause[named_end:]  # not the name's words
    deeds = [(found.start(), kind) for kind, pattern in _FUND_DEEDS for found in pattern.finditer(around)]
    deed = (max(deeds)[1],) if deeds else ()  # the last said before the amount
    owner = re.search(r"(?<!\w)của\s+(?:(?:toàn|cả)\s+)?([^\W\d_]+)", clause[mention.end() - len(name):])
    if not key and not _FUND_DEEDS[0][1].match(name):
        return None  # a fund named by nothing, nor by what was raised ("Tổng quỹ vận động"): no telling which
    if not key:
        if _OTHER_FUNDS.search(clause[max(0, mention.start() - 20):]):
            return None  # "Quỹ vận động khác thu được …", "các quỹ …": other funds, or several
        if _FUND_TOTAL.search(clause[max(0, mention.start() - 20):mention.start()]):
            key = "?tổng"  # "Tổng quỹ vận động trong năm": all the funds raised, perhaps more than the named one
    return f"quỹ:{key or '?'}", _Told(deed, rest=(owner.group(1).lower(),) if owner else ())


_OTHER_FUNDS = re.compile(r"(?<!\w)(?:khác|các\s+quỹ|những\s+quỹ)(?!\w)", re.IGNORECASE)
_FUND_TOTAL = re.compile(r"(?<!\w)(?:tổng|tổng\s+cộng|cộng)\s*$", re.IGNORECASE)


_RESULT_COLUMN = re.compile(r"thực\s+hiện|kết\s+quả|ước\s+đạt", re.IGNORECASE)
_NOT_RESULT_COLUMN = re.compile(r"kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|tỷ\s+lệ|%|so\s+(?:với|sánh)|cùng\s+kỳ", re.IGNORECASE)
_ROW_UNIT = re.compile(r"^(?P<name>[^()]{3,80}?)\s*\((?P<unit>[^()]{1,20})\)\s*$")
_MONEY_SCALES = {"tỷ đồng": 1e9, "triệu đồng": 1e6, "nghìn đồng": 1e3, "đồng": 1.0}


def _text_against_indicator_rows(ctx: DocumentContext) -> Iterator[Issue]:
    """"thu ngân sách 9 tháng đạt 58,42 tỷ đồng" in the text, then a table of indicators whose row
    "Thu ngân sách (tỷ đồng)" gives 58,24 in its "Thực hiện 9 tháng" column: the row names the
    measure and its unit, the text states its result; they must agree. A text figure is the row's
    when its phrase is the row's name and nothing but fillers ("đạt", "9 tháng", "nhà nước", "trên
    địa bàn"), no plan, change or bound; the cell is flagged only when no such figure agrees with it."""
    for table in tables(ctx):
        results = [i for i in range(1, len(table.header.cells)) if _RESULT_COLUMN.search(table.column(i))
                   and not _NOT_RESULT_COLUMN.search(table.column(i))]
        if len(results) != 1:
            continue
        column = results[0]
        column_scope = _scope(table.column(column))
        for row in table.rows:
            shape = _ROW_UNIT.match(row.label)
            cell = row.cells[column] if column < len(row.cells) else None
            if shape is None or cell is None or cell.number is None:
                continue
            name, unit = shape["name"].strip().lower(), shape["unit"].strip().lower()
            scale = _MONEY_SCALES.get(unit)
            unit_head = None if scale else head_of(unit)[0] if head_of(unit)[1] else None
            if len(name.split()) < 2 or scale is None and unit_head is None:
                continue
            value, step = cell.number.value * (scale or 1.0), (scale or 1.0) * 10 ** -cell.number.decimals
            stated = list(_row_mentions(ctx, table.header.paragraph, name, scale, unit_head, column_scope))
            if not stated or len({round(q.value / max(step, q_step)) for q, q_step, _ in stated}) != 1:
                continue  # not stated, or stated as two values: which the row repeats is not clear
            quantity, q_step, _ = stated[0]
            coarse = max(step, q_step)
            if round_half_up(quantity.value / coarse, 0) == round_half_up(value / coarse, 0):
                continue
            written = format_vi(quantity.value / (scale or 1.0), cell.number.decimals)
            yield Issue(cell.start, cell.end,
                        f"“{cell.text}” (bảng, dòng “{row.label}”) khác với “{quantity.text}” nêu ở "
                        f"{sentence_cited(ctx, quantity.start)}; "
                        "cùng một số liệu phải ghi thống nhất.", written,
                        related=(Related(quantity.start, quantity.end, "earlier"),))


def _row_mentions(ctx: DocumentContext, before: int, name: str, scale: float | None, unit_head: str | None,
                  column_scope: frozenset[str]):
    """(quantity in document offsets, the smallest step its printing tells apart, paragraph number) of every
    figure of the text before the table whose phrase is the row's name ("thu ngân sách … đạt")."""
    for paragraph in ctx.paragraphs[:before]:
        if name.split()[0] not in paragraph.text.lower():
            continue
        layer = paragraph_layer(ctx, paragraph)
        for quantity in layer.quantities:
            if quantity.role == "plan" or quantity.modifier is not None:
                continue
            if scale is not None and quantity.kind != "money" or scale is None and (
                    quantity.kind != "count" or quantity.head != unit_head):
                continue
            sentence = layer.text[_stretch_start(layer, quantity.start, past_semicolons=False):quantity.start]
            phrase = _phrase_before(sentence).lower()
            at = phrase.find(name)
            if at == -1 or at and phrase[at - 1].isalpha() or _TARGET_BEFORE.search(phrase[:at]):
                continue
            if _FILLERS_INSIDE.sub(" ", phrase[at + len(name):]).split():
                continue  # other words between the name and the number: another measure
            scope = _scope(sentence)
            if column_scope and scope and not column_scope & scope:
                continue  # "Thực hiện 9 tháng" and "… năm 2024"
            step = quantity.scale * 10 ** -quantity.decimals if quantity.kind == "money" else 10 ** -quantity.decimals
            yield quantity.shifted(paragraph.start), step, paragraph.index + 1


_MEASURE_CLASSES = frozenset(("area", "mass", "length", "volume"))
_MEASURE_NAMES = re.compile(r"(?<!\w)(?:tổng\s+)?(?:diện\s+tích|sản\s+lượng|khối\s+lượng|chiều\s+dài|số|tổng)(?!\w)")
_MEASURE_FILLERS = frozenset(("là", "đạt", "được", "đã", "có", "ước", "trong", "năm", "tháng", "quý", "với", "khoảng"))


def _measure_key(text: str, figure: Entity, sentence: str) -> str | None:
    """"trồng mới 4.860 ha rừng tập trung" and "Diện tích rừng trồng tập trung mới trong năm là 4.680 ha": an
    amount of land, a crop, a road told by the same words, in any order (what was done and to what, the measure's
    name, fillers, the whole's "toàn tỉnh" and periods aside), at least three of them.
    """
    unit = (figure.get("unit") or "").lower()
    head, noun_class, _ = head_of(unit)
    if figure.get("type") != "count" or noun_class not in _MEASURE_CLASSES or not head:
        return None
    before = _phrase_before(sentence).lower()
    if _NOT_RESTATED.search(before) or _CHANGED.search(before) or _TARGET_BEFORE.search(before):
        return None
    words = _WHOLE.sub(" ", _MEASURE_NAMES.sub(" ", before)).split()
    for index in range(len(words) - 1, -1, -1):
        if words[index] in _ASPECT:
            words = words[index + 1:]  # who did it is no part of what was measured
            break
    after = _phrase_after(unit[len(head):] + text[figure.end + 1 + len(unit):figure.end + 60]).lower().split()
    for index, word in enumerate(after):
        if word in _PHRASE_STOPS:
            after = after[:index]
            break
    bag = {w for w in words + after[:4] if w.isalpha() and w not in _MEASURE_FILLERS and not w.isdigit()}
    if len(bag) < 3:
        return None
    return f"đo | {head} | " + " ".join(sorted(bag))


# A count told by the words around it, in any order: "Số tin báo về tội phạm được tiếp nhận: 24 tin" and "đã tiếp
# nhận 42 tin báo về tội phạm"; "Số hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ" and "Toàn xã có 1.254 hộ đạt danh
# hiệu gia đình văn hóa". Only a label before the number ("Số …") is sure enough to name a count: a bag is compared
# only with a labelled one (_Told.weak / label).
_RECORDED = re.compile(r"(?<!\w)ghi\s+nhận\s*$", re.IGNORECASE)
_BAG_FILLERS = frozenset(("được", "đã", "bị", "cho", "là", "có", "đạt", "ước", "đều", "cũng", "vừa", "mới", "về", "các",
                          "những", "số", "tổng", "lượt"))
_BAG_STOPS = frozenset(("trong", "tại", "ở", "năm", "tháng", "quý", "so", "tăng", "giảm", "với", "và", "trên", "của",
                        "từ", "đến", "vào", "theo", "thuộc", "gồm", "như", "chiếm", "bằng", "vượt", "trở", "tính", "hiện",
                        "cuối", "đầu", "lũy", "luỹ", "toàn", "nhưng", "song", "mà", "để", "nhằm", "còn"))


_RUN_OF_PERIODS = re.compile(r"[^\W\d_]+\s+(?:liền|liên\s+tục)(?!\w)")  # "(3) năm liền", "(5) năm liên tục"


def _bag(text: str, figure: Entity, sentence: str, whole: str, label: re.Match | None) -> tuple[str, _Told] | None:
    """The words of a count's group, in any order, with its noun's first word ("hộ", "tin", "giấy"): a label's
    words after "Số" up to its moment ("Số hộ đạt danh hiệu gia đình văn hóa"), or what was done before the
    count (after "đã") and what is said of it after (up to a link, a place or a moment). ``label``: the count's
    label (_label_before)."""
    if figure.get("type") != "count":
        return None
    unit = (figure.get("unit") or "").lower().split()
    if not unit or head_of(" ".join(unit))[1] in ("time", "area", "mass", "length", "volume", "money"):
        return None
    if label is not None:
        words = label["label"].replace(",", " ").lower().split()
        if words[0] != unit[0] and unit[0] not in ("người", "đồng", "em", "cháu"):
            return None  # "Số hộ … là 45 người"? the noun of the label and of the count differ
        content = []
        for word in words[1:]:
            if word in _LABEL_PLACES:
                return None  # "Số lượt khám tại nhà": some of them
            if word in _BAG_STOPS:
                break
            content.append(word)
        noun = words[0]
    else:
        phrase = _phrase_before(sentence)
        if _NOT_RESTATED.search(phrase) or _CHANGED.search(phrase) or _TARGET_BEFORE.search(phrase):
            return None  # "gần 1.200 hộ", "tăng 12 hộ", "chỉ tiêu 40 hộ": no count to restate
        # "toàn tỉnh ghi nhận 312 ca mắc sốt xuất huyết": recorded, as "có 312 ca" - the label "Số ca mắc sốt xuất
        # huyết" tells the same group without the reporting verb
        before = _RECORDED.sub(" ", _WHOLE.sub(" ", phrase)).split()
        for index in range(len(before) - 1, -1, -1):
            if before[index] in _ASPECT:
                before = before[index + 1:]  # who did it is no part of the group
                break
        owned = bool(before) and before[-1].lower() == "có"  # "Thôn Đông có 254 hộ …": the names say whose
        after = _phrase_after(text[figure.end:figure.end + 100]).lower().split()
        content = [w for w in before if w.isalpha() and w.islower()]
        for index, word in enumerate(after[1:12], start=1):
            if word[:1].isdigit() and _RUN_OF_PERIODS.match(" ".join(after[index + 1:index + 4])):
                return None  # "1.100 hộ đạt danh hiệu gia đình văn hóa 3 năm liền": some of them, so qualified
            if word in _BAG_STOPS or not word.isalpha():
                break
            content.append(word)
        noun = unit[0]
    bag = sorted({w for w in content if w not in _BAG_FILLERS and w.isalpha()}
                 | ({"mới"} if label is not None and len(content) > 1 and content[-1] == "mới" else set()))
    if len(bag) < 2:
        return None
    if label is not None:
        return f"bag | {noun} | " + " ".join(bag), _Told(names=_names(whole), label=True, whole=True)
    return f"bag | {noun} | " + " ".join(bag), _Told(names=_names(whole) if owned else frozenset(), weak=True)


def _scoped_restatements(ctx: DocumentContext, reported: set[int], scoped) -> Iterator[Issue]:
    """Two counts of one noun whose event, subject and period agree (quantities/restated.py, read
    from each quantity's scope): one figure told twice, a warning on the later naming the earlier."""
    for relation in scoped:
        first, later = relation.whole, relation.parts[0]
        ordered = min(first.start, later.start), max(first.start, later.start)
        if first.start in reported or later.start in reported or _parallel_records(ctx, *ordered) \
                or _parallel_sections(ctx, *ordered) or not max(first, later, key=lambda q: q.start).period \
                and _narrowed_between(ctx, *ordered):
            continue  # (two records of one list, of two sibling sections, or a period and a part of it after "Riêng")
        reported.add(later.start)
        first_end, later_end = unit_end(ctx.text, first), unit_end(ctx.text, later)
        where = "đã nêu trước đó" if first.start < later.start else "nêu sau" if relation.cues and \
            relation.cues[0].text == "headline" else "nêu sau (khớp với số liệu chi tiết đi kèm)"
        yield Issue(later.start, later_end,
                    f"“{ctx.text[later.start:later_end]}” khác với “{ctx.text[first.start:first_end]}” {where} "
                    + _told_how(relation, later)
                    + "; cùng một số liệu phải ghi thống nhất.",
                    format_vi(first.value / later.scale, later.decimals) if later.kind == "money"
                    else written_like(format_vi(first.value, first.decimals), later.text),
                    related=(Related(first.start, first_end, "earlier" if first.start < later.start else "later"),))


_MARKER = re.compile(r"\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s")


def _parallel_records(ctx: DocumentContext, first: int, later: int) -> bool:
    """Two lines of one label ("Số phiếu tín nhiệm cao: 49 phiếu", "… 51 phiếu") each under its own numbered
    heading of one list ("1. Ông Nguyễn Văn A - Chủ tịch HĐND:", "2. Ông Lê Văn B - Phó Chủ tịch HĐND:"): the
    same field of two records, not one figure told twice."""
    lines, paragraphs = ctx.lines, ctx.paragraphs
    if not lines or len(lines) != len(paragraphs):
        return False
    found = []
    for offset in (first, later):
        index = ctx.paragraph_index(offset)
        if index is None:
            return False
        label = paragraphs[index].text[:offset - paragraphs[index].start].strip()
        heading = next((i for i in range(index - 1, max(-1, index - 12), -1)
                        if lines[i].kind == LineKind.HEADING), None)
        if not label or heading is None or not _MARKER.match(paragraphs[heading].text):
            return False
        found.append((label, heading))
    (label_a, heading_a), (label_b, heading_b) = found
    if label_a != label_b or heading_a == heading_b:
        return False
    headings = _headings(ctx)
    return not any(not _MARKER.match(paragraphs[i].text) for i in headings[
        bisect_right(headings, heading_a):bisect_left(headings, heading_b)])  # siblings: no other kind of heading between


def _parallel_sections(ctx: DocumentContext, first: int, later: int) -> bool:
    """The later mention is in a numbered section ("II. KẾT QUẢ BẦU BÍ THƯ CHI BỘ") whose sibling of the same
    opening words ("I. KẾT QUẢ BẦU CHI ỦY") starts between the two mentions or holds the earlier one: the record
    of another election or round, told in the same words ("Danh sách bầu cử gồm 04 đồng chí" … "Danh sách bầu cử
    gồm 01 đồng chí")."""
    lines, paragraphs = ctx.lines, ctx.paragraphs
    if not lines or len(lines) != len(paragraphs):
        return False
    at = [ctx.paragraph_index(offset) for offset in (first, later)]
    if None in at:
        return False
    start, index = at
    # (the headings by bisection: the two mentions may stand thousands of paragraphs apart)
    headings = _headings(ctx)
    before = bisect_right(headings, index)
    own = headings[before - 1] if before and headings[before - 1] > start else None
    if own is None or not (opening := _section_opening(paragraphs[own].text)):
        return False
    # the sibling may also be the earlier mention's own section: "1. Công tác kiểm tra, giám sát của Đảng ủy" …
    # "2. Công tác kiểm tra, giám sát của Ủy ban Kiểm tra", each telling what its own body did
    first = bisect_right(headings, start)
    first_own = headings[first - 1] if first else None
    return any(_section_opening(paragraphs[i].text) == opening and paragraphs[i].text.strip() != paragraphs[own].text.strip()
               for i in headings[bisect_left(headings, start + 1 if first_own is None else first_own):
                                 bisect_left(headings, own)])


@once_per_document
def _headings(ctx: DocumentContext) -> list[int]:
    """The indices of the document's heading lines, in order (read once per analysis)."""
    heading = LineKind.HEADING  # (looked up once, not on every line)
    return [i for i, line in enumerate(ctx.lines) if line.kind == heading]


def _section_opening(heading: str) -> tuple[str, ...] | None:
    """The first three words of a numbered heading after its marker, or None for a heading without one."""
    marker = _MARKER.match(heading)
    words = heading[marker.end():].lower().split()[:3] if marker else []
    return tuple(words) if len(words) == 3 else None


_NARROWING = re.compile(r"\s*Riêng\s+(?:trong\s+)?", re.IGNORECASE)
_NARROWED_BACK = 2  # body paragraphs a "Riêng quý 4, …" paragraph carries over


def _narrowed_between(ctx: DocumentContext, first: int, later: int) -> bool:
    """A sentence opening with "Riêng" and a period ("Riêng quý 4, toàn ngành …") after the earlier mention, before
    the later one in its paragraph or in the body paragraphs just before it: the later figure, naming no period of
    its own, is of that part of the period, not the earlier figure told again ("kiến nghị xử lý 529.898 m2 đất" for
    the year, then the quarter's "kiến nghị xử lý 521.623 m2 đất")."""
    at = ctx.paragraph_index(later)
    if at is None:
        return False
    lines = ctx.lines if len(ctx.lines) == len(ctx.paragraphs) else ()
    back = 0
    for index in range(at, -1, -1):
        paragraph = ctx.paragraphs[index]
        if paragraph.end <= first or back > _NARROWED_BACK:
            return False
        if lines and lines[index].kind == LineKind.BLANK or not paragraph.text.strip():
            continue
        if index < at and lines and lines[index].kind == LineKind.HEADING:
            return False  # a heading opens another part
        back += 1
        for start, _ in ctx.reading(paragraph).sentences:
            offset = paragraph.start + start
            if not first < offset < later:
                continue
            opening = _NARROWING.match(paragraph.text, start)
            if opening and any(a == opening.end() - start and told
                               for a, _, _, _, told in period_items(paragraph.text[start:opening.end() + 24])):
                return True
    return False


_DETAIL_OPENING = re.compile(r"\s*(?:[-+•]\s*)?(?:Cụ\s+thể|Trong\s+(?:số\s+)?đó|Chia\s+ra|Bao\s+gồm)\s*[,:]", re.IGNORECASE)


def _detailed_between(ctx: DocumentContext, first: int, later: int) -> bool:
    """A sentence of the later mention's paragraph, opening after the earlier mention and not after the later one,
    opens the detail of what was just told ("Cụ thể, …", "Trong đó, …"): the later figure is of a part of it (one
    source of the funds, one kind of the cases), not the earlier figure told again."""
    at = ctx.paragraph_index(later)
    if at is None:
        return False
    paragraph = ctx.paragraphs[at]
    return any(first < paragraph.start + start <= later and _DETAIL_OPENING.match(paragraph.text, start)
               for start, _ in ctx.reading(paragraph).sentences)


# a sentence opened by what it is about: "Cụ thể, về việc thành lập thị xã Hoài Nhơn, …", "Về thành lập các phường, …"
_TOPIC_OPENING = re.compile(r"\s*(?:[-–+•]\s*)?(?:Cụ\s+thể\s*,\s*)?(?:[Vv]ề|[Đđ]ối\s+với)\s+(?:việc\s+)?(?P<topic>[^,;:.\d]{3,80}?)\s*,")


def _opened_topic(ctx: DocumentContext, offset: int) -> str | None:
    """What the sentence holding ``offset`` (document offsets) says it is about, in its opening "Về …," (lower case)."""
    index = ctx.paragraph_index(offset)
    if index is None:
        return None
    paragraph = ctx.paragraphs[index]
    local = offset - paragraph.start
    start = next((a for a, b in ctx.reading(paragraph).sentences if a <= local < b), 0)
    opening = _TOPIC_OPENING.match(paragraph.text, start)
    return opening["topic"].lower() if opening and opening.end() <= local else None


def _two_places(ctx: DocumentContext, first: int, later: int) -> bool:
    """Both mentions name their unit or place, and not the same one: the issuer named is a unit too ("Đảng bộ xã Tân
    Phú kết nạp 31 đảng viên" and "xã Tân Hòa lân cận kết nạp 18 đảng viên")."""
    a = named_subject_at(ctx, first, issuer_too=True)
    return a is not None and (b := named_subject_at(ctx, later, issuer_too=True)) is not None and a != b


def _told_how(relation, later) -> str:
    kind = relation.cues[0].text if relation.cues else ""
    if kind == "headline":
        return "trong thân bài (tiêu đề nhắc lại cùng số liệu của thân bài)"
    if kind == "summary":
        return "ở tiêu đề hoặc đoạn mở đầu của tin, kể cùng việc bằng cùng những từ (hai số chỉ khác như một lần gõ nhầm)"
    if kind == "standing":
        return "cho cùng số đơn vị trực thuộc của cùng chủ thể (hai số chỉ khác như một lần gõ nhầm)"
    if kind == "verbatim" or not later.event:
        return "trong câu viết y hệt"
    return f"cho cùng việc ({later.event}), cùng đơn vị và cùng kỳ"
