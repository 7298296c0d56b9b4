T["bb01_cb_thon_phu_le_t3_2026"] = """
ĐẢNG BỘ XÃ TÂN PHÚ	ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN PHÚ LỄ	
*	Tân Phú, ngày 10 tháng 3 năm 2026
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026
Hôm nay, vào lúc 19 giờ 30 phút ngày 10/3/2026, tại Nhà văn hóa thôn Phú Lễ, Chi bộ thôn Phú Lễ tiến hành sinh hoạt thường kỳ tháng 3 năm 2026.
Thành phần:
- Đồng chí Võ Thị Kim Oanh, Đảng ủy viên, phụ trách địa bàn thôn, dự và chỉ đạo.
- Chủ trì: đồng chí Lê Văn Thạnh, Bí thư Chi bộ.
- Thư ký: đồng chí Phan Thị Mỹ Dung, Chi ủy viên.
- Tổng số đảng viên: 24 đồng chí, trong đó 21 chính thức, 3 dự bị.
- Có mặt: 21 đồng chí (chính thức 19, dự bị 2).
- Vắng: 03 đồng chí, gồm:
+ Đồng chí Nguyễn Văn Tám, miễn sinh hoạt đảng;
+ Đồng chí Trần Thị Lựu (dự bị), có lý do: đi khám bệnh tại Bệnh viện tỉnh;
+ Đồng chí Đỗ Minh Khôi, vắng không lý do.
NỘI DUNG
1. Đồng chí Bí thư thông tin thời sự, quán triệt Kế hoạch số 47-KH/ĐU ngày 25/02/2026 của Ban Thường vụ Đảng ủy xã về kiểm tra, giám sát năm 2026.
2. Đánh giá kết quả tháng 02/2026:
- Thu đảng phí tháng 02 đạt 100%, nộp về Đảng ủy đúng hạn.
- Tiêm phòng đàn gia súc đợt 1 năm 2026 được 1.150/1.200 con, đạt 95,83% kế hoạch; còn 50 con của 4 hộ chưa tiêm do gia súc đang mang thai.
- Vận động 38 hộ hiến 412 m2 đất mở rộng đường liên xóm.
3. Ý kiến thảo luận:
- Đồng chí Huỳnh Văn Lợi: đề nghị làm rõ lý do đồng chí Khôi vắng hai kỳ liên tiếp.
- Đồng chí Phan Thị Mỹ Dung: Chi hội Phụ nữ đã giới thiệu quần chúng Lê Thị Hồng Nhung ưu tú, đề nghị chi bộ xem xét.
- Đồng chí Võ Thị Kim Oanh phát biểu, ghi nhận kết quả vận động hiến đất và yêu cầu hoàn thành tiêm phòng trong tháng 3.
4. Biểu quyết:
- Thông qua nhiệm vụ tháng 3/2026: 19/19 đảng viên chính thức có mặt tán thành, đạt 100%.
- Đề nghị Đảng ủy xã cho quần chúng Lê Thị Hồng Nhung học lớp bồi dưỡng nhận thức về Đảng: 18/19 tán thành (94,74%), 01 đồng chí không tán thành.
5. Nhiệm vụ tháng 3/2026, đồng chí chủ trì kết luận:
1) Hoàn thành tiêm phòng 50 con gia súc còn lại; giao đồng chí Huỳnh Văn Lợi, Trưởng thôn thực hiện, xong trước ngày 31/3/2026.
2) Hoàn thiện hồ sơ giới thiệu quần chúng Lê Thị Hồng Nhung đi học lớp cảm tình Đảng, gửi Đảng ủy xã trước ngày 20/3/2026 (đồng chí Phan Thị Mỹ Dung).
3) Chi ủy gặp đồng chí Đỗ Minh Khôi để nhắc nhở, báo cáo chi bộ tại kỳ sinh hoạt tháng 4.
4) Phối hợp Chi đoàn tổ chức ra quân làm sạch tuyến đường liên xóm nhân Tháng Thanh niên.
Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua.
THƯ KÝ	CHỦ TRÌ
Phan Thị Mỹ Dung	Lê Văn Thạnh
"""
GOLD["bb01_cb_thon_phu_le_t3_2026"] = doc(
    "bien_ban", "CHI BỘ THÔN PHÚ LỄ", "ĐẢNG BỘ XÃ TÂN PHÚ", None, "Tân Phú", "2026-03-10",
    "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026",
    meeting("sinh hoạt thường kỳ tháng 3 năm 2026", "thường kỳ", "19:30", "21:10", "2026-03-10",
            "Nhà văn hóa thôn Phú Lễ", ["Lê Văn Thạnh"], "Phan Thị Mỹ Dung"),
    att(24, 21, 3, 21, 3, [("Nguyễn Văn Tám", "miễn sinh hoạt đảng"),
                           ("Trần Thị Lựu", "đi khám bệnh tại Bệnh viện tỉnh"),
                           ("Đỗ Minh Khôi", None)]),
    [dec("vote", "Thông qua nhiệm vụ tháng 3/2026", None, 19, None, None, 19, "thông qua"),
     dec("vote", "Đề nghị Đảng ủy xã cho quần chúng Lê Thị Hồng Nhung học lớp bồi dưỡng nhận thức về Đảng", None, 18, 1, None, 19, "thông qua")],
    [tg("Thu đảng phí tháng 02", 100, 100, "%", "tháng 02/2026", "đạt"),
     tg("Tiêm phòng đàn gia súc đợt 1 năm 2026", 1200, 1150, "con", "đợt 1 năm 2026", "tiến độ")],
    [tk("Hoàn thành tiêm phòng 50 con gia súc còn lại", "đồng chí Huỳnh Văn Lợi, Trưởng thôn", "trước ngày 31/3/2026"),
     tk("Hoàn thiện hồ sơ giới thiệu quần chúng Lê Thị Hồng Nhung đi học lớp cảm tình Đảng, gửi Đảng ủy xã", "đồng chí Phan Thị Mỹ Dung", "trước ngày 20/3/2026"),
     tk("gặp đồng chí Đỗ Minh Khôi để nhắc nhở, báo cáo chi bộ", "Chi ủy", "tại kỳ sinh hoạt tháng 4"),
     tk("Phối hợp Chi đoàn tổ chức ra quân làm sạch tuyến đường liên xóm", None, None)],
    [sg("THƯ KÝ", None, "Phan Thị Mỹ Dung"), sg("CHỦ TRÌ", None, "Lê Văn Thạnh")],
    [],
    ["24 đồng chí", "21 đồng chí", "1.150/1.200 con, đạt 95,83% kế hoạch", "38 hộ", "412 m2", "19/19", "18/19 tán thành (94,74%)"],
    ["19 giờ 30 phút", "21 giờ 10 phút", "47-KH/ĐU", "25/02/2026", "31/3/2026", "20/3/2026"])
