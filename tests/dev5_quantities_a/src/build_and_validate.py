#!/usr/bin/env python3
"""round6 / quantities_a — generator + validator.

Writes <name>.txt and <name>.expected.json next to src/ and exits 1 on any problem:
length outside 1.800–3.200, non-NFC, a planted span that does not occur exactly once or has no
digit, a near-miss span missing or overlapping a planted span, a wrong "correct" figure, or a
planted figure that is accidentally right.
"""
import json
import os
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def D(s):
    """Vietnamese number string -> Decimal ('1.245,5' -> 1245.5)."""
    return Decimal(str(s).replace('.', '').replace(',', '.'))


def pct(a, b, dec=1):
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    v = (D(a) * 100 / D(b)).quantize(q, rounding=ROUND_HALF_UP)
    return str(v).replace('.', ',')


def fmt_int(n):
    return f"{int(n):,}".replace(',', '.')


def fmt_dec(v, dec=1):
    q = Decimal(1).scaleb(-dec)
    s = str(Decimal(v).quantize(q, rounding=ROUND_HALF_UP))
    ip, fp = s.split('.')
    return fmt_int(ip) + ',' + fp


DOCS = []


def doc(name, genre, lines, planted=(), near=(), checks=(), wrong=()):
    DOCS.append(dict(name=name, genre=genre, lines=lines, planted=list(planted),
                     near=list(near), checks=list(checks), wrong=list(wrong)))


# ---------------------------------------------------------------- 1
doc('bb_chibo_thon_donghoa_t11_2025', 'bien_ban', [
    'ĐẢNG BỘ XÃ TÂN HƯNG',
    'CHI BỘ THÔN ĐÔNG HÒA',
    '*',
    'Đông Hòa, ngày 28 tháng 11 năm 2025',
    'BIÊN BẢN',
    'Sinh hoạt chi bộ thường kỳ tháng 11/2025',
    'Hôm nay, vào lúc 19 giờ 30 phút ngày 28/11/2025, tại Nhà văn hóa thôn Đông Hòa, Chi bộ thôn Đông Hòa tiến hành sinh hoạt thường kỳ tháng 11 năm 2025.',
    '- Tổng số đảng viên trong chi bộ: 34 đ/c (chính thức 31 đ/c, dự bị 03 đ/c); được miễn sinh hoạt: 05 đ/c.',
    '- Có mặt: 25 đ/c.',
    '- Vắng: 04 đ/c, trong đó có lý do 03 đ/c (đ/c Trần Văn Khải - đi viện; đ/c Lê Thị Nhung - đi công tác tại tỉnh), không lý do 01 đ/c (đ/c Phạm Văn Tứ).',
    '- Chủ trì: đ/c Nguyễn Văn Bình - Bí thư chi bộ, Trưởng thôn. Thư ký: đ/c Hoàng Thị Mến - Chi ủy viên.',
    'I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11',
    'Đ/c Bí thư thông qua dự thảo nghị quyết tháng 11, nêu rõ:',
    '1. Kinh tế: thôn hiện có 412 hộ với 1.586 nhân khẩu. Bà con đã thu hoạch xong 96,5 ha lúa mùa, năng suất bình quân ước 52 tạ/ha, tăng 3 tạ/ha so với vụ mùa năm 2024. Cây vụ đông gieo trồng được 18,2 ha/KH 20 ha, đạt 91% (chủ yếu ngô, khoai lang, rau các loại).',
    '2. Quỹ "Vì người nghèo" năm 2025: sau gần 1 tháng phát động, đến hết ngày 25/11 toàn thôn đã có 338 hộ tham gia ủng hộ, chiếm tỷ lệ 84,3%, số tiền 33.800.000 đồng, nộp về Ban Thường trực MTTQ xã đợt 1 là 30.000.000 đồng.',
    '3. Quỹ khuyến học của thôn thu được 18.650.000 đồng, đã trao 27 suất quà cho học sinh nghèo vượt khó, học sinh giỏi dịp khai giảng năm học 2025-2026.',
    '4. Công tác xây dựng Đảng: chi bộ đã đề nghị Đảng ủy xã xem xét kết nạp 01 quần chúng ưu tú là đoàn viên Lê Văn Đạt; đ/c Trần Văn Khải được trao Huy hiệu 45 năm tuổi Đảng đợt 7/11. Thu đảng phí tháng 11 đầy đủ.',
    'II. THẢO LUẬN',
    'Có 04 ý kiến phát biểu (đ/c Hòa, đ/c Sáng, đ/c Lụa và đ/c Kiên), tập trung vào việc giữ vệ sinh môi trường khu chợ tạm và tiến độ thu các khoản đóng góp tự nguyện. Đ/c Sáng đề nghị ghi rõ danh sách hộ chưa tham gia quỹ để chi hội các đoàn thể vận động thêm.',
    'III. NHIỆM VỤ THÁNG 12/2025',
    'Chi bộ thống nhất tập trung lãnh đạo 03 việc trọng tâm: chăm sóc diện tích cây vụ đông, phòng chống đói rét cho đàn trâu bò; tổ chức tổng vệ sinh đường làng, ngõ xóm trước Tết Dương lịch; hoàn thành thu Quỹ "Vì người nghèo" và các khoản đóng góp tự nguyện; chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên năm 2025 theo hướng dẫn của Đảng ủy xã.',
    'IV. KẾT LUẬN',
    'Đ/c chủ trì kết luận: chi bộ ghi nhận kết quả vận động Quỹ "Vì người nghèo" (338 hộ) và quỹ khuyến học (18.560.000 đồng) của thôn; giao chi ủy theo dõi, đôn đốc các đoàn thể thực hiện nghị quyết.',
    'Chi bộ biểu quyết thông qua nghị quyết tháng 12: 25/25 đ/c có mặt tán thành (100%).',
    'Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày./.',
    'THƯ KÝ\tCHỦ TRÌ',
    'Hoàng Thị Mến\tNguyễn Văn Bình',
],
    planted=[
        ('absentee-count-mismatch', 'có lý do 03 đ/c',
         'announced 03 absentees with reason but only 2 are named (Khải, Nhung)'),
        ('percent-mismatch', 'chiếm tỷ lệ 84,3%',
         '338 of the 412 households stated in item 1: 338/412 = 82,0%, not 84,3%'),
        ('count-mismatch', '03 việc trọng tâm',
         'four tasks separated by semicolons follow (vụ đông/trâu bò; vệ sinh; thu quỹ; đánh giá đảng viên)'),
        ('figure-inconsistent', '18.560.000 đồng',
         'quỹ khuyến học stated as 18.650.000 đồng in item 3, restated as 18.560.000 in the conclusion'),
    ],
    near=['25/25', '(100%)', '18,2 ha/KH 20 ha, đạt 91%', '412 hộ với 1.586 nhân khẩu', '45 năm',
          'Có 04 ý kiến', 'tăng 3 tạ/ha', '19 giờ 30 phút', '30.000.000 đồng', '05 đ/c'],
    checks=[
        ('31+3 = 34', 31 + 3 == 34),
        ('34-5 = 25+4', 34 - 5 == 25 + 4),
        ('4 = 3+1', 4 == 3 + 1),
        ('18,2/20 = 91', pct('18,2', 20, 0) == '91'),
        ('25 > 29/2', 25 * 2 > 29),
        ('04 ý kiến: 4 names', True),
    ],
    wrong=[('338/412', pct(338, 412), '84,3')],
)

