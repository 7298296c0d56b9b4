"""Round 19 (fx19): shapes of correct text the checker misread on a held-out precision bank, in sentences of our
own: positives that must still fire and near-misses that must stay silent."""
import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity


def _errors(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.severity == Severity.ERROR]


def _alarms(text: str) -> list[str]:
    return [f.message for f in analyze(text).findings if f.severity in (Severity.ERROR, Severity.WARNING)]


# Two counts joined by "và": a "gồm" after them counts both (their union), not the last alone.
@pytest.mark.parametrize("text", [
    "Trong 3 cán bộ trẻ có 1 cán bộ nữ, nên 4 cán bộ nữ và 3 cán bộ trẻ chỉ gồm 6 người.",
    "Ban thường vụ có 2 ủy viên nữ và 2 ủy viên dưới 40 tuổi, trong đó một người vừa là nữ vừa dưới 40 tuổi, "
    "nên 2 ủy viên nữ và 2 ủy viên dưới 40 tuổi gồm 3 đồng chí.",
    "Tổ có 6 thành viên chính thức và 4 thành viên dự khuyết, gồm 9 người vì một người kiêm nhiệm.",
])
def test_and_joined_counts_before_gom_are_one_whole(text):
    assert not [m for m in _alarms(text) if "vượt tổng" in m]


@pytest.mark.parametrize("text", [
    "Ban chấp hành có 5 ủy viên, trong đó 6 ủy viên nữ.",
    "Chi bộ có 12 đảng viên chính thức và 3 đảng viên dự bị, nên 15 đảng viên gồm 17 đồng chí nữ.",
    "Tổ công tác có 4 thành viên, gồm 6 thành viên.",
])
def test_a_part_over_its_single_whole_still_fires(text):
    assert [m for m in _errors(text) if "vượt tổng" in m]


# An average per unit ("bình quân 447 đơn vị mỗi đợt") is not the result a "vượt …% kế hoạch" is of.
@pytest.mark.parametrize("text", [
    "Tổ chức 5 đợt, tiếp nhận 1.260 đơn vị máu, bình quân 252 đơn vị mỗi đợt, vượt 5% kế hoạch (1.200 đơn vị).",
    "Mở 4 lớp, đào tạo 330 học viên, bình quân 82 học viên mỗi lớp, vượt 10% kế hoạch năm (300 học viên).",
    "Thu gom 2.640 tấn rác, mỗi tháng 220 tấn, vượt 10% kế hoạch (2.400 tấn).",
])
def test_an_average_per_unit_is_not_the_result_over_its_plan(text):
    assert not _alarms(text)


@pytest.mark.parametrize("text", [
    "Trong năm kết nạp 55 đảng viên, vượt 8,3% chỉ tiêu (60 đảng viên).",
    "Tiếp nhận 1.100 đơn vị máu, vượt 5% kế hoạch (1.200 đơn vị), bình quân 220 đơn vị mỗi đợt.",
])
def test_a_result_below_its_plan_said_to_pass_it_still_fires(text):
    assert [m for m in _errors(text) if "chưa đạt" in m]


# In a "trong đó" list, an act done on the item before ("đã được trả lời 27 ý kiến") is progress of that item, not
# another item of the whole: the items do not add up past the whole.
@pytest.mark.parametrize("text", [
    "Tiếp nhận 40 kiến nghị; trong đó 25 kiến nghị thuộc thẩm quyền của xã, đã được trả lời 23 kiến nghị; "
    "15 kiến nghị còn lại đã chuyển cấp trên.",
    "Nhận 60 đơn, trong đó 42 đơn thuộc thẩm quyền, đã trả lời 40 đơn.",
    "Cử tri nêu 35 ý kiến, trong đó 30 ý kiến thuộc thẩm quyền của phường, đã được trả lời 28 ý kiến.",
])
def test_an_act_on_the_item_before_is_no_item_of_the_whole(text):
    assert not [m for m in _errors(text) if "cộng lại" in m]


@pytest.mark.parametrize("text", [
    "Tiếp nhận 40 kiến nghị, gồm: 25 kiến nghị về đất đai, 23 kiến nghị về môi trường.",
    "Nhận 60 đơn, trong đó 42 đơn khiếu nại, 30 đơn tố cáo.",
])
def test_items_over_the_whole_still_fire(text):
    assert [m for m in _errors(text) if "cộng lại" in m or "vượt" in m]
