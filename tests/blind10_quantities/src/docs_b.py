from lib import doc, P

# ---------------------------------------------------------------- bc06
AWARD5 = ["Chi bộ thôn Đông Thịnh", "Chi bộ Trường Mầm non", "Chi bộ Quân sự xã"]
doc("bc06_xaydungdang_yenthang_2019", "bao_cao", """
ĐẢNG BỘ HUYỆN YÊN MÔ\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ YÊN THẮNG
*
Số 86-BC/ĐU\tYên Thắng, ngày 20 tháng 12 năm 2019
BÁO CÁO
kết quả công tác xây dựng Đảng năm 2019, phương hướng, nhiệm vụ năm 2020
I- KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2019
1- Công tác tổ chức, đảng viên
Đảng bộ có 18 chi bộ trực thuộc, gồm 9 chi bộ thôn, 4 chi bộ trường học, 3 chi bộ cơ quan, 2 chi bộ quân sự - công an. Đầu năm, Đảng bộ có 498 đảng viên; trong năm kết nạp 27, chuyển đến 6, chuyển đi 4, từ trần 2; đến 30/11/2019 tổng số đảng viên là 525 đồng chí.
Năm 2019, Huyện ủy giao chỉ tiêu kết nạp 30 đảng viên; Đảng ủy đã kết nạp 27 đảng viên mới, đạt 90,0% chỉ tiêu, hoàn thành vượt chỉ tiêu được giao; tỷ lệ kết nạp đạt 5,42% so với tổng số đảng viên đầu năm. Trao Huy hiệu Đảng cho 21 đồng chí, trong đó 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.
2- Kiểm điểm, đánh giá, xếp loại chất lượng
Thực hiện Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương, Đảng ủy chỉ đạo các chi bộ kiểm điểm, đánh giá, xếp loại chất lượng năm 2019:
- Đối với tổ chức đảng: 18/18 chi bộ được đánh giá; hoàn thành xuất sắc nhiệm vụ 4 chi bộ (22,2%); hoàn thành tốt nhiệm vụ 12 chi bộ (66,7%); hoàn thành nhiệm vụ 2 chi bộ (11,1%); không có chi bộ không hoàn thành nhiệm vụ.
- Đối với đảng viên: tổng số đảng viên được đánh giá 512 đồng chí (không tính 13 đồng chí được miễn đánh giá do tuổi cao, sức yếu). Hoàn thành xuất sắc nhiệm vụ 78 đồng chí (15,23%); hoàn thành tốt nhiệm vụ 389 đồng chí (75,98%); hoàn thành nhiệm vụ 39 đồng chí (7,26%); không hoàn thành nhiệm vụ 6 đồng chí (1,17%).
Đảng ủy đề nghị Ban Thường vụ Huyện ủy tặng giấy khen cho 4 chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền (2015 - 2019): Chi bộ thôn Đông Thịnh, Chi bộ Trường Mầm non, Chi bộ Quân sự xã.
3- Công tác kiểm tra, giám sát và thi hành kỷ luật đảng
Ủy ban Kiểm tra Đảng ủy kiểm tra 3 tổ chức đảng và 7 đảng viên khi có dấu hiệu vi phạm. Thi hành kỷ luật 5 đảng viên. Trong đó: khiển trách 3, cảnh cáo 2, cách chức 1. Thu đảng phí 96,4 triệu đồng, trích nộp cấp trên 30% là 28,92 triệu đồng, đúng quy định.
II- HẠN CHẾ, NGUYÊN NHÂN
Chất lượng sinh hoạt ở một số chi bộ thôn chưa cao; nguồn kết nạp đảng viên trong thanh niên còn ít do lao động trẻ đi làm ăn xa.
III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020
1- Tổ chức thành công đại hội các chi bộ và Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.
2- Phấn đấu kết nạp từ 30 đảng viên trở lên; 100% chi bộ hoàn thành nhiệm vụ trở lên, trong đó từ 80% hoàn thành tốt nhiệm vụ trở lên.
3- Nâng cao chất lượng sinh hoạt chi bộ; duy trì nền nếp sinh hoạt chuyên đề ít nhất mỗi quý một lần.
Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Phạm Văn Lịch
""", officials=None,
right=[("sum", [9, 4, 3, 2], 18), ("sum", [498, 27, 6, -4, -2], 525),
       ("pct", 27, 30, "90,0"), ("pct", 27, 498, "5,42"),
       ("pct", 4, 18, "22,2"), ("pct", 12, 18, "66,7"), ("pct", 2, 18, "11,1"),
       ("sum", [4, 12, 2], 18), ("sum", [512, 13], 525), ("sum", [78, 389, 39, 6], 512),
       ("pct", 78, 512, "15,23"), ("pct", 389, 512, "75,98"), ("pct", 6, 512, "1,17"),
       ("prod", "96,4", "0,3", "28,92"), ("le", 2, 21)],
planted=[
    P("target-status-mismatch", "hoàn thành vượt chỉ tiêu được giao", "vượt chỉ tiêu",
      "27 admitted against a target of 30 (90,0%): target not reached",
      ("ge", 27, 30)),
    P("percent-mismatch", "39 đồng chí (7,26%)", "7,26",
      "39/512 = 7,62%, not 7,26% (the four shares then total 99,64%)",
      ("pct", 39, 512, "7,26")),
    P("count-mismatch", "4 chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền", "4",
      "the list after the colon names 3 chi bộ, not 4", ("count", AWARD5, 4)),
    P("sum-mismatch", "Thi hành kỷ luật 5 đảng viên", "5",
      "khiển trách 3 + cảnh cáo 2 + cách chức 1 = 6, not 5",
      ("sum", [3, 2, 1], 5)),
])

