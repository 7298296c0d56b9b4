"""Prose templates: each takes a Random and returns (text, checks). All figures computed, rates half-up."""
from decimal import Decimal as Dm
import datetime
from vn import f, pc, r, WD

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Lương"]
DEM_NAM = ["Văn", "Đức", "Minh", "Hữu", "Quốc", "Công", "Xuân", "Đình"]
DEM_NU = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng"]
TEN_NAM = ["Hùng", "Tuấn", "Bình", "Thắng", "Dũng", "Sơn", "Hải", "Long", "Khánh", "Cường", "Toàn", "Lực", "Quang", "Vinh", "Trung", "Hiếu"]
TEN_NU = ["Lan", "Hương", "Nga", "Phương", "Thảo", "Hà", "Yến", "Mai", "Huyền", "Loan", "Dung", "Hạnh"]
XA = ["xã Tân Phong", "xã Đông Hưng", "xã Yên Lạc", "phường Phú Mỹ", "xã Quảng Tiến", "xã Hòa Bình", "xã Thạch Sơn",
      "xã Nam Giang", "phường Vĩnh Lộc", "xã Kim Sơn", "xã Thanh Hà", "xã Đại Đồng", "phường Bắc Hà", "xã Lộc An",
      "xã Phước Hưng", "xã Cẩm Bình", "phường Trung Sơn", "xã Tiên Lữ", "xã Hưng Đạo", "xã Mỹ Lộc"]
THON = ["thôn Đông", "thôn Tây", "thôn Trung", "thôn Thượng", "thôn Hạ", "thôn Đồng Tâm", "thôn Tân Lập", "thôn Cầu",
        "thôn Phú Thọ", "thôn Bình An", "tổ dân phố số 3", "tổ dân phố số 5", "tổ dân phố Hòa Lạc", "thôn Yên Thịnh",
        "thôn Làng Mới", "thôn An Khang", "bản Nà Sang", "thôn Xuân Hòa"]
PERIOD = ["6 tháng đầu năm 2025", "9 tháng năm 2025", "10 tháng năm 2025", "11 tháng năm 2025", "Quý III/2025"]


def name(R, nu=None):
    if nu is None:
        nu = R.random() < 0.4
    ho = R.choice(HO)
    dem = R.choice(DEM_NU if nu else DEM_NAM)
    ten = R.choice(TEN_NU if nu else TEN_NAM)
    return ho, dem, ten


def full(n):
    return " ".join(n)


def D(x):
    return Dm(str(x))


