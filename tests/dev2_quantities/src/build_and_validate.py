#!/usr/bin/env python3
"""Build <name>.expected.json for the round-2 quantities dev set and validate every document.

Checks per document:
  * UTF-8, NFC, length 2.000-3.500 characters;
  * every planted span occurs exactly once and contains a digit;
  * every near-miss span (kept here, not in the JSON) occurs in the text; >= 8 per document;
  * arithmetic assertions: every figure that must be right is right (percentages rounded half-up
    to the printed decimals) and every planted error is really wrong (exactly the intended one).
Run:  python3 src/build_and_validate.py   (from the quantities folder or anywhere)
"""
import json
import os
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = {"attendance-mismatch", "absentee-count-mismatch", "resolution-not-passed", "percent-mismatch",
         "part-exceeds-whole", "sum-mismatch", "figure-inconsistent", "count-mismatch", "vote-mismatch",
         "target-status-mismatch"}


def pct(a, b, dec=1):
    q = Decimal(1).scaleb(-dec)
    return (Decimal(str(a)) / Decimal(str(b)) * 100).quantize(q, rounding=ROUND_HALF_UP)


def P(printed):
    """'88,9' -> Decimal('88.9')"""
    return Decimal(printed.replace(",", "."))


FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


DOCS = {}

# ---------------------------------------------------------------- 1 clean
DOCS["bb_chibo_kp3_thang11_2025"] = dict(
    genre="bien_ban", planted=[],
    near=["31 chính thức, 03 dự bị", "05 đ/c được miễn công tác", "01 đ/c miễn sinh hoạt vẫn đến dự",
          "612 hộ với 2.307 nhân khẩu", "Tổ 5 và Tổ 7", "48/52 hộ", "vượt 25% so với kế hoạch 15 triệu",
          "tăng 1,2 điểm phần trăm", "từ 92% trở lên", "gần 1.200 kg", "khoảng 35%", "14-15/11/2025",
          "95 năm", "không quá 1%", "15-NQ/ĐU", "123/KH-UBND", "27,5 triệu đồng", "bằng 88,9% số đảng viên chính thức phải triệu tập",
          "21 giờ 15 phút"])


def chk1():
    ok(31 + 3 == 34, "d1 ct+db")
    ok(24 + 3 == 27, "d1 present")
    ok(34 - 27 == 7 and 4 + 3 == 7, "d1 absent")
    ok(24 + 4 + 3 == 31, "d1 official balance")
    ok(pct(48, 52) == P("92,3"), "d1 48/52")
    ok(Decimal("18.75") / 15 == Decimal("1.25"), "d1 vượt 25%")
    ok(pct(4, 612, 2) == P("0,65"), "d1 4/612")
    ok(31 - 4 == 27 and pct(24, 27) == P("88,9"), "d1 24/27")
    ok(24 > 27 / 2, "d1 passes")
    ok(2025 - 1930 == 95, "d1 95 năm")

# ---------------------------------------------------------------- 2
DOCS["bb_chibo_thcs_nguyendu_thang10_2025"] = dict(
    genre="bien_ban",
    planted=[
        ("attendance-mismatch", "chính thức 17, dự bị 5",
         "Tổng số 21 nhưng 17 chính thức + 5 dự bị = 22 (đúng: 16 chính thức; có mặt 14 + vắng 2 chính thức)."),
        ("absentee-count-mismatch", "Vắng 03 đồng chí",
         "Vắng 03 (21 − 18 = 3) nhưng chỉ nêu tên 2 đồng chí vắng."),
        ("percent-mismatch", "389 em, chiếm 61,2%", "389/642 = 60,6%, không phải 61,2%."),
        ("resolution-not-passed", "tán thành 8/16",
         "Nghị quyết tuyên bố thông qua với 8/16 đảng viên chính thức tán thành — không quá một nửa (cần ≥ 9)."),
    ],
    near=["có mặt: 18 đ/c (chính thức 14, dự bị 4)".capitalize(), "bình quân 35,7 em/lớp", "tăng 0,6 điểm phần trăm",
          "2/655 học sinh bỏ học (0,31%)", "không quá 0,5%", "trong đó 4 là đảng viên", "trong đó 3 đảng viên",
          "12,5 triệu đồng, vượt kế hoạch 10 triệu đồng", "ít nhất 1 đảng viên mới/năm", "28/10 đến 08/11/2025",
          "43 năm", "90 phút", "13/16 đảng viên chính thức tán thành (81,25%)", "50.000 đồng/học sinh/học kỳ",
          "THÁNG 10/2025"])


