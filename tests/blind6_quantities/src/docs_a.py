# -*- coding: utf-8 -*-
# Documents 1-7 (texts, planted problems, figure checks). Names, places, figures invented.
from checks import pct_ok, eq

DOCS = []

# ---------------------------------------------------------------- D1
DOCS.append(dict(
name="bb_chibo_thon_dongtam_t10_2026", genre="bien_ban", officials=31,
text="""ĐẢNG BỘ XÃ HÒA TIẾN
CHI BỘ THÔN ĐÔNG TÂM
*
BIÊN BẢN
Sinh hoạt chi bộ thường kỳ tháng 10 năm 2026
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/10/2026.
- Địa điểm: Nhà văn hóa thôn Đông Tâm.
- Chủ trì: đ/c Lương Văn Khải - Bí thư chi bộ. Thư ký: đ/c Đinh Thị Mơ - Phó Bí thư chi bộ.
- Dự và chỉ đạo: đ/c Phan Quốc Hưng - Đảng ủy viên, phụ trách địa bàn.
- Tổng số đảng viên trong chi bộ: 34 đ/c (chính thức 31 đ/c, dự bị 03 đ/c); miễn sinh hoạt 02 đ/c (đ/c Trần Văn Nghi, đ/c Lê Thị Sáu - tuổi cao, sức yếu).
- Đảng viên phải dự: 32 đ/c; có mặt 29 đ/c, vắng 03 đ/c có lý do: đ/c Hà Văn Tình (đi làm ăn xa), đ/c Nguyễn Thị Lành (ốm, nằm viện).
NỘI DUNG
1. Thông tin thời sự: đ/c Bí thư thông báo tình hình thời sự trong nước, trong tỉnh tháng 9; kết quả hội nghị BCH Đảng bộ xã lần thứ 4.
2. Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ tháng 9/2026:
+ Thu hoạch lúa mùa được 46,5/52 ha, đạt 89,4% diện tích gieo cấy, năng suất ước 56 tạ/ha; số diện tích còn lại bà con thu hoạch xong trước ngày 15/10.
+ Đến nay có 187/203 hộ đăng ký gia đình văn hóa năm 2026, đạt 92,1%.
+ Vận động nhân dân đóng góp làm đường bê tông trục thôn được 126,4 triệu đồng, đạt 63,2% dự toán (200 triệu đồng); phấn đấu huy động đủ trong quý IV.
+ Thu đảng phí quý III: 32/34 đồng chí đã nộp, đạt 97,1%, còn 02 đồng chí chưa nộp, chi ủy phân công đôn đốc.
+ 9 tháng, chi bộ giới thiệu 02 quần chúng ưu tú đi học lớp nhận thức về Đảng, trong đó 01 quần chúng là đoàn viên.
3. Nhiệm vụ tháng 10:
- Chỉ đạo thu hoạch dứt điểm lúa mùa, làm đất gieo trồng cây vụ đông (kế hoạch 18 ha).
- Tuyên truyền nhân dân tham gia BHYT hộ gia đình năm 2027.
- Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Vi Thị Hằng.
Ý kiến thảo luận: có 3 đ/c phát biểu (đ/c Tôn Văn Ba, đ/c Mạc Thị Hiền, đ/c Phạm Đức Tâm), cơ bản nhất trí với dự thảo nghị quyết tháng.
Biểu quyết: 29/29 đ/c có mặt nhất trí (đạt 100%).
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe và nhất trí thông qua.
THƯ KÝ\tCHỦ TRÌ
Đinh Thị Mơ\tLương Văn Khải""",
planted=[
 ("absentee-count-mismatch", "vắng 03 đ/c", "vắng 03 đồng chí nhưng chỉ nêu tên 2 đồng chí (Hà Văn Tình, Nguyễn Thị Lành); 32 phải dự - 29 có mặt = 3 nên danh sách thiếu 1 tên"),
 ("percent-mismatch", "đạt 97,1%", "32/34 = 94,1%, không phải 97,1%"),
],
checks=lambda: [
 ("ok", eq(31 + 3, 34)), ("ok", eq(34 - 2, 32)), ("ok", eq(29 + 3, 32)),
 ("ok", pct_ok(46.5, 52, "89,4")), ("ok", pct_ok(187, 203, "92,1")), ("ok", pct_ok(126.4, 200, "63,2")),
 ("planted", pct_ok(32, 34, "97,1")), ("ok", pct_ok(32, 34, "94,1")), ("ok", pct_ok(29, 29, "100")),
],
))

