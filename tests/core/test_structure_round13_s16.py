"""Round 13 (engineer s16): the document model on the retired blind8 set, each fault by its mechanism.

- signature blocks side by side whose cells are pushed across with as many TABs as the left cell's length asks (a TAB
  stop every eight characters): the role, the position under it and the name under that are one column although their
  lines hold different counts of TABs; and a signature beside the recipients whose lines do the same;
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

BB_HEAD = ("ĐẢNG BỘ XÃ NA HANG\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ BẢN PẮC\tNa Hang, ngày 09 tháng 3 năm 2026\n"
           "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026\n"
           "Thời gian: 19 giờ 30 phút, ngày 09/3/2026.\nĐịa điểm: Nhà văn hóa bản Pắc.\n"
           "Chủ trì: đồng chí Ma Văn Thịnh, Bí thư Chi bộ.\nThư ký: đồng chí Hoàng Thị Nhài, chi ủy viên.\n"
           "Chi bộ biểu quyết thông qua nghị quyết tháng 3/2026 với 14/14 đảng viên chính thức có mặt tán thành.\n"
           "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.\n")


def _signers(tail: str):
    return [(s.role and s.role.value, s.position and s.position.value, s.name and s.name.value)
            for s in analyze(BB_HEAD + tail).structure.signers]


# ---------------------------------------------------------------- signature columns aligned by TAB stops

@pytest.mark.parametrize(("tail", "expected"), [
    # the right column's three lines start at 4, 5 and 3 TABs: all at the same TAB stop, or the nearest one
    ("THƯ KÝ\t\t\t\tT/M CHI BỘ\n\t\t\t\t\tBÍ THƯ\nHoàng Thị Nhài\t\t\t\tMa Văn Thịnh",
     [("THƯ KÝ", None, "Hoàng Thị Nhài"), ("T/M CHI BỘ", "BÍ THƯ", "Ma Văn Thịnh")]),
    ("NGƯỜI GHI BIÊN BẢN\t\t\tCHỦ TRÌ\n\t\t\t\t\tBÍ THƯ CHI BỘ\nHoàng Thị Nhài\t\t\t\tMa Văn Thịnh",
     [("NGƯỜI GHI BIÊN BẢN", None, "Hoàng Thị Nhài"), ("CHỦ TRÌ", "BÍ THƯ CHI BỘ", "Ma Văn Thịnh")]),
    # three blocks: the names line holds one TAB between names, the roles line two
    ("ỦY VIÊN\t\tỦY VIÊN\t\tT/M TỔ KIỂM PHIẾU\n\t\t\t\t\tTỔ TRƯỞNG\nLa Văn Hùng\tNông Thị Sen\tMa Văn Thịnh",
     [("ỦY VIÊN", None, "La Văn Hùng"), ("ỦY VIÊN", None, "Nông Thị Sen"),
      ("T/M TỔ KIỂM PHIẾU", "TỔ TRƯỞNG", "Ma Văn Thịnh")]),
])
def test_signature_columns_pushed_across_by_tabs(tail, expected):
    assert _signers(tail) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    # the recipients hold the left cell: every other cell is the one signature, whatever its TABs
    ("Nơi nhận:\t\t\t\tT/M CHI BỘ\n- Đảng ủy xã (b/c),\t\tBÍ THƯ\n- Lưu chi bộ.\t\t\t\tMa Văn Thịnh",
     [("T/M CHI BỘ", "BÍ THƯ", "Ma Văn Thịnh")]),
    ("Nơi nhận:\t\t\t\tT/M BAN THƯỜNG VỤ\n- Thường trực Huyện ủy (b/c),\tPHÓ BÍ THƯ\n- Các chi bộ,\n"
     "- Lưu.\t\t\t\t\tMa Văn Thịnh",
     [("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Ma Văn Thịnh")]),
    ("Nơi nhận:\t\t\tKT. GIÁM ĐỐC\n- Như trên;\t\t\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\t\t\t\tMa Văn Thịnh",
     [("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ma Văn Thịnh")]),
])
def test_a_signature_beside_the_recipients_is_one_column(tail, expected):
    assert _signers(tail) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    # near-misses that were read right and stay so: a table's empty cells (one TAB a cell), a stacked signature
    ("Người ghi biên bản\t\tT/M CHI BỘ\n\t\tBÍ THƯ\nHoàng Thị Nhài\t\tMa Văn Thịnh",
     [("Người ghi biên bản", None, "Hoàng Thị Nhài"), ("T/M CHI BỘ", "BÍ THƯ", "Ma Văn Thịnh")]),
    ("THƯ KÝ\tCHỦ TRÌ\nHoàng Thị Nhài\tMa Văn Thịnh",
     [("THƯ KÝ", None, "Hoàng Thị Nhài"), ("CHỦ TRÌ", None, "Ma Văn Thịnh")]),
    ("CHỦ TRÌ\nMa Văn Thịnh\nTHƯ KÝ\nHoàng Thị Nhài",
     [("CHỦ TRÌ", None, "Ma Văn Thịnh"), ("THƯ KÝ", None, "Hoàng Thị Nhài")]),
])
def test_signature_layouts_already_read(tail, expected):
    assert _signers(tail) == expected
