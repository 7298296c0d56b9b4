# -*- coding: utf-8 -*-
DOCS = []

DOCS.append(dict(
name="bb_chibo_dongchau_thang11_2026", genre="bien_ban",
text="""ĐẢNG BỘ XÃ TÂN HƯNG
CHI BỘ THÔN ĐỒNG CHÂU
Tân Hưng, ngày 05 tháng 11 năm 2026
BIÊN BẢN
Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/11/2026.
- Địa điểm: Nhà văn hóa thôn Đồng Châu.
- Chủ trì: đ/c Lương Văn Khải - Bí thư chi bộ; thư ký: đ/c Trịnh Thị Mai Hương - chi ủy viên.
- Dự và chỉ đạo: đ/c Đỗ Quang Vinh - Đảng ủy viên, phụ trách địa bàn.
- Tổng số đảng viên của chi bộ: 31 đ/c (29 chính thức, 02 dự bị); miễn sinh hoạt 03 đ/c; số phải có mặt 28 đ/c. Có mặt 25 đ/c, vắng 3 đ/c (đ/c Nguyễn Văn Thuận đi làm ăn xa - có báo cáo; đ/c Hà Thị Lụa ốm).
I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10
Đ/c Bí thư thông qua dự thảo báo cáo, cụ thể:
1. Về kinh tế: nhân dân thu hoạch xong 100% diện tích lúa mùa (62,4 ha), năng suất ước 5,8 tấn/ha. Cây vụ đông gieo trồng được 18,5/25 ha, đạt 74% kế hoạch, phần diện tích còn lại tiếp tục xuống giống trước ngày 20/11.
2. Các khoản thu: toàn thôn 214 hộ, đến hết ngày 31/10 có 187 hộ nộp quỹ phòng chống thiên tai, đạt 87,4%. Quỹ khuyến học thu được 45/52 hộ có con em đi học, đạt 88,5%; số hộ còn lại giao chi hội phụ nữ đôn đốc.
3. Công tác xây dựng Đảng: thu đảng phí tháng 10 được 29/31 đồng chí, đạt 93,5%. Kinh phí hoạt động quý IV Đảng ủy cấp cho chi bộ 3.500.000 đồng, đã chi 1.240.000 đồng (mua báo, tài liệu, nước uống), còn lại 2.260.000 đồng. Chi bộ hoàn thiện hồ sơ đề nghị kết nạp quần chúng Lê Văn Phúc, đoàn viên chi đoàn thôn.
4. Tham gia các hoạt động kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2026), Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.
II. Ý KIẾN THẢO LUẬN
- Đ/c Phạm Văn Điền: nhất trí với dự thảo; đề nghị chi bộ chỉ đạo ban công tác mặt trận rà soát lại danh sách 06 hộ cận nghèo trước khi bình xét cuối năm.
- Đ/c Trịnh Thị Mai Hương: đề nghị tuyến đường trục thôn đoạn từ nhà văn hóa đến cầu Đá (khoảng 350m) cần sửa chữa trước Tết, vận động nhân dân góp ngày công.
- Đ/c Đỗ Quang Vinh phát biểu chỉ đạo: ghi nhận cố gắng của chi bộ; yêu cầu chuẩn bị tốt kiểm điểm, đánh giá xếp loại đảng viên năm 2026.
III. NHIỆM VỤ THÁNG 11
1. Hoàn thành gieo trồng cây vụ đông theo kế hoạch.
2. Tổ chức Ngày hội Đại đoàn kết vào ngày 16/11/2026.
3. Chuẩn bị hồ sơ kiểm điểm cuối năm theo Hướng dẫn của Đảng ủy xã.
Đ/c chủ trì kết luận: giao chi ủy quản lý chặt chẽ số kinh phí 3.800.000 đồng Đảng ủy cấp, chi đúng mục đích, công khai tại kỳ sinh hoạt sau.
Nghị quyết tháng 11 được 25/25 đồng chí dự họp biểu quyết tán thành, đạt 100%.
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua.
THƯ KÝ	CHỦ TRÌ
Trịnh Thị Mai Hương	Lương Văn Khải""",
planted=[
 ("absentee-count-mismatch","vắng 3 đ/c","vắng 3 nhưng chỉ nêu tên 2 đồng chí (Thuận, Lụa)"),
 ("percent-mismatch","45/52 hộ có con em đi học, đạt 88,5%","45/52 = 86,5%, không phải 88,5%"),
 ("figure-inconsistent","kinh phí 3.800.000 đồng","phần I ghi Đảng ủy cấp 3.500.000 đồng; kết luận ghi 3.800.000 đồng"),
],
officials=[("Lương Văn Khải","Bí thư chi bộ"),("Trịnh Thị Mai Hương","Chi ủy viên, thư ký"),("Đỗ Quang Vinh","Đảng ủy viên"),("Phạm Văn Điền","Đảng viên"),("Nguyễn Văn Thuận","Đảng viên"),("Hà Thị Lụa","Đảng viên")],
checks=[("sum",[29,2],31),("sum",[28,3],31),("sum",[25,3],28),("pct",18.5,25,0,"74%"),("pct",187,214,1,"87,4%"),
        ("pct",29,31,1,"93,5%"),("diff",3500000,1240000,2260000),("diff",2026,1930,96),("pct",25,25,0,"100%")],
))

