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


def test_titles_of_courts_procuracy_armed_forces_and_deputies():
    assert officials("Đồng chí Phan Thị Ngọc Hà là Phó Viện trưởng Viện Kiểm sát nhân dân huyện.") == {
        ("Phan Thị Ngọc Hà", ("Phó Viện trưởng Viện Kiểm sát nhân dân huyện",))}
    assert officials("Đồng chí Nguyễn Văn Quyết, Phó Chánh án Tòa án nhân dân tỉnh, báo cáo.") == {
        ("Nguyễn Văn Quyết", ("Phó Chánh án Tòa án nhân dân tỉnh",))}
    assert officials("Đồng chí Lê Thanh Tùng, Chính trị viên Ban Chỉ huy Quân sự xã, phát biểu.") == {
        ("Lê Thanh Tùng", ("Chính trị viên Ban Chỉ huy Quân sự xã",))}
    assert officials("Đồng chí Vương Văn Minh, Đại biểu HĐND tỉnh, tiếp xúc cử tri.") == {
        ("Vương Văn Minh", ("Đại biểu HĐND tỉnh",))}
    assert officials("Đồng chí Đỗ Văn Chiến, Phó Tư lệnh Quân khu 2, dự lễ.") == {
        ("Đỗ Văn Chiến", ("Phó Tư lệnh Quân khu 2",))}
    assert officials("Thiếu tướng Lò Văn Hùng, Phó Chính ủy Quân khu 2, phát biểu.") == {
        ("Lò Văn Hùng", ("Thiếu tướng", "Phó Chính ủy Quân khu 2"))}
    assert officials("Đồng chí Trần Thị Hoa, Chánh Thanh tra tỉnh Quảng Ngãi, báo cáo.") == {
        ("Trần Thị Hoa", ("Chánh Thanh tra tỉnh Quảng Ngãi",))}
    assert officials("Đ/c Lù Văn Dìn, PBT Đảng ủy xã, CT UBND xã, báo cáo.") == {
        ("Lù Văn Dìn", ("PBT Đảng ủy xã", "CT UBND xã"))}


