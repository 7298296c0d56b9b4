"""Each quantity's subject, event and period (quantities/scope.py), read once in the layer, and
the checks that use them: a figure told twice (figure-inconsistent) only when noun, event,
subject and period agree. Sentences of our own, three per shape, positive and near-miss."""

import pytest

from minutes_app.core.detectors import detect_paragraph
from minutes_app.core.engine import analyze
from minutes_app.core.quantities import read_paragraph
from minutes_app.core.quantities.scope import periods_agree
from minutes_app.core.reading import Reading


def quantity(text, number):
    reading = Reading(text)
    for q in read_paragraph(reading, detect_paragraph(reading)).quantities:
        if q.text == number:
            return q
    raise AssertionError(f"{number} not read in {text!r}")


@pytest.mark.parametrize("text, number, event", [
    ("Trong năm, chi bộ đã kết nạp được 4 đảng viên mới.", "4", "kết nạp"),
    ("Đảng ủy thi hành kỷ luật 3 đảng viên vi phạm.", "3", "kỷ luật"),
    ("Phối hợp tổ chức lễ giao quân, tiễn 27 thanh niên lên đường.", "27", "nhập ngũ"),
    ("Năm nay có 31 thanh niên nhập ngũ đúng chỉ tiêu.", "31", "nhập ngũ"),
    ("Cấp ủy kiểm tra 12 chi bộ và 40 đảng viên.", "40", "kiểm tra"),  # joined by "và": the same act
    ("- Giới thiệu quần chúng ưu tú cho Đảng: 8 người.", "8", "giới thiệu"),  # the label's act
    ("Thu ngân sách trên địa bàn đạt 9.240 triệu đồng.", "9.240 triệu đồng", "thu"),
    ("Chi bộ hiện có 52 đảng viên.", "52", "có"),
])
def test_event_of_a_number(text, number, event):
    assert quantity(text, number).event == event


@pytest.mark.parametrize("text, number", [
    ("Đã tuyên truyền cho 300 hộ dân về phòng cháy.", "300"),  # an act not in the list
    ("Xã thu hút 120 lao động vào các doanh nghiệp.", "120"),  # "thu hút" is no "thu"
    ("Áp dụng hình thức kỷ luật khiển trách với 2 trường hợp.", "2"),  # the act named, not done: no "kỷ luật"
])
def test_no_event(text, number):
    assert quantity(text, number).event in (None, "khiển trách")


@pytest.mark.parametrize("text, number, subject", [
    ("Chi bộ Trường Tiểu học Đông kết nạp 3 đảng viên.", "3", "trường tiểu"),
    ("Tại thôn Bình An, có 45 hộ đăng ký gia đình văn hóa.", "45", "thôn bình an"),
    ("Phường 3 có 1.204 đảng viên.", "1.204", "phường 3"),
    ("UBKT các cấp kiểm tra 14 đảng viên.", "14", "ubkt-các cấp"),
    ("Toàn Đảng bộ có 512 đảng viên.", "512", "danguy"),  # the issuer's organ (its header maps it to the issuer)
])
def test_subject_of_a_number(text, number, subject):
    found = quantity(text, number).subject
    assert found is not None and subject in found


@pytest.mark.parametrize("text, number", [
    ("Toàn xã có 1.512 hộ gia đình.", "1.512"),
    ("Năm 2025 kết nạp 17 đảng viên mới.", "17"),
    ("Đã có 9 hộ thoát nghèo.", "9"),
])
def test_no_subject(text, number):
    assert quantity(text, number).subject is None


@pytest.mark.parametrize("text, number, period", [
    ("Trong quý III, kết nạp 4 đảng viên.", "4", {("quarter", "quý III")}),
    ("9 tháng đầu năm, giải ngân 12 tỷ đồng.", "12 tỷ đồng", {("months", "9 tháng")}),
    ("Lũy kế từ đầu năm, kết nạp 11 đảng viên; quý III kết nạp 4.", "11", {("cumulative", "lũy kế")}),
    ("Sáu tháng đầu năm 2025, cấp 40 giấy chứng nhận.", "40", {("months", "6 tháng"), ("year", "năm 2025")}),
    # a period set by the paragraph's opening sentence
    ("Trong 9 tháng, tình hình cơ bản ổn định. Công an xã tiếp nhận 21 tin báo.", "21", {("months", "9 tháng")}),
])
def test_period_of_a_number(text, number, period):
    assert quantity(text, number).period == period


