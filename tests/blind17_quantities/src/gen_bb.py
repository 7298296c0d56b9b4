from common import add, p, n

# B1 chi bộ thường kỳ
add("bb01_chibo_dongvang", "bien_ban", f"""
ĐẢNG BỘ XÃ TÂN LẬP
CHI BỘ THÔN ĐỒNG VÀNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lập, ngày 05 tháng 11 năm 2025
BIÊN BẢN
Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025
Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/11/2025.
Địa điểm: Nhà văn hóa thôn Đồng Vàng, xã Tân Lập, tỉnh Phú Thọ.
Chủ trì: đồng chí Nguyễn Văn Khải, Bí thư Chi bộ. Thư ký: đồng chí Hà Thị Lan, chi ủy viên.
Dự và chỉ đạo: đồng chí Đinh Công Toàn, Ủy viên Ban Chấp hành Đảng bộ xã, phụ trách địa bàn.
Tổng số đảng viên của chi bộ: 31 đồng chí (trong đó 9 đồng chí nữ, 2 đảng viên dự bị); 4 đồng chí được miễn sinh hoạt; số phải dự 27 đồng chí. Có mặt 24 đồng chí. Vắng 3 đồng chí có lý do: đồng chí Lê Văn Thắng (ốm), đồng chí Nguyễn Thị Hoa (đi làm ăn xa).
I. NỘI DUNG SINH HOẠT
1. Đồng chí Bí thư thông báo tình hình thời sự trong nước, của tỉnh và của xã; quán triệt Kế hoạch số 41-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025.
2. Đánh giá kết quả thực hiện nhiệm vụ tháng 10, triển khai nhiệm vụ tháng 11/2025.
Kết quả tháng 10: Kỳ sinh hoạt tháng 10 chi bộ có mặt 23/27 đồng chí, vắng 5 đồng chí. Thu đảng phí tháng 10 được 27/31 đảng viên nộp đủ, đạt {p(27,31)}; số còn lại đã nộp bổ sung trong tuần đầu tháng 11.
Về kinh tế: vụ mùa toàn thôn gieo cấy 46,5 ha lúa, năng suất ước 58 tạ/ha; 12 hộ chuyển 3,2 ha đất màu sang trồng bưởi. Toàn thôn có 436 hộ với 1.712 nhân khẩu; đến hết tháng 10 có 412 hộ tham gia bảo hiểm y tế hộ gia đình, đạt 95,5%, tăng 12 hộ so với cùng kỳ năm 2024 (400 hộ).
Về quỹ thôn: kế hoạch năm 2025 thu 96 triệu đồng, đến nay đã thu 87,5 triệu đồng, đạt {p(87.5,96)} kế hoạch năm; dự kiến hoàn thành trước ngày 15/12/2025.
Về an ninh trật tự: trong tháng không xảy ra vụ việc phức tạp; tổ tự quản tuần tra 8 buổi với 32 lượt người tham gia.
II. Ý KIẾN THẢO LUẬN
Đồng chí Hà Thị Lan: đề nghị chi ủy phân công đảng viên phụ trách nhóm hộ vận động 24 hộ còn lại tham gia bảo hiểm y tế, ưu tiên 7 hộ cận nghèo được hỗ trợ 70% mức đóng.
Đồng chí Đặng Văn Bình: đề nghị làm rõ việc chia kinh phí sửa đường trục thôn, tổng 215 triệu đồng, trong đó nhân dân đóng góp 65 triệu đồng.
Đồng chí Nguyễn Văn Khái tiếp thu, giải trình: đoạn đường dài 420 m, khởi công sau vụ thu hoạch; chi ủy sẽ công khai dự toán tại nhà văn hóa.
III. KẾT LUẬN
Đồng chí Nguyễn Văn Khải kết luận: chi bộ thống nhất 5 nhiệm vụ tháng 11, giao 3 tổ đảng bám nhóm hộ; hoàn thành bản kiểm điểm cá nhân trước ngày 25/11/2025.
Biểu quyết thông qua nghị quyết tháng 11: 24/24 đồng chí có mặt tán thành (100%).
Buổi sinh hoạt kết thúc lúc 21 giờ 40 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe và nhất trí.
THƯ KÝ                                                    CHỦ TRÌ
Hà Thị Lan                                                Nguyễn Văn Khải
""", [
 ("absentee-count-mismatch", "Vắng 3 đồng chí có lý do", "Ghi vắng 3 đồng chí nhưng chỉ nêu tên 2 đồng chí (Lê Văn Thắng, Nguyễn Thị Hoa)."),
 ("attendance-mismatch", "vắng 5 đồng chí", "Kỳ tháng 10: phải dự 27, có mặt 23 thì vắng 4, không phải 5."),
 ("percent-mismatch", "đạt 95,5%", "412/436 hộ = 94,5%, không phải 95,5%."),
 ("name-inconsistent", "Nguyễn Văn Khái", "Bí thư Chi bộ là Nguyễn Văn Khải (ghi 3 lần); 'Khái' là sai."),
])

