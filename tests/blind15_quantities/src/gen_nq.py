from common import *

doc('nq01_chibo_kp2_nam2027', 'nghi_quyet', f"""
ĐẢNG BỘ PHƯỜNG LONG BIÊN\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU DÂN CƯ SỐ 2
*
Số 12-NQ/CB\tLong Biên, ngày 18 tháng 12 năm 2026
NGHỊ QUYẾT
về nhiệm vụ năm 2027
Ngày 16/12/2026, Chi bộ Khu dân cư số 2 họp kiểm điểm kết quả năm 2026, đề ra nhiệm vụ năm 2027. Tổng số đảng viên 41 đồng chí (38 chính thức, 3 dự bị), miễn sinh hoạt 6 đồng chí; có mặt 33 đồng chí, vắng 2 đồng chí có lý do.
I. ĐÁNH GIÁ KẾT QUẢ NĂM 2026
Chi bộ lãnh đạo thực hiện 7 chỉ tiêu nghị quyết, hoàn thành 5/7 chỉ tiêu. Khu dân cư có 575 hộ với 2.016 nhân khẩu; 524 hộ đạt danh hiệu "Gia đình văn hóa", tỷ lệ {P(524, 575)}% (chỉ tiêu 93%), hoàn thành chỉ tiêu đề ra.
Vận động Quỹ "Vì người nghèo" 62.500.000 đồng, đạt {P(625, 500)}% kế hoạch (50 triệu đồng). Kết nạp 1 đảng viên, đạt 50% chỉ tiêu (2 đảng viên). Thu đảng phí đạt 100%; 35/35 đảng viên sinh hoạt thường xuyên được xếp loại, không có đảng viên không hoàn thành nhiệm vụ.
Hạn chế: tỷ lệ hộ đạt "Gia đình văn hóa" chưa đạt chỉ tiêu; vệ sinh môi trường ở ngõ 14 và ngõ 27 chưa bảo đảm; công tác tạo nguồn phát triển đảng viên chưa đạt yêu cầu.
II. NHIỆM VỤ NĂM 2027
1. Năm 2027, chi bộ đề ra 6 chỉ tiêu chủ yếu: (1) 100% đảng viên học tập, quán triệt nghị quyết của Đảng; (2) kết nạp 2 đảng viên mới; (3) 94% số hộ đạt danh hiệu "Gia đình văn hóa"; (4) vận động Quỹ "Vì người nghèo" từ 55 triệu đồng trở lên; (5) không có hộ tái nghèo; (6) 100% hộ phân loại rác tại nguồn; (7) chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.
2. Giải pháp: phân công 4 tổ đảng phụ trách 12 tổ dân phố, mỗi tổ đảng phụ trách 3 tổ dân phố; chi ủy rà soát quần chúng ưu tú, phấn đấu kết nạp 3 đảng viên mới trong năm 2027, ưu tiên đoàn viên thanh niên; phối hợp Ban công tác Mặt trận tổ chức 2 đợt tổng vệ sinh vào tháng 3 và tháng 9.
3. Tổ chức kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2027) và bầu cử trưởng khu dân cư nhiệm kỳ 2027 - 2029 theo kế hoạch của phường.
III. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa nghị quyết thành chương trình công tác tháng, quý; các tổ đảng triển khai đến từng đảng viên. Nghị quyết được chi bộ biểu quyết: đảng viên chính thức có mặt 30 đồng chí, tán thành 30/30 (100%).
Nơi nhận:\tT/M CHI BỘ
- Đảng ủy phường (b/c);\tBÍ THƯ
- Đảng viên trong chi bộ;
- Lưu.\tKhúc Thị Thanh Tâm
""", [
 ('target-status-mismatch', 'hoàn thành chỉ tiêu đề ra', '524/575 = 91,1% < 93% chỉ tiêu: chưa hoàn thành (chính phần hạn chế cũng nói chưa đạt)'),
 ('count-mismatch', '6 chỉ tiêu chủ yếu', 'Nêu 6 chỉ tiêu nhưng liệt kê 7 mục (1)-(7)'),
 ('figure-inconsistent', 'kết nạp 3 đảng viên mới', 'Chỉ tiêu kết nạp năm 2027 ở mục (2) là 2 đảng viên mới, phần giải pháp ghi 3'),
])

