# Real public texts (verbatim excerpts as the search tool returned them), with hand-written gold.
DOCS = []


def add(name, url, text, **gold):
    DOCS.append((name, url, text, gold))


add("tin_cb1_hung_thinh_chuyen_de",
    "https://hungthinh.hungnguyen.nghean.gov.vn/hoat-dong-co-so/chi-bo-1-to-chuc-sinh-hoat-chuyen-de-633180",
    """CHI BỘ 1 TỔ CHỨC SINH HOẠT CHUYÊN ĐỀ
19/04/2024
Lượt xem: 173
Tối ngày 14/4/2024 chi bộ 1, đảng bộ xã Hưng Thịnh tổ chức sinh hoạt chuyên đề.
Tham dự và chỉ đạo hội nghị có đồng chí Đinh Quang Vinh, bí thư Đảng ủy, chủ tịch HĐND xã; đồng chí Dương Thị Ca, ủy viên BCH Đảng bộ, phó chủ tịch HĐND xã, phụ trách chi bộ. Tham dự hội nghị có các ông bà xóm trưởng, trưởng các tổ chức đoàn thể cùng toàn thể các đồng chí đảng viên trong chi bộ.
Hội nghị đã tiến hành trao đổi 2 chuyên đề. Chuyên đề công tác tạo nguồn phát triển đảng viên và chuyên đề xây dựng đường điện cờ xóm 1.
Đầu năm đảng ủy đã ban hành kế hoạch
và giao chỉ tiêu cho các chi bộ trong công tác phát triển đảng viên. Đối với
chi bộ 1 có 27 đảng viên được giao tạo nguồn 2 quần chúng và kết nạp 1 đảng
viên trong năm 2024. Theo đó, trong sinh hoạt chuyên đề đã bàn và giao cho các
tổ chức đoàn thể phụ nữ, đoàn thanh niên, hội Nông dân tìm kiếm nguồn lực giới
thiệu cho chi bộ.
Toàn cảnh hội nghị
Một
trong những nội dung để xây dựng Nông thôn mới nâng cao ở xóm, chi bộ đã bàn
và thống nhất kế hoạch xây dựng đèn cờ trên địa bàn toàn xóm. Giao cho xóm tiến
hành khảo sát, dự trù kinh phí để họp dân thống nhất thực hiện.
Đ/c Đinh Quang Vinh, bí thư Đảng ủy, chủ tịch HĐND xã phát biểu chỉ đạo
Cũng
trong dịp này nhiều chi bộ trên địa bàn toàn xã đã tiến hành tổ chức sinh hoạt
chuyên đề nêu trên gồm có chi bộ 3, chi bộ 4, chi bộ 5. Các chi bộ còn lại sẽ tổ
chức sinh hoạt xong trước ngày 20 tháng 4.
Dương Ca
""",
    genre="tin_hoi_nghi", issuer="chi bộ 1", issuer_parent="đảng bộ xã Hưng Thịnh", date="2024-04-14",
    title="CHI BỘ 1 TỔ CHỨC SINH HOẠT CHUYÊN ĐỀ",
    meeting=dict(name="sinh hoạt chuyên đề", kind="chuyên đề", date="2024-04-14"),
    tasks=[dict(text="tìm kiếm nguồn lực giới thiệu cho chi bộ",
                owner="các tổ chức đoàn thể phụ nữ, đoàn thanh niên, hội Nông dân", deadline=None),
           dict(text="tiến hành khảo sát, dự trù kinh phí để họp dân thống nhất thực hiện", owner="xóm", deadline=None)],
    noise_figures=["Lượt xem: 173", "19/04/2024"])

