NAME = "tin_cb_kdc4_hoa_binh_t10"
TEXT = """BÁO ĐIỆN TỬ ĐẢNG BỘ PHƯỜNG HÒA BÌNH
Thời sự  Chính trị  Xây dựng Đảng  Kinh tế  Xã hội  Video  Tìm kiếm
Xây dựng Đảng » Sinh hoạt chi bộ
Cập nhật: 07/10/2026 09:15
Chi bộ Khu dân cư số 4: sinh hoạt thường kỳ gắn với giải quyết kiến nghị của dân
(HB) - Tối 5/10, Chi bộ Khu dân cư số 4, Đảng bộ phường Hòa Bình, tổ chức sinh hoạt thường kỳ tháng 10. Dự và chỉ đạo có đồng chí Lường Thị Hoa, Phó Bí thư Thường trực Đảng ủy phường; đồng chí Quàng Văn Chiến, Bí thư Chi bộ chủ trì buổi sinh hoạt.
Chi bộ hiện có 19 đảng viên, trong đó 16 đảng viên chính thức. Buổi sinh hoạt có 17/19 đảng viên tham dự; 02 đảng viên vắng có lý do.
Đồng chí Lường Thị Hoa (đứng) phát biểu chỉ đạo. (Ảnh: Minh Quân)
Theo báo cáo của chi ủy, 9 tháng năm 2026, khu dân cư vận động nhân dân hiến 356 m2 đất mở rộng ngõ 12 và ngõ 18; thu quỹ khuyến học được 31,5 triệu đồng, vượt mục tiêu cả năm 30 triệu đồng. Cả 136/136 hộ được tuyên truyền về phòng cháy, chữa cháy.
Góp ý tại buổi sinh hoạt, đảng viên Lò Văn Thắng đề nghị chi bộ sớm có ý kiến với phường về việc lắp thêm đèn chiếu sáng ở ngõ 18, nơi thường xuyên có người lạ tụ tập vào buổi tối; đảng viên Bạc Thị Nhung đề nghị duy trì tổ tự quản vệ sinh môi trường mỗi sáng thứ Bảy.
Sau khi thảo luận, chi bộ biểu quyết đề nghị Đảng ủy phường xem xét kết nạp quần chúng Hà Thị Ngân vào Đảng với 15/15 đảng viên chính thức có mặt tán thành. Chi bộ cũng thống nhất nghị quyết tháng 10: biểu quyết tán thành 14, không tán thành 01.
Chi bộ thống nhất mục tiêu đến hết năm 2026 có 100% hộ gia đình lắp bình chữa cháy mini (hiện đạt 118/136 hộ).
Phát biểu chỉ đạo, đồng chí Lường Thị Hoa yêu cầu chi ủy hoàn thiện hồ sơ kết nạp đảng viên, gửi Ban Xây dựng Đảng trước ngày 20/10/2026; đồng thời giao Ban điều hành khu dân cư phối hợp Công an phường trả lời 03 kiến nghị của người dân về chiếu sáng ngõ 18 trong tháng 10/2026.
Minh Quân
Chia sẻ: Facebook | Zalo
Tin cùng chuyên mục:
» Đảng ủy phường Hòa Bình trao Huy hiệu 40 năm tuổi Đảng đợt 7/11
» Nâng cao chất lượng sinh hoạt chi bộ khu dân cư
Bình luận (0)
Trang chủ | Liên hệ | Sơ đồ site | RSS
"""
GOLD = {
 "genre": "tin_hoi_nghi",
 "issuer": "Chi bộ Khu dân cư số 4",
 "issuer_parent": "Đảng bộ phường Hòa Bình",
 "doc_number": None,
 "place": None,
 "date": "2026-10-05",
 "title": "Chi bộ Khu dân cư số 4: sinh hoạt thường kỳ gắn với giải quyết kiến nghị của dân",
 "meeting": {"name": "sinh hoạt thường kỳ tháng 10", "kind": "thường kỳ", "start": None, "end": None,
   "date": "2026-10-05", "place": None, "chairs": ["Quàng Văn Chiến"], "secretary": None, "form": None},
 "attendance": {"total": 19, "official": 16, "probationary": None, "present": 17, "absent": 2, "absentees": []},
 "decisions": [
   {"kind": "vote", "for": 15, "against": None, "abstain": None, "base": 15, "person": "Hà Thị Ngân", "outcome": "đề nghị kết nạp vào Đảng"},
   {"kind": "resolution", "for": 14, "against": 1, "abstain": None, "base": None, "person": None, "outcome": "thông qua nghị quyết tháng 10"}],
 "targets": [
   {"name": "quỹ khuyến học", "target": 30, "result": 31.5, "unit": "triệu đồng", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "hộ gia đình lắp bình chữa cháy mini", "target": 100, "result": None, "unit": "%", "period": "năm 2026", "verdict": None}],
 "tasks": [
   {"text": "hoàn thiện hồ sơ kết nạp đảng viên, gửi Ban Xây dựng Đảng", "owner": "chi ủy", "deadline": "trước ngày 20/10/2026"},
   {"text": "trả lời 03 kiến nghị của người dân về chiếu sáng ngõ 18", "owner": "Ban điều hành khu dân cư", "deadline": "trong tháng 10/2026"}],
 "signers": [],
 "recipients": [],
 "key_figures": ["19 đảng viên", "17/19", "356 m2", "31,5 triệu đồng", "30 triệu đồng", "136/136 hộ", "15/15", "118/136 hộ"],
 "noise_figures": ["07/10/2026 09:15", "ngõ 12", "40 năm tuổi Đảng", "đợt 7/11", "Bình luận (0)", "Tối 5/10"],
}
RATIOS = []
