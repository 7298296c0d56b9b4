"""Tin hội nghị (5) with portal debris."""
from common import P, meeting, att, dec, tg, tk, sg, doc

DOCS = {}

# 20 ─ chi bộ thôn sinh hoạt thường kỳ (sinh hoạt mẫu), 2026
T = f"""Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Cỡ chữ: A- A A+
Chi bộ thôn Nà Pồng sinh hoạt thường kỳ tháng 9: bàn cách giữ rừng đầu nguồn
Thứ Năm, 10/09/2026 - 16:05
Chiều 9/9, Chi bộ thôn Nà Pồng, Đảng bộ xã Bằng Thành tổ chức sinh hoạt thường kỳ tháng 9 năm 2026. Đây là buổi sinh hoạt mẫu để các chi bộ thôn trong xã học tập, rút kinh nghiệm. Đồng chí Hoàng Văn Páo, Phó Bí thư Thường trực Đảng ủy xã dự và chỉ đạo.
Chi bộ thôn Nà Pồng hiện có 34 đảng viên, buổi sinh hoạt có 31 đảng viên tham dự; 3 đồng chí vắng đều có lý do. Đồng chí Lò Thị Mai, Bí thư Chi bộ, Trưởng thôn chủ trì buổi sinh hoạt.
Ảnh: Đảng viên Chi bộ thôn Nà Pồng phát biểu ý kiến tại buổi sinh hoạt.
Theo báo cáo của chi ủy, trong tháng 8 thôn trồng mới 12,5 ha rừng sản xuất, nâng tổng diện tích trồng trong năm lên 38 ha/45 ha kế hoạch; thu Quỹ phòng, chống thiên tai đạt 100% số hộ. Tuy nhiên, trên địa bàn vẫn xảy ra 1 vụ phát nương làm rẫy trái phép với diện tích 0,3 ha.
Thảo luận chuyên sâu về nội dung bảo vệ rừng đầu nguồn, các đảng viên thống nhất đề xuất thành lập tổ tuần tra rừng cộng đồng gồm 8 thành viên, luân phiên tuần tra 2 lần/tuần. Đồng chí Nông Văn Slằng đề nghị đưa nội dung giữ rừng vào hương ước của thôn.
Chi bộ biểu quyết thông qua nghị quyết tháng 9 với 100% đảng viên có mặt tán thành.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Páo ghi nhận cách chuẩn bị nội dung của chi bộ và đề nghị chi ủy hoàn thiện quy chế hoạt động của tổ tuần tra, báo cáo Đảng ủy xã trước ngày 30/9/2026; đồng thời trồng đủ diện tích rừng còn lại trong vụ thu.
Hà My - Trung tâm Văn hóa, Thể thao và Truyền thông xã
Chia sẻ | In bài | Lượt xem: 1.387
Tin liên quan:
- Đảng ủy xã Bằng Thành tổ chức hội nghị sơ kết 6 tháng (15/07/2026)
- Chi bộ thôn Khuổi Khí kết nạp 2 đảng viên mới (02/09/2026)
Bình luận (0)
© Bản quyền thuộc Cổng thông tin điện tử xã Bằng Thành"""
DOCS["tin01_cb_thon_na_pong_thuongky_t9_2026"] = (T, doc(
    "tin_hoi_nghi", "Chi bộ thôn Nà Pồng", "Đảng bộ xã Bằng Thành", None, None, "2026-09-09",
    "Chi bộ thôn Nà Pồng sinh hoạt thường kỳ tháng 9: bàn cách giữ rừng đầu nguồn",
    meeting("sinh hoạt thường kỳ tháng 9 năm 2026", "thường kỳ", None, None, "2026-09-09", None, ["Lò Thị Mai"], None),
    att(34, None, None, 31, 3, []),
    [dec("resolution", "thông qua nghị quyết tháng 9", None, 31, None, None, 31, "thông qua")],
    [tg("tổng diện tích trồng trong năm", 45, 38, "ha", "năm 2026", "tiến độ")],
    [tk("hoàn thiện quy chế hoạt động của tổ tuần tra, báo cáo Đảng ủy xã", "chi ủy", "trước ngày 30/9/2026"),
     tk("trồng đủ diện tích rừng còn lại", "chi ủy", "trong vụ thu")],
    [], [],
    ["34 đảng viên", "31 đảng viên", "3 đồng chí", "12,5 ha", "38 ha/45 ha", "0,3 ha", "8 thành viên"],
    ["10/09/2026 - 16:05", "Lượt xem: 1.387", "15/07/2026", "02/09/2026", "2 lần/tuần", "Bình luận (0)"]))

