from common import *

DOCS = []

# 15 --------------------------------------------------------------- portal news, BCH đảng bộ xã lần thứ tư, 2025 post-merger
DOCS.append(dict(name="tin01_portal_bch_xa_lan4_2025", text="""
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ
CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN LÃNG BẮC
Tin tức - Sự kiện > Hoạt động của Đảng ủy
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ tư, nhiệm kỳ 2025 - 2030
Thứ Ba, 02/12/2025 | 16:45 | Lượt xem: 1.245
A- A A+ | In bài viết
Sáng 01/12, Ban Chấp hành Đảng bộ xã Yên Lãng Bắc tổ chức Hội nghị lần thứ tư, nhiệm kỳ 2025 - 2030 để đánh giá kết quả thực hiện nhiệm vụ năm 2025, thảo luận, quyết định phương hướng, nhiệm vụ năm 2026. Đồng chí Nguyễn Văn Khải, Bí thư Đảng ủy xã chủ trì Hội nghị. Dự Hội nghị có 33/35 đồng chí Ủy viên Ban Chấp hành Đảng bộ xã.
Đồng chí Nguyễn Văn Khải, Bí thư Đảng ủy xã phát biểu kết luận Hội nghị. Ảnh: Minh Tâm
Năm 2025 là năm đầu tiên xã Yên Lãng Bắc vận hành theo mô hình chính quyền địa phương hai cấp. Theo báo cáo tại Hội nghị, 17/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch; tổng thu ngân sách trên địa bàn ước đạt 46,3 tỷ đồng, bằng 118,7% dự toán (39 tỷ đồng); toàn Đảng bộ kết nạp 52 đảng viên mới, đạt 104% chỉ tiêu (50 đảng viên); tỷ lệ hộ nghèo giảm còn 1,86%.
Bên cạnh kết quả đạt được, Hội nghị chỉ ra một số hạn chế: tiến độ giải phóng mặt bằng Cụm công nghiệp Yên Lãng còn chậm; chất lượng sinh hoạt ở một số chi bộ chưa cao.
Hội nghị thống nhất 19 chỉ tiêu chủ yếu năm 2026, trong đó: tốc độ tăng giá trị sản xuất đạt 10% trở lên; thu ngân sách trên địa bàn 42 tỷ đồng; kết nạp 50 đảng viên mới.
Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2026 với 33/33 đồng chí dự họp tán thành.
Kết luận Hội nghị, đồng chí Nguyễn Văn Khải yêu cầu các chi bộ hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng năm 2025 trước ngày 25/12/2025; Đảng ủy UBND xã chỉ đạo hoàn thành giải phóng mặt bằng Cụm công nghiệp Yên Lãng trong quý I/2026.
Minh Tâm - Văn phòng Đảng ủy
Chia sẻ: Facebook | Zalo | Twitter
Tin liên quan:
• Đảng ủy xã tổ chức Hội nghị Ban Chấp hành lần thứ ba (04/11/2025)
• Xã Yên Lãng Bắc ra quân tổng vệ sinh môi trường (28/11/2025)
• Trao Huy hiệu Đảng đợt 07/11 cho 24 đảng viên (08/11/2025)
Thống kê truy cập: Đang truy cập: 37 | Hôm nay: 412 | Tổng lượt truy cập: 1.084.512
Cơ quan chủ quản: Ủy ban nhân dân xã Yên Lãng Bắc, tỉnh Phú Thọ. Chịu trách nhiệm nội dung: Chủ tịch UBND xã.
""", gold=G("tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Yên Lãng Bắc", None, None, None, "2025-12-01",
    "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ tư, nhiệm kỳ 2025 - 2030",
    M("Hội nghị lần thứ tư, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-12-01", None, ["Nguyễn Văn Khải"], None),
    A(35, None, None, 33, 2),
    [D("resolution", "Nghị quyết về nhiệm vụ năm 2026", None, 33, None, None, 33, "thông qua")],
    [T("tổng thu ngân sách trên địa bàn", 39, 46.3, "tỷ đồng", "năm 2025", "vượt"),
     T("kết nạp", 50, 52, "đảng viên", "năm 2025", "vượt"),
     T("tốc độ tăng giá trị sản xuất", 10, None, "%", "năm 2026", None),
     T("thu ngân sách trên địa bàn", 42, None, "tỷ đồng", "năm 2026", None),
     T("kết nạp 50 đảng viên mới", 50, None, "đảng viên", "năm 2026", None)],
    [K("hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng năm 2025", "các chi bộ", "trước ngày 25/12/2025"),
     K("chỉ đạo hoàn thành giải phóng mặt bằng Cụm công nghiệp Yên Lãng", "Đảng ủy UBND xã", "trong quý I/2026")],
    [], [],
    ["33/35 đồng chí", "17/19 chỉ tiêu", "46,3 tỷ đồng, bằng 118,7% dự toán", "52 đảng viên mới, đạt 104%", "giảm còn 1,86%", "19 chỉ tiêu chủ yếu năm 2026", "33/33 đồng chí"],
    ["02/12/2025 | 16:45", "Lượt xem: 1.245", "Đang truy cập: 37", "Tổng lượt truy cập: 1.084.512", "04/11/2025", "đợt 07/11"]),
    pct=[(463, 390, "118,7%"), (52, 50, "104%")]))

