"""A body's units told twice (round 21): "Đảng bộ có 21 chi bộ trực thuộc" and "xếp loại 22 chi bộ trực thuộc",
"trong số 23 tổ chức cơ sở đảng", "hiện có 19 chi bộ trực thuộc" - one standing figure of one noun with its
qualifier, of one subject, at moments that may be one (quantities/restated.py, _standing_counts). Inferred: a
warning on one of them naming the other. Sentences of our own, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import findings

_PHRASE = "đơn vị trực thuộc"


@pytest.mark.parametrize("text, wrong, other", [
    # what the body has, then the whole an act goes over ("trong số"), digits swapped
    ("BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025\nI. TÌNH HÌNH CHUNG\nĐảng bộ phường có 32 tổ chức cơ sở đảng "
     "với 1.240 đảng viên.\nII. KẾT QUẢ\nTrong số 23 tổ chức cơ sở đảng, 20 tổ chức hoàn thành tốt nhiệm vụ trở lên.",
     "23 tổ chức cơ sở đảng", "32 tổ chức cơ sở đảng"),
    # a year's figure in the lead and "hiện có" in a speech: the report's year is now
    ("Đảng bộ xã Hòa Bình tổng kết công tác năm 2025\nNăm 2025, Đảng bộ xã Hòa Bình có 18 chi bộ trực thuộc với 612 "
     "đảng viên.\nPhát biểu chỉ đạo, đồng chí Bí thư Huyện ủy nhấn mạnh Đảng bộ xã hiện có 19 chi bộ trực thuộc, cần "
     "tiếp tục nâng cao chất lượng sinh hoạt.", "19 chi bộ trực thuộc", "18 chi bộ trực thuộc"),
    # the whole a classification goes over; the earlier one's parts add up to it (12 = 8 + 4)
    ("BÁO CÁO TỔNG KẾT NĂM 2025\n1. Tình hình tổ chức: Đảng ủy thị trấn có 12 chi bộ trực thuộc (8 chi bộ khu phố, "
     "4 chi bộ cơ quan).\n2. Đánh giá, xếp loại: kết quả xếp loại 13 chi bộ trực thuộc: hoàn thành tốt nhiệm vụ 10 "
     "chi bộ, hoàn thành nhiệm vụ 3 chi bộ.", "13 chi bộ trực thuộc", "12 chi bộ trực thuộc"),
])
def test_a_body_s_units_told_twice_with_a_slip_are_questioned(text, wrong, other):
    found = [f for f in findings(text, "figure-inconsistent") if _PHRASE in f.message]
    assert [f.text for f in found] == [wrong], found
    assert found[0].severity.value == "warning" and other in found[0].message


@pytest.mark.parametrize("text", [
    # then and now: a year before the report's and "đến nay"
    "BÁO CÁO TỔNG KẾT NĂM 2025\nNăm 2020, Đảng bộ có 45 chi bộ trực thuộc.\nSau sắp xếp, đến nay Đảng bộ có 47 chi bộ "
    "trực thuộc với 1.320 đảng viên.",
    # a change of the noun told: the number moved
    "BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ xã có 21 chi bộ trực thuộc.\nTrong năm giảm 1 chi bộ trực thuộc do sáp nhập "
    "thôn.\nKết quả xếp loại 20 chi bộ trực thuộc: hoàn thành tốt nhiệm vụ 15 chi bộ, hoàn thành nhiệm vụ 5 chi bộ.",
    # two named bodies
    "BÁO CÁO CỦA HUYỆN ỦY NĂM 2025\nĐảng bộ xã An Bình có 21 chi bộ trực thuộc với 540 đảng viên.\nĐảng bộ xã Tân "
    "Phú có 22 chi bộ trực thuộc với 610 đảng viên.",
    # no typing slip between the two values: more likely another figure
    "BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ có 21 chi bộ trực thuộc.\nKết quả xếp loại 35 chi bộ trực thuộc: hoàn thành "
    "tốt nhiệm vụ 30 chi bộ, hoàn thành nhiệm vụ 5 chi bộ.",
    # two years
    "BÁO CÁO TỔNG KẾT NĂM 2025\nNăm 2024, Đảng bộ có 21 chi bộ trực thuộc.\nNăm 2025, Đảng bộ có 22 chi bộ trực thuộc "
    "với 640 đảng viên.",
    # the opening of a term and now
    "BÁO CÁO TỔNG KẾT NĂM 2025\nĐầu nhiệm kỳ, Đảng bộ có 21 chi bộ trực thuộc.\nĐến nay, Đảng bộ có 22 chi bộ trực "
    "thuộc với 640 đảng viên.",
    # some of them, told before with that value
    "BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ có 21 chi bộ trực thuộc, trong đó có 12 chi bộ trực thuộc ở nông thôn.\nKết "
    "quả xếp loại 12 chi bộ trực thuộc ở nông thôn: hoàn thành tốt nhiệm vụ 10 chi bộ.",
    # a bare noun, no qualifier: "chi bộ" may be any of them
    "BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ có 21 chi bộ.\nKết quả xếp loại 12 chi bộ: hoàn thành tốt nhiệm vụ 10 chi bộ, "
    "hoàn thành nhiệm vụ 2 chi bộ.",
])
def test_near_misses_stay_silent(text):
    assert not [f for f in findings(text, "figure-inconsistent") if _PHRASE in f.message]


def test_a_reorganisation_told_in_words_makes_two_moments():
    text = ("BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ xã có 47 chi bộ trực thuộc.\nSau khi sáp nhập các thôn, "
            "Đảng bộ xã hiện có 45 chi bộ trực thuộc với 1.320 đảng viên.")
    assert not [f for f in findings(text, "figure-inconsistent") if _PHRASE in f.message]


_HEAD = "BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ có 45 chi bộ trực thuộc với 1.320 đảng viên.\n"
_RANKED = "\nKết quả xếp loại 46 chi bộ trực thuộc: hoàn thành tốt nhiệm vụ 40 chi bộ, hoàn thành nhiệm vụ 5 chi bộ."


@pytest.mark.parametrize("change", [
    "Trong năm, Đảng ủy quyết định thành lập 1 chi bộ trực thuộc tại Cụm công nghiệp Bắc Sơn.",
    "Tháng 8/2025, Đảng ủy ra quyết định thành lập Chi bộ Công ty cổ phần Gạch ngói Hồng Hà.",
    "Đảng ủy đã chuyển Chi bộ Trạm Y tế về sinh hoạt tại Đảng bộ Trung tâm Y tế huyện.",
    "Tháng 7/2025, Đảng ủy tiếp nhận Chi bộ Trường Tiểu học từ Đảng bộ thị trấn.",
    "Thực hiện chủ trương của Huyện ủy, Đảng ủy đã nhập Chi bộ thôn 3 vào Chi bộ thôn 4.",
    "Đảng ủy quyết định giải thể Chi bộ Hợp tác xã Đồng Tâm do hợp tác xã ngừng hoạt động.",
])
def test_a_change_of_that_unit_told_between_makes_two_moments(change):
    text = _HEAD + change + _RANKED
    assert not [f for f in findings(text, "figure-inconsistent") if _PHRASE in f.message]


@pytest.mark.parametrize("elsewhere", [
    "Đảng ủy đã sắp xếp, bố trí cán bộ chủ chốt các chi bộ.",  # a change of people, not of the units
    "Trong năm, Hội Nông dân thành lập 2 tổ hội nghề nghiệp mới.",  # a change of another noun
    "Ban Thường vụ đã tiếp nhận 12 đơn thư và chuyển 3 đơn đến cơ quan chức năng.",
])
def test_a_change_of_something_else_silences_nothing_and_moves_no_finding(elsewhere):
    # (the later one's parts add up to it: 40 + 6; with a change told anywhere the later is never moved onto the earlier)
    text = _HEAD + elsewhere + _RANKED.replace("nhiệm vụ 5 chi bộ", "nhiệm vụ 6 chi bộ")
    found = [f for f in findings(text, "figure-inconsistent") if _PHRASE in f.message]
    assert [f.text for f in found] == ["46 chi bộ trực thuộc"], found


def test_a_change_in_the_sentence_of_a_mention_makes_two_moments():
    text = ("BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ xã có 24 chi bộ trực thuộc với 702 đảng viên.\nSau khi sáp nhập các "
            "thôn, Đảng bộ xã hiện có 23 chi bộ trực thuộc.")
    assert not [f for f in findings(text, "figure-inconsistent") if _PHRASE in f.message]


def test_two_dated_moments_are_two_quantities():
    text = ("BÁO CÁO TỔNG KẾT NĂM 2025\nTính đến ngày 30/6/2025, Đảng bộ có 46 chi bộ trực thuộc.\nTính đến ngày "
            "31/12/2025, Đảng bộ có 47 chi bộ trực thuộc với 1.402 đảng viên.")
    assert not findings(text, "figure-inconsistent")
    # (one dated moment and the whole the year's classification goes over: one moment, one slip)
    text = ("BÁO CÁO TỔNG KẾT NĂM 2025\nTính đến ngày 31/12/2025, Đảng bộ có 46 chi bộ trực thuộc.\nKết quả xếp loại "
            "47 chi bộ trực thuộc: hoàn thành tốt nhiệm vụ 40 chi bộ, hoàn thành nhiệm vụ 6 chi bộ.")
    assert [f.text for f in findings(text, "figure-inconsistent")] == ["47 chi bộ trực thuộc"]


def test_one_finding_a_figure():
    # "Trong số 63 …" is a back reference too: the figure is questioned once
    text = ("BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ phường có 36 chi bộ trực thuộc.\nTrong số 63 chi bộ trực thuộc, 34 chi "
            "bộ hoàn thành tốt nhiệm vụ trở lên.")
    assert len(findings(text, "figure-inconsistent")) == 1


def test_a_word_of_change_of_something_else_in_the_sentence_silences_nothing():
    # ("chuyển đổi số": "chuyển" tells a change of units only with their noun after it)
    text = ("BÁO CÁO TỔNG KẾT NĂM 2025\nĐảng bộ hiện có 41 tổ chức cơ sở đảng với 2.742 đảng viên.\nĐẩy mạnh chuyển "
            "đổi số; 100% trong số 14 tổ chức cơ sở đảng hoàn thành cập nhật dữ liệu đảng viên.")
    assert [f.text for f in findings(text, "figure-inconsistent")] == ["14 tổ chức cơ sở đảng"]