# 21 ─ BCH Đảng bộ xã hội nghị lần thứ 4 (Dec 2025), "có mặt 33/35"
T = f"""Tin tức › Chính trị › Xây dựng Đảng
Ban Chấp hành Đảng bộ xã Cam Lộ tổng kết năm 2025, đặt mục tiêu thu ngân sách 96 tỷ đồng
Cập nhật: 24/12/2025 17:42
(Cổng TTĐT) - Sáng 23/12, Ban Chấp hành Đảng bộ xã Cam Lộ tổ chức Hội nghị lần thứ 4, khóa I, nhiệm kỳ 2025 - 2030 để đánh giá kết quả thực hiện nhiệm vụ năm 2025, quyết định phương hướng năm 2026. Đồng chí Nguyễn Đăng Khoa, Bí thư Đảng ủy xã, chủ trì hội nghị. Có mặt 33/35 Ủy viên Ban Chấp hành.
Ảnh: Quang cảnh hội nghị (Ảnh: Thanh Tâm)
Năm 2025 là năm đầu vận hành chính quyền địa phương hai cấp. Theo báo cáo, tổng giá trị sản xuất trên địa bàn ước đạt 2.184 tỷ đồng; thu ngân sách trên địa bàn đạt 91,3 tỷ đồng, bằng {P(91.3, 84)}% dự toán (84 tỷ đồng); toàn xã có thêm 2 thôn đạt chuẩn nông thôn mới kiểu mẫu, đạt kế hoạch đề ra. Công tác phát triển đảng viên chưa đạt: kết nạp 29/35 đảng viên theo chỉ tiêu.
Các đại biểu tập trung thảo luận những khó khăn trong giải phóng mặt bằng tuyến đường tránh phía Tây và giải pháp thu hút đầu tư vào cụm công nghiệp Cam Thủy.
Năm 2026, Đảng bộ xã phấn đấu thu ngân sách trên địa bàn 96 tỷ đồng; kết nạp 40 đảng viên mới; tỷ lệ hộ nghèo giảm còn dưới 1,5%.
Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2026 với 100% Ủy viên có mặt tán thành; đồng thời bầu bổ sung đồng chí Hồ Thị Tuyết, Chủ tịch Ủy ban MTTQ Việt Nam xã vào Ban Thường vụ Đảng ủy xã với 31/33 phiếu.
Kết luận hội nghị, đồng chí Nguyễn Đăng Khoa yêu cầu UBND xã hoàn thành bàn giao mặt bằng tuyến đường tránh phía Tây trước ngày 31/3/2026; Ban Xây dựng Đảng hướng dẫn các chi bộ rà soát nguồn phát triển đảng viên trong quý I/2026.
Thanh Tâm
Chia sẻ  Facebook  Zalo    In bài
Cùng chuyên mục:
» Xã Cam Lộ ra mắt Trung tâm Phục vụ hành chính công
» Hội nghị Ban Chấp hành Đảng bộ xã Cam Lộ lần thứ 3
Lượt xem: 2.046
Bản quyền © Cổng thông tin điện tử tỉnh Quảng Trị"""
DOCS["tin02_bch_du_xa_cam_lo_lan4_2025"] = (T, doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Cam Lộ", None, None, None, "2025-12-23",
    "Ban Chấp hành Đảng bộ xã Cam Lộ tổng kết năm 2025, đặt mục tiêu thu ngân sách 96 tỷ đồng",
    meeting("Hội nghị lần thứ 4, khóa I, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-12-23", None,
            ["Nguyễn Đăng Khoa"], None),
    att(35, None, None, 33, 2, []),
    [dec("resolution", "thông qua Nghị quyết về nhiệm vụ năm 2026", None, 33, None, None, 33, "thông qua"),
     dec("election", "bầu bổ sung", "Hồ Thị Tuyết", 31, None, None, 33, "trúng cử")],
    [tg("thu ngân sách trên địa bàn", 84, 91.3, "tỷ đồng", "năm 2025", "vượt"),
     tg("thôn đạt chuẩn nông thôn mới kiểu mẫu", 2, 2, "thôn", "năm 2025", "đạt"),
     tg("kết nạp 29/35 đảng viên", 35, 29, "đảng viên", "năm 2025", "chưa đạt"),
     tg("thu ngân sách trên địa bàn 96 tỷ đồng", 96, None, "tỷ đồng", "năm 2026", None),
     tg("kết nạp 40 đảng viên mới", 40, None, "đảng viên", "năm 2026", None),
     tg("tỷ lệ hộ nghèo", 1.5, None, "%", "năm 2026", None)],
    [tk("hoàn thành bàn giao mặt bằng tuyến đường tránh phía Tây", "UBND xã", "trước ngày 31/3/2026"),
     tk("hướng dẫn các chi bộ rà soát nguồn phát triển đảng viên", "Ban Xây dựng Đảng", "trong quý I/2026")],
    [], [],
    ["33/35 Ủy viên", "2.184 tỷ đồng", "91,3 tỷ đồng", "29/35 đảng viên", "96 tỷ đồng", "40 đảng viên mới", "31/33 phiếu"],
    ["24/12/2025 17:42", "lần thứ 4", "2025 - 2030", "31/3/2026", "quý I/2026", "Lượt xem: 2.046"]))

