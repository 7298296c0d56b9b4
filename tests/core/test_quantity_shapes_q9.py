"""Shapes of round eight (q9: real-text mutation bank, counts, sums, derived values, verdicts),
sentences of our own in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import findings

# ---------------------------------------------------------------- an aside in brackets before "trong đó"


@pytest.mark.parametrize("text, wrong", [
    ("Toàn huyện có 56 chi bộ (tăng 2 chi bộ so với năm 2023), trong đó 30 chi bộ nông thôn, 28 chi bộ trường học.",
     "56"),
    ("Đảng bộ có 45 tổ chức cơ sở đảng (giảm 3 so với đầu nhiệm kỳ); trong đó 20 đảng bộ cơ sở (tăng 1), 27 chi bộ "
     "cơ sở (giảm 4).", "45"),
    ("Đến cuối năm, toàn Đảng bộ có 132 tổ chức cơ sở đảng (tăng 4 cơ sở so với năm 2022), trong đó, có 61 đảng bộ "
     "cơ sở (tăng 02), 73 chi bộ cơ sở (tăng 2).", "132"),
])
def test_kinds_listed_after_an_aside_must_not_pass_their_whole(text, wrong):
    found = [f for f in findings(text, "sum-mismatch") if f.severity.value == "error"]
    assert any(wrong in f.text for f in found), found


@pytest.mark.parametrize("text", [
    "Toàn huyện có 58 chi bộ (tăng 2 chi bộ so với năm 2023), trong đó 30 chi bộ nông thôn, 28 chi bộ trường học.",
    "Đảng bộ có 47 tổ chức cơ sở đảng (giảm 3 so với đầu nhiệm kỳ); trong đó 20 đảng bộ cơ sở (tăng 1), 27 chi bộ "
    "cơ sở (giảm 4).",
    "Đến cuối năm, toàn Đảng bộ có 134 tổ chức cơ sở đảng (tăng 4 cơ sở so với năm 2022), trong đó, có 61 đảng bộ "
    "cơ sở (tăng 02), 73 chi bộ cơ sở (tăng 2).",
    # subsets by a property after an aside: never summed
    "Năm 2024 kết nạp 52 đảng viên (đạt 104% kế hoạch), trong đó 18 đảng viên nữ, 40 đảng viên là đoàn viên thanh niên.",
    "Xã có 1.250 hội viên (tăng 85 hội viên), trong đó 700 hội viên nông dân, 600 hội viên cựu chiến binh.",
])
def test_kinds_after_an_aside_that_fit_stay_silent(text):
    assert not findings(text, "sum-mismatch")


# ---------------------------------------------------------------- a count, then its list in the next sentence


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024 có 3 chi bộ được công nhận trong sạch, vững mạnh tiêu biểu. Cụ thể, Chi bộ thôn 1 đạt 95 điểm; Chi bộ "
     "thôn 2 đạt 92 điểm; Chi bộ Trường Mầm non đạt 91 điểm và Chi bộ Trạm Y tế đạt 90 điểm.", "3 chi bộ"),
    ("Có 4 đảng bộ xã hoàn thành đại hội trước thời hạn. Đó là: Đảng bộ xã Tân An, Đảng bộ xã Tân Phú và Đảng bộ xã "
     "Tân Hòa.", "4 đảng bộ"),
    ("Toàn huyện có 2 trường được công nhận đạt chuẩn quốc gia trong năm. Gồm: Trường Tiểu học Kim Đồng, Trường THCS "
     "Lê Lợi và Trường Mầm non Hoa Sen.", "2 trường"),
])
def test_a_count_against_its_list_in_the_next_sentence(text, wrong):
    found = findings(text, "count-mismatch")
    assert any(wrong in f.text and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024 có 4 chi bộ được công nhận trong sạch, vững mạnh tiêu biểu. Cụ thể, Chi bộ thôn 1 đạt 95 điểm; Chi bộ "
    "thôn 2 đạt 92 điểm; Chi bộ Trường Mầm non đạt 91 điểm và Chi bộ Trạm Y tế đạt 90 điểm.",
    "Có 3 đảng bộ xã hoàn thành đại hội trước thời hạn. Đó là: Đảng bộ xã Tân An, Đảng bộ xã Tân Phú và Đảng bộ xã "
    "Tân Hòa.",
    # examples far short of the count, an open list, a rest named in words: no count of the list
    "Có 12 chi bộ kết nạp vượt kế hoạch. Cụ thể, Chi bộ thôn 1 kết nạp 3 đảng viên và Chi bộ thôn 2 kết nạp 2 đảng viên.",
    "Có 3 chi bộ được khen thưởng. Cụ thể, Chi bộ thôn 1, Chi bộ thôn 2, Chi bộ thôn 3, Chi bộ thôn 4...",
    "Có 3 chi bộ được khen thưởng. Cụ thể, Chi bộ thôn 1 được tặng Bằng khen, Chi bộ thôn 2 được tặng Giấy khen, còn "
    "lại được biểu dương.",
])
def test_a_list_in_the_next_sentence_that_fits_or_is_open_stays_silent(text):
    assert not findings(text, "count-mismatch")


# ---------------------------------------------------------------- a net change after what came in and went out


@pytest.mark.parametrize("text, wrong", [
    ("Trong năm, Hội kết nạp mới 320 hội viên, xóa tên 45 hội viên, tăng 285 hội viên.", "285"),
    ("Năm 2024 Đảng bộ kết nạp 52 đảng viên, chuyển sinh hoạt đến 8 đồng chí; chuyển đi 11 đồng chí, từ trần 6 đồng "
     "chí, như vậy tăng 45 đảng viên.", "45"),
    ("Các cấp hội phát triển mới 1.250 hội viên, đưa ra khỏi tổ chức 310 hội viên; thực tăng 950 hội viên.", "950"),
])
def test_a_net_change_is_what_came_in_less_what_went_out(text, wrong):
    found = findings(text, "derived-mismatch")
    assert any(f.text == wrong and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Trong năm, Hội kết nạp mới 320 hội viên, xóa tên 45 hội viên, tăng 275 hội viên.",
    "Các cấp hội phát triển mới 1.250 hội viên, đưa ra khỏi tổ chức 310 hội viên; thực tăng 940 hội viên.",
    # a change against another period, a rate, no flow out: no net
    "Kết nạp 25 đảng viên, xóa tên 2 đảng viên, tăng 5 đảng viên so với cùng kỳ.",
    "Kết nạp 25 đảng viên, xóa tên 2 đảng viên, tăng 5 đảng viên (tỷ lệ 4%).",
    "Kết nạp 25 hội viên, tăng 5 hội viên.",
])
def test_a_net_change_that_fits_or_is_no_net_stays_silent(text):
    assert not findings(text, "derived-mismatch")


# ---------------------------------------------------------------- a change and its rate after "tỷ lệ"


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024 toàn xã xảy ra 18 vụ tai nạn giao thông, giảm 6 vụ, tỷ lệ giảm 20% so với năm 2023.", "20"),
    ("Số hộ nghèo còn 45 hộ, giảm 15 hộ, tỷ lệ 20% so với đầu năm.", "20"),
    ("Số hội viên đạt 1.200 người, tăng 200 người, tỉ lệ tăng 25% so với năm trước.", "25"),
])
def test_a_rate_of_change_after_ty_le(text, wrong):
    found = findings(text, "derived-mismatch")
    assert any(f.text == wrong and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024 toàn xã xảy ra 18 vụ tai nạn giao thông, giảm 6 vụ, tỷ lệ giảm 25% so với năm 2023.",
    "Số hộ nghèo còn 45 hộ, giảm 15 hộ, tỷ lệ 25% so với đầu năm.",
    "Số hội viên đạt 1.200 người, tăng 200 người, tỉ lệ tăng 20% so với năm trước.",
    # a rate of another thing after "tỷ lệ" and its noun
    "Năm 2024 xã có 45 hộ nghèo, giảm 15 hộ, tỷ lệ hộ nghèo 2,1%.",
])
def test_a_rate_of_change_that_fits_stays_silent(text):
    assert not findings(text, "derived-mismatch")


# ---------------------------------------------------------------- shares of kinds of one classification


@pytest.mark.parametrize("text", [
    "Trong đó, khối xã, phường chiếm 62,5%; khối doanh nghiệp chiếm 14,2%; khối cơ quan chiếm 18,6%; khối lực lượng "
    "vũ trang chiếm 7,1%.",
    "Đơn thư phân theo lĩnh vực: lĩnh vực đất đai chiếm 58%; lĩnh vực chính sách chiếm 25%; lĩnh vực khác chiếm 21%.",
    "Xét theo ngành, ngành nông nghiệp chiếm 41,5%, ngành công nghiệp - xây dựng chiếm 27,3% và ngành dịch vụ chiếm "
    "33,4%.",
])
def test_shares_of_exclusive_kinds_cannot_pass_100(text):
    found = findings(text, "sum-mismatch")  # (a sum of shares: sum-mismatch since round 16)
    assert [f.severity.value for f in found] == ["warning"], found


@pytest.mark.parametrize("text", [
    "Trong đó, khối xã, phường chiếm 62,5%; khối doanh nghiệp chiếm 14,2%; khối cơ quan chiếm 16,2%; khối lực lượng "
    "vũ trang chiếm 7,1%.",
    "Xét theo ngành, ngành nông nghiệp chiếm 41,5%, ngành công nghiệp - xây dựng chiếm 25,1% và ngành dịch vụ chiếm "
    "33,4%.",
    # criteria that overlap, a change between the shares: no split of one whole
    "Đảng viên nữ chiếm 38,2%; đảng viên trẻ chiếm 40,5%; đảng viên có trình độ đại học chiếm 65,3%.",
    "Trong đó, khối xã, phường chiếm 62,5%; khối doanh nghiệp chiếm 14,2%, tăng 3% so với năm trước; khối cơ quan "
    "chiếm 28,6%.",
])
def test_shares_of_kinds_that_fit_or_overlap_stay_silent(text):
    assert not findings(text, "percent-mismatch")


# ---------------------------------------------------------------- a group's verdict against each member's share


@pytest.mark.parametrize("text, wrong", [
    ("Có 4 chi bộ kết nạp vượt kế hoạch. Cụ thể, Chi bộ thôn 1 kết nạp 5 đảng viên (đạt 125% kế hoạch); Chi bộ thôn 2 "
     "kết nạp 3 đảng viên (đạt 96% kế hoạch); Chi bộ thôn 3 kết nạp 4 đảng viên (đạt 133% kế hoạch) và Chi bộ thôn 4 "
     "kết nạp 2 đảng viên (đạt 200% kế hoạch).", "96%"),
    ("Ba xã hoàn thành vượt chỉ tiêu thu ngân sách: xã Tân An đạt 112% chỉ tiêu, xã Tân Phú đạt 99,5% chỉ tiêu, xã Tân "
     "Hòa đạt 105% chỉ tiêu.", "99,5%"),
    ("Các đơn vị chưa đạt kế hoạch gồm: Trường Tiểu học A đạt 85% kế hoạch, Trường THCS B đạt 102% kế hoạch.", "102%"),
])
def test_a_member_of_a_group_bears_the_groups_verdict(text, wrong):
    found = findings(text, "target-status-mismatch")
    assert [(f.text, f.severity.value) for f in found] == [(wrong, "warning")], found


@pytest.mark.parametrize("text", [
    "Ba xã hoàn thành vượt chỉ tiêu thu ngân sách: xã Tân An đạt 112% chỉ tiêu, xã Tân Phú đạt 109,5% chỉ tiêu, xã Tân "
    "Hòa đạt 105% chỉ tiêu.",
    "Các đơn vị chưa đạt kế hoạch gồm: Trường Tiểu học A đạt 85% kế hoạch, Trường THCS B đạt 92% kế hoạch.",
    "Có 3 chi bộ đạt và vượt kế hoạch: Chi bộ thôn 1 đạt 100% kế hoạch, Chi bộ thôn 2 đạt 120% kế hoạch, Chi bộ thôn 3 "
    "đạt 150% kế hoạch.",
    # progress for part of the plan's period gets no verdict
    "Trong 6 tháng đầu năm, các chi bộ đã kết nạp vượt kế hoạch: Chi bộ thôn 1 đạt 60% kế hoạch năm, Chi bộ thôn 2 đạt "
    "55% kế hoạch năm.",
])
def test_members_that_bear_the_verdict_stay_silent(text):
    assert not findings(text, "target-status-mismatch")


# ---------------------------------------------------------------- a count, then its names in brackets; numbered units


@pytest.mark.parametrize("text, wrong", [
    ("Năm 2024 có 4 xã (Tân An, Tân Phú và Tân Hòa) được công nhận đạt chuẩn nông thôn mới.", "4 xã"),
    ("Toàn tỉnh có 3 huyện (Kim Thành, Ninh Giang, Thanh Miện và Gia Lộc) hoàn thành kế hoạch.", "3 huyện"),
    ("Đoàn công tác đã làm việc với 2 tỉnh (Nam Định, Hà Nam, Thái Bình).", "2 tỉnh"),
    ("Có 3 đơn vị nhận quân gồm: Sư đoàn 316, Lữ đoàn 406, Trung đoàn 98 và Bộ Chỉ huy Quân sự tỉnh.", "3 đơn vị"),
])
def test_a_count_against_the_names_in_its_bracket(text, wrong):
    found = findings(text, "count-mismatch")
    assert any(f.text.startswith(wrong) and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Năm 2024 có 3 xã (Tân An, Tân Phú và Tân Hòa) được công nhận đạt chuẩn nông thôn mới.",
    "Có 4 đơn vị nhận quân gồm: Sư đoàn 316, Lữ đoàn 406, Trung đoàn 98 và Bộ Chỉ huy Quân sự tỉnh.",
    # a bracket that does not name them all, or says something else
    "Năm 2024 có 5 xã (chủ yếu ở vùng sâu, vùng xa) được công nhận.",
    "Năm 2024 có 5 xã (trong đó Tân An, Tân Phú đạt chuẩn nâng cao) được công nhận.",
    "Năm 2024 có 5 xã (tăng 2 xã so với năm 2023) được công nhận.",
])
def test_a_bracket_that_fits_or_names_no_list_stays_silent(text):
    assert not findings(text, "count-mismatch")


# ---------------------------------------------------------------- "là" after a description holding a year


@pytest.mark.parametrize("text, wrong", [
    ("Trong năm có 3 xã đăng ký về đích năm 2025 là Tân An, Tân Phú, Tân Hòa và Tân Lập.", "3 xã"),
    ("Huyện có 2 trường được công nhận chuẩn năm 2024 là Tiểu học Kim Đồng, THCS Lê Lợi và Mầm non Hoa Sen.",
     "2 trường"),
    ("Đã có 4 chi bộ hoàn thành đại hội năm 2025 là Chi bộ thôn 1, Chi bộ thôn 2 và Chi bộ thôn 3.", "4 chi bộ"),
])
def test_a_count_with_a_year_in_its_description_against_its_list(text, wrong):
    found = findings(text, "count-mismatch")
    assert any(f.text.startswith(wrong) and f.severity.value == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    "Trong năm có 4 xã đăng ký về đích năm 2025 là Tân An, Tân Phú, Tân Hòa và Tân Lập.",
    "Đã có 3 chi bộ hoàn thành đại hội năm 2025 là Chi bộ thôn 1, Chi bộ thôn 2 và Chi bộ thôn 3.",
    "Có 3 xã đăng ký về đích năm 2025 là những xã khó khăn nhất của huyện.",
])
def test_a_description_with_a_year_that_fits_stays_silent(text):
    assert not findings(text, "count-mismatch")


# ---------------------------------------------------------------- person heads of military service reports


@pytest.mark.parametrize("text, code", [
    ("Năm 2025, huyện gọi 125 công dân nhập ngũ, gồm: xã A 40 công dân, xã B 45 công dân, xã C 38 công dân.",
     "sum-mismatch"),
    ("Đơn vị tiếp nhận 60 tân binh, gồm 35 tân binh huyện A và 27 tân binh huyện B.", "sum-mismatch"),
    ("Có 30 công dân tham gia khám tuyển, 25 công dân đủ điều kiện, đạt 80%.", "percent-mismatch"),
])
def test_citizens_and_recruits_are_counted_people(text, code):
    assert findings(text, code)


@pytest.mark.parametrize("text", [
    "Năm 2025, huyện gọi 123 công dân nhập ngũ, gồm: xã A 40 công dân, xã B 45 công dân, xã C 38 công dân.",
    "Đơn vị tiếp nhận 62 tân binh, gồm 35 tân binh huyện A và 27 tân binh huyện B.",
    "Có 30 công dân tham gia khám tuyển, 24 công dân đủ điều kiện, đạt 80%.",
])
def test_citizens_and_recruits_that_fit_stay_silent(text):
    assert not [f for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# ---------------------------------------------------------------- "từ A xuống B" with B above A


@pytest.mark.parametrize("text, wrong", [
    ("Giảm số hộ nghèo từ 28 hộ xuống còn 32 hộ.", "32"),
    ("Phấn đấu đưa số hội viên từ 1.200 người lên 1.150 người.", "1.150"),
    ("Số vụ tai nạn giảm từ 12 vụ năm 2023 xuống còn 19 vụ.", "19"),
    ("Thu nhập bình quân tăng từ 52 triệu đồng lên 48,5 triệu đồng.", "48,5 triệu đồng"),
])
def test_a_level_on_the_wrong_side_of_its_start(text, wrong):
    found = findings(text, "derived-mismatch")
    assert [(f.text, f.severity.value) for f in found] == [(wrong, "warning")], found


@pytest.mark.parametrize("text", [
    "Giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ.",
    "Phấn đấu đưa số hội viên từ 1.200 người lên 1.350 người.",
    "Số vụ tai nạn giảm từ 12 vụ năm 2023 xuống còn 9 vụ.",
])
def test_a_level_on_the_right_side_stays_silent(text):
    assert not findings(text, "figure-inconsistent")


# ---------------------------------------------------------------- a composition of two shares, labelled in a bracket


@pytest.mark.parametrize("text", [
    "Cơ cấu kinh tế tiếp tục chuyển dịch, tăng tỷ trọng dịch vụ (dịch vụ: 64%; nông nghiệp: 41%).",
    "Cơ cấu lao động: nông nghiệp 55%, phi nông nghiệp 50%.",
    "Cơ cấu kinh tế chuyển dịch đúng hướng, giảm dần tỷ trọng nông nghiệp (TM – DV: 72%; Nông nghiệp: 38%).",
])
def test_two_shares_of_a_composition_cannot_pass_100(text):
    assert [f.severity.value for f in findings(text, "sum-mismatch")] == ["warning"]  # (a sum of shares)


@pytest.mark.parametrize("text", [
    "Cơ cấu kinh tế tiếp tục chuyển dịch, tăng tỷ trọng dịch vụ (dịch vụ: 64%; nông nghiệp: 36%).",
    "Cơ cấu lao động: nông nghiệp 55%, phi nông nghiệp 45%.",
    "Cơ cấu kinh tế chuyển dịch tích cực, dịch vụ chiếm 64%, tăng 3% so với năm trước.",
])
def test_two_shares_of_a_composition_that_fit_stay_silent(text):
    assert not findings(text, "percent-mismatch")


# ---------------------------------------------------------------- what was added cannot pass the total it raised


@pytest.mark.parametrize("text, wrong", [
    ("Trong năm kết nạp mới 450 hội viên, nâng tổng số hội viên lên 420 người.", "450"),
    ("Năm 2024, kết nạp 35 đảng viên, nâng tổng số đảng viên của Đảng bộ lên 28 đồng chí.", "35"),
    ("Xây mới 12 nhà đại đoàn kết, nâng tổng số nhà được hỗ trợ lên 10 căn.", "12"),
])
def test_an_addition_cannot_pass_the_total_it_raised(text, wrong):
    found = findings(text, "part-exceeds-whole")
    assert [(f.text.split()[0], f.severity.value) for f in found] == [(wrong, "warning")], found


@pytest.mark.parametrize("text", [
    "Trong năm kết nạp mới 450 hội viên, nâng tổng số hội viên lên 4.200 người.",
    "Năm 2024, kết nạp 35 đảng viên, nâng tổng số đảng viên của Đảng bộ lên 528 đồng chí.",
    # another noun: no part of that total
    "Thành lập mới 3 chi hội, nâng tổng số hội viên lên 2 người.",
])
def test_an_addition_within_its_total_stays_silent(text):
    assert not findings(text, "part-exceeds-whole")
