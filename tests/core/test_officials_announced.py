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
