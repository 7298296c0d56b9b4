# -*- coding: utf-8 -*-
DOCS = []

DOCS.append(dict(
name="tb_ketluan_btv_danguy_baolam_thang12_2026", genre="bao_cao",
text="""ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY XÃ BẢO LÂM
Số 142-TB/ĐU
Bảo Lâm, ngày 04 tháng 12 năm 2026
THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Đảng ủy tại cuộc họp ngày 02/12/2026
Ngày 02/12/2026, Ban Thường vụ Đảng ủy xã họp nghe báo cáo tình hình thực hiện nhiệm vụ 11 tháng, nhiệm vụ trọng tâm tháng 12 năm 2026. Đồng chí Y Kơ Nia, Bí thư Đảng ủy xã chủ trì; dự họp có 9/9 đồng chí Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ xã và Chánh Văn phòng Đảng ủy. Sau khi nghe báo cáo và ý kiến tham gia, đồng chí Bí thư kết luận như sau:
1. Đánh giá chung
Ban Thường vụ ghi nhận các kết quả trong 11 tháng: thu ngân sách trên địa bàn đạt 23,64 tỷ đồng, bằng 94,1% dự toán năm (25,12 tỷ đồng); giải ngân vốn đầu tư công 31,5/48,2 tỷ đồng, đạt 65,4% kế hoạch vốn; tiêm phòng đợt 2 cho đàn gia súc 4.215/4.380 con, đạt 96,2%. Tỷ lệ hộ nghèo còn 1,84%, giảm 0,61 điểm phần trăm so với đầu năm, đạt mục tiêu Nghị quyết (dưới 2%). Toàn xã trồng mới 126 ha cà phê và 48 ha sầu riêng, trong đó 35 ha sầu riêng trồng xen trong vườn cà phê.
Công tác xây dựng Đảng: kết nạp 27 đảng viên, vượt chỉ tiêu năm (25 đảng viên); 31/31 chi bộ đã hoàn thành kiểm điểm, đánh giá, xếp loại trước ngày 30/11.
Hạn chế: giải ngân vốn đầu tư công còn chậm; việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số tại 03 thôn chưa đạt tiến độ.
2. Nhiệm vụ trọng tâm tháng 12
Ban Thường vụ thống nhất 4 nhiệm vụ trọng tâm:
(1) UBND xã tập trung đôn đốc giải ngân, phấn đấu đến 31/12/2026 đạt trên 90% kế hoạch vốn;
(2) Hoàn thành thu ngân sách vượt dự toán;
(3) Tổ chức tổng kết công tác Đảng năm 2026 trước ngày 25/12/2026;
(4) Chuẩn bị chu đáo các điều kiện để nhân dân vui Xuân, đón Tết Đinh Mùi năm 2027, bảo đảm không để hộ nào không có Tết.
3. Tổ chức thực hiện
Giao Văn phòng Đảng ủy theo dõi, đôn đốc; định kỳ ngày 20 hằng tháng báo cáo Thường trực Đảng ủy. Đảng ủy viên phụ trách 12 thôn, bon chủ động nắm tình hình cơ sở.
Văn phòng Đảng ủy xin thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.
Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); Thường trực HĐND, UBND xã; các chi bộ trực thuộc; lưu VPĐU.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Đoàn Thị Bích Liên""",
planted=[],
officials=[("Y Kơ Nia","Bí thư Đảng ủy xã"),("Đoàn Thị Bích Liên","Chánh Văn phòng Đảng ủy")],
checks=[("pct",23.64,25.12,1,"94,1%"),("pct",31.5,48.2,1,"65,4%"),("pct",4215,4380,1,"96,2%"),("lt",1.84,2),("gt",27,25)],
))

