# -*- coding: utf-8 -*-
D = {}
D["bb04_daihoi_chibo_thcs_2025"] = ("bien_ban", """ĐẢNG BỘ XÃ YÊN LẠC\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS YÊN LẠC
*
BIÊN BẢN
ĐẠI HỘI CHI BỘ TRƯỜNG THCS YÊN LẠC LẦN THỨ VIII, NHIỆM KỲ 2025-2030
Đại hội khai mạc lúc 7 giờ 30 phút ngày 12 tháng 3 năm 2025 tại phòng hội đồng nhà trường.
Đại biểu cấp trên: đồng chí Hà Văn Toản, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy xã.
Chi bộ có 24 đảng viên (chính thức 22, dự bị 02). Có mặt 23 đồng chí; vắng 01 đồng chí chính thức có lý do: Phạm Thị Ngân (nghỉ chế độ thai sản).
Đoàn Chủ tịch gồm 03 đồng chí: Nguyễn Văn Hào, Trần Thị Lụa, Đỗ Minh Khôi. Thư ký Đại hội: đồng chí Vũ Thị Thanh Mai. Ban kiểm phiếu gồm 03 đồng chí: Lê Thu Hằng (Trưởng ban), Bùi Văn Chiến.
I. BÁO CÁO CHÍNH TRỊ (đồng chí Nguyễn Văn Hào trình bày)
Nhiệm kỳ 2020-2025, nhà trường duy trì 18 lớp; năm học 2024-2025 có 612 học sinh. Tỷ lệ học sinh lên lớp thẳng 604/612, đạt 98,7%; tốt nghiệp THCS 148/148 em (100%). Đội ngũ có 41 cán bộ, giáo viên, nhân viên, trong đó 34 giáo viên; 100% giáo viên (34/34) đạt chuẩn trở lên, trong đó trên chuẩn 29 đồng chí.
Số đảng viên là giáo viên đang trực tiếp giảng dạy: 26 đồng chí.
Công tác phát triển đảng: kết nạp 05 đảng viên mới, vượt chỉ tiêu Đại hội nhiệm kỳ trước đề ra (04 đảng viên). Hằng năm chi bộ đều được xếp loại hoàn thành tốt nhiệm vụ trở lên; năm 2022 hoàn thành xuất sắc nhiệm vụ.
II. THẢO LUẬN
- Đồng chí Bùi Văn Chiến: đề nghị đưa chỉ tiêu học sinh giỏi cấp tỉnh từ 10 em trở lên mỗi năm vào nghị quyết.
- Đồng chí Vũ Thị Thanh Mai: đề nghị có kế hoạch bồi dưỡng 03 quần chúng ưu tú trong năm 2025.
III. BẦU CỬ
Số lượng chi ủy: 03 đồng chí; danh sách bầu cử: 04 đồng chí. Số đảng viên chính thức tham gia bầu cử: 21; phiếu phát ra 21, thu vào 21, hợp lệ 21.
Kết quả: Nguyễn Văn Hào 21 phiếu (100%); Trần Thị Lụa 19 phiếu (90,5%); Đỗ Minh Khôi 17 phiếu (đạt 80,1%); Lê Thu Hằng 6 phiếu (28,6%).
Ba đồng chí Nguyễn Văn Hào, Trần Thị Lụa, Đỗ Minh Khôi trúng cử chi ủy khóa mới. Chi ủy họp phiên đầu, đề nghị bầu bí thư tại Đại hội; Đại hội bầu đồng chí Nguyễn Văn Hào làm Bí thư chi bộ với 20/21 phiếu (95,2%), đồng chí Trần Thị Lựa làm Phó Bí thư.
Nghị quyết Đại hội được thông qua với 21/21 đảng viên chính thức có mặt tán thành (100%). Đại hội bế mạc lúc 11 giờ 10 phút cùng ngày.
THƯ KÝ ĐẠI HỘI\tT/M ĐOÀN CHỦ TỊCH
Vũ Thị Thanh Mai\tNguyễn Văn Hào
""", [
 ("count-mismatch", "Ban kiểm phiếu gồm 03 đồng chí", "only 2 members are named (Lê Thu Hằng, Bùi Văn Chiến)"),
 ("part-exceeds-whole", "trực tiếp giảng dạy: 26 đồng chí", "the chi bộ has only 24 party members, so 26 party-member teachers exceeds the whole"),
 ("percent-mismatch", "17 phiếu (đạt 80,1%)", "17/21 = 81,0%, not 80,1%"),
 ("name-inconsistent", "Trần Thị Lựa", "the same person is written Trần Thị Lụa elsewhere"),
])

