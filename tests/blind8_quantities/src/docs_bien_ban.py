from lib import Doc, n, fmt, pct, pctv, D


def bb01():
    d = Doc("bb01_chibo_thon_quangtri_2023", "bien_ban", officials=27)
    tong, ct, db = 31, 27, 4
    d.ok(ct + db == tong)
    cm_ct, cm_db = 22, 4
    co_mat = cm_ct + cm_db
    mien, clydo_names, klydo = 2, ["Nguyễn Văn Thắng (đi làm ăn xa tại Bình Dương)", "Lê Thị Hương (ốm, điều trị tại Trung tâm Y tế huyện)"], 1
    vang_true = mien + len(clydo_names) + klydo
    d.ok(co_mat + vang_true == tong)
    ho, khau = 286, 1124
    thu_ho = 248
    d.p("ĐẢNG BỘ XÃ GIO CHÂU", "CHI BỘ THÔN HÀ THANH", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BIÊN BẢN", "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 3 NĂM 2023",
        "- Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 10/3/2023.",
        "- Địa điểm: Nhà văn hóa thôn Hà Thanh.",
        "- Chủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Mai, chi ủy viên.",
        "- Đại biểu dự: đồng chí Trần Quốc Tuấn, Đảng ủy viên, phụ trách địa bàn thôn.",
        f"- Tổng số đảng viên của chi bộ: {tong} đồng chí (chính thức {ct}, dự bị {db}); trong đó 9 đảng viên nữ, {mien:02d} đảng viên được miễn công tác và sinh hoạt đảng.",
        f"- Có mặt: {co_mat} đồng chí (chính thức {cm_ct}, dự bị {cm_db}).")
    vang_line = "- Vắng mặt: 06 đồng chí"
    d.plant("attendance-mismatch", vang_line,
            f"có mặt {co_mat} + vắng 6 = 32 ≠ tổng {tong}; vắng đúng là {tong - co_mat:02d} (2 miễn SH + 2 có lý do + 1 không lý do)",
            co_mat + 6 != tong)
    d.p(vang_line + f", gồm: miễn sinh hoạt {mien:02d} đồng chí (Hoàng Văn Lự, Phan Thị Cúc); "
        f"có lý do: {clydo_names[0]}, {clydo_names[1]} – 03 đồng chí; không có lý do {klydo:02d} đồng chí (Trần Văn Phú).")
    d.plant("absentee-count-mismatch", "– 03 đồng chí",
            f"số vắng có lý do ghi sau danh sách là 03 nhưng chỉ nêu {len(clydo_names)} tên; đúng là 02",
            len(clydo_names) != 3)
    d.p("I. NỘI DUNG SINH HOẠT",
        "1. Đồng chí Bí thư thông tin thời sự; quán triệt Kế hoạch số 112-KH/ĐU, ngày 02/3/2023 của Đảng ủy xã về tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2023) và Ngày Quốc tế Phụ nữ 8-3.",
        f"2. Đánh giá kết quả tháng 02/2023: toàn thôn có {n(ho)} hộ với {n(khau)} nhân khẩu. Vụ Đông Xuân gieo cấy 112,5 ha lúa, đạt 100% kế hoạch; đã thu Quỹ phòng, chống thiên tai {thu_ho}/{ho} hộ, đạt {pct(thu_ho, ho)}%, số hộ còn lại hẹn nộp trước ngày 30/3. Thu đảng phí tháng 02 được 1.245.000 đồng, nộp lên Đảng ủy đúng quy định. Năm 2023 chi bộ được giao chỉ tiêu kết nạp 02 đảng viên; đến nay đã hoàn thành hồ sơ cho 01 quần chúng, đạt 50% chỉ tiêu năm.",
        "3. Phương hướng tháng 4: ra quân làm đường giao thông nội đồng 1,2 km; vận động 100% hộ ký cam kết không đốt rơm rạ; tổ chức cho đảng viên học tập chuyên đề năm 2023.",
        "II. THẢO LUẬN",
        "- Đồng chí Võ Thị Lành: đề nghị chi bộ có hình thức nhắc nhở đảng viên vắng không lý do, đồng thời đề nghị Ban công tác Mặt trận thôn vận động các hộ còn nợ quỹ.",
        "- Đồng chí Phan Văn Lợi: thống nhất với báo cáo, đề nghị bổ sung nội dung vệ sinh môi trường dọc tuyến kênh N2.",
        "- Đồng chí Trần Quốc Tuấn, Đảng ủy viên: ghi nhận kết quả tháng 02, lưu ý chi bộ chuẩn bị tốt hồ sơ phát triển đảng viên.",
        "III. BIỂU QUYẾT",
        f"- Biểu quyết thông qua nghị quyết tháng 3/2023: {cm_ct}/{cm_ct} đồng chí đảng viên chính thức có mặt tán thành, đạt 100%.")
    tt, ktt, ykk = 21, 2, 0
    vote = f"tán thành {tt}, không tán thành {ktt:02d}"
    d.plant("vote-mismatch", vote,
            f"{tt}+{ktt}+{ykk} = {tt + ktt + ykk} phiếu biểu quyết > {cm_ct} đảng viên chính thức có mặt (dự bị không biểu quyết)",
            tt + ktt + ykk > cm_ct)
    d.p(f"- Biểu quyết đề nghị Đảng ủy xã xem xét kết nạp quần chúng Hồ Thị Lan vào Đảng: {vote}, không có ý kiến khác.",
        "Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua.",
        "THƯ KÝ                                   CHỦ TRÌ",
        "Nguyễn Thị Mai                           Lê Văn Hòa")
    return d