DOCS.append(dict(
name="nq_hnbch_danguy_phuong_anthoi_lan9_2026", genre="bao_cao",
text="""ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
ĐẢNG ỦY PHƯỜNG AN THỚI
*
Số 12-NQ/ĐU
An Thới, ngày 20 tháng 11 năm 2026
NGHỊ QUYẾT
Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 9 (khóa I)
về nhiệm vụ năm 2027
Ngày 19/11/2026, Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030 họp Hội nghị lần thứ 9. Hội nghị có 37/39 đồng chí ủy viên Ban Chấp hành dự, 02 đồng chí vắng có lý do. Sau khi thảo luận,
QUYẾT NGHỊ:
I. Đánh giá kết quả năm 2026
Năm 2026, trong điều kiện vừa vận hành mô hình chính quyền địa phương hai cấp, Đảng bộ đã lãnh đạo thực hiện đạt và vượt 14/17 chỉ tiêu Nghị quyết; 3 chỉ tiêu không đạt. Thu ngân sách trên địa bàn 96,85 tỷ đồng, đạt 107,2% dự toán (91,4 tỷ đồng), tăng 12,5% so với năm 2025. Giá trị sản xuất thương mại - dịch vụ chiếm 71,3% cơ cấu kinh tế.
Kết nạp 43 đảng viên, đạt 107,5% chỉ tiêu (40 đảng viên). Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên 86,4%, chưa đạt chỉ tiêu (từ 85% trở lên); nguyên nhân do 03 chi bộ khu vực sinh hoạt không đều.
Hội nghị thống nhất đánh giá: Đảng bộ phường năm 2026 hoàn thành tốt nhiệm vụ; nhất trí đề nghị cấp trên xem xét, xếp loại.
II. Mục tiêu, chỉ tiêu năm 2027
Thu ngân sách đạt từ 100 tỷ đồng trở lên; tỷ lệ hộ nghèo theo chuẩn thành phố giảm còn dưới 0,5%; kết nạp ít nhất 45 đảng viên; 100% khu vực có camera an ninh kết nối với Công an phường; tỷ lệ tham gia bảo hiểm y tế đạt 95,5%.
III. Nhiệm vụ, giải pháp
Hội nghị thống nhất 5 nhiệm vụ, giải pháp trọng tâm năm 2027:
1. Tiếp tục kiện toàn tổ chức bộ máy, nâng cao chất lượng sinh hoạt 44 chi bộ trực thuộc, nhất là chi bộ khu vực.
2. Tập trung cải cách hành chính, chuyển đổi số; phấn đấu 85% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.
3. Chỉnh trang đô thị dọc tuyến đường Cách Mạng Tháng Tám; giải phóng mặt bằng dự án kè sông dài 1,8 km.
4. Bảo đảm quốc phòng, an ninh; hoàn thành giao quân năm 2027.
IV. Tổ chức thực hiện
Ban Thường vụ Đảng ủy cụ thể hóa Nghị quyết bằng chương trình hành động, phân công ủy viên Ban Chấp hành phụ trách từng lĩnh vực. Các chi bộ trực thuộc tổ chức quán triệt trong kỳ sinh hoạt tháng 12/2026.
Nghị quyết này được 37/37 đồng chí ủy viên Ban Chấp hành dự hội nghị biểu quyết thông qua.
T/M BAN CHẤP HÀNH
BÍ THƯ
Lâm Quốc Việt""",
planted=[
 ("percent-mismatch","96,85 tỷ đồng, đạt 107,2%","96,85/91,4 = 106,0%"),
 ("target-status-mismatch","86,4%, chưa đạt chỉ tiêu","86,4% đã vượt chỉ tiêu từ 85% trở lên nhưng ghi 'chưa đạt'"),
 ("count-mismatch","thống nhất 5 nhiệm vụ","công bố 5 nhiệm vụ, giải pháp nhưng chỉ liệt kê 4"),
],
officials=[("Lâm Quốc Việt","Bí thư Đảng ủy phường")],
checks=[("sum",[37,2],39),("sum",[14,3],17),("pct",43,40,1,"107,5%"),("wrongpct",96.85,91.4,1,"107,2%"),("gt",37,39/2)],
))