def test_a_comparison_sets_no_opening_period():
    # "so với đầu năm" compares; "hiện có" is now
    assert quantity("Hiện có 712 đoàn viên, tăng 38 so với đầu năm.", "712").period == {("now", "đến nay")}
    assert quantity("Chi hội có 712 hội viên, tăng 38 so với đầu năm.", "712").period == frozenset()


@pytest.mark.parametrize("first, second, agree", [
    ({("quarter", "quý I")}, {("quarter", "quý II")}, False),
    ({("quarter", "quý III")}, {("months", "9 tháng")}, False),
    ({("cumulative", "lũy kế")}, set(), False),
    ({("months", "9 tháng")}, set(), True),
    ({("year", "năm 2025"), ("months", "9 tháng")}, {("year", "năm 2025")}, False),  # a year told alone: all of it
    ({("docyear", "năm 2025"), ("months", "9 tháng")}, {("docyear", "năm 2025")}, True),  # the report's year
    ({("year", "năm 2024")}, {("year", "năm 2025")}, False),
])
def test_periods_agree(first, second, agree):
    assert periods_agree(frozenset(first), frozenset(second)) is agree


@pytest.mark.parametrize("text, flagged, fix", [
    # an amount told again in another unit (triệu / tỷ), one act of one thing, up to now
    ("Thu ngân sách trên địa bàn 9 tháng đạt 8.340 triệu đồng, bằng 92% dự toán.\n3. Nhiệm vụ quý IV: UBND xã tập "
     "trung thu; hiện đã thu 8,43 tỷ đồng.", "8,43 tỷ đồng", "8,34"),
    ("Năm 2025, Hội vận động 214 triệu đồng xây nhà tình nghĩa.\nKết quả vận động được 0,22 tỷ đồng.",
     "0,22 tỷ đồng", "0,21"),
    ("Giải ngân vốn đầu tư công đạt 45,2 tỷ đồng.\nĐến nay đã giải ngân 44.500 triệu đồng.", "44.500 triệu đồng",
     "45.200"),
])
def test_an_amount_told_twice(text, flagged, fix):
    found = [(f.text, f.suggestion) for f in analyze(text).findings if f.code == "figure-inconsistent"]
    assert (flagged, fix) in found


@pytest.mark.parametrize("text", [
    "Quỹ khuyến học thu 45 triệu đồng.\nQuỹ vì người nghèo thu 46 triệu đồng.",  # two funds
    "Thu ngân sách đạt 8.200 triệu đồng.\nChi ngân sách 8.150 triệu đồng.",  # two acts
    "Quý III thu ngân sách đạt 4.100 triệu đồng.\nQuý II thu ngân sách đạt 4.150 triệu đồng.",  # two periods
    "Hội vận động được 820 triệu đồng.\nKết quả vận động được 1,25 tỷ đồng.",  # too far apart to be a slip
])
def test_not_one_amount(text):
    assert restated(text) == []


def restated(text):
    return [(f.text, f.severity.value) for f in analyze(text).findings if f.code == "figure-inconsistent"]


@pytest.mark.parametrize("text, flagged", [
    # the summary and the detail of one act, one body, one period
    ("CÔNG AN XÃ HÒA BÌNH\nBÁO CÁO KẾT QUẢ CÔNG TÁC 6 THÁNG\nTrong 6 tháng, Công an xã tiếp nhận 26 tin báo, tố giác tội phạm; tình hình ổn định.\n"
     "2. Công tác tiếp nhận tin báo: đã tiếp nhận, phân loại 28 tin báo; giải quyết 21 tin, đạt 75%.", "26 tin báo"),
    ("Năm 2025, Đoàn xã giới thiệu 14 đoàn viên ưu tú cho Đảng.\n"
     "- Giới thiệu đoàn viên ưu tú cho Đảng: 12 đồng chí, đạt 120% (chỉ tiêu 10).", "14 đoàn viên ưu tú"),
    ("Trong năm, Hội đã tiếp nhận 18 đơn thư của hội viên.\nVề đơn thư: Hội tiếp nhận 16 đơn thư, đã giải quyết "
     "xong 10 đơn.", "16 đơn thư"),
])
def test_a_figure_told_twice(text, flagged):
    found = restated(text)
    assert (flagged, "warning") in found


