from common import *

doc('tin01_bch_xa_longhung_9thang', 'tin_hoi_nghi', f"""
Đảng bộ xã Long Hưng: Hội nghị Ban Chấp hành lần thứ 12 đánh giá kết quả 9 tháng năm 2026
Cập nhật: 15/10/2026
Sáng 14/10, Ban Chấp hành Đảng bộ xã Long Hưng tổ chức Hội nghị lần thứ 12 để đánh giá kết quả thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ trọng tâm quý IV năm 2026. Đồng chí Tô Hoàng Phúc, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã chủ trì hội nghị.
Theo báo cáo tại hội nghị, 9 tháng qua, tình hình kinh tế - xã hội của xã tiếp tục chuyển biến tích cực. Tổng thu ngân sách trên địa bàn đạt 27,43 tỷ đồng, bằng {P(2743, 3700)}% dự toán năm (37 tỷ đồng). Giá trị sản xuất nông nghiệp ước đạt 742 tỷ đồng, tăng {P(742 - 689, 689)}% so với cùng kỳ năm 2025 (689 tỷ đồng).
Toàn xã có 2.718/2.846 hộ sử dụng nước sạch, đạt 96,5%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%, vượt chỉ tiêu (95%). Xã giải quyết việc làm mới cho 486 lao động, đạt {P(486, 600)}% kế hoạch năm (600 lao động); trong đó 52 người đi làm việc ở nước ngoài theo hợp đồng.
Về công tác xây dựng Đảng, Đảng ủy đã lãnh đạo 38 chi bộ trực thuộc tổ chức sinh hoạt chuyên đề theo Hướng dẫn số 12-HD/BTCTW; kết nạp 31 đảng viên mới, bằng {P(31, 40)}% chỉ tiêu năm. Ủy ban Kiểm tra Đảng ủy kiểm tra 11 chi bộ và 8 đảng viên; giải quyết 7/7 đơn thư thuộc thẩm quyền.
Thảo luận tại hội nghị, các đại biểu tập trung phân tích nguyên nhân tỷ lệ bảo hiểm y tế chưa đạt yêu cầu, tiến độ giải ngân 3 công trình giao thông nông thôn và việc chuẩn bị tổ chức Đại hội Hội Nông dân xã nhiệm kỳ 2026 - 2031.
Phát biểu kết luận, đồng chí Tô Hoàng Phúc đề nghị các chi bộ, Ủy ban nhân dân xã và các đoàn thể tập trung hoàn thành các chỉ tiêu còn lại; phấn đấu đến cuối năm kết nạp thêm 9 đảng viên để đạt chỉ tiêu 40 đảng viên; vận động khoảng 1.150 người tham gia bảo hiểm y tế; hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026 trước ngày 31/12/2026.
Dịp này, Ban Thường vụ Đảng ủy xã trao Huy hiệu 40 năm tuổi Đảng cho 3 đồng chí và Huy hiệu 30 năm tuổi Đảng cho 5 đồng chí.
Minh Thư - Trung tâm Văn hóa, Thể thao và Truyền thông xã
""", [
 ('percent-mismatch', 'đạt 96,5%', '2.718/2.846 hộ = 95,50% ≈ 95,5%, không phải 96,5%'),
 ('target-status-mismatch', 'vượt chỉ tiêu (95%)', 'BHYT 93,6% < 95% chỉ tiêu: chưa đạt, không phải vượt (chính bài viết nói chưa đạt yêu cầu)'),
])

