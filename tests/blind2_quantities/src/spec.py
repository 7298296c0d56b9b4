# -*- coding: utf-8 -*-
# Source of truth for the held-out quantities set: genre, planted problems and the
# arithmetic facts of every document (right ones ok=True, planted ones ok=False).
# Numbers are written exactly as printed in the texts (Vietnamese format).
# check kinds:
#   ("pct", num, den, printed_pct, ok, span)    printed == round_half_up(num/den*100, decimals of printed)
#   ("sum", [parts], total, ok, span)           sum(parts) == total
#   ("cmp", a, op, b, ok, span)                 a op b  (op in <=,<,>=,>,==)
#   ("pass", yes, denom, ok, span)              resolution declared passed: yes > denom/2
# span must occur in the text; for ok=False it must be exactly one planted text.
DOCS = {}

DOCS["bb_chibo_kp4_thang9_2025"] = dict(genre="bien_ban", planted=[
  ("attendance-mismatch", "Có mặt: 17 đồng chí (16 chính thức, 2 dự bị)",
   "16 + 2 = 18 ≠ 17 có mặt; only 1 of the 2 dự bị attended (đ/c Hà Thị Yến is absent)"),
  ("absentee-count-mismatch", "Vắng có lý do 03 đồng chí",
   "03 excused absentees announced, only 2 named (Đỗ Quang Huy, Hà Thị Yến)"),
  ("percent-mismatch", "18/23 đảng viên đã nộp bản kiểm điểm giữa nhiệm kỳ, đạt 76,3%",
   "18/23 = 78,26% → 78,3%, not 76,3%"),
  ("resolution-not-passed", "có 09 đ/c tán thành, 07 đ/c không tán thành",
   "declared passed with 9 votes; denominator = 21 chính thức − 2 miễn SH absent = 19, needs ≥ 10 (> 9,5)"),
], checks=[
  ("sum", ["21", "2"], "23", True, "Tổng số đảng viên của chi bộ: 23 đồng chí (21 chính thức, 2 dự bị)"),
  ("sum", ["16", "2"], "17", False, "Có mặt: 17 đồng chí (16 chính thức, 2 dự bị)"),
  ("sum", ["17", "03", "01"], "21", True, "Vắng không lý do: 01 đồng chí"),   # 23 − 2 miễn SH
  ("cmp", "03", "==", "2", False, "Vắng có lý do 03 đồng chí"),
  ("pct", "18", "23", "76,3", False, "18/23 đảng viên đã nộp bản kiểm điểm giữa nhiệm kỳ, đạt 76,3%"),
  ("pct", "379", "394", "96,2", True, "96,2% (379/394 hộ thuộc diện thu)"),
  ("cmp", "96,2", ">=", "90", True, "không dưới 90%"),
  ("pct", "16", "19", "84,2", True, "đạt 84,2% so với tổng số đảng viên chính thức được triệu tập (19 đồng chí"),
  ("pass", "16", "19", True, "16/16 đồng chí chính thức có mặt tán thành"),
  ("sum", ["09", "07"], "16", True, "có 09 đ/c tán thành, 07 đ/c không tán thành"),
  ("pass", "09", "19", False, "có 09 đ/c tán thành, 07 đ/c không tán thành"),
])

