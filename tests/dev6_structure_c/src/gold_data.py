#!/usr/bin/env python3
"""Source of truth for round7/structure_c gold. Run to (re)write ../<name>.gold.json."""
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

GOLD["bb_chi_bo_chuyen_de_tram_y_te"] = doc(
    "bien_ban", "CHI BỘ TRẠM Y TẾ", "ĐẢNG BỘ XÃ PHƯỚC HÒA", "09-BB/CB", "Phước Hòa", "2026-11-20",
    "Sinh hoạt chuyên đề quý IV năm 2026",
    meeting("Sinh hoạt chuyên đề quý IV năm 2026", "chuyên đề", "16:15", "17:40", "2026-11-20",
            "Phòng giao ban Trạm Y tế xã Phước Hòa", ["Lâm Ngọc Bích"], "Trịnh Văn Khải"),
    att(16, 15, 1, 13, 3, [("Hồ Thị Ngân", "nghỉ chế độ thai sản"),
                           ("Kiều Văn Sang", "trực cấp cứu tại điểm trạm Phước Lợi"),
                           ("Mạc Thị Yến", "không lý do")]),
    [dec("vote", "thông qua chuyên đề", None, 13, None, None, 13, "thông qua"),
     dec("vote", "cử quần chúng Lê Minh Quân đi học lớp bồi dưỡng nhận thức về Đảng", "Lê Minh Quân",
         12, 1, None, 13, "thông qua")],
    [tg("khám, chữa bệnh", 12000, 9846, "lượt", "năm 2026", "tiến độ"),
     tg("Tỷ lệ người dân tham gia BHYT", 95, 93.4, "%", "năm 2026", "tiến độ")],
    [tk("Duy trì khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên tại 6 ấp",
        "Trịnh Văn Khải", "trong tháng 12/2026"),
     tk("Phối hợp Bảo hiểm xã hội vận động 215 hộ cận nghèo tham gia BHYT", "Vương Thị Lụa",
        "trước ngày 25/12/2026"),
     tk("hoàn thiện hồ sơ giới thiệu quần chúng Lê Minh Quân gửi Đảng ủy xã", "Chi ủy", "trước 30/11"),
     tk("đăng ký ít nhất 01 việc làm cụ thể làm theo chuyên đề", "Mỗi đảng viên",
        "tại kỳ sinh hoạt tháng 12")],
    [sg("THƯ KÝ", None, "Trịnh Văn Khải"), sg("CHỦ TRÌ", None, "Lâm Ngọc Bích")],
    [],
    ["16 đồng chí (15 chính thức, 01 dự bị)", "có mặt 13 đ/c", "vắng 03 đ/c",
     "9.846 lượt người có thẻ BHYT, bằng 82,05% kế hoạch năm (12.000 lượt)", "93,4%",
     "13/13 đ/c có mặt tán thành, đạt 100%", "tán thành 12 đ/c, không tán thành 01 đ/c",
     "215 hộ cận nghèo"],
    ["16 giờ 15 phút", "17 giờ 40 phút", "09-BB/CB", "quý IV năm 2026", "07 lượt ý kiến", "40 tuổi"])

