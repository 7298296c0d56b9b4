from common import M, A, AB, D, T, K, S, G

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bb06_chibo_truonghoc_xetketnap",
    text="""    ĐẢNG BỘ PHƯỜNG THIÊN TRƯỜNG                      ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC LÊ HỒNG PHONG
                 *
BIÊN BẢN
HỌP CHI BỘ THÁNG 11 NĂM 2026
Vào hồi 14 giờ 00 phút, ngày 05 tháng 11 năm 2026, tại phòng họp Hội đồng sư phạm nhà trường, Chi bộ Trường Tiểu học Lê Hồng Phong tiến hành họp chi bộ thường kỳ tháng 11 năm 2026, đồng thời xét đề nghị kết nạp đảng viên.
Chủ trì: đồng chí Vũ Thị Thanh Hương - Bí thư Chi bộ, Hiệu trưởng.
Thư ký: đồng chí Nguyễn Minh Trang - đảng viên.
Mời dự phần xét kết nạp: đồng chí Trần Đức Mạnh, Chủ tịch Công đoàn trường; đồng chí Phan Thu Hà, Bí thư Chi đoàn giáo viên.
Tổng số đảng viên: 20 đồng chí (17 chính thức, 03 dự bị), trong đó miễn công tác và sinh hoạt đảng 01 đồng chí.
Có mặt: 18 đồng chí (15 chính thức, 03 dự bị). Vắng: 02 đồng chí: Bùi Văn Cường (miễn sinh hoạt đảng, vắng mặt); Lại Thị Nhàn (nghỉ ốm).
I- ĐÁNH GIÁ KẾT QUẢ THÁNG 10/2026
Đồng chí Phó Bí thư Đỗ Văn Quý báo cáo: nhà trường duy trì sĩ số 1.046/1.052 học sinh, đạt 99,43%; 06 học sinh chuyển trường theo gia đình. Tổ chức thành công hội thi giáo viên dạy giỏi cấp trường với 24 giáo viên tham gia, 09 giáo viên đạt giải. Thu đảng phí tháng 10 đầy đủ.
II- XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN
Chi bộ nghe đồng chí Nguyễn Minh Trang, đảng viên được phân công giúp đỡ, báo cáo quá trình phấn đấu của quần chúng Đặng Thùy Linh, giáo viên lớp 3A; nghe ý kiến nhận xét của Công đoàn, Chi đoàn và chi ủy nơi cư trú.
Ý kiến đảng viên:
- Đồng chí Hà Thị Tuyết: quần chúng Linh có chuyên môn vững, nhiều năm đạt giáo viên dạy giỏi cấp thành phố; đề nghị kết nạp.
- Đồng chí Lưu Văn Hải: đề nghị quần chúng Linh tích cực hơn trong các phong trào của Chi đoàn.
Kết quả biểu quyết (giơ tay): 15/16 đảng viên chính thức tán thành (tổng số đảng viên chính thức trừ 01 đồng chí miễn sinh hoạt vắng mặt), đạt 93,75%; không tán thành: không.
III- NHIỆM VỤ THÁNG 11/2026
- Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; giao đồng chí Phó Hiệu trưởng Đỗ Văn Quý phụ trách.
- Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đặng Thùy Linh, gửi Đảng ủy phường trước ngày 15/11/2026; giao đồng chí Nguyễn Minh Trang thực hiện.
- Kiểm tra nền nếp dạy học, hồ sơ chuyên môn của các tổ khối trong tháng 11/2026.
Chi bộ biểu quyết thông qua nghị quyết tháng 11/2026 với 15/15 đảng viên chính thức có mặt tán thành.
Cuộc họp kết thúc hồi 16 giờ 30 phút cùng ngày.
CHỦ TRÌ
(đã ký)
Vũ Thị Thanh Hương
THƯ KÝ
(đã ký)
Nguyễn Minh Trang
""",
    pcts=[("99,43%", 1046, 1052), ("93,75%", 15, 16)],
    free_pcts=[],
    gold=G("bien_ban", "CHI BỘ TRƯỜNG TIỂU HỌC LÊ HỒNG PHONG", "ĐẢNG BỘ PHƯỜNG THIÊN TRƯỜNG", None, None, "2026-11-05",
           "HỌP CHI BỘ THÁNG 11 NĂM 2026",
           M("HỌP CHI BỘ THÁNG 11 NĂM 2026", "thường kỳ", "14:00", "16:30", "2026-11-05",
             "phòng họp Hội đồng sư phạm nhà trường", ["Vũ Thị Thanh Hương"], "Nguyễn Minh Trang", None),
           A(20, 17, 3, 18, 2, [AB("Bùi Văn Cường", "miễn sinh hoạt đảng"), AB("Lại Thị Nhàn", "nghỉ ốm")]),
           [D("vote", 15, 0, None, 16, "Đặng Thùy Linh", "đề nghị kết nạp"),
            D("resolution", 15, None, None, 15, None, "thông qua")],
           [],
           [K("Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11", "đồng chí Phó Hiệu trưởng Đỗ Văn Quý",
              None),
            K("Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đặng Thùy Linh, gửi Đảng ủy phường",
              "đồng chí Nguyễn Minh Trang", "trước ngày 15/11/2026"),
            K("Kiểm tra nền nếp dạy học, hồ sơ chuyên môn của các tổ khối", None, "trong tháng 11/2026")],
           [S("CHỦ TRÌ", None, "Vũ Thị Thanh Hương"), S("THƯ KÝ", None, "Nguyễn Minh Trang")],
           [],
           ["1.046/1.052 học sinh", "99,43%", "24 giáo viên", "09 giáo viên đạt giải", "15/16 đảng viên chính thức",
            "93,75%", "15/15 đảng viên chính thức có mặt tán thành"],
           ["14 giờ 00 phút", "16 giờ 30 phút", "lớp 3A", "20/11", "THÁNG 10/2026"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="kl01_btv_danguy_phuong_giaoban",
    text="""ĐẢNG BỘ TỈNH NINH BÌNH\t\t\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HOA LƯ
\t*
Số 38-KL/ĐU\t\t\t\tHoa Lư, ngày 24 tháng 11 năm 2026
KẾT LUẬN
của Ban Thường vụ Đảng ủy phường tại hội nghị giao ban tháng 11 năm 2026
Ngày 23/11/2026, Ban Thường vụ Đảng ủy phường tổ chức hội nghị giao ban tháng 11 năm 2026 dưới sự chủ trì của đồng chí Đinh Công Tráng, Bí thư Đảng ủy phường. Sau khi nghe Văn phòng Đảng ủy báo cáo kết quả thực hiện nhiệm vụ tháng 11, chương trình công tác tháng 12 năm 2026 và ý kiến của các đồng chí dự họp, Ban Thường vụ Đảng ủy phường kết luận như sau:
1- Đánh giá chung
Trong tháng, các chi bộ, ngành, đoàn thể đã tích cực triển khai nhiệm vụ. Thu ngân sách 11 tháng ước đạt 142,3 tỷ đồng, bằng 96,8% dự toán năm. Cấp 1.218 giấy chứng nhận quyền sử dụng đất trên kế hoạch năm 1.500 giấy, đạt 81,2%. Toàn Đảng bộ kết nạp 29/35 đảng viên theo chỉ tiêu năm (82,86%). Lượng khách tham quan Khu di tích Cố đô Hoa Lư 11 tháng ước đạt 1,74 triệu lượt, tăng 12,5% so với cùng kỳ năm 2025.
Tuy nhiên, tiến độ cấp giấy chứng nhận quyền sử dụng đất còn chậm; 04 chi bộ khu dân cư chưa tổ chức sinh hoạt chuyên đề quý IV; công tác thu gom rác thải tại các tuyến phố du lịch chưa triệt để.
2- Nhiệm vụ trọng tâm tháng 12 năm 2026
2.1- Giao Ban Xây dựng Đảng hướng dẫn các chi bộ kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026, hoàn thành trước ngày 10/12/2026.
2.2- Các chi bộ còn chỉ tiêu kết nạp đảng viên khẩn trương hoàn thiện hồ sơ 06 quần chúng ưu tú, trình Ban Thường vụ trước ngày 15/12/2026.
2.3- Ủy ban Kiểm tra Đảng ủy tổng kết công tác kiểm tra, giám sát năm 2026, xây dựng chương trình năm 2027, trình Ban Chấp hành trước ngày 20/12/2026.
2.4- Đề nghị UBND phường chỉ đạo bộ phận một cửa đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất, bảo đảm hoàn thành kế hoạch năm.
2.5- Văn phòng Đảng ủy chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ phường cuối năm, dự kiến tổ chức ngày 18/12/2026.
3- Tổ chức thực hiện
Các chi bộ, ban xây dựng Đảng, Ủy ban Kiểm tra và các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn căn cứ kết luận này tổ chức thực hiện; Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ tại phiên giao ban tháng 12./.
Nơi nhận:\t\t\t\t\tT/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (để b/c),\t\tPHÓ BÍ THƯ THƯỜNG TRỰC
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.\t\t\t\tMai Thị Hòa
""",
    pcts=[("81,2%", 1218, 1500), ("82,86%", 29, 35)],
    free_pcts=["96,8%", "12,5%"],
    checks=[(35 - 29 == 6, "06 quần chúng")],
    gold=G("nghi_quyet", "ĐẢNG ỦY PHƯỜNG HOA LƯ", "ĐẢNG BỘ TỈNH NINH BÌNH", "38-KL/ĐU", "Hoa Lư", "2026-11-24",
           "của Ban Thường vụ Đảng ủy phường tại hội nghị giao ban tháng 11 năm 2026",
           M("hội nghị giao ban tháng 11 năm 2026", "hội nghị", None, None, "2026-11-23", None,
             ["Đinh Công Tráng"], None, None),
           None,
           [],
           [T("Cấp 1.218 giấy chứng nhận quyền sử dụng đất", 1500, 1218, "giấy", "năm 2026", "tiến độ"),
            T("kết nạp 29/35 đảng viên", 35, 29, "đảng viên", "năm 2026", "tiến độ")],
           [K("hướng dẫn các chi bộ kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026",
              "Ban Xây dựng Đảng", "trước ngày 10/12/2026"),
            K("khẩn trương hoàn thiện hồ sơ 06 quần chúng ưu tú, trình Ban Thường vụ",
              "Các chi bộ còn chỉ tiêu kết nạp đảng viên", "trước ngày 15/12/2026"),
            K("tổng kết công tác kiểm tra, giám sát năm 2026, xây dựng chương trình năm 2027, trình Ban Chấp hành",
              "Ủy ban Kiểm tra Đảng ủy", "trước ngày 20/12/2026"),
            K("chỉ đạo bộ phận một cửa đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất, bảo đảm hoàn thành kế hoạch năm",
              "UBND phường", None),
            K("chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ phường cuối năm", "Văn phòng Đảng ủy",
              "ngày 18/12/2026"),
            K("theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ", "Văn phòng Đảng ủy",
              "tại phiên giao ban tháng 12")],
           [S("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Mai Thị Hòa")],
           ["Thường trực Tỉnh ủy (để b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc",
            "Lưu Văn phòng Đảng ủy"],
           ["142,3 tỷ đồng", "96,8% dự toán năm", "1.218 giấy chứng nhận", "81,2%", "29/35 đảng viên", "82,86%",
            "1,74 triệu lượt", "12,5%"],
           ["38-KL/ĐU", "23/11/2026", "quý IV", "ngày 18/12/2026", "cùng kỳ năm 2025"]),
))
