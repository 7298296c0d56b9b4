#!/usr/bin/env python3
"""Build the .expected.json files of the round-4 quantities dev set and validate everything.
Fails (exit 1) on any problem. Percentages: half-up rounding to the printed decimals."""
import json, os, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ERR = []

def D(s):
    """Vietnamese number '2.146' / '77,5' / '1.286,45' -> Decimal"""
    s = str(s).strip()
    return Decimal(s.replace('.', '').replace(',', '.'))

def pct(a, b, dec=1):
    q = Decimal(1).scaleb(-dec)
    return (D(a) / D(b) * 100).quantize(q, rounding=ROUND_HALF_UP)

def rnd(x, dec=1):
    return Decimal(x).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)

def check(cond, msg):
    if not cond:
        ERR.append(msg)

def P(code, text, note):
    return {"code": code, "text": text, "note": note}

DOCS = {}

# ---------------------------------------------------------------- 1
def a_pn():
    check(15 + 4 == 19, "pn attendance")                       # 19 = 15 + 4 holds
    check(3 != 4, "pn named absentees 3 vs 4 (planted)")
    check(pct("2.146", "2.870") == D("74,8"), "pn 74,8")
    check(pct(97, 120) == D("80,8"), "pn 80,8 mid-year")
    check(7 + 5 + 9 + 4 == 25 and 25 != 26, "pn loan breakdown planted")
    check(pct(287, 412) == D("69,7") and D("71,4") != D("69,7"), "pn 71,4 planted")
    check(pct(71, "2.146") == D("3,3") and D("3,3") >= 3, "pn 3,3 not under 3 (planted verdict)")
    check(pct(15, 15, 0) == 100, "pn vote")
    check(len(["thôn 1", "thôn 3", "Nà Lầu"]) == 3, "pn 3 chi hoi named vs 4 (planted)")
    check(2025 - 1930 == 95, "pn anniversary")
DOCS["bb_hlhpn_xa_tanlap_bch_t11_2025"] = dict(
    genre="bien_ban", asserts=a_pn,
    planted=[
        P("absentee-count-mismatch", "vắng: 04 chị", "4 absentees announced but only 3 named (Hằng, Mai, Quyên); 15 + 4 = 19 itself is right"),
        P("sum-mismatch", "hỗ trợ 26 hội viên vay vốn", "breakdown after 'gồm:' by chi hội gives 7 + 5 + 9 + 4 = 25, not 26"),
        P("percent-mismatch", "tỷ lệ 71,4%", "287/412 = 69,7%, not 71,4%"),
        P("count-mismatch", "là 4 chi hội được Hội LHPN tỉnh tặng Giấy khen", "count after the list: 3 chi hội named (thôn 1, thôn 3, Nà Lầu), said to be 4"),
        P("target-status-mismatch", "3,3% tổng số hội viên, đã hoàn thành chỉ tiêu", "target is 'dưới 3%'; 3,3% (= 71/2.146) is not below 3%, so 'hoàn thành' is wrong"),
    ],
    near=["8 giờ 15 phút", "lần thứ 5, nhiệm kỳ 2021-2026", "tỷ lệ tập hợp đạt 74,8%", "bằng 80,8% kế hoạch năm (120 hội viên)",
          "318,5 triệu đồng", "giảm 0,9 điểm phần trăm", "tại thôn 2 và thôn Nà Lầu", "95 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930-20/10/2025)",
          "từ 25/11-25/12", "15/15 ủy viên có mặt tán thành (100%)", "lập thành hai bản", "nhân dịp 20/10", "Số: 41/BB-HPN", "từ tháng 3 đến tháng 9"])

# ---------------------------------------------------------------- 2 clean
def a_ccb():
    check(214 + 72 == 286, "ccb members")
    check(pct(163, 286) == D("57,0"), "ccb 57,0")
    xs = [(41, "14,3"), (188, "65,7"), (52, "18,2"), (5, "1,7")]
    check(sum(x for x, _ in xs) == 286, "ccb distribution sum")
    for x, s in xs:
        check(pct(x, 286) == D(s), f"ccb {x} {s}")
    check(abs(sum(D(s) for _, s in xs) - 100) <= D("0,2"), "ccb ~100")
    check(pct(18, 15, 0) == 120, "ccb 120")
    check(rnd(D("412,75") / 286, 2) == D("1,44"), "ccb average")
    check(2025 - 1944 == 81 and 2025 - 1989 == 36, "ccb anniversaries")
    check(24 * D("0,5") == 12, "ccb gifts")
    check(4 + 2 == 6, "ccb chi hoi 4/6 + 2")
