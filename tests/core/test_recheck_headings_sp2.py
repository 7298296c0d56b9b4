"""A re-check reuses what each paragraph told (per its text) and walks only the lines that set something for the
lines under them: header lines and headings (quantities.scope.document_scopes), the headings between two mentions
(consistency._parallel_sections, _parallel_records). Edits that add, remove or rewrite exactly those lines - a
heading that names another year or unit, a top heading of plans, a title line naming the report's year - must give
what a fresh analysis of the same text gives: findings, entities and the document as read."""

from __future__ import annotations

import random
from pathlib import Path

from minutes_app.core.engine import Analyzer, analyze

ROOT = Path(__file__).resolve().parents[2]

# A report of our own whose figures depend on the headings over them: the year of the title, a plan section, a
# heading naming a unit, two numbered sections opening with the same words.
REPORT = """ĐẢNG BỘ XÃ TÂN AN
CHI BỘ THÔN 3
ĐẢNG CỘNG SẢN VIỆT NAM
BÁO CÁO
KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
1. Công tác phát triển đảng viên
Năm 2025, chi bộ kết nạp 12 đảng viên mới, đạt 120% kế hoạch.
Chi bộ hiện có 45 đảng viên, trong đó 3 đảng viên dự bị.
2. Công tác kiểm tra, giám sát của chi ủy
Chi ủy đã kiểm tra 5 tổ chức đảng và giám sát chuyên đề 11 tổ chức đảng.
3. Công tác kiểm tra, giám sát của Ủy ban Kiểm tra
Ủy ban Kiểm tra đã giám sát chuyên đề 13 tổ chức đảng.
Trong năm, chi bộ đã kết nạp 14 đảng viên mới.
Thôn Đông
Tổng đàn trâu bò của thôn có 1.480 con; đã tiêm phòng cho 1.250 con, đạt 84,5%.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Kết nạp 15 đảng viên mới.
- Phấn đấu 100% chi bộ hoàn thành tốt nhiệm vụ.
III. KIẾN NGHỊ
Tổng số đảng viên của chi bộ là 47 đồng chí."""

EDITS = [
    lambda ls: ls.insert(6, "II. KẾT QUẢ NĂM 2024"),  # a top heading of another year over the first figures
    lambda ls: ls.pop(5),  # the first top heading goes
    lambda ls: ls.__setitem__(4, "KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024"),  # the title names another year
    lambda ls: ls.insert(10, "4. Công tác phát triển đảng viên"),  # a numbered heading, sibling of "1. …"
    lambda ls: ls.__setitem__(ls.index("Thôn Đông") if "Thôn Đông" in ls else 0, "Thôn Tây"),
    lambda ls: ls.insert(len(ls) - 4, "III. NHIỆM VỤ NĂM 2026"),  # a plan section opens earlier
    lambda ls: ls.insert(0, ""),  # everything moves by one line
    lambda ls: ls.pop(len(ls) // 2),
    lambda ls: ls.insert(3, ls[4]),  # the same line twice
]


def _everything(analysis) -> tuple:
    return ([(f.code, f.severity, f.start, f.end, f.message, f.suggestion, f.related) for f in analysis.findings],
            [e.to_json() for e in analysis.entities], analysis.structure.to_json())


def _check_edits(text: str, seed: int, steps: int) -> None:
    rnd = random.Random(seed)
    analyzer = Analyzer()
    lines = text.split("\n")
    for step in range(steps):
        current = "\n".join(lines)
        assert _everything(analyzer.analyze(current)) == _everything(analyze(current)), step
        edit = EDITS[step % len(EDITS)] if step < len(EDITS) else None
        if edit is not None:
            edit(lines)
        else:  # then random edits: a line grows, two lines swap, a line is copied or deleted
            i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
            kind = step % 4
            if kind == 0:
                lines[i] += " Bổ sung 3 đảng viên."
            elif kind == 1:
                lines[i], lines[j] = lines[j], lines[i]
            elif kind == 2:
                lines.insert(i, lines[j])
            elif len(lines) > 3:
                del lines[i]


def test_heading_edits_give_a_fresh_analysis():
    before = analyze(REPORT)
    # the report is read as meant: the later, differing mention of the year's admissions is questioned
    assert any(f.code == "figure-inconsistent" for f in before.findings)
    _check_edits(REPORT, 3, len(EDITS) + 4)


def test_seed_edits_give_a_fresh_analysis():
    for seed, path in enumerate(sorted((ROOT / "seeds").glob("*.txt"))[:3]):
        _check_edits(path.read_text(encoding="utf-8"), seed, 7)


def test_document_scopes_match_a_walk_of_every_paragraph():
    """document_scopes visits only the lines that set a scope: what each paragraph inherits must be what a walk of
    every paragraph, in order, gives (a top heading sets subject and period, a lower one what it names)."""
    from minutes_app.core.quantities.scope import _TOP, document_scopes, period_of, subject_of

    for text in [REPORT, *((ROOT / "seeds").glob("*.txt"))]:
        text = text if isinstance(text, str) else text.read_text(encoding="utf-8")
        ctx = _context(text)
        inherited, _, _ = document_scopes(ctx)
        walked, subject, period = [], None, frozenset()
        year = None
        for index, (line, paragraph) in enumerate(zip(ctx.lines, ctx.paragraphs)):
            walked.append((subject, period))
            kind, body = line.kind.value, paragraph.text
            if kind in ("issuer", "type", "title", "party_name", "date_line") or index < 3 and body.isupper():
                years = [v for k, v in period_of(body) if k == "year"]
                if year is None and kind in ("type", "title"):
                    year = years[0] if len(years) == 1 else None
            elif kind == "heading":
                named, named_period = subject_of(body), period_of(body, marked=True)
                if _TOP.match(body) or body.strip().isupper():
                    subject, period = named, named_period
                else:
                    subject, period = named or subject, named_period or period
        if year is not None:
            walked = [(s, p if any(k == "year" for k, _ in p) else p | {("docyear", year)}) for s, p in walked]
        assert inherited == walked


def _context(text: str):
    from minutes_app.core.checks.registry import DocumentContext
    from minutes_app.core.structure import classify_lines
    from minutes_app.core.text import split_paragraphs

    paragraphs = split_paragraphs(text)
    return DocumentContext(text, paragraphs, [], lines=classify_lines([(p.start, p.text) for p in paragraphs]))
