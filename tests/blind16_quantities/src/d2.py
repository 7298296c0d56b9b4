from h import P, F, N, doc

# D04 kiem phieu dai hoi Hoi Nong dan xa
cands = [("Lý Văn Sang",112),("Nguyễn Thị Hạnh",109),("Trần Quang Vinh",106),("Đinh Văn Lực",104),("Hà Thị Mơ",101),
 ("Phạm Đức Tài",97),("Bùi Văn Khánh",95),("Nông Thị Lệ",92),("Vương Văn Hải",88),("Lò Thị Sáu",83),("Đặng Văn Phúc",79),
 ("Chu Văn Sỹ",51),("Tạ Thị Nguyệt",46)]
rows = []
for i,(n,v) in enumerate(cands,1):
    p = P(v,116,2)
    if n == "Vương Văn Hải":
        p = "78,86"
    rows.append(f"{i}\t{n}\t{v}\t{p}")
doc("d04_bb_kiemphieu_hnd", "bien_ban", [
"HỘI NÔNG DÂN VIỆT NAM",
"ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN XÃ HƯNG PHÚ LẦN THỨ XI, NHIỆM KỲ 2026 - 2031",
"BIÊN BẢN KIỂM PHIẾU",
"Bầu Ban Chấp hành Hội Nông dân xã khóa XI, nhiệm kỳ 2026 - 2031",
"Hôm nay, hồi 10 giờ 40 phút, ngày 17/10/2026, tại Hội trường UBND xã Hưng Phú, tỉnh Cần Thơ, Ban Kiểm phiếu gồm 5 đồng chí do Đại hội bầu ra:",
"1. Đồng chí Đàm Thị Yến - Trưởng ban;",
"2. Đồng chí Kim Văn Tú - Ủy viên;",
"3. Đồng chí Lâm Thị Bích - Ủy viên;",
"4. Đồng chí Sơn Văn Đạt - Ủy viên;",
"5. Đồng chí Thạch Thị Nhung - Ủy viên.",
"Đã tiến hành kiểm phiếu bầu Ban Chấp hành Hội Nông dân xã khóa XI. Số lượng Ban Chấp hành Đại hội biểu quyết là 11 đồng chí; danh sách bầu cử gồm 13 đồng chí.",
"Tổng số đại biểu được triệu tập: 120 đại biểu. Số đại biểu có mặt tại thời điểm bầu cử: 116 đại biểu (vắng 4 đại biểu có lý do).",
"- Số phiếu phát ra: 116 phiếu.",
"- Số phiếu thu về: 116 phiếu.",
"- Số phiếu hợp lệ: 114 phiếu.",
"- Số phiếu không hợp lệ: 3 phiếu.",
"Kết quả số phiếu bầu cho từng đồng chí (tỷ lệ % tính trên tổng số phiếu thu về):",
"STT\tHọ và tên\tSố phiếu bầu\tTỷ lệ (%)",
*rows,
"Căn cứ quy định, người trúng cử phải có số phiếu bầu quá một nửa so với tổng số phiếu thu về và lấy theo thứ tự từ cao xuống thấp đến đủ số lượng đã biểu quyết. Đối chiếu kết quả, có 11 đồng chí trúng cử Ban Chấp hành Hội Nông dân xã khóa XI, gồm các đồng chí có số thứ tự từ 1 đến 11 trong bảng trên.",
"Hai đồng chí Chu Văn Sỹ và Tạ Thị Nguyệt không trúng cử do số phiếu không quá một nửa.",
"Trong số 11 đồng chí trúng cử, có 4 đồng chí nữ; đồng chí Trần Quang Vĩnh là ủy viên trẻ tuổi nhất (29 tuổi).",
"Ban Kiểm phiếu đã niêm phong toàn bộ phiếu bầu và bàn giao cho Đoàn Chủ tịch. Biên bản lập thành 03 bản, hoàn thành lúc 11 giờ 25 phút cùng ngày.",
"TRƯỞNG BAN KIỂM PHIẾU",
"Đàm Thị Yến",
], [
 {"code":"vote-mismatch","text":"Số phiếu không hợp lệ: 3 phiếu","note":"Thu về 116 phiếu, hợp lệ 114 thì không hợp lệ là 2 phiếu (114 + 3 = 117 ≠ 116)."},
 {"code":"percent-mismatch","text":"Vương Văn Hải\t88\t78,86","note":"88/116 = 75,86%, không phải 78,86%."},
 {"code":"name-inconsistent","text":"Trần Quang Vĩnh","note":"Trong bảng kiểm phiếu tên là Trần Quang Vinh; ở đây viết sai thành Vĩnh."},
])

