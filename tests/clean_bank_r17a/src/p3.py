"""Labour and employment; Party building (passages + table 3)."""
from vn import f, pc
L = []
def a(line, *checks):
    L.append((line, list(checks)))

# labour
a("Năm 2024, toàn tỉnh giải quyết việc làm cho 24.612 lao động, đạt 102,6% kế hoạch (24.000 lao động), trong đó đưa 2.158 người đi làm việc ở nước ngoài theo hợp đồng.",
  ("pct", "24.612", "24.000", "102,6"), ("lt", "2.158", "24.612"))
a("Số lao động đi làm việc ở nước ngoài đạt 2.158 người, vượt 19,9% chỉ tiêu (1.800 người); thị trường Nhật Bản chiếm 1.246 người, Hàn Quốc 417 người, Đài Loan (Trung Quốc) 495 người.",
  ("gro", "2.158", "1.800", "19,9"), ("sum", "2.158", "1.246", "417", "495"))
a("Tỷ lệ lao động qua đào tạo đạt 71,2%, trong đó có bằng cấp, chứng chỉ đạt 29,8%; chỉ tiêu năm tương ứng là 70% và 29%.",
  ("ge", "71,2", "70"), ("ge", "29,8", "29"), ("lt", "29,8", "71,2"))
a("Trung tâm dịch vụ việc làm tiếp nhận 3.476 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, đã ban hành quyết định cho 3.402 người, chiếm 97,9%; 74 hồ sơ không đủ điều kiện.",
  ("pct", "3.402", "3.476", "97,9"), ("sum", "3.476", "3.402", "74"))
a("Chín tháng đầu năm, mở 38 lớp đào tạo nghề nông thôn cho 1.094 lao động, đạt 72,9% kế hoạch năm (1.500 lao động); bình quân khoảng 29 học viên một lớp.",
  ("pct", "1.094", "1.500", "72,9"), ("div", "1.094", "38", "29"))
a("Ngày hội việc làm được tổ chức vào Chủ nhật, ngày 23/3/2025 với 46 doanh nghiệp tham gia, tuyển dụng trực tiếp 612 người, trong đó 188 người có việc làm ngay trong ngày.",
  ("wd", "23/3/2025", "=6"), ("lt", "188", "612"))
a("Tỷ lệ thất nghiệp khu vực thành thị giảm còn 2,7%, thấp hơn 0,3 điểm phần trăm so với mục tiêu không quá 3%.",
  ("le", "2,7", "3"), ("dif", "3", "2,7", "0,3"))
a("Các doanh nghiệp trên địa bàn sử dụng 18.430 lao động, trong đó lao động nữ 10.612 người, chiếm 57,6%; lao động là người địa phương chiếm khoảng 2/3.",
  ("pct", "10.612", "18.430", "57,6"))
a("Tổ chức 7 cuộc đối thoại tại nơi làm việc; tiếp nhận 2 vụ tranh chấp lao động tập thể, đã hòa giải thành 2/2 vụ, không để xảy ra đình công.",
  ("le", "2", "7"))
a("Chi trả trợ cấp xã hội hằng tháng cho 2.386 đối tượng với mức chuẩn 500.000 đồng/tháng; tổng kinh phí năm 2024 là 16,42 tỷ đồng, do nhiều đối tượng hưởng theo hệ số từ 1,5 trở lên.",
  ("gt", "16,42", "=14,316"), ("mul", "2.386", "=6000000", "=14316000000"))
a("Tiền lương bình quân của người lao động trong các doanh nghiệp đạt 8,6 triệu đồng/tháng, tăng 6,2% so với năm 2023 (8,1 triệu đồng).",
  ("gro", "8,6", "8,1", "6,2"))
a("Tặng 1.732 suất quà cho người có công với cách mạng nhân dịp Tết Nguyên đán Ất Tỵ 2025, mỗi suất 300.000 đồng, tổng trị giá 519,6 triệu đồng.",
  ("mul", "1.732", "=0,3", "519,6"))
