"""What a clerk met driving the real window under Xvfb in round 16 (1366×768, and 1920×1080 at QT_SCALE_FACTOR=1.5):

- the officials, bodies and figures of a pasted page's furniture ("Tin liên quan", "Bài viết liên quan" headlines)
  were coloured and listed in Thông tin as the article's own, beside the finding that offers to delete those lines;
- the status bar counted errors and warnings only, so a page full of suggestions read "0 lỗi, 0 cảnh báo";
- with 1,000 findings and more, the findings panel's counts were cut at a 1366-pixel screen ("● 29 ● 1101 ●");
- the arrow of "Tắt quy tắc"'s menu was drawn over the button's last letter;
- at 150 % the legend's row broke between the warning's wave and its word "Cảnh báo";
- in Tóm tắt at 1366 px, long target names sized the label column and cut the values ("Đảng ủy Văn p…");
- a TCVN3 file listed 85 "spelling" warnings on its encoding's letters beside the bar saying it cannot be checked;
- the editor's right-click menu had no "Thêm … vào từ điển" for a local name underlined as a slip (Word's has);
- its fix read a bare "Xóa" there, as if it deleted the word under the mouse rather than seven lines;
- the editor's right-click menu quoted a seven-line run of page furniture as "“Lượt xem: 1.204 Tin liên quan ”";
- after kill -9 the editor came back in Vietnamese though English had been chosen (settings written only at a clean
  close), and the zoom never lasted at all (saved as 15.0, dropped on reading as not an int);
- in the Xem menu two entries answered to N (Thu nhỏ, Ngôn ngữ): Alt+X, N never reached the language menu.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from minutes_app.core.model import Finding, Severity

from .conftest import ROOT, SEED_001, open_and_wait

# Three pages of my own, their furniture (with officials, bodies and figures in it) in different places.
PAGES = {
    "related_at_the_end": (
        "Đảng ủy xã Phú Lộc tổng kết công tác dân vận năm 2026\n"
        "Sáng 12/12/2026, Đảng ủy xã Phú Lộc tổ chức hội nghị tổng kết công tác dân vận. "
        "Đồng chí Hoàng Văn Khải, Bí thư Đảng ủy xã chủ trì hội nghị.\n"
        "Trong năm, xã vận động 312 hộ hiến đất làm đường, vượt 4% kế hoạch (kế hoạch 300 hộ).\n"
        "Bảo Ngọc\n"
        "Tin liên quan\n"
        "Đồng chí Đinh Thị Quyên, Phó Chủ tịch UBND huyện thăm các hộ nghèo xã Phú Lộc\n"
        "Xã Phú Lộc hoàn thành 95% chỉ tiêu thu thuế năm 2026\n",
        "Hoàng Văn Khải", "Đinh Thị Quyên", "95%"),
    "menu_on_top_and_related_below": (
        "Trang chủ | Tin tức | Chính trị | Xã hội\n"
        "Chia sẻ Facebook  Zalo  In bài\n"
        "Huyện đoàn Đông Sơn ra quân Chiến dịch Mùa hè xanh\n"
        "Chiều 05/6/2026, Huyện đoàn Đông Sơn tổ chức lễ ra quân chiến dịch. Đồng chí Lưu Minh Đức, "
        "Bí thư Huyện đoàn phát biểu tại buổi lễ.\n"
        "Chiến dịch huy động 420 đoàn viên tham gia sửa 12 km đường giao thông nông thôn.\n"
        "Thanh Tâm\n"
        "Lượt xem: 876\n"
        "Tin cùng chuyên mục\n"
        "Ban Thường vụ Huyện ủy Đông Sơn làm việc với Đảng ủy xã Đông Hòa\n"
        "Đồng chí Vi Văn Thắng, Chủ tịch UBND huyện trao 150 suất quà cho học sinh\n",
        "Lưu Minh Đức", "Vi Văn Thắng", "150 suất"),
    "counter_and_related_headlines": (
        "Chi bộ Khu phố 3 đại hội nhiệm kỳ 2026 - 2029\n"
        "Ngày 20/4/2026, Chi bộ Khu phố 3, phường Tân Hưng tổ chức đại hội nhiệm kỳ 2026 - 2029. "
        "Đồng chí Mai Xuân Hòa, Phó Bí thư Đảng ủy phường dự và chỉ đạo đại hội.\n"
        "Chi bộ có 31 đảng viên, có mặt 29 đồng chí.\n"
        "Hồng Nhung\n"
        "Lượt xem: 2.045\n"
        "Chia sẻ\n"
        "Tin liên quan\n"
        "Phường Tân Hưng có 18 chi bộ hoàn thành đại hội\n"
        "Đồng chí Tạ Quang Vinh, Bí thư Đảng ủy phường kiểm tra công tác chuẩn bị đại hội\n",
        "Mai Xuân Hòa", "Tạ Quang Vinh", "18 chi bộ"),
}


def _open_page(qtbot, window, tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_text(PAGES[name][0], encoding="utf-8")
    return open_and_wait(qtbot, window, path)


def _debris(window):
    return [f for f in window.findings_panel.findings() if f.code == "web-debris"]


def _coloured(window, start, end):
    """The entity kinds the editor colours over document offsets [start, end) (no astral characters here)."""
    index = window.editor.highlighter.index
    kinds = set()
    for number, paragraph in enumerate(window.analysis.paragraphs):
        a, b = max(start, paragraph.start) - paragraph.start, min(end, paragraph.end) - paragraph.start
        if b <= a:
            continue
        kinds |= {name for s, e, layer, name in index.spans_for(number, paragraph.text)
                  if layer == "entity" and s < b and e > a}
    return kinds


def _listed(window):
    """Every row of the Thông tin panel, as text."""
    window._show_entities(shown=True)
    tree = window.entities_panel.tree
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


@pytest.mark.parametrize("name", PAGES)
def test_the_furniture_offered_for_deletion_is_neither_coloured_nor_listed(qtbot, window, tmp_path, name):
    """Officials and figures in the related headlines stay plain while the finding offers to delete those lines;
    the article's own stay coloured and listed; ignoring the finding gives the lines their colours back."""
    analysis = _open_page(qtbot, window, tmp_path, name)
    _, own, person, figure = PAGES[name]
    text = analysis.text
    assert any(e.text.startswith(person) or person in e.text for e in analysis.entities)  # the reader saw them
    debris = _debris(window)
    assert debris, "the page's furniture is offered for deletion"
    for finding in debris:
        assert _coloured(window, finding.start, finding.end) == set(), finding.text
    assert not any(person in row for row in _listed(window))
    # the article's own official keeps his colour and his row
    assert "official" in _coloured(window, text.index(own), text.index(own) + len(own))
    assert any(own in row for row in _listed(window))

    related = next(f for f in debris if person in f.text)
    window.ignore_finding(related)  # the clerk keeps these lines as the page's text
    assert related not in window.findings_panel.findings()
    assert _coloured(window, related.start, related.end), "an ignored run is text again: coloured"
    assert any(person in row for row in _listed(window))
    assert figure in text[related.start:related.end]


