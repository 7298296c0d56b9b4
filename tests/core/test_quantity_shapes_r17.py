"""Round 14 (r17): real single-number slips, by mechanism (our own sentences, varied wording; never a real page's)."""

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import loud, loud_on

# A change opening its sentence with "So với …" measures the level of the sentence right before it, not any level of
# the paragraph before that: "giảm 4 người chết" is of "làm chết 22 người" of its own sentence pair, named by its words.
_ROAD = ("Quý III, toàn tỉnh xảy ra 42 vụ tai nạn giao thông, làm chết 25 người, bị thương 31 người. So với quý trước "
         "giảm 8 vụ (giảm 16%), giảm 5 người chết (giảm 16,67%). Riêng đường bộ xảy ra 39 vụ, làm chết 22 người, bị "
         "thương 30 người. So với quý trước giảm 6 vụ (giảm 13,33%), giảm 4 người chết (giảm {}%), giảm 2 người bị "
         "thương (giảm 6,25%).")
_FIRE = ("Năm 2025 cả huyện xảy ra 12 vụ cháy, làm chết 3 người, bị thương 9 người; thiệt hại ước 2,1 tỷ đồng. So với "
         "năm 2024 giảm 4 vụ (giảm 25%), giảm 1 người chết (giảm 25%). Khu vực thị trấn xảy ra 5 vụ, làm chết 2 người, "
         "bị thương 6 người. So với năm 2024, giảm 1 người chết (giảm {}%), tăng 2 người bị thương (tăng 50%).")
_WORK = ("Tháng 10 xảy ra 9 vụ tai nạn lao động, làm chết 2 người, bị thương 11 người. Lũy kế 10 tháng: xảy ra 60 vụ, "
         "làm chết 14 người, bị thương 70 người. So với cùng kỳ, giảm 4 người chết (giảm {}%) và tăng 7 người bị "
         "thương (tăng 11,11%).")


@pytest.mark.parametrize("template, right", [(_ROAD, "15,38"), (_FIRE, "33,33"), (_WORK, "22,22")])
def test_change_rate_of_the_sentence_right_before_stays_silent(template, right):
    assert loud(template.format(right), "derived-mismatch") == []


@pytest.mark.parametrize("template, wrong, base", [(_ROAD, "11,76", "từ 26 "), (_FIRE, "20", "từ 3 "),
                                                   (_WORK, "28,57", "từ 18 ")])
def test_change_rate_slip_names_the_base_of_the_sentence_before(template, wrong, base):
    text = template.format(wrong)
    found = loud_on(text, "derived-mismatch", wrong + "%)")
    assert found and base in found[-1].message


# A "trong đó" list that passes its whole, where all but one of its parts add up to the whole exactly: the odd one
# is a subset by another property told beside the split ("mới được công nhận lại"), not a slip. A list that passes
# its whole with no such part still is one.
SUBSET_BESIDE_SPLIT = [
    "Toàn huyện có 30 trường mầm non đạt chuẩn quốc gia. Trong đó có 4 trường vừa được công nhận lại trong năm; "
    "21 trường đạt chuẩn mức độ 1; 9 trường đạt chuẩn mức độ 2.",
    "Đảng bộ hiện có 26 chi bộ trực thuộc. Trong đó có 6 chi bộ mới thành lập sau sáp nhập; 18 chi bộ nông thôn; "
    "8 chi bộ cơ quan, trường học.",
    "Hội có 12 chi hội. Trong đó có 2 chi hội mới thành lập; 7 chi hội nông nghiệp; 5 chi hội ngành nghề.",
]
SPLIT_PASSES_WHOLE = [
    ("Đảng bộ hiện có 26 chi bộ trực thuộc. Trong đó có 18 chi bộ nông thôn; 6 chi bộ cơ quan; 3 chi bộ doanh "
     "nghiệp.", "26"),
    ("Hội có 12 chi hội. Trong đó có 2 chi hội mới thành lập; 7 chi hội nông nghiệp; 4 chi hội ngành nghề.", "12"),
]


