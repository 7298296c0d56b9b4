"""Biên bản (9)."""
from common import P, meeting, att, dec, tg, tk, sg, doc

DOCS = {}

# 1 ─ chi bộ thường kỳ, prose roll, miễn sinh hoạt, TAB header, TAB signatures
T = f"""ĐẢNG BỘ XÃ NGHĨA HƯNG\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN TRUNG THÀNH\tNghĩa Hưng, ngày 12 tháng 3 năm 2026
*
Số 05-BB/CB
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026
Hồi 19 giờ 30 phút tối ngày 12/3/2026, tại Nhà văn hóa thôn Trung Thành, Chi bộ thôn Trung Thành họp sinh hoạt thường kỳ tháng 3. Đồng chí Vũ Đình Thắng, Bí thư Chi bộ chủ trì; đồng chí Lã Thị Nhung, Chi ủy viên, ghi biên bản. Dự và chỉ đạo có đồng chí Ngô Quang Vịnh, Đảng ủy viên phụ trách chi bộ. Chi bộ hiện có 31 đảng viên (29 chính thức, 02 dự bị), có mặt 25 đồng chí (23 chính thức, 02 dự bị), vắng 06 đồng chí, trong đó 03 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu; 03 đồng chí vắng có lý do (đồng chí Phí Văn Khoa đi lao động tại Hàn Quốc, đồng chí Đàm Thị Liên ốm nằm viện, đồng chí Cao Văn Toản đi công tác tỉnh ngoài).
Phần I. Thông tin thời sự
Đồng chí Bí thư thông tin một số nội dung nổi bật trong tháng: kết quả Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6; kế hoạch tổ chức bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp; tình hình giá vật tư nông nghiệp.
Phần II. Đánh giá kết quả tháng 2
- Vụ xuân năm 2026 toàn thôn gieo cấy được 142 ha lúa, đạt {P(142, 140)}% kế hoạch (140 ha), mạ và lúa sau cấy sinh trưởng khá.
- Vận động đóng góp xây dựng đường giao thông nội đồng: đến nay thu được 54 triệu đồng trên tổng số 150 triệu đồng kế hoạch năm, đạt {P(54, 150, 0)}%.
- Công tác đảng: hoàn thành thu đảng phí tháng 1, tháng 2; chưa có đảng viên vi phạm.
- Hạn chế: việc đổ rác thải ra kênh tưới ở xóm Đồi chưa được xử lý dứt điểm.
Phần III. Ý kiến thảo luận
Đồng chí Trịnh Văn Ước đề nghị chi bộ chỉ đạo tổ an ninh thôn tăng cường tuần tra ban đêm trong mùa thu hoạch rau màu. Đồng chí Lê Thị Quyên cho rằng cần có thùng gom rác tại đầu các ngõ xóm Đồi. Đồng chí Ngô Quang Vịnh ghi nhận kết quả và lưu ý chi bộ chuẩn bị tốt công tác bầu cử.
Chi bộ biểu quyết thông qua nghị quyết tháng 3 năm 2026 với 23/23 đảng viên chính thức có mặt tán thành.
Phần IV. Nhiệm vụ tháng 3
1. Chỉ đạo chăm sóc lúa xuân, phòng trừ chuột và ốc bươu vàng.
2. Giao đồng chí Trịnh Văn Ước, Trưởng thôn, phối hợp Chi hội Cựu chiến binh nạo vét kênh tưới xóm Đồi, xong trước ngày 31/3/2026.
3. Giao đồng chí Lê Thị Quyên, Chi hội trưởng Chi hội Phụ nữ, vận động hội viên đặt thùng gom rác tại đầu các ngõ xóm Đồi, báo cáo chi ủy trước ngày 20/3/2026.
4. Đảng viên tiếp tục vận động gia đình và Nhân dân đóng góp làm đường nội đồng.
Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Lã Thị Nhung\tVũ Đình Thắng"""
DOCS["bb01_cb_thon_trung_thanh_t3_2026"] = (T, doc(
    "bien_ban", "CHI BỘ THÔN TRUNG THÀNH", "ĐẢNG BỘ XÃ NGHĨA HƯNG", "05-BB/CB", "Nghĩa Hưng", "2026-03-12",
    "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026",
    meeting("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026", "thường kỳ", "19:30", "21:45", "2026-03-12",
            "Nhà văn hóa thôn Trung Thành", ["Vũ Đình Thắng"], "Lã Thị Nhung"),
    att(31, 29, 2, 25, 6, [("Phí Văn Khoa", "đi lao động tại Hàn Quốc"), ("Đàm Thị Liên", "ốm nằm viện"),
                           ("Cao Văn Toản", "đi công tác tỉnh ngoài")]),
    [dec("resolution", "thông qua nghị quyết tháng 3 năm 2026", None, 23, None, None, 23, "thông qua")],
    [tg("gieo cấy được 142 ha lúa", 140, 142, "ha", "Vụ xuân năm 2026", "vượt"),
     tg("Vận động đóng góp xây dựng đường giao thông nội đồng", 150, 54, "triệu đồng", "năm 2026", "tiến độ")],
    [tk("Chỉ đạo chăm sóc lúa xuân, phòng trừ chuột và ốc bươu vàng", None, None),
     tk("phối hợp Chi hội Cựu chiến binh nạo vét kênh tưới xóm Đồi", "đồng chí Trịnh Văn Ước, Trưởng thôn", "trước ngày 31/3/2026"),
     tk("vận động hội viên đặt thùng gom rác tại đầu các ngõ xóm Đồi, báo cáo chi ủy", "đồng chí Lê Thị Quyên, Chi hội trưởng Chi hội Phụ nữ", "trước ngày 20/3/2026"),
     tk("tiếp tục vận động gia đình và Nhân dân đóng góp làm đường nội đồng", "Đảng viên", None)],
    [sg("THƯ KÝ", None, "Lã Thị Nhung"), sg("CHỦ TRÌ", None, "Vũ Đình Thắng")],
    [],
    ["31 đảng viên (29 chính thức, 02 dự bị)", "có mặt 25 đồng chí", "vắng 06 đồng chí", "142 ha lúa",
     "54 triệu đồng", "150 triệu đồng", "23/23"],
    ["19 giờ 30 phút", "05-BB/CB", "lần thứ 6", "21 giờ 45 phút", "31/3/2026", "20/3/2026"]))

