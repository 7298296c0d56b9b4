#!/usr/bin/env python3
"""Build and validate bank_c (round 7): 30 short documents, 20 with exactly one planted problem,
10 clean near-miss documents. Writes <name>.txt and <name>.expected.json next to src/.
Exits 1 on any problem."""
import json
import os
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERRORS = []


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


def pct(a, b, dec):
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    v = (Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP)
    return str(v).replace(".", ",")


def decimals(s):
    s = s.rstrip("%")
    return len(s.split(",")[1]) if "," in s else 0


def run_checks(name, text, checks):
    for c in checks:
        kind = c[0]
        if kind == "P":  # correct percentage a/b printed as s, s occurs in text
            _, a, b, s = c
            got = pct(a, b, decimals(s))
            if got != s.rstrip("%"):
                err(name, f"pct {a}/{b} = {got}, printed {s}")
            if s not in text:
                err(name, f"pct string {s!r} not in text")
        elif kind == "BP":  # planted wrong percentage
            _, a, b, s = c
            if pct(a, b, decimals(s)) == s.rstrip("%"):
                err(name, f"planted pct {a}/{b} {s} is actually right")
        elif kind == "S":  # parts sum to total
            _, total, parts = c
            if sum(parts) != total:
                err(name, f"sum {parts} = {sum(parts)} != {total}")
        elif kind == "NS":  # planted: parts do not sum
            _, total, parts = c
            if sum(parts) == total:
                err(name, f"planted sum {parts} is actually {total}")
        elif kind == "LE":  # part <= whole
            _, part, whole = c
            if part > whole:
                err(name, f"{part} > {whole}")
        elif kind == "GT":  # planted: part > whole
            _, part, whole = c
            if not part > whole:
                err(name, f"planted {part} not > {whole}")
        elif kind == "IN":
            for s in c[1:]:
                if s not in text:
                    err(name, f"{s!r} not in text")
        elif kind == "T":  # boolean assertion
            _, ok, msg = c
            if not ok:
                err(name, "assertion failed: " + msg)
        else:
            err(name, f"unknown check {kind}")


DOCS = []


def doc(name, genre, lines, planted=None, near=(), checks=()):
    DOCS.append(dict(name=name, genre=genre, lines=lines, planted=planted, near=list(near), checks=list(checks)))


# ---------------------------------------------------------------- planted documents

doc("bb_kiemphieu_chiuy_thon_nalay", "bien_ban", [
    "CHI BỘ THÔN NÀ LẠY – ĐẠI HỘI NHIỆM KỲ 2025-2027",
    "BIÊN BẢN KIỂM PHIẾU bầu Chi ủy Chi bộ nhiệm kỳ 2025 - 2027",
    "Ban kiểm phiếu gồm 03 đ/c: Đ/c Hoàng Văn Sình – Trưởng ban; đ/c Nông Thị Lượt – UV; đ/c Lục Văn Toàn – UV.",
    "Tổng số đảng viên chính thức được triệu tập: 24 đ/c. Số đảng viên chính thức có mặt lúc bầu cử: 23 đ/c, vắng 01 đ/c (đ/c Nông Văn Khẩu, ốm).",
    "Số phiếu phát ra: 23 phiếu; số phiếu thu vào: 23 phiếu. Số phiếu hợp lệ: 22 phiếu; Số phiếu không hợp lệ: 02 phiếu (gạch quá số lượng).",
    "Kết quả (xếp theo vần A, B, C): 1. Hoàng Văn Dũng: 21 phiếu = 95,45%; 2. Lục Thị Hằng: 20 phiếu = 90,91%; 3. Nông Văn Phúc: 03 phiếu = 13,64% (tỷ lệ so với số phiếu hợp lệ).",
    "Căn cứ số lượng Chi ủy Đại hội đã biểu quyết là 02 đ/c, các đ/c trúng cử: Hoàng Văn Dũng, Lục Thị Hằng.",
    "Biên bản lập xong hồi 10 giờ 15 phút cùng ngày, đã đọc trước Đại hội./.",
], planted=("vote-mismatch", "Số phiếu không hợp lệ: 02 phiếu",
            "Phiếu thu vào 23 but hợp lệ 22 + không hợp lệ 02 = 24."),
    near=["vắng 01 đ/c", "21 phiếu = 95,45%"],
    checks=[("S", 24, [23, 1]), ("NS", 23, [22, 2]), ("P", 21, 22, "95,45%"), ("P", 20, 22, "90,91%"),
            ("P", 3, 22, "13,64%"), ("LE", 21 + 20 + 3, 22 * 2), ("T", 2 == len(["Hoàng Văn Dũng", "Lục Thị Hằng"]), "2 elected")])

doc("bb_kiemphieu_bch_cdcs_thcs_lehongphong", "bien_ban", [
    "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS LÊ HỒNG PHONG",
    "BIÊN BẢN KIỂM PHIẾU BẦU BCH CĐCS KHÓA VIII, NHIỆM KỲ 2025 – 2030",
    "Tổng số đoàn viên: 45; có mặt tại Đại hội: 42 đ/c. Đại hội biểu quyết số lượng BCH: 05 đ/c; danh sách bầu cử gồm 06 đ/c.",
    "- Số phiếu phát ra: 42 phiếu, thu về: 42 phiếu",
    "- Phiếu hợp lệ: 42; không hợp lệ: 0",
    "Kết quả: đ/c Trịnh Thu Hà 41 phiếu (97,62%); đ/c Mai Văn Lộc 40 phiếu (95,24%); đ/c Đỗ Thị Yến 39 phiếu (92,86%); đ/c Vũ Đình Khang 37 phiếu = 90,48%; đ/c Phạm Thị Nga 35 phiếu (83,33%); đ/c Lưu Minh Tâm 18 phiếu (42,86%).",
    "(Tỷ lệ % tính trên số phiếu hợp lệ). Các đ/c trúng cử BCH: Trịnh Thu Hà, Mai Văn Lộc, Đỗ Thị Yến, Vũ Đình Khang, Phạm Thị Nga.",
    "T/M Ban kiểm phiếu – Trưởng ban Hồ Thị Lan (đã ký).",
], planted=("vote-mismatch", "37 phiếu = 90,48%",
            "Vote share over the 42 valid ballots: 37/42 = 88,10%, not 90,48% (that would be 38/42)."),
    near=["41 phiếu (97,62%)", "Tổng số đoàn viên: 45"],
    checks=[("P", 41, 42, "97,62%"), ("P", 40, 42, "95,24%"), ("P", 39, 42, "92,86%"), ("BP", 37, 42, "90,48%"),
            ("P", 35, 42, "83,33%"), ("P", 18, 42, "42,86%"), ("LE", 41 + 40 + 39 + 37 + 35 + 18, 42 * 5)])

