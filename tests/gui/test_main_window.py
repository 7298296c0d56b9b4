"""The editor driven like a user would: open the seed, see the 62/80 finding, fix, undo, type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from minutes_app.gui.styles import KIND_COLORS, SEVERITY_COLORS

from .conftest import SEED_001, block_formats, open_and_wait, type_text, wait_analysis

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def percent_finding(findings):
    matches = [f for f in findings if f.code == "percent-mismatch" and f.text == "75,5%"]
    assert matches, f"no percent-mismatch on 75,5% among {[(f.code, f.text) for f in findings]}"
    return matches[0]


def underline_at(editor, offset: int):
    """The underline style and colour the highlighter drew at code-point ``offset`` (BMP text)."""
    block = editor.document().findBlock(offset)
    column = offset - block.position()
    for start, length, fmt in block_formats(editor, block.blockNumber()):
        if start <= column < start + length and fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
            return fmt.underlineStyle(), fmt.underlineColor().name()
    return None


def background_at(editor, offset: int):
    block = editor.document().findBlock(offset)
    column = offset - block.position()
    for start, length, fmt in block_formats(editor, block.blockNumber()):
        if start <= column < start + length and fmt.background().style() != Qt.BrushStyle.NoBrush:
            return fmt.background().color().name()
    return None


def test_seed_percent_mismatch_is_listed_and_underlined(qtbot, window):
    """Opening seed 001 lists 62/80 → 75,5% (should be 77,5%) and draws a red wavy underline."""
    analysis = open_and_wait(qtbot, window, SEED_001)
    finding = percent_finding(window.findings_panel.findings())
    assert finding.suggestion == "77,5%"
    assert finding in analysis.findings
    assert underline_at(window.editor, finding.start) == (WAVE, QColor(SEVERITY_COLORS["error"]).name())
    assert window.editor.document().isModified() is False
    assert "1 lỗi" in window.status_counts.text()


def test_fix_button_then_undo(qtbot, window):
    """“Sửa” writes 77,5% as one edit and the finding goes; one undo brings both back."""
    open_and_wait(qtbot, window, SEED_001)
    original = window.editor.text()
    finding = percent_finding(window.findings_panel.findings())
    qtbot.mouseClick(window.findings_panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.findings_panel.view.visualRect(
                         window.findings_panel.model.index(window.findings_panel.findings().index(finding))).center())
    assert window.findings_panel.current_finding() == finding
    assert window.editor.textCursor().selectedText() == "75,5%"  # the click showed it in the editor
    qtbot.mouseClick(window.findings_panel.fix_button, Qt.MouseButton.LeftButton)
    fixed = window.editor.text()
    assert fixed == original[:finding.start] + "77,5%" + original[finding.end:]
    wait_analysis(qtbot, window)
    assert not [f for f in window.findings_panel.findings() if f.code == "percent-mismatch" and f.text == "75,5%"]
    assert underline_at(window.editor, finding.start) is None

    window.actions["undo"].trigger()
    assert window.editor.text() == original
    wait_analysis(qtbot, window)
    assert percent_finding(window.findings_panel.findings()).suggestion == "77,5%"
    assert underline_at(window.editor, finding.start) is not None
    assert not window.editor.document().isUndoAvailable()  # the fix was exactly one step


def test_fix_link_in_the_list_is_one_click(qtbot, window):
    """Clicking “→ 77,5%” in the list row applies the fix directly."""
    open_and_wait(qtbot, window, SEED_001)
    panel = window.findings_panel
    finding = percent_finding(panel.findings())
    index = panel.model.index(panel.findings().index(finding))
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    panel.view.initViewItemOption(option)
    option.rect = panel.view.visualRect(index)
    rect = panel.delegate.fix_rect(option, index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "77,5%" in window.editor.text()[finding.start - 5:finding.end + 5]
    assert "75,5%" not in window.editor.text()


def test_typing_vietnamese_updates_highlights(qtbot, window):
    """Typed Vietnamese text is analysed after the pause and its figures get coloured."""
    open_and_wait(qtbot, window, SEED_001)
    # Seed 001 ends with its portal's furniture ("Check Also" and other articles' headlines), where a line typed
    # below is read as one more headline and left plain: the clerk deletes that tail first, with its finding's fix.
    tail = max((f for f in window.findings_panel.findings() if f.code == "web-debris"), key=lambda f: f.start)
    assert window.apply_fix(tail)
    wait_analysis(qtbot, window)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.setFocus()
    typed = "\nĐồng chí Bí thư cho biết đã kết nạp 35 đảng viên, đạt 87,5% kế hoạch năm."
    type_text(window.editor, typed)
    assert window.editor.text().endswith(typed)
    analysis = wait_analysis(qtbot, window)
    start = len(window.editor.text()) - len(typed) + typed.index("87,5%")
    figures = [e for e in analysis.entities if e.kind == "figure" and e.start <= start < e.end]
    assert figures, "the typed percentage is a figure"
    assert background_at(window.editor, start) == QColor(KIND_COLORS["figure"]).name()
    line, column = window.editor.cursor_line_column()
    assert line == window.editor.document().blockCount()
    assert column == len(typed.split("\n")[-1]) + 1
    assert window.isWindowModified()


def test_emoji_does_not_shift_highlights(qtbot, window):
    """An emoji (two UTF-16 units) before a figure leaves the figure's colour on the figure."""
    window.editor.set_text("Chào 😀😀 hội nghị: kết nạp 35 đảng viên, đạt 87,5% kế hoạch.")
    window.controller.request_now()
    analysis = wait_analysis(qtbot, window)
    figure = next(e for e in analysis.entities if e.text == "87,5%")
    qt_start = figure.start + 2  # two astral characters before it
    formats = block_formats(window.editor, 0)
    coloured = [(s, n) for s, n, f in formats if f.background().color().name() == QColor(KIND_COLORS["figure"]).name()]
    assert (qt_start, len("87,5%")) in coloured


