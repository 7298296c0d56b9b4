"""Shapes of issue 16 read by the quantity layer: true positives in several clerks' wordings
and the near-misses that must stay silent (each finding: code, and a text it must overlap)."""

import pytest

from minutes_app.core.engine import analyze
from minutes_app.core.model import Severity


def _hits(text: str, code: str, flagged: str):
    start = text.index(flagged)
    end = start + len(flagged)
    return [f for f in analyze(text).findings if f.code == code and f.start < end and start < f.end]


def _codes(text: str, *codes: str):
    return [(f.code, f.text) for f in analyze(text).findings if f.code in codes]


FOUND = [
    # exhaustive breakdowns: "với các hình thức:", "gồm:", an item of every kind read
    ("sum-mismatch", "Năm 2025 thi hành kỷ luật 7 đảng viên với các hình thức: khiển trách 4 đồng chí, cảnh cáo 2 "
                     "đồng chí, cách chức 2 đồng chí.", "7"),
    ("sum-mismatch", "Ủy ban Kiểm tra đã thi hành kỷ luật 6 đảng viên theo các hình thức: khiển trách 3, cảnh cáo 2.",
     "6"),
    ("sum-mismatch", "Khen thưởng 25 tập thể, gồm: 10 chi bộ, 8 tổ dân phố, 5 đoàn thể.", "25"),
    ("sum-mismatch", "Năm 2025 kết nạp 47 đảng viên. Số đảng viên mới chia ra: khối dân cư 21, khối trường học 12, "
                     "khối doanh nghiệp 6, khối cơ quan 6.", "21"),
    ("sum-mismatch", "Trong năm đã kết nạp 30 đảng viên, đạt chỉ tiêu. Số đảng viên mới phân theo khối: nông thôn 14, "
                     "doanh nghiệp 9, trường học 5.", "14"),
    # attendance in congress and committee wordings
    ("attendance-mismatch", "Về dự hội nghị có 146 đại biểu chính thức có mặt trên tổng số 150 đại biểu được triệu "
                            "tập, vắng 3 đại biểu.", "146"),
    ("attendance-mismatch", "Đại hội có 95 đại biểu có mặt trên tổng số 100 đại biểu được triệu tập, vắng 4 đại biểu "
                            "có lý do.", "95"),
    ("attendance-mismatch", "Chi bộ hiện có 32 đảng viên (29 đảng viên chính thức và 4 đảng viên dự bị).", "32"),
    ("attendance-mismatch", "Tình hình đảng viên: chi bộ có 19 đảng viên (chính thức 16, dự bị 02).", "19"),
    ("attendance-mismatch", "Đảng bộ có 120 đảng viên, trong đó 112 đảng viên chính thức, 6 đảng viên dự bị.", "120"),
    # the derived difference
    ("derived-mismatch", "Số hộ nghèo từ 120 hộ xuống còn 85 hộ, giảm 30 hộ.", "30"),
    ("derived-mismatch", "Số thanh niên chưa có việc làm giảm từ 214 người xuống còn 187 người, giảm 37 người so "
                         "với cuối năm 2025.", "37"),
    ("derived-mismatch", "Số vụ phạm pháp hình sự giảm từ 42 vụ (cùng kỳ) xuống còn 35 vụ, giảm 8 vụ.", "8 vụ."),
    ("derived-mismatch", "Tỷ lệ hộ nghèo giảm từ 3,12% đầu năm xuống còn 2,46%, giảm 0,76 điểm phần trăm.", "0,76"),
    ("derived-mismatch", "Thu nhập bình quân tăng từ 52 triệu đồng lên 58,5 triệu đồng, tăng 5,5 triệu đồng.",
     "5,5"),
    # resolutions declared adopted without a majority of the official members
    ("resolution-not-passed", "Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí. Biểu quyết: 7 đồng chí tán thành, "
                              "6 đồng chí không tán thành. Chủ trì kết luận nghị quyết đã được chi bộ thông qua.",
     "thông qua"),
    ("resolution-not-passed", "Ban Chấp hành Đảng bộ xã có 31 đồng chí ủy viên. Có mặt 27 đồng chí.\n- Đề án: tán thành "
                              "15/27 đồng chí có mặt, không tán thành 12 đồng chí. Hội nghị đã thông qua Đề án.",
     "thông qua"),
    ("resolution-not-passed", "Tổng số Ủy viên Ban Chấp hành: 25 đồng chí. Có mặt 20 đồng chí.\nNghị quyết được "
                              "thông qua với 12 đồng chí tán thành, 8 đồng chí không tán thành.", "12"),
    # target verdicts against a ceiling or a floor
    ("target-status-mismatch", "Tỷ lệ hộ nghèo giảm xuống còn 2,6%, hoàn thành chỉ tiêu đề ra là dưới 2,5%.",
     "hoàn thành"),
    ("target-status-mismatch", "Chỉ tiêu giảm tỷ lệ hộ nghèo xuống dưới 3%; kết quả còn 3,4%, hoàn thành chỉ tiêu.",
     "hoàn thành"),
    ("target-status-mismatch", "Chỉ tiêu: tỷ lệ đảng viên được học tập nghị quyết từ 95% trở lên. Kết quả đạt 97,2%, "
                               "chưa đạt chỉ tiêu.", "chưa đạt"),
    ("target-status-mismatch", "Có 33 hồ sơ trễ hạn, chiếm 2,57%. Với chỉ tiêu tỷ lệ hồ sơ trễ hạn không quá 1%, "
                               "phường đã hoàn thành chỉ tiêu.", "hoàn thành"),
]