# 22 ─ đại hội chi bộ 2022 (nhiệm kỳ 2022 - 2025), huyện era; roll split by chính thức/dự bị
T = f"""TRANG CHỦ / TIN TỨC / HOẠT ĐỘNG CỦA CÁC CHI, ĐẢNG BỘ
Đại hội Chi bộ Trạm Y tế xã Quỳnh Thạch nhiệm kỳ 2022 - 2025
Đăng ngày: 18/03/2022 | Tác giả: Phan Hoài | Chia sẻ
Ngày 17/3/2022, Chi bộ Trạm Y tế xã Quỳnh Thạch (trực thuộc Đảng ủy xã Quỳnh Thạch, huyện Quỳnh Lưu) tiến hành Đại hội lần thứ V, nhiệm kỳ 2022 - 2025. Dự đại hội có đồng chí Cao Xuân Thịnh, Bí thư Đảng ủy xã.
Chi bộ có 13 đảng viên, trong đó 11 đảng viên chính thức và 2 đảng viên dự bị; có mặt tại đại hội 12 đồng chí, 01 đồng chí vắng vì đang trực chống dịch COVID-19 tại khu cách ly.
Nhiệm kỳ 2020 - 2022, chi bộ lãnh đạo trạm khám, điều trị cho 14.260 lượt người; tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98,2%, vượt chỉ tiêu (97%); tổ chức tiêm vắc xin phòng COVID-19 cho 24.315 mũi. Chi bộ kết nạp 1 đảng viên, chỉ tiêu nhiệm kỳ là 2 đảng viên.
Ảnh: Đoàn Chủ tịch điều hành đại hội. Ảnh: P.H
Nhiệm kỳ 2022 - 2025, chi bộ đặt mục tiêu: tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%; giữ vững chuẩn quốc gia về y tế xã; phấn đấu kết nạp 2 đảng viên mới.
Với tinh thần dân chủ, đại hội đã bầu đồng chí Đậu Thị Thanh Bình giữ chức Bí thư Chi bộ nhiệm kỳ 2022 - 2025 với 10/10 phiếu bầu (đạt 100%) và bầu đồng chí Hồ Sỹ Lâm làm Phó Bí thư Chi bộ với 9/10 phiếu. Đại hội biểu quyết thông qua Nghị quyết Đại hội với 100% đảng viên chính thức có mặt tán thành.
Phát biểu chỉ đạo, đồng chí Cao Xuân Thịnh đề nghị chi bộ tiếp tục chủ động trong công tác phòng, chống dịch; hoàn thành tiêm mũi nhắc lại cho người dân trong tháng 4/2022.
Phan Hoài
Lượt xem: 642
In bài viết | Gửi email | Quay lại
Các tin khác
- Đảng ủy xã Quỳnh Thạch tổng kết công tác xây dựng Đảng năm 2021
- Kết nạp đảng viên tại Chi bộ xóm 6
Bình luận (0)
Bản quyền thuộc Đảng bộ xã Quỳnh Thạch"""
DOCS["tin03_daihoi_cb_tram_y_te_quynh_thach_2022"] = (T, doc(
    "tin_hoi_nghi", "Chi bộ Trạm Y tế xã Quỳnh Thạch", "Đảng ủy xã Quỳnh Thạch", None, None, "2022-03-17",
    "Đại hội Chi bộ Trạm Y tế xã Quỳnh Thạch nhiệm kỳ 2022 - 2025",
    meeting("Đại hội lần thứ V, nhiệm kỳ 2022 - 2025", "đại hội", None, None, "2022-03-17", None, [], None),
    att(13, 11, 2, 12, 1, []),
    [dec("election", "Bí thư Chi bộ", "Đậu Thị Thanh Bình", 10, None, None, 10, "trúng cử"),
     dec("election", "Phó Bí thư Chi bộ", "Hồ Sỹ Lâm", 9, None, None, 10, "trúng cử"),
     dec("resolution", "thông qua Nghị quyết Đại hội", None, 10, None, None, 10, "thông qua")],
    [tg("tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", 97, 98.2, "%", "nhiệm kỳ 2020 - 2022", "vượt"),
     tg("kết nạp 1 đảng viên", 2, 1, "đảng viên", "nhiệm kỳ 2020 - 2022", "chưa đạt"),
     tg("tỷ lệ người dân tham gia bảo hiểm y tế", 95, None, "%", "nhiệm kỳ 2022 - 2025", None),
     tg("kết nạp 2 đảng viên mới", 2, None, "đảng viên", "nhiệm kỳ 2022 - 2025", None)],
    [tk("hoàn thành tiêm mũi nhắc lại cho người dân", "chi bộ", "trong tháng 4/2022")],
    [], [],
    ["13 đảng viên", "11 đảng viên chính thức", "12 đồng chí", "14.260 lượt người", "98,2%", "24.315 mũi", "10/10 phiếu", "9/10 phiếu"],
    ["18/03/2022", "lần thứ V", "2022 - 2025", "2020 - 2022", "Lượt xem: 642", "Bình luận (0)"]))

