"""Round 19 (engineer tt): items of a list of targets, read by their shape, in resolutions of our own.

- an item holding two levels apart by ";", each with its own number ("4- Tỷ lệ hộ … từ 95% trở lên; tỷ lệ hộ cận nghèo
  dưới 1,5% (đến ngày 31/12/2026)") is two targets; a day in brackets is no ratio;
- under a targets heading, a plain line that opens with a period still ahead ("Đến năm 2027: …; …") sets its levels for
  that period, and the next such line goes on.
Near misses: a ";" clause with no number goes on with the level before it; a line opening with a period already past
("Đến tháng 9/2026, tỷ lệ … đạt 45%; …") reports results, not levels set.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

RESOLUTION = ("ĐẢNG BỘ XÃ HƯNG ĐẠO\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG\n*\tHưng Đạo, ngày 08 tháng 01 năm 2027\n"
              "Số 01-NQ/CB\nNGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ năm 2027\n"
              "- Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 07/01/2027,\nCHI BỘ THÔN ĐÔNG QUYẾT NGHỊ:\n"
              "I- MỤC TIÊU, CHỈ TIÊU NĂM 2027\n1- Kết nạp ít nhất 01 đảng viên mới trong năm 2027.\n{}\n"
              "II- NHIỆM VỤ, GIẢI PHÁP\n1- Chi ủy xây dựng kế hoạch thực hiện nghị quyết, hoàn thành trước ngày 20/01/2027.\n"
              "T/M CHI BỘ\nBÍ THƯ\nHoàng Văn Sơn\n")


def _levels(item: str):
    return {(t.target, t.unit) for t in analyze(RESOLUTION.format(item)).structure.targets if t.result is None}


@pytest.mark.parametrize("item, levels", [
    ("2- Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa từ 92% trở lên; tỷ lệ hộ nghèo dưới 2% (đến ngày 31/12/2027).",
     {(92.0, "%"), (2.0, "%")}),
    ("2- Thu quỹ vì người nghèo đạt 25 triệu đồng; tỷ lệ tham gia bảo hiểm y tế từ 95% trở lên.",
     {(25.0, "triệu đồng"), (95.0, "%")}),
    ("2- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 8%; trồng mới ít nhất 3 ha rừng; 100% hộ dùng nước hợp vệ sinh.",
     {(8.0, "%"), (3.0, "ha rừng"), (100.0, "%")}),
])
def test_an_item_with_two_levels_apart_by_semicolon_is_two_targets(item, levels):
    read = _levels(item)
    assert levels <= read, read


def test_a_clause_with_no_number_goes_on_with_the_level_before_it():
    read = _levels("2- Có từ 90% đảng viên trở lên được xếp loại hoàn thành tốt nhiệm vụ; chi bộ hoàn thành tốt nhiệm vụ.")
    assert (90.0, "%") in read
    assert len(read) == 2  # with the item 1 level (01 đảng viên), no third


@pytest.mark.parametrize("lines, levels", [
    ("Đến năm 2028: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 70% trở lên; tỷ lệ người dân có tài khoản "
     "định danh điện tử đạt 90%.\nĐến năm 2030: 100% thôn có hạ tầng cáp quang; tỷ lệ hộ bán hàng qua sàn thương mại "
     "điện tử đạt ít nhất 15%.", {(70.0, "%"), (90.0, "%"), (100.0, "%"), (15.0, "%")}),
    ("Đến hết năm 2027: tỷ lệ hộ nghèo giảm còn dưới 1%; thu nhập bình quân đạt 65 triệu đồng/người/năm.",
     {(1.0, "%"), (65.0, "triệu đồng/người/năm")}),
    ("Trong năm 2028: 100% hộ phân loại rác thải tại nguồn; tỷ lệ đường giao thông được cứng hóa đạt 95%.",
     {(100.0, "%"), (95.0, "%")}),
])
def test_a_line_opening_with_a_period_ahead_sets_its_levels(lines, levels):
    text = RESOLUTION.replace("I- MỤC TIÊU, CHỈ TIÊU NĂM 2027\n1- Kết nạp ít nhất 01 đảng viên mới trong năm 2027.\n{}",
                              "I- MỤC TIÊU\n" + lines)
    read = {(t.target, t.unit) for t in analyze(text).structure.targets if t.result is None}
    assert levels <= read, read


def test_a_line_opening_with_a_period_past_sets_no_levels():
    text = RESOLUTION.replace("I- MỤC TIÊU, CHỈ TIÊU NĂM 2027\n1- Kết nạp ít nhất 01 đảng viên mới trong năm 2027.\n{}",
                              "I- MỤC TIÊU\nĐến tháng 12/2026: tỷ lệ hồ sơ nộp trực tuyến đạt 45%; tỷ lệ người dân có "
                              "tài khoản định danh điện tử đạt 62%.")
    assert not any(t.target in (45.0, 62.0) and t.result is None for t in analyze(text).structure.targets)


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