DOCS["bc_hoiccb_phuong_namdong_2025"] = dict(
    genre="bao_cao", asserts=a_ccb, planted=[],
    near=["có 6 chi hội: khu phố 1, khu phố 2, khu phố 3, khu phố 4, Tân Hòa và Bình An", "gồm 214 cựu chiến binh và 72 cựu quân nhân",
          "đảng viên 163 đồng chí (chiếm 57,0%), nữ 9 đồng chí, hội viên trên 80 tuổi 31 đồng chí", "18/15 hội viên theo chỉ tiêu, đạt 120%, vượt kế hoạch",
          "81 năm", "(22/12/1944-22/12/2025)", "36 năm", "giảm từ 4 hộ xuống còn 1 hộ", "412,75 triệu đồng, bình quân 1,44 triệu đồng/hội viên",
          "tăng 6,2% so với cùng kỳ", "tổ dân phố số 5", "6/7 vụ việc", "Quyết định 62/2011/QĐ-TTg", "tổng 12 triệu đồng",
          "12/12 tháng", "2022-2027", "từ 15 hội viên trở lên", "quý IV/2026", "4/6 chi hội xếp loại vững mạnh, 2 chi hội khá"])

# ---------------------------------------------------------------- 3
def a_mttq():
    rows = [("60", "72,4", "120,7"), ("150", "131,5", "87,7"), ("90", "104,2", "115,8")]
    for k, t, r in rows:
        check(pct(t, k) == D(r), f"mttq row {t}")
    tot = sum(D(t) for _, t, _ in rows)
    check(tot == D("308,1") and tot != D("318,1"), "mttq total planted")
    check(sum(D(k) for k, _, _ in rows) == 300, "mttq plan total")
    check(pct("308,1", 300) == D("102,7"), "mttq lead 102,7")
    check(4 * 40 == 160 and 160 + 45 + D("31,4") == D("236,4"), "mttq spending")
    check(pct("236,4", "308,1") == D("76,7") and D("74,3") != D("76,7"), "mttq 74,3 planted")
    check(D("308,1") - D("236,4") == D("71,7"), "mttq balance")
    check(52 > 45 and 76 <= 80, "mttq targets")
DOCS["bc_mttq_xa_phuloc_quy_vnn_2025"] = dict(
    genre="bao_cao", asserts=a_mttq,
    planted=[
        P("sum-mismatch", "Cộng | 300 | 318,1", "table total row: 72,4 + 131,5 + 104,2 = 308,1 (as in the lead sentence), not 318,1"),
        P("percent-mismatch", "bằng 74,3% số quỹ", "236,4/308,1 = 76,7%, not 74,3% (whole stated in an earlier section)"),
        P("count-mismatch", "xây mới 04 nhà Đại đoàn kết", "4 houses announced, only 3 households listed"),
        P("target-status-mismatch", "còn 52 hộ nghèo, đạt chỉ tiêu", "target 'giảm còn không quá 45 hộ'; 52 > 45, so 'đạt' is wrong"),
    ],
    near=["Kế hoạch số 27/KH-MTTQ ngày 10/3/2025", "(17/10-18/11/2025)", "308,1 triệu đồng, đạt 102,7% kế hoạch", "tăng 8,6% so với năm 2024",
          "Khối cơ quan, trường học xã | 60 | 72,4 | 120,7", "Các thôn (12 thôn) | 150 | 131,5 | 87,7", "211,0 triệu đồng tiền mặt",
          "tổng 160 triệu đồng", "71,7 triệu đồng", "hộ cận nghèo còn 76 hộ, đạt chỉ tiêu", "12/12 nhà văn hóa thôn", "thôn 9 và thôn 11",
          "từ 320 triệu đồng trở lên", "(18/11) ở 12 khu dân cư"])

# ---------------------------------------------------------------- 4
CANDS = [("Lường Văn Toàn", 116, None), ("Đỗ Minh Khôi", 112, "97,4"), ("Vi Thị Thu Trang", 109, "94,8"), ("Hoàng Văn Sáng", 104, "90,4"),
         ("Mai Thị Duyên", 101, "87,8"), ("Nguyễn Thị Hạnh", 98, "86,2"), ("Trần Quốc Bảo", 95, "82,6"), ("Phạm Thị Loan", 91, "79,1"),
         ("Lò Văn Điệp", 87, "75,7"), ("Bùi Thị Ngọc", 76, "66,1"), ("Hà Đức Thắng", 69, "60,0"), ("Nông Thị Yến", 48, "41,7"), ("Đinh Văn Cường", 39, "33,9")]
