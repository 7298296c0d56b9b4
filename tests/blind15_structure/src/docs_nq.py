"""Nghị quyết / kết luận (4)."""
from common import P, meeting, att, dec, tg, tk, sg, doc

DOCS = {}

# 16 ─ nghị quyết chi bộ tháng 8/2024 (huyện era), adopted "tại buổi sinh hoạt ngày …"
T = f"""ĐẢNG BỘ XÃ HƯƠNG SƠN
CHI BỘ THÔN ĐỒNG CHÙA
*
Số 08-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hương Sơn, ngày 05 tháng 8 năm 2024
NGHỊ QUYẾT
Về lãnh đạo thực hiện nhiệm vụ tháng 8 năm 2024
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Nghị quyết Đại hội Chi bộ thôn Đồng Chùa nhiệm kỳ 2022 - 2025;
- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 05/8/2024,
CHI BỘ QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 7
Chi bộ lãnh đạo hoàn thành thu hoạch vụ chiêm, chăm sóc 96 ha lúa mùa. Kênh mương nội đồng đã kiên cố 1,8/2,4 km theo kế hoạch năm 2024. Quỹ khuyến học của thôn thu được 27,5 triệu đồng, kế hoạch cả năm 25 triệu đồng. Thu đảng phí tháng 7 đầy đủ; vận động 14 hộ đăng ký mô hình nuôi cá trên ruộng lúa. Tình hình an ninh, trật tự ổn định; không có đảng viên vi phạm.
Tồn tại: một số hộ còn thả rông trâu bò phá hoại lúa mùa ở cánh đồng Trũng.
II. NHIỆM VỤ THÁNG 8
1. Tiếp tục chỉ đạo chăm sóc, phòng trừ sâu cuốn lá nhỏ trên lúa mùa.
2. Ban công tác Mặt trận thôn vận động các hộ ký cam kết không thả rông gia súc, hoàn thành trước ngày 20/8/2024.
3. Đồng chí Thân Văn Kỳ, Trưởng thôn, phối hợp Hợp tác xã kiên cố 0,6 km kênh còn lại trước ngày 30/11/2024.
4. Chi đoàn thanh niên tổ chức vui Tết Trung thu cho thiếu nhi ngày 17/9/2024.
5. Chi ủy chuẩn bị nội dung kiểm điểm giữa nhiệm kỳ, trình chi bộ tại kỳ họp tháng 9.
Nghị quyết được 100% (19/19) đảng viên có mặt biểu quyết tán thành.
Chi ủy, các đảng viên và các đoàn thể căn cứ nghị quyết tổ chức thực hiện.
Nơi nhận:\tT/M CHI BỘ
- Đảng ủy xã (b/c);\tBÍ THƯ
- Đảng viên trong chi bộ;
- Lưu chi bộ.\tVi Văn Đoàn"""
DOCS["nq01_cb_thon_dong_chua_t8_2024"] = (T, doc(
    "nghi_quyet", "CHI BỘ THÔN ĐỒNG CHÙA", "ĐẢNG BỘ XÃ HƯƠNG SƠN", "08-NQ/CB", "Hương Sơn", "2024-08-05",
    "Về lãnh đạo thực hiện nhiệm vụ tháng 8 năm 2024",
    meeting(None, None, None, None, "2024-08-05", None, [], None),
    None,
    [dec("resolution", "Nghị quyết", None, 19, None, None, 19, "thông qua")],
    [tg("Kênh mương nội đồng đã kiên cố", 2.4, 1.8, "km", "năm 2024", "tiến độ"),
     tg("Quỹ khuyến học của thôn", 25, 27.5, "triệu đồng", "năm 2024", "vượt")],
    [tk("Tiếp tục chỉ đạo chăm sóc, phòng trừ sâu cuốn lá nhỏ trên lúa mùa", None, None),
     tk("vận động các hộ ký cam kết không thả rông gia súc", "Ban công tác Mặt trận thôn", "trước ngày 20/8/2024"),
     tk("phối hợp Hợp tác xã kiên cố 0,6 km kênh còn lại", "Đồng chí Thân Văn Kỳ, Trưởng thôn", "trước ngày 30/11/2024"),
     tk("tổ chức vui Tết Trung thu cho thiếu nhi", "Chi đoàn thanh niên", "ngày 17/9/2024"),
     tk("chuẩn bị nội dung kiểm điểm giữa nhiệm kỳ, trình chi bộ", "Chi ủy", "tại kỳ họp tháng 9")],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Vi Văn Đoàn")],
    ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    ["96 ha lúa mùa", "1,8/2,4 km", "27,5 triệu đồng", "25 triệu đồng", "100% (19/19)"],
    ["08-NQ/CB", "2022 - 2025", "05/8/2024", "20/8/2024", "30/11/2024", "17/9/2024"]))

