GOLD = {}
GOLD["bb_cb_kp3_an_phu_t11_2025"] = {
 "genre": "bien_ban", "issuer": "CHI BỘ KHU PHỐ 3", "issuer_parent": "ĐẢNG BỘ PHƯỜNG AN PHÚ", "doc_number": None,
 "place": None, "date": "2025-11-12", "title": "HỌP CHI BỘ THÁNG 11 NĂM 2025",
 "meeting": {"name": "HỌP CHI BỘ THÁNG 11 NĂM 2025", "kind": "thường kỳ", "start": "19:30", "end": "21:15", "date": "2025-11-12",
   "place": "Hội trường Khu phố 3", "chairs": ["Lê Minh Quang"], "secretary": "Phan Thị Thu Hà", "form": None},
 "attendance": {"total": 34, "official": 31, "probationary": 3, "present": 30, "absent": 4, "absentees": [
   {"name": "Trần Văn Lộc", "reason": "đi công tác tại Cần Thơ"},
   {"name": "Nguyễn Thị Bích", "reason": "ốm, đang nằm viện"},
   {"name": "Hồ Văn Tâm", "reason": "chăm con nhỏ bị sốt"},
   {"name": "Đặng Quốc Bảo", "reason": "đang học tập trung lớp trung cấp lý luận chính trị"}]},
 "decisions": [
   {"kind": "vote", "subject": "Đề nghị công nhận đảng viên chính thức đối với đồng chí Mai Thị Ngọc", "person": "Mai Thị Ngọc", "for": 26, "against": 1, "abstain": None, "base": 27, "outcome": "đề nghị công nhận đảng viên chính thức"},
   {"kind": "resolution", "subject": "Nghị quyết tháng 11 năm 2025", "person": None, "for": 27, "against": None, "abstain": None, "base": 27, "outcome": "thông qua"}],
 "targets": [
   {"name": "Quỹ \"Vì người nghèo\"", "target": 45, "result": 48.6, "unit": "triệu đồng", "period": "năm 2025", "verdict": "vượt"},
   {"name": "gia đình văn hóa", "target": 95, "result": 93.9, "unit": "%", "period": "năm 2025", "verdict": "chưa đạt"}],
 "tasks": [
   {"text": "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu phố vui tươi, tiết kiệm", "owner": None, "deadline": None},
   {"text": "Tiếp tục vận động hộ thuê trọ đăng ký tạm trú, giữ gìn vệ sinh môi trường", "owner": None, "deadline": None},
   {"text": "rà soát, lập danh sách hộ cận nghèo đề nghị hỗ trợ dịp Tết, gửi Chi ủy", "owner": "đồng chí Bùi Văn Thành, Trưởng khu phố", "deadline": "trước ngày 25/11/2025"},
   {"text": "giới thiệu ít nhất 01 quần chúng ưu tú để Chi bộ xem xét", "owner": "Chi đoàn Khu phố 3", "deadline": "trong quý I/2026"}],
 "signers": [{"role": "THƯ KÝ", "position": None, "name": "Phan Thị Thu Hà"}, {"role": "CHỦ TRÌ", "position": None, "name": "Lê Minh Quang"}],
 "recipients": [],
 "key_figures": ["34 đồng chí", "30 đồng chí", "Vắng 4 đồng chí", "48,6 triệu đồng", "612/652 hộ", "93,9%", "26/27"],
 "noise_figures": ["19 giờ 30 phút", "12/11/2025", "THÁNG 11 NĂM 2025", "21 giờ 15 phút", "25/11/2025"]}
GOLD["bb_cb_thcs_nguyen_du_chuyen_de_q4"] = {
 "genre": "bien_ban", "issuer": "CHI BỘ TRƯỜNG THCS NGUYỄN DU", "issuer_parent": "ĐẢNG BỘ XÃ HÒA TIẾN", "doc_number": None,
 "place": None, "date": "2025-12-05", "title": "SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2025",
 "meeting": {"name": "SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2025", "kind": "chuyên đề", "start": "14:00", "end": "16:40", "date": "2025-12-05",
   "place": "Phòng họp Hội đồng sư phạm nhà trường", "chairs": ["Hà Văn Định"], "secretary": "Châu Thị Mỹ Linh", "form": None},
 "attendance": {"total": 19, "official": 17, "probationary": 2, "present": 18, "absent": 1, "absentees": [
   {"name": "Trịnh Văn Khải", "reason": "đưa đội tuyển học sinh giỏi đi thi cấp thành phố"}]},
 "decisions": [
   {"kind": "vote", "subject": "đề nghị kết nạp quần chúng Lê Hoàng Yến", "person": "Lê Hoàng Yến", "for": 15, "against": None, "abstain": 1, "base": 16, "outcome": "đề nghị kết nạp"},
   {"kind": "resolution", "subject": "thông qua nội dung chuyên đề và các giải pháp", "person": None, "for": 16, "against": None, "abstain": None, "base": 16, "outcome": "thông qua"}],
 "targets": [
   {"name": "kết quả rèn luyện mức Tốt", "target": 85, "result": 87.4, "unit": "%", "period": "Năm học 2024-2025", "verdict": "vượt"}],
 "tasks": [
   {"text": "Mỗi đảng viên đăng ký ít nhất một việc làm nêu gương cụ thể, đưa vào kiểm điểm cuối năm", "owner": None, "deadline": None},
   {"text": "xây dựng kế hoạch giáo dục kỹ năng sống học kỳ II, trình Chi ủy", "owner": "đồng chí Ngô Thị Lan", "deadline": "trước ngày 20/12/2025"},
   {"text": "phối hợp Liên đội tổ chức diễn đàn \"Nói không với bạo lực học đường\"", "owner": "Chi đoàn giáo viên", "deadline": "trong tháng 01/2026"}],
 "signers": [{"role": "THƯ KÝ", "position": None, "name": "Châu Thị Mỹ Linh"}, {"role": "CHỦ TRÌ", "position": None, "name": "Hà Văn Định"}],
 "recipients": [],
 "key_figures": ["19 đảng viên", "Dự sinh hoạt 18 đồng chí", "594/680 học sinh", "87,4%", "41 học sinh", "15/16", "16/16"],
 "noise_figures": ["14 giờ 00", "05 tháng 12", "QUÝ IV NĂM 2025", "2024-2025", "20/12/2025", "16 giờ 40"]}
