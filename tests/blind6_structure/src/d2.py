from h import G, M, A, D, T, K, S

DOCS = {}

# 5 ---------------------------------------------------------------------------------------
DOCS["bb_kiemphieu_daihoi_chibo"] = ("""ĐẢNG BỘ PHƯỜNG PHÚ MỸ TÂY
CHI BỘ KHU PHỐ 4
ĐẠI HỘI LẦN THỨ XI
*
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Mỹ Tây, ngày 14 tháng 5 năm 2025
BIÊN BẢN KIỂM PHIẾU
Bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2030
Đại hội Chi bộ Khu phố 4 lần thứ XI, nhiệm kỳ 2025 - 2030 họp ngày 14/5/2025 tại Hội trường Khu phố 4, do Đoàn Chủ tịch gồm đồng chí Nguyễn Thành Công và đồng chí Lâm Thị Xuân Mai điều hành; Thư ký đại hội: đồng chí Ông Thị Ngọc Bích.
Tổng số đảng viên chính thức được triệu tập: 32 đồng chí. Có mặt lúc bầu cử: 30 đồng chí. Vắng: 02 đồng chí (Hà Văn Sơn - ốm, đang nằm viện; Lý Thị Bích - ra nước ngoài thăm con).
Đại hội đã biểu quyết số lượng chi ủy khóa mới là 03 đồng chí (30/30 tán thành) và thông qua danh sách bầu cử gồm 04 đồng chí.
Ban kiểm phiếu gồm: 1) đ/c Tăng Văn Hữu, Trưởng ban; 2) đ/c Võ Thị Cúc, ủy viên; 3) đ/c Mã Quốc Toàn, ủy viên.
I. BẦU CHI ỦY
- Số phiếu phát ra: 30 phiếu; số phiếu thu về: 30 phiếu.
- Số phiếu hợp lệ: 29 phiếu; không hợp lệ: 01 phiếu (bầu quá số lượng).
Kết quả (tỷ lệ % tính trên tổng số phiếu hợp lệ):
1. Nguyễn Thành Công: 28 phiếu, đạt 96,55%
2. Lâm Thị Xuân Mai: 27 phiếu, đạt 93,10%
3. Châu Văn Được: 21 phiếu, đạt 72,41%
4. Kha Minh Tài: 11 phiếu, đạt 37,93%
Các đồng chí trúng cử Chi ủy (theo thứ tự số phiếu từ cao xuống thấp): Nguyễn Thành Công, Lâm Thị Xuân Mai, Châu Văn Được. Đồng chí Kha Minh Tài không trúng cử do không đủ số phiếu và số lượng.
II. BẦU BÍ THƯ CHI BỘ
Phát ra 30 phiếu, thu về 30 phiếu, hợp lệ 30 phiếu. Đồng chí Nguyễn Thành Công được 29/30 phiếu (96,67%), trúng cử Bí thư Chi bộ nhiệm kỳ 2025 - 2030.
Biên bản được lập xong lúc 10 giờ 45 phút, đọc trước đại hội và được đại hội thông qua.
⇥T/M BAN KIỂM PHIẾU
⇥TRƯỞNG BAN
⇥Tăng Văn Hữu
""", G("bien_ban", "CHI BỘ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG PHÚ MỸ TÂY", None, "Phú Mỹ Tây", "2025-05-14",
       "Bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2030",
       M("Đại hội Chi bộ Khu phố 4 lần thứ XI, nhiệm kỳ 2025 - 2030", "đại hội", None, None, "2025-05-14",
         "Hội trường Khu phố 4", ["Nguyễn Thành Công", "Lâm Thị Xuân Mai"], "Ông Thị Ngọc Bích", None),
       A(32, None, None, 30, 2, [("Hà Văn Sơn", "ốm, đang nằm viện"), ("Lý Thị Bích", "ra nước ngoài thăm con")]),
       [D("vote", "số lượng chi ủy khóa mới là 03 đồng chí", None, 30, None, None, 30, "thông qua"),
        D("election", "Bầu Chi ủy", "Nguyễn Thành Công", 28, None, None, 29, "trúng cử"),
        D("election", "Bầu Chi ủy", "Lâm Thị Xuân Mai", 27, None, None, 29, "trúng cử"),
        D("election", "Bầu Chi ủy", "Châu Văn Được", 21, None, None, 29, "trúng cử"),
        D("election", "Bầu Chi ủy", "Kha Minh Tài", 11, None, None, 29, "không trúng cử"),
        D("election", "Bầu Bí thư Chi bộ", "Nguyễn Thành Công", 29, None, None, 30, "trúng cử")],
       [],
       [],
       [S("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Tăng Văn Hữu")],
       [],
       ["32 đồng chí", "30 đồng chí", "29 phiếu", "96,55%", "93,10%", "72,41%", "37,93%", "29/30 phiếu (96,67%)"],
       ["lần thứ XI", "2025 - 2030", "14/5/2025", "10 giờ 45 phút", "Khu phố 4", "03 đồng chí"]))

