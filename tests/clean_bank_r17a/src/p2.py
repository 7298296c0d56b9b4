"""Agriculture and new rural areas; natural resources and land (passages + table 2)."""
from vn import f, pc
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Cập nhật lúc 08:47, Thứ Hai, 16/12/2024 (GMT+7)", ("wd", "16/12/2024", "=0"))
a("Tổng diện tích gieo trồng cây hằng năm vụ Đông Xuân 2024-2025 đạt 3.412 ha, bằng 101,6% kế hoạch (3.358 ha), trong đó lúa 2.736 ha, ngô 318 ha, rau màu các loại 358 ha.",
  ("pct", "3.412", "3.358", "101,6"), ("sum", "3.412", "2.736", "318", "358"))
a("Năng suất lúa bình quân trên 2.736 ha ước đạt 66,4 tạ/ha, tăng 1,9 tạ/ha so với vụ trước; sản lượng ước đạt 18.167 tấn.",
  ("mul", "2.736", "=6,64", "18.167"), ("dif", "66,4", "=64,5", "1,9"))
a("Đến nay, xã đạt 17/19 tiêu chí nông thôn mới nâng cao; 2 tiêu chí chưa đạt là tiêu chí số 13 về tổ chức sản xuất và tiêu chí số 17 về môi trường.",
  ("dif", "19", "17", "2"))
a("Toàn tỉnh có 96/121 xã đạt chuẩn nông thôn mới, chiếm 79,3%, trong đó 34 xã đạt chuẩn nông thôn mới nâng cao và 9 xã đạt chuẩn nông thôn mới kiểu mẫu.",
  ("pct", "96", "121", "79,3"), ("lt", "34", "96"), ("lt", "9", "34"))
a("Thu nhập bình quân đầu người khu vực nông thôn năm 2024 đạt 58,6 triệu đồng/người/năm, tăng 7,1% so với năm 2023 (54,7 triệu đồng).",
  ("gro", "58,6", "54,7", "7,1"))
a("Theo kết quả rà soát cuối năm 2024, toàn huyện còn 412 hộ nghèo, tỷ lệ hộ nghèo giảm còn 1,82%, giảm 0,97 điểm phần trăm so với cuối năm 2023 (2,79%).",
  ("dif", "2,79", "1,82", "0,97"), ("pct", "412", "=22637", "1,82"))
a("Số hộ cận nghèo là 538 hộ với 1.964 nhân khẩu; bình quân mỗi hộ cận nghèo có khoảng 3,7 nhân khẩu.",
  ("div", "1.964", "538", "3,7"))
a("Tổng đàn gia súc, gia cầm: đàn trâu 1.245 con, đàn bò 4.870 con, đàn lợn 21.630 con, đàn gia cầm khoảng 312 nghìn con; đàn bò tăng 6,2% so với cùng kỳ.",
  ("gro", "4.870", "=4586", "6,2"))
a("Đã xây dựng 12 sản phẩm OCOP, trong đó 3 sản phẩm đạt 4 sao và 9 sản phẩm đạt 3 sao; năm 2024 có thêm 4 sản phẩm mới được công nhận.",
  ("sum", "12", "3", "9"), ("le", "4", "12"))
a("Tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn đạt 61,4%, tăng 5,8 điểm phần trăm; tỷ lệ sử dụng nước hợp vệ sinh đạt 99,2%.",
  ("lt", "61,4", "99,2"))
a("Năm 2024, xã làm mới và cứng hóa 6,8 km đường giao thông nông thôn với tổng kinh phí 9,52 tỷ đồng, bình quân 1,4 tỷ đồng/km; nhân dân đóng góp 2,86 tỷ đồng, chiếm 30,0%.",
  ("div", "9,52", "6,8", "1,4"), ("pct", "2,86", "9,52", "30,0"))
a("Diện tích trồng rừng tập trung năm 2024 đạt 486 ha, vượt 8% kế hoạch (450 ha); tỷ lệ che phủ rừng duy trì ở mức 46,2%.",
  ("gro", "486", "450", "8"))
a("Thiệt hại do cơn bão số 3 làm 214 ha lúa và hoa màu bị ngập úng, trong đó 63 ha bị mất trắng trên 70%; 1.280 con gia cầm bị chết.",
  ("lt", "63", "214"))
a("Các hợp tác xã nông nghiệp đã liên kết tiêu thụ sản phẩm cho 1.150 ha lúa, chiếm 42,0% diện tích lúa cả năm (2.738 ha).",
  ("pct", "1.150", "2.738", "42,0"))
a("Giá trị sản xuất trên 1 ha đất trồng trọt đạt 132 triệu đồng, tăng 9 triệu đồng so với năm trước; chỉ tiêu Nghị quyết là từ 120 triệu đồng trở lên.",
  ("ge", "132", "120"), ("dif", "132", "=123", "9"))
a("Xây dựng 2 khu dân cư nông thôn mới kiểu mẫu tại thôn Đông và thôn Tây; thôn Đông đạt 9/9 tiêu chí, thôn Tây đạt 8/9 tiêu chí, còn thiếu tiêu chí về cảnh quan.",
  ("le", "8", "9"))
