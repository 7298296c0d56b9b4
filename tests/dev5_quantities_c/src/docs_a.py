# -*- coding: utf-8 -*-
# Documents 1-6. Each doc: name, genre, text, planted [(code, span, note)], checks.
# checks: (kind, args..., bad) ; kind in pct/sum/le/eq/ge/lt/anchor ; bad=True => must FAIL (planted)
D = []

D.append(dict(name="bb_kyhop_hdnd_xa_tanphong", genre="bien_ban", text="""
HỘI ĐỒNG NHÂN DÂN
XÃ TÂN PHONG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Phong, ngày 17 tháng 10 năm 2025
BIÊN BẢN
Kỳ họp thứ tư (kỳ họp chuyên đề) Hội đồng nhân dân xã Tân Phong khóa XXII, nhiệm kỳ 2021 - 2026
Vào hồi 7 giờ 30 phút, ngày 17/10/2025, tại Hội trường UBND xã, HĐND xã Tân Phong tiến hành kỳ họp thứ tư (kỳ họp chuyên đề). Thời gian làm việc: 01 buổi.
I. THÀNH PHẦN
- Chủ tọa kỳ họp: bà Lò Thị Hằng - Chủ tịch HĐND xã; ông Vi Văn Quyết - Phó Chủ tịch HĐND xã.
- Thư ký kỳ họp: bà Hà Thị Nguyệt - đại biểu HĐND xã.
- Đại biểu HĐND xã: tổng số 45 đại biểu được triệu tập; có mặt 41 đại biểu; vắng 03 đại biểu (có lý do: ông Sầm Văn Lự đi công tác, bà Lường Thị Dịu nghỉ ốm, ông Hoàng Văn Khởi bận việc gia đình).
- Khách mời: đ/c Đinh Công Bằng - Phó Bí thư Thường trực Đảng ủy xã; đại diện Thường trực Ủy ban MTTQ Việt Nam xã; Trưởng thôn 18/18 thôn và đại diện cử tri của 06 thôn (mỗi thôn 01 cử tri).
II. NỘI DUNG KỲ HỌP
1. Bà Lò Thị Hằng khai mạc kỳ họp, thông qua chương trình gồm 05 nội dung; kỳ họp thống nhất 100%.
2. Ông Nông Đức Tài - Phó Chủ tịch UBND xã trình bày Báo cáo số 214/BC-UBND ngày 10/10/2025 về tình hình thực hiện dự toán ngân sách 9 tháng, nhiệm vụ 3 tháng cuối năm 2025. Một số số liệu chủ yếu:
- Tổng thu ngân sách trên địa bàn 9 tháng ước đạt 18.742 triệu đồng, bằng 83,6% dự toán HĐND xã giao (22.150 triệu đồng), tăng 9,3% so với cùng kỳ.
- Thu tiền sử dụng đất 6.120 triệu đồng, bằng 122,4% kế hoạch (5.000 triệu đồng).
- Tổng chi ngân sách 14.305 triệu đồng, bằng 68,2% dự toán (20.975 triệu đồng); trong đó chi đầu tư phát triển 3.980 triệu đồng, chi thường xuyên 9.862 triệu đồng.
- Giải ngân vốn đầu tư công đến 30/9/2025 đạt 61,7%; phấn đấu đến ngày 31/01/2026 giải ngân 100% kế hoạch vốn.
3. Ông Hà Minh Cường - Trưởng Ban Kinh tế - Xã hội HĐND xã trình bày báo cáo thẩm tra 03 tờ trình của UBND xã.
4. Thảo luận tại hội trường: có 07 lượt ý kiến phát biểu (04 ý kiến của đại biểu HĐND xã, 03 ý kiến của Trưởng thôn), tập trung vào tiến độ tuyến đường liên thôn Nà Pục - Khuổi Cuồng, việc thu hồi đất làm bãi rác tập trung và kinh phí sửa chữa 02 điểm trường mầm non. Ông Nông Đức Tài thay mặt UBND xã giải trình, tiếp thu.
5. Biểu quyết thông qua các nghị quyết (hình thức giơ tay):
- Nghị quyết về điều chỉnh dự toán thu, chi ngân sách xã năm 2025: 41/41 đại biểu có mặt tán thành, đạt 100% đại biểu có mặt và 91,1% tổng số đại biểu HĐND xã.
- Nghị quyết về phân bổ vốn sự nghiệp Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025: 39 đại biểu tán thành; 01 đại biểu không tán thành; 03 đại biểu không biểu quyết.
- Nghị quyết về đặt tên 04 tuyến đường trục xã: 40 đại biểu tán thành (97,6%), 01 đại biểu không biểu quyết.
6. Bà Lò Thị Hằng phát biểu bế mạc, đề nghị UBND xã tập trung chỉ đạo hoàn thành các chỉ tiêu còn lại trong 75 ngày cuối năm.
Kỳ họp kết thúc vào hồi 11 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước kỳ họp, các đại biểu nhất trí, lập thành 03 bản.
THƯ KÝ KỲ HỌP
Hà Thị Nguyệt
CHỦ TỌA KỲ HỌP
Lò Thị Hằng
""",
planted=[
 ("attendance-mismatch", "vắng 03 đại biểu", "45 triệu tập nhưng có mặt 41 + vắng 03 = 44 (phải vắng 04)"),
 ("percent-mismatch", "bằng 83,6% dự toán", "18.742/22.150 = 84,6%, không phải 83,6%"),
 ("vote-mismatch", "03 đại biểu không biểu quyết", "39 + 01 + 03 = 43 > 41 đại biểu có mặt"),
],
checks=[
 ("sum", 45, [41, 3], True),
 ("pct", 18742, 22150, "83,6%", True),
 ("sum", 41, [39, 1, 3], True),
 ("pct", 6120, 5000, "122,4%", False),
 ("pct", 14305, 20975, "68,2%", False),
 ("le", 3980 + 9862, 14305, False),
 ("sum", 7, [4, 3], False),
 ("pct", 41, 45, "91,1%", False),
 ("pct", 40, 41, "97,6%", False),
 ("sum", 41, [40, 1], False),
 ("eq", (31 - 17) + 31 + 30, 75, False),  # 17/10 -> 31/12: 14 + 30 + 31 = 75 days
]))

