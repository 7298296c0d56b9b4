from lib import P, N, D

DOCS = []

# ---------------------------------------------------------------- D05 (clean)
def d05(C):
    C.ok("official", 17 + 1 + 1, 19)
    C.ok("attendance", 21 + 1, 23 - 1)
    C.ok("present split", 17 + 4, 21)
    C.ok("lên lớp", P(684, 694, 1), "98,6")
    C.ok("GV giỏi half-up 6,25", P(3, 48, 1), "6,3")
    for v, s in [(17, "100"), (16, "94,12"), (15, "88,24"), (6, "35,29")]:
        C.ok("vote", P(v, 17) if v != 17 else "100", s)
    for v, s in [(3, "15,79"), (15, "78,95"), (1, "5,26")]:
        C.ok("rating", P(v, 19), s)
    C.ok("rating sum", 3 + 15 + 1, 19)
    C.ok("kết nạp above target", 5 > 4, True)

DOCS.append(dict(
    name="bb05_dai_hoi_chi_bo_truong_thcs",
    genre="bien_ban",
    officials=19,
    check=d05,
    lines=[
        "ĐẢNG BỘ XÃ QUẢNG PHÚC",
        "CHI BỘ TRƯỜNG THCS QUẢNG PHÚC",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Quảng Phúc, ngày 19 tháng 4 năm 2022",
        "BIÊN BẢN",
        "Đại hội Chi bộ Trường THCS Quảng Phúc, nhiệm kỳ 2022 - 2025",
        "Thời gian: 7 giờ 30, ngày 19/4/2022. Địa điểm: Phòng họp Hội đồng sư phạm nhà trường.",
        "Tổng số đảng viên của chi bộ: 23 đồng chí (chính thức 19, dự bị 4); miễn sinh hoạt 01 đồng chí (Hoàng Văn Lự, nghỉ hưu chờ chuyển sinh hoạt). Có mặt 21 đồng chí (chính thức 17, dự bị 4); vắng 01 đồng chí có lý do (Đinh Thị Quyên, nghỉ chế độ thai sản).",
        "Đoàn Chủ tịch: đồng chí Mai Xuân Trường, Bí thư chi bộ, Hiệu trưởng; đồng chí Cao Thị Huế, Phó Bí thư chi bộ. Thư ký đại hội: đồng chí Nguyễn Thị Thảo.",
        "I. BÁO CÁO CHÍNH TRỊ",
        "Đồng chí Cao Thị Huế trình bày báo cáo tổng kết nhiệm kỳ 2020 - 2022. Năm học 2020 - 2021, tỷ lệ học sinh lên lớp thẳng đạt 98,6% (684/694 em); học sinh giỏi cấp huyện 42 giải, trong đó 9 giải nhất, 14 giải nhì; có 3/48 giáo viên đạt giáo viên dạy giỏi cấp tỉnh, chiếm 6,3%.",
        "Công tác phát triển đảng: trong nhiệm kỳ kết nạp 5 đảng viên mới, vượt chỉ tiêu đại hội đề ra (4 đảng viên). Đánh giá chất lượng năm 2021: 19 đảng viên được đánh giá, có 3 đồng chí hoàn thành xuất sắc nhiệm vụ (15,79%), 15 đồng chí hoàn thành tốt nhiệm vụ (78,95%), 1 đồng chí hoàn thành nhiệm vụ (5,26%); chi bộ đạt hoàn thành tốt nhiệm vụ.",
        "Mục tiêu nhiệm kỳ 2022 - 2025: tỷ lệ học sinh lên lớp từ 98% trở lên; tỷ lệ học sinh tốt nghiệp THCS đạt 100%; kết nạp từ 4 đảng viên trở lên; hằng năm chi bộ hoàn thành tốt nhiệm vụ trở lên.",
        "II. THẢO LUẬN",
        "Có 6 ý kiến tham gia. Đồng chí Phạm Văn Sỹ đề nghị bổ sung chỉ tiêu về chuyển đổi số trong dạy học; đồng chí Lê Thị Nga đề nghị quan tâm bồi dưỡng quần chúng ưu tú là giáo viên trẻ mới tuyển dụng.",
        "III. BẦU CỬ",
        "Đại hội thống nhất bầu Chi ủy gồm 03 đồng chí, danh sách bầu cử 04 đồng chí. Số phiếu phát ra 17, thu vào 17, hợp lệ 17. Kết quả: Mai Xuân Trường 17 phiếu (100%); Cao Thị Huế 16 phiếu (94,12%); Phạm Văn Sỹ 15 phiếu (88,24%); Lê Thị Nga 6 phiếu (35,29%).",
        "Các đồng chí Mai Xuân Trường, Cao Thị Huế, Phạm Văn Sỹ trúng cử Chi ủy nhiệm kỳ 2022 - 2025. Chi ủy khóa mới họp phiên thứ nhất, bầu đồng chí Mai Xuân Trường giữ chức Bí thư, đồng chí Cao Thị Huế giữ chức Phó Bí thư chi bộ.",
        "IV. THÔNG QUA NGHỊ QUYẾT",
        "Đại hội biểu quyết thông qua Nghị quyết Đại hội: 17/17 đảng viên chính thức có mặt tán thành. Đại hội bế mạc lúc 11 giờ 30 phút cùng ngày.",
        "THƯ KÝ\tT/M ĐOÀN CHỦ TỊCH",
        "Nguyễn Thị Thảo\tMai Xuân Trường",
    ],
    planted=[],
))