# ---------------------------------------------------------------- D2
DOCS.append(dict(
name="bb_hnbch_danguy_phulam_lan5", genre="bien_ban", officials=27,
text="""ĐẢNG BỘ XÃ PHÚ LÂM
BAN CHẤP HÀNH
BIÊN BẢN HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 5, NHIỆM KỲ 2025 - 2030
Hồi 8 giờ 00, ngày 03 tháng 10 năm 2026, tại Hội trường Đảng ủy - HĐND - UBND xã, Ban Chấp hành Đảng bộ xã tổ chức hội nghị lần thứ 5.
I. THÀNH PHẦN
Ban Chấp hành Đảng bộ xã có 27 đồng chí; có mặt 24 đồng chí, vắng 02 đồng chí (đ/c Vũ Đình Lộc - đi học lớp cao cấp lý luận chính trị; đ/c Ma Thị Nguyệt - nghỉ chế độ thai sản).
Mời dự: trưởng các đoàn thể chính trị - xã hội, bí thư các chi bộ không phải là ủy viên BCH (14 đồng chí).
Chủ trì: đ/c Hoàng Minh Tuấn - Bí thư Đảng ủy xã. Thư ký: đ/c Lục Thị Phương - Chánh Văn phòng Đảng ủy.
II. NỘI DUNG
1. Đ/c Triệu Văn Quân, Phó Bí thư Thường trực Đảng ủy trình bày dự thảo báo cáo kết quả 9 tháng, phương hướng quý IV năm 2026. Một số kết quả chủ yếu:
- Thu ngân sách 9 tháng được 6.318 triệu đồng, bằng 84,2% dự toán HĐND xã giao (7.500 triệu đồng).
- Kết nạp 11 đảng viên, đạt 73,3% chỉ tiêu năm (15 đảng viên). Tổng số đảng viên toàn Đảng bộ đến 30/9/2026 là 716 đồng chí, trong đó 224 đồng chí nữ, 58 đồng chí là người dân tộc thiểu số.
- Tỷ lệ hộ nghèo hiện còn 3,4%; 9 tháng có 31 hộ thoát nghèo.
2. Thảo luận: có 06 lượt ý kiến phát biểu (đ/c Nông Văn Thắng, đ/c Bế Thị Xuân, đ/c La Văn Khánh, đ/c Hứa Thị Lụa, đ/c Đàm Quốc Việt, đ/c Lâm Văn Sửu), tập trung vào tiến độ giải ngân vốn đầu tư công và công tác chuẩn bị đại hội chi bộ.
3. Hội nghị thống nhất 04 nhóm nhiệm vụ trọng tâm quý IV:
(1) Thu hoạch vụ mùa, triển khai sản xuất vụ đông;
(2) Phấn đấu thu ngân sách đạt và vượt dự toán;
(3) Hoàn thành chỉ tiêu kết nạp đảng viên năm 2026;
(4) Chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên cuối năm;
(5) Bảo đảm an ninh trật tự dịp cuối năm, chuẩn bị giao quân năm 2027.
4. Biểu quyết thông qua dự thảo nghị quyết: số đồng chí tán thành 22/24 (91,7%); 01 đồng chí không tán thành; 0 ý kiến khác.
Hội nghị kết thúc lúc 11 giờ 20 phút cùng ngày.
T/M BAN CHẤP HÀNH
BÍ THƯ
Hoàng Minh Tuấn""",
planted=[
 ("attendance-mismatch", "Ban Chấp hành Đảng bộ xã có 27 đồng chí", "có mặt 24 + vắng 02 = 26, không bằng 27 ủy viên BCH"),
 ("count-mismatch", "04 nhóm nhiệm vụ trọng tâm", "công bố 04 nhóm nhưng liệt kê 5 nhóm (1)-(5)"),
 ("vote-mismatch", "01 đồng chí không tán thành", "22 tán thành + 01 không tán thành + 0 ý kiến khác = 23, không bằng 24 đồng chí có mặt biểu quyết"),
],
checks=lambda: [
 ("planted", eq(24 + 2, 27)), ("ok", pct_ok(6318, 7500, "84,2")), ("ok", pct_ok(11, 15, "73,3")),
 ("ok", pct_ok(22, 24, "91,7")), ("planted", eq(22 + 1 + 0, 24)), ("ok", 22 > 27 / 2),
],
))