a("Hội đồng thẩm định mức sống sẽ họp vào lúc 14 giờ 00 ngày 10/12/2024 và kết thúc trước 16 giờ 30, thời lượng không quá 150 phút.",
  ("tm", "14", "00", "16", "30", "150"))
a("Nguồn: Sở Lao động - Thương binh và Xã hội")
# Party building
a("Năm 2024, Đảng bộ xã kết nạp 23 đảng viên, đạt 115% chỉ tiêu (20 đảng viên) và bằng 4,1% tổng số đảng viên đầu năm (561 đồng chí); trong đó nữ 11, đoàn viên 19, người dân tộc thiểu số 4.",
  ("pct", "23", "20", "115"), ("pct", "23", "561", "4,1"), ("lt", "19", "23"))
a("Kết quả đánh giá, xếp loại năm 2024: có 519 đảng viên được xếp loại; 78 hoàn thành xuất sắc nhiệm vụ, 402 hoàn thành tốt nhiệm vụ, 36 hoàn thành nhiệm vụ và 3 không hoàn thành nhiệm vụ.",
  ("sum", "519", "78", "402", "36", "3"))
a("Số đảng viên hoàn thành tốt nhiệm vụ trở lên là 480/519, đạt 92,5%; 78 đồng chí hoàn thành xuất sắc nhiệm vụ chiếm 16,3% số hoàn thành tốt nhiệm vụ trở lên, không vượt quá 20%.",
  ("pct", "480", "519", "92,5"), ("pct", "78", "480", "16,3"), ("le", "16,3", "20"))
a("Đảng bộ có 584 đảng viên; 65 đồng chí được miễn đánh giá hoặc chưa đủ thời gian xếp loại, nên số được xếp loại là 519 đồng chí.",
  ("dif", "584", "65", "519"))
a("Nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025), Đảng ủy xã trao Huy hiệu Đảng cho 14 đảng viên, gồm 1 đồng chí nhận Huy hiệu 70 năm, 3 đồng chí nhận Huy hiệu 55 năm, 4 đồng chí nhận Huy hiệu 40 năm và 6 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.",
  ("sum", "14", "1", "3", "4", "6"), ("dif", "2025", "1930", "95"))
a("Lũy kế từ đầu nhiệm kỳ đến nay, đã có 96 đảng viên được trao Huy hiệu Đảng; riêng đợt 19/5/2024 có 11 đồng chí.",
  ("lt", "11", "96"))
a("Chi bộ thôn Đông sinh hoạt định kỳ 12/12 kỳ trong năm, bình quân mỗi kỳ có 23 đảng viên dự, đạt tỷ lệ 88,5% so với số đảng viên phải dự (26 đồng chí).",
  ("pct", "23", "26", "88,5"), ("gt", "88,5", "=85"))
a("Chi bộ có 31 đảng viên, trong đó 3 đồng chí được miễn công tác và sinh hoạt đảng; buổi sinh hoạt có mặt 26 đồng chí, bằng 92,9% số đảng viên phải triệu tập (28 đồng chí).",
  ("dif", "31", "3", "28"), ("pct", "26", "28", "92,9"))
a("Về tổ chức đảng, 38/41 chi bộ, đảng bộ bộ phận được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt 92,7%, trong đó 7 tổ chức hoàn thành xuất sắc nhiệm vụ, chiếm 18,4% số hoàn thành tốt nhiệm vụ trở lên.",
  ("pct", "38", "41", "92,7"), ("pct", "7", "38", "18,4"))
a("Chi bộ xét đề nghị kết nạp quần chúng Nguyễn Thị Hạnh; 24/24 đảng viên chính thức có mặt biểu quyết tán thành, đạt 100% (chi bộ có 27 đảng viên chính thức, 3 đồng chí vắng có lý do), bảo đảm trên 2/3.",
  ("dif", "27", "24", "3"), ("fgt", "24", "27", "2", "3"))
