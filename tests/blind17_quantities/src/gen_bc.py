from common import add, p, n

# R1 Đảng ủy xã quý III
add("bc01_dangu_quy3_xuanlam", "bao_cao", f"""
ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY XÃ XUÂN LÂM
*
Số 36-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Xuân Lâm, ngày 28 tháng 9 năm 2025
BÁO CÁO
Kết quả lãnh đạo thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2025
Đảng bộ xã Xuân Lâm hiện có 38 tổ chức cơ sở đảng trực thuộc (29 chi bộ thôn, 9 chi bộ cơ quan, trường học, trạm y tế) với 1.126 đảng viên, trong đó 1.094 đảng viên chính thức.
I. KẾT QUẢ LÃNH ĐẠO
1. Công tác xây dựng Đảng
Trong quý, Ban Thường vụ Đảng ủy tập trung lãnh đạo 3 nhiệm vụ trọng tâm: (1) ổn định tổ chức bộ máy sau sắp xếp đơn vị hành chính; (2) kiện toàn các chi bộ thôn sau sáp nhập; (3) triển khai mô hình chính quyền địa phương 2 cấp; (4) chuẩn bị nội dung đại hội chi bộ nhiệm kỳ 2025 - 2027.
100% (38/38) chi bộ duy trì sinh hoạt thường kỳ hằng tháng; có 40 chi bộ sinh hoạt chuyên đề theo hướng dẫn, đạt yêu cầu về nội dung và thời gian.
Quý III kết nạp 9 đảng viên, đạt {p(9,25,0)} chỉ tiêu năm; lũy kế 9 tháng kết nạp 19 đảng viên, đạt {p(19,25,0)} chỉ tiêu năm (25 đảng viên). Đề nghị công nhận đảng viên chính thức cho 11 đồng chí; xóa tên 1 đảng viên bỏ sinh hoạt.
2. Lãnh đạo phát triển kinh tế - xã hội
Giải ngân vốn đầu tư công 9 tháng đạt 21,4 tỷ đồng/35,6 tỷ đồng kế hoạch, bằng {p(21.4,35.6)}. Thu ngân sách trên địa bàn 9 tháng đạt 7,92 tỷ đồng, bằng {p(7.92,10.5)} dự toán năm (10,5 tỷ đồng).
Chỉ tiêu trồng rừng tập trung năm 2025 là 120 ha; đến hết quý III đã trồng 134 ha, chưa đạt kế hoạch năm, phấn đấu trồng bổ sung trong quý IV.
Dân số toàn xã 13.140 người, 3.482 hộ. Tính đến 25/9/2025, số người tham gia bảo hiểm y tế là 12.368 người, chiếm 94,7%; số người tham gia bảo hiểm xã hội tự nguyện 412 người.
Tỷ lệ hộ nghèo ước còn 2,9%, giảm 0,7 điểm phần trăm so với cuối năm 2024 (3,6%).
3. Công tác kiểm tra, giám sát
Ủy ban Kiểm tra Đảng ủy kiểm tra 4 tổ chức đảng và 6 đảng viên khi có dấu hiệu vi phạm; giám sát chuyên đề 5 chi bộ. Qua kiểm tra, thi hành kỷ luật 2 đảng viên (1 khiển trách, 1 cảnh cáo).
4. Công tác dân vận, Mặt trận và đoàn thể
Ủy ban MTTQ xã vận động Quỹ "Vì người nghèo" 9 tháng được 186,5 triệu đồng, đạt {p(186.5,250)} kế hoạch năm; hỗ trợ xây mới 5 nhà đại đoàn kết, mỗi nhà 60 triệu đồng.
II. HẠN CHẾ
Tiến độ giải ngân còn chậm; một số chi bộ sau sáp nhập chưa ổn định nền nếp sinh hoạt; 3 chi bộ chưa nộp báo cáo tháng đúng hạn.
III. PHƯƠNG HƯỚNG QUÝ IV
Phấn đấu giải ngân trên 95% kế hoạch vốn; hoàn thành kết nạp đảng viên đạt và vượt chỉ tiêu năm; tổ chức kiểm điểm, đánh giá, xếp loại chất lượng năm 2025 đúng hướng dẫn.
Nơi nhận:                                               T/M ĐẢNG ỦY
- Ban Thường vụ Tỉnh ủy (b/c),                          BÍ THƯ
- Các chi bộ trực thuộc,                                 Lê Văn Thịnh
- Lưu Văn phòng Đảng ủy.
""", [
 ("count-mismatch", "lãnh đạo 3 nhiệm vụ trọng tâm", "Liệt kê 4 nhiệm vụ (1)-(4), không phải 3."),
 ("part-exceeds-whole", "có 40 chi bộ sinh hoạt chuyên đề", "Đảng bộ chỉ có 38 chi bộ trực thuộc; 40 chi bộ vượt tổng số."),
 ("target-status-mismatch", "chưa đạt kế hoạch năm", "Đã trồng 134 ha so với chỉ tiêu năm 120 ha là vượt kế hoạch (111,7%), không phải chưa đạt."),
 ("percent-mismatch", "chiếm 94,7%", "12.368/13.140 người = 94,1%, không phải 94,7%."),
])

