"""Figure rows read as a secretary reads them (issue 18, round 12): a row's subject is what its figure counts, taken
from the quantity layer's noun and the clause the figure stands in; never another figure's words, a word cut in two,
a period word left without its number, or a topic phrase ("Đối với Đảng bộ") standing for the thing counted.

Every sentence here was written for this file."""

from __future__ import annotations

import io

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures
from minutes_app.export.summary import build_summary

REPORT = ("ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ THÔN ĐÔNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 15 tháng 12 năm 2025\n\n"
          "BÁO CÁO\nKết quả công tác năm 2025\n\nI. KẾT QUẢ\n")


def rows(body: str) -> dict[str, str]:
    """value → subject of each figure row of a report made of ``body``."""
    return {row.value: row.subject for row in chosen_figures(analyze(REPORT + body + "\n"))[0]}


def check(body: str, expected: dict[str, str]) -> None:
    got = rows(body)
    for value, subject in expected.items():
        assert got.get(value) == subject, got


# a change told after another figure's phrase is the change of that figure, and says so by that figure's subject
@pytest.mark.parametrize("body, expected", [
    ("Trồng mới 12,5 ha rừng sản xuất trên đất trống đồi trọc (tăng 3,5 ha so với năm trước).",
     {"12,5 ha rừng sản xuất": "Trồng mới", "3,5 ha so với năm trước": "Trồng mới: tăng"}),
    # the decimal comma of "96,5%" is no comma after it: the change still follows the base's words
    ("Thu ngân sách xã đạt 2,4 tỷ đồng, bằng 96,5% kế hoạch (KH) năm, tăng 6,2% so với cùng kỳ.",
     {"6,2% so với cùng kỳ": "Thu ngân sách xã: tăng"}),
    ("Doanh thu dịch vụ đạt 45 tỷ đồng, đạt 90% kế hoạch, tăng 8% so với cùng kỳ.",
     {"45 tỷ đồng, đạt 90% kế hoạch": "Doanh thu dịch vụ", "8% so với cùng kỳ": "Doanh thu dịch vụ: tăng"}),
])
def test_a_change_after_another_figures_phrase_is_told_by_that_figures_subject(body, expected):
    check(body, expected)


def test_near_miss_a_change_joined_to_its_figure_stays_one_row():
    check("Xử lý 14 vụ khai thác cát trái phép trên sông Lô (giảm 5 vụ so với cùng kỳ).",
          {"14 vụ khai thác cát trái phép trên sông Lô (giảm 5 vụ)": "Xử lý"})
    check("Kết nạp 6 đảng viên, tăng 2 đảng viên so với năm trước.",
          {"6 đảng viên, tăng 2 đảng viên so với năm trước": "Kết nạp"})


# a title that ends the noun the layer reads belongs to the value, and the subject is never cut inside it
@pytest.mark.parametrize("body, expected", [
    ("Chi bộ đã bầu 01 đồng chí Bí thư, 01 đồng chí Phó Bí thư.",
     {"01 đồng chí Bí thư": "Chi bộ đã bầu", "01 đồng chí Phó Bí thư": "Chi bộ đã bầu"}),
    ("Đảng ủy xã giới thiệu 02 đồng chí Ủy viên Ban Thường vụ, 05 đồng chí Ủy viên Ban Chấp hành.",
     {"02 đồng chí Ủy viên Ban Thường vụ": "Đảng ủy xã giới thiệu",
      "05 đồng chí Ủy viên Ban Chấp hành": "Đảng ủy xã giới thiệu"}),
    ("Đại hội bầu bổ sung 3 đồng chí Ủy viên Ban Chấp hành và 01 đồng chí Ủy viên Ban Thường vụ.",
     {"01 đồng chí Ủy viên Ban Thường vụ": "Đại hội bầu bổ sung"}),
])
def test_a_title_ending_the_counted_noun_is_never_cut_in_two(body, expected):
    got = rows(body)
    check(body, expected)
    assert not any(subject.startswith(("Viên", "Thư", "Hành")) for subject in got.values()), got


