"""Openings of biên bản in more of the ways clerks write them."""

import pytest

from minutes_app.core.engine import analyze

HEAD = ("ĐẢNG BỘ XÃ TÂN AN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN 2\t\n\tTân An, ngày 10 tháng 10 năm 2025\n\n"
        "BIÊN BẢN\n{title}\n\n")
TAIL = "\nChủ trì: đồng chí Nguyễn Văn A, Bí thư Chi bộ.\nThư ký: đồng chí Trần Thị B."


def _meeting(title: str, opening: str) -> dict:
    return analyze(HEAD.format(title=title) + opening + TAIL).structure.to_gold()["meeting"]


def test_an_opening_after_the_mandate_it_carries_out():
    meeting = _meeting("", "Thực hiện Chương trình công tác năm 2025, hôm nay, vào lúc 7 giờ 30 phút ngày "
                           "10/10/2025, tại hội trường Đảng ủy xã, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ tháng 10.")
    assert (meeting["start"], meeting["date"], meeting["place"]) == ("07:30", "2025-10-10", "hội trường Đảng ủy xã")
    assert meeting["name"] == "phiên thường kỳ tháng 10"


def test_a_meeting_named_by_what_it_examines():
    meeting = _meeting("", "Vào lúc 14 giờ 00, ngày 10/10/2025, tại phòng họp Đảng ủy xã, Chi bộ thôn 2 tiến hành "
                           "họp xét kết nạp đảng viên.")
    assert meeting["name"] == "họp xét kết nạp đảng viên"
    assert meeting["start"] == "14:00"


@pytest.mark.parametrize("opening", [
    "Hôm nay, ngày 10 tháng 10 năm 2025, tại Nhà văn hóa thôn 2, Chi bộ thôn 2 họp xét đề nghị kết nạp. "
    "Cuộc họp bắt đầu lúc 8 giờ.",
    "Hôm nay, ngày 10/10/2025, tại nhà văn hóa, Tổ 3 gồm 12 hộ dự họp; Chi bộ bắt đầu lúc 8 giờ.",
])
def test_a_number_before_hop_or_gom_is_not_a_clock_time(opening):
    """"thôn 2 họp", "Tổ 3 gồm" are not 2 h or 3 g."""
    assert _meeting("Sinh hoạt chi bộ", opening)["start"] == "08:00"


def test_time_and_place_told_after_the_meeting_s_name():
    meeting = _meeting("Sinh hoạt chi bộ thường kỳ tháng 10", "Chi bộ thôn 2 tổ chức sinh hoạt thường kỳ tháng 10 vào lúc "
                                                             "19 giờ 30 phút ngày 10/10/2025 tại Nhà văn hóa thôn 2.")
    assert (meeting["start"], meeting["place"]) == ("19:30", "Nhà văn hóa thôn 2")


def test_a_result_against_its_yearly_plan_from_the_quantity_layer():
    """"41,2 tỷ đồng/52 tỷ đồng dự toán năm (79,2%)" in October: the level and result the quantity layer
    read, and progress, not a verdict, while the year is under way."""
    text = HEAD.format(title="Hội nghị Ban Chấp hành Đảng bộ lần thứ 12").replace("10 tháng 10", "14 tháng 10") + \
        "Kết quả chủ yếu:\n- Thu ngân sách nhà nước trên địa bàn đạt 41,2 tỷ đồng/52 tỷ đồng dự toán năm (79,2%)." + TAIL
    (target,) = [t for t in analyze(text).structure.targets if t.name.startswith("Thu ngân sách")]
    assert (target.target, target.result, target.unit) == (52, 41.2, "tỷ đồng")
    assert target.verdict == "tiến độ" and target.progress == "tiến độ 79,2% kế hoạch năm"


def test_a_january_report_closes_the_last_year():
    text = HEAD.format(title="Hội nghị tổng kết").replace("10 tháng 10", "10 tháng 01") + \
        "Tổ chức tuyển dụng 35 viên chức, đạt 87,5% chỉ tiêu được giao (40 chỉ tiêu)." + TAIL
    assert [t.verdict for t in analyze(text).structure.targets] == ["chưa đạt"]
