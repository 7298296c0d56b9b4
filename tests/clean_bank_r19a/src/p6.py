"""Debris lines (first 12) and extra prose."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Cập nhật lúc 16:05, Thứ Năm, 10/7/2025 (GMT+7)", ("wd", "10/7/2025", "=3"))
a("Thứ Sáu, 26/12/2025 | 09:48", ("wd", "26/12/2025", "=4"))
a("Ảnh: Thanh Hà")
a("Quang cảnh kỳ họp.")
a("Nguồn: Trang thông tin điện tử xã Hòa Bình")
a("Người viết: Lê Minh Khôi")
a("Từ khóa: hộ nghèo, giải ngân vốn đầu tư công, kết nạp đảng viên")
a("Lượt xem: 1.482 | Ngày đăng: 15/10/2025")
a("Nơi nhận: - Đảng ủy xã (b/c); - Các chi bộ trực thuộc; - Lưu Văn phòng Đảng ủy.")
a("T/M CHI ỦY BÍ THƯ")
a("TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH")
a("Chia sẻ | In bài | Gửi email | Lên đầu trang")
# extra prose
a("Ban Thường vụ Đảng ủy họp 2 lần/tháng; 6 tháng đầu năm họp 12 phiên thường kỳ và 3 phiên đột xuất, ban hành 46 văn bản, bình quân gần 7,7 văn bản mỗi tháng.",
  ("div", "46", "=6", "7,7"), ("mul", "=2", "=6", "12"))
a("Cùng ngày, Ủy ban MTTQ xã có 31 ủy viên, dự hội nghị 26 người; Hội Cựu chiến binh có 9 ủy viên Ban Chấp hành, dự 9/9.",
  ("lt", "26", "31"))
a("Tỷ lệ hộ gia đình có nhà vệ sinh hợp vệ sinh tăng từ 86,4% lên 91,2% (tăng 4,8 điểm phần trăm); tỷ lệ hộ chăn nuôi gây ô nhiễm giảm còn 6,3%.",
  ("dif", "91,2", "86,4", "4,8"))
a("Đề án được triển khai trong 5 năm (2026-2030), tổng kinh phí 12,5 tỷ đồng, bình quân 2,5 tỷ đồng mỗi năm.",
  ("div", "12,5", "5", "2,5"), ("dif", "2030", "2026", "=4"))
a("Tổng số tiền bồi thường, hỗ trợ cho 214 hộ là 186,42 tỷ đồng, bình quân khoảng 871 triệu đồng mỗi hộ.",
  ("div", "=186.420", "214", "871"))
a("Năm 2025, xã đứng thứ 2 trong 24 xã, phường về tỷ lệ giải ngân và thứ 5 về thu ngân sách.",
  )
a("Báo cáo số 128/BC-UBND ngày 18/12/2025 nêu rõ 15/17 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch, chiếm 88,2%.",
  ("pct", "15", "17", "88,2"))
a("Hai chỉ tiêu chưa đạt là tỷ lệ tham gia bảo hiểm y tế (93,6%, kế hoạch 95%) và thu nhập bình quân đầu người (62,4 triệu đồng, kế hoạch 65 triệu đồng).",
  ("lt", "93,6", "95"), ("lt", "62,4", "65"))
a("Tỷ lệ án hành chính bị hủy giảm từ 2,4% xuống còn 1,1%, giảm hơn một nửa; án tồn quá hạn luật định không còn.",
  ("flt", "1,1", "2,4", "=1", "=2"))
a("Lượng khách đến xã dịp nghỉ lễ 30/4-01/5/2025 đạt 12.600 lượt, trong 5 ngày (từ 30/4 đến 04/5), bình quân 2.520 lượt mỗi ngày.",
  ("dys", "=30/4/2025", "=04/5/2025", "5"), ("div", "12.600", "5", "2.520"))
