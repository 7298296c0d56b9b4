#!/usr/bin/env python3
"""round7 / bank_b: quantity shape bank (provincial departments, state agencies, KT-XH, budget, portal news).
Holds every text, planted spans, near-miss spans and arithmetic assertions. Writes <name>.txt and
<name>.expected.json next to src/. Exits 1 on any problem."""
import json, os, sys, unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []

def num(s):
    """'1.187,93' -> Decimal"""
    return D(s.replace('.', '').replace(',', '.'))

def pct(a, b, printed):
    """printed = '77,5' ; half-up to printed decimals"""
    dec = len(printed.split(',')[1]) if ',' in printed else 0
    q = D(1).scaleb(-dec)
    return (num(a) * 100 / num(b)).quantize(q, ROUND_HALF_UP) == num(printed)

def ok(cond, msg):
    if not cond:
        ERR.append(msg)

def P(a, b, printed, doc):      # correct percentage
    ok(pct(a, b, printed), f'{doc}: {a}/{b} != {printed}%')
def NP(a, b, printed, doc):     # planted wrong percentage
    ok(not pct(a, b, printed), f'{doc}: planted {a}/{b} = {printed}% is accidentally right')
def S(parts, total, doc):
    ok(sum(num(p) for p in parts) == num(total), f'{doc}: sum {parts} != {total}')
def NS(parts, total, doc):
    ok(sum(num(p) for p in parts) != num(total), f'{doc}: planted sum {parts} == {total} accidentally')
def EQ(a, b, doc):
    ok(num(a) == num(b), f'{doc}: {a} != {b}')
def NE(a, b, doc):
    ok(num(a) != num(b), f'{doc}: planted {a} == {b} accidentally')

DOCS = []
def doc(name, genre, paras, planted=(), near=(), checks=None):
    DOCS.append(dict(name=name, genre=genre, paras=paras, planted=list(planted), near=list(near)))
    if checks:
        checks(name)

# ---------------------------------------------------------------- planted: percent-mismatch
doc('bc_ubnd_xa_tanphuoc_ktxh_9thang_2025', 'bao_cao', [
 'ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC',
 'BÁO CÁO Tình hình thực hiện nhiệm vụ phát triển KT-XH 9 tháng đầu năm 2025; phương hướng, nhiệm vụ 3 tháng cuối năm',
 '1. Thu, chi ngân sách. Tổng thu NSNN trên địa bàn 9 tháng ước đạt 18,74 tỷ đồng/22,5 tỷ đồng dự toán HĐND xã giao, đạt 83,3% (bằng 112,6% so cùng kỳ). Trong đó: thu tiền sử dụng đất 9,62 tỷ đồng/11,8 tỷ đồng, đạt 84,7% dự toán; thu thuế ngoài quốc doanh 3,15 tỷ đồng; thu phí, lệ phí 0,86 tỷ đồng. Tổng chi ngân sách xã 14,06 tỷ đồng, bằng 68,2% dự toán.',
 '2. Đầu tư công. Kế hoạch vốn năm 2025 của xã là 12,35 tỷ đồng; đến 30/9 đã giải ngân 7,41 tỷ đồng, đạt 60,0% kế hoạch vốn. UBND xã tiếp tục đôn đốc các nhà thầu đẩy nhanh tiến độ 03 công trình chuyển tiếp.',
 '3. Sản xuất nông nghiệp. Tổng diện tích gieo trồng 1.846 ha, đạt 98,7% KH năm (trong đó lúa 1.301 ha, ngô 269 ha). Tổng đàn lợn 6.420 con.',
 '4. Văn hóa – xã hội. Tỷ lệ người dân tham gia BHYT đạt 93,6%. Số hộ nghèo còn 41 hộ (giảm 12 hộ so với cuối năm 2024).',
 '5. Nhiệm vụ 3 tháng cuối năm: phấn đấu hoàn thành dự toán thu ngân sách; giải ngân 100% kế hoạch vốn đầu tư công trước 31/01/2026.',
], planted=[('percent-mismatch', 'đạt 84,7% dự toán', '9,62/11,8 tỷ đồng = 81,5%, không phải 84,7%')],
 near=['7,41 tỷ đồng, đạt 60,0% kế hoạch vốn (9 tháng, không phán đạt/chưa đạt)', '18,74 tỷ đồng/22,5 tỷ đồng … đạt 83,3%', '"trong đó" lúa + ngô < 1.846 ha'],
 checks=lambda d: (P('18,74', '22,5', '83,3', d), NP('9,62', '11,8', '84,7', d), P('7,41', '12,35', '60,0', d)))

doc('tin_sotaichinh_hoalam_thu_ngansach_6thang_2025', 'tin_hoi_nghi', [
 'Thu ngân sách 6 tháng đầu năm đạt 5.214 tỷ đồng',
 '(Cổng TTĐT tỉnh Hòa Lâm) – Chiều 08/7, Sở Tài chính tổ chức hội nghị sơ kết công tác tài chính – ngân sách 6 tháng đầu năm 2025. Đồng chí Lê Văn Thạch, Phó Chủ tịch UBND tỉnh dự và chỉ đạo.',
 'Theo báo cáo, tổng thu NSNN trên địa bàn 6 tháng đạt 5.214 tỷ đồng, bằng 52,7% dự toán HĐND tỉnh giao (9.890 tỷ đồng). Trong đó, thu nội địa 4.386 tỷ đồng, chiếm 84,1%; thu từ hoạt động xuất nhập khẩu 828 tỷ đồng, chiếm 16,9%.',
 'Chi ngân sách địa phương 6 tháng ước 6.732 tỷ đồng; chi đầu tư phát triển 2.118 tỷ đồng. Một số khoản thu lớn như thu tiền sử dụng đất mới đạt 31,4% dự toán.',
 'Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành tài chính tập trung chống thất thu, phấn đấu thu cả năm vượt dự toán được giao.',
 'Hồng Nhung – Lượt xem: 1.412',
], planted=[('percent-mismatch', 'chiếm 16,9%', '828/5.214 = 15,9%, không phải 16,9% (4.386 + 828 = 5.214)')],
 near=['bằng 52,7% dự toán HĐND tỉnh giao (9.890 tỷ đồng) – giữa năm, không phán', 'chiếm 84,1% đúng', 'mới đạt 31,4% dự toán (không có số tuyệt đối)'],
 checks=lambda d: (S(['4.386', '828'], '5.214', d), P('4.386', '5.214', '84,1', d), NP('828', '5.214', '16,9', d), P('5.214', '9.890', '52,7', d)))

