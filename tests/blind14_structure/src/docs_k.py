T["tin04_hdnd_xa_phuoc_son_ky6"] = """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC SƠN
Trang chủ / Hoạt động HĐND - UBND
HĐND xã Phước Sơn tổ chức Kỳ họp thứ 6, thông qua 8 nghị quyết quan trọng
Thứ Sáu, 19/12/2025 | 10:42
Ngày 18/12, HĐND xã Phước Sơn khóa I, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 6 (kỳ họp thường lệ cuối năm 2025). Ông Hồ Văn Tám, Chủ tịch HĐND xã chủ trì kỳ họp. Có 27/30 đại biểu HĐND xã tham dự; vắng 3 đại biểu: ông Lê Minh Trí, bà Y Thị Hoa đi công tác; ông Đinh Văn Ngọ bị ốm.
Quang cảnh kỳ họp. Ảnh: Bảo Châu
Theo báo cáo của UBND xã, năm 2025 thu ngân sách trên địa bàn đạt 41,8 tỷ đồng, bằng 110% dự toán HĐND xã giao (38 tỷ đồng); tỷ lệ hộ nghèo giảm còn 2,15% (chỉ tiêu dưới 2,5%); xây dựng 3 thôn đạt chuẩn nông thôn mới kiểu mẫu, đạt kế hoạch (3 thôn); tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12,4%, chưa đạt chỉ tiêu (dưới 12%).
Năm 2026, HĐND xã đề ra chỉ tiêu thu ngân sách trên địa bàn 44 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1,8%; trồng rừng tập trung ít nhất 150 ha.
Tại kỳ họp, các đại biểu đã chất vấn về tiến độ sửa chữa cầu tràn thôn 4 và việc chi trả chế độ cho người có công. Phó Chủ tịch UBND xã Nguyễn Thanh Bình đã giải trình, làm rõ các nội dung đại biểu quan tâm; cho biết cầu tràn đã có vốn sửa chữa từ nguồn phòng, chống thiên tai của tỉnh, dự kiến khởi công sau Tết Nguyên đán.
Kỳ họp đã thông qua 8 nghị quyết. Trong đó, Nghị quyết về dự toán ngân sách năm 2026 được thông qua với 26/27 đại biểu có mặt tán thành (96,3%), 1 đại biểu không tán thành; Nghị quyết về kế hoạch đầu tư công năm 2026 được 27/27 đại biểu tán thành (100%).
Bế mạc kỳ họp, ông Hồ Văn Tám đề nghị UBND xã khẩn trương triển khai các nghị quyết vừa được thông qua, ban hành kế hoạch thực hiện trước ngày 15/01/2026; các Ban HĐND xã giám sát việc sửa chữa cầu tràn thôn 4 trong quý I/2026.
Bảo Châu (Văn phòng HĐND và UBND xã)
Lượt truy cập: 986
Tin khác
» UBND xã Phước Sơn tổng kết công tác năm 2025 (16/12/2025)
» Tập huấn nghiệp vụ cho đại biểu HĐND xã (05/12/2025)
Bình luận
Chưa có bình luận nào.
Copyright © 2025 UBND xã Phước Sơn
"""
GOLD["tin04_hdnd_xa_phuoc_son_ky6"] = doc(
    "tin_hoi_nghi", "HĐND xã Phước Sơn", None, None, None, "2025-12-18",
    "HĐND xã Phước Sơn tổ chức Kỳ họp thứ 6, thông qua 8 nghị quyết quan trọng",
    meeting("Kỳ họp thứ 6 (kỳ họp thường lệ cuối năm 2025)", "hội nghị", None, None, "2025-12-18", None, ["Hồ Văn Tám"], None),
    att(30, None, None, 27, 3, [("Lê Minh Trí", "đi công tác"), ("Y Thị Hoa", "đi công tác"), ("Đinh Văn Ngọ", "bị ốm")]),
    [dec("resolution", "Nghị quyết về dự toán ngân sách năm 2026", None, 26, 1, None, 27, "thông qua"),
     dec("resolution", "Nghị quyết về kế hoạch đầu tư công năm 2026", None, 27, None, None, 27, "thông qua")],
    [tg("thu ngân sách trên địa bàn", 38, 41.8, "tỷ đồng", "năm 2025", "vượt"),
     tg("tỷ lệ hộ nghèo", 2.5, 2.15, "%", "năm 2025", "đạt"),
     tg("xây dựng 3 thôn đạt chuẩn nông thôn mới kiểu mẫu", 3, 3, "thôn", "năm 2025", "đạt"),
     tg("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", 12, 12.4, "%", "năm 2025", "chưa đạt"),
     tg("chỉ tiêu thu ngân sách trên địa bàn 44 tỷ đồng", 44, None, "tỷ đồng", "Năm 2026", None),
     tg("tỷ lệ hộ nghèo giảm còn dưới 1,8%", 1.8, None, "%", "Năm 2026", None),
     tg("trồng rừng tập trung ít nhất 150 ha", 150, None, "ha", "Năm 2026", None)],
    [tk("khẩn trương triển khai các nghị quyết vừa được thông qua, ban hành kế hoạch thực hiện", "UBND xã", "trước ngày 15/01/2026"),
     tk("giám sát việc sửa chữa cầu tràn thôn 4", "các Ban HĐND xã", "trong quý I/2026")],
    [], [],
    ["27/30 đại biểu", "41,8 tỷ đồng, bằng 110%", "2,15%", "12,4%", "8 nghị quyết", "26/27 đại biểu có mặt tán thành (96,3%)", "27/27"],
    ["Lượt truy cập: 986", "19/12/2025 | 10:42", "Kỳ họp thứ 6", "2021 - 2026", "thôn 4", "16/12/2025"])