# R2 UBND xã 6 tháng đầu năm 2026
add("bc02_ubnd_6t_anphu", "bao_cao", f"""
ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 16 tháng 6 năm 2026
BÁO CÁO
Tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2026
Xã An Phú, tỉnh An Giang có diện tích tự nhiên 86,4 km², 7.834 hộ với 29.615 nhân khẩu, gồm 14 ấp.
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Nông nghiệp
Vụ Đông Xuân 2025 - 2026 xuống giống 1.845,6 ha lúa, đạt {p(1845.6,1840)} kế hoạch (1.840 ha). Năng suất bình quân 64,2 tạ/ha, tăng 1,6 tạ/ha so với vụ Đông Xuân năm trước (62,6 tạ/ha); sản lượng đạt 11.849 tấn. Vụ Hè Thu đã xuống giống 1.102 ha, đạt {p(1102,1800)} kế hoạch vụ.
Chăn nuôi: tổng đàn heo 8.420 con, đàn gia cầm khoảng 96.000 con; tiêm phòng vắc xin cúm gia cầm cho 71.500 con, đạt {p(71500,96000)} tổng đàn. Thủy sản: sản lượng thu hoạch 6.420 tấn, tăng 385 tấn so với cùng kỳ (6.065 tấn).
2. Tài chính - ngân sách
Thu ngân sách nhà nước trên địa bàn 6 tháng đạt 5,27 tỷ đồng, bằng {p(5.27,11)} dự toán năm (11 tỷ đồng). Chi ngân sách 9,84 tỷ đồng, bằng {p(9.84,21.6)} dự toán (21,6 tỷ đồng), chủ yếu chi thường xuyên và chi trả chính sách.
3. Xây dựng cơ bản
Kế hoạch năm 2026 xây mới 12 phòng học tại 3 điểm trường; đến nay đã hoàn thành và bàn giao 9/12 phòng, vượt kế hoạch, 3 phòng còn lại dự kiến xong trước ngày 15/8/2026 để phục vụ năm học mới. Hoàn thành nâng cấp 4,6 km đường giao thông nông thôn, trong đó nhân dân đóng góp 1,35 tỷ đồng và hiến 2.100 m² đất.
4. Cải cách hành chính
Trung tâm phục vụ hành chính công xã tiếp nhận 2.318 hồ sơ, đã giải quyết đúng hạn 2.276 hồ sơ, đạt 98,8%; 42 hồ sơ đang trong thời hạn giải quyết. Hồ sơ trực tuyến toàn trình 1.596 hồ sơ.
5. Văn hóa - xã hội
Toàn xã còn 186 hộ nghèo, chiếm {p(186,7834,2)} tổng số hộ, và 241 hộ cận nghèo. Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p(27418,29615)} (27.418 người). Năm học 2025 - 2026, tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 99,2%.
Trong 6 tháng, xã đã cấp 1.214 thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo, trẻ em dưới 6 tuổi; tổ chức thăm, tặng 420 suất quà cho gia đình chính sách nhân dịp Tết, trị giá 210 triệu đồng (500.000 đồng/suất).
Trên tổng số 7.843 hộ, có 7.210 hộ đăng ký danh hiệu Gia đình văn hóa năm 2026.
6. Quốc phòng - an ninh
Hoàn thành giao 42 thanh niên nhập ngũ, đạt 100% chỉ tiêu. Xảy ra 3 vụ trộm cắp tài sản, đã điều tra làm rõ 2 vụ.
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu hoàn thành vượt dự toán thu ngân sách; hoàn thành 3 phòng học còn lại; giảm 40 hộ nghèo.
Nơi nhận:                                               TM. ỦY BAN NHÂN DÂN
- Đảng ủy, HĐND xã;                                     CHỦ TỊCH
- Lưu: VT.                                              Châu Văn Tài
""", [
 ("derived-mismatch", "tăng 385 tấn", "6.420 - 6.065 = 355 tấn, không phải 385 tấn."),
 ("target-status-mismatch", "vượt kế hoạch, 3 phòng", "Mới hoàn thành 9/12 phòng học (75%) nên chưa đạt, không thể 'vượt kế hoạch'."),
 ("percent-mismatch", "đạt 98,8%", "2.276/2.318 hồ sơ = 98,2%, không phải 98,8%."),
 ("figure-inconsistent", "Trên tổng số 7.843 hộ", "Đầu báo cáo ghi toàn xã 7.834 hộ; ở đây ghi 7.843 hộ."),
])