@pytest.mark.parametrize("text", [
    # two bodies, two levels of one kind of body
    "Công an xã đã tiếp nhận 42 tin báo.\nCông an huyện đã tiếp nhận 120 tin báo.",
    "Cấp ủy các cấp kiểm tra 315 đảng viên.\nUBKT các cấp kiểm tra 42 đảng viên khi có dấu hiệu vi phạm.",
    # two named units
    "Chi bộ ấp Tân Hòa kết nạp 3 đảng viên.\nChi bộ ấp Tân Lợi kết nạp 5 đảng viên.",
    # two periods
    "Quý III, Đảng ủy kết nạp 4 đảng viên.\nLũy kế 9 tháng, Đảng ủy kết nạp 11 đảng viên.",
    # two topics of one act
    "Đã kiểm tra 14 tổ chức đảng về thực hiện quy chế.\nĐã kiểm tra 6 tổ chức đảng về thu chi tài chính.",
    # a target
    "Năm 2025 kết nạp 17 đảng viên.\nNăm 2026 phấn đấu kết nạp 20 đảng viên.",
    # a breakdown item in brackets
    "Trong năm kỷ luật 9 đảng viên.\nCác đảng viên bị kỷ luật do vi phạm quy định (4 đồng chí); do thiếu trách nhiệm "
    "(5 đồng chí).",
])
def test_not_one_figure(text):
    assert restated(text) == []


@pytest.mark.parametrize("text, flagged", [
    # a news headline sums up the body: any period; the body's figure, whose parts add up, stands
    ("Đảng bộ phường Tân Lập kết nạp 9 đảng viên mới\nTừ đầu năm đến nay, Đảng bộ phường đã kết nạp được 8 đảng viên "
     "mới, trong đó có 5 đảng viên chi bộ khu phố, 3 đảng viên chi bộ trường học.", "9 đảng viên mới"),
    ("Hội Nông dân xã Bình Hòa kết nạp 64 hội viên\nNăm 2025, Hội Nông dân xã đã kết nạp 46 hội viên mới, nâng tổng "
     "số hội viên lên 1.120 người.", "46 hội viên mới"),
    # the close repeats the lead word for word with one number changed
    ("Huyện hiện còn 142 chi bộ thôn, tổ dân phố, giảm 11 chi bộ so với trước khi sắp xếp.\nCác xã đã hoàn thành việc "
     "kiện toàn.\nHuyện hiện còn 124 chi bộ thôn, tổ dân phố, giảm 11 chi bộ so với trước khi sắp xếp.", "124 chi bộ thôn"),
    # the detail whose levels add up stands; the lead's figure is the slip
    ("Đợt này có 27 trường hợp được truy tặng Huy hiệu Đảng.\nĐợt này có 25 trường hợp được truy tặng Huy hiệu Đảng, "
     "trong đó 10 trường hợp Huy hiệu 40 năm, 15 trường hợp Huy hiệu 30 năm.", "27 trường hợp"),
])
def test_a_headline_a_close_and_a_detail(text, flagged):
    assert (flagged, "warning") in [(f.text, s) for f, s in ((f, f.severity.value) for f in analyze(text).findings)
                                    if f.code == "figure-inconsistent"]


@pytest.mark.parametrize("text", [
    # a headline of another period is still the body's, but two different bodies are two figures
    "Công an xã tiếp nhận 12 tin báo\nCông an huyện đã tiếp nhận 40 tin báo, tố giác tội phạm.",
    # the same words in two lines of a tally, each with its own label
    "Tổng số đảng viên: 34 đồng chí (31 chính thức, 03 dự bị).\nCó mặt: 27 đồng chí (24 chính thức, 3 dự bị).",
    # a clause told again word for word, but about two places named in it
    "Xã Tân Hòa hiện còn 14 chi bộ thôn, giảm 3 chi bộ so với trước khi sắp xếp.\nXã Tân Lợi hiện còn 12 chi bộ thôn, "
    "giảm 3 chi bộ so với trước khi sắp xếp.",
])
def test_not_a_restatement(text):
    assert restated(text) == []