# ---------------------------------------------------------------- D3
_cand = [("Nguyễn Văn Đạt", 131, "97,0"), ("Lê Thị Hoa", 128, "94,1"), ("Phạm Công Lý", 126, "93,3"),
         ("Trịnh Văn Mười", 124, "91,9"), ("Hoàng Thị Lan", 120, "88,9"), ("Vi Văn Sáng", 117, "86,7"),
         ("Đỗ Minh Quang", 112, "83,0"), ("Bùi Thị Nhung", 109, "80,7"), ("Lò Văn Hải", 101, "74,8"),
         ("Cao Thị Thu", 96, "71,1"), ("Quách Văn Tư", 84, "62,2"), ("Nông Văn Bảy", 61, "45,2"),
         ("Triệu Thị Dung", 49, "36,3")]
_rows = "\n".join(f"{i}\t{n}\t{v}\t{p}%" for i, (n, v, p) in enumerate(_cand, 1))
_elected = [n for n, v, p in _cand[:11] if n != "Quách Văn Tư"]
_elist = "\n".join(f"{i}. Đ/c {n}" for i, n in enumerate(_elected, 1))
DOCS.append(dict(
name="bb_kiemphieu_daihoi_hnd_tanphong", genre="bien_ban", officials=None,
text=f"""HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN XÃ TÂN PHONG
ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN XÃ TÂN PHONG LẦN THỨ XII, NHIỆM KỲ 2026 - 2031
BIÊN BẢN KIỂM PHIẾU
Bầu Ban Chấp hành Hội Nông dân xã khóa XII, nhiệm kỳ 2026 - 2031
Hôm nay, hồi 10 giờ 40 phút ngày 17/11/2026, tại Hội trường UBND xã Tân Phong, Ban kiểm phiếu được Đại hội biểu quyết thông qua gồm 03 đồng chí:
1. Đ/c Ngô Thị Thoa - Trưởng ban;
2. Đ/c Hầu A Lử - Ủy viên;
3. Đ/c Kha Văn Dũng - Ủy viên.
Ban kiểm phiếu đã làm việc theo đúng thể lệ bầu cử, kết quả như sau:
- Tổng số đại biểu được triệu tập: 140 đại biểu;
- Số đại biểu có mặt: 135 đại biểu; vắng: 05 đại biểu (có lý do): Trần Văn Hòa, Đào Thị Yến, Lý A Sử, Mạc Văn Thìn.
- Đại hội thống nhất số lượng Ban Chấp hành khóa XII là 11 đồng chí; danh sách bầu cử gồm 13 đồng chí.
- Số phiếu phát ra: 135 phiếu; số phiếu thu vào: 135 phiếu;
- Số phiếu hợp lệ: 133 phiếu; số phiếu không hợp lệ: 03 phiếu.
Kết quả bầu cử (tỷ lệ % tính trên số phiếu thu vào):
TT\tHọ và tên\tSố phiếu\tTỷ lệ
{_rows}
Căn cứ thể lệ bầu cử, người trúng cử phải có số phiếu bầu quá một nửa so với tổng số phiếu thu vào và lấy theo thứ tự từ cao xuống thấp cho đủ số lượng. Có 11 đồng chí trúng cử Ban Chấp hành Hội Nông dân xã khóa XII, gồm:
{_elist}
Biên bản lập xong hồi 11 giờ 30 phút cùng ngày, đã đọc trước Đại hội.
TRƯỞNG BAN KIỂM PHIẾU
Ngô Thị Thoa""",
planted=[
 ("absentee-count-mismatch", "vắng: 05 đại biểu", "vắng 05 nhưng chỉ nêu tên 4 đại biểu (140 - 135 = 5, danh sách thiếu 1 tên)"),
 ("vote-mismatch", "số phiếu không hợp lệ: 03 phiếu", "hợp lệ 133 + không hợp lệ 03 = 136, vượt 135 phiếu thu vào (đúng phải là 02)"),
 ("percent-mismatch", "94,1%", "Lê Thị Hoa 128/135 = 94,8%, không phải 94,1%"),
 ("count-mismatch", "Có 11 đồng chí trúng cử", "công bố 11 đồng chí trúng cử nhưng danh sách chỉ có 10 tên (thiếu Quách Văn Tư, 84 phiếu > 67,5)"),
],
checks=lambda: [
 ("ok", eq(135 + 5, 140)), ("planted", eq(133 + 3, 135)), ("ok", len(_elected) == 10),
 ("ok", all(v <= 133 for _, v, _ in _cand)),
 ("ok", all(pct_ok(v, 135, p) for n, v, p in _cand if n != "Lê Thị Hoa")),
 ("planted", pct_ok(128, 135, "94,1")),
 ("ok", sum(1 for _, v, _ in _cand if v > 135 / 2) == 11),
],
))

