# -*- coding: utf-8 -*-
# Documents 7-12.
D = []

D.append(dict(name="bc_tramyte_xa_eakar_9thang2026", genre="bao_cao", text="""
TRUNG TÂM Y TẾ KHU VỰC EA KAR
TRẠM Y TẾ XÃ EA KAR
Số: 57/BC-TYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Ea Kar, ngày 02 tháng 10 năm 2026
BÁO CÁO
Hoạt động y tế 9 tháng đầu năm và kế hoạch quý IV năm 2026
1. Tình hình chung
Xã có 1.512 hộ/5.937 nhân khẩu thuộc diện trạm quản lý trực tiếp (khu vực phía đông). Trạm có 07 cán bộ, viên chức, gồm: BS. Y Thông Niê (Trạm trưởng), YS. Nguyễn Thị Hường, ĐD. H'Linh Mlô, NHS. Trần Thị Vân, DS. Lê Văn Khoa, YS. Phan Văn Tín. Mạng lưới y tế thôn, buôn: 14/14 thôn, buôn có nhân viên y tế hoạt động.
2. Khám, chữa bệnh
Tổng số lượt khám 9 tháng: 6.874 lượt, đạt 76,4% kế hoạch năm (9.000 lượt); trong đó khám BHYT 5.912 lượt (86,0%), trẻ em dưới 6 tuổi 1.148 lượt. Chuyển tuyến 213 lượt.
3. Phòng chống dịch bệnh
- Giám sát, phát hiện 43 ca bệnh truyền nhiễm: sốt xuất huyết 17 ca, tay chân miệng 12 ca, thủy đậu 09 ca, cúm 03 ca. Số ca sốt xuất huyết giảm 58,5% so với cùng kỳ (41 ca). Không có tử vong.
- Phun hóa chất diệt muỗi 02 đợt tại 05 thôn (mỗi đợt 3 ngày, 14-16/7 và 18-20/8).
4. Tiêm chủng mở rộng
- Trẻ dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin: 187/204 trẻ, đạt 91,7% (chỉ tiêu cả năm từ 95% trở lên; còn 3 tháng để tiêm vét).
- Phụ nữ có thai được tiêm phòng uốn ván đủ mũi: 139/142 người (97,9%).
5. Chăm sóc sức khỏe sinh sản
- Quản lý 142 phụ nữ có thai. Tổng số phụ nữ đẻ trong 9 tháng: 126 trường hợp, trong đó đẻ tại cơ sở y tế 131 trường hợp, được chăm sóc sau sinh tại nhà 118 trường hợp.
- Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 8,9% (chỉ tiêu không quá 10%), đạt chỉ tiêu.
6. Các chỉ số chính (so sánh cùng kỳ)
Chỉ số	9 tháng 2025	9 tháng 2026	Tăng/giảm
Lượt khám bệnh	6.215	6.874	+10,6%
Ca sốt xuất huyết	41	17	-58,5%
Lượt khám BHYT	5.340	5.912	+10,7%
7. Kế hoạch quý IV/2026
Tiêm vét cho 17 trẻ chưa tiêm đủ mũi; tổ chức chiến dịch uống vitamin A đợt 2 (ngày 01 - 02/12/2026); khám sức khỏe người cao tuổi cho khoảng 650 người. Liên hệ trực trạm: 0262.3715.008.
Nơi nhận: - TTYT khu vực; - UBND xã; - Lưu: TYT.
TRẠM TRƯỞNG
BS. Y Thông Niê
""",
planted=[
 ("count-mismatch", "Trạm có 07 cán bộ", "ghi 07 cán bộ nhưng danh sách chỉ có 06 người"),
 ("sum-mismatch", "43 ca bệnh truyền nhiễm", "17 + 12 + 09 + 03 = 41 ca, không phải 43"),
 ("part-exceeds-whole", "131 trường hợp", "đẻ tại cơ sở y tế 131 > tổng số phụ nữ đẻ 126"),
],
checks=[
 ("eq", 7, 6, True),
 ("pct", 6874, 9000, "76,4%", False),
 ("pct", 5912, 6874, "86,0%", False),
 ("sum", 43, [17, 12, 9, 3], True),
 ("pct", 41 - 17, 41, "58,5%", False),
 ("pct", 187, 204, "91,7%", False),
 ("pct", 139, 142, "97,9%", False),
 ("le", 131, 126, True),
 ("le", 118, 126, False),
 ("lt", 8.9, 10, False),
 ("growth", 6874, 6215, "10,6%", False),
 ("growth", 5912, 5340, "10,7%", False),
 ("sum", 204, [187, 17], False),
]))