# 17 ─ nghị quyết chuyên đề của Đảng ủy xã, adopted at hội nghị BCH lần thứ 9 (2026)
T = """ĐẢNG BỘ TỈNH AN GIANG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ VĨNH HANH\tVĩnh Hanh, ngày 15 tháng 5 năm 2026
Số 14-NQ/ĐU
*
NGHỊ QUYẾT
Về phát triển kinh tế tập thể, hợp tác xã nông nghiệp giai đoạn 2026 - 2030
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (khóa I, nhiệm kỳ 2025 - 2030) họp ngày 14/5/2026, dưới sự chủ trì của đồng chí Lâm Thành Hiếu, Bí thư Đảng ủy, đã thảo luận Đề án phát triển kinh tế tập thể của xã.
I. TÌNH HÌNH
Toàn xã có 7 hợp tác xã và 41 tổ hợp tác nông nghiệp, thu hút 1.210 thành viên; doanh thu bình quân một hợp tác xã năm 2025 đạt 2,3 tỷ đồng. Chỉ có 2/7 hợp tác xã liên kết tiêu thụ lúa với doanh nghiệp; diện tích lúa có hợp đồng bao tiêu 1.850 ha, chiếm 22% diện tích gieo trồng.
II. MỤC TIÊU ĐẾN NĂM 2030
- Thành lập mới ít nhất 3 hợp tác xã; 100% hợp tác xã hoạt động hiệu quả từ loại khá trở lên.
- Diện tích lúa liên kết tiêu thụ đạt 5.000 ha.
- Doanh thu bình quân một hợp tác xã đạt 5 tỷ đồng/năm.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, giải thể hoặc chuyển đổi các hợp tác xã ngừng hoạt động trong năm 2026.
2. Hỗ trợ hợp tác xã xây dựng vùng nguyên liệu lúa chất lượng cao gắn với mã số vùng trồng.
3. Đào tạo cán bộ quản lý hợp tác xã; mỗi năm ít nhất 01 lớp.
IV. TỔ CHỨC THỰC HIỆN
UBND xã xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trong tháng 6/2026. Ban Xây dựng Đảng chủ trì phổ biến Nghị quyết đến các chi bộ trong quý III/2026. Văn phòng Đảng ủy theo dõi, đôn đốc, định kỳ hằng năm báo cáo Ban Thường vụ kết quả thực hiện.
Nghị quyết đã được Hội nghị biểu quyết thông qua với 29/31 đồng chí Ủy viên Ban Chấp hành dự họp tán thành, 02 đồng chí không tán thành.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các chi bộ trực thuộc;
- Lưu VP.
T/M BAN CHẤP HÀNH
BÍ THƯ
Lâm Thành Hiếu"""
DOCS["nq02_du_xa_vinh_hanh_kinh_te_tap_the_2026"] = (T, doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ VĨNH HANH", "ĐẢNG BỘ TỈNH AN GIANG", "14-NQ/ĐU", "Vĩnh Hanh", "2026-05-15",
    "Về phát triển kinh tế tập thể, hợp tác xã nông nghiệp giai đoạn 2026 - 2030",
    meeting("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (khóa I, nhiệm kỳ 2025 - 2030)", "hội nghị BCH", None, None,
            "2026-05-14", None, ["Lâm Thành Hiếu"], None),
    None,
    [dec("resolution", "Nghị quyết", None, 29, 2, None, 31, "thông qua")],
    [tg("Thành lập mới ít nhất 3 hợp tác xã", 3, None, "hợp tác xã", "đến năm 2030", None),
     tg("hợp tác xã hoạt động hiệu quả từ loại khá trở lên", 100, None, "%", "đến năm 2030", None),
     tg("Diện tích lúa liên kết tiêu thụ", 5000, None, "ha", "đến năm 2030", None),
     tg("Doanh thu bình quân một hợp tác xã", 5, None, "tỷ đồng/năm", "đến năm 2030", None)],
    [tk("Rà soát, giải thể hoặc chuyển đổi các hợp tác xã ngừng hoạt động", None, "trong năm 2026"),
     tk("Hỗ trợ hợp tác xã xây dựng vùng nguyên liệu lúa chất lượng cao gắn với mã số vùng trồng", None, None),
     tk("Đào tạo cán bộ quản lý hợp tác xã; mỗi năm ít nhất 01 lớp", None, None),
     tk("xây dựng kế hoạch thực hiện Nghị quyết", "UBND xã", "trong tháng 6/2026"),
     tk("chủ trì phổ biến Nghị quyết đến các chi bộ", "Ban Xây dựng Đảng", "trong quý III/2026"),
     tk("theo dõi, đôn đốc, định kỳ hằng năm báo cáo Ban Thường vụ kết quả thực hiện", "Văn phòng Đảng ủy", None)],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Lâm Thành Hiếu")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VP"],
    ["7 hợp tác xã", "41 tổ hợp tác", "1.210 thành viên", "2,3 tỷ đồng", "2/7 hợp tác xã", "1.850 ha", "22%", "29/31"],
    ["14-NQ/ĐU", "lần thứ 9", "2025 - 2030", "2026 - 2030", "14/5/2026", "quý III/2026"]))