# ---------------------------------------------------------------- 2
doc('bb_hnbch_danguy_phuthinh_lan5', 'bien_ban', [
    'ĐẢNG BỘ TỈNH NINH GIANG',
    'ĐẢNG ỦY XÃ PHÚ THỊNH',
    'BIÊN BẢN',
    'Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5, khóa I (nhiệm kỳ 2025 - 2030)',
    'Thời gian: 8 giờ 00, ngày 04 tháng 12 năm 2025. Địa điểm: Hội trường Đảng ủy xã.',
    'Ban Chấp hành Đảng bộ xã khóa I hiện có 29 đồng chí (sau khi 01 đồng chí nghỉ hưu theo chế độ từ tháng 10/2025).',
    'Thành phần: có mặt 24 đồng chí; vắng 04 đồng chí (có lý do): đ/c Hà Văn Tuấn, đ/c Lưu Thị Hạnh, đ/c Đỗ Minh Châu, đ/c Bế Văn Toản. Mời dự: đại diện Thường trực HĐND, lãnh đạo UBND xã, Chủ tịch UBMTTQ xã.',
    'Chủ trì: đ/c Nông Văn Khánh - Bí thư Đảng ủy, Chủ tịch HĐND xã. Thư ký: đ/c Vi Thị Duyên - Chánh Văn phòng Đảng ủy.',
    'NỘI DUNG',
    '1. Đ/c Phó Bí thư Thường trực trình bày dự thảo báo cáo kết quả 11 tháng năm 2025. Một số chỉ tiêu chủ yếu:',
    '+ Thu ngân sách 11 tháng đạt 8.412 triệu đồng, bằng 93,5% dự toán năm (8.997 triệu đồng), tăng 6,8% so với cùng kỳ;',
    '+ Kết nạp 14 đảng viên mới, đạt 116,7% chỉ tiêu năm (12 đảng viên);',
    '+ Tỷ lệ hộ nghèo đến tháng 11 ước còn 2,36% (chỉ tiêu Nghị quyết Đại hội năm 2025: giảm xuống dưới 2%), hoàn thành chỉ tiêu;',
    '+ Có 1.208/1.315 hộ đạt danh hiệu "Gia đình văn hóa", đạt 91,9%.',
    '2. Thảo luận: 07 đồng chí phát biểu, cơ bản thống nhất với dự thảo; đề nghị bổ sung đánh giá công tác chuyển đổi số và giải ngân vốn các chương trình mục tiêu quốc gia.',
    '3. Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy xã. Ban kiểm phiếu gồm 03 đồng chí (đ/c Lò Văn Hiệp - trưởng ban, đ/c Triệu Thị Mai, đ/c Hoàng Văn Kiên). Kết quả kiểm phiếu: số phiếu phát ra: 24; số phiếu thu vào: 24; phiếu hợp lệ: 23; phiếu không hợp lệ: 02.',
    'Số phiếu bầu: đ/c Vũ Thị Hằng 21/23 phiếu hợp lệ, đạt 91,3%; đ/c Đinh Công Lý 19 phiếu, đạt 82,6%. Cả 02 đồng chí trúng cử.',
    '4. Biểu quyết các nội dung:',
    '- Quy chế làm việc của BCH Đảng bộ xã (sửa đổi): 24/24 đồng chí có mặt tán thành.',
    '- Chủ trương đầu tư xây dựng Nhà văn hóa thôn Bến Củi (kinh phí dự kiến 1.450 triệu đồng, trong đó ngân sách xã 900 triệu đồng, nhân dân đóng góp 550 triệu đồng): 13 đ/c tán thành, 11 đ/c không tán thành. Hội nghị thống nhất thông qua chủ trương, giao UBND xã lập hồ sơ.',
    '5. Đ/c Bí thư kết luận, đề nghị các đồng chí ủy viên BCH theo lĩnh vực được phân công chỉ đạo hoàn thành các chỉ tiêu còn lại trong tháng 12.',
    'Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày. Biên bản được lập thành hai bản, đã đọc lại, các đồng chí dự hội nghị nhất trí.',
    'THƯ KÝ\tT/M BAN CHẤP HÀNH',
    'Vi Thị Duyên\tNông Văn Khánh',
],
    planted=[
        ('attendance-mismatch', 'có mặt 24 đồng chí',
         '24 present + 04 absent (all four named) = 28, but the BCH has 29 members (stated one paragraph earlier)'),
        ('target-status-mismatch', 'ước còn 2,36%',
         'target is "dưới 2%"; 2,36% is above it, yet declared "hoàn thành chỉ tiêu"'),
        ('vote-mismatch', 'phiếu không hợp lệ: 02',
         'hợp lệ 23 + không hợp lệ 02 = 25 ≠ 24 ballots collected'),
        ('resolution-not-passed', '13 đ/c tán thành',
         '13 is a majority of the 24 present but not more than half of the 29 BCH members (needs 15); declared adopted'),
    ],
    near=['bằng 93,5% dự toán năm (8.997 triệu đồng)', '116,7%', 'tăng 6,8%', '1.208/1.315', '91,9%',
          '21/23', '91,3%', '82,6%', '24/24', '1.450 triệu đồng', 'lần thứ 5', '07 đồng chí',
          'Ban kiểm phiếu gồm 03 đồng chí', '2025 - 2030'],
    checks=[
        ('8412/8997', pct(8412, 8997) == '93,5'),
        ('14/12', pct(14, 12) == '116,7'),
        ('1208/1315', pct(1208, 1315) == '91,9'),
        ('21/23', pct(21, 23) == '91,3'),
        ('19/23', pct(19, 23) == '82,6'),
        ('900+550=1450', 900 + 550 == 1450),
        ('24 > 29/2', 24 * 2 > 29),
        ('21,19 > 23/2', 21 * 2 > 23 and 19 * 2 > 23),
    ],
    wrong=[('24+4 vs 29', 24 + 4, 29), ('23+2 vs 24', 23 + 2, 24), ('13*2 vs 29', 13 * 2, 29)],
)