def test_f7_steps_through_findings(qtbot, window):
    """F7 selects the next finding in the editor and in the list, wrapping at the end."""
    open_and_wait(qtbot, window, SEED_001)
    findings = window.visible_findings()
    assert findings
    first = window.step_finding(True)
    assert first == findings[0]
    assert window.editor.textCursor().selectedText() == first.text
    assert window.findings_panel.current_finding() == first
    seen = [first] + [window.step_finding(True) for _ in range(len(findings))]
    assert seen[-1] == findings[0]


def test_close_asks_about_unsaved_changes(qtbot, window, dialogs):
    """Closing a modified document asks; Cancel keeps the window and the text."""
    window.editor.set_text("Biên bản")
    type_text(window.editor, "x")
    dialogs.save_changes = "cancel"
    assert window.close() is False
    assert window.isVisible()
    assert ("ask_save_changes", "Văn bản mới") in dialogs.calls
    dialogs.save_changes = "discard"
    assert window.close() is True


def test_load_error_is_shown_and_nothing_is_lost(qtbot, window, dialogs, tmp_path):
    """A LoadError appears as a Vietnamese message; the open text stays untouched."""
    window.editor.set_text("Văn bản đang soạn")
    old_word = tmp_path / "bien_ban.doc"  # Word 97-2003: refused with a Vietnamese reason
    old_word.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert window.open_path(old_word) is False
    kind, title, text = dialogs.calls[-1]
    assert kind == "error" and ".doc" in text
    assert window.editor.text() == "Văn bản đang soạn"


def test_entities_click_cycles_through_mentions(qtbot, window):
    """An organisation mentioned four times: each click selects the next mention."""
    analysis = open_and_wait(qtbot, window, SEED_001)
    window.entities_dock.raise_()  # its tab chosen: the panel is filled while it can be seen
    group = window.entities_panel.groups["organization"]
    item = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == "Cụm II")
    mentions = [e for e in analysis.entities if e.kind == "organization" and e.text == "Cụm II"]
    assert len(mentions) >= 2
    starts = []
    for _ in range(len(mentions) + 1):
        window.entities_panel.tree.itemClicked.emit(item, 0)
        cursor = window.editor.textCursor()
        assert cursor.selectedText() == "Cụm II"
        starts.append(cursor.selectionStart())
    assert starts[:len(mentions)] == [m.start for m in mentions]
    assert starts[-1] == mentions[0].start  # wrapped around


def test_legend_toggle_hides_a_kind(qtbot, window):
    """Unticking “Số liệu” removes figure colours and is remembered in the settings."""
    analysis = open_and_wait(qtbot, window, SEED_001)
    figure = next(e for e in analysis.entities if e.kind == "figure" and e.text == "2.465")
    assert background_at(window.editor, figure.start) == QColor(KIND_COLORS["figure"]).name()
    window.legend.toggles["figure"].setChecked(False)
    assert background_at(window.editor, figure.start) is None
    assert window.settings.get("hidden_kinds") == ["figure"]


def test_language_switch_relabels_menus(qtbot, window):
    """English is one click away and re-labels the interface in place."""
    titles = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    assert "&Tệp" in titles()
    window.actions["language_en"].trigger()
    assert "&File" in titles()
    assert window.findings_panel.fix_button.text() == "Fix"
    assert window.settings.get("language") == "en"
    window.actions["language_vi"].trigger()
    assert "&Tệp" in titles()


def test_rule_titles_follow_the_interface_language(qtbot, window):
    """Rule titles are interface labels (the list, its card, tooltips, the rules dialog); messages stay Vietnamese."""
    from minutes_app.gui.rules_dialog import RulesDialog

    analysis = open_and_wait(qtbot, window, SEED_001)
    finding = percent_finding(analysis.findings)
    model = window.findings_panel.model
    shown = lambda: next(model.index(r, 0).data() for r in range(model.rowCount())  # noqa: E731
                         if model.findings[r] is finding)
    window.actions["language_en"].trigger()
    assert shown().startswith("Percentage does not match its fraction: ")
    assert finding.message in shown()  # the message quotes the Vietnamese text: it stays as written
    dialog = RulesDialog(window.rules, set(), set())
    qtbot.addWidget(dialog)
    titles = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Parts do not add up to the total" in titles and "Các phần không cộng đúng tổng" not in titles
    window.actions["language_vi"].trigger()
    assert shown().startswith("Tỷ lệ % không khớp với phân số: ")


