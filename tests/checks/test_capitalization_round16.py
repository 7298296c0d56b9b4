"""Round 16: capitals and spaces careful reviewers mark on real reports, read by mechanism (a title
whose second word is a body, a mass organisation's or committee's name before a place noun, a word
that goes on the sentence written with a capital after a comma; a first word glued to its number,
two spaces after a mark), each with near-misses that must stay silent."""

import pytest

from minutes_app.core.engine import analyze


def found(text, code="capitalization"):
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == code]


@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Trần Văn Nam, Chánh văn phòng Huyện ủy, báo cáo tóm tắt.", [("Chánh văn phòng", "Chánh Văn phòng")]),
    ("Đại tá Lê Văn Hùng - Chánh văn phòng Bộ Chỉ huy Quân sự tỉnh phát biểu.",
     [("Chánh văn phòng", "Chánh Văn phòng")]),
    ("Bà Đỗ Thị Lan (Phó Chánh văn phòng Đoàn ĐBQH tỉnh) điều hành.", [("Phó Chánh văn phòng", "Phó Chánh Văn phòng")]),
    ("Tham dự có ông Hà Văn Tú, Chánh Văn Phòng Sở Nội vụ.", [("Chánh Văn Phòng", "Chánh Văn phòng")]),
])
def test_chanh_van_phong(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Đồng chí Trần Văn Nam, Chánh Văn phòng Huyện ủy, báo cáo tóm tắt.",
    "Quy định chức danh chánh văn phòng cấp ủy các cấp.",  # generic
    "Bổ nhiệm lại chức vụ Chánh văn phòng đối với 3 đồng chí.",  # no body after it
])
def test_chanh_van_phong_near_misses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hội nông dân huyện Duy Tân tổ chức hội nghị sơ kết.", [("Hội nông dân", "Hội Nông dân")]),
    ("Báo cáo của Ban dân tộc tỉnh Sơn La về công tác năm 2024.", [("Ban dân tộc", "Ban Dân tộc")]),
    ("Phối hợp với Hội cựu chiến binh xã Tân Lập, Đoàn thanh niên xã Tân Lập ra quân.",
     [("Hội cựu chiến binh", "Hội Cựu chiến binh"), ("Đoàn thanh niên", "Đoàn Thanh niên")]),
    ("Văn Phòng Tỉnh ủy đã ban hành hướng dẫn (số 12-HD/VPTU).", [("Văn Phòng", "Văn phòng")]),
])
def test_bodies_named_by_a_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Tổ chức hội nông dân các cấp phải đổi mới nội dung hoạt động.",  # generic, small letters
    "Hội nông dân có vai trò quan trọng trong xây dựng nông thôn mới.",  # no place after it
    "Tặng quà cho ông Nguyễn Văn Phòng và bà Lê Thị Hoa.",  # a person's name
    "Hội Nông dân huyện Duy Tân tổ chức hội nghị sơ kết.",
    "Năm nay Đoàn thanh niên xã được giao kết nạp 40 đoàn viên.",  # a place noun with no name: the local one
    "Kiểm điểm tập thể của 18/18 Ban thường vụ huyện, thị ủy đã xong.",  # a count: generic
])
def test_bodies_near_misses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Diện tích gieo trồng đạt 9.200 ha, Trong đó lúa chất lượng cao 6.100 ha.", [("Trong đó", "trong đó")]),
    ("Chương trình đã được phổ biến tới 14 thôn, Các hộ gia đình đăng ký tham gia.", [("Các", "các")]),
    ("Công tác phòng chống dịch được chú trọng, Đồng thời tiêm phòng đạt 96%.", [("Đồng thời", "đồng thời")]),
])
def test_capital_after_a_comma(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Đồng chí Lê Văn Ba, Chủ tịch UBND xã, dự và chỉ đạo.",  # a title after a comma
    "Quán triệt Nghị quyết số 15-NQ/TU, Chỉ thị số 05-CT/TU của Tỉnh ủy.",  # documents
    "Ý kiến của đồng chí: “Các chi bộ cần rà soát lại”, rồi hội nghị thảo luận.",  # a quotation
    "BÁO CÁO KẾT QUẢ, TRONG ĐÓ NÊU RÕ HẠN CHẾ",  # an upper-case title line
    "Sau đó,\nCác đồng chí thảo luận.",  # another line
])
def test_capital_after_a_comma_near_misses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Có17 vị đại biểu dự kỳ họp thứ 8.", [("Có17", "Có 17")]),
    ("Ngày19-4, đoàn công tác đến làm việc tại xã.", [("Ngày19", "Ngày 19")]),
    ("Tỷ lệ gia đình văn hóa đạt gần 90%  hộ.", [("  ", " ")]),
    ("Tỷ lệ hộ nghèo còn 3,2%.  Trong năm đã giảm 41 hộ.", [("  ", " ")]),
    ("Đợt thi đua ở phường An Phú kết thúc,  các khu dân cư đã tổng kết.", [("  ", " ")]),
])
def test_spacing_recurring_slips(text, expected):
    assert found(text, "spacing") == expected