# ---------------------------------------------------------------- 3 (clean)
doc('bb_hop_bchdoan_xa_tanlap_t10_2025', 'bien_ban', [
    'ĐOÀN TNCS HỒ CHÍ MINH',
    'BCH ĐOÀN XÃ TÂN LẬP',
    'Số: 41-BB/ĐTN',
    'BIÊN BẢN HỌP BAN CHẤP HÀNH ĐOÀN XÃ',
    '(phiên thường kỳ tháng 10 năm 2025)',
    'Vào hồi 14h00 ngày 30/10/2025, tại phòng họp UBND xã Tân Lập, BCH Đoàn xã tổ chức họp thường kỳ tháng 10.',
    'Thành phần: tổng số ủy viên BCH 15 đ/c, có mặt 13 đ/c, vắng 02 đ/c có lý do (đ/c Lò Văn Sơn - đi học tập trung; đ/c Quàng Thị Hoa - nghỉ chế độ thai sản). Dự và chỉ đạo có đ/c Cầm Văn Thịnh - Phó Bí thư Đảng ủy xã.',
    'Chủ trì: đ/c Lường Thị Thu - Bí thư Đoàn xã; thư ký: đ/c Tòng Văn Nam.',
    'I. Đánh giá công tác Đoàn 10 tháng đầu năm',
    'Toàn xã có 21 chi đoàn với 642 đoàn viên, trong đó đoàn viên nữ 301, đoàn viên là học sinh, sinh viên 188. Kết quả một số chỉ tiêu:',
    '- Kết nạp 46 đoàn viên mới, đạt 115% chỉ tiêu năm (40 đoàn viên);',
    '- Giới thiệu 07 đoàn viên ưu tú cho chi bộ xem xét, đã được kết nạp Đảng 05 đồng chí;',
    '- Tổ chức 02 đợt hiến máu tình nguyện, tiếp nhận 94 đơn vị máu, tăng 2,4 điểm phần trăm số đoàn viên tham gia so với năm 2024;',
    '- Tháng Thanh niên: tu sửa 3,2 km đường giao thông nông thôn, trồng 1.500 cây xanh.',
    'Kết quả chấm điểm, xếp loại chi đoàn quý III:',
    'Xếp loại\tSố chi đoàn\tTỷ lệ',
    'Vững mạnh\t12\t57,1%',
    'Khá\t7\t33,3%',
    'Trung bình\t2\t9,5%',
    'Cộng\t21\t100%',
    'Tỷ lệ chi đoàn xếp loại khá trở lên đạt 90,5% (chỉ tiêu năm: từ 85% trở lên), đạt chỉ tiêu. Chi đoàn thôn Nà Làng dẫn đầu với 96/100 điểm.',
    'II. Thảo luận và thống nhất',
    'Các đồng chí ủy viên thống nhất đề nghị Đảng ủy xã tặng giấy khen cho 03 tập thể: Chi đoàn thôn Nà Làng, Chi đoàn thôn Bản Mòn và Chi đoàn Trường THCS Tân Lập; đồng thời đề nghị khen 04 cá nhân: đ/c Lò Thị Ngân, đ/c Điêu Văn Hải, đ/c Cà Thị Lả, đ/c Lường Văn Chính.',
    'Chương trình tháng 11 gồm 3 nội dung: tổng kết công tác Đoàn năm 2025; chuẩn bị Đại hội Chi đoàn các thôn; phối hợp Hội LHPN xã tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" tại thôn Nà Làng.',
    'Kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025) đã được tổ chức chu đáo, tiết kiệm.',
    'Biểu quyết: 13/13 đ/c có mặt tán thành (100%).',
    'Cuộc họp kết thúc lúc 16h45 cùng ngày.',
    'THƯ KÝ\tBÍ THƯ',
    'Tòng Văn Nam\tLường Thị Thu',
],
    near=['trong đó đoàn viên nữ 301', '115%', '90,5%', 'từ 85% trở lên', '07 đoàn viên ưu tú', 'tăng 2,4 điểm phần trăm',
          '57,1%', '33,3%', '9,5%', '96/100', '03 tập thể', '04 cá nhân', '3 nội dung', '94 năm',
          '13/13', 'Số: 41-BB/ĐTN', 'tháng 10'],
    checks=[
        ('13+2=15', 13 + 2 == 15),
        ('46/40', pct(46, 40, 0) == '115'),
        ('12/21', pct(12, 21) == '57,1'),
        ('7/21', pct(7, 21) == '33,3'),
        ('2/21', pct(2, 21) == '9,5'),
        ('12+7+2=21', 12 + 7 + 2 == 21),
        ('2025-1931=94', 2025 - 1931 == 94),
        ('13 > 15/2', 13 * 2 > 15),
        ('19/21 khá trở lên', pct(19, 21) == '90,5'),
        ('90,5 >= 85', D('90,5') >= 85),
    ],
)

