"""Officials (issue 17): "nguyên" kept for every title shape, asides between commas, a second
person after "và" + rank or degree, a name after a place that ends a body. Positive cases and
near-misses of our own."""

import pytest

from minutes_app.core.engine import analyze


def details(text):
    return [(e.get("name"), e.get("titles"), bool(e.get("former"))) for e in analyze(text).entities_of("official")]


@pytest.mark.parametrize("text, expected", [
    ("Nguyên Thiếu tướng Lê Văn Giang phát biểu.", [("Lê Văn Giang", ["Thiếu tướng"], True)]),
    ("Buổi lễ có nguyên Đại tá Phạm Văn Tư tham dự.", [("Phạm Văn Tư", ["Đại tá"], True)]),
    ("Nguyên Trung tá Hà Văn Khởi được tặng kỷ niệm chương.", [("Hà Văn Khởi", ["Trung tá"], True)]),
])
def test_former_before_a_rank(text, expected):
    assert details(text) == expected


def test_rank_without_former_is_current():
    assert details("Thiếu tướng Lê Văn Giang phát biểu.") == [("Lê Văn Giang", ["Thiếu tướng"], False)]


@pytest.mark.parametrize("text, expected", [
    ("Ông Lê Văn Anh là nguyên Phó Giám đốc Sở Tài chính.",
     [("Lê Văn Anh", ["nguyên Phó Giám đốc Sở Tài chính"], True)]),
    ("Bà Trần Thị Bình là nguyên Chủ tịch Hội Phụ nữ xã.",
     [("Trần Thị Bình", ["nguyên Chủ tịch Hội Phụ nữ xã"], True)]),
    ("Đồng chí Lò Văn Pấng giữ chức Chủ tịch UBND xã.", [("Lò Văn Pấng", ["Chủ tịch UBND xã"], False)]),
])
def test_former_after_a_link(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Lê Văn Hào, cựu chiến binh, nguyên Trưởng Công an xã.",
     [("Lê Văn Hào", ["nguyên Trưởng Công an xã"], True)]),
    ("Đồng chí Kim Văn Sóc, người dân tộc Khmer, Phó Bí thư Đảng ủy phường, trình bày.",
     [("Kim Văn Sóc", ["Phó Bí thư Đảng ủy phường"], False)]),
    ("Ông Vũ Văn Hòa, trú tại thôn 3, Trưởng thôn, phát biểu.", [("Vũ Văn Hòa", ["Trưởng thôn"], False)]),
])
def test_aside_between_commas(text, expected):
    assert details(text) == expected


def test_rank_in_the_list_is_no_aside():
    assert details("Ông Lê Văn Ba, nguyên Thiếu tướng, Phó Tư lệnh Quân khu 2.") == [
        ("Lê Văn Ba", ["Thiếu tướng", "Phó Tư lệnh Quân khu 2"], True)]


def test_an_aside_without_a_title_after_it_gives_none():
    assert details("Ông Lê Văn Hào, cựu chiến binh, phát biểu ý kiến.") == []


@pytest.mark.parametrize("text, expected", [
    ("Đại tá Nguyễn Hữu Phước, Giám đốc Công an tỉnh và Thượng tá Võ Minh Nhật, Phó Giám đốc Công an tỉnh, dự.",
     [("Nguyễn Hữu Phước", ["Đại tá", "Giám đốc Công an tỉnh"], False),
      ("Võ Minh Nhật", ["Thượng tá", "Phó Giám đốc Công an tỉnh"], False)]),
    ("PGS.TS Lê Quốc Hưng, Chủ tịch Hội đồng và ThS. Nguyễn Thị Lụa, Thư ký Hội đồng.",
     [("Lê Quốc Hưng", ["Chủ tịch Hội đồng"], False), ("Nguyễn Thị Lụa", ["Thư ký Hội đồng"], False)]),
    ("Trung tá Hà Văn Khởi, Trưởng Công an xã và Thiếu tá Lò Văn Pọm, Phó Trưởng Công an xã.",
     [("Hà Văn Khởi", ["Trung tá", "Trưởng Công an xã"], False),
      ("Lò Văn Pọm", ["Thiếu tá", "Phó Trưởng Công an xã"], False)]),
])
def test_and_then_a_rank_or_degree_starts_another_person(text, expected):
    assert details(text) == expected


