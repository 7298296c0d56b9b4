"""Officials (issue 17): titles announced for a list ("nguyên Chủ tịch UBND huyện qua các thời kỳ:
A, B", "… là A và B"), titles linked through an election or appointment sentence, body names with
a dash or a numbered unit before the name, former officials in every placement. Sentences of our
own, positive cases and near-misses that must stay silent."""

import pytest

from minutes_app.core.engine import analyze


def details(text):
    return [(e.get("name"), e.get("titles"), bool(e.get("former"))) for e in analyze(text).entities_of("official")]


@pytest.mark.parametrize("text, expected", [
    ("Tham dự có các đồng chí nguyên Chủ tịch UBND huyện qua các thời kỳ: Lê Văn Chắt, Đỗ Văn Rạng.",
     [("Lê Văn Chắt", ["nguyên Chủ tịch UBND huyện"], True), ("Đỗ Văn Rạng", ["nguyên Chủ tịch UBND huyện"], True)]),
    ("Các Phó Chủ tịch UBND xã nhiệm kỳ 2021 - 2026: Lê Văn An, Trần Thị Bé.",
     [("Lê Văn An", ["Phó Chủ tịch UBND xã"], False), ("Trần Thị Bé", ["Phó Chủ tịch UBND xã"], False)]),
    ("Hai đồng chí nguyên Bí thư Đảng ủy xã là Lê Văn Ba và Ngô Văn Bốn được tặng hoa.",
     [("Lê Văn Ba", ["nguyên Bí thư Đảng ủy xã"], True), ("Ngô Văn Bốn", ["nguyên Bí thư Đảng ủy xã"], True)]),
    ("Phó Chủ tịch UBND xã là ông Hoàng Văn Kiên.", [("Hoàng Văn Kiên", ["Phó Chủ tịch UBND xã"], False)]),
    ("Dự lễ có các đồng chí nguyên Bí thư Tỉnh ủy: Nguyễn Văn Sỹ, Trần Công Lý.",
     [("Nguyễn Văn Sỹ", ["nguyên Bí thư Tỉnh ủy"], True), ("Trần Công Lý", ["nguyên Bí thư Tỉnh ủy"], True)]),
])
def test_a_title_announces_the_names_after_it(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "Bí thư Chi bộ chỉ đạo: đồng chí Lê Văn An rà soát hồ sơ.",
    "Phó Chủ tịch UBND xã cho biết: ông Lê Văn An đã nộp đơn.",
    "Chủ tịch UBND xã phụ trách chung; đồng chí Lê Văn Bình phụ trách văn xã.",
])
def test_a_verb_before_the_colon_announces_nobody(text):
    assert details(text) == []


