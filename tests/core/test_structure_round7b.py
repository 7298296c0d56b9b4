"""Shapes of issue 18, round 7 (second engineer): a news page whose portal name and menu stand above the
headline, target tables and sentences (which number is the plan and which the result, the period a report
covers), and vote lines. Sentences and documents of our own, none copied from a dev or held-out set."""

from __future__ import annotations

import pytest

from tests.helpers import gold

LEAD = ("Sáng 12/9, Chi bộ thôn Bản Chang (Đảng bộ xã Na Rì) tổ chức sinh hoạt chi bộ thường kỳ tháng 9 năm 2025. "
        "Đồng chí Hoàng Văn Sơn, Bí thư Chi bộ chủ trì buổi sinh hoạt.\n"
        "Buổi sinh hoạt có 24/26 đảng viên tham dự. Chi bộ thống nhất giao chi ủy rà soát danh sách hộ nghèo.\n"
        "Tin, ảnh: Minh Châu\n")
HEADLINE = "Chi bộ thôn Bản Chang sinh hoạt thường kỳ gắn với rà soát hộ nghèo"


# ------------------------------------------------------------------ news: the portal's name above its menu

@pytest.mark.parametrize("top", [
    "CỔNG THÔNG TIN ĐIỆN TỬ XÃ NA RÌ\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\n"
    "Trang chủ > Tin tức > Xây dựng Đảng\n" + HEADLINE + "\nNgày đăng: 14/09/2025 | Lượt xem: 112\n",
    "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ NA RÌ\nTrang chủ\tTin tức\tChính quyền\tCông dân\tDoanh nghiệp\n"
    + HEADLINE + "\n14/09/2025 07:30\tLượt xem: 98\n",
    "Báo điện tử Đảng bộ tỉnh Thái Nguyên\nThời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao\n"
    "Chính trị > Xây dựng Đảng\n" + HEADLINE + "\n14/09/2025\n",
])
def test_the_headline_is_the_line_under_the_portal_menu(top):
    found = gold(top + LEAD)
    assert found["title"] == HEADLINE
    assert found["date"] == "2025-09-12" and found["meeting"]["date"] == "2025-09-12"


@pytest.mark.parametrize("top", [  # near-misses: the headline is the first line; a sapo or a share bar follows it
    HEADLINE + "\nChia sẻ | In bài\nNgày đăng: 14/09/2025\n",
    HEADLINE + "\n14/09/2025 | Lượt xem: 112\nChi bộ thôn Bản Chang vừa tổ chức buổi sinh hoạt thường kỳ tháng 9\n",
    "Trang chủ > Tin tức > Xây dựng Đảng\n" + HEADLINE + "\nNgày đăng: 14/09/2025\n",
])
def test_a_headline_with_no_portal_name_above_it_stays(top):
    assert gold(top + LEAD)["title"] == HEADLINE


# ------------------------------------------------------------------ votes

MINUTES = ("ĐẢNG BỘ XÃ ĐÔNG SƠN\nCHI BỘ THÔN ĐÔNG\n*\nĐông Sơn, ngày 10 tháng 10 năm 2025\nBIÊN BẢN\n"
           "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\nThời gian: 19 giờ 30 phút, ngày 10/10/2025.\n"
           "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.\nThư ký: đồng chí Trần Thị Bình.\n"
           "Chi bộ có 16 đảng viên, có mặt 14 đồng chí, vắng 2 đồng chí.\n")


@pytest.mark.parametrize("closing", [
    "Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí dự họp nhất trí 100%.",
    "Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày. Biên bản được đọc lại, 14/14 đồng chí có mặt nhất trí.",
    "Biên bản được lập thành 02 bản, đã thông qua trước chi bộ, 100% đảng viên có mặt nhất trí.",
])
def test_the_minutes_read_back_is_no_decision(closing):
    text = MINUTES + "- Chi bộ biểu quyết thông qua Nghị quyết tháng 10: 14/14 đồng chí có mặt tán thành.\n" + closing + "\n"
    decisions = gold(text)["decisions"]
    assert len(decisions) == 1 and decisions[0]["for"] == 14


