from lib import P, N, D

DOCS = []

# ---------------------------------------------------------------- D09 (clean)
def d09(C):
    C.ok("mid-year 52%", P(312, 600, 0), "52")
    C.ok("quỹ", 500 + 450 + 300, 1250)
    C.ok("cơ sở hội", P(86, 118), "72,88")
    C.ok("nợ quá hạn half-up 0,625", P(29, 4640), "0,63")
    C.ok("vận động", 86500 + 120000 + 48200, 254700)
    C.ok("tập huấn above plan", 46 > 40, True)
    C.ok("SXKD giỏi", P(3150, 4200, 0), "75")

DOCS.append(dict(
    name="bc09_hoi_nong_dan_huyen_6thang",
    genre="bao_cao",
    officials=None,
    check=d09,
    lines=[
        "HỘI NÔNG DÂN TỈNH NGHỆ AN",
        "BCH HỘI NÔNG DÂN HUYỆN YÊN THÀNH",
        "Số: 47-BC/HND",
        "Yên Thành, ngày 18 tháng 6 năm 2021",
        "BÁO CÁO",
        "Sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021",
        "I. CÔNG TÁC TUYÊN TRUYỀN, XÂY DỰNG TỔ CHỨC HỘI",
        "Các cấp Hội tổ chức 214 buổi tuyên truyền với 15.620 lượt hội viên tham gia. Toàn huyện hiện có 18.426 hội viên, trong đó nữ 6.913 hội viên, hội viên là người công giáo 1.082 người.",
        "6 tháng đầu năm kết nạp 312 hội viên mới, đạt 52% chỉ tiêu năm (600 hội viên); trong đó 126 hội viên nữ, 87 hội viên dưới 35 tuổi. Có 86/118 chi hội được xếp loại vững mạnh, chiếm 72,88%.",
        "II. CÁC PHONG TRÀO THI ĐUA",
        "1. Phong trào nông dân sản xuất, kinh doanh giỏi: có 3.150/4.200 hộ đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi các cấp, đạt 75% số hộ hội viên chăn nuôi, trồng trọt hàng hóa.",
        "2. Hoạt động dịch vụ, tư vấn, hỗ trợ nông dân: Tổ chức 46 lớp tập huấn chuyển giao khoa học kỹ thuật cho 2.310 lượt hội viên, vượt kế hoạch 6 tháng (40 lớp). Nguồn Quỹ Hỗ trợ nông dân hiện quản lý 1,25 tỷ đồng, gồm: Trung ương Hội ủy thác 500 triệu đồng, tỉnh Hội 450 triệu đồng, huyện 300 triệu đồng; đã giải ngân cho 5 dự án chăn nuôi bò và trồng rau an toàn.",
        "Dư nợ ủy thác qua Ngân hàng Chính sách xã hội: 4.640 hộ hội viên đang vay vốn, có 29 hộ nợ quá hạn, chiếm 0,63%; các tổ tiết kiệm và vay vốn duy trì sinh hoạt định kỳ.",
        "3. Công tác an sinh: Các cấp Hội vận động ủng hộ hội viên gặp khó khăn do dịch bệnh được 254 triệu 700 nghìn đồng, trong đó cán bộ, hội viên đóng góp 86 triệu 500 nghìn đồng, doanh nghiệp 120 triệu đồng, các nhà hảo tâm 48 triệu 200 nghìn đồng.",
        "4. Tham gia xây dựng nông thôn mới: Hội viên hiến 6.840 m2 đất, đóng góp 3.200 ngày công làm đường giao thông nội đồng.",
        "III. ĐÁNH GIÁ CHUNG",
        "Công tác Hội và phong trào nông dân 6 tháng đạt kết quả khá; một số chỉ tiêu thực hiện tốt như tập huấn kỹ thuật, phát triển hội viên. Hạn chế: hoạt động của một số chi hội còn hình thức; nguồn Quỹ Hỗ trợ nông dân tăng chậm.",
        "IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
        "Phấn đấu kết nạp thêm 288 hội viên để hoàn thành chỉ tiêu năm; tăng nguồn Quỹ Hỗ trợ nông dân thêm 200 triệu đồng; giảm tỷ lệ nợ quá hạn xuống dưới 0,5%; tiếp tục vận động hội viên tham gia xây dựng nông thôn mới kiểu mẫu.",
        "Nơi nhận: - Tỉnh Hội (b/c); - TT Huyện ủy (b/c); - Lưu VP.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Nguyễn Văn Sáu",
    ],
    planted=[],
))

