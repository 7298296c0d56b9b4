T["nq01_cb_thon_lam_son_t5_2026"] = """
ĐẢNG BỘ XÃ ĐÔNG HƯNG	ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN LAM SƠN	Đông Hưng, ngày 08 tháng 5 năm 2026
*	
Số 11-NQ/CB	
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ tháng 5 năm 2026
Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ chương trình công tác năm 2026 của chi bộ;
Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 08/5/2026,
CHI BỘ QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 4 NĂM 2026
Chi bộ lãnh đạo thu hoạch xong 52,4 ha lúa Xuân, năng suất bình quân 6,8 tấn/ha, vượt kế hoạch (6,5 tấn/ha). Hoàn thành thu thuế sử dụng đất phi nông nghiệp 100%. Đảng viên đóng đảng phí đầy đủ, đúng kỳ. Thôn tổ chức thành công Ngày hội đọc sách tại nhà văn hóa với 120 lượt người tham gia; ra quân làm sạch 2,5 km kênh mương nội đồng trước vụ Mùa. Tình hình an ninh trật tự ổn định, không có vụ việc phải chuyển lên xã giải quyết.
Tồn tại: 3 hộ đổ rác thải sai quy định ven kênh N2; việc cấp nước sạch cho 11 hộ xóm Bãi chưa thực hiện được do tuyến ống chính chưa kéo đến; một số đảng viên cao tuổi chưa tham gia đầy đủ hoạt động của thôn.
II. NHIỆM VỤ THÁNG 5 NĂM 2026
1. Lãnh đạo gieo mạ, làm đất sản xuất vụ Mùa, gieo cấy xong trước ngày 10/6/2026.
2. Giao Ban công tác Mặt trận thôn vận động, giám sát 3 hộ đổ rác sai quy định, báo cáo chi bộ tại kỳ họp tháng 6.
3. Đồng chí Trần Văn Khải, Trưởng thôn, phối hợp Công ty cấp nước khảo sát tuyến ống cho 11 hộ xóm Bãi, xong trong tháng 5/2026.
4. Chi đoàn tổ chức Tháng Công nhân - Tháng hành động về an toàn vệ sinh lao động cho thanh niên làm việc tại Khu công nghiệp.
5. Tổ chức các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026).
III. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa nghị quyết thành kế hoạch, phân công đảng viên phụ trách từng nhóm hộ; đồng chí Phó Bí thư Chi bộ kiểm tra, đôn đốc, báo cáo kết quả tại kỳ sinh hoạt tháng 6/2026.
Nghị quyết được 100% (17/17) đảng viên chính thức có mặt biểu quyết tán thành và có hiệu lực từ ngày ký.
Nơi nhận:	T/M CHI BỘ
- Đảng ủy xã (b/c);	BÍ THƯ
- Đảng viên trong chi bộ;	
- Lưu chi bộ.	Phạm Thị Hoài
"""
GOLD["nq01_cb_thon_lam_son_t5_2026"] = doc(
    "nghi_quyet", "CHI BỘ THÔN LAM SƠN", "ĐẢNG BỘ XÃ ĐÔNG HƯNG", "11-NQ/CB", "Đông Hưng", "2026-05-08",
    "về lãnh đạo thực hiện nhiệm vụ tháng 5 năm 2026",
    meeting(None, None, None, None, "2026-05-08", None, [], None),
    None,
    [dec("resolution", "Nghị quyết được 100% (17/17) đảng viên chính thức có mặt biểu quyết tán thành", None, 17, None, None, 17, "thông qua")],
    [tg("năng suất bình quân", 6.5, 6.8, "tấn/ha", "vụ Xuân 2026", "vượt"),
     tg("thu thuế sử dụng đất phi nông nghiệp", 100, 100, "%", "tháng 4 năm 2026", "đạt")],
    [tk("Lãnh đạo gieo mạ, làm đất sản xuất vụ Mùa, gieo cấy xong", None, "trước ngày 10/6/2026"),
     tk("vận động, giám sát 3 hộ đổ rác sai quy định, báo cáo chi bộ", "Ban công tác Mặt trận thôn", "tại kỳ họp tháng 6"),
     tk("phối hợp Công ty cấp nước khảo sát tuyến ống cho 11 hộ xóm Bãi", "Đồng chí Trần Văn Khải, Trưởng thôn", "trong tháng 5/2026"),
     tk("tổ chức Tháng Công nhân - Tháng hành động về an toàn vệ sinh lao động", "Chi đoàn", None),
     tk("Tổ chức các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh", None, None),
     tk("cụ thể hóa nghị quyết thành kế hoạch, phân công đảng viên phụ trách từng nhóm hộ", "Chi ủy", None),
     tk("kiểm tra, đôn đốc, báo cáo kết quả", "đồng chí Phó Bí thư Chi bộ", "tại kỳ sinh hoạt tháng 6/2026")],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Phạm Thị Hoài")],
    ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    ["52,4 ha", "6,8 tấn/ha", "6,5 tấn/ha", "3 hộ", "11 hộ", "100% (17/17)"],
    ["11-NQ/CB", "10/6/2026", "136 năm", "19/5/1890 - 19/5/2026", "kênh N2", "08/5/2026"])