def chk2():
    ok(17 + 5 != 21 and 16 + 5 == 21, "d2 plant att")
    ok(14 + 4 == 18 and 21 - 18 == 3, "d2 present/absent")
    ok(14 + 2 == 16 and 4 + 1 == 5, "d2 official/db balance")
    ok(pct(389, 642) == P("60,6") != P("61,2"), "d2 plant pct")
    ok(pct(642, 18 * 100) * 0 == 0 and round(642 / 18, 1) == 35.7, "d2 avg")
    ok(pct(2, 655, 2) == P("0,31"), "d2 2/655")
    ok(8 + 5 + 1 == 14, "d2 votes = present official")
    ok(not (8 > 16 / 2), "d2 plant resolution")
    ok(pct(13, 16, 2) == P("81,25") and 13 >= 16 * 2 / 3, "d2 admission")
    ok(2025 - 1982 == 43, "d2 43 năm")
    ok(25 * 500000 <= 12500000, "d2 học bổng")

# ---------------------------------------------------------------- 3
DOCS["bb_hnbch_phuloc_lan5_2025"] = dict(
    genre="bien_ban",
    planted=[
        ("attendance-mismatch", "vắng 5 đồng chí", "Có mặt 27/31 nhưng vắng 5: 27 + 5 = 32 ≠ 31 (đúng: vắng 4)."),
        ("sum-mismatch", "hoàn thành tốt nhiệm vụ 11",
         "Xếp loại 19 chi bộ: 4 + 11 + 3 (+0) = 18 ≠ 19 (đúng: tốt 12)."),
        ("figure-inconsistent", "kết nạp được 26 đảng viên mới",
         "Mục 1 ghi 9 tháng kết nạp 23 đảng viên (76,7% của 30); phần thảo luận ghi đến 30/9 đã kết nạp 26."),
        ("resolution-not-passed", "15 phiếu tán thành",
         "BCH 31 ủy viên; 15 tán thành không quá một nửa tổng số ủy viên (cần ≥ 16), dù 55,6% số có mặt."),
    ],
    near=["76,7% chỉ tiêu năm (30 đảng viên)", "bằng 81,3% dự toán năm (22,7 tỷ đồng)", "tăng 9,6% so với cùng kỳ",
          "giảm còn 1,84%", "dưới 2%", "3.916 hộ với 14.203 nhân khẩu", "từ 95% trở lên",
          "Lũy kế từ đầu nhiệm kỳ", "14,1%", "ít nhất 22,7 tỷ đồng", "(55,6%)", "bằng 83,9% tổng số ủy viên",
          "08-NQ/ĐU", "30/10 - 31/10/2025", "LẦN THỨ 5, KHÓA I", "19 đồng chí bí thư chi bộ"])


def chk3():
    ok(27 + 5 != 31 and 27 + 4 == 31, "d3 att")
    ok(4 + 11 + 3 != 19 and 4 + 12 + 3 == 19, "d3 sum")
    ok(pct(23, 30) == P("76,7"), "d3 23/30")
    ok(pct(Decimal("18.462"), Decimal("22.7")) == P("81,3"), "d3 ngân sách")
    ok(pct(86, 612) == P("14,1"), "d3 86/612")
    ok(15 + 10 + 2 == 27 and pct(15, 27) == P("55,6") and not (15 > 31 / 2), "d3 resolution")
    ok(26 + 1 == 27 and pct(26, 31) == P("83,9") and 26 > 31 / 2, "d3 res2")

# ---------------------------------------------------------------- 4
DOCS["bb_daihoi_chibo_donghaa_kiemphieu_2025"] = dict(
    genre="bien_ban",
    planted=[
        ("attendance-mismatch", "dự bị 04", "Có mặt 37 nhưng chính thức 34 + dự bị 04 = 38 (đúng: 3 dự bị)."),
        ("sum-mismatch", "02 vắng không có lý do",
         "Vắng 05 gồm 02 miễn SH + 02 có lý do + 02 không lý do = 6 ≠ 5 (đúng: 1 không lý do)."),
        ("vote-mismatch", "Số phiếu không hợp lệ: 02 phiếu",
         "Thu vào 34 nhưng hợp lệ 33 + không hợp lệ 02 = 35 (đúng: 1 phiếu không hợp lệ)."),
        ("percent-mismatch", "24 phiếu, đạt 72,3%", "24/33 phiếu hợp lệ = 72,7%, không phải 72,3%."),
    ],
    near=["42 đồng chí (chính thức 38, dự bị 4)", "03 đồng chí", "34/34 tán thành", "04 đồng chí",
          "33 phiếu, đạt 100%", "31 phiếu, đạt 93,9%", "11 phiếu, đạt 33,3%", "quá 18 phiếu (36/2)",
          "32/33 phiếu hợp lệ (97,0%)", "vượt chỉ tiêu (ít nhất 5)", "72 triệu đồng/người/năm",
          "268 hộ với 1.034 nhân khẩu", "trong đó 0,8 km", "lần thứ XIV", "2025 - 2027", "10 giờ 40 phút"])


