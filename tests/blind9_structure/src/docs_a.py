from common import *

DOCS = []

# 1 ---------------------------------------------------------------- chi bộ thường kỳ, xóm, 2026, stacked header
DOCS.append(dict(name="bb01_chibo_thuongky_xom_2026", text="""
ĐẢNG BỘ XÃ PHỤC HÒA
CHI BỘ XÓM NÀ LỮNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026
Vào hồi 19 giờ 30 phút, ngày 10 tháng 3 năm 2026, tại Nhà văn hóa xóm Nà Lững, Chi bộ xóm Nà Lững tiến hành sinh hoạt thường kỳ tháng 3 năm 2026.
Đồng chí Hoàng Văn Sình, Bí thư chi bộ chủ trì; đồng chí Nông Thị Mai, chi ủy viên, được phân công ghi biên bản.
Dự sinh hoạt có đồng chí Lương Đức Thắng, Đảng ủy viên, Phó Chủ tịch UBND xã, đảng ủy viên phụ trách chi bộ.
Tổng số đảng viên của chi bộ: 24 đồng chí (21 chính thức, 3 dự bị); trong đó 01 đồng chí được miễn công tác và sinh hoạt đảng.
Có mặt: 20 đồng chí (17 chính thức, 3 dự bị).
Vắng mặt: 04 đồng chí, gồm: đồng chí Lộc Văn Tằng (miễn sinh hoạt, tuổi cao); đồng chí Nông Văn Pác (đi lao động tại tỉnh Bắc Ninh), đồng chí Triệu Thị Dìn (ốm, điều trị tại Trạm Y tế xã) – có lý do; đồng chí Hoàng Văn Khoa – không lý do.
NỘI DUNG SINH HOẠT
1. Thông tin thời sự; quán triệt Kế hoạch số 18-KH/ĐU ngày 20/02/2026 của Ban Chấp hành Đảng bộ xã về công tác phòng, chống cháy rừng mùa khô năm 2026.
2. Đánh giá kết quả tháng 02/2026: chi bộ duy trì sinh hoạt đúng định kỳ; thu nộp đảng phí đủ 24/24 đồng chí; vận động được 37/41 hộ hoàn thành vệ sinh chuồng trại sau Tết; xóm không để xảy ra cháy rừng. Hạn chế: còn 04 hộ chưa di dời chuồng trại ra xa nhà ở; việc thu Quỹ phòng, chống thiên tai còn chậm.
3. Nhiệm vụ tháng 3/2026.
Ý KIẾN THẢO LUẬN
Đồng chí Đàm Văn Quyết: đề nghị chi bộ phân công đảng viên trực tiếp đến 04 hộ chưa di dời chuồng trại để vận động.
Đồng chí Triệu Văn Lềnh: tổ tuần tra rừng hiện mới có 6 người, đề nghị bổ sung thêm đoàn viên thanh niên.
Đồng chí Lương Đức Thắng phát biểu chỉ đạo, ghi nhận kết quả của chi bộ và lưu ý về thời tiết hanh khô kéo dài.
KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ
Chi bộ thống nhất nhiệm vụ tháng 3/2026 như sau:
- Giao đồng chí Triệu Văn Lềnh kiện toàn tổ tuần tra, canh gác lửa rừng, hoàn thành trước ngày 15/3/2026.
- Vận động các hộ hoàn thành nộp Quỹ phòng, chống thiên tai năm 2026 trước ngày 31/3/2026; đồng chí Xóm trưởng chịu trách nhiệm.
- Phân công đồng chí Đàm Văn Quyết và đồng chí Nông Thị Mai vận động 04 hộ di dời chuồng trại trong tháng 3/2026.
- Chi ủy rà soát, lập danh sách quần chúng ưu tú giới thiệu học lớp nhận thức về Đảng.
Chi bộ biểu quyết thông qua nghị quyết tháng 3/2026 với 17/17 đồng chí đảng viên chính thức có mặt tán thành (100%).
Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày; biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua.
THƯ KÝ\t\t\t\tT/M CHI BỘ
\t\t\t\tBÍ THƯ
Nông Thị Mai\t\t\t\tHoàng Văn Sình
""", gold=G("bien_ban", "CHI BỘ XÓM NÀ LỮNG", "ĐẢNG BỘ XÃ PHỤC HÒA", None, None, "2026-03-10",
    "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026",
    M("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026", "thường kỳ", "19:30", "21:10", "2026-03-10",
      "Nhà văn hóa xóm Nà Lững", ["Hoàng Văn Sình"], "Nông Thị Mai"),
    A(24, 21, 3, 20, 4, [("Lộc Văn Tằng", "miễn sinh hoạt, tuổi cao"), ("Nông Văn Pác", "đi lao động tại tỉnh Bắc Ninh"),
                         ("Triệu Thị Dìn", "ốm, điều trị tại Trạm Y tế xã"), ("Hoàng Văn Khoa", "không lý do")]),
    [D("resolution", "nghị quyết tháng 3/2026", None, 17, None, None, 17, "thông qua")],
    [],
    [K("kiện toàn tổ tuần tra, canh gác lửa rừng", "đồng chí Triệu Văn Lềnh", "trước ngày 15/3/2026"),
     K("Vận động các hộ hoàn thành nộp Quỹ phòng, chống thiên tai năm 2026", "đồng chí Xóm trưởng", "trước ngày 31/3/2026"),
     K("vận động 04 hộ di dời chuồng trại", "đồng chí Đàm Văn Quyết và đồng chí Nông Thị Mai", "trong tháng 3/2026"),
     K("rà soát, lập danh sách quần chúng ưu tú giới thiệu học lớp nhận thức về Đảng", "Chi ủy", None)],
    [S("THƯ KÝ", None, "Nông Thị Mai"), S("T/M CHI BỘ", "BÍ THƯ", "Hoàng Văn Sình")],
    [],
    ["24/24 đồng chí", "37/41 hộ", "04 hộ chưa di dời chuồng trại", "17/17 đồng chí"],
    ["19 giờ 30 phút", "21 giờ 10 phút", "18-KH/ĐU", "20/02/2026"]),
    pct=[(17, 17, "100%")]))

