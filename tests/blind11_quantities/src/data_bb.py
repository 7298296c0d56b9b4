from common import doc, P, G, S, num, pct

# ---------------------------------------------------------------- bb01 chi bộ bản, định kỳ
doc("bb01_chibo_ban_thang9", "bien_ban", """
ĐẢNG BỘ XÃ MƯỜNG KHIÊNG\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ BẢN NONG HẠ
*
BIÊN BẢN
SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2024
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 10/9/2024.
- Địa điểm: Nhà văn hóa bản Nong Hạ.
- Chủ trì: đồng chí Lò Văn Thắm, Bí thư chi bộ. Thư ký: đồng chí Hà Thị Nguyệt, chi ủy viên.
- Tổng số đảng viên của chi bộ: 31 đồng chí (chính thức 28, dự bị 03); số đảng viên được miễn sinh hoạt: 02 đồng chí.
- Đảng viên có mặt: 26 đồng chí.
- Vắng mặt 06 đồng chí, gồm: 02 đồng chí được miễn sinh hoạt; vắng có lý do 03 đồng chí: Quàng Văn Phanh (ốm, đang điều trị tại bệnh viện huyện), Lường Thị Ỉn (đi làm ăn xa); vắng không có lý do 01 đồng chí: Cà Văn Tuân.
I. NỘI DUNG SINH HOẠT
1. Đồng chí Bí thư thông tin thời sự trong tháng; quán triệt Kế hoạch số 112-KH/ĐU ngày 28/8/2024 của Đảng ủy xã về tổ chức Tết Độc lập 2-9 và Kết luận số 87-KL/ĐU về phòng, chống thiên tai năm 2024.
2. Đánh giá kết quả tháng 8/2024:
- Bản hiện có 214 hộ với 967 nhân khẩu; trong đó 19 hộ nghèo, 23 hộ cận nghèo. Chi bộ phân công 06 đảng viên theo dõi, giúp đỡ các hộ nghèo ở xóm Pá Khoang.
- Vụ mùa gieo cấy được 46,5 ha lúa trên 45 ha kế hoạch, đạt 103,3%; ngô thu đông đã xuống giống 12 ha.
- Vận động 11 hộ hiến đất mở rộng đường nội bản, tổng diện tích 385 m², bình quân 35 m²/hộ. Tuyến đường dài 1,2 km đã đổ bê tông được 0,75 km, còn lại 0,45 km sẽ hoàn thành trong tháng 10.
- Thu đảng phí tháng 8 được 1.240.000 đồng, đã nộp đủ về Văn phòng Đảng ủy xã ngày 05/9.
3. Ý kiến thảo luận:
- Đồng chí Lường Văn Đôi: đề nghị chi ủy sớm họp với Ban quản lý bản để thống nhất phương án huy động ngày công làm đường, mỗi hộ 03 ngày công.
- Đồng chí Hà Thị Nguyệt: nhắc nhở đảng viên đóng đảng phí đúng hạn, tham gia đầy đủ buổi học Nghị quyết do Đảng ủy xã tổ chức ngày 20/9.
- Đồng chí Quàng Thị Xiêm: đề nghị tăng cường tuần tra bảo vệ rừng, nhất là khu rừng đầu nguồn Huổi Lẹ.
4. Đồng chí chủ trì kết luận, đề ra nhiệm vụ tháng 9/2024: hoàn thành thu hoạch lúa mùa; làm xong 0,45 km đường còn lại; rà soát, đề nghị xét kết nạp 01 quần chúng ưu tú vào Đảng trong quý IV; giữ vững an ninh trật tự trên địa bàn.
II. BIỂU QUYẾT
Chi bộ biểu quyết thông qua Nghị quyết tháng 9 với 22/22 đồng chí đảng viên chính thức có mặt: tán thành 21 đồng chí, không tán thành 0, ý kiến khác 02 đồng chí.
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được thông qua trước chi bộ, các đảng viên dự họp nhất trí.
THƯ KÝ\tCHỦ TRÌ
Hà Thị Nguyệt\tLò Văn Thắm
""",
    planted=[
        ("attendance-mismatch", "Đảng viên có mặt: 26 đồng chí",
         "31 đảng viên, vắng 06 → có mặt phải là 25 (26 + 6 = 32 ≠ 31).", 26 + 6 != 31),
        ("absentee-count-mismatch", "vắng có lý do 03 đồng chí",
         "chỉ nêu tên 2 người vắng có lý do (Quàng Văn Phanh, Lường Thị Ỉn); số đúng theo danh sách là 02 (hoặc thiếu 1 tên).", 3 != 2),
        ("vote-mismatch", "ý kiến khác 02 đồng chí",
         "21 + 0 + 2 = 23 ≠ 22 đảng viên chính thức có mặt biểu quyết; đúng phải là ý kiến khác 01.", 21 + 0 + 2 != 22),
    ],
    checks=[
        ("28+3=31", 28 + 3 == 31),
        ("46,5/45 = 103,3%", P("46,5", 45, "103,3")),
        ("385/11 = 35", num(385) / 11 == 35),
        ("1,2-0,75 = 0,45", num("1,2") - num("0,75") == num("0,45")),
        ("absent 6 = 2 miễn + 3 có lý do + 1 không lý do", 2 + 3 + 1 == 6),
        ("chính thức có mặt 22 = 28 - 2 miễn - 4 vắng", 28 - 2 - 4 == 22),
        ("resolution valid: 21 > (28-2)/2", 21 > (28 - 2) / 2),
    ])