# ---------------------------------------------------------------- bc07
doc("bc07_hoilhpn_tanbien_quy3", "bao_cao", """
HỘI LHPN TỈNH TÂY NINH\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
BCH HỘI LHPN HUYỆN TÂN BIÊN
Số: 57/BC-HPN\tTân Biên, ngày 28 tháng 9 năm 2021
BÁO CÁO
Kết quả hoạt động công tác Hội và phong trào phụ nữ quý III năm 2021
Quý III/2021 diễn ra trong bối cảnh dịch COVID-19 bùng phát trên địa bàn, nhiều hoạt động tập trung phải tạm dừng. Dưới sự chỉ đạo của Hội LHPN tỉnh và Huyện ủy, Ban Thường vụ Hội LHPN huyện do bà Lâm Thị Ngọc Diễm, Chủ tịch Hội, phụ trách đã chuyển hướng sang sinh hoạt trực tuyến, hỗ trợ phụ nữ khó khăn.
I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI
Toàn huyện có 10 cơ sở Hội với 84 chi hội phụ nữ. Đầu năm có 18.240 hội viên; 9 tháng kết nạp mới 1.126 hội viên, đạt 80,4% chỉ tiêu năm (1.400 hội viên); đưa ra khỏi danh sách 318 hội viên (chuyển đi nơi khác, lấy chồng ngoài địa bàn), tăng thực 808 hội viên, nâng tổng số hội viên lên 19.048/24.615 phụ nữ từ 18 tuổi trở lên, tỷ lệ tập hợp 77,4%. Trong đó hội viên nòng cốt 4.312 chị.
Trong thời gian giãn cách, các chi hội duy trì nhóm Zalo để thông tin, tuyên truyền; có 91 chi hội tổ chức sinh hoạt trực tuyến ít nhất 1 lần trong quý.
II. CÔNG TÁC HỖ TRỢ PHỤ NỮ
- Vận động các nhà hảo tâm trao 2.350 phần quà cho hội viên, phụ nữ bị ảnh hưởng dịch bệnh, trị giá 705 triệu đồng, bình quân 300.000 đồng/phần.
- Khởi công 12 căn nhà “Mái ấm tình thương” với tổng kinh phí 780 triệu đồng; đến ngày 25/9 đã bàn giao 9 căn, còn lại 4 căn đang hoàn thiện, dự kiến bàn giao trước ngày 20/10.
- Phối hợp Ngân hàng Chính sách xã hội huyện quản lý 106 tổ tiết kiệm và vay vốn với dư nợ 214,6 tỷ đồng, nợ quá hạn 0,21%.
III. ĐÁNH GIÁ CHUNG
Các cấp Hội đã linh hoạt trong chỉ đạo, kịp thời hỗ trợ hội viên; công tác phát triển hội viên tuy chưa đạt chỉ tiêu năm nhưng vẫn duy trì tiến độ. Hạn chế: một số chi hội vùng biên giới sinh hoạt chưa đều do thiếu thiết bị.
IV. PHƯƠNG HƯỚNG QUÝ IV/2021
Tiếp tục vận động phát triển hội viên, phấn đấu đạt chỉ tiêu năm; hoàn thành bàn giao các căn nhà “Mái ấm tình thương”; tổ chức tuyên truyền kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2021).
Nơi nhận:
- Hội LHPN tỉnh;
- Thường trực Huyện ủy;
- Lưu: VT.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lâm Thị Ngọc Diễn
""", officials=None,
right=[("pct", "1.126", "1.400", "80,4"), ("diff", "1.126", 318, 808),
       ("sum", ["18.240", 808], "19.048"), ("pct", "19.048", "24.615", "77,4"),
       ("ratio", "705000000", "2350", "300.000"), ("le", "4.312", "19.048"),
       ("lt", "1.126", "1.400")],
planted=[
    P("part-exceeds-whole", "có 91 chi hội", "91",
      "91 chi hội met online, but the district has only 84 chi hội",
      ("le", 91, 84)),
    P("derived-mismatch", "còn lại 4 căn", "4",
      "12 houses started − 9 handed over = 3 remaining, not 4",
      ("diff", 12, 9, 4)),
    P("name-inconsistent", "Lâm Thị Ngọc Diễn", "Diễn",
      "the Chairwoman is named Lâm Thị Ngọc Diễm in the opening paragraph",
      ("eq", "Lâm Thị Ngọc Diễn", "Lâm Thị Ngọc Diễm")),
])

