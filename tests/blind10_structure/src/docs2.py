from common import gold, M, A, AB, V, T, K, S, doc

DOCS = []

# ---------------------------------------------------------------- bb05
DOCS.append(doc("bb05_kyluat_chibo_khupho_2023", """
ĐẢNG BỘ PHƯỜNG AN LẠC
CHI BỘ KHU PHỐ 3
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
HỘI NGHỊ CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN
Thời gian: từ 19 giờ 00 phút đến 21 giờ 05 phút, ngày 14/9/2023.
Địa điểm: Văn phòng Ban điều hành khu phố 3.
Chủ trì: đồng chí Trương Văn Hiếu - Bí thư Chi bộ.
Ghi biên bản: đồng chí Nguyễn Thị Kim Yến - Phó Bí thư Chi bộ.
Dự hội nghị có đồng chí Lâm Quốc Bảo - Ủy viên Ủy ban Kiểm tra Đảng ủy phường.
Tổng số đảng viên của chi bộ: 32 đồng chí (30 chính thức, 2 dự bị), trong đó 01 đồng chí chính thức được miễn sinh hoạt. Có mặt: 27 đồng chí (26 chính thức, 1 dự bị). Vắng: 05 đồng chí, gồm:
- Đồng chí Phạm Văn Út (chính thức): miễn sinh hoạt đảng;
- Đồng chí Huỳnh Thị Lan (chính thức): đang điều trị tại bệnh viện;
- Đồng chí Đặng Minh Trí (chính thức): đi công tác tại Cần Thơ;
- Đồng chí Võ Thị Ngọc Bích (dự bị): chăm con ốm;
- Đồng chí Lý Văn Sang (chính thức): không có lý do.
I. NỘI DUNG
Xem xét, đề nghị thi hành kỷ luật đối với đồng chí Nguyễn Hoàng Phúc, sinh năm 1979, đảng viên chính thức, Tổ trưởng tổ dân phố 27.
Đồng chí Trương Văn Hiếu báo cáo kết quả kiểm tra: đồng chí Nguyễn Hoàng Phúc xây dựng nhà kho không phép trên đất nông nghiệp tại tổ dân phố 27, đã bị UBND phường xử phạt vi phạm hành chính 15.000.000 đồng và buộc tháo dỡ; vi phạm Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm.
Đồng chí Nguyễn Hoàng Phúc đọc bản tự kiểm điểm, nhận khuyết điểm và tự nhận hình thức kỷ luật khiển trách.
Có 7 ý kiến phát biểu; đồng chí Lâm Quốc Bảo đề nghị chi bộ xem xét khách quan, đúng quy trình.
II. BỎ PHIẾU KÍN
Tổ kiểm phiếu: đồng chí Mai Văn Tùng (tổ trưởng), đồng chí Lê Thị Thanh Tâm.
Số phiếu phát ra: 26; thu về: 26; hợp lệ: 26.
Kết quả: đề nghị khiển trách: 19 phiếu; đề nghị cảnh cáo: 5 phiếu; không kỷ luật: 2 phiếu.
Số phiếu đề nghị hình thức khiển trách là 19/29 đảng viên chính thức của chi bộ (không tính 01 đồng chí miễn sinh hoạt vắng mặt), đạt 65,5%, trên một nửa. Chi bộ đề nghị Đảng ủy phường thi hành kỷ luật đồng chí Nguyễn Hoàng Phúc bằng hình thức khiển trách.
Giao đồng chí Bí thư Chi bộ hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường trước ngày 20/9/2023.
Biên bản đã đọc lại trước hội nghị, các đảng viên nhất trí.
NGƯỜI GHI BIÊN BẢN\tT/M CHI BỘ
\tBÍ THƯ
Nguyễn Thị Kim Yến\tTrương Văn Hiếu
""", gold(
    "bien_ban", issuer="CHI BỘ KHU PHỐ 3", issuer_parent="ĐẢNG BỘ PHƯỜNG AN LẠC", date="2023-09-14",
    title="HỘI NGHỊ CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    meeting=M("HỘI NGHỊ CHI BỘ XEM XÉT, ĐỀ NGHỊ THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "19:00", "21:05",
              "2023-09-14", "Văn phòng Ban điều hành khu phố 3", ["Trương Văn Hiếu"], "Nguyễn Thị Kim Yến"),
    attendance=A(32, 30, 2, 27, 5, [AB("Phạm Văn Út", "miễn sinh hoạt đảng"),
                                     AB("Huỳnh Thị Lan", "đang điều trị tại bệnh viện"),
                                     AB("Đặng Minh Trí", "đi công tác tại Cần Thơ"),
                                     AB("Võ Thị Ngọc Bích", "chăm con ốm"),
                                     AB("Lý Văn Sang", "không có lý do")]),
    decisions=[V("discipline", "đề nghị thi hành kỷ luật", 19, None, None, 29, "Nguyễn Hoàng Phúc", "khiển trách")],
    tasks=[K("hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường", "đồng chí Bí thư Chi bộ", "trước ngày 20/9/2023")],
    signers=[S("NGƯỜI GHI BIÊN BẢN", None, "Nguyễn Thị Kim Yến"), S("T/M CHI BỘ", "BÍ THƯ", "Trương Văn Hiếu")],
    key_figures=["15.000.000 đồng", "19 phiếu", "5 phiếu", "2 phiếu", "19/29", "65,5%"],
    noise_figures=["14/9/2023", "sinh năm 1979", "69-QĐ/TW", "tổ dân phố 27", "19 giờ 00 phút", "21 giờ 05 phút"]),
    pct=[(19, 29, "65,5%")],
    shape="kỷ luật (chuyên đề); absentee list with dự bị/chính thức tags; ballot on 29 = official minus absent exempt"))