def test_near_miss_a_class_after_the_noun_is_no_part_of_the_value():
    assert "18 học sinh" in rows("Trường có 18 học sinh lớp 8A đạt giải cấp huyện.")


# a period word whose number ends the words after a figure is dropped, not left dangling
@pytest.mark.parametrize("body, value, subject", [
    ("Đến hết năm, 24/26 chi hội đã tổ chức đại hội nhiệm kỳ 2025 - 2030.", "24/26 chi hội", "Đã tổ chức đại hội"),
    ("Trong quý, 9/11 chi bộ đã hoàn thành kiểm điểm trước ngày 20/12/2025.", "9/11 chi bộ",
     "Đã hoàn thành kiểm điểm"),
    ("Đến nay 14/15 tổ hội đã tổ chức sơ kết giai đoạn 2021-2025.", "14/15 tổ hội", "Đã tổ chức sơ kết"),
])
def test_a_period_word_cut_from_its_number_is_dropped(body, value, subject):
    check(body, {value: subject})


def test_near_miss_a_period_phrase_told_whole_stays():
    check("Thu nhập bình quân đầu người đến cuối nhiệm kỳ đạt 58 triệu đồng.",
          {"58 triệu đồng": "Thu nhập bình quân đầu người đến cuối nhiệm kỳ"})


# a list of what a figure counts, with its predicate, is the subject; the next figure never takes it as its own
@pytest.mark.parametrize("body, expected", [
    ("Đến nay 100% thôn, bản, tổ dân phố đã có nhà văn hóa.", {"100%": "Thôn, bản, tổ dân phố đã có nhà văn hóa"}),
    ("Năm 2025 có 96% hộ, gia đình đạt danh hiệu gia đình văn hóa.",
     {"96%": "Hộ, gia đình đạt danh hiệu gia đình văn hóa"}),
    ("Cuối năm, 35/38 chi bộ, đảng bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ.",
     {"35/38 chi bộ": "Chi bộ, đảng bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ"}),
    ("Đến nay 100% xóm, tổ dân phố đã có chi bộ, thành lập được 40/42 chi hội nông dân, hội phụ nữ có ban chấp hành.",
     {"100%": "Xóm, tổ dân phố đã có chi bộ", "40/42 chi hội nông dân": "Thành lập"}),
])
def test_a_list_and_its_predicate_tell_what_the_figure_counts(body, expected):
    check(body, expected)


def test_near_miss_a_part_after_trong_do_is_no_item_of_the_list():
    got = rows("Toàn huyện có 92% trường học đạt chuẩn quốc gia, trong đó có 40% trường đạt chuẩn cao.")
    assert got["92%"] == "Trường học đạt chuẩn quốc gia", got
    assert "trong đó" not in got["92%"].lower()


# a topic phrase ("đối với", "riêng với", "về phía") names the body the figure is told of, not what it counts
@pytest.mark.parametrize("body, value, subject", [
    ("Đối với khối đảng, đạt 5 chỉ tiêu.", "5 chỉ tiêu", "Khối đảng: chỉ tiêu đạt"),
    ("Riêng với Chi bộ thôn Bắc, kết nạp 2 đảng viên mới.", "2 đảng viên mới", "Chi bộ thôn Bắc: kết nạp"),
    ("Về phía chính quyền, hoàn thành 7 chỉ tiêu.", "7 chỉ tiêu", "Chính quyền: hoàn thành"),
    ("Cụ thể, đối với Đảng bộ đạt 3 chỉ tiêu gồm: (1) 100% đảng viên học tập nghị quyết.", "3 chỉ tiêu",
     "Đảng bộ: chỉ tiêu đạt"),
])
def test_a_topic_phrase_gives_the_body_and_its_verb(body, value, subject):
    check(body, {value: subject})


