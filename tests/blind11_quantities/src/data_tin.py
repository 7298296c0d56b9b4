from common import doc, P, G, S, num, pct

# ---------------------------------------------------------------- tin01 đảng ủy xã sơ kết 6 tháng (CLEAN)
doc("tin01_dangbo_xa_so_ket_6thang", "tin_hoi_nghi", """
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Đảng bộ xã Thanh Sơn sơ kết công tác 6 tháng đầu năm 2019
Thứ Năm, 11/07/2019 - 09:15 | Lượt xem: 1.387
Sáng ngày 10/7, Đảng ủy xã Thanh Sơn tổ chức hội nghị sơ kết công tác xây dựng Đảng, lãnh đạo thực hiện nhiệm vụ chính trị 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Dự hội nghị có đồng chí Đinh Công Lực, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy.
Theo báo cáo tại hội nghị, 6 tháng đầu năm tổng giá trị sản xuất trên địa bàn xã ước đạt 318,6 tỷ đồng, tăng 7,2% so với cùng kỳ năm 2018 (297,2 tỷ đồng). Vụ chiêm xuân toàn xã gieo cấy 1.120 ha lúa, năng suất bình quân 62,5 tạ/ha, sản lượng đạt 7.000 tấn. Thu ngân sách xã được 2,87 tỷ đồng, bằng 57,4% dự toán năm (5 tỷ đồng). Đường giao thông nông thôn được bê tông hóa thêm 4,6 km, vượt kế hoạch cả năm (4 km). Tỷ lệ hộ nghèo giảm còn 3,1%; giao quân đạt 27/27 thanh niên, đạt 100% chỉ tiêu.
Trong công tác xây dựng Đảng, Đảng bộ hiện có 19 chi bộ với 612 đảng viên. 6 tháng qua kết nạp được 11 đảng viên, đạt 55% chỉ tiêu năm (20 đảng viên); 17/19 chi bộ được kiểm tra, giám sát theo chương trình. Xã tiếp nhận 09 đơn thư, trong đó có 02 đơn thuộc thẩm quyền giải quyết của xã, đã giải quyết xong cả 02 đơn.
Ảnh: Quang cảnh hội nghị sơ kết.
Phát biểu chỉ đạo hội nghị, đồng chí Đinh Công Lực ghi nhận kết quả đạt được, đồng thời đề nghị Đảng ủy xã tập trung chỉ đạo các chỉ tiêu còn đạt thấp, nhất là thu ngân sách và phát triển đảng viên; chuẩn bị tốt các điều kiện tiến tới đại hội chi bộ và Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.
6 tháng cuối năm, Đảng bộ xã phấn đấu kết nạp thêm ít nhất 09 đảng viên, thu ngân sách đạt từ 100% dự toán trở lên, giữ vững 19/19 tiêu chí nông thôn mới.
Minh Tâm (Trung tâm Văn hóa - Thông tin huyện)
Chia sẻ\tIn bài\tGửi email
Tin liên quan:
- Huyện ủy triển khai nhiệm vụ trọng tâm quý III/2019 (08/07/2019)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 (02/07/2019)
- Xã Thanh Sơn ra quân làm đường giao thông nông thôn (25/06/2019)
""",
    checks=[
        ("318,6/297,2 -> 7,2", G("318,6", "297,2", "7,2")),
        ("1120 ha * 6,25 t/ha = 7000", num(1120) * num("6,25") == 7000),
        ("2,87/5 = 57,4", P("2,87", 5, "57,4")),
        ("4,6 > 4 vượt", num("4,6") > 4),
        ("27/27 = 100", P(27, 27, "100")),
        ("11/20 = 55", P(11, 20, "55")),
        ("20-11 = 9", 20 - 11 == 9),
        ("2 <= 9", 2 <= 9),
    ])

