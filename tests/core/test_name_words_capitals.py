"""structure/scan.py NAME_WORDS: a name is capitalised syllables, and a capital is a capital letter. The range À-Ỹ
holds the small letters too ("đ", "ư", "ở"), so a name read on past the small word after it ("Y Nhi Byă để Đảng")."""

import re

import pytest

from minutes_app.core.structure.scan import NAME_WORDS


@pytest.mark.parametrize("text, name", [
    ("giới thiệu đoàn viên Y Nhi Byă để Đảng ủy xã cử đi học", "Y Nhi Byă"),
    ("đồng chí Lò Văn Pấng được bầu làm Bí thư", "Lò Văn Pấng"),
    ("quần chúng Hà Thị Mai đã qua lớp bồi dưỡng", "Hà Thị Mai"),
    ("ông Ưng Văn Ơn ở thôn 3", "Ưng Văn Ơn"),  # capitals with their marks open a name
    ("bà H'Linh Niê ủy viên", "H'Linh Niê"),
])
def test_a_name_ends_at_the_first_small_word(text, name):
    assert re.search(NAME_WORDS, text).group() == name


@pytest.mark.parametrize("text", ["đã được ở đây", "đồng chí được ủy quyền", "ưu tiên đề xuất"])
def test_small_words_are_no_name(text):
    assert re.search(NAME_WORDS, text) is None
