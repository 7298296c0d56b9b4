from common import gold, M, A, AB, V, T, K, S, doc

DOCS = []

# ---------------------------------------------------------------- nq12
DOCS.append(doc("nq12_chibo_ap_thang8_2016", """
ĐẢNG BỘ XÃ PHONG THẠNH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP 18
*
Số 08-NQ/CB\tPhong Thạnh, ngày 05 tháng 8 năm 2016
NGHỊ QUYẾT
chi bộ tháng 8 năm 2016
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Nghị quyết Đảng ủy xã Phong Thạnh tháng 8 năm 2016;
- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 05/8/2016,
Chi bộ ấp 18 có 17 đảng viên (15 chính thức, 2 dự bị); dự sinh hoạt 15 đồng chí (14 chính thức, 1 dự bị), vắng 2 đồng chí có lý do.
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 7 NĂM 2016
Toàn ấp thả nuôi 312 ha tôm quảng canh cải tiến, thu hoạch được 96 ha, năng suất bình quân 420 kg/ha; có 6 hộ nuôi tôm siêu thâm canh bị thiệt hại do dịch bệnh. Thu quỹ quốc phòng - an ninh được 11.400.000 đồng. Chi bộ thu đảng phí 15/17 đảng viên.
Công tác xây dựng Đảng: chi bộ duy trì sinh hoạt đúng định kỳ; tổ chức cho đảng viên học tập chuyên đề năm 2016 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; hoàn chỉnh hồ sơ giới thiệu 2 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng. Tình hình an ninh trật tự trên địa bàn ấp ổn định, không xảy ra trộm cắp tài sản.
Tồn tại: còn 3 hộ xả nước thải ao nuôi chưa qua xử lý ra kênh Hộ Phòng - Gành Hào; một số đảng viên chưa gương mẫu tham gia sinh hoạt tổ nhân dân tự quản.
II. NHIỆM VỤ THÁNG 8 NĂM 2016
1. Giao đồng chí Trưởng ấp phối hợp cán bộ thú y xã hướng dẫn các hộ xử lý ao nuôi bị dịch bệnh trước ngày 15/8/2016.
2. Giao Chi hội Nông dân ấp vận động 100% hộ nuôi tôm ký cam kết không xả nước thải chưa qua xử lý ra kênh.
3. Tiếp tục thu quỹ quốc phòng - an ninh, phấn đấu đạt từ 90% kế hoạch năm trở lên.
4. Chi ủy hoàn chỉnh hồ sơ đề nghị xét công nhận đảng viên chính thức cho đồng chí Lâm Thị Diễm, hoàn thành trong tháng 8/2016.
III. TỔ CHỨC THỰC HIỆN
Nghị quyết được 14/14 đảng viên chính thức dự họp biểu quyết tán thành (100%). Chi ủy có trách nhiệm tổ chức thực hiện và báo cáo kết quả tại kỳ sinh hoạt tháng 9. Mỗi đảng viên căn cứ nhiệm vụ được phân công, xây dựng kế hoạch thực hiện cụ thể, gương mẫu vận động gia đình và bà con trong tổ tự quản chấp hành tốt nghị quyết.
Nơi nhận:
- Đảng ủy xã (b/c);
- Đảng viên trong chi bộ;
- Lưu.
T/M CHI BỘ
BÍ THƯ
Trần Văn Của
""", gold(
    "nghi_quyet", issuer="CHI BỘ ẤP 18", issuer_parent="ĐẢNG BỘ XÃ PHONG THẠNH", doc_number="08-NQ/CB",
    place="Phong Thạnh", date="2016-08-05", title="chi bộ tháng 8 năm 2016",
    meeting=M(None, None, None, None, "2016-08-05"),
    attendance=A(17, 15, 2, 15, 2, None),
    decisions=[V("resolution", "Nghị quyết chi bộ tháng 8 năm 2016", 14, None, None, 14, outcome="thông qua")],
    targets=[T("thu quỹ quốc phòng - an ninh", 90, None, "%", "năm 2016", None)],
    tasks=[K("phối hợp cán bộ thú y xã hướng dẫn các hộ xử lý ao nuôi bị dịch bệnh", "đồng chí Trưởng ấp", "trước ngày 15/8/2016"),
           K("vận động 100% hộ nuôi tôm ký cam kết không xả nước thải chưa qua xử lý ra kênh", "Chi hội Nông dân ấp", None),
           K("Tiếp tục thu quỹ quốc phòng - an ninh", None, None),
           K("hoàn chỉnh hồ sơ đề nghị xét công nhận đảng viên chính thức cho đồng chí Lâm Thị Diễm", "Chi ủy", "trong tháng 8/2016")],
    signers=[S("T/M CHI BỘ", "BÍ THƯ", "Trần Văn Của")],
    recipients=["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu"],
    key_figures=["312 ha", "96 ha", "420 kg/ha", "6 hộ", "11.400.000 đồng", "15/17", "14/14"],
    noise_figures=["08-NQ/CB", "05/8/2016", "tháng 9", "ấp 18"]),
    pct=[(14, 14, "100%")],
    shape="chi bộ monthly nghị quyết; meeting date only from 'căn cứ … buổi sinh hoạt'; absentees unnamed; Nơi nhận before signature"))