# ---------------------------------------------------------------- tin02 kỳ họp HĐND phường
doc("tin02_kyhop_hdnd_phuong_giua_nam", "tin_hoi_nghi", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CAM RANH
Tin hoạt động > Hội đồng nhân dân
HĐND phường Cam Nghĩa tổ chức kỳ họp thứ hai, khóa XII
Cập nhật: 16/07/2021 15:42 | Lượt xem: 2.046
(CRO) - Ngày 15/7, HĐND phường Cam Nghĩa khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ hai để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, quyết định nhiệm vụ 6 tháng cuối năm 2021.
HĐND phường có 25 đại biểu; dự kỳ họp có 21 đại biểu, 03 đại biểu vắng có lý do. Tham dự còn có đại diện Thường trực HĐND thành phố, lãnh đạo Đảng ủy, UBMTTQ Việt Nam phường và 18 tổ trưởng tổ dân phố.
Theo báo cáo của UBND phường, trong bối cảnh dịch Covid-19 diễn biến phức tạp, tổng thu ngân sách trên địa bàn 6 tháng đạt 7,38 tỷ đồng, bằng 49,2% dự toán năm (15 tỷ đồng), tăng 15% so với cùng kỳ năm 2020 (6,42 tỷ đồng). Trên địa bàn có 24 doanh nghiệp thành lập mới, gấp 2 lần cùng kỳ (15 doanh nghiệp). Phường đã chi hỗ trợ 1.312 người lao động và hộ kinh doanh gặp khó khăn do dịch với tổng số tiền 1,97 tỷ đồng. Công tác tuyển quân đạt 100% chỉ tiêu (16/16 thanh niên).
Tại kỳ họp, các đại biểu tập trung thảo luận về tình trạng ngập úng cục bộ tại tổ dân phố Nghĩa Cam, tiến độ dự án kè sông Cạn và việc cấp giấy chứng nhận quyền sử dụng đất còn chậm (mới cấp 142/230 hồ sơ đủ điều kiện).
Ảnh: Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp.
Phát biểu bế mạc, bà Nguyễn Thị Phương Thảo, Chủ tịch HĐND phường nhấn mạnh: với 7,83 tỷ đồng thu ngân sách 6 tháng, phường còn nhiều dư địa để hoàn thành dự toán, đề nghị UBND phường tăng cường chống thất thu, đôn đốc thu tiền sử dụng đất.
Kỳ họp đã biểu quyết thông qua 03 nghị quyết: Nghị quyết về nhiệm vụ 6 tháng cuối năm 2021; Nghị quyết điều chỉnh dự toán ngân sách năm 2021; Nghị quyết về chương trình giám sát năm 2022.
Thanh Nhàn
Ý kiến bạn đọc (0)\tIn trang\tLên đầu trang
Các tin khác:
- Kỳ họp thứ nhất HĐND thành phố khóa XII (30/06/2021)
- Ra mắt 12 tổ Covid cộng đồng tại phường Cam Lộc (12/07/2021)
""",
    planted=[
        ("attendance-mismatch", "03 đại biểu vắng có lý do",
         "21 có mặt + 3 vắng = 24 ≠ 25 đại biểu (phải vắng 04, hoặc có mặt 22).", 21 + 3 != 25),
        ("derived-mismatch", "gấp 2 lần cùng kỳ (15 doanh nghiệp)",
         "24/15 = 1,6 lần, không phải 2 lần.", num(24) / 15 != 2),
        ("figure-inconsistent", "với 7,83 tỷ đồng thu ngân sách 6 tháng",
         "cùng chỉ tiêu thu ngân sách 6 tháng đã nêu là 7,38 tỷ đồng (đảo chữ số).", num("7,83") != num("7,38")),
    ],
    checks=[
        ("7,38/15 = 49,2", P("7,38", 15, "49,2")),
        ("7,38/6,42 -> 15", G("7,38", "6,42", "15")),
        ("16/16 = 100", P(16, 16, "100")),
        ("142 < 230", 142 < 230),
        ("03 nghị quyết listed = 3", True),
    ])

# ---------------------------------------------------------------- tin03 ngành y tế huyện tổng kết
doc("tin03_nganh_y_te_huyen_tong_ket_2017", "tin_hoi_nghi", """
Sở Y tế tỉnh Sơn La - Tin tức hoạt động
Ngành y tế huyện Mai Sơn tổng kết công tác năm 2017
Ngày đăng: 19/01/2018 | Tác giả: Hoàng Yến | Lượt xem: 964
Ngày 18/01/2018, Trung tâm Y tế huyện Mai Sơn tổ chức hội nghị tổng kết công tác y tế năm 2017, triển khai nhiệm vụ năm 2018.
Năm 2017, toàn ngành đã khám bệnh cho 184.320 lượt người, tăng 9.860 lượt so với năm 2016 (176.460 lượt); điều trị nội trú 14.215 lượt bệnh nhân, công suất sử dụng giường bệnh đạt 112,4%. Công tác tiêm chủng mở rộng được duy trì: số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ là 1.526/1.562 trẻ, đạt tỷ lệ 98,7%. Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 11,8%, so với chỉ tiêu Nghị quyết HĐND huyện giao (dưới 11,5%) là vượt chỉ tiêu.
Toàn huyện có 18/21 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã, chiếm 85,71%; có 68 bác sĩ, bình quân 6,8 bác sĩ/vạn dân (dân số 100.000 người). Trong năm không để xảy ra dịch bệnh lớn; giám sát 1.246 cơ sở kinh doanh thực phẩm, trong đó 1.108 cơ sở đạt yêu cầu về an toàn thực phẩm.
Về công tác dân số, tỷ lệ sinh con thứ 3 trở lên là 14,2%, giảm 1,1 điểm phần trăm so với năm 2016 (15,3%). Toàn huyện có 21 trạm y tế, trong đó 16 trạm có bác sĩ làm việc thường xuyên. Nguồn thu sự nghiệp của Trung tâm đạt 92,6 tỷ đồng, tăng 8,4% so với năm 2016 (85,4 tỷ đồng).
Ảnh: Lãnh đạo UBND huyện trao giấy khen cho các tập thể có thành tích.
Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện đề nghị ngành y tế tiếp tục nâng cao chất lượng khám chữa bệnh, phấn đấu năm 2018 có thêm 02 xã đạt Bộ tiêu chí quốc gia về y tế (nâng lên 20/21 xã), tỷ lệ tiêm chủng đầy đủ từ 95% trở lên và tỷ lệ bao phủ bảo hiểm y tế trên 98%.
Dịp này, 06 tập thể và 15 cá nhân được UBND huyện tặng giấy khen.
Bài viết cùng chuyên mục:
- Tập huấn phòng chống dịch cúm A/H7N9 năm 2018 (15/01/2018)
- Khám sàng lọc miễn phí cho 350 người cao tuổi xã Chiềng Mung (10/01/2018)
Từ khóa: y tế cơ sở; tiêm chủng mở rộng; Mai Sơn
""",
    planted=[
        ("derived-mismatch", "tăng 9.860 lượt so với năm 2016",
         "184.320 - 176.460 = 7.860 lượt.", 184320 - 176460 != 9860),
        ("percent-mismatch", "1.526/1.562 trẻ, đạt tỷ lệ 98,7%",
         "1.526/1.562 = 97,7%.", not P(1526, 1562, "98,7")),
        ("target-status-mismatch", "là vượt chỉ tiêu",
         "11,8% không dưới 11,5% (chỉ tiêu trần) → chưa đạt chỉ tiêu.", not (num("11,8") < num("11,5"))),
    ],
    checks=[
        ("18/21 = 85,71", P(18, 21, "85,71")),
        ("68/10 vạn = 6,8", num(68) / 10 == num("6,8")),
        ("1108 < 1246", 1108 < 1246),
        ("18+2 = 20", 18 + 2 == 20),
        ("15,3-1,1 = 14,2", num("15,3") - num("1,1") == num("14,2")),
        ("92,6/85,4 -> 8,4", G("92,6", "85,4", "8,4")),
        ("16 <= 21", 16 <= 21),
    ])

# ---------------------------------------------------------------- tin04 đại hội Hội LHPN xã (CLEAN)
doc("tin04_daihoi_hoi_phu_nu_xa", "tin_hoi_nghi", """
Hội LHPN huyện Châu Thành > Hoạt động cơ sở
Đại hội đại biểu Phụ nữ xã Tân Thạnh lần thứ XXI, nhiệm kỳ 2021 - 2026
15/03/2021 08:20 - Lượt xem: 815
Ngày 13/3/2021, Hội Liên hiệp Phụ nữ xã Tân Thạnh tổ chức Đại hội đại biểu Phụ nữ xã lần thứ XXI, nhiệm kỳ 2021 - 2026. Về dự có 158 đại biểu chính thức đại diện cho hơn 2.100 hội viên của 12 chi hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2016 - 2021 Hội kết nạp 412 hội viên mới, nâng tổng số hội viên lên 2.146 chị, chiếm 78,4% tổng số phụ nữ từ 18 tuổi trở lên trên địa bàn (2.737 người). Các cấp Hội đã giúp 63 hộ phụ nữ nghèo thoát nghèo, vượt 26% chỉ tiêu nhiệm kỳ (50 hộ). Hội quản lý 14 tổ tiết kiệm và vay vốn với dư nợ 14,7 tỷ đồng cho 386 hộ vay, bình quân 38,1 triệu đồng/hộ; không có nợ quá hạn.
Nhiệm kỳ qua, các chi hội vận động xây dựng 27 căn "Mái ấm tình thương" với tổng trị giá 1,35 tỷ đồng, bình quân 50 triệu đồng/căn; tổ chức 96 buổi truyền thông về bình đẳng giới, phòng chống bạo lực gia đình cho 4.320 lượt hội viên, bình quân 45 lượt/buổi.
Phong trào "Xây dựng gia đình 5 không, 3 sạch" có 1.874 hộ hội viên đăng ký, trong đó 1.650 hộ đạt tiêu chí. Hằng năm Hội được Hội LHPN huyện xếp loại vững mạnh.
Ảnh: Ban Chấp hành Hội LHPN xã khóa XXI ra mắt đại hội.
Đại hội đề ra các chỉ tiêu nhiệm kỳ 2021 - 2026: thu hút từ 80% phụ nữ trong độ tuổi trở lên tham gia Hội; mỗi năm giúp ít nhất 10 hộ phụ nữ nghèo thoát nghèo; 100% chi hội có mô hình tiết kiệm.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa XXI gồm 15 chị, trong đó có 07 chị tái cử; bầu 09 đại biểu chính thức dự Đại hội đại biểu Phụ nữ huyện lần thứ XIII. Chị Võ Thị Ngọc Giàu tái đắc cử Chủ tịch Hội LHPN xã. Phát biểu chỉ đạo, đại diện Thường trực Hội LHPN huyện đề nghị Hội tiếp tục đổi mới phương thức hoạt động, hướng về chi hội, tổ phụ nữ.
Tin, ảnh: Thu Trang
Bài viết liên quan
- Hội LHPN xã An Hiệp tổ chức đại hội điểm nhiệm kỳ 2021 - 2026 (05/03/2021)
- Ra mắt 05 mô hình "Phụ nữ tiết kiệm" tại xã Phú Túc (26/02/2021)
Từ khóa: đại hội phụ nữ, nhiệm kỳ 2021 - 2026
Chia sẻ:\tFacebook\tZalo
""",
    checks=[
        ("2146/2737 = 78,4", P(2146, 2737, "78,4")),
        ("63 = 50 * 1,26 (vượt 26%)", P(63 - 50, 50, "26")),
        ("14700/386 = 38,1", pct(14700, 38600, 1) == "38,1"),
        ("1650 < 1874", 1650 < 1874),
        ("1350/27 = 50", num(1350) / 27 == 50),
        ("4320/96 = 45", num(4320) / 96 == 45),
        ("7 < 15", 7 < 15),
        ("2146 > 2100 (hơn 2.100)", 2146 > 2100),
    ])
