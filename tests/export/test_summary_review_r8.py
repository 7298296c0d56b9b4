"""Reviewer r8: what the summary's target table and its list of planned levels say, read back from the DOCX, on
sentences of our own where the targets detector reads another number of the line than the structure's target
(an age, the result itself), and where a plan's level is stated below or at most a figure."""

from __future__ import annotations

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary

from .docx_reading import sections, table_rows

REPORT = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 41/BC-UBND\nĐông Hưng, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n"
          "I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n")


def _summary(body: str, tmp_path) -> dict[str, list]:
    path = tmp_path / "summary.docx"
    write_summary(analyze(REPORT + body + "\n"), path)
    return sections(Document(str(path)))


def _levels(grouped) -> list[tuple[str, str]]:
    (heading,) = [h for h in grouped if h.endswith("KẾT QUẢ THỰC HIỆN CHỈ TIÊU")]
    return [(row[1], row[2]) for row in table_rows(grouped[heading])]


@pytest.mark.parametrize("sentence, level, result", [
    # the detector's level is another number of the line: the age, the result told before the plan
    ("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng là 9,8%, chỉ tiêu đề ra là dưới 10%.", "dưới 10%", "9,8%"),
    ("Tỷ lệ hộ nghèo của xã giảm còn 3,6%, thấp hơn mục tiêu 4% đề ra.", "4%", "3,6%"),
    ("Tỷ lệ người cao tuổi trên 80 tuổi được mừng thọ đạt 97%, chỉ tiêu đề ra là trên 95%.", "trên 95%", "97%"),
    # near-misses: the detector reads the line as the structure does, and its words stay
    ("Tỷ lệ hộ dân dùng nước sạch đạt 92%, chỉ tiêu là trên 90%.", "trên 90%", "92%"),
    ("Tỷ lệ lao động qua đào tạo đạt 68%, chỉ tiêu kế hoạch là 70%.", "70%", "68%"),
])
def test_the_level_and_result_shown_are_the_targets_own(sentence, level, result, tmp_path):
    got = _levels(_summary(sentence, tmp_path))
    assert (level, result) in got, got


@pytest.mark.parametrize("sentence, stated, wrong", [
    ("II. PHƯƠNG HƯỚNG NĂM 2026\nPhấn đấu năm 2026 tỷ lệ hộ nghèo giảm xuống dưới 2%.", "dưới 2%", "2% trở lên"),
    ("II. PHƯƠNG HƯỚNG NĂM 2026\nPhấn đấu tỷ lệ nợ xấu của quỹ tín dụng tối đa 2%.", "không quá 2%", "2% trở lên"),
    ("II. PHƯƠNG HƯỚNG NĂM 2026\nPhấn đấu tỷ lệ trẻ suy dinh dưỡng dưới 8%.", "dưới 8%", "8% trở lên"),
    ("II. PHƯƠNG HƯỚNG NĂM 2026\nPhấn đấu kết nạp ít nhất 12 đảng viên mới trong năm 2026.", "từ 12 đảng viên", None),
])
def test_planned_levels_are_told_as_stated_not_as_at_least(sentence, stated, wrong, tmp_path):
    grouped = _summary("Tỷ lệ hộ dân dùng nước sạch đạt 92%, chỉ tiêu là trên 90%.\n" + sentence, tmp_path)
    told = "\n".join(block.text for blocks in grouped.values() for block in blocks if hasattr(block, "text"))
    planned = [line for line in told.split("\n") if line.startswith("Chỉ tiêu đề ra:")]
    assert planned and stated in planned[0], planned
    if wrong:
        assert wrong not in planned[0], planned


# ------------------------------------------------------------------ figure rows: a bound opened by "từ", a range in words

FIGURES_REPORT = ("ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN 5\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 8 tháng 12 năm 2025\n\n"
                  "BÁO CÁO\nKết quả công tác năm 2025\n\nI. KẾT QUẢ\n")


def _rows(body: str) -> list[str]:
    from minutes_app.export.figures import chosen_figures

    return [row.value for row in chosen_figures(analyze(FIGURES_REPORT + body + "\n"))[0]]


@pytest.mark.parametrize("body, value", [
    ("Thu nhập bình quân đầu người của thôn đạt từ 60 triệu đồng/năm trở lên.", "từ 60 triệu đồng/năm trở lên"),
    ("Hằng năm có từ 85% chi bộ trở lên đạt trong sạch, vững mạnh.", "từ 85% chi bộ trở lên"),
    ("Mỗi năm, chi bộ kết nạp từ 1 đến 2 đảng viên mới.", "từ 1 đến 2 đảng viên mới"),
    ("Mỗi tổ hội duy trì từ 3 tới 5 mô hình sinh kế.", "từ 3 tới 5 mô hình sinh kế"),
])
def test_a_bound_or_range_opened_by_tu_is_told_whole(body, value):
    assert value in _rows(body), _rows(body)


