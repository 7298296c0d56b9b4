"""figure-inconsistent, round 6 review: a label's qualifiers, a run of years, the report's year, unnamed
funds, a measure told in other words of another owner, and the printed unit's step of an amount."""

from __future__ import annotations

import pytest

from tests.helpers import findings

_HEADER = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "An Bình, ngày 15 tháng 12 năm 2025\nBÁO CÁO\n")


def _flagged(text: str) -> list[str]:
    return [text[f.start:f.end] for f in findings(text, "figure-inconsistent")]


# 1. the words between a label's noun and "được/đã/bị" qualify the noun ("lao động nữ"); a trailing "mới" too
@pytest.mark.parametrize("text", [
    "Năm 2025, toàn xã giải quyết việc làm cho 320 lao động.\nSố lao động nữ được giải quyết việc làm là 150 người.",
    "Năm 2025, toàn xã giải quyết việc làm cho 320 lao động.\nSố lao động được giải quyết việc làm mới là 302 người.",
    "Trong năm, chi bộ đã kết nạp 12 đảng viên.\nSố đảng viên nữ được kết nạp là 5 đồng chí.",
    "Trạm Y tế đã khám sàng lọc cho 2.450 người cao tuổi.\nSố người cao tuổi nam được khám sàng lọc là 1.120 người.",
    "Năm 2025, xã đã hỗ trợ 46 hộ nghèo.\nSố hộ nghèo dân tộc thiểu số được hỗ trợ là 18 hộ.",
])
def test_a_qualified_label_is_another_group(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2025, toàn xã giải quyết việc làm cho 320 lao động.\nSố lao động được giải quyết việc làm trong năm là "
     "302 người.", "302"),
    ("Chi bộ đã kết nạp 12 đảng viên.\nSố đảng viên mới được kết nạp là 13 đồng chí.", "13"),
])
def test_an_unqualified_label_is_still_the_same_group(text, wrong):
    assert _flagged(text) == [wrong]


# 2A. "3 năm liền" after the count's words picks some of them out
@pytest.mark.parametrize("text", [
    "Số hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ (đạt 92%).\nCó 1.100 hộ đạt danh hiệu gia đình văn hóa 3 năm "
    "liền.",
    "Số hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ.\nCó 860 hộ đạt danh hiệu gia đình văn hóa 5 năm liên tục.",
    "Số hộ nghèo được hỗ trợ vay vốn: 64 hộ.\nCó 40 hộ nghèo được hỗ trợ vay vốn 3 năm liên tục.",
    "Số hộ được công nhận thoát nghèo: 45 hộ.\nCó 38 hộ được công nhận thoát nghèo 2 năm liền.",
])
def test_a_run_of_years_is_some_of_them(text):
    assert _flagged(text) == []


def test_the_same_words_without_a_run_of_years_are_the_same_count():
    text = "Số hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ.\nCó 1.254 hộ đạt danh hiệu gia đình văn hóa."
    assert _flagged(text) == ["1.254"]


# 2B. a year named beside one mention and none beside the other: one quantity only in a report of that year
@pytest.mark.parametrize("text", [
    "Số hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ.\nNăm 2024 toàn xã có 1.200 hộ đạt danh hiệu gia đình văn hóa.",
    "Số hộ được công nhận thoát nghèo: 45 hộ.\nNăm 2023 toàn xã có 38 hộ được công nhận thoát nghèo.",
    "Số hộ tham gia bảo hiểm y tế: 2.130 hộ.\nNăm 2022 toàn xã có 1.870 hộ tham gia bảo hiểm y tế.",
    _HEADER + "Kết quả thực hiện nhiệm vụ năm 2025\nSố hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ.\nNăm 2024 toàn "
    "xã có 1.200 hộ đạt danh hiệu gia đình văn hóa.",
])
def test_a_year_not_the_reports_is_another_quantity(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text", [
    _HEADER + "Kết quả thực hiện nhiệm vụ năm 2025\nSố hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ.\nNăm 2025 toàn "
    "xã có 1.200 hộ đạt danh hiệu gia đình văn hóa.",
    _HEADER + "Kết quả thực hiện nhiệm vụ\nSố hộ đạt danh hiệu gia đình văn hóa: 1.245 hộ.\nNăm 2025 toàn xã có "
    "1.200 hộ đạt danh hiệu gia đình văn hóa.",
    # no report year: a value that reads as the other mistyped is still one quantity
    "- Quỹ Hỗ trợ nông dân xã: tổng nguồn vốn 1.245,5 triệu đồng.\nNăm 2025 nguồn Quỹ HTND đạt 1.254,5 triệu đồng.",
])
def test_the_reports_year_is_the_unscoped_mentions(text):
    assert len(_flagged(text)) == 1