def test_a_vote_on_the_minutes_themselves_stays():  # near-miss: a vote, not the closing formula
    text = MINUTES + "Chi bộ biểu quyết thông qua biên bản kiểm phiếu bằng giơ tay: 14/14 đồng chí có mặt tán thành.\n"
    assert [d["for"] for d in gold(text)["decisions"]] == [14]


@pytest.mark.parametrize("sentence, person, count, base", [
    ("Kết quả, ông Lương Văn Tú trúng cử với 26/28 đại biểu có mặt tán thành (đạt 92,86%).", "Lương Văn Tú", 26, 28),
    ("Bà Hà Thị Mai được bầu giữ chức Phó Chủ tịch HĐND xã với 27/28 đại biểu tán thành.", "Hà Thị Mai", 27, 28),
    ("Đồng chí Vi Văn Sáng trúng cử Chủ tịch UBND xã với tỷ lệ 28/28 đại biểu có mặt tán thành.", "Vi Văn Sáng", 28, 28),
])
def test_an_election_told_with_its_count_of_approval_is_one_election(sentence, person, count, base):
    text = ("HĐND xã Đông Sơn khóa XII tổ chức kỳ họp thứ 5.\nKỳ họp có 28/30 đại biểu tham dự.\n"
            "Kỳ họp tiến hành bầu bổ sung chức danh. " + sentence + "\n")
    elections = [d for d in gold("BIÊN BẢN\nKỲ HỌP THỨ 5 HĐND XÃ ĐÔNG SƠN\n" + text)["decisions"] if d["kind"] == "election"]
    assert [(d["person"], d["for"], d["base"]) for d in elections] == [(person, count, base)]


# ------------------------------------------------------------------ targets: tables

REPORT = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY XÃ ĐỒNG TIẾN\n*\nSố 88-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
          "Đồng Tiến, ngày 16 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện Nghị quyết năm 2025\n-----\n"
          "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n")


def _targets(text: str) -> list[tuple]:
    return [(t["name"], t["target"], t["result"], t["verdict"]) for t in gold(text)["targets"]]


@pytest.mark.parametrize("head", [
    "TT | Chỉ tiêu | ĐVT | NQ năm 2025 | Ước TH năm 2025 | Đánh giá",
    "STT\tChỉ tiêu\tĐơn vị tính\tNghị quyết năm 2025\tThực hiện năm 2025\tGhi chú",
    "TT | Chỉ tiêu | ĐVT | Mức | Thực hiện | Đánh giá",
    "Stt | Nội dung | ĐVT | Chỉ tiêu | Kết quả | Đánh giá",
])
def test_a_target_table_names_its_level_column_many_ways(head):
    sep = "\t" if "\t" in head else " | "
    rows = [("1", "Sản lượng lương thực có hạt", "tấn", "7.500", "7.812,5", "Vượt"),
            ("2", "Tỷ lệ hộ nghèo", "%", "dưới 3", "2,64", "Đạt"),
            ("3", "Trồng rừng tập trung", "ha", "120", "104", "Không đạt"),
            ("4", "Chi bộ hoàn thành tốt nhiệm vụ trở lên", "%", "80", "đang đánh giá", "-")]
    text = REPORT + head + "\n" + "\n".join(sep.join(r) for r in rows) + "\nII. CÔNG TÁC XÂY DỰNG ĐẢNG\n"
    assert _targets(text) == [("Sản lượng lương thực có hạt", 7500, 7812.5, "vượt"), ("Tỷ lệ hộ nghèo", 3, 2.64, "đạt"),
                              ("Trồng rừng tập trung", 120, 104, "chưa đạt"),
                              ("Chi bộ hoàn thành tốt nhiệm vụ trở lên", 80, None, None)]


def test_a_table_of_counts_without_a_level_column_gives_no_target():  # near-miss: no column sets a level
    text = REPORT + ("TT | Nội dung | Năm 2024 | Năm 2025 | So sánh (%)\n1 | Số hộ nghèo | 142 | 118 | 83,1\n"
                     "2 | Số lao động có việc làm mới | 210 | 236 | 112,4\nII. CÔNG TÁC XÂY DỰNG ĐẢNG\n")
    assert _targets(text) == []


