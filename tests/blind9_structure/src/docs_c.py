from common import *

DOCS = []

# 8 ---------------------------------------------------------------- báo cáo quý, đảng ủy xã, 2026 post-merger
DOCS.append(dict(name="bc01_dangbo_xa_quy1_2026", text="""
ĐẢNG BỘ TỈNH LÂM ĐỒNG\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HÒA NINH
*
Số 57-BC/ĐU\tHòa Ninh, ngày 28 tháng 3 năm 2026
BÁO CÁO
kết quả công tác xây dựng Đảng quý I, nhiệm vụ trọng tâm quý II năm 2026
-----
I. KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2026
1. Công tác chính trị, tư tưởng
Ban Thường vụ Đảng ủy chỉ đạo 49 chi bộ trực thuộc tổ chức học tập, quán triệt các văn bản của Trung ương, Tỉnh ủy; 1.284/1.352 đảng viên tham gia, đạt 94,97%. Tình hình tư tưởng cán bộ, đảng viên ổn định, đồng thuận với chủ trương vận hành chính quyền địa phương hai cấp.
2. Công tác tổ chức, xây dựng Đảng
- Có 47/49 chi bộ tổ chức sinh hoạt định kỳ đúng quy định (95,92%); 02 chi bộ ở thôn vùng sâu còn lùi lịch sinh hoạt do mùa thu hoạch cà phê.
- Kết nạp 11 đảng viên mới, đạt 28,95% chỉ tiêu năm (38 đảng viên); chuyển chính thức 9 đồng chí; trao Huy hiệu Đảng cho 17 đồng chí.
- Thu đảng phí quý I được 86.420.000 đồng, nộp cấp trên đúng hạn.
3. Công tác kiểm tra, giám sát
Ủy ban Kiểm tra Đảng ủy kiểm tra 06 tổ chức đảng và 14 đảng viên; giám sát chuyên đề 04 chi bộ; chưa phát hiện vi phạm phải xử lý kỷ luật.
4. Hạn chế
Chất lượng sinh hoạt một số chi bộ chưa cao, nội dung còn dàn trải; tiến độ phát triển đảng viên ở khu vực thôn đồng bào dân tộc thiểu số còn chậm.
II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026
1. Ban Xây dựng Đảng tham mưu mở lớp bồi dưỡng nhận thức về Đảng cho 60 quần chúng ưu tú, hoàn thành trong tháng 5/2026.
2. Ủy ban Kiểm tra Đảng ủy xây dựng kế hoạch giám sát việc thu, nộp, quản lý đảng phí, ban hành trước ngày 15/4/2026.
3. Các chi bộ tổ chức sinh hoạt chuyên đề quý II theo hướng dẫn, báo cáo kết quả về Văn phòng Đảng ủy trước ngày 25/6/2026.
4. Tập trung lãnh đạo công tác phát triển đảng viên, phấn đấu đến 30/6/2026 kết nạp đạt từ 50% chỉ tiêu năm trở lên.
5. Văn phòng Đảng ủy chuẩn bị nội dung Hội nghị sơ kết 6 tháng đầu năm, xong trước ngày 05/7/2026.
Nơi nhận:\tT/M BAN THƯỜNG VỤ
- Ban Tổ chức Tỉnh ủy (b/c);\tPHÓ BÍ THƯ THƯỜNG TRỰC
- Các đồng chí Đảng ủy viên;\t
- Các chi bộ trực thuộc;\t(đã ký)
- Lưu Văn phòng Đảng ủy.\tHoàng Thị Thu Trang
""", gold=G("bao_cao", "ĐẢNG ỦY XÃ HÒA NINH", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "57-BC/ĐU", "Hòa Ninh", "2026-03-28",
    "kết quả công tác xây dựng Đảng quý I, nhiệm vụ trọng tâm quý II năm 2026",
    None, None, [],
    [T("Kết nạp", 38, 11, "đảng viên", "năm 2026", "tiến độ")],
    [K("mở lớp bồi dưỡng nhận thức về Đảng cho 60 quần chúng ưu tú", "Ban Xây dựng Đảng", "trong tháng 5/2026"),
     K("xây dựng kế hoạch giám sát việc thu, nộp, quản lý đảng phí", "Ủy ban Kiểm tra Đảng ủy", "trước ngày 15/4/2026"),
     K("tổ chức sinh hoạt chuyên đề quý II theo hướng dẫn, báo cáo kết quả về Văn phòng Đảng ủy", "Các chi bộ", "trước ngày 25/6/2026"),
     K("Tập trung lãnh đạo công tác phát triển đảng viên, phấn đấu đến 30/6/2026 kết nạp đạt từ 50% chỉ tiêu năm trở lên", None, "đến 30/6/2026"),
     K("chuẩn bị nội dung Hội nghị sơ kết 6 tháng đầu năm", "Văn phòng Đảng ủy", "xong trước ngày 05/7/2026")],
    [S("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Hoàng Thị Thu Trang")],
    ["Ban Tổ chức Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    ["1.284/1.352 đảng viên", "94,97%", "47/49 chi bộ", "(95,92%)", "11 đảng viên mới", "28,95% chỉ tiêu năm", "86.420.000 đồng", "06 tổ chức đảng và 14 đảng viên"],
    ["57-BC/ĐU", "quý II năm 2026", "hai cấp", "60 quần chúng ưu tú"]),
    pct=[(1284, 1352, "94,97%"), (47, 49, "95,92%"), (11, 38, "28,95%")]))

# 9 ---------------------------------------------------------------- báo cáo 6 tháng, UBND xã, 2023 (huyện era)
DOCS.append(dict(name="bc02_ubnd_xa_6thang_2023", text="""
UBND HUYỆN TRIỆU SƠN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ THỌ TIẾN\t\tĐộc lập - Tự do - Hạnh phúc
Số: 98/BC-UBND\t\tThọ Tiến, ngày 20 tháng 6 năm 2023
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2023
Thực hiện Nghị quyết số 35/NQ-HĐND ngày 22/12/2022 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2023, UBND xã báo cáo như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Sản xuất nông nghiệp: diện tích lúa chiêm xuân gieo cấy 1.245/1.260 ha kế hoạch, đạt 98,81%; năng suất bình quân ước đạt 63,5 tạ/ha, vượt kế hoạch (62 tạ/ha); tổng đàn lợn 6.350 con, tăng 2,42% so với cùng kỳ năm 2022 (6.200 con).
2. Thu, chi ngân sách: tổng thu ngân sách trên địa bàn ước thực hiện 5.412 triệu đồng/8.650 triệu đồng dự toán, đạt 62,57%; chi ngân sách 3.870 triệu đồng, bảo đảm chi lương và hoạt động thường xuyên. Giải ngân vốn đầu tư công đạt 54,2% kế hoạch.
3. Văn hóa - xã hội: tỷ lệ hộ nghèo giảm còn 2,84%, đạt chỉ tiêu dưới 3% Nghị quyết HĐND xã giao; tỷ lệ dân số tham gia bảo hiểm y tế 89,6% (kế hoạch năm 92%); 3/3 trường duy trì chuẩn quốc gia.
4. Quốc phòng - an ninh: hoàn thành giao quân 16/16 thanh niên (100%); không để xảy ra điểm nóng về an ninh trật tự.
II. TỒN TẠI, HẠN CHẾ
Thu tiền sử dụng đất đạt thấp; một số tuyến đường giao thông nội đồng xuống cấp chưa được sửa chữa; tỷ lệ bảo hiểm y tế hộ gia đình còn thấp.
III. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2023
1. Chỉ đạo sản xuất vụ thu mùa, phấn đấu gieo cấy 1.150 ha lúa, xong trước ngày 25/7/2023.
2. Giao Công chức Tài chính - Kế toán phối hợp Đội Thuế liên xã đôn đốc thu nợ thuế, tiền sử dụng đất, phấn đấu thu đạt 100% dự toán.
3. Giao Công chức Văn hóa - Xã hội chủ trì vận động người dân tham gia bảo hiểm y tế hộ gia đình trong quý III/2023.
4. Ban Quản lý dự án xã hoàn thiện hồ sơ quyết toán công trình nhà văn hóa thôn 5 trước ngày 30/9/2023.
5. Công an xã tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự dịp Quốc khánh 2-9.
Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c);\t\tCHỦ TỊCH
- TT Đảng ủy, HĐND xã;\t\t
- Các ban, ngành, đoàn thể xã;\t\t
- Lưu: VT.\t\tLê Văn Nam
""", gold=G("bao_cao", "ỦY BAN NHÂN DÂN XÃ THỌ TIẾN", "UBND HUYỆN TRIỆU SƠN", "98/BC-UBND", "Thọ Tiến", "2023-06-20",
    "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2023",
    None, None, [],
    [T("diện tích lúa chiêm xuân", 1260, 1245, "ha", "vụ chiêm xuân 2023", "chưa đạt"),
     T("năng suất bình quân", 62, 63.5, "tạ/ha", "vụ chiêm xuân 2023", "vượt"),
     T("tổng thu ngân sách trên địa bàn", 8650, 5412, "triệu đồng", "6 tháng đầu năm 2023", "tiến độ"),
     T("tỷ lệ hộ nghèo", 3, 2.84, "%", "năm 2023", "đạt"),
     T("bảo hiểm y tế", 92, 89.6, "%", "năm 2023", "tiến độ"),
     T("giao quân", 16, 16, "thanh niên", "năm 2023", "đạt")],
    [K("Chỉ đạo sản xuất vụ thu mùa, phấn đấu gieo cấy 1.150 ha lúa", None, "xong trước ngày 25/7/2023"),
     K("phối hợp Đội Thuế liên xã đôn đốc thu nợ thuế, tiền sử dụng đất, phấn đấu thu đạt 100% dự toán", "Công chức Tài chính - Kế toán", None),
     K("chủ trì vận động người dân tham gia bảo hiểm y tế hộ gia đình", "Công chức Văn hóa - Xã hội", "trong quý III/2023"),
     K("hoàn thiện hồ sơ quyết toán công trình nhà văn hóa thôn 5", "Ban Quản lý dự án xã", "trước ngày 30/9/2023"),
     K("tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự dịp Quốc khánh 2-9", "Công an xã", None)],
    [S("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Nam")],
    ["UBND huyện (b/c)", "TT Đảng ủy, HĐND xã", "Các ban, ngành, đoàn thể xã", "Lưu: VT"],
    ["1.245/1.260 ha", "98,81%", "63,5 tạ/ha", "tăng 2,42%", "5.412 triệu đồng/8.650 triệu đồng", "đạt 62,57%", "54,2% kế hoạch", "giảm còn 2,84%"],
    ["98/BC-UBND", "35/NQ-HĐND", "22/12/2022", "thôn 5", "2-9"]),
    pct=[(1245, 1260, "98,81%"), (6350 - 6200, 6200, "2,42%"), (5412, 8650, "62,57%"), (16, 16, "100%")]))

# 10 --------------------------------------------------------------- báo cáo năm, đảng ủy phường, 2024 (quận era)
DOCS.append(dict(name="bc03_dangbo_phuong_nam_2024", text="""
ĐẢNG BỘ QUẬN NINH KIỀU
ĐẢNG ỦY PHƯỜNG AN KHÁNH
*
Số 112-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Khánh, ngày 16 tháng 12 năm 2024
BÁO CÁO
tổng kết công tác xây dựng Đảng năm 2024, phương hướng, nhiệm vụ năm 2025
Phần thứ nhất
KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024
1- Công tác tổ chức, đảng viên
Đảng bộ có 32 tổ chức đảng trực thuộc với 1.126 đảng viên. Trong năm, kết nạp 46 đảng viên mới, đạt 115% chỉ tiêu Quận ủy giao (40 đảng viên); đề nghị trao Huy hiệu Đảng đợt 07/11 cho 38 đồng chí.
2- Kết quả đánh giá, xếp loại chất lượng
a) Tổ chức đảng: hoàn thành xuất sắc nhiệm vụ 7/32 (21,88%); hoàn thành tốt nhiệm vụ 22/32 (68,75%); hoàn thành nhiệm vụ 3/32 (9,38%); không có tổ chức đảng không hoàn thành nhiệm vụ. Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên đạt 90,63%, vượt chỉ tiêu Nghị quyết (từ 85% trở lên).
b) Đảng viên: hoàn thành xuất sắc nhiệm vụ 171 đồng chí (15,19%); hoàn thành tốt nhiệm vụ 885 đồng chí; hoàn thành nhiệm vụ 61 đồng chí; không hoàn thành nhiệm vụ 9 đồng chí. Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên 1.056/1.126, đạt 93,78% (chỉ tiêu 90%).
3- Công tác kiểm tra, giám sát
Kiểm tra 12 tổ chức đảng, 25 đảng viên; thi hành kỷ luật 02 đảng viên (01 khiển trách, 01 cảnh cáo).
4- Hạn chế, nguyên nhân
Một số chi bộ khu vực chưa phát huy vai trò đảng viên nơi cư trú; việc quản lý đảng viên đi làm ăn xa còn lỏng.
Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1- Chỉ tiêu chủ yếu
- Kết nạp từ 45 đảng viên mới trở lên.
- Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên đạt từ 88%.
- Đảng viên hoàn thành tốt nhiệm vụ trở lên đạt từ 90%.
2- Nhiệm vụ, giải pháp
- Lãnh đạo tổ chức thành công đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027, hoàn thành trong quý I/2025.
- Giao Ban Tổ chức Đảng ủy rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 trước ngày 28/02/2025.
- Ủy ban Kiểm tra Đảng ủy tập trung kiểm tra việc quản lý đảng viên đi làm ăn xa, báo cáo Ban Thường vụ trong quý II/2025.
- Các chi bộ khu vực thực hiện nghiêm Quy định 213-QĐ/TW về đảng viên sinh hoạt nơi cư trú.
T/M ĐẢNG ỦY
BÍ THƯ
Trần Thanh Phong
Nơi nhận:
- Ban Tổ chức Quận ủy (b/c);
- Các chi, đảng bộ trực thuộc;
- Lưu VP.
""", gold=G("bao_cao", "ĐẢNG ỦY PHƯỜNG AN KHÁNH", "ĐẢNG BỘ QUẬN NINH KIỀU", "112-BC/ĐU", "An Khánh", "2024-12-16",
    "tổng kết công tác xây dựng Đảng năm 2024, phương hướng, nhiệm vụ năm 2025",
    None, None, [],
    [T("kết nạp", 40, 46, "đảng viên", "năm 2024", "vượt"),
     T("Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", 85, 90.63, "%", "năm 2024", "vượt"),
     T("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", 90, 93.78, "%", "năm 2024", "vượt"),
     T("Kết nạp từ 45 đảng viên mới trở lên", 45, None, "đảng viên", "năm 2025", None),
     T("Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", 88, None, "%", "năm 2025", None),
     T("Đảng viên hoàn thành tốt nhiệm vụ trở lên", 90, None, "%", "năm 2025", None)],
    [K("Lãnh đạo tổ chức thành công đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027", None, "trong quý I/2025"),
     K("rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030", "Ban Tổ chức Đảng ủy", "trước ngày 28/02/2025"),
     K("tập trung kiểm tra việc quản lý đảng viên đi làm ăn xa, báo cáo Ban Thường vụ", "Ủy ban Kiểm tra Đảng ủy", "trong quý II/2025"),
     K("thực hiện nghiêm Quy định 213-QĐ/TW về đảng viên sinh hoạt nơi cư trú", "Các chi bộ khu vực", None)],
    [S("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Thanh Phong")],
    ["Ban Tổ chức Quận ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VP"],
    ["1.126 đảng viên", "46 đảng viên mới, đạt 115%", "7/32 (21,88%)", "22/32 (68,75%)", "3/32 (9,38%)", "90,63%", "171 đồng chí (15,19%)", "1.056/1.126, đạt 93,78%"],
    ["112-BC/ĐU", "đợt 07/11", "2025 - 2027", "213-QĐ/TW", "Phần thứ hai"]),
    pct=[(46, 40, "115%"), (7, 32, "21,88%"), (22, 32, "68,75%"), (3, 32, "9,38%"), (29, 32, "90,63%"), (171, 1126, "15,19%"), (1056, 1126, "93,78%")]))

# 11 --------------------------------------------------------------- báo cáo quý, Sở Y tế, 2025 post-merger province
DOCS.append(dict(name="bc04_so_yte_quy3_2025", text="""
UBND TỈNH GIA LAI     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ     Độc lập - Tự do - Hạnh phúc
Số: 2186/BC-SYT     Gia Lai, ngày 06 tháng 10 năm 2025
BÁO CÁO
Kết quả công tác y tế quý III và 9 tháng năm 2025; nhiệm vụ trọng tâm quý IV năm 2025
Kính gửi: Ủy ban nhân dân tỉnh.
Sau hơn ba tháng vận hành theo mô hình chính quyền địa phương hai cấp, Sở Y tế báo cáo kết quả công tác 9 tháng năm 2025 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Y tế dự phòng: tiêm chủng đầy đủ cho 24.318 trẻ dưới 1 tuổi, đạt 72,81% kế hoạch năm (33.400 trẻ); không để xảy ra dịch lớn; ghi nhận 1.127 ca sốt xuất huyết, giảm 18,3% so với cùng kỳ năm 2024.
2. Khám, chữa bệnh: tổng số lượt khám 2.416.500 lượt; công suất sử dụng giường bệnh bình quân 96,2%; số giường bệnh đạt 31,5 giường/vạn dân.
3. Bảo hiểm y tế: tỷ lệ bao phủ đạt 93,1% dân số (chỉ tiêu năm 95%).
4. Y tế cơ sở: 118/135 xã, phường đạt Bộ tiêu chí quốc gia về y tế (87,41%), kế hoạch năm 90%; 100% trạm y tế xã đã chuyển về UBND cấp xã quản lý theo quy định mới.
5. Đầu tư công: giải ngân đạt 61,4% kế hoạch vốn giao.
6. Quản lý hành nghề, dược: cấp 214 chứng chỉ hành nghề khám bệnh, chữa bệnh; thanh tra, kiểm tra 96 cơ sở, xử phạt vi phạm hành chính 11 cơ sở với tổng số tiền 186,5 triệu đồng.
II. KHÓ KHĂN, VƯỚNG MẮC
Thiếu bác sĩ tại trạm y tế các xã vùng sâu, hiện còn 21 trạm chưa có bác sĩ làm việc thường xuyên; nhân lực y tế dự phòng sau sắp xếp còn mỏng; một số gói thầu thuốc chậm do thay đổi chủ đầu tư sau sắp xếp.
III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025
1. Phòng Nghiệp vụ Y hướng dẫn các trạm y tế hoàn thiện tiêu chí quốc gia về y tế, trước ngày 15/11/2025.
2. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm vét cho trẻ chưa tiêm đủ mũi trong quý IV/2025.
3. Phối hợp Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế, phấn đấu đạt chỉ tiêu 95% dân số.
4. Văn phòng Sở đôn đốc giải ngân vốn đầu tư công, báo cáo Giám đốc Sở trước ngày 10/12/2025.
Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, KHTC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Rơ Mah Thuận
""", gold=G("bao_cao", "SỞ Y TẾ", "UBND TỈNH GIA LAI", "2186/BC-SYT", "Gia Lai", "2025-10-06",
    "Kết quả công tác y tế quý III và 9 tháng năm 2025; nhiệm vụ trọng tâm quý IV năm 2025",
    None, None, [],
    [T("tiêm chủng đầy đủ", 33400, 24318, "trẻ", "năm 2025", "tiến độ"),
     T("Bảo hiểm y tế", 95, 93.1, "%", "năm 2025", "tiến độ"),
     T("Y tế cơ sở", 90, 87.41, "%", "năm 2025", "tiến độ")],
    [K("hướng dẫn các trạm y tế hoàn thiện tiêu chí quốc gia về y tế", "Phòng Nghiệp vụ Y", "trước ngày 15/11/2025"),
     K("tổ chức tiêm vét cho trẻ chưa tiêm đủ mũi", "Trung tâm Kiểm soát bệnh tật tỉnh", "trong quý IV/2025"),
     K("Phối hợp Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế, phấn đấu đạt chỉ tiêu 95% dân số", None, None),
     K("đôn đốc giải ngân vốn đầu tư công, báo cáo Giám đốc Sở", "Văn phòng Sở", "trước ngày 10/12/2025")],
    [S("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Rơ Mah Thuận")],
    ["Bộ Y tế (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, KHTC"],
    ["24.318 trẻ dưới 1 tuổi, đạt 72,81%", "1.127 ca sốt xuất huyết, giảm 18,3%", "2.416.500 lượt", "96,2%", "31,5 giường/vạn dân", "93,1% dân số", "118/135 xã, phường", "61,4% kế hoạch vốn giao"],
    ["2186/BC-SYT", "quý IV năm 2025", "hai cấp", "dưới 1 tuổi"]),
    pct=[(24318, 33400, "72,81%"), (118, 135, "87,41%")]))