# ---------------------------------------------------------------- tb13
DOCS.append(doc("tb13_ketluan_pct_ubnd_tinh_2020", """
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc
Số: 218/TB-UBND\tQuảng Ngãi, ngày 04 tháng 9 năm 2020
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Lương Đình Khải tại cuộc họp nghe báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2020
Ngày 31/8/2020, tại Phòng họp số 2, UBND tỉnh, đồng chí Lương Đình Khải - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2020. Tham dự cuộc họp có lãnh đạo các Sở: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường, Giao thông vận tải; Kho bạc Nhà nước tỉnh; đại diện lãnh đạo UBND các huyện, thị xã, thành phố và các chủ đầu tư.
Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2020 của tỉnh là 3.246,8 tỷ đồng; đến ngày 25/8/2020 đã giải ngân 1.412,3 tỷ đồng, đạt 43,5% kế hoạch, thấp hơn bình quân cả nước (48,2%). Có 27 dự án giải ngân dưới 30% kế hoạch vốn. Nguyên nhân chủ yếu là công tác bồi thường, giải phóng mặt bằng còn vướng mắc; một số chủ đầu tư chưa quyết liệt, chậm hoàn thiện hồ sơ thanh toán; nhà thầu thi công chậm do ảnh hưởng của dịch Covid-19.
Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh Lương Đình Khải kết luận như sau:
1. Giao Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án chậm giải ngân, đề xuất điều chuyển vốn, báo cáo UBND tỉnh trước ngày 15/9/2020.
2. Các chủ đầu tư ký cam kết tiến độ giải ngân từng dự án, phấn đấu đến ngày 30/9/2020 giải ngân đạt từ 60% kế hoạch trở lên.
3. Giao Sở Tài nguyên và Môi trường phối hợp UBND các huyện tháo gỡ vướng mắc giải phóng mặt bằng các dự án giao thông, hoàn thành trong tháng 9/2020.
4. Giao Sở Tài chính phối hợp Kho bạc Nhà nước tỉnh rà soát thủ tục thanh toán, không để hồ sơ tồn quá 04 ngày làm việc.
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- CT, PCT UBND tỉnh;
- Các Sở: KH&ĐT, TC, TN&MT, GTVT;
- KBNN tỉnh;
- UBND các huyện, thị xã, thành phố;
- VPUB: PCVP, CBTH;
- Lưu: VT, KTTH.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trương Công Định
""", gold(
    "nghi_quyet", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", issuer_parent=None, doc_number="218/TB-UBND",
    place="Quảng Ngãi", date="2020-09-04",
    title="Kết luận của Phó Chủ tịch UBND tỉnh Lương Đình Khải tại cuộc họp nghe báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2020",
    meeting=M("cuộc họp nghe báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2020", "hội nghị", None, None,
              "2020-08-31", "Phòng họp số 2, UBND tỉnh", ["Lương Đình Khải"], None),
    targets=[T("giải ngân", 3246.8, 1412.3, "tỷ đồng", "năm 2020", "tiến độ"),
             T("giải ngân", 60, None, "%", "đến ngày 30/9/2020", None)],
    tasks=[K("tổng hợp danh mục dự án chậm giải ngân, đề xuất điều chuyển vốn, báo cáo UBND tỉnh", "Sở Kế hoạch và Đầu tư", "trước ngày 15/9/2020"),
           K("ký cam kết tiến độ giải ngân từng dự án", "Các chủ đầu tư", "đến ngày 30/9/2020"),
           K("phối hợp UBND các huyện tháo gỡ vướng mắc giải phóng mặt bằng các dự án giao thông", "Sở Tài nguyên và Môi trường", "trong tháng 9/2020"),
           K("phối hợp Kho bạc Nhà nước tỉnh rà soát thủ tục thanh toán", "Sở Tài chính", None)],
    signers=[S("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trương Công Định")],
    recipients=["CT, PCT UBND tỉnh", "Các Sở: KH&ĐT, TC, TN&MT, GTVT", "KBNN tỉnh", "UBND các huyện, thị xã, thành phố",
                "VPUB: PCVP, CBTH", "Lưu: VT, KTTH"],
    key_figures=["3.246,8 tỷ đồng", "1.412,3 tỷ đồng", "43,5%", "48,2%", "27 dự án", "30%"],
    noise_figures=["218/TB-UBND", "31/8/2020", "25/8/2020", "Phòng họp số 2", "04 ngày làm việc"]),
    pct=[(1412.3, 3246.8, "43,5%")],
    shape="state thông báo kết luận; meeting chaired by a PCT; issuer wraps two header lines; TL. signature; Nơi nhận before signature"))

