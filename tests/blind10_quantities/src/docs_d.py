from lib import doc, P

# ---------------------------------------------------------------- tin14 (clean)
NOT_YET = ["Đảng ủy xã Đạo Tú", "Chi bộ Trường THCS Hoàng Hoa",
           "Chi bộ Ngân hàng Chính sách xã hội huyện", "Chi bộ Chi nhánh điện lực"]
doc("tin14_phattrien_dangvien_tamduong_clean", "tin_hoi_nghi", """
TRANG CHỦ > XÂY DỰNG ĐẢNG
Thứ Hai, 18/10/2021 - 08:15 | Lượt xem: 876
9 tháng năm 2021, Tam Dương kết nạp 155 đảng viên
(Tin tức) - Ngày 15/10, Ban Thường vụ Huyện ủy Tam Dương tổ chức hội nghị sơ kết công tác phát triển đảng viên 9 tháng năm 2021, triển khai nhiệm vụ quý IV.
Theo báo cáo, 9 tháng năm 2021, toàn Đảng bộ huyện kết nạp được 155 đảng viên, đạt 69% chỉ tiêu được giao năm 2021 (225 đảng viên); so với cùng kỳ năm 2020 (131 đảng viên) tăng 24 đảng viên, tương đương 18,3%. Trong số đảng viên mới kết nạp có 98 đồng chí dưới 30 tuổi, chiếm 63,2%; 71 đồng chí là nữ, chiếm 45,8%.
Một số tổ chức cơ sở đảng làm tốt công tác tạo nguồn, như Đảng ủy xã Hợp Thịnh kết nạp 9 đảng viên trên chỉ tiêu 8, đạt 112,5%; Đảng ủy Công an huyện kết nạp 5/5 đảng viên, đạt 100% chỉ tiêu. Bên cạnh đó, Đảng ủy xã Kim Long mới kết nạp 3/10 đảng viên, đạt 30%.
Đảng bộ huyện có 23 tổ chức cơ sở đảng; đến nay 19 tổ chức đã kết nạp được đảng viên, còn 4 tổ chức cơ sở đảng chưa kết nạp được đảng viên nào là: Đảng ủy xã Đạo Tú, Chi bộ Trường THCS Hoàng Hoa, Chi bộ Ngân hàng Chính sách xã hội huyện, Chi bộ Chi nhánh điện lực. Nguyên nhân chủ yếu là nguồn quần chúng ưu tú ở nông thôn ít, thanh niên đi làm ăn xa, một số cấp ủy chưa thật sự quan tâm.
Phát biểu chỉ đạo hội nghị, đồng chí Trưởng Ban Tổ chức Huyện ủy đề nghị các cấp ủy rà soát nguồn, phân công đảng viên chính thức giúp đỡ quần chúng, phấn đấu hoàn thành chỉ tiêu kết nạp năm 2021 trong quý IV; kết quả phát triển đảng viên là một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng cuối năm theo Hướng dẫn số 21-HD/BTCTW.
Cũng tại hội nghị, Ban Thường vụ Huyện ủy tặng giấy khen cho 3 tập thể có thành tích trong công tác phát triển đảng viên giai đoạn 2016 - 2020.
Minh Hương
Chia sẻ Facebook | In bài | Gửi email
Các tin khác:
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 (12/10/2021)
- Tam Dương triển khai thu thập thông tin đảng viên trên phần mềm (05/10/2021)
- Kỷ niệm 91 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng (14/10/2021)
Cổng thông tin điện tử huyện Tam Dương - Địa chỉ: Thị trấn Hợp Hòa, huyện Tam Dương.
""", officials=None,
right=[("pct", 155, 225, "69"), ("diff", 155, 131, 24), ("growth", 155, 131, "18,3"),
       ("pct", 98, 155, "63,2"), ("pct", 71, 155, "45,8"), ("pct", 9, 8, "112,5"),
       ("pct", 5, 5, "100"), ("pct", 3, 10, "30"), ("sum", [19, 4], 23),
       ("count", NOT_YET, 4)],
planted=[])

# ---------------------------------------------------------------- bc15
NEWSTD = ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng",
          "Trường THCS Lê Lợi", "Trường Tiểu học Nguyễn Du"]
