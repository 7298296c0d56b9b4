T = {}
T["bb01_cb_thon_thuongky_t9_2025"] = """ĐẢNG BỘ XÃ NAM PHƯỚC
CHI BỘ THÔN PHÚ ĐA
*
Số 07-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Phước, ngày 12 tháng 9 năm 2025
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2025
Vào hồi 19 giờ 30 phút, ngày 12/9/2025, tại Nhà văn hóa thôn Phú Đa, Chi bộ thôn Phú Đa tiến hành sinh hoạt thường kỳ tháng 9.
Chủ trì: đồng chí Lê Văn Trọng - Bí thư Chi bộ.
Thư ký: đồng chí Đỗ Thị Mai Hương - Chi ủy viên.
Dự có đồng chí Phan Quốc Bảo, Đảng ủy viên, phụ trách địa bàn thôn.
Chi bộ hiện có 27 đảng viên, trong đó 25 chính thức, 2 dự bị; có mặt 23 đồng chí, vắng 4 đồng chí (đồng chí Nguyễn Văn Tư, đồng chí Lê Thị Sen được miễn sinh hoạt; đồng chí Trần Minh Khoa đi làm ăn xa; đồng chí Huỳnh Thị Lụa ốm).
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 8
Đồng chí Bí thư thông qua báo cáo tình hình tháng 8. Trong tháng, thôn thu quỹ an sinh xã hội được 18,5 triệu đồng, đạt 61,67% kế hoạch năm (30 triệu đồng); vận động 112/118 hộ đăng ký gia đình văn hóa (94,92%). Cây lúa vụ hè thu thu hoạch 86 ha, năng suất bình quân 62 tạ/ha, vượt 2 tạ/ha so với chỉ tiêu chi bộ đề ra (60 tạ/ha).
Đảng viên đóng đảng phí đầy đủ, đúng kỳ.
II. Ý KIẾN THẢO LUẬN
- Đồng chí Võ Thị Nhàn: đề nghị sớm nạo vét kênh N2 trước mùa mưa.
- Đồng chí Phan Quốc Bảo: lưu ý chi bộ rà soát nguồn quần chúng ưu tú để bồi dưỡng, năm nay thôn mới kết nạp được 1/3 đảng viên theo chỉ tiêu.
III. BIỂU QUYẾT
Chi bộ biểu quyết thông qua nghị quyết tháng 9: 23/23 đồng chí có mặt tán thành.
Chi bộ xét đề nghị công nhận đảng viên chính thức cho đồng chí Trần Thị Ngọc Ánh: số đảng viên chính thức có mặt 21 đồng chí, tán thành 20, không tán thành 1.
IV. NHIỆM VỤ THÁNG 10
1. Ra quân nạo vét kênh N2, đồng chí Võ Thị Nhàn (Trưởng thôn) chủ trì, hoàn thành trước ngày 30/9/2025.
2. Chi ủy hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức gửi Đảng ủy xã trước ngày 20/9/2025.
3. Chi hội Phụ nữ vận động thu quỹ an sinh xã hội đạt kế hoạch trong quý IV/2025.
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.
THƯ KÝ
Đỗ Thị Mai Hương
T/M CHI BỘ
BÍ THƯ
Lê Văn Trọng
"""
T["bb02_cb_chuyende_q2_2024"] = """ĐẢNG BỘ HUYỆN CẨM XUYÊN
ĐẢNG ỦY XÃ CẨM LẠC
CHI BỘ TRƯỜNG THCS CẨM LẠC
Số 04-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Cẩm Lạc, ngày 18 tháng 6 năm 2024
BIÊN BẢN
Sinh hoạt chuyên đề quý II năm 2024
Chiều ngày 18/6/2024, tại phòng Hội đồng nhà trường, Chi bộ Trường THCS Cẩm Lạc tổ chức sinh hoạt chuyên đề quý II với chủ đề "Nâng cao chất lượng giáo dục mũi nhọn gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh". Đồng chí Thái Văn Hòa, Bí thư Chi bộ, Hiệu trưởng chủ trì buổi sinh hoạt. Người ghi biên bản: đồng chí Nguyễn Thị Thu Hà.
Thời gian bắt đầu: 14 giờ 00.
Tổng số đảng viên của chi bộ: 19 đồng chí. Có mặt: 18 đồng chí. Vắng: 01 đồng chí (Lê Thị Vân - đi tập huấn chuyên môn tại tỉnh, có lý do).
Đại biểu dự: đồng chí Hồ Sỹ Thành, Phó Bí thư Đảng ủy xã.
NỘI DUNG
1. Đồng chí Phạm Thị Lan, Phó Hiệu trưởng, trình bày chuyên đề. Năm học 2023 - 2024 nhà trường có 27 học sinh giỏi cấp huyện (kế hoạch 25 em), 4 học sinh giỏi cấp tỉnh (kế hoạch 5 em); tỷ lệ học sinh tốt nghiệp THCS đạt 99,2%.
2. Thảo luận: có 6 ý kiến. Đồng chí Trần Đức Minh đề nghị tăng thời lượng bồi dưỡng môn Toán; đồng chí Hồ Sỹ Thành đề nghị nhà trường phối hợp Hội Khuyến học xã khen thưởng kịp thời học sinh đạt giải.
3. Chi bộ biểu quyết thông qua chuyên đề: 18/18 đồng chí tán thành.
KẾT LUẬN CỦA CHỦ TRÌ
Chi bộ thống nhất giao nhiệm vụ:
- Tổ Khoa học tự nhiên xây dựng kế hoạch bồi dưỡng học sinh giỏi năm học 2024 - 2025, xong trước ngày 15/8/2024.
- Đồng chí Phạm Thị Lan chỉ đạo rà soát, phân loại học sinh ngay từ đầu năm học.
- Mỗi đảng viên đăng ký ít nhất 01 sản phẩm đổi mới phương pháp dạy học trong học kỳ I năm học 2024 - 2025.
Năm học 2024 - 2025 phấn đấu có từ 28 học sinh giỏi cấp huyện trở lên và ít nhất 5 học sinh giỏi cấp tỉnh.
Buổi sinh hoạt kết thúc vào lúc 16 giờ 30 cùng ngày, biên bản đã đọc lại cho chi bộ nghe và nhất trí thông qua.
NGƯỜI GHI BIÊN BẢN    CHỦ TRÌ
Nguyễn Thị Thu Hà    Thái Văn Hòa
"""
T["bb03_bch_phuong_lan4_2025"] = """ĐẢNG BỘ TỈNH ĐỒNG NAI\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG TRẢNG DÀI\t
*\tTrảng Dài, ngày 25 tháng 11 năm 2025
Số 19-BB/ĐU\t
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 4
(khóa I, nhiệm kỳ 2025 - 2030)
Thời gian: khai mạc 07 giờ 30, ngày 25/11/2025.
Địa điểm: Hội trường A, trụ sở Đảng ủy phường Trảng Dài.
Chủ trì hội nghị: đồng chí Nguyễn Hoàng Phúc - Bí thư Đảng ủy phường và đồng chí Tạ Thị Kim Oanh - Phó Bí thư Thường trực Đảng ủy phường.
Thư ký: đồng chí Lý Minh Đức - Phó Chánh Văn phòng Đảng ủy.
Ủy viên Ban Chấp hành dự: 33/35 đồng chí. Vắng 02 đồng chí: Đặng Văn Cường (công tác tại Thành phố Hồ Chí Minh), Mai Thị Hạnh (nghỉ ốm).
I. Các nội dung hội nghị xem xét
1. Báo cáo tình hình thực hiện nhiệm vụ 11 tháng, dự kiến chỉ tiêu năm 2026. Thu ngân sách 11 tháng đạt 412,5 tỷ đồng/dự toán năm 450 tỷ đồng (91,67%). Kết nạp 38 đảng viên, vượt chỉ tiêu năm (35 đảng viên). Tỷ lệ hộ nghèo còn 0,42%, chỉ tiêu năm không quá 0,5%.
2. Tờ trình bổ sung Quy chế làm việc của Ban Chấp hành.
3. Công tác cán bộ: xem xét cho thôi giữ chức Ủy viên Ban Thường vụ đối với đồng chí Trương Văn Lợi do chuyển công tác.
II. Kết quả biểu quyết
- Báo cáo 11 tháng: 33 đồng chí nhất trí (100% ủy viên có mặt).
- Quy chế làm việc sửa đổi: nhất trí 31, không nhất trí 0, có ý kiến khác 2.
- Đồng ý để đồng chí Trương Văn Lợi thôi giữ chức Ủy viên Ban Thường vụ: 32/33 phiếu đồng ý.
III. Kết luận
Năm 2026 phấn đấu thu ngân sách trên địa bàn đạt 480 tỷ đồng trở lên; giữ tỷ lệ hộ nghèo không quá 0,4%.
Giao Ủy ban nhân dân phường chỉ đạo quyết liệt thu nợ thuế, thực hiện trước ngày 31/12/2025.
Giao Văn phòng Đảng ủy hoàn thiện Quy chế làm việc sửa đổi, trình ký trước ngày 05/12/2025.
Giao Ban Xây dựng Đảng tham mưu quy trình kiện toàn Ban Thường vụ trong tháng 12/2025.
Hội nghị bế mạc lúc 11 giờ 20 phút.
T/M BAN CHẤP HÀNH
BÍ THƯ
Nguyễn Hoàng Phúc
THƯ KÝ HỘI NGHỊ
Lý Minh Đức
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (báo cáo);
- Các đồng chí Ủy viên BCH Đảng bộ phường;
- Lưu Văn phòng Đảng ủy.
"""
T["bb04_hdnd_xa_kyhop_2024"] = """HỘI ĐỒNG NHÂN DÂN
XÃ TÂN THẠNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/BB-HĐND
Tân Thạnh, ngày 20 tháng 12 năm 2024
BIÊN BẢN
Kỳ họp thứ mười hai, Hội đồng nhân dân xã Tân Thạnh khóa XI, nhiệm kỳ 2021 - 2026
Hôm nay, lúc 7 giờ 30 phút ngày 20 tháng 12 năm 2024, tại Hội trường UBND xã Tân Thạnh, huyện Thạnh Hóa, HĐND xã khai mạc kỳ họp thứ mười hai (kỳ họp thường lệ cuối năm 2024).
Chủ tọa kỳ họp: ông Huỳnh Văn Nhân - Chủ tịch HĐND xã; bà Dương Thị Kiều - Phó Chủ tịch HĐND xã.
Thư ký kỳ họp: bà Lâm Thị Ngọc Trâm - Công chức Văn phòng - Thống kê.
Đại biểu HĐND xã được triệu tập 25 vị, có mặt 23 vị, vắng 02 vị có lý do (ông Võ Thành Đạt đi chữa bệnh, bà Nguyễn Thị Bé Tư bận việc gia đình).
Khách mời: đại diện Thường trực HĐND huyện Thạnh Hóa, lãnh đạo Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã, trưởng 6 ấp.
Kỳ họp nghe UBND xã báo cáo kinh tế - xã hội năm 2024: tổng thu ngân sách trên địa bàn 14,86 tỷ đồng, đạt 106,14% dự toán HĐND xã giao (14 tỷ đồng); diện tích lúa 3 vụ 6.420 ha, đạt 98,77% kế hoạch (6.500 ha); tỷ lệ hộ nghèo 1,35% (chỉ tiêu giảm còn 1,5%).
Chỉ tiêu năm 2025: thu ngân sách 15,5 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1%; 100% ấp đạt chuẩn ấp văn hóa.
Có 9 lượt ý kiến thảo luận; ông Phạm Công Lý (Phó Chủ tịch UBND xã) giải trình ý kiến cử tri về tuyến đường ấp Bắc Đông.
Biểu quyết thông qua 5 nghị quyết bằng hình thức giơ tay:
- Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025: 23/23 đại biểu có mặt tán thành.
- Nghị quyết phê chuẩn dự toán ngân sách năm 2025: không tán thành 0, không biểu quyết 1, tán thành 22/23.
- Nghị quyết chương trình giám sát năm 2025 của HĐND xã và 2 nghị quyết còn lại: 23/23 tán thành.
Chủ tọa đề nghị UBND xã xây dựng kế hoạch thực hiện nghị quyết, ban hành trước ngày 10/01/2025; Ban Kinh tế - Xã hội HĐND xã giám sát tiến độ nhựa hóa tuyến đường ấp Bắc Đông trong quý I/2025.
Kỳ họp bế mạc lúc 11 giờ 00 cùng ngày.
THƯ KÝ KỲ HỌP\tCHỦ TỌA KỲ HỌP
\tCHỦ TỊCH HĐND XÃ
Lâm Thị Ngọc Trâm\tHuỳnh Văn Nhân
"""