# 2 ---------------------------------------------------------------- chi bộ chuyên đề, cơ quan, 2022, side-by-side header with TABs, attendance table
DOCS.append(dict(name="bb02_chibo_chuyende_coquan_2022", text="""
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ SỞ TƯ PHÁP\t
*\tBình Định, ngày 22 tháng 9 năm 2022
BIÊN BẢN
Sinh hoạt chuyên đề quý III năm 2022
"Nâng cao trách nhiệm nêu gương của cán bộ, đảng viên trong thực thi công vụ"
I. THỜI GIAN, ĐỊA ĐIỂM
Bắt đầu lúc 14 giờ 00 phút, ngày 22/9/2022, tại Phòng họp tầng 2, trụ sở Sở Tư pháp.
II. THÀNH PHẦN
Chủ trì: đồng chí Trần Quang Vinh, Bí thư Chi bộ, Giám đốc Sở.
Thư ký: đồng chí Phan Thị Hồng Nhung, Chi ủy viên.
Đại biểu: đồng chí Lê Minh Toàn, Phó Trưởng Ban Tuyên giáo Đảng ủy Khối.
Tình hình đảng viên dự sinh hoạt:
Nội dung\t|\tTổng số\t|\tChính thức\t|\tDự bị
Đảng viên của chi bộ\t|\t31\t|\t29\t|\t2
Có mặt\t|\t28\t|\t26\t|\t2
Vắng mặt\t|\t3\t|\t3\t|\t0
Vắng có lý do: đồng chí Võ Thanh Tâm (đi công tác tại Hà Nội), đồng chí Đặng Thị Kim Oanh (nghỉ chế độ thai sản), đồng chí Huỳnh Văn Lực (học lớp cao cấp lý luận chính trị).
III. NỘI DUNG
1. Đồng chí Ngô Văn Hải, Phó Bí thư Chi bộ, trình bày báo cáo chuyên đề, nêu 4 nhóm biểu hiện cần khắc phục: ngại va chạm, đùn đẩy việc khó, chậm trả lời văn bản, sử dụng thời gian làm việc chưa hiệu quả. Trong 9 tháng, Sở tiếp nhận 1.094 hồ sơ lý lịch tư pháp, giải quyết đúng hạn 1.032 hồ sơ (94,33%).
2. Thảo luận:
- Đồng chí Phạm Ngọc Sơn (Phòng Hành chính tư pháp): đề nghị công khai tên người xử lý chậm hồ sơ tại giao ban tháng.
- Đồng chí Bùi Thị Thu Hà (Văn phòng Sở): đề xuất đưa tiêu chí nêu gương vào phiếu đánh giá công chức hằng tháng.
- Đồng chí Lê Minh Toàn ghi nhận chi bộ chọn chuyên đề sát thực tiễn.
3. Kết luận của đồng chí chủ trì:
Chi bộ thống nhất cao với nội dung chuyên đề và giao:
a) Văn phòng Sở xây dựng bộ tiêu chí nêu gương, trình Chi ủy trước ngày 15/10/2022.
b) Các phòng chuyên môn rà soát, giải quyết dứt điểm 62 hồ sơ còn tồn, xong trước 31/10/2022.
c) Mỗi đảng viên đăng ký ít nhất 01 việc làm nêu gương, gửi Chi ủy trong quý IV/2022.
IV. BIỂU QUYẾT
Chi bộ biểu quyết thông qua kết luận chuyên đề: 26/26 đảng viên chính thức có mặt tán thành; không tán thành: không.
Sinh hoạt kết thúc lúc 16 giờ 45 phút cùng ngày.
THƯ KÝ\tCHỦ TRÌ
(đã ký)\t(đã ký)
Phan Thị Hồng Nhung\tTrần Quang Vinh
""", gold=G("bien_ban", "CHI BỘ SỞ TƯ PHÁP", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", None, "Bình Định", "2022-09-22",
    "Sinh hoạt chuyên đề quý III năm 2022",
    M("Sinh hoạt chuyên đề quý III năm 2022", "chuyên đề", "14:00", "16:45", "2022-09-22",
      "Phòng họp tầng 2, trụ sở Sở Tư pháp", ["Trần Quang Vinh"], "Phan Thị Hồng Nhung"),
    A(31, 29, 2, 28, 3, [("Võ Thanh Tâm", "đi công tác tại Hà Nội"), ("Đặng Thị Kim Oanh", "nghỉ chế độ thai sản"),
                         ("Huỳnh Văn Lực", "học lớp cao cấp lý luận chính trị")]),
    [D("vote", "kết luận chuyên đề", None, 26, 0, None, 26, "thông qua")],
    [],
    [K("xây dựng bộ tiêu chí nêu gương, trình Chi ủy", "Văn phòng Sở", "trước ngày 15/10/2022"),
     K("rà soát, giải quyết dứt điểm 62 hồ sơ còn tồn", "Các phòng chuyên môn", "xong trước 31/10/2022"),
     K("đăng ký ít nhất 01 việc làm nêu gương, gửi Chi ủy", "Mỗi đảng viên", "trong quý IV/2022")],
    [S("THƯ KÝ", None, "Phan Thị Hồng Nhung"), S("CHỦ TRÌ", None, "Trần Quang Vinh")],
    [],
    ["1.094 hồ sơ", "1.032 hồ sơ (94,33%)", "62 hồ sơ còn tồn", "26/26 đảng viên chính thức"],
    ["14 giờ 00 phút", "16 giờ 45 phút", "quý III năm 2022", "tầng 2"]),
    pct=[(1032, 1094, "94,33%")]))