def chk4():
    ok(38 + 4 == 42, "d4 triệu tập")
    ok(34 + 4 != 37 and 34 + 3 == 37, "d4 att plant")
    ok(42 - 37 == 5 and 2 + 2 + 2 != 5 and 2 + 2 + 1 == 5, "d4 sum plant")
    ok(38 - 34 == 4 and 4 - 3 == 1 and 2 + 2 + 1 == 4 + 1, "d4 absent balance")
    ok(33 + 2 != 34 and 33 + 1 == 34, "d4 vote plant")
    ok(pct(31, 33) == P("93,9") and pct(11, 33) == P("33,3") and pct(32, 33) == P("97,0"), "d4 pcts")
    ok(pct(24, 33) == P("72,7") != P("72,3"), "d4 pct plant")
    ok(38 - 2 == 36 and 24 > 18 and 11 <= 18, "d4 election")
    ok(6 >= 5, "d4 kết nạp")

# ---------------------------------------------------------------- 5 clean
DOCS["bb_hop_ubnd_phuong_anphu_thang9_2025"] = dict(
    genre="bien_ban", planted=[],
    near=["9/11 thành viên", "vắng 02", "14 Tổ trưởng", "trong đó trực tuyến 871 hồ sơ (84,9%)",
          "bằng 74,2% dự toán năm (42,4 tỷ đồng)", "tăng 11,3% so với cùng kỳ", "1.245/1.380 con", "90,2%",
          "trong đó 12 giấy cấp lần đầu", "đạt 79,1%", "412,85 triệu đồng", "7.842 hộ với 27.519 nhân khẩu",
          "giảm 0,7 điểm phần trăm", "khoảng 1,2 km", "80 năm", "Tổ 5 và Tổ 11", "giảm 2 vụ so với tháng 8 (5 vụ)",
          "2/3 vụ", "123/KH-UBND", "30/9 - 07/10/2025", "ít nhất 100%", "không dưới 80%", "2 giờ", "215/BB-UBND"])


def chk5():
    ok(9 + 2 == 11, "d5 att")
    ok(pct(871, 1026) == P("84,9") and 1003 + 23 == 1026, "d5 tthc")
    ok(pct(Decimal("31.47"), Decimal("42.4")) == P("74,2"), "d5 ns")
    ok(pct(1245, 1380) == P("90,2"), "d5 vaccine")
    ok(pct(87, 110) == P("79,1"), "d5 gcn")
    ok(5 - 3 == 2 and 2 <= 3, "d5 vụ")
    ok(2025 - 1945 == 80, "d5 80 năm")

# ---------------------------------------------------------------- 6
DOCS["bb_hop_coquan_vpdkdd_quy3_2025"] = dict(
    genre="bien_ban",
    planted=[
        ("absentee-count-mismatch", "Vắng: 04 đồng chí",
         "Vắng 04 (33 − 29) nhưng chỉ nêu 3 người (Hòa, Nhân, Quyên)."),
        ("part-exceeds-whole", "trực tuyến là 436",
         "Số hồ sơ nộp trực tuyến 436 lớn hơn tổng số hồ sơ tiếp nhận trong quý 418."),
        ("percent-mismatch", "tỷ lệ 63,1%", "27,34/41,6 tỷ đồng = 65,7%, không phải 63,1%."),
        ("count-mismatch", "05 nhiệm vụ trọng tâm", "Thông báo 05 nhiệm vụ nhưng chỉ liệt kê 4 (1.–4.)."),
    ],
    near=["tổng số 33 người, có mặt 29 người", "trong đó trả trước hạn 95 hồ sơ", "47 hồ sơ đang xử lý trong hạn",
          "152 hồ sơ", "97 hồ sơ", "lũy kế từ đầu năm 3.967 thửa", "khoảng 46 ha", "bình quân khoảng 58%",
          "1.187,93 triệu đồng, vượt 8,4% so với cùng kỳ", "05 hồ sơ chậm bổ sung", "từ 7h30 đến 11h30",
          "15/11/2025", "95 năm", "14 nữ viên chức", "từ 95% trở lên", "4 xã", "123/QĐ-UBND", "2 tuần/lần",
          "88/BB-VPĐK"])


def chk6():
    ok(33 - 29 == 4, "d6 absent count")
    ok(371 + 47 == 418 and 95 <= 371, "d6 hồ sơ")
    ok(436 > 418, "d6 part plant")
    ok(pct(Decimal("27.34"), Decimal("41.6")) == P("65,7") != P("63,1"), "d6 pct plant")
    ok(2025 - 1930 == 95, "d6 95 năm")