doc('bc_bvdk_khuvuc_namson_9thang_2025', 'bao_cao', [
 'SỞ Y TẾ TỈNH HÒA LÂM',
 'BỆNH VIỆN ĐA KHOA KHU VỰC NAM SƠN',
 'Báo cáo kết quả hoạt động chuyên môn 9 tháng đầu năm 2025',
 'Trong 9 tháng, Bệnh viện duy trì 310 giường kế hoạch, công suất sử dụng giường bệnh bình quân 104,6%. Kết quả thực hiện các chỉ tiêu chuyên môn so với kế hoạch năm như sau:',
 'Chỉ tiêu | Kế hoạch năm | Thực hiện 9 tháng | Tỷ lệ (%)',
 'Lượt khám bệnh | 182.000 | 139.406 | 76,6',
 'Điều trị nội trú (lượt) | 21.500 | 16.872 | 78,5',
 'Phẫu thuật (ca) | 4.200 | 3.318 | 79,0',
 'Số ca sinh | 1.650 | 1.187 | 73,9',
 'Nhìn chung các chỉ tiêu đều bám sát tiến độ; quý IV Bệnh viện tập trung triển khai bệnh án điện tử và thanh toán không dùng tiền mặt.',
], planted=[('percent-mismatch', '1.187 | 73,9', 'hàng "Số ca sinh": 1.187/1.650 = 71,9%, không phải 73,9%')],
 near=['các hàng khác của bảng đúng; tiến độ 9 tháng không có phán đạt/chưa đạt', 'công suất 104,6% (không có số tuyệt đối)'],
 checks=lambda d: (P('139.406', '182.000', '76,6', d), P('16.872', '21.500', '78,5', d), P('3.318', '4.200', '79,0', d), NP('1.187', '1.650', '73,9', d)))

# ---------------------------------------------------------------- planted: sum-mismatch
doc('bc_bqlda_dtxd_giaingan_11thang_2025', 'bao_cao', [
 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP TỈNH',
 'Báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2025 (số liệu đến ngày 30/11/2025)',
 'I. Kế hoạch vốn. Tổng kế hoạch vốn năm 2025 Ban được giao là 386,42 tỷ đồng, cụ thể: vốn ngân sách tỉnh 214,30 tỷ đồng; vốn ngân sách trung ương 152,60 tỷ đồng; vốn ODA 19,25 tỷ đồng.',
 'II. Kết quả giải ngân. Đến 30/11/2025, Ban đã giải ngân 301,27 tỷ đồng, đạt 78,0% kế hoạch; trong đó vốn ngân sách tỉnh giải ngân 181,55 tỷ đồng (84,7%).',
 'III. Khó khăn: 02 dự án vướng giải phóng mặt bằng tại phường Bình Nguyên; 01 gói thầu phải điều chỉnh thiết kế.',
 'IV. Kiến nghị: đề nghị Sở Tài chính điều chuyển 12,5 tỷ đồng từ dự án chậm tiến độ sang dự án có khối lượng hoàn thành.',
], planted=[('sum-mismatch', 'là 386,42 tỷ đồng', '214,30 + 152,60 + 19,25 = 386,15 tỷ đồng ≠ 386,42')],
 near=['78,0% tính trên tổng ghi 386,42 (nhất quán với tổng); 181,55/214,30 = 84,7% đúng', 'giải ngân 11 tháng không có phán'],
 checks=lambda d: (NS(['214,30', '152,60', '19,25'], '386,42', d), P('301,27', '386,42', '78,0', d), P('181,55', '214,30', '84,7', d)))

doc('tb_sogddt_hoalam_tuyensinh_lop10_2025', 'bao_cao', [
 'Sở GD&ĐT thông báo kết quả tuyển sinh vào lớp 10 THPT công lập năm học 2025 – 2026 (đợt 1)',
 'Căn cứ kết quả kỳ thi tuyển sinh ngày 03 – 04/6/2025, Hội đồng tuyển sinh tỉnh thông báo số học sinh trúng tuyển vào các trường như sau:',
 'Trường | Chỉ tiêu | Trúng tuyển',
 'THPT Lê Quý Đôn | 585 | 579',
 'THPT Nguyễn Trãi | 540 | 531',
 'THPT Tân Phước | 495 | 488',
 'THPT Bình Nguyên | 450 | 441',
 'PT Dân tộc nội trú tỉnh | 270 | 248',
 'Tổng cộng | 2.340 | 2.278',
 'Các trường còn thiếu chỉ tiêu xét tuyển bổ sung từ ngày 15/7 đến hết ngày 22/7/2025.',
], planted=[('sum-mismatch', '2.278', 'hàng Tổng cộng: 579 + 531 + 488 + 441 + 248 = 2.287, không phải 2.278 (cột chỉ tiêu cộng đúng 2.340)')],
 near=['cột Chỉ tiêu cộng đúng 2.340', 'ngày 03 – 04/6/2025, 15/7 – 22/7/2025'],
 checks=lambda d: (S(['585', '540', '495', '450', '270'], '2.340', d), NS(['579', '531', '488', '441', '248'], '2.278', d)))

doc('tin_ubnd_tinh_hoalam_xoa_nhatam_2025', 'tin_hoi_nghi', [
 'Hòa Lâm: Tổng kết chương trình xóa nhà tạm, nhà dột nát',
 'Sáng 19/11, UBND tỉnh tổ chức hội nghị tổng kết Chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh. Dự hội nghị có hơn 150 đại biểu đại diện các sở, ngành và 46 xã, phường, đặc khu.',
 'Sau 8 tháng triển khai, toàn tỉnh đã hoàn thành xóa 1.236 căn nhà tạm, nhà dột nát, chia ra: xây mới 903 căn, sửa chữa 342 căn. Tổng kinh phí thực hiện 61,8 tỷ đồng, trong đó huy động xã hội hóa 19,4 tỷ đồng.',
 'Riêng đặc khu Hòn Mê, do điều kiện vận chuyển vật liệu khó khăn, đến nay đã hoàn thành 37/40 căn; 03 căn còn lại sẽ bàn giao trước ngày 15/12.',
 'Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong thực hiện Chương trình.',
 'Thanh Tâm',
], planted=[('sum-mismatch', 'xóa 1.236 căn nhà tạm', 'chia ra: 903 xây mới + 342 sửa chữa = 1.245 ≠ 1.236')],
 near=['37/40 căn, còn 03 căn (40 − 37 = 3)', '"trong đó" xã hội hóa 19,4/61,8 tỷ', 'hơn 150 đại biểu'],
 checks=lambda d: (NS(['903', '342'], '1.236', d)))