# ---------------------------------------------------------------- bb08 (clean)
doc("bb08_daihoi_chibo_kp4_clean", "bien_ban", """
ĐẢNG BỘ PHƯỜNG TÂN HIỆP\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 4
*
BIÊN BẢN
ĐẠI HỘI CHI BỘ KHU PHỐ 4, NHIỆM KỲ 2020 - 2022
Thời gian: 7 giờ 30 phút, ngày 24/4/2020. Địa điểm: Hội trường khu phố 4.
Đại biểu cấp trên: đồng chí Đỗ Thị Hồng, Phó Bí thư Thường trực Đảng ủy phường.
Đoàn Chủ tịch: đồng chí Vương Văn Tiến, Bí thư Chi bộ (chủ trì). Thư ký: đồng chí Châu Thị Mai.
Tình hình đảng viên dự Đại hội: tổng số đảng viên 31 đồng chí (chính thức 28, dự bị 3); được miễn sinh hoạt 3 đồng chí. Có mặt 27 đồng chí (chính thức 24, dự bị 3). Vắng 4 đồng chí: miễn sinh hoạt 3 đồng chí (Lê Văn Nhị, Trương Thị Huệ, Mai Văn Cư); có lý do 1 đồng chí (Lâm Quốc Bảo, đi công tác tại Cần Thơ).
Đại hội thực hiện theo Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị và hướng dẫn của Đảng ủy phường.
1. Báo cáo chính trị
Đồng chí Vương Văn Tiến trình bày báo cáo. Nhiệm kỳ 2017 - 2020, chi bộ kết nạp 4 đảng viên, đạt 133,3% chỉ tiêu (3 đảng viên); khu phố có 612 hộ, trong đó 598 hộ đạt danh hiệu gia đình văn hóa, đạt 97,7%; tỷ lệ hộ nghèo giảm còn 0,8%, đạt chỉ tiêu Nghị quyết (dưới 1%). Vận động Nhân dân đóng góp 1.250 triệu đồng nâng cấp 2 tuyến hẻm, trong đó hẻm 12 dài 420 m. Năm 2019, khu phố 3 đạt 96,2% hộ văn hóa, khu phố 4 đạt 97,7%.
Phương hướng nhiệm kỳ 2020 - 2022: kết nạp từ 2 đảng viên trở lên; giữ tỷ lệ hộ nghèo không quá 0,5%; hằng năm chi bộ hoàn thành tốt nhiệm vụ trở lên.
2. Thảo luận
- Đồng chí Phùng Văn Sang đề nghị bổ sung chỉ tiêu về hộ dân tham gia bảo hiểm y tế.
- Đồng chí Đỗ Thị Hồng ghi nhận kết quả nhiệm kỳ, lưu ý chi bộ chuẩn bị nhân sự chi ủy bảo đảm cơ cấu trẻ.
3. Bầu cử
Đại hội biểu quyết số lượng Chi ủy là 3 đồng chí, danh sách bầu cử gồm 4 đồng chí. Số phiếu phát ra 24, thu về 24, hợp lệ 24. Kết quả (tỷ lệ so với số phiếu hợp lệ):
Vương Văn Tiến\t23 phiếu\t95,83%
Châu Thị Mai\t22 phiếu\t91,67%
Phùng Văn Sang\t20 phiếu\t83,33%
Huỳnh Thị Diệu\t7 phiếu\t29,17%
Ba đồng chí Vương Văn Tiến, Châu Thị Mai, Phùng Văn Sang trúng cử Chi ủy. Đại hội bầu trực tiếp Bí thư Chi bộ: đồng chí Vương Văn Tiến trúng cử với 22/24 phiếu (91,67%).
4. Thông qua Nghị quyết Đại hội
Tán thành 24/25 đảng viên chính thức được triệu tập (trừ 3 đồng chí miễn sinh hoạt vắng mặt), đạt 96,0%; không tán thành 0; ý kiến khác 0.
Đại hội bế mạc lúc 11 giờ 00 phút cùng ngày.
THƯ KÝ\tT/M ĐOÀN CHỦ TỊCH
Châu Thị Mai\tVương Văn Tiến
""", officials=28,
right=[("sum", [28, 3], 31), ("sum", [24, 3], 27), ("sum", [27, 4], 31),
       ("sum", [3, 1], 4), ("sum", [24, 3, 1], 28), ("pct", 4, 3, "133,3"),
       ("pct", 598, 612, "97,7"), ("lt", "0,8", 1), ("pct", 23, 24, "95,83"),
       ("pct", 22, 24, "91,67"), ("pct", 20, 24, "83,33"), ("pct", 7, 24, "29,17"),
       ("sumle", [23, 22, 20, 7], 24 * 3), ("sum", [28, -3], 25),
       ("pct", 24, 25, "96,0"), ("gt", 24 * 2, 25), ("gt", 20 * 2, 24)],
planted=[])