# ---------------------------------------------------------------- 4
doc('bc_ubnd_xa_namson_9thang_2025', 'bao_cao', [
    'ỦY BAN NHÂN DÂN XÃ NAM SƠN',
    'Số: 214/BC-UBND\tNam Sơn, ngày 26 tháng 9 năm 2025',
    'BÁO CÁO',
    'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 9 tháng đầu năm; phương hướng nhiệm vụ 3 tháng cuối năm 2025',
    'I. KẾT QUẢ THỰC HIỆN 9 THÁNG',
    '1. Sản xuất nông nghiệp',
    'Diện tích gieo trồng cả năm ước đạt như sau:',
    'Cây trồng\tThực hiện (ha)\tKH năm (ha)\tTỷ lệ (%)',
    'Lúa\t612,5\t620\t98,8',
    'Ngô\t145,0\t160\t90,6',
    'Rau màu các loại\t88,4\t80\t110,5',
    'Cây ăn quả\t56,2\t55\t104,2',
    'Tổng cộng\t910,1\t915\t99,5',
    'Chăn nuôi ổn định, không xảy ra dịch bệnh lớn. Tổng đàn: trâu 1.124 con, bò 2.356 con, lợn 8.910 con; gia cầm ước 96.500 con. Tiêm phòng LMLM đợt 1 cho 3.118 con trâu, bò.',
    '2. Tài chính - ngân sách',
    'Tổng thu ngân sách trên địa bàn 9 tháng ước 7.842 triệu đồng, đạt 76,3% dự toán năm (10.278 triệu đồng), tăng 5,2% so với cùng kỳ. Chi ngân sách 6.905 triệu đồng, bảo đảm các nhiệm vụ chi thường xuyên.',
    '3. Văn hóa - xã hội',
    '- Y tế: Tổng số lượt khám, chữa bệnh tại Trạm Y tế xã: 3.652 lượt; trong đó khám BHYT: 3.718 lượt, trẻ em dưới 6 tuổi: 612 lượt. Tỷ lệ người dân tham gia BHYT đạt 91,2% (chỉ tiêu Nghị quyết HĐND xã năm 2025: từ 93% trở lên), vượt chỉ tiêu đề ra.',
    '- Giảm nghèo: đầu năm toàn xã có 87 hộ nghèo với 271 nhân khẩu, chiếm 2,48% tổng số hộ (3.508 hộ). Đã hỗ trợ làm mới 06 căn nhà cho hộ nghèo, mỗi căn 60 triệu đồng, tổng 360 triệu đồng.',
    '- Giáo dục: năm học 2025-2026, 03 trường trên địa bàn có 2.146 học sinh, tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%.',
    '4. Quốc phòng - an ninh',
    'Hoàn thành giao quân năm 2025: 23/23 thanh niên, đạt 100% chỉ tiêu. Xử lý vi phạm hành chính 06 vụ, phạt tiền 27,5 triệu đồng.',
    'II. PHƯƠNG HƯỚNG 3 THÁNG CUỐI NĂM',
    'Tập trung thu hoạch lúa mùa, gieo trồng cây vụ đông (phấn đấu ít nhất 40 ha); đôn đốc thu ngân sách đạt và vượt dự toán; tiếp tục vận động người dân tham gia BHYT, BHXH tự nguyện; chuẩn bị tổ chức tổng kết năm.',
    'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
    '- Đảng ủy, HĐND xã;\tCHỦ TỊCH',
    '- Lưu: VT.\tLê Quang Vinh',
],
    planted=[
        ('percent-mismatch', '104,2',
         'Cây ăn quả 56,2 ha / KH 55 ha = 102,2%, table prints 104,2'),
        ('sum-mismatch', '910,1',
         'table total: 612,5 + 145,0 + 88,4 + 56,2 = 902,1 ha, printed 910,1 (the 99,5% on that row is computed from the wrong total)'),
        ('part-exceeds-whole', 'khám BHYT: 3.718 lượt',
         'BHYT visits (3.718) exceed the total visits 3.652 stated before "trong đó"'),
        ('target-status-mismatch', 'đạt 91,2%',
         'target "từ 93% trở lên"; 91,2% is below it, yet "vượt chỉ tiêu đề ra"'),
    ],
    near=['98,8', '90,6', '110,5', 'đạt 76,3% dự toán năm (10.278 triệu đồng)', 'tăng 5,2%',
          '87 hộ nghèo với 271 nhân khẩu', '2,48%', '360 triệu đồng', '23/23', '27,5 triệu đồng',
          'ít nhất 40 ha', 'Số: 214/BC-UBND', '612 lượt', '3 THÁNG CUỐI NĂM'],
    checks=[
        ('612,5/620', pct('612,5', 620) == '98,8'),
        ('145/160', pct('145,0', 160) == '90,6'),
        ('88,4/80', pct('88,4', 80) == '110,5'),
        ('plan total', 620 + 160 + 80 + 55 == 915),
        ('7842/10278', pct(7842, 10278) == '76,3'),
        ('87/3508 (2 dec)', pct(87, 3508, 2) == '2,48'),
        ('6*60=360', 6 * 60 == 360),
        ('612 < 3652', 612 < 3652),
        ('wrong total row % consistent with printed total', pct('910,1', 915) == '99,5'),
    ],
    wrong=[('56,2/55', pct('56,2', 55), '104,2'),
           ('sum', fmt_dec(D('612,5') + D('145,0') + D('88,4') + D('56,2')), '910,1')],
)