# ---------------------------------------------------------------- D4
DOCS.append(dict(
name="bc_danguy_yenhoa_quy3_2026", genre="bao_cao", officials=None,
text="""ĐẢNG BỘ TỈNH THÁI NGUYÊN
ĐẢNG ỦY XÃ YÊN HÒA
Số 86-BC/ĐU\tYên Hòa, ngày 28 tháng 9 năm 2026
BÁO CÁO
kết quả thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2026
I. ĐẶC ĐIỂM TÌNH HÌNH
Đảng bộ xã hiện có 642 đảng viên, sinh hoạt tại 19 chi bộ trực thuộc, gồm:
+ 12 chi bộ thôn;
+ 04 chi bộ trường học;
+ 02 chi bộ Quân sự, Công an;
+ 02 chi bộ cơ quan, Trạm Y tế.
II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác xây dựng Đảng
Trong quý, kết nạp 05 đảng viên; lũy kế 9 tháng kết nạp 14 đảng viên, đạt 70% chỉ tiêu năm (20 đảng viên), tăng 5 đồng chí so với cùng kỳ năm 2025 (08 đồng chí).
Về cơ cấu, đảng viên nữ 187 đồng chí, chiếm 29,1%; đảng viên là người dân tộc thiểu số 211 đồng chí, chiếm 32,9%.
Đảng viên được tặng Huy hiệu từ 30 năm tuổi Đảng trở lên 96 đồng chí, chiếm 15,9% tổng số đảng viên. Dịp 07/11 tới, dự kiến trao Huy hiệu Đảng đợt 2 cho 11 đồng chí.
Thu đảng phí quý III được 48,26 triệu đồng; trích nộp cấp trên 30% là 14,48 triệu đồng.
UBKT Đảng ủy kiểm tra 03 tổ chức đảng, giám sát chuyên đề 05 đảng viên; chưa phát hiện vi phạm.
2. Lãnh đạo phát triển kinh tế - xã hội
Vụ mùa gieo cấy 1.126 ha lúa, năng suất bình quân ước 54,6 tạ/ha, sản lượng ước 6.148 tấn.
Thu ngân sách 9 tháng được 5.940 triệu đồng, bằng 76,2% dự toán năm (7.800 triệu đồng).
Xây dựng mới 04/03 nhà đại đoàn kết (đạt 133,3% kế hoạch), tổng kinh phí 240 triệu đồng, bình quân 60 triệu đồng/nhà.
III. PHƯƠNG HƯỚNG QUÝ IV
- Phấn đấu kết nạp 06 đảng viên để hoàn thành chỉ tiêu năm.
- Thu ngân sách đạt 100% dự toán trở lên.
- Chuẩn bị kiểm điểm, đánh giá, xếp loại cuối năm.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Lưu VP.
T/M ĐẢNG ỦY
BÍ THƯ
Đào Văn Chính""",
planted=[
 ("sum-mismatch", "19 chi bộ trực thuộc", "12 + 04 + 02 + 02 = 20 chi bộ, không phải 19"),
 ("derived-mismatch", "tăng 5 đồng chí", "14 - 08 = 6, không phải tăng 5"),
 ("percent-mismatch", "chiếm 15,9%", "96/642 = 15,0% (tổng số đảng viên 642 nêu ở phần I), không phải 15,9%"),
],
checks=lambda: [
 ("planted", eq(12 + 4 + 2 + 2, 19)), ("ok", pct_ok(14, 20, "70")), ("planted", eq(14 - 8, 5)),
 ("ok", pct_ok(187, 642, "29,1")), ("ok", pct_ok(211, 642, "32,9")), ("planted", pct_ok(96, 642, "15,9")),
 ("ok", pct_ok(96, 642, "15,0")), ("ok", abs(48.26 * 0.3 - 14.48) < 0.005),
 ("ok", abs(1126 * 5.46 - 6148) < 1), ("ok", pct_ok(5940, 7800, "76,2")), ("ok", pct_ok(4, 3, "133,3")),
 ("ok", eq(240 / 4, 60)), ("ok", eq(20 - 14, 6)),
],
))

