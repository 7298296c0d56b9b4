#!/usr/bin/env python3
"""round7 / bank_a — quantity shape bank (commune/ward Party cells & mass organisations).
Holds every text, planted span and near-miss span; asserts arithmetic; writes <name>.txt and
<name>.expected.json next to src/. Exit 1 on any problem."""
import json, os, sys, unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []

def pct(n, d, dec=1):
    """share n/d in percent, half-up, Vietnamese decimal comma"""
    q = D(1).scaleb(-dec) if dec else D(1)
    v = (D(str(n)) / D(str(d)) * 100).quantize(q, rounding=ROUND_HALF_UP)
    return str(v).replace('.', ',')

def ok(cond, msg):
    if not cond:
        ERR.append(msg)

DOCS = []
def doc(name, genre, paras, planted=None, shape='', near=(), checks=()):
    DOCS.append(dict(name=name, genre=genre, paras=paras, planted=planted, shape=shape,
                     near=list(near), checks=list(checks)))

# ------------------------------------------------------------------ P1 attendance-mismatch
doc('bb_chibo_khupho3_phuong_anbinh_t9_2025', 'bien_ban', [
 'ĐẢNG BỘ PHƯỜNG AN BÌNH - CHI BỘ KHU PHỐ 3',
 'BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2025',
 'Thời gian: 19h30 ngày 08/9/2025, tại Nhà văn hóa khu phố 3. Chủ trì: đ/c Võ Thanh Liêm, Bí thư chi bộ; thư ký: đ/c Đặng Thị Mỹ.',
 'Tổng số đảng viên: 31 đ/c (chính thức 28, dự bị 03); miễn sinh hoạt: 04 đ/c. Có mặt: 23 đ/c; vắng 03 đ/c có lý do (đ/c Trần Văn Lộc – đi công tác, đ/c Hà Thị Nga – ốm, đ/c Phan Minh Khoa – việc gia đình).',
 '1. Đ/c Bí thư đánh giá kết quả tháng 8: thu đảng phí 31/31 đ/c, đạt 100%; vận động 112/140 hộ trong khu phố đóng góp Quỹ vì người nghèo (80%), số tiền 16.800.000 đồng.',
 '2. Nhiệm vụ tháng 10: phối hợp Ban điều hành khu phố ra quân vệ sinh môi trường 02 đợt; rà soát 09 hộ cận nghèo đề nghị hỗ trợ; chuẩn bị cho 02 quần chúng ưu tú học lớp nhận thức về Đảng.',
 'Biểu quyết: 23/23 đ/c có mặt tán thành (100%). Biên bản kết thúc lúc 21 giờ 10 cùng ngày, đã thông qua trước chi bộ.',
], planted=('attendance-mismatch', 'Có mặt: 23 đ/c',
   '31 đảng viên − 04 miễn sinh hoạt = 27 phải dự, but có mặt 23 + vắng 03 (three named) = 26'),
 shape='miễn sinh hoạt subtracted from the roll; có mặt + vắng one short',
 near=['thu đảng phí 31/31 đ/c', '112/140 hộ'],
 checks=[(31-4 != 23+3, 'P1 planted should be wrong'), (pct(112,140,0) == '80', 'P1 80%'), (28+3 == 31, 'P1 28+3')])

# ------------------------------------------------------------------ P2 attendance-mismatch
doc('bb_hop_bch_hoinongdan_xa_tanphuoc_q3_2025', 'bien_ban', [
 'HỘI NÔNG DÂN XÃ TÂN PHƯỚC',
 'BIÊN BẢN HỌP BAN CHẤP HÀNH (MỞ RỘNG) QUÝ III NĂM 2025',
 'Hôm nay, lúc 8 giờ 00 ngày 03/10/2025, tại hội trường UBND xã, BCH Hội Nông dân xã họp định kỳ quý III. Thành phần: BCH có 15 đ/c, dự họp 13 đ/c; vắng 03 đ/c (Lâm Văn Tư – ốm, Nguyễn Thị Bé – đi khám bệnh, Huỳnh Văn Cảnh – công tác). Mời dự: 08 chi hội trưởng.',
 'Đ/c Châu Minh Phát, Chủ tịch Hội, thông qua báo cáo: 9 tháng kết nạp 64 hội viên mới, nâng tổng số lên 1.918 hội viên; có 521 hội viên đăng ký danh hiệu SXKD giỏi các cấp, bằng 27,2% tổng số hội viên.',
 'Ý kiến thảo luận: đ/c Tư Hòa (chi hội ấp 2) đề nghị tăng vốn Quỹ HTND; đ/c Kim Loan (chi hội ấp 5) đề nghị mở thêm 01 lớp tập huấn trồng dưa lưới.',
 'Kết luận: 13/13 đ/c dự họp tán thành báo cáo; giao Thường trực Hội hoàn chỉnh, gửi Đảng ủy xã trước ngày 10/10/2025.',
], planted=('attendance-mismatch', 'dự họp 13 đ/c',
   'BCH has 15 members; dự họp 13 + vắng 03 (three named) = 16'),
 shape='BCH size / present / absent in one sentence, guests (08 chi hội trưởng) not counted',
 near=['08 chi hội trưởng', '27,2%', '13/13 đ/c'],
 checks=[(13+3 != 15, 'P2 wrong'), (pct(521,1918) == '27,2', 'P2 27,2')])

# ------------------------------------------------------------------ P3 vote-mismatch (ballots)
doc('bb_kiemphieu_chihoi_phunu_ap4_xa_longdien', 'bien_ban', [
 'HỘI LHPN XÃ LONG ĐIỀN – CHI HỘI PHỤ NỮ ẤP 4',
 'BIÊN BẢN KIỂM PHIẾU bầu Ban Chấp hành chi hội khóa mới',
 'Ban kiểm phiếu gồm 03 chị: Trần Ngọc Hân (trưởng ban), Võ Thị Diệu, Huỳnh Thị Mơ. Số hội viên được triệu tập: 48; có mặt: 46. Danh sách bầu cử gồm 04 người, bầu 03.',
 'Kết quả: số phiếu phát ra 46 phiếu, số phiếu thu về 46 phiếu; phiếu hợp lệ 45 phiếu, phiếu không hợp lệ 02 phiếu.',
 'Số phiếu bầu cho từng người (tính trên 45 phiếu hợp lệ):',
 '1. Lê Thị Thu: 43 phiếu, đạt 95,6%',
 '2. Phạm Thị Hồng Nhung: 40 phiếu, đạt 88,9%',
 '3. Nguyễn Thị Xuân: 31 phiếu, đạt 68,9%',
 '4. Đoàn Thị Lý: 21 phiếu, đạt 46,7%',
 'Các chị Thu, Nhung, Xuân có số phiếu quá một nửa số phiếu hợp lệ, trúng cử. Biên bản lập hồi 10 giờ 15 phút cùng ngày.',
], planted=('vote-mismatch', 'phiếu không hợp lệ 02 phiếu',
   'thu về 46 but hợp lệ 45 + không hợp lệ 02 = 47'),
 shape='ballots phát ra/thu về/hợp lệ/không hợp lệ; candidate shares over valid ballots',
 near=['đạt 95,6%', 'đạt 46,7%', '03 chị'],
 checks=[(45+2 != 46, 'P3 wrong'), (pct(43,45) == '95,6', 'P3 a'), (pct(40,45) == '88,9', 'P3 b'),
         (pct(31,45) == '68,9', 'P3 c'), (pct(21,45) == '46,7', 'P3 d'), (43+40+31+21 <= 45*3, 'P3 sum')])

