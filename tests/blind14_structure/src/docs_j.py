T["tin02_daihoi_db_xa_quang_phu_2025"] = """
Trang chủ » Tin tức » Chính trị
Đại hội đại biểu Đảng bộ xã Quảng Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
26/07/2025 08:30
A A A  |  In  |  Gửi email  |  Chia sẻ Facebook  Zalo
Ngày 25/7, Đảng bộ xã Quảng Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Trịnh Văn Hùng, Phó Bí thư Tỉnh ủy; lãnh đạo các ban, sở, ngành của tỉnh.
Về dự đại hội có 212/215 đại biểu được triệu tập, đại diện cho hơn 2.140 đảng viên của 58 chi, đảng bộ trực thuộc. Đoàn Chủ tịch đại hội gồm các đồng chí: Lê Văn Hòa, Phạm Thị Ngọc Ánh, Nguyễn Đình Cường.
Các đại biểu dự đại hội. Ảnh: Minh Khoa
Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ 2020 - 2025, các đảng bộ xã cũ (Quảng Phú, Quảng Thọ, Quảng Tâm) có 18/20 chỉ tiêu đạt và vượt. Thu nhập bình quân đầu người năm 2025 ước đạt 68,5 triệu đồng, vượt mục tiêu Nghị quyết (65 triệu đồng); tỷ lệ hộ nghèo giảm còn 1,35% (Nghị quyết đề ra dưới 2%); tỷ lệ lao động qua đào tạo đạt 72%, chưa đạt mục tiêu 75%. Nhiệm kỳ qua kết nạp 236 đảng viên.
Đại hội xác định mục tiêu đến năm 2030: thu nhập bình quân đầu người đạt 100 triệu đồng/năm; tỷ lệ hộ nghèo dưới 1%; kết nạp từ 250 đảng viên trở lên trong nhiệm kỳ.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Hùng đề nghị Ban Chấp hành khóa mới sớm cụ thể hóa Nghị quyết thành chương trình hành động, ban hành trong tháng 8/2025; tập trung giải phóng mặt bằng khu công nghiệp, hoàn thành trước ngày 31/12/2025.
Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030. Tại phiên họp thứ nhất, Ban Chấp hành bầu đồng chí Lê Văn Hòa giữ chức Bí thư Đảng ủy xã với 31/31 phiếu (100%); đồng chí Phạm Thị Ngọc Ánh được bầu giữ chức Phó Bí thư Thường trực với 30/31 phiếu (96,77%).
Đại hội cũng bầu 14 đại biểu chính thức, 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Trước khi bế mạc, đại hội biểu quyết thông qua Nghị quyết Đại hội với 100% đại biểu có mặt tán thành.
Minh Khoa
Lượt xem: 2.406
Các tin khác:
• Hội nghị triển khai nhiệm vụ sau sắp xếp đơn vị hành chính (20/07/2025)
• Xã Quảng Phú ra mắt Trung tâm Phục vụ hành chính công (01/07/2025)
Về đầu trang
Bản quyền thuộc Cổng thông tin điện tử xã Quảng Phú
"""
GOLD["tin02_daihoi_db_xa_quang_phu_2025"] = doc(
    "tin_hoi_nghi", "Đảng bộ xã Quảng Phú", None, None, None, "2025-07-25",
    "Đại hội đại biểu Đảng bộ xã Quảng Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
    meeting("Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030", "đại hội", None, None, "2025-07-25", None,
            ["Lê Văn Hòa", "Phạm Thị Ngọc Ánh", "Nguyễn Đình Cường"], None),
    att(215, None, None, 212, 3, []),
    [dec("election", "bầu 31 đồng chí vào Ban Chấp hành Đảng bộ xã khóa I", None, None, None, None, None, "trúng cử"),
     dec("election", "bầu đồng chí Lê Văn Hòa giữ chức Bí thư Đảng ủy xã", "Lê Văn Hòa", 31, None, None, 31, "trúng cử"),
     dec("election", "Phó Bí thư Thường trực", "Phạm Thị Ngọc Ánh", 30, None, None, 31, "trúng cử"),
     dec("election", "bầu 14 đại biểu chính thức, 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh", None, None, None, None, None, "trúng cử"),
     dec("resolution", "thông qua Nghị quyết Đại hội", None, 212, None, None, 212, "thông qua")],
    [tg("Thu nhập bình quân đầu người", 65, 68.5, "triệu đồng", "nhiệm kỳ 2020 - 2025", "vượt"),
     tg("tỷ lệ hộ nghèo", 2, 1.35, "%", "nhiệm kỳ 2020 - 2025", "đạt"),
     tg("tỷ lệ lao động qua đào tạo", 75, 72, "%", "nhiệm kỳ 2020 - 2025", "chưa đạt"),
     tg("thu nhập bình quân đầu người đạt 100 triệu đồng/năm", 100, None, "triệu đồng", "đến năm 2030", None),
     tg("tỷ lệ hộ nghèo dưới 1%", 1, None, "%", "đến năm 2030", None),
     tg("kết nạp từ 250 đảng viên trở lên", 250, None, "đảng viên", "nhiệm kỳ 2025 - 2030", None)],
    [tk("cụ thể hóa Nghị quyết thành chương trình hành động", "Ban Chấp hành khóa mới", "trong tháng 8/2025"),
     tk("tập trung giải phóng mặt bằng khu công nghiệp", "Ban Chấp hành khóa mới", "trước ngày 31/12/2025")],
    [], [],
    ["212/215 đại biểu", "2.140 đảng viên", "18/20 chỉ tiêu", "68,5 triệu đồng", "1,35%", "236 đảng viên", "31/31 phiếu (100%)", "30/31 phiếu (96,77%)"],
    ["Lượt xem: 2.406", "26/07/2025 08:30", "2025 - 2030", "lần thứ I", "20/07/2025", "01/07/2025"])
