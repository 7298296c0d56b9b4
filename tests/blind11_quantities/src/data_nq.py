from common import doc, P, G, S, num, pct

# ---------------------------------------------------------------- nq01 nghị quyết chi bộ thôn năm 2025
doc("nq01_chibo_thon_nhiemvu_2025", "nghi_quyet", """
ĐẢNG BỘ XÃ YÊN THƯỜNG\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN TRUNG HẬU
*\tYên Thường, ngày 08 tháng 01 năm 2025
Số 01-NQ/CB
NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ chính trị năm 2025
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Nghị quyết số 35-NQ/ĐU ngày 26/12/2024 của Đảng ủy xã Yên Thường về nhiệm vụ năm 2025;
- Căn cứ kết quả thảo luận, biểu quyết của chi bộ tại buổi sinh hoạt ngày 08/01/2025 (27/27 đảng viên chính thức có mặt tán thành),
CHI BỘ QUYẾT NGHỊ
I. KẾT QUẢ NĂM 2024
Chi bộ hiện có 34 đảng viên (31 chính thức, 03 dự bị). Thôn có 486 hộ với 1.932 nhân khẩu; 163 ha đất nông nghiệp, trong đó 171 ha đã hoàn thành dồn điền đổi thửa.
- Thu nhập bình quân đầu người đạt 58,2 triệu đồng/năm, tăng 3,6 triệu đồng so với năm 2023 (54,6 triệu đồng).
- Tỷ lệ hộ nghèo còn 1,23% (06 hộ); so với chỉ tiêu Nghị quyết năm 2024 là giảm xuống dưới 1% thì đạt chỉ tiêu.
- Thu quỹ xây dựng đường làng 412 triệu đồng; đã thi công 1,6 km, còn lại 0,9 km trong tổng số 2,5 km.
- Kết quả xếp loại 31 đảng viên chính thức: hoàn thành xuất sắc nhiệm vụ 05, hoàn thành tốt nhiệm vụ 23, hoàn thành nhiệm vụ 03, không có đảng viên không hoàn thành nhiệm vụ; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 90,32%. Chi bộ được xếp loại hoàn thành tốt nhiệm vụ.
II. MỤC TIÊU, CHỈ TIÊU NĂM 2025
Chi bộ đề ra 06 chỉ tiêu chủ yếu sau:
(1) Thu nhập bình quân đầu người đạt từ 62 triệu đồng/năm trở lên.
(2) Giảm tỷ lệ hộ nghèo xuống dưới 1%.
(3) Hoàn thành 0,9 km đường làng còn lại trước ngày 30/6/2025.
(4) Kết nạp từ 01 đến 02 đảng viên mới.
(5) Có từ 90% đảng viên hoàn thành tốt nhiệm vụ trở lên; chi bộ hoàn thành tốt nhiệm vụ trở lên.
III. GIẢI PHÁP CHỦ YẾU
- Phân công 12 đảng viên phụ trách 12 xóm, mỗi đảng viên theo dõi một xóm và giúp đỡ ít nhất 01 hộ nghèo.
- Phối hợp Hội Nông dân mở 02 lớp tập huấn trồng rau an toàn; vận động nhân dân đóng góp 180 triệu đồng làm 0,9 km đường còn lại.
- Chi ủy giao các đoàn thể rà soát, giới thiệu quần chúng ưu tú, ưu tiên đoàn viên thanh niên.
IV. TỔ CHỨC THỰC HIỆN
Chi ủy cụ thể hóa Nghị quyết thành kế hoạch hằng tháng; sơ kết 6 tháng vào tháng 7/2025.
Nơi nhận:\tT/M CHI BỘ
- Đảng ủy xã (b/c),\tBÍ THƯ
- Đảng viên trong chi bộ,
- Lưu chi bộ.\tNguyễn Đình Thụ
""",
    planted=[
        ("part-exceeds-whole", "trong đó 171 ha đã hoàn thành dồn điền đổi thửa",
         "171 ha > 163 ha đất nông nghiệp của thôn (bộ phận lớn hơn toàn thể).", 171 > 163),
        ("target-status-mismatch", "thì đạt chỉ tiêu",
         "1,23% không dưới 1% → chưa đạt chỉ tiêu (trần 'dưới 1%').", not (num("1,23") < 1)),
        ("count-mismatch", "06 chỉ tiêu chủ yếu",
         "chỉ liệt kê 5 chỉ tiêu (1)-(5).", 6 != 5),
    ],
    checks=[
        ("31+3=34", 31 + 3 == 34),
        ("58,2-54,6=3,6", num("58,2") - num("54,6") == num("3,6")),
        ("6/486=1,23", P(6, 486, "1,23")),
        ("1,6+0,9=2,5", num("1,6") + num("0,9") == num("2,5")),
        ("5+23+3+0=31", 5 + 23 + 3 == 31),
        ("28/31=90,32", P(28, 31, "90,32")),
        ("27 <= 31", 27 <= 31), ("27 > 31/2", 27 > 31 / 2),
    ])

