# -*- coding: utf-8 -*-
"""Checks for clean_bank_r14a (held-out precision bank, mass organisations + HĐND + elections).

Run: python3 src/check.py   (from the bank folder or anywhere)
- passages are written literally below; after each one, the figures it states are re-derived
  with exact decimal arithmetic (percentages rounded half-up to the printed decimals);
- the script writes ../passages.txt and then lints passages.txt and doc01..doc06.txt
  (NFC, no double spaces, no space before , . ; : ) %, a space after a comma that follows a letter,
  no doubled words, no duplicate lines, TAB rows);
- the document figures are checked in docs_checks() (each asserted value must also occur in the file).
"""
import os, re, sys, unicodedata, datetime
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = os.path.dirname(HERE)


def pct(a, b, d=2):
    """a/b*100 rounded half-up to d decimals, Vietnamese decimal comma."""
    q = (D(str(a)) * 100 / D(str(b))).quantize(D(1).scaleb(-d), ROUND_HALF_UP)
    return str(q).replace('.', ',')


def num(x):
    """thousands with '.'"""
    return f"{x:,}".replace(',', '.')


def dec(x, d):
    return str(D(str(x)).quantize(D(1).scaleb(-d), ROUND_HALF_UP)).replace('.', ',')


def wd(s):
    """weekday name (Vietnamese) for dd/mm/yyyy"""
    dd, mm, yy = map(int, s.split('/'))
    return ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'][datetime.date(yy, mm, dd).weekday()]


PASSAGES = []


def P(text, *conds):
    for i, c in enumerate(conds):
        if c is not True:
            raise AssertionError(f"check {i} failed ({c!r}) in: {text}")
    PASSAGES.append(text)


def has(text, *subs):
    for s in subs:
        assert s in text, (s, text)
    return True


# ---------------------------------------------------------------- A. Mặt trận Tổ quốc
P("Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Tân Phú lần thứ XIV, nhiệm kỳ 2024-2029 có 120 đại biểu chính thức được triệu tập; 112 đại biểu có mặt, đạt 93,33%.",
  pct(112, 120) == "93,33")
P("Đại hội đã hiệp thương cử 35 vị tham gia Ủy ban MTTQ Việt Nam xã khóa XIV, trong đó tái cử 21 vị (60%), tham gia lần đầu 14 vị (40%); nữ có 11 vị, chiếm 31,43%.",
  21 + 14 == 35, pct(21, 35, 0) == "60", pct(14, 35, 0) == "40", pct(11, 35) == "31,43")
P("Theo báo cáo thẩm tra tư cách đại biểu, tổng số đại biểu chính thức được triệu tập là 250 người, gồm 46 đại biểu đương nhiên, 172 đại biểu do Mặt trận cấp xã và các tổ chức thành viên hiệp thương cử, 32 đại biểu chỉ định; có mặt 243 đại biểu, vắng 7 đại biểu đều có lý do.",
  46 + 172 + 32 == 250, 243 + 7 == 250)
P("Trong tổng số 243 đại biểu có mặt, đại biểu nữ 81 người (33,33%), người ngoài Đảng 96 người (39,51%), dân tộc thiểu số 27 người (11,11%), đại biểu các tôn giáo 14 người (5,76%).",
  pct(81, 243) == "33,33", pct(96, 243) == "39,51", pct(27, 243) == "11,11", pct(14, 243) == "5,76")
P("Ngày 18/12/2020, Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị lần thứ tư, khóa XVI, nhiệm kỳ 2019-2024 tổng kết công tác Mặt trận năm 2020; dự hội nghị có 96/105 ủy viên, đạt 91,43%.",
  pct(96, 105) == "91,43")
P("Năm 2022, Mặt trận các cấp trong huyện tổ chức 47 cuộc giám sát và 9 cuộc phản biện xã hội, tổng cộng 56 cuộc, tăng 12 cuộc so với năm 2021 (44 cuộc).",
  47 + 9 == 56, 56 - 44 == 12)
P("Ban Thường trực Ủy ban MTTQ Việt Nam phường tiếp nhận 26 đơn thư; trong 19 đơn thuộc thẩm quyền, đã phối hợp giải quyết dứt điểm 17 đơn, đạt 89,47%, còn 2 đơn đang xem xét; 7 đơn không thuộc thẩm quyền đã hướng dẫn công dân gửi đúng nơi.",
  pct(17, 19) == "89,47", 17 + 2 == 19, 19 + 7 == 26)
P("Hội nghị hiệp thương lần thứ nhất thống nhất dự kiến cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu HĐND xã khóa XXI, nhiệm kỳ 2021-2026 với 25 đại biểu được bầu, gồm 13 đại biểu thuộc khối cơ quan, tổ chức ở xã và 12 đại biểu ở các thôn.",
  13 + 12 == 25)
P("Hội nghị hiệp thương lần thứ ba lập danh sách chính thức 41 người ứng cử đại biểu HĐND huyện khóa XX tại 9 đơn vị bầu cử để bầu 25 đại biểu (8 đơn vị bầu 3 đại biểu, 1 đơn vị bầu 1 đại biểu); số dư là 16 người.",
  8 * 3 + 1 == 25, 41 - 25 == 16)
P("Tại hội nghị cử tri nơi cư trú ở tổ dân phố số 5, có 84/130 cử tri được mời tham dự; kết quả biểu quyết có 82 cử tri tín nhiệm người ứng cử, đạt 97,62% số cử tri có mặt.",
  84 >= 55, pct(82, 84) == "97,62")
P("Ban công tác Mặt trận khu dân cư số 3 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019 với 214/236 hộ tham gia (90,68%); dịp này biểu dương 19 gia đình văn hóa tiêu biểu và trao 1 nhà Đại đoàn kết trị giá 50 triệu đồng.",
  pct(214, 236) == "90,68")
P("Năm 2023, toàn xã có 2.865/3.012 hộ đạt danh hiệu Gia đình văn hóa, tỷ lệ 95,12%, tăng 1,36 điểm phần trăm so với năm 2022 (93,76%).",
  pct(2865, 3012) == "95,12", D("95.12") - D("93.76") == D("1.36"))
P("Nhân kỷ niệm 94 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2024), có 126/131 khu dân cư tổ chức Ngày hội; 5 khu dân cư còn lại lùi sang tuần đầu tháng 12 do ảnh hưởng mưa lũ.",
  2024 - 1930 == 94, 131 - 126 == 5)
P("Qua bình xét cuối năm, 12/14 khu dân cư đạt danh hiệu Khu dân cư văn hóa (85,71%); 2 khu dân cư chưa đạt do còn để xảy ra tệ nạn xã hội.",
  pct(12, 14) == "85,71", 14 - 12 == 2)
P("Ban Thanh tra nhân dân xã tiếp nhận 8 kiến nghị của Nhân dân, đã phối hợp giải quyết xong 6 kiến nghị, đạt 75%; 2 kiến nghị đang tiếp tục theo dõi.",
  pct(6, 8, 0) == "75", 6 + 2 == 8)
P("Ban Giám sát đầu tư của cộng đồng giám sát 11 công trình với tổng mức đầu tư 23,7 tỷ đồng; qua giám sát đã kiến nghị điều chỉnh 3 hạng mục, các công trình còn lại bảo đảm đúng thiết kế.", True)
P("Hội nghị Ban Thường trực mở rộng quý III/2022 thống nhất 4 nhóm nhiệm vụ trọng tâm quý IV; 27/29 thành viên dự hội nghị nhất trí thông qua, 2 thành viên vắng có lý do.",
  27 + 2 == 29)
P("Tổng số ủy viên Ủy ban MTTQ Việt Nam phường khóa mới là 41 vị, tăng 4 vị so với khóa trước (37 vị); Ban Thường trực gồm 3 vị, Chủ tịch Ủy ban là bà Đặng Thị Thu.",
  41 - 37 == 4)
P("Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” có 1.748/1.802 hộ đăng ký thực hiện, đạt 97%.",
  pct(1748, 1802, 0) == "97")
P("Năm 2016, Mặt trận xã tổ chức 6 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân, thu hút 412 lượt người tham dự, bình quân gần 69 người/hội nghị.",
  D(412) / 6 < 69, D(412) / 6 > D("68.5"))

# ---------------------------------------------------------------- B. Quỹ Vì người nghèo, nhà Đại đoàn kết
P("Trong Tháng cao điểm “Vì người nghèo” năm 2021 (từ 17/10 đến 18/11/2021), Quỹ Vì người nghèo các cấp trong tỉnh tiếp nhận gần 10 tỷ đồng; trong đó cấp tỉnh 4,3 tỷ đồng, cấp huyện 5,5 tỷ đồng.",
  D("4.3") + D("5.5") == D("9.8"))
P("Từ nguồn Quỹ, Ban vận động các cấp hỗ trợ xây mới 59 nhà Đại đoàn kết với tổng kinh phí 2.360 triệu đồng (40 triệu đồng/nhà) và sửa chữa 27 nhà với 324 triệu đồng (12 triệu đồng/nhà).",
  59 * 40 == 2360, 27 * 12 == 324)
