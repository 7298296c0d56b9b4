"""Target shapes of issue 18's eighth round (s9), found on real public Party and state reports and congress news:
how a list of targets is built (a bare heading, "Tên: mức" items, "đến năm 2025"), and which numbers near a plan
word are no level (the year of "dự toán năm 2022", the margin of "vượt mục tiêu 0,36%", the start of "từ X lên Y").
Sentences of our own, none copied from a real, dev or held-out text; for each shape three that must be read and
near-misses that must stay silent."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def targets(text: str) -> list:
    return list(analyze(text).structure.targets)


def levels(text: str) -> set[tuple[float, float | None]]:
    return {(t.target, t.result) for t in targets(text)}


# ------------------------------------------------------------------ "dự toán năm 2022": the year is no level

@pytest.mark.parametrize("text", [
    "Lũy kế 9 tháng, tổng thu ngân sách trên địa bàn ước đạt 42,6 tỷ đồng, bằng 71,3% dự toán năm 2025.",
    "Sáu tháng đầu năm, tổng chi ngân sách xã ước đạt 3.215 triệu đồng, bằng 46,2% dự toán năm 2024.",
    "Tính chung 10 tháng, thu nội địa ước đạt 1.820 tỷ đồng, bằng 88,5% kế hoạch năm 2023.",
])
def test_the_year_of_a_plan_is_not_its_level(text):
    assert not any(t.target is not None and 1990 <= t.target <= 2100 for t in targets(text))


@pytest.mark.parametrize("text, level, result", [
    ("Thu ngân sách xã thực hiện 5,2 tỷ đồng, dự toán năm 2025 là 4,8 tỷ đồng.", 4.8, 5.2),
    ("Trồng cây phân tán: kế hoạch năm giao 1.200 cây, thực hiện 1.250 cây.", 1200, 1250),
    ("Kết nạp đảng viên mới thực hiện 6 đồng chí, chỉ tiêu năm 2025 là 5 đồng chí.", 5, 6),
])
def test_a_plan_after_its_year_is_still_read(text, level, result):
    assert (level, result) in levels(text)


# ------------------------------------------------------------------ "vượt mục tiêu Nghị quyết 0,36%": by how much

@pytest.mark.parametrize("text, level, result", [
    ("Tổng giá trị sản xuất ước tăng 9,4% so với năm 2024 (vượt mục tiêu Nghị quyết 0,4%).", 9.0, 9.4),
    ("Năng suất lúa bình quân đạt 63 tạ/ha, vượt chỉ tiêu Đại hội 3 tạ/ha.", 60.0, 63.0),
    ("Tốc độ tăng thu ngân sách đạt 12,5%, vượt mục tiêu Nghị quyết 2,5%.", 10.0, 12.5),
])
def test_an_excess_over_the_resolution_gives_the_level(text, level, result):
    assert (level, result) in levels(text)


# ------------------------------------------------------------------ "từ X (năm 2015) lên Y": where a change began

@pytest.mark.parametrize("text", [
    "Thu nhập bình quân đầu người tăng từ 32 triệu đồng (năm 2020) lên 48 triệu đồng (năm 2025), vượt chỉ tiêu Nghị quyết.",
    "Tỷ lệ hộ nghèo giảm từ 6,2% xuống còn 2,1%, đạt chỉ tiêu Nghị quyết đề ra.",
    "Diện tích cây ăn quả tăng từ 120 ha lên 185 ha, vượt kế hoạch đề ra.",
])
def test_the_start_of_a_change_is_not_a_floor(text):
    assert not any(t.target in (32.0, 6.2, 120.0) for t in targets(text))


@pytest.mark.parametrize("text, level", [
    ("Phấn đấu tỷ lệ hộ gia đình văn hóa đạt từ 90% trở lên trong năm 2026.", 90.0),
    ("Năm 2026, chi bộ phấn đấu thu nhập bình quân đầu người từ 60 triệu đồng trở lên; kết nạp từ 5 đảng viên trở lên.",
     60.0),
    ("Chi bộ đã thảo luận kỹ. Mục tiêu năm 2026: tỷ lệ tham gia bảo hiểm y tế đạt từ 95% trở lên; trồng mới 20 ha rừng.",
     95.0),
])
def test_a_floor_from_x_upward_is_still_read(text, level):
    assert level in {t.target for t in targets(text)}


# ------------------------------------------------------------------ "đạt từ 1.900 tấn, đạt và vượt kế hoạch": a result

@pytest.mark.parametrize("text", [
    "Sản lượng lương thực bình quân hằng năm đạt từ 2.400 tấn, cơ bản đạt và vượt chỉ tiêu kế hoạch.",
    "Giá trị thu hoạch trên một ha canh tác bình quân đạt từ 110 triệu đồng, vượt chỉ tiêu Nghị quyết.",
    "Số lao động được giải quyết việc làm hằng năm đạt từ 250 người, đạt chỉ tiêu đề ra.",
])
def test_a_result_said_with_tu_and_a_met_claim_is_no_level(text):
    assert not any(t.target in (2400.0, 110.0, 250.0) and t.result is None for t in targets(text))


# ------------------------------------------------------------------ a list of targets under a bare heading

LIST = """Các chỉ tiêu chủ yếu (giai đoạn 2025-2030)
- Về kinh tế:
(1) Thu nhập bình quân đầu người đến năm 2030: 75 triệu đồng/năm.
(2) Tỷ lệ lao động qua đào tạo: trên 65%.
(3) Số trường học đạt chuẩn quốc gia: 05 trường.
- Về xây dựng Đảng:
(4) Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm đạt: 90% trở lên.
(5) Tỷ lệ tăng dân số tự nhiên hằng năm: 0,9%.
"""


def test_a_bare_heading_leads_a_list_of_labelled_levels():
    found = {t.name: (t.target, t.result) for t in targets(LIST)}
    assert found.get("Thu nhập bình quân đầu người") == (75.0, None)
    assert found.get("Tỷ lệ lao động qua đào tạo") == (65.0, None)
    assert found.get("Số trường học đạt chuẩn quốc gia") == (5.0, None)
    assert found.get("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm") == (90.0, None)
    assert found.get("Tỷ lệ tăng dân số tự nhiên hằng năm") == (0.9, None)
    assert next(t for t in targets(LIST) if t.target == 75.0).period == "đến năm 2030"


@pytest.mark.parametrize("text", [
    # a heading that reports on results, not one that sets levels
    "Kết quả thực hiện các chỉ tiêu chủ yếu\n(1) Thu nhập bình quân đầu người: đạt 58 triệu đồng, vượt 3 triệu đồng.\n",
    # a plain sentence naming targets, no list after it
    "Các chỉ tiêu chủ yếu đều đạt và vượt so với năm trước.\nTỷ lệ hộ nghèo: 1,2%, giảm 0,5% so với năm 2024.\n",
    # labels with a result told after the colon
    "Các chỉ tiêu chủ yếu\n(1) Thu ngân sách: đạt 12 tỷ đồng, bằng 105% dự toán.\n(2) Kết nạp đảng viên: 6 đồng chí, vượt chỉ tiêu.\n",
])
def test_no_level_invented_from_results_under_a_target_heading(text):
    assert not any(t.target in (58.0, 1.2, 12.0, 6.0) and t.result is None for t in targets(text))


# ------------------------------------------------------------------ "đề ra 12 chỉ tiêu cụ thể: …; …"; "đến năm 2030"

@pytest.mark.parametrize("text, name, level, period", [
    ("Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 10 chỉ tiêu cụ thể: tỷ lệ tham gia bảo hiểm y tế đạt 98%; thu nhập bình quân "
     "đầu người đến năm 2030 đạt 80 triệu đồng/người/năm; kết nạp 40 đảng viên mới.",
     "Thu nhập bình quân đầu người", 80.0, "đến năm 2030"),
    ("Đại hội đề ra các chỉ tiêu, như: giá trị sản xuất nông nghiệp đến năm 2030 đạt 260 triệu đồng/ha/năm; "
     "phát triển mới 15 hợp tác xã.", "Giá trị sản xuất nông nghiệp", 260.0, "đến năm 2030"),
    ("Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn dưới 1%.",
     "Thu nhập bình quân đầu người", 70.0, "đến năm 2030"),
])
def test_a_level_set_for_a_year_keeps_its_name_and_the_year_as_period(text, name, level, period):
    found = [t for t in targets(text) if t.target == level]
    assert found and found[0].name == name and found[0].period == period
    assert not any(t.target is not None and 1990 <= t.target <= 2100 for t in targets(text))


@pytest.mark.parametrize("text", [
    "Đại hội đề ra các chỉ tiêu: số tiêu chí bình quân đạt 17 - 18 tiêu chí/xã; phát triển 20 hộ kinh doanh.",
    "Đại hội đề ra các chỉ tiêu: giá trị sản xuất tăng bình quân 9 - 10%/năm; kết nạp 30 đảng viên mới.",
    "Đại hội đề ra các chỉ tiêu: kết nạp từ 30 đến 35 đảng viên; thu ngân sách đạt 60 tỷ đồng.",
])
def test_a_range_is_no_one_level(text):
    assert not any(t.target in (18.0, 10.0, 35.0) for t in targets(text))


# ------------------------------------------------------------------ "đạt A% dự toán và tăng B% so với cùng kỳ"

@pytest.mark.parametrize("text", [
    "Tổng thu ngân sách trên địa bàn đạt 145,2 tỷ đồng, đạt 104,6% dự toán và tăng 12,8% so với cùng kỳ.",
    "Giá trị sản xuất công nghiệp ước đạt 2.350 tỷ đồng, đạt 97,2% kế hoạch và bằng 109,5% so với năm 2024.",
    "Sản lượng lúa cả năm đạt 101,3% kế hoạch (tăng 3,4% so với cùng kỳ).",
    "Thu ngân sách năm 2025 đạt 820 tỷ đồng, vượt 1,8 lần so với dự toán và gấp 2,1 lần năm 2024.",
])
def test_a_growth_against_another_period_is_not_the_level(text):
    assert not any(t.target in (12.8, 109.5, 3.4, 2.1) for t in targets(text))


@pytest.mark.parametrize("text, level, result", [
    ("Tốc độ tăng trưởng kinh tế đạt 7,2% (kế hoạch tăng 6,5%).", 6.5, 7.2),
    ("Tỷ lệ hộ nghèo còn 1,8%, kế hoạch giao dưới 2%.", 2.0, 1.8),
    ("Thu ngân sách xã đạt 5,6 tỷ đồng, dự toán giao 5 tỷ đồng, tăng 10% so với cùng kỳ.", 5.0, 5.6),
])
def test_a_plan_beside_a_growth_is_still_read(text, level, result):
    assert (level, result) in levels(text)


# ------------------------------------------------------------------ decisions: "Phó chủ tịch", "ông A và bà B"

def decisions(text: str) -> list:
    return list(analyze(text).structure.decisions)


@pytest.mark.parametrize("text, person, position", [
    ("Kết quả, ông Trần Văn Hòa được bầu làm Chủ tịch HĐND xã, bà Lê Thị Mai được bầu làm Phó chủ tịch HĐND xã; "
     "ông Phạm Văn Nam được bầu giữ chức Chủ tịch UBND xã.", "Lê Thị Mai", "Phó chủ tịch HĐND xã"),
    ("Hội nghị đã bầu bổ sung: đồng chí Nguyễn Văn Tâm được bầu giữ chức Phó bí thư Đảng ủy xã; đồng chí Hà Văn Khải "
     "được bầu làm Chủ nhiệm Ủy ban Kiểm tra.", "Nguyễn Văn Tâm", "Phó bí thư Đảng ủy xã"),
    ("Tại kỳ họp, ông Đỗ Minh Quân được bầu làm Phó chủ nhiệm Ủy ban MTTQ xã, ông Vũ Văn Lực được bầu làm Chủ tịch "
     "Hội Nông dân xã.", "Đỗ Minh Quân", "Phó chủ nhiệm Ủy ban MTTQ xã"),
])
def test_a_deputy_in_lower_case_keeps_its_own_seat(text, person, position):
    found = {d.person: d.position for d in decisions(text) if d.kind == "election"}
    assert found.get(person) == position


@pytest.mark.parametrize("text, people", [
    ("Ông Nguyễn Hữu Lộc và bà Ngô Thị Hạnh tiếp tục được bầu làm Phó Chủ tịch UBND xã.",
     {"Nguyễn Hữu Lộc", "Ngô Thị Hạnh"}),
    ("Đồng chí Lò Văn Sơn và đồng chí Cà Thị Xuân được bầu giữ chức Phó Bí thư Đảng ủy xã.", {"Lò Văn Sơn", "Cà Thị Xuân"}),
    ("Bà Trịnh Thị Thu và ông Mai Văn Đức được bầu làm Ủy viên Thường trực HĐND phường.", {"Trịnh Thị Thu", "Mai Văn Đức"}),
])
def test_two_people_elected_together_are_both_read(text, people):
    assert people <= {d.person for d in decisions(text) if d.kind == "election"}


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Hữu Lộc và bà Ngô Thị Hạnh phát biểu tham luận tại kỳ họp.",
    "Đồng chí Lò Văn Sơn và đồng chí Cà Thị Xuân được phân công theo dõi các thôn vùng cao.",
    "Bà Trịnh Thị Thu và ông Mai Văn Đức được tặng giấy khen vì có thành tích xuất sắc.",
])
def test_two_people_named_without_an_election_give_none(text):
    assert not [d for d in decisions(text) if d.kind == "election"]


# ------------------------------------------------------------------ decisions: the subject of a counted vote

@pytest.mark.parametrize("text, subject", [
    ("HĐND tỉnh biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2026 bằng hình thức biểu quyết điện tử. Kết quả, "
     "có 52 đại biểu tham gia biểu quyết (bằng 96,3% tổng số đại biểu), trong đó có 52 đại biểu tán thành.",
     "Nghị quyết về dự toán ngân sách năm 2026"),
    ("Kỳ họp biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2026. Kết quả có 25 đại biểu tham gia biểu quyết "
     "(bằng 92,6%), trong đó 25 đại biểu tán thành.", "Nghị quyết về kế hoạch đầu tư công năm 2026"),
])
def test_voters_taking_part_are_no_subject(text, subject):
    found = [d for d in decisions(text) if d.votes_for]
    assert found and (found[0].subject or "").startswith(subject)


@pytest.mark.parametrize("text, subject", [
    ("Kỳ họp đã thông qua 09 nghị quyết quan trọng, đồng thời tiến hành bỏ phiếu tín nhiệm đối với 12 chức danh.",
     "09 nghị quyết quan trọng"),
    ("Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu như thu ngân sách tăng 10%/năm.",
     "nghị quyết nhiệm kỳ mới"),
    ("Hội nghị thông qua Nghị quyết về công tác cán bộ, sau đó tiến hành bầu bổ sung Ủy viên Ban Thường vụ.",
     "Nghị quyết về công tác cán bộ"),
])
def test_the_subject_of_a_resolution_ends_before_the_next_act(text, subject):
    found = [d for d in decisions(text) if d.kind in ("resolution", "vote")]
    assert found and found[0].subject == subject


# ------------------------------------------------------------------ targets listed in the sentence adopting them

@pytest.mark.parametrize("text, expected", [
    ("Kỳ họp biểu quyết thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2026 với các chỉ tiêu chủ yếu như: thu "
     "nhập bình quân đầu người đạt 75 triệu đồng; giảm tỷ lệ hộ nghèo còn 0,9%; tỷ lệ tham gia BHYT đạt 95,5%.",
     {75.0, 0.9, 95.5}),
    ("Đại hội đề ra 18 chỉ tiêu, trong đó: thu ngân sách đạt 120 tỷ đồng; tỷ lệ che phủ rừng duy trì 55%; kết nạp 150 "
     "đảng viên mới.", {120.0, 55.0, 150.0}),
    ("Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu: tỷ lệ lao động qua đào tạo đạt 70% trở lên; "
     "gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; hộ gia đình văn hóa đạt 90% trở lên.", {70.0, 100.0, 90.0}),
])
def test_targets_listed_where_a_resolution_adopts_them(text, expected):
    found = targets(text)
    assert expected <= {t.target for t in found}
    assert all(t.result is None and t.verdict is None for t in found)
    assert all(t.name[:1].isupper() and not any(c.isdigit() for c in t.name) for t in found if t.target in expected)


@pytest.mark.parametrize("text", [
    # results told after a count of targets met, not levels set
    "Năm 2025, xã đạt và vượt 18 chỉ tiêu, trong đó thu ngân sách đạt 120 tỷ đồng, bằng 110% dự toán; kết nạp 12 đảng "
    "viên mới, đạt 120% chỉ tiêu.",
    # a targets' count that is not set ("được đề ra"), told with results
    "Trong 20 chỉ tiêu được đề ra, có 18 chỉ tiêu đạt, gồm: thu ngân sách đạt 120 tỷ đồng; kết nạp 12 đảng viên mới.",
    # "thông qua" a report, its figures are results
    "Hội nghị thông qua báo cáo kết quả năm 2025: thu ngân sách đạt 120 tỷ đồng; kết nạp 12 đảng viên mới.",
])
def test_results_near_a_count_of_targets_are_no_levels(text):
    assert not any(t.target in (120.0, 12.0) and t.result is None for t in targets(text))


# ------------------------------------------------------------------ a level written with "≤" / "≥"

@pytest.mark.parametrize("text, level, result, verdict", [
    ("Tỷ lệ tử vong do sốt xuất huyết năm 2025 là 0,03%, nằm trong chỉ tiêu giảm tử vong của Chương trình (≤0,09%).",
     0.09, 0.03, "đạt"),
    ("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi 12,5%, cao hơn chỉ tiêu kế hoạch (≤ 11%).", 11.0, 12.5, "chưa đạt"),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% (chỉ tiêu ≥ 92%).", 92.0, 93.2, "vượt"),
])
def test_a_level_written_with_a_sign_keeps_its_direction(text, level, result, verdict):
    assert any((t.target, t.result, t.verdict) == (level, result, verdict) for t in targets(text))


# ------------------------------------------------------------------ "9 tháng năm 2025": a part of the year

@pytest.mark.parametrize("text", [
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ 9 tháng năm 2025\nTrồng rừng tập trung 120 ha/150 ha kế hoạch năm, đạt 80%.",
    "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng năm 2025\nKết nạp 3 đảng viên mới/kế hoạch năm 6 đảng viên, đạt 50%.",
    "BÁO CÁO\nKết quả công tác 10 tháng năm 2025\nThu quỹ quốc phòng 45 triệu đồng/kế hoạch năm 60 triệu đồng, đạt 75%.",
])
def test_a_yearly_plan_in_a_report_of_months_is_progress(text):
    found = targets(text)
    assert found and all(t.verdict == "tiến độ" for t in found)


@pytest.mark.parametrize("text", [
    "BÁO CÁO\nTổng kết công tác năm 2025\nTrồng rừng tập trung 120 ha/150 ha kế hoạch năm, đạt 80%.",
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\nKết nạp 3 đảng viên mới/kế hoạch năm 6 đảng viên, đạt 50%.",
    "BÁO CÁO\nKết quả công tác 12 tháng năm 2025, chưa đạt chỉ tiêu\nThu quỹ quốc phòng 45 triệu đồng/kế hoạch năm 60 triệu "
    "đồng, đạt 75%, chưa đạt chỉ tiêu.",
])
def test_a_yearly_plan_missed_at_the_year_end_is_not_met(text):
    found = targets(text)
    assert found and all(t.verdict == "chưa đạt" for t in found)


@pytest.mark.parametrize("text", [
    "Đại hội đề ra các chỉ tiêu: tỷ lệ hộ nghèo giảm hằng năm 0,5%-0,8%; kết nạp 30 đảng viên mới.",
    "Đại hội đề ra các chỉ tiêu: tỷ lệ tăng dân số tự nhiên 0,9% - 1,1%; trồng mới 40 ha rừng.",
    "Đại hội đề ra các chỉ tiêu: thu ngân sách tăng bình quân 8%–10%/năm; xây dựng 5 nhà văn hóa thôn.",
])
def test_a_range_of_shares_is_no_one_level(text):
    assert not any(t.target in (0.5, 0.8, 0.9, 1.1, 8.0, 10.0) for t in targets(text))


@pytest.mark.parametrize("text, level", [
    ("Đại hội đề ra các chỉ tiêu, như: tỷ lệ hộ nghèo duy trì ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm "
     "2027; kết nạp 30 đảng viên mới.", 2.0),
    ("Đại hội đề ra các chỉ tiêu, như: tỷ lệ che phủ rừng đạt 60% và hoàn thành đường liên xã vào năm 2028; kết nạp 30 "
     "đảng viên mới.", 60.0),
    ("Đại hội đề ra các chỉ tiêu, như: tỷ lệ tham gia BHYT đạt 95% trở lên và xây dựng trạm y tế mới trong năm 2026; kết "
     "nạp 30 đảng viên mới.", 95.0),
])
def test_the_year_of_another_clause_is_not_the_levels_period(text, level):
    found = [t for t in targets(text) if t.target == level]
    assert found and found[0].period is None


# ------------------------------------------------------------------ "22/23 triệu đồng, đạt 96% nghị quyết đại hội"

@pytest.mark.parametrize("text, level, result, verdict", [
    ("Sau nửa nhiệm kỳ, thu nhập bình quân đầu người đạt 48/55 triệu đồng, đạt 87% nghị quyết đại hội.", 55.0, 48.0,
     "tiến độ"),
    ("Trong nửa đầu nhiệm kỳ 2025-2030, số hợp tác xã thành lập mới 6/10 hợp tác xã, đạt 60% Nghị quyết.", 10.0, 6.0,
     "tiến độ"),
    ("Hết nhiệm kỳ 2020-2025, số thôn đạt chuẩn nông thôn mới 9/10 thôn, đạt 90% so với Nghị quyết.", 10.0, 9.0,
     "chưa đạt"),
])
def test_a_result_over_the_resolutions_level(text, level, result, verdict):
    assert any((t.target, t.result, t.verdict) == (level, result, verdict) for t in targets(text))


@pytest.mark.parametrize("text", [
    "Có 16/30 chỉ tiêu đạt và vượt, đạt 53% số chỉ tiêu nghị quyết đề ra.",
    "Số chi bộ hoàn thành tốt nhiệm vụ 18/20 chi bộ, đạt 90%, theo Nghị quyết số 12-NQ/ĐU.",
    "Học tập, quán triệt Nghị quyết Trung ương 10 cho 245/260 đảng viên, đạt 94,2%, nghị quyết được triển khai kịp thời.",
])
def test_a_part_of_a_whole_near_the_word_resolution_is_no_target(text):
    assert not any(t.target in (30.0, 20.0, 260.0) for t in targets(text))


# ------------------------------------------------------------------ two levels in one item, apart by ", "

@pytest.mark.parametrize("text, expected", [
    ("Đại hội đề ra 20 chỉ tiêu, trong đó: đến năm 2030 GRDP đạt 95.000 tỷ đồng, tăng trưởng trên 8%/năm; thu hút 4 "
     "triệu lượt khách du lịch, doanh thu 6.500 tỷ đồng.", {95000.0, 8.0, 4.0, 6500.0}),
    ("Đại hội đề ra các chỉ tiêu: tỷ lệ che phủ rừng duy trì 58%, tỷ lệ dân số dùng nước sạch đạt 98%; kết nạp 200 "
     "đảng viên mới.", {58.0, 98.0, 200.0}),
    ("Phấn đấu năm 2026: trồng mới 30 ha cây ăn quả, 15 ha cây dược liệu; kết nạp 5 đảng viên mới.", {30.0, 15.0, 5.0}),
])
def test_two_levels_in_one_item_are_both_read(text, expected):
    assert expected <= {t.target for t in targets(text)}


@pytest.mark.parametrize("text, level", [
    ("Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng/người/năm; tỷ lệ hộ nghèo dưới 1%.", 80.0),
    ("Đại hội đề ra các chỉ tiêu: thu ngân sách đạt 65,5 tỷ đồng, tăng 8% so với năm 2025; kết nạp 40 đảng viên.", 65.5),
    ("Đại hội đề ra các chỉ tiêu: tỷ lệ lao động qua đào tạo đạt 72,5%; giá trị sản xuất đạt 1.250 tỷ đồng.", 72.5),
])
def test_a_year_a_change_or_a_decimal_comma_does_not_split_an_item(text, level):
    found = {t.target: t for t in targets(text)}
    assert level in found and not any(t.target in (2030.0, 8.0, 5.0) for t in found.values())
