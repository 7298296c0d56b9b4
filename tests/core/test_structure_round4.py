"""Shapes of issue 18's fourth round (s4): sentences of our own for the header, the meeting's chair and
secretary, the signature, news captions and task owners and deadlines; each with near-misses that must stay
as they were. None is copied from a dev or held-out set."""

from __future__ import annotations

from minutes_app.core.engine import analyze

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


def structure(text: str):
    return analyze(text).structure


def value(field):
    return None if field is None else field.value


# ------------------------------------------------------------------ header: a body's name on two lines

def test_a_bare_body_kind_takes_the_next_line_as_its_name():
    for left, issuer in ((("ĐẢNG BỘ XÃ TIÊN LỮ", "CHI BỘ", "TRƯỜNG TIỂU HỌC TIÊN LỮ"), "CHI BỘ TRƯỜNG TIỂU HỌC TIÊN LỮ"),
                         (("ĐẢNG BỘ PHƯỜNG HÒA AN", "CHI BỘ", "TRẠM Y TẾ PHƯỜNG HÒA AN"), "CHI BỘ TRẠM Y TẾ PHƯỜNG HÒA AN"),
                         (("ĐẢNG BỘ XÃ NAM SƠN", "CHI BỘ", "BAN CHỈ HUY QUÂN SỰ XÃ"), "CHI BỘ BAN CHỈ HUY QUÂN SỰ XÃ")):
        s = structure("\n".join(left) + f"\n*\n{PARTY}\nBÁO CÁO\nKết quả công tác quý III năm 2025\nI. KẾT QUẢ\nNội dung.\n")
        assert (value(s.header.issuer), value(s.header.issuer_parent)) == (issuer, left[0])


def test_a_named_body_under_its_parent_stays_a_level_of_its_own():
    for left in (("ĐẢNG BỘ XÃ IA PHÚ", "CHI BỘ THÔN 3"), ("ĐẢNG BỘ", "CHI BỘ THÔN 3"),
                 ("ĐẢNG ỦY XÃ TÂN AN", "CHI BỘ TRƯỜNG MẦM NON")):
        s = structure("\n".join(left) + f"\n*\n{PARTY}\nBÁO CÁO\nKết quả công tác quý III năm 2025\nI. KẾT QUẢ\nNội dung.\n")
        assert (value(s.header.issuer), value(s.header.issuer_parent)) == (left[1], left[0])


# ------------------------------------------------------------------ the meeting: chair and secretary in prose

MINUTES = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ QUẢNG PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
           "\tQuảng Phú, ngày 21 tháng 11 năm 2025\nBIÊN BẢN\nCuộc họp giao ban công tác tháng 11 năm 2025\n")


def test_a_chair_and_secretary_told_with_la():
    for line, chair, secretary in (
            ("Chủ trì cuộc họp là ông Lê Văn Nam, Chủ tịch UBND xã. Người ghi biên bản: bà Đỗ Thị Thủy, công chức.",
             "Lê Văn Nam", "Đỗ Thị Thủy"),
            ("Chủ trì là đồng chí Trần Minh Khoa, Phó Chủ tịch UBND xã; Thư ký là bà Phan Thị Huệ.",
             "Trần Minh Khoa", "Phan Thị Huệ"),
            ("- Chủ trì cuộc họp là bà Vương Thị Mận, Chủ tịch UBND xã.\n- Thư ký cuộc họp là ông Hứa Văn Tám.",
             "Vương Thị Mận", "Hứa Văn Tám")):
        m = structure(MINUTES + "Hôm nay, hồi 14 giờ 00, tại phòng họp UBND xã, UBND xã tổ chức cuộc họp giao ban.\n"
                      + line + "\nNội dung.\n").meeting
        assert ([value(c) for c in m.chairs], value(m.secretary)) == ([chair], secretary)
        assert value(m.date) == "2025-11-21"  # "Hôm nay": the day of the date line


def test_la_without_a_person_is_no_label():
    for line in ("Chủ trì cuộc họp là việc của Chủ tịch UBND xã.", "Thư ký là người ghi biên bản trung thực.",
                 "Địa điểm là hội trường UBND xã."):
        m = structure(MINUTES + "Hôm nay, hồi 14 giờ 00, UBND xã tổ chức cuộc họp giao ban.\n" + line + "\nNội dung.\n").meeting
        assert m.chairs == () and m.secretary is None


def test_a_presidium_without_a_colon_and_two_comrades():
    head = ("ĐẢNG BỘ XÃ YÊN THÀNH\nCHI BỘ THÔN TRUNG HẬU\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nBIÊN BẢN\n"
            "ĐẠI HỘI CHI BỘ THÔN TRUNG HẬU NHIỆM KỲ 2025 - 2027\n"
            "Hôm nay, ngày 12/4/2025, hồi 8h00, tại Hội trường thôn, Chi bộ tiến hành Đại hội Chi bộ nhiệm kỳ 2025 - 2027.\n")
    for line, chairs in (("Đại hội biểu quyết bầu Đoàn Chủ tịch gồm đồng chí Lương Văn Khải và đồng chí Tạ Thị Bích; bầu "
                          "đồng chí Kiều Văn Dũng làm thư ký.", ["Lương Văn Khải", "Tạ Thị Bích"]),
                         ("Đoàn Chủ tịch gồm 2 đồng chí: Lương Văn Khải, Tạ Thị Bích.", ["Lương Văn Khải", "Tạ Thị Bích"]),
                         ("Đoàn Chủ tịch: đ/c Lương Văn Khải (Bí thư), đ/c Tạ Thị Bích. Đoàn Thư ký: đ/c Kiều Văn Dũng.",
                          ["Lương Văn Khải", "Tạ Thị Bích"])):
        m = structure(head + line + "\nNội dung.\n").meeting
        assert [value(c) for c in m.chairs] == chairs, line


# ------------------------------------------------------------------ signature: the name in the right cell alone

def test_a_name_alone_in_the_right_cell():
    base = MINUTES + "Hôm nay, hồi 14 giờ 00, UBND xã tổ chức cuộc họp giao ban.\nNội dung.\n"
    for tail, names in (("NGƯỜI GHI BIÊN BẢN\tCHỦ TRÌ CUỘC HỌP\nĐỗ Thị Thủy\tCHỦ TỊCH\n\tLê Văn Nam\n",
                         ["Đỗ Thị Thủy", "Lê Văn Nam"]),
                        ("THƯ KÝ\tCHỦ TRÌ\n\t(Đã ký)\nHồ Thị Lan\tTrần Văn Lộc\n", ["Hồ Thị Lan", "Trần Văn Lộc"]),
                        ("Nơi nhận:\tT/M CHI BỘ\n- Đảng ủy xã;\tBÍ THƯ\n- Lưu.\t\n\tTrần Văn Hải\n", ["Trần Văn Hải"])):
        assert [value(s.name) for s in structure(base + tail).signers] == names, tail