# ------------------------------------------------------------------ P4 vote-mismatch (hand vote)
doc('bb_chibo_thon_phuhoa_xa_eakhanh_t11_2025', 'bien_ban', [
 'Đảng bộ xã Ea Khanh – Chi bộ thôn Phú Hòa',
 'Biên bản họp chi bộ tháng 11/2025',
 'Tổng số đảng viên: 22 đ/c; có mặt 19 đ/c, vắng 03 đ/c (đ/c Y Bhin – đi làm ăn xa có báo cáo; đ/c H’Lan – nghỉ sinh con; đ/c Ksor Dũng – ốm).',
 'Nội dung: thông qua dự thảo Nghị quyết chuyên đề về tái canh 35 ha cà phê và vận động 100% hộ tham gia bảo hiểm y tế.',
 'Ý kiến: đ/c Ama Hưng đề nghị giảm còn 30 ha vì thiếu giống; đ/c Nay Thu thống nhất giữ 35 ha, đề nghị Hợp tác xã ứng trước 50% tiền giống.',
 'Biểu quyết thông qua nghị quyết: tán thành 17/19 đ/c (89,5%); không tán thành 01 đ/c; không biểu quyết: không.',
 'Chi bộ giao chi ủy hoàn chỉnh nghị quyết, báo cáo Đảng ủy xã trước ngày 25/11/2025.',
], planted=('vote-mismatch', 'tán thành 17/19 đ/c',
   '19 present: tán thành 17 + không tán thành 01 + không biểu quyết 0 ("không") = 18'),
 shape='tán thành/không tán thành/không biểu quyết with zero in words',
 near=['(89,5%)', '30 ha', '50%'],
 checks=[(17+1+0 != 19, 'P4 wrong'), (19+3 == 22, 'P4 att'), (pct(17,19) == '89,5', 'P4 pct'), (17 > 22/2, 'P4 passes')])

# ------------------------------------------------------------------ P5 absentee-count-mismatch
doc('bb_hoinghi_bch_danguy_phuong_thanhloc_lan6', 'bien_ban', [
 'ĐẢNG ỦY PHƯỜNG THẠNH LỘC',
 'BIÊN BẢN HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 6 (KHÓA I, NHIỆM KỲ 2025 - 2030)',
 'Thời gian: 14h00 ngày 15/12/2025, tại hội trường Đảng ủy phường. Chủ trì: đ/c Nguyễn Hữu Tâm, Bí thư Đảng ủy phường.',
 'BCH Đảng bộ gồm 21 đ/c; có mặt 17 đ/c. Vắng 04 đ/c, gồm: đ/c Lê Quang Vinh (đi học lớp cao cấp LLCT), đ/c Ngô Thị Hằng (ốm), đ/c Đỗ Văn Tuấn (công tác tại tỉnh).',
 'Hội nghị nghe báo cáo công tác xây dựng Đảng năm 2025: kết nạp 23 đảng viên, đạt 115% NQ (chỉ tiêu 20); 36/38 chi bộ trực thuộc được đánh giá hoàn thành tốt nhiệm vụ trở lên, chiếm 94,7%.',
 'Biểu quyết: 17/17 đ/c có mặt nhất trí thông qua báo cáo và chương trình công tác năm 2026.',
], planted=('absentee-count-mismatch', 'Vắng 04 đ/c',
   'announced 04 absentees (17 + 4 = 21 is consistent) but only three are named (Vinh, Hằng, Tuấn)'),
 shape='"Vắng 04 đ/c, gồm:" with three names; totals add up',
 near=['đạt 115% NQ', '36/38 chi bộ', 'chiếm 94,7%', '17/17 đ/c'],
 checks=[(17+4 == 21, 'P5 att'), (pct(23,20,0) == '115', 'P5 115'), (pct(36,38) == '94,7', 'P5 94,7')])

# ------------------------------------------------------------------ P6 resolution-not-passed
doc('bb_hoinghi_bch_danguy_xa_hoathanh_chuyende_t10', 'bien_ban', [
 'ĐẢNG BỘ XÃ HÒA THÀNH',
 'Biên bản Hội nghị Ban Chấp hành Đảng bộ xã (chuyên đề), ngày 22/10/2025',
 'BCH Đảng bộ xã có 17 đồng chí. Dự hội nghị: 13 đồng chí; vắng 04 đồng chí: Trịnh Văn Sang, Bùi Thị Thêu (ốm), Lương Văn Khải, Mai Xuân Đạt (đi công tác).',
 'Nội dung: xem xét điều chỉnh chỉ tiêu thu ngân sách năm 2025 từ 14,2 tỷ đồng xuống 12,8 tỷ đồng do ảnh hưởng của bão số 10.',
 'Thảo luận có 05 ý kiến (đ/c Hồ Văn Mạnh, đ/c Lê Thị Tuyết, đ/c Cao Minh Quý, đ/c Phạm Ngọc Anh, đ/c Dương Văn Thiện).',
 'Kết quả biểu quyết: 08/13 đồng chí dự họp tán thành, 05/13 không tán thành. Hội nghị thống nhất thông qua việc điều chỉnh chỉ tiêu.',
 'Giao Văn phòng Đảng ủy hoàn chỉnh nghị quyết, trình ký trong tháng 10/2025.',
], planted=('resolution-not-passed', '08/13 đồng chí dự họp tán thành',
   '8 of 13 present is a majority of those present but not more than half of the 17 BCH members (needs 9); declared passed'),
 shape='majority of present, not of the whole BCH; "thống nhất thông qua"',
 near=['05 ý kiến', '14,2 tỷ đồng', '12,8 tỷ đồng'],
 checks=[(13+4 == 17, 'P6 att'), (8+5 == 13, 'P6 votes'), (not (8 > 17/2), 'P6 should not pass')])

# ------------------------------------------------------------------ P7 percent-mismatch (whole earlier)
doc('bc_hoiphunu_xa_thanhson_quy3_2025', 'bao_cao', [
 'HỘI LHPN XÃ THANH SƠN',
 'BÁO CÁO Kết quả công tác Hội và phong trào phụ nữ quý III năm 2025',
 'I. Tình hình chung. Toàn xã có 12 chi hội với 1.846 hội viên; phụ nữ từ 18 tuổi trở lên 2.390 người, tỷ lệ tập hợp đạt 77,2%.',
 'II. Kết quả. 1. Tuyên truyền: tổ chức 36 buổi sinh hoạt chuyên đề với 2.105 lượt hội viên, phụ nữ tham dự.',
 '2. Sinh hoạt định kỳ: trong quý có 1.512 hội viên tham gia sinh hoạt đủ 3/3 kỳ, đạt 83,7%; 10/12 chi hội duy trì sinh hoạt đúng ngày.',
 '3. Hỗ trợ phát triển kinh tế: giải ngân mới 1,35 tỷ đồng qua 9 tổ TK&VV cho 27 hộ; dư nợ đến 30/9/2025 là 21,6 tỷ đồng, bằng 104,3% so với cùng kỳ (20,7 tỷ).',
 'III. Nhiệm vụ quý IV: kết nạp ít nhất 40 hội viên mới; phấn đấu 11/12 chi hội xếp loại vững mạnh.',
], planted=('percent-mismatch', 'đạt 83,7%',
   '1.512 of the 1.846 hội viên stated in section I = 81,9%, not 83,7%'),
 shape='share whose whole (hội viên) is two paragraphs up; no "/" given',
 near=['77,2%', '2.105 lượt', '104,3%', '3/3 kỳ', '11/12 chi hội'],
 checks=[(pct(1512,1846) != '83,7', 'P7 wrong'), (pct(1846,2390) == '77,2', 'P7 77,2'), (pct(216,207) == '104,3', 'P7 104,3')])

