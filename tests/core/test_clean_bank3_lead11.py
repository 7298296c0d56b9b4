"""False alarms found by a third fresh author's bank of correct reports (tests/clean_bank_r11c), fixed at their
mechanisms; the sentences here are our own."""

import pytest

from tests.helpers import findings


@pytest.mark.parametrize("text", [
    "Thu nhập bình quân năm 2026 đạt 58,5 triệu đồng/người, tăng 3,5 triệu đồng so với năm 2025 (55 triệu đồng), "
    "đạt 97,5% chỉ tiêu Nghị quyết (60 triệu đồng).",
    "Sản lượng lương thực đạt 41.200 tấn, tăng 1.200 tấn so với cùng kỳ (40.000 tấn), đạt 103% kế hoạch (40.000 tấn).",
    "Thu ngân sách đạt 12,6 tỷ đồng, tăng 0,6 tỷ đồng so với năm 2024 (12 tỷ đồng), đạt 105% dự toán (12 tỷ đồng).",
])
def test_the_base_of_a_change_is_not_the_result_of_a_plan(text):
    """"tăng … so với năm 2025 (55 triệu đồng), đạt 97,5% chỉ tiêu": the bracket holds the base compared with."""
    assert findings(text, "percent-mismatch") == []


def test_a_result_against_its_plan_is_still_checked():
    found = findings("Thu nhập bình quân năm 2026 đạt 58,5 triệu đồng/người, đạt 95,5% chỉ tiêu Nghị quyết (60 triệu "
                     "đồng).", "percent-mismatch")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Hai chỉ tiêu chưa đạt là giải ngân vốn (đạt 90,0%, tương ứng 45/50 tỷ đồng) và tỷ lệ thu gom rác (đạt 75%, "
    "chỉ tiêu 85%).",
    "Thu thuế (đạt 80,0%, tương ứng 8/10 tỷ đồng) và thu phí (đạt 64%, dự toán 2 tỷ đồng) đều chưa đạt.",
    "Giải ngân (đạt 96,0%, tương ứng 24/25 tỷ đồng), còn tỷ lệ hộ dùng nước sạch (đạt 88%, chỉ tiêu 90%) chưa đạt.",
])
def test_a_ratio_of_one_item_is_no_base_of_the_next_item_s_share(text):
    assert findings(text, "percent-mismatch") == []


def test_a_ratio_and_its_own_share_are_still_checked():
    found = findings("Giải ngân vốn đầu tư công đạt 92,0% (45/50 tỷ đồng) và thu gom rác (đạt 75%, chỉ tiêu 85%).",
                     "percent-mismatch")
    assert [f.text for f in found] == ["92,0%"]  # 45/50 = 90,0 %; the 75 % of the next item is left alone


@pytest.mark.parametrize("text", [
    "Tiếp nhận 600 hồ sơ, đã giải quyết 580 hồ sơ, đang giải quyết 20 hồ sơ; trong số hồ sơ đã giải quyết có 575 hồ "
    "sơ đúng hạn và 5 hồ sơ trễ hạn.",
    "Nhận 90 đơn, đã xử lý 84 đơn, đang xử lý 6 đơn; trong số đơn đã xử lý có 80 đơn đúng hạn.",
    "Tiếp nhận 300 hồ sơ, đã trả kết quả 290 hồ sơ, đang xử lý 10 hồ sơ; trong số hồ sơ đã trả kết quả có 288 hồ sơ "
    "trước hạn.",
])
def test_trong_so_names_the_count_its_words_were_said_of(text):
    assert findings(text, "part-exceeds-whole") == []


def test_a_part_larger_than_the_count_named_still_warns():
    found = findings("Tiếp nhận 600 hồ sơ, đã giải quyết 580 hồ sơ, đang giải quyết 20 hồ sơ; trong số hồ sơ đã giải "
                     "quyết có 585 hồ sơ đúng hạn.", "part-exceeds-whole")
    assert len(found) == 1


@pytest.mark.parametrize("text, flagged", [
    ("Tỷ lệ người dân có thẻ căn cước đạt 98%.", False),
    ("Toàn xã có 4.120 người có thẻ bảo hiểm y tế.", False),
    ("Có 95% hội viên có thẻ hội viên.", False),
    ("Chi bộ có thẻ hoàn thành chỉ tiêu trong quý IV.", True),
])
def test_a_card_is_no_slip_for_can(text, flagged):
    assert bool(findings(text, "real-word")) is flagged


@pytest.mark.parametrize("text", [
    "Toàn Đảng bộ có 23 chi bộ. Ủy ban Kiểm tra giám sát chuyên đề 5 chi bộ, đạt 50,0% chương trình năm.",
    "Đảng bộ có 40 chi bộ. Đã kiểm tra 6 chi bộ, đạt 75% chương trình kiểm tra năm 2026.",
    "Xã có 12 thôn. Đã tổ chức đối thoại ở 9 thôn, đạt 90% chương trình đề ra.",
])
def test_a_share_of_a_programme_is_of_the_plan_not_of_the_total(text):
    assert findings(text, "percent-mismatch") == []
