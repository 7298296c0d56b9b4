T["bb05_kyluat_cb_kp2_q8_2019"] = """
ĐẢNG BỘ QUẬN 8
ĐẢNG BỘ PHƯỜNG 4
CHI BỘ KHU PHỐ 2
*
ĐẢNG CỘNG SẢN VIỆT NAM
Quận 8, ngày 16 tháng 8 năm 2019
BIÊN BẢN
HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN
1. Thời gian, địa điểm: khai mạc lúc 18 giờ 00 ngày 16/8/2019 tại Văn phòng Khu phố 2, Phường 4.
2. Thành phần:
- Đại diện Ủy ban Kiểm tra Đảng ủy phường: đồng chí Quách Thị Mộng Tuyền, Phó Chủ nhiệm.
- Chủ trì: đồng chí Đoàn Văn Nghĩa, Bí thư Chi bộ. Thư ký: đồng chí Châu Thị Ngọc Hân.
- Tổng số đảng viên: 19 (chính thức 17, dự bị 2). Có mặt: 18 (chính thức 16, dự bị 2).
- Vắng: 01 đồng chí Trịnh Thị Lan, lý do đi chăm mẹ ốm ở Long An.
- Đảng viên vi phạm: đồng chí Lương Văn Sáu, có mặt.
3. Nội dung:
Đồng chí Bí thư Chi bộ thông qua kết quả kiểm tra: đồng chí Lương Văn Sáu xây dựng nhà ở không phép (phần mở rộng 28 m2 lấn hẻm 45) mặc dù đã được Ủy ban nhân dân phường lập biên bản hai lần; vi phạm Quy định số 102-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm.
Đồng chí Lương Văn Sáu đọc bản tự kiểm điểm, nhận khuyết điểm, cam kết tự tháo dỡ phần xây dựng sai phép.
Ý kiến đảng viên: có 7 ý kiến; đồng chí Phùng Văn Dũng, đồng chí Lê Thị Xuân đề nghị hình thức khiển trách vì đảng viên đã thành khẩn nhận lỗi; đồng chí Huỳnh Tấn Lộc đề nghị cảnh cáo do vi phạm kéo dài.
Đồng chí Quách Thị Mộng Tuyền phát biểu, đề nghị chi bộ xem xét khách quan, đúng quy trình.
4. Bỏ phiếu kín quyết định hình thức kỷ luật:
Số phiếu phát ra 16, thu vào 16, hợp lệ 16. Kết quả: khiển trách 12 phiếu; cảnh cáo 3 phiếu; không kỷ luật 1 phiếu.
Hình thức khiển trách đạt 12/17 đảng viên chính thức của chi bộ (70,59%), quá một nửa theo quy định. Chi bộ quyết định đề nghị Đảng ủy phường chuẩn y hình thức KHIỂN TRÁCH đối với đồng chí Lương Văn Sáu.
Biểu quyết thông qua Báo cáo đề nghị thi hành kỷ luật: 16/16 đảng viên chính thức có mặt tán thành.
5. Chi bộ giao nhiệm vụ:
- Chi ủy hoàn chỉnh hồ sơ kỷ luật, báo cáo Đảng ủy phường trước ngày 23/8/2019.
- Đồng chí Lương Văn Sáu tháo dỡ phần xây dựng sai phép trước ngày 31/8/2019, báo cáo kết quả cho chi bộ.
Cuộc họp kết thúc lúc 20 giờ 15 cùng ngày; biên bản đã đọc lại, các đảng viên có mặt nhất trí.
CHỦ TRÌ
(Ký, ghi rõ họ tên)
Đoàn Văn Nghĩa
THƯ KÝ
(Ký, ghi rõ họ tên)
Châu Thị Ngọc Hân
"""
GOLD["bb05_kyluat_cb_kp2_q8_2019"] = doc(
    "bien_ban", "CHI BỘ KHU PHỐ 2", "ĐẢNG BỘ PHƯỜNG 4", None, "Quận 8", "2019-08-16",
    "HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    meeting("HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "18:00", "20:15", "2019-08-16",
            "Văn phòng Khu phố 2, Phường 4", ["Đoàn Văn Nghĩa"], "Châu Thị Ngọc Hân"),
    att(19, 17, 2, 18, 1, [("Trịnh Thị Lan", "đi chăm mẹ ốm ở Long An")]),
    [dec("discipline", "Bỏ phiếu kín quyết định hình thức kỷ luật", "Lương Văn Sáu", 12, None, None, 17, "khiển trách"),
     dec("vote", "Biểu quyết thông qua Báo cáo đề nghị thi hành kỷ luật", None, 16, None, None, 16, "thông qua")],
    [],
    [tk("hoàn chỉnh hồ sơ kỷ luật, báo cáo Đảng ủy phường", "Chi ủy", "trước ngày 23/8/2019"),
     tk("tháo dỡ phần xây dựng sai phép", "Đồng chí Lương Văn Sáu", "trước ngày 31/8/2019")],
    [sg("CHỦ TRÌ", None, "Đoàn Văn Nghĩa"), sg("THƯ KÝ", None, "Châu Thị Ngọc Hân")],
    [],
    ["Tổng số đảng viên: 19", "Có mặt: 18", "28 m2", "khiển trách 12 phiếu", "cảnh cáo 3 phiếu", "không kỷ luật 1 phiếu", "12/17 đảng viên chính thức của chi bộ (70,59%)", "16/16"],
    ["18 giờ 00", "20 giờ 15", "102-QĐ/TW", "hẻm 45", "23/8/2019", "31/8/2019"])
PCT += [("bb05_kyluat_cb_kp2_q8_2019", "(70,59%)", 12, 17)]