D.append(dict(name="bb_sinhhoat_chibo_thon_namdan", genre="bien_ban", text="""
ĐẢNG BỘ XÃ HÒA BÌNH SƠN
CHI BỘ THÔN NẬM ĐÁN
*
ĐẢNG CỘNG SẢN VIỆT NAM
Nậm Đán, ngày 05 tháng 11 năm 2025
BIÊN BẢN
sinh hoạt chi bộ thường kỳ tháng 11 năm 2025
Thời gian: bắt đầu 19h30 ngày 05/11/2025.
Địa điểm: Nhà văn hóa thôn Nậm Đán.
Chủ trì: đ/c Triệu Văn Sinh - Bí thư chi bộ.      Thư ký: đ/c Bàn Thị Mai - đảng viên.
Tổng số đảng viên của chi bộ: 23 đồng chí (19 chính thức, 04 dự bị); miễn sinh hoạt: 02 đồng chí (đ/c Triệu Phúc Lai, đ/c Lý Văn Dào - tuổi cao, sức yếu).
Có mặt: 17 đ/c (14 chính thức, 03 dự bị).
Vắng: 04 đ/c, gồm: đ/c Bàn Văn Quý (đi làm ăn xa, có báo cáo bằng văn bản), đ/c Lý Thị Nhàn (ốm), đ/c Đặng Văn Thông (dự bị - đi học lớp trung cấp lý luận chính trị).
Đ/c Bí thư kiểm tra số lượng, tuyên bố lý do, nêu mục đích, yêu cầu buổi sinh hoạt; cùng sinh hoạt chủ đề "Đảng viên gương mẫu làm đường nội đồng".
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10/2025
1. Kinh tế: thu hoạch lúa mùa xong 46,5 ha/46,5 ha, năng suất bình quân 52 tạ/ha, tăng 3 tạ/ha so với vụ mùa 2024. Trồng mới 6 ha quế theo kế hoạch của xã.
2. Làm đường nội đồng: chi bộ vận động 112 hộ tham gia đóng góp; phân công đảng viên phụ trách theo 3 cụm: cụm Đầu bản 38 hộ, cụm Giữa bản 41 hộ, cụm Cuối bản 29 hộ. Tổng kinh phí nhân dân đóng góp 186,4 triệu đồng, bình quân gần 1,7 triệu đồng/hộ; hiến 1.240 m2 đất.
3. Công tác xây dựng Đảng: đảng phí tháng 10 thu đủ, nộp Đảng ủy xã ngày 28/10. Đang hoàn thiện hồ sơ đề nghị kết nạp 02 quần chúng ưu tú (chị Bàn Thị Liên, anh Lý Văn Páo). Đ/c Đặng Văn Thông kết nạp ngày 03/11/2024, đến nay đã đủ 12 tháng dự bị, chi bộ sẽ xét chuyển chính thức tại kỳ sinh hoạt tháng 12.
4. An ninh trật tự ổn định, không có đơn thư vượt cấp; 01 vụ mâu thuẫn đất vườn giữa 2 hộ đã hòa giải thành.
II. THẢO LUẬN
- Đ/c Bàn Văn Chòi: đề nghị lùi khởi công tuyến đường sang tháng 12 vì bà con còn thu hoạch sắn.
- Đ/c Lý Thị Hoa: nhất trí báo cáo, đề nghị bổ sung chỉ tiêu vận động 100% trẻ ra lớp.
- Đ/c Triệu Văn Sinh giải trình: giữ thời gian khởi công ngày 20/11/2025, thi công trong 25 ngày, hoàn thành trước 15/12/2025.
III. NHIỆM VỤ THÁNG 11/2025
- Khởi công đường nội đồng cụm Đầu bản; vận động hộ còn lại góp công.
- Hoàn thiện hồ sơ phát triển đảng viên, nộp Đảng ủy xã trước 25/11.
- Chuẩn bị tổng kết năm, kiểm điểm, đánh giá xếp loại đảng viên năm 2025.
IV. BIỂU QUYẾT
Chi bộ biểu quyết thông qua nghị quyết tháng 11/2025: 8/14 đảng viên chính thức có mặt tán thành (57,1%), 06 đồng chí không tán thành (đề nghị lùi thời gian khởi công).
Đ/c chủ trì kết luận: nghị quyết được thông qua, giao chi ủy hoàn thiện, ban hành.
Buổi sinh hoạt kết thúc lúc 21 giờ 40 phút cùng ngày (2 giờ 10 phút). Biên bản đã đọc lại cho chi bộ nghe, không ai có ý kiến khác, lập thành hai bản.
THƯ KÝ                                   BÍ THƯ CHI BỘ
Bàn Thị Mai                               Triệu Văn Sinh
""",
planted=[
 ("absentee-count-mismatch", "Vắng: 04 đ/c", "ghi vắng 04 nhưng chỉ nêu tên 03 đồng chí"),
 ("sum-mismatch", "vận động 112 hộ", "3 cụm 38 + 41 + 29 = 108 hộ, không phải 112"),
 ("resolution-not-passed", "8/14 đảng viên chính thức có mặt tán thành", "8 tán thành không quá nửa số đảng viên chính thức (19; trừ miễn sinh hoạt còn 17) nhưng vẫn kết luận thông qua"),
],
checks=[
 ("sum", 23, [19, 4], False),
 ("sum", 23, [2, 17, 4], False),
 ("sum", 17, [14, 3], False),
 ("eq", 4, 3, True),  # absentees stated vs named
 ("sum", 112, [38, 41, 29], True),
 ("pct", 8, 14, "57,1%", False),
 ("sum", 14, [8, 6], False),
 ("gt", 8 * 2, 17, True),  # 8 > 17/2 ? no -> not passed
 ("near", 186.4 / 108, 1.7, False),  # bình quân ~1,7 on real 108 hộ too
 ("near", 186.4 / 112, 1.7, False),
 ("eq", 21 * 60 + 40 - (19 * 60 + 30), 130, False),
 ("eq", 11 + 14, 25, False),  # 20/11 + 25 days -> 15/12 (11 days Nov incl. + 14)
]))

