"""Round 17 (w22): correct words of everyday and regional text the word checks took for slips, read by
their mechanism (a word that stands alone in everyday or regional speech though the legal sample never saw
it alone, a common word beside a word of two read as two words, a syllable doubled on purpose before a mark,
the older y for i, a passage written in the local voice), each with the slips that must still be said.
All sentences are our own."""

import pytest

from tests.checks.test_realword import found


@pytest.mark.parametrize("text", [
    "Mùa lũ năm nay về sớm, bà con kịp thu hoạch lúa hè thu.",  # not "mưa lũ"
    "Mùa nước nổi cũng là mùa lũ, cá linh theo con nước về đồng.",
    "Nhà vườn xã Long Trung bán trái sầu riêng với giá 90.000 đồng/kg.",  # not "bánh trái"
    "Thương lái tới tận vườn, bà con bán trái cây thu về hơn 300 triệu đồng.",
    "Ghe hàng cập bến lúc 5 giờ sáng (ngày 12/3) để giao rau củ.",  # not "cặp bến"
    "Người đan lưới, người đan lọp, ai cũng có việc làm mùa nước.",  # not "người dân"
    "Khách vẫy chào khi bán xong món hàng cuối cùng.",  # not "bán xon"
])
def test_everyday_word_alone_stays_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text", [
    "Câu lạc bộ đờn ca tài tử ấp Tân Hòa có 32 thành viên.",  # Southern "đờn" = đàn, not "đơn ca"
    "Nghệ thuật đờn ca tài tử Nam Bộ được ghi danh năm 2013.",
    "Chị em đi hái bông súng, bông điên điển về bán chợ quê.",  # "bông" = hoa, not "bồng súng"
    "Bông súng trồng thường có màu tím đỏ, cọng mập.",
    "Nói đến chuyện nầy, ai cũng nhớ mấy năm trước; sau nầy còn nhiều dịp.",  # "nầy" = này
])
def test_regional_word_stays_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text, expected", [
    # slips next to the same words are still said: the fix is a strong word and the neighbour is no word alone
    ("Ủy ban xã tổ chức đánh gia tình hình mùa vụ năm 2024.", [("gia", "giá")]),
    ("Chủ tịch xã chủ trì cuộc hợp bàn phương án bán lúa.", [("hợp", "họp")]),
    ("Ngư dân nổ lực đưa tàu cập bến an toàn trước bão.", [("nổ", "nỗ")]),
    ("Tổng sản lương lương thực mùa này đạt 52.000 tấn.", [("lương", "lượng")]),
])
def test_slips_beside_everyday_words_still_flagged(text, expected):
    assert found(text, "real-word") == expected


@pytest.mark.parametrize("text", [
    "Học sinh được nhận bằng danh dự của nhà trường.",  # "bằng | danh dự", not "bảng danh dự"
    "Em Lan được tặng bằng khen và bằng danh dự (năm học 2023-2024).",
    "Cuối năm, trường trao bằng danh dự cho 12 em.",
])
def test_word_common_alone_beside_a_word_of_two_stays_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh đẩy mạnh chuyển đổi sổ trong các cơ quan nhà nước.", [("sổ", "số")]),  # "sổ" is no word common alone
    ("Sở đã triển khai chuyển đổi sổ: 45 thủ tục làm trực tuyến.", [("sổ", "số")]),
])
def test_three_syllable_slip_still_flagged(text, expected):
    assert found(text, "real-word") == expected


@pytest.mark.parametrize("text", [
    "Lũ trẻ con ríu rít đưa tay lên vẫy vẫy.",  # doubled on purpose before a mark
    "Suốt ngày ông cứ tàn tàn, đâu còn lo đói khổ như xưa.",
    "Gió thổi, ngọn lúa rung rung; đèn xa nhấp nháy.",
])
def test_doubling_before_a_mark_stays_silent(text):
    assert found(text, "repeated-word") == []


@pytest.mark.parametrize("text, expected", [
    ("Báo cáo của của chi bộ được thông qua.", [("của của", "của")]),  # a function word: a slip
    ("Còn vướng mắc trong trong phối hợp giữa các ngành.", [("trong trong", "trong")]),
    ("Chi bộ đã họp họp.", [("họp họp", "họp")]),  # a word the sample saw alone: a slip even before a mark
    ("Ông tàn tàn tàn lực thì nghỉ.", [("tàn tàn", "tàn")]),  # a word follows: not the doubling
])
def test_doubled_slips_still_flagged(text, expected):
    assert found(text, "repeated-word") == expected


@pytest.mark.parametrize("text", [
    "Con đường làng lát bê tông phẳng lỳ chạy quanh xóm.",  # lỳ = lì, the older y for i
    "Anh ấy tính lỳ lợm, ít nói nhưng làm việc chăm chỉ.",
    "Hành tây xắt nhỏ trộn với nước mắm, đường, tỏi.",  # Southern "xắt" = thái
    "Xắt mỏng củ cải rồi phơi khô trong 3 ngày.",
])
def test_regional_and_y_for_i_spellings_stay_silent(text):
    assert found(text, "spelling") == []


