"""Figure rows of round 14 (engineer s18): what an assigned task sets out to do is told with the task.

- a number inside a task that names who does it ("Phòng Kinh tế tham mưu … chuyển đổi 120 ha đất lúa …", "Đoàn Thanh niên
  duy trì tổ công nghệ số tại 12 khu phố") is no fact of the period: the summary's tasks section shows it (gold noise of
  blind2 and blind5); a task nobody is named for, and the facts before the task list, keep their rows.

Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

REPORT = ("ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ THÔN ĐÔNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 15 tháng 11 năm 2025\n\n"
          "BÁO CÁO\nKết quả công tác tháng 11 năm 2025\n\nI. KẾT QUẢ\nTrong tháng, chi bộ thu quỹ khuyến học 12 triệu đồng.\n"
          "II. NHIỆM VỤ THÁNG 12\n")


def rows(tasks: str) -> list[str]:
    return [row.value for row in chosen_figures(analyze(REPORT + tasks + "\n"))[0]]


@pytest.mark.parametrize("tasks", [
    "1. Phòng Kinh tế tham mưu xây dựng kế hoạch chuyển đổi 80 ha đất lúa kém hiệu quả, trình UBND xã trong tháng 12/2025.",
    "1. Đoàn Thanh niên duy trì tổ công nghệ số cộng đồng tại 9 thôn, báo cáo kết quả trước ngày 20/12/2025.",
    "1. Hội Nông dân phối hợp Hợp tác xã tiêu thụ 35 tấn bưởi cho hội viên, xong trước ngày 25/12/2025.",
])
def test_a_task_s_own_numbers_are_no_rows(tasks):
    assert rows(tasks) == ["12 triệu đồng"]


def test_the_facts_before_the_task_list_stay():
    assert rows("1. Tổng kết công tác năm 2025.") == ["12 triệu đồng"]
