"""The "Tóm tắt" panel: the document's parts as read, each entry clickable to its text, and
what the minutes lack shown as missing."""

from __future__ import annotations

from pathlib import Path

from minutes_app.core.engine import analyze
from minutes_app.gui.outline_panel import MISSING, SPAN_ROLE, OutlinePanel

from .conftest import ROOT, wait_analysis

BIEN_BAN = ROOT / "tests" / "corpus" / "bien_ban_05_chi_bo_tai_nguyen.txt"


def _open(qtbot, window, path: Path):
    window.editor.setPlainText(path.read_text(encoding="utf-8"))
    return wait_analysis(qtbot, window)


def _entry(panel: OutlinePanel, group: str, label: str):
    item = panel.groups[group]
    return next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == label)


def test_click_on_an_entry_selects_its_text(qtbot, window):
    """Secretary, a vote and a task: each click selects exactly the text it was read from."""
    analysis = _open(qtbot, window, BIEN_BAN)
    panel = window.outline_panel
    secretary = _entry(panel, "Cuộc họp", "Thư ký")
    assert secretary.text(1) == "Tống Văn Lợi"
    panel.tree.itemClicked.emit(secretary, 0)
    assert window.editor.textCursor().selectedText() == "Tống Văn Lợi"
    vote = _entry(panel, "Biểu quyết và quyết định", "Nghị quyết")  # a resolution adopted, with its count
    assert "7/10" in vote.text(1)
    panel.tree.itemClicked.emit(vote, 0)
    start, end = vote.data(0, SPAN_ROLE)
    assert window.editor.textCursor().selectionStart() == start
    assert "Tán thành" in analysis.text[start:end]
    tasks = panel.groups["Nhiệm vụ"]
    assert tasks.childCount() >= 1
    panel.tree.itemClicked.emit(tasks.child(0), 0)
    assert "hồ sơ tồn đọng" in window.editor.textCursor().selectedText()


def test_missing_fields_are_shown_as_missing(qtbot):
    """Minutes without a secretary, a closing time or a vote base say so."""
    text = ("ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN 3\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\n"
            "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n\n"
            "Thời gian: 19 giờ 00 phút, ngày 12/10/2025.\nĐịa điểm: Nhà văn hóa thôn 3.\n"
            "Chủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ.\n"
            "Chi bộ biểu quyết thông qua nghị quyết tháng 10/2025:\n- Tán thành: 12 đồng chí;\n"
            "- Không tán thành: 0.\n")
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analyze(text).structure)
    assert _entry(panel, "Cuộc họp", "Thư ký").text(1) == MISSING
    assert _entry(panel, "Cuộc họp", "Kết thúc").text(1) == MISSING
    vote = _entry(panel, "Biểu quyết và quyết định", "Nghị quyết")
    assert vote.child(0).text(0) == "Cơ sở" and vote.child(0).text(1) == MISSING
    with qtbot.assertNotEmitted(panel.span_requested):
        panel.tree.itemClicked.emit(_entry(panel, "Cuộc họp", "Thư ký"), 0)  # nothing to select


def test_panel_follows_each_analysis(qtbot, window):
    """A new analysis replaces the outline (here: a news item after a biên bản)."""
    _open(qtbot, window, BIEN_BAN)
    assert "Thành phần" in window.outline_panel.groups
    _open(qtbot, window, ROOT / "tests" / "corpus" / "tin_hoi_nghi_01_son_ha_so_ket.txt")
    panel = window.outline_panel
    assert _entry(panel, "Văn bản", "Loại").text(1) == "Tin hội nghị"
    chairs = [c.text(1) for c in panel.entries() if c.text(0) == "Chủ trì"]
    assert "Đinh Văn Quyết" in chairs
    assert not window.analysis.structure.decisions
    assert "Biểu quyết và quyết định" not in panel.groups  # no vote in the news: no empty heading either


def test_screenshot_of_the_panel(qtbot, window, tmp_path):
    """Rendered offscreen to a PNG (looked at while building)."""
    _open(qtbot, window, BIEN_BAN)
    window.outline_dock.raise_()
    window.outline_panel.resize(460, 720)
    path = tmp_path / "outline.png"
    assert window.outline_panel.grab().save(str(path))
    assert path.stat().st_size > 5000