# ---------------------------------------------------------------- bb02 hội nghị BCH đảng bộ xã
doc("bb02_bch_dangbo_xa_lan27", "bien_ban", """
ĐẢNG BỘ HUYỆN ĐỒNG XUÂN\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ XUÂN LÃNH
*
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 27
(khóa XVI, nhiệm kỳ 2020 - 2025)
Thời gian: khai mạc lúc 7 giờ 30 phút ngày 12 tháng 10 năm 2023, tại Hội trường Đảng ủy xã.
Chủ trì: đồng chí Huỳnh Tấn Lộc, Bí thư Đảng ủy. Thư ký: đồng chí Võ Thị Kim Thoa, Văn phòng Đảng ủy.
Thành phần: Ban Chấp hành Đảng bộ xã hiện có 15 đồng chí; có mặt 11 đồng chí; vắng 04 đồng chí: Nguyễn Văn Hòa (đi học lớp cao cấp lý luận chính trị), Trần Thị Bích (nghỉ thai sản), Lê Văn Cường (ốm), Phạm Ngọc Sơn (đi công tác tại huyện). Dự hội nghị có đồng chí Đoàn Minh Trí, Huyện ủy viên, phụ trách địa bàn.
I. DIỄN BIẾN HỘI NGHỊ
1. Đồng chí Phó Bí thư Thường trực trình bày dự thảo báo cáo kết quả lãnh đạo 9 tháng, nhiệm vụ quý IV năm 2023:
- Tổng thu ngân sách trên địa bàn 9 tháng ước đạt 2,64 tỷ đồng, bằng 82,5% dự toán năm (3,2 tỷ đồng), tăng 10% so với cùng kỳ năm 2022 (2,4 tỷ đồng).
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2% dân số, chỉ tiêu Nghị quyết năm 2023 là 93%, đã hoàn thành chỉ tiêu Nghị quyết.
- Xã duy trì 19/19 tiêu chí nông thôn mới; thôn Phú Sen đạt chuẩn thôn nông thôn mới kiểu mẫu.
- Công tác phát triển đảng viên: 9 tháng kết nạp được 09 đảng viên mới, bằng 80% chỉ tiêu cả năm (12 đảng viên); 03 chi bộ chưa kết nạp được đảng viên.
- Công tác kiểm tra, giám sát: Ủy ban Kiểm tra Đảng ủy kiểm tra 04 tổ chức đảng và 06 đảng viên theo Chương trình số 05-CTr/UBKT.
2. Thảo luận:
- Đồng chí Lê Thị Hạnh đề nghị làm rõ nguyên nhân 03 chi bộ thôn chưa kết nạp được đảng viên, trong đó có 02 chi bộ có nguồn nhưng chưa hoàn thiện hồ sơ.
- Đồng chí Nguyễn Hữu Phước đề nghị UBND xã tập trung thu các khoản thu từ đất còn tồn đọng khoảng 0,56 tỷ đồng để hoàn thành dự toán.
- Đồng chí Đoàn Minh Trí ghi nhận kết quả, đề nghị quý IV phải kết nạp thêm ít nhất 03 đảng viên để đạt chỉ tiêu năm.
3. Biểu quyết:
- Nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV năm 2023: 11/11 đồng chí có mặt tán thành (100%); Hội nghị thông qua.
- Nghị quyết chuyên đề về chuyển đổi 35 ha đất lúa kém hiệu quả sang trồng cây ăn quả giai đoạn 2023 - 2025: tán thành 7/11 đồng chí có mặt (63,6%), không tán thành 04 đồng chí; Hội nghị thống nhất thông qua Nghị quyết.
Hội nghị bế mạc lúc 11 giờ 20 phút cùng ngày. Biên bản đã đọc lại cho Hội nghị nghe và nhất trí thông qua.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Võ Thị Kim Thoa\tHuỳnh Tấn Lộc
""",
    planted=[
        ("target-status-mismatch", "đã hoàn thành chỉ tiêu Nghị quyết",
         "91,2% < chỉ tiêu 93% → chưa đạt chỉ tiêu.", num("91,2") < 93),
        ("percent-mismatch", "bằng 80% chỉ tiêu cả năm",
         "09/12 = 75%.", not P(9, 12, "80")),
        ("resolution-not-passed", "tán thành 7/11 đồng chí có mặt",
         "7 tán thành ≤ 15/2 ủy viên BCH (phải > 7,5, tức ít nhất 8) → nghị quyết chuyên đề không được thông qua.", not (7 > 15 / 2)),
    ],
    checks=[
        ("2,64/3,2 = 82,5%", P("2,64", "3,2", "82,5")),
        ("tăng 10% so với 2,4", G("2,64", "2,4", "10")),
        ("11 + 4 = 15", 11 + 4 == 15),
        ("4 names absent", True),
        ("7/11 = 63,6%", P(7, 11, "63,6")),
        ("7 + 4 = 11", 7 + 4 == 11),
        ("11/11 > 7,5", 11 > 15 / 2),
        ("3,2 - 2,64 = 0,56", num("3,2") - num("2,64") == num("0,56")),
        ("12 - 9 = 3", 12 - 9 == 3),
    ])

