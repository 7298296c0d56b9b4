"""Six whole documents: D = list of (name, lines, checks). Figures computed here, rates half-up."""
from decimal import Decimal as Dm
from vn import f, pc, r

D = []

# ------------------------------------------------------------------ doc01: biên bản sinh hoạt chi bộ (Party)
tot, cht, db, mien = 41, 38, 3, 4
phai = tot - mien; dh = 34; vang = phai - dh; ctp = dh - db; yes = 30
q = Dm("14.76"); qm = r(q / 10, 2)
L = [
    "ĐẢNG BỘ XÃ YÊN LẠC",
    "CHI BỘ THÔN YÊN THỊNH",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Yên Lạc, ngày 05 tháng 11 năm 2025",
    "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025",
    "Hồi 19 giờ 30 phút, thứ Tư, ngày 05/11/2025, tại Nhà văn hóa thôn Yên Thịnh, Chi bộ thôn Yên Thịnh tiến hành sinh hoạt thường kỳ tháng 11 năm 2025.",
    f"- Tổng số đảng viên của chi bộ: {tot} đồng chí; trong đó đảng viên chính thức {cht} đồng chí, đảng viên dự bị {db} đồng chí. Số đảng viên được miễn sinh hoạt: {mien} đồng chí; số đảng viên phải sinh hoạt: {phai} đồng chí.",
    f"- Có mặt: {dh}/{phai} đồng chí (tất cả {db} đảng viên dự bị đều có mặt); vắng {vang} đồng chí, đều có lý do (đi làm ăn xa, ốm).",
    "- Chủ trì: đồng chí Lê Văn Khánh, Bí thư Chi bộ; thư ký: đồng chí Phạm Thị Hương, chi ủy viên.",
    "1- Thông báo thời sự, văn bản cấp trên: đồng chí Bí thư quán triệt Kế hoạch số 86-KH/ĐU ngày 20/10/2025 của Ban Thường vụ Đảng ủy xã về kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2025.",
    f"2- Đánh giá kết quả tháng 10: Chi bộ có {tot} đảng viên, trong đó 12 đảng viên nữ, 9 đảng viên là cựu chiến binh và 15 đảng viên từ 60 tuổi trở lên. Thu đảng phí 10 tháng được {f(q, 2)} triệu đồng, bình quân {f(qm, 2)} triệu đồng/tháng, nộp lên Đảng ủy đúng quy định.",
    "Thôn có 214 hộ với 861 nhân khẩu; đến nay 196 hộ đã nộp quỹ xây dựng nông thôn mới, đạt 91,6%, còn 18 hộ hẹn nộp trong tháng 12. Tuyến đường trục thôn dài 1,4 km đã đổ bê tông được 0,9 km, đạt 64,3% kế hoạch năm.",
    f"3- Xét đề nghị kết nạp quần chúng Trần Văn Lực vào Đảng: số đảng viên chính thức có mặt {ctp} đồng chí (đảng viên dự bị không biểu quyết). Kết quả: {yes}/{ctp} đồng chí tán thành, đạt {pc(yes, ctp, 1)}% số đảng viên chính thức có mặt và bằng {pc(yes, cht, 1)}% tổng số đảng viên chính thức, trên hai phần ba theo quy định.",
    "Đồng chí Khánh giao đồng chí Hoàng Đức Toàn và đồng chí Phạm Hương hoàn thiện hồ sơ, báo cáo Đảng ủy trước ngày 20/11/2025.",
    "4- Ý kiến đảng viên: đồng chí Bùi Văn Sơn đề nghị sớm sửa chữa 2 cống thoát nước tại xóm Giữa; đồng chí Lương Thị Mai đề nghị vận động 7 hộ còn lại tham gia bảo hiểm y tế hộ gia đình.",
    "5- Nhiệm vụ tháng 12: hoàn thành kiểm điểm cuối năm trước ngày 10/12/2025; phối hợp Ban công tác Mặt trận tổ chức Ngày hội Đại đoàn kết toàn dân tộc; đôn đốc thu các khoản đóng góp còn lại.",
    f"Nghị quyết tháng 11 được biểu quyết thông qua với {dh}/{dh} đồng chí có mặt tán thành (100%), bằng {pc(dh, phai, 1)}% số đảng viên phải sinh hoạt và {pc(dh, tot, 1)}% tổng số đảng viên của chi bộ.",
    "Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày, kéo dài 2 giờ 15 phút; biên bản được thông qua trước chi bộ.",
    "THƯ KÝ",
    "Phạm Thị Hương",
    "T/M CHI BỘ BÍ THƯ",
    "Lê Văn Khánh",
]
C = [("sum", f(tot), f(cht), f(db)), ("dif", f(tot), f(mien), f(phai)), ("dif", f(phai), f(dh), f(vang)),
     ("dif", f(dh), f(db), f(ctp)), ("pct", f(yes), f(ctp), pc(yes, ctp, 1)), ("pct", f(yes), f(cht), pc(yes, cht, 1)),
     ("fge", f(yes), f(cht), "=2", "=3"), ("pct", f(dh), f(phai), pc(dh, phai, 1)), ("pct", f(dh), f(tot), pc(dh, tot, 1)),
     ("le", "12", f(tot)), ("le", "15", f(tot)), ("div", f(q, 2), "10", f(qm, 2)), ("pct", "196", "214", "91,6"),
     ("dif", "214", "196", "18"), ("pct", "0,9", "1,4", "64,3"), ("wd", "05/11/2025", "=2"), ("tm", "19", "30", "21", "45", "=135"),
     ("dur", "19", "30", "21", "45", "2", "15"), ("lt", "196", "861")]