# ------------------------------------------------------------------ news: the venue a caption tells

def test_a_news_venue_from_a_caption():
    lead = ("Sáng 12/11, Đảng ủy phường Phú Lợi tổ chức Hội nghị sơ kết công tác xây dựng Đảng 9 tháng năm 2025, "
            "đồng chí Hồ Văn Tâm, Bí thư Đảng ủy phường chủ trì.\n")
    for caption, place in (("Quang cảnh hội nghị tại Hội trường Trung tâm Chính trị phường. Ảnh: Kim Ngân",
                            "Hội trường Trung tâm Chính trị phường"),
                           ("Các đại biểu dự hội nghị tại Hội trường UBND phường (Ảnh: PV)", "Hội trường UBND phường")):
        m = structure("Trang chủ > Tin tức\nĐảng ủy phường Phú Lợi sơ kết 9 tháng\n13/11/2025 08:00\n" + lead + caption
                      + "\nHội nghị đánh giá kết quả 9 tháng.\n").meeting
        assert value(m.place) == place
    # near-miss: a lead that names its venue keeps it
    m = structure("Trang chủ > Tin tức\nĐảng ủy phường Phú Lợi sơ kết 9 tháng\n13/11/2025 08:00\n"
                  + lead.replace("năm 2025,", "năm 2025 tại Hội trường Đảng ủy phường,")
                  + "Quang cảnh hội nghị tại Hội trường Trung tâm Chính trị phường. Ảnh: Kim Ngân\nNội dung.\n").meeting
    assert value(m.place) == "Hội trường Đảng ủy phường"


# ------------------------------------------------------------------ tasks: owners and deadlines in more wordings

RESOLUTION = ("ĐẢNG BỘ XÃ PHÚ LỘC\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN HẢI TIẾN\t\n*\tPhú Lộc, ngày 06 tháng 12 năm 2025\n"
              "NGHỊ QUYẾT\nvề lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025\nII. NHIỆM VỤ THÁNG 12\n")


def _tasks(items: str):
    return [(value(t.owner), value(t.deadline)) for t in structure(RESOLUTION + items).tasks]


def test_task_owners_after_chi_dao_and_phan_cong():
    assert _tasks("1. Chỉ đạo Ban công tác Mặt trận thôn tổ chức ngày hội đoàn kết, xong trước 20/12/2025.\n"
                  "2. Phân công đ/c Lê Văn Hiếu, chi ủy viên, theo dõi việc xây dựng cống thoát nước.\n"
                  "3. Yêu cầu đồng chí Trưởng thôn rà soát hộ nghèo, chậm nhất 25/12/2025.\n") == [
        ("Ban công tác Mặt trận thôn", "trước 20/12/2025"), ("đ/c Lê Văn Hiếu", None),
        ("đồng chí Trưởng thôn", "chậm nhất 25/12/2025")]
    # near-miss: "chỉ đạo" inside another task names no owner of the item
    assert _tasks("1. Phấn đấu kết nạp 2 đảng viên; chỉ đạo Chi đoàn giới thiệu đoàn viên ưu tú tham gia lớp bồi dưỡng.\n"
                  "2. Chỉ đạo thực hiện tốt công tác dân vận.\n") == [(None, None), (None, None)]


def test_task_owners_of_every_member_and_by_label():
    assert _tasks("1. Mỗi đảng viên vận động ít nhất 02 hộ tham gia bảo hiểm y tế.\n"
                  "2. Toàn thể đảng viên tích cực tham gia phong trào \"Ngày Chủ nhật xanh\".\n"
                  "3. Hoàn thành thu đảng phí năm 2025 (trách nhiệm: đ/c Nguyễn Thị Lài, chi ủy viên).\n"
                  "4. Rà soát, bổ sung quy hoạch cán bộ (Người thực hiện: Chi ủy; thời hạn: 30/12/2025).\n") == [
        ("Mỗi đảng viên", None), ("Toàn thể đảng viên", None), ("đ/c Nguyễn Thị Lài", None), ("Chi ủy", "30/12/2025")]


def test_deadlines_told_without_ngay_or_by_label():
    assert _tasks("1. Chi đoàn thanh niên ra quân làm đường hoa, thời hạn: 25/12/2025.\n"
                  "2. Tổ hòa giải rà soát các vụ việc, hoàn thành trước 15/12.\n"
                  "3. Ban Nhân dân thôn tổng hợp ý kiến, hạn hoàn thành: trước ngày 28/12/2025.\n") == [
        ("Chi đoàn thanh niên", "25/12/2025"), ("Tổ hòa giải", "trước 15/12"), ("Ban Nhân dân thôn", "trước ngày 28/12/2025")]
    # near-miss: a period from … to … is no deadline
    assert _tasks("1. Tổ chức giải bóng đá thanh niên từ 10/12 đến 15/12/2025 tại sân vận động thôn.\n") == [(None, None)]


# ------------------------------------------------------------------ discipline: the ballot counts of the quantity layer

DISCIPLINE = ("ĐẢNG BỘ XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 2\n*\nBIÊN BẢN\n"
              "HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN\nVào lúc 8 giờ ngày 05/10/2025, tại nhà văn hóa thôn 2, "
              "Chi bộ họp xem xét, thi hành kỷ luật đối với đồng chí Trần Văn Bé.\n"
              "Tổng số đảng viên: 17 đồng chí; có mặt 15 đồng chí, vắng 2 đồng chí.\n")


def _discipline(line: str):
    return [(d.kind, d.votes_for, d.base, d.outcome) for d in structure(DISCIPLINE + line + "\n").decisions]


def test_discipline_counts_in_many_wordings():
    assert _discipline("Kết quả biểu quyết: Khiển trách: 11/15 phiếu; Cảnh cáo: 4/15 phiếu.") == [
        ("discipline", 11, 15, "khiển trách")]
    assert _discipline("Có 11/15 phiếu đề nghị khiển trách, 4 phiếu đề nghị cảnh cáo.") == [
        ("discipline", 11, 15, "khiển trách")]
    assert _discipline("Hình thức cảnh cáo 12/15 phiếu, khiển trách 3/15 phiếu.") == [("discipline", 12, 15, "cảnh cáo")]
    assert _discipline("Chi bộ thống nhất đề nghị hình thức kỷ luật khiển trách đối với đồng chí Trần Văn Bé với 13/15 "
                       "phiếu; 2 phiếu đề nghị cảnh cáo.") == [("discipline", 13, 15, "khiển trách")]
    assert _discipline("Số phiếu phát ra 15, thu vào 15, hợp lệ 15. Kết quả: 12 phiếu đề nghị hình thức cảnh cáo, 3 phiếu "
                       "đề nghị khiển trách.") == [("discipline", 12, 15, "cảnh cáo")]


