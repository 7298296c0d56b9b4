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