DOCS["bb_hnbch_xa_phuloc_lan5"] = dict(genre="bien_ban", planted=[
  ("attendance-mismatch", "Có mặt 27/31 đồng chí ủy viên Ban Chấp hành, vắng 03 đồng chí",
   "27 có mặt + 03 vắng = 30 ≠ 31 ủy viên"),
  ("count-mismatch", "Tổ biên tập nghị quyết gồm 05 đồng chí",
   "announced 05 members, numbered list has 4"),
  ("vote-mismatch", "25 đồng chí tán thành, 03 đồng chí không tán thành",
   "25 + 03 = 28 votes but only 27 members present"),
  ("resolution-not-passed", "15/27 đồng chí có mặt tán thành (55,6%)",
   "BCH has 31 members: 15 is not more than half (needs ≥ 16); the 55,6% is of those present"),
], checks=[
  ("sum", ["27", "03"], "31", False, "Có mặt 27/31 đồng chí ủy viên Ban Chấp hành, vắng 03 đồng chí"),
  ("pct", "38,72", "47,6", "81,3", True, "bằng 81,3% dự toán năm (47,6 tỷ đồng)"),
  ("cmp", "14", ">=", "12", True, "vượt chỉ tiêu cả năm (12 đảng viên)"),
  ("cmp", "05", "==", "4", False, "Tổ biên tập nghị quyết gồm 05 đồng chí"),
  ("sum", ["26", "01"], "27", True, "26 đồng chí tán thành, 01 không tán thành"),
  ("pct", "26", "31", "83,9", True, "tỷ lệ tán thành đạt 83,9% tổng số ủy viên Ban Chấp hành"),
  ("pass", "26", "31", True, "26 đồng chí tán thành, 01 không tán thành"),
  ("cmp", "25+03", "<=", "27", False, "25 đồng chí tán thành, 03 đồng chí không tán thành"),
  ("pass", "25", "31", True, "25 đồng chí tán thành"),
  ("pct", "15", "27", "55,6", True, "15/27 đồng chí có mặt tán thành (55,6%)"),
  ("pass", "15", "31", False, "15/27 đồng chí có mặt tán thành (55,6%)"),
  ("pass", "27", "31", True, "27/27 tán thành"),
])

DOCS["bb_daihoi_chibo_thcs_lequydon"] = dict(genre="bien_ban", planted=[
  ("absentee-count-mismatch", "Vắng 01 đồng chí: đ/c Nguyễn Thị Thu Hà",
   "one absentee announced (17 triệu tập − 16 có mặt), two named (Nguyễn Thị Thu Hà, Bùi Đức Long)"),
  ("count-mismatch", "Danh sách bầu cử gồm 05 đồng chí",
   "ballot list announced as 05 people; the vote table and results list 4 candidates"),
  ("vote-mismatch", "Phiếu hợp lệ: 15; phiếu không hợp lệ: 02",
   "15 + 02 = 17 ≠ 16 phiếu thu vào"),
  ("percent-mismatch", "13 phiếu | 83,3%",
   "13/16 phiếu thu vào = 81,25% (base named in the heading), not 83,3%"),
], checks=[
  ("sum", ["17", "2"], "19", True, "Chi bộ có 19 đảng viên, gồm 17 chính thức và 2 dự bị"),
  ("sum", ["16", "01"], "17", True, "Có mặt 16 đảng viên chính thức"),
  ("cmp", "01", "==", "2", False, "Vắng 01 đồng chí: đ/c Nguyễn Thị Thu Hà"),
  ("cmp", "05", "==", "4", False, "Danh sách bầu cử gồm 05 đồng chí"),
  ("cmp", "03", "<=", "4", True, "bầu Chi ủy 03 đồng chí"),
  ("sum", ["15", "02"], "16", False, "Phiếu hợp lệ: 15; phiếu không hợp lệ: 02"),
  ("pct", "15", "16", "93,75", True, "15 phiếu | 93,75%"),
  ("pct", "14", "16", "87,50", True, "14 phiếu | 87,50%"),
  ("pct", "13", "16", "83,3", False, "13 phiếu | 83,3%"),
  ("pct", "5", "16", "31,25", True, "5 phiếu | 31,25%"),
  ("cmp", "15", "<=", "15", True, "15 phiếu"),
  ("pct", "16", "17", "94,1", True, "đạt 94,1% so với tổng số đảng viên chính thức được triệu tập"),
  ("pass", "16", "17", True, "16/16 đảng viên chính thức có mặt tán thành"),
  ("cmp", "4", ">=", "3", True, "Kết nạp 4 đảng viên, vượt chỉ tiêu"),
  ("cmp", "2025-1980", "==", "45", True, "45 năm thành lập trường (1980 - 2025)"),
])

