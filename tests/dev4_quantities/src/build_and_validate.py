#!/usr/bin/env python3
"""Build and validate the round-5 quantities dev set. Fails (exit 1) on any problem."""
import json, os, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []

def pct(a, b, dec=1):
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    v = (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding=ROUND_HALF_UP)
    return str(v).replace('.', ',')

def ok(cond, msg):
    if not cond:
        ERR.append(msg)

DOCS = []

# ---------------------------------------------------------------- 1
DOCS.append(dict(
name="bb_chibo_kp3_hoaan_t11_2025", genre="bien_ban",
paras=[
"ĐẢNG BỘ PHƯỜNG HÒA AN",
"CHI BỘ KHU PHỐ 3",
"ĐẢNG CỘNG SẢN VIỆT NAM",
"Hòa An, ngày 28 tháng 11 năm 2025",
"BIÊN BẢN",
"Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
"Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 28/11/2025. Địa điểm: Nhà văn hóa khu phố 3, phường Hòa An.",
"Chủ trì: đ/c Lê Văn Tường, Bí thư chi bộ. Thư ký: đ/c Phạm Thị Hồng Nhung, chi ủy viên.",
"Tổng số đảng viên của chi bộ: 27 đồng chí (chính thức 23; dự bị 3). Miễn công tác và sinh hoạt đảng: 03 đồng chí (đều vắng). Số đảng viên phải dự sinh hoạt: 24 đồng chí.",
"Có mặt: 20 đồng chí (18 chính thức, 02 dự bị). Vắng: 04 đồng chí, trong đó có lý do 03 đồng chí: đ/c Trần Văn Khải (ốm), đ/c Nguyễn Thị Lài (đi công tác); không lý do 01 đồng chí: đ/c Võ Minh Sang.",
"NỘI DUNG SINH HOẠT",
"1. Đ/c Bí thư thông tin thời sự trong nước, của tỉnh và phường; phổ biến văn bản mới của Đảng ủy phường về công tác kiểm điểm cuối năm.",
"2. Đánh giá kết quả tháng 11: chi bộ lãnh đạo Ban điều hành khu phố tổ chức thành công Ngày hội Đại đoàn kết toàn dân tộc ngày 16/11; vận động được 142/150 hộ đóng góp Quỹ Vì người nghèo, đạt 94,7%; thu đảng phí đầy đủ, đạt 100%; hoàn thành kiểm tra 02 đảng viên theo kế hoạch kiểm tra năm của chi ủy.",
"Hạn chế: việc phân loại rác tại nguồn ở tổ 3 và tổ 5 còn chậm; một số đảng viên lớn tuổi chưa tham gia đầy đủ các buổi sinh hoạt.",
"3. Chi bộ thống nhất 03 nhiệm vụ trọng tâm tháng 12 năm 2025:",
"- Chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025;",
"- Vận động nhân dân giữ gìn vệ sinh và trật tự đô thị dịp cuối năm;",
"- Hoàn thành thu các khoản đóng góp tự nguyện năm 2025;",
"- Tổ chức thăm, tặng quà các gia đình chính sách nhân dịp 22/12.",
"4. Biểu quyết:",
"- Đề nghị Đảng ủy phường khen thưởng 02 đảng viên có thành tích tiêu biểu: 18/18 đồng chí chính thức có mặt tán thành (100%).",
"- Nghị quyết tháng 12 (trong đó có mức vận động đóng góp sửa cổng khu phố 200.000 đồng/hộ): 10/18 đồng chí chính thức có mặt tán thành, 06 đồng chí không tán thành, 02 đồng chí có ý kiến khác. Chủ trì kết luận nghị quyết được thông qua.",
"Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe và nhất trí.",
"THƯ KÝ                                CHỦ TRÌ",
"Phạm Thị Hồng Nhung                    Lê Văn Tường",
],
planted=[
("attendance-mismatch", "chính thức 23", "27 đảng viên = chính thức + dự bị, but 23 + 3 = 26 (phải dự 24 = 27 − 3 miễn SH; 21 chính thức triệu tập ⇒ 24 chính thức)."),
("absentee-count-mismatch", "có lý do 03 đồng chí", "Three excused absentees announced, only two named (Khải, Lài)."),
("count-mismatch", "03 nhiệm vụ trọng tâm", "Announced 03 tasks, four bullets follow."),
("resolution-not-passed", "10/18 đồng chí chính thức có mặt tán thành", "Declared passed with 10 votes; official members summoned = 24 − 3 = 21 (or 20 if the 23 is believed), 10 is not more than half either way."),
],
near=["24 đồng chí", "142/150 hộ", "đạt 94,7%", "18/18 đồng chí chính thức có mặt tán thành (100%)", "vệ sinh và trật tự đô thị", "16/11", "19 giờ 30 phút", "200.000 đồng/hộ"],
))
def chk1():
    ok(27 - 3 == 24, "d1 phai du"); ok(20 + 4 == 24, "d1 co mat+vang"); ok(18 + 2 == 20, "d1 co mat split")
    ok(23 + 3 != 27, "d1 planted comp"); ok(24 + 3 == 27, "d1 true comp")
    ok(pct(142, 150) == "94,7", "d1 pct"); ok(10 + 6 + 2 == 18, "d1 vote sum")
    ok(not (10 > 21 / 2) and not (10 > 20 / 2), "d1 resolution"); ok(18 > 21 / 2, "d1 second vote")
DOCS[-1]["check"] = chk1

