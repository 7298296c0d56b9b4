from lib import Doc, n, fmt, pct, pctv, D


def nq01():
    d = Doc("nq01_nghiquyet_bch_xa_thanhhoa_2021", "nghi_quyet", officials=21)
    ct_tong, dat, chua = 17, 14, 3
    d.ok(dat + chua == ct_tong)
    gtsx, gtsx_ck = 1286, 1175
    tn, tn_ck = D("52.8"), D("48.7")
    ns, dt_h, dt_x = D("6.48"), D("5.25"), D("6.2")
    bch, tt = 21, 19
    targets = [
        "Tốc độ tăng giá trị sản xuất đạt từ 9% trở lên.",
        "Thu nhập bình quân đầu người đạt 57 triệu đồng/năm.",
        "Tổng sản lượng lương thực có hạt đạt 7.200 tấn trở lên.",
        "Thu ngân sách trên địa bàn đạt 6,5 tỷ đồng trở lên.",
        "Tỷ lệ hộ nghèo giảm còn dưới 2,5%.",
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92%.",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% trở lên.",
        "Hoàn thành 100% chỉ tiêu giao quân.",
        "Kết nạp từ 8 đảng viên trở lên.",
        "Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên đạt 85%.",
        "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa đạt 90% trở lên.",
    ]
    d.p("ĐẢNG BỘ HUYỆN THỌ XUÂN", "ĐẢNG ỦY XÃ THỌ LẬP", "*", "Số 15-NQ/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Thọ Lập, ngày 28 tháng 12 năm 2020",
        "NGHỊ QUYẾT", "về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và xây dựng Đảng năm 2021",
        "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2, khóa XXV, nhiệm kỳ 2020 – 2025 họp ngày 28/12/2020, sau khi thảo luận báo cáo của Ban Thường vụ Đảng ủy,",
        "QUYẾT NGHỊ:",
        "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2020")
    ct_txt = f"{chua + 1} chỉ tiêu chưa đạt"
    d.plant("sum-mismatch", ct_txt,
            f"{dat} đạt và vượt + {chua + 1} chưa đạt = {dat + chua + 1} ≠ {ct_tong} chỉ tiêu; đúng là {chua} chỉ tiêu chưa đạt",
            dat + chua + 1 != ct_tong)
    g_wrong = "8,6"
    g_txt = f"tăng {g_wrong}% so với năm 2019"
    d.plant("derived-mismatch", g_txt,
            f"({n(gtsx)} − {n(gtsx_ck)})/{n(gtsx_ck)} = {pct(gtsx - gtsx_ck, gtsx_ck)}%, không phải {g_wrong}%",
            pct(gtsx - gtsx_ck, gtsx_ck) != g_wrong)
    d.p(f"Năm 2020, mặc dù chịu ảnh hưởng của dịch Covid-19 và đợt rét đậm, rét hại đầu năm, Đảng bộ và Nhân dân trong xã đã nỗ lực thực hiện nhiệm vụ; trong {ct_tong} chỉ tiêu chủ yếu có {dat} chỉ tiêu đạt và vượt, {ct_txt} (tỷ lệ hộ nghèo, thu nhập bình quân đầu người, tỷ lệ tham gia bảo hiểm y tế).",
        f"Tổng giá trị sản xuất ước đạt {n(gtsx)} tỷ đồng, {g_txt} ({n(gtsx_ck)} tỷ đồng). Thu nhập bình quân đầu người {fmt(tn, 1)} triệu đồng, tăng {fmt(tn - tn_ck, 1)} triệu đồng so với năm 2019 ({fmt(tn_ck, 1)} triệu đồng). Thu ngân sách {fmt(ns, 2)} tỷ đồng, đạt {pct(ns, dt_h)}% dự toán huyện giao ({fmt(dt_h, 2)} tỷ đồng) và {pct(ns, dt_x)}% dự toán HĐND xã giao ({fmt(dt_x, 1)} tỷ đồng).",
        "Đại hội Đảng bộ xã lần thứ XXV được tổ chức thành công ngày 15 và 16/7/2020; kết nạp 09 đảng viên; 10/12 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
        "II. MỤC TIÊU, CHỈ TIÊU NĂM 2021",
        "Mục tiêu tổng quát: tập trung thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXV và Nghị quyết Đại hội XIII của Đảng; giữ vững ổn định chính trị, phát triển kinh tế nhanh, bền vững.")
    cnt_txt = "12 chỉ tiêu chủ yếu năm 2021"
    d.plant("count-mismatch", cnt_txt,
            f"công bố 12 chỉ tiêu nhưng danh sách đánh số có {len(targets)} chỉ tiêu",
            len(targets) != 12)
    d.p(f"Hội nghị thống nhất xác định {cnt_txt} như sau:")
    d.p(*[f"{i}. {t}" for i, t in enumerate(targets, 1)])
    d.p("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
        "Tập trung chỉ đạo sản xuất vụ Chiêm Xuân đúng khung thời vụ, gieo cấy xong trước ngày 25/02/2021; đẩy nhanh tiến độ xây dựng xã đạt chuẩn nông thôn mới nâng cao; kiện toàn chi ủy các chi bộ sau sáp nhập thôn.",
        "IV. TỔ CHỨC THỰC HIỆN",
        f"Nghị quyết được Hội nghị Ban Chấp hành Đảng bộ xã thông qua với {tt}/{bch} đồng chí Ủy viên Ban Chấp hành tán thành ({pct(tt, bch, 2)}%). Giao Ban Thường vụ Đảng ủy chỉ đạo xây dựng kế hoạch thực hiện.",
        "Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VPĐU.",
        "T/M BAN CHẤP HÀNH", "BÍ THƯ", "Lê Xuân Tùng")
    d.ok(tt * 2 > bch)
    return d


