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


def details(text):
    return [(e.get("name"), e.get("titles"), bool(e.get("former"))) for e in analyze(text).entities_of("official")]


def test_former_titles_stay_former():
    assert details("Ông Nguyễn Văn Hùng, nguyên Phó Chủ tịch UBND tỉnh, nguyên Giám đốc Sở Xây dựng, bị kỷ luật.") == [
        ("Nguyễn Văn Hùng", ["nguyên Phó Chủ tịch UBND tỉnh", "nguyên Giám đốc Sở Xây dựng"], True)]
    assert details("Đồng chí Trần Văn Hải, nguyên Bí thư Tỉnh ủy, dự hội nghị.") == [
        ("Trần Văn Hải", ["nguyên Bí thư Tỉnh ủy"], True)]
    assert details("Đồng chí Trần Văn Hải, Bí thư Tỉnh ủy, dự hội nghị.")[0][2] is False


def test_one_title_for_two_comrades():
    text = "Dự hội nghị có đồng chí Lê Văn Nam và đồng chí Phạm Thị Lan, Ủy viên Trung ương Đảng."
    assert officials(text) == {("Lê Văn Nam", ("Ủy viên Trung ương Đảng",)),
                               ("Phạm Thị Lan", ("Ủy viên Trung ương Đảng",))}


def test_abbreviated_titles_are_titles_and_expand():
    text = "Đồng chí Hoàng Thị Mai, UV BTV Đảng ủy xã, PCT UBND xã trình bày báo cáo."
    (official,) = analyze(text).entities_of("official")
    assert official.get("titles") == ["UV BTV Đảng ủy xã", "PCT UBND xã"]
    assert official.get("titles_expanded") == ["Ủy viên Ban Thường vụ Đảng ủy xã", "Phó Chủ tịch Ủy ban nhân dân xã"]
    assert officials("Đồng chí Điêu Chính Tướng, HUV, Bí thư Đảng ủy xã, dự họp.") == {
        ("Điêu Chính Tướng", ("HUV", "Bí thư Đảng ủy xã"))}


def test_long_body_between_title_and_name():
    assert officials("Bộ trưởng Bộ Tài nguyên và Môi trường Lê Văn Xuân phát biểu chỉ đạo.") == {
        ("Lê Văn Xuân", ("Bộ trưởng Bộ Tài nguyên và Môi trường",))}
    assert officials("Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Trần Văn Yên báo cáo.") == {
        ("Trần Văn Yên", ("Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh",))}


def test_names_of_ethnic_groups():
    assert officials("Đồng chí Cà Thị Hương, Phó Chủ tịch UBND xã, báo cáo.") == {
        ("Cà Thị Hương", ("Phó Chủ tịch UBND xã",))}
    assert officials("Bà H'Hen Niê, Chủ tịch Hội Liên hiệp Phụ nữ xã, tham dự.") == {
        ("H'Hen Niê", ("Chủ tịch Hội Liên hiệp Phụ nữ xã",))}
    assert officials("Đồng chí Ksor Y Phước, Bí thư Chi bộ thôn, báo cáo.") == {
        ("Ksor Y Phước", ("Bí thư Chi bộ thôn",))}


def test_stray_comma_inside_a_title():
    assert officials("Đồng chí Nông Văn Tòng, Trưởng phòng Tài nguyên ,Môi trường huyện, báo cáo.") == {
        ("Nông Văn Tòng", ("Trưởng phòng Tài nguyên ,Môi trường huyện",))}


def test_title_given_in_an_election_sentence():
    assert officials("Hội nghị bầu đồng chí Vi Văn Sơn giữ chức Phó Bí thư Đảng ủy xã.") == {
        ("Vi Văn Sơn", ("Phó Bí thư Đảng ủy xã",))}
    assert officials("Đồng chí Lương Thị Hoa được bầu làm Chủ tịch Hội Phụ nữ xã.") == {
        ("Lương Thị Hoa", ("Chủ tịch Hội Phụ nữ xã",))}