# ---------------------------------------------------------------- 2
DOCS.append(dict(
name="bc_hoiphunu_tanphuoc_nam2025", genre="bao_cao",
paras=[
"HỘI LHPN XÃ TÂN PHƯỚC",
"Số: 27/BC-HPN",
"Tân Phước, ngày 05 tháng 12 năm 2025",
"BÁO CÁO",
"Kết quả công tác Hội và phong trào phụ nữ năm 2025",
"Năm 2025, trong bối cảnh sắp xếp lại đơn vị hành chính, Hội LHPN xã Tân Phước đã ổn định tổ chức, duy trì sinh hoạt đều đặn. Tính đến ngày 30/11/2025, toàn xã có 2.146 hội viên, sinh hoạt tại 9 chi hội; tăng 58 hội viên so với đầu năm.",
"I. CÔNG TÁC TẬP HỢP HỘI VIÊN",
"Trong năm kết nạp mới 74 hội viên, đạt 123,3% chỉ tiêu được giao (60 hội viên); giảm 16 hội viên (chuyển đi 11, từ trần 5). Như vậy tổng số hội viên đến cuối kỳ báo cáo là 2.164 người, trong đó 312 hội viên là người dân tộc Khmer.",
"Hội viên phân bổ theo chi hội: Tân Hòa 268; Tân Lợi 241; Phước Thạnh 230; Phước Hưng 259; Bà Điểm 214; Giồng Trôm 226; Cây Da 247; Rạch Sâu 233; Kinh Mới 228.",
"Xếp loại chi hội năm 2025: vững mạnh 6 chi hội, khá 3 chi hội, không có chi hội yếu.",
"II. KẾT QUẢ CÁC HOẠT ĐỘNG",
"1. Tuyên truyền, giáo dục: tổ chức 36 buổi sinh hoạt chuyên đề, trong đó 9 buổi về phòng, chống bạo lực gia đình và 7 buổi về an toàn giao thông.",
"2. Hỗ trợ phụ nữ phát triển kinh tế: phối hợp Ngân hàng Chính sách xã hội giải ngân cho 146 hội viên vay vốn, tổng dư nợ 9.870 triệu đồng; chia ra: chăn nuôi 58 hội viên, trồng trọt 47 hội viên, buôn bán nhỏ 36 hội viên. Vận động 1.512 hội viên tham gia tiết kiệm, đạt 71,4% tổng số hội viên, số tiền tiết kiệm 1.264,58 triệu đồng.",
"3. Xây dựng gia đình: Hội duy trì 5 mô hình: \"Nhà sạch, vườn đẹp\", \"Phụ nữ tiết kiệm\", \"Câu lạc bộ dân vũ\" và \"Tổ phụ nữ giúp nhau làm kinh tế\". Trong năm có 3 hộ hội viên thoát nghèo.",
"4. Công tác an sinh: trao 11 mái ấm tình thương, vận động 48,5 triệu đồng tặng quà cho phụ nữ nghèo dịp Tết.",
"III. HẠN CHẾ",
"Một số chi hội sinh hoạt còn hình thức; tỷ lệ hội viên trẻ tham gia còn thấp.",
"IV. PHƯƠNG HƯỚNG NĂM 2026",
"Phấn đấu kết nạp từ 60 hội viên trở lên; 100% chi hội có mô hình tiết kiệm; giữ vững 9/9 chi hội xếp loại khá trở lên.",
"Nơi nhận: - Hội LHPN tỉnh; - Đảng ủy xã; - Lưu VP.",
"TM. BAN CHẤP HÀNH",
"CHỦ TỊCH",
"Nguyễn Thị Bích Liên",
],
planted=[
("figure-inconsistent", "2.164 người", "Lead gives 2.146 hội viên at 30/11/2025 (= 2.088 + 74 − 16; = sum of the 9 chi hội); body restates it as 2.164."),
("sum-mismatch", "146 hội viên vay vốn", "Breakdown after 'chia ra' 58 + 47 + 36 = 141, not 146."),
("percent-mismatch", "đạt 71,4% tổng số hội viên", "1.512 / 2.146 = 70,5% (and 69,9% of 2.164); 71,4% matches neither."),
("count-mismatch", "duy trì 5 mô hình", "Five models announced, four quoted (last two joined by 'và')."),
],
near=["2.146 hội viên", "đạt 123,3% chỉ tiêu", "giảm 16 hội viên (chuyển đi 11, từ trần 5)", "trong đó 312 hội viên", "trong đó 9 buổi", "9/9 chi hội", "từ 60 hội viên trở lên", "1.264,58 triệu đồng", "vững mạnh 6 chi hội, khá 3 chi hội"],
))
def chk2():
    ok(sum([268, 241, 230, 259, 214, 226, 247, 233, 228]) == 2146, "d2 chi hoi sum")
    ok(2146 - 58 + 74 - 16 == 2146 and 2146 - 58 == 2088 and 74 - 16 == 58, "d2 growth")
    ok(11 + 5 == 16, "d2 giam"); ok(pct(74, 60) == "123,3", "d2 ket nap")
    ok(58 + 47 + 36 != 146, "d2 planted sum"); ok(pct(1512, 2146) == "70,5" and pct(1512, 2164) == "69,9", "d2 pct")
    ok(6 + 3 == 9, "d2 xep loai")
DOCS[-1]["check"] = chk2

