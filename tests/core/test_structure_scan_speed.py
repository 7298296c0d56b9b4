"""The speed helpers of core/structure/scan.py give the answers of what they replace, on every line of the
readable texts and on lines mutated with case changes and the letters str.lower and re fold apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_app.core.keywords import Keywords
from minutes_app.core.structure import build, content, scan

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("seeds", "tests/real", "tests/dev_structure", "tests/dev2_structure", "tests/dev3_structure",
           "tests/dev_quantities", "tests/dev6_quantities_a", "tests/corpus")


def _lines() -> list[str]:
    found = set()
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            for line in path.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    found.add(line)
    lines = sorted(found)
    # case changes and the letters whose lower case or case folding differ (İ, ı, ſ): the patterns must still decide
    mutated = [line.upper() for line in lines[::7]] + [line.title() for line in lines[::11]]
    mutated += [line.replace("i", "ı", 1) for line in lines[::13]] + [line.replace("I", "İ", 1) for line in lines[::17]]
    mutated += [line.replace("s", "ſ", 1) for line in lines[::19]]
    return lines + mutated + [
        "Chỉ tiêu: KẾ HOẠCH giao 1.200 cây, thực hiện 1.250 cây", "Kế hoạch năm 120 hộ; ĐẠT 130 hộ",
        "Về nhiệm vụ thời gian tới, hội nghị thống nhất: (1) rà soát; (2) kiểm tra",
        "Giao Văn phòng Đảng ủy hoàn thành trước ngày 20/12/2025; yêu cầu các chi bộ báo cáo",
        "bàn giao Văn phòng thực hiện", "việc giao đất", "Mức vận động 10 triệu đồng, đạt 12 triệu đồng",
    ]


LINES = _lines()


def _naive_tags(line: str) -> frozenset[str]:
    low = line.lower()
    found = set()
    for name, words in scan._WORDS.items():
        if any(word in low for word in words):
            found.add(name)
    if "intro" in found and ":" not in low:
        found.discard("intro")
    if ":" in low[:70] or " là " in low[:50]:
        found.add("label")
    return frozenset(found)


def test_tags_are_the_families_of_every_word_the_line_holds():
    for line in LINES:
        assert scan.tags.__wrapped__(line) == _naive_tags(line), line


ANCHORED = [content._PLAN_LEVEL_AT, content._DONE_LEVEL_AT, content._CLAUSE_PLAN_AT, content._INLINE_INTRO_AT,
            content._GIAO_AT, build._PLAN_CUE_AT]


@pytest.mark.parametrize("anchored", ANCHORED, ids=lambda a: a.words[0])
def test_anchored_patterns_find_what_the_pattern_finds(anchored):
    pattern = anchored.pattern
    for line in LINES:
        assert [m.span() for m in anchored.finditer(line)] == [m.span() for m in pattern.finditer(line)], line
        got, want = anchored.search(line), pattern.search(line)
        assert (got and got.span()) == (want and want.span()), line
        if len(line) > 20:  # within bounds, as a reader calls it on a part of a line
            a, b = 5, len(line) - 5
            got, want = anchored.search(line, a, b), pattern.search(line, a, b)
            assert (got and got.span()) == (want and want.span()), line
            assert [m.span() for m in anchored.finditer(line, a, b)] == [m.span() for m in pattern.finditer(line, a, b)]


@pytest.mark.parametrize("pattern", [content._PLAN_WORDS, content._CLAUSE_PLAN_WORDS, content._NOT_A_TARGET,
                                     content._VOTE_LINE])
def test_gates_answer_as_keywords(pattern):
    gate, keywords = scan.Gate(pattern), Keywords(pattern)
    for line in LINES:
        assert gate(line) == keywords(line) == (pattern.search(line) is not None), line


def test_a_word_inside_a_longer_one_is_found_where_it_starts():
    # "biểu quyết thông qua" holds "thông qua" (adopt); "- đồng chí" holds "đồng chí" (person); "dự" in "xây dựng"
    assert {"voted", "adopt"} <= scan.tags.__wrapped__("Hội nghị biểu quyết thông qua nghị quyết.")
    assert {"opinion", "person"} <= scan.tags.__wrapped__("- Đồng chí Lê Văn Hòa phát biểu")
    assert "present" in scan.tags.__wrapped__("Công tác xây dựng Đảng")
    assert "present" not in scan.tags.__wrapped__("Công tác kiểm tra, giám sát")


def test_look_behinds_see_the_text_before_the_word():
    giao = content._GIAO_AT
    assert giao.search("Hội nghị bàn giao Văn phòng Đảng ủy thực hiện") is None
    assert giao.search("Hội nghị giao Văn phòng Đảng ủy thực hiện") is not None
    assert re.sub(r"\s+", " ", giao.search("Chi bộ giao Văn phòng thực hiện")[0]).startswith("giao")


def test_a_whole_document_searched_within_an_item_is_not_remembered():
    """content._task passes the whole document with one item's bounds: only that part is lower-cased, and no
    long text is kept by the line cache (each edit makes a new document text; keeping them grew without end)."""
    items = ["1. Giao đồng chí Lò Văn Phong, Trưởng thôn rà soát hộ cận nghèo trước ngày 15/01/2026.",
             "2. Chi ủy phân công đồng chí Hà Thị Duyên theo dõi việc thu quỹ khuyến học.",
             "3. Yêu cầu các tổ đảng nộp báo cáo quý IV trước ngày 20/12.",
             "4. Ban giao dịch bàn giao Văn phòng thực hiện việc giao đất."]  # near miss: no assignment opens it
    filler = "Năm 2025, thôn hoàn thành các chỉ tiêu về kinh tế, văn hóa, xã hội đề ra.\n" * 60
    document = filler + "\n".join(items) + "\n" + filler
    scan._lowered_line.cache_clear()
    giao = content._GIAO_AT
    at = len(filler)
    for item in items:
        a, b = at, at + len(item)
        got, want = giao.search(document, a, b), giao.pattern.search(document, a, b)
        assert (got and got.span()) == (want and want.span()), item
        assert [m.span() for m in giao.finditer(document, a, b)] == [m.span() for m in giao.pattern.finditer(document, a, b)]
        at = b + 1
    assert all(giao.search(document, a, a + 90) is not None for a in (len(filler), len(filler) + len(items[0]) + 1))
    info = scan._lowered_line.cache_info()
    assert info.currsize <= len(items) + 2  # the parts searched, never the whole document
    assert scan.lowered(document) == document.lower()  # (long texts lower-cased as asked, not remembered)
    assert scan._lowered_line.cache_info().currsize == info.currsize
