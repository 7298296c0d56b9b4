"""Tone-mark placement: a mixture is reported word by word, a single style never."""

from minutes_app.core.engine import analyze


def found(text):
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == "tone-style-mixed"]


def test_minority_old_style_words_get_the_new_style():
    text = "Ủy ban nhân dân xã Hòa Tiến.\nĐảng ủy khóa mới họp.\nBáo cáo gửi cấp uỷ."
    assert found(text) == [("uỷ", "ủy")]


def test_minority_new_style_words_get_the_old_style():
    text = "HUYỆN UỶ ĐỊNH HOÁ\nBan Thường vụ Huyện uỷ khoá XXIII; cấp ủy cơ sở; văn hoá."
    assert found(text) == [("ủy", "uỷ")]


def test_tie_follows_the_first_style_used():
    assert found("Cộng hòa xã hội; thuỷ lợi.") == [("thuỷ", "thủy")]


def test_single_style_and_neutral_words_stay_silent():
    assert found("Ủy ban, hòa bình, khóa XIII, thủy lợi, quý II, hoàn thành, khuyến khích, thuyết minh.") == []
    assert found("Uỷ ban, hoà bình, khoá XIII, thuỷ lợi, quý II, hoàn thành, toàn thể.") == []