# D05 clean HDND xa
doc("d05_bb_hdnd_xa", "bien_ban", [
"HỘI ĐỒNG NHÂN DÂN XÃ HÒA PHONG",
"KHÓA I, NHIỆM KỲ 2026 - 2031",
"BIÊN BẢN KỲ HỌP THỨ NĂM (KỲ HỌP CHUYÊN ĐỀ)",
"Thời gian: 07 giờ 30 phút, ngày 27/11/2026. Địa điểm: Hội trường UBND xã Hòa Phong, tỉnh Đắk Lắk.",
"Chủ tọa kỳ họp: ông Y Thuật Niê, Chủ tịch HĐND xã; bà Phan Thị Kim Oanh, Phó Chủ tịch HĐND xã. Thư ký kỳ họp: bà H'Linh Byă, Ủy viên Ban Kinh tế - Xã hội.",
"Tổng số đại biểu HĐND xã: 41 đại biểu. Có mặt: 38 đại biểu. Vắng: 3 đại biểu có lý do (ông Nguyễn Văn Hậu - đi công tác; bà Lê Thị Thủy - ốm; ông Y Khu Mlô - việc gia đình).",
"Khách mời: đại diện Thường trực Đảng ủy, UBMTTQ Việt Nam xã, các ban, ngành, đoàn thể và trưởng 19 thôn, buôn.",
"I. CÁC NỘI DUNG KỲ HỌP",
"Kỳ họp nghe UBND xã trình 04 tờ trình, Ban Kinh tế - Xã hội báo cáo thẩm tra; có 8 ý kiến thảo luận tại hội trường, trong đó 3 ý kiến đề nghị tăng vốn cho tuyến đường buôn Sút M'Drăng.",
"Dự toán thu ngân sách năm 2027 trình kỳ họp là 31.480 triệu đồng, tăng 2.150 triệu đồng, tương đương " + P(2150,29330) + "% so với dự toán năm 2026 (29.330 triệu đồng).",
"II. KẾT QUẢ BIỂU QUYẾT",
"1. Nghị quyết về dự toán thu, chi ngân sách năm 2027:",
"Tán thành: 38/38 đại biểu có mặt (100%), bằng " + P(38,41,2) + "% tổng số đại biểu HĐND xã; không tán thành: 0; không biểu quyết: 0.",
"2. Nghị quyết về kế hoạch đầu tư công năm 2027:",
"Tán thành: 37 đại biểu, đạt " + P(37,38,2) + "% so với đại biểu có mặt (" + P(37,41,2) + "% tổng số đại biểu); không tán thành: 0; không biểu quyết: 1 đại biểu.",
"3. Nghị quyết về chương trình giám sát năm 2027 của HĐND xã:",
"100% đại biểu có mặt tán thành.",
"4. Nghị quyết về lịch tổ chức kỳ họp thường lệ năm 2027:",
"Tán thành: 36 đại biểu (" + P(36,41,2) + "% tổng số đại biểu); không tán thành: 2 đại biểu; không biểu quyết: 0.",
"Cả 04 nghị quyết đều được thông qua với số phiếu tán thành quá một nửa tổng số đại biểu HĐND xã.",
"Phát biểu bế mạc, Chủ tịch HĐND xã đề nghị UBND xã sớm giao kế hoạch vốn cho 6 công trình khởi công mới năm 2027, trong đó có 2 công trình trường học; các đại biểu tiếp xúc cử tri theo lịch trước ngày 20/12/2026.",
"Kỳ họp bế mạc lúc 11 giờ 00 cùng ngày. Biên bản được thông qua tại kỳ họp.",
"THƯ KÝ KỲ HỌP\tCHỦ TỌA KỲ HỌP",
"H'Linh Byă\tY Thuật Niê",
], [])