doc('tin02_hdnd_phuong_kyhop', 'tin_hoi_nghi', f"""
Kỳ họp thứ ba Hội đồng nhân dân phường Bình Minh khóa I
08/7/2026 - 16:20
Ngày 07/7/2026, Hội đồng nhân dân phường Bình Minh khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ ba (kỳ họp thường lệ giữa năm) để xem xét, quyết định nhiều nội dung quan trọng. Dự kỳ họp có 26/29 đại biểu Hội đồng nhân dân phường.
Theo báo cáo của Ủy ban nhân dân phường, 6 tháng đầu năm 2026, tổng thu ngân sách trên địa bàn đạt 64,8 tỷ đồng, vượt 4,8 tỷ đồng so với kế hoạch 6 tháng (61 tỷ đồng) và bằng {P(648, 1180)}% dự toán năm (118 tỷ đồng). Tổng chi ngân sách 39,7 tỷ đồng, bằng {P(397, 862)}% dự toán.
Phường cấp mới 214 mã số hộ kinh doanh, tăng 37 hộ so với cùng kỳ (177 hộ); xử lý 23/26 trường hợp vi phạm trật tự xây dựng. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt {P(2476, 2491, 2)}% (2.476/2.491 hồ sơ).
Báo cáo của Ủy ban Mặt trận Tổ quốc Việt Nam phường cho biết, trước kỳ họp, cử tri gửi đến 47 ý kiến, kiến nghị, trong đó 52 ý kiến thuộc thẩm quyền giải quyết của phường, còn lại chuyển cấp trên. Tại phiên thảo luận, 9 lượt đại biểu phát biểu, 4 lượt đại biểu chất vấn về tiến độ nâng cấp tuyến kênh Bà Rịa và việc cấp giấy chứng nhận quyền sử dụng đất. Trả lời chất vấn, ông Dương Tấn Lộc, Chủ tịch Ủy ban nhân dân phường cho biết, dự án kênh Bà Rịa đã giải ngân 12,4/20 tỷ đồng, đạt {P(124, 200)}% kế hoạch vốn; còn 11 hộ chưa bàn giao mặt bằng, trong đó 4 hộ đã đồng ý nhận tiền bồi thường.
Kỳ họp đã biểu quyết thông qua 3 nghị quyết: Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026; Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2026; Nghị quyết về chương trình giám sát năm 2027. Các nghị quyết đều được 26/26 đại biểu có mặt tán thành, bằng {P(26, 29)}% tổng số đại biểu.
Phát biểu bế mạc, bà Cao Thị Ngọc Diệp, Chủ tịch Hội đồng nhân dân phường, đề nghị Ủy ban nhân dân phường tập trung chỉ đạo giải ngân vốn đầu tư công, phấn đấu 6 tháng cuối năm thu ngân sách thêm tối thiểu 53,2 tỷ đồng để hoàn thành dự toán 118 tỷ đồng.
Thanh Tùng
""", [
 ('derived-mismatch', 'vượt 4,8 tỷ đồng', '64,8 - 61 = 3,8 tỷ đồng, không phải 4,8 tỷ đồng'),
 ('part-exceeds-whole', '52 ý kiến thuộc thẩm quyền', 'Phần "trong đó" 52 ý kiến lớn hơn tổng 47 ý kiến, kiến nghị'),
])

