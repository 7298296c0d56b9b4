"""Issue 18: the "Tóm tắt" panel shows a target's share as the text prints it — the same value the summary's target
table shows — and, where a finding says it is wrong, the computed value beside it, marked "tính lại: …" and in the
alarm colour; never the computed value in its place."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.shares import target_shares
from minutes_app.gui.outline_panel import SHORTFALL_COLOUR, OutlinePanel

from ..export.test_summary_shares import REPORT, SHARES
from .conftest import wait_analysis


def _target_entry(panel: OutlinePanel):
    group = panel.groups["Chỉ tiêu"]
    assert group.childCount() == 1, [group.child(i).text(1) for i in range(group.childCount())]
    return group.child(0)


@pytest.mark.parametrize("sentence, ratio, note, never", SHARES)
def test_the_outline_shows_the_printed_share(sentence, ratio, note, never, qtbot):
    analysis = analyze(REPORT + sentence + "\n")
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analysis.structure, target_shares(analysis))
    shown = _target_entry(panel).text(1)
    assert note in shown, shown
    assert never not in shown, shown
    marked = "tính lại" in ratio
    if marked:  # "72,5% (tính lại: 75,0%)": the mark the summary's Tỷ lệ column carries
        assert shown.endswith(ratio[ratio.index("("):]), shown
    assert (_target_entry(panel).foreground(1).color() == SHORTFALL_COLOUR) == marked


def test_the_window_gives_the_outline_the_printed_share(qtbot, window):
    window.editor.setPlainText(REPORT + "Kiểm tra được 14/24 đảng viên, đạt 56,2% kế hoạch năm.\n")
    wait_analysis(qtbot, window)
    shown = _target_entry(window.outline_panel).text(1)
    assert "tiến độ 56,2% kế hoạch năm (tính lại: 58,3%)" in shown, shown
    assert "Văn bản ghi 56,2%" in _target_entry(window.outline_panel).toolTip(1)
