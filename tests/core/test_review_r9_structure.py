"""Review round 9: a photo's caption that a portal's table left a "|" after is no headline
(seed 002's summary was titled "TÓM TẮT TIN HỘI NGHỊ — Các đồng chí chủ trì Hội nghị. |")."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

LEAD = ("Sáng 12/3, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy Tân Lạc tổ chức Hội nghị sơ kết "
        "công tác xây dựng Đảng quý I năm 2025 với 38 tổ chức cơ sở đảng tham dự.")
BODY = "Hội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm của quý II và giao cho các chi bộ triển khai."


@pytest.mark.parametrize("caption", [
    "Các đồng chí chủ trì Hội nghị. |",
    "Quang cảnh hội nghị sơ kết tại hội trường. |",
    "Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo. | ",
])
def test_a_caption_with_a_portal_separator_is_not_the_headline(caption):
    analysis = analyze(f"|\n{caption}\n{LEAD}\n{BODY}\n")
    news = analysis.structure.news
    assert news.headline is None or "|" not in news.headline.value, news.headline
    assert news.lead is not None and news.lead.value.startswith("Sáng 12/3")


@pytest.mark.parametrize("headline", [
    "Huyện ủy Tân Lạc sơ kết công tác xây dựng Đảng quý I |",
    "Hội nghị sơ kết công tác xây dựng Đảng quý I năm 2025",
    "Tân Lạc: Sơ kết công tác Đảng quý I/2025 |",
])
def test_a_headline_without_a_full_stop_stays_the_headline(headline):
    analysis = analyze(f"{headline}\n{LEAD}\n{BODY}\n")
    assert analysis.structure.news.headline is not None
    assert analysis.structure.news.headline.value.startswith(headline.split(" |")[0][:20])
