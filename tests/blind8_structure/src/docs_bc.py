from common import M, A, AB, D, T, K, S, G

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bc01_danguy_phuong_xaydungdang",
    text="""ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\t\tĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG HÒA KHÁNH
\t*
Số 142-BC/ĐU\t\t\tHòa Khánh, ngày 05 tháng 12 năm 2025
BÁO CÁO
kết quả công tác xây dựng Đảng năm 2025, phương hướng, nhiệm vụ năm 2026
Thực hiện Hướng dẫn số 18-HD/BTCTU, ngày 14/11/2025 của Ban Tổ chức Thành ủy, Ban Thường vụ Đảng ủy phường báo cáo như sau:
I- KẾT QUẢ THỰC HIỆN
1- Công tác tổ chức, xây dựng tổ chức cơ sở đảng
Đảng bộ phường hiện có 58 chi bộ trực thuộc với 2.416 đảng viên. Trong năm, toàn Đảng bộ kết nạp 46 đảng viên mới, đạt 115% chỉ tiêu (chỉ tiêu 40 đảng viên); chuyển đảng chính thức cho 39 đảng viên dự bị đúng thời hạn.
Kết quả đánh giá, xếp loại chất lượng năm 2025: có 56/58 chi bộ được đánh giá (02 chi bộ mới thành lập chưa đủ 6 tháng), trong đó 49/56 chi bộ hoàn thành tốt nhiệm vụ trở lên, đạt 87,5% (chỉ tiêu từ 85% trở lên); không có chi bộ không hoàn thành nhiệm vụ. Có 2.287/2.416 đảng viên được đánh giá, xếp loại; số đảng viên hoàn thành tốt nhiệm vụ trở lên là 1.982 đồng chí, đạt 86,66% số đảng viên được đánh giá, chưa đạt chỉ tiêu Nghị quyết (90%).
2- Công tác kiểm tra, giám sát và thi hành kỷ luật đảng
Ủy ban Kiểm tra Đảng ủy kiểm tra 12 tổ chức đảng và 25 đảng viên; giám sát chuyên đề 08 chi bộ. Thi hành kỷ luật 03 đảng viên (01 khiển trách, 02 cảnh cáo), chiếm 0,12% tổng số đảng viên, thấp hơn mức khống chế không quá 0,5% mà Nghị quyết Đại hội đề ra.
3- Công tác tài chính đảng
Thu đảng phí cả năm đạt 412,6 triệu đồng, trích nộp cấp trên đúng quy định.
II- HẠN CHẾ, NGUYÊN NHÂN
Một số chi bộ khu dân cư sinh hoạt còn hình thức, nội dung chưa phong phú; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ chưa đạt chỉ tiêu; việc quản lý đảng viên đi làm ăn xa còn lúng túng. Nguyên nhân chủ yếu do một số bí thư chi bộ mới được kiện toàn sau sắp xếp, kinh nghiệm còn hạn chế.
III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1- Chỉ tiêu chủ yếu
- Kết nạp từ 45 đảng viên mới trở lên.
- Có từ 90% chi bộ trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên.
2- Nhiệm vụ, giải pháp
- Ban Xây dựng Đảng tham mưu Ban Thường vụ ban hành kế hoạch nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW, hoàn thành trong quý I/2026.
- Các chi bộ rà soát, lập danh sách đảng viên đi làm ăn xa, báo cáo Đảng ủy trước ngày 31/3/2026.
- Ủy ban Kiểm tra Đảng ủy xây dựng chương trình kiểm tra, giám sát năm 2026, trình Ban Chấp hành tại hội nghị tháng 01/2026.
- Văn phòng Đảng ủy đôn đốc thu, nộp đảng phí đúng kỳ, bảo đảm 100% chi bộ nộp đúng hạn.
Trên đây là báo cáo kết quả công tác xây dựng Đảng năm 2025, phương hướng, nhiệm vụ năm 2026 của Đảng ủy phường Hòa Khánh./.
Nơi nhận:\t\t\t\tT/M ĐẢNG ỦY
- Ban Tổ chức Thành ủy (b/c),\t\tPHÓ BÍ THƯ THƯỜNG TRỰC
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.\t\t\tLê Thị Thanh Thúy
""",
    pcts=[("115%", 46, 40), ("87,5%", 49, 56), ("86,66%", 1982, 2287), ("0,12%", 3, 2416)],
    free_pcts=["85%", "90%", "0,5%", "100%"],
    gold=G("bao_cao", "ĐẢNG ỦY PHƯỜNG HÒA KHÁNH", "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "142-BC/ĐU", "Hòa Khánh",
           "2025-12-05",
           "kết quả công tác xây dựng Đảng năm 2025, phương hướng, nhiệm vụ năm 2026",
           None, None, [],
           [T("kết nạp 46 đảng viên mới", 40, 46, "đảng viên", "năm 2025", "vượt"),
            T("49/56 chi bộ hoàn thành tốt nhiệm vụ trở lên", 85, 87.5, "%", "năm 2025", "đạt"),
            T("số đảng viên hoàn thành tốt nhiệm vụ trở lên", 90, 86.66, "%", "năm 2025", "chưa đạt"),
            T("Thi hành kỷ luật 03 đảng viên", 0.5, 0.12, "%", "năm 2025", "đạt"),
            T("Kết nạp từ 45 đảng viên mới trở lên", 45, None, "đảng viên", "năm 2026", None),
            T("Có từ 90% chi bộ trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên", 90, None, "%", "năm 2026", None)],
           [K("tham mưu Ban Thường vụ ban hành kế hoạch nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW",
              "Ban Xây dựng Đảng", "trong quý I/2026"),
            K("rà soát, lập danh sách đảng viên đi làm ăn xa, báo cáo Đảng ủy", "Các chi bộ", "trước ngày 31/3/2026"),
            K("xây dựng chương trình kiểm tra, giám sát năm 2026, trình Ban Chấp hành", "Ủy ban Kiểm tra Đảng ủy",
              "tại hội nghị tháng 01/2026"),
            K("đôn đốc thu, nộp đảng phí đúng kỳ, bảo đảm 100% chi bộ nộp đúng hạn", "Văn phòng Đảng ủy", None)],
           [S("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Thị Thanh Thúy")],
           ["Ban Tổ chức Thành ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
           ["58 chi bộ", "2.416 đảng viên", "46 đảng viên mới", "115%", "87,5%", "86,66%", "0,12%",
            "412,6 triệu đồng"],
           ["142-BC/ĐU", "18-HD/BTCTU", "14/11/2025", "50-CT/TW", "6 tháng"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bc02_ubnd_xa_ktxh_9thang",
    text="""ỦY BAN NHÂN DÂN XÃ ĐẠI ĐỒNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND                         Đại Đồng, ngày 28 tháng 9 năm 2026
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2026; nhiệm vụ, giải pháp trọng tâm 3 tháng cuối năm
Thực hiện Nghị quyết số 12/NQ-HĐND ngày 18/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026, UBND xã báo cáo kết quả 9 tháng như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU
TT\tChỉ tiêu\tĐơn vị\tKế hoạch năm 2026\tThực hiện 9 tháng\tTỷ lệ (%)
1\tTổng thu ngân sách nhà nước trên địa bàn\ttriệu đồng\t48.500\t37.214\t76,73
2\tTổng sản lượng lương thực có hạt\ttấn\t21.600\t16.905\t78,26
3\tSố lao động được tạo việc làm mới\tngười\t650\t702\t108,00
4\tTỷ lệ người dân tham gia bảo hiểm y tế\t%\t95,5\t93,8\t-
Ngoài ra, tỷ lệ hộ nghèo giảm còn 1,62% (chỉ tiêu dưới 2%); giải ngân vốn đầu tư công đạt 64,8% kế hoạch vốn; có 09/11 thôn duy trì danh hiệu thôn văn hóa.
II. ĐÁNH GIÁ CHUNG
1. Kết quả đạt được: sản xuất nông nghiệp ổn định, vụ hè thu được mùa; thu ngân sách cơ bản bảo đảm tiến độ; công tác giải quyết việc làm vượt kế hoạch năm ngay trong 9 tháng.
2. Hạn chế: giải ngân vốn đầu tư công còn chậm, nhất là công trình trường mầm non trung tâm; tỷ lệ tham gia bảo hiểm y tế hộ gia đình chưa đạt kế hoạch; tình trạng xả rác thải ra kênh mương nội đồng còn xảy ra.
III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 3 THÁNG CUỐI NĂM 2026
1. Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm; giao Bộ phận Tài chính - Kế toán chủ trì, phối hợp các thôn đôn đốc thu thuế sử dụng đất phi nông nghiệp trước ngày 15/12/2026.
2. Giao Phòng Kinh tế phối hợp Ban Quản lý dự án đẩy nhanh thi công công trình trường mầm non trung tâm, hoàn thành giải ngân trong tháng 12/2026.
3. Giao Phòng Văn hóa - Xã hội vận động người dân tham gia bảo hiểm y tế hộ gia đình, bảo đảm đạt chỉ tiêu 95,5% trước ngày 31/12/2026.
4. Chỉ đạo thu hoạch vụ mùa, chuẩn bị sản xuất vụ đông; trưởng các thôn chịu trách nhiệm ra quân vệ sinh kênh mương nội đồng trong tháng 10/2026.
Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2026 của UBND xã Đại Đồng./.
Nơi nhận:                                TM. ỦY BAN NHÂN DÂN
- Thường trực Đảng ủy xã;                          CHỦ TỊCH
- Thường trực HĐND xã;
- Chủ tịch, các PCT UBND xã;
- Lưu: VT, VP.                               Nguyễn Văn Khởi
""",
    pcts=[("76,73", 37214, 48500), ("78,26", 16905, 21600), ("108,00", 702, 650)],
    free_pcts=["1,62%", "2%", "64,8%", "95,5%"],
    gold=G("bao_cao", "ỦY BAN NHÂN DÂN XÃ ĐẠI ĐỒNG", None, "215/BC-UBND", "Đại Đồng", "2026-09-28",
           "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2026; nhiệm vụ, giải pháp trọng tâm 3 tháng cuối năm",
           None, None, [],
           [T("Tổng thu ngân sách nhà nước trên địa bàn", 48500, 37214, "triệu đồng", "năm 2026", "tiến độ"),
            T("Tổng sản lượng lương thực có hạt", 21600, 16905, "tấn", "năm 2026", "tiến độ"),
            T("Số lao động được tạo việc làm mới", 650, 702, "người", "năm 2026", "vượt"),
            T("Tỷ lệ người dân tham gia bảo hiểm y tế", 95.5, 93.8, "%", "năm 2026", "tiến độ"),
            T("tỷ lệ hộ nghèo", 2, 1.62, "%", "năm 2026", "đạt")],
           [K("chủ trì, phối hợp các thôn đôn đốc thu thuế sử dụng đất phi nông nghiệp", "Bộ phận Tài chính - Kế toán",
              "trước ngày 15/12/2026"),
            K("phối hợp Ban Quản lý dự án đẩy nhanh thi công công trình trường mầm non trung tâm, hoàn thành giải ngân",
              "Phòng Kinh tế", "trong tháng 12/2026"),
            K("vận động người dân tham gia bảo hiểm y tế hộ gia đình, bảo đảm đạt chỉ tiêu 95,5%",
              "Phòng Văn hóa - Xã hội", "trước ngày 31/12/2026"),
            K("ra quân vệ sinh kênh mương nội đồng", "trưởng các thôn", "trong tháng 10/2026")],
           [S("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Khởi")],
           ["Thường trực Đảng ủy xã", "Thường trực HĐND xã", "Chủ tịch, các PCT UBND xã", "Lưu: VT, VP"],
           ["37.214", "76,73", "16.905", "702", "108,00", "1,62%", "64,8%", "09/11 thôn"],
           ["215/BC-UBND", "12/NQ-HĐND", "18/12/2025", "3 tháng cuối năm"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bc03_hoinongdan_xa_6thang",
    text="""HỘI NÔNG DÂN HUYỆN TRẦN VĂN THỜI\t\tHỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN XÃ KHÁNH BÌNH
***
Số: 18/BC-HND\t\t\tKhánh Bình, ngày 22 tháng 6 năm 2023
BÁO CÁO
Sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm,
phương hướng nhiệm vụ 6 tháng cuối năm 2023
Căn cứ Nghị quyết của Ban Chấp hành Hội Nông dân xã về các chỉ tiêu công tác Hội năm 2023, BCH Hội Nông dân xã báo cáo kết quả 6 tháng đầu năm như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác xây dựng tổ chức Hội
Toàn xã có 12 chi hội, 38 tổ hội với 1.386 hội viên. Trong 6 tháng, kết nạp mới 23 hội viên, đạt 57,5% chỉ tiêu năm (40 hội viên); cấp, đổi thẻ hội viên cho 214 người; 11/12 chi hội tổ chức sinh hoạt đều đặn hằng tháng.
2. Các phong trào thi đua
- Có 1.052/1.386 hộ hội viên đăng ký phấn đấu đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, chiếm 75,9% (chỉ tiêu từ 70% trở lên).
- Vận động xây dựng Quỹ Hỗ trợ nông dân được 48.650.000/40.000.000 đồng (đạt 121,63%), vượt chỉ tiêu cả năm.
- Phối hợp Ngân hàng Chính sách xã hội giải ngân 3,85 tỷ đồng cho 96 hộ vay vốn; dư nợ ủy thác qua Hội đạt 21,7 tỷ đồng, nợ quá hạn 0,18%.
- Giúp 07 hộ hội viên nghèo con giống, ngày công; vận động hội viên hiến 1.250 m2 đất làm đường giao thông nông thôn.
Nhìn chung, 6 tháng đầu năm, Hội Nông dân xã đạt và vượt 9/14 chỉ tiêu; các chỉ tiêu còn lại phấn đấu hoàn thành trong quý IV.
II. HẠN CHẾ
Công tác kết nạp hội viên ở chi hội ấp Kinh Hòn, Rạch Ráng còn chậm; một số tổ hội chưa sinh hoạt thường xuyên; việc nhân rộng mô hình nuôi tôm - lúa còn ít.
III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023
+ Tiếp tục tuyên truyền chủ trương, chính sách về nông nghiệp, nông dân, nông thôn; củng cố chi hội yếu, phấn đấu kết nạp 17 hội viên còn lại của chỉ tiêu năm.
+ Giao các chi hội trưởng rà soát, bình xét hộ sản xuất, kinh doanh giỏi, gửi danh sách về Hội trước ngày 30/10/2023.
+ Phối hợp Trung tâm Dịch vụ nông nghiệp mở 02 lớp tập huấn kỹ thuật nuôi tôm - lúa trong quý III/2023.
+ Chuẩn bị tổ chức Hội thi nhà nông đua tài cấp xã; Thường trực Hội xây dựng kế hoạch trước ngày 15/8/2023.
Trên đây là báo cáo sơ kết 6 tháng đầu năm 2023 của BCH Hội Nông dân xã Khánh Bình./.
Nơi nhận:
- Hội Nông dân huyện;
- Đảng ủy xã;
- Lưu.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Đặng Minh Thẳng
""",
    pcts=[("57,5%", 23, 40), ("75,9%", 1052, 1386), ("121,63%", 48650000, 40000000)],
    free_pcts=["70%", "0,18%"],
    checks=[(23 + 17 == 40, "17 remaining members")],
    gold=G("bao_cao", "BCH HỘI NÔNG DÂN XÃ KHÁNH BÌNH", "HỘI NÔNG DÂN HUYỆN TRẦN VĂN THỜI", "18/BC-HND",
           "Khánh Bình", "2023-06-22",
           "Sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023",
           None, None, [],
           [T("kết nạp mới 23 hội viên", 40, 23, "hội viên", "năm 2023", "tiến độ"),
            T("hộ hội viên đăng ký phấn đấu đạt danh hiệu sản xuất, kinh doanh giỏi các cấp", 70, 75.9, "%",
              "năm 2023", "đạt"),
            T("Vận động xây dựng Quỹ Hỗ trợ nông dân", 40000000, 48650000, "đồng", "năm 2023", "vượt")],
           [K("Tiếp tục tuyên truyền chủ trương, chính sách về nông nghiệp, nông dân, nông thôn; củng cố chi hội yếu, phấn đấu kết nạp 17 hội viên còn lại của chỉ tiêu năm",
              None, None),
            K("rà soát, bình xét hộ sản xuất, kinh doanh giỏi, gửi danh sách về Hội", "các chi hội trưởng",
              "trước ngày 30/10/2023"),
            K("Phối hợp Trung tâm Dịch vụ nông nghiệp mở 02 lớp tập huấn kỹ thuật nuôi tôm - lúa", None,
              "trong quý III/2023"),
            K("xây dựng kế hoạch", "Thường trực Hội", "trước ngày 15/8/2023")],
           [S("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Đặng Minh Thẳng")],
           ["Hội Nông dân huyện", "Đảng ủy xã", "Lưu"],
           ["1.386 hội viên", "23 hội viên", "57,5%", "75,9%", "48.650.000/40.000.000 đồng", "121,63%",
            "3,85 tỷ đồng", "9/14 chỉ tiêu"],
           ["18/BC-HND", "6 tháng cuối năm", "quý IV", "02 lớp"]),
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    name="bc04_so_yte_chitieu_nam",
    text="""UBND TỈNH HÀ TĨNH
SỞ Y TẾ
Số: 3174/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 16 tháng 12 năm 2024
BÁO CÁO
Kết quả thực hiện các chỉ tiêu y tế năm 2024 và kế hoạch năm 2025
Kính gửi: Ủy ban nhân dân tỉnh.
Thực hiện Quyết định số 3612/QĐ-UBND ngày 19/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch năm 2024, Sở Y tế báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024
Năm 2024, ngành Y tế thực hiện 8 chỉ tiêu chủ yếu, có 6/8 chỉ tiêu đạt và vượt kế hoạch, cụ thể:
1. Số giường bệnh/vạn dân (không tính giường trạm y tế): đạt 34,2 giường, vượt kế hoạch (33 giường).
2. Số bác sĩ/vạn dân: đạt 10,1 bác sĩ, chưa đạt kế hoạch (11 bác sĩ).
3. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ: 96,4%, đạt chỉ tiêu (từ 95% trở lên).
4. Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi: 17,8%, đạt chỉ tiêu (không quá 18%).
5. Tỷ lệ dân số tham gia bảo hiểm y tế: 92,3%, chưa đạt chỉ tiêu (93%).
6. Số xã đạt Bộ tiêu chí quốc gia về y tế xã: 207/216 xã, đạt 95,83%, vượt kế hoạch (95%).
7. Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử: 91,5%, đạt kế hoạch (90%).
8. Tỷ lệ tăng dân số tự nhiên: 0,87%, đạt chỉ tiêu (dưới 0,9%).
II. TỒN TẠI, HẠN CHẾ
- Thiếu bác sĩ tại tuyến xã và một số chuyên khoa (gây mê hồi sức, giải phẫu bệnh); 14 bác sĩ nghỉ việc, chuyển công tác trong năm.
- Tỷ lệ tham gia bảo hiểm y tế chưa đạt do nhóm hộ gia đình giảm 3.420 người so với năm 2023.
III. KẾ HOẠCH NĂM 2025
1. Chỉ tiêu chủ yếu: số bác sĩ/vạn dân đạt 11,5 bác sĩ; tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 94%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi dưới 17,5%.
2. Nhiệm vụ, giải pháp:
a) Phòng Tổ chức cán bộ tham mưu chính sách thu hút bác sĩ về công tác tại tuyến xã, trình UBND tỉnh trước ngày 31/3/2025.
b) Phòng Nghiệp vụ Y chỉ đạo các bệnh viện triển khai bệnh án điện tử, hoàn thành trong năm 2025.
c) Phối hợp Bảo hiểm xã hội tỉnh phát triển người tham gia bảo hiểm y tế hộ gia đình.
Sở Y tế kính báo cáo Ủy ban nhân dân tỉnh./.
Nơi nhận:\t\t\t\t\tKT. GIÁM ĐỐC
- Như trên;\t\t\t\t\tPHÓ GIÁM ĐỐC
- Giám đốc Sở (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT, KHTC.\t\t\t\tTrần Thị Nguyệt Minh
""",
    pcts=[("95,83%", 207, 216)],
    free_pcts=["96,4%", "95%", "17,8%", "18%", "92,3%", "93%", "91,5%", "90%", "0,87%", "0,9%", "94%",
               "17,5%"],
    gold=G("bao_cao", "SỞ Y TẾ", "UBND TỈNH HÀ TĨNH", "3174/BC-SYT", "Hà Tĩnh", "2024-12-16",
           "Kết quả thực hiện các chỉ tiêu y tế năm 2024 và kế hoạch năm 2025",
           None, None, [],
           [T("Số giường bệnh/vạn dân", 33, 34.2, "giường", "năm 2024", "vượt"),
            T("Số bác sĩ/vạn dân", 11, 10.1, "bác sĩ", "năm 2024", "chưa đạt"),
            T("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", 95, 96.4, "%", "năm 2024", "đạt"),
            T("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", 18, 17.8, "%", "năm 2024", "đạt"),
            T("Tỷ lệ dân số tham gia bảo hiểm y tế", 93, 92.3, "%", "năm 2024", "chưa đạt"),
            T("Số xã đạt Bộ tiêu chí quốc gia về y tế xã", 95, 95.83, "%", "năm 2024", "vượt"),
            T("Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử", 90, 91.5, "%", "năm 2024", "đạt"),
            T("Tỷ lệ tăng dân số tự nhiên", 0.9, 0.87, "%", "năm 2024", "đạt"),
            T("số bác sĩ/vạn dân", 11.5, None, "bác sĩ", "năm 2025", None),
            T("tỷ lệ dân số tham gia bảo hiểm y tế", 94, None, "%", "năm 2025", None),
            T("tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", 17.5, None, "%", "năm 2025", None)],
           [K("tham mưu chính sách thu hút bác sĩ về công tác tại tuyến xã, trình UBND tỉnh", "Phòng Tổ chức cán bộ",
              "trước ngày 31/3/2025"),
            K("chỉ đạo các bệnh viện triển khai bệnh án điện tử", "Phòng Nghiệp vụ Y", "trong năm 2025"),
            K("Phối hợp Bảo hiểm xã hội tỉnh phát triển người tham gia bảo hiểm y tế hộ gia đình", None, None)],
           [S("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Nguyệt Minh")],
           ["Như trên", "Giám đốc Sở (b/c)", "Sở Kế hoạch và Đầu tư", "Lưu: VT, KHTC"],
           ["6/8 chỉ tiêu", "34,2 giường", "10,1 bác sĩ", "96,4%", "17,8%", "92,3%", "207/216 xã", "95,83%"],
           ["3174/BC-SYT", "3612/QĐ-UBND", "19/12/2023", "14 bác sĩ", "3.420 người"]),
))
