"""Five Word tables (header + data rows + total), built from data; rates half-up."""
from decimal import Decimal as Dm
from vn import f, pc, r

T = "\t"


def tab1():
    # votes in chi bộ: share of those present and share of all members
    rows = [("Chi bộ thôn Đông", 31, 28, 27), ("Chi bộ thôn Tây", 24, 24, 24), ("Chi bộ thôn Trung", 19, 17, 15),
            ("Chi bộ Trường Tiểu học", 14, 12, 12)]
    L = [T.join(["Chi bộ", "Tổng số đảng viên", "Dự họp", "Tán thành", "Tỷ lệ/dự họp (%)", "Tỷ lệ/tổng số (%)"])]
    C = []
    for n, a, b, c in rows:
        L.append(T.join([n, f(a), f(b), f(c), pc(c, b, 1), pc(c, a, 1)]))
        C += [("pct", f(c), f(b), pc(c, b, 1)), ("pct", f(c), f(a), pc(c, a, 1))]
    A, B, Cc = (sum(x[i] for x in rows) for i in (1, 2, 3))
    L.append(T.join(["Cộng", f(A), f(B), f(Cc), pc(Cc, B, 1), pc(Cc, A, 1)]))
    C += [("pct", f(Cc), f(B), pc(Cc, B, 1)), ("pct", f(Cc), f(A), pc(Cc, A, 1)),
          ("sum", f(A)) + tuple(f(x[1]) for x in rows), ("sum", f(B)) + tuple(f(x[2]) for x in rows),
          ("sum", f(Cc)) + tuple(f(x[3]) for x in rows)]
    return L, C


def tab2():
    # investment disbursement to 30/9 of the year plan, remainder
    rows = [("Xã Tân Phong", "18,6", "11,42"), ("Xã Yên Lạc", "24,0", "13,08"), ("Phường Bắc Hà", "36,5", "27,94"),
            ("Xã Lộc An", "12,2", "4,87")]
    d = lambda s: Dm(s.replace(",", "."))
    L = [T.join(["Đơn vị", "Kế hoạch vốn năm 2025 (tỷ đồng)", "Giải ngân đến 30/9 (tỷ đồng)", "Tỷ lệ so kế hoạch (%)", "Còn lại (tỷ đồng)"])]
    C = []
    for n, pl, x in rows:
        rem = f(d(pl) - d(x), 2); p = pc(d(x), d(pl), 1)
        L.append(T.join([n, pl, x, p, rem]))
        C += [("pct", x, pl, p), ("dif", pl, x, rem)]
    PL = sum(d(x[1]) for x in rows); X = sum(d(x[2]) for x in rows)
    L.append(T.join(["Tổng cộng", f(PL, 1), f(X, 2), pc(X, PL, 1), f(PL - X, 2)]))
    C += [("pct", f(X, 2), f(PL, 1), pc(X, PL, 1)), ("sum", f(PL, 1)) + tuple(x[1] for x in rows),
          ("sum", f(X, 2)) + tuple(x[2] for x in rows), ("dif", f(PL, 1), f(X, 2), f(PL - X, 2))]
    return L, C


def tab3():
    # poverty by thôn, lower is better, two decimals, points fall
    rows = [("Thôn Đồng Tâm", 412, 9, "3,21"), ("Thôn Tân Lập", 386, 6, "2,36"), ("Thôn Yên Thịnh", 529, 17, "4,05"),
            ("Thôn An Khang", 298, 3, "1,72")]
    d = lambda s: Dm(s.replace(",", "."))
    L = [T.join(["Thôn", "Tổng số hộ", "Hộ nghèo cuối năm 2025", "Tỷ lệ 2025 (%)", "Tỷ lệ 2024 (%)", "Giảm (điểm %)"])]
    C = []
    for n, h, p, old in rows:
        rt = pc(p, h, 2); g = f(d(old) - d(rt), 2)
        L.append(T.join([n, f(h), f(p), rt, old, g]))
        C += [("pct", f(p), f(h), rt), ("dif", old, rt, g)]
    H = sum(x[1] for x in rows); Pp = sum(x[2] for x in rows); old = "3,02"
    rt = pc(Pp, H, 2); g = f(d(old) - d(rt), 2)
    L.append(T.join(["Toàn xã", f(H), f(Pp), rt, old, g]))
    C += [("pct", f(Pp), f(H), rt), ("dif", old, rt, g), ("sum", f(H)) + tuple(f(x[1]) for x in rows),
          ("sum", f(Pp)) + tuple(f(x[2]) for x in rows)]
    return L, C


def tab4():
    # admissions vs plan; nữ / đoàn viên overlap
    rows = [("Đảng bộ xã Đại Đồng", 10, 12, 5, 9), ("Đảng bộ xã Hưng Đạo", 8, 8, 3, 8), ("Đảng bộ phường Trung Sơn", 12, 11, 7, 6),
            ("Đảng bộ xã Mỹ Lộc", 6, 0, 0, 0)]
    L = [T.join(["Đơn vị", "Kế hoạch năm 2025", "Đã kết nạp", "Tỷ lệ đạt (%)", "Trong đó: nữ", "Trong đó: đoàn viên"])]
    C = []
    for n, pl, k, nu, dv in rows:
        L.append(T.join([n, f(pl), f(k), pc(k, pl, 1), f(nu), f(dv)]))
        C += [("pct", f(k), f(pl), pc(k, pl, 1)), ("le", f(nu), f(k)), ("le", f(dv), f(k))]
    S = [sum(x[i] for x in rows) for i in range(1, 5)]
    L.append(T.join(["Cộng", f(S[0]), f(S[1]), pc(S[1], S[0], 1), f(S[2]), f(S[3])]))
    C += [("pct", f(S[1]), f(S[0]), pc(S[1], S[0], 1))] + [("sum", f(S[i])) + tuple(f(x[i + 1]) for x in rows) for i in range(4)]
    return L, C


def tab5():
    # budget revenue 11 months: of dự toán and growth on same period
    rows = [("Thuế ngoài quốc doanh", "4,20", "4,63", "3,95"), ("Lệ phí trước bạ", "1,80", "1,52", "1,61"),
            ("Tiền sử dụng đất", "9,50", "6,84", "5,20"), ("Thu khác ngân sách", "0,60", "0,71", "0,58")]
    d = lambda s: Dm(s.replace(",", "."))
    L = [T.join(["Nội dung thu", "Dự toán năm (tỷ đồng)", "Thực hiện 11 tháng (tỷ đồng)", "So dự toán (%)", "Cùng kỳ 2024 (tỷ đồng)", "Tăng, giảm so cùng kỳ (%)"])]
    C = []
    for n, dt, th, ck in rows:
        p = pc(d(th), d(dt), 1); g = f(r((d(th) - d(ck)) / d(ck) * 100, 1), 1)
        L.append(T.join([n, dt, th, p, ck, g]))
        C += [("pct", th, dt, p), ("gro", th, ck, g)]
    DT, TH, CK = (sum(d(x[i]) for x in rows) for i in (1, 2, 3))
    p = pc(TH, DT, 1); g = f(r((TH - CK) / CK * 100, 1), 1)
    L.append(T.join(["Tổng thu", f(DT, 2), f(TH, 2), p, f(CK, 2), g]))
    C += [("pct", f(TH, 2), f(DT, 2), p), ("gro", f(TH, 2), f(CK, 2), g)] + [
        ("sum", f(v, 2)) + tuple(x[i] for x in rows) for i, v in ((1, DT), (2, TH), (3, CK))]
    return L, C


TABLES = [tab1(), tab2(), tab3(), tab4(), tab5()]