# 2 ─ chi bộ tháng (kind only implied), 2021, huyện; attendance TAB table; stacked header
T = f"""HUYỆN ỦY THANH OAI
ĐẢNG BỘ XÃ BÍCH HÒA
CHI BỘ KHU DÂN CƯ SỐ 3
*
ĐẢNG CỘNG SẢN VIỆT NAM
Bích Hòa, ngày 06 tháng 4 năm 2021
BIÊN BẢN
HỌP CHI BỘ THÁNG 4 NĂM 2021
Thời gian: bắt đầu 8h00, ngày 06/4/2021.
Địa điểm: Hội trường Khu dân cư số 3.
Chủ trì: đồng chí Đinh Công Lực – Bí thư chi bộ. Thư ký: đồng chí Khúc Thị Hằng – Phó Bí thư chi bộ.
Tình hình đảng viên dự họp:
Tổng số đảng viên\tCó mặt\tVắng có lý do\tVắng không lý do\tMiễn sinh hoạt
22\t17\t2\t1\t2
Đảng viên vắng: Nguyễn Hữu Đạt (đưa con đi khám bệnh); Tạ Văn Thìn (đi đám cưới ở Thường Tín); Bạch Văn Cường (không lý do). Hai đồng chí miễn sinh hoạt là Lại Văn Tình, Lại Thị Mơ.
NỘI DUNG
1. Đồng chí Bí thư phổ biến Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và kế hoạch bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 ngày 23/5/2021.
2. Kiểm điểm tháng 3:
- Đợt tiêm phòng vụ xuân kết thúc ngày 31/3: tiêm cho đàn gia cầm được 4.600 con, đạt {P(4600, 5000, 0)}% kế hoạch (5.000 con), không đạt do một số hộ nuôi nhỏ lẻ không đăng ký.
- Tu sửa 3 tuyến ngõ bê tông theo kế hoạch, đã hoàn thành 3 tuyến, đạt 100%.
- Vận động ủng hộ Quỹ vắc xin phòng COVID-19 được 12,6 triệu đồng.
3. Thảo luận: đồng chí Tăng Văn Bẩy đề nghị nhắc nhở hộ kinh doanh ăn uống thực hiện giãn cách; đồng chí Khúc Thị Hằng đề nghị Chi đoàn thanh niên ra quân dọn vệ sinh khu vực chợ tạm.
4. Biểu quyết: chi bộ nhất trí thông qua nhiệm vụ tháng 4, tán thành 15/15 đảng viên chính thức có mặt (2 đồng chí dự bị không biểu quyết).
5. Nhiệm vụ tháng 4:
- Tập trung tuyên truyền cuộc bầu cử đến từng hộ gia đình.
- Đồng chí Khúc Thị Hằng chỉ đạo Chi đoàn tổng vệ sinh khu vực chợ tạm, hoàn thành trong tháng 4/2021.
- Ban công tác Mặt trận khu dân cư rà soát số gia cầm chưa tiêm, đề nghị xã tổ chức tiêm bổ sung trước ngày 20/4/2021.
Cuộc họp kết thúc lúc 10h30 cùng ngày.
Người ghi biên bản
Khúc Thị Hằng
Chủ trì
Đinh Công Lực"""
DOCS["bb02_cb_kdc3_bich_hoa_t4_2021"] = (T, doc(
    "bien_ban", "CHI BỘ KHU DÂN CƯ SỐ 3", "ĐẢNG BỘ XÃ BÍCH HÒA", None, "Bích Hòa", "2021-04-06",
    "HỌP CHI BỘ THÁNG 4 NĂM 2021",
    meeting("HỌP CHI BỘ THÁNG 4 NĂM 2021", "thường kỳ", "08:00", "10:30", "2021-04-06",
            "Hội trường Khu dân cư số 3", ["Đinh Công Lực"], "Khúc Thị Hằng"),
    att(22, None, None, 17, 5, [("Nguyễn Hữu Đạt", "đưa con đi khám bệnh"), ("Tạ Văn Thìn", "đi đám cưới ở Thường Tín"),
                                ("Bạch Văn Cường", "không lý do"), ("Lại Văn Tình", "miễn sinh hoạt"), ("Lại Thị Mơ", "miễn sinh hoạt")]),
    [dec("vote", "thông qua nhiệm vụ tháng 4", None, 15, None, None, 15, "thông qua")],
    [tg("tiêm cho đàn gia cầm", 5000, 4600, "con", "vụ xuân", "chưa đạt"),
     tg("Tu sửa 3 tuyến ngõ bê tông", 3, 3, "tuyến", "tháng 3", "đạt")],
    [tk("Tập trung tuyên truyền cuộc bầu cử đến từng hộ gia đình", None, None),
     tk("chỉ đạo Chi đoàn tổng vệ sinh khu vực chợ tạm", "Đồng chí Khúc Thị Hằng", "trong tháng 4/2021"),
     tk("rà soát số gia cầm chưa tiêm, đề nghị xã tổ chức tiêm bổ sung", "Ban công tác Mặt trận khu dân cư", "trước ngày 20/4/2021")],
    [sg("Người ghi biên bản", None, "Khúc Thị Hằng"), sg("Chủ trì", None, "Đinh Công Lực")],
    [],
    ["4.600 con", "5.000 con", "12,6 triệu đồng", "15/15", "22\t17\t2\t1\t2"],
    ["8h00", "06/4/2021", "khóa XV", "2021 - 2026", "23/5/2021", "10h30"]))