def a_kp():
    check(117 + 4 == 121 and 121 != 120 and 117 + 3 == 120, "kp attendance planted (vắng should be 3)")
    check(115 + 3 == 118 and 118 != 117, "kp ballots planted")
    check(2 + 1 == 3, "kp invalid split")
    check(116 > 115, "kp votes>valid planted")
    for n, v, s in CANDS:
        if s is None: continue
        if n == "Nguyễn Thị Hạnh":
            check(pct(v, 115) == D("85,2") and D(s) != D("85,2"), "kp Hạnh planted")
        else:
            check(pct(v, 115) == D(s), f"kp {n}")
    check(len(CANDS) == 13, "kp 13 candidates")
    vs = [v for _, v, _ in CANDS]
    check(vs == sorted(vs, reverse=True), "kp order")
    check(all(v > D("57,5") for v in vs[:11]) and all(v < D("57,5") for v in vs[11:]), "kp elected > half")
    check(sum(vs) <= 115 * 11, "kp total marks")
    check(len("Quàng Văn Sơn, Nguyễn Thị Thảo, Cầm Văn Định, Vừ A Sùng".split(",")) + 1 == 5, "kp ban kiem phieu 05")
DOCS["bb_kiemphieu_dhdoan_xa_hoabinh_2025"] = dict(
    genre="bien_ban", asserts=a_kp,
    planted=[
        P("attendance-mismatch", "vắng 4 đồng chí (có lý do)", "117 present + 4 absent = 121, but 120 were summoned"),
        P("vote-mismatch", "Số phiếu không hợp lệ: 03 phiếu", "115 valid + 3 invalid = 118 ≠ 117 ballots collected"),
        P("vote-mismatch", "Lường Văn Toàn: 116 phiếu", "116 votes for one candidate > 115 valid ballots"),
        P("percent-mismatch", "98 phiếu, đạt 86,2%", "98/115 valid ballots = 85,2%, not 86,2%"),
    ],
    near=["14 giờ 30 phút ngày 22/10/2025", "LẦN THỨ XIV, NHIỆM KỲ 2025-2030", "khóa XIV, nhiệm kỳ", "gồm 05 đồng chí", "là 11 đồng chí; danh sách bầu cử gồm 13 đồng chí",
          "Số phiếu phát ra: 117 phiếu", "(02 phiếu gạch không đúng quy định, 01 phiếu rách)", "112 phiếu, đạt 97,4%", "87 phiếu, đạt 75,7%",
          "69 phiếu, đạt 60,0%", "từ số 1 đến số 11", "16 giờ 05 phút", "lập thành 03 bản"])

# ---------------------------------------------------------------- 5
def a_thcs():
    check(4 * 5 == 20 and 196 + 188 + 181 + 177 == 742, "thcs classes/students")
    check(rnd(Decimal(38) / 20, 1) == D("1,9"), "thcs gv/lop")
    check(pct(2, 742, 2) == D("0,27"), "thcs dropout 0,27")
    hoc = [(163, "22,0"), (298, "40,2"), (259, "34,9"), (22, "3,0")]
    check(sum(x for x, _ in hoc) == 742, "thcs hoc tap sum")
    for x, s in hoc: check(pct(x, 742) == D(s), f"thcs hoc {x}")
    ren = [(611, "82,3"), (104, "15,0"), (21, "2,8"), (6, "0,8")]
    check(sum(x for x, _ in ren) == 742, "thcs ren luyen counts")
    for x, s in ren:
        if x == 104: check(pct(x, 742) == D("14,0") and D(s) != D("14,0"), "thcs 15,0 planted")
        else: check(pct(x, 742) == D(s), f"thcs ren {x}")
    check(sum(D(s) for _, s in ren) == D("100,9"), "thcs shares add to 100,9")
    check(1 + 2 + 4 == 7, "thcs prizes")
    check(183 > 177, "thcs part>whole planted")
    check(420 + D("67,6") == D("487,6"), "thcs money")
    check(746 != 742, "thcs figure planted")
DOCS["bc_thcs_leloi_sokethk1_2025_2026"] = dict(
    genre="bao_cao", asserts=a_thcs,
    planted=[
        P("percent-mismatch", "Khá 104 em, tỷ lệ 15,0%", "104/742 = 14,0%; the four rèn luyện shares then add to 100,9%"),
        P("count-mismatch", "tổ chức 05 chuyên đề cấp trường", "5 chuyên đề announced, 4 listed after the colon"),
        P("part-exceeds-whole", "183 em học sinh lớp 9", "khối 9 has 177 pupils (section I), yet 183 lớp 9 pupils registered"),
        P("figure-inconsistent", "Với 746 học sinh", "the school has 742 pupils (section I and the 742 base of the results)"),
    ],
    near=["khối 6 có 5 lớp, 196 em", "Trong đó nữ 359 em, học sinh dân tộc thiểu số 214 em", "1,9 giáo viên/lớp", "18 tuần (từ 05/9/2025 đến 10/01/2026)",
          "chiếm 0,27%, giảm 0,4 điểm phần trăm", "Tốt: 163 em (22,0%)", "Chưa đạt: 22 em (3,0%)", "Tốt 611 em, tỷ lệ 82,3%",
          "đủ 18 tiết/học kỳ", "(ngày 14-15/12/2025)", "đạt 7 giải (1 giải Nhì, 2 giải Ba, 4 giải Khuyến khích)", "lần thứ X",
          "mỗi buổi 90 phút", "487,6 triệu đồng, trong đó ngân sách 420 triệu đồng, xã hội hóa 67,6 triệu đồng", "không quá 0,3%", "từ 98% trở lên",
          "mức độ 1", "Số: 112/BC-THCSLL"])

