#!/usr/bin/env python3
"""Single source of the dev13_structure golds. Run to (re)write ../<name>.gold.json."""
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

GOLD["bb01_cb_khu_pho_thuong_ky_t3_2026"] = doc(
    "bien_ban", "CHI BỘ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH", "07-BB/CB", None, "2026-03-12",
    "Sinh hoạt chi bộ định kỳ tháng 3/2026",
    meeting("Sinh hoạt chi bộ định kỳ tháng 3/2026", "thường kỳ", "19:30", "21:15", "2026-03-12",
            "Hội trường Ban điều hành khu phố 4", ["Võ Thị Thu Sương"], "Lý Quốc Trung"),
    att(31, 29, 2, 28, 3, [("Ngô Văn Tiến", "nằm viện"), ("Châu Thị Diễm", "về quê chăm mẹ ốm"),
                           ("Phan Minh Luân", "đi học tập trung")]),
    [dec("vote", "đề nghị kết nạp quần chúng Trương Thị Kim Yến vào Đảng", "Trương Thị Kim Yến", 26, 1, None, 27, "tán thành kết nạp"),
     dec("resolution", "thông qua nghị quyết tháng 3", None, 27, None, None, 27, "thông qua")],
    [tg("đóng góp quỹ \"Vì người nghèo\"", 450, 486, "hộ", "tháng 02/2026", "vượt")],
    [tk("Ra quân tổng vệ sinh, khơi thông cống thoát nước các hẻm 12, 14", "đồng chí Lý Quốc Trung", "trước 25/3/2026"),
     tk("rà soát danh sách người lưu trú tại các nhà trọ, báo cáo Công an phường", "Đồng chí Hồ Văn Tâm, Trưởng khu phố", "chậm nhất ngày 20/3/2026"),
     tk("vận động hội viên đóng góp xây dựng nhà tình nghĩa", "Chi hội Cựu chiến binh", "trong tháng 3"),
     tk("Tiếp tục theo dõi, giúp đỡ quần chúng ưu tú Trương Thị Kim Yến hoàn thiện hồ sơ", None, None)],
    [sg("THƯ KÝ", None, "Lý Quốc Trung"), sg("CHỦ TRÌ", None, "Võ Thị Thu Sương")],
    [],
    ["31 đồng chí", "28 đồng chí", "Vắng 3 đồng chí", "486 hộ", "450 hộ", "26 đồng chí", "01 đồng chí"],
    ["19 giờ 30", "12/3/2026", "21 giờ 15", "07-BB/CB", "20/3/2026"])

GOLD["bb02_bch_xa_lan_thu_6_2026"] = doc(
    "bien_ban", "ĐẢNG ỦY XÃ PHÚ SƠN LÂM", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "41-BB/ĐU", "Phú Sơn Lâm", "2026-04-28",
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU (NHIỆM KỲ 2025 - 2030)",
    meeting("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU", "hội nghị BCH", "07:45", "11:20", "2026-04-28",
            "Phòng họp tầng 2, trụ sở Đảng ủy xã Phú Sơn Lâm", ["K'Brơi Hà", "Trần Đình Nguyên"], "Phạm Thị Hoài An"),
    att(23, None, None, 21, 2, [("Ka Thủy", "đi học lớp trung cấp lý luận chính trị"),
                                ("Nguyễn Quang Vinh", "công tác tại tỉnh")]),
    [dec("vote", "Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành", None, 21, None, None, 23, "thông qua"),
     dec("vote", "giới thiệu đồng chí Lơ Mu Ha Sang giữ chức Phó Chủ tịch Ủy ban Mặt trận Tổ quốc xã", "Lơ Mu Ha Sang", 20, 1, None, 21, "đồng ý giới thiệu")],
    [tg("Thu ngân sách nhà nước trên địa bàn", 15.3, 6.12, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Tỷ lệ người dân tham gia bảo hiểm y tế", 93, 91.2, "%", "năm 2026", "tiến độ"),
     tg("Chuyển đổi 64 ha cà phê già cỗi", 120, 64, "ha", "năm 2026", "tiến độ")],
    [tk("Tập trung đôn đốc thu ngân sách", None, None),
     tk("chủ trì, phối hợp Ban Quản lý rừng phòng hộ xây dựng phương án phòng cháy rừng mùa khô năm 2026-2027", "Ủy ban nhân dân xã", "trước ngày 15 tháng 6 năm 2026"),
     tk("tham mưu tổ chức sơ kết 6 tháng", "Văn phòng Đảng ủy", "tuần đầu tháng 7/2026"),
     tk("rà soát, lập danh sách quần chúng ưu tú đưa vào diện cảm tình Đảng", "Các chi bộ thôn", None)],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "K'Brơi Hà"), sg("THƯ KÝ HỘI NGHỊ", None, "Phạm Thị Hoài An")],
    ["Ban Thường vụ Tỉnh ủy (để b/c)", "Các đồng chí Ủy viên Ban Chấp hành", "Lưu Văn phòng Đảng ủy"],
    ["6,12 tỷ đồng", "15,3 tỷ đồng", "91,2%", "64 ha", "120 ha", "21/23", "20 phiếu đồng ý", "55% dự toán năm"],
    ["41-BB/ĐU", "7 giờ 45 phút", "2025 - 2030", "15 tháng 6 năm 2026", "LẦN THỨ SÁU", "11 giờ 20 phút"])