# B2 hội nghị BCH Đảng bộ xã
add("bb02_bch_yenthinh", "bien_ban", f"""
ĐẢNG BỘ TỈNH NINH BÌNH
ĐẢNG ỦY XÃ YÊN THỊNH
*
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Thịnh, ngày 27 tháng 11 năm 2025
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm, nhiệm kỳ 2025 - 2030
Hội nghị khai mạc lúc 8 giờ 00, ngày 27/11/2025 tại Hội trường Trung tâm phục vụ hành chính công xã.
Chủ trì: đồng chí Vũ Đức Hạnh, Bí thư Đảng ủy. Thư ký: đồng chí Phạm Thị Thu Trang, Chánh Văn phòng Đảng ủy.
Thành phần: Ban Chấp hành Đảng bộ xã có 17 đồng chí; có mặt 15 đồng chí; vắng 2 đồng chí có lý do (đồng chí Trần Văn Hưng đi học lớp cao cấp lý luận chính trị, đồng chí Lã Thị Nga nghỉ ốm). Mời dự: Bí thư các chi bộ trực thuộc (31/34 đồng chí dự), Trưởng các ban, ngành, đoàn thể xã.
Đồng chí chủ trì thông qua chương trình, hội nghị thảo luận 4 nội dung: (1) Báo cáo tình hình thực hiện nhiệm vụ 11 tháng, nhiệm vụ tháng 12/2025; (2) Dự thảo Nghị quyết về nhiệm vụ năm 2026; (3) Chủ trương đầu tư tuyến đường liên thôn Đông Sơn - Yên Mỹ; (4) Phương án sáp nhập thôn Đồi Cao vào thôn Yên Mỹ; (5) Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng năm 2025.
I. KẾT QUẢ 11 THÁNG
Đồng chí Đỗ Minh Tuấn, Phó Bí thư, Chủ tịch UBND xã trình bày báo cáo. Thu ngân sách trên địa bàn 11 tháng đạt 8,64 tỷ đồng, bằng {p(8.64,9.2)} dự toán năm (9,2 tỷ đồng), tăng 1,12 tỷ đồng so với cùng kỳ năm 2024 (7,62 tỷ đồng). Giải ngân vốn đầu tư công 14,7 tỷ đồng/21 tỷ đồng kế hoạch, đạt {p(14.7,21)}.
Sản xuất nông nghiệp: tổng diện tích gieo trồng cả năm 3.126 ha, đạt {p(3126,3100)} kế hoạch; sản lượng lương thực ước 16.850 tấn.
Xây dựng Đảng: 11 tháng kết nạp 22 đảng viên, đạt {p(22,30)} chỉ tiêu năm (30 đảng viên); đề nghị tặng Huy hiệu Đảng cho 46 đồng chí, trong đó 3 đồng chí Huy hiệu 65 năm tuổi Đảng.
II. THẢO LUẬN
Đồng chí Nguyễn Văn Cường, Bí thư Chi bộ thôn Đông Sơn: đề nghị bổ sung kinh phí nạo vét 2,8 km kênh tưới trước vụ Đông Xuân.
Đồng chí Phạm Thị Thu Trang đề nghị thống nhất mốc hoàn thành đại hội chi bộ thôn sau sáp nhập trước ngày 20/01/2026.
III. BIỂU QUYẾT
1. Dự thảo Nghị quyết về nhiệm vụ năm 2026: 15/15 đồng chí có mặt tán thành, đạt 100% số có mặt.
2. Chủ trương đầu tư tuyến đường liên thôn Đông Sơn - Yên Mỹ, dài 1,65 km, tổng mức đầu tư dự kiến 6,9 tỷ đồng: tán thành 13 đồng chí, không tán thành 1 đồng chí, không biểu quyết 0 đồng chí.
3. Phương án sáp nhập thôn Đồi Cao vào thôn Yên Mỹ: tán thành 8 đồng chí, không tán thành 5 đồng chí, không biểu quyết 2 đồng chí. Hội nghị thống nhất thông qua, giao UBND xã hoàn thiện hồ sơ trình HĐND xã.
IV. KẾT LUẬN
Đồng chí Vũ Đức Hạnh kết luận, yêu cầu các chi bộ hoàn thành kiểm điểm trước ngày 15/12/2025, báo cáo về Đảng ủy trước ngày 20/12/2025.
Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước hội nghị.
T/M BAN CHẤP HÀNH                                      THƯ KÝ HỘI NGHỊ
BÍ THƯ                                                  Phạm Thị Thu Trang
Vũ Đức Hạnh
""", [
 ("count-mismatch", "hội nghị thảo luận 4 nội dung", "Liệt kê 5 nội dung (1)-(5), không phải 4."),
 ("derived-mismatch", "tăng 1,12 tỷ đồng", "8,64 - 7,62 = 1,02 tỷ đồng, không phải 1,12 tỷ đồng."),
 ("vote-mismatch", "tán thành 13 đồng chí", "15 đồng chí có mặt nhưng 13 + 1 + 0 = 14."),
 ("resolution-not-passed", "tán thành 8 đồng chí", "8/17 ủy viên tán thành, không quá một nửa (cần ít nhất 9) nhưng ghi là thông qua."),
])

