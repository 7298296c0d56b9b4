from common import doc, P, G, S, num, pct

# ---------------------------------------------------------------- bc01 báo cáo quý III xây dựng Đảng, đảng ủy phường
doc("bc01_dangbo_phuong_quy3", "bao_cao", """
ĐẢNG BỘ THỊ XÃ PHÚ MỸ\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG TÂN HẢI
*\tTân Hải, ngày 28 tháng 9 năm 2024
Số 146-BC/ĐU
BÁO CÁO
kết quả công tác xây dựng Đảng quý III, nhiệm vụ trọng tâm quý IV năm 2024
I. TÌNH HÌNH TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN
Đến ngày 25/9/2024, Đảng bộ phường có 26 chi bộ trực thuộc, gồm 14 chi bộ khu phố, 07 chi bộ cơ quan, 04 chi bộ trường học và 02 chi bộ quân sự, công an. Tổng số đảng viên 812 đồng chí (chính thức 781, dự bị 31).
Biến động đảng viên 9 tháng: đầu năm 798 đồng chí; kết nạp mới 21; chuyển sinh hoạt đến 09; chuyển đi 12; từ trần 04.
Đảng viên có từ 30 năm tuổi Đảng trở lên 214 đồng chí, chiếm 27,40% tổng số đảng viên của Đảng bộ.
II. KẾT QUẢ THỰC HIỆN
1. Công tác chính trị, tư tưởng: tổ chức học tập, quán triệt Chỉ thị số 35-CT/TW và Kết luận số 118-KL/TW cho 752 lượt đảng viên; biên soạn 03 chuyên đề sinh hoạt chi bộ.
2. Công tác tổ chức, đảng viên:
- Quý III kết nạp 08 đảng viên; lũy kế 9 tháng kết nạp 21 đảng viên, đạt 70% chỉ tiêu năm (30 đảng viên), bằng 2,63% tổng số đảng viên đầu năm.
- Trao Huy hiệu Đảng đợt 2/9 cho 06 đồng chí (01 huy hiệu 60 năm, 02 huy hiệu 50 năm, 03 huy hiệu 40 năm).
- Thu đảng phí 9 tháng được 186,4 triệu đồng, tăng 4,8% so với cùng kỳ năm 2023 (177,9 triệu đồng).
3. Công tác kiểm tra, giám sát: Ban Thường vụ Đảng ủy kiểm tra 04 chi bộ về thực hiện nguyên tắc tập trung dân chủ, gồm: Chi bộ Khu phố Hải Sơn, Chi bộ Khu phố Láng Cát, Chi bộ Trường Tiểu học Tân Hải. Ủy ban Kiểm tra Đảng ủy giám sát chuyên đề 02 đồng chí cấp ủy viên; chưa phát hiện vi phạm.
4. Công tác dân vận: vận động Nhân dân hiến 1.240 m² đất làm đường hẻm khu phố Phước Lập; 100% khu phố đạt danh hiệu "Khu phố văn hóa".
III. HẠN CHẾ
Còn 04 chi bộ chưa kết nạp được đảng viên trong 9 tháng; một số chi bộ khu phố sinh hoạt định kỳ còn chậm so với lịch, tỷ lệ đảng viên dự sinh hoạt có tháng chỉ đạt 85%.
IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV
- Phấn đấu kết nạp thêm từ 09 đảng viên trở lên để hoàn thành chỉ tiêu năm.
- Chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2024; hướng dẫn các chi bộ tổ chức đại hội nhiệm kỳ 2025 - 2027.
- Tổng kết công tác dân vận năm 2024; tiếp tục vận động hiến đất mở rộng 02 tuyến hẻm còn lại.
Nơi nhận:\tT/M ĐẢNG ỦY
- Ban Thường vụ Thị ủy (b/c),\tPHÓ BÍ THƯ
- Ban Tổ chức Thị ủy,
- Các chi bộ trực thuộc,\tĐặng Thị Mỹ Linh
- Lưu Văn phòng Đảng ủy.
""",
    planted=[
        ("sum-mismatch", "04 chi bộ trường học",
         "14 + 7 + 4 + 2 = 27 ≠ 26 chi bộ trực thuộc (có lẽ 03 chi bộ trường học).", 14 + 7 + 4 + 2 != 26),
        ("percent-mismatch", "chiếm 27,40% tổng số đảng viên",
         "214/812 = 26,35% (27,40% là 214/781, chia cho số đảng viên chính thức).", not P(214, 812, "27,40")),
        ("count-mismatch", "kiểm tra 04 chi bộ",
         "chỉ liệt kê 3 chi bộ được kiểm tra.", 4 != 3),
    ],
    checks=[
        ("781+31=812", 781 + 31 == 812),
        ("798+21+9-12-4=812", 798 + 21 + 9 - 12 - 4 == 812),
        ("21/30=70", P(21, 30, "70")),
        ("21/798=2,63", P(21, 798, "2,63")),
        ("1+2+3=6", 1 + 2 + 3 == 6),
        ("186,4/177,9 -> 4,8", G("186,4", "177,9", "4,8")),
        ("30-21=9", 30 - 21 == 9),
    ])

