from common import add, p, n

# N1 Nghị quyết HĐND xã dự toán ngân sách 2026
add("nq01_hdnd_dutoan_phuocloc", "nghi_quyet", f"""
HỘI ĐỒNG NHÂN DÂN
XÃ PHƯỚC LỘC
Số: 19/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Lộc, ngày 19 tháng 12 năm 2025
NGHỊ QUYẾT
Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương và phân bổ ngân sách xã năm 2026
HỘI ĐỒNG NHÂN DÂN XÃ PHƯỚC LỘC
KHÓA XII, KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 và các văn bản sửa đổi, bổ sung;
Căn cứ Quyết định số 2314/QĐ-UBND ngày 10 tháng 12 năm 2025 của UBND tỉnh Lâm Đồng về giao dự toán ngân sách năm 2026;
Xét Tờ trình số 212/TTr-UBND ngày 12 tháng 12 năm 2025 của UBND xã; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND xã và ý kiến thảo luận của đại biểu HĐND xã tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Phê chuẩn dự toán ngân sách năm 2026 như sau:
1. Tổng thu ngân sách nhà nước trên địa bàn: 18,46 tỷ đồng, gồm: thu thuế, phí, lệ phí 6,12 tỷ đồng; thu tiền sử dụng đất 9,80 tỷ đồng; thu khác 2,44 tỷ đồng.
2. Tổng thu ngân sách xã: 42,37 tỷ đồng, gồm: thu ngân sách xã được hưởng theo phân cấp 11,58 tỷ đồng; thu bổ sung từ ngân sách cấp tỉnh 30,79 tỷ đồng (bổ sung cân đối 24,16 tỷ đồng, bổ sung có mục tiêu 6,63 tỷ đồng).
3. Tổng chi ngân sách xã: 42,37 tỷ đồng, tăng 2,36 tỷ đồng so với dự toán năm 2025 (40,21 tỷ đồng), gồm:
a) Chi đầu tư phát triển: 10,20 tỷ đồng, chiếm 25,1% tổng chi;
b) Chi thường xuyên: 31,32 tỷ đồng, chiếm {p(31.32,42.37)} tổng chi; trong đó chi sự nghiệp giáo dục 14,86 tỷ đồng, chi quản lý nhà nước, Đảng, đoàn thể 9,47 tỷ đồng;
c) Dự phòng ngân sách: 0,85 tỷ đồng, bằng {p(0.85,42.37)} tổng chi.
Điều 2. Giải pháp thực hiện
1. Phấn đấu thu ngân sách trên địa bàn vượt dự toán tối thiểu 5%; tập trung đấu giá 6 lô đất tại khu dân cư Lộc Thành với giá khởi điểm bình quân 1,55 tỷ đồng/lô (tổng 9,30 tỷ đồng).
2. Thực hiện tiết kiệm 10% chi thường xuyên tăng thêm để tạo nguồn cải cách tiền lương.
3. Ưu tiên vốn đầu tư cho 4 công trình: trường mẫu giáo Lộc Thành, đường Phước Lộc 5, kè suối Đạ Mí và nhà văn hóa thôn 7.
Điều 3. Tổ chức thực hiện
1. Giao UBND xã tổ chức thực hiện Nghị quyết; trong quá trình điều hành, nếu có phát sinh, UBND xã thống nhất với Thường trực HĐND xã xử lý và báo cáo HĐND xã tại kỳ họp gần nhất.
2. Thường trực HĐND, các Ban HĐND, các tổ đại biểu và đại biểu HĐND xã giám sát việc thực hiện Nghị quyết.
Nghị quyết này đã được HĐND xã Phước Lộc khóa XII, kỳ họp thứ ba thông qua ngày 19 tháng 12 năm 2025 và có hiệu lực kể từ ngày thông qua./.
Nơi nhận:                                              CHỦ TỊCH
- TT HĐND, UBND tỉnh;                                  K'Brơi
- Đảng ủy xã;
- Đại biểu HĐND xã;
- Lưu: VT.
""", [
 ("sum-mismatch", "thu khác 2,44 tỷ đồng", "6,12 + 9,80 + 2,44 = 18,36 tỷ đồng, không bằng tổng 18,46 tỷ đồng."),
 ("derived-mismatch", "tăng 2,36 tỷ đồng", "42,37 - 40,21 = 2,16 tỷ đồng, không phải 2,36 tỷ đồng."),
 ("percent-mismatch", "chiếm 25,1% tổng chi", "10,20/42,37 = 24,1%, không phải 25,1%."),
])

