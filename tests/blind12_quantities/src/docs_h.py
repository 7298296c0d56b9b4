# -*- coding: utf-8 -*-
D = {}
D["tin16_bch_huyen_krongpac_2022"] = ("tin_hoi_nghi", """Hội nghị Ban Chấp hành Đảng bộ huyện Krông Pắc lần thứ 11 sơ kết công tác 6 tháng đầu năm 2022
Sáng 19/7, Ban Chấp hành Đảng bộ huyện Krông Pắc khóa XI, nhiệm kỳ 2020-2025 tổ chức Hội nghị lần thứ 11 để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Y Kim Knul, Bí thư Huyện ủy chủ trì hội nghị.
Theo báo cáo tại hội nghị, 6 tháng đầu năm, tốc độ tăng giá trị sản xuất trên địa bàn huyện ước đạt 9,2% so với cùng kỳ. Tổng diện tích gieo trồng vụ Hè Thu đạt 17.860 ha, bằng 98,1% kế hoạch (18.200 ha); diện tích cà phê tái canh 1.150 ha.
Tổng thu ngân sách trên địa bàn đạt 231,4 tỷ đồng, đạt 58,3% dự toán tỉnh giao (398 tỷ đồng). Thu nhập bình quân đầu người ước 52 triệu đồng/năm, tăng 4,1 triệu đồng so với cùng kỳ năm 2021 (48,5 triệu đồng). Toàn huyện đã có 12/14 xã đạt chuẩn nông thôn mới; 2 xã còn lại đang hoàn thiện hồ sơ đề nghị công nhận trong năm 2022.
Công tác xây dựng Đảng được quan tâm: 6 tháng kết nạp 187 đảng viên, đạt 53,4% kế hoạch năm (350 đảng viên); trao Huy hiệu Đảng cho 64 đảng viên, trong đó 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng. Ủy ban Kiểm tra các cấp đã kiểm tra 9 tổ chức đảng và 21 đảng viên.
Thảo luận tại hội nghị, các đại biểu cho rằng với mức tăng giá trị sản xuất 9,8% trong 6 tháng, huyện có cơ sở để hoàn thành chỉ tiêu tăng trưởng cả năm từ 9,5% trở lên. Một số ý kiến đề nghị tháo gỡ khó khăn trong giải phóng mặt bằng dự án đường tránh phía Đông dài 7,8 km và cải tạo 3 hồ chứa nước.
Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy, chính quyền tập trung chỉ đạo thu ngân sách, phấn đấu cả năm vượt từ 5% dự toán trở lên; đẩy nhanh tiến độ giải ngân vốn đầu tư công; hoàn thành kết nạp 163 đảng viên còn lại trong 6 tháng cuối năm.
Dịp này, Ban Thường vụ Huyện ủy đã khen thưởng 5 tập thể và 8 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Hà Linh – Trung tâm Văn hóa, Thông tin và Thể thao huyện
""", [
 ("figure-inconsistent", "tăng giá trị sản xuất 9,8%", "the same 6-month growth of production value was given as 9,2% earlier"),
 ("percent-mismatch", "đạt 58,3% dự toán tỉnh giao", "231,4/398 = 58,1%, not 58,3%"),
 ("derived-mismatch", "tăng 4,1 triệu đồng", "52 − 48,5 = 3,5 triệu đồng, not 4,1"),
])