# ---------------------------------------------------------------- 7
DOCS["bc_danguy_xa_namgiang_quy3_2025"] = dict(
    genre="bao_cao",
    planted=[
        ("sum-mismatch", "7 chi bộ cơ quan", "46 chi bộ chia ra 23 + 12 + 2 + 7 = 44 ≠ 46 (đúng: 9 chi bộ cơ quan)."),
        ("part-exceeds-whole", "17 đồng chí là nữ", "Quý III kết nạp 14 đảng viên nhưng 17 đồng chí nữ trong số đó."),
        ("percent-mismatch", "(91,3%)", "41/46 chi bộ = 89,1%, không phải 91,3%."),
        ("target-status-mismatch", "còn 2,35%, hoàn thành",
         "Chỉ tiêu hộ nghèo dưới 2%; thực tế 2,35% nhưng kết luận hoàn thành chỉ tiêu."),
        ("figure-inconsistent", "1.182 đảng viên",
         "Mục I: đến 30/9/2025 có 1.128 đảng viên (1.079 + 49); mục II.3 cùng thời điểm ghi 1.182."),
    ],
    near=["1.128 đảng viên (1.079 chính thức, 49 dự bị)", "lũy kế 9 tháng kết nạp 31 đảng viên",
          "77,5% chỉ tiêu năm (40 đảng viên)", "5 chi bộ chưa tổ chức", "58 đồng chí", "trong đó có 3 đồng chí",
          "bằng 78,2% dự toán năm (31,8 tỷ đồng)", "tăng 6,5% so với cùng kỳ", "trong đó lúa 2.105 ha và bắp 640 ha",
          "58,6 tạ/ha", "94,1%, vượt chỉ tiêu (từ 93% trở lên)", "68,5 triệu đồng/người/năm",
          "5.204 hộ với 19.877 nhân khẩu", "41 đồng chí được miễn", "ít nhất 9 đảng viên", "95 năm",
          "14-15/11/2025", "tối thiểu 6,94 tỷ đồng", "05-CTr/ĐU", "62-BC/ĐU"])


def chk7():
    ok(1079 + 49 == 1128, "d7 total")
    ok(23 + 12 + 2 + 7 != 46 and 23 + 12 + 2 + 9 == 46, "d7 sum plant")
    ok(pct(31, 40) == P("77,5"), "d7 31/40")
    ok(17 > 14 and 6 <= 14, "d7 part plant")
    ok(pct(41, 46) == P("89,1") != P("91,3") and 46 - 41 == 5, "d7 pct plant")
    ok(pct(Decimal("24.86"), Decimal("31.8")) == P("78,2"), "d7 ns")
    ok(2105 + 640 < 3412, "d7 trong đó")
    ok(Decimal("2.35") >= 2, "d7 target plant")
    ok(Decimal("94.1") >= 93, "d7 bhyt")
    ok(40 - 31 == 9 and Decimal("31.8") - Decimal("24.86") == Decimal("6.94"), "d7 remaining")

# ---------------------------------------------------------------- 8
DOCS["bc_ubkt_phuong_thanhson_6thang_2025"] = dict(
    genre="bao_cao",
    planted=[
        ("sum-mismatch", "khai trừ 2 đồng chí",
         "Kỷ luật 7 đảng viên: khiển trách 4 + cảnh cáo 2 + khai trừ 2 = 8 ≠ 7 (đúng: khai trừ 1)."),
        ("resolution-not-passed", "3/5 ủy viên có mặt tán thành",
         "UBKT 7 ủy viên; 3 tán thành không quá một nửa số thành viên (cần ≥ 4) nhưng kết luận thông qua."),
        ("part-exceeds-whole", "giải quyết xong 6 đơn",
         "Tiếp nhận 5 đơn, không có đơn tồn — đã giải quyết 6 đơn lớn hơn tổng."),
        ("figure-inconsistent", "giám sát chuyên đề 13 tổ chức đảng",
         "Mục II.1 ghi giám sát chuyên đề 11 tổ chức đảng; phần đánh giá ghi 13."),
    ],
    near=["7 đồng chí (3 chuyên trách, 4 kiêm chức)", "38 tổ chức cơ sở đảng", "1.236 đảng viên",
          "(trong đó 6 đồng chí là cấp ủy viên các cấp)", "chiếm 75%", "trong đó vi phạm đến mức phải thi hành kỷ luật 7",
          "5/7 ủy viên", "186,42 triệu đồng", "Lũy kế từ đầu nhiệm kỳ 2020 - 2025", "76 lượt",
          "3 đơn tố cáo, 2 đơn phản ánh", "bình quân 24 ngày/đơn", "khoảng 13% tổng số (5/38)", "không dưới 25%",
          "Tổ 5, Tổ 8", "quá 3 tháng", "ít nhất 5 tổ chức đảng", "30/9 - 02/10/2025", "77 năm", "09-BC/UBKT"])


