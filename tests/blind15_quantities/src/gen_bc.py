from common import *

doc('bc01_dangbo_xa_phuloc_9thang', 'bao_cao', f"""
ĐẢNG BỘ TỈNH HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ PHÚ LỘC
*
Số 86-BC/ĐU\tPhú Lộc, ngày 05 tháng 10 năm 2026
BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ quý IV năm 2026
I. CÔNG TÁC XÂY DỰNG ĐẢNG
Đảng bộ hiện có 36 chi bộ trực thuộc với 1.284 đảng viên. Trong 9 tháng, kết nạp 27 đảng viên, đạt {P(27, 35)}% chỉ tiêu năm (35 đảng viên); chuyển đảng chính thức 31 đồng chí.
Kết quả đánh giá, xếp loại năm 2025 đối với 36 chi bộ: hoàn thành xuất sắc nhiệm vụ 7 chi bộ, hoàn thành tốt nhiệm vụ 24 chi bộ, hoàn thành nhiệm vụ 4 chi bộ, không có chi bộ không hoàn thành nhiệm vụ.
Về đảng viên, 1.236 đồng chí được đánh giá (48 đồng chí miễn đánh giá theo quy định): hoàn thành xuất sắc nhiệm vụ 162 đồng chí ({P(162, 1236)}%), hoàn thành tốt nhiệm vụ 968 đồng chí, hoàn thành nhiệm vụ 98 đồng chí, không hoàn thành nhiệm vụ 8 đồng chí.
Ủy ban Kiểm tra Đảng ủy kiểm tra 14/36 chi bộ, đạt {P(14, 36)}% số chi bộ; tiếp nhận 16 đơn thư, đã giải quyết 13 đơn ({P(13, 16)}%), 3 đơn đang xác minh.
II. PHÁT TRIỂN KINH TẾ - XÃ HỘI
Một số chỉ tiêu chủ yếu 9 tháng:
Chỉ tiêu\tKế hoạch năm\tThực hiện 9 tháng\tTỷ lệ (%)
Thu ngân sách trên địa bàn (tỷ đồng)\t26,5\t21,8\t{P(218, 265)}
Giải ngân vốn đầu tư công (tỷ đồng)\t38,4\t29,1\t73,6
Trồng rừng tập trung (ha)\t120\t134\t{P(134, 120)}
Tổng sản lượng lương thực 9 tháng đạt 18.420 tấn, tăng 1.310 tấn so với cùng kỳ năm 2025 (17.210 tấn). Diện tích trồng rừng vượt kế hoạch năm 14 ha.
Giáo dục: 8/11 trường đạt chuẩn quốc gia ({P(8, 11)}%), vượt chỉ tiêu nghị quyết đề ra (75%). Tỷ lệ tham gia bảo hiểm y tế đạt 94,2% (23.118/24.871 người). Toàn xã còn 97 hộ nghèo với 268 nhân khẩu, chiếm 1,42% tổng số hộ.
III. HẠN CHẾ
Giải ngân vốn đầu tư công còn chậm; 2 công trình trường học chưa quyết toán. Công tác phát triển đảng viên ở 6 chi bộ thôn vùng giáp ranh còn khó khăn, 9 tháng không kết nạp được đảng viên.
IV. NHIỆM VỤ QUÝ IV
Tập trung hoàn thành 8 chỉ tiêu còn lại của nghị quyết năm; phấn đấu kết nạp 8 đảng viên để đạt chỉ tiêu 35 đảng viên; giải ngân 100% kế hoạch vốn trước 31/01/2027; tổ chức kiểm điểm, đánh giá, xếp loại cuối năm 2026 đúng hướng dẫn.
Nơi nhận:\tT/M ĐẢNG ỦY
- Ban Thường vụ Tỉnh ủy (b/c),\tBÍ THƯ
- Các chi bộ trực thuộc,
- Lưu VPĐU.\tNgô Đức Thắng
""", [
 ('sum-mismatch', '36 chi bộ: hoàn thành xuất sắc', '7 + 24 + 4 + 0 = 35 ≠ 36 chi bộ được xếp loại'),
 ('percent-mismatch', '29,1\t73,6', 'Giải ngân 29,1/38,4 tỷ đồng = 75,78% ≈ 75,8%, không phải 73,6%'),
 ('derived-mismatch', 'tăng 1.310 tấn', '18.420 - 17.210 = 1.210 tấn, không phải 1.310 tấn'),
 ('target-status-mismatch', 'vượt chỉ tiêu nghị quyết đề ra', '8/11 trường = 72,7% < 75% chỉ tiêu: chưa đạt, không phải vượt'),
 ('percent-mismatch', 'đạt 94,2%', '23.118/24.871 người = 92,95% ≈ 93,0%, không phải 94,2%'),
])

