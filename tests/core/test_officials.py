"""Officials in every shape the reports use; photo credits and bylines are not people."""

from minutes_app.core.engine import analyze


def officials(text):
    return {(e.get("name"), tuple(e.get("titles"))) for e in analyze(text).entities_of("official")}


def test_name_then_titles():
    text = "Đồng chí Trần Minh Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu."
    assert officials(text) == {("Trần Minh Khoa", ("Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"))}


def test_titles_then_name():
    text = "Kết luận hội nghị, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Lê Thị Hằng đề nghị."
    assert officials(text) == {("Lê Thị Hằng", ("Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"))}


def test_shared_title():
    text = "Chủ trì có các đồng chí: Phạm Văn Dũng, Bùi Thị Lan, Phó Bí thư Đảng ủy xã."
    assert officials(text) == {
        ("Phạm Văn Dũng", ("Phó Bí thư Đảng ủy xã",)),
        ("Bùi Thị Lan", ("Phó Bí thư Đảng ủy xã",)),
    }


def test_dash_and_semicolon_list():
    text = ("Dự có đồng chí Hồ Văn Tài - Bí thư Huyện ủy; Đặng Thu Trang - Ủy viên Ban Thường vụ, "
            "Trưởng Ban Dân vận Huyện ủy.")
    found = officials(text)
    assert ("Hồ Văn Tài", ("Bí thư Huyện ủy",)) in found
    assert ("Đặng Thu Trang", ("Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy")) in found


def test_later_bare_mention_is_the_same_official():
    text = ("Đồng chí Ngô Quang Vinh, Bí thư Chi bộ chủ trì.\n"
            "Đồng chí Ngô Quang Vinh kết luận. Ngô Quang Vinh đề nghị các đảng viên tiếp thu.")
    mentions = analyze(text).entities_of("official")
    assert len(mentions) == 3
    assert {e.get("mentions") for e in mentions} == {3}


def test_photo_credit_and_places_are_not_people():
    text = "Đồng chí Lê Văn An phát biểu. Ảnh: Minh Tâm\nĐoàn công tác đến Hà Nội và Lâm Đồng. Ảnh: Trần Hùng"
    analysis = analyze(text)
    assert analysis.entities_of("official") == []
    assert {e.get("name") for e in analysis.entities_of("person")} == {"Lê Văn An"}


def test_generic_titles_without_a_name_are_not_officials():
    text = "Tham dự có Bí thư, Phó Bí thư, Ủy viên các chi bộ trực thuộc và Trưởng, Phó các phòng."
    assert officials(text) == set()


def test_untitled_comrades_are_people_not_officials():
    text = "Vắng: 02 đồng chí (có lý do: đồng chí Phạm Văn Nam, đồng chí Võ Thị Lan).\nĐồng chí Lê Văn Bình, Bí thư Chi bộ chủ trì."
    analysis = analyze(text)
    assert {e.get("name") for e in analysis.entities_of("official")} == {"Lê Văn Bình"}
    assert {e.get("name") for e in analysis.entities_of("person")} == {"Phạm Văn Nam", "Võ Thị Lan"}


def test_place_after_its_unit_is_not_a_person():
    text = "Đồng chí Lý Thị Diệu - Bí thư Huyện ủy Lâm Bình chia sẻ kinh nghiệm."
    assert officials(text) == {("Lý Thị Diệu", ("Bí thư Huyện ủy Lâm Bình",))}


def test_va_between_two_people():
    text = ("Cùng chủ trì có đồng chí Phạm Quốc Bảo, Phó Bí thư Thường trực Huyện ủy và Phó Bí thư Huyện ủy, "
            "Chủ tịch Ủy ban nhân dân huyện Lê Thị Mỹ Dung.")
    assert officials(text) == {
        ("Phạm Quốc Bảo", ("Phó Bí thư Thường trực Huyện ủy",)),
        ("Lê Thị Mỹ Dung", ("Phó Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân huyện")),
    }


def test_title_after_la():
    assert officials("Đồng chí Trịnh Thị Mơ là Phó Chủ tịch Hội phát biểu.") == {("Trịnh Thị Mơ", ("Phó Chủ tịch Hội",))}