a("Đảng ủy xét công nhận đảng viên chính thức cho 17 đồng chí; 1 trường hợp kéo dài thời gian dự bị, không có trường hợp bị xóa tên; số dự bị còn lại đến cuối năm là 25 đồng chí.",
  ("lt", "1", "17"))
a("Số quần chúng được học lớp nhận thức về Đảng là 48 người, đạt 160% so với chỉ tiêu (30 người); số đối tượng đã hoàn thiện hồ sơ đề nghị kết nạp là 21 người, chiếm 43,8%.",
  ("pct", "48", "30", "160"), ("pct", "21", "48", "43,8"))
a("Đến ngày 31/12/2024, Đảng bộ huyện có 7.412 đảng viên, tăng 189 đồng chí so với đầu năm (7.223 đồng chí); 100% thôn, tổ dân phố có tổ chức đảng.",
  ("sum", "7.412", "7.223", "189"))
a("Đảng viên là người có đạo là 37 đồng chí, đảng viên là người dân tộc thiểu số 214 đồng chí, đảng viên nữ 2.846 đồng chí; các nhóm có phần trùng nhau.",)
a("Thời gian tổ chức đại hội các chi bộ trực thuộc từ ngày 10/3/2025 đến ngày 30/4/2025 (52 ngày); đại hội điểm tổ chức tại Chi bộ Trường Tiểu học Phú Lâm.",
  ("dys", "10/3/2025", "30/4/2025", "52"))
a("Phiếu lấy ý kiến đối với nhân sự dự kiến giới thiệu bầu chi ủy: phát ra 29 phiếu, thu về 29 phiếu, trong đó 28 phiếu hợp lệ; nhân sự được giới thiệu phải đạt trên 50% số phiếu hợp lệ, tức từ 15 phiếu trở lên.",
  ("maj", "15", "28"), ("dif", "29", "28", "=1"))
a("Số đảng viên được kết nạp trong 5 năm (2020-2025) là 118 đồng chí, bình quân 23,6 đồng chí/năm, vượt chỉ tiêu Nghị quyết đại hội là từ 20 đồng chí/năm trở lên.",
  ("div", "118", "5", "23,6"), ("ge", "23,6", "20"))
a("T/M ĐẢNG ỦY BÍ THƯ")
# table 3: xếp loại đảng viên theo chi bộ (rate over số được xếp loại, not tổng số)
rows = [("Chi bộ thôn Đông", 46, 42, 7, 31, 4, 0), ("Chi bộ thôn Tây", 38, 35, 5, 27, 2, 1),
        ("Chi bộ thôn Bình An", 52, 48, 9, 35, 4, 0), ("Chi bộ Trường THCS", 27, 27, 5, 21, 1, 0),
        ("Chi bộ Trạm Y tế", 12, 12, 2, 9, 1, 0)]
a("Chi bộ\tTổng số đảng viên\tĐược xếp loại\tHoàn thành xuất sắc\tHoàn thành tốt\tHoàn thành\tKhông hoàn thành\tTỷ lệ hoàn thành tốt trở lên (%)")
t = [0] * 6
for nm, ts, xl, xs, tt, ht, kh in rows:
    p = pc(xs + tt, xl, 1)
    a("\t".join([nm, f(ts), f(xl), f(xs), f(tt), f(ht), f(kh), p]),
      ("sum", f(xl), f(xs), f(tt), f(ht), f(kh)), ("pct", "=" + f(xs + tt), f(xl), p), ("sum", "=" + f(xs + tt), f(xs), f(tt)), ("le", f(xl), f(ts)))
    for i, v in enumerate((ts, xl, xs, tt, ht, kh)): t[i] += v
p = pc(t[2] + t[3], t[1], 1)
a("\t".join(["Cộng", *[f(v) for v in t], p]), ("sum", f(t[1]), *[f(v) for v in t[2:]]), ("pct", "=" + f(t[2] + t[3]), f(t[1]), p),
  *[("sum", f(t[i]), *[f(r[i + 1]) for r in rows]) for i in range(6)])
