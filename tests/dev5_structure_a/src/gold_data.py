# Hand-written gold for round6/structure_a. Run: python3 src/gold_data.py  (writes *.gold.json)
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def M(name, kind, start, end, date, place, chairs, secretary, form):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date, "place": place,
            "chairs": chairs, "secretary": secretary, "form": form}
def A(total, official, probationary, present, absent, absentees):
    return {"total": total, "official": official, "probationary": probationary, "present": present,
            "absent": absent, "absentees": [{"name": n, "reason": r} for n, r in absentees]}
def D(kind, subject, person, f, a, ab, base, outcome):
    return {"kind": kind, "subject": subject, "person": person, "for": f, "against": a, "abstain": ab,
            "base": base, "outcome": outcome}
def T(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit, "period": period, "verdict": verdict}
def K(text, owner, deadline):
    return {"text": text, "owner": owner, "deadline": deadline}
def S(role, position, name):
    return {"role": role, "position": position, "name": name}
def G(genre, issuer, parent, num, place, date, title, meeting, att, decisions, targets, tasks, signers,
      recipients, key, noise):
    return {"genre": genre, "issuer": issuer, "issuer_parent": parent, "doc_number": num, "place": place,
            "date": date, "title": title, "meeting": meeting, "attendance": att, "decisions": decisions,
            "targets": targets, "tasks": tasks, "signers": signers, "recipients": recipients,
            "key_figures": key, "noise_figures": noise}

GOLD = {}

GOLD["bb_chi_bo_thuong_ky"] = G(
    "bien_ban", "CHI BỘ KHU PHỐ 6", "ĐẢNG BỘ PHƯỜNG TÂN MINH", "11-BB/CB", "Tân Minh", "2025-11-12",
    "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
    M("Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", "thường kỳ", "14:00", "16:35", "2025-11-12",
      "Nhà văn hóa khu phố 6", ["Đinh Quang Huấn"], "Mai Thị Thanh Tâm", None),
    A(27, 24, 3, 23, 4, [
        ("Trương Văn Lộc", "miễn sinh hoạt do tuổi cao, sức yếu"),
        ("Hà Thị Mận", "miễn sinh hoạt do điều trị bệnh dài ngày"),
        ("Cao Minh Tiến", "đi làm ca tại khu công nghiệp"),
        ("Lò Văn Sinh", "Không có lý do")]),
    [D("vote", "công nhận đảng viên chính thức", "Vi Thị Hồng Nhung", 21, None, None, 21, "thông qua"),
     D("vote", "mức đóng góp xây dựng đèn chiếu sáng hẻm 14", None, 20, 1, None, 21, "thông qua"),
     D("resolution", "Nghị quyết tháng 11/2025", None, 21, None, None, 21, "thông qua")],
    [T("Quỹ \"Vì người nghèo\"", 20000000, 18500000, "đồng", "năm 2025", "tiến độ")],
    [K("hoàn thành kiểm điểm, đánh giá, xếp loại đảng viên năm 2025", "Chi ủy", "trước ngày 15/12/2025"),
     K("phối hợp Ban công tác Mặt trận thu nốt Quỹ \"Vì người nghèo\"", "Tạ Văn Hùng", "trước 25/12"),
     K("hoàn thiện hồ sơ công nhận đảng viên chính thức cho đ/c Vi Thị Hồng Nhung", "Mai Thị Thanh Tâm", "trong tháng 11/2025"),
     K("ra quân tổng vệ sinh đường phố vào sáng Chủ nhật hằng tuần", "Các đoàn thể", None)],
    [S("THƯ KÝ", None, "Mai Thị Thanh Tâm"), S("T/M CHI BỘ", "BÍ THƯ", "Đinh Quang Huấn")],
    [],
    ["27 đ/c (chính thức 24 đ/c; dự bị 03 đ/c)", "Có mặt: 23 đ/c", "Vắng: 04 đ/c",
     "18.500.000 đồng/20.000.000 đồng kế hoạch năm, đạt 92,5%", "212/212 hộ",
     "21/21 đảng viên chính thức có mặt tán thành", "20/21 tán thành, 01 đ/c không tán thành"],
    ["14 giờ 00 phút", "16 giờ 35 phút", "11-BB/CB", "Kế hoạch số 45-KH/ĐU", "6 ý kiến phát biểu", "hẻm 14"])

