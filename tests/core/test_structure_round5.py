"""Shapes of issue 18's fifth round (s5): the base of an election is the valid ballots of its own count, and no
base when the text tells the election without ballots; a person elected by ballot to a body, then to an office
by the new body, is two elections. Sentences of our own, none copied from a dev or held-out set."""

from __future__ import annotations

from minutes_app.core.engine import analyze

HEAD = "ĐẢNG BỘ XÃ HÒA THẮNG\nCHI BỘ THÔN BẮC SƠN\n*\nBắc Sơn, ngày 12 tháng 6 năm 2025\nBIÊN BẢN\nĐại hội Chi bộ thôn Bắc Sơn\n"


def elections(body: str) -> list[tuple]:
    s = analyze(HEAD + body).structure
    return [(d.person, d.votes_for, d.base, d.outcome) for d in s.decisions if d.kind == "election"]


# ------------------------------------------------------------------ each count of ballots has its own valid ballots

def test_each_election_takes_the_valid_ballots_of_its_own_count():
    got = elections(
        "Bầu Chi ủy: phát ra 40 phiếu, thu vào 40 phiếu, trong đó 39 phiếu hợp lệ, 1 phiếu không hợp lệ. Đồng chí "
        "Nguyễn Thanh Bình được 38 phiếu; đồng chí Lê Hữu Phước được 35 phiếu.\n"
        "Bầu đại biểu dự Đại hội Đảng bộ xã: phát ra 40 phiếu, thu về 40 phiếu, hợp lệ 40 phiếu. Đồng chí Võ Thị Ngọc "
        "trúng cử đại biểu chính thức với 37 phiếu.\n")
    assert [(p, n, b) for p, n, b, _ in got] == [("Nguyễn Thanh Bình", 38, 39), ("Lê Hữu Phước", 35, 39),
                                                 ("Võ Thị Ngọc", 37, 40)]


def test_a_second_count_does_not_change_the_first_ones_base():
    got = elections(
        "Kiểm phiếu bầu Chi ủy: số phiếu phát ra 29, thu về 29, hợp lệ 28.\n"
        "1. Đồng chí Trịnh Văn Hòa: 27 phiếu.\n2. Đồng chí Đỗ Văn Chung: 11 phiếu.\n"
        "Kiểm phiếu bầu Bí thư: số phiếu phát ra 29, thu về 29, hợp lệ 29.\n"
        "Đồng chí Trịnh Văn Hòa trúng cử Bí thư Chi bộ với 29 phiếu.\n")
    assert [(p, n, b) for p, n, b, _ in got] == [("Trịnh Văn Hòa", 27, 28), ("Đỗ Văn Chung", 11, 28),
                                                 ("Trịnh Văn Hòa", 29, 29)]


def test_every_ballot_valid_told_in_words():
    for told in ("thu vào 28 phiếu, tất cả 28 phiếu đều hợp lệ", "thu về 28 phiếu, 100% phiếu hợp lệ",
                 "thu vào 28 phiếu, toàn bộ số phiếu thu vào đều hợp lệ"):
        got = elections(f"Số phiếu phát ra 28 phiếu, {told}.\nĐồng chí Tô Văn Bảy được 26 phiếu; đồng chí Kha Thị Nga "
                        "được 2 phiếu.\n")
        assert [(p, n, b, o) for p, n, b, o in got] == [("Tô Văn Bảy", 26, 28, "trúng cử"),
                                                        ("Kha Thị Nga", 2, 28, "không trúng cử")], told


def test_ballots_issued_or_collected_are_no_valid_count():
    for told in ("Số phiếu phát ra 28, thu vào 28.", "Phát ra 28 phiếu, thu về 27 phiếu, có 1 phiếu không hợp lệ (không ghi).",
                 "Thu vào 28 phiếu, trong đó không phải tất cả đều hợp lệ."):
        got = elections(f"{told}\nĐồng chí Tô Văn Bảy được 26 phiếu.\n")
        assert got and got[0][2] in (None, 26), told  # never the ballots issued or collected


# ------------------------------------------------------------------ no ballots told, no base