def test_a_count_of_people_disciplined_is_no_ballot():
    head = DISCIPLINE.replace("BIÊN BẢN", "BÁO CÁO")
    for line in ("Năm 2025 đã kỷ luật 3 đảng viên, trong đó khiển trách 2 đồng chí, cảnh cáo 1 đồng chí.",
                 "Trong nhiệm kỳ, thi hành kỷ luật 5 đảng viên (khiển trách 3, cảnh cáo 2).",
                 "Khiển trách 2 đồng chí vi phạm quy định về sinh hoạt đảng."):
        assert [d.kind for d in structure(head + line + "\n").decisions] == []
    assert _discipline("Năm 2024 chi bộ đã khiển trách 2 đồng chí vi phạm quy định về sinh hoạt đảng.") == []


# ------------------------------------------------------------------ the meeting named before its verb; secretary in prose

BCH = ("ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ỦY PHƯỜNG AN LẠC\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Lạc, ngày 17 tháng 11 năm 2025\n"
       "BIÊN BẢN\nHội nghị Ban Chấp hành Đảng bộ phường lần thứ 6 (mở rộng)\n")


def test_a_meeting_named_before_its_verb():
    for line, name, start, place in (
            ("Hội nghị Ban Chấp hành Đảng bộ phường An Lạc lần thứ 6 được tổ chức vào 8 giờ 30 phút ngày 17/11/2025 tại "
             "Hội trường Đảng ủy phường, do đồng chí Trịnh Văn Hưng, Bí thư Đảng ủy chủ trì.",
             "Hội nghị Ban Chấp hành Đảng bộ phường An Lạc lần thứ 6", "08:30", "Hội trường Đảng ủy phường"),
            ("Vào lúc 7g30 ngày 17/11/2025, tại Hội trường UBND phường, Hội nghị Ban Chấp hành Đảng bộ phường An Lạc "
             "lần thứ 6 khai mạc.", "Hội nghị Ban Chấp hành Đảng bộ phường An Lạc lần thứ 6", "07:30", "Hội trường UBND phường"),
            ("Hội nghị Ban Chấp hành Đảng bộ phường An Lạc lần thứ 6 diễn ra lúc 14 giờ ngày 17/11/2025 tại Phòng họp số 1.",
             "Hội nghị Ban Chấp hành Đảng bộ phường An Lạc lần thứ 6", "14:00", "Phòng họp số 1")):
        m = structure(BCH + line + "\nNội dung.\n").meeting
        assert (value(m.name), value(m.start), value(m.place)) == (name, start, place), line
    # near-miss: a meeting to come is not the one recorded; the title stands
    m = structure(BCH + "Hôm nay, lúc 8 giờ, Đảng ủy phường tổ chức hội nghị. Hội nghị sơ kết quý IV sẽ được tổ chức vào "
                  "tháng 12.\nNội dung.\n").meeting
    assert value(m.name) == "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6 (mở rộng)"


def test_a_secretary_told_in_prose():
    for line, secretary in (("Đồng chí Ngô Thị Hạnh, chi ủy viên làm thư ký.", "Ngô Thị Hạnh"),
                            ("Đại hội bầu đồng chí Kiều Văn Dũng làm thư ký đại hội.", "Kiều Văn Dũng"),
                            ("Đoàn Chủ tịch gồm các đồng chí Lý Văn Nam, Thạch Thị Sa; đồng chí Tô Ngọc Trâm làm Trưởng "
                             "đoàn thư ký.", "Tô Ngọc Trâm"),
                            ("Thư ký hội nghị là đồng chí Cao Minh Đức, Chánh Văn phòng Đảng ủy.", "Cao Minh Đức")):
        m = structure(BCH + "Hôm nay, lúc 8 giờ, tại Hội trường, Đảng ủy phường tổ chức hội nghị.\n" + line + "\nNội dung.\n").meeting
        assert value(m.secretary) == secretary, line
    # near-misses: no person named as secretary
    for line in ("Văn phòng Đảng ủy làm thư ký tổng hợp ý kiến.", "Đồng chí bí thư chi bộ làm thư ký tạm thời."):
        m = structure(BCH + "Hôm nay, lúc 8 giờ, Đảng ủy phường tổ chức hội nghị.\n" + line + "\nNội dung.\n").meeting
        assert m.secretary is None, line


def test_a_news_presidium_chairs_the_congress():
    head = "Trang chủ / Tin Đoàn\nĐại hội Đoàn xã Phú Mỹ lần thứ I thành công\nThứ Hai, 11/08/2025 15:20\n"
    lead = ("Sáng 09/8, tại Hội trường xã, Đoàn xã Phú Mỹ tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh xã lần thứ I, "
            "nhiệm kỳ 2025 - 2030.\n")
    m = structure(head + lead + "Đoàn Chủ tịch đại hội gồm các đồng chí Lý Hoàng Nam, Thạch Thị Sa Rươl, Huỳnh Minh Nhựt.\n"
                  "Nội dung.\n").meeting
    assert [value(c) for c in m.chairs] == ["Lý Hoàng Nam", "Thạch Thị Sa Rươl", "Huỳnh Minh Nhựt"]


# ------------------------------------------------------------------ tasks: the conclusion's directive in a news item

NEWS_HEAD = ("Trang chủ > Xây dựng Đảng\nĐảng ủy xã Cẩm Bình sơ kết 6 tháng\n15/7/2025 10:00\n"
             "Sáng 14/7, Đảng ủy xã Cẩm Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025.\n")


def _news_tasks(line: str):
    return [(t.text.value, value(t.owner), value(t.deadline)) for t in structure(NEWS_HEAD + line + "\n").tasks]