D.append(("doc01.txt", L, C))

# ------------------------------------------------------------------ doc02: báo cáo UBND xã 11 tháng (state)
dt, th, ck = Dm("21.5"), Dm("19.84"), Dm("17.26")
g = f(r((th - ck) / ck * 100, 1), 1)
von, gn, gnold = Dm("42.6"), Dm("30.17"), Dm("61.9")
p_gn = pc(gn, von, 1)
hs, hsx, tre, onl = 5218, 5106, 11, 3947
L = [
    "ỦY BAN NHÂN DÂN",
    "XÃ ĐẠI ĐỒNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 312/BC-UBND",
    "Đại Đồng, ngày 24 tháng 11 năm 2025",
    "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 11 tháng, phương hướng nhiệm vụ tháng 12 năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    f"1. Thu, chi ngân sách: Tổng thu ngân sách trên địa bàn 11 tháng ước đạt {f(th, 2)} tỷ đồng, bằng {pc(th, dt, 1)}% dự toán năm ({f(dt, 1)} tỷ đồng), tăng {g}% so với cùng kỳ năm 2024 ({f(ck, 2)} tỷ đồng); bình quân mỗi tháng thu {f(r(th / 11, 2), 2)} tỷ đồng. Số còn phải thu để hoàn thành dự toán là {f(dt - th, 2)} tỷ đồng.",
    f"2. Đầu tư công: Kế hoạch vốn năm 2025 là {f(von, 1)} tỷ đồng; đến ngày 20/11/2025 đã giải ngân {f(gn, 2)} tỷ đồng, đạt {p_gn}% kế hoạch, cao hơn {f(Dm(p_gn.replace(',', '.')) - gnold, 1)} điểm phần trăm so với cùng kỳ năm trước ({f(gnold, 1)}%). Số vốn chưa giải ngân {f(von - gn, 2)} tỷ đồng.",
    "3. Nông nghiệp: Diện tích lúa cả năm 1.286 ha, năng suất bình quân 61,4 tạ/ha, sản lượng ước 7.896 tấn; tổng đàn lợn 9.420 con, giảm 3,1% so với cùng kỳ do ảnh hưởng dịch tả lợn châu Phi.",
    f"4. Cải cách hành chính: Bộ phận Một cửa tiếp nhận {f(hs)} hồ sơ, trong đó {f(onl)} hồ sơ trực tuyến ({pc(onl, hs, 1)}% số hồ sơ tiếp nhận); đã giải quyết {f(hsx)} hồ sơ, trong đó trễ hạn {f(tre)} hồ sơ, chiếm {pc(tre, hsx, 2)}% số hồ sơ đã giải quyết; đang giải quyết {f(hs - hsx)} hồ sơ.",
    "5. Văn hóa - xã hội: Giải quyết việc làm cho 318 lao động, đạt 106,0% kế hoạch năm (300 lao động), trong đó 124 lao động đi làm việc ở nước ngoài theo hợp đồng và 147 lao động nữ. Tỷ lệ tham gia bảo hiểm y tế đạt 94,27% (15.318/16.249 người).",
    "Hộ nghèo còn 87/4.312 hộ, tỷ lệ 2,02%, giảm 0,71 điểm phần trăm so với cuối năm 2024 (2,73%); hộ cận nghèo 154 hộ, tỷ lệ 3,57%.",
    "6. Quốc phòng - an ninh: Hoàn thành giao quân năm 2025 với 28/28 thanh niên, đạt 100% chỉ tiêu. Xảy ra 4 vụ tai nạn giao thông, giảm 2 vụ (33,3%) so với cùng kỳ.",
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12 NĂM 2025",
    "Tập trung thu ngân sách, phấn đấu vượt dự toán; đẩy nhanh giải ngân vốn đầu tư công; tổ chức tốt Kỳ họp thứ 5 HĐND xã khóa I dự kiến trong 2 ngày 18-19/12/2025; chuẩn bị các điều kiện tổ chức Tết Nguyên đán Bính Ngọ năm 2026.",
    "Trên đây là báo cáo kết quả thực hiện nhiệm vụ 11 tháng năm 2025 của UBND xã Đại Đồng./.",
    "Nơi nhận: - Thường trực Đảng ủy, HĐND xã; - Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
    "Đỗ Minh Quang",
]
C = [("pct", f(th, 2), f(dt, 1), pc(th, dt, 1)), ("gro", f(th, 2), f(ck, 2), g), ("div", f(th, 2), "11", f(r(th / 11, 2), 2)),
     ("dif", f(dt, 1), f(th, 2), f(dt - th, 2)), ("pct", f(gn, 2), f(von, 1), p_gn),
     ("dif", p_gn, f(gnold, 1), f(Dm(p_gn.replace(',', '.')) - gnold, 1)), ("dif", f(von, 1), f(gn, 2), f(von - gn, 2)),
     ("pct", f(onl), f(hs), pc(onl, hs, 1)), ("pct", f(tre), f(hsx), pc(tre, hsx, 2)), ("dif", f(hs), f(hsx), f(hs - hsx)),
     ("pct", "318", "300", "106,0"), ("le", "124", "318"), ("le", "147", "318"), ("pct", "15.318", "16.249", "94,27"),
     ("pct", "87", "4.312", "2,02"), ("dif", "2,73", "2,02", "0,71"), ("pct", "154", "4.312", "3,57"),
     ("mul", "1.286", "61,4", "=78.960,4"), ("rnd", "=7.896,04", "7.896"), ("dec", "4", "=6", "33,3"), ("dys", "=18/12/2025", "=19/12/2025", "=2"),
     ("wd", "=24/11/2025", "=0")]
