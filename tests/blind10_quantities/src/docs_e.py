from lib import doc, P

# ---------------------------------------------------------------- bb18 (clean)
doc("bb18_btv_danguy_eatan_clean", "bien_ban", """
ĐẢNG BỘ HUYỆN KRÔNG NĂNG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ EA TÂN
*
BIÊN BẢN
HỘI NGHỊ BAN THƯỜNG VỤ ĐẢNG ỦY XÃ
(phiên họp thường kỳ tháng 10 năm 2022)
Thời gian: 8 giờ 00 phút, ngày 03/10/2022. Địa điểm: Phòng họp Đảng ủy xã.
Thành phần: Ban Thường vụ Đảng ủy xã có 7 đồng chí; có mặt 6 đồng chí; vắng 1 đồng chí có lý do (Y Bhiăo Niê, đi học lớp cao cấp lý luận chính trị).
Chủ trì: đồng chí Lê Đình Khánh, Bí thư Đảng ủy xã. Thư ký: đồng chí H’Lan Byă, Văn phòng Đảng ủy.
Nội dung: (1) Đánh giá công tác xây dựng Đảng 9 tháng; (2) Công tác cán bộ: giới thiệu nhân sự bổ sung chức danh Phó Chủ tịch UBND xã và điều động cán bộ.
1. Công tác xây dựng Đảng 9 tháng
Đồng chí Phó Bí thư Thường trực báo cáo: 9 tháng, Đảng bộ kết nạp 11 đảng viên trên chỉ tiêu 15 của cả năm, đạt 73,3%, trong đó 4 đảng viên nữ và 3 đảng viên là người dân tộc thiểu số; các chi bộ thôn Ea Kmar, Tân Lập chưa kết nạp được đảng viên. Thu đảng phí quý III được 18,6 triệu đồng, trích giữ lại ở Đảng bộ 70% là 13,02 triệu đồng, nộp cấp trên 5,58 triệu đồng. Ủy ban Kiểm tra Đảng ủy giám sát 2 chi bộ và 4 đảng viên theo chương trình.
Ý kiến: đồng chí Trần Văn Thạch, Chủ tịch UBND xã, đề nghị giao chỉ tiêu kết nạp cụ thể cho từng chi bộ trong quý IV để phấn đấu hoàn thành kế hoạch năm.
2. Công tác cán bộ
Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị và hướng dẫn của Ban Tổ chức Huyện ủy, Ban Thường vụ thảo luận, bỏ phiếu kín:
- Giới thiệu đồng chí Nguyễn Thị Thu Hiền, Đảng ủy viên, công chức Tài chính - Kế toán, để HĐND xã bầu giữ chức Phó Chủ tịch UBND xã: phát ra 6 phiếu, thu về 6 phiếu; đồng ý 5 phiếu, bằng 71,4% tổng số thành viên Ban Thường vụ; không đồng ý 1 phiếu.
- Điều động đồng chí Phạm Quốc Vũ, công chức Văn phòng - Thống kê, sang làm công chức Văn hóa - Xã hội: đồng ý 4/7 thành viên Ban Thường vụ (57,1%), không đồng ý 2.
Cả hai nội dung đều đạt trên một nửa tổng số thành viên Ban Thường vụ, được thông qua.
Kết luận của chủ trì: Văn phòng Đảng ủy hoàn thiện hồ sơ, báo cáo Ban Thường vụ Huyện ủy trước ngày 10/10/2022; các chi bộ thôn Ea Kmar, Tân Lập xây dựng kế hoạch tạo nguồn, mỗi chi bộ kết nạp ít nhất 1 đảng viên trong quý IV.
Hội nghị kết thúc lúc 10 giờ 45 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
H’Lan Byă\tLê Đình Khánh
""", officials=7,
right=[("sum", [6, 1], 7), ("pct", 11, 15, "73,3"), ("le", 4, 11), ("le", 3, 11),
       ("prod", "18,6", "0,7", "13,02"), ("diff", "18,6", "13,02", "5,58"),
       ("sum", [5, 1], 6), ("pct", 5, 7, "71,4"), ("gt", 5 * 2, 7),
       ("pct", 4, 7, "57,1"), ("gt", 4 * 2, 7), ("sumle", [4, 2], 6)],
planted=[])

