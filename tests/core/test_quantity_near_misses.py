"""Shapes where a percentage or a repeated figure is right although an earlier number is close
by: each measured result keeps its own unstated plan, a threshold is not a part, a share of a
named base (GDP, "tổng số …") is not a share of an earlier figure, a change is not a part, a
rate restated more exactly is the same rate, and the items after "trong đó:" are parts. Each
shape has sentences that must stay silent and, where it applies, one that must still be caught."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

ARITHMETIC = {"percent-mismatch", "part-exceeds-whole", "sum-mismatch", "figure-inconsistent"}


def arithmetic(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in analyze(text).findings if f.code in ARITHMETIC]


@pytest.mark.parametrize("text", [
    # each amount has its own "đạt …% kế hoạch": the earlier amount is no plan for the next one
    "Vốn ngân sách tỉnh giao là 120 tỷ đồng, đạt 95% kế hoạch, vốn huy động là 30 tỷ đồng, đạt 60% kế hoạch.",
    "Nguồn vốn được giao đã giải ngân 48,5 tỷ đồng, đạt 88,2% kế hoạch; nguồn vốn tự có giải ngân 12 tỷ đồng, "
    "đạt 70% kế hoạch năm.",
    "Thu ngân sách giao là 15 tỷ đồng, đạt 102% dự toán, thu tiền sử dụng đất 4,2 tỷ đồng, đạt 56% dự toán.",
])
def test_a_result_measured_already_is_no_plan_for_the_next(text):
    assert arithmetic(text) == []


def test_a_plan_written_after_its_percentage_is_still_read():
    text = "Kết nạp 263 đảng viên mới, đạt 115% chỉ tiêu năm (chỉ tiêu 240 đảng viên)."
    assert ("percent-mismatch", "115") in [(c, t.rstrip("%")) for c, t in arithmetic(text)]


@pytest.mark.parametrize("text", [
    "Có 4.685 doanh nghiệp giải thể, trong đó 4.325 doanh nghiệp có vốn dưới 10 tỷ đồng, chiếm 92,3%.",
    "Toàn xã có 320 hộ chăn nuôi, trong đó 48 hộ nuôi từ 50 con trở lên, chiếm 15%.",
    "Huyện có 1.200 hộ vay vốn, trong đó 960 hộ vay không quá 50 triệu đồng, chiếm 80%.",
])
def test_a_threshold_in_the_noun_phrase_is_not_the_part(text):
    assert arithmetic(text) == []


@pytest.mark.parametrize("text", [
    "Tổng chi ngân sách là 1.177 tỷ đồng. Bội chi là 263 tỷ đồng, tăng 7 tỷ đồng so với dự toán, bằng 6,28% GDP.",
    "Tổng thu trên địa bàn là 950 tỷ đồng. Chi đầu tư phát triển 210 tỷ đồng, bằng 4,5% GRDP của tỉnh.",
    "Tổng vốn đầu tư là 800 tỷ đồng. Năm nay vốn tăng thêm 40 tỷ đồng, bằng 12% so với năm trước.",
])
def test_a_named_base_or_a_change_is_not_a_share_of_an_earlier_figure(text):
    assert arithmetic(text) == []


@pytest.mark.parametrize("text", [
    "Năm 2024 có 3.500 doanh nghiệp thành lập mới. Trong tổng số doanh nghiệp giải thể, có 1.900 công ty "
    "(chiếm 40,3%) và 830 doanh nghiệp tư nhân (chiếm 17,7%).",
    "Toàn huyện có 52 chi bộ. Trong tổng số đảng viên được đánh giá, có 410 đồng chí (chiếm 88%).",
    "Xã có 1.200 hộ. Trong tổng số hộ được khảo sát, có 300 hộ nghèo (chiếm 12%).",
])
def test_a_base_named_in_words_is_not_replaced_by_an_earlier_figure(text):
    assert arithmetic(text) == []


@pytest.mark.parametrize("text", [
    "Tỷ lệ hộ nghèo còn 1,4%.\nCuối năm, tỷ lệ hộ nghèo giảm còn 1,42%.",
    "Tỷ lệ bao phủ bảo hiểm y tế đạt 92%.\nĐến nay tỷ lệ bao phủ bảo hiểm y tế đạt 92,3%.",
    "Tỷ lệ trẻ em suy dinh dưỡng là 9,5%.\nTỷ lệ trẻ em suy dinh dưỡng giảm còn 9,46%.",
])
def test_a_rate_restated_more_exactly_is_the_same_rate(text):
    assert [c for c, _ in arithmetic(text)] == []


def test_a_rate_that_really_differs_is_still_caught():
    text = "Tỷ lệ hộ nghèo còn 1,4%.\nCuối năm, tỷ lệ hộ nghèo giảm còn 1,6%."
    assert [c for c, _ in arithmetic(text)] == ["figure-inconsistent"]


@pytest.mark.parametrize("text", [
    "Giải quyết 6 đơn, đã thi hành kỷ luật 04 trường hợp.\nĐảng bộ thi hành kỷ luật 19 đảng viên, trong đó: "
    "Ban Thường vụ thi hành kỷ luật 02 trường hợp, Ủy ban Kiểm tra thi hành kỷ luật 03 trường hợp, chi bộ thi hành "
    "kỷ luật 14 trường hợp.",
    "Năm qua kết nạp 40 đảng viên.\nCác chi bộ kết nạp 40 đảng viên, trong đó: chi bộ thôn kết nạp 26 "
    "đảng viên, chi bộ trường học kết nạp 14 đảng viên.",
    "Khen thưởng 45 tập thể.\nCả nhiệm kỳ khen thưởng 45 tập thể, trong đó: cấp tỉnh khen thưởng 12 tập thể, cấp "
    "huyện khen thưởng 33 tập thể.",
])
def test_the_items_after_trong_do_are_parts_not_restatements(text):
    assert [c for c, _ in arithmetic(text) if c == "figure-inconsistent"] == []


@pytest.mark.parametrize("text", [
    "Kết quả thu ngân sách 9 tháng: 12,5 tỷ đồng.\n- Thu thuế ngoài quốc doanh: 3,2 tỷ đồng;\n"
    "- Thu tiền sử dụng đất: 5,1 tỷ đồng.",
    "Chi đầu tư phát triển đạt 40 tỷ đồng, trong năm:\n- Giải ngân vốn nông thôn mới: 12 tỷ đồng;\n"
    "- Vốn sự nghiệp giáo dục: 9 tỷ đồng.",
    "Kết quả kiểm tra năm 2025: 15\n- Kiểm tra khi có dấu hiệu vi phạm: 3 đảng viên;\n- Giám sát chuyên đề: 7 chi bộ.",
])
def test_lines_under_a_lead_are_summed_only_when_a_total_announces_them(text):
    assert [c for c, _ in arithmetic(text) if c == "sum-mismatch"] == []


@pytest.mark.parametrize("text, flagged", [
    ("Tổng kinh phí năm 2025: 900 triệu đồng, bao gồm:\n- Ngân sách huyện: 500 triệu đồng;\n"
     "- Ngân sách xã: 300 triệu đồng;\n- Xã hội hóa: 120 triệu đồng.", "900 triệu đồng"),
    ("Tổng số đảng viên được đánh giá: 42, cụ thể:\n1. Hoàn thành xuất sắc nhiệm vụ: 6 đồng chí;\n"
     "2. Hoàn thành tốt nhiệm vụ: 30 đồng chí;\n3. Hoàn thành nhiệm vụ: 5 đồng chí.", "42"),
])
def test_an_announced_total_is_still_summed(text, flagged):
    assert any(c == "sum-mismatch" and t.startswith(flagged) for c, t in arithmetic(text))


@pytest.mark.parametrize("text", [
    # the percentage names a base of its own ("số … phải triệu tập"), not the ratio's total
    "Nghị quyết tháng 10: tán thành 24/24 đảng viên chính thức có mặt, bằng 88,9% số đảng viên chính thức "
    "phải triệu tập.",
    "Đã kiểm tra 18/18 chi bộ được giao, đạt 60% tổng số chi bộ trực thuộc.",
    "Có 45/45 hộ tham gia buổi ra quân, bằng 75% số hộ trong tổ dân phố.",
])
def test_a_ratio_then_a_share_of_another_named_base(text):
    assert arithmetic(text) == []


@pytest.mark.parametrize("text, flagged", [
    # the same base named again: still the ratio's share
    ("Đã kiểm tra 62/80 tổ chức đảng, đạt 75,5% số tổ chức đảng.", "75,5%"),
    ("Tán thành 15/16 đảng viên có mặt, bằng 93,7% số đảng viên có mặt.", "93,7%"),
])
def test_a_ratio_then_its_own_base_named_is_still_measured(text, flagged):
    assert ("percent-mismatch", flagged) in arithmetic(text)


@pytest.mark.parametrize("text", [
    # the result is the whole, not the subset picked out of it after "trong đó"
    "Đất đai: cấp 87 giấy chứng nhận, trong đó 12 giấy cấp lần đầu; kế hoạch năm 110 giấy, đến nay đạt 79,1%.",
    "Kết nạp 30 đảng viên, trong đó 12 đảng viên nữ; chỉ tiêu năm 40 đảng viên, đạt 75%.",
    "Giải ngân 45 tỷ đồng, trong đó 9 tỷ đồng vốn sự nghiệp; kế hoạch 60 tỷ đồng, đạt 75%.",
])
def test_result_against_plan_is_the_whole_not_its_subset(text):
    assert arithmetic(text) == []


def test_result_against_plan_still_caught_on_the_whole():
    text = "Kết nạp 30 đảng viên, trong đó 12 đảng viên nữ; chỉ tiêu năm 40 đảng viên, đạt 80%."
    assert [c for c, _ in arithmetic(text)] == ["percent-mismatch"]
