from h import P, F, N, doc

# D16 tin hoi nghi BCH Dang bo phuong (attendance, vote, derived)
doc("d16_tin_bch_phuong", "tin_hoi_nghi", [
"Đảng bộ phường Hiệp Hòa tổ chức Hội nghị Ban Chấp hành lần thứ 11",
"Sáng 02/12/2026, Ban Chấp hành Đảng bộ phường Hiệp Hòa (tỉnh Đồng Nai) tổ chức Hội nghị lần thứ 11 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, bàn phương hướng, nhiệm vụ năm 2027. Đồng chí Trịnh Quốc Bảo, Bí thư Đảng ủy phường chủ trì hội nghị.",
"Ban Chấp hành Đảng bộ phường hiện có 33 đồng chí; dự hội nghị có 31 đồng chí, vắng 3 đồng chí có lý do.",
"Theo báo cáo tại hội nghị, năm 2026 phường hoàn thành và vượt 18/21 chỉ tiêu chủ yếu. Tổng thu ngân sách trên địa bàn ước đạt 412,6 tỷ đồng, vượt 38,4 tỷ đồng so với dự toán được giao (378 tỷ đồng). Toàn phường kết nạp 46 đảng viên, bằng " + P(46,40) + "% chỉ tiêu năm (40 đảng viên); giải quyết việc làm cho 2.318 lao động.",
"Công tác chỉnh trang đô thị có nhiều chuyển biến: hoàn thành 14 tuyến hẻm bê tông với tổng chiều dài 6,8 km; vận động nhân dân hiến 3.460 m² đất mở rộng đường. Tỷ lệ hộ nghèo theo chuẩn của tỉnh còn 0,42%.",
"Thảo luận tại hội nghị, có 9 ý kiến của các đồng chí ủy viên Ban Chấp hành tập trung vào các giải pháp tháo gỡ khó khăn cho dự án khu tái định cư 4,2 ha và việc quản lý trật tự xây dựng trong khu dân cư.",
"Hội nghị đã tiến hành bầu bổ sung 1 đồng chí vào Ban Thường vụ Đảng ủy phường nhiệm kỳ 2025 - 2030. Kết quả: số phiếu phát ra 31, thu về 31, tất cả hợp lệ; đồng chí Lâm Thị Ngọc Diệp, Trưởng Ban Xây dựng Đảng, trúng cử với 28/31 phiếu, đạt " + P(28,31,2) + "%.",
"Hội nghị cũng biểu quyết thông qua Nghị quyết về phương hướng, nhiệm vụ năm 2027 với 29/31 đồng chí tán thành, 1 đồng chí không tán thành và 2 đồng chí không biểu quyết.",
"Năm 2027, phường phấn đấu thu ngân sách đạt 420 tỷ đồng, tăng " + F(420-412.6,1) + " tỷ đồng so với ước thực hiện năm 2026; kết nạp ít nhất 42 đảng viên; phấn đấu không còn hộ nghèo theo chuẩn của tỉnh.",
"Phát biểu kết luận, đồng chí Trịnh Quốc Bảo đề nghị các chi bộ trực thuộc tập trung kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026 bảo đảm thực chất, hoàn thành trước ngày 25/12/2026.",
"Minh Khang",
], [
 {"code":"attendance-mismatch","text":"vắng 3 đồng chí có lý do","note":"33 ủy viên, có mặt 31 thì vắng 2, không phải 3 (31 + 3 = 34)."},
 {"code":"derived-mismatch","text":"vượt 38,4 tỷ đồng","note":"412,6 - 378 = 34,6 tỷ đồng, không phải 38,4."},
 {"code":"vote-mismatch","text":"2 đồng chí không biểu quyết","note":"29 + 1 + 2 = 32 > 31 đồng chí có mặt; đúng ra 1 đồng chí không biểu quyết."},
])