GOLD["bb_bch_du_xa_tan_lap_lan6"] = {
 "genre": "bien_ban", "issuer": "ĐẢNG ỦY XÃ TÂN LẬP", "issuer_parent": "ĐẢNG BỘ TỈNH PHÚ THỌ", "doc_number": "21-BB/ĐU",
 "place": "Tân Lập", "date": "2025-12-18", "title": "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU",
 "meeting": {"name": "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ SÁU", "kind": "hội nghị BCH", "start": "07:30", "end": "11:45", "date": "2025-12-18",
   "place": "Hội trường Trung tâm Chính trị xã", "chairs": ["Đinh Công Tuấn", "Hà Thị Nguyệt", "Vi Văn Cường"], "secretary": "Lò Thị Hằng", "form": None},
 "attendance": {"total": 27, "official": None, "probationary": None, "present": 25, "absent": 2, "absentees": [
   {"name": "Sa Văn Dũng", "reason": "dự lớp bồi dưỡng tại Trường Chính trị tỉnh"},
   {"name": "Bạc Thị Xuân", "reason": "nghỉ chế độ thai sản"}]},
 "decisions": [
   {"kind": "discipline", "subject": "kỷ luật đồng chí Cầm Văn Toản", "person": "Cầm Văn Toản", "for": 21, "against": None, "abstain": None, "base": 25, "outcome": "khiển trách"},
   {"kind": "election", "subject": "Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy", "person": "Lù Văn Thắng", "for": 24, "against": None, "abstain": None, "base": 25, "outcome": "trúng cử"},
   {"kind": "resolution", "subject": "Nghị quyết về nhiệm vụ năm 2026", "person": None, "for": 25, "against": None, "abstain": None, "base": 25, "outcome": "thông qua"}],
 "targets": [
   {"name": "Thu ngân sách trên địa bàn", "target": 12.5, "result": 14.2, "unit": "tỷ đồng", "period": "năm 2025", "verdict": "vượt"},
   {"name": "Kết nạp 17 đảng viên", "target": 20, "result": 17, "unit": "đảng viên", "period": "năm 2025", "verdict": "chưa đạt"},
   {"name": "Tỷ lệ hộ nghèo", "target": 4.5, "result": 4.12, "unit": "%", "period": "năm 2025", "verdict": "đạt"},
   {"name": "thu ngân sách 15 tỷ đồng", "target": 15, "result": None, "unit": "tỷ đồng", "period": "Năm 2026", "verdict": None},
   {"name": "kết nạp 22 đảng viên", "target": 22, "result": None, "unit": "đảng viên", "period": "Năm 2026", "verdict": None}],
 "tasks": [
   {"text": "hoàn chỉnh Nghị quyết, ban hành", "owner": "Văn phòng Đảng ủy", "deadline": "trước ngày 25/12/2025"},
   {"text": "hoàn thiện hồ sơ, ban hành quyết định kỷ luật đồng chí Cầm Văn Toản", "owner": "Ủy ban Kiểm tra Đảng ủy", "deadline": "trong tháng 12/2025"},
   {"text": "lãnh đạo xây dựng kế hoạch thu ngân sách năm 2026", "owner": "Đảng ủy UBND xã", "deadline": "trước ngày 10/01/2026"}],
 "signers": [{"role": "THƯ KÝ HỘI NGHỊ", "position": None, "name": "Lò Thị Hằng"}, {"role": "T/M ĐOÀN CHỦ TỊCH", "position": "BÍ THƯ", "name": "Đinh Công Tuấn"}],
 "recipients": [],
 "key_figures": ["27 đồng chí", "có mặt 25 đồng chí", "14,2 tỷ đồng", "113,6%", "4,12%", "21/25 phiếu", "24/25 phiếu", "25/25"],
 "noise_figures": ["7 giờ 30 phút", "Số 21-BB/ĐU", "LẦN THỨ SÁU", "2025 - 2030", "25/12/2025", "10/01/2026"]}