D.append(dict(name="bb_hoinghi_chihoi_nongdan_baisay", genre="bien_ban", text="""
HỘI NÔNG DÂN XÃ ĐỒNG XUÂN
Chi hội Nông dân thôn Bãi Sậy
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN HỘI NGHỊ
Tổng kết công tác Hội và phong trào nông dân năm 2025, bầu bổ sung Ban Chi hội
Hôm nay, vào lúc 8h00' ngày 20/12/2025, tại Nhà văn hóa thôn Bãi Sậy, Chi hội Nông dân thôn Bãi Sậy tổ chức hội nghị tổng kết năm 2025.
* Thành phần:
- Đại biểu: đ/c Phùng Văn Lâm - Phó Chủ tịch Hội Nông dân xã; đ/c Trần Văn Hưởng - Bí thư Chi bộ thôn; ông Đỗ Văn Khải - Trưởng thôn.
- Hội viên: tổng số 138 hội viên; có mặt 115 hội viên; vắng 23 (đi làm ăn xa 17, ốm đau 06).
* Chủ trì: ông Nguyễn Văn Bảy - Chi hội trưởng. Thư ký: chị Lê Thị Thu Hà - hội viên.
I. Kết quả công tác năm 2025 (ông Nguyễn Văn Bảy trình bày)
- Kết nạp mới 12 hội viên, đạt 120% chỉ tiêu (chỉ tiêu giao 10), nâng tổng số lên 138 hội viên; tỷ lệ tập hợp 138/152 hộ sản xuất nông nghiệp, đạt 90,8%.
- Phong trào sản xuất kinh doanh giỏi: đầu năm có 47 hộ đăng ký; cuối năm qua bình xét, trong số hộ đã đăng ký có 52 hộ đạt danh hiệu các cấp (cấp xã 41 hộ, cấp tỉnh 11 hộ).
- Phối hợp Ngân hàng Chính sách xã hội quản lý 02 tổ tiết kiệm và vay vốn, dư nợ 4.870 triệu đồng/97 hộ vay, không có nợ quá hạn.
- Tổ chức 04 lớp tập huấn kỹ thuật (trồng bưởi 02 lớp, chăn nuôi lợn an toàn sinh học 01 lớp, phòng trừ sâu bệnh 01 lớp) cho 236 lượt hội viên.
- Vận động hội viên đóng góp Quỹ Hỗ trợ nông dân 13,8 triệu đồng; 100% hội viên mua thẻ BHYT hộ gia đình.
- Tồn tại: còn 03 hộ hội viên sử dụng thuốc bảo vệ thực vật không đúng quy định.
II. Thảo luận
Hội nghị có 05 ý kiến phát biểu, gồm: ông Đỗ Văn Khải, bà Vũ Thị Nụ, ông Lương Văn Tình, ông Phạm Văn Dũng. Các ý kiến nhất trí với báo cáo; đề nghị năm 2026 mở thêm lớp tập huấn trồng rau hữu cơ, mỗi lớp khoảng 35 - 40 hội viên.
Đ/c Phùng Văn Lâm phát biểu chỉ đạo, giao chỉ tiêu năm 2026: kết nạp từ 08 hội viên trở lên; có ít nhất 45 hộ đạt SXKD giỏi các cấp.
III. Bầu bổ sung Ban Chi hội
Hội nghị thống nhất số lượng Ban Chi hội là 05 đồng chí, bầu bổ sung 02 đồng chí (thay 02 đồng chí chuyển sinh hoạt). Danh sách bầu gồm 02 đồng chí: ông Hoàng Văn Chiến, bà Ngô Thị Lụa.
Ban kiểm phiếu gồm 03 đồng chí: bà Vũ Thị Nụ (Trưởng ban), ông Lương Văn Tình, chị Đào Thị Hiền.
Kết quả kiểm phiếu: số phiếu phát ra 115, thu về 115; phiếu hợp lệ 112, phiếu không hợp lệ 03.
- Ông Hoàng Văn Chiến: 104 phiếu, đạt 92,9% số phiếu hợp lệ.
- Bà Ngô Thị Lụa: 113 phiếu.
Cả 02 đồng chí trúng cử vào Ban Chi hội.
Hội nghị kết thúc lúc 11h15' cùng ngày. Biên bản được thông qua trước hội nghị, 115/115 hội viên có mặt nhất trí.
THƯ KÝ                                         CHỦ TRÌ
Lê Thị Thu Hà                                   Nguyễn Văn Bảy
""",
planted=[
 ("part-exceeds-whole", "52 hộ đạt danh hiệu", "52 hộ đạt danh hiệu nhưng chỉ 47 hộ đăng ký (danh hiệu chỉ xét cho hộ đã đăng ký)"),
 ("count-mismatch", "05 ý kiến phát biểu", "ghi 05 ý kiến nhưng chỉ kể tên 04 người"),
 ("vote-mismatch", "113 phiếu", "113 phiếu bầu > 112 phiếu hợp lệ"),
],
checks=[
 ("sum", 138, [115, 23], False),
 ("sum", 23, [17, 6], False),
 ("pct", 12, 10, "120%", False),
 ("pct", 138, 152, "90,8%", False),
 ("le", 52, 47, True),
 ("sum", 52, [41, 11], False),
 ("sum", 4, [2, 1, 1], False),
 ("eq", 5, 4, True),
 ("eq", 3, 3, False),
 ("sum", 115, [112, 3], False),
 ("pct", 104, 112, "92,9%", False),
 ("le", 113, 112, True),
]))

