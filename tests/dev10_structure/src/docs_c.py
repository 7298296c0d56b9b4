from docs_a import add

add("tin_xom_song_an_khanh",
    "https://thainguyentv.vn/dong-chi-truong-ban-tuyen-giao-tinh-uy-du-sinh-hoat-chi-bo-tai-xom-song-xa-an-khanh-101998.html",
    """Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy dự sinh hoạt Chi bộ tại xóm Sòng, xã An Khánh
Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy phát biểu tại buổi sinh hoạt

Chi bộ xóm Sòng hiện có 19 đảng viên, trong đó có 14 đồng chí sinh hoạt thường xuyên. Những năm qua, Chi bộ luôn đoàn kết, lãnh đạo tổ dân phố thực hiện tốt các phong trào thi đua. Chi bộ duy trì tốt nền nếp sinh hoạt định kỳ, phát triển đảng viên và xây dựng tổ chức Đảng trong sạch, vững mạnh.

Phát biểu tại buổi sinh hoạt, đồng chí Trưởng ban Tuyên giáo Tỉnh ủy đánh giá cao chất lượng sinh hoạt của Chi bộ xóm Sòng; Chi ủy Chi bộ, các đảng viên đã phát huy dân chủ, tinh thần thẳng thắn, tích cực tham góp ý kiến tại cuộc họp chi bộ. Đồng chí đề nghị các đảng viên tiếp tục phát huy tinh thần gương mẫu, tuyên truyền để nhân dân đồng thuận và chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; tiếp tục triển khai hiệu quả các chỉ thị, nghị quyết của Đảng tới toàn thể cán bộ, đảng viên và nhân dân. Bên cạnh đó, Chi bộ cần sắp xếp, điều chỉnh nội dung sinh hoạt cho khoa học hơn./.
""",
    genre="tin_hoi_nghi", issuer="Chi bộ xóm Sòng", issuer_parent=None, date=None,
    title="Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy dự sinh hoạt Chi bộ tại xóm Sòng, xã An Khánh",
    meeting=dict(name="sinh hoạt Chi bộ", kind="thường kỳ"),
    key_figures=["19 đảng viên"])

add("tin_phuong_pho_thanh_giao_ban",
    "https://phuongphothanh.ducpho.quangngai.gov.vn/tin-tuc-su-kien/phuong-pho-thanh-to-chuc-ky-niem-95-nam-ngay-thanh-lap-dang-cong-san-viet-nam-va-hop-giao-ban-dau-nam-2025..html",
    """Phường Phổ Thạnh tổ chức kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam và họp giao ban đầu năm 2025.
Ngày 03/02/2025, Phường Phổ Thạnh tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025), đồng thời tổ chức họp giao ban đầu năm nhằm đánh giá tình hình trước, trong và sau Tết Nguyên đán Ất Tỵ 2025.
Hội nghị có sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND, UBMTTQ Việt Nam phường Phổ Thạnh; các ban, ngành, đoàn thể; cán bộ, công chức, người hoạt động không chuyên trách phường; Bí thư chi bộ, Tổ trưởng, Trưởng ban Công tác Mặt trận 9 tổ dân phố; cùng các Tổ đội trưởng các TDP, Tổ trưởng Tổ bảo vệ an ninh trật tự phường.
Tại hội nghị, các đại biểu đã tập trung thảo luận, đánh giá công tác chăm lo Tết cho Nhân dân, đảm bảo an ninh trật tự, triển khai công tác nghĩa vụ quân sự đảm bảo công tác giao quân năm 2025 đúng quy định, an toàn giao thông, vệ sinh môi trường cũng như triển khai các nhiệm vụ trọng tâm trong thời gian tới. Đồng thời, toàn thể hội nghị đã cùng nhau ôn lại truyền thống đấu tranh kiên cường của Đảng ta qua 95 năm xây dựng và phát triển, khẳng định vai trò lãnh đạo của Đảng trong sự nghiệp cách mạng, bảo vệ và phát triển đất nước.
Hội nghị khép lại với tinh thần đoàn kết, quyết tâm thực hiện thắng lợi các nhiệm vụ chính trị, kinh tế - xã hội trong năm 2025, xây dựng phường Phổ Thạnh ngày càng phát triển.
""",
    genre="tin_hoi_nghi", issuer="Phường Phổ Thạnh", issuer_parent=None, date="2025-02-03",
    title="Phường Phổ Thạnh tổ chức kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam và họp giao ban đầu năm 2025",
    meeting=dict(name="họp giao ban đầu năm", kind="hội nghị", date="2025-02-03"),
    noise_figures=["95 năm", "03/02/1930 - 03/02/2025"])