# ------------------------------------------------------------------ targets: plan and result in prose

MEETING = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
           "\tCao Bằng, ngày 20 tháng 11 năm 2025\nBIÊN BẢN\nHọp giao ban tiến độ các chương trình năm 2025\n"
           "Thời gian: 08 giờ 00 phút, ngày 20/11/2025.\nChủ trì: ông Nông Văn Tiến, Phó Giám đốc Sở.\n")


@pytest.mark.parametrize("line, name, target, result", [
    ("1. Chi cục Kiểm lâm báo cáo: kế hoạch trồng rừng năm 2025 là 450 ha; đến 15/11 đã trồng được 362,7 ha, đạt 80,6%.",
     "Trồng rừng", 450, 362.7),
    ("2. Văn phòng Đăng ký đất đai: kế hoạch cấp giấy chứng nhận lần đầu năm 2025 là 2.100 giấy; đã cấp 1.764 giấy, "
     "đạt 84%.", "Cấp giấy chứng nhận lần đầu", 2100, 1764),
    ("3. Tính đến 15/11/2025: tổng thu ngân sách trên địa bàn 61,2 tỷ đồng/72 tỷ đồng dự toán giao, đạt 85%.",
     "Tổng thu ngân sách trên địa bàn", 72, 61.2),
])
def test_a_plan_and_its_result_in_one_sentence_are_a_target_in_progress(line, name, target, result):
    found = _targets(MEETING + "NỘI DUNG\n" + line + "\n")
    assert found == [(name, target, result, "tiến độ")]


@pytest.mark.parametrize("line", [  # near-misses: an allocation spent, a share of another whole, a plan with no result
    "1. Kế toán báo cáo: tổng kinh phí được giao 2,4 tỷ đồng, đã sử dụng 2,1 tỷ đồng, đạt 87,5%.",
    "2. Đã cấp 1.764 giấy chứng nhận, đạt 84% số hồ sơ đủ điều kiện; còn 336 hồ sơ đang xác minh.",
    "3. Kế hoạch trồng rừng năm 2025 là 450 ha, tập trung ở các xã phía Bắc.",
])
def test_no_target_without_a_plan_and_its_result(line):
    assert _targets(MEETING + "NỘI DUNG\n" + line + "\n") == []


@pytest.mark.parametrize("lead, verdict", [
    ("Tính đến 30/11/2025: kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên).", "tiến độ"),
    ("Đến ngày 30/11/2025, kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên).", "tiến độ"),
    ("Cả năm 2025 kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên).", "chưa đạt"),
    ("Đến 31/12/2025, kết nạp 21 đảng viên mới, đạt 84% chỉ tiêu năm (25 đảng viên).", "chưa đạt"),
])
def test_a_result_told_up_to_a_day_before_the_years_end_is_progress(lead, verdict):
    text = ("ĐẢNG ỦY PHƯỜNG HÒA AN\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tHòa An, ngày 10 tháng 12 năm 2025\nBIÊN BẢN\n"
            "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 9\nHồi 08 giờ 00 phút, ngày 10/12/2025.\n" + lead + "\n")
    assert [t[3] for t in _targets(text)] == [verdict]


@pytest.mark.parametrize("top", [
    "Cổng thông tin điện tử xã Na Rì\n" + HEADLINE + "\nCập nhật: 14/09/2025\n",
    "CỔNG THÔNG TIN ĐIỆN TỬ XÃ NA RÌ\n" + HEADLINE + "\n14/09/2025 | 312 lượt xem\n",
    "Báo điện tử Đảng Cộng sản tỉnh Bắc Kạn\n" + HEADLINE + "\nThứ Hai, 14/09/2025 07:30\n",
])
def test_the_sites_own_name_is_no_headline(top):
    assert gold(top + LEAD)["title"] == HEADLINE


# ------------------------------------------------------------------ type line written another way

CELL = "ĐẢNG BỘ XÃ TÂN AN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 3\n*\nSố 12-BB/CB\tTân An, ngày 05 tháng 11 năm 2025\n"
OPENING = "Thời gian: 14 giờ 00 phút, ngày 05/11/2025.\nChủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.\n"


