T = {}
T["bb05_ubnd_xa_hop_t10_2025"] = """UBND TỈNH QUẢNG TRỊ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN    Độc lập - Tự do - Hạnh phúc
XÃ CỬA TÙNG
Số: 112/BB-UBND    Cửa Tùng, ngày 06 tháng 10 năm 2025
BIÊN BẢN
Phiên họp thường kỳ tháng 10 năm 2025 của Ủy ban nhân dân xã
Thời gian: từ 14h00 đến 17h10 ngày 06/10/2025.
Địa điểm: Phòng họp số 2, trụ sở UBND xã Cửa Tùng.
Thành phần: thành viên UBND xã, Chánh Văn phòng HĐND và UBND xã, trưởng các phòng chuyên môn, Giám đốc Trung tâm Phục vụ hành chính công xã. Được mời 21 đại biểu, có mặt 19, vắng 02: ông Hồ Văn Tâm - Trưởng Công an xã (họp tại Công an tỉnh), bà Trần Thị Lệ - Trưởng Trạm Y tế (đi công tác).
Ghi biên bản: ông Nguyễn Hữu Thọ - chuyên viên Văn phòng HĐND và UBND xã.
Nội dung:
Văn phòng báo cáo kết quả tháng 9 và 9 tháng năm 2025. Thu ngân sách nhà nước trên địa bàn 9 tháng đạt 22,4 tỷ đồng, bằng 74,67% dự toán năm (30 tỷ đồng). Giải ngân vốn đầu tư công đạt 58,3% kế hoạch. Trung tâm Phục vụ hành chính công tiếp nhận 3.415 hồ sơ, giải quyết đúng hạn 3.380 hồ sơ (98,98%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 46%, chỉ tiêu năm ít nhất 50%.
Sản lượng khai thác hải sản 9 tháng đạt 8.120 tấn, kế hoạch năm 10.000 tấn.
Ý kiến: ông Lê Quang Vinh (Trưởng phòng Kinh tế) đề nghị sớm phê duyệt phương án phòng, chống bão cho 42 tàu cá neo đậu tại cảng; bà Phạm Thị Yến (Trưởng phòng Văn hóa - Xã hội) đề nghị bổ sung kinh phí sửa chữa 3 điểm trường bị xuống cấp.
Phiên họp thống nhất:
- Giao Phòng Kinh tế phối hợp Đồn Biên phòng Cửa Tùng thực hiện phương án neo đậu tàu thuyền trước ngày 15/10/2025.
- Giao Phòng Văn hóa - Xã hội lập dự toán sửa chữa 3 điểm trường, trình UBND xã trước ngày 20/10/2025.
- Giao Trung tâm Phục vụ hành chính công xã thực hiện hướng dẫn người dân nộp hồ sơ trực tuyến, bảo đảm đạt chỉ tiêu năm trong quý IV/2025.
- Các thành viên UBND xã chỉ đạo đôn đốc thu ngân sách theo lĩnh vực phụ trách.
Phiên họp kết thúc lúc 17h10 cùng ngày./.
NGƯỜI GHI BIÊN BẢN
Nguyễn Hữu Thọ
CHỦ TỊCH
Đoàn Minh Khôi
"""
T["bb06_daihoi_cb_2025"] = """ĐẢNG BỘ XÃ ĐÔNG HƯNG\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP TÂN QUY\t
*\tĐông Hưng, ngày 14 tháng 10 năm 2025
BIÊN BẢN
ĐẠI HỘI CHI BỘ ẤP TÂN QUY LẦN THỨ XI, NHIỆM KỲ 2025 - 2030
Đại hội khai mạc lúc 7 giờ 30 phút ngày 14/10/2025 tại Hội trường ấp Tân Quy.
Đoàn Chủ tịch đại hội gồm các đồng chí: Tô Văn Hiền - Bí thư Chi bộ; Lê Thị Bích Thủy - Phó Bí thư Chi bộ, Trưởng ấp.
Thư ký đại hội: đồng chí Cao Minh Tùng.
Dự đại hội có đồng chí Ngô Thanh Xuân - Phó Bí thư Đảng ủy xã Đông Hưng.
Tổng số đảng viên của chi bộ được triệu tập: 31 đồng chí (28 chính thức, 3 dự bị). Có mặt 29 đồng chí, vắng 2 đồng chí: Huỳnh Văn Út (đau ốm), Phạm Thị Hoa (đi làm ăn xa).
Đại hội nghe báo cáo chính trị nhiệm kỳ 2020 - 2025: kết nạp 9 đảng viên, đạt 112,5% chỉ tiêu nghị quyết (8 đảng viên); thu nhập bình quân đầu người năm 2024 đạt 64 triệu đồng, chỉ tiêu 60 triệu đồng; 5/5 năm chi bộ hoàn thành tốt nhiệm vụ.
Mục tiêu nhiệm kỳ 2025 - 2030: kết nạp ít nhất 10 đảng viên; thu nhập bình quân đầu người đến năm 2030 đạt từ 90 triệu đồng trở lên; tỷ lệ hộ nghèo giảm còn dưới 1%.
Đại hội thống nhất số lượng chi ủy nhiệm kỳ 2025 - 2030 là 3 đồng chí; biểu quyết 27/27 đảng viên chính thức có mặt tán thành.
Bầu Chi ủy (phiếu kín): phiếu phát ra 27, thu vào 27, hợp lệ 27. Kết quả: Tô Văn Hiền 26 phiếu; Lê Thị Bích Thủy 25 phiếu; Đinh Công Nghĩa 21 phiếu; Trần Văn Sáu 9 phiếu. Trúng cử Chi ủy: Tô Văn Hiền, Lê Thị Bích Thủy, Đinh Công Nghĩa.
Bầu Bí thư Chi bộ: đồng chí Tô Văn Hiền đạt 25/27 phiếu, trúng cử. Bầu Phó Bí thư: đồng chí Lê Thị Bích Thủy đạt 26/27 phiếu, trúng cử.
Bầu đại biểu dự Đại hội Đảng bộ xã: 2 đồng chí trúng cử, cùng đạt trên 90% số phiếu hợp lệ.
Thông qua Nghị quyết Đại hội: 29/29 đảng viên có mặt nhất trí.
Giao Chi ủy khóa mới hoàn chỉnh hồ sơ đại hội, báo cáo Đảng ủy xã trước ngày 20/10/2025.
Đại hội bế mạc lúc 16 giờ 30 phút cùng ngày.
T/M ĐOÀN CHỦ TỊCH\tTHƯ KÝ ĐẠI HỘI
Tô Văn Hiền\tCao Minh Tùng
"""
T["bb07_kiemphieu_bithu_2025"] = """ĐẢNG BỘ XÃ HÒA VANG
CHI BỘ THÔN LA HƯỜNG
ĐẠI HỘI LẦN THỨ X
Nhiệm kỳ 2025 - 2030
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Vang, ngày 09 tháng 10 năm 2025
BIÊN BẢN KIỂM PHIẾU
Bầu Bí thư Chi bộ nhiệm kỳ 2025 - 2030
Đại hội Chi bộ thôn La Hường lần thứ X, nhiệm kỳ 2025 - 2030 tiến hành bầu Bí thư Chi bộ theo Quy chế bầu cử trong Đảng.
Đại hội đã cử Ban kiểm phiếu gồm các đồng chí:
1) Đ/c Trương Thị Mỹ Lệ, Trưởng ban
2) Đ/c Nguyễn Văn Bình, Ủy viên
3) Đ/c Phan Đức Hậu, Ủy viên
Tổng số đảng viên chính thức được triệu tập: 24 đồng chí.
Số đảng viên chính thức có mặt lúc bầu cử: 22 đồng chí. Số đảng viên chính thức vắng mặt lúc bầu cử: 02 đồng chí.
Danh sách bầu cử gồm 02 đồng chí: Lê Công Trứ, Huỳnh Văn Phước.
Số phiếu bầu phát ra: 22, số phiếu thu về: 22.
Số phiếu hợp lệ: 21, số phiếu không hợp lệ: 01 (lý do: gạch xóa cả hai tên).
Kết quả kiểm phiếu (xếp theo thứ tự trong phiếu bầu):
TT\tHọ và tên\tSố phiếu bầu\tTỷ lệ % (so với đảng viên chính thức)
1\tLê Công Trứ\t17\t70,83
2\tHuỳnh Văn Phước\t4\t16,67
Đồng chí sau đây trúng cử Bí thư Chi bộ nhiệm kỳ 2025 - 2030 (có số phiếu quá bán so với tổng số đảng viên chính thức của chi bộ):
Đồng chí Lê Công Trứ, 17 phiếu.
Đồng chí Huỳnh Văn Phước không trúng cử.
Việc kiểm phiếu bắt đầu lúc 10 giờ 40 phút và kết thúc lúc 10 giờ 55 phút cùng ngày.
Trong quá trình bỏ phiếu không có khiếu nại. Ban kiểm phiếu đã niêm phong toàn bộ phiếu bầu, bàn giao cho Đoàn Chủ tịch lưu theo quy định.
Biên bản này được lập thành 03 bản và đã đọc công bố trước Đại hội.
BAN KIỂM PHIẾU
Trưởng ban
Trương Thị Mỹ Lệ
Ủy viên\tỦy viên
Nguyễn Văn Bình\tPhan Đức Hậu
"""
T["bb08_kyluat_cb_2026"] = """ĐẢNG BỘ PHƯỜNG AN HẢI
CHI BỘ KHU DÂN CƯ SỐ 3
Số 02-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
An Hải, ngày 22 tháng 01 năm 2026
BIÊN BẢN
Họp chi bộ xem xét, đề nghị thi hành kỷ luật đảng viên
Hôm nay vào lúc 19 giờ 00 ngày 22/01/2026, tại Nhà sinh hoạt cộng đồng Khu dân cư số 3, chi bộ họp để xem xét vi phạm của đồng chí Võ Thanh Sơn, đảng viên chính thức.
Đồng chí Bí thư chi bộ chủ trì; đồng chí Hà Thị Thanh Nga, Chi ủy viên, ghi biên bản.
Dự họp có đồng chí Lưu Hoàng Anh, Ủy viên Ủy ban Kiểm tra Đảng ủy phường.
Chi bộ có 22 đảng viên (20 chính thức, 2 dự bị). Có mặt 19 (17 chính thức, 2 dự bị); vắng 3: đồng chí Nguyễn Thị Hằng (nằm viện), đồng chí Lại Văn Toàn (công tác xa), đồng chí Võ Thanh Sơn (đã có bản kiểm điểm gửi chi bộ, xin vắng).
Nội dung vi phạm: đồng chí Võ Thanh Sơn tự ý xây dựng công trình phụ trên đất nông nghiệp 68 m2 tại khu vực Bàu Trảng, đã bị UBND phường xử phạt vi phạm hành chính 12 triệu đồng; không báo cáo trung thực với chi bộ.
Chi bộ đã nghe bản tự kiểm điểm của đồng chí Sơn, 8 đồng chí phát biểu ý kiến. Các ý kiến thống nhất đồng chí Sơn vi phạm Quy định 69-QĐ/TW đến mức phải xem xét kỷ luật.
Bỏ phiếu kín đề nghị hình thức kỷ luật (chỉ đảng viên chính thức có mặt): phát ra 17 phiếu, thu về 17, hợp lệ 17. Kết quả: không kỷ luật 1 phiếu; khiển trách 12 phiếu; cảnh cáo 4 phiếu.
Như vậy, có 12/20 đảng viên chính thức đề nghị thi hành kỷ luật đồng chí Võ Thanh Sơn bằng hình thức khiển trách, quá một nửa tổng số đảng viên chính thức của chi bộ.
Chi bộ giao Chi ủy hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường trước ngày 31/01/2026; đồng chí Võ Thanh Sơn tự tháo dỡ công trình vi phạm trước ngày 28/02/2026.
Buổi họp kết thúc lúc 21 giờ 05 phút.
NGƯỜI GHI BIÊN BẢN
Hà Thị Thanh Nga
T/M CHI BỘ
BÍ THƯ
Phùng Văn Quyết
"""
