"""An election's person named by a title ("ông", "bà") is read only where that title is a word of its own: the
"ông" that ends "Đông", "Công", "Thông" inside a name is no title, and the name is not cut after it."""

import pytest

from minutes_app.core.engine import analyze

HEAD = "BIÊN BẢN ĐẠI HỘI CHI HỘI\n"


def persons(line: str) -> list[str | None]:
    return [d.person for d in analyze(HEAD + line).structure.built().decisions if d.kind == "election"]


@pytest.mark.parametrize("line, cut", [
    ("Kết quả, Lê Đông Phương Nam được bầu với 25/25 đại biểu tán thành.", "Phương Nam"),
    ("Với 30/31 đại biểu tán thành, Trần Công Minh Tuấn được bầu làm Chủ tịch Hội.", "Minh Tuấn"),
    ("Kết quả: Hoàng Thông Bảo Ngọc tái đắc cử (27/28 đại biểu tán thành).", "Bảo Ngọc"),
])
def test_a_title_inside_a_word_cuts_no_name(line, cut):
    assert cut not in persons(line)


@pytest.mark.parametrize("line, person", [
    ("Với 30/31 đại biểu tán thành, ông Trần Minh Tuấn được bầu làm Chủ tịch Hội.", "Trần Minh Tuấn"),
    ("Kết quả, Bà Hoàng Bảo Ngọc tái đắc cử với 27/28 đại biểu tán thành.", "Hoàng Bảo Ngọc"),
    ("Kết quả, đồng chí Lê Đông Phương Nam được bầu với 25/25 đại biểu tán thành.", "Lê Đông Phương Nam"),
    ("Hội nghị biểu quyết: Ông Vũ Đình Khang trúng cử với 18/19 ủy viên tán thành.", "Vũ Đình Khang"),
])
def test_a_title_of_its_own_names_the_person(line, person):
    assert persons(line) == [person]