def test_the_status_bar_counts_info_findings_too(qtbot, window):
    """Seed 001 has two info findings: the status bar says so, in both languages."""
    open_and_wait(qtbot, window, SEED_001)
    infos = sum(1 for f in window.findings_panel.findings() if f.severity is Severity.INFO)
    assert infos >= 1
    plain = re.sub(r"<[^>]+>", "", window.status_counts.text())
    assert f"{infos} thông tin" in plain
    window.set_language("en")
    plain = re.sub(r"<[^>]+>", "", window.status_counts.text())
    assert f"{infos} info" in plain and "thông tin" not in plain
    window.set_language("vi")
    window.ignore_finding(next(f for f in window.findings_panel.findings() if f.severity is Severity.INFO))
    assert f"{infos - 1} thông tin" in re.sub(r"<[^>]+>", "", window.status_counts.text())


@pytest.mark.parametrize("counts", [(29, 1101, 1100), (1, 2, 1000), (1234, 5678, 9012)])
def test_four_digit_counts_are_shown_whole_at_the_panel_width_of_a_1366_screen(qtbot, counts):
    """The counts go to a row of their own rather than lose their last digits (or the info count whole)."""
    from minutes_app.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(470, 600)  # the dock's width at 1366×768
    panel.show()
    findings = [Finding("number-format", severity, k, k + 1, "x", "một")
                for severity, count in zip((Severity.ERROR, Severity.WARNING, Severity.INFO), counts)
                for k in range(count)]
    panel.set_findings(findings)
    QApplication.processEvents()
    label = panel.count_label
    for count in counts:
        assert str(count) in label.text()
    assert label.width() >= label.sizeHint().width(), "the counts are cut"
    corner = label.mapTo(panel, label.rect().bottomRight())
    assert panel.rect().contains(corner), "the counts run out of the panel"
    assert label.mapTo(panel, label.rect().topLeft()).y() < panel.view.mapTo(panel, panel.view.rect().topLeft()).y()


