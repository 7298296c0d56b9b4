T = {}
T["tin01_cb_thon_thuongky_t8_2025"] = """Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
Chi bộ thôn Khe Mạ sinh hoạt thường kỳ tháng 8, tập trung vào phát triển kinh tế đồi rừng
Cập nhật: 09/08/2025 16:22 | Lượt xem: 312
Cỡ chữ: A- A A+ | In bài | Chia sẻ
Tối 07/8, Chi bộ thôn Khe Mạ, Đảng bộ xã Phú Đình tổ chức sinh hoạt thường kỳ tháng 8 năm 2025. Đồng chí Lục Văn Thành, Bí thư Chi bộ chủ trì buổi sinh hoạt; dự có đồng chí Ma Đình Quý, Phó Chủ tịch UBND xã.
Chi bộ hiện có 24 đảng viên, trong đó có 2 đảng viên dự bị. Buổi sinh hoạt có 21 đảng viên tham dự; 3 đồng chí vắng có lý do.
Theo báo cáo tại buổi sinh hoạt, 7 tháng đầu năm, nhân dân trong thôn trồng mới 38 ha rừng keo, đạt 76% kế hoạch năm (50 ha); thu nhập bình quân đạt khoảng 39 triệu đồng/người/năm. Thôn đã hoàn thành thu quỹ khuyến học được 15,2 triệu đồng, vượt mục tiêu cả năm 12 triệu đồng.
Thảo luận tại buổi sinh hoạt, đảng viên đề nghị Chi ủy quan tâm hướng dẫn bà con chuyển sang trồng rừng gỗ lớn có chứng chỉ FSC; rà soát các hộ có nguy cơ tái nghèo sau đợt mưa lũ.
Ảnh: Quang cảnh buổi sinh hoạt Chi bộ thôn Khe Mạ
Kết luận buổi sinh hoạt, đồng chí Lục Văn Thành đề nghị Chi ủy phân công đảng viên phụ trách nhóm hộ vận động trồng rừng; giao Ban Công tác Mặt trận thôn rà soát hộ khó khăn, gửi danh sách về UBND xã trước ngày 20/8/2025.
Chi bộ biểu quyết thông qua Nghị quyết tháng 8 với sự nhất trí của 100% đảng viên dự họp.
Dịp này, chi bộ xét, đề nghị kết nạp quần chúng Hoàng Thị Lan vào Đảng, được 19/19 đảng viên chính thức có mặt tán thành.
Hà Vy (Đài TT-TH xã)
Tin liên quan:
- Đảng ủy xã Phú Đình triển khai chuyên đề năm 2025
- Xã Phú Đình ra quân phát quang đường giao thông
Bình luận (0)
© Bản quyền thuộc Cổng thông tin điện tử xã Phú Đình
"""
T["tin02_hdnd_phuong_kyhop5_2025"] = """Trang chủ / Hoạt động HĐND cấp xã
KỲ HỌP THỨ 5 HĐND PHƯỜNG BẮC GIANG THÔNG QUA 7 NGHỊ QUYẾT
17/12/2025 10:05
Ngày 16/12, HĐND phường Bắc Giang khóa I, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2025). Bà Thân Thị Hải Vân, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường và ông Dương Văn Tú, Phó Chủ tịch HĐND phường đồng chủ tọa kỳ họp.
Dự kỳ họp có 41/44 đại biểu HĐND phường; lãnh đạo Ủy ban MTTQ Việt Nam phường, các tổ dân phố.
Báo cáo của UBND phường cho biết, năm 2025 tổng thu ngân sách nhà nước trên địa bàn ước đạt 612,5 tỷ đồng, đạt 102,08% dự toán (600 tỷ đồng); tỷ lệ hộ nghèo còn 0,18%; 96/98 tổ dân phố đạt danh hiệu tổ dân phố văn hóa. Chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình chưa đạt (đạt 52,3%, chỉ tiêu 60%).
Năm 2026, phường phấn đấu thu ngân sách đạt 650 tỷ đồng, tỷ lệ hộ nghèo giữ dưới 0,15%.
Ảnh: Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp.
Tại kỳ họp có 11 lượt ý kiến thảo luận, tập trung vào tiến độ cải tạo hồ Thân Nhân Trung và tình trạng ngập úng cục bộ trên đường Xương Giang.
Kỳ họp đã biểu quyết thông qua 7 nghị quyết, trong đó Nghị quyết về dự toán ngân sách năm 2026 được 40/41 đại biểu có mặt tán thành, 1 đại biểu không biểu quyết.
Phát biểu bế mạc, bà Thân Thị Hải Vân đề nghị UBND phường khẩn trương triển khai các nghị quyết, xây dựng kế hoạch trước ngày 31/12/2025.
Minh Châu
Chia sẻ: Facebook | Zalo
Tin cùng chuyên mục
- Thường trực HĐND phường giám sát công tác chỉnh trang đô thị
- HĐND xã Tân Yên tiếp xúc cử tri sau kỳ họp
Bản quyền © Hội đồng nhân dân tỉnh Bắc Ninh
"""
T["tin03_bch_xa_lan6_2025"] = """Xây dựng Đảng
Hội nghị Ban Chấp hành Đảng bộ xã Tam Đảo lần thứ 6
Thứ Sáu, 12/12/2025 - 15:40
(Cổng TTĐT tỉnh) - Sáng 11/12, Ban Chấp hành Đảng bộ xã Tam Đảo (trực thuộc Tỉnh ủy Phú Thọ) tổ chức Hội nghị lần thứ 6, khóa I, nhiệm kỳ 2025 - 2030 để đánh giá kết quả thực hiện nhiệm vụ năm 2025, bàn phương hướng, nhiệm vụ năm 2026.
Đồng chí Kiều Thị Thu Hà, Bí thư Đảng ủy xã chủ trì hội nghị.
Năm 2025, dù hoạt động theo mô hình mới, Đảng bộ xã đã hoàn thành và vượt 15/17 chỉ tiêu nghị quyết. Tổng thu ngân sách trên địa bàn đạt 86,7 tỷ đồng, vượt 8,4% dự toán; đón 1,28 triệu lượt khách du lịch, vượt kế hoạch năm (1,2 triệu lượt). Kết nạp 41 đảng viên, đạt 102,5% chỉ tiêu (40 đảng viên). Tỷ lệ hộ nghèo giảm còn 2,1%, chưa đạt mục tiêu (dưới 2%).
Tại hội nghị, các đại biểu đã thảo luận, thống nhất các chỉ tiêu chủ yếu năm 2026: thu ngân sách trên địa bàn 92 tỷ đồng; đón 1,4 triệu lượt khách; kết nạp 40 đảng viên trở lên.
Hội nghị cũng tiến hành bầu bổ sung Ủy viên Ban Thường vụ Đảng ủy xã. Đồng chí Đỗ Mạnh Cường, Phó Chủ tịch UBND xã trúng cử với 29/31 phiếu.
Ảnh: Đồng chí Kiều Thị Thu Hà phát biểu kết luận hội nghị.
Kết luận hội nghị, đồng chí Bí thư Đảng ủy yêu cầu UBND xã hoàn thành phương án quản lý hoạt động homestay tại thị trấn du lịch cũ trước ngày 15/01/2026; Ủy ban Kiểm tra Đảng ủy xã tăng cường kiểm tra, giám sát việc quản lý đất rừng.
Hội nghị có 31/33 Ủy viên Ban Chấp hành Đảng bộ xã dự.
Nguyễn Hòa
Tin liên quan
- Xã Tam Đảo ra mắt mô hình "Bình dân học vụ số"
- Phú Thọ: 148 xã, phường hoàn thành sơ kết 6 tháng vận hành chính quyền địa phương hai cấp
In bài | Gửi email | Lượt xem: 1.087
"""
