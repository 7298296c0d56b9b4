"""More prose across the eight topics (placed between tables 1 and 2 and after table 5)."""
from vn import f, pc
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Năm học 2024-2025, Trường Mầm non Hoa Sen có 312 trẻ, trong đó 128 trẻ 5 tuổi; 100% trẻ được ăn bán trú, tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm còn 2,6% (8 trẻ).",
  ("pct", "8", "312", "2,6"))
a("Sở Giáo dục và Đào tạo tuyển dụng 146 giáo viên, đạt 73% số chỉ tiêu biên chế được giao bổ sung (200 chỉ tiêu); môn Tin học và Tiếng Anh vẫn thiếu 38 giáo viên.",
  ("pct", "146", "200", "73"))
a("Kinh phí mua sắm thiết bị dạy học tối thiểu lớp 5 là 3,84 tỷ đồng cho 32 trường, bình quân 120 triệu đồng/trường.",
  ("div", "=3840", "32", "120"))
a("Có 2.418 học sinh được miễn, giảm học phí và hỗ trợ chi phí học tập, trong đó miễn học phí 1.206 em, giảm 50% học phí 412 em, chỉ hỗ trợ chi phí học tập 800 em.",
  ("sum", "2.418", "1.206", "412", "800"))
a("Tỷ lệ học sinh lớp 12 đăng ký xét tuyển đại học là 78,6%, trong khi năm 2023 là 74,9%; số đăng ký học nghề sau tốt nghiệp chiếm 12,3%.",
  ("dif", "78,6", "74,9", "=3,7"))
a("Tính đến hết tháng 9, có 11.214 người có thẻ bảo hiểm y tế hết hạn chưa gia hạn trong tổng số 86.430 người tham gia của huyện, chiếm 13,0%.",
  ("pct", "11.214", "86.430", "13,0"))
a("Trung tâm Y tế huyện thực hiện 1.246 ca phẫu thuật, tăng 18,4% so với năm 2023 (1.052 ca), trong đó phẫu thuật nội soi 398 ca.",
  ("gro", "1.246", "1.052", "18,4"), ("lt", "398", "1.246"))
a("Chương trình mục tiêu y tế - dân số phân bổ 1,26 tỷ đồng; đến ngày 30/6 đã giải ngân 0,52 tỷ đồng, đạt 41,3%, phần còn lại 0,74 tỷ đồng giải ngân trong 6 tháng cuối năm.",
  ("pct", "0,52", "1,26", "41,3"), ("dif", "1,26", "0,52", "0,74"))
a("Hội Nông dân xã hướng dẫn 84 hộ chuyển đổi 36,5 ha đất lúa kém hiệu quả sang trồng bưởi và dừa, bình quân khoảng 0,43 ha/hộ.",
  ("div", "36,5", "84", "0,43"))
a("Đàn bò sữa của huyện đạt 2.146 con, vượt 7,3% kế hoạch (2.000 con); sản lượng sữa tươi 9.870 tấn, tăng 11,2% so với năm trước.",
  ("gro", "2.146", "2.000", "7,3"))
a("Diện tích nuôi trồng thủy sản 612 ha, trong đó nuôi tôm thẻ chân trắng 418 ha, nuôi cá nước ngọt 194 ha; sản lượng thủy sản nuôi trồng đạt 7.346 tấn.",
  ("sum", "612", "418", "194"))
a("Sau rà soát, 3/9 thôn đạt tiêu chí thôn nông thôn mới kiểu mẫu, 6 thôn còn lại phấn đấu đạt chuẩn trong giai đoạn 2026-2028, mỗi năm 2 thôn.",
  ("dif", "9", "3", "6"), ("mul", "2", "3", "6"))
a("Lũy kế 10 tháng, toàn tỉnh thu hồi 642,7 ha đất để thực hiện 118 dự án; riêng tháng 10 thu hồi 58,3 ha của 9 dự án.",
  ("lt", "58,3", "642,7"), ("lt", "9", "118"))
a("Giá đất ở tại vị trí 1 đường Nguyễn Huệ được điều chỉnh từ 18,5 triệu đồng/m2 lên 22,2 triệu đồng/m2, tăng 20%.",
  ("gro", "22,2", "18,5", "20"))
