from h import P, F, N, doc

# D07 bao cao quy III xa
T = [("Tổng diện tích gieo trồng (ha)",3650,3512),("Thu ngân sách trên địa bàn (triệu đồng)",23300,15872),("Kết nạp đảng viên mới (người)",15,11),("Trẻ dưới 1 tuổi tiêm chủng đầy đủ (trẻ)",168,127)]
rows = [f"{a}\t{N(b)}\t{N(c)}\t{P(c,b)}" for a,b,c in T]
doc("d07_bc_quy3_xa", "bao_cao", [
"ỦY BAN NHÂN DÂN XÃ THẠCH BÌNH",
"BÁO CÁO",
"Tình hình kinh tế - xã hội quý III và 9 tháng năm 2026; nhiệm vụ trọng tâm quý IV năm 2026",
"I. KẾT QUẢ THỰC HIỆN",
"1. Một số chỉ tiêu chủ yếu 9 tháng năm 2026:",
"Chỉ tiêu\tKế hoạch năm\tThực hiện 9 tháng\tTỷ lệ so với kế hoạch (%)",
*rows,
"2. Sản xuất nông nghiệp",
"Vụ Hè Thu gieo cấy 1.846 ha, bằng " + P(1846,1800) + "% kế hoạch (1.800 ha); năng suất lúa bình quân ước 52,4 tạ/ha. Tổng đàn lợn hiện có 12.450 con, giảm 830 con, tương đương " + P(830,13280) + "% so với cùng kỳ năm 2025 (13.280 con) do ảnh hưởng của dịch tả lợn châu Phi tại 3 thôn.",
"3. Thu nhập, đời sống",
"Thu nhập bình quân đầu người ước đạt 58,6 triệu đồng/người/năm, tăng 4,9 triệu đồng so với năm 2025 (54,3 triệu đồng).",
"Giải quyết việc làm mới cho 286 lao động, đạt 81,7% kế hoạch năm (340 lao động), trong đó 42 người đi làm việc ở nước ngoài theo hợp đồng.",
"Trong quý III, xã hỗ trợ sửa chữa nhà ở cho 47 hộ nghèo, hộ cận nghèo với 168 nhân khẩu, tổng kinh phí 1.410 triệu đồng, bình quân " + F(1410/47,0) + " triệu đồng/hộ.",
"4. Văn hóa - xã hội, y tế",
"Tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%, vượt chỉ tiêu Nghị quyết HĐND xã giao (93%). Trạm Y tế khám, điều trị cho 2.874 lượt người.",
"Xã duy trì 17/19 tiêu chí nông thôn mới nâng cao; tiếp tục hoàn thiện tiêu chí số 13 về tổ chức sản xuất và tiêu chí số 17 về môi trường.",
"5. Cải cách hành chính",
"Quý III, Bộ phận Một cửa tiếp nhận 1.532 hồ sơ, gồm: hồ sơ nộp trực tuyến 1.108 hồ sơ, hồ sơ nộp trực tiếp 452 hồ sơ; đã giải quyết đúng hạn toàn bộ, không có hồ sơ trễ hạn.",
"II. HẠN CHẾ",
"Tiến độ thu tiền sử dụng đất chậm; 9 tháng thu ngân sách mới bằng " + P(15872,23300) + "% dự toán. Tình trạng khai thác cát trái phép trên sông Ngàn Phố còn diễn biến phức tạp.",
"III. NHIỆM VỤ TRỌNG TÂM QUÝ IV",
"- Phấn đấu thu ngân sách quý IV đạt 7.428 triệu đồng để hoàn thành dự toán năm;",
"- Chỉ đạo sản xuất vụ Đông, kiểm soát dịch bệnh trên đàn gia súc;",
"- Tổ chức tổng kết năm 2026 và chuẩn bị nội dung kỳ họp cuối năm của HĐND xã.",
"Nơi nhận: Thường trực Đảng ủy, HĐND xã; Chủ tịch, các Phó Chủ tịch UBND xã; Lưu: VT.",
"TM. ỦY BAN NHÂN DÂN",
"CHỦ TỊCH",
"Trần Đức Thịnh",
], [
 {"code":"derived-mismatch","text":"tăng 4,9 triệu đồng","note":"58,6 - 54,3 = 4,3 triệu đồng, không phải 4,9."},
 {"code":"percent-mismatch","text":"đạt 81,7% kế hoạch năm","note":"286/340 = 84,1%, không phải 81,7%."},
 {"code":"target-status-mismatch","text":"vượt chỉ tiêu Nghị quyết","note":"91,2% thấp hơn chỉ tiêu 93%, là chưa đạt chứ không phải vượt."},
 {"code":"sum-mismatch","text":"tiếp nhận 1.532 hồ sơ","note":"1.108 + 452 = 1.560 hồ sơ, không phải 1.532."},
])