doc('nq02_dangbo_phuong_dautu', 'nghi_quyet', f"""
ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HẢI CHÂU
*
Số 27-NQ/ĐU\tĐà Nẵng, ngày 22 tháng 12 năm 2026
NGHỊ QUYẾT
về phát triển kinh tế - xã hội, đầu tư kết cấu hạ tầng đô thị năm 2027 và giai đoạn 2027 - 2030
I. ĐÁNH GIÁ TÌNH HÌNH
Năm 2026, thu ngân sách trên địa bàn ước đạt 82,5 tỷ đồng, bằng {P(825, 760)}% dự toán (76 tỷ đồng); giải ngân vốn đầu tư công đạt {P(463, 512)}% kế hoạch (46,3/51,2 tỷ đồng). Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt {P(4128, 5604)}% (4.128/5.604 hồ sơ).
II. MỤC TIÊU, CHỈ TIÊU
1. Năm 2027: thu ngân sách đạt 96 tỷ đồng, tăng 14,5 tỷ đồng so với năm 2026, tương ứng tăng {P(960 - 825, 825)}%; giải ngân 100% kế hoạch vốn; tỷ lệ hồ sơ trực tuyến toàn trình trên 80%; 6 tháng đầu năm giải ngân tối thiểu 45% kế hoạch vốn.
2. Giai đoạn 2027 - 2030: tổng vốn đầu tư công dự kiến 412 tỷ đồng, gồm ngân sách thành phố 265 tỷ đồng, ngân sách phường 118 tỷ đồng và huy động xã hội hóa 36 tỷ đồng; chỉnh trang 24 tuyến kiệt, hẻm với tổng chiều dài 9,6 km, bình quân 0,4 km/tuyến; xây mới 2 trường mầm non và 1 nhà văn hóa phường.
3. Phấn đấu đến năm 2030, 100% tổ dân phố có điểm sinh hoạt cộng đồng; thu nhập bình quân đầu người tăng bình quân 7%/năm.
III. NHIỆM VỤ, GIẢI PHÁP
Ủy ban nhân dân phường lập danh mục dự án trình Hội đồng nhân dân phường trong quý I/2027; Ủy ban Mặt trận Tổ quốc phường vận động nhân dân hiến đất mở rộng kiệt, hẻm; các chi bộ tổ dân phố đưa nội dung chỉnh trang đô thị vào sinh hoạt chi bộ hằng quý.
IV. TỔ CHỨC THỰC HIỆN
Ban Thường vụ Đảng ủy chỉ đạo xây dựng kế hoạch thực hiện; định kỳ 6 tháng sơ kết, báo cáo Ban Chấp hành Đảng bộ phường.
Nghị quyết được Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 11 thông qua ngày 20/12/2026 với 23/25 ủy viên có mặt tham gia biểu quyết; tán thành 21 đồng chí, không tán thành 1 đồng chí, không biểu quyết 2 đồng chí.
Nơi nhận:\tT/M ĐẢNG ỦY
- Ban Thường vụ Thành ủy (b/c);\tBÍ THƯ
- Các chi bộ trực thuộc;
- Lưu VPĐU.\tHồ Nghĩa Dũng
""", [
 ('derived-mismatch', 'tăng 14,5 tỷ đồng', '96 - 82,5 = 13,5 tỷ đồng, không phải 14,5 tỷ đồng (tỷ lệ tăng 16,4% khớp với 13,5)'),
 ('sum-mismatch', 'dự kiến 412 tỷ đồng', '265 + 118 + 36 = 419 ≠ 412 tỷ đồng'),
 ('vote-mismatch', 'tán thành 21 đồng chí', '23 ủy viên biểu quyết nhưng 21 + 1 + 2 = 24 > 23'),
])