D.append(dict(name="bc_ubkt_dangu_phuong_hoaminh_nam2025", genre="bao_cao", text="""
ĐẢNG BỘ PHƯỜNG HÒA MINH
ỦY BAN KIỂM TRA
*
Số 09-BC/UBKT
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Minh, ngày 15 tháng 12 năm 2025
BÁO CÁO
kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025,
phương hướng, nhiệm vụ năm 2026
-----
Đảng bộ phường Hòa Minh hiện có 41 chi bộ trực thuộc (29 chi bộ khu dân cư, 12 chi bộ cơ quan, đơn vị) với 1.326 đảng viên. Năm 2025, Ủy ban Kiểm tra Đảng ủy (UBKT) triển khai nhiệm vụ trong điều kiện vừa sắp xếp tổ chức bộ máy, vừa chuẩn bị và tổ chức Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030.
I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra, giám sát của Đảng ủy (BCH, BTV): kiểm tra 08 tổ chức đảng và 15 đảng viên (trong đó 06 đồng chí là cấp ủy viên); giám sát chuyên đề 12 tổ chức đảng, đạt 100% kế hoạch. Qua kiểm tra, 07/08 tổ chức đảng thực hiện tốt, 01 tổ chức thực hiện chưa tốt, phải rút kinh nghiệm.
2. UBKT kiểm tra đảng viên khi có dấu hiệu vi phạm: 04 đảng viên; kết luận cả 04 đồng chí có vi phạm, đến mức phải thi hành kỷ luật 03 đồng chí.
3. Giám sát chuyên đề của UBKT: 9 đảng viên, đạt 112,5% kế hoạch (8 đảng viên); 05 tổ chức đảng.
4. Kiểm tra tài chính đảng: kiểm tra thu, nộp, quản lý, sử dụng đảng phí 06/41 chi bộ. Năm 2025 toàn Đảng bộ thu đảng phí 1.187,93 triệu đồng, tăng 4,2% so với năm 2024; việc trích giữ lại và nộp cấp trên thực hiện đúng quy định.
5. Giải quyết tố cáo: nhận 03 đơn tố cáo đảng viên, đã giải quyết 03/03 đơn (100%); kết quả: tố đúng 01 đơn, đúng một phần 01 đơn, tố sai 01 đơn.
6. Thi hành kỷ luật: toàn Đảng bộ thi hành kỷ luật 05 đảng viên (khiển trách 03, cảnh cáo 01, cách chức 01), giảm 02 trường hợp so với năm 2024 (07 trường hợp). Trong đó, chi bộ thi hành kỷ luật 02, UBKT Đảng ủy thi hành kỷ luật 03 đảng viên.
Bảng tổng hợp:
Nội dung	Kế hoạch	Thực hiện	Tỷ lệ
Kiểm tra tổ chức đảng (Đảng ủy)	8	8	100%
Giám sát đảng viên (UBKT)	8	9	112,5%
Kiểm tra tài chính chi bộ	6	6	100%
II. ĐÁNH GIÁ
Công tác kiểm tra, giám sát hoàn thành và vượt kế hoạch; tỷ lệ đảng viên bị kỷ luật là 0,38% tổng số đảng viên, thấp hơn năm trước. Hạn chế: 01/41 chi bộ chưa xây dựng chương trình kiểm tra, giám sát đúng thời hạn.
III. PHƯƠNG HƯỚNG NĂM 2026
Kiểm tra 10 tổ chức đảng và 18 đảng viên; giám sát chuyên đề không ít hơn 25% số chi bộ trực thuộc (tối thiểu 11 chi bộ); 100% đơn tố cáo thuộc thẩm quyền được giải quyết đúng thời hạn.
Nơi nhận:
- UBKT Thành ủy,
- Đảng ủy phường,
- Lưu UBKT.
T/M ỦY BAN KIỂM TRA
CHỦ NHIỆM
Võ Thị Kim Liên
""",
planted=[],
checks=[
 ("sum", 41, [29, 12], False),
 ("le", 6, 15, False),
 ("sum", 8, [7, 1], False),
 ("le", 3, 4, False),
 ("pct", 9, 8, "112,5%", False),
 ("sum", 3, [1, 1, 1], False),
 ("sum", 5, [3, 1, 1], False),
 ("eq", 7 - 2, 5, False),
 ("sum", 5, [2, 3], False),
 ("pct", 5, 1326, "0,38%", False),
 ("ge", 11 / 41, 0.25, False),
 ("pct", 8, 8, "100%", False),
]))

