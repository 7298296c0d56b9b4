T["bc03_cb_my_thach_tay_nam_2025"] = """
ĐẢNG BỘ PHƯỜNG TAM KỲ
CHI BỘ KHỐI PHỐ MỸ THẠCH TÂY
*
ĐẢNG CỘNG SẢN VIỆT NAM
Tam Kỳ, ngày 15 tháng 12 năm 2025
BÁO CÁO
tổng kết công tác lãnh đạo năm 2025, phương hướng, nhiệm vụ năm 2026
Chi bộ có 32 đảng viên, trong đó 2 đảng viên dự bị; 9 đồng chí được miễn sinh hoạt. Năm 2025 chi bộ lãnh đạo thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2027 và nghị quyết năm của chi bộ, đạt kết quả sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025
- Kết nạp đảng viên: kết nạp 3 đồng chí, đạt chỉ tiêu (3 đảng viên).
- Tỷ lệ hộ nghèo theo chuẩn mới giảm còn 0,8% (chỉ tiêu dưới 1%).
- Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa 95,2%, chỉ tiêu đề ra từ 96% trở lên.
- Tỷ lệ dân cư tham gia bảo hiểm y tế 95,6%, vượt chỉ tiêu 94%.
- Thu quỹ Đền ơn đáp nghĩa được 21,5 triệu đồng, vượt 7,5% so với kế hoạch 20 triệu đồng.
- Chi bộ được Đảng ủy phường xếp loại hoàn thành tốt nhiệm vụ.
II. HẠN CHẾ, NGUYÊN NHÂN
Vẫn còn 2 hộ xây dựng công trình chưa đúng giấy phép; một số đảng viên lớn tuổi chưa tham gia đầy đủ sinh hoạt; việc cập nhật phần mềm quản lý đảng viên còn chậm do thiếu người có kỹ năng tin học.
Nguyên nhân chủ yếu: chi ủy chưa phân công cụ thể từng đảng viên theo dõi hộ xây dựng; một số đảng viên tuổi cao, sức yếu; khối phố sau sắp xếp có địa bàn rộng, dân cư tăng thêm 146 hộ từ tổ dân phố cũ chuyển về, trong khi kinh phí hoạt động của chi bộ còn hạn hẹp.
III. PHƯƠNG HƯỚNG NĂM 2026
Các chỉ tiêu chủ yếu năm 2026:
- Kết nạp ít nhất 2 đảng viên mới.
- Tỷ lệ hộ nghèo không quá 0,7%.
- Tỷ lệ hộ gia đình văn hóa đạt từ 96% trở lên.
Nhiệm vụ, giải pháp:
• Chi ủy phân công đảng viên theo dõi hộ, giúp 2 hộ nghèo còn lại thoát nghèo.
• Ban công tác Mặt trận khối phố vận động 2 hộ xây dựng sai phép tự khắc phục trước ngày 31/3/2026.
• Đồng chí Nguyễn Thị Bảo Trâm cập nhật đầy đủ dữ liệu đảng viên trên phần mềm, hoàn thành trong quý I/2026.
• Duy trì sinh hoạt chi bộ thường kỳ đúng ngày 05 hằng tháng, sinh hoạt chuyên đề mỗi quý một lần.
Nơi nhận:
- Đảng ủy phường (b/c);
- Đảng viên trong chi bộ;
- Lưu chi bộ.
T/M CHI BỘ
BÍ THƯ
Trương Quang Vinh
"""
GOLD["bc03_cb_my_thach_tay_nam_2025"] = doc(
    "bao_cao", "CHI BỘ KHỐI PHỐ MỸ THẠCH TÂY", "ĐẢNG BỘ PHƯỜNG TAM KỲ", None, "Tam Kỳ", "2025-12-15",
    "tổng kết công tác lãnh đạo năm 2025, phương hướng, nhiệm vụ năm 2026",
    None, None, [],
    [tg("Kết nạp đảng viên", 3, 3, "đảng viên", "năm 2025", "đạt"),
     tg("Tỷ lệ hộ nghèo", 1, 0.8, "%", "năm 2025", "đạt"),
     tg("Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", 96, 95.2, "%", "năm 2025", "chưa đạt"),
     tg("Tỷ lệ dân cư tham gia bảo hiểm y tế", 94, 95.6, "%", "năm 2025", "vượt"),
     tg("Thu quỹ Đền ơn đáp nghĩa", 20, 21.5, "triệu đồng", "năm 2025", "vượt"),
     tg("Kết nạp ít nhất 2 đảng viên mới", 2, None, "đảng viên", "năm 2026", None),
     tg("Tỷ lệ hộ nghèo không quá 0,7%", 0.7, None, "%", "năm 2026", None),
     tg("Tỷ lệ hộ gia đình văn hóa đạt từ 96% trở lên", 96, None, "%", "năm 2026", None)],
    [tk("phân công đảng viên theo dõi hộ, giúp 2 hộ nghèo còn lại thoát nghèo", "Chi ủy", None),
     tk("vận động 2 hộ xây dựng sai phép tự khắc phục", "Ban công tác Mặt trận khối phố", "trước ngày 31/3/2026"),
     tk("cập nhật đầy đủ dữ liệu đảng viên trên phần mềm", "Đồng chí Nguyễn Thị Bảo Trâm", "trong quý I/2026"),
     tk("Duy trì sinh hoạt chi bộ thường kỳ đúng ngày 05 hằng tháng, sinh hoạt chuyên đề mỗi quý một lần", None, None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Trương Quang Vinh")],
    ["Đảng ủy phường (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    ["32 đảng viên", "2 đảng viên dự bị", "9 đồng chí", "0,8%", "95,2%", "95,6%", "21,5 triệu đồng", "7,5%"],
    ["2025 - 2027", "31/3/2026", "quý I/2026", "ngày 05 hằng tháng", "15 tháng 12 năm 2025"])
PCT += [("bc03_cb_my_thach_tay_nam_2025", "7,5%", 21.5 - 20, 20)]

T["bc04_du_phuong_nha_trang_chuyende_dv"] = """
ĐẢNG BỘ TỈNH KHÁNH HÒA	ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG NHA TRANG	
*	Nha Trang, ngày 22 tháng 9 năm 2025
Số 41-BC/ĐU	
BÁO CÁO
chuyên đề kết quả công tác phát triển đảng viên nhiệm kỳ 2020 - 2025
I. TÌNH HÌNH CHUNG
Đảng bộ phường hiện có 86 tổ chức cơ sở đảng và chi bộ trực thuộc với 4.126 đảng viên (sau sắp xếp từ 6 đảng bộ phường cũ, từ ngày 01/7/2025).
II. KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NHIỆM KỲ 2020 - 2025
1. Nghị quyết Đại hội các đảng bộ phường (cũ) đề ra chỉ tiêu kết nạp 400 đảng viên trong nhiệm kỳ; kết quả kết nạp 412 đảng viên, đạt 103% chỉ tiêu.
2. Tỷ lệ kết nạp bình quân hằng năm đạt 4,2% so với tổng số đảng viên đầu năm; chỉ tiêu từ 4% trở lên.
3. Số tổ dân phố có chi bộ: 100% (64/64), đạt chỉ tiêu Nghị quyết.
4. Tỷ lệ đảng viên mới dưới 30 tuổi chiếm 28,6% số kết nạp; chỉ tiêu 30%.
5. Còn 5 tổ dân phố nhiều năm liền không kết nạp được đảng viên; nguồn kết nạp trong doanh nghiệp ngoài nhà nước rất ít (chỉ 11 đảng viên).
III. NGUYÊN NHÂN
Một số cấp ủy chưa quan tâm tạo nguồn; thanh niên đi làm ăn xa nhiều; việc xác minh lý lịch có yếu tố nước ngoài kéo dài. Bên cạnh đó, việc sắp xếp đơn vị hành chính làm xáo trộn tổ chức ở một số chi bộ, khâu theo dõi, giúp đỡ quần chúng đã học lớp cảm tình Đảng bị gián đoạn; một số quần chúng chuyển nơi làm việc trước khi hoàn thành hồ sơ.
IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
Ban Thường vụ Đảng ủy giao Ban Xây dựng Đảng rà soát nguồn tại 5 tổ dân phố chưa kết nạp được đảng viên, xây dựng kế hoạch bồi dưỡng, báo cáo trước ngày 31/10/2025.
Giao Đoàn Thanh niên phường giới thiệu ít nhất 30 đoàn viên ưu tú học lớp bồi dưỡng nhận thức về Đảng trong năm 2026.
Giao Văn phòng Đảng ủy phối hợp Công an phường rút ngắn thời gian xác minh lý lịch, hoàn thành xác minh các hồ sơ tồn trước ngày 15/12/2025.
Các chi bộ doanh nghiệp chủ động đề xuất với chủ doanh nghiệp tạo điều kiện cho người lao động tham gia học tập chính trị.
Nhiệm kỳ 2025 - 2030 phấn đấu kết nạp từ 450 đảng viên trở lên.
Nơi nhận:	T/M BAN THƯỜNG VỤ
- Ban Tổ chức Tỉnh ủy (b/c);	PHÓ BÍ THƯ
- Thường trực Đảng ủy;	
- Các chi, đảng bộ trực thuộc;	
- Lưu VPĐU.	Lê Thị Ngọc Hà
"""
GOLD["bc04_du_phuong_nha_trang_chuyende_dv"] = doc(
    "bao_cao", "ĐẢNG ỦY PHƯỜNG NHA TRANG", "ĐẢNG BỘ TỈNH KHÁNH HÒA", "41-BC/ĐU", "Nha Trang", "2025-09-22",
    "chuyên đề kết quả công tác phát triển đảng viên nhiệm kỳ 2020 - 2025",
    None, None, [],
    [tg("kết nạp 412 đảng viên", 400, 412, "đảng viên", "nhiệm kỳ 2020 - 2025", "vượt"),
     tg("Tỷ lệ kết nạp bình quân hằng năm", 4, 4.2, "%", "nhiệm kỳ 2020 - 2025", "vượt"),
     tg("Số tổ dân phố có chi bộ", 100, 100, "%", "nhiệm kỳ 2020 - 2025", "đạt"),
     tg("Tỷ lệ đảng viên mới dưới 30 tuổi", 30, 28.6, "%", "nhiệm kỳ 2020 - 2025", "chưa đạt"),
     tg("phấn đấu kết nạp từ 450 đảng viên trở lên", 450, None, "đảng viên", "Nhiệm kỳ 2025 - 2030", None)],
    [tk("rà soát nguồn tại 5 tổ dân phố chưa kết nạp được đảng viên, xây dựng kế hoạch bồi dưỡng, báo cáo", "Ban Xây dựng Đảng", "trước ngày 31/10/2025"),
     tk("giới thiệu ít nhất 30 đoàn viên ưu tú học lớp bồi dưỡng nhận thức về Đảng", "Đoàn Thanh niên phường", "trong năm 2026"),
     tk("rút ngắn thời gian xác minh lý lịch, hoàn thành xác minh các hồ sơ tồn", "Văn phòng Đảng ủy phối hợp Công an phường", "trước ngày 15/12/2025"),
     tk("chủ động đề xuất với chủ doanh nghiệp tạo điều kiện cho người lao động tham gia học tập chính trị", "Các chi bộ doanh nghiệp", None)],
    [sg("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Ngọc Hà")],
    ["Ban Tổ chức Tỉnh ủy (b/c)", "Thường trực Đảng ủy", "Các chi, đảng bộ trực thuộc", "Lưu VPĐU"],
    ["86 tổ chức cơ sở đảng", "4.126 đảng viên", "412 đảng viên, đạt 103%", "4,2%", "100% (64/64)", "28,6%", "5 tổ dân phố", "11 đảng viên"],
    ["41-BC/ĐU", "01/7/2025", "31/10/2025", "15/12/2025", "2020 - 2025", "6 đảng bộ phường cũ"])
PCT += [("bc04_du_phuong_nha_trang_chuyende_dv", "đạt 103%", 412, 400), ("bc04_du_phuong_nha_trang_chuyende_dv", "chi bộ: 100%", 64, 64)]
