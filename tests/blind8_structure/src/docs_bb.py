from common import M, A, AB, D, T, K, S, G

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bb01_chibo_thuongky_thon",
    text="""ĐẢNG BỘ XÃ HÒA TIẾN\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN ĐÔNG LẠC
\t*
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025
- Thời gian: Bắt đầu lúc 19 giờ 30 phút, ngày 08/10/2025.
- Địa điểm: Nhà văn hóa thôn Đông Lạc.
- Chủ trì: Đồng chí Trần Văn Hiếu, Bí thư Chi bộ.
- Thư ký: Đồng chí Nguyễn Thị Mai Anh, Chi ủy viên.
- Đại biểu dự: Đồng chí Lê Quang Vinh, Đảng ủy viên, phụ trách địa bàn thôn.
- Tổng số đảng viên của chi bộ: 26 đồng chí (chính thức: 23; dự bị: 03).
- Có mặt: 22 đồng chí (chính thức: 20; dự bị: 02).
- Vắng: 04 đồng chí, trong đó:
+ Có lý do 03 đồng chí: Phạm Văn Lộc (ốm, đang điều trị tại bệnh viện); Đỗ Thị Hạnh (đi làm ăn xa tại Bình Dương); Vũ Minh Tâm (đảng viên dự bị, bận việc gia đình).
+ Không lý do 01 đồng chí: Hoàng Văn Sáu.
NỘI DUNG SINH HOẠT
1. Thông tin thời sự, quán triệt văn bản cấp trên
Đồng chí Bí thư Chi bộ thông tin tình hình thời sự nổi bật trong tháng; quán triệt Kế hoạch số 27-KH/ĐU, ngày 29/9/2025 của Đảng ủy xã về tổ chức lấy ý kiến góp ý dự thảo văn kiện trình Đại hội Đảng bộ tỉnh.
2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9/2025
Đồng chí Lê Thị Thu Hà, Phó Bí thư Chi bộ báo cáo: thôn thu hoạch xong 86,5 ha lúa mùa, năng suất bình quân ước đạt 57 tạ/ha; vận động được 214/220 hộ nộp quỹ làm đường giao thông nội đồng, đạt 97,27%; thu đảng phí quý III được 2.340.000 đồng, nộp Đảng ủy xã đúng hạn. Quần chúng Đinh Văn Khoa đã hoàn thành lớp bồi dưỡng nhận thức về Đảng.
3. Ý kiến thảo luận
- Đồng chí Nguyễn Văn Thành: đề nghị chi bộ chỉ đạo Ban công tác Mặt trận rà soát các hộ chưa nộp quỹ, có hình thức vận động phù hợp với hoàn cảnh từng hộ.
- Đồng chí Đinh Thị Lan: đề nghị phân công đảng viên theo dõi việc thu gom rác thải tại các cụm dân cư, nhất là khu vực chợ thôn.
- Đồng chí Lê Quang Vinh (đại biểu Đảng ủy xã): ghi nhận kết quả của chi bộ, đề nghị chi bộ quan tâm hơn đến công tác tạo nguồn phát triển đảng viên trong đoàn viên thanh niên.
4. Kết luận của đồng chí chủ trì, nhiệm vụ tháng 10/2025
(1) Hoàn thành thu quỹ làm đường giao thông nội đồng đối với 06 hộ còn lại trước ngày 25/10/2025; giao đồng chí Trưởng thôn Nguyễn Văn Thành chịu trách nhiệm.
(2) Chỉ đạo làm đất, chuẩn bị giống cho vụ đông năm 2025.
(3) Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đinh Văn Khoa, trình Đảng ủy xã trong tháng 10/2025; đồng chí Lê Thị Thu Hà phụ trách.
(4) Các đảng viên nghiên cứu, góp ý dự thảo văn kiện theo Kế hoạch số 27-KH/ĐU, gửi ý kiến bằng văn bản về chi ủy trước ngày 20/10/2025.
5. Biểu quyết
Chi bộ biểu quyết thông qua Nghị quyết tháng 10/2025: 20/20 đảng viên chính thức có mặt tán thành, đạt 100%.
Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua. Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày.
THƯ KÝ\t\t\t\tT/M CHI BỘ
\t\t\t\t\tBÍ THƯ
Nguyễn Thị Mai Anh\t\t\tTrần Văn Hiếu
""",
    pcts=[("97,27%", 214, 220), ("100%", 20, 20)],
    free_pcts=[],
    gold=G("bien_ban", "CHI BỘ THÔN ĐÔNG LẠC", "ĐẢNG BỘ XÃ HÒA TIẾN", None, None, "2025-10-08",
           "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025",
           M("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025", "thường kỳ", "19:30", "21:10", "2025-10-08",
             "Nhà văn hóa thôn Đông Lạc", ["Trần Văn Hiếu"], "Nguyễn Thị Mai Anh", None),
           A(26, 23, 3, 22, 4, [AB("Phạm Văn Lộc", "ốm, đang điều trị tại bệnh viện"),
                                AB("Đỗ Thị Hạnh", "đi làm ăn xa tại Bình Dương"),
                                AB("Vũ Minh Tâm", "bận việc gia đình"),
                                AB("Hoàng Văn Sáu", "Không lý do")]),
           [D("resolution", 20, None, None, 20, None, "thông qua")],
           [],
           [K("Hoàn thành thu quỹ làm đường giao thông nội đồng đối với 06 hộ còn lại",
              "đồng chí Trưởng thôn Nguyễn Văn Thành", "trước ngày 25/10/2025"),
            K("Chỉ đạo làm đất, chuẩn bị giống cho vụ đông năm 2025", None, None),
            K("Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đinh Văn Khoa, trình Đảng ủy xã",
              "đồng chí Lê Thị Thu Hà", "trong tháng 10/2025"),
            K("nghiên cứu, góp ý dự thảo văn kiện theo Kế hoạch số 27-KH/ĐU, gửi ý kiến bằng văn bản về chi ủy",
              "Các đảng viên", "trước ngày 20/10/2025")],
           [S("THƯ KÝ", None, "Nguyễn Thị Mai Anh"), S("T/M CHI BỘ", "BÍ THƯ", "Trần Văn Hiếu")],
           [],
           ["86,5 ha", "57 tạ/ha", "214/220 hộ", "97,27%", "2.340.000 đồng",
            "20/20 đảng viên chính thức có mặt tán thành"],
           ["19 giờ 30 phút", "27-KH/ĐU", "29/9/2025", "21 giờ 10 phút", "tháng 9/2025"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bb02_chibo_kyluat_coquan",
    text="""ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN THẠCH HÀ          ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH
              *
Số 07-BB/CB                                        Thạch Hà, ngày 17 tháng 3 năm 2022
BIÊN BẢN
HỌP CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN
Hôm nay, vào hồi 14h00 ngày 17/3/2022, tại phòng họp tầng 2, trụ sở UBND huyện, Chi bộ Phòng Tài chính - Kế hoạch tiến hành họp để xem xét, đề nghị thi hành kỷ luật đối với đồng chí Nguyễn Hữu Phước, đảng viên, chuyên viên của phòng.
Chủ tọa: đồng chí Trần Thị Kim Oanh - Bí thư Chi bộ, Trưởng phòng.
Người ghi biên bản: đồng chí Lê Đình Tú - Chi ủy viên.
Dự họp có đồng chí Phan Văn Định, Ủy viên Ủy ban Kiểm tra Huyện ủy.
Chi bộ có 13 đảng viên (12 chính thức, 01 dự bị); có mặt 12 đồng chí; vắng 01 đồng chí (đồng chí Võ Thị Thanh Nga, đảng viên chính thức, đi học lớp Cao cấp lý luận chính trị tập trung).
I. DIỄN BIẾN CUỘC HỌP
1. Đồng chí chủ tọa quán triệt mục đích, yêu cầu; thông qua kết luận kiểm tra của Ủy ban Kiểm tra Huyện ủy. Theo đó, năm 2021, đồng chí Nguyễn Hữu Phước được phân công thẩm định hồ sơ tạm ứng của các đơn vị dự toán nhưng đã tham mưu cho 03 đơn vị tạm ứng vượt quy định tổng số 185.600.000 đồng. Đến ngày 10/3/2022, các đơn vị đã hoàn trả 120.000.000 đồng, bằng 64,66% số tiền tạm ứng vượt.
2. Đồng chí Nguyễn Hữu Phước trình bày bản kiểm điểm, nhận khuyết điểm do chủ quan, chưa nghiên cứu kỹ quy định; cam kết đôn đốc hoàn trả số tiền còn lại.
3. Ý kiến đảng viên:
- Đồng chí Hồ Sỹ Hùng: vi phạm gây hậu quả không lớn, đồng chí Phước có thái độ tiếp thu nghiêm túc; đề nghị hình thức khiển trách.
- Đồng chí Lê Đình Tú: thống nhất với ý kiến đồng chí Hùng, đồng thời đề nghị chi bộ rút kinh nghiệm trong việc phân công người kiểm soát hồ sơ.
- Đồng chí Nguyễn Thị Lý: vi phạm kéo dài nhiều tháng, đề nghị hình thức cảnh cáo.
- Đồng chí Phan Văn Định (Ủy ban Kiểm tra Huyện ủy): đề nghị chi bộ bỏ phiếu kín đúng quy trình.
II. KẾT QUẢ
Kết quả bỏ phiếu kín: số phiếu phát ra 11, số phiếu thu về 11, số phiếu hợp lệ 11. Trong đó: hình thức khiển trách 09 phiếu (81,82%); hình thức cảnh cáo 02 phiếu (18,18%).
Chi bộ biểu quyết thông qua nghị quyết đề nghị Đảng ủy Cơ quan chính quyền huyện thi hành kỷ luật đồng chí Nguyễn Hữu Phước bằng hình thức khiển trách: 10/11 đảng viên chính thức có mặt tán thành (90,91%), 01 đồng chí không tán thành.
Giao đồng chí Bí thư Chi bộ hoàn thiện hồ sơ, báo cáo Đảng ủy Cơ quan chính quyền huyện trước ngày 25/3/2022. Đồng chí Nguyễn Hữu Phước có trách nhiệm đôn đốc hoàn trả số tiền còn lại 65.600.000 đồng trong quý II/2022.
Cuộc họp kết thúc vào hồi 16h20 cùng ngày; biên bản đã được thông qua trước chi bộ.
NGƯỜI GHI BIÊN BẢN
(Ký, ghi rõ họ tên)
Lê Đình Tú
CHỦ TỌA
(Ký, ghi rõ họ tên)
Trần Thị Kim Oanh
Nơi nhận:
- Ủy ban Kiểm tra Huyện ủy;
- Đảng ủy Cơ quan chính quyền huyện;
- Lưu chi bộ.
""",
    pcts=[("64,66%", 120000000, 185600000), ("81,82%", 9, 11), ("18,18%", 2, 11), ("90,91%", 10, 11)],
    free_pcts=[],
    gold=G("bien_ban", "CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN THẠCH HÀ",
           "07-BB/CB", "Thạch Hà", "2022-03-17",
           "HỌP CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
           M("HỌP CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "14:00", "16:20",
             "2022-03-17", "phòng họp tầng 2, trụ sở UBND huyện", ["Trần Thị Kim Oanh"], "Lê Đình Tú", None),
           A(13, 12, 1, 12, 1, [AB("Võ Thị Thanh Nga", "đi học lớp Cao cấp lý luận chính trị tập trung")]),
           [D("discipline", 9, None, None, 11, "Nguyễn Hữu Phước", "khiển trách"),
            D("vote", 10, 1, None, 11, None, "thông qua")],
           [],
           [K("hoàn thiện hồ sơ, báo cáo Đảng ủy Cơ quan chính quyền huyện", "đồng chí Bí thư Chi bộ",
              "trước ngày 25/3/2022"),
            K("có trách nhiệm đôn đốc hoàn trả số tiền còn lại 65.600.000 đồng", "Đồng chí Nguyễn Hữu Phước",
              "trong quý II/2022")],
           [S("NGƯỜI GHI BIÊN BẢN", None, "Lê Đình Tú"), S("CHỦ TỌA", None, "Trần Thị Kim Oanh")],
           ["Ủy ban Kiểm tra Huyện ủy", "Đảng ủy Cơ quan chính quyền huyện", "Lưu chi bộ"],
           ["185.600.000 đồng", "120.000.000 đồng", "64,66%", "09 phiếu (81,82%)", "02 phiếu (18,18%)",
            "10/11 đảng viên chính thức có mặt tán thành (90,91%)", "65.600.000 đồng"],
           ["07-BB/CB", "14h00", "16h20", "10/3/2022", "năm 2021"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bb03_bch_danguy_xa_lan6",
    text="""ĐẢNG BỘ TỈNH ĐỒNG NAI
ĐẢNG ỦY XÃ PHƯỚC HÒA
*
Số 21-BB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phước Hòa, ngày 14 tháng 01 năm 2026
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6 (mở rộng), nhiệm kỳ 2025 - 2030
Thời gian: từ 7 giờ 30 phút đến 11 giờ 45 phút, ngày 14/01/2026.
Địa điểm: Hội trường Đảng ủy xã.
Đồng chí Huỳnh Tấn Lợi, Tỉnh ủy viên, Bí thư Đảng ủy xã chủ trì hội nghị; cùng chủ trì có đồng chí Lâm Thị Ngọc Hân, Phó Bí thư Thường trực Đảng ủy xã và đồng chí Trương Minh Khôi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Thư ký hội nghị: đồng chí Phùng Thị Diệu, Chánh Văn phòng Đảng ủy.
Thành phần: Ban Chấp hành Đảng bộ xã có 31 đồng chí, có mặt 28 đồng chí, vắng 03 đồng chí có lý do (đồng chí Đặng Văn Bảy đi học; đồng chí Lý Thị Hồng nghỉ chế độ thai sản; đồng chí Tô Quốc Việt dự tập huấn tại tỉnh). Dự hội nghị mở rộng có bí thư các chi bộ trực thuộc, trưởng các đoàn thể chính trị - xã hội xã.
NỘI DUNG HỘI NGHỊ
1. Đồng chí Lâm Thị Ngọc Hân trình bày dự thảo báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2025. Tổng thu ngân sách nhà nước trên địa bàn ước đạt 58,62 tỷ đồng, bằng 121,3% dự toán; toàn Đảng bộ kết nạp 37 đảng viên, đạt 105,71% chỉ tiêu Tỉnh ủy giao (35 đảng viên); 94,2% chi bộ trực thuộc được xếp loại hoàn thành tốt nhiệm vụ trở lên.
2. Thảo luận: có 9 lượt ý kiến. Đồng chí Võ Thành Nhân đề nghị bổ sung đánh giá về tiến độ chuyển đổi số; đồng chí Kha Thị Mỹ Lệ đề nghị làm rõ nguyên nhân chậm giải ngân vốn các công trình giao thông nông thôn.
3. Biểu quyết:
- Hội nghị biểu quyết thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026 với 28/28 đồng chí có mặt tán thành (100%).
- Về chủ trương đầu tư Dự án đường liên ấp Bàu Sen - Suối Râm: 25/31 đồng chí Ủy viên Ban Chấp hành tán thành, đạt 80,65% tổng số Ủy viên Ban Chấp hành; 03 đồng chí không tán thành.
4. Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy xã: số phiếu phát ra 28, thu về 28, hợp lệ 28. Đồng chí Ngô Thanh Sơn trúng cử với 27/28 phiếu, đạt 96,43% số phiếu hợp lệ.
5. Kết luận của đồng chí chủ trì:
- Giao Ban Xây dựng Đảng chủ trì, hướng dẫn các chi bộ tổ chức quán triệt, triển khai nghị quyết, hoàn thành trước ngày 31/01/2026.
- Giao Ủy ban nhân dân xã hoàn chỉnh hồ sơ đề xuất chủ trương đầu tư Dự án đường liên ấp Bàu Sen - Suối Râm, trình Ban Thường vụ Đảng ủy trong quý I/2026.
- Giao Văn phòng Đảng ủy hoàn chỉnh, ban hành nghị quyết trước ngày 20/01/2026.
Hội nghị bế mạc lúc 11 giờ 45 phút cùng ngày. Biên bản đã được thông qua tại hội nghị.
NGƯỜI GHI BIÊN BẢN\t\t\tT/M BAN CHẤP HÀNH
\t\t\t\t\tBÍ THƯ
Phùng Thị Diệu\t\t\t\tHuỳnh Tấn Lợi
Nơi nhận:
- Thường trực Tỉnh ủy (để b/c),
- Các đồng chí Ủy viên BCH Đảng bộ xã,
- Lưu Văn phòng Đảng ủy.
""",
    pcts=[("105,71%", 37, 35), ("100%", 28, 28), ("80,65%", 25, 31), ("96,43%", 27, 28)],
    free_pcts=["121,3%", "94,2%"],
    gold=G("bien_ban", "ĐẢNG ỦY XÃ PHƯỚC HÒA", "ĐẢNG BỘ TỈNH ĐỒNG NAI", "21-BB/ĐU", "Phước Hòa", "2026-01-14",
           "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6 (mở rộng), nhiệm kỳ 2025 - 2030",
           M("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6 (mở rộng), nhiệm kỳ 2025 - 2030", "hội nghị BCH",
             "07:30", "11:45", "2026-01-14", "Hội trường Đảng ủy xã",
             ["Huỳnh Tấn Lợi", "Lâm Thị Ngọc Hân", "Trương Minh Khôi"], "Phùng Thị Diệu", None),
           A(31, None, None, 28, 3, [AB("Đặng Văn Bảy", "đi học"), AB("Lý Thị Hồng", "nghỉ chế độ thai sản"),
                                     AB("Tô Quốc Việt", "dự tập huấn tại tỉnh")]),
           [D("resolution", 28, None, None, 28, None, "thông qua"),
            D("vote", 25, 3, None, 31, None, "thông qua"),
            D("election", 27, None, None, 28, "Ngô Thanh Sơn", "trúng cử")],
           [T("kết nạp 37 đảng viên", 35, 37, "đảng viên", "năm 2025", "vượt")],
           [K("chủ trì, hướng dẫn các chi bộ tổ chức quán triệt, triển khai nghị quyết", "Ban Xây dựng Đảng",
              "trước ngày 31/01/2026"),
            K("hoàn chỉnh hồ sơ đề xuất chủ trương đầu tư Dự án đường liên ấp Bàu Sen - Suối Râm, trình Ban Thường vụ Đảng ủy",
              "Ủy ban nhân dân xã", "trong quý I/2026"),
            K("hoàn chỉnh, ban hành nghị quyết", "Văn phòng Đảng ủy", "trước ngày 20/01/2026")],
           [S("NGƯỜI GHI BIÊN BẢN", None, "Phùng Thị Diệu"), S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Huỳnh Tấn Lợi")],
           ["Thường trực Tỉnh ủy (để b/c)", "Các đồng chí Ủy viên BCH Đảng bộ xã", "Lưu Văn phòng Đảng ủy"],
           ["58,62 tỷ đồng", "121,3% dự toán", "37 đảng viên", "105,71%", "94,2%",
            "25/31 đồng chí", "80,65%", "27/28 phiếu"],
           ["21-BB/ĐU", "lần thứ 6", "nhiệm kỳ 2025 - 2030", "7 giờ 30 phút", "9 lượt ý kiến"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bb04_kiemphieu_daihoi_benhvien",
    text="""ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ\t\tĐẢNG CỘNG SẢN VIỆT NAM
BAN KIỂM PHIẾU
*
\t\t\t\tViệt Trì, ngày 09 tháng 8 năm 2025
BIÊN BẢN
KIỂM PHIẾU BẦU BAN CHẤP HÀNH ĐẢNG BỘ BỆNH VIỆN KHÓA VIII, NHIỆM KỲ 2025 - 2030
Hôm nay, hồi 10 giờ 40 phút ngày 09/8/2025, tại Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh, Ban Kiểm phiếu do Đại hội Đảng bộ Bệnh viện lần thứ VIII, nhiệm kỳ 2025 - 2030 bầu ra, gồm các đồng chí:
1/ Đồng chí Cao Văn Thắng - Trưởng ban;
2/ Đồng chí Mai Thị Hương - Ủy viên;
3/ Đồng chí Kiều Đức Anh - Ủy viên,
đã tiến hành kiểm phiếu bầu Ban Chấp hành Đảng bộ Bệnh viện khóa VIII.
I. TÌNH HÌNH BẦU CỬ
- Tổng số đảng viên được triệu tập: 86 đồng chí; có mặt tham gia bầu cử: 81 đồng chí; vắng 05 đồng chí (trực cấp cứu 03, đi học 02).
- Số lượng Ban Chấp hành Đại hội quyết định bầu: 09 đồng chí; số người trong danh sách bầu cử: 10 đồng chí.
- Hình thức bầu: bỏ phiếu kín.
- Số phiếu phát ra: 81; số phiếu thu vào: 81; số phiếu hợp lệ: 79; số phiếu không hợp lệ: 02.
II. KẾT QUẢ KIỂM PHIẾU (tỷ lệ tính trên số phiếu hợp lệ)
TT\tHọ và tên\tSố phiếu bầu\tTỷ lệ
1\tNguyễn Đức Thịnh\t78\t98,73%
2\tPhạm Thu Hằng\t76\t96,20%
3\tLê Minh Quân\t74\t93,67%
4\tTrịnh Văn Hưng\t71\t89,87%
5\tĐào Thị Yến\t70\t88,61%
6\tVương Đình Khải\t66\t83,54%
7\tHà Thị Phương\t63\t79,75%
8\tBạch Công Luận\t58\t73,42%
9\tKim Thị Ngân\t47\t59,49%
10\tTạ Quang Minh\t35\t44,30%
Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có số phiếu bầu quá một nửa so với tổng số phiếu hợp lệ và lấy theo thứ tự từ cao xuống thấp, đủ số lượng Đại hội quyết định, đã trúng cử vào Ban Chấp hành Đảng bộ Bệnh viện khóa VIII, nhiệm kỳ 2025 - 2030 (09 đồng chí), gồm: Nguyễn Đức Thịnh, Phạm Thu Hằng, Lê Minh Quân, Trịnh Văn Hưng, Đào Thị Yến, Vương Đình Khải, Hà Thị Phương, Bạch Công Luận, Kim Thị Ngân.
Đồng chí Tạ Quang Minh không trúng cử do số phiếu không đạt quá một nửa số phiếu hợp lệ.
Phiếu bầu đã được niêm phong, bàn giao cho Đoàn Chủ tịch Đại hội. Biên bản được lập thành 03 bản, đã đọc trước Đại hội vào hồi 11 giờ 35 phút cùng ngày.
ỦY VIÊN\t\tỦY VIÊN\t\tT/M BAN KIỂM PHIẾU
\t\t\t\t\tTRƯỞNG BAN
Mai Thị Hương\tKiều Đức Anh\tCao Văn Thắng
""",
    pcts=[("98,73%", 78, 79), ("96,20%", 76, 79), ("93,67%", 74, 79), ("89,87%", 71, 79), ("88,61%", 70, 79),
          ("83,54%", 66, 79), ("79,75%", 63, 79), ("73,42%", 58, 79), ("59,49%", 47, 79), ("44,30%", 35, 79)],
    free_pcts=[],
    gold=G("bien_ban", "BAN KIỂM PHIẾU", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ", None, "Việt Trì", "2025-08-09",
           "KIỂM PHIẾU BẦU BAN CHẤP HÀNH ĐẢNG BỘ BỆNH VIỆN KHÓA VIII, NHIỆM KỲ 2025 - 2030",
           M("Đại hội Đảng bộ Bệnh viện lần thứ VIII, nhiệm kỳ 2025 - 2030", "đại hội", "10:40", "11:35",
             "2025-08-09", "Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh", [], None, None),
           A(86, None, None, 81, 5, None),
           [D("election", 78, None, None, 79, "Nguyễn Đức Thịnh", "trúng cử"),
            D("election", 76, None, None, 79, "Phạm Thu Hằng", "trúng cử"),
            D("election", 74, None, None, 79, "Lê Minh Quân", "trúng cử"),
            D("election", 71, None, None, 79, "Trịnh Văn Hưng", "trúng cử"),
            D("election", 70, None, None, 79, "Đào Thị Yến", "trúng cử"),
            D("election", 66, None, None, 79, "Vương Đình Khải", "trúng cử"),
            D("election", 63, None, None, 79, "Hà Thị Phương", "trúng cử"),
            D("election", 58, None, None, 79, "Bạch Công Luận", "trúng cử"),
            D("election", 47, None, None, 79, "Kim Thị Ngân", "trúng cử"),
            D("election", 35, None, None, 79, "Tạ Quang Minh", "không trúng cử")],
           [],
           [],
           [S("ỦY VIÊN", None, "Mai Thị Hương"), S("ỦY VIÊN", None, "Kiều Đức Anh"),
            S("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Cao Văn Thắng")],
           [],
           ["86 đồng chí", "81 đồng chí", "số phiếu hợp lệ: 79", "số phiếu không hợp lệ: 02",
            "09 đồng chí"],
           ["10 giờ 40 phút", "11 giờ 35 phút", "khóa VIII", "nhiệm kỳ 2025 - 2030", "03 bản"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bb05_hop_so_nongnghiep",
    text="""UBND TỈNH QUẢNG NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | Độc lập - Tự do - Hạnh phúc
-------- | ---------------
Số: 86/BB-SNNPTNT | Quảng Ninh, ngày 22 tháng 8 năm 2024
BIÊN BẢN
Cuộc họp đánh giá tiến độ trồng rừng và phòng cháy, chữa cháy rừng 7 tháng đầu năm 2024
I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
1. Thời gian: 08h30' ngày 21/8/2024.
2. Địa điểm: Phòng họp số 3, trụ sở Sở Nông nghiệp và Phát triển nông thôn. Hình thức: trực tiếp kết hợp trực tuyến đến 13 điểm cầu các huyện, thị xã, thành phố.
3. Chủ trì: Ông Vũ Đức Thuận - Phó Giám đốc Sở.
Thư ký: Bà Đoàn Thị Hải Yến - Chuyên viên Văn phòng Sở.
4. Thành phần mời: 24 đại biểu, gồm lãnh đạo Chi cục Kiểm lâm, Chi cục Phát triển nông thôn, các phòng chuyên môn thuộc Sở và lãnh đạo UBND các địa phương có rừng. Có mặt 22 đại biểu; vắng 02 đại biểu: ông Lưu Văn Trọng, Phó Chủ tịch UBND huyện Ba Chẽ (bận tiếp đoàn công tác của tỉnh) và bà Chu Thị Liên, Phó Giám đốc Ban Quản lý rừng phòng hộ Hoành Bồ (nghỉ ốm).
II. NỘI DUNG CUỘC HỌP
1. Ông Nông Văn Khánh, Phó Chi cục trưởng Chi cục Kiểm lâm báo cáo: 7 tháng đầu năm, toàn tỉnh trồng rừng tập trung được 6.842 ha/10.500 ha kế hoạch năm, bằng 65,16%; trồng cây phân tán 1,26 triệu cây. Xảy ra 04 vụ cháy rừng, diện tích thiệt hại 12,7 ha, giảm 03 vụ so với cùng kỳ năm 2023. Tỷ lệ che phủ rừng duy trì ở mức 55,1%.
2. Ý kiến các đại biểu:
- Ông Hoàng Văn Tiến (UBND huyện Tiên Yên): thiếu cây giống keo lai mô, đề nghị Sở hỗ trợ điều tiết nguồn giống.
- Bà Dương Thị Thu (Chi cục Phát triển nông thôn): đề nghị lồng ghép vốn hỗ trợ trồng rừng sản xuất gỗ lớn.
3. Các đại biểu dự họp thống nhất 100% (22/22) với phương án điều chỉnh kế hoạch trồng rừng thay thế năm 2024.
III. KẾT LUẬN CỦA CHỦ TRÌ
1. Giao Chi cục Kiểm lâm chủ trì, phối hợp các địa phương kiểm tra hiện trường trồng rừng, báo cáo Sở trước ngày 15/9/2024.
2. Đề nghị UBND các huyện Ba Chẽ, Tiên Yên đẩy nhanh tiến độ trồng rừng thay thế, hoàn thành trong tháng 10/2024.
3. Giao Văn phòng Sở tổng hợp, dự thảo thông báo kết luận cuộc họp trước ngày 26/8/2024.
Cuộc họp kết thúc lúc 11h15' cùng ngày./.
THƯ KÝ\t\t\t\tCHỦ TRÌ
\t\t\t\t\tPHÓ GIÁM ĐỐC
Đoàn Thị Hải Yến\t\t\tVũ Đức Thuận
Nơi nhận:
- Giám đốc Sở (b/c);
- Các đơn vị dự họp;
- Lưu: VT, KL.
""",
    pcts=[("65,16%", 6842, 10500), ("100%", 22, 22)],
    free_pcts=["55,1%"],
    gold=G("bien_ban", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "UBND TỈNH QUẢNG NINH", "86/BB-SNNPTNT",
           "Quảng Ninh", "2024-08-22",
           "Cuộc họp đánh giá tiến độ trồng rừng và phòng cháy, chữa cháy rừng 7 tháng đầu năm 2024",
           M("Cuộc họp đánh giá tiến độ trồng rừng và phòng cháy, chữa cháy rừng 7 tháng đầu năm 2024", "hội nghị",
             "08:30", "11:15", "2024-08-21", "Phòng họp số 3, trụ sở Sở Nông nghiệp và Phát triển nông thôn",
             ["Vũ Đức Thuận"], "Đoàn Thị Hải Yến", "trực tiếp kết hợp trực tuyến"),
           A(24, None, None, 22, 2, [AB("Lưu Văn Trọng", "bận tiếp đoàn công tác của tỉnh"),
                                     AB("Chu Thị Liên", "nghỉ ốm")]),
           [D("vote", 22, None, None, 22, None, "thông qua")],
           [T("trồng rừng tập trung", 10500, 6842, "ha", "năm 2024", "tiến độ")],
           [K("chủ trì, phối hợp các địa phương kiểm tra hiện trường trồng rừng, báo cáo Sở", "Chi cục Kiểm lâm",
              "trước ngày 15/9/2024"),
            K("đẩy nhanh tiến độ trồng rừng thay thế", "UBND các huyện Ba Chẽ, Tiên Yên", "trong tháng 10/2024"),
            K("tổng hợp, dự thảo thông báo kết luận cuộc họp", "Văn phòng Sở", "trước ngày 26/8/2024")],
           [S("THƯ KÝ", None, "Đoàn Thị Hải Yến"), S("CHỦ TRÌ", "PHÓ GIÁM ĐỐC", "Vũ Đức Thuận")],
           ["Giám đốc Sở (b/c)", "Các đơn vị dự họp", "Lưu: VT, KL"],
           ["6.842 ha/10.500 ha", "65,16%", "1,26 triệu cây", "04 vụ cháy rừng", "12,7 ha", "55,1%",
            "100% (22/22)"],
           ["86/BB-SNNPTNT", "08h30'", "11h15'", "13 điểm cầu", "7 tháng đầu năm"]),
))
