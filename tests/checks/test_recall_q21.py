"""Round 18 recall of the arithmetic checks (issue 16), by mechanism, each read off misses in more than one
author's text (shape banks A, B, C, blind13) and tested here on sentences written for these tests, in other
domains and word orders, with near-misses that must stay silent.

1. A share whose whole is the population an act names paragraphs before ("Sở quản lý 412 trường", "(xảy ra
   42 vụ, …)", "Đảng ủy chỉ đạo 26 chi bộ"): a warning naming that whole (resources/share_base_acts.txt).
2. A total labelled with a grade inside its noun ("Tổng số học sinh lớp 9 dự xét: 2.315 em"): the grade's number
   is no count, and the label still names the total.
3. A dash standing for the comma before a share ("… có nhân viên y tế — tỷ lệ 95,4%").
4. A count picked out of the level before it ("21 chi bộ … trở lên (trong đó 6 chi bộ …)") is no level beside it;
   "riêng" before a count opens the last level, not a count picked out (the fixer's near-misses).
5. A line that labels a whole before its figure; 6. "so với tổng số đạt …" before the share; 8. the top levels of a
   rating picked out by "trong đó" (now read by the relations layer, pc24's _top_grades_only).

The verdict and average mechanisms of the q21 branch were not merged (a reviewer proved false findings of them).
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def _alarms(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.value) for f in analyze(text).findings
            if f.code == code and f.severity.value in ("error", "warning")]


# --- 1. the population an act names, paragraphs before -------------------------------------------------------
HELD_WRONG = (
    # (text, the wrong share)
    ("Phòng Giáo dục và Đào tạo quản lý 96 trường mầm non, tiểu học và trung học cơ sở.\nNăm học vừa qua, đã có 71 trường đạt chuẩn "
     "quốc gia, đạt 76%.", "76%"),
    ("3. Công tác phòng cháy, chữa cháy (xảy ra 16 vụ cháy, thiệt hại khoảng 2,1 tỷ đồng)\nLực lượng chức năng đã "
     "xác định rõ nguyên nhân 14 vụ cháy, đạt 93,5%.", "93,5%"),
    ("Trung tâm Y tế đang theo dõi 1.350 bệnh nhân tăng huyết áp.\n\nTrong năm có 1.215 bệnh nhân được "
     "kiểm soát huyết áp ổn định (chiếm 92%).", "92%"),
    ("Ban Thường vụ Huyện ủy phân công các đồng chí Huyện ủy viên phụ trách 28 tổ chức cơ sở đảng.\nKết quả kiểm "
     "điểm cuối năm: 23 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, bằng 85,2%.", "85,2%"),
)
HELD_RIGHT = (
    "Phòng Giáo dục và Đào tạo quản lý 96 trường mầm non, tiểu học và trung học cơ sở.\nNăm học vừa qua, đã có 71 trường đạt chuẩn quốc "
    "gia, đạt 74%.",
    "3. Công tác phòng cháy, chữa cháy (xảy ra 16 vụ cháy, thiệt hại khoảng 2,1 tỷ đồng)\nLực lượng chức năng đã xác "
    "định rõ nguyên nhân 14 vụ cháy, đạt 87,5%.",
    "Trung tâm Y tế đang theo dõi 1.350 bệnh nhân tăng huyết áp.\n\nTrong năm có 1.215 bệnh nhân được kiểm "
    "soát huyết áp ổn định (chiếm 90%).",
    "Ban Thường vụ Huyện ủy phân công các đồng chí Huyện ủy viên phụ trách 28 tổ chức cơ sở đảng.\nKết quả kiểm điểm "
    "cuối năm: 23 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, bằng 82,1%.",
)
HELD_SILENT = (
    # a share of a plan, not of the population
    "Công an huyện thụ lý 40 vụ án hình sự.\nĐến ngày 30/11/2025 đã kết thúc điều tra 30 vụ án, đạt 95% kế hoạch.",
    # a change against last year, no share
    "Ban quản lý chợ quản lý 240 hộ kinh doanh cố định.\nNăm nay có 60 hộ kinh doanh mới đăng ký, tăng 25% so với "
    "năm trước.",
    # a rate of another thing, no count beside it
    "Sở Giáo dục và Đào tạo quản lý 412 trường công lập.\nĐến ngày 30/6/2025, tỷ lệ học sinh đi học đúng độ tuổi đạt "
    "99,2%.",
    # the count beside the share is the share's own whole ("nhóm tuổi này có 716 trẻ"): 702 / 716
    "Trạm Y tế xã quản lý 1.284 trẻ dưới 5 tuổi.\n- Uống vitamin A cho trẻ từ 6 đến 36 tháng tuổi: 702 trẻ (nhóm tuổi "
    "này có 716 trẻ), đạt 98%.",
    # a lower-is-better rate of the population, its own base written
    "Xã đang theo dõi 2.140 hộ gia đình.\nCòn 46 hộ nghèo, chiếm 2,15% số hộ toàn xã.",
    # a date before ", đạt", no count of the noun beside the share
    "Công an xã tiếp nhận 52 tin báo về tội phạm.\nĐến ngày 15/12/2025, đạt 100% tin báo được phân loại, xử lý.",
    # mid-period progress against the year's work, its base named
    "Hạt Quản lý đường bộ quản lý 420 km quốc lộ.\n9 tháng đầu năm đã duy tu 150 km, đạt 60% khối lượng cả năm.",
    # two subjects with one noun: the district's schools are no base of the province's
    "Phòng Giáo dục huyện quản lý 38 trường.\nToàn tỉnh có 512 trường; 401 trường đạt chuẩn quốc gia, đạt 78,3%.",
)


@pytest.mark.parametrize("text,wrong", HELD_WRONG)
def test_share_of_a_held_population_is_flagged(text, wrong):
    found = _alarms(text, "percent-mismatch")
    assert any(wrong in t and severity == "warning" for t, severity in found), found


@pytest.mark.parametrize("text", HELD_RIGHT + HELD_SILENT)
def test_share_of_a_held_population_right_or_other_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- 2. a grade inside the total's label -----------------------------------------------------------------------
GRADE_WRONG = (
    ("Tổng số học sinh lớp 12 dự thi: 540 em.\nSố học sinh đỗ tốt nghiệp: 532 em (99,5%).", "99,5%"),
    ("Tổng số trẻ khối 5 tuổi ra lớp: 418 cháu.\n\nĐược đánh giá đạt chuẩn phát triển: 401 cháu, chiếm 97,9%.",
     "97,9%"),
    ("Tổng số học viên lớp 3 của trung tâm là 126 học viên.\nCó 118 học viên hoàn thành chương trình, tỷ lệ 95,7%.",
     "95,7%"),
)
GRADE_RIGHT = (
    "Tổng số học sinh lớp 12 dự thi: 540 em.\nSố học sinh đỗ tốt nghiệp: 532 em (98,5%).",
    "Tổng số trẻ khối 5 tuổi ra lớp: 418 cháu.\n\nĐược đánh giá đạt chuẩn phát triển: 401 cháu, chiếm 95,9%.",
    "Tổng số học viên lớp 3 của trung tâm là 126 học viên.\nCó 118 học viên hoàn thành chương trình, tỷ lệ 93,7%.",
    # the grade is no count: nothing to add up nor to share
    "Học sinh lớp 9 của trường có 12 em đạt giải cấp huyện.",
    "Trường có 3 lớp 9 với 105 học sinh; 100 học sinh được xét tốt nghiệp, đạt 95,2%.",
)


@pytest.mark.parametrize("text,wrong", GRADE_WRONG)
def test_total_labelled_with_a_grade_is_the_base(text, wrong):
    assert any(wrong in t for t, _ in _alarms(text, "percent-mismatch")), analyze(text).findings


@pytest.mark.parametrize("text", GRADE_RIGHT)
def test_total_labelled_with_a_grade_right_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- 3. a dash for the comma before a share ----------------------------------------------------------------------
DASH_WRONG = (
    ("Toàn tỉnh có 50 xã.\nHiện 45 xã có bác sĩ làm việc thường xuyên — tỷ lệ 92%.", "92%"),
    ("Toàn huyện có 1.200 hộ chăn nuôi. Có 1.050 hộ chăn nuôi đã tiêm phòng đủ cho đàn gia súc – đạt 90,5%.", "90,5%"),
    ("Hội có 640 hội viên. Đã có 512 hội viên tham gia lớp tập huấn kỹ thuật — chiếm 82%.", "82%"),
)
DASH_RIGHT = (
    "Toàn tỉnh có 50 xã.\nHiện 45 xã có bác sĩ làm việc thường xuyên — tỷ lệ 90%.",
    "Toàn huyện có 1.200 hộ chăn nuôi. Có 1.050 hộ chăn nuôi đã tiêm phòng đủ cho đàn gia súc – đạt 87,5%.",
    "Hội có 640 hội viên. Đã có 512 hội viên tham gia lớp tập huấn kỹ thuật — chiếm 80%.",
    # a dash before another figure's rate: the rate of what the dash introduces
    "Có 45 xã có trạm y tế — tỷ lệ tiêm chủng đầy đủ ở trẻ em đạt 97,1%.",
)


@pytest.mark.parametrize("text,wrong", DASH_WRONG)
def test_dash_before_a_share(text, wrong):
    assert any(wrong in t for t, _ in _alarms(text, "percent-mismatch")), analyze(text).findings


@pytest.mark.parametrize("text", DASH_RIGHT)
def test_dash_before_a_share_right_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- 4. a count picked out of the level before it ----------------------------------------------------------------
PICKED_SILENT = (
    "Đảng ủy xã có 26 chi bộ trực thuộc.\nKết quả: 21 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên (trong đó "
    "6 chi bộ hoàn thành xuất sắc nhiệm vụ); không có chi bộ không hoàn thành nhiệm vụ.",
    "Năm 2025, chi hội có 48 hội viên được đánh giá.\nKết quả: 40 hội viên xếp loại khá trở lên, trong đó có 9 hội viên "
    "xếp loại xuất sắc.",
    "Toàn xã có 1.320 hộ được bình xét.\nCụ thể: 1.180 hộ đạt gia đình văn hóa, riêng 310 hộ đạt 3 năm liền.",
)
PICKED_STILL_FLAGGED = (
    # levels side by side still add up to the count of the paragraph before (a warning naming it)
    ("Đảng bộ có 24 chi bộ trực thuộc.\nKết quả: hoàn thành xuất sắc nhiệm vụ 5 chi bộ, hoàn thành tốt nhiệm vụ 14 chi "
     "bộ, hoàn thành nhiệm vụ 3 chi bộ.", "5 chi bộ"),
)


@pytest.mark.parametrize("text", PICKED_SILENT)
def test_count_picked_out_of_a_level_is_no_level(text):
    assert _alarms(text, "sum-mismatch") == []


@pytest.mark.parametrize("text,part", PICKED_STILL_FLAGGED)
def test_levels_side_by_side_still_add_up(text, part):
    assert any(part in t for t, _ in _alarms(text, "sum-mismatch"))


# "riêng" before the last count opens its own level (the lowest one, told apart), not a count picked out of the level
# before it: levels that add up to the count of the paragraph before stay silent, and a level sum that misses it is
# still told with the "riêng" level in it
ONLY_LEVEL_SILENT = (
    "Tổng số cán bộ, công chức được đánh giá: 37 người.\nKết quả: 30 người hoàn thành tốt nhiệm vụ trở lên, 5 người "
    "hoàn thành nhiệm vụ, riêng 2 người không hoàn thành nhiệm vụ.",
    "Hội Cựu chiến binh xã có 18 chi hội.\nXếp loại năm 2025: 15 chi hội vững mạnh; 2 chi hội khá; riêng (01) chi "
    "hội yếu.",
    "Chi bộ có 26 đảng viên tham gia kiểm điểm.\nKết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 4 đồng chí, hoàn thành "
    "tốt nhiệm vụ 19 đồng chí, riêng đồng chí còn lại: 3 đồng chí hoàn thành nhiệm vụ.",
)
ONLY_LEVEL_FLAGGED = (
    ("Tổng số cán bộ, công chức được đánh giá: 37 người.\nKết quả: 30 người hoàn thành tốt nhiệm vụ trở lên, 4 người "
     "hoàn thành nhiệm vụ, riêng 2 người không hoàn thành nhiệm vụ.", "2 người"),
    ("Hội Cựu chiến binh xã có 18 chi hội.\nKết quả xếp loại: 14 chi hội vững mạnh, 2 chi hội khá, riêng 01 chi hội "
     "yếu.", "01 chi hội"),
)


@pytest.mark.parametrize("text", ONLY_LEVEL_SILENT)
def test_last_level_after_rieng_adds_up(text):
    assert _alarms(text, "sum-mismatch") == []


@pytest.mark.parametrize("text,last", ONLY_LEVEL_FLAGGED)
def test_last_level_after_rieng_is_in_the_sum(text, last):
    found = _alarms(text, "sum-mismatch")
    assert any(last in t for t, _ in found), found


# --- 5. a line that labels a whole before its figure ---------------------------------------------------------------
LABEL_WRONG = (
    ("Tổng đàn gia súc của xã: 4.250 con.\nĐã tiêm phòng lở mồm long móng cho 3.980 con, đạt 91,6%.", "91,6%"),
    ("3. Giao thông nông thôn (tổng chiều dài đường xã, đường thôn: 86 km)\nĐến nay đã cứng hóa được 64,5 km, đạt 78%.",
     "78%"),
    ("Số cơ sở kinh doanh trên địa bàn: 318 cơ sở.\nTrong năm, đoàn liên ngành kiểm tra 156 cơ sở, chiếm 46,1%.",
     "46,1%"),
)
LABEL_RIGHT = (
    "Tổng đàn gia súc của xã: 4.250 con.\nĐã tiêm phòng lở mồm long móng cho 3.980 con, đạt 93,6%.",
    "3. Giao thông nông thôn (tổng chiều dài đường xã, đường thôn: 86 km)\nĐến nay đã cứng hóa được 64,5 km, đạt 75%.",
    "Số cơ sở kinh doanh trên địa bàn: 318 cơ sở.\nTrong năm, đoàn liên ngành kiểm tra 156 cơ sở, chiếm 49,1%.",
    # a label of a group picked out is no whole of the next line's group
    "- Số hộ được hỗ trợ vay vốn: 120 hộ.\n- Số hộ thoát nghèo: 45 hộ, chiếm 1,8% số hộ toàn xã.",
    # a total of money labelled, a share of a plan after it
    "Tổng vốn đầu tư công năm 2025: 48.600 triệu đồng.\nĐã giải ngân 30.120 triệu đồng, đạt 64,2% kế hoạch vốn giao "
    "đợt 1.",
)


@pytest.mark.parametrize("text,wrong", LABEL_WRONG)
def test_whole_labelled_on_a_line_before(text, wrong):
    found = _alarms(text, "percent-mismatch")
    assert any(wrong in t and severity == "warning" for t, severity in found), found


@pytest.mark.parametrize("text", LABEL_RIGHT)
def test_whole_labelled_on_a_line_before_right_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- 6. "so với tổng số đạt …": the share of the whole the paragraph before states ---------------------------------
OF_TOTAL_WRONG = (
    ("Đảng bộ có 1.236 đảng viên.\nCó 1.105 đồng chí hoàn thành tốt nhiệm vụ trở lên, so với tổng số đạt 91,4%.",
     "91,4%"),
    ("Toàn xã hiện có 640 hội viên nông dân.\nNăm 2025 có 512 hội viên đăng ký thi đua, trên tổng số chiếm 82%.", "82%"),
    ("Huyện có 1.860 lao động qua đào tạo nghề.\n\nĐã có 1.342 lao động có việc làm ổn định, so với tổng số là 74,2%.",
     "74,2%"),
)
OF_TOTAL_SILENT = (
    "Đảng bộ có 1.236 đảng viên.\nCó 1.105 đồng chí hoàn thành tốt nhiệm vụ trở lên, so với tổng số đạt 89,4%.",
    # compared with last year: a change, not a share of the whole
    "Đảng bộ có 1.236 đảng viên.\nCó 1.105 đồng chí hoàn thành tốt nhiệm vụ trở lên, so với năm trước đạt 91,4%.",
    "Toàn xã hiện có 640 hội viên nông dân.\nNăm 2025 có 512 hội viên đăng ký thi đua, so với cùng kỳ bằng 104%.",
)


@pytest.mark.parametrize("text,wrong", OF_TOTAL_WRONG)
def test_share_of_the_total_named_after_a_comma(text, wrong):
    assert any(wrong in t for t, _ in _alarms(text, "percent-mismatch")), analyze(text).findings


@pytest.mark.parametrize("text", OF_TOTAL_SILENT)
def test_share_of_the_total_named_after_a_comma_right_or_other_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# --- 8. the top levels of a rating picked out by "trong đó" are no breakdown of the whole --------------------------
TOP_LEVELS_SILENT = (
    "Được công nhận tốt nghiệp: 1.402 em; trong đó loại giỏi 388 em, loại khá 610 em.",
    "Năm học 2024-2025 có 856 học sinh được lên lớp, trong đó xếp loại tốt 240 em và loại khá 395 em.",
    "Có 1.236 đảng viên được đánh giá, trong số đó hoàn thành xuất sắc nhiệm vụ 162 đồng chí, hoàn thành tốt nhiệm "
    "vụ 760 đồng chí.",
)
FULL_LEVELS_FLAGGED = (
    ("Tổng số đảng viên được đánh giá là 150 đồng chí; trong đó: hoàn thành xuất sắc nhiệm vụ 20 đồng chí, hoàn thành "
     "tốt nhiệm vụ 100 đồng chí, hoàn thành nhiệm vụ 25 đồng chí, không hoàn thành nhiệm vụ 3 đồng chí.", "warning"),
    ("Tổng số đảng viên được đánh giá là 150 đồng chí; trong đó: hoàn thành xuất sắc nhiệm vụ 20 đồng chí, hoàn thành "
     "tốt nhiệm vụ 100 đồng chí, hoàn thành nhiệm vụ 35 đồng chí.", "error"),
)


@pytest.mark.parametrize("text", TOP_LEVELS_SILENT)
def test_top_levels_picked_out_are_no_breakdown(text):
    assert _alarms(text, "sum-mismatch") == []


@pytest.mark.parametrize("text,severity", FULL_LEVELS_FLAGGED)
def test_full_levels_after_of_which_still_add_up(text, severity):
    assert [s for _, s in _alarms(text, "sum-mismatch")] == [severity]