# ---------------------------------------------------------------- tin14
DOCS.append(doc("tin14_chibo_thon_thuongky_2023", """
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ
Tin tức - Sự kiện > Xây dựng Đảng
Chi bộ thôn Trung Thượng sinh hoạt thường kỳ tháng 5/2023
Cập nhật: 05/05/2023 16:42 | Lượt xem: 1.287
Tối ngày 03/5, Chi bộ thôn Trung Thượng, Đảng bộ xã Sơn Trung tổ chức sinh hoạt chi bộ thường kỳ tháng 5 năm 2023 tại nhà văn hóa thôn. Đồng chí Trần Văn Dũng - Bí thư Chi bộ chủ trì buổi sinh hoạt; dự có đồng chí Nguyễn Thị Thủy - Phó Bí thư Thường trực Đảng ủy xã.
Chi bộ hiện có 46 đảng viên, buổi sinh hoạt có 38 đồng chí tham dự, vắng 8 đồng chí có lý do.
Đồng chí Nguyễn Thị Thủy phát biểu tại buổi sinh hoạt. Ảnh: Thanh Hà
Theo báo cáo, trong tháng 4, nhân dân thôn đã gieo cấy xong 52,6 ha lúa xuân muộn; hiến 640 m2 đất để mở rộng đường trục thôn. Đến nay, thôn đã thu quỹ xây dựng nông thôn mới được 186 triệu đồng/240 triệu đồng kế hoạch năm, đạt 77,5%.
Chi bộ đã thông tin một số nội dung thời sự nổi bật trong tháng, phổ biến kế hoạch của Đảng ủy xã về tổ chức kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh. Tại buổi sinh hoạt, các đảng viên tập trung thảo luận về việc chỉnh trang khu dân cư kiểu mẫu và phòng, chống nắng nóng cho cây lúa. Nghị quyết tháng 5 được 35/35 đảng viên chính thức dự họp biểu quyết tán thành.
Kết luận buổi sinh hoạt, chi bộ giao Ban phát triển thôn hoàn thành thu quỹ nông thôn mới trước ngày 30/6/2023; giao Chi đoàn thanh niên ra quân phát quang, trồng hoa đường làng trong tháng 5/2023.
Đồng chí Nguyễn Thị Thủy đề nghị chi bộ tiếp tục đổi mới nội dung sinh hoạt theo hướng thiết thực, gắn với nhiệm vụ chính trị của địa phương.
Thanh Hà - Đài Truyền thanh xã
In bài viết | Gửi email | Chia sẻ Facebook
Tin liên quan:
- Đảng ủy xã Sơn Trung sơ kết công tác quý I năm 2023 (12/04/2023)
- Chi bộ thôn Đông Thịnh kết nạp đảng viên mới (28/03/2023)
- Xã Sơn Trung ra quân làm đường giao thông nông thôn (15/03/2023)
- Hội nghị triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị năm 2023 (09/03/2023)
SỐ LƯỢT TRUY CẬP: 305.118 | Hôm nay: 214
Bản quyền thuộc UBND xã Sơn Trung. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
""", gold(
    "tin_hoi_nghi", issuer="Chi bộ thôn Trung Thượng", issuer_parent="Đảng bộ xã Sơn Trung", date="2023-05-03",
    title="Chi bộ thôn Trung Thượng sinh hoạt thường kỳ tháng 5/2023",
    meeting=M("sinh hoạt chi bộ thường kỳ tháng 5 năm 2023", "thường kỳ", None, None, "2023-05-03",
              "nhà văn hóa thôn", ["Trần Văn Dũng"], None),
    attendance=A(46, None, None, 38, 8, None),
    decisions=[V("resolution", "Nghị quyết tháng 5", 35, None, None, 35, outcome="thông qua")],
    targets=[T("quỹ xây dựng nông thôn mới", 240, 186, "triệu đồng", "năm 2023", "tiến độ")],
    tasks=[K("hoàn thành thu quỹ nông thôn mới", "Ban phát triển thôn", "trước ngày 30/6/2023"),
           K("ra quân phát quang, trồng hoa đường làng", "Chi đoàn thanh niên", "trong tháng 5/2023")],
    key_figures=["46 đảng viên", "38 đồng chí", "52,6 ha", "640 m2", "186 triệu đồng", "77,5%", "35/35"],
    noise_figures=["Lượt xem: 1.287", "05/05/2023 16:42", "12/04/2023", "28/03/2023", "15/03/2023"]),
    pct=[(186, 240, "77,5%")],
    shape="commune portal news: menu, breadcrumb, 'Lượt xem', caption, byline, related links, copyright footer"))

