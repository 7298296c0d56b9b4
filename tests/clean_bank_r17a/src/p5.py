"""Mixed prose across the eight topics: ballots, households vs people, ranges, ordinals, debris."""
from vn import f, pc
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# Party meetings, ballots, documents
a("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 14 (khóa XV) diễn ra ngày 06/01/2025, có 25/27 đồng chí ủy viên dự, 2 đồng chí vắng có lý do.",
  ("dif", "27", "25", "2"))
a("Kết quả bầu Ban Chấp hành Đảng bộ xã khóa XVI, nhiệm kỳ 2025-2030: phát ra 142 phiếu, thu về 142 phiếu, trong đó 140 phiếu hợp lệ và 2 phiếu không hợp lệ.",
  ("sum", "142", "140", "2"))
a("Đồng chí Lê Văn Tâm trúng cử với 136 phiếu, đạt 97,14% số phiếu hợp lệ; đồng chí có số phiếu thấp nhất trong danh sách trúng cử đạt 78 phiếu, bằng 55,71%.",
  ("pct", "136", "=140", "97,14"), ("pct", "78", "=140", "55,71"), ("gt", "78", "=70"))
a("Đại hội biểu quyết thông qua Nghị quyết với 139/142 đại biểu có mặt tán thành, đạt 97,89%; 3 đại biểu không tán thành.",
  ("pct", "139", "142", "97,89"), ("sum", "142", "139", "3"))
a("Chi bộ bầu 5 chi ủy viên trong số 6 ứng cử viên; có 26 phiếu hợp lệ, người trúng cử phải đạt quá một nửa, tức từ 14 phiếu trở lên; ứng cử viên thứ sáu đạt 11 phiếu (42,31%) nên không trúng cử.",
  ("maj", "14", "26"), ("pct", "11", "26", "42,31"), ("lt", "11", "14"))
a("Tổng số phiếu bầu cho các ứng cử viên là 118 phiếu, không vượt quá 26 phiếu nhân 5 chức danh cần bầu (130 phiếu).",
  ("mul", "26", "5", "130"), ("le", "118", "130"))
a("Thực hiện Kế hoạch số 112-KH/ĐU ngày 20/3/2024 của Đảng ủy xã, các chi bộ đã tổ chức sinh hoạt chuyên đề quý II với chủ đề về chuyển đổi số trong công tác đảng.",)
a("Báo cáo số 58-BC/CB ngày 28/6/2024 của Chi bộ thôn Bình An nêu rõ: chi bộ có 2 đảng viên cao tuổi được miễn sinh hoạt, 1 đảng viên đi làm ăn xa có giấy giới thiệu sinh hoạt tạm thời.",)
a("Chi bộ tổ chức sinh hoạt vào lúc 19 giờ 30, thứ Sáu ngày 05/4/2024; buổi sinh hoạt kết thúc lúc 21 giờ 10, kéo dài 100 phút.",
  ("wd", "05/4/2024", "=4"), ("tm", "19", "30", "21", "10", "100"))
a("Mức đóng đảng phí của đảng viên hưu trí là 0,5% tiền lương hưu; chi bộ thu được 4,86 triệu đồng trong quý III, trích nộp cấp trên 30% là 1,458 triệu đồng, để lại chi bộ 3,402 triệu đồng.",
  ("mul", "4,86", "=0,3", "1,458"), ("dif", "4,86", "1,458", "3,402"))
a("Đến hết nhiệm kỳ 2020-2025, Đảng bộ xã có 21/23 chi bộ, chiếm 91,3%, được xếp loại hoàn thành tốt nhiệm vụ trở lên liên tục từ 3 năm trở lên.",
  ("pct", "21", "23", "91,3"))
a("Ban Thường vụ Đảng ủy ban hành Quyết định số 245-QĐ/ĐU ngày 14/10/2022 chuẩn y kết quả bầu cử Chi bộ thôn Tây nhiệm kỳ 2022-2025.",)
# households vs people
a("Năm 2024 có 76 hộ thoát nghèo với 258 nhân khẩu; phát sinh mới 9 hộ nghèo với 31 nhân khẩu, nên số hộ nghèo giảm thực tế 67 hộ.",
  ("dif", "76", "9", "67"))
a("Toàn xã có 3.214 hộ với 12.646 nhân khẩu; số hộ tham gia bảo hiểm y tế hộ gia đình là 1.087 hộ (3.902 người), chiếm 33,8% số hộ nhưng chỉ 30,9% dân số.",
  ("pct", "1.087", "3.214", "33,8"), ("pct", "3.902", "12.646", "30,9"))
