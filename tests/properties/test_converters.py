"""Converters and detection over random text: exact both ways, never raising."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from minutes_app.core.legacy import (
    SCHEMES,
    convert,
    decode_bytes,
    detect_bytes,
    detect_text,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_viqr,
    unicode_to_vni,
    viqr_to_unicode,
    vni_to_unicode,
)
from tests.properties.strategies import dictionary_syllables, hostile_text, syllable

words = st.lists(st.one_of(syllable, syllable.map(str.capitalize), syllable.map(str.upper)), min_size=1, max_size=40)


@given(words)
def test_vni_round_trip(ws):
    text = " ".join(ws)
    assert vni_to_unicode(unicode_to_vni(text)) == text


@given(words)
def test_viqr_round_trip(ws):
    text = " ".join(ws) + "."
    assert viqr_to_unicode(unicode_to_viqr(text)) == text


@given(st.lists(st.sampled_from(dictionary_syllables()), min_size=1, max_size=40))
def test_tcvn3_round_trip(ws):
    text = " ".join(ws)
    assert tcvn3_to_unicode(decode_bytes(unicode_to_tcvn3(text))) == text
    assert tcvn3_to_unicode(decode_bytes(unicode_to_tcvn3(text.upper())), upper=True) == text.upper()


@given(hostile_text, st.sampled_from(SCHEMES), st.booleans())
def test_converters_never_raise_and_give_nfc(text, scheme, upper):
    out = convert(text, scheme, upper)
    assert unicodedata.is_normalized("NFC", out)


@given(hostile_text)
def test_detection_never_raises(text):
    assert detect_text(text) in (None, *SCHEMES)
    assert detect_bytes(text.encode("utf-8")) is None
    assert detect_bytes(text.encode("utf-16-le")) in (None, "tcvn3", "vni")


@given(st.binary(max_size=600))
def test_byte_detection_on_any_bytes(raw):
    assert detect_bytes(raw) in (None, "tcvn3", "vni")