# ---------------------------------------------------------------- bc02 báo cáo 6 tháng KT-XH xã
doc("bc02_ubnd_xa_6thang_ktxh", "bao_cao", """
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ TÂN\tĐộc lập - Tự do - Hạnh phúc
Số: 97/BC-UBND\tAn Phú Tân, ngày 15 tháng 6 năm 2022
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022
I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2022
1. Kinh tế
- Vụ lúa Đông Xuân 2021 - 2022 xuống giống 1.850 ha, năng suất bình quân 7,2 tấn/ha, sản lượng 13.320 tấn, tăng 6,4% so với vụ Đông Xuân năm trước (12.600 tấn).
- Chăn nuôi: tổng đàn heo 8.430 con, đàn bò 1.215 con; không có dịch bệnh lớn xảy ra.
- Thu ngân sách nhà nước trên địa bàn được 4,87 tỷ đồng, đạt 52,93% dự toán năm (9,2 tỷ đồng).
- Vốn vay ưu đãi Ngân hàng Chính sách xã hội giải ngân 6,35 tỷ đồng cho 142 hộ, gồm: hộ nghèo 38 hộ, hộ cận nghèo 46 hộ, hộ mới thoát nghèo 21 hộ, hộ sản xuất kinh doanh vùng khó khăn 37 hộ; bình quân 44,7 triệu đồng/hộ.
2. Văn hóa - xã hội
- Toàn xã có 2.946 hộ; qua bình xét giữa năm có 2.964 hộ đạt gia đình văn hóa.
- Số hộ nghèo hiện còn 124 hộ, giảm 31 hộ so với đầu năm (147 hộ); hộ cận nghèo 203 hộ.
- Giải quyết việc làm cho 215 lao động, kế hoạch năm 200 lao động, chưa đạt kế hoạch; trong đó đưa 09 lao động đi làm việc có thời hạn ở nước ngoài.
- Tỷ lệ người dân tham gia bảo hiểm y tế 89,6%; 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.
3. Quốc phòng - an ninh
- Giao quân năm 2022 đạt 22/22 thanh niên, đạt 100% chỉ tiêu; xảy ra 06 vụ vi phạm trật tự xã hội, giảm 02 vụ so với cùng kỳ.
II. HẠN CHẾ
Giá vật tư nông nghiệp tăng cao; tiến độ giải ngân vốn đầu tư công còn chậm; công tác thu thuế phi nông nghiệp chưa đạt yêu cầu.
III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
- Xuống giống vụ Thu Đông 1.620 ha; phấn đấu thu ngân sách đạt từ 100% dự toán trở lên, tức còn phải thu ít nhất 4,33 tỷ đồng.
- Tiếp tục giảm hộ nghèo, phấn đấu cuối năm còn không quá 110 hộ.
- Tổ chức tốt các hoạt động kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9.
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- TT. Đảng ủy, TT. HĐND xã;\tCHỦ TỊCH
- UBND huyện (b/c);
- Lưu: VT.\tNguyễn Văn Trọng
""",
    planted=[
        ("derived-mismatch", "tăng 6,4% so với vụ Đông Xuân năm trước",
         "13.320/12.600 - 1 = 5,7%.", not G(13320, 12600, "6,4")),
        ("part-exceeds-whole", "2.964 hộ đạt gia đình văn hóa",
         "2.964 hộ gia đình văn hóa > 2.946 hộ toàn xã (đảo chữ số).", 2964 > 2946),
        ("derived-mismatch", "giảm 31 hộ so với đầu năm",
         "147 - 124 = 23 hộ.", 147 - 124 != 31),
        ("target-status-mismatch", "chưa đạt kế hoạch",
         "215 > 200 lao động kế hoạch năm → đã vượt kế hoạch (107,5%).", 215 > 200),
    ],
    checks=[
        ("1850*7,2=13320", num(1850) * num("7,2") == 13320),
        ("4,87/9,2=52,93", P("4,87", "9,2", "52,93")),
        ("38+46+21+37=142", 38 + 46 + 21 + 37 == 142),
        ("6350/142 = 44,7", pct(6350, 142 * 100, 1) == "44,7"),
        ("22/22 = 100", P(22, 22, "100")),
        ("9,2-4,87=4,33", num("9,2") - num("4,87") == num("4,33")),
    ])