P("Năm 2024, Ủy ban MTTQ Việt Nam thị xã vận động Quỹ Vì người nghèo được 3,18 tỷ đồng, đạt 127,2% kế hoạch (2,5 tỷ đồng) và tăng 14,8% so với năm 2023 (2,77 tỷ đồng).",
  pct("3.18", "2.5", 1) == "127,2", pct(D("3.18") - D("2.77"), "2.77", 1) == "14,8")
P("Tổng số tiền đã chi từ Quỹ là 2.946 triệu đồng, gồm: xây mới 38 nhà (1.900 triệu đồng), sửa chữa 21 nhà (315 triệu đồng), tặng 1.462 suất quà Tết (731 triệu đồng).",
  1900 + 315 + 731 == 2946, 38 * 50 == 1900, 21 * 15 == 315, 1462 * D("0.5") == 731)
P("Lũy kế 5 năm (2016-2020), Quỹ Vì người nghèo huyện vận động được 14,6 tỷ đồng, bình quân 2,92 tỷ đồng/năm.",
  D("14.6") / 5 == D("2.92"))
P("Số hộ nghèo toàn xã giảm từ 312 hộ (7,84% trên tổng số 3.980 hộ) đầu năm 2022 xuống còn 241 hộ (5,97% trên tổng số 4.037 hộ) cuối năm, giảm 71 hộ.",
  pct(312, 3980) == "7,84", pct(241, 4037) == "5,97", 312 - 241 == 71)
P("Chương trình hỗ trợ nhà ở cho hộ nghèo giai đoạn 2023-2024 đặt chỉ tiêu 539 nhà; đến ngày 30/11/2024 đã khởi công 512 nhà, trong đó hoàn thành, bàn giao 468 nhà, đạt 86,83% chỉ tiêu.",
  pct(468, 539) == "86,83", 468 <= 512 <= 539)
P("Mức hỗ trợ mỗi nhà xây mới là 60 triệu đồng, mỗi nhà sửa chữa 30 triệu đồng; tổng kinh phí hỗ trợ 14 nhà xây mới và 6 nhà sửa chữa là 1.020 triệu đồng.",
  14 * 60 + 6 * 30 == 1020)
P("Cán bộ, công chức, viên chức, người lao động toàn tỉnh ủng hộ một ngày lương với tổng số tiền 5,42 tỷ đồng, chiếm 38,7% tổng số tiền vận động trong năm (14,01 tỷ đồng).",
  pct("5.42", "14.01", 1) == "38,7")
P("Năm 2025, Mặt trận các cấp trong tỉnh xây mới 1.126 nhà và sửa chữa 347 nhà Đại đoàn kết, tổng cộng 1.473 nhà, vượt 22,75% so với kế hoạch 1.200 nhà.",
  1126 + 347 == 1473, pct(1473 - 1200, 1200) == "22,75")
P("Chương trình xóa nhà tạm, nhà dột nát trên địa bàn xã hoàn thành 63/63 nhà (100%), gồm 41 nhà xây mới và 22 nhà sửa chữa; tổng kinh phí 3.474 triệu đồng, trong đó ngân sách 2.640 triệu đồng, xã hội hóa 834 triệu đồng.",
  41 + 22 == 63, 2640 + 834 == 3474)
P("Quỹ Vì người nghèo xã năm 2018 thu được 186,5 triệu đồng, chi 172 triệu đồng, tồn quỹ chuyển sang năm 2019 là 14,5 triệu đồng.",
  D("186.5") - 172 == D("14.5"))
P("Tính đến ngày 15/10/2019, Quỹ Vì người nghèo của huyện đã vận động được 1.286 triệu đồng, bằng 85,73% kế hoạch năm (1.500 triệu đồng).",
  pct(1286, 1500) == "85,73")
P("Trong 1.286 triệu đồng đã vận động, tiền mặt 1.052 triệu đồng, hiện vật quy thành tiền 234 triệu đồng.",
  1052 + 234 == 1286)
P("Nhân dịp Tết Nguyên đán Quý Mão 2023, Ủy ban MTTQ Việt Nam huyện tặng 2.150 suất quà cho hộ nghèo, hộ cận nghèo, mỗi suất 400.000 đồng, tổng trị giá 860 triệu đồng.",
  2150 * 400000 == 860 * 10 ** 6)
P("Các doanh nghiệp trên địa bàn ủng hộ 12 căn nhà Đại đoàn kết, mỗi căn 70 triệu đồng, tổng giá trị 840 triệu đồng, chiếm 35% tổng kinh phí xây nhà trong năm (2,4 tỷ đồng).",
  12 * 70 == 840, pct(840, 2400, 0) == "35")
P("Năm 2017, số hộ cận nghèo của phường giảm từ 126 hộ xuống còn 98 hộ, giảm 22,22%.",
  pct(126 - 98, 126) == "22,22")
P("Ban Chỉ đạo phân bổ 38 nhà cho 6 xã: xã Hòa Bình 9 nhà, xã Hòa Lợi 8 nhà, xã Hòa Thắng 7 nhà, xã Hòa An 6 nhà, xã Hòa Tiến 5 nhà và xã Hòa Hiệp 3 nhà.",
  9 + 8 + 7 + 6 + 5 + 3 == 38)

# ---------------------------------------------------------------- C. Hội Nông dân
P("Năm 2022, toàn tỉnh có 52.418 hộ đăng ký danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp; kết quả bình xét có 38.267 hộ đạt danh hiệu, bằng 73% số hộ đăng ký.",
  pct(38267, 52418, 0) == "73")
P("Trong 38.267 hộ đạt danh hiệu, cấp Trung ương 96 hộ, cấp tỉnh 2.104 hộ, cấp huyện 9.385 hộ và cấp xã 26.682 hộ.",
  96 + 2104 + 9385 + 26682 == 38267)
P("Quỹ Hỗ trợ nông dân tỉnh có tổng nguồn vốn 84,6 tỷ đồng, tăng 6,3 tỷ đồng so với đầu năm (78,3 tỷ đồng), đang cho vay 231 dự án với 2.418 hộ tham gia.",
  D("84.6") - D("78.3") == D("6.3"))
P("Năm 2020, Hội Nông dân xã kết nạp mới 86 hội viên, nâng tổng số hội viên lên 1.942 người, bằng 78,4% tổng số hộ sản xuất nông nghiệp (2.477 hộ).",
  pct(1942, 2477, 1) == "78,4")
P("Đại hội đại biểu Hội Nông dân huyện lần thứ IX, nhiệm kỳ 2023-2028 bầu Ban Chấp hành gồm 29 ủy viên; tại hội nghị lần thứ nhất, Ban Chấp hành bầu Ban Thường vụ 7 người, ông Phạm Văn Lực tái cử Chủ tịch với 29/29 phiếu (100%).",
  pct(29, 29, 0) == "100", 7 < 29)
P("Hội quản lý 64 tổ tiết kiệm và vay vốn với dư nợ ủy thác 312,45 tỷ đồng, chiếm 27,6% tổng dư nợ ủy thác của Ngân hàng Chính sách xã hội trên địa bàn (1.132,1 tỷ đồng).",
  pct("312.45", "1132.1", 1) == "27,6")
P("Tỷ lệ nợ quá hạn qua kênh Hội giảm còn 0,12%, giảm 0,05 điểm phần trăm so với cùng kỳ (0,17%).",
  D("0.17") - D("0.12") == D("0.05"))
P("Năm 2019, Hội phối hợp mở 18 lớp dạy nghề cho 540 hội viên, bình quân 30 học viên/lớp; sau học nghề có 432 học viên có việc làm, đạt 80%.",
  540 / 18 == 30, pct(432, 540, 0) == "80")
P("Các cấp Hội tổ chức 126 lớp tập huấn chuyển giao khoa học kỹ thuật cho 6.930 lượt hội viên, tăng 15 lớp so với năm 2018 (111 lớp).",
  126 - 111 == 15)
P("Kết quả đánh giá năm 2021 có 17/22 cơ sở Hội xếp loại vững mạnh (77,27%), 4 cơ sở khá, 1 cơ sở trung bình, không có cơ sở yếu kém.",
  17 + 4 + 1 == 22, pct(17, 22) == "77,27")
P("Quỹ Hỗ trợ nông dân xã tăng trưởng 215 triệu đồng, đạt 107,5% chỉ tiêu Hội Nông dân huyện giao (200 triệu đồng).",
  pct(215, 200, 1) == "107,5")
P("Nhân kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2023), Hội Nông dân tỉnh tôn vinh 45 nông dân xuất sắc và 12 hợp tác xã tiêu biểu.",
  2023 - 1930 == 93)
P("Các cấp Hội phối hợp cung ứng 1.840 tấn phân bón trả chậm cho hội viên, tăng 9,52% so với năm trước (1.680 tấn).",
  pct(1840 - 1680, 1680) == "9,52")
P("Hội Nông dân phường có 11 chi hội với 724 hội viên, bình quân 65,8 hội viên/chi hội.",
  dec(D(724) / 11, 1) == "65,8")
