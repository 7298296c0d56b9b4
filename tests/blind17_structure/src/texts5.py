T = {}
T["nq01_cb_t11_2025"] = """ĐẢNG BỘ XÃ PHÚ LƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN ĐỒNG TÂM
*    Phú Lương, ngày 10 tháng 11 năm 2025
Số 11-NQ/CB
NGHỊ QUYẾT
Sinh hoạt chi bộ tháng 11 năm 2025
Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
Căn cứ Chương trình công tác năm 2025 của Đảng ủy xã Phú Lương;
Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 10/11/2025,
CHI BỘ THÔN ĐỒNG TÂM QUYẾT NGHỊ
I. ĐÁNH GIÁ KẾT QUẢ THÁNG 10
Chi bộ đã lãnh đạo thu hoạch xong 64 ha lúa mùa, năng suất 58 tạ/ha; hoàn thành bê tông hóa 420 m đường ngõ xóm với 186 ngày công Nhân dân đóng góp. Thu quỹ quốc phòng - an ninh được 21,6 triệu đồng, đạt 90% kế hoạch năm (24 triệu đồng). Đảng viên chấp hành tốt chủ trương của Đảng, pháp luật của Nhà nước.
Hạn chế: vẫn còn 3 hộ chưa ký cam kết không đốt rơm rạ.
II. NHIỆM VỤ THÁNG 11
1. Triển khai kế hoạch sản xuất vụ Đông, phấn đấu gieo trồng 25 ha ngô và rau màu các loại.
2. Chi ủy chỉ đạo Ban Công tác Mặt trận tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại nhà văn hóa thôn vào ngày 16/11/2025.
3. Đồng chí Hứa Văn Bình (Trưởng thôn) vận động 3 hộ còn lại ký cam kết, hoàn thành trước ngày 20/11/2025.
4. Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025; mỗi đảng viên hoàn thành bản tự kiểm điểm trước ngày 05/12/2025.
5. Đoàn Thanh niên thôn giới thiệu ít nhất 01 đoàn viên ưu tú để chi bộ bồi dưỡng, tạo nguồn phát triển đảng.
III. TỔ CHỨC THỰC HIỆN
Chi ủy phân công đảng viên phụ trách từng nhóm hộ; đồng chí Phó Bí thư theo dõi, đôn đốc, báo cáo kết quả tại kỳ sinh hoạt tháng 12.
Nghị quyết được 100% đảng viên có mặt (22/22 đồng chí) biểu quyết thông qua.
T/M CHI BỘ
BÍ THƯ
Ma Thị Hồng
"""
T["nq02_du_xa_bch_lan3_2025"] = """ĐẢNG BỘ TỈNH LẠNG SƠN\tĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH ĐẢNG BỘ XÃ NA SẦM\t
*\tNa Sầm, ngày 30 tháng 9 năm 2025
Số 07-NQ/ĐU\t
NGHỊ QUYẾT
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (khóa I)
về nhiệm vụ trọng tâm quý IV năm 2025
Ngày 29/9/2025, Ban Chấp hành Đảng bộ xã Na Sầm khóa I, nhiệm kỳ 2025 - 2030 họp Hội nghị lần thứ 3, dưới sự chủ trì của đồng chí Hoàng Văn Khiêm, Bí thư Đảng ủy xã. Hội nghị đã thảo luận, đánh giá kết quả 9 tháng và thống nhất nhiệm vụ quý IV. Có 26/27 đồng chí Ủy viên Ban Chấp hành dự.
BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT NGHỊ:
1. Tán thành báo cáo kết quả 9 tháng: thu ngân sách trên địa bàn đạt 31,2 tỷ đồng/dự toán năm 36 tỷ đồng; kết nạp 16 đảng viên, chỉ tiêu năm 22 đảng viên; trồng rừng 246 ha, vượt kế hoạch năm (220 ha).
2. Mục tiêu quý IV: hoàn thành dự toán thu ngân sách năm; kết nạp ít nhất 6 đảng viên; tỷ lệ tham gia BHYT đạt 96% trở lên.
3. Nhiệm vụ, giải pháp:
- Ủy ban nhân dân xã tập trung thu thuế tại cửa khẩu phụ, khu chợ biên giới; hoàn thành trước ngày 15/12/2025.
- Ban Xây dựng Đảng hướng dẫn các chi bộ thôn hoàn thiện hồ sơ kết nạp đảng viên trong tháng 10/2025.
- Đảng ủy Quân sự và Công an xã phối hợp Đồn Biên phòng tuần tra, kiểm soát đường mòn, lối mở.
4. Hội nghị biểu quyết: 26/26 đồng chí có mặt tán thành thông qua Nghị quyết.
Các chi bộ, cơ quan, đơn vị căn cứ Nghị quyết này tổ chức thực hiện; Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ.
Nơi nhận:\tT/M BAN CHẤP HÀNH
- Ban Thường vụ Tỉnh ủy (b/c),\tBÍ THƯ
- Đảng ủy viên,\t
- Các chi bộ trực thuộc,\t
- Lưu VPĐU.\tHoàng Văn Khiêm
"""
T["kl03_btv_du_phuong_2026"] = """ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN
*
Số 45-KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Thủy Nguyên, ngày 14 tháng 02 năm 2026
KẾT LUẬN
của Ban Thường vụ Đảng ủy phường về tình hình thực hiện nhiệm vụ tháng 01 và công tác chuẩn bị bầu cử
Ngày 12/02/2026, Ban Thường vụ Đảng ủy phường họp dưới sự chủ trì của đồng chí Bùi Thanh Tùng, Bí thư Đảng ủy phường, nghe Văn phòng Đảng ủy báo cáo kết quả tháng 01/2026 và Ủy ban bầu cử phường báo cáo tiến độ chuẩn bị bầu cử. Sau khi thảo luận, Ban Thường vụ kết luận như sau:
1. Tháng 01/2026, các cơ quan, đơn vị đã chăm lo Tết Nguyên đán Bính Ngọ chu đáo, trao 2.318 suất quà với tổng trị giá 1,62 tỷ đồng. Thu ngân sách tháng 01 đạt 38,4 tỷ đồng, bằng 9,6% dự toán năm (400 tỷ đồng). Giao quân đạt 100% chỉ tiêu (84 thanh niên).
2. Về chuẩn bị bầu cử: đã lập 34 khu vực bỏ phiếu, niêm yết danh sách cử tri đúng thời gian quy định.
3. Nhiệm vụ thời gian tới:
- Giao Đảng ủy Ủy ban nhân dân phường lãnh đạo đẩy nhanh tiến độ giải phóng mặt bằng dự án đường vành đai 1, bàn giao mặt bằng cho chủ đầu tư trước ngày 31/3/2026.
- Ủy ban bầu cử phường kiểm tra công tác chuẩn bị tại 34 khu vực bỏ phiếu, hoàn thành trước ngày 28/02/2026.
- Giao Ban Tuyên giáo và Dân vận Đảng ủy phường đẩy mạnh tuyên truyền về cuộc bầu cử trên hệ thống loa truyền thanh và các nền tảng số.
- Các chi bộ khu dân cư phân công đảng viên nắm tình hình dư luận, báo cáo Đảng ủy trước ngày 05/3/2026.
Ban Thường vụ yêu cầu các chi bộ, cơ quan, đơn vị nghiêm túc triển khai thực hiện.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Vũ Thị Ngân
Nơi nhận:
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,
- Lưu VPĐU.
"""
