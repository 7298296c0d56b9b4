"""Youth and women's unions' own reports; disaster prevention; foreign affairs; statistics; water and irrigation (prose)."""
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# ---- youth union, women's union
a("Năm 2024, Đoàn Thanh niên xã kết nạp 86 đoàn viên mới, đạt 107,5% chỉ tiêu 80 đoàn viên; giới thiệu 14 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 9 đồng chí đã được kết nạp.",
  ("pct", "86", "80", "107,5"), ("lt", "9", "14"))
a("Toàn huyện có 7.468 đoàn viên sinh hoạt tại 142 chi đoàn, bình quân 52,6 đoàn viên mỗi chi đoàn; năm 2024 có 118 chi đoàn được đánh giá vững mạnh, chiếm 83,1%.",
  ("div", "7.468", "142", "52,6"), ("pct", "118", "142", "83,1"))
a("Chiến dịch Thanh niên tình nguyện hè diễn ra từ ngày 15/6 đến 15/8/2024, kéo dài 62 ngày, huy động 3.240 lượt đoàn viên tham gia sửa chữa 8,6 km đường giao thông nông thôn.",
  ("dys", "=15/6/2024", "15/8/2024", "62"))
a("Hội Liên hiệp Phụ nữ huyện có 21.468 hội viên trên tổng số 27.935 phụ nữ từ 18 tuổi trở lên, đạt tỷ lệ tập hợp 76,8%; năm 2024 phát triển mới 1.126 hội viên.",
  ("pct", "21.468", "27.935", "76,8"))
a("Trong năm, các cấp Hội phát triển mới 1.126 hội viên, đưa ra khỏi danh sách 342 hội viên do chuyển đi nơi khác hoặc qua đời, tăng thực 784 hội viên so với đầu năm.",
  ("dif", "1.126", "342", "784"))
a("Hội Phụ nữ đang ủy thác quản lý 186,4 tỷ đồng vốn vay Ngân hàng Chính sách xã hội cho 3.862 hộ, dư nợ bình quân 48,3 triệu đồng mỗi hộ; tỷ lệ nợ quá hạn 0,12%.",
  ("div", "=186.400", "3.862", "48,3"))
a("Các chi hội đã vận động xây dựng 14 “Mái ấm tình thương” với tổng trị giá 840 triệu đồng, bình quân 60 triệu đồng mỗi căn, vượt 40% chỉ tiêu 10 căn.",
  ("div", "840", "14", "60"), ("gro", "14", "10", "40"))
a("Tỷ lệ hộ gia đình hội viên đạt tiêu chuẩn “5 không, 3 sạch” là 68,4% (14.684/21.468 hộ); số hộ còn lại 6.784 hộ tiếp tục được vận động.",
  ("pct", "14.684", "21.468", "68,4"), ("dif", "21.468", "14.684", "6.784"))
a("Đại hội đại biểu Hội Liên hiệp Phụ nữ xã lần thứ XII, nhiệm kỳ 2026-2031 diễn ra ngày 14 và 15/4/2026 với 120 đại biểu chính thức; có mặt 117 đại biểu, đạt 97,5%.",
  ("pct", "117", "120", "97,5"), ("dys", "=14/4/2026", "15/4/2026", "=2"))
a("Ban Chấp hành Hội khóa mới gồm 19 đồng chí, trong đó 4 đồng chí tái cử lần thứ hai và 11 đồng chí tham gia lần đầu; số ủy viên tái cử là 8 đồng chí, chiếm 42,1%.",
  ("pct", "8", "19", "42,1"), ("sum", "19", "8", "11"), ("lt", "4", "8"))
a("Hội Liên hiệp Thanh niên huyện có 12.342 hội viên, trong đó 5.916 hội viên nữ, chiếm 47,9%, và 2.148 hội viên là người dân tộc thiểu số, chiếm 17,4%; hai nhóm có phần trùng nhau.",
  ("pct", "5.916", "12.342", "47,9"), ("pct", "2.148", "12.342", "17,4"))
a("Quỹ “Vì em hiếu học” của Hội Phụ nữ trao 126 suất học bổng với tổng giá trị 189 triệu đồng, mỗi suất 1,5 triệu đồng.",
  ("mul", "126", "1,5", "189"))
a("Kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2025), Hội tổ chức tọa đàm với 150 đại biểu tham dự.",
  ("dif", "2025", "1930", "95"))
a("Đại hội Đoàn cơ sở được tổ chức xong tại 36/42 đơn vị, đạt 85,7% sau 2 tháng triển khai; 6 đơn vị còn lại hoàn thành trước ngày 15/5.",
  ("pct", "36", "42", "85,7"), ("dif", "42", "36", "6"))