# ------------------------------------------------------------------ P8 percent-mismatch (TAB table cell)
doc('bc_doan_xa_binhhiep_tongket_2025', 'bao_cao', [
 'ĐOÀN TNCS HỒ CHÍ MINH XÃ BÌNH HIỆP',
 'Báo cáo tổng kết công tác Đoàn năm 2025 (trích phần tình nguyện và xây dựng tổ chức)',
 'Kết quả ra quân Chiến dịch thanh niên tình nguyện hè theo chi đoàn:',
 'Chi đoàn\tĐoàn viên\tTham gia\tTỷ lệ',
 'Ấp Bình Lợi\t48\t41\t85,4%',
 'Ấp Bình Thạnh\t36\t29\t80,6%',
 'Ấp Hiệp Hòa\t52\t44\t86,5%',
 'Trường THCS Bình Hiệp\t30\t30\t100%',
 'Cộng\t166\t144\t86,7%',
 'Cả năm kết nạp 58 đoàn viên mới (chỉ tiêu 50), đạt 116%; giới thiệu 12 đoàn viên ưu tú cho chi bộ, 07 đ/c đã được kết nạp Đảng. Năm 2026 phấn đấu tỷ lệ tham gia tình nguyện từ 85% trở lên.',
], planted=('percent-mismatch', '86,5%',
   'row Ấp Hiệp Hòa: 44/52 = 84,6%, not 86,5% (other rows and Cộng row are right)'),
 shape='TAB table row: count ÷ whole in the same row',
 near=['85,4%', '80,6%', '86,7%', 'đạt 116%', '85% trở lên'],
 checks=[(pct(44,52) != '86,5', 'P8 wrong'), (pct(41,48) == '85,4', 'P8 r1'), (pct(29,36) == '80,6', 'P8 r2'),
         (48+36+52+30 == 166, 'P8 sum1'), (41+29+44+30 == 144, 'P8 sum2'), (pct(144,166) == '86,7', 'P8 tot'),
         (pct(58,50,0) == '116', 'P8 116')])

# ------------------------------------------------------------------ P9 sum-mismatch (cụ thể:)
doc('bc_hoiccb_phuong_dongxuyen_nam2025', 'bao_cao', [
 'HỘI CCB PHƯỜNG ĐÔNG XUYÊN',
 'Báo cáo kết quả công tác Hội năm 2025',
 '1. Tổ chức: Hội có 05 chi hội với tổng số 312 hội viên, cụ thể: chi hội khu phố 1: 58; khu phố 2: 61; khu phố 3: 70; khu phố 4: 54; khu phố 5: 64 hội viên.',
 'Trong đó: đảng viên 187 (59,9%), nữ 09; thương binh, bệnh binh 23.',
 '2. Kinh tế: 268 hộ hội viên khá, giàu; còn 01 hộ cận nghèo, không còn hộ nghèo.',
 '3. Quỹ hội: 93,6 triệu đồng, bình quân 300.000 đồng/hội viên.',
], planted=('sum-mismatch', '312 hội viên',
   'the five chi hội listed after "cụ thể" sum to 58+61+70+54+64 = 307, not 312'),
 shape='total before "cụ thể:" with semicolon-separated parts',
 near=['187 (59,9%)', '300.000 đồng/hội viên', '268 hộ'],
 checks=[(58+61+70+54+64 != 312, 'P9 wrong'), (pct(187,312) == '59,9', 'P9 59,9'), (D('93600000')/312 == 300000, 'P9 per-capita')])

# ------------------------------------------------------------------ P10 sum-mismatch (pipe table)
doc('tin_mttq_xa_mylong_quy_vinguoingheo_2025', 'tin_hoi_nghi', [
 'Ủy ban MTTQ Việt Nam xã Mỹ Long tổng kết vận động Quỹ “Vì người nghèo” năm 2025',
 'Chiều 18/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Mỹ Long tổ chức hội nghị tổng kết công tác vận động Quỹ “Vì người nghèo” năm 2025. Kết quả vận động (triệu đồng):',
 'Nguồn | Kế hoạch | Thực hiện | Tỷ lệ',
 'Cán bộ, công chức, viên chức | 20 | 18,5 | 92,5%',
 'Doanh nghiệp, hộ kinh doanh | 40 | 42,0 | 105%',
 'Nhân dân 9 ấp | 90 | 96,3 | 107%',
 'Tổng cộng | 150 | 165,8 | 110,5%',
 'Từ nguồn quỹ, xã đã hỗ trợ xây mới 03 căn nhà Đại đoàn kết (mỗi căn 50 triệu đồng) và trao 420 phần quà Tết cho hộ nghèo, cận nghèo.',
], planted=('sum-mismatch', '165,8',
   'Thực hiện column: 18,5 + 42,0 + 96,3 = 156,8, not 165,8 (the 110,5% cell is computed from the wrong total)'),
 shape='pipe table "Tổng cộng" row; its % cell consistent with the wrong total',
 near=['92,5%', '105%', '107%', '| 150 |'],
 checks=[(D('18.5')+D('42.0')+D('96.3') != D('165.8'), 'P10 wrong'), (20+40+90 == 150, 'P10 KH'),
         (pct('18.5',20) == '92,5', 'P10 r1'), (pct(42,40,0) == '105', 'P10 r2'), (pct('96.3',90,0) == '107', 'P10 r3'),
         (pct('165.8',150) == '110,5', 'P10 tot% follows printed total')])

# ------------------------------------------------------------------ P11 part-exceeds-whole (other paragraph)
doc('bc_danguy_xa_tanthanh_9thang_2025', 'bao_cao', [
 'ĐẢNG ỦY XÃ TÂN THÀNH',
 'BÁO CÁO sơ kết công tác xây dựng Đảng 9 tháng đầu năm 2025',
 'Sau sắp xếp, Đảng bộ xã có 24 chi bộ trực thuộc (19 chi bộ thôn, 05 chi bộ cơ quan, trường học) với 1.127 đảng viên.',
 'Công tác giáo dục chính trị, tư tưởng: tổ chức quán triệt các văn bản của Trung ương, Tỉnh ủy cho 1.036/1.127 đảng viên, đạt 91,9%.',
 'Công tác kiểm tra, giám sát: UBKT Đảng ủy kiểm tra 06 chi bộ, giám sát chuyên đề 08 đảng viên. Qua theo dõi, 26 chi bộ duy trì sinh hoạt định kỳ đúng ngày 03 hằng tháng, nội dung có đổi mới.',
 'Phát triển đảng viên: 9 tháng kết nạp 18 đảng viên, bằng 72% chỉ tiêu năm (25 đảng viên).',
], planted=('part-exceeds-whole', '26 chi bộ',
   'the Đảng bộ has only 24 chi bộ trực thuộc (first paragraph); 26 chi bộ cannot be a subset'),
 shape='part in a later paragraph larger than the whole stated two paragraphs up',
 near=['19 chi bộ thôn', '1.036/1.127', 'bằng 72%', '06 chi bộ'],
 checks=[(26 > 24, 'P11 wrong'), (19+5 == 24, 'P11 sum'), (pct(1036,1127) == '91,9', 'P11 91,9'), (pct(18,25,0) == '72', 'P11 72')])

