from docs_a import add

add("tin_hdnd_hung_thuan_lien_truc",
    "https://hdnd.tayninh.gov.vn/vi/news/thong-tin-co-so-48/h-nd-x-h-ng-thu-n-t-ch-c-h-p-li-n-tr-c-chu-n-b-n-i-dung-v-n-ki-n-k-h-p-l-n-th-6-kh-a-iii-nhi-m-k-2016-2021-5671.html",
    """Chiều ngày 06/11/2018 Hội đồng nhân dân xã Hưng Thuận khóa III, nhiệm kỳ 2016-2021 triệu tập cuộc họp liên trực chuẩn bị nội dung văn kiện kỳ họp lần thứ 6. Đến dự cuộc họp có các đồng chí lãnh đạo HĐND xã, 02 Ban HĐND, lãnh đạo UBND xã, Chủ tịch UBMTTQVN xã và một số ban ngành, công chức có liên quan.
Tại cuộc họp, ông Phạm Văn Sang – Phó Chủ tịch HĐND xã đã lần lượt thông qua dự kiến, nội dung, thời gian chương trình kỳ họp, kế hoạch phân công các đơn vị chuẩn bị nội dung văn kiện phục vụ kỳ họp thứ 6 và kế hoạch tiếp xúc cử tri trước kỳ họp lần thứ 6. Cuộc họp đã nhất trí cao các nội dung đã thông qua. Cũng tại kỳ họp này HĐND xã tổ chức lấy phiếu tín nhiệm đối với những người giữ chức vụ do HĐND xã bầu hoặc phê chuẩn.
Ông Nguyễn Văn Hoàng – Chủ tịch HĐND – Chủ trì cuộc họp nhấn mạnh yêu cầu các ngành, các công chức được phân công chuẩn bị đầy đủ nội dung theo dự kiến chương trình họp, gửi về văn phòng UBND theo đúng thời gian quy định.
TT. HĐND XÃ
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân xã Hưng Thuận", issuer_parent=None, date="2018-11-06", title=None,
    meeting=dict(name="cuộc họp liên trực chuẩn bị nội dung văn kiện kỳ họp lần thứ 6", kind="hội nghị", date="2018-11-06",
                 chairs=["Nguyễn Văn Hoàng"]),
    decisions=[dict(kind="resolution", outcome="thông qua")],
    tasks=[dict(text="chuẩn bị đầy đủ nội dung theo dự kiến chương trình họp, gửi về văn phòng UBND theo đúng thời gian quy định",
                owner="các ngành, các công chức được phân công", deadline=None)])

add("tin_bch_tan_hong_t6_2023",
    "http://tanhong1.binhgiang.haiduong.gov.vn/Article/2HHT2AsJuuA@/ban-chấp-hành-đảng-bộ-xã-tân-hồng-tổ-chức-hội-nghị-bch-mở-rộng-tháng-6-năm-2023.html",
    """Chiều ngày 12/6, Đảng ủy xã Tân Hồng tổ chức hội nghị BCH Đảng bộ mở rộng để đánh giá kết quả thực hiện nhiệm vụ tháng 05 năm 2023 và triển khai nhiệm vụ trong tâm trong tháng 06 năm 2023 tại Phòng họp tầng II UBND xã.
Tham dự hội nghị có các đồng chí trong BCH Đảng bộ; Trưởng các ngành, đoàn thể, Chỉ huy trưởng Ban chỉ huy quân sự xã;
Tại hội nghị đồng chí Vũ Huy Cường- Bí thư Đảng ủy đã quán triệt, triển khai các văn bản chỉ đạo của cấp trên; đánh giá kết quả thực hiện nhiệm vụ công tác tháng 5, triển khai nhiệm vụ công tác tháng 6/2023, các mặt đã đạt được, chỉ ra những mặt còn yếu, hạn chế và cần khắc phục trên các lĩnh vực sản xuất nông nghiệp, phát triển kinh tế, an ninh chính trị, quân sự địa phương, văn hóa giáo dục, công tác xây dựng đảng, chính quyền, các ban ngành đoàn thể./.
""",
    genre="tin_hoi_nghi", issuer="Đảng ủy xã Tân Hồng", issuer_parent=None, date="2023-06-12", title=None,
    meeting=dict(name="hội nghị BCH Đảng bộ mở rộng", kind="hội nghị BCH", date="2023-06-12", place="Phòng họp tầng II UBND xã"))

add("tin_dh_dang_bo_vinh_phu_xii",
    "https://baoangiang.com.vn/dai-hoi-dai-bieu-dang-bo-xa-vinh-phu-lan-thu-xii-nhiem-ky-2020-2025--a271874.html",
    """Đại hội đại biểu Đảng bộ xã Vĩnh Phú lần thứ XII (nhiệm kỳ 2020- 2025)

08/05/2020 - 10:46

 - Trong 2 ngày 7 và 8-5, Đảng bộ xã Vĩnh Phú (Thoại Sơn) tiến hành Đại hội đại biểu Đảng bộ xã Vĩnh Phú lần thứ XII (nhiệm kỳ 2020 - 2025). Đây là Đảng bộ được Ban Thường vụ Huyện ủy Thoại Sơn chọn là đại hội điểm rút kinh nghiệm. Tại phiên trù bị, đại biểu thông qua quy chế làm việc đại hội, hướng dẫn sinh hoạt của đại biểu tham dự đại hội …

A A

Ngày 8-5, đại hội làm việc chính thức với các nội dung: báo cáo chính trị của Ban Chấp hành Đảng bộ xã lần thứ XI (nhiệm kỳ 2015 - 2020), trình Đại hội Đảng bộ xã lần thứ XII (nhiệm kỳ 2020 - 2025); báo cáo kiểm điểm của cấp ủy nhiệm kỳ 2015 - 2020; đóng góp dự thảo văn kiện đại hội; bầu Ban Chấp hành Đảng bộ xã lần thứ XII (nhiệm kỳ 2020-2025)…

PHƯƠNG LAN
""",
    genre="tin_hoi_nghi", issuer="Đảng bộ xã Vĩnh Phú", issuer_parent="Thoại Sơn", date="2020-05-08",
    title="Đại hội đại biểu Đảng bộ xã Vĩnh Phú lần thứ XII (nhiệm kỳ 2020- 2025)",
    meeting=dict(name="Đại hội đại biểu Đảng bộ xã Vĩnh Phú lần thứ XII (nhiệm kỳ 2020 - 2025)", kind="đại hội", date="2020-05-08"),
    noise_figures=["08/05/2020 - 10:46"])

add("tin_dh_doan_truong_son_i",
    "https://tienphong.vn/doan-tncs-ho-chi-minh-xa-truong-son-to-chuc-dai-hoi-dai-bieu-lan-thu-i-post1790753.tpo",
    """Đoàn TNCS Hồ Chí Minh xã Trường Sơn tổ chức Đại hội đại biểu lần thứ I

Chiều 19/10, tại Hội trường UBND xã Trường Sơn, Đoàn TNCS Hồ Chí Minh xã Trường Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030 với khẩu hiệu hành động “Tiên phong – Đoàn kết – Bản lĩnh – Đột phá – Phát triển”.

Đoàn TNCS Hồ Chí Minh xã Trường Sơn tổ chức Đại hội đại biểu lần thứ I

Dự và chỉ đạo Đại hội có đồng chí Vũ Thanh Hải, Phó Bí thư Thường trực Đảng ủy xã Trường Sơn; đồng chí Hà Quốc Hưng, Phó Bí thư, Chủ tịch UBND xã Trường Sơn và 125 đại biểu chính thức đại diện cho đoàn viên, thanh niên toàn xã tham dự.

Báo cáo trình Đại hội nêu rõ: trong nhiệm kỳ qua, công tác Đoàn và phong trào thanh thiếu nhi xã Trường Sơn đạt nhiều kết quả tích cực. Các phong trào xung kích phát triển kinh tế – xã hội, đồng hành với thanh niên lập thân lập nghiệp, xây dựng nông thôn mới, chuyển đổi số cơ sở… được triển khai hiệu quả. Công tác giáo dục lý tưởng cách mạng, đạo đức lối sống văn hóa trong thanh thiếu niên được tăng cường, góp phần xây dựng lớp thanh niên thời kỳ mới giàu lòng yêu nước, có ý chí vươn lên và khát vọng cống hiến.

Đại hội đã công bố quyết định chỉ định 19 đồng chí tham gia Ban Chấp hành Đoàn TNCS Hồ Chí Minh xã Trường Sơn khóa I, nhiệm kỳ 2025 – 2030; chỉ định 5 đồng chí Ban Thường vụ và 5 đồng chí Ủy ban Kiểm tra Đoàn xã.
""",
    genre="tin_hoi_nghi", issuer="Đoàn TNCS Hồ Chí Minh xã Trường Sơn", issuer_parent=None, date="2025-10-19",
    title="Đoàn TNCS Hồ Chí Minh xã Trường Sơn tổ chức Đại hội đại biểu lần thứ I",
    meeting=dict(name="Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030", kind="đại hội", date="2025-10-19", place="Hội trường UBND xã Trường Sơn"),
    attendance=dict(present=125),
    key_figures=["125 đại biểu chính thức"], noise_figures=["lần thứ I"])

add("tin_dh_dang_bo_mong_duong_i",
    "https://daihoidang.baoquangninh.vn/dai-hoi-dai-bieu-dang-bo-phuong-mong-duong-lan-thu-i-nhiem-ky-2025-2030-3370690.html",
    """Đại hội đại biểu Đảng bộ phường Mông Dương lần thứ I, nhiệm kỳ 2025-2030
Trong 2 ngày 6 và 7/8, Đảng bộ phường Mông Dương tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Tham dự có 188 đại biểu chính thức, tiêu biểu cho 876 đảng viên trong toàn Đảng bộ phường. Dự và chỉ đạo đại hội, có đồng chí Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. Cùng dự có đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh.
PV
Các đại biểu thực hiện nghi thức chào cờ.Đồng chí Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, phát biểu chỉ đạo đại hội.Các đồng chí: Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Vi Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh tặng hoa chúc mừng đại hội.Đồng chí Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, tặng hoa chúc mừng Ban Chấp hành Đảng bộ phường Mông Dương, nhiệm kỳ 2025-2030.Đoàn Chủ tịch điều hành đại hội.
""",
    genre="tin_hoi_nghi", issuer="Đảng bộ phường Mông Dương", issuer_parent=None, date="2025-08-06",
    title="Đại hội đại biểu Đảng bộ phường Mông Dương lần thứ I, nhiệm kỳ 2025-2030",
    meeting=dict(name="Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030", kind="đại hội", date="2025-08-06"),
    attendance=dict(present=188),
    key_figures=["188 đại biểu chính thức", "876 đảng viên"])

add("tin_mttq_dong_giang_hn7",
    "http://donggiang.gov.vn/webcenter/portal/donggiang/pages_tin-tuc/chi-tiet?dDocName=PORTAL279540",
    """Đông Giang tổ chức tổng kết công tác Mặt trận huyện năm 2021

Thực hiện quy chế hoạt động của Ủy ban MTTQ Việt Nam huyện Đông Giang khóa XII, nhiệm kỳ 2019-2024.

Sáng ngày 21/12/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị lần thứ 7 nhằm đánh giá công tác Mặt trận năm 2021, dự kiến chương trình phối hợp và thống nhất hành động năm 2022. Hội nghị đánh giá những hoạt động nổi bật của Ủy ban MTTQ Việt Nam từ huyện đến cơ sở năm 2021, đồng thời nêu ra những mặt hạn chế và đưa ra những giải pháp thực hiện trong năm đến.
""",
    genre="tin_hoi_nghi", issuer="Ban Thường trực Ủy ban MTTQ Việt Nam huyện", issuer_parent=None, date="2021-12-21",
    title="Đông Giang tổ chức tổng kết công tác Mặt trận huyện năm 2021",
    meeting=dict(name="hội nghị lần thứ 7", kind="hội nghị", date="2021-12-21"))

add("tin_hnd_tinh_lang_son_so_ket",
    "https://baolangson.vn/chinh-tri/3991-hoi-nong-dan-tinh-to-chuc-so-ket-cong-tac-6-thang-dau-nam.html",
    """Hội Nông dân tỉnh tổ chức sơ kết công tác 6 tháng đầu năm

LSO-Sáng ngày 14/7/2010, Hội Nông dân đã tổ chức hội nghị sơ kết công tác hội và phong trào nông dân 6 tháng đầu năm và đề ra phương hướng nhiệm vụ 6 tháng cuối năm. Đến dự có các đồng chí đại diện lãnh đạo MTTQ tỉnh, các sở, ban ngành, đoàn thể của tỉnh.
Báo cáo sơ kết 6 tháng đầu năm, Đồng chí Hoàng Văn Quang, Phó Chủ tịch Thường trực Hội Nông dân tỉnh đề cập đến tình hình công tác hội và phong trào nông dân như: tình hình sản xuất nông, lâm nghiệp; tình hình nông dân, nông thôn; công tác xây dựng, củng cố tổ chức hội; công tác tham gia xây dựng Đảng, chính quyền. Kết quả thực hiện 3 phong trào của hội như: Phong trào nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau xoá đói giảm nghèo và làm giàu chính đáng; Phong trào nông dân tham gia xây dựng nông thôn mới; Phong trào nông dân tham gia đảm bảo quốc phòng an ninh.
""",
    genre="tin_hoi_nghi", issuer="Hội Nông dân", issuer_parent=None, date="2010-07-14",
    title="Hội Nông dân tỉnh tổ chức sơ kết công tác 6 tháng đầu năm",
    meeting=dict(name="hội nghị sơ kết công tác hội và phong trào nông dân 6 tháng đầu năm", kind="hội nghị", date="2010-07-14"))

add("tin_hnd_hoi_an_so_ket",
    "https://hoianrt.vn/tin-tuc/van-hoa-xa-hoi/hoi-nong-dan-thanh-pho-so-ket-cong-tac-hoi-va-phong-trao-6-thang-dau-nam-2.html",
    """Hội Nông dân thành phố sơ kết công tác hội và phong trào 6 tháng đầu năm

Chiều qua, Hội Nông dân thành phố tổ chức hội nghị sơ kết công tác hội và phong trào nông dân 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2018.

Nông dân Hội An tham gia xây dựng nông thôn mới- Ảnh: Lê Hiền

Đánh giá chung tại hội nghị cho thấy, 6 tháng qua, công tác hội và phong trào nông dân thành phố chuyển biến tích cực, trong đó công tác tuyên truyền giáo dục chính trị, tư tưởng được các cấp hội quan tâm, kịp thời chuyển tải đường lối chủ trương chính sách pháp luật, các chỉ thị, nghị quyết của Đảng, Nhà nước và hội cấp trên, tạo sự đồng thuận cao trong nông dân, tích cực tham gia các chương trình, dự án phát triển kinh tế xã hội tại địa phương.

Tại hội nghị có nhiều ý kiến thảo luận về những khó khăn tồn tại trong công tác hội và phong trào nông dân hiện nay, từ đó nêu thêm một số phương án thực hiện hiệu quả nhiệm vụ công tác hội và phong trào nông dân trong 6 tháng cuối năm, phấn đấu hoàn thành tốt các chỉ tiêu được giao.

Lê Hiền
""",
    genre="tin_hoi_nghi", issuer="Hội Nông dân thành phố", issuer_parent=None, date=None,
    title="Hội Nông dân thành phố sơ kết công tác hội và phong trào 6 tháng đầu năm",
    meeting=dict(name="hội nghị sơ kết công tác hội và phong trào nông dân 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2018",
                 kind="hội nghị"))

add("tin_hlhpn_ninh_thuan_nq_chuyen_de",
    "https://baoninhthuan.com.vn/news/137901p1c30/hoi-lien-hiep-phu-nu-tinhhoi-nghi-trien-khai-nghi-quyet-chuyen-de-nhiem-ky-20212026.htm",
    """Hội Liên hiệp Phụ nữ tỉnh: Hội nghị triển khai nghị quyết chuyên đề nhiệm kỳ 2021-2026

Ngày 26/5, Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức Hội nghị triển khai nghị quyết chuyên đề của Ban Chấp hành Hội LHPN tỉnh, nhiệm kỳ 2021-2026.

Tại hội nghị, các đại biểu tập trung nghiên cứu nội dung 3 chuyên đề: Nghị quyết số 04/NQ-BCH về công tác xây dựng, củng cố và phát triển tổ chức Hội LHPN cấp cơ sở vững mạnh; Nghị quyết số 05/NQ-BCH về nâng cao chất lượng công tác tuyên truyền trong hệ thống Hội; Nghị quyết số 06/NQ-BCH về nâng cao năng lực cho phụ nữ vùng đồng bào dân tộc thiểu số, miền núi phát triển kinh tế, giảm nghèo bền vững.

Ban thường vụ Hội LHPN tỉnh tổ chức Hội nghị triển khai Nghị quyết chuyên đề nhiệm kỳ 2021-2026. Ảnh: M.Dung

Các đại biểu cũng thảo luận sâu về chỉ tiêu của từng nội dung chuyên đề và đề ra những giải pháp mới để thực hiện phù hợp nhu cầu, nguyện vọng của hội viên, phụ nữ trong tình hình mới; xây dựng kế hoạch hoạt động, cụ thể hóa các chỉ tiêu, nhiệm vụ, giải pháp phù hợp với đặc thù của địa phương.
""",
    genre="tin_hoi_nghi", issuer="Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh", issuer_parent=None, date=None,
    title="Hội Liên hiệp Phụ nữ tỉnh: Hội nghị triển khai nghị quyết chuyên đề nhiệm kỳ 2021-2026",
    meeting=dict(name="Hội nghị triển khai nghị quyết chuyên đề của Ban Chấp hành Hội LHPN tỉnh, nhiệm kỳ 2021-2026", kind="hội nghị"),
    noise_figures=["Nghị quyết số 04/NQ-BCH", "nhiệm kỳ 2021-2026"])

add("tin_hdnd_nhac_ky_ky_hop_1",
    "https://vanlang.langson.gov.vn/hdnd-xa-nhac-ky-chuc-ky-hop-thu-nhat-khoa-xx-nhiem-ky-2021-2026",
    """HĐND XÃ NHẠC KỲ TỔ CHỨC KỲ HỌP THỨ NHẤT KHÓA XX, NHIỆM KỲ 2021- 2026

          Sáng 30/6/2021, HĐND xã Nhạc Kỳ, huyện Văn Lãng tổ chức kỳ họp thứ nhất khoá XX, nhiệm kỳ 2021-2026. Dự và chỉ đạo có đồng chí Lê Tuấn Minh - Phó bí thư Huyện ủy,Chủ tịch UBND huyện, là đại biểu HĐND huyện ứng cử tại xã; và 15 đại biểu HĐND xã.

      Tại kỳ họp, UBBC xã Nhạc Kỳ đã báo cáo kết quả cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp, nhiệm kỳ mới 2021- 2026. Theo đó, xã có 3 đơn vị bầu cử với 7 tổ bầu cử, cử tri đi bầu đúng quy định và thời gian với tỷ lệ đạt  100%, không có khu vực bỏ phiếu nào phải bầu lại hoặc bầu thêm. Xã có 15 đại biểu trúng cử vào HĐND cấp xã nhiệm kỳ mới. Trong đó tỷ lệ nữ chiếm 20%; dân tộc thiểu số tỷ lệ 100%;  tỷ lệ người trẻ tuổi 73%;  tỷ lệ tái cử đạt 73%...

( Đ/c: Lê Tuấn Minh, Chủ tịch UBND huyện Văn Lãng, Đại biểu HĐND huyện ứng cử tại xã Nhạc Kỳ phát biểu chỉ đạo kỳ họp)

         Kỳ họp đã thông qua các tờ trình giới thiệu nhân sự, tiến hành bầu cử các chức danh theo quy định  và thông qua các nghị quyết xác nhận kết quả bầu cử đối với các chức danh HĐND, UBND.
""",
    genre="tin_hoi_nghi", issuer="HĐND xã Nhạc Kỳ", issuer_parent="huyện Văn Lãng", date="2021-06-30",
    title="HĐND XÃ NHẠC KỲ TỔ CHỨC KỲ HỌP THỨ NHẤT KHÓA XX, NHIỆM KỲ 2021- 2026",
    meeting=dict(name="kỳ họp thứ nhất khoá XX, nhiệm kỳ 2021-2026", kind="hội nghị", date="2021-06-30"),
    attendance=dict(present=15),
    decisions=[dict(kind="resolution", outcome="thông qua")],
    key_figures=["15 đại biểu trúng cử"])