GOLD["bb_bch_dang_uy_xa"] = G(
    "bien_ban", "ĐẢNG ỦY XÃ NGỌC LÂM", "ĐẢNG BỘ TỈNH TUYÊN QUANG", "08-BB/ĐU", "Ngọc Lâm", "2025-10-17",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ BA",
    M("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ BA", "hội nghị BCH", "08:30", "11:15", "2025-10-17",
      "phòng họp số 1, trụ sở Đảng ủy xã", ["Vương Đình Khải"], "Lục Thị Diệu Linh", None),
    A(19, None, None, 17, 2, [("Hoàng Văn Chuyên", "Tập huấn tại Bộ CHQS tỉnh"),
                              ("Bàn Thị Quế", "Nghỉ chế độ thai sản")]),
    [D("election", "Ủy viên Ban Thường vụ Đảng ủy", "Triệu Minh Khôi", 16, None, None, 17, "trúng cử"),
     D("election", "Phó Bí thư Đảng ủy xã", "Triệu Minh Khôi", 15, None, None, 16, "trúng cử"),
     D("election", "Ủy viên Ủy ban Kiểm tra Đảng ủy", "Ma Văn Đức", 12, None, None, 17, "trúng cử"),
     D("election", "Ủy viên Ủy ban Kiểm tra Đảng ủy", "Lý Thị Sen", 5, None, None, 17, "không trúng cử"),
     D("vote", "Quy chế làm việc (sửa đổi)", None, 17, None, None, 17, "thông qua"),
     D("vote", "chủ trương đầu tư tuyến đường liên thôn Khuổi Lầy - Nà Pục", None, 15, 2, 0, 17, "thông qua")],
    [T("tổng thu ngân sách trên địa bàn", 16.5, 12.84, "tỷ đồng", "9 tháng đầu năm 2025", "tiến độ"),
     T("trồng rừng mới", 250, 215, "ha", "9 tháng đầu năm 2025", "tiến độ")],
    [K("hoàn thiện hồ sơ nhân sự trình Ban Thường vụ Tỉnh ủy chuẩn y", "Văn phòng Đảng ủy", "trước ngày 25/10/2025"),
     K("tập trung chỉ đạo thu ngân sách, phấn đấu hoàn thành dự toán năm", "UBND xã", "trong quý IV/2025"),
     K("bàn giao công việc tại Văn phòng HĐND - UBND xã", "Ma Văn Đức", "trước ngày 31/10/2025")],
    [S("THƯ KÝ HỘI NGHỊ", None, "Lục Thị Diệu Linh"), S("CHỦ TỌA HỘI NGHỊ", "BÍ THƯ ĐẢNG ỦY", "Vương Đình Khải")],
    [],
    ["có 19 đồng chí, có mặt 17 đồng chí", "12,84 tỷ đồng/16,5 tỷ đồng dự toán năm, bằng 77,82%",
     "215 ha/250 ha kế hoạch (86%)", "16/17 phiếu, đạt 94,12%", "15 phiếu, tỷ lệ 93,75%",
     "12 phiếu (70,59%)", "5 phiếu (29,41%)", "17/17 đ/c tán thành, tỷ lệ 100%"],
    ["Hồi 8h30", "11h15", "08-BB/ĐU", "Quyết định số 112-QĐ/TU", "nhiệm kỳ 2025 - 2030", "9 lượt ý kiến"])