T["nq02_du_xa_ham_yen_cds"] = """
ĐẢNG BỘ TỈNH TUYÊN QUANG
ĐẢNG ỦY XÃ HÀM YÊN
*
Số 08-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hàm Yên, ngày 14 tháng 11 năm 2025
NGHỊ QUYẾT
Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ xã về đẩy mạnh chuyển đổi số giai đoạn 2025 - 2030
Ngày 13/11/2025, tại Hội trường Đảng ủy xã Hàm Yên, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ sáu, nhiệm kỳ 2025 - 2030, do đồng chí Ma Văn Thành, Bí thư Đảng ủy xã chủ trì. Có 31/33 đồng chí Ủy viên Ban Chấp hành dự. Sau khi thảo luận Đề án số 03-ĐA/ĐU của Ban Thường vụ Đảng ủy,
HỘI NGHỊ QUYẾT NGHỊ
I. ĐÁNH GIÁ THỰC TRẠNG
Đến tháng 10/2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình của xã đạt 58,3%; 76,4% người trưởng thành có tài khoản định danh điện tử mức 2; 21/27 thôn, bản có cáp quang (77,78%). Còn 6 thôn vùng cao chưa có sóng di động ổn định.
II. MỤC TIÊU
Đến năm 2027: tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình đạt từ 80% trở lên; tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2 đạt 95%.
Đến năm 2030: 100% thôn, bản có hạ tầng cáp quang; tỷ lệ hộ gia đình sản xuất nông nghiệp bán hàng qua sàn thương mại điện tử đạt ít nhất 20%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức của cán bộ, đảng viên về chuyển đổi số; mỗi thôn duy trì ít nhất 01 tổ công nghệ số cộng đồng.
2. Phối hợp các doanh nghiệp viễn thông phủ sóng 6 thôn vùng cao, hoàn thành trước ngày 30/6/2026.
3. Ứng dụng phần mềm quản lý văn bản và điều hành trong toàn hệ thống chính trị xã.
IV. TỔ CHỨC THỰC HIỆN
1. Các chi bộ tổ chức quán triệt Nghị quyết đến toàn thể đảng viên trước ngày 30/11/2025.
2. Đảng ủy giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện, trình Ban Thường vụ Đảng ủy trong tháng 12/2025.
3. Văn phòng Đảng ủy theo dõi, đôn đốc, định kỳ 6 tháng tổng hợp báo cáo Ban Thường vụ.
Nghị quyết được Hội nghị biểu quyết thông qua với 29/31 đồng chí Ủy viên Ban Chấp hành dự họp tán thành (93,55%), 02 đồng chí không tán thành.
T/M BAN CHẤP HÀNH
BÍ THƯ
Ma Văn Thành
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các đồng chí Ủy viên Ban Chấp hành;
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.
"""
GOLD["nq02_du_xa_ham_yen_cds"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ HÀM YÊN", "ĐẢNG BỘ TỈNH TUYÊN QUANG", "08-NQ/ĐU", "Hàm Yên", "2025-11-14",
    "Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ xã về đẩy mạnh chuyển đổi số giai đoạn 2025 - 2030",
    meeting("Hội nghị lần thứ sáu, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-11-13",
            "Hội trường Đảng ủy xã Hàm Yên", ["Ma Văn Thành"], None),
    att(33, None, None, 31, 2, []),
    [dec("resolution", "Nghị quyết được Hội nghị biểu quyết thông qua", None, 29, 2, None, 31, "thông qua")],
    [tg("tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình", 80, None, "%", "Đến năm 2027", None),
     tg("tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2", 95, None, "%", "Đến năm 2027", None),
     tg("100% thôn, bản có hạ tầng cáp quang", 100, None, "%", "Đến năm 2030", None),
     tg("tỷ lệ hộ gia đình sản xuất nông nghiệp bán hàng qua sàn thương mại điện tử", 20, None, "%", "Đến năm 2030", None)],
    [tk("Nâng cao nhận thức của cán bộ, đảng viên về chuyển đổi số; mỗi thôn duy trì ít nhất 01 tổ công nghệ số cộng đồng", None, None),
     tk("Phối hợp các doanh nghiệp viễn thông phủ sóng 6 thôn vùng cao", None, "trước ngày 30/6/2026"),
     tk("Ứng dụng phần mềm quản lý văn bản và điều hành trong toàn hệ thống chính trị xã", None, None),
     tk("tổ chức quán triệt Nghị quyết đến toàn thể đảng viên", "Các chi bộ", "trước ngày 30/11/2025"),
     tk("xây dựng kế hoạch thực hiện, trình Ban Thường vụ Đảng ủy", "Ủy ban nhân dân xã", "trong tháng 12/2025"),
     tk("theo dõi, đôn đốc, định kỳ 6 tháng tổng hợp báo cáo Ban Thường vụ", "Văn phòng Đảng ủy", None)],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Ma Văn Thành")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Ủy viên Ban Chấp hành", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["31/33", "58,3%", "76,4%", "21/27 thôn, bản có cáp quang (77,78%)", "6 thôn", "29/31", "(93,55%)"],
    ["08-NQ/ĐU", "03-ĐA/ĐU", "13/11/2025", "30/6/2026", "30/11/2025", "2025 - 2030"])
PCT += [("nq02_du_xa_ham_yen_cds", "(77,78%)", 21, 27), ("nq02_du_xa_ham_yen_cds", "(93,55%)", 29, 31)]