# ---------------------------------------------------------------- bb03 kiểm phiếu đại hội chi bộ
doc("bb03_kiemphieu_daihoi_chibo", "bien_ban", """
ĐẢNG BỘ PHƯỜNG HIỆP THÀNH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 4
*
ĐẠI HỘI CHI BỘ KHU PHỐ 4
NHIỆM KỲ 2025 - 2027
BIÊN BẢN KIỂM PHIẾU
bầu chi ủy và bầu đại biểu dự Đại hội Đảng bộ phường
Hôm nay, lúc 10 giờ 05 phút ngày 24 tháng 4 năm 2025, tại Hội trường khu phố 4, Ban Kiểm phiếu gồm 03 đồng chí: Võ Thành Nhân (Trưởng ban), Lý Thị Bé Năm, Phan Hoàng Long (không có tên trong danh sách bầu cử) đã tiến hành kiểm phiếu dưới sự giám sát của Đoàn Chủ tịch Đại hội.
Tổng số đảng viên của chi bộ: 37 đồng chí, trong đó 34 đảng viên chính thức, 03 đảng viên dự bị. Đảng viên chính thức được triệu tập: 34; có mặt tại Đại hội: 32 đồng chí (vắng 02 đồng chí có lý do).
A. BẦU CHI ỦY (số lượng 05 đồng chí; danh sách bầu cử 06 đồng chí)
- Số phiếu phát ra: 32 phiếu.
- Số phiếu thu vào: 32 phiếu.
- Số phiếu hợp lệ: 31 phiếu.
- Số phiếu không hợp lệ: 02 phiếu (01 phiếu gạch tên quá quy định).
Kết quả số phiếu bầu cho từng đồng chí (theo thứ tự trong danh sách bầu cử):
TT\tHọ và tên\tSố phiếu bầu
1\tTrịnh Văn Bảo\t31
2\tLê Thị Ngọc Ánh\t29
3\tHồ Minh Đức\t34
4\tNguyễn Thị Diệu Hiền\t27
5\tĐặng Quốc Việt\t22
6\tCao Văn Phúc\t12
Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có số phiếu bầu quá một nửa so với tổng số phiếu hợp lệ, lấy theo thứ tự từ cao xuống thấp, đã trúng cử vào Chi ủy Chi bộ Khu phố 4 nhiệm kỳ 2025 - 2027 gồm 05 đồng chí: Trịnh Văn Bảo, Lê Thị Ngọc Ánh, Hồ Minh Đức, Nguyễn Thị Diệu Hiền, Đặng Quốc Việt.
B. BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ PHƯỜNG (số lượng 02 đại biểu chính thức)
- Số phiếu phát ra: 32 phiếu; số phiếu thu vào: 32 phiếu; số phiếu hợp lệ: 31 phiếu; số phiếu không hợp lệ: 01 phiếu.
- Kết quả (tỷ lệ % tính trên tổng số phiếu hợp lệ):
+ Đồng chí Trịnh Văn Bảo: 30 phiếu, đạt 96,77%;
+ Đồng chí Nguyễn Thị Thu Hằng: 27 phiếu, đạt 84,38%;
+ Đồng chí Cao Văn Phúc: 04 phiếu, đạt 12,90%.
Đồng chí Trịnh Văn Bảo và đồng chí Nguyễn Thị Thu Hằng trúng cử đại biểu chính thức dự Đại hội đại biểu Đảng bộ phường Hiệp Thành lần thứ XII, nhiệm kỳ 2025 - 2030.
Việc kiểm phiếu kết thúc lúc 11 giờ 10 phút cùng ngày. Biên bản được lập thành 03 bản, đọc trước Đại hội.
BAN KIỂM PHIẾU
Trưởng ban\tỦy viên\tỦy viên
Võ Thành Nhân\tLý Thị Bé Năm\tPhan Hoàng Long
""",
    planted=[
        ("vote-mismatch", "Số phiếu không hợp lệ: 02 phiếu",
         "hợp lệ 31 + không hợp lệ 2 = 33 ≠ 32 phiếu thu vào; đúng là 01 phiếu không hợp lệ (như chính dòng chú thích).", 31 + 2 != 32),
        ("part-exceeds-whole", "Hồ Minh Đức\t34",
         "34 phiếu bầu > 31 phiếu hợp lệ (và > 32 phiếu thu vào); không thể (có lẽ 24).", 34 > 31),
        ("percent-mismatch", "27 phiếu, đạt 84,38%",
         "tỷ lệ tính trên số phiếu hợp lệ: 27/31 = 87,10% (84,38% là 27/32, sai mẫu số).", not P(27, 31, "84,38")),
    ],
    checks=[
        ("34+3 = 37", 34 + 3 == 37),
        ("32 + 2 vắng = 34", 32 + 2 == 34),
        ("ballot B: 31 + 1 = 32", 31 + 1 == 32),
        ("30/31 = 96,77", P(30, 31, "96,77")),
        ("4/31 = 12,90", P(4, 31, "12,90")),
        ("ballot B: 30+27+4 <= 2*31", 30 + 27 + 4 <= 62),
        ("ballot A with true 24: sum <= 5*31", 31 + 29 + 24 + 27 + 22 + 12 <= 155),
        ("elected > 31/2: lowest elected 22", 22 > 31 / 2),
        ("12 < 15,5 not elected", 12 < 31 / 2),
        ("5 names listed as elected", True),
    ])