a("Có 2.931/3.214 hộ đạt danh hiệu gia đình văn hóa, đạt 91,2% số hộ; số hộ đăng ký mô hình vườn mẫu là 64 hộ.",
  ("pct", "2.931", "3.214", "91,2"))
a("Bão số 3 làm 128 hộ với 462 nhân khẩu phải di dời đến nơi an toàn; đến sáng ngày 09/9/2024 đã có 117 hộ trở về nhà, còn 11 hộ (39 người) ở nhờ nhà người thân.",
  ("dif", "128", "117", "11"), ("lt", "39", "462"))
a("Số hộ sử dụng điện lưới quốc gia đạt 99,7% (3.204/3.214 hộ); 10 hộ còn lại ở khu vực đồi cao sử dụng điện mặt trời độc lập.",
  ("pct", "3.204", "3.214", "99,7"), ("dif", "3.214", "3.204", "10"))
a("Hỗ trợ gạo cứu đói giáp hạt cho 215 hộ với 806 khẩu, mức 15 kg/khẩu/tháng trong 3 tháng, tổng số 36.270 kg.",
  ("mul", "806", "=45", "36.270"), ("mul", "15", "3", "=45"))
# ranges, floors, ceilings
a("Mỗi lớp học tiểu học bố trí từ 30 đến 35 học sinh; riêng lớp ghép ở điểm trường thôn Tây có 18 học sinh, không quá 20 học sinh/lớp theo kế hoạch của nhà trường.",
  ("le", "18", "20"), ("lt", "30", "35"))
a("Người lao động tham gia bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong 24 tháng trước khi chấm dứt hợp đồng thì được xét hưởng trợ cấp, thời gian hưởng tối đa không quá 12 tháng.",
  ("lt", "12", "24"))
a("Mức vay từ Quỹ quốc gia về việc làm đối với hộ gia đình tối đa 100 triệu đồng; năm 2024 giải ngân cho 132 hộ, tổng dư nợ mới 9,84 tỷ đồng, bình quân 74,5 triệu đồng/hộ.",
  ("div", "=9840", "132", "74,5"), ("lt", "74,5", "100"))
a("Dự án thành phần có tổng mức đầu tư từ 80 đến 100 tỷ đồng do Ủy ban nhân dân huyện làm chủ đầu tư; dự án cầu Bến Đình (96,5 tỷ đồng) thuộc khoảng này.",
  ("rng", "80", "96,5", "100"))
a("Tỷ lệ tăng dân số tự nhiên duy trì ở mức dưới 1%; năm 2024 đạt 0,92%, trong đó tỷ lệ sinh con thứ ba trở lên chiếm 6,4% số trẻ sinh ra.",
  ("lt", "0,92", "1"))
a("Kế hoạch tự đánh giá của trường đặt mục tiêu có từ 2/3 số tiêu chí đạt mức 3 trở lên; kết quả có 19/25 tiêu chí đạt mức 3, vượt mục tiêu đề ra.",
  ("fge", "19", "25", "2", "3"))
a("Đề án phấn đấu đến năm 2030 có từ 25% đến 30% số xã đạt chuẩn nông thôn mới kiểu mẫu; hiện nay tỷ lệ này là 9/121 xã, tức 7,4%.",
  ("pct", "9", "121", "7,4"), ("lt", "7,4", "25"))
a("Chỉ tiêu đào tạo nghề cho lao động nông thôn năm 2025 là từ 1.400 đến 1.600 người; 9 tháng đã đạt 1.094 người, cần thêm ít nhất 306 người để chạm cận dưới.",
  ("dif", "1.400", "1.094", "306"))
# mid-period, above plan
a("Quý I/2025, trạm y tế đã khám sàng lọc tăng huyết áp cho 846 người, đạt 28,2% kế hoạch năm (3.000 người), phù hợp tiến độ của quý đầu.",
  ("pct", "846", "3.000", "28,2"))
a("Sáu tháng đầu năm, số thẻ bảo hiểm y tế học sinh đã phát hành là 1.812 thẻ, bằng 93,1% số học sinh (1.946 em); dự kiến đạt 100% khi kết thúc đợt thu học kỳ II.",
  ("pct", "1.812", "1.946", "93,1"))
