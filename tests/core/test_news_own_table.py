"""A news item's own table ("Nội dung | Người phụ trách | Thời gian", rows under it) is the article's, not the portal's
menu: web-debris never offers it for deletion. A portal's menu bar (one line of short labels) still is."""

import pytest

from minutes_app.core.engine import analyze

HEADLINE = "Chi bộ thôn Đồng Tâm họp bàn kế hoạch tháng 11\n"
LEAD = ("Sáng 3/11, Chi bộ thôn Đồng Tâm tổ chức sinh hoạt định kỳ để bàn kế hoạch tháng 11 và phân công nhiệm vụ "
        "cho từng đảng viên trong chi bộ.\n")


def offered(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.text[f.start:f.end] for f in analysis.findings if f.code == "web-debris"]


@pytest.mark.parametrize("table", [
    "Nội dung | Người phụ trách | Thời gian | Ghi chú\nThu quỹ đảng | Đồng chí Lan | Tháng 11 | Đúng hạn\n"
    "Dọn vệ sinh | Đồng chí Hùng | Tháng 11 | Cả thôn\n",
    "STT | Họ và tên | Chức vụ | Kết quả\n1 | Lê Thị Mai | Bí thư | Hoàn thành tốt\n2 | Vũ Văn Tiến | Phó Bí thư | Hoàn thành\n",
    "Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ\nKết nạp đảng viên\t5\t4\t80%\nThu quỹ (triệu đồng)\t12\t12\t100%\n",
])
def test_a_short_news_items_own_table_is_not_offered(table):
    text = HEADLINE + LEAD + table
    assert offered(text) == []
    assert table.splitlines()[0] not in [d.value for d in analyze(text).structure.news.debris]


@pytest.mark.parametrize("menu", [
    "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\n",
    "Trang chủ | Tin tức - Sự kiện | Hoạt động Đảng | Thông báo\n",
    "Giới thiệu\tTin tức\tVăn bản\tLiên hệ\n",
])
def test_a_portals_menu_bar_is_still_offered(menu):
    assert offered(menu + HEADLINE + LEAD) == [menu]


def test_a_menu_bar_over_an_item_with_a_table_is_offered_alone():
    menu = "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\n"
    table = "Nội dung | Người phụ trách | Thời gian | Ghi chú\nThu quỹ đảng | Đồng chí Lan | Tháng 11 | Đúng hạn\n"
    assert offered(menu + HEADLINE + LEAD + table) == [menu]