# ---- disaster prevention
a("Do ảnh hưởng của bão số 3, trên địa bàn tỉnh có 2 người chết, 5 người bị thương; 1.284 nhà bị tốc mái, hư hỏng, trong đó 37 nhà bị sập hoàn toàn.",
  ("lt", "37", "1.284"))
a("Tổng giá trị thiệt hại do thiên tai năm 2024 ước khoảng 1.246 tỷ đồng, gấp 3,1 lần so với năm 2023 (402 tỷ đồng).",
  ("div", "1.246", "402", "3,1"))
a("Trước khi bão đổ bộ, các địa phương đã sơ tán 4.826 hộ với 15.412 người đến nơi an toàn, bình quân 3,2 người mỗi hộ; đến 17 giờ ngày 08/9 còn 312 hộ chưa trở về nhà.",
  ("div", "15.412", "4.826", "3,2"), ("lt", "312", "4.826"))
a("Diện tích lúa bị ngập, đổ ngã là 8.642 ha, trong đó 2.318 ha mất trắng, chiếm 26,8%; diện tích hoa màu bị thiệt hại 1.476 ha.",
  ("pct", "2.318", "8.642", "26,8"))
a("Trận mưa lớn kéo dài từ 19 giờ ngày 12/10 đến 07 giờ ngày 13/10/2024, tổng lượng mưa đo được tại trạm Trà My là 386 mm, tức 12 giờ mưa liên tục.",
  ("tm", "19", "=00", "=31", "=00", "=720"), ("sum", "=31", "07", "=24"))
a("Quỹ Phòng, chống thiên tai năm 2024 thu được 18,6 tỷ đồng, đạt 93% kế hoạch 20 tỷ đồng; trong đó thu từ doanh nghiệp 11,2 tỷ đồng, từ người lao động 7,4 tỷ đồng.",
  ("pct", "18,6", "20", "93"), ("sum", "18,6", "11,2", "7,4"))
a("Mỗi xã duy trì đội xung kích phòng, chống thiên tai từ 30 đến 50 người; xã Quế Trung có 42 người, xã Quế Lộc có 35 người, đều trong khung quy định.",
  ("rng", "30", "42", "50"), ("rng", "30", "35", "50"))
a("Tỉnh đã hỗ trợ khẩn cấp 414 tấn gạo cho 9.200 khẩu bị ảnh hưởng, mức 15 kg/khẩu/tháng trong 3 tháng; mỗi khẩu nhận 45 kg.",
  ("mul", "9.200", "=0,045", "414"), ("mul", "15", "3", "45"))
a("Tổng số điểm sạt lở bờ sông, bờ biển là 27 điểm với chiều dài 14,6 km; đã xử lý khẩn cấp 9 điểm, dài 4,2 km, còn 18 điểm với 10,4 km chưa có kinh phí.",
  ("dif", "27", "9", "18"), ("dif", "14,6", "4,2", "10,4"))
a("Tìm kiếm cứu nạn: lực lượng chức năng tổ chức 46 vụ tìm kiếm, cứu được 138 người và 21 phương tiện; số người được cứu tăng 20% so với cùng kỳ (115 người).",
  ("gro", "138", "115", "20"))
a("Các hồ chứa thủy lợi lớn đã xả lũ trong 3 ngày, từ 14-16/10, với lưu lượng xả lớn nhất 1.450 m3/giây vào lúc 04 giờ 30 phút ngày 15/10.",
  ("dys", "=14/10/2024", "=16/10/2024", "3"))
a("Tỉnh đã bố trí 126 tỷ đồng xây dựng 6 khu tái định cư cho 412 hộ dân vùng sạt lở, bình quân hơn 305 triệu đồng mỗi hộ.",
  ("div", "=126.000", "412", "=305,8"), ("gt", "=305,8", "305"))

# ---- foreign affairs of a province
a("Năm 2024, tỉnh đón 48 đoàn khách quốc tế với 612 lượt người đến thăm và làm việc, tăng 11 đoàn so với năm 2023; tổ chức 17 đoàn ra nước ngoài với 146 lượt cán bộ.",
  ("dif", "48", "=37", "11"))
a("Tỉnh đã ký kết 9 thỏa thuận hợp tác quốc tế, nâng tổng số thỏa thuận còn hiệu lực lên 46 văn bản với địa phương của 18 quốc gia và vùng lãnh thổ.",
  ("lt", "9", "46"))
