"""Shapes of the second readable dev set (tests/dev2_quantities) in sentences of our own:
what was settled against what was received, a subset named by its whole's noun after ";",
each with near-misses that must stay silent."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def found(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.value) for f in analyze(text).findings if f.code == code]


# --- settled ≤ received -------------------------------------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("Trong kỳ tiếp nhận 5 đơn, trong đó 3 đơn tố cáo, 2 đơn phản ánh. Đã giải quyết xong 6 đơn.", "6 đơn"),
    ("Năm 2025, Ủy ban Kiểm tra tiếp nhận 12 đơn thư; đã giải quyết 14 đơn thư, còn 1 đơn đang xác minh.", "14 đơn"),
    ("Trong quý tiếp nhận 7 đơn (không có đơn tồn kỳ trước chuyển sang). Đã giải quyết xong 9 đơn.", "9 đơn"),
])
def test_settled_more_than_received_is_a_warning(text, part):
    assert [(t[:len(part)], s) for t, s in found(text, "part-exceeds-whole")] == [(part, "warning")]


@pytest.mark.parametrize("text", [
    "Bộ phận một cửa tiếp nhận 320 hồ sơ, giải quyết đúng hạn 298 hồ sơ.",
    "Tiếp nhận 8 đơn, cùng 3 đơn tồn năm trước chuyển sang; đã giải quyết 10 đơn.",
    "Trong năm tiếp nhận 5 đơn; giải quyết 6 đơn (có 1 đơn của năm 2024).",
    "Tiếp nhận 5 đơn. Giải quyết 6 vụ việc tranh chấp đất đai bằng hòa giải.",
    "Tiếp nhận 4 đơn trong quý; lũy kế 6 tháng đã giải quyết 9 đơn.",
])
def test_settled_near_misses(text):
    assert found(text, "part-exceeds-whole") == []


# --- "trong số <the whole's noun>" after a semicolon -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chi bộ kết nạp 9 đảng viên; trong số đảng viên mới có 11 đồng chí nữ.",
    "Đã kiểm tra 12 chi bộ; trong số chi bộ được kiểm tra có 14 chi bộ thực hiện tốt.",
    "Năm qua kết nạp 6 đảng viên; trong số đảng viên mới kết nạp, có 8 đồng chí là đoàn viên.",
])
def test_subset_named_after_a_semicolon_exceeding_its_whole(text):
    assert [s for _, s in found(text, "part-exceeds-whole")] == ["warning"]


@pytest.mark.parametrize("text", [
    "Chi bộ kết nạp 9 đảng viên; trong số đảng viên mới có 4 đồng chí nữ.",
    "Kết nạp 9 đảng viên mới; trong số đảng viên toàn Đảng bộ có 120 đồng chí là nữ.",
    "Đã kiểm tra 12 chi bộ; trong số chi bộ được kiểm tra có 10 chi bộ thực hiện tốt.",
])
def test_subset_named_after_a_semicolon_near_misses(text):
    assert found(text, "part-exceeds-whole") == []


# --- the same quantity stated twice ----------------------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # the later figure agrees with its own percentage: the earlier one is marked
    ("Hội nghị ghi nhận 11 tháng qua toàn Đảng bộ kết nạp 38 đảng viên.\nVề công tác xây dựng Đảng, Đảng bộ kết "
     "nạp 36 đảng viên mới, đạt 90% chỉ tiêu năm (40 đảng viên).", "38"),
    ("Năm 2025 chi bộ kết nạp 5 đảng viên.\nVề phát triển đảng, chi bộ kết nạp 4 đảng viên mới, đạt 80% chỉ tiêu "
     "(5 đảng viên).", "5 đảng viên."),
    # the earlier one agrees with its percentage: the later one is marked, as before
    ("Kết nạp 23 đảng viên mới, đạt 76,7% chỉ tiêu năm (30 đảng viên).\nTính đến 30/9, toàn Đảng bộ đã kết nạp "
     "được 26 đảng viên mới.", "26"),
])
def test_figure_inconsistent_marks_the_mention_its_share_does_not_support(text, flagged):
    hits = [f for f in analyze(text).findings if f.code == "figure-inconsistent"]
    assert [f.start for f in hits] == [text.index(flagged)]


@pytest.mark.parametrize("text", [
    # one of the members exempted attended: another group than those exempted
    "Có mặt: 27 đồng chí; 01 đ/c miễn sinh hoạt vẫn đến dự.\nVắng 07 đồng chí, gồm: 04 đ/c miễn sinh hoạt; "
    "vắng có lý do 03 đ/c.",
    "Có mặt 20 đồng chí, trong đó 02 đồng chí miễn sinh hoạt có tham dự.\nSố đảng viên được miễn sinh hoạt: 05 "
    "đồng chí.",
    # a named subject is another body's figure
    "Toàn Đảng bộ kết nạp được 120 đảng viên mới.\nToàn Đảng bộ phường Tân An đã kết nạp được 25 đảng viên mới.",
])
def test_figure_inconsistent_near_misses(text):
    assert not [f for f in analyze(text).findings if f.code == "figure-inconsistent"]


# --- breakdowns ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, whole", [
    # levels of five words each ("hoàn thành xuất sắc nhiệm vụ 4") after ";"
    ("Xếp loại 19 chi bộ: hoàn thành xuất sắc nhiệm vụ 4; hoàn thành tốt nhiệm vụ 11; hoàn thành nhiệm vụ 3; "
     "không hoàn thành nhiệm vụ 0.", "19"),
    ("Kết quả xếp loại 26 đảng viên: hoàn thành xuất sắc nhiệm vụ 5; hoàn thành tốt nhiệm vụ 17; hoàn thành nhiệm "
     "vụ 2.", "26"),
    # a difference of all the half units together is an error (rounding half up stays under it)
    ("Tổng số vốn huy động: 3,2 tỷ đồng, gồm: ngân sách 1,5 tỷ đồng; doanh nghiệp 0,9 tỷ đồng; nhân dân đóng góp "
     "0,6 tỷ đồng.", "3,2"),
])
def test_breakdowns_that_do_not_add_up(text, whole):
    assert [t.split()[0] for t, _ in found(text, "sum-mismatch")] == [whole]


@pytest.mark.parametrize("text", [
    "Xếp loại 19 chi bộ: hoàn thành xuất sắc nhiệm vụ 4; hoàn thành tốt nhiệm vụ 12; hoàn thành nhiệm vụ 3; "
    "không hoàn thành nhiệm vụ 0.",
    "Tổng số vốn huy động: 3,1 tỷ đồng, gồm: ngân sách 1,5 tỷ đồng; doanh nghiệp 0,9 tỷ đồng; nhân dân đóng góp "
    "0,6 tỷ đồng.",
    "Tổng vốn 3 tỷ đồng, gồm vốn tỉnh 1,5 tỷ đồng, vốn xã 0,9 tỷ đồng và nhân dân 0,6 tỷ đồng.",
])
def test_breakdowns_that_add_up(text):
    assert found(text, "sum-mismatch") == []


# --- shares ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # two amounts written as a fraction, then the rate
    ("Giải ngân vốn dự án: 27,34 tỷ đồng/41,6 tỷ đồng kế hoạch năm, tỷ lệ 63,1%.", "63,1"),
    ("Thu ngân sách 12,5 tỷ đồng/15 tỷ đồng dự toán, đạt 80,3%.", "80,3"),
    ("Đã chi 320 triệu đồng/400 triệu đồng được phân bổ, bằng 75%.", "75%"),
    # counts of one noun, each with its own words
    ("Tiếp nhận 64 đơn vị máu/80 đơn vị đăng ký, đạt 85%.", "85%"),
    ("Đã tập huấn 45 học viên khóa 1/60 học viên đăng ký, đạt 70%.", "70%"),
    # a noun counted by its classifier ("học sinh" … "em")
    ("Trường có 642 học sinh. Kết quả khảo sát: học sinh đạt mức khá, giỏi 389 em, chiếm 61,2%.", "61,2%"),
])
def test_shares_caught(text, flagged):
    assert any(t.startswith(flagged.rstrip("%")) for t, _ in found(text, "percent-mismatch"))


@pytest.mark.parametrize("text", [
    "Giải ngân vốn dự án: 27,34 tỷ đồng/41,6 tỷ đồng kế hoạch năm, tỷ lệ 65,7%.",
    "Thu ngân sách 12,5 tỷ đồng/15 tỷ đồng dự toán, đạt 83,3%.",
    "Trường có 642 học sinh. Kết quả khảo sát: học sinh đạt mức khá, giỏi 389 em, chiếm 60,6%.",
    "Giá 1,2 triệu đồng/1 tấn, tăng 5%.",
    "Tiếp nhận 64 đơn vị máu/80 đơn vị đăng ký, đạt 80%.",
    "Ngày 19/5 có 120 đoàn viên tham gia, đạt 80% kế hoạch.",
])
def test_shares_silent(text):
    assert found(text, "percent-mismatch") == []


@pytest.mark.parametrize("text, flagged", [
    # levels with their shares opened by "(chiếm …", the total after them
    ("Kết quả xếp loại: 24 chi bộ hoàn thành tốt nhiệm vụ (chiếm 62,9%), 10 chi bộ hoàn thành nhiệm vụ (27%), "
     "3 chi bộ không hoàn thành nhiệm vụ (8,1%). Tổng số 37 chi bộ.", "62,9%"),
    ("Xếp loại đảng viên: 8 đồng chí hoàn thành xuất sắc nhiệm vụ (chiếm 20%), 28 đồng chí hoàn thành tốt nhiệm vụ "
     "(chiếm 70%), 4 đồng chí hoàn thành nhiệm vụ (chiếm 12,5%).", "12,5%"),
])
def test_level_shares_opened_by_chiem(text, flagged):
    assert any(t == flagged for t, _ in found(text, "percent-mismatch"))


@pytest.mark.parametrize("text", [
    "Kết quả xếp loại: 24 chi bộ hoàn thành tốt nhiệm vụ (chiếm 64,9%), 10 chi bộ hoàn thành nhiệm vụ (27%), "
    "3 chi bộ không hoàn thành nhiệm vụ (8,1%). Tổng số 37 chi bộ.",
    "Xếp loại đảng viên: 8 đồng chí hoàn thành xuất sắc nhiệm vụ (chiếm 20%), 28 đồng chí hoàn thành tốt nhiệm vụ "
    "(chiếm 70%), 4 đồng chí hoàn thành nhiệm vụ (chiếm 10%).",
])
def test_level_shares_opened_by_chiem_silent(text):
    assert found(text, "percent-mismatch") == []


@pytest.mark.parametrize("text, severity", [
    # after a colon, the whole's noun counted by its classifier lists it
    ("Trong năm phát triển được 14 đảng viên mới: chi bộ thôn 7 đồng chí, chi bộ trường học 5 đồng chí, chi bộ cơ "
     "quan 1 đồng chí.", "warning"),
    ("Năm 2025 kết nạp 12 đảng viên: khối xã 6 đồng chí, khối trường học 5 đồng chí, khối doanh nghiệp 3 đồng chí.",
     "error"),
])
def test_colon_list_counted_by_the_classifier(text, severity):
    assert [s for _, s in found(text, "sum-mismatch")] == [severity]


@pytest.mark.parametrize("text", [
    "Trong năm phát triển được 14 đảng viên mới: chi bộ thôn 7 đồng chí, chi bộ trường học 5 đồng chí, chi bộ cơ "
    "quan 2 đồng chí.",
    "Kết nạp 14 đảng viên mới: 7 đồng chí nữ, 5 đồng chí là đoàn viên thanh niên.",
    "Chi bộ có 30 đảng viên: 12 đồng chí là cán bộ hưu trí, 8 đồng chí là cựu chiến binh.",
    "Kết nạp 14 đảng viên mới: 9 đồng chí dưới 30 tuổi, 6 đồng chí người dân tộc thiểu số.",
])
def test_colon_list_counted_by_the_classifier_silent(text):
    assert found(text, "sum-mismatch") == []


@pytest.mark.parametrize("text, flagged", [
    # a member count after a date opener ("Tính đến ngày …, Đảng bộ xã có …") is the body's total
    ("Tính đến ngày 30/9/2025, Đảng bộ xã có 1.128 đảng viên (1.079 chính thức, 49 dự bị).\n"
     "Tổng số đảng viên toàn Đảng bộ: 1.182 đảng viên; trong đó 41 đồng chí được miễn sinh hoạt đảng.", "1.182"),
    ("Đến nay, Chi bộ có 45 đảng viên.\nTổng số đảng viên của chi bộ là 47 đồng chí.", "47"),
])
def test_member_total_after_a_date_opener(text, flagged):
    assert [t for t, _ in found(text, "figure-inconsistent")] == [flagged]


@pytest.mark.parametrize("text", [
    # two dates, two quantities
    "Tính đến 31/12/2024, Đảng bộ có 685 đảng viên.\nTính đến 30/6/2025, Đảng bộ có 691 đảng viên.",
    "Đến ngày 31/3, Chi bộ có 45 đảng viên.\nĐến ngày 30/9, Chi bộ có 47 đảng viên.",
    "Tính đến ngày 30/9/2025, Đảng bộ xã có 1.128 đảng viên.\nTổng số đảng viên toàn Đảng bộ: 1.128 đảng viên.",
])
def test_member_total_after_a_date_opener_silent(text):
    assert found(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text, flagged", [
    # a last item for the rest ("… khác", "còn lại") makes a "trong đó" list all of its whole
    ("Kiểm tra 20 đảng viên, trong đó cấp ủy viên 8 đồng chí, các trường hợp còn lại 13 đồng chí.", "20"),
    ("Kiểm tra 20 đảng viên, trong đó: cấp ủy viên 8 đồng chí, công chức 9 đồng chí, đảng viên khác 4 đồng chí.",
     "20"),
])
def test_a_list_closed_by_the_rest(text, flagged):
    assert [t.split()[0] for t, _ in found(text, "sum-mismatch")] == [flagged]


@pytest.mark.parametrize("text", [
    "Kiểm tra 21 đảng viên, trong đó: cấp ủy viên 8 đồng chí, công chức 9 đồng chí, đảng viên khác 4 đồng chí.",
    "Kiểm tra 21 đảng viên, trong đó cấp ủy viên 8 đồng chí, các trường hợp còn lại 13 đồng chí.",
    "Có 30 đảng viên, trong đó 12 đồng chí nữ, 5 đồng chí người dân tộc thiểu số.",
])
def test_a_list_closed_by_the_rest_silent(text):
    assert found(text, "sum-mismatch") == []


@pytest.mark.parametrize("text", [
    # "Các <the whole's noun>, trong đó có N": the subset of the count stated before
    "Chi bộ đã kết nạp 6 đảng viên mới. Các đảng viên mới, trong đó có 8 đồng chí là đoàn viên, đều được phân công "
    "nhiệm vụ.",
    "Năm qua kết nạp 10 đảng viên. Số đảng viên mới, trong đó 12 đồng chí là nữ, đã được bồi dưỡng lý luận.",
    "Đã kiểm tra 9 chi bộ. Những chi bộ được kiểm tra, trong đó có 11 chi bộ thôn, đều chấp hành tốt.",
])
def test_subset_of_a_noun_named_before(text):
    assert [s for _, s in found(text, "part-exceeds-whole")] == ["warning"]


@pytest.mark.parametrize("text", [
    "Chi bộ đã kết nạp 6 đảng viên mới. Các đảng viên mới, trong đó có 4 đồng chí là đoàn viên, đều được phân công "
    "nhiệm vụ.",
    "Chi bộ đã kết nạp 6 đảng viên mới. Các đoàn viên của xã, trong đó có 40 đồng chí là nữ, tham gia tích cực.",
    "Đã kiểm tra 9 chi bộ. Các đảng viên được kiểm tra, trong đó có 12 đồng chí là cấp ủy viên, đều chấp hành tốt.",
])
def test_subset_of_a_noun_named_before_silent(text):
    assert found(text, "part-exceeds-whole") == []


@pytest.mark.parametrize("text, flagged", [
    # a change, then its two levels after a comma
    ("Số hộ nghèo giảm 12 hộ, từ 58 hộ đầu năm xuống còn 45 hộ cuối năm.", "12"),
    ("Số đảng viên tăng thêm 18 đồng chí, từ 1.210 đồng chí lên 1.226 đồng chí.", "18"),
    # a level reached ("đạt"), its change and the level compared with in brackets
    ("Thu ngân sách năm 2025 đạt 18,6 tỷ đồng, tăng 2,4 tỷ đồng so với năm 2024 (16,4 tỷ đồng).", "2,4 tỷ đồng"),
])
def test_a_change_beside_its_two_levels(text, flagged):
    assert [t for t, _ in found(text, "derived-mismatch")] == [flagged]


@pytest.mark.parametrize("text", [
    "Số hộ nghèo giảm 13 hộ, từ 58 hộ đầu năm xuống còn 45 hộ cuối năm.",
    "Thu ngân sách năm 2025 đạt 18,6 tỷ đồng, tăng 2,2 tỷ đồng so với năm 2024 (16,4 tỷ đồng).",
    "Thu ngân sách năm 2025 đạt 18,6 tỷ đồng, tăng 13,4% so với năm 2024 (16,4 tỷ đồng).",
])
def test_a_change_beside_its_two_levels_silent(text):
    assert found(text, "derived-mismatch") == []


@pytest.mark.parametrize("text, code", [
    # "A trên B <noun>": a part over its whole in words
    ("Có 12 trên 15 chi bộ tổ chức sinh hoạt chuyên đề, đạt tỷ lệ 85%.", "percent-mismatch"),
    ("Đã có 9 trên 12 thôn hoàn thành, chiếm 70%.", "percent-mismatch"),
    ("Có 17 trên 15 chi bộ tổ chức sinh hoạt chuyên đề.", "part-exceeds-whole"),
])
def test_over_in_words(text, code):
    assert found(text, code)


@pytest.mark.parametrize("text", [
    "Có 12 trên 15 chi bộ tổ chức sinh hoạt chuyên đề, đạt tỷ lệ 80%.",
    "Xã xếp thứ 3 trên 15 đơn vị của huyện.",
    "Điểm đánh giá đạt 8 trên 10 điểm.",
])
def test_over_in_words_silent(text):
    assert not [f for f in analyze(text).findings if f.code in ("percent-mismatch", "part-exceeds-whole")]


@pytest.mark.parametrize("text, flagged", [
    ("Hội nghị đã bầu bổ sung 2 đồng chí vào Ban Chấp hành Đảng bộ.\nCác đồng chí được bầu bổ sung gồm 3 đồng chí: "
     "Nguyễn Văn An, Lê Văn Bình và Trần Thị Cúc.", "3"),
    ("Đại hội đã bầu bổ sung 1 đồng chí vào Ban Chấp hành.\nThay mặt các đồng chí được bầu bổ sung gồm 2 đồng chí, "
     "đồng chí Lê Văn Hòa phát biểu.", "2"),
])
def test_event_count_restated_after_gom(text, flagged):
    assert [t for t, _ in found(text, "figure-inconsistent")] == [flagged]


def test_event_count_restated_after_gom_silent():
    text = ("Hội nghị đã bầu bổ sung 3 đồng chí vào Ban Chấp hành Đảng bộ.\nCác đồng chí được bầu bổ sung gồm 3 đồng "
            "chí: Nguyễn Văn An, Lê Văn Bình và Trần Thị Cúc.")
    assert found(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text, flagged", [
    # the period named picks the whole among the counts of the line before; a bullet may open the line
    ("- Quý III kết nạp 14 đảng viên mới; lũy kế 9 tháng kết nạp 31 đảng viên, đạt 77,5% chỉ tiêu năm (40 đảng viên)."
     "\n- Trong số đảng viên mới kết nạp trong quý có 17 đồng chí là nữ, 6 đồng chí là đoàn viên thanh niên.", "17"),
    ("Trong tháng kết nạp 3 đảng viên; lũy kế cả năm kết nạp 20 đảng viên.\nTrong số đảng viên kết nạp trong tháng có "
     "4 đồng chí là nữ.", "4"),
])
def test_in_those_of_the_period_named(text, flagged):
    assert [t.split()[0] for t, _ in found(text, "part-exceeds-whole")] == [flagged]


@pytest.mark.parametrize("text", [
    "- Quý III kết nạp 14 đảng viên mới; lũy kế 9 tháng kết nạp 31 đảng viên.\n- Trong số đảng viên mới kết nạp "
    "trong quý có 9 đồng chí là nữ.",
    "- Quý III kết nạp 14 đảng viên mới; lũy kế 9 tháng kết nạp 31 đảng viên.\n- Trong số đảng viên mới kết nạp "
    "có 17 đồng chí là nữ.",
])
def test_in_those_of_the_period_named_silent(text):
    assert found(text, "part-exceeds-whole") == []
