from common import gold, M, A, AB, V, T, K, S, doc

DOCS = []

# ---------------------------------------------------------------- bc08
DOCS.append(doc("bc08_dangu_xa_quy3_2021", """
ĐẢNG BỘ HUYỆN VŨ THƯ | ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ SONG LÃNG |
* | Song Lãng, ngày 28 tháng 9 năm 2021
Số 47-BC/ĐU |
BÁO CÁO
kết quả công tác xây dựng Đảng quý III, phương hướng nhiệm vụ quý IV năm 2021
Thực hiện Chương trình công tác năm 2021 của Ban Chấp hành Đảng bộ xã, Ban Thường vụ Đảng ủy báo cáo kết quả công tác xây dựng Đảng quý III năm 2021 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác chính trị, tư tưởng: Đảng ủy chỉ đạo 14/14 chi bộ tổ chức quán triệt Nghị quyết Đại hội XIII của Đảng bằng hình thức trực tuyến kết hợp trực tiếp, bảo đảm yêu cầu phòng, chống dịch Covid-19. Toàn xã đã tiêm vắc xin mũi 1 cho 3.915/4.350 người từ 18 tuổi trở lên, đạt 90,0%.
2. Công tác tổ chức, đảng viên: 9 tháng đầu năm kết nạp 7 đảng viên mới, đạt 58,3% chỉ tiêu năm (12 đảng viên); xét công nhận đảng viên chính thức cho 5 đồng chí; trao Huy hiệu 40 năm tuổi Đảng cho 3 đồng chí. Thu đảng phí 9 tháng được 46.380.000 đồng.
3. Công tác kiểm tra, giám sát: Ủy ban Kiểm tra Đảng ủy đã kiểm tra 3/4 chi bộ và giám sát 6/8 đảng viên theo kế hoạch năm; không có đảng viên vi phạm phải xử lý kỷ luật.
4. Công tác dân vận: Đảng ủy chỉ đạo Mặt trận Tổ quốc và các đoàn thể vận động nhân dân ủng hộ Quỹ phòng, chống dịch Covid-19; tặng quà các hộ khó khăn do ảnh hưởng của dịch.
II. HẠN CHẾ
Một số chi bộ nông thôn chưa duy trì sinh hoạt đúng định kỳ trong thời gian giãn cách; công tác tạo nguồn phát triển đảng viên trong thanh niên còn chậm.
III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV NĂM 2021
1. Tiếp tục lãnh đạo thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19; hoàn thành tiêm vắc xin mũi 2 cho người dân đủ điều kiện.
2. Các chi bộ hoàn thành kết nạp 5 đảng viên còn lại theo chỉ tiêu trước ngày 15/12/2021.
3. Giao Ủy ban Kiểm tra Đảng ủy hoàn thành kiểm tra 01 chi bộ và giám sát 02 đảng viên còn lại theo kế hoạch trong quý IV/2021.
4. Chỉ đạo các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2021, hoàn thành trước ngày 31/12/2021.
Nơi nhận: | T/M ĐẢNG ỦY
- Thường trực Huyện ủy; | PHÓ BÍ THƯ
- Ban Tổ chức Huyện ủy; |
- Lưu VPĐU. | (Đã ký)
| Phạm Văn Tiến
""", gold(
    "bao_cao", issuer="ĐẢNG ỦY XÃ SONG LÃNG", issuer_parent="ĐẢNG BỘ HUYỆN VŨ THƯ", doc_number="47-BC/ĐU",
    place="Song Lãng", date="2021-09-28",
    title="kết quả công tác xây dựng Đảng quý III, phương hướng nhiệm vụ quý IV năm 2021",
    targets=[T("kết nạp", 12, 7, "đảng viên", "năm 2021", "tiến độ"),
             T("kiểm tra", 4, 3, "chi bộ", "năm 2021", "tiến độ"),
             T("giám sát", 8, 6, "đảng viên", "năm 2021", "tiến độ")],
    tasks=[K("Tiếp tục lãnh đạo thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19", None, None),
           K("hoàn thành kết nạp 5 đảng viên còn lại theo chỉ tiêu", "Các chi bộ", "trước ngày 15/12/2021"),
           K("hoàn thành kiểm tra 01 chi bộ và giám sát 02 đảng viên còn lại theo kế hoạch", "Ủy ban Kiểm tra Đảng ủy", "trong quý IV/2021"),
           K("Chỉ đạo các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2021", None, "trước ngày 31/12/2021")],
    signers=[S("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Phạm Văn Tiến")],
    recipients=["Thường trực Huyện ủy", "Ban Tổ chức Huyện ủy", "Lưu VPĐU"],
    key_figures=["14/14", "3.915/4.350", "90,0%", "7 đảng viên", "58,3%", "5 đồng chí", "46.380.000 đồng", "3/4"],
    noise_figures=["47-BC/ĐU", "Đại hội XIII", "quý III", "40 năm tuổi Đảng", "18 tuổi"]),
    pct=[(3915, 4350, "90,0%"), (7, 12, "58,3%")],
    shape="Party quarterly report; header flattened with |; Nơi nhận and signature interleaved in | columns"))