def test_an_office_given_by_the_new_body_has_no_base():
    got = elections(
        "Số phiếu phát ra 29, thu về 29, hợp lệ 28.\n"
        "Đồng chí Mai Thị Lan 25 phiếu; đồng chí Trịnh Văn Hòa 27 phiếu. Hai đồng chí trúng cử Chi ủy.\n"
        "Chi ủy khóa mới họp và bầu đồng chí Trịnh Văn Hòa giữ chức Bí thư Chi bộ.\n")
    assert ("Trịnh Văn Hòa", None, None, "trúng cử") in got
    assert ("Trịnh Văn Hòa", 27, 28, "trúng cử") in got and ("Mai Thị Lan", 25, 28, "trúng cử") in got


def test_offices_told_without_ballots_in_many_wordings():
    for line, person in (("Đồng chí Hồ Thị Mai được Chi ủy bầu giữ chức Bí thư Chi bộ.", "Hồ Thị Mai"),
                         ("Đồng chí Châu Văn Lực được bầu làm Phó Bí thư Chi bộ.", "Châu Văn Lực"),
                         ("Đồng chí Lưu Thị Na được Ban Chấp hành khóa mới bầu làm Chủ tịch Hội.", "Lưu Thị Na")):
        got = elections("Số phiếu phát ra 18, thu về 18, hợp lệ 18.\nĐồng chí Hồ Thị Mai 18 phiếu; đồng chí Châu Văn "
                        "Lực 17 phiếu; đồng chí Lưu Thị Na 16 phiếu.\n" + line + "\n")
        assert (person, None, None, "trúng cử") in got, line


def test_a_body_elected_without_ballots_has_no_base_and_with_ballots_has_one():
    s = analyze(HEAD + "Số phiếu phát ra 37; thu vào 37; hợp lệ 36.\nĐại hội đã bầu Ban Chấp hành gồm 5 đồng chí.\n"
                "Đại hội bầu 02 đại biểu chính thức dự Đại hội Đảng bộ xã, cả 02 đồng chí đều đạt trên 90% số phiếu "
                "hợp lệ.\n").structure
    bodies = [(d.subject, d.base) for d in s.decisions if d.kind == "election" and not d.person]
    assert any(b is None and "Ban Chấp hành" in (sub or "") for sub, b in bodies), bodies
    assert any(b == 36 and "đại biểu" in (sub or "") for sub, b in bodies), bodies


def test_a_second_mention_of_the_same_seat_stays_one_election():
    got = elections(
        "Số phiếu phát ra 24, thu vào 24, hợp lệ 24.\nĐồng chí Lâm Văn Tài trúng cử Bí thư Chi bộ với 22 phiếu.\n"
        "Chi bộ đã bầu đồng chí Lâm Văn Tài giữ chức Bí thư Chi bộ nhiệm kỳ 2025 - 2027.\n")
    assert got == [("Lâm Văn Tài", 22, 24, "trúng cử")]


def test_an_office_counted_under_its_heading_is_not_elected_twice():
    for told in ("Chi bộ đã bầu đồng chí Lâm Văn Tài giữ chức Bí thư Chi bộ.",
                 "Như vậy, đồng chí Lâm Văn Tài được bầu giữ chức Bí thư Chi bộ.",
                 "Đồng chí Lâm Văn Tài trúng cử Bí thư Chi bộ nhiệm kỳ 2025 - 2027."):
        got = elections("KIỂM PHIẾU BẦU BÍ THƯ CHI BỘ\nPhát ra 24 phiếu, thu vào 24 phiếu, hợp lệ 24 phiếu.\n"
                        "Họ và tên\tSố phiếu\tTỷ lệ\nLâm Văn Tài\t22\t91,67%\nQuách Thị Hương\t2\t8,33%\n" + told + "\n")
        assert [(p, n, b) for p, n, b, _ in got] == [("Lâm Văn Tài", 22, 24), ("Quách Thị Hương", 2, 24)], told


# ------------------------------------------------------------------ the meeting's place and times in more wordings

MINUTES = "ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN 3\n*\nAn Bình, ngày 10 tháng 10 năm 2025\nBIÊN BẢN\nSinh hoạt Chi bộ tháng 10 năm 2025\n"


