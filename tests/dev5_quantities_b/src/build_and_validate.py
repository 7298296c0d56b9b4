#!/usr/bin/env python3
"""Generator + validator for round6/quantities_b. Exits 1 on any problem."""
import json, os, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []

def fmt(d, dec):
    q = Decimal(1).scaleb(-dec)
    s = str(d.quantize(q, rounding=ROUND_HALF_UP))
    return s.replace('.', ',')

def pct(part, whole, dec):
    return fmt(Decimal(str(part)) * 100 / Decimal(str(whole)), dec)

def ok_pct(name, part, whole, printed):
    dec = len(printed.split(',')[1]) if ',' in printed else 0
    got = pct(part, whole, dec)
    if got != printed:
        ERR.append(f"{name}: {part}/{whole} = {got}%, printed {printed}")

def bad_pct(name, part, whole, printed):
    dec = len(printed.split(',')[1]) if ',' in printed else 0
    if pct(part, whole, dec) == printed:
        ERR.append(f"{name}: planted pct {printed} is actually right")

def ok(name, cond):
    if not cond:
        ERR.append(f"{name}: assertion failed")

DOCS = []

def doc(name, genre, lines, planted, near):
    DOCS.append(dict(name=name, genre=genre, lines=lines, planted=planted, near=near))

# ---------------------------------------------------------------- 1
doc("bb_chibo_khoanoi_bvdk_t11_2025", "bien_ban", [
"ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH LAM GIANG",
"CHI BỘ KHOA NỘI TỔNG HỢP",
"ĐẢNG CỘNG SẢN VIỆT NAM",
"BIÊN BẢN",
"Sinh hoạt chi bộ định kỳ tháng 11 năm 2025",
"Thời gian: bắt đầu lúc 16 giờ 30 phút, ngày 05/11/2025.",
"Địa điểm: Phòng giao ban Khoa Nội tổng hợp, tầng 3 nhà B.",
"Chủ trì: đ/c Phan Thị Ngọc Lan – Bí thư Chi bộ, Trưởng khoa. Thư ký: đ/c Vũ Đình Khang – chi ủy viên.",
"Tổng số đảng viên của chi bộ: 21 đồng chí (chính thức 19, dự bị 02); miễn sinh hoạt 01 đ/c (đ/c Hồ Văn Chương, nghỉ hưu, không dự).",
"Có mặt: 17 đồng chí (chính thức 15, dự bị 02). Vắng: 03 đồng chí, có lý do: 03 (đ/c Lê Thị Thu Hà đi tập huấn tại Bệnh viện Bạch Mai; đ/c Trần Văn Khôi nghỉ phép năm).",
"Dự sinh hoạt có đ/c Đinh Quang Tú, Phó Bí thư Đảng ủy Bệnh viện.",
"I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10",
"1. Công tác chuyên môn: Khoa tiếp nhận điều trị nội trú 412 lượt người bệnh, trong đó người bệnh có thẻ BHYT là 371 lượt (chiếm 90,0%); chuyển tuyến 07 ca; tử vong 0. Số ngày điều trị trung bình 6,8 ngày, giảm 0,4 ngày so với tháng 9. Công suất sử dụng giường bệnh 118,6%.",
"Khám ngoại trú tại phòng khám Nội: 1.936 lượt, tăng 5,2% so với cùng kỳ.",
"Khảo sát hài lòng người bệnh nội trú: khoa phát ra 120 phiếu, thu về 116 phiếu; số phiếu đánh giá hài lòng và rất hài lòng là 109, tỷ lệ hài lòng đạt 95,0% (chỉ tiêu Bệnh viện giao từ 90% trở lên).",
"2. Thu viện phí, BHYT: tổng thu tháng 10 là 3,126 tỷ đồng, lũy kế 10 tháng 29,84 tỷ đồng, bằng 82,9% kế hoạch năm (36 tỷ đồng).",
"3. Công tác đảng: 100% đảng viên tham gia học tập chuyên đề năm 2025; chi bộ hoàn thành hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Mỹ Duyên (điều dưỡng hạng IV). Thu đảng phí tháng 10: 2.145.000 đồng.",
"II. Ý KIẾN THẢO LUẬN",
"- Đ/c Khang: đề nghị bổ sung 02 điều dưỡng cho buồng cấp cứu vì tháng qua khoa quá tải, với 421 lượt người bệnh nội trú mà nhân lực không tăng.",
"- Đ/c Mai Xuân Bách: phản ánh máy thở số 2 hỏng từ ngày 18/10, đã báo Phòng Vật tư – Thiết bị y tế (số máy lẻ 215).",
"- Đ/c Tú (Đảng ủy BV): ghi nhận kết quả, lưu ý kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2025) vừa qua, chi bộ cần giữ vững y đức.",
"III. NHIỆM VỤ THÁNG 11",
"Chi bộ thống nhất 04 nhiệm vụ trọng tâm tháng 11:",
"- Duy trì công suất giường bệnh, giảm thời gian chờ nhập viện;",
"- Hoàn thiện hồ sơ kết nạp đảng trình Đảng ủy Bệnh viện trước ngày 20/11;",
"- Tổ chức kiểm điểm, đánh giá, xếp loại đảng viên năm 2025;",
"- Phối hợp Phòng Điều dưỡng tập huấn kiểm soát nhiễm khuẩn;",
"- Vận động đảng viên ủng hộ Quỹ Vì người nghèo ít nhất 01 ngày lương.",
"Biểu quyết thông qua nghị quyết tháng 11: 15/15 đảng viên chính thức có mặt tán thành (100%).",
"Buổi sinh hoạt kết thúc lúc 18 giờ 05 phút cùng ngày. Biên bản đã đọc lại, các đồng chí dự họp nhất trí.",
"THƯ KÝ\tCHỦ TRÌ",
"Vũ Đình Khang\tPhan Thị Ngọc Lan",
], [
 ("absentee-count-mismatch", "có lý do: 03", "03 vắng có lý do nhưng chỉ nêu tên 02 đồng chí (Hà, Khôi)"),
 ("percent-mismatch", "tỷ lệ hài lòng đạt 95,0%", "109/116 phiếu thu về = 94,0% (109/120 = 90,8%); không có cơ sở cho 95,0%"),
 ("figure-inconsistent", "421 lượt", "cùng số lượt người bệnh nội trú tháng 10 ở mục I là 412 lượt"),
 ("count-mismatch", "04 nhiệm vụ trọng tâm", "công bố 04 nhiệm vụ nhưng liệt kê 05 gạch đầu dòng"),
], ["371 lượt (chiếm 90,0%)", "bằng 82,9% kế hoạch năm", "tăng 5,2% so với cùng kỳ", "70 năm", "15/15", "118,6%", "từ 90% trở lên", "ít nhất 01 ngày lương"])
ok_pct("bb1 bhyt", 371, 412, "90,0")
bad_pct("bb1 hailong", 109, 116, "95,0"); bad_pct("bb1 hailong2", 109, 120, "95,0")
ok_pct("bb1 thu", Decimal("29.84"), 36, "82,9")
ok("bb1 attendance", 17 + 3 == 21 - 1 and 15 + 2 == 17 and 19 + 2 == 21)
ok("bb1 vote", 15 * 2 > (19 - 1))
ok("bb1 anniv", 2025 - 1955 == 70)

