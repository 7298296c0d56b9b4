T["bc01_du_xa_yen_thanh_quy1_2026"] = """
ĐẢNG BỘ TỈNH NGHỆ AN	ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ YÊN THÀNH	Yên Thành, ngày 28 tháng 3 năm 2026
*	
Số 25-BC/ĐU	
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026
I. KẾT QUẢ QUÝ I NĂM 2026
1. Kinh tế - xã hội
Ngay từ đầu năm, Ban Chấp hành Đảng bộ xã tập trung lãnh đạo sản xuất vụ Xuân; gieo cấy 2.860 ha lúa, đạt 100% kế hoạch vụ (2.860 ha). Thu ngân sách trên địa bàn ước đạt 12,4 tỷ đồng, bằng 26,96% dự toán năm (46 tỷ đồng). Giải ngân vốn đầu tư công đạt 18,2% kế hoạch.
Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trong quý đạt 96,5%, vượt chỉ tiêu quý (95%).
2. Quốc phòng - an ninh
Hoàn thành giao quân: 31 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu tỉnh giao. Lực lượng dân quân duy trì tuần tra, bảo vệ an toàn các ngày Tết Nguyên đán; tình hình an ninh chính trị, trật tự an toàn xã hội ổn định, không để xảy ra vụ việc phức tạp.
3. Công tác xây dựng Đảng
Kết nạp 9 đảng viên mới, đạt 25,71% chỉ tiêu năm (35 đảng viên). Hoàn thành kiện toàn chi ủy 6 chi bộ xóm sau sáp nhập. Ủy ban Kiểm tra Đảng ủy kiểm tra 4 tổ chức đảng, giám sát chuyên đề 7 đảng viên.
4. Hạn chế
Giải ngân vốn đầu tư công chậm; 2 chi bộ chưa tổ chức sinh hoạt chuyên đề theo quy định; tình trạng khai thác cát trái phép trên sông Dinh còn diễn biến phức tạp.
II. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ II NĂM 2026
- Ủy ban nhân dân xã chỉ đạo thu hoạch lúa Xuân, triển khai sản xuất vụ Hè Thu đúng khung thời vụ.
- Tập trung giải ngân vốn đầu tư công; phấn đấu đến 30/6 thu ngân sách đạt 24 tỷ đồng.
- Các chi bộ rà soát nguồn, phấn đấu kết nạp thêm ít nhất 10 đảng viên trong quý II.
- Công an xã phối hợp Đồn Biên phòng xử lý dứt điểm khai thác cát trái phép, báo cáo Thường trực Đảng ủy trước ngày 30/4/2026.
- Ban Xây dựng Đảng hướng dẫn 2 chi bộ chưa sinh hoạt chuyên đề xây dựng kế hoạch, thực hiện trong tháng 4/2026.
Nơi nhận:	T/M ĐẢNG ỦY
- Ban Thường vụ Tỉnh ủy (b/c);	PHÓ BÍ THƯ THƯỜNG TRỰC
- Ban Tổ chức Tỉnh ủy;	
- Các đồng chí Đảng ủy viên;	
- Các chi bộ trực thuộc;	
- Lưu VPĐU.	Hồ Sỹ Tuấn
"""
GOLD["bc01_du_xa_yen_thanh_quy1_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ YÊN THÀNH", "ĐẢNG BỘ TỈNH NGHỆ AN", "25-BC/ĐU", "Yên Thành", "2026-03-28",
    "kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026",
    None, None, [],
    [tg("gieo cấy 2.860 ha lúa", 2860, 2860, "ha", "vụ Xuân 2026", "đạt"),
     tg("Thu ngân sách trên địa bàn", 46, 12.4, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", 95, 96.5, "%", "quý I năm 2026", "vượt"),
     tg("giao quân", 31, 31, "thanh niên", "năm 2026", "đạt"),
     tg("Kết nạp 9 đảng viên mới", 35, 9, "đảng viên", "năm 2026", "tiến độ"),
     tg("thu ngân sách đạt 24 tỷ đồng", 24, None, "tỷ đồng", "đến 30/6", None),
     tg("kết nạp thêm ít nhất 10 đảng viên", 10, None, "đảng viên", "quý II", None)],
    [tk("chỉ đạo thu hoạch lúa Xuân, triển khai sản xuất vụ Hè Thu đúng khung thời vụ", "Ủy ban nhân dân xã", None),
     tk("Tập trung giải ngân vốn đầu tư công; phấn đấu đến 30/6 thu ngân sách đạt 24 tỷ đồng", None, "đến 30/6"),
     tk("rà soát nguồn, phấn đấu kết nạp thêm ít nhất 10 đảng viên trong quý II", "Các chi bộ", "trong quý II"),
     tk("xử lý dứt điểm khai thác cát trái phép, báo cáo Thường trực Đảng ủy", "Công an xã phối hợp Đồn Biên phòng", "trước ngày 30/4/2026"),
     tk("hướng dẫn 2 chi bộ chưa sinh hoạt chuyên đề xây dựng kế hoạch", "Ban Xây dựng Đảng", "trong tháng 4/2026")],
    [sg("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Hồ Sỹ Tuấn")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tổ chức Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    ["2.860 ha", "12,4 tỷ đồng, bằng 26,96% dự toán năm (46 tỷ đồng)", "18,2%", "96,5%", "31 thanh niên", "9 đảng viên mới, đạt 25,71%", "4 tổ chức đảng", "7 đảng viên"],
    ["25-BC/ĐU", "30/4/2026", "quý II năm 2026", "tháng 4/2026", "28 tháng 3 năm 2026"])
PCT += [("bc01_du_xa_yen_thanh_quy1_2026", "26,96%", 12.4, 46), ("bc01_du_xa_yen_thanh_quy1_2026", "25,71%", 9, 35)]

T["bc02_ubnd_luc_nam_6t_2024"] = """
UBND TỈNH BẮC GIANG	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND HUYỆN LỤC NAM	Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND	Lục Nam, ngày 20 tháng 6 năm 2024
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024
Phần I. KẾT QUẢ 6 THÁNG ĐẦU NĂM
1. Tổng giá trị sản xuất ước đạt 7.842 tỷ đồng, tăng 8,6% so với cùng kỳ năm 2023.
2. Thu ngân sách nhà nước trên địa bàn ước thực hiện 312,5 tỷ đồng, đạt 53,88% dự toán năm (580 tỷ đồng), tăng 11,2% so với cùng kỳ.
3. Trồng rừng tập trung 1.020 ha/1.500 ha kế hoạch năm, đạt 68%.
4. Tuyển chọn, gọi 248 công dân nhập ngũ, đạt 100% chỉ tiêu tỉnh giao.
5. Xây dựng nông thôn mới: có thêm 2/4 xã hoàn thành hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao theo kế hoạch năm.
6. Tai nạn giao thông xảy ra 9 vụ, giảm 3 vụ so với cùng kỳ.
Tồn tại, hạn chế: giải ngân vốn đầu tư công mới đạt 41,3% kế hoạch; tiến độ giải phóng mặt bằng Cụm công nghiệp Đồng Đỉnh chậm; giá vải thiều đầu vụ giảm.
Phần II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024
1. Phòng Tài chính - Kế hoạch tham mưu các giải pháp tăng thu, phấn đấu thu ngân sách năm 2024 vượt 5% dự toán.
2. Phòng Nông nghiệp và PTNT phối hợp các xã tiêu thụ vải thiều chính vụ; hoàn thành trồng 480 ha rừng còn lại trước ngày 30/9/2024.
3. Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh giải ngân, hoàn thành 100% kế hoạch vốn trước ngày 31/01/2025.
4. UBND các xã Bảo Sơn, Lục Sơn hoàn thiện hồ sơ xã nông thôn mới nâng cao, trình Hội đồng thẩm định tỉnh trong quý IV/2024.
5. Công an huyện mở đợt cao điểm bảo đảm trật tự an toàn giao thông; phấn đấu 6 tháng cuối năm giảm từ 5% số vụ tai nạn trở lên.
Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024 của UBND huyện Lục Nam./.
Nơi nhận:
- UBND tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Chủ tịch, các PCT UBND huyện;
- Các cơ quan, đơn vị thuộc UBND huyện;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Thân Văn Quyết
"""
GOLD["bc02_ubnd_luc_nam_6t_2024"] = doc(
    "bao_cao", "UBND HUYỆN LỤC NAM", "UBND TỈNH BẮC GIANG", "214/BC-UBND", "Lục Nam", "2024-06-20",
    "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
    None, None, [],
    [tg("Thu ngân sách nhà nước trên địa bàn", 580, 312.5, "tỷ đồng", "năm 2024", "tiến độ"),
     tg("Trồng rừng tập trung", 1500, 1020, "ha", "năm 2024", "tiến độ"),
     tg("Tuyển chọn, gọi 248 công dân nhập ngũ", 248, 248, "công dân", "năm 2024", "đạt"),
     tg("xã đạt chuẩn nông thôn mới nâng cao", 4, 2, "xã", "năm 2024", "tiến độ")],
    [tk("tham mưu các giải pháp tăng thu, phấn đấu thu ngân sách năm 2024 vượt 5% dự toán", "Phòng Tài chính - Kế hoạch", None),
     tk("tiêu thụ vải thiều chính vụ; hoàn thành trồng 480 ha rừng còn lại", "Phòng Nông nghiệp và PTNT phối hợp các xã", "trước ngày 30/9/2024"),
     tk("đẩy nhanh giải ngân, hoàn thành 100% kế hoạch vốn", "Ban Quản lý dự án đầu tư xây dựng huyện", "trước ngày 31/01/2025"),
     tk("hoàn thiện hồ sơ xã nông thôn mới nâng cao, trình Hội đồng thẩm định tỉnh", "UBND các xã Bảo Sơn, Lục Sơn", "trong quý IV/2024"),
     tk("mở đợt cao điểm bảo đảm trật tự an toàn giao thông", "Công an huyện", None)],
    [sg("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thân Văn Quyết")],
    ["UBND tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện", "Chủ tịch, các PCT UBND huyện", "Các cơ quan, đơn vị thuộc UBND huyện", "Lưu: VT"],
    ["7.842 tỷ đồng, tăng 8,6%", "312,5 tỷ đồng, đạt 53,88% dự toán năm (580 tỷ đồng)", "tăng 11,2%", "1.020 ha/1.500 ha", "68%", "248 công dân", "9 vụ, giảm 3 vụ", "41,3%"],
    ["214/BC-UBND", "30/9/2024", "31/01/2025", "quý IV/2024", "Phần II", "20 tháng 6 năm 2024"])
PCT += [("bc02_ubnd_luc_nam_6t_2024", "53,88%", 312.5, 580), ("bc02_ubnd_luc_nam_6t_2024", "đạt 68%", 1020, 1500)]