def bb02():
    d = Doc("bb02_hoinghi_bch_phuong_thaibinh_2024", "bien_ban", officials=17)
    bch, co_mat = 17, 16
    d.ok(co_mat + 1 == bch)
    thu, dt = 9460, 16200
    kn, ct_kn = 7, 11
    d.p("ĐẢNG BỘ THÀNH PHỐ THÁI BÌNH", "ĐẢNG ỦY PHƯỜNG QUANG TRUNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BIÊN BẢN",
        "HỘI NGHỊ LẦN THỨ 27 BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG KHÓA XXIV, NHIỆM KỲ 2020 – 2025",
        "Thời gian: 14 giờ 00 phút, ngày 05/7/2024. Địa điểm: Hội trường Đảng ủy – HĐND – UBND phường.",
        "Chủ trì: đồng chí Phạm Đức Thịnh, Bí thư Đảng ủy phường. Thư ký: đồng chí Đỗ Thị Hằng, Đảng ủy viên, Chánh Văn phòng Đảng ủy.",
        f"Thành phần: Ban Chấp hành Đảng bộ phường có {bch} đồng chí; có mặt {co_mat} đồng chí; vắng 01 đồng chí có lý do (đồng chí Vũ Văn Hải đi học lớp Cao cấp lý luận chính trị). Dự hội nghị có đồng chí Trần Minh Khoa, Thành ủy viên, Phó Chủ tịch UBND thành phố, phụ trách địa bàn.",
        "I. NỘI DUNG",
        "1. Đồng chí Nguyễn Văn Quý, Phó Bí thư Thường trực Đảng ủy trình bày dự thảo báo cáo kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2024. Một số kết quả chủ yếu:",
        f"- Thu ngân sách 6 tháng ước đạt {n(thu)} triệu đồng, bằng {pct(thu, dt)}% dự toán năm ({n(dt)} triệu đồng); thu nhập bình quân đầu người ước đạt 68,5 triệu đồng/năm, tăng 7,2% so với cùng kỳ.")
    d.ok(pct(thu, dt) == "58,4")
    kn_txt = f"kết nạp {kn} đảng viên, đạt 70% chỉ tiêu năm ({ct_kn} đảng viên)"
    d.plant("percent-mismatch", "đạt 70% chỉ tiêu năm",
            f"{kn}/{ct_kn} = {pct(kn, ct_kn)}%, không phải 70%",
            pctv(kn, ct_kn, 0) != 70)
    bhyt, ct_bhyt = D("91.2"), D("93")
    bhyt_txt = "vượt chỉ tiêu Nghị quyết Đại hội (93%)"
    d.plant("target-status-mismatch", bhyt_txt,
            "91,2% < chỉ tiêu 93% → chưa đạt, không phải \"vượt\"", bhyt < ct_bhyt)
    d.p(f"- Công tác xây dựng Đảng: {kn_txt}; trong đó 03 đảng viên là đoàn viên thanh niên. Tỷ lệ người dân tham gia bảo hiểm y tế đạt {fmt(bhyt, 1)}%, {bhyt_txt}.",
        "- Tổ chức thành công Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024); tiếp nhận 1.236 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.229 hồ sơ.",
        "2. Đồng chí Lưu Thị Nga, Ủy viên Ban Thường vụ, trình bày Tờ trình số 18-TTr/ĐU về chủ trương điều chỉnh vị trí xây dựng nhà văn hóa tổ dân phố số 9.",
        "II. THẢO LUẬN",
        "Có 6 lượt ý kiến phát biểu. Đồng chí Bùi Văn Tiến đề nghị làm rõ nguyên nhân thu ngân sách từ đất đạt thấp; đồng chí Hoàng Thị Mơ đề nghị bổ sung giải pháp phát triển bảo hiểm y tế hộ gia đình. Đồng chí Trần Minh Khoa đề nghị Đảng ủy tập trung chỉ đạo hoàn thành chỉ tiêu kết nạp đảng viên trong quý III.",
        "III. BIỂU QUYẾT",
        f"- Về dự thảo Nghị quyết lãnh đạo nhiệm vụ 6 tháng cuối năm 2024: {co_mat}/{co_mat} đồng chí có mặt tán thành (100%).")
    tt = 8
    d.ok(pct(tt, co_mat, 2) == "50,00")
    vote_txt = f"{tt}/{co_mat} đồng chí có mặt tán thành ({pct(tt, co_mat, 2)}%)"
    d.plant("resolution-not-passed", vote_txt,
            f"{tt} tán thành không quá một nửa tổng số {bch} ủy viên Ban Chấp hành (cần ít nhất 9) nhưng hội nghị tuyên bố thông qua",
            not (tt * 2 > bch) and not (tt * 2 > co_mat))
    d.p(f"- Về chủ trương điều chỉnh vị trí xây dựng nhà văn hóa tổ dân phố số 9: {vote_txt}, 08 đồng chí không tán thành. Hội nghị thống nhất thông qua chủ trương, giao UBND phường triển khai.")
    end_txt = "kết thúc lúc 11 giờ 30 phút cùng ngày"
    d.plant("other", end_txt,
            "hội nghị bắt đầu 14 giờ 00 nhưng ghi kết thúc 11 giờ 30 cùng ngày (kết thúc trước khi bắt đầu)",
            11 * 60 + 30 < 14 * 60)
    d.p(f"Hội nghị {end_txt}. Biên bản được thông qua trước hội nghị.",
        "THƯ KÝ                                   T/M BAN CHẤP HÀNH",
        "                                         BÍ THƯ",
        "Đỗ Thị Hằng                              Phạm Đức Thịnh")
    return d


