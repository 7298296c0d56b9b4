from h import G, M, A, D, T, K, S

DOCS = {}

# 14 --------------------------------------------------------------------------------------
DOCS["bb_hnbch_phuong_lan3"] = ("""ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH                    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG VĨNH LỘC TRUNG
             *                                   Vĩnh Lộc Trung, ngày 17 tháng 12 năm 2025
Số: 41-BB/ĐU
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 3
(khóa I, nhiệm kỳ 2025 - 2030)
1. Thời gian: khai mạc 8h00, ngày 17/12/2025.
2. Địa điểm: Hội trường A, Trung tâm Hành chính phường; kết nối trực tuyến đến điểm cầu Đảng ủy Công an phường.
3. Hình thức: trực tiếp kết hợp trực tuyến.
4. Chủ trì hội nghị: Đ/c Lâm Quốc Thái – Bí thư Đảng ủy phường.
5. Thư ký: đ/c Dương Thị Hồng Nhung – Phó Chánh Văn phòng Đảng ủy.
6. Thành phần: Ủy viên BCH Đảng bộ phường: 27 đồng chí. Có mặt 25/27 đồng chí (01 đồng chí dự tại điểm cầu trực tuyến). Vắng 02 đồng chí có lý do: đ/c Thạch Văn Hòa (ốm); đ/c Huỳnh Kim Ngân (đi công tác nước ngoài theo đoàn thành phố).
NỘI DUNG VÀ DIỄN BIẾN
- Đ/c Phó Bí thư Thường trực Tống Minh Quân trình bày dự thảo Quy chế làm việc của BCH Đảng bộ phường nhiệm kỳ 2025 - 2030 và Chương trình kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra.
- Có 7 lượt ý kiến tham gia; đ/c Mẫn Thị Huyền đề nghị bổ sung chế độ báo cáo định kỳ của Đảng ủy Công an phường.
KẾT QUẢ BIỂU QUYẾT
a) Quy chế làm việc nhiệm kỳ 2025 - 2030: tán thành 25/25 đ/c; không tán thành: không; không biểu quyết: không.
b) Chương trình kiểm tra, giám sát năm 2026: 25 đ/c biểu quyết tán thành (100%).
c) Đề nghị Thành ủy tặng Bằng khen cho 02 tập thể, 03 cá nhân: 23 đ/c tán thành, 02 đ/c không tán thành.
d) Bầu bổ sung Phó Bí thư Đảng ủy phường (bỏ phiếu kín): phát ra 25 phiếu, thu về 25 phiếu, hợp lệ 25 phiếu; đồng chí Nghiêm Đức Trọng được 24/25 phiếu, đạt 96%, trúng cử Phó Bí thư Đảng ủy phường.
KẾT LUẬN VÀ PHÂN CÔNG
Thay mặt Ban Chấp hành, đ/c Bí thư kết luận và giao:
- Văn phòng Đảng ủy hoàn chỉnh, ban hành Quy chế làm việc trước ngày 25/12/2025.
- Ủy ban Kiểm tra Đảng ủy triển khai Chương trình kiểm tra, giám sát năm 2026 đến các chi, đảng bộ trực thuộc trong tháng 01/2026.
- Giao đ/c Nghiêm Đức Trọng chỉ đạo hoàn tất hồ sơ đề nghị khen thưởng, gửi Thành ủy trước ngày 22/12/2025.
Hội nghị bế mạc lúc 11h30 cùng ngày; biên bản đã thông qua, 25/25 đ/c nhất trí.
THƯ KÝ                                               CHỦ TRÌ HỘI NGHỊ
                                                     BÍ THƯ ĐẢNG ỦY PHƯỜNG
Dương Thị Hồng Nhung                                 Lâm Quốc Thái
""", G("bien_ban", "ĐẢNG ỦY PHƯỜNG VĨNH LỘC TRUNG", "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "41-BB/ĐU", "Vĩnh Lộc Trung", "2025-12-17",
       "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 3 (khóa I, nhiệm kỳ 2025 - 2030)",
       M("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 3", "hội nghị BCH", "08:00", "11:30", "2025-12-17",
         "Hội trường A, Trung tâm Hành chính phường", ["Lâm Quốc Thái"], "Dương Thị Hồng Nhung", "trực tiếp kết hợp trực tuyến"),
       A(27, None, None, 25, 2, [("Thạch Văn Hòa", "ốm"), ("Huỳnh Kim Ngân", "đi công tác nước ngoài theo đoàn thành phố")]),
       [D("vote", "Quy chế làm việc nhiệm kỳ 2025 - 2030", None, 25, 0, 0, 25, "thông qua"),
        D("vote", "Chương trình kiểm tra, giám sát năm 2026", None, 25, None, None, 25, "thông qua"),
        D("vote", "Đề nghị Thành ủy tặng Bằng khen cho 02 tập thể, 03 cá nhân", None, 23, 2, None, 25, "thông qua"),
        D("election", "Bầu bổ sung Phó Bí thư Đảng ủy phường", "Nghiêm Đức Trọng", 24, None, None, 25, "trúng cử"),
        D("vote", "thông qua biên bản", None, 25, None, None, 25, "thông qua")],
       [],
       [K("hoàn chỉnh, ban hành Quy chế làm việc", "Văn phòng Đảng ủy", "trước ngày 25/12/2025"),
        K("triển khai Chương trình kiểm tra, giám sát năm 2026 đến các chi, đảng bộ trực thuộc", "Ủy ban Kiểm tra Đảng ủy", "trong tháng 01/2026"),
        K("chỉ đạo hoàn tất hồ sơ đề nghị khen thưởng, gửi Thành ủy", "đ/c Nghiêm Đức Trọng", "trước ngày 22/12/2025")],
       [S("THƯ KÝ", None, "Dương Thị Hồng Nhung"), S("CHỦ TRÌ HỘI NGHỊ", "BÍ THƯ ĐẢNG ỦY PHƯỜNG", "Lâm Quốc Thái")],
       [],
       ["25/27", "25/25", "23 đ/c tán thành", "02 đ/c không tán thành", "24/25 phiếu", "96%", "02 tập thể, 03 cá nhân", "7 lượt ý kiến"],
       ["41-BB/ĐU", "8h00", "17/12/2025", "LẦN THỨ 3", "2025 - 2030", "11h30"]))

