"""Round 19 (engineer tt): when a task is due, read by its shape — an opener and a time — in sentences of our own.

The shapes, gathered over every dev structure set (report of round 19): a day in the ways minutes write it after an
opener ("trước ngày 20-10-2026", "đến 30/9/2026", "chậm nhất vào ngày 15/11/2026", "trước ngày 25 hằng tháng"), the
period the meeting is in ("xong trong tháng", "trong tuần"), the day or month it is done on ("vào ngày 12/10/2026",
"vào Chủ nhật 18/10/2026", "vào tháng 11/2026"), the start of a period ("ngay từ đầu năm học mới"), the end told by its
event ("trước khi kết thúc năm 2026"), and a label ("thời hạn: tuần đầu tháng 10/2026", "; hạn 30/10/2026").
Near misses: a start told by its date alone ("triển khai từ ngày 05/10/2026", gold authors split 4 to 3), the period of
a level striven for ("phấn đấu đạt 95% vào cuối năm"), a span reaching today ("từ năm 2024 đến nay") and "hạn chế".
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

RESOLUTION = ("ĐẢNG BỘ XÃ TÂN LẬP\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN HÒA BÌNH\n*\tTân Lập, ngày 02 tháng 10 năm 2026\n"
              "Số 10-NQ/CB\nNGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ tháng 10 năm 2026\n"
              "- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 01/10/2026,\nCHI BỘ THÔN HÒA BÌNH QUYẾT NGHỊ\n"
              "I. NHIỆM VỤ THÁNG 10/2026\n- {}\n"
              "T/M CHI BỘ\nBÍ THƯ\nĐinh Văn Lộc\n")


def _deadline(item: str):
    tasks = analyze(RESOLUTION.format(item)).structure.tasks
    assert tasks, item
    return tasks[0].deadline.value if tasks[0].deadline is not None else None


@pytest.mark.parametrize("item, deadline", [
    # a day written with dashes, bare after "đến", or recurring
    ("Ban công tác Mặt trận thôn tổng hợp danh sách hộ khó khăn, xong trước ngày 20-10-2026.", "trước ngày 20-10-2026"),
    ("Tổ hòa giải rà soát các vụ việc tranh chấp đất đai, báo cáo chi ủy trước ngày 5-11-2026.", "trước ngày 5-11-2026"),
    ("Chi hội Nông dân vận động hội viên nộp quỹ hội đến 30/10/2026.", "đến 30/10/2026"),
    ("Chi đoàn thanh niên ra quân phát quang đường làng, hoàn thành đến 25/10/2026.", "đến 25/10/2026"),
    ("Các tổ đảng tổ chức sinh hoạt chuyên đề quý IV chậm nhất vào ngày 15/11/2026.", "chậm nhất vào ngày 15/11/2026"),
    ("Đồng chí Phó Bí thư chi bộ tổng hợp tình hình đảng viên, báo cáo chi ủy trước ngày 25 hằng tháng.",
     "trước ngày 25 hằng tháng"),
    # the period the meeting is in, closed by the clause
    ("Trưởng thôn đôn đốc các hộ còn nợ quỹ đường giao thông nông thôn nộp đủ; xong trong tháng.", "trong tháng"),
    ("Tổ an ninh thôn kiểm tra các điểm tụ tập thanh thiếu niên, báo cáo chi ủy trong tuần.", "trong tuần"),
    ("Chi hội Cựu chiến binh vận động hội viên đăng ký mô hình vườn mẫu trong năm học.", "trong năm học"),
    # the day or the month it is done on
    ("Đoàn viên thanh niên ra quân dọn vệ sinh kênh mương nội đồng vào Chủ nhật 18/10/2026.", "vào Chủ nhật 18/10/2026"),
    ("Chi hội Phụ nữ tổ chức tọa đàm về bình đẳng giới vào ngày 20/10/2026.", "vào ngày 20/10/2026"),
    ("Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc vào tháng 11/2026.", "vào tháng 11/2026"),
    # the start of a period, the end told by its event
    ("Chi bộ nhà trường lập nhóm liên lạc với phụ huynh ngay từ đầu năm học mới.", "ngay từ đầu năm học mới"),
    ("Ban phát triển thôn triển khai kế hoạch làm đường nội đồng ngay từ đầu năm 2027.", "ngay từ đầu năm 2027"),
    ("Tổ thủy nông hoàn thành nạo vét 2 km kênh tưới trước khi kết thúc năm 2026.", "trước khi kết thúc năm 2026"),
    ("Ban quản lý nhà văn hóa hoàn thành sửa chữa mái tôn trước khi kết thúc quý IV/2026.",
     "trước khi kết thúc quý IV/2026"),
    # the deadline told by its label
    ("Văn phòng chi bộ tham mưu tổ chức sơ kết 9 tháng; thời hạn: tuần đầu tháng 10/2026.", "tuần đầu tháng 10/2026"),
    ("Chi ủy xây dựng kế hoạch bồi dưỡng quần chúng ưu tú; hạn 30/10/2026.", "30/10/2026"),
    ("Tổ dân vận rà soát hộ chưa tham gia bảo hiểm y tế (hạn 15/11/2026).", "15/11/2026"),
])
def test_a_deadline_is_read_by_its_opener_and_its_time(item, deadline):
    assert _deadline(item) == deadline


@pytest.mark.parametrize("item", [
    # a start told by its date alone: gold authors split, left out
    "Chi đoàn thanh niên tổ chức sinh hoạt hè cho thiếu nhi từ ngày 05/10/2026.",
    "Công an viên thôn xây dựng phương án phòng chống cháy nổ, triển khai từ ngày 15/10/2026.",
    "Tổ hòa giải tiếp tục nắm tình hình tranh chấp từ năm 2024 đến nay, tổng hợp đầy đủ.",
    # the period of a level striven for, not when the task is due
    "Trưởng các xóm vận động nhân dân tham gia bảo hiểm y tế, phấn đấu đạt 95% vào cuối năm.",
    "Chi hội Nông dân vận động hội viên gửi tiết kiệm, phấn đấu đạt 120 triệu đồng vào cuối năm.",
    # the end of a period "từ … đến …" told by bare days
    "Chi đoàn thanh niên tổ chức giải bóng chuyền từ 10/10 đến 15/10/2026 tại sân nhà văn hóa.",
    # "hạn" inside a word or after "quá": no label
    "Tổ công tác khắc phục hạn chế 3/4 nội dung kiểm tra đã chỉ ra.",
    "Ban quản lý chợ thu hồi các khoản nợ quá hạn 30/9/2026 của tiểu thương.",
])
def test_near_misses_carry_no_deadline(item):
    assert _deadline(item) is None


# ------------------------------------------------------------- a time that is no deadline: a data cut-off, a past event


@pytest.mark.parametrize("item", [
    # the day the data is counted to
    "Chi hội Nông dân thống kê số hội viên vay vốn tính đến 30/9/2026, gửi chi ủy.",
    "Ban công tác Mặt trận tổng hợp số hộ nộp quỹ từ đầu năm đến 30/9/2026, gửi chi ủy.",
    "Tổ an ninh thôn báo cáo số vụ việc tính đến ngày 25/9/2026 để chi bộ nắm.",
    # something already done, or a day before the resolution's own
    "Chi ủy chỉ đạo khắc phục các tồn tại mà đoàn giám sát đã nêu vào tháng 8/2026.",
    "Các đoàn thể tổ chức quán triệt chỉ thị của Huyện ủy ban hành vào ngày 15/9/2026 đến toàn thể hội viên.",
    "Chi đoàn tiếp tục phát huy phong trào đã phát động vào ngày 26/3/2026.",
])
def test_a_cut_off_of_data_or_a_past_event_is_no_deadline(item):
    assert _deadline(item) is None


@pytest.mark.parametrize("item, deadline", [
    # near misses: a span from now, a day after the resolution's, a clause after the past one
    ("Chi đoàn thanh niên vận động đoàn viên nộp đoàn phí từ nay đến 30/10/2026.", "từ nay đến 30/10/2026"),
    ("Tổ hòa giải tổ chức đối thoại với các hộ vào ngày 15/10/2026.", "vào ngày 15/10/2026"),
    ("Chi ủy rà soát các kiến nghị đã tiếp nhận, trả lời cử tri vào tháng 11/2026.", "vào tháng 11/2026"),
])
def test_a_deadline_near_a_cut_off_or_a_past_event_stands(item, deadline):
    assert _deadline(item) == deadline
