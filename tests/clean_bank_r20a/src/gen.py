"""Builds P (passage lines with checks) from templates, tables and debris; seed fixed."""
import random, datetime
import tpl
from hand import H
from tables import TABLES
from vn import WD

R = random.Random(2020)

DEBRIS = [
    ("Cập nhật lúc 15:42, Thứ Tư, 19/11/2025 (GMT+7)", [("wd", "19/11/2025", "=2")]),
    ("Thứ Hai, 08/12/2025 | 10:17", [("wd", "08/12/2025", "=0")]),
    ("Ảnh: Hoàng Lan", []),
    ("Quang cảnh hội nghị. Ảnh: Minh Đức", []),
    ("Nguồn: Trang thông tin điện tử xã Tân Phong", []),
    ("T/M ĐẢNG ỦY BÍ THƯ", []),
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", []),
    ("Lượt xem: 2.106 | Ngày đăng: 21/10/2025", []),
    ("Nơi nhận: - Ban Thường vụ Đảng ủy; - Các chi bộ trực thuộc; - Lưu Văn phòng Đảng ủy.", []),
    ("Chia sẻ | In bài | Gửi email | Lên đầu trang", []),
]


TAGS = []


def build():
    inst = []
    seen = set()
    key = {"t_trongdo", "t_vote", "t_mid", "t_growth", "t_cum", "t_plan_share", "t_vuot", "t_xeploai", "t_cungky",
           "t_growth2", "t_voters", "t_money3"}
    tl = [fn for fn in tpl.ALL for _ in range(6 if fn.__name__ in key else 4)]
    R.shuffle(tl)
    for fn in tl:
        if len(inst) >= 180:
            break
        for _ in range(20):
            t, c = fn(R)
            if t not in seen:
                seen.add(t); inst.append((t, c)); TAGS.append(fn.__name__); break
    assert len(inst) == 180, len(inst)
    mixed = []
    hi = iter(H)
    for k, x in enumerate(inst):
        mixed.append(x)
        if k % 6 == 3:
            mixed.append(next(hi))
    inst = mixed
    assert len(inst) == 210, len(inst)
    # layout: prose blocks separated by tables and debris
    out = []
    prose = iter(inst)
    tab_at = {30: 0, 80: 1, 130: 2, 180: 3, 225: 4}
    deb_at = {10: 0, 55: 1, 70: 2, 100: 3, 120: 4, 160: 5, 200: 6, 247: 7, 248: 8, 249: 9}
    pos = 0
    while len(out) < 250:
        i = len(out)
        if i in tab_at:
            L, C = TABLES[tab_at[i]]
            for k, row in enumerate(L):
                out.append((row, C if k == 0 else []))
        elif i in deb_at:
            out.append(DEBRIS[deb_at[i]])
        else:
            out.append(next(prose))
    assert len(out) == 250, len(out)
    return out


P = build()