add("tin_cb_tan_minh_van_an_t9",
    "https://chilang.langson.gov.vn/bm/print/4570",
    """Ngày 04/9/2021, Chi bộ thôn Tân Minh, xã Vân An đã tổ chức Hội nghị sinh hoạt chi bộ thường kỳ tháng 9 và sinh hoạt chuyên đề “Công tác phát triển Đảng viên tại Chi bộ năm 2022 và những năm tiếp theo”. Đây là kỳ sinh hoạt Chi bộ điểm  về nâng cao chất lượng sinh hoạt Chi bộ theo hướng dẫn số 09 ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy. Dự Hội nghị có đồng chí Khổng Văn Mạnh, Ủy viên Ban Chấp hành Đảng bộ huyện phụ trách xã, lãnh đạo Đảng ủy xã Vân An, Bí thư Chi bộ các thôn trên địa bàn xã và toàn thể Đảng viên Chi bộ thôn Tân Minh.

Tại hội nghị, Chi ủy Chi bộ thôn Tân Minh đã thông qua kết quả công tác Đảng trong tháng 8, triển khai nhiệm vụ tháng 9 năm 2021, trong đó, tập trung vào việc thực hiện các nhiệm vụ chính trị, sản xuất Nông lâm nghiệp, xây dựng Nông thôn mới, tình hình tư tưởng của Đảng viên quần chúng nhân dân trên địa bàn thôn. Về nội dung sinh hoạt chuyên đề, sau khi nêu đặc điểm tình hình của Đảng viên Chi bộ, Chi ủy đã đề xuất các giải pháp tạo nguồn phát triển Đảng viên trong năm 2022 và những năm tiếp theo để Đảng viên Chi bộ tham gia thảo luận các giải pháp thực hiện.

1_703.jpg

Đồng chí Khổng Văn Mạnh, Ủy viên Ban Chấp hành Đảng bộ huyện phụ trách xã (đứng) phát biểu tại Hội nghị sinh hoạt chi bộ thôn Tân Minh.

Sau khi nghe các báo cáo, nhiều Đảng viên Chi bộ đã tham gia thảo luận về kết quả thực hiện nhiệm vụ chính trị tháng 8, phương hướng nhiệm vụ tháng 9 và công tác phát triển Đảng viên của Chi bộ trong thời gian tới.
""",
    genre="tin_hoi_nghi", issuer="Chi bộ thôn Tân Minh", issuer_parent="xã Vân An", date="2021-09-04",
    title=None,
    meeting=dict(name="Hội nghị sinh hoạt chi bộ thường kỳ tháng 9", kind="thường kỳ", date="2021-09-04"),
    noise_figures=["1_703.jpg", "hướng dẫn số 09 ngày 29/5/2019"])

