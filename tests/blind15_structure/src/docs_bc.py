"""Báo cáo (6)."""
from common import P, meeting, att, dec, tg, tk, sg, doc

DOCS = {}

# 10 ─ Đảng ủy xã quý I/2026, TAB table of targets with progress
T = f"""ĐẢNG BỘ TỈNH THANH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ VĨNH LỘC\tVĩnh Lộc, ngày 28 tháng 3 năm 2026
Số 86-BC/ĐU
*
BÁO CÁO
Kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I
1. Phát triển kinh tế - xã hội
Ngay từ đầu năm, Ban Thường vụ Đảng ủy tập trung lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm; chỉ đạo gieo cấy vụ chiêm xuân đúng khung thời vụ. Kết quả một số chỉ tiêu chủ yếu:
Chỉ tiêu\tKế hoạch năm 2026\tThực hiện quý I\tTỷ lệ (%)
Thu ngân sách trên địa bàn (tỷ đồng)\t64,5\t17,9\t{P(17.9, 64.5)}
Diện tích lúa chiêm xuân (ha)\t1.120\t1.136\t{P(1136, 1120)}
Tỷ lệ dân số tham gia BHYT (%)\t95\t93,8\t{P(93.8, 95)}
Phát triển hội viên các đoàn thể (người)\t300\t85\t{P(85, 300)}
Diện tích lúa chiêm xuân gieo cấy vượt kế hoạch do chuyển 16 ha đất màu bị hạn sang cấy lúa. Giải ngân vốn đầu tư công đạt 21,3% kế hoạch vốn giao.
2. Công tác xây dựng Đảng
Kết nạp 4 đảng viên mới; chỉ tiêu cả năm 18 đảng viên. Hoàn thành kiểm tra 3/12 chi bộ theo chương trình kiểm tra năm. Tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 1.284/1.302 đảng viên, đạt {P(1284, 1302)}%.
3. Hạn chế: tiến độ giải ngân một số công trình chuyển tiếp còn chậm; việc thu hồi nợ đọng đảng phí ở 2 chi bộ thôn chưa dứt điểm.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
1. Chỉ đạo thu hoạch, tiêu thụ lúa chiêm xuân; chuẩn bị giống cho vụ mùa.
2. UBND xã tập trung thu ngân sách, phấn đấu đến hết quý II đạt trên 50% dự toán năm.
3. Ủy ban Kiểm tra Đảng ủy hoàn thành kiểm tra 3 chi bộ theo kế hoạch trong tháng 5/2026.
4. Ban Xây dựng Đảng hướng dẫn các chi bộ thôn Phú Hào, Đông Thôn thu hồi dứt điểm nợ đọng đảng phí trước ngày 30/6/2026.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Văn phòng Tỉnh ủy;
- Các đồng chí Đảng ủy viên;
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Lưu Đình Khiêm"""
DOCS["bc01_du_xa_vinh_loc_quy1_2026"] = (T, doc(
    "bao_cao", "ĐẢNG ỦY XÃ VĨNH LỘC", "ĐẢNG BỘ TỈNH THANH HÓA", "86-BC/ĐU", "Vĩnh Lộc", "2026-03-28",
    "Kết quả lãnh đạo thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026",
    None, None, [],
    [tg("Thu ngân sách trên địa bàn", 64.5, 17.9, "tỷ đồng", "năm 2026", "tiến độ"),
     tg("Diện tích lúa chiêm xuân", 1120, 1136, "ha", "năm 2026", "vượt"),
     tg("Tỷ lệ dân số tham gia BHYT", 95, 93.8, "%", "năm 2026", "tiến độ"),
     tg("Phát triển hội viên các đoàn thể", 300, 85, "người", "năm 2026", "tiến độ"),
     tg("Kết nạp 4 đảng viên mới", 18, 4, "đảng viên", "năm 2026", "tiến độ"),
     tg("kiểm tra 3/12 chi bộ", 12, 3, "chi bộ", "năm 2026", "tiến độ")],
    [tk("Chỉ đạo thu hoạch, tiêu thụ lúa chiêm xuân; chuẩn bị giống cho vụ mùa", None, None),
     tk("tập trung thu ngân sách", "UBND xã", None),
     tk("hoàn thành kiểm tra 3 chi bộ theo kế hoạch", "Ủy ban Kiểm tra Đảng ủy", "trong tháng 5/2026"),
     tk("hướng dẫn các chi bộ thôn Phú Hào, Đông Thôn thu hồi dứt điểm nợ đọng đảng phí", "Ban Xây dựng Đảng", "trước ngày 30/6/2026")],
    [sg("T/M ĐẢNG ỦY", "BÍ THƯ", "Lưu Đình Khiêm")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Văn phòng Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Lưu Văn phòng Đảng ủy"],
    ["17,9", "1.136", "93,8", "21,3% kế hoạch vốn giao", "Kết nạp 4 đảng viên mới", "1.284/1.302 đảng viên", "16 ha"],
    ["86-BC/ĐU", "Bính Ngọ", "quý II năm 2026", "Đại hội XIV", "30/6/2026", "tháng 5/2026"]))

# 11 ─ UBND phường 9 tháng 2025 (after the merger), Nơi nhận before the signature, ceiling targets
T = f"""UBND PHƯỜNG VĨNH HƯNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Hưng, ngày 26 tháng 9 năm 2025
BÁO CÁO
Tình hình kinh tế - xã hội 9 tháng đầu năm 2025, nhiệm vụ trọng tâm quý IV năm 2025
Thực hiện Nghị quyết của HĐND phường và chỉ đạo của UBND Thành phố, UBND phường Vĩnh Hưng báo cáo như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Thu, chi ngân sách: tổng thu ngân sách nhà nước trên địa bàn ước đạt 286,4 tỷ đồng, bằng {P(286.4, 352)}% dự toán Thành phố giao (352 tỷ đồng). Thu tiền sử dụng đất đạt 41,2 tỷ đồng, vượt dự toán năm (38 tỷ đồng).
2. Đô thị, trật tự xây dựng: phát hiện, xử lý 27 trường hợp vi phạm trật tự xây dựng; cải tạo, chỉnh trang 14/20 tuyến ngõ theo kế hoạch năm.
3. Văn hóa - xã hội: giải quyết việc làm cho 1.046 lao động, bằng {P(1046, 1300)}% kế hoạch năm (1.300 lao động). Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 4,1%, dưới mức 4,5% Thành phố giao. Sau sắp xếp, phường tiếp nhận, bàn giao 312 hồ sơ thủ tục hành chính đang giải quyết dở dang, đã giải quyết đúng hạn 305 hồ sơ.
4. Quốc phòng, an ninh: tai nạn giao thông xảy ra 6 vụ, chỉ tiêu kiềm chế trong năm không quá 10 vụ.
II. TỒN TẠI, HẠN CHẾ
Việc đồng bộ dữ liệu dân cư với hệ thống cấp phép xây dựng còn chậm; một số tuyến ngõ thi công kéo dài do vướng di chuyển cột điện.
III. NHIỆM VỤ TRỌNG TÂM QUÝ IV
1. Tập trung khai thác nguồn thu, chống thất thu thuế hộ kinh doanh.
2. Phòng Kinh tế, Hạ tầng và Đô thị hoàn thành chỉnh trang 06 tuyến ngõ còn lại trước ngày 15/12/2025.
3. Trung tâm Phục vụ hành chính công phường hoàn thành số hóa hồ sơ tồn đọng trong tháng 10/2025.
4. Công an phường mở đợt cao điểm bảo đảm trật tự, an toàn giao thông dịp cuối năm.
Nơi nhận:
- UBND Thành phố (để b/c);
- Thường trực Đảng ủy phường;
- Thường trực HĐND phường;
- Lưu: VT, VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Minh Tuệ"""
DOCS["bc02_ubnd_phuong_vinh_hung_9t_2025"] = (T, doc(
    "bao_cao", "UBND PHƯỜNG VĨNH HƯNG", None, "412/BC-UBND", "Vĩnh Hưng", "2025-09-26",
    "Tình hình kinh tế - xã hội 9 tháng đầu năm 2025, nhiệm vụ trọng tâm quý IV năm 2025",
    None, None, [],
    [tg("tổng thu ngân sách nhà nước trên địa bàn", 352, 286.4, "tỷ đồng", "năm 2025", "tiến độ"),
     tg("Thu tiền sử dụng đất", 38, 41.2, "tỷ đồng", "năm 2025", "vượt"),
     tg("cải tạo, chỉnh trang 14/20 tuyến ngõ", 20, 14, "tuyến ngõ", "năm 2025", "tiến độ"),
     tg("giải quyết việc làm", 1300, 1046, "lao động", "năm 2025", "tiến độ"),
     tg("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", 4.5, 4.1, "%", "năm 2025", "đạt"),
     tg("tai nạn giao thông", 10, 6, "vụ", "năm 2025", "tiến độ")],
    [tk("Tập trung khai thác nguồn thu, chống thất thu thuế hộ kinh doanh", None, None),
     tk("hoàn thành chỉnh trang 06 tuyến ngõ còn lại", "Phòng Kinh tế, Hạ tầng và Đô thị", "trước ngày 15/12/2025"),
     tk("hoàn thành số hóa hồ sơ tồn đọng", "Trung tâm Phục vụ hành chính công phường", "trong tháng 10/2025"),
     tk("mở đợt cao điểm bảo đảm trật tự, an toàn giao thông", "Công an phường", "dịp cuối năm")],
    [sg("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Minh Tuệ")],
    ["UBND Thành phố (để b/c)", "Thường trực Đảng ủy phường", "Thường trực HĐND phường", "Lưu: VT, VP"],
    ["286,4 tỷ đồng", "41,2 tỷ đồng", "27 trường hợp", "1.046 lao động", "4,1%", "312 hồ sơ", "305 hồ sơ", "6 vụ"],
    ["412/BC-UBND", "9 tháng đầu năm 2025", "quý IV năm 2025", "15/12/2025", "tháng 10/2025", "5 tuổi"]))

# 12 ─ chi bộ trường THCS, năm học 2021 - 2022 (huyện era); targets in prose with "chỉ tiêu"
T = f"""ĐẢNG BỘ XÃ ĐẠI ĐỒNG
CHI BỘ TRƯỜNG THCS ĐẠI ĐỒNG
*
Số 09-BC/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Đại Đồng, ngày 30 tháng 5 năm 2022
BÁO CÁO
Tổng kết công tác lãnh đạo năm học 2021 - 2022
Chi bộ có 17 đảng viên, trong đó 1 đảng viên dự bị; sinh hoạt theo Hướng dẫn số 12-HD/BTCTW. Năm học 2021 - 2022 diễn ra trong điều kiện dịch COVID-19 diễn biến phức tạp, học kỳ I học trực tuyến 7 tuần.
I. KẾT QUẢ LÃNH ĐẠO NHIỆM VỤ CHÍNH TRỊ
- Duy trì sĩ số: 612/615 học sinh, tỷ lệ duy trì {P(612, 615, 2)}%, chỉ tiêu nghị quyết 99%.
- Học sinh lớp 9 tốt nghiệp THCS: 148/150 em, đạt {P(148, 150, 2)}%, chỉ tiêu 100%, chưa đạt.
- Học sinh giỏi cấp huyện: 23 giải, chỉ tiêu 20 giải, vượt 3 giải.
- Tỷ lệ đảng viên là giáo viên dạy giỏi cấp huyện 6/14 đồng chí.
- Tu sửa phòng học bộ môn: hoàn thành 2 phòng theo kế hoạch.
II. CÔNG TÁC XÂY DỰNG ĐẢNG
Chi bộ kết nạp 01 đảng viên, chỉ tiêu năm học là 2 đảng viên. Cuối năm 2021, chi bộ được xếp loại hoàn thành tốt nhiệm vụ; 15 đảng viên hoàn thành tốt nhiệm vụ, 1 hoàn thành xuất sắc nhiệm vụ. Thu, nộp đảng phí đầy đủ, đúng hạn; tổ chức 2 buổi sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Hạn chế: việc dạy học trực tuyến ở một số lớp chưa hiệu quả do học sinh thiếu thiết bị; chất lượng môn tiếng Anh lớp 9 còn thấp so với mặt bằng chung của huyện.
III. NHIỆM VỤ NĂM HỌC 2022 - 2023
Chỉ tiêu chủ yếu: duy trì sĩ số từ 99,5% trở lên; tốt nghiệp THCS 100%; kết nạp 2 đảng viên.
Giải pháp:
1. Chỉ đạo rà soát, phụ đạo học sinh yếu lớp 9 ngay từ đầu năm học.
2. Đồng chí Nghiêm Xuân Trường, Phó Hiệu trưởng, xây dựng kế hoạch bồi dưỡng học sinh giỏi, trình chi bộ trước ngày 15/8/2022.
3. Chi ủy lập hồ sơ đề nghị kết nạp quần chúng Đinh Thị Thoa trong quý III/2022.
Nơi nhận:
- Đảng ủy xã (b/c);
- Lưu chi bộ.
T/M CHI BỘ
BÍ THƯ
Nguyễn Thị Hải Yến"""
DOCS["bc03_cb_thcs_dai_dong_nam_hoc_2022"] = (T, doc(
    "bao_cao", "CHI BỘ TRƯỜNG THCS ĐẠI ĐỒNG", "ĐẢNG BỘ XÃ ĐẠI ĐỒNG", "09-BC/CB", "Đại Đồng", "2022-05-30",
    "Tổng kết công tác lãnh đạo năm học 2021 - 2022",
    None, None, [],
    [tg("Duy trì sĩ số", 99, 99.51, "%", "năm học 2021 - 2022", "vượt"),
     tg("Học sinh lớp 9 tốt nghiệp THCS", 100, 98.67, "%", "năm học 2021 - 2022", "chưa đạt"),
     tg("Học sinh giỏi cấp huyện", 20, 23, "giải", "năm học 2021 - 2022", "vượt"),
     tg("Tu sửa phòng học bộ môn", 2, 2, "phòng", "năm học 2021 - 2022", "đạt"),
     tg("kết nạp 01 đảng viên", 2, 1, "đảng viên", "năm học 2021 - 2022", "chưa đạt"),
     tg("duy trì sĩ số", 99.5, None, "%", "năm học 2022 - 2023", None),
     tg("tốt nghiệp THCS", 100, None, "%", "năm học 2022 - 2023", None),
     tg("kết nạp 2 đảng viên", 2, None, "đảng viên", "năm học 2022 - 2023", None)],
    [tk("Chỉ đạo rà soát, phụ đạo học sinh yếu lớp 9", None, "ngay từ đầu năm học"),
     tk("xây dựng kế hoạch bồi dưỡng học sinh giỏi, trình chi bộ", "Đồng chí Nghiêm Xuân Trường, Phó Hiệu trưởng", "trước ngày 15/8/2022"),
     tk("lập hồ sơ đề nghị kết nạp quần chúng Đinh Thị Thoa", "Chi ủy", "trong quý III/2022")],
    [sg("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Hải Yến")],
    ["Đảng ủy xã (b/c)", "Lưu chi bộ"],
    ["17 đảng viên", "612/615 học sinh", "148/150 em", "23 giải", "6/14 đồng chí", "15 đảng viên"],
    ["09-BC/CB", "12-HD/BTCTW", "7 tuần", "2022 - 2023", "15/8/2022", "quý III/2022"]))

# 13 ─ Hội Nông dân xã, năm 2019 (huyện era)
T = f"""HỘI NÔNG DÂN HUYỆN YÊN THẾ\tHỘI NÔNG DÂN VIỆT NAM
HỘI NÔNG DÂN XÃ ĐỒNG TÂM\tĐồng Tâm, ngày 10 tháng 12 năm 2019
Số: 21/BC-HND
BÁO CÁO
Tổng kết công tác Hội và phong trào nông dân năm 2019, phương hướng nhiệm vụ năm 2020
Năm 2019, Hội Nông dân xã có 14 chi hội với 1.527 hội viên. Được sự lãnh đạo của Đảng ủy, sự phối hợp của chính quyền, Ban Chấp hành Hội đã triển khai các nhiệm vụ và đạt kết quả như sau:
1. Công tác xây dựng tổ chức Hội
Kết nạp mới 64 hội viên, đạt {P(64, 60, 1)}% chỉ tiêu Hội Nông dân huyện giao (60 hội viên). Thu hội phí 100% chi hội. Xếp loại cuối năm: 11/14 chi hội vững mạnh.
2. Phong trào nông dân sản xuất, kinh doanh giỏi
Toàn xã có 612 hộ đăng ký, kết quả bình xét có 497 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, bằng {P(497, 612)}% số hộ đăng ký.
3. Quỹ Hỗ trợ nông dân
Vận động tăng trưởng Quỹ Hỗ trợ nông dân được 85 triệu đồng, chỉ tiêu huyện giao 100 triệu đồng, đạt {P(85, 100, 0)}%; tổng nguồn quỹ do Hội xã quản lý 540 triệu đồng, cho 27 hộ vay nuôi gà đồi và trồng vải sớm.
4. Ủy thác cho vay Ngân hàng Chính sách xã hội
Dư nợ ủy thác qua 6 tổ tiết kiệm và vay vốn đạt 18,6 tỷ đồng; tỷ lệ nợ quá hạn 0,12%, thấp hơn mức cho phép 0,5%.
5. Tồn tại: một số chi hội sinh hoạt chưa đều; việc hướng dẫn nông dân liên kết tiêu thụ gà đồi còn lúng túng.
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020
Chỉ tiêu: kết nạp 60 hội viên mới; tăng trưởng Quỹ Hỗ trợ nông dân 100 triệu đồng; 75% số hộ đăng ký đạt danh hiệu sản xuất, kinh doanh giỏi.
Nhiệm vụ, giải pháp:
- Tiếp tục đổi mới nội dung, phương thức sinh hoạt chi hội.
- Chi hội thôn Đồng Vàng, Tân Lập xây dựng mô hình tổ hợp tác nuôi gà đồi, hoàn thành trong quý II/2020.
- Phối hợp Trạm Khuyến nông mở 4 lớp chuyển giao kỹ thuật trồng vải sớm trước vụ thu hoạch năm 2020.
Nơi nhận:
- Hội ND huyện (b/c);
- Đảng ủy, UBND xã;
- Lưu VP.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Giáp Văn Chiến"""
DOCS["bc04_hnd_xa_dong_tam_nam_2019"] = (T, doc(
    "bao_cao", "HỘI NÔNG DÂN XÃ ĐỒNG TÂM", "HỘI NÔNG DÂN HUYỆN YÊN THẾ", "21/BC-HND", "Đồng Tâm", "2019-12-10",
    "Tổng kết công tác Hội và phong trào nông dân năm 2019, phương hướng nhiệm vụ năm 2020",
    None, None, [],
    [tg("Kết nạp mới 64 hội viên", 60, 64, "hội viên", "năm 2019", "vượt"),
     tg("Vận động tăng trưởng Quỹ Hỗ trợ nông dân", 100, 85, "triệu đồng", "năm 2019", "chưa đạt"),
     tg("tỷ lệ nợ quá hạn", 0.5, 0.12, "%", "năm 2019", "đạt"),
     tg("kết nạp 60 hội viên mới", 60, None, "hội viên", "năm 2020", None),
     tg("tăng trưởng Quỹ Hỗ trợ nông dân", 100, None, "triệu đồng", "năm 2020", None),
     tg("số hộ đăng ký đạt danh hiệu sản xuất, kinh doanh giỏi", 75, None, "%", "năm 2020", None)],
    [tk("Tiếp tục đổi mới nội dung, phương thức sinh hoạt chi hội", None, None),
     tk("xây dựng mô hình tổ hợp tác nuôi gà đồi", "Chi hội thôn Đồng Vàng, Tân Lập", "trong quý II/2020"),
     tk("Phối hợp Trạm Khuyến nông mở 4 lớp chuyển giao kỹ thuật trồng vải sớm", None, "trước vụ thu hoạch năm 2020")],
    [sg("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Giáp Văn Chiến")],
    ["Hội ND huyện (b/c)", "Đảng ủy, UBND xã", "Lưu VP"],
    ["1.527 hội viên", "11/14 chi hội", "497 hộ", "540 triệu đồng", "27 hộ", "18,6 tỷ đồng"],
    ["21/BC-HND", "14 chi hội", "6 tổ tiết kiệm", "quý II/2020", "4 lớp", "năm 2020"]))

# 14 ─ Sở (state) 6 tháng 2026, Nơi nhận on the same lines as the signature (TAB)
T = f"""UBND TỈNH PHÚ THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - Hạnh phúc
Số: 1875/BC-SNNMT\tPhú Thọ, ngày 02 tháng 7 năm 2026
BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026
I. KẾT QUẢ 6 THÁNG ĐẦU NĂM
1. Sản xuất nông, lâm nghiệp, thủy sản
Tốc độ tăng trưởng giá trị sản xuất ngành ước đạt 3,62%. Trồng rừng tập trung được 7.840 ha, bằng {P(7840, 12500)}% kế hoạch năm (12.500 ha). Tỷ lệ che phủ rừng duy trì 52,4%. Sản lượng lương thực vụ xuân đạt 412.300 tấn, vượt kế hoạch vụ (405.000 tấn).
2. Quản lý đất đai, môi trường
Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 2.915 thửa, kế hoạch năm 5.000 thửa. Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96,5%, kế hoạch năm 96%.
3. Chương trình xây dựng nông thôn mới
Có thêm 3 xã được công nhận đạt chuẩn nông thôn mới nâng cao, lũy kế 118/148 xã; kế hoạch năm 2026 có thêm 8 xã.
4. Tồn tại: một số dự án trồng rừng gỗ lớn chậm do thiếu cây giống chất lượng; còn 14 điểm tập kết rác tự phát ven quốc lộ chưa được xử lý.
II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM
1. Chi cục Kiểm lâm chỉ đạo hoàn thành trồng rừng tập trung còn lại 4.660 ha trước ngày 30/11/2026.
2. Văn phòng Đăng ký đất đai tỉnh đẩy nhanh cấp giấy chứng nhận, bảo đảm hoàn thành kế hoạch năm.
3. Phối hợp UBND các xã, phường xóa các điểm tập kết rác tự phát trong quý III/2026.
4. Tham mưu UBND tỉnh công nhận thêm 5 xã đạt chuẩn nông thôn mới nâng cao trước ngày 31/12/2026.
Nơi nhận:\tKT. GIÁM ĐỐC
- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC
- Bộ Nông nghiệp và Môi trường (b/c);
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, KHTC.\tHà Quang Thịnh"""
DOCS["bc05_so_nnmt_phu_tho_6t_2026"] = (T, doc(
    "bao_cao", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH PHÚ THỌ", "1875/BC-SNNMT", "Phú Thọ", "2026-07-02",
    "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026",
    None, None, [],
    [tg("Trồng rừng tập trung", 12500, 7840, "ha", "năm 2026", "tiến độ"),
     tg("Sản lượng lương thực vụ xuân", 405000, 412300, "tấn", "vụ xuân", "vượt"),
     tg("Cấp giấy chứng nhận quyền sử dụng đất lần đầu", 5000, 2915, "thửa", "năm 2026", "tiến độ"),
     tg("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", 96, 96.5, "%", "năm 2026", "vượt"),
     tg("xã được công nhận đạt chuẩn nông thôn mới nâng cao", 8, 3, "xã", "năm 2026", "tiến độ")],
    [tk("chỉ đạo hoàn thành trồng rừng tập trung còn lại 4.660 ha", "Chi cục Kiểm lâm", "trước ngày 30/11/2026"),
     tk("đẩy nhanh cấp giấy chứng nhận, bảo đảm hoàn thành kế hoạch năm", "Văn phòng Đăng ký đất đai tỉnh", None),
     tk("Phối hợp UBND các xã, phường xóa các điểm tập kết rác tự phát", None, "trong quý III/2026"),
     tk("Tham mưu UBND tỉnh công nhận thêm 5 xã đạt chuẩn nông thôn mới nâng cao", None, "trước ngày 31/12/2026")],
    [sg("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Quang Thịnh")],
    ["UBND tỉnh (b/c)", "Bộ Nông nghiệp và Môi trường (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, KHTC"],
    ["3,62%", "7.840 ha", "52,4%", "412.300 tấn", "2.915 thửa", "118/148 xã", "14 điểm"],
    ["1875/BC-SNNMT", "6 tháng cuối năm 2026", "30/11/2026", "quý III/2026", "31/12/2026", "02 tháng 7 năm 2026"]))

# 15 ─ Ban Thường trực UBMTTQ xã, năm 2023
T = f"""UBMTTQ VIỆT NAM HUYỆN ĐỨC THỌ
BAN THƯỜNG TRỰC UBMTTQ XÃ TÙNG ẢNH
Số: 35/BC-MT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tùng Ảnh, ngày 15 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác Mặt trận năm 2023 và chương trình phối hợp năm 2024
I. KẾT QUẢ
1. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": 9/9 thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc; 1.796/1.884 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ {P(1796, 1884)}%, chỉ tiêu 93%.
2. Quỹ "Vì người nghèo": vận động được 131,5 triệu đồng, vượt kế hoạch 120 triệu đồng. Hỗ trợ xây mới 4 nhà đại đoàn kết cho hộ nghèo, kế hoạch năm 5 nhà (01 nhà chuyển sang năm 2024 do hộ chưa có mặt bằng).
3. Giám sát, phản biện xã hội: tổ chức 3 cuộc giám sát chuyên đề; tổng hợp 46 ý kiến, kiến nghị cử tri gửi kỳ họp HĐND xã, đã được trả lời 46/46 ý kiến.
4. Phối hợp vận động Nhân dân hiến 2.350 m² đất mở rộng đường liên thôn, không phát sinh khiếu kiện.
II. HẠN CHẾ
Hoạt động của một số Ban công tác Mặt trận thôn còn phụ thuộc trưởng thôn; việc nắm bắt dư luận xã hội ở vùng giáo chưa thường xuyên.
III. CHƯƠNG TRÌNH PHỐI HỢP NĂM 2024
1. Hoàn thành xây 01 nhà đại đoàn kết chuyển tiếp cho hộ ông Trần Văn Liễu trước ngày 30/4/2024.
2. Ban Thường trực chủ trì giám sát việc thu, chi các khoản đóng góp tự nguyện tại các thôn trong quý II/2024.
3. Các Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc trước ngày 18/11/2024.
4. Vận động Quỹ "Vì người nghèo" năm 2024 đạt ít nhất 125 triệu đồng.
Nơi nhận:
- Ban Thường trực UBMTTQ huyện;
- Thường trực Đảng ủy, HĐND, UBND xã;
- Lưu.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Phan Thị Kim Oanh"""
DOCS["bc06_mttq_xa_tung_anh_nam_2023"] = (T, doc(
    "bao_cao", "BAN THƯỜNG TRỰC UBMTTQ XÃ TÙNG ẢNH", "UBMTTQ VIỆT NAM HUYỆN ĐỨC THỌ", "35/BC-MT", "Tùng Ảnh", "2023-12-15",
    "Kết quả công tác Mặt trận năm 2023 và chương trình phối hợp năm 2024",
    None, None, [],
    [tg("hộ đạt danh hiệu gia đình văn hóa", 93, 95.3, "%", "năm 2023", "vượt"),
     tg("Quỹ \"Vì người nghèo\"", 120, 131.5, "triệu đồng", "năm 2023", "vượt"),
     tg("xây mới 4 nhà đại đoàn kết", 5, 4, "nhà", "năm 2023", "chưa đạt"),
     tg("Vận động Quỹ \"Vì người nghèo\" năm 2024", 125, None, "triệu đồng", "năm 2024", None)],
    [tk("Hoàn thành xây 01 nhà đại đoàn kết chuyển tiếp cho hộ ông Trần Văn Liễu", None, "trước ngày 30/4/2024"),
     tk("chủ trì giám sát việc thu, chi các khoản đóng góp tự nguyện tại các thôn", "Ban Thường trực", "trong quý II/2024"),
     tk("tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "Các Ban công tác Mặt trận thôn", "trước ngày 18/11/2024"),
     tk("Vận động Quỹ \"Vì người nghèo\" năm 2024 đạt ít nhất 125 triệu đồng", None, None)],
    [sg("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Phan Thị Kim Oanh")],
    ["Ban Thường trực UBMTTQ huyện", "Thường trực Đảng ủy, HĐND, UBND xã", "Lưu"],
    ["9/9 thôn", "1.796/1.884 hộ", "131,5 triệu đồng", "46 ý kiến", "46/46 ý kiến", "2.350 m²"],
    ["35/BC-MT", "năm 2024", "30/4/2024", "quý II/2024", "18/11/2024", "3 cuộc giám sát chuyên đề"]))