# ---------------------------------------------------------------- 6 clean (news)
def a_ttyt():
    check(pct("1.912", "1.987") == D("96,2") and D("96,2") >= 95, "ttyt 96,2")
    check(pct("1.774", "1.851") == D("95,8"), "ttyt 95,8")
    check(pct("2.436", "2.400") - 100 == D("1,5"), "ttyt vượt 1,5%")
    check(D("17,6") <= 18, "ttyt stunting")
    check(pct("46,35", 64) == D("72,4"), "ttyt 72,4 mid-year")
    check(len("Hợp Châu, Đại Đình, Tam Quan, Đạo Trù, Yên Dương, Bồ Lý, Minh Quang".split(",")) == 7, "ttyt 7 trạm")
    check(2025 - 1955 == 70, "ttyt anniversary")
    check(len(["Hợp Châu", "Đại Đình", "Tam Quan"]) == 3, "ttyt 3 trạm after list")
DOCS["tin_ttyt_kv_songlobac_tcmr_2025"] = dict(
    genre="tin_hoi_nghi", asserts=a_ttyt, planted=[],
    near=["Lượt xem: 1.284", "15:42 ngày 16/12/2025", "từ 8h00 đến 11h30", "7 trạm y tế: Hợp Châu, Đại Đình, Tam Quan, Đạo Trù, Yên Dương, Bồ Lý và Minh Quang",
          "1.912/1.987 trẻ dưới 1 tuổi, đạt 96,2%, đạt chỉ tiêu kế hoạch (từ 95% trở lên)", "95,8% (1.774 trẻ/1.851 trẻ sinh ra sống)",
          "từ 30/5-7/6", "vượt 1,5% so với danh sách đăng ký (2.400 trẻ)", "giảm 62%", "giảm còn 17,6%, thấp hơn chỉ tiêu không quá 18%",
          "ngày 25 hằng tháng", "trên 12 km", "bằng 72,4% dự toán cả năm (64 triệu đồng)", "70 năm Ngày Thầy thuốc Việt Nam (27/2/1955-27/2/2025)",
          "3 tập thể và 11 cá nhân", "Hợp Châu, Đại Đình và Tam Quan là 3 trạm", "trên 98%", "từ 96% trở lên", "7/7 trạm trước quý III/2026", "Bình luận (0)"])

# ---------------------------------------------------------------- 7
def a_ca():
    check(19 - 14 == 5 and pct(5, 19) == D("26,3"), "ca 26,3")
    check(pct(12, 14) == D("85,7") and D("85,7") > 80, "ca 85,7")
    check(16 != 14 and 9 <= 14, "ca 16 planted")
    check(4 + 3 + 3 == 10 and 10 != 9, "ca tngt planted")
    check(4 != 3, "ca 4 names vs 3 planted")
    check(pct("1.206", "1.200") == D("100,5"), "ca 100,5")
    check(pct(7, 10, 0) == 70 and 70 < 100, "ca vượt planted")
    check(309 + 3 == 312, "ca tin bao")
    check(291 <= 344, "ca tam tru subset")
DOCS["bc_congan_xa_yenphong_t11_2025"] = dict(
    genre="bao_cao", asserts=a_ca,
    planted=[
        P("figure-inconsistent", "Trong số 16 vụ phạm tội xảy ra", "the same paragraph states 14 vụ phạm tội (and 12/14 solved)"),
        P("sum-mismatch", "Tai nạn giao thông: 9 vụ", "breakdown after 'gồm' gives 4 + 3 + 3 = 10 vụ"),
        P("count-mismatch", "đã xử lý 3 đối tượng", "3 announced, 4 persons named"),
        P("target-status-mismatch", "đạt 70%, vượt kế hoạch", "7 of a planned 10 (70%) is below plan, not 'vượt'"),
    ],
    near=["giảm 5 vụ (26,3%) so với cùng kỳ năm 2024 (19 vụ)", "12/14 vụ, đạt 85,7%, vượt chỉ tiêu giao (trên 80%)", "trộm cắp tài sản vẫn chiếm phần lớn (9 vụ)",
          "QL18", "ĐT 295", "1.286,45 triệu đồng", "5 vụ/7 đối tượng", "tạm trú 344 trường hợp, trong đó 291 người lao động ngoại tỉnh",
          "đạt 100,5% kế hoạch tháng cao điểm (1.200 thẻ)", "0,85 kg", "tổ số 3", "24/24 giờ", "312 tin báo", "(30/12/2025-01/01/2026)",
          "trên cả 3 tiêu chí", "Số: 236/BC-CAX", "khoảng 6.800 người"])