def test_the_minutes_secretary_field_is_a_role_not_a_title():
    assert details("Thư ký: đồng chí Nguyễn Thị Mai, Chi ủy viên.") == [("Nguyễn Thị Mai", ["Chi ủy viên"], False)]


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị bầu bổ sung đồng chí Cầm Văn Đoàn vào Ban Chấp hành và giữ chức Phó Bí thư Đảng ủy.",
     [("Cầm Văn Đoàn", ["Phó Bí thư Đảng ủy"], False)]),
    ("Đồng chí Lê Văn Hùng được Hội nghị bầu giữ chức Bí thư Đảng ủy.", [("Lê Văn Hùng", ["Bí thư Đảng ủy"], False)]),
    ("Ban Thường vụ Huyện ủy điều động, chỉ định đồng chí Lưu Văn Tâm tham gia Ban Chấp hành, giữ chức Bí thư Đảng ủy xã.",
     [("Lưu Văn Tâm", ["Bí thư Đảng ủy xã"], False)]),
    ("Kết quả: đồng chí Đỗ Văn Tài trúng cử Bí thư Chi bộ với 100% số phiếu.", [("Đỗ Văn Tài", ["Bí thư Chi bộ"], False)]),
    ("UBND tỉnh bổ nhiệm ông Lê Văn Bình, Phó Giám đốc Sở, giữ chức Giám đốc Sở Nội vụ.",
     [("Lê Văn Bình", ["Phó Giám đốc Sở", "Giám đốc Sở Nội vụ"], False)]),
])
def test_a_title_given_in_an_election_or_appointment_sentence(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "Đồng chí Lê Văn An phát biểu, đề nghị Hội nghị bầu người giữ chức Bí thư.",
    "Đồng chí Lê Văn An cho rằng cần bầu người có năng lực giữ chức Chủ tịch.",
    "Hội nghị đã bầu đồng chí Lê Văn Bình vào Ban Thường vụ. Ai sẽ giữ chức Bí thư thì chưa rõ.",
])
def test_no_title_for_a_name_outside_the_appointment(text):
    assert details(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Trưởng phòng Tài chính - Kế hoạch huyện Nguyễn Hữu Tình giải trình.",
     [("Nguyễn Hữu Tình", ["Trưởng phòng Tài chính - Kế hoạch huyện"], False)]),
    ("Đồng chí Lê Văn An, Trưởng phòng Tài chính - Kế hoạch, báo cáo.",
     [("Lê Văn An", ["Trưởng phòng Tài chính - Kế hoạch"], False)]),
    ("Nguyên Bí thư Chi bộ thôn 3 Nguyễn Văn Chín kể lại những ngày đầu.",
     [("Nguyễn Văn Chín", ["nguyên Bí thư Chi bộ thôn 3"], True)]),
    ("Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Lê Quang Tùng tiếp xúc cử tri.",
     [("Lê Quang Tùng", ["Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"], False)]),
])
def test_body_names_with_a_dash_a_number_or_a_delegation(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Lê Văn An, Bí thư Chi bộ - Kế hoạch số 12 của Chi bộ được thông qua.",
     [("Lê Văn An", ["Bí thư Chi bộ"], False)]),
    ("Đồng chí Lê Văn An, Bí thư Chi bộ - Hướng dẫn 05 đã được phổ biến.", [("Lê Văn An", ["Bí thư Chi bộ"], False)]),
    ("Bí thư Chi bộ thôn 3 đề nghị các đảng viên đóng đảng phí.", []),
])
def test_a_document_after_a_dash_is_not_the_body(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Hòa (nguyên Chủ tịch UBND xã) phát biểu.", [("Trần Văn Hòa", ["nguyên Chủ tịch UBND xã"], True)]),
    ("Nguyên Phó Chủ tịch UBND tỉnh Lê Văn An và nguyên Giám đốc Sở Y tế Trần Văn Cơ cùng dự.",
     [("Lê Văn An", ["nguyên Phó Chủ tịch UBND tỉnh"], True), ("Trần Văn Cơ", ["nguyên Giám đốc Sở Y tế"], True)]),
    ("Ông Lương Văn Toản - nguyên Trưởng Ban Tuyên giáo Huyện ủy - tặng sách cho thư viện xã.",
     [("Lương Văn Toản", ["nguyên Trưởng Ban Tuyên giáo Huyện ủy"], True)]),
    ("Đồng chí Cao Văn Tuyển nguyên là Bí thư Chi bộ thôn Đông phát biểu cảm tưởng.",
     [("Cao Văn Tuyển", ["Bí thư Chi bộ thôn Đông"], True)]),
])
def test_former_officials_in_more_placements(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Hồ Sỹ Nguyên, Chủ tịch UBND xã, báo cáo.", [("Hồ Sỹ Nguyên", ["Chủ tịch UBND xã"], False)]),
    ("Phó Chủ tịch HĐND huyện Trương Thị Nguyên chủ trì phiên họp.",
     [("Trương Thị Nguyên", ["Phó Chủ tịch HĐND huyện"], False)]),
    ("Đồng chí Đinh Nguyên Hùng, Trưởng Ban Tổ chức Huyện ủy, công bố quyết định.",
     [("Đinh Nguyên Hùng", ["Trưởng Ban Tổ chức Huyện ủy"], False)]),
])
def test_a_name_with_nguyen_in_it_is_not_former(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Nguyễn Hữu Đông – PBT Thường trực Đảng ủy phường, kiêm Chủ tịch Ủy ban MTTQ phường.",
     [("Nguyễn Hữu Đông", ["PBT Thường trực Đảng ủy phường", "Chủ tịch Ủy ban MTTQ phường"], False)]),
    ("Đ/C Trần Bảo - Bí thư Chi bộ thôn 2 (kiêm Trưởng thôn) thông qua dự thảo.",
     [("Trần Bảo", ["Bí thư Chi bộ thôn 2", "Trưởng thôn"], False)]),
    ("Ông Lò Văn Sơn, Bí thư Chi bộ, kiêm Trưởng bản Nà Sài, phát biểu.",
     [("Lò Văn Sơn", ["Bí thư Chi bộ", "Trưởng bản Nà Sài"], False)]),
])
def test_kiem_after_a_comma_or_a_bracket(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông Lý Văn Sầu và ông Chẩu Văn Kim, đều là Phó Chủ tịch HĐND xã, được phân công giám sát.",
     [("Lý Văn Sầu", ["Phó Chủ tịch HĐND xã"], False), ("Chẩu Văn Kim", ["Phó Chủ tịch HĐND xã"], False)]),
    ("Đồng chí Lê Văn An và đồng chí Trần Văn Bảo cùng là Ủy viên Ban Chấp hành.",
     [("Lê Văn An", ["Ủy viên Ban Chấp hành"], False), ("Trần Văn Bảo", ["Ủy viên Ban Chấp hành"], False)]),
    ("- đ/c Lưu Quang Vinh PCT HĐND xã nêu ý kiến về công tác chuẩn bị kỳ họp.",
     [("Lưu Quang Vinh", ["PCT HĐND xã"], False)]),
    ("Đồng chí Lê Văn An Bí thư Chi bộ phát biểu.", [("Lê Văn An", ["Bí thư Chi bộ"], False)]),
    ("Đ/c Lã Văn Cường (CHT Ban CHQS xã) và đ/c Tống Văn Mạnh (Trưởng CA xã) kiểm tra.",
     [("Lã Văn Cường", ["CHT Ban CHQS xã"], False), ("Tống Văn Mạnh", ["Trưởng CA xã"], False)]),
    ("Ông Đồng Văn Lệ - TUV, GĐ Sở Xây dựng trả lời chất vấn.", [("Đồng Văn Lệ", ["TUV", "GĐ Sở Xây dựng"], False)]),
])
def test_shared_and_untouched_titles_and_abbreviations(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Lê Văn An báo cáo Chủ tịch UBND xã kết quả kiểm tra.", []),
    ("Chủ tịch UBND huyện Đồng Văn phát biểu.", []),
    ("Đ/c Giàng Seo Phử - UVBTV Tỉnh ủy, PCT UBND tỉnh làm trưởng đoàn công tác.",
     [("Giàng Seo Phử", ["UVBTV Tỉnh ủy", "PCT UBND tỉnh"], False)]),
])
def test_near_misses_of_untouched_titles(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thượng tá Hoàng Văn Slằn - Phó Giám đốc Công an tỉnh thông tin về tình hình an ninh.",
     [("Hoàng Văn Slằn", ["Thượng tá", "Phó Giám đốc Công an tỉnh"], False)]),
    ("Đồng chí Lê Văn An, Chủ tịch Hội Nông dân xã xây dựng nông thôn mới, dự.",
     [("Lê Văn An", ["Chủ tịch Hội Nông dân xã"], False)]),
    ("Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Trần Thị Thanh giới thiệu đại biểu.",
     [("Trần Thị Thanh", ["Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"], False)]),
    ("Phó Chủ tịch UBND huyện thường trực Lê Văn Cần dự.", [("Lê Văn Cần", ["Phó Chủ tịch UBND huyện thường trực"], False)]),
])
def test_where_a_body_name_ends(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ban Thường vụ Tỉnh ủy điều động đồng chí Tăng Văn Lập, Phó Chánh Văn phòng Tỉnh ủy đến nhận công tác "
     "và bổ nhiệm giữ chức Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh.",
     [("Tăng Văn Lập", ["Phó Chánh Văn phòng Tỉnh ủy", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"], False)]),
    ("Thừa ủy quyền của đồng chí Bí thư Tỉnh ủy, đồng chí Lục Văn Đông, Phó Bí thư Tỉnh ủy trao Huy hiệu Đảng.",
     [("Lục Văn Đông", ["Phó Bí thư Tỉnh ủy"], False)]),
    ("Phát biểu của đồng chí Bí thư Tỉnh ủy, đồng chí Lê Văn An tại hội nghị.", [("Lê Văn An", ["Bí thư Tỉnh ủy"], False)]),
])
def test_a_title_held_and_a_title_given(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Các đồng chí nguyên lãnh đạo tỉnh qua các thời kỳ: Hà Văn Sinh, Quàng Thị Pết về dự.",
     [("Hà Văn Sinh", ["nguyên lãnh đạo tỉnh"], True), ("Quàng Thị Pết", ["nguyên lãnh đạo tỉnh"], True)]),
    ("Thăm hỏi các đồng chí nguyên lãnh đạo huyện: đồng chí Hồ Văn Lai, nguyên Bí thư Huyện ủy; đồng chí "
     "Nguyễn Thị Sen, nguyên Chủ tịch UBND huyện.",
     [("Hồ Văn Lai", ["nguyên Bí thư Huyện ủy"], True), ("Nguyễn Thị Sen", ["nguyên Chủ tịch UBND huyện"], True)]),
    ("Ông Lê Văn An, nguyên lãnh đạo Sở Y tế, phát biểu.", [("Lê Văn An", ["nguyên lãnh đạo Sở Y tế"], True)]),
])
def test_former_leaders_of_a_body(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "Cơ quan vẫn giữ nguyên lãnh đạo cũ: ông Lê Văn An và ông Trần Văn Bảo.",
    "Nguyên lãnh đạo xã đã đi tham quan mô hình.",
    "Các đồng chí nguyên lãnh đạo tỉnh đã về dự lễ.",
])
def test_former_leaders_without_names_or_kept_unchanged(text):
    assert details(text) == []


