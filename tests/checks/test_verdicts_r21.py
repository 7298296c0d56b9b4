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