# 6 ---------------------------------------------------------------------------------------
DOCS["bc_dangy_phuong_quy3"] = ("""ĐẢNG BỘ TỈNH GIA LAI
ĐẢNG ỦY PHƯỜNG ĐÔNG HÀ XUÂN
*
Số 58-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Hà Xuân, ngày 28 tháng 9 năm 2025
BÁO CÁO
kết quả công tác quý III, phương hướng nhiệm vụ quý IV năm 2025
-----
Quý III/2025 là quý đầu tiên Đảng bộ phường hoạt động theo mô hình chính quyền địa phương hai cấp. Ban Chấp hành Đảng bộ phường đã tập trung lãnh đạo ổn định tổ chức bộ máy, bảo đảm hoạt động thông suốt; kết quả cụ thể như sau:
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III
1. Công tác xây dựng Đảng
- Tổ chức quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I cho 1.284 đảng viên, đạt 97,6%.
- Kết nạp 9 đảng viên mới trong quý; lũy kế 9 tháng kết nạp 19/26 đảng viên, đạt 73,08% chỉ tiêu năm.
- Công tác kiểm tra, giám sát: kiểm tra 4/4 tổ chức đảng theo chương trình quý III, đạt 100% kế hoạch quý; giám sát chuyên đề mới thực hiện 2/3 cuộc theo kế hoạch quý, chưa đạt (01 cuộc lùi sang quý IV do trùng lịch đại hội).
2. Lãnh đạo phát triển kinh tế - xã hội
Thu ngân sách trên địa bàn 9 tháng 64,73 tỷ đồng, đạt 80,9% dự toán năm (80 tỷ đồng), tăng 12,4% so với cùng kỳ. Hộ kinh doanh cá thể đăng ký mới 137 hộ. Giải quyết việc làm cho 412 lao động.
3. Hạn chế: tiến độ giải phóng mặt bằng dự án đường Trần Quý Cáp nối dài chậm; một số chi bộ khu dân cư sinh hoạt chưa đều.
II. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV
Chỉ tiêu chủ yếu quý IV: kết nạp 7 đảng viên mới; thu ngân sách đạt 15,27 tỷ đồng.
Nhiệm vụ trọng tâm:
- Lãnh đạo tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025, hoàn thành trước ngày 31/12/2025.
- Ủy ban Kiểm tra Đảng ủy tổ chức cuộc giám sát chuyên đề còn lại, xong trước ngày 30/11/2025.
- Đảng ủy UBND phường chỉ đạo đẩy nhanh giải phóng mặt bằng dự án đường Trần Quý Cáp nối dài.
- Giao Ban Xây dựng Đảng hướng dẫn các chi bộ khu dân cư đổi mới nội dung sinh hoạt, báo cáo kết quả trong quý IV/2025.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ THƯỜNG TRỰC
Mạc Thị Thanh Tâm
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Ban Tổ chức Tỉnh ủy,
- Các chi, đảng bộ trực thuộc,
- Lưu VPĐU.
""", G("bao_cao", "ĐẢNG ỦY PHƯỜNG ĐÔNG HÀ XUÂN", "ĐẢNG BỘ TỈNH GIA LAI", "58-BC/ĐU", "Đông Hà Xuân", "2025-09-28",
       "kết quả công tác quý III, phương hướng nhiệm vụ quý IV năm 2025",
       None, None, [],
       [T("Kết nạp", 26, 19, "đảng viên", "9 tháng năm 2025", "tiến độ"),
        T("kiểm tra", 4, 4, "tổ chức đảng", "quý III/2025", "đạt"),
        T("giám sát chuyên đề", 3, 2, "cuộc", "quý III/2025", "chưa đạt"),
        T("Thu ngân sách trên địa bàn", 80, 64.73, "tỷ đồng", "9 tháng năm 2025", "tiến độ"),
        T("kết nạp", 7, None, "đảng viên", "quý IV/2025", None),
        T("thu ngân sách", 15.27, None, "tỷ đồng", "quý IV/2025", None)],
       [K("Lãnh đạo tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025", None, "trước ngày 31/12/2025"),
        K("tổ chức cuộc giám sát chuyên đề còn lại", "Ủy ban Kiểm tra Đảng ủy", "trước ngày 30/11/2025"),
        K("chỉ đạo đẩy nhanh giải phóng mặt bằng dự án đường Trần Quý Cáp nối dài", "Đảng ủy UBND phường", None),
        K("hướng dẫn các chi bộ khu dân cư đổi mới nội dung sinh hoạt", "Ban Xây dựng Đảng", "trong quý IV/2025")],
       [S("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Mạc Thị Thanh Tâm")],
       ["Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tổ chức Tỉnh ủy", "Các chi, đảng bộ trực thuộc", "Lưu VPĐU"],
       ["1.284 đảng viên", "97,6%", "19/26", "73,08%", "64,73 tỷ đồng", "80,9%", "12,4%", "412 lao động"],
       ["58-BC/ĐU", "Quý III/2025", "lần thứ I", "quý IV", "31/12/2025", "30/11/2025"]))