# 3 ─ chuyên đề, kind only in opening sentence, "vắng 2 đồng chí (có lý do)"
T = f"""ĐẢNG ỦY PHƯỜNG TÂY LỘC\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC LÊ LỢI
*\tTây Lộc, ngày 17 tháng 10 năm 2024
BIÊN BẢN
Sinh hoạt chi bộ quý IV năm 2024
Vào hồi 16 giờ 15 phút, ngày 17/10/2024, tại phòng Hội đồng Trường Tiểu học Lê Lợi, Chi bộ tổ chức sinh hoạt chuyên đề quý IV năm 2024 với chủ đề "Nâng cao trách nhiệm nêu gương của đảng viên trong đổi mới phương pháp dạy học".
Thành phần: đồng chí Hồ Thị Bích Liên, Bí thư chi bộ, Hiệu trưởng, chủ trì; đồng chí Dương Minh Khải, Chi ủy viên, thư ký. Tổng số đảng viên 18 đồng chí, có mặt 16 đồng chí, vắng 2 đồng chí (có lý do).
Nội dung:
Đồng chí Dương Minh Khải trình bày chuyên đề. Chuyên đề nêu rõ: năm học 2023 - 2024, 100% đảng viên là giáo viên đăng ký và thực hiện ít nhất 01 chuyên đề đổi mới phương pháp; tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,2%, vượt chỉ tiêu nghị quyết chi bộ đề ra (98,5%); số giáo viên đạt giáo viên dạy giỏi cấp thành phố là 5/21 giáo viên, chưa đạt chỉ tiêu (7 giáo viên).
Ý kiến thảo luận:
- Đồng chí Phan Thị Hạnh: đề nghị mỗi tổ chuyên môn có ít nhất một tiết dạy mẫu ứng dụng bảng tương tác mỗi tháng.
- Đồng chí Lưu Văn Tài: việc bồi dưỡng học sinh khó khăn về học tập cần có sự phân công cụ thể cho đảng viên.
- Đồng chí Trần Quốc Hưng: đồng ý với nội dung chuyên đề, bổ sung việc ứng dụng học liệu số.
Kết luận của đồng chí chủ trì:
Chi bộ thống nhất nội dung chuyên đề. Đề nghị:
1. Mỗi đảng viên đăng ký một việc làm cụ thể thực hiện chuyên đề, nộp về chi ủy trước ngày 31/10/2024.
2. Đồng chí Phan Thị Hạnh, Tổ trưởng tổ 4 - 5, xây dựng kế hoạch tiết dạy mẫu ứng dụng bảng tương tác trong học kỳ I.
3. Phân công đảng viên kèm cặp học sinh khó khăn về học tập theo từng lớp.
Chi bộ biểu quyết thông qua chuyên đề: 16/16 đồng chí có mặt nhất trí.
Buổi sinh hoạt kết thúc vào lúc 17 giờ 40 phút cùng ngày.
THƯ KÝ                                   BÍ THƯ CHI BỘ
Dương Minh Khải                          Hồ Thị Bích Liên"""
DOCS["bb03_cb_th_le_loi_chuyende_q4_2024"] = (T, doc(
    "bien_ban", "CHI BỘ TRƯỜNG TIỂU HỌC LÊ LỢI", "ĐẢNG ỦY PHƯỜNG TÂY LỘC", None, "Tây Lộc", "2024-10-17",
    "Sinh hoạt chi bộ quý IV năm 2024",
    meeting("sinh hoạt chuyên đề quý IV năm 2024", "chuyên đề", "16:15", "17:40", "2024-10-17",
            "phòng Hội đồng Trường Tiểu học Lê Lợi", ["Hồ Thị Bích Liên"], "Dương Minh Khải"),
    att(18, None, None, 16, 2, []),
    [dec("vote", "thông qua chuyên đề", None, 16, None, None, 16, "thông qua")],
    [tg("tỷ lệ học sinh hoàn thành chương trình lớp học", 98.5, 99.2, "%", "năm học 2023 - 2024", "vượt"),
     tg("giáo viên dạy giỏi cấp thành phố", 7, 5, "giáo viên", "năm học 2023 - 2024", "chưa đạt")],
    [tk("đăng ký một việc làm cụ thể thực hiện chuyên đề, nộp về chi ủy", "Mỗi đảng viên", "trước ngày 31/10/2024"),
     tk("xây dựng kế hoạch tiết dạy mẫu ứng dụng bảng tương tác", "Đồng chí Phan Thị Hạnh, Tổ trưởng tổ 4 - 5", "trong học kỳ I"),
     tk("Phân công đảng viên kèm cặp học sinh khó khăn về học tập theo từng lớp", None, None)],
    [sg("THƯ KÝ", None, "Dương Minh Khải"), sg("BÍ THƯ CHI BỘ", None, "Hồ Thị Bích Liên")],
    [],
    ["18 đồng chí", "có mặt 16 đồng chí", "vắng 2 đồng chí", "99,2%", "98,5%", "5/21 giáo viên", "16/16"],
    ["16 giờ 15 phút", "17/10/2024", "quý IV năm 2024", "2023 - 2024", "31/10/2024", "17 giờ 40 phút"]))