doc('nq03_chibo_coquan_ubnd_xa', 'nghi_quyet', f"""
ĐẢNG BỘ XÃ NAM ĐÔNG\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ
*
Số 08-NQ/CB\tNam Đông, ngày 09 tháng 10 năm 2026
NGHỊ QUYẾT
Sinh hoạt chi bộ thường kỳ tháng 10 năm 2026
Thực hiện chương trình công tác năm 2026, ngày 07/10/2026 Chi bộ Cơ quan Ủy ban nhân dân xã tổ chức sinh hoạt thường kỳ. Tổng số đảng viên 22 đồng chí (20 chính thức, 2 dự bị), không có đảng viên miễn sinh hoạt; có mặt 19 đồng chí; vắng 2 đồng chí có lý do: Hồ Văn Trung (đi học), A Viết Thu (ốm). Đồng chí Nguyễn Thị Thanh Hương, Bí thư Chi bộ, Phó Chủ tịch UBND xã chủ trì.
I. KẾT QUẢ THÁNG 9 VÀ 9 THÁNG NĂM 2026
Cải cách hành chính: 9 tháng tiếp nhận 1.457 hồ sơ, trong đó hồ sơ trực tuyến 1.163 hồ sơ, chiếm 81,2%; đã trả kết quả đúng hạn 1.449 hồ sơ ({P(1449, 1457)}%), trễ hạn 8 hồ sơ do phải xác minh nguồn gốc đất.
Tài chính: thu ngân sách 9 tháng 9,86 tỷ đồng, đạt {P(986, 1320)}% dự toán năm (13,2 tỷ đồng); chi ngân sách 7,42 tỷ đồng.
Nông nghiệp: gieo trồng vụ Hè Thu 612 ha, đạt {P(612, 600)}% kế hoạch; năng suất lúa bình quân 52,4 tạ/ha; trồng mới 86 ha rừng keo; tổng đàn trâu, bò 2.415 con, trong đó 1.630 con bò.
Chuyển đổi số: 22/22 đảng viên sử dụng sổ tay đảng viên điện tử; 9 tháng tổ công nghệ số cộng đồng hướng dẫn 1.320 người dân cài đặt định danh điện tử mức 2.
II. NHIỆM VỤ THÁNG 10/2026
1. Đẩy nhanh hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 64 hộ ở thôn 3 và thôn 5.
2. Chuẩn bị tổng kết năm, kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2026 theo hướng dẫn của Đảng ủy xã.
3. Tổ chức các hoạt động chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026).
III. TỔ CHỨC THỰC HIỆN
Giao đồng chí Nguyễn Thị Thanh Hướng chỉ đạo công chức chuyên môn giải quyết dứt điểm 8 hồ sơ trễ hạn trước ngày 31/10/2026; đồng chí Lê Văn Quang, Phó Bí thư Chi bộ, theo dõi, đôn đốc thực hiện nghị quyết.
Nghị quyết được chi bộ biểu quyết với 18/18 đảng viên chính thức có mặt tán thành.
Nơi nhận:\tT/M CHI BỘ
- Đảng ủy xã (b/c);\tBÍ THƯ
- Lưu chi bộ.\tNguyễn Thị Thanh Hương
""", [
 ('attendance-mismatch', 'có mặt 19 đồng chí', 'Tổng 22, vắng 2 (nêu tên 2): có mặt phải là 20; 19 + 2 = 21 ≠ 22'),
 ('percent-mismatch', 'chiếm 81,2%', '1.163/1.457 = 79,82% ≈ 79,8%, không phải 81,2%'),
 ('name-inconsistent', 'Nguyễn Thị Thanh Hướng', 'Bí thư Chi bộ ghi là Nguyễn Thị Thanh Hương ở 2 chỗ khác'),
])

doc('nq04_hdnd_xa_kinhte_2027', 'nghi_quyet', f"""
HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ THANH SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 31/NQ-HĐND\tThanh Sơn, ngày 18 tháng 12 năm 2026
NGHỊ QUYẾT
Về nhiệm vụ phát triển kinh tế - xã hội năm 2027
HỘI ĐỒNG NHÂN DÂN XÃ THANH SƠN
KHÓA I, KỲ HỌP THỨ TƯ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét Tờ trình số 248/TTr-UBND ngày 05 tháng 12 năm 2026 của Ủy ban nhân dân xã; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Đánh giá kết quả năm 2026
Năm 2026, xã thực hiện 14 chỉ tiêu chủ yếu, có 11 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt. Tổng giá trị sản xuất ước đạt 2.148 tỷ đồng, tăng {P(2148 - 1986, 1986)}% so với năm 2025 (1.986 tỷ đồng). Thu nhập bình quân đầu người 67,2 triệu đồng. Tỷ lệ hộ nghèo còn 1,84% (126/6.848 hộ), giảm 0,52 điểm phần trăm so với đầu năm (2,36%).
Điều 2. Chỉ tiêu chủ yếu năm 2027
1. Tổng giá trị sản xuất tăng 8% trở lên, đạt từ {N(round(2148 * 1.08))} tỷ đồng.
2. Thu ngân sách trên địa bàn 38,5 tỷ đồng, tăng {P(385 - 352, 352)}% so với ước thực hiện năm 2026 (35,2 tỷ đồng).
3. Thu nhập bình quân đầu người đạt 72 triệu đồng, tăng 4,8 triệu đồng so với năm 2026.
4. Tỷ lệ hộ nghèo giảm 0,4 điểm phần trăm, còn dưới 1,5%.
5. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5% trở lên; 6 tháng đầu năm đạt tối thiểu 93%.
6. Tuyển chọn, gọi công dân nhập ngũ đạt 100% chỉ tiêu giao.
Điều 3. Giải pháp chủ yếu
Tập trung tháo gỡ mặt bằng 4 dự án chuyển tiếp; xây dựng 2 mô hình sản xuất theo chuỗi giá trị với 120 hộ tham gia, trong đó 36 hộ cận nghèo; hoàn thành đường liên thôn 3 - thôn 7 dài 2,8 km trước ngày 30/6/2027.
Điều 4. Tổ chức thực hiện
Giao Ủy ban nhân dân xã tổ chức thực hiện; Thường trực Hội đồng nhân dân, các Ban, Tổ đại biểu và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện.
Nghị quyết này đã được Hội đồng nhân dân xã Thanh Sơn khóa I, kỳ họp thứ tư thông qua ngày 18 tháng 12 năm 2026, với 28/30 đại biểu có mặt tán thành ({P(28, 30)}% tổng số đại biểu) và có hiệu lực kể từ ngày thông qua./.
Nơi nhận:\tCHỦ TỊCH
- Thường trực HĐND, UBND tỉnh;
- Đại biểu HĐND xã;
- Lưu: VT.\tLa Văn Khoa
""")

