from lib import P, N, D

DOCS = []

# ---------------------------------------------------------------- D13
def d13(C):
    C.ok("attendance", 24 + 5, 29)
    C.ok("present split", 22 + 2, 24)
    C.ok("officials", 27 + 2, 29)
    for v, s in [(5, "18,52"), (3, "11,11")]:
        C.ok("rating", P(v, 27), s)
    C.bad("rating HTT", P(19, 27), "70,73")
    C.ok("rating sum", 5 + 19 + 3, 27)
    C.ok("30% đảng phí", 27360 * 30 // 100, 8208)
    C.ok("giữ lại", 27360 - 8208, 19152)
    C.bad("resolution majority of 22 present", 11 * 2 > 22, True)
    C.ok("vote sum", 11 + 8 + 3, 22)

DOCS.append(dict(
    name="bb13_chi_bo_van_phong_so",
    genre="bien_ban",
    officials=27,
    check=d13,
    lines=[
        "ĐẢNG BỘ SỞ TƯ PHÁP",
        "CHI BỘ VĂN PHÒNG SỞ",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Quy Nhơn, ngày 22 tháng 12 năm 2024",
        "BIÊN BẢN",
        "Họp chi bộ tháng 12 năm 2024",
        "Thời gian: 16 giờ 00, ngày 22/12/2024. Địa điểm: Phòng họp tầng 2, Sở Tư pháp.",
        "Tổng số đảng viên: 29 đồng chí (chính thức 27, dự bị 2). Có mặt 24 đồng chí (chính thức 22, dự bị 2). Vắng 5 đồng chí có lý do: Võ Minh Trí, Đào Thị Hạnh (đi công tác), Lê Văn Nhựt (nghỉ phép), Trần Thị Diễm (ốm), Nguyễn Quang Vũ (học tập trung).",
        "Chủ trì: đồng chí Phan Thị Kim Liên, Bí thư chi bộ. Thư ký: đồng chí Huỳnh Ngọc Sơn.",
        "1. Kết quả đánh giá, xếp loại đảng viên năm 2024",
        "Chi bộ tiến hành đánh giá 27 đảng viên (02 đồng chí mới chuyển sinh hoạt đến chưa đủ thời gian đánh giá tại chi bộ). Kết quả: hoàn thành xuất sắc nhiệm vụ 5 đồng chí (18,52%); hoàn thành tốt nhiệm vụ 19 đồng chí (70,73%); hoàn thành nhiệm vụ 3 đồng chí (11,11%); không có đảng viên không hoàn thành nhiệm vụ. Chi bộ tự đánh giá đạt mức hoàn thành tốt nhiệm vụ.",
        "2. Công tác đảng phí",
        "Tổng số đảng phí thu năm 2024: 27 triệu 360 nghìn đồng; trích nộp lên cấp trên 30%: 8 triệu 208 nghìn đồng; để lại chi bộ 19 triệu 152 nghìn đồng, đã chi hoạt động, thăm hỏi đảng viên ốm đau đúng quy định.",
        "3. Thảo luận dự thảo Nghị quyết chuyên đề về nâng cao chất lượng thẩm định văn bản quy phạm pháp luật năm 2025",
        "Đồng chí Đoàn Thanh Tùng, Phó Giám đốc Sở, trình bày dự thảo. Có 7 ý kiến phát biểu; nhiều ý kiến đề nghị giảm chỉ tiêu thời hạn thẩm định từ 7 ngày xuống 5 ngày vì chưa phù hợp với biên chế hiện có của phòng chuyên môn; đồng chí Lê Thị Mỹ Dung đề nghị giữ nguyên dự thảo.",
        "Chi bộ biểu quyết bằng giơ tay đối với dự thảo nghị quyết: 11/22 đảng viên chính thức có mặt tán thành, 8 đồng chí không tán thành, 3 đồng chí không biểu quyết. Đồng chí chủ trì kết luận: Nghị quyết chuyên đề được chi bộ thông qua, giao chi ủy hoàn chỉnh và ban hành.",
        "4. Kết luận của đồng chí chủ trì",
        "Chi bộ hiện có 28 đảng viên, nhìn chung các đồng chí hoàn thành tốt nhiệm vụ chuyên môn được giao. Tháng 01/2025 chi bộ tập trung hoàn thành tổng kết công tác năm; chuẩn bị tổ chức Hội nghị cán bộ, công chức, viên chức; thực hiện việc rà soát, sắp xếp tổ chức bộ máy theo chỉ đạo của cấp trên.",
        "Cuộc họp kết thúc lúc 18 giờ 05 phút cùng ngày. Biên bản đã được thông qua, các đảng viên dự họp thống nhất.",
        "THƯ KÝ\tCHỦ TRÌ",
        "Huỳnh Ngọc Sơn\tPhan Thị Kim Liên",
    ],
    planted=[
        ("percent-mismatch", "70,73%",
         "19 / 27 = 70,37% (digits swapped); 18,52 + 70,37 + 11,11 = 100."),
        ("resolution-not-passed", "11/22 đảng viên chính thức có mặt tán thành",
         "11 of 22 present official members (and of 27 official members) is not more than half; the resolution is declared adopted anyway."),
        ("figure-inconsistent", "Chi bộ hiện có 28 đảng viên",
         "Header of the minutes: 29 đảng viên (27 official + 2 probationary); restated as 28."),
    ],
))

# ---------------------------------------------------------------- D14
def d14(C):
    C.bad("còn lại", 12 - 9, 2)
    C.bad("chi tiêu parts", D(150 + 26.5 + 12, 1), "198,4")
    C.bad("part > whole", 1912 <= 1846, True)
    C.ok("khu dân cư", P(7, 8, 1), "87,5")
    C.ok("gia đình văn hóa", P(1781, 1846), "96,48")
    C.ok("quỹ tổng", D(312.6, 1), "312,6")
    C.ok("quỹ tăng", P(312.6 - 280, 280, 1), "11,6")

DOCS.append(dict(
    name="bc14_mttq_xa_quy3",
    genre="bao_cao",
    officials=None,
    check=d14,
    lines=[
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ ĐỒNG TÂM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 19/BC-MT",
        "Đồng Tâm, ngày 25 tháng 9 năm 2023",
        "BÁO CÁO",
        "Kết quả công tác Mặt trận quý III, phương hướng nhiệm vụ quý IV năm 2023",
        "I. KẾT QUẢ CÔNG TÁC QUÝ III",
        "1. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”: Toàn xã có 8 khu dân cư với 1.846 hộ. Đầu năm, Ban công tác Mặt trận các khu dân cư đã vận động có 1.912 hộ đăng ký xây dựng gia đình văn hóa; qua bình xét giữa năm có 1.781 hộ đạt tiêu chí, bằng 96,48% tổng số hộ. Có 7/8 khu dân cư đăng ký khu dân cư văn hóa, đạt 87,5%.",
        "2. Quỹ “Vì người nghèo”: Lũy kế đến 20/9/2023, Quỹ vận động được 312,6 triệu đồng, tăng 11,6% so với cùng kỳ năm 2022 (280 triệu đồng). Đã chi 198,4 triệu đồng, gồm: hỗ trợ xây nhà Đại đoàn kết 150 triệu đồng, thăm hỏi hộ nghèo ốm đau 26,5 triệu đồng, trao học bổng cho học sinh nghèo vượt khó 12 triệu đồng.",
        "3. Xây dựng nhà Đại đoàn kết: Kế hoạch năm 2023 xây mới 12 nhà cho hộ nghèo, hộ khó khăn về nhà ở. Đến nay đã khởi công 9 nhà (hoàn thành, bàn giao 6 nhà), còn lại 2 nhà chưa khởi công do hộ gia đình chưa hoàn thiện thủ tục đất đai.",
        "4. Công tác giám sát, phản biện xã hội: Ban Thanh tra nhân dân giám sát 2 công trình giao thông nông thôn; Ban Giám sát đầu tư cộng đồng giám sát việc nâng cấp trường mầm non. Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân, tiếp nhận 14 ý kiến, kiến nghị.",
        "5. Phối hợp với các tổ chức thành viên: Hội Cựu chiến binh, Hội Phụ nữ, Đoàn Thanh niên, Hội Nông dân phối hợp tổ chức ra quân vệ sinh môi trường, trồng 1.200 cây xanh trên các tuyến đường liên thôn.",
        "II. ĐÁNH GIÁ CHUNG",
        "Công tác Mặt trận quý III có nhiều cố gắng, các cuộc vận động được Nhân dân hưởng ứng. Tuy nhiên, tiến độ xây dựng nhà Đại đoàn kết còn chậm; việc vận động Quỹ ở một số khu dân cư chưa đạt so với cùng kỳ.",
        "III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV",
        "Hoàn thành xây dựng 12/12 nhà Đại đoàn kết trước ngày 31/11/2023; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 8/8 khu dân cư; tiếp tục vận động Quỹ “Vì người nghèo”; tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp cuối năm của HĐND xã.",
        "Nơi nhận: - Ủy ban MTTQ huyện; - TT Đảng ủy xã; - Lưu.",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Đỗ Thị Bình",
    ],
    planted=[
        ("part-exceeds-whole", "1.912 hộ",
         "The commune has 1.846 households; 1.912 households cannot have registered."),
        ("sum-mismatch", "198,4 triệu đồng",
         "150 + 26,5 + 12 = 188,5 triệu đồng, not 198,4."),
        ("derived-mismatch", "còn lại 2 nhà chưa khởi công",
         "Plan 12 houses − 9 started = 3 not started, not 2."),
        ("other", "31/11/2023",
         "Impossible date: November has 30 days (deadline for finishing the 12 houses)."),
    ],
))

# ---------------------------------------------------------------- D15 (clean)
def d15(C):
    C.ok("attendance", 21 + 2 + 3, 26)
    C.ok("officials present", 21, 23 - 2)
    C.ok("vote majority", 19 * 2 > 23, True)
    C.ok("vote sum", 19 + 2, 21)
    C.ok("thoát nghèo quý I", P(5, 16), "31,25")
    C.ok("hộ nộp", P(7, 8, 1), "87,5")
    C.ok("vượt 17%", D(40 * 1.17, 1), "46,8")

DOCS.append(dict(
    name="nq15_chi_bo_to_dan_pho_quy2",
    genre="nghi_quyet",
    officials=23,
    check=d15,
    lines=[
        "ĐẢNG BỘ PHƯỜNG LONG BIÊN",
        "CHI BỘ TỔ DÂN PHỐ SỐ 7",
        "Số 03-NQ/CB",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Long Biên, ngày 08 tháng 4 năm 2026",
        "NGHỊ QUYẾT",
        "về lãnh đạo thực hiện nhiệm vụ quý II năm 2026",
        "Ngày 06/4/2026, Chi bộ Tổ dân phố số 7 họp thường kỳ, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ quý I và thảo luận, quyết định nhiệm vụ quý II năm 2026. Chi bộ có 26 đảng viên (chính thức 23, dự bị 3); dự họp 21 đảng viên chính thức và 2 đảng viên dự bị; 3 đồng chí vắng có lý do.",
        "I. KẾT QUẢ QUÝ I NĂM 2026",
        "Chi bộ lãnh đạo Tổ dân phố hoàn thành tốt các nhiệm vụ trọng tâm: vận động Nhân dân đón Tết an toàn, tiết kiệm; tổ chức Ngày hội Văn hóa thể thao của tổ. Có 5/16 hộ cận nghèo đăng ký thoát nghèo đã có xác nhận thoát nghèo, bằng 31,25% kế hoạch năm; các hộ còn lại được phân công đảng viên giúp đỡ.",
        "Vận động ủng hộ Quỹ khuyến học của tổ được 46,8 triệu đồng, vượt 17% so với kế hoạch cả năm (40 triệu đồng). Có 7/8 cụm dân cư thực hiện phân loại rác tại nguồn, đạt 87,5%; cụm 3 chưa triển khai do đang cải tạo điểm tập kết.",
        "Công tác xây dựng Đảng: chi bộ duy trì sinh hoạt thường kỳ, sinh hoạt chuyên đề quý I về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; hoàn thành thu đảng phí quý I đúng quy định.",
        "II. NHIỆM VỤ QUÝ II NĂM 2026",
        "1. Tiếp tục tuyên truyền, quán triệt các văn bản mới của Trung ương, Thành ủy, Đảng ủy phường đến đảng viên và Nhân dân.",
        "2. Lãnh đạo Tổ dân phố hoàn thành phân loại rác tại nguồn ở 8/8 cụm dân cư trước ngày 30/6/2026; vận động thêm ít nhất 4 hộ cận nghèo thoát nghèo.",
        "3. Chuẩn bị tốt điều kiện tổ chức Lễ kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh; tổ chức cho thiếu nhi sinh hoạt hè an toàn.",
        "4. Bồi dưỡng 2 quần chúng ưu tú tham gia lớp nhận thức về Đảng; đề nghị kết nạp đảng khi đủ điều kiện.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Chi ủy phân công đảng viên phụ trách từng cụm dân cư, từng hộ cận nghèo; Tổ trưởng tổ dân phố xây dựng kế hoạch cụ thể; định kỳ báo cáo chi bộ tại các kỳ sinh hoạt.",
        "Nghị quyết đã được chi bộ biểu quyết thông qua tại kỳ họp ngày 06/4/2026 với 19/21 đảng viên chính thức có mặt tán thành, 2 đồng chí không tán thành.",
        "Nơi nhận: - Đảng ủy phường (b/c); - Đảng viên trong chi bộ; - Lưu chi bộ.",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Nguyễn Thị Thu Hà",
    ],
    planted=[],
))

# ---------------------------------------------------------------- D16
def d16(C):
    C.ok("thu tăng", P(3264 - 2905, 2905, 1), "12,4")
    C.ok("thu đạt", P(3264, 6800, 1), "48,0")
    C.ok("giải ngân", P(412, 1067, 1), "38,6")
    C.ok("xuất khẩu", P(1742, 3500, 1), "49,8")
    C.bad("còn chỉ tiêu chưa đạt", 15 - 14, 2)
    C.bad("figure restated", 3246, 3264)

DOCS.append(dict(
    name="tin16_ubnd_tinh_6thang",
    genre="tin_hoi_nghi",
    officials=None,
    check=d16,
    lines=[
        "UBND tỉnh họp phiên thường kỳ tháng 6, đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2019",
        "(Cổng TTĐT tỉnh) - Ngày 28/6/2019, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6 để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2019. Đồng chí Trần Hữu Thế, Phó Chủ tịch Thường trực UBND tỉnh chủ trì phiên họp.",
        "Theo báo cáo của Sở Kế hoạch và Đầu tư, 6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn đạt 3.264 tỷ đồng, bằng 48,0% dự toán năm (6.800 tỷ đồng), tăng 12,4% so với cùng kỳ (2.905 tỷ đồng). Kim ngạch xuất khẩu đạt 1.742 triệu USD, bằng 49,8% kế hoạch năm, vượt kế hoạch đề ra.",
        "Giải ngân vốn đầu tư công đến 20/6 được 412 tỷ đồng, mới đạt 38,6% kế hoạch vốn giao (1.067 tỷ đồng), thấp hơn mức bình quân chung. Tỷ lệ thất nghiệp khu vực thành thị khoảng 2,9%, trong mục tiêu dưới 3%.",
        "Trong 15 chỉ tiêu chủ yếu có thể đánh giá 6 tháng, có 14 chỉ tiêu đạt tiến độ; còn 2 chỉ tiêu chưa đạt là chỉ tiêu về thu hút vốn đầu tư trực tiếp nước ngoài.",
        "Các đại biểu thảo luận, phân tích nguyên nhân giải ngân chậm: một số dự án vướng giải phóng mặt bằng; chủ đầu tư chậm hoàn thiện thủ tục thanh toán; nhà thầu năng lực hạn chế. Giám đốc Sở Tài chính cho biết, nguồn thu tiền sử dụng đất tăng khá, góp phần đưa tổng thu ngân sách 6 tháng đạt 3.246 tỷ đồng; tuy nhiên thu từ khu vực doanh nghiệp nhà nước giảm.",
        "Kết luận phiên họp, Chủ tịch UBND tỉnh Trần Hữu Thế đề nghị các sở, ngành, địa phương tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng, phấn đấu đến 30/9 giải ngân đạt trên 60% kế hoạch vốn; Cục Thuế tỉnh tăng cường chống thất thu, xử lý nợ đọng thuế; Sở Công Thương hỗ trợ doanh nghiệp tìm kiếm thị trường xuất khẩu trong bối cảnh thương mại thế giới có nhiều biến động.",
        "Cũng tại phiên họp, UBND tỉnh cho ý kiến vào các tờ trình trình kỳ họp thứ 9 HĐND tỉnh, gồm các dự thảo nghị quyết về phí, lệ phí, về điều chỉnh kế hoạch đầu tư công trung hạn và về chính sách hỗ trợ phát triển hợp tác xã.",
        "Hồng Nhung",
    ],
    planted=[
        ("target-status-mismatch", "vượt kế hoạch đề ra",
         "Exports at 49,8% of the annual plan after 6 months are mid-period progress, not 'vượt kế hoạch'."),
        ("derived-mismatch", "còn 2 chỉ tiêu chưa đạt",
         "15 − 14 = 1 target left; the sentence also names only one (FDI)."),
        ("figure-inconsistent", "3.246 tỷ đồng",
         "6-month budget revenue is 3.264 tỷ đồng earlier in the article; restated as 3.246 (swapped digits)."),
        ("name-inconsistent", "Chủ tịch UBND tỉnh Trần Hữu Thế",
         "Trần Hữu Thế is introduced as Phó Chủ tịch Thường trực UBND tỉnh; title changes to Chủ tịch."),
    ],
))