# B3 kỳ họp HĐND
add("bb03_hdnd_thachson", "bien_ban", f"""
HỘI ĐỒNG NHÂN DÂN XÃ THẠCH SƠN
KHÓA XXI, NHIỆM KỲ 2021 - 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Sơn, ngày 18 tháng 12 năm 2025
BIÊN BẢN
Kỳ họp thứ ba (kỳ họp thường lệ cuối năm 2025)
Hồi 7 giờ 30 phút ngày 18/12/2025, tại Hội trường UBND xã Thạch Sơn, tỉnh Hà Tĩnh, HĐND xã tiến hành kỳ họp thứ ba.
Chủ tọa: ông Trần Quốc Vinh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; bà Nguyễn Thị Mai Hương, Phó Chủ tịch HĐND xã. Thư ký kỳ họp: ông Lê Đình Sáng, đại biểu HĐND xã.
Tổng số đại biểu HĐND xã: 32 đại biểu; có mặt 29/32 đại biểu; vắng 4 đại biểu có lý do. Khách mời: Thường trực Đảng ủy, lãnh đạo UBND, Ủy ban MTTQ Việt Nam xã, trưởng 21 thôn và đại diện cử tri.
I. CÁC BÁO CÁO
Ông Hồ Văn Lực, Phó Chủ tịch UBND xã trình bày báo cáo tình hình kinh tế - xã hội năm 2025. Ước thực hiện thu ngân sách nhà nước trên địa bàn năm 2025 đạt 12,86 tỷ đồng, bằng 108,4% dự toán HĐND xã giao (11,92 tỷ đồng). Tổng sản lượng lương thực 21.470 tấn, đạt {p(21470,21000)} kế hoạch. Tỷ lệ hộ nghèo còn 3,12% (287 hộ), giảm 0,86 điểm phần trăm so với đầu năm (3,98%).
Bà Nguyễn Thị Mai Hương trình bày Tờ trình dự toán thu ngân sách năm 2026: tổng thu ngân sách nhà nước trên địa bàn 14,35 tỷ đồng, tăng {p(14.35-11.92,11.92)} so với dự toán năm 2025.
Ban Kinh tế - Xã hội HĐND xã trình bày báo cáo thẩm tra, thống nhất với mức dự toán thu 14,53 tỷ đồng và đề nghị UBND xã tập trung khai thác nguồn thu từ đấu giá 3 lô đất tại thôn Bắc Sơn.
II. THẢO LUẬN
Có 9 lượt ý kiến phát biểu tại hội trường, trong đó 2 ý kiến chất vấn về tiến độ cấp giấy chứng nhận quyền sử dụng đất (năm 2025 cấp 318 giấy, đạt {p(318,350)} kế hoạch). Ông Hồ Văn Lực giải trình và tiếp thu.
III. BIỂU QUYẾT THÔNG QUA CÁC NGHỊ QUYẾT
1. Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026: 29/29 đại biểu có mặt tán thành, bằng {p(29,32)} tổng số đại biểu HĐND xã.
2. Nghị quyết về dự toán ngân sách năm 2026: tán thành 28 đại biểu ({p(28,32)} tổng số đại biểu), không tán thành 0, không biểu quyết 1 đại biểu.
3. Nghị quyết về kế hoạch đầu tư công năm 2026: tán thành 27 đại biểu, không tán thành 1 đại biểu, không biểu quyết 2 đại biểu.
4. Nghị quyết về chương trình giám sát năm 2026: 29/29 đại biểu có mặt tán thành.
Kỳ họp thông qua 4 nghị quyết. Chủ tọa bế mạc kỳ họp lúc 16 giờ 15 phút cùng ngày.
THƯ KÝ KỲ HỌP                                          CHỦ TỌA KỲ HỌP
Lê Đình Sáng                                            Trần Quốc Vinh
""", [
 ("attendance-mismatch", "vắng 4 đại biểu có lý do", "32 đại biểu, có mặt 29 thì vắng 3, không phải 4."),
 ("percent-mismatch", "bằng 108,4% dự toán", "12,86/11,92 = 107,9%, không phải 108,4%."),
 ("figure-inconsistent", "dự toán thu 14,53 tỷ đồng", "Tờ trình ghi dự toán thu năm 2026 là 14,35 tỷ đồng; báo cáo thẩm tra ghi 14,53 tỷ đồng."),
 ("vote-mismatch", "tán thành 27 đại biểu", "29 đại biểu có mặt nhưng 27 + 1 + 2 = 30."),
])

