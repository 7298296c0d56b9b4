#!/usr/bin/env python3
"""Source of truth for blind12_structure gold. Run to (re)write ../<name>.gold.json."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)


def M(name, kind, start, end, date, place, chairs, secretary, form=None):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date, "place": place,
            "chairs": chairs, "secretary": secretary, "form": form}


def A(total, official, prob, present, absent, absentees=()):
    return {"total": total, "official": official, "probationary": prob, "present": present,
            "absent": absent, "absentees": [{"name": n, "reason": r} for n, r in absentees]}


def Dc(kind, subject, person, f, a, ab, base, outcome):
    return {"kind": kind, "subject": subject, "person": person, "for": f, "against": a,
            "abstain": ab, "base": base, "outcome": outcome}


def T(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit, "period": period,
            "verdict": verdict}


def K(text, owner=None, deadline=None):
    return {"text": text, "owner": owner, "deadline": deadline}


def S(role, position, name):
    return {"role": role, "position": position, "name": name}


def doc(genre, issuer, parent, number, place, date, title, meeting, att, dec, tg, tk, sg, rc, kf, nf):
    return {"genre": genre, "issuer": issuer, "issuer_parent": parent, "doc_number": number,
            "place": place, "date": date, "title": title, "meeting": meeting, "attendance": att,
            "decisions": dec, "targets": tg, "tasks": tk, "signers": sg, "recipients": rc,
            "key_figures": kf, "noise_figures": nf}


GOLD = {}

GOLD["bb01_cb_thon_na_chuong_t3_2019"] = doc(
    "bien_ban", "CHI BỘ THÔN NÀ CHUÔNG", "ĐẢNG BỘ XÃ TÂN THANH", None, None, "2019-03-06",
    "HỌP CHI BỘ THÁNG 3 NĂM 2019",
    M("HỌP CHI BỘ THÁNG 3 NĂM 2019", "thường kỳ", "19:30", "21:45", "2019-03-06",
      "Nhà văn hóa thôn Nà Chuông", ["Hoàng Văn Pao"], "Nông Thị Huệ"),
    A(18, 17, 1, 16, 2, [("Hoàng Văn Sìn", "nằm viện tại Bệnh viện Đa khoa tỉnh"),
                         ("Lý Thị Mẩy", "đi làm công nhân ở Bắc Ninh")]),
    [Dc("resolution", "thông qua nghị quyết tháng 3/2019", None, 15, None, None, 15, "thông qua")],
    [T("Trồng rừng vụ xuân", 25, 19.5, "ha", "vụ xuân 2019", "tiến độ")],
    [K("mời 3 hộ thả rông gia súc lên làm việc", "Đ/c Lương Văn Chòm (Trưởng ban công tác Mặt trận)",
       "trong tuần thứ hai của tháng 3"),
     K("trực phòng cháy tại khu đồi Khau Phạ", "Tổ bảo vệ rừng của thôn", None),
     K("hoàn thiện hồ sơ đề nghị xét công nhận đảng viên chính thức cho đ/c Lục Văn Tiến", "Đ/c Nông Thị Huệ",
       "trước ngày 20/3/2019"),
     K("vận động nhân dân trồng hết diện tích rừng còn lại", "Toàn chi bộ", None)],
    [S("THƯ KÝ", None, "Nông Thị Huệ"), S("CHỦ TRÌ", None, "Hoàng Văn Pao")],
    [],
    ["18 đồng chí", "16 đồng chí", "02 đồng chí", "25 ha", "19,5 ha", "78%", "112/112 hộ", "15/15"],
    ["19h30", "06/3/2019", "21h45", "20/3/2019", "tháng 3/2019"])

GOLD["bb02_cb_truong_thcs_chuyende_q2_2024"] = doc(
    "bien_ban", "CHI BỘ TRƯỜNG THCS NGUYỄN NGHIÊM", "ĐẢNG BỘ PHƯỜNG NGHĨA CHÁNH", None, None, "2024-05-22",
    "SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2024",
    M("sinh hoạt chuyên đề quý II năm 2024", "chuyên đề", "14:00", "16:15", "2024-05-22",
      "Phòng họp Hội đồng sư phạm, Trường THCS Nguyễn Nghiêm", ["Đặng Văn Bình"], "Huỳnh Thị Kim Oanh"),
    A(23, None, None, 21, 2, [("Trần Thị Thu Hà", "nghỉ chế độ thai sản"),
                              ("Phạm Minh Khoa", "đi tập huấn tại Sở Giáo dục và Đào tạo")]),
    [Dc("resolution", "thông qua chuyên đề và các giải pháp", None, 21, None, None, 21, "thông qua")],
    [T("xếp loại rèn luyện tốt", 85, 86.4, "%", "năm học 2023 - 2024", "vượt"),
     T("tỷ lệ học sinh rèn luyện tốt", 88, None, "%", "năm học 2024 - 2025", None)],
    [K("xây dựng kế hoạch giáo dục kỹ năng sống năm học 2024 - 2025", "Ban Giám hiệu", "trong tháng 8/2024"),
     K("tổ chức hoạt động hè cho học sinh tại địa phương", "Đồng chí Võ Thị Hạnh, Tổng phụ trách Đội",
       "vào kỳ sinh hoạt tháng 9/2024"),
     K("lập nhóm liên lạc với phụ huynh", "Giáo viên chủ nhiệm", "ngay từ đầu năm học mới")],
    [S("CHỦ TRÌ", None, "Đặng Văn Bình"), S("NGƯỜI GHI BIÊN BẢN", None, "Huỳnh Thị Kim Oanh")],
    [],
    ["21/23", "1.184 học sinh", "86,4%", "85%", "9 học sinh", "2 vụ", "21/21", "88%"],
    ["14 giờ 00", "22 tháng 5 năm 2024", "16 giờ 15", "tháng 8/2024", "tháng 9/2024", "2023 - 2024"])

GOLD["bb03_bch_dangu_xa_van_du_lan7_2026"] = doc(
    "bien_ban", "ĐẢNG ỦY XÃ VÂN DU", "ĐẢNG BỘ TỈNH THANH HÓA", "21-BB/ĐU", None, "2026-04-08",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ BẢY, NHIỆM KỲ 2025 - 2030",
    M("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ BẢY, NHIỆM KỲ 2025 - 2030", "hội nghị BCH", "08:00", "11:30",
      "2026-04-08", "Hội trường Trung tâm Chính trị xã Vân Du", ["Lê Thị Ngân", "Trịnh Văn Hải"],
      "Đỗ Thị Thanh Tâm"),
    A(31, None, None, 29, 2, [("Hà Văn Cường", "đi học lớp cao cấp lý luận chính trị"), ("Mai Thị Oanh", "nghỉ ốm")]),
    [Dc("vote", "Thông qua Chương trình kiểm tra, giám sát quý II/2026", None, 29, 0, 0, 29, "thông qua"),
     Dc("vote", "Giới thiệu đồng chí Phan Văn Lực để bầu bổ sung Ủy viên Ủy ban Kiểm tra", "Phan Văn Lực",
        27, 2, 0, 29, "thông qua giới thiệu")],
    [T("Thu ngân sách nhà nước trên địa bàn", 25, 6.85, "tỷ đồng", "năm 2026", "tiến độ"),
     T("Kết nạp 7 đảng viên mới", 20, 7, "đảng viên", "năm 2026", "tiến độ"),
     T("Tỷ lệ dân số tham gia bảo hiểm y tế", 95, 93.6, "%", "năm 2026", "tiến độ")],
    [K("chỉ đạo hoàn thành chi trả bồi thường, bàn giao mặt bằng tuyến đường Vân Du - Thành Tâm",
       "Ủy ban nhân dân xã", "trong tháng 5/2026"),
     K("hướng dẫn 4 chi bộ tổ chức sinh hoạt chuyên đề bù", "Ban Xây dựng Đảng", "trước ngày 30/4/2026"),
     K("triển khai Chương trình kiểm tra, giám sát quý II/2026", "Ủy ban Kiểm tra Đảng ủy", None),
     K("đẩy mạnh vận động người dân tham gia bảo hiểm y tế hộ gia đình", "Các chi bộ thôn", None)],
    [S("THƯ KÝ HỘI NGHỊ", None, "Đỗ Thị Thanh Tâm"), S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Lê Thị Ngân")],
    [],
    ["31 đồng chí", "29 đồng chí", "6,85 tỷ đồng", "27,4%", "25 tỷ đồng", "35%", "93,6%", "27/29 (93,10%)"],
    ["8 giờ 00 phút", "08/4/2026", "11 giờ 30 phút", "2025 - 2030", "30/4/2026", "quý II/2026"])

GOLD["bb04_daihoi_cb_ban_pa_khoang_2025"] = doc(
    "bien_ban", "CHI BỘ BẢN PÁ KHOANG", "ĐẢNG ỦY XÃ MƯỜNG PHĂNG", None, None, "2025-02-12",
    "ĐẠI HỘI CHI BỘ BẢN PÁ KHOANG NHIỆM KỲ 2025 - 2027",
    M("ĐẠI HỘI CHI BỘ BẢN PÁ KHOANG NHIỆM KỲ 2025 - 2027", "đại hội", "07:30", "11:00", "2025-02-12",
      "Nhà văn hóa bản Pá Khoang", ["Lò Văn Hặc", "Cà Thị Pọm"], "Lường Thị Ánh"),
    A(27, 25, 2, 25, 2, [("Lò Văn Xôm", "miễn sinh hoạt do tuổi cao"),
                         ("Quàng Thị Ín", "đi học tại Trường Chính trị tỉnh")]),
    [Dc("election", "bầu Chi ủy", "Lò Văn Hặc", 22, None, None, 23, "trúng cử"),
     Dc("election", "bầu Chi ủy", "Cà Thị Pọm", 20, None, None, 23, "trúng cử"),
     Dc("election", "bầu Chi ủy", "Lường Văn Chinh", 17, None, None, 23, "trúng cử"),
     Dc("election", "bầu Chi ủy", "Quàng Văn Khiêm", 8, None, None, 23, "không trúng cử"),
     Dc("election", "Bầu Bí thư Chi bộ", "Lò Văn Hặc", 21, None, None, 23, "trúng cử"),
     Dc("election", "Bầu Phó Bí thư", "Cà Thị Pọm", 23, None, None, 23, "trúng cử"),
     Dc("resolution", "thông qua Nghị quyết", None, 23, None, None, 23, "thông qua")],
    [T("kết nạp 4 đảng viên", 3, 4, "đảng viên", "nhiệm kỳ 2022 - 2025", "vượt"),
     T("kết nạp ít nhất 2 đảng viên mới", 2, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None),
     T("hằng năm từ 90% số hộ trở lên đạt gia đình văn hóa", 90, None, "%", "nhiệm kỳ 2025 - 2027", None),
     T("trồng mới 15 ha cà phê", 15, None, "ha", "nhiệm kỳ 2025 - 2027", None)],
    [K("phân công nhiệm vụ các chi ủy viên và xây dựng chương trình công tác toàn khóa", "Chi ủy khóa mới",
       "trong tháng 3/2025"),
     K("chủ trì lập danh sách hộ đăng ký trồng cà phê", "Đồng chí Lường Văn Chinh, Trưởng bản",
       "trước ngày 30/4/2025"),
     K("tiếp tục giúp đỡ 2 quần chúng ưu tú đã học lớp nhận thức về Đảng", "Đảng viên", None)],
    [S("T/M ĐOÀN CHỦ TỊCH", None, "Lò Văn Hặc"), S("THƯ KÝ ĐẠI HỘI", None, "Lường Thị Ánh")],
    [],
    ["27 (chính thức 25, dự bị 2)", "Có mặt 25", "hợp lệ 23", "22 phiếu (95,65%)", "8 phiếu (34,78%)",
     "21/23 phiếu (91,30%)", "kết nạp 4 đảng viên", "92% số hộ"],
    ["7 giờ 30 phút", "12 tháng 02 năm 2025", "2025 - 2027", "2022 - 2025", "11 giờ 00 phút", "30/4/2025"])

GOLD["bb05_kiemphieu_btv_phu_cuong_2020"] = doc(
    "bien_ban", "BAN KIỂM PHIẾU", "ĐẢNG BỘ XÃ PHÚ CƯỜNG", None, "Phú Cường", "2020-07-15",
    "Bầu Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã khóa XII, nhiệm kỳ 2020 - 2025",
    M("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã Phú Cường khóa XII, nhiệm kỳ 2020 - 2025", "hội nghị BCH",
      "14:00", None, "2020-07-15", "Hội trường Đảng ủy xã", ["Nguyễn Văn Tới"], "Đoàn Thị Mỹ Lệ"),
    A(15, None, None, 15, 0),
    [Dc("vote", "số lượng Ủy viên Ban Thường vụ khóa XII là 04 đồng chí", None, 15, None, None, 15, "thông qua"),
     Dc("vote", "danh sách bầu cử Ban Thường vụ gồm 05 đồng chí", None, 14, 1, None, 15, "thông qua"),
     Dc("election", "Bầu Ban Thường vụ", "Nguyễn Văn Tới", 15, None, None, 15, "trúng cử"),
     Dc("election", "Bầu Ban Thường vụ", "Lê Thị Bé Năm", 14, None, None, 15, "trúng cử"),
     Dc("election", "Bầu Ban Thường vụ", "Trần Văn Út", 13, None, None, 15, "trúng cử"),
     Dc("election", "Bầu Ban Thường vụ", "Phạm Hữu Lộc", 12, None, None, 15, "trúng cử"),
     Dc("election", "Bầu Ban Thường vụ", "Võ Thành Nhân", 6, None, None, 15, "không trúng cử"),
     Dc("election", "Bầu Bí thư Đảng ủy", "Nguyễn Văn Tới", 15, None, None, 15, "trúng cử"),
     Dc("election", "Bầu Phó Bí thư Đảng ủy", "Lê Thị Bé Năm", 14, None, None, 15, "trúng cử"),
     Dc("election", "Bầu Phó Bí thư Đảng ủy", "Trần Văn Út", 13, None, None, 15, "trúng cử")],
    [], [],
    [S("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Huỳnh Văn Sang")],
    [],
    ["Tổng số ủy viên Ban Chấp hành: 15", "có mặt: 15", "Số phiếu phát ra: 15", "tán thành 14, không tán thành 1",
     "15/15 phiếu (100%)", "14 phiếu, đạt 93,33%", "13 phiếu, đạt 86,67%", "40,00"],
    ["15 tháng 7 năm 2020", "14 giờ 00", "15/7/2020", "2020 - 2025", "15 giờ 40 phút", "03 bản"])

GOLD["bb06_kyluat_cb_kp3_tan_phong_2022"] = doc(
    "bien_ban", "CHI BỘ KHU PHỐ 3", "ĐẢNG BỘ PHƯỜNG TÂN PHONG", None, None, "2022-09-18",
    "HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    M("HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "08:00", "10:20", "2022-09-18",
      "Văn phòng khu phố 3", ["Trịnh Quốc Bảo"], "La Thị Diệu"),
    A(25, 24, 1, 22, 3, [("Mai Văn Khởi", "đang điều trị tại Bệnh viện Chợ Rẫy"), ("Tạ Thị Lan", "chăm mẹ ốm ở quê"),
                         ("Đinh Văn Tài", "Không lý do")]),
    [Dc("discipline", "kỷ luật đồng chí Đinh Văn Tài", "Đinh Văn Tài", 14, None, None, 21, "cảnh cáo")],
    [],
    [K("hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường", "Chi ủy", "trong thời hạn 05 ngày làm việc"),
     K("thông báo quyết định kỷ luật tới đồng chí Đinh Văn Tài", "đồng chí La Thị Diệu", None),
     K("tháo dỡ toàn bộ phần công trình vi phạm", "Đảng viên Đinh Văn Tài", "trước ngày 30/10/2022")],
    [S("THƯ KÝ", None, "La Thị Diệu"), S("CHỦ TRÌ", None, "Trịnh Quốc Bảo")],
    [],
    ["25 đồng chí (24 chính thức, 1 dự bị)", "22 đồng chí (21 chính thức, 1 dự bị)", "03 đồng chí",
     "Khiển trách: 6 phiếu", "cảnh cáo: 14 phiếu", "không kỷ luật: 1 phiếu", "14/21 phiếu hợp lệ (66,67%)",
     "8 đồng chí phát biểu"],
    ["8 giờ 00", "18 tháng 9 năm 2022", "10/9/2022", "2 lần", "05 ngày làm việc", "30/10/2022"])

GOLD["bb07_hdnd_xa_dong_tien_kyhop9_2023"] = doc(
    "bien_ban", "HỘI ĐỒNG NHÂN DÂN XÃ ĐỒNG TIẾN", None, "05/BB-HĐND", "Đồng Tiến", "2023-07-14",
    "Kỳ họp thứ chín Hội đồng nhân dân xã khóa XX, nhiệm kỳ 2021 - 2026",
    M("kỳ họp thứ chín (kỳ họp thường lệ giữa năm 2023)", "hội nghị", "07:30", "16:30", "2023-07-14",
      "Hội trường UBND xã Đồng Tiến", ["Hoàng Văn Thụ", "Nông Văn Dũng"], "Lục Thị Hương"),
    A(25, None, None, 23, 2, [("Nguyễn Văn Quang", "đi công tác"), ("Hà Thị Yến", "ốm")]),
    [Dc("resolution", "Nghị quyết điều chỉnh dự toán thu, chi ngân sách xã năm 2023", None, 23, None, None, 23,
        "thông qua"),
     Dc("resolution", "Nghị quyết về kế hoạch đầu tư công năm 2024", None, 21, 0, 2, 23, "thông qua"),
     Dc("election", "Bầu bổ sung Ủy viên Ủy ban nhân dân xã", "Triệu Văn Phúc", 22, None, None, 23, "trúng cử")],
    [T("diện tích gieo cấy vụ chiêm xuân", 300, 312, "ha", "vụ chiêm xuân 2023", "vượt"),
     T("thu ngân sách xã", 4, 2.14, "tỷ đồng", "năm 2023", "tiến độ")],
    [K("khảo sát, lập phương án sửa chữa đập Nặm Cắm", "UBND xã", "trước ngày 15/8/2023"),
     K("chỉ đạo 3 thôn còn lại hoàn thành đường bê tông nội đồng", "UBND xã", "trong quý IV/2023"),
     K("giám sát việc thực hiện các nghị quyết vừa được thông qua", "Thường trực HĐND xã", None)],
    [S("THƯ KÝ KỲ HỌP", None, "Lục Thị Hương"), S("CHỦ TỌA KỲ HỌP", None, "Hoàng Văn Thụ")],
    [],
    ["25 đại biểu", "23 đại biểu", "312 ha", "104%", "2,14 tỷ đồng", "53,5%", "21/23 đại biểu có mặt (91,30%)",
     "22/23 phiếu (95,65%)"],
    ["Số: 05/BB-HĐND", "14 tháng 7 năm 2023", "7 giờ 30 phút", "2021 - 2026", "15/8/2023", "16 giờ 30 phút"])

GOLD["bb08_cb_kdc12_le_chan_t6_2026"] = doc(
    "bien_ban", "CHI BỘ KHU DÂN CƯ SỐ 12", "ĐẢNG ỦY PHƯỜNG LÊ CHÂN", None, None, "2026-06-05",
    "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6/2026",
    M("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6/2026", "thường kỳ", "19:30", "21:10", "2026-06-05",
      "Nhà sinh hoạt cộng đồng khu dân cư số 12", ["Phạm Thị Hoa"], "Đoàn Văn Nam"),
    A(41, 37, 4, 33, 8, [(n, "Miễn sinh hoạt (tuổi cao, sức yếu)") for n in
                         ("Bùi Văn Sáu", "Ngô Thị Lựu", "Trần Đình Chử", "Lê Văn Toản", "Phùng Thị Gấm")]
      + [("Vương Thị Hằng", "đi công tác Quảng Ninh"), ("Đào Duy Khánh", "trực cơ quan"),
         ("Cao Văn Lợi", "Không lý do")]),
    [Dc("vote", "Đề nghị kết nạp quần chúng Tạ Minh Quân vào Đảng", "Tạ Minh Quân", 29, 1, None, 30,
        "đề nghị kết nạp"),
     Dc("resolution", "Nghị quyết tháng 6/2026", None, 30, None, None, 30, "thông qua")],
    [T('Quỹ "Vì người nghèo" năm 2026', 45, 47.2, "triệu đồng", "năm 2026", "vượt"),
     T("tỷ lệ hộ dân phân loại rác tại nguồn", 80, 72, "%", "năm 2026", "tiến độ")],
    [K("vận động 6 hộ kinh doanh trả lại vỉa hè", "Đồng chí Nguyễn Hữu Thọ, Tổ trưởng tổ dân phố",
       "trước ngày 20/6/2026"),
     K("treo bảng tuyên truyền phân loại rác tại 3 điểm tập kết", "Chi hội Phụ nữ", "trong tháng 6"),
     K("hoàn thiện hồ sơ kết nạp quần chúng Tạ Minh Quân", "Chi ủy", "chậm nhất ngày 15/6/2026")],
    [S("CHỦ TRÌ", None, "Phạm Thị Hoa"), S("THƯ KÝ", None, "Đoàn Văn Nam")],
    [],
    ["41 đồng chí", "4 đồng chí dự bị", "33 đồng chí (30 chính thức, 3 dự bị)", "8 đồng chí", "47,2 triệu đồng",
     "45 triệu đồng", "72%", "29/30 đảng viên chính thức có mặt đồng ý (96,67%)"],
    ["19 giờ 30 phút", "05/6/2026", "96 năm", "20/6/2026", "15/6/2026", "21 giờ 10 phút"])

GOLD["bb09_cb_phong_qlns_so_tai_chinh_q3_2012"] = doc(
    "bien_ban", "CHI BỘ PHÒNG QUẢN LÝ NGÂN SÁCH", "ĐẢNG BỘ SỞ TÀI CHÍNH", None, None, "2012-09-05",
    "HỌP CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2012",
    M("HỌP CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2012", "thường kỳ", "15:00", "17:00", "2012-09-05",
      "phòng họp tầng 2 Sở Tài chính", ["Y Blóc"], "Nguyễn Thị Thùy Dương"),
    A(11, None, None, 9, 2),
    [Dc("resolution", "Nghị quyết tháng 9/2012", None, 9, None, None, 9, "thông qua")],
    [T("thẩm định quyết toán 68/75 dự án", 75, 68, "dự án", "năm 2012", "tiến độ")],
    [K("dự thảo văn bản đôn đốc chủ đầu tư 7 dự án", "Đồng chí Trần Văn Hưởng", "trong tuần đầu tháng 9"),
     K("tập huấn phần mềm quản lý ngân sách", "Phòng", "trước ngày 25-9-2012"),
     K("Hoàn thành thẩm định quyết toán các dự án còn lại của kế hoạch năm", None, "trong quý IV"),
     K("gương mẫu thực hiện Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng", "Đảng viên", None)],
    [S("Người ghi biên bản", None, "Nguyễn Thị Thùy Dương"), S("Bí thư Chi bộ", None, "Y Blóc")],
    [],
    ["11 đồng chí", "9 đồng chí", "vắng 2 đồng chí", "68/75 dự án", "90,67%", "14,6 tỷ đồng", "11/11 đảng viên",
     "7 dự án"],
    ["05-9-2012", "15 giờ 00", "17 giờ 00", "25-9-2012", "67 năm", "2-9"])

GOLD["bc10_dangu_xa_tan_loi_quy1_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ TÂN LỢI", "ĐẢNG BỘ TỈNH TÂY NINH", "42-BC/ĐU", "Tân Lợi", "2026-03-28",
    "kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026",
    None, None, [],
    [T("Thu ngân sách nhà nước", 18.5, 5.21, "tỷ đồng", "năm 2026", "tiến độ"),
     T("Kết nạp đảng viên mới", 24, 6, "đảng viên", "năm 2026", "tiến độ"),
     T("Giải quyết việc làm", 350, 102, "lao động", "năm 2026", "tiến độ"),
     T("Tỷ lệ tham gia bảo hiểm y tế", 95, 92.8, "%", "năm 2026", "tiến độ")],
    [K("tạo nguồn, mở lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú", "Ban Xây dựng Đảng",
       "trước ngày 30/6/2026"),
     K("tập trung khai thác nguồn thu", "Ủy ban nhân dân xã", "đến hết quý II"),
     K("vận động nhân dân tham gia bảo hiểm y tế hộ gia đình", "Mặt trận Tổ quốc và các đoàn thể", None),
     K("kiểm tra việc thu, nộp đảng phí tại 4 chi bộ", "Ủy ban Kiểm tra Đảng ủy", "trong tháng 5/2026")],
    [S("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Nguyễn Văn Thạnh")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["836 đảng viên", "412 cán bộ, đảng viên", "2.140 ha", "1.035 phần quà", "3/14 chi bộ ấp", "trên 50% dự toán",
     "28,16", "29,14"],
    ["Số 42-BC/ĐU", "28 tháng 3 năm 2026", "30/6/2026", "tháng 5/2026", "2025 - 2026", "quý II năm 2026"])

GOLD["bc11_ubnd_xa_hai_binh_6thang_2021"] = doc(
    "bao_cao", "ỦY BAN NHÂN DÂN XÃ HẢI BÌNH", "UBND HUYỆN HẢI LĂNG", "87/BC-UBND", "Hải Bình", "2021-06-18",
    "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và nhiệm vụ "
    "trọng tâm 6 tháng cuối năm 2021",
    None, None, [],
    [T("gieo cấy 645 ha/645 ha", 645, 645, "ha", "vụ Đông Xuân 2020 - 2021", "đạt"),
     T("tổng thu ngân sách xã", 3000, 1846, "triệu đồng", "năm 2021", "tiến độ"),
     T("tỷ lệ hộ nghèo", 3, 3.12, "%", "năm 2021", "tiến độ"),
     T("giao quân 12 thanh niên", 12, 12, "thanh niên", "năm 2021", "đạt"),
     T("gieo cấy hết 600 ha", 600, None, "ha", "vụ Hè Thu 2021", None)],
    [K("Chỉ đạo sản xuất vụ Hè Thu"),
     K("Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm"),
     K("khởi công kênh mương thôn Văn Quỹ", "Công chức Địa chính - Xây dựng", "trước ngày 30/7/2021"),
     K("rà soát hộ nghèo, hộ cận nghèo năm 2021", None, "trong tháng 11/2021"),
     K("triển khai các biện pháp phòng, chống dịch Covid-19")],
    [S("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Quang Vinh")],
    ["UBND huyện (b/c)", "TT Đảng ủy, TT HĐND xã", "Các ban, ngành, đoàn thể xã", "Lưu: VT"],
    ["645 ha/645 ha", "62,5 tạ/ha", "1.846 triệu đồng", "61,53%", "3.000 triệu đồng", "3,12%", "392 đối tượng",
     "12 thanh niên"],
    ["Số: 87/BC-UBND", "18 tháng 6 năm 2021", "12/NQ-HĐND", "25/12/2020", "30/7/2021", "tháng 11/2021"])

GOLD["bc12_cb_thon_pa_vi_nam_2023"] = doc(
    "bao_cao", "CHI BỘ THÔN PẢ VI", "ĐẢNG BỘ XÃ TÙNG VÀI", "08-BC/CB", "Tùng Vài", "2023-12-20",
    "tổng kết công tác lãnh đạo năm 2023 và phương hướng, nhiệm vụ năm 2024",
    None, None, [],
    [T("trồng mới 12 ha cây dược liệu", 10, 12, "ha", "năm 2023", "vượt"),
     T("Thu nhập bình quân đầu người", 30, 28.5, "triệu đồng/người/năm", "năm 2023", "chưa đạt"),
     T("kết nạp 2 đảng viên", 2, 2, "đảng viên", "năm 2023", "đạt"),
     T("đảng viên hoàn thành tốt nhiệm vụ trở lên", 85, 86.36, "%", "năm 2023", "vượt"),
     T("Thu nhập bình quân đầu người đạt 31 triệu đồng/năm", 31, None, "triệu đồng/năm", "năm 2024", None),
     T("kết nạp ít nhất 2 đảng viên mới", 2, None, "đảng viên", "năm 2024", None),
     T("Trồng mới 8 ha cây dược liệu", 8, None, "ha", "năm 2024", None)],
    [K("Phối hợp Hợp tác xã Dược liệu Quản Bạ bao tiêu sản phẩm cho các hộ trồng mới"),
     K("tuyên truyền phòng, chống tảo hôn tại 4 xóm", "đồng chí Thào Mí Sính, Trưởng thôn", "trong quý I/2024"),
     K("đổi mới nội dung sinh hoạt, mỗi quý ít nhất một chuyên đề", "Đồng chí Bí thư Chi bộ", None),
     K("Giúp đỡ 3 quần chúng ưu tú trong Chi đoàn thanh niên")],
    [S("T/M CHI BỘ", "BÍ THƯ", "Giàng Seo Pháo")],
    ["Đảng ủy xã (b/c)", "Đảng ủy viên phụ trách thôn", "Lưu Chi bộ"],
    ["22 đảng viên (21 chính thức, 1 dự bị)", "148 hộ", "12 ha", "28,5 triệu đồng", "131/148 hộ", "19/22",
     "86,36%", "2 trường hợp tảo hôn"],
    ["Số 08-BC/CB", "20 tháng 12 năm 2023", "4 tổ đảng", "quý I/2024", "4 xóm", "năm 2024"])

GOLD["bc13_so_nnptnt_yen_bai_9thang_2018"] = doc(
    "bao_cao", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "UBND TỈNH YÊN BÁI", "1523/BC-SNN", "Yên Bái", "2018-09-25",
    "Kết quả thực hiện nhiệm vụ 9 tháng, nhiệm vụ trọng tâm quý IV năm 2018",
    None, None, [],
    [T("sản lượng lương thực có hạt", 310000, 232600, "tấn", "năm 2018", "tiến độ"),
     T("trồng rừng tập trung", 13000, 12350, "ha", "năm 2018", "tiến độ"),
     T("tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh", 88, 88.5, "%", "năm 2018", "vượt")],
    [K("hoàn thành trồng 650 ha rừng còn lại", "Chi cục Kiểm lâm", "trước ngày 30/11/2018"),
     K("khắc phục 31 công trình hư hỏng do mưa lũ", "Chi cục Thủy lợi", None),
     K("đẩy nhanh giải ngân", "Các Ban quản lý dự án thuộc Sở", "đến 31/12/2018"),
     K("tham mưu xây dựng kế hoạch năm 2019", "Phòng Kế hoạch - Tài chính", "trong tháng 10/2018")],
    [S("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Khuê")],
    ["Bộ Nông nghiệp và PTNT (b/c)", "UBND tỉnh (b/c)", "Lãnh đạo Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, KHTC"],
    ["232.600 tấn", "75,03%", "12.350 ha", "95%", "88,5%", "52 xã", "64,2%", "31 công trình"],
    ["Số: 1523/BC-SNN", "25 tháng 9 năm 2018", "30/11/2018", "31/12/2018", "tháng 10/2018", "2018 - 2019"])

GOLD["bc14_dangu_phuong_son_thuy_nam_2025"] = doc(
    "bao_cao", "ĐẢNG ỦY PHƯỜNG SƠN THỦY", "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "118-BC/ĐU", "Sơn Thủy", "2025-12-12",
    "tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026",
    None, None, [],
    [T("Kết nạp 82 đảng viên mới", 80, 82, "đảng viên", "năm 2025", "vượt"),
     T("38/41 tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", 90, 92.68, "%", "năm 2025", "vượt"),
     T("Tỷ lệ hộ nghèo", 0.5, 0.42, "%", "năm 2025", "đạt"),
     T("kết nạp từ 85 đảng viên mới trở lên", 85, None, "đảng viên", "năm 2026", None),
     T("từ 90% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", 90, None, "%", "năm 2026", None),
     T("tỷ lệ hộ nghèo dưới 0,3%", 0.3, None, "%", "năm 2026", None),
     T("tỷ lệ tham gia bảo hiểm y tế đạt 97%", 97, None, "%", "năm 2026", None)],
    [K("kiện toàn tổ chức cơ sở đảng sau sắp xếp", "Ban Xây dựng Đảng", "trong quý I/2026"),
     K("xử lý dứt điểm các công trình xây dựng không phép ở khu vực giáp ranh", "Ủy ban nhân dân phường",
       "trước ngày 30/6/2026"),
     K("đổi mới nội dung sinh hoạt, gắn với chuyển đổi số", "Các chi bộ khu dân cư", None),
     K("triển khai sổ tay đảng viên điện tử đến 100% chi bộ", "Văn phòng Đảng ủy", None)],
    [S("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Huỳnh Đức Thắng")],
    ["Ban Thường vụ Thành ủy (b/c)", "Ban Tổ chức Thành ủy", "Các đồng chí Ủy viên BCH Đảng bộ phường",
     "Các tổ chức đảng trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["41 tổ chức đảng", "2.365 đảng viên", "102,5%", "92,68%", "2.187 đảng viên", "112,4% dự toán", "0,42%", "96,1%"],
    ["Số 118-BC/ĐU", "12 tháng 12 năm 2025", "01/7/2025", "quý I/2026", "30/6/2026", "Phần thứ hai"])

GOLD["bc15_dangu_so_gddt_6thang_2024"] = doc(
    "bao_cao", "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "27-BC/ĐU", "Vĩnh Yên", "2024-07-08",
    "sơ kết công tác đảng 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
    None, None, [],
    [T("Kết nạp đảng viên", 8, 3, "đảng viên", "năm 2024", "tiến độ"),
     T("Trường đạt chuẩn quốc gia", 87, 85.83, "%", "năm 2024", "tiến độ")],
    [K("rà soát nguồn, phấn đấu hoàn thành chỉ tiêu kết nạp đảng viên năm 2024", "Các chi bộ", None),
     K("tham mưu đầu tư cơ sở vật chất để công nhận thêm trường đạt chuẩn quốc gia",
       "Chi bộ Phòng Kế hoạch - Tài chính", "trước ngày 15/10/2024"),
     K("hướng dẫn các chi bộ ghi biên bản sinh hoạt đúng quy định", "Văn phòng Đảng ủy", "trong quý III/2024"),
     K("Chuẩn bị kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2024")],
    [S("T/M ĐẢNG ỦY", "BÍ THƯ", "Phùng Thị Mai Lan")],
    ["Ban Thường vụ Đảng ủy Khối (b/c)", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    ["186 đảng viên (181 chính thức, 5 dự bị)", "3/8 đảng viên", "37,5%", "99,62%", "412/480 trường", "85,83%",
     "48,6 triệu đồng", "174 đảng viên"],
    ["Số 27-BC/ĐU", "08 tháng 7 năm 2024", "15/10/2024", "quý III/2024", "2024 - 2025", "lớp 10"])

GOLD["nq16_cb_thon4_nghia_trung_t6_2017"] = doc(
    "nghi_quyet", "CHI BỘ THÔN 4", "ĐẢNG BỘ XÃ NGHĨA TRUNG", "05-NQ/CB", "Nghĩa Trung", "2017-05-30",
    "về lãnh đạo thực hiện nhiệm vụ tháng 6 năm 2017",
    M(None, None, None, None, "2017-05-28", None, [], None),
    None,
    [Dc("resolution", "Nghị quyết", None, 14, None, None, 14, "thông qua")],
    [T("Thu thuế sử dụng đất phi nông nghiệp", 100, None, "%", "tháng 6/2017", None),
     T("Vận động 100% hộ có con trong độ tuổi đăng ký học hè", 100, None, "%", "tháng 6/2017", None),
     T("Tiêm phòng lở mồm long móng đợt 1 cho đàn trâu bò", 450, None, "con", "tháng 6/2017", None)],
    [K("vận động 23 hộ còn nợ thuế nộp đủ", "đồng chí Điểu Thị Lanh, Trưởng thôn", "kỳ sinh hoạt tháng 7"),
     K("phối hợp Công an xã lập biên bản, yêu cầu 2 hộ chấm dứt khai thác cát",
       "Đồng chí Nguyễn Văn Sửu, Trưởng ban Công tác Mặt trận", "trong tuần đầu tháng 6"),
     K("tổ chức sinh hoạt hè cho thiếu nhi", "Chi đoàn thanh niên", None),
     K("tổ chức tiêm phòng cho đàn trâu bò", "Chi hội Nông dân", None),
     K("ra quân san lấp đoạn đường sạt lở", "Đoàn viên thanh niên", "Chủ nhật 11/6/2017"),
     K("cụ thể hóa nghị quyết, phân công đảng viên phụ trách từng nhóm hộ", "Chi ủy", None)],
    [S("T/M CHI BỘ", "BÍ THƯ", "Vũ Đình Hiếu")],
    ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu"],
    ["186 ha điều", "42 ha hồ tiêu", "61/84 hộ", "16 đảng viên", "84/84 hộ", "450 con", "23 hộ", "100% (14/14)"],
    ["Số 05-NQ/CB", "30 tháng 5 năm 2017", "28/5/2017", "127 năm", "05/6/2017", "11/6/2017"])

GOLD["nq17_dangu_xa_loc_ngai_chuyen_doi_so_2026"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ LỘC NGÃI", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "06-NQ/ĐU", "Lộc Ngãi", "2026-01-20",
    "về đẩy mạnh chuyển đổi số trên địa bàn xã giai đoạn 2026 - 2030",
    M("Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None,
      "2026-01-15", None, [], None),
    None, [],
    [T("người trưởng thành có tài khoản định danh điện tử mức 2", 95, None, "%", "năm 2026", None),
     T("thôn có sóng di động 4G", 100, None, "%", "năm 2026", None),
     T("hồ sơ công việc tại Đảng ủy, HĐND, UBND xã được xử lý trên môi trường mạng", 100, None, "%", "năm 2027", None),
     T("tỷ lệ hộ gia đình sử dụng thanh toán không dùng tiền mặt", 80, None, "%", "năm 2030", None),
     T("hợp tác xã, hộ sản xuất cà phê, chè có sản phẩm bán trên sàn thương mại điện tử", 70, None, "%", "năm 2030",
       None)],
    [K("Nâng cao nhận thức của cấp ủy, chính quyền, đảng viên và Nhân dân về chuyển đổi số"),
     K("Phát triển hạ tầng số"),
     K("Phát huy vai trò tổ công nghệ số cộng đồng tại 21 thôn"),
     K("Hỗ trợ hợp tác xã đưa sản phẩm cà phê, chè lên sàn thương mại điện tử"),
     K("lãnh đạo xây dựng Kế hoạch thực hiện Nghị quyết", "Đảng ủy Ủy ban nhân dân xã", "trước ngày 28/02/2026"),
     K("chủ trì tuyên truyền Nghị quyết đến cán bộ, đảng viên", "Ban Tuyên giáo và Dân vận Đảng ủy", "trong quý I/2026"),
     K("đưa nội dung thực hiện Nghị quyết vào chương trình kiểm tra, giám sát hằng năm", "Ủy ban Kiểm tra Đảng ủy", None),
     K("theo dõi, tổng hợp, định kỳ 6 tháng báo cáo Ban Thường vụ Đảng ủy", "Văn phòng Đảng ủy", None)],
    [S("T/M ĐẢNG ỦY", "BÍ THƯ", "K' Brơi")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["21 thôn", "9.860 hộ", "68% người trưởng thành", "41% hộ gia đình", "95% người trưởng thành",
     "từ 80% trở lên", "70% hợp tác xã", "4 thôn vùng sâu"],
    ["Số 06-NQ/ĐU", "20 tháng 01 năm 2026", "15/01/2026", "2025 - 2030", "28/02/2026", "quý I/2026"])

GOLD["kl18_btv_dangu_xa_hoa_tien_2025"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ HÒA TIẾN", "ĐẢNG BỘ TỈNH NINH BÌNH", "15-KL/ĐU", "Hòa Tiến", "2025-10-17",
    "của Ban Thường vụ Đảng ủy xã về tình hình thực hiện nhiệm vụ 9 tháng và một số nhiệm vụ trọng tâm quý IV năm 2025",
    M(None, "hội nghị", None, None, "2025-10-15", None, ["Vũ Văn Tuấn"], None),
    None, [],
    [T("Thu ngân sách", 14, 10.2, "tỷ đồng", "năm 2025", "tiến độ")],
    [K("tập trung các giải pháp thu ngân sách, phấn đấu hoàn thành dự toán năm", "Ủy ban nhân dân xã", None),
     K("trực tiếp chỉ đạo giải phóng mặt bằng dự án đường ĐT.480", "đồng chí Phạm Quang Huy, Phó Chủ tịch UBND xã",
       "chậm nhất ngày 30/11/2025"),
     K("hướng dẫn các chi bộ kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
       "Ban Xây dựng Đảng", "trước ngày 31/12/2025"),
     K("ra quân vệ sinh môi trường", "Ủy ban Mặt trận Tổ quốc xã", "trong tháng 11/2025"),
     K("theo dõi, đôn đốc việc thực hiện Kết luận này", "Văn phòng Đảng ủy", "tại phiên họp tháng 12/2025")],
    [S("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Vũ Văn Tuấn")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Ủy viên BCH Đảng bộ xã", "Các chi bộ trực thuộc",
     "Lưu Văn phòng Đảng ủy"],
    ["10,2/14 tỷ đồng", "72,86%", "1.480 ha", "57 tạ/ha", "3.126 hồ sơ", "98,2%", "17 hộ"],
    ["Số 15-KL/ĐU", "17 tháng 10 năm 2025", "15/10/2025", "ĐT.480", "30/11/2025", "31/12/2025"])

GOLD["tin19_cb_thon_dong_buoi_chuyende_2024"] = doc(
    "tin_hoi_nghi", "Chi bộ thôn Đồng Bưởi", "xã Tân Dĩnh", None, None, "2024-04-16",
    "Chi bộ thôn Đồng Bưởi sinh hoạt chuyên đề về phát triển kinh tế vườn đồi",
    M("sinh hoạt chuyên đề quý II/2024", "chuyên đề", None, None, "2024-04-16", None, ["Thân Văn Lợi"], None),
    A(35, None, None, 32, 3),
    [Dc("resolution", "thông qua nghị quyết chuyên đề", None, 32, None, None, 32, "thông qua")],
    [T("45 ha vải đạt chuẩn VietGAP", 45, 40, "ha", "năm 2024", "tiến độ")],
    [K("kèm cặp ít nhất 2 hộ", "mỗi đảng viên", None),
     K("lập hồ sơ đề nghị hỗ trợ nâng cấp đường lên đồi Cầu Cà", "Ban phát triển thôn", "trước ngày 15/5/2024"),
     K("hướng dẫn các hộ đăng ký chứng nhận VietGAP", "chi ủy", "trước vụ thu hoạch tháng 6")],
    [], [],
    ["32/35 đảng viên", "96 ha vải thiều", "40 ha", "58 triệu đồng/người/năm", "45 ha", "30 triệu đồng",
     "ít nhất 2 hộ", "100% đảng viên dự họp"],
    ["18/04/2024 - 15:20", "Lượt xem: 1.287", "quý II/2024", "15/5/2024", "12/01/2024", "28/03/2024"])

GOLD["tin20_hdnd_xa_phu_lam_kyhop_2022"] = doc(
    "tin_hoi_nghi", "HĐND xã Phú Lâm", "huyện Tiên Du", None, None, "2022-12-21",
    "HĐND xã Phú Lâm tổ chức kỳ họp thứ 6, khóa XX",
    M("kỳ họp thứ 6 (kỳ họp thường lệ cuối năm 2022)", "hội nghị", None, None, "2022-12-21", None,
      ["Nguyễn Văn Cường"], None),
    A(27, None, None, 26, 1),
    [Dc("resolution", "thông qua 05 nghị quyết", None, 26, None, None, 26, "thông qua")],
    [T("tổng thu ngân sách xã", 7.5, 8.45, "tỷ đồng", "năm 2022", "vượt"),
     T("tỷ lệ hộ nghèo", 1, 0.86, "%", "năm 2022", "đạt"),
     T("tổng thu ngân sách 8 tỷ đồng", 8, None, "tỷ đồng", "năm 2023", None),
     T("tỷ lệ hộ nghèo dưới 0,7%", 0.7, None, "%", "năm 2023", None)],
    [K("chỉ đạo xử lý dứt điểm vi phạm đất đai ở khu đồng Mả Lọ", "UBND xã", "trong quý I/2023"),
     K("tăng cường tiếp xúc cử tri, giám sát việc thực hiện nghị quyết", "các đại biểu HĐND", None)],
    [], [],
    ["26/27 đại biểu", "8,45 tỷ đồng", "112,67%", "7,5 tỷ đồng", "165 triệu đồng", "0,86%", "05 nghị quyết",
     "14 ý kiến"],
    ["23/12/2022 09:41", "Lượt đọc: 642", "2021 - 2026", "Bình luận (0)", "quý I/2023", "kỳ họp thứ 6"])

GOLD["tin21_bch_dangbo_xa_an_phu_lan3_2025"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã An Phú", None, None, None, "2025-09-24",
    "Đảng bộ xã An Phú họp Hội nghị Ban Chấp hành lần thứ 3",
    M("Hội nghị lần thứ 3, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-09-24", "Hội trường Đảng ủy xã",
      ["Đặng Thị Kim Loan"], None),
    A(33, None, None, 31, 2),
    [Dc("resolution", "ban hành Quy chế làm việc sửa đổi của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030", None,
        31, None, None, 31, "thông qua")],
    [T("thu ngân sách trên địa bàn", 27, 21.6, "tỷ đồng", "năm 2025", "tiến độ"),
     T("kết nạp 38 đảng viên", 35, 38, "đảng viên", "năm 2025", "vượt"),
     T("Tỷ lệ hộ nghèo", 1.8, 1.95, "%", "năm 2025", "tiến độ")],
    [K("hoàn thành di dời 12 hộ vùng sạt lở", "UBND xã", "trước ngày 15/10/2025"),
     K("rà soát hộ nghèo, hộ cận nghèo", "các chi bộ ấp", "trong tháng 11"),
     K("chuẩn bị nội dung đánh giá, xếp loại tổ chức đảng, đảng viên cuối năm", "Ban Xây dựng Đảng", None)],
    [], [],
    ["31/33", "6.820 ha", "21,6 tỷ đồng", "80%", "27 tỷ đồng", "38 đảng viên", "1,95%", "2,3 tỷ đồng"],
    ["25/09/2025 - 17:05", "Lượt xem: 986", "2025 - 2030", "15/10/2025", "25/GP-BTTTT", "lần thứ 3"])

GOLD["tin22_daihoi_cb_trung_tam_yte_2022"] = doc(
    "tin_hoi_nghi", "Chi bộ Khoa Nội", "Đảng bộ Trung tâm Y tế huyện Krông Pắc", None, None, "2022-06-10",
    "ĐẠI HỘI CHI BỘ KHOA NỘI LẦN THỨ V, NHIỆM KỲ 2022 - 2025",
    M("Đại hội lần thứ V, nhiệm kỳ 2022 - 2025", "đại hội", None, None, "2022-06-10", None,
      ["Trần Thị Bích Ngọc", "Lê Văn Sơn"], None),
    A(23, None, None, 21, 2),
    [Dc("election", "bầu Chi ủy nhiệm kỳ 2022 - 2025 gồm 3 đồng chí", None, None, None, None, None, "bầu đủ"),
     Dc("election", "Bí thư Chi bộ", "Trần Thị Bích Ngọc", 20, None, None, 21, "trúng cử"),
     Dc("election", "Phó Bí thư Chi bộ", "Lê Văn Sơn", 19, None, None, 21, "trúng cử"),
     Dc("election", "bầu 02 đại biểu chính thức đi dự Đại hội Đảng bộ Trung tâm", None, None, None, None, None,
        "bầu đủ"),
     Dc("resolution", "thông qua Nghị quyết", None, 21, None, None, 21, "thông qua")],
    [T("kết nạp 3 đảng viên mới", 3, 3, "đảng viên", "nhiệm kỳ 2020 - 2022", "đạt"),
     T("100% đảng viên được học tập nghị quyết", 100, None, "%", "nhiệm kỳ 2022 - 2025", None),
     T("kết nạp từ 2 đảng viên trở lên", 2, None, "đảng viên", "nhiệm kỳ 2022 - 2025", None)],
    [K("xây dựng quy chế làm việc nhiệm kỳ mới", "chi bộ", "trong tháng 7/2022"),
     K("quan tâm phát triển đảng viên trong đội ngũ điều dưỡng, bác sĩ trẻ mới tuyển dụng", None, None)],
    [], [],
    ["23 đảng viên chính thức", "có mặt 21 đồng chí", "28.460 lượt bệnh nhân", "108,5%", "96%",
     "20/21 phiếu bầu (95,24%)", "19/21 phiếu (90,48%)", "02 đại biểu"],
    ["10:12, 14/06/2022", "Đã xem: 433", "lần thứ V", "2022 - 2025", "tháng 7/2022", "2020 - 2022"])


if __name__ == "__main__":
    for name, g in GOLD.items():
        with open(os.path.join(D, name + ".gold.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    print("wrote", len(GOLD))