# ---------------------------------------------------------------- D06
def d06(C):
    C.ok("sổ tay", P(1102, 1284), "85,83")
    C.bad("chi bộ 47/56 truncated", P(47, 56), "83,92")
    C.ok("mid-year kết nạp", P(14, 50, 0), "28")
    C.bad("tăng so với đầu năm", 1284 - 1279, 9)
    C.ok("kiểm tra", 3 + 2, 5)

DOCS.append(dict(
    name="bc06_dang_uy_phuong_quy1",
    genre="bao_cao",
    officials=None,
    check=d06,
    lines=[
        "ĐẢNG BỘ THÀNH PHỐ THÁI NGUYÊN",
        "ĐẢNG ỦY PHƯỜNG TÚC DUYÊN",
        "Số 86-BC/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Túc Duyên, ngày 28 tháng 3 năm 2023",
        "BÁO CÁO",
        "kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2023",
        "I. CÔNG TÁC XÂY DỰNG ĐẢNG",
        "1. Công tác chính trị, tư tưởng: Ban Thường vụ Đảng ủy chỉ đạo các chi bộ tổ chức quán triệt các văn bản mới của Trung ương, của Tỉnh ủy và Thành ủy. Trong quý, Đảng ủy tổ chức 4 lớp học tập, bồi dưỡng gồm: lớp bồi dưỡng lý luận chính trị cho đảng viên mới, lớp nhận thức về Đảng cho quần chúng ưu tú, lớp nghiệp vụ công tác văn phòng cấp ủy cho bí thư chi bộ. Tổng số lượt người tham gia đạt 312 lượt.",
        "Đảng bộ hiện có 56 chi bộ trực thuộc với 1.284 đảng viên. Đến nay, 1.102 đảng viên đã cài đặt và sử dụng ứng dụng Sổ tay đảng viên điện tử, đạt 85,83%; 47/56 chi bộ duy trì sinh hoạt chuyên đề đúng định kỳ, đạt 83,92%.",
        "2. Công tác tổ chức, cán bộ, đảng viên: Quý I kết nạp 14 đảng viên mới, bằng 28% chỉ tiêu năm (14/50 đảng viên); chuyển đảng chính thức cho 17 đồng chí; trao Huy hiệu Đảng đợt 03/02 cho 23 đồng chí. Tổng số đảng viên toàn Đảng bộ đến 25/3/2023 là 1.284 đồng chí, tăng 9 đồng chí so với đầu năm (1.279 đồng chí) do có đảng viên chuyển sinh hoạt đi và từ trần.",
        "3. Công tác kiểm tra, giám sát: Ủy ban Kiểm tra Đảng ủy kiểm tra 5 tổ chức đảng (3 chi bộ khu dân cư, 2 chi bộ trường học) về việc thực hiện Quy định số 69-QĐ/TW; chưa phát hiện vi phạm phải xử lý kỷ luật.",
        "4. Công tác dân vận: Mặt trận và các đoàn thể phường phối hợp tổ chức thành công Ngày hội Đại đoàn kết toàn dân tộc điểm tại Tổ dân phố 9; vận động ủng hộ Quỹ Vì người nghèo được 64 triệu 500 nghìn đồng.",
        "II. LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI",
        "Thu ngân sách quý I ước đạt 4,92 tỷ đồng, bằng 26,3% dự toán năm; duy trì hoạt động ổn định các chợ, cơ sở sản xuất kinh doanh trên địa bàn. Công tác chỉnh trang đô thị, vệ sinh môi trường được quan tâm; hoàn thành giải phóng mặt bằng tuyến đường tổ 12 - tổ 14.",
        "III. ĐÁNH GIÁ CHUNG",
        "Trong quý, công tác xây dựng Đảng có nhiều chuyển biến; 12 đảng viên mới được kết nạp trong quý đều được phân công nhiệm vụ và người giúp đỡ cụ thể. Tuy nhiên, còn 9 chi bộ chưa duy trì sinh hoạt chuyên đề đúng định kỳ; tiến độ thu ngân sách còn chậm.",
        "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2023",
        "Tiếp tục học tập, quán triệt nghị quyết; phấn đấu kết nạp thêm 15 đảng viên; chỉ đạo 100% chi bộ sinh hoạt chuyên đề ít nhất một quý một lần; tăng cường thu ngân sách, đôn đốc thu nợ đọng thuế.",
        "Nơi nhận: - Ban Thường vụ Thành ủy (b/c); - Các chi bộ trực thuộc; - Lưu VPĐU.",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "Dương Văn Khải",
    ],
    planted=[
        ("count-mismatch", "tổ chức 4 lớp học tập",
         "Four classes announced, but the list after 'gồm:' names only three."),
        ("percent-mismatch", "83,92%",
         "47 / 56 = 83,928…% → 83,93% half-up (83,92 is a truncation)."),
        ("derived-mismatch", "tăng 9 đồng chí",
         "1.284 − 1.279 = 5, not 9."),
        ("figure-inconsistent", "12 đảng viên mới được kết nạp",
         "Section I.2 says quý I kết nạp 14 đảng viên mới (and 14/50 = 28%); restated as 12."),
    ],
))