# 4 ─ hội nghị BCH đảng ủy phường lần thứ 7 (after 7/2025), absentees after colon
T = f"""ĐẢNG BỘ TỈNH NINH BÌNH
ĐẢNG ỦY PHƯỜNG HOA LƯ
*
Số 27-BB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hoa Lư, ngày 29 tháng 12 năm 2025
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 7, nhiệm kỳ 2025 - 2030
Hôm nay, vào hồi 7 giờ 30 phút ngày 29/12/2025, tại Hội trường tầng 3, trụ sở Đảng ủy - HĐND - UBND phường, Ban Chấp hành Đảng bộ phường Hoa Lư họp Hội nghị lần thứ 7.
Chủ trì hội nghị: đồng chí Tống Văn Hiển, Bí thư Đảng ủy; đồng chí Mai Xuân Tùng, Phó Bí thư Thường trực Đảng ủy. Thư ký hội nghị: đồng chí Kiều Thị Phương Thảo, Chánh Văn phòng Đảng ủy.
Ban Chấp hành có 35 đồng chí, dự hội nghị 32 đồng chí; vắng 3 đồng chí: Đoàn Văn Quý (đi học lớp Cao cấp lý luận chính trị), Nghiêm Thị Hoa (nghỉ thai sản), Lương Đức Mạnh (tham gia đoàn công tác của Tỉnh ủy). Mời dự có đồng chí Phùng Quang Nghĩa, Phó Trưởng Ban Tổ chức Tỉnh ủy, và bí thư các chi bộ trực thuộc.
Nội dung hội nghị:
1. Đánh giá kết quả lãnh đạo năm 2025: tổng thu ngân sách nhà nước trên địa bàn đạt 412,6 tỷ đồng, bằng {P(412.6, 380)}% dự toán (380 tỷ đồng); giải ngân vốn đầu tư công đạt 91,4% kế hoạch; kết nạp 38 đảng viên mới, đạt {P(38, 40, 0)}% chỉ tiêu (40 đảng viên); tỷ lệ hộ nghèo còn 0,62%, đạt mục tiêu dưới 0,8%.
2. Thảo luận, cho ý kiến vào dự thảo Nghị quyết về nhiệm vụ năm 2026. Các chỉ tiêu chủ yếu năm 2026: thu ngân sách trên địa bàn 430 tỷ đồng; kết nạp 45 đảng viên; tỷ lệ dân số tham gia bảo hiểm y tế từ 95% trở lên.
3. Biểu quyết: Hội nghị biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2026, 32/32 đồng chí dự hội nghị tán thành. Biểu quyết đề nghị khen thưởng 04 tổ chức đảng hoàn thành xuất sắc nhiệm vụ năm 2025: 31 tán thành, 01 không tán thành.
Kết luận hội nghị, đồng chí Tống Văn Hiển giao:
- Văn phòng Đảng ủy hoàn chỉnh Nghị quyết, ban hành trước ngày 05/01/2026.
- UBND phường xây dựng kế hoạch thu ngân sách năm 2026, trình Ban Thường vụ trong tháng 01/2026.
- Ủy ban Kiểm tra Đảng ủy hoàn thành kiểm tra tài chính đảng tại 06 chi bộ trước ngày 31/3/2026.
Hội nghị bế mạc lúc 11 giờ 20 phút cùng ngày.
T/M BAN CHẤP HÀNH\tTHƯ KÝ HỘI NGHỊ
BÍ THƯ
Tống Văn Hiển\tKiều Thị Phương Thảo"""
DOCS["bb04_bch_du_phuong_hoa_lu_lan7_2025"] = (T, doc(
    "bien_ban", "ĐẢNG ỦY PHƯỜNG HOA LƯ", "ĐẢNG BỘ TỈNH NINH BÌNH", "27-BB/ĐU", "Hoa Lư", "2025-12-29",
    "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 7, nhiệm kỳ 2025 - 2030",
    meeting("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 7, nhiệm kỳ 2025 - 2030", "hội nghị BCH", "07:30", "11:20",
            "2025-12-29", "Hội trường tầng 3, trụ sở Đảng ủy - HĐND - UBND phường",
            ["Tống Văn Hiển", "Mai Xuân Tùng"], "Kiều Thị Phương Thảo"),
    att(35, None, None, 32, 3, [("Đoàn Văn Quý", "đi học lớp Cao cấp lý luận chính trị"), ("Nghiêm Thị Hoa", "nghỉ thai sản"),
                                ("Lương Đức Mạnh", "tham gia đoàn công tác của Tỉnh ủy")]),
    [dec("resolution", "thông qua Nghị quyết về nhiệm vụ năm 2026", None, 32, None, None, 32, "thông qua"),
     dec("vote", "đề nghị khen thưởng 04 tổ chức đảng hoàn thành xuất sắc nhiệm vụ năm 2025", None, 31, 1, None, 32, "thông qua")],
    [tg("tổng thu ngân sách nhà nước trên địa bàn", 380, 412.6, "tỷ đồng", "năm 2025", "vượt"),
     tg("kết nạp 38 đảng viên mới", 40, 38, "đảng viên", "năm 2025", "chưa đạt"),
     tg("tỷ lệ hộ nghèo", 0.8, 0.62, "%", "năm 2025", "đạt"),
     tg("thu ngân sách trên địa bàn", 430, None, "tỷ đồng", "năm 2026", None),
     tg("kết nạp 45 đảng viên", 45, None, "đảng viên", "năm 2026", None),
     tg("tỷ lệ dân số tham gia bảo hiểm y tế", 95, None, "%", "năm 2026", None)],
    [tk("hoàn chỉnh Nghị quyết, ban hành", "Văn phòng Đảng ủy", "trước ngày 05/01/2026"),
     tk("xây dựng kế hoạch thu ngân sách năm 2026, trình Ban Thường vụ", "UBND phường", "trong tháng 01/2026"),
     tk("hoàn thành kiểm tra tài chính đảng tại 06 chi bộ", "Ủy ban Kiểm tra Đảng ủy", "trước ngày 31/3/2026")],
    [sg("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Tống Văn Hiển"), sg("THƯ KÝ HỘI NGHỊ", None, "Kiều Thị Phương Thảo")],
    [],
    ["35 đồng chí", "dự hội nghị 32 đồng chí", "vắng 3 đồng chí", "412,6 tỷ đồng", "91,4% kế hoạch",
     "38 đảng viên mới", "0,62%", "32/32"],
    ["7 giờ 30 phút", "27-BB/ĐU", "lần thứ 7", "2025 - 2030", "11 giờ 20 phút", "05/01/2026"]))