@pytest.mark.parametrize("code, text, flagged", FOUND)
def test_shape_found(code, text, flagged):
    assert _hits(text, code, flagged), _codes(text, code)


SILENT = [
    # correct versions and near-misses
    "Năm 2025 thi hành kỷ luật 8 đảng viên với các hình thức: khiển trách 4 đồng chí, cảnh cáo 2 đồng chí, "
    "cách chức 2 đồng chí.",
    "Khen thưởng 25 tập thể, gồm: 10 chi bộ, 8 tổ dân phố, 7 câu lạc bộ.",
    "Năm 2025 kết nạp 47 đảng viên. Số đảng viên mới chia ra: khối dân cư 21, khối trường học 12, khối doanh "
    "nghiệp 6, khối cơ quan 8.",
    "Năm 2025 kết nạp 47 đảng viên, trong đó nữ 26 đồng chí. Riêng khối doanh nghiệp đã kết nạp 6 đảng viên.",
    "Về dự hội nghị có 146 đại biểu chính thức có mặt trên tổng số 150 đại biểu được triệu tập, vắng 4 đại biểu.",
    "Có 146 đại biểu chính thức có mặt trên tổng số 150 đại biểu được triệu tập.",
    "Chi bộ hiện có 33 đảng viên (29 đảng viên chính thức và 4 đảng viên dự bị).",
    "Số hộ nghèo từ 120 hộ xuống còn 85 hộ, giảm 35 hộ.",
    "Tỷ lệ hộ nghèo giảm từ 3,12% đầu năm xuống còn 2,46%, giảm 0,66 điểm phần trăm.",
    "Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%, giảm 20%.",  # a relative change, not points
    "Số hộ nghèo từ 120 hộ xuống còn 85 hộ, giảm 35 hộ so với năm 2020 là 160 hộ.",
    "Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí. Biểu quyết: 8 đồng chí tán thành, 5 đồng chí không "
    "tán thành. Chủ trì kết luận nghị quyết đã được chi bộ thông qua.",
    "Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí. Biểu quyết: 7 đồng chí tán thành, 6 đồng chí không "
    "tán thành. Nghị quyết không được thông qua.",
    "Tỷ lệ hộ nghèo giảm xuống còn 2,4%, hoàn thành chỉ tiêu đề ra là dưới 2,5%.",
    "Chỉ tiêu: tỷ lệ đảng viên được học tập nghị quyết từ 95% trở lên. Kết quả đạt 93,2%, chưa đạt chỉ tiêu.",
    "Tỷ lệ hộ nghèo còn 2,1%, giảm 0,6% so với năm trước; chỉ tiêu không quá 2,5%, đã hoàn thành chỉ tiêu.",
    "6 tháng đầu năm thu ngân sách đạt 48% kế hoạch năm; chỉ tiêu thu từ 100% dự toán trở lên, đạt tiến độ.",
]

CODES = ("sum-mismatch", "attendance-mismatch", "figure-inconsistent", "derived-mismatch", "resolution-not-passed",
         "target-status-mismatch", "part-exceeds-whole", "percent-mismatch", "vote-mismatch")


@pytest.mark.parametrize("text", SILENT)
def test_near_miss_silent(text):
    assert not _codes(text, *CODES)


