from h import G, M, A, D, T, K, S

DOCS = {}

# 1 ---------------------------------------------------------------------------------------
DOCS["bb_chibo_thuongky_t11"] = ("""ĐẢNG BỘ XÃ HÒA THỊNH
CHI BỘ THÔN GÒ MÍT
*
Số: 11-BB/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Thịnh, ngày 08 tháng 11 năm 2025
BIÊN BẢN
Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025
- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 08/11/2025.
- Địa điểm: Nhà văn hóa thôn Gò Mít.
- Chủ trì: đ/c Võ Văn Lộc - Bí thư chi bộ.
- Thư ký: đ/c Huỳnh Thị Mỹ Duyên - Chi ủy viên.
- Đại biểu dự: đ/c Lương Quốc Bảo, Đảng ủy viên, phụ trách địa bàn thôn.
- Đảng viên: tổng số 23 đ/c (chính thức 21, dự bị 02); có mặt 20 đ/c, vắng 03 đ/c. Vắng có lý do: đ/c Nguyễn Văn Tám (đi làm ăn xa), đ/c Đỗ Thị Lài (ốm). Vắng không lý do: đ/c Phan Văn Bửu.
I. NỘI DUNG SINH HOẠT
1. Đ/c Bí thư thông tin tình hình thời sự trong nước, trong tỉnh; phổ biến các văn bản mới của Đảng ủy xã về chuẩn bị tổng kết công tác năm 2025.
2. Đánh giá kết quả thực hiện nghị quyết tháng 10:
- Thu hoạch lúa vụ Mùa được 46,5/48 ha, năng suất bình quân ước 52 tạ/ha.
- Thu thuế sử dụng đất phi nông nghiệp trên địa bàn thôn được 18,4 triệu đồng/20 triệu đồng kế hoạch năm, đạt 92%.
- Đảng viên đóng đảng phí tháng 10 đầy đủ 23/23 đ/c.
- An ninh trật tự ổn định, không phát sinh vụ việc phức tạp.
3. Ý kiến thảo luận:
+ Đ/c Trần Thị Kiều: đề nghị thôn sớm sửa chữa tuyến mương Đồng Dưới trước mùa mưa.
+ Đ/c Lê Thanh Phong (Trưởng thôn): còn 9 hộ chưa nộp thuế, thôn sẽ đến từng hộ vận động.
II. NHIỆM VỤ THÁNG 11
(1) Hoàn thành thu thuế phi nông nghiệp còn lại trước ngày 25/11/2025; giao đ/c Trưởng thôn Lê Thanh Phong phụ trách.
(2) Phối hợp Chi hội Nông dân ra quân nạo vét mương Đồng Dưới, xong trong tháng 11/2025.
(3) Chi ủy hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Trần Thị Kiều, nộp Đảng ủy xã trước ngày 20/11/2025.
(4) Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.
Chi bộ biểu quyết thông qua nhiệm vụ tháng 11: 20/20 đ/c có mặt tán thành.
III. XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG
Chi bộ xem xét hồ sơ quần chúng Lê Văn Khải, Bí thư Chi đoàn thôn. Số đảng viên chính thức có mặt 19 đ/c; kết quả biểu quyết: 18 đ/c đồng ý, 01 đ/c không đồng ý, đạt 85,71% so với tổng số đảng viên chính thức của chi bộ (18/21).
Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã đọc lại, chi bộ nhất trí.
THƯ KÝ                                        T/M CHI BỘ
                                                   BÍ THƯ
Huỳnh Thị Mỹ Duyên                         Võ Văn Lộc
""", G("bien_ban", "CHI BỘ THÔN GÒ MÍT", "ĐẢNG BỘ XÃ HÒA THỊNH", "11-BB/CB", "Hòa Thịnh", "2025-11-08",
       "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
       M("Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", "thường kỳ", "19:30", "21:15", "2025-11-08",
         "Nhà văn hóa thôn Gò Mít", ["Võ Văn Lộc"], "Huỳnh Thị Mỹ Duyên", None),
       A(23, 21, 2, 20, 3, [("Nguyễn Văn Tám", "đi làm ăn xa"), ("Đỗ Thị Lài", "ốm"), ("Phan Văn Bửu", "không lý do")]),
       [D("vote", "thông qua nhiệm vụ tháng 11", None, 20, None, None, 20, "thông qua"),
        D("vote", "đề nghị kết nạp quần chúng Lê Văn Khải", "Lê Văn Khải", 18, 1, None, 21, "đồng ý đề nghị kết nạp")],
       [T("Thu thuế sử dụng đất phi nông nghiệp", 20, 18.4, "triệu đồng", "năm 2025", "tiến độ")],
       [K("Hoàn thành thu thuế phi nông nghiệp còn lại", "đ/c Trưởng thôn Lê Thanh Phong", "trước ngày 25/11/2025"),
        K("Phối hợp Chi hội Nông dân ra quân nạo vét mương Đồng Dưới", "Chi hội Nông dân", "trong tháng 11/2025"),
        K("hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Trần Thị Kiều", "Chi ủy", "trước ngày 20/11/2025"),
        K("Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại đảng viên cuối năm", None, None)],
       [S("THƯ KÝ", None, "Huỳnh Thị Mỹ Duyên"), S("T/M CHI BỘ", "BÍ THƯ", "Võ Văn Lộc")],
       [],
       ["46,5/48 ha", "52 tạ/ha", "18,4 triệu đồng", "92%", "23/23", "9 hộ", "18/21", "85,71%"],
       ["11-BB/CB", "19 giờ 30 phút", "08/11/2025", "21 giờ 15 phút", "tháng 10", "25/11/2025"]))