# ---------------------------------------------------------------- planted: part-exceeds-whole
doc('bc_congan_xa_hoalac_6thang_2025', 'bao_cao', [
 'CÔNG AN XÃ HÒA LẠC',
 'BÁO CÁO Kết quả công tác bảo đảm ANTT 6 tháng đầu năm 2025',
 '1. Tình hình tội phạm: Trên địa bàn xảy ra 14 vụ phạm pháp hình sự (giảm 3 vụ so với cùng kỳ), làm bị thương 02 người, thiệt hại tài sản ước 186 triệu đồng. Đã điều tra làm rõ 12/14 vụ, 19 đối tượng, đạt 85,7%.',
 '2. Tội phạm trộm cắp tài sản vẫn chiếm phần lớn với 16 vụ, chủ yếu trộm xe máy, trộm tài sản tại các trang trại; thủ đoạn gây án chủ yếu vào ban đêm.',
 '3. Ma túy: phát hiện, bắt 04 vụ, 06 đối tượng tàng trữ trái phép chất ma túy; lập hồ sơ đưa 02 người đi cai nghiện bắt buộc.',
 '4. TTATGT: xảy ra 03 vụ va chạm giao thông, không có người chết; lập biên bản xử lý 212 trường hợp vi phạm, phạt tiền 138,5 triệu đồng.',
], planted=[('part-exceeds-whole', 'với 16 vụ', 'trộm cắp là một phần của 14 vụ phạm pháp hình sự 6 tháng, không thể là 16 vụ')],
 near=['12/14 vụ, 19 đối tượng, đạt 85,7% (đối tượng nhiều hơn vụ là bình thường)', 'giảm 3 vụ so với cùng kỳ (không có số cùng kỳ)'],
 checks=lambda d: (P('12', '14', '85,7', d), ok(16 > 14, d)))

doc('bc_truong_thcs_binhnguyen_hk1_2025_2026', 'bao_cao', [
 'PHÒNG VĂN HÓA – XÃ HỘI PHƯỜNG BÌNH NGUYÊN',
 'TRƯỜNG THCS BÌNH NGUYÊN',
 'Báo cáo sơ kết học kỳ I năm học 2025 – 2026',
 'Quy mô: toàn trường có 18 lớp với 612 học sinh (nữ 297 em); khối 9 có 4 lớp với 146 học sinh. Cán bộ, giáo viên, nhân viên 41 người, trong đó 36 giáo viên trực tiếp đứng lớp.',
 'Chất lượng giáo dục HK I: kết quả học tập mức Tốt 143 em (23,4%), Khá 259 em (42,3%); rèn luyện mức Tốt 571 em (93,3%).',
 'Công tác ôn thi vào lớp 10: nhà trường tổ chức 02 buổi/tuần cho học sinh khối 9 đăng ký; số học sinh khối 9 đăng ký ôn thi là 151 em, chia 5 nhóm theo năng lực.',
 'Kiến nghị UBND phường bố trí kinh phí sửa chữa 06 phòng học xuống cấp.',
], planted=[('part-exceeds-whole', '151 em', 'khối 9 chỉ có 146 học sinh (đoạn quy mô), số đăng ký ôn thi không thể là 151')],
 near=['143 + 259 < 612 (không liệt kê hết mức), các tỷ lệ đúng', '36 trong 41'],
 checks=lambda d: (P('143', '612', '23,4', d), P('259', '612', '42,3', d), P('571', '612', '93,3', d), ok(151 > 146, d)))

# ---------------------------------------------------------------- planted: count-mismatch
doc('bb_giaoban_sonnmt_thang9_2025', 'bien_ban', [
 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÒA LÂM',
 'BIÊN BẢN họp giao ban tháng 9/2025',
 'Thời gian: 14 giờ 00, ngày 29/9/2025. Chủ trì: đ/c Trần Quốc Vinh – Giám đốc Sở. Thư ký: đ/c Lý Thu Hà – chuyên viên Văn phòng Sở.',
 'Sau khi nghe các phòng, đơn vị báo cáo và thảo luận, đồng chí Giám đốc kết luận, thống nhất 05 nhiệm vụ trọng tâm quý IV như sau:',
 '+ Chỉ đạo thu hoạch lúa mùa, triển khai sản xuất vụ Đông trên 4.300 ha;',
 '+ Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 1.120 thửa đất tồn đọng;',
 '+ Kiểm tra 100% cơ sở chăn nuôi quy mô lớn về xử lý chất thải;',
 '+ Tham mưu UBND tỉnh ban hành kế hoạch phòng, chống thiên tai năm 2026.',
 'Cuộc họp kết thúc lúc 16 giờ 45 cùng ngày.',
], planted=[('count-mismatch', '05 nhiệm vụ trọng tâm', 'chỉ có 4 gạch đầu dòng "+" sau lời dẫn')],
 near=['14 giờ 00 / 16 giờ 45', '100% cơ sở'],
 checks=lambda d: ok(sum(1 for p in DOCS[-1]['paras'] if p.startswith('+ ')) == 4, d))

doc('tin_bqlda_giaothong_tongket_2025', 'tin_hoi_nghi', [
 'Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh tổng kết năm 2025',
 'Ngày 26/12, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hòa Lâm tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.',
 'Năm 2025, Ban được giao quản lý 27 dự án với tổng kế hoạch vốn 1.240,5 tỷ đồng; giá trị giải ngân đến 25/12 đạt 1.187,93 tỷ đồng, bằng 95,8% kế hoạch. Đã hoàn thành, bàn giao đưa vào sử dụng 06 công trình.',
 'Tại hội nghị, Giám đốc Ban đã khen thưởng 7 tập thể có thành tích xuất sắc, gồm: Phòng Kế hoạch – Tổng hợp, Phòng Kỹ thuật, Phòng Tài chính – Kế toán, Phòng Giải phóng mặt bằng, Tổ giám sát số 2 và Tổ giám sát số 4.',
 'Năm 2026, Ban đặt mục tiêu giải ngân từ 95% kế hoạch vốn trở lên, khởi công mới 04 dự án.',
 'Minh Đức – Cập nhật lúc 15:20, 26/12/2025 (GMT+7)',
], planted=[('count-mismatch', '7 tập thể', 'danh sách sau "gồm:" chỉ có 6 tập thể')],
 near=['1.187,93/1.240,5 = 95,8% đúng', 'mục tiêu 2026 "từ 95% … trở lên" (tương lai, không phán)'],
 checks=lambda d: (P('1.187,93', '1.240,5', '95,8', d)))

# ---------------------------------------------------------------- planted: figure-inconsistent
doc('tin_hdnd_tinh_hoalam_giaingan_dtc_2025', 'tin_hoi_nghi', [
 'Giải ngân vốn đầu tư công 10 tháng đạt 2.465 tỷ đồng',
 '(Báo Hòa Lâm) – Sáng 06/11, Thường trực HĐND tỉnh làm việc với UBND tỉnh về tình hình giải ngân vốn đầu tư công năm 2025.',
 'Theo báo cáo, tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 4.126,8 tỷ đồng. Lũy kế 10 tháng, toàn tỉnh giải ngân 2.645 tỷ đồng, bằng 64,1% kế hoạch, cao hơn bình quân cả nước.',
 'Trong đó, các dự án do cấp tỉnh quản lý giải ngân 1.702 tỷ đồng; các xã, phường, đặc khu giải ngân 943 tỷ đồng.',
 'Thường trực HĐND tỉnh đề nghị UBND tỉnh chỉ đạo rà soát, điều chuyển vốn của các dự án chậm giải ngân trước ngày 15/11.',
 'Văn Toàn',
], planted=[('figure-inconsistent', 'đạt 2.465 tỷ đồng', 'tít bài ghi giải ngân 10 tháng 2.465 tỷ đồng; thân bài ghi 2.645 tỷ đồng (khớp 1.702 + 943 và 64,1%)')],
 near=['1.702 + 943 = 2.645 và 2.645/4.126,8 = 64,1% – nhất quán trong thân bài', 'tiến độ 10 tháng, không phán'],
 checks=lambda d: (S(['1.702', '943'], '2.645', d), P('2.645', '4.126,8', '64,1', d), NE('2.465', '2.645', d)))

