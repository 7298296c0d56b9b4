"""The structured summary, read back with python-docx: its frame, its genre's sections, and
(for one biên bản, one báo cáo and one news item) its facts checked against the gold files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary
from minutes_app.export.summary import LAYOUTS

from .conftest import SEED_001
from .docx_reading import sections, table_rows

ROOT = Path(__file__).resolve().parents[2]
GOLD_DOCS = [ROOT / "tests" / "corpus" / f"{name}.txt" for name in
             ("bien_ban_04_chi_bo_ke_toan", "bao_cao_02_phuong_thach_thang_2023", "tin_hoi_nghi_01_son_ha_so_ket")]
TIME_OR_DATE = re.compile(r"^\d{1,2}\s*(?:giờ|h)|^\d{1,2}/\d{1,2}(?:/\d{4})?$|^(?:19|20)\d{2}$")


def summary_of(exported, seed):
    return exported[seed][0]


def headings(genre: str) -> list[str]:
    return [f"{n}. {name}" for n, name in zip(("I", "II", "III", "IV", "V", "VI", "VII"), LAYOUTS[genre])]


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


def test_page_number_from_page_two(exported, seed):
    section = summary_of(exported, seed).sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_header_names_the_source_issuer_and_genre(exported, analyses, seed):
    """The source's issuing body on the left (never a placeholder when the source has one)."""
    document = summary_of(exported, seed)
    structure = analyses[seed].structure
    left, right = document.tables[0].rows[0].cells
    texts = [p.text for p in left.paragraphs]
    assert structure.header.issuer is not None
    assert structure.header.issuer.value.upper() in texts
    assert texts[-1] == "*"
    assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    title = next(p.text for p in document.paragraphs if p.text.startswith("TÓM TẮT"))
    assert title.startswith("TÓM TẮT TIN HỘI NGHỊ — ")


def test_organiser_named_in_header_of_004(exported, analyses):
    seed = next(s for s in analyses if s.name.startswith("004"))
    cell = summary_of(exported, seed).tables[0].rows[0].cells[0]
    assert cell.paragraphs[0].text == "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH"


def test_sections_follow_the_genre_layout(exported, analyses, seed):
    assert list(sections(summary_of(exported, seed))) == headings(analyses[seed].structure.genre)


def test_findings_table(exported, analyses, seed):
    analysis = analyses[seed]
    grouped = sections(summary_of(exported, seed))
    rows = table_rows(grouped[next(h for h in grouped if h.endswith("KẾT QUẢ KIỂM TRA"))])
    findings = [f for f in analysis.findings if f.code != "web-debris"]  # the pasted page's lines: not the minutes'
    assert len(rows) == len(findings)
    for finding, (_, where, problem, fix) in zip(findings, rows):
        assert finding.text in where
        assert finding.message in problem
        if finding.suggestion is not None:
            assert finding.suggestion in fix


def test_percent_mismatch_of_001_with_its_fix(exported, analyses):
    analysis = analyses[SEED_001]
    finding = next(f for f in analysis.findings if f.code == "percent-mismatch" and f.text == "75,5%")
    grouped = sections(summary_of(exported, SEED_001))
    rows = table_rows(grouped[next(h for h in grouped if h.endswith("KẾT QUẢ KIỂM TRA"))])
    row = rows[analysis.findings.index(finding)]
    assert "77,5%" in row[3]
    assert "›" in row[1] or "“" in row[1]  # a heading path or the sentence's first words, not "đoạn N"


def test_tables_fit_text_width(exported, seed):
    for table in summary_of(exported, seed).tables:
        widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        assert abs(sum(widths) / 1440 * 25.4 - 165) < 0.5
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                assert abs(cell.width - Mm(width / 1440 * 25.4)) < Mm(0.1)


def test_signature_block_kept_together(exported, seed):
    table = summary_of(exported, seed).tables[-1]
    assert table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    signer = table.rows[0].cells[1].paragraphs
    assert [p.text for p in signer] == ["NGƯỜI LẬP", "(Ký, ghi rõ họ tên)"]
    assert signer[0].paragraph_format.keep_with_next


