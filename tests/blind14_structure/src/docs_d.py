T["bb07_cb_thon3_hoa_tien_t11_2022"] = """
ĐẢNG BỘ HUYỆN KRÔNG PẮC
ĐẢNG BỘ XÃ HÒA TIẾN
CHI BỘ THÔN 3
*
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Tiến, ngày 05 tháng 11 năm 2022
BIÊN BẢN
HỌP CHI BỘ THÁNG 11 NĂM 2022
Thời gian: 19h00 ngày 05/11/2022. Địa điểm: Hội trường thôn 3.
Chủ trì: đồng chí Y Kông Niê, Bí thư Chi bộ. Thư ký: đồng chí Phạm Thị Thanh Huyền.
Tình hình đảng viên dự họp:
	Tổng số	Chính thức	Dự bị
Đảng viên của chi bộ	28	25	3
Có mặt	26	24	2
Vắng	2	1	1
Vắng có lý do: đồng chí Nguyễn Hữu Phúc, đi làm ăn xa tại Bình Dương, đã báo chi ủy. Vắng không lý do: đồng chí H' Lan Êban (dự bị).
NỘI DUNG SINH HOẠT
1. Thông tin thời sự: kết quả Hội nghị Trung ương 6 khóa XIII; tình hình giá cà phê niên vụ 2022 - 2023.
2. Kết quả tháng 10/2022:
- Quỹ vì người nghèo năm 2022 chi bộ vận động được 18,6 triệu đồng, vượt kế hoạch cả năm 15 triệu đồng.
- Tỷ lệ hộ dùng nước hợp vệ sinh đến nay đạt 97,4%; chỉ tiêu năm 2022 là 98%.
- Hoàn thành bê tông hóa 650 m đường hẻm thôn 3 bằng nguồn Nhân dân đóng góp.
3. Xét đề nghị kết nạp quần chúng Lê Minh Quân, đoàn viên, tổ trưởng tổ sản xuất cà phê: chi bộ nghe đồng chí Đinh Văn Tài (đảng viên giới thiệu) báo cáo lý lịch, quá trình phấn đấu; Chi đoàn và Chi hội Nông dân đều nhất trí giới thiệu. Đồng chí Trần Văn Sơn hỏi về việc chấp hành nghĩa vụ đóng góp của gia đình quần chúng; đồng chí Đinh Văn Tài trả lời gia đình đã hoàn thành các khoản đóng góp năm 2022.
Kết quả biểu quyết đề nghị kết nạp: tán thành 24/25 đảng viên chính thức (đạt 96%), trên 2/3 tổng số đảng viên chính thức của chi bộ.
4. Chi bộ thảo luận, đồng chí chủ trì kết luận nhiệm vụ tháng 11/2022:
- Tổ chức cho đảng viên, hộ gia đình thu hái cà phê chín, không hái xanh.
- Chi ủy hoàn thiện hồ sơ kết nạp quần chúng Lê Minh Quân, trình Đảng ủy xã trước ngày 15/11/2022.
- Vận động 12 hộ còn lại lắp đặt bể lọc nước, giao đồng chí Phạm Thị Thanh Huyền theo dõi.
- Chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên năm 2022, hoàn thành trong tháng 12/2022.
Biên bản kết thúc lúc 21h00 cùng ngày, đã thông qua trước chi bộ.
THƯ KÝ			CHỦ TRÌ
(đã ký)			(đã ký)
Phạm Thị Thanh Huyền			Y Kông Niê
"""
GOLD["bb07_cb_thon3_hoa_tien_t11_2022"] = doc(
    "bien_ban", "CHI BỘ THÔN 3", "ĐẢNG BỘ XÃ HÒA TIẾN", None, "Hòa Tiến", "2022-11-05",
    "HỌP CHI BỘ THÁNG 11 NĂM 2022",
    meeting("HỌP CHI BỘ THÁNG 11 NĂM 2022", "thường kỳ", "19:00", "21:00", "2022-11-05",
            "Hội trường thôn 3", ["Y Kông Niê"], "Phạm Thị Thanh Huyền"),
    att(28, 25, 3, 26, 2, [("Nguyễn Hữu Phúc", "đi làm ăn xa tại Bình Dương, đã báo chi ủy"), ("H' Lan Êban", None)]),
    [dec("vote", "Kết quả biểu quyết đề nghị kết nạp", "Lê Minh Quân", 24, None, None, 25, "thông qua")],
    [tg("Quỹ vì người nghèo năm 2022", 15, 18.6, "triệu đồng", "năm 2022", "vượt"),
     tg("Tỷ lệ hộ dùng nước hợp vệ sinh", 98, 97.4, "%", "năm 2022", "tiến độ")],
    [tk("Tổ chức cho đảng viên, hộ gia đình thu hái cà phê chín, không hái xanh", None, None),
     tk("hoàn thiện hồ sơ kết nạp quần chúng Lê Minh Quân, trình Đảng ủy xã", "Chi ủy", "trước ngày 15/11/2022"),
     tk("Vận động 12 hộ còn lại lắp đặt bể lọc nước", "đồng chí Phạm Thị Thanh Huyền", None),
     tk("Chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên năm 2022", None, "trong tháng 12/2022")],
    [sg("THƯ KÝ", None, "Phạm Thị Thanh Huyền"), sg("CHỦ TRÌ", None, "Y Kông Niê")],
    [],
    ["28", "26", "18,6 triệu đồng", "15 triệu đồng", "97,4%", "650 m", "24/25 đảng viên chính thức (đạt 96%)", "12 hộ"],
    ["19h00", "21h00", "khóa XIII", "2022 - 2023", "15/11/2022", "Hội nghị Trung ương 6"])
