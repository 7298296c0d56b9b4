"""Spelling: typing slips are found with a fix; names, acronyms, loanwords stay silent."""

import pytest

from minutes_app.core.checks import spelling as spelling_module
from minutes_app.core.engine import analyze


def found(text):
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == "spelling"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chi bộ đã tfực hiện tốt nhiệm vụ.", [("tfực", "thực")]),
        ("Tfực hiện kế hoạch của Đảng ủy.", [("Tfực", "Thực")]),
        ("Đồng chí Bí thư chỉ đạo nghiêmm túc.", [("nghiêmm", "nghiêm")]),
        ("Các chi bộ dduwowcj giao chỉ tiêu.", [("dduwowcj", "được")]),
        ("Hội nghị thảo luận về chuyeenj đổi số.", [("chuyeenj", "chuyện")]),
        ("Kêt quả, chi bộ hoàn thành 5/6 nhiệm vụ.", [("Kêt", "Kết")]),  # alone at a sentence start
        ("Cán bộ ảnh huởng đến phong trào.", [("huởng", "hưởng")]),  # the typed tone is kept
    ],
)
def test_typing_slips_are_flagged_with_a_fix(text, expected):
    assert found(text) == expected


def test_fix_follows_the_paragraph_tone_style():
    # the dictionary holds "thuỷ"; the paragraph writes "hòa", so the fix is "thủy"
    assert found("Cộng hòa, công trình thủyy lợi.") == [("thủyy", "thủy")]


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Nguyễn Thị Kim Chi, Bí thư Đảng ủy, hòa hợp, hoà hợp, thủy lợi, thuỷ lợi.",
        "Ủy ban nhân dân tỉnh, Uỷ ban Kiểm tra, khóa XIII, khoá XIII, quý II/2023.",
        "Đồng chí Y Thanh Hà Niê Kđăm phát biểu tại buôn Kbuôr.",  # ethnic-minority names
        "Theo Nghị quyết số 15-NQ/TU, ĐUK, HĐND, UBND, TCCS đảng, b/c, v.v.",
        "Phòng, chống dịch Covid-19, tiêm vaccine, họp online qua Zalo, xem www.dangcongsan.vn.",
        "Lực lượng nòng cốt giữ thái độ điềm tĩnh; quí I năm 2023.",
        "About admin. Check Also: iPhone, McDonald.",
        "LÃNH ĐẠO THỰC HIỆN TỐT NHIỆM VỤ",
        "Phần ii, mục iv của báo cáo.",
        "Đoàn công tác thăm Ca-ribê, Mátxcơva và Uzơbêkixtan; ông Tômát Mor, bà Mon'tkiơ.",
        "Bước phát triển lôgic của chế độ đại diện (régime représentatif).",
        "Hễ còn một hộ nghèo thì chi bộ còn trăn trở.",
        "Diện tích tự nhiên 21.576,5 km²; nhà văn hóa 120 m², bể chứa 30 m³, giảm phát thải CO₂.",  # units
    ],
)
def test_correct_text_stays_silent(text):
    assert found(text) == []


def test_extra_user_word_list(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("# our unit's words\nnghiêmm\n", encoding="utf-8")
    text = "Chấp hành nghiêmm túc."
    assert found(text) == [("nghiêmm", "nghiêm")]
    try:
        spelling_module.add_user_words([words])
        assert found(text) == []
    finally:
        spelling_module._extra_words.clear()
        spelling_module._verdict.cache_clear()


@pytest.mark.parametrize(
    "typo, fix",
    [("kêt", "kết"), ("đươc", "được"), ("qủa", "quả"), ("ngươì", "người"), ("triên", "triển"), ("viêc", "việc")],
)
def test_suggestion_prefers_the_common_word_with_the_same_letters(typo, fix):
    assert found(f"Báo cáo {typo} công tác.") == [(typo, fix)]


def test_two_words_run_together_get_no_hunspell_guess():
    """hunspell's suggestion search explodes on long tokens (42 s measured for "hiệuoanh");
    a token with two vowel groups is two syllables joined and is not sent to it."""
    from minutes_app.core.vietnamese import suggest

    assert suggest("hiệuoanh") is None
    assert suggest("hiệuquả") is None
    assert suggest("tfực") == "thực"


@pytest.mark.parametrize(
    "text, expected",
    [
        # right before a figure: the word a report writes there ("đạt"), not the most frequent one ("đất")
        ("Tri Tôn 15/15 cơ sở tổ chức đại hội (đat 100%).", [("đat", "đạt")]),
        ("Năm 2024, xã đat 19/19 tiêu chí nông thôn mới.", [("đat", "đạt")]),
        ("Kết nạp 12 đảng viên mới, đat 120% kế hoạch.", [("đat", "đạt")]),
        # near-misses: no figure after it, or a mark typed that "đạt" lacks
        ("Diện tích đat nông nghiệp là 209,35 ha.", [("đat", "đất")]),
        ("Diện tích đât 5 ha đã được giao.", [("đât", "đất")]),
        ("Xã giao 3 lô đât ở cho hộ nghèo.", [("đât", "đất")]),
    ],
)
def test_a_slip_before_a_figure_takes_the_word_written_before_figures(text, expected):
    assert found(text) == expected
