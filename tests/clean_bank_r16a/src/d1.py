DOC1 = ("doc01.txt", """ĐẢNG BỘ XÃ HÒA THẮNG
CHI BỘ THÔN 4
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024
I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/10/2024.
- Địa điểm: Nhà văn hóa Thôn 4.
- Chủ trì: đồng chí Lê Văn Tâm, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Mai, chi ủy viên.
- Dự và chỉ đạo: đồng chí Phan Quốc Bảo, Đảng ủy viên, phụ trách chi bộ.
- Tổng số đảng viên của chi bộ: 26 đồng chí (23 chính thức, 3 dự bị), trong đó 2 đồng chí chính thức được miễn công tác và sinh hoạt đảng.
- Có mặt: 22 đồng chí (19 chính thức, 3 dự bị); trong số có mặt có 1 đồng chí được miễn sinh hoạt tự nguyện tham dự.
- Vắng: 4 đồng chí, gồm 1 đồng chí được miễn sinh hoạt (Trần Văn Khải) và 3 đồng chí vắng có lý do: Võ Thị Hạnh (ốm), Đặng Văn Lực (đi công tác), Lê Minh Tuấn (làm ăn xa, đã báo cáo chi ủy).
- Tỷ lệ dự sinh hoạt: 22/25 đảng viên phải dự (không tính 1 đồng chí miễn sinh hoạt vắng mặt), đạt 88,0%.
II. NỘI DUNG
1. Đồng chí Bí thư chi bộ thông tin tình hình thời sự trong nước, của tỉnh và của xã; quán triệt Kế hoạch số 126-KH/ĐU, ngày 20/9/2024 của Đảng ủy xã về chuẩn bị đại hội chi bộ nhiệm kỳ 2025-2027.
2. Đánh giá kết quả thực hiện nghị quyết tháng 9/2024:
- Thu Quỹ phòng, chống thiên tai được 11,4 triệu đồng từ 228 hộ, bình quân 50.000 đồng/hộ.
- Số người tham gia bảo hiểm y tế là 1.012/1.064 người, đạt 95,1%.
- Thu thuế sử dụng đất phi nông nghiệp được 38,6 triệu đồng, bằng 96,5% kế hoạch năm (40 triệu đồng).
- Hướng dẫn 37 lượt người dân nộp hồ sơ trực tuyến; Tổ an ninh, trật tự cơ sở tuần tra 12 buổi, không để xảy ra vụ việc phức tạp.
3. Xem xét đề nghị kết nạp quần chúng Nguyễn Hoàng Phúc (sinh năm 2001, đoàn viên, Phó Bí thư Chi đoàn thôn) vào Đảng. Đồng chí Đặng Thị Hoa, đảng viên được phân công giúp đỡ, báo cáo quá trình phấn đấu của quần chúng. Chi ủy báo cáo kết quả thẩm tra lý lịch và ý kiến nhận xét của Chi đoàn, Ban công tác Mặt trận thôn.
Ý kiến thảo luận: đồng chí Trần Văn Nam đề nghị quần chúng tiếp tục phát huy vai trò trong phong trào thanh niên; đồng chí Hồ Thị Lan đồng ý với đề nghị của chi ủy.
Kết quả biểu quyết (chỉ đảng viên chính thức biểu quyết; 3 đảng viên dự bị không biểu quyết): 19/19 đảng viên chính thức có mặt tán thành. Tỷ lệ tán thành bằng 86,4% so với 22 đảng viên chính thức được triệu tập (23 đảng viên chính thức, không tính 1 đồng chí miễn sinh hoạt vắng mặt), đạt trên 2/3 theo quy định.
4. Nhiệm vụ tháng 11/2024:
- Vận động nâng tỷ lệ tham gia bảo hiểm y tế lên từ 96% trở lên, tức cần thêm ít nhất 10 người tham gia.
- Thu dứt điểm 1,4 triệu đồng thuế sử dụng đất phi nông nghiệp còn lại của kế hoạch năm.
- Hoàn chỉnh hồ sơ đề nghị kết nạp đảng viên, trình Đảng ủy xã trước ngày 20/10/2024.
Đồng chí chủ trì kết luận, giao chi ủy phân công đảng viên phụ trách từng nội dung.
Biên bản đã được đọc lại cho chi bộ nghe; 22/22 đồng chí có mặt thống nhất với nội dung biên bản.
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày, kéo dài 105 phút.
THƯ KÝ
Nguyễn Thị Mai
T/M CHI BỘ
BÍ THƯ
Lê Văn Tâm""".split("\n"), [
("sum","26","23","3"),("sum","22","19","3"),("sum","26","22","4"),("sum","4","1","3"),
("dif","26","1","25"),("pct","22","25","88,0"),("gt","88,0","=85"),
("mul","228","50.000","=11400000"),("mul","11,4","=1000000","=11400000"),
("pct","1.012","1.064","95,1"),("pct","38,6","40","96,5"),
("dif","23","1","22"),("pct","19","22","86,4"),("fgt","19","22","2","3"),("le","19","19"),
("fge","=1022","1.064","96","=100"),("flt","=1021","1.064","96","=100"),("dif","=1022","1.012","10"),
("dif","40","38,6","1,4"),("tm","19","30","21","15","105"),("pct","22","22","=100"),
])