# ---------------------------------------------------------------- bc03 báo cáo năm Hội Nông dân xã
doc("bc03_hoi_nong_dan_xa_nam2021", "bao_cao", """
HỘI NÔNG DÂN HUYỆN HƯƠNG KHÊ\tHỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN XÃ PHÚC TRẠCH
*\tPhúc Trạch, ngày 10 tháng 12 năm 2021
Số: 24-BC/HND
BÁO CÁO
Tổng kết công tác Hội và phong trào nông dân năm 2021, phương hướng nhiệm vụ năm 2022
I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI
Toàn xã có 11 chi hội với 1.236 hội viên. Trong năm kết nạp mới 58 hội viên, đạt 116% chỉ tiêu Hội cấp trên giao (50 hội viên); trong đó 19 hội viên nữ.
Kết quả xếp loại chi hội năm 2021: vững mạnh 08 chi hội, khá 02 chi hội, trung bình 01 chi hội; tỷ lệ chi hội vững mạnh 8/11, chiếm 76,7%.
II. KẾT QUẢ CÁC PHONG TRÀO
1. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi: có 905 hội viên đăng ký, chiếm 73,2% tổng số hội viên. Cuối năm, số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp là 412 hộ, chia ra: cấp Trung ương 02 hộ, cấp tỉnh 27 hộ, cấp huyện 118 hộ, cấp xã 275 hộ.
2. Quỹ Hỗ trợ nông dân: tổng nguồn vốn quỹ đến 30/11/2021 đạt 1.860 triệu đồng, tăng 240 triệu đồng (14,81%) so với cuối năm 2020; đang cho 75 hộ vay, bình quân 24,8 triệu đồng/hộ.
3. Vốn ủy thác Ngân hàng Chính sách xã hội: Hội quản lý 09 tổ tiết kiệm và vay vốn, tổng dư nợ 38,6 tỷ đồng, tăng 4,2 tỷ đồng so với năm 2020 (35,4 tỷ đồng); nợ quá hạn 0,12%.
4. Dạy nghề, chuyển giao khoa học kỹ thuật: phối hợp mở 14 lớp tập huấn cho 1.050 lượt hội viên về trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP; bình quân 75 lượt người/lớp.
III. ĐÁNH GIÁ CHUNG
Năm 2021, mặc dù ảnh hưởng của dịch Covid-19 và đợt mưa lũ tháng 10, các cấp Hội đã hoàn thành 09/10 chỉ tiêu được giao; chỉ tiêu chưa đạt là xây dựng mô hình kinh tế tập thể (đạt 01/02 mô hình).
IV. PHƯƠNG HƯỚNG NĂM 2022
- Kết nạp mới ít nhất 45 hội viên; phấn đấu 100% chi hội xếp loại khá trở lên, trong đó trên 80% vững mạnh.
- Tăng nguồn vốn Quỹ Hỗ trợ nông dân thêm từ 150 triệu đồng trở lên.
- Phấn đấu có trên 430 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Nơi nhận:\tT/M BAN CHẤP HÀNH
- Hội Nông dân huyện (b/c);\tCHỦ TỊCH
- Đảng ủy xã (b/c);
- Lưu VP.\tTrần Hữu Nghị
""",
    planted=[
        ("percent-mismatch", "8/11, chiếm 76,7%",
         "8/11 = 72,7%.", not P(8, 11, "76,7")),
        ("sum-mismatch", "giỏi các cấp là 412 hộ",
         "2 + 27 + 118 + 275 = 422 ≠ 412 (tổng chưa cập nhật).", 2 + 27 + 118 + 275 != 412),
        ("derived-mismatch", "tăng 4,2 tỷ đồng so với năm 2020",
         "38,6 - 35,4 = 3,2 tỷ đồng.", num("38,6") - num("35,4") != num("4,2")),
    ],
    checks=[
        ("58/50=116", P(58, 50, "116")),
        ("8+2+1=11", 8 + 2 + 1 == 11),
        ("905/1236=73,2", P(905, 1236, "73,2")),
        ("240/1620=14,81", P(240, 1620, "14,81")),
        ("1050/14=75", num(1050) / 14 == 75),
        ("9/10 chỉ tiêu", 9 < 10),
        ("1/2 mô hình chưa đạt", 1 < 2),
        ("1860/75 = 24,8", num(1860) / 75 == num("24,8")),
    ])