PCT += [("tin04_hdnd_xa_phuoc_son_ky6", "bằng 110%", 41.8, 38), ("tin04_hdnd_xa_phuoc_son_ky6", "(96,3%)", 26, 27)]

T["tin05_cb_mn_hoa_sen_chuyende_q3_2023"] = """
Trường Mầm non Hoa Sen - Tin tức - Hoạt động Chi bộ
Chi bộ Trường Mầm non Hoa Sen sinh hoạt chuyên đề quý III năm 2023
Đăng lúc: 22/09/2023 15:47 - Người đăng: Quản trị
Chiều 21/9, Chi bộ Trường Mầm non Hoa Sen, Đảng bộ xã Tân Hội tổ chức sinh hoạt chuyên đề quý III năm 2023 với chủ đề “Đảng viên gương mẫu nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ”. Đồng chí Vũ Thị Thanh Mai, Bí thư Chi bộ, Hiệu trưởng nhà trường chủ trì; đồng chí Trịnh Thị Hiền làm thư ký.
Thành phần dự sinh hoạt:
- Đảng viên của chi bộ: 16 đồng chí (15 chính thức, 1 dự bị);
- Có mặt: 15 đồng chí (14 chính thức, 1 dự bị);
- Vắng: 1 đồng chí Trần Thị Ngọc Bích, lý do: đi tập huấn chương trình giáo dục mầm non tại Sở.
Đồng chí Lê Thị Kim Dung, Phó Hiệu trưởng trình bày chuyên đề. Năm học 2022 - 2023, nhà trường có tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm còn 1,9% (chỉ tiêu năm học dưới 3%); tỷ lệ huy động trẻ 3 - 5 tuổi ra lớp đạt 98,4%, vượt chỉ tiêu 97%; 100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non.
Hình ảnh buổi sinh hoạt chuyên đề (Ảnh: Tổ Văn phòng)
Tham gia ý kiến, đồng chí Phan Thu Trang đề nghị xây dựng thực đơn theo mùa, tăng món ăn từ rau, củ tại vườn trường; đồng chí Nguyễn Thị Hảo đề nghị tăng cường trao đổi với phụ huynh qua nhóm Zalo lớp, hướng dẫn phụ huynh theo dõi biểu đồ tăng trưởng của trẻ tại nhà và phối hợp điều chỉnh khẩu phần đối với trẻ thừa cân.
Chi bộ thống nhất chỉ tiêu năm học 2023 - 2024: tỷ lệ trẻ suy dinh dưỡng không quá 2%; tỷ lệ huy động trẻ ra lớp từ 98% trở lên. Chi bộ giao đồng chí Lê Thị Kim Dung xây dựng thực đơn mới, áp dụng từ ngày 02/10/2023; tổ chuyên môn tổ chức chuyên đề “Bé vui học qua trải nghiệm” trong tháng 11/2023.
Chi bộ thống nhất thông qua nghị quyết chuyên đề với 14/14 đảng viên chính thức có mặt tán thành. Buổi sinh hoạt kết thúc lúc 17 giờ 00 cùng ngày.
Tin cùng chuyên mục
- Chi bộ sinh hoạt thường kỳ tháng 9/2023
- Lễ khai giảng năm học 2023 - 2024
Tổng số lượt xem: 412 | Đánh giá: ★★★★☆
Bản quyền © Trường Mầm non Hoa Sen
"""
GOLD["tin05_cb_mn_hoa_sen_chuyende_q3_2023"] = doc(
    "tin_hoi_nghi", "Chi bộ Trường Mầm non Hoa Sen", "Đảng bộ xã Tân Hội", None, None, "2023-09-21",
    "Chi bộ Trường Mầm non Hoa Sen sinh hoạt chuyên đề quý III năm 2023",
    meeting("sinh hoạt chuyên đề quý III năm 2023", "chuyên đề", None, "17:00", "2023-09-21", None, ["Vũ Thị Thanh Mai"], "Trịnh Thị Hiền"),
    att(16, 15, 1, 15, 1, [("Trần Thị Ngọc Bích", "đi tập huấn chương trình giáo dục mầm non tại Sở")]),
    [dec("resolution", "thông qua nghị quyết chuyên đề", None, 14, None, None, 14, "thông qua")],
    [tg("tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", 3, 1.9, "%", "Năm học 2022 - 2023", "đạt"),
     tg("tỷ lệ huy động trẻ 3 - 5 tuổi ra lớp", 97, 98.4, "%", "Năm học 2022 - 2023", "vượt"),
     tg("tỷ lệ trẻ suy dinh dưỡng không quá 2%", 2, None, "%", "năm học 2023 - 2024", None),
     tg("tỷ lệ huy động trẻ ra lớp từ 98% trở lên", 98, None, "%", "năm học 2023 - 2024", None)],
    [tk("xây dựng thực đơn mới", "đồng chí Lê Thị Kim Dung", "từ ngày 02/10/2023"),
     tk("tổ chức chuyên đề “Bé vui học qua trải nghiệm”", "tổ chuyên môn", "trong tháng 11/2023")],
    [], [],
    ["16 đồng chí", "15 đồng chí", "1,9%", "98,4%", "100% trẻ 5 tuổi", "14/14"],
    ["22/09/2023 15:47", "Tổng số lượt xem: 412 | Đánh giá: ★★★★☆", "17 giờ 00", "2022 - 2023", "quý III năm 2023", "02/10/2023"])
