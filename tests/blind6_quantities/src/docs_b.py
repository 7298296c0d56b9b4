# -*- coding: utf-8 -*-
# Documents 8-14. Names, places, figures invented.
from checks import pct_ok, eq

DOCS = []

# ---------------------------------------------------------------- D8 (clean)
DOCS.append(dict(
name="bc_mttq_kimdong_nam_2026", genre="bao_cao", officials=None,
text="""ỦY BAN MTTQ VIỆT NAM XÃ KIM ĐỒNG
BAN THƯỜNG TRỰC
Số: 41/BC-MTTQ
BÁO CÁO
Tổng kết công tác Mặt trận năm 2026 và chương trình phối hợp thống nhất hành động năm 2027
I. TÌNH HÌNH TỔ CHỨC
Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2025 - 2030 có 41 ủy viên, trong đó 05 đồng chí là ủy viên Ban Thường trực. Toàn xã có 18 ban công tác Mặt trận ở 18 thôn, tổ dân phố.
II. KẾT QUẢ THỰC HIỆN CÁC CUỘC VẬN ĐỘNG, PHONG TRÀO THI ĐUA
1. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
- Năm 2026 có 4.318/4.602 hộ đạt danh hiệu "Gia đình văn hóa", đạt 93,8%.
- 16/18 khu dân cư được công nhận danh hiệu "Khu dân cư văn hóa" (88,9%).
2. Quỹ "Vì người nghèo" và công tác an sinh xã hội
- Vận động Quỹ "Vì người nghèo" được 412,6 triệu đồng, vượt 37,5% so với kế hoạch (300 triệu đồng).
- Hỗ trợ xây mới 09 nhà và sửa chữa 04 nhà đại đoàn kết, tổng cộng 13 nhà, kinh phí 780 triệu đồng; trong đó từ Quỹ "Vì người nghèo" xã 312 triệu đồng. So với năm 2025 (10 nhà), tăng 03 nhà. Lũy kế từ năm 2021 đến nay đã hỗ trợ 58 nhà đại đoàn kết.
- Tỷ lệ hộ nghèo giảm từ 3,12% xuống còn 2,05%, giảm 1,07 điểm phần trăm, đạt chỉ tiêu Nghị quyết (giảm còn dưới 2,5%).
3. Công tác giám sát và phản biện xã hội
Ban Thường trực chủ trì 06 cuộc giám sát, cụ thể: 02 cuộc về thực hiện chính sách BHYT; 03 cuộc về xây dựng nông thôn mới; 01 cuộc về quản lý đất đai.
Phối hợp tổ chức 03 đợt tiếp xúc cử tri với 512 lượt cử tri tham dự, tiếp nhận 47 ý kiến, kiến nghị; đến nay đã được giải quyết, trả lời 41 ý kiến, còn lại 06 ý kiến đang được xem xét.
4. Công tác hòa giải ở cơ sở
18 tổ hòa giải tiếp nhận 23 vụ việc, hòa giải thành 19 vụ (82,6%), 04 vụ hướng dẫn chuyển cơ quan có thẩm quyền.
III. CHƯƠNG TRÌNH NĂM 2027
Phấn đấu 94% trở lên số hộ đạt danh hiệu gia đình văn hóa; vận động Quỹ "Vì người nghèo" từ 350 triệu đồng trở lên; hỗ trợ ít nhất 10 nhà đại đoàn kết.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Mông Văn Khiêm""",
planted=[],
checks=lambda: [
 ("ok", pct_ok(4318, 4602, "93,8")), ("ok", pct_ok(16, 18, "88,9")), ("ok", pct_ok(412.6 - 300, 300, "37,5")),
 ("ok", eq(9 + 4, 13)), ("ok", 312 <= 780), ("ok", eq(13 - 10, 3)), ("ok", abs(3.12 - 2.05 - 1.07) < 1e-9),
 ("ok", 2.05 < 2.5), ("ok", eq(2 + 3 + 1, 6)), ("ok", eq(41 + 6, 47)), ("ok", pct_ok(19, 23, "82,6")),
 ("ok", eq(19 + 4, 23)), ("ok", 13 <= 58),
],
))