D.append(dict(name="bb_daihoi_thanhvien_htx_tienthanh", genre="bien_ban", text="""
HTX NÔNG NGHIỆP DỊCH VỤ TIẾN THÀNH
Số: 02/BB-ĐHTV
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Xã Tiến Thành, ngày 14 tháng 3 năm 2026
BIÊN BẢN ĐẠI HỘI THÀNH VIÊN THƯỜNG NIÊN NĂM 2026
Thời gian: từ 8 giờ 00 đến 11 giờ 30, ngày 14/3/2026. Địa điểm: hội trường HTX, thôn Đông, xã Tiến Thành.
1. Thành phần tham dự
+ Khách mời: ông Trịnh Quang Vĩnh – Phó Chủ tịch UBND xã; bà Mai Thị Thoa – cán bộ Phòng Kinh tế xã.
+ Thành viên HTX: tổng số 214 thành viên; có mặt 187 thành viên (87,4%), vắng 27 thành viên. Theo Điều lệ HTX, đại hội đủ điều kiện tiến hành khi có trên 50% tổng số thành viên tham dự.
+ Chủ tọa: ông Lại Văn Thắng – Chủ tịch HĐQT kiêm Giám đốc. Thư ký: bà Cao Thị Diệp – kế toán HTX.
2. Báo cáo kết quả sản xuất kinh doanh năm 2025 (ông Lại Văn Thắng trình bày)
- Tổng doanh thu đạt 6.845 triệu đồng, bằng 105,3% kế hoạch (6.500 triệu đồng).
- Lợi nhuận trước thuế 412 triệu đồng, tăng 18,6% so với năm 2024 (347,4 triệu đồng). Lợi nhuận sau thuế 371 triệu đồng.
- Dịch vụ làm đất, gieo cấy bằng máy cho 318 ha/436 hộ; cung ứng 96 tấn phân bón, 21 tấn giống lúa; liên kết tiêu thụ 1.150 tấn lúa chất lượng cao.
- HTX đã tròn 30 năm hoạt động (thành lập năm 1996), được UBND tỉnh tặng Bằng khen năm 2025.
3. Phương án phân phối lợi nhuận sau thuế năm 2025 (371 triệu đồng):
TT | Nội dung | Tỷ lệ | Số tiền (triệu đồng)
1 | Quỹ đầu tư phát triển | 30% | 111,3
2 | Quỹ dự phòng tài chính | 5% | 18,55
3 | Chia theo vốn góp | 40% | 148,4
4 | Chia theo mức độ sử dụng dịch vụ | 25% | 92,75
| Cộng | 100% | 371
4. Kế hoạch năm 2026: doanh thu 7.200 triệu đồng (tăng 5,2% so với thực hiện 2025); lợi nhuận trước thuế không dưới 430 triệu đồng; phát triển thêm 15 thành viên mới; giữ tỷ lệ nợ phải thu khó đòi không quá 2% doanh thu.
5. Thảo luận: có 06 ý kiến (ông Lò Văn Tư, bà Hoàng Thị Sáu, ông Đinh Văn Phú, bà Trần Thị Loan, ông Bùi Văn Dương, ông Đặng Văn Tiến). Các ý kiến đề nghị mở rộng dịch vụ bay phun thuốc bằng thiết bị bay không người lái; liên hệ tư vấn qua số 0912.486.703.
6. Biểu quyết: đại hội biểu quyết bằng giơ thẻ.
- Báo cáo kết quả SXKD năm 2025 và phương án phân phối lợi nhuận: 187/187 thành viên có mặt tán thành (100%).
- Kế hoạch SXKD năm 2026: 185 thành viên tán thành (98,9%), 02 thành viên không tán thành.
- Bổ sung 01 thành viên Ban kiểm soát: bà Cao Thị Hạnh, 179 phiếu tán thành/187 thành viên có mặt (95,7%).
Đại hội kết thúc hồi 11 giờ 30 cùng ngày. Biên bản lập thành 04 bản, đã thông qua trước đại hội.
THƯ KÝ                          CHỦ TỌA
Cao Thị Diệp                     Lại Văn Thắng
""",
planted=[],
checks=[
 ("sum", 214, [187, 27], False),
 ("pct", 187, 214, "87,4%", False),
 ("gt", 187 * 2, 214, False),
 ("pct", 6845, 6500, "105,3%", False),
 ("growth", 412, 347.4, "18,6%", False),
 ("pct", 30, 100, "30%", False),
 ("near", 371 * 0.30, 111.3, False),
 ("near", 371 * 0.05, 18.55, False),
 ("near", 371 * 0.40, 148.4, False),
 ("near", 371 * 0.25, 92.75, False),
 ("sum", 100, [30, 5, 40, 25], False),
 ("near", 111.3 + 18.55 + 148.4 + 92.75, 371, False),
 ("growth", 7200, 6845, "5,2%", False),
 ("eq", 6, 6, False),
 ("pct", 185, 187, "98,9%", False),
 ("sum", 187, [185, 2], False),
 ("pct", 179, 187, "95,7%", False),
 ("eq", 2026 - 1996, 30, False),
]))