DOCS.append(dict(
name="bb_hnbch_hoaphong_lan7_2026", genre="bien_ban",
text="""ĐẢNG BỘ PHƯỜNG HÒA PHONG
BAN CHẤP HÀNH
*
BIÊN BẢN HỘI NGHỊ
Ban Chấp hành Đảng bộ phường lần thứ 7, khóa I, nhiệm kỳ 2025 - 2030
Hồi 08 giờ 00 phút, ngày 12/10/2026, tại Hội trường Đảng ủy phường, Ban Chấp hành Đảng bộ phường tổ chức Hội nghị lần thứ 7 (mở rộng).
Chủ trì: đồng chí Huỳnh Minh Trí, Bí thư Đảng ủy phường. Thư ký: đồng chí Phan Thị Ngọc Lan, Chánh Văn phòng Đảng ủy.
Thành phần: tổng số ủy viên Ban Chấp hành 33 đồng chí, có mặt 30 đồng chí; vắng 2 đồng chí (đ/c Lê Minh Tâm đi học lớp Cao cấp lý luận chính trị, đ/c Võ Thị Hạnh nghỉ ốm). Mời dự 12 đồng chí bí thư chi bộ trực thuộc không là ủy viên BCH.
Nội dung 1. Đ/c Nguyễn Hữu Lộc, Phó Bí thư, Chủ tịch UBND phường trình bày báo cáo tình hình thực hiện nhiệm vụ 9 tháng, phương hướng quý IV năm 2026. Một số kết quả chủ yếu:
+ Thu ngân sách trên địa bàn 41,26 tỷ đồng, bằng 78,4% dự toán năm (52,63 tỷ đồng), tăng 9,8% so với cùng kỳ.
+ Kết nạp 21 đảng viên, đạt 70% chỉ tiêu năm (30 đảng viên); chuyển chính thức 17 đồng chí.
+ Tỷ lệ hộ đạt danh hiệu "Gia đình văn hóa" 88,6%, đạt chỉ tiêu Nghị quyết (chỉ tiêu từ 92% trở lên).
+ Giải quyết việc làm mới cho 486 lao động, vượt kế hoạch năm (450 lao động).
Thảo luận: có 7 lượt ý kiến. Đ/c Trương Văn Bình đề nghị làm rõ nguyên nhân chậm giải ngân vốn đầu tư công (mới đạt 52,3%); đ/c Mai Thị Thu Trang đề nghị bổ sung số liệu về trật tự đô thị tại 04 tuyến đường chính.
Biểu quyết thông qua báo cáo: 28/30 đồng chí tán thành, 3 đồng chí không tán thành.
Nội dung 2. Công tác cán bộ: Hội nghị bỏ phiếu kín giới thiệu nhân sự bổ sung Ủy viên Ban Thường vụ. Số phiếu phát ra 30, thu về 30, hợp lệ 30. Kết quả: đ/c Trần Quốc Bảo được 16/33 đồng chí ủy viên BCH đồng ý (đạt 48,48%), 14 phiếu không đồng ý. Hội nghị thống nhất giới thiệu đ/c Trần Quốc Bảo để cấp trên xem xét, chuẩn y.
Nội dung 3. Hội nghị thông qua Nghị quyết lần thứ 7; Nghị quyết được 30/30 đồng chí có mặt biểu quyết tán thành (100% số có mặt, bằng 90,91% tổng số ủy viên BCH).
Đ/c Bí thư kết luận, yêu cầu quý IV tập trung: đẩy nhanh giải ngân; chuẩn bị tổng kết năm 2026; xây dựng kế hoạch tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2027).
Hội nghị kết thúc hồi 11 giờ 20 phút cùng ngày.
T/M BAN CHẤP HÀNH	THƯ KÝ
BÍ THƯ	
Huỳnh Minh Trí	Phan Thị Ngọc Lan""",
planted=[
 ("attendance-mismatch","có mặt 30 đồng chí; vắng 2 đồng chí","30 có mặt + 2 vắng = 32, không bằng tổng số 33 ủy viên"),
 ("target-status-mismatch","88,6%, đạt chỉ tiêu Nghị quyết","88,6% thấp hơn chỉ tiêu từ 92% trở lên nhưng ghi 'đạt chỉ tiêu'"),
 ("vote-mismatch","3 đồng chí không tán thành","28 tán thành + 3 không tán thành = 31 > 30 có mặt"),
 ("resolution-not-passed","được 16/33 đồng chí ủy viên BCH đồng ý (đạt 48,48%)","16/33 chưa quá một nửa tổng số ủy viên BCH nhưng hội nghị vẫn thống nhất giới thiệu"),
],
officials=[("Huỳnh Minh Trí","Bí thư Đảng ủy phường"),("Phan Thị Ngọc Lan","Chánh Văn phòng Đảng ủy, thư ký"),("Nguyễn Hữu Lộc","Phó Bí thư, Chủ tịch UBND phường"),("Lê Minh Tâm","Ủy viên BCH"),("Võ Thị Hạnh","Ủy viên BCH"),("Trương Văn Bình","Ủy viên BCH"),("Mai Thị Thu Trang","Ủy viên BCH"),("Trần Quốc Bảo","Ủy viên BCH")],
checks=[("pct",41.26,52.63,1,"78,4%"),("pct",21,30,0,"70%"),("sum",[16,14],30),("pct",16,33,2,"48,48%"),("pct",30,33,2,"90,91%"),("diff",2027,1930,97)],
))