# ---------------------------------------------------------------- D5
DOCS.append(dict(
name="bc_ubnd_namsonthuong_9thang_2026", genre="bao_cao", officials=None,
text="""ỦY BAN NHÂN DÂN XÃ NAM SƠN THƯỢNG
Số: 214/BC-UBND
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm; nhiệm vụ trọng tâm 3 tháng cuối năm 2026
I. MỘT SỐ CHỈ TIÊU KẾ HOẠCH NĂM 2026
Nghị quyết HĐND xã giao: tổng sản lượng lương thực có hạt 10.800 tấn; thu ngân sách nhà nước trên địa bàn 10.500 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 3%; tỷ lệ người dân tham gia BHYT đạt 95% trở lên.
II. KẾT QUẢ THỰC HIỆN 9 THÁNG
1. Sản xuất nông nghiệp
Tổng diện tích gieo trồng 9 tháng 2.465,8 ha, bằng 101,2% KH (2.436,6 ha), gồm: lúa 1.820,5 ha; ngô 312,4 ha; rau màu các loại 298,7 ha; cây trồng khác 30,2 ha.
Tổng sản lượng lương thực có hạt ước đạt 10.236 tấn, đạt 96,4% kế hoạch.
Chăn nuôi: tổng đàn trâu 1.214 con, đàn bò 2.305 con, đàn lợn 8.760 con. Tiêm phòng LMLM đợt 1 cho 3.012 con trâu, bò, đạt 85,6% tổng đàn trâu, bò.
2. Tài chính - ngân sách
Thu ngân sách 9 tháng ước 8.412 triệu đồng, đạt 80,1% dự toán, tăng 7,2% so với cùng kỳ (7.845 triệu đồng); trong đó thu thuế ngoài quốc doanh 1.035 triệu đồng, thu tiền sử dụng đất 2.870 triệu đồng.
3. Văn hóa - xã hội
- Tỷ lệ người dân tham gia BHYT đến 30/9 đạt 93,8% (9.015/9.611 người), tiếp tục vận động để đạt chỉ tiêu năm.
- Số trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm từ 87 cháu xuống còn 71 cháu (giảm 14 cháu).
- Hộ nghèo: đầu năm 96 hộ, 9 tháng thoát nghèo 22 hộ, phát sinh mới 03 hộ, hiện còn 77 hộ.
4. Quốc phòng - an ninh
Giao quân năm 2026 đạt 26/26 thanh niên, bằng 100% chỉ tiêu. Tình hình ANCT - TTATXH ổn định.
III. NHIỆM VỤ 3 THÁNG CUỐI NĂM
Tập trung thu hoạch vụ mùa, mở rộng diện tích cây vụ đông; đôn đốc thu ngân sách; rà soát hộ nghèo, hộ cận nghèo cuối năm.
Nơi nhận: TT Đảng ủy; TT HĐND xã; Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Kiều Văn Lực""",
planted=[
 ("sum-mismatch", "2.465,8 ha", "lúa 1.820,5 + ngô 312,4 + rau màu 298,7 + cây khác 30,2 = 2.461,8 ha, không phải 2.465,8 ha"),
 ("percent-mismatch", "đạt 96,4% kế hoạch", "10.236/10.800 tấn (kế hoạch ở phần I) = 94,8%, không phải 96,4%"),
 ("derived-mismatch", "giảm 14 cháu", "87 - 71 = 16 cháu, không phải 14"),
],
checks=lambda: [
 ("planted", abs(1820.5 + 312.4 + 298.7 + 30.2 - 2465.8) < 0.05), ("ok", pct_ok(2465.8, 2436.6, "101,2")),
 ("planted", pct_ok(10236, 10800, "96,4")), ("ok", pct_ok(10236, 10800, "94,8")),
 ("ok", pct_ok(3012, 1214 + 2305, "85,6")), ("ok", pct_ok(8412, 10500, "80,1")),
 ("ok", pct_ok(8412 - 7845, 7845, "7,2")), ("ok", pct_ok(9015, 9611, "93,8")),
 ("planted", eq(87 - 71, 14)), ("ok", eq(96 - 22 + 3, 77)), ("ok", pct_ok(26, 26, "100")),
],
))