# ---------------------------------------------------------------- D10
def d10(C):
    C.bad("thu NS parts", D(5.2 + 3.2, 1), "8,6")
    C.bad("hộ nghèo giảm", D(3.87 - 3.12, 2), "0,85")
    C.ok("mid total 2024 recap", P(4812, 5000, 2), "96,24")
    C.ok("BHYT target tăng", D(94.5 - 93.2, 1), "1,3")

DOCS.append(dict(
    name="nq10_dang_uy_xa_nhiem_vu_2025",
    genre="nghi_quyet",
    officials=None,
    check=d10,
    lines=[
        "ĐẢNG BỘ HUYỆN TAM NÔNG",
        "ĐẢNG ỦY XÃ HƯNG THẠNH",
        "Số 21-NQ/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hưng Thạnh, ngày 20 tháng 12 năm 2024",
        "NGHỊ QUYẾT",
        "về phương hướng, nhiệm vụ năm 2025",
        "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 24 (mở rộng) đã thảo luận, đánh giá kết quả thực hiện nhiệm vụ năm 2024 và thống nhất phương hướng, nhiệm vụ năm 2025.",
        "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024",
        "Năm 2024, kinh tế của xã tiếp tục phát triển; tổng sản lượng lúa 4.812 tấn, bằng 96,24% kế hoạch (5.000 tấn) do ảnh hưởng hạn mặn đầu vụ. Tỷ lệ hộ nghèo giảm còn 3,12%, giảm 0,85% so với năm 2023 (3,87%). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%. Quốc phòng, an ninh được giữ vững; hoàn thành 100% chỉ tiêu giao quân.",
        "Công tác xây dựng Đảng được chú trọng; kết nạp 12 đảng viên mới; tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ. Hạn chế: thu ngân sách đạt thấp ở một số khoản thu; tiến độ chỉnh trang khu dân cư còn chậm.",
        "II. MỤC TIÊU, CHỈ TIÊU NĂM 2025",
        "Mục tiêu tổng quát: Tiếp tục xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững; giữ vững quốc phòng, an ninh. Nghị quyết xác định 5 chỉ tiêu chủ yếu sau:",
        "1. Tổng sản lượng lúa đạt từ 5.000 tấn trở lên.",
        "2. Tổng thu ngân sách trên địa bàn phấn đấu đạt 8,6 tỷ đồng (thu cân đối 5,2 tỷ đồng, thu bổ sung từ ngân sách cấp trên 3,2 tỷ đồng).",
        "3. Tỷ lệ hộ nghèo giảm còn dưới 2,5%.",
        "4. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,5% trở lên (tăng 1,3 điểm phần trăm so với năm 2024).",
        "5. Kết nạp từ 12 đảng viên mới trở lên; 100% chi bộ ấp sinh hoạt chuyên đề ít nhất một quý một lần.",
        "6. Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao; 100% tuyến đường ấp được chiếu sáng.",
        "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
        "1. Tập trung chỉ đạo chuyển đổi cơ cấu cây trồng thích ứng hạn mặn; nhân rộng mô hình lúa - tôm. 2. Tăng cường quản lý, chống thất thu ngân sách. 3. Thực hiện đồng bộ các chính sách giảm nghèo bền vững; vận động hộ cận nghèo tham gia bảo hiểm y tế. 4. Nâng cao chất lượng sinh hoạt chi bộ, công tác phát triển đảng viên.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Các chi bộ trực thuộc tổ chức quán triệt nghị quyết, xây dựng chương trình hành động; Đảng ủy giao Ủy ban nhân dân xã cụ thể hóa thành kế hoạch; Ủy ban Kiểm tra Đảng ủy giúp Ban Chấp hành kiểm tra, giám sát việc thực hiện.",
        "Nơi nhận: - Ban Thường vụ Huyện ủy (b/c); - Các chi bộ trực thuộc; - Lưu VPĐU.",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "Trần Văn Lũy",
    ],
    planted=[
        ("derived-mismatch", "giảm 0,85%",
         "3,87% − 3,12% = 0,75 percentage points, not 0,85."),
        ("count-mismatch", "5 chỉ tiêu chủ yếu",
         "Announced 5 targets, the numbered list that follows has 6 items."),
        ("sum-mismatch", "8,6 tỷ đồng",
         "5,2 + 3,2 = 8,4 tỷ đồng, not 8,6."),
    ],
))

# ---------------------------------------------------------------- D11
VOTES11 = [("Nguyễn Văn Thành", 136), ("Lê Thị Phương", 131), ("Trần Quốc Huy", 128),
           ("Phạm Thị Yến", 124), ("Hoàng Minh Đức", 119), ("Bùi Văn Khánh", 112),
           ("Đặng Thị Ngân", 105), ("Vũ Đình Phong", 98), ("Ngô Thị Thanh Xuân", 87),
           ("Đinh Văn Toản", 61), ("Lý Thị Mơ", 54)]
