"""Five Word tables built from data (rates computed half-up, printed Vietnamese style)."""
from decimal import Decimal as Dm
from vn import f, pc

def row(cells):
    return "\t".join(cells)

def num(s):
    return Dm(s.replace(".", "").replace(",", "."))

# T1: biểu quyết tại hội nghị chi bộ: two bases in one row (có mặt; tổng số)
T1 = []
h = ["Chi bộ", "Tổng số đảng viên", "Có mặt", "Tán thành", "Tỷ lệ so với số có mặt (%)", "Tỷ lệ so với tổng số (%)"]
T1.append((row(h), []))
data = [("Thôn Đông", 34, 30, 30), ("Thôn Tây", 29, 27, 25), ("Thôn Nam", 41, 35, 34), ("Trường THCS", 18, 17, 17), ("Trạm Y tế", 9, 8, 8)]
tt = [0, 0, 0]
for name, t, c, y in data:
    p1, p2 = pc(y, c), pc(y, t)
    T1.append((row([name, f(t), f(c), f(y), p1, p2]), [("pct", f(y), f(c), p1), ("pct", f(y), f(t), p2), ("le", f(y), f(c)), ("le", f(c), f(t))]))
    tt = [tt[0] + t, tt[1] + c, tt[2] + y]
p1, p2 = pc(tt[2], tt[1]), pc(tt[2], tt[0])
T1.append((row(["Cộng", f(tt[0]), f(tt[1]), f(tt[2]), p1, p2]),
           [("pct", f(tt[2]), f(tt[1]), p1), ("pct", f(tt[2]), f(tt[0]), p2),
            ("sum", f(tt[0])) + tuple(f(d[1]) for d in data), ("sum", f(tt[1])) + tuple(f(d[2]) for d in data),
            ("sum", f(tt[2])) + tuple(f(d[3]) for d in data)]))

# T2: giải ngân vốn đầu tư công đến 30/9 by xã; points vs cùng kỳ (stated prior rate)
T2 = []
h = ["Xã, phường", "Kế hoạch vốn năm (tỷ đồng)", "Giải ngân đến 30/9 (tỷ đồng)", "Tỷ lệ (%)", "Cùng kỳ 2024 (%)", "Tăng, giảm (điểm %)"]
T2.append((row(h), []))
data = [("Xã Hòa Bình", "42,6", "27,4", "58,2"), ("Xã Hòa Thịnh", "31,2", "14,8", "52,6"), ("Phường Đông Hải", "56,8", "40,3", "61,4"),
        ("Xã Tân Lập", "18,4", "9,7", "44,9"), ("Phường Tây Hải", "24,5", "19,6", "80,2")]
tk = Dm(0); tg = Dm(0)
def pts(p, ck):
    d = num(p) - num(ck)
    if d >= 0:
        return f(d, 1), ("dif", p, ck, f(d, 1))
    return "-" + f(-d, 1), ("dif", ck, p, f(-d, 1))
for name, k, g, ck in data:
    p = pc(num(g), num(k))
    ds, chk = pts(p, ck)
    T2.append((row([name, k, g, p, ck, ds]), [("pct", g, k, p), chk]))
    tk += num(k); tg += num(g)
p = pc(tg, tk)
ds, chk = pts(p, "60,3")
T2.append((row(["Cộng", f(tk, 1), f(tg, 1), p, "60,3", ds]),
           [("pct", f(tg, 1), f(tk, 1), p), chk, ("sum", f(tk, 1)) + tuple(d[1] for d in data), ("sum", f(tg, 1)) + tuple(d[2] for d in data)]))