doc("bc15_giaoduc_namhoc_2022_2023", "bao_cao", """
UBND HUYỆN ĐỨC THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc
Số: 418/BC-PGDĐT\tĐức Thọ, ngày 10 tháng 7 năm 2023
BÁO CÁO
Tổng kết năm học 2022 - 2023, phương hướng nhiệm vụ năm học 2023 - 2024
Thực hiện Kế hoạch số 102/KH-UBND ngày 15/8/2022 của UBND huyện về nhiệm vụ năm học 2022 - 2023, Phòng Giáo dục và Đào tạo báo cáo kết quả như sau:
I. QUY MÔ, MẠNG LƯỚI TRƯỜNG LỚP
Toàn huyện có 52 trường (mầm non 18, tiểu học 19, THCS 15) với 612 nhóm, lớp và 18.426 trẻ, học sinh (mầm non 5.210 trẻ; tiểu học 7.884 học sinh; THCS 5.332 học sinh), bình quân 31,2 học sinh/lớp. Số trường đạt chuẩn quốc gia là 41/52 trường, đạt 78,8%. Có 3 trường được công nhận mới đạt chuẩn quốc gia trong năm học: Trường Mầm non Hoa Sen, Trường Tiểu học Kim Đồng, Trường THCS Lê Lợi, Trường Tiểu học Nguyễn Du.
II. ĐỘI NGŨ
Tổng số cán bộ quản lý, giáo viên, nhân viên 1.346 người, trong đó 1.105 giáo viên. Số giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 là 942/1.105, đạt 85,2%; huyện tiếp tục cử 46 giáo viên đi học nâng chuẩn.
III. CHẤT LƯỢNG GIÁO DỤC
- Tiểu học: 99,6% học sinh hoàn thành chương trình lớp học.
- THCS: 2.184/2.197 học sinh lớp 9 được công nhận tốt nghiệp, đạt 99,41%. Kỳ tuyển sinh vào lớp 10 năm học 2023 - 2024, có 1.512 em trúng tuyển vào các trường THPT công lập, chiếm 71,8% số học sinh tốt nghiệp THCS.
- Học sinh giỏi cấp tỉnh đạt 64 giải, tăng 12 giải so với năm học trước (52 giải); trong đó 9 giải nhất.
IV. HẠN CHẾ
Cơ sở vật chất một số trường mầm non chưa đáp ứng; còn thiếu 37 giáo viên tiểu học so với định mức; tỷ lệ học sinh vào lớp 10 công lập chưa đồng đều giữa các xã.
V. PHƯƠNG HƯỚNG NĂM HỌC 2023 - 2024
1. Phấn đấu có thêm ít nhất 3 trường đạt chuẩn quốc gia; tỷ lệ trường đạt chuẩn từ 82% trở lên.
2. Tuyển dụng đủ giáo viên tiểu học theo chỉ tiêu biên chế được giao.
3. Duy trì tỷ lệ tốt nghiệp THCS từ 99% trở lên.
Nơi nhận:
- Sở GD&ĐT (b/c);
- UBND huyện (b/c);
- Các trường MN, TH, THCS;
- Lưu: VT.
TRƯỞNG PHÒNG
Nguyễn Hữu Tường
""", officials=None,
right=[("sum", [18, 19, 15], 52), ("sum", ["5.210", "7.884", "5.332"], "18.426"),
       ("pct", 41, 52, "78,8"), ("pct", 942, "1.105", "85,2"), ("le", "1.105", "1.346"),
       ("pct", "2.184", "2.197", "99,41"), ("diff", 64, 52, 12), ("le", 9, 64)],
planted=[
    P("derived-mismatch", "bình quân 31,2 học sinh/lớp", "31,2",
      "18.426 pupils / 612 classes = 30,1 per class, not 31,2",
      ("ratio", "18.426", 612, "31,2")),
    P("count-mismatch", "Có 3 trường được công nhận mới", "3",
      "the list that follows names 4 schools", ("count", NEWSTD, 3)),
    P("percent-mismatch", "chiếm 71,8% số học sinh tốt nghiệp THCS", "71,8",
      "1.512/2.184 = 69,2%, not 71,8%", ("pct", "1.512", "2.184", "71,8")),
])