add("tin_hdnd_thanh_dien_ky_hop_12",
    "https://hdnd.tayninh.gov.vn/vi/news/thong-tin-co-so/hoi-dong-nhan-dan-xa-thanh-dien-huyen-chau-thanh-to-chuc-ky-hop-thu-12-ky-hop-chuyen-de-11932.html",
    """Ngày 20/4, tại Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Thanh Điền, Hội đồng nhân dân (HĐND) xã đã tổ chức thành công Kỳ họp thứ 12 (kỳ họp chuyên đề) HĐND xã Khóa XII, nhiệm kỳ 2021 - 2026. Tham dự kỳ họp có ông Võ Văn Vu - Huyện ủy viên, Bí thư Đảng ủy xã; ông Đặng Thanh Xuân - Chủ tịch UBND xã; đại diện các ban, ngành, đoàn thể xã, ấp, đại diện cử tri tiêu biểu của 7/7 ấp, cùng với 28/29 vị đại biểu HĐND xã.
Kỳ họp đã tiến hành thông qua các nội dung như: Tờ trình về việc ban hành nghị quyết cho ý kiến đối với đề án sắp xếp đơn vị hành chính cấp tỉnh; Tờ trình về việc ban hành nghị quyết cho ý kiến đối với chủ trương sắp xếp đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025.
![]() |
Các vị đại biểu HĐND xã tham dự Kỳ họp thứ 12
Tại kỳ họp này với sự thống nhất cao, các vị đại biểu HĐND xã đã tiến hành biểu quyết thông qua 02 Nghị quyết: Nghị quyết về việc cho ý kiến đối với đề án sắp xếp đơn vị hành chính cấp tỉnh; Nghị quyết về việc cho ý kiến đối với chủ trương sắp xếp đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025.
HĐND xã Thanh Điền
Ý kiến bạn đọc
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân (HĐND) xã", issuer_parent=None, date=None,
    title=None,
    meeting=dict(name="Kỳ họp thứ 12 (kỳ họp chuyên đề)", kind="hội nghị",
                 place="Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Thanh Điền"),
    attendance=dict(total=29, present=28, absent=1),
    decisions=[dict(kind="resolution", outcome="thông qua")],
    key_figures=["28/29 vị đại biểu"], noise_figures=["Kỳ họp thứ 12", "nhiệm kỳ 2021 - 2026"])

add("tin_hdnd_thang_tin_chuyen_de_3",
    "https://thangtin.tuyenquang.gov.vn/vi/tin-bai/ky-hop-chuyen-de-lan-thu-ba-hdnd-xa-khoa-xx-nhiem-ky-2021-2026?id=167463&type=NEWS",
    """Tham dự kỳ họp có các đồng chí trong Thường trực Đảng ủy, Thường trực HĐND, lãnh đạo UBND xã; đại diện UBMTTQ Việt Nam xã; các ban, ngành, đoàn thể cùng toàn thể các đại biểu HĐND xã khóa XX.
Tại kỳ họp, Thường trực HĐND và UBND xã đã trình bày các tờ trình, dự thảo nghị quyết liên quan đến công tác quản lý nhà nước, nhiệm vụ phát triển kinh tế – xã hội, đầu tư xây dựng cơ bản, ngân sách địa phương và một số nội dung chuyên môn thuộc thẩm quyền. Các đại biểu đã tập trung thảo luận, đóng góp ý kiến thiết thực, bám sát tình hình thực tiễn và nhu cầu của nhân dân trong xã.
Kỳ họp đã biểu quyết thông qua các nghị quyết chuyên đề, làm cơ sở để UBND xã tổ chức triển khai thực hiện, góp phần nâng cao hiệu lực, hiệu quả quản lý, tạo động lực thúc đẩy phát triển kinh tế – xã hội, bảo đảm an sinh, giữ vững an ninh – trật tự trên địa bàn.
Phát biểu bế mạc kỳ họp, lãnh đạo HĐND xã đề nghị UBND xã, các ngành, đoàn thể tập trung triển khai quyết liệt các nhiệm vụ được giao; đồng thời kêu gọi sự đồng thuận, tham gia tích cực của nhân dân trong việc thực hiện các mục tiêu phát triển của địa phương.
Kỳ họp Chuyên đề lần thứ Ba – HĐND xã khóa XX đã diễn ra thành công, đảm bảo đúng quy định và phát huy tinh thần dân chủ, trách nhiệm của các đại biểu.
""",
    genre="tin_hoi_nghi", issuer="HĐND xã", issuer_parent=None, date=None, title=None,
    meeting=dict(name="Kỳ họp Chuyên đề lần thứ Ba", kind="hội nghị"),
    decisions=[dict(kind="resolution", outcome="thông qua")],
    tasks=[dict(text="tập trung triển khai quyết liệt các nhiệm vụ được giao", owner="UBND xã, các ngành, đoàn thể", deadline=None)])

add("tin_hdnd_phu_son_ky_hop_1",
    "https://budang.binhphuoc.gov.vn/vi/news/tin-tuc/HDND-XA-PHU-SON-TO-CHUC-THANH-CONG-KY-HOP-THU-NHAT-NHIEM-KY-2016-2021-1638.html",
    """Tại kỳ họp, đại biểu đã được báo cáo tổng kết cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp trên địa bàn xã; công bố Nghị quyết xác nhận tư cách đại biểu, đồng thời trao giấy chứng nhận, gắn huy hiệu đại biểu HĐND xã nhiệm kỳ 2016 – 2021.
Kỳ họp đã tiến hành các quy trình thủ tục bầu cử các chức danh của HĐND các ban của HĐND và UBND theo luật định. Kết quả ông Nguyễn Cảnh Thảo bí thư đảng ủy được bầu làm Chủ tịch HĐND xã, ông Lê Ngọc Đồng được bầu làm Phó chủ tịch HĐND xã; kỳ họp đã bầu các ban kinh tế xã hội và ban pháp chế HĐND xã. Đối với các chức danh lãnh đạo UBND: ông Cao Ngọc Quang tiếp tục được bầu giữ chức Chủ tịch UBND xã; ông Nguyễn Hữu Yên và bà Ngô Thị Lĩnh tiếp tục được bầu làm Phó Chủ tịch UBND xã. Kỳ họp cũng đã bầu các thành viên UBND xã nhiệm kỳ 2016 – 2021. Công tác bầu cử được diễn ra đúng quy trình, thủ tục theo luật định. Các chức danh được bầu tại kỳ họp đều đạt tỷ lệ 100% so với đại biểu có mặt tại kỳ họp.
Tại kỳ họp, đại biểu cũng đã được UBND xã báo cáo tóm tắt tình hình phát triển kinh tế xã hội, quốc phòng an ninh 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2016; thông báo của UB.MTTQ xã về công tác tham gia xây dựng chính quyền; tổng quyết toán ngân sách nhà nước năm 2015 và điều chỉnh dự toán thu, chi ngân sách năm 2016.
Quang Minh.
""",
    genre="tin_hoi_nghi", issuer=None, issuer_parent=None, date=None, title=None,
    meeting=dict(name=None, kind="hội nghị"),
    decisions=[dict(kind="election", person="Nguyễn Cảnh Thảo", outcome="trúng cử"),
               dict(kind="election", person="Lê Ngọc Đồng", outcome="trúng cử"),
               dict(kind="election", person="Cao Ngọc Quang", outcome="trúng cử"),
               dict(kind="election", person="Nguyễn Hữu Yên", outcome="trúng cử"),
               dict(kind="election", person="Ngô Thị Lĩnh", outcome="trúng cử")])

add("tin_hdnd_phuoc_thai_ky_hop_17",
    "https://ninhphuoc.ninhthuan.gov.vn/portal/Pages/2025-4-28/Hoi-dong-nhan-dan-xa-Phuoc-Thai-khoa-XII-nhiem-ky-lti6fy.aspx",
    """Ngày 26/04, Tại Hội trường UBND xã, Hội đồng nhân dân xã khóa XII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ mười bảy (kỳ họp chuyên đề) về tán thành chủ trương xã Ninh Phước 2 trên cơ sở nhập xã Phước Thái và xã Phước Hữu, đổi tên thành xã Phước Hữu.

Về tham dự kỳ họp có các đồng chí: Võ Minh Tân - Huyện ủy viên, Bí thư Đảng ủy xã Phước Thái, Hán Tấn Duy - Phó bí thư Đảng Ủy, Chủ tịch HĐND xã, Hán Vĩnh Tựu - Phó chủ tịch HĐND xã, Lưu Văn Tuấn - Phó bí thư Đảng Ủy, Chủ tịch UBND xã Phước Thái, đại biểu HĐND xã nhiệm kỳ 2021-2026 và các Trưởng ban ngành, đoàn thể, các trường học, trạm y tế xã và Ban quản lý các thôn trên địa bàn xã.

Toàn cảnh kỳ họp thứ mười bảy, kỳ họp chuyên đề HĐND xã Khóa XII
Trên cơ sơ quy định pháp luật hiện hành, Hội đồng nhân dân xã khai mạc kỳ họp thứ mười bảy (kỳ họp chuyên đề) để xem xét, quyết định một số vấn đề quan trọng phát sinh trong năm.

Đồng chí Hán Tấn Duy - Phó bí thư Đảng Ủy, Chủ tịch HĐND xã phát biểu khai mạc tại kỳ họp
Phát biểu khai mạc tại kỳ họp, đồng chí Hán Tấn Duy - Phó bí thư Đảng Ủy, Chủ tịch HĐND xã Phước Thái nhấn mạnh: kỳ họp thứ 17 (kỳ họp chuyên đề) nhằm để thảo luận, quyết định các nội dung quan trọng thuộc thẩm quyền HĐND xã. Nhằm xem xét các cơ sở pháp lý của tờ trình, đảm bảo đúng đắn phù hợp với tình hình thực tế tại địa phương, đáp ứng sự kỳ vọng của cư tri trong xã.

Đồng chí Nguyễn Ngọc Trường - Phó chủ tịch UBND xã báo cáo tờ trình tại kỳ họp.
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân xã", issuer_parent=None, date=None, title=None,
    meeting=dict(name="kỳ họp thứ mười bảy (kỳ họp chuyên đề)", kind="hội nghị", place="Hội trường UBND xã"))