# ---------------------------------------------------------------- bb04 đại hội chi bộ (CLEAN)
doc("bb04_daihoi_chibo_truong", "bien_ban", """
ĐẢNG BỘ XÃ QUẢNG PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS QUẢNG PHÚ
*
BIÊN BẢN
ĐẠI HỘI CHI BỘ TRƯỜNG THCS QUẢNG PHÚ, NHIỆM KỲ 2020 - 2022
Đại hội khai mạc lúc 7 giờ 30 phút ngày 16 tháng 5 năm 2020 tại phòng họp Hội đồng sư phạm nhà trường.
Đại biểu cấp trên: đồng chí Trương Thị Lệ, Phó Bí thư Thường trực Đảng ủy xã.
Tổng số đảng viên của chi bộ: 23 đồng chí (21 chính thức, 02 dự bị); số đảng viên được triệu tập: 23; có mặt: 22 đồng chí; vắng 01 đồng chí có lý do: Phan Văn Lực (đi học bồi dưỡng hè tại Sở Giáo dục và Đào tạo).
Đoàn Chủ tịch: các đồng chí Lê Quang Vinh, Nguyễn Thị Sương, Hoàng Văn Tài. Đoàn Thư ký: đồng chí Đỗ Thị Minh Phương.
I. BÁO CÁO KẾT QUẢ NHIỆM KỲ 2017 - 2020
Đồng chí Lê Quang Vinh, Bí thư chi bộ, trình bày báo cáo chính trị. Một số kết quả chủ yếu:
- Năm học 2019 - 2020 nhà trường có 1.046 học sinh; trong đó 52 em đạt học sinh giỏi cấp huyện, 11 em đạt học sinh giỏi cấp tỉnh. Tỷ lệ học sinh lên lớp 98,6%; tỷ lệ tốt nghiệp THCS 100%.
- Nhiệm kỳ qua chi bộ kết nạp 05 đảng viên mới, vượt chỉ tiêu Nghị quyết (04 đảng viên).
- Trường được công nhận đạt chuẩn quốc gia mức độ 1 theo Quyết định số 1532/QĐ-UBND ngày 08/10/2019.
- Kết quả đánh giá, xếp loại đảng viên năm 2019 (21 đảng viên chính thức được đánh giá): hoàn thành xuất sắc nhiệm vụ 04 đồng chí (19,05%); hoàn thành tốt nhiệm vụ 15 đồng chí (71,43%); hoàn thành nhiệm vụ 02 đồng chí (9,52%); không có đảng viên không hoàn thành nhiệm vụ. Chi bộ 3 năm liền đạt trong sạch vững mạnh.
Chỉ tiêu nhiệm kỳ 2020 - 2022: kết nạp từ 02 đảng viên trở lên; hằng năm có trên 80% đảng viên hoàn thành tốt nhiệm vụ trở lên; tỷ lệ học sinh bỏ học không quá 0,5%.
II. THẢO LUẬN
- Đồng chí Nguyễn Thị Sương đề nghị bổ sung giải pháp bồi dưỡng học sinh giỏi ở khối 9.
- Đồng chí Trương Thị Lệ biểu dương chi bộ, đề nghị quan tâm tạo nguồn phát triển đảng viên trong giáo viên trẻ.
III. BẦU CỬ
Đại hội thống nhất bầu Chi ủy gồm 03 đồng chí. Danh sách bầu cử: 04 đồng chí. Số phiếu phát ra 20, thu vào 20, hợp lệ 20. Kết quả (tỷ lệ so với số phiếu hợp lệ): Lê Quang Vinh 20 phiếu (100%); Nguyễn Thị Sương 19 phiếu (95%); Hoàng Văn Tài 17 phiếu (85%); Đỗ Thị Minh Phương 04 phiếu (20%). Ba đồng chí Vinh, Sương, Tài trúng cử Chi ủy nhiệm kỳ 2020 - 2022.
IV. BIỂU QUYẾT NGHỊ QUYẾT ĐẠI HỘI
Đại hội biểu quyết thông qua Nghị quyết Đại hội với 20/20 đảng viên chính thức có mặt tán thành (100%), không có ý kiến khác.
Đại hội bế mạc lúc 11 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước Đại hội.
T/M ĐOÀN THƯ KÝ\tT/M ĐOÀN CHỦ TỊCH
Đỗ Thị Minh Phương\tLê Quang Vinh
""",
    checks=[
        ("21+2=23", 21 + 2 == 23),
        ("22+1=23", 22 + 1 == 23),
        ("5 > 4 vượt", 5 > 4),
        ("ratings sum 4+15+2+0=21", 4 + 15 + 2 + 0 == 21),
        ("4/21=19,05", P(4, 21, "19,05")),
        ("15/21=71,43", P(15, 21, "71,43")),
        ("2/21=9,52", P(2, 21, "9,52")),
        ("HTT trở lên 19/21 > 80%", 19 / 21 > 0.8),
        ("chính thức có mặt 20 = 21 - 1", 21 - 1 == 20),
        ("20/20 100", P(20, 20, "100")), ("19/20=95", P(19, 20, "95")),
        ("17/20=85", P(17, 20, "85")), ("4/20=20", P(4, 20, "20")),
        ("elected > 10", 17 > 10),
        ("resolution 20 > 20/2", 20 > 10),
    ])

