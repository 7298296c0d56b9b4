"""The target detail of the entities panel shows the comparison the text states: "trên 85%" is "> 85%", not the
"≥ 85%" the verdict reads it as; "từ … trở lên" is "≥", "không quá" / "tối đa" is "≤", "dưới" is "<"; a bare plan
("kế hoạch 40 tỷ đồng") gets no sign at all."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.gui.entities_panel import EntitiesPanel, target_verdicts

HEAD = "ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN 3\n*\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nI. KẾT QUẢ\n"


def target_details(qtbot, sentence: str, head: str = HEAD) -> list[str]:
    """The "Chi tiết" column of the panel's target rows, as the user sees it."""
    analysis = analyze(head + sentence + "\n")
    panel = EntitiesPanel()
    qtbot.addWidget(panel)
    panel.set_entities(analysis.entities, target_verdicts(analysis.structure))
    group = panel.groups["target"]
    return [group.child(i).text(1) for i in range(group.childCount())]


@pytest.mark.parametrize("sentence, shown", [
    # trên → >
    ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 88% (chỉ tiêu trên 85%).", "Chỉ tiêu: > 85%"),
    ("Tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 93,5% (kế hoạch trên 90%).", "Chỉ tiêu: > 90%"),
    ("Tỷ lệ thu gom rác thải sinh hoạt đạt 81% (mục tiêu trên 80%).", "Chỉ tiêu: > 80%"),
    # từ … trở lên → ≥
    ("Phấn đấu tỷ lệ trẻ em được tiêm chủng đầy đủ từ 95% trở lên; thực hiện đạt 96%.", "Chỉ tiêu: ≥ 95%"),
    ("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 92% (chỉ tiêu từ 90% trở lên).", "Chỉ tiêu: ≥ 90%"),
    ("Kết nạp 12 đảng viên mới (chỉ tiêu từ 10 đảng viên trở lên).", "Chỉ tiêu: ≥ 10"),
    # không quá / tối đa → ≤
    ("Tỷ lệ nợ xấu của quỹ tín dụng ở mức 1,5% (chỉ tiêu không quá 2%).", "Chỉ tiêu: ≤ 2%"),
    ("Tỷ lệ hộ nghèo cuối năm còn 1,2% (kế hoạch tối đa 1,5%).", "Chỉ tiêu: ≤ 1,5%"),
    ("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi còn 9,8% (mục tiêu không quá 10%).", "Chỉ tiêu: ≤ 10%"),
    # dưới → <
    ("Tỷ lệ hộ nghèo cuối năm còn 1,8% (chỉ tiêu dưới 2%).", "Chỉ tiêu: < 2%"),
    ("Tỷ lệ học sinh bỏ học còn 0,3% (kế hoạch dưới 0,5%).", "Chỉ tiêu: < 0,5%"),
    ("Tỷ lệ lao động thất nghiệp ở mức 2,6% (mục tiêu dưới 3%).", "Chỉ tiêu: < 3%"),
])
def test_the_target_shows_the_comparison_its_words_state(qtbot, sentence, shown):
    details = target_details(qtbot, sentence)
    assert any(d.startswith(shown + " ") or d == shown for d in details), details


@pytest.mark.parametrize("sentence, shown", [
    # near-misses: a bare plan or target states no comparison, so none is shown (it is read as "at least" to judge it)
    ("Thu ngân sách trên địa bàn đạt 45 tỷ đồng (kế hoạch 40 tỷ đồng).", "Chỉ tiêu: 40 tỷ đồng"),
    ("Trồng mới 130 ha rừng tập trung (chỉ tiêu 120 ha).", "Chỉ tiêu: 120"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94% (kế hoạch 92%).", "Chỉ tiêu: 92%"),
])
def test_a_bare_target_gets_no_sign(qtbot, sentence, shown):
    details = target_details(qtbot, sentence)
    assert any(d.startswith(shown) for d in details), details
    assert not any(sign in d for d in details for sign in "≥≤<>"), details