@pytest.mark.parametrize("text", SUBSET_BESIDE_SPLIT)
def test_subset_told_beside_a_split_that_adds_up_stays_silent(text):
    assert [(f.code, f.message) for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


@pytest.mark.parametrize("text, flagged", SPLIT_PASSES_WHOLE)
def test_split_passing_its_whole_is_still_flagged(text, flagged):
    assert loud_on(text, "sum-mismatch", flagged)


# A headline's hedged percentage ("gần", "hơn", "khoảng") is the body's precise one rounded: "gần 12%" over "11,7%"
# is one figure; a body figure outside the hedge is still questioned.
HEDGED_HEADLINE_AGREES = [
    "Hội viên cựu chiến binh chiếm gần 12% dân số toàn huyện\n\nNăm 2025, Hội Cựu chiến binh huyện có 46 chi hội với "
    "tổng số 9.870 hội viên cựu chiến binh, chiếm 11,7% dân số toàn huyện.",
    "Hơn 45% hộ gia đình trong huyện tham gia bảo hiểm y tế tự nguyện\n\nTheo Bảo hiểm xã hội huyện, đến hết tháng 9, "
    "có 8.120 hộ gia đình tham gia bảo hiểm y tế tự nguyện, chiếm 45,3% tổng số hộ gia đình trong huyện, tăng 1.040 hộ "
    "so với cùng kỳ.",
    "Khoảng 60% diện tích lúa của tỉnh áp dụng quy trình canh tác tiết kiệm nước\n\nVụ đông xuân năm nay, diện tích lúa "
    "áp dụng quy trình canh tác tiết kiệm nước đạt 24.500 ha, chiếm 59,6% diện tích lúa của tỉnh.",
]
HEDGED_HEADLINE_DISAGREES = [
    HEDGED_HEADLINE_AGREES[0].replace("11,7%", "9,7%"),
    HEDGED_HEADLINE_AGREES[1].replace("45,3%", "43,5%"),
]


@pytest.mark.parametrize("text", HEDGED_HEADLINE_AGREES)
def test_hedged_headline_share_agrees_with_the_body(text):
    assert loud(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text", HEDGED_HEADLINE_DISAGREES)
def test_body_share_outside_the_headline_hedge_is_questioned(text):
    assert loud(text, "figure-inconsistent")


# A sentence opening the detail of what was just told ("Cụ thể, …", "Trong đó: …", "Chia ra: …") tells parts of it:
# the same act's amounts there are no restatement of the total before them; with no such opening they still are.
DETAIL_AFTER_TOTAL = [
    "Đến ngày 30/9, toàn huyện giải ngân đạt 412,5 tỷ đồng, bằng 61,2% kế hoạch. Cụ thể, nguồn vốn ngân sách huyện: "
    "kế hoạch 305 tỷ đồng, giải ngân 236,4 tỷ đồng, đạt 77,5%; nguồn vốn ngân sách tỉnh hỗ trợ: kế hoạch 369 tỷ đồng, "
    "giải ngân 176,1 tỷ đồng, đạt 47,7%.",
    "Ngân hàng Chính sách xã hội huyện đã giải ngân 126,8 tỷ đồng cho 2.310 lượt hộ vay. Chia ra: chương trình hộ "
    "nghèo giải ngân 48,2 tỷ đồng; chương trình học sinh, sinh viên giải ngân 30,5 tỷ đồng; chương trình nước sạch "
    "giải ngân 48,1 tỷ đồng.",
    "Trong quý, Thanh tra huyện đã giải quyết 46 đơn. Trong đó: về khiếu nại, tiếp nhận 20 đơn, giải quyết 18 đơn; "
    "về tố cáo, tiếp nhận 31 đơn, giải quyết 28 đơn.",
]


@pytest.mark.parametrize("text", DETAIL_AFTER_TOTAL)
def test_detail_after_a_total_is_no_restatement(text):
    assert [(f.code, f.message) for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


def test_total_told_again_without_a_detail_opening_is_questioned():
    text = ("Đến ngày 30/9, toàn huyện giải ngân đạt 412,5 tỷ đồng, bằng 61,2% kế hoạch.\n\nNhư vậy, đến ngày 30/9, toàn "
            "huyện giải ngân đạt 421,5 tỷ đồng, còn phải giải ngân hơn 260 tỷ đồng trong quý IV.")
    assert loud_on(text, "figure-inconsistent", "421,5")


# Kinds told by the same acts again ("thụ lý …, giải quyết …" for each): the whole is split by the counts of its own
# act only; the received counts are no more parts of it.
_COURT = ("Năm 2025, Tòa án nhân dân huyện đã giải quyết 1.310 vụ việc các loại, đạt tỷ lệ 94,2%. Trong đó, án hình sự: "
          "thụ lý 402 vụ, giải quyết 398 vụ; án dân sự, hôn nhân và gia đình: thụ lý 988 vụ, giải quyết {} vụ.")
_ENFORCED = ("Năm 2025, Chi cục Thi hành án dân sự đã thi hành xong 1.128 việc. Trong đó, án hình sự: thụ lý 540 việc, "
             "thi hành xong {} việc; án dân sự: thụ lý 702 việc, thi hành xong 630 việc.")


@pytest.mark.parametrize("text", [_COURT.format("912"), _ENFORCED.format("498"), DETAIL_AFTER_TOTAL[2]])
def test_kinds_told_by_two_acts_add_up_by_the_whole_s_act(text):
    assert loud(text, "sum-mismatch") == []


@pytest.mark.parametrize("text, slip", [(_COURT.format("921"), "921"), (_ENFORCED.format("489"), "489")])
def test_a_slip_in_the_whole_s_act_is_flagged(text, slip):
    found = loud(text, "sum-mismatch")
    assert found and slip in found[0].message


# "Trong tổng số 3.420 người được giải quyết việc làm có 2.150 lao động …; 1.270 lao động …": a whole counted as
# "người" sorted into counts of a person noun; the parts are no restatement of the total told before them.
SORTED_PEOPLE = [
    "Năm 2025, huyện đã giải quyết việc làm cho 3.420 lao động, đạt 105% kế hoạch.\n\nTrong tổng số 3.420 người được "
    "giải quyết việc làm có 2.150 lao động làm việc trong tỉnh; 1.270 lao động làm việc ngoài tỉnh.",
    "Quý III, Hội Nông dân xã đã tập huấn kỹ thuật cho 260 hội viên.\n\nTrong tổng số 260 người được tập huấn kỹ thuật "
    "có 180 hội viên ở các chi hội nông nghiệp, 80 hội viên ở các chi hội ngành nghề.",
    "Năm 2025, thị xã đã giải quyết việc làm cho 1.150 lao động, vượt 4,5% kế hoạch.\n\nTrong tổng số 1.150 người được "
    "giải quyết việc làm có 780 lao động làm việc trong nước, 370 lao động làm việc ở nước ngoài theo hợp đồng.",
]


@pytest.mark.parametrize("text", SORTED_PEOPLE)
def test_people_sorted_by_another_person_noun_are_parts(text):
    assert loud(text, "figure-inconsistent") == []


def test_levels_of_people_sorted_that_pass_the_whole_are_flagged():
    text = ("Năm 2025, huyện đã giải quyết việc làm cho 3.420 lao động, đạt 105% kế hoạch.\n\nTrong tổng số 3.420 người "
            "được giải quyết việc làm có 2.150 lao động hoàn thành tốt nhiệm vụ; 1.720 lao động hoàn thành nhiệm vụ.")
    assert loud_on(text, "sum-mismatch", "3.420 người")


# "đặc khu" is a unit of the commune level beside "xã" and "phường" (resources/quantity_heads.txt): a split of the
# communes that names it adds up.
COMMUNE_SPLITS = [
    ("Cả nước hiện có 3.321 đơn vị hành chính cấp xã (2.621 xã, {} phường và 13 đặc khu).", "687", "678"),
    ("Sau sắp xếp, tỉnh có 102 đơn vị hành chính cấp xã, gồm: 79 xã, 20 phường, {} đặc khu.", "3", "2"),
    ("Tỉnh sau sắp xếp có 54 đơn vị hành chính cấp xã (22 phường, {} xã, 2 đặc khu).", "30", "31"),
]


@pytest.mark.parametrize("template, right, wrong", COMMUNE_SPLITS)
def test_commune_level_split_with_special_zones(template, right, wrong):
    assert loud(template.format(right), "sum-mismatch") == []
    assert loud(template.format(wrong), "sum-mismatch")


def test_special_zones_picked_out_of_the_communes_are_not_summed():
    text = "Sau sắp xếp, tỉnh có 65 đơn vị hành chính cấp xã; trong đó, có 2 đặc khu và 12 phường."
    assert loud(text, "sum-mismatch") == []


# ", trong đó" then the kinds of the whole's noun, one a clause, past the ";" that closed the first: the list is read
# whole (it used to stop at the first ";", so its sum was never checked). A clause of what is left ("đang", "chưa",
# "còn"), a new total after the ";" ("; Số hộ …") or a count of another kind ends it.
LIST_PAST_SEMICOLONS = [
    ("Đến nay, toàn huyện có 46 chi bộ trực thuộc, trong đó 21 chi bộ nông thôn; {} chi bộ cơ quan; 12 chi bộ "
     "trường học.", "13", "14", "46 chi bộ"),
    ("Năm qua, số hộ thoát nghèo là 412 hộ, trong đó chuyển sang cận nghèo là 250 hộ; thoát hẳn nghèo, cận nghèo là "
     "{} hộ; do chuyển đi nơi khác là 6 hộ.", "156", "158", "412 hộ"),
    ("Hội hiện có 1.250 hội viên, trong đó 730 hội viên nữ; {} hội viên nam.", "520", "518", "1.250"),
]
LIST_ENDS_AT_SEMICOLON = [
    "Bộ phận một cửa đã giải quyết 1.420 hồ sơ, trong đó đúng hạn 1.401 hồ sơ; 19 hồ sơ đang trong hạn giải quyết.",
    "Số hộ nghèo đầu năm là 310 hộ, trong đó 120 hộ nghèo dân tộc thiểu số; Số hộ cận nghèo là 402 hộ.",
    "Toàn huyện có 46 chi bộ trực thuộc, trong đó 30 chi bộ có trên 30 đảng viên; 22 chi bộ đạt trong sạch vững mạnh.",
]


@pytest.mark.parametrize("template, right, wrong, whole", LIST_PAST_SEMICOLONS)
def test_trong_do_list_past_semicolons_adds_up(template, right, wrong, whole):
    assert loud(template.format(right), "sum-mismatch") == []
    assert loud_on(template.format(wrong), "sum-mismatch", whole)


@pytest.mark.parametrize("text", LIST_ENDS_AT_SEMICOLON)
def test_trong_do_list_ends_where_another_count_begins(text):
    assert [(f.code, f.message) for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


# A total a thousand times its parts' sum to the digit (the decimal comma written as a thousands point) is a slip
# after "Trong đó" too, not only after "gồm": a list that leaves some of the whole out cannot hit it exactly.
THOUSANDFOLD = [
    "Năm 2025, tổng giá trị sản xuất ước đạt 6.742.318 tỷ đồng. Trong đó, nông nghiệp ước đạt 1.102,426 tỷ đồng; "
    "công nghiệp - xây dựng ước đạt 3.915,58 tỷ đồng; dịch vụ ước đạt 1.724,312 tỷ đồng.",
    "Tổng thu ngân sách trên địa bàn đạt 1.315.420 triệu đồng, trong đó: thu nội địa 1.108,92 triệu đồng, thu xuất "
    "nhập khẩu 206,5 triệu đồng.",
    "Vốn đầu tư toàn xã hội đạt 2.486.300 tỷ đồng. Trong đó, vốn nhà nước đạt 812,6 tỷ đồng; vốn ngoài nhà nước đạt "
    "1.673,7 tỷ đồng.",
]


@pytest.mark.parametrize("text", THOUSANDFOLD)
def test_total_a_thousand_times_its_parts_after_trong_do(text):
    found = loud(text, "sum-mismatch")
    assert found and "1.000 lần" in found[0].message


@pytest.mark.parametrize("text", [
    THOUSANDFOLD[0].replace("6.742.318", "6.742,318"),
    "Vốn đầu tư toàn xã hội đạt 2.486.300 tỷ đồng. Trong đó, vốn nhà nước đạt 812,6 tỷ đồng; vốn đầu tư nước ngoài "
    "đạt 402,5 tỷ đồng.",
    "Tổng chi ngân sách huyện năm 2025 ước thực hiện 951.840 triệu đồng. Trong đó: chi đầu tư phát triển 287.500 "
    "triệu đồng; chi thường xuyên 664.340 triệu đồng.",
])
def test_no_thousandfold_where_the_list_is_short_or_the_total_right(text):
    assert loud(text, "sum-mismatch") == []


# What was settled is a share of the narrower count of its noun a label names between it and what was received
# ("tiếp nhận 349 đơn … đơn thuộc thẩm quyền … 124. Đã giải quyết được 123 đơn"): the check, and its suggestion,
# take that base, not the letters received. "Nhà nước" before such a count names no unit ("Tổ 5" does).
_LETTERS = [
    ("Trong năm, Thanh tra huyện tiếp nhận 215 đơn. Sau phân loại, số đơn thuộc thẩm quyền giải quyết 64. Đã giải "
     "quyết 60 đơn, đạt {}%.", "93,8", "83,8"),
    ("Năm 2025, các cơ quan tiếp nhận 530 đơn khiếu nại, tố cáo. Qua phân loại, đơn thuộc thẩm quyền giải quyết của cơ "
     "quan hành chính Nhà nước 148. Đã giải quyết xong 140 đơn (đạt {}%).", "94,6", "64,9"),
    ("Ủy ban nhân dân xã tiếp nhận 96 đơn kiến nghị, phản ánh. Đơn đủ điều kiện xử lý 40. Đến nay đã giải quyết 36 "
     "đơn, đạt {}%.", "90", "80"),
]


@pytest.mark.parametrize("template, right, wrong", _LETTERS)
def test_settled_share_of_the_narrower_count_named_between(template, right, wrong):
    assert loud(template.format(right), "percent-mismatch") == []
    found = loud(template.format(wrong), "percent-mismatch")
    assert found and f"làm tròn thành {right}%" in found[0].message or found and f"= {right}%" in found[0].message


# A sentence opened by the one classification it splits by ("Chia theo lĩnh vực, …", "Phân theo nguồn vốn: …"), then a
# share held after "chiếm" in each clause: the kinds of one whole, whose shares cannot pass 100 %. Rates by kind (no
# "chiếm") and changes are no such split.
SPLIT_SHARES = [
    ("Chia theo lĩnh vực, vốn đầu tư vào nông nghiệp chiếm 12,4%; công nghiệp - xây dựng chiếm {}%; thương mại, dịch "
     "vụ chiếm 42,5%.", "45,1", "54,1"),
    ("Phân theo nguồn vốn: vốn ngân sách chiếm 38%, vốn tín dụng chiếm {}%, vốn doanh nghiệp và dân cư chiếm khoảng "
     "35%.", "27", "37"),
    ("Chia theo loại hình, doanh nghiệp tư nhân chiếm 61,3%; công ty trách nhiệm hữu hạn chiếm {}%; công ty cổ phần "
     "chiếm 8,5%.", "30,2", "32,0"),
]


@pytest.mark.parametrize("template, right, wrong", SPLIT_SHARES)
def test_shares_of_an_announced_split_cannot_pass_100(template, right, wrong):
    assert loud(template.format(right), "percent-mismatch") == [] and loud(template.format(right), "sum-mismatch") == []
    found = loud(template.format(wrong), "sum-mismatch")  # (a sum of shares: sum-mismatch since round 16)
    assert found and "vượt 100%" in found[0].message


@pytest.mark.parametrize("text", [
    "Phân theo khu vực: tỷ lệ hộ nghèo vùng núi là 38,2%, vùng trung du 24,6%, vùng đồng bằng 9,3%, vùng ven biển 41,7%.",
    "Chia theo ngành, nông nghiệp tăng 3,2%; công nghiệp tăng 9,8%; dịch vụ tăng 7,1%.",
    "Chia theo đối tượng, hộ nghèo chiếm 68,4%, trong đó hộ nghèo dân tộc thiểu số chiếm 41,2%.",
])
def test_rates_changes_and_nested_shares_are_no_split(text):
    assert loud(text, "percent-mismatch") == []


# A count, an aside in brackets about it, then "gồm" and its parts: the list splits the count (it was read only
# after "trong đó"). And a "gồm" list ends at a clause that tells another holding ("; có 127 chi bộ …").
ASIDE_THEN_GOM = [
    ("Hiện nay, Đảng bộ huyện có 41 tổ chức cơ sở đảng (tăng 2 so với đầu nhiệm kỳ do thành lập mới chi bộ doanh "
     "nghiệp) gồm: 15 đảng bộ cơ sở và {} chi bộ cơ sở.", "26", "27", "41"),
    ("Hội có 58 chi hội (giảm 4 chi hội do sáp nhập thôn) gồm 40 chi hội nông thôn, {} chi hội khu phố.", "18", "17",
     "58"),
    ("Năm học 2025 - 2026, toàn huyện có 96 trường học (giảm 3 trường so với năm học trước), bao gồm: 31 trường mầm non, "
     "35 trường tiểu học và {} trường trung học cơ sở.", "30", "31", "96"),
]
GOM_THEN_ANOTHER_HOLDING = [
    "Toàn Đảng bộ có 36 tổ chức cơ sở đảng gồm: 12 đảng bộ cơ sở và 24 chi bộ cơ sở; có 127 chi bộ trực thuộc đảng bộ "
    "cơ sở.",
    "Hội Cựu chiến binh huyện có 22 cơ sở hội, gồm: 14 cơ sở hội xã và 8 cơ sở hội thị trấn; còn có 96 chi hội trực "
    "thuộc.",
    "Huyện có 18 đơn vị hành chính cấp xã, gồm: 16 xã và 2 thị trấn; có 152 thôn, tổ dân phố.",
]


@pytest.mark.parametrize("template, right, wrong, whole", ASIDE_THEN_GOM)
def test_gom_after_an_aside_splits_the_count(template, right, wrong, whole):
    assert loud(template.format(right), "sum-mismatch") == []
    assert loud_on(template.format(wrong), "sum-mismatch", whole)


@pytest.mark.parametrize("text", GOM_THEN_ANOTHER_HOLDING)
def test_gom_list_ends_at_another_holding(text):
    assert [(f.code, f.message) for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


# Counts each followed by its share in a bracket opened by "bằng" ("(bằng 45,3% và tăng 0,86%)") are shares of one
# whole, like those held after "chiếm": the one whose whole stands apart is questioned (a warning naming the whole
# the others give); the levels' own sum, or a named base, keep their more exact message.
_BRACKET_SHARES = [
    ("Qua đánh giá, có 12 chi bộ hoàn thành xuất sắc nhiệm vụ (bằng 24% và tăng 2 chi bộ); 30 chi bộ hoàn thành tốt "
     "nhiệm vụ (bằng {}%); 8 chi bộ hoàn thành nhiệm vụ (bằng 16%).", "60", "66"),
    ("Kết quả, có 14 tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu (bằng 17,5% và tăng 1 so với năm trước); 52 "
     "tổ chức cơ sở đảng đạt trong sạch vững mạnh (bằng {}% và giảm 2); 14 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ "
     "(bằng 17,5%).", "65", "56"),
    ("Trong năm, 1.250 hộ đạt danh hiệu gia đình văn hóa 3 năm liền (bằng 25% và tăng 120 hộ); 3.000 hộ đạt danh hiệu "
     "gia đình văn hóa (bằng {}%, tăng 2%); 750 hộ chưa đạt (bằng 15%).", "60", "66"),
]


@pytest.mark.parametrize("template, right, wrong", _BRACKET_SHARES)
def test_shares_in_bracket_after_bang_are_of_one_whole(template, right, wrong):
    assert loud(template.format(right), "percent-mismatch") == []
    assert loud_on(template.format(wrong), "percent-mismatch", wrong + "%")


def test_levels_shares_in_bracket_keep_the_exact_message():
    text = ("Kết quả, 96 đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ (bằng 12,3%); 590 đảng viên hoàn thành "
            "tốt nhiệm vụ (bằng 57,6%); 94 đảng viên hoàn thành nhiệm vụ (bằng 12,1%).")
    found = loud_on(text, "percent-mismatch", "57,6%")
    assert len(found) == 1 and "96 + 590 + 94 = 780" in found[0].message


def test_growth_levels_in_brackets_are_no_shares():
    text = ("Năm nay thu ngân sách 52 tỷ đồng (bằng 104% so với cùng kỳ); kết nạp 18 đảng viên (bằng 90% chỉ tiêu); xây "
            "mới 6 nhà văn hóa (bằng 120% so với năm trước).")
    assert loud(text, "percent-mismatch") == []


# ", trong đó có 19 nữ, chiếm …; dân tộc có 24 đại biểu, chiếm …; tái cử có 23 đại biểu, chiếm …": subsets of a whole
# counted as "người", listed past the ";", each with its share of that whole (never summed: they overlap).
_ELECTED = [
    ("Kết quả, trong tổng số 92 ứng cử viên đã có 55 người trúng cử, trong đó có 16 nữ, chiếm tỷ lệ 29,09%; dân tộc "
     "thiểu số có 9 đại biểu, chiếm tỷ lệ 16,36%; tái cử có {} đại biểu, chiếm tỷ lệ 38,18%.", "21", "12"),
    ("Toàn huyện có 47 người trúng cử đại biểu HĐND huyện, trong đó có 12 nữ, chiếm tỷ lệ 25,53%; trẻ tuổi có 6 đại "
     "biểu, chiếm tỷ lệ 12,77%; tôn giáo có 2 đại biểu, chiếm tỷ lệ {}%.", "4,26", "6,38"),
    ("Danh sách có 120 người, trong đó có 38 nữ, chiếm 31,67%; người dân tộc thiểu số có 27 người, chiếm {}%; người "
     "ngoài Đảng có 14 người, chiếm 11,67%.", "22,5", "25,2"),
]


@pytest.mark.parametrize("template, right, wrong", _ELECTED)
def test_subsets_past_semicolons_take_the_whole_s_share(template, right, wrong):
    assert [(f.code, f.message) for f in analyze(template.format(right)).findings
            if f.severity.value in ("error", "warning")] == []
    assert loud(template.format(wrong), "percent-mismatch")


# A count told with words of its own before ", trong đó" ("52 phiên giao dịch việc làm, trong đó, …"), then kinds of
# its own noun each named ("30 phiên trực tuyến, 15 phiên trực tiếp và lưu động 9 phiên"): a list of kinds, as right
# behind the count; subsets by a property ("25 buổi có …, 22 buổi có …") stay unsummed.
@pytest.mark.parametrize("text, flagged", [
    ("Năm 2025, Trung tâm đã tổ chức 52 phiên giao dịch việc làm, trong đó, 30 phiên trực tuyến, 15 phiên trực tiếp và "
     "lưu động 9 phiên.", "52"),
    ("Hội đã vận động xây dựng 64 căn nhà đại đoàn kết cho hộ nghèo, trong đó 40 căn nhà xây mới, 26 căn nhà sửa chữa.",
     "64"),
])
def test_kinds_of_the_noun_after_a_described_count_are_summed(text, flagged):
    assert loud_on(text, "sum-mismatch", flagged)


@pytest.mark.parametrize("text", [
    "Năm 2025, Trung tâm đã tổ chức 52 phiên giao dịch việc làm, trong đó, 30 phiên trực tuyến, 13 phiên trực tiếp và "
    "lưu động 9 phiên.",
    "Hội đã vận động xây dựng 64 căn nhà đại đoàn kết cho hộ nghèo, trong đó 40 căn nhà xây mới, 24 căn nhà sửa chữa.",
    "Năm 2025, Hội tổ chức 40 buổi sinh hoạt chuyên đề, trong đó 25 buổi có lồng ghép tuyên truyền pháp luật, 22 buổi "
    "có mời báo cáo viên.",
])
def test_kinds_that_add_up_or_overlap_stay_silent(text):
    assert loud(text, "sum-mismatch") == []