P("Đại hội đại biểu Hội Nông dân xã lần thứ X, nhiệm kỳ 2023-2028 có 147/150 đại biểu chính thức tham dự, đại diện cho 2.036 hội viên sinh hoạt tại 12 chi hội.",
  147 <= 150)
P("Tổ hợp tác trồng rau an toàn của chi hội có 18 thành viên, diện tích 7,2 ha, lợi nhuận bình quân 86 triệu đồng/ha/năm, tổng lợi nhuận ước đạt 619,2 triệu đồng.",
  D("7.2") * 86 == D("619.2"))
P("Năm 2024, Hội Nông dân xã được huyện giao 6 chỉ tiêu; kết quả 5 chỉ tiêu đạt và vượt, 1 chỉ tiêu chưa đạt là phát triển hội viên (52/60 hội viên, đạt 86,67%).",
  5 + 1 == 6, pct(52, 60) == "86,67", 52 < 60)
P("Hội viên đóng góp 3.450 ngày công và 1,28 tỷ đồng làm mới 6,5 km đường giao thông nội đồng, bình quân gần 197 triệu đồng/km.",
  D("1280") / D("6.5") < 197, D("1280") / D("6.5") > D("196.5"))

# ---------------------------------------------------------------- D. Hội Liên hiệp Phụ nữ
P("Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI, nhiệm kỳ 2021-2026 có 299 đại biểu chính thức, đại diện cho hơn 312.000 hội viên; Đại hội bầu Ban Chấp hành khóa XVI gồm 41 ủy viên, trong đó 17 ủy viên tham gia lần đầu (41,46%).",
  pct(17, 41) == "41,46")
P("6 tháng đầu năm 2024, các cấp Hội kết nạp 2.146 hội viên mới, đạt 71,53% chỉ tiêu cả năm (3.000 hội viên).",
  pct(2146, 3000) == "71,53")
P("Tổng số hội viên toàn huyện là 18.625 người, chiếm 82,17% số phụ nữ từ 18 tuổi trở lên (22.667 người).",
  pct(18625, 22667) == "82,17")
P("Năm 2020 có 134/152 chi hội xếp loại vững mạnh (88,16%), 16 chi hội khá (10,53%), 2 chi hội trung bình (1,32%).",
  134 + 16 + 2 == 152, pct(134, 152) == "88,16", pct(16, 152) == "10,53", pct(2, 152) == "1,32")
P("Trong năm, Hội giúp đỡ 215 hộ phụ nữ nghèo, trong đó có 87 hộ thoát nghèo, đạt 116% chỉ tiêu (75 hộ).",
  pct(87, 75, 0) == "116")
P("Mô hình “Tiết kiệm mỗi ngày 1.000 đồng” huy động được 486,5 triệu đồng, giúp 97 lượt hội viên vay không lãi, bình quân 5,02 triệu đồng/lượt.",
  dec(D("486.5") / 97, 2) == "5,02")
P("Dư nợ ủy thác qua Hội Liên hiệp Phụ nữ xã đến ngày 30/6/2023 đạt 41,26 tỷ đồng với 1.034 hộ vay, tăng 2,84 tỷ đồng so với ngày 31/12/2022 (38,42 tỷ đồng).",
  D("41.26") - D("38.42") == D("2.84"))
P("Tỷ lệ nữ đại biểu HĐND xã nhiệm kỳ 2021-2026 đạt 32% (8/25 đại biểu), tăng 8 điểm phần trăm so với nhiệm kỳ 2016-2021 (6/25 đại biểu).",
  pct(8, 25, 0) == "32", pct(6, 25, 0) == "24", 32 - 24 == 8)
P("Nhân kỷ niệm 113 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2023), Hội Liên hiệp Phụ nữ phường trao 45 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 22,5 triệu đồng.",
  2023 - 1910 == 113, 45 * 500000 == D("22.5") * 10 ** 6)
P("Kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2025), Hội biểu dương 36 tập thể và 112 cá nhân có thành tích xuất sắc.",
  2025 - 1930 == 95)
P("Trong 12 chỉ tiêu Nghị quyết Đại hội đề ra, đến giữa nhiệm kỳ có 9 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt.",
  9 + 3 == 12)
P("Chi hội phụ nữ thôn Bình An có 68 hội viên, trong đó 21 hội viên là người dân tộc Chăm (30,88%) và 9 hội viên trên 60 tuổi.",
  pct(21, 68) == "30,88")
P("Hội phối hợp tổ chức 14 buổi truyền thông về phòng, chống bạo lực gia đình với 1.120 lượt người tham dự, bình quân 80 người/buổi.",
  1120 / 14 == 80)
P("Hội Liên hiệp Phụ nữ thành phố giới thiệu 58 hội viên ưu tú cho Đảng xem xét kết nạp, đạt 116% chỉ tiêu (50 hội viên); đã có 41 hội viên được kết nạp vào Đảng.",
  pct(58, 50, 0) == "116", 41 <= 58)
P("Năm 2015, các cấp Hội vận động xây dựng 23 “Mái ấm tình thương” cho phụ nữ nghèo, tổng kinh phí 1.035 triệu đồng, bình quân 45 triệu đồng/căn.",
  23 * 45 == 1035)

# ---------------------------------------------------------------- E. Đoàn Thanh niên
P("Năm 2022, Huyện đoàn kết nạp 627 đoàn viên mới, đạt 104,5% chỉ tiêu (600 đoàn viên); giới thiệu 86 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 61 đồng chí đã được kết nạp (70,93%).",
  pct(627, 600, 1) == "104,5", pct(61, 86) == "70,93")
P("Chiến dịch Thanh niên tình nguyện hè năm 2023 thu hút 2.350 lượt đoàn viên, thanh niên tham gia, làm mới 4,6 km đường giao thông nông thôn, trồng 12.500 cây xanh; tổng giá trị các công trình, phần việc ước đạt 1,27 tỷ đồng.", True)
P("Trong 3.418 đoàn viên được đánh giá, xếp loại xuất sắc 812 đoàn viên (23,76%), khá 2.103 đoàn viên (61,53%), trung bình 461 đoàn viên (13,49%) và yếu 42 đoàn viên (1,23%).",
  812 + 2103 + 461 + 42 == 3418, pct(812, 3418) == "23,76", pct(2103, 3418) == "61,53",
  pct(461, 3418) == "13,49", pct(42, 3418) == "1,23")
P("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh xã lần thứ XXV, nhiệm kỳ 2022-2027 có 98/100 đại biểu chính thức tham dự; Đại hội bầu 15 đồng chí vào Ban Chấp hành khóa mới, đồng chí Trần Thị Hoa tái cử Bí thư Đoàn xã.",
  98 <= 100)
P("Ngày hội Chủ nhật Đỏ lần thứ XV tại tỉnh tiếp nhận 1.246 đơn vị máu, vượt 24,6% so với kế hoạch (1.000 đơn vị).",
  pct(246, 1000, 1) == "24,6")
P("Tỷ lệ tập hợp thanh niên vào tổ chức Đoàn, Hội đạt 78,5% (9.263/11.800 thanh niên).",
  pct(9263, 11800, 1) == "78,5")
P("Kết quả đánh giá chất lượng tổ chức cơ sở Đoàn năm 2021 có 26/31 cơ sở hoàn thành xuất sắc nhiệm vụ (83,87%), 5 cơ sở hoàn thành tốt nhiệm vụ.",
  26 + 5 == 31, pct(26, 31) == "83,87")
P("Đoàn phí thu được 38,4 triệu đồng; nộp cấp trên 40% (15,36 triệu đồng), để lại cơ sở 60% (23,04 triệu đồng).",
  D("38.4") * D("0.4") == D("15.36"), D("38.4") * D("0.6") == D("23.04"), D("15.36") + D("23.04") == D("38.4"))
P("Kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2021), Thành đoàn tuyên dương 24 gương “Thanh niên tiêu biểu” và kết nạp 310 đoàn viên mới trong “Tháng Thanh niên”.",
  2021 - 1931 == 90)
P("Năm 2025, xã giao 28 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu; trong đó có 9 thanh niên có trình độ cao đẳng, đại học (32,14%).",
  pct(9, 28) == "32,14")
P("Toàn huyện có 4.215 đoàn viên, giảm 3,61% so với năm 2020 (4.373 đoàn viên) do nhiều đoàn viên đi làm ăn xa.",
  pct(4373 - 4215, 4373) == "3,61")
P("Công trình “Thắp sáng đường quê” do Đoàn xã thực hiện lắp đặt 148 bóng đèn trên 5,2 km đường liên thôn, trị giá 96,2 triệu đồng, bình quân 650.000 đồng/bóng.",
  D("96.2") * 10 ** 6 / 148 == 650000)
P("Hội nghị Ban Chấp hành Đoàn trường lần thứ 3, khóa XII có 13/15 ủy viên dự; hội nghị thống nhất chỉ tiêu kết nạp 120 đoàn viên mới, chia đều cho 4 khối, mỗi khối 30 đoàn viên.",
  4 * 30 == 120)
P("Hội Liên hiệp Thanh niên xã có 1.046 hội viên, trong đó 392 hội viên là đoàn viên (37,48%).",
  pct(392, 1046) == "37,48")