PCT += [("bb01_cb_thon_phu_le_t3_2026", "95,83%", 1150, 1200), ("bb01_cb_thon_phu_le_t3_2026", "(94,74%)", 18, 19)]

T["bb02_cb_van_phong_so_chuyende_q2"] = """
ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CHI BỘ VĂN PHÒNG SỞ
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
sinh hoạt chuyên đề quý II năm 2025
Chuyên đề: “Nâng cao trách nhiệm nêu gương của đảng viên trong thực hiện sắp xếp tổ chức bộ máy”
Thời gian bắt đầu: 14h00, thứ Năm, ngày 19/6/2025.
Địa điểm: Phòng họp tầng 3, trụ sở Sở Nông nghiệp và Môi trường.
Chi bộ hiện có 17 đảng viên (16 chính thức, 1 dự bị). Dự sinh hoạt có 15 đồng chí; vắng 2 đồng chí: đồng chí Đinh Quang Hải đi công tác tại Hà Nội theo Quyết định của Giám đốc Sở và đồng chí Mai Thị Thu Hà nghỉ chế độ thai sản. Đến dự có đồng chí Nguyễn Hữu Trí, Phó Bí thư Đảng ủy Sở. Đồng chí Trương Công Bằng, Bí thư Chi bộ chủ trì; đồng chí Lý Ngọc Ánh ghi biên bản.
I. TRÌNH BÀY CHUYÊN ĐỀ
Đồng chí Hà Văn Quý, Phó Bí thư Chi bộ, trình bày chuyên đề, nêu rõ: sau sắp xếp, Văn phòng Sở tiếp nhận 9 công chức từ hai đơn vị hợp nhất; trong 6 tháng đầu năm đã giải quyết 1.284 hồ sơ, trong đó 1.251 hồ sơ đúng và trước hạn, đạt 97,43%; 33 hồ sơ trễ hạn do chờ ý kiến các xã sau sáp nhập.
II. THẢO LUẬN
Có 6 ý kiến phát biểu. Đồng chí Lý Ngọc Ánh cho rằng việc chậm cập nhật phần mềm quản lý văn bản làm một số hồ sơ bị trễ. Đồng chí Phạm Thanh Tâm đề nghị mỗi đảng viên đăng ký ít nhất 01 việc làm nêu gương cụ thể. Đồng chí Nguyễn Hữu Trí biểu dương chi bộ chọn chuyên đề sát thực tiễn, đồng thời lưu ý đảng viên giữ gìn đoàn kết nội bộ, không bàn tán thông tin chưa được kiểm chứng về nhân sự sau sắp xếp.
III. KẾT LUẬN CỦA CHỦ TRÌ
Đồng chí Trương Công Bằng kết luận, chi bộ thống nhất:
• Mỗi đảng viên đăng ký 01 việc làm nêu gương, nộp Chi ủy trước ngày 30/6/2025.
• Văn phòng Sở phối hợp Trung tâm Chuyển đổi số cập nhật phần mềm quản lý văn bản cho các xã mới, hoàn thành trong tháng 7/2025.
• Phấn đấu 6 tháng cuối năm tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.
• Đồng chí Hà Văn Quý hoàn thiện chuyên đề, gửi Đảng ủy Sở làm tài liệu tham khảo.
Chi bộ biểu quyết thông qua kết luận: 14/14 đảng viên chính thức có mặt nhất trí.
Buổi sinh hoạt kết thúc lúc 16h20 cùng ngày.
NGƯỜI GHI BIÊN BẢN
(đã ký)
Lý Ngọc Ánh
T/M CHI BỘ
BÍ THƯ
(đã ký)
Trương Công Bằng
"""
GOLD["bb02_cb_van_phong_so_chuyende_q2"] = doc(
    "bien_ban", "CHI BỘ VĂN PHÒNG SỞ", "ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", None, None, "2025-06-19",
    "sinh hoạt chuyên đề quý II năm 2025",
    meeting("sinh hoạt chuyên đề quý II năm 2025", "chuyên đề", "14:00", "16:20", "2025-06-19",
            "Phòng họp tầng 3, trụ sở Sở Nông nghiệp và Môi trường", ["Trương Công Bằng"], "Lý Ngọc Ánh"),
    att(17, 16, 1, 15, 2, [("Đinh Quang Hải", "đi công tác tại Hà Nội theo Quyết định của Giám đốc Sở"),
                           ("Mai Thị Thu Hà", "nghỉ chế độ thai sản")]),
    [dec("vote", "Chi bộ biểu quyết thông qua kết luận", None, 14, None, None, 14, "thông qua")],
    [tg("tỷ lệ hồ sơ giải quyết đúng hạn", 98, None, "%", "6 tháng cuối năm", None)],
    [tk("Mỗi đảng viên đăng ký 01 việc làm nêu gương, nộp Chi ủy", "Mỗi đảng viên", "trước ngày 30/6/2025"),
     tk("cập nhật phần mềm quản lý văn bản cho các xã mới", "Văn phòng Sở phối hợp Trung tâm Chuyển đổi số", "trong tháng 7/2025"),
     tk("Phấn đấu 6 tháng cuối năm tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên", None, None),
     tk("hoàn thiện chuyên đề, gửi Đảng ủy Sở làm tài liệu tham khảo", "Đồng chí Hà Văn Quý", None)],
    [sg("NGƯỜI GHI BIÊN BẢN", None, "Lý Ngọc Ánh"), sg("T/M CHI BỘ", "BÍ THƯ", "Trương Công Bằng")],
    [],
    ["17 đảng viên", "15 đồng chí", "9 công chức", "1.284 hồ sơ", "1.251 hồ sơ", "97,43%", "33 hồ sơ", "14/14"],
    ["14h00", "16h20", "19/6/2025", "30/6/2025", "quý II năm 2025", "01 việc làm"])
PCT += [("bb02_cb_van_phong_so_chuyende_q2", "97,43%", 1251, 1284)]
