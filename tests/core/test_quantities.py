"""The quantity layer itself (minutes_app/core/quantities): numbers, noun heads and classes,
roles, not-a-quantity shapes, clauses and relations - at least three sentences per shape."""

import json

import pytest

from minutes_app.core.detectors import detect_paragraph
from minutes_app.core.engine import analyze
from minutes_app.core.quantities import head_of, read_paragraph, split_clauses
from minutes_app.core.reading import Reading


def layer(text):
    reading = Reading(text)
    return read_paragraph(reading, detect_paragraph(reading))


def quantities(text):
    return [(q.text, q.kind, q.value) for q in layer(text).quantities]


def relations(text, kind):
    return [r for r in layer(text).relations if r.kind == kind]


# --- numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Đảng bộ có 2.465 đảng viên.", ("2.465", "count", 2465.0)),
    ("Tỷ lệ đạt 77,5%.", ("77,5%", "percent", 77.5)),
    ("Tổng thu 1.187,93 tỷ đồng.", ("1.187,93 tỷ đồng", "money", 1187.93e9)),
    ("Tỷ lệ hộ nghèo còn 0,68% hộ.", ("0,68%", "percent", 0.68)),
    ("Có 01 đồng chí vắng mặt.", ("01", "count", 1.0)),
    ("Văn phòng và hai ban là ba cơ quan tham mưu.", ("ba", "count", 3.0)),
])
def test_numbers_in_vietnamese_forms(text, expected):
    assert expected in quantities(text)


def test_printed_precision_is_kept():
    found = layer("Có 62/80 tổ chức, đạt 77,50%.").quantities
    assert [q.decimals for q in found if q.kind == "percent"] == [2]


# --- noun heads and classes -------------------------------------------------------------

@pytest.mark.parametrize("unit, head, noun_class", [
    ("đảng viên mới", "đảng viên", "person"),
    ("đồng chí là nữ", "đồng chí", "person"),
    ("đại biểu chính thức", "đại biểu", "person"),
    ("hộ nghèo", "hộ nghèo", "household"),
    ("hộ gia đình", "hộ gia đình", "household"),
    ("TCCS đảng", "tccs đảng", "organisation"),
    ("chi bộ trực thuộc", "chi bộ trực thuộc", "organisation"),
    ("chỉ tiêu chủ yếu", "chỉ tiêu", "item"),
    ("mô hình mới", "mô hình", "item"),
    ("ha lúa", "ha", "area"),
    ("tấn thóc", "tấn", "mass"),
    ("tháng đầu năm", "tháng", "time"),
])
def test_noun_heads_from_one_resource(unit, head, noun_class):
    assert head_of(unit)[:2] == (head, noun_class)


def test_a_household_is_not_a_person():
    hộ, người = layer("Xã có 120 hộ và 450 người.").quantities
    assert not hộ.compatible(người)
    chi_bộ, tccs = layer("Có 12 chi bộ và 3 TCCS đảng.").quantities
    assert chi_bộ.compatible(tccs)  # both organisations (TCCS đảng ⊂ tổ chức)
    đảng_viên, đồng_chí = layer("Có 12 đảng viên và 3 đồng chí.").quantities
    assert đảng_viên.compatible(đồng_chí) and đảng_viên.broader == "người"


# --- roles --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, role", [
    ("Toàn Đảng bộ có 420 chi bộ.", "420", "whole"),
    ("Tổng số 27 đảng viên dự họp.", "27", "whole"),
    ("Xã có 1.250 hộ dân.", "1.250", "whole"),
    ("Kết nạp 52 đảng viên trên chỉ tiêu 60.", "60", "plan"),
    ("Thu ngân sách, kế hoạch 1.200 triệu đồng.", "1.200 triệu đồng", "plan"),
    ("Giải ngân bằng 41,5% kế hoạch vốn năm 2024 (648,2 tỷ đồng).", "648,2 tỷ đồng", "plan"),
    ("Thực hiện 1.254 triệu đồng trong năm.", "1.254 triệu đồng", "result"),
    ("Năm nay kết nạp 26 đảng viên mới.", "26", "result"),
    ("Số hộ nghèo 35 hộ, chiếm 1,4%.", "1,4%", "share"),
    ("Có 62/80 tổ chức (đạt 77,5%).", "77,5%", "share"),
    ("Thu ngân sách tăng 12% so với năm trước.", "12%", None),
    ("Tỷ lệ hộ nghèo giảm còn 1,9%.", "1,9%", None),
])
def test_roles_from_cue_words(text, number, role):
    assert {q.text: q.role for q in layer(text).quantities}[number] == role