def test_two_digit_counts_share_the_buttons_row(qtbot):
    """At the usual counts the header stays one row: the list loses no height to the wrap."""
    from minutes_app.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(470, 600)
    panel.show()
    panel.set_findings([Finding("number-format", s, k, k + 1, "x", "một") for s in Severity for k in range(12)])
    QApplication.processEvents()
    label_top = panel.count_label.mapTo(panel, panel.count_label.rect().topLeft()).y()
    filter_top = panel.filter.mapTo(panel, panel.filter.rect().topLeft()).y()
    assert label_top == filter_top
    assert panel.count_label.width() >= panel.count_label.sizeHint().width()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_rule_button_keeps_room_for_its_menu_arrow(qtbot, language):
    """The button is as wide as its label plus the arrow, so the arrow never covers a letter."""
    from minutes_app.gui import i18n
    from minutes_app.gui.findings_panel import FindingsPanel

    i18n.set_language(language)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    button = panel.rule_button
    assert button.menu() is not None
    text = button.fontMetrics().horizontalAdvance(button.text())
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    assert button.sizeHint().width() >= margin + text + margin + arrow


@pytest.mark.parametrize("name", PAGES)
def test_adding_the_documents_officials_to_the_roster_leaves_the_furniture_out(qtbot, window, tmp_path, name):
    """Công cụ › Thêm cán bộ trong văn bản vào danh bạ takes the article's officials, not the related headlines'."""
    _open_page(qtbot, window, tmp_path, name)
    _, own, person, _ = PAGES[name]
    names = [p.name for p in window.document_officials()]
    assert own in names and person not in names
    window.add_document_officials()
    qtbot.waitUntil(lambda: any(p.name == own for p in window.roster.people))
    assert not any(p.name == person for p in window.roster.people)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_underline_of_the_legend_stays_beside_its_word_at_any_width(qtbot, language):
    """The legend wraps at a narrow or 150 % window; an underline (wave, dots) never ends a row whose next row
    opens with its word."""
    from PySide6.QtWidgets import QLabel

    from minutes_app.gui import i18n
    from minutes_app.gui.legend import Legend

    i18n.set_language(language)
    legend = Legend()
    qtbot.addWidget(legend)
    legend.show()
    labels = legend.findChildren(QLabel)
    icons = [label for label in labels if not label.pixmap().isNull()]
    words = [label for label in labels if label.text() and label.pixmap().isNull()][1:]  # after "Tô màu:"
    assert len(icons) == len(words) == 3
    for width in range(260, 1400, 7):
        legend.resize(width, legend.heightForWidth(width))
        QApplication.processEvents()
        for icon, word in zip(icons, words):
            icon_box = icon.geometry().translated(icon.parentWidget().mapTo(legend, icon.parentWidget().rect().topLeft()))
            word_box = word.geometry().translated(word.parentWidget().mapTo(legend, word.parentWidget().rect().topLeft()))
            assert icon_box.right() < word_box.left() and icon_box.bottom() > word_box.top(), (width, word.text())