# ---------------------------------------------------------------- tin15
DOCS.append(doc("tin15_dangu_phuong_bch_lan3_2025", """
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video | Podcast
Chính trị > Xây dựng Đảng
Đảng ủy phường Bình Minh tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ 3
Thứ Năm, 16/10/2025 - 10:25 | 876 lượt xem
(BVL) - Chiều 15/10, Đảng ủy phường Bình Minh, tỉnh Vĩnh Long tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 3, nhiệm kỳ 2025 - 2030, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ quý III, triển khai nhiệm vụ quý IV năm 2025.
Đồng chí Lê Thanh Nhàn - Bí thư Đảng ủy phường chủ trì hội nghị. Hội nghị có 29/31 ủy viên Ban Chấp hành tham dự.
Quang cảnh hội nghị. Ảnh: MINH THƯ
Sau hơn 3 tháng vận hành chính quyền địa phương 2 cấp, bộ máy của phường hoạt động ổn định, thông suốt; việc tiếp nhận, giải quyết thủ tục hành chính cho người dân, doanh nghiệp được thực hiện kịp thời. Công tác quốc phòng, an ninh được giữ vững; phường đã tổ chức thành công Đại hội Đảng bộ phường lần thứ I và đại hội các chi bộ trực thuộc. Lũy kế 9 tháng, thu ngân sách trên địa bàn đạt 71,9 tỷ đồng, bằng 78,2% dự toán năm (91,9 tỷ đồng). Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 68%. Đảng bộ phường đã kết nạp 14 đảng viên, đạt 70% chỉ tiêu năm (20 đảng viên).
Tại hội nghị, các đại biểu thảo luận, chỉ ra một số hạn chế như tiến độ thu ngân sách từ tiền sử dụng đất còn chậm, công tác chỉnh trang đô thị tại các khóm chưa đồng đều; đề xuất giải pháp đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng.
Hội nghị đã biểu quyết thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030 với 29/29 đồng chí dự họp tán thành.
Phát biểu kết luận, đồng chí Lê Thanh Nhàn yêu cầu các chi bộ, cơ quan, đơn vị tập trung hoàn thành các chỉ tiêu năm 2025. Hội nghị giao Ủy ban nhân dân phường đôn đốc thu ngân sách, phấn đấu hoàn thành vượt dự toán trước ngày 15/12/2025; giao Ban Xây dựng Đảng Đảng ủy phường hướng dẫn các chi bộ kết nạp đủ 6 đảng viên còn lại trước ngày 30/11/2025.
MINH THƯ
Chia sẻ: Facebook | Zalo | Sao chép liên kết
Bài viết liên quan
Phường Bình Minh ra mắt Trung tâm Phục vụ hành chính công
Vĩnh Long: 124 xã, phường hoàn thành đại hội đảng bộ nhiệm kỳ 2025 - 2030
Xem nhiều nhất
""", gold(
    "tin_hoi_nghi", issuer="Đảng ủy phường Bình Minh", issuer_parent=None, date="2025-10-15",
    title="Đảng ủy phường Bình Minh tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ 3",
    meeting=M("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 3, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None,
              "2025-10-15", None, ["Lê Thanh Nhàn"], None),
    attendance=A(31, None, None, 29, None, None),
    decisions=[V("vote", "Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030", 29, None, None, 29,
                 outcome="thông qua")],
    targets=[T("thu ngân sách trên địa bàn", 91.9, 71.9, "tỷ đồng", "năm 2025", "tiến độ"),
             T("kết nạp", 20, 14, "đảng viên", "năm 2025", "tiến độ")],
    tasks=[K("đôn đốc thu ngân sách, phấn đấu hoàn thành vượt dự toán", "Ủy ban nhân dân phường", "trước ngày 15/12/2025"),
           K("hướng dẫn các chi bộ kết nạp đủ 6 đảng viên còn lại", "Ban Xây dựng Đảng Đảng ủy phường", "trước ngày 30/11/2025")],
    key_figures=["71,9 tỷ đồng", "78,2%", "68%", "14 đảng viên", "70%", "29/29"],
    noise_figures=["876 lượt xem", "16/10/2025 - 10:25", "2025 - 2030", "124 xã, phường", "lần thứ 3"]),
    pct=[(71.9, 91.9, "78,2%"), (14, 20, "70%")],
    shape="provincial newspaper news (post-merger phường): menu, breadcrumb, view counter, caption, byline, share bar, related and most-read"))

