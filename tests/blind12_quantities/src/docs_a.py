# -*- coding: utf-8 -*-
D = {}
D["bb01_chibo_nasan_t10_2024"] = ("bien_ban", """ĐẢNG BỘ XÃ CHIỀNG MUNG\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ BẢN NÀ SẢN
*
BIÊN BẢN
SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/10/2024.
- Địa điểm: Nhà văn hóa bản Nà Sản.
- Chủ trì: đồng chí Lò Văn Thiêm, Bí thư chi bộ. Thư ký: đồng chí Quàng Thị Hoa, chi ủy viên.
- Tổng số đảng viên của chi bộ: 31 đồng chí (chính thức 27, dự bị 04); được miễn công tác và sinh hoạt đảng: 03 đồng chí chính thức (không dự).
- Số đảng viên dự sinh hoạt: 24 đồng chí, trong đó chính thức 21, dự bị 03.
- Vắng mặt 04 đồng chí. Vắng có lý do 02 đồng chí: đồng chí Cầm Văn Tươi (điều trị tại Bệnh viện Đa khoa tỉnh), đồng chí Lường Thị Duyên (đi học lớp trung cấp lý luận chính trị), đồng chí Tòng Văn Khải (đi làm ăn xa). Vắng không lý do 01 đồng chí: Lò Văn Sáng.
I. NỘI DUNG SINH HOẠT
1. Thông tin thời sự; quán triệt Nghị quyết số 15-NQ/ĐU, ngày 20/9/2024 của Ban Chấp hành Đảng bộ xã.
2. Đánh giá kết quả tháng 9, triển khai nhiệm vụ tháng 10/2024.
3. Xét đề nghị kết nạp quần chúng Lường Văn Pánh vào Đảng.
II. DIỄN BIẾN
1. Đồng chí Lò Văn Thiêm thông tin thời sự và quán triệt nghị quyết.
2. Đồng chí Quàng Thị Hoa báo cáo kết quả tháng 9:
- Thu hoạch lúa mùa được 38,5 ha trên tổng số 42 ha gieo cấy, đạt 91,7%; năng suất bình quân ước 52 tạ/ha; diện tích còn lại 3,5 ha sẽ thu hoạch xong trong tháng 10.
- Tiêm phòng cho 1.260 con gia súc, gia cầm, trong đó trâu, bò 410 con.
- Quỹ an ninh, quốc phòng năm 2024: bản có 146 hộ, số hộ phải nộp 140 hộ; đến nay đã thu được 112/140 hộ, đạt 82%.
- Bản còn 14 hộ nghèo, chiếm 9,6% tổng số hộ.
Ý kiến tham gia:
- Đồng chí Lò Văn Hặc: đề nghị chi bộ phân công đảng viên giúp 03 hộ chưa có nhân lực thu hoạch.
- Đồng chí Cầm Thị Lả: đề nghị đoàn thanh niên ra quân dọn vệ sinh tuyến đường nội bản dài 1,2 km.
Đồng chí chủ trì kết luận: giao chi ủy hoàn thành việc thu quỹ trước ngày 25/10/2024; mỗi đảng viên phụ trách từ 3 đến 5 hộ.
3. Xét kết nạp đảng viên: Đồng chí Quàng Thị Hoa đọc đơn xin vào Đảng, lý lịch và nhận xét của đoàn thể đối với quần chúng Lường Văn Pánh. Đảng viên chính thức có mặt: 21 đồng chí. Kết quả biểu quyết: tán thành 20 đồng chí, không tán thành 02 đồng chí, không có ý kiến khác.
Số tán thành bằng 20/24 đảng viên chính thức (đã trừ 03 đồng chí được miễn sinh hoạt), đạt 83,3%. Chi bộ đề nghị Đảng ủy xã xem xét, quyết định kết nạp quần chúng Lường Văn Pánh.
Biên bản được đọc lại trước chi bộ; các đồng chí dự họp nhất trí. Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Quàng Thị Hoa\tLò Văn Thiêm
""", [
 ("absentee-count-mismatch", "Vắng có lý do 02 đồng chí", "3 people are named as absent with a reason (Cầm Văn Tươi, Lường Thị Duyên, Tòng Văn Khải), and 04 absent = 3 excused + 1 unexcused; the count should be 03"),
 ("percent-mismatch", "112/140 hộ, đạt 82%", "112/140 = 80,0%, not 82%"),
 ("vote-mismatch", "tán thành 20 đồng chí, không tán thành 02 đồng chí", "20 + 2 + 0 = 22 votes, but only 21 official members were present; the votes cannot add up to 22"),
])