def test_and_inside_a_body_name_stays():
    assert details("Đồng chí Lê Văn Xuân, Giám đốc Sở Tài nguyên và Môi trường.") == [
        ("Lê Văn Xuân", ["Giám đốc Sở Tài nguyên và Môi trường"], False)]


@pytest.mark.parametrize("text, expected", [
    ("Nguyên Bí thư Tỉnh ủy Gia Lai Ksor Phước dự lễ.", [("Ksor Phước", ["nguyên Bí thư Tỉnh ủy Gia Lai"], True)]),
    ("Nguyên Trưởng Ban Dân vận Tỉnh ủy Siu H'Lê tặng học bổng.",
     [("Siu H'Lê", ["nguyên Trưởng Ban Dân vận Tỉnh ủy"], True)]),
    ("Phó Chủ tịch UBND tỉnh Đắk Lắk Y Giang Gry Niê phát biểu.",
     [("Y Giang Gry Niê", ["Phó Chủ tịch UBND tỉnh Đắk Lắk"], False)]),
])
def test_a_name_after_a_place_ending_the_body(text, expected):
    assert details(text) == expected


def test_a_short_name_ending_a_school_stays_its_place():
    assert details("Hiệu trưởng Trường Đại học Hồng Đức, ông Lê Văn Minh phát biểu.") == [
        ("Lê Văn Minh", ["Hiệu trưởng Trường Đại học Hồng Đức"], False)]


@pytest.mark.parametrize("text, expected", [
    ("PGS.TS Nguyễn Thị Minh Tâm, Phó Giám đốc Học viện Chính trị khu vực III, trình bày.",
     [("Nguyễn Thị Minh Tâm", ["Phó Giám đốc Học viện Chính trị khu vực III"], False)]),
    ("Vụ trưởng Vụ Chính quyền địa phương Lê Trung Kiên làm việc với tỉnh.",
     [("Lê Trung Kiên", ["Vụ trưởng Vụ Chính quyền địa phương"], False)]),
    ("Đại tướng Lê Văn Dũng, nguyên Tổng Tham mưu trưởng, dự lễ.",
     [("Lê Văn Dũng", ["Đại tướng", "nguyên Tổng Tham mưu trưởng"], True)]),
])
def test_longer_bodies_and_military_titles(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Nguyễn Thị Thanh Nhàn, Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo, phát biểu.",
     [("Nguyễn Thị Thanh Nhàn", ["Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo"], False)]),
    ("Phó Chủ tịch phụ trách Hội Nông dân xã Lê Văn Tâm báo cáo.",
     [("Lê Văn Tâm", ["Phó Chủ tịch phụ trách Hội Nông dân xã"], False)]),
    ("Đồng chí Trần Văn Bình, Phó Trưởng phòng phụ trách Phòng Nội vụ huyện.",
     [("Trần Văn Bình", ["Phó Trưởng phòng phụ trách Phòng Nội vụ huyện"], False)]),
])
def test_in_charge_of_a_body(text, expected):
    assert details(text) == expected


def test_in_charge_of_a_field_is_not_a_body():
    assert details("Đồng chí Lê Văn A, Phó Chủ tịch UBND xã phụ trách văn hóa, phát biểu.") == [
        ("Lê Văn A", ["Phó Chủ tịch UBND xã"], False)]


@pytest.mark.parametrize("text, expected", [
    ("Nguyên Chủ tịch Hội LHPN tỉnh H'Hen Niê phát biểu.", [("H'Hen Niê", ["nguyên Chủ tịch Hội LHPN tỉnh"], True)]),
    ("Phó Chủ tịch UBND xã H'Yâm Kbuôr báo cáo.", [("H'Yâm Kbuôr", ["Phó Chủ tịch UBND xã"], False)]),
    ("Trưởng thôn H'Luyn Niê đọc danh sách.", [("H'Luyn Niê", ["Trưởng thôn"], False)]),
])
def test_ede_woman_name_after_an_administrative_unit(text, expected):
    assert details(text) == expected


def test_two_syllable_place_after_its_unit_stays_a_place():
    assert details("Chủ tịch UBND xã Cam Lộ phát biểu.") == []