doc("tin_daihoi_dangbo_xa_tamthanh", "tin_hoi_nghi", [
    "Đại hội đại biểu Đảng bộ xã Tam Thanh lần thứ I, nhiệm kỳ 2025 – 2030",
    "Trong 2 ngày 18 – 19/8/2025, Đảng bộ xã Tam Thanh tổ chức Đại hội đại biểu lần thứ I. Dự Đại hội có 148/150 đại biểu chính thức được triệu tập, đại diện cho 1.236 đảng viên của 41 chi, đảng bộ trực thuộc.",
    "Đại hội đã thảo luận, thống nhất số lượng Ban Chấp hành Đảng bộ xã khóa I là 27 đồng chí. Tổng số phiếu phát ra 148, thu về 148, trong đó 146 phiếu hợp lệ, 02 phiếu không hợp lệ.",
    "Kết quả, 27 đồng chí trúng cử Ban Chấp hành với số phiếu từ 79,45% trở lên (so với phiếu hợp lệ); đồng chí Lò Văn Thiện, Bí thư Đảng ủy xã, có số phiếu cao nhất với 147 phiếu.",
    "Tại phiên bế mạc, Đại hội bầu 12 đại biểu chính thức và 01 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I. Nghị quyết Đại hội được 148/148 đại biểu biểu quyết tán thành (đạt 100%).",
], planted=("vote-mismatch", "147 phiếu",
            "A candidate's 147 votes exceed the 146 valid ballots (148 thu về − 02 không hợp lệ)."),
    near=["148/150 đại biểu", "từ 79,45% trở lên"],
    checks=[("S", 148, [146, 2]), ("P", 116, 146, "79,45%"), ("GT", 147, 146), ("P", 148, 148, "100%")])

doc("bb_kyhop_hdnd_phuong_namson", "bien_ban", [
    "HĐND PHƯỜNG NAM SƠN – KỲ HỌP THỨ NĂM (chuyên đề)",
    "Đại biểu HĐND phường: tổng số 25 đ/c; có mặt 18 đ/c; vắng 07 đ/c (có lý do, có danh sách kèm theo).",
    "Chủ tọa: đ/c Cao Văn Quyết – Chủ tịch HĐND phường. Thư ký kỳ họp: đ/c Tạ Thị Mơ.",
    "Kỳ họp xem xét 02 tờ trình của UBND phường: (1) điều chỉnh kế hoạch đầu tư công năm 2025; (2) đặt tên 03 tuyến đường tại tổ dân phố 7.",
    "Biểu quyết Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2025: 12/18 đại biểu có mặt tán thành (66,67%), 04 không tán thành, 02 không biểu quyết.",
    "Biểu quyết Nghị quyết đặt tên đường: 18/18 đại biểu có mặt tán thành, bằng 72% tổng số đại biểu HĐND phường.",
    "Chủ tọa kết luận: cả 02 Nghị quyết đã được kỳ họp thông qua. Kỳ họp bế mạc lúc 11 giờ 20 cùng ngày.",
], planted=("resolution-not-passed", "12/18 đại biểu có mặt tán thành (66,67%)",
            "HĐND resolutions need more than half of all 25 deputies (≥ 13); 12 approvals is 48% of the total, yet declared passed."),
    near=["18/18 đại biểu có mặt tán thành, bằng 72%", "02 tờ trình"],
    checks=[("S", 25, [18, 7]), ("S", 18, [12, 4, 2]), ("P", 12, 18, "66,67%"), ("T", not 12 > 25 / 2, "12 not majority"),
            ("P", 18, 25, "72%"), ("T", 18 > 25 / 2, "18 majority")])

doc("bb_chibo_xet_ketnap_ap_tanquy", "bien_ban", [
    "ĐẢNG BỘ XÃ HƯNG MỸ – CHI BỘ ẤP TÂN QUY",
    "BIÊN BẢN họp chi bộ xét, đề nghị kết nạp quần chúng Lâm Thị Kiều vào Đảng",
    "Tổng số đảng viên của chi bộ: 19 (chính thức 16, dự bị 03). Có mặt: 14 đ/c (chính thức 11, dự bị 03); vắng 05 đ/c chính thức (03 có lý do – đi làm ăn xa; 02 không lý do).",
    "Chi bộ nghe đ/c Huỳnh Văn Bé – đảng viên được phân công giúp đỡ – báo cáo lý lịch, quá trình phấn đấu của quần chúng; ý kiến nhận xét của Chi đoàn và Ban công tác Mặt trận ấp.",
    "Biểu quyết (bỏ phiếu kín): 7/11 đồng chí chính thức có mặt tán thành (63,64%), 04 đ/c không tán thành. Đảng viên dự bị không biểu quyết.",
    "Kết luận: quần chúng Lâm Thị Kiều đủ điều kiện, chi bộ thống nhất đề nghị Đảng ủy xã xem xét, quyết định kết nạp.",
], planted=("resolution-not-passed", "7/11 đồng chí chính thức có mặt tán thành (63,64%)",
            "Declared passed with 7 approvals: 7/16 official members = 43,75% (not more than half, far from the 2/3 ≥ 11 required for admission); even over the 11 present 7 < 2/3."),
    near=["Đảng viên dự bị không biểu quyết", "vắng 05 đ/c"],
    checks=[("S", 19, [16, 3]), ("S", 14, [11, 3]), ("S", 19, [14, 5]), ("S", 11, [7, 4]), ("P", 7, 11, "63,64%"), ("S", 5, [3, 2]),
            ("T", not 7 > 16 / 2 and 7 * 3 < 11 * 2, "7 of 16 / of 11 fails")])

doc("bb_shcb_khupho6_t10_2025", "bien_ban", [
    "CHI BỘ KHU PHỐ 6 – BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2025",
    "Thời gian: 19h30 ngày 08/10/2025, tại nhà văn hóa KP6.",
    "Tổng số đảng viên: 28 đ/c (chính thức: 25; dự bị: 03). Miễn sinh hoạt: 02 đ/c (Lê Văn Cư, Đinh Thị Hảo).",
    "Có mặt: 23/26 đ/c phải dự. Vắng 04 đ/c: có lý do 02 (đ/c Trương Quý – đi công tác; đ/c Hà Thị Sen – ốm), không lý do 02 (đ/c Phí Minh, đ/c Kha Văn Tú).",
    "Chủ trì: đ/c Võ Thanh Bình – Bí thư. Thư ký: đ/c Lê Thị Ngọc.",
    "Nội dung: đánh giá kết quả tháng 9; quán triệt Kế hoạch kiểm điểm, đánh giá, xếp loại năm 2025; triển khai nhiệm vụ tháng 10.",
    "Nghị quyết tháng được đảng viên chính thức có mặt nhất trí 100%. Buổi sinh hoạt kết thúc lúc 21h10.",
], planted=("attendance-mismatch", "Có mặt: 23/26",
            "26 phải dự (28 − 02 miễn SH) with 04 named absentees leaves 22 present; 23 + 04 = 27 ≠ 26."),
    near=["Miễn sinh hoạt: 02 đ/c", "có lý do 02"],
    checks=[("S", 28, [25, 3]), ("S", 26, [28, -2]), ("S", 4, [2, 2]), ("NS", 26, [23, 4])])