DOCS["bb_phienhop_ubnd_xa_hoason_t10"] = dict(genre="bien_ban", planted=[
  ("attendance-mismatch", "Tổng số đại biểu triệu tập 24 người, có mặt 21 người, vắng 02 người",
   "21 + 02 = 23 ≠ 24 triệu tập"),
  ("sum-mismatch", "thu tiền sử dụng đất 14,20 tỷ đồng",
   "exhaustive breakdown (Cơ cấu gồm:) 9,15 + 14,20 + 3,81 = 27,16 ≠ 27,46 tỷ đồng; total is confirmed by 87,2% of 31,50"),
  ("figure-inconsistent", "phân tích 1.264 hồ sơ đã giải quyết",
   "same quantity given as 1.246 hồ sơ đã giải quyết in section I"),
  ("vote-mismatch", "04 thành viên tán thành, 02 thành viên không tán thành",
   "6 votes cast but UBND has 05 members (all present)"),
], checks=[
  ("sum", ["21", "02"], "24", False, "Tổng số đại biểu triệu tập 24 người, có mặt 21 người, vắng 02 người"),
  ("pct", "27,46", "31,50", "87,2", True, "đạt 87,2% dự toán HĐND xã giao (31,50 tỷ đồng)"),
  ("sum", ["9,15", "14,20", "3,81"], "27,46", False, "thu tiền sử dụng đất 14,20 tỷ đồng"),
  ("cmp", "1.246", "<=", "1.281", True, "tiếp nhận 1.281 hồ sơ, đã giải quyết 1.246 hồ sơ"),
  ("pct", "852", "1.246", "68,4", True, "nộp trực tuyến 852 hồ sơ (68,4% số hồ sơ đã giải quyết)"),
  ("cmp", "1.264", "==", "1.246", False, "phân tích 1.264 hồ sơ đã giải quyết"),
  ("cmp", "04+02", "<=", "05", False, "04 thành viên tán thành, 02 thành viên không tán thành"),
  ("cmp", "5", "<=", "05", True, "5/5 tán thành"),
  ("pct", "11,38", "14,60", "77,9", True, "đạt 77,9% kế hoạch vốn năm"),
])

DOCS["bc_danguy_xa_binhminh_quy3_2025"] = dict(genre="bao_cao", planted=[
  ("percent-mismatch", "1.187/1.318 đảng viên tham gia học tập Nghị quyết, đạt 92,1%",
   "1.187/1.318 = 90,06% → 90,1%"),
  ("part-exceeds-whole", "trong đó 23 đảng viên là đoàn viên thanh niên",
   "subset 23 > 19 đảng viên kết nạp trong quý"),
  ("sum-mismatch", "14 cuộc, gồm 6 cuộc kiểm tra và 9 cuộc giám sát",
   "6 + 9 = 15 ≠ 14"),
  ("target-status-mismatch", "bằng 96,8% dự toán năm (44 tỷ đồng), đã vượt dự toán",
   "42,6 < 44 tỷ (96,8%) but stated as exceeding the estimate"),
], checks=[
  ("cmp", "312", "<=", "1.318", True, "trong đó 312 đảng viên nữ, 94 đảng viên dự bị"),
  ("pct", "1.187", "1.318", "92,1", False, "1.187/1.318 đảng viên tham gia học tập Nghị quyết, đạt 92,1%"),
  ("pct", "44", "46", "95,7", True, "44/46 chi bộ tổ chức sinh hoạt chuyên đề quý III, đạt 95,7%"),
  ("cmp", "23", "<=", "19", False, "trong đó 23 đảng viên là đoàn viên thanh niên"),
  ("pct", "27", "32", "84,4", True, "lũy kế 9 tháng kết nạp 27 đảng viên, đạt 84,4% chỉ tiêu năm"),
  ("sum", ["6", "9"], "14", False, "14 cuộc, gồm 6 cuộc kiểm tra và 9 cuộc giám sát"),
  ("pct", "42,6", "44", "96,8", True, "bằng 96,8% dự toán năm (44 tỷ đồng)"),
  ("cmp", "42,6", ">", "44", False, "bằng 96,8% dự toán năm (44 tỷ đồng), đã vượt dự toán"),
  ("cmp", "410+1.360", "<=", "5.820", True, "trong đó tái canh 410 ha"),
  ("cmp", "2,1", "<=", "2,5", True, "không quá 2,5% - đã đạt"),
  ("cmp", "93,6", ">=", "92", True, "vượt chỉ tiêu (từ 92% trở lên)"),
  ("cmp", "236*350000", "==", "82600000", True, "tổng 82,6 triệu đồng"),
  ("cmp", "38", "==", "38", True, "đạt 100% chỉ tiêu (38/38)"),
  ("cmp", "32-27", "==", "05", True, "còn 05 đảng viên"),
])

