"""Shapes of issue 18's sixth round (s6): a counted vote whose share or base is told in words ("21 đồng chí tán
thành (đạt 95,45%)", "22 trên 22 đồng chí"); the summary's figure rows keep the ballots of the first count of a
vote by ballot, with their words, and leave out the meeting's routine (speeches, sittings, party cells).
Sentences of our own, none copied from a dev or held-out set."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

# no attendance line: the base of a vote can only come from the vote itself
HEAD = "ĐẢNG BỘ XÃ TÂN PHƯỚC\nCHI BỘ ẤP HÒA LONG\n*\nHòa Long, ngày 20 tháng 9 năm 2025\nBIÊN BẢN\n" \
       "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2025\n"


def votes(body: str) -> list[tuple]:
    s = analyze(HEAD + body + "\n").structure
    return [(d.votes_for, d.against, d.base) for d in s.decisions if d.kind in ("vote", "resolution")]


def rows(body: str) -> list[str]:
    return [r.text for r in chosen_figures(analyze(HEAD + body + "\n"))[0]]


# ------------------------------------------------------------------ the share after the count's label gives the base

@pytest.mark.parametrize("body, expected", [
    ("Biểu quyết thông qua nghị quyết: 21 đồng chí tán thành (đạt 95,45%), 1 đồng chí không tán thành.", (21, 1, 22)),
    ("Chi bộ biểu quyết: 20 đồng chí tán thành, chiếm 90,91%; 2 đồng chí không tán thành.", (20, 2, 22)),
    ("Kết quả: 15 đảng viên nhất trí (tỷ lệ 93,75%), 1 đảng viên không nhất trí.", (15, 1, 16)),
    ("Biểu quyết giao chi ủy hoàn thiện hồ sơ: 18 đồng chí đồng ý (100%).", (18, None, 18)),
])
def test_the_share_after_a_counted_label_gives_the_base(body, expected):
    assert votes(body) == [expected]


@pytest.mark.parametrize("body", [
    "Biểu quyết: 16/16 đảng viên có mặt tán thành, bằng 80% tổng số đảng viên của chi bộ (20 đồng chí).",
    "Biểu quyết: 16 đồng chí tán thành, chiếm 72,7% số đảng viên được triệu tập.",
])
def test_a_share_of_another_base_gives_no_base_to_the_vote(body):
    got = votes(body)
    assert got and got[0][0] == 16 and got[0][2] in (None, 16), got


def test_a_share_of_something_else_later_in_the_line_is_no_share_of_the_vote():
    # the percentage belongs to another clause: no base read from it
    got = votes("Biểu quyết: 21 đồng chí tán thành; mô hình đã phủ 95% số hộ của ấp.")
    assert got and got[0][2] is None


# ------------------------------------------------------------------ "22 trên 22 đồng chí": a count and its base in words

@pytest.mark.parametrize("body, expected", [
    ("Chi bộ biểu quyết thông qua nghị quyết với 22 trên 22 đồng chí tán thành.", (22, None, 22)),
    ("Biểu quyết: 19 trên 21 đồng chí có mặt tán thành.", (19, None, 21)),
    ("Có 20 trên tổng số 22 đồng chí nhất trí với đề nghị của chi ủy.", (20, None, 22)),
])
def test_a_count_on_its_base_in_words(body, expected):
    assert votes(body) == [expected]


def test_tren_between_two_numbers_of_different_things_is_no_ratio():
    # "trên" is a place here, and the numbers are not both counts of a vote
    got = votes("Biểu quyết: 18 đồng chí tán thành việc làm 3 trên 5 tuyến đường nội ấp.")
    assert got and got[0][0] == 18 and got[0][2] is None


# ------------------------------------------------------------------ the ballots of the first count are figure rows

# one count, one row, as its sentence writes it (round 15)
@pytest.mark.parametrize("count, expected", [
    ("Số phiếu phát ra: 24; thu vào: 24; hợp lệ: 23; không hợp lệ: 1.",
     ["Số phiếu phát ra: 24; thu vào: 24; hợp lệ: 23; không hợp lệ: 1"]),
    ("Kết quả kiểm phiếu: phát ra 24 phiếu, thu về 24 phiếu, 23 phiếu hợp lệ.",
     ["Phát ra 24 phiếu, thu về 24 phiếu, 23 phiếu hợp lệ"]),
    ("Tổng số phiếu phát ra là 24, số phiếu hợp lệ 24.", ["Tổng số phiếu phát ra là 24, số phiếu hợp lệ 24"]),
])
def test_the_ballots_of_an_election_are_rows_with_their_words(count, expected):
    got = rows("Bầu Bí thư chi bộ. " + count + "\nĐồng chí Lý Văn Khoa được 22 phiếu, trúng cử Bí thư Chi bộ.")
    assert [r for r in got if "phiếu" in r or "vào" in r or "lệ" in r] == expected, got


def test_the_second_count_repeats_the_voters_no_rows_of_its_own():
    got = rows("Bầu Chi ủy: phát ra 24 phiếu, thu về 24 phiếu, 24 phiếu hợp lệ. Đồng chí Lý Văn Khoa được 23 phiếu, "
               "đồng chí Đinh Thị Nhung được 21 phiếu.\n"
               "Bầu Bí thư: phát ra 24 phiếu, thu về 24 phiếu, 24 phiếu hợp lệ. Đồng chí Lý Văn Khoa được 24 phiếu.")
    assert sum("phát ra" in r.lower() for r in got) == 1, got


def test_ballots_without_a_vote_by_ballot_are_not_counted_rows():
    # a report that tells of a survey by questionnaire: no election, no discipline
    got = [r for r in rows("Ấp phát ra 120 phiếu khảo sát, thu về 112 phiếu.") if "phát ra" in r]
    assert got == []


# ------------------------------------------------------------------ the meeting's routine is no figure row

@pytest.mark.parametrize("sentence", [
    "Hội nghị thảo luận sôi nổi, có 7 ý kiến phát biểu.",
    "Có 6 lượt ý kiến thảo luận, tập trung vào công tác dân vận.",
    "Đã có 5 đồng chí tham gia ý kiến vào dự thảo.",
    "Trong quý, chi bộ duy trì 3 kỳ sinh hoạt thường kỳ.",
    "Chi bộ có 34 đảng viên, sinh hoạt ở 4 tổ đảng.",
    "Đảng bộ xã có 18 chi bộ trực thuộc.",
])
def test_counts_of_the_routine_are_no_figure_rows(sentence):
    got = rows(sentence + "\nTổng thu ngân sách ấp đạt 1,2 tỷ đồng.")
    assert not any(r.split()[0].isdigit() and any(w in r for w in ("ý kiến", "kỳ sinh", "tổ đảng", "chi bộ trực"))
                   for r in got), got
    assert any("1,2 tỷ đồng" in r for r in got), got


@pytest.mark.parametrize("sentence, kept", [
    ("Nhân dân đóng góp 25 ý kiến vào dự thảo quy ước của ấp.", "25 ý kiến"),
    ("Ấp có 6 tổ tự quản về an ninh trật tự.", "6 tổ tự quản"),
    ("Trong quý đã tổ chức 3 lớp tập huấn cho 120 nông dân.", "120 nông dân"),
])
def test_counts_that_are_facts_stay_figure_rows(sentence, kept):
    assert any(kept in r for r in rows(sentence)), rows(sentence)


# ------------------------------------------------------------------ a task's owner as its list label, or a comrade

REPORT = "ĐẢNG BỘ XÃ TÂN PHƯỚC\nCHI BỘ ẤP HÒA LONG\n*\nHòa Long, ngày 20 tháng 9 năm 2025\nBÁO CÁO\n" \
         "Kết quả công tác quý III năm 2025\nI. KẾT QUẢ\nChi bộ hoàn thành các nhiệm vụ đề ra.\n" \
         "II. NHIỆM VỤ QUÝ IV NĂM 2025\n"


def owners(items: str) -> list[str | None]:
    return [t.owner.value if t.owner else None for t in analyze(REPORT + items).structure.tasks]


@pytest.mark.parametrize("items, expected", [
    ("a) Chi cục Thủy lợi: rà soát các trạm bơm, hoàn thành trước ngày 15/10/2025.\n"
     "b) Công ty Cổ phần cấp nước Hòa Long: nạo vét tuyến ống chính trong tháng 11/2025.\n",
     ["Chi cục Thủy lợi", "Công ty Cổ phần cấp nước Hòa Long"]),
    ("- Trung tâm Dịch vụ nông nghiệp: cung ứng giống lúa cho vụ Đông Xuân trước ngày 30/11/2025.\n"
     "- Hợp tác xã Hòa Long: ký hợp đồng bao tiêu với các hộ trong tháng 10/2025.\n",
     ["Trung tâm Dịch vụ nông nghiệp", "Hợp tác xã Hòa Long"]),
])
def test_a_body_as_the_label_of_its_task(items, expected):
    assert owners(items) == expected


@pytest.mark.parametrize("item, expected", [
    ("1. Đồng chí Mạc Văn Tài, chi ủy viên, tiếp tục giúp đỡ quần chúng Lê Thị Hoa, hoàn thiện hồ sơ trong tháng 11/2025.\n",
     "Đồng chí Mạc Văn Tài"),
    ("1. Đ/c Hà Thị Lụa, phó bí thư chi bộ, theo dõi việc thu đảng phí, báo cáo trước ngày 05/12/2025.\n",
     "Đ/c Hà Thị Lụa"),
    ("1. Đồng chí Kha Văn Bền, Trưởng ấp, vận động các hộ còn lại hoàn thành trước ngày 30/11/2025.\n",
     "Đồng chí Kha Văn Bền"),
])
def test_a_comrade_with_a_position_owns_the_task(item, expected):
    assert owners(item) == [expected]


@pytest.mark.parametrize("item", [
    "1. Nội dung: rà soát các trạm bơm, hoàn thành trước ngày 15/10/2025.\n",  # a label that is no body
    "1. Thời gian: hoàn thành trong tháng 10/2025 việc rà soát hộ nghèo.\n",
    "1. Kho bạc kiểm soát, thanh toán ngay khi có khối lượng nghiệm thu trước ngày 15/12/2025.\n",
])
def test_a_label_or_a_comma_that_is_no_owner(item):
    assert owners(item) == [None]


# ------------------------------------------------------------------ targets told in prose

def targets(body: str, dated: str = "ngày 10 tháng 10 năm 2025", title: str = "Kết quả công tác 9 tháng năm 2025"):
    text = f"ĐẢNG BỘ XÃ TÂN PHƯỚC\nCHI BỘ ẤP HÒA LONG\n*\nHòa Long, {dated}\nBÁO CÁO\n{title}\n{body}\n"
    return [(t.target, t.result, t.verdict) for t in analyze(text).structure.targets]


@pytest.mark.parametrize("body, expected", [
    ("Thu ngân sách trên địa bàn đạt 31,5 tỷ đồng/40 tỷ đồng dự toán năm.", (40, 31.5, "tiến độ")),
    ("Trồng rừng tập trung 260 ha/300 ha kế hoạch năm; chăm sóc rừng trồng đúng quy trình.", (300, 260, "tiến độ")),
    ("Công tác phát triển đảng: kết nạp 02 đảng viên mới, đạt 2/3 chỉ tiêu cả năm.", (3, 2, "tiến độ")),
    ("Làm mới đường giao thông nông thôn 4,2 km/4 km kế hoạch năm.", (4, 4.2, "vượt")),
])
def test_a_result_over_its_plan_in_prose(body, expected):
    assert targets(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    ("2- Công tác vận động: quỹ khuyến học vận động được 21 triệu đồng, vượt chỉ tiêu quý là 18 triệu đồng.",
     (18, 21, "vượt")),
    ("3- Môi trường: tỷ lệ hộ phân loại rác tại nguồn đạt 88% so với chỉ tiêu quý là 95% số hộ.", (95, 88, "chưa đạt")),
])
def test_a_numbered_line_keeps_its_mark_out_of_the_target(body, expected):
    assert targets(body, title="Kết quả công tác quý III năm 2025") == [expected]


@pytest.mark.parametrize("body", [
    "Đã cấp 3 hộ/2 thôn kế hoạch hỗ trợ nhà ở.",  # two nouns: no result over its plan
    "Số lượt khách đạt 94% kế hoạch năm.",  # a share of the plan alone, no level
    "Hội nghị có mặt 15/17 đồng chí theo kế hoạch tổ chức.",  # attendance
    "Kết quả: đạt và vượt 8/9 chỉ tiêu nghị quyết đề ra.",  # targets counted
    "Trong năm có 15/18 chỉ tiêu chủ yếu đạt và vượt.",
])
def test_near_misses_read_no_target(body):
    assert targets(body) == []


# ------------------------------------------------------------------ the roll of the meeting a notice of conclusions tells

NOTICE = "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ PHÚ HỮU\n*\nSố 21-TB/ĐU\tPhú Hữu, ngày 12 tháng 11 năm 2025\nTHÔNG BÁO\n" \
         "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ về công tác chuyển đổi số\n"


@pytest.mark.parametrize("said, expected", [
    ("Ban Thường vụ có 9 đồng chí, dự họp 8 đồng chí.", (9, 8, 1)),
    ("Thường trực Đảng ủy có 3 đồng chí, có mặt 3 đồng chí.", (3, 3, 0)),
    ("Dự họp có 11/13 đồng chí Ủy viên Ban Thường vụ.", (13, 11, 2)),
])
def test_a_notice_of_conclusions_tells_its_meetings_roll(said, expected):
    text = NOTICE + f"Ngày 10/11/2025, Ban Thường vụ Đảng ủy xã họp nghe báo cáo. {said}\n" \
                    "Ban Thường vụ kết luận như sau:\n1. Giao Văn phòng Đảng ủy tham mưu kế hoạch trước ngày 30/11/2025.\n"
    a = analyze(text).structure.attendance
    assert a is not None and (a.total.value, a.present.value, a.absent.value) == expected


def test_a_resolution_without_a_roll_has_no_attendance():
    text = NOTICE.replace("THÔNG BÁO", "NGHỊ QUYẾT") + "Ban Thường vụ Đảng ủy xã quyết nghị:\n" \
        "1. Phấn đấu 100% hồ sơ thủ tục hành chính được xử lý trực tuyến.\n"
    assert analyze(text).structure.attendance is None


@pytest.mark.parametrize("item, expected", [
    ("- Các đảng viên đóng đảng phí đầy đủ, đúng hạn trong quý IV/2025.\n", "Các đảng viên"),
    ("- Các hộ đảng viên đóng góp quỹ khuyến học trước ngày 30/12/2025.\n", None),  # "hộ" is no owner the list knows
    ("- Hợp tác xã Hòa Long nạo vét kênh nội đồng trước ngày 15/01/2026.\n", "Hợp tác xã Hòa Long"),
])
def test_more_verbs_of_a_task_after_its_owner(item, expected):
    assert owners(item) == [expected]
