"""Shapes of round 12b (q15): shares of the base the minutes name for an election, ballot counts after a bracket
that counts candidates, ceilings and rates of a target verdict, kinds of a whole's noun, discipline options one a
line, a named plan a sentence before."""

from __future__ import annotations

import pytest

from tests.helpers import findings

_BALLOTS = "- Số phiếu phát ra: 20 phiếu.\n- Số phiếu thu vào: 20 phiếu.\n- Số phiếu hợp lệ: 19 phiếu.\n"


@pytest.mark.parametrize("results", [
    "Kết quả bầu cử (tỷ lệ tính trên số phiếu thu vào):\n1. Đồng chí Hà Văn Sơn: 17 phiếu, đạt 85,0%.\n"
    "2. Đồng chí Lò Thị Hoa: 13 phiếu, đạt 65,0%.",
    "Kết quả (tỷ lệ được tính trên tổng số phiếu thu vào):\n1. Đồng chí Hà Văn Sơn: 19 phiếu, đạt 95,0%.\n"
    "2. Đồng chí Lò Thị Hoa: 11 phiếu, đạt 55,0%.",
    "Tỷ lệ phiếu bầu tính trên số phiếu phát ra. Đồng chí Hà Văn Sơn: 17 phiếu, đạt 85,0%; đồng chí Lò Thị Hoa: "
    "13 phiếu, đạt 65,0%.",
])
def test_shares_of_the_ballots_the_minutes_name(results):
    assert not findings(_BALLOTS + results, "percent-mismatch")


@pytest.mark.parametrize("results, wrong", [
    ("Kết quả bầu cử (tỷ lệ tính trên số phiếu thu vào):\n1. Đồng chí Hà Văn Sơn: 17 phiếu, đạt 80,0%.", "80,0"),
    ("Kết quả (tỷ lệ được tính trên tổng số phiếu thu vào):\n1. Đồng chí Lò Thị Hoa: 13 phiếu, đạt 60,0%.", "60,0"),
    # a threshold that names the ballots collected is no base of the shares: the valid ones still are
    ("Người trúng cử phải đạt quá một phần hai so với tổng số phiếu thu vào.\nĐồng chí Hà Văn Sơn: 17 phiếu, đạt "
     "85,0%.", "85,0"),
])
def test_a_share_off_the_named_base_is_still_reported(results, wrong):
    text = _BALLOTS + results
    assert [text[f.start:f.end] for f in findings(text, "percent-mismatch")] == [wrong]


@pytest.mark.parametrize("text", [
    "Bầu Bí thư chi bộ (danh sách 01 đồng chí): phiếu phát ra 18, thu vào 18, hợp lệ 18.",
    "Bầu Phó Bí thư (bầu trực tiếp, danh sách 02 đồng chí): phiếu phát ra 21, thu vào 21, hợp lệ 20.",
    "Bầu Chủ nhiệm Ủy ban Kiểm tra (giới thiệu 01 đồng chí): phiếu phát ra 9, thu vào 9, hợp lệ 9.",
])
def test_ballot_counts_after_a_bracket_counting_candidates(text):
    assert not findings(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Kết quả xếp loại (tổng số 12 đồng chí): hoàn thành xuất sắc 3, hoàn thành tốt 8, hoàn thành 4.",
    "Chi bộ có 15 đảng viên, trong đó: nữ 17, đoàn viên thanh niên 4.",
    "Kết nạp 9 đảng viên; trong đó 11 đồng chí là nữ.",
    # labels that name a group of the whole's members, not ballots
    "Hội có 3 chi hội với tổng số 150 hội viên, cụ thể: chi hội thôn Đông: 48; thôn Giữa: 52; thôn Tây: 45 hội viên.",
    "Tổ chức tập huấn cho 90 cán bộ, cụ thể: lớp thứ nhất 30, lớp thứ hai 30, lớp thứ ba 25.",
])
def test_counts_of_the_whole_after_it_still_checked(text):
    assert findings(text, "part-exceeds-whole") or findings(text, "sum-mismatch")