doc("bb_daihoi_chibo_cty_capnuoc_songda", "bien_ban", [
    "CHI BỘ CÔNG TY CP CẤP NƯỚC SÔNG ĐÀ – ĐẠI HỘI NHIỆM KỲ 2025 – 2027",
    "BIÊN BẢN ĐẠI HỘI (phiên thứ nhất)",
    "Đảng viên được triệu tập: 42 đ/c, trong đó chính thức 38, dự bị 04.",
    "Có mặt: 39 đồng chí (chính thức: 36; dự bị: 04). Vắng: 03 đ/c chính thức, có lý do: Đ/c Đặng Quốc Hưng (đi học), Đ/c Bế Thị Thu (nghỉ thai sản), Đ/c Ma Văn Linh (công tác tại Lào).",
    "Đoàn Chủ tịch: 03 đ/c; Thư ký Đại hội: 02 đ/c; Ban thẩm tra tư cách đảng viên: 03 đ/c – được Đại hội biểu quyết tán thành 100%.",
    "Đ/c Triệu Văn Hải thay mặt Chi ủy trình bày Báo cáo chính trị nhiệm kỳ 2022 – 2025: 3/3 năm chi bộ được xếp loại HTTNV trở lên; kết nạp 05 đảng viên mới.",
], planted=("attendance-mismatch", "chính thức: 36",
            "38 chính thức − 03 named official absentees = 35 present; 36 + 04 dự bị = 40 ≠ 39 có mặt."),
    near=["3/3 năm", "Vắng: 03 đ/c chính thức"],
    checks=[("S", 42, [38, 4]), ("S", 42, [39, 3]), ("NS", 39, [36, 4]), ("S", 35, [38, -3])])

doc("bb_shcb_to_thuynong_t11_2025", "bien_ban", [
    "Chi bộ Tổ Thủy nông – Biên bản sinh hoạt chi bộ định kỳ tháng 11 năm 2025",
    "Đảng viên toàn chi bộ 17 đ/c (16 chính thức, 01 dự bị). Dự sinh hoạt: 14 đ/c.",
    "Vắng mặt 03 đồng chí: đ/c Lường Văn Cầm (ốm), đ/c Quàng Thị Xuân (đi tập huấn), đ/c Cà Văn Dín (việc gia đình), đ/c Lò Thị Thoa (trực điểm bơm).",
    "Nội dung: đ/c Bí thư thông báo kết quả kiểm tra của UBKT Đảng ủy xã; đánh giá công tác tưới vụ Đông; cho ý kiến đề nghị xếp loại đảng viên.",
    "Ý kiến: đ/c Lò Văn Hặc đề nghị bổ sung 02 máy bơm dự phòng; đ/c Tòng Thị Lả nêu việc thu đảng phí tháng 11/2025 mới đạt 15/17 đ/c.",
    "Kết luận: thống nhất nội dung nghị quyết tháng 12; đảng viên chính thức có mặt nhất trí 100%.",
], planted=("absentee-count-mismatch", "Vắng mặt 03 đồng chí",
            "Three absentees announced (17 − 14), but four are named (Cầm, Xuân, Dín, Thoa)."),
    near=["15/17 đ/c", "02 máy bơm"],
    checks=[("S", 17, [16, 1]), ("S", 17, [14, 3]), ("T", 4 != 3, "4 names vs 3")])

doc("bb_hnbch_danguy_phuong_tanan_lan6", "bien_ban", [
    "ĐẢNG ỦY PHƯỜNG TÂN AN",
    "BIÊN BẢN HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG (lần thứ 6)",
    "Thành phần: Ủy viên BCH Đảng bộ phường: 15 đ/c; có mặt 13/15 đ/c.\tVắng: 02 đ/c (có lý do)",
    "Đồng chí vắng: Đ/c Kiều Văn Trọng – UV BCH, Trưởng Công an phường (trực cao điểm bảo đảm an ninh).",
    "Chủ trì: đ/c Thái Minh Chánh – Bí thư Đảng ủy. Thư ký: đ/c Vương Thị Kim – Chánh Văn phòng Đảng ủy.",
    "Hội nghị cho ý kiến vào dự thảo báo cáo kiểm điểm tập thể Ban Thường vụ năm 2025; thống nhất đề xuất mức xếp loại \"Hoàn thành tốt nhiệm vụ\" với 12/13 ý kiến, 01 ý kiến đề xuất \"Hoàn thành nhiệm vụ\".",
    "Hội nghị kết thúc hồi 16 giờ 45 phút cùng ngày.",
], planted=("absentee-count-mismatch", "Vắng: 02 đ/c",
            "Two absentees announced (15 − 13), only one named (Kiều Văn Trọng)."),
    near=["12/13 ý kiến"],
    checks=[("S", 15, [13, 2]), ("S", 13, [12, 1])])

doc("bc_xeploai_dangvien_xa_kimson_2025", "bao_cao", [
    "ĐẢNG ỦY XÃ KIM SƠN – BÁO CÁO kết quả đánh giá, xếp loại chất lượng đảng viên năm 2025",
    "Tổng số đảng viên toàn Đảng bộ đến 30/11/2025: 147 đ/c; miễn đánh giá 15 đ/c (đảng viên tuổi cao được miễn sinh hoạt); số đảng viên được đánh giá, xếp loại: 132 đ/c.",
    "Kết quả:",
    "- Hoàn thành xuất sắc nhiệm vụ: 18 đ/c, chiếm 13,64%;",
    "- Hoàn thành tốt nhiệm vụ: 96 đ/c, chiếm 72,73%;",
    "- Hoàn thành nhiệm vụ: 16 đ/c, chiếm 12,21%;",
    "- Không hoàn thành nhiệm vụ: 02 đ/c, chiếm 1,52%.",
    "Số đảng viên HTXSNV bằng 18,75% số đảng viên HTTNV (18/96), bảo đảm không vượt quá 20% theo hướng dẫn.",
], planted=("percent-mismatch", "16 đ/c, chiếm 12,21%",
            "Share over the 132 rated members stated earlier: 16/132 = 12,12%, not 12,21%."),
    near=["18,75%", "miễn đánh giá 15 đ/c"],
    checks=[("S", 147, [132, 15]), ("S", 132, [18, 96, 16, 2]), ("P", 18, 132, "13,64%"), ("P", 96, 132, "72,73%"),
            ("BP", 16, 132, "12,21%"), ("P", 2, 132, "1,52%"), ("P", 18, 96, "18,75%")])

doc("tin_kyhop_hdnd_xa_yenlac_chuyende", "tin_hoi_nghi", [
    "HĐND xã Yên Lạc kiện toàn chức danh Phó Chủ tịch HĐND",
    "Sáng 12/9, HĐND xã Yên Lạc khóa I tổ chức kỳ họp chuyên đề. Dự kỳ họp có 29/30 đại biểu HĐND xã.",
    "Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch HĐND xã đối với bà Đàm Thị Nguyệt do chuyển công tác; 29/29 đại biểu có mặt tán thành, đạt 96,67% tổng số đại biểu.",
    "Với 27 phiếu, đạt 93,33% tổng số đại biểu HĐND xã, ông Hứa Văn Khánh được bầu giữ chức Phó Chủ tịch HĐND xã khóa I, nhiệm kỳ 2021 – 2026.",
    "Kỳ họp cũng thông qua 04 nghị quyết chuyên đề về điều chỉnh dự toán ngân sách, kế hoạch đầu tư công trung hạn, giá dịch vụ xe ra vào chợ và đặt tên 02 cây cầu.",
], planted=("percent-mismatch", "27 phiếu, đạt 93,33%",
            "Share of all 30 deputies: 27/30 = 90,00% (27/29 present = 93,10%); 93,33% would be 28/30."),
    near=["29/29 đại biểu có mặt tán thành, đạt 96,67%", "04 nghị quyết chuyên đề"],
    checks=[("P", 29, 30, "96,67%"), ("BP", 27, 30, "93,33%"), ("BP", 27, 29, "93,33%"),
            ("T", len(["điều chỉnh dự toán", "đầu tư công", "giá dịch vụ", "đặt tên cầu"]) == 4, "4 NQ")])