# ---------------------------------------------------------------- 3
DOCS.append(dict(
name="tin_hnbch_danguy_sonthuy_lan4", genre="tin_hoi_nghi",
paras=[
"Đảng ủy xã Sơn Thủy: 9 tháng thu ngân sách đạt 14,6 tỷ đồng",
"Ngày 15/10/2025, Ban Chấp hành Đảng bộ xã Sơn Thủy (khóa I, nhiệm kỳ 2025–2030) tổ chức Hội nghị lần thứ 4 đánh giá kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm quý IV năm 2025. Đồng chí Hà Văn Quyết, Bí thư Đảng ủy xã chủ trì hội nghị.",
"Dự hội nghị có 31/33 ủy viên Ban Chấp hành Đảng bộ xã; đại diện lãnh đạo 4 cơ quan, đơn vị: Văn phòng Đảng ủy, Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy, Ủy ban nhân dân xã và Ủy ban MTTQ Việt Nam xã.",
"Theo báo cáo tại hội nghị, 9 tháng qua kinh tế của xã tiếp tục tăng trưởng. Tổng diện tích gieo trồng lúa đạt 1.245 ha, năng suất bình quân 6,2 tấn/ha. Thu ngân sách nhà nước trên địa bàn đạt 16,4 tỷ đồng, tăng 9,5% so với cùng kỳ năm 2024. Công tác chuyển đổi số, cải cách thủ tục hành chính được quan tâm; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,6%.",
"Toàn Đảng bộ hiện có 34 chi bộ trực thuộc với 1.127 đảng viên. Công tác xây dựng Đảng được chú trọng: kết nạp 27 đảng viên, đạt 67,5% chỉ tiêu năm (40 đảng viên); Ủy ban Kiểm tra Đảng ủy kiểm tra 6 tổ chức đảng và 9 đảng viên khi có dấu hiệu vi phạm. Đến hết quý III đã có 36 chi bộ đã tổ chức sinh hoạt chuyên đề theo hướng dẫn của Ban Xây dựng Đảng.",
"Hội nghị đã thống nhất giới thiệu các đồng chí Lò Văn Pình, Vi Thị Hạnh, Sầm Văn Chung và Kha Thị Nga – 3 đồng chí được đề nghị chỉ định bổ sung vào Ban Chấp hành Đảng bộ xã – để Ban Thường vụ Đảng ủy tỉnh xem xét.",
"Công tác quốc phòng, an ninh được giữ vững. Đảng ủy giao 3 đơn vị: Công an xã, Ban Chỉ huy Quân sự xã và Trạm Y tế xã phối hợp xây dựng phương án ứng phó mưa bão cuối năm.",
"Phát biểu kết luận, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tập trung hoàn thành các chỉ tiêu còn thấp, nhất là chỉ tiêu kết nạp đảng viên; chuẩn bị chu đáo công tác kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2025; chỉ đạo thu ngân sách những tháng cuối năm đạt và vượt dự toán.",
"Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ quý IV với 31/31 ủy viên có mặt tán thành.",
"Thu Hà – Văn phòng Đảng ủy xã",
],
planted=[
("figure-inconsistent", "16,4 tỷ đồng", "Headline gives 9-month budget revenue 14,6 tỷ đồng; body gives 16,4 tỷ đồng for the same quantity."),
("count-mismatch", "lãnh đạo 4 cơ quan, đơn vị", "Four bodies announced, five listed (UBND xã and UB MTTQ xã joined by 'và' are two)."),
("count-mismatch", "3 đồng chí được đề nghị chỉ định bổ sung", "Count stated after the list: four names (Pình, Hạnh, Chung, Kha) introduced, described as 3."),
("part-exceeds-whole", "36 chi bộ đã tổ chức sinh hoạt chuyên đề", "Đảng bộ has 34 chi bộ (earlier sentence); 36 chi bộ held the thematic meeting."),
],
near=["31/33 ủy viên", "đạt 67,5% chỉ tiêu năm", "tăng 9,5% so với cùng kỳ", "giao 3 đơn vị", "31/31 ủy viên", "2025–2030", "lần thứ 4", "đạt 98,6%"],
))
def chk3():
    ok(pct(27, 40) == "67,5", "d3 ket nap"); ok(31 > 33 / 2, "d3 vote"); ok(36 > 34, "d3 part>whole"); ok(len(["Pình", "Hạnh", "Chung", "Kha"]) == 4, "d3 names")
DOCS[-1]["check"] = chk3

# ---------------------------------------------------------------- 4
DOCS.append(dict(
name="bc_ubnd_thanhluong_9thang_2025", genre="bao_cao",
paras=[
"ỦY BAN NHÂN DÂN PHƯỜNG THANH LƯƠNG",
"Số: 318/BC-UBND",
"Thanh Lương, ngày 06 tháng 10 năm 2025",
"BÁO CÁO",
"Tình hình kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ trọng tâm quý IV năm 2025",
"I. KẾT QUẢ THỰC HIỆN",
"1. Kinh tế, tài chính: thu ngân sách 9 tháng đạt 58,42 tỷ đồng, bằng 77,9% dự toán năm (75 tỷ đồng), tăng 8,2% so với cùng kỳ. Chi ngân sách 43,87 tỷ đồng, bằng 71,3% dự toán. Hoạt động thương mại, dịch vụ phục hồi tốt sau sáp nhập.",
"2. Quản lý đô thị: cấp 412 giấy phép xây dựng (nhà ở riêng lẻ 389; sửa chữa, cải tạo 15; công trình khác 6). Xử lý 27 trường hợp vi phạm trật tự xây dựng, trong đó 19 trường hợp đã tự khắc phục.",
"3. Văn hóa - xã hội: giải quyết việc làm cho 640 lao động, vượt chỉ tiêu năm (600 lao động). Toàn phường có 1.186 người từ 60 tuổi trở lên; đã tổ chức mừng thọ cho 214 cụ tròn 70, 75, 80, 85, 90 và trên 90 tuổi.",
"Tỷ lệ hộ nghèo giảm còn 1,8% (chỉ tiêu Nghị quyết: không quá 1,5%), hoàn thành chỉ tiêu. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6% (chỉ tiêu từ 93% trở lên), đạt chỉ tiêu.",
"Trạm Y tế phường đã lập hồ sơ quản lý sức khỏe điện tử cho 1.240 người cao tuổi trên địa bàn, tiêm vắc xin phòng cúm miễn phí cho 356 người có bệnh nền.",
"4. Quốc phòng - an ninh: hoàn thành giao quân đợt 1 và đợt 2; tai nạn giao thông giảm 3 vụ so với cùng kỳ.",
"5. Cải cách hành chính: tiếp nhận 2.318 hồ sơ thủ tục hành chính; đã giải quyết 2.296 hồ sơ, trong đó trước và đúng hạn 2.281 hồ sơ (99,3%); đang giải quyết 22 hồ sơ, chưa đến hạn.",
"Bảng tổng hợp một số chỉ tiêu chủ yếu:",
"Chỉ tiêu\tKế hoạch năm\tThực hiện 9 tháng\tTỷ lệ (%)",
"Thu ngân sách (tỷ đồng)\t75\t58,24\t77,7",
"Chi ngân sách (tỷ đồng)\t61,5\t43,87\t71,3",
"Giải quyết việc làm (lao động)\t600\t640\t106,7",
"II. NHIỆM VỤ QUÝ IV",
"Tập trung thu ngân sách đạt dự toán; đẩy mạnh giảm nghèo bền vững; chuẩn bị điều kiện tổ chức Tết Nguyên đán Bính Ngọ 2026.",
"Nơi nhận: - UBND tỉnh (b/c); - TT. Đảng ủy, HĐND phường; - Lưu: VT.",
"TM. ỦY BAN NHÂN DÂN",
"CHỦ TỊCH",
"Đoàn Minh Khang",
],
planted=[
("sum-mismatch", "cấp 412 giấy phép xây dựng", "Breakdown in brackets 389 + 15 + 6 = 410, not 412."),
("target-status-mismatch", "giảm còn 1,8% (chỉ tiêu Nghị quyết: không quá 1,5%), hoàn thành", "1,8% exceeds the 'không quá 1,5%' ceiling, so the target is not met."),
("part-exceeds-whole", "1.240 người cao tuổi", "Phường has 1.186 people aged 60+ (earlier paragraph); 1.240 elderly given health files."),
("figure-inconsistent", "58,24", "Text: 9-month revenue 58,42 tỷ đồng (77,9%); table row: 58,24 (77,7%)."),
],
near=["bằng 77,9% dự toán năm", "tăng 8,2% so với cùng kỳ", "bằng 71,3% dự toán", "vượt chỉ tiêu năm (600 lao động)", "trong đó 19 trường hợp", "đạt 93,6% (chỉ tiêu từ 93% trở lên), đạt chỉ tiêu", "106,7", "70, 75, 80, 85, 90"],
))
def chk4():
    ok(pct("58.42", 75) == "77,9", "d4 thu"); ok(pct("43.87", "61.5") == "71,3", "d4 chi")
    ok(pct(640, 600) == "106,7", "d4 vl"); ok(pct("58.24", 75) == "77,7", "d4 table own pct")
    ok(389 + 15 + 6 == 410, "d4 planted sum"); ok(Decimal("1.8") > Decimal("1.5"), "d4 target")
    ok(Decimal("93.6") >= 93, "d4 bhyt"); ok(2296 + 22 == 2318 and pct(2281, 2296) == "99,3", "d4 tthc"); ok(1240 > 1186 and 214 <= 1186, "d4 part")
