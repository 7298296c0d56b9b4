from common import add, p, n

# T1 (figure, percent, part-exceeds, attendance)
add("tin01_quangphu_hdnd", "tin_hoi_nghi", f"""
Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND
Xã Quảng Phú: Thu ngân sách 9 tháng đạt hơn 21 tỷ đồng
Cập nhật: 09/10/2025 15:42 | Lượt xem: 318
Cỡ chữ: A- A A+ | In bài | Chia sẻ
(Cổng TTĐT xã Quảng Phú) - Sáng 08/10, HĐND xã Quảng Phú khóa XXI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ hai (kỳ họp chuyên đề) nhằm đánh giá tình hình kinh tế - xã hội 9 tháng và xem xét một số nội dung thuộc thẩm quyền.
Dự kỳ họp có đồng chí Trương Công Định - Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Phan Thị Hồng Nhung - Phó Bí thư Đảng ủy, Chủ tịch UBND xã; có 26/29 đại biểu HĐND xã dự, vắng 2 đại biểu có lý do.
Toàn cảnh kỳ họp. Ảnh: Minh Trí
Theo báo cáo của UBND xã, 9 tháng năm 2025, tổng thu ngân sách nhà nước trên địa bàn đạt 20,64 tỷ đồng, bằng {p(20.64,26.5)} dự toán năm (26,5 tỷ đồng). Tổng diện tích gieo trồng cây hằng năm 2.845 ha, đạt {p(2845,2800)} kế hoạch; đàn trâu, bò 4.120 con.
Trong 9 tháng, Trung tâm phục vụ hành chính công xã tiếp nhận, giải quyết 1.408 hồ sơ, trong đó hồ sơ trực tuyến 1.122 hồ sơ, chiếm 81,2%; tỷ lệ giải quyết đúng hạn đạt 99,4%.
Xã phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ tổ chức 13 lớp tập huấn kỹ thuật trồng và chăm sóc cây ăn quả cho 640 lượt nông dân, trong đó 702 lượt là phụ nữ. Đồng thời hoàn thành chi trả hỗ trợ cho 1.326 đối tượng bảo trợ xã hội với tổng kinh phí 2,19 tỷ đồng.
Đồng chí Phan Thị Hồng Nhung báo cáo tại kỳ họp. Ảnh: Minh Trí
Tại kỳ họp, các đại biểu thảo luận, cho ý kiến và biểu quyết thông qua 3 nghị quyết: nghị quyết điều chỉnh kế hoạch đầu tư công năm 2025; nghị quyết đặt tên 2 tuyến đường trung tâm xã; nghị quyết bổ sung dự toán chi thường xuyên 1,26 tỷ đồng cho sự nghiệp giáo dục.
Phát biểu bế mạc, đồng chí Trương Công Định đề nghị UBND xã tập trung thu ngân sách 3 tháng cuối năm, phấn đấu vượt dự toán 5 - 10%; giải ngân 100% vốn đầu tư công được giao trước ngày 31/01/2026.
Minh Trí
Tin liên quan:
- Xã Quảng Phú ra mắt Trung tâm phục vụ hành chính công (02/07/2025)
- HĐND xã Quảng Phú tổ chức kỳ họp thứ nhất (30/06/2025)
- Hội nghị giao ban Khối dân vận xã quý III (25/09/2025)
Ý kiến bạn đọc (0) | Gửi ý kiến
""", [
 ("figure-inconsistent", "đạt hơn 21 tỷ đồng", "Tiêu đề ghi thu ngân sách 9 tháng 'hơn 21 tỷ đồng' nhưng thân bài ghi 20,64 tỷ đồng."),
 ("attendance-mismatch", "vắng 2 đại biểu có lý do", "26/29 đại biểu dự thì vắng 3, không phải 2."),
 ("percent-mismatch", "chiếm 81,2%", "1.122/1.408 hồ sơ = 79,7%, không phải 81,2%."),
 ("part-exceeds-whole", "trong đó 702 lượt là phụ nữ", "Tổng 640 lượt nông dân nhưng 'trong đó' 702 lượt phụ nữ, lớn hơn tổng."),
])