def test_empty_text_gives_every_section(tmp_path):
    path = tmp_path / "empty.docx"
    analysis = analyze("Văn bản ngắn.")
    write_summary(analysis, path)
    grouped = sections(Document(str(path)))
    assert list(grouped) == headings(analysis.structure.genre)
    assert all(blocks for blocks in grouped.values())


@pytest.fixture(scope="module", params=GOLD_DOCS, ids=lambda p: p.stem.split("_")[0])
def read_back(request, tmp_path_factory):
    source = request.param
    analysis = analyze(source.read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("gold") / f"{source.stem}.docx"
    write_summary(analysis, path, source=source)
    gold = json.loads(source.with_name(source.stem + ".gold.json").read_text(encoding="utf-8"))
    return Document(str(path)), gold


def _text(blocks) -> str:
    parts = []
    for block in blocks:
        if hasattr(block, "rows"):
            parts.extend(cell.text for row in block.rows for cell in row.cells)
        else:
            parts.append(block.text)
    return "\n".join(parts)


def test_summary_sections_against_gold(read_back):
    """Each genre's sections, read back, hold the gold facts where a secretary looks for them."""
    document, gold = read_back
    grouped = sections(document)
    assert list(grouped) == headings(gold["genre"])
    header = "\n".join(p.text for cell in document.tables[0].rows[0].cells for p in cell.paragraphs)
    # a long name is broken before its place, as offices break it ("ĐẢNG ỦY / PHƯỜNG THẠCH THANG"): read as one line
    assert gold["issuer"].upper() in " ".join(header.split())
    year, month, day = gold["date"].split("-")
    # Nghị định 30/2020 (domain.md §5, Dates): a leading 0 for a day below 10 and for months 1 and 2 only
    month_written = f"{int(month):02d}" if int(month) <= 2 else str(int(month))
    assert f"{int(day):02d} tháng {month_written} năm {year}" in header
    text = {name.split(". ", 1)[1]: _text(blocks) for name, blocks in grouped.items()}
    if gold["genre"] == "bien_ban":
        meeting, attendance = gold["meeting"], gold["attendance"]
        for fact in (meeting["start"], meeting["end"], meeting["secretary"], *meeting["chairs"]):
            assert fact in text["THÔNG TIN CHUNG"]
        for number in (attendance["total"], attendance["present"], attendance["absent"]):
            assert str(number) in text["THÀNH PHẦN"]
        for absentee in attendance["absentees"]:
            assert absentee["name"] in text["THÀNH PHẦN"]
        votes = table_rows(grouped[headings("bien_ban")[4]])
        assert [(r[1], r[4]) for r in votes] == [(str(d["for"]), str(d["base"])) for d in gold["decisions"]]
        for task in gold["tasks"]:
            assert task["text"][:30].lower() in text["KẾT LUẬN VÀ NHIỆM VỤ"].lower()
    elif gold["genre"] == "bao_cao":
        assert gold["doc_number"] in text["THÔNG TIN VĂN BẢN"]
        assert gold["signers"][0]["name"] in text["THÔNG TIN VĂN BẢN"]
        rows = table_rows(grouped[headings("bao_cao")[2]])
        judged = [t for t in gold["targets"] if t["verdict"]]
        assert [r[4] for r in rows] == [t["verdict"] for t in judged]
        assert f"{len(judged)} chỉ tiêu:" in text["KẾT QUẢ THỰC HIỆN CHỈ TIÊU"]
        for task in gold["tasks"]:
            assert task["text"][:30].lower() in text["NHIỆM VỤ, PHƯƠNG HƯỚNG"].lower()
    else:
        info = text["THÔNG TIN HỘI NGHỊ"]
        assert f"{day}/{month_written}/{year}" in info
        for chair in gold["meeting"]["chairs"]:
            assert chair in info
        for task in gold["tasks"]:
            assert task["text"][:30].lower() in text["KẾT LUẬN, CHỈ ĐẠO VÀ NHIỆM VỤ"].lower()


def test_figure_rows_few_and_free_of_noise(read_back):
    """At most ten figure rows; no time, date, year, document number or gold noise figure among them."""
    document, gold = read_back
    grouped = sections(document)
    heading = next(h for h in grouped if h.endswith(("SỐ LIỆU CHÍNH", "SỐ LIỆU NỔI BẬT", "ĐƯỢC BÁO CÁO")))
    rows = table_rows(grouped[heading], columns=4)  # a biên bản's targets table may come first
    assert 0 < len(rows) <= 10
    for _, _, value, _ in rows:
        assert not TIME_OR_DATE.match(value), value
        assert value not in gold["noise_figures"]


def test_the_general_situation_leaves_table_rows_to_their_sections(tmp_path):
    """A báo cáo whose first section opens with a target table: the rows are not joined into prose."""
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
            "\tAn Phú, ngày 24 tháng 11 năm 2025\n\nBÁO CÁO\nTình hình kinh tế - xã hội 11 tháng năm 2025\n\n"
            "I. KẾT QUẢ THỰC HIỆN\nSTT\tChỉ tiêu\tKế hoạch\tThực hiện\n1\tThu ngân sách (tỷ đồng)\t41,2\t38,6\n"
            "2\tHộ nghèo (%)\t1,5\t1,4\nNgoài ra, giải ngân vốn đầu tư công đạt 88,6% kế hoạch.\n")
    write_summary(analyze(text), tmp_path / "s.docx")
    (situation,) = [k for k in sections(Document(str(tmp_path / "s.docx"))) if "TÌNH HÌNH CHUNG" in k]
    body = " ".join(b.text for b in sections(Document(str(tmp_path / "s.docx")))[situation] if hasattr(b, "text"))
    assert "giải ngân vốn đầu tư công" in body
    assert "Thu ngân sách (tỷ đồng)" not in body and "STT" not in body


