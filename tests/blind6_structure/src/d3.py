from h import G, M, A, D, T, K, S

DOCS = {}

# 9 ---------------------------------------------------------------------------------------
DOCS["nq_chibo_thang12"] = ("""ĐẢNG BỘ XÃ KIM BÌNH SƠN⇥ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ⇥Kim Bình Sơn, ngày 04 tháng 12 năm 2025
*
Số 08-NQ/CB
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025
Ngày 03/12/2025, Chi bộ Cơ quan Ủy ban nhân dân xã tổ chức sinh hoạt thường kỳ. Tổng số đảng viên của chi bộ 19 đồng chí; có mặt 18 đồng chí, vắng 01 đồng chí (Vi Thị Hằng – nghỉ phép năm). Đồng chí Hà Quang Vinh, Bí thư Chi bộ chủ trì; đồng chí Tòng Văn Mạnh làm thư ký.
Sau khi nghe đánh giá kết quả tháng 11 và thảo luận, chi bộ thống nhất
QUYẾT NGHỊ
I. Về kết quả tháng 11/2025
Chi bộ lãnh đạo cơ quan hoàn thành tốt nhiệm vụ chuyên môn: tiếp nhận 1.126 hồ sơ TTHC, trả đúng hạn 1.119 hồ sơ, đạt 99,38%; tỷ lệ hồ sơ nộp trực tuyến 64,5%. 100% đảng viên đóng đảng phí đúng quy định. Hạn chế: còn 3 hồ sơ đất đai trễ hạn.
II. Nhiệm vụ tháng 12/2025
1. Lãnh đạo cơ quan tổng kết công tác năm 2025, xây dựng kế hoạch năm 2026; giao đồng chí Phó Bí thư Phạm Thị Nguyệt chỉ đạo Văn phòng xây dựng dự thảo, hoàn thành trước ngày 20/12/2025.
2. Tổ chức kiểm điểm, đánh giá, xếp loại đảng viên năm 2025 bảo đảm đúng Hướng dẫn của Đảng ủy xã; hoàn thành trước ngày 25/12/2025.
3. Giao công chức Địa chính xử lý dứt điểm 03 hồ sơ đất đai trễ hạn trước ngày 10/12/2025.
4. Đảng viên gương mẫu tham gia Chương trình "Tết vì người nghèo", mỗi đồng chí ủng hộ ít nhất 01 ngày lương.
5. Chi ủy chuẩn bị nội dung sinh hoạt chuyên đề quý IV.
III. Tổ chức thực hiện
Chi ủy có trách nhiệm cụ thể hóa, triển khai nghị quyết đến từng đảng viên. Nghị quyết được 18/18 đảng viên có mặt biểu quyết thông qua tại buổi sinh hoạt.
Nơi nhận:⇥T/M CHI BỘ
- Đảng ủy xã (b/c),⇥BÍ THƯ
- Đảng viên trong chi bộ,⇥
- Lưu Chi bộ.⇥Hà Quang Vinh
""", G("nghi_quyet", "CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ", "ĐẢNG BỘ XÃ KIM BÌNH SƠN", "08-NQ/CB", "Kim Bình Sơn", "2025-12-04",
       "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025",
       M(None, "thường kỳ", None, None, "2025-12-03", None, ["Hà Quang Vinh"], "Tòng Văn Mạnh", None),
       A(19, None, None, 18, 1, [("Vi Thị Hằng", "nghỉ phép năm")]),
       [D("resolution", "Nghị quyết về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", None, 18, None, None, 18, "thông qua")],
       [],
       [K("chỉ đạo Văn phòng xây dựng dự thảo", "đồng chí Phó Bí thư Phạm Thị Nguyệt", "trước ngày 20/12/2025"),
        K("Tổ chức kiểm điểm, đánh giá, xếp loại đảng viên năm 2025", None, "trước ngày 25/12/2025"),
        K("xử lý dứt điểm 03 hồ sơ đất đai trễ hạn", "công chức Địa chính", "trước ngày 10/12/2025"),
        K("Đảng viên gương mẫu tham gia Chương trình \"Tết vì người nghèo\"", "Đảng viên", None),
        K("chuẩn bị nội dung sinh hoạt chuyên đề quý IV", "Chi ủy", None)],
       [S("T/M CHI BỘ", "BÍ THƯ", "Hà Quang Vinh")],
       ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
       ["1.126 hồ sơ", "1.119 hồ sơ", "99,38%", "64,5%", "100% đảng viên", "3 hồ sơ"],
       ["08-NQ/CB", "03/12/2025", "tháng 11/2025", "20/12/2025", "25/12/2025", "01 ngày lương"]))

