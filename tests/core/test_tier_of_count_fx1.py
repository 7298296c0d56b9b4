"""The tier a count is of (quantities/scope.py tier_at): the one in the count's own phrase, or of its subject; never
the tier of the one who guided the work or of an event the sentence follows (reviewer of pc23: "Theo hướng dẫn của
cấp tỉnh, … đã kiểm tra 24 tổ chức đảng" read as a count of the province's tier)."""

import pytest

from minutes_app.core.checks.registry import DocumentContext
from minutes_app.core.quantities.scope import tier_at, two_tiers
from minutes_app.core.text import split_paragraphs


def _tier(sentence: str, number: str) -> str | None:
    context = DocumentContext(sentence, split_paragraphs(sentence), [])
    return tier_at(context, sentence.index(number))


@pytest.mark.parametrize("sentence, number", [
    ("Theo hướng dẫn của cấp tỉnh, năm 2025 Ủy ban Kiểm tra Huyện ủy đã kiểm tra 24 tổ chức đảng.", "24"),
    ("Thực hiện chỉ đạo của cấp trung ương, Hội Nông dân huyện mở 18 lớp tập huấn cho hội viên.", "18"),
    ("Căn cứ yêu cầu của cấp huyện; trong quý II, Đảng ủy xã đã giám sát 9 chi bộ.", "9"),
    ("Sau đại hội cấp cơ sở, năm 2025 toàn Đảng bộ huyện đã kết nạp 126 đảng viên mới.", "126"),
])
def test_a_tier_of_who_guided_or_of_an_event_before_is_not_the_counts(sentence, number):
    assert _tier(sentence, number) is None


@pytest.mark.parametrize("sentence, number, tier", [
    ("Theo hướng dẫn của cấp tỉnh, năm 2025 Ủy ban Kiểm tra Huyện ủy đã kiểm tra 42 tổ chức đảng cấp cơ sở.", "42",
     "cơ sở"),
    ("Năm 2025, HĐND cấp huyện đã tổ chức 6 kỳ họp thường lệ.", "6", "huyện"),
    ("Toàn tỉnh bầu được 1.250 đại biểu HĐND cấp xã, nhiệm kỳ 2021 - 2026.", "1.250", "xã"),
    ("Theo kế hoạch, đại biểu Quốc hội tiếp xúc cử tri tại 14 điểm cấp phường (Thành phố Thủ Đức).", "14",
     "phường"),
])
def test_the_tier_of_the_counted_noun_or_of_its_subject(sentence, number, tier):
    assert _tier(sentence, number) == tier


def test_two_tiers_needs_each_counts_own_tier():
    text = ("Theo hướng dẫn của cấp tỉnh, năm 2025 Ủy ban Kiểm tra Huyện ủy đã kiểm tra 24 tổ chức đảng.\n\n"
            "Năm 2025, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 42 tổ chức đảng cấp cơ sở.\n\n"
            "Năm 2025, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra 31 tổ chức đảng cấp huyện.")
    context = DocumentContext(text, split_paragraphs(text), [])
    assert not two_tiers(context, text.index("24"), text.index("42"))
    assert two_tiers(context, text.index("42"), text.index("31"))