# --- not a quantity ---------------------------------------------------------------------

NOT_QUANTITIES = [
    # clock times
    ("Hội nghị bắt đầu lúc 8 giờ 30 phút.", "8", "clock time"),
    ("Phiên họp khai mạc vào 14 giờ.", "14", "clock time"),
    ("Buổi làm việc kết thúc lúc 11 giờ.", "11", "clock time"),
    # durations and periods
    ("9 tháng đầu năm, thu ngân sách tăng.", "9", "duration or period"),
    ("6 tháng cuối năm tập trung chỉ đạo.", "6", "duration or period"),
    ("Cuộc họp kéo dài 3 giờ.", "3", "duration or period"),
    ("Trong quý III, chi bộ họp 3 lần.", "quý III", "period"),
    # dates, "đợt 19/5" and date ranges
    ("Ngày 19/5, chi bộ dâng hương.", "19/5", "date"),
    ("Trong đợt 19/5 có 45 đảng viên tham gia.", "19/5", "date"),
    ("Sáng 21/6, kỳ họp bế mạc.", "21/6", "date"),
    ("Hội nghị diễn ra ngày 14-15/5.", "15/5", "date range"),
    ("Từ 30/5-7/6 tổ chức kiểm tra.", "7/6", "date range"),
    ("Trong hai ngày 21- 22/4, Ủy ban họp.", "22/4", "date range"),
    # years and terms
    ("Năm 2025 kết nạp 12 đảng viên.", "2025", "year"),
    ("Nhiệm kỳ 2020-2025 đạt kết quả tốt.", "2020-2025", "period"),
    ("Kế hoạch năm 2024 đã hoàn thành.", "2024", "year"),
    # anniversaries
    ("Kỷ niệm 95 năm Ngày thành lập Đảng.", "95", "duration or period"),
    ("Chào mừng 80 năm Cách mạng Tháng Tám.", "80", "duration or period"),
    ("Trao Huy hiệu 40 năm tuổi Đảng.", "40", "duration or period"),
    # ordinals and identifiers
    ("Đại hội lần thứ 9 của Đảng bộ.", "9", "ordinal or identifier"),
    ("Hội nghị Trung ương 6 khóa XII.", "6", "identifier"),
    ("Kỳ họp thứ 7 Hội đồng nhân dân xã.", "7", "ordinal or identifier"),
    # document numbers
    ("Thực hiện Nghị quyết số 15-NQ/TU của Tỉnh ủy.", "15-NQ/TU", "document number"),
    ("Theo Kế hoạch số 120/KH-UBND của Ủy ban.", "120/KH-UBND", "document number"),
    ("Căn cứ Quy định 24-QĐ/TW về thi hành Điều lệ.", "24-QĐ/TW", "document number"),
    # numbers in an upper-case title line
    ("BÁO CÁO KẾT QUẢ THÁNG 10 NĂM 2025", "10", "title line"),
    ("KẾT NẠP 25 ĐẢNG VIÊN MỚI", "25", "title line"),
    ("QUÝ III NĂM 2024 CÓ 12 CHI BỘ", "12", "title line"),
]


@pytest.mark.parametrize("text, number, reason", NOT_QUANTITIES)
def test_not_a_quantity(text, number, reason):
    read = layer(text)
    assert (number, reason) in [(n.text, n.reason) for n in read.not_quantities]
    assert number not in [q.text for q in read.quantities]