DOCS[-1]["check"] = chk4

# ---------------------------------------------------------------- 5
DOCS.append(dict(
name="bb_daihoi_htx_phuloc_2025", genre="bien_ban",
paras=[
"HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ PHÚ LỘC",
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
"Độc lập - Tự do - Hạnh phúc",
"BIÊN BẢN ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2025",
"Hôm nay, lúc 8 giờ 00 ngày 20/12/2025, tại hội trường HTX (thôn Phú Lộc 2, xã Phú Lộc), HTX Nông nghiệp Dịch vụ Phú Lộc tổ chức Đại hội thành viên thường niên năm 2025.",
"Thành phần: tổng số thành viên HTX là 128; có mặt 86 thành viên, chiếm 67,2%, đủ điều kiện tiến hành đại hội theo Điều lệ. Khách mời: đại diện UBND xã Phú Lộc và Liên minh HTX tỉnh.",
"Chủ tọa: ông Đặng Văn Lộc, Chủ tịch HĐQT kiêm Giám đốc. Thư ký: bà Trương Thị Mai.",
"I. BÁO CÁO KẾT QUẢ SẢN XUẤT KINH DOANH",
"Tổng doanh thu năm 2025 đạt 6.480 triệu đồng, chia ra: dịch vụ thủy lợi 2.150 triệu; cung ứng vật tư nông nghiệp 3.020 triệu; dịch vụ làm đất 1.210 triệu. Lợi nhuận sau thuế 412 triệu đồng.",
"Trong năm có 134 thành viên HTX đăng ký sử dụng dịch vụ làm đất; 97 thành viên mua vật tư trả chậm qua HTX.",
"Phương án phân phối lợi nhuận: quỹ đầu tư phát triển 206 triệu (50%); quỹ dự phòng 41,2 triệu (10%); chia theo vốn góp 164,8 triệu (40%).",
"II. THẢO LUẬN",
"Có 7 ý kiến phát biểu, chủ yếu đề nghị mở rộng dịch vụ làm đất và giảm giá nước tưới vụ Đông Xuân 2025–2026.",
"III. BẦU HỘI ĐỒNG QUẢN TRỊ, BAN KIỂM SOÁT NHIỆM KỲ 2025–2030",
"Ban kiểm phiếu báo cáo: số phiếu phát ra: 86; thu vào: 86; hợp lệ: 84; không hợp lệ: 03.",
"Đại hội thống nhất bầu Hội đồng quản trị gồm 05 thành viên, kết quả trúng cử (tính trên phiếu hợp lệ):",
"- Ông Đặng Văn Lộc: 80/84 phiếu (95,2%);",
"- Bà Trương Thị Mai: 77/84 phiếu (91,7%);",
"- Ông Hồ Quang Vinh: 71/84 phiếu (84,5%);",
"- Ông Lâm Văn Út: 66/84 phiếu (78,6%).",
"Ban kiểm soát gồm 02 thành viên: bà Kiều Thị Hạnh và ông Mai Văn Tài.",
"IV. KẾT LUẬN",
"Đại hội đánh giá năm 2025 HTX hoạt động có lãi 421 triệu đồng, bảo đảm việc làm cho thành viên. Đại hội biểu quyết thông qua Nghị quyết với 86/86 thành viên có mặt tán thành (100%).",
"Đại hội bế mạc lúc 11 giờ 20 phút cùng ngày.",
"THƯ KÝ                CHỦ TỌA",
"Trương Thị Mai        Đặng Văn Lộc",
],
planted=[
("sum-mismatch", "6.480 triệu đồng", "Breakdown after 'chia ra' 2.150 + 3.020 + 1.210 = 6.380, not 6.480."),
("part-exceeds-whole", "134 thành viên HTX", "HTX has 128 members in total (Thành phần); 134 members used the ploughing service."),
("vote-mismatch", "không hợp lệ: 03", "Hợp lệ 84 + không hợp lệ 03 = 87 ≠ 86 thu vào."),
("count-mismatch", "Hội đồng quản trị gồm 05 thành viên", "05 members announced, four elected names listed."),
("figure-inconsistent", "lãi 421 triệu đồng", "Section I: lợi nhuận sau thuế 412 triệu (and the distribution sums to 412); conclusion restates 421."),
],
near=["chiếm 67,2%", "206 triệu (50%)", "41,2 triệu (10%)", "164,8 triệu (40%)", "80/84 phiếu (95,2%)", "91,7%", "84,5%", "78,6%", "gồm 02 thành viên: bà Kiều Thị Hạnh và ông Mai Văn Tài", "86/86", "2025–2030", "Có 7 ý kiến"],
))
def chk5():
    ok(pct(86, 128) == "67,2", "d5 co mat"); ok(2150 + 3020 + 1210 == 6380, "d5 planted sum")
    ok(Decimal(206) + Decimal("41.2") + Decimal("164.8") == 412, "d5 phan phoi")
    ok(pct(206, 412, 0) == "50" and pct("41.2", 412, 0) == "10" and pct("164.8", 412, 0) == "40", "d5 pp pct")
    ok(84 + 3 != 86, "d5 planted vote"); ok(134 > 128 and 97 <= 128, "d5 part")
    for a, p in [(80, "95,2"), (77, "91,7"), (71, "84,5"), (66, "78,6")]:
        ok(pct(a, 84) == p, f"d5 {a}/84")
