"""Transport and construction; science and digital transformation (passages + tables 4, 5)."""
from vn import f, pc
L = []
def a(line, *checks):
    L.append((line, list(checks)))

a("Thứ Năm, 20/02/2025 | 10:05", ("wd", "20/02/2025", "=3"))
a("Kế hoạch vốn đầu tư công năm 2024 của huyện là 312,8 tỷ đồng; đến ngày 31/10/2024 đã giải ngân 198,6 tỷ đồng, đạt 63,5% kế hoạch, cao hơn bình quân chung của tỉnh (58,2%).",
  ("pct", "198,6", "312,8", "63,5"), ("gt", "63,5", "58,2"))
a("Dự án nâng cấp đường tỉnh 741 dài 12,4 km, tổng mức đầu tư 286 tỷ đồng, khởi công ngày 15/3/2023, đến nay đã hoàn thành 9,6 km, đạt 77,4% khối lượng tuyến chính.",
  ("pct", "9,6", "12,4", "77,4"))
a("Cầu Bến Đình có chiều dài 148 m, gồm 6 nhịp; đã thi công xong 4/6 trụ, tiến độ chung đạt khoảng 65%, chậm 2 tháng so với hợp đồng.",
  ("le", "4", "6"))
a("Trong năm, Sở Xây dựng cấp 412 giấy phép xây dựng, trong đó nhà ở riêng lẻ 368 giấy phép, công trình khác 44 giấy phép; 100% hồ sơ được giải quyết đúng hạn.",
  ("sum", "412", "368", "44"))
a("Tỷ lệ đô thị hóa của tỉnh đạt 34,6%, tăng 1,8 điểm phần trăm so với năm 2023 (32,8%); mục tiêu đến năm 2025 là từ 35% trở lên.",
  ("dif", "34,6", "32,8", "1,8"), ("lt", "34,6", "35"))
a("Tổng chiều dài đường giao thông nông thôn trên địa bàn là 486,2 km, trong đó đã cứng hóa 451,9 km, đạt 92,9%; số km còn lại chủ yếu là đường nội đồng.",
  ("pct", "451,9", "486,2", "92,9"))
a("Gói thầu xây lắp số 05 có giá trúng thầu 38,46 tỷ đồng, giảm 1,24 tỷ đồng so với giá gói thầu (39,7 tỷ đồng), tỷ lệ tiết kiệm 3,1%.",
  ("dif", "39,7", "38,46", "1,24"), ("pct", "1,24", "39,7", "3,1"))
a("Chương trình hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo đã xóa 146 căn nhà tạm, nhà dột nát, gồm 112 căn xây mới và 34 căn sửa chữa; mức hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa.",
  ("sum", "146", "112", "34"))
a("Tổng kinh phí hỗ trợ 146 căn nhà là 7,74 tỷ đồng, tức 112 căn × 60 triệu đồng cộng 34 căn × 30 triệu đồng.",
  ("sum", "=7740", "=6720", "=1020"), ("mul", "112", "60", "=6720"), ("mul", "34", "30", "=1020"))
a("Công trình nhà văn hóa thôn có diện tích xây dựng 240 m2, được nghiệm thu đưa vào sử dụng sau 5 tháng thi công, sớm hơn 1 tháng so với tiến độ được duyệt.",)
a("Lưu lượng xe qua trạm đếm bình quân 8.640 lượt/ngày đêm, tăng 12,5% so với năm 2023 (7.680 lượt).",
  ("gro", "8.640", "7.680", "12,5"))
a("Số dự án chậm tiến độ giảm từ 11 dự án xuống còn 4 dự án, giảm 63,6%; không còn dự án nào chậm quá 12 tháng.",
  ("dec", "4", "11", "63,6"))
a("Quyết định số 2148/QĐ-UBND ngày 18/9/2024 phê duyệt điều chỉnh chủ trương đầu tư, kéo dài thời gian thực hiện dự án đến hết năm 2026.",)
a("Người viết: Trần Minh Khôi")
# science & digital transformation
a("Năm 2024, tỉnh triển khai 24 nhiệm vụ khoa học và công nghệ, trong đó 9 nhiệm vụ chuyển tiếp và 15 nhiệm vụ mở mới; nghiệm thu 11 nhiệm vụ, 2 nhiệm vụ xếp loại Xuất sắc.",
  ("sum", "24", "9", "15"), ("lt", "2", "11"))
a("Tổng kinh phí sự nghiệp khoa học và công nghệ được giao là 18,6 tỷ đồng, đã thực hiện 15,2 tỷ đồng, đạt 81,7%.",
  ("pct", "15,2", "18,6", "81,7"))
a("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 68,4%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2% tổng số hồ sơ trực tuyến; số hồ sơ thanh toán phí, lệ phí trực tuyến chiếm 37,5%.",
  ("lt", "41,2", "68,4"))
a("Có 1.846 doanh nghiệp sử dụng hóa đơn điện tử, chiếm 99,8% số doanh nghiệp đang hoạt động (1.850 doanh nghiệp); 4 doanh nghiệp còn lại đang làm thủ tục tạm ngừng kinh doanh.",
  ("pct", "1.846", "1.850", "99,8"), ("sum", "1.850", "1.846", "4"))
a("Toàn xã đã kích hoạt 8.912 tài khoản định danh điện tử mức độ 2, đạt 88,7% số công dân thuộc diện cấp (10.048 người).",
  ("pct", "8.912", "10.048", "88,7"))