@pytest.mark.parametrize("type_line, genre", [
    ("Biên bản", "bien_ban"), ("B I Ê N  B Ả N", "bien_ban"), ("Nghị quyết", "nghi_quyet"), ("Báo cáo", "bao_cao"),
])
def test_a_type_line_in_sentence_case_or_spaced_out(type_line, genre):
    found = gold(CELL + type_line + "\nsinh hoạt chi bộ thường kỳ tháng 11 năm 2025\n" + OPENING)
    assert (found["genre"], found["title"]) == (genre, "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025")


@pytest.mark.parametrize("line", ["Biên bản họp", "B Ả N G", "Kết quả", "biên bản", "BIÊN BẢN:", "B I Ê N"])
def test_no_type_word_from_other_short_lines(line):  # near-misses: more than the word, another word, lower case
    from minutes_app.core.structure.lines import type_word

    assert type_word(line) is None


ROLL = "Tổng số đảng viên 31 đồng chí (29 chính thức, 2 dự bị); có mặt 29 đồng chí (27 chính thức, 2 dự bị); vắng 2 đồng chí.\n"


@pytest.mark.parametrize("line, count, base", [
    ("Chi bộ biểu quyết đề nghị kết nạp quần chúng Lường Thị Mai vào Đảng với 100% đảng viên chính thức có mặt (27/27) "
     "tán thành.", 27, 27),
    ("Đề nghị công nhận đảng viên chính thức cho đồng chí Lò Thị Hoa: 27/27 đồng chí đảng viên chính thức có mặt biểu "
     "quyết tán thành, đạt tỷ lệ 100%.", 27, 27),
    ("Chi bộ biểu quyết đề nghị kết nạp quần chúng Lường Thị Mai: 26 đồng chí đảng viên chính thức tán thành (96,3%).", 26, 27),
])
def test_a_vote_told_with_two_person_nouns_or_its_ratio_in_brackets(line, count, base):
    found = gold(MINUTES.replace("Chi bộ có 16 đảng viên, có mặt 14 đồng chí, vắng 2 đồng chí.\n", ROLL) + line + "\n")
    assert [(d["for"], d["base"]) for d in found["decisions"]] == [(count, base)]


def test_those_present_in_brackets_before_another_word_stay_present():  # near-miss: no vote label after the bracket
    text = MINUTES + "Hội nghị có 100% đảng viên chính thức có mặt (14/14), đủ điều kiện tiến hành.\n"
    assert gold(text)["decisions"] == []


@pytest.mark.parametrize("line, person, count, base", [
    ("Hội nghị đã bầu bổ sung đồng chí Hà Thị Thu, Phó Chủ tịch UBND xã giữ chức Ủy viên Ban Thường vụ Đảng ủy xã với "
     "15/17 phiếu (88,24%).", "Hà Thị Thu", 15, 17),
    ("Hội nghị bầu bổ sung đồng chí Hà Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã, vào Ban Chấp hành Đảng bộ xã với "
     "16/17 phiếu.", "Hà Thị Thu", 16, 17),
    ("Hội nghị bầu bổ sung bà Hà Thị Thu vào Ban Chấp hành Đảng bộ xã với 16/17 phiếu.", "Hà Thị Thu", 16, 17),
    ("Số phiếu bầu đồng chí Nguyễn Văn Tâm làm Bí thư là 26/27, đạt 96,3%.", "Nguyễn Văn Tâm", 26, 27),
])
def test_an_election_of_one_named_person_with_its_ballots(line, person, count, base):
    elections = [d for d in gold(MINUTES + line + "\n")["decisions"] if d["kind"] == "election"]
    assert [(d["person"], d["for"], d["base"]) for d in elections] == [(person, count, base)]


@pytest.mark.parametrize("line", [  # near-misses: an election proposed for later
    "Hội nghị thống nhất đề nghị bầu đồng chí Hà Thị Thu, Chủ tịch Hội LHPN, vào Ban Chấp hành tại kỳ họp sau.",
    "Hội nghị thống nhất đề nghị bầu đồng chí Hà Thị Thu vào Ban Chấp hành tại kỳ họp sau.",
    "Chi ủy chuẩn bị nhân sự, dự kiến bầu đồng chí Hà Thị Thu làm Phó Bí thư tại kỳ sinh hoạt tháng 12.",
])
def test_an_election_still_to_come_is_none(line):
    assert [d for d in gold(MINUTES + line + "\n")["decisions"] if d["kind"] == "election"] == []


