# -*- coding: utf-8 -*-
DOCS = []

DOCS.append(dict(
name="bc_danguy_phucthinh_quy3_2026", genre="bao_cao",
text="""ĐẢNG BỘ TỈNH TUYÊN QUANG
ĐẢNG ỦY XÃ PHÚC THỊNH
Số: 87-BC/ĐU
Phúc Thịnh, ngày 02 tháng 10 năm 2026
BÁO CÁO
kết quả công tác xây dựng Đảng quý III, phương hướng nhiệm vụ quý IV năm 2026
I. TÌNH HÌNH CHUNG
Đảng bộ xã hiện có 41 chi bộ trực thuộc (29 chi bộ thôn, 7 chi bộ trường học, 5 chi bộ cơ quan, đơn vị) với tổng số 1.126 đảng viên. Trong quý, Ban Thường vụ Đảng ủy đã ban hành 23 văn bản (04 kế hoạch, 11 công văn, 08 thông báo), triển khai kịp thời Nghị quyết số 05-NQ/ĐU của Ban Chấp hành Đảng bộ xã.
II. KẾT QUẢ THỰC HIỆN
1. Công tác chính trị, tư tưởng
Tổ chức học tập, quán triệt các chuyên đề cho 1.048 lượt cán bộ, đảng viên tham gia. Các chi bộ đưa nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt thường kỳ. Trong tổng số đảng viên của Đảng bộ có 1.148 đồng chí là người dân tộc Tày, Dao, Nùng, phần lớn sinh hoạt tại các chi bộ thôn vùng cao.
2. Công tác tổ chức, cán bộ, đảng viên
Trong quý kết nạp 14 đảng viên mới, cụ thể:
- Các chi bộ thôn: 8 đồng chí;
- Các chi bộ trường học: 3 đồng chí;
- Chi bộ cơ quan, đơn vị: 2 đồng chí.
Trong số đảng viên mới kết nạp có 6 đồng chí nữ, 9 đồng chí là đoàn viên thanh niên. Lũy kế 9 tháng kết nạp 29 đảng viên, đạt 72,5% chỉ tiêu năm (40 đảng viên). Xét, chuyển đảng chính thức cho 11 đảng viên dự bị đúng thời hạn.
Đợt 2/9, Đảng ủy tổ chức trao Huy hiệu Đảng cho 37 đồng chí (02 đồng chí 70 năm, 05 đồng chí 60 năm, 09 đồng chí 50 năm và 21 đồng chí 30 năm tuổi Đảng).
3. Công tác kiểm tra, giám sát
Ủy ban Kiểm tra Đảng ủy kiểm tra 03 tổ chức đảng và 05 đảng viên; giám sát chuyên đề 06 chi bộ. Qua kiểm tra, kết luận 01 đảng viên có vi phạm nhưng chưa đến mức phải xử lý kỷ luật. Thu đảng phí quý III được 61.742.000 đồng, nộp cấp trên theo quy định.
4. Công tác dân vận
Phối hợp vận động nhân dân hiến 4.260 m2 đất, đóng góp 1.850 ngày công làm 2,7 km đường giao thông nông thôn.
III. ĐÁNH GIÁ CHUNG
Nhìn chung, công tác xây dựng Đảng quý III đạt nhiều kết quả: kết nạp đảng viên đạt khá, chuyển chính thức 12 đồng chí đúng hạn, tổ chức trao Huy hiệu Đảng trang trọng. Tuy nhiên chất lượng sinh hoạt ở một số chi bộ thôn chưa cao; còn 02 chi bộ tổ chức sinh hoạt chưa đủ số kỳ.
IV. NHIỆM VỤ QUÝ IV
1. Hoàn thành chỉ tiêu kết nạp 11 đảng viên còn lại của năm 2026.
2. Chuẩn bị kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2026.
3. Tổ chức các hoạt động kỷ niệm 80 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2026).
Nơi nhận: Ban Thường vụ Tỉnh ủy (b/c); các chi bộ trực thuộc; lưu VPĐU.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Ma Văn Quyết""",
planted=[
 ("part-exceeds-whole","có 1.148 đồng chí là người dân tộc","1.148 đảng viên dân tộc thiểu số lớn hơn tổng số 1.126 đảng viên nêu ở phần I"),
 ("sum-mismatch","kết nạp 14 đảng viên mới","8 + 3 + 2 = 13, không bằng 14"),
 ("figure-inconsistent","chuyển chính thức 12 đồng chí","phần 2 ghi chuyển đảng chính thức cho 11 đảng viên dự bị"),
],
officials=[("Ma Văn Quyết","Phó Bí thư Đảng ủy xã")],
checks=[("sum",[29,7,5],41),("sum",[4,11,8],23),("pct",29,40,1,"72,5%"),("sum",[2,5,9,21],37),("diff",40,29,11),("diff",2026,1946,80)],
))

