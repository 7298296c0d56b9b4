T["kl01_btv_du_xa_vinh_hanh_satlo"] = """
ĐẢNG BỘ TỈNH AN GIANG
ĐẢNG ỦY XÃ VĨNH HANH
*
Số 15-KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Vĩnh Hanh, ngày 07 tháng 8 năm 2025
KẾT LUẬN
của Ban Thường vụ Đảng ủy xã về công tác ứng phó sạt lở bờ sông, di dời hộ dân khẩn cấp
Ngày 05/8/2025, Ban Thường vụ Đảng ủy xã họp dưới sự chủ trì của đồng chí Lê Hoàng Phúc, Bí thư Đảng ủy xã, nghe Ủy ban nhân dân xã báo cáo tình hình sạt lở bờ sông Vàm Nao đoạn qua ấp Vĩnh Hòa và kết quả di dời hộ dân. Dự họp có các đồng chí Ủy viên Ban Thường vụ, Trưởng Công an xã, Chỉ huy trưởng Ban Chỉ huy Quân sự xã.
Theo báo cáo, từ đầu mùa mưa đến nay trên địa bàn xảy ra 4 điểm sạt lở với tổng chiều dài 380 m, làm 7 căn nhà bị sụp xuống sông, không có thiệt hại về người. Ủy ban nhân dân xã đã di dời khẩn cấp 48/63 hộ trong vùng nguy hiểm, đạt 76,19% kế hoạch di dời đến ngày 30/9/2025; hỗ trợ mỗi hộ 10 triệu đồng từ nguồn dự phòng ngân sách, tổng cộng 480 triệu đồng. Quỹ cứu trợ xã tiếp nhận 315 triệu đồng từ các nhà hảo tâm. Một số hộ còn tâm lý chờ đợi, chưa muốn di dời vì lo sinh kế; khu tái định cư chưa hoàn chỉnh hệ thống điện, nước sinh hoạt cho người dân.
Sau khi thảo luận, Ban Thường vụ Đảng ủy xã kết luận:
1. Biểu dương lực lượng công an, quân sự, đoàn thanh niên đã kịp thời giúp dân tháo dỡ, di chuyển tài sản.
2. Giao Ủy ban nhân dân xã hoàn thành di dời 15 hộ còn lại ra khỏi vùng sạt lở trước ngày 30/9/2025; bố trí tạm cư tại khu tái định cư Vĩnh Lợi.
3. Ủy ban nhân dân xã phối hợp Sở Nông nghiệp và Môi trường khảo sát, đề xuất kè khẩn cấp đoạn 380 m, báo cáo Ban Thường vụ trong tháng 8/2025.
4. Ủy ban Mặt trận Tổ quốc xã vận động, phân bổ Quỹ cứu trợ công khai, đúng đối tượng; niêm yết danh sách tại trụ sở ấp.
5. Chi bộ ấp Vĩnh Hòa phân công đảng viên bám hộ, tuyên truyền người dân không quay lại vùng nguy hiểm.
6. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kết luận này.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các đồng chí Ủy viên Ban Chấp hành;
- UBND xã, UBMTTQ xã;
- Chi bộ ấp Vĩnh Hòa;
- Lưu VPĐU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Lê Hoàng Phúc
"""
GOLD["kl01_btv_du_xa_vinh_hanh_satlo"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ VĨNH HANH", "ĐẢNG BỘ TỈNH AN GIANG", "15-KL/ĐU", "Vĩnh Hanh", "2025-08-07",
    "của Ban Thường vụ Đảng ủy xã về công tác ứng phó sạt lở bờ sông, di dời hộ dân khẩn cấp",
    meeting(None, "hội nghị", None, None, "2025-08-05", None, ["Lê Hoàng Phúc"], None),
    None, [],
    [tg("di dời khẩn cấp 48/63 hộ", 63, 48, "hộ", "đến ngày 30/9/2025", "tiến độ")],
    [tk("hoàn thành di dời 15 hộ còn lại ra khỏi vùng sạt lở", "Ủy ban nhân dân xã", "trước ngày 30/9/2025"),
     tk("phối hợp Sở Nông nghiệp và Môi trường khảo sát, đề xuất kè khẩn cấp đoạn 380 m, báo cáo Ban Thường vụ", "Ủy ban nhân dân xã", "trong tháng 8/2025"),
     tk("vận động, phân bổ Quỹ cứu trợ công khai, đúng đối tượng", "Ủy ban Mặt trận Tổ quốc xã", None),
     tk("phân công đảng viên bám hộ, tuyên truyền người dân không quay lại vùng nguy hiểm", "Chi bộ ấp Vĩnh Hòa", None),
     tk("theo dõi, đôn đốc việc thực hiện Kết luận này", "Văn phòng Đảng ủy", None)],
    [sg("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Hoàng Phúc")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Ủy viên Ban Chấp hành", "UBND xã, UBMTTQ xã", "Chi bộ ấp Vĩnh Hòa", "Lưu VPĐU"],
    ["4 điểm sạt lở", "380 m", "7 căn nhà", "48/63 hộ", "76,19%", "10 triệu đồng", "480 triệu đồng", "315 triệu đồng"],
    ["15-KL/ĐU", "05/8/2025", "30/9/2025", "tháng 8/2025"])
PCT += [("kl01_btv_du_xa_vinh_hanh_satlo", "76,19%", 48, 63)]

T["tin01_cb_tan_lap_van_son_t10"] = """
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Chi bộ thôn Tân Lập sinh hoạt thường kỳ tháng 10 gắn với kiểm điểm 9 tháng
Thứ Hai, 13/10/2025 - 16:05
Cỡ chữ: A- A+ | In bài | Chia sẻ
Tối 11/10, Chi bộ thôn Tân Lập, Đảng bộ xã Vân Sơn tổ chức sinh hoạt thường kỳ tháng 10. Đồng chí Hoàng Văn Chiến, Phó Bí thư Thường trực Đảng ủy xã dự và chỉ đạo. Đồng chí Nông Thị Lan, Bí thư Chi bộ chủ trì.
Chi bộ có 31 đảng viên, dự sinh hoạt 29 đồng chí; 2 đồng chí vắng có lý do (đi làm việc tại tỉnh Bắc Ninh).
Quang cảnh buổi sinh hoạt. Ảnh: Thu Hằng
Tại buổi sinh hoạt, chi bộ đánh giá kết quả 9 tháng năm 2025: toàn thôn trồng mới 46 ha rừng, vượt kế hoạch năm (40 ha); thu quỹ khuyến học được 24 triệu đồng, đạt 80% kế hoạch năm (30 triệu đồng); 100% hộ ký cam kết không trồng cây thuốc phiện. Thôn có 5 hộ nghèo, chiếm 3,2%, giảm 4 hộ so với đầu năm.
Nhiều ý kiến đảng viên tập trung vào việc giữ gìn vệ sinh môi trường, tu sửa nhà văn hóa thôn và vận động con em đi học đầy đủ. Đảng viên Hà Thị Mến phản ánh một số hộ còn thả rông gia súc, gây mất an toàn giao thông trên tuyến đường liên xã; đề nghị Ban công tác Mặt trận thôn đưa nội dung này vào hương ước và tổ chức nhắc nhở thường xuyên. Đảng viên Lục Văn Sình đề nghị chi ủy sớm có phương án sửa chữa tuyến đường nội thôn bị sạt lở sau bão số 10.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Chiến ghi nhận kết quả của chi bộ và đề nghị chi bộ hoàn thành thu quỹ khuyến học trước ngày 30/11/2025; phối hợp Ủy ban nhân dân xã khắc phục tuyến đường nội thôn bị sạt lở; quan tâm tạo nguồn phát triển đảng viên trong thanh niên.
Kết thúc buổi sinh hoạt, 100% đảng viên có mặt biểu quyết thông qua nghị quyết tháng 10 của chi bộ.
Thu Hằng - Văn phòng Đảng ủy xã
Lượt xem: 1.318
Tin liên quan
- Xã Vân Sơn ra quân tổng vệ sinh môi trường (08/10/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (02/10/2025)
Bình luận (0)
Họ tên * | Email * | Nội dung *
Gửi bình luận
© Cổng thông tin điện tử xã Vân Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
"""
GOLD["tin01_cb_tan_lap_van_son_t10"] = doc(
    "tin_hoi_nghi", "Chi bộ thôn Tân Lập", "Đảng bộ xã Vân Sơn", None, None, "2025-10-11",
    "Chi bộ thôn Tân Lập sinh hoạt thường kỳ tháng 10 gắn với kiểm điểm 9 tháng",
    meeting("sinh hoạt thường kỳ tháng 10", "thường kỳ", None, None, "2025-10-11", None, ["Nông Thị Lan"], None),
    att(31, None, None, 29, 2, []),
    [dec("resolution", "100% đảng viên có mặt biểu quyết thông qua nghị quyết tháng 10 của chi bộ", None, 29, None, None, 29, "thông qua")],
    [tg("trồng mới 46 ha rừng", 40, 46, "ha", "năm 2025", "vượt"),
     tg("thu quỹ khuyến học", 30, 24, "triệu đồng", "năm 2025", "tiến độ")],
    [tk("hoàn thành thu quỹ khuyến học", "chi bộ", "trước ngày 30/11/2025"),
     tk("phối hợp Ủy ban nhân dân xã khắc phục tuyến đường nội thôn bị sạt lở", "chi bộ", None)],
    [], [],
    ["31 đảng viên", "29 đồng chí", "46 ha", "24 triệu đồng, đạt 80%", "5 hộ nghèo, chiếm 3,2%", "giảm 4 hộ", "100% hộ"],
    ["Lượt xem: 1.318", "13/10/2025 - 16:05", "bão số 10", "Bình luận (0)", "02/10/2025", "08/10/2025"])
PCT += [("tin01_cb_tan_lap_van_son_t10", "đạt 80%", 24, 30)]