# 5 ─ kiểm phiếu bầu cử, đại hội chi bộ ấp 2020 (huyện era)
T = f"""ĐẢNG BỘ XÃ LONG PHƯỚC\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP PHƯỚC TÂN\tLong Phước, ngày 14 tháng 7 năm 2020
*
BIÊN BẢN KIỂM PHIẾU
Bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2020 - 2022
Đại hội Chi bộ ấp Phước Tân lần thứ VIII, nhiệm kỳ 2020 - 2022 họp ngày 14/7/2020 tại Hội trường ấp Phước Tân, tiến hành bầu cử theo Quy chế bầu cử trong Đảng.
Đoàn Chủ tịch đại hội: đồng chí Huỳnh Văn Sang, Bí thư Chi bộ; đồng chí Thạch Thị Kim Ngân, Phó Bí thư Chi bộ. Thư ký đại hội: đồng chí Lý Minh Trí.
Đại hội đã cử Ban kiểm phiếu gồm:
1) Đ/c Trương Văn Lộc, Trưởng ban
2) Đ/c Sơn Thị Phấn, Ủy viên
3) Đ/c Kim Văn Tuấn, Ủy viên
Tổng số đảng viên chính thức được triệu tập: 27 đồng chí. Có mặt lúc bầu cử: 25 đồng chí. Vắng mặt: 02 đồng chí, gồm Lâm Văn Hên – đang điều trị tại Bệnh viện Chợ Rẫy; Tiêu Thị Bé – đi làm ăn tại Bình Dương.
I. BẦU CHI ỦY (số lượng 03 đồng chí, danh sách bầu cử 04 đồng chí)
Số phiếu phát ra: 25; số phiếu thu về: 25; số phiếu hợp lệ: 24; số phiếu không hợp lệ: 01 (gạch xóa quá số lượng).
Kết quả (tỷ lệ so với tổng số phiếu hợp lệ):
1. Huỳnh Văn Sang: 23 phiếu, đạt {P(23, 24, 2)}%
2. Thạch Thị Kim Ngân: 21 phiếu, đạt {P(21, 24, 2)}%
3. Lý Minh Trí: 18 phiếu, đạt {P(18, 24, 2)}%
4. Danh Văn Út: 8 phiếu, đạt {P(8, 24, 2)}%
Các đồng chí trúng cử Chi ủy nhiệm kỳ 2020 - 2022: Huỳnh Văn Sang, Thạch Thị Kim Ngân, Lý Minh Trí. Đồng chí Danh Văn Út không trúng cử do không đạt quá một phần hai số phiếu.
II. BẦU BÍ THƯ CHI BỘ (bầu trực tiếp tại đại hội, danh sách 01 đồng chí)
Số phiếu phát ra 25, thu về 25, hợp lệ 25.
Đồng chí Huỳnh Văn Sang được 24/25 phiếu, đạt {P(24, 25, 2)}%, trúng cử Bí thư Chi bộ nhiệm kỳ 2020 - 2022.
Ban kiểm phiếu hoàn thành việc kiểm phiếu lúc 10 giờ 50 phút. Phiếu bầu đã được niêm phong, giao Đoàn Chủ tịch lưu trữ theo quy định. Đề nghị Chi ủy khóa mới hoàn chỉnh hồ sơ đại hội, báo cáo Đảng ủy xã trước ngày 21/7/2020.
Biên bản này lập thành 03 bản, đọc lại trước đại hội, đại hội không có ý kiến khác.
TM. BAN KIỂM PHIẾU
TRƯỞNG BAN
Trương Văn Lộc
CÁC THÀNH VIÊN
Sơn Thị Phấn    Kim Văn Tuấn"""
DOCS["bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020"] = (T, doc(
    "bien_ban", "CHI BỘ ẤP PHƯỚC TÂN", "ĐẢNG BỘ XÃ LONG PHƯỚC", None, "Long Phước", "2020-07-14",
    "Bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2020 - 2022",
    meeting("Đại hội Chi bộ ấp Phước Tân lần thứ VIII, nhiệm kỳ 2020 - 2022", "đại hội", None, None, "2020-07-14",
            "Hội trường ấp Phước Tân", ["Huỳnh Văn Sang", "Thạch Thị Kim Ngân"], "Lý Minh Trí"),
    att(27, None, None, 25, 2, [("Lâm Văn Hên", "đang điều trị tại Bệnh viện Chợ Rẫy"),
                                ("Tiêu Thị Bé", "đi làm ăn tại Bình Dương")]),
    [dec("election", "BẦU CHI ỦY", "Huỳnh Văn Sang", 23, None, None, 24, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Thạch Thị Kim Ngân", 21, None, None, 24, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Lý Minh Trí", 18, None, None, 24, "trúng cử"),
     dec("election", "BẦU CHI ỦY", "Danh Văn Út", 8, None, None, 24, "không trúng cử"),
     dec("election", "BẦU BÍ THƯ CHI BỘ", "Huỳnh Văn Sang", 24, None, None, 25, "trúng cử")],
    [],
    [tk("hoàn chỉnh hồ sơ đại hội, báo cáo Đảng ủy xã", "Chi ủy khóa mới", "trước ngày 21/7/2020")],
    [sg("TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Trương Văn Lộc"), sg("CÁC THÀNH VIÊN", None, "Sơn Thị Phấn"),
     sg("CÁC THÀNH VIÊN", None, "Kim Văn Tuấn")],
    [],
    ["27 đồng chí", "25 đồng chí", "02 đồng chí", "số phiếu hợp lệ: 24", "23 phiếu", "21 phiếu", "18 phiếu", "24/25 phiếu"],
    ["lần thứ VIII", "2020 - 2022", "14/7/2020", "10 giờ 50 phút", "21/7/2020", "03 bản"]))

# 6 ─ kỷ luật (kind chuyên đề), 2023, absentees with colon
T = """ĐẢNG BỘ PHƯỜNG PHÚ LỢI
CHI BỘ KHU PHỐ 6
*
Số 11-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lợi, ngày 09 tháng 6 năm 2023
BIÊN BẢN HỌP CHI BỘ
Xem xét, đề nghị thi hành kỷ luật đảng viên
Thời gian: từ 14 giờ 00 đến 16 giờ 10, ngày 09/6/2023.
Địa điểm: Văn phòng Ban điều hành Khu phố 6.
Chủ trì: đồng chí Mạc Văn Đông – Bí thư Chi bộ.
Thư ký: đồng chí Võ Thị Ngọc Hân – Chi ủy viên.
Dự họp: đồng chí Lục Thị Thanh Xuân, Ủy viên Ủy ban Kiểm tra Đảng ủy phường.
Đảng viên: tổng số 24 đồng chí (22 chính thức, 02 dự bị); có mặt 21 đồng chí (20 chính thức, 01 dự bị); vắng 03 đồng chí:
- Quách Văn Hòa: nằm viện điều trị gãy chân;
- Ông Thị Lệ: về quê chăm mẹ ốm;
- Ngụy Văn Bình (dự bị): không báo lý do.
Nội dung:
1. Đồng chí Mạc Văn Đông nêu lý do: đồng chí Hà Văn Sáu, đảng viên chính thức, tự ý xây dựng nhà kho trên đất nông nghiệp tại tổ 3 khi chưa được cấp phép, đã bị UBND phường xử phạt vi phạm hành chính và buộc tháo dỡ.
2. Đồng chí Hà Văn Sáu đọc bản tự kiểm điểm, nhận khuyết điểm và xin chịu hình thức kỷ luật của chi bộ.
3. Ý kiến: các đồng chí Đỗ Thanh Phong, Trần Thị Lụa, Nông Văn Quyết phân tích tính chất vi phạm, cho rằng vi phạm gây ảnh hưởng đến uy tín của đảng viên trong khu phố, đề nghị thi hành kỷ luật ở mức khiển trách.
4. Bỏ phiếu kín: Tổ kiểm phiếu do đồng chí Đỗ Thanh Phong làm tổ trưởng. Số phiếu phát ra 20, thu về 20, hợp lệ 20. Kết quả: đề nghị hình thức khiển trách 15/20 phiếu, đề nghị cảnh cáo 5/20 phiếu.
Căn cứ kết quả, chi bộ quyết định đề nghị thi hành kỷ luật đồng chí Hà Văn Sáu bằng hình thức khiển trách.
Kết luận của đồng chí chủ trì:
- Chi ủy hoàn chỉnh hồ sơ, báo cáo Ban Thường vụ Đảng ủy phường trước ngày 16/6/2023.
- Đồng chí Hà Văn Sáu tháo dỡ xong nhà kho vi phạm trước ngày 30/6/2023 và báo cáo kết quả với chi bộ.
- Đồng chí Võ Thị Ngọc Hân theo dõi việc khắc phục vi phạm, báo cáo tại kỳ sinh hoạt tháng 7.
Biên bản đã được đọc lại trước chi bộ, không có ý kiến khác.
THƯ KÝ\t\tCHỦ TRÌ
Võ Thị Ngọc Hân\t\tMạc Văn Đông"""
DOCS["bb06_kyluat_cb_kp6_phu_loi_2023"] = (T, doc(
    "bien_ban", "CHI BỘ KHU PHỐ 6", "ĐẢNG BỘ PHƯỜNG PHÚ LỢI", "11-BB/CB", "Phú Lợi", "2023-06-09",
    "Xem xét, đề nghị thi hành kỷ luật đảng viên",
    meeting(None, "chuyên đề", "14:00", "16:10", "2023-06-09",
            "Văn phòng Ban điều hành Khu phố 6", ["Mạc Văn Đông"], "Võ Thị Ngọc Hân"),
    att(24, 22, 2, 21, 3, [("Quách Văn Hòa", "nằm viện điều trị gãy chân"), ("Ông Thị Lệ", "về quê chăm mẹ ốm"),
                           ("Ngụy Văn Bình", "không báo lý do")]),
    [dec("discipline", "đề nghị thi hành kỷ luật đồng chí Hà Văn Sáu", "Hà Văn Sáu", 15, None, None, 20, "khiển trách")],
    [],
    [tk("hoàn chỉnh hồ sơ, báo cáo Ban Thường vụ Đảng ủy phường", "Chi ủy", "trước ngày 16/6/2023"),
     tk("tháo dỡ xong nhà kho vi phạm", "Đồng chí Hà Văn Sáu", "trước ngày 30/6/2023"),
     tk("theo dõi việc khắc phục vi phạm, báo cáo", "Đồng chí Võ Thị Ngọc Hân", "tại kỳ sinh hoạt tháng 7")],
    [sg("THƯ KÝ", None, "Võ Thị Ngọc Hân"), sg("CHỦ TRÌ", None, "Mạc Văn Đông")],
    [],
    ["24 đồng chí (22 chính thức, 02 dự bị)", "có mặt 21 đồng chí", "vắng 03 đồng chí", "khiển trách 15/20 phiếu",
     "cảnh cáo 5/20 phiếu", "hợp lệ 20"],
    ["11-BB/CB", "14 giờ 00", "16 giờ 10", "tổ 3", "16/6/2023", "30/6/2023"]))

