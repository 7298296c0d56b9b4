# -*- coding: utf-8 -*-
D = {}
D["bb06_bch_xa_tanhiep_2026"] = ("bien_ban", """ĐẢNG BỘ TỈNH AN GIANG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN HIỆP
*
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 9
khóa I, nhiệm kỳ 2025-2030
Thời gian: khai mạc lúc 7 giờ 30 phút ngày 08 tháng 10 năm 2026. Địa điểm: Hội trường Trung tâm Chính trị xã.
Chủ trì: đồng chí Trần Hữu Phước, Bí thư Đảng ủy xã. Thư ký: đồng chí Lâm Thị Kiều Oanh, Ủy viên Ban Chấp hành, Chánh Văn phòng Đảng ủy.
Ban Chấp hành Đảng bộ xã có 31 đồng chí. Có mặt 28 đồng chí; vắng 03 đồng chí, đều có lý do: đồng chí Nguyễn Văn Sang (học lớp cao cấp lý luận chính trị), đồng chí Huỳnh Thị Mỹ Xuyên (nghỉ ốm), đồng chí Danh Sơn (đi công tác tại tỉnh).
I. NỘI DUNG
1. Đánh giá tình hình 9 tháng đầu năm, nhiệm vụ 3 tháng cuối năm 2026.
2. Cho ý kiến và biểu quyết thông qua Nghị quyết lãnh đạo thu hoạch, tiêu thụ lúa vụ Thu Đông.
II. DIỄN BIẾN
Đồng chí Phó Bí thư Thường trực Đảng ủy trình bày báo cáo 9 tháng, trong đó nêu:
- Thu ngân sách nhà nước trên địa bàn 9 tháng được 12.460 triệu đồng, bằng 71,2% dự toán năm (17.500 triệu đồng).
- Diện tích lúa vụ Hè Thu xuống giống 9.850 ha; năng suất bình quân 6,1 tấn/ha, sản lượng ước 60.085 tấn.
- Công tác phát triển đảng viên: đã kết nạp 23/35 đảng viên theo chỉ tiêu năm, đạt 65,7%; 3 tháng cuối năm phải kết nạp thêm 12 đảng viên.
- Tỷ lệ hộ nghèo theo chuẩn đa chiều hiện còn 2,14%, tỷ lệ hộ cận nghèo 3,05%.
Ý kiến thảo luận:
- Đồng chí Lê Thanh Tâm đề nghị thành lập 05 tổ công tác hỗ trợ thu hoạch, gồm: tổ ấp Tân Thành, tổ ấp Tân Lợi, tổ ấp Hiệp Hòa, tổ ấp Hiệp Thạnh và tổ ấp Kênh Giữa.
- Đồng chí Nguyễn Thị Bé Ba đề nghị hỗ trợ 400 triệu đồng cho 02 hợp tác xã liên kết tiêu thụ, mỗi hợp tác xã 200 triệu đồng.
- Đồng chí Danh Út nêu tiến độ cấp giấy chứng nhận quyền sử dụng đất: 9 tháng cấp 214 giấy, trong đó cấp lần đầu 37 giấy.
Đồng chí chủ trì kết luận, thống nhất giao Ban Thường vụ tiếp thu ý kiến, hoàn chỉnh dự thảo nghị quyết.
III. BIỂU QUYẾT
Tổng số ủy viên Ban Chấp hành: 31; có mặt 28. Kết quả: tán thành 28/31 đồng chí (90,3%), không tán thành 0, ý kiến khác 0. Nghị quyết được thông qua.
Hội nghị kết thúc lúc 10 giờ 50 phút cùng ngày. Biên bản được thông qua trước hội nghị.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Lâm Thị Kiều Oanh\tTrần Hữu Phước
""", [])

D["bc07_phuong_quyI_2024"] = ("bao_cao", """ĐẢNG BỘ QUẬN NGÔ QUYỀN\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG LẠC VIÊN
*
Số 46-BC/ĐU\tLạc Viên, ngày 28 tháng 3 năm 2024
BÁO CÁO
kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2024
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/2024
1. Công tác xây dựng Đảng
Đảng bộ phường có 38 chi bộ trực thuộc (gồm 24 chi bộ khu dân cư và 14 chi bộ cơ quan, trường học, doanh nghiệp) với 1.046 đảng viên; đầu năm có 1.041 đảng viên.
Đảng ủy đã tổ chức quán triệt các nghị quyết, kết luận của Trung ương, Thành ủy, Quận ủy cho 1.012 đảng viên tham dự, đạt 96,7% tổng số đảng viên của Đảng bộ. Đến hết quý có 39 chi bộ tổ chức sinh hoạt chuyên đề về "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".
Công tác phát triển đảng viên: quý I kết nạp 06 đảng viên, bằng 27,3% chỉ tiêu năm (22 đảng viên). Xét tặng Huy hiệu Đảng đợt 3/2 cho 17 đồng chí, trong đó có 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.
Ủy ban Kiểm tra Đảng ủy kiểm tra 02 tổ chức đảng và 04 đảng viên; giám sát chuyên đề 03 chi bộ.
2. Phát triển kinh tế, văn hóa – xã hội
Tổng thu ngân sách trên địa bàn quý I đạt 18.640 triệu đồng, bằng 26,6% dự toán năm (70.000 triệu đồng); trong đó thu thuế ngoài quốc doanh 9.870 triệu đồng, đạt 31,4% dự toán năm của khoản thu này (32.500 triệu đồng).
Cấp 68 giấy phép xây dựng; xử lý 11 trường hợp vi phạm trật tự xây dựng. Tổ chức thăm, tặng 1.320 suất quà Tết cho gia đình chính sách, hộ nghèo với tổng trị giá 792 triệu đồng, bình quân 600 nghìn đồng/suất.
Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2%; chỉ tiêu năm là 95%, phấn đấu hoàn thành trong quý IV.
II. HẠN CHẾ
Một số chi bộ khu dân cư nội dung sinh hoạt chưa phong phú; tỷ lệ đảng viên tham gia sinh hoạt ở 3 chi bộ chỉ đạt khoảng 80%.
Tính đến ngày 25/3/2024, tổng số 1.064 đảng viên của Đảng bộ đã hoàn thành đóng đảng phí quý I.
III. NHIỆM VỤ QUÝ II/2024
- Kết nạp ít nhất 06 đảng viên; chỉ đạo 100% chi bộ xây dựng kế hoạch kiểm tra, giám sát.
- Phấn đấu thu ngân sách lũy kế 6 tháng đạt từ 50% dự toán trở lên.
Nơi nhận:
- Ban Thường vụ Quận ủy (b/c),
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Phạm Thị Huyền Trang
""", [
 ("part-exceeds-whole", "39 chi bộ tổ chức sinh hoạt chuyên đề", "the Đảng bộ has only 38 chi bộ; 39 exceeds the whole"),
 ("percent-mismatch", "đạt 31,4% dự toán năm", "9.870/32.500 = 30,4%, not 31,4%"),
 ("figure-inconsistent", "tổng số 1.064 đảng viên", "the Đảng bộ has 1.046 đảng viên (same date scope, quý I/2024); 1.064 contradicts it"),
])
