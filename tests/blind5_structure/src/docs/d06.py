NAME = "bc_du_phuong_binh_hung_dong_9thang"
TEXT = """ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH      ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG BÌNH HƯNG ĐÔNG
*
Số 86-BC/ĐU      Bình Hưng Đông, ngày 02 tháng 10 năm 2026
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ quý III và 9 tháng đầu năm 2026,
phương hướng, nhiệm vụ trọng tâm quý IV năm 2026
-----
I- KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO
1- Công tác xây dựng Đảng
Trong quý III, Ban Thường vụ Đảng ủy tổ chức 02 hội nghị chuyên đề; kiểm tra 06/22 chi bộ trực thuộc theo chương trình năm. Tổng số đảng viên toàn Đảng bộ đến 30/9/2026 là 1.146 đồng chí (chính thức 1.071, dự bị 75). 9 tháng kết nạp 19 đảng viên, đạt 76% chỉ tiêu năm; trao Huy hiệu Đảng đợt 2/9 cho 41 đồng chí.
2- Lãnh đạo phát triển kinh tế - xã hội, quốc phòng - an ninh
Thu ngân sách nhà nước trên địa bàn 9 tháng ước 35,8 tỷ đồng; giải quyết việc làm cho 1.280 lao động; tiếp nhận và giải quyết đúng hạn 97,8% hồ sơ thủ tục hành chính. Tình hình an ninh chính trị ổn định, phạm pháp hình sự giảm 4 vụ so với cùng kỳ.
Kết quả một số chỉ tiêu chủ yếu (so với Nghị quyết năm 2026 của Đảng ủy):
TT | Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện 9 tháng | Tỷ lệ (%)
1 | Thu ngân sách nhà nước (tỷ đồng) | 42,6 | 35,8 | 84,0
2 | Kết nạp đảng viên mới (đảng viên) | 25 | 19 | 76,0
3 | Tỷ lệ dân số tham gia BHYT (%) | 95 | 93,1 | 98,0
4 | Giải quyết việc làm (lao động) | 1.500 | 1.280 | 85,3
5 | Chi bộ được kiểm tra (chi bộ) | 10 | 6 | 60,0
II- HẠN CHẾ
Công tác phát triển đảng viên trong khu dân cư còn chậm (chỉ 04/19 đảng viên mới ở chi bộ khu phố); tiến độ giải phóng mặt bằng dự án mở rộng đường Quốc lộ 50 chưa đạt yêu cầu.
III- NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026
1- Lãnh đạo hoàn thành kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2026; Ban Xây dựng Đảng tham mưu, hoàn thành trước ngày 20/12/2026.
2- Tập trung kết nạp 06 đảng viên còn lại theo chỉ tiêu; các chi bộ khu phố chủ động tạo nguồn, thực hiện trong quý IV/2026.
3- Đảng ủy UBND phường chỉ đạo tăng thu, chống thất thu ngân sách, phấn đấu hoàn thành dự toán năm trước ngày 31/12/2026.
4- Ủy ban Kiểm tra Đảng ủy kiểm tra 04 chi bộ còn lại theo chương trình trước ngày 15/12/2026.
Nơi nhận:                                    T/M BAN THƯỜNG VỤ
- Ban Thường vụ Thành ủy (b/c),               PHÓ BÍ THƯ THƯỜNG TRỰC
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,                            (đã ký)
- Lưu Văn phòng Đảng ủy.                     Võ Thị Thanh Trúc
"""
GOLD = {
 "genre": "bao_cao",
 "issuer": "ĐẢNG ỦY PHƯỜNG BÌNH HƯNG ĐÔNG",
 "issuer_parent": "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH",
 "doc_number": "86-BC/ĐU",
 "place": "Bình Hưng Đông",
 "date": "2026-10-02",
 "title": "kết quả lãnh đạo thực hiện nhiệm vụ quý III và 9 tháng đầu năm 2026",
 "meeting": None,
 "attendance": None,
 "decisions": [],
 "targets": [
   {"name": "Thu ngân sách nhà nước", "target": 42.6, "result": 35.8, "unit": "tỷ đồng", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "Kết nạp đảng viên mới", "target": 25, "result": 19, "unit": "đảng viên", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "Tỷ lệ dân số tham gia BHYT", "target": 95, "result": 93.1, "unit": "%", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "Giải quyết việc làm", "target": 1500, "result": 1280, "unit": "lao động", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "Chi bộ được kiểm tra", "target": 10, "result": 6, "unit": "chi bộ", "period": "năm 2026", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "Lãnh đạo hoàn thành kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2026", "owner": "Ban Xây dựng Đảng", "deadline": "trước ngày 20/12/2026"},
   {"text": "Tập trung kết nạp 06 đảng viên còn lại theo chỉ tiêu", "owner": "các chi bộ khu phố", "deadline": "trong quý IV/2026"},
   {"text": "chỉ đạo tăng thu, chống thất thu ngân sách", "owner": "Đảng ủy UBND phường", "deadline": "trước ngày 31/12/2026"},
   {"text": "kiểm tra 04 chi bộ còn lại theo chương trình", "owner": "Ủy ban Kiểm tra Đảng ủy", "deadline": "trước ngày 15/12/2026"}],
 "signers": [{"role": "T/M BAN THƯỜNG VỤ", "position": "PHÓ BÍ THƯ THƯỜNG TRỰC", "name": "Võ Thị Thanh Trúc"}],
 "recipients": ["Ban Thường vụ Thành ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
 "key_figures": ["1.146 đồng chí", "19 đảng viên", "76%", "35,8 tỷ đồng", "1.280 lao động", "97,8%", "41 đồng chí", "06/22"],
 "noise_figures": ["86-BC/ĐU", "quý III", "30/9/2026", "đợt 2/9", "Quốc lộ 50", "02 hội nghị"],
}
RATIOS = [(35.8, 42.6, "84,0"), (19, 25, "76,0"), (93.1, 95, "98,0"), (1280, 1500, "85,3"), (6, 10, "60,0"), (19, 25, "76%")]
