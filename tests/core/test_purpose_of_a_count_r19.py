"""figure-inconsistent, round 19 (real pages): an act told after a count's noun behind a purpose link ("cho <ai>
xem xét …", "để", "nhằm") is what the count was put forward for, done by someone else; those it was then done to
are another group ("giới thiệu 14 đoàn viên cho chi bộ xem xét kết nạp" ≠ "9 đoàn viên được kết nạp")."""

from __future__ import annotations

import pytest

from tests.helpers import findings


def _flagged(text: str) -> list[str]:
    return [text[f.start:f.end] for f in findings(text, "figure-inconsistent")]


@pytest.mark.parametrize("text", [
    "Chi đoàn giới thiệu 14 đoàn viên ưu tú cho chi bộ xem xét kết nạp.\nTrong năm, 9 đoàn viên ưu tú được kết nạp.",
    "Xã đã khám tuyển 25 thanh niên để nhập ngũ.\nTrong năm, 19 thanh niên đã nhập ngũ.",
    "Các chi bộ đã bồi dưỡng 40 quần chúng ưu tú nhằm kết nạp.\nTrong năm, 31 quần chúng ưu tú được kết nạp.",
    "Hội Cựu chiến binh đã đề xuất 12 hội viên cho Ủy ban nhân dân xã xét khen thưởng.\nNăm qua, 7 hội viên được "
    "khen thưởng.",
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