doc('tin03_tongket_dangbo_phuong', 'tin_hoi_nghi', f"""
Đảng bộ phường Tân Hòa tổng kết công tác xây dựng Đảng năm 2026
Thứ Năm, 24/12/2026
Chiều 23/12, Đảng ủy phường Tân Hòa tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2026, triển khai nhiệm vụ năm 2027.
Năm 2026, Đảng bộ phường có 47 chi bộ trực thuộc với 1.972 đảng viên. Đảng bộ đã hoàn thành và hoàn thành vượt 9/12 chỉ tiêu nghị quyết; 3 chỉ tiêu chưa đạt gồm: chỉ tiêu thu tiền sử dụng đất; chỉ tiêu tỷ lệ hộ phân loại rác tại nguồn.
Công tác phát triển đảng viên được chú trọng, kết nạp 64 đảng viên, đạt {P(64, 60)}% chỉ tiêu (60 đảng viên); trong đó 21 đảng viên là chủ doanh nghiệp, người lao động khu vực ngoài nhà nước. Kết quả đánh giá, xếp loại năm 2026, có {P(9, 47)}% chi bộ (9/47 chi bộ) hoàn thành xuất sắc nhiệm vụ; {P(287, 1884)}% đảng viên được đánh giá (287/1.884 đồng chí) hoàn thành xuất sắc nhiệm vụ.
Thu ngân sách năm 2026 ước đạt 143,6 tỷ đồng, bằng {P(1436, 1280)}% dự toán, tăng 21,4 tỷ đồng so với năm 2025 (122,2 tỷ đồng).
Tại hội nghị, Đảng ủy phường khen thưởng 28 tập thể, cá nhân, gồm 9 chi bộ đạt "Trong sạch, vững mạnh" tiêu biểu và 21 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền.
Phát biểu chỉ đạo, đồng chí Lục Văn Bằng, Bí thư Đảng ủy phường, nhấn mạnh: Đảng bộ phường hiện có 45 chi bộ trực thuộc với 1.972 đảng viên, là lực lượng nòng cốt trong thực hiện nhiệm vụ chính trị ở 36 tổ dân phố. Năm 2027, các chi bộ cần bám sát nghị quyết, nâng chất lượng sinh hoạt chi bộ, phát huy vai trò nêu gương của đảng viên; phấn đấu kết nạp từ 60 đảng viên trở lên, thu ngân sách tăng tối thiểu 8% so với năm 2026.
Cũng tại hội nghị, 4 chi bộ trình bày tham luận về kinh nghiệm sinh hoạt chi bộ ở khu dân cư đông người lao động nhập cư; Chi bộ Tổ dân phố 12 cho biết đã vận động 214/230 hộ lắp camera an ninh ({P(214, 230)}%).
Năm 2027 cũng là năm Đảng bộ phường tổ chức kỷ niệm 97 năm Ngày thành lập Đảng và 137 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2027).
Hồng Nhung - Văn phòng Đảng ủy phường
""", [
 ('count-mismatch', '3 chỉ tiêu chưa đạt gồm', 'Nêu 3 chỉ tiêu chưa đạt nhưng chỉ liệt kê 2'),
 ('sum-mismatch', 'khen thưởng 28 tập thể, cá nhân', '9 chi bộ + 21 đảng viên = 30 ≠ 28'),
 ('figure-inconsistent', 'hiện có 45 chi bộ trực thuộc', 'Số chi bộ trực thuộc ở đoạn đầu là 47 (và 9/47 chi bộ), ở phát biểu chỉ đạo ghi 45 với cùng 1.972 đảng viên'),
])

doc('tin04_hdnd_xa_phonghoa_kyhop', 'tin_hoi_nghi', f"""
HĐND xã Phong Hòa tổ chức kỳ họp thứ năm, thông qua 5 nghị quyết
19/12/2026
Ngày 18/12/2026, Hội đồng nhân dân xã Phong Hòa khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ năm (kỳ họp thường lệ cuối năm 2026). Tham dự kỳ họp có 27/30 đại biểu Hội đồng nhân dân xã; vắng 3 đại biểu có lý do là ông Lò Văn Tính và bà Hà Thị Mai.
Ông Lường Văn Khánh, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã chủ trì kỳ họp. Dự kỳ họp có đại diện Thường trực Đảng ủy, Ủy ban Mặt trận Tổ quốc Việt Nam xã, trưởng các bản.
Báo cáo của Ủy ban nhân dân xã cho biết, năm 2026 xã hoàn thành 15/17 chỉ tiêu chủ yếu. Tổng sản lượng lương thực có hạt đạt 9.860 tấn, tăng {P(9860 - 9415, 9415)}% so với năm 2025 (9.415 tấn); thu nhập bình quân đầu người 46,8 triệu đồng, tăng 5,3 triệu đồng so với năm trước (41,5 triệu đồng). Tỷ lệ hộ nghèo giảm còn 6,12% (218/3.562 hộ), giảm 1,35 điểm phần trăm so với cuối năm 2025 (7,47%).
Thu ngân sách trên địa bàn 9,12 tỷ đồng, bằng {P(912, 850)}% dự toán (8,5 tỷ đồng); 9/9 trường học duy trì đạt chuẩn quốc gia; 100% bản có nhà văn hóa đạt chuẩn.
Tại kỳ họp, các đại biểu đã thảo luận, chất vấn 6 nhóm vấn đề, tập trung vào chất lượng nước sinh hoạt ở bản Nà Hằm, tiến độ đường nội đồng bản Pá Khôm và việc chi trả tiền dịch vụ môi trường rừng cho 412 hộ nhận khoán bảo vệ rừng với 6.184 ha.
Kỳ họp đã biểu quyết thông qua 5 nghị quyết: nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2027; nghị quyết về dự toán thu, chi ngân sách năm 2027; nghị quyết về phân bổ ngân sách năm 2027; nghị quyết về kế hoạch đầu tư công năm 2027; nghị quyết về chương trình giám sát của Hội đồng nhân dân xã năm 2027. Các nghị quyết đều được 27/27 đại biểu có mặt tán thành, đạt {P(27, 30)}% tổng số đại biểu Hội đồng nhân dân xã.
Kỳ họp cũng tiến hành miễn nhiệm chức danh Phó Chủ tịch Ủy ban nhân dân xã đối với ông Vì Văn Thắng do chuyển công tác và bầu bổ sung bà Điêu Thị Hoa giữ chức Phó Chủ tịch Ủy ban nhân dân xã với 26/27 phiếu tán thành ({P(26, 27)}% số đại biểu có mặt).
Bế mạc kỳ họp, ông Lường Văn Khánh đề nghị Ủy ban nhân dân xã sớm cụ thể hóa các nghị quyết, bảo đảm hoàn thành 17 chỉ tiêu năm 2027.
Quàng Thị Liên - Đài Truyền thanh xã
""", [
 ('absentee-count-mismatch', 'vắng 3 đại biểu có lý do', 'Ghi vắng 3 đại biểu nhưng chỉ nêu tên 2 (ông Lò Văn Tính, bà Hà Thị Mai)'),
])