# ---------------------------------------------------------------- bc04 BHXH huyện năm 2023 (CLEAN)
doc("bc04_bhxh_huyen_nam2023", "bao_cao", """
BẢO HIỂM XÃ HỘI TỈNH ĐẮK NÔNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BẢO HIỂM XÃ HỘI HUYỆN CƯ JÚT\tĐộc lập - Tự do - Hạnh phúc
Số: 412/BC-BHXH\tCư Jút, ngày 29 tháng 12 năm 2023
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2023 và phương hướng, nhiệm vụ năm 2024
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023
1. Phát triển người tham gia
- Bảo hiểm xã hội bắt buộc: 6.842 người, tăng 3,9% so với năm 2022 (6.585 người); số đơn vị sử dụng lao động tham gia là 318 đơn vị (năm 2022: 306 đơn vị).
- Bảo hiểm xã hội tự nguyện: 2.715 người, đạt 104,4% kế hoạch BHXH tỉnh giao (2.600 người), vượt kế hoạch; trong đó 1.944 người được ngân sách địa phương hỗ trợ thêm mức đóng.
- Bảo hiểm thất nghiệp: 6.118 người.
- Bảo hiểm y tế: 182.406 người tham gia, tỷ lệ bao phủ đạt 93,02% dân số (196.094 người), vượt chỉ tiêu Nghị quyết HĐND huyện giao (92,5%).
2. Công tác thu
Tổng số thu năm 2023 đạt 412,58 tỷ đồng, bằng 100,8% kế hoạch (409,3 tỷ đồng), tăng 31,26 tỷ đồng (8,2%) so với năm 2022 (381,32 tỷ đồng). Số tiền chậm đóng đến 31/12/2023 là 9,76 tỷ đồng, chiếm 2,37% tổng số thu; trong đó chậm đóng từ 03 tháng trở lên 4,15 tỷ đồng.
3. Giải quyết chế độ, chính sách
Tổng chi các chế độ năm 2023 là 265,7 tỷ đồng, gồm: chi lương hưu và trợ cấp BHXH 148,2 tỷ đồng; chi trợ cấp thất nghiệp 21,9 tỷ đồng; chi khám, chữa bệnh BHYT 95,6 tỷ đồng.
Giải quyết 1.874 hồ sơ hưởng chế độ ốm đau, thai sản, dưỡng sức; 100% hồ sơ được giải quyết đúng thời hạn theo Quyết định số 595/QĐ-BHXH.
4. Cải cách hành chính, chuyển đổi số
Tiếp nhận 25.318 hồ sơ, trong đó 23.927 hồ sơ giao dịch điện tử, chiếm 94,51%. Số người cài đặt, xác thực ứng dụng VssID là 41.620 người.
II. TỒN TẠI, HẠN CHẾ
Số tiền chậm đóng vẫn tập trung ở một số doanh nghiệp xây dựng và chế biến nông sản; việc phát triển người tham gia BHXH tự nguyện ở 03 xã vùng đồng bào dân tộc thiểu số còn khó khăn.
III. PHƯƠNG HƯỚNG NĂM 2024
- Phấn đấu tỷ lệ bao phủ BHYT từ 93,5% dân số trở lên; số người tham gia BHXH tự nguyện không dưới 2.900 người.
- Giảm tỷ lệ chậm đóng xuống dưới 2% tổng số phải thu.
- Tiếp tục thực hiện Kế hoạch số 1250/KH-BHXH về chuyển đổi số năm 2024.
Nơi nhận:\tGIÁM ĐỐC
- BHXH tỉnh (b/c);
- Huyện ủy, UBND huyện (b/c);
- Lưu: VT, TH.\tY Thuấn Niê
""",
    checks=[
        ("6842/6585 -> 3,9", G(6842, 6585, "3,9")),
        ("2715/2600 = 104,4", P(2715, 2600, "104,4")),
        ("2715 > 2600 vượt", 2715 > 2600),
        ("1944 < 2715", 1944 < 2715),
        ("182406/196094 = 93,02", P(182406, 196094, "93,02")),
        ("93,02 > 92,5 vượt", num("93,02") > num("92,5")),
        ("412,58/409,3 = 100,8", P("412,58", "409,3", "100,8")),
        ("412,58-381,32 = 31,26", num("412,58") - num("381,32") == num("31,26")),
        ("31,26/381,32 = 8,2", P("31,26", "381,32", "8,2")),
        ("9,76/412,58 = 2,37", P("9,76", "412,58", "2,37")),
        ("4,15 < 9,76", num("4,15") < num("9,76")),
        ("148,2+21,9+95,6 = 265,7", S("148,2", "21,9", "95,6") == num("265,7")),
        ("23927/25318 = 94,51", P(23927, 25318, "94,51")),
    ])

