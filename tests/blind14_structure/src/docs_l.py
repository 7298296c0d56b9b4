T["bb09_cb_phong_tn_cong_nhan_chinh_thuc_2021"] = """
ĐẢNG BỘ CÔNG AN TỈNH QUẢNG BÌNH
CHI BỘ PHÒNG CẢNH SÁT GIAO THÔNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
HỌP CHI BỘ XÉT ĐỀ NGHỊ CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC
Hôm nay, lúc 08 giờ 00 ngày 15 tháng 3 năm 2021, tại Phòng họp Phòng Cảnh sát giao thông, chi bộ họp xét đề nghị công nhận đảng viên chính thức cho đồng chí Hoàng Nhật Linh.
Đồng chí Đậu Quang Hưng, Bí thư Chi bộ, Trưởng phòng chủ trì; đồng chí Nguyễn Thị Bảo Yến, Chi ủy viên, làm thư ký.
Chi bộ có tổng số 15 đảng viên (13 đảng viên chính thức, 2 đảng viên dự bị). Có mặt 14 đồng chí, trong đó 12 đảng viên chính thức và 2 đảng viên dự bị. Vắng 01 đồng chí: Thái Văn Đông, đang làm nhiệm vụ chốt kiểm soát phòng, chống dịch Covid-19 tại Quốc lộ 1A.
NỘI DUNG
1. Đồng chí Hoàng Nhật Linh đọc bản tự kiểm điểm trong thời gian dự bị (từ ngày 12/3/2020 đến ngày 12/3/2021), tự nhận xét: hoàn thành tốt nhiệm vụ được giao, chấp hành nghiêm chỉ thị, nghị quyết của Đảng, tham gia đầy đủ sinh hoạt chi bộ, đóng đảng phí đúng quy định.
2. Đồng chí Lê Minh Phương, đảng viên được phân công giúp đỡ, báo cáo nhận xét: đồng chí Linh có lập trường tư tưởng vững vàng, trong năm 2020 tham gia xử lý 1.264 trường hợp vi phạm trật tự an toàn giao thông, được Giám đốc Công an tỉnh tặng Giấy khen.
3. Ý kiến nhận xét của Chi đoàn và của cấp ủy nơi cư trú: đều đề nghị chi bộ xét công nhận chính thức cho đồng chí Linh.
4. Chi bộ thảo luận: đồng chí Trương Quốc Bảo góp ý đồng chí Linh cần mạnh dạn hơn trong phát biểu tại sinh hoạt chi bộ; đồng chí Phạm Thị Thu Hiền đề nghị tiếp tục học tập nâng cao trình độ lý luận chính trị.
5. Biểu quyết (bằng giơ tay): có 12/13 đồng chí đảng viên chính thức tán thành, đạt 92,31% trên tổng số đảng viên chính thức của chi bộ; không có đồng chí nào không tán thành.
Chi bộ nhất trí đề nghị Đảng ủy Công an tỉnh xem xét, quyết định công nhận đảng viên chính thức đối với đồng chí Hoàng Nhật Linh.
6. Đồng chí chủ trì kết luận: giao đồng chí Nguyễn Thị Bảo Yến hoàn thiện hồ sơ, gửi Văn phòng Đảng ủy Công an tỉnh trước ngày 20/3/2021; đồng chí Hoàng Nhật Linh tiếp tục phát huy ưu điểm, khắc phục hạn chế đã được chi bộ góp ý.
Cuộc họp kết thúc vào lúc 09 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước chi bộ.
THƯ KÝ	T/M CHI BỘ
	BÍ THƯ
Nguyễn Thị Bảo Yến	Đậu Quang Hưng
"""
GOLD["bb09_cb_phong_tn_cong_nhan_chinh_thuc_2021"] = doc(
    "bien_ban", "CHI BỘ PHÒNG CẢNH SÁT GIAO THÔNG", "ĐẢNG BỘ CÔNG AN TỈNH QUẢNG BÌNH", None, None, "2021-03-15",
    "HỌP CHI BỘ XÉT ĐỀ NGHỊ CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC",
    meeting("HỌP CHI BỘ XÉT ĐỀ NGHỊ CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC", "chuyên đề", "08:00", "09:30", "2021-03-15",
            "Phòng họp Phòng Cảnh sát giao thông", ["Đậu Quang Hưng"], "Nguyễn Thị Bảo Yến"),
    att(15, 13, 2, 14, 1, [("Thái Văn Đông", "đang làm nhiệm vụ chốt kiểm soát phòng, chống dịch Covid-19 tại Quốc lộ 1A")]),
    [dec("vote", "Biểu quyết (bằng giơ tay)", "Hoàng Nhật Linh", 12, 0, None, 13, "thông qua")],
    [],
    [tk("hoàn thiện hồ sơ, gửi Văn phòng Đảng ủy Công an tỉnh", "đồng chí Nguyễn Thị Bảo Yến", "trước ngày 20/3/2021"),
     tk("tiếp tục phát huy ưu điểm, khắc phục hạn chế đã được chi bộ góp ý", "đồng chí Hoàng Nhật Linh", None)],
    [sg("THƯ KÝ", None, "Nguyễn Thị Bảo Yến"), sg("T/M CHI BỘ", "BÍ THƯ", "Đậu Quang Hưng")],
    [],
    ["15 đảng viên", "Có mặt 14 đồng chí", "1.264 trường hợp", "12/13 đồng chí", "92,31%"],
    ["08 giờ 00", "09 giờ 30 phút", "12/3/2020", "12/3/2021", "20/3/2021", "Quốc lộ 1A"])