doc('bc02_ubnd_phuong_tandinh_6thang', 'bao_cao', f"""
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TÂN ĐỊNH\tĐộc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND\tTân Định, ngày 26 tháng 6 năm 2026
BÁO CÁO
Tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2026
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Tài chính - ngân sách
Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 58,72 tỷ đồng, đạt {P(5872, 11200)}% dự toán năm (112 tỷ đồng), tăng {P(5872 - 4960, 4960)}% so với cùng kỳ (49,6 tỷ đồng). Chi ngân sách 41,35 tỷ đồng, giảm 3,2 tỷ đồng so với cùng kỳ (45,05 tỷ đồng), chủ yếu do chưa phát sinh chi sửa chữa trường học.
2. Thương mại - dịch vụ
Trên địa bàn có 1.146 hộ kinh doanh cá thể; trong đó 1.208 hộ đã sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Phường cấp 126 giấy phép xây dựng, trong đó 119 giấy phép nhà ở riêng lẻ.
3. Cải cách hành chính, chuyển đổi số
Bộ phận Một cửa tiếp nhận 3.415 hồ sơ; giải quyết đúng hạn 3.366 hồ sơ, đạt 99,1%; hồ sơ trực tuyến toàn trình 2.187/3.415 ({P(2187, 3415)}%). Thanh toán không dùng tiền mặt đối với phí, lệ phí đạt 1.902 giao dịch.
4. Văn hóa - xã hội
Chi trả trợ cấp cho 1.246 người hưởng chính sách thuộc 983 hộ; trao 312 suất quà Tết, tổng trị giá 187.200.000 đồng (bình quân 600.000 đồng/suất). Tỷ lệ trẻ 5 tuổi ra lớp đạt 100% (426/426 trẻ).
5. Quốc phòng - an ninh
Giao quân 23/23 thanh niên, đạt 100% chỉ tiêu; xảy ra 14 vụ phạm pháp hình sự, giảm 4 vụ so với cùng kỳ (18 vụ), đã điều tra làm rõ 12 vụ ({P(12, 14)}%).
II. HẠN CHẾ
Thu ngân sách đạt khá nhưng thu tiền sử dụng đất chỉ đạt 31% dự toán. Việc quản lý trật tự xây dựng còn bất cập: trong 132 giấy phép xây dựng đã cấp, có 7 công trình xây sai phép.
III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu thu ngân sách đạt và vượt dự toán; giải quyết đúng hạn 100% hồ sơ thủ tục hành chính; nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 70%; triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số.
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Thường trực Đảng ủy, HĐND phường;\tCHỦ TỊCH
- Lưu: VT.\tĐoàn Minh Nhựt
""", [
 ('derived-mismatch', 'giảm 3,2 tỷ đồng', '45,05 - 41,35 = 3,70 tỷ đồng, không phải 3,2 tỷ đồng'),
 ('part-exceeds-whole', '1.208 hộ đã sử dụng hóa đơn', 'Phần "trong đó" 1.208 hộ lớn hơn tổng 1.146 hộ kinh doanh'),
 ('percent-mismatch', 'đạt 99,1%', '3.366/3.415 = 98,57% ≈ 98,6%, không phải 99,1%'),
 ('figure-inconsistent', 'trong 132 giấy phép xây dựng', 'Số giấy phép xây dựng đã cấp 6 tháng ở mục I.2 là 126, ở phần hạn chế ghi 132'),
])

