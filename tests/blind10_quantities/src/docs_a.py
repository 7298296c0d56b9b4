from lib import doc, P

# ---------------------------------------------------------------- bb01
doc("bb01_chibo_thon_tanhoa", "bien_ban", """
ĐẢNG BỘ XÃ HƯỚNG LẬP\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN TÂN HÒA
*
BIÊN BẢN
SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 5 NĂM 2023
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 19/5/2023.
- Địa điểm: Nhà văn hóa thôn Tân Hòa.
- Đại biểu dự: đồng chí Nguyễn Văn Bảo, Đảng ủy viên, phụ trách địa bàn thôn.
- Chủ trì: đồng chí Hồ Văn Khiêm, Bí thư Chi bộ. Thư ký: đồng chí Lê Thị Hạnh, Chi ủy viên.
- Tổng số đảng viên của chi bộ: 27 đồng chí, trong đó chính thức 24 đồng chí, dự bị 3 đồng chí; được miễn công tác và sinh hoạt đảng 2 đồng chí.
- Số đảng viên dự sinh hoạt: 22 đồng chí (chính thức 19, dự bị 3).
- Vắng mặt: 5 đồng chí, gồm: miễn sinh hoạt 2 đồng chí (Lê Văn Tư, Hồ Thị Bông); vắng có lý do 2 đồng chí: Trần Văn Lợi (đang điều trị tại Trung tâm Y tế huyện), Phan Thị Mến (đi làm ăn xa); vắng không lý do: không.
I. NỘI DUNG SINH HOẠT
1. Thông tin thời sự; quán triệt Kế hoạch số 15-KH/ĐU ngày 03/5/2023 của Ban Thường vụ Đảng ủy xã về các hoạt động kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).
2. Đánh giá kết quả thực hiện nhiệm vụ tháng 5, đề ra nhiệm vụ tháng 6 năm 2023.
II. DIỄN BIẾN
Đồng chí Hồ Văn Khiêm thông qua dự thảo báo cáo: vụ đông xuân 2022 - 2023 thôn gieo cấy 86,5 ha lúa, năng suất bình quân 52 tạ/ha, sản lượng ước đạt 449,8 tấn. Toàn thôn có 168 hộ; đến nay đã vận động 142/168 hộ nộp quỹ phòng, chống thiên tai, đạt 84,5%, trong đó có 12 hộ cận nghèo tự nguyện đóng góp. Chi hội Nông dân vận động 37/45 hộ nuôi trâu, bò đăng ký tiêm phòng lở mồm long móng đợt 1, đạt 84,2%; số hộ còn lại hẹn tiêm bổ sung trong tháng 6.
Ý kiến thảo luận:
- Đồng chí Trần Văn Sáu: đề nghị chi ủy phân công đảng viên phụ trách từng nhóm hộ để đôn đốc nộp quỹ trước ngày 30/6.
- Đồng chí Hồ Thị Lài: đề nghị thôn sớm nạo vét 1,2 km kênh nội đồng trước khi xuống giống vụ hè thu.
- Đồng chí Nguyễn Văn Bảo, Đảng ủy viên: ghi nhận kết quả của chi bộ; lưu ý chuẩn bị nguồn kết nạp đảng viên, thôn hiện có 2 quần chúng ưu tú đã học lớp bồi dưỡng nhận thức về Đảng.
Kết luận của đồng chí chủ trì: tháng 6 tập trung gieo sạ vụ hè thu đúng lịch thời vụ, hoàn thành thu quỹ, nạo vét kênh mương và phát quang đường làng; chi ủy phân công đồng chí Trần Văn Sáu theo dõi việc tiêm phòng.
Biểu quyết thông qua nghị quyết tháng 6: tán thành 18 đồng chí, không tán thành 1 đồng chí, ý kiến khác 1 đồng chí; số tán thành bằng 18/22 đảng viên chính thức được triệu tập (trừ 2 đồng chí miễn sinh hoạt vắng mặt), đạt 81,8%.
Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua. Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Lê Thị Hạnh\tHồ Văn Khiêm
""", officials=24,
right=[("sum", [24, 3], 27), ("sum", [19, 3], 22), ("sum", [22, 5], 27),
       ("prod", "86,5", "5,2", "449,8"), ("pct", 142, 168, "84,5"),
       ("sum", [22, 2], 24), ("pct", 18, 22, "81,8"), ("le", 12, 142)],
planted=[
    P("absentee-count-mismatch", "Vắng mặt: 5 đồng chí", "5",
      "stated 5 absentees but the list names 4 (2 miễn sinh hoạt + 2 có lý do + 0 không lý do)",
      ("sum", [2, 2, 0], 5)),
    P("percent-mismatch", "đợt 1, đạt 84,2%", "84,2",
      "37/45 = 82,2%, not 84,2%", ("pct", 37, 45, "84,2")),
    P("vote-mismatch", "tán thành 18 đồng chí, không tán thành 1 đồng chí, ý kiến khác 1 đồng chí", "18",
      "18 + 1 + 1 = 20 votes but only 19 official members were present (dự bị cannot vote)",
      ("sumle", [18, 1, 1], 19)),
])

