DOC5 = ("doc05.txt", """ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG ỦY XÃ HÒA BÌNH
*
Số 05-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 08 tháng 01 năm 2026
NGHỊ QUYẾT
hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6 về nhiệm vụ công tác xây dựng Đảng năm 2026
Ngày 07/01/2026, Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025-2030 họp hội nghị lần thứ 6. Dự hội nghị có 27/29 đồng chí ủy viên Ban Chấp hành; 2 đồng chí vắng có lý do. Trên cơ sở thảo luận, Hội nghị quyết nghị:
I- ĐÁNH GIÁ KẾT QUẢ NĂM 2025
1- Kết nạp 46 đảng viên, đạt 115% chỉ tiêu (40 đảng viên), bằng 3,2% tổng số đảng viên đầu năm (1.438 đồng chí). Trong số đảng viên mới có 21 đồng chí nữ, 37 đồng chí là đoàn viên, 8 đồng chí là người dân tộc thiểu số và 2 đồng chí là người có đạo.
2- Đến 31/12/2025, Đảng bộ có 1.466 đảng viên (đầu năm 1.438; kết nạp 46, chuyển đến 19; chuyển đi 23, từ trần 11, xóa tên và khai trừ 3).
3- Đánh giá, xếp loại 1.352 đảng viên (không tính 114 đảng viên được miễn đánh giá hoặc mới kết nạp chưa đủ 6 tháng): hoàn thành xuất sắc nhiệm vụ 203 đồng chí, hoàn thành tốt nhiệm vụ 1.021 đồng chí, hoàn thành nhiệm vụ 119 đồng chí, không hoàn thành nhiệm vụ 9 đồng chí. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 90,5%; số xuất sắc bằng 16,6% số hoàn thành tốt nhiệm vụ trở lên, bảo đảm không quá 20%.
4- Xếp loại 46 tổ chức đảng trực thuộc (44 chi bộ, 2 đảng bộ bộ phận): hoàn thành xuất sắc nhiệm vụ 8, hoàn thành tốt nhiệm vụ 33, hoàn thành nhiệm vụ 4, không hoàn thành nhiệm vụ 1; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 89,1%, chưa đạt chỉ tiêu nghị quyết (từ 90% trở lên).
5- Tỷ lệ đảng viên dự sinh hoạt chi bộ bình quân năm đạt 88,6%, cao hơn mức 85% của tiêu chí đánh giá chất lượng sinh hoạt.
II- CHỈ TIÊU, NHIỆM VỤ NĂM 2026
1- Kết nạp từ 45 đảng viên trở lên, tương ứng khoảng 3,1% số đảng viên đầu năm 2026 (1.466 đồng chí), không thấp hơn mức 3% Tỉnh ủy giao; phấn đấu trong số đảng viên mới có từ 20 đồng chí nữ, từ 35 đồng chí là đoàn viên và từ 8 đồng chí là người dân tộc thiểu số (một đảng viên có thể thuộc nhiều nhóm).
2- Tỷ lệ đảng viên và tổ chức đảng hoàn thành tốt nhiệm vụ trở lên đều đạt từ 90% trở lên; số hoàn thành xuất sắc nhiệm vụ không quá 20% số hoàn thành tốt nhiệm vụ trở lên.
3- Ban Thường vụ Đảng ủy kiểm tra ít nhất 1/3 số chi bộ trực thuộc, tức từ 15 chi bộ trở lên; 100% chi bộ sinh hoạt chuyên đề ít nhất mỗi quý 1 lần.
III- TỔ CHỨC THỰC HIỆN
Giao Ban Thường vụ Đảng ủy cụ thể hóa nghị quyết thành kế hoạch, phân công đảng ủy viên phụ trách từng chỉ tiêu; Ban Xây dựng Đảng theo dõi, tổng hợp kết quả, báo cáo định kỳ hằng quý.
Nghị quyết được Hội nghị thông qua với 27/27 đồng chí có mặt tán thành, bằng 93,1% tổng số ủy viên Ban Chấp hành.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các đồng chí Đảng ủy viên,
- Các chi bộ, đảng bộ bộ phận,
- Lưu Văn phòng Đảng ủy.
T/M BAN CHẤP HÀNH
BÍ THƯ
Trần Quốc Vinh""".split("\n"), [
("sum","29","27","2"),("pct","46","40","115"),("pct","46","1.438","3,2"),
("le","21","46"),("le","37","46"),("le","8","46"),("le","2","46"),
("sum","=1503","1.438","46","19"),("sum","=1503","1.466","23","11","3"),
("dif","1.466","114","1.352"),("sum","1.352","203","1.021","119","9"),("pct","=1224","1.352","90,5"),("sum","=1224","203","1.021"),
("pct","203","=1224","16,6"),("fle","203","=1224","20","=100"),
("sum","46","44","2"),("sum","46","8","33","4","1"),("pct","=41","46","89,1"),("sum","=41","8","33"),("lt","89,1","90"),
("gt","88,6","85"),
("pct","45","1.466","3,1"),("fge","45","1.466","3","=100"),
("fge","15","44","1","3"),("flt","=14","44","1","3"),
("pct","27","29","93,1"),("fgt","27","29","=1","=2"),
])
