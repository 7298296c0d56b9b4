NAME = "tbkl_btv_phuong_ha_long_chuyen_doi_so"
TEXT = """ĐẢNG BỘ TỈNH QUẢNG NINH
ĐẢNG ỦY PHƯỜNG HẠ LONG
*
Số 57-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hạ Long, ngày 16 tháng 11 năm 2026
THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Đảng ủy về tiến độ thực hiện chuyển đổi số và cải cách thủ tục hành chính
Ngày 13/11/2026, Ban Thường vụ Đảng ủy phường họp nghe Đảng ủy UBND phường báo cáo tiến độ thực hiện Nghị quyết số 05-NQ/ĐU về chuyển đổi số năm 2026. Sau khi thảo luận, Ban Thường vụ kết luận như sau:
1. Đánh giá
Đến 31/10/2026, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 68,4%, chỉ tiêu Nghị quyết cả năm là 75%; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,1%; 7.342 người dân đã kích hoạt tài khoản định danh điện tử mức 2 (đạt 91,8% so với kế hoạch năm 8.000 người). Việc số hóa hồ sơ hộ tịch còn chậm, mới số hóa 21.560/38.000 trang.
Một số cán bộ, công chức bộ phận một cửa còn lúng túng khi hướng dẫn người cao tuổi; hạ tầng mạng tại khu phố 9 và khu phố 11 chưa ổn định.
2. Mục tiêu đến hết năm 2026 và quý I/2027
- Đến 31/12/2026: tỷ lệ hồ sơ trực tuyến toàn trình đạt 75% trở lên; 100% hồ sơ hộ tịch giai đoạn 2016 - 2025 được số hóa.
- Trong quý I/2027: không có hồ sơ giải quyết quá hạn (tỷ lệ trễ hạn dưới 0,5%).
3. Nhiệm vụ cụ thể
a) Đảng ủy UBND phường lãnh đạo UBND phường bố trí thêm 02 máy quét và 04 nhân lực hợp đồng số hóa hồ sơ hộ tịch, hoàn thành trước ngày 25/12/2026.
b) Giao Ban Xây dựng Đảng đưa chỉ tiêu chuyển đổi số vào tiêu chí đánh giá, xếp loại chi bộ năm 2026, hoàn thành trong tháng 11/2026.
c) Đoàn Thanh niên phường duy trì tổ công nghệ số cộng đồng tại 12 khu phố, hướng dẫn người dân nộp hồ sơ trực tuyến, báo cáo kết quả hằng tháng.
d) Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp báo cáo Ban Thường vụ trước ngày 05/01/2027.
4. Tổ chức thực hiện
Các chi, đảng bộ trực thuộc, cơ quan, đơn vị liên quan căn cứ Thông báo kết luận này tổ chức thực hiện; khó khăn, vướng mắc báo cáo Thường trực Đảng ủy.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các đồng chí Ủy viên BCH Đảng bộ phường,
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Vũ Hoàng Long
"""
GOLD = {
 "genre": "nghi_quyet",
 "issuer": "ĐẢNG ỦY PHƯỜNG HẠ LONG",
 "issuer_parent": "ĐẢNG BỘ TỈNH QUẢNG NINH",
 "doc_number": "57-TB/ĐU",
 "place": "Hạ Long",
 "date": "2026-11-16",
 "title": "của Ban Thường vụ Đảng ủy về tiến độ thực hiện chuyển đổi số và cải cách thủ tục hành chính",
 "meeting": {"name": "Ban Thường vụ Đảng ủy phường họp", "kind": "hội nghị", "start": None, "end": None,
   "date": "2026-11-13", "place": None, "chairs": [], "secretary": None, "form": None},
 "attendance": None,
 "decisions": [],
 "targets": [
   {"name": "tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình", "target": 75, "result": 68.4, "unit": "%", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "kích hoạt tài khoản định danh điện tử mức 2", "target": 8000, "result": 7342, "unit": "người", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "tỷ lệ hồ sơ trực tuyến toàn trình", "target": 75, "result": None, "unit": "%", "period": "31/12/2026", "verdict": None},
   {"name": "hồ sơ hộ tịch giai đoạn 2016 - 2025 được số hóa", "target": 100, "result": None, "unit": "%", "period": "31/12/2026", "verdict": None},
   {"name": "tỷ lệ trễ hạn", "target": 0.5, "result": None, "unit": "%", "period": "quý I/2027", "verdict": None}],
 "tasks": [
   {"text": "bố trí thêm 02 máy quét và 04 nhân lực hợp đồng số hóa hồ sơ hộ tịch", "owner": "Đảng ủy UBND phường", "deadline": "trước ngày 25/12/2026"},
   {"text": "đưa chỉ tiêu chuyển đổi số vào tiêu chí đánh giá, xếp loại chi bộ năm 2026", "owner": "Ban Xây dựng Đảng", "deadline": "trong tháng 11/2026"},
   {"text": "duy trì tổ công nghệ số cộng đồng tại 12 khu phố, hướng dẫn người dân nộp hồ sơ trực tuyến", "owner": "Đoàn Thanh niên phường", "deadline": None},
   {"text": "theo dõi, đôn đốc, tổng hợp báo cáo Ban Thường vụ", "owner": "Văn phòng Đảng ủy", "deadline": "trước ngày 05/01/2027"}],
 "signers": [{"role": "T/M BAN THƯỜNG VỤ", "position": "PHÓ BÍ THƯ", "name": "Vũ Hoàng Long"}],
 "recipients": ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Ủy viên BCH Đảng bộ phường", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
 "key_figures": ["68,4%", "75%", "99,1%", "7.342 người dân", "91,8%", "8.000 người", "21.560/38.000 trang"],
 "noise_figures": ["57-TB/ĐU", "05-NQ/ĐU", "13/11/2026", "31/10/2026", "2016 - 2025", "12 khu phố"],
}
RATIOS = [(7342, 8000, "91,8%")]
