from common import gold, M, A, AB, V, T, K, S, doc

DOCS = []

# ---------------------------------------------------------------- bb01
DOCS.append(doc("bb01_chibo_thuongky_thon_2019", """
ĐẢNG BỘ XÃ CAM THÀNH
CHI BỘ THÔN TÂN XUÂN
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2019
Hôm nay, vào lúc 19 giờ 30 phút ngày 03/10/2019, tại Nhà văn hóa thôn Tân Xuân, Chi bộ thôn Tân Xuân tiến hành sinh hoạt thường kỳ theo quy định.
- Chủ trì: đồng chí Lê Văn Thạnh - Bí thư Chi bộ.
- Thư ký: đồng chí Trần Thị Mỹ Hạnh - Chi ủy viên.
- Đại biểu dự: đồng chí Nguyễn Hữu Phước - Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn thôn.
- Tổng số đảng viên của chi bộ: 26 đồng chí (23 chính thức, 3 dự bị), trong đó có 2 đồng chí được miễn công tác và sinh hoạt đảng. Có mặt 21 đồng chí (19 chính thức, 2 dự bị). Vắng 5 đồng chí, gồm: 2 đồng chí miễn sinh hoạt (Hoàng Văn Lực, Lê Thị Sen); 2 đồng chí vắng có lý do (Nguyễn Văn Tám - đi làm ăn xa; Phan Thị Nguyệt - ốm); 1 đồng chí vắng không lý do (Trần Đình Khoa).
NỘI DUNG SINH HOẠT
1- Thông tin thời sự trong nước, quốc tế và phổ biến các văn bản mới của cấp trên.
2- Đánh giá kết quả thực hiện nhiệm vụ tháng 9, bàn nhiệm vụ tháng 10 năm 2019.
DIỄN BIẾN
Đồng chí Lê Văn Thạnh thông tin thời sự, phổ biến Kế hoạch của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2020 - 2022.
Đồng chí Hồ Văn Quý - Phó Bí thư Chi bộ, Trưởng thôn báo cáo: trong tháng 9, nhân dân trong thôn đã thu hoạch xong 42,5 ha lúa hè thu, năng suất bình quân ước 48 tạ/ha; tiêm phòng đợt 2 cho 1.120 con gia súc, gia cầm. Thôn đã vận động "Quỹ vì người nghèo" được 6.300.000 đồng/7.000.000 đồng chỉ tiêu xã giao cả năm, đạt 90%. Chi bộ thu đảng phí tháng 9 đầy đủ.
Ý kiến tham gia:
- Đồng chí Nguyễn Đức Hòa: đề nghị thôn sớm nạo vét tuyến mương Bàu Sen trước vụ đông xuân.
- Đồng chí Trần Văn Bình: một số hộ còn đốt rơm rạ ven đường, cần nhắc nhở.
- Đồng chí Nguyễn Hữu Phước phát biểu, ghi nhận kết quả và lưu ý chi bộ chuẩn bị tốt nhân sự đại hội.
Đồng chí chủ trì kết luận, chi bộ thống nhất nhiệm vụ tháng 10 năm 2019 như sau:
1. Giao Ban công tác Mặt trận thôn thực hiện vận động số tiền còn lại của "Quỹ vì người nghèo" trước ngày 25/10/2019.
2. Giao đồng chí Trưởng thôn tổ chức ra quân nạo vét tuyến mương Bàu Sen trước ngày 20/10/2019.
3. Chi ủy chuẩn bị dự thảo báo cáo chính trị trình đại hội chi bộ, hoàn thành trong tháng 11/2019.
Chi bộ biểu quyết thông qua nghị quyết tháng 10: 19/19 đồng chí đảng viên chính thức có mặt tán thành (100%).
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua.
THƯ KÝ\tCHỦ TRÌ
(Đã ký)\t(Đã ký)
Trần Thị Mỹ Hạnh\tLê Văn Thạnh
""", gold(
    "bien_ban", issuer="CHI BỘ THÔN TÂN XUÂN", issuer_parent="ĐẢNG BỘ XÃ CAM THÀNH",
    date="2019-10-03", title="SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2019",
    meeting=M("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2019", "thường kỳ", "19:30", "21:15",
              "2019-10-03", "Nhà văn hóa thôn Tân Xuân", ["Lê Văn Thạnh"], "Trần Thị Mỹ Hạnh"),
    attendance=A(26, 23, 3, 21, 5, [AB("Hoàng Văn Lực", "miễn sinh hoạt"), AB("Lê Thị Sen", "miễn sinh hoạt"),
                                     AB("Nguyễn Văn Tám", "đi làm ăn xa"), AB("Phan Thị Nguyệt", "ốm"),
                                     AB("Trần Đình Khoa", "không lý do")]),
    decisions=[V("resolution", "nghị quyết tháng 10", 19, None, None, 19, outcome="thông qua")],
    targets=[T("Quỹ vì người nghèo", 7000000, 6300000, "đồng", "năm 2019", "tiến độ")],
    tasks=[K("vận động số tiền còn lại của \"Quỹ vì người nghèo\"", "Ban công tác Mặt trận thôn", "trước ngày 25/10/2019"),
           K("tổ chức ra quân nạo vét tuyến mương Bàu Sen", "đồng chí Trưởng thôn", "trước ngày 20/10/2019"),
           K("chuẩn bị dự thảo báo cáo chính trị trình đại hội chi bộ", "Chi ủy", "trong tháng 11/2019")],
    signers=[S("THƯ KÝ", None, "Trần Thị Mỹ Hạnh"), S("CHỦ TRÌ", None, "Lê Văn Thạnh")],
    key_figures=["42,5 ha", "48 tạ/ha", "1.120 con", "6.300.000 đồng", "90%", "19/19"],
    noise_figures=["19 giờ 30 phút", "03/10/2019", "21 giờ 15 phút", "2020 - 2022"]),
    pct=[(6300000, 7000000, "90%"), (19, 19, "100%")],
    shape="stacked header, no date line, attendance in prose with absentee reasons, two-column TAB signatures"))