# B4 họp UBND (clean)
add("bb04_ubnd_phuocson", "bien_ban", f"""
ỦY BAN NHÂN DÂN XÃ PHƯỚC SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BB-UBND                                      Phước Sơn, ngày 03 tháng 11 năm 2025
BIÊN BẢN
Phiên họp thường kỳ tháng 10 năm 2025 của Ủy ban nhân dân xã
Thời gian: 14 giờ 00, ngày 03/11/2025. Địa điểm: Phòng họp số 2, UBND xã Phước Sơn, tỉnh Quảng Ngãi.
Chủ trì: ông Huỳnh Tấn Lộc, Chủ tịch UBND xã. Thư ký: bà Trương Thị Mỹ Duyên, chuyên viên Văn phòng HĐND và UBND xã.
Thành phần: 7/7 thành viên UBND xã; mời dự: đại diện Thường trực Đảng ủy, Thường trực HĐND, Ủy ban MTTQ Việt Nam xã, Trưởng Công an xã, Giám đốc Trung tâm phục vụ hành chính công xã.
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10 VÀ 10 THÁNG NĂM 2025
1. Kinh tế: Thu ngân sách 10 tháng đạt 6,18 tỷ đồng, bằng {p(6.18,7.5)} dự toán năm (7,5 tỷ đồng); riêng tháng 10 thu 0,74 tỷ đồng. Vụ Hè Thu gieo sạ 1.420 ha, thu hoạch xong 1.420 ha, năng suất bình quân 57,5 tạ/ha, tăng 2,3 tạ/ha so với vụ Hè Thu năm 2024 (55,2 tạ/ha). Trồng rừng tập trung 10 tháng được 212 ha, đạt {p(212,250)} kế hoạch năm 250 ha; thời vụ trồng rừng chính từ tháng 10 đến tháng 12 nên dự kiến hoàn thành.
2. Cải cách hành chính: 10 tháng tiếp nhận 1.246 hồ sơ, giải quyết đúng hạn 1.231 hồ sơ, đạt {p(1231,1246)}; 15 hồ sơ trễ hạn thuộc lĩnh vực đất đai. Hồ sơ nộp trực tuyến 874 hồ sơ, chiếm {p(874,1246)} tổng số hồ sơ tiếp nhận.
3. Văn hóa - xã hội: Chi trả trợ cấp cho 1.062 đối tượng bảo trợ xã hội với tổng số tiền 5,31 tỷ đồng; hỗ trợ sửa chữa 6 nhà ở cho hộ nghèo, mỗi nhà 40 triệu đồng, tổng 240 triệu đồng. Toàn xã có 5.984 hộ với 22.406 nhân khẩu; số người tham gia bảo hiểm y tế 21.018 người, đạt tỷ lệ {p(21018,22406)} dân số.
4. Quốc phòng - an ninh: Giao 48 thanh niên khám sơ tuyển nghĩa vụ quân sự năm 2026, trong đó 31 thanh niên đạt sức khỏe loại 1, 2, 3. Tai nạn giao thông: xảy ra 2 vụ, làm bị thương 3 người, giảm 1 vụ so với cùng kỳ.
II. Ý KIẾN THÀNH VIÊN
Ông Nguyễn Đình Khoa, Phó Chủ tịch UBND xã: đề nghị đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 9,84 tỷ đồng/16,4 tỷ đồng, bằng {p(9.84,16.4)} kế hoạch vốn.
Bà Võ Thị Kim Ngân, công chức Tài chính - Kế toán: đề nghị các thôn đôn đốc thu thuế sử dụng đất phi nông nghiệp, còn 126 hộ chưa nộp.
III. KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ
Ông Huỳnh Tấn Lộc kết luận, giao 3 nhiệm vụ trọng tâm tháng 11: (1) hoàn thành giải ngân tối thiểu 80% kế hoạch vốn trước ngày 30/11/2025; (2) chuẩn bị nội dung kỳ họp cuối năm của HĐND xã; (3) triển khai phương án phòng, chống bão lũ, sẵn sàng sơ tán 214 hộ ở vùng trũng thấp.
Phiên họp kết thúc lúc 16 giờ 45 phút cùng ngày.
THƯ KÝ                                                  CHỦ TỊCH
Trương Thị Mỹ Duyên                                     Huỳnh Tấn Lộc
""", [])

