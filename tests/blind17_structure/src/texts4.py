T = {}
T["bc04_so_nnmt_nam_2025"] = """UBND TỈNH TUYÊN QUANG
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1875/BC-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 19 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác năm 2025, kế hoạch năm 2026
Năm 2025 là năm đầu tiên ngành vận hành theo mô hình Sở Nông nghiệp và Môi trường sau hợp nhất. Kết quả chủ yếu:
1. Các chỉ tiêu được giao
Tốc độ tăng trưởng giá trị sản xuất nông, lâm nghiệp, thủy sản ước 4,1%, kế hoạch 3,8%.
Trồng rừng tập trung 16.240 ha, đạt 101,5% kế hoạch (16.000 ha).
Tỷ lệ che phủ rừng 65,2%, kế hoạch 65,5%.
Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm 9 xã, kế hoạch 12 xã.
Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 96,4% (kế hoạch từ 95% trở lên).
2. Quản lý đất đai, tài nguyên
Cấp 7.812 giấy chứng nhận quyền sử dụng đất; xử lý 46 trường hợp vi phạm khai thác khoáng sản, nộp ngân sách 3,26 tỷ đồng. Giải ngân vốn đầu tư công đạt 92,7% kế hoạch vốn giao.
3. Tồn tại
Chỉ tiêu che phủ rừng và nông thôn mới nâng cao chưa đạt do ảnh hưởng của bão số 3 và việc sắp xếp đơn vị hành chính.
II. NHIỆM VỤ NĂM 2026
Các chỉ tiêu: trồng rừng tập trung 16.500 ha; tỷ lệ che phủ rừng đạt 65,5%; tăng thêm ít nhất 10 xã đạt chuẩn nông thôn mới nâng cao.
Nhiệm vụ trọng tâm:
a) Chi cục Kiểm lâm chủ trì rà soát hiện trạng rừng sau bão, báo cáo UBND tỉnh trước ngày 31/3/2026.
b) Phòng Quản lý đất đai hoàn thành cơ sở dữ liệu đất đai các xã trong quý II/2026.
c) Văn phòng Điều phối nông thôn mới hướng dẫn các xã xây dựng lộ trình đạt chuẩn nâng cao.
Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- UBND tỉnh;
- Lãnh đạo Sở;
- Lưu: VT, KHTC.
GIÁM ĐỐC
Hoàng Quốc Vượng
"""
T["bc05_mttq_xa_nam_2025"] = """ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN MTTQ VIỆT NAM XÃ YÊN THÀNH    Độc lập - Tự do - Hạnh phúc
Số: 38/BC-MTTQ
Yên Thành, ngày 10 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác Mặt trận năm 2025 và chương trình phối hợp thống nhất hành động năm 2026
Năm 2025, Ủy ban MTTQ Việt Nam xã Yên Thành được kiện toàn sau sắp xếp với 48 ủy viên, 31 Ban Công tác Mặt trận khu dân cư.
1. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
Có 14.612/15.240 hộ đạt danh hiệu gia đình văn hóa (95,88%); 29/31 khu dân cư đạt danh hiệu khu dân cư văn hóa.
2. Quỹ "Vì người nghèo" và an sinh xã hội
Vận động Quỹ "Vì người nghèo" được 412 triệu đồng, vượt kế hoạch (350 triệu đồng). Hỗ trợ xây mới 18 nhà Đại đoàn kết, kế hoạch 20 nhà; sửa chữa 9 nhà. Tặng 1.350 suất quà Tết trị giá 540 triệu đồng.
3. Giám sát, phản biện xã hội
Chủ trì giám sát 6 cuộc; tổ chức 2 hội nghị phản biện dự thảo nghị quyết của HĐND xã. Tiếp nhận 73 ý kiến, kiến nghị của cử tri, đã chuyển cơ quan có thẩm quyền giải quyết 73/73.
II. CHƯƠNG TRÌNH NĂM 2026
Mục tiêu: vận động Quỹ "Vì người nghèo" đạt 400 triệu đồng trở lên; xây mới 15 nhà Đại đoàn kết; tỷ lệ hộ gia đình văn hóa đạt từ 96% trở lên.
Giải pháp:
- Ban Thường trực phối hợp UBND xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 31/31 khu dân cư trước ngày 18/11/2026.
- Các Ban Công tác Mặt trận rà soát, đề xuất danh sách hộ khó khăn về nhà ở, gửi Ban Thường trực trong tháng 01/2026.
- Các tổ chức thành viên tham gia giám sát việc chuẩn bị bầu cử đại biểu Quốc hội và HĐND các cấp.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Thị Thanh Bình
Nơi nhận:
- BTT UBMTTQ tỉnh (b/c);
- Đảng ủy xã (b/c);
- Các tổ chức thành viên;
- Lưu VP.
"""
T["bc06_du_phuong_nam_2024"] = """ĐẢNG BỘ THÀNH PHỐ THÁI BÌNH
ĐẢNG ỦY PHƯỜNG TIỀN PHONG
*
Số 112-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tiền Phong, ngày 18 tháng 12 năm 2024
BÁO CÁO
kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường năm 2024,
phương hướng, nhiệm vụ năm 2025
Đảng bộ phường có 26 chi bộ trực thuộc với 1.146 đảng viên. Thực hiện Nghị quyết số 03-NQ/ĐU của Ban Chấp hành Đảng bộ phường về nhiệm vụ năm 2024, kết quả đạt được như sau:
1. Các chỉ tiêu chủ yếu
(1) Giá trị sản xuất tiểu thủ công nghiệp - dịch vụ: 1.268 tỷ đồng, tăng 9,2% (KH tăng 8%).
(2) Thu ngân sách nhà nước: 35,7 tỷ đồng, bằng 89,25% dự toán (40 tỷ đồng); thu tiền sử dụng đất chưa đạt do chưa tổ chức đấu giá được lô LK3.
(3) Tỷ lệ hộ nghèo: 0,26% (KH dưới 0,3%).
(4) Tỷ lệ người tham gia BHYT: 95,1% (KH 95%).
(5) Kết nạp đảng viên mới: 27 đồng chí (KH 25).
(6) Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 24/26 chi bộ, đạt 92,31% (KH từ 90% trở lên).
Đạt và vượt 5/6 chỉ tiêu.
2. Tồn tại, hạn chế
Công tác giải phóng mặt bằng dự án đường Trần Lãm kéo dài còn chậm; một số chi bộ tổ dân phố sinh hoạt chưa đều.
PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Chỉ tiêu chủ yếu năm 2025:
- Thu ngân sách nhà nước đạt 42 tỷ đồng;
- Tỷ lệ hộ nghèo giảm còn dưới 0,2%;
- Kết nạp từ 25 đảng viên trở lên.
Nhiệm vụ, giải pháp:
- Tổ chức thành công đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027, xong trước ngày 31/3/2025.
- UBND phường tổ chức đấu giá quyền sử dụng đất lô LK3 trong quý II/2025.
- Ủy ban Kiểm tra Đảng ủy phường kiểm tra việc chấp hành chế độ sinh hoạt của 5 chi bộ tổ dân phố.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Đặng Thị Minh Nguyệt
Nơi nhận:
- Thường trực Thành ủy (b/c);
- Ban Tổ chức Thành ủy;
- Các chi bộ trực thuộc;
- Lưu VP.
"""
T["bc07_so_gddt_quy3_2025"] = """ỦY BAN NHÂN DÂN TỈNH GIA LAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc
Số: 2214/BC-SGDĐT\tGia Lai, ngày 29 tháng 9 năm 2025
BÁO CÁO
Kết quả công tác quý III và nhiệm vụ trọng tâm quý IV năm 2025
I. KẾT QUẢ QUÝ III
1. Tổng kết năm học 2024 - 2025 và tuyển sinh
Kỳ thi tốt nghiệp THPT năm 2025: 31.482 thí sinh dự thi, tỷ lệ tốt nghiệp 98,64%, chỉ tiêu đề ra 98%. Tuyển sinh lớp 10 công lập 27.960 học sinh, đạt 97,08% chỉ tiêu (28.800 học sinh).
2. Phát triển trường lớp
Công nhận mới 14 trường đạt chuẩn quốc gia, nâng tổng số lên 712 trường; kế hoạch năm 2025 công nhận mới 30 trường.
3. Đội ngũ
Tuyển dụng 356 giáo viên, đạt 71,2% chỉ tiêu được giao (500 chỉ tiêu); còn thiếu 1.108 giáo viên so với định mức.
4. Tài chính, cơ sở vật chất
Giải ngân vốn chương trình kiên cố hóa trường lớp đạt 61,5% kế hoạch vốn. Sửa chữa 96 phòng học bị hư hỏng sau mưa lũ. Tiếp nhận, bàn giao nguyên trạng 118 trường THCS, tiểu học, mầm non về UBND các xã, phường theo phân cấp.
5. Hạn chế
Tình trạng thiếu giáo viên ở các xã vùng sâu chưa được khắc phục; tiến độ giải ngân vốn còn chậm so với yêu cầu.
II. NHIỆM VỤ TRỌNG TÂM QUÝ IV
1. Phòng Tổ chức cán bộ tham mưu tổ chức tuyển dụng đợt 2, hoàn thành trước ngày 15/12/2025.
2. Phòng Kế hoạch - Tài chính đôn đốc các chủ đầu tư giải ngân vốn, phấn đấu đến ngày 31/12/2025 giải ngân đạt từ 95% kế hoạch vốn trở lên.
3. Các phòng chuyên môn hướng dẫn các xã, phường kiểm tra, công nhận trường đạt chuẩn quốc gia.
4. Tổ chức Hội nghị tổng kết năm 2025 của ngành trong tháng 12/2025.
Nơi nhận:\tKT. GIÁM ĐỐC
- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC
- Bộ GD&ĐT (b/c);\t
- Giám đốc, các PGĐ Sở;\t
- Lưu: VT, KHTC.\tNay Thị H'Linh
"""