# ---------------------------------------------------------------- 2
doc("bb_kyhop_ubkt_danguy_cqd_tinh_lan7", "bien_ban", [
"ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH LAM GIANG",
"ỦY BAN KIỂM TRA",
"BIÊN BẢN KỲ HỌP THỨ 7",
"Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh, nhiệm kỳ 2025 – 2030",
"Hôm nay, vào lúc 8 giờ 00 ngày 21 tháng 10 năm 2025, tại phòng họp số 2, trụ sở Đảng ủy các cơ quan Đảng tỉnh, UBKT tiến hành kỳ họp thứ 7.",
"Thành phần: UBKT có 07 đồng chí; có mặt 06 đồng chí; vắng 01 đồng chí (đ/c Lò Văn Thiện, Ủy viên, đi học lớp bồi dưỡng tại Học viện Chính trị khu vực I).",
"Chủ trì: đ/c Hà Minh Quyết, Phó Bí thư Đảng ủy, Chủ nhiệm UBKT. Thư ký kỳ họp: đ/c Nông Thị Hằng, cán bộ Cơ quan UBKT.",
"NỘI DUNG KỲ HỌP",
"1. Tình hình giải quyết đơn thư 9 tháng năm 2025",
"Đ/c Phó Chủ nhiệm Bế Văn Lực báo cáo: 9 tháng, Cơ quan UBKT tiếp nhận 23 đơn; chuyển cơ quan có thẩm quyền 06 đơn, lưu 04 đơn (đơn nặc danh, trùng lặp), số đơn thuộc thẩm quyền phải xem xét, giải quyết là 13. Đến nay đã giải quyết xong 11/13 đơn, đạt 84,6%; 02 đơn đang xác minh, hạn hoàn thành trước 15/11/2025.",
"2. Kết quả kiểm tra khi có dấu hiệu vi phạm",
"Thực hiện Quyết định số 31-QĐ/UBKT ngày 04/8/2025, Đoàn kiểm tra đã kiểm tra 02 tổ chức đảng và 05 đảng viên tại Đảng bộ cơ sở Văn phòng Tỉnh ủy và Chi bộ Báo Lam Giang. Thời gian kiểm tra 45 ngày (từ 06/8 đến 19/9/2025).",
"Sau thảo luận, Ủy ban thống nhất: Chi ủy Chi bộ Báo Lam Giang có vi phạm nhưng chưa đến mức xử lý kỷ luật, yêu cầu kiểm điểm rút kinh nghiệm. Đối với các đảng viên, số đảng viên được kết luận có vi phạm là 06, trong đó 01 đồng chí vi phạm đến mức phải xem xét kỷ luật (đ/c Nguyễn Văn Tường).",
"3. Xem xét, thi hành kỷ luật đối với đ/c Nguyễn Văn Tường",
"Ủy ban bỏ phiếu kín. Tổ kiểm phiếu gồm 02 đồng chí (đ/c Lực – tổ trưởng, đ/c Hằng – thư ký). Số phiếu phát ra 06, thu về 06, hợp lệ 06. Kết quả: hình thức khiển trách 04 phiếu; hình thức cảnh cáo 01 phiếu; không kỷ luật: 02 phiếu.",
"Căn cứ kết quả, với 04/07 thành viên (57,14%) đồng ý, Ủy ban quyết định thi hành kỷ luật đ/c Nguyễn Văn Tường bằng hình thức khiển trách.",
"4. Chương trình kiểm tra, giám sát năm 2026",
"Các thành viên góp ý dự thảo Chương trình gồm 09 cuộc kiểm tra và 12 cuộc giám sát chuyên đề. Biểu quyết thông qua: 03/06 đồng chí có mặt tán thành, 03 đồng chí đề nghị bổ sung nội dung giám sát việc kê khai tài sản, thu nhập. Chủ nhiệm UBKT kết luận: Chương trình được thông qua, giao Cơ quan UBKT hoàn thiện, ban hành trước ngày 30/11/2025.",
"Kỳ họp kết thúc lúc 11 giờ 20 phút cùng ngày. Biên bản được thông qua tại kỳ họp, gồm 02 trang, lập thành hai bản.",
"T/M ỦY BAN KIỂM TRA\tTHƯ KÝ",
"CHỦ NHIỆM\tNông Thị Hằng",
"Hà Minh Quyết",
], [
 ("part-exceeds-whole", "số đảng viên được kết luận có vi phạm là 06", "chỉ kiểm tra 05 đảng viên mà kết luận 06 đảng viên vi phạm"),
 ("vote-mismatch", "không kỷ luật: 02 phiếu", "04 + 01 + 02 = 07 phiếu trong khi chỉ 06 phiếu hợp lệ"),
 ("resolution-not-passed", "03/06 đồng chí có mặt tán thành", "03/07 thành viên (kể cả 3/6 có mặt) không quá nửa mà vẫn kết luận thông qua"),
], ["11/13 đơn, đạt 84,6%", "04/07 thành viên (57,14%)", "45 ngày (từ 06/8 đến 19/9/2025)", "kỳ họp thứ 7", "31-QĐ/UBKT"])
ok("bb2 don", 6 + 4 + 13 == 23)
ok_pct("bb2 giaiquyet", 11, 13, "84,6")
ok_pct("bb2 kl", 4, 7, "57,14")
ok("bb2 votes wrong", 4 + 1 + 2 != 6)
ok("bb2 resolution", not (3 * 2 > 7))
from datetime import date
ok("bb2 duration", (date(2025, 9, 19) - date(2025, 8, 6)).days + 1 == 45)
ok("bb2 attendance", 6 + 1 == 7)

