"""Figure rows of round 13 (engineer s17): what the meeting's routine and its speakers' requests are is no fact.

- a speaker's own points ("Đ/c A nêu 05 ý kiến về …") are the meeting's routine, whatever they are about; a
  consultation's count ("tổng hợp 25 ý kiến góp ý vào dự thảo") stays;
- a request told after the clause that sets the scene ("Thảo luận tại hội nghị, nhiều ý kiến đề nghị … dài 14 km",
  "Tại hội nghị, một số đại biểu kiến nghị …") is no fact of the period; what the speakers agree on ("Các đại biểu
  thống nhất đề xuất kinh phí 1,2 tỷ đồng") or report ("nhiều đại biểu cho biết xã đã trồng 15 ha rừng") stays.

Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures

MINUTES = ("ĐẢNG BỘ XÃ TÂN PHONG\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN BẢN MÙI\tTân Phong, ngày 14 tháng 11 năm 2025\n"
           "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025\nTrong tháng, chi bộ thu quỹ khuyến học 12 triệu đồng.\n")


def rows(body: str) -> list[str]:
    return [row.value for row in chosen_figures(analyze(MINUTES + body + "\nTHƯ KÝ\tCHỦ TRÌ\n"))[0]]


@pytest.mark.parametrize("body", [
    "Đ/c Lò Văn Tùng nêu 03 ý kiến về công tác vệ sinh môi trường.",
    "Đồng chí Bí thư phát biểu 02 ý kiến về kinh phí tổ chức Tết.",
    "Thảo luận: đ/c Hà Thị Mai trình bày 04 ý kiến về an ninh trật tự trên địa bàn.",
    "Thảo luận tại hội nghị, nhiều ý kiến đề nghị tỉnh đầu tư tuyến đường liên thôn dài 9 km.",
    "Tại hội nghị, một số đại biểu kiến nghị bố trí 200 triệu đồng sửa chữa trường học.",
    "Tại buổi sinh hoạt, có đảng viên đề nghị chi bộ trích 2 triệu đồng thăm hỏi gia đình đ/c Phước.",
])
def test_routine_and_requests_are_no_rows(body):
    assert rows(body) == ["12 triệu đồng"]


@pytest.mark.parametrize(("body", "row"), [
    ("Ban Tuyên giáo tổng hợp 25 ý kiến góp ý vào dự thảo.", "25 ý kiến góp ý"),
    ("Chi bộ đã tiếp nhận 06 ý kiến về dự thảo nghị quyết.", "06 ý kiến"),
    ("Thảo luận tại hội nghị, các ý kiến thống nhất đánh giá xã đã làm mới 9 km đường.", "9 km đường"),
    ("Tại hội nghị, nhiều đại biểu cho biết xã đã trồng 15 ha rừng.", "15 ha rừng"),
    ("Các đại biểu thống nhất đề xuất kinh phí mua thuốc 1,5 tỷ đồng.", "1,5 tỷ đồng"),
    ("Các ý kiến thống nhất kiến nghị xây 2 phòng học.", "2 phòng học"),
])
def test_facts_and_agreements_stay(body, row):
    assert row in rows(body)