# ---------------------------------------------------------------- nq19
doc("nq19_hdnd_dutoan_ngansach_2022", "nghi_quyet", """
HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHONG HẢI\tĐộc lập - Tự do - Hạnh phúc
Số: 27/NQ-HĐND\tPhong Hải, ngày 20 tháng 12 năm 2021
NGHỊ QUYẾT
Về dự toán thu, chi ngân sách xã năm 2022
HỘI ĐỒNG NHÂN DÂN XÃ PHONG HẢI
KHÓA XII, KỲ HỌP THỨ 4
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Quyết định số 1680/QĐ-UBND ngày 10 tháng 12 năm 2021 của UBND huyện về giao dự toán ngân sách năm 2022;
Xét Tờ trình số 96/TTr-UBND ngày 13 tháng 12 năm 2021 của UBND xã; Báo cáo thẩm tra của Ban Kinh tế - Xã hội HĐND xã và ý kiến thảo luận của đại biểu HĐND xã tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Thông qua dự toán thu, chi ngân sách xã năm 2022 như sau:
1. Tổng thu ngân sách xã: 12.480 triệu đồng, gồm: thu ngân sách xã hưởng theo phân cấp 4.210 triệu đồng; thu bổ sung cân đối từ ngân sách cấp trên 6.870 triệu đồng; thu bổ sung có mục tiêu 1.400 triệu đồng.
2. Tổng chi ngân sách xã: 12.480 triệu đồng, gồm:
a) Chi đầu tư phát triển 2.150 triệu đồng, chiếm 18,2% tổng chi;
b) Chi thường xuyên 9.980 triệu đồng, chiếm 80,0%; trong đó chi quản lý nhà nước, Đảng, đoàn thể 6.120 triệu đồng, chi sự nghiệp giáo dục 10.250 triệu đồng, chi đảm bảo xã hội 1.180 triệu đồng;
c) Dự phòng ngân sách 350 triệu đồng, chiếm 2,8%.
3. Thu tiền sử dụng đất dự kiến 1.800 triệu đồng; trích 10% (180 triệu đồng) cho công tác đo đạc, lập hồ sơ địa chính, còn lại 1.640 triệu đồng bố trí chi đầu tư xây dựng nông thôn mới.
Điều 2. Tổ chức thực hiện
1. Giao UBND xã tổ chức thực hiện Nghị quyết; điều hành chi trong phạm vi dự toán, tiết kiệm 10% chi thường xuyên để tạo nguồn cải cách tiền lương.
2. Thường trực HĐND, các Ban HĐND và đại biểu HĐND xã giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân xã Phong Hải khóa XII, kỳ họp thứ 4 thông qua ngày 20 tháng 12 năm 2021, với 23/25 đại biểu tán thành (92,0%), và có hiệu lực kể từ ngày thông qua.
Nơi nhận:
- TT HĐND, UBND huyện;
- Phòng Tài chính - Kế hoạch huyện;
- TT Đảng ủy, HĐND, UBND, UBMTTQVN xã;
- Đại biểu HĐND xã;
- Lưu: VT.
CHỦ TỊCH
Hồ Văn Thanh
""", officials=25,
right=[("sum", ["4.210", "6.870", "1.400"], "12.480"),
       ("sum", ["2.150", "9.980", 350], "12.480"),
       ("pct", "9.980", "12.480", "80,0"), ("pct", 350, "12.480", "2,8"),
       ("prod", "1.800", "0,1", 180), ("pct", 23, 25, "92,0"), ("gt", 23 * 2, 25),
       ("le", "6.120", "9.980")],
planted=[
    P("percent-mismatch", "chiếm 18,2% tổng chi", "18,2",
      "2.150/12.480 = 17,2%, not 18,2% (the three shares then total 101,0%)",
      ("pct", "2.150", "12.480", "18,2")),
    P("part-exceeds-whole", "chi sự nghiệp giáo dục 10.250 triệu đồng", "10.250",
      "education spending is listed inside chi thường xuyên (9.980 triệu đồng) but is larger than it",
      ("le", "10.250", "9.980")),
    P("derived-mismatch", "còn lại 1.640 triệu đồng", "1.640",
      "1.800 − 180 = 1.620 triệu đồng remaining, not 1.640",
      ("diff", "1.800", 180, "1.640")),
])

