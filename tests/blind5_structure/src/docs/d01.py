NAME = "bb_cb_kp3_tan_hoi_t11_2026"
TEXT = """ĐẢNG BỘ PHƯỜNG TÂN HỘI\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 3
*
BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026
I. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: bắt đầu lúc 19 giờ 30, ngày 10 tháng 11 năm 2026.
- Địa điểm: Hội trường khu phố 3 (số 27 đường Lê Lai).
II. THÀNH PHẦN
- Chủ trì: đ/c Phan Văn Lộc - Bí thư Chi bộ.
- Thư ký: đ/c Vũ Thị Ngọc Hân - Chi ủy viên.
- Dự và theo dõi: đ/c Trịnh Minh Quân, Đảng ủy viên, Phó Chủ tịch UBND phường (phụ trách khu phố).
- Tổng số đảng viên của chi bộ: 24 đ/c (chính thức: 21, dự bị: 03).
- Có mặt: 21 đ/c (chính thức 18, dự bị 03).
- Vắng: 03 đ/c, đều có lý do:
+ đ/c Lê Văn Tám: đi công tác tại Hà Nội;
+ đ/c Nguyễn Thị Bích Thủy: ốm, điều trị tại bệnh viện;
+ đ/c Đỗ Quang Vinh: trực cơ quan.
III. NỘI DUNG
1. Thông tin thời sự, phổ biến văn bản cấp trên
Đ/c Bí thư thông tin tình hình thời sự trong nước, trong tỉnh tháng 10/2026; phổ biến Kế hoạch số 112-KH/ĐU, ngày 28/10/2026 của Đảng ủy phường về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026.
2. Đánh giá kết quả tháng 10/2026
Đ/c Phó Bí thư thông qua dự thảo báo cáo. Trong tháng, chi bộ duy trì sinh hoạt đúng quy định; khu phố vận động nhân dân đóng góp quỹ "Vì người nghèo" được 9,6 triệu đồng/chỉ tiêu cả năm 12 triệu đồng, đạt 80%; thu đảng phí đủ 24/24 đảng viên. Vận động 38/45 hộ lắp camera an ninh theo kế hoạch năm của khu phố, đạt 84,4%.
Ý kiến thảo luận:
- Đ/c Hồ Văn Sang: đề nghị bổ sung nội dung vệ sinh môi trường tuyến hẻm 27.
- Đ/c Lý Thị Hòa: thống nhất với dự thảo, đề nghị sớm hoàn thành số hộ còn lại chưa lắp camera.
3. Nhiệm vụ tháng 12/2026
a) Hoàn thành kiểm điểm, xếp loại đảng viên năm 2026; đ/c Phan Văn Lộc chịu trách nhiệm, xong trước ngày 05/12/2026.
b) Vận động 07 hộ còn lại lắp camera an ninh; giao Ban điều hành khu phố thực hiện trong tháng 12/2026.
c) Tổ chức tổng vệ sinh tuyến hẻm 27, giao đ/c Hồ Văn Sang phối hợp Chi hội Phụ nữ thực hiện trước ngày 20/12/2026.
IV. BIỂU QUYẾT
Chi bộ biểu quyết thông qua nghị quyết tháng 11/2026: tán thành 18/18 đ/c chính thức có mặt (100%).
Biểu quyết đề nghị Đảng ủy phường xét công nhận đảng viên chính thức cho đ/c Mai Thị Thu Hà: 18/18 đ/c đồng ý.
Buổi sinh hoạt kết thúc lúc 21 giờ 15 cùng ngày; biên bản đã đọc lại, các đ/c dự họp nhất trí.
THƯ KÝ                                    CHỦ TRÌ
Vũ Thị Ngọc Hân                           Phan Văn Lộc
"""
GOLD = {
 "genre": "bien_ban",
 "issuer": "CHI BỘ KHU PHỐ 3",
 "issuer_parent": "ĐẢNG BỘ PHƯỜNG TÂN HỘI",
 "doc_number": None,
 "place": None,
 "date": "2026-11-10",
 "title": "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026",
 "meeting": {"name": "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026", "kind": "thường kỳ", "start": "19:30", "end": "21:15",
   "date": "2026-11-10", "place": "Hội trường khu phố 3", "chairs": ["Phan Văn Lộc"], "secretary": "Vũ Thị Ngọc Hân", "form": None},
 "attendance": {"total": 24, "official": 21, "probationary": 3, "present": 21, "absent": 3,
   "absentees": [{"name": "Lê Văn Tám", "reason": "đi công tác tại Hà Nội"},
                 {"name": "Nguyễn Thị Bích Thủy", "reason": "ốm, điều trị tại bệnh viện"},
                 {"name": "Đỗ Quang Vinh", "reason": "trực cơ quan"}]},
 "decisions": [
   {"kind": "vote", "for": 18, "against": None, "abstain": None, "base": 18, "person": None, "outcome": "thông qua nghị quyết tháng 11/2026"},
   {"kind": "vote", "for": 18, "against": None, "abstain": None, "base": 18, "person": "Mai Thị Thu Hà", "outcome": "đề nghị công nhận đảng viên chính thức"}],
 "targets": [
   {"name": "quỹ \"Vì người nghèo\"", "target": 12, "result": 9.6, "unit": "triệu đồng", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "lắp camera an ninh", "target": 45, "result": 38, "unit": "hộ", "period": "năm 2026", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "Hoàn thành kiểm điểm, xếp loại đảng viên năm 2026", "owner": "đ/c Phan Văn Lộc", "deadline": "trước ngày 05/12/2026"},
   {"text": "Vận động 07 hộ còn lại lắp camera an ninh", "owner": "Ban điều hành khu phố", "deadline": "trong tháng 12/2026"},
   {"text": "Tổ chức tổng vệ sinh tuyến hẻm 27", "owner": "đ/c Hồ Văn Sang", "deadline": "trước ngày 20/12/2026"}],
 "signers": [{"role": "THƯ KÝ", "position": None, "name": "Vũ Thị Ngọc Hân"}, {"role": "CHỦ TRÌ", "position": None, "name": "Phan Văn Lộc"}],
 "recipients": [],
 "key_figures": ["24 đ/c", "21 đ/c", "9,6 triệu đồng", "80%", "24/24", "38/45", "84,4%", "18/18"],
 "noise_figures": ["19 giờ 30", "112-KH/ĐU", "28/10/2026", "21 giờ 15", "hẻm 27", "số 27"],
}
RATIOS = [(9.6, 12, "80%"), (38, 45, "84,4%")]
