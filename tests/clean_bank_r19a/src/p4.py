"""Minutes of thôn, schools, cooperatives, agencies; lists, dates, document numbers (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Cuộc họp thôn Trung Hòa bắt đầu lúc 19 giờ 30 phút ngày 12/4/2025, có 146/212 hộ cử đại diện dự, đạt 68,9%, đủ điều kiện theo quy định (trên 50% số hộ).",
  ("pct", "146", "212", "68,9"), ("gt", "68,9", "50"))
a("Nội dung làm đường bê tông thôn được 131 đại diện hộ tán thành, bằng 89,7% số hộ dự họp và 61,8% tổng số hộ trong thôn.",
  ("pct", "131", "=146", "89,7"), ("pct", "131", "=212", "61,8"))
a("Mức đóng góp thống nhất là 300.000 đồng mỗi khẩu; với 784 khẩu, tổng số tiền dự kiến thu là 235,2 triệu đồng, bằng 28,6% tổng dự toán công trình (822,4 triệu đồng).",
  ("mul", "784", "=0,3", "235,2"), ("pct", "235,2", "822,4", "28,6"))
a("Cuộc họp kết thúc lúc 21 giờ 40 phút cùng ngày, kéo dài 2 giờ 10 phút.",
  ("tm", "=19", "=30", "21", "40", "=130"))
a("Hội đồng trường có 11 thành viên, dự họp 9/11; nghị quyết về kế hoạch năm học được 8/9 thành viên dự họp tán thành, bằng 72,7% tổng số thành viên, đủ điều kiện thông qua (trên 50%).",
  ("pct", "8", "11", "72,7"), ("gt", "72,7", "50"))
a("Năm học 2024-2025, trường có 642 học sinh, trong đó 318 học sinh nữ, 126 học sinh dân tộc thiểu số và 38 học sinh khuyết tật học hòa nhập; tỷ lệ lên lớp đạt 99,5% (639/642).",
  ("pct", "639", "642", "99,5"), ("lt", "318", "642"))
a("Tỷ lệ học sinh bỏ học giảm từ 0,62% năm học trước xuống 0,16% (1/642), thấp hơn mức không quá 0,5% của kế hoạch.",
  ("pct", "1", "642", "0,16"), ("lt", "0,16", "0,5"), ("dif", "0,62", "0,16", "=0,46"))
a("Hợp tác xã nông nghiệp Đồng Tiến có 486 thành viên; đại hội thường niên ngày 28/02/2025 có 312 thành viên dự, chiếm 64,2%, vượt mức tối thiểu 50% theo điều lệ.",
  ("pct", "312", "486", "64,2"))
a("Doanh thu năm 2024 của hợp tác xã đạt 6,48 tỷ đồng, bằng 108% kế hoạch (6 tỷ đồng); lợi nhuận 412 triệu đồng, chia lãi cho thành viên 60% là 247,2 triệu đồng.",
  ("pct", "6,48", "6", "108"), ("mul", "412", "=0,6", "247,2"))
a("Phương án phân phối lợi nhuận được 298/312 thành viên dự tán thành (95,5%), 9 thành viên không tán thành, 5 thành viên không biểu quyết.",
  ("pct", "298", "312", "95,5"), ("sum", "312", "298", "9", "5"))
a("Tổ dân phố số 4 và tổ dân phố số 7 cùng tổ chức hội nghị ngày 16/3/2025: tổ số 4 có 98 hộ, 71 hộ dự; tổ số 7 có 124 hộ, 103 hộ dự, tỷ lệ lần lượt 72,4% và 83,1%.",
  ("pct", "71", "98", "72,4"), ("pct", "103", "124", "83,1"))
a("Năm 2024 phường có 38 hộ nghèo, năm 2025 còn 21 hộ nghèo; số hộ thoát nghèo trong năm là 24 hộ, phát sinh mới 7 hộ.",
  ("sum", "38", "=21", "24", "=-7"), ("dif", "=38", "=24", "=14"))
a("Số hộ nghèo cuối năm 2025 là 21 hộ, bằng 38 hộ đầu năm trừ 24 hộ thoát nghèo, cộng 7 hộ phát sinh mới.",
  ("sum", "21", "=14", "7"), ("dif", "38", "24", "=14"))
a("Các tuyến đường được đầu tư gồm: đường Trần Phú, đoạn từ ngã tư Bến Xe đến cầu Sông; đường Lê Lợi, đoạn qua tổ 3, tổ 4; và đường Nguyễn Du, nối dài đến khu tái định cư, tổng cộng 3 tuyến.",
  )
a("Hội nghị thống nhất 4 nội dung: một, kiện toàn Ban Công tác Mặt trận, bổ sung 2 thành viên; hai, thu quỹ an ninh, quốc phòng; ba, tổ chức Ngày hội Đại đoàn kết, dự kiến ngày 15/11; bốn, vệ sinh môi trường, ra quân ngày Chủ nhật cuối tháng.",
  )
a("Căn cứ Kế hoạch số 126-KH/ĐU ngày 05/3/2025 và Hướng dẫn số 07-HD/UBKT ngày 12/3/2025, chi bộ tổ chức kiểm tra 3 đảng viên trong quý II.",
  )
a("Thực hiện Công văn số 2318/UBND-VP ngày 18/9/2025 của UBND tỉnh, xã đã rà soát 14 hồ sơ, trong đó 11 hồ sơ đủ điều kiện, chiếm 78,6%.",
  ("pct", "11", "14", "78,6"))
a("Sáng 08/3/2025, Hội Phụ nữ xã tổ chức kỷ niệm 115 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2025) và 1985 năm khởi nghĩa Hai Bà Trưng.",
  ("dif", "2025", "1910", "115"), ("dif", "2025", "=40", "1985"))
a("Lần thứ 3 liên tiếp, chi bộ được Đảng ủy xã tặng giấy khen hoàn thành xuất sắc nhiệm vụ (các năm 2022, 2023, 2024).",
  ("dif", "2024", "2022", "=2"))
a("Học kỳ I năm học 2025-2026 kéo dài 18 tuần, từ ngày 08/9/2025 đến ngày 11/01/2026, tức 126 ngày.",
  ("dys", "08/9/2025", "11/01/2026", "126"), ("div", "126", "=7", "18"))
a("Lịch tiếp công dân: Chủ tịch UBND xã tiếp định kỳ vào ngày 15 hằng tháng; nếu trùng ngày nghỉ thì tiếp vào ngày làm việc kế tiếp.",
  )
a("Phường Bắc Sơn thu được 412 triệu đồng Quỹ Đền ơn đáp nghĩa, phường Nam Sơn thu 386 triệu đồng; phường Bắc Sơn đạt 103% kế hoạch (400 triệu đồng), phường Nam Sơn đạt 96,5% kế hoạch (400 triệu đồng).",
  ("pct", "412", "400", "103"), ("pct", "386", "400", "96,5"))
a("Năm 2023 xã có 1.286 lao động đi làm việc ngoài tỉnh, năm 2024 có 1.342 lao động, tăng 56 người, tương đương tăng 4,4%.",
  ("dif", "1.342", "1.286", "56"), ("gro", "1.342", "1.286", "4,4"))
a("Trong số lao động đi làm ngoài tỉnh năm 2024, có 612 lao động nữ (45,6%) và 418 lao động dưới 25 tuổi (31,1%).",
  ("pct", "612", "=1.342", "45,6"), ("pct", "418", "=1.342", "31,1"))
a("Tổ trưởng tổ an ninh trật tự báo cáo: quý III xảy ra 3 vụ trộm cắp tài sản, giảm 2 vụ so với quý II (5 vụ) và giảm 1 vụ so với cùng kỳ năm trước.",
  ("dif", "5", "3", "2"))
a("Năm 2025, Công an xã phát hiện, xử lý 46 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền 187,5 triệu đồng, bình quân 4,08 triệu đồng mỗi trường hợp; tạm giữ 18 phương tiện.",
  ("div", "187,5", "46", "4,08"))
a("Hồ sơ đăng ký thường trú được giải quyết trong không quá 7 ngày làm việc; năm 2025 bình quân 4,6 ngày, ngắn nhất 2 ngày, dài nhất 7 ngày.",
  ("rng", "2", "4,6", "7"), ("le", "7", "7"))
a("Trạm Y tế xã tiêm chủng đầy đủ cho 186/192 trẻ dưới 1 tuổi, đạt 96,9%; chỉ tiêu là từ 95% trở lên.",
  ("pct", "186", "192", "96,9"), ("ge", "96,9", "95"))
a("Số người cao tuổi được khám sức khỏe định kỳ là 612 người, trong đó 248 người từ 80 tuổi trở lên; 97 người mắc tăng huyết áp được quản lý, điều trị.",
  ("lt", "248", "612"), ("lt", "97", "612"))
a("Trong 612 người cao tuổi, 248 người từ 80 tuổi trở lên chiếm 40,5%, số còn lại 364 người từ 60 đến dưới 80 tuổi.",
  ("pct", "248", "612", "40,5"), ("dif", "612", "248", "364"))
a("Khối lượng rác thải sinh hoạt thu gom bình quân mỗi ngày là 8,6 tấn, cả tháng 3 (31 ngày) là 266,6 tấn; chi phí vận chuyển 42,5 triệu đồng/tháng.",
  ("mul", "8,6", "31", "266,6"))
a("Cuộc họp giao ban tháng 11/2025 của UBND xã diễn ra từ 14 giờ đến 16 giờ 45 phút thứ Hai, ngày 03/11/2025; vắng 1/18 thành viên (đi công tác).",
  ("wd", "03/11/2025", "=0"), ("tm", "14", "=0", "16", "45", "=165"))
a("Ban Tuyên giáo và Dân vận Đảng ủy đề nghị các chi bộ gửi báo cáo trước 16 giờ ngày 28/11/2025 (thứ Sáu).",
  ("wd", "28/11/2025", "=4"))
a("Giá trị sản xuất nông nghiệp trên 1 ha đất canh tác đạt 146 triệu đồng, tăng 8 triệu đồng so với năm trước, vượt chỉ tiêu 140 triệu đồng/ha.",
  ("gt", "146", "140"), ("gro", "146", "=138", "=5,8"))
a("Năm 2025, xã cấp 214 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 107% kế hoạch (200 giấy); diện tích cấp 38,6 ha, bình quân 0,18 ha mỗi giấy.",
  ("pct", "214", "200", "107"), ("div", "38,6", "214", "0,18"))
a("Tiến độ thu thuế phi nông nghiệp đến 30/9/2025 đạt 342,6 triệu đồng, bằng 85,7% kế hoạch năm (400 triệu đồng); 3 tháng còn lại phải thu 57,4 triệu đồng.",
  ("pct", "342,6", "400", "85,7"), ("dif", "400", "342,6", "57,4"))
a("Tỷ lệ trẻ em từ 3 đến 5 tuổi đến trường đạt 99,2%, trong đó trẻ 5 tuổi đạt 100%; tỷ lệ trẻ nhà trẻ (dưới 3 tuổi) ra lớp 38,4%.",
  ("lt", "38,4", "99,2"))
a("Năm nay chi hội người cao tuổi thôn Bắc mừng thọ 46 cụ, thôn Nam mừng thọ 39 cụ; tổng số quà tặng của hai thôn là 85 suất, mỗi suất 200.000 đồng, thành tiền 17 triệu đồng.",
  ("sum", "85", "46", "39"), ("mul", "85", "=0,2", "17"))
a("Điểm thi đua của xã năm 2025 đạt 946,5/1.000 điểm, xếp thứ 3/24 xã, phường của cụm thi đua số 2; năm 2024 xếp thứ 7.",
  ("lt", "946,5", "1.000"))
a("Ngày 14/5/2025 (thứ Tư, 17 tháng Tư năm Ất Tỵ), Ban Thường trực Ủy ban MTTQ xã họp với 9/11 thành viên; nội dung chuẩn bị Đại hội điểm.",
  ("wd", "14/5/2025", "=2"), ("lt", "9", "11"))
a("Năm 2025 có 68 đoàn viên được công nhận \"Thanh niên tiên tiến làm theo lời Bác\" trên tổng số 412 đoàn viên, chiếm 16,5%; năm 2024 có 61 đoàn viên trên tổng số 397, chiếm 15,4%.",
  ("pct", "68", "412", "16,5"), ("pct", "61", "397", "15,4"))
a("Đến 31/12/2025 có 86,7% người dân trong độ tuổi lao động có tài khoản ngân hàng; số giao dịch thanh toán không dùng tiền mặt tại chợ xã bình quân 412 giao dịch mỗi ngày.",
  )
a("Tổng kinh phí tổ chức Đại hội là 146,8 triệu đồng, trong đó ngân sách xã 120 triệu đồng, xã hội hóa 26,8 triệu đồng; đã quyết toán 142,35 triệu đồng, hoàn trả ngân sách 4,45 triệu đồng.",
  ("sum", "146,8", "120", "26,8"), ("dif", "146,8", "142,35", "4,45"))
a("Ban chỉ đạo giao mỗi thành viên phụ trách 1 thôn; xã có 11 thôn nhưng Ban chỉ đạo có 13 thành viên, 2 thành viên còn lại phụ trách chung.",
  ("dif", "13", "11", "2"))
a("Trong năm, đoàn kiểm tra liên ngành kiểm tra 36 cơ sở kinh doanh thực phẩm, phát hiện 5 cơ sở vi phạm (13,9%), xử phạt 18,5 triệu đồng, bình quân 3,7 triệu đồng mỗi cơ sở vi phạm.",
  ("pct", "5", "36", "13,9"), ("div", "18,5", "5", "3,7"))
a("Số ngày mưa trong tháng 10 là 19 ngày, lượng mưa tổng cộng 864,5 mm, bình quân 45,5 mm mỗi ngày mưa.",
  ("div", "864,5", "19", "45,5"))
a("Biên bản được lập thành 3 bản, có giá trị như nhau; được đọc lại cho hội nghị nghe, 23/23 đại biểu dự thống nhất thông qua lúc 11 giờ 20 phút.",
  ("pct", "23", "23", "=100"))