# ------------------------------------------------------------------ P12 part-exceeds-whole (trong đó)
doc('bc_hoinongdan_xa_phuocan_tongket_2025', 'bao_cao', [
 'HỘI NÔNG DÂN XÃ PHƯỚC AN',
 'Báo cáo tổng kết công tác Hội và phong trào nông dân năm 2025',
 'Toàn Hội có 17 chi hội, 2.034 hội viên.',
 'Hỗ trợ vốn: Hội nhận ủy thác từ Ngân hàng CSXH, dư nợ 12,4 tỷ đồng với 214 hộ vay; trong đó, hộ nghèo, hộ cận nghèo 231 hộ. Quỹ HTND xã 1.150 triệu đồng, cho 46 hộ vay.',
 'Phong trào SXKD giỏi: 712 hộ đạt danh hiệu các cấp (cấp tỉnh 15, cấp xã 697).',
 'Kết nạp 85 hội viên mới, KH 80, đạt 106,3%.',
], planted=('part-exceeds-whole', '231 hộ',
   'subset after "trong đó" (hộ nghèo, cận nghèo 231) exceeds the 214 hộ vay'),
 shape='"trong đó" subset with noun before number larger than the whole',
 near=['cấp tỉnh 15, cấp xã 697', 'đạt 106,3%', '46 hộ vay'],
 checks=[(231 > 214, 'P12 wrong'), (15+697 == 712, 'P12 sum'), (pct(85,80) == '106,3', 'P12 106,3')])

# ------------------------------------------------------------------ P13 count-mismatch (announced, 5 bullets)
doc('tb_ketluan_btv_danguy_xa_hongphong_t11_2025', 'nghi_quyet', [
 'ĐẢNG ỦY XÃ HỒNG PHONG',
 'THÔNG BÁO KẾT LUẬN của Ban Thường vụ Đảng ủy tại phiên họp ngày 10/11/2025',
 'Ngày 10/11/2025, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ do đ/c Đinh Công Hoan, Bí thư Đảng ủy chủ trì, có 07/07 đ/c Ủy viên BTV dự. BTV đánh giá: 10 tháng thu ngân sách 9,46 tỷ đồng, bằng 86% dự toán năm (11 tỷ đồng).',
 'Ban Thường vụ yêu cầu các chi bộ, cơ quan, đơn vị tập trung 04 nội dung sau:',
 '- Hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025 trước ngày 15/12;',
 '- Rà soát, hoàn thiện hồ sơ 12 quần chúng ưu tú, phấn đấu kết nạp đủ chỉ tiêu;',
 '- Đẩy nhanh tiến độ thu thuế, phí, nhất là thuế sử dụng đất phi nông nghiệp;',
 '- Chuẩn bị chu đáo Tết Bính Ngọ 2026 cho hộ nghèo, gia đình chính sách;',
 '- Bảo đảm an ninh trật tự, phòng chống cháy nổ dịp cuối năm.',
], planted=('count-mismatch', '04 nội dung',
   'announced 04 nội dung, five "-" bullets follow'),
 shape='count announced before a bullet list with one item more',
 near=['07/07 đ/c', 'bằng 86%', '12 quần chúng'],
 checks=[(pct('9.46',11,0) == '86', 'P13 86')])

# ------------------------------------------------------------------ P14 count-mismatch (count after list)
doc('tin_mttq_phuong_hiepthanh_ngayhoi_kp7_2025', 'tin_hoi_nghi', [
 'Phường Hiệp Thành: khu phố 7 tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
 'Sáng 14/11/2025, Ủy ban MTTQ Việt Nam phường Hiệp Thành phối hợp Ban công tác Mặt trận khu phố 7 tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Dự có 215 đại biểu và nhân dân.',
 'Năm 2025, khu phố 7 có 486/502 hộ đạt danh hiệu Gia đình văn hóa (96,8%); nhân dân hiến 340 m² đất mở rộng hẻm 12.',
 'Dịp này, Ban Thường trực UBMTTQ phường khen thưởng các hộ ông Trương Văn Sáu, bà Lê Thị Mười, ông Quách Văn Tỷ, bà Đinh Thị Hoa và ông Võ Văn Tám – 06 hộ gia đình đã có nhiều đóng góp cho phong trào. Mỗi hộ nhận giấy khen kèm 500.000 đồng.',
], planted=('count-mismatch', '06 hộ gia đình',
   'five households are named before the count (Sáu, Mười, Tỷ, Hoa, Tám), not 06'),
 shape='count written AFTER an inline list joined by commas and "và"; names contain number words',
 near=['486/502 hộ', '(96,8%)', '215 đại biểu'],
 checks=[(pct(486,502) == '96,8', 'P14 96,8')])

# ------------------------------------------------------------------ P15 figure-inconsistent
doc('bc_doan_phuong_tanmai_tongket_2025', 'bao_cao', [
 'BCH ĐOÀN PHƯỜNG TÂN MAI',
 'BÁO CÁO tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025',
 'Đặc điểm: Đoàn phường có 14 chi đoàn trực thuộc với 623 đoàn viên.',
 'Xây dựng tổ chức: năm 2025 kết nạp 47 đoàn viên mới; 14/14 chi đoàn tổ chức đại hội đúng quy định; giới thiệu 15 đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng.',
 'Phong trào tình nguyện: 1.240 lượt ĐVTN tham gia; làm mới 1,2 km đường cờ, trồng 3.500 cây xanh.',
 'Đánh giá chung: năm 2025 Đoàn phường hoàn thành 12/14 chỉ tiêu; kết nạp 41 đoàn viên mới, giới thiệu 15 đoàn viên ưu tú; 12 chi đoàn xếp loại vững mạnh.',
], planted=('figure-inconsistent', 'kết nạp 41 đoàn viên mới',
   'same quantity (đoàn viên mới kết nạp năm 2025) is 47 in the detail, 41 in the summary'),
 shape='detail vs summary restatement, same noun and scope',
 near=['1.240 lượt', '14/14 chi đoàn', '12/14 chỉ tiêu', '15 đoàn viên ưu tú'],
 checks=[(47 != 41, 'P15 wrong')])

