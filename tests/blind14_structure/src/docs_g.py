T["bc05_so_y_te_ha_tinh_quy3_2024"] = """
UBND TỈNH HÀ TĨNH
SỞ Y TẾ
Số: 2875/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 04 tháng 10 năm 2024
BÁO CÁO
Kết quả công tác y tế quý III và 9 tháng năm 2024; nhiệm vụ trọng tâm quý IV năm 2024
Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh.
I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chuyên môn
- Tỷ lệ dân số tham gia bảo hiểm y tế đến 30/9/2024 đạt 93,4%; chỉ tiêu Nghị quyết HĐND tỉnh năm 2024 là 94%.
- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 17,9% (kế hoạch năm: dưới 18,5%).
- Số giường bệnh/vạn dân: 33,5 giường, vượt kế hoạch 32 giường.
- Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi: 9 tháng đạt 12.186/16.500 trẻ, bằng 73,85% kế hoạch năm.
- Quý III có 3/4 trạm y tế xã dự kiến đạt Bộ tiêu chí quốc gia về y tế xã được công nhận, chưa đạt kế hoạch quý (4 trạm).
2. Công tác phòng, chống dịch bệnh
Ghi nhận 412 ca sốt xuất huyết, tăng 36 ca so với cùng kỳ; không có tử vong. Không ghi nhận bệnh dịch nguy hiểm mới nổi; các bệnh viện duy trì khám, chữa bệnh ngoài giờ hành chính.
3. Tồn tại
Thiếu thuốc, vật tư y tế cục bộ tại một số bệnh viện tuyến huyện; tỷ lệ tham gia bảo hiểm y tế hộ gia đình giảm ở các xã vùng biển. Nguồn nhân lực bác sĩ tại tuyến xã còn thiếu, 14 trạm y tế chưa có bác sĩ làm việc thường xuyên; một số hạng mục đầu tư cơ sở vật chất từ nguồn Chương trình phục hồi kinh tế chậm tiến độ do vướng mặt bằng và điều chỉnh thiết kế.
II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024
1. Phòng Nghiệp vụ Dược hướng dẫn các bệnh viện hoàn thành đấu thầu thuốc năm 2025 trước ngày 15/11/2024.
2. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì chiến dịch diệt bọ gậy tại 25 xã có ổ dịch sốt xuất huyết, thực hiện trong tháng 10/2024.
3. Phối hợp Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế, phấn đấu đạt chỉ tiêu 94% vào cuối năm.
4. Các trung tâm y tế hoàn thiện hồ sơ trạm y tế xã đạt Bộ tiêu chí quốc gia, gửi Sở Y tế trước ngày 30/11/2024.
Nơi nhận:	KT. GIÁM ĐỐC
- Như trên;	PHÓ GIÁM ĐỐC
- Bộ Y tế (b/c);	
- Giám đốc, các PGĐ Sở;	
- Lưu: VT, NVY.	Đặng Thị Hồng Nhung
"""
GOLD["bc05_so_y_te_ha_tinh_quy3_2024"] = doc(
    "bao_cao", "SỞ Y TẾ", "UBND TỈNH HÀ TĨNH", "2875/BC-SYT", "Hà Tĩnh", "2024-10-04",
    "Kết quả công tác y tế quý III và 9 tháng năm 2024; nhiệm vụ trọng tâm quý IV năm 2024",
    None, None, [],
    [tg("Tỷ lệ dân số tham gia bảo hiểm y tế", 94, 93.4, "%", "năm 2024", "tiến độ"),
     tg("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", 18.5, 17.9, "%", "năm 2024", "đạt"),
     tg("Số giường bệnh/vạn dân", 32, 33.5, "giường", "năm 2024", "vượt"),
     tg("Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", 16500, 12186, "trẻ", "năm 2024", "tiến độ"),
     tg("trạm y tế xã", 4, 3, "trạm", "quý III", "chưa đạt"),
     tg("phấn đấu đạt chỉ tiêu 94%", 94, None, "%", "cuối năm", None)],
    [tk("hướng dẫn các bệnh viện hoàn thành đấu thầu thuốc năm 2025", "Phòng Nghiệp vụ Dược", "trước ngày 15/11/2024"),
     tk("chủ trì chiến dịch diệt bọ gậy tại 25 xã có ổ dịch sốt xuất huyết", "Trung tâm Kiểm soát bệnh tật tỉnh", "trong tháng 10/2024"),
     tk("Phối hợp Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế", None, "vào cuối năm"),
     tk("hoàn thiện hồ sơ trạm y tế xã đạt Bộ tiêu chí quốc gia, gửi Sở Y tế", "Các trung tâm y tế", "trước ngày 30/11/2024")],
    [sg("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Thị Hồng Nhung")],
    ["Như trên", "Bộ Y tế (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, NVY"],
    ["93,4%", "17,9%", "33,5 giường", "12.186/16.500 trẻ, bằng 73,85%", "3/4 trạm y tế xã", "412 ca sốt xuất huyết", "tăng 36 ca"],
    ["2875/BC-SYT", "30/9/2024", "15/11/2024", "30/11/2024", "tháng 10/2024", "25 xã"])
PCT += [("bc05_so_y_te_ha_tinh_quy3_2024", "73,85%", 12186, 16500)]