# N2 Kết luận Ban Thường vụ Đảng ủy (clean)
add("nq02_ketluan_btv_binhminh", "nghi_quyet", f"""
ĐẢNG BỘ TỈNH TUYÊN QUANG
ĐẢNG ỦY XÃ BÌNH MINH
*
Số 18-KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Minh, ngày 08 tháng 10 năm 2025
KẾT LUẬN
của Ban Thường vụ Đảng ủy về tình hình thực hiện nhiệm vụ 9 tháng, nhiệm vụ trọng tâm 3 tháng cuối năm 2025
Ngày 06/10/2025, Ban Thường vụ Đảng ủy xã họp nghe báo cáo tình hình thực hiện nhiệm vụ 9 tháng năm 2025. Sau khi thảo luận, Ban Thường vụ Đảng ủy kết luận như sau:
1. Đánh giá chung
9 tháng năm 2025, trong điều kiện vừa sắp xếp đơn vị hành chính, vận hành chính quyền địa phương 2 cấp từ ngày 01/7/2025, các cấp ủy, chính quyền đã nỗ lực hoàn thành nhiều chỉ tiêu. Tổng thu ngân sách trên địa bàn 9 tháng đạt 4,86 tỷ đồng, bằng {p(4.86,6.4)} dự toán năm (6,4 tỷ đồng). Diện tích trồng rừng mới 9 tháng 318 ha, đạt {p(318,300)} kế hoạch năm (300 ha), vượt 18 ha. Sản lượng chè búp tươi ước 7.920 tấn, bằng {p(7920,10500)} kế hoạch năm.
Toàn xã có 3.906 hộ với 15.224 nhân khẩu; tỷ lệ hộ nghèo ước còn 9,86% (385 hộ), giảm 1,42 điểm phần trăm so với cuối năm 2024. Đã hỗ trợ xóa 62/62 nhà tạm, nhà dột nát, hoàn thành trước ngày 31/8/2025.
Công tác xây dựng Đảng: 9 tháng kết nạp 14 đảng viên, bằng {p(14,24)} chỉ tiêu năm (24 đảng viên); 100% chi bộ tổ chức sinh hoạt theo hướng dẫn mới. Đảng bộ hiện có 37 chi bộ trực thuộc với 1.048 đảng viên.
2. Hạn chế
Tiến độ giải ngân vốn đầu tư công mới đạt 11,2 tỷ đồng/19,6 tỷ đồng, bằng {p(11.2,19.6)} kế hoạch; 2 công trình chậm giải phóng mặt bằng. Một số chi bộ thôn sau sáp nhập chưa ổn định nền nếp sinh hoạt; 5 chi bộ kết nạp đảng viên chưa đạt tiến độ.
3. Nhiệm vụ trọng tâm 3 tháng cuối năm
Ban Thường vụ yêu cầu tập trung 4 nhiệm vụ: (1) đẩy nhanh giải ngân, phấn đấu đạt trên 95% kế hoạch vốn; (2) hoàn thành thu ngân sách đạt và vượt dự toán; (3) chỉ đạo kết nạp 10 đảng viên còn lại để hoàn thành chỉ tiêu năm; (4) chuẩn bị tốt kiểm điểm, đánh giá, xếp loại chất lượng năm 2025.
Giao Văn phòng Đảng ủy theo dõi, đôn đốc; UBND xã báo cáo kết quả giải ngân định kỳ hằng tuần về Thường trực Đảng ủy.
Nơi nhận:                                              T/M BAN THƯỜNG VỤ
- Ban Thường vụ Tỉnh ủy (b/c),                         BÍ THƯ
- Các đồng chí Đảng ủy viên,                            Ma Văn Thuận
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
""", [])