# ---------------------------------------------------------------- bb02
doc("bb02_bch_xa_phulam", "bien_ban", """
ĐẢNG BỘ TỈNH AN GIANG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ PHÚ LÂM
*
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ BA, KHÓA I, NHIỆM KỲ 2025 - 2030
Vào lúc 7 giờ 30 phút, ngày 14/10/2025, tại Hội trường Đảng ủy xã Phú Lâm, Ban Chấp hành Đảng bộ xã tổ chức hội nghị lần thứ ba.
Thành phần: Ban Chấp hành Đảng bộ xã có 29 đồng chí; có mặt 24 đồng chí, vắng 4 đồng chí (có lý do: đi học tập trung, đi công tác theo Quyết định của Tỉnh ủy). Dự hội nghị có đồng chí Huỳnh Văn Tài, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Chủ trì: đồng chí Nguyễn Thanh Tâm, Bí thư Đảng ủy xã và đồng chí Võ Thị Loan, Phó Bí thư Thường trực Đảng ủy xã. Thư ký: đồng chí Trần Minh Khoa, Chánh Văn phòng Đảng ủy.
Nội dung: (1) Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ quý IV năm 2025; (2) Dự thảo Nghị quyết về chuyển đổi cơ cấu cây trồng vụ đông xuân 2025 - 2026.
Diễn biến:
Đồng chí Võ Thị Loan trình bày báo cáo 9 tháng. Sau sắp xếp đơn vị hành chính, bộ máy của xã vận hành ổn định, thông suốt. Tổng diện tích gieo trồng 7.964 ha, trong đó lúa 6.812 ha; vụ hè thu đã thu hoạch dứt điểm, sản lượng 42.150 tấn, đạt 98,0% kế hoạch vụ (43.000 tấn), vượt kế hoạch. Toàn xã duy trì 15 mô hình sản xuất ứng dụng công nghệ cao. Thu ngân sách trên địa bàn 9 tháng đạt 26,4 tỷ đồng, bằng 86,6% dự toán năm (30,5 tỷ đồng), tăng 11,4% so với cùng kỳ (23,7 tỷ đồng). Công tác xây dựng Đảng: kết nạp 9 đảng viên, đạt 45% chỉ tiêu năm (20 đảng viên), các chi bộ tiếp tục bồi dưỡng nguồn để hoàn thành trong quý IV.
Ý kiến thảo luận:
- Đồng chí Lê Văn Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã: đề nghị bổ sung giải pháp tiêu thụ lúa chất lượng cao, liên kết với 3 doanh nghiệp bao tiêu.
- Đồng chí Phan Thị Diệu, Chủ tịch Ủy ban MTTQ Việt Nam xã: nêu ý kiến cử tri về giá vật tư nông nghiệp và tiến độ nạo vét kênh Cả Mây.
- Đồng chí Đoàn Văn Lực, Trưởng Công an xã: báo cáo tình hình an ninh nông thôn, đề nghị tăng cường tuần tra mùa nước nổi.
Đồng chí Huỳnh Văn Tài phát biểu chỉ đạo, lưu ý Đảng ủy xã chuẩn bị kỹ công tác kiểm điểm, đánh giá, xếp loại chất lượng cuối năm.
Biểu quyết:
- Báo cáo kết quả 9 tháng: 24/24 đồng chí có mặt tán thành (100%).
- Nghị quyết về chuyển đổi cơ cấu cây trồng vụ đông xuân 2025 - 2026: 14/24 đồng chí có mặt tán thành (58,3%), 6 đồng chí không tán thành, 4 đồng chí có ý kiến khác. Chủ trì tuyên bố Nghị quyết được thông qua.
Kết luận: đồng chí Nguyễn Thanh Tâm giao Văn phòng Đảng ủy hoàn chỉnh các văn bản, ban hành trước ngày 20/10/2025.
Hội nghị kết thúc lúc 11 giờ 20 phút cùng ngày. Biên bản đã thông qua trước hội nghị.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Trần Minh Khoa\tNguyễn Thanh Tâm
""", officials=29,
right=[("pct", "42.150", "43.000", "98,0"), ("pct", "26,4", "30,5", "86,6"),
       ("growth", "26,4", "23,7", "11,4"), ("pct", 9, 20, "45"),
       ("sum", [14, 6, 4], 24), ("pct", 14, 24, "58,3"), ("gt", 24 * 2, 29),
       ("le", "6.812", "7.964")],
planted=[
    P("attendance-mismatch", "có mặt 24 đồng chí, vắng 4 đồng chí", "4",
      "24 present + 4 absent = 28, but the BCH has 29 members (5 absent)",
      ("sum", [24, 4], 29)),
    P("target-status-mismatch", "vượt kế hoạch", "vượt kế hoạch",
      "42.150 t is 98,0% of the 43.000 t plan: below plan, not 'vượt'",
      ("ge", "42.150", "43.000")),
    P("resolution-not-passed", "14/24 đồng chí có mặt tán thành (58,3%)", "14",
      "14 approvals are not more than half of the 29 BCH members (need 15); declared passed",
      ("gt", 14 * 2, 29)),
])