# B5 đại hội chi bộ
add("bb05_daihoi_kp4", "bien_ban", f"""
ĐẢNG BỘ PHƯỜNG HÒA XUÂN
CHI BỘ KHU PHỐ 4
*
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Xuân, ngày 14 tháng 7 năm 2025
BIÊN BẢN
Đại hội Chi bộ Khu phố 4 lần thứ IX, nhiệm kỳ 2025 - 2027
Đại hội khai mạc lúc 7 giờ 30 ngày 14/7/2025 tại Nhà sinh hoạt cộng đồng khu phố 4, phường Hòa Xuân, thành phố Đà Nẵng.
Đoàn Chủ tịch: đồng chí Trần Thị Thu Hường, Bí thư Chi bộ; đồng chí Lê Minh Quang, Phó Bí thư. Thư ký: đồng chí Nguyễn Hoàng Phúc.
Tổng số đảng viên: 46 đồng chí, trong đó 6 đồng chí được miễn sinh hoạt, số đảng viên phải triệu tập 40 đồng chí. Có mặt 38 đồng chí; vắng 2 đồng chí có lý do (đồng chí Phan Văn Tư nằm viện, đồng chí Huỳnh Thị Sen đi công tác).
Đại hội nghe đồng chí Trần Thị Thu Hường trình bày báo cáo chính trị. Nhiệm kỳ 2022 - 2025, chi bộ kết nạp 7 đảng viên, vượt chỉ tiêu đề ra (5 đảng viên); khu phố có 612 hộ với 2.388 nhân khẩu, 598 hộ đạt danh hiệu Gia đình văn hóa năm 2024, đạt tỷ lệ {p(598,612)}.
Kết quả xếp loại chất lượng đảng viên năm 2024: có 40 đảng viên được đánh giá, xếp loại, gồm hoàn thành xuất sắc nhiệm vụ 7 đồng chí, hoàn thành tốt nhiệm vụ 28 đồng chí, hoàn thành nhiệm vụ 4 đồng chí, không hoàn thành nhiệm vụ 0 đồng chí. Chi bộ được xếp loại hoàn thành tốt nhiệm vụ 3 năm liền.
I. BẦU CHI ỦY
Đại hội thống nhất số lượng chi ủy nhiệm kỳ 2025 - 2027 là 3 đồng chí, danh sách bầu cử gồm 4 đồng chí. Ban kiểm phiếu gồm 3 đồng chí do đồng chí Võ Văn Hiếu làm Trưởng ban.
Kết quả kiểm phiếu: số phiếu phát ra 38 phiếu, số phiếu thu về 38 phiếu, số phiếu hợp lệ 37 phiếu, số phiếu không hợp lệ 2 phiếu.
Số phiếu bầu cho từng đồng chí (tính trên tổng số phiếu hợp lệ): đồng chí Trần Thị Thu Hường 36 phiếu ({p(36,37)}); đồng chí Lê Minh Quang 35 phiếu ({p(35,37)}); đồng chí Nguyễn Hoàng Phúc 30 phiếu ({p(30,37)}); đồng chí Đoàn Văn Lợi 11 phiếu ({p(11,37)}).
Các đồng chí Trần Thị Thu Hường, Lê Minh Quang, Nguyễn Hoàng Phúc trúng cử chi ủy với số phiếu quá một nửa so với tổng số đảng viên chính thức được triệu tập.
II. BẦU BÍ THƯ, PHÓ BÍ THƯ
Bầu Bí thư Chi bộ: phiếu phát ra 38, thu về 38, hợp lệ 38. Đồng chí Trần Thị Hương trúng cử Bí thư với 37/38 phiếu, đạt {p(37,38)}.
Bầu Phó Bí thư: phiếu phát ra 38, thu về 38, hợp lệ 38. Đồng chí Lê Minh Quang trúng cử với 36/38 phiếu, đạt {p(36,38)}.
III. BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ PHƯỜNG
Chi bộ được phân bổ 2 đại biểu chính thức. Kết quả: phiếu phát ra 38, phiếu thu về 38, phiếu hợp lệ 36, phiếu không hợp lệ 1. Đồng chí Trần Thị Thu Hường đạt 35 phiếu, đồng chí Lê Minh Quang đạt 33 phiếu, trúng cử đại biểu chính thức.
Đại hội biểu quyết thông qua Nghị quyết đại hội: 38/38 đồng chí có mặt tán thành (100%). Đại hội bế mạc lúc 11 giờ 20 cùng ngày.
THƯ KÝ ĐẠI HỘI                                         T/M ĐOÀN CHỦ TỊCH
Nguyễn Hoàng Phúc                                      Trần Thị Thu Hường
""", [
 ("sum-mismatch", "hoàn thành tốt nhiệm vụ 28 đồng chí", "7 + 28 + 4 + 0 = 39, không bằng 40 đảng viên được xếp loại."),
 ("vote-mismatch", "số phiếu không hợp lệ 2 phiếu", "Thu về 38 phiếu, hợp lệ 37 thì không hợp lệ 1, không phải 2."),
 ("name-inconsistent", "Trần Thị Hương trúng cử", "Bí thư là Trần Thị Thu Hường (ghi 5 lần); 'Trần Thị Hương' sai tên."),
 ("vote-mismatch", "phiếu không hợp lệ 1.", "Thu về 38 phiếu, hợp lệ 36 thì không hợp lệ phải là 2; 36 + 1 = 37 ≠ 38."),
])