# 7 ---------------------------------------------------------------------------------------
DOCS["bc_ubnd_xa_9thang"] = ("""UBND TỈNH ĐẮK LẮK⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND XÃ EA KNIR⇥Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND⇥Ea Knir, ngày 30 tháng 9 năm 2025
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm; nhiệm vụ, giải pháp 3 tháng cuối năm 2025
Thực hiện Kế hoạch phát triển KT-XH năm 2025 được HĐND xã thông qua, UBND xã báo cáo kết quả 9 tháng như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Các chỉ tiêu chủ yếu
Chỉ tiêu | ĐVT | KH năm 2025 | TH 9 tháng | So KH (%)
Tổng diện tích gieo trồng | ha | 5.850 | 5.712 | 97,6
Sản lượng cà phê nhân | tấn | 9.400 | 2.115 | 22,5
Thu ngân sách xã | triệu đồng | 12.600 | 9.954 | 79,0
Tỷ lệ dân số tham gia BHYT | % | 93,5 | 90,8 | -
Số hộ nghèo giảm | hộ | 45 | 31 | 68,9
2. Một số lĩnh vực khác
- Chăn nuôi: tổng đàn bò 3.420 con, đàn heo 11.860 con; tiêm phòng LMLM đợt 1 đạt 86%.
- Giải ngân vốn đầu tư công đạt 71,3% kế hoạch vốn; đã khởi công 3/5 công trình giao thông nông thôn.
- Giáo dục: tỷ lệ học sinh lên lớp bậc THCS 97,2%; 2 trường được công nhận đạt chuẩn quốc gia.
- Quốc phòng: giao quân đủ 24/24 công dân.
3. Tồn tại: sản lượng cà phê phụ thuộc vụ thu hoạch cuối năm; còn 14 hộ nghèo chưa có phương án thoát nghèo.
II. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM
1. Tập trung chỉ đạo thu hoạch cà phê, phấn đấu hoàn thành kế hoạch sản lượng năm.
2. Giao Phòng Kinh tế phối hợp Thuế cơ sở đôn đốc thu các khoản thuế, phí, hoàn thành trước ngày 15/12/2025.
3. Giao Phòng Văn hóa - Xã hội rà soát hộ nghèo, hộ cận nghèo năm 2025, báo cáo kết quả trước ngày 20/11/2025.
4. Công an xã, Ban CHQS xã triển khai công tác tuyển quân năm 2026 theo kế hoạch.
Trên đây là báo cáo tình hình thực hiện nhiệm vụ 9 tháng năm 2025 của UBND xã Ea Knir./.
Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy xã;
- TT HĐND xã;
- Các ngành, đoàn thể xã;
- Lưu: VT, VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Thuân Niê
""", G("bao_cao", "UBND XÃ EA KNIR", "UBND TỈNH ĐẮK LẮK", "215/BC-UBND", "Ea Knir", "2025-09-30",
       "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm; nhiệm vụ, giải pháp 3 tháng cuối năm 2025",
       None, None, [],
       [T("Tổng diện tích gieo trồng", 5850, 5712, "ha", "9 tháng năm 2025", "tiến độ"),
        T("Sản lượng cà phê nhân", 9400, 2115, "tấn", "9 tháng năm 2025", "tiến độ"),
        T("Thu ngân sách xã", 12600, 9954, "triệu đồng", "9 tháng năm 2025", "tiến độ"),
        T("Tỷ lệ dân số tham gia BHYT", 93.5, 90.8, "%", "9 tháng năm 2025", "tiến độ"),
        T("Số hộ nghèo giảm", 45, 31, "hộ", "9 tháng năm 2025", "tiến độ")],
       [K("Tập trung chỉ đạo thu hoạch cà phê, phấn đấu hoàn thành kế hoạch sản lượng năm", None, None),
        K("phối hợp Thuế cơ sở đôn đốc thu các khoản thuế, phí", "Phòng Kinh tế", "trước ngày 15/12/2025"),
        K("rà soát hộ nghèo, hộ cận nghèo năm 2025, báo cáo kết quả", "Phòng Văn hóa - Xã hội", "trước ngày 20/11/2025"),
        K("triển khai công tác tuyển quân năm 2026 theo kế hoạch", "Công an xã, Ban CHQS xã", None)],
       [S("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Y Thuân Niê")],
       ["UBND tỉnh (b/c)", "TT Đảng ủy xã", "TT HĐND xã", "Các ngành, đoàn thể xã", "Lưu: VT, VP"],
       ["3.420 con", "11.860 con", "86%", "71,3%", "3/5 công trình", "97,2%", "24/24", "14 hộ nghèo"],
       ["215/BC-UBND", "30 tháng 9 năm 2025", "3 tháng cuối năm", "năm 2026", "15/12/2025", "20/11/2025"]))

