from common import *

DOCS = []

# 5 ---------------------------------------------------------------- kiểm phiếu, đại hội chi bộ ấp, early 2025 (pre-merger)
DOCS.append(dict(name="bb05_kiemphieu_daihoi_chibo_2025", text="""
ĐẢNG BỘ XÃ TÂN PHÚ ĐÔNG\t\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP TÂN LỢI
*\t\tTân Phú Đông, ngày 14 tháng 3 năm 2025
BIÊN BẢN KIỂM PHIẾU
Bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027
Đại hội Chi bộ ấp Tân Lợi lần thứ IX, nhiệm kỳ 2025 - 2027 khai mạc lúc 7 giờ 30 phút ngày 14/3/2025 tại Hội trường ấp Tân Lợi. Đoàn Chủ tịch Đại hội gồm đồng chí Huỳnh Văn Bé Tư và đồng chí Lê Thị Ngọc Hân; Thư ký Đại hội: đồng chí Trương Thị Diễm.
Chi bộ có 29 đảng viên (27 chính thức, 2 dự bị), được triệu tập đầy đủ. Có mặt tại Đại hội: 28 đồng chí; vắng 01 đồng chí chính thức: đồng chí Trần Văn Út (ốm, nằm viện).
Đại hội đã biểu quyết số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 03 đồng chí (26/26 đảng viên chính thức có mặt tán thành) và thông qua danh sách bầu cử gồm 04 đồng chí.
Ban kiểm phiếu gồm: 1) Đ/c Phạm Thị Kiều, Trưởng ban; 2) Đ/c Võ Minh Khang, Ủy viên; 3) Đ/c Trần Thị Mỹ Linh, Ủy viên.
I. KẾT QUẢ BẦU CHI ỦY
Số đảng viên chính thức có quyền bầu cử: 27; có mặt lúc bầu cử: 26.
Số phiếu phát ra: 26; số phiếu thu về: 26; số phiếu hợp lệ: 25; số phiếu không hợp lệ: 01 (bầu quá số lượng).
TT | Họ và tên (xếp theo vần A, B, C của tên) | Số phiếu | Tỷ lệ % (so với phiếu hợp lệ)
1 | Lê Thị Ngọc Hân | 23 | 92%
2 | Nguyễn Hoàng Phúc | 19 | 76%
3 | Đoàn Văn Sang | 9 | 36%
4 | Huỳnh Văn Bé Tư | 24 | 96%
Căn cứ Quy chế bầu cử trong Đảng, các đồng chí sau trúng cử Chi ủy (xếp theo số phiếu từ cao xuống thấp): Huỳnh Văn Bé Tư, Lê Thị Ngọc Hân, Nguyễn Hoàng Phúc. Đồng chí Đoàn Văn Sang không trúng cử do số phiếu không quá một nửa.
II. KẾT QUẢ BẦU BÍ THƯ CHI BỘ
Danh sách bầu cử: 01 đồng chí (Huỳnh Văn Bé Tư).
Số phiếu phát ra: 26; thu về: 26; hợp lệ: 26; không hợp lệ: 0.
Đồng chí Huỳnh Văn Bé Tư đạt 25/26 phiếu, tỷ lệ 96,15%, trúng cử Bí thư Chi bộ nhiệm kỳ 2025 - 2027.
Ban kiểm phiếu hoàn thành việc kiểm phiếu lúc 10 giờ 20 phút, công bố trước Đại hội; trong quá trình bỏ phiếu và kiểm phiếu không có đảng viên nào khiếu nại. Phiếu bầu đã được niêm phong, giao Đoàn Chủ tịch lưu theo quy định. Đại hội bế mạc lúc 11 giờ 00 cùng ngày.
ỦY VIÊN\t\tT/M BAN KIỂM PHIẾU
\t\tTRƯỞNG BAN
Võ Minh Khang\t\t
Trần Thị Mỹ Linh\t\tPhạm Thị Kiều
""", gold=G("bien_ban", "CHI BỘ ẤP TÂN LỢI", "ĐẢNG BỘ XÃ TÂN PHÚ ĐÔNG", None, "Tân Phú Đông", "2025-03-14",
    "Bầu Chi ủy và Bí thư Chi bộ nhiệm kỳ 2025 - 2027",
    M("Đại hội Chi bộ ấp Tân Lợi lần thứ IX, nhiệm kỳ 2025 - 2027", "đại hội", "07:30", "11:00", "2025-03-14",
      "Hội trường ấp Tân Lợi", ["Huỳnh Văn Bé Tư", "Lê Thị Ngọc Hân"], "Trương Thị Diễm"),
    A(29, 27, 2, 28, 1, [("Trần Văn Út", "ốm, nằm viện")]),
    [D("vote", "số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 03 đồng chí", None, 26, None, None, 26, "thông qua"),
     D("election", "bầu Chi ủy", "Huỳnh Văn Bé Tư", 24, None, None, 25, "trúng cử"),
     D("election", "bầu Chi ủy", "Lê Thị Ngọc Hân", 23, None, None, 25, "trúng cử"),
     D("election", "bầu Chi ủy", "Nguyễn Hoàng Phúc", 19, None, None, 25, "trúng cử"),
     D("election", "bầu Chi ủy", "Đoàn Văn Sang", 9, None, None, 25, "không trúng cử"),
     D("election", "bầu Bí thư Chi bộ", "Huỳnh Văn Bé Tư", 25, None, None, 26, "trúng cử")],
    [], [],
    [S("ỦY VIÊN", None, "Võ Minh Khang"), S("ỦY VIÊN", None, "Trần Thị Mỹ Linh"),
     S("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Phạm Thị Kiều")],
    [],
    ["Số phiếu phát ra: 26", "số phiếu hợp lệ: 25", "số phiếu không hợp lệ: 01", "25/26 phiếu", "96,15%", "26/26 đảng viên chính thức"],
    ["lần thứ IX", "2025 - 2027", "7 giờ 30 phút", "10 giờ 20 phút", "11 giờ 00"]),
    pct=[(9, 25, "36%"), (24, 25, "96%"), (23, 25, "92%"), (19, 25, "76%"), (25, 26, "96,15%")]))