GOLD["bb_dai_hoi_chi_bo"] = G(
    "bien_ban", "CHI BỘ THÔN TRUNG HÒA", "ĐẢNG BỘ XÃ HƯNG ĐẠO", None, None, "2025-09-21",
    "ĐẠI HỘI CHI BỘ THÔN TRUNG HÒA LẦN THỨ XV, NHIỆM KỲ 2025 - 2027",
    M("ĐẠI HỘI CHI BỘ THÔN TRUNG HÒA LẦN THỨ XV, NHIỆM KỲ 2025 - 2027", "đại hội", "07:30", "11:40",
      "2025-09-21", "nhà văn hóa thôn Trung Hòa", ["Nguyễn Hữu Toản", "Vũ Thị Lan"], "Bùi Đức Hạnh", None),
    A(31, 29, 2, 28, 3, [("Đặng Văn Thìn", "ốm nằm viện"),
                         ("Kiều Thị Nga", "đi làm ăn xa, đã có đơn xin vắng"),
                         ("Phí Văn Chung", "không rõ lý do")]),
    [D("election", "Bầu Chi ủy lần 1", "Nguyễn Hữu Toản", 23, None, None, 25, "trúng cử"),
     D("election", "Bầu Chi ủy lần 1", "Vũ Thị Lan", 20, None, None, 25, "trúng cử"),
     D("election", "Bầu Chi ủy lần 1", "Đỗ Minh Khang", 12, None, None, 25, "không trúng cử"),
     D("election", "Bầu Chi ủy lần 1", "Trịnh Văn Bảo", 11, None, None, 25, "không trúng cử"),
     D("vote", "bầu lần 2", None, 26, None, None, 26, "thông qua"),
     D("election", "Bầu Chi ủy lần 2", "Đỗ Minh Khang", 17, None, None, 26, "trúng cử"),
     D("election", "Bầu Chi ủy lần 2", "Trịnh Văn Bảo", 9, None, None, 26, "không trúng cử"),
     D("election", "Bí thư Chi bộ", "Nguyễn Hữu Toản", 24, None, None, 26, "trúng cử"),
     D("resolution", "Nghị quyết Đại hội", None, 26, None, None, 26, "thông qua")],
    [],
    [K("hoàn chỉnh hồ sơ đại hội, báo cáo Đảng ủy xã", "chi ủy khóa mới", "trước ngày 30/9/2025"),
     K("tổng hợp ý kiến đóng góp vào dự thảo văn kiện Đại hội Đảng bộ xã", "Bùi Đức Hạnh", "trước ngày 25/9/2025")],
    [S("T/M ĐOÀN CHỦ TỊCH", None, "Nguyễn Hữu Toản"), S("THƯ KÝ ĐẠI HỘI", None, "Bùi Đức Hạnh")],
    [],
    ["Tổng số đảng viên được triệu tập: 31", "Có mặt 28 đ/c", "phát ra 26 phiếu, thu về 26 phiếu, 25 phiếu hợp lệ",
     "17 phiếu = 65,38%", "9 phiếu = 34,62%", "24 phiếu (92,31%)", "26/26 đảng viên chính thức tán thành (100%)"],
    ["7 giờ 30", "11 giờ 40 phút", "LẦN THỨ XV", "nhiệm kỳ 2022 - 2025", "8 ý kiến"])

