from common import M, A, AB, D, T, K, S, G

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="nq01_chibo_khupho_nam2026",
    text="""ĐẢNG BỘ PHƯỜNG TÂN PHÚ
CHI BỘ KHU PHỐ 4
*
Số 01-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Phú, ngày 12 tháng 01 năm 2026
NGHỊ QUYẾT
lãnh đạo thực hiện nhiệm vụ năm 2026
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Nghị quyết số 05-NQ/ĐU, ngày 06/01/2026 của Đảng ủy phường Tân Phú về nhiệm vụ năm 2026;
- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 10/01/2026,
CHI BỘ KHU PHỐ 4 QUYẾT NGHỊ:
I- MỤC TIÊU, CHỈ TIÊU NĂM 2026
1- 100% đảng viên được học tập, quán triệt nghị quyết đại hội đảng các cấp.
2- Kết nạp ít nhất 02 đảng viên mới trong năm 2026.
3- Có từ 90% đảng viên trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên; chi bộ hoàn thành tốt nhiệm vụ.
4- Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa từ 95% trở lên; tỷ lệ hộ cận nghèo dưới 1,5% (đến ngày 31/12/2026).
5- Thu đảng phí đạt 100% số đảng viên phải nộp, nộp cấp trên trước ngày 10 của tháng đầu quý.
II- NHIỆM VỤ, GIẢI PHÁP
1- Đổi mới nội dung sinh hoạt chi bộ; mỗi quý tổ chức ít nhất 01 buổi sinh hoạt chuyên đề. Đồng chí Phó Bí thư Chi bộ Trần Quang Vũ phụ trách, xây dựng kế hoạch sinh hoạt chuyên đề cả năm trước ngày 31/01/2026.
2- Giao đồng chí Lưu Thị Kim Dung, chi ủy viên, theo dõi, giúp đỡ 02 quần chúng ưu tú Phạm Đức Anh, Hồ Ngọc Trâm hoàn thiện hồ sơ, đề nghị kết nạp trong quý III/2026.
3- Ban điều hành khu phố phối hợp Ban công tác Mặt trận vận động nhân dân tham gia giữ gìn vệ sinh môi trường, chỉnh trang hẻm 12 và hẻm 18 trước ngày 30/4/2026.
4- Các đảng viên thực hiện nghiêm Quy định số 213-QĐ/TW về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú.
III- TỔ CHỨC THỰC HIỆN
1- Chi ủy cụ thể hóa nghị quyết thành chương trình công tác hằng tháng, hằng quý; định kỳ 6 tháng sơ kết, cuối năm tổng kết việc thực hiện nghị quyết.
2- Mỗi đảng viên xây dựng kế hoạch cá nhân thực hiện nghị quyết, gửi chi ủy trước ngày 20/01/2026.
3- Giao đồng chí Bí thư Chi bộ báo cáo Đảng ủy phường kết quả thực hiện nghị quyết trước ngày 15/12/2026.
Nghị quyết này đã được 18/18 đảng viên chính thức có mặt tại buổi sinh hoạt chi bộ biểu quyết thông qua (đạt 100%) và có hiệu lực kể từ ngày ký./.
Nơi nhận:\t\t\t\t\tT/M CHI BỘ
- Đảng ủy phường (b/c),\t\t\t\tBÍ THƯ
- Đảng viên trong chi bộ,
- Lưu chi bộ.\t\t\t\t\tNgô Thị Bích Liên
""",
    pcts=[("18/18 đảng viên chính thức có mặt tại buổi sinh hoạt chi bộ biểu quyết thông qua (đạt 100%", 18, 18)],
    free_pcts=["90%", "95%", "1,5%"],
    gold=G("nghi_quyet", "CHI BỘ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG TÂN PHÚ", "01-NQ/CB", "Tân Phú", "2026-01-12",
           "lãnh đạo thực hiện nhiệm vụ năm 2026",
           M(None, None, None, None, "2026-01-10", None, [], None, None),
           None,
           [D("resolution", 18, None, None, 18, None, "thông qua")],
           [T("100% đảng viên được học tập, quán triệt nghị quyết đại hội đảng các cấp", 100, None, "%",
              "năm 2026", None),
            T("Kết nạp ít nhất 02 đảng viên mới", 2, None, "đảng viên", "năm 2026", None),
            T("Có từ 90% đảng viên trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên", 90, None, "%",
              "năm 2026", None),
            T("Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", 95, None, "%", "năm 2026", None),
            T("tỷ lệ hộ cận nghèo", 1.5, None, "%", "đến ngày 31/12/2026", None),
            T("Thu đảng phí đạt 100% số đảng viên phải nộp", 100, None, "%", "năm 2026", None)],
           [K("Đổi mới nội dung sinh hoạt chi bộ; mỗi quý tổ chức ít nhất 01 buổi sinh hoạt chuyên đề", None, None),
            K("xây dựng kế hoạch sinh hoạt chuyên đề cả năm", "Đồng chí Phó Bí thư Chi bộ Trần Quang Vũ",
              "trước ngày 31/01/2026"),
            K("theo dõi, giúp đỡ 02 quần chúng ưu tú Phạm Đức Anh, Hồ Ngọc Trâm hoàn thiện hồ sơ, đề nghị kết nạp",
              "đồng chí Lưu Thị Kim Dung", "trong quý III/2026"),
            K("phối hợp Ban công tác Mặt trận vận động nhân dân tham gia giữ gìn vệ sinh môi trường, chỉnh trang hẻm 12 và hẻm 18",
              "Ban điều hành khu phố", "trước ngày 30/4/2026"),
            K("thực hiện nghiêm Quy định số 213-QĐ/TW", "Các đảng viên", None),
            K("cụ thể hóa nghị quyết thành chương trình công tác hằng tháng, hằng quý", "Chi ủy", None),
            K("xây dựng kế hoạch cá nhân thực hiện nghị quyết, gửi chi ủy", "Mỗi đảng viên", "trước ngày 20/01/2026"),
            K("báo cáo Đảng ủy phường kết quả thực hiện nghị quyết", "đồng chí Bí thư Chi bộ",
              "trước ngày 15/12/2026")],
           [S("T/M CHI BỘ", "BÍ THƯ", "Ngô Thị Bích Liên")],
           ["Đảng ủy phường (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
           ["02 đảng viên mới", "90%", "95%", "1,5%", "18/18 đảng viên chính thức"],
           ["01-NQ/CB", "05-NQ/ĐU", "06/01/2026", "213-QĐ/TW", "hẻm 12"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="tb01_ketluan_vp_ubnd_tinh",
    text="""UBND TỈNH BÌNH ĐỊNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG\t\t\tĐộc lập - Tự do - Hạnh phúc
Số: 245/TB-VPUBND\t\tBình Định, ngày 19 tháng 5 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Phan Quốc Việt tại cuộc họp
nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng Dự án đường ven biển
Ngày 16/5/2023, tại Phòng họp số 1, UBND tỉnh, đồng chí Phan Quốc Việt - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng Dự án đường ven biển (đoạn Cát Tiến - Đề Gi). Tham dự cuộc họp có lãnh đạo các Sở: Giao thông vận tải, Tài nguyên và Môi trường, Tài chính, Xây dựng; Ban Quản lý dự án giao thông tỉnh; UBND các huyện Phù Cát, Phù Mỹ và Văn phòng UBND tỉnh.
Theo báo cáo của Ban Quản lý dự án giao thông tỉnh, đến ngày 12/5/2023 đã bàn giao 28,4/36,5 km mặt bằng, đạt 77,81%; đã chi trả 412,7 tỷ đồng trên tổng số 537 tỷ đồng kinh phí bồi thường (76,85%); còn 146 hộ chưa nhận tiền, trong đó 38 hộ chưa thống nhất đơn giá.
Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Chủ tịch UBND tỉnh Phan Quốc Việt kết luận như sau:
1. Ghi nhận sự nỗ lực của các địa phương; tuy nhiên tiến độ bàn giao mặt bằng vẫn chậm so với mục tiêu hoàn thành trước ngày 30/6/2023 mà UBND tỉnh đã đề ra.
2. Giao UBND huyện Phù Mỹ tổ chức đối thoại với 38 hộ chưa thống nhất đơn giá, hoàn thành trước ngày 31/5/2023; trường hợp đủ điều kiện thì lập hồ sơ cưỡng chế thu hồi đất theo quy định.
3. Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp Sở Tài chính thẩm định giá đất cụ thể bổ sung cho 02 khu tái định cư Mỹ Thành, Cát Hải, trình UBND tỉnh trước ngày 05/6/2023.
4. Ban Quản lý dự án giao thông tỉnh chủ động bố trí đủ vốn chi trả cho các hộ đã có quyết định phê duyệt phương án; báo cáo tiến độ về UBND tỉnh (qua Văn phòng UBND tỉnh) vào thứ Sáu hằng tuần.
5. UBND huyện Phù Cát khẩn trương di dời 02 trụ điện trung thế, phối hợp Công ty Điện lực Bình Định hoàn thành trong tháng 6/2023.
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.
Nơi nhận:\t\t\t\tKT. CHÁNH VĂN PHÒNG
- Chủ tịch, các PCT UBND tỉnh;\t\tPHÓ CHÁNH VĂN PHÒNG
- Các Sở: GTVT, TN&MT, TC, XD;
- Ban QLDA giao thông tỉnh;
- UBND các huyện: Phù Cát, Phù Mỹ;
- Lưu: VT, K14.\t\t\t\tĐinh Thị Thu Sương
""",
    pcts=[("77,81%", 28.4, 36.5), ("76,85%", 412.7, 537)],
    free_pcts=[],
    gold=G("nghi_quyet", "VĂN PHÒNG", "UBND TỈNH BÌNH ĐỊNH", "245/TB-VPUBND", "Bình Định", "2023-05-19",
           "Kết luận của Phó Chủ tịch UBND tỉnh Phan Quốc Việt tại cuộc họp nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng Dự án đường ven biển",
           M("cuộc họp nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng Dự án đường ven biển", "hội nghị",
             None, None, "2023-05-16", "Phòng họp số 1, UBND tỉnh", ["Phan Quốc Việt"], None, None),
           None,
           [],
           [],
           [K("tổ chức đối thoại với 38 hộ chưa thống nhất đơn giá", "UBND huyện Phù Mỹ", "trước ngày 31/5/2023"),
            K("chủ trì, phối hợp Sở Tài chính thẩm định giá đất cụ thể bổ sung cho 02 khu tái định cư Mỹ Thành, Cát Hải, trình UBND tỉnh",
              "Sở Tài nguyên và Môi trường", "trước ngày 05/6/2023"),
            K("chủ động bố trí đủ vốn chi trả cho các hộ đã có quyết định phê duyệt phương án",
              "Ban Quản lý dự án giao thông tỉnh", None),
            K("báo cáo tiến độ về UBND tỉnh (qua Văn phòng UBND tỉnh)", "Ban Quản lý dự án giao thông tỉnh",
              "vào thứ Sáu hằng tuần"),
            K("khẩn trương di dời 02 trụ điện trung thế, phối hợp Công ty Điện lực Bình Định", "UBND huyện Phù Cát",
              "trong tháng 6/2023")],
           [S("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đinh Thị Thu Sương")],
           ["Chủ tịch, các PCT UBND tỉnh", "Các Sở: GTVT, TN&MT, TC, XD", "Ban QLDA giao thông tỉnh",
            "UBND các huyện: Phù Cát, Phù Mỹ", "Lưu: VT, K14"],
           ["28,4/36,5 km", "77,81%", "412,7 tỷ đồng", "537 tỷ đồng", "76,85%", "146 hộ", "38 hộ"],
           ["245/TB-VPUBND", "12/5/2023", "30/6/2023", "Phòng họp số 1", "02 trụ điện"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="tin01_portal_bch_dangbo_xa",
    text="""Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ
Tin tức - Sự kiện > Xây dựng Đảng
Đảng bộ xã Yên Thành tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026
(10:15 | 19/12/2025)
Chiều 18/12, Ban Chấp hành Đảng bộ xã Yên Thành tổ chức Hội nghị lần thứ 7 tổng kết công tác xây dựng Đảng, hệ thống chính trị năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Hồ Văn Nam, Bí thư Đảng ủy xã chủ trì hội nghị. Dự và chỉ đạo có đồng chí Nguyễn Thị Thu Hường, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Đồng chí Hồ Văn Nam, Bí thư Đảng ủy xã phát biểu khai mạc hội nghị. Ảnh: Minh Châu
Năm 2025, trong bối cảnh vừa vận hành mô hình chính quyền địa phương hai cấp, Đảng bộ xã đã lãnh đạo hoàn thành và vượt 19/21 chỉ tiêu Nghị quyết đề ra. Tổng thu ngân sách trên địa bàn đạt 86,4 tỷ đồng, bằng 132,9% dự toán; thu nhập bình quân đầu người ước đạt 68,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,4%. Công tác xây dựng Đảng có chuyển biến; toàn Đảng bộ kết nạp 32/30 đảng viên, đạt 106,67% chỉ tiêu; 41/44 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Tuy nhiên, hội nghị cũng chỉ ra 2 chỉ tiêu chưa đạt là tỷ lệ trường học đạt chuẩn quốc gia và số doanh nghiệp thành lập mới; việc giải ngân vốn đầu tư công còn chậm.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hường ghi nhận kết quả Đảng bộ xã đạt được, đề nghị tiếp tục rà soát, sắp xếp đội ngũ cán bộ sau hợp nhất, nâng cao chất lượng sinh hoạt chi bộ.
Hội nghị đã biểu quyết thống nhất 100% thông qua Nghị quyết về nhiệm vụ năm 2026. Cũng tại hội nghị, Ban Chấp hành đã tiến hành bầu bổ sung 01 Ủy viên Ban Thường vụ Đảng ủy xã; đồng chí Lê Hữu Thọ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trúng cử với 100% số phiếu.
Kết luận hội nghị, đồng chí Hồ Văn Nam yêu cầu các chi bộ, các ngành tập trung: xây dựng chương trình hành động thực hiện nghị quyết, hoàn thành trong tháng 01/2026; đẩy nhanh giải ngân vốn đầu tư công; chuẩn bị tốt các điều kiện phục vụ nhân dân đón Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm.
Đồng chí Lê Hữu Thọ nhận nhiệm vụ Ủy viên Ban Thường vụ Đảng ủy xã. Ảnh: Minh Châu
Minh Châu - Đài Truyền thanh xã
Lượt xem: 1.245 | In bài | Gửi email
Tin liên quan:
- Xã Yên Thành ra quân tổng vệ sinh môi trường (12/12/2025)
- Hội nghị tập huấn nghiệp vụ công tác đảng cho bí thư chi bộ (05/12/2025)
- UBND xã đối thoại với nhân dân về giải phóng mặt bằng (28/11/2025)
""",
    pcts=[("106,67%", 32, 30)],
    free_pcts=["132,9%", "1,4%", "100%"],
    checks=[(19 + 2 == 21, "19/21 + 2 not met")],
    gold=G("tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Yên Thành", None, None, None, "2025-12-18",
           "Đảng bộ xã Yên Thành tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
           M("Hội nghị lần thứ 7", "hội nghị BCH", None, None, "2025-12-18", None, ["Hồ Văn Nam"], None, None),
           None,
           [D("resolution", None, None, None, None, None, "thông qua"),
            D("election", None, None, None, None, "Lê Hữu Thọ", "trúng cử")],
           [T("kết nạp 32/30 đảng viên", 30, 32, "đảng viên", "Năm 2025", "vượt")],
           [K("xây dựng chương trình hành động thực hiện nghị quyết", "các chi bộ, các ngành", "trong tháng 01/2026"),
            K("đẩy nhanh giải ngân vốn đầu tư công", "các chi bộ, các ngành", None),
            K("chuẩn bị tốt các điều kiện phục vụ nhân dân đón Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm",
              "các chi bộ, các ngành", None)],
           [],
           [],
           ["19/21 chỉ tiêu", "86,4 tỷ đồng", "132,9% dự toán", "68,5 triệu đồng/năm", "1,4%",
            "32/30 đảng viên", "106,67%", "41/44 tổ chức cơ sở đảng"],
           ["(10:15 | 19/12/2025)", "Lượt xem: 1.245", "Hội nghị lần thứ 7", "01 Ủy viên", "12/12/2025",
            "05/12/2025"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="tin02_bao_chibo_chuyende",
    text="""Chính trị
Chi bộ Khu phố 3 sinh hoạt chuyên đề về nâng cao chất lượng sinh hoạt chi bộ
Thứ Sáu, 03/10/2025, 17:42 [GMT+7]
(TTXP) - Tối 2-10, Chi bộ Khu phố 3, Đảng bộ phường Phú Lợi tổ chức sinh hoạt chuyên đề quý III năm 2025 với chủ đề “Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới” theo Chỉ thị số 50-CT/TW của Ban Bí thư.
Đồng chí Đoàn Văn Phúc, Bí thư Chi bộ chủ trì buổi sinh hoạt. Dự có đồng chí Trịnh Minh Tuấn, Phó Bí thư Đảng ủy phường.
Các đảng viên dự sinh hoạt chuyên đề tại Nhà văn hóa Khu phố 3. Ảnh: T.L
Chi bộ Khu phố 3 hiện có 35 đảng viên, trong đó có 21 đồng chí là cán bộ hưu trí. Buổi sinh hoạt có 32 đồng chí tham dự, 3 đồng chí vắng có lý do.
Báo cáo chuyên đề do đồng chí Lương Thị Hoa, Phó Bí thư Chi bộ trình bày đã chỉ rõ: 9 tháng năm 2025, chi bộ duy trì sinh hoạt thường kỳ đúng quy định; vận động nhân dân đóng góp hơn 1,2 tỷ đồng xây dựng 2 căn nhà đại đoàn kết và nâng cấp 450 m đường hẻm; 168/172 hộ đạt danh hiệu gia đình văn hóa (97,67%). Tuy vậy, nội dung một số buổi sinh hoạt còn dàn trải, tỷ lệ đảng viên trẻ phát biểu chưa nhiều.
Thảo luận tại buổi sinh hoạt, các đảng viên thống nhất cao với 4 nhóm giải pháp: siết chặt kỷ luật, nền nếp sinh hoạt; mỗi đảng viên tự giác báo cáo kết quả thực hiện nhiệm vụ được phân công; đổi mới nội dung, hình thức sinh hoạt, duy trì ít nhất mỗi quý 1 chuyên đề; ứng dụng công nghệ thông tin trong quản lý đảng viên.
Phát biểu tại buổi sinh hoạt, đồng chí Trịnh Minh Tuấn đề nghị chi bộ lựa chọn chuyên đề sát với thực tiễn khu phố, gắn với những vấn đề người dân quan tâm như an ninh trật tự, vệ sinh môi trường.
Kết luận buổi sinh hoạt, đồng chí Đoàn Văn Phúc giao chi ủy hoàn thiện nghị quyết chuyên đề trước ngày 10/10/2025; phân công đồng chí Lương Thị Hoa theo dõi việc đăng ký phần việc của từng đảng viên. 100% đảng viên có mặt nhất trí thông qua nghị quyết chuyên đề.
Đồng chí Trịnh Minh Tuấn phát biểu chỉ đạo. Ảnh: T.L
THANH LAN
Từ khóa: sinh hoạt chi bộ, Chỉ thị 50-CT/TW, phường Phú Lợi
Chia sẻ: Facebook | Zalo | 0 bình luận
Tin cùng chuyên mục
- Phường Phú Lợi trao 120 thẻ bảo hiểm y tế cho người khó khăn
- Khai mạc Hội thao người cao tuổi phường năm 2025
""",
    pcts=[("97,67%", 168, 172)],
    free_pcts=["100%"],
    gold=G("tin_hoi_nghi", "Chi bộ Khu phố 3", "Đảng bộ phường Phú Lợi", None, None, "2025-10-02",
           "Chi bộ Khu phố 3 sinh hoạt chuyên đề về nâng cao chất lượng sinh hoạt chi bộ",
           M("sinh hoạt chuyên đề quý III năm 2025", "chuyên đề", None, None, "2025-10-02",
             "Nhà văn hóa Khu phố 3", ["Đoàn Văn Phúc"], None, None),
           A(35, None, None, 32, 3, None),
           [D("resolution", None, None, None, None, None, "thông qua")],
           [],
           [K("hoàn thiện nghị quyết chuyên đề", "chi ủy", "trước ngày 10/10/2025"),
            K("theo dõi việc đăng ký phần việc của từng đảng viên", "đồng chí Lương Thị Hoa", None)],
           [],
           [],
           ["35 đảng viên", "32 đồng chí tham dự", "1,2 tỷ đồng", "2 căn nhà đại đoàn kết", "450 m đường hẻm",
            "168/172 hộ", "97,67%"],
           ["Thứ Sáu, 03/10/2025, 17:42 [GMT+7]", "50-CT/TW", "quý III năm 2025", "0 bình luận",
            "120 thẻ bảo hiểm y tế"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="tin03_portal_daihoi_hoinongdan",
    text="""CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐƯỜNG
Trang chủ » Hoạt động đoàn thể
Đại hội Hội Nông dân xã Bản Hon lần thứ IV, nhiệm kỳ 2023 - 2028
Cập nhật: 14/07/2023 09:41
Ngày 13/7, Hội Nông dân xã Bản Hon tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2023 - 2028. Đại hội có 98/100 đại biểu được triệu tập tham dự, đại diện cho 612 hội viên của 11 chi hội. Dự và chỉ đạo đại hội có đồng chí Sùng A Páo, Phó Chủ tịch Hội Nông dân huyện; đồng chí Lò Văn Khiêm, Phó Bí thư Thường trực Đảng ủy xã.
Đoàn Chủ tịch gồm các đồng chí Châu Thị Mây, Lý A Sinh, Tao Văn Dũng điều hành đại hội.
Quang cảnh Đại hội Hội Nông dân xã Bản Hon lần thứ IV
Nhiệm kỳ 2018 - 2023, công tác Hội và phong trào nông dân xã đạt nhiều kết quả: 10/10 chỉ tiêu đều đạt và vượt; kết nạp 116 hội viên mới (chỉ tiêu nhiệm kỳ 100 hội viên), nâng tổng số lên 612 hội viên, trong đó 66 hội viên là đảng viên; toàn Hội có 54 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; hội viên hiến đất, đóng góp khoảng 1,2 tỷ đồng và trên 900 ngày công xây dựng 05 nhà văn hóa, đường giao thông nội bản.
Nhiệm kỳ 2023 - 2028, Hội Nông dân xã đề ra 11 chỉ tiêu, trong đó: mỗi năm kết nạp 10 hội viên trở lên; hằng năm có từ 12% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; 95% hội viên sản xuất nông nghiệp cam kết sản xuất, kinh doanh nông sản bảo đảm an toàn thực phẩm; giới thiệu 05 hội viên ưu tú cho Đảng xem xét, kết nạp.
Phát biểu chỉ đạo, đồng chí Sùng A Páo đề nghị Ban Chấp hành khóa mới tập trung đổi mới nội dung sinh hoạt chi hội, phát triển mô hình kinh tế tập thể, nhân rộng mô hình trồng chè, nuôi cá lồng trên lòng hồ.
Đại hội đã bầu 13 đồng chí vào Ban Chấp hành Hội Nông dân xã khóa IV, nhiệm kỳ 2023 - 2028. Tại hội nghị lần thứ nhất Ban Chấp hành khóa IV, đồng chí Châu Thị Mây tái đắc cử Chủ tịch Hội Nông dân xã với 13/13 phiếu (100%). Đại hội cũng bầu 04 đại biểu đi dự Đại hội Hội Nông dân huyện lần thứ X.
Đại hội biểu quyết thông qua Nghị quyết đại hội với 100% đại biểu tán thành.
Ban Chấp hành Hội Nông dân xã khóa IV ra mắt đại hội
Trọng Nghĩa
Lượt xem: 862
In bài viết | Gửi email | Lên đầu trang
Các tin khác:
+ Huyện đoàn Tam Đường tổ chức tuyên dương thanh niên tiêu biểu (11/07/2023)
+ Hội Liên hiệp Phụ nữ xã Bình Lư tập huấn kỹ năng (10/07/2023)
Bản quyền thuộc UBND huyện Tam Đường. Địa chỉ: Tổ dân phố số 1, thị trấn Tam Đường
""",
    pcts=[("13/13 phiếu (100%", 13, 13)],
    free_pcts=["12%", "95%", "100%"],
    checks=[(116 > 100, "vượt")],
    gold=G("tin_hoi_nghi", "Hội Nông dân xã Bản Hon", None, None, None, "2023-07-13",
           "Đại hội Hội Nông dân xã Bản Hon lần thứ IV, nhiệm kỳ 2023 - 2028",
           M("Đại hội đại biểu lần thứ IV, nhiệm kỳ 2023 - 2028", "đại hội", None, None, "2023-07-13", None,
             ["Châu Thị Mây", "Lý A Sinh", "Tao Văn Dũng"], None, None),
           A(100, None, None, 98, 2, None),
           [D("election", None, None, None, None, None, "trúng cử"),
            D("election", 13, None, None, 13, "Châu Thị Mây", "trúng cử"),
            D("election", None, None, None, None, None, "trúng cử"),
            D("resolution", None, None, None, None, None, "thông qua")],
           [T("kết nạp 116 hội viên mới", 100, 116, "hội viên", "Nhiệm kỳ 2018 - 2023", "vượt"),
            T("mỗi năm kết nạp 10 hội viên trở lên", 10, None, "hội viên", "Nhiệm kỳ 2023 - 2028", None),
            T("hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp", 12, None, "%", "Nhiệm kỳ 2023 - 2028",
              None),
            T("hội viên sản xuất nông nghiệp cam kết sản xuất, kinh doanh nông sản bảo đảm an toàn thực phẩm", 95, None,
              "%", "Nhiệm kỳ 2023 - 2028", None),
            T("giới thiệu 05 hội viên ưu tú cho Đảng", 5, None, "hội viên", "Nhiệm kỳ 2023 - 2028", None)],
           [],
           [],
           [],
           ["98/100 đại biểu", "612 hội viên", "10/10 chỉ tiêu", "116 hội viên mới", "54 hộ", "1,2 tỷ đồng",
            "13 đồng chí", "13/13 phiếu (100%)"],
           ["Cập nhật: 14/07/2023 09:41", "Lượt xem: 862", "lần thứ IV", "nhiệm kỳ 2023 - 2028", "11/07/2023",
            "Tổ dân phố số 1"]),
))