@pytest.mark.parametrize("body, value", [
    ("Tỷ lệ hộ nghèo đa chiều giảm từ 1,2% xuống còn 0,8%.", "từ 1,2% xuống còn 0,8%"),  # a change, no bound
    ("Hằng năm số chi bộ hoàn thành tốt nhiệm vụ đạt từ 83%, không có chi bộ yếu kém.", "từ 83%"),  # no open end
    ("Tỷ lệ đảng viên được xếp loại tốt đạt từ 85-90%.", "từ 85-90%"),
])
def test_near_misses_no_open_end_is_made_up(body, value):
    got = _rows(body)
    assert value in got and not any("trở lên" in v for v in got), got


# ------------------------------------------------------------------ one fact told twice is one row; two facts alike are two

@pytest.mark.parametrize("body, value", [
    ("Năm 2024, chi bộ kết nạp 3 đảng viên mới. Năm 2025, chi bộ kết nạp 3 đảng viên mới.", "3 đảng viên mới"),
    ("Tổ 1 có 12 hộ nghèo. Tổ 2 có 12 hộ nghèo.", "12 hộ nghèo"),
    ("Khu phố 3 vận động được 15 triệu đồng. Khu phố 5 vận động được 15 triệu đồng.", "15 triệu đồng"),
])
def test_two_facts_told_alike_are_two_rows(body, value):
    got = _rows(body)
    assert got.count(value) == 2, got


def test_near_miss_a_fact_told_in_the_lead_and_again_in_the_body_is_one_row():
    body = ("Sáng 5/10, Đảng ủy xã Tân Phú tổ chức hội nghị tổng kết; xã có 12/12 chi bộ tổ chức thành công Đại hội.\n"
            "Trong đợt này, 12/12 chi bộ tổ chức thành công Đại hội.")
    got = _rows(body)
    assert got.count("12/12 chi bộ") <= 1, got


# ------------------------------------------------------------------ biên bản: the closing time told once

MINUTES = ("ĐẢNG BỘ XÃ HƯNG ĐẠO\nCHI BỘ THÔN TÂN LẬP\nĐẢNG CỘNG SẢN VIỆT NAM\nHưng Đạo, ngày 12 tháng 11 năm 2025\n"
           "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025\n{time}Địa điểm: tại Nhà văn hóa thôn Tân Lập.\n"
           "Chủ trì: đồng chí Phạm Văn Dũng, Bí thư chi bộ.\nThư ký: đồng chí Đỗ Thị Lan, chi ủy viên.\n"
           "Tổng số đảng viên: 25 đồng chí. Có mặt: 23 đồng chí. Vắng mặt: 2 đồng chí (có lý do).\n{end}"
           "THƯ KÝ\nĐỗ Thị Lan\nCHỦ TRÌ\nPhạm Văn Dũng\n")


def _told(text: str, tmp_path) -> list[str]:
    path = tmp_path / "minutes.docx"
    write_summary(analyze(text), path)
    return [p.text for p in Document(str(path)).paragraphs]


@pytest.mark.parametrize("end", [
    "Buổi sinh hoạt kết thúc 21 giờ 15 phút cùng ngày.\n",
    "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.\n",
    "Thời gian kết thúc: 21 giờ 15 phút.\n",
])
def test_the_closing_time_is_told_once(end, tmp_path):
    told = _told(MINUTES.format(time="Thời gian: 19 giờ 30 phút, ngày 12 tháng 11 năm 2025.\n", end=end), tmp_path)
    assert sum(line.startswith("- Kết thúc:") for line in told) == 1, told
    assert any(line.startswith("- Thời gian: 19:30 – 21:15") for line in told), told


def test_near_misses_no_closing_time_or_the_closing_alone(tmp_path):
    told = _told(MINUTES.format(time="Thời gian: 19 giờ 30 phút, ngày 12 tháng 11 năm 2025.\n", end=""), tmp_path)
    assert not any(line.startswith("- Kết thúc:") for line in told) and "- Thời gian: 19:30, ngày 12/11/2025" in "\n".join(told)
    told = _told(MINUTES.format(time="", end="Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.\n"), tmp_path)
    assert not any(line.startswith("- Thời gian: 21:15") for line in told), told  # a closing time is no start
