"""Names and titles of one person stay the same throughout a document."""

from minutes_app.core.engine import analyze


def found(text, code):
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == code]


def test_minority_spelling_gets_the_majority_one():
    text = (
        "Đồng chí Phạm Thị Thu Hằng, Bí thư Đảng ủy xã, chủ trì hội nghị.\n"
        "Đồng chí Phạm Thị Thu Hằng báo cáo kết quả quý I.\n"
        "Kết luận hội nghị, đồng chí Phạm Thị Thu Hăng yêu cầu các chi bộ khắc phục hạn chế."
    )
    assert found(text, "name-inconsistent") == [("Phạm Thị Thu Hăng", "Phạm Thị Thu Hằng")]


def test_letter_slip_making_a_non_syllable_is_the_same_person():
    text = (
        "Ông Nguyễn Đình Khoa, Giám đốc Sở Xây dựng, phát biểu.\n"
        "Ông Ngyễn Đình Khoa đề nghị đẩy nhanh tiến độ.\n"
        "Cuối buổi, ông Nguyễn Đình Khoa cảm ơn các đại biểu."
    )
    assert found(text, "name-inconsistent") == [("Ngyễn Đình Khoa", "Nguyễn Đình Khoa")]


def test_tie_keeps_the_first_spelling():
    text = "Đồng chí Trịnh Văn Lộc, Phó Chủ tịch UBND xã, dự họp.\nÝ kiến của đồng chí Trịnh Văn Lọc được ghi nhận."
    assert found(text, "name-inconsistent") == [("Trịnh Văn Lọc", "Trịnh Văn Lộc")]


def test_tone_placement_and_different_people_stay_silent():
    text = (
        "Đồng chí Lê Thị Hòa, Chủ tịch Hội Phụ nữ xã; đồng chí Lê Thị Hoà phát biểu.\n"  # hòa = hoà
        "Đồng chí Nguyễn Văn An, Trưởng Công an xã, và đồng chí Nguyễn Văn Anh, Chủ tịch Hội Nông dân.\n"
        "Đồng chí Trần Thị Hải, Bí thư Chi đoàn, và đồng chí Trần Thị Hà, Phó Bí thư chi bộ."
    )
    assert found(text, "name-inconsistent") == []


def test_deputy_and_head_of_the_same_body_conflict():
    text = (
        "Đồng chí Võ Văn Tường, Phó Bí thư Đảng ủy phường, khai mạc hội nghị.\n"
        "Đồng chí Võ Văn Tường, Phó Bí thư Đảng ủy phường, điều hành thảo luận.\n"
        "Phát biểu kết luận, đồng chí Võ Văn Tường, Bí thư Đảng ủy phường, đề nghị các chi bộ tiếp thu."
    )
    assert found(text, "title-inconsistent") == [("Bí thư Đảng ủy phường", None)]


def test_partial_or_different_titles_are_not_conflicts():
    text = (
        "Đồng chí Đặng Minh Quân, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã, dự họp.\n"
        "Đồng chí Đặng Minh Quân, Bí thư Đảng ủy xã, phát biểu.\n"  # a fuller form of the same title
        "Đồng chí Đặng Minh Quân, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc huyện, tham dự."  # another body
    )
    assert found(text, "title-inconsistent") == []


def test_a_name_in_a_comma_list_is_compared_too():
    # a list of the elected or the present: each name after "…, " is a name of its own, not the tail of the one before
    texts = [
        ("Kết quả kiểm phiếu: đồng chí Hồ Sỹ Toàn được 41 phiếu, đồng chí Lưu Thị Bích được 39 phiếu.\n"
         "Trúng cử Ban Chấp hành gồm các đồng chí: Nguyễn Đức Mạnh, Hồ Sỹ Toản, Lưu Thị Bích.", "Hồ Sỹ Toản"),
        ("Vắng mặt có lý do: đồng chí Tạ Văn Lượng (đi công tác).\n"
         "Các đồng chí dự họp đầy đủ, trừ Phan Thị Hoa, Tạ Văn Luơng, Đỗ Minh Trí đến muộn.", "Tạ Văn Luơng"),
        ("Đồng chí Mai Xuân Hiếu, Trưởng thôn, báo cáo.\n"
         "Tổ công tác gồm Lê Quang Vĩnh, Mai Xuân Hiêu; tổ trưởng là đồng chí Lê Quang Vĩnh.", "Mai Xuân Hiêu"),
    ]
    for text, slip in texts:
        assert [t for t, _ in found(text, "name-inconsistent")] == [slip], text


def test_a_capitalised_run_before_a_name_still_hides_its_tail():
    # "Thành Phố Hồ Chí Minh": no comma before "Hồ", so no person's name starts there
    text = "Đoàn công tác Thành Phố Hồ Chí Minh làm việc với ông Hồ Chí Thanh, Giám đốc Sở Nội vụ."
    assert found(text, "name-inconsistent") == []


def test_one_letter_apart_under_one_head_title_is_one_person():
    # two real given names one letter apart are two people, unless one post ties them: a post has one holder
    texts = [
        ("Tại phiên họp, đồng chí Đàm Quang Tiến, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, báo cáo.\n"
         "Giao đồng chí Đàm Quang Tiếp, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, theo dõi việc khắc phục.",
         "Đàm Quang Tiếp"),
        ("Bà Hà Thị Kim Oanh, Hiệu trưởng nhà trường, khai mạc hội nghị.\nHIỆU TRƯỞNG\nHà Thị Kim Oang",
         "Hà Thị Kim Oang"),
        ("Đồng chí Vi Văn Hợp, Bí thư Chi bộ, chủ trì buổi sinh hoạt (cuộc họp).\n"
         "Kết luận, đồng chí Vi Văn Hợi, Bí thư Chi bộ, giao nhiệm vụ cho các đảng viên.", "Vi Văn Hợi"),
    ]
    for text, slip in texts:
        assert [t for t, _ in found(text, "name-inconsistent")] == [slip], text


def test_one_letter_apart_without_one_post_stays_two_people():
    texts = [
        # two deputies: a body has several
        "Đồng chí Lò Văn Tiến, Phó Chủ tịch UBND xã, dự họp.\nĐồng chí Lò Văn Tiếp, Phó Chủ tịch UBND xã, phát biểu.",
        # the same title of two bodies
        "Đồng chí Hà Văn Lâm, Bí thư Chi bộ thôn 1, báo cáo.\nĐồng chí Hà Văn Lân, Bí thư Chi bộ thôn 2, phát biểu.",
        # no title ties them
        "Đồng chí Vi Văn Hợp báo cáo kết quả.\nĐồng chí Vi Văn Hợi, Trưởng ban Công tác Mặt trận, phát biểu.",
        # members of one committee
        "Đồng chí Đinh Thị Lan, Ủy viên Ban Thường vụ, dự.\nĐồng chí Đinh Thị Lam, Ủy viên Ban Thường vụ, dự.",
    ]
    for text in texts:
        assert found(text, "name-inconsistent") == [], text
