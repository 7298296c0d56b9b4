"""core/keywords.py: the substring answer is the pattern's answer, exotic case folds included; a
Phrases gate never turns away a paragraph its pattern matches."""

from __future__ import annotations

import random
import re

import pytest

from minutes_app.core.detectors.targets import _KEYWORDS
from minutes_app.core.keywords import Keywords, Phrases
from minutes_app.core.quantities.attendance_reader import LABEL_RE, may_hold_label
from minutes_app.core.quantities.relations import _PRESENCE
from minutes_app.core.quantities.votes import _LABEL_RE as VOTE_LABEL_RE
from minutes_app.core.quantities.votes import VOTE_KINDS, _may_hold_vote
from minutes_app.core.reading import Reading
from minutes_app.core.structure.content import _CLAUSE_PLAN_WORDS, _NOT_A_TARGET, _PLAN_WORDS

PATTERNS = [_KEYWORDS, _PRESENCE, _PLAN_WORDS, _CLAUSE_PLAN_WORDS, _NOT_A_TARGET]
SENTENCES = [
    "Kết nạp 4 đảng viên, chỉ tiêu 5 đồng chí.",
    "KẾ HOẠCH NĂM 2025: THU NGÂN SÁCH 12 TỶ ĐỒNG",
    "Thu ngân sách đạt 104% Dự Toán huyện giao.",
    "Đảng viên có mặt 22 đồng chí, vắng 2 đồng chí (có lý do).",
    "Biểu quyết thông qua nghị quyết: 25/25 đồng chí tán thành.",
    "Phát ra 30 phiếu, thu về 30 phiếu hợp lệ.",
    "Mục tiêu đến năm 2030 Nghị quyết đề ra là 95%.",
    "Trồng cây xanh được 1.250 cây, vượt kế hoạch",
    "Không có con số nào ở đây cả.",
    "CHİ TIÊU 5 (dotted capital I)", "chı tiêu (dotless i)", "bıểu quyết", "PHİẾU", "KẾ HOẠCH",
    "dự họp 20, tham dự 3", "ƯỚC ĐẠT 95% MỤC TIÊU",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_same_answer_as_the_pattern(pattern):
    check = Keywords(pattern)
    assert check.words  # plain words: the fast path is taken
    rnd = random.Random(7)
    texts = list(SENTENCES) + [s.upper() for s in SENTENCES] + [s.swapcase() for s in SENTENCES]
    for _ in range(3000):
        text = rnd.choice(SENTENCES)
        i = rnd.randint(0, len(text))
        texts.append(text[:i] + rnd.choice(["İ", "ı", "ſ", "K", " ", "Σ", ""]) + text[i:])
    for text in texts:
        assert check(text) == (pattern.search(text) is not None), text


def test_more_than_plain_words_is_left_to_the_pattern():
    for pattern in (re.compile(r"kế hoạch|chỉ tiêu\b", re.IGNORECASE), re.compile(r"kế hoạch|chỉ tiêu"),
                    re.compile(r"(?:kế|dự) hoạch", re.IGNORECASE)):
        check = Keywords(pattern)
        assert check.words is None
        for text in SENTENCES:
            assert check(text) == (pattern.search(text) is not None)


# Phrases gates (speed): a paragraph the gate turns away must hold no match of its pattern.

# One sentence of our own for every alternative of each pattern, in the cases and spacings clerks type.
LABEL_SENTENCES = [
    "Vắng 2 đồng chí (không  lý do).", "Vắng: 01 (KHÔNG CÓ LÍ DO)", "vắng có lý do 2", "Có\tlí do: 1 đồng chí",
    "Vắng mặt: 3", "Không có mặt 1 đồng chí", "Miễn sinh hoạt đảng: 2", "miễn công tác và sinh hoạt 1",
    "Miễn SH: 1", "đi sinh hoạt tạm thời nơi khác 2", "giới thiệu sinh hoạt tạm thời ở nơi khác: 1",
    "Sinh hoạt tạm thời: 3", "TẠM THỜI 1", "Tổng số đảng viên: 25", "Tổng cộng 30", "được triệu tập 22",
    "Phải triệu tập: 20", "TRIỆU TẬP 20", "phải dự 18", "phải tham dự sinh hoạt 18", "phải dự họp 3",
    "phải dự hội nghị 40", "Chính thức: 20", "Dự bị 2", "Đại biểu mời: 5", "khách mời 4", "Khách  mời: 4",
    "Có mặt 24 đồng chí", "dự họp 23", "Dự sinh hoạt: 19", "Tham dự 50", "dự Hội nghị 40", "dự Đại hội 120",
]
VOTE_SENTENCES = [
    "Không tán thành: 0", "không đồng ý 1", "KHÔNG NHẤT TRÍ 0", "phản đối 0", "Ý kiến khác: 0",
    "không biểu quyết 1", "phiếu trắng 2", "Tán thành: 25/25", "đồng  ý 24", "Nhất trí 100%",
]


def _gated(gate: Phrases, text: str) -> bool:
    return gate(Reading(text))


@pytest.mark.parametrize("pattern,gate,sentences,kinds", [
    (LABEL_RE, may_hold_label, LABEL_SENTENCES, None),
    (VOTE_LABEL_RE, _may_hold_vote, VOTE_SENTENCES, VOTE_KINDS),
], ids=["attendance", "votes"])
def test_phrase_gate_passes_every_label(pattern, gate, sentences, kinds):
    groups = set()
    for sentence in sentences:
        for text in (sentence, sentence.upper(), sentence.swapcase(), f"Biên bản.\n{sentence} (ghi lại)"):
            matches = [m for m in pattern.finditer(text) if kinds is None or m.lastgroup in kinds]
            assert matches, text  # the sentence is a label of the pattern
            groups.update(m.lastgroup for m in matches)
            assert _gated(gate, text), text
    assert groups == {g for g in pattern.groupindex if kinds is None or g in kinds}  # every branch was tried


@pytest.mark.parametrize("pattern,gate,kinds", [(LABEL_RE, may_hold_label, None),
                                                (VOTE_LABEL_RE, _may_hold_vote, VOTE_KINDS)],
                         ids=["attendance", "votes"])
def test_phrase_gate_never_turns_away_a_match(pattern, gate, kinds):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lines = [line for folder in ("seeds", "tests/corpus", "tests/real", "tests/dev2_structure")
             for path in sorted((root / folder).glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")]
    rnd = random.Random(11)
    samples = LABEL_SENTENCES + VOTE_SENTENCES + SENTENCES
    for _ in range(2000):
        text = rnd.choice(samples)
        i = rnd.randint(0, len(text))
        lines.append(text[:i] + rnd.choice(["İ", "ı", "ſ", "K", "  ", "\t", "\u00a0", "Σ", ""]) + text[i:])
    for line in lines:
        if any(kinds is None or m.lastgroup in kinds for m in pattern.finditer(line)):
            assert _gated(gate, line), line


def test_a_paragraph_with_a_dotted_capital_i_always_passes():
    assert _gated(Phrases("tán thành"), "PHİẾU BẦU") and not _gated(Phrases("tán thành"), "PHIẾU BẦU")


def test_confusion_gate_never_turns_away_a_match():
    from minutes_app.core.checks.spelling import _confusion_table, _may_hold_confusion

    pattern, pairs = _confusion_table()
    rnd = random.Random(5)
    texts = []
    for wrong in pairs:
        for written in (wrong, wrong.upper(), wrong.capitalize(), wrong.swapcase()):
            texts.append(f"Chi bộ đã {written} kịp thời.")
    for _ in range(2000):
        text = rnd.choice(texts)
        i = rnd.randint(0, len(text))
        texts.append(text[:i] + rnd.choice(["İ", "ı", "ſ", "  ", "\t", "Σ", ""]) + text[i:])
    for text in texts:
        if pattern.search(text):
            assert _may_hold_confusion()(Reading(text)), text
    assert not _may_hold_confusion()(Reading("Chi bộ đã sản xuất kịp thời."))


def test_plain_text_shortcut_answers_as_the_normalised_text():
    """A printable paragraph without a double space is used as it is: the same answers as with
    its white space runs made single spaces, whatever white space a clerk typed."""
    gate = Phrases("tán thành", "có mặt", "lý do")
    rnd = random.Random(3)
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x0b", "\u200b", ""]
    for _ in range(3000):
        words = [rnd.choice(["Tán", "thành", "có", "mặt", "lý", "do", "vắng", "25", ":"]) for _ in range(rnd.randint(1, 6))]
        text = "".join(w + rnd.choice(spaces) for w in words)
        if any(c in text for c in "İıſ"):
            continue
        expected = any(p in " ".join(text.lower().split()) for p in gate.phrases)
        assert gate(Reading(text)) == expected, repr(text)


def test_plan_cue_gate_never_turns_away_a_match():
    """The quantity reader asks its two plan patterns only of a clause naming a plan word."""
    from pathlib import Path

    from minutes_app.core.quantities.reader import _PLAN_BEFORE, _PLAN_PAREN_BEFORE, _names_a_plan

    root = Path(__file__).resolve().parents[2]
    lines = [line for folder in ("seeds", "tests/corpus", "tests/real", "tests/dev2_quantities", "tests/dev3_quantities")
             for path in sorted((root / folder).glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")]
    lines += ["Chỉ tiêu NGHỊ QUYẾT ĐỀ RA là 95%", "được GIAO 120 triệu đồng", "Dự kiến (12", "mục tiêu năm 2025 là 3",
              "PHẤN ĐẤU đạt 5", "kế hoạch vốn (1,5", "18,2 ha/KH 20"]
    checked = 0
    for line in lines:
        for at in range(len(line) + 1):
            if at < len(line) and not line[at].isdigit():
                continue
            clause = line[max(0, at - 50):at]
            if _PLAN_BEFORE.search(clause) or _PLAN_PAREN_BEFORE.search(clause):
                checked += 1
                assert _names_a_plan(clause), clause
    assert checked > 50