# T2 clean - hội nghị BCH Đảng bộ xã
add("tin02_bch_lamthuong", "tin_hoi_nghi", f"""
Xã Lâm Thượng hoàn thành 15/17 chỉ tiêu năm 2025
Thứ Sáu, 26/12/2025 - 10:15
(Báo Lào Cai điện tử) - Ngày 25/12, Ban Chấp hành Đảng bộ xã Lâm Thượng tổ chức hội nghị lần thứ 6 đánh giá kết quả thực hiện nhiệm vụ năm 2025, triển khai phương hướng, nhiệm vụ năm 2026.
Năm 2025, dù chịu ảnh hưởng nặng nề của hoàn lưu bão và mưa lũ tháng 9, Đảng bộ xã Lâm Thượng đã lãnh đạo hoàn thành 15/17 chỉ tiêu chủ yếu, trong đó 6 chỉ tiêu vượt kế hoạch. Hai chỉ tiêu chưa đạt là thu ngân sách trên địa bàn và tỷ lệ hộ dân được sử dụng nước hợp vệ sinh.
Cụ thể, tổng thu ngân sách trên địa bàn đạt 3,72 tỷ đồng, bằng {p(3.72,4.2)} dự toán (4,2 tỷ đồng), giảm 0,31 tỷ đồng so với năm 2024 (4,03 tỷ đồng) do thất thu từ khai thác khoáng sản. Tổng sản lượng lương thực có hạt đạt 9.640 tấn, bằng {p(9640,9500)} kế hoạch. Diện tích quế 5.830 ha, trong đó 1.260 ha quế hữu cơ được cấp chứng nhận.
Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 96,2%, chưa đạt chỉ tiêu 98%. Toàn xã có 2.874 hộ, giảm được 118 hộ nghèo, tỷ lệ hộ nghèo còn {p(402,2874,2)} (402 hộ).
Ảnh: Đồng chí Hoàng Văn Thắng, Bí thư Đảng ủy xã phát biểu kết luận hội nghị.
Trong công tác xây dựng Đảng, năm 2025 Đảng bộ kết nạp 26 đảng viên, đạt {p(26,25)} chỉ tiêu; đến nay Đảng bộ có 41 chi bộ với 1.163 đảng viên, trong đó 352 đảng viên là người dân tộc Dao, Tày. Kết quả đánh giá, xếp loại năm 2025 có 37/41 chi bộ hoàn thành tốt nhiệm vụ trở lên, chiếm {p(37,41)}.
Phát biểu kết luận, đồng chí Hoàng Văn Thắng yêu cầu năm 2026 tập trung tái thiết hạ tầng sau lũ, sớm hoàn thành sửa chữa 11 nhà văn hóa thôn bị hư hỏng; phấn đấu thu ngân sách đạt 4,5 tỷ đồng và lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội và HĐND các cấp.
Dịp này, Ban Thường vụ Đảng ủy xã tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025.
Thu Hằng - Trung tâm VH-TT-TT xã Lâm Thượng
Từ khóa: Lâm Thượng, hội nghị BCH, tổng kết năm 2025
Bài viết cùng chuyên mục
Xã Lâm Thượng phấn đấu hoàn thành xóa nhà tạm trước 31/8
Khánh thành cầu treo thôn Nà Lạn
""", [])