GOLD["bb03_kiem_phieu_dh_cb_thcs_2025"] = doc(
    "bien_ban", "BAN KIỂM PHIẾU", "ĐẠI HỘI CHI BỘ TRƯỜNG THCS NGUYỄN DU", None, "Ea Kar", "2025-05-14",
    "bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027",
    meeting("Đại hội Chi bộ Trường THCS Nguyễn Du lần thứ XI, nhiệm kỳ 2025 - 2027", "đại hội", "07:30", None, "2025-05-14",
            "phòng Hội đồng nhà trường", ["Nguyễn Thị Thanh Nhàn", "Hà Văn Đông"], "Mai Thị Loan"),
    att(24, None, None, 23, 1, [("Lưu Thị Mận", "nghỉ ốm")]),
    [dec("election", "BẦU CHI ỦY", "Nguyễn Thị Thanh Nhàn", 21, None, None, 22, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Hà Văn Đông", 19, None, None, 22, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Trần Quốc Bảo", 15, None, None, 22, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Vũ Thị Ngọc Hân", 7, None, None, 22, "không trúng cử"),
     dec("election", "BẦU BÍ THƯ CHI BỘ", "Nguyễn Thị Thanh Nhàn", 22, None, None, 23, "trúng cử")],
    [], [],
    [sg("TRƯỞNG BAN KIỂM PHIẾU", None, "Đinh Công Bằng"), sg("CÁC ỦY VIÊN", None, "Y Njuôl Êban"),
     sg("CÁC ỦY VIÊN", None, "Lê Thị Kiều Oanh")],
    [],
    ["26 đảng viên", "có mặt lúc bầu cử 23 đồng chí", "hợp lệ 22", "21 phiếu, 95,45%", "19 phiếu, 86,36%", "15 phiếu, 68,18%", "7 phiếu, 31,82%", "22/23 phiếu"],
    ["14 tháng 5 năm 2025", "2025 - 2027", "lần thứ XI", "7 giờ 30 phút", "10 giờ 05 phút", "14/5/2025"])

GOLD["bb04_ky_luat_cb_trung_tam_y_te_2024"] = doc(
    "bien_ban", "CHI BỘ TRUNG TÂM Y TẾ HUYỆN", "ĐẢNG BỘ HUYỆN CẨM KHÊ", None, "Cẩm Khê", "2024-09-19",
    "họp chi bộ xem xét, thi hành kỷ luật đảng viên",
    meeting("họp chi bộ xem xét, thi hành kỷ luật đảng viên", "chuyên đề", "14:00", "16:10", "2024-09-19",
            "phòng giao ban khoa Khám bệnh, Trung tâm Y tế huyện Cẩm Khê", ["Phùng Thị Lựu"], "Đặng Văn Khoa"),
    att(19, 18, 1, 18, 1, [("Tạ Thu Hằng", "đang nghỉ sinh con")]),
    [dec("discipline", "thi hành kỷ luật đồng chí Bùi Đức Hạnh", "Bùi Đức Hạnh", 13, None, None, 18, "khiển trách")],
    [],
    [tk("hoàn chỉnh hồ sơ kỷ luật gửi Ủy ban Kiểm tra Huyện ủy", "Đồng chí Đặng Văn Khoa", "trong vòng 05 ngày làm việc"),
     tk("rà soát, chấn chỉnh việc tiếp nhận quà biếu tại các khoa lâm sàng", "Phòng Điều dưỡng", "trong tháng 10/2024")],
    [sg("THƯ KÝ", None, "Đặng Văn Khoa"), sg("BÍ THƯ CHI BỘ", None, "Phùng Thị Lựu")],
    [],
    ["Tổng số đảng viên: 19", "có mặt 18", "3,5 triệu đồng", "phát ra 17", "Khiển trách: 13 phiếu", "72,22%", "Cảnh cáo: 4 phiếu"],
    ["14h00", "19/9/2024", "16h10", "19 tháng 9 năm 2024", "05 ngày làm việc", "9 ý kiến"])

GOLD["bb05_hoi_nghi_cbcc_phong_gddt_2024"] = doc(
    "bien_ban", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN TAM NÔNG", "12/BB-PGDĐT", "Tam Nông", "2024-01-23",
    "Hội nghị cán bộ, công chức, người lao động năm 2024",
    meeting("Hội nghị cán bộ, công chức, người lao động năm 2024", "hội nghị", "08:00", "11:00", "2024-01-23",
            "Phòng họp số 1, UBND huyện Tam Nông", ["Huỳnh Văn Lợi", "Nguyễn Thị Bích Thủy"], "Lâm Mỹ Dung"),
    att(17, None, None, 16, 1, [("Dương Thành Được", "đi tập huấn tại Sở Giáo dục và Đào tạo")]),
    [dec("vote", "thông qua Quy chế chi tiêu nội bộ năm 2024", None, 15, 1, None, 16, "thông qua"),
     dec("election", "Bầu Ban Thanh tra nhân dân", None, 16, None, None, 16, "trúng cử")],
    [tg("Tỷ lệ huy động trẻ 5 tuổi ra lớp", 99.5, 100, "%", "năm 2023", "vượt"),
     tg("Số trường đạt chuẩn quốc gia", 20, 21, "trường", "năm 2023", "vượt"),
     tg("Tỷ lệ học sinh bỏ học bậc trung học cơ sở", 0.5, 0.42, "%", "năm 2023", "đạt"),
     tg("có thêm ít nhất 02 trường đạt chuẩn quốc gia", 2, None, "trường", "năm 2024", None)],
    [tk("Giữ vững tỷ lệ trẻ 5 tuổi ra lớp", None, None),
     tk("phối hợp các trường hoàn chỉnh hồ sơ thanh quyết toán công trình sửa chữa năm 2023", "Bộ phận Kế toán", "hạn chót 31/3/2024"),
     tk("Xây dựng kế hoạch bồi dưỡng giáo viên dạy Chương trình giáo dục phổ thông 2018 lớp 9", "bà Trịnh Thị Hồng, Phó Trưởng phòng", "trong quý II/2024")],
    [sg("THƯ KÝ", None, "Lâm Mỹ Dung"), sg("CHỦ TỌA", None, "Huỳnh Văn Lợi")],
    [],
    ["17 người", "hiện diện 16 người", "21/32 trường", "0,42%", "86,4% kế hoạch", "15 người đồng ý", "16/16"],
    ["12/BB-PGDĐT", "08 giờ 00", "23/01/2024", "11 giờ 00", "31/3/2024", "2018"])

GOLD["bb06_ky_hop_hdnd_xa_chuyen_de_2026"] = doc(
    "bien_ban", "HỘI ĐỒNG NHÂN DÂN XÃ TIÊN LÃNG", None, "03/BB-HĐND", "Tiên Lãng", "2026-03-06",
    "KỲ HỌP THỨ TƯ (CHUYÊN ĐỀ) HĐND XÃ KHÓA I, NHIỆM KỲ 2021 - 2026",
    meeting("KỲ HỌP THỨ TƯ (CHUYÊN ĐỀ) HĐND XÃ KHÓA I, NHIỆM KỲ 2021 - 2026", "hội nghị", "14:00", "16:40", "2026-03-06",
            "Hội trường Trung tâm Chính trị xã", ["Vũ Mạnh Cường"], "Phí Thị Nga"),
    att(35, None, None, 32, 3, [("Nguyễn Văn Tưởng", "ốm"), ("Lương Thị Huế", "đi công tác"), ("Đỗ Đức Mạnh", "việc gia đình")]),
    [dec("resolution", "Nghị quyết điều chỉnh dự toán ngân sách xã năm 2026", None, 31, 1, 0, 35, "thông qua"),
     dec("resolution", "Nghị quyết phê duyệt chủ trương đầu tư dự án nâng cấp đê bao thôn Đông Xuyên", None, 32, None, None, 32, "thông qua"),
     dec("vote", "Miễn nhiệm Phó Trưởng Ban Kinh tế - Xã hội HĐND xã đối với bà Lương Thị Huế", "Lương Thị Huế", 30, None, None, 32, "miễn nhiệm")],
    [tg("tổng thu ngân sách xã", 48.6, 9.18, "tỷ đồng", "năm 2026", "tiến độ")],
    [tk("triển khai thực hiện các nghị quyết", "UBND xã", None),
     tk("báo cáo tiến độ dự án đê bao", "UBND xã", "tại kỳ họp thường lệ giữa năm 2026")],
    [sg("THƯ KÝ KỲ HỌP", None, "Phí Thị Nga"), sg("CHỦ TỊCH HĐND XÃ", None, "Vũ Mạnh Cường")],
    [],
    ["35 vị", "Có mặt: 32 vị", "48,6 tỷ đồng", "9,18 tỷ đồng", "31 đại biểu tán thành", "88,57%", "32/32", "93,75%"],
    ["03/BB-HĐND", "14 giờ 00", "06/3/2026", "2021 - 2026", "16 giờ 40 phút", "6 lượt ý kiến"])

GOLD["bc01_dang_uy_xa_quy_i_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY XÃ KIM NGÂN", "ĐẢNG BỘ TỈNH QUẢNG TRỊ", "58-BC/ĐU", "Kim Ngân", "2026-03-30",
    "kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng, nhiệm vụ quý II năm 2026",
    None, None, [],
    [tg("Gieo trồng vụ Đông Xuân", 1150, 1126, "ha", "vụ Đông Xuân", "chưa đạt"),
     tg("Thu ngân sách trên địa bàn", 11, 2.37, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Tỷ lệ hộ nghèo", 7, 6.84, "%", "năm 2026", "đạt"),
     tg("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", 18, 17.2, "%", "năm 2026", "đạt"),
     tg("Kết nạp 05 đảng viên mới", 12, 5, "đảng viên", "năm 2026", "tiến độ"),
     tg("trồng mới 85 ha rừng sản xuất", 85, None, "ha", "quý II năm 2026", None),
     tg("tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", 95, None, "%", "quý II năm 2026", None)],
    [tk("Chỉ đạo thu hoạch vụ Đông Xuân, chuẩn bị giống cho vụ Hè Thu", None, None),
     tk("kiểm tra việc thu, nộp đảng phí tại 04 chi bộ", "Ủy ban Kiểm tra Đảng ủy", "trước 30/6/2026"),
     tk("Hoàn thành nhà văn hóa bản Pa Lọng, đưa vào sử dụng", "Ban Quản lý dự án xã", "trước ngày 19/5/2026"),
     tk("hướng dẫn các chi bộ bản tổ chức sinh hoạt chuyên đề về phòng, chống ma túy", "Ban Xây dựng Đảng", "trong quý II")],
    [sg("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hồ Văn Pả")],
    ["Ban Thường vụ Tỉnh ủy", "Văn phòng Tỉnh ủy", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["1.126 ha", "97,9% kế hoạch", "4.870 con", "2,37 tỷ đồng", "21,5% dự toán", "6,84%", "17,2%", "412 đảng viên"],
    ["58-BC/ĐU", "30 tháng 3 năm 2026", "30/6/2026", "19/5/2026", "04 chi bộ", "quý II năm 2026"])

GOLD["bc02_so_nnmt_ha_tinh_6_thang_2025"] = doc(
    "bao_cao", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH HÀ TĨNH", "2143/BC-SNNMT", "Hà Tĩnh", "2025-06-20",
    "Tình hình thực hiện nhiệm vụ 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025",
    None, None, [],
    [tg("Sản lượng lương thực vụ Xuân", 300000, 312450, "tấn", "vụ Xuân", "vượt"),
     tg("Trồng rừng tập trung", 6500, 3260, "ha", "năm 2025", "tiến độ"),
     tg("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", 92, 93.6, "%", "năm 2025", "đạt"),
     tg("Số vụ cháy rừng", 5, 2, "vụ", "năm 2025", "tiến độ")],
    [tk("chủ trì, phối hợp UBND các huyện trồng bổ sung diện tích rừng còn lại", "Chi cục Kiểm lâm", "trong tháng 11/2025"),
     tk("Chủ động phương án phòng, chống thiên tai mùa mưa bão", None, None),
     tk("kiểm tra an toàn 56 hồ chứa xung yếu", "Chi cục Thủy lợi", "trước 15/8/2025"),
     tk("Đẩy nhanh giải ngân vốn đầu tư công", None, "trước 31/01/2026"),
     tk("đẩy nhanh cấp giấy chứng nhận", "Văn phòng Đăng ký đất đai", "trước ngày 30 tháng 12 năm 2025")],
    [sg("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hương Giang")],
    ["UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, KHTC"],
    ["9.842 tỷ đồng", "3,1%", "312.450 tấn", "3.260 ha", "93,6%", "1.184 giấy", "41,2% kế hoạch", "02 vụ"],
    ["2143/BC-SNNMT", "1877/UBND-TH", "05/6/2025", "16/6/2025", "15/8/2025", "31/01/2026"])

GOLD["bc03_cb_ttpvhcc_nam_2025"] = doc(
    "bao_cao", "CHI BỘ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG", "ĐẢNG ỦY PHƯỜNG BẮC GIANG", "09-BC/CB", "Bắc Giang", "2025-12-15",
    "TỔNG KẾT CÔNG TÁC NĂM 2025 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026",
    None, None, [],
    [tg("tỷ lệ hồ sơ giải quyết trước và đúng hạn", 97, 99.1, "%", "năm 2025", "vượt"),
     tg("Tỷ lệ hồ sơ trực tuyến toàn trình", 60, 71.4, "%", "năm 2025", "đạt"),
     tg("Số hồ sơ trễ hạn do lỗi chủ quan", 10, 3, "hồ sơ", "năm 2025", "đạt"),
     tg("tỷ lệ hồ sơ trực tuyến toàn trình", 80, None, "%", "năm 2026", None),
     tg("thời gian chờ bình quân của người dân", 15, None, "phút/lượt", "năm 2026", None)],
    [tk("số hóa kết quả giải quyết thủ tục hành chính còn tồn", "Đồng chí Tô Hải Yến, Phó Giám đốc Trung tâm", "trước quý II/2026"),
     tk("Bố trí cán bộ hướng dẫn người cao tuổi nộp hồ sơ trực tuyến tại quầy", None, None),
     tk("xây dựng kế hoạch bồi dưỡng, phát triển 01 đảng viên mới trong đoàn viên của Trung tâm", "Chi ủy", "hạn 31/3/2026"),
     tk("Phối hợp Công an phường làm sạch dữ liệu dân cư", None, "thường xuyên")],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Ngô Thị Phương Thảo")],
    ["Đảng ủy phường (b/c)", "Lưu chi bộ"],
    ["14 đảng viên", "8.915 hồ sơ", "8.862 hồ sơ", "99,1%", "71,4%", "03 hồ sơ", "96,8%", "100% đảng viên"],
    ["09-BC/CB", "15 tháng 12 năm 2025", "01/7/2025", "10/12/2025", "31/3/2026", "tháng 01/2026"])

GOLD["bc04_dang_uy_phuong_6_thang_2026"] = doc(
    "bao_cao", "ĐẢNG ỦY PHƯỜNG CÁI KHẾ", "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "112-BC/ĐU", "Cái Khế", "2026-06-25",
    "sơ kết công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
    None, None, [],
    [tg("tổng thu ngân sách nhà nước trên địa bàn", 128, 74.3, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("tỷ lệ hộ nghèo", 0.15, 0.21, "%", "năm 2026", "tiến độ"),
     tg("bảo hiểm xã hội tự nguyện", 300, 146, "người", "năm 2026", "tiến độ"),
     tg("giao quân 18 thanh niên", 18, 18, "thanh niên", "năm 2026", "đạt"),
     tg("kết nạp mới 11 đảng viên", 10, 11, "đảng viên", "năm 2026", "vượt")],
    [tk("Tập trung khai thác nguồn thu từ hộ kinh doanh, bảo đảm thu ngân sách đạt dự toán", "Ủy ban nhân dân phường, Đội Thuế phường", "trong quý III và quý IV/2026"),
     tk("Đẩy mạnh giảm nghèo bền vững, hỗ trợ sinh kế cho 19 hộ nghèo còn lại", "Ủy ban Mặt trận Tổ quốc phường", None),
     tk("hướng dẫn các chi bộ đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026", "Ban Xây dựng Đảng Đảng ủy", "trước ngày 15/12/2026"),
     tk("Hoàn thiện hồ sơ đề nghị tặng Huy hiệu Đảng đợt 7/11", "Văn phòng Đảng ủy", "chậm nhất 10/10/2026")],
    [sg("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lâm Quốc Thịnh")],
    ["Thành ủy Cần Thơ (để báo cáo)", "Các đồng chí Đảng ủy viên", "Lưu"],
    ["74,3 tỷ đồng", "58,05%", "212 giấy phép", "19 hộ nghèo", "0,21%", "146 người", "18 thanh niên", "11 đảng viên"],
    ["112-BC/ĐU", "25 tháng 6 năm 2026", "15/12/2026", "10/10/2026", "đợt 7/11", "quý III và quý IV/2026"])

GOLD["nq01_cb_thon_sang_chai_t11_2025"] = doc(
    "nghi_quyet", "CHI BỘ THÔN SẢNG CHẢI", "ĐẢNG BỘ XÃ MƯỜNG KHƯƠNG", "11-NQ/CB", "Mường Khương", "2025-11-06",
    "lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025",
    meeting(None, None, None, None, "2025-11-05", None, [], None),
    None,
    [dec("resolution", "Nghị quyết", None, 15, None, None, 15, "thông qua")],
    [tg("Thu quỹ phòng, chống thiên tai", 9.6, 7.8, "triệu đồng", "năm 2025", "tiến độ"),
     tg("Vận động 27 hộ làm chuồng trại xa nhà", 20, 27, "hộ", "tháng 10/2025", "vượt")],
    [tk("Chỉ đạo gieo trồng 15 ha ngô đông trên đất ruộng một vụ", None, "trước ngày 25/11/2025"),
     tk("đôn đốc các hộ còn nợ ngày công hoàn thành nghĩa vụ làm đường liên thôn", "Trưởng thôn Thào Seo Chứ", "trong tháng"),
     tk("tuyên truyền, vận động chị em không tảo hôn, không kết hôn cận huyết thống", "Chi hội Phụ nữ", None),
     tk("Tổ chức đánh giá, xếp loại chất lượng đảng viên năm 2025", None, None),
     tk("chuẩn bị bản tổng hợp, nộp chi ủy", "đồng chí Phó Bí thư chi bộ Lù Văn Sìn", "trước 28/11/2025"),
     tk("Phấn đấu thu xong quỹ phòng, chống thiên tai năm 2025", None, None)],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Vàng Seo Dìn")],
    ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu chi bộ"],
    ["42 ha", "46 tạ/ha", "7,8 triệu đồng", "9,6 triệu đồng", "27 hộ", "15 ha", "15/15"],
    ["11-NQ/CB", "06 tháng 11 năm 2025", "05/11/2025", "2025 - 2027", "25/11/2025", "28/11/2025"])

GOLD["kl01_btv_dang_uy_xa_chuyen_doi_so_2026"] = doc(
    "nghi_quyet", "ĐẢNG ỦY XÃ VĨNH HANH", "ĐẢNG BỘ TỈNH AN GIANG", "27-KL/ĐU", "Vĩnh Hanh", "2026-02-13",
    "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ VỀ TIẾN ĐỘ THỰC HIỆN CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06 NĂM 2025",
    meeting(None, "hội nghị", None, None, "2026-02-11", "phòng họp Ban Thường vụ", ["Trương Hoàng Phúc"], None),
    None, [],
    [tg("tỷ lệ người dân từ 14 tuổi trở lên được kích hoạt tài khoản định danh điện tử mức 2", 85, 88.6, "%", "năm 2025", "vượt"),
     tg("Tỷ lệ hộ gia đình có thiết bị thông minh kết nối internet", 82, 79, "%", "năm 2025", "chưa đạt"),
     tg("Số tổ công nghệ số cộng đồng", 19, 19, "ấp", "năm 2025", "đạt"),
     tg("tỷ lệ hộ có thiết bị thông minh kết nối internet", 85, None, "%", "năm 2026", None),
     tg("tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", 70, None, "%", "năm 2026", None)],
    [tk("chủ trì rà soát, cập nhật cơ sở dữ liệu đất đai, hộ tịch", "Ủy ban nhân dân xã", "trong tháng 4/2026"),
     tk("phối hợp các tổ công nghệ số cộng đồng hướng dẫn tiểu thương cài đặt ứng dụng thanh toán điện tử", "Đoàn Thanh niên xã", "trước 30/4/2026"),
     tk("theo dõi, đôn đốc việc thực hiện Kết luận này", "Văn phòng Đảng ủy", "định kỳ hằng quý")],
    [sg("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Kim Chi")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "UBND xã", "Lưu Văn phòng Đảng ủy"],
    ["88,6%", "79%", "19/19 ấp", "34,5%"],
    ["27-KL/ĐU", "13 tháng 02 năm 2026", "11/02/2026", "ĐỀ ÁN 06", "30/4/2026", "tháng 4/2026"])

GOLD["tbkl01_vp_ubnd_tinh_pct_giai_phong_mat_bang_2024"] = doc(
    "nghi_quyet", "VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "318/TB-VPUBND", "Bình Định", "2024-08-09",
    "Kết luận của đồng chí Lâm Hải Giang - Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác bồi thường, giải phóng mặt bằng Dự án đường ven biển",
    meeting("cuộc họp nghe báo cáo tiến độ bồi thường, giải phóng mặt bằng Dự án đường ven biển", "hội nghị", None, None, "2024-08-07",
            "Phòng họp số 2, UBND tỉnh", ["Lâm Hải Giang"], None),
    None, [],
    [tg("toàn tuyến cần bàn giao 412,5 ha", 412.5, 351.2, "ha", None, "tiến độ"),
     tg("Vốn bồi thường năm 2024", 640, 455, "tỷ đồng", "năm 2024", "tiến độ")],
    [tk("tập trung vận động, hoàn thành bàn giao toàn bộ diện tích còn lại cho chủ đầu tư", "UBND huyện Phù Mỹ", "trước ngày 15/9/2024"),
     tk("hướng dẫn xác định giá đất cụ thể cho 02 khu tái định cư Mỹ Thành, Mỹ Đức", "Sở Tài nguyên và Môi trường", "trong tháng 8/2024"),
     tk("chủ trì, phối hợp Ban Quản lý dự án giao thông tỉnh tham mưu bổ sung vốn bồi thường còn thiếu", "Sở Tài chính", "chậm nhất ngày 25/8/2024"),
     tk("báo cáo kết quả thực hiện", "Ban Quản lý dự án giao thông tỉnh", "định kỳ vào thứ Sáu hằng tuần")],
    [sg("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đặng Minh Triết")],
    ["CT, các PCT UBND tỉnh", "Các Sở: TNMT, TC, GTVT", "UBND TX Hoài Nhơn, UBND H. Phù Mỹ", "Lưu: VT, K10"],
    ["412,5 ha", "351,2 ha", "85,14%", "61,3 ha", "640 tỷ đồng", "455 tỷ đồng"],
    ["318/TB-VPUBND", "09 tháng 8 năm 2024", "07/8/2024", "15/9/2024", "25/8/2024", "02 khu tái định cư"])

GOLD["tin01_bch_xa_lan_thu_4_2025"] = doc(
    "tin_hoi_nghi", "Ban Chấp hành Đảng bộ xã Nghĩa Hành", None, None, None, "2025-12-18",
    "Hội nghị Ban Chấp hành Đảng bộ xã Nghĩa Hành lần thứ 4: thông qua Nghị quyết nhiệm vụ năm 2026",
    meeting("Hội nghị lần thứ 4, khóa I, nhiệm kỳ 2025 - 2030", "hội nghị BCH", None, None, "2025-12-18",
            "Hội trường Đảng ủy xã", ["Đinh Thị Lệ Quyên", "Võ Tấn Lộc"], None),
    att(33, None, None, 31, 2, []),
    [dec("resolution", "Nghị quyết về nhiệm vụ năm 2026", None, 31, None, None, 31, "thông qua")],
    [tg("tổng thu ngân sách trên địa bàn", 35, 38.7, "tỷ đồng", "năm 2025", "vượt"),
     tg("Tỷ lệ hộ nghèo", 3, 2.96, "%", "năm 2025", "đạt"),
     tg("thôn đạt chuẩn nông thôn mới kiểu mẫu", 3, 2, "thôn", "năm 2025", "chưa đạt"),
     tg("kết nạp 24 đảng viên", 20, 24, "đảng viên", "năm 2025", "vượt"),
     tg("tổng thu ngân sách", 40, None, "tỷ đồng", "năm 2026", None),
     tg("kết nạp ít nhất 20 đảng viên", 20, None, "đảng viên", "năm 2026", None),
     tg("tỷ lệ tham gia bảo hiểm y tế", 95, None, "%", "năm 2026", None)],
    [tk("khẩn trương xây dựng nghị quyết năm 2026", "các chi bộ", "trước ngày 15/01/2026"),
     tk("chủ trì lập kế hoạch thu ngân sách năm 2026", "Ủy ban nhân dân xã", "trong tháng 01/2026"),
     tk("phát động phong trào thi đua chào mừng Đại hội XIV của Đảng", "Mặt trận và các đoàn thể", None)],
    [], [],
    ["31/33", "38,7 tỷ đồng", "62,5 triệu đồng/năm", "2,96%", "2 thôn", "24 đảng viên"],
    ["19/12/2025 16:42", "Lượt xem: 1.087", "2025 - 2030", "lần thứ 4", "15/01/2026", "Đại hội XIV"])

GOLD["tin02_dai_hoi_cb_ban_hang_2025"] = doc(
    "tin_hoi_nghi", "Chi bộ Bản Hẳng", "Đảng bộ xã Mường Phăng", None, None, "2025-03-14",
    "Chi bộ Bản Hẳng tổ chức thành công Đại hội nhiệm kỳ 2025 - 2027",
    meeting("Đại hội Chi bộ lần thứ X, nhiệm kỳ 2025 - 2027", "đại hội", None, None, "2025-03-14",
            "nhà văn hóa bản Hẳng", ["Lò Văn Biên", "Quàng Thị Ơn"], "Lường Văn Hặc"),
    att(32, None, None, 30, 2, []),
    [dec("election", "bầu 3 đồng chí vào Chi ủy", "Lò Văn Biên", 29, None, None, 30, "trúng cử"),
     dec("election", "bầu 3 đồng chí vào Chi ủy", "Quàng Thị Ơn", 27, None, None, 30, "trúng cử"),
     dec("election", "bầu 3 đồng chí vào Chi ủy", "Cà Văn Tươi", 24, None, None, 30, "trúng cử"),
     dec("election", "bầu 3 đồng chí vào Chi ủy", "Lường Thị Hoa", 10, None, None, 30, "không trúng cử"),
     dec("election", "Bí thư Chi bộ", "Lò Văn Biên", 28, None, None, 30, "trúng cử"),
     dec("election", "Phó Bí thư", "Quàng Thị Ơn", 26, None, None, 30, "trúng cử"),
     dec("resolution", "Nghị quyết Đại hội", None, 30, None, None, 30, "thông qua")],
    [tg("trồng mới 48 ha cà phê", 40, 48, "ha", "Nhiệm kỳ 2022 - 2025", "vượt"),
     tg("tỷ lệ hộ nghèo", 8, 9.8, "%", "Nhiệm kỳ 2022 - 2025", "chưa đạt"),
     tg("thu nhập bình quân", 45, None, "triệu đồng/người/năm", "nhiệm kỳ 2025 - 2027", None),
     tg("tỷ lệ hộ nghèo giảm còn dưới 5%", 5, None, "%", "nhiệm kỳ 2025 - 2027", None),
     tg("kết nạp ít nhất 4 đảng viên", 4, None, "đảng viên", "nhiệm kỳ 2025 - 2027", None)],
    [tk("xây dựng chương trình hành động thực hiện Nghị quyết", "Chi ủy", "trong tháng 4/2025")],
    [], [],
    ["37 đảng viên", "có mặt 30 đồng chí", "48 ha cà phê", "9,8%", "6 đảng viên", "29 phiếu, chiếm 96,67%", "28/30 phiếu", "30/30"],
    ["15/03/2025 - 09:10", "lần thứ X", "2025 - 2027", "2022 - 2025", "14/3", "tháng 4/2025"])

GOLD["tin03_giao_ban_dang_uy_phuong_quy_iii_2026"] = doc(
    "tin_hoi_nghi", "Đảng ủy phường Thanh Miếu", "Tỉnh ủy Phú Thọ", None, None, "2026-10-07",
    "Đảng ủy phường Thanh Miếu giao ban công tác xây dựng Đảng quý III/2026",
    meeting("hội nghị giao ban công tác xây dựng Đảng quý III năm 2026", "hội nghị", None, None, "2026-10-07",
            "Phòng họp số 3, trụ sở Đảng ủy phường", ["Hà Quang Vĩnh"], "Đỗ Thu Trang"),
    None,
    [dec("vote", "sáp nhập Chi bộ Khu 5 và Chi bộ Khu 6", None, 27, 1, None, 28, "đồng ý đề nghị")],
    [tg("kết nạp 31 đảng viên mới", 30, 31, "đảng viên", "năm 2026", "vượt"),
     tg("Số đảng viên vi phạm phải xử lý kỷ luật", 3, 2, "trường hợp", "năm 2026", "tiến độ")],
    [tk("tổ chức sinh hoạt chuyên đề quý IV", "Các chi bộ còn lại", "chậm nhất vào ngày 30/11/2026"),
     tk("đôn đốc thu đảng phí, hoàn tất kế hoạch năm", "Văn phòng Đảng ủy", "trước ngày 20/12/2026"),
     tk("chủ trì chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại cuối năm", "Ban Xây dựng Đảng", None)],
    [], [],
    ["31 đảng viên mới", "27 đồng chí", "92,9% (26/28 chi bộ)", "486,4 triệu đồng", "76% kế hoạch năm", "2 đồng chí", "49 đảng viên cao tuổi", "27/28"],
    ["07/10", "08/10/2026", "quý III năm 2026", "30/11/2026", "20/12/2026", "Lượt xem: 612"])


def main():
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(GOLD)} golds")


if __name__ == "__main__":
    main()