@pytest.mark.parametrize("text, expected", [
    ("Nguyên Bí thư Huyện ủy Bảo Lâm Nông Văn Chiến về thăm.",
     [("Nông Văn Chiến", ["nguyên Bí thư Huyện ủy Bảo Lâm"], True)]),
    ("Bí thư Huyện ủy Lâm Bình Hoàng Văn Lâm phát biểu.", [("Hoàng Văn Lâm", ["Bí thư Huyện ủy Lâm Bình"], False)]),
    ("Chủ tịch UBND huyện Văn Yên Hà Thị Lan báo cáo.", [("Hà Thị Lan", ["Chủ tịch UBND huyện Văn Yên"], False)]),
])
def test_a_place_whose_syllables_are_names_then_the_person(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND xã Lê Hồ Văn Minh phát biểu.", [("Lê Hồ Văn Minh", ["Chủ tịch UBND xã"], False)]),
    ("Đồng chí Nguyễn Trần Văn Nam, Bí thư Chi bộ.", [("Nguyễn Trần Văn Nam", ["Bí thư Chi bộ"], False)]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Thị Minh Hà dự họp.", [("Nguyễn Thị Minh Hà", ["Phó Chủ tịch UBND tỉnh"], False)]),
])
def test_four_syllable_names_stay_whole(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tham dự có đồng chí Lê Văn An, UVTV, Trưởng Ban Tổ chức Huyện ủy.",
     [("Lê Văn An", ["UVTV", "Trưởng Ban Tổ chức Huyện ủy"], False)]),
    ("Đồng chí Lê Văn An, PGĐ Sở Y tế, phát biểu.", [("Lê Văn An", ["PGĐ Sở Y tế"], False)]),
    ("Ông Trần Văn Bình - GĐ Trung tâm Y tế huyện - báo cáo.", [("Trần Văn Bình", ["GĐ Trung tâm Y tế huyện"], False)]),
])
def test_more_abbreviated_titles(text, expected):
    assert details(text) == expected


def test_abbreviated_titles_are_expanded_for_the_summary():
    entity = analyze("Đồng chí Lê Văn An, UV TV Huyện ủy.").entities_of("official")[0]
    assert entity.get("titles_expanded") == ["Ủy viên Thường vụ Huyện ủy"]


def officials_of(text):
    return [(e.get("name"), e.get("titles")) for e in analyze(text).entities_of("official")]


@pytest.mark.parametrize("text, expected", [
    ("T/M CHI BỘ\nBÍ THƯ\n\nLÊ VĂN HÙNG", [("LÊ VĂN HÙNG", ["Bí thư"])]),
    ("THƯ KÝ\t\t\tCHỦ TRÌ\n\nNGUYỄN THỊ LAN\t\tLÊ VĂN HÙNG", [("NGUYỄN THỊ LAN", ["Thư ký"]), ("LÊ VĂN HÙNG", ["Chủ trì"])]),
    ("TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nTRẦN VĂN MINH", [("TRẦN VĂN MINH", ["Phó Bí thư"])]),
])
def test_signer_named_in_capitals(text, expected):
    assert officials_of(text) == expected


@pytest.mark.parametrize("text", [
    "ĐẢNG BỘ XÃ HÀ LONG\nCHI BỘ THÔN 3\n\nBIÊN BẢN",
    "HÀ NỘI\nNgày 5 tháng 3 năm 2025",
    "LÊ VĂN HÙNG\nđã phát biểu ý kiến.",
    "Bài: LÊ VĂN HÙNG\nẢnh: TRẦN VĂN BÌNH",
])
def test_capitals_without_a_caption_are_nobody(text):
    assert officials_of(text) == []


def test_a_signer_in_capitals_and_in_the_text_raise_nothing():
    text = "Chủ trì: đồng chí Lê Văn Hùng, Bí thư Chi bộ.\nNội dung họp.\n\nT/M CHI BỘ\nBÍ THƯ\n\nLÊ VĂN HÙNG"
    assert [f.code for f in analyze(text).findings] == []


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND xã Vừ A Dính phát biểu.", [("Vừ A Dính", ["Chủ tịch UBND xã"])]),
    ("Anh Tráng A Chu, Trưởng bản, cho biết.", [("Tráng A Chu", ["Trưởng bản"])]),
    ("Bí thư Đảng ủy xã Ly Seo Dìn báo cáo.", [("Ly Seo Dìn", ["Bí thư Đảng ủy xã"])]),
])
def test_more_family_names_of_the_northern_uplands(text, expected):
    assert officials_of(text) == expected
