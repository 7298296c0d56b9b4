"""doc04: tin hội nghị tổng kết ngành du lịch năm 2025 (news, post-reform)."""
T = [
"Cập nhật lúc 15:40, Thứ Sáu, 26/12/2025 (GMT+7)",
"Ngành du lịch đón 9,64 triệu lượt khách, vượt kế hoạch năm 2025",
"Sáng 26/12, Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh cùng đại diện các sở, ngành và 124 doanh nghiệp du lịch.",
"Theo báo cáo tại hội nghị, năm 2025 toàn tỉnh đón 9,64 triệu lượt khách, tăng 12,4% so với năm 2024 (8,58 triệu lượt), đạt 107,1% kế hoạch năm (9 triệu lượt). Trong đó, khách quốc tế đạt 1,26 triệu lượt, tăng 31,3% so với năm trước (0,96 triệu lượt).",
"Tổng thu từ khách du lịch ước đạt 24.680 tỷ đồng, tăng 15,8% so với cùng kỳ; bình quân mỗi lượt khách chi tiêu khoảng 2,56 triệu đồng.",
"Toàn tỉnh hiện có 1.486 cơ sở lưu trú với 31.240 buồng, trong đó 62 khách sạn từ 3 đến 5 sao với 8.416 buồng, chiếm 26,9% tổng số buồng. Công suất sử dụng buồng bình quân đạt 61,4%, tăng 4,2 điểm phần trăm so với năm 2024 (57,2%).",
"Năm 2025, tỉnh tổ chức thành công Tuần lễ Du lịch biển từ ngày 28/6 đến 04/7 (7 ngày) và Lễ hội Trà xuân ngày 21 và 22/3, thu hút tổng cộng khoảng 186.000 lượt khách.",
"Phát biểu tại hội nghị, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị ngành du lịch phấn đấu năm 2026 đón 10,5 triệu lượt khách, tăng khoảng 8,9% so với năm 2025, trong đó khách quốc tế từ 1,4 triệu lượt trở lên; tổng thu du lịch từ 27.000 tỷ đồng trở lên.",
"Đồng chí cũng lưu ý tỷ lệ khách quốc tế mới chiếm 13,1% tổng lượng khách, thấp hơn mục tiêu 15% của Đề án phát triển du lịch giai đoạn 2021-2025.",
"Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 15 tập thể và 24 cá nhân, tổng cộng 39 tập thể, cá nhân có thành tích xuất sắc trong hoạt động du lịch năm 2025.",
"Quang cảnh hội nghị tổng kết ngành du lịch năm 2025.",
"Người viết: Lê Thu Hà",
]
C = [
 ("wd", "26/12/2025", "=4"),
 ("gro", "9,64", "8,58", "12,4"), ("pct", "9,64", "9", "107,1"),
 ("gro", "1,26", "0,96", "31,3"),
 ("div", "=24.680", "=9.640", "2,56"),
 ("pct", "8.416", "31.240", "26,9"), ("lt", "62", "1.486"),
 ("dif", "61,4", "57,2", "4,2"),
 ("dys", "=28/6/2025", "=04/7/2025", "7"),
 ("gro", "10,5", "9,64", "8,9"),
 ("gt", "1,4", "1,26"), ("gt", "27.000", "24.680"),
 ("pct", "1,26", "9,64", "13,1"), ("lt", "13,1", "15"),
 ("sum", "39", "15", "24"),
]
DOC = (T, C)