# T3 (sum, target-status, attendance) - tổng kết Đoàn
add("tin03_doan_tongket_hongson", "tin_hoi_nghi", f"""
Đoàn xã Hồng Sơn tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025
Đăng ngày: 17/12/2025 | Chuyên mục: Đoàn thể - Mặt trận
Chiều 16/12, Ban Chấp hành Đoàn xã Hồng Sơn (tỉnh Nghệ An) tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai chương trình công tác năm 2026.
Hội nghị có 118 đại biểu được triệu tập, 112 đại biểu có mặt, vắng 4 đại biểu. Dự hội nghị có đồng chí Lương Thị Xuân - Phó Bí thư Thường trực Đảng ủy xã; đại diện Ban Thường vụ Tỉnh đoàn.
Toàn xã hiện có 28 chi đoàn với 1.064 đoàn viên, gồm 17 chi đoàn thôn, 8 chi đoàn trường học, 2 chi đoàn cơ quan. Năm 2025, Đoàn xã kết nạp 86 đoàn viên mới, đạt {p(86,80)} chỉ tiêu (80 đoàn viên); giới thiệu 12 đoàn viên ưu tú cho Đảng xem xét kết nạp, chỉ tiêu giao 15 đoàn viên, hoàn thành chỉ tiêu đề ra.
Đại biểu tham luận tại hội nghị. Ảnh: Ngọc Ánh
Các phong trào "Tuổi trẻ sáng tạo", "Tuổi trẻ xung kích bảo vệ Tổ quốc" được triển khai sâu rộng. Đoàn xã đảm nhận 9 công trình, phần việc thanh niên với tổng giá trị 412 triệu đồng; ra quân 24 đợt vệ sinh môi trường với 2.860 lượt đoàn viên, thanh niên tham gia. Hiến máu tình nguyện tiếp nhận 174 đơn vị máu, tăng 21 đơn vị so với năm 2024 (153 đơn vị).
Hỗ trợ 19 thanh niên vay vốn từ nguồn ủy thác với dư nợ 1,52 tỷ đồng; phối hợp tư vấn, giới thiệu việc làm cho 210 lượt thanh niên, trong đó 64 lượt đi làm việc ở nước ngoài theo hợp đồng.
Thu đoàn phí năm 2025 đạt 978/1.064 đoàn viên, tỷ lệ {p(978,1064)}. Kết quả đánh giá chất lượng đoàn viên: 1.064 đoàn viên được đánh giá, trong đó 291 đoàn viên xuất sắc, chiếm {p(291,1064)}.
Năm 2026, Đoàn xã Hồng Sơn phấn đấu kết nạp 90 đoàn viên mới, giới thiệu 15 đoàn viên ưu tú cho Đảng; mỗi chi đoàn có ít nhất 1 công trình, phần việc thanh niên.
Dịp này, Đoàn xã tặng giấy khen cho 6 tập thể, 15 cá nhân có thành tích xuất sắc trong công tác Đoàn năm 2025.
Ngọc Ánh
Bài viết khác:
› Ra quân chiến dịch Mùa đông tình nguyện năm 2025
› Hồng Sơn: Khánh thành sân chơi cho thiếu nhi thôn 5
""", [
 ("attendance-mismatch", "vắng 4 đại biểu", "118 triệu tập, 112 có mặt thì vắng 6, không phải 4."),
 ("sum-mismatch", "2 chi đoàn cơ quan", "17 + 8 + 2 = 27, không bằng 28 chi đoàn."),
 ("target-status-mismatch", "hoàn thành chỉ tiêu đề ra", "Giới thiệu 12/15 đoàn viên ưu tú (80%) là chưa đạt, không phải hoàn thành chỉ tiêu."),
])

