from lib import Doc, n, fmt, pct, pctv, D


def bc01():
    d = Doc("bc01_danguy_xa_gialai_2020", "bao_cao")
    cb_thon, cb_cq = 13, 5
    cb = cb_thon + cb_cq
    dau, kn, den, di, mat = 397, 19, 3, 5, 2
    cuoi = dau + kn + den - di - mat
    d.ok(cuoi == 412)
    ct_kn = 15
    xs, tot, ht, kht = 3, 12, 2, 1
    d.ok(xs + tot + ht + kht == cb)
    dv = [41, 302, 40, 6]
    dg = sum(dv)
    d.p("ĐẢNG BỘ HUYỆN CHƯ SÊ", "ĐẢNG ỦY XÃ IA BLANG", "*", "Số 86-BC/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Blang, ngày 15 tháng 12 năm 2020",
        "BÁO CÁO", "kết quả công tác xây dựng Đảng năm 2020, phương hướng, nhiệm vụ năm 2021",
        "Năm 2020 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XIV và là năm tổ chức Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2020 – 2025. Dưới sự lãnh đạo của Ban Thường vụ Huyện ủy, Đảng ủy xã báo cáo kết quả công tác xây dựng Đảng năm 2020 như sau:",
        "I. CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG",
        "Tổ chức quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp cho 100% chi bộ; tổ chức 02 đợt học tập chuyên đề với 361 lượt đảng viên tham gia. Tình hình tư tưởng cán bộ, đảng viên và Nhân dân các dân tộc trong xã ổn định.",
        "II. CÔNG TÁC TỔ CHỨC, CÁN BỘ VÀ ĐẢNG VIÊN",
        f"1. Đảng bộ có {cb} chi bộ trực thuộc ({cb_thon} chi bộ thôn, làng và {cb_cq} chi bộ cơ quan, trường học, trạm y tế); 11/{cb_thon} chi bộ thôn, làng có chi ủy; 100% thôn, làng có đảng viên là người tại chỗ.")
    kn_pct_wrong = "5,12"
    kn_txt = f"bằng {kn_pct_wrong}% tổng số đảng viên đầu năm"
    d.plant("percent-mismatch", kn_txt,
            f"{kn}/{dau} = {pct(kn, dau, 2)}%, không phải {kn_pct_wrong}%",
            pct(kn, dau, 2) != kn_pct_wrong)
    tang_txt = "tăng 17 đồng chí so với đầu năm"
    d.plant("derived-mismatch", tang_txt,
            f"{cuoi} − {dau} = {cuoi - dau}, không phải 17",
            cuoi - dau != 17)
    d.p(f"2. Công tác phát triển đảng viên: kết nạp {kn} đảng viên, đạt {pct(kn, ct_kn)}% chỉ tiêu Huyện ủy giao ({ct_kn} đảng viên) và {kn_txt} ({dau} đồng chí); trong đó 11 đảng viên là người dân tộc thiểu số, 7 đảng viên nữ. Trong năm tiếp nhận {den} đảng viên chuyển đến, chuyển đi {di} đảng viên, {mat} đảng viên từ trần. Tổng số đảng viên đến ngày 30/11/2020 là {cuoi} đồng chí, {tang_txt}; trong đó 148 đảng viên nữ, 203 đảng viên là người Jrai, Bahnar.")
    tot_wrong = 13
    tot_txt = f"hoàn thành tốt nhiệm vụ {tot_wrong} chi bộ"
    d.plant("sum-mismatch", tot_txt,
            f"{xs}+{tot_wrong}+{ht}+{kht} = {xs + tot_wrong + ht + kht} ≠ {cb} chi bộ; đúng là {tot}",
            xs + tot_wrong + ht + kht != cb)
    labels = ["hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ", "không hoàn thành nhiệm vụ"]
    parts = "; ".join(f"{labels[i]} {v} đồng chí ({pct(v, dg, 2)}%)" for i, v in enumerate(dv))
    d.p(f"3. Kết quả đánh giá, xếp loại chất lượng năm 2019 (thực hiện đầu năm 2020): đối với {cb} chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ {xs:02d} chi bộ, {tot_txt}, hoàn thành nhiệm vụ {ht:02d} chi bộ, không hoàn thành nhiệm vụ {kht:02d} chi bộ (Chi bộ làng Tơ Drăh). Đối với {dg} đảng viên được đánh giá: {parts}.",
        "III. CÔNG TÁC KIỂM TRA, GIÁM SÁT",
        "Ủy ban Kiểm tra Đảng ủy kiểm tra 04 tổ chức đảng và 06 đảng viên khi có dấu hiệu vi phạm; giám sát chuyên đề 05 chi bộ. Thi hành kỷ luật 02 đảng viên (khiển trách 01, cảnh cáo 01). Thu, nộp đảng phí năm 2020 đạt 58.640.000 đồng.",
        "IV. PHƯƠNG HƯỚNG NĂM 2021",
        "Lãnh đạo triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ XV và Nghị quyết Đại hội XIII của Đảng; phấn đấu kết nạp từ 16 đảng viên trở lên; 100% chi bộ xếp loại hoàn thành nhiệm vụ trở lên, trong đó từ 80% trở lên hoàn thành tốt nhiệm vụ.",
        "Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VPĐU.",
        "T/M ĐẢNG ỦY", "BÍ THƯ", "Rơ Mah Thuyên")
    d.ok(sum(dv) == 389)
    return d