# ---------------------------------------------------------------- D9
DOCS.append(dict(
name="bb_hoinghi_doan_xa_tamkhe_tongket_2026", genre="bien_ban", officials=None,
text="""ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TAM KHÊ
BIÊN BẢN
HỘI NGHỊ TỔNG KẾT CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2026
Thời gian: 14h00 ngày 12/12/2026. Địa điểm: Hội trường UBND xã Tam Khê.
Thành phần:
- Tổng số đại biểu triệu tập: 45 đồng chí (BCH Đoàn xã 15 đ/c, bí thư các chi đoàn trực thuộc 22 đ/c, đoàn viên tiêu biểu 08 đ/c).
- Có mặt: 41 đ/c; vắng: 5 đ/c (có lý do).
- Khách mời: đ/c Thân Văn Hiếu - Phó Bí thư Đảng ủy xã; đ/c Giáp Thị Nga - Phó Bí thư Tỉnh Đoàn.
Chủ trì: đ/c Ong Văn Tài - Bí thư Đoàn xã. Thư ký: đ/c Chu Thị Huế.
Nội dung:
1. Đ/c Phó Bí thư Đoàn xã trình bày báo cáo tổng kết năm 2026, trong đó nêu:
- Đoàn xã hiện có 22 chi đoàn với 684 đoàn viên. Trong năm kết nạp 48 đoàn viên mới, đạt 120% chỉ tiêu (40 đoàn viên).
- Các cấp bộ Đoàn thực hiện 05 công trình thanh niên, tổng giá trị quy đổi 186 triệu đồng (danh sách tại mục 3).
- Giới thiệu 12 đoàn viên ưu tú cho chi bộ xem xét; đã được kết nạp vào Đảng 07 đồng chí.
- Kết quả đánh giá chất lượng đoàn viên: 569/684 đoàn viên xếp loại khá trở lên, đạt 83,2% (chỉ tiêu từ 85% trở lên) - hoàn thành chỉ tiêu.
2. Ý kiến thảo luận: đ/c Tăng Văn Khoa (Chi đoàn thôn 3) đề nghị tăng kinh phí cho hoạt động hè; đ/c Lưu Thị Mai (Chi đoàn Trường THCS) đề xuất nhân rộng mô hình "Thư viện xanh".
3. Danh sách công trình thanh niên năm 2026:
a) Tuyến đường hoa thanh niên thôn 2 (1,2 km);
b) Sân chơi cho thiếu nhi thôn 5;
c) "Thắp sáng đường quê" thôn 7 (36 bóng đèn);
d) Số hóa tủ sách pháp luật Nhà văn hóa xã.
4. Hội nghị biểu quyết thông qua báo cáo tổng kết và chương trình công tác năm 2027: 41/41 đại biểu có mặt nhất trí (100%).
Hội nghị kết thúc lúc 16h45 cùng ngày.
THƯ KÝ\tCHỦ TRÌ
Chu Thị Huế\tOng Văn Tài""",
planted=[
 ("attendance-mismatch", "vắng: 5 đ/c", "có mặt 41 + vắng 5 = 46, không bằng 45 đại biểu triệu tập (vắng phải là 4)"),
 ("count-mismatch", "05 công trình thanh niên", "nêu 05 công trình nhưng danh sách ở mục 3 chỉ có 4"),
 ("target-status-mismatch", "hoàn thành chỉ tiêu", "83,2% thấp hơn chỉ tiêu từ 85% trở lên, tức chưa đạt"),
],
checks=lambda: [
 ("ok", eq(15 + 22 + 8, 45)), ("planted", eq(41 + 5, 45)), ("ok", pct_ok(48, 40, "120")),
 ("ok", 7 <= 12), ("ok", pct_ok(569, 684, "83,2")), ("planted", 83.2 >= 85), ("ok", pct_ok(41, 41, "100")),
],
))