# T4 (derived, count, figure, part-exceeds)
add("tin04_eapong_tongket", "tin_hoi_nghi", f"""
Xã Ea Pông: Năm 2025 giảm 74 hộ nghèo, năng suất cà phê đạt 3,1 tấn/ha
Thứ Hai, 22/12/2025 16:05 | Nguồn: Trung tâm Văn hóa - Thông tin và Thể thao xã
Ngày 20/12, UBND xã Ea Pông (tỉnh Đắk Lắk) tổ chức hội nghị tổng kết tình hình kinh tế - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Y Khiêm Mlô - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị.
Theo báo cáo, năm 2025 toàn xã có 6.420 ha cà phê, năng suất bình quân đạt 3,1 tấn nhân/ha, tăng 0,4 tấn/ha so với năm 2024 (2,8 tấn/ha); sản lượng ước 19.902 tấn. Giá cà phê duy trì ở mức cao giúp thu nhập bình quân đầu người ước đạt 58,6 triệu đồng/năm.
Toàn cảnh hội nghị. Ảnh: H'Linh
Xã đạt thêm 4 tiêu chí nông thôn mới nâng cao gồm: giao thông, thủy lợi, điện, trường học, cơ sở vật chất văn hóa; nâng tổng số tiêu chí đạt chuẩn lên 15/19 tiêu chí.
Công tác giảm nghèo có chuyển biến rõ: đầu năm xã có 386 hộ nghèo, đến cuối năm còn 312 hộ nghèo, giảm 74 hộ, tỷ lệ hộ nghèo giảm từ {p(386,5108,2)} xuống {p(312,5108,2)} (tổng số 5.108 hộ). Từ nguồn vốn các chương trình mục tiêu quốc gia và xã hội hóa, xã hỗ trợ xây mới 46 căn nhà, trong đó 51 căn cho hộ nghèo, mỗi căn 60 triệu đồng.
Chủ tịch UBND xã Y Khiêm Mlô phát biểu tại hội nghị. Ảnh: H'Linh
Lĩnh vực giáo dục, năm học 2025 - 2026 toàn xã có 17 trường với 6.842 học sinh; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%. Trạm Y tế xã khám, điều trị cho 9.415 lượt người, tiêm chủng đầy đủ cho 412 trẻ dưới 1 tuổi. Tình hình an ninh trật tự cơ bản ổn định; Công an xã phối hợp giải quyết 23/25 vụ tranh chấp đất đai ngay tại cơ sở, chiếm {p(23,25)}.
Về thu ngân sách, tổng thu trên địa bàn đạt 9,38 tỷ đồng, bằng {p(9.38,8.5)} dự toán (8,5 tỷ đồng). Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p(21846,23410)}, trong đó đồng bào dân tộc thiểu số được cấp thẻ miễn phí 7.926 người.
Phát biểu chỉ đạo, đồng chí Y Khiêm Mlô yêu cầu năm 2026 tập trung giảm tiếp 70 hộ nghèo, tức là hơn 1/5 trong số 321 hộ nghèo hiện còn; hoàn thành thêm 2 tiêu chí nông thôn mới nâng cao; tăng cường quản lý đất đai, xử lý dứt điểm 14 trường hợp lấn chiếm đất công.
H'Linh
Bình luận (0)
""", [
 ("derived-mismatch", "tăng 0,4 tấn/ha", "3,1 - 2,8 = 0,3 tấn/ha, không phải 0,4 tấn/ha."),
 ("count-mismatch", "thêm 4 tiêu chí nông thôn mới", "Liệt kê 5 tiêu chí (giao thông, thủy lợi, điện, trường học, cơ sở vật chất văn hóa), không phải 4."),
 ("part-exceeds-whole", "trong đó 51 căn cho hộ nghèo", "Xây mới 46 căn nhưng 'trong đó' 51 căn cho hộ nghèo, lớn hơn tổng."),
 ("figure-inconsistent", "số 321 hộ nghèo", "Số hộ nghèo còn lại cuối năm là 312 hộ (ghi ở thân bài); ở đây ghi 321 hộ."),
])

# T5 clean - kỳ họp HĐND phường
add("tin05_hdnd_phuong_tanan", "tin_hoi_nghi", f"""
HĐND phường Tân An thông qua 5 nghị quyết tại kỳ họp cuối năm
16:20 | 19/12/2025
(Báo Cà Mau) - Ngày 19/12, HĐND phường Tân An khóa XI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ tư (kỳ họp thường lệ cuối năm 2025). Có 33/35 đại biểu HĐND phường dự kỳ họp; 2 đại biểu vắng có lý do.
Ông Tô Minh Hiển - Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường chủ trì kỳ họp.
Báo cáo của UBND phường cho thấy, năm 2025 tổng thu ngân sách nhà nước trên địa bàn ước đạt 64,85 tỷ đồng, bằng {p(64.85,58)} dự toán (58 tỷ đồng), tăng 7,12 tỷ đồng so với năm 2024 (57,73 tỷ đồng). Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước 3.426 tỷ đồng, tăng {p(3426-3105,3105)} so với năm trước (3.105 tỷ đồng).
Sản lượng thủy sản nuôi trồng đạt 2.140 tấn, bằng {p(2140,2300)} kế hoạch, chưa đạt do dịch bệnh trên tôm nuôi trong tháng 8 và tháng 9. Phường giải quyết việc làm cho 1.186 lao động, vượt {p(1186-1100,1100)} so với kế hoạch (1.100 lao động).
Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Kim Loan
Tại kỳ họp, có 11 lượt đại biểu phát biểu, tập trung vào tình trạng sạt lở bờ sông Gành Hào (khoảng 1,2 km), tiến độ cấp giấy chứng nhận quyền sử dụng đất và công tác quản lý trật tự đô thị.
Kỳ họp đã biểu quyết thông qua 5 nghị quyết: nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026; dự toán ngân sách năm 2026; kế hoạch đầu tư công năm 2026; chương trình giám sát năm 2026; thành lập Đoàn giám sát chuyên đề về quản lý đất công. Trong đó, nghị quyết về kế hoạch đầu tư công năm 2026 có 31/33 đại biểu có mặt tán thành, 1 đại biểu không tán thành, 1 đại biểu không biểu quyết; các nghị quyết còn lại được 33/33 đại biểu có mặt tán thành.
Năm 2026, phường Tân An phấn đấu thu ngân sách 68 tỷ đồng, giải quyết việc làm cho 1.150 lao động, giảm tỷ lệ hộ nghèo xuống dưới 1,5%.
Kim Loan
Chia sẻ: Facebook | Zalo | Twitter
Tin cùng chuyên mục
Phường Tân An ra mắt mô hình "Tổ dân phố không rác thải nhựa"
Bàn giao 7 căn nhà đại đoàn kết cho hộ nghèo phường Tân An
""", [])