D["bb02_bch_xa_camxuyen_2023"] = ("bien_ban", """ĐẢNG BỘ HUYỆN CẨM XUYÊN\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ CẨM BÌNH
*
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 27
(khóa XXVI, nhiệm kỳ 2020-2025)
Thời gian: 8 giờ 00 phút, ngày 20 tháng 12 năm 2023. Địa điểm: Hội trường Đảng ủy xã.
Chủ trì: đồng chí Nguyễn Đình Khang, Bí thư Đảng ủy. Thư ký: đồng chí Võ Thị Hằng, Ủy viên Ban Chấp hành.
Dự hội nghị có đồng chí Phan Văn Tuấn, Ủy viên Ban Thường vụ Huyện ủy, phụ trách xã.
Thành phần: Ban Chấp hành Đảng bộ xã có 15 đồng chí; có mặt 11 đồng chí; vắng 03 đồng chí (có lý do): Trần Văn Lực (đi học), Lê Thị Thu (ốm), Đặng Quốc Huy (công tác tại huyện).
Nội dung: đánh giá kết quả thực hiện nhiệm vụ năm 2023; cho ý kiến và biểu quyết dự thảo nghị quyết về nhiệm vụ năm 2024.
I. KẾT QUẢ NĂM 2023 (báo cáo do đồng chí Phó Bí thư Thường trực trình bày)
1. Kinh tế: Tổng diện tích gieo trồng cả năm 1.186 ha, đạt 101,4% kế hoạch (1.170 ha). Sản lượng lương thực ước 6.215 tấn.
Tổng thu ngân sách trên địa bàn 6.842 triệu đồng, gồm: thu cân đối 2.115 triệu đồng và thu bổ sung từ ngân sách cấp trên 4.527 triệu đồng; trong đó thu thuế ngoài quốc doanh 640 triệu đồng.
2. Văn hóa – xã hội: 1.972/2.146 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ 91,9%. Tỷ lệ hộ nghèo giảm còn 2,9% (đầu năm 3,6%).
3. Xây dựng Đảng: Đảng bộ có 21 chi bộ trực thuộc với 587 đảng viên. Trong năm kết nạp 11 đảng viên, vượt chỉ tiêu huyện giao (12 đảng viên). Chuyển đảng chính thức cho 9 đồng chí đúng thời hạn.
II. THẢO LUẬN
- Đồng chí Hồ Sỹ Nam: đề nghị làm rõ nguyên nhân 3 chi bộ chưa kết nạp được đảng viên.
- Đồng chí Võ Thị Hằng: đề nghị năm 2024 đặt chỉ tiêu thu ngân sách tăng 10% so với thực hiện năm 2023.
- Đồng chí Phan Văn Tuấn phát biểu chỉ đạo, yêu cầu tập trung hoàn thành đại hội chi bộ trước quý III/2025.
III. BIỂU QUYẾT
Hội nghị biểu quyết dự thảo nghị quyết: tán thành 7/11 đồng chí có mặt (63,6%), không tán thành 4 đồng chí. Chủ trì tuyên bố nghị quyết đã được Ban Chấp hành thông qua.
Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày; biên bản đã được đọc lại và các đồng chí dự hội nghị nhất trí.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Võ Thị Hằng\tNguyễn Đình Khang
""", [
 ("attendance-mismatch", "vắng 03 đồng chí", "15 members: 11 present + 3 absent = 14, one member unaccounted for (absent should be 04 or present 12)"),
 ("sum-mismatch", "6.842 triệu đồng", "2.115 + 4.527 = 6.642 triệu đồng, not 6.842"),
 ("target-status-mismatch", "vượt chỉ tiêu huyện giao", "11 admitted against a target of 12: not reached (chưa đạt), not 'vượt'"),
 ("resolution-not-passed", "tán thành 7/11 đồng chí có mặt (63,6%)", "7 of 15 BCH members is not more than half (needs ≥ 8); the resolution cannot be declared adopted"),
])

