"""Findings on other articles' headlines (the run under "Tin liên quan", "Xem thêm", "Bài viết liên quan") are dropped
by the run the news reader found, not by matching the web-debris finding's text again: a share button or a counter
just above the heading, or web-debris switched off, used to bring the findings on the headlines back."""

import pytest

from minutes_app.core.engine import analyze

LEAD = ("Huyện Tân Hòa kết nạp 86 đảng viên mới trong 6 tháng đầu năm\n"
        "Sáng 5/7, Huyện ủy Tân Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Trong 6 tháng, toàn huyện kết "
        "nạp 86 đảng viên mới, đạt 57,3% kế hoạch năm.\n")


def codes(text: str, disabled=frozenset()) -> list[str]:
    return [f.code for f in analyze(text, disabled=disabled).findings]


@pytest.mark.parametrize("links", [
    "Chia sẻ\nTin liên quan\nXã Tân Phú kết nạp 12 đảng viên mới, đạt 75,5% kế hoạch (9/12)\n",
    "Lượt xem: 1.245\nXem thêm\nCác chi bộ thôn tr iển khai nghị quyết\n",
    "In bài\nBài viết liên quan\nHuyện Tân Hòa kết nạp 120 đảng viên mới\nPhường An Lạc sơ kết 6 tháng\n",
])
def test_furniture_above_the_heading_keeps_the_headlines_silent(links):
    assert codes(LEAD + links) == ["web-debris"]


@pytest.mark.parametrize("links", [
    "Tin liên quan\nXã Tân Phú kết nạp 12 đảng viên mới, đạt 75,5% kế hoạch (9/12)\n",
    "Xem thêm\nCác chi bộ thôn tr iển khai nghị quyết\n",
    "Tin khác\nHuyện Tân Hòa kết nạp 120 đảng viên mới\n",
])
def test_the_headlines_are_no_text_of_the_document_with_web_debris_off(links):
    assert codes(LEAD + links, disabled=frozenset({"web-debris"})) == []


def test_the_articles_own_slip_below_the_furniture_is_still_found():
    text = LEAD + "Chia sẻ\nCác chi bộ đã tr iển khai nghị quyết kịp thời.\n" + "Tin liên quan\nXã Tân Phú sơ kết\n"
    assert "split-word" in codes(text)
    assert "split-word" in codes(text, disabled=frozenset({"web-debris"}))
