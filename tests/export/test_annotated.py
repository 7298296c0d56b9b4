"""The annotated copy: one comment per finding on exactly its words, entities shaded, and a
.docx source keeping its styles and run formatting."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from docx import Document
from docx.oxml.ns import qn

from minutes_app.core.engine import analyze
from minutes_app.core.loading import load_file
from minutes_app.core.model import Finding, Severity
from minutes_app.export import write_annotated
from minutes_app.export.annotated import KIND_FILLS

from .conftest import SEED_004
from .docx_reading import commented_texts

SHD = qn("w:shd")


def annotated_of(exported, seed):
    return exported[seed][1]


def test_text_is_the_report(exported, analyses, seed):
    document = annotated_of(exported, seed)
    assert "\n".join(p.text for p in document.paragraphs) == analyses[seed].text


def test_one_comment_per_finding_on_its_exact_words(exported, analyses, seed):
    analysis = analyses[seed]
    document = annotated_of(exported, seed)
    comments = list(document.comments)
    assert len(comments) == len(analysis.findings)
    anchored = commented_texts(document)
    for finding, comment in zip(analysis.findings, comments):
        assert comment.author == "Kiểm tra biên bản"
        assert comment.initials == "KT"
        # a finding over several lines (web-debris) spans Word paragraphs, whose breaks are no characters of a run
        assert anchored[comment.comment_id] == finding.text.replace("\n", "")
        assert finding.message in comment.text
        if finding.suggestion:
            assert f"“{finding.suggestion}”" in comment.text
        elif finding.suggestion == "":
            assert "Đề xuất: xóa" in comment.text


def test_count_mismatch_of_004_is_anchored_on_its_words(exported, analyses):
    analysis = analyses[SEED_004]
    finding = next(f for f in analysis.findings if f.code == "count-mismatch")
    document = annotated_of(exported, SEED_004)
    comment = next(c for c in document.comments if "count-mismatch" in c.text)
    assert commented_texts(document)[comment.comment_id] == finding.text
    assert finding.message in comment.text


def test_entities_are_shaded_by_kind(exported, analyses, seed):
    analysis = analyses[seed]
    fills = _fills_by_offset(annotated_of(exported, seed))
    for entity in analysis.entities:
        covered = [fills.get(offset) for offset in range(entity.start, entity.end)]
        assert all(covered), entity
        inner = [e for e in analysis.entities if e is not entity and entity.start <= e.start and e.end <= entity.end]
        if not inner and entity.kind in KIND_FILLS:
            assert set(covered) == {KIND_FILLS[entity.kind]}, entity


def _fills_by_offset(document) -> dict[int, str]:
    """Document offset → shading fill of the character there (text-mode export)."""
    fills, pos = {}, 0
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            shd = run._r.rPr.find(SHD) if run._r.rPr is not None else None
            for offset in range(pos, pos + len(run.text)):
                if shd is not None:
                    fills[offset] = shd.get(qn("w:fill"))
            pos += len(run.text)
        pos += 1
    return fills


def test_text_export_has_official_page_and_fonts(exported, seed):
    document = annotated_of(exported, seed)
    section = document.sections[0]
    assert [round(m.mm, 1) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                     section.right_margin)] == [20, 20, 30, 15]
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"


def _source_docx(path, lines, nfd_line):
    """A Word report: a Heading 1 title, body paragraphs whose runs alternate bold/plain,
    one paragraph stored decomposed (NFD, as macOS writes it), and a table."""
    document = Document()
    document.add_paragraph(lines[0], style="Heading 1")
    for number, line in enumerate(lines[1:], 1):
        paragraph = document.add_paragraph(style="Body Text")
        text = unicodedata.normalize("NFD", line) if number == nfd_line else line
        words = text.split(" ")
        for i in range(0, len(words), 3):
            run = paragraph.add_run(" ".join(words[i:i + 3]) + (" " if i + 3 < len(words) else ""))
            run.bold = (i // 3) % 2 == 1
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm)."
    table.cell(0, 1).text = "Ghi chú"
    document.save(str(path))


def test_docx_source_keeps_styles_and_run_formatting(tmp_path, analyses):
    lines = analyses[SEED_004].text.split("\n")
    mismatch_line = next(i for i, line in enumerate(lines) if "đạt 2 chỉ tiêu" in line)
    source = tmp_path / "report.docx"
    _source_docx(source, lines, nfd_line=mismatch_line)
    analysis = analyze(load_file(source).text)
    assert any(f.code == "count-mismatch" for f in analysis.findings)
    assert any(f.code == "percent-mismatch" for f in analysis.findings)  # the one in the table cell

    out = tmp_path / "checked.docx"
    write_annotated(analysis, out, source=source)
    original, checked = Document(str(source)), Document(str(out))

    assert [p.style.name for p in checked.paragraphs] == [p.style.name for p in original.paragraphs]
    assert [p.text for p in checked.paragraphs] == [p.text for p in original.paragraphs]
    for before, after in zip(original.paragraphs, checked.paragraphs):
        assert _bold_characters(after) == _bold_characters(before)
    comments = list(checked.comments)
    assert len(comments) == len(analysis.findings)
    anchored = commented_texts(checked)
    for finding, comment in zip(analysis.findings, comments):
        assert unicodedata.normalize("NFC", anchored[comment.comment_id]) == finding.text


def _bold_characters(paragraph) -> str:
    return "".join(("B" if run.bold else ".") * len(run.text) for run in paragraph.runs)


def test_docx_source_edited_since_loading_falls_back_to_text(tmp_path, analyses):
    lines = analyses[SEED_004].text.split("\n")
    source = tmp_path / "report.docx"
    _source_docx(source, lines, nfd_line=-1)
    edited = analyze(load_file(source).text + "\nĐoạn thêm sau khi mở tệp.")
    out = tmp_path / "checked.docx"
    write_annotated(edited, out, source=source)
    checked = Document(str(out))
    assert "\n".join(p.text for p in checked.paragraphs) == edited.text
    assert len(list(checked.comments)) == len(edited.findings)


def test_zero_length_and_cross_paragraph_findings_are_anchored(tmp_path):
    text = "Dòng thứ nhất có lỗi.\nDòng thứ hai.\n\nHết"
    second = text.index("Dòng thứ hai")
    findings = [
        Finding("gap", Severity.INFO, 4, 4, "", "thiếu dấu"),
        Finding("span", Severity.WARNING, 14, second + 4, text[14:second + 4], "qua hai đoạn"),
        Finding("end", Severity.ERROR, len(text), len(text), "", "thiếu dấu chấm", "."),
    ]
    analysis = replace(analyze(text), findings=findings)
    out = tmp_path / "checked.docx"
    write_annotated(analysis, out)
    document = Document(str(out))
    anchored = commented_texts(document)
    assert [anchored[c.comment_id] for c in document.comments] == [text[4], "có lỗi.Dòng", "t"]


def test_unknown_kinds_and_missing_data_are_tolerated(tmp_path):
    from minutes_app.core.model import Entity
    from minutes_app.export import write_summary

    text = "Đồng chí A phát biểu về việc lạ."
    entities = [Entity("official", 0, 10, text[:10]), Entity("mystery", 11, 20, text[11:20], {"x": 1}),
                Entity("target", 0, 5, text[:5]), Entity("figure", 3, 4, text[3:4])]
    analysis = replace(analyze(text), entities=entities)
    write_annotated(analysis, tmp_path / "a.docx")
    write_summary(analysis, tmp_path / "s.docx")
    assert Document(str(tmp_path / "s.docx")).tables


def test_control_characters_do_not_break_either_export(tmp_path):
    from minutes_app.export import write_summary

    text = "Trang một có 62/80 tổ chức (đạt 75,5%).\x0cTrang hai\x00 có 3 đảng viên."
    analysis = analyze(text)
    write_summary(analysis, tmp_path / "s.docx")
    write_annotated(analysis, tmp_path / "a.docx")
    document = Document(str(tmp_path / "a.docx"))
    assert len(document.paragraphs[0].text) == len(text)  # one replacement character per control


def test_cli_writes_both_documents(tmp_path):
    from minutes_app.cli import main

    from .conftest import SEED_001

    summary, annotated = tmp_path / "summary.docx", tmp_path / "checked.docx"
    assert main(["export", str(SEED_001), "-o", str(summary)]) == 0
    assert main(["export", str(SEED_001), "--annotated", "-o", str(annotated)]) == 0
    assert "I. THÔNG TIN HỘI NGHỊ" in [p.text for p in Document(str(summary)).paragraphs]  # a news item
    assert len(list(Document(str(annotated)).comments)) == len(analyze(load_file(SEED_001).text).findings)


def test_docx_source_keeps_hyperlinks_and_page_breaks(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    body = document.add_paragraph()
    body._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w")} w:anchor="bang1"><w:r><w:rPr><w:u w:val="single"/></w:rPr>'
        "<w:t>62/80 tổ chức</w:t></w:r></w:hyperlink>"))
    body._p.insert(0, parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Kiểm tra được </w:t></w:r>'))
    body._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> (đạt 75,5% kế</w:t>'
        '<w:br w:type="page"/><w:t xml:space="preserve"> hoạch năm).</w:t></w:r>'))
    source = tmp_path / "links.docx"
    document.save(str(source))

    analysis = analyze(load_file(source).text)
    finding = next(f for f in analysis.findings if f.code == "percent-mismatch")
    out = tmp_path / "checked.docx"
    write_annotated(analysis, out, source=source)
    checked = Document(str(out))
    p = checked.paragraphs[0]._p
    assert p.text == "Kiểm tra được 62/80 tổ chức (đạt 75,5% kế hoạch năm)."
    assert [h.text for h in p.findall(qn("w:hyperlink"))] == ["62/80 tổ chức"]
    assert len(p.findall(f".//{qn('w:br')}")) == 1
    assert all(r.find(qn("w:rPr")).find(qn("w:i")) is not None
               for r in p.findall(qn("w:r")) if "75,5%" in r.text or "hoạch" in r.text)
    comment = next(iter(checked.comments))
    assert commented_texts(checked)[comment.comment_id] == finding.text == "75,5%"


def test_editor_colours_legend_and_rule_titles(exported, analyses, seed):
    """The same colours as the editor, a legend naming them, underlined findings, and each
    comment headed by the rule's Vietnamese title (the code only on its last line)."""
    from minutes_app.core.checks import all_rules
    from minutes_app.palette import KIND_COLORS, KIND_LABELS, SEVERITY_COLORS

    assert KIND_FILLS == {k: c.lstrip("#").upper() for k, c in KIND_COLORS.items()}
    document = annotated_of(exported, seed)
    header = document.sections[0].header.paragraphs[-1]
    for kind, label in KIND_LABELS.items():
        run = next(r for r in header.runs if r.text.strip() == label)
        assert run._r.rPr.find(SHD).get(qn("w:fill")) == KIND_FILLS[kind]
    underlines = {r._r.rPr.find(qn("w:u")).get(qn("w:color")) for p in document.paragraphs for r in p.runs
                  if r._r.rPr is not None and r._r.rPr.find(qn("w:u")) is not None}
    analysis = analyses[seed]
    assert underlines == {SEVERITY_COLORS[f.severity.value].lstrip("#").upper() for f in analysis.findings}
    titles = {code: rule.title for code, rule in all_rules().items()}
    for finding, comment in zip(analysis.findings, document.comments):
        first_line = comment.text.split("\n")[0]
        assert titles[finding.code] in first_line and finding.code not in first_line


def test_comment_names_the_related_spans(tmp_path):
    text = "Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,7%."
    path = tmp_path / "related.docx"
    write_annotated(analyze(text), path)
    comment = next(c for c in Document(str(path)).comments if "percent-mismatch" in c.text)
    assert "“420 chi bộ” (tổng)" in comment.text and "“385 chi bộ” (phần)" in comment.text
