"""Education and training; health and social insurance (passages + table 1)."""
from vn import f, pc
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# ---- education prose
a("Năm học 2023-2024, toàn xã có 4 trường với 62 lớp và 1.946 học sinh, tăng 58 học sinh so với năm học trước.",
  ("sum", "1.946", "=1.888", "58"))
a("Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học đạt 99,6% (781/784 em); 3 em được giáo viên tiếp tục kèm cặp trong hè.",
  ("pct", "781", "784", "99,6"), ("dif", "784", "781", "3"))
a("Kỳ thi tốt nghiệp trung học phổ thông năm 2024, trường có 412 thí sinh dự thi, đỗ 409 em, đạt 99,27%, cao hơn bình quân của tỉnh 0,42 điểm phần trăm.",
  ("pct", "409", "412", "99,27"), ("dif", "99,27", "=98,85", "0,42"))
a("Toàn huyện có 41/52 trường đạt chuẩn quốc gia, đạt 78,8%; so với chỉ tiêu Nghị quyết đề ra đến năm 2025 là 80% thì còn thiếu 1 trường.",
  ("pct", "41", "52", "78,8"), ("lt", "78,8", "80"), ("fge", "=42", "52", "80", "=100"), ("flt", "41", "52", "80", "=100"))
a("Tuyển sinh vào lớp 10 công lập được 1.215 em, bằng 84,4% số học sinh tốt nghiệp trung học cơ sở (1.439 em); số còn lại học giáo dục thường xuyên và học nghề.",
  ("pct", "1.215", "1.439", "84,4"))
a("Trong đó, học sinh nữ chiếm 52,3% và học sinh dân tộc thiểu số chiếm 18,7% tổng số tuyển mới; hai nhóm này có phần trùng nhau nên không cộng gộp.",
  ("lt", "18,7", "52,3"))
a("Đội ngũ giáo viên có 138 người, trong đó 131 người đạt chuẩn trình độ đào tạo trở lên theo Luật Giáo dục 2019, chiếm 94,9%; 7 giáo viên đang học nâng chuẩn.",
  ("pct", "131", "138", "94,9"), ("sum", "138", "131", "7"))
a("Tỷ lệ huy động trẻ 5 tuổi ra lớp mẫu giáo đạt 100% (296/296 trẻ); trẻ từ 3 đến 5 tuổi ra lớp đạt 97,5% (859/881 trẻ).",
  ("pct", "296", "296", "100"), ("pct", "859", "881", "97,5"))
a("Quỹ khuyến học xã năm 2024 vận động được 186,5 triệu đồng, vượt 24,3% so với kế hoạch 150 triệu đồng; đã trao 212 suất học bổng.",
  ("gro", "186,5", "150", "24,3"))
a("Sau 9 tháng, chương trình sửa chữa phòng học đã hoàn thành 17/30 phòng, đạt 56,7% kế hoạch năm; 13 phòng còn lại được bố trí thi công trong quý IV.",
  ("pct", "17", "30", "56,7"), ("dif", "30", "17", "13"))
a("Tỷ lệ học sinh trung học cơ sở bỏ học giảm còn 0,18%, giảm 0,25 điểm phần trăm so với năm học 2022-2023 (0,43%).",
  ("dif", "0,43", "0,18", "0,25"))
a("Nhà trường có 27 học sinh đạt giải học sinh giỏi cấp tỉnh, gồm 2 giải Nhất, 6 giải Nhì, 8 giải Ba và 11 giải Khuyến khích, xếp thứ 3/14 đơn vị.",
  ("sum", "27", "2", "6", "8", "11"), ("le", "3", "14"))
a("Cuộc thi khoa học kỹ thuật dành cho học sinh trung học được tổ chức từ ngày 09/01/2025 đến ngày 11/01/2025, với 64 dự án của 21 trường tham gia, bình quân khoảng 3 dự án mỗi trường.",
  ("dys", "09/01/2025", "11/01/2025", "=3"), ("div", "64", "21", "3"))