D.append(("doc02.txt", L, C))

# ------------------------------------------------------------------ doc03: news, kỳ họp HĐND xã (state, news)
tot, pres, guest = 40, 37, 31
L = [
    "Kỳ họp thứ 5 HĐND xã Đại Đồng khóa I: thông qua 9 nghị quyết quan trọng",
    "Thứ Sáu, 19/12/2025 | 16:20",
    f"Trong 2 ngày 18-19/12/2025, HĐND xã Đại Đồng khóa I, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 5 (kỳ họp thường lệ cuối năm). Dự kỳ họp có {pres}/{tot} đại biểu HĐND xã và {guest} đại biểu khách mời là đại diện các thôn, cơ quan, đơn vị trên địa bàn.",
    "Ảnh: Ngọc Anh",
    "Báo cáo của UBND xã cho biết, năm 2025 tổng thu ngân sách trên địa bàn ước đạt 22,74 tỷ đồng, bằng 105,8% dự toán năm (21,5 tỷ đồng); tổng vốn đầu tư công năm 2025 là 42,6 tỷ đồng, ước giải ngân hết 31/1/2026 đạt 95,2%, tương ứng 40,56 tỷ đồng.",
    "Năm 2026, dự toán thu ngân sách trên địa bàn là 23,6 tỷ đồng, tăng 9,8% so với dự toán năm 2025 nhưng chỉ bằng 103,8% số ước thực hiện năm 2025.",
    f"Sau thời gian làm việc khẩn trương, kỳ họp đã biểu quyết thông qua 9 nghị quyết. Nghị quyết về dự toán ngân sách năm 2026 được {pres - 1} đại biểu tán thành, bằng {pc(pres - 1, tot, 2)}% tổng số đại biểu HĐND xã; nghị quyết về kế hoạch đầu tư công năm 2026 được {pres - 2} đại biểu tán thành ({pc(pres - 2, tot, 2)}%). Theo quy định, mỗi nghị quyết cần ít nhất 21 đại biểu tán thành mới được thông qua.",
    f"Tại kỳ họp, HĐND xã tiến hành bầu bổ sung chức danh Phó Chủ tịch UBND xã. Số phiếu phát ra {pres}, thu về {pres}, phiếu hợp lệ 36; ông Hồ Quốc Cường trúng cử với 34 phiếu, đạt {pc(34, 36, 2)}% số phiếu hợp lệ và bằng {pc(34, tot, 2)}% tổng số đại biểu HĐND xã.",
    "Chất vấn tại kỳ họp tập trung vào tiến độ cấp giấy chứng nhận quyền sử dụng đất: năm 2025 xã cấp 412 giấy, đạt 82,4% kế hoạch (500 giấy); lũy kế từ đầu nhiệm kỳ đến nay cấp 2.186 giấy.",
    "Phát biểu bế mạc, đồng chí Trịnh Văn Hiếu, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã đề nghị UBND xã sớm cụ thể hóa các nghị quyết. Đồng chí Chủ tịch HĐND xã Hiếu nhấn mạnh năm 2026 là năm tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.",
    "Tỷ lệ hộ nghèo của xã cuối năm 2025 còn 2,02%, giảm 0,71 điểm phần trăm; HĐND xã giao chỉ tiêu năm 2026 giảm từ 0,5 điểm phần trăm trở lên, tức không quá 1,52%.",
    "Kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025), kỳ họp dành thời gian biểu dương 14 tập thể, 26 cá nhân tiêu biểu trong phong trào thi đua quyết thắng.",
    "Quang cảnh kỳ họp. Ảnh: Ngọc Anh",
    "Tin, ảnh: Đức Minh",
    "Từ khóa: HĐND xã, kỳ họp thứ 5, dự toán ngân sách",
]
C = [("lt", f(pres), f(tot)), ("pct", f(pres - 1), f(tot), pc(pres - 1, tot, 2)), ("pct", f(pres - 2), f(tot), pc(pres - 2, tot, 2)),
     ("maj", "21", f(tot)), ("pct", "34", "36", pc(34, 36, 2)), ("pct", "34", f(tot), pc(34, tot, 2)),
     ("pct", "22,74", "21,5", "105,8"), ("mul", "42,6", "=0,952", "40,56"), ("pct", "40,56", "42,6", "95,2"),
     ("gro", "23,6", "21,5", "9,8"), ("pct", "23,6", "22,74", "103,8"), ("pct", "412", "500", "82,4"), ("lt", "412", "2.186"),
     ("dif", "2,02", "=0,5", "1,52"), ("dif", "2025", "1944", "81"), ("wd", "19/12/2025", "=4"), ("dys", "=18/12/2025", "=19/12/2025", "=2")]