# 10 --------------------------------------------------------------------------------------
DOCS["tb_ketluan_btv_phuong"] = ("""ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
ĐẢNG ỦY PHƯỜNG TRÀNG LĨNH ĐÔNG
*
Số 112-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tràng Lĩnh Đông, ngày 13 tháng 11 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG
tại hội nghị ngày 12/11/2025
Ngày 12/11/2025, tại phòng họp số 2, Ban Thường vụ Đảng ủy phường họp dưới sự chủ trì của đồng chí Vương Đình Khánh, Bí thư Đảng ủy phường. Dự họp có 8/9 đồng chí Ủy viên Ban Thường vụ (vắng đồng chí Lục Thị Hoa, đang học lớp cao cấp lý luận chính trị).
Sau khi nghe Văn phòng Đảng ủy báo cáo tiến độ thực hiện nhiệm vụ năm 2025 (thu ngân sách 10 tháng đạt 83,1% dự toán; kết nạp 27/35 đảng viên; 96,8% hộ gia đình đạt danh hiệu gia đình văn hóa) và ý kiến của các đồng chí dự họp, Ban Thường vụ Đảng ủy phường kết luận như sau:
1. Cơ bản thống nhất với báo cáo. Thời gian còn lại của năm rất ngắn, yêu cầu các chi, đảng bộ trực thuộc tập trung hoàn thành các chỉ tiêu còn lại.
2. Giao Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hoàn thiện dự thảo Báo cáo tổng kết công tác năm 2025, trình Ban Thường vụ trước ngày 20/11/2025.
3. Giao Đảng ủy UBND phường lãnh đạo UBND phường rà soát các khoản thu còn đọng, hoàn thành thu ngân sách trong tháng 12/2025.
4. Ban Thường vụ thống nhất (8/8 đồng chí dự họp tán thành) chủ trương thành lập Chi bộ Khu dân cư Đồng Xuân 2 trên cơ sở tách Chi bộ Khu dân cư Đồng Xuân; giao Ban Xây dựng Đảng hoàn chỉnh hồ sơ, trình ký quyết định trước ngày 30/11/2025.
5. Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì vận động Quỹ "Vì người nghèo" dịp Tết Bính Ngọ 2026.
Văn phòng Đảng ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Giáp Thị Thu Trang
Nơi nhận:
- Các đồng chí Ủy viên BTV,
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
""", G("nghi_quyet", "ĐẢNG ỦY PHƯỜNG TRÀNG LĨNH ĐÔNG", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "112-TB/ĐU", "Tràng Lĩnh Đông", "2025-11-13",
       "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG tại hội nghị ngày 12/11/2025",
       M(None, "hội nghị", None, None, "2025-11-12", "phòng họp số 2", ["Vương Đình Khánh"], None, None),
       A(9, None, None, 8, 1, [("Lục Thị Hoa", "đang học lớp cao cấp lý luận chính trị")]),
       [D("vote", "chủ trương thành lập Chi bộ Khu dân cư Đồng Xuân 2", None, 8, None, None, 8, "thông qua")],
       [T("kết nạp", 35, 27, "đảng viên", "10 tháng năm 2025", "tiến độ")],
       [K("tập trung hoàn thành các chỉ tiêu còn lại", "các chi, đảng bộ trực thuộc", None),
        K("chủ trì, phối hợp Ban Xây dựng Đảng hoàn thiện dự thảo Báo cáo tổng kết công tác năm 2025", "Văn phòng Đảng ủy", "trước ngày 20/11/2025"),
        K("lãnh đạo UBND phường rà soát các khoản thu còn đọng, hoàn thành thu ngân sách", "Đảng ủy UBND phường", "trong tháng 12/2025"),
        K("hoàn chỉnh hồ sơ, trình ký quyết định", "Ban Xây dựng Đảng", "trước ngày 30/11/2025"),
        K("chủ trì vận động Quỹ \"Vì người nghèo\" dịp Tết Bính Ngọ 2026", "Ủy ban MTTQ Việt Nam phường", None)],
       [S("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Giáp Thị Thu Trang")],
       ["Các đồng chí Ủy viên BTV", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
       ["83,1%", "27/35", "96,8%", "8/8"],
       ["112-TB/ĐU", "12/11/2025", "8/9", "20/11/2025", "30/11/2025", "Tết Bính Ngọ 2026"]))

# 11 --------------------------------------------------------------------------------------
DOCS["tin_hnbch_xa_lan5"] = ("""Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Đảng ủy xã Ia Bang Tây tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5
Cập nhật: 14/10/2025 16:42 | Cỡ chữ: A- A A+ | In bài | Chia sẻ
Sáng 13/10, Ban Chấp hành Đảng bộ xã Ia Bang Tây (Đảng bộ tỉnh Gia Lai) tổ chức Hội nghị lần thứ 5 nhằm đánh giá kết quả thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2025.
Đồng chí Rơ Châm Hiếu - Bí thư Đảng ủy xã chủ trì hội nghị. Dự hội nghị có 21/23 đồng chí Ủy viên Ban Chấp hành Đảng bộ xã; 2 đồng chí vắng có lý do.
Theo báo cáo, 9 tháng năm 2025, thu ngân sách trên địa bàn đạt 6,1 tỷ đồng/8 tỷ đồng, bằng 76,25% dự toán; toàn xã gieo trồng 9.460 ha cây các loại; kết nạp 11 đảng viên mới, đạt 73,3% chỉ tiêu năm (15 đảng viên). Tỷ lệ hộ nghèo còn 6,42%, giảm 2,1% so với đầu năm.
Đồng chí Rơ Châm Hiếu phát biểu kết luận hội nghị. Ảnh: Thanh Vy
Tại hội nghị, Ban Chấp hành đã tiến hành bầu bổ sung đồng chí Ksor Thị Nhung, Phó Chủ tịch UBND xã vào Ban Thường vụ Đảng ủy xã nhiệm kỳ 2025 - 2030; đồng chí Ksor Thị Nhung trúng cử với số phiếu 20/21, đạt 95,24%.
Hội nghị cũng biểu quyết thông qua Nghị quyết về nhiệm vụ quý IV với 21/21 đồng chí tán thành.
Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã yêu cầu UBND xã tập trung thu ngân sách, phấn đấu hoàn thành dự toán trước ngày 15/12/2025; giao Ủy ban Kiểm tra Đảng ủy xã hoàn thành kiểm tra 2 chi bộ theo kế hoạch trong tháng 11; các chi bộ thôn, làng rà soát nguồn phát triển đảng viên, kết nạp đủ 4 đảng viên còn lại trước ngày 31/12/2025.
Thanh Vy - Trung tâm VH-TT&TT xã
Lượt xem: 2.316
Tin liên quan
Xã Ia Bang Tây ra quân thu hoạch cà phê (10/10/2025)
Bình luận (0)
© Bản quyền thuộc Cổng thông tin điện tử xã Ia Bang Tây
""", G("tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Ia Bang Tây", "Đảng bộ tỉnh Gia Lai", None, None, "2025-10-13",
       "Đảng ủy xã Ia Bang Tây tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5",
       M("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5", "hội nghị BCH", None, None, "2025-10-13", None,
         ["Rơ Châm Hiếu"], None, None),
       A(23, None, None, 21, 2, []),
       [D("election", "bầu bổ sung vào Ban Thường vụ Đảng ủy xã", "Ksor Thị Nhung", 20, None, None, 21, "trúng cử"),
        D("resolution", "Nghị quyết về nhiệm vụ quý IV", None, 21, None, None, 21, "thông qua")],
       [T("thu ngân sách trên địa bàn", 8, 6.1, "tỷ đồng", "9 tháng năm 2025", "tiến độ"),
        T("kết nạp", 15, 11, "đảng viên", "9 tháng năm 2025", "tiến độ")],
       [K("tập trung thu ngân sách, phấn đấu hoàn thành dự toán", "UBND xã", "trước ngày 15/12/2025"),
        K("hoàn thành kiểm tra 2 chi bộ theo kế hoạch", "Ủy ban Kiểm tra Đảng ủy xã", "trong tháng 11"),
        K("rà soát nguồn phát triển đảng viên, kết nạp đủ 4 đảng viên còn lại", "các chi bộ thôn, làng", "trước ngày 31/12/2025")],
       [],
       [],
       ["6,1 tỷ đồng", "8 tỷ đồng", "76,25%", "9.460 ha", "73,3%", "6,42%", "2,1%", "20/21, đạt 95,24%"],
       ["Lượt xem: 2.316", "14/10/2025 16:42", "lần thứ 5", "2025 - 2030", "10/10/2025", "Bình luận (0)"]))

# 12 --------------------------------------------------------------------------------------
DOCS["tin_chibo_chuyende_khudancu"] = ("""CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG LỘC THỌ TÂY
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ
Tin hoạt động > Xây dựng Đảng
Chi bộ Khu dân cư số 3 sinh hoạt chuyên đề về giữ gìn vệ sinh môi trường
Ngày đăng: 19/11/2025 08:05 - Người đăng: Quản trị viên
Tối 18/11, tại Nhà sinh hoạt cộng đồng khu dân cư, Chi bộ Khu dân cư số 3 (Đảng bộ phường Lộc Thọ Tây) tổ chức sinh hoạt chuyên đề "Phát huy vai trò đảng viên trong giữ gìn vệ sinh môi trường, xây dựng khu dân cư xanh - sạch - đẹp".
Đồng chí Mạc Văn Khuê, Bí thư Chi bộ chủ trì buổi sinh hoạt; đồng chí Trịnh Ngọc Ánh, Phó Bí thư Chi bộ làm thư ký. Dự có đồng chí Kim Thị Diễm, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy phường. Có 31/34 đảng viên tham dự, 3 đồng chí vắng do công tác xa.
Báo cáo chuyên đề cho biết, toàn khu dân cư có 612 hộ, trong đó 418 hộ (68,3%) đã phân loại rác tại nguồn; 11 điểm tập kết rác tự phát đã được xóa bỏ 8 điểm. Còn 3 điểm thường xuyên tái phát ở kiệt 47.
Buổi sinh hoạt có 9 ý kiến phát biểu, tập trung vào trách nhiệm nêu gương của đảng viên, đề xuất lắp camera giám sát tại kiệt 47.
Quang cảnh buổi sinh hoạt chuyên đề (Ảnh: Hoài Nam)
Chi bộ biểu quyết thống nhất ban hành Nghị quyết chuyên đề, 100% đảng viên dự họp tán thành. Chi bộ đặt mục tiêu đến hết năm 2026 có 100% hộ gia đình phân loại rác tại nguồn, không còn điểm tập kết rác tự phát.
Chi bộ giao Ban công tác Mặt trận khu dân cư phối hợp Chi hội Phụ nữ vận động các hộ còn lại ký cam kết, hoàn thành trước ngày 15/12/2025; giao Tổ dân phố 3B lắp đặt camera tại kiệt 47 trong quý I/2026.
Hoài Nam
Chia sẻ: Facebook | Zalo
Tin khác:
- Phường Lộc Thọ Tây ra mắt mô hình "Tuyến phố văn minh" (12/11/2025)
- Hội nghị giao ban Bí thư chi bộ tháng 11 (05/11/2025)
Lượt truy cập: 48.902
""", G("tin_hoi_nghi", "Chi bộ Khu dân cư số 3", "Đảng bộ phường Lộc Thọ Tây", None, None, "2025-11-18",
       "Chi bộ Khu dân cư số 3 sinh hoạt chuyên đề về giữ gìn vệ sinh môi trường",
       M("sinh hoạt chuyên đề \"Phát huy vai trò đảng viên trong giữ gìn vệ sinh môi trường, xây dựng khu dân cư xanh - sạch - đẹp\"",
         "chuyên đề", None, None, "2025-11-18", "Nhà sinh hoạt cộng đồng khu dân cư", ["Mạc Văn Khuê"], "Trịnh Ngọc Ánh", None),
       A(34, None, None, 31, 3, []),
       [D("resolution", "ban hành Nghị quyết chuyên đề", None, 31, None, None, 31, "thông qua")],
       [T("hộ gia đình phân loại rác tại nguồn", 100, None, "%", "đến hết năm 2026", None)],
       [K("vận động các hộ còn lại ký cam kết", "Ban công tác Mặt trận khu dân cư", "trước ngày 15/12/2025"),
        K("lắp đặt camera tại kiệt 47", "Tổ dân phố 3B", "trong quý I/2026")],
       [],
       [],
       ["612 hộ", "418 hộ (68,3%)", "11 điểm", "8 điểm", "3 điểm", "31/34"],
       ["19/11/2025 08:05", "Lượt truy cập: 48.902", "12/11/2025", "05/11/2025", "kiệt 47", "Tối 18/11"]))
