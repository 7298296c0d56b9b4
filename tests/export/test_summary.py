"""The structured summary, read back with python-docx and checked against the engine's Analysis."""

from __future__ import annotations

from collections import Counter

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from minutes_app.core.engine import analyze
from minutes_app.core.text import fold
from minutes_app.export import write_summary
from minutes_app.export.meeting_info import detect

from .conftest import SEED_001
from .docx_reading import expected_label, sections, table_rows

HEADINGS = ["I- THÔNG TIN CHUNG", "II- THÀNH PHẦN", "III- SỐ LIỆU CHÍNH", "IV- CHỈ TIÊU",
            "V- NHIỆM VỤ TRỌNG TÂM", "VI- KẾT QUẢ KIỂM TRA"]
QUANTITIES = {"count", "ratio", "percent", "money"}


def summary_of(exported, seed):
    return exported[seed][0]


def test_page_is_a4_with_official_margins(exported, seed):
    section = summary_of(exported, seed).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20, 20, 30, 15]


def test_times_new_roman_on_all_slots_vietnamese_14pt(exported, seed):
    document = summary_of(exported, seed)
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 14
    for rpr in (normal.element.rPr, document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rPr"))):
        fonts = rpr.find(qn("w:rFonts"))
        assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    themed = [f for f in document.styles.element.iter(qn("w:rFonts")) if f.get(qn("w:asciiTheme"))]
    assert themed == []  # a theme font would override Times New Roman in Word


def test_page_number_from_page_two(exported, seed):
    section = summary_of(exported, seed).sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert "PAGE" in header and 'w:fldCharType="begin"' in header
    assert "PAGE" not in section.first_page_header._element.xml
    assert section.header.paragraphs[0].alignment == 1  # centred


def test_header_block_and_title(exported, analyses, seed):
    document = summary_of(exported, seed)
    info = detect(analyses[seed])
    left, right = document.tables[0].rows[0].cells
    body, star = [p.text for p in left.paragraphs]
    assert body == (info.organiser.value.upper() if info.organiser else "…………………")
    assert star == "*"
    assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert right.paragraphs[0].runs[0].bold
    if info.place_date:
        assert right.paragraphs[1].text == info.place_date.value
        assert right.paragraphs[1].runs[0].italic
    texts = [p.text for p in document.paragraphs]
    assert "TÓM TẮT KẾT QUẢ KIỂM TRA BÁO CÁO" in texts
    first_line = next(p.text.strip() for p in analyses[seed].paragraphs if p.text.strip())
    assert texts[texts.index("TÓM TẮT KẾT QUẢ KIỂM TRA BÁO CÁO") + 1] == first_line


def test_organiser_named_in_header_of_004(exported, analyses):
    seed = next(s for s in analyses if s.name.startswith("004"))
    assert summary_of(exported, seed).tables[0].rows[0].cells[0].paragraphs[0].text == "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH"


def test_sections_in_order(exported, seed):
    assert list(sections(summary_of(exported, seed))) == HEADINGS


def test_general_information_traced_or_unknown(exported, analyses, seed):
    analysis = analyses[seed]
    info = detect(analysis)
    lines = [b.text for b in sections(summary_of(exported, seed))[HEADINGS[0]]]
    facts = [info.meeting, info.time, info.place, info.chair, info.organiser]
    assert len(lines) == len(facts)
    for line, fact in zip(lines, facts):
        if fact is None:
            assert line.endswith("không xác định.")
        else:
            assert fact.value.rstrip(".") in line
            assert line.endswith(f"({expected_label(analysis, fact.start)}).")


def test_officials_table(exported, analyses, seed):
    analysis = analyses[seed]
    officials = analysis.entities_of("official")
    mentions = Counter(fold(e.get("name") or e.text) for e in officials)
    rows = table_rows(sections(summary_of(exported, seed))[HEADINGS[1]])
    assert len(rows) == len(mentions)
    for number, (stt, name, titles, count, source) in enumerate(rows, 1):
        assert stt == str(number)
        assert int(count) == mentions[fold(name)]
        person = [e for e in officials if fold(e.get("name") or e.text) == fold(name)]
        for title in {t for e in person for t in e.get("titles") or []}:
            assert title in titles
        for entity in person:
            assert expected_label(analysis, entity.start).split()[-1] in source.replace(",", " ").split()


def test_figures_table(exported, analyses, seed):
    analysis = analyses[seed]
    figures = [e for e in analysis.entities_of("figure") if e.get("type") in QUANTITIES]
    rows = table_rows(sections(summary_of(exported, seed))[HEADINGS[2]])
    assert len(rows) == len(figures)
    for figure, (_, shown, _, sentence, source) in zip(figures, rows):
        assert shown.startswith(figure.text)
        assert figure.text in sentence
        assert source == expected_label(analysis, figure.start)


def test_targets_table(exported, analyses, seed):
    analysis = analyses[seed]
    targets = analysis.entities_of("target")
    rows = table_rows(sections(summary_of(exported, seed))[HEADINGS[3]])
    assert len(rows) == len(targets)
    for target, (_, text, _, status, source) in zip(targets, rows):
        description = (target.get("description") or target.text).strip()
        assert text.startswith(description[:1].upper() + description[1:])
        assert status.split(" (")[0] == (target.get("status") or "không rõ")
        assert source == expected_label(analysis, target.start)


def test_tasks_listed(exported, analyses, seed):
    analysis = analyses[seed]
    tasks = analysis.entities_of("task")
    lines = [b.text for b in sections(summary_of(exported, seed))[HEADINGS[4]]]
    if not tasks:
        assert len(lines) == 1 and "không nêu" in lines[0]
        return
    assert len(lines) == len(tasks)
    for number, (task, line) in enumerate(zip(tasks, lines), 1):
        words = (task.get("description") or task.text).split()
        assert line.startswith(f"{number}- ")
        assert " ".join(words[1:]).rstrip(" .;") in line
        assert line.endswith(f"({expected_label(analysis, task.start)}).")


def test_findings_table(exported, analyses, seed):
    analysis = analyses[seed]
    rows = table_rows(sections(summary_of(exported, seed))[HEADINGS[5]])
    assert len(rows) == len(analysis.findings)
    for finding, (_, where, problem, fix) in zip(analysis.findings, rows):
        assert where.lower().startswith(expected_label(analysis, finding.start) + ":")
        assert finding.text in where
        assert finding.message in problem
        if finding.suggestion is not None:
            assert finding.suggestion in fix


def test_percent_mismatch_of_001_in_section_vi(exported, analyses):
    analysis = analyses[SEED_001]
    finding = next(f for f in analysis.findings if f.code == "percent-mismatch" and f.text == "75,5%")
    rows = table_rows(sections(summary_of(exported, SEED_001))[HEADINGS[5]])
    row = rows[analysis.findings.index(finding)]
    assert "62/80" in " ".join(row)
    assert "77,5%" in row[3]


def test_tables_fit_text_width(exported, seed):
    for table in summary_of(exported, seed).tables:
        widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        assert abs(sum(widths) / 1440 * 25.4 - 165) < 0.5
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                assert abs(cell.width - Mm(width / 1440 * 25.4)) < Mm(0.1)


def test_empty_report_says_nothing_was_found(tmp_path):
    path = tmp_path / "empty.docx"
    write_summary(analyze("Văn bản ngắn."), path)
    grouped = sections(Document(str(path)))
    assert list(grouped) == HEADINGS
    assert all(blocks for blocks in grouped.values())
    assert "không xác định" in grouped[HEADINGS[0]][0].text