doc('tin05_bch_phuong_sokhet_6thang', 'tin_hoi_nghi', f"""
Hội nghị Ban Chấp hành Đảng bộ phường Đông Thành sơ kết 6 tháng đầu năm 2026
22/7/2026 | 09:05
Ngày 21/7, Ban Chấp hành Đảng bộ phường Đông Thành tổ chức Hội nghị lần thứ 7 sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Dự hội nghị có 29/31 ủy viên Ban Chấp hành Đảng bộ phường.
6 tháng đầu năm, thu ngân sách trên địa bàn phường đạt 86,4 tỷ đồng, bằng {P(864, 1620)}% dự toán năm (162 tỷ đồng), tăng {P(864 - 752, 752)}% so với cùng kỳ (75,2 tỷ đồng). Giải ngân vốn đầu tư công đạt {P(218, 540)}% kế hoạch vốn (21,8/54 tỷ đồng), thấp hơn yêu cầu của thành phố.
Công tác cải cách hành chính có nhiều chuyển biến; Trung tâm Phục vụ hành chính công phường tiếp nhận 6.318 hồ sơ, trong đó 5.207 hồ sơ trực tuyến ({P(5207, 6318)}%); tỷ lệ giải quyết đúng hạn đạt {P(6291, 6318, 2)}%.
Về công tác xây dựng Đảng, 6 tháng qua Đảng bộ kết nạp 28 đảng viên, đạt {P(28, 50)}% chỉ tiêu năm (50 đảng viên); trao Huy hiệu Đảng cho 46 đảng viên, trong đó 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng. Ủy ban Kiểm tra Đảng ủy kiểm tra khi có dấu hiệu vi phạm đối với 3 đảng viên, đã kết luận 2 trường hợp.
Công tác an sinh xã hội được quan tâm: trao 1.240 suất quà cho người có công và hộ khó khăn nhân Ngày Thương binh - Liệt sĩ, tổng trị giá 744 triệu đồng (bình quân 600.000 đồng/suất); hỗ trợ sửa chữa 6 căn nhà cho hộ nghèo, mỗi căn 50 triệu đồng, tổng cộng 300 triệu đồng từ nguồn Quỹ "Vì người nghèo" phường.
Thảo luận tại hội nghị, 7 ủy viên Ban Chấp hành đã phát biểu, đề xuất giải pháp đẩy nhanh giải phóng mặt bằng tuyến đường Vành đai 3 đoạn qua phường và chấn chỉnh tình trạng lấn chiếm vỉa hè ở 14 tuyến phố.
Kết luận hội nghị, đồng chí Thái Thị Kim Oanh, Bí thư Đảng ủy phường, yêu cầu 6 tháng cuối năm phải giải ngân tối thiểu 32,2 tỷ đồng để hoàn thành 100% kế hoạch vốn năm 2026; kết nạp thêm 22 đảng viên; phấn đấu thu ngân sách vượt dự toán từ 5% trở lên.
Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026 với 29/29 ủy viên có mặt tán thành.
Phương Anh
""")
