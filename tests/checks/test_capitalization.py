"""Capitalisation (domain.md §4): wrong capitals found with a re-cased fix; correct usage silent."""

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity


def found(text, code="capitalization"):
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == code]


@pytest.mark.parametrize(
    "text, expected",
    [
        # C6: only the first syllable of a title word is capitalised
        ("Phát biểu của đồng chí Bí Thư Chi bộ.", [("Bí Thư", "Bí thư")]),
        ("Bí Thư Huyện ủy Trần Văn Lợi chủ trì.", [("Bí Thư", "Bí thư")]),
        ("Đồng chí Lê Văn Hòa, Phó Bí Thư Thường trực Tỉnh ủy.", [("Phó Bí Thư", "Phó Bí thư")]),
        ("Đồng chí Hà Thị Mai, Phó Chủ Tịch Ủy ban nhân dân xã.", [("Phó Chủ Tịch", "Phó Chủ tịch")]),
        ("Ông Đinh Công Sơn, Ủy Viên Ban Thường vụ Đảng ủy.", [("Ủy Viên", "Ủy viên")]),
        ("Thư Ký hội nghị: đồng chí Phạm Thu Trang.", [("Thư Ký", "Thư ký")]),
        # C4: body names
        ("Hội nghị Ban chấp hành Đảng bộ xã lần thứ 5.", [("Ban chấp hành", "Ban Chấp hành")]),
        ("Báo cáo gửi Uỷ Ban Nhân Dân Tỉnh Quảng Nam.", [("Uỷ Ban Nhân Dân Tỉnh", "Uỷ ban nhân dân tỉnh")]),
        ("Nghị quyết của Ban Chấp hành Trung Ương.", [("Trung Ương", "Trung ương")]),
        ("Đại hội Đảng Bộ Tỉnh Thái Nguyên lần thứ XX.", [("Đảng Bộ Tỉnh", "Đảng bộ tỉnh")]),
        ("Theo chỉ đạo của Ban thường vụ Huyện ủy.", [("Ban thường vụ", "Ban Thường vụ")]),
        ("Kết luận của Bộ Chính Trị về công tác cán bộ.", [("Bộ Chính Trị", "Bộ Chính trị")]),
        # C6: a title of a specific office written without its capitals
        ("Đồng chí Lê Thị Hoa, Phó chủ tịch UBND xã phát biểu.", [("Phó chủ tịch", "Phó Chủ tịch")]),
        ("Kết luận của Bộ chính trị về công tác cán bộ.", [("Bộ chính trị", "Bộ Chính trị")]),
    ],
)
def test_wrong_capitals_are_found_with_a_fix(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Đảng ủy, Phó Chủ tịch Ủy ban nhân dân xã Nguyễn Văn Bình dự họp.",
        "Tổng Bí thư Tô Lâm; Ủy viên Bộ Chính trị; Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương.",
        "Trưởng ban Tuyên giáo và Trưởng Ban Tổ chức Huyện ủy cùng dự.",  # C8 accepts both
        "Ban Chấp hành Đảng bộ tỉnh; Ban Thường vụ Tỉnh ủy; Ủy ban Kiểm tra Đảng ủy.",
        "Đảng bộ tỉnh Thái Nguyên; Ủy ban nhân dân tỉnh Quảng Nam; Hội đồng nhân dân huyện.",
        "Trong năm, Ủy ban kiểm tra hai cấp đã kiểm tra 12 tổ chức đảng.",  # generic (C5)
        "Đổi mới hoạt động của ban chấp hành, ban thường vụ cấp ủy các cấp.",
        "Ban Cán sự Đảng Bộ Tài chính; Ban Cán sự Đảng Ủy ban nhân dân tỉnh.",
        "Đồng chí Nguyễn Quốc Hội, Bí thư chi bộ thôn Trung Ương.",  # a person, a hamlet
        "Đảng viên phải gương mẫu. Cấp ủy chịu trách nhiệm trước chi bộ.",  # sentence starts
        "- Đảng viên dự bị: 2 đồng chí.",
        "Các Chi bộ Kinh tế, Tổng hợp và Nội chính đều hoàn thành nhiệm vụ.",
        "Triển khai các Nghị quyết số 15-NQ/TU, 16-NQ/TU; các Nghị quyết Trung ương 4 khóa XII.",
        "Theo khoản 2 Điều 5 Quy định này; Điều 3 Quyết định số 12.",
        "Tinh thần các Nghị quyết nói trên được quán triệt; các Chỉ thị đó đã đi vào cuộc sống.",
        "Học tập cuốn sách “Đảng Viên Với Việc Tu Dưỡng Đạo Đức” của Nhà xuất bản.",
        "BÍ THƯ ĐẢNG ỦY, ỦY BAN NHÂN DÂN TỈNH, BAN CHẤP HÀNH",
        "Hội Nghị Tổng Kết Công Tác Xây Dựng Đảng",
        "Đảng ủy Ủy ban nhân dân tỉnh; Đảng bộ Khối các cơ quan tỉnh; Ban Thường vụ Tỉnh ủy.",
        "các nghị quyết, chỉ thị của Đảng; những quy định mới; 5 chi bộ trực thuộc.",
    ],
)
def test_correct_capitals_stay_silent(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # C3: common nouns inside a sentence
        ("Chi bộ có 19 đồng chí, trong đó 2 Đảng viên dự bị.", [("Đảng viên", "đảng viên")]),
        ("Công tác đào tạo cán bộ, Đảng viên được chú trọng.", [("Đảng viên", "đảng viên")]),
        ("Nâng cao chất lượng sinh hoạt Cấp ủy và chi bộ.", [("Cấp ủy", "cấp ủy")]),
        # C5, C12: generic plural mentions
        ("Quán triệt các Nghị quyết của Đảng đến cán bộ.", [("Nghị quyết", "nghị quyết")]),
        ("Học tập những Chỉ thị, Nghị quyết mới của Trung ương.", [("Chỉ thị, Nghị quyết", "chỉ thị, nghị quyết")]),
        ("Đảng bộ hiện có 7 Chi bộ trực thuộc.", [("Chi bộ", "chi bộ")]),
        ("Kiểm tra các Chi bộ và Đảng bộ cơ sở.", [("Chi bộ và Đảng bộ", "chi bộ và đảng bộ")]),
        ("Kỳ họp thứ tư Hội đồng Nhân dân thành phố Hà Nội.", [("Hội đồng Nhân dân", "Hội đồng nhân dân")]),
        ("Làm việc với Ban cán sự Đảng Bộ Kế hoạch và Đầu tư.", [("Ban cán sự", "Ban Cán sự")]),
        ("Làm việc với Ban cán sự đảng Bộ Y tế.", []),  # "đảng" belongs to the name: never re-cased
    ],
)
def test_conventions_are_info_once_per_form(text, expected):
    """Usages official outlets write both ways: info, never a warning."""
    assert found(text) == []
    assert found(text, "capitalization-convention") == expected
    severities = {f.severity for f in analyze(text).findings if f.code == "capitalization-convention"}
    assert severities == ({Severity.INFO} if expected else set())


