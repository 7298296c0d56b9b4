# -*- coding: utf-8 -*-
D = {}
D["kl15_btv_phuong_quyIV_2024"] = ("nghi_quyet", """ĐẢNG BỘ QUẬN CẨM LỆ\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HÒA THỌ ĐÔNG
*
Số 38-KL/ĐU\tHòa Thọ Đông, ngày 15 tháng 10 năm 2024
KẾT LUẬN
của Ban Thường vụ Đảng ủy về tình hình 9 tháng và nhiệm vụ trọng tâm quý IV năm 2024
Ngày 14/10/2024, Ban Thường vụ Đảng ủy phường họp nghe báo cáo tình hình thực hiện nhiệm vụ 9 tháng năm 2024. Sau khi thảo luận, Ban Thường vụ kết luận như sau:
1. Kết quả 9 tháng
Thu ngân sách trên địa bàn 9 tháng đạt 156,8 tỷ đồng, bằng 78,4% dự toán năm (200 tỷ đồng), tăng 12,6% so với cùng kỳ (139,3 tỷ đồng).
Giải ngân vốn đầu tư công 9 tháng đạt 61,8% kế hoạch vốn (187,3/306,5 tỷ đồng); nhiều dự án chỉnh trang đô thị còn chậm.
Công tác giảm nghèo: chỉ tiêu năm 2024 là tỷ lệ hộ nghèo không quá 1,5%; đến nay toàn phường còn 1,62% hộ nghèo (104 hộ), đạt chỉ tiêu đề ra.
Công tác xây dựng Đảng: kết nạp 11/16 đảng viên theo chỉ tiêu năm (68,8%); 100% chi bộ hoàn thành sinh hoạt chuyên đề quý III.
2. Nhiệm vụ trọng tâm quý IV/2024
a) Tập trung thu ngân sách, phấn đấu cả năm đạt từ 105% dự toán trở lên (tối thiểu 210 tỷ đồng).
b) Đẩy nhanh giải ngân, bảo đảm đến ngày 31/12/2024 giải ngân trên 95% kế hoạch vốn.
c) Thành lập 4 đoàn kiểm tra, giám sát cuối năm, gồm: đoàn kiểm tra công tác đảng viên; đoàn giám sát thu, chi ngân sách; đoàn kiểm tra công tác giảm nghèo; đoàn kiểm tra trật tự đô thị. Các đoàn hoàn thành nhiệm vụ và báo cáo Ban Thường vụ trước ngày 30/9/2024.
d) Chuẩn bị tổng kết năm 2024; hoàn thành kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên trước ngày 20/12/2024.
e) Kết nạp ít nhất 5 đảng viên còn lại để hoàn thành chỉ tiêu năm.
3. Tổ chức thực hiện
Các chi bộ, Ủy ban Kiểm tra Đảng ủy, Đảng ủy Quân sự, Công an phường căn cứ Kết luận này cụ thể hóa thành chương trình công tác quý IV. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo kết quả.
Nơi nhận:
- Ban Thường vụ Quận ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Ngô Thị Thanh Hương
""", [
 ("percent-mismatch", "đạt 61,8% kế hoạch vốn", "187,3/306,5 = 61,1%, not 61,8%"),
 ("target-status-mismatch", "đạt chỉ tiêu đề ra", "the target is 'không quá 1,5%'; 1,62% is above it, so the target is not met (chưa đạt)"),
 ("other", "trước ngày 30/9/2024", "a deadline of 30/9/2024 for teams set up at the 14/10/2024 meeting for quý IV lies in the past (date error; should be a date in quý IV, e.g. 30/12/2024)"),
])