# ---------------------------------------------------------------- 5
doc('bc_hoinongdan_xa_yenphu_tongket_2025', 'bao_cao', [
    'HỘI NÔNG DÂN VIỆT NAM',
    'BCH HỘI NÔNG DÂN XÃ YÊN PHÚ',
    'Số 38-BC/HND\tYên Phú, ngày 05 tháng 12 năm 2025',
    'BÁO CÁO',
    'tổng kết công tác Hội và phong trào nông dân năm 2025, phương hướng nhiệm vụ năm 2026',
    'Phần thứ nhất: KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025',
    'Hội Nông dân xã có 14 chi hội ở 14 thôn. Năm 2025 là năm đầu tiên Hội hoạt động theo mô hình chính quyền địa phương hai cấp sau khi sáp nhập 3 xã cũ.',
    '1. Công tác xây dựng tổ chức Hội',
    'Đầu năm toàn Hội có 2.254 hội viên; trong năm kết nạp mới 96 hội viên, giảm 41 hội viên (từ trần 23, chuyển đi nơi khác 18). Tổng số hội viên đến 30/11/2025 là 2.318 hội viên.',
    'Cuối năm có 11 chi hội xếp loại vững mạnh, chiếm tỷ lệ 80,6%; 3 chi hội xếp loại khá; không có chi hội yếu.',
    '2. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi',
    'Có 1.862 lượt hộ đăng ký; qua bình xét có 412 hộ đạt danh hiệu SXKD giỏi các cấp (cấp Trung ương 02 hộ, cấp tỉnh 27 hộ, cấp xã 383 hộ). Nhiều mô hình cho thu nhập từ 500 triệu đồng/năm trở lên như trồng bưởi Diễn, nuôi lợn an toàn sinh học.',
    '3. Công tác hỗ trợ nông dân',
    '- Quỹ Hỗ trợ nông dân xã: tổng nguồn vốn 1.245,5 triệu đồng, tăng 135,5 triệu đồng so với năm 2024 (1.110,0 triệu đồng), đang cho 63 hộ vay theo 5 dự án.',
    '- Dư nợ ủy thác qua Ngân hàng Chính sách xã hội 38,72 tỷ đồng với 812 hộ vay thông qua 11 tổ tiết kiệm và vay vốn, trong đó 74 hộ nghèo. Nợ quá hạn 0,12%, giảm 0,05 điểm phần trăm.',
    '- Mở 12 lớp tập huấn khoa học kỹ thuật cho 684 lượt hội viên; phối hợp cung ứng 46 tấn phân bón trả chậm.',
    '4. Kết quả thực hiện các chỉ tiêu thi đua năm 2025',
    'Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá',
    'Kết nạp hội viên mới | 120 | 96 | vượt chỉ tiêu',
    'Hộ SXKD giỏi các cấp | 380 hộ | 412 hộ | vượt 8,4%',
    'Tỷ lệ hộ nghèo trong hội viên | giảm còn dưới 2% | 1,86% (giảm 0,54 điểm phần trăm) | đạt',
    'Phần thứ hai: PHƯƠNG HƯỚNG NĂM 2026',
    'Phấn đấu kết nạp ít nhất 100 hội viên mới; 100% chi hội đạt khá trở lên; phát triển nguồn Quỹ Hỗ trợ nông dân. Năm 2025 nguồn Quỹ HTND đạt 1.254,5 triệu đồng, năm 2026 phấn đấu tăng thêm ít nhất 150 triệu đồng.',
    'Nơi nhận:\tTM. BAN CHẤP HÀNH',
    '- Đảng ủy xã; HND tỉnh;\tCHỦ TỊCH',
    '- Lưu VP.\tTạ Văn Hậu',
],
    planted=[
        ('sum-mismatch', 'là 2.318 hội viên',
         'computed end total: 2.254 + 96 − 41 = 2.309, printed 2.318'),
        ('percent-mismatch', 'chiếm tỷ lệ 80,6%',
         '11 of the 14 chi hội stated in the opening paragraph: 11/14 = 78,6%'),
        ('target-status-mismatch', '120 | 96 | vượt chỉ tiêu',
         '96 of a 120 target (80%) is declared "vượt chỉ tiêu"'),
        ('figure-inconsistent', '1.254,5 triệu đồng',
         'Quỹ Hỗ trợ nông dân = 1.245,5 triệu in section 3, restated as "nguồn Quỹ HTND" 1.254,5 triệu'),
    ],
    near=['(từ trần 23, chuyển đi nơi khác 18)', 'cấp xã 383 hộ', '1.862 lượt hộ', 'tăng 135,5 triệu đồng',
          '(1.110,0 triệu đồng)', 'trong đó 74 hộ nghèo', 'giảm 0,05 điểm phần trăm', '380 hộ | 412 hộ | vượt 8,4%',
          '1,86% (giảm', 'giảm 0,54 điểm phần trăm', 'ít nhất 100 hội viên', 'từ 500 triệu đồng/năm trở lên',
          '3 chi hội xếp loại khá', '684 lượt', '38,72 tỷ đồng'],
    checks=[
        ('23+18=41', 23 + 18 == 41),
        ('11+3=14', 11 + 3 == 14),
        ('2+27+383=412', 2 + 27 + 383 == 412),
        ('1110,0+135,5=1245,5', D('1.110,0') + D('135,5') == D('1.245,5')),
        ('412/380 = +8,4%', pct(412 - 380, 380) == '8,4'),
        ('1,86 < 2', D('1,86') < 2),
    ],
    wrong=[('2254+96-41', fmt_int(2254 + 96 - 41), '2.318'), ('11/14', pct(11, 14), '80,6'),
           ('96<120', 96 < 120, False)],
)

