from common import gold, M, A, AB, V, T, K, S, doc

DOCS = []

# ---------------------------------------------------------------- bb17
DOCS.append(doc("bb17_chuyende_chibo_khoa_2024", """
ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH | ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHOA NỘI TỔNG HỢP |
* |
BIÊN BẢN
SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024
Chuyên đề: "Nâng cao y đức, đổi mới phong cách, thái độ phục vụ người bệnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
- Thời gian: bắt đầu lúc 16 giờ 30 phút, ngày 19/9/2024.
- Địa điểm: Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh.
- Chủ trì: đồng chí Đoàn Thị Thu Hương - Bí thư Chi bộ, Trưởng khoa.
- Thư ký: đồng chí Nguyễn Mạnh Cường - Chi ủy viên.
- Tổng số đảng viên: 19 đồng chí (17 chính thức, 2 dự bị). Có mặt: 16 đồng chí. Vắng: 03 đồng chí, gồm:
1. Đồng chí Phạm Thị Ngân - trực cấp cứu;
2. Đồng chí Vũ Đức Long - đi học chuyên khoa II tại Hà Nội;
3. Đồng chí Trần Minh Châu (dự bị) - nghỉ ốm.
NỘI DUNG
Đồng chí Nguyễn Thị Lan Anh - Phó Bí thư Chi bộ trình bày chuyên đề. Chín tháng năm 2024, khoa đã khám, điều trị nội trú cho 4.862 lượt người bệnh, công suất sử dụng giường bệnh 112%; tỷ lệ hài lòng của người bệnh nội trú đạt 94,3%, vượt chỉ tiêu Sở Y tế giao (từ 90% trở lên). Tuy vậy, vẫn còn 2 phản ánh của người nhà người bệnh về thái độ giao tiếp của nhân viên trong ca trực đêm.
Ý kiến thảo luận:
- Đồng chí Lê Quốc Bình: đề nghị bố trí thêm điều dưỡng trong giờ cao điểm, giảm thời gian chờ làm thủ tục ra viện.
- Đồng chí Hoàng Thị Mai Phương: nên công khai số điện thoại đường dây nóng của khoa tại từng buồng bệnh.
- Đồng chí Đinh Văn Toàn: mỗi đảng viên phải là tấm gương về tác phong, không nhận phong bì dưới mọi hình thức.
KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ
Chi bộ thống nhất các giải pháp sau:
1. Giao đồng chí Phó Bí thư Chi bộ xây dựng Bộ quy tắc ứng xử của khoa, trình chi bộ trước ngày 15/10/2024.
2. Giao Tổ Công đoàn khoa tổ chức lấy ý kiến người bệnh hằng tháng, tổng hợp báo cáo chi ủy.
3. Mỗi đảng viên đăng ký ít nhất 01 việc làm cụ thể làm theo gương Bác, hoàn thành trong quý IV/2024.
Chi bộ biểu quyết thông qua nghị quyết chuyên đề: tán thành 15/15 đảng viên chính thức có mặt; không tán thành: 0; ý kiến khác: 0.
Buổi sinh hoạt kết thúc lúc 18 giờ 10 phút cùng ngày; biên bản đã được thông qua trước chi bộ.
THƯ KÝ | CHỦ TRÌ
Nguyễn Mạnh Cường | Đoàn Thị Thu Hương
""", gold(
    "bien_ban", issuer="CHI BỘ KHOA NỘI TỔNG HỢP", issuer_parent="ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH", date="2024-09-19",
    title="SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024",
    meeting=M("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024", "chuyên đề", "16:30", "18:10", "2024-09-19",
              "Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh", ["Đoàn Thị Thu Hương"], "Nguyễn Mạnh Cường"),
    attendance=A(19, 17, 2, 16, 3, [AB("Phạm Thị Ngân", "trực cấp cứu"),
                                     AB("Vũ Đức Long", "đi học chuyên khoa II tại Hà Nội"),
                                     AB("Trần Minh Châu", "nghỉ ốm")]),
    decisions=[V("resolution", "nghị quyết chuyên đề", 15, 0, 0, 15, outcome="thông qua")],
    targets=[T("tỷ lệ hài lòng của người bệnh nội trú", 90, 94.3, "%", "9 tháng năm 2024", "vượt")],
    tasks=[K("xây dựng Bộ quy tắc ứng xử của khoa, trình chi bộ", "đồng chí Phó Bí thư Chi bộ", "trước ngày 15/10/2024"),
           K("tổ chức lấy ý kiến người bệnh hằng tháng, tổng hợp báo cáo chi ủy", "Tổ Công đoàn khoa", None),
           K("đăng ký ít nhất 01 việc làm cụ thể làm theo gương Bác", "Mỗi đảng viên", "trong quý IV/2024")],
    signers=[S("THƯ KÝ", None, "Nguyễn Mạnh Cường"), S("CHỦ TRÌ", None, "Đoàn Thị Thu Hương")],
    key_figures=["4.862 lượt người bệnh", "112%", "94,3%", "2 phản ánh", "15/15"],
    noise_figures=["16 giờ 30 phút", "19/9/2024", "18 giờ 10 phút", "tầng 5", "chuyên khoa II"]),
    pct=[],
    shape="chuyên đề; header flattened with |; no date line; numbered absentee list; zero counts as digits; | signatures"))