def bc02():
    d = Doc("bc02_ubnd_phuong_danang_6thang_2024", "bao_cao")
    thu, dt = 18640, 31500
    chi, dtc = 11872, 26620
    ho_ngheo, tong_ho = 37, 4021
    nk = 15860
    tthc, dunghan = 2514, 2497
    tngt, tngt_ck = 7, 12
    d.p("ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA KHÁNH BẮC", "Số: 142/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hòa Khánh Bắc, ngày 14 tháng 6 năm 2024",
        "BÁO CÁO", "Tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
        f"Phường có {n(tong_ho)} hộ với {n(nk)} nhân khẩu, 48 tổ dân phố. Sáu tháng đầu năm 2024, UBND phường đã tập trung chỉ đạo thực hiện Kế hoạch số 05/KH-UBND ngày 08/01/2024 và đạt được một số kết quả như sau:",
        "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Tài chính – ngân sách")
    thu_wrong = "62,4"
    thu_txt = f"đạt {thu_wrong}% dự toán năm"
    d.plant("percent-mismatch", thu_txt,
            f"{n(thu)}/{n(dt)} = {pct(thu, dt)}%, không phải {thu_wrong}%",
            pct(thu, dt) != thu_wrong)
    d.p(f"Tổng thu ngân sách trên địa bàn ước thực hiện {n(thu)} triệu đồng, {thu_txt} ({n(dt)} triệu đồng). Chi ngân sách {n(chi)} triệu đồng, đạt {pct(chi, dtc)}% dự toán ({n(dtc)} triệu đồng), bảo đảm các nhiệm vụ chi thường xuyên và an sinh xã hội.",
        "2. Kinh tế – đô thị",
        "Thương mại, dịch vụ phát triển ổn định; cấp mới 124 giấy chứng nhận đăng ký hộ kinh doanh. Ra quân chỉnh trang 14 tuyến kiệt, hẻm; xử lý 36 trường hợp lấn chiếm vỉa hè, thu nộp ngân sách 42,5 triệu đồng.",
        "3. Văn hóa – xã hội")
    hn_txt = "chưa đạt chỉ tiêu Nghị quyết HĐND phường (không quá 1%)"
    d.plant("target-status-mismatch", hn_txt,
            f"{ho_ngheo}/{n(tong_ho)} = {pct(ho_ngheo, tong_ho, 2)}% ≤ 1% → đã đạt chỉ tiêu, không phải \"chưa đạt\"",
            pctv(ho_ngheo, tong_ho, 2) <= 1)
    d.p(f"Tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024). Phường còn {ho_ngheo} hộ nghèo, tỷ lệ hộ nghèo giảm còn {pct(ho_ngheo, tong_ho, 2)}%, {hn_txt}; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%, tăng 1,8 điểm phần trăm so với cuối năm 2023. Chi trả trợ cấp thường xuyên cho 312 đối tượng bảo trợ xã hội.",
        f"Tiếp nhận {n(tthc)} hồ sơ thủ tục hành chính, giải quyết đúng hạn {n(tthc - 17)} hồ sơ, đạt {pct(dunghan, tthc)}%; số hồ sơ còn lại đang trong thời hạn giải quyết.")
    d.ok(tthc - 17 == dunghan)
    tngt_txt = f"giảm 3 vụ so với cùng kỳ năm 2023 ({tngt_ck} vụ)"
    d.plant("derived-mismatch", tngt_txt,
            f"{tngt_ck} − {tngt} = {tngt_ck - tngt} vụ, không phải 3",
            tngt_ck - tngt != 3)
    ho_txt = "trên tổng số 4.210 hộ"
    d.plant("figure-inconsistent", ho_txt,
            f"tổng số hộ của phường đã nêu ở phần mở đầu là {n(tong_ho)} hộ",
            tong_ho != 4210)
    d.p("4. Quốc phòng – an ninh",
        f"Hoàn thành 100% chỉ tiêu giao quân năm 2024 (22 thanh niên). Trên địa bàn xảy ra {tngt} vụ tai nạn giao thông, làm chết 02 người, bị thương 06 người, {tngt_txt}. Tổ chức diễn tập phòng cháy, chữa cháy tại khu nhà trọ công nhân từ ngày 15/4 đến ngày 15/5/2024.",
        "II. HẠN CHẾ",
        f"Tiến độ thu tiền sử dụng đất chậm; việc cập nhật dữ liệu dân cư còn sai sót; rà soát hộ cận nghèo mới thực hiện được 3.562 hộ {ho_txt}.",
        "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM",
        "Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm; hoàn thành rà soát hộ nghèo, hộ cận nghèo trước ngày 30/11/2024; chuẩn bị tổ chức Đại hội đại biểu Đảng bộ phường lần thứ VIII, nhiệm kỳ 2025 – 2030.",
        "Nơi nhận:", "- UBND quận (b/c);", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thanh")
    return d


def bc03():
    d = Doc("bc03_hoinongdan_tinh_ninhthuan_2017", "bao_cao")
    hv, kn, kh = 61842, 2165, 2100
    chihoi = 412
    dk = 9846
    cap = [12, 486, 1917, 3800]
    dat = sum(cap)
    quy = [D("5.20"), D("7.15"), D("2.51")]
    quyt = sum(quy)
    d.ok(quyt == D("14.86"))
    du_no, du_no_ck = D("512.6"), D("474.2")
    d.p("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH NINH THUẬN", "Số: 214-BC/HNDT",
        "Phan Rang – Tháp Chàm, ngày 20 tháng 12 năm 2017",
        "BÁO CÁO", "Tổng kết công tác Hội và phong trào nông dân năm 2017, phương hướng nhiệm vụ năm 2018",
        "I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI")
    kn_wrong = "105,6"
    kn_txt = f"đạt {kn_wrong}% kế hoạch ({n(kn)}/{n(kh)})"
    d.plant("percent-mismatch", kn_txt,
            f"{n(kn)}/{n(kh)} = {pct(kn, kh)}%, không phải {kn_wrong}%",
            pct(kn, kh) != kn_wrong)
    d.p(f"Toàn tỉnh có 65 cơ sở Hội với {chihoi} chi hội; tổng số hội viên {n(hv)} người, chiếm 71,3% tổng số hộ nông nghiệp. Trong năm kết nạp mới {n(kn)} hội viên, {kn_txt}; thu hội phí đạt 96%.")
    age_txt = "trên 60 tuổi chiếm 25,1%"
    ages = [D("18.4"), D("58.2"), D("25.1")]
    d.plant("sum-mismatch", age_txt,
            f"18,4% + 58,2% + 25,1% = {fmt(sum(ages), 1)}% ≠ 100% (cơ cấu theo độ tuổi của toàn bộ hội viên); nếu hai nhóm đầu đúng thì nhóm trên 60 tuổi là 23,4%",
            sum(ages) != 100)
    d.p(f"Cơ cấu hội viên theo độ tuổi: dưới 35 tuổi chiếm 18,4%, từ 35 đến 60 tuổi chiếm 58,2%, {age_txt}; hội viên nữ chiếm 38,6%, hội viên là người Chăm, Raglai chiếm 27,9%.")
    ch_txt = "431 chi hội đạt vững mạnh"
    d.plant("part-exceeds-whole", ch_txt,
            f"431 chi hội vững mạnh > tổng số {chihoi} chi hội toàn tỉnh nêu ở câu trước",
            431 > chihoi)
    d.p(f"Qua đánh giá cuối năm có 58 cơ sở Hội và {ch_txt}, không có chi hội yếu; 100% cán bộ Hội cấp xã được bồi dưỡng nghiệp vụ.",
        "II. KẾT QUẢ CÁC PHONG TRÀO THI ĐUA",
        f"1. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi: có {n(dk)} hộ đăng ký; kết quả bình xét có {n(dat)} hộ đạt danh hiệu các cấp (cấp Trung ương {cap[0]} hộ, cấp tỉnh {cap[1]} hộ, cấp huyện {n(cap[2])} hộ, cấp cơ sở {n(cap[3])} hộ), bằng {pct(dat, dk)}% số hộ đăng ký.",
        f"2. Quỹ Hỗ trợ nông dân: tổng nguồn vốn đến 30/11/2017 là {fmt(quyt, 2)} tỷ đồng, gồm vốn Trung ương ủy thác {fmt(quy[0], 2)} tỷ đồng ({pct(quy[0], quyt)}%), vốn tỉnh {fmt(quy[1], 2)} tỷ đồng ({pct(quy[1], quyt)}%), vốn cấp huyện {fmt(quy[2], 2)} tỷ đồng ({pct(quy[2], quyt)}%); đang cho 1.127 hộ vay thực hiện 86 dự án.",
        f"3. Phối hợp Ngân hàng Chính sách xã hội: dư nợ ủy thác qua Hội đạt {fmt(du_no, 1)} tỷ đồng, tăng {fmt(du_no - du_no_ck, 1)} tỷ đồng so với cuối năm 2016 ({fmt(du_no_ck, 1)} tỷ đồng), tỷ lệ nợ quá hạn 0,21%.",
        "4. Tham gia xây dựng nông thôn mới: hội viên hiến 12.400 m² đất, đóng góp 9.860 ngày công làm đường giao thông nông thôn; toàn tỉnh có thêm 04 xã đạt chuẩn nông thôn mới.")
    hv_txt = "61.482 hội viên"
    d.plant("figure-inconsistent", hv_txt,
            f"tổng số hội viên toàn tỉnh năm 2017 đã ghi là {n(hv)} ở mục I",
            hv != 61482)
    d.p("III. PHƯƠNG HƯỚNG NĂM 2018",
        f"Tiếp tục củng cố tổ chức, phấn đấu kết nạp mới từ 2.000 hội viên trở lên, nâng tổng số lên trên 63.000 so với {hv_txt} hiện có; chuẩn bị tốt Đại hội Hội Nông dân các cấp, tiến tới Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX, nhiệm kỳ 2018 – 2023; kỷ niệm 88 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 – 14/10/2018).",
        "Nơi nhận:", "- TW Hội NDVN (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Lưu VP.",
        "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Chamaléa Thị Điệp")
    d.ok(2018 - 1930 == 88)
    return d


def bc04():
    d = Doc("bc04_so_ldtbxh_bacgiang_quy1_2022", "bao_cao")
    vl, kh_vl = 6120, 24000
    xk, xk_ck = 1840, 1637
    dn, kh_dn = 5386, 31000
    qua = [28642, 2784]
    tien = [D("5.79"), D("7.17")]
    hn, hn_ck = D("2.03"), D("2.89")
    te, mc = 126, 38
    d.ok(pct(vl, kh_vl) == "25,5" and pct(xk - xk_ck, xk_ck) == "12,4")
    d.p("UBND TỈNH BẮC GIANG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 1046/BC-LĐTBXH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Bắc Giang, ngày 28 tháng 3 năm 2022",
        "BÁO CÁO", "Kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2022",
        "Thực hiện Kế hoạch số 215/KH-UBND ngày 10/01/2022 của UBND tỉnh, Sở Lao động - Thương binh và Xã hội báo cáo kết quả quý I năm 2022 như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        f"1. Lao động, việc làm: giải quyết việc làm cho {n(vl)} lao động, đạt {pct(vl, kh_vl)}% kế hoạch năm ({n(kh_vl)} lao động); đưa {n(xk)} người đi làm việc ở nước ngoài theo hợp đồng, tăng {pct(xk - xk_ck, xk_ck)}% so với cùng kỳ năm 2021 ({n(xk_ck)} người). Tổ chức 06 phiên giao dịch việc làm trực tuyến với 214 lượt doanh nghiệp tham gia.",
        f"2. Giáo dục nghề nghiệp: tuyển sinh đào tạo nghề {n(dn)} người, đạt {pct(dn, kh_dn)}% kế hoạch năm ({n(kh_dn)} người). Tỷ lệ lao động qua đào tạo ước đạt 68,5%, trong đó có bằng cấp, chứng chỉ 28,6%.",
        f"3. Người có công: tổ chức thăm, tặng quà Tết Nhâm Dần {n(sum(qua))} suất với tổng kinh phí {fmt(sum(tien), 2)} tỷ đồng, gồm quà của Chủ tịch nước {n(qua[0])} suất ({fmt(tien[0], 2)} tỷ đồng) và quà của tỉnh {n(qua[1])} suất ({fmt(tien[1], 2)} tỷ đồng). Chi trả trợ cấp ưu đãi hằng tháng cho 24.318 đối tượng, kinh phí 58,72 tỷ đồng.",
        f"4. Giảm nghèo, bảo trợ xã hội: tỷ lệ hộ nghèo cuối năm 2021 là {fmt(hn, 2)}%, giảm {fmt(hn_ck - hn, 2)} điểm phần trăm so với cuối năm 2020 ({fmt(hn_ck, 2)}%). Hỗ trợ {te} trẻ em có hoàn cảnh đặc biệt, trong đó {mc} trẻ mồ côi cả cha và mẹ do dịch Covid-19.",
        "5. An toàn, vệ sinh lao động: xảy ra ba vụ tai nạn lao động, làm chết 01 người; đã phối hợp điều tra, kết luận 02 vụ. Kiểm tra 18 doanh nghiệp về chấp hành pháp luật lao động.",
        "II. HẠN CHẾ",
        "Thị trường lao động chưa phục hồi hoàn toàn sau dịch; một số cơ sở giáo dục nghề nghiệp tuyển sinh đạt thấp so với kế hoạch quý.",
        "III. NHIỆM VỤ QUÝ II",
        "Phấn đấu giải quyết việc làm thêm 7.000 lao động; hoàn thành chi trả hỗ trợ lao động theo Nghị quyết số 68/NQ-CP trước ngày 30/6/2022; chuẩn bị các hoạt động kỷ niệm 75 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2022).",
        "Nơi nhận:", "- UBND tỉnh (b/c);", "- Bộ LĐTBXH (b/c);", "- Lưu: VT, VP.",
        "GIÁM ĐỐC", "Nguyễn Văn Thành")
    d.ok(2022 - 1947 == 75 and sum(qua) == 31426 and sum(tien) == D("12.96"))
    return d


def bc05():
    d = Doc("bc05_danguy_phuong_quangngai_xeploai_2023", "bao_cao")
    cb = [4, 15, 3, 0]
    ncb = sum(cb)
    d.ok(ncb == 22)
    dv = [61, 418, 49, 6]
    ndv = sum(dv)
    tong_dv = 587
    d.ok(ndv == 534)
    d.p("ĐẢNG BỘ THÀNH PHỐ QUẢNG NGÃI", "ĐẢNG ỦY PHƯỜNG TRẦN HƯNG ĐẠO", "*", "Số 95-BC/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Trần Hưng Đạo, ngày 18 tháng 12 năm 2023",
        "BÁO CÁO", "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2023",
        "Thực hiện Hướng dẫn số 12-HD/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường báo cáo kết quả như sau:",
        f"I. ĐỐI VỚI TỔ CHỨC ĐẢNG ({ncb} chi bộ trực thuộc)")
    cb_ht = "Chi bộ Khu phố 2, Chi bộ Khu phố 6 và Chi bộ Trường Mầm non Hoa Sen"
    xs_list = ["Chi bộ Cơ quan Đảng – Đoàn thể", "Chi bộ Công an phường", "Chi bộ Quân sự phường"]
    xs_txt = "04 chi bộ xếp loại hoàn thành xuất sắc nhiệm vụ, gồm"
    d.plant("count-mismatch", xs_txt,
            f"công bố 04 chi bộ nhưng chỉ liệt kê {len(xs_list)}",
            len(xs_list) != 4)
    top = cb[0] + cb[1]
    verdict = "đạt chỉ tiêu Nghị quyết Đại hội đề ra (từ 90% trở lên)"
    d.plant("target-status-mismatch", verdict,
            f"{top}/{ncb} = {pct(top, ncb, 2)}% < 90% → chưa đạt",
            pctv(top, ncb, 2) < 90)
    d.p(f"Hoàn thành xuất sắc nhiệm vụ {cb[0]:02d} chi bộ ({pct(cb[0], ncb, 2)}%); hoàn thành tốt nhiệm vụ {cb[1]} chi bộ ({pct(cb[1], ncb, 2)}%); hoàn thành nhiệm vụ {cb[2]:02d} chi bộ ({pct(cb[2], ncb, 2)}%); không có chi bộ không hoàn thành nhiệm vụ. Số chi bộ hoàn thành tốt nhiệm vụ trở lên là {top}/{ncb}, đạt {pct(top, ncb, 2)}%, {verdict}.",
        f"Có {xs_txt}: {', '.join(xs_list[:-1])} và {xs_list[-1]}. Có {cb[2]:02d} chi bộ xếp loại hoàn thành nhiệm vụ: {cb_ht}, chủ yếu do chưa hoàn thành chỉ tiêu kết nạp đảng viên và thu quỹ.",
        "Đảng ủy phường tự đánh giá, đề nghị Ban Thường vụ Thành ủy xếp loại Đảng bộ phường ở mức hoàn thành tốt nhiệm vụ.",
        f"II. ĐỐI VỚI ĐẢNG VIÊN ({ndv} đảng viên được đánh giá, xếp loại)",
        f"Tổng số đảng viên của Đảng bộ là {tong_dv} đồng chí; không đánh giá, xếp loại {tong_dv - ndv} đồng chí (đảng viên miễn sinh hoạt, đảng viên mới kết nạp chưa đủ 6 tháng, đảng viên ốm đau dài ngày).")
    xs_wrong = "11,8"
    dv_txt = f"Hoàn thành xuất sắc nhiệm vụ: {dv[0]} đồng chí, chiếm {xs_wrong}%"
    d.plant("percent-mismatch", dv_txt,
            f"{dv[0]}/{ndv} (tổng ở tiêu đề mục II) = {pct(dv[0], ndv, 2)}%, không phải {xs_wrong}%",
            pctv(dv[0], ndv, 1) != D(xs_wrong.replace(",", ".")))
    d.p(f"- {dv_txt};",
        f"- Hoàn thành tốt nhiệm vụ: {dv[1]} đồng chí, chiếm {pct(dv[1], ndv, 2)}%;",
        f"- Hoàn thành nhiệm vụ: {dv[2]} đồng chí, chiếm {pct(dv[2], ndv, 2)}%;",
        f"- Không hoàn thành nhiệm vụ: {dv[3]:02d} đồng chí, chiếm {pct(dv[3], ndv, 2)}%.",
        f"Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt {pct(dv[0] + dv[1], ndv, 2)}%, tăng 1,6 điểm phần trăm so với năm 2022. Trong số {dv[0]} đảng viên hoàn thành xuất sắc nhiệm vụ có 27 đảng viên nữ.",
        "III. NHẬN XÉT CHUNG",
        "Việc kiểm điểm được tiến hành nghiêm túc, đúng hướng dẫn; tuy nhiên một số chi bộ khu phố còn chưa gắn đánh giá với sản phẩm cụ thể; tỷ lệ đảng viên lớn tuổi được miễn sinh hoạt còn cao.",
        "Nơi nhận:", "- Ban Thường vụ Thành ủy (b/c);", "- Ban Tổ chức Thành ủy;", "- Lưu VPĐU.",
        "T/M ĐẢNG ỦY", "BÍ THƯ", "Huỳnh Thị Thanh Xuân")
    return d


def bc06():
    d = Doc("bc06_huyendoan_camau_9thang_2016", "bao_cao")
    dv, nu = 5284, 2531
    ct_kn, kn = 450, 372
    gt, ct_gt, vao_dang = 64, 60, 41
    cd = [52, 27, 5]
    ncd = sum(cd)
    d.ok(ncd == 84)
    mau, mau_ck = 318, 299
    ct_ct, gtri = 12, D("1486.5")
    d.ok(pct(kn, ct_kn) == "82,7" and pct(gt, ct_gt) == "106,7" and pct(mau - mau_ck, mau_ck) == "6,4")
    shares = [pctv(v, ncd, 1) for v in cd]
    d.ok(sum(shares) == 100)
    d.p("BCH ĐOÀN TỈNH CÀ MAU", "BCH HUYỆN ĐOÀN CÁI NƯỚC", "***", "Số: 86-BC/HĐTN",
        "ĐOÀN TNCS HỒ CHÍ MINH", "Cái Nước, ngày 20 tháng 9 năm 2016",
        "BÁO CÁO", "Kết quả công tác Đoàn và phong trào thanh thiếu nhi 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2016",
        "I. CÔNG TÁC GIÁO DỤC VÀ XÂY DỰNG TỔ CHỨC ĐOÀN",
        "Tổ chức các hoạt động kỷ niệm 85 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2016) với nhiều hình thức; tổ chức 14 buổi sinh hoạt chuyên đề \"Tuổi trẻ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\" với hơn 1.300 lượt đoàn viên tham dự.",
        f"Toàn huyện hiện có {n(dv)} đoàn viên (trong đó nữ {n(nu)}), sinh hoạt tại {ncd} chi đoàn. Chỉ tiêu kết nạp đoàn viên mới năm 2016 là {ct_kn}; thực hiện 9 tháng kết nạp {kn} đoàn viên, đạt {pct(kn, ct_kn)}% chỉ tiêu năm. Giới thiệu {gt} đoàn viên ưu tú cho Đảng xem xét, trên chỉ tiêu {ct_gt}, đạt {pct(gt, ct_gt)}%; đến nay đã có {vao_dang} đoàn viên được kết nạp vào Đảng.",
        f"Kết quả đánh giá chất lượng 6 tháng đầu năm đối với {ncd} chi đoàn: vững mạnh {cd[0]} chi đoàn ({pct(cd[0], ncd)}%), khá {cd[1]} chi đoàn ({pct(cd[1], ncd)}%), trung bình {cd[2]:02d} chi đoàn ({pct(cd[2], ncd)}%), không có chi đoàn yếu kém.",
        "II. CÁC PHONG TRÀO HÀNH ĐỘNG CÁCH MẠNG",
        f"1. Tháng Thanh niên (từ ngày 01/3 đến ngày 31/3/2016): ra quân thực hiện {ct_ct} công trình thanh niên với tổng giá trị {fmt(gtri, 1)} triệu đồng, gồm nạo vét kênh thủy lợi, làm cầu giao thông nông thôn, thắp sáng đường quê.",
        "2. Chiến dịch Thanh niên tình nguyện hè 2016 (từ ngày 15/6 đến ngày 15/8/2016): huy động 1.120 lượt đoàn viên tham gia; mở 09 lớp dạy bơi cho 315 em thiếu nhi; tổ chức 03 đợt khám bệnh, cấp thuốc miễn phí cho 640 lượt người.",
        f"3. Hiến máu tình nguyện: vận động {mau} đơn vị máu, tăng {pct(mau - mau_ck, mau_ck)}% so với cùng kỳ năm 2015 ({mau_ck} đơn vị).",
        "4. Hỗ trợ thanh niên lập nghiệp: phối hợp Ngân hàng Chính sách xã hội giải ngân cho 72 (bảy mươi hai) hộ thanh niên vay vốn, tổng dư nợ 3,65 tỷ đồng; giới thiệu việc làm cho 186 lao động trẻ.",
        "III. NHẬN XÉT, ĐÁNH GIÁ",
        "Nhìn chung, công tác Đoàn và phong trào thanh thiếu nhi 9 tháng đầu năm đạt nhiều kết quả; tuy nhiên chất lượng sinh hoạt chi đoàn ấp còn hạn chế, một số xã kết nạp đoàn viên đạt thấp so với tiến độ.",
        "IV. PHƯƠNG HƯỚNG 3 THÁNG CUỐI NĂM",
        f"Phấn đấu hoàn thành chỉ tiêu kết nạp đoàn viên năm 2016 (còn {ct_kn - kn} đoàn viên); tổ chức Đại hội Hội Liên hiệp Thanh niên Việt Nam huyện lần thứ V, nhiệm kỳ 2016 – 2021; tổng kết công tác Đoàn năm 2016 trước ngày 15/12/2016.",
        "Nơi nhận:", "- Tỉnh đoàn (b/c);", "- Thường trực Huyện ủy (b/c);", "- Lưu VP.",
        "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "Huỳnh Minh Trọng")
    return d


DOCS = [bc01, bc02, bc03, bc04, bc05, bc06]