GOLD["bb_daihoi_cb_thon_dong_mai_2025"] = {
 "genre": "bien_ban", "issuer": "CHI BỘ THÔN ĐỒNG MAI", "issuer_parent": "ĐẢNG BỘ XÃ YÊN HƯNG", "doc_number": None,
 "place": None, "date": "2025-03-22", "title": "ĐẠI HỘI CHI BỘ THÔN ĐỒNG MAI LẦN THỨ XV, NHIỆM KỲ 2025 - 2027",
 "meeting": {"name": "ĐẠI HỘI CHI BỘ THÔN ĐỒNG MAI LẦN THỨ XV, NHIỆM KỲ 2025 - 2027", "kind": "đại hội", "start": "07:30", "end": "11:30", "date": "2025-03-22",
   "place": "Nhà văn hóa thôn Đồng Mai", "chairs": ["Phạm Văn Hải", "Vũ Thị Thanh"], "secretary": "Lại Thu Trang", "form": None},
 "attendance": {"total": 42, "official": 38, "probationary": 4, "present": 39, "absent": 3, "absentees": [
   {"name": "Đinh Văn Lực", "reason": "đi làm ăn xa (đã có đơn xin vắng)"},
   {"name": "Mai Xuân Trường", "reason": "đi làm ăn xa (đã có đơn xin vắng)"},
   {"name": "Trần Thị Sen", "reason": "ốm"}]},
 "decisions": [
   {"kind": "vote", "subject": "số lượng Chi ủy khóa mới là 3 đồng chí", "person": None, "for": 35, "against": None, "abstain": None, "base": 35, "outcome": "thông qua"},
   {"kind": "election", "subject": "Chi ủy", "person": "Phạm Văn Hải", "for": 33, "against": None, "abstain": None, "base": 34, "outcome": "trúng cử"},
   {"kind": "election", "subject": "Chi ủy", "person": "Vũ Thị Thanh", "for": 31, "against": None, "abstain": None, "base": 34, "outcome": "trúng cử"},
   {"kind": "election", "subject": "Chi ủy", "person": "Đỗ Minh Tiến", "for": 27, "against": None, "abstain": None, "base": 34, "outcome": "trúng cử"},
   {"kind": "election", "subject": "Chi ủy", "person": "Trần Quang Vinh", "for": 11, "against": None, "abstain": None, "base": 34, "outcome": "không trúng cử"},
   {"kind": "election", "subject": "Bầu Bí thư Chi bộ", "person": "Phạm Văn Hải", "for": 32, "against": None, "abstain": None, "base": 35, "outcome": "trúng cử"},
   {"kind": "resolution", "subject": "Đại hội thông qua Nghị quyết", "person": None, "for": 35, "against": None, "abstain": None, "base": 35, "outcome": "thông qua"}],
 "targets": [
   {"name": "thu nhập bình quân đầu người", "target": 60, "result": 62, "unit": "triệu đồng/năm", "period": "Nhiệm kỳ 2022 - 2025", "verdict": "vượt"},
   {"name": "kết nạp được 5 đảng viên", "target": 6, "result": 5, "unit": "đảng viên", "period": "Nhiệm kỳ 2022 - 2025", "verdict": "chưa đạt"},
   {"name": "kết nạp 4 đảng viên mới", "target": 4, "result": None, "unit": "đảng viên", "period": "Nhiệm kỳ 2025 - 2027", "verdict": None}],
 "tasks": [
   {"text": "hoàn thiện hồ sơ Đại hội, báo cáo Đảng ủy xã", "owner": "Chi ủy khóa mới", "deadline": "trước ngày 30/3/2025"},
   {"text": "xây dựng kế hoạch làm đường trục thôn, trình Chi bộ", "owner": "đồng chí Đỗ Minh Tiến, Trưởng thôn", "deadline": "trong quý II/2025"}],
 "signers": [{"role": "THƯ KÝ ĐẠI HỘI", "position": None, "name": "Lại Thu Trang"}, {"role": "T/M ĐOÀN CHỦ TỊCH", "position": None, "name": "Phạm Văn Hải"}],
 "recipients": [],
 "key_figures": ["42 đồng chí", "Có mặt 39 đồng chí", "62 triệu đồng/năm", "phiếu hợp lệ 34", "33/34 phiếu", "11/34 phiếu", "32/35 phiếu", "35/35"],
 "noise_figures": ["7 giờ 30 phút", "22/3/2025", "LẦN THỨ XV", "2025 - 2027", "30/3/2025", "11 giờ 30 phút"]}
GOLD["bb_mttq_phuong_vy_da_nha_dai_doan_ket"] = {
 "genre": "bien_ban", "issuer": "ỦY BAN MTTQ VIỆT NAM PHƯỜNG VỸ DẠ", "issuer_parent": "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HUẾ", "doc_number": "09/BB-MTTQ",
 "place": "Vỹ Dạ", "date": "2025-11-04", "title": "Cuộc họp Ban Thường trực mở rộng về hỗ trợ xây dựng nhà Đại đoàn kết năm 2025",
 "meeting": {"name": "Cuộc họp Ban Thường trực mở rộng", "kind": "hội nghị", "start": "08:00", "end": "10:30", "date": "2025-11-04",
   "place": "Phòng họp Ủy ban MTTQ Việt Nam phường", "chairs": ["Nguyễn Thị Kim Oanh"], "secretary": "Hoàng Đức Nhã", "form": None},
 "attendance": {"total": 15, "official": None, "probationary": None, "present": 13, "absent": 2, "absentees": [
   {"name": "Lê Quý Đôn Hiếu", "reason": "đi viện chăm người nhà"},
   {"name": "Tôn Nữ Thảo Vy", "reason": "họp tại thành phố"}]},
 "decisions": [
   {"kind": "vote", "subject": "Mức hỗ trợ 60 triệu đồng/căn", "person": None, "for": 13, "against": None, "abstain": None, "base": 13, "outcome": "thông qua"},
   {"kind": "vote", "subject": "Danh sách 3 hộ được hỗ trợ đợt 2", "person": None, "for": 12, "against": 1, "abstain": None, "base": 13, "outcome": "thông qua"}],
 "targets": [
   {"name": "Quỹ \"Vì người nghèo\"", "target": 350, "result": 287.5, "unit": "triệu đồng", "period": "năm 2025", "verdict": "tiến độ"},
   {"name": "xây mới 5 nhà Đại đoàn kết", "target": 5, "result": 2, "unit": "nhà", "period": "năm 2025", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "phối hợp Hội Cựu chiến binh huy động ngày công giúp hộ bà Nguyễn Thị Bé, khởi công", "owner": "Ban công tác Mặt trận tổ dân phố 5", "deadline": "trước ngày 15/11/2025"},
   {"text": "tổng hợp danh sách nhà tài trợ, báo cáo Ban Thường trực", "owner": "Văn phòng", "deadline": "trước ngày 10/11/2025"},
   {"text": "tiếp tục vận động đoàn viên, hội viên ủng hộ Quỹ, phấn đấu hoàn thành kế hoạch năm", "owner": "Các tổ chức thành viên", "deadline": None}],
 "signers": [{"role": "THƯ KÝ", "position": None, "name": "Hoàng Đức Nhã"}, {"role": "TM. BAN THƯỜNG TRỰC", "position": "CHỦ TỊCH", "name": "Nguyễn Thị Kim Oanh"}],
 "recipients": ["Ban Thường trực UBMTTQ Việt Nam thành phố (b/c)", "Đảng ủy phường (b/c)", "Lưu: VT"],
 "key_figures": ["15 đại biểu", "Có mặt 13 đại biểu", "287,5 triệu đồng", "82,1%", "60 triệu đồng/căn", "13/13", "12/13"],
 "noise_figures": ["8 giờ 00", "Số: 09/BB-MTTQ", "31/10", "15/11/2025", "10/11/2025", "10 giờ 30"]}