def test_near_miss_doi_voi_inside_a_subject_stays():
    check("Tỷ lệ hỗ trợ đối với hộ nghèo đạt 100%.", {"100%": "Tỷ lệ hỗ trợ đối với hộ nghèo"})
    check("Mức phụ cấp đối với bí thư chi bộ là 1,2 triệu đồng.", {"1,2 triệu đồng": "Mức phụ cấp đối với bí thư chi bộ"})
    check("Chính sách hỗ trợ đối với giáo viên vùng cao được thực hiện cho 45 người.",
          {"45 người": "Chính sách hỗ trợ đối với giáo viên vùng cao được thực hiện"})


# the other conjunct before "và" is not the figure's words when its predicate is told after it
@pytest.mark.parametrize("body, value, subject", [
    ("Còn 5 xã, phường và 3/12 thị trấn chưa nộp hồ sơ quyết toán.", "3/12 thị trấn", "Chưa nộp hồ sơ quyết toán"),
    ("Có 4 trường mầm non, trường tiểu học và 2/6 trường trung học cơ sở chưa đạt chuẩn.",
     "2/6 trường trung học cơ sở", "Chưa đạt chuẩn"),
    ("Chi bộ có 5 đảng viên nam và 3 đảng viên nữ được khen thưởng.", "3 đảng viên nữ", "Được khen thưởng"),
])
def test_the_other_conjunct_gives_way_to_the_predicate_after_the_figure(body, value, subject):
    check(body, {value: subject})


def test_a_shared_predicate_is_read_past_the_next_figures_noun_never_from_it():
    check("Đã có 12 hộ chăn nuôi và 9 hộ trồng trọt được vay vốn ưu đãi.",
          {"12 hộ chăn nuôi": "Được vay vốn ưu đãi", "9 hộ trồng trọt": "Được vay vốn ưu đãi"})
    got = rows("Nhiệm kỳ tới, Đảng bộ đề ra 15 chỉ tiêu, 4 nhiệm vụ trọng tâm và 2 khâu đột phá.")
    assert got["4 nhiệm vụ trọng tâm"] == "Đảng bộ đề ra", got  # not "Đột phá", the rest of the next noun


def test_near_miss_own_verbs_on_both_sides_of_va_stay():
    check("Xây mới 3 nhà văn hóa và sửa chữa 2 cầu dân sinh.", {"3 nhà văn hóa": "Xây mới", "2 cầu dân sinh": "Sửa chữa"})


# the words going on another figure's noun are that figure's, never a topic; unless this row is a part of it
@pytest.mark.parametrize("body, value, subject", [
    ("Xã Đông Sơn có 42,5 km2 diện tích tự nhiên, 8.760 nhân khẩu.", "8.760 nhân khẩu", "Xã Đông Sơn"),
    ("Thôn Bắc có 120 hộ sản xuất chè, 45 hộ trồng quế.", "45 hộ trồng quế", "Thôn Bắc"),
    ("Xã Tân Lập có 18,2 km đường giao thông nông thôn, 6 nhà văn hóa.", "6 nhà văn hóa", "Xã Tân Lập"),
])
def test_another_figures_noun_is_no_topic(body, value, subject):
    check(body, {value: subject})


def test_near_miss_a_share_keeps_the_predicate_of_the_figure_it_is_of():
    check("Đến ngày 20/10, toàn bộ 45 chi bộ trực thuộc Đảng ủy xã đã tổ chức thành công đại hội, đạt tỷ lệ 100%.",
          {"100%": "Tổ chức thành công đại hội"})


def test_near_miss_a_part_shares_the_predicate_of_its_whole():
    got = rows("Đến ngày 30/11, 20/25 chi bộ đã tổ chức đại hội nhiệm kỳ 2025 - 2027, trong đó có 3 chi bộ đại hội "
               "điểm.")
    assert got["3 chi bộ đại hội điểm"] == "Tổ chức đại hội nhiệm kỳ 2025 - 2027", got


# a subject that only repeats the value's noun gives way to what has it
@pytest.mark.parametrize("body, value, subject", [
    ("Hiện tại Đồng Nai có 170 đơn vị hành chính cấp xã.", "170 đơn vị hành chính cấp xã", "Đồng Nai"),
    ("Hiện tại xã có 12 thôn, gồm 9 thôn vùng thấp và 3 thôn vùng cao.",  # a whole and its parts: one row (round 15)
     "12 thôn, gồm 9 thôn vùng thấp và 3 thôn vùng cao", "Xã"),
    ("Hiện tại chi bộ có 25 đảng viên.", "25 đảng viên", "Chi bộ"),
])
def test_an_echoing_subject_gives_way_to_the_clause_head(body, value, subject):
    check(body, {value: subject})