D.append(("doc03.txt", L, C))

# ------------------------------------------------------------------ doc04: biên bản đại hội chi bộ (Party)
tot, db6, pres = 27, 2, 25
L = [
    "ĐẢNG BỘ PHƯỜNG TRUNG SƠN",
    "CHI BỘ TRƯỜNG THCS TRUNG SƠN",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "BIÊN BẢN",
    "ĐẠI HỘI CHI BỘ TRƯỜNG THCS TRUNG SƠN LẦN THỨ VI, NHIỆM KỲ 2025-2027",
    "Hồi 7 giờ 30 phút, thứ Sáu, ngày 14/03/2025, tại Hội trường Trường THCS Trung Sơn, Chi bộ tiến hành Đại hội lần thứ VI, nhiệm kỳ 2025-2027.",
    f"Tổng số đảng viên của chi bộ {tot} đồng chí (25 chính thức, 2 dự bị); có mặt {pres}/{tot} đồng chí, đạt {pc(pres, tot, 1)}%; vắng 2 đồng chí có lý do. Dự Đại hội có đồng chí Vũ Thị Thảo, Phó Bí thư Đảng ủy phường và 5 đại biểu khách mời là quần chúng ưu tú, không tham gia biểu quyết.",
    "Đoàn Chủ tịch gồm đồng chí Dương Minh Tuấn, Bí thư Chi bộ, Hiệu trưởng và đồng chí Đặng Thị Loan; thư ký Đại hội: đồng chí Ngô Thu Hà.",
    "I- Kết quả nhiệm kỳ 2022-2025: Chi bộ kết nạp 8 đảng viên, đạt 133,3% chỉ tiêu Nghị quyết (6 đảng viên), trong đó 6 đồng chí nữ và 7 đồng chí là giáo viên. Tỷ lệ học sinh lên lớp năm học 2023-2024 đạt 98,87% (787/796 em); 19 học sinh đạt giải cấp tỉnh, gồm 2 giải Nhì, 7 giải Ba và 10 giải Khuyến khích.",
    f"Năm 2024, có {tot - db6} đảng viên được đánh giá, xếp loại (2 đảng viên dự bị kết nạp chưa đủ 6 tháng không xếp loại); trong đó 5 đồng chí hoàn thành xuất sắc nhiệm vụ ({pc(5, tot - db6, 1)}%), 19 hoàn thành tốt, 1 hoàn thành nhiệm vụ.",
    "II- Bầu cử: Đại hội thống nhất số lượng chi ủy nhiệm kỳ 2025-2027 là 3 đồng chí; danh sách bầu cử gồm 4 đồng chí. Số phiếu phát ra 25, thu về 25, hợp lệ 25.",
    f"Kết quả: đồng chí Dương Minh Tuấn 24 phiếu ({pc(24, 25, 2)}%), đồng chí Đặng Thị Loan 23 phiếu ({pc(23, 25, 2)}%), đồng chí Lý Văn Hải 19 phiếu ({pc(19, 25, 2)}%), đồng chí Phan Thanh Nga 9 phiếu ({pc(9, 25, 2)}%). Tổng số phiếu bầu cho các ứng viên là 75, bằng 3 lần số phiếu hợp lệ. Người trúng cử phải có từ 13 phiếu trở lên.",
    "Đồng chí Tuấn được tín nhiệm bầu giữ chức Bí thư Chi bộ với 25/25 phiếu (100%); đồng chí Loan được bầu làm Phó Bí thư Chi bộ.",
    "Đại hội bầu 1 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội Đảng bộ phường Trung Sơn lần thứ XV, nhiệm kỳ 2025-2030.",
    "III- Nghị quyết Đại hội được biểu quyết thông qua với 25/25 đồng chí có mặt tán thành, đạt 100%, bằng 92,6% tổng số đảng viên của chi bộ.",
    "Đại hội bế mạc lúc 11 giờ 40 phút cùng ngày.",
    "THƯ KÝ ĐẠI HỘI",
    "Ngô Thu Hà",
    "T/M ĐOÀN CHỦ TỊCH",
    "Dương Minh Tuấn",
]
C = [("sum", f(tot), "25", "2"), ("pct", f(pres), f(tot), pc(pres, tot, 1)), ("dif", f(tot), f(pres), "2"), ("pct", "8", "6", "133,3"),
     ("le", "6", "8"), ("le", "7", "8"), ("pct", "787", "796", "98,87"), ("sum", "19", "2", "7", "10"),
     ("pct", "5", f(tot - db6), pc(5, tot - db6, 1)), ("sum", f(tot - db6), "5", "19", "1"), ("pct", "24", "25", pc(24, 25, 2)),
     ("pct", "23", "25", pc(23, 25, 2)), ("pct", "19", "25", pc(19, 25, 2)), ("pct", "9", "25", pc(9, 25, 2)),
     ("sum", "75", "24", "23", "19", "9"), ("mul", "3", "25", "75"), ("maj", "13", "25"), ("pct", "25", f(tot), "92,6"),
     ("wd", "14/03/2025", "=4"), ("tm", "7", "30", "11", "40", "=250")]