# ---------------------------------------------------------------- 3
doc("bc_bantochuc_tinhuy_phattriendang_2025", "bao_cao", [
"TỈNH ỦY LAM GIANG",
"BAN TỔ CHỨC",
"Số 412-BC/BTCTU\tLam Giang, ngày 08 tháng 01 năm 2026",
"BÁO CÁO",
"kết quả công tác phát triển đảng viên năm 2025",
"Năm 2025, toàn Đảng bộ tỉnh kết nạp được 3.846 đảng viên mới, đạt 101,2% chỉ tiêu Tỉnh ủy giao (3.800 đảng viên); 6 tháng đầu năm kết nạp 1.702 đảng viên, bằng 44,8% chỉ tiêu năm. Đến 31/12/2025, toàn Đảng bộ có 98.415 đảng viên, tăng 1.226 đảng viên so với đầu năm.",
"I. KẾT QUẢ THỰC HIỆN",
"1. Kết quả theo khối",
"Khối\tChỉ tiêu\tKết nạp\tTỷ lệ (%)",
"Xã, phường, đặc khu\t1.650\t1.624\t98,4",
"Cơ quan hành chính, sự nghiệp\t1.050\t1.108\t105,5",
"Lực lượng vũ trang\t680\t705\t103,7",
"Doanh nghiệp\t420\t409\t97,4",
"Cộng\t3.800\t3.846\t101,2",
"Có 05 đảng bộ trực thuộc kết nạp đạt trên 120% chỉ tiêu, gồm: Đảng bộ Công an tỉnh, Đảng bộ Quân sự tỉnh, Đảng bộ phường Bắc Lam và Đảng bộ xã Tân Hưng. Đáng ghi nhận, khối doanh nghiệp kết nạp 409 đảng viên, vượt chỉ tiêu được giao, nhất là ở doanh nghiệp ngoài nhà nước.",
"2. Chất lượng, cơ cấu đảng viên mới",
"Hầu hết đối tượng kết nạp có trình độ từ trung cấp trở lên. Trong số đảng viên mới: nữ 1.982 đồng chí (51,5%); đoàn viên thanh niên 2.917 đồng chí (75,8%); người dân tộc thiểu số 412 đồng chí (10,7%); đảng viên là người có đạo 96 đồng chí, chiếm 2,7%.",
"3. Công nhận đảng viên chính thức",
"Trong năm, các cấp ủy xét công nhận đảng viên chính thức cho 3.512 đồng chí; số đảng viên dự bị quá 12 tháng chưa được xét là 37 đồng chí (giảm 21 trường hợp so với năm 2024). Tỷ lệ tổ chức cơ sở đảng kết nạp được đảng viên trong năm đạt 88,6%, tăng 3,1 điểm phần trăm.",
"II. ĐÁNH GIÁ CHUNG",
"Công tác phát triển đảng viên năm 2025 tiếp tục được các cấp ủy quan tâm; toàn tỉnh kết nạp gần 3.850 đảng viên, góp phần bổ sung nguồn cán bộ trẻ cho hệ thống chính trị sau sắp xếp. Tuy nhiên, việc tạo nguồn ở một số xã vùng cao, xã có đông đồng bào theo đạo còn khó khăn.",
"Với kết quả kết nạp 3.864 đảng viên mới, Đảng bộ tỉnh đã hoàn thành chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I đề ra cho năm đầu nhiệm kỳ.",
"III. NHIỆM VỤ NĂM 2026",
"Phấn đấu kết nạp ít nhất 3.900 đảng viên; tỷ lệ tổ chức cơ sở đảng kết nạp được đảng viên từ 90% trở lên; không để đảng viên dự bị quá 12 tháng chưa được xét quá 30 trường hợp.",
"Nơi nhận:\tT/L BAN THƯỜNG VỤ",
"- Thường trực Tỉnh ủy (b/c),\tTRƯỞNG BAN",
"- Lưu Văn phòng Ban.\tLương Hoài Nam",
], [
 ("count-mismatch", "Có 05 đảng bộ trực thuộc", "05 đảng bộ nhưng chỉ kể 04 tên"),
 ("target-status-mismatch", "409 đảng viên, vượt chỉ tiêu", "409/420 = 97,4% (xem bảng): chưa đạt, không phải vượt"),
 ("percent-mismatch", "chiếm 2,7%", "96/3.846 = 2,5% (tổng đảng viên mới ở đoạn mở đầu)"),
 ("figure-inconsistent", "3.864 đảng viên mới", "số đảng viên mới kết nạp năm 2025 ở đoạn mở đầu và bảng là 3.846"),
], ["đạt 101,2% chỉ tiêu", "bằng 44,8% chỉ tiêu năm", "gần 3.850", "tăng 3,1 điểm phần trăm", "ít nhất 3.900", "1.982 đồng chí (51,5%)", "lần thứ I"])
rows = [(1650, 1624, "98,4"), (1050, 1108, "105,5"), (680, 705, "103,7"), (420, 409, "97,4")]
for ct, kn, p in rows: ok_pct("bc3 row", kn, ct, p)
ok("bc3 sums", sum(r[0] for r in rows) == 3800 and sum(r[1] for r in rows) == 3846)
ok_pct("bc3 total", 3846, 3800, "101,2"); ok_pct("bc3 6t", 1702, 3800, "44,8")
ok_pct("bc3 nu", 1982, 3846, "51,5"); ok_pct("bc3 dv", 2917, 3846, "75,8"); ok_pct("bc3 dt", 412, 3846, "10,7")
bad_pct("bc3 dao", 96, 3846, "2,7")
ok("bc3 gan", 3846 < 3850)