@pytest.mark.parametrize("text", [
    "ĐẢNG BỘ XÃ AN PHÚ     ĐẢNG CỘNG SẢN VIỆT NAM",  # columns of a header
    "Số: 12-BC/ĐU  Hà Nội, ngày 05 tháng 3 năm 2024",
    "Phòng chống dịch COVID-19, cúm A/H5N1; nâng cấp QL1A, phủ sóng 4G, 5G.",
    "Quận 1 và Quận 3 hoàn thành; Phường 12 đạt chuẩn văn minh đô thị.",
])
def test_spacing_near_misses(text):
    assert found(text, "spacing") == []


@pytest.mark.parametrize("text, expected", [
    ("Tham dự có đồng chí Lê Văn Hòa, Phó Bí thư Đảng ủy, chủ tịch UBND xã.", [("chủ tịch", "Chủ tịch")]),
    ("Ông Phạm Văn Tư - Đảng ủy viên, chủ tịch Hội Nông dân phường phát biểu.", [("chủ tịch", "Chủ tịch")]),
    ("Đồng chí Hà Văn Sơn – Phó Chủ tịch HĐND, ủy viên Ban Thường vụ Đảng ủy (khóa XII) phát biểu.",
     [("ủy viên", "Ủy viên")]),
    ("Bà Nguyễn Thị Thu, Chủ tịch HĐND xã cùng ông Võ Lâm, phó chủ tịch HĐND xã chủ trì.",
     [("phó chủ tịch", "Phó Chủ tịch")]),
    ("Tham dự có bà Đỗ Thị Hạnh – Phó Bí thư Đảng ủy, chủ tịch HĐND xã, cùng các đồng chí trong Ban Thường vụ.",
     [("chủ tịch", "Chủ tịch")]),  # "các" after the comma belongs to the next item
])
def test_next_title_of_one_person(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Bí thư cấp ủy, chủ tịch UBND cấp xã phải chịu trách nhiệm trước Đảng ủy.",  # generic rule
    "Đồng chí Bí thư chỉ đạo các chi bộ, chủ tịch UBND các xã phối hợp thực hiện.",  # plural
    "Chủ tịch UBND xã đã chỉ đạo. Sau đó, chủ tịch UBND huyện yêu cầu báo cáo.",  # no title of the person before
    "Đồng chí Nguyễn Văn An, Chủ tịch UBND xã, bí thư chi bộ thôn 3 tham dự.",  # no body named after it
    "Kỷ luật 1 Tỉnh ủy viên, 2 huyện ủy viên, chủ tịch UBND xã vi phạm.",  # the nearest title is generic
    "Đại hội bầu đoàn Chủ tịch, thư ký Đại hội và thông qua chương trình.",  # a body's name, no person
])
def test_next_title_near_misses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Quán triệt Nghị Quyết số 07 của Đảng ủy và Chỉ Thị 12 của Tỉnh ủy.",
     [("Nghị Quyết", "Nghị quyết"), ("Chỉ Thị", "Chỉ thị")]),
    ("Chi bộ tổ chức hội Nghị giữa nhiệm kỳ (lần thứ 4).", [("hội Nghị", "hội nghị")]),
    ("Phát biểu tại Đại Hội đại biểu Đảng bộ phường lần thứ XIV.", [("Đại Hội", "Đại hội")]),
])
def test_capital_inside_a_document_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Đồng chí Lê Quyết Định, Bí thư Chi bộ, phát biểu.",  # a person's name
    "Kế Hoạch Đầu Tư Phát Triển Năm 2025",  # a Title-Cased heading
    "Theo “Quyết Định số 5” của Ban Thường vụ, đơn vị đã rà soát.",  # a quotation
    "KẾ HOẠCH SỐ 12-KH/ĐU VỀ CÔNG TÁC NĂM 2026",
])
def test_document_word_near_misses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ra mắt Ban chấp hành khóa mới, nhiệm kỳ 2025-2030.", [("Ban chấp hành", "Ban Chấp hành")]),
    ("Báo cáo của Ban chỉ đạo phong trào hiến máu thị xã nêu rõ 900 đơn vị máu.", [("Ban chỉ đạo", "Ban Chỉ đạo")]),
    ("Hội nghị kiện toàn Ban thường vụ, phân công nhiệm vụ từng đồng chí.", [("Ban thường vụ", "Ban Thường vụ")]),
])
def test_body_capitalised_mid_sentence(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Ban chỉ đạo các cấp cần tăng cường kiểm tra, giám sát.",  # a sentence's start says nothing
    "Thành lập ban chỉ đạo ở 12 xã, thị trấn.",  # the generic noun, all small
    "Kiểm điểm của 20/20 Ban thường vụ huyện, thị ủy và các Ban chỉ đạo của tỉnh.",  # counted: of a kind
])
def test_body_capitalised_mid_sentence_near_misses(text):
    assert found(text) == []