def bb03():
    d = Doc("bb03_kiemphieu_daihoi_chibo_haiduong_2022", "bien_ban", officials=24)
    ct, db = 24, 2
    co_mat = 23
    phat, thu, hople, khl = 23, 23, 22, 1
    d.ok(hople + khl == thu and thu <= phat <= co_mat <= ct)
    cands = [("Nguyễn Thị Thu Trang", 21), ("Phạm Văn Cường", 20), ("Đinh Thị Ngọc", 17), ("Lê Quang Huy", 8)]
    d.p("ĐẢNG BỘ THỊ TRẤN THANH HÀ", "CHI BỘ TRƯỜNG THCS LÊ LỢI", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BIÊN BẢN KIỂM PHIẾU",
        "Bầu Chi ủy Chi bộ Trường THCS Lê Lợi nhiệm kỳ 2022 – 2025",
        "Hồi 10 giờ 15 phút, ngày 18 tháng 5 năm 2022, tại phòng họp Hội đồng sư phạm nhà trường, Ban Kiểm phiếu do Đại hội bầu gồm 03 đồng chí:",
        "1. Đồng chí Vũ Thị Hoa – Trưởng ban;", "2. Đồng chí Trần Văn Đông – Ủy viên;", "3. Đồng chí Hoàng Thị Yến – Ủy viên,",
        "đã tiến hành kiểm phiếu bầu Chi ủy khóa mới dưới sự giám sát của Đoàn Chủ tịch Đại hội.",
        f"Chi bộ có {ct + db} đảng viên (chính thức {ct}, dự bị {db:02d}); số đảng viên chính thức được triệu tập có quyền bầu cử: {ct} đồng chí; có mặt tại Đại hội {co_mat}/{ct} đồng chí, đạt {pct(co_mat, ct, 2)}%; vắng 01 đồng chí có lý do (đồng chí Mai Văn Sơn đi tập huấn chuyên môn).",
        "Đại hội biểu quyết số lượng Chi ủy nhiệm kỳ 2022 – 2025 là 03 đồng chí; danh sách bầu cử gồm 04 đồng chí (số dư 01 đồng chí); bầu bằng phiếu kín.",
        "I. KẾT QUẢ KIỂM PHIẾU",
        f"- Số phiếu phát ra: {phat} phiếu.", f"- Số phiếu thu vào: {thu} phiếu.", f"- Số phiếu hợp lệ: {hople} phiếu.")
    khl_txt = "- Số phiếu không hợp lệ: 02 phiếu."
    d.plant("vote-mismatch", khl_txt,
            f"hợp lệ {hople} + không hợp lệ 2 = 24 ≠ {thu} phiếu thu vào; đúng là 01",
            hople + 2 != thu)
    d.p(khl_txt, f"Số phiếu bầu của từng đồng chí (tỷ lệ tính trên tổng số phiếu thu vào là {thu} phiếu):")
    lines = []
    for i, (nm, v) in enumerate(cands, 1):
        if i == 3:
            wrong = "77,27"
            d.plant("percent-mismatch", f"{v} phiếu, đạt {wrong}%",
                    f"{v}/{thu} = {pct(v, thu, 2)}% (77,27% là {v}/{hople}, chia cho phiếu hợp lệ thay vì phiếu thu vào)",
                    pct(v, thu, 2) != wrong)
            lines.append(f"{i}. Đồng chí {nm}: {v} phiếu, đạt {wrong}%;")
        else:
            lines.append(f"{i}. Đồng chí {nm}: {v} phiếu, đạt {pct(v, thu, 2)}%;")
    d.p(*lines)
    elected = [c for c in cands if c[1] * 2 > thu]
    d.ok(len(elected) == 3)
    cnt_txt = "đã trúng cử Chi ủy nhiệm kỳ 2022 – 2025, gồm 04 đồng chí"
    d.plant("count-mismatch", cnt_txt,
            f"công bố 04 đồng chí trúng cử nhưng danh sách chỉ có {len(elected)} (Chi ủy 03 đồng chí)",
            len(elected) != 4)
    d.p(f"II. Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có số phiếu bầu quá một nửa so với tổng số phiếu thu vào, lấy theo thứ tự từ cao xuống thấp, {cnt_txt}:")
    d.p(*[f"{i}. Đồng chí {nm}" for i, (nm, v) in enumerate(elected, 1)])
    bt = 22
    d.p(f"III. Kết quả bầu Bí thư Chi bộ tại Đại hội: số phiếu phát ra {phat}, thu vào {thu}, hợp lệ {thu}; đồng chí Nguyễn Thị Thu Trang đạt {bt}/{thu} phiếu ({pct(bt, thu, 2)}%), trúng cử Bí thư Chi bộ.",
        "Ban Kiểm phiếu đã niêm phong toàn bộ phiếu bầu, bàn giao cho Đoàn Chủ tịch Đại hội. Biên bản lập xong hồi 10 giờ 50 phút cùng ngày, được đọc trước Đại hội.",
        "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Vũ Thị Hoa")
    return d