D.append(dict(name="tb_ketluan_hoinghi_bch_doan_xa_lamthuong", genre="nghi_quyet", text="""
TỈNH ĐOÀN LÀO CAI
BCH ĐOÀN XÃ LÂM THƯỢNG
***
Số: 46-TB/ĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Lâm Thượng, ngày 28 tháng 11 năm 2026
THÔNG BÁO KẾT LUẬN
Hội nghị Ban Chấp hành Đoàn xã lần thứ 6, khóa I (mở rộng)
Ngày 27/11/2026, Ban Chấp hành Đoàn xã Lâm Thượng tổ chức Hội nghị lần thứ 6 (mở rộng) để đánh giá kết quả công tác Đoàn và phong trào thanh thiếu nhi năm 2026, triển khai nhiệm vụ năm 2027. Hội nghị có 19/23 đồng chí Ủy viên BCH dự (vắng 05 đồng chí có lý do) và 21 đồng chí Bí thư chi đoàn trực thuộc dự mở rộng. Đồng chí Hoàng Thị Mơ, Ủy viên BTV Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã dự và chỉ đạo.
Sau khi nghe báo cáo và thảo luận, đồng chí Bí thư Đoàn xã kết luận như sau:
1. Năm 2026, tổ chức Đoàn đã triển khai sôi nổi các hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026). Toàn Đoàn kết nạp 64 đoàn viên mới, đạt 128% chỉ tiêu (50); tiếp nhận 23 đoàn viên chuyển đến; chuyển đi và trưởng thành Đoàn 49 đồng chí. Đến nay Đoàn xã có 712 đoàn viên, tăng 38 so với đầu năm (674 đoàn viên). Đã giới thiệu 11 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 07 đồng chí đã được kết nạp.
2. Kết quả một số chỉ tiêu:
- Giới thiệu đoàn viên ưu tú cho Đảng: 9 đồng chí, đạt 180% (chỉ tiêu 5).
- Công trình, phần việc thanh niên: 14 công trình, trị giá 312 triệu đồng (chỉ tiêu ít nhất 10 công trình) - vượt chỉ tiêu.
- Chi đoàn xếp loại vững mạnh: 14/22 chi đoàn, đạt 63,6% - chưa đạt chỉ tiêu (từ 60% trở lên).
- Thanh niên được giới thiệu việc làm: 86 người, trong đó 27 người đi làm việc ở nước ngoài theo hợp đồng.
3. Hạn chế: hoạt động của 03 chi đoàn thôn vùng cao còn hình thức; việc thu đoàn phí chưa đạt 100% (ước 91%).
4. Nhiệm vụ năm 2027: phấn đấu kết nạp từ 55 đoàn viên trở lên; giới thiệu ít nhất 06 đoàn viên ưu tú cho Đảng; tỷ lệ chi đoàn vững mạnh từ 65% trở lên; ra quân Tháng Thanh niên từ ngày 01/3/2027.
5. Giao Ban Thường vụ Đoàn xã hoàn thiện báo cáo, gửi BCH Tỉnh đoàn trước ngày 10/12/2026.
Nơi nhận:
- Ban Thường vụ Tỉnh đoàn (b/c),
- Đảng ủy xã (b/c),
- Các chi đoàn trực thuộc,
- Lưu VP.
T/M BAN CHẤP HÀNH
BÍ THƯ
Sùng A Tủa
""",
planted=[
 ("attendance-mismatch", "vắng 05 đồng chí", "19 dự + 05 vắng = 24 ≠ 23 Ủy viên BCH"),
 ("figure-inconsistent", "giới thiệu 11 đoàn viên ưu tú", "mục 1 ghi 11, mục 2 ghi 9 đồng chí (9 = 180% × 5)"),
 ("target-status-mismatch", "63,6% - chưa đạt chỉ tiêu", "63,6% ≥ chỉ tiêu từ 60% trở lên nhưng ghi chưa đạt"),
],
checks=[
 ("sum", 23, [19, 5], True),
 ("eq", 2026 - 1931, 95, False),
 ("pct", 64, 50, "128%", False),
 ("eq", 674 + 64 + 23 - 49, 712, False),
 ("eq", 712 - 674, 38, False),
 ("eq", 11, 9, True),
 ("le", 7, 9, False),
 ("pct", 9, 5, "180%", False),
 ("ge", 14, 10, False),
 ("pct", 14, 22, "63,6%", False),
 ("lt", 63.6, 60, True),
 ("le", 27, 86, False),
]))