doc('bc_ubnd_phuong_dongthanh_ngansach_2025', 'bao_cao', [
 'UBND PHƯỜNG ĐÔNG THÀNH',
 'Báo cáo tình hình thực hiện thu, chi ngân sách năm 2025 và dự toán năm 2026',
 'I. Thu ngân sách: Tổng thu ngân sách nhà nước trên địa bàn phường năm 2025 ước đạt 24.863 triệu đồng, đạt 103,6% dự toán (dự toán 24.000 triệu đồng); bao gồm: thu thuế, phí 15.411 triệu đồng; thu tiền sử dụng đất 8.102 triệu đồng; thu khác 1.350 triệu đồng.',
 'II. Chi ngân sách: Tổng chi 21.977 triệu đồng, đạt 95,2% dự toán; trong đó chi thường xuyên 17.403 triệu đồng.',
 'III. Đánh giá chung: Năm 2025, dù mới vận hành mô hình chính quyền địa phương hai cấp, thu ngân sách năm đạt 24,68 tỷ đồng, vượt dự toán được giao; chi ngân sách bảo đảm kịp thời các nhiệm vụ.',
 'IV. Dự toán năm 2026: thu 26.500 triệu đồng, chi 23.200 triệu đồng.',
], planted=[('figure-inconsistent', 'đạt 24,68 tỷ đồng', 'mục I: tổng thu 24.863 triệu đồng = 24,86 tỷ đồng, không phải 24,68 tỷ')],
 near=['15.411 + 8.102 + 1.350 = 24.863 đúng', '"vượt dự toán" đúng (103,6%)', 'chi 95,2% không có dự toán chi tuyệt đối'],
 checks=lambda d: (S(['15.411', '8.102', '1.350'], '24.863', d), P('24.863', '24.000', '103,6', d), NE('24.680', '24.863', d)))

doc('bc_trungtamyte_khuvuc_dongthanh_2025', 'bao_cao', [
 'TRUNG TÂM Y TẾ KHU VỰC ĐÔNG THÀNH',
 'Báo cáo tổng kết công tác khám, chữa bệnh năm 2025',
 'Tóm tắt: Năm 2025, Trung tâm và các trạm y tế xã, phường trực thuộc đã khám cho 48.521 lượt người, điều trị nội trú 6.904 lượt; tỷ lệ chuyển tuyến 2,8%. Số lượt khám theo cơ sở như sau:',
 'Cơ sở\tLượt khám\tTrong đó BHYT',
 'Trung tâm Y tế khu vực\t31.460\t27.815',
 'Trạm Y tế phường Đông Thành\t7.238\t6.102',
 'Trạm Y tế xã Hòa Lạc\t5.106\t4.477',
 'Trạm Y tế xã Tân Phước\t4.411\t3.890',
 'Tổng cộng\t48.215\t42.284',
 'Năm 2026, Trung tâm phấn đấu tỷ lệ hài lòng của người bệnh từ 90% trở lên.',
], planted=[('figure-inconsistent', 'khám cho 48.521 lượt người', 'bảng (cộng đúng) cho tổng 48.215 lượt khám, tóm tắt ghi 48.521')],
 near=['bảng: các cột cộng đúng (48.215; 42.284)', 'chỉ tiêu 2026 "từ 90% trở lên" (tương lai)'],
 checks=lambda d: (S(['31.460', '7.238', '5.106', '4.411'], '48.215', d), S(['27.815', '6.102', '4.477', '3.890'], '42.284', d), NE('48.521', '48.215', d)))

# ---------------------------------------------------------------- planted: target-status-mismatch
doc('nq_hdnd_xa_hoalac_ktxh_2025', 'nghi_quyet', [
 'HỘI ĐỒNG NHÂN DÂN XÃ HÒA LẠC',
 'NGHỊ QUYẾT về nhiệm vụ phát triển kinh tế – xã hội năm 2026',
 'Điều 1. Đánh giá kết quả năm 2025: HĐND xã cơ bản tán thành báo cáo của UBND xã. Năm 2025 có 11/13 chỉ tiêu đạt và vượt kế hoạch.',
 'Một số chỉ tiêu chủ yếu: tổng giá trị sản xuất ước đạt 1.126 tỷ đồng; thu nhập bình quân đầu người 61,3 triệu đồng; tỷ lệ hộ nghèo giảm còn 3,12%, đạt chỉ tiêu Nghị quyết (dưới 3%); tỷ lệ tham gia BHYT 94,1% (chỉ tiêu 93%).',
 'Điều 2. Chỉ tiêu năm 2026: thu nhập bình quân đầu người 66 triệu đồng trở lên; tỷ lệ hộ nghèo giảm còn dưới 2,5%; giải ngân vốn đầu tư công đạt 100% kế hoạch.',
 'Điều 3. Giao UBND xã tổ chức thực hiện. Nghị quyết được HĐND xã khóa I, kỳ họp thứ 5 thông qua ngày 18/12/2025.',
], planted=[('target-status-mismatch', 'giảm còn 3,12%, đạt chỉ tiêu', 'chỉ tiêu là dưới 3%; 3,12% không đạt')],
 near=['BHYT 94,1% (chỉ tiêu 93%) – đạt, không phán sai', 'chỉ tiêu 2026 "dưới 2,5%", "trở lên" (tương lai)', '11/13 chỉ tiêu'],
 checks=lambda d: ok(D('3.12') >= 3 and D('94.1') >= 93, d))

doc('bc_xa_sondong_thuchi_ngansach_2025', 'bao_cao', [
 'UBND XÃ SƠN ĐÔNG',
 'Báo cáo tổng kết công tác tài chính – ngân sách năm 2025',
 '1) Thu ngân sách: tổng thu NSNN trên địa bàn cả năm đạt 31,42 tỷ đồng/32,6 tỷ đồng, đạt 96,4% dự toán, hoàn thành kế hoạch năm. Nguyên nhân chủ yếu do thu tiền sử dụng đất giảm vì thị trường bất động sản trầm lắng.',
 '2) Chi ngân sách: 28,95 tỷ đồng, đạt 91,3% dự toán; đã chi trả đầy đủ chế độ cho 37 cán bộ, công chức nghỉ theo Nghị định 178.',
 '3) Kiến nghị: đề nghị tỉnh bổ sung có mục tiêu 2,4 tỷ đồng để hoàn thành 02 tuyến đường giao thông nông thôn.',
], planted=[('target-status-mismatch', 'đạt 96,4% dự toán, hoàn thành kế hoạch năm', 'thu 31,42/32,6 tỷ = 96,4% dự toán cả năm – chưa hoàn thành')],
 near=['96,4% tự nó đúng', 'chi 91,3% không kèm phán'],
 checks=lambda d: (P('31,42', '32,6', '96,4', d)))

