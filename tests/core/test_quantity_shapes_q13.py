"""Shapes of round 11 (q13), each a mechanism the retired held-out sets 4 and 5 showed other writers use:
our own sentences, positives and near-misses."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity
from tests.helpers import findings


# A label that named who attended ("Dự hội nghị có đ/c …") heads no count of the next line.
@pytest.mark.parametrize("text", [
    "Dự hội nghị có đ/c Âu Văn Sơn, Ủy viên Ban Thường vụ.\nChi bộ có 18 đảng viên (16 chính thức, 2 dự bị). "
    "Có mặt 17/18 đồng chí; vắng 01 đồng chí.",
    "Dự họp có đồng chí Lê Văn An, Phó Bí thư Đảng ủy xã.\nChi bộ có 24 đảng viên (21 chính thức, 3 dự bị); có mặt "
    "22 đồng chí, vắng 2 đồng chí.",
    "Dự và chỉ đạo: đồng chí Trần Thị Hoa, Đảng ủy viên.\nChi bộ có 31 đảng viên (29 chính thức, 02 dự bị). Có mặt "
    "30 đồng chí, vắng 1 đồng chí.",
])
def test_guest_line_heads_no_count(text):
    assert not findings(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "Dự họp có đồng chí Lê Văn An, Phó Bí thư Đảng ủy xã.\nChi bộ có 18 đảng viên (16 chính thức, 2 dự bị); có mặt "
    "16 đồng chí, vắng 1 đồng chí.",
    "Dự họp: đồng chí Lê Văn An, Phó Bí thư Đảng ủy xã.\nTổng số 18 đảng viên; có mặt 16 đồng chí, vắng 1 đồng chí.",
    "Có mặt 15 đồng chí.\nVắng 2 đồng chí (đồng chí Lê Văn An, đồng chí Trần Thị Bình).\nTổng số 18 đảng viên.",
])
def test_guest_line_then_a_wrong_attendance(text):
    assert findings(text, "attendance-mismatch")


# What is due ("phải", "cần"), not done yet ("chưa") or left ("còn lại") is another quantity than what was done.
@pytest.mark.parametrize("text", [
    "Tổng số hồ sơ phải giải quyết trong năm là 1.245 hồ sơ.\nĐang giải quyết 86 hồ sơ, chuyển sang năm sau.",
    "Số đơn phải giải quyết trong năm là 58 đơn.\nĐã giải quyết 51 đơn, còn 7 đơn đang xác minh.",
    "Tổng số hồ sơ cần giải quyết là 320 hồ sơ.\nĐã giải quyết 298 hồ sơ.",
    "10 tháng kết nạp 33 đảng viên, đạt 82,5% chỉ tiêu năm (40 đảng viên).\nBan Thường vụ chỉ đạo: chuẩn bị nguồn "
    "kết nạp 7 đảng viên còn lại.",
    "Các chi bộ đã kết nạp 21 đảng viên.\nChỉ đạo kết nạp 9 đảng viên còn lại trong quý IV.",
    "Năm 2025 đã giải quyết 1.120 hồ sơ.\nĐang giải quyết 86 hồ sơ, chuyển sang năm sau.",
    "Công an xã đã tiếp nhận 37 tin báo.\nHiện đang xác minh, giải quyết 5 tin báo.",
])
def test_due_pending_or_left_is_no_restatement(text):
    assert not findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Năm 2025 đã giải quyết 1.245 hồ sơ đất đai.\nKết quả: đã giải quyết 1.254 hồ sơ đất đai.",
    "Tổng số hồ sơ phải giải quyết trong năm là 1.245 hồ sơ.\nSố hồ sơ phải giải quyết trong năm: 1.254 hồ sơ.",
    "Số hồ sơ cần giải quyết là 320 hồ sơ.\nSố hồ sơ cần giải quyết trong năm là 302 hồ sơ.",
    "Công an xã tiếp nhận 37 tin báo.\nVề tin báo: Công an xã đã tiếp nhận, phân loại 39 tin báo.",
])
def test_the_same_deed_told_twice(text):
    assert findings(text, "figure-inconsistent")


# A count joined by "với" to a whole is a whole of the shares paragraphs later, past that whole's own breakdown.
@pytest.mark.parametrize("text", [
    "Đảng bộ xã có 38 chi bộ trực thuộc (31 chi bộ thôn, 7 chi bộ cơ quan) với 1.274 đảng viên.\nCông tác tư tưởng "
    "được chú trọng.\nCó 1.198 đảng viên đăng ký nêu gương, đạt 95,3%.",
    "Hội có 12 chi hội (8 chi hội nông thôn, 4 chi hội nghề nghiệp) với 1.846 hội viên.\nNăm 2025, có 1.520 hội viên "
    "tham gia sinh hoạt đều, đạt 84,3%.",
    "Toàn xã có 9 thôn (gồm 3 thôn vùng cao) với 2.410 hộ.\nĐã có 2.105 hộ sử dụng nước sạch, đạt 88,3%.",
])
def test_whole_joined_past_its_breakdown(text):
    found = findings(text, "percent-mismatch")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Đảng bộ xã có 38 chi bộ trực thuộc (31 chi bộ thôn, 7 chi bộ cơ quan) với 1.274 đảng viên.\nCông tác tư tưởng "
    "được chú trọng.\nCó 1.198 đảng viên đăng ký nêu gương, đạt 94%.",
    "Hội có 12 chi hội (8 chi hội nông thôn, 4 chi hội nghề nghiệp) với 1.846 hội viên.\nNăm 2025, có 1.520 hội viên "
    "tham gia sinh hoạt đều, đạt 82,3%.",
    "Toàn xã có 9 thôn (gồm 3 thôn vùng cao) với 2.410 hộ.\nĐã có 2.105 hộ sử dụng nước sạch, đạt 87,3%.",
])
def test_whole_joined_past_its_breakdown_near_misses(text):
    assert not findings(text, "percent-mismatch")


# The plan of a result's act or noun, set sections before ("giao … dự toán thu …", "giao chỉ tiêu: …; …"), is the base
# of "đạt X% dự toán / kế hoạch năm" when the paragraph states none: a warning naming it.
_PLANS = ("Nghị quyết HĐND xã giao dự toán thu ngân sách 18.450 triệu đồng; dự toán chi 17.768 triệu đồng.\n"
          "I. KẾT QUẢ\n1. Kinh tế\n")
_LISTED = ("Nghị quyết năm 2026 giao một số chỉ tiêu chủ yếu: kết nạp 30 đảng viên; bê tông hóa 42 km đường giao "
           "thông nông thôn; giải quyết việc làm cho 400 lao động.\nII. KẾT QUẢ\nTình hình chung ổn định.\n")


@pytest.mark.parametrize("text", [
    _PLANS + "Thu ngân sách 9 tháng 14.236,52 triệu đồng, đạt 79,6% dự toán.",
    _PLANS + "Thu ngân sách 9 tháng 14.236,52 triệu đồng, đạt 77,2% dự toán; chi ngân sách 11.087,35 triệu đồng, "
             "bằng 64,4% dự toán.",
    _LISTED + "9 tháng bê tông hóa được 27,6 km đường giao thông nông thôn, đạt 62,7% kế hoạch năm.",
    _LISTED + "Đã giải quyết việc làm cho 312 lao động, đạt 80% kế hoạch năm.",
])
def test_plan_set_sections_before(text):
    found = findings(text, "percent-mismatch")
    assert found and found[0].severity == Severity.WARNING and "nêu ở câu “" in found[0].message


@pytest.mark.parametrize("text", [
    _PLANS + "Thu ngân sách 9 tháng 14.236,52 triệu đồng, đạt 77,2% dự toán; chi ngân sách 11.087,35 triệu đồng, "
             "bằng 62,4% dự toán.",
    _LISTED + "9 tháng bê tông hóa được 27,6 km đường giao thông nông thôn, đạt 65,7% kế hoạch năm.",
    # two plans of one act: which one is not said
    "Dự toán thu ngân sách năm 2026 là 30 tỷ đồng; dự toán thu quý I là 7 tỷ đồng.\nCông tác thu được chú trọng.\n"
    "Quý I thu ngân sách 6,3 tỷ đồng, đạt 90% dự toán.",
    # two plans of the noun in one sentence: which one is not said
    "Nghị quyết giao chỉ tiêu: bê tông hóa 42 km đường thôn và 12 km đường nội đồng.\nII. KẾT QUẢ\nTình hình chung ổn "
    "định.\n9 tháng bê tông hóa được 27,6 km đường thôn, đạt 62,7% kế hoạch năm.",
    # the plan of another unit
    "Năm 2022, xã Tân An được giao dự toán thu ngân sách 38.500 triệu đồng.\nThu ngân sách xã Bình Minh năm 2022 ước "
    "đạt 33.300 triệu đồng, bằng 106,8% dự toán.",
    "Năm 2022, xã Tân An được giao dự toán thu ngân sách 38.500 triệu đồng.\nTình hình chung ổn định.\nThu ngân sách "
    "xã Bình Minh năm 2022 ước đạt 33.300 triệu đồng, bằng 106,8% dự toán.",
    # a half-year's result against "kế hoạch": maybe the half-year's plan
    "Kế hoạch năm 2026 giao thu ngân sách 30 tỷ đồng.\nCông tác thu được chú trọng.\nThu ngân sách 6 tháng 14 tỷ đồng, "
    "đạt 50% kế hoạch.",
])
def test_plan_set_sections_before_near_misses(text):
    assert not findings(text, "percent-mismatch")


@pytest.mark.parametrize("text", [
    _LISTED + "9 tháng bê tông hóa được 27,6 km đường giao thông nông thôn, đạt 65,7% kế hoạch năm.",
    _LISTED + "Đã giải quyết việc làm cho 312 lao động, đạt 78% kế hoạch năm.",
    "Mục tiêu đề ra: kết nạp 25 đảng viên; thu ngân sách 30 tỷ đồng.\nNăm 2025 đã kết nạp 27 đảng viên, vượt chỉ tiêu.",
])
def test_listed_plans_are_no_results(text):
    assert not findings(text, "figure-inconsistent")


# "đ/c" (đồng chí) is the noun a number counts, whatever follows it ("so với đầu năm", a bracket, a name).
@pytest.mark.parametrize("text, code", [
    ("Đảng bộ có 1.046 đ/c, tăng 19 đ/c so với đầu năm (1.031 đ/c).", "derived-mismatch"),
    ("Tổng số đảng viên đến 30/11/2026 là 842 đ/c, tăng 12 đ/c so với đầu năm (826 đ/c).", "derived-mismatch"),
    ("Kết nạp 12 đ/c, trong đó 15 đ/c là nữ.", "part-exceeds-whole"),
])
def test_comrades_abbreviated(text, code):
    assert findings(text, code)


@pytest.mark.parametrize("text", [
    "Đảng bộ có 1.046 đ/c, tăng 15 đ/c so với đầu năm (1.031 đ/c).",
    "Chi bộ có 31 đ/c; có mặt 28 đ/c, vắng 3 đ/c (đ/c An đi học, đ/c Bình ốm, đ/c Cường đi làm ăn xa).",
    "Trao Huy hiệu Đảng cho 12 đảng viên, trong đó: 60 năm tuổi đảng 2 đ/c, 55 năm 3 đ/c, 50 năm 7 đ/c.",
])
def test_comrades_abbreviated_near_misses(text):
    assert not [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# An average per unit between a level and its growth rate is not the level the rate measures.
@pytest.mark.parametrize("text", [
    "Tổng số lượt khám chữa bệnh 11 tháng: 9.436 lượt, bình quân 858 lượt/tháng, tăng 14,6% so với cùng kỳ năm 2025 "
    "(8.395 lượt).",
    "Tiếp nhận 1.250 hồ sơ, bình quân 104 hồ sơ/tháng, tăng 9,5% so với năm 2024 (1.120 hồ sơ).",
    "Sản lượng đạt 13.899 tấn, năng suất 61,5 tạ/ha, tăng 4,1% so với năm 2025 (13.650 tấn).",
])
def test_growth_past_an_average(text):
    assert findings(text, "derived-mismatch")


@pytest.mark.parametrize("text", [
    "Tổng số lượt khám chữa bệnh 11 tháng: 9.436 lượt, bình quân 858 lượt/tháng, tăng 12,4% so với cùng kỳ năm 2025 "
    "(8.395 lượt).",
    "Doanh thu đạt 2.450 triệu đồng, bình quân 204 triệu đồng/tháng, tăng 15,3% so với năm 2024 (2.125 triệu đồng).",
    "Sản lượng đạt 13.899 tấn, năng suất 61,5 tạ/ha, tăng 4,1% so với năm 2025 (59,1 tạ/ha).",
])
def test_growth_past_an_average_near_misses(text):
    assert not findings(text, "derived-mismatch")


# The members joined by "với" to a body's own units ("trực thuộc") are all its members: an assessed count of them
# a paragraph or two later cannot exceed them (a warning naming them).
@pytest.mark.parametrize("text", [
    "Năm 2026, Đoàn phường có 26 chi đoàn trực thuộc với 1.136 đoàn viên. Các cấp bộ Đoàn đã tổ chức học tập nghị "
    "quyết.\nĐoàn phường đã giới thiệu 48 đoàn viên ưu tú.\nKết quả xếp loại 26 chi đoàn: 17 chi đoàn vững mạnh, 9 chi "
    "đoàn khá. Có 1.184 đoàn viên được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
    "Đảng bộ xã có 18 chi bộ trực thuộc (12 chi bộ thôn, 6 chi bộ cơ quan) với 446 đảng viên.\nCông tác tư tưởng được "
    "chú trọng.\nKết quả đánh giá: 452 đảng viên hoàn thành tốt nhiệm vụ trở lên.",
    "Hội có 12 chi hội trực thuộc với 846 hội viên.\nKết quả xếp loại: 862 hội viên hoàn thành tốt nhiệm vụ.",
])
def test_members_of_the_units_above_their_total(text):
    found = findings(text, "part-exceeds-whole")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Năm 2026, Đoàn phường có 26 chi đoàn trực thuộc với 1.136 đoàn viên.\nĐoàn phường đã giới thiệu 48 đoàn viên ưu "
    "tú.\nCó 1.084 đoàn viên được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
    "Đoàn phường có 26 chi đoàn trực thuộc với 1.136 đoàn viên.\nPhong trào hiến máu có 1.872 lượt đoàn viên tham gia.",
    "Đảng bộ có 18 chi bộ trực thuộc với 446 đảng viên.\nCó 460 quần chúng được học lớp cảm tình Đảng.",
    "Đảng bộ có 18 chi bộ trực thuộc với 446 đảng viên.\nĐảng bộ xã Tân An có 512 đảng viên được đánh giá hoàn thành "
    "tốt nhiệm vụ.",
])
def test_members_of_the_units_near_misses(text):
    assert not findings(text, "part-exceeds-whole")


# A whole whose noun lists its kinds with commas ("58 đơn kiến nghị, phản ánh, trong đó …") is the whole of the count
# of that noun "trong đó" picks out; a count of another noun there is not of it.
@pytest.mark.parametrize("text", [
    "Trong năm nhận 58 đơn kiến nghị, phản ánh, trong đó 63 đơn thuộc thẩm quyền giải quyết.",
    "Trong năm tiếp nhận 45 đơn khiếu nại, tố cáo, trong đó 52 đơn đủ điều kiện xử lý.",
    "Tổ chức 12 lớp tập huấn, hội thảo, trong đó 15 lớp cho cán bộ cơ sở.",
    # (read past an aside in brackets, by another pattern)
    "Kết nạp 12 đảng viên mới (chỉ tiêu năm 25, đạt 48%), trong đó nữ 15 đồng chí, đoàn viên 10 đồng chí.",
])
def test_whole_with_kinds_listed(text):
    assert findings(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Trong năm tiếp nhận 45 đơn khiếu nại, tố cáo, trong đó 32 đơn đủ điều kiện xử lý.",
    "Tổ chức 12 lớp tập huấn, hội thảo, trong đó 15 lượt cán bộ tham gia.",
    "Có 35 hộ nghèo, cận nghèo, trong đó 40 nhân khẩu là trẻ em.",
])
def test_whole_with_kinds_listed_near_misses(text):
    assert not findings(text, "part-exceeds-whole")


# "Trong tổng số <noun>" opening a sentence names the total of that noun stated a few paragraphs before.
@pytest.mark.parametrize("text", [
    "Đảng bộ xã hiện có 41 chi bộ trực thuộc với tổng số 1.126 đảng viên.\nII. KẾT QUẢ THỰC HIỆN\n1. Công tác chính "
    "trị\nTổ chức học tập cho 1.048 lượt cán bộ. Trong tổng số đảng viên của Đảng bộ có 1.148 đồng chí là người dân "
    "tộc.",
    "Tổng số hội viên là 2.418 người.\nHội tổ chức nhiều hoạt động.\nTrong tổng số hội viên có 2.450 người là nữ.",
    "Tổng số đảng viên: 326 đồng chí.\nCông tác tư tưởng được chú trọng.\nTrong tổng số đảng viên có 331 đồng chí được "
    "tặng giấy khen.",
])
def test_in_the_total_stated_before(text):
    found = findings(text, "part-exceeds-whole")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Tổng số hội viên là 2.418 người.\nHội tổ chức nhiều hoạt động.\nTrong tổng số hội viên có 1.450 người là nữ.",
    # the total of a set picked out, not of all of them
    "Tổng số đảng viên được đánh giá, xếp loại là 312 đồng chí.\nCông tác tư tưởng được chú trọng.\nTrong tổng số "
    "đảng viên có 320 đồng chí là nữ.",
    # two totals of the noun: which one is not said
    "Tổng số hội viên là 2.418 người.\nTổng số hội viên năm 2025 là 2.380 người.\nTrong tổng số hội viên có 2.400 "
    "người là nữ.",
    "Tổng số đảng viên là 1.126 đồng chí.\nHội tổ chức nhiều hoạt động.\nTrong tổng số hội viên có 1.450 người là nữ.",
])
def test_in_the_total_stated_before_near_misses(text):
    assert not findings(text, "part-exceeds-whole")


# "N/M đại biểu được triệu tập về dự": N of the M called are present.
@pytest.mark.parametrize("text", [
    "Hội nghị có 87/95 đại biểu được triệu tập về dự, 6 đại biểu vắng có lý do.",
    "Đại hội có 142/150 đại biểu được triệu tập về dự đại hội; vắng 6 đại biểu.",
    "Tổng số đại biểu được triệu tập 50; có 45 đại biểu được triệu tập về dự, vắng 3 đại biểu.",
])
def test_called_who_came(text):
    assert findings(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "Hội nghị có 87/95 đại biểu được triệu tập về dự, 8 đại biểu vắng có lý do.",
    "Đại hội có 142/150 đại biểu được triệu tập về dự đại hội; vắng 8 đại biểu.",
    "Tổng số đại biểu được triệu tập 50; có 47 đại biểu được triệu tập về dự, vắng 3 đại biểu.",
])
def test_called_who_came_near_misses(text):
    assert not findings(text, "attendance-mismatch")


# "số phải có mặt" counts those called (after the exempt are left out), not those present.
@pytest.mark.parametrize("text, code", [
    ("- Tổng số đảng viên của chi bộ: 31 đ/c (29 chính thức, 02 dự bị); miễn sinh hoạt 03 đ/c; số phải có mặt 28 đ/c. "
     "Có mặt 25 đ/c, vắng 3 đ/c (đ/c Nguyễn Văn Thuận đi làm ăn xa - có báo cáo; đ/c Hà Thị Lụa ốm).",
     "absentee-count-mismatch"),
    ("Tổng số đảng viên: 31 đồng chí; miễn sinh hoạt 03 đồng chí; số phải có mặt 28 đồng chí. Có mặt 24 đồng chí, "
     "vắng 3 đồng chí.", "attendance-mismatch"),
    ("Tổng số đảng viên: 40 đồng chí; số đảng viên phải có mặt 38 đồng chí. Có mặt 34 đồng chí, vắng 3 đồng chí.",
     "attendance-mismatch"),
])
def test_those_who_must_attend(text, code):
    assert findings(text, code)


@pytest.mark.parametrize("text", [
    "Tổng số đảng viên: 31 đồng chí; miễn sinh hoạt 03 đồng chí; số phải có mặt 28 đồng chí. Có mặt 25 đồng chí, "
    "vắng 3 đồng chí.",
    "Tổng số đảng viên: 31 đồng chí; số đảng viên phải có mặt 29 đồng chí. Có mặt 26 đồng chí, vắng 3 đồng chí.",
    "- Tổng số đảng viên của chi bộ: 31 đ/c; miễn sinh hoạt 03 đ/c; số phải có mặt 28 đ/c. Có mặt 26 đ/c, vắng 2 đ/c "
    "(đ/c Nguyễn Văn Thuận đi làm ăn xa; đ/c Hà Thị Lụa ốm).",
])
def test_those_who_must_attend_near_misses(text):
    assert not [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# Lines under "N lớp …, gồm:" that count another thing of the catch-all class ("62 lượt") are its items, each with its
# attendance: never summed against the N, counted as items.
@pytest.mark.parametrize("text", [
    "Tổ chức 04 lớp tập huấn, gồm:\n- Kỹ thuật canh tác lúa: 62 lượt;\n- Trồng xoài VietGAP: 48 lượt;\n- Phòng dịch "
    "bệnh: 55 lượt;\n- Nuôi cá tra: 40 lượt;\n- Nhật ký điện tử: 60 lượt.",
    "Tổ chức 02 hội nghị, gồm:\n- Hội nghị sơ kết: 120 lượt;\n- Hội nghị chuyên đề: 95 lượt;\n- Hội nghị tổng kết: "
    "80 lượt.",
    "Phối hợp tổ chức 04 lớp tập huấn, gồm:\n- Kỹ thuật canh tác lúa: 62 lượt;\n- Trồng xoài: 48 lượt;\n- Phòng, "
    "chống dịch bệnh trên đàn heo: 55 lượt;\n- Nuôi cá tra: 40 lượt;\n- Nhật ký: 60 lượt.",
])
def test_items_with_their_attendance(text):
    found = analyze(text).findings
    assert any(f.code == "count-mismatch" for f in found) and not any(f.code == "sum-mismatch" for f in found)


@pytest.mark.parametrize("text", [
    "Tổ chức 05 lớp tập huấn, gồm:\n- Kỹ thuật canh tác lúa: 62 lượt;\n- Trồng xoài VietGAP: 48 lượt;\n- Phòng dịch "
    "bệnh: 55 lượt;\n- Nuôi cá tra: 40 lượt;\n- Nhật ký điện tử: 60 lượt.",
    "Tổ chức 03 hội nghị, gồm:\n- Hội nghị sơ kết: 120 lượt;\n- Hội nghị chuyên đề: 95 lượt;\n- Hội nghị tổng kết: "
    "80 lượt.",
    "Ban hành 24 văn bản, gồm:\n- Kế hoạch: 4 văn bản;\n- Công văn: 11 văn bản;\n- Thông báo: 9 văn bản.",
])
def test_items_with_their_attendance_near_misses(text):
    assert not [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# A total told with its plan, growth or base year before it is split ("…, cụ thể:", "Chia theo ngành:"): the amounts
# listed split the total, not the figure nearest to them (a warning naming the total).
@pytest.mark.parametrize("text", [
    "Tổng giá trị sản xuất ước thực hiện 9 tháng 1.284,6 tỷ đồng, đạt 76,2% kế hoạch năm (1.686 tỷ đồng), tăng 8,4% so "
    "với cùng kỳ, cụ thể: nông - lâm - thủy sản 612,3 tỷ đồng; công nghiệp - xây dựng 298,7 tỷ đồng; thương mại - dịch "
    "vụ 381,5 tỷ đồng.",
    "Tổng giá trị sản xuất ước đạt 1.286,4 tỷ đồng, tăng 8,9% so với năm 2025 (năm 2025 đạt 1.181,3 tỷ). Chia theo "
    "ngành: nông - lâm - thủy sản 412,6 tỷ; công nghiệp - TTCN - xây dựng 503,1 tỷ; thương mại - dịch vụ 380,7 tỷ.",
    "Tổng vốn đầu tư 54,8 tỷ đồng, tăng 12% so với năm trước, cụ thể: vốn ngân sách 30,5 tỷ đồng; vốn doanh nghiệp "
    "20,1 tỷ đồng; vốn dân góp 4,7 tỷ đồng.",
])
def test_total_split_past_its_figures(text):
    found = findings(text, "sum-mismatch")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Tổng giá trị sản xuất ước đạt 1.296,4 tỷ đồng, tăng 9,7% so với năm 2025 (năm 2025 đạt 1.181,3 tỷ). Chia theo "
    "ngành: nông - lâm - thủy sản 412,6 tỷ; công nghiệp - TTCN - xây dựng 503,1 tỷ; thương mại - dịch vụ 380,7 tỷ.",
    # the main items only, far from the total
    "Tổng thu ngân sách 31,2 tỷ đồng, đạt 104% dự toán (30 tỷ đồng), cụ thể: thu thuế 12 tỷ đồng; thu phí 3 tỷ đồng.",
    # subsets, not a split
    "Tổng vốn đầu tư 54,8 tỷ đồng, tăng 12% so với năm trước, trong đó: vốn ngân sách 30,5 tỷ đồng; vốn doanh nghiệp "
    "20,1 tỷ đồng.",
])
def test_total_split_past_its_figures_near_misses(text):
    assert not findings(text, "sum-mismatch")


# A discussion line "+ Đ/c X, <title>: …" names who spoke; the figure it tells is the body's, the same as before.
@pytest.mark.parametrize("text", [
    "- Công tác xây dựng Đảng: kết nạp 27 đảng viên mới, Nghị quyết giao 25, đạt 108%, vượt chỉ tiêu.\n+ Đ/c Lê Văn "
    "Quý, Trưởng Ban Xây dựng Đảng: năm nay Đảng bộ mới kết nạp được 24 đảng viên, nhiều chi bộ chưa có nguồn.",
    "- Công tác xây dựng Đảng: kết nạp 27 đảng viên mới, vượt chỉ tiêu.\n+ Đồng chí Lê Văn Quý: năm nay Đảng bộ kết "
    "nạp được 24 đảng viên.",
    "- Công tác dân vận: giải quyết việc làm cho 320 lao động.\n- Đ/c Trần Văn Hòa, Chủ tịch UBND phường: năm nay đã "
    "giải quyết việc làm cho 302 lao động.",
])
def test_speaker_tells_the_figure_again(text):
    assert findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "- Công tác xây dựng Đảng: kết nạp 27 đảng viên mới, vượt chỉ tiêu.\n+ Đồng chí Lê Văn Quý: năm nay Đảng bộ kết "
    "nạp được 27 đảng viên.",
    "- Toàn Đảng bộ kết nạp 27 đảng viên mới.\n+ Đồng chí Lê Văn Quý, Bí thư Chi bộ khu phố 3: năm nay kết nạp 4 đồng "
    "chí.",
    "- Chi bộ thôn Đông: kết nạp 3 đảng viên.\n- Chi bộ thôn Tây: kết nạp 5 đảng viên.",
])
def test_speaker_tells_the_figure_again_near_misses(text):
    assert not findings(text, "figure-inconsistent")


# Land, roads or a crop done ("được") written as a ratio, with a verdict on the plan: done over planned (a warning).
@pytest.mark.parametrize("text", [
    "Xuống giống lúa Thu Đông được 1.420/1.500 ha, vượt kế hoạch đề ra.",
    "Bê tông hóa được 3,2/4 km đường giao thông nông thôn, vượt kế hoạch.",
    "Trồng rừng được 142/150 ha, hoàn thành vượt kế hoạch.",
])
def test_measure_done_as_a_ratio(text):
    found = findings(text, "target-status-mismatch")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Xuống giống lúa Thu Đông được 1.520/1.500 ha, vượt kế hoạch đề ra.",
    "Xuống giống lúa Thu Đông được 1.420/1.500 ha, chưa đạt kế hoạch đề ra.",
    "Có 4/7 ấp đạt ấp nông thôn mới kiểu mẫu, vượt kế hoạch.",
    "Xuống giống được 1.420/1.500 ha, đạt 94,7%, vượt kế hoạch vụ trước.",
])
def test_measure_done_as_a_ratio_near_misses(text):
    assert not findings(text, "target-status-mismatch")


# "cao điểm", "trọng điểm": a word ending in "điểm" names no point of a legal article, so the number after it is read.
@pytest.mark.parametrize("text", [
    "Chi nhánh tổ chức đợt cao điểm 15 ngày (từ 01/12 đến 25/12/2025) giải quyết hồ sơ tồn đọng.",
    "Thực hiện đợt cao điểm 10 ngày (từ ngày 05 đến ngày 15/8/2025) ra quân làm sạch môi trường.",
    "Tổ chức tuần cao điểm 5 ngày (từ 20/3 đến 26/3/2026) ra quân.",
])
def test_peak_campaign_days(text):
    assert findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Chi nhánh tổ chức đợt cao điểm 25 ngày (từ 01/12 đến 25/12/2025) giải quyết hồ sơ tồn đọng.",
    "Thực hiện đợt cao điểm 11 ngày (từ ngày 05 đến ngày 15/8/2025) ra quân làm sạch môi trường.",
    "Theo điểm 3 khoản 2 Điều 5 Quy định số 24, chi bộ đã kiểm tra 3 đảng viên.",
])
def test_peak_campaign_days_near_misses(text):
    assert not [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# A ratio's whole that reads as the total of its noun stated just before, mistyped (a warning naming the total).
@pytest.mark.parametrize("text", [
    "Trong 6 tháng kết nạp mới 86 hội viên, nâng tổng số hội viên lên 2.418 hội viên, sinh hoạt tại 26 chi hội.\nCó "
    "2.037/2.481 hội viên tham gia sinh hoạt thường xuyên, đạt 82,1%.",
    "Tổng số đảng viên của Đảng bộ là 1.126 đảng viên.\nCó 1.102/1.162 đảng viên được đánh giá, xếp loại.",
    "Tổng số đoàn viên là 845 đoàn viên.\nCông tác giáo dục được chú trọng.\nCó 790/854 đoàn viên tham gia học tập nghị "
    "quyết.",
])
def test_ratio_whole_mistyped(text):
    assert findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Trong 6 tháng kết nạp mới 86 hội viên, nâng tổng số hội viên lên 2.418 hội viên.\nCó 2.037/2.418 hội viên tham "
    "gia sinh hoạt thường xuyên, đạt 84,2%.",
    # some of them: another value, not a slip of the total's digits
    "Tổng số đảng viên là 1.126 đảng viên.\nCó 1.050/1.118 đảng viên được đánh giá, xếp loại.",
    "Tổng số hộ toàn xã là 2.150 hộ.\nCó 45/52 hộ có con em đi học được hỗ trợ.",
    # two digits, one changed: those present of all the deputies, not a slip
    "Tổng số đại biểu HĐND xã là 25 đại biểu.\nKỳ họp có 21/21 đại biểu được triệu tập có mặt.",
])
def test_ratio_whole_mistyped_near_misses(text):
    assert not findings(text, "figure-inconsistent")