# ---------------------------------------------------------------- bb02
DOCS.append(doc("bb02_bch_dangbo_xa_lan6_2026", """
ĐẢNG BỘ TỈNH PHÚ THỌ\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TAM NÔNG
*
Số 15-BB/ĐU\tTam Nông, ngày 16 tháng 01 năm 2026
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU, NHIỆM KỲ 2025 - 2030
I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
- Thời gian: khai mạc lúc 08 giờ 00 phút, ngày 16/01/2026.
- Địa điểm: Hội trường tầng 3, trụ sở Đảng ủy xã Tam Nông.
- Chủ trì: đồng chí Đinh Công Tuấn - Bí thư Đảng ủy xã và đồng chí Hà Thị Minh Phương - Phó Bí thư Thường trực Đảng ủy xã.
- Thư ký: đồng chí Vũ Ngọc Lâm - Ủy viên Ban Chấp hành, Chánh Văn phòng Đảng ủy.
- Ban Chấp hành Đảng bộ xã có 31 đồng chí; có mặt 28 đồng chí; vắng 3 đồng chí:
+ Đồng chí Nguyễn Văn Kiên - Trưởng Công an xã: đi công tác tại tỉnh;
+ Đồng chí Bùi Thị Thu Trang - Chủ tịch Hội Liên hiệp Phụ nữ xã: nghỉ chế độ thai sản;
+ Đồng chí Lê Quang Hiếu - Phó Chủ tịch UBND xã: đi học tập trung.
- Mời dự: trưởng các ban, ngành, đoàn thể xã không là cấp ủy viên.
II. NỘI DUNG
1. Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026.
2. Dự thảo Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030.
III. DIỄN BIẾN
Đồng chí Hà Thị Minh Phương trình bày báo cáo. Từ ngày 01/7/2025 đến hết năm, thu ngân sách nhà nước trên địa bàn đạt 18,64 tỷ đồng/dự toán 16,6 tỷ đồng, bằng 112,3%, vượt dự toán; kết nạp được 21/25 đảng viên theo chỉ tiêu, đạt 84%, chưa đạt chỉ tiêu. Kết quả đánh giá, xếp loại 47 chi bộ trực thuộc: 9 chi bộ hoàn thành xuất sắc nhiệm vụ, 33 hoàn thành tốt nhiệm vụ, 5 hoàn thành nhiệm vụ.
Năm 2026 phấn đấu kết nạp từ 40 đảng viên trở lên; tỷ lệ hộ nghèo giảm còn dưới 2,5%.
Có 6 ý kiến thảo luận, tập trung vào công tác tạo nguồn phát triển đảng viên ở các chi bộ thôn đông dân.
IV. BIỂU QUYẾT
- Thông qua Báo cáo năm 2025 và phương hướng năm 2026: 28/31 đồng chí Ủy viên Ban Chấp hành tán thành (đạt 90,3%), không có ý kiến khác.
- Thông qua Chương trình làm việc toàn khóa: 27/31 đồng chí tán thành (đạt 87,1%); 01 đồng chí có ý kiến khác (đề nghị bổ sung nội dung chuyển đổi số).
V. KẾT LUẬN, GIAO NHIỆM VỤ
Đồng chí Bí thư Đảng ủy kết luận hội nghị và giao:
- Giao Văn phòng Đảng ủy hoàn thiện báo cáo, tham mưu ban hành Nghị quyết hội nghị trước ngày 22/01/2026.
- Giao Ban Xây dựng Đảng Đảng ủy xã hướng dẫn các chi bộ hoàn thành kết nạp 4 đảng viên còn thiếu trong quý I/2026.
- Giao Ủy ban nhân dân xã xây dựng kế hoạch thu ngân sách năm 2026, hoàn thành trước ngày 31/01/2026.
Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày.
THƯ KÝ HỘI NGHỊ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Vũ Ngọc Lâm\tĐinh Công Tuấn
""", gold(
    "bien_ban", issuer="ĐẢNG ỦY XÃ TAM NÔNG", issuer_parent="ĐẢNG BỘ TỈNH PHÚ THỌ", doc_number="15-BB/ĐU",
    place="Tam Nông", date="2026-01-16",
    title="HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU, NHIỆM KỲ 2025 - 2030",
    meeting=M("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU, NHIỆM KỲ 2025 - 2030", "hội nghị BCH", "08:00", "11:30",
              "2026-01-16", "Hội trường tầng 3, trụ sở Đảng ủy xã Tam Nông", ["Đinh Công Tuấn", "Hà Thị Minh Phương"],
              "Vũ Ngọc Lâm"),
    attendance=A(31, None, None, 28, 3, [AB("Nguyễn Văn Kiên", "đi công tác tại tỉnh"),
                                         AB("Bùi Thị Thu Trang", "nghỉ chế độ thai sản"),
                                         AB("Lê Quang Hiếu", "đi học tập trung")]),
    decisions=[V("resolution", "Báo cáo năm 2025 và phương hướng năm 2026", 28, None, 0, 31, outcome="thông qua"),
               V("vote", "Chương trình làm việc toàn khóa", 27, None, 1, 31, outcome="thông qua")],
    targets=[T("thu ngân sách nhà nước trên địa bàn", 16.6, 18.64, "tỷ đồng", "năm 2025", "vượt"),
             T("kết nạp", 25, 21, "đảng viên", "năm 2025", "chưa đạt"),
             T("kết nạp", 40, None, "đảng viên", "năm 2026", None),
             T("tỷ lệ hộ nghèo", 2.5, None, "%", "năm 2026", None)],
    tasks=[K("hoàn thiện báo cáo, tham mưu ban hành Nghị quyết hội nghị", "Văn phòng Đảng ủy", "trước ngày 22/01/2026"),
           K("hướng dẫn các chi bộ hoàn thành kết nạp 4 đảng viên còn thiếu", "Ban Xây dựng Đảng Đảng ủy xã", "trong quý I/2026"),
           K("xây dựng kế hoạch thu ngân sách năm 2026", "Ủy ban nhân dân xã", "trước ngày 31/01/2026")],
    signers=[S("THƯ KÝ HỘI NGHỊ", None, "Vũ Ngọc Lâm"), S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Đinh Công Tuấn")],
    key_figures=["18,64 tỷ đồng", "112,3%", "21/25", "84%", "28/31", "90,3%", "27/31", "87,1%"],
    noise_figures=["15-BB/ĐU", "08 giờ 00 phút", "01/7/2025", "2025 - 2030", "11 giờ 30 phút"]),
    pct=[(18.64, 16.6, "112,3%"), (21, 25, "84%"), (28, 31, "90,3%"), (27, 31, "87,1%")],
    shape="post-merger commune BCH; side-by-side TAB header with number+date line; absentee list; votes on 31"))

# ---------------------------------------------------------------- bb03
DOCS.append(doc("bb03_ubnd_xa_phienhop_2022", """
UBND HUYỆN CƯ KUIN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ EA TIÊU | Độc lập - Tự do - Hạnh phúc
Số: 86/BB-UBND | Ea Tiêu, ngày 05 tháng 7 năm 2022
BIÊN BẢN
Phiên họp thường kỳ tháng 6 năm 2022 của Ủy ban nhân dân xã
Thời gian: 14 giờ 00 phút, ngày 04/7/2022.
Địa điểm: Phòng họp UBND xã Ea Tiêu.
Chủ tọa: ông Y Bhin Niê - Chủ tịch UBND xã.
Thư ký: bà Phạm Thị Thu Hà - Công chức Văn phòng - Thống kê.
Thành phần được mời: 10 người; có mặt 08 người; vắng 02 người, cụ thể như sau:
TT\tHọ và tên\tChức vụ\tGhi chú
1\tY Bhin Niê\tChủ tịch UBND xã\tCó mặt
2\tTrần Văn Sơn\tPhó Chủ tịch UBND xã\tCó mặt
3\tNguyễn Thị Loan\tPhó Chủ tịch UBND xã\tVắng - đi tập huấn tại tỉnh
4\tHoàng Minh Đức\tTrưởng Công an xã\tCó mặt
5\tLê Văn Tài\tChỉ huy trưởng Ban CHQS xã\tCó mặt
6\tPhạm Thị Thu Hà\tCông chức Văn phòng - Thống kê\tCó mặt
7\tH'Nga Mlô\tCông chức Tài chính - Kế toán\tCó mặt
8\tVũ Đình Khải\tCông chức Địa chính - Xây dựng\tCó mặt
9\tĐỗ Thị Hương\tCông chức Văn hóa - Xã hội\tVắng - nghỉ ốm
10\tNguyễn Văn Hùng\tCông chức Tư pháp - Hộ tịch\tCó mặt
NỘI DUNG PHIÊN HỌP
Bà Phạm Thị Thu Hà thông qua báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2022: thu ngân sách xã được 1.842 triệu đồng/3.150 triệu đồng dự toán năm, đạt 58,5%; diện tích gieo trồng vụ Hè Thu đạt 2.135 ha/2.300 ha kế hoạch, đạt 92,8%; tiếp nhận 46 hồ sơ cấp giấy chứng nhận quyền sử dụng đất, còn 12 hồ sơ tồn đọng.
Các thành viên thảo luận: ông Trần Văn Sơn đề nghị đẩy nhanh tiến độ làm đường giao thông buôn Kram; ông Hoàng Minh Đức báo cáo tình hình trộm cắp cà phê đầu vụ có chiều hướng tăng.
Phiên họp biểu quyết thông qua Kế hoạch cao điểm thu ngân sách quý III/2022 với 8/8 thành viên có mặt tán thành.
KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ
- Giao công chức Địa chính - Xây dựng phối hợp với các thôn, buôn rà soát, giải quyết dứt điểm 12 hồ sơ tồn đọng trước ngày 31/7/2022.
- Giao công chức Tài chính - Kế toán tham mưu đôn đốc thu thuế sử dụng đất phi nông nghiệp, hoàn thành trước ngày 15/8/2022.
- Giao Công an xã chủ trì, phối hợp Ban CHQS xã tổ chức tuần tra bảo vệ mùa vụ trong tháng 7/2022.
Phiên họp kết thúc lúc 16 giờ 45 phút cùng ngày.
THƯ KÝ\tCHỦ TỌA
Phạm Thị Thu Hà\tY Bhin Niê
""", gold(
    "bien_ban", issuer="ỦY BAN NHÂN DÂN XÃ EA TIÊU", issuer_parent="UBND HUYỆN CƯ KUIN", doc_number="86/BB-UBND",
    place="Ea Tiêu", date="2022-07-05", title="Phiên họp thường kỳ tháng 6 năm 2022 của Ủy ban nhân dân xã",
    meeting=M("Phiên họp thường kỳ tháng 6 năm 2022", "hội nghị", "14:00", "16:45", "2022-07-04",
              "Phòng họp UBND xã Ea Tiêu", ["Y Bhin Niê"], "Phạm Thị Thu Hà"),
    attendance=A(10, None, None, 8, 2, [AB("Nguyễn Thị Loan", "đi tập huấn tại tỉnh"), AB("Đỗ Thị Hương", "nghỉ ốm")]),
    decisions=[V("vote", "Kế hoạch cao điểm thu ngân sách quý III/2022", 8, None, None, 8, outcome="thông qua")],
    targets=[T("thu ngân sách xã", 3150, 1842, "triệu đồng", "năm 2022", "tiến độ"),
             T("diện tích gieo trồng vụ Hè Thu", 2300, 2135, "ha", "vụ Hè Thu 2022", "tiến độ")],
    tasks=[K("phối hợp với các thôn, buôn rà soát, giải quyết dứt điểm 12 hồ sơ tồn đọng", "công chức Địa chính - Xây dựng", "trước ngày 31/7/2022"),
           K("tham mưu đôn đốc thu thuế sử dụng đất phi nông nghiệp", "công chức Tài chính - Kế toán", "trước ngày 15/8/2022"),
           K("chủ trì, phối hợp Ban CHQS xã tổ chức tuần tra bảo vệ mùa vụ", "Công an xã", "trong tháng 7/2022")],
    signers=[S("THƯ KÝ", None, "Phạm Thị Thu Hà"), S("CHỦ TỌA", None, "Y Bhin Niê")],
    key_figures=["1.842 triệu đồng", "58,5%", "2.135 ha", "92,8%", "46 hồ sơ", "12 hồ sơ", "8/8"],
    noise_figures=["86/BB-UBND", "14 giờ 00 phút", "04/7/2022", "16 giờ 45 phút"]),
    pct=[(1842, 3150, "58,5%"), (2135, 2300, "92,8%")],
    shape="state header flattened with |, attendance as TAB table, tasks 'Giao … trước ngày', Ê-đê names"))

# ---------------------------------------------------------------- bb04
DOCS.append(doc("bb04_kiemphieu_daihoi_chibo_2020", """
ĐẢNG BỘ XÃ VĨNH ĐỒNG
CHI BỘ TRƯỜNG THCS VĨNH ĐỒNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
Vĩnh Đồng, ngày 12 tháng 5 năm 2020
BIÊN BẢN
KIỂM PHIẾU BẦU CHI ỦY VÀ BÍ THƯ CHI BỘ NHIỆM KỲ 2020 - 2022
Đại hội Chi bộ Trường THCS Vĩnh Đồng lần thứ VII, nhiệm kỳ 2020 - 2022 họp ngày 12/5/2020 tại Phòng hội đồng nhà trường, tiến hành bầu cử theo Quy chế bầu cử trong Đảng.
Đoàn Chủ tịch đại hội gồm đồng chí Hoàng Văn Bảo và đồng chí Bạch Thị Hoa; thư ký đại hội: đồng chí Xa Thị Liên.
Ban kiểm phiếu do đại hội bầu gồm:
1) Đồng chí Bùi Văn Lượng - Trưởng ban;
2) Đồng chí Quách Thị Hằng - Ủy viên;
3) Đồng chí Đinh Thị Nhàn - Ủy viên.
Tổng số đảng viên được triệu tập: 21 đồng chí (19 chính thức, 2 dự bị). Có mặt: 20 đồng chí (18 chính thức, 2 dự bị). Vắng: 01 đồng chí chính thức (đồng chí Nguyễn Thị Thoa - đi học lớp trung cấp lý luận chính trị).
Đại hội biểu quyết số lượng chi ủy viên nhiệm kỳ 2020 - 2022 là 03 đồng chí; danh sách bầu cử gồm 04 đồng chí.
Trước khi bỏ phiếu, Ban kiểm phiếu đã kiểm tra hòm phiếu trước đại hội, hướng dẫn cách bỏ phiếu: phiếu hợp lệ là phiếu do Ban kiểm phiếu phát ra, có đóng dấu của Đảng ủy xã, không gạch quá số lượng phải bầu và không ghi thêm tên người ngoài danh sách. Đảng viên dự bị không tham gia bỏ phiếu.
I. BẦU CHI ỦY
Số phiếu phát ra: 18; số phiếu thu về: 18; số phiếu hợp lệ: 17; số phiếu không hợp lệ: 01 (gạch không đúng quy định).
Kết quả kiểm phiếu (xếp theo thứ tự trong phiếu bầu):
TT\tHọ và tên\tSố phiếu bầu\tTỷ lệ % so với số phiếu hợp lệ
1\tHoàng Văn Bảo\t16\t94,1
2\tBạch Thị Hoa\t15\t88,2
3\tNguyễn Đức Mạnh\t14\t82,4
4\tXa Văn Thắng\t6\t35,3
Căn cứ kết quả trên, các đồng chí Hoàng Văn Bảo, Bạch Thị Hoa, Nguyễn Đức Mạnh trúng cử Chi ủy nhiệm kỳ 2020 - 2022. Đồng chí Xa Văn Thắng không trúng cử do số phiếu không quá một nửa.
II. BẦU BÍ THƯ CHI BỘ
Số phiếu phát ra: 18; số phiếu thu về: 18; số phiếu hợp lệ: 18.
Đồng chí Hoàng Văn Bảo được 17/18 phiếu, đạt 94,4% so với số phiếu hợp lệ, trúng cử Bí thư Chi bộ nhiệm kỳ 2020 - 2022.
Sau khi công bố kết quả, Ban kiểm phiếu đã niêm phong toàn bộ phiếu bầu và bàn giao cho Đoàn Chủ tịch để lưu vào hồ sơ đại hội.
Biên bản được lập xong hồi 10 giờ 40 phút cùng ngày và công bố trước đại hội.
T/M BAN KIỂM PHIẾU
TRƯỞNG BAN
Bùi Văn Lượng
""", gold(
    "bien_ban", issuer="CHI BỘ TRƯỜNG THCS VĨNH ĐỒNG", issuer_parent="ĐẢNG BỘ XÃ VĨNH ĐỒNG",
    place="Vĩnh Đồng", date="2020-05-12", title="KIỂM PHIẾU BẦU CHI ỦY VÀ BÍ THƯ CHI BỘ NHIỆM KỲ 2020 - 2022",
    meeting=M("Đại hội Chi bộ Trường THCS Vĩnh Đồng lần thứ VII, nhiệm kỳ 2020 - 2022", "đại hội", None, None,
              "2020-05-12", "Phòng hội đồng nhà trường", ["Hoàng Văn Bảo", "Bạch Thị Hoa"], "Xa Thị Liên"),
    attendance=A(21, 19, 2, 20, 1, [AB("Nguyễn Thị Thoa", "đi học lớp trung cấp lý luận chính trị")]),
    decisions=[V("election", "bầu Chi ủy", 16, None, None, 17, "Hoàng Văn Bảo", "trúng cử"),
               V("election", "bầu Chi ủy", 15, None, None, 17, "Bạch Thị Hoa", "trúng cử"),
               V("election", "bầu Chi ủy", 14, None, None, 17, "Nguyễn Đức Mạnh", "trúng cử"),
               V("election", "bầu Chi ủy", 6, None, None, 17, "Xa Văn Thắng", "không trúng cử"),
               V("election", "bầu Bí thư Chi bộ", 17, None, None, 18, "Hoàng Văn Bảo", "trúng cử")],
    signers=[S("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Bùi Văn Lượng")],
    key_figures=["số phiếu hợp lệ: 17", "94,1", "88,2", "82,4", "35,3", "17/18", "94,4%"],
    noise_figures=["12/5/2020", "2020 - 2022", "lần thứ VII", "10 giờ 40 phút"]),
    pct=[(16, 17, "94,1"), (15, 17, "88,2"), (14, 17, "82,4"), (6, 17, "35,3"), (17, 18, "94,4%")],
    shape="kiểm phiếu; stacked header with date line; ballot table TAB; one candidate not elected; single signer T/M"))