P("Trong đợt cao điểm, 16 đội hình tình nguyện với 384 đoàn viên tham gia hỗ trợ người dân làm thủ tục hành chính, bình quân 24 đoàn viên/đội hình.",
  384 / 16 == 24)

# ---------------------------------------------------------------- F. Hội Cựu chiến binh
P("Hội Cựu chiến binh tỉnh hiện có 287 tổ chức cơ sở Hội với 41.352 hội viên, trong đó 12.406 hội viên là đảng viên (30%).",
  pct(12406, 41352, 0) == "30")
P("Năm 2018, toàn Hội có 257/287 cơ sở Hội đạt trong sạch, vững mạnh (89,55%), 28 cơ sở khá, 2 cơ sở trung bình.",
  257 + 28 + 2 == 287, pct(257, 287) == "89,55")
P("Số hộ hội viên khá, giàu chiếm 68,3%; hộ hội viên nghèo giảm còn 174 hộ, bằng 0,42% tổng số hội viên.",
  pct(174, 41352) == "0,42")
P("Đại hội đại biểu Hội Cựu chiến binh xã lần thứ VII, nhiệm kỳ 2022-2027 có 112 đại biểu đại diện cho 486 hội viên sinh hoạt tại 9 chi hội; Đại hội bầu Ban Chấp hành 9 đồng chí, Ban Thường vụ 3 đồng chí.", True)
P("Quỹ Hội đến cuối năm 2019 đạt 1,56 tỷ đồng, bình quân khoảng 321.000 đồng/hội viên (4.860 hội viên).",
  round(D("1560000000") / 4860, -3) == 321000)
P("Kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2024), Hội Cựu chiến binh huyện khen thưởng 17 tập thể và 46 cá nhân.",
  2024 - 1989 == 35)
P("Năm 2023, các cấp Hội kết nạp 162 hội viên mới, vượt 8% chỉ tiêu (150 hội viên).",
  pct(162 - 150, 150, 0) == "8")
P("Các cấp Hội hỗ trợ xây mới, sửa chữa 14 “Nhà nghĩa tình đồng đội” trị giá 780 triệu đồng, gồm xây mới 9 nhà (630 triệu đồng) và sửa chữa 5 nhà (150 triệu đồng).",
  9 + 5 == 14, 630 + 150 == 780)
P("Hội Cựu chiến binh phường có 7 chi hội với 318 hội viên; trong đó 27 hội viên là thương binh, 11 hội viên là nạn nhân chất độc da cam.", True)
P("Trong 5 năm (2017-2021), Hội tham gia hòa giải thành 43/47 vụ việc mâu thuẫn ở cơ sở, đạt 91,49%.",
  pct(43, 47) == "91,49")
P("Ban Chấp hành Hội Cựu chiến binh huyện khóa VIII có 21 ủy viên; tại hội nghị sơ kết 6 tháng đầu năm 2022 có 20 ủy viên dự, 1 ủy viên vắng có lý do.",
  20 + 1 == 21)
P("Quỹ tương trợ của Hội đạt 2,15 tỷ đồng, đang giúp 312 lượt hội viên vay phát triển kinh tế với mức vay bình quân 6,89 triệu đồng/lượt.",
  dec(D("2150") / 312, 2) == "6,89")

# ---------------------------------------------------------------- G. Công đoàn
P("Năm 2023, Liên đoàn Lao động tỉnh phát triển mới 8.412 đoàn viên, đạt 120,17% kế hoạch (7.000 đoàn viên), thành lập mới 26 công đoàn cơ sở.",
  pct(8412, 7000) == "120,17")
P("Chương trình “Tết Sum vầy” Xuân Giáp Thìn 2024 trao 12.600 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá 6,3 tỷ đồng.",
  12600 * 500000 == D("6.3") * 10 ** 9)
P("Tổng số đoàn viên công đoàn đến ngày 31/12/2023 là 186.542 người, trong đó khu vực doanh nghiệp ngoài nhà nước 142.718 người (76,51%).",
  pct(142718, 186542) == "76,51")
P("Đại hội Công đoàn tỉnh lần thứ XIV, nhiệm kỳ 2023-2028 có 298/300 đại biểu chính thức tham dự; Đại hội bầu Ban Chấp hành gồm 35 ủy viên và đoàn đại biểu 11 người đi dự Đại hội XIII Công đoàn Việt Nam.",
  298 <= 300)
P("Thu kinh phí công đoàn năm 2022 đạt 182,4 tỷ đồng, bằng 101,33% dự toán (180 tỷ đồng); thu đoàn phí đạt 46,8 tỷ đồng, bằng 97,5% dự toán (48 tỷ đồng).",
  pct("182.4", 180) == "101,33", pct("46.8", 48, 1) == "97,5")
P("Công đoàn các cấp xây dựng 18 “Mái ấm Công đoàn” với mức hỗ trợ 50 triệu đồng/nhà, tổng kinh phí 900 triệu đồng.",
  18 * 50 == 900)
P("Có 1.148/1.263 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc (90,89%) và 862 doanh nghiệp ký kết thỏa ước lao động tập thể.",
  pct(1148, 1263) == "90,89")
P("Kết quả đánh giá năm 2024 có 412 công đoàn cơ sở hoàn thành tốt nhiệm vụ trở lên, chiếm 84,08% tổng số 490 công đoàn cơ sở được đánh giá.",
  pct(412, 490) == "84,08")
P("Hội nghị Ban Chấp hành Liên đoàn Lao động huyện lần thứ năm, khóa XV có 23/25 ủy viên dự, vắng 2 ủy viên có lý do.",
  23 + 2 == 25)
P("Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024), Công đoàn ngành Giáo dục tặng Bằng khen cho 14 công đoàn cơ sở và 52 đoàn viên.",
  2024 - 1929 == 95)
P("Công đoàn cơ sở Công ty May Tân Thành có 1.526 đoàn viên trên tổng số 1.612 lao động, tỷ lệ 94,67%.",
  pct(1526, 1612) == "94,67")
P("Năm 2021, Công đoàn huyện chi hỗ trợ đoàn viên bị ảnh hưởng dịch Covid-19 với 634 trường hợp, tổng số tiền 317 triệu đồng, mỗi trường hợp 500.000 đồng.",
  634 * 500000 == 317 * 10 ** 6)
P("Dự toán thu, chi tài chính công đoàn cơ sở năm 2025: tổng thu 264,6 triệu đồng, gồm kinh phí công đoàn được sử dụng 178,2 triệu đồng, đoàn phí được sử dụng 64,8 triệu đồng và thu khác 21,6 triệu đồng.",
  D("178.2") + D("64.8") + D("21.6") == D("264.6"))
P("Bình quân thu nhập của người lao động tại các doanh nghiệp được khảo sát là 8,74 triệu đồng/tháng, tăng 6,6% so với năm 2022 (8,2 triệu đồng/tháng).",
  pct(D("8.74") - D("8.2"), "8.2", 1) == "6,6")
P("Cụm thi đua số 2 gồm 7 Liên đoàn Lao động cấp huyện; kết quả bình xét có 2 đơn vị dẫn đầu, 4 đơn vị hoàn thành tốt và 1 đơn vị hoàn thành nhiệm vụ.",
  2 + 4 + 1 == 7)

# ---------------------------------------------------------------- H. Hội Người cao tuổi
P("Hội Người cao tuổi xã có 1.284 hội viên, chiếm 96,2% số người cao tuổi trên địa bàn (1.335 người).",
  pct(1284, 1335, 1) == "96,2")
P("Năm 2024, Hội phối hợp tổ chức chúc thọ, mừng thọ cho 214 cụ, gồm 82 cụ tuổi 70, 54 cụ tuổi 75, 41 cụ tuổi 80, 23 cụ tuổi 85, 11 cụ tuổi 90 và 3 cụ từ 100 tuổi trở lên.",
  82 + 54 + 41 + 23 + 11 + 3 == 214)
P("Câu lạc bộ Liên thế hệ tự giúp nhau thôn Đông có 50 thành viên, trong đó 35 người từ 55 tuổi trở lên (70%), 15 người dưới 55 tuổi (30%); thành viên nữ 34 người (68%).",
  35 + 15 == 50, pct(35, 50, 0) == "70", pct(15, 50, 0) == "30", pct(34, 50, 0) == "68")
P("Tại buổi mừng thọ, Hội trao 50 phần quà cho hội viên, mỗi phần 400.000 đồng, và 50 phần quà cho trẻ em có hoàn cảnh khó khăn, mỗi phần 200.000 đồng; tổng trị giá 30 triệu đồng.",
  50 * 400000 + 50 * 200000 == 30 * 10 ** 6)
P("Quỹ Chăm sóc và phát huy vai trò người cao tuổi của huyện đến ngày 30/9/2022 đạt 2,84 tỷ đồng, tăng 11,37% so với cùng kỳ năm 2021 (2,55 tỷ đồng).",
  pct(D("2.84") - D("2.55"), "2.55") == "11,37")
