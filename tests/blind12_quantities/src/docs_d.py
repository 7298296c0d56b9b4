# -*- coding: utf-8 -*-
D = {}
D["bc08_ubnd_xa_6thang_2023"] = ("bao_cao", """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ QUẢNG HƯNG\tĐộc lập - Tự do - Hạnh phúc
Số: 112/BC-UBND\tQuảng Hưng, ngày 16 tháng 6 năm 2023
BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm 2023
I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM
1. Kinh tế
Tổng giá trị sản xuất trên địa bàn ước đạt 412,5 tỷ đồng, tăng 8,4% so với cùng kỳ năm 2022 (381,2 tỷ đồng).
Diện tích gieo trồng vụ Đông Xuân 2022-2023 là 1.245 ha, gồm: lúa 860 ha, ngô 215 ha và rau màu các loại 150 ha. Năng suất lúa bình quân 68,5 tạ/ha.
Chăn nuôi phát triển ổn định: tổng đàn lợn 12.400 con, tăng 6,9% so với cùng kỳ (11.600 con); đàn gia cầm 96.000 con.
Thu ngân sách nhà nước 6 tháng được 4.215 triệu đồng, đạt 52,7% dự toán huyện giao (8.000 triệu đồng). Chi ngân sách 3.860 triệu đồng, bảo đảm các nhiệm vụ chi thường xuyên.
Xây dựng nông thôn mới kiểu mẫu: đã bê tông hóa 3,8 km đường giao thông nội đồng trên kế hoạch năm 5 km, đạt 76%.
2. Văn hóa – xã hội
Giải quyết việc làm cho 186 lao động, trong đó xuất khẩu lao động 23 người. Thu nhập bình quân đầu người ước 48,6 triệu đồng/năm, gấp 1,5 lần năm 2018 (30,2 triệu đồng).
Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%, vượt chỉ tiêu huyện giao (92%).
Trường Tiểu học số 2 được công nhận đạt chuẩn quốc gia mức độ 1; 3/3 trường mầm non duy trì kiểm định chất lượng cấp độ 2.
3. Quốc phòng – an ninh
Hoàn thành giao quân năm 2023: 14/14 thanh niên nhập ngũ, đạt 100% chỉ tiêu. Xảy ra 04 vụ vi phạm pháp luật về trật tự xã hội, giảm 2 vụ so với cùng kỳ (06 vụ).
II. TỒN TẠI, HẠN CHẾ
Tiến độ giải ngân vốn đầu tư công còn chậm; 6 tháng mới giải ngân 2,14 tỷ đồng trên tổng kế hoạch vốn 6,5 tỷ đồng, đạt 32,9%.
III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
- Phấn đấu thu ngân sách cả năm đạt từ 100% dự toán trở lên; bê tông hóa 1,2 km đường còn lại.
- Nâng tỷ lệ bao phủ bảo hiểm y tế lên trên 92% vào cuối năm.
Nơi nhận:
- UBND huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Lượng
""", [
 ("derived-mismatch", "tăng 8,4% so với cùng kỳ năm 2022", "412,5/381,2 − 1 = 8,2%, not 8,4%"),
 ("sum-mismatch", "1.245 ha", "860 + 215 + 150 = 1.225 ha, not 1.245"),
 ("derived-mismatch", "gấp 1,5 lần năm 2018", "48,6/30,2 = 1,61, i.e. about 1,6 times"),
 ("target-status-mismatch", "vượt chỉ tiêu huyện giao (92%)", "91,2% is below the 92% target: not reached (chưa đạt)"),
])

D["bc09_ubkt_huyen_2021"] = ("bao_cao", """ĐẢNG BỘ TỈNH THANH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THƯỜNG XUÂN
ỦY BAN KIỂM TRA
*
Số 58-BC/UBKTHU\tThường Xuân, ngày 15 tháng 12 năm 2021
BÁO CÁO
kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2021
I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra theo Điều 30 Điều lệ Đảng
Cấp ủy và Ủy ban Kiểm tra các cấp trong Đảng bộ huyện đã kiểm tra 14 tổ chức đảng và 38 đảng viên, trong đó 21 đảng viên là cấp ủy viên các cấp. Qua kiểm tra, kết luận 9/14 tổ chức đảng có hạn chế, thiếu sót phải rút kinh nghiệm (64,3%).
2. Giám sát chuyên đề
Thực hiện giám sát chuyên đề đối với 19 tổ chức đảng và 42 đảng viên; qua giám sát đã kịp thời nhắc nhở 6 đảng viên.
3. Kiểm tra đảng viên khi có dấu hiệu vi phạm
Ủy ban Kiểm tra các cấp kiểm tra 13 đảng viên khi có dấu hiệu vi phạm; kết luận 12 đảng viên có vi phạm, trong đó 10 đồng chí đến mức phải thi hành kỷ luật.
4. Thi hành kỷ luật
Trong năm, các cấp ủy, tổ chức đảng đã thi hành kỷ luật 11 đảng viên, gồm: khiển trách 6 đồng chí, cảnh cáo 3 đồng chí, cách chức 1 đồng chí và khai trừ 1 đồng chí. Nội dung vi phạm chủ yếu: thực hiện chính sách dân số, quản lý đất đai, tài chính ở cơ sở.
5. Giải quyết tố cáo
Tiếp nhận 7 đơn thư, trong đó 5 đơn đủ điều kiện giải quyết, gồm 3 đơn tố cáo đảng viên và 2 đơn tố cáo tổ chức đảng; đã giải quyết xong 5/5 đơn (100%). Kết quả: 2 đơn tố cáo đúng, 1 đơn tố cáo đúng một phần, 2 đơn tố cáo sai.
6. Kiểm tra tài chính đảng và thu, nộp đảng phí
Kiểm tra tài chính 8 tổ chức đảng. Tổng thu đảng phí toàn Đảng bộ năm 2021 đạt 1.286,4 triệu đồng, tăng 7,2% so với năm 2020 (1.200,0 triệu đồng); trích nộp cấp trên đúng quy định.
II. ĐÁNH GIÁ CHUNG
Công tác kiểm tra, giám sát năm 2021 hoàn thành 100% chương trình đã đề ra (24/24 cuộc theo kế hoạch). So với năm 2020, số đảng viên bị thi hành kỷ luật giảm 4 đồng chí (năm 2020 là 15 đồng chí).
Hạn chế: một số chi bộ chưa xây dựng kế hoạch giám sát thường xuyên; chất lượng báo cáo tự kiểm tra còn sơ sài.
III. PHƯƠNG HƯỚNG NĂM 2022
- Mỗi đảng ủy cơ sở kiểm tra ít nhất 01 tổ chức đảng trực thuộc và từ 2 đảng viên trở lên.
- 100% chi bộ xây dựng và thực hiện chương trình kiểm tra, giám sát năm 2022.
Nơi nhận:
- Ủy ban Kiểm tra Tỉnh ủy (b/c),
- Thường trực Huyện ủy (b/c),
- Lưu UBKT.
T/M ỦY BAN KIỂM TRA
CHỦ NHIỆM
Lê Văn Thịnh
""", [])
