"""Round 21 recall of the verdict and share checks (issue 16), by the shapes the misses of several authors share
(blind13, blind14, blind16, real bank N), tested on sentences written for these tests with near-misses that stay
silent.

1. A rate, then its plan in the next clause named by the plan word alone ("…đạt 86,5%, chỉ tiêu 90%, đạt chỉ tiêu"):
   the quantity layer's "level-vs-plan"; a verdict only for an indicator of known direction, never mid-period.
2. A level, the way it went with no amount, the earlier period and its level alone in a bracket ("68,33%, thấp hơn
   so với cùng kỳ năm 2021 (63,86%)"): "level-vs-earlier", a warning naming the bracket as the earlier level.
3. A table row's verdict cell "Đã đạt", a plan cell "giảm còn dưới 3".
4. A part and its whole each with the same unit ("1,8 km/2,4 km") read as one ratio; a share of measures printed with
   decimals is checked against the interval their rounding leaves ("16,6/21,9 km, đạt 75,83%" is no slip).
5. A share naming a narrowed noun as its base ("chiếm 41,2% tổng số hộ hội viên") and the one count of the document
   written with that noun ("2.580 hộ hội viên"), in another paragraph before or after: a warning naming it.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def _alarms(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.value) for f in analyze(text).findings
            if f.code == code and f.severity.value in ("error", "warning")]


# --- 1. a rate and its plan in adjacent clauses, then the verdict ------------------------------------------------
LEVEL_PLAN_WRONG = (
    "Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần trở lên đạt 86,5%, chỉ tiêu 90%, đạt chỉ tiêu đề ra.",
    "Năm 2026, tỷ lệ bao phủ bảo hiểm y tế 93,6%, chỉ tiêu Nghị quyết Đại hội là 95%; như vậy đã đạt chỉ tiêu.",
    "Tỷ lệ che phủ rừng toàn xã 47,8%, mục tiêu Nghị quyết đề ra 45%, chưa đạt mục tiêu.",
    "Tỷ lệ hộ nghèo cuối năm 3,4%, chỉ tiêu huyện giao 3%, hoàn thành chỉ tiêu.",
)
LEVEL_PLAN_SILENT = (
    # the verdict the figures give
    "Tỷ lệ phụ nữ có thai được khám thai đủ 4 lần trở lên đạt 92,5%, chỉ tiêu 90%, đạt chỉ tiêu đề ra.",
    "Tỷ lệ hộ nghèo cuối năm 2,4%, chỉ tiêu huyện giao 3%, hoàn thành chỉ tiêu.",
    # mid-period progress gets no verdict
    "Lũy kế 9 tháng, tỷ lệ thu thuế phi nông nghiệp đạt 72%, chỉ tiêu năm 90%, đạt kế hoạch đề ra.",
    # an indicator of no known direction: a floor or a ceiling would bear either verdict
    "Tỷ lệ hồ sơ giải quyết qua bưu chính 0,8%, chỉ tiêu 1%, đạt chỉ tiêu.",
    # a change, or a share of the plan, is not the level the plan names
    "Giá trị sản xuất công nghiệp tăng 6,2%, chỉ tiêu 7%, đạt chỉ tiêu.",
    "Thu ngân sách đạt 97% kế hoạch, chỉ tiêu 100%, hoàn thành chỉ tiêu.",
    # a hedged verdict is no claim
    "Tỷ lệ tham gia bảo hiểm y tế đạt 94,6%, chỉ tiêu 95%, cơ bản đạt chỉ tiêu.",
)


@pytest.mark.parametrize("text", LEVEL_PLAN_WRONG)
def test_level_against_plan_in_next_clause_is_read(text):
    assert _alarms(text, "target-status-mismatch")


@pytest.mark.parametrize("text", LEVEL_PLAN_SILENT)
def test_level_against_plan_near_misses_stay_silent(text):
    assert _alarms(text, "target-status-mismatch") == []


# --- 2. the way a level went against the earlier period's level --------------------------------------------------
EARLIER_WRONG = (
    "Nếu so với kế hoạch được giao, tỷ lệ giải ngân đạt 68,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%).",
    "Tổng vốn huy động đạt 412 tỷ đồng, giảm so với cùng kỳ năm trước (398 tỷ đồng).",
    "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi 11,2%, tăng so với năm 2025 (12,4%).",
)
EARLIER_SILENT = (
    "Tỷ lệ giải ngân đạt 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%).",
    "Tổng vốn huy động đạt 386 tỷ đồng, giảm so với cùng kỳ năm trước (398 tỷ đồng).",
    # the bracket gives the gap, not the earlier level
    "Tỷ lệ hộ nghèo còn 3,2%, giảm so với năm trước (0,6%).",
    "Tổng vốn huy động đạt 412 tỷ đồng, tăng so với cùng kỳ (giảm 14 tỷ đồng).",
    # a level compared with another place, not an earlier period
    "Tỷ lệ tham gia bảo hiểm y tế đạt 91,2%, thấp hơn bình quân của tỉnh (93,4%).",
)


@pytest.mark.parametrize("text", EARLIER_WRONG)
def test_way_against_the_earlier_level_is_read(text):
    assert [severity for _, severity in _alarms(text, "target-status-mismatch")] == ["warning"]


@pytest.mark.parametrize("text", EARLIER_SILENT)
def test_way_against_the_earlier_level_near_misses_stay_silent(text):
    assert _alarms(text, "target-status-mismatch") == []


# --- 3. a table's verdict cell and its ceiling plan cell ---------------------------------------------------------
_HEAD = "Chỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá\nThu nhập bình quân (triệu đồng/người)\t48,0\t49,2\tVượt\n"


@pytest.mark.parametrize("row", (
    "Tỷ lệ hộ nghèo (%)\tgiảm còn dưới 3\t3,4\tĐã đạt\n",
    "Tỷ lệ hộ nghèo (%)\tgiảm xuống dưới 3\t3,1\tĐạt\n",
    "Tỷ lệ hộ nghèo (%)\tgiảm còn dưới 3\t2,4\tChưa đạt\n",
))
def test_table_verdict_cell_against_a_ceiling(row):
    assert _alarms(_HEAD + row, "target-status-mismatch")


@pytest.mark.parametrize("row", (
    "Tỷ lệ hộ nghèo (%)\tgiảm còn dưới 3\t2,4\tĐã đạt\n",
    "Tỷ lệ hộ nghèo (%)\tgiảm còn dưới 3\t3,4\tChưa đạt\n",
    "Số lao động được tạo việc làm\t400\t412\tĐã hoàn thành\n",
))
def test_table_verdict_cell_near_misses_stay_silent(row):
    assert _alarms(_HEAD + row, "target-status-mismatch") == []


# --- 4. a ratio with its unit written twice; shares of measures printed with decimals -----------------------------
@pytest.mark.parametrize("text", (
    "Đường bê tông nội đồng đã làm 1,8 km/2,4 km theo kế hoạch, đạt 80%.",
    "Trồng rừng tập trung 126 ha/150 ha, đạt 88%.",
    "Kết nạp 12 hội viên/15 hội viên, đạt 85%.",
))
def test_ratio_with_its_unit_twice_is_checked(text):
    assert _alarms(text, "percent-mismatch")


@pytest.mark.parametrize("text", (
    "Đường bê tông nội đồng đã làm 1,8 km/2,4 km theo kế hoạch, đạt 75%.",
    "Kết nạp 12 hội viên/15 hội viên, đạt 80%.",
    # rounded measures: 16,55/21,95 … 16,65/21,85 holds 75,83%
    "Đường trục thôn được bê tông hóa 16,6/21,9km, đạt tỷ lệ 75,83%.",
    "Diện tích lúa thu hoạch 2,6/3,4 nghìn ha, đạt 77%.",
    # a rate per unit is no ratio
    "Năng suất lúa bình quân đạt 5,6 tấn/ha, bằng 102% kế hoạch.",
))
def test_ratio_near_misses_stay_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- 5. a share's narrowed base and the one count written with that noun in another paragraph ----------------------
NAMED_COUNT_WRONG = (
    "Hội Nông dân xã hiện có 15 chi hội, 2.580 hộ hội viên.\nNăm qua, toàn xã có 1.126 hộ đạt danh hiệu sản xuất, "
    "kinh doanh giỏi các cấp, chiếm 41,2% tổng số hộ hội viên.",
    "Năm học 2025-2026, có 96 học sinh khuyết tật được hỗ trợ, chiếm 72% tổng số học sinh khuyết tật.\n"
    "Toàn huyện hiện có 148 học sinh khuyết tật, học hòa nhập tại 21 trường.",
    "Đoàn xã có 18 chi đoàn với 640 đoàn viên thanh niên.\nTrong năm, 412 đoàn viên tham gia hiến máu tình nguyện, "
    "chiếm 58,5% tổng số đoàn viên thanh niên.",
)
NAMED_COUNT_SILENT = (
    "Hội Nông dân xã hiện có 15 chi hội, 2.580 hộ hội viên.\nNăm qua, toàn xã có 1.126 hộ đạt danh hiệu sản xuất, "
    "kinh doanh giỏi các cấp, chiếm 43,6% tổng số hộ hội viên.",
    # the count is of one unit, not of the whole the share names
    "Chi hội thôn Đông có 320 hộ hội viên.\nNăm qua, toàn xã có 126 hộ đạt danh hiệu sản xuất giỏi, chiếm 5,2% "
    "tổng số hộ hội viên.",
    # two counts of that noun: which is meant, the text does not say
    "Đầu năm có 2.450 hộ hội viên.\nCuối năm có 2.580 hộ hội viên.\nNăm qua, có 1.126 hộ đạt danh hiệu sản xuất "
    "giỏi, chiếm 41,2% tổng số hộ hội viên.",
    # the count has a share of its own: a part of that base, not the base
    "Có 423 đại biểu tán thành (chiếm 85,63% tổng số đại biểu Quốc hội).\nCó 432 đại biểu Quốc hội tham gia biểu "
    "quyết (chiếm 87,45% tổng số đại biểu Quốc hội).",
)


@pytest.mark.parametrize("text", NAMED_COUNT_WRONG)
def test_share_of_a_count_written_with_its_base_noun(text):
    assert [severity for _, severity in _alarms(text, "percent-mismatch")] == ["warning"]


@pytest.mark.parametrize("text", NAMED_COUNT_SILENT)
def test_share_of_a_named_count_near_misses_stay_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- review fixes: the indicator read from the rate's own clause; a negated "worse" word; a period after a ratio's
# whole; a share only both figures' rounding gives ----------------------------------------------------------------
from minutes_app.core.quantities.verdicts import higher_is_better, lower_is_better  # noqa: E402


@pytest.mark.parametrize("text", (
    # the rate's own clause names the indicator; an earlier clause's "worse" word is another indicator's
    "Số vụ tai nạn giao thông giảm 2 vụ; tỷ lệ lao động qua đào tạo đạt 68%, chỉ tiêu 70%, vượt chỉ tiêu.",
    "Tỷ lệ che phủ rừng đạt 46%; tỷ lệ hộ nghèo còn 3,4%, chỉ tiêu 3%, đạt chỉ tiêu.",
    "Kết quả: tỷ lệ trẻ em suy dinh dưỡng thể thấp còi 12,5%, chỉ tiêu 12%, đạt chỉ tiêu.",
    "Có 120 hộ thoát nghèo, tỷ lệ hộ nghèo còn 3,4%, chỉ tiêu 3%, đạt chỉ tiêu.",
))
def test_level_plan_direction_from_the_rates_own_clause(text):
    assert _alarms(text, "target-status-mismatch")


@pytest.mark.parametrize("text", (
    "Tỷ lệ hộ nghèo giảm còn 1,9%; tỷ lệ che phủ rừng đạt 46%, chỉ tiêu 45%, vượt chỉ tiêu.",
    "Số vụ tai nạn giao thông giảm 2 vụ; tỷ lệ lao động qua đào tạo đạt 72%, chỉ tiêu 70%, vượt chỉ tiêu.",
    "Tình hình ô nhiễm môi trường được kiểm soát: tỷ lệ thu gom rác thải đạt 92%, chỉ tiêu 90%, đạt chỉ tiêu.",
    # … or an earlier figure's, told before a comma
    "Số vụ tai nạn giao thông giảm 2 vụ, tỷ lệ hộ dùng nước sạch đạt 96%, chỉ tiêu 95%, đạt chỉ tiêu.",
    "Năm 2025 còn 31 hộ nghèo, tỷ lệ hộ có nhà ở kiên cố đạt 85%, chỉ tiêu 80%, vượt chỉ tiêu.",
    # a "worse" word negated names the good side
    "Tỷ lệ khu dân cư không có tội phạm đạt 85%, chỉ tiêu 80%, đạt chỉ tiêu.",
    "Tỷ lệ học sinh không bỏ học đạt 99,5%, chỉ tiêu 99%, vượt chỉ tiêu.",
    "Tỷ lệ xã chưa có ca mắc mới đạt 70%, chỉ tiêu 60%, vượt chỉ tiêu.",
))
def test_level_plan_direction_near_misses_stay_silent(text):
    assert _alarms(text, "target-status-mismatch") == []


def test_a_negated_worse_word_is_not_lower_is_better():
    assert not lower_is_better("Tỷ lệ thôn, khu dân cư không có ma túy đạt")
    assert not lower_is_better("tỷ lệ hộ gia đình không có người vi phạm pháp luật")
    assert not lower_is_better("tỷ lệ học sinh không bỏ học")
    # not negated, or negated elsewhere in the subject
    assert lower_is_better("tỷ lệ hộ nghèo")
    assert lower_is_better("số ca tử vong không rõ nguyên nhân")
    assert lower_is_better("tỷ lệ hộ không có nhà ở kiên cố rơi vào hộ nghèo")
    assert not higher_is_better("tỷ lệ lao động chưa qua đào tạo")


@pytest.mark.parametrize("text", (
    # a whole a period names: two levels compared, not a part of a whole
    "Số hộ nuôi ong năm nay 45 hộ/38 hộ năm trước, tăng 18%.",
    "Diện tích lúa đông xuân 320 ha/300 ha cùng kỳ, bằng 106,7%.",
    "Kết nạp 18 đảng viên/15 đảng viên kỳ trước.",
    "Tổng đàn trâu 640 con/600 con năm 2024.",
))
def test_ratio_of_units_against_a_period_is_no_part(text):
    assert [f for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


@pytest.mark.parametrize("text", (
    "Làm mới 2,1 km/2,4 km đường giao thông nông thôn, đạt 80%.",
    "Kết nạp 18 hội viên/15 hội viên, đạt 100%.",
    # a period before the pair names both
    "Năm 2025, làm mới 2,1 km/2,4 km đường giao thông nông thôn, đạt 80%.",
))
def test_ratio_of_units_without_a_period_is_checked(text):
    assert _alarms(text, "percent-mismatch") or _alarms(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", (
    # 2,4/3,1 is 77,4 %; only 2,45/3,05 (both rounded the far way) reaches 80 %
    "Thu ngân sách 2,4 tỷ/3,1 tỷ đồng, đạt 80%.",
    # 4,2/5,5 is 76,4 %; only 4,25/5,45 reaches 78 %
    "Nạo vét 4,2 km/5,5 km kênh mương, đạt 78%.",
))
def test_share_only_both_roundings_give_is_a_warning(text):
    assert [severity for _, severity in _alarms(text, "percent-mismatch")] == ["warning"]


@pytest.mark.parametrize("text", (
    # one figure's rounding gives it (4,25/5,5 is 77,3 %)
    "Nạo vét 4,2 km/5,5 km kênh mương, đạt 77%.",
    "Thu ngân sách 2,4 tỷ/3,1 tỷ đồng, đạt 78%.",
))
def test_share_one_rounding_gives_stays_silent(text):
    assert _alarms(text, "percent-mismatch") == []