# ---------------------------------------------------------------- nq02 nghị quyết HĐND xã KT-XH 2026 (CLEAN)
doc("nq02_hdnd_xa_ktxh_2026", "nghi_quyet", """
HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐÔNG THÀNH\tĐộc lập - Tự do - Hạnh phúc
Số: 35/NQ-HĐND\tĐông Thành, ngày 18 tháng 12 năm 2025
NGHỊ QUYẾT
Về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026
HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG THÀNH
KHÓA I, KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét Báo cáo số 214/BC-UBND ngày 05 tháng 12 năm 2025 của Ủy ban nhân dân xã; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Đánh giá tình hình năm 2025
Hội đồng nhân dân xã cơ bản tán thành báo cáo của Ủy ban nhân dân xã. Năm 2025, tổng thu ngân sách nhà nước trên địa bàn ước đạt 18,62 tỷ đồng, bằng 107,6% dự toán (17,3 tỷ đồng), vượt dự toán; tỷ lệ hộ nghèo cuối năm còn 2,4%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%. Có 11/13 chỉ tiêu đạt và vượt kế hoạch; 02 chỉ tiêu chưa đạt là giải quyết việc làm (đạt 540/600 lao động) và tỷ lệ thu gom, xử lý rác thải sinh hoạt (đạt 88%, kế hoạch 90%).
Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026
Hội đồng nhân dân xã thống nhất 08 chỉ tiêu chủ yếu:
1. Tổng thu ngân sách nhà nước trên địa bàn 19,55 tỷ đồng, tăng 5% so với ước thực hiện năm 2025.
2. Thu nhập bình quân đầu người đạt 72 triệu đồng/năm.
3. Tỷ lệ hộ nghèo giảm còn 1,8% (giảm 0,6 điểm phần trăm).
4. Tỷ lệ dân số tham gia bảo hiểm y tế từ 95% trở lên.
5. Giải quyết việc làm mới cho không dưới 600 lao động.
6. Tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 92%.
7. Có 09/11 trường đạt chuẩn quốc gia.
8. Giao quân đạt 100% chỉ tiêu trên giao.
Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết.
2. Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân xã Đông Thành khóa I, kỳ họp thứ ba thông qua ngày 18 tháng 12 năm 2025 với 44/47 đại biểu tán thành (93,62%) và có hiệu lực từ ngày 01 tháng 01 năm 2026.
Nơi nhận:\tCHỦ TỊCH
- Thường trực HĐND, UBND tỉnh;
- Thường trực Đảng ủy xã;
- Đại biểu HĐND xã;
- Lưu: VT.\tLâm Văn Hậu
""",
    checks=[
        ("18,62/17,3 = 107,6", P("18,62", "17,3", "107,6")),
        ("18,62 > 17,3 vượt", num("18,62") > num("17,3")),
        ("11+2 = 13", 11 + 2 == 13),
        ("540 < 600 chưa đạt", 540 < 600),
        ("88 < 90 chưa đạt", 88 < 90),
        ("19,55/18,62 -> 5%", G("19,55", "18,62", "5")),
        ("2,4-0,6=1,8", num("2,4") - num("0,6") == num("1,8")),
        ("8 items listed", True),
        ("44/47 = 93,62", P(44, 47, "93,62")),
    ])