@pytest.mark.parametrize("text, ratio", [
    ("- 212/212 hộ đăng ký danh hiệu gia đình văn hóa.", "212/212"),
    ("– 62/80 tổ chức được kiểm tra.", "62/80"),
    ("+ 18/20 đảng viên dự sinh hoạt đầy đủ.", "18/20"),
])
def test_a_bullets_dash_does_not_make_a_ratio_a_date_range(text, ratio):
    assert ratio in [q.text for q in layer(text).quantities]


@pytest.mark.parametrize("text", [
    "Tổ 5 và Khu phố 3 có nhiều hộ.",
    "Phiên họp khai mạc lúc 14h30.",
    "Đồng chí Nguyễn Văn An, Bí thư Chi bộ 4, phát biểu.",
])
def test_identifiers_are_not_read_as_counts(text):
    assert layer(text).quantities == ()


# --- clauses ------------------------------------------------------------------------------

def test_clauses_cut_at_semicolon_and_colon_outside_brackets():
    text = "Kết quả: tán thành 40 (gồm: 30 chính thức; 10 dự bị); không tán thành 2. Câu sau."
    spans = [text[c.start:c.end].strip() for c in split_clauses(Reading(text))]
    assert spans == ["Kết quả", "tán thành 40 (gồm: 30 chính thức; 10 dự bị)", "không tán thành 2.", "Câu sau."]


# --- relations ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, whole, part, percent, explicit", [
    ("Có 62/80 tổ chức (đạt 77,5%).", "62/80", "62/80", "77,5%", True),
    ("Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 91,7%.",
     "420", "385", "91,7%", False),
    ("Xã có 12 thôn. Đến nay 9 thôn đạt chuẩn, chiếm 75%.", "12", "9", "75%", False),
    ("Xếp loại 80 đảng viên: hoàn thành xuất sắc 12 (15%), tốt 55 (68,8%).", "80", "12", "15%", True),
    ("Trong tổng số 2.115 đảng viên, có 1.874 đảng viên hoàn thành tốt nhiệm vụ, đạt 88,6%.",
     "2.115", "1.874", "88,6%", True),
])
def test_share_of(text, whole, part, percent, explicit):
    shares = [(r.whole.text, r.parts[0].text, r.share.text, r.explicit) for r in relations(text, "share-of")]
    assert (whole, part, percent, explicit) in shares


@pytest.mark.parametrize("text, plan, result, percent", [
    ("Kết nạp 52 đảng viên trên chỉ tiêu 60, đạt 86,7%.", "60", "52", "86,7%"),
    ("Chỉ tiêu 1.200 triệu đồng; thực hiện 1.254 triệu đồng, đạt 104,5%.", "1.200 triệu đồng",
     "1.254 triệu đồng", "104,5%"),
    ("Kết nạp 45 đảng viên mới, đạt 112,5% chỉ tiêu (chỉ tiêu 40 đảng viên).", "40", "45", "112,5%"),
    ("Giải ngân 287,4 tỷ đồng, bằng 44,3% kế hoạch vốn năm 2024 (648,2 tỷ đồng).", "648,2 tỷ đồng",
     "287,4 tỷ đồng", "44,3%"),
])
def test_result_vs_plan_in_every_order(text, plan, result, percent):
    found = [(r.whole.text, r.parts[0].text, r.share.text) for r in relations(text, "result-vs-plan")]
    assert found == [(plan, result, percent)]


def test_plan_inside_a_ratio_is_a_share_of_the_ratio():
    found = relations("Sản lượng đạt 97% kế hoạch năm (3.880/4.000 tấn).", "share-of")
    assert [(r.whole.text, r.share.text) for r in found] == [("3.880/4.000", "97%")]