# ---------------------------------------------------------------- 6 (clean)
doc('bc_hoiccb_phuong_thanhmy_nam2025', 'bao_cao', [
    'HỘI CCB VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HỘI CCB PHƯỜNG THÀNH MỸ\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 27-BC/CCB\tThành Mỹ, ngày 01 tháng 12 năm 2025',
    'BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI NĂM 2025',
    'I. TÌNH HÌNH CHUNG',
    'Hội CCB phường có 9 chi hội với 486 hội viên, trong đó đảng viên 312, thương binh 27, hội viên nữ 14. Trong năm kết nạp mới 18 hội viên, giảm 11 (từ trần 09, chuyển sinh hoạt 02); so với đầu năm (479 hội viên) tăng 07 hội viên.',
    'II. KẾT QUẢ CÁC MẶT CÔNG TÁC',
    '1. Xây dựng tổ chức Hội',
    'Kết quả đánh giá chất lượng: 7/9 chi hội vững mạnh (77,8%), 2 chi hội khá (22,2%). Xếp loại hội viên năm 2025 như sau:',
    'Mức xếp loại | Số hội viên | Tỷ lệ',
    'Hoàn thành xuất sắc nhiệm vụ | 98 | 20,2%',
    'Hoàn thành tốt nhiệm vụ | 341 | 70,2%',
    'Hoàn thành nhiệm vụ | 47 | 9,7%',
    'Cộng | 486 | 100%',
    '2. Hoạt động tình nghĩa, an sinh',
    'Tổ chức 04 đợt thăm hỏi hội viên: dịp Tết Nguyên đán, ngày 30/4, ngày 27/7 và khi ốm đau. Xây dựng 01 nhà "Nghĩa tình đồng đội" trị giá 80 triệu đồng, trong đó Hội CCB tỉnh hỗ trợ 50 triệu đồng, phường vận động 30 triệu đồng.',
    'Quỹ hội đến nay đạt 138,6 triệu đồng, bình quân khoảng 285.000 đồng/hội viên. Quỹ "Nghĩa tình đồng đội" 64,25 triệu đồng.',
    'Hộ hội viên nghèo giảm từ 04 hộ xuống còn 01 hộ, đạt chỉ tiêu (không quá 02 hộ); hộ cận nghèo còn 03 hộ.',
    '3. Tham gia xây dựng Đảng, chính quyền',
    'Hội viên tham gia đóng góp ý kiến vào dự thảo văn kiện Đại hội XIV của Đảng tại 9/9 chi hội; 100% chi hội không có hội viên vi phạm pháp luật. Đang chuẩn bị tổ chức kỷ niệm 36 năm Ngày thành lập Hội CCB Việt Nam (06/12/1989 - 06/12/2025) và 81 năm Ngày thành lập QĐND Việt Nam (22/12/1944 - 22/12/2025).',
    'Phối hợp Công an phường tuần tra 48 buổi với 192 lượt hội viên tham gia; hòa giải thành 05/06 vụ việc ở cơ sở.',
    'III. ĐÁNH GIÁ CHUNG',
    'Năm 2025 Hội CCB phường hoàn thành tốt nhiệm vụ; các chỉ tiêu Đại hội giao đều đạt và vượt, số hội viên tăng 07 so với đầu năm.',
    'IV. PHƯƠNG HƯỚNG NĂM 2026',
    'Phấn đấu 100% chi hội đạt khá trở lên, trong đó ít nhất 7 chi hội vững mạnh; kết nạp từ 15 hội viên trở lên; không để phát sinh hộ hội viên nghèo mới; quỹ hội bình quân từ 300.000 đồng/hội viên trở lên.',
    'Nơi nhận:\tTM. BAN CHẤP HÀNH',
    '- Hội CCB tỉnh;\tCHỦ TỊCH',
    '- Đảng ủy phường;\t',
    '- Lưu VP.\tĐặng Quốc Trung',
],
    near=['trong đó đảng viên 312', '(479 hội viên) tăng 07', '7/9', '77,8%', '22,2%', '20,2%', '70,2%',
          '9,7%', '04 đợt', '80 triệu đồng', '285.000 đồng', '64,25', 'xuống còn 01 hộ', 'không quá 02 hộ',
          '36 năm', '81 năm', '05/06', '48 buổi', 'từ 15 hội viên trở lên', 'Số: 27-BC/CCB'],
    checks=[
        ('479+18-11=486', 479 + 18 - 11 == 486),
        ('9+2=11', 9 + 2 == 11),
        ('486-479=7', 486 - 479 == 7),
        ('7/9', pct(7, 9) == '77,8'),
        ('2/9', pct(2, 9) == '22,2'),
        ('7+2=9', 7 + 2 == 9),
        ('98+341+47=486', 98 + 341 + 47 == 486),
        ('98/486', pct(98, 486) == '20,2'),
        ('341/486', pct(341, 486) == '70,2'),
        ('47/486', pct(47, 486) == '9,7'),
        ('50+30=80', 50 + 30 == 80),
        ('138,6tr/486 ~ 285.000', abs(D('138600000') / 486 - 285000) < 1000),
        ('1 <= 2', 1 <= 2),
        ('2025-1989', 2025 - 1989 == 36),
        ('2025-1944', 2025 - 1944 == 81),
        ('04 đợt: 4 items', True),
    ],
)

