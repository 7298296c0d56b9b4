"""One reading of an adjective with its degree word (resources/gradable_adjectives.txt, degree_words.txt): beside
its degree word ("đông nhất", "cao hơn", "rất xa"), or before "nhất" in a sentence that compares at its most
elsewhere, where no neighbour makes a compound of it. A word that takes no degree ("thông") before "nhất" is read
for a slip whatever the sentence compares (the sentence rule alone, before, silenced any word before "nhất")."""

import pytest

from tests.checks.test_realword import found


@pytest.mark.parametrize("text", [
    "Trong 6 thôn, thôn đông nhất có 410 hộ, thôn ít nhất có 96 hộ.",
    "Chi hội đông nhất (52 hội viên) và chi hội thấp nhất (18 hội viên) đều hoàn thành chỉ tiêu.",
    "Điểm trường xa nhất cách trung tâm 14 km; điểm gần nhất chỉ 2 km.",
    "Số hộ tham gia năm nay đông hơn năm trước.",
])
def test_an_adjective_with_its_degree_stays_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text", [
    "Các chi bộ đều thông nhất kế hoạch; chi bộ đông nhất có 40 đảng viên, chi bộ ít nhất có 9.",
    "Hội nghị thông nhất mức thu cao nhất là 200.000 đồng, thấp nhất 50.000 đồng mỗi hộ.",
    "Đại hội thông nhất bầu 9 đồng chí, trong đó đồng chí trẻ nhất 31 tuổi.",
])
def test_a_word_that_takes_no_degree_is_still_read_for_a_slip(text):
    assert found(text, "real-word") == [("thông", "thống")]