# ---------------------------------------------------------------- 8
def a_htx():
    check(79 + 8 == 87 and 71 + 16 == 87, "htx members")
    check(pct(71, 87) == D("81,6"), "htx 81,6")
    check(pct("4.127,6", "4.000") == D("103,2"), "htx 103,2")
    check(D("4.127,6") - D("3.842,1") == D("285,5"), "htx profit")
    pr = D("256,9")
    for s, v in [(30, "77,1"), (10, "25,7"), (45, "115,6"), (15, "38,5")]:
        check(rnd(pr * s / 100) == D(v), f"htx share {s}")
    check(D("77,1") + D("25,7") + D("115,6") + D("38,5") == pr, "htx shares sum to profit")
    check(30 + 10 + 45 + 20 == 105, "htx planted 20% -> 105%")
    check(rnd(D("1.305") / 87, 0) == 15, "htx average capital")
    check(64 + 5 + 4 == 73 and 73 > 71, "htx vote planted")
    check(5 != 4, "htx count planted")
DOCS["bb_dhtv_htx_thanhcong_2025"] = dict(
    genre="bien_ban", asserts=a_htx,
    planted=[
        P("percent-mismatch", "Chia theo vốn góp 20% (38,5 triệu đồng)", "38,5/256,9 = 15%; with 20% the shares add to 105%"),
        P("figure-inconsistent", "vốn điều lệ hiện có 1.350 triệu đồng", "vốn điều lệ stated earlier as 1.305 triệu đồng (= 15 triệu × 87)"),
        P("count-mismatch", "Đại hội thống nhất 4 nội dung", "4 announced, 5 numbered items (1)-(5) follow"),
        P("vote-mismatch", "tán thành 64 thành viên", "64 + 5 + 4 = 73 votes, but only 71 members present"),
    ],
    near=["7 giờ 30 phút", "thôn 3, xã Thành Công", "79 thành viên cá nhân và 8 thành viên", "Có mặt 71 thành viên (đạt 81,6%), vắng 16 thành viên",
          "bằng 103,2% kế hoạch (4.000 triệu đồng)", "lợi nhuận trước thuế 285,5 triệu đồng", "312 ha lúa vụ xuân và 298 ha vụ mùa",
          "bình quân 15 triệu đồng/thành viên", "30% (77,1 triệu đồng)", "45% (115,6 triệu đồng)", "tăng 6% so với năm 2025",
          "1,2 triệu đồng/ha", "71/71 thành viên có mặt tán thành (100%)", "Kết nạp 5 thành viên mới", "tăng lên 1.500 triệu đồng"])

# ---------------------------------------------------------------- 9 clean
def a_bql():
    rows = [("24,60", "19,85", "80,7"), ("58,30", "31,42", "53,9"), ("71,25", "52,16", "73,2"), ("12,80", "9,44", "73,8"), ("19,50", "9,00", "46,2")]
    for k, g, r in rows: check(pct(g, k) == D(r), f"bql row {g}")
    check(sum(D(k) for k, _, _ in rows) == D("186,45"), "bql plan sum")
    check(sum(D(g) for _, g, _ in rows) == D("121,87"), "bql disb sum")
    check(pct("121,87", "186,45") == D("65,4"), "bql total pct")
    check(len(rows) == 5, "bql 05 du an")
    check(pct("38.420", "36.000") == D("106,7"), "bql 106,7")
    check(pct("2,184", "2,4") == D("91,0"), "bql 91,0")
    check((31 - 20 + 1) + 5 == 17, "bql 20/7-05/8 = 17 days")
DOCS["bc_bqlda_muongkhoa_giaingan_9t_2025"] = dict(
    genre="bao_cao", asserts=a_bql, planted=[],
    near=["Quyết định số 1587/QĐ-UBND ngày 14/3/2025", "186,45 tỷ đồng cho 05 dự án", "bằng 65,4% kế hoạch vốn năm", "Km3 - Km7", "9,44\t73,8",
          "Cộng\t186,45\t121,87\t65,4", "2 công trình: Trường Tiểu học Hòa Phú và Trạm y tế xã Mường Khoa", "quý IV/2025",
          "bằng 106,7% khối lượng thiết kế (36.000 m3)", "cơn bão số 3", "11 hộ", "bằng 91,0% dự toán được duyệt năm 2025 (2,4 tỷ đồng)",
          "từ 20/7 đến 05/8", "17 ngày", "tăng 8-12%", "từ 95% kế hoạch vốn trở lên", "từ 30 ngày trở lên", "(8 phòng học)"])

