"""Round 17 (fxb): a "trong đó" subset list also ends at a ";" whose clause opens on a linking or time word ("năm nay",
"đồng thời", "ngoài ra", "bên cạnh đó" …) and tells more before its count: another statement, whatever verb it uses
("thành lập", "duy trì", "kiện toàn" are no acts of resources/subset_list_breaks.txt). Items of one list separated by
";" are still one list, a label that is only a time word ("; năm nay 9 đội") still names an item, a subset larger than
its whole is still caught, and a part named by the whole's unclassed noun ("12 đội" of "15 đội dân phòng") is still
read as one of it. Our own sentences, several domains."""

import pytest

from minutes_app.core.engine import analyze


def _errors(text: str):
    return [(f.code, text[f.start:f.end]) for f in analyze(text).findings
            if f.code in ("part-exceeds-whole", "sum-mismatch") and f.severity.value in ("error", "warning")]


ANOTHER_STATEMENT = [
    "Huyện có 15 đội dân phòng, trong đó 12 đội hoạt động tốt; năm nay thành lập 22 đội khuyến nông.",
    "Phường có 12 tổ dân phố, trong đó 9 tổ đạt chuẩn văn hóa; đồng thời duy trì 19 tổ tự quản.",
    "Đảng bộ có 24 chi bộ, trong đó 20 chi bộ hoàn thành tốt nhiệm vụ; bên cạnh đó kiện toàn 27 chi bộ thôn, khu dân cư.",
    "Xã có 320 hộ nghèo, trong đó 150 hộ đã thoát nghèo; năm nay duy trì 400 hộ sản xuất giỏi.",
    "Huyện có 30 trường học, trong đó 25 trường đạt chuẩn quốc gia; đồng thời duy trì 35 trường học thân thiện.",
    "Huyện có 30 trường học, trong đó 25 trường đạt chuẩn quốc gia; năm qua thành lập 35 trường tư thục.",
    "Huyện có 18 xã, trong đó 12 xã đạt chuẩn nông thôn mới; ngoài ra duy trì 25 xã an toàn khu.",
    "Huyện có 18 xã, trong đó 12 xã đạt chuẩn nông thôn mới; đến nay công nhận thêm 25 xã an toàn thực phẩm.",
]


@pytest.mark.parametrize("text", ANOTHER_STATEMENT)
def test_a_clause_opening_on_a_linking_or_time_word_ends_the_subset_list(text):
    assert _errors(text) == []


SLIPS = [
    ("Huyện có 15 đội dân phòng, trong đó 17 đội hoạt động tốt.", "17 đội"),
    ("Huyện có 15 đội dân phòng, trong đó 17 đội hoạt động tốt; năm nay thành lập 22 đội khuyến nông.", "17 đội"),
    ("Chi ủy gồm 15 đồng chí, trong đó: nữ 4 đồng chí; dân tộc 2 đồng chí; trẻ 17 đồng chí.", "17 đồng chí"),
    ("Huyện có 18 xã, trong đó 21 xã đạt chuẩn nông thôn mới; ngoài ra duy trì 25 xã an toàn khu.", "21 xã"),
]


@pytest.mark.parametrize("text, wrong", SLIPS)
def test_a_subset_larger_than_its_whole_is_still_caught(text, wrong):
    found = _errors(text)
    assert any(code == "part-exceeds-whole" and span.startswith(wrong) for code, span in found), found
    # the count after the linking word is never read as one more part
    assert all(span.startswith(wrong) for _code, span in found), found


def test_a_list_separated_by_semicolons_is_still_one_list():
    # 4 + 2 + 3 of 15: clean; the ";" items are still parts (a part over the whole among them is caught above)
    assert _errors("Chi ủy gồm 15 đồng chí, trong đó: nữ 4 đồng chí; dân tộc 2 đồng chí; trẻ 3 đồng chí.") == []
    assert _errors("Chi ủy gồm 15 đồng chí, trong đó: nữ 4 đồng chí; dân tộc 16 đồng chí; trẻ 3 đồng chí.")


def test_a_label_that_is_only_a_time_word_still_names_an_item():
    # "năm trước 7 đội; năm nay 9 đội": a list by period, its items summed against the whole (7 + 9 ≠ 15)
    found = _errors("Huyện có 15 đội dân phòng, trong đó: năm trước 7 đội; năm nay 9 đội.")
    assert any(code == "sum-mismatch" for code, _span in found), found
    assert _errors("Huyện có 16 đội dân phòng, trong đó: năm trước 7 đội; năm nay 9 đội.") == []


def test_a_bare_part_of_the_wholes_noun_still_reads_as_its_kind():
    assert _errors("Huyện có 15 đội dân phòng, trong đó 12 đội hoạt động tốt.") == []
    found = _errors("Huyện có 15 đội dân phòng, trong đó: 12 đội hoạt động tốt, 5 đội hoạt động khá.")
    assert any(code == "sum-mismatch" for code, _span in found), found
