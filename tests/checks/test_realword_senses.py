"""Round 18 (w23): syllables that are words of their own in one field of news (resources/realword_senses.txt),
and words of school and campaign news the word list lacked (compound_words_extra.txt). The exam verbs "đậu",
"đỗ" (to pass) beside a person noun read as "em dâu", "sinh đồ"; in a sentence of exams they are questioned
only for a strong word, and outside that field the slips are still said. All sentences are our own."""

import pytest

from tests.checks.test_realword import found


@pytest.mark.parametrize("text", [
    "Khóa này lớp 12A có 38 em đậu vào các trường cao đẳng, đại học.",  # not "em dâu"
    "Năm 2024, xã có 15 em thi đỗ đại học; 2 em đậu thủ khoa khối C.",
    "Tỷ lệ học sinh đỗ tốt nghiệp của trường đạt 99,2 %.",
    "Trường có tỷ lệ sinh đậu tốt nghiệp cao nhất huyện.",  # "sinh đậu" with "thí" dropped: no "sinh đồ"
    "Em Hà đậu á khoa (điểm 28,75) của kỳ thi tuyển sinh lớp 10.",
    "Con trai bà đỗ vào Học viện Biên phòng với 27 điểm.",
    "Năm ấy anh em đỗ cử nhân cùng một khóa.",
])
def test_exam_verb_in_an_exam_sentence_stays_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text, expected", [
    # outside an exam sentence "đậu" beside a person noun is still read as "dâu"
    ("Trong đám cưới, cô đậu chú rể mời trà hai họ.", [("đậu", "dâu")]),
    ("Ngày cưới của em, cô đậu mặc áo dài đỏ.", [("đậu", "dâu")]),
    # in an exam sentence a strong word a mark away is still said
    ("Kỳ thi tốt nghiệp bắt đậu từ ngày 27/6.", [("đậu", "đầu")]),
    ("Sơ đỗ phòng thi được dán trước cửa trường.", [("đỗ", "đồ")]),
    ("Tỉnh thu hút đậu tư xây trường đại học mới.", [("đậu", "đầu")]),
])
def test_slips_of_the_exam_verbs_still_flagged(text, expected):
    assert found(text, "real-word") == expected


@pytest.mark.parametrize("text", [
    "Thi đua “Rèn đức, luyện tài, xứng danh Bộ đội Cụ Hồ” được phát động toàn đơn vị.",  # not "xưng danh"
    "Lớp trẻ phấn đấu xứng danh người chiến sĩ Công an nhân dân.",
    "Tuổi trẻ biên phòng: xứng danh anh Bộ đội Biên phòng (giai đoạn 2020-2025).",
])
def test_campaign_word_stays_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text", [
    "Đoàn rước có 40 thanh niên cầm cờ hội, trống chiêng đi trước kiệu.",  # not "cơ hội"
    "Chị nói giọng Huế nhẹ nhàng, không pha giọng miền Nam.",  # not "pha giống"
    "Bác sĩ khâu vết thương, nối lại các mạch máu (ca mổ kéo dài 4 giờ).",  # not "nội các"
    "Con muỗi chỉ bay đi khi đã no máu.",  # not "nợ máu"
    "Chị chọn vải màu sẫm tối cho áo khoác mùa đông.",  # not "sẩm tối"
    "Anh móc tiền trong túi ra trả: 50.000 đồng.",
    "Mặt trời lên, cả cánh đồng sáng rỡ sau cơn mưa.",  # "sáng rỡ", not "sáng rõ"
    "Võ sĩ tỉnh nhà hạ gục đối thủ ngay hiệp đầu.",  # "hạ gục", not "hạ ngục"
    "Nhà chú có trồng ít rau sạch sau vườn (chừng 200 m2).",  # not "có chồng"
    "Ông nội, bà cố tôi đều sống ở ấp Tân Hòa.",  # the great-grandmother, not "bà cô"
    "Xa quê, anh nhớ lạ những buổi chợ phiên.",  # strangely, not "nhớ lại"
    "Ông bà cả đời làm nông (trồng lúa, nuôi vịt).",  # farming, not "làm lông"
    "Mỗi món đồ trong nhà đều gắn với một kỷ niệm.",  # not "môn đồ"
    "Nhà cửa san sát dọc bờ kinh Xáng.",
    "Mẹ cẩn thận giở ra từng tờ tem phiếu (loại 5 kg).",  # unfold, not "dở"
    "Thời ấy mỗi hộ được cấp một sổ gạo, mất sổ là thảm họa.",  # the ration book, not "một số"
])
def test_everyday_words_of_news_stay_silent(text):
    assert found(text, "real-word") == []


@pytest.mark.parametrize("text, expected", [
    # a strong word beside a neighbour that is no word common alone is still said
    ("Đoàn kiểm tra đánh giá cờ sở vật chất của trường.", [("cờ", "cơ")]),
    ("Ủy ban xã theo dõi sát giá cá thị trường trong quý.", [("cá", "cả")]),
    ("Hai vợ trồng anh Tư đều là đảng viên.", [("trồng", "chồng")]),  # a swapped sound beside a non-free word
    ("Gia đình anh trồng rau, làm vườn; hai vợ trồng có 3 con.", [("trồng", "chồng")]),
    ("Ủy ban đã bờ trí 2 tỷ đồng cho dự án.", [("bờ", "bố")]),
    ("Dự án bị bỏ giở từ năm 2020, công trình còn giở dang.", [("giở", "dở"), ("giở", "dở")]),  # a strong word of reports (words_administrative)
    ("Huyện đẩy mạnh phát triển lông nghiệp, làm nông kết hợp du lịch.", [("lông", "nông")]),
])
def test_slips_beside_everyday_words_still_flagged(text, expected):
    assert found(text, "real-word") == expected