def money(R, lo, hi, d):
    """a random decimal amount with d decimals"""
    return D(R.randint(int(lo * 10 ** d), int(hi * 10 ** d))) / (10 ** d)


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- trong đó subsets that do not add up
def t_trongdo(R):
    n = R.randint(9, 46)
    a = R.randint(n // 3 + 1, n - 2); b = R.randint(n // 2 + 1, n - 1); c = R.randint(1, max(2, n // 3))
    xa = R.choice(XA); per = R.choice(PERIOD)
    v = R.randint(0, 2)
    if v == 0:
        t = f"{per}, Đảng bộ {xa} kết nạp {f(n)} đảng viên mới, trong đó có {f(a)} đảng viên nữ, {f(b)} đảng viên là đoàn viên thanh niên và {f(c)} đảng viên người dân tộc thiểu số."
    elif v == 1:
        t = f"Số đảng viên mới kết nạp {per.lower() if per[0] != 'Q' else 'trong ' + per.lower()} của Đảng bộ {xa} là {f(n)} đồng chí (nữ: {f(a)}; đoàn viên: {f(b)}; dân tộc thiểu số: {f(c)})."
    else:
        t = f"Đảng bộ {xa} đã kết nạp {f(n)} quần chúng ưu tú vào Đảng; trong số này có {f(b)} đoàn viên, {f(a)} nữ và {f(c)} người có đạo."
    return t, [("le", f(a), f(n)), ("le", f(b), f(n)), ("le", f(c), f(n)), ("gt", "=" + f(a + b + c), f(n))]


def t_overlap(R):
    n = R.randint(120, 480); a = R.randint(n // 3, n * 2 // 3); m = R.randint(600, 2400); b = R.randint(40, 150)
    xa = R.choice(XA)
    t = (f"Hội Cựu chiến binh {xa} hiện có {f(n)} hội viên, trong đó {f(a)} hội viên là đảng viên; Hội Nông dân có {f(m)} hội viên, "
         f"trong đó có {f(b)} hội viên đồng thời sinh hoạt Hội Cựu chiến binh.")
    return t, [("le", f(a), f(n)), ("le", f(b), f(n)), ("le", f(b), f(m))]


def t_overlap2(R):
    n = R.randint(60, 260); a = R.randint(n // 2, n - 5); b = R.randint(n // 3, n // 2); c = R.randint(5, n // 4)
    th = R.choice(THON); xa = R.choice(XA)
    t = (f"Đợt khám sức khỏe định kỳ cho người cao tuổi {th}, {xa} có {f(n)} cụ tham gia, trong đó {f(a)} cụ từ 70 tuổi trở lên, "
         f"{f(b)} cụ mắc bệnh tăng huyết áp và {f(c)} cụ được chuyển tuyến điều trị.")
    return t, [("le", f(a), f(n)), ("le", f(b), f(n)), ("le", f(c), f(n)), ("gt", "=" + f(a + b + c), f(n))]


# ---------------------------------------------------------------- above plan
def t_aboveplan(R):
    plan = R.randint(8, 60); n = plan + R.randint(1, plan // 3 + 1)
    p = pc(n, plan, 1); xa = R.choice(XA); per = R.choice(["Năm 2025", "Tính đến ngày 30/11/2025", "Trong năm"])
    v = R.randint(0, 1)
    if v == 0:
        t = f"{per}, Đảng bộ {xa} kết nạp {f(n)} đảng viên, đạt {p}% kế hoạch năm (kế hoạch giao {f(plan)} đảng viên)."
        return t, [("pct", f(n), f(plan), p), ("gt", f(n), f(plan))]
    x = money(R, 3, 30, 2); pl = D(x) / (D(R.randint(103, 140)) / 100); pl = r(pl, 1)
    p = pc(x, pl, 1)
    t = f"Thu ngân sách trên địa bàn {xa} {R.choice(PERIOD).lower() if False else 'năm 2025'} ước đạt {f(x, 2)} tỷ đồng, bằng {p}% dự toán tỉnh giao ({f(pl, 1)} tỷ đồng)."
    return t, [("pct", f(x, 2), f(pl, 1), p)]


def t_vuot(R):
    plan = R.randint(4, 16) * 10; n = plan + R.randint(3, plan // 5)
    g = f(r((D(n) - plan) / plan * 100, 1), 1); xa = R.choice(XA)
    t = (f"Từ đầu nhiệm kỳ 2020-2025 đến nay, toàn Đảng bộ {xa} kết nạp {f(n)} đảng viên, vượt {g}% chỉ tiêu Nghị quyết Đại hội "
         f"đề ra ({f(plan)} đảng viên); riêng năm 2025 kết nạp {f(R.randint(5, plan // 4))} đảng viên.")
    return t, [("gro", f(n), f(plan), g)]


# ---------------------------------------------------------------- mid-period progress against a year plan
def t_mid(R):
    plan = money(R, 8, 60, 1); x = r(D(plan) * D(R.randint(30, 82)) / 100, 2)
    rem = D(plan) - x; p = pc(x, plan, 1); xa = R.choice(XA)
    v = R.randint(0, 1)
    if v == 0:
        t = (f"Đến hết ngày 30/9/2025, {xa} giải ngân {f(x, 2)} tỷ đồng vốn đầu tư công, đạt {p}% kế hoạch vốn năm 2025 "
             f"({f(plan, 1)} tỷ đồng); số vốn còn lại {f(rem, 2)} tỷ đồng tập trung giải ngân trong quý IV.")
    else:
        t = (f"Sau 6 tháng, {xa} đã thu tiền sử dụng đất {f(x, 2)} tỷ đồng, bằng {p}% dự toán cả năm là {f(plan, 1)} tỷ đồng; "
             f"còn phải thu {f(rem, 2)} tỷ đồng.")
    return t, [("pct", f(x, 2), f(plan, 1), p), ("dif", f(plan, 1), f(x, 2), f(rem, 2)), ("lt", f(x, 2), f(plan, 1))]


def t_mid2(R):
    plan = R.randint(300, 2500); a = R.randint(plan * 4 // 10, plan * 8 // 10); p = pc(a, plan, 1)
    xa = R.choice(XA); mo = R.choice([6, 7, 8, 9])
    what = R.choice([("thẻ bảo hiểm y tế", "thẻ"), ("lao động được giải quyết việc làm", "lao động"), ("hồ sơ cấp giấy chứng nhận quyền sử dụng đất", "hồ sơ")])
    t = f"Sau {mo} tháng, {xa} thực hiện được {f(a)} {what[0]}, đạt {p}% chỉ tiêu năm ({f(plan)} {what[1]}), còn {f(plan - a)} {what[1]} phải hoàn thành trong những tháng cuối năm."
    return t, [("pct", f(a), f(plan), p), ("dif", f(plan), f(a), f(plan - a))]


# ---------------------------------------------------------------- votes: share of present vs share of all
def t_vote(R):
    tot = R.randint(14, 58); pres = tot - R.randint(1, 5); yes = pres - R.randint(0, 2)
    p1 = pc(yes, pres, 1); p2 = pc(yes, tot, 1); th = R.choice(THON)
    v = R.randint(0, 1)
    if v == 0:
        t = (f"Chi bộ {th} có {f(tot)} đảng viên, dự họp {f(pres)} đồng chí; nghị quyết được thông qua với {f(yes)}/{f(pres)} đồng chí "
             f"tán thành, đạt {p1}% số đảng viên dự họp, bằng {p2}% tổng số đảng viên của chi bộ.")
    else:
        t = (f"Biểu quyết thông qua nghị quyết tháng: {f(yes)} đồng chí tán thành trên {f(pres)} đồng chí có mặt ({p1}%); "
             f"tính trên tổng số {f(tot)} đảng viên của chi bộ {th} thì tỷ lệ tán thành là {p2}%.")
    return t, [("pct", f(yes), f(pres), p1), ("pct", f(yes), f(tot), p2), ("le", f(pres), f(tot))]


def t_vote_hdnd(R):
    tot = R.randint(28, 45); pres = tot - R.randint(1, 6); yes = pres - R.randint(0, 2)
    p2 = pc(yes, tot, 2); xa = R.choice(XA); k = R.randint(3, 6)
    t = (f"Tại Kỳ họp thứ {k}, HĐND {xa} khóa I có {f(pres)}/{f(tot)} đại biểu có mặt; nghị quyết về dự toán ngân sách năm 2026 "
         f"được thông qua với {f(yes)} đại biểu tán thành, bằng {p2}% tổng số đại biểu HĐND {xa.split()[0]}.")
    return t, [("pct", f(yes), f(tot), p2), ("gt", "=" + f(yes * 2), f(tot))]


# ---------------------------------------------------------------- ballots
def t_ballot(R):
    issued = R.randint(90, 320); recv = issued; valid = recv - R.randint(0, 4)
    v = R.randint(int(valid * 0.56), valid); p = pc(v, valid, 2); nm = name(R)
    v2 = R.randint(valid // 3, valid // 2); p2 = pc(v2, valid, 2); nm2 = name(R)
    t = (f"Số phiếu phát ra {f(issued)}, số phiếu thu về {f(recv)}, trong đó {f(valid)} phiếu hợp lệ; đồng chí {full(nm)} đạt {f(v)} phiếu "
         f"({p}% số phiếu hợp lệ), đồng chí {full(nm2)} đạt {f(v2)} phiếu ({p2}%), không trúng cử.")
    return t, [("pct", f(v), f(valid), p), ("pct", f(v2), f(valid), p2), ("le", f(valid), f(recv))]


def t_maj(R):
    valid = R.randint(25, 400); m = valid // 2 + 1
    t = (f"Theo quy chế bầu cử, người trúng cử phải được quá một nửa số phiếu bầu hợp lệ, tức là từ {f(m)} phiếu trở lên "
         f"trên tổng số {f(valid)} phiếu hợp lệ.")
    return t, [("maj", f(m), f(valid))]


def t_voters(R):
    lst = R.randint(1800, 9800); vot = lst - R.randint(5, lst // 90); valid = vot - R.randint(3, 40)
    v = R.randint(int(valid * 0.6), int(valid * 0.93)); p0 = pc(vot, lst, 2); p1 = pc(v, valid, 2); p3 = pc(v, vot, 2)
    nm = name(R); xa = R.choice(XA)
    t = (f"Đơn vị bầu cử số {R.randint(1, 9)} {xa} có {f(vot)}/{f(lst)} cử tri đi bầu, đạt {p0}%; ông {full(nm)} được {f(v)} phiếu, "
         f"đạt {p1}% số phiếu hợp lệ ({f(valid)} phiếu) và {p3}% số cử tri đã bỏ phiếu.")
    return t, [("pct", f(vot), f(lst), p0), ("pct", f(v), f(valid), p1), ("pct", f(v), f(vot), p3)]


# ---------------------------------------------------------------- growth
def t_growth(R):
    old = money(R, 4, 30, 2); g = D(R.randint(-80, 260)) / 10; new = r(old * (1 + g / 100), 2)
    gp = f(r((new - old) / old * 100, 1), 1); xa = R.choice(XA); per = R.choice(PERIOD)
    word = "tăng" if new > old else "giảm"
    gg = gp.lstrip("-")
    t = f"{per}, tổng thu ngân sách trên địa bàn {xa} đạt {f(new, 2)} tỷ đồng, {word} {gg}% so với cùng kỳ năm 2024 ({f(old, 2)} tỷ đồng)."
    if word == "tăng":
        return t, [("gro", f(new, 2), f(old, 2), gg)]
    return t, [("dec", f(new, 2), f(old, 2), gg)]


def t_growth2(R):
    plan = money(R, 10, 40, 1); x = r(plan * D(R.randint(62, 96)) / 100, 2); old = r(x / (D(R.randint(1030, 1250)) / 1000), 2)
    q = pc(x, plan, 1); g = f(r((x - old) / old * 100, 1), 1); xa = R.choice(XA)
    t = (f"{cap(xa)} ước thu ngân sách 9 tháng đạt {f(x, 2)} tỷ đồng, bằng {q}% dự toán năm ({f(plan, 1)} tỷ đồng), "
         f"tăng {g}% so với cùng kỳ; bình quân mỗi tháng thu {f(r(x / 9, 2), 2)} tỷ đồng.")
    return t, [("pct", f(x, 2), f(plan, 1), q), ("gro", f(x, 2), "=" + f(old, 2), g), ("div", f(x, 2), "9", f(r(x / 9, 2), 2))]


def t_cungky(R):
    old = R.randint(400, 3000); new = old + R.randint(-old // 10, old // 4); p = pc(new, old, 1)
    xa = R.choice(XA)
    t = (f"Bộ phận Một cửa {xa} tiếp nhận {f(new)} hồ sơ trong 11 tháng, bằng {p}% so với cùng kỳ năm 2024 ({f(old)} hồ sơ).")
    return t, [("pct", f(new), f(old), p)]


def t_acc(R):
    a = R.randint(2, 14); b = R.randint(1, 6); old = a + b; p = f(r(D(b) / old * 100, 1), 1); xa = R.choice(XA)
    t = f"Trên địa bàn {xa} xảy ra {f(a)} vụ tai nạn giao thông, giảm {f(b)} vụ, tương ứng giảm {p}% so với cùng kỳ; không có vụ nào nghiêm trọng."
    return t, [("dec", f(a), "=" + f(old), p)]


# ---------------------------------------------------------------- households vs people; averages
def t_hh(R):
    h = R.randint(120, 680); ppl = R.randint(h * 33 // 10, h * 43 // 10); avg = f(r(D(ppl) / h, 2), 2)
    th = R.choice(THON); hh = R.randint(h * 7 // 10, h - 3); pp = R.randint(hh, hh * 2)
    t = (f"{cap(th)} có {f(h)} hộ với {f(ppl)} nhân khẩu, bình quân {avg} người/hộ; ngày ra quân vệ sinh môi trường có {f(hh)} hộ "
         f"tham gia với {f(pp)} lượt người.")
    return t, [("div", f(ppl), f(h), avg), ("le", f(hh), f(h))]


def t_avg(R):
    n = R.randint(5, 40); per = R.choice([40, 50, 60, 80]); t_ = D(R.randint(n * per * 8, n * per * 12)) / 10
    avg = f(r(t_ / n, 1), 1); xa = R.choice(XA); ts = f(t_, 1); ts = ts[:-2] if ts.endswith(",0") else ts
    t = f"Tổng kinh phí hỗ trợ xóa nhà tạm, nhà dột nát cho {f(n)} hộ tại {xa} là {ts} triệu đồng, bình quân {avg} triệu đồng/hộ."
    return t, [("div", ts, f(n), avg)]


def t_avg2(R):
    n = R.randint(6, 24); tot = R.randint(n * 4, n * 13); avg = f(r(D(tot) / n, 1), 1); th = R.choice(["chi bộ", "chi hội", "tổ hòa giải"])
    xa = R.choice(XA)
    t = f"Trong năm, {f(n)} {th} của {xa} tổ chức {f(tot)} buổi sinh hoạt chuyên đề, bình quân {avg} buổi/{th}."
    return t, [("div", f(tot), f(n), avg)]


# ---------------------------------------------------------------- remainders, cumulative
def t_remain(R):
    T = R.randint(60, 900); a = R.randint(T // 3, T - 5); xa = R.choice(XA); p = pc(a, T, 1)
    t = (f"Tổng số hộ phải kê khai, đăng ký đất đai tại {xa} là {f(T)} hộ; đến nay đã hoàn thành {f(a)} hộ ({p}%), "
         f"còn lại {f(T - a)} hộ đang được hướng dẫn bổ sung hồ sơ.")
    return t, [("dif", f(T), f(a), f(T - a)), ("pct", f(a), f(T), p)]


def t_cum(R):
    q = R.randint(80, 420); cum = q * R.randint(6, 10) + R.randint(1, 90); ok = cum - R.randint(0, 25)
    p = pc(ok, cum, 2); xa = R.choice(XA)
    t = (f"Riêng tháng 10/2025, {xa} tiếp nhận {f(q)} hồ sơ; lũy kế từ đầu năm tiếp nhận {f(cum)} hồ sơ, trong đó giải quyết "
         f"đúng và trước hạn {f(ok)} hồ sơ, đạt {p}%.")
    return t, [("pct", f(ok), f(cum), p), ("lt", f(q), f(cum))]


def t_cum2(R):
    q = R.randint(2, 9); cum = q + R.randint(10, 40); xa = R.choice(XA); plan = cum + R.randint(-3, 6); p = pc(cum, plan, 1)
    t = (f"Trong quý III, {xa} công nhận thêm {f(q)} mô hình dân vận khéo, nâng tổng số từ đầu nhiệm kỳ đến nay lên {f(cum)} mô hình, "
         f"bằng {p}% chỉ tiêu cả nhiệm kỳ ({f(plan)} mô hình).")
    return t, [("pct", f(cum), f(plan), p), ("lt", f(q), f(cum))]


# ---------------------------------------------------------------- the same noun in two years / places
def t_twoyears(R):
    n = R.randint(300, 1400); a = R.randint(n * 85 // 100, n - 5); m = n - R.randint(3, 40); b = R.randint(m * 80 // 100, m - 10)
    p1 = pc(a, n, 1); p2 = pc(b, m, 1); th = R.choice(THON)
    t = (f"Năm 2025, {th} có {f(a)}/{f(n)} hộ đạt danh hiệu Gia đình văn hóa ({p1}%); năm 2024 là {f(b)}/{f(m)} hộ ({p2}%).")
    return t, [("pct", f(a), f(n), p1), ("pct", f(b), f(m), p2)]


def t_twoplaces(R):
    n = R.randint(90, 300); a = R.randint(n // 2, n - 3); m = R.randint(90, 300); b = R.randint(m // 2, m - 3)
    p = pc(a + b, n + m, 1); pa = pc(a, n, 1); pb = pc(b, m, 1); A, B = R.sample(THON, 2)
    t = (f"{cap(A)} có {f(a)}/{f(n)} hộ đăng ký lắp đặt nước sạch ({pa}%), {B} có {f(b)}/{f(m)} hộ ({pb}%); tính chung hai địa bàn đạt {p}%.")
    return t, [("pct", f(a), f(n), pa), ("pct", f(b), f(m), pb), ("pct", "=" + f(a + b), "=" + f(n + m), p)]


# ---------------------------------------------------------------- point changes, lower is better
def t_points(R):
    p0 = D(R.randint(700, 960)) / 10; d = D(R.randint(3, 45)) / 10; p1 = p0 + d
    if p1 >= 100: d = D(R.randint(1, 9)) / 10; p0 = D("98.9") - d; p1 = p0 + d
    what = R.choice(["Tỷ lệ người dân tham gia bảo hiểm y tế", "Tỷ lệ hộ sử dụng nước sạch", "Tỷ lệ thu gom rác thải sinh hoạt",
                     "Tỷ lệ hồ sơ nộp trực tuyến"])
    xa = R.choice(XA)
    t = f"{what} tại {xa} năm 2025 đạt {f(p1, 1)}%, tăng {f(d, 1)} điểm phần trăm so với năm 2024 ({f(p0, 1)}%)."
    return t, [("dif", f(p1, 1), f(p0, 1), f(d, 1))]


def t_poor(R):
    n0 = R.randint(1200, 4200); h0 = R.randint(n0 * 2 // 100, n0 * 5 // 100); n1 = n0 + R.randint(5, 60); h1 = h0 - R.randint(5, h0 // 3)
    r0 = pc(h0, n0, 2); r1 = pc(h1, n1, 2); d = f(D(r0.replace(",", ".")) - D(r1.replace(",", ".")), 2); xa = R.choice(XA)
    t = (f"Tỷ lệ hộ nghèo của {xa} giảm từ {r0}% ({f(h0)}/{f(n0)} hộ) cuối năm 2024 xuống còn {r1}% ({f(h1)}/{f(n1)} hộ) cuối năm 2025, "
         f"giảm {d} điểm phần trăm.")
    return t, [("pct", f(h0), f(n0), r0), ("pct", f(h1), f(n1), r1), ("dif", r0, r1, d)]


# ---------------------------------------------------------------- dates, times, ordinals, anniversaries, numbers
def rdate(R, y=2025, m0=7, m1=12):
    while True:
        try:
            return datetime.date(y, R.randint(m0, m1), R.randint(1, 31))
        except ValueError:
            pass


def ds(d, pad=False):
    return (f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}")


def t_range(R):
    d1 = rdate(R, 2025, 7, 11); n = R.randint(5, 30); d2 = d1 + datetime.timedelta(days=n - 1)
    xa = R.choice(XA); what = R.choice(["đợt cao điểm tuyên truyền, vận động làm căn cước điện tử", "tháng cao điểm vì người nghèo",
                                          "đợt tổng vệ sinh môi trường", "đợt kiểm tra an toàn thực phẩm"])
    t = f"{cap(xa)} tổ chức {what} từ ngày {ds(d1)} đến ngày {ds(d2)} (trong {f(n)} ngày)."
    return t, [("dys", ds(d1), ds(d2), f(n))]


def t_weekday(R):
    d = rdate(R, 2025, 10, 12)
    while d.weekday() == 6:
        d = rdate(R, 2025, 10, 12)
    w = WD[d.weekday()]; xa = R.choice(XA); nm = name(R)
    when = R.choice(["Sáng", "Chiều", "Tối"])
    t = (f"{when} {w}, ngày {ds(d, True)}, Đảng ủy {xa} tổ chức Hội nghị lần thứ {R.randint(3, 7)} Ban Chấp hành Đảng bộ {xa.split()[0]} khóa I, "
         f"nhiệm kỳ 2025-2030; đồng chí {full(nm)}, Bí thư Đảng ủy {xa.split()[0]} chủ trì hội nghị.")
    return t, [("wd", ds(d, True), "=" + str(d.weekday()))]


def t_time(R):
    h1 = R.choice([7, 8, 14, 19]); m1 = R.choice([0, 15, 30]); dur = R.randint(80, 230); e = h1 * 60 + m1 + dur
    h2, m2 = divmod(e, 60); H, M = divmod(dur, 60)
    lbl = lambda h, m: f"{h} giờ {m:02d}"
    t = f"Cuộc họp bắt đầu lúc {lbl(h1, m1)}, kết thúc lúc {lbl(h2, m2)} cùng ngày, kéo dài {H} giờ {M} phút."
    return t, [("dur", str(h1), f"{m1:02d}", str(h2), f"{m2:02d}", str(H), str(M))]


ANNIV = [("Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam", 1930, "18/11"), ("Ngày thành lập Hội Nông dân Việt Nam", 1930, "14/10"),
         ("Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", 1930, "20/10"), ("Ngày truyền thống Hội Cựu chiến binh Việt Nam", 1989, "6/12"),
         ("Ngày thành lập Quân đội nhân dân Việt Nam", 1944, "22/12"), ("Ngày truyền thống Công an nhân dân", 1945, "19/8"),
         ("Ngày thành lập Công đoàn Việt Nam", 1929, "28/7"), ("Cách mạng Tháng Tám và Quốc khánh", 1945, "2/9")]


def t_anniv(R):
    what, y0, dm = R.choice(ANNIV); n = 2025 - y0; xa = R.choice(XA)
    t = f"{cap(xa)} long trọng tổ chức kỷ niệm {n} năm {what} ({dm}/{y0} - {dm}/2025) gắn với biểu dương các điển hình tiên tiến."
    return t, [("dif", "2025", str(y0), str(n))]


def t_ordinal(R):
    xa = R.choice(XA); k = R.randint(2, 6); nm = name(R)
    v = R.randint(0, 2)
    if v == 0:
        t = (f"Kỳ họp thứ {k} HĐND {xa} khóa I, nhiệm kỳ 2021-2026 đã xem xét {R.randint(5, 12)} tờ trình và thông qua "
             f"{R.randint(4, 11)} nghị quyết; đồng chí {full(nm)}, Chủ tịch HĐND {xa.split()[0]}, phát biểu bế mạc kỳ họp.")
    elif v == 1:
        t = (f"Đại hội đại biểu Đảng bộ {xa} lần thứ I, nhiệm kỳ 2025-2030 được tổ chức theo tinh thần Chỉ thị số 45-CT/TW; "
             f"đây là đại hội đầu tiên sau khi sắp xếp đơn vị hành chính, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.")
    else:
        t = (f"Căn cứ Kế hoạch số {R.randint(12, 140)}-KH/ĐU ngày {ds(rdate(R), True)} của Ban Thường vụ Đảng ủy {xa}, "
             f"các chi bộ trực thuộc tổ chức kiểm điểm, xếp loại chất lượng năm 2025 xong trước ngày 15/12/2025.")
    return t, []


def t_names(R):
    nm = name(R); xa = R.choice(XA); nm2 = name(R)
    roles = ["Phó Bí thư Thường trực Đảng ủy", "Bí thư Đảng ủy, Chủ tịch HĐND", "Chủ tịch UBND", "Chủ tịch Ủy ban MTTQ Việt Nam"]
    ro = R.choice(roles); title = ro.split(",")[0].split(" Đảng")[0].split(" UBND")[0].split(" Ủy ban")[0].split(" HĐND")[0]
    th = R.choice(THON); tr = "tổ trưởng" if th.startswith("tổ") else "trưởng"
    t = (f"Đồng chí {full(nm)}, {ro} {xa} dự và chỉ đạo hội nghị. Phát biểu kết luận, đồng chí {nm[2]} đề nghị các chi bộ "
         f"rà soát từng chỉ tiêu chưa đạt; đồng chí {nm2[0]} {nm2[2]}, {tr} {th}, tiếp thu và hứa thực hiện.")
    return t, []


def t_upper(R):
    k = R.randint(5, 160); xa = R.choice(XA).upper()
    opts = [f"NGHỊ QUYẾT SỐ {k}-NQ/ĐU VỀ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 CỦA ĐẢNG BỘ {xa}",
            f"KẾ HOẠCH SỐ {k}-KH/UBND TỔ CHỨC THÁNG CAO ĐIỂM VÌ NGƯỜI NGHÈO NĂM 2025 TRÊN ĐỊA BÀN {xa}",
            f"BÁO CÁO SỐ {k}/BC-UBND KẾT QUẢ THỰC HIỆN NHIỆM VỤ 11 THÁNG, PHƯƠNG HƯỚNG THÁNG 12 NĂM 2025 CỦA UBND {xa}"]
    return R.choice(opts), []


def t_delegates(R):
    a = R.randint(120, 260); m = a * R.randint(4, 7) + R.randint(0, 50); k = R.randint(18, 42); e = R.randint(1, 2); c = R.randint(3, 9)
    xa = R.choice(XA)
    t = (f"Đại hội Đảng bộ {xa} có {f(a)} đại biểu được triệu tập, thay mặt cho {f(m)} đảng viên của {f(k)} chi bộ trực thuộc; "
         f"đoàn đại biểu dự Đại hội Đảng bộ tỉnh gồm {f(e + c)} đồng chí, trong đó {f(e)} đồng chí là đại biểu đương nhiên (ủy viên Ban Chấp hành Đảng bộ tỉnh) "
         f"và {f(c)} đồng chí do Đại hội bầu.")
    return t, [("sum", f(e + c), f(e), f(c)), ("lt", f(a), f(m))]


def t_money(R):
    a = R.randint(3, 30) * 50; b = R.randint(2, 20) * 25; c = R.randint(1, 40) * 10; T = a + b + c
    Tt = f(D(T) / 1000, 3).rstrip("0").rstrip(",")
    xa = R.choice(XA)
    t = (f"Công trình nhà văn hóa {R.choice(THON)}, {xa} có tổng kinh phí {Tt} tỷ đồng, trong đó ngân sách tỉnh hỗ trợ {f(a)} triệu đồng, "
         f"ngân sách {xa.split()[0]} {f(b)} triệu đồng, nhân dân đóng góp {f(c)} triệu đồng.")
    return t, [("sum", "=" + f(T), f(a), f(b), f(c)), ("mul", Tt, "=1.000", "=" + f(T))]


def t_money2(R):
    k = R.choice([20, 30, 50, 100, 150]); n = R.randint(200, 2400); prod = k * n * 1000; tr = f(D(prod) / 1000000, 3).rstrip("0").rstrip(",")
    xa = R.choice(XA)
    t = (f"Quỹ hỗ trợ nông dân {xa} vận động hội viên đóng góp {f(k)} nghìn đồng/người; đã có {f(n)} hội viên tham gia, "
         f"số tiền thu được {tr} triệu đồng.")
    return t, [("mul", f(k), f(n), "=" + f(k * n)), ("div", "=" + f(k * n), "=1.000", tr)]


def t_money3(R):
    n = R.randint(40, 400); each = R.choice([300, 500, 800, 1000, 1500]); tot = n * each * 1000
    xa = R.choice(XA); tr = f(D(tot) / 1000000, 1); tr = tr[:-2] if tr.endswith(",0") else tr
    t = (f"Nhân dịp Tết Nguyên đán Bính Ngọ 2026, {xa} trao {f(n)} suất quà cho gia đình chính sách, mỗi suất {f(each * 1000)} đồng, "
         f"tổng giá trị {tr} triệu đồng.")
    return t, [("mul", f(n), f(each * 1000), "=" + f(tot)), ("div", "=" + f(tot), "=1.000.000", tr)]


def t_round2(R):
    n = R.randint(2000, 16000); a = R.randint(n * 935 // 1000 + 1, n - 10); p = pc(a, n, 2); xa = R.choice(XA)
    t = f"Số người tham gia bảo hiểm y tế tại {xa} là {f(a)}/{f(n)} người, đạt tỷ lệ bao phủ {p}%, vượt chỉ tiêu 93% tỉnh giao."
    return t, [("pct", f(a), f(n), p), ("gt", p, "93")]


def t_plan_share(R):
    plan = R.randint(40, 160); a = R.randint(plan // 2, plan - 2); p = pc(a, plan, 1); old = R.randint(30, plan); g = pc(a, old, 1)
    xa = R.choice(XA)
    t = (f"{cap(xa)} giải quyết việc làm mới cho {f(a)} lao động, đạt {p}% kế hoạch năm và bằng {g}% so với cùng kỳ năm trước "
         f"({f(old)} lao động); kế hoạch năm là {f(plan)} lao động.")
    return t, [("pct", f(a), f(plan), p), ("pct", f(a), f(old), g)]


def t_xeploai(R):
    n = R.randint(20, 140); x = R.randint(n // 10, n // 5); t_ = R.randint(n // 2, n - x - 3); h = n - x - t_ - R.randint(0, 2); k = n - x - t_ - h
    p = pc(x, n, 1); xa = R.choice(XA)
    t = (f"Kết quả xếp loại chất lượng đảng viên năm 2025 của Đảng bộ {xa}: {f(n)} đảng viên được đánh giá, trong đó {f(x)} đồng chí "
         f"hoàn thành xuất sắc nhiệm vụ ({p}%), {f(t_)} hoàn thành tốt, {f(h)} hoàn thành và {f(k)} không hoàn thành nhiệm vụ; tỷ lệ hoàn thành xuất sắc không vượt quá 20% số đảng viên được đánh giá.")
    return t, [("sum", f(n), f(x), f(t_), f(h), f(k)), ("pct", f(x), f(n), p), ("le", p, "20")]


ALL = [t_trongdo, t_overlap, t_overlap2, t_aboveplan, t_vuot, t_mid, t_mid2, t_vote, t_vote_hdnd, t_ballot, t_maj, t_voters,
       t_growth, t_growth2, t_cungky, t_acc, t_hh, t_avg, t_avg2, t_remain, t_cum, t_cum2, t_twoyears, t_twoplaces, t_points,
       t_poor, t_range, t_weekday, t_time, t_anniv, t_ordinal, t_names, t_upper, t_delegates, t_money, t_money2, t_money3,
       t_round2, t_plan_share, t_xeploai]