# ---------------------------------------------------------------- 4
doc("bc_danguy_agribank_lamgiang_2025", "bao_cao", [
"ĐẢNG BỘ NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM CHI NHÁNH TỈNH LAM GIANG",
"BÁO CÁO TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG VÀ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ KINH DOANH NĂM 2025",
"PHẦN I. KẾT QUẢ LÃNH ĐẠO NHIỆM VỤ KINH DOANH",
"1. Nguồn vốn: Tổng nguồn vốn huy động đến 31/12/2025 đạt 28.456 tỷ đồng, tăng 2.318 tỷ đồng (+8,9%) so với đầu năm, đạt 102,1% kế hoạch Trụ sở chính giao (27.870 tỷ đồng). Cơ cấu: tiền gửi dân cư 22.107 tỷ đồng, chiếm 77,7%; tiền gửi tổ chức kinh tế 4.986 tỷ (17,5%); tiền gửi KBNN và các TCTD khác 1.363 tỷ (4,8%).",
"2. Tín dụng: Tổng dư nợ cho vay nền kinh tế 31.902 tỷ đồng, tăng 9,6% so với đầu năm, đạt 99,3% kế hoạch năm (32.130 tỷ đồng), vượt chỉ tiêu dư nợ được giao. Trong đó dư nợ cho vay nông nghiệp, nông thôn 24.356 tỷ đồng, chiếm 74,6% tổng dư nợ; cho vay hộ gia đình, cá nhân chiếm 86,2%.",
"3. Chất lượng tín dụng: nợ xấu 287 tỷ đồng, tỷ lệ nợ xấu/tổng dư nợ là 0,90% (chỉ tiêu không quá 1,5%). Thu nợ đã xử lý rủi ro được 46,75 tỷ đồng, đạt 116,9% kế hoạch (40 tỷ đồng).",
"4. Tài chính: chênh lệch thu chi trước lương đạt 612,4 tỷ đồng, bằng 104,3% kế hoạch (587,2 tỷ đồng). Thu dịch vụ ròng đạt 106,1% kế hoạch (148,6/140 tỷ đồng), tăng 11,4% so với năm 2024.",
"PHẦN II. CÔNG TÁC XÂY DỰNG ĐẢNG",
"Đảng bộ có 14 chi bộ trực thuộc với 386 đảng viên (chính thức 371, dự bị 15).",
"Kết quả đánh giá, xếp loại năm 2025: về tổ chức đảng, 14 chi bộ được xếp loại gồm hoàn thành xuất sắc nhiệm vụ 03, hoàn thành tốt nhiệm vụ 10, hoàn thành nhiệm vụ 01. Về đảng viên, trừ 09 đồng chí mới kết nạp chưa đủ 6 tháng, có 377 đồng chí được xếp loại: hoàn thành xuất sắc nhiệm vụ 61 đồng chí; hoàn thành tốt nhiệm vụ 279 đồng chí; hoàn thành nhiệm vụ 36 đồng chí; không hoàn thành nhiệm vụ 02 đồng chí.",
"Trong năm kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu (10 đảng viên); tặng Huy hiệu 30 năm tuổi Đảng cho 04 đồng chí. Đảng ủy ban hành 17 nghị quyết chuyên đề, tổ chức 04 cuộc kiểm tra, 06 cuộc giám sát theo chương trình.",
"Bảng tổng hợp một số chỉ tiêu chính:",
"Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ",
"Nguồn vốn huy động (tỷ đồng) | 27.870 | 28.456 | 102,1%",
"Thu nợ XLRR (tỷ đồng) | 40 | 46,75 | 116,9%",
"Chênh lệch thu chi (tỷ đồng) | 587,2 | 612,4 | 104,3%",
"Kết nạp đảng viên | 10 | 12 | 120%",
"PHẦN III. PHƯƠNG HƯỚNG NĂM 2026",
"Phấn đấu nguồn vốn tăng từ 8% trở lên; dư nợ tăng 10 – 12% so với mức 31.092 tỷ đồng thực hiện năm 2025; tỷ lệ nợ xấu dưới 1%; 100% chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên.",
"Lam Giang, ngày 12 tháng 01 năm 2026",
"T/M ĐẢNG ỦY – BÍ THƯ",
"Trịnh Văn Hậu",
], [
 ("target-status-mismatch", "đạt 99,3% kế hoạch năm (32.130 tỷ đồng), vượt chỉ tiêu", "99,3% kế hoạch là chưa đạt, không thể 'vượt chỉ tiêu'"),
 ("percent-mismatch", "chiếm 74,6% tổng dư nợ", "24.356/31.902 = 76,3%"),
 ("sum-mismatch", "có 377 đồng chí được xếp loại", "61 + 279 + 36 + 02 = 378 ≠ 377 (= 386 − 09)"),
 ("figure-inconsistent", "31.092 tỷ đồng", "dư nợ thực hiện năm 2025 ở mục 2 là 31.902 tỷ đồng"),
], ["(+8,9%)", "chiếm 77,7%", "0,90%", "không quá 1,5%", "116,9% kế hoạch", "tăng 11,4% so với năm 2024", "106,1% kế hoạch (148,6/140 tỷ đồng)", "30 năm tuổi Đảng", "tăng 9,6% so với đầu năm"])
ok_pct("bc4 tang", 2318, 28456 - 2318, "8,9"); ok_pct("bc4 kh", 28456, 27870, "102,1")
ok("bc4 ccau", 22107 + 4986 + 1363 == 28456)
ok_pct("bc4 dc", 22107, 28456, "77,7"); ok_pct("bc4 tc", 4986, 28456, "17,5"); ok_pct("bc4 kb", 1363, 28456, "4,8")
ok_pct("bc4 duno", 31902, 32130, "99,3"); bad_pct("bc4 nn", 24356, 31902, "74,6")
ok_pct("bc4 noxau", 287, 31902, "0,90"); ok_pct("bc4 xlrr", Decimal("46.75"), 40, "116,9")
ok_pct("bc4 dv2", Decimal("148.6"), 140, "106,1"); ok_pct("bc4 cltc", Decimal("612.4"), Decimal("587.2"), "104,3"); ok_pct("bc4 kn", 12, 10, "120")
ok("bc4 dv", 371 + 15 == 386 and 3 + 10 + 1 == 14 and 386 - 9 == 377 and 61 + 279 + 36 + 2 == 378)