doc("tb_ketqua_kiemtra_giamsat_xa_phuhuu_2025", "other", [
    "ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ PHÚ HỮU",
    "THÔNG BÁO kết quả thực hiện Chương trình kiểm tra, giám sát năm 2025",
    "Chương trình KT, GS năm 2025 của UBKT Đảng ủy xã đề ra 12 cuộc kiểm tra và 08 cuộc giám sát chuyên đề.",
    "Tính đến ngày 15/12/2025: đã tiến hành 10 cuộc kiểm tra, đạt 88,33% kế hoạch; 08/08 cuộc giám sát, đạt 100%. Ngoài chương trình, UBKT kiểm tra 01 cuộc khi có dấu hiệu vi phạm đối với 01 đảng viên.",
    "02 cuộc kiểm tra còn lại (tài chính đảng tại chi bộ Trường Mầm non và chi bộ ấp Phú Lợi) chuyển sang quý I/2026.",
    "Qua kiểm tra, giám sát: 17 tổ chức đảng và 23 đảng viên được kết luận thực hiện tốt; 02 chi bộ có hạn chế, yêu cầu khắc phục trong tháng 01/2026.",
], planted=("percent-mismatch", "10 cuộc kiểm tra, đạt 88,33%",
            "Whole stated in the previous paragraph (12 cuộc): 10/12 = 83,33%, not 88,33%."),
    near=["08/08 cuộc giám sát, đạt 100%", "02 cuộc kiểm tra còn lại"],
    checks=[("BP", 10, 12, "88,33%"), ("T", pct(10, 12, 2) == "83,33", "83,33"), ("P", 8, 8, "100%"), ("S", 12, [10, 2])])

doc("bc_ubkt_phuong_hoaxuan_kyluat_2025", "bao_cao", [
    "ĐẢNG BỘ PHƯỜNG HÒA XUÂN – ỦY BAN KIỂM TRA",
    "Báo cáo tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025 (trích)",
    "3. Thi hành kỷ luật: các cấp ủy, tổ chức đảng trong Đảng bộ đã thi hành kỷ luật 07 đảng viên vi phạm, cụ thể:",
    "- Khiển trách: 04 đ/c;",
    "- Cảnh cáo: 02 đ/c;",
    "- Khai trừ ra khỏi Đảng: 02 đ/c (01 đ/c vi phạm chính sách dân số, 01 đ/c bị Tòa án tuyên phạt tù).",
    "So với năm 2024 (05 đảng viên bị kỷ luật), tăng 02 trường hợp. UBKT Đảng ủy phường thi hành kỷ luật theo thẩm quyền 03 trường hợp, còn lại do chi bộ thi hành.",
], planted=("sum-mismatch", "07 đảng viên vi phạm",
            "Forms of discipline 04 + 02 + 02 = 08 ≠ 07 announced (07 is backed by '05 … tăng 02')."),
    near=["(01 đ/c vi phạm chính sách dân số, 01 đ/c bị Tòa án tuyên phạt tù)", "tăng 02 trường hợp"],
    checks=[("NS", 7, [4, 2, 2]), ("S", 2, [1, 1]), ("S", 7, [5, 2])])

doc("bc_danhgia_tcd_xa_dongtien_2025", "bao_cao", [
    "ĐẢNG ỦY XÃ ĐỒNG TIẾN – Báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức đảng năm 2025",
    "Đảng bộ xã có 21 chi bộ trực thuộc (12 chi bộ thôn, 06 chi bộ trường học, 03 chi bộ cơ quan, lực lượng vũ trang). 01 chi bộ mới thành lập (Chi bộ Quân sự) chưa đủ 06 tháng nên không đánh giá; số chi bộ được đánh giá, xếp loại: 20.",
    "Mức xếp loại | Số chi bộ | Ghi chú",
    "Hoàn thành xuất sắc nhiệm vụ | 04 | Chi bộ thôn Đông, thôn Trại, Trường THCS, Trạm Y tế",
    "Hoàn thành tốt nhiệm vụ | 13 | ",
    "Hoàn thành nhiệm vụ | 02 | Chi bộ thôn Gò, thôn Bến",
    "Không hoàn thành nhiệm vụ | 0 | ",
    "Tổng cộng | 20 | ",
], planted=("sum-mismatch", "Hoàn thành tốt nhiệm vụ | 13",
            "Table rows 04 + 13 + 02 + 0 = 19 ≠ 20 chi bộ được đánh giá (total row and preceding text)."),
    near=["12 chi bộ thôn, 06 chi bộ trường học, 03 chi bộ cơ quan", "Chi bộ thôn Gò, thôn Bến"],
    checks=[("S", 21, [12, 6, 3]), ("S", 20, [21, -1]), ("NS", 20, [4, 13, 2, 0]),
            ("T", len(["Đông", "Trại", "THCS", "Y tế"]) == 4, "4 names"), ("T", len(["Gò", "Bến"]) == 2, "2 names")])

doc("bc_xaydungdang_phuong_vinhtruong_6thang_2026", "bao_cao", [
    "ĐẢNG ỦY PHƯỜNG VĨNH TRƯỜNG",
    "BÁO CÁO công tác xây dựng Đảng 6 tháng đầu năm 2026 (phần công tác tổ chức)",
    "1. Phát triển đảng viên: 6 tháng, Đảng bộ kết nạp 12 đảng viên mới (chỉ tiêu năm 25, đạt 48%), trong đó: nữ 07, đoàn viên thanh niên 13, tôn giáo 01.",
    "2. Công nhận đảng viên chính thức: 09 đồng chí; 100% đảng viên dự bị đến hạn được xét công nhận đúng thời gian.",
    "3. Chuyển sinh hoạt đảng: chuyển đến 06, chuyển đi 04; từ trần 02. Tổng số đảng viên đến 30/6/2026 là 1.018 đồng chí (đầu năm 1.006, tăng 12).",
    "4. Trao Huy hiệu Đảng đợt 03/02 và 19/5: 27 đồng chí (70 năm: 01; 60 năm: 02; 55 năm: 03; 50 năm: 05; 45 năm: 07; 40 năm: 05; 30 năm: 04).",
], planted=("part-exceeds-whole", "đoàn viên thanh niên 13",
            "'trong đó' subset of the 12 new members: 13 youth members exceed the 12 admitted."),
    near=["nữ 07", "(đầu năm 1.006, tăng 12)", "27 đồng chí (70 năm: 01"],
    checks=[("P", 12, 25, "48%"), ("GT", 13, 12), ("S", 1018, [1006, 12, 6, -4, -2]),
            ("S", 27, [1, 2, 3, 5, 7, 5, 4])])