doc('tin_sogddt_hoalam_truong_chuan_2025', 'tin_hoi_nghi', [
 'Ngành Giáo dục phường Bắc Sơn tổng kết năm học 2024 – 2025',
 'Ngày 14/8, UBND phường Bắc Sơn tổ chức hội nghị tổng kết năm học 2024 – 2025 và triển khai nhiệm vụ năm học mới.',
 'Năm học qua, toàn phường có 38 trường từ mầm non đến THCS với hơn 21.000 học sinh. Có 26/38 trường đạt chuẩn quốc gia, tỷ lệ 68,4% (chỉ tiêu từ 70% trở lên) – vượt chỉ tiêu đề ra. Tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 99,6%.',
 'Hội nghị đã trao Giấy khen cho 9 tập thể và 27 cá nhân có thành tích xuất sắc.',
 'Năm học 2025 – 2026, phường phấn đấu có thêm 02 trường đạt chuẩn, đưa tổng số lên 28 trường.',
], planted=[('target-status-mismatch', 'tỷ lệ 68,4% (chỉ tiêu từ 70% trở lên) – vượt chỉ tiêu đề ra', '26/38 = 68,4% < chỉ tiêu từ 70% trở lên, không thể "vượt"')],
 near=['26/38 = 68,4% đúng', '26 + 02 = 28 đúng', 'hơn 21.000 học sinh'],
 checks=lambda d: (P('26', '38', '68,4', d), ok(D('68.4') < 70, d)))

# ---------------------------------------------------------------- planted: attendance / vote
doc('bb_phienhop_ubnd_phuong_bacson_thang10_2025', 'bien_ban', [
 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN',
 'BIÊN BẢN Phiên họp thường kỳ tháng 10/2025',
 'Thời gian: 8 giờ, ngày 31/10/2025, tại Phòng họp số 1 trụ sở UBND phường.',
 'Thành phần: tổng số thành viên UBND phường: 09 đồng chí; có mặt 07 đồng chí; vắng 01 đồng chí (đ/c Phạm Thị Lan, Ủy viên, đi học lớp bồi dưỡng có lý do). Khách mời: đ/c Hoàng Văn Nam – Phó Bí thư Thường trực Đảng ủy phường.',
 'Chủ trì: đ/c Ngô Đức Hải – Chủ tịch UBND phường. Thư ký: đ/c Vũ Minh Châu – chuyên viên Văn phòng HĐND và UBND.',
 'Nội dung: nghe báo cáo tình hình KT-XH tháng 10, thu ngân sách 10 tháng đạt 79,6% dự toán; cho ý kiến dự thảo kế hoạch đầu tư công năm 2026.',
 'Phiên họp kết thúc lúc 11 giờ 15 cùng ngày.',
], planted=[('attendance-mismatch', 'có mặt 07 đồng chí', '07 có mặt + 01 vắng = 08 ≠ 09 thành viên')],
 near=['khách mời không tính vào thành viên', '10 tháng đạt 79,6% dự toán (không phán)'],
 checks=lambda d: NS(['7', '1'], '9', d))

doc('bb_kyhop_hdnd_xa_sondong_ky4', 'bien_ban', [
 'HĐND XÃ SƠN ĐÔNG KHÓA I',
 'BIÊN BẢN Kỳ họp thứ tư (kỳ họp chuyên đề)',
 'Tổng số đại biểu HĐND xã: 27; có mặt: 25 đại biểu; vắng 02 (có lý do).',
 'Kỳ họp xem xét Tờ trình số 86/TTr-UBND ngày 12/11/2025 của UBND xã về điều chỉnh kế hoạch đầu tư công năm 2025, tổng mức điều chỉnh 3,85 tỷ đồng.',
 'Kết quả biểu quyết thông qua Nghị quyết: tán thành: 23 đại biểu (85,19%); không tán thành: 01 đại biểu; không biểu quyết: 02 đại biểu.',
 'Chủ tọa kỳ họp công bố Nghị quyết được thông qua. Kỳ họp bế mạc lúc 10 giờ 30 cùng ngày.',
], planted=[('vote-mismatch', 'tán thành: 23 đại biểu', '23 + 01 + 02 = 26 ≠ 25 đại biểu có mặt (tỷ lệ 85,19% = 23/27 vẫn đúng)')],
 near=['25 + 02 = 27 đúng', '23/27 = 85,19% (tỷ lệ trên tổng số đại biểu, đúng)'],
 checks=lambda d: (S(['25', '2'], '27', d), NS(['23', '1', '2'], '25', d), P('23', '27', '85,19', d)))

# ---------------------------------------------------------------- planted: other (growth, difference)
doc('tin_cucthue_khuvuc_thu_9thang_2025', 'tin_hoi_nghi', [
 'Thuế cơ sở số 3 thu ngân sách 9 tháng tăng khá',
 'Chiều 03/10, Thuế cơ sở số 3 tỉnh Hòa Lâm tổ chức hội nghị sơ kết công tác thuế 9 tháng, triển khai nhiệm vụ quý IV năm 2025.',
 'Lũy kế 9 tháng, đơn vị thu ngân sách đạt 412,6 tỷ đồng, tăng 14,2% so với cùng kỳ (cùng kỳ năm 2024 đạt 372,8 tỷ đồng), bằng 78,3% dự toán năm (527 tỷ đồng).',
 'Số nợ thuế đến 30/9 là 38,7 tỷ đồng, giảm 5,2 tỷ đồng so với thời điểm 31/12/2024 (43,9 tỷ đồng).',
 'Quý IV, đơn vị đặt mục tiêu thu tối thiểu 114,4 tỷ đồng để hoàn thành dự toán năm.',
 'P.V',
], planted=[('other', 'tăng 14,2% so với cùng kỳ', 'tăng trưởng: 412,6/372,8 − 1 = 10,7%, không phải 14,2%')],
 near=['412,6/527 = 78,3% đúng (9 tháng, không phán)', '43,9 − 38,7 = 5,2 đúng', '527 − 412,6 = 114,4 đúng'],
 checks=lambda d: (P('412,6', '527', '78,3', d),
                   ok(((D('412.6') / D('372.8') - 1) * 100).quantize(D('0.1'), ROUND_HALF_UP) != D('14.2'), d), EQ('5,2', str(D('43.9') - D('38.7')).replace('.', ','), d),
                   EQ('114,4', str(D('527') - D('412.6')).replace('.', ','), d),
                   ok(((D('412.6') / D('372.8') - 1) * 100).quantize(D('0.1'), ROUND_HALF_UP) == D('10.7'), d)))