def chk8():
    ok(3 + 4 == 7, "d8 ubkt")
    ok(pct(9, 12, 0) == 75 and 7 <= 9, "d8 75%")
    ok(4 + 2 + 2 != 7 and 4 + 2 + 1 == 7, "d8 sum plant")
    ok(3 + 2 == 5 and not (3 > 7 / 2), "d8 resolution plant")
    ok(3 + 2 == 5 and 6 > 5, "d8 part plant")
    ok(round(5 / 38 * 100) == 13, "d8 khoảng 13%")
    ok(5 + 5 >= 38 * 0.25 and 5 + 4 < 38 * 0.25, "d8 ít nhất 5 nữa")
    ok(2025 - 1948 == 77, "d8 77 năm")

# ---------------------------------------------------------------- 9 clean
DOCS["bc_ubnd_xa_hoaphong_nam2025"] = dict(
    genre="bao_cao", planted=[],
    near=["14/16 chỉ tiêu đạt và vượt kế hoạch (87,5%)", "2 chỉ tiêu chưa đạt", "1.846,5 tỷ đồng, tăng 8,7%",
          "từ 8% trở lên", "bằng 112,6% dự toán tỉnh giao (46,5 tỷ đồng)", "72 triệu đồng/người/năm",
          "gần 21.000 tấn", "Tổng cộng | 29.550 | 27.130 | 91,8", "4.972 hộ với 17.655 nhân khẩu",
          "giảm còn 1,41% (70 hộ)", "giảm 0,58 điểm phần trăm", "95,3% (chỉ tiêu không dưới 95%)",
          "vượt kế hoạch (350 lao động)", "trong đó đi làm việc ở nước ngoài 42 người", "không quá 10%",
          "60 triệu đồng", "50 năm", "27/27 thanh niên", "giảm 3 vụ so với năm 2024 (7 vụ)", "chiếm 85,0%",
          "31,5% (kế hoạch 35%)", "1 dự án/3 dự án", "không dưới 50 tỷ đồng", "187/KH-UBND", "lần thứ X",
          "3 ngày 14-16/8/2026"])


def chk9():
    ok(14 + 2 == 16 and pct(14, 16) == P("87,5"), "d9 chỉ tiêu")
    ok(pct(Decimal("52.36"), Decimal("46.5")) == P("112,6"), "d9 ns")
    rows = [(12400, 11530, "93,0"), (9850, 9120, "92,6"), (7300, 6480, "88,8")]
    for tot, done, p in rows:
        ok(pct(done, tot) == P(p), "d9 row %s" % tot)
    ok(sum(r[0] for r in rows) == 29550 and sum(r[1] for r in rows) == 27130, "d9 table sums")
    ok(pct(27130, 29550) == P("91,8"), "d9 total pct")
    ok(pct(70, 4972, 2) == P("1,41"), "d9 hộ nghèo")
    ok(385 > 350 and 42 <= 385, "d9 việc làm")
    ok(pct(2906, 3418) == P("85,0"), "d9 tthc")
    ok(7 - 4 == 3 and 2025 - 1975 == 50, "d9 misc")
    ok(16 - 14 == 2 and 8 - 7 + 0 >= 0, "d9 ok")

# ---------------------------------------------------------------- 10
DOCS["bc_hoinongdan_xa_yenlac_nam2025"] = dict(
    genre="bao_cao",
    planted=[
        ("sum-mismatch", "Chi hội thôn: 10 chi hội",
         "14 chi hội gồm 3 chi hội nghề nghiệp + 10 chi hội thôn = 13 ≠ 14 (đúng: 11 chi hội thôn)."),
        ("attendance-mismatch", "14 | 12 | 3",
         "Bảng điểm danh: chi hội trưởng triệu tập 14, có mặt 12, vắng 3 — 12 + 3 = 15 ≠ 14."),
        ("percent-mismatch", "bằng 43,6%", "642/1.520 hộ đăng ký = 42,2%, không phải 43,6%."),
        ("part-exceeds-whole", "đã tiêm 2.215 con", "Số trâu, bò được tiêm 2.215 lớn hơn tổng đàn 2.140 con."),
        ("figure-inconsistent", "hiện có 2,58 tỷ đồng",
         "Mục 3 ghi tổng nguồn vốn Quỹ HTND đến 30/11/2025 là 2,85 tỷ đồng; phần đánh giá ghi 2,58 tỷ."),
    ],
    near=["1.876 hội viên", "124,4% chỉ tiêu", "(90 hội viên)", "trong đó nữ 47 người", "Ủy viên BCH | 19 | 17 | 2",
          "Khách mời | 6 | 6 | 0", "khoảng 40%", "trong đó 8.930 con", "tăng 0,35 tỷ so với đầu năm",
          "bình quân 30,3 triệu đồng/hộ", "46,72 tỷ đồng", "trên 1.600 ngày công", "3.420 m2",
          "5/9 thôn", "kế hoạch năm là 4 thôn", "11/12 chỉ tiêu", "(kế hoạch 4, thực hiện 3)",
          "ít nhất 100 hội viên", "trên 45%", "96 năm", "20-21/3/2026"])