PCT += [("bb07_cb_thon3_hoa_tien_t11_2022", "(đạt 96%)", 24, 25)]

T["bb08_cb_phong_tccb_xeploai_2024"] = """
ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ
CHI BỘ PHÒNG TỔ CHỨC CÁN BỘ
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2024
Thời gian: bắt đầu 14 giờ 00, ngày 06 tháng 12 năm 2024.
Địa điểm: Phòng giao ban tầng 2, nhà A, Bệnh viện Đa khoa tỉnh Phú Thọ.
Thành phần: chi bộ có 11 đảng viên, đều là đảng viên chính thức; có mặt 10 đồng chí, vắng 01 đồng chí Hà Thị Quỳnh Nga (nghỉ ốm, đã gửi bản kiểm điểm). Đồng chí Cao Xuân Trường, Phó Bí thư Đảng ủy Bệnh viện dự.
Chủ trì: đồng chí Bùi Thị Thu Hương - Bí thư Chi bộ. Thư ký: đồng chí Kiều Văn Thắng.
I. KIỂM ĐIỂM TẬP THỂ CHI BỘ
Đồng chí Bùi Thị Thu Hương trình bày báo cáo kiểm điểm năm 2024 của chi bộ: tham mưu tuyển dụng 35 viên chức, đạt 87,5% chỉ tiêu được giao (40 chỉ tiêu); cử 24 bác sĩ đi đào tạo chuyên khoa, vượt kế hoạch 20 người; 100% đảng viên học tập nghị quyết đầy đủ.
II. KIỂM ĐIỂM CÁ NHÂN VÀ BỎ PHIẾU XẾP LOẠI
Từng đảng viên đọc bản kiểm điểm, chi bộ góp ý. Đồng chí Lã Thị Hoài đề nghị đồng chí Kiều Văn Thắng khắc phục việc chậm nộp báo cáo định kỳ.
Kết quả bỏ phiếu đề xuất mức xếp loại chi bộ năm 2024 (phát ra 10, hợp lệ 10):
+ Hoàn thành xuất sắc nhiệm vụ: 3 phiếu;
+ Hoàn thành tốt nhiệm vụ: 7 phiếu.
Chi bộ đề nghị Đảng ủy xếp loại chi bộ “Hoàn thành tốt nhiệm vụ” (7/10 phiếu, bằng 70%).
Xếp loại đảng viên: 2 đồng chí hoàn thành xuất sắc nhiệm vụ (đồng chí Bùi Thị Thu Hương: 9/10 phiếu; đồng chí Lã Thị Hoài: 8/10 phiếu); 8 đồng chí hoàn thành tốt nhiệm vụ; 1 đồng chí hoàn thành nhiệm vụ.
Chi bộ biểu quyết thông qua kết quả đề xuất xếp loại: 10 trên 10 đảng viên có mặt tán thành, không có ý kiến khác.
III. KẾT LUẬN
Đồng chí chủ trì giao:
a) Đồng chí Kiều Văn Thắng tổng hợp hồ sơ kiểm điểm, nộp Văn phòng Đảng ủy trước ngày 13/12/2024.
b) Các đảng viên xây dựng kế hoạch khắc phục hạn chế sau kiểm điểm, gửi chi ủy chậm nhất ngày 20/12/2024.
c) Năm 2025 tham mưu tuyển đủ 5 chỉ tiêu viên chức còn thiếu.
Hội nghị bế mạc lúc 17 giờ 30 phút.
CHỦ TRÌ HỘI NGHỊ	THƯ KÝ
Bùi Thị Thu Hương	Kiều Văn Thắng
"""
GOLD["bb08_cb_phong_tccb_xeploai_2024"] = doc(
    "bien_ban", "CHI BỘ PHÒNG TỔ CHỨC CÁN BỘ", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ", None, None, "2024-12-06",
    "Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2024",
    meeting("Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2024", "chuyên đề", "14:00", "17:30", "2024-12-06",
            "Phòng giao ban tầng 2, nhà A, Bệnh viện Đa khoa tỉnh Phú Thọ", ["Bùi Thị Thu Hương"], "Kiều Văn Thắng"),
    att(11, 11, 0, 10, 1, [("Hà Thị Quỳnh Nga", "nghỉ ốm, đã gửi bản kiểm điểm")]),
    [dec("vote", "Kết quả bỏ phiếu đề xuất mức xếp loại chi bộ năm 2024", None, 7, None, None, 10, "Hoàn thành tốt nhiệm vụ"),
     dec("vote", "Chi bộ biểu quyết thông qua kết quả đề xuất xếp loại", None, 10, None, 0, 10, "thông qua")],
    [tg("tuyển dụng 35 viên chức", 40, 35, "viên chức", "năm 2024", "chưa đạt"),
     tg("cử 24 bác sĩ đi đào tạo chuyên khoa", 20, 24, "người", "năm 2024", "vượt")],
    [tk("tổng hợp hồ sơ kiểm điểm, nộp Văn phòng Đảng ủy", "Đồng chí Kiều Văn Thắng", "trước ngày 13/12/2024"),
     tk("xây dựng kế hoạch khắc phục hạn chế sau kiểm điểm, gửi chi ủy", "Các đảng viên", "chậm nhất ngày 20/12/2024"),
     tk("tham mưu tuyển đủ 5 chỉ tiêu viên chức còn thiếu", None, "Năm 2025")],
    [sg("CHỦ TRÌ HỘI NGHỊ", None, "Bùi Thị Thu Hương"), sg("THƯ KÝ", None, "Kiều Văn Thắng")],
    [],
    ["11 đảng viên", "có mặt 10 đồng chí", "35 viên chức, đạt 87,5%", "24 bác sĩ", "7/10 phiếu, bằng 70%", "9/10 phiếu", "8/10 phiếu", "10 trên 10"],
    ["14 giờ 00", "17 giờ 30 phút", "06 tháng 12 năm 2024", "13/12/2024", "20/12/2024", "tầng 2"])
PCT += [("bb08_cb_phong_tccb_xeploai_2024", "87,5%", 35, 40), ("bb08_cb_phong_tccb_xeploai_2024", "bằng 70%", 7, 10)]