# 16 --------------------------------------------------------------- newspaper news, chi bộ thôn chuyên đề, 2019 (huyện era)
DOCS.append(dict(name="tin02_bao_chibo_thon_chuyende_2019", text="""
BÁO TUYÊN QUANG ĐIỆN TỬ
Thời sự | Chính trị | Xây dựng Đảng | Kinh tế | Xã hội | Văn hóa | Thể thao | Ảnh | Video
Xây dựng Đảng
Chi bộ thôn Nà Héc sinh hoạt chuyên đề học tập và làm theo Bác
Cập nhật: 10:22, 17/10/2019 (GMT+7)
(BTQ) - Tối 15/10, Chi bộ thôn Nà Héc, Đảng bộ xã Thượng Lâm (Lâm Bình) tổ chức sinh hoạt chuyên đề quý III với chủ đề "Đảng viên gương mẫu giúp hộ nghèo phát triển kinh tế". Đồng chí Ma Văn Lũy, Bí thư Chi bộ, Trưởng thôn chủ trì buổi sinh hoạt. Dự có đồng chí Hoàng Thị Dung, Phó Bí thư Thường trực Đảng ủy xã.
Chi bộ hiện có 26 đảng viên; 23 đồng chí tham dự, 3 đồng chí vắng có lý do.
Đảng viên Chi bộ thôn Nà Héc thảo luận tại buổi sinh hoạt.
Thôn Nà Héc có 112 hộ, đến nay còn 19 hộ nghèo (16,96%). Năm 2019, chi bộ đề ra chỉ tiêu giảm 5 hộ nghèo; 9 tháng đã có 3 hộ thoát nghèo. Tại buổi sinh hoạt, nhiều đảng viên thẳng thắn nêu nguyên nhân: một số hộ còn tư tưởng trông chờ, chưa mạnh dạn vay vốn mở rộng chăn nuôi.
Đảng viên Triệu Văn Thắng chia sẻ cách nuôi trâu vỗ béo, mỗi năm xuất bán 8 con, thu lãi hơn 60 triệu đồng. Đảng viên Chẩu Thị Nhàn đề nghị chi bộ phân công mỗi đảng viên kèm cặp 1 hộ nghèo.
Kết luận buổi sinh hoạt, chi bộ thống nhất phân công 19 đảng viên phụ trách 19 hộ nghèo; giao Chi hội Nông dân phối hợp Ngân hàng Chính sách xã hội huyện hướng dẫn các hộ làm hồ sơ vay vốn trước ngày 30/11/2019; đồng chí Trưởng thôn rà soát danh sách hộ cận nghèo, báo cáo Đảng ủy xã trong tháng 11.
Phát biểu tại buổi sinh hoạt, đồng chí Hoàng Thị Dung ghi nhận chi bộ chọn chủ đề sát với thực tế của thôn, đề nghị gắn sinh hoạt chuyên đề với việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, mỗi đảng viên phải có ít nhất một việc làm cụ thể giúp đỡ hộ nghèo.
Chi bộ biểu quyết thông qua kết luận với 21/21 đảng viên chính thức dự họp tán thành.
Bài, ảnh: Thu Hà
Bình luận (0) | Gửi bình luận
Tin cùng chuyên mục:
- Lâm Bình: Kết nạp 97 đảng viên mới trong 9 tháng (16/10/2019)
- Đảng bộ xã Hồng Quang nâng chất lượng sinh hoạt chi bộ (14/10/2019)
- Chiêm Hóa: Sơ kết 3 năm thực hiện Chỉ thị 05 (12/10/2019)
Lượt đọc: 2.317
Báo Tuyên Quang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tuyên Quang. Giấy phép số 85/GP-BTTTT.
""", gold=G("tin_hoi_nghi", "Chi bộ thôn Nà Héc", "Đảng bộ xã Thượng Lâm", None, None, "2019-10-15",
    "Chi bộ thôn Nà Héc sinh hoạt chuyên đề học tập và làm theo Bác",
    M("sinh hoạt chuyên đề quý III", "chuyên đề", None, None, "2019-10-15", None, ["Ma Văn Lũy"], None),
    A(26, None, None, 23, 3),
    [D("vote", "kết luận", None, 21, None, None, 21, "thông qua")],
    [T("giảm 5 hộ nghèo", 5, 3, "hộ", "năm 2019", "tiến độ")],
    [K("phân công 19 đảng viên phụ trách 19 hộ nghèo", "chi bộ", None),
     K("phối hợp Ngân hàng Chính sách xã hội huyện hướng dẫn các hộ làm hồ sơ vay vốn", "Chi hội Nông dân", "trước ngày 30/11/2019"),
     K("rà soát danh sách hộ cận nghèo, báo cáo Đảng ủy xã", "đồng chí Trưởng thôn", "trong tháng 11")],
    [], [],
    ["26 đảng viên", "23 đồng chí tham dự", "112 hộ", "19 hộ nghèo (16,96%)", "3 hộ thoát nghèo", "21/21 đảng viên chính thức"],
    ["10:22, 17/10/2019", "Lượt đọc: 2.317", "97 đảng viên mới", "85/GP-BTTTT", "8 con", "60 triệu đồng"]),
    pct=[(19, 112, "16,96%")]))