doc("bc_ubkt_xa_thanhson_quy3_2025", "bao_cao", [
    "UBKT ĐẢNG ỦY XÃ THANH SƠN",
    "BÁO CÁO kết quả công tác kiểm tra, giám sát quý III năm 2025",
    "I. Giám sát chuyên đề: UBKT Đảng ủy xã giám sát 05 tổ chức đảng và 09 đảng viên (trong đó 04 đ/c là cấp ủy viên) về thực hiện nhiệm vụ được giao và việc kê khai tài sản, thu nhập.",
    "Qua giám sát, các tổ chức đảng cơ bản thực hiện tốt; có 11 đảng viên được giám sát còn hạn chế trong việc tham gia sinh hoạt chi bộ và đóng đảng phí, UBKT đề nghị kiểm điểm rút kinh nghiệm.",
    "II. Kiểm tra tài chính đảng: 03 chi bộ; phát hiện 01 chi bộ thu, nộp đảng phí chưa đúng quy định, số tiền 1.260.000 đồng; đã chỉ đạo khắc phục xong.",
    "III. Giải quyết đơn thư: tiếp nhận 02 đơn, giải quyết xong 02/02 đơn (đạt 100%).",
], planted=("part-exceeds-whole", "11 đảng viên được giám sát",
            "Only 09 đảng viên were supervised (previous paragraph); 11 of them cannot have shortcomings."),
    near=["(trong đó 04 đ/c là cấp ủy viên)", "02/02 đơn (đạt 100%)"],
    checks=[("LE", 4, 9), ("GT", 11, 9), ("LE", 1, 3), ("P", 2, 2, "100%")])

doc("nq_daihoi_chibo_th_kimdong_2025", "nghi_quyet", [
    "ĐẢNG BỘ XÃ EA TÂN – CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG",
    "NGHỊ QUYẾT ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG NHIỆM KỲ 2025 – 2027",
    "Đại hội Chi bộ họp ngày 22/4/2025, có 18/19 đảng viên chính thức có mặt (01 đ/c vắng có lý do), QUYẾT NGHỊ:",
    "1. Thông qua Báo cáo chính trị của Chi ủy nhiệm kỳ 2022 – 2025. Chỉ tiêu nhiệm kỳ: hằng năm chi bộ đạt Hoàn thành tốt nhiệm vụ trở lên; 100% đảng viên hoàn thành nhiệm vụ trở lên; kết nạp ít nhất 02 đảng viên mới.",
    "2. Đại hội đã bầu 05 đồng chí vào Chi ủy nhiệm kỳ 2025 – 2027: Y Bhin Niê, H'Luyến Êban, Phan Thị Mỹ và Đoàn Văn Cường; bầu đ/c Phan Thị Mỹ làm Bí thư, đ/c Y Bhin Niê làm Phó Bí thư.",
    "3. Bầu 01 đại biểu chính thức dự Đại hội Đảng bộ xã: đ/c Đoàn Văn Cường.",
    "Nghị quyết được Đại hội biểu quyết thông qua với 18/18 đ/c tán thành (tỷ lệ 100%).",
], planted=("count-mismatch", "đã bầu 05 đồng chí",
            "Announced 05 chi ủy members, only four names follow (Y Bhin Niê, H'Luyến Êban, Phan Thị Mỹ, Đoàn Văn Cường)."),
    near=["18/19 đảng viên chính thức", "ít nhất 02 đảng viên mới", "Bầu 01 đại biểu chính thức"],
    checks=[("S", 19, [18, 1]), ("T", len(["Y Bhin Niê", "H'Luyến Êban", "Phan Thị Mỹ", "Đoàn Văn Cường"]) == 4, "4"),
            ("P", 18, 18, "100%")])

doc("bb_kiemdiem_tapthe_chiuy_phumy2_2025", "bien_ban", [
    "CHI BỘ THÔN PHÚ MỸ 2 – BIÊN BẢN hội nghị kiểm điểm tập thể Chi ủy năm 2025",
    "Dự: 21/23 đ/c chính thức; vắng 02 đ/c có lý do (đ/c Trần Văn Lý, đ/c Đỗ Thị Hồng – đi làm xa).",
    "Sau khi đ/c Bí thư trình bày bản kiểm điểm, có 06 ý kiến tham gia:",
    "+ Đ/c Trần Thị Lụa: đề nghị bổ sung hạn chế trong việc thu quỹ vì người nghèo.",
    "+ Đ/c Ngô Văn Sáu: việc họp dân ở xóm Bãi chưa đều, đề nghị phân công chi ủy viên phụ trách.",
    "+ Đ/c Hồ Thị Thu: nhất trí với bản kiểm điểm, đề nghị nêu rõ nguyên nhân chủ quan.",
    "+ Đ/c Lâm Văn Tư: đề nghị bổ sung kết quả làm đường giao thông nội đồng (1,2 km).",
    "+ Đ/c Phan Văn Út: chi ủy cần kiểm tra đảng viên thực hiện Quy định 213 thường xuyên hơn.",
    "Biểu quyết xếp loại tập thể Chi ủy: 19/21 đ/c đề nghị mức Hoàn thành tốt nhiệm vụ (90,48%); 02 đ/c đề nghị Hoàn thành nhiệm vụ.",
], planted=("count-mismatch", "có 06 ý kiến tham gia",
            "Announced 06 comments, five attributed '+ Đ/c' lines follow."),
    near=["vắng 02 đ/c có lý do", "19/21 đ/c"],
    checks=[("S", 23, [21, 2]), ("S", 21, [19, 2]), ("P", 19, 21, "90,48%"), ("T", 5 != 6, "5 comments")])

doc("bb_daihoi_cdcs_cty_may_thanhdat_2025", "bien_ban", [
    "CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH ĐẠT – BIÊN BẢN ĐẠI HỘI NHIỆM KỲ 2025–2030",
    "Tổng số đoàn viên công đoàn: 78 người; có mặt 71, vắng 07 (nghỉ ca, nghỉ phép).",
    "Đ/c Hà Thị Liên – Chủ tịch CĐCS trình bày báo cáo: trong nhiệm kỳ, CĐCS phát triển mới 19 đoàn viên; đến nay CĐCS có 87 đoàn viên, trong đó nữ 61 đoàn viên.",
    "Đại hội biểu quyết số lượng BCH khóa mới: 05 đ/c; bầu Chủ tịch trực tiếp tại Đại hội.",
    "Phiếu phát ra: 71; thu về: 71; hợp lệ: 70; không hợp lệ: 01.",
    "Kết quả bầu BCH: Hà Thị Liên 68 phiếu (97,14%); Đinh Văn Quý 65 (92,86%); Lương Thị Bích 63 (90,00%); Tô Văn Hào 59 (84,29%); Kim Thị Ngọc 52 (74,29%).",
    "Bầu Chủ tịch: đ/c Hà Thị Liên đạt 66/70 phiếu hợp lệ (94,29%).",
], planted=("figure-inconsistent", "có 87 đoàn viên",
            "Union membership restated in the report as 87, but the attendance line gives 78 (71 + 07)."),
    near=["phát triển mới 19 đoàn viên", "68 phiếu (97,14%)"],
    checks=[("S", 78, [71, 7]), ("S", 71, [70, 1]), ("P", 68, 70, "97,14%"), ("P", 65, 70, "92,86%"),
            ("P", 63, 70, "90,00%"), ("P", 59, 70, "84,29%"), ("P", 52, 70, "74,29%"), ("P", 66, 70, "94,29%"),
            ("T", 87 != 78, "inconsistent")])