# ---------------------------------------------------------------- bc05 Phòng GD&ĐT tổng kết năm học
doc("bc05_phong_gddt_namhoc_2022_2023", "bao_cao", """
ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc
Số: 318/BC-PGDĐT\tKim Bảng, ngày 05 tháng 7 năm 2023
BÁO CÁO
Tổng kết năm học 2022 - 2023 và phương hướng, nhiệm vụ năm học 2023 - 2024
I. QUY MÔ TRƯỜNG, LỚP, HỌC SINH
Năm học 2022 - 2023, toàn huyện có 41 trường công lập trực thuộc Phòng. Số liệu cụ thể như sau:
Cấp học\tSố trường\tSố lớp (nhóm lớp)\tSố học sinh
Mầm non\t14\t186\t5.204
Tiểu học\t16\t352\t10.731
Trung học cơ sở\t11\t214\t8.467
Cộng\t41\t752\t24.420
Số trường đạt chuẩn quốc gia: 29/41 trường, đạt 70,73%, tăng 03 trường so với năm học trước.
II. ĐỘI NGŨ
Tổng số giáo viên 1.164 người; số giáo viên đạt chuẩn trình độ đào tạo trở lên là 1.128 người, đạt 96,91%; trong đó trên chuẩn 612 người.
III. CHẤT LƯỢNG GIÁO DỤC
- Cấp tiểu học: 99,7% học sinh hoàn thành chương trình lớp học; 100% học sinh lớp 5 hoàn thành chương trình tiểu học.
- Cấp THCS: số học sinh lớp 9 được xét công nhận tốt nghiệp là 2.093 em; được công nhận tốt nghiệp 2.078 em, đạt 99,82%.
- Học sinh giỏi cấp tỉnh lớp 9 đạt 47 giải, gồm 03 giải Nhất, 09 giải Nhì, 15 giải Ba và 20 giải Khuyến khích; tăng 08 giải so với năm học trước (39 giải).
- Phổ cập giáo dục: huyện duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2; tỷ lệ huy động trẻ mẫu giáo ra lớp 99,2%.
- Thực hiện Chương trình giáo dục phổ thông 2018 ở các lớp 1, 2, 3, 6 và 7; 100% giáo viên dạy lớp 3, lớp 7 được bồi dưỡng trước năm học.
- Tuyển sinh vào lớp 10 THPT công lập: trong 2.039 học sinh lớp 9 của huyện, có 1.512 em đăng ký dự thi.
IV. CƠ SỞ VẬT CHẤT
Đầu tư xây mới 34 phòng học, cải tạo 21 phòng học bộ môn với tổng kinh phí 46,8 tỷ đồng; tỷ lệ phòng học kiên cố đạt 97,4%.
V. PHƯƠNG HƯỚNG NĂM HỌC 2023 - 2024
- Phấn đấu có thêm 02 trường đạt chuẩn quốc gia (nâng lên 31/41 trường).
- Duy trì tỷ lệ học sinh bỏ học dưới 0,3%; tỷ lệ huy động trẻ 5 tuổi ra lớp 100%.
- Tổ chức tốt kỳ thi tuyển sinh lớp 10 năm 2024 theo chương trình giáo dục phổ thông 2018.
Nơi nhận:\tTRƯỞNG PHÒNG
- UBND huyện (b/c);
- Sở GD&ĐT (b/c);
- Các trường trực thuộc;
- Lưu: VT.\tĐinh Thị Hải Yến
""",
    planted=[
        ("sum-mismatch", "Cộng\t41\t752\t24.420",
         "5.204 + 10.731 + 8.467 = 24.402 ≠ 24.420 (đảo chữ số ở dòng Cộng).", 5204 + 10731 + 8467 != 24420),
        ("percent-mismatch", "được công nhận tốt nghiệp 2.078 em, đạt 99,82%",
         "2.078/2.093 = 99,28%.", not P(2078, 2093, "99,82")),
        ("figure-inconsistent", "trong 2.039 học sinh lớp 9 của huyện",
         "số học sinh lớp 9 toàn huyện đã nêu là 2.093 em.", 2039 != 2093),
    ],
    checks=[
        ("14+16+11=41", 14 + 16 + 11 == 41),
        ("186+352+214=752", 186 + 352 + 214 == 752),
        ("29/41 = 70,73", P(29, 41, "70,73")),
        ("1128/1164 = 96,91", P(1128, 1164, "96,91")),
        ("612 < 1128", 612 < 1128),
        ("3+9+15+20=47", 3 + 9 + 15 + 20 == 47),
        ("47-39=8", 47 - 39 == 8),
        ("29+2=31", 29 + 2 == 31),
        ("1512 < 2093", 1512 < 2093),
    ])