# 6 ---------------------------------------------------------------- kỷ luật, chi bộ trường học, 2023, header with spaces
DOCS.append(dict(name="bb06_kyluat_chibo_truonghoc_2023", text="""
ĐẢNG BỘ PHƯỜNG HÒA KHÁNH BẮC                    ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS NGUYỄN LƯƠNG BẰNG
              *
BIÊN BẢN
HỘI NGHỊ CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN
Thời gian: bắt đầu lúc 15 giờ 30 phút, ngày 08 tháng 11 năm 2023.
Địa điểm: Phòng họp Hội đồng sư phạm nhà trường.
Chủ trì: đồng chí Phan Thị Ánh Tuyết, Bí thư Chi bộ, Hiệu trưởng.
Thư ký: đồng chí Lương Văn Tiến, Chi ủy viên.
Dự hội nghị: đồng chí Ngô Thị Bảo Trâm, Ủy viên Ủy ban Kiểm tra Đảng ủy phường.
Tổng số đảng viên: 19 (chính thức 18, dự bị 01). Có mặt: 18 (chính thức 17, dự bị 01). Vắng: 01, đồng chí Lê Quang Vũ (đi tập huấn tại Hà Nội), có lý do.
Đảng viên được xem xét kỷ luật: đồng chí Nguyễn Văn Thành, sinh năm 1982, giáo viên Toán, vào Đảng ngày 19/5/2010.
DIỄN BIẾN
1. Đồng chí Lương Văn Tiến đọc báo cáo kết quả kiểm tra dấu hiệu vi phạm: từ tháng 02 đến tháng 9/2023, đồng chí Nguyễn Văn Thành tổ chức dạy thêm tại nhà cho 23 học sinh lớp mình chủ nhiệm, thu tiền không đúng quy định.
2. Đồng chí Nguyễn Văn Thành trình bày bản tự kiểm điểm, thừa nhận vi phạm, đã hoàn trả tiền cho phụ huynh và xin nhận hình thức kỷ luật.
3. Thảo luận: 9 ý kiến. Đa số cho rằng vi phạm gây ảnh hưởng đến uy tín nhà trường, nhưng đảng viên đã thành khẩn, khắc phục hậu quả; đồng chí Đỗ Minh Hoàng đề nghị hình thức cảnh cáo.
4. Bỏ phiếu kín: số phiếu phát ra 17, thu về 17, hợp lệ 17.
- Khiển trách: 12 phiếu (70,59%);
- Cảnh cáo: 3 phiếu (17,65%);
- Không kỷ luật: 2 phiếu (11,76%).
Căn cứ kết quả bỏ phiếu, Chi bộ quyết định thi hành kỷ luật đồng chí Nguyễn Văn Thành bằng hình thức khiển trách.
KẾT LUẬN
Đồng chí chủ trì yêu cầu đảng viên vi phạm nghiêm túc rút kinh nghiệm, không tái phạm; giao đồng chí Lương Văn Tiến hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường trước ngày 20/11/2023; Ban Giám hiệu rà soát, chấn chỉnh việc dạy thêm trong toàn trường, xong trước 30/11/2023.
Hội nghị kết thúc lúc 17 giờ 15 phút cùng ngày. Biên bản đã được thông qua trước hội nghị.
THƯ KÝ                                  T/M CHI BỘ
                                        BÍ THƯ
Lương Văn Tiến                          Phan Thị Ánh Tuyết
""", gold=G("bien_ban", "CHI BỘ TRƯỜNG THCS NGUYỄN LƯƠNG BẰNG", "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH BẮC", None, None, "2023-11-08",
    "HỘI NGHỊ CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN",
    M("HỘI NGHỊ CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN", "chuyên đề", "15:30", "17:15", "2023-11-08",
      "Phòng họp Hội đồng sư phạm nhà trường", ["Phan Thị Ánh Tuyết"], "Lương Văn Tiến"),
    A(19, 18, 1, 18, 1, [("Lê Quang Vũ", "đi tập huấn tại Hà Nội")]),
    [D("discipline", "thi hành kỷ luật đảng viên", "Nguyễn Văn Thành", 12, None, None, 17, "khiển trách")],
    [],
    [K("hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra Đảng ủy phường", "đồng chí Lương Văn Tiến", "trước ngày 20/11/2023"),
     K("rà soát, chấn chỉnh việc dạy thêm trong toàn trường", "Ban Giám hiệu", "xong trước 30/11/2023")],
    [S("THƯ KÝ", None, "Lương Văn Tiến"), S("T/M CHI BỘ", "BÍ THƯ", "Phan Thị Ánh Tuyết")],
    [],
    ["23 học sinh", "phiếu phát ra 17", "12 phiếu (70,59%)", "3 phiếu (17,65%)", "2 phiếu (11,76%)"],
    ["15 giờ 30 phút", "17 giờ 15 phút", "1982", "19/5/2010", "Toán"]),
    pct=[(12, 17, "70,59%"), (3, 17, "17,65%"), (2, 17, "11,76%")]))