# ---------------------------------------------------------------- 5 clean
doc("bc_thpt_chuyen_lamgiang_hk1_2025_2026", "bao_cao", [
"SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAM GIANG",
"TRƯỜNG THPT CHUYÊN LAM GIANG",
"Số: 96/BC-THPTC\tLam Giang, ngày 14 tháng 01 năm 2026",
"BÁO CÁO sơ kết học kỳ I năm học 2025 – 2026",
"1. Quy mô: Năm học 2025 – 2026 nhà trường có 30 lớp với 1.026 học sinh (khối 10: 350 em/10 lớp; khối 11: 343 em/10 lớp; khối 12: 333 em/10 lớp). Tổng số cán bộ, giáo viên, nhân viên là 94 người, trong đó CBQL 04, giáo viên 81, nhân viên 09; giáo viên có trình độ thạc sĩ trở lên 57/81, tỷ lệ 70,4%.",
"2. Kết quả học tập, rèn luyện học kỳ I:",
"Mức\tKết quả học tập\tKết quả rèn luyện",
"Tốt\t612 (59,6%)\t998 (97,3%)",
"Khá\t371 (36,2%)\t26 (2,5%)",
"Đạt\t41 (4,0%)\t2 (0,2%)",
"Chưa đạt\t2 (0,2%)\t0",
"Cộng\t1.026 (100%)\t1.026 (100%)",
"Tỷ lệ học sinh có kết quả học tập Tốt tăng 2,3 điểm phần trăm so với học kỳ I năm học trước; chỉ tiêu \"kết quả học tập mức Tốt từ 55% trở lên\" đã đạt.",
"3. Học sinh giỏi: Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 (tổ chức ngày 02 – 03/12/2025), trường có 96 em dự thi, 91 em đạt giải (tỷ lệ 94,8%), gồm 18 giải Nhất, 29 giải Nhì, 27 giải Ba và 17 giải Khuyến khích. Đội tuyển dự thi chọn học sinh giỏi quốc gia gồm 80 em ở 10 môn, thi ngày 25 – 26/12/2025.",
"4. Hoạt động giáo dục: Tổ chức 3 hoạt động trải nghiệm lớn là Ngày hội STEM, Hội trại chào mừng 20/11 và giải bóng đá học sinh; phối hợp Tỉnh đoàn tổ chức hiến máu với 146 đơn vị máu.",
"5. Tài chính: thu học phí và các khoản thu theo quy định học kỳ I được 1.873,5 triệu đồng, bằng 51,2% dự toán năm (3.659 triệu đồng). Chi sửa chữa phòng học bộ môn 412,8 triệu đồng.",
"6. Công tác đảng, đoàn thể: Chi bộ nhà trường có 48 đảng viên, kết nạp mới 02 đảng viên là giáo viên trẻ. Công đoàn tổ chức kỷ niệm 35 năm thành lập trường (1990 – 2025) và 43 năm Ngày Nhà giáo Việt Nam.",
"7. Hạn chế: Một số học sinh khối 10 chưa thích nghi với chương trình chuyên; 02 học sinh có kết quả học tập Chưa đạt cần phụ đạo.",
"Phương hướng học kỳ II: phấn đấu tỷ lệ học sinh đạt giải quốc gia không dưới 60% số dự thi; không có học sinh bỏ học; hoàn thành kiểm định chất lượng cấp độ 3.",
"Nơi nhận:\tHIỆU TRƯỞNG",
"- Sở GDĐT (b/c);\t",
"- Lưu: VT.\tĐặng Thị Phương Thảo",
"Điện thoại liên hệ: 0237.3852.614",
], [], ["70,4%", "94,8%", "51,2% dự toán năm", "2,3 điểm phần trăm", "35 năm", "43 năm", "0237.3852.614", "80 em ở 10 môn", "3 hoạt động"])
ok("bc5 hs", 350 + 343 + 333 == 1026 and 4 + 81 + 9 == 94)
ok_pct("bc5 ths", 57, 81, "70,4")
hoc = [(612, "59,6"), (371, "36,2"), (41, "4,0"), (2, "0,2")]
ren = [(998, "97,3"), (26, "2,5"), (2, "0,2")]
for n, p in hoc + ren: ok_pct("bc5 dist", n, 1026, p)
ok("bc5 sums", sum(n for n, _ in hoc) == 1026 and sum(n for n, _ in ren) == 1026)
ok("bc5 giai", 18 + 29 + 27 + 17 == 91); ok_pct("bc5 giai%", 91, 96, "94,8")
ok_pct("bc5 thu", Decimal("1873.5"), 3659, "51,2")
ok("bc5 anniv", 2025 - 1990 == 35 and 2025 - 1982 == 43)
ok("bc5 target", Decimal("59.6") >= 55)

