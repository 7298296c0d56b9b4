T = {}
T["bc01_du_xa_quy1_2026"] = """ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY XÃ HOẰNG TIẾN
*
Số 61-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hoằng Tiến, ngày 28 tháng 3 năm 2026
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ quý I,
phương hướng nhiệm vụ quý II năm 2026
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I
1. Về phát triển kinh tế
Tổng diện tích gieo cấy vụ Xuân 1.840 ha, đạt 100,27% kế hoạch (1.835 ha). Thu ngân sách nhà nước trên địa bàn quý I ước đạt 9,6 tỷ đồng, bằng 24% dự toán năm (40 tỷ đồng). Cấp mới 126 giấy chứng nhận quyền sử dụng đất lần đầu.
2. Văn hóa - xã hội
Tổ chức đón Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm; trao 612 suất quà cho gia đình chính sách, hộ nghèo. Giao quân 31 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu được giao (31 thanh niên). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,8%, chỉ tiêu năm 95%.
3. Công tác xây dựng Đảng
Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 1.204/1.256 đảng viên (95,86%). Kết nạp 7 đảng viên mới, chỉ tiêu năm 30 đảng viên. Ủy ban Kiểm tra kiểm tra 3 tổ chức đảng khi có dấu hiệu vi phạm; thi hành kỷ luật 01 đảng viên bằng hình thức khiển trách.
II. HẠN CHẾ
Tiến độ thu tiền sử dụng đất chậm; 4/42 chi bộ chưa sinh hoạt chuyên đề theo kế hoạch.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
1. Lãnh đạo chăm sóc lúa vụ Xuân, chuẩn bị thu hoạch; triển khai kế hoạch sản xuất vụ Thu Mùa.
2. Ủy ban nhân dân xã đẩy nhanh tiến độ đấu giá quyền sử dụng đất tại mặt bằng quy hoạch Đồng Chùa, hoàn thành trước ngày 30/6/2026.
3. Các chi bộ chưa sinh hoạt chuyên đề tổ chức bù trong tháng 4/2026.
4. Chuẩn bị chu đáo các điều kiện tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
5. Ban Xây dựng Đảng rà soát nguồn phát triển đảng viên, phấn đấu quý II kết nạp thêm ít nhất 10 đảng viên.
Nơi nhận:\tT/M ĐẢNG ỦY
- Ban Thường vụ Tỉnh ủy (b/c),\tBÍ THƯ
- Các đồng chí Đảng ủy viên,\t
- Các chi bộ trực thuộc,\t
- Lưu Văn phòng Đảng ủy.\tLê Đình Khang
"""
T["bc02_ubnd_phuong_6t_2025"] = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BẢO LỘC
ỦY BAN NHÂN DÂN
PHƯỜNG LỘC TIẾN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 148/BC-UBND
Lộc Tiến, ngày 16 tháng 6 năm 2025
BÁO CÁO
Tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và nhiệm vụ, giải pháp 6 tháng cuối năm 2025
Thực hiện Nghị quyết của HĐND phường về kế hoạch phát triển kinh tế - xã hội năm 2025, UBND phường báo cáo như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Kinh tế
- Tổng thu ngân sách trên địa bàn ước 6 tháng: 27,35 tỷ đồng, đạt 52,6% dự toán HĐND thành phố giao (52 tỷ đồng).
- Diện tích chè, cà phê ứng dụng công nghệ cao: 412 ha, đạt 103% kế hoạch năm (400 ha).
- Thành lập mới 14 doanh nghiệp, 2 hợp tác xã.
2. Văn hóa - xã hội
- Chi trả trợ cấp thường xuyên cho 536 đối tượng bảo trợ xã hội đúng, đủ, kịp thời.
- Tỷ lệ hộ nghèo còn 0,31%, giảm 0,12% so với đầu năm (chỉ tiêu năm không quá 0,4%).
- Giải quyết việc làm cho 265 lao động, đạt 66,25% kế hoạch năm (400 lao động).
3. Quốc phòng - an ninh
Xảy ra 3 vụ phạm pháp hình sự, giảm 2 vụ so với cùng kỳ; điều tra làm rõ 3/3 vụ.
II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM
1. Thực hiện sắp xếp đơn vị hành chính, bàn giao hồ sơ, tài sản theo chỉ đạo của cấp trên, xong trước ngày 30/6/2025.
2. Công an phường phối hợp các khu phố ra quân trấn áp tội phạm, bảo đảm an ninh trật tự dịp chuyển giao.
3. Bộ phận Tài chính - Kế toán đôn đốc thu nợ thuế, phấn đấu hoàn thành dự toán thu ngân sách năm.
4. Tiếp tục giải quyết việc làm, phấn đấu cả năm đạt 400 lao động.
Nơi nhận:
- UBND thành phố Bảo Lộc;
- TT Đảng ủy, TT HĐND phường;
- Chủ tịch, các PCT UBND phường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Thị Hải Yến
"""
T["bc03_ubnd_xa_9t_2025"] = """UBND TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ VĨNH HANH\tĐộc lập - Tự do - Hạnh phúc
Số: 207/BC-UBND\tVĩnh Hanh, ngày 24 tháng 9 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ kinh tế - xã hội 9 tháng năm 2025; phương hướng, nhiệm vụ quý IV năm 2025
Căn cứ Chương trình công tác năm 2025; sau 3 tháng vận hành chính quyền địa phương hai cấp, UBND xã Vĩnh Hanh báo cáo kết quả như sau:
1. Sản xuất nông nghiệp: xuống giống lúa Thu Đông 5.230 ha/5.400 ha kế hoạch, đạt 96,85%; năng suất lúa Hè Thu bình quân 6,4 tấn/ha. Nuôi trồng thủy sản 118 ha, vượt kế hoạch năm (110 ha).
2. Thu - chi ngân sách: thu ngân sách trên địa bàn 9 tháng 11,82 tỷ đồng, đạt 78,8% dự toán (15 tỷ đồng); chi 10,3 tỷ đồng.
3. Xây dựng nông thôn mới: xã giữ vững 19/19 tiêu chí; ấp Vĩnh Thuận được công nhận ấp nông thôn mới kiểu mẫu.
4. Cải cách hành chính: Trung tâm Phục vụ hành chính công tiếp nhận 2.906 hồ sơ, trả đúng hạn 2.890 hồ sơ; tỷ lệ thanh toán trực tuyến đạt 38,5%.
5. An ninh trật tự: phát hiện 4 vụ vi phạm về ma túy; tai nạn giao thông xảy ra 2 vụ, làm chết 1 người (chỉ tiêu năm: không quá 3 người chết do tai nạn giao thông).
II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV
- Phòng Kinh tế theo dõi lịch thời vụ, hướng dẫn nông dân xuống giống hết diện tích kế hoạch trước ngày 15/10/2025.
- Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm 15 tỷ đồng.
- Công an xã tăng cường tuần tra kiểm soát trên các tuyến đường liên ấp, nhất là dịp cuối năm.
- Văn phòng HĐND và UBND xã chuẩn bị nội dung kỳ họp cuối năm của HĐND xã, hoàn thành trước ngày 30/11/2025.
TM. ỦY BAN NHÂN DÂN\tNơi nhận:
CHỦ TỊCH\t- UBND tỉnh (b/c);
\t- Đảng ủy, HĐND xã;
Châu Văn Lộc\t- Lưu: VT, VP.
"""