@pytest.mark.parametrize("text, whole, parts", [
    ("Khen thưởng 48 tập thể (12 chi bộ và 35 tổ dân phố).", "48", ["12", "35"]),
    ("Thi hành kỷ luật 15 đảng viên. Trong đó: khiển trách 9, cảnh cáo 4, cách chức 1.", "15", ["9", "4", "1"]),
    ("Tổng số 27 đảng viên, gồm 24 đảng viên chính thức và 3 đảng viên dự bị.", "27", ["24", "3"]),
    ("Tổng vốn 45,6 tỷ đồng, chia ra: ngân sách 30,2 tỷ đồng, vốn huy động 15,4 tỷ đồng.", "45,6 tỷ đồng",
     ["30,2 tỷ đồng", "15,4 tỷ đồng"]),
    ("Xếp loại 80 đảng viên: hoàn thành xuất sắc 12, hoàn thành tốt 55, hoàn thành 11, không hoàn thành 2.",
     "80", ["12", "55", "11", "2"]),
])
def test_exhaustive_breakdowns(text, whole, parts):
    found = [(r.whole.text, [p.text for p in r.parts]) for r in relations(text, "sum-of") if r.exhaustive]
    assert found == [(whole, parts)]


@pytest.mark.parametrize("text", [
    "Kết nạp 52 đảng viên, trong đó 18 nữ, 7 người dân tộc thiểu số, 30 đoàn viên.",
    "Kết quả, 44 đảng viên bị kỷ luật, trong đó có 2 đảng ủy viên, 1 chi ủy viên, còn lại là đảng viên.",
    "Có 50 đảng viên, trong đó 12 đồng chí nữ, 5 đồng chí dân tộc thiểu số.",
])
def test_subsets_by_a_property_are_never_summed(text):
    assert relations(text, "sum-of") == []


def test_trong_do_list_of_kinds_is_a_partial_sum():
    found = relations("Xã có 24 chi bộ, trong đó có 13 chi bộ ấp, 6 chi bộ trường học và 4 chi bộ cơ quan.", "sum-of")
    assert [(r.whole.text, r.exhaustive) for r in found] == [("24", False)]


@pytest.mark.parametrize("text, whole, part", [
    ("Trong năm kết nạp 9 đảng viên mới; trong đó 11 đồng chí là nữ.", "9", "11"),
    ("Đã tiêm phòng cho 5.130 con trên tổng đàn 4.870 con.", "4.870", "5.130"),
    ("Trong tổng số 289 đảng viên được đánh giá, có 298 đảng viên hoàn thành tốt nhiệm vụ.", "289", "298"),
])
def test_part_of_across_clauses(text, whole, part):
    found = [(r.whole.text, r.parts[0].text) for r in relations(text, "part-of")]
    assert (whole, part) in found


def test_relations_keep_the_offsets_of_their_cues():
    text = "Tổng số 27 đảng viên, gồm 24 đảng viên chính thức và 3 đảng viên dự bị."
    (relation,) = relations(text, "sum-of")
    assert [text[c.start:c.end] for c in relation.cues] == ["gồm"]


# --- findings carry related spans --------------------------------------------------------

def test_findings_name_their_related_spans_in_json():
    text = "Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 385 chi bộ hoàn thành tốt nhiệm vụ, đạt 92,7%."
    (finding,) = [f for f in analyze(text).findings if f.code == "percent-mismatch"]
    assert finding.severity.value == "warning" and "420 chi bộ" in finding.message
    record = json.loads(json.dumps(finding.to_json()))
    spans = {(text[r["start"]:r["end"]], r["role"]) for r in record["related"]}
    assert ("420 chi bộ", "whole") in spans and ("385 chi bộ", "part") in spans


def test_related_spans_follow_the_paragraph_offset():
    text = "Dòng đầu.\nKhen thưởng 48 tập thể (12 chi bộ và 35 tổ dân phố)."
    (finding,) = [f for f in analyze(text).findings if f.code == "sum-mismatch"]
    assert [text[r.start:r.end] for r in finding.related if r.role == "part"] == ["12 chi bộ", "35 tổ dân phố"]


# --- the one list of a paragraph's numbers (attendance, votes, ballots take theirs here) ---

def _numbers(text):
    from minutes_app.core.quantities import number_tokens
    return number_tokens(Reading(text))


