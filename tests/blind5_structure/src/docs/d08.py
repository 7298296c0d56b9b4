NAME = "bc_hoi_ccb_phuong_an_phu_6thang"
TEXT = """HỘI CCB TỈNH ĐỒNG THÁP
HỘI CỰU CHIẾN BINH PHƯỜNG AN PHÚ
Số: 27/BC-CCB
HỘI CỰU CHIẾN BINH VIỆT NAM
An Phú, ngày 06 tháng 7 năm 2026
BÁO CÁO
Sơ kết công tác Hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026
A. TÌNH HÌNH CHUNG
Hội CCB phường có 14 chi hội với 862 hội viên (trong đó 531 hội viên là đảng viên, chiếm 61,6%). Sau sắp xếp đơn vị hành chính, tổ chức Hội ổn định, hoạt động đúng Điều lệ.
B. KẾT QUẢ 6 THÁNG ĐẦU NĂM
1. Công tác tuyên truyền: tổ chức 28 buổi sinh hoạt chuyên đề với 1.915 lượt hội viên tham dự; phổ biến Nghị quyết Đại hội Đảng bộ phường lần thứ I.
2. Xây dựng tổ chức Hội: kết nạp mới 46 hội viên, vượt chỉ tiêu năm (40 hội viên); thu hội phí đạt 100%.
3. Giúp nhau phát triển kinh tế:
- Quỹ hỗ trợ hội viên đến 30/6/2026 đạt 1.036 triệu đồng, đạt 86,3% kế hoạch năm (1.200 triệu đồng);
- Vận động xây dựng 03 "Mái ấm nghĩa tình đồng đội" trên kế hoạch năm 05 căn, tổng trị giá 210 triệu đồng;
- Dư nợ ủy thác Ngân hàng Chính sách xã hội 18,7 tỷ đồng, không có nợ quá hạn.
4. Tham gia bảo vệ an ninh trật tự: 9 tổ CCB tự quản tham gia tuần tra 312 lượt; hòa giải thành 11/13 vụ việc.
* Hạn chế: một số chi hội sinh hoạt chưa đều, nội dung còn đơn điệu; việc nắm tình hình hội viên sau khi chuyển nơi cư trú còn chậm; nguồn vận động xây nhà nghĩa tình chủ yếu từ hội viên nên khó mở rộng.
C. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
1. Tiếp tục tuyên truyền, giáo dục truyền thống nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026); Ban Tuyên giáo Hội chủ trì, thực hiện trong tháng 7/2026.
2. Hoàn thành 02 "Mái ấm nghĩa tình đồng đội" còn lại; giao Thường trực Hội phối hợp các chi hội 2, 7 thực hiện trước ngày 30/11/2026.
3. Phát triển quỹ hỗ trợ hội viên đạt kế hoạch năm; các chi hội trưởng vận động, báo cáo kết quả trước ngày 15/12/2026.
4. Chuẩn bị tổng kết năm, bình xét thi đua; Văn phòng Hội tham mưu, xong trước ngày 25/12/2026.
Nơi nhận:
- Hội CCB tỉnh (b/c);
- Đảng ủy phường (b/c);
- Ủy ban MTTQ phường;
- Các chi hội;
- Lưu VP.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
(Đã ký)
Trương Văn Hùng
"""
GOLD = {
 "genre": "bao_cao",
 "issuer": "HỘI CỰU CHIẾN BINH PHƯỜNG AN PHÚ",
 "issuer_parent": "HỘI CCB TỈNH ĐỒNG THÁP",
 "doc_number": "27/BC-CCB",
 "place": "An Phú",
 "date": "2026-07-06",
 "title": "Sơ kết công tác Hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026",
 "meeting": None,
 "attendance": None,
 "decisions": [],
 "targets": [
   {"name": "kết nạp mới 46 hội viên", "target": 40, "result": 46, "unit": "hội viên", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "Quỹ hỗ trợ hội viên", "target": 1200, "result": 1036, "unit": "triệu đồng", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "\"Mái ấm nghĩa tình đồng đội\"", "target": 5, "result": 3, "unit": "căn", "period": "năm 2026", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "Tiếp tục tuyên truyền, giáo dục truyền thống nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ", "owner": "Ban Tuyên giáo Hội", "deadline": "trong tháng 7/2026"},
   {"text": "Hoàn thành 02 \"Mái ấm nghĩa tình đồng đội\" còn lại", "owner": "Thường trực Hội", "deadline": "trước ngày 30/11/2026"},
   {"text": "Phát triển quỹ hỗ trợ hội viên đạt kế hoạch năm", "owner": "các chi hội trưởng", "deadline": "trước ngày 15/12/2026"},
   {"text": "Chuẩn bị tổng kết năm, bình xét thi đua", "owner": "Văn phòng Hội", "deadline": "trước ngày 25/12/2026"}],
 "signers": [{"role": "TM. BAN CHẤP HÀNH", "position": "CHỦ TỊCH", "name": "Trương Văn Hùng"}],
 "recipients": ["Hội CCB tỉnh (b/c)", "Đảng ủy phường (b/c)", "Ủy ban MTTQ phường", "Các chi hội", "Lưu VP"],
 "key_figures": ["862 hội viên", "531 hội viên", "61,6%", "1.915 lượt", "46 hội viên", "1.036 triệu đồng", "86,3%", "18,7 tỷ đồng"],
 "noise_figures": ["27/BC-CCB", "lần thứ I", "79 năm", "27/7/1947 - 27/7/2026", "chi hội 2, 7", "30/6/2026"],
}
RATIOS = [(531, 862, "61,6%"), (1036, 1200, "86,3%")]