def test_inferred_whole_is_a_warning_naming_it():
    text = ("Năm 2025 kết nạp 47 đảng viên. Số đảng viên mới chia ra: khối dân cư 21, khối trường học 12, "
            "khối doanh nghiệp 6, khối cơ quan 6.")
    (finding,) = [f for f in analyze(text).findings if f.code == "sum-mismatch"]
    assert finding.severity == Severity.WARNING and "47 đảng viên" in finding.message


def test_unclassed_item_stops_the_sum():
    text = "Khen thưởng 30 tập thể, gồm: 10 chi bộ, 8 tổ dân phố, 5 đội văn nghệ."
    assert not _codes(text, "sum-mismatch")


MORE_FOUND = [
    # a list of forms after "với các hình thức:" followed by a "trong đó" subset of it
    ("sum-mismatch", "Trong năm đã thi hành kỷ luật 14 đảng viên, với các hình thức: khiển trách 08, cảnh cáo 04, "
                     "cách chức 01, khai trừ 02; trong đó 03 đảng viên là cấp ủy viên.", "14"),
    # a part across sentences, inferred: a warning naming the whole
    ("part-exceeds-whole", "Tổng đàn lợn hiện có 6.240 con; đàn trâu, bò 2.915 con. Đã tiêm phòng vắc xin cho "
                           "6.415 con lợn.", "6.415"),
    ("part-exceeds-whole", "Đảng bộ đã kết nạp 32 đảng viên. Trong số đảng viên mới được kết nạp, có 35 đồng chí là "
                           "đoàn viên thanh niên.", "35"),
    ("part-exceeds-whole", "Năm nay kết nạp 18 đảng viên. Trong số đảng viên mới kết nạp, có 21 đồng chí là nữ.", "21"),
    # a count after its list, in a bracket
    ("count-mismatch", "Đảng ủy tặng Giấy khen cho các tổ chức đảng là Chi bộ thôn Kon Brông, Chi bộ Trạm Y tế xã và "
                       "Chi bộ Công an xã (tổng cộng 04 tập thể).", "04"),
    # a share of the base the sentence names ("số chi bộ trực thuộc"), the base a ratio's total
    ("percent-mismatch", "Ban Thường vụ kiểm tra 19/58 chi bộ, bằng 32,8%. Ủy ban Kiểm tra đã giám sát 21 chi bộ, "
                         "chiếm 38,2% số chi bộ trực thuộc.", "38,2%"),
]


@pytest.mark.parametrize("code, text, flagged", MORE_FOUND)
def test_more_shapes_found(code, text, flagged):
    assert _hits(text, code, flagged), _codes(text, code)


MORE_SILENT = [
    "Trong năm đã thi hành kỷ luật 15 đảng viên, với các hình thức: khiển trách 08, cảnh cáo 04, cách chức 01, "
    "khai trừ 02; trong đó 03 đảng viên là cấp ủy viên.",
    "Tổng đàn lợn hiện có 6.240 con; đàn trâu, bò 2.915 con. Đã tiêm phòng vắc xin cho 6.015 con lợn, "
    "2.100 con trâu, bò.",
    "Tổng đàn lợn hiện có 6.240 con. Đã tiêm phòng cho 7.100 con gà.",
    "Đảng bộ đã kết nạp 32 đảng viên. Trong số đảng viên mới được kết nạp, có 25 đồng chí là đoàn viên.",
    "Đảng ủy tặng Giấy khen cho các tổ chức đảng là Chi bộ thôn Kon Brông, Chi bộ Trạm Y tế xã và Chi bộ Công an "
    "xã (tổng cộng 03 tập thể).",
    "Ban Thường vụ kiểm tra 19/58 chi bộ, bằng 32,8%. Ủy ban Kiểm tra đã giám sát 21 chi bộ, chiếm 36,2% số chi "
    "bộ trực thuộc.",
]


@pytest.mark.parametrize("text", MORE_SILENT)
def test_more_near_misses_silent(text):
    assert not _codes(text, *CODES)


def test_cross_sentence_part_is_a_warning():
    text = "Đảng bộ đã kết nạp 32 đảng viên. Trong số đảng viên mới được kết nạp, có 35 đồng chí là đoàn viên."
    (finding,) = [f for f in analyze(text).findings if f.code == "part-exceeds-whole"]
    assert finding.severity == Severity.WARNING and "32 đảng viên" in finding.message


