"""Round 10 (engineer s11): 7 more real public texts (news of HĐND sessions, a UBND year-end
conference, a BCH Đảng bộ xã conference, a giao ban, a chi bộ's sinh hoạt), copied verbatim as
the search tool returned them (a leading " date …" stamp of the search index dropped)."""
from docs_a import add

add("tin_hdnd_dong_son_ky_hop_24",
    "https://baothanhhoa.vn/dong-son-17-chi-tieu-vuot-ke-hoach-233800.htm",
    """Đông Sơn: 17 chỉ tiêu vượt kế hoạch

Ngày 17/12, HĐND huyện Đông Sơn khóa XX, nhiệm kỳ 2021-2026 đã tổ chức khai mạc Kỳ họp thứ 24 đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2024. Đồng chí Nguyễn Quang Hải, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh, dự.

Các đại biểu dự kỳ họp.

Năm 2024, mặc dù còn nhiều khó khăn dù gặp nhiều khó khăn nhưng tình hình kinh tế - xã hội huyện Đông Sơn vẫn giữ ổn định và tiếp tục phát triển. Trong 28 chỉ tiêu chủ yếu theo Nghị quyết của HĐND huyện, có 17 chỉ tiêu vượt kế hoạch, 10 chỉ tiêu đạt kế hoạch và 1 chỉ tiêu đúng hướng.

Đồng chí Lê Thanh Hải, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND Đông Sơn phát biểu khai mạc kỳ họp.

Nổi bật là tổng thu ngân sách Nhà nước đạt kết quả cao nhất từ trước đến nay, ước đạt 3.800.019 triệu đồng, đạt 548% so với dự toán tỉnh giao, đạt 237% so với dự toán huyện giao; tỷ lệ hộ nghèo còn 0,11%, vượt 73% kế hoạch tỉnh giao; 38/38 trường đạt chuẩn Quốc gia mức độ 1, đạt tỷ lệ 100%; 25/38 trường trường chuẩn quốc gia mức độ 2, đạt tỷ lệ 65,78%; tỷ lệ dân số tham gia BHYT đạt 96,86%, vượt kế hoạch; thu nhập bình quân đầu người ước đạt 67,192 triệu đồng/người/năm, vượt 1,8% so với kế hoạch; tỷ lệ giải quyết thủ tục hành chính công mức độ 3, 4 đạt 100%, vượt chỉ tiêu tỉnh giao...

Chủ tọa kỳ họp.
""",
    genre="tin_hoi_nghi", issuer="HĐND huyện Đông Sơn", issuer_parent=None, date="2024-12-17",
    title="Đông Sơn: 17 chỉ tiêu vượt kế hoạch",
    meeting=dict(name="Kỳ họp thứ 24", kind="hội nghị", date="2024-12-17"),
    key_figures=["17 chỉ tiêu vượt kế hoạch", "3.800.019 triệu đồng", "38/38 trường", "96,86%",
                 "67,192 triệu đồng/người/năm"],
    noise_figures=["Ngày 17/12", "Kỳ họp thứ 24", "2021-2026"])