# ---------------------------------------------------------------- 7 (nghi_quyet: thông báo kết luận)
doc('tbkl_btv_danguy_xa_hoaphu_11thang_2025', 'nghi_quyet', [
    'ĐẢNG BỘ TỈNH ĐÔNG LÂM\tĐẢNG CỘNG SẢN VIỆT NAM',
    'ĐẢNG ỦY XÃ HÒA PHÚ\tHòa Phú, ngày 08 tháng 12 năm 2025',
    'Số 112-TB/ĐU',
    'THÔNG BÁO KẾT LUẬN',
    'của Ban Thường vụ Đảng ủy về kết quả lãnh đạo thực hiện nhiệm vụ 11 tháng, nhiệm vụ trọng tâm tháng 12 năm 2025',
    'Ngày 05/12/2025, Ban Thường vụ Đảng ủy xã họp, nghe Văn phòng Đảng ủy và UBND xã báo cáo. Sau khi thảo luận, đồng chí Bí thư Đảng ủy kết luận như sau:',
    '1. Ban Thường vụ đánh giá cao sự cố gắng của các chi bộ, cơ quan, đơn vị. Đảng bộ hiện có 446 đảng viên sinh hoạt tại 18 chi bộ trực thuộc (11 chi bộ thôn, 5 chi bộ trường học, 2 chi bộ cơ quan).',
    'Thu ngân sách nhà nước trên địa bàn 11 tháng đạt 11.460 triệu đồng, bằng 105,2% dự toán năm (10.890 triệu đồng), tăng 8,2% so với cùng kỳ. Tỷ lệ hộ nghèo giảm còn 1,92% (chỉ tiêu năm: dưới 2%), đạt chỉ tiêu. Kết nạp 17 đảng viên mới, bằng 85% chỉ tiêu năm (20 đảng viên).',
    'Công tác tuyên truyền, học tập nghị quyết được triển khai nghiêm túc: đã tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I cho 427 đảng viên, bằng 96,3%; có 19 chi bộ tổ chức sinh hoạt chuyên đề quý III đúng hướng dẫn.',
    '2. Hạn chế: tiến độ giải phóng mặt bằng tuyến đường liên thôn Hòa Phú - Đồng Tiến còn chậm (mới bàn giao 2,8/4,5 km); một số chi bộ thôn sinh hoạt chưa đảm bảo thời gian.',
    '3. Nhiệm vụ trọng tâm tháng 12/2025, Ban Thường vụ giao:',
    '- UBND xã chỉ đạo tập trung thu ngân sách, phấn đấu thu NSNN cả năm vượt cao hơn dự toán; hiện đã thu 11,64 tỷ đồng, cần tiếp tục khai thác các nguồn thu còn lại;',
    '- Ủy ban MTTQ và các tổ chức chính trị - xã hội chăm lo Tết cho hộ nghèo, gia đình chính sách;',
    '- Văn phòng Đảng ủy hướng dẫn các chi bộ kiểm điểm, đánh giá, xếp loại chất lượng năm 2025, hoàn thành trước ngày 25/12;',
    '- Ban Xây dựng Đảng hoàn thiện hồ sơ kết nạp 03 quần chúng ưu tú còn lại;',
    '- Các chi bộ thôn triển khai kế hoạch bảo đảm an ninh trật tự dịp Tết Dương lịch 2026.',
    'Đề nghị 04 cơ quan, đơn vị nêu trên nghiêm túc triển khai thực hiện, báo cáo kết quả về Ban Thường vụ (qua Văn phòng Đảng ủy) trước 16 giờ 00 ngày 29/12/2025.',
    'Nơi nhận:\tT/M BAN THƯỜNG VỤ',
    '- Các đ/c Ủy viên BCH Đảng bộ xã;\tBÍ THƯ',
    '- Các chi bộ trực thuộc;',
    '- Lưu Văn phòng Đảng ủy.\tLý Thị Xuân',
],
    planted=[
        ('percent-mismatch', 'bằng 96,3%',
         '427 of the 446 đảng viên stated in point 1: 427/446 = 95,7%'),
        ('part-exceeds-whole', '19 chi bộ',
         '19 chi bộ held the thematic meeting, but the Đảng bộ has only 18 chi bộ trực thuộc (point 1)'),
        ('figure-inconsistent', '11,64 tỷ đồng',
         'NSNN revenue so far = 11.460 triệu đồng (11,46 tỷ) in point 1; restated as 11,64 tỷ in point 3 (unit change)'),
        ('count-mismatch', '04 cơ quan, đơn vị',
         'five bullets (UBND, MTTQ + đoàn thể, Văn phòng, Ban XDĐ, các chi bộ thôn) precede "04 cơ quan, đơn vị nêu trên"'),
    ],
    near=['bằng 105,2% dự toán năm (10.890 triệu đồng)', 'tăng 8,2%', 'giảm còn 1,92%', 'dưới 2%',
          'bằng 85% chỉ tiêu năm (20 đảng viên)', '(11 chi bộ thôn, 5 chi bộ trường học, 2 chi bộ cơ quan)',
          '2,8/4,5 km', '03 quần chúng', 'lần thứ I', 'Số 112-TB/ĐU', '16 giờ 00', 'quý III'],
    checks=[
        ('11+5+2=18', 11 + 5 + 2 == 18),
        ('11460/10890', pct(11460, 10890) == '105,2'),
        ('1,92<2', D('1,92') < 2),
        ('17/20', pct(17, 20, 0) == '85'),
    ],
    wrong=[('427/446', pct(427, 446), '96,3'), ('19 of 18', 18, 19),
           ('11460 vs 11640', 11460, 11640)],
)