doc('bc_ubnd_xa_namson_giamngheo_2025', 'bao_cao', [
 'UBND XÃ NAM SƠN',
 'Báo cáo kết quả thực hiện Chương trình MTQG giảm nghèo bền vững năm 2025',
 'Kết quả rà soát cuối năm 2025: toàn xã có 4.182 hộ; số hộ nghèo 96 hộ, tỷ lệ 2,30% (giảm 31 hộ so với năm 2024); hộ cận nghèo 158 hộ, tỷ lệ 3,78%.',
 'Thu nhập bình quân đầu người năm 2025 đạt 68,4 triệu đồng, cao hơn năm 2024 là 7,9 triệu đồng (năm 2024: 61,3 triệu đồng).',
 'Vốn chương trình năm 2025 được giao 2,86 tỷ đồng, đã giải ngân 2,79 tỷ đồng, đạt 97,6%. Đã hỗ trợ 52 hộ phát triển sản xuất, 14 hộ làm nhà ở.',
 'Năm 2026, phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 1,8%.',
], planted=[('other', '7,9 triệu đồng', 'chênh lệch: 68,4 − 61,3 = 7,1 triệu đồng, không phải 7,9')],
 near=['96/4.182 = 2,30%; 158/4.182 = 3,78%; 2,79/2,86 = 97,6%', '"giảm 31 hộ" (không có số năm trước)'],
 checks=lambda d: (P('96', '4.182', '2,30', d), P('158', '4.182', '3,78', d), P('2,79', '2,86', '97,6', d), NE('7,9', str(D('68.4') - D('61.3')).replace('.', ','), d)))

# ================================================================ CLEAN near-misses
doc('bc_ubnd_xa_binhhoa_ktxh_6thang_2025', 'bao_cao', [
 'UBND XÃ BÌNH HÒA',
 'BÁO CÁO tình hình KT-XH, QP-AN 6 tháng đầu năm 2025',
 'Thu ngân sách: 6 tháng thu được 11,27 tỷ đồng, đạt 46,8% dự toán năm (24,08 tỷ đồng), bằng 103,8% so cùng kỳ (cùng kỳ 10,86 tỷ đồng). Chi ngân sách 8,94 tỷ đồng, bằng 41,2% dự toán.',
 'Nông nghiệp: diện tích lúa vụ Đông Xuân 1.846 ha, trong đó giống lúa chất lượng cao 1.301 ha (70,5%), lúa nếp 267 ha (14,5%), còn lại là giống lúa thuần khác 278 ha (15,1%).',
 'Đầu tư công: giải ngân 4,12/9,80 tỷ đồng, đạt 42,0% kế hoạch vốn; UBND xã chỉ đạo đẩy nhanh để hoàn thành trước 31/12.',
 'Xã hội: đã chi trả trợ cấp cho 612 đối tượng bảo trợ xã hội, kinh phí 2,35 tỷ đồng; tặng 215 suất quà cho hộ nghèo, hộ cận nghèo.',
], near=['46,8% dự toán năm giữa năm – không có "chưa đạt"', '70,5 + 14,5 + 15,1 = 100,1% do làm tròn (các phần cộng đúng 1.846)', '103,8% so cùng kỳ với số cùng kỳ ghi rõ', '42,0% kế hoạch vốn 6 tháng'],
 checks=lambda d: (P('11,27', '24,08', '46,8', d), P('11,27', '10,86', '103,8', d), S(['1.301', '267', '278'], '1.846', d),
                   P('1.301', '1.846', '70,5', d), P('267', '1.846', '14,5', d), P('278', '1.846', '15,1', d), P('4,12', '9,80', '42,0', d)))

doc('tin_sotaichinh_hoalam_dutoan_2025_vuot', 'tin_hoi_nghi', [
 'Thu ngân sách năm 2025 vượt 8,5% dự toán',
 'Sáng 29/12, UBND tỉnh tổ chức hội nghị tổng kết công tác tài chính – ngân sách năm 2025. Tham dự có lãnh đạo các sở, ngành và đại diện 46 xã, phường, đặc khu theo hình thức trực tiếp kết hợp trực tuyến.',
 'Tổng thu NSNN trên địa bàn năm 2025 ước đạt 10.731 tỷ đồng, bằng 108,5% dự toán HĐND tỉnh giao (9.890 tỷ đồng), tăng 12,4% so với năm 2024 (9.548 tỷ đồng). Như vậy, tỉnh đã vượt dự toán 841 tỷ đồng.',
 'Trong đó, thu nội địa 9.042 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.689 tỷ đồng. Có 39/46 xã, phường, đặc khu hoàn thành và vượt dự toán thu.',
 'Chi ngân sách địa phương ước 12.406 tỷ đồng, bằng 97,3% dự toán.',
 'Hồng Nhung',
], near=['"vượt 8,5%" ở tít = 108,5% dự toán', '10.731 − 9.890 = 841', 'tăng 12,4% với số năm trước ghi rõ', '9.042 + 1.689 = 10.731 (không có từ "gồm")', '39/46'],
 checks=lambda d: (P('10.731', '9.890', '108,5', d), EQ('841', str(10731 - 9890), d), S(['9.042', '1.689'], '10.731', d),
                   ok(((D(10731) / D(9548) - 1) * 100).quantize(D('0.1'), ROUND_HALF_UP) == D('12.4'), d)))

doc('bc_sonv_hoalam_sapxep_bienche_2025', 'bao_cao', [
 'SỞ NỘI VỤ TỈNH HÒA LÂM',
 'Báo cáo kết quả thực hiện chính sách đối với cán bộ, công chức, viên chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP (đến 30/9/2025)',
 'Tổng số người đã có quyết định nghỉ việc: 1.187 người, gồm: cán bộ, công chức cấp tỉnh 214 người; cán bộ, công chức cấp xã 622 người; viên chức 351 người.',
 'Tổng kinh phí đã chi trả 1.187,93 tỷ đồng; bình quân mỗi người được chi trả khoảng 1 tỷ đồng.',
 'Số người nghỉ việc có trình độ đại học trở lên: 946 người (79,7%); số người dưới 50 tuổi: 233 người (19,6%).',
 'Còn 38 hồ sơ đang thẩm định, dự kiến hoàn thành chi trả trong quý IV/2025.',
], near=['1.187 người vs 1.187,93 tỷ đồng: hai đại lượng khác nhau cùng chữ số', '214 + 622 + 351 = 1.187', 'bình quân ~1 tỷ (1.187,93/1.187)', 'tỷ lệ 79,7%, 19,6% đúng'],
 checks=lambda d: (S(['214', '622', '351'], '1.187', d), P('946', '1.187', '79,7', d), P('233', '1.187', '19,6', d),
                   ok(abs(D('1187.93') / 1187 - 1) < D('0.01'), d)))

