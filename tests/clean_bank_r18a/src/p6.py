"""More prose across the topics, plus portal/document debris."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# ---- debris (12)
a("Cập nhật lúc 09:12, Thứ Tư, 18/12/2024 (GMT+7)", ("wd", "18/12/2024", "=2"))
a("Thứ Hai, 24/02/2025 | 14:35", ("wd", "24/02/2025", "=0"))
a("Ảnh: Minh Châu")
a("Quang cảnh hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024.")
a("Nguồn: Cổng Thông tin điện tử tỉnh")
a("Người viết: Trần Quốc Bảo")
a("Từ khóa: du lịch, khách quốc tế, lưu trú, tổng thu")
a("Lượt xem: 2.386 | Ngày đăng: 21/10/2024")
a("In bài viết | Gửi bạn bè | Chia sẻ Facebook | Lên đầu trang")
a("Nơi nhận: - Thường trực Huyện ủy; - Thường trực HĐND huyện; - Lưu: VT, TP.")
a("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ")
a("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH")

# ---- prose (43)
a("Chiều ngày 18/12/2024, Tòa án nhân dân tỉnh tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025; hội nghị được kết nối trực tuyến đến 9 điểm cầu Tòa án cấp huyện.",
  ("wd", "18/12/2024", "=2"))
a("Năm 2024, Tòa án hai cấp của tỉnh đã thụ lý 8.642 vụ việc, giải quyết 8.127 vụ việc, đạt 94%, vượt 4 điểm phần trăm so với chỉ tiêu Quốc hội giao (90%).",
  ("pct", "8.127", "8.642", "94"), ("dif", "94", "90", "4"))
a("Tòa án nhân dân huyện Đông Anh giải quyết 97,1% số vụ án hình sự, trong khi Tòa án nhân dân huyện Sóc Sơn đạt 95,8%; cả hai đơn vị đều vượt chỉ tiêu 95%.",
  ("gt", "97,1", "95"), ("gt", "95,8", "95"))
a("Số bị cáo được hưởng án treo là 64 người, chiếm 18% trong tổng số 356 bị cáo đã thụ lý; số bị cáo là người dưới 18 tuổi là 11 người.",
  ("pct", "64", "356", "18"))
a("Kết luận số 83-KL/TU ngày 14/3/2024 của Ban Thường vụ Tỉnh ủy yêu cầu đến hết năm 2025 giảm số việc thi hành án dân sự tồn đọng ít nhất 10%; đến nay đã giảm 7,4%, còn thiếu 2,6 điểm phần trăm.",
  ("dif", "10", "7,4", "2,6"))
a("Thời gian trung bình giải quyết một vụ án dân sự sơ thẩm là 4,2 tháng, giảm 0,6 tháng so với năm trước; thời hạn chuẩn bị xét xử theo quy định là 4 tháng, có thể gia hạn không quá 2 tháng.",
  ("dif", "=4,8", "4,2", "0,6"), ("le", "4,2", "=6"))
a("Văn phòng công chứng Số 2 đã công chứng 3.846 hợp đồng, giao dịch, tăng 412 việc so với năm trước, tương ứng tăng 12%; phí công chứng thu được 5,62 tỷ đồng.",
  ("dif", "3.846", "=3.434", "412"), ("gro", "3.846", "=3.434", "12"))
a("Lượng chất thải rắn y tế nguy hại phát sinh bình quân 1.240 kg/ngày, đã xử lý 100% bằng lò đốt tập trung; chi phí xử lý 14.500 đồng/kg, tức khoảng 17,98 triệu đồng mỗi ngày.",
  ("mul", "1.240", "14.500", "=17.980.000"), ("div", "=17.980", "=1.000", "17,98"))
a("Diện tích rừng được chi trả dịch vụ môi trường rừng là 86.420 ha với tổng số tiền 43,2 tỷ đồng, bình quân 500 nghìn đồng/ha; 3.126 hộ nhận khoán bảo vệ rừng được hưởng lợi.",
  ("div", "=43.200.000", "86.420", "=499,9"), ("rnd", "=499,9", "500"))
a("Trong quý I/2025, Sở Nông nghiệp và Môi trường đã tiếp nhận 1.486 hồ sơ đất đai, môi trường, tài nguyên nước; giải quyết trước hạn 1.208 hồ sơ, đúng hạn 263 hồ sơ, quá hạn 15 hồ sơ, chiếm 1%.",
  ("sum", "1.486", "1.208", "263", "15"), ("pct", "15", "1.486", "1"))
a("Mục tiêu đến năm 2025 giảm tỷ lệ hồ sơ quá hạn xuống không quá 0,5%; với 1.486 hồ sơ mỗi quý, số hồ sơ quá hạn không được vượt 7 hồ sơ.",
  ("mul", "1.486", "=0,005", "=7,43"), ("lt", "7", "=7,43"))
a("Hệ thống xử lý nước thải tập trung của Khu công nghiệp Phố Nối A có công suất 6.000 m3/ngày đêm, hiện tiếp nhận bình quân 4.350 m3/ngày đêm, bằng 72,5% công suất thiết kế.",
  ("pct", "4.350", "6.000", "72,5"))
a("Lượng khách đến Phong Nha - Kẻ Bàng quý II đạt 486 nghìn lượt, trong đó khách quốc tế 64 nghìn lượt; so với quý I, tổng lượng khách tăng 38,9% (quý I: 350 nghìn lượt).",
  ("gro", "486", "350", "38,9"), ("lt", "64", "486"))
a("Năm 2024 toàn tỉnh có 18 sản phẩm du lịch được công nhận đạt chuẩn, trong đó 6 sản phẩm mới; 12 sản phẩm được công nhận lại.",
  ("sum", "18", "6", "12"))
a("Chi tiêu bình quân một lượt khách lưu trú đạt 2,46 triệu đồng, một lượt khách trong ngày đạt 0,58 triệu đồng; như vậy mỗi lượt khách lưu trú chi tiêu gấp khoảng 4,2 lần khách trong ngày.",
  ("div", "2,46", "0,58", "4,2"))
a("Giá trị hàng hóa bán ra tại 3 chợ đầu mối nông sản năm 2024 đạt 2.384 tỷ đồng, bình quân mỗi chợ 794,7 tỷ đồng.",
  ("div", "2.384", "3", "794,7"))
a("Giá lúa tươi tại ruộng vụ Hè Thu dao động từ 7.200 đến 7.800 đồng/kg, bình quân 7.450 đồng/kg, cao hơn cùng kỳ năm trước 650 đồng/kg.",
  ("rng", "7.200", "7.450", "7.800"), ("dif", "7.450", "=6.800", "650"))
a("Trong 10 tháng, cơ quan quản lý thị trường xử lý 412 vụ vi phạm, trong đó vi phạm về giá và niêm yết giá 87 vụ, chiếm 21,1%.",
  ("pct", "87", "412", "21,1"))
a("Sản lượng hồ tiêu xuất khẩu của tỉnh đạt 18.640 tấn, kim ngạch 92,4 triệu USD, giá xuất khẩu bình quân khoảng 4.957 USD/tấn.",
  ("div", "=92.400.000", "18.640", "4.957"))
a("Khu kinh tế cửa khẩu đã làm thủ tục cho 48.216 lượt phương tiện xuất nhập cảnh, bình quân 132 lượt mỗi ngày trong năm 2024 (366 ngày).",
  ("div", "48.216", "366", "132"))
a("Đề án thu hút trí thức trẻ về công tác tại xã đặt chỉ tiêu 60 người giai đoạn 2021-2025; đến nay đã tuyển được 47 người, đạt 78,3%, còn 13 người.",
  ("pct", "47", "60", "78,3"), ("dif", "60", "47", "13"))
a("Tỉnh có 4 tổ chức khoa học và công nghệ công lập và 23 tổ chức ngoài công lập; đã chứng nhận 7 doanh nghiệp khoa học và công nghệ, vượt 40% mục tiêu 5 doanh nghiệp.",
  ("gro", "7", "5", "40"))
a("Năm 2024, tỷ lệ ngân sách dành cho nghiên cứu ứng dụng trong tổng kinh phí sự nghiệp khoa học là 61,4%, cao hơn 11,4 điểm phần trăm so với yêu cầu tối thiểu 50%.",
  ("dif", "61,4", "50", "11,4"))
a("Kỳ họp thứ 22 Hội đồng nhân dân tỉnh khóa XVIII thông qua Nghị quyết số 36/NQ-HĐND về chính sách hỗ trợ đổi mới sáng tạo, với 54/56 đại biểu có mặt tán thành, đạt 96,4%.",
  ("pct", "54", "56", "96,4"))
a("Chương trình 135 năm 2024 đầu tư 42 công trình hạ tầng tại 18 xã đặc biệt khó khăn, bình quân 2,3 công trình mỗi xã; đã hoàn thành 36 công trình, đạt 85,7%.",
  ("div", "42", "18", "2,3"), ("pct", "36", "42", "85,7"))
a("Tại xã Sơn Thủy, tỷ lệ hộ nghèo giảm từ 18,64% xuống còn 14,27%, giảm 4,37 điểm phần trăm, vượt chỉ tiêu giảm 3-4% mỗi năm đối với xã đặc biệt khó khăn.",
  ("dif", "18,64", "14,27", "4,37"), ("gt", "4,37", "4"))
a("Ban Dân tộc tỉnh cấp phát 24.600 cuốn lịch và 3.280 tờ báo, tạp chí cho người có uy tín và bản, buôn; mỗi thôn, bản được cấp 15 cuốn lịch, tương ứng 1.640 thôn, bản.",
  ("div", "24.600", "15", "1.640"))
a("Đồng bào Công giáo chiếm 62% dân số xã, đồng bào theo đạo Phật chiếm 18%, số còn lại 20% là người không theo tôn giáo.",
  ("sum", "=100", "62", "18", "20"))
a("Năm 2025 huyện được giao 210 chỉ tiêu tuyển quân, đã giao 212 thanh niên, đạt 101%; trong đó 2 công dân tình nguyện vượt chỉ tiêu.",
  ("pct", "212", "210", "101"), ("dif", "212", "210", "2"))
a("Hội đồng nghĩa vụ quân sự xã đã xét duyệt 386 công dân trong độ tuổi gọi nhập ngũ, trong đó 74 công dân được tạm hoãn, chiếm 19,2%, và 9 công dân được miễn.",
  ("pct", "74", "386", "19,2"))
a("Đội dân quân thường trực trên biển gồm 2 tàu với 24 chiến sĩ, mỗi tàu 12 người, đã thực hiện 38 chuyến tuần tra, mỗi chuyến bình quân 5 ngày.",
  ("mul", "2", "12", "24"))
a("Tỉnh Đoàn phát động Tháng Thanh niên năm 2025 từ ngày 01/3 đến 31/3, kỷ niệm 94 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2025).",
  ("dif", "2025", "1931", "94"), ("dys", "=01/3/2025", "=31/3/2025", "=31"))
a("Trong Tháng Thanh niên, các cơ sở Đoàn trồng 28.600 cây xanh, vượt 43% chỉ tiêu 20.000 cây; hiến máu tình nguyện được 1.124 đơn vị máu.",
  ("gro", "28.600", "20.000", "43"))
a("Hội Phụ nữ xã có 12 chi hội; chi hội thôn Đông có 186 hội viên, chi hội thôn Tây có 154 hội viên, chênh lệch 32 hội viên.",
  ("dif", "186", "154", "32"))
a("Nhiệm kỳ 2021-2026, Hội đã giới thiệu 146 hội viên ưu tú cho Đảng xem xét, trong đó 118 chị đã được kết nạp, chiếm 80,8% số được giới thiệu.",
  ("pct", "118", "146", "80,8"))
a("Ban Chỉ huy Phòng thủ dân sự tỉnh ban hành 14 công điện chỉ đạo ứng phó với 6 cơn bão và 3 đợt mưa lớn; bình quân mỗi đợt thiên tai có khoảng 1,6 công điện.",
  ("div", "14", "=9", "1,6"))
a("Mực nước sông Thu Bồn tại trạm Câu Lâu lúc 13 giờ ngày 28/10 là 4,12 m, trên báo động III 0,12 m; đến 22 giờ cùng ngày xuống còn 3,86 m, giảm 0,26 m sau 9 giờ.",
  ("dif", "4,12", "3,86", "0,26"), ("dif", "22", "13", "9"), ("dif", "4,12", "=4", "0,12"))
a("Số người chết và mất tích do thiên tai năm 2024 là 7 người, giảm 5 người so với năm 2023 (12 người), tương ứng giảm 41,7%.",
  ("dif", "12", "7", "5"), ("dec", "7", "12", "41,7"))
a("Đoàn công tác của tỉnh thăm và làm việc tại Hàn Quốc trong 6 ngày, từ ngày 08 đến ngày 13/9/2024, ký kết 3 biên bản ghi nhớ về hợp tác lao động và du lịch.",
  ("dys", "=08/9/2024", "=13/9/2024", "6"))
a("Lượng kiều hối chuyển về tỉnh năm 2024 ước đạt 486 triệu USD, tăng 9,2% so với năm 2023 (445 triệu USD).",
  ("gro", "486", "445", "9,2"))
a("Chi cục Thống kê khu vực đã thu thập giá tại 42 điểm điều tra, bình quân mỗi điểm 18 mặt hàng, tổng cộng 756 mặt hàng mỗi kỳ.",
  ("mul", "42", "18", "756"))
a("Hệ thống kênh chính Bắc dài 39,8 km đã kiên cố được 31,2 km, đạt 78,4%; đoạn còn lại 8,6 km dự kiến hoàn thành trong năm 2026.",
  ("pct", "31,2", "39,8", "78,4"), ("dif", "39,8", "31,2", "8,6"))
a("Tỷ lệ thất thoát nước sạch của Công ty Cấp nước giảm từ 21,4% xuống còn 17,9%, giảm 3,5 điểm phần trăm; mục tiêu năm 2025 là dưới 16%.",
  ("dif", "21,4", "17,9", "3,5"), ("gt", "17,9", "16"))
