"""Five Word tables (TAB-separated rows), each built from its data; checks re-derive every cell."""
from decimal import Decimal as Dm
from vn import f, pc
T1, T2, T3, T4, T5 = [], [], [], [], []
def mk(L):
    def a(line, *checks):
        L.append((line, list(checks)))
    return a

# table 1: kết quả giải quyết án by loại án (rate over thụ lý; "còn lại" = thụ lý - giải quyết)
a = mk(T1)
rows = [("Hình sự", 214, 211, 0), ("Dân sự", 386, 352, 97), ("Hôn nhân và gia đình", 538, 531, 212),
        ("Kinh doanh, thương mại", 47, 39, 11), ("Hành chính", 18, 15, 2)]
a("Loại án\tThụ lý (vụ, việc)\tĐã giải quyết\tTỷ lệ giải quyết (%)\tTrong đó: hòa giải thành, đình chỉ\tCòn lại")
t = [0, 0, 0]
for nm, tl, gq, hg in rows:
    p = pc(gq, tl, 1)
    a("\t".join([nm, f(tl), f(gq), p, f(hg), f(tl - gq)]), ("pct", f(gq), f(tl), p), ("dif", f(tl), f(gq), f(tl - gq)), ("le", f(hg), f(gq)))
    t[0] += tl; t[1] += gq; t[2] += hg
tp = pc(t[1], t[0], 1)
a("\t".join(["Cộng", f(t[0]), f(t[1]), tp, f(t[2]), f(t[0] - t[1])]), ("pct", f(t[1]), f(t[0]), tp),
  ("sum", f(t[0]), *[f(r[1]) for r in rows]), ("sum", f(t[1]), *[f(r[2]) for r in rows]),
  ("sum", f(t[2]), *[f(r[3]) for r in rows]), ("dif", f(t[0]), f(t[1]), f(t[0] - t[1])))
TOT1 = t

# table 2: du lịch by huyện (growth vs 2023; revenue per visitor in nghìn đồng)
a = mk(T2)
rows = [("Thành phố Hội An", 1842, 1596, 416, 2846), ("Huyện Duy Xuyên", 386, 352, 58, 241),
        ("Thị xã Điện Bàn", 274, 231, 21, 198), ("Huyện Núi Thành", 158, 167, 9, 96)]
a("Địa phương\tKhách năm 2024 (nghìn lượt)\tKhách năm 2023 (nghìn lượt)\tTăng, giảm (%)\tTrong đó: khách quốc tế (nghìn lượt)\tDoanh thu (tỷ đồng)\tChi tiêu bình quân (nghìn đồng/lượt)")
t = [0] * 4
for nm, k24, k23, qt, dt in rows:
    g = Dm(k24 - k23) / Dm(k23) * 100
    gs = f(g, 1)
    bq = f(Dm(dt) * 1000 / Dm(k24), 0)
    ch = [("gro", f(k24), f(k23), gs if g >= 0 else "=" + gs), ("lt", f(qt), f(k24)), ("div", "=" + f(dt * 1000), f(k24), bq)]
    a("\t".join([nm, f(k24), f(k23), gs, f(qt), f(dt), bq]), *ch)
    for i, v in enumerate((k24, k23, qt, dt)): t[i] += v
g = f(Dm(t[0] - t[1]) / Dm(t[1]) * 100, 1)
bq = f(Dm(t[3]) * 1000 / Dm(t[0]), 0)
a("\t".join(["Cộng 4 địa phương", f(t[0]), f(t[1]), g, f(t[2]), f(t[3]), bq]), ("gro", f(t[0]), f(t[1]), g),
  ("sum", f(t[0]), *[f(r[1]) for r in rows]), ("sum", f(t[1]), *[f(r[2]) for r in rows]),
  ("sum", f(t[2]), *[f(r[3]) for r in rows]), ("sum", f(t[3]), *[f(r[4]) for r in rows]), ("div", "=" + f(t[3] * 1000), f(t[0]), bq))
TOT2 = t

# table 3: thiệt hại do bão by xã (mất trắng share over lúa bị ngập, not over gieo cấy)
a = mk(T3)
rows = [("Xã Quế Trung", 312, 9, 642, 1120, 186), ("Xã Quế Lộc", 268, 4, 518, 960, 92),
        ("Xã Quế Phước", 415, 17, 836, 1305, 301), ("Xã Quế Lâm", 190, 2, 304, 745, 45)]