P("Chi hội Người cao tuổi thôn Vĩnh Hòa có 73 hội viên, trong đó 9 cụ từ 90 tuổi trở lên, 1 cụ tròn 100 tuổi.", True)
P("Có 412 người cao tuổi từ 80 tuổi trở lên được cấp thẻ bảo hiểm y tế (100%); 1.096 lượt người cao tuổi được khám sức khỏe định kỳ.", True)
P("Đại hội đại biểu Hội Người cao tuổi huyện lần thứ VI, nhiệm kỳ 2021-2026 biểu quyết thông qua Nghị quyết Đại hội với 135/135 đại biểu tán thành (100%).",
  pct(135, 135, 0) == "100")
P("Nhân kỷ niệm 78 năm Ngày truyền thống Người cao tuổi Việt Nam (06/6/1941 - 06/6/2019), Hội biểu dương 26 gương “Tuổi cao - Gương sáng”.",
  2019 - 1941 == 78)
P("Toàn tỉnh có 612 câu lạc bộ Liên thế hệ tự giúp nhau với 30.396 thành viên, bình quân gần 50 thành viên/câu lạc bộ.",
  D(30396) / 612 < 50, D(30396) / 612 > D("49.5"))
P("Số người cao tuổi tham gia các câu lạc bộ văn nghệ, thể dục dưỡng sinh là 3.418 người, tăng 312 người so với năm trước (3.106 người).",
  3418 - 3106 == 312)
P("Hội Người cao tuổi phường có 14 chi hội; kết quả bình xét năm 2017 có 11 chi hội xuất sắc, 3 chi hội khá.",
  11 + 3 == 14)

# ---------------------------------------------------------------- I. HĐND: kỳ họp, chất vấn, tiếp xúc cử tri
P("Kỳ họp thứ 12, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026 khai mạc sáng 08/12/2022 với 59/62 đại biểu có mặt; 3 đại biểu vắng có lý do.",
  59 + 3 == 62)
P("Kỳ họp đã xem xét, thông qua 28 nghị quyết, trong đó có 11 nghị quyết quy phạm pháp luật và 17 nghị quyết cá biệt.",
  11 + 17 == 28)
P("Nghị quyết về dự toán ngân sách địa phương năm 2023 được thông qua với 57/62 đại biểu tán thành, đạt 91,94% tổng số đại biểu HĐND tỉnh.",
  pct(57, 62) == "91,94", 57 <= 59, 57 > 62 / 2)
P("Tại phiên chất vấn, 9 đại biểu đặt câu hỏi với 4 giám đốc sở; có 14 lượt chất vấn và 6 lượt tranh luận.", True)
P("Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 được 49/51 đại biểu có mặt biểu quyết tán thành, bằng 90,74% tổng số đại biểu HĐND thành phố (54 đại biểu).",
  pct(49, 54) == "90,74", 49 > 54 / 2)
P("Kết quả lấy phiếu tín nhiệm tại kỳ họp thứ 10: Chủ tịch HĐND tỉnh có 50/50 phiếu tín nhiệm cao (100%); Chủ tịch UBND tỉnh có 46 phiếu tín nhiệm cao (92%), 4 phiếu tín nhiệm (8%), không có phiếu tín nhiệm thấp.",
  46 + 4 == 50, pct(46, 50, 0) == "92", pct(4, 50, 0) == "8")
P("Trước kỳ họp giữa năm 2020, đại biểu HĐND 3 cấp tổ chức 64 điểm tiếp xúc cử tri với 5.318 lượt cử tri tham dự, bình quân 83 cử tri/điểm; cử tri nêu 247 ý kiến, kiến nghị.",
  round(D(5318) / 64) == 83)
P("Trong 247 ý kiến, kiến nghị có 38 ý kiến thuộc thẩm quyền Trung ương, 121 ý kiến thuộc thẩm quyền của tỉnh và 88 ý kiến thuộc thẩm quyền cấp huyện, cấp xã.",
  38 + 121 + 88 == 247)
P("Đến ngày 15/11/2020, các cơ quan đã giải quyết, trả lời 231/247 ý kiến (93,52%); 16 ý kiến đang tiếp tục xem xét.",
  pct(231, 247) == "93,52", 231 + 16 == 247)
P("Năm 2019, Thường trực và các Ban HĐND huyện tổ chức 14 cuộc giám sát và 9 cuộc khảo sát, tăng 3 cuộc so với năm 2018 (20 cuộc).",
  14 + 9 - 20 == 3)
P("HĐND xã thông qua dự toán thu ngân sách năm 2024 là 18,65 tỷ đồng, tăng 6,4% so với ước thực hiện năm 2023 (17,53 tỷ đồng).",
  pct(D("18.65") - D("17.53"), "17.53", 1) == "6,4")
P("Ước thực hiện thu ngân sách nhà nước trên địa bàn năm 2022 đạt 3.612 tỷ đồng, bằng 112,9% dự toán HĐND tỉnh giao (3.200 tỷ đồng) và bằng 104,3% so với năm 2021 (3.463 tỷ đồng).",
  pct(3612, 3200, 1) == "112,9", pct(3612, 3463, 1) == "104,3")
P("Kỳ họp thứ nhất HĐND phường khóa XII bầu ông Nguyễn Văn Tâm giữ chức Chủ tịch HĐND phường với 24/25 phiếu bầu, đạt 96% tổng số đại biểu.",
  pct(24, 25, 0) == "96")
P("Kết quả bầu Phó Chủ tịch UBND huyện: số phiếu phát ra 33, số phiếu thu vào 33, phiếu hợp lệ 33; bà Lò Thị Mai trúng cử với 31 phiếu, đạt 91,18% tổng số đại biểu HĐND huyện (34 đại biểu).",
  pct(31, 34) == "91,18", 31 > 34 / 2, 33 <= 34)
P("Với 21/21 đại biểu có mặt tán thành (100%), kỳ họp thông qua Nghị quyết về chủ trương đầu tư 3 công trình giao thông nông thôn với tổng mức đầu tư 7,86 tỷ đồng, lần lượt là 3,12 tỷ đồng, 2,45 tỷ đồng và 2,29 tỷ đồng.",
  D("3.12") + D("2.45") + D("2.29") == D("7.86"))
P("Tại phiên thảo luận ở tổ có 37 lượt ý kiến phát biểu, trong đó 22 lượt về kinh tế - ngân sách, 9 lượt về văn hóa - xã hội và 6 lượt về pháp chế.",
  22 + 9 + 6 == 37)
P("Ngày 30/6/2025, HĐND xã Tân Hòa tổ chức kỳ họp thứ nhất sau sắp xếp với 78 đại biểu, là tổng số đại biểu HĐND của 3 xã trước sắp xếp (27, 25 và 26 đại biểu).",
  27 + 25 + 26 == 78)
P("Trong 6 tháng đầu năm, Thường trực HĐND tỉnh chuyển 112 kiến nghị của cử tri đến UBND tỉnh; đến nay đã trả lời 104 kiến nghị, còn 8 kiến nghị đang xử lý.",
  104 + 8 == 112)
P("Kỳ họp chuyên đề (kỳ họp thứ bảy) HĐND xã khóa XXI diễn ra trong một buổi với 23/25 đại biểu dự, thông qua 4 nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2023.",
  23 <= 25)
P("Sau kỳ họp thứ 9, các tổ đại biểu HĐND huyện tổ chức 16 buổi tiếp xúc cử tri tại 16 xã, thị trấn với 1.472 lượt cử tri, bình quân 92 cử tri/buổi.",
  1472 / 16 == 92)
P("Nghị quyết thành lập thôn Tân Lập trên cơ sở sáp nhập thôn 7 (142 hộ) và thôn 8 (118 hộ), thôn mới có 260 hộ với 1.047 nhân khẩu.",
  142 + 118 == 260)
P("HĐND tỉnh khóa XV có 52 đại biểu; tại kỳ họp thứ 3, 50 đại biểu có mặt, 48 đại biểu tán thành Nghị quyết quy định mức chi tiếp khách, chiếm 92,31% tổng số đại biểu.",
  pct(48, 52) == "92,31", 48 <= 50)
P("Nghị quyết về giá dịch vụ thu gom rác thải được thông qua với 30/33 đại biểu có mặt tán thành (tỷ lệ 85,71% tổng số 35 đại biểu HĐND huyện), 2 đại biểu không tán thành và 1 đại biểu không biểu quyết.",
  30 + 2 + 1 == 33, pct(30, 35) == "85,71", 30 > 35 / 2)
P("Tổng chi ngân sách xã năm 2017 theo quyết toán là 9.846 triệu đồng, bằng 103,64% dự toán HĐND xã giao (9.500 triệu đồng).",
  pct(9846, 9500) == "103,64")
P("Trong nhiệm kỳ 2016-2021, HĐND tỉnh tổ chức 22 kỳ họp, gồm 11 kỳ họp thường lệ và 11 kỳ họp chuyên đề, bất thường; ban hành 372 nghị quyết.",
  11 + 11 == 22)

# ---------------------------------------------------------------- J. Bầu cử, kiểm phiếu
P("Ngày 23/5/2021, toàn tỉnh có 1.024.816/1.026.532 cử tri đi bầu, đạt 99,83%; không có đơn vị nào phải bầu thêm, bầu lại.",
  pct(1024816, 1026532) == "99,83", wd("23/5/2021") == "Chủ nhật")