# 17 --------------------------------------------------------------- portal news, UBND phường phiên họp, 2026, hybrid
DOCS.append(dict(name="tin03_portal_ubnd_phuong_2026", text="""
Cổng thông tin điện tử phường Hòa Cường
Trang chủ | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Dịch vụ công trực tuyến
Trang chủ / Tin tức / Hoạt động chính quyền
UBND phường Hòa Cường họp phiên thường kỳ tháng 10/2026
Ngày đăng: 03/11/2026 08:15 | Lượt xem: 386 | Chia sẻ: Zalo | Facebook
Chiều 02/11, UBND phường Hòa Cường (TP Đà Nẵng) tổ chức phiên họp thường kỳ tháng 10 năm 2026 theo hình thức trực tiếp kết hợp trực tuyến với 14 điểm cầu tổ dân phố. Ông Trần Văn Lực, Chủ tịch UBND phường chủ trì; bà Lê Thị Mỹ Dung, Phó Chủ tịch UBND phường đồng chủ trì.
Phiên họp diễn ra theo hình thức trực tiếp kết hợp trực tuyến. Ảnh: Hoài Nam
Theo báo cáo, 10 tháng năm 2026, tổng thu ngân sách trên địa bàn đạt 312,4 tỷ đồng, bằng 86,8% dự toán (360 tỷ đồng); phường tiếp nhận 4.826 hồ sơ thủ tục hành chính, giải quyết đúng hạn 4.787 hồ sơ, đạt 99,2%; cấp 96 giấy phép xây dựng. Công tác chỉnh trang đô thị, xử lý lấn chiếm vỉa hè được duy trì; 31 trường hợp vi phạm đã bị lập biên bản, xử phạt.
Tuy nhiên, tiến độ thu tiền sử dụng đất còn chậm; một số tuyến kiệt, hẻm thường xuyên ngập khi mưa lớn, ảnh hưởng đến sinh hoạt của người dân.
Thảo luận tại phiên họp, các đại biểu tập trung vào phương án phòng, chống thiên tai mùa mưa bão và tình trạng ngập cục bộ tại khu vực chợ Hòa Cường.
Kết luận phiên họp, ông Trần Văn Lực giao Phòng Kinh tế, Hạ tầng và Đô thị khảo sát, đề xuất phương án khơi thông cống thoát nước tại các điểm ngập, báo cáo trước ngày 15/11/2026; Phòng Văn hóa - Xã hội rà soát, hỗ trợ hộ có hoàn cảnh khó khăn đón Tết Nguyên đán trong tháng 12/2026; các tổ dân phố tiếp tục vận động người dân thanh toán không dùng tiền mặt khi nộp phí, lệ phí.
Hoài Nam
Tin khác:
- Phường Hòa Cường ra quân tổng vệ sinh môi trường (01/11/2026)
- Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân năm 2026 (28/10/2026)
- Lấy ý kiến Nhân dân về dự thảo quy hoạch khu dân cư Nam Hòa Cường (20/10/2026)
Cơ quan chủ quản: UBND phường Hòa Cường. Giấy phép số 12/GP-TTĐT. Đang online: 21 | Tổng truy cập: 356.874
""", gold=G("tin_hoi_nghi", "UBND phường Hòa Cường", None, None, None, "2026-11-02",
    "UBND phường Hòa Cường họp phiên thường kỳ tháng 10/2026",
    M("phiên họp thường kỳ tháng 10 năm 2026", "hội nghị", None, None, "2026-11-02", None,
      ["Trần Văn Lực", "Lê Thị Mỹ Dung"], None, "trực tiếp kết hợp trực tuyến"),
    None, [],
    [T("tổng thu ngân sách trên địa bàn", 360, 312.4, "tỷ đồng", "năm 2026", "tiến độ")],
    [K("khảo sát, đề xuất phương án khơi thông cống thoát nước tại các điểm ngập", "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 15/11/2026"),
     K("rà soát, hỗ trợ hộ có hoàn cảnh khó khăn đón Tết Nguyên đán", "Phòng Văn hóa - Xã hội", "trong tháng 12/2026"),
     K("tiếp tục vận động người dân thanh toán không dùng tiền mặt khi nộp phí, lệ phí", "các tổ dân phố", None)],
    [], [],
    ["312,4 tỷ đồng, bằng 86,8% dự toán", "4.826 hồ sơ", "4.787 hồ sơ, đạt 99,2%", "96 giấy phép xây dựng", "31 trường hợp vi phạm"],
    ["03/11/2026 08:15", "Lượt xem: 386", "14 điểm cầu", "12/GP-TTĐT", "Tổng truy cập: 356.874", "01/11/2026"]),
    pct=[(3124, 3600, "86,8%"), (4787, 4826, "99,2%")]))