# ---------------------------------------------------------------- tin16
DOCS.append(doc("tin16_daihoi_chibo_phong_gd_2020", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN LẬP
Đăng nhập | Sơ đồ cổng | English
Trang chủ » Tin tức » Hoạt động của các cơ quan
Đại hội Chi bộ Phòng Giáo dục và Đào tạo nhiệm kỳ 2020 - 2022
13/03/2020 09:15 | Lượt xem: 642
Ngày 12/3, Chi bộ Phòng Giáo dục và Đào tạo, Đảng bộ Cơ quan Chính quyền huyện tổ chức Đại hội Chi bộ lần thứ IV, nhiệm kỳ 2020 - 2022. Dự đại hội có đồng chí Đinh Văn Hòa - Phó Bí thư Đảng ủy Cơ quan Chính quyền huyện. Chi bộ có 24 đảng viên, 23 đồng chí dự đại hội.
Đoàn Chủ tịch đại hội: đồng chí Hà Văn Sơn và đồng chí Trần Thị Thanh Mai.
Nhiệm kỳ 2017 - 2020, chi bộ lãnh đạo ngành giáo dục huyện hoàn thành tốt nhiệm vụ: toàn huyện có 38/45 trường đạt chuẩn quốc gia (84,4%), vượt chỉ tiêu nghị quyết đề ra (35 trường); chi bộ kết nạp 4 đảng viên, vượt chỉ tiêu (3 đảng viên); 3 năm liền đạt trong sạch, vững mạnh. Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ học sinh hoàn thành chương trình tiểu học hằng năm đạt trên 99%; công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc ở 17 xã, thị trấn.
Tham luận tại đại hội, các đảng viên đề nghị quan tâm đầu tư cơ sở vật chất cho các trường vùng khó khăn, sắp xếp mạng lưới trường lớp hợp lý và nâng cao chất lượng đội ngũ giáo viên.
Nhiệm kỳ 2020 - 2022, chi bộ phấn đấu có 41 trường đạt chuẩn quốc gia trở lên; kết nạp từ 02 đảng viên trở lên.
Đại hội đã bầu Chi ủy nhiệm kỳ 2020 - 2022 gồm 03 đồng chí; đồng chí Hà Văn Sơn, Trưởng phòng Giáo dục và Đào tạo được bầu làm Bí thư Chi bộ với 22/23 phiếu (95,7%). Đại hội cũng bầu 02 đại biểu chính thức dự Đại hội Đảng bộ Cơ quan Chính quyền huyện lần thứ V.
Phát biểu chỉ đạo, đồng chí Đinh Văn Hòa ghi nhận kết quả chi bộ đạt được, đề nghị chi ủy khóa mới sớm xây dựng chương trình hành động, tập trung thực hiện Chương trình giáo dục phổ thông 2018.
Đại biểu biểu quyết thông qua Nghị quyết đại hội.
Hồng Nhung - TTVH-TT huyện
In bài viết | Gửi email | Về đầu trang
Các tin khác
Đại hội Chi bộ Phòng Tài chính - Kế hoạch nhiệm kỳ 2020 - 2022 (11/03/2020)
Hội nghị triển khai nhiệm vụ năm 2020 của ngành Y tế (06/03/2020)
Lượt truy cập: 1.204.377 | Đang online: 58
""", gold(
    "tin_hoi_nghi", issuer="Chi bộ Phòng Giáo dục và Đào tạo", issuer_parent="Đảng bộ Cơ quan Chính quyền huyện",
    date="2020-03-12", title="Đại hội Chi bộ Phòng Giáo dục và Đào tạo nhiệm kỳ 2020 - 2022",
    meeting=M("Đại hội Chi bộ lần thứ IV, nhiệm kỳ 2020 - 2022", "đại hội", None, None, "2020-03-12", None,
              ["Hà Văn Sơn", "Trần Thị Thanh Mai"], None),
    attendance=A(24, None, None, 23, None, None),
    decisions=[V("election", "bầu Chi ủy nhiệm kỳ 2020 - 2022", None, None, None, None, None, "trúng cử"),
               V("election", "bầu Bí thư Chi bộ", 22, None, None, 23, "Hà Văn Sơn", "trúng cử"),
               V("election", "bầu đại biểu dự Đại hội Đảng bộ Cơ quan Chính quyền huyện lần thứ V", None, None, None, None, None, "trúng cử"),
               V("resolution", "Nghị quyết đại hội", None, None, None, None, outcome="thông qua")],
    targets=[T("trường đạt chuẩn quốc gia", 35, 38, "trường", "nhiệm kỳ 2017 - 2020", "vượt"),
             T("kết nạp", 3, 4, "đảng viên", "nhiệm kỳ 2017 - 2020", "vượt"),
             T("trường đạt chuẩn quốc gia", 41, None, "trường", "nhiệm kỳ 2020 - 2022", None),
             T("kết nạp", 2, None, "đảng viên", "nhiệm kỳ 2020 - 2022", None)],
    key_figures=["24 đảng viên", "23 đồng chí", "38/45", "84,4%", "4 đảng viên", "22/23", "95,7%"],
    noise_figures=["13/03/2020 09:15", "Lượt xem: 642", "Lượt truy cập: 1.204.377", "Đang online: 58", "11/03/2020",
                   "06/03/2020"]),
    pct=[(38, 45, "84,4%"), (22, 23, "95,7%")],
    shape="district portal news about a chi bộ congress: elections (person and collective), term targets, site counters"))