def test_the_first_count_of_ballots_is_told_with_its_words_the_votes_with_the_election():
    from minutes_app.export.figures import chosen_figures

    text = ("ĐẢNG BỘ XÃ YÊN MẠC\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 2\t\n\tYên Mạc, ngày 14 tháng 10 năm 2025\n\n"
            "BIÊN BẢN\nHội nghị Chi bộ\n\nTổng số đảng viên: 20; có mặt 17, vắng 3.\n"
            "Bầu bổ sung Chi ủy viên: phát ra 17 phiếu, thu về 17 phiếu, 17 phiếu hợp lệ. Kết quả: đồng chí Lã Minh "
            "Quân được 15/17 phiếu (88,2%), trúng cử.\nChi bộ kết nạp 9 đảng viên mới trong năm.\n")
    rows = [row.text for row in chosen_figures(analyze(text))[0]]
    # one count, one row, as its sentence writes it (round 15: a row each took three of the ten)
    assert [r for r in rows if "phiếu" in r] == ["Phát ra 17 phiếu, thu về 17 phiếu, 17 phiếu hợp lệ"], rows
    assert not any("15/17" in r for r in rows), rows  # the candidate's votes: told with the election
    assert any("9 đảng viên" in r for r in rows), rows


def test_the_points_of_an_online_meeting_are_told_with_its_form():
    from minutes_app.export.figures import chosen_figures

    text = ("Đảng ủy phường Phú Lợi sơ kết 3 tháng\nSáng 12/11, Đảng ủy phường Phú Lợi tổ chức hội nghị sơ kết theo hình "
            "thức trực tiếp kết hợp trực tuyến đến 24 điểm cầu khu phố.\nTrung tâm Phục vụ hành chính công đã tiếp "
            "nhận 9.482 hồ sơ.\n")
    analysis = analyze(text)
    assert analysis.structure.meeting.points.value == 24
    rows = [row.text for row in chosen_figures(analysis)[0]]
    assert not any("điểm cầu" in r for r in rows) and any("9.482" in r for r in rows), rows


def test_a_result_over_its_plan_and_its_share_are_one_figure_row():
    from minutes_app.export.figures import chosen_figures

    text = ("Xã An Phú tổng kết năm 2025\nSáng 20/12, HĐND xã An Phú khai mạc kỳ họp thứ 5.\n"
            "Năm 2025, thu ngân sách nhà nước đạt 64,8 tỷ đồng/60 tỷ đồng dự toán, vượt 8%; tỷ lệ hộ nghèo còn 1,24%.\n")
    analysis = analyze(text)
    rows = chosen_figures(analysis)[0]
    # the result over its plan is a target now (the summary's target table tells its level and result): the rows keep
    # the share with what it is of, not the two numbers again
    assert [(t.target, t.result, t.verdict) for t in analysis.structure.targets] == [(60, 64.8, "vượt")]
    share = next(row for row in rows if row.value == "8%")
    assert "thu ngân sách" in share.subject.lower(), share
    assert not any("64,8" in row.value for row in rows), [row.value for row in rows]


