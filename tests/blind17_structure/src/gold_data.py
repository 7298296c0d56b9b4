#!/usr/bin/env python3
"""Source of truth for blind17_structure gold (hand-written). build.py writes the JSON."""
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
M, A, D, G, K, S = meeting, att, dec, tg, tk, sg

# ---------------- biên bản ----------------
GOLD["bb01_cb_thon_thuongky_t9_2025"] = doc(
    "bien_ban", "CHI BỘ THÔN PHÚ ĐA", "ĐẢNG BỘ XÃ NAM PHƯỚC", "07-BB/CB", "Nam Phước", "2025-09-12",
    "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2025",
    M("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2025", "thường kỳ", "19:30", "21:15", "2025-09-12",
      "Nhà văn hóa thôn Phú Đa", ["Lê Văn Trọng"], "Đỗ Thị Mai Hương"),
    A(27, 25, 2, 23, 4, [("Nguyễn Văn Tư", "được miễn sinh hoạt"), ("Lê Thị Sen", "được miễn sinh hoạt"),
                         ("Trần Minh Khoa", "đi làm ăn xa"), ("Huỳnh Thị Lụa", "ốm")]),
    [D("resolution", "nghị quyết tháng 9", None, 23, None, None, 23, "thông qua"),
     D("vote", "đề nghị công nhận đảng viên chính thức", "Trần Thị Ngọc Ánh", 20, 1, None, 21, "thông qua")],
    [G("thu quỹ an sinh xã hội", 30, 18.5, "triệu đồng", "năm 2025", "tiến độ"),
     G("năng suất bình quân", 60, 62, "tạ/ha", "vụ hè thu", "vượt")],
    [K("Ra quân nạo vét kênh N2", "Võ Thị Nhàn", "trước ngày 30/9/2025"),
     K("hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức gửi Đảng ủy xã", "Chi ủy", "trước ngày 20/9/2025"),
     K("vận động thu quỹ an sinh xã hội đạt kế hoạch", "Chi hội Phụ nữ", "trong quý IV/2025")],
    [S("THƯ KÝ", None, "Đỗ Thị Mai Hương"), S("T/M CHI BỘ", "BÍ THƯ", "Lê Văn Trọng")],
    [],
    ["27 đảng viên", "có mặt 23 đồng chí", "18,5 triệu đồng", "61,67%", "112/118 hộ", "62 tạ/ha", "23/23",
     "tán thành 20, không tán thành 1"],
    ["07-BB/CB", "19 giờ 30 phút", "21 giờ 15 phút", "kênh N2", "THÁNG 9 NĂM 2025"])

GOLD["bb02_cb_chuyende_q2_2024"] = doc(
    "bien_ban", "CHI BỘ TRƯỜNG THCS CẨM LẠC", "ĐẢNG ỦY XÃ CẨM LẠC", "04-BB/CB", "Cẩm Lạc", "2024-06-18",
    "Sinh hoạt chuyên đề quý II năm 2024",
    M("Sinh hoạt chuyên đề quý II năm 2024", "chuyên đề", "14:00", "16:30", "2024-06-18",
      "phòng Hội đồng nhà trường", ["Thái Văn Hòa"], "Nguyễn Thị Thu Hà"),
    A(19, None, None, 18, 1, [("Lê Thị Vân", "đi tập huấn chuyên môn tại tỉnh")]),
    [D("vote", "thông qua chuyên đề", None, 18, None, None, 18, "thông qua")],
    [G("học sinh giỏi cấp huyện", 25, 27, "học sinh", "năm học 2023 - 2024", "vượt"),
     G("học sinh giỏi cấp tỉnh", 5, 4, "học sinh", "năm học 2023 - 2024", "chưa đạt"),
     G("học sinh giỏi cấp huyện", 28, None, "học sinh", "năm học 2024 - 2025", None),
     G("học sinh giỏi cấp tỉnh", 5, None, "học sinh", "năm học 2024 - 2025", None)],
    [K("xây dựng kế hoạch bồi dưỡng học sinh giỏi năm học 2024 - 2025", "Tổ Khoa học tự nhiên", "trước ngày 15/8/2024"),
     K("chỉ đạo rà soát, phân loại học sinh ngay từ đầu năm học", "Phạm Thị Lan", None),
     K("đăng ký ít nhất 01 sản phẩm đổi mới phương pháp dạy học", "Mỗi đảng viên",
       "trong học kỳ I năm học 2024 - 2025")],
    [S("NGƯỜI GHI BIÊN BẢN", None, "Nguyễn Thị Thu Hà"), S("CHỦ TRÌ", None, "Thái Văn Hòa")],
    [],
    ["19 đồng chí", "Có mặt: 18 đồng chí", "27 học sinh giỏi cấp huyện", "4 học sinh giỏi cấp tỉnh", "99,2%",
     "18/18", "28 học sinh giỏi cấp huyện"],
    ["04-BB/CB", "14 giờ 00", "16 giờ 30", "quý II năm 2024", "01 sản phẩm"])