add("tin_hdnd_quang_xuong_ky_hop_22",
    "https://baothanhhoa.vn/nam-2024-quang-xuong-co-7-chi-tieu-vuot-ke-hoach-233636.htm",
    """Năm 2024, Quảng Xương có 7 chỉ tiêu vượt kế hoạch

Ngày 16/12, HĐND huyện Quảng Xương khoá XXI, nhiệm kỳ 2021-2026 đã tổ chức kỳ họp thứ 22 nhằm đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2024 và phê chuẩn kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2025.

Toàn cảnh kỳ họp.

Báo cáo thực hiện nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh nêu rõ: Năm 2024, huyện Quảng Xương đã hoàn thành 14/15 chỉ tiêu, trong đó có 7 chỉ tiêu vượt kế hoạch. Đối với Nghị quyết HĐND huyện giao, có 34/41 chỉ tiêu thành phần hoàn thành, trong đó có 14 chỉ tiêu vượt kế hoạch.

Thu thường xuyên ngân sách ước đạt 131,1 tỷ đồng, tăng 6% so với dự toán tỉnh giao và tăng 14,9% so với cùng kỳ.

Về nông nghiệp, tích tụ, tập trung được 255 ha, vượt 2% kế hoạch tỉnh giao; cơ cấu cây trồng có sự chuyển dịch tích cực, sản lượng lương thực, khai thác và nuôi trồng thuỷ sản đều tăng so với cùng kỳ.

Phó Chủ tịch HĐND huyện Quảng Xương Nguyễn Thị Sơn phát biểu khai mạc kỳ họp.

Các sản phẩm công nghiệp chủ lực đều tăng từ 12,4% đến 13,2% so với cùng kỳ. Tổng doanh thu bán lẻ, giá trị xuất khẩu hàng hóa, giá trị xuất khẩu lao động tăng từ 11% đến 27,7% so với cùng kỳ. Tổng huy động vốn đầu tư phát triển đạt 5.271 tỷ đồng, tăng 11,2% so với cùng kỳ. Thành lập mới doanh nghiệp đạt 111,1% kế hoạch năm.
""",
    genre="tin_hoi_nghi", issuer="HĐND huyện Quảng Xương", issuer_parent=None, date="2024-12-16",
    title="Năm 2024, Quảng Xương có 7 chỉ tiêu vượt kế hoạch",
    meeting=dict(name="kỳ họp thứ 22", kind="hội nghị", date="2024-12-16"),
    key_figures=["14/15 chỉ tiêu", "34/41 chỉ tiêu thành phần", "131,1 tỷ đồng", "255 ha", "5.271 tỷ đồng"],
    noise_figures=["Ngày 16/12", "kỳ họp thứ 22", "2021-2026"])

add("tin_ubnd_nam_dong_tong_ket_2024",
    "http://namdong.cujut.daknong.gov.vn/tin-tuc/tinh-hinh-thuc-hien-cac-chi-tieu-kinh-te-xa-hoi-quoc-phong-an-ninh-nam-2024-va-phuong-huong-nhie-516788",
    """TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025.
Ngày 24 tháng 12 năm 2024 UBND xã Nam Dong tổ chức báo cáo tình hình thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm 2024 và phương hướng, nhiệm vụ năm 2025.
Tham dự Hội nghị có:
- Đồng Chí Đào Thế Thái-Huyện ủy viên-Bí Thư Đảng ủy xã Nam Dong.
- Đồng Chí Trương Văn Tú-Phó Bí thư Đảng ủy-Chủ tịch UBND xã Nam Dong.
- Đại diện HĐND-UBND-UBMTTQVN cùng đại diện các tổ chức chính trị - xã hội xã.
- Quang cảnh buổi Hội nghị tổng kết năm 2024, xây dựng phương hướng, nhiệm vụ năm 2025.
Năm 2024, trong bối cảnh tình hình thế giới tiếp tục diễn biến phức tạp bất ổn; ở trong nước thì xã Nam Dong cũng đối mặt với nhiều khó khăn, thách thức cho công tác lãnh đạo, chỉ đạo, điều hành phát triển các lĩnh vực đời sống xã hội.Với sự vào cuộc quyết liệt của cả hệ thống chính trị dưới sự lãnh đạo quyết liệt của Đảng ủy, Chính quyền, sự đồng thuận, tham gia tích cực của nhân dân, cộng đồng doanh nghiệp và sự hỗ trợ, giúp đỡ của Trung ương,tỉnh,huyện nên những khó khăn, vướng mắc đã được tập trung tháo gỡ, khắc phục, kết quả thực hiện Nghị quyết số 68/NQ-HĐND ngày 05/01/2024 của HĐND xã Nam Dong đã đề ra 13 chỉ tiêu phát triển kinh tế - xã hội chủ yếu đạt được nhiều kết quả nổi bật trên các lĩnh vực. Kết quả năm 2024, có 13/13 chỉ tiêu đạt và vượt kế hoạch đề ra, tuy nhiên còn 01 chỉ tiêu thành phần không đạt kế hoạch.(chỉ tiêu bảo hiểm y tế).
""",
    genre="tin_hoi_nghi", issuer="UBND xã Nam Dong", issuer_parent=None, date="2024-12-24",
    title="TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025.",
    meeting=dict(name="Hội nghị tổng kết năm 2024", kind="hội nghị", date="2024-12-24"),
    key_figures=["13/13 chỉ tiêu", "01 chỉ tiêu thành phần"],
    noise_figures=["68/NQ-HĐND", "05/01/2024", "Ngày 24 tháng 12 năm 2024"])