a("Năm 2024, thu ngân sách từ phí, lệ phí lĩnh vực giao thông, xây dựng đạt 4,36 tỷ đồng, vượt 9% dự toán (4 tỷ đồng).",
  ("gro", "4,36", "4", "9"))
a("Đến nay đã cấp đổi 1.246 giấy phép lái xe sang giấy phép lái xe mẫu mới, đạt 83,1% kế hoạch năm (1.500 giấy phép), cao hơn cùng kỳ 214 giấy phép.",
  ("pct", "1.246", "1.500", "83,1"), ("sum", "1.246", "=1032", "214"))
a("Số sinh viên tốt nghiệp có việc làm trong 12 tháng đạt 92,4%, vượt chỉ tiêu đề án là từ 85% trở lên; trong đó làm đúng ngành đào tạo chiếm 71,6% số có việc làm.",
  ("ge", "92,4", "85"), ("lt", "71,6", "92,4"))
a("Trồng mới 32 ha cây ăn quả, vượt 28% kế hoạch (25 ha); diện tích được cấp mã số vùng trồng là 146 ha.",
  ("gro", "32", "25", "28"))
# giảm … còn
a("Số vụ vi phạm hành lang an toàn đường bộ giảm từ 46 vụ năm 2023 xuống còn 29 vụ năm 2024, giảm 17 vụ (-37,0%).",
  ("dif", "46", "29", "17"), ("dec", "29", "46", "37,0"))
a("Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ dưới 5 tuổi giảm còn 8,3%, giảm 0,9 điểm phần trăm; số trẻ suy dinh dưỡng nhẹ cân là 71 trẻ.",
  ("dif", "=9,2", "8,3", "0,9"))
a("Sau khi đưa đường tránh vào sử dụng, thời gian đi lại trên tuyến giảm từ 45 phút xuống còn 30 phút, tức chỉ còn 2/3 so với trước.",
  ("feq", "30", "45", "2", "3"))
a("Số hộ nghèo đa chiều của xã giảm còn 38 hộ, chiếm 1,18% tổng số hộ (3.214 hộ); số nhân khẩu thuộc hộ nghèo là 127 người, bằng 1,00% dân số (12.646 người).",
  ("pct", "38", "3.214", "1,18"), ("pct", "127", "12.646", "1,00"))
# same noun, several subjects
a("Trường THCS Phú Lâm có 18 giáo viên dạy giỏi cấp huyện, Trường THCS Phú Lộc có 14 giáo viên, Trường THCS Tân Hòa có 11 giáo viên; cả ba trường có 43 giáo viên dạy giỏi.",
  ("sum", "43", "18", "14", "11"))
a("Xã Phú Lâm có 1.246 hộ tham gia bảo hiểm y tế hộ gia đình, xã Phú Lộc 1.087 hộ; tỷ lệ bao phủ tương ứng là 95,2% và 93,8% dân số mỗi xã.",
  ("gt", "95,2", "93,8"))
a("Thôn Đông có 42 đảng viên, thôn Tây 35 đảng viên; số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên tương ứng là 38 và 32 đồng chí.",
  ("le", "38", "42"), ("le", "32", "35"))
a("Hợp tác xã Phú Lâm có 126 thành viên, doanh thu 4,2 tỷ đồng; Hợp tác xã Tân Hòa có 87 thành viên, doanh thu 3,1 tỷ đồng; doanh thu của hợp tác xã Phú Lâm cao hơn 1,1 tỷ đồng.",
  ("dif", "4,2", "3,1", "1,1"))
# dates, ordinals, numbers
a("Kỳ họp thứ 19 Hội đồng nhân dân tỉnh khóa X thông qua Nghị quyết số 27/NQ-HĐND về kế hoạch đầu tư công trung hạn; kỳ họp thứ 20 dự kiến tổ chức vào đầu tháng 7.",)
a("Theo Công văn số 1462/SGDĐT-KHTC, các trường hoàn thành việc nhập dữ liệu học sinh trên cơ sở dữ liệu ngành trước ngày 15/10/2024; năm học mới bắt đầu từ ngày 05/9/2024.",)
a("Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khai giảng thứ Hai, ngày 14/10/2024 và bế giảng thứ Sáu, ngày 18/10/2024, học tập trung 5 ngày.",
  ("wd", "14/10/2024", "=0"), ("wd", "18/10/2024", "=4"), ("dys", "14/10/2024", "18/10/2024", "5"))
