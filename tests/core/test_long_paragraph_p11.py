"""One very long paragraph of short sentences (issue 16, speed): the readers that once looked over the whole
paragraph for every number now bisect or read forward; they must find exactly what they found before. These
tests assert results (the shapes are still read at the end of a long paragraph; the fast helpers agree with the
plain scans they replace), never timings."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from minutes_app.core.checks import counts, spelling
from minutes_app.core.quantities import attendance_blocks, scope
from tests.helpers import findings

_FILLER = (
    "Tháng 3, xã tổ chức 4 buổi tuyên truyền pháp luật cho nhân dân. "
    "Hội Nông dân vận động hội viên tham gia lao động, trong đó nhiều người là hội viên cao tuổi. "
    "Đoàn xã ra quân dọn vệ sinh 5 tuyến đường liên thôn. "
    "Ban chỉ đạo kiểm tra 7 cơ sở kinh doanh; nhắc nhở các hộ chấp hành quy định. "
    "Trạm y tế khám cho 60 lượt người, trong số này có nhiều trẻ em. "
)


def _long(shape: str, copies: int = 120, first: bool = False) -> str:
    """``shape`` after (or before) ``copies`` filler blocks, all in one paragraph."""
    filler = _FILLER * copies
    return shape + " " + filler.strip() if first else filler + shape


@pytest.mark.parametrize("first", [False, True])
@pytest.mark.parametrize("shape, wrong", [
    ("Đảng bộ có 28 chi bộ trực thuộc, trong đó 12 chi bộ nông thôn, 9 chi bộ trường học và 6 chi bộ còn lại là chi "
     "bộ cơ quan.", "6 chi bộ"),
    ("Huyện giao chỉ tiêu cho 16 xã. Trong đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ 50% đến 60%, 8 xã còn lại "
     "thu dưới 50%.", "8 xã"),
])
def test_a_breakdown_closed_by_the_rest_is_read_in_a_long_paragraph(shape, wrong, first):
    found = findings(_long(shape, first=first), "sum-mismatch")
    assert any(wrong in f.text for f in found), found


@pytest.mark.parametrize("shape", [
    "Đảng bộ có 28 chi bộ trực thuộc, trong đó 12 chi bộ nông thôn, 9 chi bộ trường học và 7 chi bộ còn lại là chi "
    "bộ cơ quan.",
    "Huyện giao chỉ tiêu cho 16 xã. Trong đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ 50% đến 60%, 7 xã còn lại "
    "thu dưới 50%.",
    # another "trong đó" between the count and its rest: not one breakdown
    "Huyện có 16 xã, trong đó 4 xã miền núi. Trong số này có 2 xã biên giới, 9 xã còn lại ở đồng bằng.",
])
def test_a_breakdown_that_fits_stays_silent_in_a_long_paragraph(shape):
    assert not findings(_long(shape), "sum-mismatch")


def test_a_list_announced_in_a_long_paragraph_is_still_counted():
    shape = "Hội nghị thống nhất 3 nội dung: (1) kiện toàn chi bộ; (2) phát triển đảng viên; (3) thu đảng phí; " \
            "(4) sinh hoạt chuyên đề."
    assert findings(_long(shape), "count-mismatch")
    fits = "Hội nghị thống nhất 3 nội dung: (1) kiện toàn chi bộ; (2) phát triển đảng viên; (3) thu đảng phí."
    assert not findings(_long(fits), "count-mismatch")


# ---------------------------------------------------------------- the fast helpers against the scans they replace


def _old_chunk(text: str, start: int) -> tuple[int, int]:
    return re.compile(r"\S*\Z").search(text, 0, start).start(), re.compile(r"\S+").match(text, start).end()


def test_chunk_start_agrees_with_a_search_from_the_start():
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(["a", "Ê", "-", "/", " ", "\u00a0", "\n", "x" * rng.randint(1, 90)])
                       for _ in range(rng.randint(1, 40)))
        for start in range(len(text)):
            if not text[start].isspace():
                assert spelling._chunk(text, start) == _old_chunk(text, start), (text, start)


def _old_numbered(rest: str) -> int | None:
    markers = list(counts._MARKER.finditer(rest))
    if not markers or rest[:markers[0].start()].strip():
        return None
    expected = counts._first_marker(markers[0]["m"])
    if expected is None:
        return None
    count = 0
    for marker in markers:
        if marker["m"] != expected:
            break
        count += 1
        expected = str(int(expected) + 1) if expected.isdigit() else chr(ord(expected) + 1)
    return count if count >= 2 else None


def _old_word_ordinals(rest: str) -> int | None:
    markers = [m.group(1).lower() for m in counts._WORD_ORDINAL.finditer(rest)]
    if len(markers) < 2 or markers[0] != "một" or rest[:rest.lower().find("một")].strip(" :"):
        return None
    count = 0
    for expected, marker in zip(counts._ORDINAL_WORDS, markers):
        if marker != expected:
            break
        count += 1
    return count


@pytest.mark.parametrize("seed", range(4))
def test_list_markers_agree_with_listing_every_marker(seed):
    rng = random.Random(seed)
    pieces = [" ", "  ", ":", " : ", "; ", ". ", "\n", "(1) ", "(2) ", "(3) ", "1) ", "2) ", "a) ", "b) ", "c) ",
              "một là, ", "Một là, ", "MỘT là, ", "hai là, ", "ba là, ", "bốn là, ", "xây dựng ", "mười ", "x",
              "İ", "m"]
    for _ in range(2000):
        rest = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert counts._numbered_items(rest) == _old_numbered(rest), rest
        assert counts._word_ordinal_items(rest) == _old_word_ordinals(rest), rest


def test_overlap_by_bisection_agrees_with_any():
    rng = random.Random(5)
    for _ in range(500):
        spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 8)))]
        ordered = sorted(spans)
        skip = ([x for x, _ in ordered], list(itertools.accumulate((y for _, y in ordered), max)))
        for start in range(0, 90, 3):
            end = start + rng.randint(1, 6)
            assert attendance_blocks._overlapped(skip, start, end) == any(
                x < end and start < y for x, y in spans)


def test_act_lookup_by_bisection_agrees_with_a_scan():
    rng = random.Random(9)
    for _ in range(300):
        acts, at = [], 0
        for k in range(rng.randint(0, 10)):
            at += rng.randint(0, 6)
            acts.append((at, at + rng.randint(1, 5), f"e{k}"))
            at = acts[-1][1]
        for start in range(0, 70, 2):
            end = start + rng.randint(0, 20)
            expected = None
            for a, b, event in acts:
                if a >= end:
                    break
                if start <= a and b <= end:
                    expected = event
            assert scope._act_in(acts, start, end) == expected