# ---------------------------------------------------------------- kl01 kết luận hội nghị BCH đảng bộ xã 6 tháng
doc("kl01_bch_dangbo_xa_6thang_2024", "nghi_quyet", """
ĐẢNG BỘ HUYỆN TAM NÔNG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HƯƠNG NỘN
*\tHương Nộn, ngày 10 tháng 7 năm 2024
Số 42-KL/ĐU
KẾT LUẬN
của Ban Chấp hành Đảng bộ xã tại Hội nghị lần thứ 18 về kết quả lãnh đạo 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024
Ngày 09/7/2024, Ban Chấp hành Đảng bộ xã họp Hội nghị lần thứ 18 dưới sự chủ trì của đồng chí Nguyễn Thị Thanh Huyền, Phó Bí thư Thường trực Đảng ủy. Sau khi nghe báo cáo và thảo luận, Ban Chấp hành Đảng bộ xã kết luận như sau:
1. Về kết quả 6 tháng đầu năm
- Tổng giá trị sản xuất ước đạt 286 tỷ đồng, tăng 9,5% so với cùng kỳ năm 2023 (264 tỷ đồng). Diện tích cây ăn quả 84 ha, gấp 2 lần năm 2020 (42 ha).
- Thu ngân sách xã đạt 3,05 tỷ đồng, bằng 50,8% dự toán năm (6 tỷ đồng).
- Công tác tiếp công dân: tiếp nhận 37 đơn, gồm 21 đơn kiến nghị, phản ánh; 09 đơn khiếu nại; 05 đơn tố cáo. Đã giải quyết 34 đơn, đạt 91,89%; còn 03 đơn đang xem xét, giải quyết.
- Công tác xây dựng Đảng: kết nạp 07 đảng viên, bằng 58,33% chỉ tiêu năm (12 đảng viên); 100% chi bộ duy trì sinh hoạt định kỳ; Ủy ban Kiểm tra kiểm tra 02 tổ chức đảng, 03 đảng viên.
2. Về hạn chế
Tiến độ giải phóng mặt bằng cụm công nghiệp Hương Nộn mới đạt 68% diện tích; việc thu tiền sử dụng đất chậm (mới đạt 1,1 tỷ đồng trong 4,2 tỷ đồng kế hoạch).
3. Về nhiệm vụ 6 tháng cuối năm
- Phấn đấu tổng giá trị sản xuất cả năm đạt từ 590 tỷ đồng trở lên; thu ngân sách đạt 100% dự toán trở lên.
- Kết nạp thêm từ 05 đảng viên trở lên để đạt chỉ tiêu năm.
- Giải quyết dứt điểm 03 đơn còn tồn, không để phát sinh khiếu kiện đông người.
- Chuẩn bị tốt các điều kiện tiến tới đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027.
4. Giao Ban Thường vụ Đảng ủy chỉ đạo cụ thể hóa Kết luận; giao đồng chí Nguyễn Thị Thanh Huyên, Phó Bí thư Thường trực, theo dõi, đôn đốc việc thực hiện, báo cáo Ban Chấp hành tại hội nghị tháng 10/2024.
Nơi nhận:\tT/M BAN CHẤP HÀNH
- Ban Thường vụ Huyện ủy (b/c),\tBÍ THƯ
- Các đồng chí Ủy viên BCH Đảng bộ xã,
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.\tHà Văn Thịnh
""",
    planted=[
        ("derived-mismatch", "tăng 9,5% so với cùng kỳ năm 2023",
         "286/264 - 1 = 8,3%.", not G(286, 264, "9,5")),
        ("sum-mismatch", "tiếp nhận 37 đơn, gồm 21 đơn kiến nghị",
         "21 + 9 + 5 = 35 ≠ 37 đơn.", 21 + 9 + 5 != 37),
        ("name-inconsistent", "Nguyễn Thị Thanh Huyên",
         "cùng người ở đoạn mở đầu viết là 'Nguyễn Thị Thanh Huyền'.", True),
    ],
    checks=[
        ("84 = 2*42", 84 == 2 * 42),
        ("3,05/6 = 50,8", P("3,05", 6, "50,8")),
        ("34/37 = 91,89", P(34, 37, "91,89")),
        ("37-34 = 3", 37 - 34 == 3),
        ("7/12 = 58,33", P(7, 12, "58,33")),
        ("12-7 = 5", 12 - 7 == 5),
        ("1,1 < 4,2", num("1,1") < num("4,2")),
    ])

