TEXTS = {}
TEXTS["bb_cb_kp3_an_phu_t11_2025"] = """ĐẢNG BỘ PHƯỜNG AN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 3\t
*\t
BIÊN BẢN
HỌP CHI BỘ THÁNG 11 NĂM 2025
Hôm nay, vào lúc 19 giờ 30 phút ngày 12/11/2025, tại Hội trường Khu phố 3, Chi bộ Khu phố 3 tiến hành sinh hoạt thường kỳ tháng 11.
Đồng chí Lê Minh Quang, Bí thư Chi bộ điều hành buổi sinh hoạt; đồng chí Phan Thị Thu Hà, Chi ủy viên ghi biên bản.
Dự và chỉ đạo có đồng chí Võ Thanh Sơn, Đảng ủy viên, phụ trách địa bàn Khu phố 3.
Tổng số đảng viên của Chi bộ là 34 đồng chí, trong đó 31 đảng viên chính thức, 3 đảng viên dự bị. Có mặt 30 đồng chí (27 chính thức, 3 dự bị).
Vắng 4 đồng chí, đều có lý do: đồng chí Trần Văn Lộc – đi công tác tại Cần Thơ; đồng chí Nguyễn Thị Bích – ốm, đang nằm viện; đồng chí Hồ Văn Tâm – chăm con nhỏ bị sốt; đồng chí Đặng Quốc Bảo – đang học tập trung lớp trung cấp lý luận chính trị.
I. NỘI DUNG
1. Đồng chí Bí thư thông tin thời sự trong nước, quốc tế và quán triệt Kế hoạch của Đảng ủy phường về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.
2. Đánh giá kết quả tháng 10: các tổ dân phố ra quân làm sạch 2 tuyến hẻm; vận động Quỹ "Vì người nghèo" đến nay đạt 48,6 triệu đồng, vượt kế hoạch năm 45 triệu đồng (108%). Bình xét gia đình văn hóa năm 2025 có 612/652 hộ đạt, tỷ lệ 93,9%, chưa đạt chỉ tiêu 95% Nghị quyết chi bộ đề ra.
3. Xét đề nghị công nhận đảng viên chính thức cho đồng chí Mai Thị Ngọc.
II. Ý KIẾN THẢO LUẬN
- Đồng chí Bùi Văn Thành, Trưởng khu phố: còn 40 hộ chưa đạt gia đình văn hóa, chủ yếu là hộ thuê trọ, vi phạm vệ sinh môi trường.
- Đồng chí Lương Thị Diệu, Chi hội trưởng Phụ nữ: đề nghị ưu tiên quà cho 6 hộ cận nghèo.
- Đồng chí Võ Thanh Sơn ghi nhận kết quả vận động quỹ, đề nghị Chi bộ chú ý công tác phát triển đảng viên trong đoàn viên thanh niên.
III. BIỂU QUYẾT
- Đề nghị công nhận đảng viên chính thức đối với đồng chí Mai Thị Ngọc: tán thành 26/27 đảng viên chính thức có mặt, 01 đồng chí không tán thành.
- Nghị quyết tháng 11 năm 2025: 100% đảng viên chính thức có mặt nhất trí.
IV. NHIỆM VỤ THÁNG 12
1. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu phố vui tươi, tiết kiệm.
2. Tiếp tục vận động hộ thuê trọ đăng ký tạm trú, giữ gìn vệ sinh môi trường.
3. Giao đồng chí Bùi Văn Thành, Trưởng khu phố rà soát, lập danh sách hộ cận nghèo đề nghị hỗ trợ dịp Tết, gửi Chi ủy trước ngày 25/11/2025.
4. Giao Chi đoàn Khu phố 3 giới thiệu ít nhất 01 quần chúng ưu tú để Chi bộ xem xét, hoàn thành trong quý I/2026.
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp thống nhất.
THƯ KÝ
(đã ký)
Phan Thị Thu Hà
CHỦ TRÌ
(đã ký)
Lê Minh Quang
"""
TEXTS["bb_cb_thcs_nguyen_du_chuyen_de_q4"] = """ĐẢNG BỘ XÃ HÒA TIẾN                                   ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS NGUYỄN DU
*
BIÊN BẢN
SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2025
Vào lúc 14 giờ 00 ngày 05 tháng 12, tại Phòng họp Hội đồng sư phạm nhà trường, Chi bộ Trường THCS Nguyễn Du tổ chức buổi sinh hoạt chuyên đề "Phát huy vai trò nêu gương của đảng viên trong giáo dục đạo đức, lối sống cho học sinh".
Buổi sinh hoạt do đồng chí Hà Văn Định, Bí thư Chi bộ, Hiệu trưởng chủ trì; đồng chí Châu Thị Mỹ Linh làm thư ký.
Đến dự có đồng chí Nguyễn Hữu Phước, Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã.
Chi bộ hiện có 19 đảng viên (17 chính thức, 2 dự bị). Dự sinh hoạt 18 đồng chí, trong đó 16 chính thức, 2 dự bị. Vắng 01 đồng chí: Trịnh Văn Khải (đưa đội tuyển học sinh giỏi đi thi cấp thành phố).
1. Đồng chí Ngô Thị Lan, Phó Hiệu trưởng trình bày chuyên đề. Năm học 2024-2025, nhà trường có 594/680 học sinh được đánh giá kết quả rèn luyện mức Tốt, đạt 87,4%, vượt chỉ tiêu 85% đề ra; còn 41 học sinh vi phạm nội quy, trong đó 9 trường hợp sử dụng điện thoại trong giờ học.
2. Thảo luận:
- Đồng chí Phùng Văn Nhân: đề nghị mỗi đảng viên là giáo viên chủ nhiệm nhận giúp đỡ ít nhất 2 học sinh có hoàn cảnh khó khăn.
- Đồng chí Lý Thị Hoài: nhắc việc đảng viên còn đi họp muộn, chưa gương mẫu trong giờ chào cờ.
- Đồng chí Nguyễn Hữu Phước đánh giá chuyên đề chuẩn bị công phu, gắn với thực tiễn nhà trường.
3. Đồng chí chủ trì kết luận, thống nhất các giải pháp:
- Mỗi đảng viên đăng ký ít nhất một việc làm nêu gương cụ thể, đưa vào kiểm điểm cuối năm.
- Giao đồng chí Ngô Thị Lan xây dựng kế hoạch giáo dục kỹ năng sống học kỳ II, trình Chi ủy trước ngày 20/12/2025.
- Giao Chi đoàn giáo viên phối hợp Liên đội tổ chức diễn đàn "Nói không với bạo lực học đường", thực hiện trong tháng 01/2026.
4. Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng Lê Hoàng Yến, giáo viên Ngữ văn. Kết quả biểu quyết: tán thành 15/16 đảng viên chính thức có mặt, 01 ý kiến khác.
Chi bộ biểu quyết thông qua nội dung chuyên đề và các giải pháp: 16/16 đồng chí tán thành.
Buổi sinh hoạt kết thúc vào 16 giờ 40 cùng ngày.
THƯ KÝ                                                    CHỦ TRÌ
(Ký, ghi rõ họ tên)                                     (Ký, ghi rõ họ tên)
Châu Thị Mỹ Linh                                         Hà Văn Định
"""
TEXTS["bb_bch_du_xa_tan_lap_lan6"] = """ĐẢNG BỘ TỈNH PHÚ THỌ
ĐẢNG ỦY XÃ TÂN LẬP
*
Số 21-BB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 18 tháng 12 năm 2025
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU
Thời gian: khai mạc 7 giờ 30 phút, bế mạc 11 giờ 45 phút ngày 18/12/2025.
Địa điểm: Hội trường Trung tâm Chính trị xã.
Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030 được triệu tập để đánh giá kết quả năm 2025, quyết định nhiệm vụ năm 2026.
Đoàn Chủ tịch gồm: đồng chí Đinh Công Tuấn, Bí thư Đảng ủy; đồng chí Hà Thị Nguyệt, Phó Bí thư Thường trực; đồng chí Vi Văn Cường, Phó Bí thư, Chủ tịch UBND xã. Thư ký hội nghị: đồng chí Lò Thị Hằng, Chánh Văn phòng Đảng ủy.
Dự hội nghị có đồng chí Hoàng Minh Khôi, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Ban Chấp hành có 27 đồng chí; có mặt 25 đồng chí; vắng 2 đồng chí có lý do: đồng chí Sa Văn Dũng (dự lớp bồi dưỡng tại Trường Chính trị tỉnh), đồng chí Bạc Thị Xuân (nghỉ chế độ thai sản).
I. KẾT QUẢ NĂM 2025
Đồng chí Hà Thị Nguyệt trình bày dự thảo báo cáo. Thu ngân sách trên địa bàn ước đạt 14,2 tỷ đồng, bằng 113,6% dự toán (12,5 tỷ đồng). Kết nạp 17 đảng viên, đạt 85% chỉ tiêu (20 đảng viên). Tỷ lệ hộ nghèo giảm còn 4,12%, đạt chỉ tiêu dưới 4,5%.
Năm 2026 phấn đấu thu ngân sách 15 tỷ đồng, kết nạp 22 đảng viên.
II. THẢO LUẬN
Có 7 lượt ý kiến. Đồng chí Lường Văn Pâng đề nghị làm rõ nguyên nhân chưa đạt chỉ tiêu phát triển đảng viên ở 4 chi bộ bản vùng cao. Đồng chí Hoàng Minh Khôi đề nghị Đảng ủy rà soát nguồn quần chúng ưu tú ngay từ quý I.
III. CÔNG TÁC KIỂM TRA, KỶ LUẬT VÀ NHÂN SỰ
1. Xem xét kỷ luật đồng chí Cầm Văn Toản, đảng viên Chi bộ bản Nà Ươi, vi phạm quy định về quản lý đất đai. Hội nghị bỏ phiếu kín: 21/25 phiếu đồng ý hình thức khiển trách, 4 phiếu đề nghị cảnh cáo. Hình thức khiển trách được thông qua.
2. Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy: phát ra 25 phiếu, thu về 25 phiếu, hợp lệ 25 phiếu. Đồng chí Lù Văn Thắng trúng cử với 24/25 phiếu (96%).
IV. BIỂU QUYẾT
Nghị quyết về nhiệm vụ năm 2026: 25/25 đồng chí có mặt tán thành, bằng 92,59% tổng số Ủy viên Ban Chấp hành.
V. KẾT LUẬN
Đồng chí Đinh Công Tuấn kết luận:
1. Giao Văn phòng Đảng ủy hoàn chỉnh Nghị quyết, ban hành trước ngày 25/12/2025.
2. Giao Ủy ban Kiểm tra Đảng ủy hoàn thiện hồ sơ, ban hành quyết định kỷ luật đồng chí Cầm Văn Toản trong tháng 12/2025.
3. Giao Đảng ủy UBND xã lãnh đạo xây dựng kế hoạch thu ngân sách năm 2026, xong trước ngày 10/01/2026.
Hội nghị bế mạc hồi 11 giờ 45 phút cùng ngày.
THƯ KÝ HỘI NGHỊ
Lò Thị Hằng
T/M ĐOÀN CHỦ TỊCH
BÍ THƯ
Đinh Công Tuấn
"""
TEXTS["bb_daihoi_cb_thon_dong_mai_2025"] = """ĐẢNG BỘ XÃ YÊN HƯNG                  ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN ĐỒNG MAI
*
BIÊN BẢN
ĐẠI HỘI CHI BỘ THÔN ĐỒNG MAI LẦN THỨ XV, NHIỆM KỲ 2025 - 2027
Hồi 7 giờ 30 phút ngày 22/3/2025, tại Nhà văn hóa thôn Đồng Mai, Chi bộ tiến hành Đại hội lần thứ XV.
Đại hội bầu Đoàn Chủ tịch gồm đồng chí Phạm Văn Hải, Bí thư Chi bộ và đồng chí Vũ Thị Thanh, Phó Bí thư; Thư ký Đại hội: đồng chí Lại Thu Trang.
Đại biểu cấp trên: đồng chí Tô Văn Hùng, Phó Bí thư Đảng ủy xã, Chủ tịch HĐND xã.
Tổng số đảng viên được triệu tập: 42 đồng chí (38 chính thức, 4 dự bị). Có mặt 39 đồng chí, trong đó 35 chính thức, 4 dự bị. Vắng 3 đồng chí: Đinh Văn Lực và Mai Xuân Trường đi làm ăn xa (đã có đơn xin vắng), Trần Thị Sen ốm.
I. BÁO CÁO CHÍNH TRỊ
Nhiệm kỳ 2022 - 2025, thu nhập bình quân đầu người đạt 62 triệu đồng/năm, bằng 103,3% chỉ tiêu Nghị quyết (60 triệu đồng); kết nạp được 5 đảng viên, chưa đạt chỉ tiêu 6 đảng viên. Nhiệm kỳ 2025 - 2027 phấn đấu kết nạp 4 đảng viên mới.
II. BẦU CỬ
Đại hội biểu quyết số lượng Chi ủy khóa mới là 3 đồng chí: 35/35 đảng viên chính thức tán thành. Danh sách bầu cử gồm 4 đồng chí.
Ban kiểm phiếu báo cáo: số phiếu phát ra 35, thu vào 35; phiếu hợp lệ 34, không hợp lệ 01. Kết quả:
1. Phạm Văn Hải: 33/34 phiếu, đạt 97,06%;
2. Vũ Thị Thanh: 31/34 phiếu, đạt 91,18%;
3. Đỗ Minh Tiến: 27/34 phiếu, đạt 79,41%;
4. Trần Quang Vinh: 11/34 phiếu, đạt 32,35%.
Các đồng chí Phạm Văn Hải, Vũ Thị Thanh, Đỗ Minh Tiến trúng cử Chi ủy; đồng chí Trần Quang Vinh không trúng cử vì không đủ số phiếu quá một nửa.
Bầu Bí thư Chi bộ tại Đại hội: phát ra 35 phiếu, hợp lệ 35. Đồng chí Phạm Văn Hải trúng cử với 32/35 phiếu (91,43%).
III. NGHỊ QUYẾT ĐẠI HỘI
Đại hội thông qua Nghị quyết với 100% đảng viên chính thức có mặt tán thành.
Đại hội giao Chi ủy khóa mới hoàn thiện hồ sơ Đại hội, báo cáo Đảng ủy xã trước ngày 30/3/2025; giao đồng chí Đỗ Minh Tiến, Trưởng thôn xây dựng kế hoạch làm đường trục thôn, trình Chi bộ trong quý II/2025.
Đại hội bế mạc lúc 11 giờ 30 phút cùng ngày.
THƯ KÝ ĐẠI HỘI                                   T/M ĐOÀN CHỦ TỊCH
Lại Thu Trang                                         Phạm Văn Hải
"""
TEXTS["bb_mttq_phuong_vy_da_nha_dai_doan_ket"] = """ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HUẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN MTTQ VIỆT NAM PHƯỜNG VỸ DẠ\tĐộc lập - Tự do - Hạnh phúc
Số: 09/BB-MTTQ\tVỹ Dạ, ngày 04 tháng 11 năm 2025
BIÊN BẢN
Cuộc họp Ban Thường trực mở rộng về hỗ trợ xây dựng nhà Đại đoàn kết năm 2025
Vào hồi 8 giờ 00 ngày 04/11/2025, tại Phòng họp Ủy ban MTTQ Việt Nam phường, Ban Thường trực Ủy ban MTTQ Việt Nam phường Vỹ Dạ tổ chức cuộc họp mở rộng.
Chủ trì: bà Nguyễn Thị Kim Oanh, Chủ tịch Ủy ban MTTQ Việt Nam phường. Thư ký: ông Hoàng Đức Nhã, cán bộ Văn phòng.
Thành phần mời 15 đại biểu, gồm: Ban Thường trực (4), người đứng đầu các tổ chức chính trị - xã hội (5) và Trưởng ban công tác Mặt trận 6 tổ dân phố. Có mặt 13 đại biểu; vắng 2: ông Lê Quý Đôn Hiếu, Trưởng ban công tác Mặt trận tổ dân phố 2 (đi viện chăm người nhà) và bà Tôn Nữ Thảo Vy, Chủ tịch Hội Liên hiệp Phụ nữ phường (họp tại thành phố).
Mời dự: ông Trương Công Định, Phó Chủ tịch UBND phường.
1. Ông Hoàng Đức Nhã báo cáo: Quỹ "Vì người nghèo" năm 2025 kế hoạch 350 triệu đồng, đến ngày 31/10 đã vận động được 287,5 triệu đồng, đạt 82,1%. Kế hoạch xây mới 5 nhà Đại đoàn kết, đến nay đã bàn giao 2 nhà, 3 nhà chưa khởi công do vướng thủ tục đất.
2. Ý kiến: ông Phan Văn Rin (Hội Cựu chiến binh) đề nghị nâng mức hỗ trợ lên 60 triệu đồng/căn vì giá vật liệu tăng; bà Hồ Thị Lài (tổ dân phố 5) đề nghị ưu tiên hộ bà Nguyễn Thị Bé, mẹ đơn thân nuôi 2 con.
Ông Trương Công Định cho biết UBND phường sẽ hướng dẫn các hộ hoàn thiện hồ sơ đất trong tháng 11.
3. Biểu quyết:
- Mức hỗ trợ 60 triệu đồng/căn: 13/13 đại biểu có mặt thống nhất.
- Danh sách 3 hộ được hỗ trợ đợt 2: 12/13 đại biểu tán thành, 01 đại biểu không tán thành.
4. Kết luận của chủ trì:
- Giao Ban công tác Mặt trận tổ dân phố 5 phối hợp Hội Cựu chiến binh huy động ngày công giúp hộ bà Nguyễn Thị Bé, khởi công trước ngày 15/11/2025.
- Giao Văn phòng tổng hợp danh sách nhà tài trợ, báo cáo Ban Thường trực trước ngày 10/11/2025.
- Các tổ chức thành viên tiếp tục vận động đoàn viên, hội viên ủng hộ Quỹ, phấn đấu hoàn thành kế hoạch năm.
Cuộc họp kết thúc lúc 10 giờ 30 cùng ngày./.
Nơi nhận:
- Ban Thường trực UBMTTQ Việt Nam thành phố (b/c);
- Đảng ủy phường (b/c);
- Lưu: VT.
THƯ KÝ\tTM. BAN THƯỜNG TRỰC
\tCHỦ TỊCH
Hoàng Đức Nhã\tNguyễn Thị Kim Oanh
"""
TEXTS["bc_du_phuong_kien_an_quy3_2025"] = """ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
ĐẢNG ỦY PHƯỜNG KIẾN AN
*
Số 58-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Kiến An, ngày 02 tháng 10 năm 2025
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2025
-----
Quý III là quý đầu tiên phường vận hành theo mô hình chính quyền địa phương hai cấp. Ban Thường vụ Đảng ủy đã tập trung lãnh đạo ổn định tổ chức bộ máy, bảo đảm hoạt động thông suốt. Ban Thường vụ Đảng ủy phường báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác xây dựng Đảng
Tổ chức quán triệt các văn bản của Trung ương, Thành ủy cho 100% chi bộ trực thuộc. Trong 9 tháng, toàn Đảng bộ kết nạp 31 đảng viên, bằng 68,9% chỉ tiêu năm (45 đảng viên); chuyển chính thức 27 đảng viên. Ủy ban Kiểm tra Đảng ủy kiểm tra khi có dấu hiệu vi phạm đối với 02 đảng viên, đề nghị thi hành kỷ luật 01 trường hợp.
2. Kinh tế - xã hội
Thu ngân sách nhà nước trên địa bàn ước 9 tháng đạt 186,4 tỷ đồng, bằng 79,3% dự toán năm (235 tỷ đồng). Trong quý III, bộ phận một cửa tiếp nhận 1.540 hồ sơ, giải quyết đúng hạn 1.526 hồ sơ, tỷ lệ 99,1%, vượt chỉ tiêu 98% của Nghị quyết. Tỷ lệ người dân tham gia bảo hiểm y tế đến hết quý III mới đạt 94,6%, kế hoạch năm là 96%.
3. Quốc phòng, an ninh
Hoàn thành giao quân đợt 2; tình hình an ninh chính trị, trật tự an toàn xã hội ổn định, không để xảy ra điểm nóng.
II. HẠN CHẾ
Tiến độ phát triển đảng viên ở khối doanh nghiệp ngoài nhà nước còn chậm; một số chi bộ tổ dân phố sinh hoạt chưa đều.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
Chỉ tiêu chủ yếu: kết nạp thêm ít nhất 14 đảng viên để hoàn thành chỉ tiêu năm; tỷ lệ tham gia bảo hiểm y tế đạt 96% trở lên.
Nhiệm vụ trọng tâm:
1. Chỉ đạo các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025, hoàn thành trước ngày 15/12/2025.
2. Ban Xây dựng Đảng Đảng ủy tham mưu rà soát nguồn kết nạp ở các doanh nghiệp, báo cáo Ban Thường vụ trong tháng 10/2025.
3. Đảng ủy UBND phường lãnh đạo quyết liệt thu ngân sách, phấn đấu vượt dự toán.
4. Tăng cường nắm tình hình tư tưởng cán bộ, đảng viên sau sắp xếp tổ chức bộ máy.
Nơi nhận:
- Ban Thường vụ Thành ủy (b/c),
- Ban Tổ chức Thành ủy,
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Nguyễn Thị Thanh Thủy
"""
TEXTS["bc_ubnd_xa_tra_giang_nam_2025"] = """UBND TỈNH QUẢNG NGÃI
ỦY BAN NHÂN DÂN XÃ TRÀ GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Giang, ngày 08 tháng 12 năm 2025
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 và kế hoạch năm 2026
Thực hiện Nghị quyết của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2025, UBND xã báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN NĂM 2025
1. Kinh tế
- Tổng sản lượng lương thực có hạt ước đạt 12.450 tấn, bằng 103,8% kế hoạch (12.000 tấn).
- Trồng rừng tập trung 320 ha, đạt 106,7% kế hoạch (300 ha); tỷ lệ che phủ rừng duy trì 71,2%.
- Thu ngân sách trên địa bàn ước 8,75 tỷ đồng, đạt 121,5% dự toán HĐND xã giao (7,2 tỷ đồng).
- Giải ngân vốn đầu tư công đạt 87,6% kế hoạch vốn giao; còn 2 công trình giao thông chậm tiến độ.
2. Văn hóa - xã hội
- Toàn xã còn 297/1.598 hộ nghèo, tỷ lệ 18,6%, chưa đạt mục tiêu giảm còn dưới 18%.
- Tỷ lệ tham gia bảo hiểm y tế 97,3%; 5/5 trường học duy trì đạt chuẩn quốc gia.
3. Quốc phòng - an ninh
Giao quân đạt 100% chỉ tiêu (14 thanh niên); tai nạn giao thông giảm 2 vụ so với năm 2024.
II. TỒN TẠI, HẠN CHẾ
Tỷ lệ hộ nghèo còn cao, chủ yếu ở 3 thôn vùng sâu; việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số chậm.
III. KẾ HOẠCH NĂM 2026
1. Chỉ tiêu chủ yếu: thu ngân sách trên địa bàn 9 tỷ đồng; giảm tỷ lệ hộ nghèo còn dưới 15%.
2. Nhiệm vụ, giải pháp:
- Phòng Kinh tế chủ trì xây dựng phương án chuyển đổi 45 ha đất lúa kém hiệu quả sang trồng cây ăn quả, trình UBND xã trước ngày 31/01/2026.
- Giao Phòng Văn hóa - Xã hội phối hợp Ủy ban MTTQ Việt Nam xã rà soát hộ nghèo, cận nghèo, hoàn thành trong quý I/2026.
- Đẩy nhanh tiến độ 2 công trình giao thông chuyển tiếp, bảo đảm giải ngân 100% kế hoạch vốn.
- Giao Công an xã chủ trì bảo đảm an ninh trật tự dịp Tết Nguyên đán Bính Ngọ năm 2026.
Trên đây là báo cáo của UBND xã Trà Giang./.
Nơi nhận:
- Thường trực HĐND xã;
- Đảng ủy xã (b/c);
- Chủ tịch, các PCT UBND xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Ngọc
"""
TEXTS["bc_thpt_dong_hieu_hk1_2025_2026"] = """SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THPT ĐÔNG HIẾU\tĐộc lập - Tự do - Hạnh phúc
Số: 15/BC-THPTĐH\tNghệ An, ngày 12 tháng 01 năm 2026
BÁO CÁO
Sơ kết học kỳ I năm học 2025 - 2026
Căn cứ Kế hoạch nhiệm vụ năm học 2025 - 2026 của Sở Giáo dục và Đào tạo; căn cứ kết quả thực hiện nhiệm vụ của nhà trường, Trường THPT Đông Hiếu báo cáo sơ kết học kỳ I như sau:
I. ĐẶC ĐIỂM TÌNH HÌNH
Nhà trường có 32 lớp với 1.226 học sinh đầu năm; 84 cán bộ, giáo viên, nhân viên, trong đó 41 đảng viên.
II. KẾT QUẢ HỌC KỲ I
1. Duy trì sĩ số: cuối học kỳ còn 1.218/1.226 học sinh, tỷ lệ 99,35%, đạt chỉ tiêu 99% kế hoạch năm học; 8 học sinh nghỉ học chủ yếu do gia đình chuyển vào miền Nam làm ăn.
2. Chất lượng giáo dục: 882 học sinh có kết quả học tập mức Tốt và Khá, chiếm 72,4%, vượt chỉ tiêu 70%; 6 học sinh xếp mức Chưa đạt (0,49%).
3. Học sinh giỏi: đội tuyển đạt 23 giải cấp tỉnh (4 giải Nhất), bằng 76,7% chỉ tiêu năm học (30 giải).
4. Chuyển đổi số: 100% giáo viên sử dụng sổ điểm điện tử; hoàn thành học bạ số khối 10.
5. Cơ sở vật chất: được Sở phân bổ 1,2 tỷ đồng sửa chữa nhà đa năng, đã giải ngân 0,9 tỷ đồng.
6. Công tác Đảng, đoàn thể: Chi bộ kết nạp 02 đảng viên là giáo viên trẻ; Đoàn trường tổ chức ngày hội hiến máu, tiếp nhận 146 đơn vị máu; Công đoàn thăm hỏi 12 lượt đoàn viên ốm đau.
III. HẠN CHẾ
Chất lượng môn Tiếng Anh khối 10 thấp, điểm trung bình 5,8; một số giáo viên chưa đổi mới phương pháp kiểm tra, đánh giá.
IV. NHIỆM VỤ TRỌNG TÂM HỌC KỲ II
1. Tổ Ngoại ngữ xây dựng kế hoạch phụ đạo Tiếng Anh khối 10, triển khai từ ngày 02/02/2026.
2. Giao đồng chí Phó Hiệu trưởng Trần Đình Khoa chỉ đạo ôn thi tốt nghiệp THPT năm 2026, hoàn thành đề cương các môn trước ngày 28/02/2026.
3. Tiếp tục bồi dưỡng đội tuyển dự thi học sinh giỏi lớp 11 cấp tỉnh.
4. Bộ phận kế toán hoàn tất quyết toán hạng mục nhà đa năng trong quý I/2026.
Trên đây là báo cáo sơ kết học kỳ I năm học 2025 - 2026 của Trường THPT Đông Hiếu./.
Nơi nhận:\tHIỆU TRƯỞNG
- Sở GD&ĐT (để b/c);\t
- Đảng ủy phường Thái Hòa (để b/c);\t
- Lưu: VT.\tNguyễn Văn Thắng
"""
TEXTS["bc_cb_ban_phieng_ban_kiem_diem_2025"] = """ĐẢNG BỘ XÃ MƯỜNG BÚ                              ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ BẢN PHIÊNG BAN                    Phiêng Ban, ngày 20 tháng 11 năm 2025
*
Số 04-BC/CB
BÁO CÁO
kiểm điểm tập thể Chi bộ năm 2025
Thực hiện Hướng dẫn của Ban Thường vụ Đảng ủy xã Mường Bú về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025, Chi bộ bản Phiêng Ban báo cáo như sau:
I. TÌNH HÌNH CHUNG
Chi bộ có 28 đảng viên (26 chính thức, 2 dự bị); bản có 112 hộ, 486 nhân khẩu, 94% là đồng bào dân tộc Thái. Chi bộ duy trì sinh hoạt đều đặn 12/12 kỳ, bình quân mỗi kỳ có 24 đảng viên dự.
II. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ
1. Phát triển kinh tế: Tái canh cà phê được 15 ha, đạt 75% kế hoạch năm (20 ha) do thiếu giống; trồng mới 6,5 ha mắc ca. Thu nhập bình quân ước 38 triệu đồng/người/năm.
2. Giảm nghèo: Số hộ nghèo giảm từ 12 hộ (10,71%) xuống còn 9 hộ, tỷ lệ 8,04%, đạt chỉ tiêu Nghị quyết Chi bộ giao (dưới 9%).
3. Xây dựng Đảng: Kết nạp 02 đảng viên, đạt 100% chỉ tiêu; ngày 15/8 công nhận chính thức cho 01 đồng chí. Không có đảng viên vi phạm phải xử lý kỷ luật.
4. Quốc phòng - an ninh: Không có người nghiện ma túy mới; vận động nhân dân giao nộp 2 khẩu súng tự chế.
III. HẠN CHẾ, NGUYÊN NHÂN
Một số đảng viên chưa gương mẫu trong chuyển đổi cây trồng; nội dung sinh hoạt có lúc còn dàn trải. Nguyên nhân chủ yếu do Chi ủy chưa phân công cụ thể từng đảng viên phụ trách nhóm hộ.
IV. TỰ ĐÁNH GIÁ
Chi bộ tự đánh giá, xếp loại mức "Hoàn thành tốt nhiệm vụ" (tập thể Chi bộ đã thống nhất tại hội nghị kiểm điểm ngày 18/11, có đồng chí đảng ủy viên phụ trách bản dự).
V. PHƯƠNG HƯỚNG NĂM 2026
1. Hoàn thành tái canh 5 ha cà phê còn lại trong vụ xuân năm 2026.
2. Phân công mỗi chi ủy viên phụ trách một nhóm hộ, theo dõi đến tháng 12/2026.
3. Giao đồng chí Quàng Văn Sinh, Trưởng bản lập danh sách hộ có nguy cơ tái nghèo, báo cáo Chi ủy trước ngày 15/01/2026.
4. Giao Chi đoàn bản phối hợp Chi hội Phụ nữ tổ chức tuyên truyền phòng, chống ma túy trong dịp Tết.
Nơi nhận:
- Đảng ủy xã Mường Bú (b/c);
- Lưu Chi bộ.
T/M CHI BỘ
BÍ THƯ
Lò Văn Xôm
"""
TEXTS["nq_cb_khoi_noi_bvdk_lam_dong_t12_2025"] = """ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH
CHI BỘ KHỐI NỘI
*
Số 12-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Lâm Đồng, ngày 10 tháng 12 năm 2025
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025
-----
Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;
Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 09/12/2025, với 25/27 đảng viên tham dự,
CHI BỘ KHỐI NỘI QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 11
Chi bộ lãnh đạo các khoa hoàn thành tốt nhiệm vụ chuyên môn. Lũy kế 11 tháng, khám bệnh ngoại trú 48.620 lượt, bằng 88,4% kế hoạch năm (55.000 lượt). Khảo sát hài lòng người bệnh nội trú năm 2025 đạt 92,3%, vượt chỉ tiêu 90%. Thực hiện thành công 14 ca can thiệp mạch vành, không để xảy ra sự cố y khoa nghiêm trọng.
Hạn chế: tình trạng quá tải giường bệnh tại Khoa Nội tim mạch vẫn còn; một số đảng viên chưa hoàn thành cập nhật bệnh án điện tử đúng hạn; chi phí thuốc bình quân một đợt điều trị nội trú tăng 6% so với cùng kỳ.
II. NHIỆM VỤ THÁNG 12 NĂM 2025
1. Lãnh đạo thực hiện kiểm điểm, đánh giá, xếp loại đảng viên năm 2025 đúng hướng dẫn của Đảng ủy Bệnh viện; đồng chí Bí thư Chi bộ chuẩn bị báo cáo kiểm điểm tập thể trước ngày 18/12/2025.
2. Giao đồng chí Lâm Thị Hạnh, Phó Bí thư Chi bộ, Trưởng Khoa Nội tổng hợp phối hợp Phòng Kế hoạch tổng hợp điều phối giường bệnh, giảm nằm ghép trong tháng 12/2025.
3. Giao đồng chí K'Brông Thị Dung theo dõi, giúp đỡ quần chúng Ya Hòa trong thời gian học lớp bồi dưỡng nhận thức về Đảng.
4. Hoàn thành cập nhật 100% bệnh án điện tử nội trú trước ngày 31/12/2025.
5. Tổ chức trực Tết Dương lịch năm 2026 an toàn, đủ thuốc, vật tư.
III. TỔ CHỨC THỰC HIỆN
Chi ủy tổ chức quán triệt Nghị quyết đến từng đảng viên; các tổ đảng triển khai thực hiện, báo cáo kết quả tại kỳ sinh hoạt tháng 01/2026.
Nghị quyết đã được 22/23 đảng viên chính thức có mặt biểu quyết tán thành (95,65%).
Nơi nhận:\tT/M CHI BỘ
- Đảng ủy Bệnh viện (b/c),\tBÍ THƯ
- Các đảng viên trong Chi bộ,\t
- Lưu Chi bộ.\tTrịnh Quốc Việt
"""
TEXTS["tb_kl_btv_du_xa_tan_hoi_trung_t10_2025"] = """ĐẢNG BỘ TỈNH ĐỒNG THÁP
ĐẢNG ỦY XÃ TÂN HỘI TRUNG
*
Số 37-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hội Trung, ngày 24 tháng 10 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ VỀ THU HOẠCH LÚA THU ĐÔNG VÀ GIẢI PHÓNG MẶT BẰNG
-----
Ngày 22/10, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ tháng 10 dưới sự chủ trì của đồng chí Nguyễn Văn Út, Bí thư Đảng ủy. Ban Thường vụ có 9 đồng chí, dự họp 8 đồng chí; vắng đồng chí Lê Thị Diễm (đang học lớp cao cấp lý luận chính trị). Mời dự họp: Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng Công an xã, Chủ tịch Hội Nông dân xã.
Sau khi nghe Đảng ủy UBND xã báo cáo, Ban Thường vụ kết luận như sau:
1. Về thu hoạch lúa Thu Đông: đến ngày 20/10 toàn xã đã thu hoạch 2.150/3.400 ha, đạt 63,2% diện tích gieo sạ; năng suất bình quân 5,9 tấn/ha, giá lúa tươi từ 6.200 đến 6.500 đồng/kg. Một số cánh đồng trũng bị ngập cục bộ, máy gặt thiếu; UBND xã đã chủ động bơm tiêu úng và điều thêm máy gặt từ các hợp tác xã lân cận để hỗ trợ nông dân.
2. Về giải phóng mặt bằng tuyến đường ĐT.850 đoạn qua xã: đã vận động 86/112 hộ bàn giao mặt bằng (76,8%); còn 26 hộ chưa thống nhất giá bồi thường, trong đó 7 hộ có đơn khiếu nại.
Ban Thường vụ thống nhất chủ trương vận động doanh nghiệp hỗ trợ thêm 5 triệu đồng/hộ cho các hộ bàn giao mặt bằng trước thời hạn (8/8 đồng chí dự họp tán thành).
3. Nhiệm vụ thời gian tới:
- Giao Đảng ủy UBND xã lãnh đạo UBND xã điều phối máy gặt, hoàn thành thu hoạch lúa Thu Đông trước ngày 15/11/2025.
- Ủy ban MTTQ Việt Nam xã phối hợp Hội Nông dân vận động 26 hộ còn lại bàn giao mặt bằng, xong trong tháng 11/2025.
- Giao đồng chí Trưởng Công an xã nắm chắc tình hình, không để phát sinh khiếu kiện đông người.
- Văn phòng Đảng ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ kết quả tại phiên họp tháng 11.
Ban Thường vụ Đảng ủy xã thông báo để các tổ chức, cá nhân liên quan biết, thực hiện.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các đồng chí Đảng ủy viên,
- Đảng ủy UBND xã,
- Lưu Văn phòng Đảng ủy.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Huỳnh Thị Kim Cúc
"""
TEXTS["tin_cb_thon_na_khoang_chuyen_de_ket_nap"] = """Trang chủ > Xây dựng Đảng > Tổ chức cơ sở đảng
Thứ Năm, 20/11/2025 - 15:42
Cỡ chữ: A- A A+ | Chia sẻ | In bài
Chi bộ thôn Nà Khoang sinh hoạt chuyên đề gắn với kết nạp đảng viên mới
Chiều 19/11, Chi bộ thôn Nà Khoang, xã Thượng Lâm tổ chức sinh hoạt chuyên đề "Phát huy vai trò đảng viên trong phát triển kinh tế rừng" kết hợp lễ kết nạp đảng viên. Đồng chí Bế Thị Nhàn, Phó Bí thư Thường trực Đảng ủy xã dự, chỉ đạo.
Buổi sinh hoạt do đồng chí Hoàng Văn Kiên, Bí thư Chi bộ chủ trì. Chi bộ hiện có 31 đảng viên, trong đó 29 đảng viên chính thức; dự sinh hoạt có 29 đồng chí (27 chính thức, 2 dự bị), 2 đồng chí vắng vì đi làm ăn xa tại tỉnh Bắc Ninh.
Đồng chí Bế Thị Nhàn trao Quyết định kết nạp đảng viên cho quần chúng Ma Thị Huyền. Ảnh: Thu Hiền
Theo báo cáo chuyên đề, năm 2025 Chi bộ đã lãnh đạo bà con trồng mới 42 ha quế và keo, đạt 120% kế hoạch năm (35 ha); 8 hộ đảng viên có mô hình kinh tế đồi rừng cho thu nhập trên 200 triệu đồng/năm. Tuy vậy, việc khai thác gỗ non, bán cây đứng vẫn còn xảy ra ở một số hộ.
Tại buổi sinh hoạt, 6 lượt đảng viên phát biểu, đề xuất thành lập tổ hợp tác sản xuất quế hữu cơ, liên kết với doanh nghiệp chế biến tinh dầu.
Sau khi thảo luận, Chi bộ biểu quyết thông qua Nghị quyết chuyên đề với 100% đảng viên chính thức có mặt nhất trí. Nghị quyết giao đồng chí Nông Văn Thạch, Trưởng thôn chủ trì vận động thành lập tổ hợp tác quế hữu cơ, hoàn thành trước ngày 31/3/2026; giao Chi hội Nông dân thôn phối hợp khuyến nông xã hướng dẫn kỹ thuật chăm sóc quế cho các hộ mới trồng.
Phát biểu chỉ đạo, đồng chí Bế Thị Nhàn đề nghị Chi bộ quan tâm giúp đỡ đảng viên mới, đồng thời tiếp tục tạo nguồn phát triển đảng viên trong thanh niên.
Thu Hiền (Trung tâm Truyền thông xã Thượng Lâm)
Lượt xem: 1.318
Chia sẻ Facebook Zalo
Tin liên quan
- Xã Thượng Lâm sơ kết công tác phát triển đảng viên 9 tháng (02/10/2025)
- Chi bộ thôn Bản Bó sinh hoạt thường kỳ tháng 10 (16/10/2025)
- Trao huy hiệu 40 năm tuổi Đảng cho 3 đảng viên (07/11/2025)
Bình luận (0)
© Bản quyền thuộc Trang thông tin điện tử xã Thượng Lâm
"""
TEXTS["tin_du_phuong_an_hai_bch_lan4_tong_ket_2025"] = """Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
Đảng ủy phường An Hải tổng kết công tác năm 2025, bàn nhiệm vụ năm 2026
12/12/2025 | 10:05 | Lượt xem: 864
Chia sẻ  |  Cỡ chữ  A-  A+  |  In trang
(Cổng TTĐT phường An Hải) - Sáng 11/12, Đảng ủy phường An Hải tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ tư (mở rộng) để tổng kết công tác xây dựng Đảng và nhiệm vụ chính trị năm 2025. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 26 điểm cầu chi bộ.
Đồng chí Lê Quang Vinh, Bí thư Đảng ủy phường và đồng chí Trần Thị Ngọc Bích, Phó Bí thư Thường trực Đảng ủy đồng chủ trì hội nghị. Dự hội nghị có đồng chí Phạm Đức Tài, Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy Đà Nẵng; 33/35 Ủy viên Ban Chấp hành Đảng bộ phường có mặt.
Quang cảnh hội nghị tại điểm cầu trung tâm. Ảnh: Minh Hoàng
Năm 2025, trong bối cảnh vừa sắp xếp đơn vị hành chính, phường đã hoàn thành 13/15 chỉ tiêu chủ yếu. Thu ngân sách trên địa bàn đạt 1.386,5 tỷ đồng, bằng 110,9% dự toán (1.250 tỷ đồng). Toàn Đảng bộ kết nạp 58 đảng viên, đạt 96,7% chỉ tiêu (60 đảng viên). Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 97,8%, vượt chỉ tiêu 95%.
Năm 2026, Đảng ủy phường đặt mục tiêu thu ngân sách 1.400 tỷ đồng, kết nạp ít nhất 65 đảng viên.
Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2026 với 32/33 Ủy viên có mặt tán thành; đồng thời thống nhất đề nghị khen thưởng 9 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2025 với 33/33 ý kiến nhất trí.
Kết luận hội nghị, đồng chí Lê Quang Vinh yêu cầu các chi bộ tổ chức kiểm điểm cuối năm hoàn thành trước ngày 31/12/2025; giao Đảng ủy UBND phường chỉ đạo xây dựng kế hoạch chỉnh trang đô thị ven biển, trình Ban Thường vụ trong quý I/2026; Ủy ban Kiểm tra Đảng ủy phường tập trung giải quyết dứt điểm 2 đơn thư tồn đọng.
Đồng chí Lê Quang Vinh phát biểu kết luận hội nghị. Ảnh: Minh Hoàng
Minh Hoàng - Văn phòng Đảng ủy
Tin liên quan:
Phường An Hải tổ chức Hội nghị Ban Chấp hành lần thứ ba (15/10/2025)
Ra mắt Ban Xây dựng Đảng Đảng ủy phường (03/7/2025)
Từ khóa: Đảng ủy phường, hội nghị, tổng kết
"""
TEXTS["tin_hdnd_xa_quang_phu_ky_hop_9"] = """Trang chủ » Hoạt động HĐND » Kỳ họp
HĐND xã Quảng Phú thông qua 11 nghị quyết tại kỳ họp cuối năm
Cập nhật: 18/12/2025 14:20 | Tác giả: Hồng Nhung
Cỡ chữ: Nhỏ | Vừa | Lớn   Chia sẻ: [f] [Zalo]
Ngày 18/12, HĐND xã Quảng Phú, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 9 (kỳ họp thường lệ cuối năm 2025). Kỳ họp do ông Trương Văn Bình, Chủ tịch HĐND xã điều hành.
Tổng số đại biểu HĐND xã là 31 người; có mặt 29 đại biểu, vắng 2 đại biểu có lý do là ông Hồ Xuân Lâm (đi công tác tỉnh Lào Cai) và bà Lê Thị Ánh (điều trị bệnh). Dự kỳ họp có ông Nguyễn Đăng Khoa, Ủy viên Thường trực HĐND tỉnh Quảng Trị.
Toàn cảnh kỳ họp thứ 9 HĐND xã Quảng Phú. (Ảnh: H.N)
Theo báo cáo của UBND xã, thu ngân sách trên địa bàn năm 2025 ước đạt 46,3 tỷ đồng, bằng 115,8% dự toán (40 tỷ đồng). Tỷ lệ hộ nghèo giảm còn 2,1%, đạt chỉ tiêu dưới 2,5%. Giải ngân vốn đầu tư công đạt 89,4% kế hoạch. Dự toán thu ngân sách năm 2026 được xây dựng ở mức 42 tỷ đồng.
Tại phiên chất vấn, 4 đại biểu đặt câu hỏi về tiến độ cấp nước sạch cho thôn Phú Thượng và tình trạng xe quá tải trên đường liên thôn.
Các đại biểu cũng thảo luận kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 với tổng nguồn vốn dự kiến 185 tỷ đồng, ưu tiên giao thông nông thôn, trường học và thủy lợi nội đồng.
Kỳ họp đã biểu quyết thông qua 11 nghị quyết, trong đó Nghị quyết về dự toán ngân sách năm 2026 được 27/29 đại biểu có mặt tán thành (93,1%), 02 đại biểu không biểu quyết. Kỳ họp cũng tiến hành bầu bổ sung Phó Chủ tịch HĐND xã; ông Lê Văn Tư trúng cử với 28/29 phiếu (96,55%).
Kết luận kỳ họp, ông Trương Văn Bình đề nghị UBND xã khẩn trương hoàn thành tuyến nước sạch thôn Phú Thượng trước ngày 30/4/2026; Ban Kinh tế - Ngân sách HĐND xã giám sát việc quản lý thu ngân sách đầu năm 2026; các tổ đại biểu báo cáo kết quả kỳ họp với cử tri trong tháng 01/2026.
Hồng Nhung
Tin cùng chuyên mục:
› Thường trực HĐND xã Quảng Phú tiếp xúc cử tri trước kỳ họp (05/12/2025)
› Quảng Phú: giám sát chuyên đề về đất đai (20/11/2025)
Tổng lượt truy cập: 2.413.087 | Đang online: 57
"""
TEXTS["tin_hu_muong_ang_bch_lan19_6t_2024"] = """Trang chủ > Tin tức > Chính trị
Thứ Tư, 10/07/2024, 16:30 (GMT+7)
Huyện ủy Mường Ảng: 6 tháng đầu năm nhiều chỉ tiêu đạt khá
Sáng 10/7, Huyện ủy Mường Ảng, tỉnh Điện Biên tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19 (mở rộng) nhằm sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Hội nghị được kết nối trực tuyến tới 10 điểm cầu các xã, thị trấn.
Đồng chí Lò Văn Hương, Bí thư Huyện ủy chủ trì hội nghị. Tham dự có đồng chí Giàng A Dình, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Đồng chí Lò Văn Hương phát biểu khai mạc hội nghị. Ảnh: Quàng Hiếu
Báo cáo tại hội nghị cho biết, 6 tháng đầu năm, thu ngân sách trên địa bàn đạt 18,6 tỷ đồng, bằng 54,7% dự toán tỉnh giao (34 tỷ đồng). Toàn huyện trồng được 260 ha rừng, bằng 52% kế hoạch năm (500 ha). Công tác phát triển đảng viên được quan tâm, kết nạp 47 đảng viên, đạt 52,2% chỉ tiêu năm (90 đảng viên). Tỷ lệ hộ nghèo ước còn 28,4%, giảm 2,6 điểm phần trăm so với cuối năm 2023.
Bên cạnh kết quả đạt được, tiến độ giải ngân vốn đầu tư công mới đạt 38,5% kế hoạch; tình trạng tảo hôn, di cư tự do vẫn còn diễn biến phức tạp ở một số bản vùng cao.
Tại hội nghị, 9 ý kiến thảo luận tập trung vào giải pháp đẩy nhanh giải ngân, phát triển cây cà phê chè và quản lý đất rừng. Hội nghị cũng được quán triệt Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
Kết luận hội nghị, đồng chí Lò Văn Hương yêu cầu các cấp ủy, chính quyền tập trung hoàn thành chỉ tiêu năm 2024; Ban Thường vụ Huyện ủy chỉ đạo chuẩn bị đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027, hoàn thành trước ngày 30/4/2025; UBND huyện chỉ đạo giải ngân vốn đầu tư công đạt trên 60% trước ngày 30/9/2024; các đảng ủy xã rà soát, phân loại nguồn quần chúng ưu tú để kết nạp trong quý III.
Quàng Hiếu (Trung tâm VH-TT&TT huyện Mường Ảng)
Lượt xem: 2.071 | Chia sẻ | In | Gửi email
Tin liên quan
Mường Ảng: Ra quân trồng cây cà phê vụ mùa 2024 (05/7/2024)
Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18 (12/4/2024)
"""