# B6 kỷ luật
add("bb06_kyluat_thcs", "bien_ban", f"""
ĐẢNG BỘ XÃ MỸ HIỆP
CHI BỘ TRƯỜNG THCS MỸ HIỆP
*
ĐẢNG CỘNG SẢN VIỆT NAM
Mỹ Hiệp, ngày 22 tháng 9 năm 2025
BIÊN BẢN
Họp chi bộ xem xét, đề nghị thi hành kỷ luật đảng viên
Thời gian: 16 giờ 30 phút ngày 22/9/2025. Địa điểm: Phòng họp Hội đồng sư phạm Trường THCS Mỹ Hiệp, xã Mỹ Hiệp, tỉnh Đồng Tháp.
Chủ trì: đồng chí Phạm Văn Sơn, Bí thư Chi bộ, Hiệu trưởng. Thư ký: đồng chí Lâm Thị Ngọc Bích.
Dự: đồng chí Nguyễn Thanh Tâm, Ủy viên Ủy ban Kiểm tra Đảng ủy xã.
Chi bộ có 21 đảng viên (19 đảng viên chính thức, 2 đảng viên dự bị); 1 đồng chí chính thức được miễn sinh hoạt; phải dự 20 đồng chí. Có mặt 17 đồng chí (15 chính thức, 2 dự bị). Vắng 3 đồng chí có lý do: đồng chí Lê Văn Hòa (đi tập huấn), đồng chí Trần Thị Mến (nghỉ thai sản), đồng chí Võ Minh Trí (ốm), đồng chí Đặng Thị Thúy (đưa học sinh thi học sinh giỏi).
Đảng viên vi phạm: đồng chí Huỳnh Văn Nghĩa, sinh năm 1979, giáo viên, đảng viên chính thức, vào Đảng ngày 03/02/2008.
I. NỘI DUNG VI PHẠM
Theo Thông báo kết luận số 12-TB/UBKT ngày 05/9/2025 của Ủy ban Kiểm tra Đảng ủy xã, đồng chí Huỳnh Văn Nghĩa trong năm học 2024 - 2025 đã thu thêm tiền dạy thêm trái quy định của 64 học sinh khối 9 với tổng số tiền 38,4 triệu đồng (bình quân {n(600000)} đồng/học sinh); đến ngày 15/9/2025 đã hoàn trả cho 64/64 học sinh.
Quá trình công tác: kết quả đánh giá, xếp loại chất lượng năm 2024 của chi bộ có 20 đảng viên được xếp loại, gồm hoàn thành xuất sắc nhiệm vụ 3 đồng chí, hoàn thành tốt nhiệm vụ 14 đồng chí, hoàn thành nhiệm vụ 2 đồng chí, không hoàn thành nhiệm vụ 0 đồng chí; đồng chí Nghĩa xếp loại hoàn thành nhiệm vụ.
II. Ý KIẾN THẢO LUẬN
Có 8 ý kiến phát biểu. Đồng chí Lâm Thị Ngọc Bích cho rằng vi phạm đã được khắc phục, đề nghị hình thức khiển trách. Đồng chí Trương Văn Đức cho rằng vi phạm kéo dài 9 tháng, ảnh hưởng uy tín nhà trường, đề nghị cảnh cáo. Đồng chí Huỳnh Văn Nghĩa tự nhận khuyết điểm và đề nghị hình thức khiển trách.
III. BIỂU QUYẾT
Chi bộ bỏ phiếu kín; chỉ đảng viên chính thức có mặt tham gia biểu quyết (15 đồng chí). Kết quả: 9 đồng chí biểu quyết hình thức cảnh cáo, 5 đồng chí biểu quyết khiển trách, 1 đồng chí biểu quyết không kỷ luật.
Căn cứ kết quả biểu quyết, chi bộ quyết định đề nghị Ủy ban Kiểm tra Đảng ủy xã thi hành kỷ luật đồng chí Huỳnh Văn Nghĩa bằng hình thức cảnh cáo.
Đồng chí Nguyễn Thanh Tâm phát biểu, đề nghị chi bộ hoàn thiện hồ sơ gửi về Ủy ban Kiểm tra Đảng ủy xã trước ngày 30/9/2025.
Cuộc họp kết thúc lúc 18 giờ 10 phút cùng ngày. Biên bản đã đọc lại, các đồng chí dự họp nhất trí.
THƯ KÝ                                                  T/M CHI BỘ
Lâm Thị Ngọc Bích                                      BÍ THƯ
                                                        Phạm Văn Sơn
""", [
 ("absentee-count-mismatch", "Vắng 3 đồng chí có lý do", "Ghi vắng 3 nhưng nêu tên 4 đồng chí (Hòa, Mến, Trí, Thúy)."),
 ("sum-mismatch", "hoàn thành tốt nhiệm vụ 14 đồng chí", "3 + 14 + 2 + 0 = 19, không bằng 20 đảng viên được xếp loại."),
 ("resolution-not-passed", "9 đồng chí biểu quyết hình thức", "Đảng viên chính thức phải triệu tập 19 - 1 miễn = 18; 9/18 không quá một nửa nên hình thức cảnh cáo chưa đủ để quyết định."),
])