DOCS[-1]["check"] = chk5

# ---------------------------------------------------------------- 6
DOCS.append(dict(
name="bc_tramyte_phuocson_11thang_2025", genre="bao_cao",
paras=[
"TRẠM Y TẾ XÃ PHƯỚC SƠN",
"Số: 41/BC-TYT",
"Phước Sơn, ngày 02 tháng 12 năm 2025",
"BÁO CÁO",
"Kết quả hoạt động y tế 11 tháng năm 2025",
"Tóm tắt: trong 11 tháng, Trạm đã khám, chữa bệnh cho 7.214 lượt người, tăng 6,3% so với cùng kỳ; không để xảy ra dịch bệnh lớn trên địa bàn; các chương trình mục tiêu cơ bản đạt tiến độ.",
"I. KẾT QUẢ CỤ THỂ",
"1. Khám chữa bệnh: tổng số lượt khám, chữa bệnh 7.241 lượt, trong đó có thẻ BHYT 5.930 lượt; trẻ em dưới 6 tuổi 1.025 lượt; người từ 60 tuổi trở lên 2.310 lượt. Chuyển tuyến 184 lượt.",
"2. Tiêm chủng mở rộng: tiêm chủng đầy đủ cho 186/194 trẻ dưới 1 tuổi, đạt 96,9%; tiêm vắc xin uốn ván cho 171 phụ nữ có thai.",
"3. Phòng chống bệnh không lây nhiễm: khám sàng lọc tăng huyết áp cho 1.420 người, đạt 94,7% kế hoạch năm (1.500 người); đang quản lý 318 bệnh nhân tăng huyết áp và 96 bệnh nhân đái tháo đường.",
"4. An toàn thực phẩm: phối hợp đoàn liên ngành kiểm tra 64 cơ sở sản xuất, kinh doanh thực phẩm, kết quả:",
"+ Đạt yêu cầu: 52 cơ sở;",
"+ Nhắc nhở, hướng dẫn khắc phục: 9 cơ sở;",
"+ Lập biên bản, đề nghị xử phạt: 2 cơ sở.",
"II. NHÂN LỰC",
"Trạm hiện có 7 viên chức:",
"1. BS. Lê Quang Hiếu – Trạm trưởng;",
"2. YS. Phan Thị Thoa – Phó Trạm trưởng;",
"3. ĐD. Châu Ngọc Hân;",
"4. NHS. Đỗ Thị Kim Yến;",
"5. DS. Vũ Đình Phong;",
"6. YS YHCT. Mạc Văn Lực.",
"5. Chăm sóc sức khỏe bà mẹ - trẻ em: quản lý thai 176 phụ nữ; khám thai đủ 4 lần trở lên 158/176, đạt 89,8%. Cân, đo 612 trẻ dưới 5 tuổi, tỷ lệ suy dinh dưỡng thể nhẹ cân còn 7,2% (44 trẻ), giảm 0,6 điểm phần trăm so với năm 2024.",
"6. Truyền thông giáo dục sức khỏe: tổ chức 24 buổi truyền thông trực tiếp với 1.380 lượt người nghe; phát 11 tin, bài trên hệ thống loa truyền thanh của xã.",
"III. NHIỆM VỤ THÁNG 12",
"Tiêm chủng bù cho 8 trẻ chưa tiêm đủ mũi; khám sàng lọc tăng huyết áp cho 80 người còn lại theo kế hoạch; tiếp tục kiểm tra an toàn thực phẩm dịp Tết Nguyên đán.",
"IV. KHÓ KHĂN, KIẾN NGHỊ",
"Cơ sở vật chất xuống cấp, thiếu máy xét nghiệm sinh hóa; đề nghị UBND xã bố trí kinh phí sửa chữa 02 phòng bệnh trong quý I/2026.",
"TRẠM TRƯỞNG",
"Lê Quang Hiếu",
],
planted=[
("figure-inconsistent", "7.241 lượt", "Summary: 7.214 lượt khám chữa bệnh in 11 months; detail section: 7.241 lượt."),
("percent-mismatch", "đạt 96,9%", "186/194 = 95,9%, not 96,9%."),
("sum-mismatch", "kiểm tra 64 cơ sở", "Bullet results 52 + 9 + 2 = 63, not 64."),
("count-mismatch", "Trạm hiện có 7 viên chức", "Seven staff announced, six numbered lines follow."),
],
near=["tăng 6,3% so với cùng kỳ", "trong đó có thẻ BHYT 5.930 lượt", "1.025 lượt", "2.310 lượt", "đạt 94,7% kế hoạch năm", "318 bệnh nhân tăng huyết áp và 96 bệnh nhân", "quý I/2026", "02 phòng bệnh"],
))
def chk6():
    ok(pct(186, 194) == "95,9", "d6 pct"); ok(pct(1420, 1500) == "94,7", "d6 sang loc")
    ok(52 + 9 + 2 == 63, "d6 planted sum"); ok(pct(158, 176) == "89,8" and pct(44, 612) == "7,2", "d6 bmte"); ok(194 - 186 == 8 and 1500 - 1420 == 80, "d6 nv"); ok(5930 <= 7214 and 1025 + 2310 <= 7214, "d6 subsets")
DOCS[-1]["check"] = chk6