# 18 ─ kết luận of the Ban Thường vụ Đảng ủy phường (meeting told by its verb), 2025
T = f"""ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
ĐẢNG ỦY PHƯỜNG LÊ CHÂN
*
Số 58-KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lê Chân, ngày 12 tháng 11 năm 2025
KẾT LUẬN
của Ban Thường vụ Đảng ủy phường về tiến độ thực hiện nhiệm vụ thu ngân sách và chỉnh trang đô thị năm 2025
Ngày 11/11/2025, Ban Thường vụ Đảng ủy phường họp dưới sự chủ trì của đồng chí Bùi Thị Thu Hương, Bí thư Đảng ủy phường, nghe UBND phường báo cáo tiến độ thu ngân sách và chỉnh trang đô thị 10 tháng năm 2025. Sau khi thảo luận, Ban Thường vụ kết luận như sau:
1. Đánh giá chung
Thu ngân sách trên địa bàn 10 tháng đạt 518,7 tỷ đồng, bằng {P(518.7, 640)}% dự toán năm (640 tỷ đồng). Chỉnh trang vỉa hè đã hoàn thành 11,4 km, kế hoạch năm 15 km. Lắp đặt camera an ninh tại 126 điểm, vượt kế hoạch năm (120 điểm). Tuy nhiên, tiến độ thu tiền thuê đất của các hộ kinh doanh ven sông Lạch Tray còn chậm; 9 hồ sơ đấu giá quyền sử dụng đất chưa hoàn thiện.
2. Nhiệm vụ trong thời gian tới
2.1. UBND phường rà soát các khoản thu, phấn đấu hoàn thành dự toán thu ngân sách năm 2025.
2.2. UBND phường hoàn thiện 9 hồ sơ đấu giá quyền sử dụng đất, tổ chức đấu giá xong trước ngày 20/12/2025.
2.3. Giao Phòng Kinh tế, Hạ tầng và Đô thị hoàn thành 3,6 km vỉa hè còn lại trước ngày 31/12/2025.
2.4. Ủy ban Kiểm tra Đảng ủy phường giám sát việc thu tiền thuê đất tại các hộ kinh doanh ven sông, báo cáo Ban Thường vụ trong tháng 12/2025.
2.5. Các chi bộ khu dân cư tuyên truyền, vận động Nhân dân đồng thuận chỉnh trang vỉa hè.
Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kết luận này.
Nơi nhận:
- Thường trực Thành ủy (b/c);
- Các đồng chí Đảng ủy viên;
- UBND phường;
- Lưu VP.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Đặng Quốc Toản"""
DOCS["kl03_btv_du_phuong_le_chan_thu_ngan_sach_2025"] = (T, doc(
    "nghi_quyet", "ĐẢNG ỦY PHƯỜNG LÊ CHÂN", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "58-KL/ĐU", "Lê Chân", "2025-11-12",
    "của Ban Thường vụ Đảng ủy phường về tiến độ thực hiện nhiệm vụ thu ngân sách và chỉnh trang đô thị năm 2025",
    meeting(None, "hội nghị", None, None, "2025-11-11", None, ["Bùi Thị Thu Hương"], None),
    None, [],
    [tg("Thu ngân sách trên địa bàn", 640, 518.7, "tỷ đồng", "năm 2025", "tiến độ"),
     tg("Chỉnh trang vỉa hè", 15, 11.4, "km", "năm 2025", "tiến độ"),
     tg("Lắp đặt camera an ninh", 120, 126, "điểm", "năm 2025", "vượt")],
    [tk("rà soát các khoản thu, phấn đấu hoàn thành dự toán thu ngân sách năm 2025", "UBND phường", None),
     tk("hoàn thiện 9 hồ sơ đấu giá quyền sử dụng đất, tổ chức đấu giá xong", "UBND phường", "trước ngày 20/12/2025"),
     tk("hoàn thành 3,6 km vỉa hè còn lại", "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 31/12/2025"),
     tk("giám sát việc thu tiền thuê đất tại các hộ kinh doanh ven sông, báo cáo Ban Thường vụ", "Ủy ban Kiểm tra Đảng ủy phường", "trong tháng 12/2025"),
     tk("tuyên truyền, vận động Nhân dân đồng thuận chỉnh trang vỉa hè", "Các chi bộ khu dân cư", None),
     tk("theo dõi, đôn đốc việc thực hiện Kết luận này", "Văn phòng Đảng ủy", None)],
    [sg("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đặng Quốc Toản")],
    ["Thường trực Thành ủy (b/c)", "Các đồng chí Đảng ủy viên", "UBND phường", "Lưu VP"],
    ["518,7 tỷ đồng", "11,4 km", "126 điểm", "9 hồ sơ", "3,6 km"],
    ["58-KL/ĐU", "11/11/2025", "10 tháng năm 2025", "20/12/2025", "31/12/2025", "2.1."]))