def _mnemonics(actions):
    """The Alt letter of each entry (the letter after a single '&'), lower-cased."""
    letters = []
    for action in actions:
        match = re.search(r"(?<!&)&([^&\s])", action.text())
        if match:
            letters.append((match.group(1).lower(), action.text()))
    return letters


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_menu_letter_opens_one_entry(qtbot, window, language):
    """Alt+X, N opened "Thu nhỏ"'s place in the Xem menu, never the language menu: in every menu (and the bar)
    each underlined letter belongs to one entry, and is a plain Latin letter a Vietnamese keyboard types with Alt."""
    window.set_language(language)
    menus = [action.menu() for action in window.menuBar().actions()]
    groups = [window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        groups.append(menu.actions())
        menus.extend(action.menu() for action in menu.actions() if action.menu() is not None)
    for actions in groups:
        letters = _mnemonics(actions)
        seen = [letter for letter, _ in letters]
        assert len(seen) == len(set(seen)), letters
        assert all(letter.isascii() and letter.isalnum() for letter in seen), letters


def _outline_row(panel, group, label):
    item = panel.groups[group]
    return next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == label)


def test_the_outline_keeps_room_for_its_values_beside_long_target_names(qtbot, window):
    """Seed 004 names its targets at length: at the panel's width on a 1366 screen the issuing body is read whole,
    the long labels are cut instead (their text in the tooltip), and the group names are never cut."""
    open_and_wait(qtbot, window, ROOT / "seeds" / "004_bc74bf3a4776a6c8.txt")
    panel = window.outline_panel
    panel.setParent(None)  # alone, at the width its dock has at 1366×768
    qtbot.addWidget(panel)
    panel.resize(460, 400)
    panel.show()
    QApplication.processEvents()
    tree = panel.tree
    room = tree.viewport().width() - tree.columnWidth(0)
    issuer = _outline_row(panel, "Văn bản", "Cơ quan")
    assert tree.fontMetrics().horizontalAdvance(issuer.text(1)) + 12 <= room, issuer.text(1)
    assert tree.columnWidth(0) < tree.sizeHintForColumn(0)  # the long labels are the ones cut
    target = panel.groups["Chỉ tiêu"].child(0)
    assert target.toolTip(0) == target.text(0)
    for item in panel.groups.values():
        assert item.isFirstColumnSpanned()


def test_short_labels_are_never_cut(qtbot, window):
    """With labels that fit (seed 003), the column is as wide as they are."""
    open_and_wait(qtbot, window, ROOT / "seeds" / "003_e17d992d5b936b64.txt")
    panel = window.outline_panel
    panel.setParent(None)
    qtbot.addWidget(panel)
    panel.resize(460, 400)
    panel.show()
    QApplication.processEvents()
    assert panel.tree.columnWidth(0) == panel.tree.sizeHintForColumn(0)


def test_the_clerks_choices_outlive_a_crash(qtbot, make_window):
    """Language, the colours switched off and the font size are on disk shortly after they are chosen (the pause of
    choice_timer): a window that dies without closing (kill -9 under Xvfb) comes back with them."""
    from minutes_app.gui.settings import Settings

    window = make_window(managed=False)
    size = window.editor.font().pointSize()
    window.set_language("en")
    window.legend.toggles["figure"].setChecked(False)
    window.editor.zoom(1)
    window.editor.zoom(1)
    # what a new process reads: the first window never closed
    qtbot.waitUntil(lambda: not window.choice_timer.isActive(), timeout=3000)
    on_disk = Settings()
    assert on_disk.get("language") == "en"
    assert on_disk.get("hidden_kinds") == ["figure"]
    assert on_disk.get("font_size") == window.editor.font().pointSize() > size
    window.set_language("vi")
    window.legend.toggles["figure"].setChecked(True)
    qtbot.waitUntil(lambda: not window.choice_timer.isActive(), timeout=3000)
    on_disk = Settings()
    assert on_disk.get("language") == "vi" and on_disk.get("hidden_kinds") == []
    window.hide()
    window.deleteLater()