NINE_MONTHS = ("UBND XÃ TÂN AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 88/BC-UBND\tTân An, ngày 25 tháng 09 năm 2026\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng đầu năm 2026\n"
               "I. KẾT QUẢ\n")


@pytest.mark.parametrize("line, target", [
    ("Tỷ lệ người dân tham gia BHYT toàn xã đạt 93,4%, chỉ tiêu Nghị quyết giao năm 2026 là 95%.",
     ("Tỷ lệ người dân tham gia BHYT toàn xã", 95, 93.4, "tiến độ")),
    ("Chỉ tiêu thu ngân sách năm 2026: 20 tỷ đồng; kết quả thực hiện: 21,74 tỷ đồng, đạt 108,7%.",
     ("Thu ngân sách", 20, 21.74, "vượt")),
    ("Kế hoạch giao năm 2026 là 1.500 lao động; thực hiện 9 tháng 1.275 lao động, đạt 85%.", (None, 1500, 1275, "tiến độ")),
])
def test_a_plan_and_its_result_paired_by_their_cues_and_share(line, target):
    found = _targets(NINE_MONTHS + line + "\n")
    assert len(found) == 1 and found[0][1:] == target[1:] and (target[0] is None or found[0][0] == target[0])


@pytest.mark.parametrize("line", [  # near-misses: a share of another whole, two rates with no plan word, a growth
    "Tổng thu ngân sách 21,74 tỷ đồng; chi thường xuyên 20 tỷ đồng, bằng 92% tổng thu.",
    "Tỷ lệ hộ nghèo đạt 3,1%, tỷ lệ hộ cận nghèo là 4,2%.",
    "Chỉ tiêu thu ngân sách năm 2026 là 20 tỷ đồng, tăng 8% so với năm 2025.",
])
def test_no_pair_without_a_plan_a_result_and_their_share(line):
    assert _targets(NINE_MONTHS + line + "\n") == []


@pytest.mark.parametrize("line, expected", [
    ("Năm 2026, Đảng bộ xã đặt mục tiêu kết nạp 30 đảng viên mới, thu ngân sách đạt 62 tỷ đồng.",
     [("Kết nạp đảng viên mới", 30), ("Thu ngân sách", 62)]),
    ("Năm 2027, xã phấn đấu thu ngân sách 66 tỷ đồng, xây dựng thêm 02 thôn nông thôn mới kiểu mẫu.",
     [("Thu ngân sách", 66), ("Xây dựng thêm thôn nông thôn mới kiểu mẫu", 2)]),
    ("Phấn đấu đến hết năm 2026: tổng thu ngân sách đạt 8.500 triệu đồng trở lên; tỷ lệ tham gia BHYT đạt 93% trở lên; "
     "giảm tỷ lệ hộ nghèo còn không quá 3,0%.", [("Tổng thu ngân sách", 8500), ("Tỷ lệ tham gia BHYT", 93),
                                                ("Tỷ lệ hộ nghèo", 3)]),
])
def test_levels_striven_for_are_future_targets(line, expected):
    found = _targets(NINE_MONTHS + "II. PHƯƠNG HƯỚNG QUÝ IV\n" + line + "\n")
    assert [(n, t) for n, t, r, v in found] == expected and all(r is None and v is None for _, _, r, v in found)


@pytest.mark.parametrize("line", [  # near-misses: one level only, a growth after it, a striving with no numbers
    "Năm 2027, xã phấn đấu thu ngân sách 66 tỷ đồng, tăng 8% so với năm 2026.",
    "Năm 2027, Đảng bộ đặt mục tiêu giữ vững an ninh chính trị, trật tự an toàn xã hội.",
])
def test_no_list_of_levels_from_one_level_or_none(line):
    found = _targets(NINE_MONTHS + "II. PHƯƠNG HƯỚNG QUÝ IV\n" + line + "\n")
    assert [t[1] for t in found] in ([], [66])


