"""figure-inconsistent, round 19 (real pages): an act told after a count's noun behind a purpose link ("cho <ai>
xem xét …", "để", "nhằm") is what the count was put forward for, done by someone else; those it was then done to
are another group ("giới thiệu 14 đoàn viên cho chi bộ xem xét kết nạp" ≠ "9 đoàn viên được kết nạp")."""

from __future__ import annotations

import pytest

from minutes_app.core.detectors import detect_paragraph
from minutes_app.core.quantities import read_paragraph
from minutes_app.core.reading import Reading
from tests.helpers import findings


def _flagged(text: str) -> list[str]:
    return [text[f.start:f.end] for f in findings(text, "figure-inconsistent")]


@pytest.mark.parametrize("text", [
    "Chi đoàn giới thiệu 14 đoàn viên ưu tú cho chi bộ xem xét kết nạp.\nTrong năm, 9 đoàn viên ưu tú được kết nạp.",
    "Xã đã khám tuyển 25 thanh niên để nhập ngũ.\nTrong năm, 19 thanh niên đã nhập ngũ.",
    "Các chi bộ đã bồi dưỡng 40 quần chúng ưu tú nhằm kết nạp.\nTrong năm, 31 quần chúng ưu tú được kết nạp.",
    "Hội Cựu chiến binh đã đề xuất 12 hội viên cho Ủy ban nhân dân xã xét khen thưởng.\nNăm qua, 7 hội viên được "
    "khen thưởng.",
    # the link before the count: the act after it is what the count is for
    "Đoàn xã đã giới thiệu cho chi bộ xem xét kết nạp 20 đoàn viên ưu tú.\nTrong năm, 12 đoàn viên ưu tú được kết nạp.",
    "Đoàn xã đã giới thiệu để chi bộ xem xét kết nạp 20 đoàn viên ưu tú.\nTrong năm, chi bộ đã kết nạp 12 đoàn viên "
    "ưu tú.",
])
def test_those_put_forward_are_not_those_it_was_done_to(text):
    assert _flagged(text) == []


@pytest.mark.parametrize("text, wrong", [
    # the same putting forward told twice
    ("Chi đoàn giới thiệu 14 đoàn viên ưu tú cho chi bộ xem xét kết nạp.\nNăm qua, chi đoàn đã giới thiệu 15 đoàn "
     "viên ưu tú cho chi bộ xem xét kết nạp.", "15"),
    ("Xã đã khám tuyển 25 thanh niên để nhập ngũ.\nTổng kết công tác tuyển quân, xã đã khám tuyển 52 thanh niên để "
     "nhập ngũ.", "52"),
    # the act told before the count: a purpose after it changes nothing
    ("Hội đã kết nạp 56 hội viên mới để củng cố tổ chức.\nTrong năm, Hội đã kết nạp 65 hội viên mới.", "65"),
    # "cho" right before the act is its own ("đề nghị cho khen thưởng"), no one else's
    ("Năm qua, 12 hội viên được đề nghị cho khen thưởng.\nTrong năm, 13 hội viên được đề nghị cho khen thưởng.", "13"),
    ("Trong năm, 9 đoàn viên ưu tú được kết nạp.\nTổng kết năm, có 8 đoàn viên ưu tú được kết nạp.", "8"),
])
def test_the_same_act_told_twice_still_differs(text, wrong):
    assert _flagged(text) == [wrong]


def _event(text: str, number: str) -> str | None:
    reading = Reading(text)
    return next(q.event for q in read_paragraph(reading, detect_paragraph(reading)).quantities if q.text == number)


# the quantity layer reads the same: the act behind the link is not the count's
@pytest.mark.parametrize("text, number, event", [
    ("Chi bộ đã giới thiệu để Đảng ủy xem xét kết nạp 6 quần chúng ưu tú.", "6", "giới thiệu"),
    ("Hội đã vận động 80 người để kết nạp.", "80", "vận động"),
    ("Ban Chỉ huy Quân sự lập danh sách 40 thanh niên nhằm giao quân đợt 2.", "40", None),
    # no link: the act is the count's
    ("Trong năm, chi bộ đã kết nạp 4 đảng viên mới.", "4", "kết nạp"),
    ("Năm nay có 31 thanh niên nhập ngũ đúng chỉ tiêu.", "31", "nhập ngũ"),
    # "cho" naming whom the act is done to, or opening the sentence's purpose, is no link
    ("Nhân dịp 3/2, Đảng ủy trao Huy hiệu Đảng cho 5 đảng viên.", "5", "huy hiệu"),
    ("Để nâng cao chất lượng đảng viên chi bộ đã kết nạp 3 quần chúng.", "3", "kết nạp"),
])
def test_the_act_of_a_count(text, number, event):
    assert _event(text, number) == event