# ------------------------------------------------------------------ P16 figure-inconsistent (unit change)
doc('bc_hoiccb_xa_thuanhoa_tomtat_2025', 'bao_cao', [
 'HỘI CỰU CHIẾN BINH XÃ THUẬN HÒA',
 'Báo cáo tóm tắt kết quả công tác Hội năm 2025',
 'Tóm tắt: Hội có 426 hội viên sinh hoạt ở 11 chi hội; quỹ hội đến 30/11/2025 đạt 124,6 triệu đồng; không còn hộ hội viên nghèo.',
 'Chi tiết công tác xây dựng Hội: đầu năm 414 hội viên, trong năm kết nạp 19, từ trần 07. Quỹ hội do các chi hội đóng góp đến 30/11/2025 là 126.400.000 đồng, bình quân gần 297.000 đồng/hội viên.',
 'Kinh tế: 34 hội viên làm chủ trang trại, gia trại; 57 hộ hội viên vay vốn Ngân hàng CSXH, dư nợ 3,92 tỷ đồng.',
], planted=('figure-inconsistent', '124,6 triệu đồng',
   'quỹ hội đến 30/11/2025: 124,6 triệu in the summary, 126.400.000 đồng in the detail'),
 shape='summary-first vs detail, different unit (triệu vs đồng) and digit swap',
 near=['gần 297.000 đồng/hội viên', 'đầu năm 414 hội viên'],
 checks=[(D('124.6')*1000000 != 126400000, 'P16 wrong'), (414+19-7 == 426, 'P16 flow'),
         (296000 < D(126400000)/426 < 297000, 'P16 gần 297.000')])

# ------------------------------------------------------------------ P17 target-status-mismatch
doc('bc_danguy_xa_yenthuong_chitieu_2025', 'bao_cao', [
 'ĐẢNG BỘ XÃ YÊN THƯỢNG',
 'Báo cáo kết quả thực hiện các chỉ tiêu nghị quyết năm 2025 (phần xây dựng Đảng)',
 '1. Kết nạp đảng viên: 17/20 đảng viên (đạt 85%), hoàn thành chỉ tiêu.',
 '2. Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 27/30 chi bộ, đạt 90% (chỉ tiêu từ 85% trở lên) – đạt.',
 '3. Đảng viên hoàn thành tốt nhiệm vụ trở lên: 92,4% (chỉ tiêu 90%) – vượt chỉ tiêu.',
 '4. Thu đảng phí: 146,8 triệu đồng, bằng 108,7% so với năm 2024 (135,0 triệu).',
 'Số đảng viên cuối năm: 642 đ/c (đầu năm 631, kết nạp 17, chuyển đến 04, từ trần 06, chuyển đi 04).',
], planted=('target-status-mismatch', '17/20 đảng viên (đạt 85%), hoàn thành chỉ tiêu',
   '17 of a target of 20 (85%) is below target, yet declared "hoàn thành chỉ tiêu"'),
 shape='"/"-ratio result/target, correct %, wrong verdict',
 near=['27/30 chi bộ, đạt 90%', '92,4%', '108,7%'],
 checks=[(17 < 20, 'P17 wrong'), (pct(17,20,0) == '85', 'P17 85'), (pct(27,30,0) == '90', 'P17 90'),
         (pct('146.8','135.0') == '108,7', 'P17 108,7'), (631+17+4-6-4 == 642, 'P17 flow')])

# ------------------------------------------------------------------ P18 target-status-mismatch (trở lên)
doc('bc_hoinongdan_xa_kimlong_sxkdg_2025', 'bao_cao', [
 'HỘI NÔNG DÂN XÃ KIM LONG',
 'Báo cáo tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2025',
 'Năm 2025, toàn xã có 1.462 hộ hội viên đăng ký thi đua, chiếm 71,9% tổng số hộ hội viên (2.034 hộ).',
 'Kết quả bình xét: 386 hộ đạt danh hiệu SXKD giỏi các cấp (chỉ tiêu Nghị quyết: từ 400 hộ trở lên), vượt chỉ tiêu đề ra. Trong đó: cấp tỉnh 12 hộ, cấp xã 374 hộ.',
 'Tổ hợp tác: thành lập mới 03 THT (KH 02), đạt 150%.',
 'Năm 2026, Hội phấn đấu có ít nhất 420 hộ đạt danh hiệu SXKD giỏi các cấp.',
], planted=('target-status-mismatch', '386 hộ đạt danh hiệu SXKD giỏi các cấp (chỉ tiêu Nghị quyết: từ 400 hộ trở lên), vượt chỉ tiêu',
   '386 < 400 ("từ 400 hộ trở lên") but declared "vượt chỉ tiêu"'),
 shape='"trở lên" target in brackets between result and verdict',
 near=['71,9%', 'cấp tỉnh 12 hộ, cấp xã 374 hộ', 'đạt 150%', 'ít nhất 420 hộ'],
 checks=[(386 < 400, 'P18 wrong'), (12+374 == 386, 'P18 sum'), (pct(1462,2034) == '71,9', 'P18 71,9'), (pct(3,2,0) == '150', 'P18 150')])

# ------------------------------------------------------------------ P19 other (growth %)
doc('bc_hoiphunu_phuong_ngocha_nam2025', 'bao_cao', [
 'HỘI LHPN PHƯỜNG NGỌC HÀ',
 'Báo cáo kết quả hoạt động năm 2025',
 'Hội có 9 chi hội, 1.284 hội viên; trong năm kết nạp mới 62 hội viên.',
 'Tiết kiệm: các chi hội duy trì 31 tổ tiết kiệm, tổng số vốn 184,5 triệu đồng, tăng 12,8% so với năm 2024 (163,2 triệu đồng).',
 'Mô hình “Ngôi nhà an toàn”: 1.102 hội viên đạt tiêu chí, chiếm 85,8% tổng số hội viên.',
 'Hỗ trợ 07 hội viên có hoàn cảnh khó khăn với tổng số tiền 21 triệu đồng, bình quân 3 triệu đồng/người.',
], planted=('other', 'tăng 12,8%',
   'growth from 163,2 to 184,5 triệu đồng is 13,1%, not 12,8%'),
 shape='growth percentage computed from two stated values (other)',
 near=['chiếm 85,8%', '3 triệu đồng/người', '62 hội viên'],
 checks=[(pct(D('184.5')-D('163.2'),'163.2') == '13,1', 'P19 real growth'), (pct(1102,1284) == '85,8', 'P19 85,8'),
         (21/7 == 3, 'P19 per-capita')])

# ------------------------------------------------------------------ P20 other (per-capita)
doc('tin_mttq_xa_sonlam_ap_tanlap_ngayhoi_2025', 'tin_hoi_nghi', [
 'Ấp Tân Lập (xã Sơn Lâm) vui Ngày hội Đại đoàn kết',
 'Tối 12/11/2025, Ban công tác Mặt trận ấp Tân Lập, xã Sơn Lâm tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 với sự tham dự của đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã và hơn 300 người dân.',
 'Năm qua, 1.326 hộ trong ấp đóng góp Quỹ “Vì người nghèo” 198,9 triệu đồng, bình quân 160.000 đồng/hộ; ấp không còn hộ nghèo, còn 04 hộ cận nghèo.',
 'Nhân dịp này, Ban công tác Mặt trận ấp trao 12 suất quà (mỗi suất 500.000 đồng) cho hộ cận nghèo và gia đình chính sách.',
], planted=('other', '160.000 đồng/hộ',
   '198,9 triệu đồng ÷ 1.326 hộ = 150.000 đồng/hộ, not 160.000'),
 shape='per-capita (per household) figure from a stated total and count (other)',
 near=['hơn 300 người dân', '12 suất quà', '500.000 đồng'],
 checks=[(D('198900000')/1326 == 150000, 'P20 real per-household')])

