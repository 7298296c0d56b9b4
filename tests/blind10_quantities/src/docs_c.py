from lib import doc, P

# ---------------------------------------------------------------- nq10
doc("nq10_ketluan_ubkt_khoi_2017", "nghi_quyet", """
ĐẢNG BỘ TỈNH HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
*
Số 112-KL/ĐUK\tHà Tĩnh, ngày 18 tháng 7 năm 2017
KẾT LUẬN
của Ban Thường vụ Đảng ủy Khối về công tác kiểm tra, giám sát và thi hành kỷ luật đảng 6 tháng đầu năm 2017
Tại phiên họp ngày 14/7/2017, sau khi nghe đồng chí Đàm Văn Quyết, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối báo cáo kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2017, ý kiến thảo luận của các đồng chí Ủy viên Ban Thường vụ, Ban Thường vụ Đảng ủy Khối kết luận như sau:
1- Kết quả đạt được
Cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ Khối đã bám sát Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương để xây dựng và thực hiện chương trình kiểm tra, giám sát năm 2017. Sáu tháng đầu năm, cấp ủy các cấp kiểm tra 24 tổ chức đảng, trong đó 9 tổ chức đảng cấp trên cơ sở; giám sát chuyên đề 36 đảng viên, trong đó 21 đồng chí là cấp ủy viên.
Ủy ban kiểm tra các cấp kiểm tra 4 đảng viên khi có dấu hiệu vi phạm, kết luận 3 đồng chí có vi phạm đến mức phải thi hành kỷ luật. Các cấp ủy, tổ chức đảng và ủy ban kiểm tra đã thi hành kỷ luật 11 đảng viên (khiển trách 6, cảnh cáo 3, cách chức 1, khai trừ 2), chủ yếu vi phạm về thực hiện chức trách, nhiệm vụ được giao và vi phạm chính sách dân số.
Tiếp nhận 47 đơn thư, đã giải quyết 43 đơn, đạt 91,5%; còn lại 4 đơn đang xem xét theo thẩm quyền. Thu đảng phí 1.284,6 triệu đồng, tăng 8,3% so với cùng kỳ (1.186,2 triệu đồng).
2- Hạn chế
Một số chi bộ chưa chủ động xây dựng kế hoạch giám sát thường xuyên; việc phát hiện vi phạm chủ yếu qua đơn thư; chất lượng hồ sơ kiểm tra ở một vài tổ chức cơ sở đảng chưa cao.
3- Nhiệm vụ 6 tháng cuối năm 2017
- Hoàn thành 100% chương trình kiểm tra, giám sát năm 2017; tập trung giám sát việc thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.
- Tổ chức tập huấn nghiệp vụ cho ủy ban kiểm tra đảng ủy cơ sở trước ngày 30/9/2017.
- Giao đồng chí Đàm Văn Quyến, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối chỉ đạo giải quyết dứt điểm 4 đơn còn tồn đọng trong quý III.
Các cấp ủy, tổ chức đảng trực thuộc quán triệt và tổ chức thực hiện Kết luận này.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Ủy ban Kiểm tra Tỉnh ủy (b/c);
- Các đảng bộ, chi bộ cơ sở;
- Lưu Văn phòng Đảng ủy Khối.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Thị Hằng Nga
""", officials=None,
right=[("le", 9, 24), ("le", 21, 36), ("le", 3, 4), ("pct", 43, 47, "91,5"),
       ("diff", 47, 43, 4), ("growth", "1.284,6", "1.186,2", "8,3")],
planted=[
    P("sum-mismatch", "thi hành kỷ luật 11 đảng viên", "11",
      "khiển trách 6 + cảnh cáo 3 + cách chức 1 + khai trừ 2 = 12, not 11",
      ("sum", [6, 3, 1, 2], 11)),
    P("name-inconsistent", "Đàm Văn Quyến", "Quyến",
      "the Chủ nhiệm UBKT is named Đàm Văn Quyết at the start of the document",
      ("eq", "Đàm Văn Quyến", "Đàm Văn Quyết")),
])