# ---------------------------------------------------------------- 10
def a_so():
    check(pct("4.860", "5.000") == D("97,2"), "so 97,2")
    check(4215 + 645 == 4860 and 4680 != 4860, "so breakdown / planted 4.680")
    check(pct("1,42", "1,2") == D("118,3"), "so 118,3")
    check(rnd(D("412.600") / 3120) == D("132,2"), "so 132,2")
    check(12300 > 11950 and 3120 <= 11950, "so part>whole planted")
    check(D("54,6") < 55, "so verdict planted")
    check(pct(17, 86 + 17) == D("16,5"), "so 16,5")
    check(pct("4,36", 4) == D("109,0") and D("106,9") != D("109,0"), "so 106,9 planted")
DOCS["bc_so_nnmt_trongrung_2025"] = dict(
    genre="bao_cao", asserts=a_so,
    planted=[
        P("figure-inconsistent", "tập trung mới trong năm là 4.680 ha", "lead says 4.860 ha (= 4.215 + 645); body says 4.680 ha"),
        P("part-exceeds-whole", "nêu trên là 12.300 ha", "certified area 'in the above' 11.950 ha of harvest-age plantations is 12.300 ha"),
        P("target-status-mismatch", "Tỷ lệ che phủ rừng đạt 54,6%, vượt chỉ tiêu", "54,6% is below the 55% target, not 'vượt'"),
        P("percent-mismatch", "đạt 106,9%", "4,36/4 = 109,0%, not 106,9%"),
    ],
    near=["đạt 97,2% kế hoạch (5.000 ha)", "rừng sản xuất 4.215 ha, rừng phòng hộ 645 ha", "1,42 triệu cây so với kế hoạch 1,2 triệu cây, đạt 118,3%",
          "bình quân 91%", "trên chỉ tiêu", "năm thứ 2, 3 là 9.870 ha", "bình quân 132,2 m3/ha", "4 tổ hợp tác", "giảm 17 vụ (16,5%) so với năm 2024",
          "3,75 ha", "86,42 tỷ đồng", "Nghị định 58/2024/NĐ-CP", "mùa khô 2024-2025 kéo dài (tháng 11 đến tháng 4)", "từ 55% trở lên", "Số: 2741/BC-SNNMT"])

# ---------------------------------------------------------------- 11
def a_du():
    check(19 + 8 == 27, "du attendance")
    names = "Trần Văn Lộc, Phan Thị Mỹ, Võ Đình Nhân, Huỳnh Văn Sang, Đoàn Thị Kiều, Ngô Minh Trí, Hồ Văn Thạch".split(", ")
    check(len(names) == 7 and 7 != 8, "du absentees planted")
    check(19 + 12 == 31 and 31 != 33, "du total delegates planted")
    check(pct(37, 50) == D("74,0") and 50 - 37 == 13, "du kết nạp")
    check(pct("186,2", 229) == D("81,3"), "du 81,3")
    check(pct("1.388", "1.412") == D("98,3") and D("97,3") != D("98,3"), "du 97,3 planted")
    check(18 + 1 == 19 and pct(18, 27) == D("66,7") and 18 * 2 > 27, "du quy che passes")
    check(13 + 6 == 19 and pct(13, 19) == D("68,4") and not (13 * 2 > 27), "du NQ not passed planted")
DOCS["bb_hnbch_danguy_phuong_hoaxuan_t10_2025"] = dict(
    genre="bien_ban", asserts=a_du,
    planted=[
        P("absentee-count-mismatch", "Vắng 8 đồng chí (có lý do)", "8 announced (19 + 8 = 27 is right) but 7 names follow"),
        P("attendance-mismatch", "Tổng số đại biểu dự hội nghị: 33 đồng chí", "19 ủy viên present + 12 invited = 31, not 33"),
        P("percent-mismatch", "đạt 97,3%", "1.388/1.412 = 98,3%"),
        P("resolution-not-passed", "tán thành 13/19 đồng chí có mặt (68,4%)", "13 of 27 BCH members is not more than half; the resolution is declared adopted"),
    ],
    near=["14h00", "Khóa I, nhiệm kỳ 2025-2030", "tổng số ủy viên BCH Đảng bộ: 27 đồng chí", "Có mặt: 19 đồng chí", "12 đồng chí là bí thư",
          "đạt 74,0% chỉ tiêu năm (50 đảng viên)", "bằng 81,3% dự toán năm (229 triệu đồng)", "84,6 tỷ đồng, bằng 88,1% dự toán", "tăng 11,2% so với cùng kỳ",
          "tổ dân phố 14 và 21", "(ngày 14-15/10)", "lần thứ 2", "9 lượt ý kiến", "(còn 23 hộ chưa bàn giao)",
          "18/19 đồng chí có mặt tán thành, bằng 66,7% tổng số ủy viên Ban Chấp hành", "(13 đảng viên)", "4 tổ chức đảng", "17h10", "quý IV/2025"])