a("Vốn viện trợ phi chính phủ nước ngoài vận động được năm 2024 là 5,84 triệu USD, vượt 16,8% so với kế hoạch 5 triệu USD; trong đó 62% dành cho lĩnh vực y tế và giáo dục.",
  ("gro", "5,84", "5", "16,8"))
a("Kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản được tổ chức vào năm 2023, tính từ ngày 21/9/1973.",
  ("dif", "2023", "1973", "50"))
a("Dự án ODA nâng cấp hệ thống thủy lợi có tổng vốn 1.268 tỷ đồng, trong đó vốn vay 1.014 tỷ đồng, chiếm 80%; vốn đối ứng 254 tỷ đồng.",
  ("sum", "1.268", "1.014", "254"), ("pct", "1.014", "1.268", "80"))
a("Công tác biên giới: lực lượng chức năng trong năm 2024 đã tổ chức 24 đợt tuần tra song phương, bình quân 2 đợt mỗi tháng; 100% mốc giới được kiểm tra, bảo vệ.",
  ("div", "24", "=12", "2"))

# ---- statistics office
a("Kết quả Tổng điều tra kinh tế năm 2021 cho thấy tỉnh có 6.842 doanh nghiệp đang hoạt động, trong đó 6.318 doanh nghiệp ngoài nhà nước, chiếm 92,3%.",
  ("pct", "6.318", "6.842", "92,3"))
a("Cục Thống kê tỉnh đã triển khai 18 cuộc điều tra thống kê trong năm, hoàn thành đúng tiến độ 17 cuộc, đạt 94,4%; cuộc điều tra còn lại được lùi thời hạn theo văn bản của Tổng cục.",
  ("pct", "17", "18", "94,4"), ("dif", "18", "17", "=1"))
a("Điều tra dân số giữa kỳ năm 2024 tiến hành trên 216 địa bàn mẫu với 9.720 hộ, bình quân 45 hộ mỗi địa bàn; thời gian thu thập thông tin từ ngày 01/4 đến 30/4/2024 (30 ngày).",
  ("div", "9.720", "216", "45"), ("dys", "=01/4/2024", "30/4/2024", "30"))
a("Dân số trung bình năm 2024 của tỉnh ước đạt 1.286,4 nghìn người, tăng 1,12% so với năm 2023; mật độ dân số 243 người/km2.",
  ("gro", "1.286,4", "=1.272,2", "1,12"))
a("Tỷ số giới tính khi sinh là 112,6 bé trai/100 bé gái, giảm 0,8 so với năm trước (113,4) nhưng vẫn cao hơn mức cân bằng tự nhiên.",
  ("dif", "113,4", "112,6", "0,8"))

# ---- water and irrigation
a("Toàn tỉnh có 612 hồ chứa thủy lợi, trong đó 74 hồ lớn và vừa, 538 hồ nhỏ; tổng dung tích thiết kế 1.486 triệu m3.",
  ("sum", "612", "74", "538"))
a("Đến ngày 15/6, các hồ chứa mới tích được 842 triệu m3, bằng 56,7% dung tích thiết kế 1.486 triệu m3, thấp hơn 8,4 điểm phần trăm so với cùng kỳ năm trước.",
  ("pct", "842", "1.486", "56,7"), ("dif", "=65,1", "56,7", "8,4"))
a("Năm 2024, đã kiên cố hóa 46,8 km kênh mương, đạt 117% kế hoạch 40 km, nâng tỷ lệ kênh mương do xã quản lý được kiên cố hóa lên 78,6%.",
  ("pct", "46,8", "40", "117"))
a("Diện tích tưới chủ động cho lúa đạt 41.268 ha trên tổng số 43.150 ha gieo cấy, chiếm 95,6%; diện tích còn lại 1.882 ha phải tưới bằng bơm dã chiến.",
  ("pct", "41.268", "43.150", "95,6"), ("dif", "43.150", "41.268", "1.882"))
a("Trạm bơm Phù Sa có 6 tổ máy, mỗi tổ máy công suất 4.000 m3/giờ; trong đợt chống hạn vận hành 5 tổ máy liên tục 72 giờ, bơm được khoảng 1,44 triệu m3 nước.",
  ("mul", "=20.000", "72", "=1.440.000"), ("mul", "5", "4.000", "=20.000"))
a("Giá dịch vụ thủy lợi được miễn cho 18.624 ha, tổng kinh phí hỗ trợ 29,8 tỷ đồng, bình quân 1,6 triệu đồng mỗi ha.",
  ("div", "=29,8", "=18,624", "1,6"))
