"""The "Tóm tắt" panel shows a vote's or an election's share as the minutes print it and — where a finding says the
arithmetic disputes it — the computed value beside it, marked "tính lại: …" and in the alarm colour, as it does for a
target's share (core.shares.vote_shares, the same values the summary shows)."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.shares import vote_shares
from minutes_app.gui.outline_panel import SHORTFALL_COLOUR, OutlinePanel

from .conftest import wait_analysis

MINUTES = ("ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN 3\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\n"
           "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n\nThời gian: 19 giờ 00 phút, ngày 12/10/2025.\n"
           "Địa điểm: Nhà văn hóa thôn 3.\nChủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ.\nThư ký: đồng chí Mai Thị Lan.\n"
           "Có mặt: 17/17 đảng viên.\n{}\nHội nghị kết thúc lúc 21 giờ 00 phút cùng ngày.\n")

DISPUTED = [
    ("Chi bộ biểu quyết thông qua nghị quyết tháng 10: 16/17 đồng chí tán thành, đạt 75,5%.",
     "tán thành 16/17 (75,5%) (tính lại: 94,1%)"),
    ("Bầu Bí thư chi bộ: đồng chí Lê Văn Hòa được 12/17 phiếu, đạt 80,6%.", "tán thành 12/17 (80,6%) (tính lại: 70,6%)"),
    ("Thông qua quy chế làm việc với 15/17 đảng viên có mặt tán thành (tỷ lệ 60%).",
     "tán thành 15/17 (60%) (tính lại: 88%)"),
]
AGREED = [  # near-misses: a share the arithmetic bears out is shown as printed, unmarked
    ("Biểu quyết thông qua kế hoạch năm 2026: 16/17 đồng chí tán thành, đạt 94,1%.", "tán thành 16/17 (94,1%)"),
    ("Bầu Phó Bí thư chi bộ: đồng chí Mai Thị Lan được 15/17 phiếu, đạt 88,2%.", "tán thành 15/17 (88,2%)"),
    ("Thông qua kế hoạch trồng cây với 17/17 đảng viên có mặt tán thành (tỷ lệ 100%).", "tán thành 17/17 (100%)"),
]


def _decision(panel: OutlinePanel):
    group = panel.groups["Biểu quyết và quyết định"]
    assert group.childCount() == 1, [group.child(i).text(1) for i in range(group.childCount())]
    return group.child(0)


@pytest.mark.parametrize(("body", "said"), DISPUTED + AGREED)
def test_the_outline_shows_a_vote_s_printed_share_and_the_value_a_finding_computes(body, said, qtbot):
    analysis = analyze(MINUTES.format(body))
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analysis.structure, votes=vote_shares(analysis))
    entry = _decision(panel)
    assert said in entry.text(1), entry.text(1)
    marked = "tính lại" in said
    assert ("tính lại" in entry.text(1)) == marked
    assert (entry.foreground(1).color() == SHORTFALL_COLOUR) == marked


def test_the_window_gives_the_outline_the_vote_shares(qtbot, window):
    window.editor.setPlainText(MINUTES.format(DISPUTED[0][0]))
    wait_analysis(qtbot, window)
    entry = _decision(window.outline_panel)
    assert DISPUTED[0][1] in entry.text(1), entry.text(1)
    assert "Văn bản ghi 75,5%" in entry.toolTip(1)
