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