# ---------------------------------------------------------------- bb06
DOCS.append(doc("bb06_ketnap_chibo_phong_2017", """
ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH
*\tThạch Thành, ngày 08 tháng 9 năm 2017
BIÊN BẢN
HỌP CHI BỘ CHUYÊN ĐỀ XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN
Vào hồi 15 giờ 30 phút, ngày 08/9/2017, tại phòng họp Phòng Tài chính - Kế hoạch, Chi bộ họp xét đề nghị kết nạp quần chúng Phạm Tuấn Anh vào Đảng Cộng sản Việt Nam.
Chủ trì: đồng chí Lê Đình Thắng - Bí thư Chi bộ, Trưởng phòng.
Thư ký: đồng chí Trịnh Thu Huyền - Chi ủy viên.
Chi bộ có 13 đảng viên (11 chính thức, 2 dự bị). Có mặt 12 đồng chí (11 chính thức, 1 dự bị). Vắng 01 đồng chí: đồng chí Mai Thị Quỳnh (dự bị) - nghỉ phép năm.
Nội dung và diễn biến:
1. Đồng chí Lê Đình Thắng báo cáo tóm tắt lý lịch quần chúng Phạm Tuấn Anh, sinh ngày 17/3/1991, chuyên viên Phòng Tài chính - Kế hoạch; đã học lớp bồi dưỡng nhận thức về Đảng (Giấy chứng nhận số 215/GCN ngày 20/6/2017 của Trung tâm Bồi dưỡng chính trị huyện); năm 2016 được xếp loại hoàn thành tốt nhiệm vụ.
2. Đồng chí Trịnh Thu Huyền đọc nhận xét của các tổ chức đoàn thể và của chi ủy nơi cư trú; hai đảng viên giới thiệu là đồng chí Lê Đình Thắng và đồng chí Trịnh Thu Huyền.
3. Ý kiến của đảng viên:
- Đồng chí Hà Văn Cường: quần chúng có tinh thần trách nhiệm, tham mưu tốt việc lập dự toán ngân sách năm 2017.
- Đồng chí Nguyễn Thị Mai: đề nghị quần chúng rèn luyện thêm kỹ năng phối hợp với các xã.
- Đồng chí Lê Văn Khánh: quần chúng chấp hành tốt nội quy cơ quan, gia đình chấp hành tốt chủ trương, chính sách ở địa phương.
4. Biểu quyết (chỉ đảng viên chính thức biểu quyết):
- Tán thành đề nghị kết nạp: 10/11 đồng chí, đạt 90,9%;
- Không tán thành: 01 đồng chí, chiếm 9,1%;
- Không có ý kiến khác.
Chi bộ đề nghị Ban Thường vụ Đảng ủy Cơ quan Chính quyền huyện xem xét, kết nạp quần chúng Phạm Tuấn Anh vào Đảng.
Giao đồng chí Trịnh Thu Huyền hoàn thiện hồ sơ đề nghị kết nạp, gửi Đảng ủy Cơ quan Chính quyền huyện trước ngày 15/9/2017.
Cuộc họp kết thúc lúc 17 giờ 00 phút cùng ngày.
THƯ KÝ\tT/M CHI BỘ
\tBÍ THƯ
Trịnh Thu Huyền\tLê Đình Thắng
Nơi nhận:
- Đảng ủy Cơ quan Chính quyền huyện (b/c);
- Lưu hồ sơ đảng viên.
""", gold(
    "bien_ban", issuer="CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH", issuer_parent="ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN",
    place="Thạch Thành", date="2017-09-08", title="HỌP CHI BỘ CHUYÊN ĐỀ XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN",
    meeting=M("HỌP CHI BỘ CHUYÊN ĐỀ XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN", "chuyên đề", "15:30", "17:00", "2017-09-08",
              "phòng họp Phòng Tài chính - Kế hoạch", ["Lê Đình Thắng"], "Trịnh Thu Huyền"),
    attendance=A(13, 11, 2, 12, 1, [AB("Mai Thị Quỳnh", "nghỉ phép năm")]),
    decisions=[V("vote", "đề nghị kết nạp quần chúng Phạm Tuấn Anh vào Đảng", 10, 1, 0, 11, "Phạm Tuấn Anh", "thông qua")],
    tasks=[K("hoàn thiện hồ sơ đề nghị kết nạp, gửi Đảng ủy Cơ quan Chính quyền huyện", "đồng chí Trịnh Thu Huyền", "trước ngày 15/9/2017")],
    signers=[S("THƯ KÝ", None, "Trịnh Thu Huyền"), S("T/M CHI BỘ", "BÍ THƯ", "Lê Đình Thắng")],
    recipients=["Đảng ủy Cơ quan Chính quyền huyện (b/c)", "Lưu hồ sơ đảng viên"],
    key_figures=["10/11", "90,9%", "01 đồng chí", "9,1%"],
    noise_figures=["17/3/1991", "215/GCN", "20/6/2017", "15 giờ 30 phút", "17 giờ 00 phút"]),
    pct=[(10, 11, "90,9%"), (1, 11, "9,1%")],
    shape="kết nạp; side-by-side TAB header with '*' and date line on one row; Nơi nhận after signature"))