# ---------------------------------------------------------------- bc09
DOCS.append(doc("bc09_ubnd_huyen_6thang_2024", """
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN CHÂU\tĐộc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND\tTân Châu, ngày 21 tháng 6 năm 2024
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Kinh tế: Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 312,6 tỷ đồng, đạt 54,8% dự toán tỉnh giao (570,4 tỷ đồng), tăng 8,3% so với cùng kỳ năm 2023 (288,6 tỷ đồng). Giải ngân vốn đầu tư công đến ngày 15/6/2024 đạt 41,7% kế hoạch. Diện tích cây mì niên vụ 2023 - 2024 đạt 26.840 ha. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 4.126 tỷ đồng. Toàn huyện thành lập mới 37 doanh nghiệp, 212 hộ kinh doanh cá thể; 2 dự án đầu tư vào Khu công nghiệp Tân Hội đã được chấp thuận chủ trương.
Cải cách hành chính: Trung tâm Phục vụ hành chính công huyện tiếp nhận 9.358 hồ sơ, giải quyết đúng hạn 9.214 hồ sơ; số hồ sơ còn lại đang trong thời hạn giải quyết.
2. Văn hóa - xã hội: Tỷ lệ hộ nghèo giảm còn 1,12% (đầu năm 1,46%), Nghị quyết HĐND huyện đề ra đến cuối năm giảm còn dưới 1%. Có 2/3 xã đăng ký đạt chuẩn nông thôn mới nâng cao năm 2024 đã cơ bản hoàn thành hồ sơ.
3. Quốc phòng - an ninh: Hoàn thành giao quân 184/184 thanh niên, đạt 100% chỉ tiêu năm 2024.
II. TỒN TẠI, HẠN CHẾ
Tiến độ giải ngân một số dự án chậm do vướng mặt bằng, năng lực một số nhà thầu còn hạn chế; giá mì lát giảm ảnh hưởng đến thu nhập của người trồng; tình trạng khai thác cát trái phép trên hồ Dầu Tiếng còn diễn biến phức tạp.
III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024
1. Phòng Tài chính - Kế hoạch phối hợp Chi cục Thuế khu vực đôn đốc thu ngân sách, phấn đấu hoàn thành dự toán trước ngày 15/12/2024.
2. Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến độ, giải ngân 100% kế hoạch vốn trước ngày 31/01/2025.
3. Phòng Lao động - Thương binh và Xã hội chủ trì rà soát hộ nghèo, hộ cận nghèo cuối năm, hoàn thành trong tháng 11/2024.
4. Công an huyện tăng cường kiểm tra, xử lý khai thác cát trái phép.
Nơi nhận:
- UBND tỉnh (b/c);
- TT. Huyện ủy, TT. HĐND huyện;
- CT, các PCT UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thành Tâm
""", gold(
    "bao_cao", issuer="ỦY BAN NHÂN DÂN HUYỆN TÂN CHÂU", issuer_parent=None, doc_number="412/BC-UBND",
    place="Tân Châu", date="2024-06-21",
    title="Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
    targets=[T("Tổng thu ngân sách nhà nước trên địa bàn", 570.4, 312.6, "tỷ đồng", "năm 2024", "tiến độ"),
             T("Tỷ lệ hộ nghèo", 1, 1.12, "%", "năm 2024", "tiến độ"),
             T("giao quân", 184, 184, "thanh niên", "năm 2024", "đạt")],
    tasks=[K("phối hợp Chi cục Thuế khu vực đôn đốc thu ngân sách, phấn đấu hoàn thành dự toán", "Phòng Tài chính - Kế hoạch", "trước ngày 15/12/2024"),
           K("đẩy nhanh tiến độ, giải ngân 100% kế hoạch vốn", "Ban Quản lý dự án đầu tư xây dựng huyện", "trước ngày 31/01/2025"),
           K("chủ trì rà soát hộ nghèo, hộ cận nghèo cuối năm", "Phòng Lao động - Thương binh và Xã hội", "trong tháng 11/2024"),
           K("tăng cường kiểm tra, xử lý khai thác cát trái phép", "Công an huyện", None)],
    signers=[S("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Thành Tâm")],
    recipients=["UBND tỉnh (b/c)", "TT. Huyện ủy, TT. HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT"],
    key_figures=["312,6 tỷ đồng", "54,8%", "8,3%", "41,7%", "26.840 ha", "1,12%", "184/184", "100%"],
    noise_figures=["412/BC-UBND", "15/6/2024", "2023 - 2024", "1,46%"]),
    pct=[(312.6, 570.4, "54,8%"), (312.6 - 288.6, 288.6, "8,3%"), (184, 184, "100%")],
    shape="state 6-month report; issuer wraps over two header lines; giảm còn/dưới mid-year; numbered tasks with owners; Nơi nhận before 3-line signature"))

