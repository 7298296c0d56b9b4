"""Round 19 (engineer tt): a result, then a ";" clause that is only its plan ("Trồng mới 14,5 ha rừng; kế hoạch 20 ha").

Near misses: another noun's plan, a lead of the next period's levels, a plan in another sentence.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

# ------------------------------------------------------------- a result, then a clause that is only its plan

REPORT = "BÁO CÁO\nKết quả công tác 6 tháng đầu năm 2026\nAn Bình, ngày 20 tháng 6 năm 2026\n{}\n"


def _pairs(sentence: str):
    return {(t.target, t.result) for t in analyze(REPORT.format(sentence)).structure.targets}


@pytest.mark.parametrize("sentence, pair", [
    ("Tỷ lệ đảng viên nữ được kết nạp chiếm 41,5% số kết nạp; chỉ tiêu 40%.", (40.0, 41.5)),
    ("Cấp 215 giấy chứng nhận quyền sử dụng đất lần đầu; kế hoạch năm 2026 là 600 giấy.", (600.0, 215.0)),
    ("Trồng mới 14,5 ha rừng; kế hoạch 20 ha.", (20.0, 14.5)),
    ("Thu quỹ khuyến học 18,6 triệu đồng; chỉ tiêu 20 triệu đồng.", (20.0, 18.6)),
    ("Tỷ lệ chi bộ sinh hoạt chuyên đề hằng quý đạt 88%; chỉ tiêu từ 85% trở lên.", (85.0, 88.0)),
])
def test_a_clause_that_is_only_a_plan_gives_the_level_of_the_result_before_it(sentence, pair):
    assert pair in _pairs(sentence)


@pytest.mark.parametrize("sentence, wrong", [
    # another noun: other people, not the result of that plan
    ("Kết nạp 3 đảng viên; 2 quần chúng đang học lớp cảm tình Đảng; chỉ tiêu 5 đảng viên.", (5.0, 2.0)),
    # a lead of the next period's levels, not the level of this result
    ("Thu ngân sách đạt 12,5 tỷ đồng; chỉ tiêu năm 2027: thu 14 tỷ đồng.", (14.0, 12.5)),
    # after a full stop: another sentence
    ("Trồng mới 14,5 ha rừng. Kế hoạch 20 ha.", (20.0, 14.5)),
])
def test_near_misses_pair_no_result_with_that_plan(sentence, wrong):
    assert wrong not in _pairs(sentence)


def test_a_plan_the_clause_names_as_the_years_is_progress_part_way():
    targets = analyze(REPORT.format("Cấp 215 giấy chứng nhận quyền sử dụng đất lần đầu; kế hoạch năm 2026 là 600 giấy."))
    assert [t.verdict for t in targets.structure.targets if t.target == 600.0] == ["tiến độ"]


@pytest.mark.parametrize("sentence", [
    "Làm mới 3,2 km đường giao thông nông thôn; kế hoạch 8 km.",
    "Vận động ủng hộ quỹ đền ơn đáp nghĩa 9,5 triệu đồng; chỉ tiêu 25 triệu đồng.",
    "Kết nạp 4 đoàn viên; chỉ tiêu 10 đoàn viên; cơ bản đảm bảo tiến độ đề ra.",
])
def test_a_plan_alone_in_a_report_of_half_a_year_is_progress_as_in_brackets(sentence):
    verdicts = {t.verdict for t in analyze(REPORT.format(sentence)).structure.targets}
    assert verdicts == {"tiến độ"}, verdicts


@pytest.mark.parametrize("text", [
    # the sentence judges it for the half year itself
    REPORT.format("Làm mới 3,2 km đường giao thông nông thôn; kế hoạch 8 km; chưa đạt kế hoạch."),
    # a report of the whole year: the plan is that year's, its end is past
    "BÁO CÁO\nTổng kết công tác năm 2025\nAn Bình, ngày 22 tháng 12 năm 2025\n"
    "Vận động ủng hộ quỹ đền ơn đáp nghĩa 19,5 triệu đồng; chỉ tiêu 25 triệu đồng.\n",
])
def test_near_misses_a_plan_alone_judged_by_its_sentence_or_a_closed_year(text):
    verdicts = {t.verdict for t in analyze(text).structure.targets}
    assert verdicts == {"chưa đạt"}, verdicts


TERM_REPORT = ("BÁO CÁO\nkết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025\nPhú Lộc, ngày 15 tháng 8 năm 2025\n"
               "I. KẾT QUẢ\n{}\n")


@pytest.mark.parametrize("sentence", [
    "Tỷ lệ thôn đạt chuẩn văn hóa chiếm 82% tổng số thôn; chỉ tiêu 90%.",
    "Xây dựng mới 11 nhà văn hóa thôn; chỉ tiêu 15 nhà.",
    "Tỷ lệ lao động qua đào tạo đạt 61,5%; chỉ tiêu 65%.",
])
def test_a_plan_alone_in_a_report_closing_its_term_is_judged(sentence):
    verdicts = {t.verdict for t in analyze(TERM_REPORT.format(sentence)).structure.targets}
    assert verdicts == {"chưa đạt"}, verdicts