# D17 tin ky hop HDND xa (attendance, count, vote)
doc("d17_tin_kyhop_hdnd", "tin_hoi_nghi", [
"HĐND xã Quảng Phú tổ chức kỳ họp thường lệ cuối năm 2026",
"Ngày 05/12/2026, HĐND xã Quảng Phú, tỉnh Quảng Ngãi khóa I, nhiệm kỳ 2026 - 2031 tổ chức Kỳ họp thứ sáu (kỳ họp thường lệ cuối năm). Dự kỳ họp có 36/40 đại biểu HĐND xã, vắng 3 đại biểu có lý do; cùng lãnh đạo Đảng ủy, UBND, UBMTTQ Việt Nam xã và đại diện cử tri 22 thôn.",
"Tại kỳ họp, các đại biểu nghe báo cáo của Thường trực HĐND, UBND xã về tình hình kinh tế - xã hội năm 2026. Theo đó, tổng giá trị sản xuất trên địa bàn ước đạt 1.864 tỷ đồng, tăng " + P(1864-1712,1712) + "% so với năm 2025 (1.712 tỷ đồng); thu nhập bình quân đầu người đạt 61,5 triệu đồng; tỷ lệ hộ nghèo giảm còn 3,12%.",
"Năm 2026, UBND xã tiếp nhận 8.426 hồ sơ thủ tục hành chính, giải quyết đúng hạn 8.391 hồ sơ, đạt " + P(8391,8426) + "%. Toàn xã có 214 hộ được hỗ trợ xóa nhà tạm, nhà dột nát, vượt kế hoạch năm (200 hộ).",
"Kỳ họp dành thời gian thảo luận tại hội trường với 11 lượt ý kiến; Chủ tịch UBND xã Võ Thành Nam đã giải trình, làm rõ các vấn đề cử tri quan tâm như tiến độ nâng cấp tuyến đường ĐX.07 và việc cấp nước sạch cho 3 thôn vùng cao.",
"Kỳ họp đã biểu quyết thông qua 05 nghị quyết quan trọng, gồm: Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2027; Nghị quyết về dự toán thu, chi ngân sách năm 2027; Nghị quyết về kế hoạch đầu tư công năm 2027; Nghị quyết về chương trình giám sát năm 2027 của HĐND xã.",
"Riêng Nghị quyết về dự toán ngân sách năm 2027 được thông qua với 35/36 đại biểu có mặt tán thành, 2 đại biểu không tán thành. Các nghị quyết còn lại được 100% đại biểu có mặt tán thành.",
"Cũng tại kỳ họp, có 4 đại biểu chất vấn Trưởng Công an xã và Trưởng phòng Kinh tế về tình trạng khai thác đất trái phép và tiến độ cấp giấy chứng nhận quyền sử dụng đất cho 37 hộ tại khu tái định cư Gò Vàng.",
"Phát biểu bế mạc, ông Đỗ Văn Hòa, Chủ tịch HĐND xã đề nghị UBND xã khẩn trương triển khai các nghị quyết; các đại biểu HĐND tăng cường giám sát, kịp thời phản ánh ý kiến, kiến nghị của cử tri.",
"Thanh Tâm",
], [
 {"code":"attendance-mismatch","text":"vắng 3 đại biểu có lý do","note":"40 đại biểu, có mặt 36 thì vắng 4, không phải 3."},
 {"code":"count-mismatch","text":"thông qua 05 nghị quyết","note":"Chỉ kể tên 4 nghị quyết, không phải 05."},
 {"code":"vote-mismatch","text":"2 đại biểu không tán thành","note":"35 + 2 = 37 > 36 đại biểu có mặt; đúng ra 1 đại biểu không tán thành."},
])

