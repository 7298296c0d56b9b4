#!/usr/bin/env python3
"""Source of truth for blind16_structure gold. Run to (re)write ../<name>.gold.json."""
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
GOLD["bb01_cb_xom_tan_lap_t11_2026"] = doc(
    "bien_ban", "CHI BỘ XÓM TÂN LẬP", "ĐẢNG BỘ XÃ DIỄN THỊNH", "11-BB/CB", "Diễn Thịnh", "2026-11-05",
    "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026",
    meeting("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026", "thường kỳ", "19:30", "21:40", "2026-11-05",
            "Nhà văn hóa xóm Tân Lập", ["Cao Văn Phúc"], "Lê Thị Hằng"),
    att(31, 29, 2, 27, 4, [("Hồ Văn Thắng", "ốm, nằm viện"), ("Trần Thị Quế", "đi chăm con ốm tại Vinh"),
                           ("Phan Đình Lực", "đi làm ăn xa (có báo cáo)"), ("Võ Văn Chung", "không lý do")]),
    [dec("vote", "Đề nghị Đảng ủy xã xem xét kết nạp quần chúng Nguyễn Thị Thu Trang vào Đảng",
         "Nguyễn Thị Thu Trang", 25, None, None, 25, "đề nghị kết nạp"),
     dec("resolution", "Thông qua nghị quyết sinh hoạt tháng 11", None, 27, None, None, 27, "thông qua")],
    [tg("năng suất bình quân", 55, 52, "tạ/ha", "vụ Hè Thu", "chưa đạt"),
     tg("Thu quỹ Quốc phòng - An ninh năm 2026", 18.6, 15.2, "triệu đồng", "năm 2026", "tiến độ"),
     tg("Tỷ lệ người dân tham gia bảo hiểm y tế", 95, 96.4, "%", "năm 2026", "vượt"),
     tg("kết nạp 02 đảng viên", 2, 1, "đảng viên", "năm 2026", "tiến độ")],
    [tk("Tập trung làm đất, gieo trồng cây vụ đông đảm bảo khung thời vụ", None, None),
     tk("chủ trì, phối hợp Chi hội Nông dân rà soát, lập danh sách hộ đăng ký trồng ngô vụ đông",
        "đồng chí Phan Văn Hợi, Xóm trưởng", "trước ngày 15/11/2026"),
     tk("hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Thu Trang, trình Đảng ủy xã",
        "đồng chí Lê Thị Hằng", "trước ngày 20/11/2026"),
     tk("mời đồng chí Võ Văn Chung làm việc, báo cáo chi bộ", "Chi ủy", "tại kỳ sinh hoạt tháng 12")],
    [sg("THƯ KÝ", None, "Lê Thị Hằng"), sg("CHỦ TRÌ", None, "Cao Văn Phúc")],
    [],
    ["31 đồng chí (chính thức 29, dự bị 02)", "27/31 đồng chí", "Vắng 04 đồng chí", "42,5 ha lúa", "52 tạ/ha",
     "15,2 triệu đồng, đạt 81,72%", "96,4%", "25/25 đảng viên chính thức có mặt tán thành"],
    ["19 giờ 30 phút", "21 giờ 40 phút", "11-BB/CB", "THÁNG 11 NĂM 2026", "15/11/2026", "tháng 10/2026"])

