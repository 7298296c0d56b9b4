NAME = "bb_kiemphieu_dh_cb_dong_linh"
TEXT = """ĐẢNG BỘ XÃ YÊN LẠC
CHI BỘ THÔN ĐÔNG LĨNH
ĐẠI HỘI LẦN THỨ XII, NHIỆM KỲ 2025 - 2027
*
Số 03-BB/ĐH
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Lạc, ngày 22 tháng 3 năm 2025
BIÊN BẢN KIỂM PHIẾU
bầu cử Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027
Đại hội Chi bộ thôn Đông Lĩnh lần thứ XII, nhiệm kỳ 2025 - 2027 họp ngày 22/3/2025 tại Nhà văn hóa thôn Đông Lĩnh, tiến hành bầu cử theo Quy chế bầu cử trong Đảng.
Đại hội đã biểu quyết số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 03 đồng chí; danh sách bầu cử gồm 04 đồng chí (xếp theo vần A, B, C): Bùi Thị Duyên, Lương Văn Hiếu, Tạ Minh Khoa, Kiều Văn Sơn.
Ban kiểm phiếu gồm:
1) Đ/c Ngô Thị Liên - Trưởng ban;
2) Đ/c Hà Đức Trọng - Ủy viên;
3) Đ/c Mạc Văn Toàn - Ủy viên.
Tổng số đảng viên chính thức được triệu tập: 32 đồng chí. Có mặt lúc bầu cử: 30 đồng chí. Vắng mặt: 02 đồng chí (đ/c Lương Thị Mơ - ốm nằm viện; đ/c Trần Văn Khương - đi làm ăn xa).
Trước khi bỏ phiếu, Ban kiểm phiếu đã kiểm tra hòm phiếu trước Đại hội, hướng dẫn cách ghi phiếu (gạch ngang cả họ và tên người không bầu) và niêm phong hòm phiếu. Việc kiểm phiếu tiến hành công khai tại phòng riêng, có đại diện Đoàn Chủ tịch chứng kiến; phiếu bầu sau khi kiểm được niêm phong, giao Đoàn Chủ tịch lưu giữ theo quy định.
A. BẦU CHI ỦY
- Số phiếu phát ra: 30; số phiếu thu về: 30.
- Số phiếu hợp lệ: 29; số phiếu không hợp lệ: 01 (gạch tên quá số lượng).
Kết quả (tỷ lệ so với số phiếu hợp lệ):
TT | Họ và tên | Số phiếu | Tỷ lệ
1 | Bùi Thị Duyên | 27 | 93,1%
2 | Lương Văn Hiếu | 28 | 96,6%
3 | Tạ Minh Khoa | 24 | 82,8%
4 | Kiều Văn Sơn | 07 | 24,1%
Các đồng chí trúng cử Chi ủy khóa mới (theo số phiếu từ cao xuống thấp): Lương Văn Hiếu, Bùi Thị Duyên, Tạ Minh Khoa.
Đồng chí Kiều Văn Sơn không trúng cử do không đạt quá một nửa số phiếu hợp lệ.
B. BẦU BÍ THƯ CHI BỘ
Đại hội giới thiệu đồng chí Lương Văn Hiếu để bầu Bí thư Chi bộ. Số phiếu phát ra: 30, thu về: 30, hợp lệ: 30.
Đ/c Lương Văn Hiếu được 29/30 phiếu (96,7%), trúng cử Bí thư Chi bộ nhiệm kỳ 2025 - 2027.
Biên bản được lập xong hồi 10 giờ 40 phút cùng ngày, đọc trước Đại hội và lập thành 03 bản.
CÁC ỦY VIÊN BAN KIỂM PHIẾU\tT/M BAN KIỂM PHIẾU
\tTRƯỞNG BAN
Hà Đức Trọng    Mạc Văn Toàn\tNgô Thị Liên
"""
GOLD = {
 "genre": "bien_ban",
 "issuer": "CHI BỘ THÔN ĐÔNG LĨNH",
 "issuer_parent": "ĐẢNG BỘ XÃ YÊN LẠC",
 "doc_number": "03-BB/ĐH",
 "place": "Yên Lạc",
 "date": "2025-03-22",
 "title": "bầu cử Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027",
 "meeting": {"name": "Đại hội Chi bộ thôn Đông Lĩnh lần thứ XII, nhiệm kỳ 2025 - 2027", "kind": "đại hội", "start": None, "end": "10:40",
   "date": "2025-03-22", "place": "Nhà văn hóa thôn Đông Lĩnh", "chairs": [], "secretary": None, "form": None},
 "attendance": {"total": 32, "official": 32, "probationary": None, "present": 30, "absent": 2,
   "absentees": [{"name": "Lương Thị Mơ", "reason": "ốm nằm viện"}, {"name": "Trần Văn Khương", "reason": "đi làm ăn xa"}]},
 "decisions": [
   {"kind": "election", "for": 27, "against": None, "abstain": None, "base": 29, "person": "Bùi Thị Duyên", "outcome": "trúng cử"},
   {"kind": "election", "for": 28, "against": None, "abstain": None, "base": 29, "person": "Lương Văn Hiếu", "outcome": "trúng cử"},
   {"kind": "election", "for": 24, "against": None, "abstain": None, "base": 29, "person": "Tạ Minh Khoa", "outcome": "trúng cử"},
   {"kind": "election", "for": 7, "against": None, "abstain": None, "base": 29, "person": "Kiều Văn Sơn", "outcome": "không trúng cử"},
   {"kind": "election", "for": 29, "against": None, "abstain": None, "base": 30, "person": "Lương Văn Hiếu", "outcome": "trúng cử Bí thư Chi bộ"}],
 "targets": [],
 "tasks": [],
 "signers": [{"role": "T/M BAN KIỂM PHIẾU", "position": "TRƯỞNG BAN", "name": "Ngô Thị Liên"},
             {"role": "CÁC ỦY VIÊN BAN KIỂM PHIẾU", "position": None, "name": "Hà Đức Trọng"},
             {"role": "CÁC ỦY VIÊN BAN KIỂM PHIẾU", "position": None, "name": "Mạc Văn Toàn"}],
 "recipients": [],
 "key_figures": ["32 đồng chí", "30 đồng chí", "02 đồng chí", "hợp lệ: 29", "29/30 phiếu (96,7%)"],
 "noise_figures": ["03-BB/ĐH", "lần thứ XII", "2025 - 2027", "10 giờ 40 phút", "03 bản"],
}
RATIOS = [(27, 29, "93,1%"), (28, 29, "96,6%"), (24, 29, "82,8%"), (7, 29, "24,1%"), (29, 30, "96,7%")]