# ---------------------------------------------------------------- tin20 (clean)
doc("tin20_daihoi_hoinongdan_clean", "tin_hoi_nghi", """
Tin tức - Sự kiện » Mặt trận, đoàn thể
Đăng ngày: 26/05/2023 | Tác giả: Quang Vinh | Lượt xem: 412
Đại hội đại biểu Hội Nông dân xã Quảng Phú lần thứ XI, nhiệm kỳ 2023 - 2028
Ngày 25/5/2023, Hội Nông dân xã Quảng Phú tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028. Dự đại hội có 98 đại biểu chính thức, đại diện cho 2.136 hội viên của 12 chi hội.
Báo cáo chính trị tại Đại hội nêu rõ: nhiệm kỳ 2018 - 2023, các cấp Hội kết nạp mới 412 hội viên, nâng tổng số hội viên lên 2.136 người, bằng 78,6% số hộ sản xuất nông nghiệp trên địa bàn (2.718 hộ). Có 1.124 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó 38 hộ đạt cấp tỉnh. Quỹ Hỗ trợ nông dân của xã đạt 1,85 tỷ đồng, tăng 0,62 tỷ đồng so với đầu nhiệm kỳ (1,23 tỷ đồng), giúp 76 lượt hộ vay vốn phát triển sản xuất. Hội phối hợp Ngân hàng Chính sách xã hội quản lý 9 tổ tiết kiệm và vay vốn với dư nợ 28,4 tỷ đồng.
Trong nhiệm kỳ, Hội đã phối hợp xây dựng 3 mô hình liên kết trồng lúa hữu cơ với diện tích 45 ha, bình quân 15 ha/mô hình; chi hội thôn Đông đạt tỷ lệ tập hợp hội viên 86%, chi hội thôn Tây đạt 71%.
Nhiệm kỳ 2023 - 2028, Hội Nông dân xã phấn đấu kết nạp mới từ 300 hội viên trở lên; hằng năm có từ 55% hộ hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi; Quỹ Hỗ trợ nông dân tăng bình quân 10% mỗi năm.
Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Đảng ủy xã ghi nhận kết quả Hội đạt được, đề nghị Hội tiếp tục đổi mới phương thức hoạt động, hướng về chi hội, tổ hội.
Đại hội đã bầu Ban Chấp hành Hội Nông dân xã khóa XI gồm 15 đồng chí; bầu 7 đại biểu chính thức đi dự Đại hội đại biểu Hội Nông dân huyện lần thứ XI. Đồng chí Nguyễn Văn Thịnh tái đắc cử Chủ tịch Hội Nông dân xã nhiệm kỳ 2023 - 2028.
Quang Vinh
Bình luận (0) | Gửi bài viết cho bạn bè | Quay lại
Các tin đã đưa:
- Xã Quảng Phú ra quân xây dựng nông thôn mới năm 2023 (10/05/2023)
- Hội Cựu chiến binh xã tổng kết công tác năm 2022 (28/12/2022)
Trang thông tin điện tử xã Quảng Phú. Chịu trách nhiệm nội dung: Chủ tịch UBND xã.
""", officials=None,
right=[("pct", "2.136", "2.718", "78,6"), ("le", 38, "1.124"),
       ("diff", "1,85", "1,23", "0,62"), ("ratio", 45, 3, "15")],
planted=[])
