"""Round 14 (lead): a vote takes the candidate of the last heading in capitals before it, however many headings the
part holds (the offset of the second heading was counted twice, from a start already moved by the first)."""

import pytest

from minutes_app.core.structure.decisions import _candidate_of_part

_OPENING = ("Hôm nay, vào lúc 14 giờ 00, tại hội trường nhà văn hóa thôn, Chi bộ họp xét kết nạp đảng viên và công "
            "nhận đảng viên chính thức. Chủ trì: đồng chí Nguyễn Văn Hải, Bí thư Chi bộ. Thư ký: đồng chí Lê Thị Hoa.\n")


@pytest.mark.parametrize("text, name", [
    (_OPENING + "XÉT KẾT NẠP QUẦN CHÚNG LÒ THỊ XUÂN VÀO ĐẢNG\nĐồng chí Lò Thị Xuân trình bày.\n"
     "XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC CHO ĐỒNG CHÍ VI VĂN MẠNH\nĐồng chí Vi Văn Mạnh trình bày. Biểu quyết.",
     "Vi Văn Mạnh"),
    (_OPENING + "PHẦN MỘT: THÔNG QUA NGHỊ QUYẾT THÁNG TRƯỚC\nĐã thông qua.\n"
     "PHẦN HAI: XÉT KẾT NẠP QUẦN CHÚNG HOÀNG THỊ LAN\nChi bộ biểu quyết kết nạp.",
     "Hoàng Thị Lan"),
    (_OPENING + "XÉT KẾT NẠP QUẦN CHÚNG ĐINH VĂN TUẤN\nĐã xét.\nXÉT KẾT NẠP QUẦN CHÚNG MA THỊ HỒNG NHUNG\n"
     "Biểu quyết kết nạp.",
     "Ma Thị Hồng Nhung"),
])
def test_the_last_heading_before_the_vote_names_the_candidate(text, name):
    assert _candidate_of_part(text, 0, len(text)) == name


# A cause read after a ratio printed after its share ("92% (1.564/1.700 liều)") was looked for at the document's first
# character (no "%" after the ratio: find() gave -1): a text opening with "Do …" had every shortfall judged "chưa đạt".
@pytest.mark.parametrize("text", [
    "Do làm tốt công tác tuyên truyền, 6 tháng đầu năm 2025 xã đã tiêm được 92% (1.564/1.700 liều) vắc xin cho đàn "
    "gia súc.",
    "Do mưa lớn kéo dài, 6 tháng đầu năm 2025 toàn xã gieo cấy đạt 82% (612/740 ha) diện tích lúa.",
])
def test_a_cause_at_the_start_of_the_text_explains_no_later_shortfall(text):
    from minutes_app.core.engine import analyze

    (target,) = analyze(text).structure.targets
    assert target.verdict == "tiến độ"