# ---------------------------------------------------------------- D6
DOCS.append(dict(
name="bc_hoilhpn_binhminhdong_nam_2026", genre="bao_cao", officials=None,
text="""HỘI LHPN XÃ BÌNH MINH ĐÔNG
Số: 27/BC-HPN\tBình Minh Đông, ngày 10 tháng 12 năm 2026
BÁO CÁO TỔNG KẾT CÔNG TÁC HỘI VÀ PHONG TRÀO PHỤ NỮ NĂM 2026
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027
I. TÌNH HÌNH CHUNG
Hội LHPN xã có 24 chi hội với 2.140 hội viên, chiếm 68,3% tổng số phụ nữ từ 18 tuổi trở lên trên địa bàn (3.133 người).
II. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền, giáo dục: tổ chức 46 buổi tuyên truyền lồng ghép với 2.870 lượt hội viên, phụ nữ tham dự.
2. Công tác phát triển hội viên: trong năm kết nạp mới 86 hội viên, đạt 86% chỉ tiêu (100 hội viên), vượt chỉ tiêu đề ra.
3. Xây dựng mô hình: Hội tiếp tục duy trì 06 mô hình, gồm:
- CLB "Phụ nữ với pháp luật";
- Tổ phụ nữ tiết kiệm;
- Mô hình "Nhà sạch, vườn đẹp";
- "Địa chỉ tin cậy" ở cộng đồng;
- Tổ liên kết trồng rau an toàn.
4. Hỗ trợ phụ nữ phát triển kinh tế: quản lý 14 tổ tiết kiệm và vay vốn, dư nợ 38,62 tỷ đồng với 912 hộ vay; giúp 17 hộ hội viên thoát nghèo.
5. Phòng, chống bạo lực gia đình: trong năm xảy ra 02 vụ, chỉ tiêu không quá 03 vụ - đạt chỉ tiêu.
6. Đánh giá, xếp loại
a) Chi hội (24 chi hội): xuất sắc 9 chi hội (37,5%), khá 11 chi hội (45,8%), trung bình 4 chi hội (16,7%).
b) Hội viên (tổng số 2.140 hội viên): xuất sắc 512 (23,9%); khá 1.306 (61,0%); trung bình 287 (13,4%); yếu 35 (1,6%).
III. ĐÁNH GIÁ CHUNG
Năm 2026, với 2.410 hội viên sinh hoạt ở 24 chi hội, công tác Hội và phong trào phụ nữ xã tiếp tục có chuyển biến; tuy nhiên chất lượng sinh hoạt một số chi hội còn hạn chế.
IV. PHƯƠNG HƯỚNG NĂM 2027
Phấn đấu kết nạp 100 hội viên mới; 90% chi hội đạt khá trở lên; không để xảy ra quá 02 vụ bạo lực gia đình.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lý Thị Hạnh""",
planted=[
 ("target-status-mismatch", "vượt chỉ tiêu đề ra", "86/100 = 86% chỉ tiêu, tức chưa đạt, không thể là 'vượt chỉ tiêu'"),
 ("count-mismatch", "duy trì 06 mô hình", "công bố 06 mô hình nhưng chỉ liệt kê 5"),
 ("figure-inconsistent", "2.410 hội viên", "tổng số hội viên nêu ở phần I và mục 6b là 2.140, phần III lại ghi 2.410"),
],
checks=lambda: [
 ("ok", pct_ok(2140, 3133, "68,3")), ("ok", pct_ok(86, 100, "86")), ("planted", 86 >= 100),
 ("ok", 2 <= 3), ("ok", eq(9 + 11 + 4, 24)),
 ("ok", pct_ok(9, 24, "37,5")), ("ok", pct_ok(11, 24, "45,8")), ("ok", pct_ok(4, 24, "16,7")),
 ("ok", eq(512 + 1306 + 287 + 35, 2140)), ("ok", pct_ok(512, 2140, "23,9")), ("ok", pct_ok(1306, 2140, "61,0")),
 ("ok", pct_ok(287, 2140, "13,4")), ("ok", pct_ok(35, 2140, "1,6")), ("planted", eq(2410, 2140)),
],
))

