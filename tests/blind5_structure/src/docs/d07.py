NAME = "bc_ubnd_xa_tam_nong_nam_2026"
TEXT = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TAM NÔNG\tĐộc lập - Tự do - Hạnh phúc
Số: 395/BC-UBND\tTam Nông, ngày 04 tháng 12 năm 2026
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026
và kế hoạch năm 2027
Thực hiện Nghị quyết của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026, UBND xã báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026
Năm 2026 có 12 chỉ tiêu chủ yếu, ước cả năm đạt và vượt 10/12 chỉ tiêu, 02 chỉ tiêu không đạt. Cụ thể:
Chỉ tiêu\tNghị quyết\tƯớc TH năm 2026\tĐánh giá
Tổng sản lượng lương thực có hạt (tấn)\t18.500\t19.120\tVượt
Thu nhập bình quân đầu người (triệu đồng)\t68\t71,2\tVượt
Thu ngân sách trên địa bàn (tỷ đồng)\t24,5\t24,5\tĐạt
Tỷ lệ hộ nghèo (%)\tdưới 1,5\t1,35\tĐạt
Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (%)\tkhông quá 8\t8,4\tKhông đạt
Trồng rừng tập trung (ha)\t45\t38,6\tKhông đạt
Các chỉ tiêu còn lại (tỷ lệ người dân tham gia BHYT, hộ dùng nước sạch, trường đạt chuẩn, thôn văn hóa, tuyển quân, kiên cố hóa kênh mương) đều đạt kế hoạch.
1. Sản xuất nông nghiệp: tổng diện tích gieo trồng 2.864 ha, tăng 2,1% so với năm 2025; đàn bò 3.410 con. Trồng rừng mới 38,6 ha, chỉ đạt 85,8% kế hoạch do thiếu cây giống vụ thu.
2. Văn hóa - xã hội: giảm 31 hộ nghèo, tỷ lệ hộ nghèo còn 1,35%; khám chữa bệnh 9.702 lượt tại Trạm Y tế xã.
3. Quốc phòng - an ninh: giao quân đạt 100% chỉ tiêu (22/22 thanh niên).
II. KẾ HOẠCH NĂM 2027
1. Chỉ tiêu chủ yếu:
- Thu nhập bình quân đầu người đạt 75 triệu đồng trở lên;
- Tỷ lệ hộ nghèo giảm còn dưới 1%;
- Trồng rừng tập trung 50 ha.
2. Nhiệm vụ, giải pháp:
- Giao Phòng Kinh tế phối hợp Hợp tác xã Nông nghiệp Tam Nông chuẩn bị đủ cây giống, triển khai trồng rừng vụ xuân trước ngày 31/3/2027.
- Trạm Y tế xã tổ chức cân, đo trẻ dưới 5 tuổi và tư vấn dinh dưỡng theo đợt, hoàn thành đợt 1 trong tháng 6/2027.
- Phòng Văn hóa - Xã hội rà soát hộ cận nghèo, đề xuất chính sách hỗ trợ trước ngày 15/01/2027.
Trên đây là báo cáo của UBND xã Tam Nông./.
Nơi nhận:
- TT. Đảng ủy, TT. HĐND xã;
- Chủ tịch, các PCT UBND xã;
- Các phòng, đơn vị thuộc UBND xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Hữu Phước
"""
GOLD = {
 "genre": "bao_cao",
 "issuer": "ỦY BAN NHÂN DÂN XÃ TAM NÔNG",
 "issuer_parent": None,
 "doc_number": "395/BC-UBND",
 "place": "Tam Nông",
 "date": "2026-12-04",
 "title": "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026",
 "meeting": None,
 "attendance": None,
 "decisions": [],
 "targets": [
   {"name": "Tổng sản lượng lương thực có hạt", "target": 18500, "result": 19120, "unit": "tấn", "period": "năm 2026", "verdict": "vượt"},
   {"name": "Thu nhập bình quân đầu người", "target": 68, "result": 71.2, "unit": "triệu đồng", "period": "năm 2026", "verdict": "vượt"},
   {"name": "Thu ngân sách trên địa bàn", "target": 24.5, "result": 24.5, "unit": "tỷ đồng", "period": "năm 2026", "verdict": "đạt"},
   {"name": "Tỷ lệ hộ nghèo", "target": 1.5, "result": 1.35, "unit": "%", "period": "năm 2026", "verdict": "đạt"},
   {"name": "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "target": 8, "result": 8.4, "unit": "%", "period": "năm 2026", "verdict": "chưa đạt"},
   {"name": "Trồng rừng tập trung", "target": 45, "result": 38.6, "unit": "ha", "period": "năm 2026", "verdict": "chưa đạt"},
   {"name": "giao quân", "target": 22, "result": 22, "unit": "thanh niên", "period": "năm 2026", "verdict": "đạt"},
   {"name": "Thu nhập bình quân đầu người", "target": 75, "result": None, "unit": "triệu đồng", "period": "năm 2027", "verdict": None},
   {"name": "Tỷ lệ hộ nghèo", "target": 1, "result": None, "unit": "%", "period": "năm 2027", "verdict": None},
   {"name": "Trồng rừng tập trung", "target": 50, "result": None, "unit": "ha", "period": "năm 2027", "verdict": None}],
 "tasks": [
   {"text": "chuẩn bị đủ cây giống, triển khai trồng rừng vụ xuân", "owner": "Phòng Kinh tế", "deadline": "trước ngày 31/3/2027"},
   {"text": "tổ chức cân, đo trẻ dưới 5 tuổi và tư vấn dinh dưỡng theo đợt", "owner": "Trạm Y tế xã", "deadline": "trong tháng 6/2027"},
   {"text": "rà soát hộ cận nghèo, đề xuất chính sách hỗ trợ", "owner": "Phòng Văn hóa - Xã hội", "deadline": "trước ngày 15/01/2027"}],
 "signers": [{"role": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Nguyễn Hữu Phước"}],
 "recipients": ["TT. Đảng ủy, TT. HĐND xã", "Chủ tịch, các PCT UBND xã", "Các phòng, đơn vị thuộc UBND xã", "Lưu: VT"],
 "key_figures": ["10/12 chỉ tiêu", "2.864 ha", "2,1%", "3.410 con", "85,8%", "31 hộ nghèo", "9.702 lượt", "22/22"],
 "noise_figures": ["395/BC-UBND", "năm 2027", "dưới 5 tuổi", "31/3/2027", "đợt 1", "15/01/2027"],
}
RATIOS = [(38.6, 45, "85,8%"), (22, 22, "100%")]
