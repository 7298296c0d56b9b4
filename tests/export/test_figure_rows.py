"""The summary's figure rows (export/figures.py) on small texts written for each shape."""

from __future__ import annotations

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

REPORT = ("ĐẢNG BỘ XÃ A\nCHI BỘ THÔN B\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nA, ngày 12 tháng 10 năm 2025\n\nBÁO CÁO\n"
          "Kết quả công tác quý III năm 2025\n\nI. KẾT QUẢ\n")
MINUTES = REPORT.replace("BÁO CÁO\nKết quả công tác quý III năm 2025", "BIÊN BẢN\nSINH HOẠT CHI BỘ THÁNG 10 NĂM 2025")


def rows(text: str) -> list[str]:
    return [row.value for row in chosen_figures(analyze(text))[0]]


def test_a_target_is_told_in_its_table_not_again_as_a_figure_row():
    body = "Trồng rừng tập trung quý III: kế hoạch 120 ha, thực hiện 134,5 ha. Sửa chữa 12 nhà ở cho hộ nghèo.\n"
    assert rows(REPORT + body) == ["12 nhà"]
    assert rows(MINUTES + body) == ["12 nhà"]


def test_a_clause_opening_with_its_figure_is_told_by_the_words_after_it():
    got = chosen_figures(analyze(REPORT + "Thu ngân sách đạt 41,2 tỷ đồng; 100% tổ dân phố đã tổ chức ngày hội đại "
                                          "đoàn kết.\n"))[0]
    assert [(r.subject, r.value) for r in got] == [("Thu ngân sách", "41,2 tỷ đồng"),
                                                   ("Tổ dân phố đã tổ chức ngày hội đại đoàn kết", "100%")]


def test_ordinals_of_a_conference_copyright_and_phone_numbers_are_no_facts():
    got = rows(REPORT + "Thực hiện Hội nghị Trung ương 10 khóa XIII, chi bộ đã rà soát 48 hộ nghèo; thôn huy động 120 "
                        "ngày công khắc phục bão số 3.\n© 2023 Cổng thông tin điện tử xã A. Giấy phép số 45/GP-TTĐT. "
                        "Điện thoại: 0211.3835.123\n")
    assert got == ["48 hộ nghèo", "120 ngày công khắc phục"]


def test_a_figure_after_trong_do_with_a_non_breaking_space_is_a_row_of_its_own():
    got = rows(REPORT + "Hằng năm, 90% đảng viên hoàn thành tốt nhiệm vụ (năm 2024 đạt 92%), trong\u00a0đó có 20%\u00a0đảng "
                        "viên hoàn thành xuất sắc nhiệm vụ.\n")
    assert "20%" in got and not any("trong" in value for value in got)


def test_a_holiday_written_as_day_slash_month_is_no_ratio():
    got = rows(REPORT + "Nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, chi bộ tặng 12 suất quà; "
                        "15/18 hộ đạt gia đình văn hóa.\n")
    assert "2/9" not in got and "12 suất quà" in got and "15/18 hộ" in got


def test_a_rate_keeps_its_per_unit_and_copies_of_the_minutes_are_no_fact():
    from minutes_app.core.engine import analyze
    from minutes_app.export.figures import chosen_figures

    head = ("ĐẢNG BỘ XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 2\n*\nBIÊN BẢN\n"
            "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n")
    rows = [r.text for r in chosen_figures(analyze(
        head + "Thu hoạch 1.385 ha lúa mùa, năng suất bình quân ước 54,6 tạ/ha.\n"
               "Mức hỗ trợ xây mới 60 triệu đồng/hộ, sửa chữa 30 triệu đồng/hộ.\n"
               "Thu nhập bình quân đạt 58 triệu đồng/người/năm.\n"
               "Biên bản lập thành 03 bản, đã đọc lại cho các đại biểu cùng nghe.\n"))[0]]
    assert any(r.endswith("54,6 tạ/ha") for r in rows), rows
    assert any("60 triệu đồng/hộ" in r for r in rows) and any("30 triệu đồng/hộ" in r for r in rows), rows
    assert any("58 triệu đồng/người/năm" in r for r in rows), rows
    assert not any("03 bản" in r for r in rows), rows
    # near-misses: a ratio stays a ratio, and printed copies of something else are a fact
    rows = [r.text for r in chosen_figures(analyze(
        head + "Kiểm tra 12/15 hộ, đạt 80%.\nThư viện xã bổ sung 300 bản sách mới.\n"))[0]]
    assert any("12/15" in r for r in rows) and any("300 bản" in r for r in rows), rows
