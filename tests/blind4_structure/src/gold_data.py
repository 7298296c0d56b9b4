# -*- coding: utf-8 -*-
"""Hand-written gold for blind4_structure. Source of truth; build_and_check.py dumps <name>.gold.json."""

def M(name, kind, start, end, date, place, chairs, secretary, form):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date,
            "place": place, "chairs": chairs, "secretary": secretary, "form": form}

def A(total, official, probationary, present, absent, absentees):
    return {"total": total, "official": official, "probationary": probationary,
            "present": present, "absent": absent,
            "absentees": [{"name": n, "reason": r} for n, r in absentees]}

def D(kind, subject, person, f, against, abstain, base, outcome):
    return {"kind": kind, "subject": subject, "person": person, "for": f,
            "against": against, "abstain": abstain, "base": base, "outcome": outcome}

def T(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit,
            "period": period, "verdict": verdict}

def K(text, owner, deadline):
    return {"text": text, "owner": owner, "deadline": deadline}

def S(role, position, name):
    return {"role": role, "position": position, "name": name}

def G(genre, issuer, issuer_parent, doc_number, place, date, title, meeting, attendance,
      decisions, targets, tasks, signers, recipients, key_figures, noise_figures):
    return {"genre": genre, "issuer": issuer, "issuer_parent": issuer_parent,
            "doc_number": doc_number, "place": place, "date": date, "title": title,
            "meeting": meeting, "attendance": attendance, "decisions": decisions,
            "targets": targets, "tasks": tasks, "signers": signers,
            "recipients": recipients, "key_figures": key_figures, "noise_figures": noise_figures}

GOLD = {}

GOLD["bb01_chibo_thuongky"] = G(
    "bien_ban", "CHI BỘ THÔN KHE CÁT", "ĐẢNG BỘ XÃ THANH LÂM", None,
    "Thanh Lâm", "2026-11-05", "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026",
    M("sinh hoạt chi bộ thường kỳ tháng 11 năm 2026", "thường kỳ", "19:30", "21:40", "2026-11-05",
      "Nhà văn hóa thôn Khe Cát", ["Hà Văn Thưởng"], "Lò Thị Duyên", None),
    A(24, 21, 3, 20, 2, [("Vi Thị Hoa", "đi làm ăn xa (có báo cáo)"),
                         ("Hà Quang Tuấn", "ốm điều trị tại Trạm y tế xã")]),
    [D("vote", "công nhận đảng viên chính thức cho đ/c Vi Văn Sáng", "Vi Văn Sáng", 18, 0, 0, 18, "thông qua"),
     D("vote", "nghị quyết tháng 11", None, 20, 0, 0, 20, "thông qua")],
    [T("Thu hoạch lúa mùa", 38.5, 38.5, "ha", "tháng 10", "đạt"),
     T("trồng mới 6,2 ha rừng keo", 5, 6.2, "ha", "kế hoạch năm", "vượt"),
     T("Thu các khoản đóng góp xây dựng đường bê tông nội đồng", 60, 46.8, "triệu đồng", "kế hoạch năm", "tiến độ")],
    [K("Hoàn thành việc thu quỹ đảng năm 2026", "đ/c Lò Thị Duyên", "trước ngày 25/12/2026"),
     K("Tổ chức họp dân thống nhất phương án góp tiền làm đường nội đồng", "đ/c Lường Văn Khiêm", "trong tháng 12/2026"),
     K("hoàn thành bản kiểm điểm", "các đ/c đảng viên", "trước ngày 15/12/2026"),
     K("Duy trì tuần tra đêm của tổ an ninh thôn dịp cuối năm", None, None)],
    [S("THƯ KÝ", None, "Lò Thị Duyên"), S("CHỦ TRÌ", "BÍ THƯ", "Hà Văn Thưởng")],
    [],
    ["38,5/38,5 ha", "52 tạ/ha", "6,2 ha", "22/22", "46,8 triệu đồng/60 triệu đồng", "78%", "18/18", "20/20"],
    ["19 giờ 30 phút", "21 giờ 40 phút", "52-KH/ĐU", "02/11/2025", "tháng 12/2026"])