doc('bc_bvdk_tinh_hoalam_quy3_2025_bang', 'bao_cao', [
 'BỆNH VIỆN ĐA KHOA TỈNH HÒA LÂM',
 'Báo cáo nhanh hoạt động khám, chữa bệnh quý III/2025',
 'Quý III/2025, Bệnh viện tiếp nhận 62.340 lượt khám; điều trị nội trú 9.418 lượt, trong đó có 1.106 ca phẫu thuật. Phân theo đối tượng:',
 'Đối tượng\tLượt khám\tTỷ lệ (%)',
 'Có thẻ BHYT\t54.987\t88,2',
 'Viện phí\t6.821\t10,9',
 'Miễn phí (chính sách)\t532\t0,9',
 'Cộng\t62.340\t100,0',
 'Tỷ lệ người bệnh nội trú hài lòng 96,3% (chỉ tiêu Sở Y tế giao từ 95% trở lên), đạt chỉ tiêu. Số lượt khám tăng 4.215 lượt so với quý II (58.125 lượt).',
], near=['bảng Cộng đúng, cột % cộng 100,0', '"trong đó" 1.106 phẫu thuật trong nội trú', 'đạt chỉ tiêu từ 95% trở lên (96,3%) đúng', '62.340 − 58.125 = 4.215'],
 checks=lambda d: (S(['54.987', '6.821', '532'], '62.340', d), P('54.987', '62.340', '88,2', d), P('6.821', '62.340', '10,9', d),
                   P('532', '62.340', '0,9', d), EQ('4.215', str(62340 - 58125), d)))

doc('tin_to_daibieu_hdnd_tiepxuctri_xa_hoalac', 'tin_hoi_nghi', [
 'Đại biểu tiếp xúc cử tri xã Hòa Lạc',
 'Chiều 24/10, Tổ đại biểu HĐND tỉnh ứng cử tại đơn vị bầu cử số 5 tiếp xúc cử tri xã Hòa Lạc trước kỳ họp cuối năm.',
 'Tại buổi tiếp xúc có 9 ý kiến cử tri, tập trung vào 3 nhóm vấn đề: hạ tầng giao thông nông thôn, chính sách đối với người có công và xử lý ô nhiễm tại cụm công nghiệp.',
 'Trả lời cử tri, lãnh đạo UBND xã cho biết năm 2025 xã được bố trí 14,6 tỷ đồng cho 04 tuyến đường, gồm: tuyến thôn 2 – thôn 5, tuyến Đồng Mới, tuyến Bờ Đá và tuyến ra cụm công nghiệp.',
 'Xã cũng đã chi trả trợ cấp cho 318 người có công, tăng 12 người so với năm 2024; 100% hồ sơ được giải quyết đúng hạn.',
 'Thu Hằng',
], near=['3 nhóm và 04 tuyến, mục cuối nối bằng "và"', '9 ý kiến (không liệt kê từng ý kiến)', 'tăng 12 người (không có số năm trước)'],
 checks=lambda d: ok(len('tuyến thôn 2 – thôn 5, tuyến Đồng Mới, tuyến Bờ Đá và tuyến ra cụm công nghiệp'.replace(' và ', ', ').split(', ')) == 4, d))

doc('bb_hop_chibo_truong_thpt_tanphuoc_t11', 'bien_ban', [
 'ĐẢNG BỘ XÃ TÂN PHƯỚC – CHI BỘ TRƯỜNG THPT TÂN PHƯỚC',
 'BIÊN BẢN sinh hoạt chi bộ thường kỳ tháng 11/2025',
 'Tổng số đảng viên: 24 (chính thức 21, dự bị 03); miễn sinh hoạt 01 đ/c. Có mặt: 21 đ/c (chính thức 19, dự bị 02); vắng: 02 đ/c (đ/c Nguyễn Văn Tú ốm, đ/c Đào Thị Mai đi tập huấn – có lý do).',
 'Chi bộ đánh giá: học kỳ I có 1.043 học sinh; số học sinh bỏ học 03 em (0,29%), đạt chỉ tiêu "không quá 0,5%".',
 'Biểu quyết đề nghị công nhận đảng viên chính thức cho đ/c Lê Hoàng Phúc: 19/19 đảng viên chính thức có mặt tán thành (100%).',
 'Chi bộ thống nhất 3 nội dung tháng 12: tổ chức thi HK I; chuẩn bị sơ kết; hoàn thiện hồ sơ phát triển đảng viên.',
 'Buổi sinh hoạt kết thúc lúc 16 giờ 30 cùng ngày.',
], near=['24 − 1 miễn SH = 23 = 21 có mặt + 02 vắng', '19/19 chính thức có mặt biểu quyết (dự bị không biểu quyết)', '3/1.043 = 0,29% đạt "không quá 0,5%"', '3 nội dung khớp 3 mục'],
 checks=lambda d: (S(['21', '2', '1'], '24', d), P('3', '1.043', '0,29', d), ok(21 - 2 == 19, d)))

doc('tin_hoalam_ocop_2025', 'tin_hoi_nghi', [
 'Hòa Lâm có thêm 47 sản phẩm OCOP năm 2025',
 'Ngày 16/12, Sở Công Thương phối hợp Sở Nông nghiệp và Môi trường tổ chức hội nghị đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2025.',
 'Năm 2025, toàn tỉnh có thêm 47 sản phẩm đạt chuẩn OCOP (đợt 1: 29 sản phẩm; đợt 2: 18 sản phẩm), vượt kế hoạch năm (40 sản phẩm), nâng tổng số sản phẩm OCOP lên 312.',
 'Trong 18 sản phẩm đợt 2 có 4 sản phẩm đạt 4 sao, 14 sản phẩm đạt 3 sao. Đến nay, tỉnh có 61 sản phẩm đạt 4 sao trở lên.',
 'Chỉ tiêu năm 2026: có thêm ít nhất 45 sản phẩm OCOP; không dưới 30% chủ thể là hợp tác xã.',
 'Bảo Ngọc – Lượt xem: 2.087',
], near=['29 + 18 = 47; 4 + 14 = 18', '"vượt kế hoạch" 47 > 40 đúng', '61 sản phẩm 4 sao trở lên ≤ 312 (lũy kế, không phải phần của 47)', 'chỉ tiêu tương lai "ít nhất", "không dưới"'],
 checks=lambda d: (S(['29', '18'], '47', d), S(['4', '14'], '18', d), ok(47 > 40 and 61 <= 312, d)))