SHOWN11 = {"Bùi Văn Khánh": "80,85"}

def d11(C):
    C.bad("attendance", 142 + 4, 145)
    C.ok("ballots", 139 + 3, 142)
    for n, v in VOTES11:
        s = SHOWN11.get(n, P(v, 139))
        (C.bad if n in SHOWN11 else C.ok)("pct " + n, P(v, 139), s)
    C.bad("list count 12 vs 11", len(VOTES11), 12)
    C.ok("elected 9 > half", all(v * 2 > 139 for _, v in VOTES11[:9]), True)
    C.ok("not elected", all(v * 2 < 139 for _, v in VOTES11[9:]), True)

_rows11 = [f"{i}\t{n}\t{v}\t{SHOWN11.get(n, P(v, 139))}%" for i, (n, v) in enumerate(VOTES11, 1)]

DOCS.append(dict(
    name="bb11_kiem_phieu_bch_dang_bo_xa",
    genre="bien_ban",
    officials=None,
    check=d11,
    lines=[
        "ĐẢNG BỘ HUYỆN KIẾN XƯƠNG",
        "ĐẠI HỘI ĐẢNG BỘ XÃ BÌNH MINH",
        "LẦN THỨ XXV, NHIỆM KỲ 2020 - 2025",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bình Minh, ngày 24 tháng 6 năm 2020",
        "BIÊN BẢN KIỂM PHIẾU",
        "Bầu Ban Chấp hành Đảng bộ xã khóa XXV, nhiệm kỳ 2020 - 2025",
        "Đại hội triệu tập 145 đại biểu; có mặt 142 đại biểu, vắng 4 đại biểu (có lý do). Đại hội thống nhất số lượng Ban Chấp hành khóa mới là 09 đồng chí; danh sách bầu cử gồm 12 đồng chí.",
        "Ban Kiểm phiếu gồm 05 đồng chí do đồng chí Tạ Quang Huân làm Trưởng ban. Hình thức bầu cử: bỏ phiếu kín.",
        "Đại hội đã biểu quyết thông qua danh sách bầu cử bằng giơ thẻ đại biểu; các đồng chí trong danh sách đều đủ tiêu chuẩn, điều kiện theo quy định, không có đồng chí nào xin rút. Ban Kiểm phiếu đã kiểm tra thùng phiếu trước sự chứng kiến của Đại hội.",
        "I. KẾT QUẢ KIỂM PHIẾU",
        "Số phiếu phát ra: 142 phiếu; số phiếu thu vào: 142 phiếu; số phiếu hợp lệ: 139 phiếu; số phiếu không hợp lệ: 03 phiếu.",
        "Kết quả bầu cử của từng đồng chí (tỷ lệ so với số phiếu hợp lệ):",
        "TT\tHọ và tên\tSố phiếu\tTỷ lệ",
        *_rows11,
        "II. KẾT QUẢ TRÚNG CỬ",
        "Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có số phiếu bầu quá một nửa so với số phiếu hợp lệ, lấy theo thứ tự từ cao xuống thấp đến đủ số lượng, trúng cử Ban Chấp hành Đảng bộ xã khóa XXV, gồm 09 đồng chí: Nguyễn Văn Thành, Lê Thị Phương, Trần Quốc Huy, Phạm Thị Yến, Hoàng Minh Đức, Bùi Văn Khánh, Đặng Thị Ngân, Vũ Đình Phòng, Ngô Thị Thanh Xuân.",
        "Các đồng chí Đinh Văn Toản, Lý Thị Mơ có số phiếu bầu không quá một nửa so với số phiếu hợp lệ nên không trúng cử.",
        "Ban Kiểm phiếu đã niêm phong phiếu bầu và bàn giao cho Đoàn Chủ tịch theo quy định. Biên bản được lập thành 03 bản, công bố trước Đại hội vào lúc 15 giờ 10 phút ngày 24/6/2020.",
        "Các thành viên Ban Kiểm phiếu ký tên:",
        "Tạ Quang Huân (Trưởng ban); Nguyễn Thị Lụa; Phạm Văn Kiên; Đoàn Thị Hiền; Mai Văn Thuận.",
    ],
    planted=[
        ("attendance-mismatch", "vắng 4 đại biểu",
         "145 summoned − 142 present = 3 absent, not 4 (142 ballots issued confirms 142 present)."),
        ("count-mismatch", "danh sách bầu cử gồm 12 đồng chí",
         "The vote table lists 11 candidates, not 12."),
        ("percent-mismatch", "80,85%",
         "Bùi Văn Khánh: 112 / 139 = 80,58% (digits swapped)."),
        ("name-inconsistent", "Vũ Đình Phòng",
         "The table spells the candidate 'Vũ Đình Phong'; the elected list writes 'Vũ Đình Phòng'."),
    ],
))

