# -*- coding: utf-8 -*-
D = {}
D["nq13_daihoi_xa_2020"] = ("nghi_quyet", """ĐẢNG BỘ HUYỆN ĐÔNG HƯNG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG BỘ XÃ ĐÔNG PHƯƠNG
ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXV
*
Số 01-NQ/ĐH\tĐông Phương, ngày 24 tháng 6 năm 2020
NGHỊ QUYẾT
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ ĐÔNG PHƯƠNG LẦN THỨ XXV, NHIỆM KỲ 2020-2025
Đại hội đại biểu Đảng bộ xã Đông Phương lần thứ XXV họp từ ngày 23 đến ngày 24 tháng 6 năm 2020. Tổng số đại biểu được triệu tập 150 đồng chí; có mặt 146 đồng chí, vắng 03 đồng chí có lý do.
QUYẾT NGHỊ
I. Tán thành đánh giá kết quả nhiệm kỳ 2015-2020 nêu trong Báo cáo chính trị. Một số kết quả nổi bật:
- Giá trị sản xuất năm 2020 ước đạt 1.120 tỷ đồng, gấp 1,8 lần năm 2015 (622 tỷ đồng); thu nhập bình quân đầu người 52,6 triệu đồng.
- Tỷ lệ hộ nghèo giảm còn 1,9%, đạt chỉ tiêu Đại hội (dưới 3%).
- Cả nhiệm kỳ kết nạp 86 đảng viên, vượt 14,7% chỉ tiêu Đại hội (75 đảng viên).
- 13/15 chỉ tiêu chủ yếu đạt và vượt; 2 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo và tỷ lệ thu gom, xử lý rác thải.
II. Mục tiêu, chỉ tiêu chủ yếu nhiệm kỳ 2020-2025
1. Về kinh tế: tốc độ tăng giá trị sản xuất bình quân 10-11%/năm; thu nhập bình quân đầu người năm 2025 đạt 75 triệu đồng trở lên; thu ngân sách trên địa bàn tăng bình quân từ 8%/năm trở lên.
2. Về văn hóa – xã hội: tỷ lệ hộ nghèo dưới 1%; tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%; 100% trường học đạt chuẩn quốc gia.
3. Về xây dựng Đảng, đề ra 4 chỉ tiêu:
- Hằng năm có từ 85% trở lên chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên;
- Kết nạp từ 20 đảng viên mới trở lên mỗi năm;
- 100% đảng viên được học tập, quán triệt các nghị quyết của Đảng.
III. Nhiệm vụ, giải pháp
Đại hội thống nhất 3 khâu đột phá: chuyển đổi cơ cấu cây trồng, vật nuôi; chỉnh trang hạ tầng khu dân cư; cải cách thủ tục hành chính.
IV. Bầu cử
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXV gồm 15 đồng chí; bầu 09 đại biểu chính thức và 01 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ huyện lần thứ XXIV.
V. Tổ chức thực hiện
Giao Ban Chấp hành Đảng bộ xã khóa XXV căn cứ Nghị quyết xây dựng chương trình hành động, lãnh đạo tổ chức thực hiện thắng lợi Nghị quyết Đại hội.
Nghị quyết được Đại hội biểu quyết thông qua ngày 24/6/2020: 145 đại biểu tán thành (99,3%), 2 đại biểu không tán thành.
T/M ĐOÀN CHỦ TỊCH
Phạm Văn Cường
""", [
 ("attendance-mismatch", "vắng 03 đồng chí có lý do", "150 summoned: 146 present + 3 absent = 149; absent should be 04 (or present 147)"),
 ("count-mismatch", "đề ra 4 chỉ tiêu", "only 3 Party-building targets are listed"),
 ("vote-mismatch", "145 đại biểu tán thành (99,3%), 2 đại biểu không tán thành", "145 + 2 = 147 votes, but only 146 delegates were present"),
])

D["nq14_chibo_khupho_t3_2026"] = ("nghi_quyet", """ĐẢNG ỦY PHƯỜNG HÒA KHÁNH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 5
*
Số 03-NQ/CB\tHòa Khánh, ngày 06 tháng 3 năm 2026
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2026
Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
Căn cứ kết quả sinh hoạt chi bộ định kỳ ngày 05/3/2026,
CHI BỘ KHU PHỐ 5 QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 02/2026
Chi bộ có 19 đảng viên (17 chính thức, 2 dự bị). Trong tháng, chi bộ lãnh đạo tổ chức chu đáo Tết Nguyên đán; thăm, tặng 46 suất quà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, tổng trị giá 23 triệu đồng (500 nghìn đồng/suất).
Khu phố có 312 hộ; đã vận động 296/312 hộ đóng góp Quỹ "Vì người nghèo", đạt 94,9%, với số tiền 31,2 triệu đồng. Thu đảng phí tháng 02 đạt 19/19 đảng viên.
Tình hình an ninh trật tự ổn định; xảy ra 01 vụ trộm cắp tài sản (giảm 02 vụ so với tháng 01/2026).
Hạn chế: việc phân loại rác tại nguồn mới thực hiện ở 187/312 hộ (59,9%).
II. NHIỆM VỤ THÁNG 3/2026
1. Tiếp tục tuyên truyền kết quả kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2026); tổ chức kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026).
2. Vận động thêm ít nhất 30 hộ thực hiện phân loại rác tại nguồn, nâng tỷ lệ lên trên 69%.
3. Phân công 4 đảng viên theo dõi, giúp đỡ 2 quần chúng ưu tú: đồng chí Lê Văn Định và Trần Thị Thu giúp quần chúng Nguyễn Minh Quân; đồng chí Phan Đức Tài và Võ Thị Lan giúp quần chúng Đỗ Thị Hạnh.
4. Hoàn thành thu đảng phí quý I/2026 trước ngày 25/3/2026.
III. TỔ CHỨC THỰC HIỆN
Chi ủy chịu trách nhiệm triển khai, đôn đốc thực hiện Nghị quyết; các đảng viên căn cứ nhiệm vụ được phân công để tổ chức thực hiện.
Nghị quyết được chi bộ thông qua tại buổi sinh hoạt ngày 05/3/2026 với 16/16 đảng viên chính thức có mặt tán thành (100%), bằng 94,1% tổng số đảng viên chính thức của chi bộ.
Nơi nhận:
- Đảng ủy phường (b/c),
- Đảng viên trong chi bộ,
- Lưu Chi bộ.
T/M CHI BỘ
BÍ THƯ
Huỳnh Văn Lộc
""", [])