def test_mass_organisations_and_ethnic_names():
    cases = {
        "Đồng chí Lò Văn Mừng, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La, phát biểu.":
            ("Lò Văn Mừng", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"),
        "Ông Quàng Văn Tiến, Chủ tịch Hội Nông dân huyện Tuần Giáo, báo cáo kết quả.":
            ("Quàng Văn Tiến", "Chủ tịch Hội Nông dân huyện Tuần Giáo"),
        "Bà Tòng Thị Xuân, Chủ tịch Hội Liên hiệp Phụ nữ xã Chiềng Mai, trình bày tham luận.":
            ("Tòng Thị Xuân", "Chủ tịch Hội Liên hiệp Phụ nữ xã Chiềng Mai"),
        "Đồng chí Bùi Văn Khánh, Bí thư Huyện ủy Tân Lạc, chủ trì hội nghị.": ("Bùi Văn Khánh", "Bí thư Huyện ủy Tân Lạc"),
        "Đồng chí Giàng A Chu, Chủ tịch UBND xã Pả Vi, báo cáo.": ("Giàng A Chu", "Chủ tịch UBND xã Pả Vi"),
        "Trưởng bản Sùng A Páo cho biết bà con đã thu hoạch xong.": ("Sùng A Páo", "Trưởng bản"),
        "Đồng chí Thạch Phước Bình, Phó Chủ tịch UBND tỉnh Trà Vinh, kết luận.":
            ("Thạch Phước Bình", "Phó Chủ tịch UBND tỉnh Trà Vinh"),
        "Ông Danh Út, Chủ tịch Hội Cựu chiến binh xã, phát biểu.": ("Danh Út", "Chủ tịch Hội Cựu chiến binh xã"),
        "Đồng chí Đàng Văn Thảo, Phó Trưởng Ban Dân tộc tỉnh Ninh Thuận, tham dự.":
            ("Đàng Văn Thảo", "Phó Trưởng Ban Dân tộc tỉnh Ninh Thuận"),
        "Đồng chí Y Ngông Niê Kdăm, Phó Chủ tịch HĐND tỉnh Đắk Lắk, phát biểu.":
            ("Y Ngông Niê Kdăm", "Phó Chủ tịch HĐND tỉnh Đắk Lắk"),
        "Bà H'Yim Kđoh, Trưởng Ban Dân tộc HĐND tỉnh, trình bày.": ("H'Yim Kđoh", "Trưởng Ban Dân tộc HĐND tỉnh"),
        "Ông Rơ Mah Tuấn, Phó Chủ tịch UBND huyện Chư Păh, báo cáo.": ("Rơ Mah Tuấn", "Phó Chủ tịch UBND huyện Chư Păh"),
        "Đồng chí Siu Hương, Phó Bí thư Tỉnh ủy Gia Lai, dự họp.": ("Siu Hương", "Phó Bí thư Tỉnh ủy Gia Lai"),
        "Đồng chí A Pớt, Bí thư Đảng ủy xã Đăk Rơ Wa, phát biểu.": ("A Pớt", "Bí thư Đảng ủy xã Đăk Rơ Wa"),
        "Đồng chí Nông Thị Hà, Bí thư Huyện đoàn Bảo Lạc, tham dự.": ("Nông Thị Hà", "Bí thư Huyện đoàn Bảo Lạc"),
        "Phó Chủ tịch Hội Nông dân tỉnh Ma Văn Lượng báo cáo.": ("Ma Văn Lượng", "Phó Chủ tịch Hội Nông dân tỉnh"),
        "Đồng chí Hoàng Thị Nga, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lạng Sơn, trình bày báo cáo thẩm tra.":
            ("Hoàng Thị Nga", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lạng Sơn"),
        "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Tir Y Khu Niê phát biểu.": ("Y Khu Niê", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Tir"),
        "Chủ tịch UBND huyện, ông Cầm Văn Chính cho biết.": ("Cầm Văn Chính", "Chủ tịch UBND huyện"),
        "Phó Bí thư Thường trực Tỉnh ủy, đồng chí Ksor Phước Hà kết luận.":
            ("Ksor Phước Hà", "Phó Bí thư Thường trực Tỉnh ủy"),
    }
    for text, (name, title) in cases.items():
        assert officials(text) == {(name, (title,))}, text


def test_lists_and_elections():
    assert officials("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lường Văn Thắng, Điêu Thị Hằng, Cầm Văn Đoàn.") == {
        (name, ("Ủy viên Ban Thường vụ Tỉnh ủy",)) for name in ("Lường Văn Thắng", "Điêu Thị Hằng", "Cầm Văn Đoàn")}
    assert officials("Đồng chí Vi Thị Thu và đồng chí Lộc Văn Tám, Huyện ủy viên, cùng dự.") == {
        ("Vi Thị Thu", ("Huyện ủy viên",)), ("Lộc Văn Tám", ("Huyện ủy viên",))}
    assert officials("Hội nghị đã bầu đồng chí Hoàng Văn Sáng giữ chức Bí thư Đảng ủy xã Thông Nông.") == {
        ("Hoàng Văn Sáng", ("Bí thư Đảng ủy xã Thông Nông",))}
    assert officials("Kỳ họp đã bầu ông Sơn Thanh Liêm làm Chủ tịch HĐND xã.") == {("Sơn Thanh Liêm", ("Chủ tịch HĐND xã",))}
    assert officials("Đồng chí Ma Thị Duyên, TUV, PCT UBND tỉnh, dự họp.") == {("Ma Thị Duyên", ("TUV", "PCT UBND tỉnh"))}
    # near-miss: a voter is not an official
    assert officials("Người phát biểu là ông Lê Văn Hòa, cử tri thôn 3.") == set()


def test_former_links_and_ranks():
    assert details("Ông Vì Văn Sơn, nguyên là Chủ tịch UBND huyện Mộc Châu, phát biểu.") == [
        ("Vì Văn Sơn", ["Chủ tịch UBND huyện Mộc Châu"], True)]
    assert details("Bà Cầm Thị Lan từng giữ chức Phó Chủ tịch HĐND tỉnh Điện Biên.") == [
        ("Cầm Thị Lan", ["Phó Chủ tịch HĐND tỉnh Điện Biên"], True)]
    assert details("Đại tá Hà Văn Tới, nguyên Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự buổi gặp mặt.") == [
        ("Hà Văn Tới", ["Đại tá", "nguyên Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"], True)]
    # near-miss: "nay là" is the current post
    assert details("Ông Lò Văn Pha, nguyên Phó Giám đốc Sở Y tế, nay là Giám đốc Bệnh viện tỉnh, phát biểu.")[0][2] is False


def test_signature_captions_are_titles_and_roles_never_clash():
    stacked = "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\nLò Văn Tiến"
    assert officials(stacked) == {("Lò Văn Tiến", ("Bí thư",))}
    side_by_side = ("THƯ KÝ                     CHỦ TRÌ\n(Đã ký)                     (Đã ký)\n"
                    "Hà Thị Mai                  Nông Văn Dũng")
    assert officials(side_by_side) == {("Hà Thị Mai", ("Thư ký",)), ("Nông Văn Dũng", ("Chủ trì",))}
    assert officials("NGƯỜI GHI BIÊN BẢN\nTrần Thị Bé") == {("Trần Thị Bé", ("Người ghi biên bản",))}
    assert officials("PHÓ CHỦ TỊCH\n(Đã ký)\nĐinh Văn Tuấn") == {("Đinh Văn Tuấn", ("Phó Chủ tịch",))}
    minutes = ("Đồng chí Nông Văn Dũng, Phó Bí thư Đảng ủy xã, chủ trì hội nghị.\n"
               "THƯ KÝ                     CHỦ TRÌ\nHà Thị Mai                  Nông Văn Dũng")
    assert not [f for f in analyze(minutes).findings if f.code == "title-inconsistent"]
    # near-miss: an authority line alone is no caption
    assert officials("T/M ỦY BAN NHÂN DÂN\n\nHoàng Văn Lực") == set()


def test_title_before_comrade_without_comma():
    assert officials("Trưởng Ban Dân vận Tỉnh ủy đồng chí Vì Thị Hương phát biểu.") == {
        ("Vì Thị Hương", ("Trưởng Ban Dân vận Tỉnh ủy",))}
    assert officials("Bí thư Tỉnh ủy – đồng chí Lò Minh Hùng phát biểu chỉ đạo.") == {("Lò Minh Hùng", ("Bí thư Tỉnh ủy",))}
    assert details("Nguyên Phó Chủ tịch UBND tỉnh Trần Văn Hòa đến thăm.") == [
        ("Trần Văn Hòa", ["nguyên Phó Chủ tịch UBND tỉnh"], True)]


def test_one_nguyen_covers_the_list_and_later_mentions():
    assert details("Ông Lò Văn Pấng, nguyên Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên, dự lễ.") == [
        ("Lò Văn Pấng", ["nguyên Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Điện Biên"], True)]
    assert details("Ông Lò Văn Pha, Bí thư Chi bộ, nguyên Chủ tịch UBND xã, phát biểu.")[0][2] is False
    assert [d[2] for d in details("Ông Quàng Văn Bình, nguyên Bí thư Tỉnh ủy, dự lễ. Ông Quàng Văn Bình phát biểu.")] == [
        True, True]


def test_place_ending_in_a_family_name_before_the_name():
    assert details("Đoàn có nguyên Bí thư Tỉnh ủy Lai Châu Lò Văn Giàng.") == [
        ("Lò Văn Giàng", ["nguyên Bí thư Tỉnh ủy Lai Châu"], True)]
    assert officials("Chủ tịch UBND tỉnh Lai Châu Lê Văn Lương phát biểu.") == {("Lê Văn Lương", ("Chủ tịch UBND tỉnh Lai Châu",))}


def test_body_listing_its_fields_and_a_rank_after_the_title():
    assert officials("Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên Lò Thị Thanh Hoa phát biểu.") == {
        ("Lò Thị Thanh Hoa", ("Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên",))}
    assert officials("Ông Lê Minh Khôi, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, phát biểu.") == {
        ("Lê Minh Khôi", ("Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn",))}
    # near-miss: two bodies after a comma are not one name
    assert officials("Đồng chí Lê Văn Tám, Giám đốc Sở Y tế, Sở Tài chính và Sở Xây dựng báo cáo.") == {
        ("Lê Văn Tám", ("Giám đốc Sở Y tế",))}
    assert officials("Giám đốc Công an tỉnh, Thiếu tướng Nguyễn Văn Long phát biểu.") == {
        ("Nguyễn Văn Long", ("Thiếu tướng", "Giám đốc Công an tỉnh"))}


def test_more_former_shapes_and_given_names_like_dates():
    assert details("Bà Hà Thị Năm, nguyên Chủ tịch Hội Phụ nữ xã, phát biểu.") == [
        ("Hà Thị Năm", ["nguyên Chủ tịch Hội Phụ nữ xã"], True)]
    assert details("Cựu chiến binh Lò Văn Bun, nguyên Đại đội trưởng, kể lại.") == [
        ("Lò Văn Bun", ["nguyên Đại đội trưởng"], True)]
    assert details("Nguyên Đại biểu Quốc hội khóa XIII Quàng Văn Hặc dự.") == [
        ("Quàng Văn Hặc", ["nguyên Đại biểu Quốc hội khóa XIII"], True)]
    assert details("Ông Lò Văn Pấng nguyên Bí thư Huyện ủy Tuần Giáo phát biểu.") == [
        ("Lò Văn Pấng", ["nguyên Bí thư Huyện ủy Tuần Giáo"], True)]
    assert details("Các đồng chí nguyên Bí thư Tỉnh ủy: Lê Văn Ba, Trần Văn Tư dự.") == [
        ("Lê Văn Ba", ["nguyên Bí thư Tỉnh ủy"], True), ("Trần Văn Tư", ["nguyên Bí thư Tỉnh ủy"], True)]


def test_unknown_family_names_read_from_context():
    assert officials("Chamaléa Thị Thủy, Phó Chủ tịch HĐND huyện Bác Ái, phát biểu.") == {
        ("Chamaléa Thị Thủy", ("Phó Chủ tịch HĐND huyện Bác Ái",))}
    assert officials("Kiên Thị Sa Mây, Chủ tịch Hội Nông dân xã, phát biểu.") == {
        ("Kiên Thị Sa Mây", ("Chủ tịch Hội Nông dân xã",))}
    # near-misses: a place opening the sentence is not a person
    assert officials("Đến Mường Nhé, Chủ tịch UBND tỉnh kiểm tra.") == set()
    assert officials("Tại Kỳ Sơn, Bí thư Huyện ủy cho biết.") == set()


def test_ranks_ages_and_asides_in_the_list_after_a_name():
    assert details("Ông Lê Văn Ba, nguyên Thiếu tướng, Phó Tư lệnh Quân khu 2.") == [
        ("Lê Văn Ba", ["Thiếu tướng", "Phó Tư lệnh Quân khu 2"], True)]
    assert details("Cụ Lê Văn Ba, 90 tuổi, nguyên Bí thư Đảng ủy xã, phát biểu.") == [
        ("Lê Văn Ba", ["nguyên Bí thư Đảng ủy xã"], True)]
    assert details("Đồng chí Lê Văn Ba, người từng giữ chức Chủ tịch UBND xã, phát biểu.") == [
        ("Lê Văn Ba", ["Chủ tịch UBND xã"], True)]
    assert officials("Ông Lê Văn Ba, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự.") == {
        ("Lê Văn Ba", ("Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"))}
    # near-misses: an age alone is no title; a rank before the next name is that person's
    assert officials("Ông Lê Văn Ba, 45 tuổi, trú tại thôn 2.") == set()
    assert officials("Đồng chí Lê Văn Ba, Đại tá Trần Văn Tư dự.") == {("Trần Văn Tư", ("Đại tá",))}


def test_columns_of_unequal_height_and_more_posts():
    block = ("NGƯỜI GHI BIÊN BẢN                    T/M BAN CHẤP HÀNH\n"
             "                                           BÍ THƯ\n"
             "(Ký, ghi rõ họ tên)                     (Ký tên)\n"
             "Lê Thị An                                Trần Văn Bình")
    assert officials(block) == {("Lê Thị An", ("Người ghi biên bản",)), ("Trần Văn Bình", ("Bí thư",))}
    block = ("    THƯ KÝ                     KT. CHỦ TỊCH\n"
             "                               PHÓ CHỦ TỊCH\n\n"
             "Lê Thị An                      Trần Văn Bình")
    assert officials(block) == {("Lê Thị An", ("Thư ký",)), ("Trần Văn Bình", ("Phó Chủ tịch",))}
    assert details("Đồng chí Lò Văn Phanh, nguyên Xã đội trưởng xã Mường Phăng, phát biểu.") == [
        ("Lò Văn Phanh", ["nguyên Xã đội trưởng xã Mường Phăng"], True)]
    assert officials("Thiếu tá Vàng A Dia, Đồn trưởng Đồn Biên phòng Tá Phìn, báo cáo.") == {
        ("Vàng A Dia", ("Thiếu tá", "Đồn trưởng Đồn Biên phòng Tá Phìn"))}


def test_a_title_before_names_joined_by_va():
    assert officials("Ủy viên Ban Thường vụ Tỉnh ủy Lê Văn An và Trần Văn Bình dự.") == {
        ("Lê Văn An", ("Ủy viên Ban Thường vụ Tỉnh ủy",)), ("Trần Văn Bình", ("Ủy viên Ban Thường vụ Tỉnh ủy",))}
    # near-misses: the second person has a title of their own; "làm thư ký" is a meeting role
    assert officials("Phó Chủ tịch UBND tỉnh Lê Văn An và ông Trần Văn Bình, Giám đốc Sở Y tế, dự.") == {
        ("Lê Văn An", ("Phó Chủ tịch UBND tỉnh",)), ("Trần Văn Bình", ("Giám đốc Sở Y tế",))}
    assert officials("Đồng chí Hà Thị Chi - công chức Văn phòng - Thống kê làm thư ký.") == {
        ("Hà Thị Chi", ("công chức Văn phòng - Thống kê",))}
    assert officials("Chủ tịch Hội Người cao tuổi xã Lê Văn Ba phát biểu.") == {("Lê Văn Ba", ("Chủ tịch Hội Người cao tuổi xã",))}


def test_cuu_is_former_too():
    assert details("Ông Lò Văn Pấng, cựu Chủ tịch UBND xã, phát biểu.") == [("Lò Văn Pấng", ["cựu Chủ tịch UBND xã"], True)]
    # near-miss: the veterans' association is a body, not a former post
    assert details("Ông Lò Văn Pấng, Chủ tịch Hội Cựu chiến binh xã, phát biểu.") == [
        ("Lò Văn Pấng", ["Chủ tịch Hội Cựu chiến binh xã"], False)]


def test_kiem_joins_two_titles_and_short_deputy_titles():
    assert officials("Đồng chí Lò Văn Pấng, Phó Bí thư Đảng ủy kiêm Chủ tịch UBND xã, phát biểu.") == {
        ("Lò Văn Pấng", ("Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"))}
    assert officials("Bí thư Đảng ủy kiêm Chủ tịch UBND xã Lò Văn Pấng phát biểu.") == {
        ("Lò Văn Pấng", ("Bí thư Đảng ủy", "Chủ tịch UBND xã"))}
    assert details("Ông Lò Văn Pấng, nguyên Phó Ban Tuyên giáo Huyện ủy, phát biểu.") == [
        ("Lò Văn Pấng", ["nguyên Phó Ban Tuyên giáo Huyện ủy"], True)]
    assert officials("Đồng chí Lò Văn Pấng, Chủ nhiệm Ủy ban Pháp luật của Quốc hội, phát biểu.") == {
        ("Lò Văn Pấng", ("Chủ nhiệm Ủy ban Pháp luật của Quốc hội",))}
    # near-miss: "kiêm nhiệm" after a common noun joins nothing
    assert officials("Cán bộ kiêm nhiệm Lò Văn Pấng.") == set()