STRICTER_SILENT = [
    # nouns the layer does not class are summed only when they are one noun
    "Xây dựng 14 căn nhà, gồm 10 căn nhà Đại đoàn kết và 4 căn nhà tình nghĩa; trồng mới 2.000 cây xanh.",
    "Làm mới 12 tuyến đường, gồm 8 tuyến đường bê tông, 3 tuyến đường cấp phối và 2.500 cây xanh hai bên.",
    "Hoàn thành 6 công trình, bao gồm 4 công trình thanh niên và 1.200 ngày công lao động.",
    # an item without a number in the middle of a "gồm" list: the sum is not all of it
    "Hội nghị có 150 đại biểu, gồm 45 đồng chí Ủy viên Ban Chấp hành, đại diện lãnh đạo các ban, ngành và 75 "
    "đồng chí bí thư chi bộ.",
    "Đoàn công tác có 12 người, gồm 3 đồng chí lãnh đạo, cán bộ các phòng chuyên môn và 2 phóng viên.",
    # "trong đó" after two counts of the same kind: which one it splits is not clear
    "Có mặt 28 đồng chí, vắng 2 đồng chí; trong đó 26 đồng chí là đảng viên chính thức.",
    "Dự hội nghị có 40 đại biểu, vắng 5 đại biểu; trong đó 32 đại biểu là bí thư chi bộ.",
    # notes in a bracket far short of the whole
    "Tổng số đảng viên của chi bộ 27 đồng chí (2 đồng chí miễn sinh hoạt, 1 đồng chí sinh hoạt tạm thời).",
    "Toàn Đảng bộ có 1.250 đảng viên (15 đảng viên được tặng Huy hiệu, 8 đảng viên mới).",
    # subsets by a property after "là"
    "Chi bộ có 25 đảng viên; trong đó 15 đảng viên là cán bộ hưu trí, 8 đảng viên là cựu chiến binh.",
]


@pytest.mark.parametrize("text", STRICTER_SILENT)
def test_stricter_relations_silent(text):
    assert not _codes(text, "sum-mismatch", "part-exceeds-whole")


STILL_FOUND = [
    ("sum-mismatch", "Năm nay đã xây dựng 14 căn nhà, gồm 10 căn nhà Đại đoàn kết và 3 căn nhà tình nghĩa.", "14"),
    ("part-exceeds-whole", "Trong năm kết nạp 9 đảng viên mới; trong đó 11 đồng chí là nữ.", "11"),
    ("sum-mismatch", "Hội nghị có 150 đại biểu, gồm 45 đồng chí Ủy viên Ban Chấp hành và 95 đồng chí bí thư chi bộ.",
     "150"),
]


@pytest.mark.parametrize("code, text, flagged", STILL_FOUND)
def test_stricter_relations_still_found(code, text, flagged):
    assert _hits(text, code, flagged), _codes(text, code)


CALLED = [
    ("attendance-mismatch", "Đảng viên được triệu tập: 28 đồng chí. Có mặt: 25 đồng chí. Vắng mặt: 2 đồng chí (có lý do).",
     "25"),
    ("attendance-mismatch", "Số đảng viên phải triệu tập: 23 đồng chí. Có mặt 20 đồng chí; vắng 2 đồng chí.", "20"),
    ("attendance-mismatch", "Ban Chấp hành Đảng bộ xã triệu tập 31 đồng chí, có mặt 27 đồng chí, vắng 3 đồng chí.", "27"),
    # the official members called: "được triệu tập" less the probationary members
    ("resolution-not-passed", "Tổng số đảng viên của chi bộ: 48 đồng chí, gồm 45 đảng viên chính thức và 03 đảng viên "
                              "dự bị; 05 đồng chí được miễn sinh hoạt. Số đảng viên được triệu tập: 43 đồng chí.\n"
                              "Có mặt: 39 đồng chí (chính thức 36, dự bị 03); vắng 04 đồng chí.\nChủ trương: tán thành 20/36 đồng chí, không tán "
                              "thành 16 đồng chí. Chủ tọa kết luận Đại hội đã thông qua chủ trương này.", "thông qua"),
]


@pytest.mark.parametrize("code, text, flagged", CALLED)
def test_called_members(code, text, flagged):
    assert _hits(text, code, flagged), _codes(text, code)