# ---------------------------------------------------------------- 7
DOCS.append(dict(
name="bc_doanxa_hungloc_tongket_2025", genre="bao_cao",
paras=[
"ĐOÀN TNCS HỒ CHÍ MINH",
"BCH ĐOÀN XÃ HƯNG LỘC",
"Số: 52-BC/ĐTN",
"Hưng Lộc, ngày 15 tháng 12 năm 2025",
"BÁO CÁO",
"Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025",
"Phần I. ĐẶC ĐIỂM TÌNH HÌNH",
"Sau sắp xếp, Đoàn xã có 18 chi đoàn trực thuộc với 412 đoàn viên; thanh niên trong độ tuổi trên địa bàn khoảng 1.950 người.",
"Phần II. KẾT QUẢ",
"1. Công tác giáo dục: 100% chi đoàn tổ chức học tập chuyên đề năm 2025; tổ chức hội thi tìm hiểu 95 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2025) với 34 đội tham gia.",
"2. Các phong trào: triển khai 03 phong trào: Thanh niên tình nguyện, Tuổi trẻ sáng tạo và Tuổi trẻ xung kích bảo vệ Tổ quốc. Ra mắt 4 công trình thanh niên: tuyến đường hoa thôn Đông Hưng; sân bóng chuyền thôn Tây Lộc; điểm wifi miễn phí tại nhà văn hóa thôn Bắc; tủ sách thanh niên; cột cờ Tổ quốc ở thôn Nam Sơn.",
"Phối hợp Ban Chỉ huy Quân sự xã tổ chức gặp mặt, động viên và tiễn 38 thanh niên lên đường nhập ngũ đợt tháng 3/2025.",
"3. Xây dựng tổ chức Đoàn: kết nạp 54 đoàn viên mới, đạt 108% chỉ tiêu (50 đoàn viên). BCH Đoàn xã giới thiệu 27 đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng. Trong số được giới thiệu, đến nay đã có 31 đồng chí được kết nạp vào Đảng.",
"Kết quả đánh giá, xếp loại đoàn viên năm 2025 (412 đoàn viên): hoàn thành xuất sắc nhiệm vụ 86; hoàn thành tốt nhiệm vụ 241; hoàn thành nhiệm vụ 71; không hoàn thành nhiệm vụ 9.",
"Xếp loại chi đoàn: vững mạnh 11, khá 5, trung bình 2.",
"Phần III. ĐÁNH GIÁ CHUNG",
"Năm 2025, Đoàn xã đã hoàn thành tốt nhiệm vụ: các phong trào có sức lan tỏa, tiễn 36 thanh niên nhập ngũ đủ chỉ tiêu, chất lượng đoàn viên được nâng lên. Hạn chế: hoạt động ở một số chi đoàn thôn còn đơn điệu, chưa thu hút thanh niên đi làm ăn xa.",
"Phần IV. PHƯƠNG HƯỚNG NĂM 2026",
"Phấn đấu kết nạp ít nhất 50 đoàn viên; giới thiệu từ 25 đoàn viên ưu tú trở lên cho Đảng xem xét kết nạp.",
"Nơi nhận: - Tỉnh đoàn; - Đảng ủy xã; - Lưu VP.",
"TM. BAN CHẤP HÀNH",
"BÍ THƯ",
"Trịnh Quốc Bảo",
],
planted=[
("count-mismatch", "Ra mắt 4 công trình thanh niên", "Four works announced, five listed separated by semicolons."),
("part-exceeds-whole", "đã có 31 đồng chí được kết nạp", "27 introduced (previous sentence); 31 of those introduced admitted."),
("sum-mismatch", "(412 đoàn viên)", "Rating levels 86 + 241 + 71 + 9 = 407, not 412."),
("figure-inconsistent", "tiễn 36 thanh niên", "Section 2: 38 young people sent off for military service; the conclusion restates 36."),
],
near=["18 chi đoàn", "03 phong trào", "đạt 108% chỉ tiêu", "vững mạnh 11, khá 5, trung bình 2", "95 năm", "ít nhất 50 đoàn viên", "từ 25 đoàn viên ưu tú trở lên", "34 đội"],
))
def chk7():
    ok(86 + 241 + 71 + 9 == 407, "d7 planted sum"); ok(11 + 5 + 2 == 18, "d7 chi doan")
    ok(pct(54, 50, 0) == "108", "d7 ket nap"); ok(2025 - 1930 == 95, "d7 95 nam"); ok(31 > 27, "d7 part")
DOCS[-1]["check"] = chk7

# ---------------------------------------------------------------- 8 clean
DOCS.append(dict(
name="bb_hnbch_hoiccb_anphu_lan12", genre="bien_ban",
paras=[
"HỘI CỰU CHIẾN BINH PHƯỜNG AN PHÚ",
"BAN CHẤP HÀNH",
"An Phú, ngày 08 tháng 12 năm 2025",
"BIÊN BẢN",
"Hội nghị Ban Chấp hành Hội Cựu chiến binh phường lần thứ 12, khóa VIII (nhiệm kỳ 2022–2027)",
"Thời gian: 14 giờ 00, ngày 08/12/2025, tại trụ sở Hội CCB phường.",
"Thành phần: tổng số ủy viên BCH 11 đồng chí; có mặt 10 đồng chí; vắng 01 đồng chí có lý do (đ/c Lương Văn Thìn – đang nằm viện).",
"Chủ trì: đ/c Nông Văn Khải, Chủ tịch Hội. Thư ký: đ/c Bế Thị Thu, Ủy viên BCH.",
"I. Đánh giá công tác Hội năm 2025",
"Toàn Hội có 356 hội viên, sinh hoạt ở 7 chi hội: khu phố 1: 54; khu phố 2: 49; khu phố 3: 61; khu phố 4: 47; khu phố 5: 52; khu phố 6: 45; khu phố 7: 48. Trong đó 23 hội viên là thương binh, 9 hội viên là bệnh binh.",
"Trong năm kết nạp 12 hội viên mới, vượt chỉ tiêu đề ra (10 hội viên). Quỹ hội hiện có 142,5 triệu đồng; đã giúp 18 hội viên vay vốn phát triển kinh tế.",
"Thường trực Hội kiểm tra 3 chi hội: chi hội khu phố 2, chi hội khu phố 5 và chi hội khu phố 7; kết quả các chi hội chấp hành tốt Điều lệ Hội.",
"Đánh giá, xếp loại hội viên (356 hội viên): hoàn thành xuất sắc nhiệm vụ 48; hoàn thành tốt nhiệm vụ 263; hoàn thành nhiệm vụ 41; không hoàn thành nhiệm vụ 4. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên là 311/356, đạt 87,4%.",
"II. Chương trình công tác tháng 12",
"Tổ chức gặp mặt kỷ niệm 36 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 – 06/12/2025) và 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2025); thăm hỏi 23 hội viên thương binh và 9 hội viên bệnh binh dịp Tết.",
"III. Ý kiến thảo luận",
"Có 4 ý kiến phát biểu: đ/c Hứa Văn Định, đ/c Lộc Thị Hoa, đ/c Mông Văn Sửu và đ/c Chu Đức Thắng; các ý kiến thống nhất với dự thảo báo cáo.",
"IV. Biểu quyết",
"Hội nghị biểu quyết thông qua Nghị quyết công tác quý IV: 10/10 ủy viên có mặt tán thành (100%).",
"Hội nghị kết thúc lúc 16 giờ 30 phút cùng ngày.",
"THƯ KÝ                         CHỦ TRÌ",
"Bế Thị Thu                      Nông Văn Khải",
],
planted=[],
near=["có mặt 10 đồng chí", "7 chi hội", "Trong đó 23 hội viên", "vượt chỉ tiêu đề ra (10 hội viên)", "kiểm tra 3 chi hội", "311/356, đạt 87,4%", "36 năm", "81 năm", "Có 4 ý kiến", "10/10 ủy viên", "2022–2027", "lần thứ 12"],
))
def chk8():
    ok(sum([54, 49, 61, 47, 52, 45, 48]) == 356, "d8 chi hoi"); ok(10 + 1 == 11, "d8 att")
    ok(48 + 263 + 41 + 4 == 356 and 48 + 263 == 311, "d8 rating"); ok(pct(311, 356) == "87,4", "d8 pct")
    ok(2025 - 1989 == 36 and 2025 - 1944 == 81, "d8 anniv"); ok(10 > 11 / 2, "d8 vote")