PCT += [("bb09_cb_phong_tn_cong_nhan_chinh_thuc_2021", "92,31%", 12, 13)]

T["nq03_cb_xom_dong_nam_2018"] = """
ĐẢNG BỘ HUYỆN NGHĨA HƯNG	ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG BỘ XÃ NGHĨA LÂM	
CHI BỘ XÓM ĐÔNG	Nghĩa Lâm, ngày 05 tháng 01 năm 2018
*	
NGHỊ QUYẾT
Hội nghị chi bộ về phương hướng, nhiệm vụ năm 2018
Ngày 04-01-2018, Chi bộ xóm Đông tổ chức hội nghị tổng kết công tác năm 2017, thảo luận phương hướng, nhiệm vụ năm 2018. Đồng chí Trần Văn Luận, Bí thư Chi bộ chủ trì hội nghị. Chi bộ có 26 đảng viên; dự hội nghị 22 đồng chí; vắng 4 đồng chí (3 đồng chí miễn sinh hoạt vì tuổi cao, 1 đồng chí đi lao động tại Đài Loan).
I- KẾT QUẢ NĂM 2017
1- Năng suất lúa bình quân cả năm đạt 13,2 tấn/ha, vượt chỉ tiêu Nghị quyết 0,4 tấn/ha (chỉ tiêu 12,8 tấn/ha).
2- Thu nhập bình quân đầu người đạt 36 triệu đồng/năm, chỉ tiêu 38 triệu đồng, chưa đạt.
3- Tỷ lệ hộ nghèo giảm còn 2,7%, Nghị quyết đề ra dưới 3%.
4- Xóm giữ vững danh hiệu Làng văn hóa; kết nạp 1 đảng viên, đạt chỉ tiêu.
Hạn chế: việc dồn điền đổi thửa ở khu đồng Bãi Trong còn chậm; một số hộ chưa thực hiện tốt việc thu gom rác thải; thu nhập của người dân chưa đạt mục tiêu do giá lợn hơi giảm sâu, nhiều hộ chăn nuôi bị thua lỗ; sinh hoạt chi bộ có lúc còn nặng về thông báo, chưa dành nhiều thời gian thảo luận.
II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2018
1- Các chỉ tiêu:
- Năng suất lúa bình quân đạt 13 tấn/ha trở lên.
- Thu nhập bình quân đầu người 39 triệu đồng/năm.
- Tỷ lệ hộ nghèo giảm còn dưới 2%.
- Kết nạp 1 - 2 đảng viên mới.
2- Nhiệm vụ, giải pháp:
- Chỉ đạo chuyển đổi 4,5 ha ruộng trũng sang nuôi trồng thủy sản kết hợp trồng lúa.
- Giao đồng chí Vũ Văn Tiến, Trưởng xóm, phối hợp Hợp tác xã cung ứng giống lúa chất lượng cao cho vụ Xuân, hoàn thành trước ngày 25-01-2018.
- Chi ủy phân công đảng viên giúp đỡ 5 hộ nghèo có kế hoạch thoát nghèo.
- Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân Mậu Tuất 2018.
III- TỔ CHỨC THỰC HIỆN
Chi ủy có trách nhiệm cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng; các đảng viên gương mẫu thực hiện.
Nghị quyết đã được hội nghị nhất trí thông qua 100% (20/20 đảng viên chính thức có mặt).
T/M CHI BỘ
BÍ THƯ
Trần Văn Luận
Nơi nhận:
- Đảng ủy xã (để b/c);
- Các đảng viên;
- Lưu CB.
"""
GOLD["nq03_cb_xom_dong_nam_2018"] = doc(
    "nghi_quyet", "CHI BỘ XÓM ĐÔNG", "ĐẢNG BỘ XÃ NGHĨA LÂM", None, "Nghĩa Lâm", "2018-01-05",
    "Hội nghị chi bộ về phương hướng, nhiệm vụ năm 2018",
    meeting("hội nghị tổng kết công tác năm 2017", "hội nghị", None, None, "2018-01-04", None, ["Trần Văn Luận"], None),
    att(26, None, None, 22, 4, []),
    [dec("resolution", "Nghị quyết đã được hội nghị nhất trí thông qua", None, 20, None, None, 20, "thông qua")],
    [tg("Năng suất lúa bình quân cả năm", 12.8, 13.2, "tấn/ha", "năm 2017", "vượt"),
     tg("Thu nhập bình quân đầu người", 38, 36, "triệu đồng", "năm 2017", "chưa đạt"),
     tg("Tỷ lệ hộ nghèo", 3, 2.7, "%", "năm 2017", "đạt"),
     tg("kết nạp 1 đảng viên", 1, 1, "đảng viên", "năm 2017", "đạt"),
     tg("Năng suất lúa bình quân đạt 13 tấn/ha trở lên", 13, None, "tấn/ha", "năm 2018", None),
     tg("Thu nhập bình quân đầu người 39 triệu đồng/năm", 39, None, "triệu đồng", "năm 2018", None),
     tg("Tỷ lệ hộ nghèo giảm còn dưới 2%", 2, None, "%", "năm 2018", None),
     tg("Kết nạp 1 - 2 đảng viên mới", 1, None, "đảng viên", "năm 2018", None)],
    [tk("Chỉ đạo chuyển đổi 4,5 ha ruộng trũng sang nuôi trồng thủy sản kết hợp trồng lúa", None, None),
     tk("phối hợp Hợp tác xã cung ứng giống lúa chất lượng cao cho vụ Xuân", "đồng chí Vũ Văn Tiến, Trưởng xóm", "trước ngày 25-01-2018"),
     tk("phân công đảng viên giúp đỡ 5 hộ nghèo có kế hoạch thoát nghèo", "Chi ủy", None),
     tk("Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân Mậu Tuất 2018", None, None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Trần Văn Luận")],
    ["Đảng ủy xã (để b/c)", "Các đảng viên", "Lưu CB"],
    ["26 đảng viên", "22 đồng chí", "13,2 tấn/ha", "36 triệu đồng/năm", "2,7%", "100% (20/20"],
    ["04-01-2018", "25-01-2018", "Mậu Tuất 2018", "05 tháng 01 năm 2018", "4,5 ha"])