# ---------------------------------------------------------------- bb03
doc("bb03_ubnd_xa_sontien_2019", "bien_ban", """
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ SƠN TIẾN\tĐộc lập - Tự do - Hạnh phúc
Số: 45/BB-UBND\tSơn Tiến, ngày 15 tháng 10 năm 2019
BIÊN BẢN
Phiên họp thường kỳ Ủy ban nhân dân xã tháng 10 năm 2019
Thời gian: 14 giờ 00 phút, ngày 15/10/2019. Địa điểm: Phòng họp UBND xã.
Thành phần: đồng chí Phạm Văn Hòa, Chủ tịch UBND xã, chủ tọa; các đồng chí thành viên UBND xã; mời dự: Thường trực Đảng ủy, Thường trực HĐND, Ủy ban MTTQ xã, trưởng các thôn. Thư ký: đồng chí Đặng Thị Nga, công chức Văn phòng - Thống kê.
Nội dung: đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh 9 tháng, triển khai nhiệm vụ quý IV năm 2019.
1. Kinh tế
Tổng thu ngân sách xã 9 tháng đạt 3.482 triệu đồng, tăng 418 triệu đồng so với cùng kỳ năm 2018 (3.092 triệu đồng), tương ứng tăng 12,6%. Thôn Trung Hòa hoàn thành 96% kế hoạch thu các khoản đóng góp, thôn Tân Phú đạt 81%.
Xây dựng nông thôn mới: tổng vốn huy động 5.640 triệu đồng, gồm: ngân sách tỉnh hỗ trợ 2.800 triệu đồng, ngân sách huyện 1.950 triệu đồng, ngân sách xã 640 triệu đồng, nhân dân đóng góp 350 triệu đồng. Đã bê tông hóa 3,6 km đường giao thông nông thôn, trong đó 1,4 km đường trục thôn. Tổng đàn lợn 4.215 con, đàn trâu, bò 1.870 con; không để xảy ra dịch tả lợn châu Phi lây lan.
2. Văn hóa - xã hội
Trên địa bàn xã có 5 trường học (2 trường mầm non, 2 trường tiểu học, 1 trường THCS) với 1.284 học sinh. Năm học 2019 - 2020 khai giảng đúng kế hoạch; đến nay 6 trường đã được công nhận đạt chuẩn quốc gia mức độ 1. Trạm Y tế khám, chữa bệnh cho 3.146 lượt người; tiêm chủng đầy đủ cho 128/131 trẻ dưới 1 tuổi, đạt 97,7%. Chi trả trợ cấp ưu đãi người có công và bảo trợ xã hội kịp thời, đúng đối tượng.
3. Quốc phòng - an ninh
Hoàn thành giao quân 14/14 thanh niên, đạt 100% chỉ tiêu huyện giao. Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định.
Ý kiến thảo luận
- Đồng chí Nguyễn Đình Tuấn, Phó Chủ tịch UBND xã: đề nghị rà soát các hộ chưa nộp kinh phí đối ứng làm đường, báo cáo trước ngày 30/10.
- Đồng chí Lê Thị Thắm, công chức Địa chính - Xây dựng: báo cáo tiến độ đo đạc, cấp giấy chứng nhận quyền sử dụng đất cho 38 hộ.
- Đồng chí Trần Văn Hải, trưởng thôn Tân Phú: kiến nghị hỗ trợ thôn 20 tấn xi măng để hoàn thành tuyến đường liên xóm.
Kết luận của chủ tọa: giao các bộ phận chuyên môn tập trung thu ngân sách quý IV, hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới, chuẩn bị kế hoạch giao quân năm 2020.
Phiên họp kết thúc lúc 16 giờ 45 phút cùng ngày.
THƯ KÝ\tCHỦ TỌA
Đặng Thị Nga\tPhạm Văn Hòa
""", officials=None,
right=[("growth", "3.482", "3.092", "12,6"), ("sum", [2, 2, 1], 5),
       ("pct", 128, 131, "97,7"), ("pct", 14, 14, "100"), ("le", "1,4", "3,6")],
planted=[
    P("derived-mismatch", "tăng 418 triệu đồng", "418",
      "3.482 − 3.092 = 390 triệu đồng, not 418", ("diff", "3.482", "3.092", 418)),
    P("sum-mismatch", "tổng vốn huy động 5.640 triệu đồng", "5.640",
      "2.800 + 1.950 + 640 + 350 = 5.740 triệu đồng, not 5.640",
      ("sum", ["2.800", "1.950", 640, 350], "5.640")),
    P("part-exceeds-whole", "6 trường đã được công nhận", "6",
      "6 schools meet the national standard but the commune has only 5 schools",
      ("le", 6, 5)),
])

