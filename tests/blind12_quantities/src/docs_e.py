# -*- coding: utf-8 -*-
D = {}
D["bc10_chuyende_ntm_thachdai_2025"] = ("bao_cao", """ĐẢNG BỘ HUYỆN THẠCH HÀ\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ THẠCH ĐÀI
*
Số 71-BC/ĐU\tThạch Đài, ngày 10 tháng 01 năm 2025
BÁO CÁO CHUYÊN ĐỀ
kết quả lãnh đạo xây dựng nông thôn mới nâng cao giai đoạn 2021-2025
I. TÌNH HÌNH CHUNG
Xã có diện tích tự nhiên 1.764 ha, 12 thôn với 2.318 hộ, 8.452 nhân khẩu. Đảng bộ có 17 chi bộ trực thuộc, 426 đảng viên.
II. KẾT QUẢ ĐẠT ĐƯỢC
1. Thực hiện Bộ tiêu chí xã nông thôn mới nâng cao
Bộ tiêu chí gồm 19 tiêu chí. Đến ngày 31/12/2024, xã đạt 16/19 tiêu chí; còn 03 tiêu chí chưa đạt là: giao thông; môi trường và an toàn thực phẩm. Đây là những tiêu chí đòi hỏi nguồn lực lớn.
2. Xây dựng thôn nông thôn mới
Cả 12 thôn đều đạt chuẩn; phân loại như sau: thôn nông thôn mới kiểu mẫu 3 thôn (25,0%); thôn nông thôn mới nâng cao 5 thôn (41,7%); thôn đạt chuẩn nông thôn mới 4 thôn (30,3%).
3. Huy động nguồn lực
Tổng nguồn lực huy động giai đoạn 2021-2024 là 186,4 tỷ đồng, chia ra: ngân sách các cấp 112,8 tỷ đồng; doanh nghiệp 28,1 tỷ đồng; Nhân dân đóng góp 45,5 tỷ đồng (bao gồm hiến 3,2 ha đất). Tính bình quân, mỗi thôn được đầu tư 16,5 tỷ đồng.
Từ nguồn vốn trên, đã cứng hóa 38,6 km đường giao thông nông thôn, trong đó 11,2 km đường trục xã; xây mới 4 nhà văn hóa thôn.
4. Đời sống Nhân dân
Thu nhập bình quân đầu người năm 2024 ước đạt 72,4 triệu đồng, tăng 24,6 triệu đồng so với năm 2020 (47,8 triệu đồng). Tỷ lệ hộ nghèo giảm từ 4,86% (cuối năm 2020) xuống còn 1,12% (cuối năm 2024). Tỷ lệ người dân tham gia bảo hiểm y tế 95,3%.
Có 2 sản phẩm OCOP đạt 4 sao và 5 sản phẩm đạt 3 sao, nâng tổng số sản phẩm OCOP lên 7 sản phẩm.
III. HẠN CHẾ, NGUYÊN NHÂN
Một số thôn chưa quan tâm duy trì tiêu chí môi trường; việc thu gom rác thải mới đạt 84% khối lượng phát sinh.
IV. PHƯƠNG HƯỚNG
Phấn đấu năm 2025 hoàn thành các tiêu chí còn lại, xã đạt chuẩn nông thôn mới nâng cao; có thêm ít nhất 2 thôn đạt chuẩn kiểu mẫu; thu nhập bình quân đầu người đạt trên 80 triệu đồng.
Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Nguyễn Hữu Thắng
""", [
 ("count-mismatch", "còn 03 tiêu chí chưa đạt", "only 2 criteria are listed (giao thông; môi trường và an toàn thực phẩm)"),
 ("percent-mismatch", "4 thôn (30,3%)", "4/12 = 33,3%, not 30,3% (shares add to 97,0%)"),
 ("derived-mismatch", "mỗi thôn được đầu tư 16,5 tỷ đồng", "186,4/12 = 15,5 tỷ đồng per thôn"),
])