# T6 percent - giao ban
add("tin06_giaoban_myxuyen", "tin_hoi_nghi", f"""
Đảng ủy xã Mỹ Xuyên giao ban tháng 9/2025
Ngày đăng: 30/09/2025 | Người đăng: Văn phòng Đảng ủy | Lượt xem: 214
Sáng 29/9, Thường trực Đảng ủy xã Mỹ Xuyên tổ chức hội nghị giao ban các chi bộ và khối dân vận tháng 9, triển khai nhiệm vụ trọng tâm tháng 10/2025. Đồng chí Thạch Sô Phêl - Bí thư Đảng ủy xã chủ trì hội nghị. Dự có 44/46 bí thư chi bộ trực thuộc cùng lãnh đạo các ban, ngành, đoàn thể xã.
Báo cáo tại hội nghị cho biết, đến ngày 28/9, nông dân toàn xã đã thu hoạch 2.140/2.560 ha lúa Hè Thu, đạt 82,6%; năng suất bình quân 5,8 tấn/ha. Diện tích xuống giống vụ Thu Đông được 1.205 ha, bằng {p(1205,1500)} kế hoạch vụ (1.500 ha).
Ảnh: Quang cảnh hội nghị giao ban.
Thu ngân sách 9 tháng đạt 5,63 tỷ đồng, bằng {p(5.63,7.2)} dự toán năm (7,2 tỷ đồng). Trung tâm phục vụ hành chính công xã tiếp nhận 1.742 hồ sơ trong 3 tháng kể từ ngày 01/7/2025, trong đó hồ sơ trực tuyến 1.358 hồ sơ, chiếm {p(1358,1742)}; giải quyết đúng hạn 1.729 hồ sơ, đạt {p(1729,1742)}.
Về công tác xây dựng Đảng, tháng 9 các chi bộ đề nghị kết nạp 4 quần chúng ưu tú; lũy kế 9 tháng Đảng bộ kết nạp 18 đảng viên, đạt {p(18,30,0)} chỉ tiêu năm. Có 46/46 chi bộ đã hoàn thành hướng dẫn đảng viên làm bản kiểm điểm năm 2025.
Mặt trận và các đoàn thể vận động hỗ trợ 125 phần quà Trung thu cho trẻ em khó khăn, mỗi phần 200.000 đồng, tổng trị giá 25 triệu đồng; Hội Liên hiệp Phụ nữ xã ra mắt 2 tổ hợp tác may mặc với 38 thành viên, trong đó 21 chị là đồng bào Khmer.
Phát biểu chỉ đạo, đồng chí Thạch Sô Phêl yêu cầu các chi bộ tập trung 3 việc trong tháng 10: (1) thu hoạch dứt điểm lúa Hè Thu, xuống giống Thu Đông đúng lịch thời vụ; (2) đẩy nhanh giải ngân vốn đầu tư công (hiện đạt 9,18 tỷ đồng/15,3 tỷ đồng, bằng {p(9.18,15.3)}); (3) chuẩn bị chu đáo kiểm điểm cuối năm và đại hội chi bộ nhiệm kỳ 2025 - 2027.
Văn phòng Đảng ủy xã
Tập tin đính kèm: Thong-bao-ket-luan-giao-ban-thang-9.pdf
Các tin khác
- Mỹ Xuyên: Hội nghị học tập chuyên đề năm 2025 (12/09/2025)
- Ra mắt Trung tâm phục vụ hành chính công xã Mỹ Xuyên (01/07/2025)
""", [
 ("percent-mismatch", "đạt 82,6%", "2.140/2.560 ha = 83,6%, không phải 82,6%."),
])