# ---------------------------------------------------------------- nq11 (clean)
doc("nq11_nghiquyet_chibo_truong_clean", "nghi_quyet", """
ĐẢNG BỘ XÃ HƯƠNG VINH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC HƯƠNG VINH
*
Số 09-NQ/CB\tHương Vinh, ngày 12 tháng 9 năm 2016
NGHỊ QUYẾT
về nhiệm vụ năm học 2016 - 2017
Ngày 10/9/2016, Chi bộ Trường Tiểu học Hương Vinh họp phiên thường kỳ. Chi bộ có 17 đảng viên (chính thức 15, dự bị 2); có mặt 16 đồng chí (chính thức 14, dự bị 2); vắng 1 đồng chí có lý do (Hoàng Thị Nguyệt, nghỉ chế độ thai sản). Sau khi nghe đồng chí Bí thư Chi bộ trình bày dự thảo, chi bộ đã thảo luận và thống nhất:
I- KẾT QUẢ NĂM HỌC 2015 - 2016
Nhà trường có 38 cán bộ, giáo viên, nhân viên, trong đó 17 đảng viên, chiếm 44,7%. Năm học 2015 - 2016, có 628/635 học sinh hoàn thành chương trình lớp học, đạt 98,9%; 7 em chưa hoàn thành được nhà trường phụ đạo trong hè. Học sinh lớp 5 hoàn thành chương trình tiểu học 118/118 em (100%). Trường được công nhận đạt chuẩn quốc gia mức độ 1 từ năm 2014, tiếp tục duy trì các tiêu chuẩn.
II- NHIỆM VỤ NĂM HỌC 2016 - 2017
1- Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện giáo dục và đào tạo; tiếp tục thực hiện Thông tư số 30/2014/TT-BGDĐT về đánh giá học sinh tiểu học.
2- Quy mô năm học mới: 642 học sinh trong 21 lớp, bình quân 30,6 học sinh/lớp; huy động 100% trẻ 6 tuổi vào lớp 1 (124/124 em).
3- Chỉ tiêu: từ 98% học sinh hoàn thành chương trình lớp học trở lên; 100% học sinh lớp 5 hoàn thành chương trình tiểu học; có ít nhất 5 giáo viên dạy giỏi cấp huyện.
4- Xây dựng Đảng: 100% đảng viên hoàn thành nhiệm vụ trở lên, trong đó từ 80% hoàn thành tốt nhiệm vụ trở lên; bồi dưỡng 2 quần chúng ưu tú, kết nạp 1 đảng viên trong năm học.
5- Tổ chức kỷ niệm ngày Nhà giáo Việt Nam 20/11 và 70 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2016) theo hướng thiết thực, tiết kiệm.
III- TỔ CHỨC THỰC HIỆN
Chi ủy phân công đồng chí Bí thư chỉ đạo chung; đồng chí Phó Bí thư, Phó Hiệu trưởng phụ trách chuyên môn; các đảng viên là tổ trưởng chuyên môn cụ thể hóa nghị quyết vào kế hoạch tổ. Hằng tháng chi bộ kiểm điểm tiến độ thực hiện trong sinh hoạt thường kỳ.
Kết quả biểu quyết: tán thành 14/15 đảng viên chính thức (93,3%), không tán thành 0, ý kiến khác 0.
Nơi nhận:
- Đảng ủy xã (b/c);
- Đảng viên trong chi bộ;
- Lưu Chi bộ.
T/M CHI BỘ
BÍ THƯ
Trần Đình Khôi
""", officials=15,
right=[("sum", [15, 2], 17), ("sum", [14, 2], 16), ("sum", [16, 1], 17),
       ("pct", 17, 38, "44,7"), ("pct", 628, 635, "98,9"), ("diff", 635, 628, 7),
       ("pct", 118, 118, "100"), ("ratio", 642, 21, "30,6"), ("pct", 124, 124, "100"),
       ("pct", 14, 15, "93,3"), ("gt", 14 * 2, 15), ("sumle", [14, 0, 0], 14)],
planted=[])