def test_every_rule_title_has_english():
    from minutes_app.core.checks.registry import all_rules
    from minutes_app.gui.i18n_en import RULE_TITLES

    assert sorted(r.title for r in all_rules().values() if r.title not in RULE_TITLES) == []
    assert set(RULE_TITLES) <= {r.title for r in all_rules().values()}  # no entry left behind by a renamed rule


def test_official_row_merges_titles_and_cycles(qtbot, window):
    """An official's row shows the name, all titles and the mention count; clicks visit each."""
    seed = SEED_001.parent / "002_cd980621195b3d31.txt"
    analysis = open_and_wait(qtbot, window, seed)
    mentions = [e for e in analysis.entities if e.kind == "official" and e.get("name") == "Nguyễn Văn Thể"]
    assert len(mentions) >= 2
    window.entities_dock.raise_()  # its tab chosen: the panel is filled while it can be seen
    group = window.entities_panel.groups["official"]
    row = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == "Nguyễn Văn Thể")
    assert row.text(2) == str(len(mentions))
    assert "Bí thư Đảng ủy Khối" in row.text(1)
    visited = []
    for _ in mentions:
        window.entities_panel.tree.itemClicked.emit(row, 0)
        visited.append(window.editor.textCursor().selectionStart())
    assert visited == [m.start for m in mentions]


def test_tooltip_and_context_menu_offer_the_fix(qtbot, window):
    """Hovering the underline explains the finding and its fix; the context menu applies it."""
    from minutes_app.gui.editor import finding_tooltip

    open_and_wait(qtbot, window, SEED_001)
    finding = percent_finding(window.visible_findings())
    cursor = window.editor.textCursor()
    cursor.setPosition(finding.start + 1)
    window.editor.setTextCursor(cursor)
    window.editor.centerCursor()
    point = window.editor.cursorRect(cursor).center()
    found = window.editor.findings_at_point(point)
    assert finding in found
    tip = finding_tooltip(found)
    assert "77,5%" in tip and "62/80" in tip
    actions = window._finding_actions(found)
    assert actions[0].text() == "Sửa thành “77,5%”"
    actions[0].trigger()
    assert window.editor.text()[finding.start:finding.start + 5] == "77,5%"


def test_selecting_a_finding_lights_up_its_related_spans(qtbot, window):
    """A share whose whole is stated in the sentence before: selecting it marks both."""
    text = "Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,7%."
    window.editor.set_text(text)
    analysis = wait_analysis(qtbot, window)
    finding = next(f for f in analysis.findings if f.code == "percent-mismatch")
    window.show_finding(finding)
    lit = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.editor.extraSelections()}
    assert (text.index("420"), text.index("420") + len("420 chi bộ")) in lit
    assert (text.index("385"), text.index("385") + len("385 chi bộ")) in lit


def test_related_spans_go_out_with_their_finding(qtbot, window):
    """After its fix the finding is gone, and so are the lit whole and part; the undo brings the finding
    back unselected, with nothing lit until the clerk selects it again."""
    text = "Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,7%."
    window.editor.set_text(text)
    wait_analysis(qtbot, window)
    finding = next(f for f in window.findings_panel.findings() if f.code == "percent-mismatch")
    window.findings_panel.select(finding)
    window.show_finding(finding)
    assert window.editor.extraSelections()
    window.apply_fix(finding)
    wait_analysis(qtbot, window)
    assert not any(f.code == "percent-mismatch" for f in window.findings_panel.findings())
    assert window.editor.extraSelections() == []
    window.actions["undo"].trigger()
    wait_analysis(qtbot, window)
    assert any(f.code == "percent-mismatch" for f in window.findings_panel.findings())
    assert window.editor.extraSelections() == []


def test_web_debris_is_deleted_in_one_click_and_comes_back_with_one_undo(qtbot, window):
    """Seed 001 was pasted from a news page: its "Advertisement" lines are offered for deletion ("Xóa"),
    line breaks and all, never deleted unasked."""
    open_and_wait(qtbot, window, SEED_001)
    original = window.editor.text()
    debris = [f for f in window.findings_panel.findings() if f.code == "web-debris"]
    assert debris and all(f.suggestion == "" for f in debris)
    finding = next(f for f in debris if f.text.strip() == "Advertisement")
    window.findings_panel.select(finding)
    assert window.findings_panel.fix_button.text() == "Xóa"
    assert window.findings_panel.card_message.text().endswith("«Advertisement» → xóa")  # its line breaks not shown raw
    qtbot.mouseClick(window.findings_panel.fix_button, Qt.MouseButton.LeftButton)
    assert window.editor.text() == original[:finding.start] + original[finding.end:]
    assert "\n\n\n" not in window.editor.text()[max(0, finding.start - 2):finding.start + 2]  # the lines closed up
    wait_analysis(qtbot, window)
    window.actions["undo"].trigger()
    assert window.editor.text() == original