GOLD["bb_hop_ban_qlda"] = G(
    "bien_ban", "BAN QLDA ĐẦU TƯ XÂY DỰNG KHU VỰC 2", "UBND TỈNH ĐỒNG THÁP", "37/BB-BQLDA", "Đồng Tháp",
    "2025-12-03",
    "Cuộc họp tháo gỡ vướng mắc giải phóng mặt bằng Dự án Đường liên xã Mỹ An Hưng - Tân Mỹ",
    M("Cuộc họp tháo gỡ vướng mắc giải phóng mặt bằng Dự án Đường liên xã Mỹ An Hưng - Tân Mỹ", "hội nghị",
      "14:00", "16:50", "2025-12-02", "Phòng họp tầng 2, trụ sở Ban QLDA", ["Châu Thanh Phong"],
      "Lâm Ngọc Hân", None),
    A(15, None, None, 13, 2, [("Thạch Văn Sang", "bận tiếp công dân định kỳ (có báo vắng)"),
                              ("Dương Kim Thoa", "đi công tác tại thành phố Cần Thơ")]),
    [D("vote", "phương án tổ chức đối thoại và điều chỉnh cục bộ tuyến", None, 13, None, None, 13, "thông qua")],
    [T("Giải ngân năm 2025", 80, 61.2, "tỷ đồng", "năm 2025", "tiến độ")],
    [K("tổ chức đối thoại với 07 hộ chưa nhận tiền", "UBND xã Tân Mỹ", "trước ngày 15/12/2025"),
     K("rà soát, lập phương án điều chỉnh cục bộ tuyến tại Km1+250", "Phòng Kế hoạch - Kỹ thuật", "trước ngày 20/12/2025"),
     K("bổ sung nhân lực, máy móc, thi công 02 ca/ngày trên đoạn đã bàn giao mặt bằng", "Nhà thầu", None),
     K("đôn đốc hoàn thiện hồ sơ thanh toán, bảo đảm giải ngân trên 95% kế hoạch vốn", "Phòng Tài chính - Hành chính", "trước ngày 31/01/2026")],
    [S("THƯ KÝ", None, "Lâm Ngọc Hân"), S("CHỦ TRÌ CUỘC HỌP", "GIÁM ĐỐC", "Châu Thanh Phong")],
    ["UBND tỉnh (b/c)", "Sở Xây dựng", "UBND các xã: Mỹ An Hưng, Tân Mỹ", "Trung tâm Phát triển quỹ đất tỉnh", "Lưu: VT, KHKT"],
    ["39/46 hộ (đạt 84,78%)", "27,415 tỷ đồng", "còn 07 hộ chưa nhận tiền",
     "61,2 tỷ đồng/80 tỷ đồng kế hoạch vốn, đạt 76,5%", "khoảng 58% giá trị hợp đồng", "13/13 ý kiến",
     "15 người; có mặt: 13 người; vắng: 02 người"],
    ["Hồi 14h00", "16h50", "37/BB-BQLDA", "Km1+250", "05 bản", "03 lần"])

GOLD["bb_ky_luat"] = G(
    "bien_ban", "CHI BỘ TRƯỜNG THCS BÌNH MINH 2", "ĐẢNG BỘ PHƯỜNG BÌNH MINH", "04-BB/CB", "Bình Minh", "2025-11-26",
    "HỌP CHI BỘ XEM XÉT THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    M("HỌP CHI BỘ XEM XÉT THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "15:30", "17:10", "2025-11-25",
      "phòng Hội đồng nhà trường", ["Khúc Thị Phượng"], "Âu Văn Lực", None),
    A(15, 13, 2, 14, 1, [("Tôn Nữ Diệu Hiền", "đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo")]),
    [D("discipline", "thi hành kỷ luật", "Thân Văn Quyết", 7, None, None, 11, "khiển trách"),
     D("vote", "báo cáo và quyết định kỷ luật gửi Đảng ủy phường", None, 11, None, None, 11, "thông qua")],
    [],
    [K("hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường", "Bí thư chi bộ", "trước ngày 01/12/2025")],
    [S("THƯ KÝ", None, "Âu Văn Lực"), S("T/M CHI BỘ", "BÍ THƯ", "Khúc Thị Phượng")],
    [],
    ["số phiếu phát ra 11, thu vào 11, hợp lệ 11", "Không kỷ luật: 01 phiếu (9,09%)",
     "Khiển trách: 07 phiếu (63,64%)", "Cảnh cáo: 03 phiếu (27,27%)", "07/11 phiếu",
     "Tổng số đảng viên: 15 (13 chính thức, 02 dự bị)", "11/11 đảng viên chính thức tham gia biểu quyết tán thành"],
    ["15 giờ 30'", "17 giờ 10'", "04-BB/CB", "18 học sinh lớp 8A", "5 đảng viên phát biểu", "nhắc nhở 02 lần"])

