"""Shapes from the round-6 review: a part picked out of a result measured against its plan, and
the word "năm" before a figure."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in analyze(text + "\n").findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize("text", [
    "Tổng số lượt khám 9 tháng: 6.874 lượt, đạt 76,4% kế hoạch năm (9.000 lượt); trong đó khám BHYT 5.912 lượt (86,0%).",
    "Hồ sơ giải quyết 6 tháng: 1.250 hồ sơ, đạt 52,1% kế hoạch năm (2.400 hồ sơ); trong đó đúng hạn 1.200 hồ sơ (96,0%).",
    "Thu ngân sách 9 tháng: 4.520 triệu đồng, đạt 75,3% dự toán năm (6.000 triệu đồng); trong đó thu thuế 3.164 triệu "
    "đồng (70,0%).",
    "Tuyển quân năm 2026: chỉ tiêu giao 28 thanh niên, đã giao đủ 28 thanh niên nhập ngũ (đạt 100%).",
])
def test_a_part_picked_out_of_a_measured_result_is_no_result_against_the_plan(text):
    assert _codes(text) == []


def test_a_wrong_share_of_the_part_is_still_caught():
    text = ("Tổng số lượt khám 9 tháng: 6.874 lượt, đạt 76,4% kế hoạch năm (9.000 lượt); trong đó khám BHYT 5.912 lượt "
            "(88,0%).")
    assert ("percent-mismatch", "88,0%") in _codes(text)


@pytest.mark.parametrize("text, found", [
    ("Kế hoạch năm 9.000 lượt; thực hiện 6.874 lượt, đạt 74,4%.", "9.000 lượt"),
    ("Chỉ tiêu năm 120 hộ; thực hiện 96 hộ, đạt 85,0%.", "120 hộ"),
])
def test_the_year_before_a_figure_is_no_numeral(text, found):
    findings = [f for f in analyze(text + "\n").findings if f.code == "percent-mismatch"]
    assert findings and found in findings[0].message and "năm lượt" not in findings[0].message


def test_a_numeral_before_its_noun_still_counts():
    assert ("count-mismatch", "ba nhiệm vụ") in _codes("Chi bộ giao ba nhiệm vụ: (1) A; (2) B; (3) C; (4) D.")


@pytest.mark.parametrize("text", [
    "Tổng số hồ sơ thu nhận đạt khoảng 34 triệu hồ sơ (đạt 67,8% so với chỉ tiêu 50 triệu hồ sơ).",
    "Xã có gần 1.200 hộ, trong đó 300 hộ nghèo (chiếm 25,2%).",
    "Toàn tỉnh có hơn 2.500 đảng viên, trong đó 1.040 đảng viên nữ, chiếm 41,3%.",
])
def test_a_share_of_a_rounded_count_is_read_within_its_rounding(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text, flagged", [
    ("Tổng số hồ sơ thu nhận đạt khoảng 34 triệu hồ sơ (đạt 80,2% so với chỉ tiêu 50 triệu hồ sơ).", "80,2"),
    ("Xã có gần 1.200 hộ, trong đó 300 hộ nghèo (chiếm 35,2%).", "35,2%"),
    # near-miss of the rounding: an exact count keeps its exact share
    ("Xã có 1.200 hộ, trong đó 300 hộ nghèo (chiếm 25,2%).", "25,2%"),
])
def test_a_share_far_from_a_rounded_count_is_still_wrong(text, flagged):
    assert ("percent-mismatch", flagged) in _codes(text)


@pytest.mark.parametrize("roll", [
    "Vắng: 04 đ/c, trong đó:\n+ Miễn sinh hoạt: 02 đ/c (đ/c Trương Văn Lộc: miễn sinh hoạt do tuổi cao, sức yếu; đ/c Hà Thị "
    "Mận: miễn sinh hoạt do điều trị bệnh dài ngày);\n+ Có lý do: 01 đ/c (đ/c Cao Minh Tiến - đi làm ca);\n+ Không có lý do: "
    "01 đ/c (đ/c Lò Văn Sinh).",
    "Vắng: 02 đ/c (đ/c Trần Văn An: có lý do - đi công tác; đ/c Lê Thị Hoa: có lý do - ốm).",
    "Vắng mặt 02 đồng chí (đồng chí Phạm Văn Bình: vắng có lý do; đồng chí Đỗ Thị Lan: vắng không lý do).",
])
def test_absentees_each_with_a_reason_after_a_colon_are_all_counted(roll):
    assert not [c for c in _codes("Có mặt: 23 đ/c.\n" + roll) if c[0] == "absentee-count-mismatch"]


def test_an_absentee_missing_from_such_a_list_is_still_caught():
    found = [f for f in analyze("Vắng: 03 đ/c (đ/c Trần Văn An: có lý do - đi công tác; đ/c Lê Thị Hoa: có lý do - ốm).\n")
             .findings if f.code == "absentee-count-mismatch"]
    assert found and "(đ/c Trần Văn An, đ/c Lê Thị Hoa)" in found[0].message


# A bracket after one item of a breakdown says something of that item (a subset of it, or its own
# breakdown): its numbers are not more items, and the list goes on after it.
@pytest.mark.parametrize("text", [
    "Năm 2024, Đảng bộ có 6 đảng viên bị thi hành kỷ luật, với hình thức khiển trách 3, cảnh cáo 2, cách chức 1 "
    "(trong đó, Chi ủy khiển trách 2, cảnh cáo 1).",
    "Có 30 đảng viên được xếp loại, trong đó: hoàn thành xuất sắc 5 đồng chí, hoàn thành tốt 20 đồng chí (trong đó 3 "
    "đồng chí là cấp ủy viên), hoàn thành 5 đồng chí.",
    "Đảng bộ có 12 tổ chức cơ sở đảng, gồm 7 chi bộ (3 chi bộ thôn, 4 chi bộ cơ quan) và 5 đảng bộ.",
    "Kết nạp 14 đảng viên, gồm: khối xã 9 đồng chí (trong đó 4 nữ), khối trường học 5 đồng chí.",
])
def test_a_bracket_after_an_item_is_not_more_items(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text, total", [
    ("Năm 2024, Đảng bộ có 6 đảng viên bị thi hành kỷ luật, với hình thức khiển trách 3, cảnh cáo 2, cách chức 2 "
     "(trong đó, Chi ủy khiển trách 2, cảnh cáo 1).", "6 đảng viên"),
    ("Có 30 đảng viên được xếp loại, trong đó: hoàn thành xuất sắc 5 đồng chí, hoàn thành tốt 20 đồng chí (trong đó 3 "
     "đồng chí là cấp ủy viên), hoàn thành 4 đồng chí.", "30 đảng viên"),
    ("Đảng bộ có 12 tổ chức cơ sở đảng, gồm 7 chi bộ (3 chi bộ thôn, 4 chi bộ cơ quan) và 6 đảng bộ.",
     "12 tổ chức cơ sở đảng"),
])
def test_items_after_the_bracket_still_count(text, total):
    assert any(code == "sum-mismatch" and found.startswith(total) for code, found in _codes(text))


# A verdict judges what comes before it: after a ";" begins another item, judged by its own verdict if any.
@pytest.mark.parametrize("text", [
    "Giá trị sản xuất các ngành đạt 14.712 tỷ đồng, vượt kế hoạch năm; tốc độ tăng trưởng đạt 16,5% kế hoạch.",
    "Thu ngân sách đạt 52 tỷ đồng, vượt dự toán năm; chi ngân sách đạt 88,5% dự toán.",
    "Kết nạp 25 đảng viên, vượt chỉ tiêu; tỷ lệ thu đảng phí đạt 95% kế hoạch.",
])
def test_a_verdict_does_not_reach_the_item_after_a_semicolon(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text, claimed", [
    ("Thu ngân sách đạt 52 tỷ đồng, vượt dự toán năm; chi ngân sách đạt 88,5% dự toán, vượt kế hoạch.", "88,5%"),
    ("Tỷ lệ che phủ rừng đạt 42,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành chỉ tiêu.", "42,1%"),
    ("Thu ngân sách đạt 95% dự toán; vượt chỉ tiêu đề ra.", "95%"),
])
def test_an_items_own_verdict_or_one_after_it_still_judges_it(text, claimed):
    assert any(code == "target-status-mismatch" and claimed in found for code, found in _codes(text))


# A count inside a bracket: its own list ends where the bracket closes.
@pytest.mark.parametrize("text", [
    "Có mặt 17/19 đồng chí Ủy viên BCH (vắng 02 đồng chí: Lê Văn An đi công tác, Trần Thị Bình ốm), 05 đồng chí "
    "trưởng thôn dự.",
    "Dự họp 25/27 đảng viên (vắng 02 đồng chí: Hà Văn Cường, Lò Thị Dung), 04 đồng chí đại diện các đoàn thể.",
    "Kiểm tra 9 tổ chức đảng (trong đó 3 chi bộ: thôn 1, thôn 2, thôn 5), phát hiện 12 đảng viên vi phạm.",
])
def test_a_list_inside_a_bracket_ends_with_it(text):
    assert _codes(text) == []


def test_a_list_inside_a_bracket_is_still_checked():
    text = "Kết quả (tổng số 12 đảng viên: khá 5 đồng chí, tốt 8 đồng chí) được thông qua."
    assert [code for code, _ in _codes(text)] == ["sum-mismatch"]


# An amount that "đạt" a percentage has reached that share of its plan; a share of a total is "chiếm".
@pytest.mark.parametrize("text", [
    "Tổng thu ngân sách 9 tháng đạt 376.430 tỷ đồng, bằng 80,1% dự toán năm. Thu từ dầu thô 2.758 tỷ đồng, đạt 91,9% "
    "và bằng 90,5% so với cùng kỳ.",
    "Tổng vốn đầu tư toàn xã hội ước đạt 1.250 tỷ đồng. Vốn ngân sách xã 12,4 tỷ đồng, đạt 96,1%.",
    "Tổng vốn được giao 86,4 tỷ đồng. Đến nay giải ngân vốn ngân sách tỉnh 41,2 tỷ đồng, đạt 78,3%.",
    "Quỹ Vì người nghèo có 640 triệu đồng. Hội Nông dân vận động 125 triệu đồng, đạt tỷ lệ 104,2%.",
])
def test_an_amount_that_attains_a_percentage_is_no_share_of_an_earlier_total(text):
    assert _codes(text) == []


def test_an_amount_that_takes_a_share_of_an_earlier_total_is_still_checked():
    text = "Tổng vốn đầu tư 120 tỷ đồng. Vốn ngân sách tỉnh 80 tỷ đồng, chiếm 60%."
    assert _codes(text) == [("percent-mismatch", "60%")]