def bb04():
    d = Doc("bb04_hop_ubnd_xa_nghean_2019", "bien_ban", officials=5)
    thu, dt, cky = 7842, 9000, 7046
    ha, ns = D("415.6"), D("52.4")
    sl = ha * ns / 10
    tc, tre = 148, 152
    don_tn, don_xl, don_dang = 9, 7, 2
    d.ok(don_xl + don_dang == don_tn)
    hn_now, hn_prev = D("3.12"), D("3.96")
    d.p("ỦY BAN NHÂN DÂN", "XÃ DIỄN HỒNG", "Số: 27/BB-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Diễn Hồng, ngày 31 tháng 10 năm 2019",
        "BIÊN BẢN", "Phiên họp thường kỳ tháng 10 năm 2019 của Ủy ban nhân dân xã",
        "Thời gian bắt đầu: 7 giờ 30 phút, ngày 31/10/2019. Địa điểm: phòng họp trụ sở UBND xã.",
        "Chủ trì: ông Hồ Sỹ Thành, Chủ tịch UBND xã. Thư ký: bà Cao Thị Thủy, công chức Văn phòng – Thống kê.",
        "Thành viên UBND xã: có mặt 5/5 người. Mời dự: ông Nguyễn Văn Bình, Bí thư Đảng ủy; ông Lê Đình Hiệp, Chủ tịch Ủy ban MTTQ Việt Nam xã; trưởng các ngành, đoàn thể và công chức chuyên môn (tổng cộng 21 người dự họp).",
        "I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 10 VÀ 10 THÁNG NĂM 2019",
        f"1. Thu ngân sách 10 tháng đạt {n(thu)} triệu đồng, đạt {pct(thu, dt)}% dự toán HĐND xã giao ({n(dt)} triệu đồng), tăng {pct(thu - cky, cky)}% so với cùng kỳ năm 2018 ({n(cky)} triệu đồng).",
        f"2. Vụ Hè Thu gieo cấy {fmt(ha, 1)} ha lúa, năng suất bình quân {fmt(ns, 1)} tạ/ha, sản lượng {fmt(sl, 1)} tấn. Đàn trâu bò 1.318 con, đàn lợn 6.420 con; đã tiêm phòng lở mồm long móng đợt 2 cho 1.205 con trâu bò.",
        f"3. Văn hóa – xã hội: tiêm chủng đầy đủ cho {tc}/{tre} trẻ dưới 1 tuổi, đạt {pct(tc, tre)}%. Tỷ lệ hộ nghèo theo kết quả rà soát sơ bộ giảm còn {fmt(hn_now, 2)}% (cuối năm 2018 là {fmt(hn_prev, 2)}%), tức giảm {fmt(hn_prev - hn_now, 2)} điểm phần trăm. Trường Tiểu học Diễn Hồng đón nhận Bằng công nhận đạt chuẩn quốc gia mức độ 2 ngày 05/10/2019.",
        f"4. Tiếp công dân, giải quyết đơn thư: tiếp nhận {don_tn} đơn, đã giải quyết {don_xl} đơn, đang xác minh {don_dang} đơn, không có đơn vượt cấp.",
        "5. Quân sự – an ninh: sơ tuyển nghĩa vụ quân sự năm 2020 cho 64 thanh niên, trong đó 41 thanh niên đủ điều kiện gọi khám tuyển; chỉ tiêu giao quân năm 2020 huyện dự kiến giao 18 thanh niên.",
        "II. Ý KIẾN THẢO LUẬN",
        "Bà Phan Thị Liên, Phó Chủ tịch UBND xã: đề nghị tập trung thu các khoản thu từ đất trong tháng 11 và tháng 12 để hoàn thành dự toán. Ông Trần Văn Khánh, Trưởng Công an xã: đề nghị tăng cường tuần tra dịp cuối năm. Ông Nguyễn Văn Bình, Bí thư Đảng ủy: đề nghị UBND xã chuẩn bị chu đáo báo cáo trình kỳ họp thứ 9 HĐND xã khóa XX, dự kiến tổ chức từ ngày 18 đến ngày 20/12/2019.",
        "III. KẾT LUẬN CỦA CHỦ TỌA",
        "Giao Văn phòng – Thống kê hoàn thiện báo cáo kinh tế – xã hội năm 2019 trước ngày 25/11/2019; giao công chức Tài chính – Kế toán xây dựng dự toán ngân sách năm 2020; giao Ban Chỉ huy Quân sự xã hoàn thành hồ sơ gọi công dân nhập ngũ.",
        "Các thành viên UBND xã biểu quyết thông qua kết luận: 5/5 người tán thành, đạt 100%.",
        "Phiên họp kết thúc lúc 11 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và các thành viên dự họp nhất trí.",
        "THƯ KÝ                                   CHỦ TỌA", "Cao Thị Thủy                             Hồ Sỹ Thành")
    d.ok(pct(thu, dt) == "87,1" and pct(thu - cky, cky) == "11,3")
    return d


