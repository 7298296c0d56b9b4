"""Numbers that name a place or unit ("thôn 3", "Tổ 5", "khu phố 4") are identifiers, not counts;
a label that merely ends in the same syllable ("nông thôn 14") still counts; a number before
a known noun the figures do not know ("04 tham luận") is a count of that noun."""

import pytest

from minutes_app.core.engine import Analyzer
from minutes_app.core.quantities import read_paragraph
from minutes_app.core.reading import Reading


def _layer(text):
    return read_paragraph(Reading(text), Analyzer().analyze(text).entities)


@pytest.mark.parametrize("text", [
    "Chi bộ thôn 3 và chi bộ xóm 2 đều hoàn thành tốt nhiệm vụ.",
    "Nhà văn hóa khu phố 4, ấp 7 và bản 3 đã được sửa chữa.",
    "Đồng chí Lò Văn Pấng, Bí thư Chi bộ Tổ 5, phát biểu.",
])
def test_place_numbers_are_identifiers(text):
    layer = _layer(text)
    assert not layer.quantities
    assert {n.reason for n in layer.not_quantities} == {"ordinal or identifier"}


def test_a_label_ending_in_a_place_syllable_is_a_count():
    layer = _layer("Số đảng viên mới phân theo khối: nông thôn 14, doanh nghiệp 9, trường học 5.")
    assert [(q.text, q.label) for q in layer.quantities] == [("14", "nông thôn"), ("9", "doanh nghiệp"),
                                                             ("5", "trường học")]


def test_a_known_noun_after_a_bare_number_is_its_head():
    (quantity,) = _layer("Hội nghị đã nghe 04 tham luận của các chi bộ.").quantities
    assert (quantity.head, quantity.noun_class) == ("tham luận", "item")