# ---------------------------------------------------------------- bb04
CANDS = ["Trịnh Minh Quân", "Phạm Thị Lan Anh", "Vũ Đức Thịnh",
         "Hà Thị Kim Oanh", "Lục Văn Hải", "Bế Thị Nhung"]
doc("bb04_kiemphieu_khoanoi", "bien_ban", """
ĐẠI HỘI CHI BỘ KHOA NỘI TỔNG HỢP\tĐẢNG CỘNG SẢN VIỆT NAM
NHIỆM KỲ 2025 - 2027
BAN KIỂM PHIẾU
*
BIÊN BẢN KIỂM PHIẾU
Bầu Chi ủy Chi bộ Khoa Nội tổng hợp, nhiệm kỳ 2025 - 2027
Hôm nay, hồi 10 giờ 15 phút ngày 22/5/2025, tại Hội trường tầng 3, Bệnh viện Đa khoa tỉnh, Ban Kiểm phiếu do Đại hội bầu gồm các đồng chí:
1. Đồng chí Ngô Thị Thu Hà - Trưởng ban;
2. Đồng chí Lý Văn Phúc - Ủy viên;
3. Đồng chí Đinh Thị Yến - Ủy viên.
Ban Kiểm phiếu đã kiểm tra thùng phiếu trước khi bỏ phiếu, hướng dẫn cách ghi phiếu và tiến hành kiểm phiếu công khai trước sự chứng kiến của đại biểu.
Tổng số đảng viên của chi bộ: 42 đồng chí (chính thức 39, dự bị 3). Số đảng viên chính thức có mặt tại Đại hội: 38 đồng chí; vắng 1 đồng chí có lý do (đi công tác tại Bệnh viện Bạch Mai).
Đại hội đã biểu quyết số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 05 đồng chí; danh sách bầu cử gồm 7 đồng chí:
STT\tHọ và tên\tChức vụ
1\tTrịnh Minh Quân\tPhó Trưởng khoa
2\tPhạm Thị Lan Anh\tĐiều dưỡng trưởng khoa
3\tVũ Đức Thịnh\tBác sĩ điều trị
4\tHà Thị Kim Oanh\tBác sĩ điều trị
5\tLục Văn Hải\tTrưởng khoa
6\tBế Thị Nhung\tKỹ thuật viên
Kết quả kiểm phiếu:
- Số phiếu phát ra: 38 phiếu;
- Số phiếu thu về: 38 phiếu;
- Số phiếu hợp lệ: 37 phiếu;
- Số phiếu không hợp lệ: 2 phiếu (gạch hết tên trong danh sách).
Số phiếu bầu của từng đồng chí (tỷ lệ tính trên tổng số phiếu hợp lệ):
STT\tHọ và tên\tSố phiếu\tTỷ lệ
1\tTrịnh Minh Quân\t36\t97,30%
2\tPhạm Thị Lan Anh\t35\t94,59%
3\tVũ Đức Thịnh\t33\t86,49%
4\tHà Thị Kim Oanh\t30\t81,08%
5\tLục Văn Hải\t27\t72,97%
6\tBế Thị Nhung\t14\t37,84%
Căn cứ Quy chế bầu cử trong Đảng, người trúng cử phải có số phiếu bầu quá một nửa so với tổng số phiếu hợp lệ và lấy theo thứ tự từ cao xuống thấp cho đến đủ số lượng đã biểu quyết. Các đồng chí trúng cử Chi ủy nhiệm kỳ 2025 - 2027 gồm 5 đồng chí: Trịnh Minh Quân, Phạm Thị Lan Anh, Vũ Đức Thịnh, Hà Thị Kim Oanh, Lục Văn Hải.
Biên bản lập xong lúc 10 giờ 50 phút cùng ngày, đã đọc trước Đại hội và được Đại hội nhất trí.
TRƯỞNG BAN\tỦY VIÊN\tỦY VIÊN
Ngô Thị Thu Hà\tLý Văn Phúc\tĐinh Thị Yến
""", officials=None,
right=[("sum", [39, 3], 42), ("sum", [38, 1], 39), ("eq", 38, 38),
       ("pct", 36, 37, "97,30"), ("pct", 35, 37, "94,59"), ("pct", 30, 37, "81,08"),
       ("pct", 27, 37, "72,97"), ("pct", 14, 37, "37,84"), ("count", CANDS, 6),
       ("gt", 27 * 2, 37), ("lt", 14 * 2, 37), ("count", CANDS[:5], 5),
       ("sumle", [36, 35, 33, 30, 27, 14], 37 * 5)],
planted=[
    P("count-mismatch", "danh sách bầu cử gồm 7 đồng chí", "7",
      "the candidate list that follows names 6 people, not 7", ("count", CANDS, 7)),
    P("vote-mismatch", "Số phiếu không hợp lệ: 2 phiếu", "2",
      "37 valid + 2 invalid = 39 ballots, but 38 were collected (should be 1 invalid)",
      ("sum", [37, 2], 38)),
    P("percent-mismatch", "33\t86,49%", "86,49",
      "33/37 = 89,19%, not 86,49%", ("pct", 33, 37, "86,49")),
])