# 7 ─ cuộc họp cơ quan nhà nước (Sở), stacked left/right header cells, invited list, Nơi nhận before signature
T = f"""UBND TỈNH ĐẮK LẮK
SỞ XÂY DỰNG
Số: 142/BB-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 18 tháng 8 năm 2026
BIÊN BẢN
Cuộc họp kiểm điểm tiến độ thi công tuyến đường liên xã Ea Rốk Tây - Krông Buk Đông
I. THỜI GIAN, ĐỊA ĐIỂM
Vào hồi 14h00 ngày 18/8/2026, tại Phòng họp số 2, Sở Xây dựng (số 9 Lê Duẩn, phường Buôn Ma Thuột).
II. THÀNH PHẦN
Chủ trì: ông Y Khoa Ênuôl, Phó Giám đốc Sở Xây dựng.
Thư ký: bà Rơ Chăm H'Liên, chuyên viên Phòng Quản lý hạ tầng giao thông.
Thành phần mời: 14 đại biểu; có mặt 12 đại biểu gồm đại diện Ban Quản lý dự án đầu tư xây dựng tỉnh, Sở Nông nghiệp và Môi trường, UBND xã Ea Rốk Tây, UBND xã Krông Buk Đông, đơn vị tư vấn giám sát và nhà thầu thi công.
Vắng: Sở Tài chính (bận họp Hội đồng thẩm định giá đất); Công an xã Krông Buk Đông (không báo lý do).
III. NỘI DUNG
1. Ban Quản lý dự án báo cáo: tuyến đường dài 9,5 km, kế hoạch hoàn thành trong năm 2026; đến ngày 15/8/2026 đã thi công xong nền và móng 6,2 km, đạt {P(6.2, 9.5)}% khối lượng; còn 3,3 km chưa bàn giao mặt bằng của 17 hộ dân thuộc xã Krông Buk Đông. Kế hoạch vốn năm 2026 của dự án 48 tỷ đồng, đã giải ngân 21,7 tỷ đồng.
2. Ý kiến các đại biểu: UBND xã Krông Buk Đông cho biết đã hoàn thành kiểm đếm 12/17 hộ; nhà thầu đề nghị bố trí thêm bãi tập kết vật liệu.
3. Kết luận của ông Y Khoa Ênuôl:
- Giao UBND xã Krông Buk Đông phối hợp Ban Quản lý dự án hoàn thành bàn giao mặt bằng 17 hộ còn lại trước ngày 30/9/2026.
- Nhà thầu tăng ca, bổ sung 02 mũi thi công, bảo đảm hoàn thành nền, móng toàn tuyến trong quý IV/2026.
- Ban Quản lý dự án lập hồ sơ thanh toán khối lượng hoàn thành, gửi Kho bạc Nhà nước khu vực trước ngày 10/9/2026.
Cuộc họp kết thúc hồi 16h30 cùng ngày.
Nơi nhận:
- Giám đốc Sở (b/c);
- Ban QLDA đầu tư xây dựng tỉnh;
- UBND các xã: Ea Rốk Tây, Krông Buk Đông;
- Lưu: VT, QLHT.
THƯ KÝ
Rơ Chăm H'Liên
CHỦ TRÌ
PHÓ GIÁM ĐỐC
Y Khoa Ênuôl"""
DOCS["bb07_hop_so_xd_dak_lak_tuyen_duong_2026"] = (T, doc(
    "bien_ban", "SỞ XÂY DỰNG", "UBND TỈNH ĐẮK LẮK", "142/BB-SXD", "Đắk Lắk", "2026-08-18",
    "Cuộc họp kiểm điểm tiến độ thi công tuyến đường liên xã Ea Rốk Tây - Krông Buk Đông",
    meeting("Cuộc họp kiểm điểm tiến độ thi công tuyến đường liên xã Ea Rốk Tây - Krông Buk Đông", "hội nghị", "14:00", "16:30",
            "2026-08-18", "Phòng họp số 2, Sở Xây dựng", ["Y Khoa Ênuôl"], "Rơ Chăm H'Liên"),
    att(14, None, None, 12, 2, [("Sở Tài chính", "bận họp Hội đồng thẩm định giá đất"),
                                ("Công an xã Krông Buk Đông", "không báo lý do")]),
    [],
    [tg("thi công xong nền và móng 6,2 km", 9.5, 6.2, "km", "năm 2026", "tiến độ")],
    [tk("phối hợp Ban Quản lý dự án hoàn thành bàn giao mặt bằng 17 hộ còn lại", "UBND xã Krông Buk Đông", "trước ngày 30/9/2026"),
     tk("tăng ca, bổ sung 02 mũi thi công, bảo đảm hoàn thành nền, móng toàn tuyến", "Nhà thầu", "trong quý IV/2026"),
     tk("lập hồ sơ thanh toán khối lượng hoàn thành, gửi Kho bạc Nhà nước khu vực", "Ban Quản lý dự án", "trước ngày 10/9/2026")],
    [sg("THƯ KÝ", None, "Rơ Chăm H'Liên"), sg("CHỦ TRÌ", "PHÓ GIÁM ĐỐC", "Y Khoa Ênuôl")],
    ["Giám đốc Sở (b/c)", "Ban QLDA đầu tư xây dựng tỉnh", "UBND các xã: Ea Rốk Tây, Krông Buk Đông", "Lưu: VT, QLHT"],
    ["14 đại biểu", "có mặt 12 đại biểu", "9,5 km", "6,2 km", "3,3 km", "17 hộ dân", "48 tỷ đồng", "21,7 tỷ đồng"],
    ["142/BB-SXD", "14h00", "số 9 Lê Duẩn", "15/8/2026", "16h30", "Phòng họp số 2"]))