# ---------------------------------------------------------------- bb05 kỳ họp HĐND xã
doc("bb05_kyhop_hdnd_xa", "bien_ban", """
HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc
Số: 18/BB-HĐND\tTân Lập, ngày 20 tháng 12 năm 2023
BIÊN BẢN
Kỳ họp thứ Chín, Hội đồng nhân dân xã khóa XXI, nhiệm kỳ 2021 - 2026
Thời gian: từ 7 giờ 30 phút đến 16 giờ 45 phút ngày 20/12/2023. Địa điểm: Hội trường UBND xã.
Chủ tọa: ông Bùi Văn Khải, Chủ tịch HĐND xã. Thư ký kỳ họp: bà Đinh Thị Huyền, đại biểu HĐND xã.
Tổng số đại biểu HĐND xã: 25; có mặt 23 đại biểu; vắng 02 đại biểu có lý do (ông Quách Văn Nghĩa - ốm; bà Bùi Thị Lan - đi tập huấn tại tỉnh).
Khách mời: đại diện Thường trực HĐND huyện, lãnh đạo Đảng ủy, UBMTTQ xã, các đoàn thể và 14 trưởng thôn.
I. NỘI DUNG
1. Ông Phó Chủ tịch UBND xã trình bày báo cáo tình hình kinh tế - xã hội năm 2023:
- Tổng giá trị sản xuất ước đạt 412,7 tỷ đồng, tăng 8,6% so với năm 2022; trong đó giá trị sản xuất nông nghiệp 126,4 tỷ đồng.
- Tổng thu ngân sách xã ước thực hiện 8,45 tỷ đồng, tăng 1,12 tỷ đồng so với năm 2022 (7,53 tỷ đồng).
- Tỷ lệ hộ nghèo giảm còn 2,86% (giảm 0,74 điểm phần trăm so với cuối năm 2022 là 3,60%).
- Tuyển quân: giao đủ 18/18 thanh niên, đạt 100% chỉ tiêu huyện giao.
2. Ban Kinh tế - Xã hội HĐND xã trình bày báo cáo thẩm tra; các đại biểu thảo luận 11 lượt ý kiến, tập trung vào tiến độ đường liên thôn Đồi Bù - Bãi Chạo và việc cấp giấy chứng nhận quyền sử dụng đất.
3. Ông Chủ tịch UBND xã giải trình, tiếp thu ý kiến đại biểu.
II. BIỂU QUYẾT
Kỳ họp đã biểu quyết thông qua 05 nghị quyết, gồm:
- Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024: 23/23 đại biểu có mặt tán thành, bằng 92% tổng số đại biểu HĐND xã;
- Nghị quyết về dự toán thu, chi ngân sách xã năm 2024: 23/23 đại biểu có mặt tán thành;
- Nghị quyết phê chuẩn quyết toán ngân sách xã năm 2022: 22 đại biểu tán thành (88% tổng số đại biểu), 01 đại biểu không tán thành;
- Nghị quyết về kế hoạch đầu tư công năm 2024: 23/23 đại biểu có mặt tán thành.
Trong nghị quyết về nhiệm vụ năm 2024, HĐND xã ghi nhận kết quả năm 2023 với giá trị sản xuất nông nghiệp đạt 126,9 tỷ đồng và đề ra chỉ tiêu năm 2024: tổng giá trị sản xuất tăng từ 8% trở lên; tỷ lệ hộ nghèo giảm còn dưới 2,2%; thu ngân sách xã không thấp hơn 8,6 tỷ đồng.
Kỳ họp bế mạc lúc 16 giờ 45 phút cùng ngày.
THƯ KÝ KỲ HỌP\tCHỦ TỌA KỲ HỌP
Đinh Thị Huyền\tBùi Văn Khải
""",
    planted=[
        ("derived-mismatch", "tăng 1,12 tỷ đồng so với năm 2022",
         "8,45 - 7,53 = 0,92 tỷ đồng, không phải 1,12.", num("8,45") - num("7,53") != num("1,12")),
        ("figure-inconsistent", "giá trị sản xuất nông nghiệp đạt 126,9 tỷ đồng",
         "cùng chỉ tiêu giá trị sản xuất nông nghiệp năm 2023 đã nêu là 126,4 tỷ đồng ở phần báo cáo.", num("126,9") != num("126,4")),
        ("count-mismatch", "thông qua 05 nghị quyết",
         "chỉ liệt kê 4 nghị quyết.", 5 != 4),
    ],
    checks=[
        ("23+2=25", 23 + 2 == 25),
        ("23/25 = 92%", P(23, 25, "92")),
        ("22/25 = 88%", P(22, 25, "88")),
        ("22+1 = 23", 22 + 1 == 23),
        ("3,60-0,74 = 2,86", num("3,60") - num("0,74") == num("2,86")),
        ("18/18=100", P(18, 18, "100")),
        ("part 126,4 < whole 412,7", num("126,4") < num("412,7")),
    ])

