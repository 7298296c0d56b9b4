"""Round 19 (engineer tt): the heading over a list of tasks, read by its shape, in minutes of our own.

- "III. CÔNG VIỆC THÁNG 3/2026": the work of a named period heads tasks as "NHIỆM VỤ THÁNG …" and "KẾ HOẠCH THÁNG …" do;
- a plain line with no mark, no colon and no closing stop that holds the words of a task heading and has a list item
  under it ("Những việc cần làm trong quý IV/2024") heads that list as a heading would.
Near misses: a heading of results ("Kết quả thực hiện nhiệm vụ tháng 9"), a lead of targets ("Các chỉ tiêu chủ yếu năm
2027"), such a line over prose rather than list items.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

MINUTES = ("ĐẢNG BỘ PHƯỜNG AN KHÁNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHU PHỐ 4\n*\tAn Khánh, ngày 10 tháng 10 năm 2026\n"
           "Số 12-BB/CB\nBIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2026\n"
           "Thời gian: 19 giờ 00 phút, ngày 10/10/2026.\nĐịa điểm: Nhà văn hóa khu phố 4.\n"
           "Chủ trì: đồng chí Mai Văn Thành, Bí thư chi bộ. Thư ký: đồng chí Lâm Thị Hạnh.\n"
           "Tổng số đảng viên: 21 đồng chí; có mặt: 20 đồng chí; vắng: 01 đồng chí (đi công tác).\n"
           "Chi bộ đánh giá tháng 9 các tổ tự quản duy trì tốt vệ sinh môi trường, an ninh trật tự ổn định.\n"
           "{}\n"
           "- Tổ dân phố 4 ra quân phát quang, khơi thông cống rãnh các hẻm 8, 10; xong trước ngày 20/10/2026.\n"
           "- Chi hội Phụ nữ vận động hội viên đóng góp quỹ khuyến học trong tháng 10.\n"
           "- Tiếp tục theo dõi, giúp đỡ quần chúng ưu tú Đỗ Thị Ngân hoàn thiện hồ sơ.\n"
           "Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày.\n"
           "THƯ KÝ\tT/M CHI BỘ\n\tBÍ THƯ\nLâm Thị Hạnh\tMai Văn Thành\n")


def _tasks(heading: str):
    return [t.text.value for t in analyze(MINUTES.format(heading)).structure.tasks]


@pytest.mark.parametrize("heading", [
    "III. CÔNG VIỆC THÁNG 10/2026",
    "II. CÔNG VIỆC QUÝ IV NĂM 2026",
    "3. Công việc tháng 10 năm 2026",
    "Những việc cần làm trong tháng 10/2026",
    "Nhiệm vụ tháng 10 năm 2026",
    "Phương hướng, nhiệm vụ quý IV/2026",
])
def test_the_list_under_a_task_heading_is_read_as_tasks(heading):
    tasks = _tasks(heading)
    assert any(t.startswith("ra quân phát quang") for t in tasks), tasks
    assert any(t.startswith("vận động hội viên") for t in tasks), tasks
    assert any(t.startswith("Tiếp tục theo dõi") for t in tasks), tasks


@pytest.mark.parametrize("heading", [
    "Kết quả thực hiện nhiệm vụ tháng 9 năm 2026",
    "Các chỉ tiêu chủ yếu năm 2027",
    "Tình hình thực hiện công việc tháng 9",
])
def test_a_heading_of_results_or_targets_heads_no_tasks(heading):
    assert not any(t.startswith("Tiếp tục theo dõi") for t in _tasks(heading))


def test_a_plain_line_over_prose_heads_nothing():
    text = MINUTES.replace("{}\n- ", "Những việc cần làm trong tháng 10/2026\nChi bộ thống nhất ").format("")
    assert not any(t.startswith("Tiếp tục theo dõi") for t in
                   [t.text.value for t in analyze(text).structure.tasks])
