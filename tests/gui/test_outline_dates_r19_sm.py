"""The "Tóm tắt" panel dates a news item the day it was posted and its meeting the day the item tells (issue 18: an
item headed 25/04/2023 about a meeting "Chiều 24/4" showed "Ngày 24/04/2023" as the document's date).

Every text here was written for this file."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.gui.outline_panel import OutlinePanel

NEWS = "Hội nghị sơ kết công tác thi đua của Cụm số 3\n{dateline}\n{lead}, Cụm thi đua số 3 tổ chức hội nghị sơ kết " \
       "6 tháng đầu năm 2024. Đồng chí Trần Văn Hòa, Cụm trưởng chủ trì hội nghị.\n"


def _dates(qtbot, text: str) -> tuple[str, str]:
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analyze(text).structure)

    def entry(group: str) -> str:
        item = panel.groups[group]
        return next(item.child(i).text(1) for i in range(item.childCount()) if item.child(i).text(0) == "Ngày")
    return entry("Văn bản"), entry("Cuộc họp")


@pytest.mark.parametrize(("dateline", "lead", "posted", "met"), [
    ("18/06/2024", "Chiều 17/6", "18/06/2024", "17/06/2024"),
    ("03/01/2025 07:30", "Sáng 30/12", "03/01/2025", "30/12/2024"),
    ("17/06/2024", "Sáng 17/6", "17/06/2024", "17/06/2024"),
])
def test_a_news_item_is_dated_the_day_it_was_posted(qtbot, dateline, lead, posted, met):
    assert _dates(qtbot, NEWS.format(dateline=dateline, lead=lead)) == (posted, met)