# 7 ---------------------------------------------------------------- kết nạp + công nhận chính thức, chi bộ bản, 2021
DOCS.append(dict(name="bb07_ketnap_chibo_ban_2021", text="""
ĐẢNG BỘ HUYỆN MƯỜNG ẢNG
ĐẢNG BỘ XÃ ẲNG TỜ
CHI BỘ BẢN HUA NẶM
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
Họp chi bộ xét đề nghị kết nạp đảng viên và công nhận đảng viên chính thức
Hồi 20 giờ 00 phút ngày 12/8/2021, tại Nhà văn hóa bản Hua Nặm, Chi bộ bản Hua Nặm họp xét đề nghị kết nạp quần chúng Lò Thị Xuân vào Đảng và xét công nhận đảng viên chính thức đối với đồng chí Cầm Văn Hải.
Chủ trì: đồng chí Quàng Văn Ơn - Bí thư chi bộ.
Thư ký: đồng chí Lò Thị Hoa - Phó Bí thư chi bộ.
Đại biểu: đồng chí Tòng Văn Pâng - Đảng ủy viên, phụ trách chi bộ.
Tổng số đảng viên trong chi bộ: 15 đồng chí, trong đó chính thức 13, dự bị 2.
Có mặt: 14 đồng chí (12 chính thức, 2 dự bị). Vắng: 01 đồng chí, Lò Văn Panh, lý do: ốm.
Số đảng viên có quyền biểu quyết: 13 (đảng viên chính thức).
I. XÉT KẾT NẠP QUẦN CHÚNG LÒ THỊ XUÂN
Đồng chí Lò Thị Hoa đọc đơn xin vào Đảng, lý lịch, giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng, nhận xét của Chi đoàn thanh niên và ý kiến của đoàn thể nơi cư trú. Hai đảng viên chính thức được phân công giúp đỡ là đồng chí Quàng Văn Ơn và đồng chí Lường Thị Pấng báo cáo quá trình giúp đỡ, giới thiệu quần chúng đủ tiêu chuẩn.
Ý kiến: đồng chí Cà Văn Xiêng đề nghị quần chúng tiếp tục phát huy vai trò trong vận động bà con trồng cà phê theo hướng hữu cơ.
Biểu quyết: 12/13 đồng chí đảng viên chính thức tán thành, đạt 92,31%; không có ý kiến khác. Chi bộ đề nghị Đảng ủy xã xem xét, đề nghị Huyện ủy kết nạp quần chúng Lò Thị Xuân vào Đảng.
II. XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC ĐỐI VỚI ĐỒNG CHÍ CẦM VĂN HẢI
Đồng chí Cầm Văn Hải đọc bản tự kiểm điểm trong thời gian dự bị (12 tháng, từ 10/8/2020). Đảng viên giúp đỡ nhận xét: chấp hành tốt nghị quyết, tích cực trong phòng, chống dịch Covid-19; còn hạn chế là tham gia sinh hoạt chưa đều đặn.
Biểu quyết: 11/13 đồng chí tán thành (84,62%), 01 đồng chí không tán thành.
III. KẾT LUẬN
Chi bộ giao đồng chí Lò Thị Hoa hoàn thiện hồ sơ hai trường hợp, nộp Văn phòng Đảng ủy xã trước ngày 20/8/2021; giao đồng chí Quàng Văn Ơn tiếp tục giúp đỡ đồng chí Cầm Văn Hải khắc phục hạn chế.
Cuộc họp kết thúc hồi 22 giờ 05 phút cùng ngày.
THƯ KÝ\t\t\tCHỦ TRÌ
(Ký, ghi rõ họ tên)\t\t\t(Ký, ghi rõ họ tên)
Lò Thị Hoa\t\t\tQuàng Văn Ơn
""", gold=G("bien_ban", "CHI BỘ BẢN HUA NẶM", "ĐẢNG BỘ XÃ ẲNG TỜ", None, None, "2021-08-12",
    "Họp chi bộ xét đề nghị kết nạp đảng viên và công nhận đảng viên chính thức",
    M("Họp chi bộ xét đề nghị kết nạp đảng viên và công nhận đảng viên chính thức", "chuyên đề", "20:00", "22:05", "2021-08-12",
      "Nhà văn hóa bản Hua Nặm", ["Quàng Văn Ơn"], "Lò Thị Hoa"),
    A(15, 13, 2, 14, 1, [("Lò Văn Panh", "ốm")]),
    [D("vote", "đề nghị kết nạp vào Đảng", "Lò Thị Xuân", 12, None, 0, 13, "tán thành kết nạp"),
     D("vote", "công nhận đảng viên chính thức", "Cầm Văn Hải", 11, 1, None, 13, "tán thành công nhận chính thức")],
    [],
    [K("hoàn thiện hồ sơ hai trường hợp, nộp Văn phòng Đảng ủy xã", "đồng chí Lò Thị Hoa", "trước ngày 20/8/2021"),
     K("tiếp tục giúp đỡ đồng chí Cầm Văn Hải khắc phục hạn chế", "đồng chí Quàng Văn Ơn", None)],
    [S("THƯ KÝ", None, "Lò Thị Hoa"), S("CHỦ TRÌ", None, "Quàng Văn Ơn")],
    [],
    ["12/13 đồng chí", "92,31%", "11/13 đồng chí", "(84,62%)", "01 đồng chí không tán thành"],
    ["20 giờ 00 phút", "22 giờ 05 phút", "12 tháng", "10/8/2020"]),
    pct=[(12, 13, "92,31%"), (11, 13, "84,62%")]))

