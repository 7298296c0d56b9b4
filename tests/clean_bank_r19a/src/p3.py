"""News; Front and mass organisations; elections (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Ngày 23/5, cử tri xã Tân Hòa đi bầu cử đại biểu HĐND xã; tổng số cử tri trong danh sách là 6.842 người, đã có 6.791 cử tri đi bầu, đạt 99,25%.",
  ("pct", "6.791", "6.842", "99,25"))
a("Tại đơn vị bầu cử số 2, số phiếu phát ra 2.318, thu vào 2.318, phiếu hợp lệ 2.296; bà Hoàng Thị Mai đạt 2.104 phiếu, bằng 91,64% số phiếu hợp lệ.",
  ("pct", "2.104", "2.296", "91,64"))
a("Ông Lương Văn Tài đạt 1.187 phiếu, bằng 51,70% số phiếu hợp lệ, quá một nửa (tối thiểu 1.149 phiếu) nên trúng cử; ông Trần Đức Vinh đạt 1.062 phiếu, bằng 46,25%, không trúng cử.",
  ("pct", "1.187", "=2.296", "51,70"), ("maj", "1.149", "=2.296"), ("pct", "1.062", "=2.296", "46,25"))
a("Tỷ lệ đại biểu nữ trúng cử đạt 31,58% (6/19 đại biểu), tăng 5,26 điểm phần trăm so với nhiệm kỳ trước (5/19, tức 26,32%).",
  ("pct", "6", "19", "31,58"), ("pct", "5", "19", "26,32"), ("dif", "31,58", "26,32", "5,26"))
a("Đại hội đại biểu Hội Nông dân xã lần thứ XI, nhiệm kỳ 2023-2028 diễn ra ngày 14-15/3/2023 với 120 đại biểu chính thức, đại diện cho 2.346 hội viên sinh hoạt tại 14 chi hội.",
  ("dys", "=14/3/2023", "=15/3/2023", "=2"))
a("Ủy ban MTTQ Việt Nam xã vận động Quỹ Vì người nghèo được 186,5 triệu đồng, đạt 124,3% kế hoạch (150 triệu đồng); đã chi hỗ trợ 164 triệu đồng, còn tồn 22,5 triệu đồng.",
  ("pct", "186,5", "150", "124,3"), ("dif", "186,5", "164", "22,5"))
a("Hội Cựu chiến binh xã có 318 hội viên, trong đó 42 hội viên là cựu thanh niên xung phong và 17 hội viên nữ; số hội viên là đảng viên 206 đồng chí, chiếm 64,8%.",
  ("pct", "206", "318", "64,8"), ("lt", "42", "318"))
a("Hội Liên hiệp Phụ nữ phường kết nạp mới 96 hội viên, nâng tổng số hội viên lên 2.418, đạt 82,6% số phụ nữ từ 18 tuổi trở lên (2.927 người).",
  ("pct", "2.418", "2.927", "82,6"))
a("Trong 96 hội viên mới, 28 chị là người dân tộc thiểu số, 41 chị dưới 30 tuổi; số hội viên vừa là người dân tộc thiểu số vừa dưới 30 tuổi là 13 chị.",
  ("lt", "28", "96"), ("lt", "13", "28"), ("lt", "13", "41"))
a("Đoàn xã có 412 đoàn viên, trong đó 198 đoàn viên nữ (48,1%), 57 đoàn viên là người dân tộc thiểu số (13,8%), 23 đoàn viên là đảng viên (5,6%).",
  ("pct", "198", "412", "48,1"), ("pct", "57", "412", "13,8"), ("pct", "23", "412", "5,6"))
a("Đoàn viên là người dân tộc thiểu số có cả nam và nữ nên tỷ lệ 48,1% và 13,8% không cộng với nhau.",
  )
a("Liên đoàn Lao động tỉnh cho biết, năm 2025 đã phát triển 8.412 đoàn viên công đoàn mới, đạt 105,2% chỉ tiêu; thành lập 46 công đoàn cơ sở, đạt 92% chỉ tiêu (50 công đoàn).",
  ("pct", "8.412", "=8.000", "105,2"), ("pct", "46", "50", "92"))
a("Hội Chữ thập đỏ tổ chức 6 đợt hiến máu tình nguyện, tiếp nhận 2.684 đơn vị máu, bình quân 447 đơn vị mỗi đợt, vượt 11,8% kế hoạch năm (2.400 đơn vị).",
  ("div", "2.684", "6", "447"), ("gro", "2.684", "2.400", "11,8"))
a("Sáng 26/12, UBND tỉnh tổ chức hội nghị tổng kết; theo báo cáo, tăng trưởng GRDP năm 2025 ước đạt 8,42%, cao hơn 0,92 điểm phần trăm so với mục tiêu 7,5%.",
  ("dif", "8,42", "7,5", "0,92"))
a("Khu vực công nghiệp - xây dựng tăng 11,36%, đóng góp 4,87 điểm phần trăm; dịch vụ tăng 7,12%, đóng góp 2,91 điểm phần trăm; nông, lâm nghiệp và thủy sản tăng 3,05%, đóng góp 0,64 điểm phần trăm.",
  ("sum", "=8,42", "4,87", "2,91", "0,64"))
a("Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 46,8%, dịch vụ 36,5%, nông, lâm nghiệp và thủy sản 11,9%, thuế sản phẩm trừ trợ cấp 4,8%.",
  ("sum", "=100", "46,8", "36,5", "11,9", "4,8"))
a("Kim ngạch xuất khẩu 11 tháng đạt 2,86 tỷ USD, bằng 95,3% kế hoạch năm (3 tỷ USD) và tăng 13,5% so với cùng kỳ; tháng 12 ước đạt 0,29 tỷ USD, cả năm vượt kế hoạch.",
  ("pct", "2,86", "3", "95,3"), ("gt", "=3,15", "3"), ("gro", "2,86", "=2,52", "13,5"))
a("Chỉ số giá tiêu dùng bình quân năm 2025 tăng 3,28% so với năm 2024, dưới mức kiểm soát không quá 4,5%.",
  ("lt", "3,28", "4,5"))
a("Tỷ lệ thất nghiệp khu vực thành thị giảm còn 2,14%, giảm 0,21 điểm phần trăm; tỷ lệ lao động thiếu việc làm 1,86%.",
  ("dif", "=2,35", "2,14", "0,21"))
a("Theo Cục Thống kê, 9 tháng năm 2025 toàn tỉnh đón 6,84 triệu lượt khách, đạt 76% kế hoạch năm (9 triệu lượt); doanh thu du lịch 12.480 tỷ đồng, bình quân 1,82 triệu đồng mỗi lượt.",
  ("pct", "6,84", "9", "76"), ("div", "12.480", "=6.840", "1,82"))
a("Trước đó, ngày 19/9/2025 (thứ Sáu), tỉnh khai mạc Tuần lễ Văn hóa - Du lịch lần thứ 12 kéo dài đến ngày 25/9, gồm 7 ngày với 41 hoạt động.",
  ("wd", "19/9/2025", "=4"), ("dys", "19/9/2025", "=25/9/2025", "7"))
a("Đợt mưa lớn từ ngày 28/10 đến 01/11/2025 làm 2 người chết, 5 người bị thương; 1.246 nhà bị ngập, trong đó 312 nhà ngập sâu trên 1 m; thiệt hại ước 86,4 tỷ đồng.",
  ("dys", "=28/10/2025", "01/11/2025", "=5"), ("lt", "312", "1.246"))
a("Tỉnh đã chi 12,6 tỷ đồng hỗ trợ khắc phục, bằng 14,6% tổng thiệt hại; trong đó hỗ trợ mỗi người chết 20 triệu đồng, mỗi người bị thương 5 triệu đồng.",
  ("pct", "12,6", "=86,4", "14,6"))
a("Năm học 2025-2026, toàn tỉnh có 412 trường đạt chuẩn quốc gia trên tổng số 538 trường, đạt 76,6%; mục tiêu đến năm 2030 là từ 80% trở lên.",
  ("pct", "412", "538", "76,6"), ("lt", "76,6", "80"))
a("Tỷ lệ học sinh tốt nghiệp THPT năm 2025 đạt 99,12%, giảm 0,24 điểm phần trăm so với năm 2024 (99,36%) nhưng vẫn cao hơn bình quân cả nước.",
  ("dif", "99,36", "99,12", "0,24"))
a("Bệnh viện đa khoa khu vực khám 186.420 lượt người bệnh, tăng 8,6% so với năm trước; công suất sử dụng giường bệnh đạt 104,3%, tức vượt 4,3% số giường kế hoạch.",
  ("gro", "186.420", "=171.657", "8,6"), ("dif", "104,3", "=100", "4,3"))
a("Từ ngày 01/7/2025, tỉnh có 124 đơn vị hành chính cấp xã (gồm 108 xã và 16 phường), giảm 201 đơn vị so với trước sắp xếp (325 đơn vị).",
  ("sum", "124", "108", "16"), ("dif", "325", "124", "201"))
a("Sau sắp xếp, số cán bộ, công chức cấp xã là 4.186 người, bình quân 33,8 người mỗi xã, phường; có 612 người dôi dư sẽ được bố trí trong 5 năm.",
  ("div", "4.186", "=124", "33,8"))
a("Ngày 2/9/2025 là thứ Ba, kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh; cùng ngày, phường tổ chức mít tinh với hơn 1.200 người tham dự.",
  ("wd", "2/9/2025", "=1"), ("dif", "=2025", "=1945", "80"))
a("Năm 2026 tròn 96 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2026) và 81 năm Ngày Quốc khánh (2/9/1945 - 2/9/2026); Đảng ủy xã chỉ đạo các chi bộ tổ chức sinh hoạt chuyên đề về truyền thống.",
  ("dif", "2026", "1930", "96"), ("dif", "2026", "1945", "81"))
a("Theo Quyết định số 1246/QĐ-UBND ngày 12/8/2025, tỉnh giao 186 chỉ tiêu biên chế cho 24 xã; trong đó xã nhiều nhất 11 người, xã ít nhất 6 người.",
  ("rng", "6", "=7,75", "11"))
a("Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 124 điểm cầu với trên 3.200 đại biểu; tại điểm cầu tỉnh có 186 đại biểu dự.",
  ("lt", "186", "3.200"))
a("Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh thu hút 48.620 lượt người dự thi, trong đó 31.405 lượt là đoàn viên thanh niên; 264 cá nhân và 18 tập thể được khen thưởng.",
  ("lt", "31.405", "48.620"))
a("Dự án đường ven biển có tổng mức đầu tư 2.846 tỷ đồng, trong đó vốn ngân sách trung ương 1.800 tỷ đồng, ngân sách tỉnh 1.046 tỷ đồng; đã giải ngân 1.924,5 tỷ đồng, đạt 67,6%.",
  ("sum", "2.846", "1.800", "1.046"), ("pct", "1.924,5", "2.846", "67,6"))
a("Sản lượng thủy sản khai thác năm 2025 đạt 48.620 tấn, bằng 101,3% kế hoạch; sản lượng nuôi trồng 21.340 tấn, bằng 97% kế hoạch.",
  ("pct", "48.620", "=48.000", "101,3"), ("pct", "21.340", "=22.000", "97"))
a("Mặt trận xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 11/11 khu dân cư, từ ngày 10 đến 18/11/2025, đạt 100% kế hoạch.",
  ("pct", "11", "11", "100"), ("dys", "=10/11/2025", "18/11/2025", "=9"))
a("Năm 2025, Hội Nông dân xã giải ngân Quỹ Hỗ trợ nông dân 1,86 tỷ đồng cho 46 hộ vay, bình quân 40,4 triệu đồng mỗi hộ; dư nợ đến 31/12 là 4,12 tỷ đồng với 118 hộ.",
  ("div", "=1.860", "46", "40,4"), ("div", "=4.120", "=118", "=34,9"))
a("Bình quân mỗi hộ đang vay Quỹ có dư nợ 34,9 triệu đồng, thấp hơn mức cho vay mới năm nay vì nhiều hộ đã trả bớt gốc.",
  ("lt", "34,9", "=40,4"))
a("Công đoàn cơ sở có 86 đoàn viên, trong đó 52 nữ; tại Hội nghị người lao động có 79 đoàn viên dự; đại diện lãnh đạo chuyên môn và 3 khách mời cũng dự nhưng không thuộc danh sách biểu quyết.",
  ("lt", "79", "86"), ("lt", "52", "86"))
a("Nghị quyết Hội nghị người lao động được thông qua với 76/79 người dự tán thành (96,2%), 3 người không tán thành.",
  ("pct", "76", "79", "96,2"), ("sum", "79", "76", "3"))
a("Theo kết quả rà soát, năm 2025 tỉnh còn 6.214 hộ nghèo, chiếm 1,46%; trong đó 4.862 hộ nghèo là đồng bào dân tộc thiểu số, chiếm 78,2% tổng số hộ nghèo.",
  ("pct", "4.862", "6.214", "78,2"))
a("Huyện Sơn Hà cũ có tỷ lệ hộ nghèo cao nhất, 12,38%; thấp nhất là thành phố Quảng Ngãi cũ với 0,21%; chênh lệch 12,17 điểm phần trăm.",
  ("dif", "12,38", "0,21", "12,17"))
a("Ông Đinh Văn Long, Chủ tịch UBND xã cho biết: \"Năm 2026 xã phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 1%, tức còn không quá 30 hộ trên khoảng 3.100 hộ\".",
  ("le", "30", "=31"), ("flt", "30", "3.100", "1", "=100"))
a("Đến ngày 20/11/2025, toàn tỉnh có 98,4% số thửa đất đã được đo đạc, chỉnh lý; 97 trên 124 xã, phường hoàn thành làm sạch dữ liệu đất đai, đạt 78,2%.",
  ("pct", "97", "124", "78,2"))
a("Kỳ thi tuyển sinh lớp 10 năm học 2025-2026 diễn ra trong các ngày 2-3/6/2025 với 12.468 thí sinh đăng ký; có 12.391 thí sinh dự thi, 77 thí sinh vắng thi.",
  ("dif", "12.468", "12.391", "77"), ("dys", "=2/6/2025", "=3/6/2025", "=2"))
a("Lễ kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) diễn ra lúc 6 giờ 30 phút, thứ Tư ngày 30/4/2025.",
  ("wd", "30/4/2025", "=2"), ("dif", "2025", "1975", "50"))
a("Tỷ lệ dân số tham gia bảo hiểm xã hội bắt buộc đạt 24,6% lực lượng lao động trong độ tuổi, tăng 1,8 điểm phần trăm; tham gia tự nguyện 3,2%, tăng 0,6 điểm phần trăm.",
  ("dif", "24,6", "=22,8", "1,8"), ("dif", "3,2", "=2,6", "0,6"))