def test_near_miss_a_subject_naming_more_than_the_value_is_no_echo():
    check("Tổng số đảng viên của chi bộ là 32 đồng chí.", {"32 đồng chí": "Tổng số đảng viên của chi bộ"})
    check("Hiện nay tỉnh có 150 xã đạt chuẩn nông thôn mới.", {"150 xã": "Đạt chuẩn nông thôn mới"})


# "đều", "cũng" open a predicate and name nothing; "đã" (the fact is done) stays
@pytest.mark.parametrize("body, value, subject", [
    ("Được biết, cả 6 em học sinh đều là đoàn viên ưu tú.", "6 em học sinh", "Đoàn viên ưu tú"),
    ("Năm nay 40 hộ cũng được hỗ trợ giống lúa.", "40 hộ", "Được hỗ trợ giống lúa"),
    ("Năm nay 35 hộ đã thoát nghèo bền vững.", "35 hộ", "Đã thoát nghèo bền vững"),
])
def test_adverbs_opening_a_predicate(body, value, subject):
    check(body, {value: subject})


# the number of a road is no fact; a length or an area keeps its unit with its power
@pytest.mark.parametrize("body, present, absent", [
    ("Xã có quốc lộ 3 chạy qua và tỉnh lộ 254 nối với huyện; đã làm mới 2,5 km đường bê tông.",
     "2,5 km đường bê tông", ("3", "254")),
    ("Tuyến hương lộ 12 được nâng cấp với kinh phí 4,2 tỷ đồng.", "4,2 tỷ đồng", ("12",)),
    ("Nhân dân hiến 850 m2 đất làm đường liên thôn.", "850 m2", ("850 m",)),
    ("Hồ chứa có dung tích 1.200 m3 nước tưới.", "1.200 m3", ("1.200 m",)),
    ("Lắp đặt 300 m đường ống cấp nước sạch.", "300 m đường ống cấp nước sạch", ()),  # near-miss: no power
])
def test_road_numbers_and_units_with_a_power(body, present, absent):
    got = rows(body)
    assert present in got and not any(value.split()[0] in absent or value in absent for value in got), got


def test_the_summary_read_back_shows_the_subjects_a_secretary_signs():
    body = ("Cụ thể, đối với Đảng bộ đạt 3 chỉ tiêu gồm: (1) 100% đảng viên học tập nghị quyết. "
            "Đến nay 100% thôn, bản, tổ dân phố đã có nhà văn hóa. "
            "Phát hiện 9 vụ vi phạm quy định về bảo vệ rừng (tăng 2 vụ so với cùng kỳ). "
            "Chi bộ đã bầu 01 đồng chí Bí thư, 01 đồng chí Phó Bí thư.\n")
    document = build_summary(analyze(REPORT + body))
    saved = io.BytesIO()
    document.save(saved)
    read = Document(io.BytesIO(saved.getvalue()))
    table = next(t for t in read.tables if [c.text for c in t.rows[0].cells][:3] == ["STT", "Nội dung", "Số liệu"])
    shown = {row.cells[2].text: row.cells[1].text for row in table.rows[1:]}
    assert shown["3 chỉ tiêu"] == "Đảng bộ: chỉ tiêu đạt", shown
    assert "Thôn, bản, tổ dân phố đã có nhà văn hóa" in shown.values(), shown
    assert shown["2 vụ so với cùng kỳ"] == "Phát hiện: tăng", shown
    assert shown["01 đồng chí Phó Bí thư"] == "Chi bộ đã bầu", shown
    # no subject is a connective, a topic phrase, empty, or a word cut from a title
    assert all(subject and not subject.lower().startswith(("đối với", "và ", "viên ", "thư ")) for subject in shown.values())