D["bb05_bch_dangbo_so_2022"] = ("bien_ban", """ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
*
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ
về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2022
Thời gian: 14 giờ 00, ngày 23/12/2022. Địa điểm: Phòng họp tầng 3, trụ sở Sở.
Chủ trì: đồng chí Lê Quang Trung, Bí thư Đảng ủy, Giám đốc Sở. Thư ký: đồng chí Nguyễn Thị Bích Thủy, Ủy viên Ban Chấp hành.
Ban Chấp hành có 13 đồng chí; dự 12 đồng chí; vắng 01 đồng chí có lý do: Hoàng Văn Sáu (đi công tác tại Trung ương).
NỘI DUNG
1. Đồng chí Phó Bí thư Đảng ủy báo cáo kết quả kiểm điểm, đánh giá, xếp loại năm 2022:
a) Về tổ chức đảng: Đảng bộ có 09 chi bộ trực thuộc. Kết quả: hoàn thành xuất sắc nhiệm vụ 02 chi bộ; hoàn thành tốt nhiệm vụ 06 chi bộ; hoàn thành nhiệm vụ 02 chi bộ; không có chi bộ không hoàn thành nhiệm vụ.
b) Về đảng viên: Tổng số đảng viên đến ngày 30/11/2022 là 186 đồng chí; số đảng viên được đánh giá, xếp loại 180 đồng chí (06 đồng chí miễn đánh giá do nghỉ hưu chờ chuyển sinh hoạt hoặc ốm dài ngày). Trong đó:
- Hoàn thành xuất sắc nhiệm vụ: 28 đồng chí, chiếm 15,6%;
- Hoàn thành tốt nhiệm vụ: 131 đồng chí, chiếm 72,8%;
- Hoàn thành nhiệm vụ: 18 đồng chí, chiếm 11,0%;
- Không hoàn thành nhiệm vụ: 03 đồng chí, chiếm 1,7%.
c) Công tác phát triển đảng: kết nạp 07 đảng viên, đạt 140% chỉ tiêu (05 đảng viên). Số đảng viên của Đảng bộ tăng từ 179 đồng chí (cuối năm 2021) lên 186 đồng chí, tăng 9 đồng chí.
2. Thảo luận:
- Đồng chí Trần Minh Khoa đề nghị xem xét lại mức xếp loại của 01 chi bộ có đảng viên vi phạm.
- Đồng chí Nguyễn Thị Bích Thủy đề nghị rà soát kỹ tiêu chí hoàn thành xuất sắc nhiệm vụ đối với đảng viên giữ chức vụ lãnh đạo, quản lý.
3. Kết luận: Ban Chấp hành thống nhất kết quả xếp loại nêu trên; giao Ban Thường vụ hoàn thiện hồ sơ, báo cáo Đảng ủy Khối trước ngày 10/01/2023.
Biểu quyết: 12/12 đồng chí có mặt tán thành (100%).
Hội nghị kết thúc lúc 16 giờ 45 phút cùng ngày.
THƯ KÝ\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Nguyễn Thị Bích Thủy\tLê Quang Trung
""", [
 ("sum-mismatch", "hoàn thành nhiệm vụ 02 chi bộ", "2 + 6 + 2 + 0 = 10 chi bộ, but the Đảng bộ has 09; this level should be 01"),
 ("percent-mismatch", "18 đồng chí, chiếm 11,0%", "18/180 = 10,0%, not 11,0% (shares then add to 101,1%)"),
 ("derived-mismatch", "tăng 9 đồng chí", "186 − 179 = 7, not 9"),
])