D.append(dict(name="nq_hoinghi_bch_dangbo_xa_sonha_lan14", genre="nghi_quyet", text="""
ĐẢNG BỘ TỈNH QUẢNG NGÃI
ĐẢNG ỦY XÃ SƠN HÀ
*
Số 27-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Hà, ngày 26 tháng 9 năm 2026
NGHỊ QUYẾT
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 14 (KHÓA I)
về nhiệm vụ trọng tâm 3 tháng cuối năm 2026
Ngày 25/9/2026, Ban Chấp hành Đảng bộ xã Sơn Hà khóa I, nhiệm kỳ 2025 - 2030 tổ chức Hội nghị lần thứ 14. Có 27/31 đồng chí Ủy viên BCH dự hội nghị; vắng 04 đồng chí: đ/c Đinh Văn Tú (đi học), đ/c Phạm Thị Sen (ốm), đ/c Đinh Văn Điện (đi công tác tỉnh).
I. ĐÁNH GIÁ TÌNH HÌNH 9 THÁNG NĂM 2026
1. Tổng giá trị sản xuất ước đạt 1.284,6 tỷ đồng, bằng 74,2% kế hoạch năm (1.731 tỷ đồng), tăng 8,9% so với cùng kỳ. Tổng thu ngân sách trên địa bàn đạt 41.260 triệu đồng, gồm: thu cân đối ngân sách 28.470 triệu đồng và thu bổ sung từ ngân sách cấp trên 11.850 triệu đồng.
2. Tỷ lệ hộ nghèo còn 3,12%, giảm 1,05 điểm phần trăm so với đầu năm (chỉ tiêu cả năm giảm 1% trở lên) - đạt chỉ tiêu. Độ che phủ rừng 61,4%.
3. Xây dựng Đảng: kết nạp 14 đảng viên, bằng 70% chỉ tiêu năm (20 đảng viên); chuyển chính thức 11 đảng viên dự bị; trao Huy hiệu 40, 45, 50, 55 năm tuổi Đảng cho 23 đồng chí đợt 2/9.
4. Quốc phòng - an ninh: giao 42/42 công dân nhập ngũ; tổ chức diễn tập chiến đấu phòng thủ xã trong 02 ngày (15-16/8/2026) đạt loại Giỏi.
II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM
Hội nghị thống nhất 05 nhiệm vụ trọng tâm:
1. Tập trung thu ngân sách, phấn đấu vượt ít nhất 5% dự toán được giao.
2. Hoàn thành giải ngân 100% vốn đầu tư công trước ngày 31/01/2027.
3. Kết nạp đủ 06 đảng viên còn lại theo chỉ tiêu năm.
4. Chuẩn bị tổng kết năm 2026, kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên.
III. TỔ CHỨC THỰC HIỆN
Ban Thường vụ Đảng ủy cụ thể hóa thành chương trình, kế hoạch; Thường trực HĐND, UBND, Ủy ban MTTQ xã và các chi bộ trực thuộc tổ chức thực hiện.
Nghị quyết được Hội nghị biểu quyết thông qua với 27/27 đồng chí dự hội nghị tán thành (bằng 87,1% tổng số Ủy viên BCH).
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các đồng chí Ủy viên BCH,
- Các chi bộ trực thuộc,
- Lưu VP Đảng ủy.
T/M BAN CHẤP HÀNH
BÍ THƯ
Đinh Công Thuận
""",
planted=[
 ("absentee-count-mismatch", "vắng 04 đồng chí", "ghi vắng 04 nhưng chỉ nêu tên 03 đồng chí"),
 ("sum-mismatch", "41.260 triệu đồng", "28.470 + 11.850 = 40.320 triệu đồng, không phải 41.260"),
 ("count-mismatch", "05 nhiệm vụ trọng tâm", "nêu 05 nhiệm vụ nhưng chỉ liệt kê 04 (1.-4.)"),
],
checks=[
 ("sum", 31, [27, 4], False),
 ("eq", 4, 3, True),
 ("pct", 1284.6, 1731, "74,2%", False),
 ("sum", 41260, [28470, 11850], True),
 ("ge", 1.05, 1.0, False),
 ("pct", 14, 20, "70%", False),
 ("eq", 20 - 14, 6, False),
 ("eq", 5, 4, True),
 ("pct", 27, 31, "87,1%", False),
 ("gt", 27 * 2, 31, False),
 ("eq", 16 - 15 + 1, 2, False),
]))