D["bb03_kiemphieu_phuong_2025"] = ("bien_ban", """ĐẢNG BỘ THÀNH PHỐ ĐỒNG HỚI\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG BỘ PHƯỜNG BẮC LÝ
BAN KIỂM PHIẾU
*
BIÊN BẢN KIỂM PHIẾU
BẦU BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA XXI, NHIỆM KỲ 2025-2030
Hôm nay, hồi 10 giờ 40 phút ngày 18 tháng 4 năm 2025, tại Hội trường Trung tâm Văn hóa phường, Ban kiểm phiếu gồm 05 đồng chí: Trương Văn Lâm (Trưởng ban), Hoàng Thị Mến, Nguyễn Quang Vinh, Lê Thị Ánh Tuyết, Phạm Đức Hòa (thành viên) đã tiến hành kiểm phiếu bầu Ban Chấp hành Đảng bộ phường.
- Số đại biểu được triệu tập: 120 đồng chí; có mặt tại phiên bầu cử: 118 đồng chí; vắng 02 đồng chí có lý do (Đinh Văn Thắng – ốm, Cao Thị Liên – chịu tang).
- Số lượng Ban Chấp hành Đại hội quyết định bầu: 15 đồng chí; danh sách bầu cử có 17 đồng chí.
- Số phiếu phát ra: 118 phiếu; số phiếu thu vào: 118 phiếu; số phiếu hợp lệ: 116 phiếu; số phiếu không hợp lệ: 02 phiếu.
Kết quả (tỷ lệ tính trên 116 phiếu hợp lệ):
TT\tHọ và tên\tSố phiếu\tTỷ lệ
1\tNguyễn Thanh Bình\t114\t98,3%
2\tTrần Thị Ngọc Lan\t112\t96,6%
3\tLê Minh Đức\t110\t94,8%
4\tPhan Văn Hùng\t109\t94,0%
5\tĐoàn Thị Thu Hà\t107\t92,2%
6\tHồ Xuân Trường\t105\t90,5%
7\tNguyễn Văn Tâm\t104\t89,7%
8\tVõ Thị Minh Nguyệt\t101\t87,1%
9\tĐặng Công Sơn\t99\t85,3%
10\tLưu Quốc Việt\t97\t83,6%
11\tTrần Văn Phúc\t95\t81,9%
12\tNguyễn Thị Hồng Nhung\t92\t79,3%
13\tBùi Đức Thịnh\t88\t75,9%
14\tHoàng Văn Quý\t83\t71,6%
15\tMai Thị Thảo\t76\t65,5%
16\tLê Văn Kiên\t54\t46,6%
17\tPhạm Thị Diệu\t47\t40,5%
Căn cứ Quy chế bầu cử trong Đảng, 15 đồng chí có số phiếu cao nhất, từ số thứ tự 1 đến 15, đều đạt trên một nửa tổng số phiếu hợp lệ, đã trúng cử Ban Chấp hành Đảng bộ phường khóa XXI, nhiệm kỳ 2025-2030. Hai đồng chí Lê Văn Kiên và Phạm Thị Diệu không đủ số phiếu trúng cử.
Số đại biểu có mặt tham gia bỏ phiếu bằng 118/120 đại biểu được triệu tập (98,3%). Hai phiếu không hợp lệ gồm: 01 phiếu bầu thừa số lượng Đại hội quyết định (ghi tên 16 người) và 01 phiếu có ký hiệu riêng. Trong 15 đồng chí trúng cử có 5 đồng chí nữ (33,3%).
Việc kiểm phiếu kết thúc lúc 11 giờ 35 phút cùng ngày. Biên bản lập thành 03 bản, đã đọc trước Đại hội.
TRƯỞNG BAN KIỂM PHIẾU\tCÁC THÀNH VIÊN
Trương Văn Lâm\tHoàng Thị Mến, Nguyễn Quang Vinh, Lê Thị Ánh Tuyết, Phạm Đức Hòa
""", [])