def nq02():
    d = Doc("nq02_thongbao_ketluan_btv_huyenuy_bacgiang_2019", "nghi_quyet")
    thu, dt, ck = D("214.7"), D("260"), D("186.2")
    kn, kh = 187, 250
    gn, khv = D("312.4"), D("509.6")
    d.ok(pct(thu, dt) == "82,6" and pct(thu - ck, ck) == "15,3" and pct(gn, khv) == "61,3")
    d.p("ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY YÊN THẾ", "*", "Số 412-TB/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Yên Thế, ngày 08 tháng 10 năm 2019",
        "THÔNG BÁO", "kết luận của Ban Thường vụ Huyện ủy tại hội nghị giao ban quý III năm 2019",
        "Ngày 04/10/2019, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban quý III năm 2019 với bí thư các đảng ủy, chi bộ cơ sở. Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Bí thư Huyện ủy kết luận như sau:",
        "1. Đánh giá chung",
        f"Chín tháng năm 2019, tình hình kinh tế - xã hội của huyện tiếp tục phát triển. Thu ngân sách trên địa bàn đạt {fmt(thu, 1)} tỷ đồng, bằng {pct(thu, dt)}% dự toán tỉnh giao ({fmt(dt, 0)} tỷ đồng), tăng {pct(thu - ck, ck)}% so với cùng kỳ năm 2018 ({fmt(ck, 1)} tỷ đồng). Giải ngân vốn đầu tư công {fmt(gn, 1)} tỷ đồng, đạt {pct(gn, khv)}% kế hoạch năm ({fmt(khv, 1)} tỷ đồng).",
        f"Toàn huyện có 12/21 xã đạt chuẩn nông thôn mới; 2 thị trấn Cầu Gồ và Bố Hạ tiếp tục chỉnh trang đô thị. Công tác xây dựng Đảng được quan tâm; kết nạp {kn} đảng viên, đạt {pct(kn, kh)}% kế hoạch năm ({kh} đảng viên), trong đó 14 đảng viên là công nhân trong doanh nghiệp ngoài khu vực nhà nước.",
        "Tuy nhiên, tiến độ giải ngân một số dự án còn chậm; tình trạng khai thác đất trái phép ở xã Tam Hiệp, Tiến Thắng chưa được xử lý dứt điểm; 5 tổ chức cơ sở đảng chưa kết nạp được đảng viên nào.",
        "2. Nhiệm vụ trọng tâm quý IV năm 2019",
        "- Các đảng ủy xã, thị trấn tập trung chỉ đạo thu ngân sách, phấn đấu vượt dự toán năm; hoàn thành giải phóng mặt bằng đường tỉnh 398 trước ngày 15/11/2019.",
        "- Đảng ủy các xã Đồng Hưu, Xuân Lương, Canh Nậu hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới năm 2019.",
        "- Các tổ chức cơ sở đảng chưa kết nạp được đảng viên phải báo cáo nguyên nhân bằng văn bản về Ban Tổ chức Huyện ủy trước ngày 20/10/2019; phấn đấu cả năm kết nạp từ 250 đảng viên trở lên.",
        "- Tổ chức kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 – 14/10/2019) và 89 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2019) thiết thực, tiết kiệm.",
        "- Chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2019 theo Hướng dẫn số 21-HD/BTCTW, ngày 18/10/2019 của Ban Tổ chức Trung ương.",
        "3. Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện thông báo này, định kỳ báo cáo Thường trực Huyện ủy.",
        "Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Các đồng chí Huyện ủy viên;", "- Các đảng ủy, chi bộ cơ sở;", "- Lưu Văn phòng Huyện ủy.",
        "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Thị Hồng Vân")
    d.ok(2019 - 1930 == 89)
    return d