def test_a_directive_of_the_conclusion_names_owners_and_tasks():
    assert _news_tasks("Phát biểu chỉ đạo, đồng chí Lê Văn An đề nghị Ban Chấp hành khóa mới sớm xây dựng chương trình hành "
                       "động, hoàn thành trong tháng 9/2025; đồng thời tập trung phát triển đoàn viên.") == [
        ("sớm xây dựng chương trình hành động, hoàn thành trong tháng 9/2025", "Ban Chấp hành khóa mới", "trong tháng 9/2025"),
        ("tập trung phát triển đoàn viên", "Ban Chấp hành khóa mới", None)]
    assert _news_tasks("Phát biểu kết luận, đồng chí Mạc Văn Thái yêu cầu Công an xã chủ trì xử lý vi phạm hành lang giao "
                       "thông trong quý III/2025, và các chi bộ trực thuộc tập trung phát triển đảng viên.") == [
        ("chủ trì xử lý vi phạm hành lang giao thông trong quý III/2025", "Công an xã", "trong quý III/2025"),
        ("tập trung phát triển đảng viên", "các chi bộ trực thuộc", None)]
    assert _news_tasks("Phát biểu kết luận, đồng chí Bí thư giao các tổ đảng kèm cặp đảng viên mới, hoàn thành trước 30/11. "
                       "Chi ủy duy trì lớp hướng dẫn kỹ năng số hằng tuần; Tổ công nghệ số tiếp tục hỗ trợ người dân.") == [
        ("kèm cặp đảng viên mới, hoàn thành trước 30/11", "các tổ đảng", "trước 30/11"),
        ("duy trì lớp hướng dẫn kỹ năng số hằng tuần", "Chi ủy", None),
        ("tiếp tục hỗ trợ người dân", "Tổ công nghệ số", None)]


def test_a_request_voiced_in_discussion_is_no_task():
    for line in ("Đồng chí Hồ Văn Vân đề nghị Ban Thường vụ làm rõ nguyên nhân chậm kết nạp đảng viên.",
                 "Phát biểu tại hội nghị, đồng chí Lê Văn An đề nghị UBND xã quan tâm hơn đến công tác dân vận.",
                 "Phát biểu kết luận, đồng chí Bí thư giao Văn phòng tổng hợp ý kiến. Đồng chí Lê Văn An phát biểu cảm ơn."):
        assert [t.text.value for t in structure(NEWS_HEAD + line + "\n").tasks if "cảm ơn" in t.text.value
                or "dân vận" in t.text.value or "nguyên nhân" in t.text.value] == [], line


def test_a_news_roll_of_delegates_called_and_two_collective_elections():
    head = "Trang chủ / Tin Đoàn\nĐại hội Đoàn xã Phú Mỹ lần thứ I thành công\nThứ Hai, 11/08/2025 15:20\n"
    lead = ("Sáng 09/8, tại Hội trường xã, Đoàn xã Phú Mỹ tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh xã lần thứ I, "
            "nhiệm kỳ 2025 - 2030.\n")
    s = structure(head + lead + "Dự đại hội có đồng chí Dương Tấn Phát, Phó Bí thư Đảng ủy xã cùng 117/120 đại biểu chính "
                  "thức được triệu tập.\nĐại hội đã bầu Ban Chấp hành Đoàn xã khóa I gồm 15 đồng chí và bầu 9 đại biểu "
                  "chính thức dự Đại hội Đoàn tỉnh.\nNghị quyết Đại hội được 117/117 đại biểu có mặt biểu quyết tán thành.\n")
    a = s.attendance
    assert (value(a.total), value(a.present), value(a.absent)) == (120, 117, 3)
    assert [d.subject for d in s.decisions if d.kind == "election"] == [
        "Ban Chấp hành Đoàn xã khóa I", "9 đại biểu chính thức dự Đại hội Đoàn tỉnh"]


# ------------------------------------------------------------------ targets: a table's "lũy kế" column, targets set mid-line

REPORT = ("ĐẢNG BỘ TỈNH TUYÊN QUANG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ MINH QUANG\n*\nBÁO CÁO\n"
          "kết quả thực hiện nhiệm vụ tháng 10 năm 2025\nMinh Quang, ngày 25 tháng 10 năm 2025\nI- KẾT QUẢ\n")


def _targets(body: str, head: str = REPORT):
    return [(t.name, t.target, t.result, t.verdict) for t in structure(head + body).targets]


def test_a_table_with_a_cumulative_column_and_an_empty_cell():
    table = ("TT\tChỉ tiêu\tKH năm\tLũy kế 10 tháng\tĐạt (%)\n"
             "1\tKết nạp đảng viên mới (đ/c)\t30\t27\t90,0\n"
             "2\tTỷ lệ dân số tham gia BHYT (%)\t95\t93,4\t\n"
             "3\tTrồng rừng (ha)\t650\t702\t108,0\n")
    assert _targets(table) == [("Kết nạp đảng viên mới", 30, 27, "tiến độ"), ("Tỷ lệ dân số tham gia BHYT", 95, 93.4, "tiến độ"),
                               ("Trồng rừng", 650, 702, "vượt")]


def test_targets_set_in_the_middle_of_a_line():
    head = REPORT.replace("BÁO CÁO\nkết quả thực hiện nhiệm vụ tháng 10 năm 2025", "BÁO CÁO\nkết quả đại hội")
    found = _targets("2. Đại hội thảo luận, có 06 tham luận. Chỉ tiêu nhiệm kỳ 2025 - 2030: phát triển mới 150 hội viên; "
                     "100% chi hội đạt vững mạnh; mỗi năm thực hiện ít nhất 5 công trình thanh niên cấp xã.\n", head)
    assert [(t, r) for _, t, r, _ in found] == [(150, None), (100, None), (5, None)]
    found = _targets("Nhiệm kỳ 2025 - 2030, đại hội đặt chỉ tiêu: kết nạp 1.200 đoàn viên mới; giới thiệu ít nhất 60 "
                     "đoàn viên ưu tú cho Đảng.\n", head)
    assert [(t, r) for _, t, r, _ in found] == [(1200, None), (60, None)]
    # near-miss: a line reporting results with no level set is no target
    assert _targets("Nhiệm kỳ qua đã kết nạp 35 đoàn viên; thực hiện 27 công trình thanh niên.\n", head) == []


def test_a_result_named_after_its_number_and_no_pair_across_sentences():
    found = _targets("Nhiệm kỳ qua có 35 đoàn viên được kết nạp Đảng, vượt 16,7% so với chỉ tiêu đề ra là 30 đoàn viên. "
                     "Tuổi trẻ xã thực hiện 27 công trình thanh niên.\n")
    assert [(n, t, r, v) for n, t, r, v in found] == [("Được kết nạp Đảng", 30, 35, "vượt")]


# ------------------------------------------------------------------ a report of results is no task list; venues

