"""The arithmetic of a change is filed under derived-mismatch ("Số liệu tính ra (mức tăng giảm, chênh lệch, bình
quân) không khớp"), as the authors of five blind sets file it: a growth or fall rate, the rate beside a change, the
excess over a plan in %, the difference between two stated levels in value or in points, a second level on the wrong
side of the first. A share of a whole stays percent-mismatch, a figure restated stays figure-inconsistent."""

import pytest

from minutes_app.core.engine import analyze


def _shown(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.value, f.text) for f in analyze(text).findings]


@pytest.mark.parametrize("text, wrong", [
    # growth rates: (new − old) ÷ old, the base in a bracket, after a colon, of money, of counts
    ("Tổng thu ngân sách xã đạt 1.250 triệu đồng, tăng 15,5% so với cùng kỳ (1.000 triệu đồng).", "15,5"),
    ("Doanh thu của hợp tác xã năm 2026 là 864 triệu đồng, tăng 12% so với năm 2025 (720 triệu đồng).", "12"),
    ("Số lượt khám bệnh đạt 6.300 lượt, tăng 8,2% so với năm trước (5.600 lượt).", "8,2"),
    ("Tổng dư nợ cho vay: 42,5 tỷ đồng, tăng 10,3% so với đầu năm (38,2 tỷ đồng).", "10,3"),
    # fall rates, and the rate beside a change
    ("Số vụ tai nạn giao thông là 18 vụ, giảm 35% so với cùng kỳ (24 vụ).", "35"),
    ("Chi thường xuyên 3.420 triệu đồng, giảm 12,4% so với năm 2025 (3.800 triệu đồng).", "12,4"),
    ("Xảy ra 21 vụ cháy rừng, giảm 07 vụ (-30,0%) so với cùng kỳ.", "30,0"),
    # differences between two stated levels, the change after them, before them, against a bracketed base
    ("Số hộ nghèo giảm từ 120 hộ xuống 90 hộ, giảm 35 hộ.", "35"),
    ("Số đoàn viên tăng từ 214 người lên 251 người, tăng 27 người.", "27"),
    ("Diện tích lúa giảm 18 ha (từ 420 ha xuống còn 398 ha).", "18"),
    ("Toàn xã còn 64 hộ cận nghèo, giảm 12 hộ so với đầu năm (81 hộ).", "12"),
    # differences of two rates in percentage points
    ("Tỷ lệ hộ nghèo giảm từ 4,6% xuống còn 3,1%, giảm 1,7 điểm phần trăm.", "1,7"),
    ("Tỷ lệ bao phủ bảo hiểm y tế tăng từ 88,5% lên 91,2%, tăng 3,7 điểm phần trăm.", "3,7"),
    ("Tỷ lệ hộ dùng nước sạch tăng từ 72,4% lên 78,9%; tăng 5,5 điểm phần trăm.", "5,5"),
])
def test_change_arithmetic_is_derived_mismatch_a_warning(text, wrong):
    assert _shown(text) == [("derived-mismatch", "warning", wrong)]


@pytest.mark.parametrize("text, wrong", [
    ("Kết nạp 44 đoàn viên mới, vượt 12% chỉ tiêu (40 đoàn viên).", "12"),
    ("Thu ngân sách 2.760 triệu đồng, vượt 18% kế hoạch (2.400 triệu đồng).", "18"),
    ("Trồng mới 66 ha rừng, vượt 5,5% kế hoạch (60 ha).", "5,5"),
])
def test_excess_over_a_plan_in_percent_is_derived_mismatch_an_error(text, wrong):
    assert _shown(text) == [("derived-mismatch", "error", wrong)]


@pytest.mark.parametrize("text", [
    "Tổng thu ngân sách xã đạt 1.250 triệu đồng, tăng 25% so với cùng kỳ (1.000 triệu đồng).",
    "Số vụ tai nạn giao thông là 18 vụ, giảm 25% so với cùng kỳ (24 vụ).",
    "Số hộ nghèo giảm từ 120 hộ xuống 90 hộ, giảm 30 hộ.",
    "Tỷ lệ hộ nghèo giảm từ 4,6% xuống còn 3,1%, giảm 1,5 điểm phần trăm.",
    "Kết nạp 44 đoàn viên mới, vượt 10% chỉ tiêu (40 đoàn viên).",
])
def test_right_changes_stay_silent(text):
    assert _shown(text) == []


@pytest.mark.parametrize("text, wrong", [
    ("Đoàn đã kiểm tra được 45/60 chi bộ (đạt 70%).", "70%"),
    ("Toàn xã có 1.200 hộ, trong đó 1.020 hộ đạt danh hiệu gia đình văn hóa, chiếm 80%.", "80%"),
    ("Chỉ tiêu giao 50 đảng viên; thực tế kết nạp 46 đảng viên, đạt 90%.", "90"),
])
def test_a_share_of_a_whole_stays_percent_mismatch(text, wrong):
    assert _shown(text) == [("percent-mismatch", "error", wrong)]


@pytest.mark.parametrize("text, wrong", [
    ("Chi bộ có 38 đảng viên.\nTổng số đảng viên của chi bộ là 36 đồng chí.", "36"),
    ("Hội nghị đã bầu bổ sung 2 đồng chí vào Ban Chấp hành.\nThay mặt 3 đồng chí vừa được bầu bổ sung, đồng chí "
     "Trần Văn An phát biểu.", "3"),
    ("Đoàn giám sát làm việc trong 4 ngày (10-11/9) tại 3 thôn.", "4"),
])
def test_a_restated_figure_stays_figure_inconsistent(text, wrong):
    assert _shown(text) == [("figure-inconsistent", "warning", wrong)]