def test_levels_under_a_bracketed_top_level_are_not_all_levels():
    # "tiêu biểu" inside the bracket before the run is no level of the run: the three shares after it are some levels
    text = ("Chi bộ đạt trong sạch, vững mạnh chiếm 92,91% (trong đó, có 21,26% chi bộ trong sạch, vững mạnh tiêu biểu); "
            "hoàn thành tốt nhiệm vụ chiếm 6,70%; hoàn thành nhiệm vụ chiếm 0,35%; yếu kém chiếm 0,04%.")
    assert [f for f in analyze(text).findings if f.severity.value == "error"] == []


def shares(text):
    return [(f.text, f.severity.value) for f in analyze(text).findings if f.code == "percent-mismatch"]


@pytest.mark.parametrize("text, flagged", [
    # the whole in the paragraph before, picked over the subset "trong đó" names; parts with their own shares
    ("Hội nghị có 420 đại biểu, trong đó có 380 đại biểu chính thức.\nVề cơ cấu có 96 đại biểu nữ (chiếm 22,86%); 63 "
     "đại biểu trẻ (chiếm 16,5%).", "16,5%"),
    ("Đảng bộ có 250 đảng viên, trong đó 230 đảng viên chính thức.\nCó 55 đảng viên nữ (chiếm 22%); 31 đảng viên là "
     "người dân tộc (chiếm 13,4%).", "13,4%"),
    ("Toàn huyện có 640 hội viên, trong đó 600 hội viên sinh hoạt thường xuyên.\nCó 128 hội viên nữ (chiếm 20%); 64 "
     "hội viên trẻ (chiếm 12%).", "12%"),
])
def test_a_share_of_a_whole_stated_before(text, flagged):
    assert (flagged, "warning") in shares(text)


@pytest.mark.parametrize("text", [
    "Hội nghị có 420 đại biểu, trong đó có 380 đại biểu chính thức.\nVề cơ cấu có 96 đại biểu nữ (chiếm 22,86%); 63 "
    "đại biểu trẻ (chiếm 15%).",
    "Đảng bộ có 250 đảng viên, trong đó 230 đảng viên chính thức.\nCó 55 đảng viên nữ (chiếm 22%); 31 đảng viên là "
    "người dân tộc (chiếm 12,4%).",
    # two earlier wholes of two values, neither picked out of the other: which one is unknown
    "Năm 2024 có 600 hội viên. Năm 2025 có 640 hội viên.\nCó 128 hội viên nữ (chiếm 21%).",
])
def test_a_share_of_a_whole_stated_before_near_misses(text):
    assert shares(text) == []


@pytest.mark.parametrize("text, flagged", [
    ("Năm 2025, các chi bộ kết nạp 18 đảng viên.\nTrong đó, chi bộ nông thôn kết nạp 21 đảng viên, chi bộ trường "
     "học kết nạp 3 đảng viên.", "21 đảng viên"),
    ("Cấp ủy các cấp đã kiểm tra 35 tổ chức đảng.\nTrong đó, Ban Thường vụ kiểm tra 38 tổ chức đảng về công tác cán bộ.",
     "38 tổ chức đảng"),
    ("Hội đã hỗ trợ 120 hộ hội viên.\nTrong số đó, Hội cấp xã hỗ trợ 135 hộ hội viên vay vốn.", "135 hộ"),
])
def test_a_part_of_the_act_of_the_paragraph_before(text, flagged):
    found = [(f.text, f.severity.value) for f in analyze(text).findings if f.code == "part-exceeds-whole"]
    assert any(t.startswith(flagged) and s == "warning" for t, s in found)


@pytest.mark.parametrize("text", [
    "Năm 2025, các chi bộ kết nạp 18 đảng viên.\nTrong đó, chi bộ nông thôn kết nạp 15 đảng viên.",
    # another act
    "Cấp ủy các cấp đã kiểm tra 35 tổ chức đảng.\nTrong đó, Ban Thường vụ giám sát 38 tổ chức đảng.",
    # no "Trong đó": another count of the act
    "Hội đã hỗ trợ 120 hộ hội viên.\nNăm 2024, Hội hỗ trợ 135 hộ hội viên vay vốn.",
])
def test_a_part_of_the_act_near_misses(text):
    assert [f for f in analyze(text).findings if f.code == "part-exceeds-whole"] == []