# ---------------------------------------------------------------- bc16 (clean)
doc("bc16_congan_xa_quy1_2026_clean", "bao_cao", """
CÔNG AN TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN XÃ BẢO THẮNG\tĐộc lập - Tự do - Hạnh phúc
Số: 27/BC-CAX\tBảo Thắng, ngày 25 tháng 3 năm 2026
BÁO CÁO
Kết quả công tác bảo đảm an ninh, trật tự quý I năm 2026
(Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026)
I. TÌNH HÌNH, KẾT QUẢ
1. Tình hình an ninh chính trị: ổn định; không phát sinh tụ tập đông người, khiếu kiện vượt cấp. Công an xã bảo đảm an toàn cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 tại 14 khu vực bỏ phiếu.
2. Phạm pháp hình sự: xảy ra 7 vụ, giảm 3 vụ (30,0%) so với cùng kỳ (10 vụ); đã điều tra làm rõ 6/7 vụ, đạt 85,7%, vượt chỉ tiêu được giao (từ 75% trở lên). Phát hiện, bắt giữ 2 vụ, 3 đối tượng tàng trữ trái phép chất ma túy.
3. Trật tự an toàn giao thông: xảy ra 4 vụ tai nạn, làm chết 1 người, bị thương 5 người. So với cùng kỳ (6 vụ, 2 người chết, 4 người bị thương) giảm 2 vụ, giảm 1 người chết, tăng 1 người bị thương; kéo giảm được 2/3 tiêu chí. Lực lượng tuần tra, kiểm soát lập biên bản 312 trường hợp vi phạm, phạt tiền 486,5 triệu đồng, bình quân khoảng 1,56 triệu đồng/trường hợp; trong đó tạm giữ, tước giấy phép lái xe 27 trường hợp vi phạm nồng độ cồn.
4. Quản lý hành chính về trật tự xã hội: địa bàn có 3.912 hộ với 14.826 nhân khẩu thường trú. Tiếp nhận 418 hồ sơ thủ tục hành chính về cư trú, căn cước; giải quyết đúng hạn 412 hồ sơ, đạt 98,6%; 6 hồ sơ còn lại đang trong thời hạn giải quyết. Vận động Nhân dân giao nộp 3 khẩu súng tự chế, 12 dao, kiếm và 1,2 kg pháo nổ.
5. Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc: duy trì 21 tổ bảo vệ an ninh, trật tự ở cơ sở với 84 thành viên, bình quân 4 thành viên/tổ.
II. ĐÁNH GIÁ
Tình hình an ninh, trật tự trên địa bàn cơ bản được giữ vững. Tai nạn giao thông giảm về số vụ và số người chết nhưng số người bị thương tăng; chỉ tiêu năm 2026 là kéo giảm từ 5% trở lên trên cả 3 tiêu chí, kết quả quý I là cơ sở để tiếp tục phấn đấu trong các quý còn lại.
III. NHIỆM VỤ QUÝ II NĂM 2026
1. Mở đợt cao điểm tấn công, trấn áp tội phạm; giải quyết 100% hồ sơ đúng hạn.
2. Tăng cường tuần tra, xử lý vi phạm nồng độ cồn, chạy quá tốc độ trên Quốc lộ 70.
3. Tiếp tục làm sạch dữ liệu dân cư phục vụ chuyển đổi số.
Nơi nhận:
- Công an tỉnh (b/c);
- Đảng ủy, UBND xã (b/c);
- Lưu: VT.
TRƯỞNG CÔNG AN XÃ
Thượng tá Lò Văn Thành
""", officials=None,
right=[("diff", 10, 7, 3), ("decline", 7, 10, "30,0"), ("pct", 6, 7, "85,7"),
       ("ge", "85,7", 75), ("diff", 6, 4, 2), ("diff", 2, 1, 1), ("diff", 5, 4, 1),
       ("ratio", "486,5", 312, "1,56"), ("le", 27, 312), ("pct", 412, 418, "98,6"),
       ("diff", 418, 412, 6), ("ratio", 84, 21, "4")],
planted=[])

# ---------------------------------------------------------------- bb17
ABSENT17 = ["Nguyễn Thị Thanh Vân", "Lê Quang Minh", "Hồ Đức Trung",
            "Phan Thị Thùy Dung", "Cao Văn Bình"]