doc('bc03_thpt_lequydon_namhoc', 'bao_cao', f"""
SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THPT LÊ QUÝ ĐÔN\tĐộc lập - Tự do - Hạnh phúc
Số: 97/BC-THPTLQĐ\tCần Thơ, ngày 30 tháng 6 năm 2026
BÁO CÁO
Tổng kết năm học 2025 - 2026
I. QUY MÔ TRƯỜNG LỚP
Năm học 2025 - 2026, trường có 33 lớp với 1.326 học sinh: khối 10 có 12 lớp, 480 học sinh; khối 11 có 11 lớp, 438 học sinh; khối 12 có 10 lớp, 408 học sinh. Đội ngũ có 78 cán bộ, giáo viên, nhân viên, trong đó 52 nữ, 11 thạc sĩ.
II. CHẤT LƯỢNG GIÁO DỤC
1. Kết quả rèn luyện: Tốt 1.187 học sinh ({P(1187, 1326)}%), Khá 121, Đạt 15, Chưa đạt 3.
2. Kết quả học tập của 1.326 học sinh: Tốt 412 em ({P(412, 1326)}%), Khá 638 em, Đạt 259 em, Chưa đạt 19 em. Số học sinh chưa đạt phải rèn luyện, kiểm tra lại trong hè là 19 em, giảm 6 em so với năm học trước (25 em).
3. Tốt nghiệp THPT: 406/408 học sinh đỗ tốt nghiệp, đạt 99,8%; điểm trung bình các môn thi cao hơn bình quân của thành phố 0,42 điểm.
4. Xét tuyển đại học đợt 1: 291/408 học sinh lớp 12 trúng tuyển ({P(291, 408)}%), chưa đạt chỉ tiêu kế hoạch (70%).
5. Học sinh giỏi: cấp thành phố đạt 46 giải, tăng 8 giải so với năm học 2024 - 2025 (38 giải); cấp quốc gia 2 giải Khuyến khích (môn Hóa học và môn Ngữ văn).
III. CƠ SỞ VẬT CHẤT, TÀI CHÍNH
Tổng kinh phí được giao 18,6 tỷ đồng, đã thực hiện 18,1 tỷ đồng, đạt {P(181, 186)}% dự toán; nguồn xã hội hóa sửa chữa 6 phòng học bộ môn 420.000.000 đồng.
IV. HẠN CHẾ
Tỷ lệ học sinh học tập loại Tốt ở khối 10 còn thấp (87/480 em, {P(87, 480)}%); một số giáo viên trẻ còn lúng túng khi dạy học theo chuyên đề.
V. PHƯƠNG HƯỚNG NĂM HỌC 2026 - 2027
Nhà trường đề ra 4 giải pháp trọng tâm: (1) đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực; (2) bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu từ đầu năm học; (3) đẩy mạnh chuyển đổi số trong quản lý và dạy học.
Chỉ tiêu: tốt nghiệp THPT 100%; học sinh có kết quả học tập Tốt đạt từ 33% trở lên; tuyển sinh lớp 10 đủ 12 lớp, 480 học sinh.
Nơi nhận:\tHIỆU TRƯỞNG
- Sở GD&ĐT (b/c);
- Lưu: VT.\tThạch Thị Sa Rết
""", [
 ('sum-mismatch', 'của 1.326 học sinh: Tốt 412 em', '412 + 638 + 259 + 19 = 1.328 ≠ 1.326 học sinh (Khá đúng ra là 636)'),
 ('percent-mismatch', 'đạt 99,8%', '406/408 = 99,51% ≈ 99,5%, không phải 99,8%'),
 ('target-status-mismatch', 'chưa đạt chỉ tiêu kế hoạch', '291/408 = 71,3% ≥ 70% chỉ tiêu: đã đạt (vượt) chỉ tiêu, không phải chưa đạt'),
 ('count-mismatch', '4 giải pháp trọng tâm', 'Nêu 4 giải pháp nhưng chỉ liệt kê 3 mục (1)-(3)'),
])