def chk10():
    ok(3 + 10 != 14 and 3 + 11 == 14, "d10 sum plant")
    ok(pct(112, 90) == P("124,4") and 47 <= 112 and 29 <= 112, "d10 kết nạp")
    ok(17 + 2 == 19 and 6 + 0 == 6, "d10 rows ok")
    ok(12 + 3 != 14, "d10 att plant")
    ok(pct(642, 1520) == P("42,2") != P("43,6"), "d10 pct plant")
    ok(2215 > 2140 and 8930 <= 11460, "d10 part plant")
    ok(Decimal(2850) / 94 >= Decimal("30.25") and Decimal(2850) / 94 < Decimal("30.35"), "d10 bình quân")
    ok(5 > 4 and 2026 - 1930 == 96, "d10 misc")

# ---------------------------------------------------------------- 11
DOCS["bc_doan_phuong_tanan_thang11_2025"] = dict(
    genre="bao_cao",
    planted=[
        ("absentee-count-mismatch", "Vắng 02 đồng chí",
         "Vắng 02 (15 − 13) nhưng nêu tên 3 đồng chí (Hạnh, Phúc, Trâm)."),
        ("derived-mismatch", "giảm 15 đoàn viên", "Từ 46 xuống 29 là giảm 17, không phải 15."),
        ("sum-mismatch", "Tổng cộng\t160\t121", "Cột Tham gia: 30 + 27 + 40 + 21 = 118 ≠ 121."),
        ("percent-mismatch", "đạt 85%", "64/80 đơn vị đăng ký = 80%, không phải 85%."),
    ],
    near=["BCH có 15 đồng chí, có mặt 13 đồng chí", "Từ đầu năm đến nay giới thiệu 8", "4 chi đoàn khu phố và 3 chi đoàn trường học",
          "160% chỉ tiêu cả năm (5 đoàn viên)", "2 đoàn viên được kết nạp", "khoảng 350 học sinh", "trên 90%",
          "tăng 12,3% so với đợt tháng 6 (57 đơn vị)", "350.000 đồng", "26,25 triệu đồng", "94 năm", "43 năm",
          "37 người, trong đó 14 người", "9 người", "1,84 triệu đồng", "Lũy kế 11 tháng", "từ 7h30 đến 11h00",
          "không quá 20%", "Tổ 5, Tổ 12", "13-14/12/2025", "58-BC/ĐTN"])


def chk11():
    ok(15 - 13 == 2, "d11 absent")
    ok(46 - 29 == 17, "d11 diff plant")
    ok(42 + 38 + 51 + 29 == 160 and 30 + 27 + 40 + 21 == 118, "d11 table")
    ok(pct(64, 80, 0) == 80, "d11 pct plant")
    ok(pct(8, 5, 0) == 160, "d11 160%")
    ok(pct(64 - 57, 57) == P("12,3"), "d11 growth")
    ok(75 * 350000 == 26250000, "d11 quà")
    ok(2025 - 1931 == 94 and 2025 - 1982 == 43, "d11 anniv")