@pytest.mark.parametrize("name", PAGES)
def test_the_editors_menu_quotes_a_run_of_lines_with_its_breaks_and_both_ends(qtbot, window, tmp_path, name):
    """Right-clicked in a page's furniture, "Bỏ qua chỗ này" quotes the run it ignores on one line with ¶ for its
    breaks, its first and last words around a "…", never a bare 30-character cut."""
    _open_page(qtbot, window, tmp_path, name)
    run = max(_debris(window), key=lambda f: f.end)
    lines = [line for line in run.text.split("\n") if line.strip()]
    assert len(lines) >= 2
    texts = [action.text() for action in window._finding_actions([run])]
    ignore = next(text for text in texts if text.startswith("Bỏ qua chỗ này"))
    quote = ignore[ignore.index("“") + 1:ignore.rindex("”")]
    assert "¶" in quote and "…" in quote and "\n" not in quote
    assert quote.startswith(lines[0][:10]) and quote.endswith(lines[-1][-10:])
    assert quote == quote.strip() and len(quote) <= 40
    assert texts[0] == f"Xóa “{quote}”"  # the fix names the lines it deletes, not a bare "Xóa"


@pytest.mark.parametrize("piece", ["120", "Bí Thư", "tổ chức Đảng trực thuộc"])
def test_a_short_piece_is_quoted_whole(piece):
    from minutes_app.gui.styles import menu_quote

    assert menu_quote(piece) == piece


@pytest.mark.parametrize("per_severity", [1, 7, 42])
def test_the_counts_take_the_width_of_their_text_on_the_buttons_row(qtbot, per_severity):
    """At a panel just wide enough for the buttons and the counts as written, they share one row (at 1366×768 a
    minimum reserved for two-digit counts sent "● 1 ● 1 ● 2" to a second row, taking a line from the list)."""
    from minutes_app.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_findings([Finding("number-format", s, k, k + 1, "x", "một") for s in Severity for k in range(per_severity)])
    QApplication.processEvents()
    label = panel.count_label
    text = re.sub(r"<[^>]+>", "", label.text())
    needed = sum(w.sizeHint().width() for w in (panel.filter, panel.undo_button, panel.ignored_button))
    needed += label.fontMetrics().horizontalAdvance(text) + 3 * panel.findChild(QWidget, "findings_top").layout().spacing()
    margins = panel.layout().contentsMargins()
    panel.resize(needed + margins.left() + margins.right() + 4, 500)
    QApplication.processEvents()
    assert label.mapTo(panel, label.rect().topLeft()).y() == panel.filter.mapTo(panel, panel.filter.rect().topLeft()).y()
    assert label.width() >= label.sizeHint().width()