P("Tại khu vực bỏ phiếu số 4, tổng số cử tri trong danh sách là 1.246 người, số cử tri đã tham gia bỏ phiếu là 1.239 người, đạt 99,44%.",
  pct(1239, 1246) == "99,44")
P("Số phiếu phát ra là 1.239, số phiếu thu vào 1.239; số phiếu hợp lệ 1.226, số phiếu không hợp lệ 13.",
  1226 + 13 == 1239)
P("Đơn vị bầu cử số 2 (gồm 3 khu vực bỏ phiếu) bầu 3 đại biểu trong danh sách 5 người ứng cử; trên tổng số 3.418 phiếu hợp lệ, bà Nguyễn Thị Lan được 3.021 phiếu (88,39%), ông Trần Văn Bình 2.876 phiếu (84,14%), ông Hoàng Minh Đức 2.344 phiếu (68,58%), bà Lê Thị Hạnh 1.017 phiếu (29,75%), ông Đỗ Văn Sơn 812 phiếu (23,76%).",
  pct(3021, 3418) == "88,39", pct(2876, 3418) == "84,14", pct(2344, 3418) == "68,58",
  pct(1017, 3418) == "29,75", pct(812, 3418) == "23,76",
  3021 + 2876 + 2344 + 1017 + 812 <= 3 * 3418)
P("Ba người có số phiếu cao nhất là bà Nguyễn Thị Lan, ông Trần Văn Bình và ông Hoàng Minh Đức đều đạt quá nửa tổng số phiếu hợp lệ nên trúng cử đại biểu HĐND tỉnh.",
  2344 > 3418 / 2)
P("Tỉnh được bầu 7 đại biểu Quốc hội ở 3 đơn vị bầu cử (2 đơn vị mỗi đơn vị bầu 2 đại biểu, 1 đơn vị bầu 3 đại biểu); danh sách chính thức có 13 người ứng cử.",
  2 * 2 + 3 == 7, 13 >= (2 + 2) * 2 + (3 + 2))
P("Xã chia thành 6 đơn vị bầu cử để bầu 25 đại biểu HĐND xã (1 đơn vị bầu 5 đại biểu, 5 đơn vị mỗi đơn vị bầu 4 đại biểu); danh sách chính thức có 42 người ứng cử.",
  5 + 5 * 4 == 25, 42 >= 25 + 2 * 6)
P("Ủy ban bầu cử xã thành lập 11 Tổ bầu cử với 121 thành viên, mỗi Tổ 11 người.",
  11 * 11 == 121)
P("Tính đến 19 giờ ngày 15/3/2026, xã có 18.372 cử tri đã bỏ phiếu trên tổng số 18.409 cử tri trong danh sách, đạt 99,8%.",
  pct(18372, 18409, 1) == "99,8", wd("15/3/2026") == "Chủ nhật")
P("Hội nghị cử tri nơi công tác tại Sở Tư pháp có 86/94 cử tri tham dự; 86/86 cử tri có mặt tín nhiệm người được giới thiệu ứng cử (100%).", True)
P("Thôn Nà Lừa có 187 cử tri; theo quy định, thôn có từ 100 cử tri trở lên phải có ít nhất 55 cử tri tham dự hội nghị, thực tế có 112 cử tri dự (59,89%).",
  pct(112, 187) == "59,89", 112 >= 55)
P("Ngày bầu cử 22/5/2016, cử tri phường đi bầu đạt 99,91% (12.418/12.429 người); tại khu vực bỏ phiếu số 6 có 100% cử tri đi bầu.",
  pct(12418, 12429) == "99,91", wd("22/5/2016") == "Chủ nhật")
P("Kết quả bầu cử đại biểu HĐND huyện tại đơn vị bầu cử số 5: số phiếu hợp lệ 5.127; ông Vi Văn Tuấn 4.312 phiếu (84,10%), bà Lương Thị Nga 3.985 phiếu (77,73%), ông Hà Văn Khánh 1.736 phiếu (33,86%); bầu 2 đại biểu, ông Tuấn và bà Nga trúng cử.",
  pct(4312, 5127) == "84,10", pct(3985, 5127) == "77,73", pct(1736, 5127) == "33,86",
  4312 + 3985 + 1736 <= 2 * 5127, 3985 > 5127 / 2)
P("Ban bầu cử đã tiếp nhận 48 hồ sơ người ứng cử, trong đó 45 người do cơ quan, tổ chức giới thiệu và 3 người tự ứng cử; nữ 19 người (39,58%), người dưới 40 tuổi 14 người (29,17%).",
  45 + 3 == 48, pct(19, 48) == "39,58", pct(14, 48) == "29,17")
P("Tổ bầu cử số 8 lập biên bản kiểm phiếu lúc 20 giờ 15 phút; khu vực bỏ phiếu có 976 cử tri, 973 người đã bỏ phiếu (99,69%), trong đó 41 cử tri bỏ phiếu vào hòm phiếu phụ.",
  pct(973, 976) == "99,69")
P("Kết quả kiểm phiếu bầu cử đại biểu HĐND xã tại đơn vị bầu cử số 1: phiếu phát ra 2.104, phiếu thu vào 2.104, phiếu hợp lệ 2.087 (99,19%), phiếu không hợp lệ 17 (0,81%).",
  2087 + 17 == 2104, pct(2087, 2104) == "99,19", pct(17, 2104) == "0,81")
P("Danh sách cử tri của xã niêm yết ngày 25/02/2026 có 9.806 cử tri; sau khi bổ sung 23 người, xóa tên 11 người, danh sách chính thức còn 9.818 cử tri.",
  9806 + 23 - 11 == 9818)

# ---------------------------------------------------------------- K. Portal debris, bylines, captions, Nơi nhận, signatures
P(f"Cập nhật lúc 15:42, {wd('07/12/2023')}, 07/12/2023 (GMT+7)", wd('07/12/2023') == "Thứ Năm")
P(f"{wd('18/11/2024')}, 18/11/2024 09:15 (GMT+7)", wd('18/11/2024') == "Thứ Hai")
P("Quang cảnh Đại hội đại biểu Hội Nông dân huyện lần thứ IX, nhiệm kỳ 2023-2028. (Ảnh: Minh Tuấn)")
P("Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao tiền hỗ trợ xây nhà Đại đoàn kết cho hộ bà Hồ Thị Lài, thôn 2, xã Ea Tiêu. Ảnh: T.H")
P("Tác giả bài viết: Hồng Nhung - Lượt xem: 1.247")
P("Nơi nhận: - Ban Thường trực Ủy ban MTTQ Việt Nam huyện (b/c); - Thường trực Đảng ủy, HĐND, UBND xã; - Các tổ chức thành viên; - Lưu: VT.")
P("TM. BAN THƯỜNG TRỰC CHỦ TỊCH Nguyễn Văn Hải")
P("Tin, ảnh: Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện)")
P("Từ khóa: Hội Nông dân, Quỹ Hỗ trợ nông dân, sản xuất kinh doanh giỏi")
P(f"Đăng ngày {wd('20/10/2025')}, 20/10/2025 - 08:30", wd('20/10/2025') == "Thứ Hai")
P("Các đại biểu bấm nút biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: Duy Khánh")
P("TM. BAN CHẤP HÀNH CHỦ TỊCH (Đã ký) Lò Văn Thanh")


# ---------------------------------------------------------------- Tables (each begins with its header row)
TABLES_START = len(PASSAGES)
T = '\t'
# Table 1: Quỹ Vì người nghèo by xã, kế hoạch vs thực hiện (triệu đồng)
t1 = [("Thị trấn Phong Điền", 420, 486), ("Xã Phong An", 180, 171), ("Xã Phong Hiền", 150, 168),
      ("Xã Phong Sơn", 200, 230), ("Xã Phong Xuân", 120, 96), ("Xã Phong Thu", 130, 143), ("Xã Phong Mỹ", 100, 112)]
P(T.join(["Đơn vị", "Kế hoạch (triệu đồng)", "Thực hiện (triệu đồng)", "Tỷ lệ (%)", "Đánh giá"]))
for name, kh, th in t1:
    r = pct(th, kh, 1)
    verdict = "Vượt" if th > kh else ("Đạt" if th == kh else "Chưa đạt")
    P(T.join([name, num(kh), num(th), r, verdict]))
KH, TH = sum(x[1] for x in t1), sum(x[2] for x in t1)
P(T.join(["Cộng", num(KH), num(TH), pct(TH, KH, 1), "Vượt" if TH > KH else "Chưa đạt"]), KH == 1300, TH == 1406)

# Table 2: cử tri đi bầu by đơn vị bầu cử (bầu cử 23/5/2021)
t2 = [("Đơn vị bầu cử số 1", 2418, 2415), ("Đơn vị bầu cử số 2", 1881, 1876), ("Đơn vị bầu cử số 3", 3212, 3204),
      ("Đơn vị bầu cử số 4", 2756, 2750), ("Đơn vị bầu cử số 5", 1509, 1509), ("Đơn vị bầu cử số 6", 2994, 2983)]
