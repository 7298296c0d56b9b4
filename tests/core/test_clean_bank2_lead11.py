"""False alarms found by a second fresh author's bank of correct minutes (tests/clean_bank_r11b), fixed at their
mechanisms; the sentences here are our own."""

import pytest

from tests.helpers import findings

PRESENT = "Tổng số ủy viên Ban Chấp hành 27 đồng chí, có mặt 25 đồng chí.\n"


@pytest.mark.parametrize("text", [
    PRESENT + "Cả 02 quần chúng đều được quá một nửa tổng số ủy viên Ban Chấp hành (27 đồng chí) tán thành.",
    PRESENT + "Nghị quyết được thông qua với sự tán thành của hơn một nửa tổng số ủy viên (27 đồng chí) tán thành.",
    "Chi bộ có 15 đảng viên, có mặt 13 đồng chí.\nĐề nghị được trên một nửa tổng số đảng viên chính thức (14 đồng "
    "chí) tán thành.",
])
def test_a_base_restated_in_brackets_after_tong_so_is_no_vote(text):
    assert findings(text, "vote-mismatch") == []


@pytest.mark.parametrize("text", [
    PRESENT + "Biểu quyết: tán thành 26 đồng chí (tổng số 27 đồng chí).",
    PRESENT + "Quần chúng Lê Văn A được 26 đồng chí tán thành, vượt quá một nửa tổng số ủy viên (27 đồng chí).",
    PRESENT + "Kết quả biểu quyết: 26 đồng chí tán thành.",
])
def test_more_votes_than_present_is_still_an_error(text):
    assert len(findings(text, "vote-mismatch")) == 1


ELECTION = ("Danh sách bầu cử gồm {first} đồng chí.\nHình thức bầu cử: bỏ phiếu kín.\n"
            "{one}\nSố phiếu phát ra: 15 phiếu.\nSố phiếu thu vào: 15 phiếu.\n"
            "{two}\nDanh sách bầu cử gồm {second} đồng chí: Trần Văn An.\nSố phiếu phát ra: 15 phiếu.\n")


@pytest.mark.parametrize("one, two", [
    ("I. KẾT QUẢ BẦU CHI ỦY", "II. KẾT QUẢ BẦU BÍ THƯ CHI BỘ"),
    ("1. Kết quả bầu Ban Chấp hành", "2. Kết quả bầu Bí thư"),
    ("a) Bầu cử vòng một", "b) Bầu cử vòng hai"),
])
def test_a_figure_of_a_parallel_section_is_another_record(one, two):
    """Two sections opening with the same words: the second election's list, not the first's told again."""
    text = ELECTION.format(first="04", second="01", one=one, two=two)
    assert findings(text, "figure-inconsistent") == []


@pytest.mark.parametrize("one, two", [
    ("I. KẾT QUẢ BẦU CHI ỦY", "II. ĐÁNH GIÁ CHUNG"),
    ("1. Kết quả bầu Ban Chấp hành", "2. Ý kiến thảo luận"),
    ("I. KẾT QUẢ BẦU CHI ỦY", "I. KẾT QUẢ BẦU CHI ỦY"),
])
def test_a_figure_told_again_in_another_kind_of_section_still_warns(one, two):
    text = ELECTION.format(first="04", second="03", one=one, two=two)
    assert len(findings(text, "figure-inconsistent")) == 1