@pytest.mark.parametrize("text, printed, value, over", [
    ("Có mặt 16/18 đồng chí.", "16", 16.0, "18"),
    ("Có mặt 16 / 18 đảng viên chính thức.", "16", 16.0, "18"),
    ("Tổng số đảng viên: 2.465 đồng chí.", "2.465", 2465.0, None),
    ("Tỷ lệ đạt 77,5 % số hộ.", "77,5", 77.5, None),
    ("Vắng 01 đồng chí.", "01", 1.0, None),
])
def test_number_tokens_read_value_and_ratio(text, printed, value, over):
    numbers = _numbers(text)
    index, first = next((i, n) for i, n in enumerate(numbers) if n.text == printed)
    assert first.number.value == value
    after = first.over(numbers, index)
    assert (after.text if after else None) == over


@pytest.mark.parametrize("text, printed", [
    ("Ngày 12.5.2025 chi bộ họp.", "12.5.2025"),  # no Vietnamese number: a date
    ("Tiêm 1.2345 liều.", "1.2345"),
])
def test_number_tokens_keep_what_is_no_number_as_none(text, printed):
    assert next(n for n in _numbers(text) if n.text == printed).number is None


def test_number_tokens_know_what_touches_them():
    text = "Lúc 8 giờ, có mặt 12 đồng chí (80 %), F0 còn 3; họp lúc 14h30."
    numbers = {n.text: n for n in _numbers(text)}
    assert not numbers["8"].bare_ends(clock=True) and numbers["8"].bare_ends()
    assert numbers["12"].bare_ends(clock=True)
    assert not numbers["80"].bare_ends()  # a percentage
    assert numbers["30"].glued_before and numbers["14"].follower()[0] == "h"
    assert numbers["3"].follower()[:2] == (";", 0)
    assert numbers["0"].glued_before  # "F0"
    assert numbers["14"].glued_after  # "14h30"


# --- a bound or a change is not an amount -------------------------------------------------

@pytest.mark.parametrize("text, printed, modifier", [
    ("Có 4.325 doanh nghiệp có vốn dưới 10 tỷ đồng, chiếm 92,3%.", "10 tỷ đồng", "bound"),
    ("Mỗi chi bộ giới thiệu không quá 5 quần chúng ưu tú.", "5", "bound"),
    ("Số hộ được hỗ trợ tối thiểu 30 hộ mỗi năm.", "30", "bound"),
    ("Thu ngân sách tăng 7.135 tỷ đồng so với cùng kỳ.", "7.135 tỷ đồng", "change"),
    ("Số hộ nghèo giảm thêm 12 hộ trong năm.", "12", "change"),
    ("Số đảng viên tăng được 9 đồng chí.", "9", "change"),
])
def test_modifier_bound_or_change(text, printed, modifier):
    found = [q for q in layer(text).quantities if q.text.startswith(printed)]
    assert found and found[0].modifier == modifier
    cue = found[0].modifier_cue
    assert text[cue.start:cue.end] == cue.text


@pytest.mark.parametrize("text, printed", [
    ("Chi bộ kết nạp 9 đảng viên mới.", "9"),
    ("Thu ngân sách đạt 7.135 tỷ đồng.", "7.135 tỷ đồng"),
    ("Tổ dân phố có 120 hộ, trong đó 12 hộ nghèo.", "12"),
])
def test_modifier_none_for_a_plain_amount(text, printed):
    found = [q for q in layer(text).quantities if q.text.startswith(printed)]
    assert found and found[0].modifier is None


@pytest.mark.parametrize("text", [
    "Toàn tỉnh có 4.686 doanh nghiệp, trong đó 4.325 doanh nghiệp có vốn dưới 10 tỷ đồng, chiếm 92,3%.",
    "Tổng thu đạt 120 tỷ đồng, tăng 7 tỷ đồng, chiếm 6,2%.",
    "Xã có 500 hộ, trong đó 120 hộ nghèo, giảm 20 hộ so với năm trước, chiếm 24%.",
])
def test_share_is_not_measured_on_a_bound_or_a_change(text):
    assert not [f for f in analyze(text).findings if f.code == "percent-mismatch"]
