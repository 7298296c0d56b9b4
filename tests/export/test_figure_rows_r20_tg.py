"""Figure rows of round 20 (engineer tg): one fact, one row.

- a count of people told in the lead by their title and in the body with the word that counts comrades and a leading
  zero ("6 Ủy viên Ban Chấp hành và 2 Ủy viên Ban Thường vụ" / "6 đồng chí Ủy viên Ban Chấp hành và 02 đồng chí …") is
  one fact told twice; other counts of the same titles ("3 đồng chí Ủy viên Ban Thường vụ" of another body, a year
  apart) stay;
- the base told after a share ends before the count the plan was met with ("100% chỉ tiêu giao quân năm 2026 | với 47
  công dân nhập ngũ"): that count is a row of its own, not told twice; "so với 2024" stays the base.

Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

REPORT = ("ĐẢNG BỘ TỈNH HÀ GIANG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY KHỐI CƠ QUAN TỈNH\tHà Giang, ngày 20 tháng 3 năm 2026\n"
          "BÁO CÁO\nkết quả công tác quý I năm 2026\n")


def rows(body: str) -> list[str]:
    return [row.value for row in chosen_figures(analyze(REPORT + body + "\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Hòa\n"))[0]]


@pytest.mark.parametrize("body", [
    # (the two clauses name the body with other acts, "đã kiện toàn … với" / "ghi nhận việc bầu bổ sung": the run of
    # two counts of two titles, repeated in one order, is one fact — round 21)
    "Đảng ủy Khối đã kiện toàn Ban Chấp hành với 5 Ủy viên Ban Chấp hành và 1 Ủy viên Ban Thường vụ.\n"
    "Kết luận hội nghị, đồng chí Bí thư Đảng ủy Khối ghi nhận việc bầu bổ sung 05 đồng chí Ủy viên Ban Chấp "
    "hành và 01 đồng chí Ủy viên Ban Thường vụ.",
    "Sau kiện toàn, Đảng ủy Khối có 3 Phó Bí thư.\nPhát biểu bế mạc, đồng chí Bí thư cho biết Đảng ủy Khối có 03 đồng chí "
    "Phó Bí thư.",
])
def test_one_count_of_members_told_twice_is_one_row(body):
    values = rows(body)
    assert len(values) == len({v.split()[0].lstrip("0") for v in values}), values


@pytest.mark.parametrize("body", [
    "Năm 2024, Đảng ủy Khối bầu bổ sung 3 Ủy viên Ban Thường vụ.\nNăm 2025, Đảng ủy Khối bầu bổ sung 3 đồng chí Ủy viên "
    "Ban Thường vụ.",
    "Năm 2024, Chi bộ Văn phòng kết nạp 2 đảng viên.\nNăm 2025, Chi bộ Văn phòng kết nạp 2 đảng viên.",
])
def test_counts_of_other_years_stay_two_rows(body):
    values = rows(body)
    assert len(values) == 2, values


@pytest.mark.parametrize(("body", "share", "count"), [
    ("Hoàn thành 100% chỉ tiêu tuyển quân năm 2026 với 52 thanh niên nhập ngũ.", "100% chỉ tiêu tuyển quân năm 2026",
     "52 thanh niên nhập ngũ"),
    ("Thu quỹ khuyến học đạt 100% kế hoạch với 36 triệu đồng.", "100% kế hoạch", "36 triệu đồng"),
])
def test_base_of_a_share_ends_before_the_count_it_was_met_with(body, share, count):
    values = rows(body)
    assert any(v.endswith(share) for v in values), values
    assert not any(count in v and share in v for v in values), values


def test_so_voi_a_year_stays_the_base():
    assert any("so với 2025" in v for v in rows("Thu ngân sách quý I tăng 12% so với 2025."))


# --- after the review of tg: a leading zero or "đồng chí" is folded only where the clauses name the same subject ---

@pytest.mark.parametrize("body", [
    "Chi bộ trường tiểu học kết nạp 02 đảng viên mới.\nChi bộ trường mầm non kết nạp 2 đảng viên mới.",
    "Đảng ủy Khối có 3 Phó Bí thư.\nĐảng ủy Khối Doanh nghiệp có 03 đồng chí Phó Bí thư.",
    "Đã thẩm định 05 hồ sơ đề nghị kết nạp đảng viên.\nĐã thẩm định 5 hồ sơ đề nghị chuyển đảng chính thức.",
    # of our own
    "Chi bộ thôn Đông kết nạp 02 đảng viên mới.\nChi bộ thôn Tây kết nạp 2 đảng viên mới.",
    "chi bộ khu phố kết nạp 03 đảng viên mới; chi bộ cơ quan kết nạp 3 đảng viên mới.",
    "Ban Thường vụ Huyện đoàn có 2 Phó Bí thư.\nBan Thường vụ Hội Nông dân có 02 đồng chí Phó Chủ tịch.",
    "Đảng ủy phường có 04 đồng chí Ủy viên Ban Thường vụ.\nĐảng ủy Quân sự có 4 Ủy viên Ban Thường vụ.",
])
def test_counts_of_other_subjects_stay_two_rows(body):
    assert len(rows(body)) == 2, rows(body)


@pytest.mark.parametrize("body", [
    "Sau kiện toàn, Đảng ủy Khối có 3 Phó Bí thư.\nPhát biểu bế mạc, đồng chí Bí thư cho biết Đảng ủy Khối có 03 đồng chí "
    "Phó Bí thư.",
    # of our own
    "Chi bộ Văn phòng kết nạp 02 đảng viên mới.\nTrong quý, Chi bộ Văn phòng kết nạp 2 đảng viên mới.",
    "Ban Chấp hành có 2 Phó Bí thư.\nĐồng chí Bí thư thông tin Ban Chấp hành có 02 đồng chí Phó Bí thư.",
])
def test_one_subject_told_twice_with_a_leading_zero_is_one_row(body):
    assert len(rows(body)) == 1, rows(body)


@pytest.mark.parametrize(("body", "count"), [
    ("Thu quỹ khuyến học đạt 100% kế hoạch với 36 triệu đồng.", "36 triệu đồng"),
    ("Chi bộ thôn Đông đạt 100% chỉ tiêu thu đảng phí với 4,2 triệu đồng.", "4,2 triệu đồng"),
    # of our own
    ("Quỹ Vì người nghèo đạt 120% kế hoạch với 58 triệu đồng.", "58 triệu đồng"),
    ("Hoàn thành 100% chỉ tiêu giao quân năm 2026 với 31 công dân nhập ngũ.", "31 công dân nhập ngũ"),
    ("Hội Phụ nữ xã đạt 105% chỉ tiêu vận động với 12,6 triệu đồng.", "12,6 triệu đồng"),
])
def test_the_count_a_share_was_met_with_is_a_row_of_its_own(body, count):
    values = rows(body)
    assert any(v.startswith(count) for v in values), values