def test_a_numbered_report_of_results_is_no_task_list():
    base = ("ĐẢNG BỘ XÃ HÒA LẠC\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ TRƯỜNG THCS HÒA LẠC\n*\nBIÊN BẢN\n"
            "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\nIII. NỘI DUNG\n")
    for lead in ("2. Đồng chí Phó Bí thư đánh giá kết quả lãnh đạo thực hiện nhiệm vụ tháng 9:",
                 "2. Đồng chí Hiệu trưởng báo cáo tình hình thực hiện nhiệm vụ tháng 9:",
                 "2. Chi ủy đánh giá kết quả thực hiện nhiệm vụ tháng 9 như sau:"):
        s = structure(base + lead + "\n- Huy động học sinh vào lớp 6 đạt 100%.\n- Tỷ lệ chuyên cần đạt 98,6%.\n"
                      "3. Nhiệm vụ tháng 11/2025:\n- Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11.\n")
        assert [t.text.value for t in s.tasks] == ["Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11"], lead


def test_venues_with_their_building_and_of_a_conclusion():
    m = structure(MINUTES + "Hôm nay, vào hồi 14h ngày 21/11/2025, tại Phòng họp số 2, trụ sở UBND xã Quảng Phú, Ủy ban "
                  "nhân dân xã tổ chức cuộc họp giao ban.\nNội dung.\n").meeting
    assert value(m.place) == "Phòng họp số 2, trụ sở UBND xã Quảng Phú"
    conclusion = ("ĐẢNG ỦY PHƯỜNG NAM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ\n*\nSố 19-KL/ĐU\tNam Sơn, ngày 17 tháng 11 "
                  "năm 2025\nKẾT LUẬN\ncủa Ban Thường vụ Đảng ủy về tiến độ giải phóng mặt bằng\n")
    m = structure(conclusion + "Ngày 14/11/2025, tại Phòng họp Đảng ủy, Ban Thường vụ Đảng ủy phường họp nghe báo cáo tiến "
                  "độ giải phóng mặt bằng.\n1. Đánh giá chung\nNội dung.\n").meeting
    assert (value(m.place), value(m.date)) == ("Phòng họp Đảng ủy", "2025-11-14")
    # near-miss: a venue of something else than the meeting stays out
    m = structure(conclusion + "Ngày 14/11/2025, Ban Thường vụ Đảng ủy phường họp nghe báo cáo.\n1. Đánh giá chung\n"
                  "Dự án chợ tại khu đất phía đông đã kiểm đếm 142/158 hộ.\n").meeting
    assert m.place is None


# ------------------------------------------------------------------ owners told after the task; the end told with "vào"; a share's base

def test_owners_told_after_the_task():
    assert _tasks("1. Chỉ đạo sản xuất vụ Mùa bảo đảm khung thời vụ; Chi cục Trồng trọt và Bảo vệ thực vật chủ trì, "
                  "hoàn thành gieo cấy trước ngày 15/7/2025.\n"
                  "2. Hoàn thành xử lý dứt điểm 06 hồ sơ đất đai tồn đọng – giao Văn phòng Đăng ký đất đai, thời hạn trước "
                  "ngày 31/7/2025.\n3. Các chi hội trưởng đôn đốc thu hội phí trước ngày 15/12/2025.\n") == [
        ("Chi cục Trồng trọt và Bảo vệ thực vật", "trước ngày 15/7/2025"), ("Văn phòng Đăng ký đất đai", "trước ngày 31/7/2025"),
        ("Các chi hội trưởng", "trước ngày 15/12/2025")]
    # a closing clause that says more than who leads still names who does the item (round 14: the fresh gold authors
    # of blind2, blind4 and blind5 file its subject as the owner)
    assert _tasks("1. Rà soát hộ nghèo; Ban Nhân dân thôn tổng hợp danh sách gửi Ủy ban nhân dân xã để xét duyệt theo quy "
                  "định hiện hành.\n") == [("Ban Nhân dân thôn", None)]


def test_the_end_told_with_vao_and_the_base_of_a_share():
    s = structure(CHI_BO_HEAD + "Tổng số đảng viên: 16 đồng chí; có mặt 16 đồng chí.\n"
                  "- Đề nghị kết nạp quần chúng Quàng Thị Ánh: Tán thành: 15; Không tán thành: 0; Ý kiến khác: 1 (đạt 93,75%).\n"
                  "Cuộc họp kết thúc vào 18 giờ 05 phút cùng ngày.\n")
    assert value(s.meeting.end) == "18:05"
    assert [(d.votes_for, d.against, d.abstain, d.base) for d in s.decisions] == [(15, 0, 1, 16)]
    # near-miss: counts without a share keep no base of their own
    s = structure(CHI_BO_HEAD + "- Danh sách hộ được hỗ trợ: tán thành 6 người; không tán thành 1 người; ý kiến khác 2 người.\n")
    assert [(d.votes_for, d.base) for d in s.decisions] == [(6, None)]


CHI_BO_HEAD = ("ĐẢNG BỘ XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 2\n*\nBIÊN BẢN\n"
               "HỌP CHI BỘ XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN\nVào lúc 14 giờ ngày 05/8/2025, tại nhà văn hóa thôn 2, Chi bộ họp.\n")


# ------------------------------------------------------------------ votes told with a ratio of the quantity layer

def _votes(line: str):
    return [(d.kind, d.votes_for, d.against, d.abstain, d.base) for d in structure(CHI_BO_HEAD + line + "\n").decisions]


def test_votes_told_with_a_ratio():
    assert _votes("Nghị quyết được 15/15 đồng chí đảng viên chính thức biểu quyết tán thành (đạt tỷ lệ 100%).") == [
        ("resolution", 15, None, None, 15)]
    assert _votes("Nghị quyết này đã được 100% (19/19) đồng chí đảng viên chính thức có mặt nhất trí thông qua.") == [
        ("resolution", 19, None, None, 19)]
    assert _votes("Chi bộ biểu quyết thông qua Nghị quyết tháng 10: 100% (17/17) đồng chí có mặt tán thành.") == [
        ("resolution", 17, None, None, 17)]
    # near-misses: a ratio of something else in the sentence is no vote count
    assert _votes("Nghị quyết được thông qua; đến nay 12/15 hộ đã hoàn thành kê khai.") == [
        ("resolution", None, None, None, None)]
    assert _votes("Nghị quyết tháng 10 được chi bộ thảo luận, bổ sung ý kiến của 3/5 tổ đảng.") == []


# ------------------------------------------------------------------ news leads: "Sáng nay (11/11)", "đã họp xét …", "… của Đảng bộ X"

