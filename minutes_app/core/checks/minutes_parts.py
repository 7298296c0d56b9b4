"""Parts a biên bản must have (domain.md §2, the union of two model forms [S]): time and date,
place, chủ trì, thư ký, attendance (tổng số, có mặt), the closing time, and the signatures of
the thư ký and the chủ trì. A missing one is an info-level finding on the type line, so the
clerk sees what the minutes still lack; read from the document model, never re-found here.
"""

from __future__ import annotations

from ..model import Severity
from .registry import DocumentContext, Example, Issue, rule

_COMPLETE = (
    "CHI BỘ THÔN 3\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n\n"
    "Thời gian: 19 giờ 00 phút, ngày 12/10/2025.\nĐịa điểm: Nhà văn hóa thôn 3.\n"
    "Chủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ.\nThư ký: đồng chí Trần Thị Mai, chi ủy viên.\n"
    "Tổng số đảng viên: 12 đồng chí; có mặt: 12 đồng chí.\n"
    "Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày.\n\nTHƯ KÝ\nTrần Thị Mai\n\nCHỦ TRÌ\nLê Văn Hòa\n"
)
_NO_SECRETARY = _COMPLETE.replace("Thư ký: đồng chí Trần Thị Mai, chi ủy viên.\n", "").replace(
    "THƯ KÝ\nTrần Thị Mai\n\n", "")
_NO_CLOSING = _COMPLETE.replace("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày.\n", "")
_REPORT = "ĐẢNG ỦY XÃ AN BÌNH\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBÁO CÁO\nkết quả công tác tháng 10 năm 2025\n\nNội dung.\n"


@rule("minutes-part-missing", severity=Severity.INFO, title="Biên bản thiếu phần bắt buộc", scope="document",
      examples=[Example(_NO_SECRETARY, "BIÊN BẢN"), Example(_NO_CLOSING, "BIÊN BẢN"), Example(_COMPLETE),
                Example(_REPORT)])
def minutes_part_missing(ctx: DocumentContext):
    structure = ctx.structure
    genre = structure.genre_hint if hasattr(structure, "genre_hint") else getattr(structure, "genre", None)
    if genre != "bien_ban":
        return  # read from the header alone: other genres never build the model for this rule
    if structure.header.type_line is None:
        return
    anchor = structure.header.type_line
    meeting, attendance = structure.meeting, structure.attendance
    missing = []
    if meeting is None or (meeting.date is None and meeting.day_month is None and meeting.start is None):
        missing.append("thời gian họp (ngày, giờ bắt đầu)")
    elif meeting.start is None:
        missing.append("giờ bắt đầu")
    if meeting is None or meeting.place is None:
        missing.append("địa điểm")
    if meeting is None or not meeting.chairs:
        missing.append("người chủ trì")
    if meeting is None or meeting.secretary is None:
        missing.append("thư ký")
    if attendance is None or (attendance.total is None and attendance.present is None):
        missing.append("thành phần (tổng số, có mặt, vắng)")
    if structure.closing is None and (meeting is None or meeting.end is None):
        missing.append("giờ kết thúc")
    roles = " ".join(s.role.value.upper() for s in structure.signers if s.role)
    if not structure.signers:
        missing.append("chữ ký của thư ký và chủ trì")
    elif "THƯ KÝ" not in roles and "NGƯỜI GHI" not in roles:
        missing.append("chữ ký của thư ký")
    for part in missing:
        yield Issue(anchor.start, anchor.end,
                    f"Biên bản chưa ghi {part}: một biên bản sinh hoạt chi bộ, hội nghị cần có thời gian, địa "
                    "điểm, chủ trì, thư ký, thành phần, diễn biến, biểu quyết, giờ kết thúc và chữ ký của thư ký "
                    "và chủ trì (mẫu biên bản, domain.md §2).")