# R3 MTTQ năm (clean)
add("bc03_mttq_nam_hoaan", "bao_cao", f"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
XÃ HÒA AN
Số: 21/BC-MTTQ
Hòa An, ngày 10 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác Mặt trận năm 2025 và chương trình phối hợp thống nhất hành động năm 2026
Ủy ban MTTQ Việt Nam xã Hòa An, tỉnh Đắk Lắk có 45 ủy viên; 27 Ban Công tác Mặt trận ở 27 thôn, buôn.
I. KẾT QUẢ THỰC HIỆN CÁC CUỘC VẬN ĐỘNG, PHONG TRÀO THI ĐUA
1. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
Năm 2025, toàn xã có 5.612/6.038 hộ đạt danh hiệu Gia đình văn hóa, đạt {p(5612,6038)}; 24/27 thôn, buôn được công nhận Thôn, buôn văn hóa, đạt {p(24,27)}; 3 thôn chưa đạt do còn để xảy ra vụ việc vi phạm pháp luật.
Nhân dân hiến 4.860 m² đất, đóng góp 2,36 tỷ đồng và 3.150 ngày công để làm 7,8 km đường giao thông nông thôn.
2. Cuộc vận động "Ngày vì người nghèo"
Ban Vận động Quỹ "Vì người nghèo" xã vận động được 318,6 triệu đồng, đạt {p(318.6,300)} kế hoạch (300 triệu đồng), tăng 27,4 triệu đồng so với năm 2024 (291,2 triệu đồng).
Từ nguồn quỹ và các nguồn xã hội hóa, phối hợp xây mới, sửa chữa 14 nhà đại đoàn kết, gồm 9 nhà xây mới và 5 nhà sửa chữa, tổng kinh phí 1,12 tỷ đồng, trong đó Quỹ "Vì người nghèo" xã hỗ trợ 560 triệu đồng, còn lại do gia đình, dòng họ và nhà hảo tâm đóng góp. Tặng 650 suất quà Tết cho hộ nghèo, hộ cận nghèo, trị giá 325 triệu đồng.
3. Giám sát và phản biện xã hội
Ban Thường trực chủ trì 4 cuộc giám sát chuyên đề: (1) chi trả chính sách bảo trợ xã hội; (2) cấp giấy chứng nhận quyền sử dụng đất; (3) bữa ăn bán trú ở 2 trường mầm non; (4) thu, chi Quỹ phòng, chống thiên tai. Ban Thanh tra nhân dân xã tiếp nhận 11 đơn, đã giải quyết 10 đơn, 1 đơn đang xác minh.
Phối hợp tổ chức 6 cuộc tiếp xúc cử tri trước và sau kỳ họp HĐND với 812 lượt cử tri tham dự; tổng hợp 46 ý kiến, kiến nghị, đến nay đã được giải quyết, trả lời 39 ý kiến, đạt {p(39,46)}.
4. Công tác đoàn kết tôn giáo, dân tộc
Toàn xã có 1.942 hộ đồng bào dân tộc thiểu số với 8.615 người, chiếm {p(1942,6038)} số hộ; 2 cơ sở thờ tự được cấp phép hoạt động ổn định.
II. ĐÁNH GIÁ CHUNG
Hoạt động Mặt trận cơ bản hoàn thành các chỉ tiêu chương trình phối hợp năm 2025. Hạn chế: một số Ban Công tác Mặt trận sau sáp nhập thôn chưa kiện toàn đủ thành viên; việc vận động quỹ ở 4 thôn còn thấp.
III. CHƯƠNG TRÌNH NĂM 2026
Phấn đấu 93% hộ đạt danh hiệu Gia đình văn hóa; vận động Quỹ "Vì người nghèo" 320 triệu đồng trở lên; xây mới, sửa chữa 12 nhà đại đoàn kết.
Nơi nhận:                                               TM. BAN THƯỜNG TRỰC
- Ủy ban MTTQ tỉnh (b/c);                              CHỦ TỊCH
- Đảng ủy, HĐND, UBND xã;                              Y Thuân Niê
- Lưu VP.
""", [])

# R4 Hội Nông dân năm
add("bc04_hnd_nam_vinhthanh", "bao_cao", f"""
HỘI NÔNG DÂN VIỆT NAM
BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ VĨNH THẠNH
Số: 46/BC-HND
Vĩnh Thạnh, ngày 05 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác Hội và phong trào nông dân năm 2025, phương hướng, nhiệm vụ năm 2026
I. TÌNH HÌNH CHUNG
Hội Nông dân xã Vĩnh Thạnh, tỉnh Vĩnh Long có 14 chi hội với 2.146 hội viên, tăng 38 hội viên so với cuối năm 2024 (2.108 hội viên); trong năm kết nạp mới 71 hội viên, giảm 33 hội viên do chuyển đi, từ trần.
II. KẾT QUẢ THỰC HIỆN
1. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi
Đầu năm có 1.286 hộ đăng ký danh hiệu nông dân sản xuất, kinh doanh giỏi, chiếm {p(1286,2146)} tổng số hội viên. Qua bình xét có 812 lượt hộ đạt danh hiệu các cấp, gồm cấp Trung ương 2 hộ, cấp tỉnh 18 hộ, cấp xã 785 hộ. Số hộ đạt danh hiệu tăng 46 lượt hộ so với năm 2024 (766 lượt hộ).
Nhiều mô hình cho thu nhập từ 300 đến 500 triệu đồng/năm như trồng bưởi da xanh, nuôi tôm càng xanh luân canh lúa; toàn xã có 9 tổ hợp tác và 3 hợp tác xã nông nghiệp với 486 thành viên.
2. Công tác hỗ trợ nông dân
Vốn vay ủy thác qua Ngân hàng Chính sách xã hội đến 30/11/2025 đạt 42,63 tỷ đồng, tăng 3,18 tỷ đồng so với đầu năm (39,75 tỷ đồng), với 1.037 hộ vay thông qua 23 tổ tiết kiệm và vay vốn; nợ quá hạn 86 triệu đồng, chiếm {p(0.086,42.63,2)} tổng dư nợ.
Quỹ Hỗ trợ nông dân do Hội quản lý có tổng nguồn 2,85 tỷ đồng, cho 96 hộ vay; trong đó 104 hộ vay phát triển chăn nuôi bò, heo. Vốn vay Ngân hàng Nông nghiệp và Phát triển nông thôn qua tín chấp của Hội 18,2 tỷ đồng.
Phối hợp tổ chức 16 lớp chuyển giao tiến bộ khoa học kỹ thuật cho 720 lượt hội viên (bình quân 45 lượt/lớp); 2 lớp dạy nghề cho 70 lao động nông thôn, sau học nghề 61 người có việc làm, đạt {p(61,70)}.
3. Tham gia xây dựng nông thôn mới
Hội viên hiến 3.260 m² đất, đóng góp 1,48 tỷ đồng làm đường và 2 cây cầu bê tông; 14/14 chi hội đăng ký và thực hiện tuyến đường "sáng - xanh - sạch - đẹp" với tổng chiều dài 9,6 km.
4. Xây dựng tổ chức Hội
Kết quả đánh giá năm 2025: 14 chi hội, gồm 9 chi hội vững mạnh, 4 chi hội khá, 1 chi hội trung bình. Tỷ lệ chi hội vững mạnh đạt {p(9,14)}. Thu hội phí đạt 100% kế hoạch.
III. PHƯƠNG HƯỚNG NĂM 2026
Phấn đấu kết nạp mới 60 hội viên; có 850 lượt hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; tăng nguồn Quỹ Hỗ trợ nông dân thêm 300 triệu đồng.
Nơi nhận:                                              TM. BAN THƯỜNG VỤ
- Hội Nông dân tỉnh (b/c);                            CHỦ TỊCH
- Đảng ủy xã (b/c);                                   Nguyễn Văn Bé Tư
- Lưu VP.
""", [
 ("sum-mismatch", "cấp xã 785 hộ", "2 + 18 + 785 = 805, không bằng 812 lượt hộ đạt danh hiệu các cấp."),
 ("derived-mismatch", "tăng 3,18 tỷ đồng", "42,63 - 39,75 = 2,88 tỷ đồng, không phải 3,18 tỷ đồng."),
 ("part-exceeds-whole", "trong đó 104 hộ vay", "Quỹ cho 96 hộ vay nhưng 'trong đó' 104 hộ vay chăn nuôi, lớn hơn tổng."),
])

# R5 Đảng ủy phường năm
add("bc05_dangu_nam_namthanh", "bao_cao", f"""
ĐẢNG BỘ TỈNH HƯNG YÊN
ĐẢNG ỦY PHƯỜNG NAM THÀNH
*
Số 52-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Thành, ngày 22 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác năm 2025, phương hướng, nhiệm vụ năm 2026
Đảng bộ phường Nam Thành có 52 tổ chức cơ sở đảng (gồm 2 đảng bộ cơ sở và 50 chi bộ cơ sở) với 2.087 đảng viên. Năm 2025 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030, đồng thời là năm vận hành chính quyền địa phương 2 cấp.
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU
Năm 2025, Đảng bộ hoàn thành 18/20 chỉ tiêu chủ yếu; có 2 chỉ tiêu chưa đạt, gồm: tỷ lệ hộ sử dụng nước sạch từ hệ thống cấp nước tập trung (đạt 91,4%, chỉ tiêu 95%); kết nạp đảng viên mới (kết nạp 17/20 đảng viên, đạt {p(17,20,0)}); số doanh nghiệp thành lập mới (32/40 doanh nghiệp).
Tổng thu ngân sách nhà nước trên địa bàn đạt 92,7 tỷ đồng, bằng {p(92.7,88.9)} dự toán (88,9 tỷ đồng), vượt dự toán giao. Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước 1.862 tỷ đồng, tăng {p(1862-1706,1706)} so với năm 2024 (1.706 tỷ đồng).
Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6% (chỉ tiêu 93%), chưa đạt yêu cầu; tỷ lệ lao động qua đào tạo 78,5%, vượt chỉ tiêu (75%).
Giải ngân vốn đầu tư công 46,3 tỷ đồng/51,2 tỷ đồng kế hoạch, đạt {p(46.3,51.2)}; 3 công trình chuyển tiếp sang năm 2026.
II. CÔNG TÁC XÂY DỰNG ĐẢNG
Tổ chức cho 100% chi bộ quán triệt các nghị quyết, chỉ thị của Trung ương, của Tỉnh ủy. Kết quả đánh giá, xếp loại năm 2025: trong tổng số 2.078 đảng viên, có 1.936 đảng viên được đánh giá, xếp loại (142 đồng chí miễn đánh giá do tuổi cao, sức yếu), trong đó 312 đảng viên hoàn thành xuất sắc nhiệm vụ, chiếm {p(312,1936)} số được xếp loại.
Tổ chức cơ sở đảng: 52 tổ chức được xếp loại, gồm 9 hoàn thành xuất sắc nhiệm vụ, 38 hoàn thành tốt nhiệm vụ, 5 hoàn thành nhiệm vụ, không có tổ chức không hoàn thành nhiệm vụ.
Ủy ban Kiểm tra Đảng ủy kiểm tra khi có dấu hiệu vi phạm đối với 5 đảng viên; thi hành kỷ luật 4 đảng viên (3 khiển trách, 1 cảnh cáo). Tặng Huy hiệu Đảng đợt 3/2 và 7/11 cho 128 đồng chí, trong đó 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng.
III. PHƯƠNG HƯỚNG NĂM 2026
Tập trung lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phấn đấu thu ngân sách đạt 97 tỷ đồng; kết nạp 25 đảng viên mới; nâng tỷ lệ hộ sử dụng nước sạch tập trung lên 95%.
Nơi nhận:                                              T/M ĐẢNG ỦY
- Ban Thường vụ Tỉnh ủy (b/c);                         BÍ THƯ
- Các tổ chức cơ sở đảng;                              Đoàn Minh Khuê
- Lưu VP.
""", [
 ("count-mismatch", "có 2 chỉ tiêu chưa đạt", "Liệt kê 3 chỉ tiêu chưa đạt (nước sạch, kết nạp đảng viên, doanh nghiệp mới), không phải 2."),
 ("target-status-mismatch", "chưa đạt yêu cầu", "BHYT 93,6% so với chỉ tiêu 93% là đạt, không phải chưa đạt."),
 ("figure-inconsistent", "trong tổng số 2.078 đảng viên", "Đầu báo cáo ghi Đảng bộ có 2.087 đảng viên; ở đây ghi 2.078 (1.936 + 142 = 2.078 cũng mâu thuẫn với 2.087)."),
])

# R6 Đoàn xã 6 tháng (clean)
add("bc06_doan_6t_tanhiep", "bao_cao", f"""
ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TÂN HIỆP
Số: 14-BC/ĐTN
Tân Hiệp, ngày 20 tháng 6 năm 2026
BÁO CÁO
Kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026
I. ĐẶC ĐIỂM TÌNH HÌNH
Đoàn xã Tân Hiệp, tỉnh Tây Ninh hiện có 31 chi đoàn trực thuộc (22 chi đoàn ấp, 6 chi đoàn trường học, 3 chi đoàn cơ quan, lực lượng vũ trang) với 1.184 đoàn viên; tổng số thanh niên trong độ tuổi trên địa bàn khoảng 4.260 người.
II. KẾT QUẢ THỰC HIỆN
1. Công tác giáo dục
Tổ chức 12 buổi sinh hoạt chính trị chuyên đề, thu hút 1.420 lượt đoàn viên, thanh niên tham gia. Cuộc thi trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh có 2.315 lượt bài dự thi.
2. Các phong trào hành động cách mạng
Ra quân "Ngày Chủ nhật xanh" 18 đợt; thực hiện 6 công trình thanh niên với tổng giá trị 486 triệu đồng, gồm: 3 tuyến đường hoa (2,4 km), 2 sân chơi cho thiếu nhi và 1 nhà nhân ái.
Ngày hội hiến máu tình nguyện tiếp nhận 236 đơn vị máu, đạt {p(236,200)} chỉ tiêu giao (200 đơn vị); trong đó đoàn viên, thanh niên hiến 148 đơn vị.
Hỗ trợ 14 thanh niên vay vốn phát triển kinh tế với tổng dư nợ 1,12 tỷ đồng (bình quân 80 triệu đồng/thanh niên); giới thiệu việc làm cho 96 lượt thanh niên.
3. Công tác xây dựng tổ chức Đoàn
6 tháng kết nạp 94 đoàn viên mới, đạt {p(94,180)} chỉ tiêu năm (180 đoàn viên). Giới thiệu 11 đoàn viên ưu tú cho Đảng xem xét kết nạp, đã có 6 đồng chí được kết nạp vào Đảng.
Thu đoàn phí 6 tháng đạt 1.039/1.184 đoàn viên, tỷ lệ {p(1039,1184)}; 145 đoàn viên đi làm ăn xa chưa nộp.
4. Công tác Đội và phong trào thiếu nhi
Phối hợp tổ chức 4 lớp kỹ năng sống cho 362 em thiếu nhi; tặng 120 suất học bổng, mỗi suất 500.000 đồng, tổng trị giá 60 triệu đồng.
III. ĐÁNH GIÁ
Cơ bản hoàn thành các chỉ tiêu 6 tháng. Một số chi đoàn ấp sau sáp nhập hoạt động còn cầm chừng; số đoàn viên đi làm ăn xa cao, khó quản lý.
IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu kết nạp thêm 86 đoàn viên để hoàn thành chỉ tiêu năm; tổ chức chiến dịch Thanh niên tình nguyện hè 2026 với ít nhất 5 công trình, phần việc.
Nơi nhận:                                              TM. BCH ĐOÀN XÃ
- Ban Thường vụ Tỉnh đoàn (b/c);                       BÍ THƯ
- Đảng ủy xã (b/c);                                    Ngô Thanh Phong
- Lưu VP.
""", [])