def _meeting(line: str):
    m = analyze(MINUTES + line + "\nI. NỘI DUNG\nChi bộ đánh giá kết quả tháng 9.\n").structure.meeting
    return tuple(None if f is None else f.value for f in (m.place, m.start, m.end))


def test_a_place_told_before_the_time_after_the_verb():
    assert _meeting("Chi bộ họp tại hội trường Nhà văn hóa thôn 3 vào lúc 19 giờ 30 phút ngày 10/10/2025.")[:2] == (
        "hội trường Nhà văn hóa thôn 3", "19:30")
    assert _meeting("Cuộc họp được tổ chức tại điểm sinh hoạt cộng đồng thôn 3 từ 19 giờ 30 đến 21 giờ ngày 10/10/2025.") == (
        "điểm sinh hoạt cộng đồng thôn 3", "19:30", "21:00")
    assert _meeting("Hội nghị tiến hành tại Phòng họp Đảng ủy lúc 14 giờ ngày 10/10/2025.")[:2] == ("Phòng họp Đảng ủy", "14:00")


def test_a_place_inside_a_time_label_and_a_bracket_after_the_venue():
    assert _meeting("Thời gian, địa điểm: 14 giờ ngày 10/10/2025 tại Trường Mầm non An Bình.")[:2] == (
        "Trường Mầm non An Bình", "14:00")
    assert _meeting("Địa điểm họp: nhà đồng chí Bí thư Chi bộ (số 12, đường Lê Lợi).")[0] == "nhà đồng chí Bí thư Chi bộ"
    assert _meeting("Địa điểm: Trụ sở Đảng ủy xã An Bình (phòng họp tầng 2).")[0] == "Trụ sở Đảng ủy xã An Bình"


def test_no_place_or_time_from_a_sentence_that_is_no_opening():
    assert _meeting("Chi bộ họp bàn việc tổ chức tại thôn lễ kỷ niệm ngày thành lập Đảng.")[1] is None
    assert _meeting("Đồng chí Bí thư nhắc lại: tại kỳ họp trước, chi bộ giao nhiệm vụ cho tổ an ninh.")[1:] == (None, None)
    assert _meeting("Chi bộ thống nhất họp tổng kết vào tháng 12 năm 2025.")[1:] == (None, None)


# ------------------------------------------------------------------ news: the lead printed above the headline

def _news(first: str, second: str, rest: str = "Tin, ảnh: Ngọc Lan\n"):
    s = analyze(first + "\n" + second + "\n" + rest).structure
    return s.genre, (s.news.lead.value[:12] if s.news and s.news.lead else None), (
        s.news.headline.value[:11] if s.news and s.news.headline else None)


def test_a_lead_above_its_headline():
    for lead in ("(Cổng TTĐT xã Phước Lộc) - Sáng 5/9/2025, tại Hội trường Ủy ban nhân dân xã, Chi bộ Trường THCS Phước "
                 "Lộc long trọng tổ chức Đại hội Chi bộ lần thứ IX, nhiệm kỳ 2025 - 2027.",
                 "BPL - Chiều 12/8/2025, Đảng ủy phường Bình Lợi tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 4 "
                 "để đánh giá kết quả công tác tháng 7.",
                 "Sáng 3/10/2025, Hội Cựu chiến binh xã Yên Lạc tổ chức hội nghị tổng kết công tác hội năm 2025 và triển "
                 "khai nhiệm vụ năm 2026."):
        genre, got_lead, headline = _news(lead, "Đại hội Chi bộ nhiệm kỳ mới thành công tốt đẹp")
        assert (got_lead, headline) == (lead[:12], "Đại hội Chi"), lead


def test_a_long_first_sentence_that_is_no_lead_stays_out():
    for first in ("Cổng thông tin điện tử xã Phước Lộc là kênh thông tin chính thức của Đảng ủy, Ủy ban nhân dân xã về mọi "
                  "mặt hoạt động.",
                  "Trong những năm qua, phong trào thi đua yêu nước trên địa bàn xã đã có nhiều chuyển biến tích cực, "
                  "được nhân dân đồng tình hưởng ứng."):
        _, got_lead, headline = _news(first, "Đại hội Chi bộ nhiệm kỳ mới thành công tốt đẹp",
                                      "Sáng 5/9/2025, Chi bộ Trường THCS Phước Lộc tổ chức Đại hội Chi bộ lần thứ IX, "
                                      "nhiệm kỳ 2025 - 2027 với sự tham dự của 21 đảng viên.\nTin, ảnh: Ngọc Lan\n")
        assert got_lead != first[:12] and headline == "Đại hội Chi", first