D["tin17_daihoi_xa_nhonphong_2025"] = ("tin_hoi_nghi", """Đại hội đại biểu Đảng bộ xã Nhơn Phong lần thứ I, nhiệm kỳ 2025-2030
Trong hai ngày 28 và 29/7/2025, Đảng bộ xã Nhơn Phong tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Dự Đại hội có 135 đại biểu chính thức trong tổng số 140 đại biểu được triệu tập, đại diện cho 1.285 đảng viên sinh hoạt tại 42 chi bộ trực thuộc; 6 đại biểu vắng mặt có lý do.
Xã Nhơn Phong được thành lập trên cơ sở sắp xếp 3 xã cũ, có diện tích tự nhiên 86,4 km² với 9.146 hộ dân. Trong nhiệm kỳ qua, kinh tế của các địa phương tiếp tục tăng trưởng khá; năm 2024 thu ngân sách trên địa bàn đạt 48,6 tỷ đồng, gấp 1,5 lần năm 2020 (32,1 tỷ đồng). Tỷ lệ hộ nghèo giảm còn 0,86%. Có 17/17 chỉ tiêu chủ yếu của nhiệm kỳ đạt và vượt.
Công tác xây dựng Đảng đạt nhiều kết quả: 5 năm kết nạp 214 đảng viên; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.
Đại hội đề ra 16 chỉ tiêu chủ yếu cho nhiệm kỳ 2025-2030, trong đó: tốc độ tăng trưởng giá trị sản xuất bình quân từ 8,5%/năm trở lên; đến năm 2030 thu nhập bình quân đầu người đạt 95 triệu đồng; mỗi năm kết nạp từ 45 đảng viên trở lên.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí, trong đó nữ 8 đồng chí, dưới 40 tuổi 7 đồng chí; có 35 đồng chí tái cử từ Ban Chấp hành các xã cũ. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Trần Quốc Bảo được bầu giữ chức Bí thư Đảng ủy xã với 134/135 phiếu (99,3%).
Đại hội cũng bầu 5 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I, gồm các đồng chí: Trần Quốc Bảo, Lê Thị Kim Liên, Đoàn Văn Hiếu và Nguyễn Thành Nhân.
Tại phiên thảo luận, Đại hội đã nghe 12 tham luận, tập trung vào 3 khâu đột phá: phát triển hạ tầng giao thông kết nối, chuyển đổi số trong cải cách hành chính và phát triển du lịch cộng đồng. Nghị quyết Đại hội được thông qua với 135/135 đại biểu có mặt tán thành (100%).
Phát biểu chỉ đạo, đồng chí Phó Bí thư Tỉnh ủy ghi nhận những kết quả Đảng bộ xã đạt được và đề nghị Ban Chấp hành khóa mới sớm cụ thể hóa Nghị quyết Đại hội thành các chương trình hành động.
Minh Châu
""", [
 ("attendance-mismatch", "6 đại biểu vắng mặt có lý do", "140 summoned − 135 present = 5 absent, not 6"),
 ("part-exceeds-whole", "có 35 đồng chí tái cử", "35 re-elected cannot exceed the 33 members of the new Ban Chấp hành"),
 ("count-mismatch", "bầu 5 đại biểu chính thức", "only 4 delegates are named"),
])

D["tin18_duk_doanhnghiep_2023"] = ("tin_hoi_nghi", """Đảng ủy Khối Doanh nghiệp tỉnh tổng kết công tác xây dựng Đảng năm 2023
Chiều 16/01/2024, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và bí thư 92 tổ chức cơ sở đảng trực thuộc.
Năm 2023, công tác xây dựng Đảng trong Khối có nhiều chuyển biến. Toàn Đảng bộ Khối hiện có 9.482 đảng viên, tăng 3,1% so với cuối năm 2022 (9.197 đảng viên). Trong năm đã kết nạp 418 đảng viên, đạt 104,5% chỉ tiêu (400 đảng viên), vượt chỉ tiêu Tỉnh ủy giao; trong đó 126 đảng viên là công nhân trực tiếp sản xuất.
Kết quả đánh giá, xếp loại năm 2023: trong 92 tổ chức cơ sở đảng có 87 tổ chức hoàn thành tốt nhiệm vụ trở lên (94,6%), trong đó 16 tổ chức hoàn thành xuất sắc nhiệm vụ; 4 tổ chức hoàn thành nhiệm vụ và 1 tổ chức không hoàn thành nhiệm vụ. Trong số 9.105 đảng viên được đánh giá, có 1.254 đồng chí hoàn thành xuất sắc nhiệm vụ (13,8%).
Cấp ủy các cấp đã kiểm tra 38 tổ chức đảng, 112 đảng viên; thi hành kỷ luật 9 đảng viên, gồm 6 khiển trách và 3 cảnh cáo. Các doanh nghiệp trong Khối nộp ngân sách 3.126 tỷ đồng, bằng 108,2% kế hoạch năm (2.890 tỷ đồng).
Đảng viên là người lao động trực tiếp trong các doanh nghiệp hiện có 2.712 đồng chí, chiếm 28,6% tổng số đảng viên của Đảng bộ Khối. Đến cuối năm, 7.960 đảng viên đã cài đặt và sử dụng ứng dụng Sổ tay đảng viên điện tử, đạt 83,9%. Trong năm đã thành lập mới 3 chi bộ cơ sở tại doanh nghiệp ngoài nhà nước (đã tính trong 92 tổ chức cơ sở đảng nêu trên).
Năm 2024, Đảng ủy Khối đặt mục tiêu kết nạp từ 420 đảng viên trở lên; phấn đấu từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; 100% tổ chức đảng trong doanh nghiệp ngoài nhà nước đủ điều kiện được củng cố.
Tại hội nghị, Đảng ủy Khối đã tặng giấy khen cho 12 tập thể và 25 cá nhân, tổng cộng 37 lượt khen thưởng, có thành tích xuất sắc trong công tác xây dựng Đảng năm 2023.
Thu Hà
""", [])