def _news(title: str, lead: str):
    return structure("Trang chủ > Tin tức > Xây dựng Đảng\n" + title + "\nCập nhật: 10:15 | 12/11/2025\n" + lead
                     + "\nTin: Lê Hải\nLượt xem: 1.234\n")


def test_news_leads_in_more_wordings():
    s = _news("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 4", "Sáng nay (11/11), Ban Chấp hành Đảng bộ phường Bình Minh "
              "khóa I tổ chức Hội nghị lần thứ 4 để đánh giá kết quả 10 tháng.")
    assert value(s.meeting.date) == "2025-11-11"
    s = _news("Chi bộ thôn 3 họp xét kết nạp đảng viên", "Chiều ngày 10/11/2025, tại nhà văn hóa thôn 3, Chi bộ thôn 3, Đảng bộ "
              "xã Mỹ Hòa đã họp xét đề nghị kết nạp đảng viên mới. Đồng chí Lò Văn Dũng, Bí thư chi bộ chủ trì cuộc họp.")
    assert (value(s.meeting.name), value(s.header.issuer)) == ("Họp xét đề nghị kết nạp đảng viên mới", "Chi bộ thôn 3")
    s = _news("Đảng bộ xã Tam Hưng sơ kết 9 tháng", "Hội nghị sơ kết công tác xây dựng Đảng 9 tháng đầu năm 2025 của Đảng bộ "
              "xã Tam Hưng diễn ra vào sáng 11/11 tại Hội trường Đảng ủy xã, dưới sự chủ trì của đồng chí Hà Văn Bình.")
    assert (value(s.header.issuer), value(s.meeting.place)) == ("Đảng bộ xã Tam Hưng", "Hội trường Đảng ủy xã")
    # near-miss: "ngày nay" is no day; a meeting named in the lead keeps its name
    s = _news("Chi bộ khu phố 5 sinh hoạt chuyên đề", "Tối 11/11, Chi bộ Khu phố 5 tổ chức sinh hoạt chuyên đề về chuyển "
              "đổi số. Đồng chí Nguyễn Văn Lâm chủ trì cuộc họp.")
    assert value(s.meeting.name) == "Sinh hoạt chuyên đề về chuyển đổi số"


# ------------------------------------------------------------------ rolls read off the quantity layer's ratios

def test_a_roll_told_as_a_ratio_in_minutes_and_news():
    s = structure(CHI_BO_HEAD + "Thành phần: 16/18 đảng viên của chi bộ tham dự; vắng 02 đồng chí: Lê Văn Tám (ốm), Hà Thị "
                  "Chín (công tác).\n")
    a = s.attendance
    assert (value(a.total), value(a.present), value(a.absent)) == (18, 16, 2)
    assert [value(x.name) for x in a.absentees] == ["Lê Văn Tám", "Hà Thị Chín"]
    for lead, roll in (("Tối 11/11, Chi bộ Khu phố 5 tổ chức sinh hoạt chuyên đề.\nTham dự có 32/35 đảng viên.", (35, 32)),
                       ("Sáng 11/11, HĐND xã Tân Lập khai mạc Kỳ họp thứ 3. Dự kỳ họp có 25/27 đại biểu HĐND xã.", (27, 25)),
                       ("Sáng 11/11, Đảng ủy xã tổ chức hội nghị với 41/45 ủy viên Ban Chấp hành tham dự.", (45, 41))):
        a = _news("Tin hội nghị", lead).attendance
        assert (value(a.total), value(a.present)) == roll, lead
    # near-misses: thousands who took part in a campaign, and a ratio of households, are no roll
    for lead in ("Sáng 11/11, Đảng ủy xã tổ chức hội nghị. Năm qua có 3.286/3.412 đảng viên tham gia học tập nghị quyết.",
                 "Sáng 11/11, Đảng ủy xã tổ chức hội nghị. Đến nay 412/520 hộ tham gia bảo hiểm."):
        a = _news("Tin hội nghị", lead).attendance
        assert a is None or a.present is None, lead


# ------------------------------------------------------------------ verdicts: the year's plan against part of the year

def test_progress_against_the_years_plan_and_the_documents_own_verdict():
    table = ("STT\tChỉ tiêu\tĐơn vị\tKế hoạch 2025\tThực hiện 11 tháng\tSo KH (%)\n"
             "1\tTổng thu ngân sách trên địa bàn\ttỷ đồng\t412\t398,7\t96,8\n"
             "2\tSố doanh nghiệp thành lập mới\tdoanh nghiệp\t150\t171\t114,0\n")
    assert [(n, v) for n, _, _, v in _targets(table)] == [("Tổng thu ngân sách trên địa bàn", "tiến độ"),
                                                          ("Số doanh nghiệp thành lập mới", "vượt")]
    head = REPORT.replace("kết quả thực hiện nhiệm vụ tháng 10 năm 2025", "kết quả công tác năm 2025")
    assert [v for *_, v in _targets("Đến nay kết nạp 38/45 đảng viên theo chỉ tiêu năm, đạt 84,4%.\n", head)] == ["tiến độ"]
    assert [v for *_, v in _targets("- Tỷ lệ học sinh tham gia BHYT: chỉ tiêu 100%, thực hiện 782/812 em, đạt 96,3%, chưa "
                                    "đạt chỉ tiêu.\n")] == ["chưa đạt"]
    # near-miss: a year's plan met in full is met, whatever the period
    assert [v for *_, v in _targets("Đến nay kết nạp 45/45 đảng viên theo chỉ tiêu năm, đạt 100%.\n", head)] == ["đạt"]


def test_more_plan_wordings_and_targets_listed_on_one_line():
    head = REPORT.replace("kết quả thực hiện nhiệm vụ tháng 10 năm 2025", "kết quả nhiệm kỳ 2022 - 2025")
    # (an act alone takes the noun it counts: "Kết nạp đảng viên", round 14)
    assert _targets("Kết nạp 05 đảng viên mới, chỉ tiêu đại hội đề ra 04 đảng viên.\n", head) == [("Kết nạp đảng viên", 4, 5, "vượt")]
    assert [(t, r, v) for _, t, r, v in _targets(
        "Thu quỹ \"Vì người nghèo\" được 46,5 triệu đồng, vượt mức vận động 40 triệu đồng.\n", head)] == [(40, 46.5, "vượt")]
    assert [(t, r, v) for _, t, r, v in _targets(
        "Thu ngân sách nhà nước đạt 64,8 tỷ đồng/60 tỷ đồng dự toán, vượt 8%.\n", head)] == [(60, 64.8, "vượt")]
    found = _targets("II. CHỈ TIÊU NHIỆM KỲ 2025 - 2027\nPhấn đấu kết nạp 04 đảng viên mới; 100% hộ gia đình được cấp nước "
                     "sạch.\nIII. BẦU CỬ\nNội dung.\n", head)
    assert [(t, r) for _, t, r, _ in found] == [(4, None), (100, None)]
    # near-misses: a share that does not fit the two numbers, and a body line of results after a heading of results
    assert _targets("Thu ngân sách nhà nước đạt 64,8 tỷ đồng/60 tỷ đồng dự toán, vượt 20%.\n", head) == []
    assert _targets("II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\nKết nạp 5 đảng viên mới; 3 chi bộ đạt trong sạch vững mạnh.\n", head) == []


