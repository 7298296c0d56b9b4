"""Meeting facts for section I and the header: labelled biên bản lines, news-style reports,
and nothing invented when the text does not say."""

from __future__ import annotations

from minutes_app.core.engine import analyze
from minutes_app.core.loading import load_file
from minutes_app.export.meeting_info import detect, official_date

from .conftest import SEED_001, SEED_004

MINUTES = """BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2024
Hà Nội, ngày 05 tháng 3 năm 2024
Thời gian: 8 giờ 00 ngày 05/3/2024.
Địa điểm: Hội trường tầng 2, trụ sở Đảng ủy phường.
Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.
Thư ký: đồng chí Lê Thị Bình."""


def test_labelled_lines_of_minutes():
    analysis = analyze(MINUTES)
    info = detect(analysis)
    assert info.title.value == "BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2024"
    assert info.time.value == "8 giờ 00 ngày 05/3/2024"
    assert info.place.value == "Hội trường tầng 2, trụ sở Đảng ủy phường"
    assert info.chair.value.startswith("đồng chí Nguyễn Văn An")
    assert info.place_date.value == "Hà Nội, ngày 05 tháng 3 năm 2024"
    assert analysis.text[info.time.start:info.time.end] == info.time.value


def test_news_report_004():
    info = detect(analyze(load_file(SEED_004).text))
    assert info.meeting.value.startswith("Hội nghị cấp ủy mở rộng")
    assert info.time.value == "Chiều 24/4"
    assert info.chair.value.startswith("Vũ Đức Chính – Tỉnh ủy viên")
    assert info.organiser.value == "Đảng ủy Văn phòng UBND tỉnh"
    assert info.place is None  # the report does not say where
    assert info.place_date.value == "ngày 25 tháng 4 năm 2023"


def test_nothing_guessed_for_001():
    info = detect(analyze(load_file(SEED_001).text))
    assert info.organiser.value == "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"
    assert (info.time, info.place, info.chair, info.place_date) == (None, None, None, None)


def test_place_from_held_sentence_but_not_a_decision():
    info = detect(analyze("Sáng 12/5, tại Hội trường Tỉnh ủy, Đảng ủy Khối tổ chức Hội nghị sơ kết."))
    assert info.place.value == "Hội trường Tỉnh ủy"
    assert info.time.value == "Sáng 12/5"
    info = detect(analyze("Chi bộ được thành lập tại Quyết định số 42-QĐ/ĐU, Chi bộ tổ chức Hội nghị."))
    assert info.place is None


def test_official_date_padding():
    assert official_date(5, 2, 2021) == "ngày 05 tháng 02 năm 2021"
    assert official_date(20, 11, 2023) == "ngày 20 tháng 11 năm 2023"