DOCS["bc_ubkt_phuong_anlac_6thang_2026"] = dict(genre="bao_cao", planted=[
  ("sum-mismatch", "Tổng cộng\t8",
   "table rows 4 + 2 + 0 + 1 = 7 ≠ 8"),
  ("count-mismatch", "Đã giải quyết dứt điểm 05 đơn",
   "05 đơn announced (06 thuộc thẩm quyền − 01 đang xác minh = 05), but the numbered list (1)-(4) has 4 items"),
  ("figure-inconsistent", "đối với 8 tổ chức đảng và 3 đảng viên",
   "section II.2 says 6 tổ chức đảng were checked on signs of violation"),
], checks=[
  ("sum", ["4", "7"], "11", True, "đạt 55% kế hoạch năm (11/20 cuộc)"),
  ("pct", "11", "20", "55", True, "đạt 55% kế hoạch năm (11/20 cuộc)"),
  ("cmp", "4", "<=", "6", True, "kết luận 4 tổ chức và 3 đảng viên có vi phạm"),
  ("cmp", "2", "<=", "3", True, "đến mức phải thi hành kỷ luật 2 đảng viên"),
  ("sum", ["4", "2", "0", "1"], "8", False, "Tổng cộng\t8"),
  ("cmp", "06", "<=", "09", True, "tiếp nhận 09 đơn, trong đó 06 đơn thuộc thẩm quyền"),
  ("sum", ["05", "01"], "06", True, "Còn 01 đơn đang xác minh"),
  ("cmp", "05", "==", "4", False, "Đã giải quyết dứt điểm 05 đơn"),
  ("cmp", "8", "==", "6", False, "đối với 8 tổ chức đảng và 3 đảng viên"),
  ("pct", "3", "2.034", "0,15", True, "khoảng 0,15% tổng số đảng viên"),
])

DOCS["bc_ubnd_xa_thuanhung_nam2025"] = dict(genre="bao_cao", planted=[
  ("percent-mismatch", "2.146 ha, đạt 102,8% kế hoạch",
   "2.146/2.100 = 102,19% → 102,2%"),
  ("part-exceeds-whole", "287/281 em",
   "287 children enrolled out of 281 six-year-olds"),
  ("target-status-mismatch", "giảm còn 2,8%, chỉ tiêu Nghị quyết HĐND là dưới 2,5% - đạt chỉ tiêu",
   "2,8% is not below 2,5% → chưa đạt"),
  ("figure-inconsistent", "16.000 | 16.840",
   "sản lượng lương thực 16.480 tấn in the text, 16.840 in the table"),
], checks=[
  ("sum", ["15", "03"], "18", True, "Có 15/18 chỉ tiêu đạt và vượt kế hoạch, 03 chỉ tiêu chưa đạt"),
  ("pct", "2.146", "2.100", "102,8", False, "2.146 ha, đạt 102,8% kế hoạch"),
  ("cmp", "2.870", "<=", "3.150", True, "cho 2.870 con trâu, bò"),
  ("cmp", "38", "<=", "412", True, "trong đó xuất khẩu lao động 38 người"),
  ("cmp", "287", "<=", "281", False, "287/281 em"),
  ("cmp", "7,9", "<=", "8", True, "(chỉ tiêu không quá 8%) - đạt"),
  ("cmp", "2,8", "<", "2,5", False, "giảm còn 2,8%, chỉ tiêu Nghị quyết HĐND là dưới 2,5% - đạt chỉ tiêu"),
  ("pct", "6.980", "7.406", "94,2", True, "6.980 hộ đạt danh hiệu \"Gia đình văn hóa\", tỷ lệ 94,2%"),
  ("cmp", "16.840", "==", "16.480", False, "16.000 | 16.840"),
  ("pct", "10.260", "9.500", "108,0", True, "9.500 | 10.260 | 108,0"),
  ("pct", "13,95", "14,6", "95,5", True, "14,6 | 13,95 | 95,5"),
  ("cmp", "93,4", ">=", "93,0", True, "93,0 | 93,4 | đạt"),
  ("cmp", "42", "==", "42", True, "42/42 thanh niên"),
])