# 2 ---------------------------------------------------------------------------------------
DOCS["bb_kyluat_chuyende"] = ("""ĐẢNG BỘ PHƯỜNG AN KHÁNH TÂY⇥ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
*
BIÊN BẢN
sinh hoạt chuyên đề xem xét, thi hành kỷ luật đảng viên
Hôm nay, vào hồi 14h00 ngày 19 tháng 9 năm 2025, tại phòng họp Trạm Y tế phường An Khánh Tây, Chi bộ Trạm Y tế tổ chức sinh hoạt chuyên đề xem xét, thi hành kỷ luật đối với đảng viên Trịnh Văn Cường.
Chủ trì: Đồng chí Tôn Nữ Bảo Trâm, Bí thư Chi bộ, Trưởng Trạm Y tế.
Thư ký: Đồng chí Quách Minh Nhựt, đảng viên.
Dự có đồng chí Lại Văn Thiện, Ủy viên Ủy ban Kiểm tra Đảng ủy phường.
Chi bộ hiện có 12 đảng viên (11 chính thức, 01 dự bị). Có mặt 11/12 đồng chí; vắng 01 đồng chí: Mai Thị Thu Hà, lý do đi tập huấn tại tỉnh.
NỘI DUNG
1. Đồng chí Bí thư nêu mục đích, yêu cầu của buổi sinh hoạt và tóm tắt kết quả kiểm tra dấu hiệu vi phạm: đồng chí Trịnh Văn Cường, đảng viên, nhân viên Trạm, trong thời gian từ tháng 3 đến tháng 6/2025 đã nhiều lần xác nhận sai thời gian điều trị cho 07 trường hợp, vi phạm Quy định 69-QĐ/TW.
2. Đồng chí Trịnh Văn Cường đọc bản kiểm điểm, nhận khuyết điểm, tự nhận hình thức kỷ luật khiển trách.
3. Các đảng viên tham gia ý kiến: đồng chí Ninh Thị Ánh, đồng chí Quách Minh Nhựt, đồng chí Đoàn Văn Lực đều cho rằng vi phạm gây ảnh hưởng uy tín của đơn vị, đề nghị hình thức khiển trách.
4. Bỏ phiếu kín quyết định hình thức kỷ luật (đảng viên chính thức có mặt: 10 đồng chí).
- Số phiếu phát ra: 10; số phiếu thu về: 10; phiếu hợp lệ: 10.
- Kết quả: khiển trách 08 phiếu (8/10, 80%); cảnh cáo 02 phiếu.
Căn cứ kết quả bỏ phiếu, chi bộ quyết định thi hành kỷ luật đồng chí Trịnh Văn Cường bằng hình thức KHIỂN TRÁCH.
5. Chi bộ biểu quyết thông qua nghị quyết và biên bản, đảng viên chính thức có mặt tán thành 10/10.
Giao đồng chí Bí thư chi bộ hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường trước ngày 26/9/2025.
Đồng chí Tôn Nữ Bảo Trâm kết luận, đề nghị đồng chí Cường nghiêm túc khắc phục, có bản cam kết gửi chi bộ trong thời hạn 10 ngày.
Buổi sinh hoạt kết thúc vào hồi 16h20 cùng ngày; biên bản đã được thông qua trước chi bộ.
CHỦ TRÌ⇥THƯ KÝ
Tôn Nữ Bảo Trâm⇥Quách Minh Nhựt
""", G("bien_ban", "CHI BỘ TRẠM Y TẾ", "ĐẢNG BỘ PHƯỜNG AN KHÁNH TÂY", None, None, "2025-09-19",
       "sinh hoạt chuyên đề xem xét, thi hành kỷ luật đảng viên",
       M("sinh hoạt chuyên đề xem xét, thi hành kỷ luật đảng viên", "chuyên đề", "14:00", "16:20", "2025-09-19",
         "phòng họp Trạm Y tế phường An Khánh Tây", ["Tôn Nữ Bảo Trâm"], "Quách Minh Nhựt", None),
       A(12, 11, 1, 11, 1, [("Mai Thị Thu Hà", "đi tập huấn tại tỉnh")]),
       [D("discipline", "thi hành kỷ luật đảng viên Trịnh Văn Cường", "Trịnh Văn Cường", 8, None, None, 10, "khiển trách"),
        D("vote", "thông qua nghị quyết và biên bản", None, 10, None, None, 10, "thông qua")],
       [],
       [K("hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường", "đồng chí Bí thư chi bộ", "trước ngày 26/9/2025"),
        K("có bản cam kết gửi chi bộ", "đồng chí Cường", "trong thời hạn 10 ngày")],
       [S("CHỦ TRÌ", None, "Tôn Nữ Bảo Trâm"), S("THƯ KÝ", None, "Quách Minh Nhựt")],
       [],
       ["11/12", "07 trường hợp", "08 phiếu", "8/10, 80%", "02 phiếu", "10/10"],
       ["14h00", "16h20", "69-QĐ/TW", "26/9/2025", "10 ngày"]))

