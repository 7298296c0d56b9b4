"""Split words and doubled acronym letters (issue 17, round 4): a capital letter split from its
syllable ("Đ ảng bộ"), two real syllables that only joined make a word with their neighbour
("gi áo viên"), and the terms clerks abbreviate (THCS, BHXH, CCCD) told from a doubled letter.
Positive cases and near-misses of our own."""

import pytest

from minutes_app.core.engine import analyze

WORD_CODES = {"spelling", "real-word", "repeated-word", "split-word", "acronym-doubled"}


def found(text):
    return [(f.code, f.text, f.suggestion) for f in analyze(text).findings
            if f.code in WORD_CODES and f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text, expected", [
    ("Ban Chấp hành Đ ảng bộ xã họp thường kỳ.", [("split-word", "Đ ảng", "Đảng")]),
    ("Chi bộ quán triệt nghị quyết của Đ ảng ủy cấp trên.", [("split-word", "Đ ảng", "Đảng")]),
    ("Xã còn thiếu 7 gi áo viên tiếng Anh.", [("split-word", "gi áo", "giáo")]),
    ("Ủy ban nhân dân xã ch ỉ đạo các thôn.", [("split-word", "ch ỉ", "chỉ")]),
])
def test_split_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Công tác y tế xã được quan tâm.",
    "Tổ chức cơ sở đảng ở xã Y Tý được củng cố.",
    "Điểm a khoản 2 Điều 8 của Quy định.",
    "Thanh niên chơi bi a ở nhà văn hóa thôn.",
    "Ông A Páo và bà Hờ A Của dự họp.",
    "Đội văn nghệ biểu diễn bài ca về quê hương.",
])
def test_split_word_near_misses(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Trường THCSS Kim Tân đạt chuẩn chuyển đổi số mức 2.", [("acronym-doubled", "THCSS", "THCS")]),
    ("Công an xã thu nhận hồ sơ cấp CCCCD lưu động tại 5 thôn.", [("acronym-doubled", "CCCCD", "CCCD")]),
    ("Cơ quan BHXHH tỉnh đã chi trả chế độ ốm đau.", [("acronym-doubled", "BHXHH", "BHXH")]),
    ("Hộ gia đình tham gia BHYTT đạt 95%.", [("acronym-doubled", "BHYTT", "BHYT")]),
])
def test_doubled_letter_in_a_term(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Trường THCS Kim Tân đạt chuẩn quốc gia.",
    "Công an xã cấp CCCD gắn chip cho 1.200 người.",
    "Tỷ lệ tham gia BHXH tự nguyện tăng.",
    "Công ty TNHH MTV Cấp nước Sơn La.",
])
def test_terms_written_right_stay_silent(text):
    assert found(text) == []


REAL_WORD = {"real-word"}


def real_words(text):
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code in REAL_WORD]


# Words of the fields reports cover (resources/words_administrative.txt, added round 4): a slip
# that makes another real syllable is now read against them.
@pytest.mark.parametrize("text, expected", [
    ("Giáo viên chủ nhiệm theo dõi sỉ số học sinh hằng ngày.", [("sỉ", "sĩ")]),
    ("Xã phấn đấu chồng rừng mới 30 ha.", [("chồng", "trồng")]),
    ("Trạm y tế tổ chức khám chửa bệnh miễn phí.", [("chửa", "chữa")]),
    ("Tỷ lệ hồ sơ nộp chực tuyến đạt 65%.", [("chực", "trực")]),
    ("Lãi xuất cho vay hộ nghèo là 6,6%/năm.", [("xuất", "suất")]),
    ("Bảo đảm an ninh chật tự trên địa bàn.", [("chật", "trật")]),
])
def test_field_words(text, expected):
    assert real_words(text) == expected


@pytest.mark.parametrize("text", [
    "Nhiều em nghĩ học nghề sẽ sớm có việc làm.",
    "Cửa hàng bán sỉ số lượng lớn cho các đại lý.",
    "Đàn bò chửa được tiêm phòng đầy đủ.",
    "Nhà bà có chồng là thương binh.",
    "Các khoản thu hoặc chi đều phải công khai.",
    "Đội văn nghệ xuất sắc được khen thưởng.",
    "Học sinh trực nhật lớp học sạch sẽ.",
])
def test_field_words_near_misses(text):
    assert real_words(text) == []


# A capitalised word read as a name is still a slip when its rhyme is Vietnamese (ươ) and its
# final cluster no syllable or name has, one key away from a syllable.
@pytest.mark.parametrize("text, expected", [
    ("Trườmg Tiểu học Ka Lăng tổ chức tiêm vắc xin.", [("spelling", "Trườmg", "Trường")]),
    ("Nhà văn hóa Mườmg Lát được sửa chữa.", [("spelling", "Mườmg", "Mường")]),
    ("Đồng chí Lò Văn Lươmg phát biểu.", [("spelling", "Lươmg", "Lương")]),
])
def test_slip_in_a_capitalised_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Ông Lò Văn Mường phát biểu.",
    "Bà H'Hương Kpơng phát biểu.",
    "Đồng chí Y Ngọc Hà Niê Kđăm phát biểu.",
    "Trường Tiểu học Ka Lăng đạt chuẩn.",
])
def test_names_stay_silent(text):
    assert found(text) == []


# A slip read against a common word of three syllables ("chuyển đổi số") when the word ends at a
# boundary (a mark, a capital, a word seen alone often).
@pytest.mark.parametrize("text, expected", [
    ("Hội nghị sơ kết 1 năm thực hiện chuyển đổi sổ trong các cơ quan Đảng của xã.", [("sổ", "số")]),
    ("Xã đẩy mạnh chuyển đổi sổ.", [("sổ", "số")]),
    ("Chi bộ lãnh đạo chuyển đổi sổ, cải cách hành chính.", [("sổ", "số")]),
])
def test_three_syllable_word(text, expected):
    assert real_words(text) == expected


@pytest.mark.parametrize("text", [
    "Xã đẩy mạnh chuyển đổi số trong cơ quan.",
    "Cán bộ ghi chép vào sổ sách đầy đủ.",
    "Thủ quỹ đối chiếu sổ quỹ tiền mặt.",
])
def test_three_syllable_word_near_misses(text):
    assert real_words(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Chạm y tế xã Pà Cò được trang bị máy siêu âm.", [("Chạm", "Trạm")]),
    ("Số học xinh giỏi cấp tỉnh tăng lên 23 em.", [("xinh", "sinh")]),
    ("Xã về đích nông thông mới.", [("thông", "thôn")]),
    ("Tỷ lệ tham gia bảo hiểm xả hội tăng.", [("xả", "xã")]),
])
def test_three_syllable_words_of_reports(text, expected):
    assert real_words(text) == expected


@pytest.mark.parametrize("text", [
    "Ông chạm tay vào y tá.",
    "Cô ấy rất xinh, giỏi giang.",
    "Trạm y tế xã được trang bị máy siêu âm.",
    "Xã về đích nông thôn mới nâng cao.",
])
def test_three_syllable_words_of_reports_near_misses(text):
    assert real_words(text) == []