# ---------------------------------------------------------------- kl18
DOCS.append(doc("kl18_btv_huyenuy_ntm_2019", """
ĐẢNG BỘ TỈNH NINH BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY NHO QUAN
*
Số 112-KL/HU\tNho Quan, ngày 18 tháng 3 năm 2019
KẾT LUẬN
của Ban Thường vụ Huyện ủy về tiến độ xây dựng nông thôn mới quý I năm 2019
Ngày 14/3/2019, tại Phòng họp Ban Thường vụ Huyện ủy, Ban Thường vụ Huyện ủy tổ chức hội nghị nghe báo cáo tiến độ xây dựng nông thôn mới quý I năm 2019. Đồng chí Bùi Quang Hưng - Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Huyện ủy, lãnh đạo Văn phòng Điều phối nông thôn mới huyện và bí thư đảng ủy 9 xã đăng ký về đích giai đoạn 2019 - 2020.
Sau khi nghe Ban cán sự đảng Ủy ban nhân dân huyện báo cáo và ý kiến thảo luận của các đồng chí dự hội nghị, Ban Thường vụ Huyện ủy kết luận như sau:
1. Đánh giá chung
Đến ngày 10/3/2019, toàn huyện có 17/26 xã đạt chuẩn nông thôn mới, bình quân đạt 17,6 tiêu chí/xã. Quý I, huy động nguồn lực xây dựng nông thôn mới đạt 86,4 tỷ đồng/kế hoạch năm 412 tỷ đồng (21,0%); nhân dân hiến trên 18.000 m2 đất làm đường giao thông. Tuy nhiên, tiêu chí thu nhập và tiêu chí môi trường ở các xã vùng núi còn khó đạt; việc duy trì tiêu chí sau công nhận ở một số xã chưa bền vững.
2. Mục tiêu năm 2019
Phấn đấu có thêm 04 xã đạt chuẩn nông thôn mới; thu nhập bình quân đầu người khu vực nông thôn đạt 38 triệu đồng/người/năm trở lên.
3. Nhiệm vụ, giải pháp
- Giao Ban cán sự đảng Ủy ban nhân dân huyện chỉ đạo các xã đăng ký về đích năm 2019 hoàn thiện hồ sơ, trình thẩm định trước ngày 30/10/2019.
- Giao Ban Tuyên giáo Huyện ủy xây dựng phóng sự về mô hình khu dân cư kiểu mẫu, hoàn thành trong quý II/2019.
- Các đồng chí Huyện ủy viên phụ trách xã thường xuyên kiểm tra, đôn đốc tiến độ, báo cáo Ban Thường vụ trước ngày 25 hằng tháng.
- Giao Ủy ban Mặt trận Tổ quốc huyện phát động phong trào "Cả nước chung sức xây dựng nông thôn mới" gắn với cuộc vận động xây dựng khu dân cư văn hóa.
Nơi nhận:\tT/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (để b/c),\tPHÓ BÍ THƯ
- Các đồng chí Huyện ủy viên,\t
- Các chi, đảng bộ trực thuộc,\t(Đã ký)
- Lưu Văn phòng Huyện ủy.\tĐinh Thị Hoa
""", gold(
    "nghi_quyet", issuer="HUYỆN ỦY NHO QUAN", issuer_parent="ĐẢNG BỘ TỈNH NINH BÌNH", doc_number="112-KL/HU",
    place="Nho Quan", date="2019-03-18",
    title="của Ban Thường vụ Huyện ủy về tiến độ xây dựng nông thôn mới quý I năm 2019",
    meeting=M("hội nghị nghe báo cáo tiến độ xây dựng nông thôn mới quý I năm 2019", "hội nghị", None, None,
              "2019-03-14", "Phòng họp Ban Thường vụ Huyện ủy", ["Bùi Quang Hưng"], None),
    targets=[T("huy động nguồn lực xây dựng nông thôn mới", 412, 86.4, "tỷ đồng", "năm 2019", "tiến độ"),
             T("xã đạt chuẩn nông thôn mới", 4, None, "xã", "năm 2019", None),
             T("thu nhập bình quân đầu người khu vực nông thôn", 38, None, "triệu đồng/người/năm", "năm 2019", None)],
    tasks=[K("chỉ đạo các xã đăng ký về đích năm 2019 hoàn thiện hồ sơ, trình thẩm định", "Ban cán sự đảng Ủy ban nhân dân huyện", "trước ngày 30/10/2019"),
           K("xây dựng phóng sự về mô hình khu dân cư kiểu mẫu", "Ban Tuyên giáo Huyện ủy", "trong quý II/2019"),
           K("thường xuyên kiểm tra, đôn đốc tiến độ, báo cáo Ban Thường vụ", "Các đồng chí Huyện ủy viên phụ trách xã", "trước ngày 25 hằng tháng"),
           K("phát động phong trào \"Cả nước chung sức xây dựng nông thôn mới\"", "Ủy ban Mặt trận Tổ quốc huyện", None)],
    signers=[S("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đinh Thị Hoa")],
    recipients=["Thường trực Tỉnh ủy (để b/c)", "Các đồng chí Huyện ủy viên", "Các chi, đảng bộ trực thuộc",
                "Lưu Văn phòng Huyện ủy"],
    key_figures=["17/26", "17,6 tiêu chí/xã", "86,4 tỷ đồng", "21,0%", "18.000 m2"],
    noise_figures=["112-KL/HU", "14/3/2019", "10/3/2019", "2019 - 2020", "9 xã"]),
    pct=[(86.4, 412, "21,0%")],
    shape="Party KẾT LUẬN of a BTV (huyện, pre-2025); Party-style Nơi nhận with commas interleaved with signature by TAB"))

