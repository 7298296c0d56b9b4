T = {}
T["tin04_daihoi_cb_2025"] = """Tin tức - Sự kiện > Đại hội Đảng các cấp
Chi bộ Trường Tiểu học Quỳnh Lâm tổ chức Đại hội nhiệm kỳ 2025 - 2027
Đăng ngày: 24/03/2025 | Người viết: Ban biên tập
Chiều ngày 22/3, Chi bộ Trường Tiểu học Quỳnh Lâm, Đảng bộ xã Quỳnh Lâm (huyện Quỳnh Lưu) long trọng tổ chức Đại hội Chi bộ nhiệm kỳ 2025 - 2027. Đại hội được chọn làm đại hội điểm của Đảng bộ xã.
Đến dự và chỉ đạo Đại hội có đồng chí Cao Xuân Trường, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Huyện ủy; đồng chí Trần Văn Quý, Bí thư Đảng ủy xã. Đoàn Chủ tịch gồm các đồng chí Nguyễn Thị Hiền, Bí thư Chi bộ và Hồ Đức Toàn, Phó Bí thư Chi bộ.
Chi bộ có 21 đảng viên (19 chính thức, 2 dự bị); có 20 đồng chí tham dự Đại hội.
Nhiệm kỳ 2022 - 2025, chi bộ 3 năm liền hoàn thành xuất sắc nhiệm vụ; kết nạp 4 đảng viên, đạt 133,33% chỉ tiêu nghị quyết (3 đảng viên); tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%. Nhiệm kỳ 2025 - 2027, chi bộ phấn đấu kết nạp 3 đảng viên mới; 100% đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên.
Chia sẻ: Facebook | Twitter
Ảnh: Đoàn Chủ tịch điều hành Đại hội (ảnh: Thu Trang)
Với tinh thần dân chủ, Đại hội đã bầu Chi ủy khóa mới gồm 3 đồng chí. Đồng chí Nguyễn Thị Hiền được tín nhiệm bầu giữ chức Bí thư Chi bộ với 17/18 phiếu hợp lệ; đồng chí Hồ Đức Toàn được bầu làm Phó Bí thư với 16/18 phiếu.
Đại hội cũng bầu 2 đại biểu chính thức và 1 đại biểu dự khuyết dự Đại hội Đảng bộ xã Quỳnh Lâm lần thứ XXVI.
Phát biểu chỉ đạo, đồng chí Cao Xuân Trường đề nghị Chi ủy khóa mới xây dựng chương trình hành động thực hiện Nghị quyết Đại hội, trình Đảng ủy xã trước ngày 15/4/2025.
Đại hội biểu quyết thông qua Nghị quyết Đại hội với 100% đảng viên tán thành.
Thu Trang - Trường TH Quỳnh Lâm
Các tin khác:
- Đại hội Chi bộ Trạm Y tế xã Quỳnh Lâm nhiệm kỳ 2025 - 2027
- Hội nghị tổng kết năm học 2023 - 2024
Lượt truy cập: 25.486
"""
T["tin05_ubnd_xa_phienhop_t1_2026"] = """Trang chủ > Tin hoạt động
UBND xã Ea Kar họp phiên thường kỳ tháng 01 năm 2026
Ngày đăng: 08/01/2026 | Tác giả: Thanh Hương | Lượt xem: 204
Sáng 07/01, UBND xã Ea Kar tổ chức phiên họp thường kỳ tháng 01 năm 2026 nhằm đánh giá kết quả năm 2025, triển khai nhiệm vụ tháng 01 và công tác chuẩn bị Tết Nguyên đán Bính Ngọ. Ông Lê Văn Mạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì phiên họp.
Theo báo cáo của Văn phòng HĐND và UBND xã, năm 2025 sản lượng cà phê nhân của xã đạt 28.400 tấn, vượt 6,8% kế hoạch; tổng thu ngân sách nhà nước trên địa bàn ước đạt 74,2 tỷ đồng/70 tỷ đồng dự toán, đạt 106%. Giải quyết việc làm mới cho 1.160 lao động, chỉ tiêu 1.200 lao động. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 6,9%, giảm 2,3% so với năm 2024 (chỉ tiêu giảm từ 2% trở lên).
Tại phiên họp, ông Hoàng Minh Sơn, Trưởng phòng Văn hóa - Xã hội báo cáo kế hoạch tổ chức Tết, dự kiến tặng 2.450 suất quà cho hộ nghèo, gia đình chính sách.
Ảnh: Chủ tịch UBND xã Lê Văn Mạnh phát biểu kết luận phiên họp.
Kết luận phiên họp, Chủ tịch UBND xã giao Phòng Kinh tế kiểm tra, bình ổn giá cả thị trường, bảo đảm hàng hóa phục vụ Tết, báo cáo kết quả trước ngày 10/02/2026; giao Công an xã triển khai cao điểm tấn công trấn áp tội phạm trước, trong và sau Tết; giao Phòng Văn hóa - Xã hội hoàn thành việc trao quà Tết trước ngày 12/02/2026.
Năm 2026, xã đặt mục tiêu thu ngân sách 78 tỷ đồng, giải quyết việc làm cho 1.250 lao động.
Tin, ảnh: Thanh Hương
Chia sẻ | In | Quay lại
Bài viết liên quan:
- Xã Ea Kar ra quân tổng vệ sinh môi trường đón Tết
- UBND xã Ea Kar họp phiên thường kỳ tháng 12 năm 2025
© Cổng thông tin điện tử xã Ea Kar, tỉnh Đắk Lắk
"""
T["tin06_du_phuong_sket_6t_2025"] = """Tin tức > Hoạt động của Đảng ủy
Đảng ủy phường Long Biên sơ kết 6 tháng đầu năm 2025
15/07/2025 08:30 | Cỡ chữ: A A A | In bài
Chiều 14/7, Ban Chấp hành Đảng bộ phường Long Biên tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên của Ban Chấp hành Đảng bộ phường sau khi sắp xếp, thực hiện mô hình chính quyền địa phương hai cấp.
Dự hội nghị có đồng chí Phùng Thị Thu, Thành ủy viên, Bí thư Đảng ủy phường; đồng chí Nguyễn Quang Vinh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường. Đồng chí Phùng Thị Thu và đồng chí Nguyễn Quang Vinh đồng chủ trì hội nghị.
6 tháng đầu năm, thu ngân sách trên địa bàn (theo địa giới mới) đạt 1.082 tỷ đồng, bằng 54,1% dự toán (2.000 tỷ đồng); kết nạp 46 đảng viên, chỉ tiêu năm 80 đảng viên; tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,1%.
Hội nghị đã biểu quyết thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2020 - 2025 (sửa đổi), với 38/39 Ủy viên có mặt tán thành.
Ảnh: Toàn cảnh hội nghị
Phát biểu kết luận, đồng chí Phùng Thị Thu yêu cầu các chi bộ tập trung chuẩn bị đại hội chi bộ trực thuộc, hoàn thành trước ngày 31/7/2025; UBND phường chỉ đạo thu ngân sách, phấn đấu đến cuối năm hoàn thành 100% dự toán; Văn phòng Đảng ủy tiếp nhận, bàn giao hồ sơ đảng viên của các chi bộ chuyển về.
Thanh Tâm
Chia sẻ
Tin khác
- Phường Long Biên ra mắt Trung tâm Phục vụ hành chính công
- Khai trương điểm sinh hoạt cộng đồng tổ dân phố số 12
Bình luận (0)
Bản quyền thuộc Cổng giao tiếp điện tử phường Long Biên - Thành phố Hà Nội
"""