# 23 ─ HĐND xã kỳ họp thứ 12 (Dec 2020), huyện era; state body → hội nghị
T = f"""Trang chủ » Hoạt động HĐND » Kỳ họp
HĐND xã Tân Phú Trung khóa XI tổ chức kỳ họp thứ 12
Thứ Sáu, 18/12/2020 | 09:20
Sáng 17/12, HĐND xã Tân Phú Trung, huyện Củ Chi khóa XI, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thứ 12 (kỳ họp thường lệ cuối năm 2020). Ông Võ Thành Đạt, Chủ tịch HĐND xã và bà Lê Thị Ngọc Trinh, Phó Chủ tịch HĐND xã chủ tọa kỳ họp. Dự kỳ họp có 24/26 đại biểu HĐND xã; 2 đại biểu vắng có lý do.
Ảnh: Chủ tọa kỳ họp. (Ảnh: Minh Khang)
Theo báo cáo của UBND xã, năm 2020 tổng thu ngân sách xã đạt 38,42 tỷ đồng, bằng {P(38.42, 35.6)}% dự toán HĐND xã giao (35,6 tỷ đồng); giải quyết việc làm cho 412 lao động, chỉ tiêu 450 lao động. Xã duy trì 19/19 tiêu chí nông thôn mới, tỷ lệ hộ nghèo theo chuẩn Thành phố còn 0,48%, dưới chỉ tiêu 1%.
Các đại biểu chất vấn về tiến độ nâng cấp đường Cây Trắc và tình trạng ngập úng ở ấp Chợ.
Kỳ họp đã thông qua 7 nghị quyết, trong đó có nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2021 với chỉ tiêu thu ngân sách 37 tỷ đồng, giải quyết việc làm 450 lao động. Các nghị quyết đều được 24/24 đại biểu có mặt biểu quyết tán thành.
Cũng tại kỳ họp, HĐND xã đã bầu bổ sung ông Trương Minh Nghĩa giữ chức Phó Chủ tịch UBND xã nhiệm kỳ 2016 - 2021 với 22/24 phiếu tán thành.
Bế mạc kỳ họp, ông Võ Thành Đạt đề nghị UBND xã khắc phục ngập úng ở ấp Chợ trước mùa mưa năm 2021; Thường trực HĐND xã giám sát tiến độ đường Cây Trắc trong quý I/2021.
Minh Khang
Chia sẻ:   Facebook   Twitter
Lượt xem: 915
Tin liên quan
› Tiếp xúc cử tri trước kỳ họp thứ 12 HĐND xã Tân Phú Trung (02/12/2020)
Cỡ chữ: A A A | In trang
Copyright © HĐND huyện Củ Chi"""
DOCS["tin04_hdnd_xa_tan_phu_trung_ky_hop_12_2020"] = (T, doc(
    "tin_hoi_nghi", "HĐND xã Tân Phú Trung", "huyện Củ Chi", None, None, "2020-12-17",
    "HĐND xã Tân Phú Trung khóa XI tổ chức kỳ họp thứ 12",
    meeting("kỳ họp thứ 12 (kỳ họp thường lệ cuối năm 2020)", "hội nghị", None, None, "2020-12-17", None,
            ["Võ Thành Đạt", "Lê Thị Ngọc Trinh"], None),
    att(26, None, None, 24, 2, []),
    [dec("resolution", "7 nghị quyết", None, 24, None, None, 24, "thông qua"),
     dec("election", "bầu bổ sung", "Trương Minh Nghĩa", 22, None, None, 24, "trúng cử")],
    [tg("tổng thu ngân sách xã", 35.6, 38.42, "tỷ đồng", "năm 2020", "vượt"),
     tg("giải quyết việc làm", 450, 412, "lao động", "năm 2020", "chưa đạt"),
     tg("tỷ lệ hộ nghèo", 1, 0.48, "%", "năm 2020", "đạt"),
     tg("thu ngân sách", 37, None, "tỷ đồng", "năm 2021", None),
     tg("giải quyết việc làm 450 lao động", 450, None, "lao động", "năm 2021", None)],
    [tk("khắc phục ngập úng ở ấp Chợ", "UBND xã", "trước mùa mưa năm 2021"),
     tk("giám sát tiến độ đường Cây Trắc", "Thường trực HĐND xã", "trong quý I/2021")],
    [], [],
    ["24/26 đại biểu", "38,42 tỷ đồng", "412 lao động", "19/19 tiêu chí", "0,48%", "7 nghị quyết", "24/24", "22/24 phiếu"],
    ["18/12/2020 | 09:20", "khóa XI", "kỳ họp thứ 12", "2016 - 2021", "Lượt xem: 915", "02/12/2020"]))