T["bc06_du_phuong_loc_phat_nam_2023"] = """
ĐẢNG BỘ THÀNH PHỐ BẢO LỘC	ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG LỘC PHÁT	Lộc Phát, ngày 18 tháng 12 năm 2023
*	
Số 96-BC/ĐU	
BÁO CÁO
Tổng kết công tác xây dựng Đảng, lãnh đạo thực hiện nhiệm vụ chính trị năm 2023 và phương hướng nhiệm vụ năm 2024
Năm 2023, Đảng bộ phường có 19 chi bộ trực thuộc với 612 đảng viên. Trong điều kiện giá chè, cà phê biến động, Ban Chấp hành Đảng bộ đã tập trung lãnh đạo, tổ chức thực hiện đạt và vượt 10/12 chỉ tiêu Nghị quyết năm.
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU
TT	Chỉ tiêu	Nghị quyết	Thực hiện	Đánh giá
1	Thu ngân sách trên địa bàn (tỷ đồng)	24	26,3	Vượt
2	Diện tích cà phê tái canh (ha)	120	131	Vượt
3	Tỷ lệ hộ nghèo (%)	dưới 0,5	0,42	Đạt
4	Tỷ lệ khu dân cư văn hóa (%)	90	88,2	Chưa đạt
5	Kết nạp đảng viên mới (người)	25	27	Vượt
6	Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên (%)	85	89,5	Vượt
Ghi chú: số liệu thu ngân sách tính đến ngày 15/12/2023; tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên tính trên 19 chi bộ (17/19 chi bộ).
II. HẠN CHẾ
Tỷ lệ khu dân cư văn hóa chưa đạt do 2 tổ dân phố có người vi phạm pháp luật về ma túy; công tác quản lý trật tự xây dựng ở khu vực giáp ranh còn sơ hở. Một số chi bộ chưa đổi mới nội dung sinh hoạt, tỷ lệ đảng viên dự sinh hoạt có tháng chỉ đạt trên 80%; việc nắm bắt tâm tư, nguyện vọng của Nhân dân có lúc chưa kịp thời, còn để phát sinh đơn thư vượt cấp liên quan đến đất đai.
III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024
1. Chỉ tiêu: thu ngân sách đạt 27 tỷ đồng trở lên; tỷ lệ khu dân cư văn hóa đạt 90%; kết nạp từ 25 đảng viên trở lên.
2. Nhiệm vụ:
- Ủy ban nhân dân phường lập kế hoạch chống thất thu thuế hộ kinh doanh, triển khai từ quý I/2024.
- Ban Chỉ đạo xây dựng đời sống văn hóa phường tập trung giúp 2 tổ dân phố giữ vững danh hiệu.
- Ủy ban Kiểm tra Đảng ủy kiểm tra việc thực hiện nhiệm vụ đảng viên ở 4 chi bộ.
- Các chi bộ khu dân cư tạo nguồn kết nạp đảng viên trong đoàn viên, hội viên trẻ.
Nơi nhận:	T/M ĐẢNG ỦY
- Ban Thường vụ Thành ủy (b/c);	BÍ THƯ
- Các đồng chí Đảng ủy viên;	
- Các chi bộ trực thuộc;	
- Lưu.	Ka Đỉm
"""
GOLD["bc06_du_phuong_loc_phat_nam_2023"] = doc(
    "bao_cao", "ĐẢNG ỦY PHƯỜNG LỘC PHÁT", "ĐẢNG BỘ THÀNH PHỐ BẢO LỘC", "96-BC/ĐU", "Lộc Phát", "2023-12-18",
    "Tổng kết công tác xây dựng Đảng, lãnh đạo thực hiện nhiệm vụ chính trị năm 2023 và phương hướng nhiệm vụ năm 2024",
    None, None, [],
    [tg("Thu ngân sách trên địa bàn", 24, 26.3, "tỷ đồng", "năm 2023", "vượt"),
     tg("Diện tích cà phê tái canh", 120, 131, "ha", "năm 2023", "vượt"),
     tg("Tỷ lệ hộ nghèo", 0.5, 0.42, "%", "năm 2023", "đạt"),
     tg("Tỷ lệ khu dân cư văn hóa", 90, 88.2, "%", "năm 2023", "chưa đạt"),
     tg("Kết nạp đảng viên mới", 25, 27, "người", "năm 2023", "vượt"),
     tg("Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", 85, 89.5, "%", "năm 2023", "vượt"),
     tg("thu ngân sách đạt 27 tỷ đồng trở lên", 27, None, "tỷ đồng", "năm 2024", None),
     tg("tỷ lệ khu dân cư văn hóa đạt 90%", 90, None, "%", "năm 2024", None),
     tg("kết nạp từ 25 đảng viên trở lên", 25, None, "đảng viên", "năm 2024", None)],
    [tk("lập kế hoạch chống thất thu thuế hộ kinh doanh", "Ủy ban nhân dân phường", "từ quý I/2024"),
     tk("tập trung giúp 2 tổ dân phố giữ vững danh hiệu", "Ban Chỉ đạo xây dựng đời sống văn hóa phường", None),
     tk("kiểm tra việc thực hiện nhiệm vụ đảng viên ở 4 chi bộ", "Ủy ban Kiểm tra Đảng ủy", None),
     tk("tạo nguồn kết nạp đảng viên trong đoàn viên, hội viên trẻ", "Các chi bộ khu dân cư", None)],
    [sg("T/M ĐẢNG ỦY", "BÍ THƯ", "Ka Đỉm")],
    ["Ban Thường vụ Thành ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu"],
    ["19 chi bộ", "612 đảng viên", "10/12 chỉ tiêu", "26,3", "131", "0,42", "88,2", "17/19 chi bộ"],
    ["96-BC/ĐU", "quý I/2024", "18 tháng 12 năm 2023", "năm 2024"])
PCT += [("bc06_du_phuong_loc_phat_nam_2023", "89,5", 17, 19)]
