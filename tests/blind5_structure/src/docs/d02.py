NAME = "bb_cb_thcs_hoa_an_chuyende"
TEXT = """ĐẢNG BỘ XÃ HÒA AN
CHI BỘ TRƯỜNG THCS HÒA AN
*
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa An, ngày 05 tháng 11 năm 2026
BIÊN BẢN
Sinh hoạt chi bộ chuyên đề quý IV năm 2026
"Nâng cao chất lượng giáo dục mũi nhọn và phụ đạo học sinh yếu"
Thời gian: 14h00 ngày 05/11/2026.
Địa điểm: Phòng họp Hội đồng sư phạm nhà trường.
Chủ tọa: đồng chí Đặng Thị Kim Oanh - Bí thư Chi bộ, Hiệu trưởng.
Người ghi biên bản: đồng chí La Văn Thịnh - Chi ủy viên.
Chi bộ có 15 đảng viên (13 chính thức, 02 dự bị); có mặt 14 đồng chí, vắng 01 đồng chí là đ/c Hoàng Thị Yến (nghỉ chế độ thai sản).
NỘI DUNG SINH HOẠT
(1) Đồng chí Phó Bí thư Trương Quốc Bảo trình bày chuyên đề. Năm học 2025-2026 nhà trường có 612 học sinh; tỷ lệ lên lớp thẳng 96,2%; có 11 học sinh đạt giải cấp tỉnh; vẫn còn 23 học sinh xếp loại học lực chưa đạt sau thi lại.
(2) Thảo luận:
- Đ/c Nguyễn Thị Lan Phương: đề nghị phân công giáo viên giỏi bồi dưỡng theo khối, tránh dồn vào lớp 9.
- Đ/c Chu Đức Mạnh: cần có sổ theo dõi học sinh yếu hằng tháng, gửi phụ huynh qua ứng dụng liên lạc.
- Đ/c La Văn Thịnh: kiến nghị dành kinh phí khen thưởng học sinh giỏi trong quy chế chi tiêu nội bộ.
(3) Chi bộ thống nhất mục tiêu năm học 2026-2027:
+ Tỷ lệ học sinh lên lớp thẳng từ 97% trở lên;
+ Có ít nhất 15 giải học sinh giỏi cấp tỉnh;
+ Giảm số học sinh học lực chưa đạt xuống dưới 10 em.
(4) Giải pháp, phân công:
- Xây dựng kế hoạch bồi dưỡng học sinh giỏi các khối 8, 9: giao đ/c Trương Quốc Bảo, hoàn thành trước ngày 20/11/2026.
- Lập danh sách, sổ theo dõi học sinh yếu từng lớp: giao các đ/c giáo viên chủ nhiệm là đảng viên, xong trong tháng 11/2026.
- Tham mưu sửa đổi quy chế chi tiêu nội bộ về khen thưởng: giao đ/c La Văn Thịnh, trình trước ngày 15/12/2026.
Kết luận của đồng chí chủ tọa: chuyên đề được chuẩn bị công phu, các ý kiến sát thực tế; yêu cầu mỗi đảng viên đăng ký ít nhất 01 việc làm cụ thể gắn với chuyên đề.
Biểu quyết: Chi bộ thống nhất thông qua chuyên đề và các mục tiêu trên, 100% (12/12) đảng viên chính thức có mặt đồng ý.
Cuộc sinh hoạt kết thúc hồi 16h20 cùng ngày.
Người ghi biên bản\tChủ tọa
(đã ký)\t(đã ký)
La Văn Thịnh\tĐặng Thị Kim Oanh
"""
GOLD = {
 "genre": "bien_ban",
 "issuer": "CHI BỘ TRƯỜNG THCS HÒA AN",
 "issuer_parent": "ĐẢNG BỘ XÃ HÒA AN",
 "doc_number": None,
 "place": "Hòa An",
 "date": "2026-11-05",
 "title": "Sinh hoạt chi bộ chuyên đề quý IV năm 2026",
 "meeting": {"name": "Sinh hoạt chi bộ chuyên đề quý IV năm 2026", "kind": "chuyên đề", "start": "14:00", "end": "16:20",
   "date": "2026-11-05", "place": "Phòng họp Hội đồng sư phạm nhà trường", "chairs": ["Đặng Thị Kim Oanh"], "secretary": "La Văn Thịnh", "form": None},
 "attendance": {"total": 15, "official": 13, "probationary": 2, "present": 14, "absent": 1,
   "absentees": [{"name": "Hoàng Thị Yến", "reason": "nghỉ chế độ thai sản"}]},
 "decisions": [
   {"kind": "vote", "for": 12, "against": None, "abstain": None, "base": 12, "person": None, "outcome": "thông qua chuyên đề và mục tiêu"}],
 "targets": [
   {"name": "Tỷ lệ học sinh lên lớp thẳng", "target": 97, "result": None, "unit": "%", "period": "năm học 2026-2027", "verdict": None},
   {"name": "giải học sinh giỏi cấp tỉnh", "target": 15, "result": None, "unit": "giải", "period": "năm học 2026-2027", "verdict": None},
   {"name": "số học sinh học lực chưa đạt", "target": 10, "result": None, "unit": "em", "period": "năm học 2026-2027", "verdict": None}],
 "tasks": [
   {"text": "Xây dựng kế hoạch bồi dưỡng học sinh giỏi các khối 8, 9", "owner": "đ/c Trương Quốc Bảo", "deadline": "trước ngày 20/11/2026"},
   {"text": "Lập danh sách, sổ theo dõi học sinh yếu từng lớp", "owner": "các đ/c giáo viên chủ nhiệm là đảng viên", "deadline": "trong tháng 11/2026"},
   {"text": "Tham mưu sửa đổi quy chế chi tiêu nội bộ về khen thưởng", "owner": "đ/c La Văn Thịnh", "deadline": "trước ngày 15/12/2026"}],
 "signers": [{"role": "Người ghi biên bản", "position": None, "name": "La Văn Thịnh"}, {"role": "Chủ tọa", "position": None, "name": "Đặng Thị Kim Oanh"}],
 "recipients": [],
 "key_figures": ["15 đảng viên", "612 học sinh", "96,2%", "11 học sinh", "23 học sinh", "12/12"],
 "noise_figures": ["14h00", "16h20", "quý IV năm 2026", "2025-2026", "khối 8, 9"],
}
RATIOS = []
