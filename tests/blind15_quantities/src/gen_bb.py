from common import *

doc('bb01_chibo_ap3_tanphu', 'bien_ban', f"""
ĐẢNG BỘ XÃ TÂN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP 3
*
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026
Thời gian: bắt đầu lúc 19 giờ 00, ngày 05 tháng 11 năm 2026.
Địa điểm: Nhà văn hóa ấp 3, xã Tân Phú.
Thành phần: tổng số đảng viên của chi bộ 33 đồng chí (30 chính thức, 3 dự bị); không có đảng viên được miễn sinh hoạt. Có mặt 29 đồng chí. Vắng 3 đồng chí, đều có lý do: Nguyễn Văn Lực (đi làm ăn xa), Phạm Thị Hoa (ốm), Đinh Công Toàn (trực tại Công an xã).
Dự sinh hoạt có đồng chí Lê Minh Sang, Đảng ủy viên, phụ trách địa bàn.
Chủ trì: đồng chí Võ Thành Đạt, Bí thư Chi bộ. Thư ký: đồng chí Hồ Thị Kim Loan, Phó Bí thư Chi bộ.
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 10/2026
Ấp có 412 hộ với 1.537 nhân khẩu. Trong tháng, chi bộ lãnh đạo Ban công tác Mặt trận vận động Quỹ "Vì người nghèo": 386 hộ đã đóng góp, đạt 95,1% số hộ, tổng số tiền 41.650.000 đồng.
Số hộ sử dụng nước sạch theo quy chuẩn là 398/412 hộ, tỷ lệ {P(398, 412)}%. Thu thuế sử dụng đất phi nông nghiệp 10 tháng đạt 87% kế hoạch năm, còn 2 tháng để hoàn thành.
Tổ hòa giải ấp tiếp nhận 5 vụ việc, hòa giải thành 4 vụ ({P(4, 5, 0)}%), 1 vụ chuyển Ủy ban nhân dân xã giải quyết. Thu đảng phí 10 tháng được 7.920.000 đồng; trong đó đảng viên hưu trí đóng 2.310.000 đồng.
II. NHIỆM VỤ THÁNG 11/2026
1. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc, kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026).
2. Vận động làm mới 1,2 km đường bê tông tuyến tổ 5, dự toán 864.000.000 đồng, trong đó ngân sách hỗ trợ 60% là 518.400.000 đồng, nhân dân đóng góp 345.600.000 đồng, mức bình quân 900.000 đồng/hộ đối với 384 hộ có điều kiện; 28 hộ nghèo, cận nghèo được miễn đóng góp.
III. Ý KIẾN THẢO LUẬN
Đồng chí Trương Văn Bảy cho rằng mức 900.000 đồng/hộ là cao đối với hộ làm thuê, đề nghị chia làm 2 đợt. Đồng chí Lê Thị Diệu đề nghị công khai danh sách đóng góp tại nhà văn hóa ấp. Đồng chí Lê Minh Sang đề nghị chi bộ làm rõ phương án thi công trước khi họp dân.
IV. BIỂU QUYẾT
Biểu quyết chủ trương huy động nhân dân đóng góp làm đường tổ 5: đảng viên chính thức có mặt 27 đồng chí; tán thành 15 đồng chí, không tán thành 9 đồng chí, không biểu quyết 3 đồng chí.
Đồng chí chủ trì kết luận: chủ trương được chi bộ thông qua, giao Ban nhân dân ấp xây dựng kế hoạch họp dân trước ngày 20/11/2026.
Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày; biên bản đã được đọc lại, các đảng viên dự họp thống nhất.
THƯ KÝ\tCHỦ TRÌ
Hồ Thị Kim Loan\tVõ Thành Đạt
""", [
 ('attendance-mismatch', 'Có mặt 29 đồng chí', 'Tổng 33, không miễn sinh hoạt, vắng 3 (nêu tên 3): có mặt phải là 30 (27 chính thức + 3 dự bị), không phải 29; 29 + 3 = 32 ≠ 33'),
 ('percent-mismatch', 'đạt 95,1% số hộ', '386/412 hộ = 93,69% ≈ 93,7%, không phải 95,1%'),
 ('resolution-not-passed', 'chủ trương được chi bộ thông qua', 'Tán thành 15 trên 30 đảng viên chính thức (không ai miễn sinh hoạt) = đúng 1/2, không quá nửa (cần từ 16); chủ trương chưa đủ điều kiện thông qua'),
])