GOLD["bb03_bch_phuong_lan4_2025"] = doc(
    "bien_ban", "ĐẢNG ỦY PHƯỜNG TRẢNG DÀI", "ĐẢNG BỘ TỈNH ĐỒNG NAI", "19-BB/ĐU", "Trảng Dài", "2025-11-25",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 4",
    M("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 4", "hội nghị BCH", "07:30", "11:20", "2025-11-25",
      "Hội trường A, trụ sở Đảng ủy phường Trảng Dài", ["Nguyễn Hoàng Phúc", "Tạ Thị Kim Oanh"], "Lý Minh Đức"),
    A(35, None, None, 33, 2, [("Đặng Văn Cường", "công tác tại Thành phố Hồ Chí Minh"), ("Mai Thị Hạnh", "nghỉ ốm")]),
    [D("vote", "Báo cáo 11 tháng", None, 33, None, None, 33, "thông qua"),
     D("vote", "Quy chế làm việc sửa đổi", None, 31, 0, 2, 33, "thông qua"),
     D("vote", "thôi giữ chức Ủy viên Ban Thường vụ", "Trương Văn Lợi", 32, None, None, 33, "thông qua")],
    [G("Thu ngân sách", 450, 412.5, "tỷ đồng", "năm 2025", "tiến độ"),
     G("Kết nạp", 35, 38, "đảng viên", "năm 2025", "vượt"),
     G("Tỷ lệ hộ nghèo", 0.5, 0.42, "%", "năm 2025", "đạt"),
     G("thu ngân sách trên địa bàn", 480, None, "tỷ đồng", "năm 2026", None),
     G("tỷ lệ hộ nghèo", 0.4, None, "%", "năm 2026", None)],
    [K("chỉ đạo quyết liệt thu nợ thuế", "Ủy ban nhân dân phường", "trước ngày 31/12/2025"),
     K("hoàn thiện Quy chế làm việc sửa đổi, trình ký", "Văn phòng Đảng ủy", "trước ngày 05/12/2025"),
     K("tham mưu quy trình kiện toàn Ban Thường vụ", "Ban Xây dựng Đảng", "trong tháng 12/2025")],
    [S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Hoàng Phúc"), S("THƯ KÝ HỘI NGHỊ", None, "Lý Minh Đức")],
    ["Ban Thường vụ Tỉnh ủy (báo cáo)", "Các đồng chí Ủy viên BCH Đảng bộ phường", "Lưu Văn phòng Đảng ủy"],
    ["33/35 đồng chí", "412,5 tỷ đồng", "91,67%", "38 đảng viên", "0,42%",
     "nhất trí 31, không nhất trí 0, có ý kiến khác 2", "32/33 phiếu đồng ý", "480 tỷ đồng"],
    ["19-BB/ĐU", "LẦN THỨ 4", "2025 - 2030", "07 giờ 30", "11 giờ 20 phút"])

GOLD["bb04_hdnd_xa_kyhop_2024"] = doc(
    "bien_ban", "HỘI ĐỒNG NHÂN DÂN XÃ TÂN THẠNH", None, "45/BB-HĐND", "Tân Thạnh", "2024-12-20",
    "Kỳ họp thứ mười hai, Hội đồng nhân dân xã Tân Thạnh khóa XI, nhiệm kỳ 2021 - 2026",
    M("kỳ họp thứ mười hai (kỳ họp thường lệ cuối năm 2024)", "hội nghị", "07:30", "11:00", "2024-12-20",
      "Hội trường UBND xã Tân Thạnh", ["Huỳnh Văn Nhân", "Dương Thị Kiều"], "Lâm Thị Ngọc Trâm"),
    A(25, None, None, 23, 2, [("Võ Thành Đạt", "đi chữa bệnh"), ("Nguyễn Thị Bé Tư", "bận việc gia đình")]),
    [D("resolution", "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025", None, 23, None, None, 23, "thông qua"),
     D("resolution", "Nghị quyết phê chuẩn dự toán ngân sách năm 2025", None, 22, 0, 1, 23, "thông qua"),
     D("resolution", "Nghị quyết chương trình giám sát năm 2025 của HĐND xã và 2 nghị quyết còn lại", None, 23, None,
       None, 23, "thông qua")],
    [G("tổng thu ngân sách trên địa bàn", 14, 14.86, "tỷ đồng", "năm 2024", "vượt"),
     G("diện tích lúa 3 vụ", 6500, 6420, "ha", "năm 2024", "chưa đạt"),
     G("tỷ lệ hộ nghèo", 1.5, 1.35, "%", "năm 2024", "đạt"),
     G("thu ngân sách", 15.5, None, "tỷ đồng", "năm 2025", None),
     G("tỷ lệ hộ nghèo", 1, None, "%", "năm 2025", None),
     G("ấp đạt chuẩn ấp văn hóa", 100, None, "%", "năm 2025", None)],
    [K("xây dựng kế hoạch thực hiện nghị quyết", "UBND xã", "trước ngày 10/01/2025"),
     K("giám sát tiến độ nhựa hóa tuyến đường ấp Bắc Đông", "Ban Kinh tế - Xã hội HĐND xã", "trong quý I/2025")],
    [S("THƯ KÝ KỲ HỌP", None, "Lâm Thị Ngọc Trâm"), S("CHỦ TỌA KỲ HỌP", "CHỦ TỊCH HĐND XÃ", "Huỳnh Văn Nhân")],
    [],
    ["có mặt 23 vị", "14,86 tỷ đồng", "106,14%", "6.420 ha", "98,77%", "1,35%", "tán thành 22/23", "5 nghị quyết"],
    ["45/BB-HĐND", "thứ mười hai", "2021 - 2026", "7 giờ 30 phút", "11 giờ 00", "6 ấp"])

GOLD["bb05_ubnd_xa_hop_t10_2025"] = doc(
    "bien_ban", "ỦY BAN NHÂN DÂN XÃ CỬA TÙNG", "UBND TỈNH QUẢNG TRỊ", "112/BB-UBND", "Cửa Tùng", "2025-10-06",
    "Phiên họp thường kỳ tháng 10 năm 2025 của Ủy ban nhân dân xã",
    M("Phiên họp thường kỳ tháng 10 năm 2025", "hội nghị", "14:00", "17:10", "2025-10-06",
      "Phòng họp số 2, trụ sở UBND xã Cửa Tùng", ["Đoàn Minh Khôi"], "Nguyễn Hữu Thọ"),
    A(21, None, None, 19, 2, [("Hồ Văn Tâm", "họp tại Công an tỉnh"), ("Trần Thị Lệ", "đi công tác")]),
    [],
    [G("Thu ngân sách nhà nước trên địa bàn", 30, 22.4, "tỷ đồng", "năm 2025", "tiến độ"),
     G("tỷ lệ hồ sơ trực tuyến toàn trình", 50, 46, "%", "năm 2025", "tiến độ"),
     G("Sản lượng khai thác hải sản", 10000, 8120, "tấn", "năm 2025", "tiến độ")],
    [K("phối hợp Đồn Biên phòng Cửa Tùng thực hiện phương án neo đậu tàu thuyền", "Phòng Kinh tế",
       "trước ngày 15/10/2025"),
     K("lập dự toán sửa chữa 3 điểm trường, trình UBND xã", "Phòng Văn hóa - Xã hội", "trước ngày 20/10/2025"),
     K("hướng dẫn người dân nộp hồ sơ trực tuyến", "Trung tâm Phục vụ hành chính công xã", "trong quý IV/2025"),
     K("chỉ đạo đôn đốc thu ngân sách theo lĩnh vực phụ trách", "Các thành viên UBND xã", None)],
    [S("NGƯỜI GHI BIÊN BẢN", None, "Nguyễn Hữu Thọ"), S("CHỦ TỊCH", None, "Đoàn Minh Khôi")],
    [],
    ["có mặt 19", "22,4 tỷ đồng", "74,67%", "58,3%", "3.415 hồ sơ", "98,98%", "46%", "8.120 tấn"],
    ["112/BB-UBND", "14h00", "17h10", "42 tàu cá", "tháng 10 năm 2025", "số 2"])

GOLD["bb06_daihoi_cb_2025"] = doc(
    "bien_ban", "CHI BỘ ẤP TÂN QUY", "ĐẢNG BỘ XÃ ĐÔNG HƯNG", None, "Đông Hưng", "2025-10-14",
    "ĐẠI HỘI CHI BỘ ẤP TÂN QUY LẦN THỨ XI, NHIỆM KỲ 2025 - 2030",
    M("ĐẠI HỘI CHI BỘ ẤP TÂN QUY LẦN THỨ XI, NHIỆM KỲ 2025 - 2030", "đại hội", "07:30", "16:30", "2025-10-14",
      "Hội trường ấp Tân Quy", ["Tô Văn Hiền", "Lê Thị Bích Thủy"], "Cao Minh Tùng"),
    A(31, 28, 3, 29, 2, [("Huỳnh Văn Út", "đau ốm"), ("Phạm Thị Hoa", "đi làm ăn xa")]),
    [D("vote", "số lượng chi ủy nhiệm kỳ 2025 - 2030 là 3 đồng chí", None, 27, None, None, 27, "thông qua"),
     D("election", "Bầu Chi ủy", "Tô Văn Hiền", 26, None, None, 27, "trúng cử"),
     D("election", "Bầu Chi ủy", "Lê Thị Bích Thủy", 25, None, None, 27, "trúng cử"),
     D("election", "Bầu Chi ủy", "Đinh Công Nghĩa", 21, None, None, 27, "trúng cử"),
     D("election", "Bầu Chi ủy", "Trần Văn Sáu", 9, None, None, 27, "không trúng cử"),
     D("election", "Bầu Bí thư Chi bộ", "Tô Văn Hiền", 25, None, None, 27, "trúng cử"),
     D("election", "Bầu Phó Bí thư", "Lê Thị Bích Thủy", 26, None, None, 27, "trúng cử"),
     D("election", "Bầu đại biểu dự Đại hội Đảng bộ xã", None, None, None, None, 27, "trúng cử"),
     D("resolution", "Nghị quyết Đại hội", None, 29, None, None, 29, "thông qua")],
    [G("kết nạp", 8, 9, "đảng viên", "nhiệm kỳ 2020 - 2025", "vượt"),
     G("thu nhập bình quân đầu người", 60, 64, "triệu đồng", "năm 2024", "vượt"),
     G("kết nạp", 10, None, "đảng viên", "nhiệm kỳ 2025 - 2030", None),
     G("thu nhập bình quân đầu người", 90, None, "triệu đồng", "năm 2030", None),
     G("tỷ lệ hộ nghèo", 1, None, "%", "nhiệm kỳ 2025 - 2030", None)],
    [K("hoàn chỉnh hồ sơ đại hội, báo cáo Đảng ủy xã", "Chi ủy khóa mới", "trước ngày 20/10/2025")],
    [S("T/M ĐOÀN CHỦ TỊCH", None, "Tô Văn Hiền"), S("THƯ KÝ ĐẠI HỘI", None, "Cao Minh Tùng")],
    [],
    ["31 đồng chí (28 chính thức, 3 dự bị)", "Có mặt 29 đồng chí", "112,5%", "64 triệu đồng", "27/27",
     "25/27 phiếu", "26/27 phiếu", "29/29"],
    ["LẦN THỨ XI", "2025 - 2030", "7 giờ 30 phút", "16 giờ 30 phút", "2020 - 2025", "5/5 năm"])

GOLD["bb07_kiemphieu_bithu_2025"] = doc(
    "bien_ban", "CHI BỘ THÔN LA HƯỜNG", "ĐẢNG BỘ XÃ HÒA VANG", None, "Hòa Vang", "2025-10-09",
    "Bầu Bí thư Chi bộ nhiệm kỳ 2025 - 2030",
    M("Đại hội Chi bộ thôn La Hường lần thứ X, nhiệm kỳ 2025 - 2030", "đại hội", None, None, "2025-10-09",
      None, [], None),
    A(24, None, None, 22, 2, []),
    [D("election", "bầu Bí thư Chi bộ", "Lê Công Trứ", 17, None, None, 21, "trúng cử"),
     D("election", "bầu Bí thư Chi bộ", "Huỳnh Văn Phước", 4, None, None, 21, "không trúng cử")],
    [], [],
    [S("BAN KIỂM PHIẾU", "Trưởng ban", "Trương Thị Mỹ Lệ"), S("Ủy viên", None, "Nguyễn Văn Bình"),
     S("Ủy viên", None, "Phan Đức Hậu")],
    [],
    ["24 đồng chí", "22 đồng chí", "Số phiếu hợp lệ: 21", "70,83", "16,67", "17 phiếu"],
    ["LẦN THỨ X", "2025 - 2030", "10 giờ 40 phút", "10 giờ 55 phút", "03 bản"])

GOLD["bb08_kyluat_cb_2026"] = doc(
    "bien_ban", "CHI BỘ KHU DÂN CƯ SỐ 3", "ĐẢNG BỘ PHƯỜNG AN HẢI", "02-BB/CB", "An Hải", "2026-01-22",
    "Họp chi bộ xem xét, đề nghị thi hành kỷ luật đảng viên",
    M("Họp chi bộ xem xét, đề nghị thi hành kỷ luật đảng viên", "chuyên đề", "19:00", "21:05", "2026-01-22",
      "Nhà sinh hoạt cộng đồng Khu dân cư số 3", ["Phùng Văn Quyết"], "Hà Thị Thanh Nga"),
    A(22, 20, 2, 19, 3, [("Nguyễn Thị Hằng", "nằm viện"), ("Lại Văn Toàn", "công tác xa"),
                         ("Võ Thanh Sơn", "đã có bản kiểm điểm gửi chi bộ, xin vắng")]),
    [D("discipline", "đề nghị hình thức kỷ luật", "Võ Thanh Sơn", 12, None, None, 20, "khiển trách")],
    [],
    [K("hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường", "Chi ủy", "trước ngày 31/01/2026"),
     K("tự tháo dỡ công trình vi phạm", "Võ Thanh Sơn", "trước ngày 28/02/2026")],
    [S("NGƯỜI GHI BIÊN BẢN", None, "Hà Thị Thanh Nga"), S("T/M CHI BỘ", "BÍ THƯ", "Phùng Văn Quyết")],
    [],
    ["22 đảng viên (20 chính thức, 2 dự bị)", "Có mặt 19 (17 chính thức, 2 dự bị)", "68 m2", "12 triệu đồng",
     "khiển trách 12 phiếu", "cảnh cáo 4 phiếu", "12/20 đảng viên chính thức", "8 đồng chí"],
    ["02-BB/CB", "69-QĐ/TW", "19 giờ 00", "21 giờ 05 phút", "Khu dân cư số 3"])

# ---------------- báo cáo ----------------
GOLD["bc01_du_xa_quy1_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ HOẰNG TIẾN", "ĐẢNG BỘ TỈNH THANH HÓA", "61-BC/ĐU", "Hoằng Tiến", "2026-03-28",
    "kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026",
    None, None, [],
    [G("Tổng diện tích gieo cấy vụ Xuân", 1835, 1840, "ha", "vụ Xuân 2026", "vượt"),
     G("Thu ngân sách nhà nước trên địa bàn", 40, 9.6, "tỷ đồng", "năm 2026", "tiến độ"),
     G("Giao quân", 31, 31, "thanh niên", "năm 2026", "đạt"),
     G("Tỷ lệ người dân tham gia bảo hiểm y tế", 95, 91.8, "%", "năm 2026", "tiến độ"),
     G("Kết nạp", 30, 7, "đảng viên", "năm 2026", "tiến độ"),
     G("kết nạp thêm", 10, None, "đảng viên", "quý II", None)],
    [K("Lãnh đạo chăm sóc lúa vụ Xuân, chuẩn bị thu hoạch", None, None),
     K("đẩy nhanh tiến độ đấu giá quyền sử dụng đất tại mặt bằng quy hoạch Đồng Chùa", "Ủy ban nhân dân xã",
       "trước ngày 30/6/2026"),
     K("tổ chức bù", "Các chi bộ chưa sinh hoạt chuyên đề", "trong tháng 4/2026"),
     K("Chuẩn bị chu đáo các điều kiện tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI", None, None),
     K("rà soát nguồn phát triển đảng viên", "Ban Xây dựng Đảng", None)],
    [S("T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Đình Khang")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["1.840 ha", "100,27%", "9,6 tỷ đồng", "24%", "31 thanh niên", "91,8%", "95,86%", "7 đảng viên mới"],
    ["61-BC/ĐU", "Bính Ngọ", "khóa XVI", "2026 - 2031", "Đại hội XIV"])

GOLD["bc02_ubnd_phuong_6t_2025"] = doc(
    "bao_cao", "ỦY BAN NHÂN DÂN PHƯỜNG LỘC TIẾN", "ỦY BAN NHÂN DÂN THÀNH PHỐ BẢO LỘC", "148/BC-UBND", "Lộc Tiến",
    "2025-06-16",
    "Tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và nhiệm vụ, giải pháp 6 tháng cuối năm 2025",
    None, None, [],
    [G("Tổng thu ngân sách trên địa bàn", 52, 27.35, "tỷ đồng", "năm 2025", "tiến độ"),
     G("Diện tích chè, cà phê ứng dụng công nghệ cao", 400, 412, "ha", "năm 2025", "vượt"),
     G("Tỷ lệ hộ nghèo", 0.4, 0.31, "%", "năm 2025", "đạt"),
     G("Giải quyết việc làm", 400, 265, "lao động", "năm 2025", "tiến độ")],
    [K("Thực hiện sắp xếp đơn vị hành chính, bàn giao hồ sơ, tài sản theo chỉ đạo của cấp trên", None,
       "trước ngày 30/6/2025"),
     K("phối hợp các khu phố ra quân trấn áp tội phạm", "Công an phường", None),
     K("đôn đốc thu nợ thuế, phấn đấu hoàn thành dự toán thu ngân sách năm", "Bộ phận Tài chính - Kế toán", None),
     K("Tiếp tục giải quyết việc làm", None, None)],
    [S("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Bùi Thị Hải Yến")],
    ["UBND thành phố Bảo Lộc", "TT Đảng ủy, TT HĐND phường", "Chủ tịch, các PCT UBND phường", "Lưu: VT"],
    ["27,35 tỷ đồng", "52,6%", "412 ha", "103%", "0,31%", "265 lao động", "66,25%", "3 vụ phạm pháp hình sự"],
    ["148/BC-UBND", "6 tháng đầu năm", "6 tháng cuối năm 2025"])

GOLD["bc03_ubnd_xa_9t_2025"] = doc(
    "bao_cao", "ỦY BAN NHÂN DÂN XÃ VĨNH HANH", "UBND TỈNH AN GIANG", "207/BC-UBND", "Vĩnh Hanh", "2025-09-24",
    "Kết quả thực hiện nhiệm vụ kinh tế - xã hội 9 tháng năm 2025; phương hướng, nhiệm vụ quý IV năm 2025",
    None, None, [],
    [G("xuống giống lúa Thu Đông", 5400, 5230, "ha", "vụ Thu Đông 2025", "tiến độ"),
     G("Nuôi trồng thủy sản", 110, 118, "ha", "năm 2025", "vượt"),
     G("thu ngân sách trên địa bàn", 15, 11.82, "tỷ đồng", "năm 2025", "tiến độ"),
     G("người chết do tai nạn giao thông", 3, 1, "người", "năm 2025", "tiến độ")],
    [K("theo dõi lịch thời vụ, hướng dẫn nông dân xuống giống hết diện tích kế hoạch", "Phòng Kinh tế",
       "trước ngày 15/10/2025"),
     K("Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm 15 tỷ đồng", None, None),
     K("tăng cường tuần tra kiểm soát trên các tuyến đường liên ấp", "Công an xã", None),
     K("chuẩn bị nội dung kỳ họp cuối năm của HĐND xã", "Văn phòng HĐND và UBND xã", "trước ngày 30/11/2025")],
    [S("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Châu Văn Lộc")],
    ["UBND tỉnh (b/c)", "Đảng ủy, HĐND xã", "Lưu: VT, VP"],
    ["5.230 ha", "96,85%", "6,4 tấn/ha", "118 ha", "11,82 tỷ đồng", "78,8%", "19/19 tiêu chí", "38,5%"],
    ["207/BC-UBND", "3 tháng", "quý IV năm 2025"])

GOLD["bc04_so_nnmt_nam_2025"] = doc(
    "bao_cao", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH TUYÊN QUANG", "1875/BC-SNNMT", "Tuyên Quang", "2025-12-19",
    "Tổng kết công tác năm 2025, kế hoạch năm 2026",
    None, None, [],
    [G("Tốc độ tăng trưởng giá trị sản xuất nông, lâm nghiệp, thủy sản", 3.8, 4.1, "%", "năm 2025", "vượt"),
     G("Trồng rừng tập trung", 16000, 16240, "ha", "năm 2025", "vượt"),
     G("Tỷ lệ che phủ rừng", 65.5, 65.2, "%", "năm 2025", "chưa đạt"),
     G("Số xã đạt chuẩn nông thôn mới nâng cao", 12, 9, "xã", "năm 2025", "chưa đạt"),
     G("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", 95, 96.4, "%", "năm 2025", "vượt"),
     G("trồng rừng tập trung", 16500, None, "ha", "năm 2026", None),
     G("tỷ lệ che phủ rừng", 65.5, None, "%", "năm 2026", None),
     G("xã đạt chuẩn nông thôn mới nâng cao", 10, None, "xã", "năm 2026", None)],
    [K("rà soát hiện trạng rừng sau bão, báo cáo UBND tỉnh", "Chi cục Kiểm lâm", "trước ngày 31/3/2026"),
     K("hoàn thành cơ sở dữ liệu đất đai các xã", "Phòng Quản lý đất đai", "trong quý II/2026"),
     K("hướng dẫn các xã xây dựng lộ trình đạt chuẩn nâng cao", "Văn phòng Điều phối nông thôn mới", None)],
    [S("GIÁM ĐỐC", None, "Hoàng Quốc Vượng")],
    ["Bộ Nông nghiệp và Môi trường", "TT Tỉnh ủy, TT HĐND tỉnh", "UBND tỉnh", "Lãnh đạo Sở", "Lưu: VT, KHTC"],
    ["4,1%", "16.240 ha", "101,5%", "65,2%", "9 xã", "96,4%", "7.812 giấy chứng nhận", "92,7%"],
    ["1875/BC-SNNMT", "bão số 3"])

GOLD["bc05_mttq_xa_nam_2025"] = doc(
    "bao_cao", "ỦY BAN MTTQ VIỆT NAM XÃ YÊN THÀNH", "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "38/BC-MTTQ", "Yên Thành",
    "2025-12-10",
    "Kết quả công tác Mặt trận năm 2025 và chương trình phối hợp thống nhất hành động năm 2026",
    None, None, [],
    [G('Quỹ "Vì người nghèo"', 350, 412, "triệu đồng", "năm 2025", "vượt"),
     G("nhà Đại đoàn kết", 20, 18, "nhà", "năm 2025", "chưa đạt"),
     G('vận động Quỹ "Vì người nghèo"', 400, None, "triệu đồng", "năm 2026", None),
     G("nhà Đại đoàn kết", 15, None, "nhà", "năm 2026", None),
     G("tỷ lệ hộ gia đình văn hóa", 96, None, "%", "năm 2026", None)],
    [K("tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 31/31 khu dân cư", "Ban Thường trực", "trước ngày 18/11/2026"),
     K("rà soát, đề xuất danh sách hộ khó khăn về nhà ở", "Các Ban Công tác Mặt trận", "trong tháng 01/2026"),
     K("tham gia giám sát việc chuẩn bị bầu cử đại biểu Quốc hội và HĐND các cấp", "Các tổ chức thành viên", None)],
    [S("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Thị Thanh Bình")],
    ["BTT UBMTTQ tỉnh (b/c)", "Đảng ủy xã (b/c)", "Các tổ chức thành viên", "Lưu VP"],
    ["48 ủy viên", "14.612/15.240 hộ", "95,88%", "29/31 khu dân cư", "412 triệu đồng", "18 nhà Đại đoàn kết",
     "1.350 suất quà", "73/73"],
    ["38/BC-MTTQ", "31 Ban Công tác Mặt trận"])

GOLD["bc06_du_phuong_nam_2024"] = doc(
    "bao_cao", "ĐẢNG ỦY PHƯỜNG TIỀN PHONG", "ĐẢNG BỘ THÀNH PHỐ THÁI BÌNH", "112-BC/ĐU", "Tiền Phong", "2024-12-18",
    "kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường năm 2024, phương hướng, nhiệm vụ năm 2025",
    None, None, [],
    [G("Giá trị sản xuất tiểu thủ công nghiệp - dịch vụ", 8, 9.2, "%", "năm 2024", "vượt"),
     G("Thu ngân sách nhà nước", 40, 35.7, "tỷ đồng", "năm 2024", "chưa đạt"),
     G("Tỷ lệ hộ nghèo", 0.3, 0.26, "%", "năm 2024", "đạt"),
     G("Tỷ lệ người tham gia BHYT", 95, 95.1, "%", "năm 2024", "vượt"),
     G("Kết nạp đảng viên mới", 25, 27, "đảng viên", "năm 2024", "vượt"),
     G("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", 90, 92.31, "%", "năm 2024", "vượt"),
     G("Thu ngân sách nhà nước", 42, None, "tỷ đồng", "năm 2025", None),
     G("Tỷ lệ hộ nghèo", 0.2, None, "%", "năm 2025", None),
     G("Kết nạp", 25, None, "đảng viên", "năm 2025", None)],
    [K("Tổ chức thành công đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027", None, "trước ngày 31/3/2025"),
     K("tổ chức đấu giá quyền sử dụng đất lô LK3", "UBND phường", "trong quý II/2025"),
     K("kiểm tra việc chấp hành chế độ sinh hoạt của 5 chi bộ tổ dân phố", "Ủy ban Kiểm tra Đảng ủy phường", None)],
    [S("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Đặng Thị Minh Nguyệt")],
    ["Thường trực Thành ủy (b/c)", "Ban Tổ chức Thành ủy", "Các chi bộ trực thuộc", "Lưu VP"],
    ["1.146 đảng viên", "1.268 tỷ đồng", "9,2%", "35,7 tỷ đồng", "89,25%", "0,26%", "95,1%", "5/6 chỉ tiêu"],
    ["112-BC/ĐU", "03-NQ/ĐU", "lô LK3", "2025 - 2027"])

GOLD["bc07_so_gddt_quy3_2025"] = doc(
    "bao_cao", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "2214/BC-SGDĐT", "Gia Lai", "2025-09-29",
    "Kết quả công tác quý III và nhiệm vụ trọng tâm quý IV năm 2025",
    None, None, [],
    [G("tỷ lệ tốt nghiệp", 98, 98.64, "%", "năm 2025", "vượt"),
     G("Tuyển sinh lớp 10 công lập", 28800, 27960, "học sinh", "năm 2025", "chưa đạt"),
     G("trường đạt chuẩn quốc gia", 30, 14, "trường", "năm 2025", "tiến độ"),
     G("Tuyển dụng", 500, 356, "giáo viên", "năm 2025", "tiến độ")],
    [K("tham mưu tổ chức tuyển dụng đợt 2", "Phòng Tổ chức cán bộ", "trước ngày 15/12/2025"),
     K("đôn đốc các chủ đầu tư giải ngân vốn", "Phòng Kế hoạch - Tài chính", "đến ngày 31/12/2025"),
     K("hướng dẫn các xã, phường kiểm tra, công nhận trường đạt chuẩn quốc gia", "Các phòng chuyên môn", None),
     K("Tổ chức Hội nghị tổng kết năm 2025 của ngành", None, "trong tháng 12/2025")],
    [S("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nay Thị H'Linh")],
    ["UBND tỉnh (b/c)", "Bộ GD&ĐT (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, KHTC"],
    ["31.482 thí sinh", "98,64%", "27.960 học sinh", "97,08%", "14 trường", "356 giáo viên", "71,2%", "61,5%"],
    ["2214/BC-SGDĐT", "2024 - 2025", "đợt 2", "712 trường"])

# ---------------- nghị quyết / kết luận ----------------
GOLD["nq01_cb_t11_2025"] = doc(
    "nghi_quyet", "CHI BỘ THÔN ĐỒNG TÂM", "ĐẢNG BỘ XÃ PHÚ LƯƠNG", "11-NQ/CB", "Phú Lương", "2025-11-10",
    "Sinh hoạt chi bộ tháng 11 năm 2025",
    M(None, None, None, None, "2025-11-10", None, [], None),
    None,
    [D("resolution", "Nghị quyết", None, 22, None, None, 22, "thông qua")],
    [G("Thu quỹ quốc phòng - an ninh", 24, 21.6, "triệu đồng", "năm 2025", "tiến độ"),
     G("ngô và rau màu", 25, None, "ha", "vụ Đông", None)],
    [K("Triển khai kế hoạch sản xuất vụ Đông", None, None),
     K("chỉ đạo Ban Công tác Mặt trận tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại nhà văn hóa thôn", "Chi ủy",
       "vào ngày 16/11/2025"),
     K("vận động 3 hộ còn lại ký cam kết", "Hứa Văn Bình", "trước ngày 20/11/2025"),
     K("Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025", "mỗi đảng viên",
       "trước ngày 05/12/2025"),
     K("giới thiệu ít nhất 01 đoàn viên ưu tú để chi bộ bồi dưỡng", "Đoàn Thanh niên thôn", None),
     K("phân công đảng viên phụ trách từng nhóm hộ", "Chi ủy", None),
     K("theo dõi, đôn đốc, báo cáo kết quả tại kỳ sinh hoạt tháng 12", "đồng chí Phó Bí thư",
       "tại kỳ sinh hoạt tháng 12")],
    [S("T/M CHI BỘ", "BÍ THƯ", "Ma Thị Hồng")],
    [],
    ["64 ha", "58 tạ/ha", "420 m", "186 ngày công", "21,6 triệu đồng", "90%", "25 ha", "22/22"],
    ["11-NQ/CB", "tháng 12", "10/11/2025"])

GOLD["nq02_du_xa_bch_lan3_2025"] = doc(
    "nghi_quyet", "BAN CHẤP HÀNH ĐẢNG BỘ XÃ NA SẦM", "ĐẢNG BỘ TỈNH LẠNG SƠN", "07-NQ/ĐU", "Na Sầm", "2025-09-30",
    "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (khóa I) về nhiệm vụ trọng tâm quý IV năm 2025",
    M("Hội nghị lần thứ 3", "hội nghị BCH", None, None, "2025-09-29", None, ["Hoàng Văn Khiêm"], None),
    A(27, None, None, 26, 1, []),
    [D("resolution", "thông qua Nghị quyết", None, 26, None, None, 26, "thông qua")],
    [G("thu ngân sách trên địa bàn", 36, 31.2, "tỷ đồng", "năm 2025", "tiến độ"),
     G("kết nạp", 22, 16, "đảng viên", "năm 2025", "tiến độ"),
     G("trồng rừng", 220, 246, "ha", "năm 2025", "vượt"),
     G("kết nạp", 6, None, "đảng viên", "quý IV", None),
     G("tỷ lệ tham gia BHYT", 96, None, "%", "quý IV", None)],
    [K("tập trung thu thuế tại cửa khẩu phụ, khu chợ biên giới", "Ủy ban nhân dân xã", "trước ngày 15/12/2025"),
     K("hướng dẫn các chi bộ thôn hoàn thiện hồ sơ kết nạp đảng viên", "Ban Xây dựng Đảng", "trong tháng 10/2025"),
     K("phối hợp Đồn Biên phòng tuần tra, kiểm soát đường mòn, lối mở", "Đảng ủy Quân sự và Công an xã", None),
     K("theo dõi, tổng hợp, báo cáo Ban Thường vụ", "Văn phòng Đảng ủy", None)],
    [S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Hoàng Văn Khiêm")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    ["26/27", "31,2 tỷ đồng", "16 đảng viên", "246 ha", "96%", "26/26"],
    ["07-NQ/ĐU", "lần thứ 3", "2025 - 2030", "quý IV năm 2025"])

GOLD["kl03_btv_du_phuong_2026"] = doc(
    "nghi_quyet", "ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "45-KL/ĐU", "Thủy Nguyên",
    "2026-02-14",
    "của Ban Thường vụ Đảng ủy phường về tình hình thực hiện nhiệm vụ tháng 01 và công tác chuẩn bị bầu cử",
    M(None, "hội nghị", None, None, "2026-02-12", None, ["Bùi Thanh Tùng"], None),
    None, [],
    [G("Giao quân", 84, 84, "thanh niên", "năm 2026", "đạt"),
     G("Thu ngân sách", 400, 38.4, "tỷ đồng", "năm 2026", "tiến độ")],
    [K("lãnh đạo đẩy nhanh tiến độ giải phóng mặt bằng dự án đường vành đai 1", "Đảng ủy Ủy ban nhân dân phường",
       "trước ngày 31/3/2026"),
     K("kiểm tra công tác chuẩn bị tại 34 khu vực bỏ phiếu", "Ủy ban bầu cử phường", "trước ngày 28/02/2026"),
     K("đẩy mạnh tuyên truyền về cuộc bầu cử", "Ban Tuyên giáo và Dân vận Đảng ủy phường", None),
     K("phân công đảng viên nắm tình hình dư luận, báo cáo Đảng ủy", "Các chi bộ khu dân cư", "trước ngày 05/3/2026")],
    [S("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Vũ Thị Ngân")],
    ["Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    ["2.318 suất quà", "1,62 tỷ đồng", "38,4 tỷ đồng", "9,6%", "84 thanh niên", "34 khu vực bỏ phiếu"],
    ["45-KL/ĐU", "tháng 01/2026", "Bính Ngọ", "vành đai 1"])

# ---------------- tin hội nghị ----------------
GOLD["tin01_cb_thon_thuongky_t8_2025"] = doc(
    "tin_hoi_nghi", "Chi bộ thôn Khe Mạ", "Đảng bộ xã Phú Đình", None, None, "2025-08-07",
    "Chi bộ thôn Khe Mạ sinh hoạt thường kỳ tháng 8, tập trung vào phát triển kinh tế đồi rừng",
    M("sinh hoạt thường kỳ tháng 8 năm 2025", "thường kỳ", None, None, "2025-08-07", None, ["Lục Văn Thành"], None),
    A(24, 22, 2, 21, 3, []),
    [D("resolution", "Nghị quyết tháng 8", None, 21, None, None, 21, "thông qua"),
     D("vote", "đề nghị kết nạp quần chúng Hoàng Thị Lan vào Đảng", "Hoàng Thị Lan", 19, None, None, 19, "thông qua")],
    [G("rừng keo", 50, 38, "ha", "năm 2025", "tiến độ"),
     G("quỹ khuyến học", 12, 15.2, "triệu đồng", "năm 2025", "vượt")],
    [K("rà soát hộ khó khăn, gửi danh sách về UBND xã", "Ban Công tác Mặt trận thôn", "trước ngày 20/8/2025")],
    [], [],
    ["24 đảng viên", "21 đảng viên", "38 ha", "76%", "39 triệu đồng", "15,2 triệu đồng", "19/19"],
    ["Lượt xem: 312", "09/08/2025 16:22", "Bình luận (0)", "FSC"])

GOLD["tin02_hdnd_phuong_kyhop5_2025"] = doc(
    "tin_hoi_nghi", "HĐND phường Bắc Giang", None, None, None, "2025-12-16",
    "KỲ HỌP THỨ 5 HĐND PHƯỜNG BẮC GIANG THÔNG QUA 7 NGHỊ QUYẾT",
    M("Kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2025)", "hội nghị", None, None, "2025-12-16", None,
      ["Thân Thị Hải Vân", "Dương Văn Tú"], None),
    A(44, None, None, 41, 3, []),
    [D("resolution", "Nghị quyết về dự toán ngân sách năm 2026", None, 40, None, 1, 41, "thông qua"),
     D("resolution", "7 nghị quyết", None, None, None, None, None, "thông qua")],
    [G("tổng thu ngân sách nhà nước trên địa bàn", 600, 612.5, "tỷ đồng", "năm 2025", "vượt"),
     G("tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình", 60, 52.3, "%", "năm 2025", "chưa đạt"),
     G("thu ngân sách", 650, None, "tỷ đồng", "năm 2026", None),
     G("tỷ lệ hộ nghèo", 0.15, None, "%", "năm 2026", None)],
    [K("khẩn trương triển khai các nghị quyết, xây dựng kế hoạch", "UBND phường", "trước ngày 31/12/2025")],
    [], [],
    ["41/44 đại biểu", "612,5 tỷ đồng", "102,08%", "0,18%", "96/98 tổ dân phố", "52,3%", "40/41",
     "11 lượt ý kiến"],
    ["17/12/2025 10:05", "khóa I", "2021 - 2026", "Kỳ họp thứ 5"])

GOLD["tin03_bch_xa_lan6_2025"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Tam Đảo", "Tỉnh ủy Phú Thọ", None, None, "2025-12-11",
    "Hội nghị Ban Chấp hành Đảng bộ xã Tam Đảo lần thứ 6",
    M("Hội nghị lần thứ 6, khóa I, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-12-11", None,
      ["Kiều Thị Thu Hà"], None),
    A(33, None, None, 31, 2, []),
    [D("election", "bầu bổ sung Ủy viên Ban Thường vụ Đảng ủy xã", "Đỗ Mạnh Cường", 29, None, None, 31, "trúng cử")],
    [G("khách du lịch", 1.2, 1.28, "triệu lượt", "năm 2025", "vượt"),
     G("Kết nạp", 40, 41, "đảng viên", "năm 2025", "vượt"),
     G("Tỷ lệ hộ nghèo", 2, 2.1, "%", "năm 2025", "chưa đạt"),
     G("thu ngân sách trên địa bàn", 92, None, "tỷ đồng", "năm 2026", None),
     G("khách", 1.4, None, "triệu lượt", "năm 2026", None),
     G("kết nạp", 40, None, "đảng viên", "năm 2026", None)],
    [K("hoàn thành phương án quản lý hoạt động homestay tại thị trấn du lịch cũ", "UBND xã", "trước ngày 15/01/2026"),
     K("tăng cường kiểm tra, giám sát việc quản lý đất rừng", "Ủy ban Kiểm tra Đảng ủy xã", None)],
    [], [],
    ["15/17 chỉ tiêu", "86,7 tỷ đồng", "8,4%", "1,28 triệu lượt", "41 đảng viên", "102,5%", "2,1%", "29/31 phiếu"],
    ["Lượt xem: 1.087", "12/12/2025 - 15:40", "lần thứ 6", "2025 - 2030", "148 xã, phường"])

GOLD["tin04_daihoi_cb_2025"] = doc(
    "tin_hoi_nghi", "Chi bộ Trường Tiểu học Quỳnh Lâm", "Đảng bộ xã Quỳnh Lâm", None, None, "2025-03-22",
    "Chi bộ Trường Tiểu học Quỳnh Lâm tổ chức Đại hội nhiệm kỳ 2025 - 2027",
    M("Đại hội Chi bộ nhiệm kỳ 2025 - 2027", "đại hội", None, None, "2025-03-22", None,
      ["Nguyễn Thị Hiền", "Hồ Đức Toàn"], None),
    A(21, 19, 2, 20, 1, []),
    [D("election", "bầu Chi ủy khóa mới gồm 3 đồng chí", None, None, None, None, None, "trúng cử"),
     D("election", "Bí thư Chi bộ", "Nguyễn Thị Hiền", 17, None, None, 18, "trúng cử"),
     D("election", "Phó Bí thư", "Hồ Đức Toàn", 16, None, None, 18, "trúng cử"),
     D("election", "2 đại biểu chính thức và 1 đại biểu dự khuyết dự Đại hội Đảng bộ xã Quỳnh Lâm lần thứ XXVI",
       None, None, None, None, None, "trúng cử"),
     D("resolution", "Nghị quyết Đại hội", None, 20, None, None, 20, "thông qua")],
    [G("kết nạp", 3, 4, "đảng viên", "nhiệm kỳ 2022 - 2025", "vượt"),
     G("kết nạp 3 đảng viên mới", 3, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None),
     G("đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên", 100, None, "%", "nhiệm kỳ 2025 - 2027", None)],
    [K("xây dựng chương trình hành động thực hiện Nghị quyết Đại hội, trình Đảng ủy xã", "Chi ủy khóa mới",
       "trước ngày 15/4/2025")],
    [], [],
    ["21 đảng viên (19 chính thức, 2 dự bị)", "20 đồng chí", "4 đảng viên", "133,33%", "17/18 phiếu", "16/18 phiếu",
     "3 đồng chí"],
    ["Lượt truy cập: 25.486", "24/03/2025", "2025 - 2027", "lần thứ XXVI", "2022 - 2025"])

GOLD["tin05_ubnd_xa_phienhop_t1_2026"] = doc(
    "tin_hoi_nghi", "UBND xã Ea Kar", None, None, None, "2026-01-07",
    "UBND xã Ea Kar họp phiên thường kỳ tháng 01 năm 2026",
    M("phiên họp thường kỳ tháng 01 năm 2026", "hội nghị", None, None, "2026-01-07", None, ["Lê Văn Mạnh"], None),
    None, [],
    [G("tổng thu ngân sách nhà nước trên địa bàn", 70, 74.2, "tỷ đồng", "năm 2025", "vượt"),
     G("Giải quyết việc làm mới", 1200, 1160, "lao động", "năm 2025", "chưa đạt"),
     G("Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số", 2, 2.3, "%", "năm 2025", "vượt"),
     G("thu ngân sách", 78, None, "tỷ đồng", "năm 2026", None),
     G("giải quyết việc làm", 1250, None, "lao động", "năm 2026", None)],
    [K("kiểm tra, bình ổn giá cả thị trường, bảo đảm hàng hóa phục vụ Tết", "Phòng Kinh tế", "trước ngày 10/02/2026"),
     K("triển khai cao điểm tấn công trấn áp tội phạm trước, trong và sau Tết", "Công an xã", None),
     K("hoàn thành việc trao quà Tết", "Phòng Văn hóa - Xã hội", "trước ngày 12/02/2026")],
    [], [],
    ["28.400 tấn", "6,8%", "74,2 tỷ đồng", "106%", "1.160 lao động", "6,9%", "2,3%", "2.450 suất quà"],
    ["Lượt xem: 204", "08/01/2026", "tháng 01 năm 2026", "Bính Ngọ"])

GOLD["tin06_du_phuong_sket_6t_2025"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ phường Long Biên", None, None, None, "2025-07-14",
    "Đảng ủy phường Long Biên sơ kết 6 tháng đầu năm 2025",
    M("Hội nghị sơ kết công tác 6 tháng đầu năm", "hội nghị BCH", None, None, "2025-07-14", None,
      ["Phùng Thị Thu", "Nguyễn Quang Vinh"], None),
    A(None, None, None, 39, None, []),
    [D("vote", "Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2020 - 2025 (sửa đổi)", None, 38, None,
       None, 39, "thông qua")],
    [G("thu ngân sách trên địa bàn", 2000, 1082, "tỷ đồng", "năm 2025", "tiến độ"),
     G("kết nạp", 80, 46, "đảng viên", "năm 2025", "tiến độ")],
    [K("tập trung chuẩn bị đại hội chi bộ trực thuộc", "các chi bộ", "trước ngày 31/7/2025"),
     K("chỉ đạo thu ngân sách, phấn đấu đến cuối năm hoàn thành 100% dự toán", "UBND phường", None),
     K("tiếp nhận, bàn giao hồ sơ đảng viên của các chi bộ chuyển về", "Văn phòng Đảng ủy", None)],
    [], [],
    ["1.082 tỷ đồng", "54,1%", "46 đảng viên", "99,1%", "38/39"],
    ["15/07/2025 08:30", "2020 - 2025", "Bình luận (0)", "số 12"])


def main():
    import build  # noqa: F401  (build.py writes texts and golds)


if __name__ == "__main__":
    main()