# D08 bao cao 6 thang So
C = [("Vốn ngân sách trung ương",212.4,96.8),("Vốn ngân sách tỉnh",198.6,79.2),("Vốn Chương trình mục tiêu quốc gia",75.5,25.3)]
K = sum(c[1] for c in C); G = sum(c[2] for c in C)
rows = []
for a,b,c in C:
    p = P(c,b)
    if a == "Vốn ngân sách tỉnh": p = "42,6"
    rows.append(f"{a}\t{F(b,1)}\t{F(c,1)}\t{p}")
doc("d08_bc_6thang_so", "bao_cao", [
"UBND TỈNH LÂM ĐỒNG",
"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
"BÁO CÁO",
"Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026",
"I. KẾT QUẢ THỰC HIỆN",
"1. Sản xuất nông, lâm nghiệp",
"Tổng diện tích gieo trồng 6 tháng đạt 186.420 ha, bằng " + P(186420,312000) + "% kế hoạch năm (312.000 ha). Trồng rừng tập trung được 3.215 ha, tăng 418 ha so với cùng kỳ năm 2025 (2.867 ha); tỷ lệ che phủ rừng đạt 54,2%.",
"Giá trị sản xuất nông, lâm, thủy sản ước tăng 4,1% so với cùng kỳ; trong đó cà phê, sầu riêng, rau hoa tiếp tục là nhóm sản phẩm chủ lực.",
"2. Quản lý đất đai, môi trường",
"Cấp 1.214 giấy chứng nhận quyền sử dụng đất lần đầu, bằng " + P(1214,1100) + "% kế hoạch 6 tháng (1.100 giấy), vượt " + F(1214-1100) + " giấy. Kiểm tra 46 cơ sở sản xuất, kinh doanh về bảo vệ môi trường, xử phạt 9 cơ sở với tổng số tiền 812 triệu đồng.",
"3. Giải ngân vốn đầu tư công",
"Tổng kế hoạch vốn năm 2026 Sở được giao là " + F(K,1) + " tỷ đồng; đến ngày 30/6/2026 giải ngân được " + F(G,1) + " tỷ đồng, đạt " + P(G,K) + "% kế hoạch, cụ thể:",
"Nguồn vốn\tKế hoạch (tỷ đồng)\tĐã giải ngân (tỷ đồng)\tTỷ lệ (%)",
*rows,
"Năm 2026, Sở được giao làm chủ đầu tư 38 dự án (12 dự án chuyển tiếp, 26 dự án khởi công mới); đến nay đã có 41 dự án hoàn thành thủ tục lựa chọn nhà thầu, 7 dự án còn vướng giải phóng mặt bằng.",
"4. Thanh tra, tiếp công dân",
"Tiếp 73 lượt công dân; tiếp nhận 58 đơn, trong đó 31 đơn thuộc thẩm quyền, đã giải quyết 27 đơn, đạt " + P(27,31) + "%.",
"II. HẠN CHẾ",
"Giải ngân vốn Chương trình mục tiêu quốc gia còn chậm; một số dự án thủy lợi phải điều chỉnh thiết kế. Tình trạng phá rừng trái phép vẫn xảy ra ở 2 khu vực giáp ranh.",
"III. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
"- Phấn đấu giải ngân đạt trên 95% kế hoạch vốn trước ngày 31/01/2027;",
"- Duy trì tỷ lệ che phủ rừng đạt 54,7% như kết quả 6 tháng đầu năm, tăng cường tuần tra, chống cháy rừng;",
"- Hoàn thành cấp giấy chứng nhận quyền sử dụng đất theo kế hoạch năm (2.300 giấy).",
"Nơi nhận: UBND tỉnh; Bộ Nông nghiệp và Môi trường; Lưu: VT, KHTC.",
"GIÁM ĐỐC",
"Phan Văn Cường",
], [
 {"code":"derived-mismatch","text":"tăng 418 ha","note":"3.215 - 2.867 = 348 ha, không phải 418 ha."},
 {"code":"percent-mismatch","text":"79,2\t42,6","note":"Vốn ngân sách tỉnh: 79,2/198,6 = 39,9%, không phải 42,6%."},
 {"code":"part-exceeds-whole","text":"41 dự án hoàn thành thủ tục","note":"Chỉ có 38 dự án được giao; số dự án hoàn thành thủ tục không thể là 41."},
 {"code":"figure-inconsistent","text":"che phủ rừng đạt 54,7%","note":"Tỷ lệ che phủ rừng 6 tháng đã nêu là 54,2%; ở đây ghi 54,7%."},
])
