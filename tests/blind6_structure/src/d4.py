from h import G, M, A, D, T, K, S

DOCS = {}

# 13 --------------------------------------------------------------------------------------
DOCS["bc_dangy_xa_6thang_2025"] = ("""HUYỆN ỦY CHÂU THÀNH BẮC                         ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ LONG HỰU ĐÔNG
         *                                      Long Hựu Đông, ngày 16 tháng 6 năm 2025
Số 96 -BC/ĐU
BÁO CÁO
sơ kết công tác lãnh đạo 6 tháng đầu năm,
nhiệm vụ trọng tâm 6 tháng cuối năm 2025
Thực hiện Chương trình công tác năm 2025 của Huyện ủy và Nghị quyết của Ban Chấp hành Đảng bộ xã, Đảng ủy xã báo cáo kết quả 6 tháng đầu năm như sau:
A. KẾT QUẢ LÃNH ĐẠO 6 THÁNG ĐẦU NĂM
I. Về kinh tế
Tổng diện tích xuống giống lúa Hè Thu 2.465 ha/2.500 ha kế hoạch, đạt 98,6%. Sản lượng thủy sản nuôi trồng ước đạt 1.840 tấn, bằng 46% kế hoạch năm (4.000 tấn). Thu ngân sách 6 tháng 3,26 tỷ đồng, đạt 52,58% dự toán huyện giao (6,2 tỷ đồng). Toàn xã duy trì 19/19 tiêu chí nông thôn mới; có 2 sản phẩm OCOP 3 sao.
II. Về văn hóa - xã hội, quốc phòng - an ninh
- Giao quân năm 2025: bàn giao 18/18 thanh niên, đạt 100% chỉ tiêu huyện giao.
- Tỷ lệ hộ nghèo giảm còn 1,87% (chỉ tiêu năm: dưới 2%).
- Cấp 1.132 thẻ BHYT cho đối tượng chính sách.
III. Công tác xây dựng Đảng
Tổ chức học tập chuyên đề năm 2025 với 612/640 đảng viên tham dự (95,63%). Kết nạp được 7 đảng viên mới/chỉ tiêu năm 16 đảng viên. Tặng Huy hiệu Đảng cho 23 đồng chí. Ủy ban Kiểm tra Đảng ủy kiểm tra 3 đảng viên, giám sát 2 tổ chức đảng.
B. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025
1) Lãnh đạo thực hiện tốt việc sắp xếp đơn vị hành chính, bàn giao hồ sơ, tài liệu theo hướng dẫn của cấp trên trước ngày 30/6/2025.
2) Chỉ đạo thu hoạch lúa Hè Thu, chuẩn bị xuống giống vụ Thu Đông.
3) Giao các chi bộ ấp rà soát quần chúng ưu tú, hoàn thành chỉ tiêu kết nạp đảng viên trong quý III/2025.
4) Giao Ủy ban Kiểm tra Đảng ủy hoàn thành chương trình kiểm tra, giám sát năm trước ngày 30/11/2025.
Nơi nhận:
- Thường trực Huyện ủy (b/c),
- Ban Tổ chức Huyện ủy,
- Đảng ủy viên,
- Lưu.
T/M ĐẢNG ỦY
BÍ THƯ
Lê Hoàng Phúc
""", G("bao_cao", "ĐẢNG ỦY XÃ LONG HỰU ĐÔNG", "HUYỆN ỦY CHÂU THÀNH BẮC", "96 -BC/ĐU", "Long Hựu Đông", "2025-06-16",
       "sơ kết công tác lãnh đạo 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2025",
       None, None, [],
       [T("Tổng diện tích xuống giống lúa Hè Thu", 2500, 2465, "ha", "vụ Hè Thu 2025", "tiến độ"),
        T("Sản lượng thủy sản nuôi trồng", 4000, 1840, "tấn", "6 tháng năm 2025", "tiến độ"),
        T("Thu ngân sách", 6.2, 3.26, "tỷ đồng", "6 tháng năm 2025", "tiến độ"),
        T("Giao quân năm 2025", 18, 18, "thanh niên", "năm 2025", "đạt"),
        T("Tỷ lệ hộ nghèo", 2, 1.87, "%", "6 tháng năm 2025", "tiến độ"),
        T("Kết nạp", 16, 7, "đảng viên", "6 tháng năm 2025", "tiến độ")],
       [K("Lãnh đạo thực hiện tốt việc sắp xếp đơn vị hành chính, bàn giao hồ sơ, tài liệu theo hướng dẫn của cấp trên", None, "trước ngày 30/6/2025"),
        K("Chỉ đạo thu hoạch lúa Hè Thu, chuẩn bị xuống giống vụ Thu Đông", None, None),
        K("rà soát quần chúng ưu tú, hoàn thành chỉ tiêu kết nạp đảng viên", "các chi bộ ấp", "trong quý III/2025"),
        K("hoàn thành chương trình kiểm tra, giám sát năm", "Ủy ban Kiểm tra Đảng ủy", "trước ngày 30/11/2025")],
       [S("T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Hoàng Phúc")],
       ["Thường trực Huyện ủy (b/c)", "Ban Tổ chức Huyện ủy", "Đảng ủy viên", "Lưu"],
       ["2.465 ha", "98,6%", "1.840 tấn", "46%", "3,26 tỷ đồng", "52,58%", "18/18", "1,87%"],
       ["96 -BC/ĐU", "16 tháng 6 năm 2025", "19/19", "6 tháng cuối năm", "30/6/2025", "30/11/2025"]))