@pytest.mark.parametrize("text, marked", [
    # the rate named right before its value, opening its clause
    ("Tỷ lệ nợ quá hạn 0,57%; chỉ tiêu cấp trên giao nợ quá hạn không quá 0,4%, như vậy đạt chỉ tiêu đề ra.", "0,57%"),
    ("Tỷ lệ hồ sơ trễ hạn 2,3%; chỉ tiêu tỉnh giao không quá 1,5%, xã đã hoàn thành chỉ tiêu.", "2,3%"),
    # a rate in the bracket after its count
    ("Còn 52 hộ nghèo (tỷ lệ 4,1%). Chỉ tiêu năm là không quá 3,6%, xã đã hoàn thành chỉ tiêu giảm nghèo.",
     "hoàn thành chỉ tiêu"),
    # a target written as a fall to a level: a ceiling
    ("Tỷ lệ hộ nghèo còn 2,9%. Chỉ tiêu năm 2025 là giảm tỷ lệ hộ nghèo xuống còn 2,5%; phường đã hoàn thành chỉ tiêu.",
     "hoàn thành chỉ tiêu"),
    ("Tỷ lệ trẻ suy dinh dưỡng còn 9,6%; mục tiêu: giảm tỷ lệ trẻ suy dinh dưỡng còn 9%, như vậy đạt mục tiêu.",
     "9,6%"),
])
def test_verdict_against_a_ceiling_it_does_not_meet(text, marked):
    found = findings(text, "target-status-mismatch")
    assert found and any(marked in text[f.start:f.end] for f in found)


@pytest.mark.parametrize("text", [
    "Tỷ lệ nợ quá hạn 0,27%; chỉ tiêu cấp trên giao nợ quá hạn không quá 0,4%, như vậy đạt chỉ tiêu đề ra.",
    "Còn 42 hộ nghèo (tỷ lệ 3,1%). Chỉ tiêu năm là không quá 3,6%, xã đã hoàn thành chỉ tiêu giảm nghèo.",
    "Tỷ lệ hộ nghèo còn 2,3%. Chỉ tiêu năm 2025 là giảm tỷ lệ hộ nghèo xuống còn 2,5%; phường đã hoàn thành chỉ tiêu.",
    # a change of the rate is not its level
    "Tỷ lệ hộ nghèo giảm 0,8%; chỉ tiêu năm là không quá 2,5%, xã đã hoàn thành chỉ tiêu giảm nghèo.",
    # a result that names the plan is not read as the rate
    "Thực hiện chỉ tiêu giảm nghèo, tỷ lệ hộ nghèo giảm còn 2,2% (chỉ tiêu dưới 2,5%), đạt chỉ tiêu.",
])
def test_verdict_against_a_ceiling_it_meets(text):
    assert not findings(text, "target-status-mismatch")


@pytest.mark.parametrize("text", [
    "Hội đã hỗ trợ 35 hộ hội viên khó khăn bằng vốn, con giống, gồm: 12 hộ nghèo, 15 hộ cận nghèo, 6 hộ mới thoát "
    "nghèo.",
    "Năm qua Mặt trận vận động giúp 52 hộ có hoàn cảnh khó khăn về nhà ở, đất sản xuất, gồm: 20 hộ nghèo, 30 hộ cận "
    "nghèo.",
    "Đoàn viên tình nguyện giúp 27 hộ gặp khó khăn sau bão số 3 bằng ngày công, vật liệu, chia ra: 9 hộ nghèo, 11 hộ "
    "chính sách, 5 hộ neo đơn.",
])
def test_kinds_of_the_whole_noun_listed_after_a_colon_add_up(text):
    assert findings(text, "sum-mismatch")


