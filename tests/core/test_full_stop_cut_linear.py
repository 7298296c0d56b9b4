"""A resolution's or a vote's name cut at a full stop (decisions._to_full_stop) is searched for once per match in a
long paragraph (review of round 17: a cut that no longer matched stepped on one character at a time from where the
previous search began, so a paragraph of 19,000 characters ending in "… thông qua Kế hoạch A. Biểu quyết: 12/12 …"
searched it again some 37,000 times). The decisions read stay the same; the bound is a count of searches, not a
timing, so it holds on any machine."""

import re

import pytest

import minutes_app.core.structure.decisions as decisions
from minutes_app.core.engine import analyze

HEAD = "BIÊN BẢN HỌP CHI BỘ\nHôm nay, ngày 5/3/2025, Chi bộ thôn Đông tổ chức họp.\n"
FILLER = "Chi bộ thảo luận về công tác phát triển kinh tế và giữ gìn an ninh trật tự trên địa bàn thôn. "


class CountingPattern:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def read(text: str, monkeypatch) -> tuple[list[tuple], int]:
    """The decisions of ``text`` (kind, subject, votes for, base) and how many searches their names cost."""
    counted = [CountingPattern(decisions._RESOLUTION), CountingPattern(decisions._VOTED_DOCUMENT)]
    with monkeypatch.context() as patch:
        patch.setattr(decisions, "_RESOLUTION", counted[0])
        patch.setattr(decisions, "_VOTED_DOCUMENT", counted[1])
        built = analyze(text).structure.built()
    return ([(d.kind, d.subject, d.votes_for, d.base) for d in built.decisions],
            sum(pattern.searches for pattern in counted))


@pytest.mark.parametrize("ending, expected", [
    # a name that runs past a full stop and no longer matches once cut there
    ("Hội nghị đã biểu quyết thông qua Kế hoạch A. Biểu quyết: 12/12 đồng chí tán thành.",
     [("vote", "Kế hoạch A", 12, 12)]),
    ("Chi bộ biểu quyết thông qua Nghị quyết về mức thu quỹ 1.500 nghìn đồng. Kết quả: 14/14 đồng chí tán thành.",
     [("resolution", "Nghị quyết về mức thu quỹ 1.500 nghìn đồng", 14, 14)]),
    ("Đảng ủy ban hành Nghị quyết số 12-NQ/ĐU. Chi bộ biểu quyết thông qua Kế hoạch số 3 của chi bộ: 20/20 đồng chí "
     "tán thành.", [("vote", "Kế hoạch số 3 của chi bộ", 20, 20)]),
    ("Hội nghị nhất trí thông qua Quy chế làm việc của Chi ủy với 9/9 đồng chí tán thành. Sau đó, hội nghị bàn công "
     "tác tháng tới.", [("vote", None, 9, 9)]),
])
def test_a_long_paragraph_reads_the_same_decisions_with_as_many_searches_as_a_short_one(ending, expected, monkeypatch):
    short, short_searches = read(HEAD + FILLER * 20 + ending + "\n", monkeypatch)
    long, long_searches = read(HEAD + FILLER * 200 + ending + "\n", monkeypatch)
    assert short == long == expected
    assert long_searches == short_searches <= 4


def test_the_cut_searches_once_per_start_whatever_the_length():
    pattern = CountingPattern(re.compile(r"thông qua [^:]+:"))

    def full_stop(start: int, end: int) -> int | None:
        stop = text.find(". ", start, end)
        return None if stop < 0 else stop

    for copies in (10, 1000):
        text = "Chi bộ họp. " * copies + "Chi bộ thông qua Kế hoạch A. Kết quả: 9/9; thông qua Quy chế: 9/9."
        pattern.searches = 0
        names = [m[0] for m in decisions._to_full_stop(pattern, text, 0, len(text), full_stop)]
        assert names == ["thông qua Quy chế:"]  # the first name runs past "A." and is no match cut there
        assert pattern.searches == 3  # the failed cut, the match, and the search that finds no more