doc('bb02_bch_dangbo_xa_hoabinh', 'bien_ban', f"""
ĐẢNG BỘ TỈNH QUẢNG NGÃI\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HÒA BÌNH
*
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 9
(Khóa I, nhiệm kỳ 2025 - 2030)
Thời gian: 07 giờ 30 phút, ngày 08 tháng 10 năm 2026. Địa điểm: Hội trường Đảng ủy xã.
Thành phần: Tổng số ủy viên Ban Chấp hành: 27 đồng chí. Có mặt 24 đồng chí; vắng 2 đồng chí có lý do: đồng chí Mai Văn Hùng (đi học lớp cao cấp lý luận chính trị), đồng chí Trịnh Thị Nga (ốm). Mời dự: Trưởng các ban xây dựng Đảng, Chánh Văn phòng Đảng ủy.
Chủ trì: đồng chí Trần Văn Thịnh, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã. Thư ký: đồng chí Đỗ Thị Hạnh, Chánh Văn phòng Đảng ủy.
I. NỘI DUNG
Đồng chí Phạm Quang Vinh, Phó Bí thư Thường trực Đảng ủy, trình bày báo cáo kết quả 9 tháng năm 2026:
- Đảng bộ có 41 chi bộ trực thuộc, gồm 17 chi bộ thôn, 12 chi bộ trường học, 7 chi bộ cơ quan và 4 chi bộ lực lượng vũ trang; toàn Đảng bộ có 1.146 đảng viên.
- Kết nạp 23 đảng viên mới, đạt {P(23, 30)}% chỉ tiêu năm (30 đảng viên); trong đó 9 đồng chí là nữ, 14 đồng chí là đoàn viên.
- Thu ngân sách trên địa bàn 18,64 tỷ đồng, bằng {P(1864, 2450)}% dự toán năm (24,5 tỷ đồng). Giải ngân vốn đầu tư công 9 tháng đạt 61% kế hoạch, thấp hơn mức bình quân của tỉnh.
- Ủy ban Kiểm tra Đảng ủy kiểm tra 9 chi bộ và 12 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 2 đảng viên bằng hình thức khiển trách.
II. THẢO LUẬN
Đồng chí Lê Thị Vân (Chủ tịch UBND xã) giải trình tiến độ giải ngân: 3 công trình chậm do vướng mặt bằng, dự kiến giải ngân xong trước 15/12/2026. Đồng chí Nguyễn Hữu Phước đề nghị rà soát 58 đảng viên cao tuổi để xét miễn sinh hoạt đúng quy định. Đồng chí Hà Công Sơn đề nghị tăng cường kiểm tra thu nộp đảng phí ở 5 chi bộ thôn vùng cao.
III. KẾT LUẬN
Đồng chí Trần Văn Thình kết luận: Ban Chấp hành thống nhất 4 nhiệm vụ trọng tâm quý IV gồm: (1) hoàn thành giải ngân vốn đầu tư công năm 2026; (2) tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026; (3) bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán Đinh Mùi 2027.
IV. BIỂU QUYẾT
Hội nghị biểu quyết thông qua nghị quyết về nhiệm vụ quý IV năm 2026: 24/24 đồng chí có mặt tham gia biểu quyết; tán thành 22 đồng chí, không tán thành 3 đồng chí.
Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Đỗ Thị Hạnh\tTrần Văn Thịnh
""", [
 ('attendance-mismatch', 'Tổng số ủy viên Ban Chấp hành: 27', 'Có mặt 24 + vắng 2 (nêu tên 2) = 26 ≠ 27; tổng số ủy viên phải là 26 (hoặc số có mặt/vắng ghi sai)'),
 ('sum-mismatch', '41 chi bộ trực thuộc, gồm 17', '17 + 12 + 7 + 4 = 40 ≠ 41 chi bộ trực thuộc'),
 ('name-inconsistent', 'Trần Văn Thình', 'Bí thư Đảng ủy ghi là Trần Văn Thịnh ở 2 chỗ khác; "Thình" là viết sai'),
 ('count-mismatch', '4 nhiệm vụ trọng tâm quý IV', 'Nêu 4 nhiệm vụ nhưng chỉ liệt kê 3 mục (1)-(3)'),
 ('vote-mismatch', 'không tán thành 3 đồng chí', '24 đồng chí biểu quyết nhưng tán thành 22 + không tán thành 3 = 25 > 24; đúng ra không tán thành tối đa 2'),
])