@pytest.mark.parametrize(("text", "word"), [
    ("Bà con dân tộc Mông ở bản Pá Khoang trồng lúa séng cù trên 40 ha.\n", "séng"),
    # (Central Highlands names opening with J, "Jũn", are no longer slips: local words of the lowland kind instead)
    ("Xã tổ chức lễ hội pồn pôông của đồng bào Mường.\n", "pôông"),
    ("Bà con làm món pỉnh tộp đón khách du lịch.\n", "tộp"),
], ids=["lua_seng_cu", "pon_poong", "pinh_top"])
def test_the_editors_menu_adds_an_unknown_word_to_the_dictionary(qtbot, window, tmp_path, text, word):
    """A local name underlined as a spelling slip: the right-click menu offers "Thêm … vào từ điển", as Word's does;
    a finding of another kind does not get the entry."""
    from minutes_app.core.user_dictionary import UserDictionary, default_path

    path = tmp_path / "bao_cao.txt"
    path.write_text(text, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    spelled = [f for f in window.visible_findings() if f.code == "spelling" and f.text == word]
    assert spelled
    actions = {a.text(): a for a in window._finding_actions(spelled)}
    add = actions[f"Thêm “{word}” vào từ điển"]
    add.trigger()
    qtbot.waitUntil(lambda: window.controller.is_current() and not [
        f for f in window.visible_findings() if f.code == "spelling" and f.text == word], timeout=10000)
    assert word.lower() in {w.lower() for w in UserDictionary(default_path()).words()}
    others = [f for f in window.visible_findings() if f.code not in ("spelling", "real-word", "split-word")]
    for finding in others:
        assert not any(a.text().startswith("Thêm") for a in window._finding_actions([finding]))


# Two reports of my own for the legacy-encoding cases.
LEGACY_REPORT = ("Hội nghị Ban Chấp hành Đảng bộ xã Yên Hòa lần thứ 12\n"
                 "Đồng chí Hà Văn Lực, Bí thư Đảng ủy xã chủ trì hội nghị. Toàn xã kết nạp 14 đảng viên mới.\n")


def _legacy_txt(tmp_path, scheme):
    from minutes_app.core.legacy import unicode_to_tcvn3, unicode_to_vni

    path = tmp_path / f"{scheme}.txt"
    path.write_bytes(unicode_to_tcvn3(LEGACY_REPORT) if scheme == "tcvn3"
                     else unicode_to_vni(LEGACY_REPORT).encode("cp1252"))
    return path


@pytest.mark.parametrize("scheme", ["tcvn3", "vni"])
def test_findings_on_legacy_text_wait_for_its_conversion(qtbot, window, tmp_path, scheme):
    """While the bar offers to convert a TCVN3 or VNI file, its "spelling slips" (the encoding's letters) are neither
    listed, underlined nor counted, and the list says why it is empty; put off ("Để sau"), they show as found."""
    from .conftest import wait_analysis

    analysis = open_and_wait(qtbot, window, _legacy_txt(tmp_path, scheme))
    assert window.legacy_bar.isVisible()
    assert analysis.findings, "the engine reads the encoding's letters as slips"
    assert window.visible_findings() == [] and window.findings_panel.findings() == []
    assert "Unicode" in window.findings_panel.view.empty_text
    assert "0 cảnh báo" in re.sub(r"<[^>]+>", "", window.status_counts.text())
    index = window.editor.highlighter.index
    assert not any(layer == "finding" for spans in index.spans for _, _, layer, _ in spans)
    window.legacy_bar.later_button.click()
    assert window.findings_panel.findings() == [f for f in window.analysis.findings
                                                if f in window.session.state.visible(analysis.findings, analysis.text)]
    assert any(layer == "finding" for spans in window.editor.highlighter.index.spans for _, _, layer, _ in spans)
    # and a converted file is checked as usual
    window.open_path(_legacy_txt(tmp_path, scheme))
    assert window.legacy_bar.convert()
    converted = wait_analysis(qtbot, window)
    assert converted.text == LEGACY_REPORT
    assert window.findings_panel.findings() == window.session.state.visible(converted.findings, converted.text)


def test_in_a_word_file_only_the_legacy_runs_wait(qtbot, window, tmp_path):
    """A .docx with one paragraph in a .VnTime font and one in Unicode: the Unicode paragraph's slip is listed at once."""
    import docx

    from minutes_app.core.legacy import unicode_to_tcvn3

    document = docx.Document()
    document.add_paragraph().add_run("Đồng chí Bí Thư Chi bộ phát biểu khai mạc hội nghị.").font.name = "Times New Roman"
    legacy = unicode_to_tcvn3("Toàn chi bộ có 24 đảng viên, có mặt 22 đồng chí.").decode("latin-1")
    document.add_paragraph().add_run(legacy).font.name = ".VnTime"
    path = tmp_path / "hon_hop.docx"
    document.save(path)
    analysis = open_and_wait(qtbot, window, path)
    assert window.legacy_bar.isVisible()
    (start, end), = window.legacy_bar.held_spans()
    listed = window.findings_panel.findings()
    assert any(f.text == "Bí Thư" for f in listed)
    assert all(f.end <= start or f.start >= end for f in listed)
    assert any(start < f.end and f.start < end for f in analysis.findings), "the legacy run has its 'slips'"
