"""Spacing slips a clerk would fix, each shape with near-misses that stay as written (codes, abbreviations,
units with a power, times, forms, columns)."""

import pytest

from minutes_app.core.engine import analyze


def spacing(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in analyze(text).findings if f.code == "spacing"]


@pytest.mark.parametrize("text, expected", [
    ("Chi bộ đã hoàn thành nhiệm vụ , có 6 đảng viên xuất sắc.", [(" ,", ",")]),
    ("Thời gian họp : 14 giờ ngày 20/10/2025.", [(" :", ":")]),
    ("Các đồng chí đã thống nhất cao ; biên bản được thông qua .", [(" ;", ";"), (" .", ".")]),
])
def test_space_before_a_mark(text, expected):
    assert spacing(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lãnh đạo các xã,thị trấn dự hội nghị.", [(",", ", ")]),
    ("Địa điểm:Hội trường Đảng ủy xã.", [(":", ": ")]),
    ("Tổng kết năm 2025.Năm 2026, xã phấn đấu giữ vững danh hiệu.", [(".", ". ")]),
    ("Hội nghị kết thúc tốt đẹp.Chiều cùng ngày, đoàn làm việc tại thôn.", [(".", ". ")]),
])
def test_no_space_after_a_mark(text, expected):
    assert spacing(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Huyện Đức Thọ ( Hà Tĩnh ) tổ chức hội nghị.", [("( Hà Tĩnh )", "(Hà Tĩnh)")]),
    ("Chi bộ đạt danh hiệu “ Trong sạch, vững mạnh”.", [("“ Trong sạch, vững mạnh”", "“Trong sạch, vững mạnh”")]),
    ("Thu ngân sách đạt 12 tỷ đồng (đạt 104% )", [("(đạt 104% )", "(đạt 104%)")]),
])
def test_space_inside_brackets(text, expected):
    assert spacing(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Diện tích lúa đạt 320ha, sản lượng 1.850tấn.", [("320ha", "320 ha"), ("1.850tấn", "1.850 tấn")]),
    ("Theo Nghị quyết số 03-NQ/ĐU ngày12/4/2025 của Đảng ủy.", [("ngày12", "ngày 12")]),
    ("Toàn xã có 1chi bộ nông thôn.", [("1chi", "1 chi")]),
])
def test_number_glued_to_a_word(text, expected):
    assert spacing(text) == expected


@pytest.mark.parametrize("text", [
    "Hội nghị đã thảo luận  dân chủ.",
    "Các chi bộ  đều hoàn thành nhiệm vụ.",
    "Thực hiện  tốt quy chế dân chủ ở cơ sở.",
])
def test_two_spaces_between_words(text):
    assert spacing(text) == [("  ", " ")]


@pytest.mark.parametrize("text", [
    "Đoàn công tác TP.HCM, PGS.TS Lê Văn An, Tp.Hồ Chí Minh, v.v. đều có mặt.",
    "Phòng chống COVID-19, cúm A/H5N1; nâng cấp QL1A; phủ sóng 4G và 5G; nhà 120 m2, hồ 3 km2.",
    "Hội nghị bắt đầu lúc 7h30, nghỉ giải lao lúc 9h, kết thúc lúc 11h00.",
    "Xem tại www.dongthap.gov.vn hoặc gửi thư về vanphong@dongthap.gov.vn.",
    "Họ và tên: …………………; Chức vụ: (……………); Ngày … tháng … năm ….",
    "Kết quả: lúa, ngô, khoai,... đều tăng.",
    "ĐẢNG BỘ XÃ AN PHÚ     ĐẢNG CỘNG SẢN VIỆT NAM",
    "Chỉ tiêu\tKế hoạch\tThực hiện",
    "Tỷ lệ hộ nghèo giảm 1,2%/năm; tỷ lệ đạt 77,5%.",
    "Nơi nhận: - Như trên; - Lưu VP./.",
])
def test_what_is_glued_or_spaced_by_convention_stays(text):
    assert spacing(text) == []


def test_spacing_is_info_an_offered_cleanup():
    found = [f for f in analyze("Chi bộ đã hoàn thành nhiệm vụ , có 6 đảng viên.").findings if f.code == "spacing"]
    assert [f.severity.value for f in found] == ["info"]