# ---------------------------------------------------------------- nq03 nghị quyết đại hội chi bộ trạm y tế
doc("nq03_daihoi_chibo_tram_y_te", "nghi_quyet", """
ĐẢNG BỘ XÃ LONG HẬU\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ XÃ
*\tLong Hậu, ngày 22 tháng 4 năm 2025
Số 02-NQ/ĐH
NGHỊ QUYẾT
ĐẠI HỘI CHI BỘ TRẠM Y TẾ XÃ LONG HẬU NHIỆM KỲ 2025 - 2027
Đại hội Chi bộ Trạm Y tế xã Long Hậu nhiệm kỳ 2025 - 2027 họp ngày 22/4/2025. Chi bộ có 12 đảng viên (11 chính thức, 01 dự bị); có mặt 11 đồng chí (10 chính thức, 01 dự bị), vắng 01 đồng chí chính thức có lý do (đi tập huấn tại Sở Y tế).
QUYẾT NGHỊ
1. Tán thành Báo cáo chính trị của Chi ủy nhiệm kỳ 2022 - 2025. Đại hội đánh giá: trong nhiệm kỳ, Trạm khám, chữa bệnh 9.846 lượt người năm 2024 (trong đó 7.012 lượt khám bảo hiểm y tế, chiếm 71,22%), tăng 12,5% so với năm 2022 (8.752 lượt); số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 412/428 trẻ, đạt 97,26%; tỷ lệ người dân có hồ sơ sức khỏe điện tử 86,3%. Trạm hiện có 14 viên chức, người lao động, gồm 03 bác sĩ, 02 y sĩ, 05 điều dưỡng - hộ sinh, 01 dược sĩ, 01 kế toán và 02 nhân viên hợp đồng. Chi bộ kết nạp 03 đảng viên, đạt chỉ tiêu nghị quyết đại hội nhiệm kỳ trước (03 đảng viên); hằng năm 100% đảng viên hoàn thành nhiệm vụ trở lên. Đại hội chỉ ra hạn chế: nhân lực còn thiếu so với định mức, việc quản lý bệnh không lây nhiễm (tăng huyết áp, đái tháo đường) tại cộng đồng chưa thường xuyên.
2. Chỉ tiêu nhiệm kỳ 2025 - 2027:
- Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ các loại vắc xin đạt từ 95% trở lên;
- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn dưới 12%;
- Kết nạp ít nhất 02 đảng viên; hằng năm có từ 85% đảng viên hoàn thành tốt nhiệm vụ trở lên.
3. Đại hội đã bầu Chi ủy nhiệm kỳ 2025 - 2027 gồm 03 đồng chí: Lê Thị Kim Oanh, Đào Văn Thành. Đồng chí Lê Thị Kim Oanh được bầu làm Bí thư chi bộ; bầu 01 đại biểu chính thức dự Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 (đồng chí Lê Thị Kim Oanh).
4. Nghị quyết được 10/10 đảng viên chính thức có mặt biểu quyết: tán thành 10 đồng chí (100%), không tán thành 01 đồng chí.
5. Chi ủy khóa mới có trách nhiệm xây dựng chương trình hành động, tổ chức thực hiện Nghị quyết; hằng năm sơ kết, báo cáo Đảng ủy xã.
Nơi nhận:\tT/M ĐOÀN CHỦ TỊCH
- Đảng ủy xã (b/c),
- Đảng viên trong chi bộ,
- Lưu chi bộ.\tLê Thị Kim Oanh
""",
    planted=[
        ("percent-mismatch", "412/428 trẻ, đạt 97,26%",
         "412/428 = 96,26%.", not P(412, 428, "97,26")),
        ("count-mismatch", "gồm 03 đồng chí: Lê Thị Kim Oanh, Đào Văn Thành",
         "chỉ nêu tên 2 chi ủy viên.", 3 != 2),
        ("vote-mismatch", "không tán thành 01 đồng chí",
         "10 + 1 = 11 ≠ 10 đảng viên chính thức có mặt biểu quyết.", 10 + 1 != 10),
    ],
    checks=[
        ("11+1=12", 11 + 1 == 12), ("10+1=11", 10 + 1 == 11), ("11+1=12 present+absent", 11 + 1 == 12),
        ("11 chính thức >= 9 -> có chi ủy", 11 >= 9), ("12 đảng viên <= 14 viên chức", 12 <= 14),
        ("9846/8752 -> 12,5", G(9846, 8752, "12,5")),
        ("3 >= 3 đạt", 3 >= 3),
        ("7012/9846 = 71,22", P(7012, 9846, "71,22")),
        ("3+2+5+1+1+2 = 14", 3 + 2 + 5 + 1 + 1 + 2 == 14),
        ("resolution 10 > (11-1)/2", 10 > (11 - 1) / 2),
    ])