# ---------------------------------------------------------------- 6 kết luận
doc("kl_btv_danguy_cqd_tinh_9thang_2025", "nghi_quyet", [
"ĐẢNG BỘ TỈNH LAM GIANG",
"ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH",
"*",
"Số 87-TB/ĐU\tLam Giang, ngày 17 tháng 10 năm 2025",
"THÔNG BÁO KẾT LUẬN",
"của Ban Thường vụ Đảng ủy tại Hội nghị Ban Chấp hành Đảng bộ lần thứ 6 (khóa I, nhiệm kỳ 2025 – 2030)",
"Ngày 15/10/2025, Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh tổ chức Hội nghị lần thứ 6 đánh giá kết quả 9 tháng, triển khai nhiệm vụ quý IV năm 2025. Dự hội nghị có 31/35 đồng chí Ủy viên Ban Chấp hành; vắng 3 đồng chí có lý do. Sau khi nghe báo cáo và ý kiến thảo luận, Ban Thường vụ Đảng ủy kết luận như sau:",
"1. Về kết quả 9 tháng năm 2025",
"Đảng bộ hiện có 41 tổ chức cơ sở đảng (12 đảng bộ cơ sở, 29 chi bộ cơ sở) với 118 chi bộ trực thuộc đảng ủy cơ sở; tổng số 2.742 đảng viên. Việc học tập, quán triệt nghị quyết được thực hiện nghiêm túc, tỷ lệ đảng viên tham gia đạt 96,8% (2.655/2.742).",
"Công tác phát triển đảng có chuyển biến: 9 tháng kết nạp 46 đảng viên, đạt 76,7% chỉ tiêu năm (60 đảng viên). Cấp ủy các cấp kiểm tra 27 tổ chức đảng và 84 đảng viên; giám sát chuyên đề 19 tổ chức đảng, 52 đảng viên.",
"Ủy ban Kiểm tra các cấp tiếp nhận 11 đơn thư (tố cáo 4, khiếu nại kỷ luật 1, phản ánh 6). Đối với đơn tố cáo, đã giải quyết xong 5 đơn, kết luận tố cáo đúng một phần 2 đơn.",
"Tuy nhiên, chất lượng sinh hoạt ở một số chi bộ còn hình thức; việc cập nhật phần mềm quản lý cơ sở dữ liệu đảng viên còn chậm, đến nay mới cập nhật 2.724 đảng viên, còn thiếu so với tổng số.",
"2. Nhiệm vụ trọng tâm quý IV năm 2025",
"Ban Thường vụ yêu cầu các cấp ủy tập trung thực hiện tốt 5 nhiệm vụ trọng tâm sau:",
"(1) Tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 đúng Hướng dẫn số 25-HD/BTCTW;",
"(2) Hoàn thành chỉ tiêu kết nạp đảng viên năm 2025 (còn 14 đảng viên);",
"(3) Thực hiện có hiệu quả Chương trình kiểm tra, giám sát năm 2025; chuẩn bị Chương trình năm 2026;",
"(4) Chuẩn bị tổng kết công tác xây dựng Đảng năm 2025, xây dựng phương hướng năm 2026;",
"(5) Đẩy mạnh chuyển đổi số trong công tác đảng; 100% trong số 43 tổ chức cơ sở đảng của Đảng bộ hoàn thành cập nhật dữ liệu đảng viên trước ngày 30/11/2025;",
"(6) Làm tốt công tác bảo vệ chính trị nội bộ, nắm tình hình tư tưởng cán bộ, đảng viên dịp cuối năm.",
"Ban Thường vụ Đảng ủy giao Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp báo cáo kết quả tại hội nghị tháng 12/2025.",
"Nơi nhận:\tT/M BAN THƯỜNG VỤ",
"- Thường trực Tỉnh ủy (b/c),\tPHÓ BÍ THƯ THƯỜNG TRỰC",
"- Các TCCS đảng trực thuộc,\t",
"- Lưu VPĐU.\tKhổng Minh Triết",
], [
 ("attendance-mismatch", "vắng 3 đồng chí", "31 có mặt + 3 vắng = 34 ≠ 35 Ủy viên BCH"),
 ("part-exceeds-whole", "đã giải quyết xong 5 đơn", "chỉ tiếp nhận 4 đơn tố cáo mà giải quyết xong 5 đơn tố cáo"),
 ("figure-inconsistent", "43 tổ chức cơ sở đảng", "số tổ chức cơ sở đảng của Đảng bộ ở mục 1 là 41 (12 đảng bộ cơ sở + 29 chi bộ cơ sở)"),
 ("count-mismatch", "5 nhiệm vụ trọng tâm", "công bố 5 nhiệm vụ nhưng liệt kê (1)…(6)"),
], ["96,8% (2.655/2.742)", "76,7% chỉ tiêu năm", "lần thứ 6", "87-TB/ĐU", "còn 14 đảng viên", "25-HD/BTCTW", "mới cập nhật 2.724 đảng viên"])
ok("kl att", 31 + 3 != 35); ok("kl tccs", 12 + 29 == 41)
ok_pct("kl hoc", 2655, 2742, "96,8"); ok_pct("kl kn", 46, 60, "76,7"); ok("kl con", 60 - 46 == 14)
ok("kl don", 4 + 1 + 6 == 11 and 5 > 4); ok("kl capnhat", 2724 < 2742)