P(T.join(["Đơn vị bầu cử", "Số cử tri trong danh sách", "Số cử tri đã bỏ phiếu", "Tỷ lệ (%)"]))
for name, ds, bp in t2:
    P(T.join([name, num(ds), num(bp), pct(bp, ds)]))
DS, BP = sum(x[1] for x in t2), sum(x[2] for x in t2)
P(T.join(["Toàn xã", num(DS), num(BP), pct(BP, DS)]), DS == 14770, BP == 14737, pct(BP, DS) == "99,78")

# Table 3: hội viên các đoàn thể năm 2023 (đầu năm + kết nạp - giảm = cuối năm)
t3 = [("Hội Nông dân", 1896, 86, 40), ("Hội Liên hiệp Phụ nữ", 2214, 118, 53), ("Đoàn Thanh niên", 742, 95, 121),
      ("Hội Cựu chiến binh", 486, 22, 17), ("Hội Người cao tuổi", 1231, 104, 51), ("Công đoàn cơ sở", 168, 12, 9)]
P(T.join(["Tổ chức", "Đầu năm", "Kết nạp mới", "Giảm", "Cuối năm"]))
for name, a, k, g in t3:
    P(T.join([name, num(a), num(k), num(g), num(a + k - g)]))
A3, K3, G3 = (sum(x[i] for x in t3) for i in (1, 2, 3))
P(T.join(["Tổng cộng", num(A3), num(K3), num(G3), num(A3 + K3 - G3)]), A3 == 6737, K3 == 437, G3 == 291, A3 + K3 - G3 == 6883)

# Table 4: biểu quyết các nghị quyết tại kỳ họp (HĐND huyện: 35 đại biểu, có mặt 33)
t4 = [("Nghị quyết về dự toán ngân sách năm 2024", 33, 0, 0), ("Nghị quyết về kế hoạch đầu tư công năm 2024", 31, 1, 1),
      ("Nghị quyết về phân bổ vốn chương trình mục tiêu quốc gia", 32, 0, 1), ("Nghị quyết về chương trình giám sát năm 2024", 33, 0, 0),
      ("Nghị quyết về đặt tên đường, phố thị trấn", 29, 3, 1)]
P(T.join(["Nội dung", "Tán thành", "Không tán thành", "Không biểu quyết", "Tỷ lệ tán thành/tổng số đại biểu (%)"]))
for name, tt, ktt, kbq in t4:
    assert tt + ktt + kbq == 33 and tt > 35 / 2
    P(T.join([name, str(tt), str(ktt), str(kbq), pct(tt, 35)]))
TABLE_ROWS = len(PASSAGES) - TABLES_START


# ---------------------------------------------------------------- more prose (mixed)
P("Hội nghị tổng kết công tác Hội và phong trào nông dân năm 2016 đánh giá: 8/9 chỉ tiêu đạt và vượt kế hoạch, riêng chỉ tiêu tăng trưởng Quỹ Hỗ trợ nông dân chỉ đạt 84% (420/500 triệu đồng).",
  pct(420, 500, 0) == "84")
P("Hội Liên hiệp Phụ nữ tỉnh có 1.437 chi hội; trong đó 1.102 chi hội ở thôn, tổ dân phố và 335 chi hội ở cơ quan, doanh nghiệp, trường học.",
  1102 + 335 == 1437)
P("Đoàn Thanh niên khối cơ quan có 612 đoàn viên sinh hoạt tại 27 chi đoàn; năm 2024 giới thiệu 33 đoàn viên ưu tú, 28 đoàn viên được kết nạp Đảng, đạt 84,85%.",
  pct(28, 33) == "84,85")
P("Hội Cựu chiến binh xã vận động hội viên hiến 1.860 m² đất làm đường, trị giá ước 372 triệu đồng (200.000 đồng/m²).",
  1860 * 200000 == 372 * 10 ** 6)
P("Liên đoàn Lao động thành phố tổ chức 42 chuyến xe đưa 1.890 công nhân về quê đón Tết, bình quân 45 người/chuyến.",
  1890 / 42 == 45)
P("Ngày 18/11/2022, Ban công tác Mặt trận khu phố 4 tổ chức Ngày hội với sự tham dự của 312 người; trao 10 suất học bổng, mỗi suất 1 triệu đồng, và 25 suất quà, mỗi suất 300.000 đồng; tổng trị giá 17,5 triệu đồng.",
  10 * 1000000 + 25 * 300000 == D("17.5") * 10 ** 6)
P("Hội nghị tiếp xúc cử tri sau kỳ họp thứ tư Quốc hội khóa XV tại phường có 146 cử tri dự, 11 lượt ý kiến; đại biểu trả lời trực tiếp 8 ý kiến, 3 ý kiến được tiếp thu chuyển cơ quan có thẩm quyền.",
  8 + 3 == 11)
P("Kết quả giải quyết kiến nghị cử tri tỉnh năm 2018: đã giải quyết xong 186 kiến nghị (76,23%), đang giải quyết 41 kiến nghị (16,8%), giải trình, cung cấp thông tin 17 kiến nghị (6,97%); tổng cộng 244 kiến nghị.",
  186 + 41 + 17 == 244, pct(186, 244) == "76,23", pct(41, 244, 1) == "16,8", pct(17, 244) == "6,97")
P("HĐND xã khóa XXI ban hành 9 nghị quyết trong năm 2022, tăng 2 nghị quyết so với năm 2021; 100% nghị quyết được gửi Phòng Tư pháp huyện kiểm tra theo quy định.", True)
P("Số hội viên nông dân thuộc hộ nghèo toàn tỉnh giảm từ 6.412 người (2,86%) năm 2018 xuống còn 3.905 người (1,74%) năm 2020, tính trên tổng số 224.000 hội viên.",
  pct(6412, 224000) == "2,86", pct(3905, 224000) == "1,74")
P("Quỹ “Đền ơn đáp nghĩa” năm 2023 của xã vận động được 68,5 triệu đồng, đạt 114,17% kế hoạch (60 triệu đồng).",
  pct("68.5", 60) == "114,17")
P("Hội Liên hiệp Phụ nữ tổ chức 21 lớp tập huấn khởi nghiệp cho 735 hội viên; trong đó có 126 hội viên xây dựng được ý tưởng kinh doanh (17,14%).",
  pct(126, 735) == "17,14")
P("Đại hội Công đoàn cơ sở Trường Tiểu học Kim Đồng nhiệm kỳ 2023-2028 có 46/48 đoàn viên dự, 2 đoàn viên vắng có lý do; Đại hội bầu Ban Chấp hành 5 đồng chí.",
  46 + 2 == 48)
P("Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh cho biết, từ năm 2021 đến năm 2025 đã vận động Quỹ Vì người nghèo được 412,6 tỷ đồng, tăng 18,4% so với giai đoạn 2016-2020 (348,5 tỷ đồng).",
  pct(D("412.6") - D("348.5"), "348.5", 1) == "18,4")
P("Phong trào “Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi” có 1.215 mô hình kinh tế, trong đó 86 mô hình có doanh thu từ 1 tỷ đồng/năm trở lên (7,08%).",
  pct(86, 1215) == "7,08")
P("Ban Thường vụ Huyện đoàn tổ chức Hội nghị Ban Chấp hành lần thứ 9, khóa XXIV; có 22/27 ủy viên dự, 5 ủy viên vắng có lý do; hội nghị bầu bổ sung 1 Phó Bí thư với 22/22 phiếu.",
  22 + 5 == 27)
P("Năm 2025, các tổ chức chính trị - xã hội cấp xã được sắp xếp về Ủy ban MTTQ Việt Nam xã; xã Hòa Phong có 5 tổ chức với tổng số 9.742 hội viên, đoàn viên.", True)
P("Hội Người cao tuổi thị trấn vận động con cháu đóng góp quỹ “Chúc thọ, mừng thọ” 43,2 triệu đồng; chi mừng thọ 216 cụ, bình quân 200.000 đồng/cụ.",
  216 * 200000 == D("43.2") * 10 ** 6)
P("Kỳ họp thứ 8, HĐND thành phố khóa XVI có 10 cử tri đại diện tham dự; kỳ họp dành 1,5 ngày cho phiên chất vấn với 3 nhóm vấn đề.", True)
P("Tỷ lệ đoàn viên công đoàn tham gia Bảo hiểm xã hội tự nguyện tại khu vực phi chính thức đạt 12,6% (428/3.397 người).",
  pct(428, 3397, 1) == "12,6")
P("Thực hiện cuộc vận động ủng hộ đồng bào bị thiệt hại do bão số 3 năm 2024, Ủy ban MTTQ Việt Nam huyện tiếp nhận 2.746 triệu đồng, trong đó tiền mặt 2.128 triệu đồng, chuyển khoản 618 triệu đồng.",
  2128 + 618 == 2746)
P("Tổng số phiếu lấy ý kiến sự hài lòng của Nhân dân về xây dựng nông thôn mới là 1.500 phiếu, thu về 1.482 phiếu; số phiếu hài lòng 1.401 phiếu, đạt 94,53% số phiếu thu về.",
  pct(1401, 1482) == "94,53")