add("tin_linh_xuan_hop_mat",
    "http://linhxuan.thuduc.truongdientu.vn/xay-dung-dang/phuong-linh-xuan-hop-mat-ky-niem-truyen-thong-cac-nganh-xay-dung-dang-va-tuyen/ct/4829/13670",
    """Sáng ngày 20/10/2023, Đảng ủy phường tổ chức Họp mặt kỷ niệm truyền thống các ngành xây dựng Đảng và tuyên dương gương điển hình Dân vận khéo năm 2023.
Tham dự có các đồng chí: Lê Thị Phương Anh - Phó Bí thư Thường trực Đảng ủy phường; Nguyễn Thanh Hải - Phó Bí thư, Chủ tịch UBND phường; Hoàng Xuân Long - UVBTV, Trưởng Công an phường; cùng với các đồng chí là Ủy viên Ban chấp hành Đảng bộ phường, Trưởng, Phó các ban, ngành, đoàn thể phường; cấp ủy các chi bộ trực thuộc và các tập thể, cá nhân được khen thưởng cùng tham dự.
Tại buổi Họp mặt, đồng chí Lê Thị Phương Anh, Phó Bí thư Thường trực Đảng ủy phường đã ôn lại truyền thống kỷ niệm các ngành xây dựng Đảng; đồng chí Nguyễn Thanh Hải- Phó Bí thư, Chủ tịch UBND phường Báo cáo kết quả giai đoạn 1 triển khai thực hiện đợt hoạt động cao điểm 500 ngày thi đua chào mừng kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) và 50 năm ngày giải phóng miền Nam thống nhất đất nước (30/4/1975 - 30/4/2025); phát động thi đua trong hệ thống chính trị từ phường đến khu phố, trường học.
""",
    genre="tin_hoi_nghi", issuer="Đảng ủy phường", issuer_parent=None, date="2023-10-20", title=None,
    meeting=dict(name="Họp mặt kỷ niệm truyền thống các ngành xây dựng Đảng và tuyên dương gương điển hình Dân vận khéo năm 2023",
                 kind="hội nghị", date="2023-10-20"),
    noise_figures=["500 ngày", "95 năm", "50 năm"])