# ---------------------------------------------------------------- 7 tin (portal debris)
doc("tin_ubkt_tinhuy_lamgiang_soket_9thang_2025", "tin_hoi_nghi", [
"Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng",
"Cỡ chữ: A A A | In trang | Gửi email",
"Ủy ban Kiểm tra Tỉnh ủy sơ kết công tác 9 tháng năm 2025",
"Cập nhật lúc 15:42, Thứ Năm, 09/10/2025 (GMT+7)",
"(LGO) - Sáng 09/10, Ủy ban Kiểm tra (UBKT) Tỉnh ủy tổ chức hội nghị sơ kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2025. Đồng chí Lục Văn Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì hội nghị. Hội nghị được kết nối trực tuyến đến 96 điểm cầu xã, phường, đặc khu.",
"Theo báo cáo, 9 tháng qua cấp ủy các cấp đã kiểm tra 1.184 tổ chức đảng và 3.957 đảng viên; giám sát 806 tổ chức đảng và 2.214 đảng viên. UBKT các cấp kiểm tra khi có dấu hiệu vi phạm đối với 38 tổ chức đảng và 112 đảng viên; qua kiểm tra kết luận 31 tổ chức đảng, 94 đảng viên có vi phạm, trong đó phải thi hành kỷ luật 8 tổ chức đảng, 46 đảng viên.",
"Ủy ban Kiểm tra Tỉnh ủy sơ kết công tác 9 tháng. Ảnh: Tuấn Hưng",
"Về thi hành kỷ luật, toàn Đảng bộ đã thi hành kỷ luật 152 đảng viên với các hình thức: khiển trách 97, cảnh cáo 38, cách chức 9, khai trừ 6; riêng UBKT các cấp thi hành kỷ luật theo thẩm quyền 64 trường hợp, chiếm 42,1%. Qua kiểm tra, kiến nghị thu hồi 2,37 tỷ đồng và 1.250 m² đất sai phạm.",
"Công tác tiếp nhận, giải quyết đơn thư được chú trọng. UBKT các cấp tiếp nhận 143 đơn; số đơn thuộc thẩm quyền 58 đơn, số đơn đã giải quyết là 51, đạt tỷ lệ 89,5%. Tỷ lệ đơn tố cáo được giải quyết đúng thời hạn đạt 91,4%, hoàn thành chỉ tiêu đề ra (từ 95% trở lên). UBKT Tỉnh ủy đã thực hiện 11/14 cuộc kiểm tra theo chương trình năm, bằng 78,6%.",
"Phát biểu kết luận, đồng chí Lục Văn Kiên ghi nhận trong 9 tháng toàn ngành đã kiểm tra 1.148 tổ chức đảng và gần 4.000 đảng viên, góp phần giữ nghiêm kỷ cương. Đồng chí đề nghị UBKT các cấp tập trung tham mưu tổ chức tốt các hoạt động kỷ niệm 77 năm Ngày truyền thống ngành Kiểm tra Đảng (16/10/1948 – 16/10/2025); hoàn thành 100% chương trình kiểm tra, giám sát năm; tỷ lệ giải quyết đơn thuộc thẩm quyền đạt từ 95% trở lên.",
"Tuấn Hưng – Minh Thư",
"Ý kiến bạn đọc (0)",
"Tin liên quan:",
"- UBKT Tỉnh ủy kỳ họp thứ 9 (25/09/2025)",
"- Hội nghị tập huấn nghiệp vụ kiểm tra năm 2025 cho 212 học viên (14/08/2025)",
"Chia sẻ: Facebook | Zalo | Twitter",
"Lượt xem: 1.264",
"CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LAM GIANG – Địa chỉ: Số 18 đường Trần Phú, phường Bắc Lam – ĐT: 0237.3852.110 – Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
], [
 ("sum-mismatch", "thi hành kỷ luật 152 đảng viên", "97 + 38 + 9 + 6 = 150 ≠ 152"),
 ("percent-mismatch", "đạt tỷ lệ 89,5%", "51/58 = 87,9%"),
 ("target-status-mismatch", "đạt 91,4%, hoàn thành chỉ tiêu", "91,4% < 95% (chỉ tiêu 'từ 95% trở lên'): chưa hoàn thành"),
 ("figure-inconsistent", "1.148 tổ chức đảng", "đoạn đầu: cấp ủy các cấp kiểm tra 1.184 tổ chức đảng"),
], ["bằng 78,6%", "gần 4.000 đảng viên", "77 năm", "96 điểm cầu", "2,37 tỷ đồng", "Lượt xem: 1.264", "0237.3852.110", "212 học viên", "15:42"])
ok("t7 sum", 97 + 38 + 9 + 6 == 150)
ok_pct("t7 ubkt", 64, 152, "42,1"); bad_pct("t7 don", 51, 58, "89,5"); ok_pct("t7 ct", 11, 14, "78,6")
ok("t7 target", Decimal("91.4") < 95); ok("t7 anniv", 2025 - 1948 == 77); ok("t7 gan", 3957 < 4000)
ok("t7 subset", 94 <= 112 and 46 <= 94 and 31 <= 38 and 8 <= 31)

