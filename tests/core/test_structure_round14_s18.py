"""Round 14 (engineer s18): the document reader on the retired structure sets, each fault by its mechanism.

- an amount of work done of the amount to do, with its share and no plan word ("gieo cấy 612/740 ha lúa (82,7%)",
  "tiêm phòng được 156.400/170.000 liều, đạt 92%", "72/75 km đê bao đã được gia cố (96%)") is a result against its
  plan: three authors of four (blind7, blind9, dev5_structure_b) file it so; people, households, units and ballots
  counted the same way are part of a whole ("612/640 đảng viên tham dự (95,63%)"), never a plan.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

REPORT = ("ĐẢNG BỘ XÃ PHÚ LẠC\nCHI BỘ THÔN HẠ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nPhú Lạc, ngày 12 tháng 9 năm 2025\n\n"
          "BÁO CÁO\nKết quả công tác 8 tháng năm 2025\n\nI. KẾT QUẢ\n")


def _targets(body: str):
    return [(t.name, t.target, t.result, t.unit, t.verdict) for t in analyze(REPORT + body + "\n").structure.targets]


# ------------------------------------------------------------- work done of the amount to do, no plan word

@pytest.mark.parametrize(("body", "expected"), [
    ("Về nông nghiệp: toàn xã đã xuống giống 415/520 ha ngô vụ thu (79,8%); chăm sóc tốt diện tích cây ăn quả.",
     ("Xuống giống ngô vụ thu", 520.0, 415.0, "ha", "tiến độ")),
    ("Công tác thú y: tiêm phòng dại cho đàn chó được 2.340/2.600 liều, đạt 90%; không để dịch bệnh xảy ra.",
     ("Tiêm phòng dại cho đàn chó", 2600.0, 2340.0, "liều", "tiến độ")),
    ("Giao thông: 9,2/12 km kênh nội đồng đã được kiên cố hóa (76,67%), phần còn lại chuyển sang năm sau.",
     ("Kênh nội đồng", 12.0, 9.2, "km", "tiến độ")),
    ("Tính đến ngày 31/8, chương trình xóa nhà tạm đã hoàn thành 48/60 căn, đạt 80%; 12 căn đang thi công.",
     ("Chương trình xóa nhà tạm", 60.0, 48.0, "căn", "tiến độ")),
])
def test_work_done_of_the_amount_to_do_is_a_result_against_its_plan(body, expected):
    assert expected in _targets(body)


def test_a_shortfall_explained_is_judged_not_under_way():
    body = "Sản xuất: cấy 300/360 ha lúa hè thu (83,3%) do hạn hán kéo dài; thu hoạch xong diện tích rau màu."
    assert ("Cấy lúa hè thu", 360.0, 300.0, "ha", "chưa đạt") in _targets(body)


@pytest.mark.parametrize("body", [
    # near-misses: people, households, units and ballots counted of a whole are no plan
    "Tổ chức học tập nghị quyết với 212/230 đảng viên tham dự (92,17%); viết thu hoạch đạt yêu cầu.",
    "Có 318/340 hộ đạt danh hiệu gia đình văn hóa (93,5%); 22 hộ chưa đạt do vi phạm hương ước.",
    "Xếp loại chất lượng: 14/16 chi bộ hoàn thành tốt nhiệm vụ (87,5%), 2 chi bộ hoàn thành nhiệm vụ.",
    "Đồng chí Lê Văn Bình trúng cử với 27/29 phiếu (93,1%); hội nghị bế mạc lúc 11 giờ.",
])
def test_parts_of_a_whole_are_no_target(body):
    assert _targets(body) == []


# ------------------------------------------------------------- a level set as a share of another plan: derived

@pytest.mark.parametrize("body", [
    "Phấn đấu đến 30/6/2026 kết nạp đạt từ 60% chỉ tiêu năm trở lên; tổ chức 2 lớp bồi dưỡng nhận thức về Đảng.",
    "Sáu tháng đầu năm, 12/18 chỉ tiêu chủ yếu đạt từ 50% kế hoạch trở lên (66,67%); tình hình an ninh ổn định.",
    "Chi bộ phấn đấu đến hết quý III kết nạp đạt 75% chỉ tiêu cả năm; hoàn thành hồ sơ 3 quần chúng ưu tú.",
    "Đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đến 31/12 giải ngân đạt từ 95% kế hoạch vốn trở lên.",
])
def test_a_share_of_another_plan_is_no_target(body):
    assert [t for t in _targets(body) if t[3] == "%"] == []


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: the level written after its plan word, and a plain rate against its level, stay targets
    ("Duy trì sĩ số: cuối kỳ còn 980/986 học sinh, tỷ lệ 99,39%, đạt chỉ tiêu 99% kế hoạch năm học.", (99.0, 99.39)),
    ("Tỷ lệ tham gia bảo hiểm y tế đạt 93,4% (chỉ tiêu Nghị quyết 92%); thu quỹ đạt 100%.", (92.0, 93.4)),
    ("Kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu (10 đảng viên); chuyển chính thức 8 đồng chí.", (10.0, 12.0)),
])
def test_levels_written_with_their_plan_word_stay(body, expected):
    assert expected in [(t[1], t[2]) for t in _targets(body)]


# ------------------------------------------------------------- a target named by its act alone takes its noun

@pytest.mark.parametrize(("body", "name"), [
    ("Công tác phát triển đảng viên: kết nạp 9/12 đảng viên, đạt 75% chỉ tiêu năm.", "Kết nạp đảng viên"),
    ("2. Xây dựng tổ chức Hội: kết nạp mới 31 hội viên, vượt chỉ tiêu năm (30 hội viên); thu hội phí đạt 100%.",
     "Kết nạp hội viên mới"),
    ("Năm 2025, Đoàn xã giới thiệu 14 đoàn viên ưu tú cho Đảng, đạt 140% chỉ tiêu (10 đoàn viên); ra quân 4 đợt.",
     "Giới thiệu đoàn viên"),
])
def test_an_act_alone_takes_the_noun_it_counts(body, name):
    assert name in [t[0] for t in _targets(body)]


@pytest.mark.parametrize(("body", "name"), [
    # near-misses: a name that already says what it counts, a measure, money
    ("Kết nạp đảng viên: 9/12 đồng chí, đạt 75% chỉ tiêu năm.", "Kết nạp đảng viên"),
    ("Trồng rừng tập trung: 38,6/45 ha, đạt 85,8% kế hoạch năm.", "Trồng rừng tập trung"),
    ("Tổng thu ngân sách trên địa bàn đạt 7,2 tỷ đồng, bằng 80% dự toán năm (9 tỷ đồng).", "Tổng thu ngân sách trên địa bàn"),
])
def test_a_named_target_keeps_its_name(body, name):
    assert name in [t[0] for t in _targets(body)]


# ------------------------------------------------------------- a Ban Thường vụ's meeting in a kết luận: its session

KL = ("ĐẢNG BỘ TỈNH HÀ NAM\nĐẢNG ỦY XÃ KIM BẢNG\n*\nSố 31-TB/ĐU\tĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Kim Bảng, ngày {day} tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ\n"
      "về một số nhiệm vụ trọng tâm\n")


def _kl_meeting(lead: str):
    meeting = analyze(KL.format(day=20) + lead + "\nBan Thường vụ kết luận như sau:\n1. Giao UBND xã hoàn thành "
                      "quyết toán trước ngày 15/12/2025.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLê Văn Tâm\n").structure.meeting
    return (meeting.name.value if meeting and meeting.name else None,
            meeting.kind.value if meeting and meeting.kind else None)


@pytest.mark.parametrize(("lead", "name"), [
    ("Ngày 18/11/2025, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ tháng 11 dưới sự chủ trì của đồng chí Lê Văn Tâm.",
     "phiên thường kỳ tháng 11"),
    ("Chiều 17/11, tại Phòng họp Đảng ủy, Ban Thường vụ Đảng ủy xã Kim Bảng họp phiên bất thường, nghe báo cáo về công "
     "tác chuẩn bị đại hội.", "phiên bất thường"),
    ("Ngày 19/11/2025, Ban Thường vụ đã họp phiên định kỳ quý IV; đồng chí Lê Văn Tâm, Phó Bí thư chủ trì.",
     "phiên định kỳ quý IV"),
])
def test_the_session_a_standing_committee_held_names_its_meeting(lead, name):
    assert _kl_meeting(lead) == (name, "hội nghị")


@pytest.mark.parametrize("lead", [
    # near-misses: the verb alone names no meeting; the kind is still read
    "Ngày 18/11/2025, Ban Thường vụ Đảng ủy xã họp dưới sự chủ trì của đồng chí Lê Văn Tâm, Phó Bí thư Đảng ủy.",
    "Ngày 18/11/2025, Ban Thường vụ Đảng ủy xã họp, nghe UBND xã báo cáo tiến độ giải ngân vốn đầu tư công.",
    "Sáng 18/11, Ban Thường vụ Đảng ủy xã họp nghe báo cáo kết quả kiểm tra phiên chợ Tết.",
])
def test_a_standing_committee_that_met_names_no_meeting(lead):
    assert _kl_meeting(lead) == (None, "hội nghị")


# ------------------------------------------------------------- the candidate of a part of the minutes, before its vote

def _votes(body: str):
    text = ("ĐẢNG BỘ XÃ NAM HƯNG\nCHI BỘ THÔN 5\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nBIÊN BẢN\nHỌP CHI BỘ XÉT KẾT NẠP ĐẢNG VIÊN\n"
            "Thời gian: 19 giờ 30 ngày 14/11/2025. Địa điểm: Nhà văn hóa thôn 5.\n" + body + "\nTHƯ KÝ\tCHỦ TRÌ\n")
    return [(d.person, d.votes_for) for d in analyze(text).structure.decisions if d.kind in ("vote", "resolution")]


@pytest.mark.parametrize(("body", "expected"), [
    ("I. XÉT KẾT NẠP QUẦN CHÚNG VI VĂN TÚ\nĐồng chí Lương Thị Mai đọc lý lịch và đơn xin vào Đảng.\n"
     "Biểu quyết: 14/15 đảng viên chính thức tán thành (93,33%).", ("Vi Văn Tú", 14)),
    ("Phần 2. Xét công nhận chính thức cho đ/c Hoàng Thị Nhàn (hết thời gian dự bị ngày 10/11/2025).\n"
     "Đồng chí Nhàn đọc bản tự kiểm điểm; các ý kiến nhất trí.\nBiểu quyết bằng giơ tay: 15/15 đồng chí tán thành.",
     ("Hoàng Thị Nhàn", 15)),
    ("2) Đề nghị kết nạp đảng viên\nChi bộ nghe báo cáo quá trình rèn luyện của quần chúng Đinh Gia Bảo, công nhân.\n"
     "Kết quả biểu quyết: 13/15 đảng viên chính thức tán thành, 02 không tán thành.", ("Đinh Gia Bảo", 13)),
])
def test_a_vote_is_about_the_candidate_its_part_introduces(body, expected):
    assert expected in _votes(body)


@pytest.mark.parametrize("body", [
    # near-misses: a part about something else, its speakers named; the vote has no person
    "I. THÔNG QUA NGHỊ QUYẾT THÁNG 11\nĐồng chí Lương Thị Mai trình bày dự thảo.\nBiểu quyết: 15/15 đồng chí tán thành.",
    "II. Kế hoạch làm đường thôn\nĐồng chí Vi Văn Tú, trưởng thôn, báo cáo dự toán 420 triệu đồng.\n"
    "Biểu quyết: 14/15 đồng chí tán thành.",
    "3) Quyên góp quỹ khuyến học\nQuần chúng Đinh Gia Bảo ủng hộ 5 triệu đồng.\nBiểu quyết: 15/15 đồng chí tán thành.",
])
def test_a_vote_of_another_part_has_no_person(body):
    assert all(person is None for person, _ in _votes(body))


# ------------------------------------------------------------- a level met, as the document judges it

@pytest.mark.parametrize(("body", "verdict"), [
    ("3. Tỷ lệ trẻ em được tiêm chủng đầy đủ: 97,1%, đạt chỉ tiêu (từ 95% trở lên).", "đạt"),
    ("- Tỷ lệ hồ sơ giải quyết đúng hạn 98,6%, đạt kế hoạch (97%); không có hồ sơ quá hạn.", "đạt"),
    ("Duy trì sĩ số: cuối kỳ còn 980/986 học sinh, tỷ lệ 99,39%, đạt chỉ tiêu 99% kế hoạch năm học.", "đạt"),
    # near-misses: the numbers' own verdict where the text says none, or says "vượt"
    ("- Tỷ lệ hồ sơ giải quyết đúng hạn 98,6% (kế hoạch 97%); không có hồ sơ quá hạn.", "vượt"),
    ("- Tỷ lệ tham gia bảo hiểm y tế 96,2%, vượt chỉ tiêu (95%).", "vượt"),
    ("- Thu ngân sách đạt 10,4 tỷ đồng, đạt 104% kế hoạch (10 tỷ đồng).", "vượt"),
])
def test_a_level_met_is_judged_as_the_document_says(body, verdict):
    assert [t[4] for t in _targets(body)] == [verdict]


# ------------------------------------------------------------- who a task's closing clause names

def _owners(items: str):
    text = REPORT + "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV\n" + items + "\n"
    return [(t.owner.value if t.owner else None) for t in analyze(text).structure.tasks]


@pytest.mark.parametrize(("item", "owner"), [
    ("1. Hoàn thành chỉ tiêu phát triển đảng viên; Ban Tổ chức hướng dẫn các chi bộ hoàn thiện hồ sơ trước ngày 10/12/2025.",
     "Ban Tổ chức"),
    ("2. Nâng cao chất lượng sinh hoạt hội; các chi hội trưởng vận động hội viên, báo cáo kết quả trước ngày 20/12/2025.",
     "các chi hội trưởng"),
    ("3. Tổng kết năm 2025; Văn phòng Đảng ủy tham mưu dự thảo báo cáo, trình Thường trực xong trong tháng 12/2025.",
     "Văn phòng Đảng ủy"),
])
def test_the_closing_clause_names_who_does_the_item(item, owner):
    assert owner in _owners(item)


@pytest.mark.parametrize("item", [
    # near-misses: a duty of each, and a clause with no one as its subject
    "1. Vận động ủng hộ Quỹ Vì người nghèo; mỗi đảng viên đóng góp ít nhất 01 ngày lương.",
    "2. Tu sửa nhà văn hóa thôn; kinh phí dự kiến 120 triệu đồng từ nguồn xã hội hóa.",
    "3. Chuẩn bị Đại hội Chi hội; thời gian tổ chức trong tháng 12/2025.",
])
def test_a_closing_clause_without_an_owner_names_none(item):
    assert _owners(item) == [None]


# ------------------------------------------------------------- a conference a Ban Chấp hành holds

NEWS = "Trang chủ » Xây dựng Đảng\nThứ Hai, 14/07/2025 - 10:20\n{headline}\n{lead}\nTheo báo cáo, 6 tháng đầu năm toàn " \
       "Đảng bộ kết nạp 21 đảng viên.\n"


def _news_kind(headline: str, lead: str):
    meeting = analyze(NEWS.format(headline=headline, lead=lead)).structure.meeting
    return meeting.kind.value if meeting and meeting.kind else None


@pytest.mark.parametrize(("headline", "lead", "kind"), [
    ("Đảng bộ xã Tân Lập sơ kết 6 tháng đầu năm", "Sáng 12/7, Ban Chấp hành Đảng bộ xã Tân Lập tổ chức hội nghị sơ kết "
     "công tác 6 tháng đầu năm 2025.", "hội nghị BCH"),
    ("Đảng bộ phường An Lạc tổng kết năm 2025", "Chiều 13/1, Ban Chấp hành Đảng bộ phường An Lạc (trực thuộc Thành ủy) tổ "
     "chức hội nghị tổng kết công tác xây dựng Đảng năm 2025.", "hội nghị BCH"),
    ("Hội nghị giữa nhiệm kỳ", "Ngày 10/7, BCH Đảng bộ huyện Mỹ Đức tổ chức hội nghị đánh giá giữa nhiệm kỳ 2020 - 2025.",
     "hội nghị BCH"),
    # near-misses: a conference the đảng ủy or a state body holds keeps its kind
    ("Xã Tân Lập sơ kết 6 tháng", "Sáng 12/7, UBND xã Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025.",
     "hội nghị"),
    ("Đảng ủy xã Tân Lập sơ kết 6 tháng", "Sáng 12/7, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 "
     "tháng đầu năm 2025.", "hội nghị"),
])
def test_the_conference_a_ban_chap_hanh_holds_is_its_own(headline, lead, kind):
    assert _news_kind(headline, lead) == kind


# ------------------------------------------------------------- the last items of a conclusion's task list

@pytest.mark.parametrize(("items", "expected"), [
    # a short item that ends its sentence, read as a heading by its shape
    ("Kết luận của chủ trì:\na) Phòng Kinh tế hoàn chỉnh phương án, trình UBND xã trước ngày 10/12/2025.\n"
     "b) Văn phòng theo dõi, tổng hợp tiến độ hằng tuần.", ("Văn phòng", "theo dõi, tổng hợp tiến độ hằng tuần")),
    ("Chủ trì kết luận như sau:\n1) Các thôn rà soát hộ nghèo, xong trước ngày 20/12/2025.\n2) Công an xã báo cáo hằng tuần.",
     ("Công an xã", "báo cáo hằng tuần")),
    # the next sibling of the task heading that follows the conclusions up
    ("2. Nhiệm vụ thời gian tới\n2.1. UBND xã đôn đốc nhà thầu hoàn thành đường liên thôn trước ngày 30/12/2025.\n"
     "3. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này, định kỳ báo cáo Thường trực Đảng ủy.",
     ("Văn phòng Đảng ủy", "theo dõi, đôn đốc việc thực hiện Thông báo này, định kỳ báo cáo Thường trực Đảng ủy")),
])
def test_the_last_items_of_a_task_list(items, expected):
    text = REPORT + items + "\n"
    assert expected in [(t.owner.value if t.owner else None, t.text.value) for t in analyze(text).structure.tasks]


@pytest.mark.parametrize("items", [
    # near-misses: the sibling after the task heading that tells something else, and a heading without its full stop
    "2. Nhiệm vụ thời gian tới\n2.1. UBND xã đôn đốc nhà thầu hoàn thành đường liên thôn trước ngày 30/12/2025.\n"
    "3. Ban Thường vụ thống nhất chủ trương hỗ trợ 5 triệu đồng mỗi hộ.",
    "Kết luận của chủ trì:\na) Phòng Kinh tế hoàn chỉnh phương án, trình UBND xã trước ngày 10/12/2025.\nb) Về công tác "
    "khác\nCác đơn vị báo cáo tình hình trật tự đô thị trong tháng.",
])
def test_no_task_from_a_sibling_that_assigns_nothing(items):
    found = [t.text.value for t in analyze(REPORT + items + "\n").structure.tasks]
    assert not any("thống nhất" in t or t.startswith("Về công tác") for t in found)


# ------------------------------------------------------------- owners the subject list missed

@pytest.mark.parametrize(("item", "owner"), [
    ("1. Các Hạt Kiểm lâm rà soát bản đồ vùng nguy cơ cháy rừng, xong trước ngày 20/12/2025.", "Các Hạt Kiểm lâm"),
    ("2. Chi cục Thủy lợi chủ động phương án tiêu úng cho vụ đông xuân.", "Chi cục Thủy lợi"),
    ("3. Chỉ đạo thu hoạch lúa mùa; trưởng các thôn chịu trách nhiệm ra quân làm thủy lợi nội đồng trong tháng 12/2025.",
     "trưởng các thôn"),
])
def test_owners_of_more_kinds(item, owner):
    assert owner in _owners(item)


@pytest.mark.parametrize("item", [
    # near-misses: an initiative praised, and a head named as the object of the task
    "1. Tiếp tục phát huy tinh thần chủ động của các chi hội trong vận động hội viên.",
    "2. Chủ động phương án phòng chống lụt bão, bảo đảm an toàn cho nhân dân.",
])
def test_no_owner_from_an_initiative(item):
    assert _owners(item) == [None]
