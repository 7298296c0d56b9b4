NAME = "nq_cb_tdp5_phu_loi_t12_2026"
TEXT = """ĐẢNG BỘ PHƯỜNG PHÚ LỢI
CHI BỘ TỔ DÂN PHỐ 5
*
Số 12-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lợi, ngày 03 tháng 12 năm 2026
NGHỊ QUYẾT
Lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2026 và quý I năm 2027
Căn cứ Điều lệ Đảng và Quy chế làm việc của Chi bộ nhiệm kỳ 2025 - 2027;
Căn cứ kết quả thảo luận tại kỳ sinh hoạt chi bộ thường kỳ ngày 03/12/2026,
CHI BỘ TỔ DÂN PHỐ 5 QUYẾT NGHỊ:
I- ĐÁNH GIÁ CHUNG
Tháng 11/2026, chi bộ lãnh đạo tổ dân phố hoàn thành thu quỹ phòng, chống thiên tai (đạt 100%); tổ chức Ngày hội Đại đoàn kết toàn dân tộc với 214 hộ tham gia. Chi bộ duy trì sinh hoạt đúng định kỳ, nội dung bám sát nhiệm vụ của tổ dân phố; đảng viên gương mẫu tham gia các phong trào, không có đảng viên vi phạm. Công tác vận động nhân dân giữ gìn vệ sinh môi trường có chuyển biến, song việc phân loại rác tại nguồn còn hình thức ở một số ngõ. Còn 02 hộ vi phạm lấn chiếm vỉa hè chưa khắc phục.
II- MỤC TIÊU, CHỈ TIÊU
1- Trong quý I/2027: 100% hộ gia đình ký cam kết không đốt pháo, không sử dụng pháo trái phép dịp Tết Nguyên đán;
2- Đến hết tháng 3/2027, tỷ lệ hộ phân loại rác tại nguồn đạt từ 70% trở lên (hiện đạt 52%);
3- Năm 2027 giới thiệu ít nhất 03 quần chúng ưu tú cho Đảng ủy phường xem xét kết nạp.
III- NHIỆM VỤ, GIẢI PHÁP
1- Đ/c Tổ trưởng tổ dân phố phối hợp Công an phường vận động 02 hộ vi phạm tự tháo dỡ, khắc phục trước ngày 20/12/2026.
2- Chi hội Phụ nữ và Chi đoàn Thanh niên ra quân hướng dẫn phân loại rác, đến từng hộ, hoàn thành trong tháng 01/2027.
3- Đ/c Phó Bí thư Chi bộ lập danh sách quần chúng ưu tú, phân công đảng viên giúp đỡ, báo cáo chi bộ tại kỳ sinh hoạt tháng 01/2027.
4- Tổ chức thăm, tặng quà Tết cho 17 hộ chính sách, hộ khó khăn; giao Ban Công tác Mặt trận tổ dân phố thực hiện trước ngày 10/02/2027.
IV- TỔ CHỨC THỰC HIỆN
Chi ủy chịu trách nhiệm cụ thể hóa Nghị quyết thành kế hoạch; các đảng viên căn cứ nhiệm vụ được phân công tổ chức thực hiện. Nghị quyết được 17/17 đảng viên chính thức có mặt biểu quyết tán thành.
Nơi nhận:\tT/M CHI BỘ
- Đảng ủy phường (b/c),\tBÍ THƯ
- Đảng viên trong chi bộ,\t
- Lưu Chi bộ.\tTô Thanh Bình
"""
GOLD = {
 "genre": "nghi_quyet",
 "issuer": "CHI BỘ TỔ DÂN PHỐ 5",
 "issuer_parent": "ĐẢNG BỘ PHƯỜNG PHÚ LỢI",
 "doc_number": "12-NQ/CB",
 "place": "Phú Lợi",
 "date": "2026-12-03",
 "title": "Lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2026 và quý I năm 2027",
 "meeting": {"name": "sinh hoạt chi bộ thường kỳ", "kind": "thường kỳ", "start": None, "end": None,
   "date": "2026-12-03", "place": None, "chairs": [], "secretary": None, "form": None},
 "attendance": None,
 "decisions": [
   {"kind": "resolution", "for": 17, "against": None, "abstain": None, "base": 17, "person": None, "outcome": "thông qua Nghị quyết"}],
 "targets": [
   {"name": "hộ gia đình ký cam kết không đốt pháo", "target": 100, "result": None, "unit": "%", "period": "quý I/2027", "verdict": None},
   {"name": "tỷ lệ hộ phân loại rác tại nguồn", "target": 70, "result": None, "unit": "%", "period": "tháng 3/2027", "verdict": None},
   {"name": "giới thiệu ít nhất 03 quần chúng ưu tú", "target": 3, "result": None, "unit": "quần chúng", "period": "Năm 2027", "verdict": None}],
 "tasks": [
   {"text": "vận động 02 hộ vi phạm tự tháo dỡ, khắc phục", "owner": "Đ/c Tổ trưởng tổ dân phố", "deadline": "trước ngày 20/12/2026"},
   {"text": "ra quân hướng dẫn phân loại rác, đến từng hộ", "owner": "Chi hội Phụ nữ và Chi đoàn Thanh niên", "deadline": "trong tháng 01/2027"},
   {"text": "lập danh sách quần chúng ưu tú, phân công đảng viên giúp đỡ", "owner": "Đ/c Phó Bí thư Chi bộ", "deadline": "tại kỳ sinh hoạt tháng 01/2027"},
   {"text": "Tổ chức thăm, tặng quà Tết cho 17 hộ chính sách, hộ khó khăn", "owner": "Ban Công tác Mặt trận tổ dân phố", "deadline": "trước ngày 10/02/2027"},
   {"text": "cụ thể hóa Nghị quyết thành kế hoạch", "owner": "Chi ủy", "deadline": None}],
 "signers": [{"role": "T/M CHI BỘ", "position": "BÍ THƯ", "name": "Tô Thanh Bình"}],
 "recipients": ["Đảng ủy phường (b/c)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
 "key_figures": ["100%", "214 hộ", "02 hộ", "70%", "52%", "03 quần chúng", "17 hộ", "17/17"],
 "noise_figures": ["12-NQ/CB", "2025 - 2027", "03/12/2026", "Tháng 11/2026", "tháng 3/2027"],
}
RATIOS = []