# ================================================================== CLEAN near-miss documents
doc('bb_chibo_ap_thanhtam_xa_vinhthanh_t10_2025', 'bien_ban', [
 'CHI BỘ ẤP THANH TÂM – ĐẢNG BỘ XÃ VĨNH THẠNH',
 'BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2025',
 'Tổng số đảng viên: 27 đ/c (chính thức 25, dự bị 02). Miễn sinh hoạt: 03 đ/c. Dự sinh hoạt: 21 đ/c; vắng 03 đ/c (đ/c Tô Văn Hiếu – ốm; đ/c Lý Thị Kiều – đi khám thai; đ/c Trương Minh Luân – công tác).',
 'Đ/c Bí thư thông báo: quý III chi bộ vận động 142/156 hộ đăng ký Gia đình văn hóa (91%); đóng góp Quỹ đền ơn đáp nghĩa 7.800.000 đồng.',
 'Xét công nhận đảng viên chính thức cho đ/c Lê Thị Ngọc Hân: đảng viên chính thức có mặt 19 đ/c, tán thành 19/19 (100%); 02 đ/c dự bị không biểu quyết.',
 'Nhiệm vụ tháng 11 gồm 03 việc: thu Quỹ đền ơn đáp nghĩa đợt 2; ra quân nạo vét, tu sửa 0,8 km kênh nội đồng; và chuẩn bị kiểm điểm, đánh giá đảng viên cuối năm.',
 'Buổi sinh hoạt kết thúc lúc 21h05, biên bản đã đọc lại, chi bộ nhất trí.',
], shape='clean: miễn sinh hoạt (27 − 3 = 21 + 3); dự bị excluded from the vote (19 + 2 = 21); 03 việc with "và"; 91% integer rounding',
 near=['Dự sinh hoạt: 21 đ/c', 'vắng 03 đ/c', '19/19 (100%)', '02 đ/c dự bị', '03 việc', '(91%)'],
 checks=[(27-3 == 21+3, 'C1 att'), (21-2 == 19, 'C1 voters'), (pct(142,156,0) == '91', 'C1 91'), (25+2 == 27, 'C1 split')])

doc('bc_hoiphunu_xa_dailoc_6thang_2025', 'bao_cao', [
 'HỘI LHPN XÃ ĐẠI LỘC',
 'Báo cáo sơ kết công tác Hội 6 tháng đầu năm 2025',
 'Hội có 14 chi hội, 1.246 hội viên, trong đó 312 hội viên người dân tộc Khmer, 87 hội viên theo đạo Công giáo.',
 'Xếp loại chi hội 6 tháng (14 chi hội): vững mạnh 8 (57,1%), khá 5 (35,7%), trung bình 1 (7,1%).',
 'Kết nạp 38 hội viên, bằng 54,3% chỉ tiêu năm (70 hội viên).',
 'Tổ chức 18 buổi truyền thông phòng chống bạo lực gia đình, mua bán người với 1.530 lượt người tham dự.',
 'Vốn vay: 9 tổ TK&VV với 342 thành viên, dư nợ 14,75 tỷ đồng, bằng 106,1% so với cùng kỳ (13,9 tỷ đồng).',
], shape='clean: "trong đó" subsets that do not sum; distribution rounding to 99,9; mid-year progress vs annual target; lượt > hội viên',
 near=['312 hội viên', '87 hội viên', '(57,1%)', '(7,1%)', 'bằng 54,3%', '1.530 lượt', '106,1%'],
 checks=[(8+5+1 == 14, 'C2 sum'), (pct(8,14) == '57,1', 'C2 a'), (pct(5,14) == '35,7', 'C2 b'), (pct(1,14) == '7,1', 'C2 c'),
         (pct(38,70) == '54,3', 'C2 54,3'), (pct('14.75','13.9') == '106,1', 'C2 106,1')])

doc('bb_kiemphieu_daihoi_hoiccb_xa_namhung_2025', 'bien_ban', [
 'HỘI CCB XÃ NAM HƯNG – ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I, NHIỆM KỲ 2025 - 2030',
 'BIÊN BẢN KIỂM PHIẾU BẦU BAN CHẤP HÀNH',
 'Ban kiểm phiếu gồm 03 đồng chí: Đỗ Văn Khang – Trưởng ban; Lưu Đình Phúc, Mạc Văn Tiến – ủy viên.',
 'Đại biểu được triệu tập: 95; có mặt: 92, vắng 03 có lý do. Đại hội bầu 07 đồng chí trong danh sách 08 người.',
 'Số phiếu phát ra: 92; thu vào: 92; hợp lệ: 91; không hợp lệ: 01.',
 'Kết quả (tỷ lệ tính trên số phiếu hợp lệ): Nguyễn Văn Hòa 89 phiếu (97,8%); Phạm Quang Huy 88 (96,7%); Lê Đình Phú 86 (94,5%); Đặng Văn Thuận 84 (92,3%); Vũ Thị Lan 80 (87,9%); Trần Văn Cường 77 (84,6%); Hoàng Minh Sơn 71 (78,0%); Tạ Văn Bình 62 (68,1%).',
 '07 đồng chí có số phiếu cao nhất, đều trên 50% số phiếu hợp lệ, trúng cử Ban Chấp hành khóa I.',
], shape='clean: ballots add up; eight shares over valid ballots (not over 92 issued); 8 candidates for 7 seats',
 near=['hợp lệ: 91', 'không hợp lệ: 01', '(97,8%)', '(78,0%)', '(68,1%)', '07 đồng chí', 'danh sách 08 người'],
 checks=[(91+1 == 92, 'C3 ballots'), (92+3 == 95, 'C3 att')] +
        [(pct(v,91) == s, 'C3 share %d' % v) for v, s in [(89,'97,8'),(88,'96,7'),(86,'94,5'),(84,'92,3'),(80,'87,9'),(77,'84,6'),(71,'78,0'),(62,'68,1')]] +
        [(89+88+86+84+80+77+71+62 == 91*7, 'C3 votes = 7 per valid ballot')])

