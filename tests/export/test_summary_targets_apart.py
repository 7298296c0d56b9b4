"""A table of targets none of which has a result yet (levels set for the period to come) ends with a line of its own:
in Word two tables with nothing between them are one table, and a biên bản's figures would run on as its rows."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.summary import build_summary

HEAD = ("ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ TRƯỜNG THCS HÒA AN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 05 tháng 11 năm 2026\n"
        "BIÊN BẢN\nSinh hoạt chi bộ chuyên đề quý IV năm 2026\nThời gian: 14h00 ngày 05/11/2026.\n"
        "Chi bộ có 15 đảng viên; có mặt 14 đồng chí, vắng 01 đồng chí.\n"
        "Năm học 2025-2026 nhà trường có 612 học sinh; tỷ lệ lên lớp thẳng 96,2%.\n")


def _between_tables(text: str) -> list[str]:
    """The paragraphs right after each table of the summary's body."""
    body = build_summary(analyze(text)).element.body
    children = list(body)
    after = []
    for element, following in zip(children, children[1:]):
        if element.tag.endswith("}tbl"):
            after.append(following.tag.rsplit("}", 1)[1] + ":" + "".join(following.itertext()))
    return after


@pytest.mark.parametrize(("targets", "said"), [
    ("Chi bộ thống nhất mục tiêu năm học 2026-2027:\n+ Tỷ lệ học sinh lên lớp thẳng từ 97% trở lên;\n"
     "+ Có ít nhất 15 giải học sinh giỏi cấp tỉnh.\n", "2 chỉ tiêu chưa có kết quả để đánh giá."),
    ("Chi bộ đề ra các chỉ tiêu chủ yếu năm 2027:\n- Kết nạp 02 đảng viên mới trở lên;\n"
     "- 100% đảng viên hoàn thành nhiệm vụ trở lên.\n", "chỉ tiêu chưa có kết quả để đánh giá."),
])
def test_future_targets_table_ends_with_a_line(targets, said):
    after = _between_tables(HEAD + targets)
    assert any(p.startswith("p:") and said in p for p in after)
    assert not any(p.startswith("tbl:") for p in after)  # no table right after another


def test_judged_targets_keep_their_tally():
    # near-miss: targets with results keep the tally "N chỉ tiêu: … đạt và vượt, … chưa đạt", no second line
    text = HEAD + "Kết quả: kết nạp 03 đảng viên mới, đạt 150% kế hoạch (kế hoạch 02 đảng viên).\n"
    after = _between_tables(text)
    assert any("1 chỉ tiêu: 1 đạt và vượt, 0 chưa đạt." in p for p in after)
    assert not any("chưa có kết quả để đánh giá" in p for p in after)