# ---------------------------------------------------------------- 8 (tin)
doc('tin_mttq_xa_longhiep_tongket_2025', 'tin_hoi_nghi', [
    'Ủy ban MTTQ Việt Nam xã Long Hiệp tổng kết Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2025',
    'Sáng 05/12/2025, Ủy ban MTTQ Việt Nam xã Long Hiệp tổ chức hội nghị tổng kết Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và công tác Mặt trận năm 2025. Năm qua, Quỹ "Vì người nghèo" của xã vận động được 486,2 triệu đồng, cao nhất từ trước đến nay.',
    'Dự hội nghị có đồng chí Thạch Văn Rô, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Kim Thị Sa Rươne, Chủ tịch UBND xã cùng trưởng các Ban công tác Mặt trận 11 ấp.',
    'Theo báo cáo, toàn xã có 3.126 hộ, trong đó 2.987 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 95,6%. Xếp loại khu dân cư: 8 ấp đạt "Khu dân cư văn hóa" (72,7%), 3 ấp chưa đạt (27,3%). Hộ nghèo giảm từ 58 hộ xuống còn 41 hộ (giảm 17 hộ), tỷ lệ hộ nghèo còn 1,31%; hộ cận nghèo còn 93 hộ, chiếm 3,2%.',
    'Tổng quỹ vận động trong năm: 468,2 triệu đồng. Ban Thường trực đã chi 452,7 triệu đồng: xây mới 04 căn nhà Đại đoàn kết (240 triệu đồng), sửa chữa 03 căn (75 triệu đồng), hỗ trợ học bổng, khám chữa bệnh, quà Tết cho hộ nghèo 127,7 triệu đồng; số còn lại chuyển sang năm 2026.',
    'Ngoài ra, các ấp vận động Nhân dân hiến 6.420 m² đất, đóng góp 1.860 ngày công làm mới, sửa chữa 7,4 km đường giao thông nông thôn; lắp đặt 212 bóng đèn chiếu sáng tại 6 tuyến đường.',
    'Phát biểu tại hội nghị, đồng chí Thạch Văn Rô ghi nhận kết quả và đề nghị Mặt trận xã tiếp tục phát huy vai trò giám sát, phản biện xã hội; phấn đấu năm 2026 có ít nhất 9 ấp đạt chuẩn khu dân cư văn hóa, tỷ lệ hộ nghèo dưới 1%.',
    'Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 5 tập thể: Ban công tác Mặt trận ấp Long Thạnh, ấp Hòa Lợi, ấp Phú Hữu và ấp Tân Quy; cùng 12 cá nhân có thành tích xuất sắc trong Cuộc vận động.',
    'Hội nghị cũng ôn lại truyền thống 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2025).',
    'Minh Khang - Đài Truyền thanh xã Long Hiệp',
],
    planted=[
        ('figure-inconsistent', '468,2 triệu đồng',
         'Quỹ "Vì người nghèo" vận động trong năm = 486,2 triệu in the lead, 468,2 triệu in the body'),
        ('sum-mismatch', 'đã chi 452,7 triệu đồng',
         'breakdown after ":" is 240 + 75 + 127,7 = 442,7 triệu, not 452,7'),
        ('percent-mismatch', 'chiếm 3,2%',
         '93 cận nghèo of the 3.126 households stated earlier = 2,98% (≈3,0%), not 3,2%'),
        ('count-mismatch', '5 tập thể',
         'four Ban công tác Mặt trận are listed (Long Thạnh, Hòa Lợi, Phú Hữu, Tân Quy)'),
    ],
    near=['2.987 hộ', '95,6%', '72,7%', '27,3%', '(giảm 17 hộ)', '1,31%', '240 triệu đồng', '127,7',
          '6.420 m²', '7,4 km', '212 bóng đèn', 'ít nhất 9 ấp', 'dưới 1%', '12 cá nhân', '95 năm', '11 ấp'],
    checks=[
        ('2987/3126', pct(2987, 3126) == '95,6'),
        ('8/11', pct(8, 11) == '72,7'),
        ('3/11', pct(3, 11) == '27,3'),
        ('8+3=11', 8 + 3 == 11),
        ('58-41=17', 58 - 41 == 17),
        ('41/3126 (2 dec)', pct(41, 3126, 2) == '1,31'),
        ('2025-1930', 2025 - 1930 == 95),
        ('452,7 < 486,2 (remainder carried)', D('452,7') < D('486,2')),
    ],
    wrong=[('93/3126', pct(93, 3126), '3,2'),
           ('240+75+127,7', fmt_dec(D('240') + D('75') + D('127,7')), '452,7')],
)


# ---------------------------------------------------------------- build / validate
def main():
    total_planted = 0
    by_code = {}
    for d in DOCS:
        name = d['name']
        text = '\n'.join(d['lines']) + '\n'
        text = unicodedata.normalize('NFC', text)
        n = len(text)
        if not 1800 <= n <= 3200:
            ERR.append(f'{name}: length {n}')
        for line in d['lines']:
            if not line.strip():
                ERR.append(f'{name}: empty line')
        spans = []
        for code, span, note in d['planted']:
            c = text.count(span)
            if c != 1:
                ERR.append(f'{name}: planted span {span!r} occurs {c}x')
            if not any(ch.isdigit() for ch in span):
                ERR.append(f'{name}: planted span {span!r} has no digit')
            i = text.find(span)
            spans.append((i, i + len(span)))
            by_code[code] = by_code.get(code, 0) + 1
        for nm in d['near']:
            i = text.find(nm)
            if i < 0:
                ERR.append(f'{name}: near-miss {nm!r} missing')
                continue
            for a, b in spans:
                if i < b and a < i + len(nm):
                    ERR.append(f'{name}: near-miss {nm!r} overlaps planted')
        for label, ok in d['checks']:
            if not ok:
                ERR.append(f'{name}: check failed: {label}')
        for label, correct, printed in d['wrong']:
            if correct == printed:
                ERR.append(f'{name}: planted value is accidentally right: {label}')
        clean = not d['planted']
        if clean and d['wrong']:
            ERR.append(f'{name}: clean doc with wrong values')
        if not clean and not 3 <= len(d['planted']) <= 4:
            ERR.append(f'{name}: {len(d["planted"])} planted')
        total_planted += len(d['planted'])
        exp = {'genre': d['genre'], 'clean': clean,
               'planted': [{'code': c, 'text': s, 'note': nt} for c, s, nt in d['planted']],
               'officials': []}
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print(f'{name:45s} {d["genre"]:13s} chars={n:5d} planted={len(d["planted"])}')
    print('total planted', total_planted, by_code)
    if ERR:
        print('\n'.join('ERROR: ' + e for e in ERR))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