doc('bc_danguy_phuong_hoaan_quy3_2025', 'bao_cao', [
 'ĐẢNG ỦY PHƯỜNG HÒA AN',
 'Báo cáo kết quả công tác xây dựng Đảng quý III, phương hướng quý IV năm 2025',
 'Đảng bộ có 32 chi bộ trực thuộc, 1.508 đảng viên (đầu năm 1.497; 9 tháng kết nạp 15, chuyển đến 23, chuyển đi 19, từ trần 08).',
 'Phát triển đảng viên: quý III kết nạp 06 đảng viên; lũy kế 9 tháng 15/22 đảng viên, đạt 68,2% chỉ tiêu năm.',
 'Tỷ lệ đảng viên dự sinh hoạt đều đạt 93,4%, tăng 2,1 điểm phần trăm so với quý II (91,3%).',
 'Thu đảng phí 9 tháng: 212,4 triệu đồng, bằng 76,3% dự toán năm (278,4 triệu đồng); riêng quý III thu 72,6 triệu đồng.',
 'Quý IV: phấn đấu kết nạp ít nhất 07 đảng viên để hoàn thành chỉ tiêu năm.',
], shape='clean: quarter vs 9-month scope (06 vs 15; 72,6 vs 212,4); stock-and-flow that adds; percentage points; progress vs annual target',
 near=['quý III kết nạp 06 đảng viên', '15/22 đảng viên', 'đạt 68,2%', 'tăng 2,1 điểm phần trăm', 'bằng 76,3%', 'riêng quý III thu 72,6 triệu đồng', 'ít nhất 07 đảng viên'],
 checks=[(1497+15+23-19-8 == 1508, 'C4 flow'), (pct(15,22) == '68,2', 'C4 68,2'), (D('93.4')-D('91.3') == D('2.1'), 'C4 pp'),
         (pct('212.4','278.4') == '76,3', 'C4 76,3'), (15+7 == 22, 'C4 remaining')])

doc('tb_ketluan_btv_danguy_xa_anphu_t12_2025', 'nghi_quyet', [
 'ĐẢNG ỦY XÃ AN PHÚ',
 'THÔNG BÁO KẾT LUẬN của Ban Thường vụ Đảng ủy về kết quả thực hiện chỉ tiêu năm 2025',
 'Phiên họp ngày 05/12/2025 có 09/09 đồng chí Ủy viên Ban Thường vụ dự.',
 'Ban Thường vụ thống nhất đánh giá: tỷ lệ hộ nghèo giảm còn 1,78% (chỉ tiêu năm: dưới 2%), đạt chỉ tiêu; tai nạn giao thông xảy ra 02 vụ, chỉ tiêu không quá 02 vụ – đạt; tỷ lệ tham gia BHYT 93,6% (chỉ tiêu từ 95% trở lên), chưa đạt.',
 'Ban Thường vụ giao 03 nhiệm vụ: (1) UBND xã tập trung thu ngân sách, thuế đất, phí chợ; (2) Ủy ban MTTQ và các đoàn thể vận động các hộ còn lại tham gia BHYT hộ gia đình, phấn đấu tăng ít nhất 1,5 điểm phần trăm; (3) Văn phòng Đảng ủy, Ban Xây dựng Đảng chuẩn bị hội nghị tổng kết năm.',
 'Giao Văn phòng Đảng ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ trước ngày 25/12/2025.',
], shape='clean: verdicts that match ("giảm còn … dưới", boundary "không quá 02 … 02 vụ – đạt", "chưa đạt"); 03 numbered tasks whose items contain commas',
 near=['giảm còn 1,78%', 'không quá 02 vụ', '93,6%', '03 nhiệm vụ', '09/09'],
 checks=[(D('1.78') < 2, 'C5 a'), (2 <= 2, 'C5 b'), (D('93.6') < 95, 'C5 c')])

doc('tin_mttq_xa_hunghoa_quy_vinguoingheo_2025', 'tin_hoi_nghi', [
 'Xã Hưng Hòa: Quỹ “Vì người nghèo” năm 2025 vận động được 284,5 triệu đồng',
 'Ngày 20/12/2025, Ủy ban MTTQ Việt Nam xã Hưng Hòa tổng kết công tác vận động Quỹ “Vì người nghèo” năm 2025. Cơ cấu nguồn vận động:',
 'Nguồn | Số tiền (triệu đồng) | Cơ cấu',
 'Cán bộ, đảng viên | 30,1 | 10,6%',
 'Doanh nghiệp, nhà hảo tâm | 80,1 | 28,2%',
 'Nhân dân 11 thôn | 174,3 | 61,3%',
 'Cộng | 284,5 | 100%',
 'So với năm 2024 (251,8 triệu đồng), số tiền vận động tăng 13,0%. Quỹ đã chi hỗ trợ xây 02 nhà Đại đoàn kết (mỗi nhà 60 triệu đồng) và tặng 310 suất quà Tết trị giá 93 triệu đồng (300.000 đồng/suất); số dư chuyển sang năm 2026 là 71,5 triệu đồng.',
], shape='clean: pipe table whose % column rounds to 100,1 with "Cộng … 100%"; growth; per-unit; balance = in − out',
 near=['10,6%', '28,2%', '61,3%', 'tăng 13,0%', '300.000 đồng/suất', '71,5 triệu đồng'],
 checks=[(D('30.1')+D('80.1')+D('174.3') == D('284.5'), 'C6 sum'), (pct('30.1','284.5') == '10,6', 'C6 a'),
         (pct('80.1','284.5') == '28,2', 'C6 b'), (pct('174.3','284.5') == '61,3', 'C6 c'),
         (pct(D('284.5')-D('251.8'),'251.8') == '13,0', 'C6 growth'), (310*D('0.3') == 93, 'C6 per-unit'),
         (D('284.5')-120-93 == D('71.5'), 'C6 balance')])

doc('bc_doan_xa_lienson_chitieu_2025', 'bao_cao', [
 'BCH ĐOÀN XÃ LIÊN SƠN',
 'Báo cáo kết quả thực hiện chỉ tiêu công tác Đoàn năm 2025',
 'Chỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá',
 'Kết nạp đoàn viên mới\t60\t64\tvượt (106,7%)',
 'Giới thiệu ĐV ưu tú cho Đảng\t15\t15\tđạt (100%)',
 'Công trình, phần việc thanh niên\t05\t04\tchưa đạt (80%)',
 'Đoàn viên xếp loại hoàn thành tốt nhiệm vụ trở lên\t≥ 85%\t88,2%\tđạt',
 'Ghi chú: 254/288 đoàn viên được xếp loại hoàn thành tốt nhiệm vụ trở lên. Số đoàn viên cuối năm 288 (đầu năm 251, kết nạp 64, trưởng thành và chuyển đi 27).',
 'Tham gia hiến máu tình nguyện 132 lượt, KH 120 lượt, bằng 110% kế hoạch.',
], shape='clean: TAB table plan/result/verdict in varied order incl. a correct "chưa đạt" and a "≥" target; stock-and-flow; lượt vs KH',
 near=['vượt (106,7%)', 'chưa đạt (80%)', '88,2%', '254/288', 'bằng 110%'],
 checks=[(pct(64,60) == '106,7', 'C7 a'), (pct(4,5,0) == '80', 'C7 b'), (pct(254,288) == '88,2', 'C7 c'),
         (251+64-27 == 288, 'C7 flow'), (pct(132,120,0) == '110', 'C7 d')])