@pytest.mark.parametrize("text", [
    "Đảng viên được triệu tập: 28 đồng chí. Có mặt: 26 đồng chí. Vắng mặt: 2 đồng chí (có lý do).",
    "Số đảng viên được triệu tập: 43 đồng chí (5 đồng chí miễn sinh hoạt không triệu tập). Có mặt 39 đồng chí; "
    "vắng 4 đồng chí.",
    "Ban Chấp hành Đảng bộ xã triệu tập 31 đồng chí, có mặt 28 đồng chí, vắng 3 đồng chí.",
])
def test_called_members_silent(text):
    assert not _codes(text, "attendance-mismatch")


ABSENTEES = [
    "Vắng mặt 2 đồng chí, gồm: Lê Văn Cường, Phạm Thị Dung và Hoàng Văn Em.",
    "Có mặt 17/20 đồng chí. Vắng có lý do 3 đồng chí gồm các đồng chí: Nguyễn Văn An, Trần Thị Bình.",
    "Tổng số đảng viên 20 đồng chí; có mặt 17 đồng chí; vắng 3 đồng chí.\nCác đồng chí vắng mặt: Nguyễn Văn An (ốm), "
    "Trần Thị Bình (đi công tác).",
]


@pytest.mark.parametrize("text", ABSENTEES)
def test_named_absentees_counted(text):
    assert _codes(text, "absentee-count-mismatch")


@pytest.mark.parametrize("text", [
    "Vắng mặt 3 đồng chí, gồm: Lê Văn Cường, Phạm Thị Dung và Hoàng Văn Em.",
    "Có mặt 18/20 đồng chí. Vắng có lý do 2 đồng chí gồm các đồng chí: Nguyễn Văn An, Trần Thị Bình.",
    "Vắng 2 đồng chí, gồm các lý do: ốm, đi công tác.",
])
def test_named_absentees_silent(text):
    assert not _codes(text, "absentee-count-mismatch")


COMMITTEES_AND_BALLOTS = [
    ("resolution-not-passed", "Thành phần: 21/21 đồng chí Ủy viên Ban Chấp hành được triệu tập; có mặt 17 đồng chí.\n"
                              "Kết quả biểu quyết: 10 đồng chí tán thành, 7 đồng chí không tán thành. Hội nghị thống "
                              "nhất thông qua.", "thông qua"),
    ("resolution-not-passed", "Hội nghị Ban Chấp hành có 17/21 đồng chí ủy viên tham dự.\nNghị quyết được thông qua với "
                              "10 đồng chí tán thành, 7 đồng chí không tán thành.", "thông qua"),
    ("resolution-not-passed", "Ban Chấp hành Đảng bộ gồm 21 đồng chí. Dự hội nghị có 17 đồng chí.\nBiểu quyết: tán thành "
                              "10 đồng chí; không tán thành 7 đồng chí. Chủ trì tuyên bố Nghị quyết được thông qua.",
     "thông qua"),
    ("vote-mismatch", "Tổng số phiếu hợp lệ: 35 phiếu. Đồng chí Nguyễn Văn An đạt 37 phiếu.", "37"),
    ("vote-mismatch", "Phiếu thu vào 40, hợp lệ 39. Đồng chí Lê Thị Hoa được 41 phiếu.", "41"),
    ("vote-mismatch", "Tổng số phiếu thu về 36 phiếu, hợp lệ 36 phiếu. Đồng chí Trần Văn Bình trúng cử với 38 phiếu.",
     "38"),
]


@pytest.mark.parametrize("code, text, flagged", COMMITTEES_AND_BALLOTS)
def test_committees_and_ballots(code, text, flagged):
    assert _hits(text, code, flagged), _codes(text, code)


@pytest.mark.parametrize("text", [
    "Ban Chấp hành Đảng bộ gồm 21 đồng chí. Dự hội nghị có 17 đồng chí.\nBiểu quyết: tán thành 11 đồng chí; không "
    "tán thành 6 đồng chí. Chủ trì tuyên bố Nghị quyết được thông qua.",
    "Hội nghị Ban Chấp hành có 17/21 đồng chí ủy viên tham dự.\nNghị quyết không được thông qua: 10 đồng chí tán "
    "thành, 7 đồng chí không tán thành.",
    "Tổng số phiếu hợp lệ: 35 phiếu. Đồng chí Nguyễn Văn An đạt 33 phiếu, đồng chí Lê Thị Hoa đạt 35 phiếu.",
])
def test_committees_and_ballots_silent(text):
    assert not _codes(text, "resolution-not-passed", "vote-mismatch")


