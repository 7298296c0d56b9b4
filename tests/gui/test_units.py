"""Small pieces on their own: offsets, span index, span merging, settings, i18n, files."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from minutes_app.core.engine import Analyzer
from minutes_app.gui import i18n
from minutes_app.gui.files import TextFormat, save_text
from minutes_app.gui.highlight_index import SpanIndex, adjust_spans
from minutes_app.gui.highlighter import merge_spans
from minutes_app.gui.offsets import OffsetMap, utf16_len
from minutes_app.gui.settings import DEFAULTS, Settings

TEXT_CHARS = st.sampled_from(list("aăâđêôơư ĐẮẰ1,%\n") + ["😀", "𝐀", "中"])


@given(st.text(TEXT_CHARS, max_size=40))
def test_offset_map_round_trips(text):
    """code point → UTF-16 → code point is the identity, and matches Python's own encoding."""
    table = OffsetMap(text)
    for offset in range(len(text) + 1):
        u16 = table.to_utf16(offset)
        assert u16 == len(text[:offset].encode("utf-16-le")) // 2
        assert table.to_code_point(u16) == offset
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2


def test_position_inside_a_surrogate_pair_rounds_down():
    table = OffsetMap("a😀b")
    assert table.to_code_point(2) == 1  # between the two halves of 😀
    assert table.to_code_point(3) == 2


def test_span_index_converts_to_block_relative_utf16():
    """Spans are per paragraph, in UTF-16 units, with hidden kinds and ignored findings left out."""
    text = "Mở đầu.\n😀 Kết nạp 35 đảng viên, đạt 87,5% kế hoạch."
    analysis = Analyzer().analyze(text)
    index = SpanIndex.build(analysis)
    figure = next(e for e in analysis.entities if e.text == "87,5%")
    relative = figure.start - analysis.paragraphs[1].start + 1  # +1: the emoji's second unit
    assert (relative, relative + 5, "entity", "figure") in index.spans_for(1, analysis.paragraphs[1].text)
    hidden = SpanIndex.build(analysis, hidden_kinds={"figure"})
    assert not [s for s in hidden.spans_for(1, analysis.paragraphs[1].text) if s[3] == "figure"]


def test_span_index_follows_moved_and_edited_blocks():
    index = SpanIndex(texts=["abc", "xx 12 yy"], spans=[(), ((3, 5, "entity", "figure"),)], findings=[(), ()])
    index.by_text = {"abc": (), "xx 12 yy": ((3, 5, "entity", "figure"),)}
    assert index.spans_for(5, "xx 12 yy") == ((3, 5, "entity", "figure"),)  # block moved down
    assert index.spans_for(1, "Axx 12 yy") == ((4, 6, "entity", "figure"),)  # typed before it
    assert index.spans_for(1, "xx 132 yy") == ()  # typed inside it: wait for the analysis
    assert index.spans_for(1, "completely different") == ()


def test_adjust_spans_keeps_before_shifts_after():
    spans = ((0, 2, "entity", "a"), (3, 5, "finding", "error"), (9, 11, "entity", "b"))
    assert adjust_spans("ab cd ef gh", "ab cXXd ef gh", spans) == ((0, 2, "entity", "a"), (11, 13, "entity", "b"))
    assert adjust_spans("ab cd ef gh", "ab cd ef gh!", spans) == spans


def test_merge_spans_innermost_entity_and_worst_underline():
    spans = ((0, 10, "entity", "target"), (3, 6, "entity", "figure"), (3, 6, "finding", "warning"),
             (4, 5, "finding", "error"))
    assert merge_spans(spans) == [
        (0, 3, "target", None), (3, 1, "figure", "warning"), (4, 1, "figure", "error"),
        (5, 1, "figure", "warning"), (6, 4, "target", None)]


def test_settings_store_only_non_defaults(tmp_path):
    """The JSON file holds what the user changed, nothing else; bad values fall back."""
    path = tmp_path / "s.json"
    settings = Settings(path)
    settings.set("font_size", DEFAULTS["font_size"])
    settings.set("language", "en")
    settings.add_recent(tmp_path / "a.txt")
    settings.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"language", "recent_files"}
    path.write_text(json.dumps({"language": 5, "font_size": 20, "unknown": 1}), encoding="utf-8")
    again = Settings(path)
    assert again.get("language") == "vi" and again.get("font_size") == 20


def test_settings_survive_a_corrupt_file(tmp_path):
    path = tmp_path / "s.json"
    path.write_text("{not json", encoding="utf-8")
    assert Settings(path).get("language") == "vi"


def test_translation_falls_back_to_vietnamese():
    labels = []
    i18n.bind(labels.append, "&Mở…")
    i18n.set_language("en")
    assert labels == ["&Mở…", "&Open…"]
    assert i18n.tr("chưa dịch") == "chưa dịch"
    assert i18n.tr("{} lỗi", 3) == "3 errors"


def test_save_text_writes_requested_encoding(tmp_path):
    target = tmp_path / "x.txt"
    save_text(target, "Một\nHai\u2028Ba", TextFormat("utf-16", "\r\n"))
    assert target.read_bytes().decode("utf-16") == "Một\r\nHai\r\nBa"


@hsettings(max_examples=30, deadline=None)
@given(st.text(TEXT_CHARS, max_size=30), st.text(TEXT_CHARS, max_size=30))
def test_adjust_spans_never_leaves_the_text(old, new):
    """Carried-over spans always fit inside the new block."""
    spans = tuple((i, i + 1, "entity", "figure") for i in range(0, utf16_len(old), 3))
    for a, b, _, _ in adjust_spans(old.replace("\n", " "), new.replace("\n", " "), spans):
        assert 0 <= a < b <= utf16_len(new)


def test_many_void_qt_calls_do_not_abort_python():
    """PySide6 6.12.0 drops a reference to None per void call and aborts CPython 3.11 after
    a long session; pyproject pins below it. This would crash if that pin were lost."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    for _ in range(300_000):  # more than None's own reference count on CPython 3.11
        timer.stop()
    assert timer.isActive() is False


def test_a_template_field_is_not_quoted_twice():
    from minutes_app.gui.styles import quoted

    assert quoted("75,5%") == "«75,5%»"
    assert quoted("«giờ»") == "«giờ»"