DOCS.append(dict(
name="bb_kiemphieu_hlhpn_xa_phuthinh_2026", genre="bien_ban",
text="""HỘI LIÊN HIỆP PHỤ NỮ XÃ PHÚ THỊNH
ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ XÃ LẦN THỨ I, NHIỆM KỲ 2026 - 2031
BIÊN BẢN KIỂM PHIẾU
Bầu Ban Chấp hành Hội LHPN xã khóa I, nhiệm kỳ 2026 - 2031
Hôm nay, vào lúc 10 giờ 40 phút ngày 14/5/2026, tại Hội trường UBND xã Phú Thịnh, Ban kiểm phiếu được Đại hội tín nhiệm bầu gồm 03 đồng chí:
1. Đ/c Đinh Thị Thu Hà - Trưởng ban
2. Đ/c Kiều Thị Nga - Ủy viên
3. Đ/c Lò Thị Xuân - Ủy viên, thư ký
Đã tiến hành kiểm phiếu bầu Ban Chấp hành, kết quả như sau:
- Tổng số đại biểu được triệu tập: 95 đại biểu; có mặt: 92 đại biểu; vắng 03 đại biểu (có lý do).
- Đại hội biểu quyết số lượng Ban Chấp hành khóa I là 11 đồng chí; danh sách bầu cử gồm 12 đồng chí.
- Số phiếu phát ra: 92 phiếu; số phiếu thu vào: 92 phiếu.
- Số phiếu hợp lệ: 90 phiếu; số phiếu không hợp lệ: 03 phiếu.
Kết quả số phiếu bầu cho từng đồng chí (tỷ lệ tính trên tổng số phiếu thu vào):
TT | Họ và tên | Số phiếu | Tỷ lệ
1 | Phùng Thị Mến | 88 | 95,65%
2 | Sầm Thị Duyên | 86 | 93,48%
3 | Nông Thị Huế | 84 | 91,30%
4 | Hoàng Thị Lan Anh | 83 | 90,22%
5 | Lò Thị Hiền | 79 | 86,96%
6 | Vi Thị Thắm | 77 | 83,70%
7 | Lục Thị Nguyệt | 74 | 80,43%
8 | Bế Thị Hằng | 71 | 77,17%
9 | Triệu Thị Mai | 68 | 73,91%
10 | Ma Thị Loan | 65 | 70,65%
11 | Đàm Thị Quyên | 59 | 64,13%
12 | Hà Thị Vân | 41 | 44,57%
Căn cứ quy định, người trúng cử phải được quá một nửa tổng số phiếu thu vào và lấy theo thứ tự từ cao xuống thấp. Các đồng chí trúng cử vào Ban Chấp hành Hội LHPN xã khóa I (11 đồng chí) gồm: Phùng Thị Mến, Sầm Thị Duyên, Nông Thị Huế, Hoàng Thị Lan Anh, Lò Thị Hiền, Vi Thị Thắm, Lục Thị Nguyệt, Bế Thị Hằng, Triệu Thị Mai, Ma Thị Loan.
Đồng chí Hà Thị Vân đạt 41/92 phiếu, không đủ quá một nửa nên không trúng cử.
Biên bản lập xong hồi 11 giờ 25 phút cùng ngày, được đọc trước Đại hội và các thành viên Ban kiểm phiếu nhất trí ký tên.
TRƯỞNG BAN	ỦY VIÊN	ỦY VIÊN, THƯ KÝ
Đinh Thị Thu Hà	Kiều Thị Nga	Lò Thị Xuân""",
planted=[
 ("vote-mismatch","số phiếu không hợp lệ: 03 phiếu","90 hợp lệ + 3 không hợp lệ = 93 ≠ 92 phiếu thu vào"),
 ("percent-mismatch","79 | 86,96%","79/92 = 85,87%, không phải 86,96%"),
 ("count-mismatch","khóa I (11 đồng chí) gồm","công bố 11 đồng chí trúng cử nhưng chỉ liệt kê 10 tên (thiếu Đàm Thị Quyên)"),
],
officials=[("Đinh Thị Thu Hà","Trưởng ban kiểm phiếu"),("Kiều Thị Nga","Ủy viên ban kiểm phiếu"),("Lò Thị Xuân","Ủy viên, thư ký ban kiểm phiếu")],
checks=[("sum",[92,3],95),("pct",88,92,2,"88 | 95,65%"),("pct",86,92,2,"86 | 93,48%"),("pct",84,92,2,"84 | 91,30%"),("pct",83,92,2,"83 | 90,22%"),
        ("pct",77,92,2,"77 | 83,70%"),("pct",74,92,2,"74 | 80,43%"),("pct",71,92,2,"71 | 77,17%"),("pct",68,92,2,"68 | 73,91%"),
        ("pct",65,92,2,"65 | 70,65%"),("pct",59,92,2,"59 | 64,13%"),("pct",41,92,2,"41 | 44,57%"),("wrongpct",79,92,2,"79 | 86,96%")],
))