def tin01():
    d = Doc("tin01_soket_giuanhiemky_xa_laocai_2023", "tin_hoi_nghi")
    ct, dat, lt = 20, 13, 7
    d.ok(dat + lt == ct)
    tn, tn0 = D("38.5"), D("29.3")
    kn, kn_ct = 41, 40
    hn, hn0 = D("8.62"), D("13.24")
    tap_the = ["Chi bộ thôn Na Lốc 1", "Chi bộ thôn Cốc Phương", "Chi bộ Trường PTDTBT Tiểu học Bản Lầu", "Hội Liên hiệp Phụ nữ xã"]
    d.p("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG",
        "Trang chủ > Tin tức - Sự kiện > Hoạt động của cơ sở",
        "Thứ Sáu, 26/05/2023 - 09:42   |   Lượt xem: 312   |   Cỡ chữ: A- A+   |   In bài viết",
        "Đảng bộ xã Bản Lầu sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXI",
        "Sáng ngày 25/5/2023, Đảng bộ xã Bản Lầu tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXI, nhiệm kỳ 2020 – 2025. Dự và chỉ đạo hội nghị có đồng chí Lù Văn Sình, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; cùng 168 đảng viên trong toàn Đảng bộ.",
        f"Báo cáo sơ kết cho biết, Nghị quyết Đại hội đề ra {ct} chỉ tiêu chủ yếu; sau hơn hai năm rưỡi thực hiện, đến nay có {dat}/{ct} chỉ tiêu đạt và vượt, {lt:02d}/{ct} chỉ tiêu đang trong lộ trình thực hiện. Thu nhập bình quân đầu người đạt {fmt(tn, 1)} triệu đồng/người/năm, tăng {fmt(tn - tn0, 1)} triệu đồng so với đầu nhiệm kỳ ({fmt(tn0, 1)} triệu đồng). Diện tích chuối tập trung duy trì 1.250 ha, sản lượng ước 46.500 tấn/năm.")
    hn_txt = "giảm 4,1% so với đầu nhiệm kỳ"
    d.plant("derived-mismatch", hn_txt,
            f"{fmt(hn0, 2)}% − {fmt(hn, 2)}% = {fmt(hn0 - hn, 2)} điểm phần trăm (giảm tương đối {pct(hn0 - hn, hn0)}%), không phải 4,1",
            hn0 - hn != D("4.1") and pctv(hn0 - hn, hn0) != D("4.1"))
    rung, rung_ct = D("51.2"), D("52")
    rung_txt = f"vượt chỉ tiêu Nghị quyết ({fmt(rung_ct, 0)}%)"
    d.plant("target-status-mismatch", rung_txt,
            f"{fmt(rung, 1)}% < chỉ tiêu {fmt(rung_ct, 0)}% → chưa đạt, không phải \"vượt\"",
            rung < rung_ct)
    d.p(f"Tỷ lệ hộ nghèo giảm còn {fmt(hn, 2)}%, {hn_txt} ({fmt(hn0, 2)}%); tỷ lệ che phủ rừng đạt {fmt(rung, 1)}%, {rung_txt}. Công tác xây dựng Đảng được chú trọng, từ đầu nhiệm kỳ đến nay đã kết nạp {kn} đảng viên, đạt {pct(kn, kn_ct)}% chỉ tiêu cả nhiệm kỳ ({kn_ct} đảng viên); hằng năm có trên 85% chi bộ hoàn thành tốt nhiệm vụ trở lên.",
        "Tại hội nghị, các đại biểu đã thảo luận, làm rõ nguyên nhân của các chỉ tiêu đạt thấp, nhất là chỉ tiêu về trồng rừng và tỷ lệ lao động qua đào tạo; đề xuất giải pháp phát triển vùng chè Shan tuyết và dịch vụ thương mại cửa khẩu.",
        "Phát biểu chỉ đạo, đồng chí Lù Văn Sình ghi nhận kết quả Đảng bộ xã đạt được; đề nghị trong nửa nhiệm kỳ còn lại, Đảng ủy xã tập trung lãnh đạo hoàn thành 07 chỉ tiêu đang trong lộ trình, chú trọng phát triển đảng viên ở các thôn có ít đảng viên, giữ vững an ninh khu vực biên giới.")
    cnt_txt = "(05 tập thể)"
    d.plant("count-mismatch", cnt_txt,
            f"số ghi sau danh sách là 05 nhưng danh sách có {len(tap_the)} tập thể",
            len(tap_the) != 5)
    d.p(f"Nhân dịp này, UBND huyện Mường Khương tặng Giấy khen cho các tập thể: {', '.join(tap_the)} {cnt_txt} và 06 cá nhân có thành tích xuất sắc trong thực hiện Nghị quyết Đại hội Đảng bộ xã giai đoạn 2020 – 2023.",
        "Tin, ảnh: Vàng Thị Hoa (Trung tâm Văn hóa – Thể thao và Truyền thông huyện)",
        "Chia sẻ: Facebook | Zalo | Twitter",
        "Các tin khác:",
        "» Xã Pha Long ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6 (24/05/2023)",
        "» Huyện Mường Khương tổng kết 10 năm thực hiện Chỉ thị số 22-CT/TW (23/05/2023)")
    return d