a("Ảnh: Hoài Thu")
# land
a("Năm 2024, huyện cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 1.128 thửa với diện tích 214,6 ha, đạt 112,8% kế hoạch (1.000 thửa).",
  ("pct", "1.128", "1.000", "112,8"))
a("Giải quyết 2.764 hồ sơ đăng ký biến động đất đai, trong đó chuyển nhượng 1.912 hồ sơ, tặng cho 538 hồ sơ, thừa kế 314 hồ sơ.",
  ("sum", "2.764", "1.912", "538", "314"))
a("Thu tiền sử dụng đất năm 2024 đạt 186,4 tỷ đồng, bằng 77,7% dự toán (240 tỷ đồng); riêng quý IV thu được 61,2 tỷ đồng.",
  ("pct", "186,4", "240", "77,7"), ("lt", "61,2", "186,4"))
a("Dự án đường tránh phía Tây phải thu hồi đất của 327 hộ gia đình, cá nhân với 1.142 nhân khẩu; đến nay đã bàn giao mặt bằng 291 hộ, đạt 89,0%.",
  ("pct", "291", "327", "89,0"))
a("Tổng kinh phí bồi thường, hỗ trợ của dự án là 142,35 tỷ đồng; đã chi trả 118,6 tỷ đồng cho 291 hộ, còn lại 23,75 tỷ đồng chờ các hộ nhận tiền.",
  ("dif", "142,35", "118,6", "23,75"))
a("Diện tích đất chưa sử dụng giảm từ 312,4 ha xuống còn 268,9 ha, tức là đã đưa 43,5 ha vào sử dụng trong kỳ kế hoạch.",
  ("dif", "312,4", "268,9", "43,5"))
a("Đoàn kiểm tra phát hiện 14 trường hợp vi phạm pháp luật đất đai; đã xử phạt vi phạm hành chính 9 trường hợp với số tiền 186 triệu đồng, bình quân hơn 20 triệu đồng mỗi trường hợp.",
  ("gt", "=20,67", "20"), ("div", "186", "9", "=20,67"), ("lt", "9", "14"))
a("Cấp 21 giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường, với tổng công suất 412.000 m3/năm; thu tiền cấp quyền khai thác khoáng sản 6,84 tỷ đồng.",)
a("Tỷ lệ chất thải rắn sinh hoạt ở khu vực nông thôn được thu gom, xử lý đạt 87,6%, khu vực đô thị đạt 98,4%; chỉ tiêu năm 2025 tương ứng là 90% và 100%.",
  ("lt", "87,6", "90"), ("lt", "98,4", "100"))
a("Kế hoạch sử dụng đất năm 2025 bố trí 58 công trình, dự án, trong đó 37 công trình chuyển tiếp từ năm 2024 và 21 công trình đăng ký mới.",
  ("sum", "58", "37", "21"))
a("Thực hiện đo đạc, chỉnh lý bản đồ địa chính cho 6 xã với diện tích 9.420 ha; đến 30/9/2024 đã nghiệm thu 5.180 ha, đạt 55,0% khối lượng.",
  ("pct", "5.180", "9.420", "55,0"))
a("Quang cảnh lễ trao giấy chứng nhận quyền sử dụng đất cho các hộ dân thôn Bình An.")
a("Diện tích đất trồng lúa chuyển sang trồng cây lâu năm không quá 120 ha theo kế hoạch; năm 2024 đã chuyển 84,5 ha, bằng 70,4% mức cho phép.",
  ("le", "84,5", "120"), ("pct", "84,5", "120", "70,4"))
# table 2: xây dựng nông thôn mới by xã (mid-period, tiêu chí out of 19)
rows = [("Xã Phú Lâm", 19, 19, 100, 5), ("Xã Phú Lộc", 19, 17, 82, 4), ("Xã Tân Hòa", 19, 18, 91, 6),
        ("Xã Thạnh Mỹ", 19, 15, 64, 3), ("Xã Hòa Bình", 19, 16, 73, 3)]
a("Đơn vị\tSố tiêu chí\tĐã đạt\tTỷ lệ tiêu chí đạt (%)\tGiải ngân vốn đến 30/9 (% kế hoạch năm)\tSố thôn đạt khu dân cư kiểu mẫu")
for nm, tc, dat, gn, th in rows:
    p = pc(dat, tc, 1)
    a("\t".join([nm, f(tc), f(dat), p, f(gn), f(th)]), ("pct", f(dat), f(tc), p), ("le", f(dat), f(tc)))
td = sum(r[2] for r in rows)
a("\t".join(["Bình quân 5 xã (cột cuối: tổng số thôn)", "19", f(td / 5, 1), pc(td, 95, 1), f(sum(r[3] for r in rows) / 5, 0), f(sum(r[4] for r in rows))]),
  ("div", "=" + f(td), "5", f(td / 5, 1)), ("pct", "=" + f(td), "=95", pc(td, 95, 1)), ("sum", "=" + f(td), *["=" + f(r[2]) for r in rows]),
  ("sum", f(sum(r[4] for r in rows)), *[f(r[4]) for r in rows]), ("div", "=" + f(sum(r[3] for r in rows)), "=5", f(sum(r[3] for r in rows) / 5, 0)))