doc('bb03_chibo_kp5_bau_bo_sung', 'bien_ban', f"""
ĐẢNG BỘ PHƯỜNG PHÚ THỊNH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 5
*
BIÊN BẢN
HỌP CHI BỘ THÁNG 9 NĂM 2026
(Bầu bổ sung chi ủy viên và thống nhất chủ trương xây dựng nhà tình nghĩa)
Thời gian: 19 giờ 30 phút, ngày 10 tháng 9 năm 2026. Địa điểm: Văn phòng khu phố 5.
Thành phần: tổng số đảng viên 28 đồng chí (26 chính thức, 2 dự bị), không có đảng viên miễn sinh hoạt. Có mặt 25 đồng chí. Vắng 3 đồng chí có lý do: Lê Thị Hồng (đi công tác tỉnh Lâm Đồng), Tạ Văn Bình (nằm viện). Cả 2 đảng viên dự bị đều có mặt.
Chủ trì: đồng chí Châu Văn Kiệt, Bí thư Chi bộ. Thư ký: đồng chí Lâm Ngọc Trâm.
1. Bầu bổ sung chi ủy viên
Đồng chí Bí thư thông báo: chi ủy nhiệm kỳ hiện tại được bầu 5 đồng chí, hiện còn 4 do 1 đồng chí chuyển sinh hoạt đảng về phường An Lạc. Chi bộ biểu quyết số lượng bầu bổ sung 01 chi ủy viên: đảng viên chính thức có mặt 23 đồng chí, tán thành 20 đồng chí, không tán thành 2 đồng chí, không biểu quyết 2 đồng chí.
Danh sách bầu cử gồm 2 đồng chí: Phan Quốc Việt và Nguyễn Thị Mỹ. Ban kiểm phiếu gồm 3 đồng chí do đồng chí Hứa Minh Tâm làm trưởng ban.
Kết quả kiểm phiếu: số phiếu phát ra 23, số phiếu thu về 23; số phiếu hợp lệ 23, số phiếu không hợp lệ 1.
Đồng chí Phan Quốc Việt đạt 17 phiếu, bằng {P(17, 22, 2)}% số phiếu hợp lệ; đồng chí Nguyễn Thị Mỹ đạt 5 phiếu, bằng {P(5, 22, 2)}%. Đồng chí Phan Quốc Việt trúng cử chi ủy viên.
2. Chủ trương xây dựng nhà tình nghĩa
Chi ủy đề xuất mỗi đảng viên đóng góp 500.000 đồng, tổng cộng 14.000.000 đồng, cùng nguồn vận động các hộ kinh doanh trên địa bàn để xây 01 căn nhà tình nghĩa cho gia đình bà Võ Thị Sáu (mẹ liệt sĩ), dự toán 120.000.000 đồng.
Đồng chí Đào Văn Lợi đề nghị đảng viên hưu trí đóng mức 300.000 đồng; đồng chí Kha Thị Nhàn đề nghị chỉ vận động tự nguyện, không ấn định mức.
Biểu quyết chủ trương: đảng viên chính thức có mặt 23 đồng chí; tán thành 13 đồng chí, không tán thành 8 đồng chí, không biểu quyết 2 đồng chí.
Đồng chí chủ trì tuyên bố: chủ trương xây dựng nhà tình nghĩa đã được chi bộ thông qua; giao đồng chí Trưởng khu phố lập danh sách vận động trước ngày 25/9/2026.
Cuộc họp kết thúc lúc 21 giờ 40 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Lâm Ngọc Trâm\tChâu Văn Kiệt
""", [
 ('absentee-count-mismatch', 'Vắng 3 đồng chí có lý do', 'Ghi vắng 3 nhưng chỉ nêu tên 2 đồng chí (Lê Thị Hồng, Tạ Văn Bình)'),
 ('vote-mismatch', 'tán thành 20 đồng chí', '23 đảng viên chính thức có mặt nhưng 20 + 2 + 2 = 24 > 23'),
 ('vote-mismatch', 'số phiếu hợp lệ 23', 'Phiếu thu về 23 mà hợp lệ 23 + không hợp lệ 1 = 24; đúng ra hợp lệ 22 (17 + 5 = 22)'),
 ('resolution-not-passed', 'đã được chi bộ thông qua', 'Tán thành 13 trên 26 đảng viên chính thức = đúng 1/2, không quá nửa; chủ trương chưa được thông qua'),
])