# ---------------------------------------------------------------- bb06 chi bộ xem xét kỷ luật
doc("bb06_chibo_xem_xet_ky_luat", "bien_ban", """
ĐẢNG BỘ CÔNG TY CỔ PHẦN MÍA ĐƯỜNG SÔNG LAM\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ PHÂN XƯỞNG ÉP
*
BIÊN BẢN
HỌP CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN
Thời gian: 14 giờ 00 ngày 07/3/2024. Địa điểm: phòng họp Phân xưởng Ép.
Chủ trì: đồng chí Trần Đình Quý, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Hồng Nhung.
Tổng số đảng viên: 19 (17 chính thức, 02 dự bị), không có đảng viên miễn sinh hoạt. Có mặt 16 đồng chí (14 chính thức, 02 dự bị). Vắng 03 đồng chí: Phạm Văn Toàn (đi ca ba), Hồ Thị Lý (nghỉ ốm).
Dự họp có đồng chí Nguyễn Đăng Khoa, Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty.
I. NỘI DUNG
1. Đồng chí Bí thư chi bộ thông qua báo cáo kết quả kiểm tra dấu hiệu vi phạm đối với đồng chí Nguyễn Văn Kiên, đảng viên chính thức, tổ trưởng tổ vận hành số 2. Qua kiểm tra cho thấy: năm 2023 đồng chí Kiên vay của 04 công nhân trong tổ tổng số 320 triệu đồng để kinh doanh cá nhân, đến nay đã trả 120 triệu đồng, còn nợ 200 triệu đồng quá hạn, gây dư luận không tốt trong phân xưởng.
2. Đồng chí Nguyễn Văn Kiên trình bày bản kiểm điểm, nhận khuyết điểm và cam kết trả hết số nợ còn lại trước ngày 30/9/2024.
3. Ý kiến đảng viên:
- Đồng chí Võ Văn Hưng: vi phạm kéo dài, đã được nhắc nhở 02 lần nhưng chưa khắc phục, đề nghị hình thức khiển trách.
- Đồng chí Lê Thị Hồng Nhung: đề nghị xem xét mức cảnh cáo vì ảnh hưởng đến uy tín của chi bộ.
- Đồng chí Trần Đình Quý nhắc lại: năm 2023 chi bộ đã thi hành kỷ luật 03 đảng viên (01 khiển trách, 01 cảnh cáo); đây là bài học chung cho toàn chi bộ.
II. BỎ PHIẾU KÍN
Chi bộ bỏ phiếu kín về hình thức kỷ luật. Số phiếu phát ra 14, thu vào 14, hợp lệ 14. Kết quả: khiển trách 07 phiếu; cảnh cáo 05 phiếu; không kỷ luật 02 phiếu.
Chi bộ kết luận: đề nghị thi hành kỷ luật đồng chí Nguyễn Văn Kiện bằng hình thức khiển trách với 07/14 phiếu (50%), báo cáo Đảng ủy Công ty xem xét, quyết định.
Cuộc họp kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí.
THƯ KÝ\tCHỦ TRÌ
Lê Thị Hồng Nhung\tTrần Đình Quý
""",
    planted=[
        ("absentee-count-mismatch", "Vắng 03 đồng chí",
         "chỉ nêu tên 2 đồng chí vắng (Phạm Văn Toàn, Hồ Thị Lý); 16 có mặt + 3 = 19 đúng tổng số nên danh sách thiếu 1 tên.", 3 != 2),
        ("sum-mismatch", "thi hành kỷ luật 03 đảng viên (01 khiển trách, 01 cảnh cáo)",
         "1 + 1 = 2 ≠ 3 đảng viên bị kỷ luật.", 1 + 1 != 3),
        ("name-inconsistent", "Nguyễn Văn Kiện",
         "cùng một người được viết 'Nguyễn Văn Kiên' ở phần trên.", True),
        ("resolution-not-passed", "khiển trách với 07/14 phiếu (50%)",
         "7 phiếu ≤ 17/2 đảng viên chính thức (cần từ 9 phiếu) → chưa đủ quá nửa, đề nghị kỷ luật không được thông qua.", not (7 > 17 / 2)),
    ],
    checks=[
        ("17+2=19", 17 + 2 == 19),
        ("14+2=16", 14 + 2 == 16),
        ("16+3=19", 16 + 3 == 19),
        ("7+5+2=14", 7 + 5 + 2 == 14),
        ("7/14=50", P(7, 14, "50")),
        ("320-120=200", 320 - 120 == 200),
    ])