# ------------------------------------------------------------------ round-5 shapes, in our own words

STATE = ("UBND TỈNH PHÚ THỌ\nSỞ XÂY DỰNG\nSố: 41/BB-SXD\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Phú Thọ, ngày 03 tháng 12 năm 2025\nBIÊN BẢN CUỘC HỌP\n")


def test_a_labelled_subject_under_the_type_line_is_the_title_and_names_the_meeting():
    for label in ("Nội dung", "V/v", "Về việc"):
        s = analyze(STATE + f"{label}: Họp bàn phương án sửa chữa cầu treo Bản Lìm\nI. THỜI GIAN, ĐỊA ĐIỂM\n"
                    "Vào lúc 14 giờ ngày 03/12/2025, tại phòng họp tầng 2, trụ sở Sở Xây dựng.\n").structure
        assert s.header.title.value == f"{label}: Họp bàn phương án sửa chữa cầu treo Bản Lìm"
        assert s.meeting.name.value == "Họp bàn phương án sửa chữa cầu treo Bản Lìm" and s.meeting.kind.value == "hội nghị"


def test_a_body_line_with_a_label_is_no_title():
    s = analyze(STATE + "Cuộc họp bàn phương án sửa chữa cầu treo\nNội dung: Sở nghe báo cáo của Ban Quản lý dự án.\n"
                "Vào lúc 14 giờ ngày 03/12/2025, tại phòng họp tầng 2.\n").structure
    assert s.header.title.value == "Cuộc họp bàn phương án sửa chữa cầu treo"


def _absentees(lines: str):
    s = analyze(STATE + "Nội dung: Họp bàn phương án sửa chữa cầu treo\n" + lines + "\nI. NỘI DUNG\nSở nghe báo cáo.\n").structure
    return [(a.name.value, a.reason.value if a.reason else None) for a in s.attendance.absentees]


def test_absentees_listed_with_their_honorific_and_a_dash_before_the_reason():
    assert _absentees("Có mặt 10/12 đại biểu. Vắng 02:\n- Ông Khổng Văn Lộc, Trưởng phòng Quản lý xây dựng – đi công tác "
                      "tỉnh ngoài;\n- Bà Hà Thị Ngân, Phó Chủ tịch UBND xã Bản Lìm - lý do: nghỉ phép.") == [
        ("Khổng Văn Lộc", "đi công tác tỉnh ngoài"), ("Hà Thị Ngân", "nghỉ phép")]
    assert _absentees("Có mặt 11/12 đại biểu. Vắng 01:\n- Bà Y Nhi Ktla, chuyên viên – ốm.") == [("Y Nhi Ktla", "ốm")]


def test_a_dash_inside_a_position_is_no_reason():
    assert _absentees("Có mặt 11/12 đại biểu. Vắng 01:\n- Ông Khổng Văn Lộc, Phòng Văn hóa - Xã hội (đi học).") == [
        ("Khổng Văn Lộc", "đi học")]


NEWS = "Trang chủ > Tin tức\nĐại hội Đảng bộ xã Yên Thành lần thứ I thành công tốt đẹp\nCập nhật: 20/09/2025 08:10\n"


def test_a_news_opening_told_mid_sentence_and_a_province_in_brackets():
    s = analyze(NEWS + "Ngày 19/9, Đảng bộ xã Yên Thành (tỉnh Tuyên Quang) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
                "2025 - 2030 tại Hội trường xã. Đại hội diễn ra theo hình thức trực tiếp, khai mạc lúc 7 giờ 45 phút và "
                "bế mạc lúc 16 giờ 30 cùng ngày.\nTin, ảnh: Thu Hà\n").structure
    assert (s.meeting.start.value, s.meeting.end.value) == ("07:45", "16:30")
    assert s.header.issuer.value == "Đảng bộ xã Yên Thành" and s.header.issuer_parent is None