PCT += [("tin02_daihoi_db_xa_quang_phu_2025", "(96,77%)", 30, 31)]

T["tin03_bch_huyen_tien_du_tongket_2024"] = """
BÁO ĐIỆN TỬ - XÂY DỰNG ĐẢNG
Huyện Tiên Du: 17/18 chỉ tiêu kinh tế - xã hội năm 2024 đạt và vượt kế hoạch
27/12/2024 14:20 | Theo dõi trên Google News
Sáng 27/12, Ban Chấp hành Đảng bộ huyện Tiên Du tổ chức Hội nghị lần thứ 23 tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 14 điểm cầu các xã, thị trấn. Đồng chí Nguyễn Thế Hùng, Bí thư Huyện ủy chủ trì hội nghị.
Dự hội nghị có 42/45 Ủy viên Ban Chấp hành Đảng bộ huyện.
Đồng chí Nguyễn Thế Hùng phát biểu khai mạc hội nghị. (Ảnh: Đức Thành)
Năm 2024, tổng thu ngân sách trên địa bàn đạt 1.215 tỷ đồng, bằng 121,5% dự toán (1.000 tỷ đồng). Toàn huyện kết nạp 452 đảng viên, đạt 113% chỉ tiêu (400 đảng viên). Tỷ lệ hộ nghèo giảm còn 0,62%, thấp hơn chỉ tiêu 0,7%. Tỷ lệ lao động qua đào tạo đạt 78,2%, chưa đạt chỉ tiêu 80%. Có 90,5% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên. Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: tiến độ giải phóng mặt bằng một số dự án trọng điểm còn chậm; vi phạm trật tự xây dựng, lấn chiếm đất công ở một vài xã chưa được xử lý dứt điểm; chất lượng sinh hoạt một số chi bộ nông thôn chưa cao.
Hội nghị thống nhất mục tiêu năm 2025: tăng trưởng giá trị sản xuất từ 10% trở lên; thu ngân sách trên địa bàn 1.100 tỷ đồng; kết nạp ít nhất 400 đảng viên.
Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy hoàn thành đại hội chi bộ trực thuộc trước ngày 31/3/2025; Ủy ban nhân dân huyện rà soát, đẩy nhanh giải ngân vốn đầu tư công, hoàn thành trong tháng 01/2025; Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát đại hội.
Hội nghị biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2025 với 42/42 Ủy viên Ban Chấp hành dự hội nghị tán thành.
Cũng tại hội nghị, Ban Chấp hành đã bầu bổ sung đồng chí Lương Thị Thu Trang, Trưởng Ban Dân vận Huyện ủy, vào Ban Thường vụ Huyện ủy với 40/42 phiếu (95,24%).
Đức Thành
Chia sẻ:  Facebook | Twitter | Zalo
TIN CÙNG CHUYÊN MỤC
Tiên Du trao Huy hiệu Đảng đợt 19/12
Hội nghị Ban Thường vụ Huyện ủy tháng 12
Bình luận (0)
"""
GOLD["tin03_bch_huyen_tien_du_tongket_2024"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ huyện Tiên Du", None, None, None, "2024-12-27",
    "Huyện Tiên Du: 17/18 chỉ tiêu kinh tế - xã hội năm 2024 đạt và vượt kế hoạch",
    meeting("Hội nghị lần thứ 23", "hội nghị BCH", None, None, "2024-12-27", None, ["Nguyễn Thế Hùng"], None,
            "trực tiếp kết hợp trực tuyến"),
    att(45, None, None, 42, 3, []),
    [dec("resolution", "thông qua Nghị quyết về nhiệm vụ năm 2025", None, 42, None, None, 42, "thông qua"),
     dec("election", "bầu bổ sung", "Lương Thị Thu Trang", 40, None, None, 42, "trúng cử")],
    [tg("tổng thu ngân sách trên địa bàn", 1000, 1215, "tỷ đồng", "năm 2024", "vượt"),
     tg("kết nạp 452 đảng viên", 400, 452, "đảng viên", "năm 2024", "vượt"),
     tg("Tỷ lệ hộ nghèo", 0.7, 0.62, "%", "năm 2024", "đạt"),
     tg("Tỷ lệ lao động qua đào tạo", 80, 78.2, "%", "năm 2024", "chưa đạt"),
     tg("tăng trưởng giá trị sản xuất từ 10% trở lên", 10, None, "%", "năm 2025", None),
     tg("thu ngân sách trên địa bàn 1.100 tỷ đồng", 1100, None, "tỷ đồng", "năm 2025", None),
     tg("kết nạp ít nhất 400 đảng viên", 400, None, "đảng viên", "năm 2025", None)],
    [tk("hoàn thành đại hội chi bộ trực thuộc", "các cấp ủy", "trước ngày 31/3/2025"),
     tk("rà soát, đẩy nhanh giải ngân vốn đầu tư công", "Ủy ban nhân dân huyện", "trong tháng 01/2025"),
     tk("tăng cường kiểm tra, giám sát đại hội", "Ủy ban Kiểm tra Huyện ủy", None)],
    [], [],
    ["42/45 Ủy viên", "1.215 tỷ đồng, bằng 121,5%", "452 đảng viên, đạt 113%", "0,62%", "78,2%", "90,5%", "40/42 phiếu (95,24%)"],
    ["27/12/2024 14:20", "Hội nghị lần thứ 23", "14 điểm cầu", "đợt 19/12", "Bình luận (0)", "31/3/2025"])
PCT += [("tin03_bch_huyen_tien_du_tongket_2024", "121,5%", 1215, 1000), ("tin03_bch_huyen_tien_du_tongket_2024", "đạt 113%", 452, 400),
        ("tin03_bch_huyen_tien_du_tongket_2024", "(95,24%)", 40, 42)]