# 3. a fund named by nothing is the one named fund only in its paragraph and not as a total or "khác"
@pytest.mark.parametrize("text", [
    "Quỹ Vì người nghèo của xã vận động được 120 triệu đồng.\nTổng quỹ vận động trong năm: 300 triệu đồng.",
    "Quỹ Khuyến học vận động được 45 triệu đồng.\nQuỹ vận động khác thu được 12 triệu đồng.",
    "Quỹ Khuyến học của xã thu được 64 triệu đồng.\nTổng các quỹ vận động trong năm đạt 250 triệu đồng.",
    "Quỹ Đền ơn đáp nghĩa vận động được 85 triệu đồng.\nCác quỹ vận động khác thu được 20 triệu đồng.",
    "Quỹ Vì người nghèo vận động được 120 triệu đồng.\nTổng quỹ vận động cả năm đạt 310 triệu đồng.",
])
def test_other_or_all_funds_stay_apart(text):
    assert _flagged(text) == []


# 4. "có lãi" read as "lợi nhuận sau thuế": of the same owner, when both name one
@pytest.mark.parametrize("text", [
    "Hợp tác xã hoạt động có lãi 421 triệu đồng.\nLợi nhuận sau thuế của Công ty đạt 1.200 triệu đồng.",
    "Công ty hoạt động có lãi 1.500 triệu đồng.\nLợi nhuận sau thuế của Hợp tác xã đạt 280 triệu đồng.",
    "Hợp tác xã hoạt động có lãi 350 triệu đồng.\nLợi nhuận sau thuế của Doanh nghiệp tư nhân Hoàng Long đạt "
    "2.100 triệu đồng.",
])
def test_profit_of_another_owner(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, wrong", [
    ("Lợi nhuận sau thuế của HTX đạt 412 triệu đồng.\nHTX hoạt động có lãi 421 triệu đồng.", "421 triệu đồng"),
    ("Lợi nhuận sau thuế của Hợp tác xã đạt 412 triệu đồng.\nHTX hoạt động có lãi 421 triệu đồng.",
     "421 triệu đồng"),
])
def test_profit_of_the_same_owner(text, wrong):
    assert _flagged(text) == [wrong]


# 5. the step an amount's printing tells apart is its printed unit's, as the quantity layer reads it
@pytest.mark.parametrize("text", [
    "Vốn đầu tư công đã giải ngân 1,2 nghìn tỷ đồng.\nVốn đầu tư công đã giải ngân 1.215 tỷ đồng.",
    "Kho bạc đã giải ngân 3,4 nghìn tỷ đồng.\nĐến nay đã giải ngân 3.380 tỷ đồng.",
    "Vốn đầu tư công đã giải ngân 2,5 nghìn tỷ đồng.\nVốn đầu tư công đã giải ngân 2.460 tỷ đồng.",
])
def test_thousand_billions_rounded(text):
    assert _flagged(text) == []


def test_thousand_billions_that_differ():
    text = "Vốn đầu tư công đã giải ngân 1,2 nghìn tỷ đồng.\nVốn đầu tư công đã giải ngân 1.315 tỷ đồng."
    assert _flagged(text) == ["1.315 tỷ đồng"]