doc('bb04_giaoban_ubnd_ankhanh', 'bien_ban', f"""
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG AN KHÁNH\tĐộc lập - Tự do - Hạnh phúc
BIÊN BẢN
Cuộc họp giao ban cán bộ, công chức tháng 10 năm 2026
Thời gian: 14 giờ 00 phút, ngày 02 tháng 10 năm 2026 (thứ Sáu).
Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân phường.
Thành phần: cán bộ, công chức, người lao động được triệu tập 38 người; có mặt 35 người; vắng 3 người có lý do: ông Huỳnh Tấn Phát (dự tập huấn tại Sở Nội vụ), bà Lý Thị Cúc (nghỉ phép), ông Trần Quốc Hưng (ốm).
Chủ trì: ông Nguyễn Đức Trí, Chủ tịch UBND phường. Thư ký: bà Phùng Thị Quyên, công chức Văn phòng - Thống kê.
I. KẾT QUẢ 9 THÁNG NĂM 2026
1. Thủ tục hành chính: Bộ phận Một cửa tiếp nhận 2.846 hồ sơ, đã giải quyết 2.791 hồ sơ, trong đó trước hạn 1.904 hồ sơ, đúng hạn 887 hồ sơ; tỷ lệ giải quyết đúng và trước hạn {P(2791, 2846, 2)}%. Còn 55 hồ sơ đang trong thời hạn giải quyết. Hồ sơ nộp trực tuyến 2.105 hồ sơ, chiếm {P(2105, 2846)}% số hồ sơ tiếp nhận.
2. Thu ngân sách 9 tháng 31,2 tỷ đồng, đạt {P(312, 420)}% dự toán năm (42 tỷ đồng). Giải ngân vốn đầu tư công 12,6/21 tỷ đồng, đạt {P(126, 210)}% kế hoạch vốn; phấn đấu đến 31/01/2027 giải ngân 100%.
3. An sinh xã hội: cấp 314 thẻ bảo hiểm y tế cho 127 hộ cận nghèo; trao 46 suất quà cho gia đình chính sách nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026). Phường chọn 3 khu phố thí điểm phân loại rác thải sinh hoạt tại nguồn; đến nay 2/3 khu phố đạt yêu cầu ({P(2, 3)}%), khu phố 7 còn 64 hộ chưa thực hiện.
II. Ý KIẾN
Bà Vương Thị Lệ (Phó Chủ tịch UBND phường) đề nghị đẩy nhanh 5 công trình chuyển tiếp; ông Tôn Thất Bình đề nghị bổ sung 2 máy tra cứu thủ tục hành chính tại Bộ phận Một cửa; bà Đặng Thị Thu phản ánh còn 17 hồ sơ đất đai phải bổ sung giấy tờ nhiều lần.
III. KẾT LUẬN
Chủ tịch UBND phường giao: Văn phòng - Thống kê theo dõi 55 hồ sơ còn trong hạn; Phòng Kinh tế, Hạ tầng và Đô thị đôn đốc nhà thầu, báo cáo tiến độ trước ngày 15/10/2026.
Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Phùng Thị Quyên\tNguyễn Đức Trí
""")