# 19 ─ thông báo kết luận của Chủ tịch UBND xã tại cuộc họp giao ban (2027)
T = f"""UBND XÃ PHÚ LƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 37/TB-UBND\tPhú Lương, ngày 03 tháng 3 năm 2027
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 2 năm 2027
Chiều ngày 01/3/2027, tại Phòng họp UBND xã, ông Tạ Quang Huy, Chủ tịch UBND xã chủ trì cuộc họp giao ban tháng 2 năm 2027. Dự họp có các Phó Chủ tịch UBND xã, Trưởng Công an xã, Chỉ huy trưởng Ban Chỉ huy quân sự xã, lãnh đạo các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã.
Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch UBND xã kết luận:
1. Tháng 2 năm 2027, các đơn vị đã tổ chức Tết Nguyên đán Đinh Mùi an toàn; giao quân 28 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu. Thu ngân sách 2 tháng đạt 9,8 tỷ đồng trên dự toán năm 57 tỷ đồng. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,1%.
2. Một số nhiệm vụ cần tập trung:
a) Phòng Kinh tế tổ chức gieo cấy dứt điểm 1.460 ha lúa xuân trước ngày 10/3/2027; chủ động phương án chống hạn cho khu đồng Gò Chè.
b) Phòng Văn hóa - Xã hội rà soát hộ nghèo phát sinh sau Tết, báo cáo UBND xã trước ngày 15/3/2027.
c) Công an xã phối hợp Ban Chỉ huy quân sự xã bảo đảm an ninh các lễ hội đầu xuân.
d) Trung tâm Phục vụ hành chính công xã niêm yết lại thủ tục hành chính theo bộ thủ tục mới của tỉnh, hoàn thành trong tháng 3/2027.
UBND xã thông báo để các đơn vị, cá nhân liên quan biết, thực hiện.
Nơi nhận:
- Chủ tịch, các PCT UBND xã;
- Các phòng, đơn vị thuộc UBND xã;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Mẫn Thị Hồng Nhung"""
DOCS["kl04_tbkl_ubnd_xa_phu_luong_giao_ban_t2_2027"] = (T, doc(
    "nghi_quyet", "UBND XÃ PHÚ LƯƠNG", None, "37/TB-UBND", "Phú Lương", "2027-03-03",
    "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 2 năm 2027",
    meeting("cuộc họp giao ban tháng 2 năm 2027", "hội nghị", None, None, "2027-03-01", "Phòng họp UBND xã",
            ["Tạ Quang Huy"], None),
    None, [],
    [tg("giao quân 28 thanh niên lên đường nhập ngũ", 28, 28, "thanh niên", "năm 2027", "đạt"),
     tg("Thu ngân sách", 57, 9.8, "tỷ đồng", "năm 2027", "tiến độ")],
    [tk("tổ chức gieo cấy dứt điểm 1.460 ha lúa xuân", "Phòng Kinh tế", "trước ngày 10/3/2027"),
     tk("chủ động phương án chống hạn cho khu đồng Gò Chè", "Phòng Kinh tế", None),
     tk("rà soát hộ nghèo phát sinh sau Tết, báo cáo UBND xã", "Phòng Văn hóa - Xã hội", "trước ngày 15/3/2027"),
     tk("phối hợp Ban Chỉ huy quân sự xã bảo đảm an ninh các lễ hội đầu xuân", "Công an xã", None),
     tk("niêm yết lại thủ tục hành chính theo bộ thủ tục mới của tỉnh", "Trung tâm Phục vụ hành chính công xã", "trong tháng 3/2027")],
    [sg("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Mẫn Thị Hồng Nhung")],
    ["Chủ tịch, các PCT UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Lưu: VT"],
    ["28 thanh niên", "9,8 tỷ đồng", "57 tỷ đồng", "99,1%", "1.460 ha"],
    ["37/TB-UBND", "Đinh Mùi", "01/3/2027", "10/3/2027", "15/3/2027", "tháng 3/2027"]))