GOLD["bb_chi_bo_truc_tuyen"] = G(
    "bien_ban", "CHI BỘ KHỐI SẢN XUẤT", "ĐẢNG BỘ CÔNG TY CP NÔNG SẢN MIỀN TÂY", "12-BB/CBSX", "Cần Thơ", "2025-12-08",
    "HỌP CHI BỘ THƯỜNG KỲ THÁNG 12/2025",
    M("HỌP CHI BỘ THƯỜNG KỲ THÁNG 12/2025", "thường kỳ", "07:30", "10:05", "2025-12-06",
      "phòng họp tầng 3, Văn phòng Công ty", ["Thái Hoàng Nam"], "Kha Thị Mỹ Duyên", "trực tuyến"),
    A(23, 20, 3, 20, 3, [("Quách Văn Tài", "nghỉ phép năm, đã báo chi ủy"),
                         ("Sơn Thị Mai Anh", "đi học lớp trung cấp lý luận chính trị"),
                         ("Diệp Minh Trí", "đang trực ca vận hành lò sấy, không có lý do báo trước")]),
    [D("vote", "Đề nghị kết nạp", "Lưu Thị Bé Tư", 18, None, None, 18, "thông qua"),
     D("resolution", "Nghị quyết tháng 12/2025", None, 17, 0, 1, 18, "thông qua")],
    [T("sản lượng chế biến", 45000, 41630, "tấn", "11 tháng năm 2025", "tiến độ"),
     T("Doanh thu", 1300, 1254.6, "tỷ đồng", "11 tháng năm 2025", "tiến độ"),
     T("sản lượng tháng 12", 3400, None, "tấn", "tháng 12/2025", None)],
    [K("bảo đảm sản lượng tháng 12 đạt tối thiểu 3.400 tấn", "Ban Giám đốc Nhà máy Vĩnh Thạnh", None),
     K("hoàn thiện hồ sơ kết nạp đảng viên cho quần chúng Lưu Thị Bé Tư, gửi Đảng ủy Công ty", "Kha Thị Mỹ Duyên", "trước ngày 20/12/2025"),
     K("tổ chức kiểm điểm, đánh giá đảng viên cuối năm", "Các tổ đảng", "trước 25/12/2025"),
     K("làm việc với hãng tàu về container", "Lâm Quốc Việt", "trong tuần thứ 2 của tháng 12")],
    [S("T/M CHI BỘ", "BÍ THƯ", "Thái Hoàng Nam"), S("NGƯỜI GHI BIÊN BẢN", None, "Kha Thị Mỹ Duyên")],
    [],
    ["23 đảng viên (20 chính thức, 03 dự bị)", "Dự họp 20 đ/c (18 chính thức, 02 dự bị)",
     "41.630 tấn/45.000 tấn kế hoạch năm, đạt 92,51%", "1.254,6 tỷ đồng, đạt 96,5% kế hoạch năm (1.300 tỷ đồng)",
     "4.215 tấn", "18/18 tán thành (100%)", "17/18 đảng viên chính thức dự họp tán thành"],
    ["07h30'", "10h05'", "12-BB/CBSX", "03 điểm cầu", "tầng 3", "01 tổ bảo trì"])

