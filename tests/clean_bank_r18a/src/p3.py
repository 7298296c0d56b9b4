"""Science and technology; ethnic and religious affairs; defence and militia (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# ---- science and technology
a("Năm 2024, tỉnh triển khai 38 nhiệm vụ khoa học và công nghệ, trong đó 9 nhiệm vụ mở mới; đã nghiệm thu 17 nhiệm vụ, trong đó 5 nhiệm vụ xếp loại xuất sắc, 10 nhiệm vụ loại khá và 2 nhiệm vụ đạt.",
  ("sum", "17", "5", "10", "2"), ("lt", "9", "38"))
a("Tổng kinh phí sự nghiệp khoa học và công nghệ được giao là 42,6 tỷ đồng, chiếm 0,74% tổng chi ngân sách địa phương; đến ngày 30/11 đã giải ngân 33,8 tỷ đồng, đạt 79,3%.",
  ("pct", "33,8", "42,6", "79,3"))
a("Sở Khoa học và Công nghệ đã hướng dẫn 126 hồ sơ đăng ký nhãn hiệu, trong đó 84 nhãn hiệu đã được Cục Sở hữu trí tuệ cấp văn bằng bảo hộ, chiếm 66,7%.",
  ("pct", "84", "126", "66,7"))
a("Toàn tỉnh có 214 doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến, tăng 23 doanh nghiệp so với năm trước, vượt 7% so với kế hoạch 200 doanh nghiệp.",
  ("gro", "214", "200", "7"), ("dif", "214", "=191", "23"))
a("Đoàn kiểm tra đo lường đã kiểm tra 312 cột đo xăng dầu tại 78 cửa hàng, bình quân 4 cột đo mỗi cửa hàng; phát hiện 6 cột đo có sai số vượt giới hạn cho phép, chiếm 1,9%.",
  ("div", "312", "78", "4"), ("pct", "6", "312", "1,9"))
a("Sau 6 tháng triển khai, đề tài nghiên cứu giống lúa chịu mặn đã hoàn thành 11/18 nội dung, đạt 61,1% khối lượng; 7 nội dung còn lại thực hiện trong vụ Hè Thu.",
  ("pct", "11", "18", "61,1"), ("dif", "18", "11", "7"))
a("Mô hình trồng thử nghiệm giống lúa ST25 trên diện tích 12,5 ha cho năng suất bình quân 6,8 tấn/ha, cao hơn giống đối chứng 0,9 tấn/ha; sản lượng toàn mô hình đạt 85 tấn.",
  ("mul", "12,5", "6,8", "85"))
a("Quỹ Phát triển khoa học và công nghệ tỉnh đã cho vay 14 dự án đổi mới công nghệ với tổng số tiền 23,8 tỷ đồng, bình quân 1,7 tỷ đồng mỗi dự án; mức vay tối đa mỗi dự án là 3 tỷ đồng.",
  ("div", "23,8", "14", "1,7"), ("lt", "1,7", "3"))
a("Hội đồng tư vấn tuyển chọn họp từ 13 giờ 30 phút đến 17 giờ 15 phút ngày 22/3/2024, trong 225 phút đã xem xét 6 hồ sơ, bình quân 37,5 phút mỗi hồ sơ.",
  ("tm", "13", "30", "17", "15", "225"), ("div", "225", "6", "37,5"))
a("Số đơn đăng ký sáng chế, giải pháp hữu ích của tỉnh năm 2024 là 27 đơn, tăng 35% so với năm 2023 (20 đơn); trong đó 11 đơn của các trường đại học.",
  ("gro", "27", "20", "35"), ("lt", "11", "27"))
a("Hội thi Sáng tạo kỹ thuật lần thứ 12 nhận 96 giải pháp dự thi, đã trao 41 giải, gồm 3 giải Nhất, 8 giải Nhì, 12 giải Ba và 18 giải Khuyến khích; tỷ lệ giải pháp đạt giải là 42,7%.",
  ("sum", "41", "3", "8", "12", "18"), ("pct", "41", "96", "42,7"))
a("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ sản xuất được 1,26 triệu cây giống nuôi cấy mô, đạt 105% kế hoạch 1,2 triệu cây; doanh thu dịch vụ 3,15 tỷ đồng.",
  ("pct", "1,26", "1,2", "105"))
a("Tỷ lệ phương tiện đo nhóm 2 được kiểm định đúng hạn đạt 93,6%; số phương tiện đo quá hạn kiểm định giảm còn 148 chiếc, giảm 52 chiếc so với đầu năm (200 chiếc), tức giảm 26%.",
  ("dif", "200", "148", "52"), ("dec", "148", "200", "26"))
a("Kỷ niệm 65 năm Ngày thành lập ngành Khoa học và Công nghệ Việt Nam (18/5/1959 - 18/5/2024), Sở tổ chức triển lãm 120 sản phẩm khoa học tiêu biểu.",
  ("dif", "2024", "1959", "65"))

# ---- ethnic and religious affairs
a("Toàn tỉnh có 118.460 hộ, trong đó 41.276 hộ đồng bào dân tộc thiểu số, chiếm 34,8%; tỷ lệ hộ nghèo dân tộc thiểu số còn 9,62%, giảm 3,14 điểm phần trăm so với năm trước.",
  ("pct", "41.276", "118.460", "34,8"), ("dif", "=12,76", "9,62", "3,14"))
a("Năm 2024, đã cấp 8.420 thẻ bảo hiểm y tế cho người dân tộc thiểu số sinh sống ở xã đặc biệt khó khăn và hỗ trợ 1.136 học sinh bán trú, mức 15 kg gạo mỗi học sinh mỗi tháng.",
  ("gt", "8.420", "1.136"))
a("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi được giao 186,7 tỷ đồng, đến ngày 31/10 đã giải ngân 121,5 tỷ đồng, đạt 65,1%; còn phải giải ngân 65,2 tỷ đồng.",
  ("pct", "121,5", "186,7", "65,1"), ("dif", "186,7", "121,5", "65,2"))
a("Đã hỗ trợ đất ở cho 46 hộ, nhà ở cho 238 hộ và nước sinh hoạt phân tán cho 1.024 hộ; mức hỗ trợ nhà ở 40 triệu đồng mỗi hộ, tổng cộng 9,52 tỷ đồng.",
  ("mul", "238", "40", "=9.520"))
a("Toàn tỉnh có 327 người có uy tín trong đồng bào dân tộc thiểu số, trong đó 41 người là nữ, chiếm 12,5%; 28 người là chức sắc tôn giáo.",
  ("pct", "41", "327", "12,5"), ("lt", "28", "327"))
a("Trong năm, tỉnh tổ chức 2 đợt đón tiếp 146 người có uy tín đi tham quan, học tập kinh nghiệm; kinh phí thăm hỏi, tặng quà Tết là 500.000 đồng mỗi người, tổng cộng 163,5 triệu đồng cho 327 người.",
  ("mul", "327", "=0,5", "163,5"))
a("Hiện có 6 tôn giáo được Nhà nước công nhận đang hoạt động trên địa bàn với khoảng 186.500 tín đồ, chiếm 14,6% dân số; 412 cơ sở thờ tự và 587 chức sắc, chức việc.",
  ("pct", "186.500", "=1.277.400", "14,6"))
a("Trong số 412 cơ sở thờ tự, có 214 chùa, 158 nhà thờ, nhà nguyện, 26 thánh thất Cao Đài và 14 cơ sở của các tôn giáo khác.",
  ("sum", "412", "214", "158", "26", "14"))
a("Ban Tôn giáo đã giải quyết 73 hồ sơ đăng ký hoạt động tôn giáo, trong đó 68 hồ sơ được chấp thuận, đạt 93,2%; 5 hồ sơ chưa đủ điều kiện đã được hướng dẫn bổ sung.",
  ("pct", "68", "73", "93,2"), ("sum", "73", "68", "5"))
a("Đại lễ Phật đản Phật lịch 2568 được tổ chức trang trọng vào ngày 22/5/2024, tức ngày 15 tháng 4 năm Giáp Thìn, thu hút khoảng 12.000 lượt phật tử và người dân.",
  ("wd", "22/5/2024", "=2"))
a("Tỷ lệ người dân tộc thiểu số từ 15 đến 60 tuổi biết chữ đạt 97,3%; số lao động dân tộc thiểu số được đào tạo nghề năm 2024 là 2.346 người, vượt 17,3% kế hoạch 2.000 người.",
  ("gro", "2.346", "2.000", "17,3"))
a("Xã có 2.146 nhân khẩu, trong đó người Mông 1.283 người, người Dao 521 người và người Kinh 342 người; dân tộc Mông chiếm 59,8% dân số xã.",
  ("sum", "2.146", "1.283", "521", "342"), ("pct", "1.283", "2.146", "59,8"))
a("Số hộ dân tộc thiểu số thoát nghèo năm 2024 là 1.864 hộ, vượt 3,6% so với chỉ tiêu 1.800 hộ; tuy nhiên vẫn còn 3.972 hộ nghèo, trong đó 412 hộ không có khả năng lao động.",
  ("gro", "1.864", "1.800", "3,6"), ("lt", "412", "3.972"))

# ---- defence, military service, militia
a("Năm 2025, huyện giao 246 thanh niên nhập ngũ, đạt 100% chỉ tiêu, trong đó 8 công dân nhập ngũ vào lực lượng Công an nhân dân; 23 thanh niên là đảng viên, chiếm 9,3%.",
  ("pct", "23", "246", "9,3"), ("lt", "8", "246"))
a("Trong 246 tân binh, có 61 thanh niên tốt nghiệp cao đẳng, đại học, chiếm 24,8%; 14 thanh niên tình nguyện nhập ngũ.",
  ("pct", "61", "246", "24,8"))
a("Lễ giao nhận quân được tổ chức vào sáng thứ Hai, ngày 10/02/2025, tức ngày 13 tháng Giêng năm Ất Tỵ, bắt đầu lúc 07 giờ và kết thúc lúc 09 giờ 15 phút, kéo dài 135 phút.",
  ("wd", "10/02/2025", "=0"), ("tm", "07", "=00", "09", "15", "135"))
a("Tổng số dân quân tự vệ toàn huyện là 1.842 đồng chí, đạt tỷ lệ 1,38% so với dân số; trong đó dân quân thường trực 36 đồng chí, dân quân cơ động 324 đồng chí.",
  ("pct", "1.842", "=133.480", "1,38"), ("sum", "=360", "36", "324"))
a("Kết quả huấn luyện dân quân tự vệ năm 2024: 100% đạt yêu cầu, trong đó 68,4% đạt khá, giỏi, vượt 33,4 điểm phần trăm so với chỉ tiêu 35% khá, giỏi.",
  ("dif", "68,4", "35", "33,4"))
a("Đợt huấn luyện dân quân năm thứ nhất diễn ra từ ngày 11 đến ngày 25/3/2024, tổng cộng 15 ngày, với 212 chiến sĩ tham gia; quân số tham gia đạt 96,4% so với quân số triệu tập 220 người.",
  ("dys", "=11/3/2024", "25/3/2024", "15"), ("pct", "212", "220", "96,4"))
a("Diễn tập khu vực phòng thủ xã được tổ chức trong 2 ngày, ngày 19 và 20/9/2024, với 3 giai đoạn; đã huy động 156 người và 12 phương tiện tham gia.",
  ("dys", "=19/9/2024", "20/9/2024", "2"))
a("Giáo dục quốc phòng và an ninh cho đối tượng 4 được 1.268 người, đạt 105,7% kế hoạch 1.200 người; đối tượng 3 được 46 người, bằng 92% kế hoạch 50 người.",
  ("pct", "1.268", "1.200", "105,7"), ("pct", "46", "50", "92"))
a("Tỷ lệ khám sức khỏe nghĩa vụ quân sự đạt 97,2% (1.032/1.062 công dân được gọi); số công dân đủ tiêu chuẩn sức khỏe loại 1, 2, 3 là 541 người, chiếm 52,4% số đã khám.",
  ("pct", "1.032", "1.062", "97,2"), ("pct", "541", "1.032", "52,4"))
a("Ban Chỉ huy quân sự xã đã tổ chức 96 ca trực sẵn sàng chiến đấu trong dịp Tết, bình quân mỗi ca 6 đồng chí, tổng cộng 576 lượt người trực.",
  ("mul", "96", "6", "576"))
a("Ban Chỉ huy quân sự huyện đã quy tập được 7 hài cốt liệt sĩ, trong đó 3 hài cốt đã xác định được danh tính; 4 hài cốt còn lại đang chờ giám định ADN.",
  ("sum", "7", "3", "4"))
a("Nhân kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), huyện tặng 215 suất quà cho gia đình chính sách, mỗi suất 500.000 đồng, tổng trị giá 107,5 triệu đồng.",
  ("dif", "2024", "1944", "80"), ("mul", "215", "=0,5", "107,5"))
a("Kỷ niệm 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024), các xã tổ chức 14 hoạt động giao lưu, thu hút 2.380 lượt người tham gia.",
  ("dif", "2024", "1989", "35"))
a("Lực lượng dân quân tự vệ đã đóng góp 3.460 ngày công tham gia khắc phục hậu quả bão số 3, trung bình mỗi dân quân tham gia gần 2 ngày công.",
  ("div", "3.460", "=1.842", "=1,88"), ("rnd", "=1,88", "=2"))