doc("tin_daihoi_chibo_kp_binhthuan2_2025", "tin_hoi_nghi", [
    "Chi bộ Khu phố Bình Thuận 2 tổ chức Đại hội nhiệm kỳ 2025 – 2027",
    "Ngày 15/5/2025, Chi bộ Khu phố Bình Thuận 2 (Đảng bộ phường Bình Thuận) tổ chức Đại hội điểm nhiệm kỳ 2025 – 2027. Chi bộ hiện có 34 đảng viên (32 chính thức, 02 dự bị); có mặt 31 đảng viên.",
    "Nhiệm kỳ qua, chi bộ lãnh đạo hoàn thành 9/10 chỉ tiêu nghị quyết; 3 năm liền được xếp loại Hoàn thành tốt nhiệm vụ; kết nạp 05 đảng viên mới, vượt chỉ tiêu (04).",
    "Đại hội bầu Chi ủy gồm 03 đồng chí: Mạc Thị Duyên, Trịnh Văn Lực và Âu Văn Bảy; đồng chí Mạc Thị Duyên tái cử Bí thư Chi bộ với 100% số phiếu.",
    "Phát biểu chỉ đạo, đồng chí Phó Bí thư Đảng ủy phường ghi nhận chi bộ đã kết nạp được 06 đảng viên mới trong nhiệm kỳ, đề nghị tiếp tục tạo nguồn trong đoàn viên thanh niên.",
], planted=("figure-inconsistent", "06 đảng viên mới",
            "New members admitted in the term: 05 in the report summary, 06 in the closing speech."),
    near=["9/10 chỉ tiêu", "Chi ủy gồm 03 đồng chí", "vượt chỉ tiêu (04)"],
    checks=[("S", 34, [32, 2]), ("LE", 31, 34), ("T", 5 > 4, "vượt"), ("T", 6 != 5, "inconsistent")])

# ---------------------------------------------------------------- clean near-miss documents

doc("bb_kiemphieu_bithu_chibo_xom5_clean", "bien_ban", [
    "ĐẢNG BỘ XÃ NGHĨA HƯNG – CHI BỘ XÓM 5",
    "BIÊN BẢN KIỂM PHIẾU bầu Bí thư Chi bộ nhiệm kỳ 2025-2027",
    "Tổng số đảng viên chính thức được triệu tập: 26 đồng chí; có mặt lúc bầu cử: 25 đồng chí; vắng: 01 đồng chí (đ/c Vũ Văn Thạo – nằm viện).",
    "Số phiếu phát ra: 25 phiếu. Số phiếu thu vào: 25 phiếu. Số phiếu hợp lệ: 24 phiếu; số phiếu không hợp lệ: 01 phiếu (gạch hết tên).",
    "Danh sách bầu cử: 01 đ/c. Kết quả: đ/c Đoàn Thị Thắm được 23/24 phiếu hợp lệ, đạt 95,83%, bằng 88,46% so với tổng số đảng viên chính thức của chi bộ; 01 phiếu không bầu.",
    "Căn cứ kết quả, đ/c Đoàn Thị Thắm trúng cử Bí thư Chi bộ nhiệm kỳ 2025-2027 (số phiếu trên 50% so với tổng số đảng viên chính thức).",
    "(Có bảng kết quả kiểm phiếu kèm theo). Biên bản lập hồi 15h40 cùng ngày, gồm 02 trang.",
], near=["23/24 phiếu hợp lệ, đạt 95,83%", "bằng 88,46%", "số phiếu không hợp lệ: 01 phiếu"],
    checks=[("S", 26, [25, 1]), ("S", 25, [24, 1]), ("S", 24, [23, 1]), ("P", 23, 24, "95,83%"), ("P", 23, 26, "88,46%"),
            ("T", 23 > 13, "majority")])

doc("bb_kyhop_hdnd_xa_dongson_cuoinam_clean", "bien_ban", [
    "HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG SƠN – KỲ HỌP THỨ TƯ (kỳ họp thường lệ cuối năm 2025)",
    "BIÊN BẢN KỲ HỌP",
    "Tổng số đại biểu HĐND xã: 25; có mặt: 21 đại biểu (84%); vắng có lý do 04 đại biểu: ông Lã Văn Đông, ông Vi Văn Tiến, bà Chu Thị Mến, bà Hoàng Thị Duyên.",
    "Kỳ họp đã biểu quyết thông qua 03 nghị quyết:",
    "1. Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026: 21/21 đại biểu có mặt tán thành (100%), bằng 84% tổng số đại biểu.",
    "2. Nghị quyết về dự toán thu, chi ngân sách xã năm 2026: tán thành 20/25 đại biểu (80,00%); không tán thành: 0; không biểu quyết: 01.",
    "3. Nghị quyết về lịch tổ chức kỳ họp thường lệ năm 2026: 19 đại biểu tán thành, chiếm 76% tổng số đại biểu HĐND xã; 02 đại biểu không tán thành.",
    "Chủ tọa tuyên bố cả ba nghị quyết được thông qua. Kỳ họp bế mạc lúc 16 giờ 30 phút.",
], near=["19 đại biểu tán thành, chiếm 76%", "tán thành 20/25 đại biểu (80,00%)", "03 nghị quyết"],
    checks=[("S", 25, [21, 4]), ("P", 21, 25, "84%"), ("P", 21, 21, "100%"), ("P", 20, 25, "80,00%"), ("S", 21, [20, 0, 1]),
            ("P", 19, 25, "76%"), ("S", 21, [19, 2]), ("T", min(21, 20, 19) > 25 / 2, "all pass")])

doc("bc_xeploai_dangvien_phuong_hungphu_clean", "bao_cao", [
    "ĐẢNG ỦY PHƯỜNG HƯNG PHÚ",
    "BÁO CÁO tóm tắt kết quả kiểm điểm, đánh giá, xếp loại đảng viên năm 2025",
    "Toàn Đảng bộ có 137 đảng viên; 128 đồng chí tham gia đánh giá, xếp loại (tỷ lệ 93,43%); 09 đồng chí được miễn đánh giá theo quy định.",
    "Kết quả: 112 đ/c được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt 87,5%, trong đó có 17 đ/c hoàn thành xuất sắc nhiệm vụ (13,28%); hoàn thành nhiệm vụ 14 đ/c (10,94%); không hoàn thành nhiệm vụ 02 đ/c (1,56%).",
    "So với năm 2024, tỷ lệ hoàn thành tốt nhiệm vụ trở lên tăng 2,3 điểm phần trăm; số không hoàn thành nhiệm vụ giảm 01 đ/c.",
    "02 đ/c không hoàn thành nhiệm vụ đều thuộc chi bộ Khu phố 4 (01 đ/c vi phạm quy định về đóng đảng phí, 01 đ/c bị kỷ luật khiển trách trong năm).",
], near=["trong đó có 17 đ/c hoàn thành xuất sắc nhiệm vụ (13,28%)", "tăng 2,3 điểm phần trăm", "(tỷ lệ 93,43%)"],
    checks=[("S", 137, [128, 9]), ("P", 128, 137, "93,43%"), ("S", 128, [112, 14, 2]), ("LE", 17, 112), ("P", 112, 128, "87,5%"),
            ("P", 17, 128, "13,28%"), ("P", 14, 128, "10,94%"), ("P", 2, 128, "1,56%"), ("S", 2, [1, 1])])