DOCS.append(dict(
name="bc_ubnd_myloi_9thang_2026", genre="bao_cao",
text="""ỦY BAN NHÂN DÂN XÃ MỸ LỢI
Số: 214/BC-UBND
Mỹ Lợi, ngày 28 tháng 9 năm 2026
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm và phương hướng nhiệm vụ 3 tháng cuối năm 2026
Thực hiện Nghị quyết số 09/NQ-HĐND ngày 18/12/2025 của HĐND xã về kế hoạch phát triển kinh tế - xã hội năm 2026 (dự toán thu ngân sách nhà nước trên địa bàn được giao 18.450 triệu đồng; dự toán chi 17.768 triệu đồng), UBND xã báo cáo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Kinh tế
Tổng giá trị sản xuất ước thực hiện 9 tháng 1.284,6 tỷ đồng, đạt 76,2% kế hoạch năm (1.686 tỷ đồng), tăng 8,4% so với cùng kỳ, cụ thể: nông - lâm - thủy sản 612,3 tỷ đồng; công nghiệp - xây dựng 298,7 tỷ đồng; thương mại - dịch vụ 381,5 tỷ đồng.
- Nông nghiệp: vụ Hè Thu thu hoạch 2.386/2.386 ha, đạt 100%, năng suất bình quân 5,92 tấn/ha. Xuống giống lúa Thu Đông được 1.420/1.500 ha, vượt kế hoạch đề ra. Tổng đàn heo 6.840 con, đàn bò 1.215 con; tiêm phòng lở mồm long móng đợt 2 cho 1.168 con bò.
- Thu ngân sách nhà nước trên địa bàn 9 tháng 14.236,52 triệu đồng, đạt 79,6% dự toán; chi ngân sách 11.087,35 triệu đồng, bằng 62,4% dự toán.
- Xây dựng nông thôn mới: duy trì 19/19 tiêu chí xã nông thôn mới nâng cao; 4/7 ấp đạt ấp nông thôn mới kiểu mẫu.
2. Văn hóa - xã hội
- Giải quyết việc làm cho 312 lao động, đạt 78% kế hoạch năm (400 lao động).
- Xây dựng 7/5 căn nhà Đại đoàn kết (đạt 140%), tổng kinh phí 420 triệu đồng.
- Toàn xã có 8.854 hộ; hộ nghèo còn 46 hộ với 131 nhân khẩu, chiếm 0,52%; hộ cận nghèo 97 hộ.
- Tỷ lệ dân số tham gia bảo hiểm y tế 93,14%, tăng 0,86 điểm phần trăm so với cuối năm 2025.
3. Quốc phòng - an ninh
Giao quân năm 2026 đạt 100% chỉ tiêu (24/24 thanh niên). Xảy ra 05 vụ phạm pháp hình sự, giảm 03 vụ so với cùng kỳ, điều tra làm rõ 05/05 vụ.
II. TỒN TẠI, HẠN CHẾ
Giải ngân vốn đầu tư công còn chậm; tình trạng khai thác cát trái phép trên sông Cổ Chiên vẫn tiềm ẩn phức tạp.
III. NHIỆM VỤ 3 THÁNG CUỐI NĂM
Tập trung hoàn thành các chỉ tiêu năm 2026; thu ngân sách phấn đấu vượt dự toán; chuẩn bị tốt công tác giao quân năm 2027; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 7/7 ấp.
Nơi nhận: Đảng ủy, HĐND xã; UBMTTQ xã; lưu VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Thạch Minh Khoa""",
planted=[
 ("sum-mismatch","1.284,6 tỷ đồng","612,3 + 298,7 + 381,5 = 1.292,5 tỷ đồng, không bằng tổng 1.284,6 tỷ đồng"),
 ("target-status-mismatch","1.420/1.500 ha, vượt kế hoạch","1.420 ha thấp hơn kế hoạch 1.500 ha nhưng ghi vượt kế hoạch"),
 ("percent-mismatch","14.236,52 triệu đồng, đạt 79,6%","dự toán nêu ở phần mở đầu là 18.450 triệu: 14.236,52/18.450 = 77,2%"),
],
officials=[("Thạch Minh Khoa","Chủ tịch UBND xã")],
checks=[("pct",1284.6,1686,1,"76,2%"),("pct",11087.35,17768,1,"62,4%"),("pct",312,400,0,"78%"),("pct",7,5,0,"140%"),
        ("pct",46,8854,2,"0,52%"),("wrongsum",[612.3,298.7,381.5],1284.6),("wrongpct",14236.52,18450,1,"79,6%"),("pct",2386,2386,0,"100%")],
))