T["bb06_so_xay_dung_lam_dong_giai_ngan"] = """
UBND TỈNH LÂM ĐỒNG	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ XÂY DỰNG	Độc lập - Tự do - Hạnh phúc
Số: 112/BB-SXD	Lâm Đồng, ngày 12 tháng 9 năm 2025
BIÊN BẢN
Cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công các dự án giao thông năm 2025
I. THỜI GIAN, ĐỊA ĐIỂM
Bắt đầu lúc 08h00 ngày 12/9/2025 tại Phòng họp số 2, Sở Xây dựng.
II. THÀNH PHẦN
Chủ trì: ông Nguyễn Đình Khoa, Phó Giám đốc Sở.
Thư ký: bà Đặng Thị Thùy Trang, chuyên viên Phòng Quản lý xây dựng.
Đại biểu được mời: 12; có mặt: 11.
Đơn vị	Người dự	Ghi chú
Ban Quản lý dự án đầu tư xây dựng tỉnh	ông Trần Văn Bình, Phó Giám đốc	có mặt
Phòng Quản lý xây dựng	bà Lê Ngọc Mai, Trưởng phòng	có mặt
UBND xã Đinh Văn Lâm Hà	ông K' Brơi, Phó Chủ tịch	có mặt
Sở Tài chính	(vắng)	có văn bản tham gia ý kiến
Các nhà thầu thi công (08 đại biểu)		có mặt
III. NỘI DUNG
1. Ban Quản lý dự án báo cáo: kế hoạch vốn năm 2025 được giao 420 tỷ đồng; đến ngày 10/9/2025 giải ngân 236,8 tỷ đồng, đạt 56,38%. Dự án nâng cấp ĐT.725 đã bàn giao mặt bằng 41/46 hộ (89,13%), còn 5 hộ chưa nhận tiền bồi thường.
2. Ý kiến: ông K' Brơi cho biết 3 trong 5 hộ còn lại đã đồng ý, chờ phê duyệt phương án bổ sung; đại diện nhà thầu đề nghị thanh toán khối lượng đã nghiệm thu 18,4 tỷ đồng. Bà Lê Ngọc Mai đề nghị các nhà thầu tăng ca, bổ sung mũi thi công trong mùa khô, không để lặp lại tình trạng chậm tiến độ như năm 2024; đồng thời lưu ý hồ sơ thanh toán phải đủ biên bản nghiệm thu từng hạng mục, tránh bị Kho bạc trả lại.
IV. KẾT LUẬN CỦA CHỦ TRÌ
1. Giao Ban Quản lý dự án đầu tư xây dựng tỉnh hoàn thành hồ sơ thanh toán khối lượng đã nghiệm thu, gửi Kho bạc trước ngày 20/9/2025.
2. Đề nghị UBND xã Đinh Văn Lâm Hà phê duyệt phương án bồi thường bổ sung, bàn giao toàn bộ mặt bằng trước ngày 30/9/2025.
3. Phòng Quản lý xây dựng tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh tình hình giải ngân hằng tuần.
Cuộc họp kết thúc lúc 10h45 cùng ngày.
THƯ KÝ
Đặng Thị Thùy Trang
Nơi nhận:	CHỦ TRÌ CUỘC HỌP
- Giám đốc Sở (b/c);	PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);	
- Các đơn vị dự họp;	
- Lưu: VT, QLXD.	Nguyễn Đình Khoa
"""
GOLD["bb06_so_xay_dung_lam_dong_giai_ngan"] = doc(
    "bien_ban", "SỞ XÂY DỰNG", "UBND TỈNH LÂM ĐỒNG", "112/BB-SXD", "Lâm Đồng", "2025-09-12",
    "Cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công các dự án giao thông năm 2025",
    meeting("Cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công các dự án giao thông năm 2025", "hội nghị", "08:00", "10:45", "2025-09-12",
            "Phòng họp số 2, Sở Xây dựng", ["Nguyễn Đình Khoa"], "Đặng Thị Thùy Trang"),
    att(12, None, None, 11, 1, [("Sở Tài chính", "có văn bản tham gia ý kiến")]),
    [],
    [tg("giải ngân", 420, 236.8, "tỷ đồng", "năm 2025", "tiến độ"),
     tg("bàn giao mặt bằng", 46, 41, "hộ", None, "tiến độ")],
    [tk("hoàn thành hồ sơ thanh toán khối lượng đã nghiệm thu, gửi Kho bạc", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "trước ngày 20/9/2025"),
     tk("phê duyệt phương án bồi thường bổ sung, bàn giao toàn bộ mặt bằng", "UBND xã Đinh Văn Lâm Hà", "trước ngày 30/9/2025"),
     tk("tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh tình hình giải ngân hằng tuần", "Phòng Quản lý xây dựng", None)],
    [sg("THƯ KÝ", None, "Đặng Thị Thùy Trang"), sg("CHỦ TRÌ CUỘC HỌP", "PHÓ GIÁM ĐỐC", "Nguyễn Đình Khoa")],
    ["Giám đốc Sở (b/c)", "UBND tỉnh (b/c)", "Các đơn vị dự họp", "Lưu: VT, QLXD"],
    ["420 tỷ đồng", "236,8 tỷ đồng, đạt 56,38%", "41/46 hộ (89,13%)", "5 hộ", "18,4 tỷ đồng", "có mặt: 11"],
    ["112/BB-SXD", "08h00", "10h45", "ĐT.725", "20/9/2025", "30/9/2025"])
PCT += [("bb06_so_xay_dung_lam_dong_giai_ngan", "56,38%", 236.8, 420), ("bb06_so_xay_dung_lam_dong_giai_ngan", "(89,13%)", 41, 46)]
