"""Engineer f11: the built-in demo seeds read as the secretary who signs their summary would, and the mechanisms
behind what was wrong in them, on texts of our own: co-chairs listed after "và các đồng chí:", a page's stamp
left before a news item's lead, a guest list that runs on past ";", a target's unit read where its level stands,
and figure rows whose subject was a connective or a bare verb ("Tuy nhiên", "Thực hiện vượt")."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.core.loading import load_file
from minutes_app.export import write_summary

from .docx_reading import sections, table_rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _summary(text: str, tmp_path, name: str = "summary.docx") -> dict[str, list]:
    path = tmp_path / name
    write_summary(analyze(text), path)
    return sections(Document(str(path)))


def _seed(stem: str, tmp_path) -> dict[str, list]:
    (path,) = SEEDS.glob(f"{stem}_*.txt")
    return _summary(load_file(path).text, tmp_path, f"{stem}.docx")


def _lines(grouped, ending: str) -> list[str]:
    (heading,) = [h for h in grouped if h.endswith(ending)]
    return [b.text for b in grouped[heading] if hasattr(b, "text")]


def _figure_subjects(grouped) -> list[str]:
    heading = next(h for h in grouped if "SỐ LIỆU" in h)
    return [row[1] for row in table_rows(grouped[heading])]


# ------------------------------------------------------------------ co-chairs after "và các đồng chí:"

def test_seed_002_names_all_four_chairs(tmp_path):
    info = _lines(_seed("002", tmp_path), "THÔNG TIN HỘI NGHỊ")
    chair = next(line for line in info if line.startswith("- Chủ trì:"))
    for name in ("Nguyễn Văn Thể", "Lại Xuân Lâm", "Đỗ Việt Hà", "Nguyễn Quang Trường"):
        assert name in chair, chair


HEAD = "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2024\n"
TAIL = "\nHội nghị đã đánh giá kết quả và đề ra nhiệm vụ 6 tháng cuối năm của toàn Đảng bộ với nhiều giải pháp cụ thể.\n"


@pytest.mark.parametrize("lead, chairs", [
    ("Sáng 12/7, tại Hội trường xã, Đảng ủy xã Tân Lập tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm "
     "2024. Đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã và các đồng chí: Trần Thị Mai, Phó Bí thư Thường trực; Phạm Quốc "
     "Dũng, Nguyễn Văn Sơn, Phó Bí thư Đảng ủy xã chủ trì Hội nghị.",
     ["Lê Văn Hòa", "Trần Thị Mai", "Phạm Quốc Dũng", "Nguyễn Văn Sơn"]),
    ("Chiều 5/7, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024. Ông Đỗ Minh Tuấn, Bí "
     "thư Đảng ủy phường cùng các ông: Vũ Đình Nam, Phó Bí thư; Hoàng Văn Lực, Chủ tịch UBND phường chủ trì hội nghị.",
     ["Đỗ Minh Tuấn", "Vũ Đình Nam", "Hoàng Văn Lực"]),
    # near-miss: a guest list before the chair's own sentence piece keeps its guests out of the chairs
    ("Sáng 3/7, Chi bộ thôn Đông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024. Dự hội nghị có đồng chí "
     "Nguyễn Thị Lan - Phó Bí thư Đảng ủy xã; Trần Văn Bình - Chủ tịch Hội Nông dân xã; đồng chí Lý Văn Cường, Bí thư "
     "Chi bộ chủ trì hội nghị.", ["Lý Văn Cường"]),
])
def test_chairs_listed_after_a_first_chair(lead, chairs):
    meeting = analyze(HEAD + lead + TAIL).structure.meeting
    assert [c.value for c in meeting.chairs] == chairs


def test_a_guest_list_runs_on_past_semicolons():
    meeting = analyze(HEAD + "Sáng 3/7, Chi bộ thôn Đông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024. Dự hội "
                      "nghị có đồng chí Nguyễn Thị Lan - Phó Bí thư Đảng ủy xã; Trần Văn Bình - Chủ tịch Hội Nông dân "
                      "xã; đồng chí Lý Văn Cường, Bí thư Chi bộ chủ trì hội nghị." + TAIL).structure.meeting
    assert [g.value for g in meeting.guests] == ["Nguyễn Thị Lan", "Trần Văn Bình"]


# ------------------------------------------------------------------ a page's stamp before the lead

def test_seed_003_meeting_and_organiser_past_the_page_stamp(tmp_path):
    grouped = _seed("003", tmp_path)
    info = _lines(grouped, "THÔNG TIN HỘI NGHỊ")
    assert "- Tên hội nghị: Hội nghị tổng kết công tác xây dựng Đảng năm 2021" in "\n".join(info)
    assert "- Cơ quan tổ chức: Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh" in "\n".join(info)
    assert "- Ngày: 06/01/2022" in "\n".join(info)
    # the reference quotes the lead's own first words, not the page's stamp
    assert "(“Chiều 6/1, Ban Thường vụ…”)" in "\n".join(info) and "date 2022" not in "\n".join(info)


@pytest.mark.parametrize("text, name, issuer, date", [
    ("date 2024-07 Sáng 10/7, Đảng ủy xã Phú Mỹ tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024. "
     "Hội nghị được kết nối trực tuyến với 12 chi bộ trực thuộc.\n\nDự hội nghị có đồng chí Ngô Văn Hải - Phó Bí thư "
     "Huyện ủy.\n", "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024", "Đảng ủy xã Phú Mỹ", "2024-07-10"),
    # a full posting date gives the year, not the latest year the text names (2024 of "phương hướng năm 2024")
    ("Posted on 2023-11-20 Chiều 18/11, Đảng ủy phường Tân Phong tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ "
     "15, nhiệm kỳ 2020 - 2025. Đồng chí Lâm Thị Hoa, Bí thư Đảng ủy phường chủ trì hội nghị.\n\nHội nghị đã thảo luận, "
     "cho ý kiến vào dự thảo báo cáo kết quả thực hiện nhiệm vụ năm 2023 và phương hướng năm 2024.\n",
     "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 15", "Đảng ủy phường Tân Phong", "2023-11-18"),
    ("2022-03-15 08:30 Sáng 14/3, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị giao ban công tác xây dựng Đảng quý I "
     "năm 2022 với sự tham dự của 40 tổ chức cơ sở đảng trực thuộc.\n\nĐồng chí Mai Văn Tùng, Phó Bí thư Đảng ủy Khối "
     "chủ trì hội nghị và phát biểu kết luận các nội dung được giao.\n",
     "Hội nghị giao ban công tác xây dựng Đảng quý I năm 2022", "Đảng ủy Khối Doanh nghiệp tỉnh", "2022-03-14"),
])
def test_a_lead_after_a_page_stamp(text, name, issuer, date):
    structure = analyze(text).structure
    assert structure.genre == "tin_hoi_nghi"
    assert structure.meeting.name.value == name
    assert structure.header.issuer.value == issuer
    assert structure.meeting.date.value == date


# ------------------------------------------------------------------ a target's unit, where its level stands

def test_seed_004_target_level_is_the_inspections_not_the_targets(tmp_path):
    grouped = _seed("004", tmp_path)
    (heading,) = [h for h in grouped if h.endswith("CHỈ TIÊU") and "SỐ LIỆU" not in h]
    levels = [row[1] for row in table_rows(grouped[heading])]
    assert "1 cuộc kiểm tra" in levels, levels
    assert "1 chỉ tiêu" not in levels, levels


REPORT = ("ĐẢNG BỘ XÃ AN HÒA\nCHI BỘ THÔN 2\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Hòa, ngày 20 tháng 12 năm 2024\nBÁO CÁO\n"
          "Kết quả thực hiện nhiệm vụ năm 2024\nI. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n")


@pytest.mark.parametrize("sentence, unit", [
    ("Có 2 chỉ tiêu vượt kế hoạch, trong đó Chi ủy tổ chức 4 cuộc giám sát chuyên đề (chỉ tiêu 2 cuộc giám sát chuyên "
     "đề).", "cuộc giám sát"),
    ("Thực hiện vượt 1 chỉ tiêu là Ủy ban Kiểm tra Đảng ủy tổ chức 3 cuộc kiểm tra, giám sát (chỉ tiêu 1 cuộc kiểm "
     "tra, giám sát).", "cuộc kiểm tra"),
    # near-miss: the level written once keeps its unit
    ("Vượt 1 chỉ tiêu: kết nạp 3 đảng viên mới (chỉ tiêu 1 đảng viên mới).", "đảng viên"),
])
def test_target_unit_read_where_its_level_stands(sentence, unit):
    targets = analyze(REPORT + sentence + "\n").structure.targets
    assert [t.unit for t in targets] == [unit], targets


# ------------------------------------------------------------------ figure rows: no connective, no bare verb

def test_seed_004_figure_subjects_are_no_connective_or_bare_verb(tmp_path):
    subjects = _figure_subjects(_seed("004", tmp_path))
    assert "Tuy nhiên" not in subjects and "Thực hiện vượt" not in subjects, subjects
    assert "Chỉ tiêu chưa đạt" in subjects and "Chỉ tiêu thực hiện vượt" in subjects, subjects


@pytest.mark.parametrize("sentence, subject", [
    ("Tuy nhiên, còn 2 chỉ tiêu chưa đạt so với Nghị quyết đề ra.", "Chỉ tiêu chưa đạt"),
    ("Song, vẫn còn 3 chỉ tiêu chưa đạt.", "Chỉ tiêu chưa đạt"),
    ("Song, vẫn còn 3 chỉ tiêu chưa đạt kế hoạch.", "Chưa đạt kế hoạch"),  # near-miss: a verb with its base
    ("Kết quả, Chi bộ thực hiện vượt 4 chỉ tiêu.", "Chi bộ thực hiện vượt"),
    # near-misses: a subject that names its thing stays as it is
    ("Tuy nhiên, tỷ lệ hộ nghèo của thôn vẫn còn 3,2%.", "Tỷ lệ hộ nghèo của thôn"),
    ("Đồng thời, thôn đã vận động 45 hộ tham gia bảo hiểm y tế tự nguyện.", "Thôn đã vận động"),
    ("Chi bộ đã đạt và vượt 14/15 chỉ tiêu Nghị quyết đề ra.", "Chi bộ đã đạt và vượt"),
])
def test_figure_subject_is_what_is_counted(sentence, subject, tmp_path):
    subjects = _figure_subjects(_summary(REPORT + sentence + "\n", tmp_path))
    assert subjects == [subject], subjects


# ------------------------------------------------------------------ the target table: a result with its unit, a share on one line

def _target_table(grouped):
    (heading,) = [h for h in grouped if h.endswith("CHỈ TIÊU") and "SỐ LIỆU" not in h]
    return next(b for b in grouped[heading] if hasattr(b, "rows"))


def test_seed_004_results_told_with_their_unit(tmp_path):
    rows = table_rows([_target_table(_seed("004", tmp_path))])
    assert ("từ 3 đảng viên trở lên", "4 đảng viên") in [(r[1], r[2]) for r in rows], rows


@pytest.mark.parametrize("sentence, result", [
    ("Kết nạp 5 đảng viên mới (chỉ tiêu 4 đảng viên).", "5 đảng viên"),
    ("Chi bộ tổ chức 6 buổi sinh hoạt chuyên đề, vượt chỉ tiêu đề ra là 4 buổi.", "6"),  # near-miss: told as its own text
    ("Tỷ lệ hộ dân dùng nước sạch đạt 92%, chỉ tiêu là trên 90%.", "92%"),  # near-miss: a share keeps its sign
])
def test_target_result_with_unit(sentence, result, tmp_path):
    grouped = _summary(REPORT + sentence + "\n", tmp_path)
    results = [r[2] for r in table_rows([_target_table(grouped)])]
    assert result in results or any(r.startswith(result) for r in results), results


def test_share_column_wide_enough_for_a_share_with_a_decimal(tmp_path):
    table = _target_table(_seed("004", tmp_path))
    widths = [cell.width for cell in table.rows[0].cells]
    # 133,3% in the body font needs about 14 mm plus the cell's margins
    assert widths[3] >= 18.5 * 36000, widths  # (EMU; twips round)