@pytest.mark.parametrize("text, expected", [
    ("1 | Nguyễn Thị Hồng Nhung | Phó Bí thư Chi bộ | Trưởng khoa Nội | có mặt",
     [("Nguyễn Thị Hồng Nhung", ["Phó Bí thư Chi bộ", "Trưởng khoa Nội"], False)]),
    ("2\tPhan Văn Tú\tChi ủy viên, Phó Trưởng phòng Kế toán\tvắng có lý do",
     [("Phan Văn Tú", ["Chi ủy viên", "Phó Trưởng phòng Kế toán"], False)]),
    ("3\tLê Thị Hoa\tBí thư Chi đoàn\tcó mặt", [("Lê Thị Hoa", ["Bí thư Chi đoàn"], False)]),
])
def test_a_table_row_pasted_as_text(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | (ký, đóng dấu) | Lò Thị Hương", [("Lò Thị Hương", ["Phó Chủ tịch"], False)]),
    ("T/M ĐẢNG ỦY\tBÍ THƯ\t(Đã ký)\tHầu A Lềnh", [("Hầu A Lềnh", ["Bí thư"], False)]),
    ("THƯ KÝ: Nguyễn Thị Bích Ngọc          CHỦ TRÌ: Đoàn Văn Khải",
     [("Nguyễn Thị Bích Ngọc", ["THƯ KÝ"], False), ("Đoàn Văn Khải", ["Chủ trì"], False)]),
    ("NGƯỜI GHI BIÊN BẢN (Ký, ghi rõ họ tên) Trần Thị Xuân", [("Trần Thị Xuân", ["Người ghi biên bản"], False)]),
    ("TM. BAN THƯỜNG VỤ - PHÓ BÍ THƯ - Bạch Văn Thông", [("Bạch Văn Thông", ["Phó Bí thư"], False)]),
])
def test_a_signature_block_pasted_on_one_line(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "KT. CHỦ TỊCH | Lê Văn An",
    "T/M BAN CHẤP HÀNH ĐẢNG BỘ - Lê Văn An",
    "HÀ NỘI - Lê Văn An phát biểu tại buổi lễ.",
    "Ảnh: Lê Văn An (ký xong) | Trần Văn Bảo",
])
def test_an_authority_line_or_a_place_is_no_caption(text):
    assert details(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ông Lê Văn An (SN 1965), Trưởng thôn 4, cho biết.", [("Lê Văn An", ["Trưởng thôn 4"], False)]),
    ("Bà Lò Thị Hoa (dân tộc Thái), Phó Chủ tịch UBND xã, phát biểu.", [("Lò Thị Hoa", ["Phó Chủ tịch UBND xã"], False)]),
    ("Ông Lê Văn An (65 tuổi), nguyên Chủ tịch UBND xã, phát biểu.", [("Lê Văn An", ["nguyên Chủ tịch UBND xã"], True)]),
])
def test_a_bracket_aside_before_the_title(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "Vắng: đ/c Phạm Văn Dũng (đi công tác), đ/c Hà Thị Em (ốm).",
    "Ông Lê Văn An (SN 1965) trú tại thôn 4 đã hiến đất làm đường.",
    "Bà Lò Thị Hoa (dân tộc Thái), người có uy tín ở bản, phát biểu.",
])
def test_a_bracket_aside_without_a_title(text):
    assert details(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Đoàn Chủ tịch gồm các đồng chí: Bùi Thị Hồng Nhung, Lương Văn Đạt.", []),
    ("Đoàn Chủ tịch: đ/c Huỳnh Văn Sang (Bí thư chi bộ), đ/c Lý Thị Kiều (Phó Bí thư).",
     [("Huỳnh Văn Sang", ["Bí thư chi bộ"], False), ("Lý Thị Kiều", ["Phó Bí thư"], False)]),
    ("Đoàn Thư ký: đồng chí Nguyễn Thị Thu Trang, chi ủy viên.", [("Nguyễn Thị Thu Trang", ["chi ủy viên"], False)]),
    ("Trưởng Đoàn ĐBQH tỉnh Lê Văn An tiếp xúc cử tri.", [("Lê Văn An", ["Trưởng Đoàn ĐBQH tỉnh"], False)]),
])
def test_the_presidium_is_a_body_not_a_title(text, expected):
    assert details(text) == expected