# 15 --------------------------------------------------------------------------------------
DOCS["tin_ubnd_xa_tongket_tructuyen"] = ("""Cổng TTĐT xã Hòa Phong Nam | Đăng nhập
Tin tức > Chính quyền
UBND xã Hòa Phong Nam tổng kết năm 2025: 18/20 chỉ tiêu đạt và vượt kế hoạch
27/12/2025 - 09:15 | Lượt xem: 1.245
Chiều 26/12, UBND xã Hòa Phong Nam tổ chức hội nghị trực tuyến tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối từ điểm cầu chính tại hội trường UBND xã đến 14 điểm cầu thôn.
Ông Kha Văn Mười - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị. Dự có bà Tôn Thị Ngọc Lan - Bí thư Đảng ủy, Chủ tịch HĐND xã.
Năm 2025, trong điều kiện vừa vận hành chính quyền hai cấp, xã có 18/20 chỉ tiêu đạt và vượt kế hoạch. Thu ngân sách trên địa bàn đạt 41,3 tỷ đồng, bằng 114,7% dự toán (36 tỷ đồng). Tỷ lệ hộ nghèo giảm còn 1,45%, đạt chỉ tiêu Nghị quyết (dưới 1,5%). Có 3/3 thôn được công nhận thôn nông thôn mới kiểu mẫu. Tuy nhiên, chỉ tiêu trường đạt chuẩn quốc gia chỉ đạt 1/2 trường, chưa đạt kế hoạch; giải ngân vốn đầu tư công mới đạt 88,6%.
Ông Kha Văn Mười phát biểu tại hội nghị. Ảnh: Minh Triết
Về nhiệm vụ năm 2026, xã phấn đấu thu ngân sách 40 tỷ đồng; giữ tỷ lệ hộ nghèo dưới 1,2%. Chủ tịch UBND xã giao Phòng Kinh tế hoàn thành hồ sơ công nhận Trường Tiểu học Phong An đạt chuẩn quốc gia trong quý II/2026; giao Văn phòng HĐND-UBND tham mưu ban hành kế hoạch cải cách hành chính năm 2026 trước ngày 10/01/2026. Các thôn khẩn trương xây dựng kế hoạch phòng chống thiên tai mùa mưa bão 2026.
Tại hội nghị, UBND xã tặng Giấy khen cho 12 tập thể và 27 cá nhân có thành tích xuất sắc.
Minh Triết
In trang | Gửi email | Về đầu trang
Các tin khác
- Xã Hòa Phong Nam ra mắt Tổ công nghệ số cộng đồng (20/12/2025)
Bản quyền © 2025 UBND xã Hòa Phong Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", G("tin_hoi_nghi", "UBND xã Hòa Phong Nam", None, None, None, "2025-12-26",
       "UBND xã Hòa Phong Nam tổng kết năm 2025: 18/20 chỉ tiêu đạt và vượt kế hoạch",
       M("hội nghị trực tuyến tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026", "hội nghị", None, None, "2025-12-26",
         "hội trường UBND xã", ["Kha Văn Mười"], None, "trực tuyến"),
       None,
       [],
       [T("Thu ngân sách trên địa bàn", 36, 41.3, "tỷ đồng", "năm 2025", "vượt"),
        T("Tỷ lệ hộ nghèo", 1.5, 1.45, "%", "năm 2025", "đạt"),
        T("thôn nông thôn mới kiểu mẫu", 3, 3, "thôn", "năm 2025", "đạt"),
        T("trường đạt chuẩn quốc gia", 2, 1, "trường", "năm 2025", "chưa đạt"),
        T("thu ngân sách", 40, None, "tỷ đồng", "năm 2026", None),
        T("tỷ lệ hộ nghèo", 1.2, None, "%", "năm 2026", None)],
       [K("hoàn thành hồ sơ công nhận Trường Tiểu học Phong An đạt chuẩn quốc gia", "Phòng Kinh tế", "trong quý II/2026"),
        K("tham mưu ban hành kế hoạch cải cách hành chính năm 2026", "Văn phòng HĐND-UBND", "trước ngày 10/01/2026"),
        K("khẩn trương xây dựng kế hoạch phòng chống thiên tai mùa mưa bão 2026", "Các thôn", None)],
       [],
       [],
       ["18/20 chỉ tiêu", "41,3 tỷ đồng", "114,7%", "1,45%", "3/3 thôn", "1/2 trường", "88,6%", "12 tập thể và 27 cá nhân"],
       ["Lượt xem: 1.245", "27/12/2025 - 09:15", "14 điểm cầu", "20/12/2025", "Chiều 26/12", "Bản quyền © 2025"]))