add("tin_hdnd_dai_hoa_loc_ky_hop_13",
    "https://hdnd.bentre.gov.vn/noi-dung/-/cms-icbt/10180/bai-viet/320621",
    """Xã Đại Hòa Lộc, huyện Bình Đại tồ chức kỳ họp lệ kỳ cuối năm 2020

Ngày đăng bài: 29/12/2020 | Tác giả: Thiện

Đại biểu HĐND xã phát biểu ý kiến tại hội trường (ảnh: Thiện)

Sáng ngày 25 tháng 12 năm 2020, tại Hội trường văn hóa xã Đại Hòa Lộc, Hội đồng nhân dân xã Đại Hòa Lộc, huyện Bình đại tiến hành kỳ họp thứ 13 (kỳ họp lệ kỳ cuối năm 2020). Thời gian làm việc là 01 ngày. Chủ tọa kỳ họp: Bà Lê Thị Trúc Hà, Chủ tịch Hội đồng nhân dân xã và ông Nguyễn Văn Chí Em, Phó Chủ tịch Hội đồng nhân dân xã; tham dự kỳ họp có: 25/27 đại biểu Hội đồng nhân dân xã; các thành viên Ủy ban nhân dân xã; đại diện các Ban, ngành, đoàn thể xã; Trưởng ấp Bình Huề 1, ấp Mắc Miễu và Thường trực Hội đồng nhân dân huyện và đại biểu Hội đồng nhân dân huyện (đơn vị xã Đại Hòa Lộc).

Tại kỳ họp, đại biểu xem xét các báo cáo của Thường trực Hội đồng nhân dân xã, 02 Ban của Hội đồng nhân dân xã, Ủy ban nhân dân xã và thông báo tham gia xây dựng chính quyền của Ủy ban Mặt trận Tổ quốc Việt Nam xã. Kỳ họp có 08 ý kiến phát biểu tại hội trường, trong đó có ý kiến của Chủ tịch Ủy ban nhân dân xã giải trình các ý kiến, kiến nghị của 02 Ban Hội đồng nhân dân xã, đại biểu Hội đồng nhân dân xã và của Ủy ban Mặt trận Tổ quốc Việt Nam xã. Kỳ họp không có ý kiến chất vấn.

Kỳ họp ban hành 04 Nghị quyết, Kỳ họp thứ 13 Hội đồng nhân dân xã Đại Hòa Lộc thành công tốt đẹp./.
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân xã Đại Hòa Lộc", issuer_parent="huyện Bình đại", date="2020-12-25",
    title="Xã Đại Hòa Lộc, huyện Bình Đại tồ chức kỳ họp lệ kỳ cuối năm 2020",
    meeting=dict(name="kỳ họp thứ 13 (kỳ họp lệ kỳ cuối năm 2020)", kind="hội nghị", date="2020-12-25",
                 place="Hội trường văn hóa xã Đại Hòa Lộc", chairs=["Lê Thị Trúc Hà", "Nguyễn Văn Chí Em"]),
    attendance=dict(total=27, present=25, absent=2),
    decisions=[dict(kind="resolution", outcome="thông qua")],
    key_figures=["25/27 đại biểu"], noise_figures=["29/12/2020", "kỳ họp thứ 13"])

add("tin_hdnd_binh_thang_ky_hop_12",
    "https://hdnd.bentre.gov.vn/noi-dung/-/cms-icbt/10180/bai-viet/320765",
    """Xã Bình Thắng, huyện Bình Đại tổ chức kỳ họp lệ kỳ cuối năm 2020

Ngày đăng bài: 31/12/2020 | Tác giả: Thiện

Đại biểu HĐND xã thảo luận nội dung dự thảo Nghị quyết (ảnh: Thiện)

Sáng ngày 28 tháng 12 năm 2020, Hội đồng nhân dân xã Bình Thắng khai mạc kỳ họp lệ kỳ cuối năm 2020 (kỳ họp thứ 12). Thời gian làm việc là 01 ngày. Chủ tọa kỳ họp: Ông Nguyễn Văn Trạng, Chủ tịch Hội đồng nhân dân xã và ông Nguyễn Minh Thơ, Phó Chủ tịch Hội đồng nhân dân xã. Tham dự kỳ họp có: 23/25 đại biểu Hội đồng nhân dân xã và các thành viên Ủy ban nhân dân; đại diện các Ban Đảng; Ủy ban Mặt trận Tổ quốc Việt Nam xã; các đoàn thể; Trưởng các ấp (không phải là đại biểu Hội đồng nhân dân xã) và đại diện cử tri của 06 ấp (mỗi ấp 01 cử tri). Ngoài ra, kỳ họp còn có sự tham dự của đại diện Ban Pháp chế Hội đồng nhân dân huyện và đại biểu Hội đồng nhân dân huyện (đơn vị xã Bình Thắng).

Tại kỳ họp, đại biểu cho ý kiến thảo luận các báo cáo của Thường trực Hội đồng nhân dân, 02 Ban của Hội đồng nhân dân xã, Ủy ban nhân dân xã và thông báo tham gia xây dựng chính quyền của Ủy ban Mặt trận Tổ quốc Việt Nam xã năm 2020 và xem xét 03 tờ trình và dự thảo Nghị quyết do Thường trực Hội đồng nhân và Ủy ban nhân dân xã trình. Kỳ họp có 09 ý kiến phát biểu tại hội trường. Kỳ họp không có ý kiến chất vấn.

Kỳ họp này ban hành 03 Nghị quyết về kinh tế - xã hội của xã./.
""",
    genre="tin_hoi_nghi", issuer="Hội đồng nhân dân xã Bình Thắng", issuer_parent=None, date="2020-12-28",
    title="Xã Bình Thắng, huyện Bình Đại tổ chức kỳ họp lệ kỳ cuối năm 2020",
    meeting=dict(name="kỳ họp lệ kỳ cuối năm 2020 (kỳ họp thứ 12)", kind="hội nghị", date="2020-12-28",
                 chairs=["Nguyễn Văn Trạng", "Nguyễn Minh Thơ"]),
    attendance=dict(total=25, present=23, absent=2),
    decisions=[dict(kind="resolution", outcome="thông qua")],
    key_figures=["23/25 đại biểu"], noise_figures=["31/12/2020"])
