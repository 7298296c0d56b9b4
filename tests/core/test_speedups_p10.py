"""Round 10 speed shortcuts give what the plain paths give: the quantity layer's hint gates, the
officials' early return and lower-case breaks, the real-word pair index, the CLI's line numbers."""

from __future__ import annotations

import random
import re

import pytest

from minutes_app.cli import _line_col, _line_cols
from minutes_app.core.checks import realword
from minutes_app.core.detectors.officials import _items, detect_officials
from minutes_app.core.lexicon import common_words
from minutes_app.core.quantities import relations, scope
from minutes_app.core.quantities.reader import read_quantities
from minutes_app.core.reading import Reading, tokenize
from tests.helpers import SEEDS

SENTENCES = [
    "Số dư đầu năm 120 triệu đồng, thu trong năm 80 triệu đồng, chi 60 triệu đồng.",
    "Kỳ trước chuyển sang 15 hồ sơ; tiếp nhận mới 40 hồ sơ.",
    "ĐẦU NHIỆM KỲ có 52 đảng viên.",
    "Thu nhập bình quân 45 triệu đồng/người/năm, tăng 3 triệu đồng so với năm trước.",
    "Giá trị trung bình mỗi hộ 12 triệu đồng; mức hỗ trợ 300.000 đồng / suất.",
    "Năm nay kết nạp nhiều hơn năm trước 4 đảng viên.",
    "BÌNH QUÂN 2,5 TẤN/HA", "Kết nạp 9 đảng viên mới.", "Quý III thu 1,2 tỷ đồng.",
    "Giai đoạn 2021 - 2025 đạt 95% kế hoạch.", "chı tiêu đầu năm (dotless i)", "İ đầu kỳ", "ſ trung bình",
    "Không có con số nào ở đây cả.", "",
]


def _texts() -> list[str]:
    found = list(SENTENCES)
    for seed in SEEDS:
        found.extend(seed.read_text(encoding="utf-8").split("\n"))
    return found


@pytest.mark.parametrize("text", _texts())
def test_quantity_hint_gates_answer_as_their_patterns(text):
    balance = relations._BALANCE_WORDS(text) and relations._BALANCE_HINT.search(text)
    assert bool(balance) == bool(relations._BALANCE_HINT.search(text))
    derived = relations._DERIVED_WORDS(text) or relations._DERIVED_GATE(text) and relations._DERIVED_HINT.search(text)
    assert bool(derived) == bool(relations._DERIVED_HINT.search(text))
    assert scope._PERIOD_WORDS(text) == bool(scope._PERIOD_HINT.search(text))


def test_counts_in_words_are_still_read():
    # (the number word's token is found by a bisect on the tokens themselves)
    for text, value in (("Chi bộ có ba tổ đảng hoạt động đều.", 3.0), ("Đã tổ chức bốn hội nghị chuyên đề.", 4.0),
                        ("Ban Chấp hành có ba cơ quan tham mưu giúp việc.", 3.0)):
        reading = Reading(text)
        quantities = read_quantities(reading, [])[0]
        assert [q.value for q in quantities if q.text[0].isalpha()] == [value], text


OFFICIALS = [
    ("Hội nghị đã nghe các đồng chí Nguyễn Văn An, Bí thư Chi bộ, và Trần Thị Bình, Phó Bí thư Chi bộ, phát biểu.",
     [("Nguyễn Văn An", ["Bí thư Chi bộ"]), ("Trần Thị Bình", ["Phó Bí thư Chi bộ"])]),
    ("Báo cáo do bộ phận văn phòng chuẩn bị, hiện do đồng chí Lê Văn Cường, Chánh Văn phòng, phụ trách.",
     [("Lê Văn Cường", ["Chánh Văn phòng"])]),
    ("Các chi bộ đã họp đầy đủ; đồng chí Phạm Thị Dung, nguyên Bí thư Đảng ủy xã, dự và phát biểu.",
     [("Phạm Thị Dung", ["nguyên Bí thư Đảng ủy xã"])]),
    ("Thay mặt các cấp ủy, đồng chí Hoàng Văn Em, Phó Chủ tịch UBND xã, phát biểu chỉ đạo.",
     [("Hoàng Văn Em", ["Phó Chủ tịch UBND xã"])]),
    ("Các chi bộ, các tổ chức đoàn thể và hiện các ban đều hoàn thành nhiệm vụ được giao.", []),
]


@pytest.mark.parametrize("text,expected", OFFICIALS)
def test_officials_after_lower_case_words_that_open_nothing(text, expected):
    found = [(e.get("name"), e.get("titles")) for e in detect_officials(text, tokenize(text)) if e.kind == "official"]
    assert found == expected


def test_a_paragraph_without_a_name_item_has_no_official():
    for seed in SEEDS:
        for line in seed.read_text(encoding="utf-8").split("\n"):
            tokens = tokenize(line)
            if not any(item.kind == "name" for item in _items(line, tokens)):
                assert detect_officials(line, tokens) == []


def test_pair_index_is_the_two_syllable_words_by_side():
    lefts, rights = realword._common_pairs()
    pairs = {tuple(w.split(" ")) for w in common_words() if w.count(" ") == 1}
    assert {(left, right) for right, ls in lefts.items() for left in ls} == pairs
    assert {(left, right) for left, rs in rights.items() for right in rs} == pairs


def test_line_numbers_counted_on_match_counted_from_the_start():
    text = "\n".join(seed.read_text(encoding="utf-8") for seed in SEEDS)
    rnd = random.Random(10)
    offsets = sorted(rnd.sample(range(len(text)), 200)) + [0, len(text), 5, len(text) // 2]
    assert list(_line_cols(text, offsets)) == [_line_col(text, o) for o in offsets]


def test_no_line_break_is_missed():
    text = "a\nb\r\nc\n\nd"
    offsets = [m.start() for m in re.finditer(r"\w", text)]
    assert list(_line_cols(text, offsets)) == [(1, 1), (2, 1), (3, 1), (5, 1)]