def test_a_superior_in_the_lead_stays_without_its_commas():
    s = analyze(NEWS + "Tối 10/8, Chi bộ thôn Nà Lừa, trực thuộc Đảng bộ xã Yên Thành, tổ chức sinh hoạt chuyên đề về "
                "chuyển đổi số tại nhà văn hóa thôn.\nTin, ảnh: Thu Hà\n").structure
    assert (s.header.issuer.value, s.header.issuer_parent.value) == ("Chi bộ thôn Nà Lừa", "Đảng bộ xã Yên Thành")


def test_a_room_then_its_centre_is_one_place():
    assert _meeting("Hôm nay, lúc 8 giờ ngày 10/10/2025, tại phòng họp số 2, Trung tâm hành chính xã, Chi bộ họp.")[0] == \
        "phòng họp số 2, Trung tâm hành chính xã"
    assert _meeting("Hôm nay, lúc 8 giờ ngày 10/10/2025, tại phòng họp số 2, thôn Đông, Chi bộ họp.")[0] == "phòng họp số 2"


def test_the_next_person_after_one_re_elected():
    got = elections("Tại phiên họp thứ nhất, Chi ủy đã bầu đồng chí Hà Văn Phúc tái cử Bí thư Chi bộ với 3/3 phiếu; "
                    "đồng chí Nông Thị Lan giữ chức Phó Bí thư.\n")
    assert ("Nông Thị Lan", None, None, "trúng cử") in got and [g for g in got if g[0] == "Hà Văn Phúc"]


# ------------------------------------------------------------------ a resolution adopted with its count

def _kinds(body: str):
    s = analyze(HEAD.replace("Đại hội Chi bộ thôn Bắc Sơn", "Sinh hoạt Chi bộ thường kỳ tháng 6 năm 2025")
                + "Chi bộ có 17 đảng viên, có mặt 17 đồng chí.\n" + body).structure
    return [(d.kind, d.votes_for, d.base) for d in s.decisions]


def test_a_counted_adoption_of_a_resolution_is_a_resolution():
    assert _kinds("Biểu quyết thông qua Nghị quyết tháng 6: tán thành 17/17 đồng chí.\n") == [("resolution", 17, 17)]
    assert _kinds("Thông qua Nghị quyết chuyên đề: 16/17 đồng chí tán thành, 1 đồng chí có ý kiến khác.\n")[0][:2] == (
        "resolution", 16)


def test_other_counted_votes_stay_votes():
    assert _kinds("Biểu quyết thông qua Báo cáo thu, chi quỹ đảng quý II: 17/17 đồng chí tán thành.\n")[0][0] == "vote"
    assert _kinds("Biểu quyết đề nghị kết nạp quần chúng Lò Văn Sơn vào Đảng: 16/17 đồng chí tán thành.\n")[0][0] == "vote"
    assert _kinds("Biểu quyết chủ trương sửa chữa nhà văn hóa theo Nghị quyết số 12: 17/17 đồng chí tán thành.\n")[0][0] == "vote"


def test_a_secretary_who_ghi_bien_ban_without_a_verb_before():
    for line, name in (("Đồng chí Bùi Quang Khải, Bí thư Chi bộ chủ trì; đồng chí Ngô Thị Hằng, chi ủy viên, ghi biên bản.",
                        "Ngô Thị Hằng"),
                       ("Chủ trì hội nghị là đồng chí Bùi Quang Khải; đồng chí Lý Văn Tài ghi biên bản.", "Lý Văn Tài")):
        m = analyze(MINUTES + line + "\nI. NỘI DUNG\nChi bộ đánh giá kết quả tháng 9.\n").structure.meeting
        assert m.secretary is not None and m.secretary.value == name, line
    # near-miss: a chair who asks for the minutes to be kept is no secretary
    m = analyze(MINUTES + "Đồng chí Bùi Quang Khải, Bí thư, chỉ đạo ghi biên bản đầy đủ các ý kiến.\nI. NỘI DUNG\nNội dung.\n"
                ).structure.meeting
    assert m.secretary is None