@pytest.mark.parametrize("text, flagged", [
    ("Huyện Đông Sơn kết nạp đảng viên đạt 112% kế hoạch\nNăm 2025, Huyện ủy chú trọng tạo nguồn phát triển đảng viên "
     "ở thôn, khu phố.\nKết quả, huyện Đông Sơn đã kết nạp được 156 đảng viên mới, đạt 121% kế hoạch.", "112%"),
    ("92,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ\nNăm 2025, qua kiểm điểm, đánh giá, tổ chức cơ sở đảng hoàn "
     "thành tốt nhiệm vụ chiếm 95,2%; hoàn thành nhiệm vụ chiếm 4,8%.", "92,5%"),
    ("Xã Bình An có 98,6% hộ gia đình đạt danh hiệu văn hóa\nNăm 2025, toàn xã Bình An có 1.204 hộ gia đình, trong đó "
     "hộ gia đình đạt danh hiệu văn hóa chiếm 96,8%.", "98,6%"),
])
def test_a_headline_share_told_again_in_the_body(text, flagged):
    assert (flagged, "warning") in restated(text)


@pytest.mark.parametrize("text", [
    # the body tells the headline's value
    "Huyện Đông Sơn kết nạp đảng viên đạt 112% kế hoạch\nKết quả, huyện Đông Sơn đã kết nạp được 156 đảng viên mới, "
    "đạt 112% kế hoạch; riêng khối doanh nghiệp đạt 130% kế hoạch.",
    # a change in the headline
    "Thu ngân sách của huyện tăng 12,5%\nNăm 2025, thu ngân sách trên địa bàn huyện đạt 112,5% dự toán.",
    # the body's words hold the headline's in two sentences alike: which is unknown
    "92,5% chi bộ hoàn thành tốt nhiệm vụ\nNăm 2024, chi bộ hoàn thành tốt nhiệm vụ chiếm 90,1%.\nNăm 2025, chi bộ "
    "hoàn thành tốt nhiệm vụ chiếm 93,4%.",
])
def test_a_headline_share_near_misses(text):
    assert restated(text) == []


@pytest.mark.parametrize("text, flagged", [
    ("Đã xử lý kỷ luật 154 đảng viên (trong đó: khiển trách 69, cảnh cáo 56, cách chức 11, khai trừ 20).", "154"),
    ("Năm 2025 xếp loại 80 đảng viên (trong đó: hoàn thành xuất sắc 12, hoàn thành tốt 55, hoàn thành 11).", "80"),
    ("Tổng số phiếu 62 (trong đó: hợp lệ 59, không hợp lệ 4).", "62"),
])
def test_levels_listed_after_trong_do_colon_add_up(text, flagged):
    assert any(f.code == "sum-mismatch" and f.text.startswith(flagged) for f in analyze(text).findings)


@pytest.mark.parametrize("text", [
    "Đã xử lý kỷ luật 156 đảng viên (trong đó: khiển trách 69, cảnh cáo 56, cách chức 11, khai trừ 20).",
    # properties, not levels: some of them
    "Kết nạp 52 đảng viên (trong đó: nữ 18, đoàn viên 30).",
    "Có 45 đảng viên (trong đó: nữ 20, dân tộc thiểu số 7).",
])
def test_levels_listed_after_trong_do_colon_near_misses(text):
    assert [f for f in analyze(text).findings if f.code == "sum-mismatch"] == []


@pytest.mark.parametrize("text", [
    "Cụ thể, có 548 đảng viên bị khiển trách; 105 đảng viên bị cảnh cáo; 15 đảng viên bị cách chức và 36 đảng viên bị "
    "khai trừ.",
    "Kết quả có 12 chi bộ hoàn thành xuất sắc nhiệm vụ; 30 chi bộ hoàn thành tốt nhiệm vụ; 4 chi bộ hoàn thành nhiệm vụ.",
    "Có 40 phiếu tán thành; 2 phiếu không tán thành; 1 phiếu ý kiến khác.",
])
def test_the_first_level_is_no_whole(text):
    assert [f for f in analyze(text).findings if f.code == "sum-mismatch"] == []


