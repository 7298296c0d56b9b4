"""Round 14 (lead): a ", trong đó" list read past its ";" is no full breakdown when its last clause names the rest
without a number ("…; số còn lại thuộc diện khác"). Our own sentences; the false warning was seen on a correct real
page of the held-out bank of round 14 (aggregates only: its text is not copied here)."""

import pytest

from minutes_app.core.engine import analyze


def _sums(text: str):
    return [f for f in analyze(text).findings if f.code == "sum-mismatch"]


@pytest.mark.parametrize("text", [
    "Thị trấn hiện có 4.120 hộ, trong đó có 610 hộ sống bằng nghề thủ công; 980 hộ phi nông nghiệp; 2.300 hộ làm "
    "công ăn lương; số còn lại thuộc diện khác.",
    "Xã Phú Lộc hiện có 1.985 hộ, trong đó có 1.020 hộ làm nông nghiệp; 310 hộ kinh doanh dịch vụ; 455 hộ làm công ăn "
    "lương; còn lại là các hộ hưu trí.",
    "Theo số liệu điều tra, xã Tân Hòa hiện có 2.310 hộ, trong đó có 150 hộ sống bằng nghề nông nghiệp; 420 hộ phi "
    "nông nghiệp; 1.600 hộ làm công ăn lương; số còn lại thuộc diện khác. Toàn xã có 9.100 nhân khẩu.",
])
def test_a_list_that_names_the_rest_is_not_summed(text):
    assert not _sums(text)


@pytest.mark.parametrize("text", [
    # the rest counted: the list is whole, and 150 + 420 + 1.600 + 100 is not 2.310
    "Xã có 2.310 hộ, trong đó có 150 hộ sống bằng nghề nông nghiệp; 420 hộ phi nông nghiệp; 1.600 hộ làm công ăn "
    "lương; 100 hộ thuộc diện khác.",
    "Thị trấn hiện có 4.120 hộ, trong đó có 610 hộ sống bằng nghề thủ công; 980 hộ phi nông nghiệp; 2.300 hộ làm "
    "công ăn lương; 300 hộ thuộc diện khác.",
])
def test_a_list_that_counts_the_rest_is_still_summed(text):
    assert _sums(text)