DOCS[-1]["check"] = chk8

# ---------------------------------------------------------------- 9 clean
DOCS.append(dict(
name="bc_thcs_nguyentrai_hk1_2025_2026", genre="bao_cao",
paras=[
"UBND PHƯỜNG BÌNH MINH",
"TRƯỜNG THCS NGUYỄN TRÃI",
"Số: 96/BC-THCS",
"Bình Minh, ngày 16 tháng 01 năm 2026",
"BÁO CÁO",
"Sơ kết học kỳ I năm học 2025 - 2026",
"1. Quy mô: trường có 28 lớp với 1.024 học sinh, cụ thể: khối 6 có 7 lớp, 268 học sinh; khối 7 có 7 lớp, 259 học sinh; khối 8 có 7 lớp, 251 học sinh; khối 9 có 7 lớp, 246 học sinh. Sĩ số duy trì 1.024/1.027 học sinh đầu năm (99,7%); 3 học sinh chuyển trường theo gia đình.",
"2. Đội ngũ: 62 cán bộ, giáo viên, nhân viên, gồm 3 cán bộ quản lý, 52 giáo viên và 7 nhân viên; trong đó 21 đảng viên, 49 giáo viên có trình độ đại học trở lên.",
"3. Kết quả học tập học kỳ I:",
"Mức\tSố học sinh\tTỷ lệ",
"Tốt\t287\t28,0%",
"Khá\t441\t43,1%",
"Đạt\t272\t26,6%",
"Chưa đạt\t24\t2,3%",
"Kết quả rèn luyện: Tốt 906 em (88,5%), Khá 101 em, Đạt 17 em, không có học sinh xếp mức Chưa đạt.",
"4. Học sinh giỏi: có 19 học sinh đạt giải cấp tỉnh, gồm 2 giải Nhất, 5 giải Nhì, 7 giải Ba và 5 giải Khuyến khích.",
"5. Hội thi giáo viên dạy giỏi cấp trường: công nhận 4 giáo viên dạy giỏi: cô Ngô Thị Hà (Toán), thầy Dương Minh Khoa (Vật lí), cô Tạ Thu Trang (Ngữ văn) và cô Lý Bảo Ngọc (Tiếng Anh).",
"Kết quả kiểm tra cuối kỳ: tỷ lệ học sinh có điểm từ 5,0 trở lên môn Toán đạt 81,4% (834/1.024), môn Ngữ văn 88,2% (903/1.024), môn Tiếng Anh 79,6% (815/1.024).",
"Công tác Đội: Liên đội có 28 chi đội; tổ chức 2 đợt thi đua chào mừng ngày 20/10 và ngày 20/11; thu gom 1.350 kg giấy vụn gây quỹ Kế hoạch nhỏ. Cơ sở vật chất: nhận bàn giao 6 phòng học mới, nâng tổng số phòng lên 36 phòng (28 phòng học văn hóa, 8 phòng học bộ môn).",
"6. Hạn chế: tỷ lệ học sinh chưa đạt ở môn Toán khối 8 còn cao; phòng học bộ môn Tin học thiếu 15 máy tính.",
"7. Nhiệm vụ học kỳ II: phụ đạo 24 học sinh chưa đạt; ôn thi vào lớp 10 cho 246 học sinh khối 9; phấn đấu tỷ lệ học sinh chưa đạt cuối năm dưới 2%.",
"Nơi nhận: - Phòng Văn hóa - Xã hội phường; - Lưu: VT.",
"HIỆU TRƯỞNG",
"Quách Thị Diệu Linh",
],
planted=[],
near=["28 lớp với 1.024 học sinh", "1.024/1.027", "(99,7%)", "gồm 3 cán bộ quản lý, 52 giáo viên và 7 nhân viên", "trong đó 21 đảng viên", "28,0%", "43,1%", "26,6%", "2,3%", "(88,5%)", "19 học sinh đạt giải", "4 giáo viên dạy giỏi", "dưới 2%", "2025 - 2026"],
))
def chk9():
    ok(268 + 259 + 251 + 246 == 1024 and 7 * 4 == 28, "d9 quy mo"); ok(pct(1024, 1027) == "99,7", "d9 si so")
    ok(1027 - 1024 == 3, "d9 chuyen"); ok(3 + 52 + 7 == 62, "d9 doi ngu")
    lv = [(287, "28,0"), (441, "43,1"), (272, "26,6"), (24, "2,3")]
    ok(sum(a for a, _ in lv) == 1024, "d9 hoc tap sum")
    for a, p in lv: ok(pct(a, 1024) == p, f"d9 {a}")
    ok(sum(Decimal(p.replace(',', '.')) for _, p in lv) == 100, "d9 pct sum 100")
    ok(906 + 101 + 17 == 1024 and pct(906, 1024) == "88,5", "d9 ren luyen"); ok(2 + 5 + 7 + 5 == 19, "d9 hsg"); ok(pct(834, 1024) == "81,4" and pct(903, 1024) == "88,2" and pct(815, 1024) == "79,6", "d9 mon"); ok(28 + 8 == 36, "d9 phong")