# ---------------------------------------------------------------- D10
DOCS.append(dict(
name="nq_danguy_longphuoc_quy4_2026", genre="nghi_quyet", officials=23,
text="""ĐẢNG BỘ PHƯỜNG LONG PHƯỚC
BAN CHẤP HÀNH
*
Số 19-NQ/ĐU\tLong Phước, ngày 06 tháng 10 năm 2026
NGHỊ QUYẾT
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 6
về nhiệm vụ trọng tâm quý IV năm 2026
Ngày 06/10/2026, Ban Chấp hành Đảng bộ phường họp hội nghị lần thứ 6, có 21/23 đồng chí ủy viên Ban Chấp hành dự. Sau khi thảo luận, Hội nghị
QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ 9 THÁNG NĂM 2026
Ban Chấp hành thống nhất đánh giá: 9 tháng, tình hình kinh tế - xã hội phường ổn định; thu ngân sách được 109,8 tỷ đồng; kết nạp 17 đảng viên, đạt 68% chỉ tiêu năm.
Căn cứ kết quả đánh giá, xếp loại năm 2025: 28 chi bộ trực thuộc, trong đó hoàn thành xuất sắc nhiệm vụ 6 chi bộ (21,4%), hoàn thành tốt nhiệm vụ 19 chi bộ (67,9%), hoàn thành nhiệm vụ 3 chi bộ (10,7%). Về đảng viên: hoàn thành xuất sắc nhiệm vụ 15,2%, hoàn thành tốt nhiệm vụ 72,4%, hoàn thành nhiệm vụ 10,3%, không hoàn thành nhiệm vụ 0,9%.
II. MỤC TIÊU, NHIỆM VỤ QUÝ IV
1. Chỉ tiêu năm kết nạp 25 đảng viên, 9 tháng đã kết nạp 17, quý IV phấn đấu kết nạp số còn lại là 09 đảng viên.
2. Phấn đấu thu ngân sách hoàn thành 100% dự toán năm (142,5 tỷ đồng); số còn phải thu trong quý IV là 32,7 tỷ đồng.
3. Tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026 đúng Hướng dẫn của cấp trên, hoàn thành trước 15/12/2026.
III. TỔ CHỨC THỰC HIỆN
Các chi bộ trực thuộc, các cơ quan, đơn vị căn cứ Nghị quyết xây dựng kế hoạch thực hiện.
Nghị quyết đã được 21/21 đồng chí ủy viên Ban Chấp hành có mặt biểu quyết thông qua.
Nơi nhận: Ban Thường vụ Thành ủy (b/c); các chi bộ trực thuộc; lưu VP.
T/M BAN CHẤP HÀNH
BÍ THƯ
Trương Hữu Nghĩa""",
planted=[
 ("sum-mismatch", "hoàn thành tốt nhiệm vụ 72,4%", "tỷ lệ xếp loại đảng viên 15,2 + 72,4 + 10,3 + 0,9 = 98,8%, không đủ 100%"),
 ("derived-mismatch", "số còn lại là 09 đảng viên", "25 - 17 = 8, không phải 09"),
],
checks=lambda: [
 ("ok", pct_ok(17, 25, "68")), ("ok", eq(6 + 19 + 3, 28)), ("ok", pct_ok(6, 28, "21,4")),
 ("ok", pct_ok(19, 28, "67,9")), ("ok", pct_ok(3, 28, "10,7")),
 ("planted", abs(15.2 + 72.4 + 10.3 + 0.9 - 100) <= 0.2), ("planted", eq(25 - 17, 9)),
 ("ok", abs(142.5 - 109.8 - 32.7) < 1e-9), ("ok", 21 > 23 / 2),
],
))

# ---------------------------------------------------------------- D11 (clean)
DOCS.append(dict(
name="bc_hoiccb_thanhson_6thang_2026", genre="bao_cao", officials=None,
text="""HỘI CỰU CHIẾN BINH VIỆT NAM
BCH HỘI CCB XÃ THANH SƠN
Số: 15/BC-CCB
BÁO CÁO
Kết quả công tác Hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026
1. Tình hình tổ chức, hội viên
Đến 30/6/2026, toàn Hội có 9 (chín) chi hội với 356 hội viên, tăng 4 hội viên so với cuối năm 2025 (352 hội viên). Hội viên là đảng viên 214 đồng chí, chiếm 60,1%.
Cơ cấu độ tuổi: dưới 60 tuổi 58 hội viên (16,3%); từ 60 đến 79 tuổi 241 hội viên (67,7%); từ 80 tuổi trở lên 57 hội viên (16,0%).
2. Kết quả thực hiện nhiệm vụ
- 6 tháng kết nạp 04 hội viên, bằng 40% chỉ tiêu năm (10 hội viên).
- Có 338/356 hội viên đăng ký "Gia đình CCB gương mẫu" (94,9%).
- Quỹ Hội: tổng quỹ đến nay 186,4 triệu đồng, bình quân 523.600 đồng/hội viên.
- Phối hợp Ngân hàng CSXH quản lý 03 tổ TK&VV, dư nợ 9,85 tỷ đồng với 231 hộ vay; nợ quá hạn 42 triệu đồng, chiếm 0,43% tổng dư nợ.
- Hộ CCB nghèo: đầu năm 05 hộ, 6 tháng thoát nghèo 02 hộ, hiện còn 03 hộ.
- Thăm hỏi, tặng quà 14 hội viên ốm đau, tổng số tiền 9,2 triệu đồng.
3. Phương hướng 6 tháng cuối năm
Kết nạp thêm ít nhất 06 hội viên để hoàn thành chỉ tiêu năm; phấn đấu không còn hộ CCB nghèo vào cuối năm 2027.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Lã Văn Cường""",
planted=[],
checks=lambda: [
 ("ok", eq(356 - 352, 4)), ("ok", pct_ok(214, 356, "60,1")), ("ok", eq(58 + 241 + 57, 356)),
 ("ok", pct_ok(58, 356, "16,3")), ("ok", pct_ok(241, 356, "67,7")), ("ok", pct_ok(57, 356, "16,0")),
 ("ok", pct_ok(4, 10, "40")), ("ok", pct_ok(338, 356, "94,9")), ("ok", abs(186.4e6 / 356 - 523600) < 50),
 ("ok", pct_ok(42, 9850, "0,43")), ("ok", eq(5 - 2, 3)), ("ok", eq(10 - 4, 6)),
],
))