# ---------------------------------------------------------------- 12
DOCS["bc_so_nnmt_quy3_2025"] = dict(
    genre="bao_cao",
    planted=[
        ("sum-mismatch", "ngô 3.420 ha",
         "Vụ Mùa 18.640 ha bao gồm 12.310 + 3.420 + 2.850 = 18.580 ≠ 18.640 (đúng: ngô 3.480 ha)."),
        ("target-status-mismatch", "42,6%, vượt chỉ tiêu", "Che phủ rừng 42,6% thấp hơn chỉ tiêu 43% nhưng ghi 'vượt'."),
        ("percent-mismatch", "141 | 79,4", "Hòa Tiến 141/180 = 78,3%, bảng ghi 79,4%."),
        ("figure-inconsistent", "cấp 1.085 giấy chứng nhận",
         "Văn bản ghi cấp 1.085 GCN tại 4 địa bàn; bảng chi tiết cùng 4 đơn vị ghi Tổng cộng 1.058."),
    ],
    near=["75.420 tấn", "61,3 tạ/ha", "tăng 2,4 tạ/ha", "khoảng 412 nghìn con", "trong đó tiêm nhắc lại 18.200 liều",
          "vượt 7,3% kế hoạch năm (2.000 ha)", "320 | 298 | 93,1", "250 | 262 | 104,8", "410 | 357 | 87,1",
          "Tổng cộng | 1.160 | 1.058 | 91,2", "36 GCN", "tăng 1,5 điểm phần trăm", "71,2%, hoàn thành chỉ tiêu năm (từ 70% trở lên)",
          "842,5 triệu đồng", "186,74 tỷ đồng/315 tỷ đồng", "đạt 59,3%", "không dưới 95%", "ít nhất 90%",
          "2215/QĐ-UBND", "18-19/12/2025", "80 năm", "1846/BC-SNNMT"])


def chk12():
    ok(12310 + 3420 + 2850 != 18640 and 12310 + 3480 + 2850 == 18640, "d12 sum plant")
    ok((Decimal(75420 * 10) / 12310).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) == P("61,3"), "d12 năng suất")
    ok(pct(2145 - 2000, 2000) == P("7,3"), "d12 vượt 7,3%")
    ok(Decimal("42.6") < 43, "d12 target plant")
    rows = [(320, 298, "93,1"), (250, 262, "104,8"), (410, 357, "87,1")]
    for k, t, p in rows:
        ok(pct(t, k) == P(p), "d12 row %s" % k)
    ok(pct(141, 180) == P("78,3") != P("79,4"), "d12 pct plant")
    ok(320 + 250 + 410 + 180 == 1160 and 298 + 262 + 357 + 141 == 1058, "d12 totals")
    ok(pct(1058, 1160) == P("91,2"), "d12 total pct")
    ok(1085 != 1058, "d12 figure plant")
    ok(pct(Decimal("186.74"), 315) == P("59,3"), "d12 giải ngân")
    ok(Decimal("71.2") >= 70 and 9 <= 27, "d12 misc")

# ---------------------------------------------------------------- 13 clean
DOCS["tin_hnbch_phuong_binhminh_lan8_2025"] = dict(
    genre="tin_hoi_nghi", planted=[],
    near=["Lượt xem: 1.245", "09:42 | 16/12/2025", "29/33 ủy viên", "4 đồng chí vắng có lý do", "24 chi bộ trực thuộc",
          "17/19 chỉ tiêu chủ yếu, chiếm 89,5%", "bằng 118,4% dự toán (54,3 tỷ đồng)", "tăng 14,2% so với năm 2024",
          "86 triệu đồng/năm", "9.615 hộ với 33.870 nhân khẩu", "giảm còn 0,48%", "vượt chỉ tiêu (ít nhất 35)",
          "trong đó 2 đồng chí", "21/24 chi bộ hoàn thành tốt nhiệm vụ trở lên (87,5%)", "91,7%, chưa đạt chỉ tiêu 93%",
          "khoảng 82%", "trên 95%", "96 năm", "29/29 ủy viên có mặt tán thành", "(27/33, tức 81,8% tổng số ủy viên Ban Chấp hành)",
          "03-QC/ĐU", "khoảng 4 giờ", "lần thứ 8", "05-CT/TW"])


def chk13():
    ok(29 + 4 == 33, "d13 att")
    ok(pct(17, 19) == P("89,5"), "d13 17/19")
    ok(pct(Decimal("64.28"), Decimal("54.3")) == P("118,4"), "d13 ns")
    ok(pct(21, 24) == P("87,5"), "d13 21/24")
    ok(27 + 2 == 29 and pct(27, 33) == P("81,8") and 27 > 33 / 2 and 29 > 33 / 2, "d13 votes")
    ok(41 >= 35 and Decimal("91.7") < 93, "d13 targets")
    ok(2026 - 1930 == 96, "d13 96 năm")