# ---------------------------------------------------------------- bc05
doc("bc05_bhxh_thanhson_6thang", "bao_cao", """
BHXH TỈNH PHÚ THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BẢO HIỂM XÃ HỘI HUYỆN THANH SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 312/BC-BHXH\tThanh Sơn, ngày 05 tháng 7 năm 2022
BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022
I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2022
1. Công tác phát triển người tham gia
Đến 30/6/2022, toàn huyện có 8.742 người tham gia BHXH bắt buộc, tăng 215 người so với cùng kỳ (8.527 người). Số người tham gia BHXH tự nguyện là 1.936 người, tăng 412 người so với cùng kỳ năm 2021 (1.524 người), tương đương 31,0%; trong đó 1.102 người được ngân sách địa phương hỗ trợ thêm mức đóng. Số người tham gia BHYT là 148.350 người, tỷ lệ bao phủ đạt 91,6% dân số (dân số toàn huyện 161.950 người); chỉ tiêu năm 2022 Ủy ban nhân dân huyện giao là 92,5%.
2. Công tác thu
Tổng số thu 6 tháng đạt 186,4 tỷ đồng, bằng 47,6% kế hoạch năm (392,0 tỷ đồng), gồm: BHXH bắt buộc 92,7 tỷ đồng; BHXH tự nguyện 6,3 tỷ đồng; BHYT 81,2 tỷ đồng; bảo hiểm thất nghiệp 6,2 tỷ đồng. Số tiền chậm đóng 7,84 tỷ đồng, trong đó chậm đóng dưới 3 tháng 5,12 tỷ đồng, chậm đóng từ 3 tháng trở lên 2,92 tỷ đồng; cơ quan đã ban hành 146 thông báo đôn đốc và phối hợp Liên đoàn Lao động huyện làm việc với 9 đơn vị nợ kéo dài.
3. Giải quyết chế độ, chi trả
Giải quyết 118 hồ sơ hưởng lương hưu, trợ cấp BHXH hằng tháng và 2.465 lượt hưởng chế độ ốm đau, thai sản, dưỡng sức. Cơ sở khám, chữa bệnh BHYT trên địa bàn đã tiếp đón 52.316 lượt người bệnh, trong đó điều trị nội trú 6.208 lượt, chiếm 12,9%; tổng chi khám, chữa bệnh BHYT 46,8 tỷ đồng.
4. Công tác thanh tra, kiểm tra
Tổ chức kiểm tra 12 đơn vị sử dụng lao động, thu hồi 218 triệu đồng nợ đóng sau kiểm tra.
II. ĐÁNH GIÁ CHUNG
Sáu tháng đầu năm, các chỉ tiêu chủ yếu đều có bước tăng so với cùng kỳ. Với 148.530 người tham gia BHYT đến 30/6/2022, huyện tiếp tục thuộc nhóm có tỷ lệ bao phủ cao của tỉnh; tuy nhiên số tiền chậm đóng còn lớn, việc phát triển người tham gia BHXH tự nguyện ở các xã vùng cao còn khó khăn.
III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu hoàn thành chỉ tiêu bao phủ BHYT 92,5% dân số; để đạt chỉ tiêu cần phát triển thêm ít nhất 1.454 người tham gia.
2. Hoàn thành 100% kế hoạch thu năm 2022; giảm số tiền chậm đóng xuống dưới 3% số phải thu.
3. Đẩy mạnh tuyên truyền, đối thoại chính sách tại 23 xã, thị trấn.
Nơi nhận:
- BHXH tỉnh (b/c);
- Huyện ủy, UBND huyện (b/c);
- Lưu: VT, TH.
GIÁM ĐỐC
Hà Văn Thụ
""", officials=None,
right=[("diff", "8.742", "8.527", 215), ("diff", "1.936", "1.524", 412),
       ("le", "1.102", "1.936"), ("pct", "148.350", "161.950", "91,6"),
       ("pct", "186,4", "392,0", "47,6"), ("sum", ["92,7", "6,3", "81,2", "6,2"], "186,4"),
       ("eq", 149804 - 148350, "1.454")],
planted=[
    P("derived-mismatch", "tương đương 31,0%", "31,0",
      "412/1.524 = 27,0% growth, not 31,0%", ("growth", "1.936", "1.524", "31,0")),
    P("sum-mismatch", "Số tiền chậm đóng 7,84 tỷ đồng", "7,84",
      "under 3 months 5,12 + 3 months or more 2,92 = 8,04 tỷ, not 7,84",
      ("sum", ["5,12", "2,92"], "7,84")),
    P("percent-mismatch", "chiếm 12,9%", "12,9",
      "6.208/52.316 = 11,9%, not 12,9%", ("pct", "6.208", "52.316", "12,9")),
    P("figure-inconsistent", "Với 148.530 người tham gia BHYT", "148.530",
      "BHYT participants at 30/6/2022 were given as 148.350 in section I",
      ("eq", "148.530", "148.350")),
])