GOLD["bb02_bch_xa_tan_ky_lan8_2026"] = doc(
    "bien_ban", "ĐẢNG ỦY XÃ TÂN KỲ", "ĐẢNG BỘ TỈNH HÀ TĨNH", "38-BB/ĐU", "Tân Kỳ", "2026-10-14",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 8, NHIỆM KỲ 2025 - 2030",
    meeting("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 8, NHIỆM KỲ 2025 - 2030", "hội nghị BCH", "07:30", "11:15",
            "2026-10-14", "Hội trường Đảng ủy - HĐND - UBND xã Tân Kỳ", ["Phạm Văn Khải", "Nguyễn Thị Thanh Bình"],
            "Hà Minh Tuấn"),
    att(27, None, None, 25, 2, [("Đặng Quốc Huy", "đi học lớp Cao cấp lý luận chính trị"),
                                ("Lê Thị Nga", "nghỉ phép chăm mẹ ốm")]),
    [dec("vote", "giới thiệu đồng chí Lương Văn Đức để HĐND xã bầu giữ chức Phó Chủ tịch UBND xã",
         "Lương Văn Đức", 23, 2, None, 25, "giới thiệu"),
     dec("resolution", "Biểu quyết thông qua báo cáo 9 tháng và nhiệm vụ quý IV năm 2026", None, 25, None, None, 25,
         "thông qua")],
    [tg("Tổng thu ngân sách trên địa bàn", 30, 22.35, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("đường giao thông nông thôn", 3.5, 4.2, "km", "năm 2026", "vượt"),
     tg("Tỷ lệ hộ nghèo", 2.8, 3.1, "%", "năm 2026", "tiến độ"),
     tg("Tai nạn giao thông", 3, 2, "vụ", "năm 2026", "tiến độ"),
     tg("Giao quân", 24, 24, "thanh niên", "năm 2026", "đạt")],
    [tk("chủ trì, phối hợp các ngành đẩy nhanh thu ngân sách, phấn đấu hoàn thành dự toán năm",
        "Ủy ban nhân dân xã", "trước ngày 15/12/2026"),
     tk("hoàn thiện hồ sơ kiểm điểm, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026, trình Ban Thường vụ",
        "Ban Xây dựng Đảng", "trước ngày 10/12/2026"),
     tk("kiểm tra việc thu, nộp đảng phí tại 05 chi bộ", "Ủy ban Kiểm tra Đảng ủy", "trong tháng 11/2026"),
     tk("tiếp tục rà soát hộ cận nghèo, đề xuất hỗ trợ sinh kế", "Các chi bộ", None)],
    [sg("THƯ KÝ HỘI NGHỊ", None, "Hà Minh Tuấn"), sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Phạm Văn Khải")],
    [],
    ["tổng số 27 đồng chí", "có mặt 25 đồng chí", "22,35 tỷ đồng, bằng 74,5% dự toán năm (30 tỷ đồng)",
     "4,2 km", "3,1%", "24 thanh niên", "23/25 phiếu đồng ý", "25/25 đồng chí"],
    ["07 giờ 30 phút", "11 giờ 15 phút", "38-BB/ĐU", "LẦN THỨ 8", "2025 - 2030", "09 lượt ý kiến"])

GOLD["bb03_daihoi_cb_truong_thcs_2025"] = doc(
    "bien_ban", "CHI BỘ TRƯỜNG THCS PHÚ LƯƠNG", "ĐẢNG BỘ XÃ PHÚ LƯƠNG", None, "Phú Lương", "2025-04-16",
    "ĐẠI HỘI CHI BỘ TRƯỜNG THCS PHÚ LƯƠNG LẦN THỨ VIII, NHIỆM KỲ 2025 - 2027",
    meeting("ĐẠI HỘI CHI BỘ TRƯỜNG THCS PHÚ LƯƠNG LẦN THỨ VIII, NHIỆM KỲ 2025 - 2027", "đại hội", "13:30", "17:05",
            "2025-04-16", "Phòng hội đồng Trường THCS Phú Lương", ["Bùi Thị Thu Hà", "Đỗ Văn Khiêm"],
            "Ngô Thị Lan Anh"),
    att(19, 17, 2, 18, 1, [("Phạm Văn Tiến", "đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo")]),
    [dec("election", "Bầu Chi ủy", "Bùi Thị Thu Hà", 16, None, None, 16, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Đỗ Văn Khiêm", 15, None, None, 16, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Trịnh Thị Hoa", 13, None, None, 16, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Lê Quang Vinh", 4, None, None, 16, "không trúng cử"),
     dec("election", "Bầu Bí thư Chi bộ", "Bùi Thị Thu Hà", 15, None, None, 16, "trúng cử"),
     dec("election", "Bầu Phó Bí thư Chi bộ", "Đỗ Văn Khiêm", 14, None, None, 16, "trúng cử"),
     dec("election", "Bầu đại biểu dự Đại hội Đảng bộ xã", None, None, None, None, 16, "trúng cử"),
     dec("resolution", "Nghị quyết Đại hội", None, 16, None, None, 16, "thông qua")],
    [tg("tỷ lệ học sinh tốt nghiệp THCS", 99, None, "%", "nhiệm kỳ 2025 - 2027", None),
     tg("giáo viên giỏi cấp tỉnh", 5, None, "giáo viên", "nhiệm kỳ 2025 - 2027", None),
     tg("kết nạp 02 đảng viên mới", 2, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None),
     tg("tỷ lệ học sinh lên lớp", 98, 99.2, "%", "nhiệm kỳ 2022 - 2025", "vượt"),
     tg("kết nạp 03 đảng viên", 3, 3, "đảng viên", "nhiệm kỳ 2022 - 2025", "đạt")],
    [tk("hoàn thiện hồ sơ Đại hội gửi Đảng ủy xã", "Chi ủy khóa mới", "trước ngày 20/4/2025")],
    [sg("THƯ KÝ ĐẠI HỘI", None, "Ngô Thị Lan Anh"), sg("T/M ĐOÀN CHỦ TỊCH", None, "Bùi Thị Thu Hà")],
    [],
    ["19 đảng viên", "Có mặt 18 đồng chí", "16 đồng chí", "phát ra: 16", "15/16 phiếu (93,75%)",
     "14/16 phiếu (87,5%)", "99,2%", "16/16 đảng viên chính thức có mặt tán thành"],
    ["13 giờ 30 phút", "17 giờ 05 phút", "LẦN THỨ VIII", "2025 - 2027", "2022 - 2025", "20/4/2025"])

GOLD["bb04_kyluat_cb_ap_phu_thanh_2026"] = doc(
    "bien_ban", "CHI BỘ ẤP PHÚ THẠNH", "ĐẢNG BỘ XÃ LONG PHÚ", None, None, "2026-08-26",
    "Họp chi bộ xem xét, đề nghị thi hành kỷ luật đảng viên",
    meeting("họp chuyên đề xem xét, đề nghị thi hành kỷ luật đối với đảng viên Mai Văn Tưởng", "chuyên đề",
            "08:00", "10:20", "2026-08-26", "Văn phòng ấp Phú Thạnh", ["Lâm Hoàng Nam"], "Huỳnh Thị Diễm"),
    att(22, 21, 1, 20, 2, [("Trương Văn Út", "bệnh"), ("Mai Văn Tưởng", "đảng viên vi phạm, có đơn xin vắng")]),
    [dec("discipline", "đề nghị Đảng ủy xã thi hành kỷ luật đảng viên Mai Văn Tưởng bằng hình thức cảnh cáo",
         "Mai Văn Tưởng", 14, None, None, 19, "cảnh cáo")],
    [],
    [tk("hoàn chỉnh hồ sơ đề nghị kỷ luật, gửi Ủy ban Kiểm tra Đảng ủy xã", "đồng chí Huỳnh Thị Diễm",
        "trước ngày 31/8/2026")],
    [sg("THƯ KÝ", None, "Huỳnh Thị Diễm"), sg("CHỦ TRÌ", None, "Lâm Hoàng Nam")],
    [],
    ["22 đồng chí (21 chính thức, 01 dự bị)", "Có mặt: 20 đồng chí", "Vắng: 02 đồng chí", "0,3 ha đất công",
     "18 triệu đồng", "5 phiếu (26,32%)", "14 phiếu (73,68%)", "phát ra 19"],
    ["08 giờ 00", "10 giờ 20 phút", "26 tháng 8 năm 2026", "31/8/2026", "07 lượt", "0 phiếu"])

GOLD["bb05_hop_ubnd_xa_nam_dong_giai_ngan"] = doc(
    "bien_ban", "ỦY BAN NHÂN DÂN XÃ NAM ĐÔNG", None, "52/BB-UBND", "Nam Đông", "2026-09-03",
    "Cuộc họp thành viên UBND xã tháng 9 năm 2026",
    meeting("Cuộc họp thành viên UBND xã tháng 9 năm 2026", "hội nghị", "14:00", "16:45", "2026-09-03",
            "Phòng họp số 2, trụ sở UBND xã Nam Đông", ["Hồ Văn Lực"], "Trần Thị Ngọc Ánh"),
    att(12, None, None, 10, 2, [("Lê Phước Thịnh", "đi công tác tại Đà Nẵng"), ("Kăn Thị Hiền", "nghỉ ốm")]),
    [dec("vote", "Thống nhất thành lập Tổ công tác giải phóng mặt bằng", None, 10, None, None, 10,
         "thông qua")],
    [tg("giải ngân vốn đầu tư công năm 2026", 38.5, 21.56, "tỷ đồng", "năm 2026", "tiến độ")],
    [tk("chủ trì, phối hợp Ban Quản lý dự án đầu tư xây dựng khu vực đôn đốc nhà thầu đẩy nhanh tiến độ",
        "Phòng Kinh tế", "trước ngày 31/01/2027"),
     tk("hoàn thành kiểm đếm, lập phương án bồi thường công trình đường Khe Tre", "Tổ công tác giải phóng mặt bằng",
        "trước ngày 30/9/2026"),
     tk("rà soát nguyên nhân hồ sơ trễ hạn, báo cáo Chủ tịch UBND xã", "Văn phòng HĐND và UBND xã",
        "trong tháng 9/2026")],
    [sg("THƯ KÝ", None, "Trần Thị Ngọc Ánh"), sg("CHỦ TRÌ", "CHỦ TỊCH", "Hồ Văn Lực")],
    [],
    ["tổng số 12 đại biểu", "có mặt 10 đại biểu", "38,5 tỷ đồng", "21,56 tỷ đồng, đạt 56%", "02 công trình",
     "2.140 hồ sơ", "trễ hạn 12 hồ sơ", "10/10 thành viên"],
    ["14 giờ 00", "16 giờ 45", "52/BB-UBND", "ngày 31/8", "Phòng họp số 2", "100% kế hoạch vốn"])

GOLD["bb06_ky_hop_hdnd_xa_thach_son_2024"] = doc(
    "bien_ban", "HỘI ĐỒNG NHÂN DÂN XÃ THẠCH SƠN", None, "09/BB-HĐND", "Thạch Sơn", "2024-12-20",
    "Kỳ họp thứ mười một, Hội đồng nhân dân xã Thạch Sơn khóa XXI, nhiệm kỳ 2021 - 2026",
    meeting("Kỳ họp thứ mười một, Hội đồng nhân dân xã Thạch Sơn khóa XXI, nhiệm kỳ 2021 - 2026", "hội nghị",
            "07:30", "11:20", "2024-12-20", "Hội trường UBND xã Thạch Sơn", ["Hoàng Minh Đức", "Vũ Thị Thoa"],
            "Đỗ Trung Kiên"),
    att(25, None, None, 23, 2, [("Nguyễn Văn Quý", "đi viện"), ("Đào Thị Liên", "đi công tác")]),
    [dec("resolution", "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025", None, 23, None, None, 23,
         "thông qua"),
     dec("resolution", "Nghị quyết phê chuẩn dự toán ngân sách xã năm 2025", None, 22, None, 1, 23, "thông qua"),
     dec("resolution", "Nghị quyết kế hoạch đầu tư công năm 2025", None, 21, 2, None, 23, "thông qua")],
    [tg("thu ngân sách xã", 9, 8.46, "tỷ đồng", "năm 2024", "chưa đạt"),
     tg("sản lượng lương thực có hạt", 5700, 5850, "tấn", "năm 2024", "vượt"),
     tg("tỷ lệ hộ nghèo", 2, 1.92, "%", "năm 2024", "đạt"),
     tg("thu ngân sách xã", 9.5, None, "tỷ đồng", "năm 2025", None),
     tg("sản lượng lương thực có hạt", 5800, None, "tấn", "năm 2025", None),
     tg("tỷ lệ hộ nghèo", 1.5, None, "%", "năm 2025", None)],
    [tk("xây dựng kế hoạch thực hiện các nghị quyết", "UBND xã", "trước ngày 10/01/2025"),
     tk("giám sát việc cấp giấy chứng nhận quyền sử dụng đất tại khu Đồng Mả", "hai Ban HĐND xã", "trong quý I/2025")],
    [sg("THƯ KÝ KỲ HỌP", None, "Đỗ Trung Kiên"), sg("CHỦ TỌA KỲ HỌP", "CHỦ TỊCH HĐND XÃ", "Hoàng Minh Đức")],
    [],
    ["tổng số 25 đại biểu", "có mặt 23 đại biểu", "612 tỷ đồng", "8,46 tỷ đồng, đạt 94% dự toán", "5.850 tấn",
     "1,92%", "22/23 đại biểu tán thành", "21/23 tán thành, 02 không tán thành"],
    ["07 giờ 30 phút", "11 giờ 20 phút", "09/BB-HĐND", "khóa XXI", "2021 - 2026", "06 ý kiến thảo luận"])

GOLD["bb07_cb_tram_yte_chuyen_de_q2_2026"] = doc(
    "bien_ban", "CHI BỘ TRẠM Y TẾ", "ĐẢNG ỦY XÃ VĨNH THẠNH", None, "Vĩnh Thạnh", "2026-06-17",
    "SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2026",
    meeting("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2026", "chuyên đề", "16:00", "17:50", "2026-06-17",
            "Phòng giao ban Trạm Y tế xã Vĩnh Thạnh", ["Đoàn Thị Hương"], "Lý Văn Bảo"),
    att(14, 12, 2, 13, 1, [("Rơ Châm Hlim", "trực cấp cứu")]),
    [dec("vote", "Thông qua chuyên đề", None, 11, None, None, 11, "thông qua"),
     dec("vote", "Đề nghị công nhận đảng viên chính thức cho đồng chí Lý Văn Bảo", "Lý Văn Bảo", 10, 1, None, 11,
         "đề nghị công nhận đảng viên chính thức")],
    [tg("khám, chữa bệnh", 14000, 7420, "lượt", "năm 2026", "tiến độ"),
     tg("tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", 95, 96.5, "%", "năm 2026", "vượt")],
    [tk("đăng ký 01 việc làm cụ thể về thái độ phục vụ", "Mỗi đảng viên", "tại kỳ sinh hoạt tháng 7"),
     tk("chủ trì, phối hợp Công đoàn cơ sở tổ chức tập huấn kỹ năng giao tiếp", "đồng chí Trịnh Minh Châu",
        "trước ngày 15/7/2026"),
     tk("bố trí bàn tiếp đón, lắp hộp thư góp ý tại khu khám bệnh", "đồng chí Nguyễn Thị Lệ", "trong tháng 6/2026")],
    [sg("THƯ KÝ", None, "Lý Văn Bảo"), sg("CHỦ TRÌ", None, "Đoàn Thị Hương")],
    [],
    ["tổng số 14 đồng chí", "Có mặt: 13 đồng chí", "7.420 lượt người, bằng 53% kế hoạch năm (14.000 lượt)",
     "96,5%", "91,2%", "11/11 đảng viên chính thức có mặt tán thành (100%)", "10/11 tán thành, 01 không tán thành",
     "02 phản ánh"],
    ["16 giờ 00 phút", "17 giờ 50 phút", "QUÝ II NĂM 2026", "tháng 7", "15/7/2026", "01 bàn tiếp đón"])

GOLD["bb08_kiemphieu_daihoi_cb_thon_dong_2025"] = doc(
    "bien_ban", "CHI BỘ THÔN ĐÔNG", "ĐẢNG BỘ XÃ NGHĨA TRUNG", None, "Nghĩa Trung", "2025-05-22",
    "Bầu Chi ủy, Bí thư Chi bộ và đại biểu dự Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030",
    meeting("Đại hội Chi bộ thôn Đông lần thứ XV, nhiệm kỳ 2025 - 2027", "đại hội", None, None, "2025-05-22",
            "Nhà văn hóa thôn Đông", ["Võ Thành Lợi", "Phạm Thị Hiền"], "Lê Công Trứ"),
    att(36, None, None, 33, 3, [("Trần Văn Hai", "ốm"), ("Nguyễn Thị Sen", "đi làm ăn xa"),
                                ("Võ Tấn Phát", "đang điều trị tại Bệnh viện tỉnh")]),
    [dec("election", "BẦU CHI ỦY", "Võ Thành Lợi", 31, None, None, 32, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Phạm Thị Hiền", 30, None, None, 32, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Lê Công Trứ", 27, None, None, 32, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Huỳnh Văn Thơm", 22, None, None, 32, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Trần Minh Nhật", 19, None, None, 32, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Đặng Văn Bé", 15, None, None, 32, "không trúng cử"),
     dec("election", "BẦU BÍ THƯ CHI BỘ", "Võ Thành Lợi", 30, None, None, 33, "trúng cử"),
     dec("election", "BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ XÃ", "Võ Thành Lợi", 32, None, None, 33, "trúng cử"),
     dec("election", "BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ XÃ", "Phạm Thị Hiền", 29, None, None, 33, "trúng cử"),
     dec("election", "BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ XÃ", "Lê Công Trứ", 25, None, None, 33, "trúng cử")],
    [],
    [],
    [sg("TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Huỳnh Văn Thơm"), sg("THÀNH VIÊN", None, "Đinh Thị Ngọc Hân")],
    [],
    ["36 đồng chí", "có mặt 33 đồng chí", "vắng 03 đồng chí", "Số phiếu hợp lệ: 32", "Số phiếu không hợp lệ: 01",
     "30/33 phiếu, đạt 90,91%", "32 phiếu", "25 phiếu"],
    ["16 giờ 10 phút", "LẦN THỨ XV", "2025 - 2027", "2025 - 2030", "22/5/2025", "(bầu 05, danh sách 06)"])

# ---------------------------------------------------------------- báo cáo
GOLD["bc01_du_xa_yen_son_quy3_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ YÊN SƠN", "ĐẢNG BỘ TỈNH TUYÊN QUANG", "96-BC/ĐU", "Yên Sơn", "2026-09-28",
    "kết quả lãnh đạo thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2026",
    None, None, [],
    [tg("Trồng rừng tập trung", 240, 186, "ha", "năm 2026", "tiến độ"),
     tg("Thu ngân sách trên địa bàn", 12800, 10752, "triệu đồng", "năm 2026", "tiến độ"),
     tg("Tỷ lệ dân số tham gia BHYT", 95, 95.6, "%", "năm 2026", "vượt"),
     tg("Xây dựng nhà ở cho hộ nghèo", 18, 18, "căn", "năm 2026", "đạt"),
     tg("Tỷ lệ hộ nghèo", 6.5, 6.85, "%", "năm 2026", "tiến độ"),
     tg("Kết nạp 07 đảng viên mới", 10, 7, "đảng viên", "năm 2026", "tiến độ")],
    [tk("Lãnh đạo hoàn thành trồng rừng vụ thu, phấn đấu đạt chỉ tiêu 240 ha", None, None),
     tk("chủ trì, phối hợp Thuế cơ sở rà soát các khoản thu", "Ủy ban nhân dân xã", "trước ngày 20/12/2026"),
     tk("tham mưu hướng dẫn kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2026", "Ban Xây dựng Đảng",
        "trong tháng 12/2026"),
     tk("tạo nguồn, kết nạp 03 đảng viên còn lại", "Các chi bộ", "trước ngày 31/12/2026"),
     tk("Chuẩn bị tổ chức Hội nghị tổng kết năm 2026 của Đảng bộ xã", None, None)],
    [sg("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Thị Thúy")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["186 ha", "55 ha", "10.752", "95,6", "6,85%", "07 đảng viên mới, đạt 70% chỉ tiêu năm (10 đảng viên)",
     "58,2% kế hoạch", "04 tổ chức đảng và 06 đảng viên"],
    ["96-BC/ĐU", "quý III", "quý IV năm 2026", "20/12/2026", "31/12/2026", "tháng 12/2026"])

GOLD["bc02_ubnd_phuong_an_khanh_6t_2026"] = doc(
    "bao_cao", "ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH", None, "214/BC-UBND", "An Khánh", "2026-06-18",
    "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
    None, None, [],
    [tg("tổng thu ngân sách nhà nước trên địa bàn", 90, 48.6, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("lát vỉa hè", 5, 2.8, "km", "năm 2026", "tiến độ"),
     tg("Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", 90, 92.4, "%", "năm 2026", "vượt"),
     tg("Giải quyết việc làm", 1000, 620, "lao động", "năm 2026", "tiến độ"),
     tg("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", 8, 7.9, "%", "năm 2026", "đạt"),
     tg("Giao quân", 15, 15, "thanh niên", "năm 2026", "đạt")],
    [tk("Tập trung các giải pháp thu ngân sách, phấn đấu hoàn thành dự toán được giao", None, None),
     tk("chủ trì, phối hợp Ban Quản lý dự án khu vực hoàn thành lát vỉa hè 2,2 km còn lại",
        "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 30/11/2026"),
     tk("phối hợp Ban Chỉ huy Quân sự phường ra quân lập lại trật tự lòng đường, vỉa hè", "Công an phường",
        "từ ngày 01/7/2026"),
     tk("đôn đốc các bộ phận nâng tỷ lệ hồ sơ trực tuyến toàn trình, báo cáo kết quả", "Văn phòng HĐND và UBND phường",
        "trước ngày 15/10/2026"),
     tk("Chuẩn bị các nội dung trình kỳ họp cuối năm của HĐND phường", None, None)],
    [sg("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Quang Trường")],
    ["Thường trực Đảng ủy phường", "Thường trực HĐND phường", "Chủ tịch, các PCT UBND phường", "Lưu: VT"],
    ["48,6 tỷ đồng, bằng 54% dự toán", "tăng 11,2%", "23,4 tỷ đồng, đạt 41,6% kế hoạch vốn", "92,4%",
     "620 lao động, đạt 62%", "7,9%", "5.188 hồ sơ, đạt 99,08%", "78%"],
    ["214/BC-UBND", "6 tháng đầu năm", "30/11/2026", "01/7/2026", "15/10/2026", "giảm 3 vụ"])

GOLD["bc03_cb_thon_ban_ve_nam_2026"] = doc(
    "bao_cao", "CHI BỘ THÔN BẢN VẼ", "ĐẢNG BỘ XÃ MƯỜNG KHƯƠNG", "05-BC/CB", "Mường Khương", "2026-12-02",
    "Kiểm điểm công tác lãnh đạo của chi bộ năm 2026",
    None, None, [],
    [tg("Trồng mới 12 ha quế", 10, 12, "ha", "năm 2026", "vượt"),
     tg("Tổng đàn trâu, bò", 450, 410, "con", "năm 2026", "chưa đạt"),
     tg("Thu nhập bình quân đầu người", 38, 38.5, "triệu đồng", "năm 2026", "vượt"),
     tg("Số hộ nghèo", 15, 14, "hộ", "năm 2026", "đạt"),
     tg("Kết nạp 01 đảng viên mới", 2, 1, "đảng viên", "năm 2026", "chưa đạt"),
     tg("Trồng mới 8 ha quế trở lên", 8, None, "ha", "năm 2027", None),
     tg("Tổng đàn trâu, bò đạt 450 con", 450, None, "con", "năm 2027", None),
     tg("Kết nạp ít nhất 02 đảng viên mới", 2, None, "đảng viên", "năm 2027", None)],
    [tk("Phối hợp Chi đoàn thanh niên lập danh sách quần chúng ưu tú, giới thiệu đi học lớp nhận thức về Đảng",
        None, "trong quý I/2027"),
     tk("chủ trì vận động các hộ tiêm phòng vắc-xin cho gia súc", "Đồng chí Thào Seo Chúng, Trưởng thôn",
        "trước ngày 31/3/2027"),
     tk("Duy trì sinh hoạt chi bộ nền nếp, đổi mới nội dung sinh hoạt chuyên đề", None, None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Lù Văn Pao")],
    [],
    ["23 đảng viên (21 chính thức, 02 dự bị)", "12 kỳ sinh hoạt thường kỳ", "04 kỳ sinh hoạt chuyên đề", "91%",
     "410 con", "38,5 triệu đồng/năm", "14 hộ", "1.250 m2"],
    ["05-BC/CB", "03 tổ đảng", "năm 2027", "quý I/2027", "31/3/2027", "02 tháng 12 năm 2026"])

GOLD["bc04_so_nnmt_quy3_2026"] = doc(
    "bao_cao", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH ĐẮK LẮK", "1876/BC-SNNMT", "Đắk Lắk", "2026-09-30",
    "Kết quả thực hiện nhiệm vụ quý III và 9 tháng năm 2026; nhiệm vụ trọng tâm quý IV năm 2026",
    None, None, [],
    [tg("Tổng diện tích gieo trồng", 524900, 512300, "ha", "năm 2026", "tiến độ"),
     tg("Diện tích cà phê tái canh", 2500, 2860, "ha", "năm 2026", "vượt"),
     tg("Trồng rừng tập trung", 6000, 4820, "ha", "năm 2026", "tiến độ"),
     tg("Cấp 18.640 giấy chứng nhận quyền sử dụng đất lần đầu", 25000, 18640, "giấy", "năm 2026", "tiến độ"),
     tg("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", 95, 94, "%", "năm 2026", "tiến độ")],
    [tk("Chỉ đạo thu hoạch cà phê niên vụ 2026 - 2027, kiểm soát chất lượng, chống hái xanh", None, None),
     tk("chủ trì, phối hợp UBND các xã có rừng hoàn thành trồng rừng 1.180 ha còn lại", "Chi cục Kiểm lâm",
        "trước ngày 30/11/2026"),
     tk("tập trung cấp giấy chứng nhận, phấn đấu hoàn thành kế hoạch năm", "Văn phòng đăng ký đất đai",
        "trước ngày 25/12/2026"),
     tk("đôn đốc các chủ đầu tư giải ngân vốn đầu tư công, báo cáo Giám đốc Sở", "Phòng Kế hoạch - Tài chính",
        None)],
    [sg("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Y Khoa Byă")],
    ["UBND tỉnh (b/c)", "Bộ Nông nghiệp và Môi trường (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, KHTC"],
    ["512.300 ha, bằng 97,6% kế hoạch năm", "2.860 ha", "4.820 ha, đạt 80,33%", "39,8%", "146 vụ",
     "18.640 giấy chứng nhận", "94%", "412,7 tỷ đồng, đạt 61,2% kế hoạch vốn giao"],
    ["1876/BC-SNNMT", "quý III", "2026 - 2027", "30/11/2026", "25/12/2026", "giảm 21 vụ"])

GOLD["bc05_du_phuong_tan_an_6t_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY PHƯỜNG TÂN AN", "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "142-BC/ĐU", "Tân An", "2026-07-05",
    "sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026",
    None, None, [],
    [tg("Kết nạp 19 đảng viên mới", 35, 19, "đảng viên", "năm 2026", "tiến độ"),
     tg("Tổng thu ngân sách nhà nước trên địa bàn", 230, 156.4, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Thành lập mới 84 doanh nghiệp", 80, 84, "doanh nghiệp", "năm 2026", "vượt"),
     tg("Chỉnh trang hẻm, kiệt", 40, 26, "tuyến", "năm 2026", "tiến độ"),
     tg("Tạo việc làm mới", 1500, 910, "lao động", "năm 2026", "tiến độ"),
     tg("Người tham gia BHXH tự nguyện", 1200, 1236, "người", "năm 2026", "vượt")],
    [tk("Lãnh đạo hoàn thành thu ngân sách, phấn đấu vượt dự toán giao", None, None),
     tk("chủ trì, phối hợp các chi bộ khu vực tạo nguồn, kết nạp 16 đảng viên còn lại", "Ban Xây dựng Đảng",
        "trước ngày 31/12/2026"),
     tk("chỉ đạo vận động bồi thường, giải phóng mặt bằng dự án kè sông Cần Thơ, bàn giao mặt bằng",
        "Đảng ủy viên phụ trách khối dân vận", "trong quý III/2026"),
     tk("Tổ chức kiểm điểm, đánh giá, xếp loại tập thể, cá nhân năm 2026 đúng hướng dẫn", None, None)],
    [sg("T/M ĐẢNG ỦY", "BÍ THƯ", "Dương Minh Triết")],
    ["Ban Thường vụ Thành ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi, đảng bộ trực thuộc",
     "Lưu Văn phòng Đảng ủy"],
    ["1.126/1.152 đảng viên, đạt 97,74%", "19 đảng viên mới", "156,4 tỷ đồng, đạt 68% dự toán năm (230 tỷ đồng)",
     "84 doanh nghiệp", "06 tổ chức đảng", "09 đảng viên", "02 đảng viên", "60,67"],
    ["142-BC/ĐU", "Phần thứ nhất", "tháng 11", "31/12/2026", "quý III/2026", "6 tháng cuối năm 2026"])

GOLD["bc06_ubnd_xa_cam_thanh_quy1_2025"] = doc(
    "bao_cao", "UBND XÃ CẨM THÀNH", "UBND HUYỆN CẨM THỦY", "47/BC-UBND", "Cẩm Thành", "2025-03-25",
    "Tình hình kinh tế - xã hội, quốc phòng - an ninh quý I; nhiệm vụ trọng tâm quý II năm 2025",
    None, None, [],
    [tg("Gieo cấy lúa vụ Chiêm xuân", 286, 286, "ha", "vụ Chiêm xuân 2025", "đạt"),
     tg("trồng mới 45 ha rừng sản xuất", 150, 45, "ha", "năm 2025", "tiến độ"),
     tg("Thu ngân sách xã", 8, 1.92, "tỷ đồng", "năm 2025", "tiến độ"),
     tg("giao quân", 12, 12, "thanh niên", "năm 2025", "đạt")],
    [tk("Chỉ đạo chăm sóc, phòng trừ sâu bệnh cho lúa Chiêm xuân; chuẩn bị giống vụ Mùa", None, None),
     tk("chủ trì, phối hợp các thôn hoàn thành trồng rừng vụ xuân, đảm bảo 75 ha", "công chức Địa chính - Nông nghiệp",
        "trước ngày 30/5/2025"),
     tk("tham mưu các giải pháp thu ngân sách, đảm bảo đến hết quý II thu đạt 4 tỷ đồng trở lên",
        "công chức Tài chính - Kế toán", None),
     tk("rà soát, kiểm kê tài sản, hồ sơ lưu trữ", "Văn phòng - Thống kê", "trước ngày 15/5/2025")],
    [sg("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Bá Tùng")],
    ["UBND huyện Cẩm Thủy (b/c)", "TT Đảng ủy, TT HĐND xã", "Lưu: VP"],
    ["286 ha", "45 ha rừng sản xuất, đạt 30% kế hoạch năm (150 ha)", "64.500 con",
     "1,92 tỷ đồng, bằng 24% dự toán", "2,35 tỷ đồng", "412 suất quà", "206 triệu đồng", "93,8%"],
    ["47/BC-UBND", "quý I", "quý II năm 2025", "30/5/2025", "15/5/2025", "03 đơn thư"])

GOLD["bc07_du_xa_kim_son_nam_2025"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ KIM SƠN", "ĐẢNG BỘ TỈNH NINH BÌNH", "27-BC/ĐU", "Kim Sơn", "2025-12-18",
    "tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2025 (từ ngày 01/7/2025), phương hướng, nhiệm vụ năm 2026",
    None, None, [],
    [tg("Tổng sản lượng lương thực vụ Mùa", 21000, 21480, "tấn", "vụ Mùa 2025", "vượt"),
     tg("Thu ngân sách trên địa bàn", 55, 47.3, "tỷ đồng", "6 tháng cuối năm 2025", "tiến độ"),
     tg("Tỷ lệ hộ nghèo", 1.5, 1.34, "%", "năm 2025", "đạt"),
     tg("Xóa 36 nhà tạm, dột nát", 30, 36, "nhà", "năm 2025", "vượt"),
     tg("Kết nạp 31 đảng viên mới", 40, 31, "đảng viên", "năm 2025", "chưa đạt"),
     tg("Thu ngân sách trên địa bàn đạt 120 tỷ đồng trở lên", 120, None, "tỷ đồng", "năm 2026", None),
     tg("Tỷ lệ hộ nghèo giảm còn dưới 1%", 1, None, "%", "năm 2026", None),
     tg("Kết nạp từ 60 đảng viên mới trở lên", 60, None, "đảng viên", "năm 2026", None),
     tg("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", 90, None, "%", "năm 2026", None)],
    [tk("Tổ chức quán triệt, triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I", None, None),
     tk("xây dựng kế hoạch phát triển kinh tế - xã hội năm 2026, trình HĐND xã", "Ủy ban nhân dân xã",
        "trước ngày 25/12/2025"),
     tk("chủ trì, phối hợp các chi bộ thôn rà soát, lập danh sách quần chúng ưu tú", "Ban Xây dựng Đảng",
        "trong quý I/2026"),
     tk("xây dựng chương trình kiểm tra, giám sát năm 2026, trình Ban Thường vụ", "Ủy ban Kiểm tra Đảng ủy",
        "trước ngày 31/01/2026")],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Trần Đức Thắng")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Lưu Văn phòng Đảng ủy"],
    ["58 tổ chức cơ sở đảng", "2.417 đảng viên", "21.480 tấn, đạt 102,29% kế hoạch", "1.640 ha", "9.850 tấn",
     "47,3 tỷ đồng, bằng 86% dự toán", "1,34%", "86,2%"],
    ["27-BC/ĐU", "01/7/2025", "lần thứ I", "2025 - 2030", "25/12/2025", "31/01/2026"])

# ---------------------------------------------------------------- nghị quyết / kết luận
GOLD["nq01_cb_khu_pho_3_t12_2026"] = doc(
    "nghi_quyet", "CHI BỘ KHU PHỐ 3", "ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "12-NQ/CB", "Hòa Bình", "2026-12-09",
    "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2026 và một số chỉ tiêu năm 2027",
    meeting(None, None, None, None, "2026-12-08", None, [], None),
    None,
    [dec("resolution", "Nghị quyết", None, 26, None, None, 26, "thông qua")],
    [tg("vận động Nhân dân đóng góp xây dựng nhà văn hóa khu phố", 150, 165, "triệu đồng", "năm 2026", "vượt"),
     tg("tỷ lệ hộ gia đình phân loại rác tại nguồn", 80, 72, "%", "năm 2026", "chưa đạt"),
     tg("kết nạp 02 đảng viên", 2, 2, "đảng viên", "năm 2026", "đạt"),
     tg("Tỷ lệ hộ gia đình phân loại rác tại nguồn đạt từ 85% trở lên", 85, None, "%", "năm 2027", None),
     tg("Tỷ lệ hộ nghèo giảm còn 0,5%", 0.5, None, "%", "năm 2027", None),
     tg("Kết nạp ít nhất 02 đảng viên mới", 2, None, "đảng viên", "năm 2027", None),
     tg("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%", 97, None, "%", "năm 2027", None)],
    [tk("Tổ chức kiểm điểm, xếp loại chất lượng đảng viên năm 2026 theo hướng dẫn của Đảng ủy phường", None, None),
     tk("Vận động hộ gia đình tham gia phân loại rác tại nguồn", "đồng chí Lâm Thị Ngọc, Chi hội trưởng Phụ nữ",
        "trước ngày 28/12/2026"),
     tk("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc bổ sung và thăm, tặng quà các gia đình chính sách", None, None),
     tk("xây dựng kế hoạch cụ thể hóa nghị quyết, phân công đảng viên phụ trách từng tổ dân phố", "Chi ủy", None),
     tk("chỉ đạo Ban điều hành khu phố tổng hợp danh sách hộ nghèo, hộ cận nghèo, gửi UBND phường",
        "Đồng chí Trưởng khu phố", "trước ngày 20/12/2026"),
     tk("tuyên truyền, vận động hội viên thực hiện", "Các đoàn thể khu phố", None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Tạ Văn Khương")],
    ["Đảng ủy phường (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    ["8/9 chỉ tiêu", "165 triệu đồng", "72%", "100% đảng viên hoàn thành nhiệm vụ trở lên", "02 đảng viên",
     "100% (26/26)"],
    ["12-NQ/CB", "08/12/2026", "tháng 12 năm 2026", "năm 2027", "28/12/2026", "20/12/2026"])

GOLD["kl01_btv_du_phuong_bac_giang_chuyen_doi_so"] = doc(
    "nghi_quyet", "ĐẢNG ỦY PHƯỜNG BẮC GIANG", "ĐẢNG BỘ TỈNH BẮC NINH", "64-KL/ĐU", "Bắc Giang", "2026-11-11",
    "của Ban Thường vụ Đảng ủy phường về tiến độ thực hiện chuyển đổi số và Đề án 06 năm 2026",
    meeting("hội nghị nghe báo cáo tiến độ thực hiện chuyển đổi số và Đề án 06 năm 2026", "hội nghị", None, None,
            "2026-11-10", "Phòng họp số 1, trụ sở Đảng ủy phường", ["Nguyễn Hữu Thành"], None),
    None, [],
    [tg("tài khoản định danh điện tử mức độ 2", 44700, 41260, "tài khoản", "năm 2026", "tiến độ"),
     tg("tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", 80, 81.5, "%", "năm 2026", "vượt"),
     tg("số hóa 12.400 hồ sơ hộ tịch", 20000, 12400, "hồ sơ", "năm 2026", "tiến độ"),
     tg("thanh toán không dùng tiền mặt", 50, 38, "%", "năm 2026", "tiến độ")],
    [tk("chỉ đạo Công an phường chủ trì, phối hợp các tổ công nghệ số cộng đồng kích hoạt tài khoản định danh điện tử",
        "Ủy ban nhân dân phường", "trước ngày 15/12/2026"),
     tk("đẩy nhanh số hóa hồ sơ hộ tịch, hoàn thành 7.600 hồ sơ còn lại", "Văn phòng HĐND và UBND phường",
        "trong quý I/2027"),
     tk("tuyên truyền, vận động tiểu thương thanh toán không dùng tiền mặt", "Ban Tuyên giáo và Dân vận Đảng ủy phường",
        "đến hết năm 2026"),
     tk("theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Thường vụ", "Văn phòng Đảng ủy", "trước ngày 20/12/2026")],
    [sg("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Thu Trang")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "UBND phường, các cơ quan liên quan",
     "Lưu Văn phòng Đảng ủy"],
    ["41.260 tài khoản", "92,3% chỉ tiêu năm (44.700 tài khoản)", "81,5%", "12.400 hồ sơ hộ tịch, đạt 62%", "38%",
     "7.600 hồ sơ"],
    ["64-KL/ĐU", "Đề án 06", "Phòng họp số 1", "31/10/2026", "15/12/2026", "quý I/2027"])

GOLD["nq02_bch_xa_dak_ha_lan10_2026"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ ĐĂK HÀ", "ĐẢNG BỘ TỈNH QUẢNG NGÃI", "21-NQ/ĐU", "Đăk Hà", "2026-12-22",
    "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 10 về phương hướng, nhiệm vụ năm 2027",
    meeting("Hội nghị lần thứ 10", "hội nghị BCH", None, None, "2026-12-21", "Hội trường Đảng ủy xã", ["A Vương"], None),
    att(31, None, None, 29, 2, []),
    [dec("resolution", "Nghị quyết", None, 29, None, None, 29, "thông qua")],
    [tg("Diện tích cà phê", 3300, 3420, "ha", "năm 2026", "vượt"),
     tg("diện tích sâm Ngọc Linh trồng mới", 25, 18, "ha", "năm 2026", "chưa đạt"),
     tg("thu ngân sách trên địa bàn", 24, 26.8, "tỷ đồng", "năm 2026", "vượt"),
     tg("Tổng thu ngân sách trên địa bàn đạt 28 tỷ đồng trở lên", 28, None, "tỷ đồng", "năm 2027", None),
     tg("Trồng mới sâm Ngọc Linh 30 ha", 30, None, "ha", "năm 2027", None),
     tg("Tỷ lệ hộ nghèo giảm còn 9,5%", 9.5, None, "%", "năm 2027", None),
     tg("Tỷ lệ lao động qua đào tạo đạt 55%", 55, None, "%", "năm 2027", None),
     tg("Kết nạp 25 đảng viên mới trở lên", 25, None, "đảng viên", "năm 2027", None)],
    [tk("Tập trung phát triển vùng dược liệu dưới tán rừng gắn với bảo vệ rừng", None, None),
     tk("Nâng cao chất lượng sinh hoạt chi bộ thôn, làng", None, None),
     tk("chỉ đạo các chi bộ quán triệt Nghị quyết", "Ban Thường vụ Đảng ủy xã", "trước ngày 15/01/2027"),
     tk("cụ thể hóa các chỉ tiêu của Nghị quyết", "Thường trực HĐND xã", "tại kỳ họp cuối năm"),
     tk("xây dựng kế hoạch thực hiện", "Ủy ban nhân dân xã", "trong tháng 01/2027"),
     tk("kiểm tra, giám sát việc thực hiện Nghị quyết", "Ủy ban Kiểm tra Đảng ủy xã", None)],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "A Vương")],
    [],
    ["29/31 đồng chí", "15/17 chỉ tiêu", "3.420 ha", "18 ha", "26,8 tỷ đồng", "giảm 3%", "29/29 đồng chí"],
    ["21-NQ/ĐU", "lần thứ 10", "khóa I", "21/12/2026", "15/01/2027", "tháng 01/2027"])

# ---------------------------------------------------------------- tin hội nghị
GOLD["tin01_hdnd_xa_hoa_an_ky_hop_6"] = doc(
    "tin_hoi_nghi", "HĐND xã Hòa An", None, None, None, "2026-12-09",
    "HĐND xã Hòa An tổ chức kỳ họp thứ 6, thông qua 11 nghị quyết",
    meeting("kỳ họp thứ 6 (kỳ họp thường lệ cuối năm)", "hội nghị", None, None, "2026-12-09", None,
            ["Trần Quốc Việt", "Nguyễn Thị Kim Yến"], None),
    att(33, None, None, 31, 2, []),
    [dec("election", "bầu bổ sung Ủy viên UBND xã nhiệm kỳ 2026 - 2031", "Lưu Văn Hiếu", 30, None, None, 31,
         "trúng cử"),
     dec("resolution", "11 nghị quyết", None, 31, None, None, 31, "thông qua")],
    [tg("tổng thu ngân sách nhà nước trên địa bàn", 40, 41.2, "tỷ đồng", "năm 2026", "vượt"),
     tg("tổng diện tích gieo trồng cây hằng năm", 3200, 3150, "ha", "năm 2026", "chưa đạt"),
     tg("Tỷ lệ hộ nghèo", 2.5, 2.1, "%", "năm 2026", "đạt"),
     tg("thu ngân sách trên địa bàn", 43, None, "tỷ đồng", "năm 2027", None),
     tg("thu nhập bình quân đầu người", 75, None, "triệu đồng", "năm 2027", None),
     tg("tỷ lệ hộ nghèo giảm còn 1,6%", 1.6, None, "%", "năm 2027", None)],
    [tk("khẩn trương ban hành kế hoạch triển khai các nghị quyết", "UBND xã", "trước ngày 31/12/2026"),
     tk("tăng cường giám sát việc giải quyết kiến nghị cử tri", "Thường trực HĐND và hai Ban HĐND xã",
        "trong quý I/2027")],
    [], [],
    ["31/33 đại biểu", "41,2 tỷ đồng, bằng 103% dự toán (40 tỷ đồng)", "3.150 ha, đạt 98,4% kế hoạch (3.200 ha)",
     "68 triệu đồng/người/năm", "2,1%", "30/31 phiếu (đạt 96,77%)", "11 nghị quyết"],
    ["Lượt xem: 1.315", "10/12/2026 16:20", "kỳ họp thứ 6", "2026 - 2031", "02/12/2026", "Bình luận (0)"])

GOLD["tin02_cb_thon_khe_lim_chuyen_de"] = doc(
    "tin_hoi_nghi", "Chi bộ thôn Khe Lim", "Đảng bộ xã Ba Chẽ", None, None, "2026-10-21",
    "Chi bộ thôn Khe Lim sinh hoạt chuyên đề về phát triển kinh tế rừng",
    meeting("sinh hoạt chuyên đề quý III", "chuyên đề", None, None, "2026-10-21", None, ["Voòng Văn Thành"], None),
    att(24, 22, 2, 21, 3, [("Chíu Văn Sơn", "đi điều trị bệnh"), ("Lỷ A Phúc", "đi làm ăn xa"),
                           ("Bàn Thị Mây", "đi làm ăn xa")]),
    [dec("vote", "thông qua chuyên đề", None, 19, None, None, 19, "thông qua")],
    [tg("trồng mới 35 ha rừng gỗ lớn", 35, 28, "ha", "năm 2026", "tiến độ")],
    [tk("phối hợp Tổ hợp tác lâm nghiệp thôn hướng dẫn kỹ thuật chăm sóc rừng cho các hộ", "đồng chí Chíu Văn Lâm",
        "trong tháng 11/2026"),
     tk("nhận trồng 2 ha rừng thanh niên", "Chi đoàn thanh niên", "trước ngày 15/12/2026")],
    [], [],
    ["24 đảng viên", "21 đảng viên tham dự", "3 đồng chí vắng", "28 ha", "52 triệu đồng/người/năm", "9 hộ nghèo",
     "19/19 đảng viên chính thức có mặt nhất trí"],
    ["Lượt xem: 642", "23/10/2026 - 09:12", "quý III", "15/12/2026", "tháng 11/2026", "15 huy hiệu Đảng"])

GOLD["tin03_bch_phuong_hong_gai_lan7"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ phường Hồng Gai", "Đảng bộ tỉnh Quảng Ninh", None, None, "2026-07-30",
    "Hội nghị Ban Chấp hành Đảng bộ phường Hồng Gai lần thứ 7",
    meeting("Hội nghị lần thứ 7, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2026-07-30", None,
            ["Vũ Thị Minh Hạnh"], None),
    att(37, None, None, 35, 2, []),
    [dec("election", "bầu bổ sung đồng chí Đào Văn Toàn, Phó Chủ tịch UBND phường vào Ban Thường vụ Đảng ủy phường",
         "Đào Văn Toàn", 33, None, None, 35, "trúng cử"),
     dec("resolution", "Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026", None, 35, None, None, 35, "thông qua")],
    [tg("thu ngân sách trên địa bàn phường", 910, 512, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("lượt khách du lịch", 3.5, 2.1, "triệu lượt", "năm 2026", "tiến độ"),
     tg("kết nạp 27 đảng viên mới", 25, 27, "đảng viên", "năm 2026", "vượt")],
    [tk("chỉ đạo hoàn thành giải phóng mặt bằng dự án mở rộng đường Hạ Long", "UBND phường", "trước ngày 30/9/2026"),
     tk("chủ động tạo nguồn phát triển đảng viên", "các chi bộ khu phố", None)],
    [], [],
    ["35/37 đồng chí", "512 tỷ đồng, bằng 56,26% dự toán (910 tỷ đồng)", "2,1 triệu lượt, bằng 60% kế hoạch năm",
     "27 đảng viên mới", "33/35 phiếu", "100% đại biểu có mặt tán thành"],
    ["Lượt xem: 2.084", "31/07/2026", "lần thứ 7", "2025 - 2030", "30/9/2026", "Bình luận (0)"])

GOLD["tin04_daihoi_cb_ap_3_tan_phu_2025"] = doc(
    "tin_hoi_nghi", "Chi bộ ấp 3", "Đảng bộ xã Tân Phú", None, None, "2025-04-12",
    "Đại hội Chi bộ ấp 3 nhiệm kỳ 2025 - 2027 thành công tốt đẹp",
    meeting("Đại hội lần thứ X, nhiệm kỳ 2025 - 2027", "đại hội", None, None, "2025-04-12", None,
            ["Lê Văn Sáu", "Nguyễn Thị Tuyết Mai"], None),
    att(28, None, None, 26, 2, []),
    [dec("election", "bầu Chi ủy khóa mới gồm 3 đồng chí", None, None, None, None, 26, "trúng cử"),
     dec("election", "Bí thư Chi bộ", "Lê Văn Sáu", 25, None, None, 26, "trúng cử"),
     dec("election", "Phó Bí thư Chi bộ", "Nguyễn Thị Tuyết Mai", None, None, None, 26, "trúng cử"),
     dec("election", "bầu 2 đại biểu chính thức dự Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030", None, None, None, None,
         26, "trúng cử")],
    [tg("thu nhập bình quân đầu người", 70, 74, "triệu đồng", "nhiệm kỳ 2022 - 2025", "vượt"),
     tg("bê tông hóa 3,6 km đường ấp", 3, 3.6, "km", "nhiệm kỳ 2022 - 2025", "vượt"),
     tg("kết nạp 4 đảng viên", 4, 4, "đảng viên", "nhiệm kỳ 2022 - 2025", "đạt"),
     tg("thu nhập bình quân đầu người đạt 85 triệu đồng/năm", 85, None, "triệu đồng", "nhiệm kỳ 2025 - 2027", None),
     tg("kết nạp 3 đảng viên mới", 3, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None),
     tg("100% hộ dân sử dụng nước sạch", 100, None, "%", "nhiệm kỳ 2025 - 2027", None)],
    [tk("sớm xây dựng chương trình hành động thực hiện Nghị quyết Đại hội", "Chi ủy khóa mới", "trước ngày 30/4/2025")],
    [], [],
    ["28 đảng viên", "có mặt 26 đồng chí", "9/10 chỉ tiêu", "74 triệu đồng/năm", "3,6 km", "25/26 phiếu"],
    ["Số lượt xem: 389", "14/04/2025 08:35", "lần thứ X", "2025 - 2027", "2022 - 2025", "Bình luận (0)"])

GOLD["tin05_ubnd_xa_tam_nong_phien_t10"] = doc(
    "tin_hoi_nghi", "UBND xã Tam Nông", None, None, None, "2026-10-06",
    "UBND xã Tam Nông họp phiên thường kỳ tháng 10: tập trung gỡ vướng giải ngân đầu tư công",
    meeting("phiên thường kỳ tháng 10 năm 2026", "hội nghị", None, None, "2026-10-06", None, ["Hà Văn Quân"], None),
    None, [],
    [tg("kế hoạch vốn đầu tư công", 64, 35.84, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Thu ngân sách trên địa bàn", 24, 19.2, "tỷ đồng", "năm 2026", "tiến độ")],
    [tk("chủ trì, phối hợp các chủ đầu tư rà soát từng dự án, hoàn thành thủ tục thanh toán khối lượng",
        "Phòng Kinh tế", "trước ngày 31/10/2026"),
     tk("chuẩn bị các điều kiện tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 18/18 khu dân cư",
        "Phòng Văn hóa - Xã hội", "trước ngày 15/11/2026"),
     tk("đôn đốc các bộ phận chuyên môn xử lý dứt điểm 07 hồ sơ đất đai tồn đọng", "Văn phòng HĐND và UBND xã",
        "trong tháng 10")],
    [], [],
    ["35,84 tỷ đồng, đạt 56%", "19,2 tỷ đồng, bằng 80% dự toán năm (24 tỷ đồng)", "1.320 ha", "56 tạ/ha", "98,7%",
     "07 hồ sơ đất đai"],
    ["Lượt xem: 517", "06/10/2026 17:05", "tháng 10", "18/18", "31/10/2026", "quý III/2026"])

GOLD["tin06_dang_uy_xa_yen_lac_so_ket_6t"] = doc(
    "tin_hoi_nghi", "Đảng ủy xã Yên Lạc", None, None, None, "2026-07-15",
    "Đảng ủy xã Yên Lạc sơ kết 6 tháng đầu năm 2026",
    meeting("hội nghị sơ kết công tác 6 tháng đầu năm", "hội nghị", None, None, "2026-07-15", None,
            ["Kiều Văn Thắng"], None, "trực tiếp kết hợp trực tuyến"),
    None, [],
    [tg("Thu ngân sách trên địa bàn", 60, 36.6, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("xóa 42 nhà tạm, dột nát", 42, 42, "nhà", "năm 2026", "đạt"),
     tg("Tỷ lệ hộ nghèo", 1.5, 1.9, "%", "năm 2026", "tiến độ"),
     tg("kết nạp 14 đảng viên", 30, 14, "đảng viên", "năm 2026", "tiến độ"),
     tg("Số vụ tai nạn giao thông", 5, 3, "vụ", "năm 2026", "tiến độ")],
    [tk("tập trung chỉ đạo thu ngân sách, giải ngân vốn đầu tư công", "UBND xã", None),
     tk("phối hợp các chi bộ hoàn thành hồ sơ kết nạp 16 quần chúng ưu tú còn lại", "Ban Xây dựng Đảng",
        "trước ngày 30/11/2026"),
     tk("chuẩn bị tốt nội dung kiểm điểm cuối năm", "các chi bộ thôn", None)],
    [], [],
    ["32 điểm cầu", "1.862 tỷ đồng", "tăng 9,1%", "36,6 tỷ đồng, bằng 61% dự toán năm (60 tỷ đồng)", "1,9%",
     "14 đảng viên, bằng 46,67% chỉ tiêu năm (30 đảng viên)", "3 vụ", "5 chi bộ"],
    ["Lượt đọc: 873", "16/07/2026 07:45", "6 tháng cuối năm 2026", "30/11/2026", "1 người chết", "Bình luận (0)"])


def main():
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", len(GOLD), "gold files")


if __name__ == "__main__":
    main()