# D18 tin tong ket BHXH tinh (target, pe, fig, name)
doc("d18_tin_tongket_bhxh", "tin_hoi_nghi", [
"BHXH tỉnh Thái Nguyên triển khai nhiệm vụ năm 2027",
"Chiều 04/12/2026, Bảo hiểm xã hội tỉnh Thái Nguyên tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2026 và triển khai nhiệm vụ năm 2027. Ông Võ Thành Luân, Giám đốc BHXH tỉnh chủ trì hội nghị.",
"Theo báo cáo, ước đến hết năm 2026 toàn tỉnh có 1.284.600 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,1% dân số, vượt chỉ tiêu được giao (93,5%). Số người tham gia BHXH bắt buộc đạt 214.380 người, tăng " + N(214380-201960) + " người so với năm 2025 (201.960 người).",
"Số người tham gia BHXH tự nguyện đạt 48.215 người, hoàn thành kế hoạch được giao (52.000 người). Tổng số thu năm 2026 ước đạt 8.462 tỷ đồng, bằng " + P(8462,8300) + "% kế hoạch; tỷ lệ nợ đóng chiếm 1,86% số phải thu.",
"Toàn tỉnh hiện có 92 xã, phường; trong đó 97 xã, phường đạt tỷ lệ bao phủ bảo hiểm y tế trên 90%. Công tác chi trả được thực hiện kịp thời cho 61.240 người hưởng lương hưu, trợ cấp hằng tháng, trong đó 78,3% nhận qua tài khoản cá nhân.",
"Về cải cách hành chính, năm 2026 BHXH tỉnh tiếp nhận 1.236.518 hồ sơ, 100% được giải quyết qua hệ thống điện tử; thời gian giải quyết rút ngắn bình quân 2 ngày so với quy định.",
"Phát biểu tại hội nghị, ông Võ Thanh Luân cho biết với số thu 8.642 tỷ đồng, ngành đã hoàn thành vượt kế hoạch thu, song vẫn còn 412 đơn vị nợ đóng kéo dài từ 3 tháng trở lên; đề nghị phối hợp với ngành thuế, công an xử lý dứt điểm.",
"Đại diện Sở Y tế đề nghị BHXH tỉnh phối hợp tháo gỡ vướng mắc trong thanh toán chi phí khám, chữa bệnh tại 8 bệnh viện tuyến tỉnh; một số ý kiến kiến nghị tăng cường tuyên truyền chính sách BHXH tự nguyện cho lao động phi chính thức ở các xã vùng cao.",
"Năm 2027, BHXH tỉnh phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95%; phát triển thêm ít nhất 6.000 người tham gia BHXH tự nguyện. Hội nghị đã trao Bằng khen của UBND tỉnh cho 5 tập thể, 11 cá nhân có thành tích xuất sắc; Giám đốc Võ Thành Luân trao Giấy khen cho 24 tập thể, cá nhân.",
"Hội nghị được kết nối trực tuyến tới các điểm cầu BHXH cơ sở.",
"Hồng Nhung",
], [
 {"code":"target-status-mismatch","text":"hoàn thành kế hoạch được giao","note":"48.215 người < 52.000 người kế hoạch là chưa hoàn thành (đạt 92,7%)."},
 {"code":"part-exceeds-whole","text":"97 xã, phường đạt","note":"Toàn tỉnh chỉ có 92 xã, phường; số đạt không thể là 97."},
 {"code":"figure-inconsistent","text":"với số thu 8.642 tỷ đồng","note":"Tổng số thu năm 2026 đã nêu là 8.462 tỷ đồng; ở đây ghi 8.642."},
 {"code":"name-inconsistent","text":"ông Võ Thanh Luân","note":"Giám đốc BHXH tỉnh là Võ Thành Luân (viết 2 lần); ở đây viết Võ Thanh Luân."},
])

# D19 tin tong ket nam hoc xa (percent, sum)
doc("d19_tin_tongket_namhoc", "tin_hoi_nghi", [
"Xã Yên Phong tổng kết năm học 2025 - 2026",
"Ngày 28/7/2026, UBND xã Yên Phong, tỉnh Bắc Ninh tổ chức hội nghị tổng kết năm học 2025 - 2026, triển khai nhiệm vụ năm học 2026 - 2027. Dự hội nghị có lãnh đạo Đảng ủy, HĐND, UBND xã, đại diện Sở Giáo dục và Đào tạo cùng 9 trường (3 mầm non, 3 tiểu học, 2 THCS) trên địa bàn.",
"Năm học vừa qua, toàn xã có " + N(1265+2386+1614) + " trẻ em, học sinh, gồm: 1.265 trẻ mầm non, 2.386 học sinh tiểu học và 1.614 học sinh THCS. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%; 100% học sinh tiểu học học 2 buổi/ngày.",
"Chất lượng giáo dục tiếp tục được giữ vững. Cấp THCS có 422 học sinh lớp 9, trong đó 418 em được công nhận tốt nghiệp THCS, đạt 99,5%. Kỳ thi tuyển sinh vào lớp 10 công lập có 312 em trúng tuyển, chiếm " + P(312,418) + "% số học sinh tốt nghiệp. Học sinh giỏi cấp tỉnh đạt 27 giải, tăng 6 giải so với năm học trước (21 giải).",
"Về đội ngũ, toàn ngành có 398 cán bộ quản lý, giáo viên, nhân viên; tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 là 97,4%. Cơ sở vật chất được đầu tư 14,6 tỷ đồng, xây mới 12 phòng học và 2 nhà đa năng; tỷ lệ phòng học kiên cố đạt 96,2%.",
"Công tác phổ cập giáo dục được duy trì: xã giữ vững chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học và THCS mức độ 3, xóa mù chữ mức độ 2. Ngày hội đọc sách và các hội thi cấp xã thu hút hàng nghìn lượt học sinh tham gia.",
"Hội nghị cũng chỉ ra một số hạn chế như: còn thiếu 11 giáo viên tiếng Anh và tin học cấp tiểu học; một số trường chưa đủ phòng học bộ môn theo quy định.",
"Năm học 2026 - 2027, ngành giáo dục xã phấn đấu có thêm 1 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 7 trường; tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt trên 99%.",
"Dịp này, UBND xã tặng Giấy khen cho 8 tập thể và 35 cá nhân có thành tích xuất sắc trong năm học 2025 - 2026; Hội Khuyến học xã trao 60 suất học bổng, mỗi suất 1 triệu đồng, tổng trị giá 60 triệu đồng.",
"Hội nghị kết thúc trong buổi sáng cùng ngày.",
"Thu Hà",
], [
 {"code":"sum-mismatch","text":"9 trường (3 mầm non","note":"3 + 3 + 2 = 8 trường, không phải 9."},
 {"code":"percent-mismatch","text":"tốt nghiệp THCS, đạt 99,5%","note":"418/422 = 99,1%, không phải 99,5%."},
])