doc('bb_hoinghi_bch_danguy_xa_dongtien_lan4', 'bien_ban', [
 'ĐẢNG ỦY XÃ ĐỒNG TIẾN',
 'BIÊN BẢN Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4, khóa I',
 'BCH Đảng bộ xã: 21 đ/c; có mặt 19 đ/c, vắng 02 đ/c (đ/c Hà Văn Lực – đi học; đ/c Vi Thị Mai – ốm).',
 'Biểu quyết dự thảo Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026: tán thành 12 đ/c, không tán thành 05 đ/c, không biểu quyết 02 đ/c. Nghị quyết được thông qua với 12/21 đồng chí Ủy viên BCH tán thành (57,1%).',
 'Giới thiệu nhân sự bổ sung Ủy ban Kiểm tra (bỏ phiếu kín): phát ra 19 phiếu, thu về 19 phiếu, hợp lệ 19; đồng ý 18 phiếu, không đồng ý 01 phiếu. Đồng chí Lò Văn Pấng được giới thiệu với 18/21 Ủy viên BCH đồng ý (85,7%).',
 'Hội nghị bế mạc lúc 11 giờ 30 cùng ngày.',
], shape='clean: passes with a majority of the whole BCH (12 of 21) despite 05 against and 02 abstaining; shares over the whole BCH (21), not over present (19)',
 near=['tán thành 12 đ/c', 'không biểu quyết 02 đ/c', '12/21', '(57,1%)', '18/21', '(85,7%)'],
 checks=[(19+2 == 21, 'C8 att'), (12+5+2 == 19, 'C8 votes'), (12 > 21/2, 'C8 passes'), (pct(12,21) == '57,1', 'C8 57,1'),
         (18+1 == 19, 'C8 ballots'), (pct(18,21) == '85,7', 'C8 85,7')])

doc('bc_hoiccb_xa_tanhiep_nam2025', 'bao_cao', [
 'HỘI CỰU CHIẾN BINH XÃ TÂN HIỆP',
 'Báo cáo kết quả công tác Hội năm 2025',
 'Hội có 128 hội viên, gồm 04 chi hội: ấp 1: 35, ấp 2: 29, ấp 3: 33, ấp 4: 31 hội viên. Trong đó đảng viên 71 (55,5%).',
 'Thăm hỏi 146 lượt hội viên ốm đau, với số tiền 29,2 triệu đồng (200.000 đồng/lượt).',
 'Hộ CCB nghèo còn 02 hộ với 7 nhân khẩu; cận nghèo 03 hộ.',
 'Quỹ hội: 44,8 triệu đồng, bình quân 350.000 đồng/hội viên, tăng 7,7% so với năm 2024 (41,6 triệu đồng).',
], shape='clean: "gồm" breakdown that sums; 55,5 half-up; lượt (146) > hội viên (128); hộ vs nhân khẩu; per-capita and growth right',
 near=['128 hội viên', '71 (55,5%)', '146 lượt', '7 nhân khẩu', '350.000 đồng/hội viên', 'tăng 7,7%'],
 checks=[(35+29+33+31 == 128, 'C9 sum'), (pct(71,128) == '55,5', 'C9 55,5'), (146*D('0.2') == D('29.2'), 'C9 per-lượt'),
         (D(44800000)/128 == 350000, 'C9 per-capita'), (pct(D('44.8')-D('41.6'),'41.6') == '7,7', 'C9 growth')])

doc('bc_hoinongdan_phuong_xuanphu_nam2025', 'bao_cao', [
 'HỘI NÔNG DÂN PHƯỜNG XUÂN PHÚ',
 'Báo cáo kết quả công tác Hội năm 2025',
 'Tập hợp hội viên: 1.104/1.380 hộ nông dân tham gia Hội, đạt 80%.',
 'Hộ SXKD giỏi: kế hoạch 350 hộ, thực hiện 372 hộ, đạt 106,3%.',
 'Dư nợ ủy thác Ngân hàng CSXH đạt 31,8 tỷ đồng/KH 30 tỷ đồng (106%). Quỹ HTND huy động 271 triệu đồng, vượt 8,4% kế hoạch (250 triệu đồng).',
 'Tập huấn khoa học kỹ thuật: 23/25 lớp, đạt 92% KH, chưa hoàn thành do mưa bão tháng 10.',
 'Giá trị sản xuất bình quân 168,2 triệu đồng/ha canh tác, bằng 103,8% so cùng kỳ (162,0 triệu đồng/ha).',
 'Năm 2026: phấn đấu tỷ lệ hộ hội viên nghèo dưới 1%, kết nạp ít nhất 60 hội viên.',
], shape='clean: result vs plan in every word order ("KH … thực hiện … đạt", "31,8/KH 30 (106%)", "vượt 8,4% kế hoạch", "đạt 92% KH, chưa hoàn thành"); "bằng 103,8% so cùng kỳ"; future targets',
 near=['đạt 80%', 'đạt 106,3%', '(106%)', 'vượt 8,4%', 'đạt 92% KH', 'bằng 103,8%', 'dưới 1%'],
 checks=[(pct(1104,1380,0) == '80', 'C10 80'), (pct(372,350) == '106,3', 'C10 106,3'), (pct('31.8',30,0) == '106', 'C10 106'),
         (pct(271-250,250) == '8,4', 'C10 8,4'), (pct(23,25,0) == '92', 'C10 92'), (pct('168.2','162.0') == '103,8', 'C10 103,8')])

# ================================================================== validation + output
names = set()
for d in DOCS:
    n = d['name']
    ok(n not in names, 'duplicate name ' + n); names.add(n)
    text = '\n'.join(d['paras']) + '\n'
    ok(unicodedata.normalize('NFC', text) == text, n + ': not NFC')
    ok(3 <= len(d['paras']) <= 10, n + ': %d paragraphs' % len(d['paras']))
    L = len(text.rstrip('\n'))
    ok(400 <= L <= 1400, n + ': length %d' % L)
    ok(all(p.strip() == p and p for p in d['paras']), n + ': empty/space-padded paragraph')
    for cond, msg in d['checks']:
        ok(bool(cond), n + ': check failed: ' + msg)
    planted = []
    if d['planted']:
        code, span, note = d['planted']
        ok(text.count(span) == 1, n + ': planted span count %d: %r' % (text.count(span), span))
        ok(any(c.isdigit() for c in span), n + ': planted span without digit')
        planted.append({'code': code, 'text': span, 'note': note})
        ps = text.find(span); pe = ps + len(span)
    for s in d['near']:
        ok(s in text, n + ': near-miss span missing %r' % s)
        if d['planted']:
            i = text.find(s)
            while i >= 0:
                ok(i + len(s) <= ps or i >= pe, n + ': near-miss %r overlaps planted' % s)
                i = text.find(s, i + 1)
    d['_text'] = text
    d['_json'] = {'genre': d['genre'], 'clean': not planted, 'planted': planted, 'officials': []}

nplanted = sum(1 for d in DOCS if d['planted'])
ok(len(DOCS) == 30, 'expected 30 docs, got %d' % len(DOCS))
ok(nplanted == 20, 'expected 20 planted docs, got %d' % nplanted)

if ERR:
    print('\n'.join(ERR)); sys.exit(1)
for d in DOCS:
    with open(os.path.join(OUT, d['name'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(d['_text'])
    with open(os.path.join(OUT, d['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(d['_json'], f, ensure_ascii=False, indent=2); f.write('\n')
from collections import Counter
print('OK: %d docs, %d planted, %d clean' % (len(DOCS), nplanted, len(DOCS) - nplanted))
print(Counter(d['planted'][0] for d in DOCS if d['planted']))
for d in DOCS:
    print('%-48s %-12s %4d %s' % (d['name'], d['genre'], len(d['_text']), d['planted'][0] if d['planted'] else 'clean'))