doc("bb_shcb_chibo_mn_hoasen_t12_2025_clean", "bien_ban", [
    "CHI BỘ TRƯỜNG MẦM NON HOA SEN – BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2025",
    "Tổng số đảng viên: 31 đ/c (chính thức: 27; dự bị: 04). Miễn sinh hoạt: 03 đ/c (vắng); giới thiệu sinh hoạt tạm thời nơi khác: 01 đ/c chính thức.",
    "Đảng viên phải dự: 27 đ/c. Có mặt: 25 đ/c (chính thức 22, dự bị 03); vắng có lý do 02 đ/c: đ/c Quách Thị Yên (chính thức – đi học), đ/c Lò Thị Hương (dự bị – nghỉ thai sản).",
    "Nội dung: (1) thông tin thời sự; (2) kiểm điểm tập thể chi bộ năm 2025; (3) nhận xét 04 đảng viên dự bị.",
    "Biểu quyết thông qua Nghị quyết tháng: 22/22 đảng viên chính thức có mặt tán thành, bằng 95,65% so với số đảng viên chính thức phải dự; đảng viên dự bị không biểu quyết.",
    "Buổi sinh hoạt kết thúc lúc 16h15 cùng ngày.",
], near=["Có mặt: 25 đ/c", "Miễn sinh hoạt: 03 đ/c (vắng)", "bằng 95,65%", "nhận xét 04 đảng viên dự bị"],
    checks=[("S", 31, [27, 4]), ("S", 27, [31, -3, -1]), ("S", 27, [25, 2]), ("S", 25, [22, 3]), ("S", 23, [27, -3, -1]),
            ("S", 23, [22, 1]), ("S", 4, [3, 1]), ("P", 22, 23, "95,65%")])

doc("bc_ubkt_xa_baolam_2025_clean", "bao_cao", [
    "UỶ BAN KIỂM TRA ĐẢNG ỦY XÃ BẢO LÂM",
    "Báo cáo công tác kiểm tra, giám sát, thi hành kỷ luật đảng năm 2025",
    "1. Kiểm tra khi có dấu hiệu vi phạm: 06 tổ chức đảng và 05 đảng viên; kết luận 02 tổ chức đảng và 04 đảng viên có vi phạm, trong đó 01 tổ chức đảng và 03 đảng viên vi phạm đến mức phải thi hành kỷ luật.",
    "2. Thi hành kỷ luật: kỷ luật 01 tổ chức đảng (khiển trách Chi ủy chi bộ thôn Nà Pồng) và 05 đảng viên (khiển trách 03, cảnh cáo 01, khai trừ 01), trong đó 02 đồng chí là cấp ủy viên chi bộ; 03 trường hợp qua kiểm tra của UBKT, 02 trường hợp bị xử lý hình sự.",
    "3. Giám sát thường xuyên được thực hiện đối với 100% chi bộ trực thuộc (24/24).",
    "So với năm 2024, số đảng viên bị kỷ luật giảm 02 trường hợp (năm 2024: 07).",
], near=["trong đó 02 đồng chí là cấp ủy viên chi bộ", "01 tổ chức đảng và 03 đảng viên", "100% chi bộ trực thuộc (24/24)"],
    checks=[("LE", 2, 6), ("LE", 4, 5), ("LE", 1, 2), ("LE", 3, 4), ("S", 5, [3, 1, 1]), ("S", 5, [3, 2]), ("LE", 2, 5),
            ("P", 24, 24, "100%"), ("S", 7, [5, 2])])

doc("tin_daihoi_dangbo_phuong_anlac_clean", "tin_hoi_nghi", [
    "Đại hội đại biểu Đảng bộ phường An Lạc lần thứ I thành công tốt đẹp",
    "Đại hội có 150 đại biểu chính thức được triệu tập, đại diện cho 2.318 đảng viên sinh hoạt tại 47 tổ chức cơ sở đảng và chi bộ trực thuộc; có mặt 147 đại biểu (03 đại biểu vắng có lý do).",
    "Đại hội đã bầu 33 đồng chí vào Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 – 2030; bầu 15 đại biểu chính thức và 02 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ Thành phố lần thứ I.",
    "Nghị quyết Đại hội được 145/147 đại biểu có mặt biểu quyết tán thành, đạt 96,67% tổng số đại biểu được triệu tập.",
    "Nhiệm kỳ qua, tốc độ tăng trưởng kinh tế bình quân đạt 8,6%/năm; thu ngân sách năm 2025 ước đạt 112,4% dự toán; kết nạp 412 đảng viên, đạt 103% chỉ tiêu (400).",
], near=["145/147 đại biểu có mặt biểu quyết tán thành, đạt 96,67%", "đạt 103% chỉ tiêu (400)", "112,4% dự toán"],
    checks=[("S", 150, [147, 3]), ("P", 145, 150, "96,67%"), ("P", 412, 400, "103%"), ("T", 145 > 75, "passed")])

doc("bb_kiemphieu_bch_cdcs_ubnd_tanhoa_clean", "bien_ban", [
    "CĐCS UBND XÃ TÂN HÒA – BIÊN BẢN KIỂM PHIẾU BẦU BCH KHÓA II, NHIỆM KỲ 2025 – 2030",
    "Đại hội biểu quyết số lượng BCH: 05 đ/c; danh sách bầu cử 06 đ/c. Tổng số đoàn viên: 58, có mặt 56. Phiếu phát ra: 56 – thu vào: 56 – hợp lệ: 56 – không hợp lệ: 0.",
    "TT\tHọ và tên\tSố phiếu\tTỷ lệ % (so với phiếu hợp lệ)",
    "1\tNông Thị Hiền\t54\t96,43",
    "2\tLý Văn Cường\t51\t91,07",
    "3\tHầu Thị Mai\t47\t83,93",
    "4\tDương Văn Kiên\t44\t78,57",
    "5\tChu Văn Đạt\t28\t50,00",
    "6\tTăng Thị Ánh\t20\t35,71",
    "Trúng cử (quá 50% số phiếu hợp lệ): 04 đ/c – Nông Thị Hiền, Lý Văn Cường, Hầu Thị Mai, Dương Văn Kiên. Đ/c Chu Văn Đạt đạt đúng 50,00% nên không trúng cử; Đại hội biểu quyết không bầu lại, BCH khóa II gồm 04 đ/c.",
], near=["số lượng BCH: 05 đ/c", "28\t50,00", "BCH khóa II gồm 04 đ/c"],
    checks=[("S", 58, [56, 2]), ("P", 54, 56, "96,43"), ("P", 51, 56, "91,07"), ("P", 47, 56, "83,93"), ("P", 44, 56, "78,57"),
            ("P", 28, 56, "50,00"), ("P", 20, 56, "35,71"), ("LE", 54 + 51 + 47 + 44 + 28 + 20, 56 * 5),
            ("T", [v for v in (54, 51, 47, 44, 28, 20) if v > 28] == [54, 51, 47, 44], "4 elected")])

