"""Shapes of round fourteen (q17), each a mechanism seen in two or more blind authors' sets: what is left of a plan
or a total once part of it is done (blind6, blind7, blind9). Sentences of our own."""

from __future__ import annotations

import pytest

from minutes_app.core.model import Severity
from tests.helpers import findings


@pytest.mark.parametrize("text, wrong", [
    ("Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 3 nhà đang thi công.", "3"),
    ("Kế hoạch giao tuyển 40 thanh niên. Xã đã bàn giao 32 thanh niên cho đơn vị nhận quân, số còn lại là 6 thanh "
     "niên sẽ giao trong đợt 2.", "6"),
    ("Tổng số tiền phải thu hồi: 210 triệu đồng; đã thu hồi được 130 triệu đồng, còn phải thu 70 triệu đồng.", "70"),
    ("Trong tổng số 32 hồ sơ tiếp nhận, có 27 hồ sơ đã giải quyết đúng hạn, còn 4 hồ sơ chưa giải quyết.", "4"),
    ("Kế hoạch năm trồng mới 18 ha rừng. Đến 30/9 đã trồng 11 ha (trong đó 3 ha rừng phòng hộ), còn lại 8 ha chưa "
     "trồng do thời tiết.", "8"),
    ("Trong 12 tiêu chí, có 9 tiêu chí đạt chuẩn; còn 2 tiêu chí chưa đạt.", "2"),
])
def test_rest_of_a_whole_is_the_whole_less_the_part_done(text, wrong):
    found = findings(text, "derived-mismatch")
    assert [f.text for f in found] == [wrong]
    assert found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 4 nhà đang thi công.",
    "Kế hoạch giao tuyển 40 thanh niên. Xã đã bàn giao 32 thanh niên cho đơn vị nhận quân, số còn lại là 8 thanh niên "
    "sẽ giao trong đợt 2.",
    "Tổng số tiền phải thu hồi: 210 triệu đồng; đã thu hồi được 130 triệu đồng, còn phải thu 80 triệu đồng.",
    # a bare "còn": what is still open, maybe only some of the rest
    "Tổng kinh phí được cấp 420 triệu đồng, đã giải ngân 275 triệu đồng, còn 45 triệu đồng đang đề nghị thanh toán.",
    "Kế hoạch xây 12 nhà. Đã khởi công 9 nhà, còn 2 nhà đang làm thủ tục.",
    # the rest denies another verb than the part done: of those started, not of the plan
    "Kế hoạch xây 12 nhà. Đã khởi công 9 nhà, còn lại 2 nhà chưa hoàn thành.",
    "Trong 12 tiêu chí, có 9 tiêu chí đạt chuẩn; còn 2 tiêu chí chưa hoàn thành hồ sơ.",
    # something added between: no plain difference
    "Tổng dư nợ 150 triệu đồng, đã trả 60 triệu đồng, phát sinh lãi 5 triệu đồng, còn nợ 95 triệu đồng.",
    # no whole named as such before the part
    "Đã khởi công 9 nhà, còn lại 2 nhà chưa khởi công.",
    # another noun
    "Kế hoạch xây 12 nhà văn hóa. Đã khởi công 9 nhà, còn lại 2 phòng học chưa khởi công.",
])
def test_rest_of_a_whole_near_misses(text):
    assert not findings(text, "derived-mismatch")