# ---------------------------------------------------------------- D12 (clean)
def d12(C):
    C.ok("kết nạp 115%", P(23, 20, 0), "115")
    for v, s in [(5, "17,86"), (20, "71,43"), (3, "10,71")]:
        C.ok("TCĐ rating", P(v, 28), s)
    C.ok("TCĐ sum", 5 + 20 + 3, 28)
    for v, s in [(134, "14,69"), (701, "76,86"), (68, "7,46"), (9, "0,99")]:
        C.ok("ĐV rating", P(v, 912), s)
    C.ok("ĐV sum", 134 + 701 + 68 + 9, 912)
    C.ok("thu NS", P(12.46, 10, 1), "124,6")
    C.ok("thu NS tăng", P(12.46 - 11.5, 11.5, 1), "8,3")
    C.ok("hộ nghèo < 2", 1.92 < 2, True)
    C.ok("HTT trở lên", P(134 + 701, 912, 1), "91,6")

DOCS.append(dict(
    name="tin12_dang_bo_xa_tong_ket_2024",
    genre="tin_hoi_nghi",
    officials=None,
    check=d12,
    lines=[
        "Đảng bộ xã Phước Hưng tổng kết công tác xây dựng Đảng năm 2024",
        "(Cổng TTĐT huyện) - Sáng 10/01/2025, Đảng ủy xã Phước Hưng tổ chức Hội nghị tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lê Thành Nhân, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy cùng 120 đại biểu là bí thư chi bộ, đảng viên tiêu biểu và cán bộ chủ chốt của xã.",
        "Theo báo cáo, năm 2024 Đảng bộ xã kết nạp được 23 đảng viên mới, đạt 115% chỉ tiêu Huyện ủy giao (20 đảng viên), vượt chỉ tiêu; trong số đảng viên mới có 14 đồng chí là đoàn viên thanh niên, 9 đồng chí là nữ. Toàn Đảng bộ hiện có 28 chi bộ trực thuộc với 958 đảng viên.",
        "Kết quả đánh giá, xếp loại chất lượng năm 2024: trong 28 chi bộ trực thuộc, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (17,86%), 20 chi bộ hoàn thành tốt nhiệm vụ (71,43%), 3 chi bộ hoàn thành nhiệm vụ (10,71%); không có chi bộ không hoàn thành nhiệm vụ.",
        "Về đảng viên, có 912 đồng chí được đánh giá (46 đồng chí miễn đánh giá do tuổi cao, sức yếu), trong đó 134 đồng chí hoàn thành xuất sắc nhiệm vụ (14,69%), 701 đồng chí hoàn thành tốt nhiệm vụ (76,86%), 68 đồng chí hoàn thành nhiệm vụ (7,46%), 9 đồng chí không hoàn thành nhiệm vụ (0,99%). Như vậy, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 91,6%.",
        "Cùng với công tác xây dựng Đảng, Đảng ủy đã lãnh đạo hoàn thành các chỉ tiêu kinh tế - xã hội: thu ngân sách trên địa bàn đạt 12,46 tỷ đồng, bằng 124,6% dự toán huyện giao (10 tỷ đồng), tăng 8,3% so với năm 2023 (11,5 tỷ đồng); tỷ lệ hộ nghèo giảm còn 1,92%, đạt chỉ tiêu nghị quyết (dưới 2%).",
        "Phát biểu chỉ đạo, đồng chí Trưởng Ban Tổ chức Huyện ủy ghi nhận kết quả Đảng bộ xã đạt được, đề nghị trong năm 2025 tập trung chuẩn bị tốt đại hội chi bộ, đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030; quan tâm tạo nguồn phát triển đảng viên ở các ấp còn ít đảng viên trẻ; kiên quyết xử lý đảng viên không hoàn thành nhiệm vụ hai năm liền.",
        "Dịp này, Đảng ủy xã khen thưởng 4 chi bộ hoàn thành xuất sắc nhiệm vụ tiêu biểu và 18 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2024; trao Huy hiệu 40 năm tuổi Đảng cho 3 đồng chí.",
        "Năm 2025, Đảng bộ xã phấn đấu kết nạp từ 22 đảng viên trở lên; có từ 85% chi bộ hoàn thành tốt nhiệm vụ trở lên; thu ngân sách vượt từ 5% dự toán trở lên.",
        "Minh Tâm",
    ],
    planted=[],
))