GOLD["nq_chi_bo_thang"] = G(
    "nghi_quyet", "CHI BỘ ẤP PHƯỚC LỢI", "ĐẢNG BỘ XÃ AN PHÚ TÂY", "10-NQ/CB", "An Phú Tây", "2025-11-05",
    "Về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025",
    M("sinh hoạt chi bộ thường kỳ", "thường kỳ", None, None, "2025-11-04", None, [], None, None),
    A(20, None, None, 18, 2, []),
    [D("resolution", "Nghị quyết", None, 17, None, None, 17, "thông qua")],
    [T("Thu thuế sử dụng đất phi nông nghiệp", 52000000, 46200000, "đồng", "năm 2025", "tiến độ"),
     T("Tỷ lệ người dân tham gia BHYT", 95, None, "%", "tháng 11/2025", None),
     T("Kết nạp mới", 1, None, "đảng viên", "tháng 11/2025", None)],
    [K("chỉ đạo tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở ấp", "Chi ủy", "trước ngày 18/11/2025"),
     K("phối hợp tổ thu thuế đôn đốc các hộ còn nợ thuế", "Tiêu Văn Hậu", "trong tháng 11/2025"),
     K("vận động hội viên tham gia BHYT hộ gia đình", "Võ Thị Kim Cúc", None),
     K("hướng dẫn đảng viên viết bản kiểm điểm cuối năm", "Chi ủy", "trước 30/11/2025")],
    [S("T/M CHI BỘ", "BÍ THƯ", "Trịnh Hoài Phong")],
    ["Đảng ủy xã (b/c)", "Các đảng viên trong chi bộ", "Lưu chi bộ"],
    ["18/20 đảng viên dự họp", "46.200.000 đồng/52.000.000 đồng, đạt 88,85%", "1,2 km", "đạt 91,3%",
     "17/17 đảng viên chính thức dự họp biểu quyết tán thành (100%)", "09 hộ nghèo, cận nghèo"],
    ["10-NQ/CB", "04/11/2025", "7 ý kiến", "tháng 12/2025"])

GOLD["tin_hoi_nghi_bch_phuong"] = G(
    "tin_hoi_nghi", "Đảng ủy phường Sơn Thủy Đông", "Thành ủy Đà Nẵng", None, None, "2025-12-04",
    "Đảng ủy phường Sơn Thủy Đông tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6",
    M("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6", "hội nghị BCH", None, None, "2025-12-04", None,
      ["Đặng Thị Hồng Vân", "Nghiêm Xuân Trí"], None, None),
    A(33, None, None, 31, 2, []),
    [D("election", "Ban Thường vụ Đảng ủy phường", "Lữ Thanh Bình", 30, None, None, 31, "trúng cử"),
     D("resolution", "Nghị quyết về nhiệm vụ năm 2026", None, 31, None, None, 31, "thông qua")],
    [T("Tổng thu ngân sách trên địa bàn", 172.9, 186.4, "tỷ đồng", "năm 2025", "vượt"),
     T("kết nạp", 35, 42, "đảng viên", "năm 2025", "vượt"),
     T("Tỷ lệ hộ nghèo", 0.5, 0.38, "%", "năm 2025", "đạt"),
     T("thu ngân sách", 195, None, "tỷ đồng", "năm 2026", None),
     T("kết nạp", 40, None, "đảng viên", "năm 2026", None),
     T("tỷ lệ hộ nghèo", 0.3, None, "%", "năm 2026", None)],
    [K("tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025", "các chi bộ trực thuộc", "trước ngày 31/12/2025"),
     K("tập trung hoàn thành giải ngân vốn đầu tư công", "Ủy ban nhân dân phường", "trong tháng 01/2026"),
     K("chủ động vận động chăm lo Tết cho hộ nghèo, gia đình chính sách", "Ủy ban Mặt trận Tổ quốc phường", "trước Tết Nguyên đán")],
    [], [],
    ["31/33 Ủy viên Ban Chấp hành", "14/16 chỉ tiêu", "186,4 tỷ đồng/172,9 tỷ đồng dự toán, bằng 107,8%",
     "42 đảng viên mới, vượt 20% chỉ tiêu (35 đảng viên)", "0,38%", "81,6%", "30/31 phiếu (96,77%)",
     "100% ủy viên Ban Chấp hành dự hội nghị (31/31)"],
    ["Lượt xem: 1.386", "05/12/2025 09:12", "lần thứ 6", "nhiệm kỳ 2025 - 2030", "(28/11/2025)", "Bình luận (0)"])

if __name__ == "__main__":
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print("wrote", len(GOLD))