a("Xã\tNhà bị hư hỏng (căn)\tTrong đó: sập hoàn toàn\tDiện tích lúa gieo cấy (ha)\tLúa bị ngập (ha)\tTrong đó: mất trắng (ha)\tTỷ lệ mất trắng so với diện tích ngập (%)")
t = [0] * 5
for nm, nha, sap, ngap, gc, mt in rows:
    p = pc(mt, ngap, 1)
    a("\t".join([nm, f(nha), f(sap), f(gc), f(ngap), f(mt), p]), ("pct", f(mt), f(ngap), p), ("lt", f(sap), f(nha)), ("lt", f(mt), f(ngap)))
    for i, v in enumerate((nha, sap, gc, ngap, mt)): t[i] += v
rows = [(r[0], r[1], r[2], r[4], r[3], r[5]) for r in rows]
p = pc(t[4], t[3], 1)
a("\t".join(["Tổng cộng", f(t[0]), f(t[1]), f(t[2]), f(t[3]), f(t[4]), p]), ("pct", f(t[4]), f(t[3]), p),
  *[("sum", f(t[i]), *[f(r[i + 1]) for r in rows]) for i in range(5)])
TOT3 = t

# table 4: huấn luyện dân quân by xã (tỷ lệ tham gia over triệu tập; khá, giỏi over tham gia)
a = mk(T4)
rows = [("Xã Hòa Phong", 64, 62, 18, 27, 17), ("Xã Hòa Tiến", 58, 55, 14, 22, 19),
        ("Xã Hòa Khương", 72, 72, 25, 30, 17), ("Xã Hòa Nhơn", 49, 46, 9, 17, 20)]
a("Đơn vị\tQuân số triệu tập\tQuân số tham gia\tTỷ lệ tham gia (%)\tGiỏi\tKhá\tĐạt yêu cầu\tTỷ lệ khá, giỏi (%)")
t = [0] * 5
for nm, tt, tg, gi, kh, dat in rows:
    p1 = pc(tg, tt, 1); p2 = pc(gi + kh, tg, 1)
    a("\t".join([nm, f(tt), f(tg), p1, f(gi), f(kh), f(dat), p2]), ("pct", f(tg), f(tt), p1),
      ("sum", f(tg), f(gi), f(kh), f(dat)), ("pct", "=" + f(gi + kh), f(tg), p2))
    for i, v in enumerate((tt, tg, gi, kh, dat)): t[i] += v
p1 = pc(t[1], t[0], 1); p2 = pc(t[2] + t[3], t[1], 1)
a("\t".join(["Toàn huyện", f(t[0]), f(t[1]), p1, f(t[2]), f(t[3]), f(t[4]), p2]), ("pct", f(t[1]), f(t[0]), p1),
  ("pct", "=" + f(t[2] + t[3]), f(t[1]), p2), ("sum", f(t[1]), f(t[2]), f(t[3]), f(t[4])),
  *[("sum", f(t[i]), *[f(r[i + 1]) for r in rows]) for i in range(5)])
TOT4 = t

# table 5: hồ chứa at 15/6 (mid-season; % of thiết kế; points vs cùng kỳ)
a = mk(T5)
rows = [("Hồ Phú Ninh", "344,0", "198,6", "72,4"), ("Hồ Việt An", "25,0", "11,8", "51,2"),
        ("Hồ Khe Tân", "33,5", "21,4", "58,9"), ("Hồ Cao Ngạn", "12,6", "4,9", "44,0")]
a("Hồ chứa\tDung tích thiết kế (triệu m3)\tDung tích hiện tại (triệu m3)\tSo với thiết kế (%)\tCùng kỳ năm trước (%)\tChênh lệch (điểm %)")
t = [Dm(0), Dm(0)]
for nm, tk, ht, ck in rows:
    n = lambda s: Dm(s.replace(",", "."))
    p = pc(n(ht), n(tk), 1); d = f(Dm(p.replace(",", ".")) - n(ck), 1)
    a("\t".join([nm, tk, ht, p, ck, d]), ("pct", ht, tk, p), ("dif", p, ck, d if not d.startswith("-") else "=" + d))
    t[0] += n(tk); t[1] += n(ht)
p = pc(t[1], t[0], 1)
a("\t".join(["Cộng 4 hồ", f(t[0], 1), f(t[1], 1), p, "65,8", f(Dm(p.replace(",", ".")) - Dm("65.8"), 1)]),
  ("pct", f(t[1], 1), f(t[0], 1), p), ("dif", p, "65,8", "=" + f(Dm(p.replace(",", ".")) - Dm("65.8"), 1)), ("sum", f(t[0], 1), *[r[1] for r in rows]), ("sum", f(t[1], 1), *[r[2] for r in rows]))
TOT5 = t

L = T1 + T2 + T3 + T4 + T5