# ---------------------------------------------------------------- bb07 chi bộ cơ quan UBND xã (CLEAN)
doc("bb07_chibo_co_quan_ubnd_xa", "bien_ban", """
ĐẢNG BỘ XÃ HÒA TIẾN\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ
*
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025
1. Thời gian, địa điểm: 16 giờ 00 ngày 04/11/2025, tại phòng họp số 2, trụ sở UBND xã.
2. Thành phần: Chi bộ có 17 đảng viên (16 chính thức, 01 dự bị). Có mặt 15 đồng chí (14 chính thức, 01 dự bị). Vắng 02 đồng chí có lý do: Trần Văn Định (học lớp bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4), Lê Thị Thu Sương (nghỉ phép chăm con ốm).
Chủ trì: đồng chí Phan Quốc Hùng, Bí thư chi bộ. Thư ký: đồng chí Ngô Thị Thảo.
3. Nội dung:
a) Đánh giá kết quả 10 tháng năm 2025:
- Bộ phận Một cửa tiếp nhận 2.418 hồ sơ thủ tục hành chính; đã giải quyết 2.367 hồ sơ (đúng hạn 2.351, trễ hạn 16), đang giải quyết 51 hồ sơ chưa đến hạn. Tỷ lệ giải quyết đúng hạn đạt 99,32% số hồ sơ đã giải quyết.
- Số hồ sơ nộp trực tuyến 1.452, gấp 1,5 lần cùng kỳ năm 2024 (968 hồ sơ).
- Giải ngân vốn đầu tư công ước đạt 5,14 tỷ đồng, bằng 71,4% kế hoạch vốn năm (7,2 tỷ đồng); từ nay đến 31/01/2026 phải giải ngân thêm 2,06 tỷ đồng.
- Trong 10 tháng, chi bộ có 02 đảng viên được Đảng ủy xã tặng giấy khen; kết nạp 01 đảng viên (đồng chí Vũ Thị Yến, theo Quyết định số 215-QĐ/ĐU ngày 19/5/2025); không có đảng viên vi phạm.
b) Ý kiến:
- Đồng chí Lý Văn Tâm (công chức Tài chính - Kế toán): 2,06 tỷ đồng còn lại chủ yếu thuộc công trình nhà văn hóa thôn 3, đề nghị chủ đầu tư đẩy nhanh nghiệm thu khối lượng.
- Đồng chí Hà Minh Châu: đề nghị xử lý dứt điểm 51 hồ sơ đang giải quyết, không để phát sinh trễ hạn mới.
c) Kết luận của đồng chí chủ trì và nhiệm vụ tháng 12/2025: phấn đấu giải ngân không dưới 95% kế hoạch vốn; duy trì tỷ lệ hồ sơ đúng hạn trên 99%; chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025.
4. Biểu quyết: 14/14 đảng viên chính thức có mặt tán thành nghị quyết tháng 11 (100%).
Buổi sinh hoạt kết thúc lúc 17 giờ 35 phút cùng ngày; biên bản đã được thông qua.
THƯ KÝ\tBÍ THƯ CHI BỘ
Ngô Thị Thảo\tPhan Quốc Hùng
""",
    checks=[
        ("16+1=17", 16 + 1 == 17), ("15+2=17", 15 + 2 == 17), ("14+1=15", 14 + 1 == 15),
        ("2367+51=2418", 2367 + 51 == 2418), ("2351+16=2367", 2351 + 16 == 2367),
        ("2351/2367=99,32", P(2351, 2367, "99,32")),
        ("1452/968=1,5", num(1452) / 968 == num("1,5")),
        ("5,14/7,2=71,4", P("5,14", "7,2", "71,4")),
        ("7,2-5,14=2,06", num("7,2") - num("5,14") == num("2,06")),
        ("resolution 14 > 16/2", 14 > 8),
    ])
