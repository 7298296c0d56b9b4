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
