"""Shapes of round seven (q7b: counts, restatements, attendance, votes, target verdicts), sentences of our
own in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import findings

# ---------------------------------------------------------------- target verdicts, one per clause


@pytest.mark.parametrize("text, wrong", [
    ("Ban Thường vụ đánh giá: tai nạn giao thông xảy ra 02 vụ, chỉ tiêu không quá 02 vụ – đạt; tỷ lệ tham gia BHYT "
     "93,6% (chỉ tiêu từ 95% trở lên), đạt.", "93,6%"),
    ("Tỷ lệ hộ nghèo giảm còn 1,2% (chỉ tiêu: dưới 1,5%), đạt chỉ tiêu; tỷ lệ trẻ em suy dinh dưỡng 9,8% (chỉ tiêu "
     "không quá 8%), đạt.", "9,8%"),
    ("Kết quả: tỷ lệ thu gom rác 96% (kế hoạch từ 90% trở lên) - vượt; tỷ lệ hộ dùng nước sạch 82% (kế hoạch từ 85% "
     "trở lên) - vượt.", "82%"),
])
def test_a_clause_keeps_its_own_verdict_and_a_wrong_one_is_found(text, wrong):
    found = findings(text, "target-status-mismatch")
    assert any(wrong in f.text for f in found), found


@pytest.mark.parametrize("text", [
    # each clause its own verdict: the "đạt" of the first clause is not the BHYT clause's
    "Ban Thường vụ thống nhất đánh giá: tỷ lệ hộ nghèo giảm còn 1,78% (chỉ tiêu năm: dưới 2%), đạt chỉ tiêu; tai nạn "
    "giao thông xảy ra 02 vụ, chỉ tiêu không quá 02 vụ – đạt; tỷ lệ tham gia BHYT 93,6% (chỉ tiêu từ 95% trở lên), "
    "chưa đạt.",
    "Tỷ lệ hộ nghèo giảm còn 1,2% (chỉ tiêu: dưới 1,5%), đạt chỉ tiêu; tỷ lệ trẻ em suy dinh dưỡng 9,8% (chỉ tiêu "
    "không quá 8%), chưa đạt.",
    "Kết quả: tỷ lệ thu gom rác 96% (kế hoạch từ 90% trở lên) - vượt; tỷ lệ hộ dùng nước sạch 82% (kế hoạch từ 85% "
    "trở lên) - chưa đạt.",
    # counts of targets with several verdicts in one clause: no one verdict to compare
    "Trong 25 chỉ tiêu chủ yếu năm 2026, có 24 chỉ tiêu đạt so với chỉ tiêu Nghị quyết đề ra (trong đó, có 13 chỉ "
    "tiêu vượt) và 01 chỉ tiêu không đạt.",
    # a figure in brackets details the result; it is not the result
    "Năm 2025, toàn tỉnh có thêm 47 sản phẩm đạt chuẩn OCOP (đợt 1: 29 sản phẩm; đợt 2: 18 sản phẩm), vượt kế hoạch "
    "năm (40 sản phẩm), nâng tổng số sản phẩm OCOP lên 312.",
    "Cả năm kết nạp 26 đảng viên (quý I: 5 đồng chí; quý II: 7 đồng chí; quý III: 6 đồng chí; quý IV: 8 đồng chí), "
    "vượt chỉ tiêu (20 đảng viên).",
    "Xây mới 15 căn nhà đại đoàn kết (ấp 1: 4 căn; ấp 2: 5 căn; ấp 3: 6 căn), vượt kế hoạch năm (12 căn).",
])
def test_a_right_verdict_stays_silent(text):
    assert not [f for f in findings(text, "target-status-mismatch") if f.severity.value == "error"]


# ---------------------------------------------------------------- the text against a table's total row

_VISITS = ("Năm 2025, Trung tâm đã khám cho {seen} lượt người, điều trị nội trú 6.904 lượt. Số lượt khám như sau:\n"
           "Cơ sở\tLượt khám\tTrong đó BHYT\nTrung tâm\t31.460\t27.815\nTrạm Y tế phường Đông\t7.238\t6.102\n"
           "Trạm Y tế xã Hòa\t9.517\t8.367\nTổng cộng\t48.215\t42.284")
_ROOMS = ("Quý III, Bệnh viện tiếp nhận {seen} lượt khám; điều trị nội trú 9.418 lượt, phẫu thuật 1.106 ca. "
          "Phân theo đối tượng:\nĐối tượng | Lượt khám | Tỷ lệ (%)\nCó thẻ BHYT | 54.987 | 88,2\n"
          "Viện phí | 6.821 | 10,9\nMiễn phí | 532 | 0,9\nCộng | 62.340 | 100,0")
_CERTIFICATES = ("Năm nay, xã đã cấp {seen} giấy chứng nhận, thu hồi 12 giấy chứng nhận. Chi tiết theo thôn:\n"
                 "Thôn | Số hộ | Số giấy chứng nhận đã cấp\nThôn Đông | 140 | 120\nThôn Tây | 101 | 95\n"
                 "Thôn Nam | 96 | 80\nCộng | 337 | 295")


@pytest.mark.parametrize("shape, wrong", [(_VISITS, "48.521"), (_ROOMS, "62.430"), (_CERTIFICATES, "259")])
def test_the_count_told_with_the_columns_words_is_the_total_rows(shape, wrong):
    found = findings(shape.format(seen=wrong), "figure-inconsistent")
    assert [f.text for f in found] == [wrong]


@pytest.mark.parametrize("shape, right", [(_VISITS, "48.215"), (_ROOMS, "62.340"), (_CERTIFICATES, "295")])
def test_another_count_of_the_same_noun_is_not_the_columns_total(shape, right):
    # "điều trị nội trú 6.904 lượt" counts lượt too, but not the column "Lượt khám"
    assert not findings(shape.format(seen=right), "figure-inconsistent")


# ---------------------------------------------------------------- one figure restated with two digits swapped

@pytest.mark.parametrize("text, wrong", [
    ("Giải ngân vốn đầu tư công 10 tháng đạt 2.465 tỷ đồng\nTheo báo cáo, lũy kế 10 tháng, toàn tỉnh giải ngân "
     "2.645 tỷ đồng, cao hơn bình quân cả nước.\nThường trực HĐND tỉnh đề nghị đẩy nhanh tiến độ.", "2.645"),
    ("I. Thu ngân sách: Tổng thu ngân sách trên địa bàn năm 2025 ước đạt 24.863 triệu đồng.\nII. Chi ngân sách: "
     "tổng chi 21.977 triệu đồng.\nIII. Đánh giá chung: thu ngân sách năm đạt 24,68 tỷ đồng, vượt dự toán được giao.",
     "24,68"),
    ("Trong năm, Quỹ Vì người nghèo xã vận động được 1.186 triệu đồng.\nHội nghị tặng Giấy khen cho 12 tập thể.\n"
     "Tổng kết lại, với 1.168 triệu đồng vận động được trong năm, Quỹ tiếp tục là điểm sáng.", "1.168"),
    ("9 tháng qua, cấp ủy các cấp đã kiểm tra 1.184 tổ chức đảng.\nVề giám sát, đã giám sát 950 đảng viên.\n"
     "Tổng hợp chung, trong 9 tháng toàn ngành đã kiểm tra 1.148 tổ chức đảng.", "1.148"),
])
def test_a_figure_told_again_in_the_same_words_with_two_digits_swapped(text, wrong):
    found = findings(text, "figure-inconsistent")
    assert [f.text for f in found if f.text.startswith(wrong)], found


@pytest.mark.parametrize("text", [
    # the same noun, but other words: another quantity
    "Toàn Đảng bộ có 37 chi bộ; tổng số 2.742 đảng viên.\nViệc cập nhật dữ liệu còn chậm, đến nay mới cập nhật "
    "2.724 đảng viên, còn thiếu so với tổng số.",
    # last year's figure, a change, an approximation, a plan
    "Năm 2025 thu ngân sách đạt 2.465 tỷ đồng.\nSo với cùng kỳ năm trước thu ngân sách đạt 2.645 tỷ đồng thì giảm.",
    "Các đơn vị thụ lý trên 21,6 nghìn tỷ đồng, tăng trên 7.200 tỷ đồng.\nĐã thi hành xong trên 2.700 tỷ đồng.",
    "Năm 2025 doanh thu đạt 6.845 triệu đồng.\n4. Kế hoạch năm 2026: doanh thu 6.485 triệu đồng; lợi nhuận 430 "
    "triệu đồng.",
    # two sides of ratios
    "Giải ngân đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng).\nGiải ngân đạt 51,1% nguồn vốn huyện giao "
    "(376,9 tỷ/737 tỷ đồng).",
    # two amounts of one sentence
    "Vốn giao năm 2025 là 1.245 triệu đồng, vốn tự có của HTX là 1.425 triệu đồng.\nHTX hoạt động có lãi.",
])
def test_figures_that_only_look_swapped_stay_silent(text):
    assert not findings(text, "figure-inconsistent")


def test_the_swapped_figure_borne_out_by_its_breakdown_is_not_the_suspect():
    text = ("Giải ngân vốn đầu tư công 10 tháng đạt 2.465 tỷ đồng\nLũy kế 10 tháng, toàn tỉnh giải ngân 2.645 tỷ "
            "đồng.\nTrong đó, các dự án do cấp tỉnh quản lý giải ngân 1.702 tỷ đồng; các xã, phường giải ngân 943 tỷ "
            "đồng.")
    assert [f.text[:5] for f in findings(text, "figure-inconsistent")] == ["2.465"]