DOCS[-1]["check"] = chk9

# ---------------------------------------------------------------- 10 clean
DOCS.append(dict(
name="tin_mttq_dongthanh_tongket_2025", genre="tin_hoi_nghi",
paras=[
"Ủy ban MTTQ Việt Nam xã Đông Thạnh tổng kết công tác Mặt trận năm 2025",
"Sáng 12/12/2025, Ủy ban MTTQ Việt Nam xã Đông Thạnh (nhiệm kỳ 2024–2029) tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026.",
"Tham dự hội nghị có 3 đồng chí lãnh đạo xã: đồng chí Khổng Minh Tâm, Bí thư Đảng ủy; đồng chí Ung Văn Lực, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Tô Thị Ngọc Ánh, Chủ tịch HĐND xã; cùng đại diện các tổ chức chính trị - xã hội và 14 Ban công tác Mặt trận ấp.",
"Năm 2025, cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" tiếp tục được triển khai sâu rộng; 14/14 ấp tổ chức Ngày hội Đại đoàn kết toàn dân tộc (100%). Quỹ \"Vì người nghèo\" vận động được 486,7 triệu đồng, đạt 121,7% kế hoạch (400 triệu đồng).",
"Từ nguồn quỹ, Mặt trận xã đã xây mới 6 căn và sửa chữa 4 căn nhà Đại đoàn kết với tổng kinh phí 410 triệu đồng (xây mới 360 triệu đồng, mức 60 triệu đồng/căn; sửa chữa 50 triệu đồng). Số hộ nghèo của xã giảm từ 96 hộ xuống còn 71 hộ, giảm 25 hộ; tỷ lệ hộ nghèo còn 1,12%, đạt chỉ tiêu dưới 1,5% mà Nghị quyết Đại hội Đảng bộ xã đề ra.",
"Dịp Tết Nguyên đán, Mặt trận phối hợp các đoàn thể trao 520 phần quà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, tổng trị giá 260 triệu đồng (500.000 đồng/phần).",
"Công tác giám sát, phản biện xã hội được chú trọng: Ủy ban MTTQ xã chủ trì 5 cuộc giám sát, trong đó 2 cuộc về thực hiện chính sách bảo hiểm y tế; tổ chức 2 hội nghị phản biện dự thảo văn bản của UBND xã.",
"Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy ghi nhận những kết quả Mặt trận đạt được, đề nghị năm 2026 tiếp tục phát huy vai trò nòng cốt tập hợp khối đại đoàn kết, quan tâm hơn nữa đến hộ cận nghèo và người có hoàn cảnh khó khăn.",
"Dịp này, Ủy ban MTTQ Việt Nam xã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.",
"Minh Thư – Ủy ban MTTQ xã Đông Thạnh",
],
planted=[],
near=["3 đồng chí lãnh đạo xã", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "14/14 ấp", "đạt 121,7% kế hoạch", "410 triệu đồng", "giảm 25 hộ", "còn 1,12%, đạt chỉ tiêu dưới 1,5%", "trong đó 2 cuộc", "12 tập thể và 25 cá nhân", "2024–2029"],
))
def chk10():
    ok(pct("486.7", 400) == "121,7", "d10 quy"); ok(6 * 60 == 360 and 360 + 50 == 410, "d10 nha")
    ok(96 - 71 == 25, "d10 ho ngheo"); ok(520 * 500000 == 260000000, "d10 qua"); ok(Decimal("1.12") < Decimal("1.5"), "d10 target")
DOCS[-1]["check"] = chk10

# ================================================================ validation + write
CODES = {"percent-mismatch", "sum-mismatch", "figure-inconsistent", "attendance-mismatch", "resolution-not-passed",
         "part-exceeds-whole", "absentee-count-mismatch", "target-status-mismatch", "vote-mismatch", "count-mismatch"}
import re
names = set()
nclean = 0
for d in DOCS:
    n = d["name"]; ok(n not in names, f"dup name {n}"); names.add(n)
    text = "\n".join(d["paras"]) + "\n"
    ok(unicodedata.normalize("NFC", text) == text, f"{n}: not NFC")
    ok(all(p.strip() == p and p for p in d["paras"]), f"{n}: empty/padded paragraph")
    L = len(text)
    ok(1800 <= L <= 3000, f"{n}: length {L}")
    ok(d["genre"] in {"bien_ban", "bao_cao", "tin_hoi_nghi"}, f"{n}: genre")
    spans = []
    for code, t, note in d["planted"]:
        ok(code in CODES, f"{n}: bad code {code}")
        ok(text.count(t) == 1, f"{n}: planted span occurs {text.count(t)}x: {t!r}")
        ok(re.search(r"\d", t) is not None, f"{n}: planted span has no number: {t!r}")
        ok(len(t) <= 80, f"{n}: planted span too long {t!r}")
        i = text.find(t); spans.append((i, i + len(t), t))
    for t in d["near"]:
        ok(text.count(t) >= 1, f"{n}: near-miss span missing: {t!r}")
        i = text.find(t)
        for a, b, pt in spans:
            ok(not (i < b and a < i + len(t)), f"{n}: near-miss {t!r} overlaps planted {pt!r}")
    k = len(d["planted"])
    if k == 0: nclean += 1
    else: ok(3 <= k <= 5, f"{n}: {k} planted")
    d["check"]()
    d["_text"] = text; d["_len"] = L
ok(len(DOCS) == 10, "need 10 docs"); ok(nclean == 3, f"clean={nclean}")

if ERR:
    print("VALIDATION FAILED:"); [print(" -", e) for e in ERR]; sys.exit(1)

for d in DOCS:
    with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(d["_text"])
    exp = {"genre": d["genre"], "clean": not d["planted"],
           "planted": [{"code": c, "text": t, "note": no} for c, t, no in d["planted"]], "officials": []}
    with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")
from collections import Counter
cnt = Counter(c for d in DOCS for c, _, _ in d["planted"])
for d in DOCS:
    print(f"{d['name']:40s} {d['genre']:13s} {d['_len']:5d} planted={len(d['planted'])} near={len(d['near'])}")
print("total planted", sum(cnt.values()), dict(cnt))
print("OK")
