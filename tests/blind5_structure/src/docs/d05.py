NAME = "bb_so_xay_dung_gia_lai_giai_ngan"
TEXT = """UBND TỈNH GIA LAI
SỞ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 217/BB-SXD
Gia Lai, ngày 28 tháng 10 năm 2026
BIÊN BẢN
Cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công năm 2026
1. Thời gian: 14 giờ 00 ngày 28/10/2026.
2. Địa điểm: Phòng họp tầng 3, trụ sở Sở Xây dựng.
3. Chủ trì: Ông Đinh Quang Hải, Phó Giám đốc Sở.
4. Thư ký: Bà Rơ Châm H'Linh, chuyên viên Văn phòng Sở.
5. Thành phần mời: 12 đại biểu, gồm:
+ Lãnh đạo các phòng: Kế hoạch - Tài chính, Quản lý xây dựng, Hạ tầng kỹ thuật;
+ Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh;
+ Đại diện Kho bạc Nhà nước khu vực XIV, Sở Tài chính;
+ Đại diện UBND các xã Ia Hrung, Đak Pơ, phường An Nhơn.
Có mặt 11/12 đại biểu; vắng 01: đại diện UBND xã Đak Pơ (bận tiếp đoàn kiểm tra của tỉnh).
6. Nội dung:
Phòng Kế hoạch - Tài chính báo cáo: kế hoạch vốn năm 2026 Sở được giao quản lý 312,5 tỷ đồng; đến ngày 25/10/2026 đã giải ngân 198,4 tỷ đồng, đạt 63,5% kế hoạch. Trong 24 công trình phải hoàn thành trong năm, đã hoàn thành, bàn giao 15 công trình. Có 03 dự án vướng mặt bằng với tổng vốn 41,2 tỷ đồng.
Ý kiến các đại biểu:
- Ông Lê Hữu Trí (Ban QLDA): đề nghị UBND phường An Nhơn đẩy nhanh chi trả bồi thường cho 17 hộ còn lại.
- Bà Nguyễn Thị Mỹ Lệ (Kho bạc): hồ sơ thanh toán gửi sau ngày 20/12 sẽ khó kịp giải ngân trong năm.
7. Kết luận của chủ trì:
a) Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh hoàn tất nghiệm thu, thanh toán khối lượng 5 công trình đã xong trước ngày 15/11/2026.
b) Phòng Kế hoạch - Tài chính tham mưu điều chuyển vốn của 03 dự án vướng mặt bằng, trình Giám đốc Sở trước ngày 05/11/2026.
c) Đề nghị UBND phường An Nhơn hoàn thành chi trả bồi thường trong tháng 11/2026.
Các đại biểu dự họp thống nhất với kết luận (11/11 ý kiến tán thành).
Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày.
Nơi nhận:
- Giám đốc Sở (b/c);
- Các đơn vị dự họp;
- Lưu: VT, KHTC.
THƯ KÝ\tCHỦ TRÌ CUỘC HỌP
\tPHÓ GIÁM ĐỐC
Rơ Châm H'Linh\tĐinh Quang Hải
"""
GOLD = {
 "genre": "bien_ban",
 "issuer": "SỞ XÂY DỰNG",
 "issuer_parent": "UBND TỈNH GIA LAI",
 "doc_number": "217/BB-SXD",
 "place": "Gia Lai",
 "date": "2026-10-28",
 "title": "Cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công năm 2026",
 "meeting": {"name": "Cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công năm 2026", "kind": "hội nghị", "start": "14:00", "end": "16:30",
   "date": "2026-10-28", "place": "Phòng họp tầng 3, trụ sở Sở Xây dựng", "chairs": ["Đinh Quang Hải"], "secretary": "Rơ Châm H'Linh", "form": None},
 "attendance": {"total": 12, "official": None, "probationary": None, "present": 11, "absent": 1,
   "absentees": [{"name": "đại diện UBND xã Đak Pơ", "reason": "bận tiếp đoàn kiểm tra của tỉnh"}]},
 "decisions": [
   {"kind": "vote", "for": 11, "against": None, "abstain": None, "base": 11, "person": None, "outcome": "thống nhất với kết luận"}],
 "targets": [
   {"name": "giải ngân", "target": 312.5, "result": 198.4, "unit": "tỷ đồng", "period": "năm 2026", "verdict": "tiến độ"},
   {"name": "công trình phải hoàn thành trong năm", "target": 24, "result": 15, "unit": "công trình", "period": "năm 2026", "verdict": "tiến độ"}],
 "tasks": [
   {"text": "hoàn tất nghiệm thu, thanh toán khối lượng 5 công trình đã xong", "owner": "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "deadline": "trước ngày 15/11/2026"},
   {"text": "tham mưu điều chuyển vốn của 03 dự án vướng mặt bằng", "owner": "Phòng Kế hoạch - Tài chính", "deadline": "trước ngày 05/11/2026"},
   {"text": "hoàn thành chi trả bồi thường", "owner": "UBND phường An Nhơn", "deadline": "trong tháng 11/2026"}],
 "signers": [{"role": "THƯ KÝ", "position": None, "name": "Rơ Châm H'Linh"}, {"role": "CHỦ TRÌ CUỘC HỌP", "position": "PHÓ GIÁM ĐỐC", "name": "Đinh Quang Hải"}],
 "recipients": ["Giám đốc Sở (b/c)", "Các đơn vị dự họp", "Lưu: VT, KHTC"],
 "key_figures": ["312,5 tỷ đồng", "198,4 tỷ đồng", "63,5%", "15 công trình", "03 dự án", "41,2 tỷ đồng", "17 hộ", "11/12"],
 "noise_figures": ["217/BB-SXD", "14 giờ 00", "16 giờ 30", "tầng 3", "khu vực XIV", "25/10/2026"],
}
RATIOS = [(198.4, 312.5, "63,5%")]