doc('bb05_chibo_th_kimdong', 'bien_ban', f"""
ĐẢNG BỘ XÃ KIM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG
*
BIÊN BẢN
SINH HOẠT CHI BỘ THÁNG 12 NĂM 2026
Thời gian: 16 giờ 00 phút, ngày 10 tháng 12 năm 2026. Địa điểm: Phòng họp Hội đồng sư phạm.
Thành phần: tổng số đảng viên 19 đồng chí, gồm 17 đảng viên chính thức và 2 đảng viên dự bị. Có mặt 18 đồng chí; vắng 1 đồng chí có lý do: đồng chí Bùi Thị Liên (nghỉ chế độ thai sản).
Chủ trì: đồng chí Lương Văn Quyết, Bí thư Chi bộ, Hiệu trưởng. Thư ký: đồng chí Nông Thị Hằng.
1. Tình hình nhà trường học kỳ I năm học 2026 - 2027
Trường có 642 học sinh ở 20 lớp, bình quân {D(642/20)} học sinh/lớp; trong đó 11 học sinh khuyết tật học hòa nhập. Đánh giá giữa học kỳ I, 598 học sinh hoàn thành tốt và hoàn thành môn Toán, đạt {P(598, 642)}%.
Quỹ khuyến học chi hội đã trao 24 suất học bổng, mỗi suất 500.000 đồng, tổng cộng 12.000.000 đồng.
2. Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2026
Kết quả xếp loại 19 đảng viên: hoàn thành xuất sắc nhiệm vụ 3 đồng chí ({P(3, 19)}%), hoàn thành tốt nhiệm vụ 14 đồng chí, hoàn thành nhiệm vụ 2 đồng chí, không có đảng viên không hoàn thành nhiệm vụ. Số hoàn thành xuất sắc bằng {P(3, 17)}% số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên, trong giới hạn 20% theo hướng dẫn.
Chi bộ tự đánh giá, đề nghị xếp loại chi bộ hoàn thành tốt nhiệm vụ năm 2026.
3. Ý kiến
Đồng chí Ma Văn Toản đề nghị tổ chức 2 chuyên đề sinh hoạt về chuyển đổi số trong dạy học trong học kỳ II. Đồng chí Sầm Thị Nguyệt đề nghị chi bộ quan tâm bồi dưỡng quần chúng Hoàng Thị Thu Hà để xem xét kết nạp trong quý I/2027.
4. Biểu quyết
Biểu quyết đề nghị xếp loại chi bộ và kết quả xếp loại đảng viên: đảng viên chính thức có mặt 16 đồng chí; tán thành 16/16 đồng chí (đạt 100%).
Chi bộ thống nhất thông qua nghị quyết tháng 12/2026, giao chi ủy hoàn thiện hồ sơ gửi Đảng ủy xã trước ngày 20/12/2026.
Buổi sinh hoạt kết thúc lúc 17 giờ 45 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Nông Thị Hằng\tLương Văn Quyết
""")