add("tin_hdnd_dao_huu_canh_ky_hop_11",
    "https://daohuucanh.chauphu.angiang.gov.vn/hdnd-xa-dao-huu-canh-chuc-thanh-cong-ky-hop-cuoi-nam-2024",
    """HĐND xã Đào Hữu Cảnh tổ chức thành công kỳ họp cuối năm 2024
Ngày 26/12/2024, Hội đồng nhân dân xã Đào Hữu Cảnh khóa IX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp lần thứ mười một. Đến dự có ông Trần Minh Tâm – Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã; bà Nguyễn Thị Mỹ Linh – Phó Bí thư Đảng ủy, Trưởng Khối Dân vận xã; chủ tọa kỳ họp bà Nguyễn Thị Tuyết Mai – Phó Chủ tịch Hội đồng nhân dân xã.
Tại kỳ họp các đại biểu được nghe báo cáo của Ủy ban nhân dân xã về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024; phương hướng, nhiệm vụ năm 2025; thông báo của Ủy ban Mặt trận Tổ quốc Việt Nam xã về công tác tham gia xây dựng chính quyền và những ý kiến, kiến nghị của Ủy ban Mặt trận Tổ quốc Việt Nam xã đối với Hội đồng nhân dân, Ủy ban nhân dân. Năm 2024, xã Đào Hữu Cảnh đã triển khai thực hiện các nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh và xây dựng nông thôn mới. Các chỉ tiêu kinh tế - xã hội cơ bản đều đạt và vượt chỉ tiêu kế hoạch đề ra. Trong đó, tổng sản lượng lương thực là 71,37tấn/ha, đạt 107% so với kế hoạch, đạt 106% so với Nghị quyết; thu ngân sách trên địa bàn đạt 104,6% so với dự toán; thu nhập bình quân đầu người đạt 65,4 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 1,82%.... Chương trình xây dựng nông thôn mới tiếp tục được quan tâm thực hiện, đến nay xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 44/57. Công tác an sinh xã hội được đảm bảo, tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản được giữ vững
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân xã Đào Hữu Cảnh", issuer_parent=None, date="2024-12-26",
    title="HĐND xã Đào Hữu Cảnh tổ chức thành công kỳ họp cuối năm 2024",
    meeting=dict(name="kỳ họp lần thứ mười một", kind="hội nghị", date="2024-12-26",
                 chairs=["Nguyễn Thị Tuyết Mai"]),
    key_figures=["65,4 triệu đồng/người/năm", "1,82%", "12/19 tiêu chí", "44/57"],
    noise_figures=["26/12/2024", "2021 - 2026"])

add("tin_bch_vi_huong_t1_2021",
    "https://vihuong.bachthong.gov.vn/hoi-nghi-bch-dang-bo-xa-vi-huong-thang-01-nam-2021/",
    """HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021

Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp theo Quy chế, hội nghị đã đánh giá công tác tháng 01, triển khai nhiệm vụ tháng 02 năm 2021. Trong đó tập trung chỉ đạo công tác sản xuất vụ xuân năm 2021, công tác đón tết cổ truyền Tân Sửu năm 2021 và một số nhiệm vụ quan trọng khác. Tại hội nghị BCH Đảng bộ đã thông qua một số nghị quyết chuyên đề giai đoạn 2021 -2025 và năm 2021; cho ý kiến về số lượng, cơ cấu đại biểu Hội đồng nhân dân xã khóa XX, nhiệm kỳ 2021 – 2026. Trên tinh thần dân chủ tập thể BCH Đảng bộ đã thảo luận, bỏ phiếu và biểu quyết thông qua Nghị quyết về số lượng, cơ cấu đại biểu HĐND xã khóa XX, nhiệm kỳ 2021 – 2026.


                                                      Toàn cảnh Hội nghị
Để thực hiện tốt các nhiệm vụ trong thời gian tới và cho cuộc bầu cử, đồng chí Nguyễn Văn Hoán, Bí thư Đảng ủy đề nghị các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ và các đoàn thể xã bám vào Kế hoạch và các văn bản chỉ đạo của cấp trên để chỉ đạo, triển khai thực hiện các nhiệm vụ, đồng thời thực hiện các bước trong công tác bầu cử Đại biểu HĐND xã, nhiệm kỳ 2021 – 2026 đảm bảo đúng luật…/.
                                                         Tác giả: Nguyễn Văn Hoán – Bí thư Đảng ủy
""",
    genre="tin_hoi_nghi", issuer="BCH Đảng bộ xã Vi Hương", issuer_parent=None, date="2021-01-29",
    title="HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021",
    meeting=dict(name="HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021", kind="hội nghị BCH",
                 date="2021-01-29"),
    decisions=[dict(kind="resolution", subject="Nghị quyết về số lượng, cơ cấu đại biểu HĐND xã khóa XX",
                    outcome="thông qua")],
    tasks=[dict(text="bám vào Kế hoạch và các văn bản chỉ đạo của cấp trên để chỉ đạo, triển khai thực hiện các nhiệm vụ",
                owner="các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ và các đoàn thể xã",
                deadline=None)],
    noise_figures=["Ngày 29 tháng 01 năm 2021", "2021 – 2026", "2021 -2025"])

add("tin_dang_uy_hung_long_giao_ban_t1_2026",
    "https://www.sggp.org.vn/dang-uy-xa-hung-long-tphcm-giao-ban-voi-bi-thu-chi-bo-ap-post836130.html",
    """Sáng 30-1, Đảng ủy xã Hưng Long (TPHCM) tổ chức Hội nghị giao ban định kỳ tháng 1-2026 với các Bí thư chi bộ ấp nhằm kịp thời nắm bắt tình hình cơ sở và tháo gỡ những khó khăn, vướng mắc phát sinh.

Thường trực Đảng ủy xã chủ trì Hội nghị giao ban định kỳ tháng 1-2026

Hội nghị do Thường trực Đảng ủy xã chủ trì, gồm các đồng chí: Nguyễn Thị Ngọc Hạnh, Bí thư Đảng ủy, Chủ tịch HĐND xã; Nguyễn Yến Nhi, Phó Bí thư Thường trực Đảng ủy; Huỳnh Văn Phạm Hồng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự hội nghị còn có các đồng chí Ủy viên Ban Thường vụ Đảng ủy, đại diện Ban Xây dựng Đảng và Bí thư chi bộ các ấp.

Tại hội nghị, các đại biểu đã thẳng thắn trao đổi, phản ánh tình hình thực hiện nhiệm vụ tại khu dân cư; nêu những thuận lợi, khó khăn trong công tác lãnh đạo, chỉ đạo ở cơ sở, đồng thời kiến nghị nhiều nội dung liên quan đến đời sống dân sinh và công tác xây dựng Đảng.

Hội nghị lắng nghe ý kiến từ các Bí thư Chi bộ ấp trên địa bàn

Phát biểu kết luận hội nghị, đồng chí Nguyễn Thị Ngọc Hạnh ghi nhận và đánh giá cao tinh thần trách nhiệm của đội ngũ Bí thư Chi bộ ấp; đồng thời yêu cầu các chi bộ tiếp tục bám sát nghị quyết, chỉ tiêu của Đảng ủy xã, chủ động nắm tình hình, phát huy vai trò hạt nhân chính trị ngay từ những tháng đầu năm.
""",
    genre="tin_hoi_nghi", issuer="Đảng ủy xã Hưng Long", issuer_parent=None, date="2026-01-30",
    title=None,
    meeting=dict(name="Hội nghị giao ban định kỳ tháng 1-2026", kind="hội nghị", date="2026-01-30",
                 chairs=["Nguyễn Thị Ngọc Hạnh", "Nguyễn Yến Nhi", "Huỳnh Văn Phạm Hồng"]),
    tasks=[dict(text="tiếp tục bám sát nghị quyết, chỉ tiêu của Đảng ủy xã", owner="các chi bộ", deadline=None)],
    noise_figures=["Sáng 30-1", "tháng 1-2026"])

add("tin_hdnd_trung_ly_ky_hop_14",
    "https://trungly.thanhhoa.gov.vn/kinh-te/ki-hop-thu-muoi-bon-hoi-dong-nhan-dan-xa-khoa-xxi-nhiem-ky-2021-2026-595005",
    """Kì họp thứ mười bốn Hội đồng Nhân dân xã khóa XXI, nhiệm kỳ 2021 - 2026
Thứ Năm, 17/07/2025
Chiều 17/7, Hội đồng nhân dân xã Trung Lý khóa XXI, nhiệm kỳ 2021 – 2026 tổ chức Kỳ họp thứ 14. Đồng chí Hà Văn Ca - Bí thư Đảng ủy, Chủ tịch HĐND xã; Vi Thị Ly - Phó Chủ tịch HĐND xã đồng chủ trì hội nghị. Cùng dự có các đồng chí Lâu Văn Phía - Phó Bí thư Thường trực Đảng ủy; Trần Văn Thắng - Phó Bí thư, Chủ tịch UBND xã; các đồng chí Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam xã, đại biểu HĐND xã.
Tại kỳ họp, HĐND xã đã thảo luận và biểu quyết thông qua Tờ trình về việc Ban hành Quy chế làm việc của HĐND, Thường trực HĐND, các Ban của HĐND, tổ đại biểu HĐND và đại biểu HĐND xã Trung Lý khóa XXI, nhiệm kỳ 2021 – 2026. Quy chế được xây dựng nhằm đảm bảo tính thống nhất, hiệu quả trong tổ chức và hoạt động của HĐND xã, phát huy vai trò, trách nhiệm của từng đại biểu HĐND trong thực hiện chức năng, nhiệm vụ được giao theo quy định.




Phát biểu kết luận kỳ họp, đồng chí Hà Văn Ca – Bí thư Đảng ủy, Chủ tịch HĐND xã ghi nhận tinh thần làm việc nghiêm túc, trách nhiệm của các đại biểu HĐND xã trong suốt quá trình diễn ra kỳ họp. Đồng chí nhấn mạnh: Việc thông qua Quy chế làm việc là bước quan trọng nhằm nâng cao chất lượng hoạt động của HĐND xã trong giai đoạn tiếp theo. Đồng thời đề nghị các Đại biểu tiếp tục phát huy vai trò, trách nhiệm, tập trung thực hiện tốt chức năng giám sát, quyết định các vấn đề quan trọng của địa phương, góp phần hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ trong nhiệm kỳ../.
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân xã Trung Lý", issuer_parent=None, date="2025-07-17",
    title="Kì họp thứ mười bốn Hội đồng Nhân dân xã khóa XXI, nhiệm kỳ 2021 - 2026",
    meeting=dict(name="Kỳ họp thứ 14", kind="hội nghị", date="2025-07-17",
                 chairs=["Hà Văn Ca", "Vi Thị Ly"]),
    decisions=[dict(kind="vote", subject="Tờ trình về việc Ban hành Quy chế làm việc của HĐND",
                    outcome="thông qua")],
    tasks=[dict(text="tiếp tục phát huy vai trò, trách nhiệm, tập trung thực hiện tốt chức năng giám sát",
                owner="các Đại biểu", deadline=None)],
    noise_figures=["17/07/2025", "Kỳ họp thứ 14", "2021 – 2026"])