# 3 ---------------------------------------------------------------- hội nghị BCH đảng bộ xã lần thứ ba, 2025 post-merger
DOCS.append(dict(name="bb03_bch_dangbo_xa_lan3_2025", text="""
ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG ỦY XÃ TÂN HƯNG
*
Số 09-BB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 28 tháng 10 năm 2025
BIÊN BẢN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ ba, nhiệm kỳ 2025 - 2030
Hôm nay, vào lúc 8 giờ 00, ngày 28/10/2025, tại Hội trường Trung tâm Chính trị xã, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ ba để đánh giá tình hình thực hiện nhiệm vụ 10 tháng, bàn nhiệm vụ trọng tâm những tháng cuối năm 2025.
Hội nghị do đồng chí Lê Văn Cường, Bí thư Đảng ủy xã và đồng chí Nguyễn Thị Lan, Phó Bí thư Thường trực Đảng ủy xã đồng chủ trì. Đồng chí Hồ Quang Huy, Chánh Văn phòng Đảng ủy, ghi biên bản.
Ban Chấp hành Đảng bộ xã có 33 đồng chí; có mặt 30 đồng chí; vắng 03 đồng chí có lý do: đồng chí Phan Văn Hiếu (dự lớp bồi dưỡng tại Trường Chính trị tỉnh), đồng chí Đinh Thị Thảo (nghỉ ốm), đồng chí Cao Xuân Trường (đi công tác theo lịch của UBND tỉnh).
Mời dự: đồng chí Trần Minh Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, phụ trách địa bàn.
I. NỘI DUNG VÀ DIỄN BIẾN
1. Đồng chí Nguyễn Thị Lan trình bày dự thảo báo cáo 10 tháng: thu ngân sách nhà nước trên địa bàn đạt 18,7 tỷ đồng/22 tỷ đồng dự toán, bằng 85%; giải ngân vốn đầu tư công đạt 71,6% kế hoạch; kết nạp 23 đảng viên mới.
2. Đồng chí Hồ Quang Huy thông qua dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I.
3. Thảo luận: 7 lượt ý kiến, tập trung vào tiến độ giải phóng mặt bằng tuyến đường liên thôn và chuẩn bị đại hội các chi bộ trực thuộc.
4. Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy xã: số phiếu phát ra 30, thu về 30, hợp lệ 30; đồng chí Trương Thị Bích Ngọc đạt 27/30 phiếu (90%), trúng cử.
II. BIỂU QUYẾT
- Nghị quyết về nhiệm vụ trọng tâm quý IV/2025: 30/33 đồng chí tán thành, đạt 90,91% tổng số ủy viên Ban Chấp hành.
- Quy chế làm việc: 29/33 đồng chí tán thành (87,88%), 01 đồng chí không tán thành.
III. KẾT LUẬN CỦA CHỦ TRÌ
1. Giao Ban Xây dựng Đảng hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025, hoàn thành trong tháng 12/2025.
2. Giao các đồng chí Đảng ủy viên phụ trách chi bộ chỉ đạo đại hội chi bộ trực thuộc, xong trước ngày 15/11/2025.
3. Đảng ủy UBND xã tập trung chỉ đạo thu ngân sách, phấn đấu đạt 100% dự toán trước ngày 31/12/2025.
4. Ủy ban Kiểm tra Đảng ủy xã kiểm tra việc thu, nộp đảng phí tại 05 chi bộ trong quý IV/2025.
Hội nghị kết thúc lúc 11 giờ 30 cùng ngày. Biên bản được đọc lại trước Hội nghị và được Hội nghị nhất trí.
NGƯỜI GHI BIÊN BẢN\t\t\tT/M BAN CHẤP HÀNH
\t\t\tBÍ THƯ
Hồ Quang Huy\t\t\tLê Văn Cường
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các đồng chí Ủy viên BCH Đảng bộ xã;
- Lưu Văn phòng Đảng ủy.
""", gold=G("bien_ban", "ĐẢNG ỦY XÃ TÂN HƯNG", "ĐẢNG BỘ TỈNH QUẢNG TRỊ", "09-BB/ĐU", "Tân Hưng", "2025-10-28",
    "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ ba, nhiệm kỳ 2025 - 2030",
    M("Hội nghị Ban Chấp hành Đảng bộ xã lần thứ ba, nhiệm kỳ 2025 - 2030", "hội nghị BCH", "08:00", "11:30", "2025-10-28",
      "Hội trường Trung tâm Chính trị xã", ["Lê Văn Cường", "Nguyễn Thị Lan"], "Hồ Quang Huy"),
    A(33, None, None, 30, 3, [("Phan Văn Hiếu", "dự lớp bồi dưỡng tại Trường Chính trị tỉnh"), ("Đinh Thị Thảo", "nghỉ ốm"),
                              ("Cao Xuân Trường", "đi công tác theo lịch của UBND tỉnh")]),
    [D("election", "bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy xã", "Trương Thị Bích Ngọc", 27, None, None, 30, "trúng cử"),
     D("resolution", "Nghị quyết về nhiệm vụ trọng tâm quý IV/2025", None, 30, None, None, 33, "thông qua"),
     D("vote", "Quy chế làm việc", None, 29, 1, None, 33, "thông qua")],
    [T("thu ngân sách nhà nước trên địa bàn", 22, 18.7, "tỷ đồng", "10 tháng năm 2025", "tiến độ")],
    [K("hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025", "Ban Xây dựng Đảng", "trong tháng 12/2025"),
     K("chỉ đạo đại hội chi bộ trực thuộc", "các đồng chí Đảng ủy viên phụ trách chi bộ", "xong trước ngày 15/11/2025"),
     K("tập trung chỉ đạo thu ngân sách, phấn đấu đạt 100% dự toán", "Đảng ủy UBND xã", "trước ngày 31/12/2025"),
     K("kiểm tra việc thu, nộp đảng phí tại 05 chi bộ", "Ủy ban Kiểm tra Đảng ủy xã", "trong quý IV/2025")],
    [S("NGƯỜI GHI BIÊN BẢN", None, "Hồ Quang Huy"), S("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Lê Văn Cường")],
    ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Ủy viên BCH Đảng bộ xã", "Lưu Văn phòng Đảng ủy"],
    ["18,7 tỷ đồng/22 tỷ đồng", "bằng 85%", "71,6% kế hoạch", "23 đảng viên mới", "27/30 phiếu (90%)", "30/33 đồng chí tán thành", "29/33 đồng chí tán thành (87,88%)"],
    ["lần thứ ba", "2025 - 2030", "8 giờ 00", "11 giờ 30", "09-BB/ĐU", "quý IV/2025"]),
    pct=[(187, 220, "85%"), (27, 30, "90%"), (30, 33, "90,91%"), (29, 33, "87,88%")]))