a("Ngân sách chi cho sự nghiệp giáo dục năm 2024 là 48,62 tỷ đồng, chiếm 41,5% tổng chi thường xuyên của huyện (117,16 tỷ đồng).",
  ("pct", "48,62", "117,16", "41,5"))
a("Kinh phí hỗ trợ tiền ăn trưa cho trẻ mẫu giáo là 160.000 đồng/trẻ/tháng, chi trả 9 tháng cho 275 trẻ, tổng số 396 triệu đồng.",
  ("mul", "=1440000", "275", "=396000000"), ("mul", "160.000", "9", "=1440000"))
a("Kỳ thi tuyển sinh lớp 10 diễn ra vào sáng thứ Ba, ngày 04/6/2024; buổi thi môn Ngữ văn kéo dài 120 phút, bắt đầu lúc 7 giờ 30 và kết thúc lúc 9 giờ 30.",
  ("wd", "04/6/2024", "=1"), ("tm", "7", "30", "9", "30", "120"))
a("Trường Tiểu học Phú Lâm đạt chuẩn quốc gia mức độ 2 từ năm 2019, được công nhận lại năm 2024; Trường Tiểu học Phú Lộc đạt mức độ 1, đang hoàn thiện 2 tiêu chí còn thiếu để nâng lên mức độ 2.",)
a("Số máy chiếu và ti vi thông minh được trang bị mới là 46 bộ, nâng tổng số phòng học có thiết bị trình chiếu lên 58/62 phòng, đạt 93,5%.",
  ("pct", "58", "62", "93,5"))
a("Phổ cập giáo dục trung học cơ sở đạt mức độ 3: số thanh, thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp trung học cơ sở là 1.592/1.688 người, đạt 94,3%.",
  ("pct", "1.592", "1.688", "94,3"))
a("Học kỳ I có 612 học sinh được đánh giá học lực Tốt, chiếm 31,4%; 947 em mức Khá, chiếm 48,7%; tổng hai mức là 1.559 em, tương đương 80,1% số học sinh được đánh giá (1.946 em).",
  ("pct", "612", "1.946", "31,4"), ("pct", "947", "1.946", "48,7"), ("sum", "1.559", "612", "947"), ("pct", "1.559", "1.946", "80,1"))

# ---- health and insurance prose
a("Đến ngày 30/11/2024, toàn xã có 11.862 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,8% dân số (12.646 người), vượt chỉ tiêu huyện giao 1,3 điểm phần trăm (92,5%).",
  ("pct", "11.862", "12.646", "93,8"), ("dif", "93,8", "92,5", "1,3"))
a("Số người tham gia bảo hiểm xã hội tự nguyện đạt 684 người, bằng 114% kế hoạch (600 người), tăng 97 người so với cùng kỳ.",
  ("pct", "684", "600", "114"), ("sum", "684", "=587", "97"))
a("Trạm y tế khám bệnh cho 6.420 lượt người, trong đó khám bảo hiểm y tế 5.137 lượt, chiếm 80,0%; điều trị nội trú không quá 3 ngày cho 46 lượt bệnh nhân.",
  ("pct", "5.137", "6.420", "80,0"))
a("Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97,1% (203/209 trẻ); 6 trẻ chưa tiêm đủ do ốm, đã hẹn tiêm bù trong tháng 12.",
  ("pct", "203", "209", "97,1"), ("dif", "209", "203", "6"))
a("Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 14,2%, giảm 1,6 điểm phần trăm so với năm 2023; chỉ tiêu năm là dưới 15%.",
  ("lt", "14,2", "15"), ("dif", "=15,8", "14,2", "1,6"))
a("Chiến dịch tiêm vắc xin sởi - rubella kéo dài từ 15/10/2024 đến hết 15/11/2024 (32 ngày), tiêm cho 1.128 trẻ, đạt 98,9% số trẻ thuộc diện (1.141 trẻ).",
  ("dys", "15/10/2024", "15/11/2024", "32"), ("pct", "1.128", "1.141", "98,9"))
