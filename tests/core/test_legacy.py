"""Legacy encodings: generated TCVN3, VNI and VIQR samples (tests/samples) convert to the exact
expected text; conversion is exact both ways over real syllables; Unicode text is left alone."""

import unicodedata

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.legacy import (
    convert_spans,
    decode_bytes,
    detect_bytes,
    detect_text,
    font_scheme,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_viqr,
    unicode_to_vni,
    viqr_to_unicode,
    vni_to_unicode,
)
from minutes_app.core.loading import load_file
from tests.helpers import SEEDS
from tests.samples.make_samples import write_legacy_docx, write_txt_samples


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legacy")
    return folder, write_txt_samples(folder) + write_legacy_docx(folder)


def test_every_sample_converts_to_the_exact_text(samples):
    folder, cases = samples
    for name, expected, scheme in cases:
        loaded = load_file(folder / name)
        assert loaded.legacy_scheme == scheme, name
        assert convert_spans(loaded.text, loaded.legacy).strip("\n") == expected.strip("\n"), name


def test_legacy_txt_is_detected_on_its_bytes_not_after_cp1258(samples):
    folder, _ = samples
    assert load_file(folder / "tcvn3.txt").encoding == "tcvn3"
    assert load_file(folder / "vni.txt").encoding == "vni"
    # cp1258 would have turned TCVN3's 0xD2 (ề) into a combining grave accent: nothing to convert back
    assert "\u0300" not in load_file(folder / "tcvn3.txt").text


def test_the_docx_font_tells_the_case_and_the_table(samples):
    folder, _ = samples
    loaded = load_file(folder / "tcvn3.docx")
    heading = [s for s in loaded.legacy if s.upper]
    assert len(heading) == 1 and convert_spans(loaded.text, heading).startswith("BIÊN BẢN HỘI NGHỊ")
    # the Unicode run in the mixed paragraph is not part of any span, so it is never converted
    assert "Ghi chú (Unicode): " in convert_spans(loaded.text, loaded.legacy)
    assert font_scheme(".VnTimeH") == ("tcvn3", True) and font_scheme(".VnArial") == ("tcvn3", False)
    assert font_scheme("VNI-Times") == ("vni", False) and font_scheme("Times New Roman") is None


def test_domain_note_samples():
    assert tcvn3_to_unicode("Uû ban nh©n d©n") == "Uỷ ban nhân dân"
    assert tcvn3_to_unicode("ViÖt Nam §") == "Việt Nam Đ"
    assert vni_to_unicode("Vieät Nam ñöôïc chaøo") == "Việt Nam được chào"
    assert viqr_to_unicode("Vie^.t Nam, ho.c ta^.p. Qui Nho+n") == "Việt Nam, học tập. Qui Nhơn"
    assert viqr_to_unicode("gia\\.") == "gia."


def test_cp1258_and_unicode_files_are_not_taken_for_legacy(tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    for path in SEEDS:
        assert detect_text(path.read_text(encoding="utf-8")) is None
    cp1258 = tmp_path / "a.txt"
    cp1258.write_bytes(unicodedata.normalize("NFD", text).encode("cp1258", errors="ignore"))
    loaded = load_file(cp1258)
    assert loaded.encoding == "cp1258" and loaded.legacy == ()
    assert detect_bytes(text.encode("utf-8")) is None


def test_round_trips_over_every_seed_syllable():
    words = sorted({w for p in SEEDS for w in p.read_text(encoding="utf-8").split()})
    text = " ".join(words)
    assert vni_to_unicode(unicode_to_vni(text)) == text
    assert viqr_to_unicode(unicode_to_viqr(text) + " .") == text + " ."
    lowered = "".join(c.lower() if c.isupper() and c not in "ĂÂÊÔƠƯĐ" and not c.isascii() else c for c in text)
    assert tcvn3_to_unicode(decode_bytes(unicode_to_tcvn3(lowered))) == lowered


def test_half_converted_tcvn3_is_a_spelling_finding_with_the_right_fix():
    text = "Hội nghị đã đợc tổ chức trớc ngày họp. Trởng ban phát biểu."
    found = [(f.text, f.suggestion) for f in analyze(text).findings if f.code == "spelling"]
    assert found == [("đợc", "được"), ("trớc", "trước"), ("Trởng", "Trưởng")]
    assert all("TCVN3" in f.message for f in analyze(text).findings if f.code == "spelling")


@pytest.mark.parametrize("text, word, fix", [
    ("Nhiều cơng trình trọng điểm đã hoàn thành.", "cơng", "công"),  # "ô" read as "ơ": the word decides
    ("Chi bộ thảo luận đề cơng báo cáo chính trị.", "cơng", "cương"),  # the "ư" lost
    ("Các trờng học đều đạt chuẩn quốc gia.", "trờng", "trường"),
])
def test_a_syllable_without_its_u_horn_is_fixed_into_the_word_its_neighbour_makes(text, word, fix):
    found = [(f.text, f.suggestion) for f in analyze(text).findings if f.code == "spelling"]
    assert found == [(word, fix)]