# T3: hộ nghèo by xã, lower is better; rate 2024 stated, change in points
T3 = []
h = ["Xã", "Tổng số hộ", "Hộ nghèo cuối năm 2025", "Tỷ lệ 2025 (%)", "Tỷ lệ 2024 (%)", "Giảm (điểm %)"]
T3.append((row(h), []))
data = [("Minh Quang", 2846, 61, "3,12"), ("Minh Tiến", 3104, 44, "2,05"), ("Minh Đức", 1987, 73, "4,86"), ("Minh Hòa", 2412, 38, "1,94"), ("Minh Phú", 1765, 29, "2,38")]
th = 0; tn = 0
for name, t, n, r24 in data:
    p = pc(n, t, 2)
    dd = num(r24) - num(p)
    T3.append((row([name, f(t), f(n), p, r24, f(dd, 2)]), [("pct", f(n), f(t), p), ("dif", r24, p, f(dd, 2)), ("lt", p, r24)]))
    th += t; tn += n
p = pc(tn, th, 2)
T3.append((row(["Toàn cụm", f(th), f(tn), p, "3,06", f(num("3,06") - num(p), 2)]),
           [("pct", f(tn), f(th), p), ("dif", "3,06", p, f(num("3,06") - num(p), 2)), ("sum", f(th)) + tuple(f(d[1]) for d in data), ("sum", f(tn)) + tuple(f(d[2]) for d in data)]))

# T4: kết nạp đảng viên by đảng bộ; "trong đó" subsets that overlap and do not add up
T4 = []
h = ["Đảng bộ", "Chỉ tiêu", "Kết nạp", "Tỷ lệ so với chỉ tiêu (%)", "Trong đó: nữ", "Trong đó: đoàn viên", "Trong đó: dân tộc thiểu số"]
T4.append((row(h), []))
data = [("Xã Yên Lạc", 15, 18, 7, 11, 5), ("Xã Yên Bình", 12, 11, 6, 8, 9), ("Xã Yên Thành", 20, 23, 12, 15, 3), ("Phường Yên Hòa", 14, 14, 9, 10, 0), ("Xã Yên Sơn", 10, 12, 4, 9, 12)]
s = [0] * 5
for name, ct, kn, nu, dv, dt in data:
    p = pc(kn, ct)
    T4.append((row([name, f(ct), f(kn), p, f(nu), f(dv), f(dt)]), [("pct", f(kn), f(ct), p), ("le", f(nu), f(kn)), ("le", f(dv), f(kn)), ("le", f(dt), f(kn))]))
    s = [a + b for a, b in zip(s, (ct, kn, nu, dv, dt))]
p = pc(s[1], s[0])
T4.append((row(["Cộng", f(s[0]), f(s[1]), p, f(s[2]), f(s[3]), f(s[4])]),
           [("pct", f(s[1]), f(s[0]), p)] + [("sum", f(s[i])) + tuple(f(d[i + 1]) for d in data) for i in range(5)]))

# T5: hồ sơ thủ tục hành chính by lĩnh vực; trễ hạn rate over đã giải quyết (lower is better)
T5 = []
h = ["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ trễ hạn (%)", "Đang giải quyết"]
T5.append((row(h), []))
data = [("Hộ tịch", 1846, 1832, 1832), ("Chứng thực", 2318, 2318, 2318), ("Đất đai", 412, 386, 372), ("Xây dựng", 96, 88, 85), ("Bảo trợ xã hội", 190, 167, 167)]
s = [0] * 5
for name, tn, gq, dh in data:
    th = gq - dh; dg = tn - gq
    p = pc(th, gq, 2)
    T5.append((row([name, f(tn), f(gq), f(dh), f(th), p, f(dg)]), [("sum", f(gq), f(dh), f(th)), ("pct", f(th), f(gq), p), ("dif", f(tn), f(gq), f(dg))]))
    s = [a + b for a, b in zip(s, (tn, gq, dh, th, dg))]
p = pc(s[3], s[1], 2)
T5.append((row(["Tổng cộng", f(s[0]), f(s[1]), f(s[2]), f(s[3]), p, f(s[4])]),
           [("pct", f(s[3]), f(s[1]), p), ("sum", f(s[1]), f(s[2]), f(s[3]))] + [("sum", f(s[i])) + tuple(f(x) for x in col) for i, col in enumerate([[d[1] for d in data], [d[2] for d in data], [d[3] for d in data]])]))