# 18 --------------------------------------------------------------- Sở họp giao ban, 2025 post-merger, chair/secretary in a sentence, hybrid
DOCS.append(dict(name="bb08_so_nnmt_giaoban_2025", text="""
UBND TỈNH NINH BÌNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\t\tĐộc lập - Tự do - Hạnh phúc
Số: 45/BB-SNNMT\t\tNinh Bình, ngày 14 tháng 8 năm 2025
BIÊN BẢN
Cuộc họp giao ban tháng 8 năm 2025
Vào lúc 8 giờ 00 phút ngày 14/8/2025, tại Phòng họp số 1, Sở Nông nghiệp và Môi trường tổ chức cuộc họp giao ban tháng 8 năm 2025 theo hình thức trực tiếp kết hợp trực tuyến đến các Chi cục, đơn vị sự nghiệp trực thuộc. Ông Đinh Công Tuấn, Giám đốc Sở chủ trì cuộc họp; bà Vũ Thị Ngân, chuyên viên Văn phòng Sở ghi biên bản.
Thành phần mời: 24 người; có mặt: 22 người; vắng: 02 người (ông Lã Văn Hòa, Phó Giám đốc Sở – đi công tác tại Bộ; bà Trịnh Thu Thủy, Trưởng phòng Quản lý đất đai – nghỉ phép).
I. NỘI DUNG CUỘC HỌP
1. Văn phòng Sở báo cáo kết quả tháng 7 và 7 tháng năm 2025: cấp 1.203 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 60,2% kế hoạch năm (2.000 giấy); tiêm phòng lở mồm long móng đợt 1 được 156.400/170.000 liều, đạt 92%; diện tích lúa mùa gieo cấy 58.740 ha; tiếp nhận và bàn giao nguyên trạng hồ sơ, tài liệu từ các huyện cũ về các xã theo mô hình chính quyền địa phương hai cấp.
2. Ý kiến các đơn vị: Chi cục Thủy lợi đề nghị bổ sung kinh phí vận hành trạm bơm tiêu úng; Trung tâm Phát triển quỹ đất phản ánh việc bàn giao hồ sơ địa chính tại một số xã còn thiếu.
3. Bà Phạm Thị Thanh Hương, Phó Giám đốc Sở, đề nghị các Chi cục rà soát nhiệm vụ đã phân cấp cho cấp xã, hướng dẫn công chức địa chính xã thực hiện thống nhất, tránh chồng chéo giữa các lĩnh vực đất đai, môi trường và nông nghiệp.
II. KẾT LUẬN CỦA GIÁM ĐỐC SỞ
1. Chi cục Chăn nuôi và Thú y hoàn thành tiêm phòng đợt 1, xong trước 31/8/2025.
2. Giao Văn phòng Đăng ký đất đai đẩy nhanh cấp giấy chứng nhận, bảo đảm đạt kế hoạch năm trong quý IV/2025.
3. Phòng Kế hoạch - Tài chính tổng hợp đề xuất kinh phí vận hành trạm bơm, trình Giám đốc Sở trước ngày 25/8/2025.
4. Chi cục Thủy lợi chủ động phương án tiêu úng, phòng, chống lụt bão trong mùa mưa.
Cuộc họp kết thúc lúc 11 giờ 20 phút cùng ngày. Biên bản được đọc lại và các thành viên dự họp thống nhất.
THƯ KÝ\t\tCHỦ TRÌ
\t\tGIÁM ĐỐC
Vũ Thị Ngân\t\tĐinh Công Tuấn
""", gold=G("bien_ban", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND TỈNH NINH BÌNH", "45/BB-SNNMT", "Ninh Bình", "2025-08-14",
    "Cuộc họp giao ban tháng 8 năm 2025",
    M("Cuộc họp giao ban tháng 8 năm 2025", "hội nghị", "08:00", "11:20", "2025-08-14", "Phòng họp số 1",
      ["Đinh Công Tuấn"], "Vũ Thị Ngân", "trực tiếp kết hợp trực tuyến"),
    A(24, None, None, 22, 2, [("Lã Văn Hòa", "đi công tác tại Bộ"), ("Trịnh Thu Thủy", "nghỉ phép")]),
    [],
    [T("cấp 1.203 giấy chứng nhận quyền sử dụng đất lần đầu", 2000, 1203, "giấy", "năm 2025", "tiến độ"),
     T("tiêm phòng lở mồm long móng đợt 1", 170000, 156400, "liều", "đợt 1 năm 2025", "tiến độ")],
    [K("hoàn thành tiêm phòng đợt 1", "Chi cục Chăn nuôi và Thú y", "xong trước 31/8/2025"),
     K("đẩy nhanh cấp giấy chứng nhận, bảo đảm đạt kế hoạch năm", "Văn phòng Đăng ký đất đai", "trong quý IV/2025"),
     K("tổng hợp đề xuất kinh phí vận hành trạm bơm, trình Giám đốc Sở", "Phòng Kế hoạch - Tài chính", "trước ngày 25/8/2025"),
     K("chủ động phương án tiêu úng, phòng, chống lụt bão trong mùa mưa", "Chi cục Thủy lợi", None)],
    [S("THƯ KÝ", None, "Vũ Thị Ngân"), S("CHỦ TRÌ", "GIÁM ĐỐC", "Đinh Công Tuấn")],
    [],
    ["1.203 giấy chứng nhận", "60,2% kế hoạch năm", "156.400/170.000 liều, đạt 92%", "58.740 ha"],
    ["8 giờ 00 phút", "11 giờ 20 phút", "45/BB-SNNMT", "Phòng họp số 1", "tháng 7 và 7 tháng năm 2025"]),
    pct=[(1203, 2000, "60,2%"), (156400, 170000, "92%")]))
