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