a("Số vụ khai thác cát trái phép bị phát hiện giảm còn 7 vụ, bằng 1/3 so với năm 2023 (21 vụ); tịch thu 3 phương tiện.",
  ("feq", "7", "21", "1", "3"))
a("Huyện tổ chức 14 phiên giao dịch việc làm, với 3.126 lượt người tham gia, bình quân khoảng 223 lượt người mỗi phiên; 1.047 người được tuyển dụng, chiếm 33,5% số lượt tham gia.",
  ("div", "3.126", "14", "223"), ("pct", "1.047", "3.126", "33,5"))
a("Lao động nữ được giải quyết việc làm là 11.430 người, chiếm 46,4% tổng số lao động được giải quyết việc làm (24.612 người); lao động thanh niên dưới 30 tuổi là 9.852 người, hai nhóm có phần trùng nhau.",
  ("pct", "11.430", "24.612", "46,4"))
a("Tỷ lệ doanh nghiệp ký thỏa ước lao động tập thể đạt 61,2% trong số doanh nghiệp có tổ chức công đoàn (317/518 doanh nghiệp).",
  ("pct", "317", "518", "61,2"))
a("Chi bộ Trạm Y tế có 12 đảng viên, sinh hoạt ghép với chi bộ Trường Mầm non từ năm 2019; từ quý I/2025 tách thành chi bộ riêng theo Quyết định số 318-QĐ/ĐU.",)
a("Năm 2025, có 9 đảng viên được tặng Huy hiệu 40 năm tuổi Đảng, tăng 3 đồng chí so với năm 2024 (6 đồng chí), tăng 50%.",
  ("sum", "9", "6", "3"), ("gro", "9", "6", "50"))
a("Đại hội Chi bộ thôn Tây lần thứ XII có 35/38 đảng viên dự, chiếm 92,1%; 3 đồng chí vắng có lý do, đại hội đủ điều kiện tiến hành theo quy định.",
  ("pct", "35", "38", "92,1"), ("sum", "38", "35", "3"))
a("Đại hội bầu trực tiếp đồng chí Hoàng Văn Nam làm Bí thư chi bộ với 34 phiếu, đạt 97,14% số đại biểu có mặt (35 đồng chí).",
  ("pct", "34", "35", "97,14"))
a("Tuyến đường ven biển giai đoạn 1 dài 24,6 km, tổng mức đầu tư 1.680 tỷ đồng, bình quân khoảng 68,3 tỷ đồng/km; giai đoạn 2 dài 17,4 km.",
  ("div", "1.680", "24,6", "68,3"))
a("Trên địa bàn có 42 công trình xây dựng được kiểm tra, phát hiện 11 công trình vi phạm trật tự xây dựng, chiếm 26,2%; đã xử lý dứt điểm 9/11 trường hợp.",
  ("pct", "11", "42", "26,2"), ("le", "9", "11"))
a("Mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt khoảng 20% GRDP; năm 2024 ước đạt 14,8%, còn cách mục tiêu 5,2 điểm phần trăm.",
  ("dif", "20", "14,8", "5,2"))
a("Có 4.126/4.380 hộ sản xuất kinh doanh cá thể chấp nhận thanh toán không dùng tiền mặt, đạt 94,2%; số hộ bán hàng trên sàn thương mại điện tử là 318 hộ.",
  ("pct", "4.126", "4.380", "94,2"))
a("Nhiệm vụ khoa học về ứng dụng trí tuệ nhân tạo trong phân loại văn bản đến của Văn phòng Ủy ban nhân dân tỉnh đã phân loại đúng 1.872/2.000 văn bản thử nghiệm, độ chính xác 93,6%.",
  ("pct", "1.872", "2.000", "93,6"))
a("Thời gian tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công buổi chiều từ 13 giờ 30 đến 17 giờ 00, tức 210 phút; sáng thứ Bảy tiếp nhận từ 7 giờ 30 đến 11 giờ 30.",
  ("tm", "13", "30", "17", "00", "210"), ("tm", "7", "30", "11", "30", "=240"))
