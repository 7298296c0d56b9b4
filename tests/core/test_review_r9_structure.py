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


# A target's progress is rounded as the checks round (half up), with the project's number helper:
# 49 of 400 is 12,25 %, written 12,3 % by a clerk and by percent-mismatch; the model said 12,2 %.
@pytest.mark.parametrize("text", [
    "Quý I năm 2025, Chi bộ đã kiểm tra được 49/400 đảng viên theo kế hoạch năm.",
    "Trong quý I, các chi bộ đã kết nạp 49 đảng viên, kế hoạch năm là 400 đảng viên.",
    "Thu ngân sách quý I đạt 49 tỷ đồng, dự toán năm 400 tỷ đồng.",
])
def test_progress_is_rounded_half_up_as_the_checks_round(text):
    targets = analyze(text).structure.targets
    assert [t.progress for t in targets] == ["tiến độ 12,3% kế hoạch năm"]


def test_the_summary_numbers_are_written_the_vietnamese_way():
    from minutes_app.core.structure.content import _pct, _vn

    assert (_pct(12.25), _pct(25.96), _pct(100.0)) == ("12,3", "26", "100")
    assert (_vn(1254.6), _vn(2465.0), _vn(0.5)) == ("1.254,6", "2.465", "0,5")