doc('nq05_ketluan_btv_dangbo_xa', 'nghi_quyet', f"""
ĐẢNG BỘ TỈNH GIA LAI\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ IA HRÚ
*
Số 45-KL/ĐU\tIa Hrú, ngày 10 tháng 7 năm 2026
KẾT LUẬN
của Ban Thường vụ Đảng ủy về kết quả thực hiện nghị quyết 6 tháng đầu năm 2026
Ngày 08/7/2026, Ban Thường vụ Đảng ủy xã họp nghe báo cáo kết quả 6 tháng đầu năm 2026. Ban Thường vụ kết luận như sau:
1. Kết quả đạt được
- Tổng diện tích gieo trồng vụ Đông Xuân và vụ Mùa 6.420 ha, đạt {P(6420, 9850)}% kế hoạch năm (9.850 ha); riêng cây cà phê tái canh 215 ha, vượt kế hoạch năm 15 ha (kế hoạch 200 ha).
- Thu ngân sách 6 tháng 5,74 tỷ đồng, đạt {P(574, 1150)}% dự toán (11,5 tỷ đồng), tăng 0,62 tỷ đồng so với cùng kỳ (5,12 tỷ đồng).
- Tỷ lệ tham gia bảo hiểm y tế 17.906/19.284 người, đạt {P(17906, 19284)}%; chỉ tiêu cả năm 95%, còn phải vận động khoảng 414 người.
- Xây dựng Đảng: kết nạp 11 đảng viên (trong đó 8 đồng chí là người dân tộc thiểu số), đạt {P(11, 25)}% chỉ tiêu năm; 29/29 chi bộ đã tổ chức sinh hoạt chuyên đề quý II.
- Giải quyết 19 đơn thư trên tổng số 21 đơn thư thuộc thẩm quyền ({P(19, 21)}%); 2 đơn đang xác minh.
- Văn hóa - xã hội: 4.126/4.380 hộ được công nhận "Gia đình văn hóa" năm 2025 ({P(4126, 4380)}%); Lễ hội cồng chiêng của xã có 18 đội với 540 nghệ nhân tham gia, bình quân 30 nghệ nhân/đội.
2. Hạn chế
Giải ngân vốn đầu tư công 6 tháng mới đạt {P(318, 946)}% kế hoạch (3,18/9,46 tỷ đồng); 4/29 chi bộ thôn, làng sinh hoạt chưa đều; tỷ lệ tham gia bảo hiểm y tế còn thấp hơn chỉ tiêu năm.
3. Nhiệm vụ 6 tháng cuối năm
- Phấn đấu hoàn thành 100% kế hoạch giải ngân vốn đầu tư công năm 2026; tỷ lệ bảo hiểm y tế đạt 95% (khoảng 18.320 người).
- Kết nạp thêm 14 đảng viên để hoàn thành chỉ tiêu 25 đảng viên trong năm.
- Chuẩn bị tổng kết 5 năm thực hiện Nghị quyết số 05-NQ/ĐU về phát triển cây công nghiệp dài ngày.
Giao Ủy ban nhân dân xã, các ban xây dựng Đảng và 29 chi bộ trực thuộc tổ chức thực hiện; Văn phòng Đảng ủy theo dõi, báo cáo Ban Thường vụ vào ngày 05/10/2026.
Nơi nhận:\tT/M BAN THƯỜNG VỤ
- Ban Thường vụ Tỉnh ủy (b/c);\tBÍ THƯ
- Các chi bộ trực thuộc;
- Lưu VPĐU.\tRơ Châm Ngơn
""")
