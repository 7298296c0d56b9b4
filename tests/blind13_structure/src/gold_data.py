#!/usr/bin/env python3
"""Source of truth for blind13_structure gold. Run to (re)write ../<name>.gold.json."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def meeting(name, kind, start, end, date, place, chairs, secretary, form=None):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date,
            "place": place, "chairs": chairs, "secretary": secretary, "form": form}


def att(total, official, probationary, present, absent, absentees):
    return {"total": total, "official": official, "probationary": probationary,
            "present": present, "absent": absent,
            "absentees": [{"name": n, "reason": r} for n, r in absentees]}


def dec(kind, subject, person, f, against, abstain, base, outcome):
    return {"kind": kind, "subject": subject, "person": person, "for": f,
            "against": against, "abstain": abstain, "base": base, "outcome": outcome}


def tg(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit,
            "period": period, "verdict": verdict}


def tk(text, owner, deadline):
    return {"text": text, "owner": owner, "deadline": deadline}


def sg(role, position, name):
    return {"role": role, "position": position, "name": name}


def doc(genre, issuer, parent, number, place, date, title, mtg, attendance, decisions,
        targets, tasks, signers, recipients, key, noise):
    return {"genre": genre, "issuer": issuer, "issuer_parent": parent, "doc_number": number,
            "place": place, "date": date, "title": title, "meeting": mtg,
            "attendance": attendance, "decisions": decisions, "targets": targets,
            "tasks": tasks, "signers": signers, "recipients": recipients,
            "key_figures": key, "noise_figures": noise}


GOLD = {}

# ---------------------------------------------------------------- biên bản
GOLD["bb01_cb_khupho3_t11_2025"] = doc(
    "bien_ban", "CHI BỘ KHU PHỐ 3", "ĐẢNG BỘ PHƯỜNG LONG PHƯỚC", None, "Long Phước", "2025-11-12",
    "Họp chi bộ thường kỳ tháng 11/2025",
    meeting("Họp chi bộ thường kỳ tháng 11/2025", "thường kỳ", "19:30", "21:10", "2025-11-12",
            "Hội trường Khu phố 3", ["Đặng Thị Ngọc Trâm"], "Lý Quang Vinh"),
    att(31, 29, 2, 27, 4, [("Tô Văn Hiển", "đi điều trị bệnh tại Bệnh viện Chợ Rẫy"),
                           ("Châu Mỹ Linh", "nghỉ chăm con nhỏ"),
                           ("Huỳnh Tấn Phát", "bận công tác trực Công an phường"),
                           ("Võ Thành Đạt", "không lý do")]),
    [dec("vote", "Đề nghị Đảng ủy phường xét công nhận đảng viên chính thức cho đồng chí Mai Hoàng Yến",
         "Mai Hoàng Yến", 25, None, None, 25, "đề nghị công nhận đảng viên chính thức"),
     dec("vote", "Thông qua danh sách 02 quần chúng ưu tú giới thiệu đi học lớp nhận thức về Đảng", None,
         24, 1, 0, 25, "thông qua")],
    [tg('vận động Quỹ "Vì người nghèo"', 15, 18.6, "triệu đồng", "năm 2025", "vượt"),
     tg("lắp camera an ninh", 60, 42, "hộ", "năm 2025", "tiến độ")],
    [tk("Tổ chức Ngày hội Đại đoàn kết ở khu phố", "đồng chí Trưởng Ban công tác Mặt trận khu phố",
        "trước ngày 18/11/2025"),
     tk("hoàn chỉnh hồ sơ công nhận đảng viên chính thức cho đồng chí Mai Hoàng Yến", "Đồng chí Lý Quang Vinh",
        "trước ngày 25/11/2025"),
     tk("Rà soát, vận động thêm 18 hộ lắp camera để hoàn thành chỉ tiêu năm", None, None),
     tk("chuẩn bị tổng kết năm 2025", "Các chi hội, đoàn thể", None)],
    [sg("THƯ KÝ", None, "Lý Quang Vinh"), sg("CHỦ TỌA", None, "Đặng Thị Ngọc Trâm")],
    [],
    ["31 đồng chí (29 chính thức, 2 dự bị)", "Có mặt 27 đồng chí", "vắng 4 đồng chí", "18,6 triệu đồng",
     "42 hộ", "31/31", "tán thành 25/25", "tán thành 24 đồng chí"],
    ["19 giờ 30 phút", "12/11/2025", "hẻm 12", "21 giờ 10 phút", "18/11/2025", "tháng 12/2025"])

GOLD["bb02_cb_truong_thcs_chuyende_q3_2024"] = doc(
    "bien_ban", "CHI BỘ TRƯỜNG THCS CAM THÀNH", "ĐẢNG BỘ HUYỆN CAM LỘ", "07-BB/CB", None, "2024-09-25",
    "SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024",
    meeting("sinh hoạt chuyên đề quý III năm 2024", "chuyên đề", "14:00", "16:45", "2024-09-25",
            "Phòng Hội đồng Trường THCS Cam Thành", ["Lê Thị Thu Sương"], "Hồ Văn Định"),
    att(17, 15, 2, 16, 1, [("Trương Thị Kim Oanh", "đang đưa học sinh dự thi học sinh giỏi tại tỉnh")]),
    [dec("vote", "thông qua chuyên đề", None, 16, None, None, 16, "thông qua")],
    [tg("xếp loại hạnh kiểm (rèn luyện) tốt, khá", 95, 97.27, "%", "năm học 2023 - 2024", "vượt"),
     tg("Tỷ lệ học sinh lên lớp thẳng", 97, 96.5, "%", "năm học 2023 - 2024", "chưa đạt")],
    [tk("Xây dựng quy tắc ứng xử trong nhà trường năm học 2024 - 2025", "đồng chí Phạm Thị Hòa",
        "trong tháng 10/2024"),
     tk("Thành lập tổ tư vấn tâm lý học đường", "đồng chí Lê Thị Mai", "trước ngày 15/10/2024"),
     tk('phối hợp Chi đoàn tổ chức diễn đàn "Nói không với bạo lực học đường"', "Giáo viên chủ nhiệm",
        "vào tháng 11/2024"),
     tk("đăng ký ít nhất một việc làm cụ thể làm theo chuyên đề", "Mỗi đảng viên", "tại kỳ sinh hoạt tháng 10")],
    [sg("THƯ KÝ", None, "Hồ Văn Định"), sg("T/M CHI BỘ", "BÍ THƯ", "Lê Thị Thu Sương")],
    [],
    ["17 đảng viên", "Dự sinh hoạt có 16 đồng chí", "512 học sinh", "498 em", "97,27%", "96,5%", "6 ý kiến",
     "100% đảng viên có mặt tán thành"],
    ["14h00", "16h45", "07-BB/CB", "QUÝ III NĂM 2024", "2024 - 2025", "15/10/2024"])

GOLD["bb03_bch_dangbo_xa_lan4_2025"] = doc(
    "bien_ban", "ĐẢNG ỦY XÃ HÙNG CHÂU", "ĐẢNG BỘ TỈNH NGHỆ AN", "11-BB/ĐU", "Hùng Châu", "2025-12-03",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 4, KHÓA I, NHIỆM KỲ 2025 - 2030",
    meeting("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 4", "hội nghị BCH", "07:30", "11:45", "2025-12-03",
            "Hội trường Ủy ban nhân dân xã Hùng Châu", ["Lê Đình Sơn", "Phan Thị Thanh"], "Đậu Văn Tuấn"),
    att(29, None, None, 26, 3, [("Nguyễn Văn Khiêm", "học lớp cao cấp lý luận chính trị"),
                                ("Bùi Thị Nguyệt", "nghỉ thai sản"),
                                ("Hoàng Minh Châu", "đi công tác tại tỉnh")]),
    [dec("vote", "Thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I (sửa đổi)", None,
         26, None, None, 26, "thông qua"),
     dec("vote", "giới thiệu đồng chí Nguyễn Thị Quỳnh, Bí thư Đoàn xã, để bầu bổ sung vào Ban Thường vụ",
         "Nguyễn Thị Quỳnh", 23, None, None, 26, "giới thiệu bầu bổ sung Ban Thường vụ")],
    [tg("Thu ngân sách trên địa bàn", 18.5, 14.8, "tỷ đồng", "năm 2025", "tiến độ"),
     tg("Xây dựng mới 3,2 km đường giao thông nông thôn", 3, 3.2, "km", "năm 2025", "vượt"),
     tg("Kết nạp 9 đảng viên mới", 12, 9, "đảng viên", "năm 2025", "tiến độ"),
     tg("Tỷ lệ hộ nghèo", 3, 2.9, "%", "năm 2025", "đạt")],
    [tk("tập trung thu các khoản thuế, phí còn lại, phấn đấu hoàn thành dự toán thu", "Ủy ban nhân dân xã",
        "trước ngày 31/12/2025"),
     tk("tham mưu kết nạp đủ 3 đảng viên còn lại của chỉ tiêu năm", "Ban Xây dựng Đảng", "trong tháng 12/2025"),
     tk("chủ trì, phối hợp các ban xây dựng dự thảo Chương trình làm việc toàn khóa, trình Ban Thường vụ",
        "Văn phòng Đảng ủy", "trước ngày 20/12/2025")],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Lê Đình Sơn"), sg("THƯ KÝ HỘI NGHỊ", None, "Đậu Văn Tuấn")],
    [],
    ["29 đồng chí", "có mặt 26 đồng chí", "14,8 tỷ đồng", "3,2 km", "9 đảng viên mới", "2,9%", "26/26",
     "23/26 phiếu, đạt 88,46%"],
    ["11-BB/ĐU", "7 giờ 30", "03/12/2025", "LẦN THỨ 4", "2025 - 2030", "8 ý kiến"])

GOLD["bb04_daihoi_cb_thon_ban_2025"] = doc(
    "bien_ban", "CHI BỘ THÔN GÒ KHÔN", "ĐẢNG BỘ XÃ BA TƠ", None, None, "2025-05-14",
    "ĐẠI HỘI CHI BỘ THÔN GÒ KHÔN LẦN THỨ XII, NHIỆM KỲ 2025 - 2027",
    meeting("Đại hội lần thứ XII, nhiệm kỳ 2025 - 2027", "đại hội", "07:30", "16:00", "2025-05-14",
            "Nhà sinh hoạt cộng đồng thôn Gò Khôn", ["Phạm Văn Lực", "Đinh Thị Hằng"], "Trần Văn Kha"),
    att(23, 21, 2, 22, 1, [("Đinh Văn Rưa", "đi làm thuê ở Bình Dương, có báo cáo")]),
    [dec("election", "Bầu Chi ủy", "Phạm Văn Lực", 19, None, None, 19, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Đinh Thị Hằng", 17, None, None, 19, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Trần Văn Kha", 15, None, None, 19, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Hồ Thị Lý", 6, None, None, 19, "không trúng cử"),
     dec("election", "Bầu Bí thư Chi bộ", "Phạm Văn Lực", 18, None, None, 20, "trúng cử"),
     dec("election", "Bầu Phó Bí thư Chi bộ", "Đinh Thị Hằng", 16, None, None, 20, "trúng cử"),
     dec("resolution", "thông qua Nghị quyết Đại hội", None, 20, None, None, 20, "thông qua")],
    [tg("thu nhập bình quân", 40, 42, "triệu đồng/người/năm", "nhiệm kỳ 2022 - 2025", "vượt"),
     tg("tỷ lệ hộ nghèo", 5, 6.5, "%", "nhiệm kỳ 2022 - 2025", "chưa đạt"),
     tg("kết nạp 4 đảng viên", 4, 4, "đảng viên", "nhiệm kỳ 2022 - 2025", "đạt"),
     tg("thu nhập bình quân đến năm 2027", 50, None, "triệu đồng/người/năm", "năm 2027", None),
     tg("kết nạp ít nhất 3 đảng viên mới", 3, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None),
     tg("trồng mới 20 ha keo", 20, None, "ha", "nhiệm kỳ 2025 - 2027", None)],
    [tk("hoàn chỉnh hồ sơ đại hội, gửi Đảng ủy xã", "Chi ủy mới", "trong vòng 5 ngày làm việc")],
    [sg("T/M ĐOÀN CHỦ TỊCH", None, "Phạm Văn Lực"), sg("ĐOÀN THƯ KÝ", None, "Trần Văn Kha")],
    [],
    ["23 đảng viên (21 chính thức, 2 dự bị)", "có mặt 22 đồng chí", "42 triệu đồng", "6,5%", "hợp lệ 19 phiếu",
     "17/19 phiếu", "18/20 phiếu", "16/20 phiếu"],
    ["7 giờ 30 phút", "LẦN THỨ XII", "2025 - 2027", "2022 - 2025", "16 giờ 00 phút", "5 ngày làm việc"])

_BKP = "bầu Ban Chấp hành Đảng bộ phường"
GOLD["bb05_kiemphieu_dh_dangbo_phuong_2025"] = doc(
    "bien_ban", "BAN KIỂM PHIẾU", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I", None, "Tân Thành", "2025-07-18",
    "bầu Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030",
    meeting("Đại hội đại biểu Đảng bộ phường Tân Thành lần thứ I, nhiệm kỳ 2025 - 2030", "đại hội", "10:15",
            "11:40", "2025-07-18", "Hội trường Trung tâm Chính trị phường Tân Thành", ["Quách Văn Nhựt"],
            "Tăng Minh Trí"),
    att(200, None, None, 196, 4, []),
    [dec("election", _BKP, "Huỳnh Quốc Việt", 192, None, None, 194, "trúng cử"),
     dec("election", _BKP, "Trần Thị Bích Ngọc", 187, None, None, 194, "trúng cử"),
     dec("election", _BKP, "Danh Hoàng Sang", 121, None, None, 194, "trúng cử"),
     dec("election", _BKP, "Lữ Văn Tâm", 104, None, None, 194, "trúng cử"),
     dec("election", _BKP, "Kim Thị Sa Rươl", 96, None, None, 194, "không trúng cử"),
     dec("election", _BKP, "Châu Thanh Phong", 88, None, None, 194, "không trúng cử"),
     dec("election", _BKP, "Đỗ Ngọc Hân", 71, None, None, 194, "không trúng cử")],
    [], [],
    [sg("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Quách Văn Nhựt"), sg("THƯ KÝ", None, "Tăng Minh Trí")],
    [],
    ["200 đại biểu", "196 đại biểu", "Số phiếu hợp lệ: 194 phiếu", "Số phiếu không hợp lệ: 2 phiếu",
     "192 phiếu, đạt 98,97%", "104 phiếu, đạt 53,61%", "96 phiếu, đạt 49,48%", "34 đồng chí"],
    ["10 giờ 15 phút", "18/7/2025", "LẦN THỨ I", "2025 - 2030", "11 giờ 40 phút", "03 bản"])

GOLD["bb06_hoinghi_cbcc_xa_2026"] = doc(
    "bien_ban", "ỦY BAN NHÂN DÂN XÃ BẢO HÀ", "UBND TỈNH LÀO CAI", "24/BB-UBND", "Bảo Hà", "2026-01-16",
    "Hội nghị cán bộ, công chức, viên chức năm 2026",
    meeting("Hội nghị cán bộ, công chức, viên chức năm 2026", "hội nghị", "08:00", "11:20", "2026-01-16",
            "Phòng họp số 1, trụ sở UBND xã Bảo Hà", ["Hoàng Văn Thắng", "Lò Thị Mến"], "Phạm Thị Thùy Dung"),
    att(46, None, None, 43, 3, [("Vàng Thị Dợ", "nghỉ ốm"), ("Lục Văn Chiến", "đi tập huấn tại tỉnh"),
                                ("Hà Đức Minh", "đang trực tại điểm sạt lở thôn Bắc Cuông")]),
    [dec("vote", "thông qua Quy chế chi tiêu nội bộ năm 2026", None, 41, 2, None, 43, "thông qua"),
     dec("election", "Bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2027", None, 43, None, None, 43, "trúng cử")],
    [tg("tỷ lệ hồ sơ trực tuyến toàn trình", 60, 68, "%", "năm 2025", "vượt"),
     tg("tỷ lệ hồ sơ trực tuyến toàn trình năm 2026", 75, None, "%", "năm 2026", None)],
    [tk("hoàn thiện Quy chế chi tiêu nội bộ, trình Chủ tịch UBND xã ký ban hành", "Văn phòng - Thống kê",
        "trước ngày 25/01/2026"),
     tk("mua sắm 4 máy tính cho Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế", "trong quý I/2026")],
    [sg("THƯ KÝ", None, "Phạm Thị Thùy Dung"), sg("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Thắng")],
    [],
    ["46 người", "có mặt 43 người", "4.315 hồ sơ", "99,21%", "68%", "212 triệu đồng", "41/43", "43/43"],
    ["24/BB-UBND", "8 giờ 00", "16/01/2026", "2026 - 2027", "11 giờ 20 phút", "7 ý kiến"])

GOLD["bb07_kyluat_cb_ubnd_2024"] = doc(
    "bien_ban", "CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN", "ĐẢNG ỦY THỊ TRẤN PHÚ MỸ", None, None, "2024-08-22",
    "HỌP CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    meeting("HỌP CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "15:00", "17:05",
            "2024-08-22", "Phòng họp trực tuyến Ủy ban nhân dân thị trấn Phú Mỹ", ["Thái Minh Nhân"],
            "Đoàn Thị Kiều"),
    att(19, 18, 1, 18, 1, [("Kha Văn Lượm", "đi khám sức khỏe định kỳ")]),
    [dec("discipline", "thi hành kỷ luật đồng chí Lương Văn Tín bằng hình thức khiển trách", "Lương Văn Tín",
         11, None, None, 16, "khiển trách")],
    [],
    [tk("hoàn chỉnh hồ sơ đề nghị kỷ luật, gửi Ủy ban Kiểm tra Đảng ủy thị trấn", "đồng chí Đoàn Thị Kiều",
        "trước ngày 30/8/2024"),
     tk("khắc phục, thu hồi 02 giấy phép sai quy định", "Đồng chí Lương Văn Tín", "trong tháng 9/2024"),
     tk("tự rà soát hồ sơ đất đai năm 2024, báo cáo Chi bộ", "Các đảng viên công tác tại bộ phận một cửa",
        "vào kỳ họp tháng 9")],
    [sg("NGƯỜI GHI BIÊN BẢN", None, "Đoàn Thị Kiều"), sg("BÍ THƯ CHI BỘ", None, "Thái Minh Nhân")],
    [],
    ["19 đồng chí (18 chính thức, 1 dự bị)", "dự họp 18 đồng chí", "02 trường hợp", "9 ý kiến",
     "hợp lệ 16 phiếu", "11 phiếu, chiếm 68,75%", "Không kỷ luật: 2 phiếu", "Cảnh cáo: 3 phiếu"],
    ["15 giờ 00 phút", "22/8/2024", "69-QĐ/TW", "17 giờ 05 phút", "30/8/2024", "tháng 9/2024"])

GOLD["bb08_cb_thon_thuongky_t3_2019"] = doc(
    "bien_ban", "CHI BỘ THÔN ĐỒNG MÔ", "ĐẢNG BỘ XÃ YÊN PHÚ", None, None, "2019-03-05",
    "SINH HOẠT CHI BỘ Tháng 3 năm 2019",
    meeting("SINH HOẠT CHI BỘ Tháng 3 năm 2019", "thường kỳ", "08:00", "10:30", "2019-03-05",
            "nhà văn hóa thôn", ["Ma Văn Định"], "Hoàng Thị Loan"),
    att(38, None, None, 29, 3, [("Nông Văn Quý", "ốm"), ("Hà Thị Nhàn", "đi làm công ty"),
                                ("Lường Văn Khiêm", "không lý do")]),
    [dec("vote", "Kết nạp quần chúng Triệu Văn Phong vào Đảng", "Triệu Văn Phong", 28, None, None, 28,
         "đồng ý kết nạp"),
     dec("resolution", "Nghị quyết tháng 3", None, 29, None, None, 29, "thông qua")],
    [tg("Gieo cấy lúa xuân", 45, 41, "ha", "vụ xuân 2019", "tiến độ"),
     tg("Trồng rừng sản xuất", 30, 12, "ha", "năm 2019", "tiến độ"),
     tg("Giao quân năm 2019", 3, 3, "thanh niên", "năm 2019", "đạt")],
    [tk("Hoàn thành gieo cấy 4 ha lúa còn lại", "Trưởng thôn", "trước ngày 15/3/2019"),
     tk("Nạo vét kênh Khe Cạn dài 1,2 km", "Chi đoàn thanh niên", "trước Tết Thanh minh"),
     tk("vận động hội viên trồng cây phân tán", "Đồng chí Hoàng Thị Loan, Chi hội trưởng Phụ nữ", "trong tháng 3"),
     tk("Tiếp tục trồng rừng sản xuất theo kế hoạch", None, None),
     tk("hoàn thiện hồ sơ kết nạp quần chúng Triệu Văn Phong, gửi Đảng ủy xã", "Chi ủy", "trước ngày 20/3/2019")],
    [sg("Thư ký", None, "Hoàng Thị Loan"), sg("Chủ trì", None, "Ma Văn Định")],
    [],
    ["38 đồng chí", "6 đồng chí được miễn sinh hoạt", "dự họp 29 đồng chí", "41 ha/45 ha", "91,11%", "685 con",
     "28/28", "29/29"],
    ["05-3-2019", "8 giờ 00", "1,2 km", "15/3/2019", "10 giờ 30", "20/3/2019"])

# ---------------------------------------------------------------- báo cáo
GOLD["bc09_dangu_xa_9thang_2025"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ ĐẠ TẺH 2", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "38-BC/ĐU", "Đạ Tẻh 2", "2025-09-26",
    "kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng đầu năm, phương hướng, nhiệm vụ 3 tháng cuối năm 2025",
    None, None, [],
    [tg("Tổng diện tích gieo trồng", 4000, 3920, "ha", "năm 2025", "tiến độ"),
     tg("Thu ngân sách nhà nước trên địa bàn", 9600, 7056, "triệu đồng", "năm 2025", "tiến độ"),
     tg("Xây dựng nhà đại đoàn kết", 12, 14, "căn", "năm 2025", "vượt"),
     tg("Tỷ lệ dân số tham gia bảo hiểm y tế", 93, 94.2, "%", "năm 2025", "vượt"),
     tg("Kết nạp đảng viên mới", 15, 8, "đảng viên", "năm 2025", "tiến độ")],
    [tk("Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm", None, None),
     tk("Chỉ đạo kết nạp 7 đảng viên còn lại để hoàn thành chỉ tiêu năm 2025", "Ban Xây dựng Đảng",
        "trước ngày 15/12/2025"),
     tk("hoàn thành bàn giao mặt bằng dự án hồ chứa nước Đạ Lây", "Ủy ban nhân dân xã", "trong tháng 11/2025"),
     tk("Chuẩn bị tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
        "Ủy ban Kiểm tra Đảng ủy", "trước 31/12/2025")],
    [sg("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Ka Thị Hoa")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Ủy viên BCH Đảng bộ xã", "Lưu Văn phòng Đảng ủy"],
    ["3.920 ha", "7.056", "116,67", "94,2", "3,1%", "420 lượt", "1.126 đảng viên", "5 vụ"],
    ["38-BC/ĐU", "26 tháng 9 năm 2025", "2 buổi/ngày", "đợt 2/9", "15/12/2025", "3 tháng cuối năm 2025"])

GOLD["bc10_ubnd_phuong_quy1_2026"] = doc(
    "bao_cao", "ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN", "UBND TỈNH HƯNG YÊN", "57/BC-UBND", "Phố Hiến", "2026-03-27",
    "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I, nhiệm vụ trọng tâm quý II năm 2026",
    None, None, [],
    [tg("Tổng thu ngân sách nhà nước trên địa bàn", 210, 46.2, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("giấy chứng nhận quyền sử dụng đất lần đầu", 900, 312, "giấy", "năm 2026", "tiến độ"),
     tg("Phát triển mới 65 doanh nghiệp", 50, 65, "doanh nghiệp", "quý I năm 2026", "vượt"),
     tg("giải quyết việc làm", 450, 410, "lao động", "quý I năm 2026", "chưa đạt"),
     tg("chỉ tiêu giao quân năm 2026", 47, 47, "công dân", "năm 2026", "đạt")],
    [tk("chủ trì đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân, báo cáo Chủ tịch UBND phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 30/6/2026"),
     tk("Đẩy mạnh cấp giấy chứng nhận quyền sử dụng đất", "Văn phòng đăng ký đất đai chi nhánh", None),
     tk("ra quân lập lại trật tự vỉa hè trên các tuyến phố Điện Biên, Bãi Sậy", "Công an phường",
        "trong tháng 4/2026"),
     tk("duy trì tỷ lệ hồ sơ giải quyết đúng hạn", "Trung tâm Phục vụ hành chính công phường", None),
     tk("Chuẩn bị tổ chức các hoạt động kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước", None, None)],
    [sg("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Đào Xuân Trường")],
    ["UBND tỉnh (để báo cáo)", "Thường trực Đảng ủy phường", "Thường trực HĐND phường", "Lưu: VT"],
    ["46,2 tỷ đồng", "22%", "8,7%", "312 giấy", "31,4 tỷ đồng", "26,2%", "65 doanh nghiệp", "410 lao động"],
    ["57/BC-UBND", "27 tháng 3 năm 2026", "51 năm", "30/6/2026", "quý II năm 2026", "tháng 4/2026"])

GOLD["bc11_cb_cty_nam_2023"] = doc(
    "bao_cao", "CHI BỘ NHÀ MÁY NƯỚC PHÚ TÀI", "ĐẢNG BỘ CÔNG TY CP CẤP THOÁT NƯỚC", None, "Quy Nhơn", "2023-12-08",
    "TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG VÀ NHIỆM VỤ CHÍNH TRỊ NĂM 2023",
    None, None, [],
    [tg("Sản lượng nước sản xuất", 8.5, 8.74, "triệu m3", "năm 2023", "vượt"),
     tg("Tỷ lệ thất thoát nước", 15, 14.6, "%", "năm 2023", "đạt"),
     tg("Doanh thu", 64, 61.3, "tỷ đồng", "năm 2023", "chưa đạt"),
     tg("Kết nạp 2 đảng viên mới", 2, 2, "đảng viên", "năm 2023", "đạt"),
     tg("sản lượng nước sản xuất 9 triệu m3", 9, None, "triệu m3", "năm 2024", None),
     tg("tỷ lệ thất thoát dưới 14%", 14, None, "%", "năm 2024", None),
     tg("kết nạp 2 đảng viên mới", 2, None, "đảng viên", "năm 2024", None)],
    [tk("chỉ đạo thay thế 1,8 km tuyến ống gang cũ trên đường Hùng Vương", "Đồng chí Giám đốc nhà máy",
        "trước 30/6/2024"),
     tk("lắp đặt đồng hồ tổng phân vùng để kiểm soát thất thoát", "Tổ Kỹ thuật", "trong quý II/2024"),
     tk("bồi dưỡng 2 quần chúng ưu tú", "Chi ủy", None),
     tk("Duy trì sinh hoạt chi bộ thường kỳ và chuyên đề theo quy định", None, None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Trương Công Lý")],
    ["Đảng ủy Công ty (b/c)", "Lưu Chi bộ"],
    ["24 đảng viên", "8,74 triệu m3", "102,82%", "14,6%", "61,3 tỷ đồng", "95,78%", "4 đồng chí (18,18%)",
     "16 đồng chí (72,73%)"],
    ["08 tháng 12 năm 2023", "NĂM 2023", "1,8 km", "30/6/2024", "quý II/2024", "3 đợt"])

GOLD["bc12_so_gddt_hk1_2024"] = doc(
    "bao_cao", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND TỈNH TÂY NINH", "412/BC-SGDĐT", "Tây Ninh", "2024-02-20",
    "Sơ kết học kỳ I, nhiệm vụ trọng tâm học kỳ II năm học 2023 - 2024",
    None, None, [],
    [tg("Trường đạt chuẩn quốc gia", 330, 318, "trường", "năm học 2023 - 2024", "tiến độ"),
     tg("Kiên cố hóa phòng học", 180, 146, "phòng", "năm 2024", "tiến độ"),
     tg("Bồi dưỡng giáo viên cốt cán", 1200, 1250, "lượt", "học kỳ I năm học 2023 - 2024", "vượt"),
     tg("Tỷ lệ học sinh bỏ học", 0.3, 0.31, "%", "năm học 2023 - 2024", "tiến độ")],
    [tk("Tham mưu UBND tỉnh giao bổ sung chỉ tiêu tuyển dụng giáo viên", "Phòng Tổ chức cán bộ",
        "trước ngày 31/3/2024"),
     tk("phối hợp Ủy ban nhân dân các xã biên giới vận động học sinh bỏ học trở lại lớp",
        "Phòng Giáo dục Trung học", None),
     tk("Tổ chức Kỳ thi tốt nghiệp THPT năm 2024 an toàn, nghiêm túc", "Phòng Quản lý chất lượng", None),
     tk("Đẩy nhanh tiến độ kiểm tra, công nhận 12 trường đạt chuẩn quốc gia còn lại", None, "trong năm học"),
     tk("Hoàn thành bàn giao 34 phòng học còn lại", "Văn phòng Sở", "trước ngày 15/8/2024")],
    [sg("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Kim Loan")],
    ["Như trên", "Bộ GDĐT (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, VP"],
    ["512 cơ sở giáo dục", "289.460 học sinh", "99,6%", "318 trường", "146 phòng học", "1.250 lượt", "0,31%",
     "426 giáo viên"],
    ["412/BC-SGDĐT", "20 tháng 02 năm 2024", "2023 - 2024", "2018", "31/3/2024", "15/8/2024"])

GOLD["bc13_hoi_nong_dan_xa_2022"] = doc(
    "bao_cao", "BCH HỘI NÔNG DÂN XÃ EA KÊNH", "HỘI NÔNG DÂN HUYỆN KRÔNG PẮC", "21/BC-HND", "Ea Kênh", "2022-11-15",
    "Kết quả công tác Hội và phong trào nông dân năm 2022, phương hướng nhiệm vụ năm 2023",
    None, None, [],
    [tg("kết nạp mới 84 hội viên", 80, 84, "hội viên", "năm 2022", "vượt"),
     tg("Quỹ Hỗ trợ nông dân", 200, 150, "triệu đồng", "năm 2022", "chưa đạt"),
     tg("kết nạp 70 hội viên mới", 70, None, "hội viên", "năm 2023", None),
     tg("tăng nguồn Quỹ Hỗ trợ nông dân thêm 200 triệu đồng", 200, None, "triệu đồng", "năm 2023", None),
     tg("có từ 500 hộ đạt sản xuất kinh doanh giỏi các cấp trở lên", 500, None, "hộ", "năm 2023", None)],
    [tk("xây dựng kế hoạch vận động Quỹ, trình Ban Thường vụ", "Thường trực Hội", "trước ngày 15/01/2023"),
     tk("rà soát, lập danh sách hội viên đăng ký sản xuất kinh doanh giỏi năm 2023, gửi Hội xã",
        "Các chi hội trưởng", "trước ngày 28/02/2023"),
     tk("Phối hợp Trạm Khuyến nông mở ít nhất 8 lớp tập huấn chuyển giao khoa học kỹ thuật", None, None),
     tk("chủ trì xây dựng mô hình tổ hội nghề nghiệp trồng sầu riêng", "chi hội thôn 6, thôn 7",
        "trong quý III/2023")],
    [sg("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Y Blin Niê")],
    ["Hội Nông dân huyện (b/c)", "Đảng ủy, UBND xã (b/c)", "Lưu VP"],
    ["3.210 hộ", "1.962 hội viên", "84 hội viên", "512 hộ", "78,17%", "1.350 triệu đồng", "38,6 tỷ đồng", "0,18%"],
    ["21/BC-HND", "15 tháng 11 năm 2022", "thôn 6", "15/01/2023", "28/02/2023", "quý III/2023"])

GOLD["bc14_dangu_benhvien_6thang_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH", "ĐẢNG BỘ TỈNH PHÚ THỌ", "112-BC/ĐU", "Việt Trì", "2026-06-30",
    "sơ kết công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2026",
    None, None, [],
    [tg("Tổng số lượt khám bệnh", 420000, 218400, "lượt", "năm 2026", "tiến độ"),
     tg("Thực hiện 46 kỹ thuật mới", 40, 46, "kỹ thuật", "năm 2026", "vượt"),
     tg("Tỷ lệ hài lòng của người bệnh nội trú", 95, 96.8, "%", "năm 2026", "vượt"),
     tg("Kết nạp 6 đảng viên mới", 15, 6, "đảng viên", "năm 2026", "tiến độ"),
     tg("Kiểm tra 4 chi bộ theo chương trình", 4, 4, "chi bộ", "6 tháng đầu năm 2026", "đạt")],
    [tk("Đưa vào vận hành hệ thống bệnh án điện tử toàn viện", "Phòng Công nghệ thông tin", "Trước 30/9/2026"),
     tk("Hoàn thiện đề án thành lập Trung tâm Ung bướu", "Phòng Kế hoạch tổng hợp", "Quý IV/2026"),
     tk("Kết nạp 9 đảng viên mới còn lại", "Các chi bộ lâm sàng", "Trước 15/12/2026"),
     tk("Tổ chức kiểm điểm, xếp loại chất lượng cuối năm", "Văn phòng Đảng ủy", "Tháng 12/2026"),
     tk("tiếp tục thực hiện Chỉ thị 05-CT/TW gắn với quy tắc ứng xử của nhân viên y tế", "các chi bộ", None),
     tk("chỉ đạo giảm thời gian chờ khám xuống dưới 60 phút", "Ban Giám đốc", None)],
    [sg("T/M ĐẢNG ỦY", "BÍ THƯ", "Phùng Văn Quang")],
    ["Ban Thường vụ Tỉnh ủy (để b/c)", "Ban Tổ chức Tỉnh ủy", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    ["218.400 lượt", "31.650 lượt", "108,5%", "96,8%", "412,5 tỷ đồng", "9,1%", "386 đảng viên", "6 đảng viên mới"],
    ["112-BC/ĐU", "30 tháng 6 năm 2026", "05-CT/TW", "60 phút", "Phần thứ hai", "Trước 30/9/2026"])

# ---------------------------------------------------------------- nghị quyết / kết luận
GOLD["nq15_cb_thon_t4_2026"] = doc(
    "nghi_quyet", "CHI BỘ THÔN LÀNG TRÒ", "ĐẢNG BỘ XÃ THANH SƠN", "04-NQ/CB", "Thanh Sơn", "2026-04-08",
    "sinh hoạt chi bộ tháng 4 năm 2026",
    meeting(None, None, None, None, "2026-04-07", None, [], None),
    None,
    [dec("resolution", "Nghị quyết được 100% đảng viên có mặt (18/18) biểu quyết thông qua", None,
         18, None, None, 18, "thông qua")],
    [tg("gieo trồng vụ xuân 62 ha", 62, 62, "ha", "tháng 3 năm 2026", "đạt"),
     tg("trồng mới 8,5 ha rừng", 20, 8.5, "ha", "năm 2026", "tiến độ"),
     tg("phấn đấu trồng thêm 5 ha trong tháng 4", 5, None, "ha", "tháng 4 năm 2026", None)],
    [tk("Chăm sóc lúa xuân, phòng trừ sâu cuốn lá nhỏ và bệnh đạo ôn", None, None),
     tk("Tiếp tục trồng rừng, phấn đấu trồng thêm 5 ha", None, "trong tháng 4"),
     tk("Tổ chức tổng vệ sinh môi trường khu chăn nuôi tập trung", None, "vào ngày 19/4/2026"),
     tk("Hướng dẫn các hộ kê khai, nộp hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất", None, None),
     tk("Chuẩn bị nội dung sinh hoạt chuyên đề quý II về chuyển đổi số trong nông nghiệp", None, None),
     tk("Vận động đoàn viên thanh niên tham gia hiến máu tình nguyện đợt 1 năm 2026", None, None),
     tk("chỉ đạo chung và kiểm tra việc thực hiện nghị quyết", "Đồng chí Bí thư chi bộ", None),
     tk("phân công các tổ tự quản tổ chức tổng vệ sinh, báo cáo kết quả", "Trưởng thôn Đinh Văn Cường",
        "trước ngày 25/4/2026"),
     tk("phối hợp cán bộ khuyến nông xã hướng dẫn phòng trừ sâu bệnh", "Chi hội Nông dân", "trong tháng 4/2026"),
     tk("phụ trách chuẩn bị chuyên đề quý II", "Đồng chí Hà Thị Nga, Chi ủy viên", "trước ngày 05/5/2026"),
     tk("chủ động tổ chức thực hiện", "Các đảng viên theo nhiệm vụ được phân công", None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Đinh Công Thành")],
    ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
    ["62 ha", "8,5 ha", "14,2 triệu đồng", "2 quần chúng", "5 ha", "18/18"],
    ["04-NQ/CB", "08 tháng 4 năm 2026", "07/4/2026", "2025 - 2027", "19/4/2026", "05/5/2026"])

GOLD["nq16_bch_dangbo_phuong_nam_2026"] = doc(
    "nghi_quyet", "ĐẢNG ỦY PHƯỜNG HÒA KHÁNH", "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "09-NQ/ĐU", "Hòa Khánh", "2025-12-22",
    "về nhiệm vụ năm 2026",
    meeting("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5", "hội nghị BCH", None, None, "2025-12-19", None,
            [], None),
    None,
    [dec("resolution", "Nghị quyết đã được Hội nghị Ban Chấp hành Đảng bộ phường thông qua", None,
         33, None, None, 33, "thông qua")],
    [tg("tổng thu ngân sách trên địa bàn", 200, 212.4, "tỷ đồng", "năm 2025", "vượt"),
     tg("kết nạp 48 đảng viên mới", 45, 48, "đảng viên", "năm 2025", "vượt"),
     tg("Thu ngân sách nhà nước trên địa bàn", 225, None, "tỷ đồng", "năm 2026", None),
     tg("Tạo việc làm mới cho 1.600 lao động", 1600, None, "lao động", "năm 2026", None),
     tg("Tỷ lệ người dân tham gia bảo hiểm y tế", 96, None, "%", "năm 2026", None),
     tg("Kết nạp 50 đảng viên mới", 50, None, "đảng viên", "năm 2026", None),
     tg("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", 90, None, "%", "năm 2026", None)],
    [tk("Đẩy mạnh cải cách hành chính, chuyển đổi số", None, None),
     tk("Thu hút đầu tư vào Khu công nghiệp Hòa Khánh mở rộng", None, None),
     tk("Chỉnh trang đô thị, xử lý dứt điểm 14 điểm ngập úng cục bộ", None, "trước mùa mưa bão năm 2026"),
     tk("Nâng cao chất lượng sinh hoạt chi bộ", None, None),
     tk("lãnh đạo xây dựng Kế hoạch phát triển kinh tế - xã hội năm 2026", "Đảng ủy Ủy ban nhân dân phường",
        "trước ngày 10/01/2026"),
     tk("chủ trì, hướng dẫn các chi bộ đăng ký chỉ tiêu kết nạp đảng viên", "Ban Xây dựng Đảng",
        "trong tháng 01/2026"),
     tk("chủ trì xử lý các điểm ngập úng, báo cáo Ban Thường vụ", "Ủy ban nhân dân phường", "trước ngày 30/8/2026"),
     tk("tuyên truyền, vận động Nhân dân thực hiện Nghị quyết", "Ủy ban Mặt trận Tổ quốc và các đoàn thể phường",
        None),
     tk("theo dõi, đôn đốc, định kỳ hằng quý báo cáo Ban Thường vụ", "Văn phòng Đảng ủy", None)],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Võ Thị Diễm Phúc")],
    ["Ban Thường vụ Thành ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    ["212,4 tỷ đồng", "0,42%", "48 đảng viên mới", "225 tỷ đồng", "1.600 lao động", "96%", "50 đảng viên mới",
     "33/33"],
    ["09-NQ/ĐU", "22 tháng 12 năm 2025", "lần thứ 5", "144-QĐ/TW", "10/01/2026", "2025 - 2030"])

GOLD["kl17_btv_dangu_xa_2025"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ VĨNH THẠNH TRUNG", "ĐẢNG BỘ TỈNH AN GIANG", "15-KL/ĐU", "Vĩnh Thạnh Trung",
    "2025-10-10",
    "của Ban Thường vụ Đảng ủy xã về tiến độ thu hoạch lúa Thu Đông và công tác chuẩn bị vụ Đông Xuân 2025 - 2026",
    meeting(None, "hội nghị", None, None, "2025-10-08", None, ["Trần Thanh Tâm"], None),
    None, [],
    [tg("thu hoạch 2.940 ha lúa Thu Đông", 4200, 2940, "ha", "vụ Thu Đông 2025", "tiến độ"),
     tg("nạo vét kênh nội đồng", 18, 11.5, "km", "năm 2025", "tiến độ")],
    [tk("chỉ đạo thu hoạch dứt điểm 1.260 ha lúa còn lại", "Ủy ban nhân dân xã", "trước ngày 25/10/2025"),
     tk("chủ trì, phối hợp Trạm Trồng trọt lập lịch xuống giống tập trung vụ Đông Xuân, trình Ủy ban nhân dân xã",
        "Phòng Kinh tế", "trước ngày 20/10/2025"),
     tk("Khắc phục sạt lở đê bao ấp Vĩnh Phú", "Ban Chỉ huy Quân sự xã", "trong tháng 10/2025"),
     tk("ký kết bao tiêu sản phẩm với doanh nghiệp cho ít nhất 1.500 ha lúa Đông Xuân",
        "Hợp tác xã Nông nghiệp Vĩnh Lợi", None),
     tk("Hoàn thành nạo vét 6,5 km kênh nội đồng còn lại", "Ủy ban nhân dân xã", "trước ngày 30/11/2025"),
     tk("theo dõi, đôn đốc việc thực hiện Kết luận này", "Văn phòng Đảng ủy", "tại phiên họp tháng 11/2025"),
     tk("tuyên truyền nông dân xuống giống đúng lịch thời vụ", "Ủy ban Mặt trận Tổ quốc xã và các đoàn thể", None)],
    [sg("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng")],
    ["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Ủy viên BCH Đảng bộ xã", "UBND xã, các cơ quan liên quan",
     "Lưu VPĐU"],
    ["2.940 ha", "4.200 ha", "5,8 tấn/ha", "5.900 - 6.300 đồng/kg", "11,5/18 km", "1.260 ha", "1.500 ha", "6,5 km"],
    ["15-KL/ĐU", "10 tháng 10 năm 2025", "08/10/2025", "07/10/2025", "2025 - 2026", "tháng 11/2025"])

GOLD["tb18_ketluan_chutich_ubnd_xa_2026"] = doc(
    "nghi_quyet", "ỦY BAN NHÂN DÂN XÃ NAM TRỰC", None, "08/TB-UBND", "Nam Trực", "2026-03-03",
    "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 02 năm 2026",
    meeting("cuộc họp giao ban tháng 02 năm 2026", "hội nghị", None, None, "2026-03-02",
            "Phòng họp tầng 2, trụ sở UBND xã Nam Trực", ["Vũ Đức Trọng"], None),
    None, [],
    [tg("Thu ngân sách 2 tháng", 52, 9.6, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Giao quân năm 2026", 38, 38, "thanh niên", "năm 2026", "đạt")],
    [tk("Chỉ đạo phòng trừ chuột, ốc bươu vàng trên lúa xuân", "Phòng Kinh tế", None),
     tk("Tham mưu kế hoạch trồng cây xanh năm 2026", "Phòng Kinh tế", "trước ngày 10/3/2026"),
     tk("rà soát, đề xuất hỗ trợ 12 hộ nghèo sửa chữa nhà ở", "Phòng Văn hóa - Xã hội", "trước 31/3/2026"),
     tk("mở đợt cao điểm kiểm tra vi phạm nồng độ cồn trên tuyến tỉnh lộ 490C", "Công an xã", "trong tháng 3/2026"),
     tk("bảo đảm 100% hồ sơ giải quyết đúng hạn", "Trung tâm Phục vụ hành chính công xã", None),
     tk("trực tiếp chỉ đạo việc giải phóng mặt bằng dự án mở rộng Trường Tiểu học Nam Trực",
        "Phó Chủ tịch UBND xã Trần Thị Lụa", "trước ngày 30/4/2026"),
     tk("theo dõi, đôn đốc và tổng hợp kết quả báo cáo Chủ tịch UBND xã", "Văn phòng HĐND và UBND xã",
        "tại cuộc họp giao ban tháng 3")],
    [sg("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đặng Minh Khoa")],
    ["Chủ tịch, các PCT UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Lưu: VT"],
    ["2.365 suất quà", "1,18 tỷ đồng", "9,6 tỷ đồng", "52 tỷ đồng", "1.480 ha", "38 thanh niên", "12 hộ nghèo",
     "04 hồ sơ"],
    ["08/TB-UBND", "03 tháng 3 năm 2026", "02/3/2026", "490C", "tầng 2", "30/4/2026"])

# ---------------------------------------------------------------- tin hội nghị
GOLD["tin19_bch_dangbo_xa_lan3_2025"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Sơn Hải", "Tỉnh ủy Quảng Ngãi", None, None, "2025-10-09",
    "Hội nghị Ban Chấp hành Đảng bộ xã Sơn Hải lần thứ 3, nhiệm kỳ 2025 - 2030",
    meeting("Hội nghị lần thứ 3, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-10-09", None,
            ["Đinh Văn Bích", "Phạm Thị Hồng Vân"], None),
    att(33, None, None, 31, 2, [("Đinh Văn Ríu", "đang dự lớp bồi dưỡng tại tỉnh"),
                                ("Hồ Thị Ngân", "đang dự lớp bồi dưỡng tại tỉnh")]),
    [dec("resolution", "Nghị quyết về nhiệm vụ quý IV", None, 31, None, None, 31, "thông qua")],
    [tg("thu ngân sách trên địa bàn", 20, 21.7, "tỷ đồng", "năm 2025", "vượt"),
     tg("trồng mới 340 ha rừng", 400, 340, "ha", "năm 2025", "tiến độ"),
     tg("Tỷ lệ hộ nghèo", 9, 9.8, "%", "năm 2025", "tiến độ"),
     tg("Công tác phát triển đảng viên", 20, 14, "đảng viên", "năm 2025", "tiến độ")],
    [tk("tập trung giải ngân, phấn đấu giải ngân hết vốn", "Ủy ban nhân dân xã", "trước ngày 31/01/2026"),
     tk("rà soát đối tượng, kết nạp đủ 6 đảng viên còn lại", "các chi bộ", None),
     tk("chuẩn bị tốt việc kiểm điểm, đánh giá, xếp loại tập thể, cá nhân cuối năm", "Ban Xây dựng Đảng",
        "trước ngày 25/12/2025")],
    [], [],
    ["31/33", "612 tỷ đồng", "21,7 tỷ đồng", "8,5%", "340 ha", "9,8%", "14/20", "52%"],
    ["Lượt xem: 1.318", "10/10/2025 16:22", "lần thứ 3", "2025 - 2030", "40 năm", "Bình luận (0)"])

GOLD["tin20_daihoi_cb_khupho_2022"] = doc(
    "tin_hoi_nghi", "Chi bộ Khu phố 5", "Đảng bộ phường Tân Lập", None, None, "2022-04-20",
    "CHI BỘ KHU PHỐ 5 TỔ CHỨC ĐẠI HỘI ĐIỂM NHIỆM KỲ 2022 - 2025",
    meeting("Đại hội điểm lần thứ VII, nhiệm kỳ 2022 - 2025", "đại hội", None, None, "2022-04-20",
            "Hội trường Khu phố 5", ["Hà Minh Tuấn"], None, "trực tiếp kết hợp trực tuyến"),
    att(45, 41, 4, 42, 3, []),
    [dec("election", "bầu Chi ủy khóa mới", "Hà Minh Tuấn", 37, None, None, 38, "trúng cử"),
     dec("election", "bầu Chi ủy khóa mới", "Lục Thị Hà", 35, None, None, 38, "trúng cử"),
     dec("election", "bầu Chi ủy khóa mới", "Hoàng Văn Tiến", 29, None, None, 38, "trúng cử"),
     dec("resolution", "biểu quyết thông qua Nghị quyết", None, 42, None, None, 42, "thông qua")],
    [tg('Tỷ lệ hộ đạt danh hiệu "Gia đình văn hóa"', 95, 96.2, "%", "nhiệm kỳ 2020 - 2022", "vượt"),
     tg("kết nạp 3 đảng viên mới", 5, 3, "đảng viên", "nhiệm kỳ 2020 - 2022", "chưa đạt"),
     tg("kết nạp ít nhất 4 đảng viên", 4, None, "đảng viên", "nhiệm kỳ 2022 - 2025", None),
     tg('duy trì tỷ lệ "Gia đình văn hóa" từ 96% trở lên', 96, None, "%", "nhiệm kỳ 2022 - 2025", None)],
    [tk("sớm xây dựng chương trình hành động thực hiện nghị quyết", "Chi ủy khóa mới", None),
     tk("tổng hợp kinh nghiệm", "Ban Tổ chức Đảng ủy phường", "trước ngày 30/4/2022")],
    [], [],
    ["45 đảng viên", "42 đồng chí", "9/10 chỉ tiêu", "96,2%", "38/38 phiếu", "37 phiếu, đạt 97,37%",
     "35 phiếu, đạt 92,11%", "29 phiếu, đạt 76,32%"],
    ["21/4/2022", "lần thứ VII", "2022 - 2025", "2020 - 2022", "Lượt xem: 842", "30/4/2022"])

GOLD["tin21_cb_chuyende_q2_2023"] = doc(
    "tin_hoi_nghi", "Chi bộ bản Co Kham", "Đảng bộ xã Ẳng Tở", None, None, "2023-06-14",
    'Chi bộ bản Co Kham sinh hoạt chuyên đề "Đảng viên gương mẫu trong phát triển kinh tế hộ"',
    meeting("sinh hoạt chuyên đề quý II năm 2023", "chuyên đề", None, None, "2023-06-14", None,
            ["Lò Văn Pâng"], "Quàng Thị Xuân"),
    att(26, None, None, 23, 3, [("Lò Văn Ín", "ốm"), ("Cà Thị Phương", "đi học"),
                                ("Lường Văn Sơn", "đi làm ăn xa")]),
    [], [],
    [tk("phân công đảng viên giúp đỡ 12 hộ nghèo", "Đồng chí Lò Văn Pâng", "trong tháng 7/2023"),
     tk("Phối hợp Chi hội Phụ nữ xây dựng mô hình nuôi gà đen bản địa", "đồng chí Quàng Thị Xuân",
        "trước ngày 30/9/2023"),
     tk("Đề nghị xã hỗ trợ cây giống mắc ca cho 10 hộ", None, "trong vụ mưa năm nay")],
    [], [],
    ["26 đảng viên", "có mặt 23 đồng chí", "142 hộ", "28 triệu đồng/người/năm", "22,5%", "18 ha", "21/26",
     "80,77%"],
    ["16/06/2023 - 09:05", "Chiều 14/6", "quý II năm 2023", "tháng 7/2023", "30/9/2023", "9 đảng viên phát biểu"])

GOLD["tin22_hdnd_xa_kyhop_chuyende_2026"] = doc(
    "tin_hoi_nghi", "HĐND xã Đông Hòa", None, None, None, "2026-04-23",
    "HĐND xã Đông Hòa tổ chức kỳ họp thứ năm (chuyên đề)",
    meeting("kỳ họp thứ năm (kỳ họp chuyên đề)", "hội nghị", None, None, "2026-04-23", None,
            ["Lê Thị Thanh Xuân", "Trần Văn Phúc"], None),
    att(37, None, None, 34, 3, []),
    [dec("resolution", "Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2026", None, 33, None, 1, 34, "thông qua"),
     dec("resolution", "Nghị quyết đặt tên đường", None, 34, None, None, 34, "thông qua")],
    [tg("thu ngân sách nhà nước trên địa bàn", 46, 18.4, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("giải ngân vốn đầu tư công", 35, 12.6, "tỷ đồng", "năm 2026", "tiến độ")],
    [tk("khẩn trương triển khai các nghị quyết vừa được thông qua, hoàn thành gắn biển tên 6 tuyến đường",
        "UBND xã", "trước ngày 19/5/2026"),
     tk("tăng cường giám sát tiến độ giải ngân vốn đầu tư công", "Thường trực HĐND, các Ban HĐND xã",
        "trong quý II/2026"),
     tk("thông tin kết quả kỳ họp đến cử tri", "các tổ đại biểu HĐND", None)],
    [], [],
    ["34/37 đại biểu", "18,4 tỷ đồng", "40%", "12,6 tỷ đồng/35 tỷ đồng", "7/9 thôn", "4 nghị quyết",
     "33/34 đại biểu", "01 đại biểu không biểu quyết"],
    ["11:40 | 24/04/2026", "kỳ họp thứ năm", "2021 - 2026", "6 tuyến đường", "Lượt xem: 507", "28/12/2025"])


def main():
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(GOLD), "gold files")


if __name__ == "__main__":
    main()