# 4 ---------------------------------------------------------------- UBND xã phiên họp tháng, 2024, header flattened with |
DOCS.append(dict(name="bb04_ubnd_xa_phienhop_2024", text="""
UBND HUYỆN HƯƠNG KHÊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ PHÚC ĐỒNG | Độc lập - Tự do - Hạnh phúc
Số: 126/BB-UBND | Phúc Đồng, ngày 03 tháng 10 năm 2024
BIÊN BẢN
Phiên họp thường kỳ tháng 9 năm 2024 của Ủy ban nhân dân xã
Thời gian: 7h30 ngày 03/10/2024.
Địa điểm: Phòng họp UBND xã.
Chủ trì: Ông Trần Đình Lâm - Chủ tịch UBND xã.
Thư ký: Bà Võ Thị Hằng - Công chức Văn phòng - Thống kê.
Thành phần: Thành viên UBND xã; mời đại diện Thường trực Đảng ủy, Thường trực HĐND, Ủy ban MTTQ, các đoàn thể và trưởng các thôn. Tổng số đại biểu được mời: 19 người; có mặt 17 người; vắng 02 người: ông Nguyễn Văn Tứ - Chỉ huy trưởng Ban CHQS xã (tập huấn tại huyện), bà Lê Thị Sương - Chủ tịch Hội LHPN xã (ốm).
NỘI DUNG
1. Bà Phạm Thị Thu - Phó Chủ tịch UBND xã báo cáo kết quả 9 tháng: tổng thu ngân sách đạt 4.215 triệu đồng/5.300 triệu đồng dự toán huyện giao, đạt 79,53%; gieo cấy 612/740 ha lúa hè thu (82,7%) do mưa lớn cuối tháng 8; tỷ lệ tham gia bảo hiểm y tế 91,2%; giải quyết 1.406 hồ sơ thủ tục hành chính, trong đó 98,6% đúng và trước hạn.
2. Ý kiến thảo luận:
- Ông Hồ Sỹ Bình (Trưởng thôn 3): đề nghị sớm sửa chữa cống tràn Khe Giao bị sạt sau mưa.
- Bà Trần Thị Nga (Công chức Tài chính - Kế toán): nguồn thu tiền sử dụng đất mới đạt 45%, khó hoàn thành dự toán.
- Ông Đặng Văn Quý (Phó Chủ tịch HĐND xã): đề nghị rà soát lại danh sách hộ cận nghèo trước khi bình xét.
3. Kết luận của Chủ tịch UBND xã:
- Giao Công chức Tài chính - Kế toán phối hợp Chi cục Thuế khu vực rà soát nguồn thu, báo cáo UBND xã trước ngày 15/10/2024.
- Giao Công chức Địa chính - Xây dựng lập phương án khắc phục cống tràn Khe Giao, trình UBND xã trước ngày 20/10/2024.
- Công chức Văn hóa - Xã hội chủ trì rà soát hộ nghèo, hộ cận nghèo năm 2024, hoàn thành trong tháng 11/2024.
- Trưởng các thôn vận động nhân dân tham gia bảo hiểm y tế, phấn đấu đạt 93% vào cuối năm.
4. Biểu quyết: 7/7 thành viên UBND xã tán thành thông qua dự thảo báo cáo kinh tế - xã hội 9 tháng năm 2024.
Phiên họp kết thúc vào lúc 11h15 cùng ngày, biên bản đã thông qua trước phiên họp./.
Nơi nhận: | THƯ KÝ | CHỦ TỌA
- TT Đảng ủy, TT HĐND xã (b/c); | |
- Thành viên UBND xã; | |
- Lưu: VT. | Võ Thị Hằng | Trần Đình Lâm
""", gold=G("bien_ban", "ỦY BAN NHÂN DÂN XÃ PHÚC ĐỒNG", "UBND HUYỆN HƯƠNG KHÊ", "126/BB-UBND", "Phúc Đồng", "2024-10-03",
    "Phiên họp thường kỳ tháng 9 năm 2024 của Ủy ban nhân dân xã",
    M("Phiên họp thường kỳ tháng 9 năm 2024", "hội nghị", "07:30", "11:15", "2024-10-03",
      "Phòng họp UBND xã", ["Trần Đình Lâm"], "Võ Thị Hằng"),
    A(19, None, None, 17, 2, [("Nguyễn Văn Tứ", "tập huấn tại huyện"), ("Lê Thị Sương", "ốm")]),
    [D("vote", "dự thảo báo cáo kinh tế - xã hội 9 tháng năm 2024", None, 7, None, None, 7, "thông qua")],
    [T("tổng thu ngân sách", 5300, 4215, "triệu đồng", "9 tháng năm 2024", "tiến độ"),
     T("gieo cấy", 740, 612, "ha", "vụ hè thu 2024", "chưa đạt"),
     T("tham gia bảo hiểm y tế", 93, None, "%", "cuối năm 2024", None)],
    [K("phối hợp Chi cục Thuế khu vực rà soát nguồn thu, báo cáo UBND xã", "Công chức Tài chính - Kế toán", "trước ngày 15/10/2024"),
     K("lập phương án khắc phục cống tràn Khe Giao, trình UBND xã", "Công chức Địa chính - Xây dựng", "trước ngày 20/10/2024"),
     K("chủ trì rà soát hộ nghèo, hộ cận nghèo năm 2024", "Công chức Văn hóa - Xã hội", "trong tháng 11/2024"),
     K("vận động nhân dân tham gia bảo hiểm y tế, phấn đấu đạt 93% vào cuối năm", "Trưởng các thôn", None)],
    [S("THƯ KÝ", None, "Võ Thị Hằng"), S("CHỦ TỌA", None, "Trần Đình Lâm")],
    ["TT Đảng ủy, TT HĐND xã (b/c)", "Thành viên UBND xã", "Lưu: VT"],
    ["4.215 triệu đồng/5.300 triệu đồng", "đạt 79,53%", "612/740 ha", "(82,7%)", "91,2%", "1.406 hồ sơ", "98,6%", "7/7 thành viên"],
    ["7h30", "11h15", "126/BB-UBND", "tháng 9 năm 2024", "thôn 3"]),
    pct=[(4215, 5300, "79,53%"), (612, 740, "82,7%")]))
