"""Round 17 review (fxq1): three false errors on correct text from round 17's quantity mechanisms (q20), each with the
reviewer's sentences, our own in other wording, and the slips the mechanism was built for, which must stay caught."""

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import loud_on


def _errors(text: str):
    return [f for f in analyze(text).findings if f.severity.value == "error"]


# A day and month before ", đạt p%" is the day a share was reached at, not a tally: a tally names what it counts ("tỷ
# lệ …", "Số …") or follows a counting verb, and a date word right before ("tới", "cập nhật", "tính đến") keeps a date.
DAY_BEFORE_SHARE = [
    "Tính tới 5/9, đạt 80% kế hoạch năm về thu ngân sách.",
    "Thu ngân sách lũy kế tới 10/11, đạt 92% dự toán huyện giao.",
    "Số liệu cập nhật 3/10, đạt 75% kế hoạch.",
    "Giải ngân vốn đầu tư công tính đến hết 7/8 đạt 61% kế hoạch vốn tỉnh giao.",
    "Công tác tiêm chủng mở rộng (cập nhật ngày 4/11): đạt 88% chỉ tiêu năm.",
    "- Tỷ lệ người dân tham gia bảo hiểm y tế tới 6/10 đạt 91,5%.",
]
TALLY_BEFORE_SHARE = [
    ("Kết quả: tỷ lệ thôn đạt chuẩn văn hóa 7/9, chiếm 82,8%.", "82,8%"),
    ("Số tổ chức đảng hoàn thành tốt nhiệm vụ 10/12, đạt 80,3%.", "80,3%"),
    ("Toàn xã có 8 hợp tác xã; kết quả xếp loại khá trở lên đạt 5/8, chiếm 70%.", "70%"),
    ("Số trường mầm non đạt chuẩn quốc gia là 6/9 (đạt 60%).", "60%"),
]


@pytest.mark.parametrize("text", DAY_BEFORE_SHARE)
def test_a_day_before_a_share_is_no_tally(text):
    assert _errors(text) == []


@pytest.mark.parametrize("text, wrong", TALLY_BEFORE_SHARE)
def test_a_named_tally_before_its_share_is_still_checked(text, wrong):
    assert loud_on(text, "percent-mismatch", wrong)


# "A so với B, đạt p% kế hoạch": when B is the level of another time ("đầu năm", "cùng kỳ", "năm trước") or the share
# is of a plan B is not named as, B is no base of the share.
COMPARED_NOT_BASE = [
    "Số hộ nghèo còn 214 hộ so với 250 hộ đầu năm, đạt 90% kế hoạch giảm nghèo.",
    "Thu ngân sách xã được 3,6 tỷ đồng so với 3 tỷ đồng cùng kỳ, đạt 90% dự toán năm.",
    "Năm 2025, xã giao 25 thanh niên nhập ngũ so với 20 thanh niên năm trước, đạt 100% chỉ tiêu huyện giao.",
    "Diện tích lúa gieo cấy 1.180 ha so với 1.250 ha, đạt 95% kế hoạch vụ đông xuân.",
    "Trong năm cấp mới 640 thẻ bảo hiểm y tế so với 600 thẻ của năm 2024; đạt 97% chỉ tiêu huyện giao.",
    "Giải quyết việc làm cho 412 lao động so với 380 lao động hồi năm ngoái, đạt 103% mục tiêu.",
]
COMPARED_BASE = [
    ("Số hộ được vay vốn so với số hộ đăng ký: 214 hộ so với 250 hộ, đạt 86,5%.", "86,5"),
    ("Số lao động có việc làm mới so với kế hoạch giao: 318 người so với 300 người, đạt 108%.", "108"),
    ("Thu ngân sách xã được 3,6 tỷ đồng so với dự toán 4 tỷ đồng, đạt 80% dự toán năm.", "80"),
    ("Trẻ em được tiêm đủ mũi: 742 trẻ so với 760 trẻ trong danh sách, đạt tỷ lệ 96,8%.", "96,8"),
]


@pytest.mark.parametrize("text", COMPARED_NOT_BASE)
def test_a_level_of_another_time_is_no_base_of_a_plan_share(text):
    assert _errors(text) == []


@pytest.mark.parametrize("text, wrong", COMPARED_BASE)
def test_a_compared_base_is_still_checked(text, wrong):
    assert loud_on(text, "percent-mismatch", wrong)


# A noun written as the first word of one counted before ("trạm" of "trạm y tế") is the same thing only when nothing
# noun-like follows it: "30 trạm khuyến nông", "14 khu sản xuất" count other things of that kind.
SHORT_HEAD_OTHER_THING = [
    "Huyện có 24 trạm y tế, trong đó 20 trạm có bác sĩ; ngoài ra có 30 trạm khuyến nông.",
    "Huyện có 24 trạm y tế, trong đó 20 trạm có bác sĩ; ngoài ra có 30 trạm bơm điện.",
    "Xã có 9 khu dân cư, trong đó 6 khu có nhà văn hóa; ngoài ra có 14 khu sản xuất.",
    "Phường có 11 khu phố, trong đó 8 khu có nhà văn hóa; ngoài ra có 15 khu tái định cư.",
    "Xã có 9 khu dân cư, trong đó 6 khu đã có đèn chiếu sáng; đồng thời quy hoạch 14 khu chăn nuôi tập trung.",
    "Toàn huyện duy trì 18 trạm y tế xã, trong số đó 15 trạm đạt chuẩn; ngành điện quản lý thêm 40 trạm biến áp.",
    "Huyện có 24 trạm y tế (20 trạm có bác sĩ) và 30 trạm khuyến nông.",
]
SHORT_HEAD_SAME_THING = [
    ("Phường có 18 khu dân cư, trong số đó 21 khu đạt danh hiệu văn hóa.", "21 khu"),
    ("Ngành đang quản lý 142 trạm y tế tuyến xã; trong đó 150 trạm đã có bác sĩ.", "150 trạm"),
    ("Huyện có 24 trạm y tế, trong đó 30 trạm, chiếm phần lớn, có bác sĩ.", "30 trạm"),
    ("Xã có 9 khu dân cư, trong đó 11 khu được công nhận đạt chuẩn.", "11 khu"),
]


@pytest.mark.parametrize("text", SHORT_HEAD_OTHER_THING)
def test_a_short_head_with_its_own_words_counts_another_thing(text):
    assert _errors(text) == []


@pytest.mark.parametrize("text, wrong", SHORT_HEAD_SAME_THING)
def test_a_bare_short_head_is_still_the_same_thing(text, wrong):
    assert loud_on(text, "part-exceeds-whole", wrong)