# ---------------------------------------------------------------- bb07
DOCS.append(doc("bb07_bch_huyen_lan15_2023", """
ĐẢNG BỘ TỈNH GIA LAI\tĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY KRÔNG PA
*
Số 96-BB/HU\tKrông Pa, ngày 21 tháng 7 năm 2023
BIÊN BẢN
HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ MƯỜI LĂM (MỞ RỘNG), KHÓA XVII
Hội nghị họp từ 07 giờ 30 phút đến 11 giờ 30 phút ngày 21/7/2023 tại Hội trường Huyện ủy.
Chủ trì hội nghị: đồng chí Nguyễn Văn Thắng - Bí thư Huyện ủy. Thư ký: đồng chí Phan Thị Lài - Phó Chánh Văn phòng Huyện ủy.
Ban Chấp hành Đảng bộ huyện có 37 đồng chí; dự hội nghị 34 đồng chí. Vắng có lý do 03 đồng chí (Ksor Y Nhi - đi học; Rơ Châm Hlin - ốm; Trần Quốc Việt - đi công tác tỉnh). Dự hội nghị mở rộng có bí thư các tổ chức cơ sở đảng không là huyện ủy viên.
NỘI DUNG HỘI NGHỊ
1. Đồng chí Phó Bí thư Thường trực Huyện ủy trình bày báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023: tổng giá trị sản xuất ước đạt 3.412 tỷ đồng, bằng 49,6% kế hoạch năm (6.880 tỷ đồng); thu ngân sách nhà nước trên địa bàn 41,25 tỷ đồng/dự toán 72,5 tỷ đồng, đạt 56,9%; kết nạp 118 đảng viên, đạt 49,2% chỉ tiêu năm (240 đảng viên); giải ngân vốn đầu tư công đạt 38,7% kế hoạch.
2. Thảo luận: có 9 ý kiến. Đồng chí Rơ Mah Thuận đề nghị tháo gỡ vướng mắc giải phóng mặt bằng tuyến đường liên xã Chư Gu - Ia Rsai.
3. Biểu quyết Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023: 34/37 đồng chí Huyện ủy viên tán thành, đạt 91,9%; không tán thành: không; ý kiến khác: không.
4. Bầu bổ sung Ủy viên Ủy ban Kiểm tra Huyện ủy khóa XVII: phiếu phát ra 34, thu về 34, hợp lệ 34; đồng chí Siu Hiếu được 31/34 phiếu hợp lệ, đạt 91,2%, trúng cử.
KẾT LUẬN
- Giao Văn phòng Huyện ủy hoàn chỉnh Nghị quyết, ban hành trước ngày 28/7/2023.
- Giao Ban cán sự đảng UBND huyện chỉ đạo đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đến ngày 30/9/2023 giải ngân đạt từ 70% kế hoạch trở lên.
- Giao Ban Tổ chức Huyện ủy hướng dẫn các tổ chức cơ sở đảng đẩy mạnh kết nạp đảng viên trong quý III/2023.
NGƯỜI GHI BIÊN BẢN\tT/M BAN CHẤP HÀNH
\tBÍ THƯ
Phan Thị Lài\tNguyễn Văn Thắng
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Lưu Văn phòng Huyện ủy.
""", gold(
    "bien_ban", issuer="HUYỆN ỦY KRÔNG PA", issuer_parent="ĐẢNG BỘ TỈNH GIA LAI", doc_number="96-BB/HU",
    place="Krông Pa", date="2023-07-21",
    title="HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ MƯỜI LĂM (MỞ RỘNG), KHÓA XVII",
    meeting=M("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ MƯỜI LĂM (MỞ RỘNG), KHÓA XVII", "hội nghị BCH", "07:30",
              "11:30", "2023-07-21", "Hội trường Huyện ủy", ["Nguyễn Văn Thắng"], "Phan Thị Lài"),
    attendance=A(37, None, None, 34, 3, [AB("Ksor Y Nhi", "đi học"), AB("Rơ Châm Hlin", "ốm"),
                                         AB("Trần Quốc Việt", "đi công tác tỉnh")]),
    decisions=[V("resolution", "Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023", 34, 0, 0, 37, outcome="thông qua"),
               V("election", "bầu bổ sung Ủy viên Ủy ban Kiểm tra Huyện ủy", 31, None, None, 34, "Siu Hiếu", "trúng cử")],
    targets=[T("tổng giá trị sản xuất", 6880, 3412, "tỷ đồng", "năm 2023", "tiến độ"),
             T("thu ngân sách nhà nước trên địa bàn", 72.5, 41.25, "tỷ đồng", "năm 2023", "tiến độ"),
             T("kết nạp", 240, 118, "đảng viên", "năm 2023", "tiến độ"),
             T("giải ngân", 70, None, "%", "đến ngày 30/9/2023", None)],
    tasks=[K("hoàn chỉnh Nghị quyết, ban hành", "Văn phòng Huyện ủy", "trước ngày 28/7/2023"),
           K("chỉ đạo đẩy nhanh giải ngân vốn đầu tư công", "Ban cán sự đảng UBND huyện", "đến ngày 30/9/2023"),
           K("hướng dẫn các tổ chức cơ sở đảng đẩy mạnh kết nạp đảng viên", "Ban Tổ chức Huyện ủy", "trong quý III/2023")],
    signers=[S("NGƯỜI GHI BIÊN BẢN", None, "Phan Thị Lài"), S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Văn Thắng")],
    recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu Văn phòng Huyện ủy"],
    key_figures=["3.412 tỷ đồng", "49,6%", "41,25 tỷ đồng", "56,9%", "118 đảng viên", "38,7%", "34/37", "91,2%"],
    noise_figures=["96-BB/HU", "07 giờ 30 phút", "KHÓA XVII", "21/7/2023"]),
    pct=[(3412, 6880, "49,6%"), (41.25, 72.5, "56,9%"), (118, 240, "49,2%"), (34, 37, "91,9%"), (31, 34, "91,2%")],
    shape="huyện (pre-2025) BCH; mid-year progress (tiến độ); vote with zeros in words; ballot on valid ballots; Nơi nhận after"))