def test_a_unit_ending_a_field_name_does_not_end_the_body():
    assert details("Ông Phan Đức Lượng - Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Cư M'gar;") == [
        ("Phan Đức Lượng", ["Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Cư M'gar"], False)]


@pytest.mark.parametrize("text, expected", [
    ("Dự có các đồng chí Ủy viên Bộ Chính trị: Lê Văn An, Bí thư Tỉnh ủy; Trần Văn Bảo, Trưởng Ban Tổ chức Trung ương.",
     [("Lê Văn An", ["Ủy viên Bộ Chính trị", "Bí thư Tỉnh ủy"], False),
      ("Trần Văn Bảo", ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"], False)]),
    ("Các đồng chí Phó Chủ tịch UBND xã: Lê Văn An, phụ trách kinh tế; Trần Văn Bảo, phụ trách văn xã.",
     [("Lê Văn An", ["Phó Chủ tịch UBND xã"], False), ("Trần Văn Bảo", ["Phó Chủ tịch UBND xã"], False)]),
    ("Các đồng chí Ủy viên Ban Thường vụ: Hà Văn Lâm; Lê Thị Hạnh; Cầm Văn Tiến.",
     [("Hà Văn Lâm", ["Ủy viên Ban Thường vụ"], False), ("Lê Thị Hạnh", ["Ủy viên Ban Thường vụ"], False),
      ("Cầm Văn Tiến", ["Ủy viên Ban Thường vụ"], False)]),
])
def test_a_list_set_off_by_semicolons_shares_the_announced_title(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Chi bộ: đồng chí Lê Văn An, Trưởng thôn; Phó Bí thư: đồng chí Trần Văn Bảo.",
     [("Lê Văn An", ["Bí thư Chi bộ", "Trưởng thôn"], False), ("Trần Văn Bảo", ["Phó Bí thư"], False)]),
    ("Phó Bí thư Chi bộ: đồng chí Lê Văn An, đi công tác vắng. Trần Văn Bảo phát biểu.",
     [("Lê Văn An", ["Phó Bí thư Chi bộ"], False)]),
    ("Phó Chủ tịch UBND xã: ông Lê Văn An cho biết ông Trần Văn Bảo đã nộp đơn.",
     [("Lê Văn An", ["Phó Chủ tịch UBND xã"], False)]),
])
def test_the_list_ends_where_another_title_or_a_clause_begins(text, expected):
    assert details(text) == expected


def test_new_abbreviations_are_expanded_for_the_summary():
    entity = analyze("Đ/c Lã Văn Cường (CHT Ban CHQS xã) và đ/c Tống Văn Mạnh (Trưởng CA xã) kiểm tra.").entities_of("official")
    assert [e.get("titles_expanded") for e in entity] == [["Chỉ huy trưởng Ban Chỉ huy Quân sự xã"], ["Trưởng Công an xã"]]