# ---------------------------------------------------------------- nq09
doc("nq09_nghiquyet_phuong_hoakhanh_2024", "nghi_quyet", """
ĐẢNG BỘ QUẬN LIÊN CHIỂU\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HÒA KHÁNH NAM
*
Số 41-NQ/ĐU\tHòa Khánh Nam, ngày 05 tháng 01 năm 2024
NGHỊ QUYẾT
về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và xây dựng Đảng năm 2024
Căn cứ Điều lệ Đảng; Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2020 - 2025; căn cứ Nghị quyết số 15-NQ/TU ngày 12/10/2021 của Ban Thường vụ Thành ủy; trên cơ sở kết quả hội nghị Ban Chấp hành Đảng bộ phường lần thứ 17 ngày 04/01/2024,
ĐẢNG ỦY PHƯỜNG QUYẾT NGHỊ:
I- ĐÁNH GIÁ KẾT QUẢ NĂM 2023
Năm 2023, tình hình kinh tế - xã hội của phường tiếp tục phát triển. Thu ngân sách trên địa bàn đạt 94,8 tỷ đồng, bằng 181,3% dự toán (52,3 tỷ đồng), gấp 1,6 lần dự toán được giao. Tỷ lệ hộ nghèo theo chuẩn thành phố giảm còn 0,62%, không đạt chỉ tiêu Nghị quyết đề ra (dưới 0,7%). Toàn phường có 2.946/3.102 hộ đạt danh hiệu gia đình văn hóa, đạt 96,0%. Tỷ lệ tăng dân số tự nhiên 1,15%, bảo đảm chỉ tiêu không quá 1,2%.
Công tác xây dựng Đảng: kết nạp 14 đảng viên, đạt 116,7% chỉ tiêu (12 đảng viên), vượt chỉ tiêu; 19/21 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên. Quốc phòng - an ninh giữ vững, giao quân đạt 100% chỉ tiêu.
Hạn chế: tiến độ giải phóng mặt bằng dự án khu tái định cư còn chậm; tình trạng lấn chiếm vỉa hè ở một số tuyến đường chưa được xử lý dứt điểm.
II- MỤC TIÊU, CHỈ TIÊU NĂM 2024
1- Thu ngân sách trên địa bàn phấn đấu đạt từ 60 tỷ đồng trở lên.
2- Tỷ lệ hộ nghèo cuối năm dưới 0,5%; không phát sinh hộ tái nghèo.
3- Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa từ 96% trở lên.
4- Kết nạp từ 12 đảng viên trở lên; 100% chi bộ hoàn thành nhiệm vụ trở lên.
5- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5%.
III- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1- Tập trung giải phóng mặt bằng các dự án trọng điểm, bảo đảm quyền lợi hợp pháp của người dân.
2- Tăng cường quản lý trật tự đô thị, vệ sinh môi trường; xử lý dứt điểm lấn chiếm vỉa hè trên 6 tuyến đường chính.
3- Nâng cao chất lượng sinh hoạt chi bộ; thực hiện nghiêm Quy định số 08-QĐi/TW ngày 25/10/2018 về trách nhiệm nêu gương.
IV- TỔ CHỨC THỰC HIỆN
Các chi bộ, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc và các đoàn thể phường xây dựng kế hoạch thực hiện Nghị quyết, báo cáo kết quả về Đảng ủy trước ngày 25/01/2024.
Nơi nhận:
- Ban Thường vụ Quận ủy (b/c);
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Trương Công Định
""", officials=None,
right=[("pct", "94,8", "52,3", "181,3"), ("pct", 14, 12, "116,7"), ("ge", 14, 12),
       ("le", "1,15", "1,2"), ("le", 19, 21)],
planted=[
    P("derived-mismatch", "gấp 1,6 lần dự toán được giao", "1,6",
      "94,8 / 52,3 = 1,8 times the estimate (181,3%), not 1,6",
      ("ratio", "94,8", "52,3", "1,6")),
    P("target-status-mismatch", "không đạt chỉ tiêu Nghị quyết đề ra (dưới 0,7%)", "không đạt",
      "poverty fell to 0,62%, which is below the 0,7% ceiling: target met",
      ("ge", "0,62", "0,7")),
    P("percent-mismatch", "đạt 96,0%", "96,0",
      "2.946/3.102 = 95,0%, not 96,0%", ("pct", "2.946", "3.102", "96,0")),
])