doc('bc_congan_phuong_dongthanh_9thang_2025', 'bao_cao', [
 'CÔNG AN PHƯỜNG ĐÔNG THÀNH',
 'Báo cáo sơ kết công tác 9 tháng đầu năm 2025',
 'Phạm pháp hình sự: xảy ra 21 vụ (giảm 4 vụ, tương ứng giảm 16,0% so với cùng kỳ năm 2024 là 25 vụ); điều tra làm rõ 19 vụ, bắt 27 đối tượng, đạt tỷ lệ 90,5% (chỉ tiêu trên 85%).',
 'Tin báo, tố giác tội phạm: tiếp nhận 38 tin, đã giải quyết 35 tin, đạt 92,1%; còn 03 tin đang xác minh.',
 'Tai nạn giao thông: 06 vụ, làm chết 01 người, bị thương 07 người; so với cùng kỳ giảm 02 vụ.',
 'Về chỉ tiêu giảm tội phạm hình sự từ 5% trở lên trong năm, đến nay đã giảm 16,0%; kết quả cuối năm sẽ đánh giá khi kết thúc năm.',
], near=['27 đối tượng > 19 vụ (khác danh từ)', '4/25 = 16,0%; 19/21 = 90,5%; 35/38 = 92,1%; 38 − 35 = 3', 'bị thương 07 > 06 vụ', '9 tháng: không phán đạt chỉ tiêu năm'],
 checks=lambda d: (EQ('4', str(25 - 21), d), P('4', '25', '16,0', d), P('19', '21', '90,5', d), P('35', '38', '92,1', d), EQ('3', str(38 - 35), d)))

doc('tin_ubnd_dackhu_honme_tongket_2025', 'tin_hoi_nghi', [
 'Đặc khu Hòn Mê: thu ngân sách năm 2025 hơn 1,1 nghìn tỷ đồng',
 'Ngày 22/12, UBND đặc khu Hòn Mê tổ chức hội nghị tổng kết năm 2025. Năm 2025, đặc khu thu ngân sách hơn 1,1 nghìn tỷ đồng, đón gần 1,2 triệu lượt khách du lịch.',
 'Cụ thể, thu ngân sách đạt 1.187,93 tỷ đồng, bằng 115,3% dự toán (1.030,3 tỷ đồng). Lượng khách du lịch đạt 1.186.400 lượt, trong đó khách quốc tế 214.600 lượt (18,1%).',
 'Riêng quý IV, thu ngân sách ước 312,5 tỷ đồng; khách du lịch 248.900 lượt.',
 'Thu nhập bình quân đầu người đạt 92,6 triệu đồng, cao hơn bình quân chung của tỉnh là 18,2 triệu đồng (bình quân tỉnh 74,4 triệu đồng).',
 'Phương Anh',
], near=['lead "hơn 1,1 nghìn tỷ", "gần 1,2 triệu" = 1.187,93 tỷ, 1.186.400 lượt (làm tròn nhất quán)', 'quý IV khác phạm vi cả năm', '92,6 − 74,4 = 18,2', '115,3% và 18,1% đúng'],
 checks=lambda d: (P('1.187,93', '1.030,3', '115,3', d), P('214.600', '1.186.400', '18,1', d), EQ('18,2', str(D('92.6') - D('74.4')).replace('.', ','), d)))


doc('bc_ubnd_phuong_ngockhe_chitieu_ktxh_2025', 'bao_cao', [
 'UBND PHƯỜNG NGỌC KHÊ',
 'Báo cáo kết quả thực hiện các chỉ tiêu KT-XH năm 2025',
 'Năm 2025, phường thực hiện 12 chỉ tiêu chủ yếu; có 10 chỉ tiêu đạt và vượt, 02 chỉ tiêu chưa đạt. Một số chỉ tiêu chủ yếu:',
 '(1) Thu ngân sách trên địa bàn 46,21 tỷ đồng/44,0 tỷ đồng, đạt 105,0% dự toán – vượt.',
 '(2) Tỷ lệ hộ nghèo giảm còn 0,84% (chỉ tiêu: dưới 1%) – đạt.',
 '(3) Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý 98,2% (chỉ tiêu 100%) – chưa đạt.',
 '(4) Tỷ lệ dân số tham gia BHYT 92,7%/chỉ tiêu 95% – chưa đạt.',
 '(5) Giải ngân vốn đầu tư công 27,90 tỷ đồng, đạt 100% kế hoạch vốn – đạt.',
 'Dân số trung bình 38.416 người; số lao động được tạo việc làm mới 1.120 người, cao hơn năm 2024 là 85 người (năm 2024: 1.035 người).',
], near=['"chưa đạt" đúng cho 98,2%/100% và 92,7%/95%; "đạt" đúng cho giảm còn 0,84% (dưới 1%)', '46,21/44,0 = 105,0% – vượt', '10 + 02 = 12; danh sách "một số" không phải toàn bộ', '1.120 − 1.035 = 85'],
 checks=lambda d: (P('46,21', '44,0', '105,0', d), S(['10', '2'], '12', d), EQ('85', str(1120 - 1035), d), ok(D('0.84') < 1 and D('98.2') < 100 and D('92.7') < 95, d)))

# ================================================================ build + validate
CODES = {'percent-mismatch', 'sum-mismatch', 'part-exceeds-whole', 'count-mismatch', 'figure-inconsistent',
         'target-status-mismatch', 'attendance-mismatch', 'vote-mismatch', 'other'}
names = set()
for dd in DOCS:
    n = dd['name']
    ok(n not in names, f'dup name {n}'); names.add(n)
    text = '\n'.join(dd['paras']) + '\n'
    ok(unicodedata.normalize('NFC', text) == text, f'{n}: not NFC')
    body = text.rstrip('\n')
    ok(3 <= len(dd['paras']) <= 10, f'{n}: {len(dd["paras"])} paragraphs')
    ok(400 <= len(body) <= 1400, f'{n}: length {len(body)}')
    ok(all(p.strip() for p in dd['paras']), f'{n}: empty paragraph')
    for code, span, note in dd['planted']:
        ok(code in CODES, f'{n}: bad code {code}')
        ok(text.count(span) == 1, f'{n}: planted span occurs {text.count(span)}x: {span!r}')
        ok(any(c.isdigit() for c in span), f'{n}: span without digit {span!r}')
    ok(len(dd['planted']) in (0, 1), f'{n}: planted count {len(dd["planted"])}')
    exp = {'genre': dd['genre'], 'clean': not dd['planted'],
           'planted': [{'code': c, 'text': s, 'note': no} for c, s, no in dd['planted']], 'officials': []}
    with open(os.path.join(OUT, n + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, n + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2); f.write('\n')

np_ = sum(1 for d in DOCS if d['planted']); nc = sum(1 for d in DOCS if not d['planted'])
ok(len(DOCS) == 30 and np_ == 20 and nc == 10, f'counts: {len(DOCS)} docs, {np_} planted, {nc} clean')
from collections import Counter
cc = Counter(p[0] for d in DOCS for p in d['planted'])
for c in CODES - {'attendance-mismatch', 'vote-mismatch'}:
    ok(cc[c] >= 2, f'code {c} only {cc[c]}x')
for d in DOCS:
    print(f"{d['name']:50s} {len(chr(10).join(d['paras'])):5d} {d['planted'][0][0] if d['planted'] else 'CLEAN'}")
print(dict(cc))
if ERR:
    print('\n'.join('ERROR ' + e for e in ERR)); sys.exit(1)
print('OK')
