# -*- coding: utf-8 -*-
D = {}
D["tin19_tinhuy_soket_6thang_2021"] = ("tin_hoi_nghi", """Tỉnh ủy Lạng Sơn sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2021
Ngày 08/7/2021, Tỉnh ủy Lạng Sơn tổ chức hội nghị trực tuyến sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 tại điểm cầu Tỉnh ủy và 11 điểm cầu huyện, thành phố. Đồng chí Nguyễn Hữu Đông, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, 6 tháng đầu năm, các cấp ủy đã tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho trên 62.000 cán bộ, đảng viên, đạt 97,8% tổng số đảng viên trong Đảng bộ tỉnh.
Công tác phát triển đảng viên được chú trọng: toàn Đảng bộ kết nạp 1.312 đảng viên, đạt 52,5% kế hoạch năm (2.500 đảng viên), hoàn thành chỉ tiêu năm Tỉnh ủy giao. Có 215/226 tổ chức cơ sở đảng kết nạp được đảng viên.
Công tác kiểm tra, giám sát được tăng cường. Cấp ủy và Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 27 đảng viên, gồm: khiển trách 15 đồng chí, cảnh cáo 8 đồng chí, cách chức 1 đồng chí, khai trừ 4 đồng chí. Thi hành kỷ luật 2 tổ chức đảng bằng hình thức khiển trách.
Về công tác cán bộ, Ban Thường vụ Tỉnh ủy đã điều động, luân chuyển, bổ nhiệm 34 lượt cán bộ thuộc diện quản lý, trong đó có 9 lượt cán bộ nữ. Công tác bảo vệ chính trị nội bộ được thực hiện chặt chẽ, thẩm định tiêu chuẩn chính trị 412 hồ sơ. Các huyện ủy, thành ủy đã hoàn thành sơ kết 3 năm thực hiện chỉ thị của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ.
Công tác tổ chức bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 thành công; tỷ lệ cử tri đi bầu đạt 99,8%.
Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: còn 11 tổ chức cơ sở đảng chưa kết nạp được đảng viên; chất lượng sinh hoạt ở một số chi bộ nông thôn chưa cao.
Kết luận hội nghị, đồng chí Nguyễn Hữu Đồng yêu cầu các cấp ủy tập trung chỉ đạo hoàn thành kết nạp 1.188 đảng viên còn lại của kế hoạch năm; tiếp tục sắp xếp, kiện toàn tổ chức bộ máy; chuẩn bị tốt nội dung Hội nghị Ban Chấp hành Đảng bộ tỉnh giữa năm.
Hoàng Minh
""", [
 ("target-status-mismatch", "hoàn thành chỉ tiêu năm Tỉnh ủy giao", "1.312/2.500 (52,5%) at mid-year: the yearly target is not yet reached; 1.188 still remain"),
 ("sum-mismatch", "thi hành kỷ luật 27 đảng viên", "15 + 8 + 1 + 4 = 28, not 27"),
 ("name-inconsistent", "Nguyễn Hữu Đồng", "the chair is written Nguyễn Hữu Đông earlier"),
])

D["tin20_soyte_tongket_2024"] = ("tin_hoi_nghi", """Ngành Y tế tỉnh Quảng Ngãi triển khai nhiệm vụ năm 2025
(Cổng TTĐT) – Sáng 10/01/2025, Sở Y tế tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác y tế năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Theo báo cáo, năm 2024 toàn ngành đã khám bệnh cho 1.286.400 lượt người, vượt 8,2% kế hoạch (1.200.000 lượt). Số lượt điều trị nội trú đạt 96.420 lượt, tăng 5,3% so với năm 2023 (91.570 lượt). Công suất sử dụng giường bệnh tại các bệnh viện tuyến tỉnh bình quân 92%.
Công tác y tế cơ sở tiếp tục được củng cố. Toàn tỉnh có 142 trạm y tế xã, phường, thị trấn, trong đó 148 trạm có bác sĩ làm việc; 128 trạm đạt Bộ tiêu chí quốc gia về y tế xã.
Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97,6%; tỷ lệ người dân tham gia bảo hiểm y tế 93,1%. Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 17,9%.
Công tác phòng, chống dịch bệnh được chủ động; năm 2024 toàn tỉnh ghi nhận 1.842 ca sốt xuất huyết, giảm 37,4% so với năm 2023 (2.943 ca), không có ca tử vong. Toàn ngành hiện có 5.460 công chức, viên chức và người lao động, trong đó 1.326 bác sĩ, chiếm 24,3%.
Trong năm có 3 bệnh viện được nâng hạng hoặc công nhận đạt mức chất lượng cao hơn, gồm: Bệnh viện Đa khoa khu vực Đặng Thùy Trâm và Bệnh viện Y dược cổ truyền tỉnh. Ngành triển khai 46 kỹ thuật mới, trong đó 12 kỹ thuật thuộc tuyến trung ương.
Tổng chi thường xuyên của ngành năm 2024 là 1.148 tỷ đồng, đạt 96,2% dự toán (1.193 tỷ đồng). Ngành đã tiếp nhận 27 bác sĩ mới, trong đó 15 bác sĩ về công tác tại tuyến huyện, xã.
Năm 2025, ngành y tế phấn đấu đạt 33 giường bệnh/vạn dân, 11 bác sĩ/vạn dân; tỷ lệ bao phủ bảo hiểm y tế từ 94% trở lên; hoàn thành chuyển đổi bệnh án điện tử ở 100% bệnh viện công lập trước ngày 30/9/2025.
Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những kết quả ngành y tế đạt được, đồng thời đề nghị quan tâm thu hút nguồn nhân lực, nhất là bác sĩ về công tác tại các huyện miền núi.
Thanh Thủy
""", [
 ("derived-mismatch", "vượt 8,2% kế hoạch", "1.286.400/1.200.000 = 107,2%, i.e. 7,2% above plan, not 8,2%"),
 ("part-exceeds-whole", "trong đó 148 trạm có bác sĩ", "148 stations with a doctor exceeds the 142 stations in total"),
 ("count-mismatch", "có 3 bệnh viện được nâng hạng", "only 2 hospitals are named"),
])