a("Đợt cao điểm tuyên truyền về an toàn giao thông dịp Tết kéo dài từ 15/01/2025 đến 15/02/2025, tức 32 ngày; các lực lượng chức năng xử lý 1.318 trường hợp vi phạm.",
  ("dys", "15/01/2025", "15/02/2025", "32"))
a("Chương trình mục tiêu quốc gia giai đoạn 2021-2025 đã qua 4 năm thực hiện; tính đến năm 2024, huyện giải ngân lũy kế 214,7 tỷ đồng, riêng năm 2024 là 68,3 tỷ đồng.",
  ("lt", "68,3", "214,7"))
a("Bệnh viện đa khoa huyện có 180 giường kế hoạch, công suất sử dụng giường bệnh đạt 112,4%, tức là bình quân mỗi ngày có khoảng 202 người bệnh điều trị nội trú.",
  ("mul", "180", "=1,124", "202"))
a("Trạm y tế xã có 7 nhân lực, trong đó 1 bác sĩ, 2 y sĩ, 2 điều dưỡng, 1 nữ hộ sinh và 1 dược sĩ; tỷ lệ 1 bác sĩ trên 12.646 dân.",
  ("sum", "7", "1", "2", "2", "1", "1"))
a("Dự án nâng cấp hệ thống thủy lợi có 3 hạng mục: kênh chính dài 4,2 km, 12 cống điều tiết và 1 trạm bơm công suất 2.000 m3/giờ; đã hoàn thành 2/3 hạng mục.",)
a("Năm 2024, 100% trạm y tế xã thực hiện khám chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chip; tỷ lệ lượt khám sử dụng căn cước đạt 74,6%.",)
a("Hệ thống đã số hóa 28.416 hồ sơ địa chính, trong đó 21.930 hồ sơ đã được kiểm tra, đối soát, đạt 77,2%; số hồ sơ còn phải đối soát là 6.486.",
  ("pct", "21.930", "28.416", "77,2"), ("dif", "28.416", "21.930", "6.486"))
a("Đề tài cấp tỉnh về chọn tạo giống lúa chịu mặn thực hiện trong 36 tháng, từ tháng 01/2022 đến tháng 12/2024, kinh phí 2,45 tỷ đồng, được nghiệm thu đạt loại Khá.",)
a("Lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã có 124 học viên, trong đó 117 người đạt yêu cầu bài kiểm tra cuối khóa, đạt 94,4%.",
  ("pct", "117", "124", "94,4"))
a("Sau sắp xếp từ ngày 01/7/2025, xã mới có diện tích tự nhiên 98,64 km2 và quy mô dân số 31.420 người, mật độ khoảng 319 người/km2.",
  ("div", "31.420", "98,64", "319"))
a("Theo Nghị quyết của Ban Chấp hành Đảng bộ tỉnh, đến năm 2030 tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên và tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội đạt khoảng 45%.",)
a("Mỗi đảng viên được phân công theo dõi từ 10 đến 15 hộ gia đình; chi bộ thôn Bình An có 48 đảng viên phụ trách 612 hộ, bình quân 12,75 hộ/đảng viên, nằm trong khung quy định.",
  ("div", "612", "48", "12,75"), ("rng", "10", "12,75", "15"))
a("Điểm trung bình môn Toán của kỳ thi vào lớp 10 năm 2024 toàn tỉnh là 5,84, cao hơn năm 2023 là 0,37 điểm; số bài thi đạt điểm dưới 1 là 46 bài.",
  ("dif", "5,84", "=5,47", "0,37"))
a("Huyện có 58 cơ sở giáo dục, trong đó 21 trường mầm non, 20 trường tiểu học, 15 trường trung học cơ sở và 2 trường trung học phổ thông.",
  ("sum", "58", "21", "20", "15", "2"))
a("Số người tham gia bảo hiểm xã hội bắt buộc là 14.286 người, tăng 6,8% so với cùng kỳ; bảo hiểm xã hội tự nguyện là 3.412 người, tăng 24,7%.",
  ("gro", "14.286", "=13377", "6,8"), ("gro", "3.412", "=2736", "24,7"))
a("Kế hoạch năm 2025 giao kết nạp không dưới 25 đảng viên, tương đương khoảng 4,3% số đảng viên đầu năm (584 đồng chí).",
  ("pct", "25", "584", "4,3"))
a("Nơi nhận: - Ban Thường vụ Huyện ủy (b/c); - Các chi bộ trực thuộc; - Lưu VPĐU.")
a("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
a("In bài viết | Gửi bạn bè | Chia sẻ | Quay lại")