# ---------------------------------------------------------------- bb19
DOCS.append(doc("bb19_btv_danguy_phuong_2024", """
ĐẢNG BỘ QUẬN BẮC TỪ LIÊM
ĐẢNG ỦY PHƯỜNG PHÚ DIỄN
*
ĐẢNG CỘNG SẢN VIỆT NAM
BIÊN BẢN
HỘI NGHỊ BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG THÁNG 4 NĂM 2024
Thời gian: từ 14 giờ 00 đến 16 giờ 30, ngày 22/4/2024.
Địa điểm: Phòng họp tầng 2, trụ sở Đảng ủy - HĐND - UBND phường.
Chủ trì: đồng chí Trần Thanh Bình - Bí thư Đảng ủy phường.
Thư ký: đồng chí Phùng Thị Hồng Nhung - Văn phòng Đảng ủy.
Ban Thường vụ Đảng ủy phường có 9 đồng chí, có mặt 8 đồng chí; vắng 01 đồng chí Nguyễn Thị Hải Yến - Phó Bí thư, Chủ tịch UBND phường (dự họp tại Quận ủy). Mời dự: đồng chí Chủ nhiệm Ủy ban Kiểm tra Đảng ủy (không là Ủy viên Ban Thường vụ).
I. NỘI DUNG
1. Xét đề nghị công nhận đảng viên chính thức đối với 03 đảng viên dự bị: Lê Hoàng Nam (Chi bộ Tổ dân phố số 5), Đỗ Thị Thảo (Chi bộ Trường Mầm non Phú Diễn), Vũ Minh Khôi (Chi bộ Công an phường). Hồ sơ đầy đủ, đúng quy trình; các chi bộ đều biểu quyết tán thành.
2. Cho ý kiến vào dự thảo Kế hoạch kiểm tra, giám sát quý II năm 2024 của Ủy ban Kiểm tra Đảng ủy.
3. Nghe báo cáo công tác phát triển đảng viên: 4 tháng đầu năm kết nạp được 9 đảng viên, đạt 36% chỉ tiêu năm (25 đảng viên); còn 11/34 chi bộ chưa có quần chúng được cử đi học lớp bồi dưỡng nhận thức về Đảng.
II. BIỂU QUYẾT
- Công nhận đảng viên chính thức đối với 03 đồng chí nêu trên: 8/8 đồng chí Ủy viên Ban Thường vụ có mặt tán thành.
- Dự thảo Kế hoạch kiểm tra, giám sát quý II năm 2024: 7/9 đồng chí Ủy viên Ban Thường vụ tán thành (77,8%); 01 đồng chí không tán thành (đề nghị lùi thời gian kiểm tra Chi bộ Tổ dân phố số 12 sang tháng 7).
III. KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ
- Giao Văn phòng Đảng ủy dự thảo quyết định công nhận đảng viên chính thức, trình ký trước ngày 26/4/2024.
- Giao Ủy ban Kiểm tra Đảng ủy hoàn chỉnh Kế hoạch kiểm tra, giám sát quý II, ban hành trong tháng 5/2024.
- Giao các đồng chí Đảng ủy viên phụ trách địa bàn đôn đốc 11 chi bộ chưa có nguồn giới thiệu quần chúng ưu tú trước ngày 30/6/2024.
Hội nghị kết thúc hồi 16 giờ 30 phút cùng ngày.
THƯ KÝ\tT/M BAN THƯỜNG VỤ
\tBÍ THƯ
Phùng Thị Hồng Nhung\tTrần Thanh Bình
""", gold(
    "bien_ban", issuer="ĐẢNG ỦY PHƯỜNG PHÚ DIỄN", issuer_parent="ĐẢNG BỘ QUẬN BẮC TỪ LIÊM", date="2024-04-22",
    title="HỘI NGHỊ BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG THÁNG 4 NĂM 2024",
    meeting=M("HỘI NGHỊ BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG THÁNG 4 NĂM 2024", "hội nghị", "14:00", "16:30", "2024-04-22",
              "Phòng họp tầng 2, trụ sở Đảng ủy - HĐND - UBND phường", ["Trần Thanh Bình"], "Phùng Thị Hồng Nhung"),
    attendance=A(9, None, None, 8, 1, [AB("Nguyễn Thị Hải Yến", "dự họp tại Quận ủy")]),
    decisions=[V("vote", "công nhận đảng viên chính thức đối với 03 đồng chí", 8, None, None, 8, outcome="thông qua"),
               V("vote", "Dự thảo Kế hoạch kiểm tra, giám sát quý II năm 2024", 7, 1, None, 9, outcome="thông qua")],
    targets=[T("kết nạp", 25, 9, "đảng viên", "năm 2024", "tiến độ")],
    tasks=[K("dự thảo quyết định công nhận đảng viên chính thức, trình ký", "Văn phòng Đảng ủy", "trước ngày 26/4/2024"),
           K("hoàn chỉnh Kế hoạch kiểm tra, giám sát quý II, ban hành", "Ủy ban Kiểm tra Đảng ủy", "trong tháng 5/2024"),
           K("đôn đốc 11 chi bộ chưa có nguồn giới thiệu quần chúng ưu tú", "các đồng chí Đảng ủy viên phụ trách địa bàn", "trước ngày 30/6/2024")],
    signers=[S("THƯ KÝ", None, "Phùng Thị Hồng Nhung"), S("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Thanh Bình")],
    key_figures=["9 đảng viên", "36%", "11/34", "8/8", "7/9", "77,8%"],
    noise_figures=["22/4/2024", "Tổ dân phố số 5", "Tổ dân phố số 12", "tầng 2", "16 giờ 30 phút"]),
    pct=[(9, 25, "36%"), (7, 9, "77,8%")],
    shape="Ban Thường vụ meeting (hội nghị) of a phường under a quận (pre-2025); no date line; one absentee in prose; vote with 1 against"))

