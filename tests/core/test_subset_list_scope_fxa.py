"""Round 17 (fxa): where a "trong đó" subset list ends. A clause that opens with an act of its own (bầu, cử, kết nạp,
giới thiệu, phân công …), perhaps after its own subject ("hội nghị đã bầu …"), tells of other people than the whole's
subsets, after a ";" or a ",": its count is no part of the whole. Items of one list separated by ";" ("trong đó: nữ 4
đồng chí; dân tộc thiểu số 2 đồng chí; …") are still one list, and a subset larger than its whole is still caught.
Our own sentences, varied wording and domains."""

import pytest

from minutes_app.core.engine import analyze


def _exceeds(text: str):
    return [text[f.start:f.end] for f in analyze(text).findings
            if f.code == "part-exceeds-whole" and f.severity.value in ("error", "warning")]


# another act opens its own clause: the count after it is of those it acted on, not some of the whole
ANOTHER_ACT = [
    "Chi ủy gồm 15 đồng chí, trong đó nữ 4 đồng chí; bầu 21 đồng chí đi dự đại hội cấp trên.",
    "Ban Thường vụ Huyện ủy gồm 11 đồng chí, trong đó 2 đồng chí nữ; cử 19 đồng chí phụ trách các xã, thị trấn.",
    "Đảng ủy có 15 đồng chí, trong đó nữ 4 đồng chí; hội nghị đã bầu 21 đồng chí đi dự đại hội cấp trên.",
    "Tổ hòa giải có 7 thành viên, trong đó 3 thành viên là nữ; đã phân công 10 thành viên theo dõi các cụm dân cư.",
    "Chi ủy gồm 15 đồng chí, trong đó nữ 4 đồng chí, bầu 21 đồng chí đi dự đại hội cấp trên.",
    "Ban Chấp hành gồm 15 đồng chí, trong đó: nữ 4 đồng chí, trẻ 3 đồng chí; bầu 21 đồng chí đi dự đại hội cấp trên.",
    "Ban chỉ đạo có 9 thành viên, trong đó nữ 2 thành viên; đồng thời Ban Thường vụ giới thiệu 14 thành viên tham "
    "gia tổ giúp việc.",
    "Đoàn công tác gồm 6 đồng chí. Trong đó, nữ 2 đồng chí; Thường trực Huyện ủy chỉ định 8 đồng chí làm tổ thư ký.",
]


@pytest.mark.parametrize("text", ANOTHER_ACT)
def test_a_clause_with_its_own_act_ends_the_subset_list(text):
    assert _exceeds(text) == []


# one list whose items are separated by ";" (or ","), its labels no act: read whole, every item against the whole
ONE_LIST = [
    "Chi ủy gồm 15 đồng chí, trong đó nữ 4 đồng chí; dân tộc thiểu số 2 đồng chí; trẻ 3 đồng chí.",
    "Chi ủy gồm 15 đồng chí, trong đó: nữ 4 đồng chí; dân tộc thiểu số 2 đồng chí; trẻ 3 đồng chí.",
    "Ban Chấp hành có 27 ủy viên, trong đó nữ 6 ủy viên; dưới 40 tuổi 5 ủy viên; tái cử 20 ủy viên.",
    "Ban Chấp hành gồm 15 đồng chí, trong đó tái cử 10 đồng chí, bầu mới 5 đồng chí.",
]


@pytest.mark.parametrize("text", ONE_LIST)
def test_a_list_of_labels_separated_by_semicolons_stays_clean(text):
    assert _exceeds(text) == []


# a subset larger than its whole, inside the list, before or after an act's clause: still an error
SLIPS = [
    ("Chi ủy gồm 15 đồng chí, trong đó nữ 17 đồng chí.", "17 đồng chí"),
    ("Chi ủy gồm 15 đồng chí, trong đó nữ 17 đồng chí; bầu 21 đồng chí đi dự đại hội cấp trên.", "17 đồng chí"),
    ("Chi ủy gồm 15 đồng chí, trong đó nữ 4 đồng chí; dân tộc thiểu số 17 đồng chí; trẻ 3 đồng chí.", "17 đồng chí"),
    ("Chi ủy gồm 15 đồng chí, trong đó: nữ 4 đồng chí; dân tộc thiểu số 2 đồng chí; trẻ 18 đồng chí.", "18 đồng chí"),
    ("Ban Chấp hành có 27 ủy viên, trong đó nữ 6 ủy viên; dưới 40 tuổi 5 ủy viên; tái cử 29 ủy viên.", "29 ủy viên"),
    ("Tổ hòa giải có 7 thành viên, trong đó 9 thành viên là nữ; đã phân công 10 thành viên theo dõi các cụm dân cư.",
     "9 thành viên"),
    # participles are the list's own labels, no act of a clause of its own
    ("Ban Chấp hành gồm 15 đồng chí, trong đó tái cử 10 đồng chí, bầu mới 16 đồng chí.", "16 đồng chí"),
    ("Ban Chấp hành gồm 15 đồng chí, trong đó nữ 4 đồng chí; được bầu lần đầu 17 đồng chí.", "17 đồng chí"),
    ("Hội đồng tư vấn có 11 thành viên, trong đó: nữ 3 thành viên; được cử từ các ngành 14 thành viên.",
     "14 thành viên"),
    ("Đoàn công tác gồm 6 đồng chí. Trong đó, nữ 7 đồng chí; Thường trực Huyện ủy chỉ định 8 đồng chí làm tổ thư ký.",
     "7 đồng chí"),
    ("Ban Thường vụ gồm 11 đồng chí, trong đó 2 đồng chí nữ, 13 đồng chí có trình độ cao cấp lý luận chính trị; cử 5 "
     "đồng chí phụ trách các xã.", "13 đồng chí"),
]


@pytest.mark.parametrize("text, wrong", SLIPS)
def test_a_subset_larger_than_its_whole_is_still_caught(text, wrong):
    found = _exceeds(text)
    assert any(f.startswith(wrong) for f in found), found
    # the count of the act's own clause is never read as one more part
    assert all(f.startswith(wrong) for f in found), found