D.append(dict(name="tin_hoinghi_mttq_xa_vinhloc_vinguoingheo", genre="tin_hoi_nghi", text="""
Xã Vĩnh Lộc: Quỹ "Vì người nghèo" năm 2026 vận động được gần 1,2 tỷ đồng
(Cổng TTĐT xã) - Sáng 19/11/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã Vĩnh Lộc tổ chức hội nghị tổng kết Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và công tác vận động, sử dụng Quỹ "Vì người nghèo" năm 2026, gắn với kỷ niệm 96 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2026).
Dự hội nghị có bà Trương Thị Hồng Nhung - Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Lê Hữu Phước - Bí thư Đảng ủy xã cùng 124 đại biểu là thành viên Ủy ban MTTQ xã, Ban công tác Mặt trận 21 ấp.
Theo báo cáo, năm 2026 Quỹ "Vì người nghèo" xã vận động được 1.186 triệu đồng, đạt 118,6% kế hoạch (1.000 triệu đồng), tăng 14% so với năm trước. Từ nguồn quỹ và các nguồn xã hội hóa, Mặt trận xã phối hợp hỗ trợ xây mới, sửa chữa 27 căn nhà Đại đoàn kết (xây mới 15 căn, sửa chữa 12 căn) với tổng kinh phí 1.245 triệu đồng, trong đó từ Quỹ "Vì người nghèo" 740 triệu đồng, chiếm 62,4%. Trong số nhà được hỗ trợ có 29 nhà của hộ nghèo, còn lại là nhà của hộ cận nghèo và gia đình chính sách.
Dịp Tết Bính Ngọ, Mặt trận xã tặng 1.120 suất quà (500.000 đồng/suất), tổng trị giá 560 triệu đồng; mua tặng thẻ BHYT cho 236 người thuộc 187 hộ cận nghèo. Nhờ đó, tỷ lệ hộ nghèo của xã giảm từ 4,85% xuống còn 3,62% (giảm 1,23 điểm phần trăm), còn 214 hộ nghèo.
Phát biểu tại hội nghị, bà Trương Thị Hồng Nhung đánh giá cao cách làm công khai số tiền ủng hộ của từng ấp trên bảng tin và trang mạng xã hội của xã; đề nghị năm 2027 Mặt trận xã phấn đấu vận động Quỹ không dưới 1.200 triệu đồng, ưu tiên xóa dứt điểm nhà tạm.
Dịp này, Ủy ban MTTQ xã tặng Giấy khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc. Tổng kết lại, với 1.168 triệu đồng vận động được trong năm, Quỹ "Vì người nghèo" xã Vĩnh Lộc tiếp tục là điểm sáng của tỉnh về công tác an sinh xã hội.
Hội nghị diễn ra trong buổi sáng, từ 8 giờ đến 11 giờ 30 phút.
Thanh Tâm
""",
planted=[
 ("percent-mismatch", "chiếm 62,4%", "740/1.245 = 59,4%, không phải 62,4%"),
 ("part-exceeds-whole", "29 nhà của hộ nghèo", "29 nhà của hộ nghèo > tổng 27 căn được hỗ trợ"),
 ("figure-inconsistent", "1.168 triệu đồng", "thân bài ghi 1.186 triệu đồng, đoạn cuối ghi 1.168 triệu đồng"),
],
checks=[
 ("near", 1186 / 1000, 1.2, False),
 ("eq", 2026 - 1930, 96, False),
 ("pct", 1186, 1000, "118,6%", False),
 ("sum", 27, [15, 12], False),
 ("pct", 740, 1245, "62,4%", True),
 ("le", 29, 27, True),
 ("eq", 1120 * 500000, 560_000_000, False),
 ("le", 187, 236, False),
 ("near", 4.85 - 3.62, 1.23, False),
 ("eq", 1168, 1186, True),
 ("le", 1186, 1200, False),
]))