# ---------------------------------------------------------------- bc20
DOCS.append(doc("bc20_so_nnmt_quy1_2026", """
UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - Hạnh phúc
Số: 96/BC-SNNMT\tLâm Đồng, ngày 25 tháng 3 năm 2026
BÁO CÁO
Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2026
Quý I năm 2026 là quý đầu tiên Sở vận hành đầy đủ sau khi hợp nhất các đơn vị trực thuộc của ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Sở báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN
1. Lâm nghiệp: trồng mới 1.240 ha rừng tập trung, đạt 24,8% kế hoạch năm (5.000 ha); phát hiện, xử lý 63 vụ vi phạm Luật Lâm nghiệp, giảm 9 vụ so với cùng kỳ.
2. Nông nghiệp: giá trị xuất khẩu nông sản ước đạt 612 triệu USD, tăng 11,4% so với cùng kỳ năm 2025 (549,4 triệu USD), chủ yếu từ cà phê, sầu riêng và hạt điều.
3. Đất đai: cấp giấy chứng nhận quyền sử dụng đất lần đầu 3.186 giấy/12.000 giấy kế hoạch năm, đạt 26,6%.
4. Môi trường: tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt 91,2%; chỉ tiêu năm 2026 đạt từ 95% trở lên.
5. Thủy lợi, phòng chống thiên tai: vận hành an toàn các hồ chứa, bảo đảm nước tưới cho vụ Đông Xuân; hoàn thành sửa chữa 14 công trình thủy lợi bị hư hỏng sau mùa mưa năm 2025.
6. Cải cách hành chính, chuyển đổi số: 100% hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở được tiếp nhận qua Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; không có hồ sơ trễ hạn.
II. KHÓ KHĂN, VƯỚNG MẮC
Hệ thống cơ sở dữ liệu đất đai của ba tỉnh cũ chưa được kết nối; một số chi cục, trạm chưa ổn định trụ sở làm việc; mùa khô kéo dài gây nguy cơ cháy rừng cao ở khu vực phía Nam tỉnh.
III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026
Chỉ tiêu chủ yếu quý II: trồng thêm 1.500 ha rừng tập trung.
1. Chi cục Kiểm lâm tăng cường tuần tra, phòng cháy, chữa cháy rừng cao điểm mùa khô, kết thúc trước ngày 31/5/2026.
2. Văn phòng Đăng ký đất đai hoàn thành kết nối cơ sở dữ liệu đất đai của ba địa bàn trước ngày 30/6/2026.
3. Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn chuyển đổi giống cà phê, cấp mã số vùng trồng phục vụ xuất khẩu.
Nơi nhận:\tGIÁM ĐỐC
- Bộ Nông nghiệp và Môi trường (b/c);\t
- UBND tỉnh (b/c);\t
- Các Phó Giám đốc Sở;\t
- Lưu: VT, KHTC.\tLê Hữu Phước
""", gold(
    "bao_cao", issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", issuer_parent="UBND TỈNH LÂM ĐỒNG", doc_number="96/BC-SNNMT",
    place="Lâm Đồng", date="2026-03-25",
    title="Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2026",
    targets=[T("trồng mới", 5000, 1240, "ha", "năm 2026", "tiến độ"),
             T("cấp giấy chứng nhận quyền sử dụng đất lần đầu", 12000, 3186, "giấy", "năm 2026", "tiến độ"),
             T("tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị", 95, 91.2, "%", "năm 2026", "tiến độ"),
             T("trồng thêm", 1500, None, "ha", "quý II năm 2026", None)],
    tasks=[K("tăng cường tuần tra, phòng cháy, chữa cháy rừng cao điểm mùa khô", "Chi cục Kiểm lâm", "trước ngày 31/5/2026"),
           K("hoàn thành kết nối cơ sở dữ liệu đất đai của ba địa bàn", "Văn phòng Đăng ký đất đai", "trước ngày 30/6/2026"),
           K("hướng dẫn chuyển đổi giống cà phê, cấp mã số vùng trồng phục vụ xuất khẩu", "Chi cục Trồng trọt và Bảo vệ thực vật", None)],
    signers=[S("GIÁM ĐỐC", None, "Lê Hữu Phước")],
    recipients=["Bộ Nông nghiệp và Môi trường (b/c)", "UBND tỉnh (b/c)", "Các Phó Giám đốc Sở", "Lưu: VT, KHTC"],
    key_figures=["1.240 ha", "24,8%", "63 vụ", "612 triệu USD", "11,4%", "3.186 giấy", "26,6%", "91,2%"],
    noise_figures=["96/BC-SNNMT", "quý I", "31/5/2026", "30/6/2026"]),
    pct=[(1240, 5000, "24,8%"), (612 - 549.4, 549.4, "11,4%"), (3186, 12000, "26,6%")],
    shape="post-merger merged Sở quarterly report; tiến độ vs yearly plan; growth vs same period; Nơi nhận left / signer right by TAB"))