@pytest.mark.parametrize("text", [
    "Vơ con ni! Mi về khi mô rứa? Chợ ngay gưn nhà, tui đi xa quê đạ lâu.",  # three markers: the local voice
    "Bà hỏi: “Mi đi mô rứa? Ngồi trửa cươi mà ăn cho mát.”",
    "Tau nói rồi, chừ mi về đi, chợ gưn nhà nớ.",
])
def test_dialect_passage_spellings_stay_silent(text):
    assert found(text, "spelling") == []


@pytest.mark.parametrize("text, expected", [
    ("Chị đi chợ gưn nhà, đi xa quê đạ lâu.", [("gưn", "gùn"), ("đạ", "dạ")]),  # no markers: said
    ("Mi về khi mô rứa? Đồng chí tfực hiện tốt nhiệm vụ.", [("tfực", "thực")]),  # no syllable shape: said
    ("Đơn vị đã hòan thành kế hoạch, kết qủa tốt.", [("hòan", "hoàn"), ("qủa", "quả")]),  # y for i is no licence
    ("HĐND xã khóa X, nhiệm lỳ 2021-2026 họp phiên thứ 9.", [("lỳ", "kỳ")]),  # the neighbour makes another word
])
def test_spelling_slips_still_flagged(text, expected):
    assert found(text, "spelling") == expected


@pytest.mark.parametrize("text", [
    "Ông Tư cười khà khà nói chuyện mùa nước.",  # "khà khà": a láy of the dictionary, after "cười khà"
    "Bà cụ cười ha ha, vỗ tay khen cháu.",
    "Lá cờ bay phần phật, chuông gió rung rung suốt buổi chiều.",
])
def test_doubling_known_to_the_dictionary_stays_silent(text):
    assert found(text, "repeated-word") == []


@pytest.mark.parametrize("text, expected", [
    ("Các hoạt động tác động xấu đến thiên thiên, thì phải trả giá.", [("thiên thiên", "thiên")]),  # piece of a word
    ("Nghị quyết của Huyện ủy về về đánh giá tình hình.", [("về về", "về")]),  # a function word
    ("Tặng hoa cho cho các đơn vị ủng hộ.", [("cho cho", "cho")]),
])
def test_doubled_pieces_and_function_words_still_flagged(text, expected):
    assert found(text, "repeated-word") == expected


@pytest.mark.parametrize("text, expected", [
    # "mô", "rành", "hở" are regional speech alone, but here syllables of "mô hình", "rành mạch", "sơ hở" (review of
    # round 17: three of them made a plain report a passage in the local voice and switched its spelling off)
    ("Không để xảy ra sơ hở trong quản lý đất đai; mô hình “Dân vận khéo” được nhân rộng, hồ sơ rành mạch, nhưng việc "
     "kiễm tra còn chậm.", [("kiễm", "kiểm")]),
    ("Mô hình tổ tự quản (15 tổ) hoạt động rành mạch, không còn sơ hở, song công tác tuyên truyền chưa thừơng xuyên.",
     [("thừơng", "thường")]),
    ("Đã rà soát kỹ hồ sơ, không để lọt sơ hở; thu chi rành mạch theo mô hình mới, nhưng còn thiếu kinh nghiệm quãn "
     "lý.", [("quãn", "quản")]),
    ("Chi bộ nhân rộng mô hình, sổ sách rành mạch, không để sơ hở: việc triễn khai còn chậm.", [("triễn", "triển")]),
])
def test_markers_inside_words_of_the_standard_language_leave_spelling_on(text, expected):
    assert found(text, "spelling") == expected


@pytest.mark.parametrize("text", [
    # markers standing alone still make the local voice, beside a word that holds one ("mô hình")
    "Mi đi mô rứa? Tau coi cái mô hình ni rồi, chợ gưn nhà nớ.",
    "Răng mi về trễ rứa? Tau chờ gưn nhà nớ.",
    "Chừ tui đi mô? Ở nhà đạ lâu rồi, mi nói rành mạch đi.",
])
def test_markers_standing_alone_still_make_a_dialect_passage(text):
    assert found(text, "spelling") == []


def test_the_passage_is_judged_once_a_paragraph(monkeypatch):
    from minutes_app.core.checks import spelling
    calls = []

    def counted(reading):
        calls.append(reading)
        return original(reading)

    original = spelling._count_dialect_markers
    monkeypatch.setattr(spelling, "_count_dialect_markers", counted)
    text = "Mi đi mô rứa? Chợ ngay gưn nhà, tui đi xa quê đạ lâu, chừ mới về, răng chưa ghé trửa cươi."
    assert found(text, "spelling") == []
    assert len(calls) == 1