# ---------------------------------------------------------------- D7
DOCS.append(dict(
name="tin_hnbch_hoaxuanbac_6thang_2026", genre="tin_hoi_nghi", officials=None,
text="""Phường Hòa Xuân Bắc: Hội nghị Ban Chấp hành Đảng bộ phường sơ kết 6 tháng đầu năm 2026
Cập nhật: 09/7/2026 - 15:42
Sáng ngày 08/7/2026, Ban Chấp hành Đảng bộ phường Hòa Xuân Bắc tổ chức Hội nghị lần thứ 4 (nhiệm kỳ 2025 - 2030) sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. 6 tháng qua, thu ngân sách trên địa bàn đạt 62,7 tỷ đồng, toàn Đảng bộ kết nạp 18 đảng viên mới.
Dự và chỉ đạo hội nghị có đồng chí Tạ Minh Khoa - Ủy viên Ban Thường vụ Thành ủy. Đồng chí Mai Thanh Bình - Bí thư Đảng ủy phường chủ trì hội nghị.
Theo báo cáo tại hội nghị, 6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn phường ước đạt 67,2 tỷ đồng, bằng 58,4% dự toán (115 tỷ đồng), tăng 3,1 tỷ đồng so với cùng kỳ năm 2025 (63,4 tỷ đồng). Công tác cải cách hành chính có chuyển biến: Trung tâm phục vụ hành chính công phường tiếp nhận 4.236 hồ sơ, giải quyết đúng hạn 4.198 hồ sơ, đạt 99,1%. Phường đã giải quyết 31/34 đơn thư thuộc thẩm quyền, đạt 91,2%.
Về công tác xây dựng Đảng, 6 tháng đã kết nạp 18 đảng viên, bằng 45% kế hoạch năm (40 đảng viên). Đảng bộ phường hiện có 24 chi bộ trực thuộc với 1.083 đảng viên; có 26 chi bộ đăng ký xây dựng "Chi bộ bốn tốt".
Tại hội nghị, đại diện Đảng ủy phường Hòa Xuân Nam (phường kết nghĩa) chia sẻ kinh nghiệm: 6 tháng, phường bạn kết nạp 23 đảng viên, thu ngân sách 71,5 tỷ đồng.
Phát biểu kết luận, đồng chí Bí thư Đảng ủy phường đề nghị các chi bộ tập trung hoàn thành các chỉ tiêu năm, nhất là thu ngân sách và phát triển đảng viên.
Thu Trang - Văn phòng Đảng ủy phường""",
planted=[
 ("figure-inconsistent", "62,7 tỷ đồng", "tin mở đầu ghi thu ngân sách 6 tháng 62,7 tỷ đồng, thân bài ghi 67,2 tỷ đồng (67,2/115 = 58,4% khớp với 67,2)"),
 ("derived-mismatch", "tăng 3,1 tỷ đồng", "67,2 - 63,4 = 3,8 tỷ đồng, không phải 3,1"),
 ("part-exceeds-whole", "26 chi bộ", "26 chi bộ đăng ký 'Chi bộ bốn tốt' nhiều hơn 24 chi bộ trực thuộc của Đảng bộ"),
],
checks=lambda: [
 ("planted", eq(62.7, 67.2)), ("ok", pct_ok(67.2, 115, "58,4")), ("planted", abs(67.2 - 63.4 - 3.1) < 0.05),
 ("ok", pct_ok(4198, 4236, "99,1")), ("ok", pct_ok(31, 34, "91,2")), ("ok", pct_ok(18, 40, "45")),
 ("planted", 26 <= 24),
],
))
