"""The document checks read each paragraph once per text (ctx.per_paragraph and the like) and, at a
re-check, only join what the paragraphs hold: a re-check with one Analyzer (its paragraph cache
and memo carried over) must give what a fresh analysis of the same text gives, whatever moved,
and the joins must still find what spans paragraphs (a whole stated paragraphs before its part,
a restated figure, an attendance block)."""

from __future__ import annotations

import random

from minutes_app.core.checks.registry import all_rules
from minutes_app.core.engine import Analyzer, analyze

# Cross-paragraph shapes of our own (a whole, then its part or share a paragraph or more later).
OWN = [
    "Đảng bộ xã hiện có 32 chi bộ trực thuộc với 1.120 đảng viên.\nNăm 2025, Đảng ủy tập trung lãnh đạo phát triển "
    "kinh tế.\nKết quả có 29 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,6%.",
    "Tổng đàn trâu bò của xã có 1.480 con.\nĐã tiêm phòng lở mồm long móng cho 1.520 con trâu bò.",
    "Chi đoàn có 36 đoàn viên.\nQua kiểm tra, có 38 đoàn viên thực hiện tốt nội quy.",
    "Năm 2025, Đảng bộ kết nạp 24 đảng viên mới.\nTrong số đảng viên mới kết nạp có 27 đồng chí là đoàn viên.",
    "Hội nghị đã bầu bổ sung 2 đồng chí vào Ban Thường vụ.\nThay mặt 3 đồng chí vừa được bầu bổ sung, đồng chí "
    "Trần Văn Long phát biểu nhận nhiệm vụ.",
    "Tổng số đảng viên của chi bộ: 41 đồng chí.\nCó mặt: 37 đồng chí.\nVắng mặt: 5 đồng chí (có lý do).",
]


def _documents() -> list[str]:
    examples = [e.text for r in all_rules().values() for e in r.examples if "\n" in e.text]
    rnd = random.Random(8)
    documents = []
    for _ in range(3):
        chosen = rnd.sample(examples, 40) + OWN
        rnd.shuffle(chosen)
        documents.append("\n".join(t + ("\n" if rnd.random() < 0.3 else "") for t in chosen))
    return documents


def _findings(analysis) -> list[tuple]:
    return [(f.code, f.start, f.end, f.message, f.suggestion, f.related) for f in analysis.findings]


def test_recheck_equals_fresh_analysis_after_edits():
    rnd = random.Random(16)
    codes = set()
    for document in _documents():
        analyzer = Analyzer()
        lines = document.split("\n")
        for step in range(12):
            text = "\n".join(lines)
            mine = analyzer.analyze(text)
            assert _findings(mine) == _findings(analyze(text)), step
            codes.update(f.code for f in mine.findings)
            i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
            edit = step % 4
            if edit == 0:
                lines[i] += " Bổ sung 3 đảng viên."  # a paragraph grows: every later one moves
            elif edit == 1:
                lines[i], lines[j] = lines[j], lines[i]
            elif edit == 2:
                lines.insert(i, lines[j])  # the same text twice: one cached reading for both
            else:
                del lines[i]
    # the joins across paragraphs were exercised, not only paragraph rules
    assert {"part-exceeds-whole", "percent-mismatch", "figure-inconsistent"} <= codes


def test_cross_paragraph_findings_survive_a_recheck():
    """An edit elsewhere keeps each cross-paragraph finding, moved with its paragraph."""
    text = "\n".join(OWN)
    analyzer = Analyzer()
    before = analyzer.analyze(text)
    wanted = {"part-exceeds-whole", "percent-mismatch", "figure-inconsistent"}
    assert wanted <= {f.code for f in before.findings}
    edited = "Mở đầu báo cáo.\n" + text
    after = analyzer.analyze(edited)
    shift = len("Mở đầu báo cáo.\n")
    for finding in after.findings:  # each related number placed where it stands in the edited text
        for related in finding.related:
            if related.role in ("whole", "part", "earlier", "later", "restated"):
                assert edited[related.start:related.end][:1].isdigit(), (finding, related)
    # (the messages that name a paragraph by its number name the next one now)
    assert [(f.code, f.start + shift, f.end + shift, f.suggestion) for f in before.findings] == \
        [(f.code, f.start, f.end, f.suggestion) for f in after.findings]


def test_swapped_pairs_are_every_pair_a_brute_force_finds():
    """consistency._swapped_pairs buckets mentions by their digits' letters at each printing step; it must
    find exactly the pairs that comparing every pair of a group at the coarser step of the two finds."""
    from types import SimpleNamespace

    from minutes_app.core.checks.consistency import _adjacent_swap, _swapped_pairs
    from minutes_app.core.numbers import round_half_up

    rnd = random.Random(5)
    total = 0
    for _ in range(40):
        mentions = []
        for _ in range(rnd.randrange(2, 60)):
            value = rnd.choice([2465, 2645, 2456, 24863, 24680, 1245.5, 1254.5, 312, 321, 132, 7214, 7241, 100, 101])
            scale, decimals = rnd.choice([(1, 0), (1e6, 0), (1e6, 1), (1e9, 2), (1e9, 0)])
            quantity = SimpleNamespace(value=value * scale / (10 ** decimals if decimals else 1), scale=scale,
                                       decimals=decimals)

            def digits(step, q=quantity):
                return str(int(round_half_up(q.value / step, 0)))
            mentions.append((None, quantity, digits))
        groups = [[i for i in range(len(mentions)) if i % 3 == g] for g in range(3)]
        brute = []
        for group in groups:
            for k, i in enumerate(group):
                for j in group[k + 1:]:
                    a, b = mentions[i][1], mentions[j][1]
                    step = max(a.scale * 10 ** -a.decimals, b.scale * 10 ** -b.decimals)
                    if _adjacent_swap(mentions[i][2](step), mentions[j][2](step)):
                        brute.append((i, j))
        assert _swapped_pairs(mentions, groups) == sorted(brute)
        total += len(brute)
    assert total > 50