a("Quỹ khám, chữa bệnh bảo hiểm y tế năm 2024 của huyện được giao 72,4 tỷ đồng; ước chi cả năm 70,9 tỷ đồng, bằng 97,9% quỹ được sử dụng, không vượt quỹ.",
  ("pct", "70,9", "72,4", "97,9"), ("lt", "70,9", "72,4"))
a("Ngành y tế đã cấp thẻ bảo hiểm y tế miễn phí cho 1.476 người thuộc hộ nghèo, hộ cận nghèo và người dân tộc thiểu số vùng khó khăn; số thẻ cấp cho người thuộc hộ nghèo là 612 thẻ.",
  ("lt", "612", "1.476"))
a("Có 9/9 thôn có nhân viên y tế thôn hoạt động; 5 thôn có cô đỡ thôn bản; tỷ lệ phụ nữ sinh con được cán bộ y tế đỡ đạt 100%.",
  ("le", "5", "9"))
a("Sáu tháng đầu năm, số người hưởng trợ cấp bảo hiểm xã hội một lần là 218 người, giảm 31 người (-12,4%) so với cùng kỳ năm trước.",
  ("dif", "=249", "218", "31"), ("dec", "218", "=249", "12,4"))
a("Nợ đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp của các đơn vị trên địa bàn đến cuối tháng 9 là 3,26 tỷ đồng, chiếm 2,1% số phải thu (155,24 tỷ đồng).",
  ("pct", "3,26", "155,24", "2,1"))
a("Tổ chức khám sức khỏe định kỳ cho 1.050 người cao tuổi từ 60 tuổi trở lên, bằng 87,5% số người cao tuổi của xã (1.200 người); trong đó người từ 80 tuổi trở lên có 186 người.",
  ("pct", "1.050", "1.200", "87,5"), ("lt", "186", "1.050"))
a("Số ca sốt xuất huyết năm 2024 là 37 ca, giảm 18 ca so với năm 2023 (55 ca); không có trường hợp tử vong.",
  ("dif", "55", "37", "18"))

# ---- table 1: tốt nghiệp THCS by school (rate over HS được xét, not over HS lớp 9)
schools = [("THCS Phú Lâm", 214, 212, 211, 104, 31), ("THCS Phú Lộc", 176, 176, 173, 90, 22),
           ("THCS Tân Hòa", 158, 155, 155, 77, 49), ("THCS Thạnh Mỹ", 131, 129, 126, 63, 57),
           ("THCS Hòa Bình", 97, 97, 97, 51, 18)]
hdr = "Trường\tHọc sinh lớp 9\tĐủ điều kiện xét\tĐược công nhận tốt nghiệp\tTỷ lệ so với số được xét (%)\tTrong đó: nữ\tTrong đó: dân tộc thiểu số"
a(hdr)
tot = [0] * 5
for nm, s9, xet, tn, nu, dt in schools:
    p = pc(tn, xet, 2)
    a("\t".join([nm, f(s9), f(xet), f(tn), p, f(nu), f(dt)]), ("pct", f(tn), f(xet), p), ("le", f(tn), f(xet)), ("le", f(xet), f(s9)))
    for i, v in enumerate((s9, xet, tn, nu, dt)): tot[i] += v
tp = pc(tot[2], tot[1], 2)
a("\t".join(["Toàn huyện", f(tot[0]), f(tot[1]), f(tot[2]), tp, f(tot[3]), f(tot[4])]),
  ("pct", f(tot[2]), f(tot[1]), tp), ("sum", f(tot[0]), *[f(s[1]) for s in schools]),
  ("sum", f(tot[1]), *[f(s[2]) for s in schools]), ("sum", f(tot[2]), *[f(s[3]) for s in schools]),
  ("sum", f(tot[3]), *[f(s[4]) for s in schools]), ("sum", f(tot[4]), *[f(s[5]) for s in schools]))
TOT1 = tot