# 24 ─ chi bộ sinh hoạt chuyên đề gắn lễ kết nạp, 2027; exempted members in the roll
T = f"""Cổng thông tin điện tử phường Thanh Khê
Trang chủ  |  Tin hoạt động  |  Đảng - Đoàn thể
Chi bộ Khu dân cư số 9 sinh hoạt chuyên đề, kết nạp đảng viên mới
Ngày đăng: 22/05/2027
Tối 21/5, Chi bộ Khu dân cư số 9 (Đảng bộ phường Thanh Khê) tổ chức buổi sinh hoạt chuyên đề quý II năm 2027 với chủ đề "Học tập và làm theo tấm gương tiết kiệm của Chủ tịch Hồ Chí Minh", kết hợp Lễ kết nạp đảng viên mới. Đồng chí Trương Thị Hồng Vân, Bí thư Chi bộ, chủ trì.
Chi bộ có 42 đảng viên, trong đó 9 đồng chí được miễn sinh hoạt. Tham dự buổi sinh hoạt có 30 đồng chí; vắng 12 đồng chí (9 đồng chí miễn sinh hoạt, 2 đồng chí đi công tác và 1 đồng chí ốm).
Ảnh: Lễ kết nạp đảng viên mới tại Chi bộ Khu dân cư số 9.
Đồng chí Phó Bí thư Chi bộ Mai Văn Dũng trình bày chuyên đề, liên hệ việc thực hành tiết kiệm điện, nước tại khu dân cư: 6 tháng cuối năm 2026, 312/340 hộ đăng ký tiết kiệm điện đạt mức giảm 10% so với cùng kỳ; mục tiêu năm 2027 là 100% hộ đăng ký.
Tại buổi lễ, chi bộ công bố quyết định của Ban Thường vụ Đảng ủy phường kết nạp quần chúng Lý Thị Thảo Nguyên vào Đảng. Đảng viên mới tuyên thệ trước cờ Đảng; chi bộ phân công đồng chí Mai Văn Dũng giúp đỡ đảng viên dự bị trong thời gian 12 tháng.
Năm 2027, chi bộ phấn đấu kết nạp thêm 2 đảng viên trong số đoàn viên thanh niên khu dân cư; đến nay đã có 1/2 đảng viên được kết nạp.
Kết thúc buổi sinh hoạt, đồng chí Trương Thị Hồng Vân đề nghị mỗi đảng viên đăng ký ít nhất một việc làm tiết kiệm, nộp về chi ủy trước ngày 31/5/2027.
Thu Hà
Chia sẻ | Gửi bài | In | Lên đầu trang
Lượt xem: 408
Bình luận (0)
Bản quyền © 2027 UBND phường Thanh Khê. Ghi rõ nguồn khi phát hành lại thông tin từ website này."""
DOCS["tin05_cb_kdc9_thanh_khe_chuyende_ketnap_2027"] = (T, doc(
    "tin_hoi_nghi", "Chi bộ Khu dân cư số 9", "Đảng bộ phường Thanh Khê", None, None, "2027-05-21",
    "Chi bộ Khu dân cư số 9 sinh hoạt chuyên đề, kết nạp đảng viên mới",
    meeting("sinh hoạt chuyên đề quý II năm 2027", "chuyên đề", None, None, "2027-05-21", None,
            ["Trương Thị Hồng Vân"], None),
    att(42, None, None, 30, 12, []),
    [],
    [tg("hộ đăng ký tiết kiệm điện đạt mức giảm 10%", 100, None, "%", "năm 2027", None),
     tg("kết nạp thêm 2 đảng viên", 2, 1, "đảng viên", "Năm 2027", "tiến độ")],
    [tk("giúp đỡ đảng viên dự bị trong thời gian 12 tháng", "đồng chí Mai Văn Dũng", None),
     tk("đăng ký ít nhất một việc làm tiết kiệm, nộp về chi ủy", "mỗi đảng viên", "trước ngày 31/5/2027")],
    [], [],
    ["42 đảng viên", "9 đồng chí được miễn sinh hoạt", "30 đồng chí", "vắng 12 đồng chí", "312/340 hộ", "1/2 đảng viên"],
    ["22/05/2027", "quý II năm 2027", "12 tháng", "31/5/2027", "Lượt xem: 408", "Bình luận (0)"]))