DOCS.append(dict(
name="tin_hnbch_tinh_lan9_2026", genre="tin_hoi_nghi",
text="""Khai mạc Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh khóa I
(Cổng TTĐT tỉnh) - Sáng 03/12, Ban Chấp hành Đảng bộ tỉnh khai mạc Hội nghị lần thứ 9, khóa I, nhiệm kỳ 2025 - 2030 để đánh giá tình hình thực hiện nhiệm vụ năm 2026 và quyết định phương hướng, nhiệm vụ năm 2027. Hội nghị diễn ra trong 2 ngày (03 - 04/12).
Đồng chí Hứa Văn Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì Hội nghị. Dự hội nghị có 64/68 đồng chí Tỉnh ủy viên; vắng 3 đồng chí có lý do. Cùng dự có lãnh đạo các sở, ngành và bí thư đảng ủy của 124 xã, phường trên địa bàn tỉnh.
Phát biểu khai mạc, đồng chí Bí thư Tỉnh ủy nhấn mạnh, năm 2026 là năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và Nghị quyết Đại hội XIV của Đảng, cũng là năm tổ chức thành công bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Theo báo cáo do đồng chí Vương Thị Kim Dung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trình bày, tốc độ tăng trưởng kinh tế (GRDP) năm 2026 ước đạt 8,12%, vượt chỉ tiêu đề ra (8%). Tổng thu ngân sách nhà nước ước đạt 26.480 tỷ đồng, bằng 112,3% dự toán Trung ương giao (23.580 tỷ đồng) và 104,6% dự toán HĐND tỉnh giao (25.316 tỷ đồng). Kim ngạch xuất khẩu ước 4,82 tỷ USD, tăng 11,4% so với năm 2025.
Về xây dựng Đảng, toàn Đảng bộ kết nạp 2.146 đảng viên; số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt tỷ lệ cao. Đến nay, đã có 97 xã, phường hoàn thành chuẩn hóa cơ sở dữ liệu dân cư, đất đai phục vụ chính quyền số, chiếm 80,2%.
Bên cạnh kết quả đạt được, báo cáo cũng chỉ rõ một số hạn chế: giải ngân vốn đầu tư công mới đạt 71,6% kế hoạch; một số dự án trọng điểm chậm tiến độ; đời sống một bộ phận nhân dân vùng sâu, vùng xa còn khó khăn.
Năm 2027, tỉnh phấn đấu tăng trưởng GRDP từ 8,5% trở lên; thu ngân sách đạt trên 28.000 tỷ đồng; tỷ lệ hộ nghèo đa chiều giảm 1 - 1,5 điểm phần trăm.
Đồng chí Bí thư Tỉnh ủy đề nghị các đại biểu tập trung thảo luận, làm rõ nguyên nhân hạn chế; đồng thời ghi nhận nỗ lực của các cấp ủy cơ sở "với 2.164 đảng viên được kết nạp trong năm, cao nhất từ trước đến nay". Hội nghị cũng dành thời gian cho ý kiến về kế hoạch tổ chức kỷ niệm 80 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2026).
Chiều cùng ngày, Hội nghị làm việc tại tổ.
Nguyễn Phương Thảo""",
planted=[
 ("attendance-mismatch","vắng 3 đồng chí có lý do","64 dự + 3 vắng = 67, không bằng 68 Tỉnh ủy viên"),
 ("percent-mismatch","chiếm 80,2%","97/124 xã, phường (tổng nêu ở đoạn trên) = 78,2%"),
 ("figure-inconsistent","với 2.164 đảng viên","đoạn trước ghi kết nạp 2.146 đảng viên"),
],
officials=[("Hứa Văn Thịnh","Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),("Vương Thị Kim Dung","Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")],
checks=[("gt",8.12,8),("pct",26480,23580,1,"112,3%"),("pct",26480,25316,1,"104,6%"),("wrongpct",97,124,1,"80,2%"),("diff",2026,1946,80),("wrongsum",[64,3],68)],
))

DOCS.append(dict(
name="tin_tongket_mttq_xa_thuanhoa_2026", genre="tin_hoi_nghi",
text="""Ủy ban MTTQ Việt Nam xã Thuận Hòa tổng kết công tác năm 2026
Chiều 01/12/2026, Ủy ban MTTQ Việt Nam xã Thuận Hòa tổ chức Hội nghị tổng kết công tác Mặt trận năm 2026, triển khai chương trình phối hợp và thống nhất hành động năm 2027. Dự hội nghị có đồng chí Ngô Đức Hạnh, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Lưu Thị Thanh Bình, Chủ tịch Ủy ban MTTQ xã cùng 86 đại biểu là ủy viên Ủy ban MTTQ xã, trưởng ban công tác Mặt trận 18 thôn và đại diện các tổ chức thành viên.
Năm 2026, Ủy ban MTTQ xã đã chủ trì, phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với tỷ lệ cử tri đi bầu đạt 99,62% (14.318/14.373 cử tri). Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai ở 18/18 khu dân cư, đạt 100%.
Quỹ "Vì người nghèo" năm 2026 vận động được 1.248,6 triệu đồng, tăng 14,2% so với năm 2025 (1.093,4 triệu đồng). Từ nguồn quỹ, Mặt trận phối hợp hỗ trợ xây mới 12 căn và sửa chữa 7 căn nhà Đại đoàn kết, tổng kinh phí 1,14 tỷ đồng; trao 25 suất học bổng cho học sinh nghèo vượt khó, mỗi suất 2 triệu đồng, tổng cộng 50 triệu đồng. Nhờ đó, số hộ nghèo của xã giảm từ 97 hộ xuống còn 58 hộ (giảm 39 hộ), tỷ lệ hộ nghèo còn 1,26%.
Công tác giám sát, phản biện xã hội được chú trọng: Ban Thanh tra nhân dân giám sát 14 cuộc, Ban Giám sát đầu tư của cộng đồng giám sát 9 công trình; tổ chức 2 hội nghị phản biện dự thảo nghị quyết của HĐND xã. Tiếp nhận 31 ý kiến, kiến nghị của cử tri, đã chuyển đến cơ quan chức năng giải quyết 29 ý kiến, 2 ý kiến đang được xem xét.
Phát biểu tại hội nghị, đồng chí Ngô Đức Hạnh ghi nhận kết quả Mặt trận đạt được trong năm đầu vận hành chính quyền địa phương hai cấp, đề nghị năm 2027 tiếp tục đổi mới phương thức hoạt động, hướng mạnh về khu dân cư; phấn đấu tỷ lệ hộ nghèo giảm còn dưới 1%.
Dịp này, Ủy ban MTTQ xã khen thưởng 9 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2026; 3 khu dân cư tiêu biểu được đề nghị Ủy ban MTTQ tỉnh tặng Bằng khen.
Thanh Tâm - Trung tâm Văn hóa, Thông tin và Thể thao xã""",
planted=[],
officials=[("Ngô Đức Hạnh","Phó Bí thư Thường trực Đảng ủy xã"),("Lưu Thị Thanh Bình","Chủ tịch Ủy ban MTTQ xã")],
checks=[("pct",14318,14373,2,"99,62%"),("pct",18,18,0,"100%"),("growth",1248.6,1093.4,1,"14,2%"),("prod",25,2,50),("diff",97,58,39),("sum",[29,2],31)],
))