DOCS.append(dict(
name="bb_danhgia_chibo_tramyte_2026", genre="bien_ban",
text="""ĐẢNG BỘ XÃ LONG HIỆP
CHI BỘ TRẠM Y TẾ
Long Hiệp, ngày 03 tháng 12 năm 2026
BIÊN BẢN
Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và tập thể chi bộ năm 2026
Thời gian: từ 14 giờ 00 đến 16 giờ 45 ngày 03/12/2026. Địa điểm: phòng họp Trạm Y tế xã.
Chủ trì: đ/c Tạ Văn Lực, Bí thư Chi bộ, Trạm trưởng. Thư ký: đ/c Khúc Thị Ngân, Phó Bí thư Chi bộ.
Dự hội nghị có đ/c Âu Thanh Sơn, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng ủy xã.
Chi bộ có 18 đảng viên (16 chính thức, 2 dự bị). Có mặt 17/18 đồng chí; vắng 01 đồng chí là đ/c Chu Văn Tường đang đi học chuyên khoa I tại Trường Đại học Y (có đơn xin vắng, đã gửi bản kiểm điểm).
I. Kiểm điểm tập thể chi bộ
Đ/c Bí thư trình bày báo cáo kiểm điểm tập thể. Năm 2026 chi bộ tổ chức 12/12 kỳ sinh hoạt thường kỳ và 4 kỳ sinh hoạt chuyên đề. Trạm khám, điều trị cho 9.862 lượt người, tăng 6,3% so với năm 2025 (9.278 lượt). Tiêm chủng mở rộng cho trẻ dưới 1 tuổi đạt 96,4% (187/194 trẻ), vượt chỉ tiêu 95%. Quản lý 1.426 người mắc bệnh không lây nhiễm, trong đó 812 người tăng huyết áp và 377 người đái tháo đường.
Thu đảng phí đủ 12 tháng, tổng số 5.318.400 đồng, đã nộp lên Đảng ủy 30%.
Hạn chế: còn 02 kỳ sinh hoạt tổ chức chậm so với lịch; công tác phát triển đảng viên chưa đạt (kết nạp 01/02 quần chúng theo chỉ tiêu).
Ý kiến tham gia: 6 lượt ý kiến, nhất trí với nội dung báo cáo.
II. Kiểm điểm, đánh giá đảng viên
Lần lượt 17 đồng chí có mặt tự kiểm điểm, chi bộ góp ý; bản kiểm điểm của đ/c Tường được đọc tại hội nghị.
Kết quả bỏ phiếu kín đề xuất xếp loại (phát ra 17 phiếu, thu về 17 phiếu, 17 phiếu hợp lệ):
- Hoàn thành xuất sắc nhiệm vụ: 03 đồng chí (16,67%);
- Hoàn thành tốt nhiệm vụ: 13 đồng chí (72,22%);
- Hoàn thành nhiệm vụ: 02 đồng chí (11,11%);
- Không hoàn thành nhiệm vụ: không.
Số đảng viên đề xuất xếp loại hoàn thành xuất sắc không vượt quá 20% số hoàn thành tốt nhiệm vụ trở lên theo hướng dẫn.
III. Tự xếp loại tập thể chi bộ
Chi bộ đề nghị xếp loại "Hoàn thành tốt nhiệm vụ" với 16/17 phiếu tán thành (94,12%), 01 phiếu đề nghị hoàn thành nhiệm vụ.
Đ/c Âu Thanh Sơn phát biểu ghi nhận kết quả và đề nghị chi bộ hoàn thiện hồ sơ trước ngày 15/12/2026.
Hội nghị kết thúc lúc 16 giờ 45 phút, biên bản được thông qua trước chi bộ.
THƯ KÝ	BÍ THƯ CHI BỘ
Khúc Thị Ngân	Tạ Văn Lực""",
planted=[],
officials=[("Tạ Văn Lực","Bí thư Chi bộ, Trạm trưởng"),("Khúc Thị Ngân","Phó Bí thư Chi bộ, thư ký"),("Âu Thanh Sơn","Ủy viên BTV, Trưởng Ban Xây dựng Đảng ủy xã"),("Chu Văn Tường","Đảng viên")],
checks=[("sum",[16,2],18),("sum",[17,1],18),("growth",9862,9278,1,"6,3%"),("pct",187,194,1,"96,4%"),("sum",[3,13,2],18),
        ("pct",3,18,2,"16,67%"),("pct",13,18,2,"72,22%"),("pct",2,18,2,"11,11%"),("pct",16,17,2,"94,12%"),("sum",[16,1],17),("le",3,0.2*16)],
))
