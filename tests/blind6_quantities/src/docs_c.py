# -*- coding: utf-8 -*-
# Documents 15-16. Names, places, figures invented.
from checks import pct_ok, eq

DOCS = []

# ---------------------------------------------------------------- D15
DOCS.append(dict(
name="bb_kiemphieu_chibo_khupho7_bau_chiuy", genre="bien_ban", officials=28,
text="""ĐẢNG BỘ PHƯỜNG TÂY SƠN
CHI BỘ KHU PHỐ 7
BIÊN BẢN KIỂM PHIẾU
Bầu Bí thư, Phó Bí thư chi bộ nhiệm kỳ 2026 - 2028 (tại hội nghị chi bộ ngày 21/11/2026)
Tổng số đảng viên của chi bộ: 31 đồng chí (chính thức 28, dự bị 03).
Có mặt 27 đồng chí (chính thức 25, dự bị 02); vắng 04 đồng chí: đ/c Khổng Văn Minh (ốm), đ/c Lã Thị Tuyết (đi công tác), đ/c Ninh Văn Hậu (chăm người nhà ốm), đ/c Giang Thị Thủy (dự bị, đi học).
Ban kiểm phiếu gồm 03 đồng chí: đ/c Yên Văn Lợi (trưởng ban), đ/c Phùng Thị Mận, đ/c Âu Đức Trọng.
Đảng viên dự bị không tham gia bỏ phiếu. Số phiếu phát ra 25, số phiếu thu vào 25, tất cả 25 phiếu đều hợp lệ.
1. Bầu Bí thư chi bộ (danh sách 01 đồng chí):
Đ/c Tiêu Văn Phúc: 24 phiếu, đạt 96,0% so với tổng số phiếu thu vào; 02 phiếu không bầu.
2. Bầu Phó Bí thư chi bộ (danh sách 01 đồng chí):
Đ/c Mai Thị Ngọc Anh: 23/25 phiếu, đạt 92%; 02 phiếu không bầu.
Kết quả: các đồng chí Tiêu Văn Phúc, Mai Thị Ngọc Anh trúng cử với số phiếu quá một nửa so với tổng số đảng viên chính thức của chi bộ (28 đồng chí).
Biên bản lập lúc 10 giờ 05 phút, cùng ngày.
TRƯỞNG BAN KIỂM PHIẾU
Yên Văn Lợi""",
planted=[
 ("vote-mismatch", "tổng số phiếu thu vào; 02 phiếu không bầu", "Bí thư: 24 phiếu bầu + 02 phiếu không bầu = 26, vượt 25 phiếu thu vào (đúng phải là 01 phiếu không bầu)"),
],
checks=lambda: [
 ("ok", eq(28 + 3, 31)), ("ok", eq(25 + 2, 27)), ("ok", eq(27 + 4, 31)), ("ok", eq((28 - 25) + (3 - 2), 4)),
 ("ok", pct_ok(24, 25, "96,0")), ("planted", eq(24 + 2, 25)), ("ok", pct_ok(23, 25, "92")), ("ok", eq(23 + 2, 25)),
 ("ok", 24 > 28 / 2 and 23 > 28 / 2),
],
))

# ---------------------------------------------------------------- D16 (clean)
DOCS.append(dict(
name="tin_mttq_phuong_tayson_9thang_2026", genre="tin_hoi_nghi", officials=None,
text="""MTTQ phường Tây Sơn: vận động Quỹ "Vì người nghèo" 9 tháng vượt kế hoạch năm
Ngày 03/10/2026, Ủy ban MTTQ Việt Nam phường Tây Sơn tổ chức hội nghị đánh giá kết quả công tác Mặt trận 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2026. 9 tháng, Quỹ "Vì người nghèo" phường vận động được 528,4 triệu đồng, bằng 117,4% kế hoạch năm.
Dự hội nghị có 64 ủy viên Ủy ban MTTQ phường, trưởng ban công tác Mặt trận 21 khu phố.
Theo báo cáo, kế hoạch năm 2026 của phường là vận động 450 triệu đồng cho Quỹ "Vì người nghèo"; đến 30/9 đã vận động được 528,4 triệu đồng. Từ nguồn quỹ, phường đã hỗ trợ xây mới 06 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng, tổng kinh phí 360 triệu đồng; lũy kế từ đầu nhiệm kỳ đến nay đã hỗ trợ 23 căn.
Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tiếp tục được duy trì, có 19/21 khu phố đăng ký đạt chuẩn "Khu phố văn hóa" năm 2026, chiếm 90,5%. Ban Thanh tra nhân dân tiếp nhận 15 đơn, đã giải quyết 12 đơn, còn 03 đơn đang xem xét.
Cũng tại hội nghị, đại diện Ủy ban MTTQ phường Tây Sơn Bắc chia sẻ: 9 tháng, phường bạn vận động được 389 triệu đồng, hỗ trợ 04 căn nhà.
Hội nghị thống nhất 3 nhiệm vụ trọng tâm quý IV: tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 21/21 khu phố; giám sát việc chi Quỹ; tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp HĐND phường.
Ngọc Hân""",
planted=[],
checks=lambda: [
 ("ok", pct_ok(528.4, 450, "117,4")), ("ok", eq(6 * 60, 360)), ("ok", 6 <= 23), ("ok", pct_ok(19, 21, "90,5")),
 ("ok", eq(12 + 3, 15)),
],
))
