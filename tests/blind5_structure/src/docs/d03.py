NAME = "bb_bch_xa_son_ha_lan7"
TEXT = """ĐẢNG BỘ TỈNH QUẢNG NGÃI
ĐẢNG ỦY XÃ SƠN HÀ
*
Số 41-BB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Hà, ngày 20 tháng 10 năm 2026
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 7, khóa I, nhiệm kỳ 2025 - 2030
Hồi 7 giờ 30 phút, ngày 20/10/2026, tại Hội trường Đảng ủy xã, Ban Chấp hành Đảng bộ xã Sơn Hà tiến hành hội nghị lần thứ 7 dưới sự chủ trì của đồng chí Hà Văn Điền, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Đinh Thị Sáu, Phó Bí thư Thường trực Đảng ủy.
Thư ký hội nghị: đồng chí Phạm Ngọc Tú, Chánh Văn phòng Đảng ủy.
Ban Chấp hành Đảng bộ xã có 29 đồng chí; có mặt 26 đồng chí; vắng 03 đồng chí: Đinh Văn Mười (học lớp cao cấp lý luận chính trị), Hồ Thị Nga (ốm), Y Brăk (đi công tác tỉnh).
Đại biểu mời: đại diện Ủy ban Kiểm tra Tỉnh ủy; Trưởng các ban, ngành, đoàn thể xã không là Đảng ủy viên.
I. NỘI DUNG HỘI NGHỊ
1. Đồng chí Đinh Thị Sáu báo cáo kết quả lãnh đạo 10 tháng năm 2026: thu ngân sách trên địa bàn đạt 3.418 triệu đồng; kết nạp 14 đảng viên mới, đạt 70% chỉ tiêu năm (20 đảng viên); 100% chi bộ tổ chức sinh hoạt chuyên đề theo quy định.
2. Hội nghị thảo luận, cho ý kiến vào dự thảo Quy chế làm việc sửa đổi của Ban Chấp hành. Biểu quyết thông qua Quy chế: đồng ý 25, không đồng ý 01, không ý kiến 0.
3. Xem xét, thi hành kỷ luật đồng chí Nguyễn Văn Khải, Đảng ủy viên, nguyên Chỉ huy trưởng Ban Chỉ huy Quân sự xã, do vi phạm quy định về quản lý tài chính khi chi hỗ trợ huấn luyện dân quân năm 2025.
Bỏ phiếu kín: phát ra 26 phiếu, thu về 26 phiếu, hợp lệ 26 phiếu. Kết quả: 22/26 phiếu (84,6%) đồng ý kỷ luật bằng hình thức khiển trách; 04 phiếu đề nghị hình thức khác.
4. Bầu bổ sung Ủy viên Ban Thường vụ Đảng ủy: Ban Chấp hành giới thiệu 01 đồng chí là Lò Thị Hạnh, Trưởng Ban Xây dựng Đảng. Phiếu phát ra 26, thu về 26, hợp lệ 26. Đồng chí Lò Thị Hạnh trúng cử với 24/26 phiếu, đạt 92,3%.
II. KẾT LUẬN, PHÂN CÔNG
Đồng chí Bí thư Đảng ủy kết luận, giao:
- Ban Xây dựng Đảng hoàn chỉnh hồ sơ kỷ luật, báo cáo Ủy ban Kiểm tra Tỉnh ủy trước ngày 31/10/2026;
- Văn phòng Đảng ủy ban hành Quy chế làm việc sửa đổi trong tuần đầu tháng 11/2026;
- Các chi bộ còn chỉ tiêu kết nạp tập trung hoàn thành hồ sơ 06 quần chúng ưu tú trước ngày 15/12/2026.
Hội nghị kết thúc lúc 11 giờ 05 phút cùng ngày. Biên bản đã được thông qua trước hội nghị.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Phạm Ngọc Tú\tHà Văn Điền
"""
GOLD = {
 "genre": "bien_ban",
 "issuer": "ĐẢNG ỦY XÃ SƠN HÀ",
 "issuer_parent": "ĐẢNG BỘ TỈNH QUẢNG NGÃI",
 "doc_number": "41-BB/ĐU",
 "place": "Sơn Hà",
 "date": "2026-10-20",
 "title": "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 7, khóa I, nhiệm kỳ 2025 - 2030",
 "meeting": {"name": "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 7", "kind": "hội nghị BCH", "start": "07:30", "end": "11:05",
   "date": "2026-10-20", "place": "Hội trường Đảng ủy xã", "chairs": ["Hà Văn Điền", "Đinh Thị Sáu"], "secretary": "Phạm Ngọc Tú", "form": None},
 "attendance": {"total": 29, "official": None, "probationary": None, "present": 26, "absent": 3,
   "absentees": [{"name": "Đinh Văn Mười", "reason": "học lớp cao cấp lý luận chính trị"},
                 {"name": "Hồ Thị Nga", "reason": "ốm"},
                 {"name": "Y Brăk", "reason": "đi công tác tỉnh"}]},
 "decisions": [
   {"kind": "vote", "for": 25, "against": 1, "abstain": 0, "base": None, "person": None, "outcome": "thông qua Quy chế làm việc sửa đổi"},
   {"kind": "discipline", "for": 22, "against": None, "abstain": None, "base": 26, "person": "Nguyễn Văn Khải", "outcome": "khiển trách"},
   {"kind": "election", "for": 24, "against": None, "abstain": None, "base": 26, "person": "Lò Thị Hạnh", "outcome": "trúng cử"}],
 "targets": [
   {"name": "kết nạp 14 đảng viên mới", "target": 20, "result": 14, "unit": "đảng viên", "period": "năm 2026", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "hoàn chỉnh hồ sơ kỷ luật, báo cáo Ủy ban Kiểm tra Tỉnh ủy", "owner": "Ban Xây dựng Đảng", "deadline": "trước ngày 31/10/2026"},
   {"text": "ban hành Quy chế làm việc sửa đổi", "owner": "Văn phòng Đảng ủy", "deadline": "trong tuần đầu tháng 11/2026"},
   {"text": "tập trung hoàn thành hồ sơ 06 quần chúng ưu tú", "owner": "Các chi bộ còn chỉ tiêu kết nạp", "deadline": "trước ngày 15/12/2026"}],
 "signers": [{"role": "THƯ KÝ", "position": None, "name": "Phạm Ngọc Tú"}, {"role": "T/M BAN CHẤP HÀNH", "position": "BÍ THƯ", "name": "Hà Văn Điền"}],
 "recipients": [],
 "key_figures": ["29 đồng chí", "26 đồng chí", "3.418 triệu đồng", "14 đảng viên mới", "70%", "22/26 phiếu (84,6%)", "24/26 phiếu", "92,3%"],
 "noise_figures": ["41-BB/ĐU", "lần thứ 7", "7 giờ 30 phút", "11 giờ 05 phút", "2025 - 2030", "31/10/2026"],
}
RATIOS = [(14, 20, "70%"), (22, 26, "84,6%"), (24, 26, "92,3%")]