P("Qua 5 năm thực hiện, số hội viên phụ nữ tham gia tổ hợp tác, hợp tác xã tăng từ 1.240 người lên 1.893 người, tăng 52,66%.",
  pct(1893 - 1240, 1240) == "52,66")
P("Tổ đại biểu HĐND tỉnh đơn vị huyện Bảo Lâm gồm 4 đại biểu, đã tổ chức 12 cuộc tiếp xúc cử tri trong năm 2019, bình quân 3 cuộc/đại biểu.",
  12 / 4 == 3)
P("Biên bản xác định kết quả bầu cử ghi nhận: tổng số người ứng cử 42, số đại biểu được bầu 25, số người trúng cử 25, trong đó nữ 8 người (32%), dân tộc thiểu số 6 người (24%), ngoài Đảng 3 người (12%).",
  pct(8, 25, 0) == "32", pct(6, 25, 0) == "24", pct(3, 25, 0) == "12")
P("Hội Nông dân huyện ký kết chương trình phối hợp với 4 doanh nghiệp tiêu thụ 2.650 tấn nông sản cho hội viên, trị giá khoảng 31,8 tỷ đồng, bình quân 12 triệu đồng/tấn.",
  D("31800") / 2650 == 12)
P("Năm học 2023-2024, Liên đội Trường Tiểu học Lê Lợi có 612 đội viên; 596 đội viên đạt danh hiệu “Cháu ngoan Bác Hồ”, đạt 97,39%.",
  pct(596, 612) == "97,39")
P("Số đại biểu HĐND tỉnh là người dân tộc thiểu số nhiệm kỳ 2021-2026 là 18/50 đại biểu (36%), tăng 2 đại biểu so với nhiệm kỳ trước (16/50).",
  pct(18, 50, 0) == "36", 18 - 16 == 2)
P("Hội nghị cán bộ, công chức năm 2024 của Ủy ban MTTQ Việt Nam tỉnh có 58/61 cán bộ dự (95,08%), biểu quyết thông qua quy chế chi tiêu nội bộ với 58/58 ý kiến tán thành.",
  pct(58, 61) == "95,08")
P("Ban công tác Mặt trận thôn Đồng Tâm gồm 7 thành viên: Trưởng ban, Phó Trưởng ban là Trưởng thôn và 5 ủy viên là chi hội trưởng các đoàn thể.",
  1 + 1 + 5 == 7)


# ---------------------------------------------------------------- second reading round (phrasing borrowed from more real pages)
P("Quỹ tình nghĩa của Hội hiện có 1 tỷ 245 triệu đồng; năm 2019, Hội trích 186 triệu đồng tiền lãi để thăm hỏi, tặng quà cho 372 hội viên, bình quân 500.000 đồng/người.",
  372 * 500000 == 186 * 10 ** 6)
P("Ngày 6-12, Hội Cựu chiến binh tỉnh tổ chức gặp mặt kỷ niệm 32 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (6-12-1989 - 6-12-2021).",
  2021 - 1989 == 32)
P("Qua bình xét năm 2016, có 118/121 cơ sở Hội đạt trong sạch, vững mạnh (97,52%) và 96,3% hội viên đạt danh hiệu Cựu chiến binh gương mẫu.",
  pct(118, 121) == "97,52")
P("Toàn Hội có 6% hộ giàu, 83,5% hộ khá và trung bình, 6,3% hộ cận nghèo; hộ nghèo chỉ còn 4,2%.",
  D(6) + D("83.5") + D("6.3") + D("4.2") == 100)
P("Đại hội triệu tập 215 đại biểu chính thức, gồm 19 đại biểu đương nhiên và 196 đại biểu được bầu từ đại hội phụ nữ cơ sở, đại diện cho 41.286 hội viên; phiên trù bị có 211 đại biểu có mặt.",
  19 + 196 == 215, 211 <= 215)
P("Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố nhiệm kỳ mới gồm 68 ủy viên, trong đó 52 ủy viên chuyên trách công tác Hội (76,47%) và 16 ủy viên là đại diện các ngành, thành phần tiêu biểu (23,53%).",
  52 + 16 == 68, pct(52, 68) == "76,47", pct(16, 68) == "23,53")
P("Đại hội nhất trí bầu đoàn đại biểu đi dự Đại hội cấp trên gồm 20 đại biểu chính thức và 3 đại biểu dự khuyết bằng hình thức biểu quyết giơ thẻ đại biểu.", True)
P("Hội Liên hiệp Phụ nữ huyện phân bổ 142 đại biểu chính thức dự Đại hội, trong đó 19 đại biểu đương nhiên và 123 đại biểu được bầu từ đại hội phụ nữ các xã, thị trấn; ngoài ra có 12 đại biểu dự khuyết.",
  19 + 123 == 142)
P("Chiều 28/8/2025, HĐND xã An Lạc khóa XVIII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ hai sau sắp xếp; 31/31 đại biểu có mặt (100%) biểu quyết thông qua 9 nghị quyết.", True)
P("Ngày 20/3/2025, HĐND xã khóa XII tổ chức kỳ họp thứ mười lăm (kỳ họp chuyên đề) quyết định phân bổ 4,86 tỷ đồng vốn các chương trình mục tiêu quốc gia năm 2025, gồm 3,24 tỷ đồng vốn đầu tư phát triển và 1,62 tỷ đồng vốn sự nghiệp.",
  D("3.24") + D("1.62") == D("4.86"))
P("Nhân kỷ niệm 83 năm Ngày truyền thống Người cao tuổi Việt Nam (06/6/1941 - 06/6/2024), Hội Người cao tuổi xã chúc thọ, mừng thọ cho 37 cụ tròn 70, 75, 80, 85 và 90 tuổi; mỗi cụ được tặng quà trị giá 300.000 đồng, tổng cộng 11,1 triệu đồng.",
  2024 - 1941 == 83, 37 * 300000 == D("11.1") * 10 ** 6)
P("Sau 2 ngày làm việc, Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII, nhiệm kỳ 2022-2027 bế mạc; Đại hội bầu Ban Chấp hành 31 ủy viên, trong đó 9 ủy viên mới (29,03%).",
  pct(9, 31) == "29,03")

# ---------------------------------------------------------------- write + lint
out = os.path.join(BANK, 'passages.txt')
with open(out, 'w', encoding='utf-8') as f:
    f.write('\n'.join(PASSAGES) + '\n')

DOUBLE = re.compile(r'\b(\w+) \1\b', re.I)
ALLOWED_DOUBLE = {"từng từng"}


def lint(line, where):
    assert unicodedata.normalize('NFC', line) == line, where
    assert line == line.strip(), ('edge space', where)
    assert '  ' not in line, ('double space', where, line)
    assert not re.search(r' [,.;:)%]', line), ('space before punct', where, line)
    assert not re.search(r'[A-Za-zÀ-ỹ],[^\s0-9]', line), ('no space after comma', where, line)
    assert not re.search(r'\( ', line), ('space after (', where, line)
    m = DOUBLE.search(line)
    if m and m.group(0).lower() not in ALLOWED_DOUBLE and not m.group(1).isdigit():
        raise AssertionError(('doubled word', m.group(0), where, line))
    for tok in re.findall(r'(?<![\d/])\d{1,3}(?:\.\d+)+', line):
        # '.' is only a thousands separator here: every group after the first has exactly 3 digits
        assert all(len(g) == 3 for g in tok.split('.')[1:]), ('thousands group', tok, where)
    for tok in re.findall(r'\d+,(\d+)\s*tỷ', line):
        assert len(tok) <= 2, ('3-decimal tỷ', where, line)


lines = open(out, encoding='utf-8').read().split('\n')[:-1]
assert len(lines) == len(set(lines)), 'duplicate passage'
for i, l in enumerate(lines, 1):
    assert l, ('blank', i)
    lint(l, f'passages:{i}')
n_tab = sum(1 for l in lines if '\t' in l)

# ---------------------------------------------------------------- documents
def docs_checks():
    res = {}
    for k in range(1, 7):
        fn = os.path.join(BANK, f'doc{k:02d}.txt')
        if not os.path.exists(fn):
            continue
        txt = open(fn, encoding='utf-8').read()
        assert txt.endswith('\n') and not txt.endswith('\n\n'), fn
        for j, l in enumerate(txt.split('\n')[:-1], 1):
            assert l, (fn, j, 'blank line')
            lint(l, f'doc{k:02d}:{j}')
        res[k] = txt
    return res


DOCS = docs_checks()


def in_doc(k, *subs):
    for s in subs:
        assert s in DOCS[k], (k, s)
    return True


import doc_checks  # noqa: E402  (per-document arithmetic, kept in a separate file)
doc_checks.run(DOCS, in_doc, pct, num, wd, D)

print(f"passages: {len(lines)} lines ({len(lines) - n_tab} prose, {n_tab} table rows); docs: "
      + ', '.join(f"doc{k:02d}={len(v)} chars" for k, v in sorted(DOCS.items())))
print("all checks passed")