@pytest.mark.parametrize(
    "text, message_opens",
    [
        ("Đảng bộ hiện có 7 Chi bộ trực thuộc.", "“Chi bộ” sau số “7” là cách gọi chung"),
        ("Quán triệt các Nghị quyết của Đảng đến cán bộ.", "“Nghị quyết” sau “các” là cách gọi chung"),
        ("Học tập những Chỉ thị, Nghị quyết mới của Trung ương.",
         "“Chỉ thị, Nghị quyết” sau “những” là cách gọi chung"),
    ],
)
def test_a_generic_plural_names_its_words(text, message_opens):
    """The message names the words written with capitals, not only the count or the word before them."""
    (finding,) = [f for f in analyze(text).findings if f.code == "capitalization-convention"]
    assert finding.message.startswith(message_opens)


def test_a_convention_is_said_once_per_document():
    text = "Kỳ họp Hội đồng Nhân dân xã.\nĐại biểu Hội đồng Nhân dân xã phát biểu.\nHội đồng Nhân dân đã thông qua."
    grouped = [f for f in analyze(text).findings if f.code == "capitalization-convention"]
    assert len(grouped) == 1 and "3 lần" in grouped[0].message


def test_party_common_noun_is_info_under_its_own_code():
    text = "Lãnh đạo các tổ chức Đảng trực thuộc và 63 tổ chức cơ sở Đảng."
    assert found(text, "capitalization-party-noun") == [
        ("tổ chức Đảng", "tổ chức đảng"), ("tổ chức cơ sở Đảng", "tổ chức cơ sở đảng")]  # two forms, once each
    assert {f.severity for f in analyze(text).findings if f.code == "capitalization-party-noun"} == {Severity.INFO}
    assert found("Kiện toàn tổ chức Đảng bộ; tổ chức Đảng Cộng sản Việt Nam.", "capitalization-party-noun") == []


def test_numbers_that_are_not_counts_stay_silent():
    assert found("Ngày 6/12/2022 Kế hoạch được ban hành; Điều 3 Quyết định này; năm 2024 Chương trình công tác.") == []
    assert found("Báo cáo gửi Ban Chỉ đạo 35 Tỉnh ủy về công tác tuyên truyền.") == []