# ------------------------------------------------------------------ meeting date and end

NEWS_HEAD = "Đảng bộ xã Hòa Bình tổng kết công tác xây dựng Đảng năm 2025\n"
NEWS_TAIL = (" Đảng bộ xã Hòa Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025. Đồng chí Lê Văn Hùng, Bí thư "
             "Đảng ủy xã chủ trì hội nghị.\nHội nghị có 45/47 đại biểu tham dự.\nMinh Anh\n")


@pytest.mark.parametrize("dateline, lead, day", [
    ("Cập nhật lúc 09:00, 05/01/2026", "Chiều 30/12,", "2025-12-30"),
    ("03/01/2026", "Sáng 29/12,", "2025-12-29"),
    ("20/12/2025", "Sáng thứ Năm (18/12),", "2025-12-18"),
    ("20/12/2025", "Sáng 23/12, Đảng ủy xã sẽ tổ chức hội nghị; trước đó, chiều 18/12,", None),  # near-miss below
])
def test_a_news_meeting_day_in_the_days_before_its_posting(dateline, lead, day):
    found = gold(NEWS_HEAD + dateline + "\n" + lead + NEWS_TAIL)
    if day is None:  # a day after the posting in the same month stays in the posting's year
        assert found["meeting"]["date"][:4] == "2025"
    else:
        assert found["meeting"]["date"] == day


@pytest.mark.parametrize("closing, end", [
    ("Việc kiểm phiếu kết thúc lúc 10 giờ 25 phút cùng ngày.", None),
    ("Ban kiểm phiếu làm việc từ 9 giờ 40; việc kiểm phiếu kết thúc lúc 10 giờ 25 phút.", None),
    ("Việc kiểm phiếu kết thúc lúc 10 giờ 25 phút. Đại hội bế mạc lúc 11 giờ 30 phút cùng ngày.", "11:30"),
    ("Đại hội kết thúc lúc 11 giờ 30 phút cùng ngày.", "11:30"),
])
def test_the_end_of_the_count_is_not_the_end_of_the_meeting(closing, end):
    text = (CELL + "BIÊN BẢN\nĐại hội Chi bộ thôn 3 nhiệm kỳ 2025 - 2027\nĐại hội khai mạc hồi 7 giờ 30 phút, ngày 05/11/2025.\n"
            + closing + "\n")
    assert gold(text)["meeting"]["end"] == end


@pytest.mark.parametrize("line, person", [
    ("Chi bộ biểu quyết giới thiệu đoàn viên Nguyễn Thị Mai Hương để Đảng ủy xem xét kết nạp: 14/14 đồng chí tán thành.",
     "Nguyễn Thị Mai Hương"),
    ("Quần chúng Đỗ Thị Lan Anh được chi bộ biểu quyết đề nghị kết nạp với 14/14 đồng chí tán thành.", "Đỗ Thị Lan Anh"),
    ("Đề nghị công nhận đảng viên chính thức cho đ/c Lường Văn Hợi: 100% đảng viên có mặt tán thành (14/14).", "Lường Văn Hợi"),
    # near-misses: the one who presented what was adopted, a sentence about no person
    ("Chi bộ biểu quyết thông qua Nghị quyết tháng 11 do đồng chí Nguyễn Văn Tâm trình bày: 14/14 đồng chí tán thành.", None),
    ("Đồng chí Nguyễn Văn Tâm trình bày dự thảo Nghị quyết; Chi bộ biểu quyết thông qua với 14/14 đồng chí tán thành.", None),
    ("Chi bộ biểu quyết thông qua chủ trương làm đường nội thôn: 14/14 đồng chí tán thành.", None),
])
def test_the_person_a_vote_is_about(line, person):
    assert [d["person"] for d in gold(MINUTES + line + "\n")["decisions"]] == [person]