# D06 clean UBND phuong giao ban
L = [("Tư pháp - Hộ tịch",1236,1236,0),("Đất đai",214,203,11),("Xây dựng",87,84,3),("Lao động, thương binh và xã hội",342,340,2),("Kinh doanh hộ cá thể",158,158,0)]
tot = [sum(x[i] for x in L) for i in (1,2,3)]
rows = [f"{n}\t{N(a)}\t{N(b)}\t{c}\t{P(b,a)}" for n,a,b,c in L]
doc("d06_bb_ubnd_phuong", "bien_ban", [
"ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÒA",
"BIÊN BẢN HỌP GIAO BAN UBND PHƯỜNG THÁNG 11 NĂM 2026",
"Thời gian: 14 giờ 00, ngày 30/11/2026, tại phòng họp số 2, UBND phường Đông Hòa, tỉnh Khánh Hòa.",
"Chủ trì: ông Nguyễn Hoàng Phúc, Chủ tịch UBND phường. Thư ký: bà Trương Thị Ngọc Ánh, chuyên viên Văn phòng HĐND và UBND.",
"Thành phần: có mặt 6/7 thành viên UBND phường; vắng ông Lê Minh Tâm, Phó Chủ tịch (đi học lớp bồi dưỡng kiến thức quốc phòng, an ninh). Mời dự: trưởng các phòng chuyên môn và Giám đốc Trung tâm Phục vụ hành chính công.",
"1. Kết quả giải quyết thủ tục hành chính 11 tháng năm 2026:",
"Lĩnh vực\tTiếp nhận\tĐúng hạn\tTrễ hạn\tTỷ lệ đúng hạn (%)",
*rows,
f"Tổng cộng\t{N(tot[0])}\t{N(tot[1])}\t{tot[2]}\t{P(tot[1],tot[0])}",
"Trung tâm Phục vụ hành chính công cho biết 16 hồ sơ trễ hạn chủ yếu do phải xác minh nguồn gốc đất; đã gửi thư xin lỗi tới toàn bộ các tổ chức, cá nhân.",
"2. Thu ngân sách: 11 tháng thu được 64,38 tỷ đồng, bằng " + P(64.38,70.5) + "% dự toán tỉnh giao (70,5 tỷ đồng) và bằng " + P(64.38,58.2) + "% so với cùng kỳ năm 2025 (58,2 tỷ đồng).",
"3. Chính sách xã hội: chi trả trợ cấp cho 1.126 đối tượng bảo trợ xã hội; trao 35 suất quà cho hộ nghèo, hộ cận nghèo bị thiệt hại do mưa lũ (trong đó 12 suất của Hội Chữ thập đỏ phường).",
"4. Ý kiến kết luận của Chủ tịch UBND phường:",
"a) Phòng Kinh tế, Hạ tầng và Đô thị rà soát 11 hồ sơ đất đai trễ hạn, báo cáo trước ngày 05/12/2026;",
"b) Các tổ dân phố hoàn thành thu quỹ phòng, chống thiên tai năm 2026 trước ngày 15/12/2026;",
"c) Chuẩn bị nội dung trình kỳ họp thường lệ cuối năm của HĐND phường.",
"Thảo luận: có 5 ý kiến, trong đó Trưởng Công an phường đề nghị tăng cường tuần tra tại 3 tuyến đường ven biển dịp cuối năm; Trưởng phòng Văn hóa - Xã hội đề nghị bổ sung kinh phí tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 14 tổ dân phố còn lại.",
"Cuộc họp kết thúc lúc 16 giờ 45 phút cùng ngày.",
"THƯ KÝ\tCHỦ TRÌ",
"Trương Thị Ngọc Ánh\tNguyễn Hoàng Phúc",
], [])