# ---------------------------------------------------------------- bc10
DOCS.append(doc("bc10_so_ldtbxh_nam_2018", """
UBND TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\tĐộc lập - Tự do - Hạnh phúc
Số: 2874/BC-SLĐTBXH\tQuy Nhơn, ngày 14 tháng 12 năm 2018
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2018 và kế hoạch năm 2019
Thực hiện Kế hoạch số 58/KH-UBND ngày 12/01/2018 của UBND tỉnh, Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ năm 2018 như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2018
1. Giải quyết việc làm mới cho 26.450 lao động, đạt 105,8% kế hoạch (25.000 lao động), vượt chỉ tiêu.
2. Đưa 1.380 người đi làm việc ở nước ngoài theo hợp đồng, đạt 92,0% kế hoạch (1.500 người), chưa đạt chỉ tiêu.
3. Tỷ lệ lao động qua đào tạo đạt 57,5%, vượt chỉ tiêu kế hoạch (57%).
4. Tỷ lệ hộ nghèo giảm còn 6,24%, đạt chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm còn dưới 6,5%).
5. Tỷ lệ thất nghiệp khu vực thành thị 3,2%, đạt chỉ tiêu (không quá 3,5%).
6. Chi trả trợ cấp ưu đãi hằng tháng cho 14.512 người có công, bảo đảm đúng, đủ, kịp thời.
Ngoài ra, Sở đã phối hợp các địa phương tổ chức thăm, tặng quà người có công nhân dịp Tết Nguyên đán và kỷ niệm 71 năm Ngày Thương binh - Liệt sĩ; tổ chức 24 lớp đào tạo nghề cho lao động nông thôn; thanh tra, kiểm tra việc chấp hành pháp luật lao động tại 46 doanh nghiệp.
II. TỒN TẠI, HẠN CHẾ
Công tác xuất khẩu lao động ở các huyện miền núi An Lão, Vĩnh Thạnh còn thấp; chất lượng đào tạo nghề cho lao động nông thôn chưa đáp ứng nhu cầu doanh nghiệp.
III. KẾ HOẠCH NĂM 2019
1. Các chỉ tiêu chủ yếu:
- Giải quyết việc làm mới cho 26.500 lao động trở lên;
- Đưa 1.600 người đi làm việc ở nước ngoài;
- Tỷ lệ lao động qua đào tạo đạt 60%;
- Tỷ lệ hộ nghèo giảm còn dưới 5,3%.
2. Nhiệm vụ, giải pháp:
- Phối hợp Ngân hàng Chính sách xã hội tỉnh giải ngân vốn vay giải quyết việc làm, hoàn thành trong quý II/2019;
- Tổ chức 12 phiên giao dịch việc làm tại Trung tâm Dịch vụ việc làm tỉnh;
- Rà soát, đề xuất đầu tư các trường, trung tâm giáo dục nghề nghiệp công lập, trình UBND tỉnh trước ngày 30/6/2019.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Hồng Vân
Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- UBND tỉnh (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT, VP.
""", gold(
    "bao_cao", issuer="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", issuer_parent="UBND TỈNH BÌNH ĐỊNH",
    doc_number="2874/BC-SLĐTBXH", place="Quy Nhơn", date="2018-12-14",
    title="Kết quả thực hiện nhiệm vụ năm 2018 và kế hoạch năm 2019",
    targets=[T("Giải quyết việc làm mới", 25000, 26450, "lao động", "năm 2018", "vượt"),
             T("đi làm việc ở nước ngoài theo hợp đồng", 1500, 1380, "người", "năm 2018", "chưa đạt"),
             T("Tỷ lệ lao động qua đào tạo", 57, 57.5, "%", "năm 2018", "vượt"),
             T("Tỷ lệ hộ nghèo", 6.5, 6.24, "%", "năm 2018", "đạt"),
             T("Tỷ lệ thất nghiệp khu vực thành thị", 3.5, 3.2, "%", "năm 2018", "đạt"),
             T("Giải quyết việc làm mới", 26500, None, "lao động", "năm 2019", None),
             T("đi làm việc ở nước ngoài", 1600, None, "người", "năm 2019", None),
             T("Tỷ lệ lao động qua đào tạo", 60, None, "%", "năm 2019", None),
             T("Tỷ lệ hộ nghèo", 5.3, None, "%", "năm 2019", None)],
    tasks=[K("Phối hợp Ngân hàng Chính sách xã hội tỉnh giải ngân vốn vay giải quyết việc làm", None, "trong quý II/2019"),
           K("Tổ chức 12 phiên giao dịch việc làm tại Trung tâm Dịch vụ việc làm tỉnh", None, None),
           K("Rà soát, đề xuất đầu tư các trường, trung tâm giáo dục nghề nghiệp công lập", None, "trước ngày 30/6/2019")],
    signers=[S("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Hồng Vân")],
    recipients=["Bộ LĐ-TB&XH (b/c)", "UBND tỉnh (b/c)", "Sở Kế hoạch và Đầu tư", "Lưu: VT, VP"],
    key_figures=["26.450 lao động", "105,8%", "1.380 người", "92,0%", "57,5%", "6,24%", "3,2%", "14.512 người"],
    noise_figures=["2874/BC-SLĐTBXH", "58/KH-UBND", "12/01/2018", "12 phiên"]),
    pct=[(26450, 25000, "105,8%"), (1380, 1500, "92,0%")],
    shape="Sở annual report; plan/result/verdict incl. giảm còn dưới, không quá, trở lên; future targets; signature then Nơi nhận"))