@pytest.mark.parametrize("head", [
    "TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2026 | Thực hiện 9 tháng | So KH (%)",
    "STT\tNội dung\tĐơn vị\tKH năm\tTH 9 tháng\tTỷ lệ",
    "TT | Chỉ tiêu | ĐVT | Chỉ tiêu năm 2026 | Lũy kế đến 30/9 | Đạt %",
])
def test_a_mid_year_table_gives_progress_but_a_ceiling_missed_is_missed(head):
    sep = "\t" if "\t" in head else " | "
    rows = [("1", "Thu ngân sách", "triệu đồng", "8.500", "6.912", "81,3"), ("2", "Trồng rừng", "ha", "120", "126", "105"),
            ("3", "Tỷ lệ hộ nghèo", "%", "dưới 3", "3,4", "-")]
    text = NINE_MONTHS + head + "\n" + "\n".join(sep.join(r) for r in rows) + "\nII. NHIỆM VỤ\n"
    assert [t[3] for t in _targets(text)] == ["tiến độ", "vượt", "chưa đạt"]


@pytest.mark.parametrize("line, count", [
    ("- Chi bộ thống nhất thông qua Nghị quyết tháng 10, biểu quyết 14/14 đồng chí đạt 100%.", 14),
    ("- Chi bộ đã biểu quyết nhất trí thông qua dự thảo Nghị quyết (14/14 đồng chí, đạt 100%).", 14),
    ("- Chi bộ biểu quyết thông qua Nghị quyết tháng 10: 13/14 đồng chí, đạt 92,86%.", 13),
])
def test_an_adoption_counted_by_its_voters(line, count):
    assert [d["for"] for d in gold(MINUTES + line + "\n")["decisions"]] == [count]


@pytest.mark.parametrize("line", [  # near-misses: a draft discussed, a ratio of something else in the sentence
    "- Các đồng chí đóng góp ý kiến vào dự thảo Nghị quyết tháng 12 (14/14 đồng chí phát biểu).",
    "- Chi bộ thống nhất thông qua Nghị quyết; giao 3/5 đồng chí chi ủy viên theo dõi.",
])
def test_no_count_from_a_draft_discussed_or_another_ratio(line):
    assert all(d["for"] is None for d in gold(MINUTES + line + "\n")["decisions"])


@pytest.mark.parametrize("line, expected", [
    ("Số hộ nghèo giảm 45 hộ, còn 120 hộ (kế hoạch giảm 40 hộ).", ("Số hộ nghèo", 40, 45, "vượt")),
    ("Trong năm, số hộ nghèo giảm được 38 hộ, còn lại 127 hộ (chỉ tiêu giảm 40 hộ).", ("Số hộ nghèo", 40, 38, "tiến độ")),
    ("Tỷ lệ hộ nghèo còn 2,1%, giảm 0,8% so với năm 2025 (chỉ tiêu giảm còn dưới 2,5%).", ("Tỷ lệ hộ nghèo", 2.5, 2.1, "đạt")),
    ("Dự toán chi ngân sách năm 2026 là 35 tỷ đồng, đã chi 26,2 tỷ đồng, bằng 74,9% dự toán.",
     ("Chi ngân sách", 35, 26.2, "tiến độ")),
    ("Kế hoạch năm 2026 tuyển 25 thanh niên nhập ngũ; đến nay đã có 30 thanh niên đăng ký, đạt 120%.",
     ("Tuyển thanh niên nhập ngũ", 25, 30, "vượt")),
])
def test_which_number_is_the_plan_and_which_the_result(line, expected):
    assert _targets(NINE_MONTHS + line + "\n") == [expected]


@pytest.mark.parametrize("line, kinds", [
    ("Đại hội biểu quyết bầu lần 2 với 02 đ/c Khang và Bảo: 14/14 tán thành.", ["vote"]),
    ("- Văn phòng Đảng ủy ban hành nghị quyết hội nghị trong 03 ngày làm việc.", []),
    ("- Giao Văn phòng ban hành Nghị quyết trước ngày 20/11/2025.", []),
    # near-misses: an election with its ballots, a resolution adopted
    ("Đại hội bầu đồng chí Nguyễn Văn Tâm làm Bí thư Chi bộ với 13/14 phiếu.", ["election"]),
    ("- Hội nghị thống nhất ban hành Nghị quyết về nhiệm vụ năm 2026.", ["resolution"]),
])
def test_a_vote_to_hold_a_round_and_a_task_to_issue_a_resolution(line, kinds):
    assert [d["kind"] for d in gold(MINUTES + line + "\n")["decisions"]] == kinds