doc('bc04_tramyte_hoaphu_quy3', 'bao_cao', f"""
TRUNG TÂM Y TẾ KHU VỰC ĐÔNG HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRẠM Y TẾ XÃ HÒA PHÚ\tĐộc lập - Tự do - Hạnh phúc
Số: 41/BC-TYT\tHòa Phú, ngày 03 tháng 10 năm 2026
BÁO CÁO
Kết quả hoạt động quý III năm 2026
1. Khám, chữa bệnh
Quý III, Trạm khám, chữa bệnh 3.842 lượt, bình quân {D(3842 / 92)} lượt/ngày (quý III có 92 ngày); trong đó bệnh nhân có thẻ bảo hiểm y tế 3.106 lượt, chiếm {P(3106, 3842)}%. So với quý II (3.430 lượt), số lượt khám tăng 412 lượt. Chuyển tuyến 57 lượt, chiếm {P(57, 3842)}% số lượt khám.
2. Tiêm chủng mở rộng
Trẻ dưới 1 tuổi được tiêm chủng đầy đủ 9 tháng: 176/214 trẻ, đạt {P(176, 214)}% kế hoạch năm. Tiêm vắc xin sởi - rubella cho trẻ 18 tháng: 189/203 trẻ, đạt 95,6%. Phụ nữ có thai được tiêm phòng uốn ván đủ mũi 148 người; trong đó 12 người ở thôn Suối Đá.
3. Phòng, chống dịch bệnh
Tổng số ca sốt xuất huyết 9 tháng là 27 ca, giảm 9 ca so với cùng kỳ năm 2025 (38 ca); không có ca tử vong. Truyền thông giáo dục sức khỏe 18 buổi với 1.064 lượt người nghe; trong đó 6 buổi tại trường học. Đã phun hóa chất xử lý ổ dịch cho 146 hộ với 512 nhân khẩu tại 3 thôn.
4. Quản lý bệnh không lây nhiễm
Trạm quản lý 318 người bệnh tăng huyết áp, trong đó 326 người được điều trị ngoại trú liên tục tại Trạm; quản lý 104 người bệnh đái tháo đường, trong đó 88 người được điều trị liên tục ({P(88, 104)}%).
5. Dân số - sức khỏe sinh sản
Số trẻ sinh ra 9 tháng 131 trẻ, trong đó 69 trẻ trai, 62 trẻ gái; tỷ số giới tính khi sinh {D(69 * 100 / 62)} bé trai/100 bé gái. Tỷ lệ phụ nữ đẻ được khám thai 4 lần trở lên đạt {P(124, 131)}% (124/131 người).
6. Tài chính
Lũy kế 9 tháng, thu dịch vụ khám, chữa bệnh bảo hiểm y tế 286.400.000 đồng, đạt {P(2864, 3800)}% dự toán cả năm (380 triệu đồng).
7. Khó khăn, đề xuất
Máy điện tim của Trạm đã sử dụng 11 năm, hỏng 2 lần trong quý, phải chuyển 23 lượt bệnh nhân đi đo điện tim ở tuyến trên.
Trạm hiện có 7 viên chức (1 bác sĩ, 3 y sĩ, 2 điều dưỡng, 1 hộ sinh), thiếu 1 dược sĩ theo định mức. Đề nghị Trung tâm Y tế khu vực bổ sung 2 tủ lạnh bảo quản vắc xin và 1 máy xét nghiệm đường huyết.
Nơi nhận:\tTRƯỞNG TRẠM
- TTYT khu vực Đông Hòa;
- UBND xã Hòa Phú;
- Lưu.\tKsor H'Yên
""", [
 ('percent-mismatch', 'đạt 95,6%', '189/203 = 93,10% ≈ 93,1%, không phải 95,6%'),
 ('derived-mismatch', 'giảm 9 ca', '38 - 27 = 11 ca, không phải 9 ca'),
 ('part-exceeds-whole', '326 người được điều trị', 'Phần "trong đó" 326 người lớn hơn tổng 318 người tăng huyết áp được quản lý'),
])