doc("bb17_chibo_vanphong_stp_2016", "bien_ban", """
ĐẢNG BỘ SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ VĂN PHÒNG SỞ
*
BIÊN BẢN
HỌP CHI BỘ THÁNG 02 NĂM 2016
Thời gian: 14 giờ 00 phút, ngày 26/02/2016. Địa điểm: Phòng họp tầng 2, Sở Tư pháp.
Chủ trì: đồng chí Đặng Văn Hưng, Bí thư Chi bộ, Chánh Văn phòng Sở. Thư ký: đồng chí Trương Thị Kim Loan.
Tổng số đảng viên: 19 đồng chí (chính thức 17, dự bị 2).
Có mặt: 13 đồng chí (chính thức 12, dự bị 1).
Vắng: 5 đồng chí, gồm: Nguyễn Thị Thanh Vân (nghỉ ốm), Lê Quang Minh (đi học lớp trung cấp lý luận chính trị), Hồ Đức Trung (công tác tại huyện An Lão), Phan Thị Thùy Dung (nghỉ chế độ thai sản), Cao Văn Bình (đảng viên dự bị, đi tập huấn).
Nội dung:
1. Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng; thông tin kết quả kỷ niệm 86 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2016).
2. Đánh giá công tác tháng 02, triển khai nhiệm vụ tháng 3/2016.
3. Xét, đề nghị kết nạp quần chúng Võ Thành Nhân, chuyên viên Phòng Hành chính tư pháp, vào Đảng.
Diễn biến:
Đồng chí Đặng Văn Hưng báo cáo: trong tháng, Văn phòng tiếp nhận 1.236 văn bản đến, phát hành 318 văn bản đi; bộ phận một cửa tiếp nhận 264 hồ sơ lý lịch tư pháp, trả đúng hạn 259 hồ sơ, đạt 98,1%; còn 5 hồ sơ đang xác minh.
Đồng chí Trương Thị Kim Loan đọc bản tự kiểm điểm, lý lịch và bản nhận xét của chi bộ, đoàn thể về quần chúng Võ Thành Nhân. Ý kiến thảo luận: đồng chí Mai Xuân Lộc đề nghị quần chúng tiếp tục nâng cao trình độ tin học; đồng chí Đoàn Thị Hoa nêu quần chúng có tinh thần trách nhiệm, được cơ quan đánh giá hoàn thành tốt nhiệm vụ 3 năm liền.
Biểu quyết:
- Nghị quyết tháng 3/2016: tán thành 11, không tán thành 0, ý kiến khác 2.
- Đề nghị kết nạp quần chúng Võ Thành Nhân: 8/12 đảng viên chính thức có mặt tán thành (66,7%), 4 đồng chí không tán thành. Chi bộ thống nhất đề nghị Đảng ủy Sở xem xét, quyết định kết nạp quần chúng Võ Thành Nhân vào Đảng.
Kết luận: đồng chí chủ trì giao chi ủy hoàn thiện hồ sơ kết nạp, gửi Đảng ủy Sở trước ngày 10/3/2016; các đảng viên tiếp tục thực hiện tốt nhiệm vụ chuyên môn tháng 3.
Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản được thông qua trước chi bộ.
THƯ KÝ\tCHỦ TRÌ
Trương Thị Kim Loan\tĐặng Văn Hưng
""", officials=17,
right=[("sum", [17, 2], 19), ("sum", [12, 1], 13), ("count", ABSENT17, 5),
       ("pct", 259, 264, "98,1"), ("diff", 264, 259, 5), ("pct", 8, 12, "66,7"),
       ("sum", [8, 4], 12)],
planted=[
    P("attendance-mismatch", "Vắng: 5 đồng chí", "5",
      "13 present + 5 absent = 18, but the chi bộ has 19 members (6 absent: 5 chính thức + 1 dự bị)",
      ("sum", [13, 5], 19)),
    P("vote-mismatch", "tán thành 11, không tán thành 0, ý kiến khác 2", "11",
      "11 + 0 + 2 = 13 votes but only 12 official members were present (the dự bị member cannot vote)",
      ("sumle", [11, 0, 2], 12)),
    P("resolution-not-passed", "8/12 đảng viên chính thức có mặt tán thành (66,7%)", "8",
      "8 approvals are not more than half of the 17 official members (need 9); yet the chi bộ forwards the admission",
      ("gt", 8 * 2, 17)),
])