# ---------------------------------------------------------------- 12
def a_cb():
    check(31 + 2 == 33 and 33 != 34, "cb total planted")
    check(22 + 2 == 24 and 24 + 10 == 34 and 5 + 5 == 10, "cb presence")
    check(len("Trịnh Văn Bảy, Lê Thị Ánh, Võ Quốc Hùng, Dương Văn Chiến, Mạc Thị Sáu".split(", ")) == 5, "cb 5 named")
    check(pct(586, 612) == D("95,8") and D("94,8") != D("95,8"), "cb 94,8 planted")
    check(D("96,5") - 90 == D("6,5"), "cb vượt dự toán")
    check(4 != 3, "cb 03 nhiem vu planted")
    check(13 + 9 == 22 and pct(13, 22) == D("59,1"), "cb 59,1")
    for official in (31, 32, 26, 27):   # whichever base, 13 is not more than half
        check(not (13 * 2 > official), f"cb NQ not passed for base {official}")
DOCS["bb_chibo_khupho7_tanthanh_t11_2025"] = dict(
    genre="bien_ban", asserts=a_cb,
    planted=[
        P("attendance-mismatch", "chính thức: 31 đ/c; dự bị: 2 đ/c", "31 + 2 = 33, but the chi bộ has 34 members (24 present + 10 absent)"),
        P("percent-mismatch", "chiếm 94,8%", "586/612 households = 95,8%"),
        P("count-mismatch", "thống nhất 03 nhiệm vụ trọng tâm", "3 announced, 4 bullets follow"),
        P("resolution-not-passed", "13/22 đồng chí chính thức có mặt tán thành (59,1%)", "13 is not more than half of the chi bộ's 31–32 official members (even excluding the 5 exempted); declared adopted"),
    ],
    near=["19 giờ 30", "tổ dân phố số 5 cũ", "trong đó 5 đ/c được miễn sinh hoạt", "Có mặt: 24 đ/c (22 chính thức, 2 dự bị)",
          "Vắng: 10 đ/c, gồm 5 đ/c miễn sinh hoạt và 5 đ/c có lý do", "Hướng dẫn số 12-HD/ĐU", "đạt 100%;", "612 hộ với 2.305 nhân khẩu",
          "tăng 3 hộ so với cùng kỳ", "hẻm 42 được 96,5 triệu đồng, vượt dự toán 6,5 triệu đồng (dự toán 90 triệu đồng)", "9 tháng đầu năm",
          "(dự kiến 16/11, đã lùi sang 07/12 do mưa lớn)", "trước ngày 10/12", "Có 7 ý kiến", "hẻm 42, 58 và 60", "12 tháng dự bị (đến 20/01/2026)",
          "21 giờ 15 phút"])

# ---------------------------------------------------------------- 13 clean (thông báo kết luận)
def a_tb():
    check(17 + 2 == 19, "tb tieu chi")
    check(pct(64, "3.556") == D("1,8") and D("1,8") <= 2, "tb ho ngheo")
    check(D("58,6") < 62 and D("87,2") < 90 and D("95,4") >= 95, "tb verdicts")
    check(2100 + D("876,75") + 450 == D("3.426,75"), "tb money")
    check(pct("2.958,4", "3.426,75") == D("86,3"), "tb 86,3")
    check(1 + 2 + 1 + 1 == 5, "tb 5 attendees: PCT + 2 trưởng phòng + GĐ + Trưởng CA")
DOCS["tb_ketluan_ubnd_xa_anthinh_ntm_2025"] = dict(
    genre="bao_cao", asserts=a_tb, planted=[],
    near=["Số: 214/TB-UBND", "Tham dự có 5 đồng chí", "17/19 tiêu chí", "còn 2 tiêu chí chưa đạt là tiêu chí số 10 (thu nhập) và tiêu chí số 17",
          "58,6 triệu đồng/người/năm, so với yêu cầu từ 62 triệu đồng trở lên thì chưa đạt", "tăng 4,1 triệu đồng so với năm 2024",
          "1,8% (64/3.556 hộ), đạt yêu cầu không quá 2%", "87,2%, chưa đạt yêu cầu (từ 90% trở lên)", "95,4%, đạt yêu cầu (từ 95% trở lên)",
          "3.426,75 triệu đồng, gồm: ngân sách tỉnh 2.100 triệu đồng, ngân sách xã 876,75 triệu đồng, nhân dân đóng góp 450 triệu đồng",
          "bằng 86,3% tổng nguồn vốn", "45 hộ", "20/11-25/11", "tiêu chí số 16", "thôn 4 và thôn 11", "tiêu chí số 19", "1,2 km",
          "16 giờ 00 ngày thứ Sáu", "tuần thứ 2 của tháng 11"])

# ---------------------------------------------------------------- 14
def a_hnd():
    check(pct("1.842", "3.214") == D("57,3") and D("57,3") < 60, "hnd 57,3 below 60 (verdict planted)")
    check(1824 != 1842, "hnd figure planted")
    check(41 > 38, "hnd part>whole planted")
    check(pct(418, 436) == D("95,9") and D("96,9") != D("95,9"), "hnd 96,9 planted")
    check(3 != 4, "hnd count planted")
    check(3214 <= 3407, "hnd households <= members")