add("tin_dh_thuan_giao_xiii",
    "https://baobinhduong.vn/tp-thuan-an-dang-bo-phuong-thuan-giao-to-chuc-dai-hoi-diem-a222554.html",
    """TP.Thuận An: Đảng bộ phường Thuận Giao tổ chức đại hội điểm

Cập nhật: 08-05-2020 | 13:40:46

Sáng 7-5, Đại hội đại biểu Đảng bộ phường Thuận Giao lần thứ XIII, nhiệm kỳ 2020-2025 đã diễn ra phiên trù bị thông qua chương trình làm việc, bầu đoàn chủ tịch, đoàn thư ký đại hội và ban thẩm tra tư cách đại biểu.

Trong ngày 8-5, đại hội diễn ra phiên chính thức. Ban Thường vụ Thành ủy Thuận An đã chọn Đại hội đại biểu Đảng bộ phường Thuận Giao lần thứ XIII là đại hội điểm cấp cơ sở nhằm rút kinh nghiệm về công tác tổ chức đại hội Đảng bộ cấp cơ sở trong toàn TP.Thuận An.

Ông Nguyễn Văn Trung, Bí thư Đảng ủy phường Thuận Giao cho biết, Đại hội Đảng bộ phường lần này sẽ đi sâu thảo luận, phân tích, đánh giá những tồn tại, hạn chế, rút ra những kinh nghiệm bổ ích, tìm biện pháp hữu hiệu trong phát triển kinh tế - xã hội, tiếp tục đưa phường Thuận Giao phát triển nhanh và bền vững trong thời gian tới.

HỒ VĂN

Chia sẻ bài viết

LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. BDO hoan nghênh những ý kiến khách quan, có tính xây dựng và có quyền không sử dụng những ý kiến cực đoan không phù hợp. Vui lòng gõ tiếng việt có dấu, cám ơn sự đóng góp của bạn đọc.

Gửi file đính kèm không quá 10MB Đính kèm File
intNumViewTotal=447
Quay lên trên
""",
    genre="tin_hoi_nghi", issuer="Đảng bộ phường Thuận Giao", issuer_parent=None, date="2020-05-07",
    title="TP.Thuận An: Đảng bộ phường Thuận Giao tổ chức đại hội điểm",
    meeting=dict(name="Đại hội đại biểu Đảng bộ phường Thuận Giao lần thứ XIII, nhiệm kỳ 2020-2025", kind="đại hội", date="2020-05-07"),
    noise_figures=["08-05-2020 | 13:40:46", "10MB", "intNumViewTotal=447"])

add("tin_hlhpn_tphcm_bch_68",
    "https://www.phunuonline.com.vn/tin-dai-hoi/ban-chap-hanh-hoi-lhpn-tphcm-nhiem-ky-moi-gom-68-uy-vien-85446/",
    """Ban chấp hành Hội LHPN TP.HCM nhiệm kỳ mới gồm 68 uỷ viên

15:29 18/10/2016

pno
Chiều 18/10, đại hội đã biểu quyết bầu Ban chấp hành Hội LHPN TP.HCM lần thứ X, nhiệm kỳ 2016-2021 gồm 68 ủy viên.
Các đại biểu chia tổ thảo luận và biểu quyết về số lượng và cơ cấu nhân sự ban chấp hành nhiệm kỳ mới – Ảnh: Phùng Huy.

Đại hội đã nghe đại diện đoàn thư ký trình bày báo cáo tổng hợp ý kiến đóng góp, thảo luận dự thảo các văn kiện trình Đại hội Đại biểu phụ nữ TP.HCM lần thứ X, dự thảo văn kiện trình Đại hội Đại biểu phụ nữ toàn quốc lần thứ XII và dự thảo sửa đổi, bổ sung Điều lệ Hội LHPN Việt Nam.

Đại hội đã nhất trí về số lượng và cơ cấu Ban chấp hành Hội LHPN TP.HCM nhiệm kỳ 2016- 2021, cụ thể sẽ gồm 68 ủy viên, trong đó 76,81% uỷ viên chuyên trách công tác Hội và 23,19% uỷ viên là đại diện các ngành và thành phần tiêu biểu. Đại hội cũng nhất trí về đề cử số lượng đại biểu đi dự Đại hội Đại biểu phụ nữ toàn quốc lần thứ XII, gồm 20 đại biểu chính thức và 3 đại biểu dự khuyết.

100% đại biểu cũng nhất trí về hình thức bầu cử, gồm bầu Ban chấp hành Hội LHPN TP.HCM nhiệm kỳ mới và bầu đoàn đại biểu dự Đại hội Đại biểu phụ nữ Việt Nam khoá XII, bằng biểu quyết (đưa thẻ hội viên).
""",
    genre="tin_hoi_nghi", issuer=None, issuer_parent=None, date="2016-10-18",
    title="Ban chấp hành Hội LHPN TP.HCM nhiệm kỳ mới gồm 68 uỷ viên",
    meeting=dict(name="Đại hội Đại biểu phụ nữ TP.HCM lần thứ X", kind="đại hội", date="2016-10-18"),
    decisions=[dict(kind="election", outcome="trúng cử"),
               dict(kind="vote", outcome="thông qua")],
    key_figures=["68 ủy viên"], noise_figures=["15:29 18/10/2016"])