def bb05():
    d = Doc("bb05_hoinghi_ccvc_so_tuphap_binhdinh_2021", "bien_ban", officials=None)
    trieu_tap, co_mat, vang = 62, 58, 4
    d.ok(co_mat + vang == trieu_tap)
    bc, cc, vc = 58, 41, 17
    d.ok(cc + vc == bc)
    trong_bc, hd68 = 55, 7
    d.ok(trong_bc + hd68 == trieu_tap)
    xs, tot, ht, kht = 11, 40, 3, 1
    d.ok(xs + tot + ht + kht == trong_bc)
    hs, tt = 1846, 1112
    d.p("UBND TỈNH BÌNH ĐỊNH", "SỞ TƯ PHÁP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Quy Nhơn, ngày 22 tháng 01 năm 2021",
        "BIÊN BẢN", "Hội nghị cán bộ, công chức, viên chức Sở Tư pháp năm 2021",
        "Vào lúc 8 giờ 00 phút ngày 22/01/2021, tại Hội trường Sở Tư pháp, số 172 Lê Hồng Phong, thành phố Quy Nhơn, Sở Tư pháp tổ chức Hội nghị cán bộ, công chức, viên chức năm 2021.",
        "Chủ trì: ông Lê Ngọc Sơn, Giám đốc Sở và bà Đặng Thị Thu Hường, Phó Giám đốc Sở. Thư ký: bà Lý Thị Kim Oanh, chuyên viên Văn phòng Sở.",
        f"Thành phần: số người được triệu tập {trieu_tap}; có mặt {co_mat}; vắng {vang} người có lý do (đi công tác, nghỉ thai sản).",
        "I. BÁO CÁO KẾT QUẢ NĂM 2020",
        f"1. Tổ chức bộ máy: năm 2020 Sở được giao {bc} biên chế (công chức {cc}, viên chức {vc}); tổng số người làm việc {trieu_tap}, gồm {trong_bc} người trong biên chế và {hd68} hợp đồng theo Nghị định số 68/2000/NĐ-CP; trong đó nữ 34 người, đảng viên 39 người.",
        f"2. Nhiệm vụ chuyên môn: cấp {n(hs)} Phiếu lý lịch tư pháp, trong đó tiếp nhận trực tuyến {n(tt)} hồ sơ, chiếm {pct(tt, hs)}%; thẩm định 47 dự thảo văn bản quy phạm pháp luật; tổ chức 36 hội nghị phổ biến pháp luật với 4.150 lượt người tham dự. Kinh phí thực hiện nhiệm vụ năm 2020 là 2.345,6 triệu đồng.")
    tot_wrong = 42
    tot_txt = f"hoàn thành tốt nhiệm vụ {tot_wrong} người"
    d.plant("sum-mismatch", tot_txt,
            f"{xs}+{tot_wrong}+{ht}+{kht} = {xs + tot_wrong + ht + kht} ≠ {trong_bc} người được đánh giá; đúng là hoàn thành tốt {tot}",
            xs + tot_wrong + ht + kht != trong_bc)
    d.p(f"3. Đánh giá, xếp loại năm 2020 đối với {trong_bc} công chức, viên chức trong biên chế: hoàn thành xuất sắc nhiệm vụ {xs} người; {tot_txt}; hoàn thành nhiệm vụ {ht:02d} người; không hoàn thành nhiệm vụ {kht:02d} người.")
    name_txt = "bà Đặng Thị Thu Hương"
    d.plant("name-inconsistent", name_txt,
            "cùng một Phó Giám đốc Sở được ghi là Đặng Thị Thu Hường ở phần chủ trì",
            True)
    bc_txt = "56 biên chế được giao"
    d.plant("figure-inconsistent", bc_txt,
            f"biên chế được giao năm 2020 đã ghi là {bc} ở mục 1",
            bc != 56)
    d.p(f"II. Hội nghị nghe {name_txt}, Phó Giám đốc Sở trình bày dự thảo Quy chế chi tiêu nội bộ năm 2021 và dự thảo Quy chế dân chủ ở cơ sở; nghe Chủ tịch Công đoàn cơ sở báo cáo hoạt động của Ban Thanh tra nhân dân.",
        f"Thảo luận: ông Võ Minh Tâm, Trưởng phòng Hành chính tư pháp đề nghị bổ sung mức hỗ trợ cho người làm công tác một cửa; bà Phan Thị Mỹ Lệ, Phó Chánh Văn phòng cho biết Sở đang sử dụng {n(trong_bc)} trên tổng số {bc_txt}, đề nghị ưu tiên tuyển dụng công chức cho Phòng Bổ trợ tư pháp.",
        f"III. Biểu quyết: Hội nghị biểu quyết thông qua Quy chế chi tiêu nội bộ năm 2021 với {co_mat}/{co_mat} người dự tán thành (100%); bầu Ban Thanh tra nhân dân nhiệm kỳ 2021 – 2023 gồm 03 thành viên.",
        "Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày.",
        "THƯ KÝ                                   CHỦ TRÌ", "Lý Thị Kim Oanh                          Lê Ngọc Sơn")
    return d