# a phrase after a comma telling where the head belongs is no subject: the head is
@pytest.mark.parametrize("body, value, subject", [
    ("Trường Tiểu học Kim Đồng, trực thuộc Phòng Giáo dục huyện có 28 giáo viên.", "28 giáo viên",
     "Trường Tiểu học Kim Đồng"),
    ("Thôn Đông, nằm trong vùng lũ có 85 hộ dân.", "85 hộ dân", "Thôn Đông"),
    ("Chi bộ Trạm Y tế, thuộc Đảng bộ xã Hòa An có 9 đảng viên.", "9 đảng viên", "Chi bộ Trạm Y tế"),
])
def test_the_head_before_an_appositive_is_the_subject(body, value, subject):
    check(body, {value: subject})


def test_near_miss_two_named_bodies_before_the_figure_keep_the_nearest():
    check("Xã Hòa An, xã Hòa Bình có 40 hộ nghèo.", {"40 hộ nghèo": "Xã Hòa Bình"})
    # the verb told after the appositive is what the figure counts: not cut off with it
    assert rows("Các tổ chức cơ sở đảng, thuộc Đảng bộ huyện đã kết nạp 120 đảng viên.")["120 đảng viên"] != \
        "Các tổ chức cơ sở đảng"


# two changes, each after the name of its own thing, are two rows; a change of the same thing stays in its row
@pytest.mark.parametrize("body, expected", [
    ("Trong đó, ngành nông nghiệp tăng 3,1%, ngành công nghiệp giảm 1,2%, ngành dịch vụ tăng 6,4%.",
     {"3,1%": "Ngành nông nghiệp tăng", "1,2%": "Ngành công nghiệp giảm", "6,4%": "Ngành dịch vụ tăng"}),
    ("Giá trị sản xuất tăng 7,2%, thu ngân sách tăng 9,5%.", {"7,2%": "Giá trị sản xuất tăng",
                                                               "9,5%": "Thu ngân sách tăng"}),
    ("Dư nợ đạt 120 tỷ đồng, tăng 10%, nợ xấu giảm 0,5%.", {"120 tỷ đồng, tăng 10%": "Dư nợ", "0,5%": "Nợ xấu giảm"}),
])
def test_two_changes_of_two_named_things_are_two_rows(body, expected):
    check(body, expected)


def test_near_miss_the_same_change_in_other_words_stays_one_row():
    assert rows("Vốn vay tăng 12%, tương đương tăng 3%.") == {"12%, tương đương tăng 3%": "Vốn vay tăng"}
    assert "33 vụ vi phạm trật tự xây dựng, tăng 8 vụ" in rows("Trong quý xảy ra 33 vụ vi phạm trật tự xây dựng, "
                                                               "tăng 8 vụ.")


# a word left before a quote the subject drops is dropped too ("… về “")
@pytest.mark.parametrize("body, value, subject", [
    ("Huyện tập trung thực hiện các khâu đột phá về “50% các tuyến đường giao thông được trồng hoa và cây xanh”.",
     "50%", "Huyện tập trung thực hiện các khâu đột phá"),
    ("Chi bộ phấn đấu thực hiện phong trào về “80% hộ dân có vườn mẫu”.", "80%", "Chi bộ phấn đấu thực hiện phong trào"),
    ("Xã triển khai mô hình về “90% hộ dân phân loại rác tại nguồn”.", "90%", "Xã triển khai mô hình"),
])
def test_a_word_before_a_dropped_quote_is_dropped(body, value, subject):
    check(body, {value: subject})


def test_near_miss_a_verb_ending_a_subject_without_a_quote_stays():
    check("Tuy nhiên, còn 2 chỉ tiêu chưa đạt so với Nghị quyết đề ra.", {"còn 2 chỉ tiêu": "Chỉ tiêu chưa đạt"})
    check("Cây nghệ đỏ 18/15ha, thu về 367 tấn, tăng 20% so với kế hoạch.",
          {"367 tấn, tăng 20% so với kế hoạch": "Thu về"})