# ---------------------------------------------------------------- tin12
doc("tin12_huyenuy_chauduc_6thang", "tin_hoi_nghi", """
Trang chủ » Chính trị » Xây dựng Đảng
Cập nhật: 11/07/2023 15:42 | Lượt xem: 2.318
Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14: nhiều chỉ tiêu đạt khá so với kế hoạch
(BRVT) - Ngày 11/7, Huyện ủy Châu Đức tổ chức hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 14, khóa VI, nhiệm kỳ 2020 - 2025, đánh giá tình hình thực hiện nhiệm vụ chính trị 6 tháng đầu năm và đề ra nhiệm vụ trọng tâm 6 tháng cuối năm 2023.
Theo báo cáo tại hội nghị, 6 tháng đầu năm, giá trị sản xuất nông nghiệp ước đạt 1.482 tỷ đồng, tăng 3,8% so với cùng kỳ; giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 2.245 tỷ đồng, tăng 2,1%; doanh thu thương mại - dịch vụ gần 4.380 tỷ đồng.
Thu ngân sách trên địa bàn đạt 318,4 tỷ đồng, bằng 56,9% dự toán năm (560 tỷ đồng) và tăng 16,2% so với cùng kỳ (280,0 tỷ đồng). Giải ngân vốn đầu tư công 212,8 tỷ đồng/460 tỷ đồng kế hoạch vốn, đạt 46,3%, cao hơn mức bình quân chung của tỉnh.
Về lĩnh vực văn hóa - xã hội, tỷ lệ lao động qua đào tạo đạt 71,5%, vượt chỉ tiêu Nghị quyết (72%); toàn huyện còn 214 hộ nghèo, tỷ lệ hộ nghèo giảm còn 0,55%. Huyện đã trao 36 căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo, mỗi căn hỗ trợ 60 triệu đồng, tổng kinh phí 2,16 tỷ đồng.
Về xây dựng Đảng, 6 tháng đầu năm toàn Đảng bộ kết nạp 108 đảng viên mới, đạt 65,3% chỉ tiêu năm (170 đảng viên); xã Xà Bang kết nạp 9 đảng viên, xã Bình Ba kết nạp 7 đảng viên. Ủy ban Kiểm tra các cấp kiểm tra 18 tổ chức đảng và 26 đảng viên.
Phát biểu kết luận, ông Hoàng Minh Định, Bí thư Huyện ủy, Chủ tịch HĐND huyện yêu cầu các địa phương, đơn vị phát huy vai trò người đứng đầu; quan tâm công tác giảm nghèo, thực hiện khâu đột phá về chỉnh trang các tuyến đường hoa ở khu dân cư; đẩy nhanh giải ngân vốn đầu tư công, phấn đấu giải ngân trên 95% kế hoạch vốn năm 2023.
MINH TÂM
Chia sẻ: Facebook | Zalo | Bản in
Tin cùng chuyên mục:
- Đảng ủy Khối cơ quan và doanh nghiệp tỉnh sơ kết 6 tháng (10/07/2023)
- Huyện Xuyên Mộc sơ kết công tác dân vận 6 tháng (09/07/2023)
- Thị xã Phú Mỹ quán triệt Quy định 41-QĐ/TW (08/07/2023)
Bản quyền thuộc Báo Bà Rịa - Vũng Tàu. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", officials=None,
right=[("pct", "318,4", "560", "56,9"), ("pct", "212,8", "460", "46,3"),
       ("prod", 36, 60, "2.160"), ("le", 9 + 7, 108)],
planted=[
    P("derived-mismatch", "tăng 16,2% so với cùng kỳ (280,0 tỷ đồng)", "16,2",
      "318,4 / 280,0 − 1 = 13,7% growth, not 16,2%",
      ("growth", "318,4", "280,0", "16,2")),
    P("target-status-mismatch", "vượt chỉ tiêu Nghị quyết (72%)", "vượt chỉ tiêu",
      "71,5% is below the 72% target: not 'vượt'", ("ge", "71,5", "72")),
    P("percent-mismatch", "đạt 65,3% chỉ tiêu năm", "65,3",
      "108/170 = 63,5%, not 65,3%", ("pct", 108, 170, "65,3")),
])

# ---------------------------------------------------------------- tin13
doc("tin13_luongthuc_namdinh_2019", "tin_hoi_nghi", """
Kinh tế | Nông nghiệp
Cập nhật lúc 17:38, Thứ Năm, 28/11/2019 (GMT+7)
Sơ kết sản xuất nông nghiệp năm 2019: tổng sản lượng lương thực giảm nhẹ
Ngày 27/11, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết sản xuất vụ mùa, tổng kết sản xuất nông nghiệp năm 2019 và triển khai kế hoạch vụ xuân 2020. Dự hội nghị có lãnh đạo UBND tỉnh, đại diện Cục Thống kê và phòng Nông nghiệp các huyện, thành phố.
Theo số liệu chính thức của Cục Thống kê tỉnh, vụ mùa năm 2019 toàn tỉnh gieo cấy 71.842 ha lúa, giảm 1.358 ha so với vụ mùa năm 2018 (73.200 ha). Năng suất lúa vụ mùa bình quân đạt 52,40 tạ/ha, tăng 1,15 tạ/ha so với cùng vụ năm trước (51,25 tạ/ha).
Vụ xuân năm 2019, toàn tỉnh gieo cấy 72.258 ha; huyện Hải Hậu đạt năng suất cao nhất với 72,1 tạ/ha, huyện Giao Thủy đạt 71,4 tạ/ha. Tổng diện tích lúa cả năm của toàn tỉnh là 144.100 ha, giảm 2.170 ha so với năm 2018 (146.370 ha), chủ yếu do các địa phương chuyển đổi sang cây trồng lâu năm, nuôi trồng thủy sản và đất phi nông nghiệp. Sản lượng thóc cả năm đạt 871.300 tấn; năng suất bình quân cả năm đạt 60,46 tạ/ha.
Tổng sản lượng lương thực có hạt đạt 888.900 tấn, gồm: thóc 871.300 tấn, ngô 15.600 tấn, kê 14 tấn. Lương thực bình quân đầu người đạt 509 kg/người (dân số trung bình 1.745.000 người).
Phát biểu tại hội nghị, lãnh đạo Sở cho biết: với 144.010 ha lúa cả năm, tỉnh vẫn là một trong những địa phương có diện tích lúa lớn của vùng đồng bằng sông Hồng. Kế hoạch vụ xuân 2020 gieo cấy 73.000 ha lúa, trong đó lúa chất lượng cao chiếm 65%; thời vụ gieo cấy tập trung từ ngày 25/01 đến 15/02/2020.
Về chăn nuôi, tổng đàn lợn thời điểm 01/10/2019 ước đạt 705.000 con, giảm 12,4% so với cùng thời điểm năm trước do ảnh hưởng của bệnh dịch tả lợn châu Phi; đàn gia cầm tăng 6,8%. Ngành nông nghiệp đang chỉ đạo tái đàn an toàn sinh học tại 10 huyện, thành phố.
Hội nghị đã biểu dương 12 hợp tác xã có thành tích trong liên kết sản xuất, tiêu thụ lúa gạo.
Thu Trang
,
,
.
Tin liên quan
- Nông dân Hải Hậu thu hoạch lúa mùa sớm (12/10/2019)
- Hướng dẫn phòng trừ rầy nâu vụ mùa (03/9/2019)
- Đưa cơ giới hóa vào đồng ruộng (21/8/2019)
""", officials=None,
right=[("diff", "73.200", "71.842", "1.358"), ("sum", ["72.258", "71.842"], "144.100"), ("diff", "52,40", "51,25", "1,15"),
       ("ratio", "8.713.000", "144.100", "60,46"),
       ("ratio", "888.900.000", "1.745.000", "509")],
planted=[
    P("derived-mismatch", "giảm 2.170 ha so với năm 2018 (146.370 ha)", "2.170",
      "146.370 − 144.100 = 2.270 ha, not 2.170", ("diff", "146.370", "144.100", "2.170")),
    P("sum-mismatch", "Tổng sản lượng lương thực có hạt đạt 888.900 tấn", "888.900",
      "thóc 871.300 + ngô 15.600 + kê 14 = 886.914 tấn, not 888.900",
      ("sum", ["871.300", "15.600", 14], "888.900")),
    P("figure-inconsistent", "với 144.010 ha lúa cả năm", "144.010",
      "the whole-year rice area was given as 144.100 ha earlier in the article",
      ("eq", "144.010", "144.100")),
])