D["bc11_huyen_nongnghiep_2019"] = ("bao_cao", """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CON CUÔNG\tĐộc lập - Tự do - Hạnh phúc
Số: 512/BC-UBND\tCon Cuông, ngày 12 tháng 12 năm 2019
BÁO CÁO
Kết quả sản xuất nông, lâm nghiệp, thủy sản năm 2019 và kế hoạch năm 2020
I. KẾT QUẢ NĂM 2019
Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản (giá so sánh 2010) ước đạt 1.426 tỷ đồng, tăng 4,7% so với năm 2018 (1.362 tỷ đồng).
1. Trồng trọt
Tổng sản lượng lương thực có hạt đạt 61.240 tấn, đạt 102,1% kế hoạch (60.000 tấn). Diện tích lúa cả năm 5.320 ha; ngô 3.860 ha.
2. Chăn nuôi
Tổng đàn trâu, bò 24.860 con, giảm 1.120 con so với năm 2018 (26.180 con) do chuyển đổi sang nuôi nhốt; đàn lợn 38.400 con. Tiêm phòng 2 đợt đạt 86% tổng đàn, trên chỉ tiêu 80%.
3. Lâm nghiệp
Trồng rừng tập trung 1.215 ha (kế hoạch 1.150 ha), chưa đạt kế hoạch. Khoanh nuôi, bảo vệ 112.600 ha rừng. Tỷ lệ che phủ rừng đạt 58,6%.
4. Thủy sản
Sản lượng nuôi trồng và khai thác (3.880/4.000 tấn) đạt 97,0% kế hoạch, chưa đạt kế hoạch do mưa lũ tháng 8 làm vỡ 14 ha ao nuôi.
5. Xây dựng nông thôn mới
Năm 2019 có thêm 01 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên 6/12 xã (50,0%). Bình quân tiêu chí đạt 14,2 tiêu chí/xã.
6. Thủy lợi, phòng chống thiên tai
Kiên cố hóa 8,6 km kênh mương, đạt 107,5% kế hoạch (8 km); sửa chữa 5 hồ, đập xuống cấp với tổng kinh phí 11,4 tỷ đồng. Mưa lũ tháng 8/2019 gây thiệt hại ước 27,3 tỷ đồng, trong đó thiệt hại về nông nghiệp 9,6 tỷ đồng.
II. ĐÁNH GIÁ
Nhìn chung các chỉ tiêu chủ yếu của ngành đạt khá; độ che phủ rừng năm 2019 đạt 56,8%, góp phần bảo vệ môi trường sinh thái và đầu nguồn sông Lam. Một số hạn chế: tổng đàn trâu, bò giảm; khai thác thủy sản chưa đạt kế hoạch.
III. KẾ HOẠCH NĂM 2020
- Sản lượng lương thực có hạt từ 62.000 tấn trở lên.
- Trồng rừng tập trung 1.200 ha; duy trì tỷ lệ che phủ rừng trên 58%.
- Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới, nâng tổng số lên 8/12 xã.
Nơi nhận:
- UBND tỉnh, Sở NN&PTNT (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vi Văn Sơn
""", [
 ("derived-mismatch", "giảm 1.120 con", "26.180 − 24.860 = 1.320 con, not 1.120"),
 ("target-status-mismatch", "chưa đạt kế hoạch. Khoanh nuôi", "1.215 ha planted against a plan of 1.150 ha exceeds the plan (vượt, 105,7%); 'chưa đạt' is wrong"),
 ("figure-inconsistent", "độ che phủ rừng năm 2019 đạt 56,8%", "the same 2019 forest-cover rate is given earlier as 58,6%"),
])

D["bc12_dangbo_xa_6thang_2025"] = ("bao_cao", """ĐẢNG BỘ HUYỆN YÊN THẾ\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ ĐỒNG TÂM
*
Số 203-BC/ĐU\tĐồng Tâm, ngày 20 tháng 6 năm 2025
BÁO CÁO
kết quả công tác tổ chức, xây dựng Đảng 6 tháng đầu năm 2025
I. TÌNH HÌNH TỔ CHỨC ĐẢNG, ĐẢNG VIÊN
Đảng bộ xã hiện có 27 chi bộ trực thuộc, gồm 19 chi bộ thôn, 6 chi bộ trường học và 2 chi bộ Công an, Quân sự xã. Tổng số đảng viên đến ngày 15/6/2025 là 912 đồng chí (chính thức 871, dự bị 41).
So với đầu năm (906 đồng chí), số đảng viên tăng 6 đồng chí, do: kết nạp mới 14 đồng chí, chuyển đến 4 đồng chí; giảm 5 đồng chí từ trần và 7 đồng chí chuyển sinh hoạt đi nơi khác.
II. KẾT QUẢ THỰC HIỆN
1. Phát triển đảng viên: 6 tháng kết nạp 14 đảng viên trên chỉ tiêu năm 30 đảng viên, bằng 46,7%; trong đó 9 đảng viên là đoàn viên thanh niên. Xét công nhận đảng viên chính thức cho 11 đồng chí.
2. Trao Huy hiệu Đảng dịp 3/2 và 19/5 cho 23 đồng chí, cụ thể: Huy hiệu 30 năm tuổi Đảng 9 đồng chí; 40 năm 7 đồng chí; 45 năm 4 đồng chí; 50 năm 2 đồng chí; 55 năm 1 đồng chí.
3. Sinh hoạt chi bộ: 27/27 chi bộ duy trì sinh hoạt định kỳ hằng tháng; tỷ lệ đảng viên dự sinh hoạt bình quân 91,5%. Có 25 chi bộ đã tổ chức sinh hoạt chuyên đề quý I, còn 2 chi bộ tổ chức chậm.
4. Công tác cán bộ: hoàn thành rà soát, bổ sung quy hoạch Ban Chấp hành nhiệm kỳ 2025-2030 với 41 đồng chí, trong đó nữ 12 đồng chí (29,3%), dưới 40 tuổi 11 đồng chí (26,8%).
Mở 3 lớp bồi dưỡng cho 162 học viên, gồm 41 quần chúng học lớp nhận thức về Đảng, 58 đảng viên mới và 63 chi ủy viên.
5. Thu, nộp đảng phí 6 tháng: 68,4 triệu đồng, đã trích nộp cấp trên 20,5 triệu đồng, để lại 47,9 triệu đồng.
III. HẠN CHẾ
Kết quả kết nạp đảng viên ở các chi bộ thôn vùng đồi còn thấp (5 chi bộ chưa kết nạp được đảng viên nào).
IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM
- Kết nạp ít nhất 16 đảng viên để hoàn thành chỉ tiêu năm.
- Chuẩn bị tốt các điều kiện sắp xếp tổ chức cơ sở đảng theo chủ trương của cấp trên.
Nơi nhận:
- Ban Tổ chức Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Thân Văn Thảo
""", [])
