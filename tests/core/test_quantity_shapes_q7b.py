"""Shapes of round seven (q7b: counts, restatements, attendance, votes, target verdicts), sentences of our
own in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import findings

# ---------------------------------------------------------------- target verdicts, one per clause


@pytest.mark.parametrize("text, wrong", [
    ("Ban Thường vụ đánh giá: tai nạn giao thông xảy ra 02 vụ, chỉ tiêu không quá 02 vụ – đạt; tỷ lệ tham gia BHYT "
     "93,6% (chỉ tiêu từ 95% trở lên), đạt.", "93,6%"),
    ("Tỷ lệ hộ nghèo giảm còn 1,2% (chỉ tiêu: dưới 1,5%), đạt chỉ tiêu; tỷ lệ trẻ em suy dinh dưỡng 9,8% (chỉ tiêu "
     "không quá 8%), đạt.", "9,8%"),
    ("Kết quả: tỷ lệ thu gom rác 96% (kế hoạch từ 90% trở lên) - vượt; tỷ lệ hộ dùng nước sạch 82% (kế hoạch từ 85% "
     "trở lên) - vượt.", "82%"),
])
def test_a_clause_keeps_its_own_verdict_and_a_wrong_one_is_found(text, wrong):
    found = findings(text, "target-status-mismatch")
    assert any(wrong in f.text for f in found), found


@pytest.mark.parametrize("text", [
    # each clause its own verdict: the "đạt" of the first clause is not the BHYT clause's
    "Ban Thường vụ thống nhất đánh giá: tỷ lệ hộ nghèo giảm còn 1,78% (chỉ tiêu năm: dưới 2%), đạt chỉ tiêu; tai nạn "
    "giao thông xảy ra 02 vụ, chỉ tiêu không quá 02 vụ – đạt; tỷ lệ tham gia BHYT 93,6% (chỉ tiêu từ 95% trở lên), "
    "chưa đạt.",
    "Tỷ lệ hộ nghèo giảm còn 1,2% (chỉ tiêu: dưới 1,5%), đạt chỉ tiêu; tỷ lệ trẻ em suy dinh dưỡng 9,8% (chỉ tiêu "
    "không quá 8%), chưa đạt.",
    "Kết quả: tỷ lệ thu gom rác 96% (kế hoạch từ 90% trở lên) - vượt; tỷ lệ hộ dùng nước sạch 82% (kế hoạch từ 85% "
    "trở lên) - chưa đạt.",
    # counts of targets with several verdicts in one clause: no one verdict to compare
    "Trong 25 chỉ tiêu chủ yếu năm 2026, có 24 chỉ tiêu đạt so với chỉ tiêu Nghị quyết đề ra (trong đó, có 13 chỉ "
    "tiêu vượt) và 01 chỉ tiêu không đạt.",
    # a figure in brackets details the result; it is not the result
    "Năm 2025, toàn tỉnh có thêm 47 sản phẩm đạt chuẩn OCOP (đợt 1: 29 sản phẩm; đợt 2: 18 sản phẩm), vượt kế hoạch "
    "năm (40 sản phẩm), nâng tổng số sản phẩm OCOP lên 312.",
    "Cả năm kết nạp 26 đảng viên (quý I: 5 đồng chí; quý II: 7 đồng chí; quý III: 6 đồng chí; quý IV: 8 đồng chí), "
    "vượt chỉ tiêu (20 đảng viên).",
    "Xây mới 15 căn nhà đại đoàn kết (ấp 1: 4 căn; ấp 2: 5 căn; ấp 3: 6 căn), vượt kế hoạch năm (12 căn).",
])
def test_a_right_verdict_stays_silent(text):
    assert not [f for f in findings(text, "target-status-mismatch") if f.severity.value == "error"]


# ---------------------------------------------------------------- the text against a table's total row

_VISITS = ("Năm 2025, Trung tâm đã khám cho {seen} lượt người, điều trị nội trú 6.904 lượt. Số lượt khám như sau:\n"
           "Cơ sở\tLượt khám\tTrong đó BHYT\nTrung tâm\t31.460\t27.815\nTrạm Y tế phường Đông\t7.238\t6.102\n"
           "Trạm Y tế xã Hòa\t9.517\t8.367\nTổng cộng\t48.215\t42.284")
_ROOMS = ("Quý III, Bệnh viện tiếp nhận {seen} lượt khám; điều trị nội trú 9.418 lượt, phẫu thuật 1.106 ca. "
          "Phân theo đối tượng:\nĐối tượng | Lượt khám | Tỷ lệ (%)\nCó thẻ BHYT | 54.987 | 88,2\n"
          "Viện phí | 6.821 | 10,9\nMiễn phí | 532 | 0,9\nCộng | 62.340 | 100,0")
_CERTIFICATES = ("Năm nay, xã đã cấp {seen} giấy chứng nhận, thu hồi 12 giấy chứng nhận. Chi tiết theo thôn:\n"
                 "Thôn | Số hộ | Số giấy chứng nhận đã cấp\nThôn Đông | 140 | 120\nThôn Tây | 101 | 95\n"
                 "Thôn Nam | 96 | 80\nCộng | 337 | 295")


@pytest.mark.parametrize("shape, wrong", [(_VISITS, "48.521"), (_ROOMS, "62.430"), (_CERTIFICATES, "259")])
def test_the_count_told_with_the_columns_words_is_the_total_rows(shape, wrong):
    found = findings(shape.format(seen=wrong), "figure-inconsistent")
    assert [f.text for f in found] == [wrong]


@pytest.mark.parametrize("shape, right", [(_VISITS, "48.215"), (_ROOMS, "62.340"), (_CERTIFICATES, "295")])
def test_another_count_of_the_same_noun_is_not_the_columns_total(shape, right):
    # "điều trị nội trú 6.904 lượt" counts lượt too, but not the column "Lượt khám"
    assert not findings(shape.format(seen=right), "figure-inconsistent")


# ---------------------------------------------------------------- one figure restated with two digits swapped

@pytest.mark.parametrize("text, wrong", [
    ("Giải ngân vốn đầu tư công 10 tháng đạt 2.465 tỷ đồng\nTheo báo cáo, lũy kế 10 tháng, toàn tỉnh giải ngân "
     "2.645 tỷ đồng, cao hơn bình quân cả nước.\nThường trực HĐND tỉnh đề nghị đẩy nhanh tiến độ.", "2.645"),
    ("I. Thu ngân sách: Tổng thu ngân sách trên địa bàn năm 2025 ước đạt 24.863 triệu đồng.\nII. Chi ngân sách: "
     "tổng chi 21.977 triệu đồng.\nIII. Đánh giá chung: thu ngân sách năm đạt 24,68 tỷ đồng, vượt dự toán được giao.",
     "24,68"),
    ("Trong năm, Quỹ Vì người nghèo xã vận động được 1.186 triệu đồng.\nHội nghị tặng Giấy khen cho 12 tập thể.\n"
     "Tổng kết lại, với 1.168 triệu đồng vận động được trong năm, Quỹ tiếp tục là điểm sáng.", "1.168"),
    ("9 tháng qua, cấp ủy các cấp đã kiểm tra 1.184 tổ chức đảng.\nVề giám sát, đã giám sát 950 đảng viên.\n"
     "Tổng hợp chung, trong 9 tháng toàn ngành đã kiểm tra 1.148 tổ chức đảng.", "1.148"),
])
def test_a_figure_told_again_in_the_same_words_with_two_digits_swapped(text, wrong):
    found = findings(text, "figure-inconsistent")
    assert [f.text for f in found if f.text.startswith(wrong)], found


@pytest.mark.parametrize("text", [
    # the same noun, but other words: another quantity
    "Toàn Đảng bộ có 37 chi bộ; tổng số 2.742 đảng viên.\nViệc cập nhật dữ liệu còn chậm, đến nay mới cập nhật "
    "2.724 đảng viên, còn thiếu so với tổng số.",
    # last year's figure, a change, an approximation, a plan
    "Năm 2025 thu ngân sách đạt 2.465 tỷ đồng.\nSo với cùng kỳ năm trước thu ngân sách đạt 2.645 tỷ đồng thì giảm.",
    "Các đơn vị thụ lý trên 21,6 nghìn tỷ đồng, tăng trên 7.200 tỷ đồng.\nĐã thi hành xong trên 2.700 tỷ đồng.",
    "Năm 2025 doanh thu đạt 6.845 triệu đồng.\n4. Kế hoạch năm 2026: doanh thu 6.485 triệu đồng; lợi nhuận 430 "
    "triệu đồng.",
    # two sides of ratios
    "Giải ngân đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng).\nGiải ngân đạt 51,1% nguồn vốn huyện giao "
    "(376,9 tỷ/737 tỷ đồng).",
    # two amounts of one sentence
    "Vốn giao năm 2025 là 1.245 triệu đồng, vốn tự có của HTX là 1.425 triệu đồng.\nHTX hoạt động có lãi.",
])
def test_figures_that_only_look_swapped_stay_silent(text):
    assert not findings(text, "figure-inconsistent")


def test_the_swapped_figure_borne_out_by_its_breakdown_is_not_the_suspect():
    text = ("Giải ngân vốn đầu tư công 10 tháng đạt 2.465 tỷ đồng\nLũy kế 10 tháng, toàn tỉnh giải ngân 2.645 tỷ "
            "đồng.\nTrong đó, các dự án do cấp tỉnh quản lý giải ngân 1.702 tỷ đồng; các xã, phường giải ngân 943 tỷ "
            "đồng.")
    assert [f.text[:5] for f in findings(text, "figure-inconsistent")] == ["2.465"]


# ---------------------------------------------------------------- lists of people and households counted

@pytest.mark.parametrize("text, wrong", [
    ("Đại hội đã bầu 05 đồng chí vào Chi ủy nhiệm kỳ 2025 – 2027: Y Bhin Niê, H'Luyến Êban, Phan Thị Mỹ và Đoàn Văn "
     "Cường; bầu đ/c Phan Thị Mỹ làm Bí thư, đ/c Y Bhin Niê làm Phó Bí thư.", "05 đồng chí"),
    ("Trạm có 07 cán bộ, viên chức, gồm: BS. Y Thông Niê (Trạm trưởng), YS. Nguyễn Thị Hường, ĐD. H'Linh Mlô, NHS. "
     "Trần Thị Vân, DS. Lê Văn Khoa, YS. Phan Văn Tín.", "07 cán bộ"),
    ("Tổ công tác gồm 05 đồng chí: Ths. Nguyễn Văn An, KS. Lê Thị Bình, CN. Trần Văn Cường, BS. Phạm Thị Dung.",
     "05 đồng chí"),
    ("Khoa có 06 bác sĩ: BSCKI Lê Văn Hải, BS. Nguyễn Thị Lan, BS. Trần Minh Quân, ThS.BS Phạm Văn Tùng, BS. Hồ Thị "
     "Mai.", "06 bác sĩ"),
    ("Dịp này, phường khen thưởng các hộ ông Trương Văn Sáu, bà Lê Thị Mười, ông Quách Văn Tỷ, bà Đinh Thị Hoa và ông "
     "Võ Văn Tám – 06 hộ gia đình có nhiều đóng góp.", "06 hộ"),
    ("Ông Nguyễn Văn Hai, bà Lê Thị Ba và ông Trần Văn Bảy là 4 hộ hiến đất làm đường.", "4 hộ"),
])
def test_a_count_against_the_people_or_households_it_names(text, wrong):
    found = findings(text, "count-mismatch")
    assert any(f.text.startswith(wrong) for f in found), found


@pytest.mark.parametrize("text", [
    "Đại hội đã bầu 04 đồng chí vào Chi ủy nhiệm kỳ 2025 – 2027: Y Bhin Niê, H'Luyến Êban, Phan Thị Mỹ và Đoàn Văn "
    "Cường; bầu đ/c Phan Thị Mỹ làm Bí thư, đ/c Y Bhin Niê làm Phó Bí thư.",
    # people named in the clause after the list, or named again, are no items of it
    "Đại hội đã bầu 04 đồng chí vào Chi ủy: Nguyễn Văn An, Lê Thị Bình, Phan Thị Mỹ và Đoàn Văn Cường; bầu đ/c Phan "
    "Thị Mỹ làm Bí thư, đ/c Nguyễn Văn An làm Phó Bí thư.",
    "Chi bộ có 3 đồng chí được tặng giấy khen: Nguyễn Văn An, Lê Thị Bình và Đoàn Văn Cường; giao đ/c Lê Thị Bình theo "
    "dõi, đ/c Nguyễn Văn An báo cáo.",
    "Tổ kiểm phiếu gồm 3 đồng chí: Nguyễn Văn An, Lê Thị Bình và Trần Văn Cường, đồng chí Nguyễn Văn An làm Tổ trưởng.",
    "Trạm có 06 cán bộ, viên chức, gồm: BS. Y Thông Niê (Trạm trưởng), YS. Nguyễn Thị Hường, ĐD. H'Linh Mlô, NHS. Trần "
    "Thị Vân, DS. Lê Văn Khoa, YS. Phan Văn Tín.",
    "Tổ công tác gồm 04 đồng chí: Ths. Nguyễn Văn An, KS. Lê Thị Bình, CN. Trần Văn Cường, BS. Phạm Thị Dung.",
    "Dịp này, phường khen thưởng các hộ ông Trương Văn Sáu, bà Lê Thị Mười, ông Quách Văn Tỷ, bà Đinh Thị Hoa và ông Võ "
    "Văn Tám – 05 hộ gia đình có nhiều đóng góp.",
    "Các hộ ông Nguyễn Văn Hai, bà Lê Thị Ba và ông Trần Văn Bảy (cùng 02 hộ ở tổ 5) là 5 hộ hiến đất làm đường.",
    # a place after a name is no person
    "Tổ giúp việc gồm 03 người: Nguyễn Văn An, Thôn Đông, Lê Thị Bình, Thôn Tây và Hồ Văn Nam, Buôn Ea Kmar.",
    "Chi bộ giới thiệu 03 quần chúng ưu tú: Rơ Châm Hyin, Siu Thị Phương và Nay Y Blăk để Đảng ủy xem xét.",
    "Ban Chỉ đạo gồm 3 đồng chí: Trưởng ban Nguyễn Văn An, Phó Trưởng ban Lê Thị Bình, thành viên Y Thông Niê.",
])
def test_a_right_count_of_people_or_households_stays_silent(text):
    assert not findings(text, "count-mismatch")


def test_one_speaker_a_line_is_one_item_however_long():
    lines = "\n".join(f"+ Đ/c {name}: đề nghị bổ sung hạn chế, nêu rõ nguyên nhân, giải pháp khắc phục."
                      for name in ("Trần Thị Lụa", "Ngô Văn Sáu", "Hồ Thị Thu", "Lâm Văn Tư", "Phan Văn Út"))
    wrong = findings("Sau khi đ/c Bí thư trình bày bản kiểm điểm, có 06 ý kiến tham gia:\n" + lines, "count-mismatch")
    assert [f.text for f in wrong] == ["06 ý kiến tham gia"]
    assert not findings("Sau khi đ/c Bí thư trình bày bản kiểm điểm, có 05 ý kiến tham gia:\n" + lines,
                        "count-mismatch")
    # lines that are not one speaker each may hold several items
    tasks = "+ Thu hoạch lúa mùa, triển khai sản xuất vụ Đông;\n+ Cấp giấy chứng nhận;\n+ Kiểm tra cơ sở chăn nuôi."
    assert not findings("Giám đốc kết luận 04 nhiệm vụ trọng tâm như sau:\n" + tasks, "count-mismatch")


# ---------------------------------------------------------------- attendance: who is not at the meeting

def test_delegates_elected_as_official_are_not_the_members_present():
    text = ("Đại hội có 150 đại biểu được triệu tập; có mặt 147 đại biểu (03 đại biểu vắng có lý do).\n"
            "Đại hội đã bầu 33 đồng chí vào Ban Chấp hành; bầu 15 đại biểu chính thức và 02 đại biểu dự khuyết đi dự "
            "Đại hội cấp trên.\nNghị quyết Đại hội được 145/147 đại biểu có mặt biểu quyết tán thành.")
    assert not [f for f in analyze(text).findings if f.code in ("vote-mismatch", "attendance-mismatch")]


@pytest.mark.parametrize("names, absent, flagged", [
    (("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), "02", True),
    (("Nguyễn Văn An", "Trần Thị Bình"), "02", False),
])
def test_absentees_on_dash_lines_after_the_count(names, absent, flagged):
    lines = "\n".join(f"- Đ/c {n} (ốm)" for n in names)
    text = f"Tổng số đảng viên: 15 đồng chí. Có mặt: 13 đồng chí.\nVắng mặt: {absent} đồng chí\n{lines}\nChủ trì: đồng chí Phạm Văn Dũng."
    assert bool(findings(text, "absentee-count-mismatch")) is flagged


def test_speakers_after_the_attendance_are_not_absentees():
    text = ("Dự: 21/23 đ/c chính thức; vắng 02 đ/c có lý do (đ/c Trần Văn Lý, đ/c Đỗ Thị Hồng – đi làm xa).\n"
            "Sau khi đ/c Bí thư trình bày bản kiểm điểm, có 03 ý kiến tham gia:\n"
            "+ Đ/c Trần Thị Lụa: đề nghị bổ sung hạn chế.\n+ Đ/c Ngô Văn Sáu: việc họp dân chưa đều.\n"
            "+ Đ/c Hồ Thị Thu: nhất trí với bản kiểm điểm.")
    assert not findings(text, "absentee-count-mismatch")


@pytest.mark.parametrize("text, wrong", [
    ("Hội nghị có 19/23 đồng chí Ủy viên BCH dự (vắng 05 đồng chí có lý do) và 21 đồng chí Bí thư chi đoàn trực thuộc "
     "dự mở rộng.", "19/23"),
    ("Có mặt: 23/26 đ/c phải dự. Vắng 04 đ/c: có lý do 02, không lý do 02.", "23/26"),
    ("Tổng số đảng viên: 28 đ/c (chính thức: 25; dự bị: 03). Miễn sinh hoạt: 02 đ/c.\nCó mặt: 23/26 đ/c phải dự. Vắng "
     "04 đ/c: có lý do 02, không lý do 02.", "23/26"),
])
def test_present_of_those_called_and_the_absent_must_make_the_called(text, wrong):
    found = findings(text, "attendance-mismatch")
    assert any(f.text.startswith(wrong) for f in found), found


@pytest.mark.parametrize("text", [
    "Hội nghị có 19/23 đồng chí Ủy viên BCH dự (vắng 04 đồng chí có lý do) và 21 đồng chí Bí thư chi đoàn trực thuộc "
    "dự mở rộng.",
    "Có mặt: 24/26 đ/c phải dự (02 đ/c miễn sinh hoạt không tính). Vắng 02 đ/c có lý do.",
    "Có mặt: 23/26 đ/c phải dự. Vắng 03 đ/c: có lý do 02, không lý do 01.",
    "Tổng số đảng viên: 28 đ/c. Miễn sinh hoạt: 02 đ/c. Có mặt: 23/26 đ/c phải dự. Vắng 03 đ/c.",
    "Hội nghị có 17/19 đồng chí Ủy viên Ban Chấp hành dự; vắng 02 đồng chí; mời 12 đồng chí bí thư chi bộ dự.",
    "Chi bộ có 31 đảng viên, trong đó 04 đồng chí miễn sinh hoạt đảng. Dự họp 25 đ/c, vắng 02 đ/c.",
    "Tổng số đảng viên: 18 đồng chí. Có mặt: 15 đồng chí. Vắng: 03 đồng chí (01 đồng chí miễn sinh hoạt, 02 đồng chí "
    "đi làm ăn xa).",
])
def test_right_attendance_with_exempt_members_and_guests_stays_silent(text):
    assert not findings(text, "attendance-mismatch")


# ---------------------------------------------------------------- a council's resolution: half of all its deputies

_COUNCIL = ("Đại biểu HĐND phường: tổng số 25 đ/c; có mặt 18 đ/c; vắng 07 đ/c (có lý do).\n"
            "Biểu quyết Nghị quyết điều chỉnh kế hoạch đầu tư công: {yes}/18 đại biểu có mặt tán thành, {no} không tán "
            "thành.\nChủ tọa kết luận: Nghị quyết đã được kỳ họp thông qua.")


@pytest.mark.parametrize("yes, no, flagged", [(12, 6, True), (11, 7, True), (13, 5, False), (18, 0, False)])
def test_a_council_resolution_needs_more_than_half_of_all_deputies(yes, no, flagged):
    found = findings(_COUNCIL.format(yes=yes, no=no), "resolution-not-passed")
    assert bool(found) is flagged
    assert all("đại biểu HĐND" in f.message and "Điều lệ Đảng" not in f.message for f in found)


def test_a_candidate_share_written_after_an_equals_sign_is_read():
    text = ("- Số phiếu phát ra: 42 phiếu, thu về: 42 phiếu\n- Phiếu hợp lệ: 42; không hợp lệ: 0\nKết quả: đ/c Trịnh Thu "
            "Hà 41 phiếu (97,62%); đ/c Mai Văn Lộc 40 phiếu (95,24%); đ/c Vũ Đình Khang 37 phiếu = 90,48%; đ/c Phạm "
            "Thị Nga 35 phiếu = 83,33%.")
    assert [f.text for f in findings(text, "percent-mismatch")] == ["90,48%"]


# ---------------------------------------------------------------- a result before its plan's label in brackets

@pytest.mark.parametrize("text, flagged", [
    ("Kết quả bình xét: 386 hộ đạt danh hiệu SXKD giỏi các cấp (chỉ tiêu Nghị quyết: từ 400 hộ trở lên), vượt chỉ "
     "tiêu đề ra.", True),
    ("Kết quả bình xét: 426 hộ đạt danh hiệu SXKD giỏi các cấp (chỉ tiêu Nghị quyết: từ 400 hộ trở lên), vượt chỉ "
     "tiêu đề ra.", False),
    ("+ Tỷ lệ hộ nghèo còn 0,62% (chỉ tiêu Nghị quyết: dưới 0,5%), đạt chỉ tiêu.", True),
    ("+ Tỷ lệ hộ nghèo còn 0,42% (chỉ tiêu Nghị quyết: dưới 0,5%), đạt chỉ tiêu.", False),
    # progress in part of the plan's period gets no verdict
    ("9 tháng đầu năm, 386 hộ đăng ký đạt danh hiệu SXKD giỏi (chỉ tiêu cả năm: từ 400 hộ trở lên), đạt kế hoạch đề "
     "ra.", False),
    ("Lũy kế 6 tháng thu ngân sách 5,2 tỷ đồng (dự toán năm: 9 tỷ đồng), đạt tiến độ kế hoạch.", False),
])
def test_a_result_before_its_plans_label_in_brackets(text, flagged):
    assert bool([f for f in findings(text, "target-status-mismatch") if f.severity.value == "error"]) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("1. Kết nạp đảng viên: 17/20 đảng viên (đạt 85%), hoàn thành chỉ tiêu.", True),
    ("Phát triển được 5/6 đảng viên (đạt 83,3%), vượt kế hoạch.", True),
    ("Năm 2025 phát triển được 3/4 đảng viên (đạt 75%), chưa đạt chỉ tiêu.", False),
    ("Năm 2025 phát triển được 6/4 đảng viên (đạt 150% NQ), vượt chỉ tiêu.", False),
    ("1. Kết nạp đảng viên: 21/20 đảng viên (đạt 105%), hoàn thành vượt chỉ tiêu.", False),
    # of those introduced, not of a plan
    ("Kết nạp 17/20 quần chúng được giới thiệu, đạt 85%, hoàn thành chỉ tiêu.", False),
    ("2. Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 27/30 chi bộ, đạt 90% (chỉ tiêu từ 85% trở lên) – đạt.",
     False),
])
def test_members_admitted_over_the_plan_as_a_ratio(text, flagged):
    found = findings(text, "target-status-mismatch")
    assert bool(found) is flagged
    assert all(f.severity.value == "warning" for f in found if "17/20" in f.message or "5/6" in f.message)


@pytest.mark.parametrize("text", [
    # the members of a larger body: far more than all who were called to this meeting
    "Tổng số đảng viên toàn Đảng bộ: 1.245 đồng chí. Hội nghị có 58 đồng chí dự, vắng 02 đồng chí.",
    "Đảng bộ xã hiện có 412 đảng viên sinh hoạt ở 18 chi bộ. Tổng số đảng viên: 412 đồng chí. Có mặt 36 đồng chí Ủy "
    "viên BCH và bí thư chi bộ, vắng 03 đồng chí.",
    # members who moved away this month
    "Chi bộ có 28 đảng viên; tháng này có 02 đồng chí chuyển sinh hoạt đi nơi khác. Có mặt 24 đồng chí, vắng 02 đồng "
    "chí.",
    "Tổng số đảng viên: 30 đồng chí; có mặt 27 đồng chí; vắng 03 đồng chí (trong đó 01 đồng chí miễn sinh hoạt, 02 "
    "đồng chí có lý do).",
    "Chi bộ có 19 đảng viên (17 chính thức, 02 dự bị), 01 đồng chí miễn sinh hoạt; dự họp 17 đồng chí, vắng 01 đồng "
    "chí.",
])
def test_attendance_against_another_roll_stays_silent(text):
    assert not [f for f in findings(text, "attendance-mismatch") if f.severity.value == "error"]


# ---------------------------------------------------------------- where a list of lines ends

@pytest.mark.parametrize("text", [
    "Ban Thường vụ giao 03 nhiệm vụ:\na) UBND xã tập trung thu ngân sách, thuế, phí;\nb) MTTQ và các đoàn thể vận động "
    "nhân dân;\nc) Văn phòng Đảng ủy tổng hợp, báo cáo.\nd) Thời gian hoàn thành: trước 25/12/2025.",
    "Chi bộ thống nhất 02 nội dung:\n1. Kết quả tháng 10.\n2. Phương hướng tháng 11.\n3. Ý kiến thảo luận\nCác đồng chí "
    "phát biểu tán thành.",
    "Hội nghị thống nhất 3 nhiệm vụ trọng tâm quý IV:\n1. Đẩy mạnh thu ngân sách.\n- Giao UBND xã chỉ đạo.\n2. Hoàn "
    "thành xây dựng nông thôn mới.\n3. Chuẩn bị đại hội chi bộ.",
])
def test_a_list_ends_at_its_closing_stop_or_the_next_heading(text):
    assert not findings(text, "count-mismatch")


@pytest.mark.parametrize("text", [
    "Ban Thường vụ giao 03 nhiệm vụ:\na) UBND xã tập trung thu ngân sách;\nb) MTTQ vận động nhân dân;\nc) Công an xã "
    "bảo đảm an ninh;\nd) Văn phòng Đảng ủy tổng hợp, báo cáo.",
    "Chi bộ thống nhất 02 nội dung:\n1. Kết quả tháng 10.\n2. Phương hướng tháng 11.\n3. Kế hoạch kiểm điểm cuối năm.",
])
def test_one_item_too_many_in_a_list_of_lines_is_found(text):
    assert findings(text, "count-mismatch")


def test_a_head_count_reported_by_a_speaker_is_the_same_event():
    text = ("Nhiệm kỳ qua, chi bộ hoàn thành 9/10 chỉ tiêu nghị quyết; kết nạp 05 đảng viên mới, vượt chỉ tiêu (04).\n"
            "Phát biểu chỉ đạo, đồng chí Phó Bí thư Đảng ủy phường ghi nhận chi bộ đã kết nạp được {n} đảng viên mới "
            "trong nhiệm kỳ.")
    assert [f.text for f in findings(text.format(n="06"), "figure-inconsistent")] == ["06"]
    assert not findings(text.format(n="05"), "figure-inconsistent")
    # another period
    assert not findings(text.format(n="06").replace("trong nhiệm kỳ", "trong năm 2025"), "figure-inconsistent")


# ---------------------------------------------------------------- every kind of vote counted: all the voters

_VOTE = "Tổng số đảng viên: 22 đ/c; có mặt 19 đ/c, vắng 03 đ/c.\nBiểu quyết: tán thành {yes}/19 đ/c; không tán thành 01 đ/c; không biểu quyết: {other}."


@pytest.mark.parametrize("yes, other, flagged", [
    (17, "không", True), (16, "01 đ/c", True), (18, "không", False), (17, "01 đ/c", False)])
def test_every_kind_of_vote_together_are_the_voters(yes, other, flagged):
    assert bool(findings(_VOTE.format(yes=yes, other=other), "vote-mismatch")) is flagged


@pytest.mark.parametrize("text", [
    # approvals over the whole committee, not over those present
    "Ban Chấp hành có 21 đồng chí, có mặt 19 đồng chí. Biểu quyết: tán thành 12/21 đồng chí; không tán thành 05 đồng "
    "chí; không biểu quyết 02 đồng chí.",
    # not every kind counted
    "Có mặt 18 đồng chí. Biểu quyết: tán thành 15/18 đồng chí; không tán thành 01 đồng chí.",
    "Có mặt 19 đ/c. Biểu quyết: tán thành 19/19 đ/c; không tán thành: không; ý kiến khác: không.",
    # approvals over the official roll, which happens to equal those present with the probationary members
    "- Có mặt: 24 đồng chí, gồm 22 đảng viên chính thức và 2 đảng viên dự bị.\n- Tán thành: 22/24 đảng viên chính "
    "thức, đạt 91,67%;\n- Không tán thành: 0;\n- Ý kiến khác: 0.",
])
def test_votes_that_need_not_add_up_stay_silent(text):
    assert not findings(text, "vote-mismatch")


def test_a_verdict_belongs_to_its_own_clause_not_to_the_clauses_before():
    text = ("Theo báo cáo của UBND xã, năm 2026 tổng thu ngân sách trên địa bàn ước đạt 39,8 tỷ đồng, đạt 113,71% dự "
            "toán (35 tỷ đồng); diện tích cà phê tái canh được 312 ha, đạt 104% kế hoạch (300 ha); tỷ lệ hộ nghèo giảm "
            "còn 4,86%, chưa đạt mục tiêu đề ra (dưới 4,5%).")
    assert not findings(text, "target-status-mismatch")
    assert findings(text.replace("chưa đạt mục tiêu", "đạt mục tiêu"), "target-status-mismatch")


# ---------------------------------------------------------------- correct minutes that drew false alarms

def test_approvals_over_those_present_in_brackets_are_no_present_count():
    text = ("Ban Chấp hành Đảng bộ phường có 17 đồng chí; có mặt 15/17 đồng chí; vắng 02 đồng chí có lý do.\n"
            "- Về đề nghị thành lập Chi bộ Tổ dân phố 14: tán thành {yes}, không tán thành 1, ý kiến khác 1 ({yes}/15 "
            "đồng chí có mặt).")
    assert not findings(text.format(yes=13), "vote-mismatch")
    assert findings(text.format(yes=14), "vote-mismatch")  # 14 + 1 + 1 = 16 voters of 15 present


def test_the_approvals_share_written_after_the_last_count_is_theirs():
    text = ("Có mặt: 17 đồng chí (chính thức 16, dự bị 1).\nBiểu quyết (đảng viên chính thức có mặt: 16):\n- Tán thành: 15; "
            "Không tán thành: 0; Ý kiến khác: 1 (đạt {pct}).")
    assert not findings(text.format(pct="93,75%"), "vote-mismatch")
    assert findings(text.format(pct="12,5%"), "vote-mismatch")


def test_figures_of_a_striving_sentence_are_targets():
    text = ("Năm 2025, toàn Đảng bộ kết nạp 42 đảng viên mới, vượt 20% chỉ tiêu (35 đảng viên).\nNăm 2026, Đảng bộ phường "
            "phấn đấu thu ngân sách đạt 195 tỷ đồng; kết nạp 40 đảng viên mới; giữ tỷ lệ hộ nghèo dưới 0,3%.")
    assert not findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text, absent, named", [
    ("Tổng số đảng viên: 42. Có mặt: 40 đồng chí. Vắng 02: đ/c Đặng Văn Cường - có lý do (công tác tại Lào); đ/c "
     "Nguyễn Thị Thu - không lý do.", 2, 2),
    ("- Tổng số đảng viên của chi bộ: 16 đồng chí; có mặt 13 đ/c; vắng 03 đ/c, gồm:\n+ Đ/c Hồ Thị Ngân: nghỉ chế độ "
     "thai sản;\n+ Đ/c Kiều Văn Sang: trực cấp cứu (có báo cáo);\n+ Đ/c Mạc Thị Yến (đảng viên dự bị): không lý do.\n"
     "NỘI DUNG SINH HOẠT", 3, 3),
])
def test_absentees_with_their_reasons_are_all_read(text, absent, named):
    assert not findings(text, "absentee-count-mismatch")
    one_more = text.replace(f"0{absent}", f"0{absent + 1}", 1)
    assert findings(one_more, "absentee-count-mismatch")