a("Số tổ công nghệ số cộng đồng là 9 tổ với 63 thành viên, bình quân 7 thành viên mỗi tổ; các tổ đã hướng dẫn 2.140 lượt người dân cài đặt ứng dụng.",
  ("div", "63", "9", "7"))
a("Tỷ lệ văn bản đi được ký số và gửi trên môi trường mạng đạt 98,6%, trừ văn bản mật; chỉ tiêu là từ 95% trở lên.",
  ("ge", "98,6", "95"))
a("Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 đạt 0,4827 điểm, xếp thứ 21/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022 (xếp thứ 27).",
  ("dif", "27", "21", "6"), ("le", "21", "63"))
a("Hội nghị trực tuyến kết nối 1 điểm cầu tỉnh và 12 điểm cầu xã, phường với 347 đại biểu; bình quân khoảng 27 đại biểu mỗi điểm cầu.",
  ("div", "347", "=13", "27"))
a("Có 31/35 hồ sơ đăng ký sáng kiến cấp tỉnh được công nhận, chiếm 88,6%; trong đó 9 sáng kiến thuộc lĩnh vực chuyển đổi số và 6 sáng kiến do nữ là tác giả chính hoặc đồng tác giả.",
  ("pct", "31", "35", "88,6"), ("lt", "9", "31"))
a("Sau 6 tháng, hệ thống camera giám sát đã lắp đặt 128/200 điểm theo kế hoạch năm, đạt 64%; dự kiến hoàn thành 72 điểm còn lại trước ngày 15/12.",
  ("pct", "128", "200", "64"), ("dif", "200", "128", "72"))
a("Thời gian xử lý bình quân một hồ sơ cấp phép xây dựng giảm từ 15 ngày làm việc xuống còn 9 ngày làm việc, rút ngắn 40%.",
  ("dec", "9", "15", "40"))
a("Từ khóa: chuyển đổi số, Đề án 06, dịch vụ công trực tuyến")
a("Lượt xem: 1.274 | Ngày đăng: 14/11/2024")
# table 4: giải ngân vốn đầu tư công by dự án (mid-year progress)
rows = [("Đường liên xã Phú Lâm - Tân Hòa", "42,60", "28,15"), ("Trường Tiểu học Phú Lộc (khối 8 phòng)", "16,80", "12,90"),
        ("Kè chống sạt lở sông Cái", "58,40", "21,36"), ("Trạm y tế xã Thạnh Mỹ", "9,50", "9,50"),
        ("Hệ thống thoát nước khu trung tâm", "24,70", "8,12")]
from decimal import Decimal as Dm
def n(s): return Dm(s.replace(",", "."))
a("Dự án\tKế hoạch vốn năm 2024 (tỷ đồng)\tĐã giải ngân đến 30/6 (tỷ đồng)\tTỷ lệ (%)\tCòn phải giải ngân (tỷ đồng)")
for nm, kh, gn in rows:
    p = pc(n(gn), n(kh), 1); c = f(n(kh) - n(gn), 2)
    a("\t".join([nm, kh, gn, p, c]), ("pct", gn, kh, p), ("dif", kh, gn, c))
tk = sum(n(r[1]) for r in rows); tg = sum(n(r[2]) for r in rows)
p = pc(tg, tk, 1)
a("\t".join(["Tổng cộng", f(tk, 2), f(tg, 2), p, f(tk - tg, 2)]), ("pct", f(tg, 2), f(tk, 2), p), ("dif", f(tk, 2), f(tg, 2), f(tk - tg, 2)),
  ("sum", f(tk, 2), *[r[1] for r in rows]), ("sum", f(tg, 2), *[r[2] for r in rows]))
a("Như vậy, sau 6 tháng tỷ lệ giải ngân của huyện mới đạt " + p + "% kế hoạch năm; các chủ đầu tư phải giải ngân thêm " + f(tk - tg, 2) + " tỷ đồng trong 6 tháng cuối năm.",
  ("pct", "=" + f(tg, 2), "=" + f(tk, 2), p), ("dif", "=" + f(tk, 2), "=" + f(tg, 2), f(tk - tg, 2)))
# table 5: dịch vụ công trực tuyến by quarter (thanh toán rate over hồ sơ trực tuyến)
q = [("Quý I", 1412, 903, 318), ("Quý II", 1586, 1074, 402), ("Quý III", 1633, 1139, 447), ("Quý IV", 1720, 1251, 503)]
a("Quý\tHồ sơ tiếp nhận\tTrong đó: trực tuyến\tTỷ lệ trực tuyến (%)\tThanh toán phí trực tuyến\tTỷ lệ so với hồ sơ trực tuyến (%)")
for nm, tn, tt, tp in q:
    p1 = pc(tt, tn, 1); p2 = pc(tp, tt, 1)
    a("\t".join([nm, f(tn), f(tt), p1, f(tp), p2]), ("pct", f(tt), f(tn), p1), ("pct", f(tp), f(tt), p2))
T = [sum(x[i] for x in q) for i in (1, 2, 3)]
p1 = pc(T[1], T[0], 1); p2 = pc(T[2], T[1], 1)
a("\t".join(["Cả năm 2024", f(T[0]), f(T[1]), p1, f(T[2]), p2]), ("pct", f(T[1]), f(T[0]), p1), ("pct", f(T[2]), f(T[1]), p2),
  *[("sum", f(T[i]), *[f(x[i + 1]) for x in q]) for i in range(3)])