GOLD["bb02_bch_phuong"] = G(
    "bien_ban", "ĐẢNG ỦY PHƯỜNG HÒA KHÁNH TÂY", "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "41-BB/ĐU",
    "Phường Hòa Khánh Tây", "2026-10-14", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ MƯỜI BỐN",
    M("Hội nghị lần thứ 14", "hội nghị BCH", "07:45", "11:05", "2026-10-14",
      "Hội trường A - trụ sở Đảng ủy phường", ["Nguyễn Hữu Lộc", "Đoàn Thị Kim Sa"], "Hồ Minh Trí", None),
    A(27, None, None, 24, 3, [("Trần Quốc Vinh", "đi học lớp Cao cấp lý luận chính trị"),
                              ("Lê Thị Mỹ Hạnh", "nghỉ chế độ thai sản"),
                              ("Phan Văn Đạt", "công tác tại tỉnh bạn, có báo cáo")]),
    [D("vote", "báo cáo 9 tháng và phương hướng quý IV", None, 24, 0, 0, 24, "thông qua"),
     D("vote", "Chương trình kiểm tra, giám sát bổ sung năm 2026", None, 23, 1, 0, 24, "thông qua")],
    [T("Thu ngân sách trên địa bàn", 240, 182.4, "tỷ đồng", "9 tháng", "tiến độ"),
     T("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", 300, 215, "hồ sơ", "9 tháng", "tiến độ"),
     T("Kết nạp", 15, 11, "đảng viên", "9 tháng", "tiến độ"),
     T("Tỷ lệ người dân tham gia BHYT", 95, 93.6, "%", "9 tháng", "tiến độ")],
    [K("tập trung đẩy mạnh thu ngân sách, phấn đấu hoàn thành dự toán", "UBND phường", "trước ngày 20/12/2026"),
     K("tham mưu tổng kết công tác xây dựng Đảng năm 2026", "Ban Xây dựng Đảng", "trong tháng 12/2026"),
     K("hoàn chỉnh báo cáo 9 tháng theo ý kiến hội nghị, gửi Thành ủy", "Văn phòng Đảng ủy", "trước ngày 18/10/2026")],
    [S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Hữu Lộc"), S("THƯ KÝ HỘI NGHỊ", None, "Hồ Minh Trí")],
    ["Thành ủy Đà Nẵng (để b/c)", "Các đ/c Ủy viên BCH Đảng bộ phường", "Lưu VPĐU"],
    ["182,4 tỷ đồng/240 tỷ đồng", "76,0%", "215 hồ sơ/300 hồ sơ", "71,7%", "11 đảng viên mới", "93,6%", "24/24", "23 tán thành, 01 không tán thành"],
    ["41-BB/ĐU", "lần thứ 14", "7 giờ 45 phút", "11 giờ 05 phút", "2025 - 2030", "14/10/2026"])

GOLD["bb03_ubnd_xa"] = G(
    "bien_ban", "ỦY BAN NHÂN DÂN XÃ MỸ AN HƯNG", None, "118/BB-UBND",
    "Mỹ An Hưng", "2026-09-26", "Phiên họp thường kỳ tháng 9 năm 2026 của Ủy ban nhân dân xã",
    M("Phiên họp thường kỳ tháng 9 năm 2026", "hội nghị", "14:00", "16:50", "2026-09-26",
      "Phòng họp số 2, Trung tâm Phục vụ hành chính công xã", ["Huỳnh Công Danh"], "Trương Ngọc Diễm", None),
    A(19, None, None, 17, 2, [("Lâm Văn Bé", "dự tập huấn tại tỉnh"),
                              ("Đặng Thị Thu Trang", "nghỉ phép")]),
    [D("vote", "dự thảo Kế hoạch thu ngân sách quý IV/2026", None, 6, 0, 0, 6, "thông qua")],
    [T("Diện tích lúa Thu Đông xuống giống", 3400, 3120, "ha", "vụ", "tiến độ"),
     T("Tổng thu ngân sách nhà nước trên địa bàn", 27000, 21735, "triệu đồng", "9 tháng", "tiến độ")],
    [K("phối hợp các ấp hoàn thành xuống giống vụ Thu Đông", "Phòng Kinh tế", "trước ngày 05/10/2026"),
     K("rà soát, đề xuất nguồn kinh phí lắp camera, báo cáo UBND xã", "Phòng Tài chính - Kế hoạch", "trước ngày 15/10/2026"),
     K("làm rõ nguyên nhân 09 hồ sơ quá hạn, có văn bản xin lỗi công dân theo quy định", "Trung tâm PVHCC", None),
     K("khảo sát cống Rạch Miễu, đề xuất phương án sửa chữa", "Phòng Kinh tế", "trong tháng 10/2026")],
    [S("THƯ KÝ", None, "Trương Ngọc Diễm"), S("CHỦ TỌA", "CHỦ TỊCH", "Huỳnh Công Danh")],
    [],
    ["3.120/3.400 ha", "91,8%", "21.735 triệu đồng", "80,5%", "64,2%", "17/19 tiêu chí", "4.781 hồ sơ (99,8%)", "06/06"],
    ["118/BB-UBND", "14h00", "16h50", "26/9/2026", "tiêu chí số 17"])

GOLD["bb04_daihoi_chibo"] = G(
    "bien_ban", "CHI BỘ TRƯỜNG THCS HỢP THỊNH", "ĐẢNG BỘ XÃ HỢP THỊNH", "02-BB/ĐH",
    "Hợp Thịnh", "2025-04-12", "ĐẠI HỘI CHI BỘ TRƯỜNG THCS HỢP THỊNH NHIỆM KỲ 2025 - 2027",
    M("ĐẠI HỘI CHI BỘ TRƯỜNG THCS HỢP THỊNH NHIỆM KỲ 2025 - 2027", "đại hội", "07:30", "11:20", "2025-04-12",
      "phòng Hội đồng nhà trường", ["Tạ Quang Hưng", "Lê Thị Thu Hà", "Khổng Văn Dũng"], "Phùng Thị Mai Anh", None),
    A(19, 17, 2, 18, 1, [("Đỗ Thị Lụa", "điều trị tại Bệnh viện Đa khoa tỉnh, có đơn xin vắng")]),
    [D("vote", "Đoàn Chủ tịch", None, 16, 0, 0, 16, "thông qua"),
     D("vote", "số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 03 đ/c", None, 16, 0, 0, 16, "thông qua"),
     D("election", "Chi ủy", "Tạ Quang Hưng", 16, None, None, 16, "trúng cử"),
     D("election", "Chi ủy", "Lê Thị Thu Hà", 15, None, None, 16, "trúng cử"),
     D("election", "Chi ủy", "Khổng Văn Dũng", 12, None, None, 16, "trúng cử"),
     D("election", "Chi ủy", "Vũ Đình Khải", 5, None, None, 16, "không trúng cử"),
     D("election", "Bí thư chi bộ", "Tạ Quang Hưng", 3, None, None, 3, "trúng cử"),
     D("election", "Phó Bí thư", "Lê Thị Thu Hà", 3, None, None, 3, "trúng cử"),
     D("election", "đại biểu đi dự Đại hội Đảng bộ xã", None, None, None, None, 16, "trúng cử"),
     D("vote", "Nghị quyết đại hội", None, 16, 0, 0, 16, "thông qua")],
    [T("tỷ lệ học sinh tốt nghiệp THCS", 98, 99.4, "%", "nhiệm kỳ 2022 - 2025", "vượt"),
     T("kết nạp", 3, 4, "đảng viên", "nhiệm kỳ 2022 - 2025", "vượt"),
     T("kết nạp ít nhất 02 đảng viên", 2, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None),
     T("đảng viên hoàn thành tốt nhiệm vụ trở lên", 100, None, "%", "nhiệm kỳ 2025 - 2027", None),
     T("tỷ lệ học sinh vào lớp 10 công lập", 75, None, "%", "nhiệm kỳ 2025 - 2027", None)],
    [],
    [S("T/M ĐOÀN CHỦ TỊCH", None, "Tạ Quang Hưng"), S("THƯ KÝ ĐẠI HỘI", None, "Phùng Thị Mai Anh")],
    [],
    ["99,4%", "16 phiếu", "15 phiếu", "12 phiếu", "05 phiếu", "3/3 phiếu", "16/16", "14/16 đến 16/16"],
    ["02-BB/ĐH", "7h30", "11h20", "2025 - 2027", "2022 - 2025", "2025 - 2030"])

GOLD["bb05_kyluat"] = G(
    "bien_ban", "Chi bộ Văn phòng Ủy ban kiểm tra Tỉnh ủy", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", None,
    None, "2026-06-20", "Xem xét, đề nghị thi hành kỷ luật đảng viên",
    M("họp để xem xét vi phạm của đảng viên Cao Văn Lâm", "chuyên đề", "14:00", "16:15", "2026-06-20",
      "phòng họp tầng 3", ["Bạch Thị Hồng Nhung"], "Ông Thế Vĩnh", None),
    A(14, 12, 2, 13, 1, [("Nông Thị Ngọc Bích", "đi công tác theo Quyết định của Thường trực Tỉnh ủy")]),
    [D("vote", "có thi hành kỷ luật hay không", "Cao Văn Lâm", 10, 1, 0, 11, "thi hành kỷ luật"),
     D("discipline", "hình thức kỷ luật", "Cao Văn Lâm", 8, None, None, 11, "khiển trách")],
    [],
    [K("hoàn chỉnh hồ sơ, báo cáo Đảng ủy các cơ quan Đảng tỉnh", "đ/c Bí thư", "trước ngày 30/6/2026"),
     K("khắc phục, nộp lại chi phí xăng xe sử dụng sai mục đích", "Đảng viên Cao Văn Lâm", "trong tháng 7/2026")],
    [S("Thư ký", None, "Ông Thế Vĩnh"), S("T/M CHI BỘ", "BÍ THƯ", "Bạch Thị Hồng Nhung")],
    [],
    ["04 lần", "9 ý kiến", "03 ý kiến", "10 phiếu", "08/11 phiếu (72,73%)", "03/11 phiếu (27,27%)"],
    ["17-TB/UBKT", "02/6/2026", "14 giờ 00", "16 giờ 15 phút", "quý I/2026"])

GOLD["bc01_danguy_xa"] = G(
    "bao_cao", "ĐẢNG ỦY XÃ PHÚ SƠN LÂM", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "87-BC/ĐU",
    "Phú Sơn Lâm", "2026-07-08",
    "kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026",
    None, None, [],
    [T("kết nạp được 14 đảng viên mới", 25, 14, "đảng viên", "6 tháng", "tiến độ"),
     T("Tổng diện tích gieo trồng", 9850, 6912, "ha", "6 tháng", "tiến độ"),
     T("Diện tích cà phê tái canh", 180, 126.5, "ha", "6 tháng", "tiến độ"),
     T("Thu ngân sách trên địa bàn", 41500, 23655, "triệu đồng", "6 tháng", "tiến độ"),
     T("Tỷ lệ dân số tham gia BHYT", 94, 92.1, "%", "6 tháng", "tiến độ"),
     T("Trồng cây phân tán", 15000, 15600, "cây", "6 tháng", "vượt"),
     T("Tuyển quân", 32, 32, "thanh niên", "KH 2026", "đạt")],
    [K("hoàn thành dự thảo báo cáo tổng kết", "Văn phòng Đảng ủy", "trước ngày 30/11/2026"),
     K("hướng dẫn các chi bộ thôn tạo nguồn, phấn đấu kết nạp đủ 11 đảng viên còn lại", "Ban Xây dựng Đảng", "trong quý IV/2026"),
     K("chỉ đạo UBND xã đẩy nhanh giải phóng mặt bằng dự án hồ chứa nước Đa Sị, bàn giao mặt bằng giai đoạn 1", "Đảng ủy viên phụ trách khối Kinh tế", "trước ngày 15/9/2026"),
     K("Tăng cường thu ngân sách, chống thất thu thuế đối với hộ kinh doanh", None, None),
     K("phải tổ chức bù ngay", "Các chi bộ chưa sinh hoạt chuyên đề", "trong tháng 7/2026"),
     K("giám sát việc thực hiện", "UBKT Đảng ủy", None),
     K("Tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I; chuẩn bị tổng kết năm 2026", None, None)],
    [S("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "K'Brơi Thị Huyền")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tổ chức Tỉnh ủy", "Các chi bộ trực thuộc", "Lưu VT"],
    ["842 đảng viên", "1.684 lượt", "14 đảng viên mới", "56%", "6.912", "23.655", "15.600", "04 vụ"],
    ["87-BC/ĐU", "05-NQ/ĐU", "10/01/2026", "đợt 03/02", "lần thứ I", "08 tháng 7 năm 2026"])

GOLD["bc02_ubnd_phuong"] = G(
    "bao_cao", "UBND PHƯỜNG VĨNH THÔNG", None, "412/BC-UBND",
    "Vĩnh Thông", "2026-11-27",
    "Tình hình kinh tế - xã hội tháng 11 và 11 tháng; nhiệm vụ trọng tâm tháng 12 năm 2026",
    None, None, [],
    [T("Thu ngân sách nhà nước", 96.0, 88.3, "tỷ đồng", "11 tháng", "tiến độ"),
     T("Thành lập mới doanh nghiệp", 60, 64, "DN", "11 tháng", "vượt"),
     T("Giải quyết việc làm", 1200, 1050, "lao động", "11 tháng", "tiến độ"),
     T("Hộ gia đình đạt chuẩn văn hóa", 92, None, "%", "Kế hoạch năm 2026", None),
     T("Tỷ lệ hộ nghèo", 1, 0.62, "%", None, "đạt")],
    [K("đôn đốc các chủ đầu tư đẩy nhanh giải ngân, phấn đấu đạt 100% kế hoạch vốn", "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 31/12/2026"),
     K("phối hợp rà soát nguồn thu, chống thất thu; hoàn thành dự toán thu ngân sách năm 2026", "Đội thuế", None),
     K("tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm", "Phòng Văn hóa - Xã hội", "trước ngày 15/12/2026"),
     K("triển khai cao điểm tấn công trấn áp tội phạm dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi 2027", "Công an phường", None),
     K("tham mưu xây dựng báo cáo tổng kết năm 2026, trình UBND phường", "Văn phòng HĐND-UBND", "trước ngày 20/12/2026")],
    [S("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Dương Hoàng Khải")],
    ["UBND tỉnh (b/c)", "Sở Tài chính", "TT Đảng ủy, HĐND phường", "Lưu: VT"],
    ["2.317 hộ", "1.964 tấn", "83,6%", "14/14 khu phố", "1.126 đối tượng", "0,62%", "98,9%", "61,4%"],
    ["412/BC-UBND", "27 tháng 11 năm 2026", "năm 2027", "Đinh Mùi 2027", "tháng 11/2026"])

GOLD["bc03_hoinongdan"] = G(
    "bao_cao", "BCH HỘI NÔNG DÂN XÃ KHE MO", "HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "26 - BC/HND",
    "Khe Mo", "2025-12-16",
    "Tổng kết công tác Hội và phong trào nông dân năm 2025, phương hướng nhiệm vụ năm 2026",
    None, None, [],
    [T("Kết nạp hội viên mới", 120, 138, "hội viên", "năm 2025", "vượt"),
     T("Hộ đăng ký SXKD giỏi các cấp", 1600, 1712, "hộ", "năm 2025", "vượt"),
     T("Hộ đạt danh hiệu SXKD giỏi", 950, 902, "hộ", "năm 2025", "chưa đạt"),
     T("Xây dựng Quỹ Hỗ trợ nông dân tăng thêm", 150, 150, "triệu đồng", "năm 2025", "đạt"),
     T("Chi hội vững mạnh", 75, 78.6, "%", "năm 2025", "vượt"),
     T("Giới thiệu hội viên ưu tú cho Đảng xem xét kết nạp", 10, 6, "người", "năm 2025", "chưa đạt"),
     T("kết nạp 100 hội viên mới", 100, None, "hội viên", "năm 2026", None),
     T("1.000 hộ đạt danh hiệu SXKD giỏi các cấp", 1000, None, "hộ", "năm 2026", None),
     T("80% chi hội vững mạnh trở lên", 80, None, "%", "năm 2026", None)],
    [K("Tổ chức tuyên truyền Nghị quyết Đại hội Đảng toàn quốc lần thứ XIV đến 100% chi hội", "Ban Tuyên huấn Hội", "trong quý I/2026"),
     K("rà soát danh sách hội viên, hoàn thành việc cấp thẻ hội viên", "Chủ tịch các chi hội", "trước ngày 31/3/2026"),
     K("Phối hợp Trạm Khuyến nông mở ít nhất 10 lớp tập huấn chuyển giao kỹ thuật", None, None),
     K("xây dựng đề án nâng cao chất lượng sinh hoạt chi hội, trình Ban Thường vụ", "Văn phòng Hội", "trong tháng 02/2026")],
    [S("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Ma Văn Thành")],
    ["Hội ND tỉnh (b/c)", "Đảng ủy xã (b/c)", "Các chi hội", "Lưu VP"],
    ["28 chi hội", "3.946 hội viên", "81,3%", "21 tổ TK&VV", "96,74 tỷ đồng", "1.030 lượt hội viên", "22 chi hội vững mạnh", "04 tổ hợp tác"],
    ["26 - BC/HND", "16 tháng 12 năm 2025", "bão số 3", "lần thứ XIV", "3 sao"])

GOLD["nq01_thongbao_ketluan"] = G(
    "nghi_quyet", "ĐẢNG ỦY XÃ QUẢNG ĐỨC", "ĐẢNG BỘ TỈNH QUẢNG NINH", "156-TB/ĐU",
    "Quảng Đức", "2026-11-03", "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ",
    M(None, "hội nghị", None, None, "2026-10-31", None, ["Chìu Văn Sáng"], None, None),
    None, [],
    [T("Cứng hóa kênh mương nội đồng", 8, 6.3, "km", "kế hoạch năm", "tiến độ")],
    [K("đôn đốc nhà thầu tăng ca, hoàn thành đường liên thôn Pò Hèn - Bắc Phong Sinh", "UBND xã", "trước ngày 20/12/2026"),
     K("chủ trì, cùng Ủy ban MTTQ xã vận động 09 hộ còn vướng mắc bàn giao mặt bằng kè suối Khe Lạn", "đồng chí Phó Chủ tịch UBND xã Hoàng Thị Lan", "trong tháng 11/2026"),
     K("rà soát, bổ sung phương án sơ tán dân tại 05 thôn ven suối; kiểm tra hồ đập Khe Mười", "Ban Chỉ huy phòng thủ dân sự xã", "trước ngày 10/11/2026"),
     K("giám sát việc thanh toán khối lượng hoàn thành của các công trình, báo cáo Ban Thường vụ", "Ủy ban kiểm tra Đảng ủy", "trong quý I/2027"),
     K("Hoàn thành cứng hóa 1,7 km kênh mương còn lại", None, "trước khi kết thúc năm 2026"),
     K("theo dõi, đôn đốc việc thực hiện Thông báo này, định kỳ báo cáo Thường trực Đảng ủy", "Văn phòng Đảng ủy", None)],
    [S("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Chìu Văn Sáng")],
    ["Ban Thường vụ Tỉnh ủy (báo cáo)", "Các đ/c Đảng ủy viên", "Đảng ủy, UBND, UBMTTQ xã", "Lưu Văn phòng Đảng ủy"],
    ["04/07 công trình", "65%", "80%", "40%", "71,8%", "6,3/8 km", "09 hộ"],
    ["156-TB/ĐU", "31/10/2026", "30/10/2026", "quý I/2027"])

GOLD["tin01_bch_phuong"] = G(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ phường Tân Mai Bắc", "Đảng bộ thành phố Hồ Chí Minh", None,
    None, "2025-12-18", "Đảng bộ phường Tân Mai Bắc tổng kết công tác năm 2025, 15/16 chỉ tiêu đạt và vượt",
    M("Hội nghị lần thứ 6", "hội nghị BCH", None, None, "2025-12-18", None,
      ["Lý Minh Quân", "Trịnh Thị Bích Vân"], None, None),
    A(39, None, None, 36, 3, []),
    [D("vote", "Nghị quyết về nhiệm vụ năm 2026", None, None, None, None, None, "thông qua")],
    [T("Tổng thu ngân sách trên địa bàn", 1080, 1126, "tỷ đồng", "năm 2025", "vượt"),
     T("kết nạp 68 đảng viên", 60, 68, "đảng viên", "năm 2025", "vượt"),
     T("số người chết do tai nạn giao thông", 6, 9, "người", "năm 2025", "chưa đạt"),
     T("thu ngân sách", 1200, None, "tỷ đồng", "năm 2026", None),
     T("kết nạp ít nhất 65 đảng viên mới", 65, None, "đảng viên", "năm 2026", None),
     T("tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình", 80, None, "%", "năm 2026", None)],
    [K("khẩn trương hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên", "các chi bộ khu phố", "trước ngày 31/12/2025"),
     K("tập trung chỉnh trang đô thị, lập lại trật tự vỉa hè trên các tuyến Lê Văn Sỹ, Trần Huy Liệu", "UBND phường", None)],
    [], [],
    ["15/16 chỉ tiêu", "1.126 tỷ đồng", "104,3%", "68 đảng viên", "9 người", "36/39", "100% khu phố", "47 chi bộ"],
    ["Lượt xem: 1.384", "16:42", "lần thứ 6", "(05/7/2025)", "(14/10/2025)", "đợt 7/11"])

GOLD["tin02_daihoi_phunu"] = G(
    "tin_hoi_nghi", "Hội Liên hiệp Phụ nữ xã Ea Tir", "Hội LHPN tỉnh Đắk Lắk", None,
    None, "2026-04-15", "Đại hội đại biểu Phụ nữ xã Ea Tir lần thứ I, nhiệm kỳ 2026 - 2031 thành công tốt đẹp",
    M("Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031", "đại hội", None, None, "2026-04-15", None,
      ["H'Linh Niê", "Trần Thị Kim Oanh", "Lê Thị Phượng"], None, None),
    A(150, None, None, 146, 4, []),
    [D("election", "Ban Chấp hành khóa I", None, None, None, None, None, "trúng cử"),
     D("election", "Ban Thường vụ", None, None, None, None, None, "trúng cử"),
     D("election", "Chủ tịch Hội LHPN xã", "H'Linh Niê", 15, None, None, 15, "trúng cử"),
     D("election", "Phó Chủ tịch", "Trần Thị Kim Oanh", None, None, None, None, "trúng cử"),
     D("election", "đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ tỉnh Đắk Lắk", None, None, None, None, None, "trúng cử"),
     D("vote", "Nghị quyết Đại hội", None, None, None, None, None, "thông qua")],
    [T("giúp 412 hộ phụ nữ nghèo", 350, 412, "hộ", "nhiệm kỳ 2021 - 2026", "vượt"),
     T("chi hội có mô hình \"Gia đình 5 không 3 sạch\"", 90, 82, "%", "nhiệm kỳ 2021 - 2026", "chưa đạt"),
     T("giúp ít nhất 50 hộ phụ nữ nghèo", 50, None, "hộ", "mỗi năm", None),
     T("chi hội có ít nhất 01 mô hình sinh kế", 100, None, "%", "Nhiệm kỳ 2026 - 2031", None),
     T("tỷ lệ tập hợp hội viên", 85, None, "%", "Nhiệm kỳ 2026 - 2031", None)],
    [K("sớm xây dựng chương trình hành động, ban hành", "Ban Chấp hành khóa mới", "trong quý II/2026"),
     K("quan tâm tập hợp phụ nữ đồng bào dân tộc thiểu số vào sinh hoạt hội", "Ban Chấp hành khóa mới", None)],
    [], [],
    ["146/150 đại biểu", "6.200 hội viên", "34 chi hội", "1.150 hội viên mới", "21 \"Mái ấm tình thương\"", "1,4 tỷ đồng", "15 bà", "07 đại biểu"],
    ["Số lượt xem: 947", "08:05", "lần thứ I", "2026 - 2031", "(10/4/2026)", "khóa I"])

GOLD["tin03_ubnd_xa_soket"] = G(
    "tin_hoi_nghi", "UBND xã Thượng Lâm Sơn", None, None,
    None, "2026-07-08", "UBND xã Thượng Lâm Sơn sơ kết 6 tháng: thu ngân sách mới đạt 38% dự toán",
    M("hội nghị sơ kết nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm", "hội nghị", None, None, "2026-07-08", None,
      ["Ma Văn Tiến"], None, "trực tiếp kết hợp trực tuyến"),
    None, [],
    [T("gieo cấy 1.046 ha lúa xuân", 1040, 1046, "ha", "vụ", "vượt"),
     T("Trồng rừng tập trung", 520, 210, "ha", "6 tháng", "tiến độ"),
     T("thu ngân sách trên địa bàn", 9, 3.42, "tỷ đồng", "6 tháng", "tiến độ")],
    [K("tham mưu đẩy nhanh tiến độ trồng rừng, hoàn thành kế hoạch năm", "Phòng Kinh tế", "trước ngày 30/9/2026"),
     K("rà soát nguồn thu, xây dựng kịch bản thu ngân sách 6 tháng cuối năm, báo cáo UBND xã", "bộ phận tài chính", "trước ngày 20/7/2026"),
     K("phối hợp các trường học chuẩn bị cơ sở vật chất cho năm học 2026 - 2027", "Phòng Văn hóa - Xã hội", "trước ngày 25/8/2026"),
     K("chủ động nắm tình hình, không để xảy ra điểm nóng về an ninh trật tự tại các thôn giáp ranh", "Công an xã", None)],
    [], [],
    ["1.046 ha", "100,6%", "56,8 tạ/ha", "210 ha/520 ha", "6.415 con", "3,42 tỷ đồng/9 tỷ đồng", "38%", "46,5%"],
    ["Lượt đọc: 2.108", "07:30", "18 điểm cầu", "64/GP-BTTTT", "2026 - 2027"])