DOCS["tin_hnbch_phuong_namthanh_lan6"] = dict(genre="tin_hoi_nghi", planted=[
  ("target-status-mismatch", "126,4 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng)",
   "126,4 < 134 (94,3%): below the estimate, not 'vượt'"),
  ("sum-mismatch", "vốn ngân sách phường 16,4 tỷ đồng",
   "exhaustive 'gồm' breakdown 30,2 + 16,4 = 46,6 ≠ 48,6 tỷ đồng (48,6 confirmed by 37,9 = 78,0%)"),
  ("part-exceeds-whole", "đã có 21 tổ dân phố",
   "21 recognised tổ dân phố > 18 tổ dân phố of the phường"),
], checks=[
  ("cmp", "30", "<=", "33", True, "30/33 ủy viên Ban Chấp hành"),
  ("cmp", "126,4", ">", "134", False, "126,4 tỷ đồng, vượt 5,3% dự toán được giao (134 tỷ đồng)"),
  ("sum", ["30,2", "16,4"], "48,6", False, "vốn ngân sách phường 16,4 tỷ đồng"),
  ("pct", "37,9", "48,6", "78,0", True, "đạt 78,0% kế hoạch vốn"),
  ("cmp", "21", "<=", "18", False, "đã có 21 tổ dân phố"),
  ("cmp", "41", ">=", "35", True, "vượt chỉ tiêu nghị quyết (từ 35 đảng viên trở lên)"),
  ("cmp", "412", "<=", "2.615", True, "trong đó 412 đảng viên hoàn thành xuất sắc nhiệm vụ"),
  ("pct", "35", "37", "94,6", True, "Có 35/37 chi bộ đạt \"Hoàn thành tốt nhiệm vụ\" trở lên, tỷ lệ 94,6%"),
  ("sum", ["19", "2"], "21", True, "hoàn thành 19/21 chỉ tiêu chủ yếu"),
])

# ---------------- clean documents ----------------
DOCS["bb_chibo_vanphong_ubnd_thang11_2025"] = dict(genre="bien_ban", planted=[], checks=[
  ("sum", ["13", "2"], "15", True, "tổng số 15 đ/c, gồm 13 chính thức, 2 dự bị"),
  ("sum", ["11", "2"], "13", True, "Có mặt: 13 đ/c (11 chính thức, kể cả đ/c Sáu; 2 dự bị)"),
  ("sum", ["13", "01"], "14", True, "Vắng: 01 đ/c có lý do"),          # 15 − 1 SH tạm thời nơi khác; miễn SH attended
  ("sum", ["11", "01"], "12", True, "(12 đ/c; đã trừ đ/c Nhàn sinh hoạt tạm thời nơi khác)"),
  ("cmp", "298", "<=", "315", True, "phát hành 315 văn bản đi, trong đó 298 văn bản ký số"),
  ("pct", "298", "315", "94,6", True, "tỷ lệ văn bản đi được ký số 94,6%"),
  ("sum", ["1.061", "31"], "1.092", True, "tiếp nhận 1.092 hồ sơ, đã giải quyết đúng hạn 1.061 hồ sơ, đang giải quyết trong hạn 31 hồ sơ"),
  ("cmp", "14", "==", "15-1", True, "14/14 đảng viên đang sinh hoạt tại chi bộ"),
  ("pct", "11", "12", "91,7", True, "Tỷ lệ tán thành 91,7% so với số đảng viên chính thức được triệu tập"),
  ("pass", "11", "12", True, "Tán thành: 11/11 đ/c chính thức có mặt"),
  ("cmp", "2025-1944", "==", "81", True, "81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025)"),
])