@pytest.mark.parametrize("text", [
    "Số đảng viên được triệu tập: 24 đồng chí (20 chính thức, 3 dự bị).",
    "Về dự Đại hội có 146/150 đại biểu chính thức được triệu tập; vắng 3 đại biểu (có lý do).",
    "Tổng số đảng viên trong danh sách sinh hoạt: 24 đồng chí, gồm 20 đảng viên chính thức và 3 đảng viên dự bị.",
])
def test_attendance_wordings_found(text):
    assert _codes(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "Số đảng viên được triệu tập: 23 đồng chí (20 chính thức, 3 dự bị).",
    "Về dự Đại hội có 146/150 đại biểu chính thức được triệu tập; vắng 4 đại biểu (có lý do).",
    "Tổng số 20 đảng viên (18 chính thức, 2 dự bị). Có mặt 16 đảng viên chính thức, 2 dự bị; vắng 2 đồng chí.",
])
def test_attendance_wordings_silent(text):
    assert not _codes(text, "attendance-mismatch")


LATE_FOUND = [
    ("percent-mismatch", "Xếp loại tổ chức cơ sở đảng: 8 tổ chức hoàn thành xuất sắc nhiệm vụ (21,1%), 25 tổ chức hoàn "
                         "thành tốt nhiệm vụ (65,8%), 5 tổ chức hoàn thành nhiệm vụ (15,2%).", "15,2%"),
    ("percent-mismatch", "Kết quả xếp loại đảng viên: hoàn thành xuất sắc nhiệm vụ 12 đồng chí (15%), hoàn thành tốt "
                         "nhiệm vụ 55 đồng chí (66,8%), hoàn thành nhiệm vụ 11 đồng chí (13,8%), không hoàn thành nhiệm "
                         "vụ 2 đồng chí (2,5%).", "66,8%"),
    ("sum-mismatch", "Ủy ban Kiểm tra đã thi hành kỷ luật 7 đảng viên với các hình thức:\nKhiển trách: 4 đồng chí;\n"
                     "Cảnh cáo: 2 đồng chí;\nCách chức: 2 đồng chí.", "7"),
    ("sum-mismatch", "Năm 2025, Ủy ban Kiểm tra thi hành kỷ luật 15 đảng viên.\nVề hình thức kỷ luật: khiển trách 9 "
                     "đồng chí, cảnh cáo 4 đồng chí, cách chức 1 đồng chí.", "khiển trách 9"),
    ("sum-mismatch", "Thi hành kỷ luật 14 đảng viên, gồm: 8 khiển trách, 4 cảnh cáo, 1 cách chức.", "14"),
    ("count-mismatch", "Các chi đoàn thực hiện 05 công trình thanh niên: tuyến đường hoa thôn Nà Mò, sân bóng chuyền "
                       "thôn Khuổi Pụt, tuyến đèn thôn Nà Cà, bể chứa nước sạch tại điểm trường Lũng Vài.", "05"),
]


@pytest.mark.parametrize("code, text, flagged", LATE_FOUND)
def test_late_shapes_found(code, text, flagged):
    assert _hits(text, code, flagged), _codes(text, code)


@pytest.mark.parametrize("text", [
    "Xếp loại tổ chức cơ sở đảng: 8 tổ chức hoàn thành xuất sắc nhiệm vụ (21,1%), 25 tổ chức hoàn thành tốt nhiệm "
    "vụ (65,8%), 5 tổ chức hoàn thành nhiệm vụ (13,2%).",
    "Năm 2025, Ủy ban Kiểm tra thi hành kỷ luật 14 đảng viên.\nVề hình thức kỷ luật: khiển trách 9 đồng chí, cảnh "
    "cáo 4 đồng chí, cách chức 1 đồng chí.",
    "Hội nghị tập trung thảo luận 3 nội dung: Thứ nhất, công tác xây dựng Đảng. Thứ hai, phát triển kinh tế. Thứ "
    "ba, quốc phòng, an ninh.",
    "Chi bộ đề ra 2 nhiệm vụ: phát triển kinh tế, văn hóa, xã hội và bảo đảm quốc phòng, an ninh.",
])
def test_late_shapes_silent(text):
    assert not _codes(text, *CODES, "count-mismatch")