doc('bc05_dangbo_so_gddt_nam', 'bao_cao', f"""
ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH TÂY NINH\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO
*
Số 112-BC/ĐU\tTây Ninh, ngày 15 tháng 12 năm 2026
BÁO CÁO
kết quả công tác xây dựng Đảng năm 2026, phương hướng nhiệm vụ năm 2027
I. TÌNH HÌNH TỔ CHỨC ĐẢNG
Đảng bộ Sở có 23 chi bộ trực thuộc, gồm 5 chi bộ phòng chuyên môn và 18 chi bộ đơn vị sự nghiệp; tổng số 486 đảng viên (469 chính thức, 17 dự bị).
II. KẾT QUẢ THỰC HIỆN
1. Công tác chính trị, tư tưởng: 100% chi bộ tổ chức học tập, quán triệt các nghị quyết, chỉ thị mới; 471/486 đảng viên tham gia học tập, đạt {P(471, 486)}%, 15 đồng chí vắng có lý do học bù.
2. Phát triển đảng viên: kết nạp 26 đảng viên, so với kế hoạch 24 đảng viên đạt {P(26, 24)}%, vượt 2 đảng viên; trong đó 19 đảng viên nữ, 7 đảng viên dưới 30 tuổi.
3. Kiểm tra, giám sát: Ủy ban Kiểm tra kiểm tra 8 chi bộ trên tổng số 23 chi bộ ({P(8, 23)}%), giám sát chuyên đề 12 đảng viên; thi hành kỷ luật 3 đảng viên, gồm 2 khiển trách, 1 cảnh cáo.
4. Đánh giá, xếp loại năm 2026:
Đối tượng\tTổng số\tHoàn thành xuất sắc\tHoàn thành tốt\tHoàn thành\tKhông hoàn thành
Chi bộ\t23\t4\t16\t3\t0
Đảng viên\t468\t71\t352\t43\t2
Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ {P(71, 468)}%; 18 đồng chí được miễn đánh giá do nghỉ hưu, ốm dài ngày.
5. Thu, nộp đảng phí: thu 486.230.000 đồng, nộp cấp trên 30% là 145.869.000 đồng, để lại chi bộ và Đảng ủy 340.361.000 đồng.
6. Kết quả thực hiện chỉ tiêu ngành: tỷ lệ trường mầm non, phổ thông đạt chuẩn quốc gia toàn tỉnh đạt {P(412, 583)}% (412/583 trường), vượt chỉ tiêu năm (70%); tỷ lệ học sinh tốt nghiệp THPT đạt {P(14902, 15037, 2)}%, 6 tháng đầu năm học sinh bỏ học giảm 11 em so với cùng kỳ (từ 64 còn 53 em).
III. HẠN CHẾ
Sinh hoạt chuyên đề ở 3/23 chi bộ còn hình thức; việc kết nạp đảng viên ở khối trường chuyên biệt còn chậm.
IV. PHƯƠNG HƯỚNG NĂM 2027
Phấn đấu 100% chi bộ hoàn thành tốt nhiệm vụ trở lên; kết nạp từ 25 đảng viên; tỷ lệ trường đạt chuẩn quốc gia đạt trên 72%.
Nơi nhận:\tT/M ĐẢNG ỦY
- Ban Thường vụ Đảng ủy UBND tỉnh (b/c);\tBÍ THƯ
- Lưu VPĐU.\tTrịnh Xuân Khải
""")