# 8 ─ đại hội chi bộ 2027, nhiệm kỳ 2027 - 2030; roll as "-" list with split present
T = f"""ĐẢNG ỦY XÃ TÂN HIỆP
CHI BỘ ẤP 4
*
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hiệp, ngày 22 tháng 4 năm 2027
BIÊN BẢN
ĐẠI HỘI CHI BỘ ẤP 4 LẦN THỨ XIII, NHIỆM KỲ 2027 - 2030
Đại hội khai mạc lúc 7 giờ 30 phút ngày 22/4/2027 tại Nhà văn hóa Ấp 4.
Đại biểu cấp trên: đồng chí Châu Văn Lợi, Phó Bí thư Đảng ủy xã.
Đoàn Chủ tịch: đồng chí Trịnh Thị Mỹ Duyên (Bí thư Chi bộ), đồng chí Hứa Văn Tâm.
Đoàn Thư ký: đồng chí Ôn Thị Thu.
Tình hình đảng viên dự đại hội:
- Tổng số đảng viên được triệu tập: 19 đồng chí.
- Có mặt: 18 đồng chí (15 chính thức, 03 dự bị).
- Vắng: 01 đồng chí chính thức – đồng chí Tô Văn Ba, đi điều trị bệnh tại Cần Thơ.
1. Báo cáo chính trị nhiệm kỳ 2025 - 2027: kết nạp 3 đảng viên, đạt chỉ tiêu nghị quyết (3 đảng viên); thu nhập bình quân đầu người năm 2026 đạt 71,5 triệu đồng, chỉ tiêu 75 triệu đồng, chưa đạt; 98,6% hộ sử dụng nước sạch, vượt chỉ tiêu 95%.
Mục tiêu nhiệm kỳ 2027 - 2030: phấn đấu kết nạp 5 đảng viên mới; thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng; hằng năm chi bộ đạt hoàn thành tốt nhiệm vụ trở lên.
2. Thảo luận: 6 ý kiến, tập trung vào chuyển đổi cây trồng trên đất lúa kém hiệu quả, giữ gìn an ninh trật tự ở khu nhà trọ.
3. Bầu cử (phiếu kín, phiếu phát ra 15, thu về 15, hợp lệ 15):
- Bầu Chi ủy 3 đồng chí: Trịnh Thị Mỹ Duyên 15/15 phiếu, Hứa Văn Tâm 14/15 phiếu, Ôn Thị Thu 12/15 phiếu – cả 3 đồng chí trúng cử.
- Bầu Bí thư Chi bộ tại đại hội: đồng chí Trịnh Thị Mỹ Duyên trúng cử với 15/15 phiếu.
4. Đại hội biểu quyết thông qua Nghị quyết Đại hội: 100% đảng viên chính thức có mặt tán thành.
Phát biểu chỉ đạo, đồng chí Châu Văn Lợi đề nghị Chi ủy khóa mới xây dựng chương trình hành động thực hiện Nghị quyết, báo cáo Đảng ủy xã trước ngày 15/5/2027.
Đại hội bế mạc lúc 11 giờ 15 phút cùng ngày.
T/M ĐOÀN CHỦ TỊCH\tĐOÀN THƯ KÝ
Trịnh Thị Mỹ Duyên\tÔn Thị Thu"""
DOCS["bb08_daihoi_cb_ap4_tan_hiep_2027"] = (T, doc(
    "bien_ban", "CHI BỘ ẤP 4", "ĐẢNG ỦY XÃ TÂN HIỆP", None, "Tân Hiệp", "2027-04-22",
    "ĐẠI HỘI CHI BỘ ẤP 4 LẦN THỨ XIII, NHIỆM KỲ 2027 - 2030",
    meeting("ĐẠI HỘI CHI BỘ ẤP 4 LẦN THỨ XIII, NHIỆM KỲ 2027 - 2030", "đại hội", "07:30", "11:15", "2027-04-22",
            "Nhà văn hóa Ấp 4", ["Trịnh Thị Mỹ Duyên", "Hứa Văn Tâm"], "Ôn Thị Thu"),
    att(19, None, None, 18, 1, [("Tô Văn Ba", "đi điều trị bệnh tại Cần Thơ")]),
    [dec("election", "Bầu Chi ủy", "Trịnh Thị Mỹ Duyên", 15, None, None, 15, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Hứa Văn Tâm", 14, None, None, 15, "trúng cử"),
     dec("election", "Bầu Chi ủy", "Ôn Thị Thu", 12, None, None, 15, "trúng cử"),
     dec("election", "Bầu Bí thư Chi bộ", "Trịnh Thị Mỹ Duyên", 15, None, None, 15, "trúng cử"),
     dec("resolution", "thông qua Nghị quyết Đại hội", None, 15, None, None, 15, "thông qua")],
    [tg("kết nạp 3 đảng viên", 3, 3, "đảng viên", "nhiệm kỳ 2025 - 2027", "đạt"),
     tg("thu nhập bình quân đầu người", 75, 71.5, "triệu đồng", "năm 2026", "chưa đạt"),
     tg("hộ sử dụng nước sạch", 95, 98.6, "%", "nhiệm kỳ 2025 - 2027", "vượt"),
     tg("kết nạp 5 đảng viên mới", 5, None, "đảng viên", "nhiệm kỳ 2027 - 2030", None),
     tg("thu nhập bình quân đầu người", 90, None, "triệu đồng", "năm 2030", None)],
    [tk("xây dựng chương trình hành động thực hiện Nghị quyết, báo cáo Đảng ủy xã", "Chi ủy khóa mới", "trước ngày 15/5/2027")],
    [sg("T/M ĐOÀN CHỦ TỊCH", None, "Trịnh Thị Mỹ Duyên"), sg("ĐOÀN THƯ KÝ", None, "Ôn Thị Thu")],
    [],
    ["19 đồng chí", "18 đồng chí (15 chính thức, 03 dự bị)", "71,5 triệu đồng", "98,6%", "15/15 phiếu", "14/15 phiếu", "12/15 phiếu"],
    ["7 giờ 30 phút", "LẦN THỨ XIII", "2027 - 2030", "2025 - 2027", "6 ý kiến", "11 giờ 15 phút"]))

# 9 ─ xét kết nạp + công nhận chính thức (within a thường kỳ), 2019, huyện era
T = f"""ĐẢNG BỘ KHỐI CƠ QUAN HUYỆN NAM ĐÀN\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH\tNam Đàn, ngày 24 tháng 9 năm 2019
BIÊN BẢN
Họp chi bộ xét đề nghị kết nạp đảng viên và công nhận đảng viên chính thức
Tại kỳ sinh hoạt thường kỳ tháng 9/2019, hồi 15 giờ 00 ngày 24/9/2019, tại phòng làm việc của Phòng Tài chính - Kế hoạch huyện, chi bộ tiến hành xét đề nghị kết nạp quần chúng Phan Thị Ngọc Ánh vào Đảng và xét công nhận đảng viên chính thức cho đồng chí Hoàng Văn Quân.
- Chủ trì: đồng chí Thái Văn Lâm, Bí thư chi bộ, Trưởng phòng.
- Thư ký: đồng chí Chu Thị Vân.
- Tổng số đảng viên: 15 đồng chí, trong đó chính thức 14, dự bị 1.
- Có mặt: 14 đồng chí (chính thức 13, dự bị 1).
- Vắng: 01 đồng chí chính thức (Lê Đình Nhật – đi học lớp trung cấp lý luận chính trị tập trung).
Nội dung:
1. Xét đề nghị kết nạp quần chúng Phan Thị Ngọc Ánh, chuyên viên, đã qua lớp bồi dưỡng nhận thức về Đảng; đồng chí Chu Thị Vân, đảng viên được phân công giúp đỡ, báo cáo quá trình phấn đấu; Ban Chấp hành Công đoàn cơ quan và Chi đoàn có văn bản nhận xét, giới thiệu.
Chi bộ biểu quyết: 13/14 đảng viên chính thức tán thành (đạt {P(13, 14, 2)}%), không có ý kiến không tán thành.
2. Xét công nhận đảng viên chính thức cho đồng chí Hoàng Văn Quân (kết nạp ngày 20/9/2018). Đồng chí Quân đọc bản tự kiểm điểm trong thời gian dự bị; các ý kiến đánh giá đồng chí hoàn thành tốt nhiệm vụ, cần mạnh dạn hơn trong phát biểu sinh hoạt.
Chi bộ biểu quyết: tán thành 12 đồng chí, không tán thành 01 đồng chí, trên tổng số 14 đảng viên chính thức.
3. Đánh giá nhanh kết quả tháng 9: thẩm định xong 46/52 hồ sơ quyết toán dự án hoàn thành theo kế hoạch năm, các hồ sơ còn lại thực hiện trong quý IV.
Kết luận:
- Chi ủy hoàn thiện hồ sơ đề nghị kết nạp và hồ sơ công nhận đảng viên chính thức, gửi Ban Thường vụ Đảng ủy Khối trước ngày 04/10/2019.
- Đồng chí Hoàng Văn Quân sau khi được công nhận chính thức tiếp tục giúp đỡ quần chúng ưu tú Đậu Văn Tiến.
Cuộc họp kết thúc lúc 17 giờ 00 cùng ngày.
CHỦ TRÌ\tTHƯ KÝ
(Đã ký)\t(Đã ký)
Thái Văn Lâm\tChu Thị Vân"""
DOCS["bb09_xet_ketnap_cb_tckh_nam_dan_2019"] = (T, doc(
    "bien_ban", "CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH", "ĐẢNG BỘ KHỐI CƠ QUAN HUYỆN NAM ĐÀN", None, "Nam Đàn", "2019-09-24",
    "Họp chi bộ xét đề nghị kết nạp đảng viên và công nhận đảng viên chính thức",
    meeting("sinh hoạt thường kỳ tháng 9/2019", "thường kỳ", "15:00", "17:00", "2019-09-24",
            "phòng làm việc của Phòng Tài chính - Kế hoạch huyện", ["Thái Văn Lâm"], "Chu Thị Vân"),
    att(15, 14, 1, 14, 1, [("Lê Đình Nhật", "đi học lớp trung cấp lý luận chính trị tập trung")]),
    [dec("vote", "xét đề nghị kết nạp quần chúng Phan Thị Ngọc Ánh vào Đảng", "Phan Thị Ngọc Ánh", 13, 0, None, 14, "đề nghị kết nạp"),
     dec("vote", "xét công nhận đảng viên chính thức cho đồng chí Hoàng Văn Quân", "Hoàng Văn Quân", 12, 1, None, 14, "đề nghị công nhận đảng viên chính thức")],
    [tg("thẩm định xong 46/52 hồ sơ quyết toán dự án hoàn thành", 52, 46, "hồ sơ", "năm 2019", "tiến độ")],
    [tk("hoàn thiện hồ sơ đề nghị kết nạp và hồ sơ công nhận đảng viên chính thức, gửi Ban Thường vụ Đảng ủy Khối", "Chi ủy", "trước ngày 04/10/2019"),
     tk("tiếp tục giúp đỡ quần chúng ưu tú Đậu Văn Tiến", "Đồng chí Hoàng Văn Quân", None)],
    [sg("CHỦ TRÌ", None, "Thái Văn Lâm"), sg("THƯ KÝ", None, "Chu Thị Vân")],
    [],
    ["15 đồng chí", "14 đồng chí (chính thức 13, dự bị 1)", "01 đồng chí chính thức", "13/14", "tán thành 12 đồng chí", "không tán thành 01 đồng chí", "46/52 hồ sơ"],
    ["tháng 9/2019", "15 giờ 00", "20/9/2018", "04/10/2019", "17 giờ 00", "24/9/2019"]))