DOCS.append(dict(
name="bc_hoinongdan_tanphuoc_6thang_2026", genre="bao_cao",
text="""HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN XÃ TÂN PHƯỚC
Số: 18-BC/HND
Tân Phước, ngày 16 tháng 6 năm 2026
BÁO CÁO
Sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026
Căn cứ Chương trình công tác năm 2026 của Hội Nông dân tỉnh Đồng Tháp và sự lãnh đạo của Đảng ủy xã, Ban Thường vụ Hội Nông dân xã báo cáo như sau:
I. CÔNG TÁC TUYÊN TRUYỀN, XÂY DỰNG TỔ CHỨC HỘI
Các chi hội tổ chức 138 cuộc tuyên truyền, có 3.966 lượt hội viên, nông dân tham dự. Trong 6 tháng kết nạp mới 86 hội viên, đạt 57,3% chỉ tiêu năm (150 hội viên), nâng tổng số hội viên lên 2.418 hội viên, sinh hoạt tại 26 chi hội, thuộc 2.196 hộ gia đình.
Có 2.037/2.481 hội viên tham gia sinh hoạt thường xuyên, đạt 82,1%. Có 23/26 chi hội xây dựng được quỹ hội, tổng số tiền 214,6 triệu đồng.
II. CÁC PHONG TRÀO THI ĐUA
1. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi: đầu năm có 1.352 hộ đăng ký, chiếm 63,6% tổng số hộ hội viên.
2. Hỗ trợ nông dân: phối hợp tổ chức 04 lớp tập huấn chuyển giao khoa học kỹ thuật, gồm:
- Kỹ thuật canh tác lúa giảm phát thải: 62 lượt;
- Trồng xoài theo tiêu chuẩn VietGAP: 48 lượt;
- Phòng, chống dịch bệnh trên đàn heo: 55 lượt;
- Nuôi cá tra thương phẩm: 40 lượt;
- Ứng dụng nhật ký điện tử trong sản xuất: 60 lượt.
Tổng cộng 265 lượt hội viên tham gia.
3. Quỹ Hỗ trợ nông dân: vận động được 186.400.000/240.000.000 đồng, đạt 77,7%; giải ngân cho 43 hộ vay với tổng số tiền 1.950 triệu đồng. Nhận ủy thác Ngân hàng Chính sách xã hội dư nợ 48,76 tỷ đồng cho 1.214 hộ vay thông qua 19 tổ tiết kiệm và vay vốn, không có nợ quá hạn.
4. Tham gia xây dựng nông thôn mới: hội viên hiến 1.870 m2 đất, đóng góp 312 triệu đồng và 940 ngày công làm 3,4 km lộ nông thôn.
III. ĐÁNH GIÁ CHUNG
Sáu tháng đầu năm, Hội thực hiện đạt và vượt 9/14 chỉ tiêu; 5 chỉ tiêu còn lại phấn đấu hoàn thành trong 6 tháng cuối năm. Hạn chế: sinh hoạt ở một số chi hội còn đơn điệu; việc vận động quỹ ở 03 chi hội chưa có kết quả.
IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Kết nạp thêm 64 hội viên để hoàn thành chỉ tiêu năm; phối hợp mở 02 lớp dạy nghề; chuẩn bị tổng kết phong trào năm 2026.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Dương Văn Sang""",
planted=[
 ("figure-inconsistent","2.037/2.481","tổng số hội viên vừa nêu là 2.418, đoạn sau lại dùng 2.481"),
 ("percent-mismatch","chiếm 63,6%","1.352/2.196 hộ hội viên = 61,6%"),
 ("count-mismatch","04 lớp tập huấn","công bố 04 lớp nhưng liệt kê 5 lớp"),
],
officials=[("Dương Văn Sang","Chủ tịch Hội Nông dân xã")],
checks=[("pct",86,150,1,"57,3%"),("pct",2037,2481,1,"82,1%"),("sum",[62,48,55,40,60],265),("pct",186.4,240,1,"77,7%"),("sum",[9,5],14),("diff",150,86,64),("wrongpct",1352,2196,1,"63,6%")],
))

