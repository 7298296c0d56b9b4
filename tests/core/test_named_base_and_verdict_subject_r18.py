"""Round 18 (fixer fx2), three false findings of clean_bank_r18a and their mechanisms, in other domains and wordings:
a share naming its base by the words that described an earlier figure is a share of that figure (quantities layer);
a verdict qualifying the plan word that then names other indicators ("chỉ tiêu chưa đạt là …") judges no figure
before it (targets detector); a one-syllable head a number counts ("12 giờ mưa") is the unit meant (real-word)."""

import pytest

from minutes_app.core.engine import analyze


def _codes(text):
    return [(f.code, f.severity.name.lower()) for f in analyze(text).findings]


def _has(text, code):
    return any(c == code for c, _ in _codes(text))


# --- a share naming its base by an earlier figure's description ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Số hộ bị ảnh hưởng bởi hạn hán là 840 hộ trên tổng số 2.100 hộ của xã, chiếm 40%; trong đó 210 hộ thiếu nước "
    "sinh hoạt, chiếm 25% số hộ bị ảnh hưởng.",
    "Vốn đã giải ngân đạt 360 tỷ đồng trong tổng số vốn được giao 600 tỷ đồng, bằng 60%; trong đó vốn ngân sách tỉnh "
    "90 tỷ đồng, chiếm 25% vốn đã giải ngân.",
    "Số đơn thư đã được phân loại: 320 đơn trên tổng số 400 đơn tiếp nhận (80%); trong đó 48 đơn thuộc thẩm quyền, "
    "chiếm 15% số đơn đã được phân loại.",
    "Diện tích cà phê bị hạn là 500 ha trên tổng số 1.250 ha cà phê, chiếm 40%. Trong đó 125 ha bị chết, chiếm 25% "
    "diện tích bị hạn.",
    # two figures so described (before one, after the other): the reading it had, the part's own whole
    "Số hộ nghèo đầu năm là 120 hộ; cuối năm còn 90 hộ nghèo, trong đó 27 hộ có người già neo đơn, chiếm 30% số hộ "
    "nghèo.",
    # the base named by the larger total's own words, or by none: the reading it had
    "Cả huyện có 2.400 ha rừng trồng, trong đó 600 ha bị sâu bệnh, chiếm 25% diện tích rừng trồng.",
])
def test_share_of_the_figure_its_named_base_describes_is_clean(text):
    assert not _has(text, "percent-mismatch"), _codes(text)


@pytest.mark.parametrize("text", [
    "Số hộ bị ảnh hưởng bởi hạn hán là 840 hộ trên tổng số 2.100 hộ của xã, chiếm 40%; trong đó 210 hộ thiếu nước "
    "sinh hoạt, chiếm 30% số hộ bị ảnh hưởng.",
    "Vốn đã giải ngân đạt 360 tỷ đồng trong tổng số vốn được giao 600 tỷ đồng, bằng 60%; trong đó vốn ngân sách tỉnh "
    "90 tỷ đồng, chiếm 20% vốn đã giải ngân.",
    "Số đơn thư đã được phân loại: 320 đơn trên tổng số 400 đơn tiếp nhận (80%); trong đó 48 đơn thuộc thẩm quyền, "
    "chiếm 18% số đơn đã được phân loại.",
    "Cả huyện có 2.400 ha rừng trồng, trong đó 600 ha bị sâu bệnh, chiếm 20% diện tích rừng trồng.",
    "Số hộ nghèo đầu năm là 120 hộ; cuối năm còn 90 hộ nghèo, trong đó 27 hộ có người già neo đơn, chiếm 35% số hộ "
    "nghèo.",
])
def test_share_wrong_against_its_named_base_still_fires(text):
    assert _has(text, "percent-mismatch"), _codes(text)


# --- a verdict whose subject is another indicator -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Xã hoàn thành 14/16 chỉ tiêu, đạt 87,5%; các chỉ tiêu chưa đạt gồm tỷ lệ hộ nghèo và tỷ lệ trường chuẩn quốc gia "
    "(mục tiêu từ 90% trở lên).",
    "Tỷ lệ che phủ rừng đạt 46%; mục tiêu không đạt là tỷ lệ thu gom rác thải (kế hoạch từ 95% trở lên).",
    "Đơn vị thực hiện 9/10 chỉ tiêu năm, đạt 90%; chỉ tiêu chưa đạt: tỷ lệ đoàn viên tham gia hoạt động (chỉ tiêu từ "
    "95% trở lên).",
    "Công an huyện hoàn thành 11/12 chỉ tiêu, đạt 91,7%, chỉ tiêu không đạt là tỷ lệ điều tra khám phá án (chỉ tiêu "
    "từ 93% trở lên).",
])
def test_verdict_naming_another_indicator_judges_no_figure(text):
    assert not _has(text, "target-status-mismatch"), _codes(text)


@pytest.mark.parametrize("text", [
    "Tỷ lệ hộ dùng nước sạch đạt 97%, chỉ tiêu chưa đạt (mục tiêu từ 95% trở lên).",
    "Tỷ lệ tập hợp hội viên đạt 82,5%; so với mục tiêu từ 85% trở lên thì chỉ tiêu này đã đạt.",
    "Tỷ lệ thu gom rác thải đạt 91%, kế hoạch đạt (mục tiêu từ 95% trở lên).",
])
def test_verdict_on_its_own_figure_still_fires(text):
    assert _has(text, "target-status-mismatch"), _codes(text)


# --- a unit a number counts is no slip ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sau 3 giờ mưa to, nước sông lên nhanh.",
    "Lực lượng cứu hộ bám trụ suốt 10 giờ mưa lớn để di dời dân.",
    "Đo được 95 mm sau 6 giờ mưa, mực nước hồ vượt báo động.",
])
def test_unit_after_a_number_is_no_real_word_slip(text):
    assert not _has(text, "real-word"), _codes(text)


@pytest.mark.parametrize("text", [
    "Do ảnh hưởng của giờ mưa lớn, nhiều tuyến đường bị ngập.",
    "Sau trận giờ mưa đêm qua, nhiều cây xanh bị đổ.",
])
def test_same_slip_without_a_number_still_fires(text):
    assert _has(text, "real-word"), _codes(text)