# ---------------------------------------------------------------- D12
DOCS.append(dict(
name="tin_hnd_daiphong_tongket_2026", genre="tin_hoi_nghi", officials=None,
text="""Hội Nông dân xã Đại Phong tổng kết công tác Hội năm 2026
Ngày 15/12, Hội Nông dân xã Đại Phong tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2026, triển khai nhiệm vụ năm 2027. Năm qua, toàn xã có 1.126 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp, chiếm 41,2% tổng số hộ hội viên.
Tham dự hội nghị có đồng chí Âu Văn Thịnh - Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Quan Thị Lệ - Phó Bí thư Thường trực Đảng ủy xã.
Hội Nông dân xã hiện có 15 chi hội, 2.580 hộ hội viên. Năm 2026, phong trào thi đua sản xuất, kinh doanh giỏi thu hút 1.874 hộ đăng ký; qua bình xét, 1.126 hộ đạt danh hiệu các cấp (đạt 60,1% số hộ đăng ký), gồm: cấp tỉnh 21 hộ, cấp xã 1.115 hộ. Kết quả này tăng 84 hộ so với năm 2025 (1.042 hộ) và vượt 12,6% chỉ tiêu (1.000 hộ).
Quỹ Hỗ trợ nông dân xã hiện có tổng nguồn vốn 2,86 tỷ đồng, đang cho 97 hộ vay phát triển sản xuất. Hội phối hợp mở 11 lớp tập huấn kỹ thuật cho 640 lượt hội viên.
Phát biểu tại hội nghị, đồng chí Phó Chủ tịch Hội Nông dân tỉnh ghi nhận kết quả Hội đạt được, đề nghị năm 2027 tiếp tục nâng cao chất lượng sinh hoạt chi hội.
Dịp này, Hội Nông dân xã khen thưởng 8 tập thể, 25 cá nhân có thành tích xuất sắc.
Hoàng Yến""",
planted=[
 ("percent-mismatch", "chiếm 41,2%", "1.126/2.580 hộ hội viên (nêu ở đoạn thân bài) = 43,6%, không phải 41,2%"),
 ("sum-mismatch", "cấp xã 1.115 hộ", "cấp tỉnh 21 + cấp xã 1.115 = 1.136, không bằng tổng 1.126 hộ"),
],
checks=lambda: [
 ("planted", pct_ok(1126, 2580, "41,2")), ("ok", pct_ok(1126, 2580, "43,6")), ("ok", pct_ok(1126, 1874, "60,1")),
 ("planted", eq(21 + 1115, 1126)), ("ok", eq(1126 - 1042, 84)), ("ok", pct_ok(1126 - 1000, 1000, "12,6")),
],
))

# ---------------------------------------------------------------- D13 (clean)
DOCS.append(dict(
name="tin_hnbch_tanlap_quy3_2026", genre="tin_hoi_nghi", officials=31,
text="""Đảng ủy xã Tân Lập: Hội nghị Ban Chấp hành Đảng bộ xã đánh giá kết quả 9 tháng năm 2026
Thứ Sáu, 02/10/2026 - 10:05
Chiều 01/10, Ban Chấp hành Đảng bộ xã Tân Lập tổ chức hội nghị thường kỳ quý III. Theo báo cáo, 9 tháng, thu ngân sách xã đạt 11,4 tỷ đồng, bằng 81,4% dự toán; kết nạp 12 đảng viên mới.
Hội nghị có 29/31 ủy viên Ban Chấp hành tham dự; đồng chí Tô Đình Hiển - Bí thư Đảng ủy xã chủ trì.
Báo cáo do đồng chí Khúc Văn Sơn - Phó Bí thư, Chủ tịch UBND xã trình bày cho biết: tổng thu ngân sách 9 tháng được 11,4 tỷ đồng trên dự toán 14 tỷ đồng. Tổng diện tích gieo trồng vụ mùa 1.540 ha, gồm 1.210 ha lúa, 205 ha ngô và 125 ha cây màu khác. Toàn xã còn 97 hộ nghèo, chiếm 2,7% tổng số hộ (3.592 hộ). Tỷ lệ người dân tham gia BHYT đạt 92,6%, tiếp tục phấn đấu đạt chỉ tiêu 95% vào cuối năm.
Về xây dựng Đảng, 9 tháng kết nạp 12 đảng viên, đạt 80% chỉ tiêu năm (15 đảng viên). Ủy ban Kiểm tra Đảng ủy kiểm tra 4 tổ chức đảng và 6 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 2 đảng viên, trong đó 1 khiển trách, 1 cảnh cáo.
Hội nghị thống nhất 3 nhiệm vụ trọng tâm quý IV: đẩy nhanh tiến độ thu ngân sách; hoàn thành chỉ tiêu phát triển đảng viên; chuẩn bị kiểm điểm, đánh giá cuối năm.
Minh Đức""",
planted=[],
checks=lambda: [
 ("ok", pct_ok(11.4, 14, "81,4")), ("ok", eq(1210 + 205 + 125, 1540)), ("ok", pct_ok(97, 3592, "2,7")),
 ("ok", pct_ok(12, 15, "80")), ("ok", eq(1 + 1, 2)), ("ok", 29 <= 31),
],
))