# ---------------------------------------------------------------- 14
DOCS["tin_hnbch_xa_dongthanh_lan7_2025"] = dict(
    genre="tin_hoi_nghi",
    planted=[
        ("figure-inconsistent", "kết nạp 38 đảng viên",
         "Sapo ghi 11 tháng kết nạp 38 đảng viên; thân bài ghi kết nạp 36 (90% của 40)."),
        ("attendance-mismatch", "vắng 5 đồng chí có lý do", "Dự 29/33 ủy viên nhưng vắng 5: 29 + 5 = 34 ≠ 33."),
        ("percent-mismatch", "chiếm 84,1%", "27/31 chỉ tiêu = 87,1%, không phải 84,1%."),
        ("resolution-not-passed", "16 ý kiến tán thành",
         "BCH 33 ủy viên; 16 tán thành (16 + 11 + 2 = 29 có mặt) không quá một nửa tổng số ủy viên (cần ≥ 17), nhưng tuyên bố thông qua."),
    ],
    near=["Ngày đăng: 04/12/2025 15:07", "lần thứ 7 (khóa I)", "4 chỉ tiêu còn lại", "bằng 103,7% dự toán năm (45,5 tỷ đồng)",
          "tăng 10,8% so với cùng kỳ", "bằng 91,5% kế hoạch năm", "6.218 hộ với 23.046 nhân khẩu", "98 hộ (1,58%)",
          "giảm 0,41 điểm phần trăm", "trên 98%", "đạt 90% chỉ tiêu năm (40 đảng viên)", "1.347 đồng chí",
          "trong đó 36 chi bộ thôn", "ít nhất 40 đồng chí", "96 năm", "28/29 đồng chí có mặt tán thành (84,8% tổng số ủy viên BCH)",
          "2026 - 2030", "từ 7 giờ 30 đến 11 giờ 30", "Ấp 3 và Ấp 5", "2.318.406"])


def chk14():
    ok(38 != 36 and pct(36, 40, 0) == 90, "d14 figure plant")
    ok(29 + 5 != 33 and 29 + 4 == 33, "d14 att plant")
    ok(pct(27, 31) == P("87,1") != P("84,1") and 31 - 27 == 4, "d14 pct plant")
    ok(pct(Decimal("47.2"), Decimal("45.5")) == P("103,7"), "d14 ns")
    ok(pct(98, 6218, 2) == P("1,58"), "d14 hộ nghèo")
    ok(16 + 11 + 2 == 29 and not (16 > 33 / 2), "d14 resolution plant")
    ok(28 + 1 == 29 and pct(28, 33) == P("84,8") and 28 > 33 / 2, "d14 res2")
    ok(2026 - 1930 == 96, "d14 96 năm")


CHECKS = [chk1, chk2, chk3, chk4, chk5, chk6, chk7, chk8, chk9, chk10, chk11, chk12, chk13, chk14]


def main():
    for f in CHECKS:
        f()
    counts = {}
    total = 0
    names = sorted(DOCS)
    on_disk = sorted(x[:-4] for x in os.listdir(ROOT) if x.endswith(".txt"))
    ok(on_disk == names, "txt files on disk %s != %s" % (on_disk, names))
    for name in names:
        d = DOCS[name]
        path = os.path.join(ROOT, name + ".txt")
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        ok(unicodedata.normalize("NFC", text) == text, name + ": not NFC")
        ok(2000 <= len(text) <= 3500, "%s: length %d" % (name, len(text)))
        ok("\r" not in text, name + ": CR")
        for code, span, note in d["planted"]:
            ok(code in CODES, "%s: bad code %s" % (name, code))
            n = text.count(span)
            ok(n == 1, "%s: planted span %r occurs %d times" % (name, span, n))
            ok(any(ch.isdigit() for ch in span), "%s: span without digit %r" % (name, span))
            counts[code] = counts.get(code, 0) + 1
            total += 1
        if d["planted"]:
            ok(3 <= len(d["planted"]) <= 5, name + ": planted count")
        # planted spans must not overlap one another
        spans = sorted((text.find(s), text.find(s) + len(s)) for _, s, _ in d["planted"])
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            ok(b1 <= a2, name + ": overlapping planted spans")
        miss = [s for s in d["near"] if s not in text]
        ok(not miss, "%s: near-miss spans missing %r" % (name, miss))
        ok(len(d["near"]) >= 8, name + ": fewer than 8 near-misses")
        for _, s, _ in d["planted"]:
            for nm in d["near"]:
                if nm in text:
                    i, j = text.find(s), text.find(s) + len(s)
                    k = text.find(nm)
                    ok(not (k < j and i < k + len(nm)) or text.count(nm) > 1,
                       "%s: near-miss %r overlaps planted %r" % (name, nm, s))
        exp = {"genre": d["genre"], "clean": not d["planted"],
               "planted": [{"code": c, "text": s, "note": n} for c, s, n in d["planted"]],
               "officials": []}
        with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("%-45s %-13s len=%4d planted=%d near=%d" % (name, d["genre"], len(text), len(d["planted"]), len(d["near"])))
    print("total planted:", total)
    for c in sorted(counts, key=lambda c: -counts[c]):
        print("  %-26s %d" % (c, counts[c]))
    print("clean:", sum(1 for d in DOCS.values() if not d["planted"]))
    if FAIL:
        print("FAILURES:")
        for m in FAIL:
            print("  -", m)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