DOCS["bc_mttq_xa_hongthai_6thang_2026"] = dict(genre="bao_cao", planted=[], checks=[
  ("cmp", "1.204", "<=", "5.318", True, "trong đó đồng bào dân tộc thiểu số 1.204 hộ"),
  ("pct", "14.236", "14.362", "99,12", True, "tỷ lệ cử tri đi bầu 99,12% (14.236/14.362 cử tri)"),
  ("pct", "312,75", "500", "62,6", True, "bằng 62,6% kế hoạch năm (500 triệu đồng)"),
  ("cmp", "390", "<=", "745", True, "trong đó Quỹ \"Vì người nghèo\" cấp xã hỗ trợ 390 triệu đồng"),
  ("cmp", "13", "<=", "14", True, "Có 13/14 khu dân cư"),
  ("sum", ["3", "1"], "4", True, "Thực hiện 4 cuộc giám sát, gồm 3 cuộc giám sát chuyên đề và 1 cuộc giám sát thường xuyên"),
  ("pct", "1.905", "2.418", "78,8", True, "1.905 hội viên đăng ký danh hiệu \"Nông dân sản xuất, kinh doanh giỏi\" (78,8%)"),
  ("cmp", "612", "<=", "2.418", True, "612 hội viên tham gia tổ hợp tác"),
  ("cmp", "11", "<=", "14", True, "vững mạnh 11/14 chi hội"),
  ("cmp", "12", "<=", "17", True, "đã được trả lời 12 ý kiến"),
  ("cmp", "2026-1930", "==", "96", True, "96 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2026)"),
])

DOCS["bc_so_nnmt_tinh_nam2025"] = dict(genre="bao_cao", planted=[], checks=[
  ("cmp", "3,9", ">=", "3,5", True, "ước đạt 3,9% (kế hoạch từ 3,5% trở lên)"),
  ("pct", "628,4", "612,0", "102,7", True, "612,0\t628,4\t102,7"),
  ("pct", "51.230", "48.500", "105,6", True, "48.500\t51.230\t105,6"),
  ("cmp", "52,3", ">=", "52,0", True, "52,0\t52,3\tđạt"),
  ("pct", "71", "68", "104,4", True, "68\t71\t104,4"),
  ("cmp", "96,2", ">=", "95", True, "≥ 95\t96,2\tđạt"),
  ("cmp", "61,8", "<", "65", True, "65\t61,8\tchưa đạt"),
  ("pct", "71", "96", "73,96", True, "71/96 xã đạt chuẩn (73,96%)"),
  ("pct", "18.427", "20.000", "92,1", True, "đạt 92,1% kế hoạch năm (20.000 giấy)"),
  ("cmp", "37", "<=", "1.126", True, "trong đó 37 nhà sập hoàn toàn"),
  ("pct", "139,06", "146,38", "95,0", True, "giải ngân 139,06 tỷ đồng, tỷ lệ 95,0%"),
  ("pct", "301,2", "420", "71,7", True, "giải ngân 301,2 tỷ đồng (71,7%)"),
  ("cmp", "2025-1945", "==", "80", True, "80 năm Ngày truyền thống ngành Nông nghiệp và Môi trường (14/11/1945 - 14/11/2025)"),
])

DOCS["tin_hoiphunu_phuong_hoabinh_6thang_2026"] = dict(genre="tin_hoi_nghi", planted=[], checks=[
  ("pct", "162", "300", "54", True, "đạt 54% chỉ tiêu năm (300 hội viên)"),
  ("pct", "24", "26", "92,3", True, "Có 24/26 chi hội tổ chức sinh hoạt đều đặn hằng tháng (92,3%)"),
  ("cmp", "640", "<=", "1.870", True, "trong đó 640 hộ ở khu phố 3 và khu phố 5"),
  ("cmp", "38460/1092", "~", "35,2", True, "bình quân 35,2 triệu đồng/hộ"),
  ("cmp", "0,18", "<=", "0,3", True, "không quá 0,3%"),
  ("cmp", "7", ">=", "5", True, "vượt chỉ tiêu 6 tháng (5 hội viên)"),
  ("cmp", "0,9", "<", "1", True, "đạt chỉ tiêu dưới 1%"),
  ("cmp", "2026-1930", "==", "96", True, "96 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2026)"),
])