def test_a_figure_s_unit_is_not_cut_inside_a_name():
    from minutes_app.export.figures import chosen_figures

    text = "Trong tháng, Đảng ủy tổ chức 01 hội nghị Ban Chấp hành và kết nạp 06 đảng viên mới.\n"
    rows = [row.text for row in chosen_figures(analyze(text))[0]]
    assert "01 hội nghị" in rows and not any("Ban Chấp" in r for r in rows), rows


@pytest.mark.parametrize("organiser", ["HĐND xã Hòa Phú Tây", "UBND phường Tân An", "Sở Nông nghiệp và Môi trường",
                                       "Thường trực HĐND thành phố Hải Phòng", "Công an tỉnh Đắk Lắk"])
def test_a_state_bodys_news_gets_the_national_title(tmp_path, organiser):
    """A news item has no header: its organiser tells whose summary it is (domain.md §1: a state body
    heads with the Quốc hiệu, a Party body with the Party's name)."""
    text = (f"Ngày 18/12/2026, {organiser} tổ chức hội nghị tổng kết công tác năm 2026.\n"
            "Dự hội nghị có 45 đại biểu. Hội nghị đã thông qua kế hoạch năm 2027.")
    path = tmp_path / "tin.docx"
    write_summary(analyze(text), path)
    right = Document(path).tables[0].rows[0].cells[1]
    assert right.paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.mark.parametrize("organiser", ["Thường trực Huyện ủy Tân Hiệp", "Thường trực Đảng ủy xã Hòa Phú",
                                       "Đảng ủy Công an tỉnh Đắk Lắk"])
def test_a_party_bodys_standing_body_or_office_keeps_the_partys_name(tmp_path, organiser):
    text = (f"Ngày 18/12/2026, {organiser} tổ chức hội nghị tổng kết công tác năm 2026.\n"
            "Dự hội nghị có 45 đại biểu. Hội nghị đã thông qua kế hoạch năm 2027.")
    path = tmp_path / "tin.docx"
    write_summary(analyze(text), path)
    right = Document(path).tables[0].rows[0].cells[1]
    assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"


@pytest.mark.parametrize("tail", [
    "T/M CHI BỘ\nBÍ THƯ\nNguyễn Văn An\n",
    "Nơi nhận:\n- Đảng ủy xã;\n- Lưu Chi bộ.\nT/M CHI BỘ\nBÍ THƯ\n(Đã ký)\nLê Thị Hoa\n",
    "\tT/M BAN CHẤP HÀNH\n\tPHÓ BÍ THƯ\n\n\tTrần Quốc Bảo\n",
])
def test_a_section_gist_stops_before_the_signature_block_and_recipients(tmp_path, tail):
    text = ("ĐẢNG BỘ XÃ HÒA BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG\t\n*\tHòa Bình, ngày 05 tháng 12 năm 2026\n"
            "BÁO CÁO\nTình hình hoạt động năm 2026\nI. TÌNH HÌNH CHUNG\n"
            "Năm 2026, Chi bộ lãnh đạo nhân dân phát triển kinh tế, giữ vững an ninh trật tự.\n" + tail)
    write_summary(analyze(text), tmp_path / "s.docx")
    (situation,) = [k for k in sections(Document(str(tmp_path / "s.docx"))) if "TÌNH HÌNH CHUNG" in k]
    body = " ".join(b.text for b in sections(Document(str(tmp_path / "s.docx")))[situation] if hasattr(b, "text"))
    assert "giữ vững an ninh trật tự" in body
    assert not any(word in body for word in ("T/M", "BÍ THƯ", "Nơi nhận", "Lưu Chi bộ", "Đã ký", "Trần Quốc Bảo",
                                             "Nguyễn Văn An", "Lê Thị Hoa")), body
