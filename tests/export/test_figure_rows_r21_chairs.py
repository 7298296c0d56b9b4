"""Figure rows of round 21 (engineer chairs): one fact, one row — and two units, two rows.

- a run of counts joined by "và" ("6 Ủy viên Ban Chấp hành và 2 Ủy viên Ban Thường vụ") told again with the word that
  counts comrades and leading zeros is one fact, whatever verbs the two clauses use; a run of other numbers, or of
  other titles, or of another year, or of another unit, stays;
- two rows told alike are one fact only where the name words of their clauses, titles and bodies aside, do not each
  hold one the other lacks: "Chi bộ Trường Tiểu học … / Chi bộ Trường Mầm non … kết nạp 2 đảng viên" are two.

Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

REPORT = ("ĐẢNG BỘ XÃ ĐÔNG HƯNG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ ĐÔNG HƯNG\tĐông Hưng, ngày 28 tháng 9 năm 2026\n"
          "BÁO CÁO\nkết quả công tác quý III năm 2026\n")


def rows(body: str) -> list[str]:
    return [row.value for row in chosen_figures(analyze(REPORT + body + "\nT/M ĐẢNG ỦY\nBÍ THƯ\nPhan Văn Lộc\n"))[0]]


@pytest.mark.parametrize("body", [
    "Hội nghị đã kiện toàn Ban Chấp hành, Ban Thường vụ với 4 Ủy viên Ban Chấp hành và 1 Ủy viên Ban Thường vụ.\n"
    "Phát biểu bế mạc, đồng chí Bí thư Đảng ủy xã chúc mừng 04 đồng chí Ủy viên Ban Chấp hành và 01 đồng chí Ủy viên "
    "Ban Thường vụ vừa được bầu bổ sung.",
    "Đảng ủy xã đã giới thiệu 3 Phó Bí thư và 2 Ủy viên Ban Thường vụ.\n"
    "Đồng chí Bí thư thông tin, qua quy trình đã có 03 đồng chí Phó Bí thư và 02 đồng chí Ủy viên Ban Thường vụ.",
])
def test_a_run_of_counts_told_again_is_one_fact(body):
    values = rows(body)
    assert len(values) == 2, values


@pytest.mark.parametrize("body", [
    # other numbers
    "Hội nghị đã kiện toàn với 4 Ủy viên Ban Chấp hành và 1 Ủy viên Ban Thường vụ.\n"
    "Đồng chí Bí thư chúc mừng 04 đồng chí Ủy viên Ban Chấp hành và 02 đồng chí Ủy viên Ban Thường vụ.",
    # another year
    "Năm 2025, Đảng ủy xã bầu bổ sung 4 Ủy viên Ban Chấp hành và 1 Ủy viên Ban Thường vụ.\n"
    "Năm 2026, Đảng ủy xã bầu bổ sung 04 đồng chí Ủy viên Ban Chấp hành và 01 đồng chí Ủy viên Ban Thường vụ.",
    # another unit, named
    "Đảng ủy xã Đông Hưng bầu bổ sung 4 Ủy viên Ban Chấp hành và 1 Ủy viên Ban Thường vụ.\n"
    "Đảng ủy xã Tây Sơn bầu bổ sung 04 đồng chí Ủy viên Ban Chấp hành và 01 đồng chí Ủy viên Ban Thường vụ.",
])
def test_a_run_of_other_counts_or_of_another_unit_stays(body):
    values = rows(body)
    assert len(values) == 4, values


@pytest.mark.parametrize("body", [
    "Chi bộ Trường Tiểu học Kim Đồng kết nạp 2 đảng viên mới.\nChi bộ Trường Mầm non Hoa Sen kết nạp 2 đảng viên mới.",
    "Chi bộ Trường THCS Lê Lợi kết nạp 3 đảng viên mới; Chi bộ Trường THPT Nguyễn Du kết nạp 3 đảng viên mới.",
    "Chi bộ Thôn Bắc Sơn kết nạp 1 đảng viên mới.\nChi bộ Thôn Nam Sơn kết nạp 1 đảng viên mới.",
])
def test_units_sharing_the_word_of_their_kind_stay_two_rows(body):
    assert len(rows(body)) == 2, rows(body)


@pytest.mark.parametrize("body", [
    "Sáng 25/9, Chi bộ Trường Tiểu học Kim Đồng kết nạp 2 đảng viên mới.\n"
    "Tại buổi lễ, Chi bộ Trường Tiểu học Kim Đồng kết nạp 2 đảng viên mới.",
    "Quý III, Chi bộ Trường Mầm non Hoa Sen kết nạp 2 đảng viên mới.\nChi bộ Trường Mầm non Hoa Sen kết nạp 2 đảng viên "
    "mới.",
])
def test_one_unit_told_twice_stays_one_row(body):
    assert len(rows(body)) == 1, rows(body)


# ------------------------------------------------------------------ review of chairs: abbreviations, numbered units, terms

@pytest.mark.parametrize("body", [
    "Chi bộ Trường TH Võ Thị Sáu kết nạp 2 đảng viên mới.\nTại buổi lễ, Chi bộ Trường Tiểu học Võ Thị Sáu kết nạp 2 "
    "đảng viên mới.",
    "Chi bộ Trường THCS Lê Lợi kết nạp 3 đảng viên mới.\nNăm học qua, Chi bộ Trường Trung học cơ sở Lê Lợi kết nạp 3 "
    "đảng viên mới.",
    "UBND xã Đông Hưng hỗ trợ 45 hộ nghèo.\nTheo báo cáo, Ủy ban nhân dân xã Đông Hưng hỗ trợ 45 hộ nghèo.",
])
def test_one_unit_written_short_and_in_full_is_one_row(body):
    assert len(rows(body)) == 1, rows(body)


@pytest.mark.parametrize("body", [
    # (near misses: two abbreviations, or another word than the abbreviation's)
    "Chi bộ Trường TH Kim Đồng kết nạp 2 đảng viên mới.\nChi bộ Trường THCS Kim Đồng kết nạp 2 đảng viên mới.",
    "Chi bộ Trường TH Kim Đồng kết nạp 2 đảng viên mới.\nChi bộ Trường Mầm non Kim Đồng kết nạp 2 đảng viên mới.",
])
def test_an_abbreviation_of_another_unit_stays_two_rows(body):
    assert len(rows(body)) == 2, rows(body)


@pytest.mark.parametrize("body", [
    "Chi bộ tổ 3 bầu 1 Bí thư và 1 Phó Bí thư.\nChi bộ tổ 4 bầu 1 Bí thư và 1 Phó Bí thư.",
    "Nhiệm kỳ trước, Đảng ủy có 2 Phó Bí thư và 4 Ủy viên Ban Thường vụ; nhiệm kỳ này Đảng ủy có 2 Phó Bí thư và 4 Ủy "
    "viên Ban Thường vụ.",
    "Chi bộ xóm trên bầu 1 Bí thư và 1 Phó Bí thư.\nChi bộ xóm dưới bầu 1 Bí thư và 1 Phó Bí thư.",
])
def test_a_run_of_counts_of_another_numbered_unit_or_term_stays(body):
    values = rows(body)
    assert len(values) >= 3, values