DOCS.append(dict(
name="bc_vpddd_chinhanh3_nam2025", genre="bao_cao",
text="""SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH TÂY NINH
VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI
CHI NHÁNH KHU VỰC III
Số: 12/BC-CNKV3
Ngày 08 tháng 01 năm 2026
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026
I. TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
1. Tiếp nhận: tổng số hồ sơ phải giải quyết trong năm là 12.456 hồ sơ (kỳ trước chuyển sang 318 hồ sơ, tiếp nhận mới 12.138 hồ sơ). Số hồ sơ tiếp nhận mới qua Cổng dịch vụ công trực tuyến 7.842 hồ sơ, chiếm 64,6% số hồ sơ tiếp nhận mới.
2. Kết quả giải quyết:
Đã giải quyết 11.987 hồ sơ, gồm:
+ Trước hạn: 6.215 hồ sơ;
+ Đúng hạn: 5.402 hồ sơ;
+ Quá hạn: 307 hồ sơ.
Đang giải quyết 469 hồ sơ, chuyển sang năm 2026. Số hồ sơ phải yêu cầu bổ sung, hoàn thiện 1.134 hồ sơ, chiếm 9,1% tổng số hồ sơ phải giải quyết, giảm 0,47 điểm phần trăm so với năm 2024.
3. Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất: cấp 3.275 giấy; trong đó cấp lần đầu 842 giấy, chiếm 27,4%; còn lại là cấp đổi, cấp lại và cấp do chuyển quyền.
4. Thu phí, lệ phí: 4.862,35 triệu đồng, bằng 108,1% kế hoạch (4.498 triệu đồng).
II. CÔNG TÁC KHÁC
- Thực hiện Quyết định số 1245/QĐ-UBND của UBND tỉnh, Chi nhánh tổ chức đợt cao điểm 15 ngày (từ 01/12 đến 25/12/2025) giải quyết hồ sơ tồn đọng, hoàn thành 286 hồ sơ.
- Chỉnh lý biến động bản đồ địa chính 1.096 thửa đất; cập nhật cơ sở dữ liệu đất đai cho 9/9 xã, phường trong khu vực.
- Tiếp công dân 214 lượt. Trong năm nhận 58 đơn kiến nghị, phản ánh, trong đó 63 đơn thuộc thẩm quyền giải quyết của Chi nhánh; đã trả lời 51 đơn, số còn lại đang xác minh.
III. ĐÁNH GIÁ
Năm 2025, đơn vị cơ bản hoàn thành nhiệm vụ; tỷ lệ hồ sơ trực tuyến tăng mạnh. Tuy vậy vẫn còn hồ sơ quá hạn, chủ yếu do hồ sơ phải đo đạc lại và chờ xác định nghĩa vụ tài chính.
IV. PHƯƠNG HƯỚNG NĂM 2026
Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt từ 98% trở lên; tiếp nhận trực tuyến đạt trên 70%; không để tồn đọng hồ sơ quá 30 ngày.
Nơi nhận: Sở NN&MT; VPĐKĐĐ tỉnh; lưu VT.
GIÁM ĐỐC
Kha Thành Đạt""",
planted=[
 ("sum-mismatch","Đã giải quyết 11.987 hồ sơ","6.215 + 5.402 + 307 = 11.924, không bằng 11.987"),
 ("percent-mismatch","842 giấy, chiếm 27,4%","842/3.275 = 25,7%"),
 ("other","15 ngày (từ 01/12 đến 25/12/2025)","từ 01/12 đến 25/12 là 25 ngày, không phải 15 ngày"),
 ("part-exceeds-whole","63 đơn thuộc thẩm quyền","63 đơn thuộc thẩm quyền lớn hơn tổng 58 đơn nhận trong năm"),
],
officials=[("Kha Thành Đạt","Giám đốc Chi nhánh")],
checks=[("sum",[318,12138],12456),("pct",7842,12138,1,"64,6%"),("diff",12456,11987,469),("pct",1134,12456,1,"9,1%"),("pct",4862.35,4498,1,"108,1%"),
        ("wrongsum",[6215,5402,307],11987),("wrongpct",842,3275,1,"27,4%")],
))