def tin02():
    d = Doc("tin02_daihoi_dangbo_xa_longan_2020", "tin_hoi_nghi", officials=15)
    tt, cm, vang = 150, 147, 3
    d.ok(cm + vang == tt)
    bch = 15
    bt = 14
    d.p("Báo Long An điện tử", "Trang chủ / Chính trị / Xây dựng Đảng",
        "Cập nhật lúc: 12/06/2020 16:05  |  Bản in  |  Gửi email",
        "Đại hội Đảng bộ xã Mỹ Yên lần thứ XII, nhiệm kỳ 2020 – 2025",
        "(LA) - Ngày 11 và 12/6/2020, Đảng bộ xã Mỹ Yên, huyện Bến Lức long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 – 2025. Đây là một trong những đại hội cấp cơ sở được Huyện ủy Bến Lức chọn tổ chức sớm để rút kinh nghiệm.")
    att_txt = "vắng 2 đại biểu có lý do"
    d.plant("attendance-mismatch", att_txt,
            f"{cm} có mặt + 2 vắng = {cm + 2} ≠ {tt} đại biểu được triệu tập; vắng đúng là {tt - cm}",
            cm + 2 != tt)
    d.p(f"Đảng bộ xã hiện có 21 chi bộ trực thuộc với 486 đảng viên. Dự Đại hội có {tt} đại biểu chính thức được triệu tập, có mặt {cm} đại biểu, {att_txt}. Tới dự và chỉ đạo Đại hội có đồng chí Nguyễn Văn Út, Tỉnh ủy viên, Bí thư Huyện ủy Bến Lức.",
        "Nhiệm kỳ 2015 – 2020, kinh tế của xã tiếp tục tăng trưởng khá, tổng giá trị sản xuất tăng bình quân 12,6%/năm; thu ngân sách hằng năm đều vượt dự toán, bình quân đạt 118%; thu nhập bình quân đầu người năm 2020 ước đạt 62 triệu đồng, gấp 1,7 lần so với năm 2015. Xã được công nhận đạt chuẩn nông thôn mới năm 2018. Trong nhiệm kỳ kết nạp 87 đảng viên, đạt 108,8% chỉ tiêu Nghị quyết (80 đảng viên).",
        "Nhiệm kỳ 2020 – 2025, Đại hội đề ra 18 chỉ tiêu chủ yếu, trong đó phấn đấu tổng giá trị sản xuất tăng bình quân từ 11% trở lên mỗi năm, tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn dưới 0,5%, mỗi năm kết nạp từ 18 đảng viên trở lên.")
    d.ok(pct(87, 80) == "108,8")
    dh_txt = "16 đồng chí có trình độ đại học"
    d.plant("part-exceeds-whole", dh_txt,
            f"16 > {bch} ủy viên Ban Chấp hành khóa mới (phần \"trong đó\" lớn hơn tổng)",
            16 > bch)
    bt_wrong = "92,3"
    bt_txt = f"{bt}/{bch} phiếu ({bt_wrong}%)"
    d.plant("percent-mismatch", bt_txt,
            f"{bt}/{bch} = {pct(bt, bch)}%, không phải {bt_wrong}%",
            pct(bt, bch) != bt_wrong)
    d.p(f"Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XII gồm {bch} đồng chí; trong đó có 03 đồng chí nữ, 02 đồng chí dưới 35 tuổi, {dh_txt}. Đại hội cũng bầu 09 đại biểu chính thức và 01 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ huyện Bến Lức lần thứ XI.",
        f"Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ xã khóa XII đã bầu Ban Thường vụ gồm 05 đồng chí; đồng chí Trần Văn Tâm tái đắc cử Bí thư Đảng ủy xã với {bt_txt}; các đồng chí Lê Thị Bích Ngọc và Phạm Hữu Lộc được bầu giữ chức Phó Bí thư Đảng ủy.",
        "Phát biểu chỉ đạo, đồng chí Nguyễn Văn Út đề nghị Ban Chấp hành khóa mới sớm cụ thể hóa Nghị quyết thành chương trình, kế hoạch hành động; quan tâm phát triển công nghiệp, dịch vụ gắn với Khu công nghiệp Thuận Đạo mở rộng.",
        "Thanh Hương",
        "Tin liên quan:",
        "- Đại hội điểm Đảng bộ xã Long Hiệp nhiệm kỳ 2020 – 2025 (05/06/2020)",
        "- Bến Lức: Hoàn thành đại hội chi bộ trực thuộc đảng bộ cơ sở (28/05/2020)",
        "Xem theo ngày: [__/__/____]  Xem")
    return d