DOCS["tin_hnd_xa_quanghoa_tongket_2025"] = dict(
    genre="tin_hoi_nghi", asserts=a_hnd,
    planted=[
        P("target-status-mismatch", "chiếm 57,3%, vượt chỉ tiêu", "1.842/3.214 = 57,3% (correct), but the target is 'từ 60% trở lên', so not 'vượt'"),
        P("part-exceeds-whole", "41 tổ đã ký hợp đồng", "41 of 'these' 38 tổ hợp tác (stated in an earlier sentence)"),
        P("percent-mismatch", "đạt 96,9%", "418/436 = 95,9%"),
        P("figure-inconsistent", "bám sát 1.824 hộ", "headline and body say 1.842 hộ sản xuất, kinh doanh giỏi"),
        P("count-mismatch", "khen thưởng 4 tập thể", "4 announced, 3 listed after the colon"),
    ],
    near=["Đăng ngày: 19/12/2025 09:17", "Lượt xem: 356", "96 đại biểu", "12 chi hội với 3.407 hội viên", "có 3.214 hộ hội viên đăng ký",
          "lần thứ XII", "(từ 60% trở lên)", "86,5 ha", "168 triệu đồng/ha, tăng 12,4% so với cùng kỳ", "Xã hiện có 38 tổ hợp tác",
          "1.650 triệu đồng, đang cho 57 hộ vay", "418 triệu đồng/436 triệu đồng", "21 tổ tiết kiệm", "48,37 tỷ đồng", "năm thứ 3 liên tiếp",
          "15 cá nhân", "giai đoạn 2021-2025", "kết nạp 120 hội viên mới, có ít nhất 60% hộ hội viên", "lần thứ 2 trong hai ngày 24-25/01/2026"])

CODES = {"percent-mismatch", "sum-mismatch", "figure-inconsistent", "attendance-mismatch", "resolution-not-passed", "part-exceeds-whole",
         "absentee-count-mismatch", "target-status-mismatch", "vote-mismatch", "count-mismatch"}

def main():
    txts = sorted(f[:-4] for f in os.listdir(ROOT) if f.endswith('.txt'))
    check(set(txts) == set(DOCS), f"txt files vs DOCS differ: {set(txts) ^ set(DOCS)}")
    check(len(DOCS) == 14, "need 14 docs")
    nclean = 0
    counts = {}
    for name, d in DOCS.items():
        path = os.path.join(ROOT, name + '.txt')
        raw = open(path, 'rb').read()
        s = raw.decode('utf-8')
        check(unicodedata.normalize('NFC', s) == s, f"{name}: not NFC")
        check('\r' not in s and '\ufeff' not in s, f"{name}: CR/BOM")
        n = len(s)
        check(2000 <= n <= 3500, f"{name}: length {n}")
        check(d["genre"] in ("bien_ban", "bao_cao", "tin_hoi_nghi"), f"{name}: genre")
        clean = not d["planted"]
        nclean += clean
        if not clean:
            check(3 <= len(d["planted"]) <= 5, f"{name}: planted count {len(d['planted'])}")
        spans = []
        for p in d["planted"]:
            check(p["code"] in CODES, f"{name}: bad code {p['code']}")
            c = s.count(p["text"])
            check(c == 1, f"{name}: planted span occurs {c}x: {p['text']!r}")
            check(any(ch.isdigit() for ch in p["text"]), f"{name}: planted span without number: {p['text']!r}")
            i = s.find(p["text"]); spans.append((i, i + len(p["text"])))
            counts.setdefault(p["code"], 0); counts[p["code"]] += 1
        for t in d["near"]:
            c = s.count(t)
            check(c == 1, f"{name}: near-miss span occurs {c}x: {t!r}")
            i = s.find(t)
            for a, b in spans:   # a near-miss must not overlap a planted span
                if c == 1 and i < b and a < i + len(t):
                    check(False, f"{name}: near-miss overlaps planted: {t!r}")
        d["asserts"]()
        out = {"genre": d["genre"], "clean": clean, "planted": d["planted"], "officials": []}
        with open(os.path.join(ROOT, name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    check(nclean == 4, f"clean docs = {nclean}")
    check(set(counts) == CODES, f"codes not covered: {CODES - set(counts)}")
    if ERR:
        print("FAILED:"); [print(" -", e) for e in ERR]; sys.exit(1)
    print("OK", len(DOCS), "docs,", sum(counts.values()), "planted")
    for k in sorted(counts): print(f"  {k}: {counts[k]}")
    for name, d in DOCS.items():
        print(f"  {name}\t{d['genre']}\t{len(d['planted'])}\t{len(d['near'])} near\t{len(open(os.path.join(ROOT, name + '.txt'), encoding='utf-8').read())} chars")

if __name__ == '__main__':
    main()