@pytest.mark.parametrize("text", [
    "Hội đã hỗ trợ 33 hộ hội viên khó khăn bằng vốn, con giống, gồm: 12 hộ nghèo, 15 hộ cận nghèo, 6 hộ mới thoát "
    "nghèo.",
    "Năm qua Mặt trận vận động giúp 52 hộ có hoàn cảnh khó khăn về nhà ở, đất sản xuất, trong đó: 20 hộ nghèo, 30 hộ "
    "cận nghèo.",
    "Đoàn viên tình nguyện giúp 27 hộ gặp khó khăn sau bão số 3 bằng ngày công, vật liệu, như: 9 hộ nghèo, 11 hộ "
    "chính sách.",
])
def test_kinds_of_the_whole_noun_near_misses(text):
    assert not findings(text, "sum-mismatch")


_ISSUED = "Số phiếu phát ra 15, thu vào 15, hợp lệ 15. Kết quả:\n"


@pytest.mark.parametrize("lines", [
    "- Khiển trách: 9 phiếu;\n- Cảnh cáo: 5 phiếu;\n- Không kỷ luật: 2 phiếu.",
    "+ Cảnh cáo: 10 phiếu;\n+ Cách chức: 4 phiếu;\n+ Khai trừ: 3 phiếu.",
    "- Hình thức khiển trách: 12 phiếu;\n- Hình thức cảnh cáo: 4 phiếu.",
])
def test_discipline_options_one_a_line_cannot_pass_the_valid_ballots(lines):
    assert findings(_ISSUED + lines, "vote-mismatch")


@pytest.mark.parametrize("lines", [
    "- Khiển trách: 9 phiếu;\n- Cảnh cáo: 4 phiếu;\n- Không kỷ luật: 2 phiếu.",
    # one person's question a line: each line is its own vote
    "- Đồng chí Lê Văn Tài: khiển trách 11 phiếu;\n- Đồng chí Hà Thị Nga: cảnh cáo 9 phiếu.",
    # the options end with the list: a later line is no option of it
    "- Khiển trách: 9 phiếu;\n- Cảnh cáo: 6 phiếu.\nChi bộ đề nghị hình thức khiển trách: 9 phiếu tán thành.",
])
def test_discipline_options_one_a_line_near_misses(lines):
    assert not findings(_ISSUED + lines, "vote-mismatch")


@pytest.mark.parametrize("text", [
    "Chỉ tiêu kết nạp năm 2025 được giao là 45 đảng viên. Lũy kế 9 tháng kết nạp 30 đảng viên, đạt 68,7% chỉ tiêu năm.",
    "Kế hoạch năm giao trồng 120 ha rừng. Kết quả trồng được 95 ha, đạt 82,2% kế hoạch năm.",
    "Chỉ tiêu năm giao tuyển 24 thanh niên nhập ngũ. Đến nay đã tuyển được 20 thanh niên, đạt 80,0% chỉ tiêu năm.",
])
def test_a_named_plan_in_the_sentence_before(text):
    assert findings(text, "percent-mismatch")


@pytest.mark.parametrize("text", [
    "Chỉ tiêu kết nạp năm 2025 được giao là 45 đảng viên. Lũy kế 9 tháng kết nạp 30 đảng viên, đạt 66,7% chỉ tiêu năm.",
    # a plan of a shorter period is no base of a share of the year's plan
    "Chỉ tiêu quý III là 12 đảng viên. Lũy kế 9 tháng kết nạp 30 đảng viên, đạt 68,7% chỉ tiêu năm.",
    # an amount of money names no thing: another sentence's plan in money is not this result's
    "Thu nhập bình quân đạt 58 triệu đồng/người, vượt chỉ tiêu 55 triệu đồng. Tổng thu ngân sách đạt 212,4 tỷ đồng, "
    "bằng 97,2% chỉ tiêu.",
    # another plan word names another plan
    "Kế hoạch năm giao trồng 120 ha rừng. Kết quả trồng được 95 ha, đạt 82,2% chỉ tiêu Nghị quyết.",
])
def test_a_named_plan_in_the_sentence_before_near_misses(text):
    assert not findings(text, "percent-mismatch")