# ------------------------------------------------------------------ elections: ballots read off the quantity layer

def test_ballots_of_an_election_in_many_wordings():
    for line, expected in (
            ("Bầu Bí thư chi bộ: đồng chí Ngô Văn Sĩ trúng cử với số phiếu 16/17.", [("Ngô Văn Sĩ", 16, 17)]),
            ("Chi bộ bầu bổ sung chi ủy viên, đồng chí Lâm Thị Hoa trúng cử với 15/17 phiếu bầu.", [("Lâm Thị Hoa", 15, 17)]),
            ("Đại hội bầu đồng chí Lý Hoàng Nam giữ chức Bí thư với 15/15 phiếu; đồng chí Thạch Thị Sa được bầu làm Phó Bí "
             "thư với 14/15 phiếu.", [("Lý Hoàng Nam", 15, 15), ("Thạch Thị Sa", 14, 15)]),
            ("Số phiếu hợp lệ 17. Đồng chí Đào Văn Út được 12 phiếu, trúng cử chi ủy viên.", [("Đào Văn Út", 12, 17)]),
            ("Đồng chí Phạm Văn Tư trúng cử Bí thư chi bộ với số phiếu bầu: 17/17, đạt 100%.", [("Phạm Văn Tư", 17, 17)])):
        s = structure(CHI_BO_HEAD + line + "\n")
        assert [(d.person, d.votes_for, d.base) for d in s.decisions if d.kind == "election"] == expected, line
    # near-miss: a count that is not of ballots gives the election no votes
    s = structure(CHI_BO_HEAD + "Đồng chí Phạm Văn Tư, 12 năm tuổi Đảng, trúng cử Bí thư chi bộ.\n")
    assert [(d.person, d.votes_for) for d in s.decisions if d.kind == "election"] == [("Phạm Văn Tư", None)]


# ------------------------------------------------------------------ tasks: "Owner: task" items, "thời gian: …", a conclusion's clauses

def _minutes_tasks(block: str):
    return [(t.text.value, value(t.owner), value(t.deadline)) for t in structure(CHI_BO_HEAD + block).tasks]


def test_owner_colon_items_and_time_labels():
    assert _minutes_tasks("IV. Phân công nhiệm vụ\n- Đồng chí Trần Văn An: phụ trách công tác thu quỹ, hoàn thành trước ngày "
                          "25/11/2025.\n- Chi đoàn thanh niên: tổ chức ra quân làm đường giao thông trong tháng 11.\n"
                          "- Tổ chức lớp bồi dưỡng cho 03 quần chúng ưu tú (giao đ/c Phó Bí thư, thời gian tháng 11/2025).\n") == [
        ("phụ trách công tác thu quỹ, hoàn thành trước ngày 25/11/2025", "Đồng chí Trần Văn An", "trước ngày 25/11/2025"),
        ("tổ chức ra quân làm đường giao thông trong tháng 11", "Chi đoàn thanh niên", "trong tháng 11"),
        ("Tổ chức lớp bồi dưỡng cho 03 quần chúng ưu tú (giao đ/c Phó Bí thư, thời gian tháng 11/2025)", "đ/c Phó Bí thư",
         "tháng 11/2025")]
    # near-miss: a label that is a topic, not a person or body, names no owner
    assert _minutes_tasks("IV. Nhiệm vụ tháng 11\n- Về công tác thu quỹ: tổ chức thu đúng hạn.\n") == [
        ("Về công tác thu quỹ: tổ chức thu đúng hạn", None, None)]


def test_a_conclusion_whose_clauses_each_name_who_does_what():
    assert _minutes_tasks("Đồng chí chủ trì kết luận: Chi ủy có trách nhiệm chỉ đạo hoàn thành thu quỹ trước ngày 30/11/2025; "
                          "các đồng chí đảng viên tích cực tham gia phong trào làm đường; đồng chí Trưởng thôn chịu trách "
                          "nhiệm đôn đốc các hộ nộp thuế trong tháng 11.\n") == [
        ("chỉ đạo hoàn thành thu quỹ trước ngày 30/11/2025", "Chi ủy", "trước ngày 30/11/2025"),
        ("tích cực tham gia phong trào làm đường", "các đồng chí đảng viên", None),
        ("chịu trách nhiệm đôn đốc các hộ nộp thuế trong tháng 11", "đồng chí Trưởng thôn", "trong tháng 11")]
    # near-miss: a conclusion that judges, not assigns, has no tasks
    assert _minutes_tasks("Đồng chí chủ trì kết luận: chi bộ đã hoàn thành tốt nhiệm vụ tháng 10; một số đảng viên còn "
                          "chậm nộp đảng phí.\n") == []


def test_co_chairs_the_detector_did_not_name():
    for line in ("Đồng chí Lê Văn Hùng và đồng chí Trần Thị Mai đồng chủ trì hội nghị.",
                 "Đồng chí Lê Văn Hùng, đồng chí Trần Thị Mai chủ trì hội nghị."):
        m = structure(BCH + "Hôm nay, lúc 8 giờ, tại Hội trường, Đảng ủy phường tổ chức hội nghị.\n" + line + "\nNội dung.\n").meeting
        assert [value(c) for c in m.chairs] == ["Lê Văn Hùng", "Trần Thị Mai"], line
    # near-miss: a person who spoke is no chair
    m = structure(BCH + "Hôm nay, lúc 8 giờ, tại Hội trường, Đảng ủy phường tổ chức hội nghị.\nĐồng chí Lê Văn Hùng phát biểu "
                  "khai mạc.\nNội dung.\n").meeting
    assert m.chairs == ()