# review of w24: what follows "cho" must name who does the act ("cho chi bộ xem xét"), with nothing but its words
# between them; a purpose phrase closed by a comma is the sentence's, not a link; "để" right before the act is the act
@pytest.mark.parametrize("text, number, event", [
    # "cho" with no one after it, or a "cho" phrase closed by "và" or a comma
    ("Chi bộ thôn đề nghị cho kết nạp 4 quần chúng ưu tú.", "4", "kết nạp"),
    ("Kết quả rà soát cho thấy chi bộ đã kết nạp 7 đảng viên.", "7", "kết nạp"),
    ("Hội đã giúp cho nông dân vay vốn và kết nạp 45 hội viên mới.", "45", "kết nạp"),
    ("Sau khi tặng quà cho gia đình chính sách, Hội đã kết nạp 22 hội viên.", "22", "kết nạp"),
    # a purpose phrase ending at a comma before the verb
    ("Sáu tháng đầu năm, để tạo nguồn, chi bộ đã kết nạp 5 đảng viên.", "5", "kết nạp"),
    ("Trong đó, nhằm giữ nghiêm kỷ luật, Ủy ban kiểm tra đã kiểm tra 11 đảng viên.", "11", "kiểm tra"),
    ("Thực hiện kế hoạch, để bảo đảm quân số, xã đã giao quân 33 thanh niên.", "33", "nhập ngũ"),
    # a link with no one else between it and the act: the act is the count's
    ("Nhà trường tổ chức lễ để kết nạp 12 đội viên.", "12", "kết nạp"),
    ("Huyện đoàn phối hợp với xã để giao quân 30 thanh niên.", "30", "nhập ngũ"),
    ("Đảng ủy đã họp với các chi bộ nhằm kết nạp 9 đảng viên.", "9", "kết nạp"),
])
def test_the_act_behind_a_link_names_who_does_it(text, number, event):
    assert _event(text, number) == event


def _put_forward(text: str, number: str) -> bool:
    reading = Reading(text)
    return next(q.put_forward for q in read_paragraph(reading, detect_paragraph(reading)).quantities
                if q.text == number)


# someone else named, or a consideration, between the link and the act (before the count or after it): put forward
@pytest.mark.parametrize("text, number, forward", [
    ("Hội đã đề nghị để cấp trên xét khen thưởng 8 hội viên.", "8", True),
    ("Chi đoàn đã giới thiệu cho Đảng ủy xem xét kết nạp 6 đoàn viên.", "6", True),
    ("Tổ dân phố đã lập danh sách để xem xét hỗ trợ 27 hộ.", "27", True),
    ("Hội Phụ nữ đã giới thiệu 19 hội viên để Ngân hàng Chính sách xã hội giải ngân.", "19", True),
    ("Nhà trường tổ chức lễ để kết nạp 12 đội viên.", "12", False),
    ("Năm 2026, để tăng nguồn, Đảng bộ phường đã kết nạp 14 đảng viên mới.", "14", False),
    ("Chi bộ đã kết nạp 15 đảng viên nhằm trẻ hóa đội ngũ.", "15", False),
])
def test_a_count_put_forward(text, number, forward):
    assert _put_forward(text, number) is forward


@pytest.mark.parametrize("text, wrong", [
    ("Chi bộ đã tạo điều kiện cho quần chúng học lớp cảm tình Đảng và kết nạp 6 đảng viên.\nNăm qua, chi bộ đã kết "
     "nạp 7 đảng viên.", "7"),
    ("Năm 2026, để tăng nguồn, Đảng bộ phường đã kết nạp 14 đảng viên mới.\nTổng kết năm, Đảng bộ phường kết nạp "
     "được 17 đảng viên mới.", "17"),
    ("Xã đã tổ chức lễ để giao quân 41 thanh niên.\nNăm qua, xã đã giao quân 44 thanh niên.", "44"),
    ("Hội đã phối hợp với Đoàn xã để phát triển 60 hội viên mới.\nTrong năm, Hội đã phát triển 66 hội viên mới.",
     "66"),
])
def test_an_act_of_its_own_behind_a_link_is_still_compared(text, wrong):
    assert _flagged(text) == [wrong]


@pytest.mark.parametrize("text", [
    "Hội Nông dân đã giới thiệu 35 hộ cho Ngân hàng Chính sách xã hội xem xét giải ngân.\nNăm qua, ngân hàng đã giải "
    "ngân 29 hộ.",
    "Tổ hòa giải đã giới thiệu 16 hội viên để Phòng Tư pháp khen thưởng.\nCuối năm, 10 hội viên được khen thưởng.",
    "Chi đoàn đã giới thiệu 11 đoàn viên cho chi bộ xem xét kết nạp.\nChi bộ đã kết nạp 7 đoàn viên, trong đó có 3 "
    "đoàn viên nữ.",
])
def test_a_long_name_before_the_act_is_still_a_putting_forward(text):
    assert _flagged(text) == []