D.append(dict(name="tin_tongket_namhoc_thcs_phuthinh", genre="tin_hoi_nghi", text="""
Trường THCS Phú Thịnh tổng kết năm học 2025 - 2026, kỷ niệm 50 năm thành lập trường
Chiều 28/5/2026, Trường THCS Phú Thịnh (phường Phú Thịnh) tổ chức Hội nghị tổng kết năm học 2025 - 2026 và kỷ niệm 50 năm thành lập trường (1976 - 2026). Tới dự có ông Vũ Đình Khang, Phó Chủ tịch UBND phường; đại diện Ban Đại diện cha mẹ học sinh cùng toàn thể 42 cán bộ, giáo viên, nhân viên nhà trường.
Năm học vừa qua, trường có 18 lớp với 684 học sinh. Kết quả, 669 em được lên lớp thẳng, tỷ lệ 97,8%; 15 em phải rèn luyện, kiểm tra lại trong hè. Khối 9 có 162/163 em được công nhận tốt nghiệp THCS, đạt 99,4%. Tỷ lệ học sinh bỏ học chỉ còn 0,15% (01 em), thấp hơn mức "không quá 0,5%" mà Nghị quyết Đảng ủy phường đề ra.
Ở kỳ thi học sinh giỏi cấp tỉnh, nhà trường giành 14 giải (01 giải Nhất, 03 giải Nhì, 04 giải Ba, 06 giải Khuyến khích), tăng 04 giải so với năm học trước; 03 em đạt giải trong cuộc thi khoa học kỹ thuật cấp tỉnh.
Đội ngũ 42 cán bộ, giáo viên, nhân viên 100% đạt chuẩn, trong đó 31 người trên chuẩn (73,8%); 09 giáo viên được công nhận giáo viên dạy giỏi cấp phường. Về cơ sở vật chất, năm học qua trường được đầu tư 1,85 tỷ đồng xây mới 04 phòng học bộ môn và nhà đa năng; phụ huynh đóng góp xã hội hóa 126 triệu đồng lắp đặt ti vi thông minh cho 18/18 lớp. Trường duy trì kiểm định chất lượng giáo dục cấp độ 3 và chuẩn quốc gia mức độ 2 (công nhận lại năm 2024, thời hạn 5 năm).
Phát biểu tại hội nghị, ông Vũ Đình Khang ghi nhận sau nửa thế kỷ, từ 4 lớp học tranh tre ban đầu, trường đã có 18 lớp học kiên cố và đã đào tạo hơn 12.000 học sinh; đề nghị năm học 2026 - 2027 nhà trường giữ tỷ lệ tốt nghiệp từ 98% trở lên và có ít nhất 15 giải học sinh giỏi cấp tỉnh.
Dịp này, nhà trường khen thưởng 57 học sinh tiêu biểu và 11 giáo viên có thành tích xuất sắc; Hội Khuyến học phường trao 20 suất học bổng, mỗi suất 1,5 triệu đồng, tổng trị giá 30 triệu đồng.
Ngọc Hà
""",
planted=[],
checks=[
 ("eq", 2026 - 1976, 50, False),
 ("sum", 684, [669, 15], False),
 ("pct", 669, 684, "97,8%", False),
 ("pct", 162, 163, "99,4%", False),
 ("pct", 1, 684, "0,15%", False),
 ("lt", 0.15, 0.5, False),
 ("sum", 14, [1, 3, 4, 6], False),
 ("pct", 31, 42, "73,8%", False),
 ("eq", 20 * 1.5, 30, False),
]))