# ---------------------------------------------------------------- D07
def d07(C):
    C.ok("lúa", P(2150, 4000), "53,75")
    C.ok("thu NS", P(2874, 5200), "55,27")
    C.bad("trồng rừng", P(46, 120), "37,33")
    C.ok("nghề", P(132, 120, 0), "110")
    C.ok("nước sạch", P(1468, 1520), "96,58")
    C.bad("đàn gia súc", 1215 + 2038 + 5107, 8460)
    C.ok("bhyt below 95", 94.6 > 95, False)

DOCS.append(dict(
    name="bc07_ubnd_xa_6thang_bang",
    genre="bao_cao",
    officials=None,
    check=d07,
    lines=[
        "ỦY BAN NHÂN DÂN",
        "XÃ HƯƠNG SƠN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 112/BC-UBND",
        "Hương Sơn, ngày 15 tháng 6 năm 2024",
        "BÁO CÁO",
        "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
        "Thực hiện Nghị quyết của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2024, UBND xã báo cáo kết quả 6 tháng đầu năm như sau:",
        "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU",
        "Chỉ tiêu\tKế hoạch năm\tThực hiện 6 tháng\tTỷ lệ (%)",
        "Sản lượng lúa (tấn)\t4.000\t2.150\t53,75",
        "Thu ngân sách xã (triệu đồng)\t5.200\t2.874\t55,27",
        "Trồng rừng tập trung (ha)\t120\t46\t37,33",
        "Đào tạo nghề (lao động)\t120\t132\t110",
        "Hộ dùng nước sạch (hộ)\t1.520\t1.468\t96,58",
        "II. ĐÁNH GIÁ TỪNG LĨNH VỰC",
        "1. Nông nghiệp: Vụ đông xuân thắng lợi, năng suất lúa ước đạt 61 tạ/ha. Chăn nuôi phát triển ổn định, không xảy ra dịch bệnh lớn; tổng đàn gia súc 8.460 con (trâu 1.215 con, bò 2.038 con, lợn 5.107 con). Công tác trồng rừng chậm do thời tiết nắng hạn kéo dài, cây giống về muộn.",
        "2. Đào tạo nghề, giải quyết việc làm: 6 tháng mở 4 lớp đào tạo nghề cho 132 lao động, vượt kế hoạch năm; 100% học viên được cấp chứng chỉ.",
        "3. Y tế: Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%, vượt chỉ tiêu (trên 95%) nghị quyết giao. Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi đạt 48,2% kế hoạch năm.",
        "4. Tài chính - ngân sách: Thu ngân sách đạt 55,27% dự toán, chủ yếu từ thu phí, lệ phí và thuế sử dụng đất phi nông nghiệp; chi ngân sách bảo đảm hoạt động thường xuyên và chi an sinh xã hội.",
        "III. HẠN CHẾ",
        "Tiến độ trồng rừng, thu tiền sử dụng đất còn chậm; một số hộ chưa tham gia bảo hiểm y tế hộ gia đình do khó khăn kinh tế.",
        "IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM",
        "Tập trung chỉ đạo sản xuất vụ hè thu; hoàn thành trồng rừng trước 30/9; vận động người dân tham gia bảo hiểm y tế; phấn đấu hoàn thành 100% các chỉ tiêu nghị quyết HĐND xã giao.",
        "Nơi nhận: - TT Đảng ủy, TT HĐND xã; - Chủ tịch, các PCT UBND xã; - Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lê Đình Hoàng",
    ],
    planted=[
        ("percent-mismatch", "37,33",
         "Table row 'Trồng rừng': 46 / 120 ha = 38,33%, not 37,33%."),
        ("sum-mismatch", "8.460 con",
         "1.215 + 2.038 + 5.107 = 8.360 head, not 8.460."),
        ("target-status-mismatch", "vượt chỉ tiêu (trên 95%)",
         "94,6% is below the floor 'trên 95%' → chưa đạt, not vượt."),
    ],
))