# 3 ---------------------------------------------------------------------------------------
DOCS["bb_hnbch_lan9_morong"] = ("""ĐẢNG BỘ TỈNH QUẢNG TRỊ⇥ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN LẠC HÒA⇥Tân Lạc Hòa, ngày 06 tháng 10 năm 2025
*
Số 27-BB/ĐU
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (mở rộng)
Thời gian: 7 giờ 30, thứ Hai ngày 06/10/2025. Địa điểm: Hội trường Đảng ủy xã.
Hội nghị do đồng chí Hoàng Minh Trí, Bí thư Đảng ủy và đồng chí Lê Thị Quỳnh Như, Phó Bí thư Thường trực Đảng ủy đồng chủ trì. Đồng chí Cao Văn Đạt, Chánh Văn phòng Đảng ủy ghi biên bản.
Thành phần: Ban Chấp hành Đảng bộ xã có 19 đồng chí, dự hội nghị 17 đồng chí, vắng 02 đồng chí (đ/c Ngô Xuân Vinh – đi công tác tại tỉnh; đ/c Bùi Thị Thảo – nghỉ chế độ thai sản). Mời dự mở rộng: bí thư 24 chi, đảng bộ trực thuộc; trưởng các ban, ngành, đoàn thể xã.
PHẦN I. NỘI DUNG
Đồng chí Lê Thị Quỳnh Như trình bày dự thảo báo cáo kết quả lãnh đạo 9 tháng, nhiệm vụ trọng tâm quý IV năm 2025. Một số kết quả chủ yếu:
- Thu ngân sách nhà nước trên địa bàn ước 7,35 tỷ đồng/9,2 tỷ đồng dự toán năm, đạt 79,9%.
- Kết nạp 21/30 đảng viên mới theo chỉ tiêu năm, đạt 70%.
- Tỷ lệ dân số tham gia BHYT đạt 92,6% (chỉ tiêu Nghị quyết năm 2025: 95%).
- Giải ngân vốn đầu tư công đạt 64,2% kế hoạch vốn giao.
Thảo luận có 6 ý kiến; đ/c Đinh Công Hậu (Bí thư Chi bộ thôn Phước Tường) đề nghị tăng cường vận động BHYT hộ gia đình; đ/c Trà Thị Lụa (Chủ tịch Hội LHPN) đề xuất giao chỉ tiêu kết nạp đảng viên cụ thể cho từng chi bộ.
PHẦN II. BIỂU QUYẾT
1. Dự thảo Nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV/2025: 17/17 đồng chí tán thành, không có đồng chí nào không tán thành.
2. Chủ trương điều chỉnh dự toán chi ngân sách xã năm 2025 (trình HĐND xã): tán thành 16; không tán thành 01; không biểu quyết: 0.
PHẦN III. KẾT LUẬN, PHÂN CÔNG
1. Giao Đảng ủy viên phụ trách các chi bộ đôn đốc kết nạp đủ 9 đảng viên còn lại, hoàn thành trước ngày 15/12/2025.
2. Đảng ủy UBND xã lãnh đạo UBND xã tập trung thu ngân sách, phấn đấu vượt dự toán năm.
3. Giao Ban Xây dựng Đảng tham mưu kế hoạch kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2025, trình Ban Thường vụ trước ngày 31/10/2025.
4. Văn phòng Đảng ủy hoàn chỉnh Nghị quyết, ban hành trong tháng 10/2025.
Hội nghị kết thúc hồi 11 giờ 20 phút cùng ngày.
THƯ KÝ HỘI NGHỊ⇥T/M BAN CHẤP HÀNH
⇥BÍ THƯ
Cao Văn Đạt⇥Hoàng Minh Trí
""", G("bien_ban", "ĐẢNG ỦY XÃ TÂN LẠC HÒA", "ĐẢNG BỘ TỈNH QUẢNG TRỊ", "27-BB/ĐU", "Tân Lạc Hòa", "2025-10-06",
       "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (mở rộng)",
       M("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (mở rộng)", "hội nghị BCH", "07:30", "11:20", "2025-10-06",
         "Hội trường Đảng ủy xã", ["Hoàng Minh Trí", "Lê Thị Quỳnh Như"], "Cao Văn Đạt", None),
       A(19, None, None, 17, 2, [("Ngô Xuân Vinh", "đi công tác tại tỉnh"), ("Bùi Thị Thảo", "nghỉ chế độ thai sản")]),
       [D("resolution", "Dự thảo Nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV/2025", None, 17, 0, None, 17, "thông qua"),
        D("vote", "Chủ trương điều chỉnh dự toán chi ngân sách xã năm 2025", None, 16, 1, 0, 17, "thông qua")],
       [T("Thu ngân sách nhà nước trên địa bàn", 9.2, 7.35, "tỷ đồng", "9 tháng năm 2025", "tiến độ"),
        T("Kết nạp", 30, 21, "đảng viên", "9 tháng năm 2025", "tiến độ"),
        T("Tỷ lệ dân số tham gia BHYT", 95, 92.6, "%", "9 tháng năm 2025", "tiến độ")],
       [K("đôn đốc kết nạp đủ 9 đảng viên còn lại", "Đảng ủy viên phụ trách các chi bộ", "trước ngày 15/12/2025"),
        K("lãnh đạo UBND xã tập trung thu ngân sách, phấn đấu vượt dự toán năm", "Đảng ủy UBND xã", None),
        K("tham mưu kế hoạch kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2025", "Ban Xây dựng Đảng", "trước ngày 31/10/2025"),
        K("hoàn chỉnh Nghị quyết, ban hành", "Văn phòng Đảng ủy", "trong tháng 10/2025")],
       [S("THƯ KÝ HỘI NGHỊ", None, "Cao Văn Đạt"), S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Hoàng Minh Trí")],
       [],
       ["7,35 tỷ đồng", "9,2 tỷ đồng", "79,9%", "21/30", "70%", "92,6%", "95%", "64,2%"],
       ["27-BB/ĐU", "7 giờ 30", "06/10/2025", "lần thứ 9", "11 giờ 20 phút", "24 chi"]))

# 4 ---------------------------------------------------------------------------------------
DOCS["bb_ubnd_xa_hop_t10"] = ("""ỦY BAN NHÂN DÂN XÃ PHÚ LỢI NAM           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                    Độc lập - Tự do - Hạnh phúc
Số: 142/BB-UBND                              Phú Lợi Nam, ngày 24 tháng 10 năm 2025
BIÊN BẢN
Cuộc họp thành viên Ủy ban nhân dân xã thường kỳ tháng 10 năm 2025
I. THỜI GIAN, ĐỊA ĐIỂM
Vào lúc 14 giờ 00 phút, ngày 24/10/2025, tại Phòng họp số 1, trụ sở UBND xã.
II. THÀNH PHẦN
- Chủ trì: ông Đặng Hữu Nghĩa – Chủ tịch UBND xã.
- Thư ký: bà Phùng Thị Hạnh – Chuyên viên Văn phòng HĐND và UBND xã.
- Tổng số đại biểu được mời: 16; có mặt 15; vắng 01 (bà Trương Mỹ Lệ, Phó Chủ tịch UBND xã – đi học lớp bồi dưỡng).
- Thành viên UBND xã có mặt: 5/6.
III. NỘI DUNG
1. Phòng Kinh tế báo cáo tình hình kinh tế - xã hội 10 tháng năm 2025:
+ Thu NSNN trên địa bàn 10 tháng đạt 31,62 tỷ đồng/dự toán HĐND xã giao 36 tỷ đồng, bằng 87,8%.
+ Giải ngân vốn đầu tư công đạt 68,4% kế hoạch.
+ Cấp 214 giấy chứng nhận quyền sử dụng đất lần đầu/kế hoạch năm 260 giấy, đạt 82,3%.
+ Tiếp nhận 1.846 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.812 hồ sơ (98,16%).
2. Ý kiến thành viên: ông Kiều Văn Sang (Trưởng Công an xã) báo cáo tình hình trộm cắp tài sản tăng ở ấp Bàu Sen; bà Lữ Ngọc Yến (Trưởng phòng Văn hóa - Xã hội) đề nghị bổ sung kinh phí tổ chức Ngày hội Đại đoàn kết.
3. Biểu quyết: Tờ trình điều chỉnh kế hoạch đầu tư công năm 2025 – thành viên UBND xã có mặt biểu quyết 5/5 đồng ý.
IV. KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ
- Giao Phòng Kinh tế chủ trì, phối hợp Văn phòng rà soát các công trình chậm giải ngân, báo cáo UBND xã trước ngày 05/11/2025.
- Giao Trưởng Công an xã xây dựng phương án tuần tra ban đêm tại ấp Bàu Sen, triển khai trong tháng 11/2025.
- Phòng Văn hóa - Xã hội lập dự toán Ngày hội Đại đoàn kết, trình trước ngày 31/10/2025.
- Bộ phận Một cửa tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC.
Cuộc họp kết thúc lúc 17 giờ 00 phút cùng ngày.
THƯ KÝ                                                    CHỦ TRÌ
                                                          CHỦ TỊCH
Phùng Thị Hạnh                                         Đặng Hữu Nghĩa
Nơi nhận:
- TT Đảng ủy, TT HĐND xã;
- Thành viên UBND xã;
- Lưu: VT.
""", G("bien_ban", "ỦY BAN NHÂN DÂN XÃ PHÚ LỢI NAM", None, "142/BB-UBND", "Phú Lợi Nam", "2025-10-24",
       "Cuộc họp thành viên Ủy ban nhân dân xã thường kỳ tháng 10 năm 2025",
       M("Cuộc họp thành viên Ủy ban nhân dân xã thường kỳ tháng 10 năm 2025", "hội nghị", "14:00", "17:00", "2025-10-24",
         "Phòng họp số 1, trụ sở UBND xã", ["Đặng Hữu Nghĩa"], "Phùng Thị Hạnh", None),
       A(16, None, None, 15, 1, [("Trương Mỹ Lệ", "đi học lớp bồi dưỡng")]),
       [D("vote", "Tờ trình điều chỉnh kế hoạch đầu tư công năm 2025", None, 5, None, None, 5, "thông qua")],
       [T("Thu NSNN trên địa bàn", 36, 31.62, "tỷ đồng", "10 tháng năm 2025", "tiến độ"),
        T("giấy chứng nhận quyền sử dụng đất lần đầu", 260, 214, "giấy", "10 tháng năm 2025", "tiến độ")],
       [K("chủ trì, phối hợp Văn phòng rà soát các công trình chậm giải ngân, báo cáo UBND xã", "Phòng Kinh tế", "trước ngày 05/11/2025"),
        K("xây dựng phương án tuần tra ban đêm tại ấp Bàu Sen", "Trưởng Công an xã", "trong tháng 11/2025"),
        K("lập dự toán Ngày hội Đại đoàn kết", "Phòng Văn hóa - Xã hội", "trước ngày 31/10/2025"),
        K("tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC", "Bộ phận Một cửa", None)],
       [S("THƯ KÝ", None, "Phùng Thị Hạnh"), S("CHỦ TRÌ", "CHỦ TỊCH", "Đặng Hữu Nghĩa")],
       ["TT Đảng ủy, TT HĐND xã", "Thành viên UBND xã", "Lưu: VT"],
       ["31,62 tỷ đồng", "36 tỷ đồng", "87,8%", "68,4%", "214 giấy", "82,3%", "1.846 hồ sơ", "98,16%"],
       ["142/BB-UBND", "14 giờ 00 phút", "24/10/2025", "17 giờ 00 phút", "Phòng họp số 1", "10 tháng"]))