YEAR_NEWS = ("Đảng bộ xã Hòa Bình tổng kết công tác năm 2025\n20/12/2025\nSáng 18/12, Đảng bộ xã Hòa Bình tổ chức hội nghị "
             "tổng kết công tác xây dựng Đảng năm 2025. Đồng chí Lê Văn Hùng, Bí thư Đảng ủy xã chủ trì hội nghị.\n")


@pytest.mark.parametrize("line, expected", [
    ("Năng suất lúa bình quân đạt 62 tạ/ha, vượt kế hoạch 2 tạ/ha.", (60, 62, "vượt")),
    ("Sản lượng lương thực đạt 10.126 tấn, vượt kế hoạch 326 tấn.", (9800, 10126, "vượt")),
    ("Toàn xã có 12/14 thôn đạt chuẩn nông thôn mới kiểu mẫu, chưa đạt mục tiêu 14 thôn đề ra.", (14, 12, "chưa đạt")),
    # near-misses: the plan itself after "vượt chỉ tiêu", a plan in brackets after the excess
    ("Kết nạp 18 đảng viên, vượt chỉ tiêu 15 đảng viên đề ra.", (15, 18, "vượt")),
    ("Năng suất lúa đạt 62 tạ/ha, vượt 3 tạ/ha so với kế hoạch (59 tạ/ha).", (59, 62, "vượt")),
])
def test_an_excess_over_the_plan_and_a_ratio_whose_whole_is_the_plan(line, expected):
    assert [(t[1], t[2], t[3]) for t in _targets(YEAR_NEWS + line + "\nMinh Anh\n")] == [expected]


def test_a_ratio_whose_whole_is_no_plan_is_no_target():  # near-miss: the same number, no plan word before it
    assert _targets(YEAR_NEWS + "Có 12/14 thôn đạt chuẩn nông thôn mới, 14 thôn đã có nhà văn hóa.\nMinh Anh\n") == []


COUNCIL_NEWS = ("HĐND xã Tân An thông qua 12 nghị quyết tại kỳ họp thứ 5\n20/12/2025\nSáng 18/12, HĐND xã Tân An khóa I tổ "
                "chức kỳ họp thứ 5. Đồng chí Lê Văn Hùng, Chủ tịch HĐND xã chủ trì kỳ họp. Kỳ họp có 27/30 đại biểu tham dự.\n")


@pytest.mark.parametrize("line, counts", [
    ("Các nghị quyết đều được 100% đại biểu dự họp biểu quyết thông qua.", [27]),
    ("Cả 12 nghị quyết đều được 27/27 đại biểu có mặt tán thành.", [27]),
    ("Các nghị quyết được ban hành sẽ được triển khai từ đầu năm 2026.", []),  # near-miss: no adoption told
])
def test_resolutions_adopted_told_of_themselves_in_the_plural(line, counts):
    assert [d["for"] for d in gold(COUNCIL_NEWS + line + "\nMinh Anh\n")["decisions"]] == counts


@pytest.mark.parametrize("line, expected", [
    ("Trồng rừng tập trung 137,5 ha/150 ha KH, đạt 91,67%.", ("Trồng rừng tập trung", 150, 137.5, "tiến độ")),
    ("Trồng rừng tập trung 137,5/150 ha, đạt 91,67% kế hoạch.", ("Trồng rừng tập trung", 150, 137.5, "tiến độ")),
])
def test_a_share_of_the_plan_is_a_result_against_it(line, expected):
    assert _targets(NINE_MONTHS + line + "\n") == [expected]


@pytest.mark.parametrize("line", [  # near-misses: a share of a whole that is no plan
    "Có 137 hộ/150 hộ tham gia, đạt 91,3%.",
    "Có 137 hộ/150 hộ khó khăn được hỗ trợ, đạt 91,3%.",
])
def test_a_share_of_a_whole_is_no_target(line):
    assert _targets(NINE_MONTHS + line + "\n") == []