@pytest.mark.parametrize("text, flagged", [
    ("Trong năm, các cấp ủy đã thi hành kỷ luật 12 tổ chức đảng và 95 đảng viên.\nCụ thể, có 60 đảng viên bị khiển "
     "trách; 20 đảng viên bị cảnh cáo; 6 đảng viên bị cách chức và 7 đảng viên bị khai trừ.", True),
    ("Trong năm, các cấp ủy đã thi hành kỷ luật 12 tổ chức đảng và 93 đảng viên.\nCụ thể, có 60 đảng viên bị khiển "
     "trách; 20 đảng viên bị cảnh cáo; 6 đảng viên bị cách chức và 7 đảng viên bị khai trừ.", False),
    ("Đã đánh giá 5 tổ chức cơ sở đảng và 120 đảng viên.\nCụ thể: 20 đảng viên hoàn thành xuất sắc nhiệm vụ, 90 đảng "
     "viên hoàn thành tốt nhiệm vụ, 8 đảng viên hoàn thành nhiệm vụ.", True),
])
def test_levels_of_the_count_of_that_noun_before(text, flagged):
    assert any(f.code == "sum-mismatch" for f in analyze(text).findings) is flagged


@pytest.mark.parametrize("text", [
    "Từ đầu năm, đảng bộ xã đã kết nạp được 5 đảng viên mới. Nâng tổng số đảng viên trong đảng bộ lên 264 đảng viên.",
    "Chi hội kết nạp 12 hội viên, nâng tổng số hội viên lên 148 hội viên.",
    "Năm qua kết nạp 30 đoàn viên, đưa tổng số đoàn viên toàn xã lên 512 đoàn viên.",
])
def test_a_new_total_is_no_part(text):
    assert [f for f in analyze(text).findings if f.code == "part-exceeds-whole"] == []


@pytest.mark.parametrize("text, flagged", [
    ("Quý I có 300 hộ đăng ký. Quý II có 360 hộ đăng ký.\nTrong quý II, có 90 hộ được hỗ trợ (chiếm 27%).", True),
    ("Quý I có 300 hộ đăng ký. Quý II có 360 hộ đăng ký.\nTrong quý II, có 90 hộ được hỗ trợ (chiếm 25%).", False),
    ("Năm 2024 có 400 hội viên. Năm 2025 có 500 hội viên.\nNăm 2025, có 150 hội viên tham gia (chiếm 31%).", True),
])
def test_a_share_of_the_whole_of_its_period(text, flagged):
    assert any(f.code == "percent-mismatch" for f in analyze(text).findings) is flagged


@pytest.mark.parametrize("text, flagged", [
    # each share followed by its own level, top ("… trở lên") to bottom
    ("Toàn Đảng bộ có 88,4% số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 12,3% hoàn thành nhiệm vụ và "
     "0,5% không hoàn thành nhiệm vụ.", True),
    ("Toàn Đảng bộ có 88,4% số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 11,1% hoàn thành nhiệm vụ và "
     "0,5% không hoàn thành nhiệm vụ.", False),
    ("Kết quả: 18% hoàn thành xuất sắc nhiệm vụ, 66% hoàn thành tốt nhiệm vụ, 19% hoàn thành nhiệm vụ và 1% không "
     "hoàn thành nhiệm vụ.", True),
    # one level twice: two wholes, no distribution
    ("Có 95% chi bộ hoàn thành tốt nhiệm vụ; 80% đảng viên hoàn thành tốt nhiệm vụ; 5% không hoàn thành nhiệm vụ.",
     False),
    # not from the top level: some levels only
    ("Có 60% hoàn thành tốt nhiệm vụ, 20% hoàn thành nhiệm vụ và 3% không hoàn thành nhiệm vụ.", False),
])
def test_shares_followed_by_their_levels(text, flagged):
    # (a sum of shares: sum-mismatch since round 16)
    assert any(f.code == "sum-mismatch" for f in analyze(text).findings) is flagged
