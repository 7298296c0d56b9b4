"""Dates (domain.md §5): impossible dates, wrong weekdays, the date line's padding and
things reported as done after the document's own date."""

import pytest

from minutes_app.core.model import Severity
from tests.helpers import SEEDS, findings

CODES = ("invalid-date", "weekday-mismatch", "date-line-format", "future-date")


def found(text, code):
    return [(f.text, f.suggestion) for f in findings(text, code)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chi bộ họp ngày 31/4/2023 để kiểm điểm.", "31/4/2023"),
        ("Kế hoạch số 3-KH/CB, ngày 29/02/2023 của chi ủy.", "29/02/2023"),
        ("Hạn nộp báo cáo là ngày 12/13/2022.", "12/13/2022"),
        ("Hội nghị tổ chức ngày 31 tháng 6 năm 2024 tại hội trường.", "ngày 31 tháng 6 năm 2024"),
        ("Sáng 30/2, đoàn kiểm tra làm việc với chi bộ.", "30/2"),
        ("Tổ chức vào ngày 32 tháng 5 tới.", "ngày 32 tháng 5"),
    ],
)
def test_invalid_date_found(text, expected):
    assert found(text, "invalid-date") == [(expected, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 29/02/2024 chi bộ họp mở rộng.",  # 2024 is a leap year
        "Sáng 29/2, hội nghị khai mạc.",  # no year: 29/2 may exist
        "Chi trả lương tháng 13 cho người lao động.",
        "Trực chiến 24/7 trong dịp lễ 30/4 - 1/5.",
        "Kiểm tra được 31/45 tổ chức đảng.",
        "Nghị quyết số 15-NQ/TU, ngày 31/12/2022 của Tỉnh ủy.",
    ],
)
def test_invalid_date_silent(text):
    assert found(text, "invalid-date") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # 15/5/2023 was a Monday
        ("Hôm nay, thứ Tư, ngày 15/5/2023, chi bộ họp định kỳ.", [("thứ Tư", "thứ Hai")]),
        ("Vào thứ 6 (15/5/2023) chi ủy họp.", [("thứ 6", "thứ 2")]),
        ("THỨ BA, NGÀY 15/5/2023", [("THỨ BA", "THỨ HAI")]),
        # 14/5/2023 was a Sunday
        ("Sáng thứ Bảy, ngày 14/5/2023, ra quân làm vệ sinh.", [("thứ Bảy", "chủ nhật")]),
        ("Chủ nhật, ngày 15/5/2023, ra quân làm vệ sinh.", [("Chủ nhật", "Thứ Hai")]),
        ("Họp ngày 15 tháng 5 năm 2023 (thứ năm).", [("thứ năm", "thứ hai")]),
    ],
)
def test_weekday_mismatch_found(text, expected):
    assert found(text, "weekday-mismatch") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hôm nay, thứ Hai, ngày 15/5/2023, chi bộ họp định kỳ.",
        "Chủ nhật, ngày 14/5/2023, ra quân làm vệ sinh.",
        "Vào thứ 2 (15/5/2023) chi ủy họp.",
        # ordinals, not weekdays
        "Hội nghị lần thứ hai, ngày 18/5/2023, bàn về nhân sự.",
        "Đợt thứ ba, ngày 18/5/2023, có 12 hộ được hỗ trợ.",
        # no year: the weekday is not checked
        "Thứ Sáu, ngày 21/4, chi bộ họp.",
    ],
)
def test_weekday_silent(text):
    assert found(text, "weekday-mismatch") == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Hà Nội, ngày 5 tháng 2 năm 2021", "ngày 05 tháng 02 năm 2021"),
        ("Thành phố Hồ Chí Minh, ngày 15 tháng 03 năm 2023", "ngày 15 tháng 3 năm 2023"),
        ("Long Xuyên, ngày 7 tháng 11 năm 2022", "ngày 07 tháng 11 năm 2022"),
        ("Đà Lạt, ngày 9/1/2024", "ngày 09 tháng 01 năm 2024"),
    ],
)
def test_date_line_format_found(line, expected):
    (finding,) = findings("ĐẢNG BỘ PHƯỜNG 4\n" + line + "\nBÁO CÁO", "date-line-format")
    assert finding.suggestion == expected and finding.severity is Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội, ngày 05 tháng 02 năm 2021",
        "Cần Thơ, ngày 20 tháng 10 năm 2023",
        "Huế, ngày 03 tháng 4 năm 2018",
        "Hôm nay, ngày 5 tháng 2 năm 2021",
        "Thời gian: 14 giờ, ngày 5 tháng 2 năm 2021",
        "Chi bộ đã họp vào ngày 5 tháng 2 năm 2021, tại hội trường.",
    ],
)
def test_date_line_format_silent(text):
    assert found(text, "date-line-format") == []


REPORT = "CHI BỘ KHU PHỐ 2\nBình Minh, ngày 28 tháng 4 năm 2023\nBÁO CÁO\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (REPORT + "Ngày 10/5/2023, chi bộ đã tổ chức hội nghị sơ kết.", "10/5/2023"),
        (REPORT + "Chi bộ vừa kết nạp 2 đảng viên ngày 2/5/2023.", "2/5/2023"),
        ("25/04/2023\nNgày 27/4/2023, Đảng ủy đã ban hành nghị quyết.", "27/4/2023"),
    ],
)
def test_future_date_found(text, expected):
    assert found(text, "future-date") == [(expected, None)]


@pytest.mark.parametrize(
    "text",
    [
        REPORT + "Ngày 20/4/2023, chi bộ đã họp.",
        REPORT + "Chi bộ sẽ tổ chức hội nghị ngày 10/5/2023.",
        REPORT + "Chi bộ đã ban hành kế hoạch tổ chức hội thi vào ngày 15/5/2023.",
        REPORT + "Các chi bộ đã hoàn thành trước ngày 30/6/2023.",
        REPORT + "Ngày 10/5, chi bộ đã tổ chức hội nghị.",  # no year: not guessed
        # no document date
        "Ngày 10/5/2023, chi bộ đã tổ chức hội nghị sơ kết.",
    ],
)
def test_future_date_silent(text):
    assert found(text, "future-date") == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_silent_on_seeds(seed):
    text = seed.read_text(encoding="utf-8")
    assert [f.code for code in CODES for f in findings(text, code)] == []