# 8 ---------------------------------------------------------------------------------------
DOCS["bc_hoiphunu_tongket_nam"] = ("""HỘI LHPN TỈNH AN GIANG⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI LHPN XÃ VĨNH HÒA TÂY⇥Độc lập - Tự do - Hạnh phúc
Số: 37/BC-HPN⇥Vĩnh Hòa Tây, ngày 02 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác Hội và phong trào phụ nữ năm 2025, phương hướng nhiệm vụ năm 2026
Năm 2025, Hội LHPN xã có 9 chi hội với 2.318 hội viên. Trong bối cảnh sắp xếp tổ chức bộ máy, các cấp Hội đã chủ động bám sát chương trình công tác, hoàn thành phần lớn các chỉ tiêu được giao.
I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2025
TT⇥Chỉ tiêu⇥Kế hoạch⇥Thực hiện⇥Đánh giá
1⇥Phát triển hội viên mới⇥150⇥163⇥Vượt
2⇥Tỷ lệ tập hợp hội viên (%)⇥82⇥84,6⇥Vượt
3⇥Giúp hộ phụ nữ nghèo thoát nghèo (hộ)⇥12⇥10⇥Chưa đạt
4⇥Xây dựng mô hình "Phụ nữ 5 không 3 sạch" mới⇥2⇥2⇥Đạt
5⇥Vận động quỹ Mái ấm tình thương (triệu đồng)⇥180⇥211,5⇥Vượt
Ngoài ra, Hội phối hợp Ngân hàng CSXH quản lý 14 tổ tiết kiệm và vay vốn, dư nợ 28,74 tỷ đồng, nợ quá hạn 0,12%. Xếp loại cuối năm: 7/9 chi hội xuất sắc, 2 chi hội khá. Trao 4 căn Mái ấm tình thương, mỗi căn hỗ trợ 50 triệu đồng.
Hạn chế: chỉ tiêu giúp hộ phụ nữ nghèo thoát nghèo chưa đạt (10/12 hộ) do 2 hộ có người bệnh hiểm nghèo.
II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026
Chỉ tiêu năm 2026: phát triển 140 hội viên mới; tỷ lệ tập hợp hội viên đạt 85%; giúp 10 hộ phụ nữ nghèo thoát nghèo.
Giải pháp:
+ Đổi mới sinh hoạt chi hội, mỗi quý ít nhất 01 buổi sinh hoạt chuyên đề.
+ Giao Ban Thường vụ phân công ủy viên phụ trách từng hộ nghèo, lập sổ theo dõi trước ngày 31/01/2026.
+ Phối hợp Đoàn Thanh niên tổ chức Ngày hội gia đình trong tháng 6/2026.
+ Các chi hội trưởng hoàn thành thu hội phí năm 2026 trước ngày 30/6/2026.
Nơi nhận:⇥TM. BAN THƯỜNG VỤ
- Hội LHPN tỉnh (b/c);⇥CHỦ TỊCH
- Đảng ủy, UBND xã;⇥
- Lưu VP.⇥Diệp Ngọc Trân
""", G("bao_cao", "HỘI LHPN XÃ VĨNH HÒA TÂY", "HỘI LHPN TỈNH AN GIANG", "37/BC-HPN", "Vĩnh Hòa Tây", "2025-12-02",
       "Tổng kết công tác Hội và phong trào phụ nữ năm 2025, phương hướng nhiệm vụ năm 2026",
       None, None, [],
       [T("Phát triển hội viên mới", 150, 163, "hội viên", "năm 2025", "vượt"),
        T("Tỷ lệ tập hợp hội viên", 82, 84.6, "%", "năm 2025", "vượt"),
        T("Giúp hộ phụ nữ nghèo thoát nghèo", 12, 10, "hộ", "năm 2025", "chưa đạt"),
        T("Xây dựng mô hình \"Phụ nữ 5 không 3 sạch\" mới", 2, 2, "mô hình", "năm 2025", "đạt"),
        T("Vận động quỹ Mái ấm tình thương", 180, 211.5, "triệu đồng", "năm 2025", "vượt"),
        T("phát triển 140 hội viên mới", 140, None, "hội viên", "năm 2026", None),
        T("tỷ lệ tập hợp hội viên", 85, None, "%", "năm 2026", None),
        T("giúp 10 hộ phụ nữ nghèo thoát nghèo", 10, None, "hộ", "năm 2026", None)],
       [K("Đổi mới sinh hoạt chi hội, mỗi quý ít nhất 01 buổi sinh hoạt chuyên đề", None, None),
        K("phân công ủy viên phụ trách từng hộ nghèo, lập sổ theo dõi", "Ban Thường vụ", "trước ngày 31/01/2026"),
        K("Phối hợp Đoàn Thanh niên tổ chức Ngày hội gia đình", None, "trong tháng 6/2026"),
        K("hoàn thành thu hội phí năm 2026", "Các chi hội trưởng", "trước ngày 30/6/2026")],
       [S("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Diệp Ngọc Trân")],
       ["Hội LHPN tỉnh (b/c)", "Đảng ủy, UBND xã", "Lưu VP"],
       ["2.318 hội viên", "14 tổ", "28,74 tỷ đồng", "0,12%", "7/9 chi hội", "4 căn", "50 triệu đồng"],
       ["37/BC-HPN", "năm 2026", "9 chi hội", "01 buổi", "31/01/2026", "30/6/2026"]))
