T["bb03_bch_xa_my_tho_lan5"] = """
ĐẢNG BỘ TỈNH ĐỒNG THÁP
ĐẢNG ỦY XÃ MỸ THỌ
*
Số 18-BB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Mỹ Thọ, ngày 28 tháng 10 năm 2025
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm, nhiệm kỳ 2025 - 2030
Vào hồi 7 giờ 30 phút ngày 28/10/2025, tại Hội trường Đảng ủy xã Mỹ Thọ, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ năm để đánh giá tình hình thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ quý IV năm 2025.
Ban Chấp hành Đảng bộ xã có 33 đồng chí; dự hội nghị 31/33 đồng chí. Vắng 02 đồng chí: đồng chí Nguyễn Thành Được (đi học lớp Cao cấp lý luận chính trị) và đồng chí Lâm Thị Cẩm Tú (ốm, có đơn xin phép). Mời dự: Trưởng các đoàn thể xã, Bí thư 24 chi bộ trực thuộc.
Đồng chí Phan Văn Lực, Bí thư Đảng ủy xã chủ trì; đồng chí Trần Ngọc Hân, Chánh Văn phòng Đảng ủy làm thư ký.
I. KẾT QUẢ 9 THÁNG NĂM 2025
Đồng chí Võ Minh Triết, Phó Bí thư, Chủ tịch UBND xã báo cáo:
- Thu ngân sách trên địa bàn đạt 38,6/52 tỷ đồng dự toán năm, bằng 74,23%.
- Tỷ lệ hộ nghèo giảm còn 1,42% (Nghị quyết đề ra dưới 2%).
- Kết nạp 27 đảng viên mới, đạt 67,5% chỉ tiêu năm (40 đảng viên).
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,1%, vượt chỉ tiêu 92%.
Hạn chế: tiến độ xây dựng đường giao thông nông thôn tuyến Mỹ Thọ - Ba Sao chậm; còn 3 chi bộ sinh hoạt chưa đều.
II. THẢO LUẬN
Có 8 lượt ý kiến. Đồng chí Huỳnh Thị Bé Ba đề nghị chỉ đạo kiểm tra các điểm sạt lở bờ sông. Đồng chí Đặng Văn Hùng đề nghị sớm kiện toàn chi ủy các ấp sau sáp nhập.
III. BIỂU QUYẾT
- Thông qua Báo cáo kết quả 9 tháng và nhiệm vụ quý IV: 31/31 đồng chí có mặt tán thành (100%).
- Thông qua Quy chế làm việc sửa đổi của Ban Chấp hành: 30/31 đồng chí tán thành (96,77%), 01 đồng chí không biểu quyết.
IV. KẾT LUẬN CỦA CHỦ TRÌ
Giao Ủy ban nhân dân xã tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm trước ngày 31/12/2025.
Giao Ban Xây dựng Đảng hướng dẫn các chi bộ ấp kiện toàn chi ủy, hoàn thành trước ngày 15/11/2025.
Giao Ủy ban Kiểm tra Đảng ủy kiểm tra 3 chi bộ sinh hoạt chưa đều trong quý IV/2025.
Văn phòng Đảng ủy hoàn chỉnh Quy chế làm việc, trình ký ban hành.
Hội nghị kết thúc lúc 11 giờ 05 phút cùng ngày.
THƯ KÝ HỘI NGHỊ	T/M BAN CHẤP HÀNH
	BÍ THƯ
Trần Ngọc Hân	Phan Văn Lực
"""
GOLD["bb03_bch_xa_my_tho_lan5"] = doc(
    "bien_ban", "ĐẢNG ỦY XÃ MỸ THỌ", "ĐẢNG BỘ TỈNH ĐỒNG THÁP", "18-BB/ĐU", "Mỹ Thọ", "2025-10-28",
    "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm, nhiệm kỳ 2025 - 2030",
    meeting("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm, nhiệm kỳ 2025 - 2030", "hội nghị BCH", "07:30", "11:05", "2025-10-28",
            "Hội trường Đảng ủy xã Mỹ Thọ", ["Phan Văn Lực"], "Trần Ngọc Hân"),
    att(33, None, None, 31, 2, [("Nguyễn Thành Được", "đi học lớp Cao cấp lý luận chính trị"),
                                ("Lâm Thị Cẩm Tú", "ốm, có đơn xin phép")]),
    [dec("vote", "Thông qua Báo cáo kết quả 9 tháng và nhiệm vụ quý IV", None, 31, None, None, 31, "thông qua"),
     dec("vote", "Thông qua Quy chế làm việc sửa đổi của Ban Chấp hành", None, 30, None, 1, 31, "thông qua")],
    [tg("Thu ngân sách trên địa bàn", 52, 38.6, "tỷ đồng", "năm 2025", "tiến độ"),
     tg("Tỷ lệ hộ nghèo", 2, 1.42, "%", "năm 2025", "đạt"),
     tg("Kết nạp 27 đảng viên mới", 40, 27, "đảng viên", "năm 2025", "tiến độ"),
     tg("Tỷ lệ người dân tham gia bảo hiểm y tế", 92, 93.1, "%", "năm 2025", "vượt")],
    [tk("tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm", "Ủy ban nhân dân xã", "trước ngày 31/12/2025"),
     tk("hướng dẫn các chi bộ ấp kiện toàn chi ủy", "Ban Xây dựng Đảng", "trước ngày 15/11/2025"),
     tk("kiểm tra 3 chi bộ sinh hoạt chưa đều", "Ủy ban Kiểm tra Đảng ủy", "trong quý IV/2025"),
     tk("hoàn chỉnh Quy chế làm việc, trình ký ban hành", "Văn phòng Đảng ủy", None)],
    [sg("THƯ KÝ HỘI NGHỊ", None, "Trần Ngọc Hân"), sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Phan Văn Lực")],
    [],
    ["31/33 đồng chí", "38,6/52 tỷ đồng", "74,23%", "1,42%", "27 đảng viên mới", "67,5%", "93,1%", "30/31 đồng chí tán thành (96,77%)"],
    ["18-BB/ĐU", "7 giờ 30 phút", "11 giờ 05 phút", "2025 - 2030", "31/12/2025", "15/11/2025"])
PCT += [("bb03_bch_xa_my_tho_lan5", "74,23%", 38.6, 52), ("bb03_bch_xa_my_tho_lan5", "67,5%", 27, 40),
        ("bb03_bch_xa_my_tho_lan5", "(96,77%)", 30, 31)]

T["bb04_kiemphieu_cb_thcs_ntp"] = """
ĐẢNG BỘ PHƯỜNG THỦY XUÂN	ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS NGUYỄN TRI PHƯƠNG	Thủy Xuân, ngày 14 tháng 3 năm 2025
*	
BIÊN BẢN
KIỂM PHIẾU BẦU CHI ỦY NHIỆM KỲ 2025 - 2027
Đại hội Chi bộ Trường THCS Nguyễn Tri Phương nhiệm kỳ 2025 - 2027 họp tại Phòng Hội đồng nhà trường. Chi bộ có 21 đảng viên (19 chính thức, 2 dự bị); có mặt tại đại hội 20 đồng chí; vắng 01 đồng chí chính thức: Ngô Thị Bích Thủy, đang điều trị tại Bệnh viện Trung ương Huế.
Đoàn Chủ tịch: đồng chí Trần Thị Hạnh (Bí thư Chi bộ), đồng chí Nguyễn Quốc Việt. Thư ký đại hội: đồng chí Lê Thị Thu Sương.
Ban Kiểm phiếu được Đại hội bầu gồm:
1. Đồng chí Hoàng Văn Nhật - Trưởng ban
2. Đồng chí Tôn Nữ Minh Châu - Ủy viên
3. Đồng chí Dương Quang Tuấn - Ủy viên
Đại hội biểu quyết số lượng Chi ủy là 05 đồng chí và danh sách bầu cử gồm 06 đồng chí: 18/18 đảng viên chính thức có mặt tán thành.
Trước khi bỏ phiếu, đồng chí Trưởng Ban Kiểm phiếu phổ biến thể lệ bầu cử, cách ghi phiếu hợp lệ và không hợp lệ; kiểm tra thùng phiếu trước sự chứng kiến của Đại hội. Việc bỏ phiếu diễn ra dân chủ, đúng nguyên tắc bỏ phiếu kín, không có đơn thư khiếu nại.
Ban Kiểm phiếu làm việc từ 9 giờ 15 phút đến 9 giờ 50 phút, kết quả như sau:
- Số phiếu phát ra: 18 phiếu
- Số phiếu thu vào: 18 phiếu
- Số phiếu hợp lệ: 17 phiếu
- Số phiếu không hợp lệ: 01 phiếu (bầu thừa số lượng)
Số phiếu bầu cho từng đồng chí (tỷ lệ tính trên số phiếu hợp lệ):
TT	Họ và tên	Số phiếu	Tỷ lệ (%)
1	Trần Thị Hạnh	17	100
2	Nguyễn Quốc Việt	16	94,12
3	Lê Thị Thu Sương	15	88,24
4	Hồ Đắc Phong	13	76,47
5	Phạm Thị Diệu	11	64,71
6	Võ Văn Cường	8	47,06
Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có tên từ số 1 đến số 5 có số phiếu bầu quá một nửa, trúng cử Chi ủy nhiệm kỳ 2025 - 2027. Đồng chí Võ Văn Cường không trúng cử.
Bầu Bí thư Chi bộ tại đại hội: phát ra 18 phiếu, thu vào 18 phiếu, hợp lệ 18 phiếu; đồng chí Trần Thị Hạnh được 17/18 phiếu (94,44%), trúng cử Bí thư Chi bộ.
Biên bản lập thành 03 bản, đã đọc công khai trước Đại hội.
TRƯỞNG BAN KIỂM PHIẾU	ỦY VIÊN	ỦY VIÊN
Hoàng Văn Nhật	Tôn Nữ Minh Châu	Dương Quang Tuấn
"""
_e = lambda p, n, o: dec("election", "Số phiếu bầu cho từng đồng chí", p, n, None, None, 17, o)
GOLD["bb04_kiemphieu_cb_thcs_ntp"] = doc(
    "bien_ban", "CHI BỘ TRƯỜNG THCS NGUYỄN TRI PHƯƠNG", "ĐẢNG BỘ PHƯỜNG THỦY XUÂN", None, "Thủy Xuân", "2025-03-14",
    "KIỂM PHIẾU BẦU CHI ỦY NHIỆM KỲ 2025 - 2027",
    meeting("Đại hội Chi bộ Trường THCS Nguyễn Tri Phương nhiệm kỳ 2025 - 2027", "đại hội", "09:15", "09:50", "2025-03-14",
            "Phòng Hội đồng nhà trường", ["Trần Thị Hạnh", "Nguyễn Quốc Việt"], "Lê Thị Thu Sương"),
    att(21, 19, 2, 20, 1, [("Ngô Thị Bích Thủy", "đang điều trị tại Bệnh viện Trung ương Huế")]),
    [dec("vote", "Đại hội biểu quyết số lượng Chi ủy là 05 đồng chí và danh sách bầu cử gồm 06 đồng chí", None, 18, None, None, 18, "thông qua"),
     _e("Trần Thị Hạnh", 17, "trúng cử"), _e("Nguyễn Quốc Việt", 16, "trúng cử"), _e("Lê Thị Thu Sương", 15, "trúng cử"),
     _e("Hồ Đắc Phong", 13, "trúng cử"), _e("Phạm Thị Diệu", 11, "trúng cử"), _e("Võ Văn Cường", 8, "không trúng cử"),
     dec("election", "Bầu Bí thư Chi bộ tại đại hội", "Trần Thị Hạnh", 17, None, None, 18, "trúng cử")],
    [], [],
    [sg("TRƯỞNG BAN KIỂM PHIẾU", None, "Hoàng Văn Nhật"), sg("ỦY VIÊN", None, "Tôn Nữ Minh Châu"), sg("ỦY VIÊN", None, "Dương Quang Tuấn")],
    [],
    ["21 đảng viên", "20 đồng chí", "18/18", "Số phiếu hợp lệ: 17 phiếu", "94,12", "47,06", "17/18 phiếu (94,44%)"],
    ["9 giờ 15 phút", "9 giờ 50 phút", "2025 - 2027", "03 bản", "14 tháng 3 năm 2025"])
PCT += [("bb04_kiemphieu_cb_thcs_ntp", "94,12", 16, 17), ("bb04_kiemphieu_cb_thcs_ntp", "88,24", 15, 17),
        ("bb04_kiemphieu_cb_thcs_ntp", "76,47", 13, 17), ("bb04_kiemphieu_cb_thcs_ntp", "64,71", 11, 17),
        ("bb04_kiemphieu_cb_thcs_ntp", "47,06", 8, 17), ("bb04_kiemphieu_cb_thcs_ntp", "(94,44%)", 17, 18)]