def tin03():
    d = Doc("tin03_tongket_dangbo_phuong_thainguyen_2018", "tin_hoi_nghi")
    cb_tdp, cb_cq = 18, 11
    cb = cb_tdp + cb_cq
    dv, dg = 1146, 1096
    htt_cb, htt_dv = 27, 1018
    kn, ct = 24, 20
    hh = [2, 5, 11, 17, 9]
    ns, dt = D("38.6"), D("34.3")
    hn, hn0 = D("0.41"), D("0.56")
    d.p("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ THÁI NGUYÊN",
        "Tin tức – Sự kiện » Xây dựng Đảng",
        "Thứ Tư, 26/12/2018 | 10:15  ·  Lượt đọc: 204",
        "Đảng bộ phường Phan Đình Phùng tổng kết công tác xây dựng Đảng năm 2018",
        "Ngày 25/12/2018, Đảng bộ phường Phan Đình Phùng tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có đồng chí Ngô Quốc Bảo, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy.",
        f"Đảng bộ phường hiện có {cb} chi bộ trực thuộc ({cb_tdp} chi bộ tổ dân phố và {cb_cq} chi bộ cơ quan, trường học, doanh nghiệp) với {n(dv)} đảng viên. Năm 2018, Đảng bộ kết nạp {kn} đảng viên mới, đạt {pct(kn, ct, 0)}% chỉ tiêu Thành ủy giao ({ct} đảng viên); tổ chức trao Huy hiệu Đảng đợt 3/2 và 7/11 cho {sum(hh)} đảng viên, gồm: Huy hiệu 70 năm tuổi Đảng {hh[0]} đồng chí, 60 năm {hh[1]} đồng chí, 50 năm {hh[2]} đồng chí, 40 năm {hh[3]} đồng chí và 30 năm {hh[4]} đồng chí.",
        f"Qua kiểm điểm, đánh giá, xếp loại, có {htt_cb}/{cb} chi bộ hoàn thành tốt nhiệm vụ trở lên (đạt {pct(htt_cb, cb, 2)}%); trong {n(dg)} đảng viên được đánh giá có {n(htt_dv)} đảng viên hoàn thành tốt nhiệm vụ trở lên, chiếm {pct(htt_dv, dg, 2)}%, trong đó 126 đồng chí hoàn thành xuất sắc nhiệm vụ. Đảng ủy phường được Ban Thường vụ Thành ủy xếp loại hoàn thành tốt nhiệm vụ.",
        f"Về kinh tế – xã hội, thu ngân sách trên địa bàn năm 2018 đạt {fmt(ns, 1)} tỷ đồng, bằng {pct(ns, dt)}% dự toán ({fmt(dt, 1)} tỷ đồng); tỷ lệ hộ nghèo còn {fmt(hn, 2)}%, giảm {fmt(hn0 - hn, 2)} điểm phần trăm so với năm 2017 ({fmt(hn0, 2)}%); 96,8% hộ gia đình đạt danh hiệu gia đình văn hóa.",
        "Năm 2019, Đảng bộ phấn đấu kết nạp từ 22 đảng viên trở lên; trên 90% chi bộ hoàn thành tốt nhiệm vụ trở lên; tổ chức tốt các hoạt động kỷ niệm 89 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2019) và 129 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2019).",
        "Phát biểu tại hội nghị, đồng chí Ngô Quốc Bảo đề nghị Đảng bộ phường tiếp tục nâng cao chất lượng sinh hoạt chi bộ tổ dân phố, làm tốt công tác quản lý đảng viên đi làm ăn xa, sớm chuẩn bị các điều kiện cho đại hội chi bộ nhiệm kỳ 2020 – 2022.",
        "Dịp này, Đảng ủy phường tặng Giấy khen cho 04 chi bộ và 15 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2018.",
        "Minh Hằng",
        "Ý kiến bạn đọc (0)  |  Tags: xây dựng Đảng, Phan Đình Phùng, tổng kết năm")
    d.ok(sum(hh) == 44 and 2019 - 1930 == 89 and 2019 - 1890 == 129)
    return d


DOCS = [nq01, nq02, tin01, tin02, tin03]
