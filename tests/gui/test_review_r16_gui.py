"""Review of round 16's window changes.

- Right after "Chuyển sang Unicode", the findings held back on the legacy text were let out at once, at offsets of
  the text just replaced (42 findings on a 345-character VNI file, each pointing at the wrong words, "Bỏ qua" storing
  ignores for text gone) until the converted text's analysis came; they stay held until it does.
- Every zoom step wrote the settings file, at the cap too where nothing changed: a choice is written once it
  changed, after a short pause, and is on disk shortly after without a clean close.
- The overlap of findings with the held spans was scanned twice per refresh, finding by span: once now, by bisection.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from minutes_app.core.model import Finding, Severity
from minutes_app.gui import settings as settings_module
from minutes_app.gui.editor import MAX_FONT
from minutes_app.gui.settings import Settings
from tests.gui.conftest import wait_analysis
from tests.samples.make_samples import write_txt_samples

LEGACY = ["vni.txt", "tcvn3.txt"]


@pytest.mark.parametrize("name", LEGACY)
def test_converting_keeps_the_old_texts_legacy_findings_held_until_the_new_analysis(qtbot, window, tmp_path, name):
    write_txt_samples(tmp_path)
    assert window.open_path(tmp_path / name)
    old = wait_analysis(qtbot, window)
    note = window.findings_panel._note
    listed_before = list(window.visible_findings())
    assert window.legacy_bar.held_spans()
    qtbot.mouseClick(window.legacy_bar.convert_button, Qt.MouseButton.LeftButton)
    assert window.analysis is old and window.editor.text() != old.text  # the new analysis is not in yet
    # Nothing of the old text's legacy stretches came out: the list is what it was before the click.
    assert window.visible_findings() == listed_before
    assert window.findings_panel._note == note != ""
    # A refresh for another reason (a colour switched off) in that gap holds them back all the same.
    window.legend.toggles["figure"].setChecked(False)
    assert window.visible_findings() == listed_before
    new = wait_analysis(qtbot, window)
    assert new.text == window.editor.text()
    assert window.visible_findings() == window.session.state.visible(new.findings, new.text)


@pytest.mark.parametrize("name", LEGACY)
def test_put_off_and_edit_still_release_the_held_findings(qtbot, window, tmp_path, name):
    """Near-misses: "Để sau" on the text analysed lets its findings out at once (its offsets are right); an edit
    lets them out with the edited text's analysis."""
    write_txt_samples(tmp_path)
    assert window.open_path(tmp_path / name)
    analysis = wait_analysis(qtbot, window)
    held = [f for f in analysis.findings if f not in window.visible_findings()]
    assert held
    qtbot.mouseClick(window.legacy_bar.later_button, Qt.MouseButton.LeftButton)
    assert set(held) <= set(window.visible_findings())

    assert window.open_path(tmp_path / name, ask=False)
    wait_analysis(qtbot, window)
    listed = list(window.visible_findings())
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(" x")
    assert not window.legacy_bar.isVisible() and window.visible_findings() == listed
    edited = wait_analysis(qtbot, window)
    assert window.visible_findings() == window.session.state.visible(edited.findings, edited.text)
    assert len(window.visible_findings()) > len(listed)


def _count_writes(monkeypatch) -> list:
    writes = []
    real = settings_module.write_bytes_atomic

    def counting(path, data, **kwargs):
        writes.append(path)
        return real(path, data, **kwargs)

    monkeypatch.setattr(settings_module, "write_bytes_atomic", counting)
    return writes


def test_zoom_steps_write_the_settings_once_and_not_at_the_cap(qtbot, make_window, monkeypatch):
    window = make_window(managed=False)
    writes = _count_writes(monkeypatch)
    for _ in range(40):
        window.editor.zoom(1)
    assert window.editor.font_size() == MAX_FONT
    # Killed without closing, shortly after: the size is on disk.
    qtbot.waitUntil(lambda: Settings().get("font_size") == MAX_FONT, timeout=3000)
    assert len(writes) == 1
    for _ in range(40):  # at the cap: nothing changes, nothing is written
        window.editor.zoom(1)
    qtbot.wait(3 * window.choice_timer.interval())
    assert len(writes) == 1
    window.editor.zoom(-1)
    window.editor.zoom(-1)
    window.editor.zoom(1)
    qtbot.waitUntil(lambda: Settings().get("font_size") == MAX_FONT - 1, timeout=3000)
    assert len(writes) == 2
    window.hide()
    window.deleteLater()


def test_a_pending_choice_is_written_on_close(qtbot, make_window, monkeypatch):
    window = make_window()
    window.choice_timer.setInterval(60_000)  # the pause cannot end before the close
    window.set_language("en")
    window.editor.zoom(1)
    size = round(window.editor.font_size())
    assert Settings().get("language") == "vi"
    window.close()
    assert Settings().get("language") == "en" and Settings().get("font_size") == size
    assert not window.choice_timer.isActive()


def test_choosing_the_value_already_kept_writes_nothing(qtbot, make_window, monkeypatch):
    window = make_window(managed=False)
    writes = _count_writes(monkeypatch)
    window.set_language("vi")
    window.legend.toggles["figure"].setChecked(True)  # already shown
    window.editor.set_font_size(window.editor.font_size())
    qtbot.wait(3 * window.choice_timer.interval())
    assert writes == []
    window.hide()
    window.deleteLater()


def _finding(start: int, end: int) -> Finding:
    return Finding("spelling", Severity.WARNING, start, end, "x" * (end - start), "", None)


def _naive(findings, spans):
    return {f for f in findings if any(f.start < end and start < f.end for start, end in spans)}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_overlapping_matches_the_pairwise_definition(seed):
    from minutes_app.gui.highlight_index import overlapping

    rng = random.Random(seed)
    spans = []
    for _ in range(60):
        start = rng.randrange(0, 1000)
        spans.append((start, start + rng.randrange(0, 40)))  # unsorted, some empty, some nested or overlapping
    findings = [_finding(s, s + rng.randrange(0, 12)) for s in (rng.randrange(0, 1040) for _ in range(400))]
    assert overlapping(findings, spans) == _naive(findings, spans)
    assert overlapping(findings, ()) == set()
    # touching ends do not overlap; an empty finding inside a span does
    assert overlapping([_finding(10, 20), _finding(30, 30), _finding(40, 41)], [(20, 30), (29, 31)]) == {
        _finding(30, 30)}


def test_the_held_scan_runs_once_per_refresh(qtbot, window, tmp_path, monkeypatch):
    write_txt_samples(tmp_path)
    assert window.open_path(tmp_path / "vni.txt")
    wait_analysis(qtbot, window)
    scans = []
    import minutes_app.gui.main_window as main_window

    real = getattr(main_window, "overlapping", None)
    if real is not None:
        monkeypatch.setattr(main_window, "overlapping", lambda *a: scans.append(1) or real(*a))
    reads = []
    real_spans = window.legacy_bar.held_spans
    monkeypatch.setattr(window.legacy_bar, "held_spans", lambda: reads.append(1) or real_spans())
    window._refresh_marks()
    assert len(scans) <= 1 and len(reads) <= 1
    assert window.findings_panel._note