# ---------------------------------------------------------------- 8 tin clean
doc("tin_soyte_lamgiang_tongket_2025", "tin_hoi_nghi", [
"SỞ Y TẾ TỈNH LAM GIANG",
"Trang chủ » Tin tức » Hoạt động ngành",
"Thứ Sáu, 16/01/2026 - 10:25 | Phông chữ: A- A+ | In bài viết",
"Ngành Y tế Lam Giang tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
"Sáng 15/01, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2025 và triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Vi Thị Hồng, Phó Chủ tịch UBND tỉnh; lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy cùng hơn 200 đại biểu là lãnh đạo các đơn vị trong ngành.",
"Năm 2025, toàn ngành khám, chữa bệnh cho 4.612.380 lượt người, đạt 104,8% kế hoạch (4,4 triệu lượt), tăng 6,3% so với năm 2024; điều trị nội trú 318.455 lượt, công suất sử dụng giường bệnh bình quân 96,7%. Mạng lưới khám, chữa bệnh công lập gồm 14 cơ sở có giường bệnh (9 bệnh viện tuyến tỉnh, 5 trung tâm y tế khu vực) và 124 trạm y tế xã, phường, đặc khu.",
"Toàn cảnh hội nghị. Ảnh: Khánh Linh",
"Công tác y tế dự phòng được duy trì: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97,1% (chỉ tiêu 95%); tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 17,4%, đạt chỉ tiêu \"không quá 18%\". Tỷ lệ dân số tham gia BHYT đạt 93,8%, tăng 1,2 điểm phần trăm so với năm trước. Số bác sĩ đạt 11,2/vạn dân.",
"Về tài chính, tổng dự toán chi sự nghiệp y tế năm 2025 là 1.246,8 tỷ đồng, đến 31/12/2025 đã giải ngân 1.197,3 tỷ đồng, đạt 96,0%. Vốn đầu tư công 186,5 tỷ đồng, giải ngân 171,9 tỷ đồng, đạt 92,2%.",
"Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Vi Thị Hồng đánh giá cao việc ngành đã phục vụ gần 4,62 triệu lượt khám, chữa bệnh trong bối cảnh sắp xếp lại bộ máy; đề nghị ngành phấn đấu năm 2026 đạt 12 bác sĩ/vạn dân, tỷ lệ tham gia BHYT từ 95% trở lên và hoàn thành chuyển đổi số hồ sơ sức khỏe điện tử cho ít nhất 90% dân số.",
"Dịp này, Sở Y tế trao Cờ thi đua cho 4 đơn vị: Bệnh viện Đa khoa tỉnh, Bệnh viện Sản – Nhi, Trung tâm Kiểm soát bệnh tật và Trung tâm Y tế khu vực Đông Lam; tặng Giấy khen cho 27 tập thể và 65 cá nhân. Hội nghị cũng phát động thi đua chào mừng kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2026).",
"Khánh Linh (Văn phòng Sở)",
"Các tin khác:",
"- Khai giảng lớp tập huấn cấp cứu ngoại viện cho 65 học viên (12/01/2026)",
"- Ra quân tiêm vắc xin sởi đợt 2 năm 2025 (08/12/2025)",
"Số lượt truy cập: 5.407.921 | Đang trực tuyến: 37",
"Đường dây nóng Sở Y tế: 0969.115.213",
], [], ["104,8% kế hoạch", "tăng 6,3%", "96,7%", "97,1% (chỉ tiêu 95%)", "giảm còn 17,4%", "1,2 điểm phần trăm", "đạt 96,0%", "đạt 92,2%", "gần 4,62 triệu", "4 đơn vị", "71 năm", "5.407.921", "0969.115.213", "hơn 200 đại biểu"])
ok_pct("t8 kcb", 4612380, 4400000, "104,8"); ok("t8 net", 9 + 5 == 14)
ok_pct("t8 chi", Decimal("1197.3"), Decimal("1246.8"), "96,0"); ok_pct("t8 dt", Decimal("171.9"), Decimal("186.5"), "92,2")
ok("t8 gan", Decimal("4.61238") < Decimal("4.62")); ok("t8 anniv", 2026 - 1955 == 71)
ok("t8 targets", Decimal("17.4") <= 18 and Decimal("97.1") >= 95)

# ---------------------------------------------------------------- write + validate
import re
for d in DOCS:
    text = "\n".join(d["lines"]) + "\n"
    if unicodedata.normalize("NFC", text) != text: ERR.append(d["name"] + ": not NFC")
    n = len(text)
    if not (1800 <= n <= 3500): ERR.append(f"{d['name']}: length {n}")
    clean = not d["planted"]
    if not clean and not (3 <= len(d["planted"]) <= 4): ERR.append(d["name"] + ": planted count")
    spans = []
    for code, span, note in d["planted"]:
        c = text.count(span)
        if c != 1: ERR.append(f"{d['name']}: planted span {span!r} occurs {c}x")
        if not re.search(r"\d", span): ERR.append(f"{d['name']}: no digit in {span!r}")
        i = text.find(span); spans.append((i, i + len(span)))
    for nm in d["near"]:
        if nm not in text: ERR.append(f"{d['name']}: near-miss {nm!r} missing")
        else:
            i = text.find(nm)
            for a, b in spans:
                if i < b and a < i + len(nm): ERR.append(f"{d['name']}: near-miss {nm!r} overlaps planted")
    ej = {"genre": d["genre"], "clean": clean,
          "planted": [{"code": c, "text": s, "note": nt} for c, s, nt in d["planted"]],
          "officials": []}
    with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f: f.write(text)
    with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(ej, f, ensure_ascii=False, indent=2); f.write("\n")
    print(f"{d['name']:48s} {d['genre']:13s} len={n:5d} planted={len(d['planted'])}")
print("docs", len(DOCS), "planted", sum(len(d["planted"]) for d in DOCS))
if ERR:
    print("\n".join(ERR)); sys.exit(1)
print("ALL OK")