def test_candidates_listed_with_their_ballots():
    s = structure(CHI_BO_HEAD + "Kết quả bầu Chi ủy (phiếu hợp lệ 16):\n- Đồng chí Ngô Văn Sĩ: 16/16 phiếu;\n"
                  "- Đồng chí Lâm Thị Hoa: 15/16 phiếu;\n- Đồng chí Đào Văn Út: 6/16 phiếu.\n")
    assert [(d.person, d.votes_for, d.base, d.outcome) for d in s.decisions if d.kind == "election"] == [
        ("Ngô Văn Sĩ", 16, 16, "trúng cử"), ("Lâm Thị Hoa", 15, 16, "trúng cử"), ("Đào Văn Út", 6, 16, "không trúng cử")]
    s = structure(CHI_BO_HEAD + "Số phiếu hợp lệ 16. Kết quả: Ngô Văn Sĩ (Bí thư) 16 phiếu, Lâm Thị Hoa 15 phiếu.\n")
    assert [(d.person, d.votes_for, d.base) for d in s.decisions if d.kind == "election"] == [
        ("Ngô Văn Sĩ", 16, 16), ("Lâm Thị Hoa", 15, 16)]
    # near-miss: a body's name before ballots is no candidate
    s = structure(CHI_BO_HEAD + "Số phiếu phát ra 16, Đại hội 16 phiếu hợp lệ.\n")
    assert [d for d in s.decisions if d.kind == "election"] == []


def test_deadlines_said_without_a_date():
    assert _tasks("1. Giao Thường trực Hội hoàn chỉnh hồ sơ đại hội gửi Hội cấp trên trong vòng 15 ngày.\n"
                  "2. Văn phòng Đảng ủy theo dõi, tổng hợp báo cáo Ban Thường vụ định kỳ hằng tháng.\n"
                  "3. Ban Chấp hành khóa mới họp phiên thứ nhất ngay sau khi bế mạc đại hội.\n") == [
        ("Thường trực Hội", "trong vòng 15 ngày"), ("Văn phòng Đảng ủy", "định kỳ hằng tháng"),
        (None, "ngay sau khi bế mạc đại hội")]
    # near-miss: a duration that is no deadline
    assert _tasks("1. Tổ chức lớp tập huấn 3 ngày cho cán bộ thôn.\n") == [(None, None)]


def test_a_labelled_time_range_gives_the_end():
    for line, span in (("Thời gian: bắt đầu từ 8 giờ 00 phút đến 11 giờ 00 phút ngày 05/10/2025.", ("08:00", "11:00")),
                       ("Thời gian: từ 14h00 - 16h30, ngày 05/10/2025.", ("14:00", "16:30")),
                       ("Thời gian: 19 giờ 30 phút, ngày 05/10/2025.", ("19:30", None))):
        m = structure(CHI_BO_HEAD.split("Vào lúc")[0] + line + "\nNội dung.\n").meeting
        assert (value(m.start), value(m.end)) == span, line


def test_news_rolls_told_with_two_counts():
    for lead, roll in (
            ("Sáng 11/11, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I. Có 135 đại biểu chính thức được triệu tập, "
             "có mặt 132 đại biểu.", (135, 132)),
            ("Sáng 11/11, Chi bộ thôn 3 tổ chức sinh hoạt chuyên đề. Đến dự có 45 đảng viên trong tổng số 48 đảng viên.",
             (48, 45)),
            ("Tối 11/11, Chi bộ Khu phố 5 tổ chức sinh hoạt chuyên đề. Chi bộ hiện có 30 đảng viên, 27 đồng chí dự sinh hoạt.",
             (30, 27))):
        a = _news("Tin hội nghị", lead).attendance
        assert (value(a.total), value(a.present)) == roll, lead
    # near-miss: amounts of money around "trên" are no roll
    a = _news("Tin hội nghị", "Sáng 11/11, Cục Thi hành án tổ chức hội nghị sơ kết. Toàn ngành đã thụ lý trên 21,6 nghìn "
              "tỷ đồng, tăng trên 7.200 tỷ đồng.").attendance
    assert a is None or a.present is None


def test_a_news_count_of_those_who_attended():
    for lead, present in (("Sáng 11/11, Đảng ủy xã tổ chức hội nghị trực tuyến. Tổng số đại biểu dự tại các điểm cầu là 620 "
                           "đồng chí.", 620),
                          ("Sáng 11/11, Đảng ủy xã tổ chức hội nghị. Đại biểu tham dự có hơn 1.200 đồng chí.", 1200)):
        a = _news("Tin hội nghị", lead).attendance
        assert value(a.present) == present, lead
    # near-miss: a count of something else than people attending
    a = _news("Tin hội nghị", "Sáng 11/11, Đảng ủy xã tổ chức hội nghị. Đại biểu tham dự có 15 ý kiến tham luận.").attendance
    assert a is None or a.present is None


def test_split_rolls_and_the_base_of_present_read_off_ratios():
    a = structure(CHI_BO_HEAD + "Có mặt 17/18 đồng chí (chính thức: 15/16; dự bị: 2/2); vắng 1 đồng chí.\n").attendance
    assert (value(a.total), value(a.official), value(a.probationary), value(a.present)) == (18, 16, 2, 17)
    a = structure(CHI_BO_HEAD + "Đảng viên dự họp: 18/19 đồng chí; vắng 01 đồng chí (đi học).\n").attendance
    assert (value(a.total), value(a.present), value(a.absent)) == (19, 18, 1)
    # near-miss: a ratio of households beside the roll is not its base
    a = structure(CHI_BO_HEAD + "Có mặt 18 đồng chí; 12/15 hộ đảng viên đã nộp quỹ.\n").attendance
    assert value(a.total) != 15


def test_a_closing_speech_directive_and_the_verb_dang_ky():
    assert _news_tasks("Phát biểu bế mạc, bà Nguyễn Thị Tuyết đề nghị Thường trực HĐND, các Ban HĐND và đại biểu tăng cường "
                       "giám sát việc thực hiện các nghị quyết, báo cáo kết quả trong quý I/2026.") == [
        ("tăng cường giám sát việc thực hiện các nghị quyết, báo cáo kết quả trong quý I/2026",
         "Thường trực HĐND, các Ban HĐND và đại biểu", "trong quý I/2026")]
    assert _tasks("1. Mỗi đảng viên đăng ký ít nhất 01 việc làm cụ thể làm theo Bác, hoàn thành trước ngày 19/5/2026.\n") == [
        ("Mỗi đảng viên", "trước ngày 19/5/2026")]
    # near-miss: a closing speech that thanks and wishes assigns nothing
    assert _news_tasks("Phát biểu bế mạc, đồng chí Lê Văn An cảm ơn các đại biểu và chúc đại hội thành công.") == []
