"""Round 20 (engineer tg): targets, tasks and the meeting read by the shapes that recur across the dev sets' authors,
each shape in sentences of our own, positive and near-miss.

- a paragraph that tells two targets in two sentences tells each in its own sentence: both are read, and neither is
  named by the words of the sentence before it; the period a result is told of (so far, a part of the year) stays the
  paragraph's, wherever in it it is said;
- a sentence naming the list of targets after another in its line ("… dự thảo Nghị quyết năm 2026. Các chỉ tiêu chủ yếu
  năm 2026: …; …") lists levels for that period when the period is still ahead; the same lead over a period under
  review lists results, no levels;
- a target's name opens after the period its sentence is told of ("Năm học 2022 - 2023, nhà trường có tỷ lệ …",
  "Theo báo cáo …, năm 2020 tổng thu …", "Nhiệm kỳ 2022 - 2025 thu nhập …"), not with it;
- a result told against a level by its side, "thấp hơn mức cho phép 0,5%", "vượt mức trần 1%", "dưới mức 4,5% Thành
  phố giao": a target, a ceiling where the level is one; not a level of another period ("cao hơn mức 30 độ năm trước");
- a result over its level tied to the plan by "theo", with a longer phrase of what it counts ("thẩm định xong 46/52 hồ
  sơ quyết toán dự án hoàn thành theo kế hoạch năm"); not a count of parts with no plan ("9/14 xã, thị trấn kết nạp …
  theo chỉ tiêu"), nor of all the units a programme inspects ("kiểm tra 06/22 chi bộ theo chương trình năm": 22 is every
  chi bộ, the programme's level may be another);
- a closing directive's next charge to the same body: after "đồng thời" a task verb ("…; đồng thời trồng đủ diện tích
  rừng còn lại trong vụ thu"), not a remark, the speaker's own act ("đồng thời biểu dương …") or another subject
  ("đồng thời nhân dân …"), nor a charge to others ("đồng thời giao các chi hội …"); after an exhortation with
  no date, the ";" clause that sets one ("đề nghị chi bộ tiếp tục …; hoàn thành … trong tháng 4/2022"), the exhortation
  itself staying no task;
- the venue: a room and the centre or station whose room it is ("phòng giao ban khoa Khám bệnh, Trung tâm Y tế huyện
  Cẩm Khê"), not the body that holds the meeting after it ("…, Trạm Y tế xã tổ chức …"); without how the meeting was
  held ("Hội trường Khu phố 5 theo hình thức trực tiếp …"); a photo caption names no venue with a body ("Lễ kết nạp
  đảng viên mới tại Chi bộ Khu dân cư số 9") or the link's own point ("tại điểm cầu trung tâm"), a hall still.

After the review of tg: a bare "mức N" beside a result is a level only with a body or document that sets targets and
for a share or a sum (not a price, a rate or a measure); "N/M … theo kế hoạch" is no target when M counts every unit of
a kind; the centre after a venue is part of it only after a room and where the meeting's subject follows it.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

REPORT = ("ĐẢNG BỘ XÃ HÒA AN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN PHÚ HẠ\tHòa An, ngày 25 tháng 9 năm 2026\n"
          "BÁO CÁO\nKết quả công tác 9 tháng đầu năm 2026\n{body}\nT/M CHI BỘ\nBÍ THƯ\nLò Văn Tính\n")


def _targets(body: str, report: str = REPORT):
    return [(t.name, t.target, t.result, t.verdict) for t in analyze(report.format(body=body)).structure.targets]


@pytest.mark.parametrize(("body", "names"), [
    ("Thôn bê tông hóa 2,1/3,5 km đường ngõ theo kế hoạch năm. Quỹ khuyến học thu được 18 triệu đồng, kế hoạch cả năm "
     "15 triệu đồng.", ("bê tông", "Quỹ khuyến học")),
    ("Chi bộ chăm sóc 40 ha lúa mùa. Thôn nạo vét 3,2/4 km kênh tưới theo kế hoạch năm 2026.", ("nạo vét",)),
])
def test_two_sentences_two_targets_each_named_by_its_own_words(body, names):
    found = _targets(body)
    assert len(found) == len(names), found
    for (name, *_), word in zip(found, names):
        assert word.lower() in name.lower() and ". " not in name, found


def test_a_period_said_in_another_sentence_is_the_paragraphs():
    # dated at year's end, the report of a project "tính đến 30/11": a year's plan under way, told in the sentence before
    report = REPORT.replace("25 tháng 9", "05 tháng 12").replace("9 tháng đầu năm 2026", "năm 2026")
    found = _targets("Tính đến 30/11/2026, dự án đã bồi thường cho 40/52 hộ. Giải ngân năm 2026 đạt 48 tỷ đồng/60 tỷ "
                     "đồng kế hoạch vốn, đạt 80%.", report)
    assert [(t, r, v) for _, t, r, v in found] == [(60.0, 48.0, "tiến độ")], found


def test_a_closed_term_said_in_another_sentence_is_judged():
    report = REPORT.replace("BÁO CÁO\nKết quả công tác 9 tháng đầu năm 2026", "BÁO CÁO\nTổng kết nhiệm kỳ 2021 - 2026")
    found = _targets("Nhiệm kỳ 2021 - 2026, chi bộ lãnh đạo thôn giữ vững an ninh. Tỷ lệ hộ dùng nước sạch đạt 82%, "
                     "chỉ tiêu 90%.", report)
    assert [v for *_, v in found] == ["chưa đạt"], found


MINUTES = ("ĐẢNG BỘ PHƯỜNG NAM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG NAM SƠN\tNam Sơn, ngày 18 tháng 12 năm 2025\n"
           "BIÊN BẢN\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 6\nThời gian: 8 giờ 00, ngày 18/12/2025.\n"
           "Chủ trì: đồng chí Tạ Văn Khôi, Bí thư Đảng ủy.\nNỘI DUNG\n{body}\nTHƯ KÝ\tCHỦ TRÌ\nNgô Thị Lan\tTạ Văn Khôi\n")


@pytest.mark.parametrize(("body", "levels"), [
    ("2. Cho ý kiến vào dự thảo Nghị quyết năm 2026. Các chỉ tiêu chủ yếu năm 2026: thu ngân sách 126 tỷ đồng; kết nạp 30 "
     "đảng viên; tỷ lệ hộ nghèo dưới 1%.", [126.0, 30.0, 1.0]),
    ("Hội nghị thảo luận phương hướng năm 2026. Các mục tiêu cụ thể năm 2026: trồng mới 80 ha rừng; 100% tổ dân phố "
     "có camera an ninh.", [80.0, 100.0]),
])
def test_a_lead_sentence_after_another_lists_next_years_levels(body, levels):
    found = [t for t in analyze(MINUTES.format(body=body)).structure.targets]
    assert [t.target for t in found] == levels and all(t.result is None and t.period == "năm 2026" for t in found), found


def test_the_same_lead_over_the_year_under_review_lists_no_levels():
    body = ("1. Đánh giá kết quả năm 2025. Các chỉ tiêu chủ yếu năm 2025: thu ngân sách đạt 118 tỷ đồng, bằng 105% dự "
            "toán; kết nạp 28 đảng viên, đạt 93% chỉ tiêu; tỷ lệ hộ nghèo còn 0,9%.")
    found = analyze(MINUTES.format(body=body)).structure.targets
    assert not any(t.target in (118.0, 28.0, 0.9) and t.result is None for t in found), found


@pytest.mark.parametrize(("sentence", "name"), [
    ("Năm học 2024 - 2025, nhà trường có tỷ lệ học sinh lên lớp đạt 99,1%, chỉ tiêu 98%.", "Tỷ lệ học sinh lên lớp"),
    ("Theo báo cáo của UBND phường, năm 2025 tổng thu ngân sách đạt 52,3 tỷ đồng, bằng 104% dự toán (50,3 tỷ đồng).",
     "Tổng thu ngân sách"),
    ("Nhiệm kỳ 2020 - 2025 thu nhập bình quân đạt 68 triệu đồng, chỉ tiêu 65 triệu đồng.", "Thu nhập bình quân"),
])
def test_a_target_is_named_after_its_period(sentence, name):
    report = REPORT.replace("9 tháng đầu năm 2026", "năm 2025").replace("25 tháng 9 năm 2026", "20 tháng 12 năm 2025")
    found = _targets(sentence, report)
    assert [n for n, *_ in found] == [name], found


@pytest.mark.parametrize(("sentence", "level", "result", "verdict"), [
    ("Tỷ lệ nợ xấu của quỹ tín dụng 0,4%, thấp hơn mức cho phép 1%.", 1.0, 0.4, "đạt"),
    ("Tỷ lệ hồ sơ giải quyết quá hạn 2,3%, vượt mức trần 2% Ban Thường vụ đề ra.", 2.0, 2.3, "chưa đạt"),
    ("Tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân 3,2%, dưới mức 3,5% Huyện giao.", 3.5, 3.2, "đạt"),
])
def test_a_result_beside_a_level_set_by_its_side(sentence, level, result, verdict):
    report = REPORT.replace("9 tháng đầu năm 2026", "năm 2025").replace("25 tháng 9 năm 2026", "20 tháng 12 năm 2025")
    assert [(t, r, v) for _, t, r, v in _targets(sentence, report)] == [(level, result, verdict)]


@pytest.mark.parametrize("sentence", [
    "Nhiệt độ trung bình tháng 7 là 33 độ, cao hơn mức 31 độ của năm trước.",
    "Giá lúa tươi 6.400 đồng/kg, trên mức 6.000 đồng/kg của vụ trước.",
])
def test_a_level_of_another_period_is_no_target(sentence):
    report = REPORT.replace("9 tháng đầu năm 2026", "năm 2025").replace("25 tháng 9 năm 2026", "20 tháng 12 năm 2025")
    assert _targets(sentence, report) == []


@pytest.mark.parametrize(("sentence", "level", "result"), [
    ("Phòng đã thẩm định xong 37/45 hồ sơ đề nghị hỗ trợ nhà ở theo kế hoạch năm.", 45.0, 37.0),
    ("Ban Quản lý dự án đã bàn giao 18/25 ha mặt bằng sạch cho nhà thầu theo kế hoạch năm.", 25.0, 18.0),
    ("Thôn đã nạo vét 2,6/4 km mương tiêu nội đồng theo kế hoạch năm 2026.", 4.0, 2.6),
])
def test_a_result_over_its_level_tied_to_the_plan_by_theo(sentence, level, result):
    assert [(t, r, v) for _, t, r, v in _targets(sentence)] == [(level, result, "tiến độ")]


@pytest.mark.parametrize(("sentence", "whole", "part"), [
    ("Có 9/14 chi bộ, tổ đảng kết nạp được quá nửa số đảng viên theo chỉ tiêu năm.", 14.0, 9.0),
    ("Ủy ban Kiểm tra đã kiểm tra 5/16 chi bộ trực thuộc theo chương trình kiểm tra năm.", 16.0, 5.0),
])
def test_a_count_of_parts_with_no_plan_is_no_target(sentence, whole, part):
    assert not any(t == whole and r == part for _, t, r, _ in _targets(sentence))


NEWS = ("TIN\nChi bộ thôn Khe Mạ sinh hoạt thường kỳ tháng 9\nNgày 12/9/2026, Chi bộ thôn Khe Mạ tổ chức sinh hoạt thường kỳ "
        "tháng 9/2026.\n{body}\n")


def _tasks(body: str):
    return [(t.text.value, t.owner.value if t.owner else None, t.deadline.value if t.deadline else None)
            for t in analyze(NEWS.format(body=body)).structure.tasks]


@pytest.mark.parametrize(("body", "task"), [
    ("Phát biểu chỉ đạo, đồng chí Lò Văn Sáng đề nghị chi ủy rà soát hộ nghèo, báo cáo Đảng ủy xã trước ngày 25/9/2026; "
     "đồng thời trồng dặm diện tích chè bị hỏng trong vụ xuân.", ("trồng dặm diện tích chè bị hỏng trong vụ xuân", "chi ủy")),
    ("Phát biểu chỉ đạo, đồng chí Lò Văn Sáng đề nghị chi bộ tiếp tục giữ vững đoàn kết; hoàn thành thu quỹ khuyến học "
     "trong tháng 10/2026.", ("hoàn thành thu quỹ khuyến học trong tháng 10/2026", "chi bộ")),
])
def test_a_directives_next_charge_to_the_same_body(body, task):
    assert task in [(text, owner) for text, owner, _ in _tasks(body)]


def test_a_charge_to_others_after_dong_thoi_keeps_its_owner():
    found = _tasks("Phát biểu chỉ đạo, đồng chí Lò Văn Sáng đề nghị chi ủy rà soát hộ nghèo, báo cáo Đảng ủy xã trước ngày "
                   "25/9/2026; đồng thời giao Chi hội Phụ nữ vận động hội viên tham gia bảo hiểm y tế trong tháng 10/2026.")
    assert not any(text.startswith("giao") for text, _, _ in found), found


def test_an_exhortation_with_no_date_is_no_task():
    assert _tasks("Phát biểu chỉ đạo, đồng chí Lò Văn Sáng đề nghị chi bộ tiếp tục giữ vững đoàn kết; phát huy truyền "
                  "thống cách mạng của thôn.") == []


def _place(text: str):
    meeting = analyze(text).structure.meeting
    return meeting.place.value if meeting and meeting.place else None


@pytest.mark.parametrize(("venue", "place"), [
    ("tại phòng giao ban khoa Nội, Trung tâm Y tế huyện Thanh Ba, Chi bộ tổ chức cuộc họp",
     "phòng giao ban khoa Nội, Trung tâm Y tế huyện Thanh Ba"),
    ("tại phòng họp tầng 2, Trạm Y tế xã Hòa An, chi bộ tiến hành sinh hoạt", "phòng họp tầng 2, Trạm Y tế xã Hòa An"),
    ("tại phòng họp thôn, Trạm Y tế xã tổ chức cuộc họp", "phòng họp thôn"),
    ("tại Hội trường Khu phố 3 theo hình thức trực tiếp kết hợp trực tuyến, chi bộ tổ chức cuộc họp", "Hội trường Khu phố 3"),
])
def test_the_venue_with_the_centre_whose_room_it_is(venue, place):
    text = ("ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ TRẠM Y TẾ\nBIÊN BẢN\nHọp chi bộ tháng 9 năm 2026\n"
            f"Hôm nay, vào hồi 14 giờ 00 ngày 19/9/2026, {venue}.\nChủ trì: đồng chí Lê Văn Hải.\n")
    assert _place(text) == place


@pytest.mark.parametrize(("caption", "place"), [
    ("Ảnh: Lễ kết nạp đảng viên mới tại Chi bộ Khu phố 4.", None),
    ("Quang cảnh hội nghị tại điểm cầu trung tâm. Ảnh: Thu Hà", None),
    ("Quang cảnh hội nghị tại Hội trường UBND xã Hòa An. Ảnh: Thu Hà", "Hội trường UBND xã Hòa An"),
])
def test_a_caption_names_a_venue_only_by_a_place(caption, place):
    text = ("Chi bộ Khu phố 4 sinh hoạt chuyên đề\nTối 21/5, Chi bộ Khu phố 4 (Đảng bộ phường Hòa An) tổ chức buổi sinh hoạt "
            f"chuyên đề quý II năm 2026.\n{caption}\nĐồng chí Bí thư chi bộ trình bày chuyên đề.\n")
    assert _place(text) == place


# --- after the review of tg ---

DECEMBER = REPORT.replace("9 tháng đầu năm 2026", "năm 2025").replace("25 tháng 9 năm 2026", "20 tháng 12 năm 2025")
CHARGE = "Phát biểu chỉ đạo, đồng chí Lò Văn Sáng đề nghị chi ủy rà soát hộ nghèo trước ngày 25/9/2026; đồng thời {rest}"


@pytest.mark.parametrize("rest", [
    "biểu dương những đảng viên có thành tích.",
    "khen ngợi chi bộ đã hoàn thành tốt nhiệm vụ năm 2025.",
    "ghi nhận sự cố gắng của các đoàn thể.",
    "cũng lưu ý những hạn chế mà chi bộ còn mắc phải.",
    "ông cũng chỉ ra một số tồn tại cần khắc phục.",
    "đây là nhiệm vụ trọng tâm của cả hệ thống chính trị.",
    "hội viên các đoàn thể cũng cần tích cực tham gia.",
    "với việc rà soát, cần cập nhật sổ theo dõi.",
    "nhân dân trong thôn cần đóng góp ngày công.",
    "thôn cũng sẽ được hỗ trợ 50 triệu đồng xây nhà văn hóa.",
])
def test_after_dong_thoi_no_remark_nor_the_speakers_act_is_a_task(rest):
    assert [text for text, _, _ in _tasks(CHARGE.format(rest=rest))] == ["rà soát hộ nghèo trước ngày 25/9/2026"]


@pytest.mark.parametrize(("rest", "task"), [
    ("tổ chức họp dân để lấy ý kiến trong tháng 10/2026.", "tổ chức họp dân để lấy ý kiến trong tháng 10/2026"),
    ("phối hợp với Chi hội Nông dân hướng dẫn bà con chuyển đổi cây trồng.",
     "phối hợp với Chi hội Nông dân hướng dẫn bà con chuyển đổi cây trồng"),
    ("trồng mới 2 ha chè trong vụ xuân.", "trồng mới 2 ha chè trong vụ xuân"),
    ("chăm sóc diện tích rừng mới trồng.", "chăm sóc diện tích rừng mới trồng"),
])
def test_after_dong_thoi_a_task_verb_opens_the_same_owners_charge(rest, task):
    assert (task, "chi ủy") in [(text, owner) for text, owner, _ in _tasks(CHARGE.format(rest=rest))]


@pytest.mark.parametrize("sentence", [
    "Giá xăng RON95 hiện ở mức 21.500 đồng/lít, dưới mức trần 23.000 đồng/lít.",
    "Giá điện sinh hoạt bậc 1 là 1.893 đồng/kWh, thấp hơn mức 2.000 đồng/kWh do Bộ Công Thương quy định.",
    "Tốc độ gió mạnh nhất đo được 28 m/s, trên mức 25 m/s đề ra trong phương án ứng phó.",
    "Giá thóc bình quân 7.800 đồng/kg, dưới mức 8.000 đồng/kg Nhà nước quy định mua tạm trữ.",
    "Lãi suất cho vay hộ nghèo 6,6%/năm, thấp hơn mức 7% ngân hàng thương mại quy định.",
    "Độ ẩm không khí 85%, trên mức 80% quy định cho kho lưu trữ.",
    "Mức đóng học phí là 300.000 đồng/tháng, thấp hơn mức 350.000 đồng/tháng HĐND tỉnh quy định.",
    # of our own
    "Giá nước sạch 9.500 đồng/m3, thấp hơn mức 11.000 đồng/m3 tỉnh quy định.",
    "Tiếng ồn tại khu dân cư 72 dB, vượt mức tối đa 70 dB.",
    "Lãi suất tiền gửi 4,8%/năm, dưới mức trần 5%/năm.",
    "Nhiệt độ kho bảo quản 27 độ C, trên mức 25 độ C quy định.",
    "Tỷ lệ ẩm của thóc 14,5%, trên mức 14% công ty thu mua quy định.",
])
def test_a_price_a_rate_or_a_measure_beside_a_level_is_no_target(sentence):
    assert _targets(sentence, DECEMBER) == []


@pytest.mark.parametrize(("sentence", "level", "result"), [
    ("Tỷ lệ lạm phát của huyện 3,2%, dưới mức 4,5% Thành phố giao.", 4.5, 3.2),
    ("Bội chi ngân sách 1,3%, vượt mức trần 1%.", 1.0, 1.3),
    # of our own
    ("Tỷ lệ hộ nghèo của xã 2,8%, thấp hơn mức 3% Nghị quyết đề ra.", 3.0, 2.8),
    ("Tổng thu ngân sách xã 13,2 tỷ đồng, cao hơn mức 12 tỷ đồng Huyện giao.", 12.0, 13.2),
    ("Tỷ lệ tăng dân số tự nhiên 0,9%, dưới mức 1% Huyện giao.", 1.0, 0.9),
])
def test_a_level_set_by_a_body_or_document_beside_a_result(sentence, level, result):
    assert [(t, r) for _, t, r, _ in _targets(sentence, DECEMBER)] == [(level, result)]


@pytest.mark.parametrize("sentence", [
    "Ủy ban Kiểm tra Đảng ủy đã kiểm tra 4/18 chi bộ trực thuộc theo kế hoạch năm 2025.",
    "Đã giám sát 3/12 tổ chức cơ sở đảng theo kế hoạch kiểm tra, giám sát năm 2025.",
    "Ban Thanh tra nhân dân đã giám sát 6/10 công trình xây dựng cơ bản trên địa bàn theo kế hoạch năm.",
    # of our own
    "Ban Tuyên giáo đã khảo sát 7/21 đảng bộ xã theo kế hoạch năm.",
    "Đoàn công tác làm việc với 5/9 thôn theo kế hoạch năm.",
    "Đã kiểm tra 11/30 đơn vị trực thuộc theo kế hoạch năm 2025.",
])
def test_a_pair_counting_every_unit_of_a_kind_is_no_target(sentence):
    assert _targets(sentence, DECEMBER) == []


@pytest.mark.parametrize(("venue", "place"), [
    ("tại phòng họp, Trạm Y tế xã Hòa An, Chi bộ Trạm Y tế tiến hành họp thường kỳ", "phòng họp, Trạm Y tế xã Hòa An"),
    ("tại nhà văn hóa thôn Đông, Trạm Khuyến nông huyện chuyển giao kỹ thuật trồng lúa cho bà con", "nhà văn hóa thôn Đông"),
    ("tại Nhà văn hóa thôn Đông, Trạm Y tế xã cấp phát thuốc cho người dân", "Nhà văn hóa thôn Đông"),
    # of our own
    ("tại Hội trường A, Trung tâm Bồi dưỡng chính trị huyện, Ban Chấp hành Đoàn xã họp phiên thường kỳ",
     "Hội trường A, Trung tâm Bồi dưỡng chính trị huyện"),
    ("tại phòng khám số 3, Trung tâm Y tế huyện khám sức khỏe, cấp thuốc cho người cao tuổi", "phòng khám số 3"),
    ("tại Sân vận động xã, Trung tâm Thể dục thể thao huyện tổ chức giải bóng đá", "Sân vận động xã"),
    ("tại Nhà văn hóa thôn Tây, Trạm Thú y huyện tiêm phòng cho đàn gia súc, chi bộ họp", "Nhà văn hóa thôn Tây"),
])
def test_the_centre_after_a_venue_only_after_a_room_and_before_the_subject(venue, place):
    text = ("ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ THÔN ĐÔNG\nBIÊN BẢN\nHọp chi bộ tháng 9 năm 2026\n"
            f"Hôm nay, vào hồi 14 giờ 00 ngày 19/9/2026, {venue}.\nChủ trì: đồng chí Lê Văn Hải.\n")
    assert _place(text) == place