D.append(("doc04.txt", L, C))

# ------------------------------------------------------------------ doc05: báo cáo Ủy ban MTTQ xã (Front)
quy, kh, old = Dm("236.8"), Dm("220"), Dm("198.4")
chi = [Dm("150"), Dm("42.5")]; con = quy - sum(chi)
L = [
    "ỦY BAN MTTQ VIỆT NAM",
    "XÃ LỘC AN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 41/BC-MTTQ",
    "Lộc An, ngày 04 tháng 12 năm 2025",
    "BÁO CÁO",
    "Tổng kết công tác Mặt trận năm 2025, phương hướng nhiệm vụ năm 2026",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\": 3.284/3.512 hộ đạt danh hiệu Gia đình văn hóa, tỷ lệ 93,5% (năm 2024 đạt 91,8% với 3.198/3.483 hộ); 11/12 thôn giữ vững danh hiệu Thôn văn hóa, đạt 91,7%.",
    "Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở 12 thôn từ ngày 10 đến ngày 18/11/2025 (9 ngày), nhân kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2025).",
    f"2. Quỹ \"Vì người nghèo\": Vận động được {f(quy, 1)} triệu đồng, đạt {pc(quy, kh, 1)}% kế hoạch ({f(kh)} triệu đồng), tăng {f(r((quy - old) / old * 100, 1), 1)}% so với năm 2024 ({f(old, 1)} triệu đồng). Đã chi hỗ trợ xây mới 3 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng (tổng {f(chi[0])} triệu đồng) và thăm, tặng quà hộ nghèo {f(chi[1], 1)} triệu đồng; số dư chuyển sang năm 2026 là {f(con, 1)} triệu đồng.",
    "3. Các tổ chức thành viên: Hội Nông dân có 2.046 hội viên, chiếm 76,2% số hộ nông nghiệp (2.685 hộ); Hội Cựu chiến binh có 312 hội viên, trong đó 178 hội viên là đảng viên (57,1%) và 226 hội viên đồng thời là hội viên Hội Nông dân.",
    "4. Giám sát, phản biện xã hội: Tổng hợp 52 ý kiến, kiến nghị của cử tri, trong đó 33 ý kiến thuộc thẩm quyền của xã, 19 ý kiến chuyển cấp tỉnh; đến nay xã đã giải quyết 30/33 ý kiến, đạt 90,9% số ý kiến thuộc thẩm quyền.",
    "Tổ hòa giải ở cơ sở tiếp nhận 26 vụ việc, hòa giải thành 22 vụ, đạt 84,6% (năm 2024 hòa giải thành 17/22 vụ, đạt 77,3%), tăng 7,3 điểm phần trăm.",
    "Tỷ lệ hộ nghèo giảm từ 2,48% xuống còn 1,76%, giảm 0,72 điểm phần trăm, vượt chỉ tiêu Nghị quyết HĐND xã giao (giảm 0,5 điểm phần trăm).",
    "II. PHƯƠNG HƯỚNG NĂM 2026",
    "Phấn đấu 94% số hộ đạt danh hiệu Gia đình văn hóa, tức ít nhất 3.302 hộ trên tổng số 3.512 hộ; phối hợp tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.",
    "Nơi nhận: - Ban Thường trực Ủy ban MTTQ tỉnh; - Thường trực Đảng ủy xã; - Lưu VP.",
    "TM. BAN THƯỜNG TRỰC CHỦ TỊCH",
    "Hồ Thị Yến",
]
C = [("pct", "3.284", "3.512", "93,5"), ("pct", "3.198", "3.483", "91,8"), ("pct", "11", "12", "91,7"), ("dys", "=10/11/2025", "18/11/2025", "9"),
     ("dif", "2025", "1930", "95"), ("pct", f(quy, 1), f(kh), pc(quy, kh, 1)), ("gro", f(quy, 1), f(old, 1), f(r((quy - old) / old * 100, 1), 1)),
     ("mul", "3", "50", f(chi[0])), ("sum", f(quy, 1), f(chi[0]), f(chi[1], 1), f(con, 1)), ("pct", "2.046", "2.685", "76,2"),
     ("pct", "178", "312", "57,1"), ("le", "226", "312"), ("sum", "52", "33", "19"), ("pct", "30", "33", "90,9"),
     ("pct", "22", "26", "84,6"), ("pct", "17", "22", "77,3"), ("dif", "84,6", "77,3", "7,3"), ("dif", "2,48", "1,76", "0,72"),
     ("gt", "0,72", "0,5"), ("mul", "3.512", "=0,94", "=3.301,28"), ("rnd", "=3.301,28", "=3.301"), ("gt", "3.302", "=3.301,28"),
     ("wd", "=04/12/2025", "=3")]
