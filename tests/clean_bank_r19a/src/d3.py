"""doc03: tin kỳ họp HĐND xã cuối năm 2025 (news, post-reform)."""
T = [
"Cập nhật lúc 14:26, Thứ Sáu, 19/12/2025 (GMT+7)",
"Kỳ họp thứ 4 HĐND xã Đông Thành: Thông qua 9 nghị quyết quan trọng",
"Sau 2 ngày làm việc (18-19/12/2025), Kỳ họp thứ 4 HĐND xã Đông Thành khóa I, nhiệm kỳ 2021-2026 đã hoàn thành chương trình đề ra và bế mạc lúc 11 giờ 20 phút ngày 19/12.",
"HĐND xã hiện có 42 đại biểu; phiên bế mạc có 39/42 đại biểu dự, 3 đại biểu vắng có lý do. Dự kỳ họp còn có đại diện Thường trực Đảng ủy, Ủy ban MTTQ Việt Nam xã và 26 khách mời là bí thư chi bộ, trưởng thôn; khách mời không tham gia biểu quyết.",
"Theo báo cáo của UBND xã, năm 2025 có 17/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch, chiếm 89,5%. Thu ngân sách trên địa bàn ước đạt 15,8 tỷ đồng, bằng 112,9% dự toán (14 tỷ đồng). Tỷ lệ hộ nghèo giảm còn 1,42%, giảm 0,96 điểm phần trăm so với cuối năm 2024 (2,38%), vượt chỉ tiêu giảm từ 0,5 điểm phần trăm trở lên.",
"Năm 2026, xã phấn đấu thu ngân sách 15,2 tỷ đồng, tăng 8,6% so với dự toán năm 2025 nhưng chỉ bằng 96,2% so với ước thực hiện năm 2025, do một số khoản thu từ đất không phát sinh.",
"Tại phiên chất vấn, 4 đại biểu đã chất vấn 6 nhóm vấn đề, tập trung vào tiến độ giải phóng mặt bằng, cấp giấy chứng nhận quyền sử dụng đất và xử lý ô nhiễm tại cụm chăn nuôi thôn 3.",
"Kỳ họp đã biểu quyết thông qua 9 nghị quyết. Nghị quyết về dự toán ngân sách năm 2026 có 38/39 đại biểu dự tán thành, đạt 90,48% tổng số đại biểu HĐND xã, 1 đại biểu không biểu quyết. Nghị quyết về kế hoạch đầu tư công năm 2026 có 37 đại biểu tán thành, đạt 88,10%, 1 đại biểu không tán thành và 1 đại biểu không biểu quyết.",
"Mỗi nghị quyết cần ít nhất 22 đại biểu tán thành, tức quá nửa tổng số đại biểu HĐND xã, nên cả 9 nghị quyết đều được thông qua.",
"Kỳ họp đã bầu bổ sung chức danh Phó Chủ tịch HĐND xã. Số phiếu phát ra 39, thu vào 39; phiếu hợp lệ 38, phiếu không hợp lệ 1. Bà Lò Thị Hương đạt 36 phiếu, bằng 94,74% số phiếu hợp lệ và bằng 85,71% tổng số đại biểu HĐND xã, trúng cử Phó Chủ tịch HĐND xã khóa I.",
"Kế hoạch vốn đầu tư công năm 2026 là 31,6 tỷ đồng, tăng 3,1 tỷ đồng so với năm 2025 (28,5 tỷ đồng), trong đó bố trí 9,4 tỷ đồng cho 3 công trình chuyển tiếp và 22,2 tỷ đồng cho 5 công trình khởi công mới.",
"Phát biểu bế mạc, ông Vi Văn Thành, Chủ tịch HĐND xã đề nghị UBND xã sớm giao dự toán trước ngày 31/12/2025, bảo đảm giải ngân vốn đầu tư công năm 2026 đạt từ 95% kế hoạch trở lên.",
"Quang cảnh kỳ họp. Ảnh: Minh Tâm",
"Minh Tâm - Văn Hòa",
]
C = [
 ("wd", "19/12/2025", "=4"), ("dys", "=18/12/2025", "=19/12/2025", "2"),
 ("dif", "42", "39", "3"),
 ("pct", "17", "19", "89,5"), ("pct", "15,8", "14", "112,9"), ("dif", "2,38", "1,42", "0,96"), ("ge", "0,96", "0,5"),
 ("gro", "15,2", "=14", "8,6"), ("pct", "15,2", "=15,8", "96,2"),
 ("pct", "38", "42", "90,48"), ("sum", "39", "38", "1"), ("pct", "37", "=42", "88,10"), ("sum", "39", "37", "1", "1"),
 ("maj", "22", "42"),
 ("sum", "39", "38", "1"), ("pct", "36", "38", "94,74"), ("pct", "36", "42", "85,71"), ("ge", "36", "22"),
 ("dif", "31,6", "28,5", "3,1"), ("sum", "31,6", "9,4", "22,2"),
]
DOC = (T, C)
