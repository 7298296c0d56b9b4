"""A target's result is the one the quantity layer reads against the plan, not the first figure of the line
(seen driving the editor: "diện tích lúa đạt 320 ha, kết nạp 5 đảng viên trên chỉ tiêu 4" showed 320 of 4)."""

import pytest

from minutes_app.core.engine import analyze


@pytest.mark.parametrize("text, target, result, name", [
    ("Tình hình an ninh ổn định; diện tích lúa đạt 320 ha, kết nạp 5 đảng viên trên chỉ tiêu 4, đạt 125%.", 4, 5,
     "Kết nạp"),
    ("Xã trồng 320 ha lúa, kết nạp 5 đảng viên trên chỉ tiêu 4, đạt 125%.", 4, 5, "Kết nạp"),
    ("Sản lượng thủy sản đạt 1.250 tấn, giải quyết việc làm cho 320 lao động trên chỉ tiêu 300, đạt 106,7%.", 300, 320,
     "Giải quyết việc làm"),
])
def test_the_layers_pair_of_a_plan_is_the_target(text, target, result, name):
    (found,) = analyze(text).structure.targets
    assert (found.target, found.result) == (target, result)
    assert found.name.startswith(name), found.name


@pytest.mark.parametrize("text, target, result", [
    ("Trồng cây phân tán: kế hoạch giao 1.200 cây, thực hiện 1.250 cây.", 1200, 1250),
    ("Tổng thu ngân sách trên địa bàn, ước đạt 12 tỷ đồng trên dự toán 10 tỷ đồng, đạt 120%.", 10, 12),
    ("Tỷ lệ hộ nghèo còn 2,1%, chỉ tiêu dưới 3%.", 3, 2.1),
])
def test_a_line_with_one_plan_and_result_is_read_as_before(text, target, result):
    (found,) = analyze(text).structure.targets
    assert (found.target, found.result) == (target, result)


def _meeting_date(body: str) -> str | None:
    meeting = analyze("Xã An Phú tổ chức hội nghị sơ kết\n" + body).structure.meeting
    return meeting.date.value if meeting and meeting.date else None


@pytest.mark.parametrize("body, date", [
    # with no dateline, a deadline later than every other year is a horizon, not when the meeting sat
    ("Sáng 9/9, huyện tổ chức hội nghị triển khai kế hoạch năm 2025 về xây dựng hạ tầng đến năm 2030.", "2025-09-09"),
    ("Chiều 14/4, Ban Thường vụ họp về kế hoạch năm 2024 và lộ trình cấm xe máy trong nội thành đến năm 2030.",
     "2024-04-14"),
    ("Sáng 2/10, xã tổ chức hội nghị về chương trình năm 2023, phấn đấu tới năm 2030 có 100% đường bê tông.",
     "2023-10-02"),
    # not a deadline: the end of a span, and "so far"
    ("Chiều 5/6, Hội Nông dân huyện tổ chức hội nghị sơ kết. Từ năm 2020 đến năm 2024, toàn huyện có 1.200 hộ đạt "
     "danh hiệu sản xuất giỏi.", "2024-06-05"),
    ("Sáng 20/11, Đảng ủy xã tổ chức hội nghị. Tính đến năm 2024, xã có 3 chi bộ; năm 2022 xã có 2 chi bộ.", "2024-11-20"),
])
def test_a_news_year_is_not_a_deadline(body, date):
    assert _meeting_date(body) == date