doc("bc_phattrien_dangvien_xa_tracu_2025_clean", "bao_cao", [
    "BAN XÂY DỰNG ĐẢNG ĐẢNG ỦY XÃ TRÀ CÚ",
    "Báo cáo kết quả công tác phát triển đảng viên năm 2025",
    "Năm 2025, Đảng bộ kết nạp 09 đảng viên mới, đạt 112,5% chỉ tiêu Nghị quyết (08 đảng viên). Trong số đảng viên mới có: nữ 05, đoàn viên thanh niên 07, người dân tộc Khmer 02.",
    "Xét công nhận đảng viên chính thức cho 11 đồng chí; 01 đảng viên dự bị bị xóa tên do không đủ điều kiện.",
    "Nguồn phát triển đảng: 14 quần chúng ưu tú, trong đó 06 quần chúng đã học lớp bồi dưỡng nhận thức về Đảng.",
    "Hiện còn 03/26 chi bộ trực thuộc chưa kết nạp được đảng viên trong 02 năm liền (chi bộ ấp Ô Rồm, ấp Sóc Tro, ấp Bến Trị).",
], near=["đạt 112,5% chỉ tiêu", "nữ 05, đoàn viên thanh niên 07, người dân tộc Khmer 02", "03/26 chi bộ"],
    checks=[("P", 9, 8, "112,5%"), ("LE", 5, 9), ("LE", 7, 9), ("LE", 2, 9), ("LE", 6, 14),
            ("T", len(["Ô Rồm", "Sóc Tro", "Bến Trị"]) == 3, "3 names")])

doc("bb_danhgia_chibo_coquan_ubnd_donghai_clean", "bien_ban", [
    "CHI BỘ CƠ QUAN UBND PHƯỜNG ĐÔNG HẢI – BIÊN BẢN HỌP KIỂM ĐIỂM, ĐÁNH GIÁ XẾP LOẠI NĂM 2025",
    "Tổng số đảng viên: 15 (chính thức 15). Có mặt: 15/15 đ/c.",
    "Chi bộ đã nghe 03 bản kiểm điểm: của tập thể chi ủy, của đ/c Bí thư Chi bộ và của đ/c Phó Bí thư Chi bộ; 15 đảng viên tự kiểm điểm, tự nhận mức xếp loại.",
    "Kết quả bỏ phiếu đề xuất xếp loại chi bộ: 13/15 phiếu đề xuất Hoàn thành tốt nhiệm vụ (86,67%), 02/15 phiếu đề xuất Hoàn thành nhiệm vụ (13,33%).",
    "Đề xuất xếp loại đảng viên: HTXSNV 02 đ/c (Lưu Văn Hòa, Cấn Thị Lê); HTTNV 11 đ/c; HTNV 02 đ/c (Đồng Văn Tài, Mạc Thị Xoan); không có đảng viên không hoàn thành nhiệm vụ.",
    "Chi bộ thống nhất tán thành 100% nội dung biên bản. Họp kết thúc 17 giờ 05.",
], near=["03 bản kiểm điểm", "13/15 phiếu", "HTXSNV 02 đ/c (Lưu Văn Hòa, Cấn Thị Lê)"],
    checks=[("P", 13, 15, "86,67%"), ("P", 2, 15, "13,33%"), ("S", 15, [13, 2]), ("S", 15, [2, 11, 2]),
            ("T", len(["tập thể chi ủy", "Bí thư", "Phó Bí thư"]) == 3, "3 bản")])

doc("bb_hop_ubkt_phuong_phulam_xemxet_kyluat_clean", "bien_ban", [
    "ỦY BAN KIỂM TRA ĐẢNG ỦY PHƯỜNG PHÚ LÃM",
    "BIÊN BẢN HỌP Ủy ban Kiểm tra xem xét, thi hành kỷ luật đối với đảng viên Tào Văn Nghĩa",
    "Ủy ban Kiểm tra có 05 ủy viên; dự họp 05/05 đ/c. Chủ trì: đ/c Khổng Thị Hạnh – Chủ nhiệm UBKT.",
    "Đ/c Trưởng đoàn kiểm tra báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm: đảng viên Tào Văn Nghĩa sử dụng 02 thửa đất công (tổng 416 m²) không đúng mục đích từ năm 2021 đến tháng 6/2025.",
    "Bỏ phiếu kín về hình thức kỷ luật: 04/05 phiếu (80%) đề nghị Khiển trách; 01/05 phiếu (20%) đề nghị Cảnh cáo; không có phiếu đề nghị không kỷ luật.",
    "Căn cứ kết quả bỏ phiếu (quá 1/2 tổng số ủy viên), UBKT quyết định thi hành kỷ luật đảng viên Tào Văn Nghĩa bằng hình thức Khiển trách.",
], near=["04/05 phiếu (80%)", "quá 1/2 tổng số ủy viên", "02 thửa đất công (tổng 416 m²)"],
    checks=[("P", 4, 5, "80%"), ("P", 1, 5, "20%"), ("S", 5, [4, 1]), ("T", 4 > 5 / 2, "passes")])


# ---------------------------------------------------------------- build + validate

def main():
    names = set()
    n_planted = n_clean = 0
    for d in DOCS:
        name = d["name"]
        if name in names:
            err(name, "duplicate name")
        names.add(name)
        lines = d["lines"]
        for ln in lines:
            if "\n" in ln or not ln.strip():
                err(name, "bad line")
        text = "\n".join(lines) + "\n"
        if unicodedata.normalize("NFC", text) != text:
            err(name, "not NFC")
        if not 3 <= len(lines) <= 10:
            err(name, f"{len(lines)} paragraphs")
        n = len(text.rstrip("\n"))
        if not 400 <= n <= 1400:
            err(name, f"length {n}")
        if d["genre"] not in ("bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi", "other"):
            err(name, "genre")
        planted = []
        if d["planted"]:
            code, span, note = d["planted"]
            if text.count(span) != 1:
                err(name, f"planted span occurs {text.count(span)} times: {span!r}")
            if not any(ch.isdigit() for ch in span):
                err(name, "planted span without digit")
            planted.append({"code": code, "text": span, "note": note})
            n_planted += 1
            pstart = text.find(span)
            pend = pstart + len(span)
        else:
            n_clean += 1
            pstart = pend = -1
        for s in d["near"]:
            k = text.find(s)
            if k < 0:
                err(name, f"near-miss span missing: {s!r}")
            elif pstart >= 0 and k < pend and pstart < k + len(s):
                err(name, f"near-miss overlaps planted: {s!r}")
        run_checks(name, text, d["checks"])
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        exp = {"genre": d["genre"], "clean": not planted, "planted": planted, "officials": []}
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if len(DOCS) != 30 or n_planted != 20 or n_clean != 10:
        err("bank", f"{len(DOCS)} docs, {n_planted} planted, {n_clean} clean")
    if ERRORS:
        print("\n".join(ERRORS))
        sys.exit(1)
    print(f"OK: {len(DOCS)} docs, {n_planted} with one planted problem, {n_clean} clean")


if __name__ == "__main__":
    main()