def test_every_panel_can_be_closed_and_shown_again_from_the_view_menu(qtbot, window):
    from PySide6.QtWidgets import QMenu

    view_actions = {a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    for dock in (window.findings_dock, window.entities_dock, window.outline_dock):
        assert dock.toggleViewAction() in view_actions
        dock.close()
        assert not dock.isVisible()
        dock.toggleViewAction().trigger()
        assert dock.isVisible()


def test_a_template_field_is_shown_as_to_fill_in(qtbot):
    """«địa điểm» left as the template wrote it is a field to fill, not the meeting's place."""
    from minutes_app.gui.outline_panel import UNFILLED

    text = ("ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN 3\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\n"
            "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n\n"
            "Thời gian: 19 giờ 00 phút, ngày 12/10/2025.\nĐịa điểm: «địa điểm».\n"
            "Chủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ.\n")
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analyze(text).structure)
    place = _entry(panel, "Cuộc họp", "Địa điểm")
    assert place.text(1) == UNFILLED
    assert place.data(0, SPAN_ROLE) is not None  # a click still shows the field


def test_the_information_panel_gives_a_target_the_summary_s_verdict(qtbot, window):
    """Mid-period progress is "tiến độ …" in both panels, not "chưa đạt" in one of them."""
    from .conftest import SEED_001, open_and_wait

    analysis = open_and_wait(qtbot, window, SEED_001)
    progress = [t for t in analysis.structure.targets if t.verdict == "tiến độ"]
    assert progress
    window.entities_dock.raise_()  # its tab chosen: the panel is filled while it can be seen
    group = window.entities_panel.groups["target"]
    details = [group.child(i).text(1) for i in range(group.childCount())]
    outline = window.outline_panel.groups["Chỉ tiêu"]
    told = [outline.child(i).text(1).split(": ", 1)[1] for i in range(outline.childCount())]
    assert len(told) == len(progress) and all(t.startswith("tiến độ") for t in told), told
    for said in told:  # the outline's words, the share as the text prints it (issue 18), in the information panel
        assert any(said in d for d in details), (said, details)
    assert not any("chưa đạt" in d for d in details)


def test_a_target_s_level_is_shown_with_the_comparison_the_text_states(qtbot):
    """"dưới 2%" is "< 2%", "trên 85%" "> 85%", "không quá 4 vụ" "≤ 4", "từ 2 … trở lên" "≥ 2"; a bare plan
    ("kế hoạch 12 triệu đồng") has no sign: the outline reads as the báo cáo does."""
    text = ("ĐẢNG BỘ XÃ HÒA BÌNH\nCHI BỘ THÔN ĐÔNG\n*\nHòa Bình, ngày 05 tháng 12 năm 2026\nBÁO CÁO\n"
            "kết quả thực hiện chỉ tiêu năm 2026\n"
            "1. Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 88,2% (chỉ tiêu trên 85%), đạt chỉ tiêu.\n"
            "2. Tỷ lệ hộ nghèo giảm còn 1,6% (chỉ tiêu dưới 2%), đạt.\n"
            "3. Số vụ vi phạm an ninh trật tự 3 vụ (chỉ tiêu không quá 4 vụ), đạt.\n"
            "4. Kết nạp 3 đảng viên mới, chỉ tiêu từ 2 đảng viên trở lên, vượt chỉ tiêu.\n"
            "5. Thu quỹ đảng 12,5 triệu đồng, kế hoạch 12 triệu đồng, đạt 104,2%.\n")
    analysis = analyze(text)
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analysis.structure)
    group = panel.groups["Chỉ tiêu"]
    shown = [group.child(i).text(1) for i in range(group.childCount())]
    # (item 1 says "đạt chỉ tiêu" itself: the verdict as the document judges it, round 14)
    assert shown == ["88,2% / > 85%: đạt", "1,6% / < 2%: đạt", "3 / ≤ 4: đạt", "3 / ≥ 2: vượt", "12,5 / 12: vượt"], shown


def test_a_day_without_its_year_is_shown_as_written(qtbot):
    """"vào lúc 8 giờ ngày 14/10" in minutes that give no year: the day and month, and that the year is missing."""
    text = ("CHI BỘ THÔN ĐÔNG HẠ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nBIÊN BẢN\nHỘI NGHỊ CHI BỘ LẦN THỨ 5\n"
            "Vào lúc 8 giờ ngày 14/10, tại hội trường Đảng ủy xã, Chi bộ họp hội nghị lần thứ 5.\n"
            "Chủ trì: đồng chí Lê Văn Hòa, Bí thư Chi bộ.\n")
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_structure(analyze(text).structure)
    day = _entry(panel, "Cuộc họp", "Ngày")
    assert day.text(1) == "14/10 (không ghi năm)"
    start, end = day.data(0, SPAN_ROLE)
    assert text[start:end] == "14/10"