GOLD["bb_hoi_nghi_bch_phuong"] = doc(
    "bien_ban", "ĐẢNG ỦY PHƯỜNG HÒA LỘC", "ĐẢNG BỘ TỈNH GIA LAI", "41-BB/ĐU", "Hòa Lộc", "2026-12-08",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 14",
    meeting("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 14", "hội nghị BCH", "07:30", "11:20",
            "2026-12-08", "Hội trường A, trụ sở Đảng ủy - HĐND - UBND phường",
            ["Vũ Đình Khang", "Lưu Thị Hạnh"], "Thái Minh Nhựt"),
    att(27, None, None, 24, 3, [("Huỳnh Tấn Lực", "dự tập huấn tại Bộ Công an"),
                                ("Kha Thị Diễm", "nằm viện"),
                                ("Đàm Quốc Trung", "chịu tang mẹ")]),
    [dec("discipline", "thi hành kỷ luật", "Trần Quốc Bảo", 17, None, None, 23, "cảnh cáo"),
     dec("election", "Bầu bổ sung Ủy viên Ban Thường vụ", "Nông Thị Thu Hà", 22, None, None, 24, "trúng cử"),
     dec("resolution", "Nghị quyết về nhiệm vụ năm 2027", None, 24, None, None, 24, "thông qua")],
    [tg("tổng thu ngân sách trên địa bàn", 52, 48.36, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("đảng viên mới", 25, 21, "đảng viên", "năm 2026", "tiến độ"),
     tg("tỷ lệ hộ gia đình văn hóa", 95, 96.2, "%", "năm 2026", "tiến độ")],
    [tk("hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026",
        "Các chi bộ", "trước ngày 20/12/2026"),
     tk("hoàn chỉnh hồ sơ kỷ luật đối với đồng chí Trần Quốc Bảo, trình Ban Thường vụ ban hành quyết định",
        "Ủy ban Kiểm tra Đảng ủy", "trong tuần này"),
     tk("tập trung thu ngân sách, phấn đấu hoàn thành 100% dự toán", "UBND phường",
        "trước ngày 31/12/2026")],
    [sg("THƯ KÝ HỘI NGHỊ", None, "Thái Minh Nhựt"), sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Vũ Đình Khang")],
    [],
    ["tổng số 27 đồng chí, có mặt 24 đồng chí, vắng 03 đồng chí",
     "48,36 tỷ đồng/52 tỷ đồng dự toán HĐND phường giao, đạt 93%",
     "kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên)", "96,2% (chỉ tiêu 95%)",
     "cảnh cáo 17 phiếu (73,91%)", "22/24 phiếu, đạt 91,67%",
     "24/24 đồng chí Ủy viên BCH có mặt tán thành (100%)"],
    ["07 giờ 30 phút", "11 giờ 20 phút", "41-BB/ĐU", "LẦN THỨ 14", "nhiệm kỳ 2025 - 2030", "9 ý kiến"])

GOLD["bb_hop_so_nnmt"] = doc(
    "bien_ban", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH QUẢNG TRỊ", None, "Đồng Hới", "2026-11-27",
    "Cuộc họp nghe báo cáo tiến độ trồng rừng thay thế và cấp giấy chứng nhận quyền sử dụng đất năm 2026",
    meeting("Cuộc họp nghe báo cáo tiến độ trồng rừng thay thế và cấp giấy chứng nhận quyền sử dụng đất năm 2026",
            "hội nghị", "14:00", "16:45", "2026-11-27",
            "Phòng họp tầng 3, trụ sở Sở Nông nghiệp và Môi trường", ["Hoàng Văn Định"],
            "Nguyễn Thị Kim Oanh"),
    att(14, None, None, 12, 2, [("Cù Văn Hải", "bận tiếp công dân định kỳ"),
                                ("Dương Thị Nguyệt", "đi công tác tại Huế")]),
    [dec("vote", "đề xuất UBND tỉnh điều chỉnh địa điểm trồng rừng thay thế", None, 12, None, None, 12,
         "thông qua")],
    [tg("trồng rừng thay thế", 320, 251.2, "ha", "năm 2026", "tiến độ"),
     tg("cấp GCN lần đầu", 1240, 1046, "giấy", "năm 2026", "tiến độ")],
    [tk("chỉ đạo các hạt kiểm lâm và chủ rừng hoàn thành trồng 68,8 ha còn lại", "Chi cục Kiểm lâm",
        "trước ngày 31/12/2026"),
     tk("phối hợp UBND các xã đẩy nhanh cấp 194 GCN còn lại", "Văn phòng Đăng ký đất đai",
        "trước ngày 15/12/2026"),
     tk("tham mưu văn bản đề xuất UBND tỉnh điều chỉnh địa điểm trồng rừng thay thế",
        "Phòng Kế hoạch – Tài chính", "trong tháng 12/2026"),
     tk("rà soát, niêm yết công khai các trường hợp chưa đủ điều kiện cấp GCN", "UBND các xã", None)],
    [sg("THƯ KÝ", None, "Nguyễn Thị Kim Oanh"), sg("CHỦ TRÌ CUỘC HỌP", "PHÓ GIÁM ĐỐC", "Hoàng Văn Định")],
    ["Giám đốc Sở (b/c)", "Chi cục Kiểm lâm", "Văn phòng Đăng ký đất đai",
     "UBND các xã Kim Ngân, Trường Phú, Lệ Thủy", "Lưu: VT, KHTC"],
    ["Thành phần mời: 14 đại biểu; có mặt: 12; vắng 02", "320 ha", "251,2 ha, đạt 78,5%", "1.240 giấy",
     "1.046 GCN, đạt 84,35%", "37 hồ sơ", "2,16 tỷ đồng", "12/12 ý kiến"],
    ["14h00", "16h45", "tầng 3", "25/11", "10%", "18 ha"])

GOLD["bb_kiem_phieu_dai_hoi_chi_bo"] = doc(
    "bien_ban", "CHI BỘ TRƯỜNG MẦM NON HOA SEN", "ĐẢNG BỘ XÃ TIÊN HƯNG", None, "Tiên Hưng", "2025-04-14",
    "Bầu cử tại Đại hội Chi bộ Trường Mầm non Hoa Sen, nhiệm kỳ 2025 - 2027",
    meeting("Đại hội Chi bộ Trường Mầm non Hoa Sen, nhiệm kỳ 2025 - 2027", "đại hội", "07:30", None,
            "2025-04-14", "Phòng họp Hội đồng sư phạm nhà trường",
            ["Tô Thị Lan Anh", "Bạch Văn Thường"], "Ninh Thị Quế"),
    att(23, 21, 2, 22, 1, [("Lục Thị Hiền", "nghỉ sinh con")]),
    [dec("election", "BẦU CHI ỦY", "Tô Thị Lan Anh", 19, None, None, 19, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Bạch Văn Thường", 17, None, None, 19, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Ninh Thị Quế", 14, None, None, 19, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Giáp Văn Toàn", 6, None, None, 19, "không trúng cử"),
     dec("election", "BẦU BÍ THƯ CHI BỘ", "Tô Thị Lan Anh", 18, None, None, 20, "trúng cử"),
     dec("vote", "thông qua Biên bản kiểm phiếu", None, 20, None, None, 20, "thông qua")],
    [], [],
    [sg("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Giáp Thị Mơ")],
    [],
    ["23 đồng chí (chính thức 21, dự bị 02)", "có mặt 22 đ/c", "Số phiếu phát ra: 20 phiếu",
     "Số phiếu hợp lệ: 19 phiếu", "Số phiếu không hợp lệ: 01 phiếu", "18/20 phiếu, đạt 90%",
     "20/20 đảng viên chính thức có mặt nhất trí"],
    ["7 giờ 30 phút", "9 giờ 40 phút", "10 giờ 25 phút", "nhiệm kỳ 2025 - 2027", "03 bản"])

GOLD["bc_dang_uy_xa_nam"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ TRÚC LÂM", "ĐẢNG BỘ TỈNH THÁI NGUYÊN", "186-BC/ĐU", "Trúc Lâm", "2026-12-15",
    "Kết quả thực hiện Nghị quyết năm 2026, phương hướng, nhiệm vụ năm 2027",
    None, None, [],
    [tg("Tổng sản lượng lương thực có hạt", 9800, 10126.5, "tấn", "năm 2026", "vượt"),
     tg("Thu nhập bình quân đầu người", 62, 63.4, "triệu đồng", "năm 2026", "vượt"),
     tg("Tỷ lệ hộ nghèo", 2.5, 2.31, "%", "năm 2026", "đạt"),
     tg("Trồng rừng tập trung", 150, 137.5, "ha", "năm 2026", "chưa đạt"),
     tg("Kết nạp đảng viên mới", 18, 18, "đảng viên", "năm 2026", "đạt"),
     tg("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", 85, None, "%", "năm 2026", None),
     tg("tổng thu ngân sách trên địa bàn", 20, 21.74, "tỷ đồng", "năm 2026", "vượt"),
     tg("Tổng sản lượng lương thực có hạt", 10000, None, "tấn", "năm 2027", None),
     tg("Trồng rừng tập trung", 160, None, "ha", "năm 2027", None),
     tg("đảng viên mới", 20, None, "đảng viên", "năm 2027", None)],
    [tk("xây dựng kế hoạch trồng bù 12,5 ha rừng còn thiếu năm 2026", "UBND xã", "trong quý I/2027"),
     tk("tham mưu tổ chức sơ kết 2 năm thực hiện Nghị quyết Đại hội Đảng bộ xã",
        "Ban Xây dựng Đảng Đảng ủy", "trước ngày 30/6/2027"),
     tk("xây dựng chương trình kiểm tra, giám sát năm 2027, trình Ban Thường vụ",
        "Ủy ban Kiểm tra Đảng ủy", "trước ngày 15/01/2027"),
     tk("Tăng cường công tác dân vận, vận động Nhân dân hiến đất mở rộng đường liên thôn Đồng Kè - Khuôn Lặng",
        None, None)],
    [sg("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Ma Văn Tuấn")],
    ["Ban Tổ chức Tỉnh ủy (b/c)", "Các đồng chí Ủy viên BCH Đảng bộ xã", "Các chi bộ trực thuộc",
     "Lưu Văn phòng Đảng ủy"],
    ["4/6 chỉ tiêu đạt và vượt", "10.126,5", "21,74 tỷ đồng, bằng 108,7% dự toán HĐND xã giao (20 tỷ đồng)",
     "91,4% kế hoạch", "612/640 đảng viên, đạt 95,63%", "Không đạt (91,67%)",
     "thi hành kỷ luật 02 đảng viên", "41 ha lúa mùa"],
    ["186-BC/ĐU", "05-NQ/ĐU", "26/12/2025", "cuối tháng 9", "sơ kết 2 năm"])

GOLD["bc_ubnd_phuong_11_thang"] = doc(
    "bao_cao", "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH MINH", None, "412/BC-UBND", "Bình Minh", "2026-12-03",
    "Tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh 11 tháng; nhiệm vụ trọng tâm tháng 12 năm 2026",
    None, None, [],
    [tg("Thu ngân sách nhà nước trên địa bàn", 86.5, 79.24, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Giải ngân vốn đầu tư công", 42, 30.66, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Cấp giấy phép xây dựng", 260, 248, "giấy phép", "năm 2026", "tiến độ"),
     tg("Tỷ lệ dân số tham gia BHYT", 94.5, 94.8, "%", "năm 2026", "tiến độ")],
    [tk("đôn đốc các chủ đầu tư giải ngân 11,34 tỷ đồng vốn đầu tư công còn lại",
        "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 31/12/2026"),
     tk("tổ chức thăm, tặng quà Tết Nguyên đán Đinh Mùi cho người có công, hộ nghèo",
        "Phòng Văn hóa - Xã hội", "trước 20/01/2027"),
     tk("mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự dịp cuối năm",
        "Công an phường", None),
     tk("tổng hợp số liệu giải quyết thủ tục hành chính năm 2026, báo cáo UBND phường",
        "Trung tâm Phục vụ hành chính công phường", "trước ngày 25/12/2026"),
     tk("rà soát hộ nghèo, hộ cận nghèo cuối năm theo kế hoạch", "Các tổ dân phố", None)],
    [sg("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Quách Thanh Phong")],
    ["UBND tỉnh (b/c)", "Thường trực Đảng ủy phường", "Thường trực HĐND phường",
     "Các phòng, đơn vị thuộc UBND phường", "Lưu: VT"],
    ["79,24", "30,66", "1.935 hộ kinh doanh cá thể", "1.207 đối tượng", "9,84 tỷ đồng",
     "412 lao động, đạt 103% KH năm", "99,2%", "13/14 vụ"],
    ["412/BC-UBND", "11 tháng", "tháng 12 năm 2026", "giai đoạn 2", "Đinh Mùi", "năm 2027"])

GOLD["bc_hoi_phu_nu_6_thang"] = doc(
    "bao_cao", "BCH HỘI LHPN XÃ NAM HÒA", "HỘI LHPN HUYỆN THANH NAM", "14/BC-HPN", "Nam Hòa", "2025-06-18",
    "Sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025",
    None, None, [],
    [tg("Phát triển hội viên mới", 80, 57, "chị", "năm 2025", "tiến độ"),
     tg("Vận động quỹ “Mái ấm tình thương”", 60000000, 38500000, "đồng", "năm 2025", "tiến độ"),
     tg("Giúp hộ phụ nữ nghèo thoát nghèo", 12, 9, "hộ", "năm 2025", "tiến độ")],
    [tk("Tập trung phát triển 23 hội viên còn lại", "các chi hội trưởng", "trước 30/9/2025"),
     tk("vận động đủ 21.500.000đ còn thiếu của quỹ “Mái ấm tình thương”, khởi công 01 nhà cho hội viên nghèo thôn Bến Đò",
        "Ban Thường vụ Hội", "trong quý III/2025"),
     tk("chuẩn bị hồ sơ, sổ sách, tài chính của Hội để bàn giao khi sắp xếp tổ chức Hội theo đơn vị hành chính mới",
        "Vi Thị Hạnh", "trước ngày 28/6/2025"),
     tk("Phối hợp Trạm Y tế tổ chức khám sàng lọc ung thư vú cho 150 hội viên", None, None)],
    [sg("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lã Thị Thu Trang")],
    ["Hội LHPN huyện (b/c)", "Đảng ủy, UBND xã (b/c)", "Các chi hội", "Lưu VP"],
    ["1.468 hội viên/1.902 phụ nữ từ 18 tuổi trở lên, chiếm 77,18%", "71,25", "64,17",
     "23 buổi với 1.146 lượt hội viên", "18,72 tỷ đồng cho 463 hộ vay", "3/10 chị", "9 chi hội"],
    ["14/BC-HPN", "6 tháng đầu năm", "18 tuổi", "6 tổ tiết kiệm", "chính quyền địa phương 2 cấp"])

GOLD["tb_ket_luan_btv_dang_uy_xa"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ HÒA SƠN", "ĐẢNG BỘ TỈNH KHÁNH HÒA", "215-TB/ĐU", "Hòa Sơn", "2026-11-26",
    "của Ban Thường vụ Đảng ủy xã về công tác chuẩn bị Tết Nguyên đán Đinh Mùi 2027 và khắc phục sạt lở bờ sông Cái",
    meeting(None, "hội nghị", None, None, "2026-11-24", None, ["Phạm Công Luận"], None),
    att(11, None, None, 9, 2, []),
    [dec("vote", "đề nghị UBND tỉnh hỗ trợ kinh phí xây dựng kè chống sạt lở bờ sông Cái", None,
         9, None, None, 9, "thông qua")],
    [tg("thu ngân sách", 18.6, 16.2, "tỷ đồng", "năm 2026", "tiến độ")],
    [tk("lập phương án di dời khẩn cấp 27 hộ dân vùng sạt lở thôn Phú Ân, báo cáo Ban Thường vụ",
        "UBND xã", "trước ngày 05/12/2026"),
     tk("chủ trì vận động quỹ hỗ trợ người dân vùng sạt lở và trao quà Tết cho hộ nghèo, hộ cận nghèo",
        "Ủy ban MTTQ Việt Nam xã", "trước ngày 25/01/2027"),
     tk("tập trung khai thác các nguồn thu, phấn đấu thu ngân sách năm 2026 đạt 100% dự toán",
        "UBND xã", None),
     tk("xây dựng kế hoạch bảo đảm an ninh trật tự, phòng chống cháy nổ dịp Tết", "Công an xã", None),
     tk("theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp báo cáo tại hội nghị Ban Thường vụ tháng 12",
        "Văn phòng Đảng ủy", "tại hội nghị Ban Thường vụ tháng 12")],
    [sg("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lý Thị Kiều Oanh")],
    ["Thường trực Đảng ủy", "UBND xã", "UBMTTQ Việt Nam xã", "Công an xã", "Lưu Văn phòng Đảng ủy"],
    ["9/11 đồng chí Ủy viên Ban Thường vụ", "16,2 tỷ đồng/18,6 tỷ đồng dự toán, đạt 87,1%", "312 hộ",
     "340 m", "27 hộ dân", "9/9 ý kiến"],
    ["215-TB/ĐU", "Đinh Mùi 2027", "24/11/2026", "20/11/2026", "tháng 12"])

GOLD["tin_chi_bo_thon_khe_ma"] = doc(
    "tin_hoi_nghi", "Chi bộ thôn Khe Mạ", "Đảng bộ xã Tân Sơn", None, None, "2026-10-14",
    "Chi bộ thôn Khe Mạ sinh hoạt thường kỳ gắn với bàn giải pháp làm đường bê tông nội thôn",
    meeting("sinh hoạt chi bộ thường kỳ tháng 10 năm 2026", "thường kỳ", "19:30", "21:45", "2026-10-14",
            "nhà văn hóa thôn", ["Sầm Văn Quyết"], None),
    att(35, 33, 2, 31, 4, []),
    [dec("vote", "đề nghị Đảng ủy xã xem xét kết nạp quần chúng Lường Thị Mai vào Đảng", "Lường Thị Mai",
         29, None, None, 29, "thông qua")],
    [tg("năng suất bình quân", 55, 58, "tạ/ha", "vụ mùa năm 2026", "vượt")],
    [tk("phối hợp Chi hội Cựu chiến binh thành lập Ban giám sát cộng đồng", "Ban công tác Mặt trận thôn",
        "trong tháng 10"),
     tk("hoàn thiện hồ sơ đề nghị kết nạp đảng viên gửi Đảng ủy xã", "chi ủy", "trước ngày 31/10/2026"),
     tk("hoàn thành thu hoạch và vệ sinh đồng ruộng", "các hộ", "trước 25/10")],
    [], [],
    ["31/35 đảng viên", "4 đồng chí vắng", "64,5 ha",
     "58 tạ/ha, vượt 3 tạ/ha so với kế hoạch (55 tạ/ha)", "142/150 hộ", "426 triệu đồng", "(29/29)"],
    ["Lượt xem: 287", "16/10/2026", "19 giờ 30", "21 giờ 45", "Bình luận (0)", "05/10/2026"])

GOLD["tin_ky_hop_hdnd_xa"] = doc(
    "tin_hoi_nghi", "HĐND xã Hòa Phú Tây", None, None, None, "2026-12-18",
    "HĐND xã Hòa Phú Tây tổ chức kỳ họp thứ 4, thông qua 9 nghị quyết quan trọng",
    meeting("kỳ họp thứ 4", "hội nghị", None, None, "2026-12-18", None,
            ["Y Thuyên Niê", "Đặng Thị Mỹ Lệ"], None),
    att(30, None, None, 28, 2, []),
    [dec("election", "bầu bổ sung chức danh Phó Chủ tịch UBND xã", "Lương Đình Tú", 26, None, None, 28,
         "trúng cử"),
     dec("resolution", "9 nghị quyết", None, 28, None, None, 28, "thông qua")],
    [tg("tổng thu ngân sách trên địa bàn", 35, 39.8, "tỷ đồng", "năm 2026", "vượt"),
     tg("diện tích cà phê tái canh", 300, 312, "ha", "năm 2026", "vượt"),
     tg("tỷ lệ hộ nghèo", 4.5, 4.86, "%", "năm 2026", "chưa đạt"),
     tg("tổng thu ngân sách trên địa bàn", 41.5, None, "tỷ đồng", "năm 2027", None),
     tg("tỷ lệ hộ nghèo", 3.5, None, "%", "năm 2027", None),
     tg("thôn, buôn có nhà văn hóa đạt chuẩn", 100, None, "%", "năm 2027", None)],
    [tk("khẩn trương xây dựng kế hoạch triển khai các nghị quyết", "UBND xã", "ngay từ đầu năm 2027"),
     tk("tăng cường giám sát việc khắc phục tình trạng thiếu nước tưới",
        "Thường trực HĐND, các Ban HĐND xã", "trong quý I/2027")],
    [], [],
    ["28/30 đại biểu", "39,8 tỷ đồng, đạt 113,71% dự toán (35 tỷ đồng)", "312 ha, đạt 104% kế hoạch (300 ha)",
     "4,86%", "98,7%", "26/28 đại biểu có mặt tán thành (đạt 92,86%)", "9 nghị quyết"],
    ["Lượt xem: 1.024", "19/12/2026 08:45", "kỳ họp thứ 4", "nhiệm kỳ 2026 - 2031", "tỉnh lộ 2",
     "Bình luận (0)"])


def main():
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(GOLD), "gold files")


if __name__ == "__main__":
    main()