D.append(("doc05.txt", L, C))

# ------------------------------------------------------------------ doc06: biên bản họp thôn bình xét hộ nghèo
hh, pres = 286, 203
L = [
    "UBND XÃ MỸ LỘC",
    "THÔN AN KHANG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "BIÊN BẢN",
    "Họp thôn bình xét hộ nghèo, hộ cận nghèo năm 2025",
    "Hồi 14 giờ 00, thứ Năm, ngày 20/11/2025, tại Nhà văn hóa thôn An Khang, xã Mỹ Lộc.",
    f"Thành phần: Ông Bùi Đình Vinh, Trưởng thôn, chủ trì; bà Lê Thị Phương, công chức Văn hóa - Xã hội xã; đại diện Ban công tác Mặt trận, Chi hội Phụ nữ, Chi hội Nông dân, Chi hội Cựu chiến binh, Chi đoàn thanh niên; đại diện {pres}/{hh} hộ gia đình trong thôn, đạt {pc(pres, hh, 1)}%.",
    "Thư ký: bà Trịnh Thị Dung.",
    "1. Ông Vinh thông qua kết quả rà soát: Thôn có 286 hộ với 1.137 nhân khẩu; danh sách đề nghị xét gồm 11 hộ có khả năng nghèo và 9 hộ có khả năng cận nghèo, trong đó 6 hộ có người cao tuổi sống một mình, 4 hộ có người khuyết tật và 3 hộ đồng thời thuộc cả hai diện trên.",
    f"2. Biểu quyết: Theo hướng dẫn, hộ được đưa vào danh sách khi có trên 50% số người tham dự đồng ý, tức từ {pres // 2 + 1} hộ trở lên trên {pres} hộ dự họp. Hộ ông Trần Văn Bình được {f(188)} phiếu đồng ý ({pc(188, pres, 1)}%); hộ bà Ngô Thị Lan được {f(117)} phiếu ({pc(117, pres, 1)}%); hộ ông Phạm Quốc Long chỉ được {f(94)} phiếu ({pc(94, pres, 1)}%), không được đưa vào danh sách.",
    "Kết quả, thôn thống nhất đề nghị 5 hộ nghèo và 8 hộ cận nghèo. Số hộ nghèo của thôn cuối năm 2025 dự kiến là 5/286 hộ, tỷ lệ 1,75%; cuối năm 2024 là 8/281 hộ, tỷ lệ 2,85%; giảm 1,10 điểm phần trăm (trong năm có 5 hộ thoát nghèo và 2 hộ phát sinh mới: 8 - 5 + 2 = 5).",
    "Bình quân thu nhập của hộ ông Trần Văn Bình là 1,12 triệu đồng/người/tháng, thấp hơn chuẩn nghèo khu vực nông thôn 1,5 triệu đồng/người/tháng.",
    "3. Kết quả bình xét được niêm yết công khai tại Nhà văn hóa thôn trong 7 ngày làm việc, từ thứ Sáu 21/11 đến hết thứ Hai 01/12/2025; ý kiến phản ánh gửi về Trưởng thôn hoặc UBND xã Mỹ Lộc.",
    "Ông Phạm Quốc Long đề nghị xem xét lại vì gia đình có 2 con đang đi học; ông Trưởng thôn Vinh tiếp thu, báo cáo Ban chỉ đạo giảm nghèo xã.",
    "Cuộc họp kết thúc lúc 16 giờ 35 cùng ngày, kéo dài 2 giờ 35 phút. Biên bản được đọc lại, những người dự họp nhất trí thông qua.",
    "THƯ KÝ",
    "Trịnh Thị Dung",
    "CHỦ TRÌ",
    "Bùi Đình Vinh",
    "ĐẠI DIỆN UBND XÃ",
    "Lê Thị Phương",
]
C = [("pct", f(pres), f(hh), pc(pres, hh, 1)), ("maj", f(pres // 2 + 1), f(pres)), ("pct", "188", f(pres), pc(188, pres, 1)),
     ("pct", "117", f(pres), pc(117, pres, 1)), ("pct", "94", f(pres), pc(94, pres, 1)), ("lt", "94", f(pres // 2 + 1)),
     ("gt", "117", "=" + f(pres // 2)), ("pct", "5", "286", "1,75"), ("pct", "8", "281", "2,85"), ("dif", "2,85", "1,75", "1,10"),
     ("sum", "=10", "8", "2"), ("dif", "=10", "5", "5"), ("lt", "1,12", "1,5"), ("le", "6", "11"),
     ("wd", "20/11/2025", "=3"), ("wd", "=21/11/2025", "=4"), ("wd", "=01/12/2025", "=0"), ("dur", "14", "00", "16", "35", "2", "35")]
D.append(("doc06.txt", L, C))