D.append(dict(name="bc_hoilhpn_xa_namson_nam2025", genre="bao_cao", text="""
HỘI LHPN XÃ NAM SƠN
Số: 31/BC-HPN
HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
Nam Sơn, ngày 08 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác Hội và phong trào phụ nữ năm 2025; phương hướng, nhiệm vụ năm 2026
I. Đặc điểm tình hình
Hội LHPN xã Nam Sơn (sau sắp xếp, hợp nhất từ Hội LHPN 03 xã cũ) có 24 chi hội, tổng số 3.412 hội viên/4.105 phụ nữ từ 18 tuổi trở lên, đạt 83,1%.
II. Kết quả thực hiện nhiệm vụ
1. Công tác tuyên truyền, giáo dục: các cấp Hội tổ chức 27 cuộc truyền thông với 1.960 lượt hội viên, phụ nữ tham dự, gồm: phòng, chống bạo lực gia đình 09 cuộc, an toàn thực phẩm 07 cuộc, kỹ năng số cho phụ nữ 08 cuộc. Tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2025).
2. Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo: Hội quản lý 15 tổ TK&VV, dư nợ 21.604 triệu đồng/563 hộ vay; trong đó 38 hộ có nợ quá hạn. Trong năm, Hội giúp đỡ 58 hộ phụ nữ nghèo (vốn, cây con giống, ngày công), trong đó 23 hộ đã thoát nghèo, chiếm 42,6%. Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 2,1%, giảm 0,8 điểm phần trăm so với đầu năm (chỉ tiêu: giảm còn dưới 2,5%) – hoàn thành chỉ tiêu.
3. Xây dựng tổ chức Hội: toàn Hội kết nạp 186 hội viên mới, vượt chỉ tiêu Hội LHPN tỉnh giao (200 hội viên). Số chi hội xếp loại vững mạnh 21/24 chi hội, đạt 87,5%.
4. Mô hình "Nuôi heo đất": 1.243 hội viên tham gia, tiết kiệm được 398,6 triệu đồng, bình quân hơn 320.000 đồng/hội viên.
5. Kết quả thực hiện một số chỉ tiêu chủ yếu:
TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ
1 | Hội viên đóng hội phí | 3.412 | 3.287 | 96,3%
2 | Phụ nữ được tư vấn sức khỏe sinh sản | 900 | 1.034 | 114,9%
3 | Hộ gia đình hội viên đạt "5 không, 3 sạch" | 2.500 | 2.161 | 86,4%
III. Tồn tại, hạn chế
Việc thu hồi nợ quá hạn còn chậm; 03/24 chi hội hoạt động trung bình; việc ứng dụng phần mềm quản lý hội viên còn lúng túng.
IV. Phương hướng năm 2026
Phấn đấu kết nạp từ 180 hội viên trở lên; 100% chi hội sử dụng phần mềm quản lý hội viên; tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn dưới 1,8%. Mọi thông tin phản ánh về bạo lực gia đình xin liên hệ đường dây nóng của Hội: 0209.3861.245.
Nơi nhận:
- Hội LHPN tỉnh; - Đảng ủy, UBND xã;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nông Thị Bích
""",
planted=[
 ("sum-mismatch", "27 cuộc truyền thông", "09 + 07 + 08 = 24 cuộc, không phải 27"),
 ("percent-mismatch", "chiếm 42,6%", "23/58 = 39,7%, không phải 42,6%"),
 ("target-status-mismatch", "kết nạp 186 hội viên mới, vượt chỉ tiêu", "186 < chỉ tiêu 200 (đạt 93%) nhưng ghi là vượt chỉ tiêu"),
],
checks=[
 ("pct", 3412, 4105, "83,1%", False),
 ("sum", 27, [9, 7, 8], True),
 ("eq", 2025 - 1930, 95, False),
 ("le", 38, 563, False),
 ("pct", 23, 58, "42,6%", True),
 ("lt", 2.1, 2.5, False),
 ("ge", 186, 200, True),
 ("pct", 21, 24, "87,5%", False),
 ("gt", 398.6e6 / 1243, 320000, False),
 ("pct", 3287, 3412, "96,3%", False),
 ("pct", 1034, 900, "114,9%", False),
 ("pct", 2161, 2500, "86,4%", False),
 ("sum", 24, [21, 3], False),
]))