add("tin_hnd_lang_son_quan_triet_nq12",
    "https://baolangson.vn/xa-hoi/53087-quan-triet-trien-khai-nghi-quyet-hoi-nghi-lan-thu-12-cua-ban-chap-hanh-hoi-nong-dan-viet-nam.html",
    """Thứ sáu,  12/08/2022
Hội nông dân:

Quán triệt triển khai Nghị quyết Hội nghị lần thứ 12 của Ban chấp hành Hội Nông dân Việt Nam

LSO-Sáng nay (3/11), Hội Nông dân tỉnh đã tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI.
Toàn cảnh hội nghị

Tại hội nghị, lãnh đạo Hội Nông dân tỉnh đã quán triệt nội dung Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI về việc thực hiện ba nhiệm vụ trọng tâm, gồm: bảo vệ quyền và lợi ích hợp pháp, chính đáng của nông dân; tổ chức các hoạt động tư vấn, hỗ trợ, dịch vụ và đào tạo nghề giúp nông dân có điều kiện phát triển sản xuất, kinh doanh nâng cao thu nhập và đời sống; xây dựng phát triển mô hình kinh tế tập thể trong nông nghiệp, nông thôn.

Cũng trong khuôn khổ hội nghị, các đại biểu đã được nghe báo cáo về tình hình thực hiện công tác chuẩn bị đại hội Hội Nông dân các cấp, nhiệm kỳ 2013-2018; kết quả thực hiện 15 chỉ tiêu thi đua 9 tháng năm 2017 của Hội… Đồng thời thảo luận và đóng góp ý kiến cụ thể hóa nội dung của nghị quyết thành nhiệm vụ công tác của từng năm; phân công, giao chỉ tiêu cụ thể cho các cấp hội.

TUYẾT MAI
""",
    genre="tin_hoi_nghi", issuer="Hội Nông dân tỉnh", issuer_parent=None, date="2022-11-03",
    title="Quán triệt triển khai Nghị quyết Hội nghị lần thứ 12 của Ban chấp hành Hội Nông dân Việt Nam",
    meeting=dict(name="hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI",
                 kind="hội nghị", date="2022-11-03"),
    noise_figures=["12/08/2022", "lần thứ 12"])

add("bb_mau_hop_chi_bo_thuvienbieumau",
    "https://thuvienbieumau.com/bieu-mau/mau-ghi-bien-ban-sinh-hoat-chi-bo-3454/",
    """ĐẢNG BỘ:.                                        ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ:..
BIÊN BẢN
HỌP CHI BỘ THÁNG..NĂM..
----
- Địa điểm:.
- Thời gian:
- Tổng số đảng viên của chi bộ..đồng chí. Trong đó, đảng viên chính thức.đồng chí, đảng viên dự bị..đồng chí, đảng viên sinh hoạt tạm.đồng chí.
+ Số đảng viên được miễn sinh hoạt..đảng viên.
+ Số đảng viên giới thiệu sinh hoạt tạm thời đi nơi khác:đảng viên.
- Số đảng viên dự sinh hoạtđồng chí. Trong đó, đảng viên chính thứcđồng chí, đảng viên dự bị.đồng chí, đảng viên SHT: đ/c.
- Số đảng viên vắng mặt..đồng chí.
+ Có lý do: (ghi rõ họ tên từng đồng chí và lý do vắng mặt).
+ Không có lý do: (ghi rõ họ tên từng đồng chí vắng mặt không có lý do).
* Chủ tọa: Đồng chí..
* Thư ký: Đồng chí
I. NỘI DUNG SINH HOẠT CHI BỘ
1. Bí thư chi bộ triển khai bội dung sinh hoạt chi bộ.
- Thông báo tình hình thời sự, chính sách, nghị quyết chỉ thị của cấp trên liên quan đến tình hình thực hiện nhiệm vụ chính trị ở cơ sở (ghi rõ tên các văn bản đồng chí bí thư chi bộ triển khai).
""",
    genre="bien_ban", issuer=None, issuer_parent=None, date=None, title="HỌP CHI BỘ THÁNG..NĂM..",
    meeting=dict(name="HỌP CHI BỘ THÁNG..NĂM..", kind="thường kỳ"))