# ---------------------------------------------------------------- bc11
DOCS.append(doc("bc11_chibo_xom_nam_2025", """
ĐẢNG BỘ XÃ YÊN THÀNH
CHI BỘ XÓM 4
*
Số 08-BC/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Thành, ngày 10 tháng 12 năm 2025
BÁO CÁO
kiểm điểm tập thể chi bộ và kết quả thực hiện nhiệm vụ năm 2025
Chi bộ xóm 4 hiện có 38 đảng viên (35 chính thức, 3 dự bị), trong đó 4 đồng chí được miễn công tác và sinh hoạt đảng. Năm 2025 là năm đầu thực hiện mô hình chính quyền địa phương hai cấp; chi bộ được kiện toàn trực thuộc Đảng bộ xã Yên Thành từ ngày 01/7/2025. Chi bộ đã lãnh đạo xóm tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc, giữ vững danh hiệu khu dân cư văn hóa.
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025
- Kết nạp 02 đảng viên mới/chỉ tiêu 02 đảng viên, đạt chỉ tiêu.
- Vận động nhân dân đóng góp xây dựng nông thôn mới kiểu mẫu được 185 triệu đồng/kế hoạch 200 triệu đồng, đạt 92,5%, chưa đạt kế hoạch.
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%, vượt chỉ tiêu (từ 93% trở lên).
II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN
Tổng số đảng viên được đánh giá: 34 đồng chí (không tính 4 đồng chí miễn sinh hoạt). Hoàn thành xuất sắc nhiệm vụ: 5 đồng chí (14,7%); hoàn thành tốt nhiệm vụ: 26 đồng chí (76,5%); hoàn thành nhiệm vụ: 3 đồng chí (8,8%); không có đảng viên không hoàn thành nhiệm vụ.
Chi bộ tự đánh giá xếp loại: hoàn thành tốt nhiệm vụ.
III. HẠN CHẾ
Việc duy trì sinh hoạt chi bộ nhìn chung nền nếp, có 12 kỳ sinh hoạt thường kỳ và 4 kỳ sinh hoạt chuyên đề; tuy nhiên nội dung sinh hoạt có lúc còn nặng về kinh tế, chưa nhiều ý kiến phê bình; một số đảng viên cao tuổi chưa sử dụng được ứng dụng sổ tay đảng viên điện tử.
IV. PHƯƠNG HƯỚNG NĂM 2026
Chỉ tiêu: kết nạp từ 02 đảng viên trở lên; tỷ lệ hộ nghèo của xóm giảm còn không quá 1,5%; chi bộ đạt hoàn thành tốt nhiệm vụ trở lên.
Nhiệm vụ:
1. Giao đồng chí Phó Bí thư Chi bộ giới thiệu ít nhất 03 quần chúng ưu tú học lớp bồi dưỡng nhận thức về Đảng trước ngày 30/6/2026.
2. Giao Ban công tác Mặt trận xóm vận động hoàn thành phần đóng góp nông thôn mới còn lại trong quý I/2026.
3. Chi ủy hướng dẫn 100% đảng viên cài đặt và sử dụng sổ tay đảng viên điện tử.
Nơi nhận:
- Đảng ủy xã (b/c);
- Đảng viên trong chi bộ;
- Lưu chi bộ.
T/M CHI BỘ
BÍ THƯ
Hồ Sỹ Thành
""", gold(
    "bao_cao", issuer="CHI BỘ XÓM 4", issuer_parent="ĐẢNG BỘ XÃ YÊN THÀNH", doc_number="08-BC/CB",
    place="Yên Thành", date="2025-12-10",
    title="kiểm điểm tập thể chi bộ và kết quả thực hiện nhiệm vụ năm 2025",
    targets=[T("Kết nạp", 2, 2, "đảng viên", "năm 2025", "đạt"),
             T("Vận động nhân dân đóng góp xây dựng nông thôn mới kiểu mẫu", 200, 185, "triệu đồng", "năm 2025", "chưa đạt"),
             T("Tỷ lệ người dân tham gia bảo hiểm y tế", 93, 94.6, "%", "năm 2025", "vượt"),
             T("kết nạp", 2, None, "đảng viên", "năm 2026", None),
             T("tỷ lệ hộ nghèo", 1.5, None, "%", "năm 2026", None)],
    tasks=[K("giới thiệu ít nhất 03 quần chúng ưu tú học lớp bồi dưỡng nhận thức về Đảng", "đồng chí Phó Bí thư Chi bộ", "trước ngày 30/6/2026"),
           K("vận động hoàn thành phần đóng góp nông thôn mới còn lại", "Ban công tác Mặt trận xóm", "trong quý I/2026"),
           K("hướng dẫn 100% đảng viên cài đặt và sử dụng sổ tay đảng viên điện tử", "Chi ủy", None)],
    signers=[S("T/M CHI BỘ", "BÍ THƯ", "Hồ Sỹ Thành")],
    recipients=["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    key_figures=["38 đảng viên", "185 triệu đồng", "92,5%", "94,6%", "5 đồng chí (14,7%)", "26 đồng chí (76,5%)", "3 đồng chí (8,8%)"],
    noise_figures=["08-BC/CB", "01/7/2025", "xóm 4"]),
    pct=[(185, 200, "92,5%"), (5, 34, "14,7%"), (26, 34, "76,5%"), (3, 34, "8,8%")],
    shape="post-merger chi bộ annual report; stacked header with number under '*'; ratings %; future targets (trở lên, không quá); Nơi nhận before signature"))