D.append(dict(name="bc_conganxa_baotrung_9thang2026", genre="bao_cao", text="""
CÔNG AN TỈNH PHÚ THỌ
CÔNG AN XÃ BẢO TRUNG
Số: 418/BC-CAX
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Trung, ngày 20 tháng 9 năm 2026
BÁO CÁO
Kết quả công tác bảo đảm an ninh, trật tự 9 tháng đầu năm 2026
(Số liệu tính từ 15/12/2025 đến 14/9/2026)
Thực hiện Kế hoạch số 12/KH-CAT của Công an tỉnh, Công an xã Bảo Trung báo cáo kết quả như sau:
I. TÓM TẮT
Trong 9 tháng, tình hình ANCT, TTATXH trên địa bàn cơ bản ổn định. Công an xã tiếp nhận 37 tin báo, tố giác tội phạm và kiến nghị khởi tố; phạm pháp hình sự giảm; TNGT giảm số vụ nhưng tăng số người chết.
II. KẾT QUẢ CỤ THỂ
1. Phạm pháp hình sự: xảy ra 14 vụ, giảm 05 vụ (-26,3%) so với cùng kỳ. Đã điều tra, làm rõ 12/14 vụ, đạt 85,7% (chỉ tiêu Bộ Công an giao trên 80%), bắt, xử lý 17 đối tượng.
2. Tiếp nhận, giải quyết tin báo: đã tiếp nhận, phân loại 39 tin báo, tố giác về tội phạm; giải quyết 35 tin, đạt 89,7%; còn 04 tin đang xác minh.
3. Tai nạn giao thông: xảy ra 06 vụ, làm chết 02 người, bị thương 05 người; so với cùng kỳ giảm 03 vụ (-33,3%), tăng 01 người chết, giảm 02 người bị thương. Tuần tra, kiểm soát 216 ca, lập biên bản 248 trường hợp vi phạm hành chính, phạt tiền 412,6 triệu đồng; số trường hợp vi phạm tăng 17,4% so với cùng kỳ (196 trường hợp); tạm giữ 41 phương tiện.
4. Phòng cháy, chữa cháy: xảy ra 01 vụ cháy nhà kho, thiệt hại ước 35 triệu đồng, không có thiệt hại về người. Tổ chức 02 buổi thực tập phương án chữa cháy tại chợ Bảo Trung.
5. Dữ liệu dân cư, Đề án 06: cập nhật, làm sạch dữ liệu 4.862 hộ/17.390 nhân khẩu. Kích hoạt tài khoản định danh điện tử mức 2 cho 9.318/12.460 công dân đủ điều kiện, đạt 74,8%, hoàn thành chỉ tiêu Công an tỉnh giao (từ 80% trở lên).
6. Công tác tuyển quân năm 2026: giao 26/26 công dân nhập ngũ, đạt 100% chỉ tiêu.
7. Xây dựng lực lượng: Công an xã có 19 cán bộ, chiến sĩ, phối hợp 04 tổ bảo vệ ANTT ở cơ sở với 48 thành viên.
III. ĐÁNH GIÁ
Ưu điểm: tỷ lệ điều tra, khám phá án vượt chỉ tiêu; không để xảy ra tụ tập đông người trái phép. Hạn chế: số người chết do TNGT tăng; tỷ lệ kích hoạt định danh điện tử còn thấp ở 03 thôn vùng cao.
IV. PHƯƠNG HƯỚNG QUÝ IV/2026
- Mở đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán Đinh Mùi 2027 (từ 15/12/2026 đến 28/02/2027).
- Nhân dân phát hiện tội phạm báo ngay cho Công an xã (0210.3881.113) hoặc gọi 113; cháy nổ gọi 114.
Nơi nhận: - Công an tỉnh (PV01); - Đảng ủy, UBND xã; - Lưu: CAX.
TRƯỞNG CÔNG AN XÃ
Trung tá Hà Quang Dũng
""",
planted=[
 ("figure-inconsistent", "37 tin báo", "phần tóm tắt ghi 37 tin báo, phần cụ thể ghi 39 tin báo (35 + 04 = 39)"),
 ("derived-mismatch", "tăng 17,4%", "248 so với 196: tăng 26,5%, không phải 17,4%"),
 ("target-status-mismatch", "74,8%, hoàn thành chỉ tiêu", "74,8% < chỉ tiêu từ 80% trở lên nhưng ghi hoàn thành"),
],
checks=[
 ("eq", 37, 39, True),
 ("pct", 5, 19, "26,3%", False),
 ("pct", 12, 14, "85,7%", False),
 ("gt", 85.7, 80, False),
 ("pct", 35, 39, "89,7%", False),
 ("sum", 39, [35, 4], False),
 ("pct", 3, 9, "33,3%", False),
 ("growth", 248, 196, "17,4%", True),
 ("pct", 9318, 12460, "74,8%", False),
 ("ge", 74.8, 80, True),
 ("pct", 26, 26, "100%", False),
]))
