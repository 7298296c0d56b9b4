from lib import P, N, D

DOCS = []

# ---------------------------------------------------------------- D01
def d01(C):
    C.ok("present split", 18 + 3, 21)
    C.ok("attendance", 21 + 4, 27 - 2)
    C.bad("vote: 20 approvals > 18 official present", 20 <= 18, True)
    C.ok("vote pct as printed", P(20, 24), "83,33")
    C.ok("quỹ hộ", P(148, 162), "91,36")
    C.bad("30% đảng phí", N(4860000 * 30 // 100), "1.485.000")
    C.ok("giữ lại 70%", N(4860000 - 1458000), "3.402.000")
    C.ok("lúa", P(96, 120, 0), "80")

DOCS.append(dict(
    name="bb01_chibo_ban_hon",
    genre="bien_ban",
    officials=24,
    check=d01,
    lines=[
        "ĐẢNG BỘ XÃ CHIỀNG KHOA",
        "CHI BỘ BẢN HÓN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Chiềng Khoa, ngày 25 tháng 9 năm 2024",
        "BIÊN BẢN",
        "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2024",
        "Thời gian: Bắt đầu lúc 19 giờ 30 phút, ngày 25/9/2024. Địa điểm: Nhà văn hóa bản Hón.",
        "Tổng số đảng viên của chi bộ: 27 đồng chí; trong đó đảng viên chính thức 24 đồng chí, đảng viên dự bị 3 đồng chí. Số đảng viên được miễn sinh hoạt: 02 đồng chí (Lò Văn Khiêm, Quàng Thị Phòng).",
        "Số đảng viên dự sinh hoạt: 21 đồng chí (chính thức 18, dự bị 3). Số đảng viên vắng mặt: 4 đồng chí; có lý do 3 đồng chí (Lò Thị Hương đi khám bệnh, Cà Văn Tuấn đi làm ăn xa, Quàng Văn Dũng đi tập huấn), không có lý do 1 đồng chí (Tòng Văn Nam).",
        "Chủ trì: Đồng chí Lò Văn Thịnh, Bí thư chi bộ. Thư ký: Đồng chí Cầm Thị Lả, chi ủy viên.",
        "I. NỘI DUNG SINH HOẠT",
        "1. Đồng chí Bí thư chi bộ thông báo tình hình thời sự trong nước, trong tỉnh; phổ biến Kế hoạch của Đảng ủy xã về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2024.",
        "2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9: Bản đã thu hoạch 96/120 ha lúa mùa, đạt 80% diện tích gieo cấy; năng suất ước đạt 52 tạ/ha. Thu các khoản đóng góp xây dựng nhà văn hóa được 148/162 hộ, đạt 91,36%; còn 14 hộ chưa nộp do hoàn cảnh khó khăn, chi bộ giao Ban quản lý bản tiếp tục vận động.",
        "Công tác thu nộp đảng phí quý III: Chi bộ thu được 4.860.000 đồng; trích nộp cấp trên 30% là 1.485.000 đồng, để lại chi bộ 3.402.000 đồng phục vụ hoạt động theo quy định.",
        "An ninh trật tự trên địa bàn ổn định; trong tháng xảy ra 01 vụ tranh chấp đất vườn giữa hai hộ, Tổ hòa giải bản đã hòa giải thành.",
        "3. Xét đề nghị kết nạp quần chúng Lò Thị Xuân vào Đảng. Đồng chí Quàng Văn Dung, đảng viên được phân công giúp đỡ, báo cáo quá trình phấn đấu, rèn luyện của quần chúng; chi ủy báo cáo kết quả thẩm tra lý lịch, ý kiến nhận xét của chi đoàn và nơi cư trú.",
        "Chi bộ biểu quyết bằng giơ tay: 20/24 đảng viên chính thức tán thành (đạt 83,33%), không có ý kiến khác. Chi bộ thống nhất đề nghị Đảng ủy xã xem xét, quyết định kết nạp.",
        "II. Ý KIẾN THẢO LUẬN",
        "Đồng chí Cà Văn Hặc: đề nghị bản sớm tu sửa tuyến mương nội đồng bị sạt lở sau đợt mưa lũ đầu tháng. Đồng chí Lò Thị Ón: đề nghị chi bộ quan tâm việc vận động con em đi học đúng độ tuổi trước khai giảng.",
        "III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ",
        "Tháng 10, chi bộ tập trung lãnh đạo thu hoạch dứt điểm diện tích lúa mùa còn lại; hoàn thành thu quỹ; chuẩn bị tốt nội dung kiểm điểm cuối năm; phân công đồng chí Lò Văn Thịnh trực tiếp làm việc với Ban quản lý bản về tu sửa mương.",
        "Buổi sinh hoạt kết thúc lúc 21 giờ 40 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua.",
        "THƯ KÝ\tCHỦ TRÌ",
        "Cầm Thị Lả\tLò Văn Thịnh",
    ],
    planted=[
        ("vote-mismatch", "20/24 đảng viên chính thức tán thành",
         "Only 18 official members attended (21 present = 18 official + 3 probationary); a hand vote cannot have 20 official approvals. At most 18/24 (75,00%)."),
        ("percent-mismatch", "1.485.000 đồng",
         "30% of 4.860.000 đồng is 1.458.000 đồng (digits swapped); 4.860.000 − 1.458.000 = 3.402.000 as printed for the remainder."),
        ("name-inconsistent", "Quàng Văn Dung",
         "The same member is listed earlier as absent 'Quàng Văn Dũng' (away at training); name spelled differently (and he is reported present as a speaker)."),
    ],
))

# ---------------------------------------------------------------- D02
def d02(C):
    C.bad("attendance 12+2 vs 15", 12 + 2, 15)
    C.ok("vote present 13", 15 - 2, 13)
    C.ok("kết nạp 9 tháng", P(11, 15), "73,33")
    C.bad("diện tích tăng", D(1246.5 - 1217.8, 1), "38,7")
    C.ok("sản lượng", D(6842 / 1246.5 * 10, 1), "54,9")
    C.ok("thu NS", P(2863, 3420, 1), "83,7")
    C.ok("BHYT", P(7386, 7905, 1), "93,4")

DOCS.append(dict(
    name="bb02_bch_dang_uy_xa_quy3",
    genre="bien_ban",
    officials=15,
    check=d02,
    lines=[
        "ĐẢNG BỘ TỈNH NGHỆ AN",
        "ĐẢNG ỦY XÃ THANH LƯƠNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Thanh Lương, ngày 06 tháng 10 năm 2025",
        "BIÊN BẢN",
        "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 7, khóa I, nhiệm kỳ 2025 - 2030",
        "Thời gian: 8 giờ 00, ngày 06/10/2025. Địa điểm: Hội trường Đảng ủy xã.",
        "Thành phần: Ban Chấp hành Đảng bộ xã có 15 đồng chí. Có mặt 12/15 đồng chí; vắng 2 đồng chí: đồng chí Hồ Văn Lợi (đi học lớp trung cấp lý luận chính trị), đồng chí Lê Thị Hằng (ốm, có đơn). Dự hội nghị có đồng chí Nguyễn Đình Tứ, Ủy viên Ban Thường vụ Tỉnh ủy, phụ trách địa bàn.",
        "Chủ trì: Đồng chí Phan Văn Quế, Bí thư Đảng ủy xã. Thư ký: Đồng chí Trần Thị Mai, Chánh Văn phòng Đảng ủy.",
        "I. NỘI DUNG",
        "Hội nghị nghe đồng chí Phó Bí thư Thường trực trình bày dự thảo báo cáo kết quả lãnh đạo thực hiện nhiệm vụ quý III, nhiệm vụ trọng tâm quý IV năm 2025. Một số kết quả chủ yếu:",
        "- Tổng diện tích gieo trồng vụ hè thu và vụ mùa 1.246,5 ha, tăng 38,7 ha so với cùng kỳ (1.217,8 ha); tổng sản lượng lương thực 6.842 tấn, năng suất bình quân 54,9 tạ/ha.",
        "- Thu ngân sách trên địa bàn 9 tháng đạt 2.863 triệu đồng, bằng 83,7% dự toán năm (3.420 triệu đồng).",
        "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,4% (7.386/7.905 người). Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 9,8% (chỉ tiêu không quá 9,5%), đạt so với chỉ tiêu nghị quyết.",
        "- Công tác xây dựng Đảng: 9 tháng kết nạp 11 đảng viên mới, bằng 73,33% chỉ tiêu năm (15 đảng viên); chuyển đảng chính thức cho 6 đồng chí đúng thời hạn.",
        "II. THẢO LUẬN",
        "Đồng chí Nguyễn Văn Cường đề nghị làm rõ nguyên nhân tỷ lệ suy dinh dưỡng chưa giảm; đồng chí Võ Thị Lan đề nghị bổ sung giải pháp tạo nguồn kết nạp đảng ở các chi bộ xóm còn ít đảng viên trẻ. Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy ghi nhận kết quả, lưu ý tập trung thu ngân sách quý IV và chuẩn bị phương án phòng chống bão lũ.",
        "III. BIỂU QUYẾT",
        "Hội nghị biểu quyết thông qua báo cáo và Nghị quyết lãnh đạo nhiệm vụ quý IV năm 2025: 13/13 đồng chí có mặt tán thành, đạt 100%.",
        "IV. KẾT LUẬN",
        "Giao Ban Thường vụ hoàn chỉnh nghị quyết, ban hành trước ngày 10/10/2025; Ủy ban nhân dân xã chỉ đạo phấn đấu thu ngân sách đạt 100% dự toán; Trạm y tế xã xây dựng kế hoạch can thiệp dinh dưỡng cho trẻ dưới 5 tuổi.",
        "Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày. Biên bản được thông qua trước hội nghị, các đồng chí dự họp nhất trí.",
        "THƯ KÝ\tCHỦ TRÌ",
        "Trần Thị Mai\tPhan Văn Quế",
    ],
    planted=[
        ("attendance-mismatch", "Có mặt 12/15 đồng chí",
         "15 members, 2 absent by name → 13 present (the vote also counts 13/13 present). 12 + 2 = 14 ≠ 15."),
        ("derived-mismatch", "tăng 38,7 ha",
         "1.246,5 − 1.217,8 = 28,7 ha, not 38,7 ha."),
        ("target-status-mismatch", "đạt so với chỉ tiêu nghị quyết",
         "Stunting 9,8% against a ceiling 'không quá 9,5%' → chưa đạt (and the discussion says the rate did not fall)."),
    ],
))

# ---------------------------------------------------------------- D03
def d03(C):
    C.bad("thu NS", P(1972, 3650), "45,03")
    C.ok("chi NS", 1084 + 166, 1250)
    C.bad("TTHC", 418 + 214, 642)
    C.ok("TTHC online share", P(418, 632, 1), "66,1")
    C.ok("việc làm", P(186, 300, 0), "62")
    C.ok("UBND present", 5 + 2, 7)

DOCS.append(dict(
    name="bb03_ubnd_xa_phien_hop_thang6",
    genre="bien_ban",
    officials=7,
    check=d03,
    lines=[
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN PHƯỚC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 24/BB-UBND",
        "Tân Phước, ngày 28 tháng 6 năm 2023",
        "BIÊN BẢN",
        "Phiên họp thường kỳ tháng 6 năm 2023 của Ủy ban nhân dân xã",
        "Thời gian: 14 giờ 00, ngày 28/6/2023. Địa điểm: Phòng họp UBND xã.",
        "Thành phần: Ủy ban nhân dân xã có 7 thành viên; có mặt 5 thành viên. Vắng 2 thành viên: ông Đặng Văn Bé, Ủy viên, Trưởng Công an xã (dự tập huấn tại Công an tỉnh). Mời dự: đồng chí Huỳnh Văn Tâm, Phó Bí thư Thường trực Đảng ủy; đồng chí Lê Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam xã.",
        "Chủ trì: ông Nguyễn Hữu Nghĩa, Chủ tịch UBND xã. Thư ký: bà Trần Ngọc Hân, công chức Văn phòng - Thống kê.",
        "I. NỘI DUNG PHIÊN HỌP",
        "Bà Hà Thị Ngọc Diệp, Phó Chủ tịch UBND xã, trình bày dự thảo báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023. Dự toán thu ngân sách HĐND xã giao năm 2023 là 3.650 triệu đồng.",
        "Kết quả 6 tháng: thu ngân sách xã được 1.972 triệu đồng, đạt 45,03% dự toán; chi ngân sách 1,25 tỷ đồng, trong đó chi thường xuyên 1 tỷ 84 triệu đồng, chi đầu tư phát triển 166 triệu đồng.",
        "Bộ phận Một cửa tiếp nhận 642 hồ sơ thủ tục hành chính (trực tuyến 418 hồ sơ, trực tiếp 214 hồ sơ), tỷ lệ hồ sơ trực tuyến 66,1%; giải quyết đúng hạn 100%.",
        "Giới thiệu, giải quyết việc làm cho 186 lao động, bằng 62% kế hoạch năm (300 lao động). Công tác chi trả trợ cấp cho người có công, bảo trợ xã hội đúng đối tượng, kịp thời.",
        "II. Ý KIẾN THẢO LUẬN",
        "Ông Phạm Văn Út, Ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự xã: đề nghị bổ sung kết quả huấn luyện dân quân năm thứ nhất. Bà Lê Thị Thu đề nghị UBND xã phối hợp Mặt trận vận động xây dựng 3 căn nhà Đại đoàn kết trước tháng 9.",
        "Bà Hà Thị Ngọc Điệp tiếp thu, giải trình: nguồn thu tiền sử dụng đất chưa phát sinh nên tiến độ thu ngân sách chậm; đề nghị các ngành rà soát nguồn thu phí, lệ phí.",
        "III. KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ",
        "Thống nhất nội dung dự thảo báo cáo, giao Văn phòng hoàn chỉnh trình Thường trực Đảng ủy trước ngày 05/7/2023. Giao bộ phận Tài chính - Kế toán tham mưu giải pháp tăng thu; các ngành phấn đấu hoàn thành kế hoạch năm.",
        "Thành viên UBND có mặt thống nhất 5/5 ý kiến. Phiên họp kết thúc lúc 16 giờ 45 phút cùng ngày.",
        "THƯ KÝ\tCHỦ TỊCH",
        "Trần Ngọc Hân\tNguyễn Hữu Nghĩa",
    ],
    planted=[
        ("percent-mismatch", "45,03%",
         "Whole stated in the previous sentence: 1.972 / 3.650 triệu = 54,03%, not 45,03%."),
        ("sum-mismatch", "642 hồ sơ",
         "418 online + 214 in person = 632, not 642 (the 66,1% online share is computed on 632)."),
        ("name-inconsistent", "Hà Thị Ngọc Điệp",
         "The Vice-Chair is introduced as 'Hà Thị Ngọc Diệp'; second spelling differs."),
        ("absentee-count-mismatch", "Vắng 2 thành viên",
         "Only one absent member is named (Đặng Văn Bé); 7 − 5 present = 2, so one absentee is missing from the list (or the count is wrong)."),
    ],
))

# ---------------------------------------------------------------- D04
def d04(C):
    C.ok("official present", 35, 39 - 4)
    C.ok("ballots", 34 + 1, 35)
    C.bad("ballots valid+invalid", 34 + 2, 35)
    votes = dict(A=34, B=33, C=31, D=27, E=25, F=12)
    shown = dict(A="97,14", B="94,29", C="88,57", D="77,41", E="71,43", F="34,29")
    for k, v in votes.items():
        (C.bad if k == "D" else C.ok)("pct " + k, P(v, 35), shown[k])
    C.bad("36 of 35 ballots", 36 <= 35, True)
    C.ok("Hải share", P(29, 35), "82,86")

DOCS.append(dict(
    name="bb04_kiem_phieu_chi_uy",
    genre="bien_ban",
    officials=37,
    check=d04,
    lines=[
        "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH",
        "CHI BỘ KHU DÂN CƯ SỐ 5",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hòa Khánh, ngày 14 tháng 5 năm 2022",
        "BIÊN BẢN KIỂM PHIẾU",
        "Bầu Chi ủy Chi bộ Khu dân cư số 5 nhiệm kỳ 2022 - 2025",
        "Đại hội Chi bộ Khu dân cư số 5 lần thứ IX, nhiệm kỳ 2022 - 2025. Tổng số đảng viên của chi bộ: 41 đồng chí (chính thức 37, dự bị 4); có mặt tại đại hội 39 đồng chí, trong đó 35 đảng viên chính thức có quyền bầu cử.",
        "Ban Kiểm phiếu gồm các đồng chí: Trương Văn Hòa - Trưởng ban; Nguyễn Thị Bích Thủy - Ủy viên; Lê Quang Vinh - Ủy viên.",
        "Đại hội thống nhất số lượng chi ủy khóa mới là 05 đồng chí; danh sách bầu cử gồm 06 đồng chí. Hình thức bầu: bỏ phiếu kín.",
        "I. KẾT QUẢ KIỂM PHIẾU",
        "- Số phiếu phát ra: 35 phiếu.",
        "- Số phiếu thu vào: 35 phiếu.",
        "- Số phiếu hợp lệ: 34 phiếu.",
        "- Số phiếu không hợp lệ: 02 phiếu (01 phiếu gạch tên không đúng quy định).",
        "Số phiếu bầu cho từng đồng chí (tỷ lệ tính trên tổng số phiếu thu vào):",
        "TT\tHọ và tên\tSố phiếu\tTỷ lệ",
        "1\tTrần Văn Minh\t34\t97,14%",
        "2\tNguyễn Thị Hồng Vân\t33\t94,29%",
        "3\tPhan Đức Thắng\t31\t88,57%",
        "4\tĐỗ Thị Kim Loan\t27\t77,41%",
        "5\tHuỳnh Bá Lộc\t25\t71,43%",
        "6\tVõ Thành Trung\t12\t34,29%",
        "II. KẾT QUẢ TRÚNG CỬ",
        "Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có số phiếu bầu đạt quá một nửa so với tổng số phiếu thu vào trúng cử Chi ủy khóa mới (05 đồng chí): Trần Văn Minh, Nguyễn Thị Hồng Vân, Phan Đức Thắng, Đỗ Thị Kim Loan, Huỳnh Bá Lộc.",
        "III. BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ PHƯỜNG",
        "Số lượng đại biểu được phân bổ: 02 đồng chí; danh sách bầu 03 đồng chí. Số phiếu phát ra 35, thu vào 35, hợp lệ 35. Kết quả: đồng chí Trần Văn Minh 33 phiếu; đồng chí Nguyễn Thị Hạnh 36 phiếu; đồng chí Lê Văn Hải 29 phiếu (82,86%).",
        "Các đồng chí trúng cử đại biểu chính thức: Nguyễn Thị Hạnh, Trần Văn Minh. Đồng chí Lê Văn Hải là đại biểu dự khuyết.",
        "Ban Kiểm phiếu đã niêm phong toàn bộ phiếu bầu, chuyển Đoàn Chủ tịch đại hội. Biên bản lập thành 03 bản, công bố trước đại hội lúc 10 giờ 20 phút cùng ngày.",
        "TRƯỞNG BAN KIỂM PHIẾU",
        "Trương Văn Hòa",
    ],
    planted=[
        ("percent-mismatch", "77,41%",
         "27 / 35 phiếu thu vào = 77,14% (digits swapped)."),
        ("vote-mismatch", "Số phiếu không hợp lệ: 02 phiếu",
         "35 thu vào − 34 hợp lệ = 1 invalid ballot; the bracket also explains only 01 phiếu. 34 + 2 = 36 ≠ 35."),
        ("part-exceeds-whole", "Nguyễn Thị Hạnh 36 phiếu",
         "Only 35 ballots were issued and collected; a candidate cannot receive 36 votes."),
    ],
))
