"""Issue 16, round 10: false alarms found on real correct text, each silenced by its mechanism, with a
real slip of the same shape still found. Sentences written for these tests.

1. A lead whose count is split in brackets before its colon ("xếp loại 545 đảng viên (543 được đánh giá,
   2 miễn đánh giá):"): the list splits the count or one of the bracket's parts, never the bracket's last.
2. Two kinds of one act side by side ("7 đảng viên bị xử lý hình sự; 15 đảng viên bị xử lý bằng biện pháp
   hành chính"): neither is some of the other.
3. Those due for settlement ("hồ sơ đến hạn giải quyết 19.944 hồ sơ") are not those settled: they carry
   cases over, may exceed what was received, and what is settled is of them.
4. A place named in the paragraph before carries to a paragraph naming none ("Tại Hà Nội, …" then "… kỷ
   luật 59 tổ chức Đảng", beside "Tại Quảng Bình, … 13 tổ chức đảng"): two places, two figures.
5. Three decimals after a comma before money ("23,102 triệu đồng") in a paragraph whose writer prints both
   Vietnamese marks ("2.051,01 ha"): a decimal, not English thousands.
6. One label line under two numbered headings of one list ("1. Ông A:" … "Số phiếu tín nhiệm cao: 49 phiếu",
   "2. Ông B:" … "Số phiếu tín nhiệm cao: 51 phiếu"): one field of two records, not one figure told twice.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def _flagged(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.value, f.text) for f in analyze(text).findings
            if f.severity.value in ("error", "warning") and f.code in (
                "sum-mismatch", "part-exceeds-whole", "figure-inconsistent", "percent-mismatch", "number-format")]


BRACKETED_SPLIT = (
    'Chi bộ đánh giá, xếp loại 38 đảng viên (36 đồng chí được đánh giá, 2 đồng chí miễn đánh giá): hoàn thành xuất sắc nhiệm vụ 5 đồng chí, hoàn thành tốt nhiệm vụ 28 đồng chí, hoàn thành nhiệm vụ 3 đồng chí.',
    'Đảng ủy đánh giá, xếp loại 62 tổ chức cơ sở đảng (60 tổ chức được đánh giá, 2 tổ chức mới thành lập chưa đánh giá):\n- Hoàn thành xuất sắc nhiệm vụ: 11 tổ chức;\n- Hoàn thành tốt nhiệm vụ: 45 tổ chức;\n- Hoàn thành nhiệm vụ: 4 tổ chức.',
    'Kết quả xếp loại 1.210 đảng viên (1.185 đảng viên được xếp loại, 25 đảng viên miễn đánh giá):\n+ Hoàn thành xuất sắc nhiệm vụ: 190 đồng chí;\n+ Hoàn thành tốt nhiệm vụ: 905 đồng chí;\n+ Hoàn thành nhiệm vụ: 86 đồng chí;\n+ Không hoàn thành nhiệm vụ: 4 đồng chí.',
)

BRACKETED_SPLIT_SLIPS = (
    ('Chi bộ đánh giá, xếp loại 38 đảng viên (36 đồng chí được đánh giá, 2 đồng chí miễn đánh giá): hoàn thành xuất sắc nhiệm vụ 5 đồng chí, hoàn thành tốt nhiệm vụ 28 đồng chí, hoàn thành nhiệm vụ 4 đồng chí.', 'sum-mismatch'),
    ('Đảng ủy đánh giá, xếp loại 62 tổ chức cơ sở đảng (60 tổ chức được đánh giá, 2 tổ chức mới thành lập chưa đánh giá):\n- Hoàn thành xuất sắc nhiệm vụ: 11 tổ chức;\n- Hoàn thành tốt nhiệm vụ: 43 tổ chức;\n- Hoàn thành nhiệm vụ: 4 tổ chức.', 'sum-mismatch'),
    ('Kết quả xếp loại 1.210 đảng viên (1.185 đảng viên được xếp loại, 25 đảng viên miễn đánh giá):\n+ Hoàn thành xuất sắc nhiệm vụ: 190 đồng chí;\n+ Hoàn thành tốt nhiệm vụ: 950 đồng chí;\n+ Hoàn thành nhiệm vụ: 86 đồng chí;\n+ Không hoàn thành nhiệm vụ: 4 đồng chí.', 'sum-mismatch'),
)


SIBLING_KINDS = (
    'Trong năm, các cấp ủy đã thi hành kỷ luật 34 đảng viên vi phạm; có 7 đảng viên bị xử lý hình sự; 15 đảng viên bị xử lý bằng biện pháp hành chính.',
    'Qua rà soát, có 12 hộ được hỗ trợ xây mới nhà ở.\nNgoài ra, 20 hộ được hỗ trợ sửa chữa nhà ở bằng nguồn xã hội hóa.',
    'Đoàn liên ngành kiểm tra 40 cơ sở kinh doanh; 6 cơ sở bị xử phạt cảnh cáo; 9 cơ sở bị xử phạt tiền với tổng số tiền 45 triệu đồng.',
)

SIBLING_KINDS_SLIPS = (
    ('Trong năm, các cấp ủy đã thi hành kỷ luật 34 đảng viên vi phạm; có 7 đảng viên bị xử lý.\nTrong đó, 9 đảng viên bị xử lý hình sự.', 'part-exceeds-whole'),
    ('Năm qua, 12 hộ được hỗ trợ xây mới nhà ở.\nTrong số đó, 14 hộ được hỗ trợ xây mới đã vào ở ổn định.', 'part-exceeds-whole'),
    ('UBKT giám sát 04 tổ chức đảng và 08 đảng viên.\nQua giám sát, có 10 đảng viên được giám sát còn thiếu sót.', 'part-exceeds-whole'),
)


DUE_NOT_SETTLED = (
    'Trong tháng, bộ phận một cửa tiếp nhận mới 1.200 hồ sơ; hồ sơ đến hạn giải quyết 1.350 hồ sơ, đã trả đúng hạn 1.320 hồ sơ.',
    'Trong quý, Ban Tiếp công dân tiếp nhận 45 đơn; đơn tới hạn giải quyết 52 đơn, đã giải quyết 47 đơn.',
    'Trung tâm tiếp nhận 860 hồ sơ trong tháng, hồ sơ quá hạn giải quyết 12 hồ sơ; hồ sơ chờ giải quyết 900 hồ sơ.',
)

DUE_NOT_SETTLED_SLIPS = (
    ('Trong tháng, bộ phận một cửa tiếp nhận mới 1.200 hồ sơ, đã giải quyết 1.250 hồ sơ.', 'part-exceeds-whole'),
    ('Trong quý, Ban Tiếp công dân tiếp nhận 45 đơn, đã giải quyết xong 52 đơn.', 'part-exceeds-whole'),
    ('Trung tâm tiếp nhận 860 hồ sơ trong tháng; đã giải quyết 900 hồ sơ đúng hạn.', 'part-exceeds-whole'),
    ('Trong quý, Ban Tiếp công dân tiếp nhận 45 đơn; đơn tới hạn giải quyết 52 đơn, đã giải quyết 57 đơn.', 'part-exceeds-whole'),
)


CARRIED_PLACE = (
    'Sau 5 năm, hàng nghìn đảng viên ở Nghệ An, Thanh Hóa bị xử lý kỷ luật.\nTại Nghệ An, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra 1.200 tổ chức đảng.\nỦy ban kiểm tra các cấp đã thi hành kỷ luật 41 tổ chức đảng (khiển trách 30, cảnh cáo 11).\nTại Thanh Hóa, các cấp ủy đã thi hành kỷ luật 17 tổ chức đảng (khiển trách 12, cảnh cáo 5).',
    'Tại huyện Yên Thành, Ban Tổ chức Huyện ủy đã thẩm định hồ sơ.\nCác chi bộ đã kết nạp 85 đảng viên mới trong năm.\nTại huyện Đô Lương, các chi bộ đã kết nạp 64 đảng viên mới trong năm.',
    'Tại xã Tân An, Hội Nông dân đã vận động.\nHội đã kết nạp 120 hội viên mới trong năm.\nTại xã Tân Bình, Hội đã kết nạp 95 hội viên mới trong năm.',
)

CARRIED_PLACE_SLIPS = (
    ('Tại Nghệ An, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra 1.200 tổ chức đảng.\nỦy ban kiểm tra các cấp đã thi hành kỷ luật 41 tổ chức đảng.\nVề kỷ luật, các cấp đã thi hành kỷ luật 44 tổ chức đảng.', 'figure-inconsistent'),
)

DECIMAL_BY_CONVENTION = (
    'Tổng thu ngân sách xã đạt 12.450,6 triệu đồng; thu nhập bình quân đầu người đạt 45,120 triệu đồng/năm.',
    'Diện tích gieo trồng 1.325,4 ha; giá trị thu được bình quân 85,250 triệu đồng/ha.',
    'Vốn điều lệ của Hợp tác xã là 2.150,5 triệu đồng, lợi nhuận 312,450 triệu đồng.',
)
DECIMAL_BY_CONVENTION_SLIPS = (
    ('Tổng thu ngân sách xã đạt 12,450 triệu đồng; thu nhập bình quân đầu người đạt 45 triệu đồng/năm.', 'number-format'),
    ('Diện tích gieo trồng 1.325,4 ha; đã hỗ trợ 1,250 hộ dân.', 'number-format'),
    ('Vốn điều lệ của Hợp tác xã là 2.150 triệu đồng, lợi nhuận 312,450 triệu đồng.', 'number-format'),
)

PARALLEL_RECORDS = (
    'Kết quả lấy phiếu tín nhiệm như sau:\n1. Đồng chí Nguyễn Văn An - Chủ tịch UBND xã:\nSố phiếu tín nhiệm cao: 18 phiếu.\nSố phiếu tín nhiệm: 3 phiếu.\n2. Đồng chí Trần Thị Bình - Phó Chủ tịch UBND xã:\nSố phiếu tín nhiệm cao: 15 phiếu.\nSố phiếu tín nhiệm: 6 phiếu.',
    'Kết quả kết nạp đảng viên của các chi bộ:\na) Chi bộ thôn Đông:\nSố đảng viên mới kết nạp: 4 đồng chí.\nb) Chi bộ thôn Tây:\nSố đảng viên mới kết nạp: 6 đồng chí.',
    'Kết quả thu ngân sách của hai năm:\n1. Năm 2023:\n- Tổng thu ngân sách trên địa bàn: 12.450 triệu đồng.\n2. Năm 2024:\n- Tổng thu ngân sách trên địa bàn: 13.120 triệu đồng.',
)
PARALLEL_RECORDS_SLIPS = (
    ('Trong năm, chi bộ đã kết nạp 4 đảng viên mới.\n1. Công tác phát triển đảng viên:\nChi bộ đã kết nạp 6 đảng viên mới.', 'figure-inconsistent'),
    ('Năm 2025, Chi bộ thôn Đông kết nạp 4 đảng viên mới.\n1. Về công tác phát triển đảng viên:\nNăm 2025, Chi bộ thôn Đông kết nạp 5 đảng viên mới.', 'figure-inconsistent'),
    ('Tổng thu ngân sách trên địa bàn năm 2024 đạt 13.120 triệu đồng.\n1. Về thu ngân sách:\nTổng thu ngân sách trên địa bàn năm 2024 đạt 13.210 triệu đồng.', 'figure-inconsistent'),
)


@pytest.mark.parametrize("text", BRACKETED_SPLIT + SIBLING_KINDS + DUE_NOT_SETTLED + CARRIED_PLACE
                         + DECIMAL_BY_CONVENTION + PARALLEL_RECORDS)
def test_correct_text_is_clean(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text,code", BRACKETED_SPLIT_SLIPS + SIBLING_KINDS_SLIPS + DUE_NOT_SETTLED_SLIPS
                         + CARRIED_PLACE_SLIPS + DECIMAL_BY_CONVENTION_SLIPS
                         + PARALLEL_RECORDS_SLIPS)
def test_slip_of_the_same_shape_is_found(text, code):
    assert code in {c for c, _, _ in _flagged(text)}
