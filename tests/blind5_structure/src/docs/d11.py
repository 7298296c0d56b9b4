NAME = "tin_bch_xa_thanh_son_lan9"
TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ THANH SƠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Văn bản | Thủ tục hành chính | Liên hệ
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Cỡ chữ: A- A A+ | In bài | Chia sẻ
Hội nghị Ban Chấp hành Đảng bộ xã Thanh Sơn lần thứ 9: quyết tâm về đích các chỉ tiêu năm 2026
Thứ Sáu, 20/11/2026 - 16:42
Chiều 19/11, Đảng ủy xã Thanh Sơn tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (mở rộng), khóa I, nhiệm kỳ 2025 - 2030, đánh giá kết quả 11 tháng và bàn giải pháp hoàn thành nhiệm vụ năm 2026.
Dự và chỉ đạo hội nghị có đồng chí Mai Xuân Trường, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Cầm Văn Thiệp, Bí thư Đảng ủy xã chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Hải Yến
Theo báo cáo, 11 tháng năm 2026, thu ngân sách trên địa bàn xã đạt 22,4 tỷ đồng, vượt dự toán cả năm (20 tỷ đồng); toàn xã làm mới, nâng cấp 14,2 km đường giao thông nông thôn/kế hoạch 16 km; tỷ lệ hộ nghèo giảm còn 2,9%. Đảng bộ kết nạp 23 đảng viên, đạt 92% chỉ tiêu năm (25 đảng viên).
Tại hội nghị có 9 lượt ý kiến thảo luận, tập trung vào tiến độ giải phóng mặt bằng dự án cụm công nghiệp Thanh Sơn và công tác chuẩn bị Tết cho hộ chính sách.
Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ tháng 12/2026 với 30/30 đồng chí Ủy viên Ban Chấp hành có mặt tán thành; đồng thời cho ý kiến vào dự thảo chỉ tiêu năm 2027, trong đó phấn đấu thu ngân sách 24 tỷ đồng, kết nạp từ 25 đảng viên trở lên.
Đồng chí Mai Xuân Trường phát biểu chỉ đạo tại hội nghị. Ảnh: Hải Yến
Phát biểu chỉ đạo, đồng chí Mai Xuân Trường đề nghị Đảng ủy xã chỉ đạo hoàn thành kiểm điểm, xếp loại chất lượng tổ chức đảng, đảng viên trước ngày 31/12/2026; kết luận hội nghị, đồng chí Bí thư Đảng ủy giao UBND xã hoàn thành 1,8 km đường còn lại trước ngày 25/12/2026.
Hải Yến - Trung tâm Phục vụ hành chính công và Truyền thông xã
Lượt xem: 1.208
Tin liên quan
- Xã Thanh Sơn ra quân tổng vệ sinh môi trường (12/11/2026)
- Đảng ủy xã Thanh Sơn sơ kết công tác kiểm tra, giám sát 9 tháng (05/10/2026)
Bình luận (0)
© Bản quyền thuộc UBND xã Thanh Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
"""
GOLD = {
 "genre": "tin_hoi_nghi",
 "issuer": "Đảng ủy xã Thanh Sơn",
 "issuer_parent": None,
 "doc_number": None,
 "place": None,
 "date": "2026-11-19",
 "title": "Hội nghị Ban Chấp hành Đảng bộ xã Thanh Sơn lần thứ 9: quyết tâm về đích các chỉ tiêu năm 2026",
 "meeting": {"name": "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (mở rộng)", "kind": "hội nghị BCH", "start": None, "end": None,
   "date": "2026-11-19", "place": None, "chairs": ["Cầm Văn Thiệp"], "secretary": None, "form": None},
 "attendance": {"total": None, "official": None, "probationary": None, "present": 30, "absent": None, "absentees": []},
 "decisions": [
   {"kind": "resolution", "for": 30, "against": None, "abstain": None, "base": 30, "person": None, "outcome": "thông qua Nghị quyết về nhiệm vụ tháng 12/2026"}],
 "targets": [
   {"name": "thu ngân sách trên địa bàn xã", "target": 20, "result": 22.4, "unit": "tỷ đồng", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "đường giao thông nông thôn", "target": 16, "result": 14.2, "unit": "km", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "kết nạp 23 đảng viên", "target": 25, "result": 23, "unit": "đảng viên", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "thu ngân sách", "target": 24, "result": None, "unit": "tỷ đồng", "period": "năm 2027", "verdict": None},
   {"name": "kết nạp từ 25 đảng viên trở lên", "target": 25, "result": None, "unit": "đảng viên", "period": "năm 2027", "verdict": None}],
 "tasks": [
   {"text": "hoàn thành kiểm điểm, xếp loại chất lượng tổ chức đảng, đảng viên", "owner": "Đảng ủy xã", "deadline": "trước ngày 31/12/2026"},
   {"text": "hoàn thành 1,8 km đường còn lại", "owner": "UBND xã", "deadline": "trước ngày 25/12/2026"}],
 "signers": [],
 "recipients": [],
 "key_figures": ["22,4 tỷ đồng", "20 tỷ đồng", "14,2 km", "2,9%", "23 đảng viên", "92%", "30/30", "24 tỷ đồng"],
 "noise_figures": ["Lượt xem: 1.208", "16:42", "lần thứ 9", "2025 - 2030", "Bình luận (0)", "9 lượt"],
}
RATIOS = [(23, 25, "92%")]
