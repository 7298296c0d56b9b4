"""doc05: tin hội nghị tổng kết ngành xây dựng (giao thông, xây dựng, chuyển đổi số) năm 2025 (news, post-reform)."""
T = [
"Sở Xây dựng tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
"Cập nhật lúc 16:20, Thứ Sáu, 09/01/2026 (GMT+7)",
"Chiều 09/1, Sở Xây dựng tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Sở hoạt động sau khi hợp nhất Sở Giao thông vận tải và Sở Xây dựng cũ, đồng thời là năm đầu vận hành chính quyền địa phương hai cấp.",
"Theo báo cáo, năm 2025 Sở được giao làm chủ đầu tư 23 dự án với tổng kế hoạch vốn 1.846,5 tỷ đồng. Đến ngày 31/12/2025, giá trị giải ngân đạt 1.712,3 tỷ đồng, bằng 92,7% kế hoạch; trong đó 17 dự án giải ngân từ 95% trở lên, 4 dự án từ 80% đến dưới 95% và 2 dự án dưới 80% do vướng mặt bằng.",
"So với năm 2024, tỷ lệ giải ngân tăng 6,4 điểm phần trăm (năm 2024 đạt 86,3%). Riêng dự án đường vành đai phía Nam dài 18,6 km đã thông xe kỹ thuật 11,2 km, đạt 60,2% chiều dài tuyến, dự kiến hoàn thành toàn tuyến trong quý III/2026.",
"Trong lĩnh vực quản lý xây dựng, Sở đã thẩm định 146 hồ sơ thiết kế, tổng giá trị dự toán trình thẩm định 2.418 tỷ đồng, qua thẩm định cắt giảm 53,2 tỷ đồng, tương đương 2,2%. Số giấy phép xây dựng cấp trong năm là 312 giấy phép, giảm 27 giấy phép (-8,0%) so với năm 2024 do phân cấp cho cấp xã.",
"Về an toàn giao thông, năm 2025 trên địa bàn xảy ra 186 vụ tai nạn, làm chết 97 người, bị thương 142 người; so với năm 2024 giảm 21 vụ (-10,1%), giảm 9 người chết (-8,5%) và giảm 18 người bị thương (-11,3%). Mục tiêu kéo giảm từ 5% đến 10% trên cả ba tiêu chí đã đạt; số vụ và số người bị thương còn giảm nhiều hơn mức trên của khoảng mục tiêu.",
"Công tác chuyển đổi số có chuyển biến rõ. 100% thủ tục hành chính thuộc thẩm quyền của Sở được cung cấp trực tuyến; trong năm tiếp nhận 18.426 hồ sơ, trong đó 15.912 hồ sơ nộp trực tuyến, chiếm 86,4%. Số hồ sơ giải quyết trước và đúng hạn là 18.317/18.364 hồ sơ đã giải quyết, đạt 99,74%; 62 hồ sơ đang trong hạn xử lý.",
"Hệ thống cấp giấy phép lái xe được kết nối với cơ sở dữ liệu dân cư; trong năm cấp đổi 24.680 giấy phép lái xe, trong đó cấp đổi trực tuyến 19.154 giấy phép, chiếm 77,6%, tăng gần 2 lần so với năm 2024 (9.812 giấy phép).",
"Phát biểu chỉ đạo, Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị ngành năm 2026 phấn đấu giải ngân từ 95% trở lên kế hoạch vốn được giao là 2.140 tỷ đồng, tức không dưới 2.033 tỷ đồng; kéo giảm tai nạn giao thông từ 5% trở lên trên cả ba tiêu chí, nghĩa là số người chết không quá 92 người.",
"Dịp này, Sở Xây dựng trao Giấy khen cho 18 tập thể và 35 cá nhân; Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 4 tập thể và 7 cá nhân. Tổng cộng có 22 tập thể và 42 cá nhân được khen thưởng.",
"Quang cảnh hội nghị tổng kết. Ảnh: Minh Đức",
"Thanh Hà",
]
C = [
 ("wd", "09/01/2026", "=4"),
 ("pct", "1.712,3", "1.846,5", "92,7"), ("sum", "23", "17", "4", "2"),
 ("dif", "92,7", "86,3", "6,4"), ("pct", "11,2", "18,6", "60,2"),
 ("pct", "53,2", "2.418", "2,2"), ("dec", "312", "=339", "=8,0"), ("sum", "=339", "312", "27"), ("pct", "27", "=339", "8,0"),
 ("dec", "186", "=207", "10,1"), ("sum", "=207", "186", "21"),
 ("dec", "97", "=106", "8,5"), ("sum", "=106", "97", "9"),
 ("dec", "142", "=160", "11,3"), ("sum", "=160", "142", "18"),
 ("gt", "10,1", "10"), ("gt", "11,3", "10"), ("rng", "5", "8,5", "10"),
 ("pct", "15.912", "18.426", "86,4"), ("pct", "18.317", "18.364", "99,74"), ("sum", "18.426", "18.364", "62"),
 ("pct", "19.154", "24.680", "77,6"), ("div", "19.154", "9.812", "=1,95"), ("lt", "=1,95", "2"),
 ("mul", "2.140", "=0,95", "2.033"), ("mul", "97", "=0,95", "=92,15"), ("le", "92", "=92,15"),
 ("sum", "22", "18", "4"), ("sum", "42", "35", "7"),
]
DOC = (T, C)