GOLD["bc_du_phuong_kien_an_quy3_2025"] = {
 "genre": "bao_cao", "issuer": "ĐẢNG ỦY PHƯỜNG KIẾN AN", "issuer_parent": "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "doc_number": "58-BC/ĐU",
 "place": "Kiến An", "date": "2025-10-02", "title": "kết quả lãnh đạo thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2025",
 "meeting": None, "attendance": None, "decisions": [],
 "targets": [
   {"name": "kết nạp 31 đảng viên", "target": 45, "result": 31, "unit": "đảng viên", "period": "năm 2025", "verdict": "tiến độ"},
   {"name": "Thu ngân sách nhà nước trên địa bàn", "target": 235, "result": 186.4, "unit": "tỷ đồng", "period": "năm 2025", "verdict": "tiến độ"},
   {"name": "giải quyết đúng hạn", "target": 98, "result": 99.1, "unit": "%", "period": "quý III", "verdict": "vượt"},
   {"name": "Tỷ lệ người dân tham gia bảo hiểm y tế", "target": 96, "result": 94.6, "unit": "%", "period": "năm 2025", "verdict": "tiến độ"},
   {"name": "kết nạp thêm ít nhất 14 đảng viên", "target": 14, "result": None, "unit": "đảng viên", "period": "QUÝ IV NĂM 2025", "verdict": None},
   {"name": "tỷ lệ tham gia bảo hiểm y tế", "target": 96, "result": None, "unit": "%", "period": "QUÝ IV NĂM 2025", "verdict": None}],
 "tasks": [
   {"text": "Chỉ đạo các chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025", "owner": None, "deadline": "trước ngày 15/12/2025"},
   {"text": "tham mưu rà soát nguồn kết nạp ở các doanh nghiệp, báo cáo Ban Thường vụ", "owner": "Ban Xây dựng Đảng Đảng ủy", "deadline": "trong tháng 10/2025"},
   {"text": "lãnh đạo quyết liệt thu ngân sách, phấn đấu vượt dự toán", "owner": "Đảng ủy UBND phường", "deadline": None},
   {"text": "Tăng cường nắm tình hình tư tưởng cán bộ, đảng viên sau sắp xếp tổ chức bộ máy", "owner": None, "deadline": None}],
 "signers": [{"role": "T/M ĐẢNG ỦY", "position": "PHÓ BÍ THƯ", "name": "Nguyễn Thị Thanh Thủy"}],
 "recipients": ["Ban Thường vụ Thành ủy (b/c)", "Ban Tổ chức Thành ủy", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
 "key_figures": ["31 đảng viên", "68,9%", "186,4 tỷ đồng", "79,3%", "1.540 hồ sơ", "99,1%", "94,6%", "02 đảng viên"],
 "noise_figures": ["Số 58-BC/ĐU", "quý III", "QUÝ IV NĂM 2025", "15/12/2025", "tháng 10/2025", "9 tháng"]}
GOLD["bc_ubnd_xa_tra_giang_nam_2025"] = {
 "genre": "bao_cao", "issuer": "ỦY BAN NHÂN DÂN XÃ TRÀ GIANG", "issuer_parent": "UBND TỈNH QUẢNG NGÃI", "doc_number": "412/BC-UBND",
 "place": "Trà Giang", "date": "2025-12-08", "title": "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 và kế hoạch năm 2026",
 "meeting": None, "attendance": None, "decisions": [],
 "targets": [
   {"name": "Tổng sản lượng lương thực có hạt", "target": 12000, "result": 12450, "unit": "tấn", "period": "năm 2025", "verdict": "vượt"},
   {"name": "Trồng rừng tập trung", "target": 300, "result": 320, "unit": "ha", "period": "năm 2025", "verdict": "vượt"},
   {"name": "Thu ngân sách trên địa bàn", "target": 7.2, "result": 8.75, "unit": "tỷ đồng", "period": "năm 2025", "verdict": "vượt"},
   {"name": "hộ nghèo", "target": 18, "result": 18.6, "unit": "%", "period": "năm 2025", "verdict": "chưa đạt"},
   {"name": "Giao quân", "target": 14, "result": 14, "unit": "thanh niên", "period": "năm 2025", "verdict": "đạt"},
   {"name": "thu ngân sách trên địa bàn 9 tỷ đồng", "target": 9, "result": None, "unit": "tỷ đồng", "period": "NĂM 2026", "verdict": None},
   {"name": "giảm tỷ lệ hộ nghèo còn dưới 15%", "target": 15, "result": None, "unit": "%", "period": "NĂM 2026", "verdict": None}],
 "tasks": [
   {"text": "chủ trì xây dựng phương án chuyển đổi 45 ha đất lúa kém hiệu quả sang trồng cây ăn quả, trình UBND xã", "owner": "Phòng Kinh tế", "deadline": "trước ngày 31/01/2026"},
   {"text": "phối hợp Ủy ban MTTQ Việt Nam xã rà soát hộ nghèo, cận nghèo", "owner": "Phòng Văn hóa - Xã hội", "deadline": "trong quý I/2026"},
   {"text": "Đẩy nhanh tiến độ 2 công trình giao thông chuyển tiếp, bảo đảm giải ngân 100% kế hoạch vốn", "owner": None, "deadline": None},
   {"text": "chủ trì bảo đảm an ninh trật tự dịp Tết Nguyên đán Bính Ngọ năm 2026", "owner": "Công an xã", "deadline": None}],
 "signers": [{"role": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Đinh Văn Ngọc"}],
 "recipients": ["Thường trực HĐND xã", "Đảng ủy xã (b/c)", "Chủ tịch, các PCT UBND xã", "Lưu: VT"],
 "key_figures": ["12.450 tấn", "320 ha", "8,75 tỷ đồng", "121,5%", "87,6%", "297/1.598 hộ nghèo", "18,6%", "97,3%"],
 "noise_figures": ["Số: 412/BC-UBND", "NĂM 2026", "31/01/2026", "quý I/2026", "năm 2024", "Bính Ngọ năm 2026"]}
GOLD["bc_thpt_dong_hieu_hk1_2025_2026"] = {
 "genre": "bao_cao", "issuer": "TRƯỜNG THPT ĐÔNG HIẾU", "issuer_parent": "SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN", "doc_number": "15/BC-THPTĐH",
 "place": "Nghệ An", "date": "2026-01-12", "title": "Sơ kết học kỳ I năm học 2025 - 2026",
 "meeting": None, "attendance": None, "decisions": [],
 "targets": [
   {"name": "Duy trì sĩ số", "target": 99, "result": 99.35, "unit": "%", "period": "năm học 2025 - 2026", "verdict": "đạt"},
   {"name": "kết quả học tập mức Tốt và Khá", "target": 70, "result": 72.4, "unit": "%", "period": "HỌC KỲ I", "verdict": "vượt"},
   {"name": "Học sinh giỏi", "target": 30, "result": 23, "unit": "giải", "period": "năm học 2025 - 2026", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "xây dựng kế hoạch phụ đạo Tiếng Anh khối 10", "owner": "Tổ Ngoại ngữ", "deadline": "từ ngày 02/02/2026"},
   {"text": "chỉ đạo ôn thi tốt nghiệp THPT năm 2026, hoàn thành đề cương các môn", "owner": "đồng chí Phó Hiệu trưởng Trần Đình Khoa", "deadline": "trước ngày 28/02/2026"},
   {"text": "Tiếp tục bồi dưỡng đội tuyển dự thi học sinh giỏi lớp 11 cấp tỉnh", "owner": None, "deadline": None},
   {"text": "hoàn tất quyết toán hạng mục nhà đa năng", "owner": "Bộ phận kế toán", "deadline": "trong quý I/2026"}],
 "signers": [{"role": "HIỆU TRƯỞNG", "position": None, "name": "Nguyễn Văn Thắng"}],
 "recipients": ["Sở GD&ĐT (để b/c)", "Đảng ủy phường Thái Hòa (để b/c)", "Lưu: VT"],
 "key_figures": ["1.226 học sinh", "1.218/1.226 học sinh", "99,35%", "72,4%", "23 giải", "76,7%", "0,9 tỷ đồng", "41 đảng viên"],
 "noise_figures": ["Số: 15/BC-THPTĐH", "2025 - 2026", "HỌC KỲ II", "02/02/2026", "28/02/2026", "lớp 11"]}
GOLD["bc_cb_ban_phieng_ban_kiem_diem_2025"] = {
 "genre": "bao_cao", "issuer": "CHI BỘ BẢN PHIÊNG BAN", "issuer_parent": "ĐẢNG BỘ XÃ MƯỜNG BÚ", "doc_number": "04-BC/CB",
 "place": "Phiêng Ban", "date": "2025-11-20", "title": "kiểm điểm tập thể Chi bộ năm 2025",
 "meeting": None, "attendance": None, "decisions": [],
 "targets": [
   {"name": "Tái canh cà phê", "target": 20, "result": 15, "unit": "ha", "period": "năm 2025", "verdict": "chưa đạt"},
   {"name": "hộ nghèo", "target": 9, "result": 8.04, "unit": "%", "period": "năm 2025", "verdict": "đạt"},
   {"name": "Kết nạp 02 đảng viên", "target": 2, "result": 2, "unit": "đảng viên", "period": "năm 2025", "verdict": "đạt"}],
 "tasks": [
   {"text": "Hoàn thành tái canh 5 ha cà phê còn lại", "owner": None, "deadline": "trong vụ xuân năm 2026"},
   {"text": "Phân công mỗi chi ủy viên phụ trách một nhóm hộ", "owner": None, "deadline": "đến tháng 12/2026"},
   {"text": "lập danh sách hộ có nguy cơ tái nghèo, báo cáo Chi ủy", "owner": "đồng chí Quàng Văn Sinh, Trưởng bản", "deadline": "trước ngày 15/01/2026"},
   {"text": "phối hợp Chi hội Phụ nữ tổ chức tuyên truyền phòng, chống ma túy", "owner": "Chi đoàn bản", "deadline": "trong dịp Tết"}],
 "signers": [{"role": "T/M CHI BỘ", "position": "BÍ THƯ", "name": "Lò Văn Xôm"}],
 "recipients": ["Đảng ủy xã Mường Bú (b/c)", "Lưu Chi bộ"],
 "key_figures": ["28 đảng viên", "112 hộ", "15 ha", "75%", "9 hộ", "8,04%", "38 triệu đồng/người/năm", "6,5 ha"],
 "noise_figures": ["Số 04-BC/CB", "12/12 kỳ", "15/8", "NĂM 2026", "15/01/2026", "tháng 12/2026"]}
GOLD["nq_cb_khoi_noi_bvdk_lam_dong_t12_2025"] = {
 "genre": "nghi_quyet", "issuer": "CHI BỘ KHỐI NỘI", "issuer_parent": "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH", "doc_number": "12-NQ/CB",
 "place": "Lâm Đồng", "date": "2025-12-10", "title": "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025",
 "meeting": {"name": "sinh hoạt chi bộ thường kỳ", "kind": "thường kỳ", "start": None, "end": None, "date": "2025-12-09",
   "place": None, "chairs": [], "secretary": None, "form": None},
 "attendance": {"total": 27, "official": None, "probationary": None, "present": 25, "absent": 2, "absentees": []},
 "decisions": [
   {"kind": "resolution", "subject": "Nghị quyết", "person": None, "for": 22, "against": None, "abstain": None, "base": 23, "outcome": "thông qua"}],
 "targets": [
   {"name": "khám bệnh ngoại trú", "target": 55000, "result": 48620, "unit": "lượt", "period": "năm 2025", "verdict": "tiến độ"},
   {"name": "hài lòng người bệnh nội trú", "target": 90, "result": 92.3, "unit": "%", "period": "năm 2025", "verdict": "vượt"}],
 "tasks": [
   {"text": "Lãnh đạo thực hiện kiểm điểm, đánh giá, xếp loại đảng viên năm 2025 đúng hướng dẫn của Đảng ủy Bệnh viện", "owner": None, "deadline": None},
   {"text": "chuẩn bị báo cáo kiểm điểm tập thể", "owner": "đồng chí Bí thư Chi bộ", "deadline": "trước ngày 18/12/2025"},
   {"text": "phối hợp Phòng Kế hoạch tổng hợp điều phối giường bệnh, giảm nằm ghép", "owner": "đồng chí Lâm Thị Hạnh, Phó Bí thư Chi bộ, Trưởng Khoa Nội tổng hợp", "deadline": "trong tháng 12/2025"},
   {"text": "theo dõi, giúp đỡ quần chúng Ya Hòa trong thời gian học lớp bồi dưỡng nhận thức về Đảng", "owner": "đồng chí K'Brông Thị Dung", "deadline": None},
   {"text": "Hoàn thành cập nhật 100% bệnh án điện tử nội trú", "owner": None, "deadline": "trước ngày 31/12/2025"},
   {"text": "Tổ chức trực Tết Dương lịch năm 2026 an toàn, đủ thuốc, vật tư", "owner": None, "deadline": None},
   {"text": "tổ chức quán triệt Nghị quyết đến từng đảng viên", "owner": "Chi ủy", "deadline": None}],
 "signers": [{"role": "T/M CHI BỘ", "position": "BÍ THƯ", "name": "Trịnh Quốc Việt"}],
 "recipients": ["Đảng ủy Bệnh viện (b/c)", "Các đảng viên trong Chi bộ", "Lưu Chi bộ"],
 "key_figures": ["25/27 đảng viên", "48.620 lượt", "88,4%", "92,3%", "14 ca", "22/23", "95,65%"],
 "noise_figures": ["Số 12-NQ/CB", "294-QĐ/TW", "26/5/2025", "09/12/2025", "18/12/2025", "tháng 01/2026"]}
GOLD["tb_kl_btv_du_xa_tan_hoi_trung_t10_2025"] = {
 "genre": "nghi_quyet", "issuer": "ĐẢNG ỦY XÃ TÂN HỘI TRUNG", "issuer_parent": "ĐẢNG BỘ TỈNH ĐỒNG THÁP", "doc_number": "37-TB/ĐU",
 "place": "Tân Hội Trung", "date": "2025-10-24", "title": "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ VỀ THU HOẠCH LÚA THU ĐÔNG VÀ GIẢI PHÓNG MẶT BẰNG",
 "meeting": {"name": "phiên thường kỳ tháng 10", "kind": "hội nghị", "start": None, "end": None, "date": "2025-10-22",
   "place": None, "chairs": ["Nguyễn Văn Út"], "secretary": None, "form": None},
 "attendance": {"total": 9, "official": None, "probationary": None, "present": 8, "absent": 1, "absentees": [
   {"name": "Lê Thị Diễm", "reason": "đang học lớp cao cấp lý luận chính trị"}]},
 "decisions": [
   {"kind": "vote", "subject": "chủ trương vận động doanh nghiệp hỗ trợ thêm 5 triệu đồng/hộ", "person": None, "for": 8, "against": None, "abstain": None, "base": 8, "outcome": "thông qua"}],
 "targets": [
   {"name": "thu hoạch lúa Thu Đông", "target": 3400, "result": 2150, "unit": "ha", "period": "vụ Thu Đông", "verdict": "tiến độ"},
   {"name": "bàn giao mặt bằng", "target": 112, "result": 86, "unit": "hộ", "period": None, "verdict": "tiến độ"}],
 "tasks": [
   {"text": "lãnh đạo UBND xã điều phối máy gặt, hoàn thành thu hoạch lúa Thu Đông", "owner": "Đảng ủy UBND xã", "deadline": "trước ngày 15/11/2025"},
   {"text": "phối hợp Hội Nông dân vận động 26 hộ còn lại bàn giao mặt bằng", "owner": "Ủy ban MTTQ Việt Nam xã", "deadline": "trong tháng 11/2025"},
   {"text": "nắm chắc tình hình, không để phát sinh khiếu kiện đông người", "owner": "đồng chí Trưởng Công an xã", "deadline": None},
   {"text": "theo dõi, đôn đốc, báo cáo Ban Thường vụ kết quả", "owner": "Văn phòng Đảng ủy", "deadline": "tại phiên họp tháng 11"}],
 "signers": [{"role": "T/L BAN THƯỜNG VỤ", "position": "CHÁNH VĂN PHÒNG", "name": "Huỳnh Thị Kim Cúc"}],
 "recipients": ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Đảng ủy UBND xã", "Lưu Văn phòng Đảng ủy"],
 "key_figures": ["2.150/3.400 ha", "63,2%", "5,9 tấn/ha", "86/112 hộ", "76,8%", "26 hộ", "5 triệu đồng/hộ", "8/8"],
 "noise_figures": ["Số 37-TB/ĐU", "Ngày 22/10", "ĐT.850", "15/11/2025", "tháng 11/2025", "20/10"]}
GOLD["tin_cb_thon_na_khoang_chuyen_de_ket_nap"] = {
 "genre": "tin_hoi_nghi", "issuer": "Chi bộ thôn Nà Khoang", "issuer_parent": "xã Thượng Lâm", "doc_number": None,
 "place": None, "date": "2025-11-19", "title": "Chi bộ thôn Nà Khoang sinh hoạt chuyên đề gắn với kết nạp đảng viên mới",
 "meeting": {"name": "sinh hoạt chuyên đề \"Phát huy vai trò đảng viên trong phát triển kinh tế rừng\"", "kind": "chuyên đề", "start": None, "end": None, "date": "2025-11-19",
   "place": None, "chairs": ["Hoàng Văn Kiên"], "secretary": None, "form": None},
 "attendance": {"total": 31, "official": 29, "probationary": 2, "present": 29, "absent": 2, "absentees": []},
 "decisions": [
   {"kind": "resolution", "subject": "Nghị quyết chuyên đề", "person": None, "for": 27, "against": None, "abstain": None, "base": 27, "outcome": "thông qua"}],
 "targets": [
   {"name": "trồng mới 42 ha quế và keo", "target": 35, "result": 42, "unit": "ha", "period": "năm 2025", "verdict": "vượt"}],
 "tasks": [
   {"text": "chủ trì vận động thành lập tổ hợp tác quế hữu cơ", "owner": "đồng chí Nông Văn Thạch, Trưởng thôn", "deadline": "trước ngày 31/3/2026"},
   {"text": "phối hợp khuyến nông xã hướng dẫn kỹ thuật chăm sóc quế cho các hộ mới trồng", "owner": "Chi hội Nông dân thôn", "deadline": None}],
 "signers": [],
 "recipients": [],
 "key_figures": ["31 đảng viên", "29 đồng chí", "42 ha", "120%", "35 ha", "8 hộ", "200 triệu đồng/năm"],
 "noise_figures": ["20/11/2025 - 15:42", "Lượt xem: 1.318", "Bình luận (0)", "31/3/2026", "02/10/2025", "40 năm tuổi Đảng"]}
GOLD["tin_du_phuong_an_hai_bch_lan4_tong_ket_2025"] = {
 "genre": "tin_hoi_nghi", "issuer": "Đảng ủy phường An Hải", "issuer_parent": None, "doc_number": None,
 "place": None, "date": "2025-12-11", "title": "Đảng ủy phường An Hải tổng kết công tác năm 2025, bàn nhiệm vụ năm 2026",
 "meeting": {"name": "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ tư (mở rộng)", "kind": "hội nghị BCH", "start": None, "end": None, "date": "2025-12-11",
   "place": None, "chairs": ["Lê Quang Vinh", "Trần Thị Ngọc Bích"], "secretary": None, "form": "trực tiếp kết hợp trực tuyến"},
 "attendance": {"total": 35, "official": None, "probationary": None, "present": 33, "absent": 2, "absentees": []},
 "decisions": [
   {"kind": "resolution", "subject": "Nghị quyết về nhiệm vụ năm 2026", "person": None, "for": 32, "against": None, "abstain": None, "base": 33, "outcome": "thông qua"},
   {"kind": "vote", "subject": "đề nghị khen thưởng 9 chi bộ hoàn thành xuất sắc nhiệm vụ năm 2025", "person": None, "for": 33, "against": None, "abstain": None, "base": 33, "outcome": "thông qua"}],
 "targets": [
   {"name": "Thu ngân sách trên địa bàn", "target": 1250, "result": 1386.5, "unit": "tỷ đồng", "period": "Năm 2025", "verdict": "vượt"},
   {"name": "kết nạp 58 đảng viên", "target": 60, "result": 58, "unit": "đảng viên", "period": "Năm 2025", "verdict": "chưa đạt"},
   {"name": "hồ sơ thủ tục hành chính nộp trực tuyến toàn trình", "target": 95, "result": 97.8, "unit": "%", "period": "Năm 2025", "verdict": "vượt"},
   {"name": "thu ngân sách 1.400 tỷ đồng", "target": 1400, "result": None, "unit": "tỷ đồng", "period": "Năm 2026", "verdict": None},
   {"name": "kết nạp ít nhất 65 đảng viên", "target": 65, "result": None, "unit": "đảng viên", "period": "Năm 2026", "verdict": None}],
 "tasks": [
   {"text": "tổ chức kiểm điểm cuối năm", "owner": "các chi bộ", "deadline": "trước ngày 31/12/2025"},
   {"text": "chỉ đạo xây dựng kế hoạch chỉnh trang đô thị ven biển, trình Ban Thường vụ", "owner": "Đảng ủy UBND phường", "deadline": "trong quý I/2026"},
   {"text": "tập trung giải quyết dứt điểm 2 đơn thư tồn đọng", "owner": "Ủy ban Kiểm tra Đảng ủy phường", "deadline": None}],
 "signers": [],
 "recipients": [],
 "key_figures": ["13/15 chỉ tiêu", "1.386,5 tỷ đồng", "110,9%", "58 đảng viên", "96,7%", "97,8%", "32/33", "33/35"],
 "noise_figures": ["12/12/2025 | 10:05", "Lượt xem: 864", "lần thứ tư", "26 điểm cầu", "31/12/2025", "(15/10/2025)"]}
GOLD["tin_hdnd_xa_quang_phu_ky_hop_9"] = {
 "genre": "tin_hoi_nghi", "issuer": "HĐND xã Quảng Phú", "issuer_parent": None, "doc_number": None,
 "place": None, "date": "2025-12-18", "title": "HĐND xã Quảng Phú thông qua 11 nghị quyết tại kỳ họp cuối năm",
 "meeting": {"name": "kỳ họp thứ 9 (kỳ họp thường lệ cuối năm 2025)", "kind": "hội nghị", "start": None, "end": None, "date": "2025-12-18",
   "place": None, "chairs": ["Trương Văn Bình"], "secretary": None, "form": None},
 "attendance": {"total": 31, "official": None, "probationary": None, "present": 29, "absent": 2, "absentees": [
   {"name": "Hồ Xuân Lâm", "reason": "đi công tác tỉnh Lào Cai"},
   {"name": "Lê Thị Ánh", "reason": "điều trị bệnh"}]},
 "decisions": [
   {"kind": "resolution", "subject": "Nghị quyết về dự toán ngân sách năm 2026", "person": None, "for": 27, "against": None, "abstain": 2, "base": 29, "outcome": "thông qua"},
   {"kind": "election", "subject": "bầu bổ sung Phó Chủ tịch HĐND xã", "person": "Lê Văn Tư", "for": 28, "against": None, "abstain": None, "base": 29, "outcome": "trúng cử"}],
 "targets": [
   {"name": "thu ngân sách trên địa bàn", "target": 40, "result": 46.3, "unit": "tỷ đồng", "period": "năm 2025", "verdict": "vượt"},
   {"name": "Tỷ lệ hộ nghèo", "target": 2.5, "result": 2.1, "unit": "%", "period": "năm 2025", "verdict": "đạt"},
   {"name": "Dự toán thu ngân sách năm 2026", "target": 42, "result": None, "unit": "tỷ đồng", "period": "năm 2026", "verdict": None}],
 "tasks": [
   {"text": "khẩn trương hoàn thành tuyến nước sạch thôn Phú Thượng", "owner": "UBND xã", "deadline": "trước ngày 30/4/2026"},
   {"text": "giám sát việc quản lý thu ngân sách đầu năm 2026", "owner": "Ban Kinh tế - Ngân sách HĐND xã", "deadline": None},
   {"text": "báo cáo kết quả kỳ họp với cử tri", "owner": "các tổ đại biểu", "deadline": "trong tháng 01/2026"}],
 "signers": [],
 "recipients": [],
 "key_figures": ["31 người", "có mặt 29 đại biểu", "46,3 tỷ đồng", "115,8%", "2,1%", "89,4%", "27/29", "28/29 phiếu"],
 "noise_figures": ["18/12/2025 14:20", "kỳ họp thứ 9", "2021 - 2026", "30/4/2026", "2.413.087", "Đang online: 57"]}
GOLD["tin_hu_muong_ang_bch_lan19_6t_2024"] = {
 "genre": "tin_hoi_nghi", "issuer": "Huyện ủy Mường Ảng", "issuer_parent": None, "doc_number": None,
 "place": None, "date": "2024-07-10", "title": "Huyện ủy Mường Ảng: 6 tháng đầu năm nhiều chỉ tiêu đạt khá",
 "meeting": {"name": "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19 (mở rộng)", "kind": "hội nghị BCH", "start": None, "end": None, "date": "2024-07-10",
   "place": None, "chairs": ["Lò Văn Hương"], "secretary": None, "form": "trực tuyến"},
 "attendance": None,
 "decisions": [],
 "targets": [
   {"name": "thu ngân sách trên địa bàn", "target": 34, "result": 18.6, "unit": "tỷ đồng", "period": "năm 2024", "verdict": "tiến độ"},
   {"name": "260 ha rừng", "target": 500, "result": 260, "unit": "ha", "period": "năm 2024", "verdict": "tiến độ"},
   {"name": "kết nạp 47 đảng viên", "target": 90, "result": 47, "unit": "đảng viên", "period": "năm 2024", "verdict": "tiến độ"},
   {"name": "giải ngân vốn đầu tư công đạt trên 60%", "target": 60, "result": None, "unit": "%", "period": "trước ngày 30/9/2024", "verdict": None}],
 "tasks": [
   {"text": "tập trung hoàn thành chỉ tiêu năm 2024", "owner": "các cấp ủy, chính quyền", "deadline": None},
   {"text": "chỉ đạo chuẩn bị đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027", "owner": "Ban Thường vụ Huyện ủy", "deadline": "trước ngày 30/4/2025"},
   {"text": "chỉ đạo giải ngân vốn đầu tư công đạt trên 60%", "owner": "UBND huyện", "deadline": "trước ngày 30/9/2024"},
   {"text": "rà soát, phân loại nguồn quần chúng ưu tú để kết nạp", "owner": "các đảng ủy xã", "deadline": "trong quý III"}],
 "signers": [],
 "recipients": [],
 "key_figures": ["18,6 tỷ đồng", "54,7%", "260 ha", "52%", "47 đảng viên", "52,2%", "28,4%", "38,5%"],
 "noise_figures": ["10/07/2024, 16:30", "lần thứ 19", "10 điểm cầu", "2025 - 2027", "Lượt xem: 2.071", "(12/4/2024)"]}
