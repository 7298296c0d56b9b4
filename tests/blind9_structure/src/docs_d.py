from common import *

DOCS = []

# 12 --------------------------------------------------------------- nghị quyết chi bộ tổ dân phố, 2026
DOCS.append(dict(name="nq01_chibo_tdp_thang4_2026", text="""
ĐẢNG BỘ PHƯỜNG TÂY HỒ
CHI BỘ TỔ DÂN PHỐ SỐ 12
*
Số 04-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Hồ, ngày 14 tháng 4 năm 2026
NGHỊ QUYẾT
sinh hoạt chi bộ thường kỳ tháng 4 năm 2026
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Quy chế làm việc của Chi bộ Tổ dân phố số 12 nhiệm kỳ 2025 - 2027;
- Căn cứ kết quả sinh hoạt chi bộ ngày 14/4/2026,
Chi bộ có tổng số 42 đảng viên (38 chính thức, 4 dự bị); có mặt 35 đồng chí; vắng 07 đồng chí (03 đồng chí miễn sinh hoạt, 04 đồng chí có lý do). Nghị quyết được 31/31 đảng viên chính thức có mặt biểu quyết tán thành (100%).
CHI BỘ QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 3 NĂM 2026
Chi bộ lãnh đạo Tổ dân phố hoàn thành ra quân vệ sinh môi trường ven hồ; vận động 186/190 hộ ký cam kết phân loại rác tại nguồn (97,89%); thu Quỹ Đền ơn đáp nghĩa được 18.600.000 đồng; không có đơn thư vượt cấp. Chi bộ duy trì sinh hoạt đúng ngày 14 hằng tháng; 02 đảng viên được Đảng ủy phường khen thưởng vì có thành tích vận động nhân dân hiến đất mở rộng ngõ 52.
Hạn chế: còn 04 hộ kinh doanh chưa thực hiện phân loại rác; việc cập nhật thông tin đảng viên trên phần mềm quản lý còn chậm.
II. NHIỆM VỤ THÁNG 5 NĂM 2026
1. Tổ chức các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026); đồng chí Phó Bí thư chi bộ phụ trách.
2. Phấn đấu thu Quỹ "Vì người nghèo" năm 2026 đạt 42 triệu đồng; Ban Công tác Mặt trận tổ dân phố thực hiện, hoàn thành trước ngày 31/5/2026.
3. Giao đồng chí Tổ trưởng tổ dân phố phối hợp Công an phường rà soát người lưu trú, nhà cho thuê trọ, xong trước 20/5/2026.
4. Chi hội Phụ nữ vận động 04 hộ kinh doanh còn lại thực hiện phân loại rác trong tháng 5/2026.
5. Đảng viên hoàn thành cập nhật thông tin trên phần mềm quản lý đảng viên trước ngày 10/5/2026.
III. TỔ CHỨC THỰC HIỆN
Chi ủy chịu trách nhiệm triển khai, kiểm tra việc thực hiện Nghị quyết; mỗi đảng viên căn cứ nhiệm vụ được phân công xây dựng kế hoạch thực hiện và báo cáo kết quả tại kỳ sinh hoạt tháng 5/2026.
Nơi nhận:
- Đảng ủy phường (b/c);
- Đảng viên trong chi bộ;
- Lưu chi bộ.
T/M CHI BỘ
BÍ THƯ
Đỗ Thị Minh Hằng
""", gold=G("nghi_quyet", "CHI BỘ TỔ DÂN PHỐ SỐ 12", "ĐẢNG BỘ PHƯỜNG TÂY HỒ", "04-NQ/CB", "Tây Hồ", "2026-04-14",
    "sinh hoạt chi bộ thường kỳ tháng 4 năm 2026",
    M("sinh hoạt chi bộ thường kỳ tháng 4 năm 2026", "thường kỳ", None, None, "2026-04-14", None, [], None),
    A(42, 38, 4, 35, 7),
    [D("resolution", "Nghị quyết sinh hoạt chi bộ thường kỳ tháng 4 năm 2026", None, 31, None, None, 31, "thông qua")],
    [T("thu Quỹ \"Vì người nghèo\"", 42, None, "triệu đồng", "năm 2026", None)],
    [K("Tổ chức các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh", "đồng chí Phó Bí thư chi bộ", None),
     K("Phấn đấu thu Quỹ \"Vì người nghèo\" năm 2026 đạt 42 triệu đồng", "Ban Công tác Mặt trận tổ dân phố", "trước ngày 31/5/2026"),
     K("phối hợp Công an phường rà soát người lưu trú, nhà cho thuê trọ", "đồng chí Tổ trưởng tổ dân phố", "xong trước 20/5/2026"),
     K("vận động 04 hộ kinh doanh còn lại thực hiện phân loại rác", "Chi hội Phụ nữ", "trong tháng 5/2026"),
     K("hoàn thành cập nhật thông tin trên phần mềm quản lý đảng viên", "Đảng viên", "trước ngày 10/5/2026")],
    [S("T/M CHI BỘ", "BÍ THƯ", "Đỗ Thị Minh Hằng")],
    ["Đảng ủy phường (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    ["31/31 đảng viên chính thức", "186/190 hộ", "(97,89%)", "18.600.000 đồng", "04 hộ kinh doanh"],
    ["04-NQ/CB", "2025 - 2027", "136 năm", "19/5/1890 - 19/5/2026", "số 12"]),
    pct=[(31, 31, "100%"), (186, 190, "97,89%")]))

# 13 --------------------------------------------------------------- thông báo kết luận BTV đảng ủy xã, 2025 post-merger, T/L signature
DOCS.append(dict(name="kl01_thongbao_ketluan_btv_xa_2025", text="""
ĐẢNG BỘ TỈNH AN GIANG\t\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ THẠNH LỘC\t\t
*\t\tThạnh Lộc, ngày 19 tháng 9 năm 2025
Số 21-TB/ĐU
THÔNG BÁO
kết luận của Ban Thường vụ Đảng ủy xã về công tác ứng phó mùa nước nổi và tiến độ thu ngân sách năm 2025
-----
Ngày 17/9/2025, Ban Thường vụ Đảng ủy xã họp dưới sự chủ trì của đồng chí Danh Sóc Kha, Bí thư Đảng ủy xã. Dự họp có 10/11 đồng chí Ủy viên Ban Thường vụ; vắng đồng chí Lâm Thị Mỹ (đi học lớp bồi dưỡng tại tỉnh). Mời dự có lãnh đạo Văn phòng HĐND và UBND xã, Ban Chỉ huy Quân sự xã.
Sau khi nghe Đảng ủy UBND xã báo cáo, ý kiến của các đồng chí dự họp, đồng chí Bí thư Đảng ủy xã kết luận như sau:
1. Về tình hình: 8 tháng năm 2025, thu ngân sách trên địa bàn đạt 9,6/14,2 tỷ đồng, bằng 67,61% dự toán; 72/75 km đê bao lửng đã được gia cố (96%); công tác chuẩn bị ứng phó mùa nước nổi cơ bản đáp ứng yêu cầu; lực lượng xung kích của 4 ấp đã được kiện toàn với 120 người, các hộ dân vùng trũng đã được hướng dẫn phương án phòng tránh, bảo vệ tài sản. Tuy nhiên, vẫn còn 3 km đê bao ở ấp Hòa Tây chưa gia cố; nguồn thu từ đất đạt thấp.
2. Nhiệm vụ thời gian tới:
2.1. Đảng ủy UBND xã chỉ đạo gia cố dứt điểm 3 km đê bao còn lại, hoàn thành trước ngày 30/9/2025; bố trí lực lượng trực 24/24 giờ tại các điểm xung yếu.
2.2. Ban Chỉ huy Quân sự xã phối hợp Công an xã xây dựng phương án di dời dân khi nước lên cao, xong trước 05/10/2025.
2.3. Ủy ban MTTQ Việt Nam xã vận động nguồn lực hỗ trợ hộ nghèo sửa chữa nhà ở trong mùa lũ, thực hiện trong quý IV/2025.
2.4. Đảng ủy UBND xã tập trung các giải pháp tăng thu, phấn đấu hoàn thành dự toán thu ngân sách năm 2025.
2.5. Giao Văn phòng Đảng ủy theo dõi, đôn đốc và tổng hợp kết quả, báo cáo Ban Thường vụ tại phiên họp tháng 10/2025.
Ban Thường vụ Đảng ủy xã thông báo để các tổ chức đảng, cơ quan, đơn vị liên quan biết, thực hiện.
Nơi nhận:\t\tT/L BAN THƯỜNG VỤ
- Các đồng chí Ủy viên BTV;\t\tCHÁNH VĂN PHÒNG
- Đảng ủy UBND xã;\t\t
- Ủy ban MTTQ Việt Nam xã;\t\t
- Ban CHQS xã, Công an xã;\t\t
- Lưu Văn phòng Đảng ủy.\t\tNguyễn Thị Hồng Thắm
""", gold=G("nghi_quyet", "ĐẢNG ỦY XÃ THẠNH LỘC", "ĐẢNG BỘ TỈNH AN GIANG", "21-TB/ĐU", "Thạnh Lộc", "2025-09-19",
    "kết luận của Ban Thường vụ Đảng ủy xã về công tác ứng phó mùa nước nổi và tiến độ thu ngân sách năm 2025",
    M(None, "hội nghị", None, None, "2025-09-17", None, ["Danh Sóc Kha"], None),
    A(11, None, None, 10, 1, [("Lâm Thị Mỹ", "đi học lớp bồi dưỡng tại tỉnh")]),
    [],
    [T("thu ngân sách trên địa bàn", 14.2, 9.6, "tỷ đồng", "năm 2025", "tiến độ"),
     T("đê bao lửng", 75, 72, "km", None, "tiến độ")],
    [K("chỉ đạo gia cố dứt điểm 3 km đê bao còn lại", "Đảng ủy UBND xã", "trước ngày 30/9/2025"),
     K("xây dựng phương án di dời dân khi nước lên cao", "Ban Chỉ huy Quân sự xã phối hợp Công an xã", "xong trước 05/10/2025"),
     K("vận động nguồn lực hỗ trợ hộ nghèo sửa chữa nhà ở trong mùa lũ", "Ủy ban MTTQ Việt Nam xã", "trong quý IV/2025"),
     K("tập trung các giải pháp tăng thu, phấn đấu hoàn thành dự toán thu ngân sách năm 2025", "Đảng ủy UBND xã", None),
     K("theo dõi, đôn đốc và tổng hợp kết quả, báo cáo Ban Thường vụ", "Văn phòng Đảng ủy", "tại phiên họp tháng 10/2025")],
    [S("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Thị Hồng Thắm")],
    ["Các đồng chí Ủy viên BTV", "Đảng ủy UBND xã", "Ủy ban MTTQ Việt Nam xã", "Ban CHQS xã, Công an xã", "Lưu Văn phòng Đảng ủy"],
    ["9,6/14,2 tỷ đồng", "bằng 67,61% dự toán", "72/75 km", "(96%)", "3 km đê bao"],
    ["21-TB/ĐU", "24/24 giờ", "2.1", "17/9/2025", "tháng 10/2025"]),
    pct=[(96, 142, "67,61%"), (72, 75, "96%")]))

# 14 --------------------------------------------------------------- kết luận BTV huyện ủy, 2019 (huyện era)
DOCS.append(dict(name="kl02_ketluan_btv_huyenuy_2019", text="""
ĐẢNG BỘ TỈNH YÊN BÁI
HUYỆN ỦY VĂN CHẤN
*
Số 215-KL/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Văn Chấn, ngày 11 tháng 7 năm 2019
KẾT LUẬN
của Ban Thường vụ Huyện ủy về kết quả thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2019
Ngày 09/7/2019, Ban Thường vụ Huyện ủy họp, nghe Ban cán sự đảng UBND huyện báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2019. Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận như sau:
I- ĐÁNH GIÁ CHUNG
6 tháng đầu năm, tình hình kinh tế - xã hội của huyện tiếp tục ổn định; 14/21 chỉ tiêu chủ yếu đạt từ 50% kế hoạch trở lên (66,67%). Trồng rừng tập trung được 1.620/2.500 ha, đạt 64,8% kế hoạch; sản lượng chè búp tươi 41.250 tấn, đạt 52,88% kế hoạch năm (78.000 tấn); thu ngân sách trên địa bàn đạt 58,1% dự toán tỉnh giao. Có thêm 02 xã đạt chuẩn nông thôn mới, nâng tổng số lên 11 xã. Công tác xây dựng Đảng được quan tâm; toàn Đảng bộ kết nạp 87 đảng viên mới; các cấp ủy đã tổ chức kiểm tra 19 tổ chức đảng và 42 đảng viên theo chương trình năm. Quốc phòng, an ninh được giữ vững, hoàn thành diễn tập khu vực phòng thủ cấp xã tại 03 xã.
Tuy nhiên, tiến độ giải ngân một số công trình còn chậm; tình trạng khai thác cát, sỏi trái phép trên sông Nậm Thia chưa được ngăn chặn triệt để; tỷ lệ hộ nghèo còn cao (16,2%).
II- NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2019
1- Ban cán sự đảng UBND huyện chỉ đạo hoàn thành kế hoạch trồng rừng năm 2019, xong trước 30/9/2019.
2- Phấn đấu đến cuối năm giảm tỷ lệ hộ nghèo xuống còn 14,5%; Đảng đoàn HĐND huyện tăng cường giám sát việc thực hiện chính sách giảm nghèo trong quý IV/2019.
3- Giao Ban Tổ chức Huyện ủy hướng dẫn các tổ chức cơ sở đảng chuẩn bị đại hội nhiệm kỳ 2020 - 2025, trình Ban Thường vụ trước ngày 15/8/2019.
4- Ủy ban Kiểm tra Huyện ủy kiểm tra dấu hiệu vi phạm trong quản lý đất đai tại 02 xã, báo cáo kết quả trong tháng 10/2019.
5- Công an huyện chủ trì xử lý dứt điểm tình trạng khai thác cát, sỏi trái phép trên sông Nậm Thia.
Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Các đồng chí Huyện ủy viên;
- Các tổ chức cơ sở đảng;
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Hà Quang Thịnh
""", gold=G("nghi_quyet", "HUYỆN ỦY VĂN CHẤN", "ĐẢNG BỘ TỈNH YÊN BÁI", "215-KL/HU", "Văn Chấn", "2019-07-11",
    "của Ban Thường vụ Huyện ủy về kết quả thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2019",
    M(None, "hội nghị", None, None, "2019-07-09", None, [], None),
    None, [],
    [T("Trồng rừng tập trung", 2500, 1620, "ha", "năm 2019", "tiến độ"),
     T("sản lượng chè búp tươi", 78000, 41250, "tấn", "năm 2019", "tiến độ"),
     T("tỷ lệ hộ nghèo", 14.5, None, "%", "cuối năm 2019", None)],
    [K("chỉ đạo hoàn thành kế hoạch trồng rừng năm 2019", "Ban cán sự đảng UBND huyện", "xong trước 30/9/2019"),
     K("Phấn đấu đến cuối năm giảm tỷ lệ hộ nghèo xuống còn 14,5%", None, "đến cuối năm"),
     K("tăng cường giám sát việc thực hiện chính sách giảm nghèo", "Đảng đoàn HĐND huyện", "trong quý IV/2019"),
     K("hướng dẫn các tổ chức cơ sở đảng chuẩn bị đại hội nhiệm kỳ 2020 - 2025, trình Ban Thường vụ", "Ban Tổ chức Huyện ủy", "trước ngày 15/8/2019"),
     K("kiểm tra dấu hiệu vi phạm trong quản lý đất đai tại 02 xã, báo cáo kết quả", "Ủy ban Kiểm tra Huyện ủy", "trong tháng 10/2019"),
     K("chủ trì xử lý dứt điểm tình trạng khai thác cát, sỏi trái phép trên sông Nậm Thia", "Công an huyện", None)],
    [S("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hà Quang Thịnh")],
    ["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên", "Các tổ chức cơ sở đảng", "Lưu Văn phòng Huyện ủy"],
    ["14/21 chỉ tiêu", "(66,67%)", "1.620/2.500 ha, đạt 64,8%", "41.250 tấn, đạt 52,88%", "58,1% dự toán", "11 xã", "(16,2%)"],
    ["215-KL/HU", "09/7/2019", "2020 - 2025", "I- ĐÁNH GIÁ CHUNG"]),
    pct=[(14, 21, "66,67%"), (1620, 2500, "64,8%"), (41250, 78000, "52,88%")]))
