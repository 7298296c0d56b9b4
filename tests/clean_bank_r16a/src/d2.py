DOC2 = ("doc02.txt", """ĐẢNG BỘ PHƯỜNG AN PHÚ
CHI BỘ KHU PHỐ 3
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN KIỂM PHIẾU
BẦU CHI ỦY CHI BỘ KHU PHỐ 3, NHIỆM KỲ 2025-2027
Hôm nay, lúc 10 giờ 20 phút, ngày 12/4/2025, tại Hội trường Khu phố 3, Ban kiểm phiếu do Đại hội Chi bộ Khu phố 3 bầu ra gồm 3 đồng chí:
1. Đồng chí Trương Thị Ngọc, Trưởng ban.
2. Đồng chí Mai Văn Đức, thành viên.
3. Đồng chí Lý Thanh Bình, thành viên.
Ban kiểm phiếu đã tiến hành kiểm phiếu bầu chi ủy nhiệm kỳ 2025-2027, kết quả như sau:
I. TÌNH HÌNH ĐẢNG VIÊN VÀ PHIẾU BẦU
- Tổng số đảng viên của chi bộ: 35 đồng chí (31 chính thức, 4 dự bị).
- Số đảng viên được triệu tập có mặt tại đại hội: 32 đồng chí (29 chính thức, 3 dự bị); 3 đồng chí vắng có lý do (2 chính thức, 1 dự bị).
- Đảng viên dự bị không tham gia bầu cử.
- Số lượng chi ủy đại hội biểu quyết: 5 đồng chí; số người trong danh sách bầu cử: 6 đồng chí, số dư 1 đồng chí (20%).
- Số phiếu phát ra: 29 phiếu; số phiếu thu về: 29 phiếu.
- Số phiếu hợp lệ: 28 phiếu; số phiếu không hợp lệ: 1 phiếu (gạch tên không đúng quy định).
II. KẾT QUẢ BẦU CỬ (tỷ lệ tính trên 28 phiếu hợp lệ)
1. Đồng chí Ngô Văn Thành: 27 phiếu, đạt 96,43%.
2. Đồng chí Bùi Thị Thanh Hương: 25 phiếu, đạt 89,29%.
3. Đồng chí Cao Minh Trí: 23 phiếu, đạt 82,14%.
4. Đồng chí Phùng Thị Yến: 20 phiếu, đạt 71,43%.
5. Đồng chí Tạ Quang Huy: 16 phiếu, đạt 57,14%.
6. Đồng chí Dương Văn Lâm: 13 phiếu, đạt 46,43%.
Tổng số phiếu bầu cho các ứng cử viên là 124 phiếu, không vượt quá 140 phiếu (28 phiếu hợp lệ, mỗi phiếu bầu tối đa 5 người).
III. NGƯỜI TRÚNG CỬ
Căn cứ Quy chế bầu cử trong Đảng, người trúng cử phải có số phiếu bầu quá một nửa so với tổng số phiếu bầu hợp lệ, tức từ 15 phiếu trở lên. Đối chiếu kết quả, 5 đồng chí sau đây trúng cử chi ủy nhiệm kỳ 2025-2027 (xếp theo số phiếu từ cao xuống thấp):
1. Đồng chí Ngô Văn Thành (27 phiếu).
2. Đồng chí Bùi Thị Thanh Hương (25 phiếu).
3. Đồng chí Cao Minh Trí (23 phiếu).
4. Đồng chí Phùng Thị Yến (20 phiếu).
5. Đồng chí Tạ Quang Huy (16 phiếu).
Đồng chí Dương Văn Lâm đạt 13 phiếu, dưới mức quá một nửa nên không trúng cử.
IV. BẦU BÍ THƯ CHI BỘ TẠI ĐẠI HỘI
Sau khi chi ủy khóa mới trúng cử, đại hội bầu trực tiếp bí thư chi bộ. Số phiếu phát ra 29, thu về 29, hợp lệ 29. Đồng chí Ngô Văn Thành đạt 28/29 phiếu, bằng 96,55% số phiếu hợp lệ, trúng cử Bí thư Chi bộ Khu phố 3 nhiệm kỳ 2025-2027.
Cơ cấu chi ủy khóa mới: 2 đồng chí nữ (40%), 1 đồng chí dưới 35 tuổi (20%), 3 đồng chí tái cử và 2 đồng chí tham gia lần đầu.
Việc kiểm phiếu kết thúc lúc 10 giờ 55 phút cùng ngày. Biên bản được lập thành 03 bản, đã đọc trước đại hội và được đại hội thông qua.
THÀNH VIÊN
Mai Văn Đức
Lý Thanh Bình
TRƯỞNG BAN KIỂM PHIẾU
Trương Thị Ngọc""".split("\n"), [
("sum","35","31","4"),("sum","32","29","3"),("sum","3","2","1"),("sum","35","32","3"),("sum","31","29","2"),("sum","4","3","1"),
("dif","6","5","1"),("pct","1","5","20"),("sum","29","28","1"),
("pct","27","28","96,43"),("pct","25","28","89,29"),("pct","23","28","82,14"),("pct","20","28","71,43"),("pct","16","28","57,14"),("pct","13","28","46,43"),
("sum","124","27","25","23","20","16","13"),("mul","28","5","140"),("le","124","140"),
("maj","15","28"),("ge","16","15"),("lt","13","15"),
("pct","28","29","96,55"),("pct","2","5","40"),("sum","5","3","2"),("tm","10","20","10","55","=35"),
])