def bb06():
    d = Doc("bb06_chibo_coquan_xa_soctrang_2016", "bien_ban", officials=17)
    tong, ct, db = 19, 17, 2
    d.ok(ct + db == tong)
    mien = 1
    cm_ct, cm_db = 14, 2
    co_mat = cm_ct + cm_db
    clydo_named = ["Trương Văn Bé (nghỉ phép năm)"]
    clydo_true = 2
    d.ok(co_mat + mien + clydo_true == tong)
    thue, ct_thue = 412, 530
    hs_truoc, giam, con = 13, 4, 7
    d.p("ĐẢNG BỘ XÃ LỊCH HỘI THƯỢNG", "CHI BỘ VĂN PHÒNG HĐND - UBND XÃ", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BIÊN BẢN", "HỌP CHI BỘ THÁNG 8 NĂM 2016",
        "Hôm nay, vào lúc 7 giờ 30 phút ngày 05/8/2016, tại phòng họp UBND xã, Chi bộ Văn phòng HĐND - UBND xã tiến hành họp định kỳ tháng 8 năm 2016.",
        "Chủ trì: đồng chí Thạch Sô Phal, Bí thư chi bộ, Phó Chủ tịch UBND xã. Thư ký: đồng chí Lâm Thị Ngọc Hân.",
        f"Tổng số đảng viên: {tong} đồng chí, gồm {ct} chính thức và {db:02d} dự bị (có {mien:02d} đồng chí được miễn sinh hoạt đảng là đồng chí Sơn Văn Khương, không tham dự).",
        f"Có mặt: {co_mat} đồng chí ({cm_ct} chính thức, {cm_db:02d} dự bị).")
    ab_txt = f"vắng có lý do {clydo_true:02d} đồng chí"
    d.plant("absentee-count-mismatch", ab_txt,
            f"ghi {clydo_true:02d} đồng chí vắng có lý do nhưng chỉ nêu tên {len(clydo_named)} đồng chí",
            len(clydo_named) != clydo_true)
    d.p(f"Vắng: ngoài đồng chí được miễn sinh hoạt, {ab_txt}: đồng chí {clydo_named[0]}.",
        "I. NỘI DUNG",
        "1. Đồng chí Bí thư thông tin tình hình thời sự trong tháng; quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        f"2. Đánh giá kết quả tháng 7: thu thuế sử dụng đất phi nông nghiệp {thue} triệu đồng trên chỉ tiêu {ct_thue} triệu đồng, đạt {pct(thue, ct_thue)}%; bộ phận một cửa tiếp nhận 236 hồ sơ, trong đó 189 hồ sơ chứng thực.")
    dv_txt = f"giảm {giam} hồ sơ, còn {con} hồ sơ"
    d.plant("derived-mismatch", dv_txt,
            f"tháng trước {hs_truoc} hồ sơ trễ hạn, giảm {giam} thì còn {hs_truoc - giam}, không phải {con}",
            hs_truoc - giam != con)
    d.p(f"Số hồ sơ giải quyết trễ hạn {dv_txt} so với tháng 6 ({hs_truoc} hồ sơ). Chi bộ đã phân công đảng viên phụ trách 06 ấp giúp đỡ 18 hộ nghèo người Khmer; tổ chức thăm, tặng quà nhân kỷ niệm 69 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2016).",
        "3. Xem xét đề nghị công nhận đảng viên chính thức đối với đồng chí Kim Thị Sa Ry (kết nạp ngày 02/8/2015, hết thời gian dự bị ngày 02/8/2016).",
        "II. THẢO LUẬN",
        "Đồng chí Lý Văn Tài đề nghị công chức Địa chính – Xây dựng rút ngắn thời gian thẩm định hồ sơ; đồng chí Danh Thị Mỹ đề nghị có giải pháp thu thuế đối với các hộ kinh doanh ở chợ Lịch Hội Thượng.")
    tt = 7
    vote_txt = f"{tt}/{cm_ct} đảng viên chính thức có mặt tán thành ({pct(tt, cm_ct, 2)}%)"
    denom = ct - mien
    d.plant("resolution-not-passed", vote_txt,
            f"chi bộ có {ct} đảng viên chính thức, trừ {mien} đồng chí miễn sinh hoạt vắng mặt còn {denom}; {tt} tán thành không quá một nửa ({denom}/2 = {denom // 2}), cần ít nhất {denom // 2 + 1}, nhưng biên bản ghi chi bộ thông qua",
            not (tt * 2 > denom) and not (tt * 2 > denom - clydo_true))
    d.p("III. BIỂU QUYẾT",
        f"- Nghị quyết tháng 8/2016: {cm_ct}/{cm_ct} đảng viên chính thức có mặt tán thành (100%).",
        f"- Đề nghị công nhận đảng viên chính thức cho đồng chí Kim Thị Sa Ry: {vote_txt}, 07 đồng chí không tán thành. Chi bộ thống nhất thông qua, hoàn chỉnh hồ sơ trình Đảng ủy xã.")
    nm_txt = "đồng chí Thạch Sô Phan"
    d.plant("name-inconsistent", nm_txt,
            "Bí thư chi bộ ghi là Thạch Sô Phal ở phần chủ trì",
            True)
    d.p(f"Kết luận: {nm_txt} yêu cầu các đảng viên hoàn thành kiểm điểm giữa năm trước ngày 20/8/2016. Cuộc họp kết thúc lúc 9 giờ 45 phút cùng ngày; biên bản đã thông qua cho chi bộ cùng nghe.",
        "THƯ KÝ                                   CHỦ TRÌ",
        "Lâm Thị Ngọc Hân                         Thạch Sô Phal")
    return d


DOCS = [bb01, bb02, bb03, bb04, bb05, bb06]