# D20 clean tin hoi nghi BCH Dang bo xa
doc("d20_tin_bch_xa", "tin_hoi_nghi", [
"Hội nghị Ban Chấp hành Đảng bộ xã Tam Dương lần thứ 10",
"Ngày 01/12/2026, Ban Chấp hành Đảng bộ xã Tam Dương, tỉnh Phú Thọ tổ chức Hội nghị lần thứ 10, nhiệm kỳ 2025 - 2030, cho ý kiến vào dự thảo báo cáo kết quả thực hiện nhiệm vụ năm 2026 và phương hướng, nhiệm vụ năm 2027. Dự hội nghị có 34/35 đồng chí ủy viên Ban Chấp hành; 1 đồng chí vắng có lý do.",
"Năm 2026, mặc dù chịu ảnh hưởng nặng nề của bão số 3, kinh tế của xã vẫn duy trì tăng trưởng. Tổng giá trị sản xuất ước đạt 2.145 tỷ đồng, tăng " + P(2145-1986,1986) + "% so với năm 2025 (1.986 tỷ đồng); thu ngân sách trên địa bàn ước đạt 58,7 tỷ đồng, bằng " + P(58.7,52) + "% dự toán (52 tỷ đồng). Xã có thêm 4 sản phẩm OCOP 3 sao, nâng tổng số sản phẩm OCOP lên 15 sản phẩm.",
"Công tác xây dựng Đảng được chú trọng; toàn Đảng bộ kết nạp 38 đảng viên, bằng " + P(38,35) + "% chỉ tiêu năm (35 đảng viên), trong đó 21 đảng viên là đoàn viên thanh niên. Đảng bộ hiện có 1.512 đảng viên sinh hoạt tại 46 chi bộ trực thuộc.",
"Trên lĩnh vực văn hóa - xã hội, toàn xã có 8.942/9.380 hộ đạt danh hiệu gia đình văn hóa, chiếm " + P(8942,9380) + "%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,3%, vượt chỉ tiêu Nghị quyết (95%). Hoàn thành hỗ trợ xóa 126 nhà tạm, nhà dột nát trước thời hạn.",
"Thảo luận tại hội nghị, 12 đồng chí ủy viên Ban Chấp hành đã phát biểu, tập trung làm rõ nguyên nhân của 2 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và số doanh nghiệp thành lập mới.",
"Hội nghị đã biểu quyết thông qua Nghị quyết về phương hướng, nhiệm vụ năm 2027 với 100% đại biểu có mặt tán thành. Năm 2027, xã phấn đấu tổng giá trị sản xuất tăng từ 8% trở lên, thu ngân sách đạt 62 tỷ đồng, kết nạp ít nhất 40 đảng viên.",
"Cùng ngày, Ban Chấp hành đã cho ý kiến về kế hoạch tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026, yêu cầu hoàn thành ở các chi bộ trước ngày 20/12/2026.",
"Kết luận hội nghị, đồng chí Hà Thị Quỳnh, Bí thư Đảng ủy xã đề nghị các cơ quan tham mưu tiếp thu đầy đủ ý kiến, hoàn thiện các văn bản trình hội nghị tổng kết năm của Đảng bộ.",
"Việt Hưng",
], [])