add("bb_mau_sinh_hoat_dinh_ky_stdt",
    "https://stdt.danguykhoibinhthuan.vn/sotay/to-chuc/sinh-hoat-chi-bo/cach-ghi-chep-bien-ban-sinh-hoat",
    """MẪU BIÊN BẢN SINH HOẠT CHI BỘ

—–

BIÊN BẢN

SINH HOẠT CHI BỘ ĐỊNH KỲ

tháng …… năm 20……

—-

– Thời gian: (ghi cụ thể ngày, giờ tổ chức)

– Địa điểm: (nơi diễn ra buổi sinh hoạt )

– Thành phần tham dự:

+ Họ và tên đại biểu khách mời (nếu có).

+ Họ và tên người chủ trì, thư ký.

+ Số lượng đảng viên tham dự/ tổng số đảng viên của chi, đảng bộ.

+ Ghi rõ số lượng đảng viên vắng; họ, tên và lý do đảng viên đó vắng.

* Nội dung sinh hoạt:

(Ghi từng nội dung chính của buổi sinh hoạt mà đồng chí chủ trì triển khai)

1- Sinh hoạt “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.

2- Thông báo tình hình thời sự, những chủ trương, chính sách mới của Đảng, Nhà nước và phổ biến, quán triệt các văn bản của cấp trên.

3- Đánh giá kết quả thực hiện nhiệm vụ của tháng ……/20…, đề ra nhiệm vụ của tháng ……/20….. của chi bộ

* Diễn biến cuộc họp:

1- Sinh hoạt “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”.

Đồng chí Nguyễn Văn B trình bày nội dung: Phong cách dân chủ trong tấm gương đạo đức Hồ Chí Minh.

* Các ý kiến tham gia:

– Đồng chí Nguyễn Thị C: ……………………………..
""",
    genre="bien_ban", issuer=None, issuer_parent=None, date=None, title="SINH HOẠT CHI BỘ ĐỊNH KỲ",
    meeting=dict(name="SINH HOẠT CHI BỘ ĐỊNH KỲ", kind="thường kỳ"))

add("bb_mau_hoi_nghi_hd16_vptw",
    "http://decuongtuyentruyen.com/bieu-mau/huong-dan-cach-ghi-bien-ban-cuoc-hop-cua-cac-co-quan-dang/",
    """TÊN CƠ QUAN
BAN HÀNH VĂN BẢN
*

ĐẢNG CỘNG SẢN VIỆT NAM
—————

Số…1 …-BB/…

……2……, ngày… tháng… năm…3

BIÊN BẢN

Hội nghị …4

5

—–

– Thời gian: (ghi thời gian bắt đầu vào hồi … giờ …, ngày … tháng … năm …).

– Địa điểm: (ghi địa điểm diễn ra hội nghị).

– Nội dung: (ghi chi tiết, đầy đủ nội dung hội nghị).

– Người chủ trì: (ghi rõ họ và tên, chức vụ).

– Người ghi biên bản: (ghi rõ họ và tên, chức vụ).

– Tài liệu sử dụng trong hội nghị: (ghi tên các tài liệu sử dụng trong hội nghị).

– Thông tin khác (nếu có).

1. Thành phần hội nghị

1.1. Đại biểu chính thức

– Có mặt: … đồng chí.

– Vắng mặt: … đồng chí (ghi rõ họ và tên, lý do vắng mặt).

1.2. Đại biểu mời dự (nếu có)

1.3. Thông tin về cơ quan báo chí, truyền hình đưa tin (nếu có)

2. Diễn biến hội nghị
""",
    genre="bien_ban", issuer=None, issuer_parent=None, date=None, title="Hội nghị …4",
    meeting=dict(name=None, kind="hội nghị"))