# ---------------------------------------------------------------- D14
DOCS.append(dict(
name="bc_danguy_hoathuan_tongket_2026", genre="bao_cao", officials=None,
text="""ĐẢNG ỦY XÃ HÒA THUẬN
Số 112-BC/ĐU
BÁO CÁO
tổng kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ chính trị năm 2026
I- ĐẶC ĐIỂM TÌNH HÌNH
Đảng bộ xã có 21 chi bộ trực thuộc (14 chi bộ thôn; 7 chi bộ cơ quan, trường học, lực lượng vũ trang) với 893 đảng viên. Toàn xã có 9.612 nhân khẩu; 6.812 người trong độ tuổi lao động, trong đó 6.940 người có việc làm thường xuyên.
II- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ
1. Kết quả thực hiện các chỉ tiêu chủ yếu:
Chỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá
Thu ngân sách (triệu đồng)\t9.200\t9.874\tVượt
Tỷ lệ hộ nghèo\tdưới 2%\t2,36%\tĐạt
Tỷ lệ người dân tham gia BHYT\t95% trở lên\t95,4%\tĐạt
Kết nạp đảng viên\t30\t27\tChưa đạt
Số vụ tai nạn giao thông\tkhông quá 5 vụ\t4 vụ\tĐạt
Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi\tgiảm còn 12%\t11,8%\tĐạt
Số người tham gia BHYT cả năm là 9.170 người, đạt 95,4% dân số.
2. Công tác giáo dục chính trị tư tưởng: phối hợp mở Lớp bồi dưỡng lý luận chính trị cho đảng viên mới trong 03 ngày (từ 14 đến 15/5/2026) cho 27 học viên.
3. Đánh giá, xếp loại: kết quả xếp loại 22 chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5 chi bộ; hoàn thành tốt nhiệm vụ 14 chi bộ; hoàn thành nhiệm vụ 3 chi bộ.
III- PHƯƠNG HƯỚNG NĂM 2027
Phấn đấu kết nạp 30 đảng viên; tỷ lệ hộ nghèo giảm còn dưới 2%.
T/M ĐẢNG ỦY
BÍ THƯ
Võ Thành Nhân""",
planted=[
 ("part-exceeds-whole", "6.940 người", "6.940 người có việc làm lớn hơn 6.812 người trong độ tuổi lao động (trong đó)"),
 ("target-status-mismatch", "2,36%", "chỉ tiêu hộ nghèo dưới 2%, thực hiện 2,36% là chưa đạt, bảng ghi 'Đạt'"),
 ("other", "trong 03 ngày", "khoảng từ 14 đến 15/5/2026 là 2 ngày, không phải 03 ngày"),
 ("figure-inconsistent", "22 chi bộ trực thuộc", "phần I ghi Đảng bộ có 21 chi bộ trực thuộc (14 + 7), mục 3 lại xếp loại 22 chi bộ trực thuộc"),
],
checks=lambda: [
 ("ok", eq(14 + 7, 21)), ("planted", 6940 <= 6812), ("ok", 9874 >= 9200), ("planted", 2.36 < 2),
 ("ok", 95.4 >= 95), ("ok", 27 < 30), ("ok", 4 <= 5), ("ok", 11.8 <= 12), ("ok", pct_ok(9170, 9612, "95,4")),
 ("planted", eq(15 - 14 + 1, 3)), ("ok", eq(5 + 14 + 3, 22)), ("planted", eq(22, 21)),
],
))
