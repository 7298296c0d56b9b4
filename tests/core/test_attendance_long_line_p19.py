"""The attendance reader on a line that repeats its labels (round 16, speed): it once looked at every later label
for each label of a line (a thousand "vắng" took more than a second). It now reads each label's place once; these
tests assert what it reads, on long lines and short, never timings."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from minutes_app.core.quantities.attendance_reader import HEADS, Num, _said, fact_key, parse


def _block(*lines: str):
    """The block of ``lines`` (one attendance block, its counts every run of digits or a ratio)."""
    text = "\n".join(lines)
    run, at = [], 0
    for line in lines:
        numbers = tuple(Num(m.start() + at, m.end() + at, m.group(1), m.group(2), (m.start(2) if m.group(2) else
                                                                                 m.end()) + at)
                        for m in re.finditer(r"(\d+)(?:/(\d+))?", line))
        run.append((at, at + len(line), numbers))
        at += len(line) + 1
    return parse(text, run)


def _counts(block) -> dict:
    return {key: fact.value for key, fact in block.facts.items()}


@pytest.mark.parametrize("template", [
    "Có mặt 20 đồng chí, {} 3 đồng chí: đ/c Lê Văn An, đ/c Trần Thị Bình, đ/c Phạm Văn Cường.",
    "Tổng số đảng viên của chi bộ: 23 đồng chí; {} 3 đồng chí (đ/c Lê Văn An, đ/c Trần Thị Bình, đ/c Phạm Văn Cường), "
    "có mặt 20.",
    "Đảng viên dự họp 20/23; {} 03 đồng chí, gồm: Lê Văn An, Trần Thị Bình và Phạm Văn Cường.",
])
@pytest.mark.parametrize("label", ["vắng", "vắng mặt", "Vắng"])
def test_a_label_said_a_thousand_times_reads_as_said_once(template, label):
    once = _block(template.format(label))
    many = _block(template.format(" ".join([label] * 1000)))
    assert _counts(many) == _counts(once)
    assert once.value("absent") == 3
    assert many.names == once.names
    assert [name.removeprefix("đ/c ") for names in many.names.values() for name in names] == \
        ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"]


@pytest.mark.parametrize("reason", ["(có lý do)", "(ốm, có lý do)", "(đi công tác - có lý do)"])
def test_names_with_their_reasons_in_brackets_run_to_the_end_of_a_long_list(reason):
    people = [f"đ/c {surname} Văn {given}" for surname, given in itertools.product(
        ("Lê", "Trần", "Phạm", "Nguyễn"), ("An", "Bình", "Cường", "Dũng", "Hải"))]
    line = f"Có mặt 30 đồng chí; vắng {len(people)} đồng chí: " + ", ".join(f"{p} {reason}" for p in people) + "."
    block = _block(line)
    assert _counts(block) == {("present", None): 30, ("absent", None): len(people)}
    assert [n.removeprefix("đ/c ") for n in block.names[("absent", None)]] == \
        [p.removeprefix("đ/c ") for p in people]


def test_a_reason_after_the_names_still_ends_them_in_a_long_line():
    # near-miss: an unbracketed reason label after the list is the next label, not a name's aside
    line = "Có mặt 20 đồng chí, vắng 2 đồng chí: đ/c Lê Văn An, đ/c Trần Thị Bình; " + "vắng " * 500 + \
        "không lý do 1 đồng chí."
    block = _block(line)
    assert block.value("absent") == 2
    assert block.value("absent", "noreason") == 1
    assert block.names[("absent", None)] == ["đ/c Lê Văn An", "đ/c Trần Thị Bình"]


def test_what_fact_key_reads_of_a_phrase_is_kept_whole():
    kinds = list(HEADS) + ["official", "probationary", "reason", "noreason", "exempt", "away", "temp", "called",
                           "guest"]
    rnd = random.Random(16)
    for _ in range(3000):
        phrase = [rnd.choice(kinds) for _ in range(rnd.randint(1, 12))]
        said: list[str] = []
        for index, kind in enumerate(phrase):
            said = _said(said, kind)
            for head in (None, "total", "present", "absent"):
                assert fact_key(said, head) == fact_key(phrase[:index + 1], head), (phrase[:index + 1], head)
        assert len(said) <= 3
