from common import gold, M, A, AB, V, T, K, S, doc

DOCS = []

# ---------------------------------------------------------------- tin21
DOCS.append(doc("tin21_ubnd_tinh_phienhop_2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Giới thiệu | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Du khách | Hỏi đáp
Cỡ chữ: A- A A+ | In trang | Gửi bạn bè
Tin tức > Hoạt động lãnh đạo tỉnh
UBND tỉnh họp phiên thường kỳ tháng 6/2018
Ngày đăng: 29/06/2018 | Lượt xem: 2.416
Sáng nay (29/6), UBND tỉnh Quảng Nam tổ chức phiên họp thường kỳ tháng 6/2018 để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, cho ý kiến các tờ trình trình kỳ họp thứ 7 HĐND tỉnh khóa IX. Chủ tịch UBND tỉnh Phan Văn Lực chủ trì phiên họp.
Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng ước tăng 11,5% so với cùng kỳ. Thu ngân sách nhà nước trên địa bàn đạt 11.350 tỷ đồng, bằng 50,4% dự toán năm (22.520 tỷ đồng). Kim ngạch xuất khẩu ước đạt 640 triệu USD, tăng 28% so với cùng kỳ năm 2017 (500 triệu USD). Lượng khách tham quan, lưu trú ước đạt 2,9 triệu lượt.
Chủ tịch UBND tỉnh Phan Văn Lực phát biểu kết luận phiên họp. Ảnh: VĂN SỰ
Tại phiên họp, các thành viên UBND tỉnh đã cho ý kiến và biểu quyết thống nhất thông qua 6 tờ trình trình HĐND tỉnh, trong đó có tờ trình về chính sách hỗ trợ phát triển sản xuất ở các huyện miền núi.
Kết luận phiên họp, Chủ tịch UBND tỉnh Phan Văn Lực yêu cầu các ngành, địa phương tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy mạnh giải ngân vốn đầu tư công. Giao Sở Kế hoạch và Đầu tư tổng hợp, hoàn chỉnh báo cáo tình hình kinh tế - xã hội trình kỳ họp HĐND tỉnh trước ngày 05/7/2018. Giao Sở Tài chính rà soát các nguồn thu, đề xuất giải pháp tăng thu ngân sách những tháng cuối năm, báo cáo UBND tỉnh trong tháng 7/2018. Giao UBND các huyện miền núi chủ động phương án phòng, chống lũ quét, sạt lở đất trước mùa mưa bão.
Ông cũng lưu ý các địa phương quan tâm chăm lo đời sống người có công nhân kỷ niệm 71 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2018).
VĂN SỰ
Tin cùng chuyên mục:
» Hội nghị trực tuyến triển khai Nghị quyết Trung ương 7 khóa XII (26/06/2018)
» Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 6 (20/06/2018)
» Quảng Nam: Khởi công cầu Giao Thủy mới (15/06/2018)
Cơ quan chủ quản: UBND tỉnh Quảng Nam | Giấy phép số 117/GP-TTĐT
""", gold(
    "tin_hoi_nghi", issuer="UBND tỉnh Quảng Nam", issuer_parent=None, date="2018-06-29",
    title="UBND tỉnh họp phiên thường kỳ tháng 6/2018",
    meeting=M("phiên họp thường kỳ tháng 6/2018", "hội nghị", None, None, "2018-06-29", None, ["Phan Văn Lực"], None),
    decisions=[V("vote", "6 tờ trình trình HĐND tỉnh", None, None, None, None, outcome="thông qua")],
    targets=[T("Thu ngân sách nhà nước trên địa bàn", 22520, 11350, "tỷ đồng", "năm 2018", "tiến độ")],
    tasks=[K("tổng hợp, hoàn chỉnh báo cáo tình hình kinh tế - xã hội trình kỳ họp HĐND tỉnh", "Sở Kế hoạch và Đầu tư", "trước ngày 05/7/2018"),
           K("rà soát các nguồn thu, đề xuất giải pháp tăng thu ngân sách những tháng cuối năm, báo cáo UBND tỉnh", "Sở Tài chính", "trong tháng 7/2018"),
           K("chủ động phương án phòng, chống lũ quét, sạt lở đất", "UBND các huyện miền núi", "trước mùa mưa bão")],
    key_figures=["11,5%", "11.350 tỷ đồng", "50,4%", "640 triệu USD", "28%", "2,9 triệu lượt"],
    noise_figures=["Lượt xem: 2.416", "29/06/2018", "kỳ họp thứ 7", "khóa IX", "117/GP-TTĐT", "27/7/1947 - 27/7/2018"]),
    pct=[(11350, 22520, "50,4%"), (640 - 500, 500, "28%")],
    shape="provincial portal news on a UBND phiên họp (state, 2018): font-size bar, caption, byline, related list, licence footer; unanimous vote without counts"))

# ---------------------------------------------------------------- tin22
DOCS.append(doc("tin22_hdnd_xa_kyhop_2021", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ | Tin tức - Sự kiện | Chính quyền | Văn bản | Lịch công tác | Liên hệ
Tin tức - Sự kiện » Hoạt động HĐND
HĐND xã Hải Đông tổ chức kỳ họp thứ hai, khóa XXI
26/07/2021 08:40 - Lượt xem: 317
Ngày 24/7, HĐND xã Hải Đông, huyện Hải Hậu tổ chức kỳ họp thứ hai, HĐND xã khóa XXI, nhiệm kỳ 2021 - 2026 tại hội trường UBND xã. Đồng chí Trần Văn Nghĩa - Chủ tịch HĐND xã chủ trì kỳ họp. Kỳ họp có 24/25 đại biểu HĐND xã tham dự; vắng 01 đại biểu có lý do.
Kỳ họp được tổ chức theo hình thức trực tiếp, bảo đảm các biện pháp phòng, chống dịch Covid-19 theo khuyến cáo 5K.
Theo báo cáo của UBND xã, 6 tháng đầu năm 2021, tổng diện tích gieo cấy vụ Xuân đạt 612 ha, năng suất lúa bình quân 68,5 tạ/ha; giá trị sản xuất ngành thủy sản ước đạt 27,3 tỷ đồng. Thu ngân sách xã đạt 3,84 tỷ đồng, bằng 61,9% dự toán năm (6,2 tỷ đồng). Xã tiếp tục duy trì 19/19 tiêu chí nông thôn mới nâng cao.
Đại biểu HĐND xã biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: Thu Trang
Tại kỳ họp, các đại biểu đã thảo luận, chất vấn làm rõ một số vấn đề cử tri quan tâm như việc nạo vét kênh cấp 3, xử lý rác thải ven đê biển và cấp giấy chứng nhận quyền sử dụng đất cho các hộ khu tái định cư.
Kỳ họp đã thông qua 05 nghị quyết về: kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; phương án thu gom rác thải; kế hoạch tổ chức các kỳ họp thường lệ năm 2022 và một số nội dung quan trọng khác, với 24/25 đại biểu tán thành, đạt 96%.
Phát biểu bế mạc, đồng chí Trần Văn Nghĩa đề nghị UBND xã khẩn trương triển khai thực hiện các nghị quyết vừa được thông qua; giao UBND xã trả lời bằng văn bản các kiến nghị của cử tri chưa được giải đáp trước ngày 15/8/2021; đề nghị Thường trực HĐND xã, các Ban HĐND tăng cường giám sát việc thực hiện.
Thu Trang - Đài Truyền thanh xã Hải Đông
Tin khác:
- HĐND xã Hải Châu tổ chức kỳ họp thứ hai (23/07/2021)
- Hải Hậu: Tổng kết công tác bầu cử đại biểu Quốc hội và HĐND các cấp (16/07/2021)
- Kỳ họp thứ hai HĐND huyện Hải Hậu khóa XX (12/07/2021)
Tổng lượt truy cập: 2.835.166
""", gold(
    "tin_hoi_nghi", issuer="HĐND xã Hải Đông", issuer_parent="huyện Hải Hậu", date="2021-07-24",
    title="HĐND xã Hải Đông tổ chức kỳ họp thứ hai, khóa XXI",
    meeting=M("kỳ họp thứ hai, HĐND xã khóa XXI, nhiệm kỳ 2021 - 2026", "hội nghị", None, None, "2021-07-24",
              "hội trường UBND xã", ["Trần Văn Nghĩa"], None, "trực tiếp"),
    attendance=A(25, None, None, 24, 1, None),
    decisions=[V("resolution", "05 nghị quyết", 24, None, None, 25, outcome="thông qua")],
    targets=[T("Thu ngân sách xã", 6.2, 3.84, "tỷ đồng", "năm 2021", "tiến độ")],
    tasks=[K("khẩn trương triển khai thực hiện các nghị quyết vừa được thông qua", "UBND xã", None),
           K("trả lời bằng văn bản các kiến nghị của cử tri chưa được giải đáp", "UBND xã", "trước ngày 15/8/2021"),
           K("tăng cường giám sát việc thực hiện", "Thường trực HĐND xã, các Ban HĐND", None)],
    key_figures=["612 ha", "68,5 tạ/ha", "27,3 tỷ đồng", "3,84 tỷ đồng", "61,9%", "19/19", "24/25", "96%"],
    noise_figures=["26/07/2021 08:40", "Lượt xem: 317", "khóa XXI", "2021 - 2026", "Tổng lượt truy cập: 2.835.166"]),
    pct=[(3.84, 6.2, "61,9%"), (24, 25, "96%")],
    shape="district portal news on a commune HĐND session (kind hội nghị); issuer 'HĐND xã A, huyện B'; form trực tiếp; resolutions on 25"))