# ---------------------------------------------------------------- D08
def d08(C):
    C.ok("lúa 97%", P(3880, 4000, 0), "97")
    C.bad("diện tích", P(5421, 5600, 1), "98,2")
    C.ok("sản lượng tăng", P(45120 - 42250, 42250, 1), "6,8")
    C.bad("GTSX tăng", P(2486 - 2403, 2403, 1), "4,2")
    C.bad("năng suất", D(41380 / 7180 * 10, 1), "58,6")
    C.ok("ngô năng suất", D(9384 / 5100 * 10, 1), "18,4")
    C.ok("NTM share", P(54, 79, 1), "68,4")
    C.ok("che phủ ≥ 41", 41.2 >= 41, True)

DOCS.append(dict(
    name="bc08_so_nong_nghiep_nam",
    genre="bao_cao",
    officials=None,
    check=d08,
    lines=[
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 2318/BC-SNN",
        "Lâm Đồng, ngày 12 tháng 12 năm 2023",
        "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ năm 2023 và kế hoạch năm 2024 ngành nông nghiệp",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023",
        "1. Tăng trưởng: Giá trị sản xuất toàn ngành (giá so sánh 2010) ước đạt 2.486 tỷ đồng, tăng 4,2% so với năm trước (2.403 tỷ đồng).",
        "2. Trồng trọt: Tổng diện tích gieo trồng lúa cả năm 7.180 ha; sản lượng 41.380 tấn, năng suất bình quân 58,6 tạ/ha. Riêng lúa chất lượng cao đạt 97% kế hoạch năm (3.880/4.000 tấn). Diện tích rau, hoa ứng dụng công nghệ cao 5.421 ha, đạt 98,2% kế hoạch (5.600 ha). Cây ngô 5.100 ha, sản lượng 9.384 tấn, năng suất bình quân 18,4 tạ/ha do một phần diện tích bị hạn cuối vụ.",
        "Tổng sản lượng rau các loại đạt 45.120 tấn, tăng 6,8% so với năm 2022 (42.250 tấn).",
        "3. Lâm nghiệp: Tỷ lệ che phủ rừng đạt 41,2% (chỉ tiêu từ 41% trở lên), đạt chỉ tiêu Nghị quyết HĐND tỉnh. Trồng rừng tập trung 1.146 ha; khoán bảo vệ rừng cho 3.218 hộ.",
        "4. Xây dựng nông thôn mới: Đến cuối năm 2023, toàn tỉnh có 54/79 xã đạt chuẩn nông thôn mới, chiếm 68,4% (chỉ tiêu năm 2023 từ 70% trở lên), hoàn thành chỉ tiêu đề ra; 12 xã đạt chuẩn nông thôn mới nâng cao.",
        "5. Thủy lợi, phòng chống thiên tai: Hoàn thành sửa chữa 14 công trình hồ, đập; đảm bảo tưới cho 96% diện tích theo kế hoạch.",
        "II. TỒN TẠI, HẠN CHẾ",
        "Giá vật tư đầu vào tăng cao; liên kết sản xuất theo chuỗi còn ít; tiến độ xây dựng nông thôn mới ở các xã vùng đồng bào dân tộc thiểu số còn chậm; một số công trình thủy lợi xuống cấp chưa được bố trí vốn.",
        "III. KẾ HOẠCH NĂM 2024",
        "Phấn đấu tốc độ tăng giá trị sản xuất toàn ngành từ 4% trở lên; tỷ lệ che phủ rừng duy trì từ 41% trở lên; có thêm 5 xã đạt chuẩn nông thôn mới, nâng tổng số lên 59/79 xã; diện tích ứng dụng công nghệ cao đạt 5.800 ha.",
        "Nơi nhận: - UBND tỉnh (b/c); - Sở Kế hoạch và Đầu tư; - Lưu: VT, KHTC.",
        "GIÁM ĐỐC",
        "Phạm Quang Trung",
    ],
    planted=[
        ("derived-mismatch", "tăng 4,2% so với năm trước",
         "(2.486 − 2.403) / 2.403 = 3,45% → 3,5%, not 4,2%."),
        ("derived-mismatch", "năng suất bình quân 58,6 tạ/ha",
         "Average yield 41.380 tấn / 7.180 ha = 5,763 tấn/ha = 57,6 tạ/ha, not 58,6."),
        ("percent-mismatch", "98,2% kế hoạch",
         "5.421 / 5.600 ha = 96,8%, not 98,2%."),
        ("target-status-mismatch", "hoàn thành chỉ tiêu đề ra",
         "68,4% is below the floor 'từ 70% trở lên' → chưa hoàn thành/chưa đạt."),
    ],
))
