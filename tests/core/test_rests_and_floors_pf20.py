"""Round 20's precision fixes, read from real and bank text (clean_bank_r19a doc05, real batch 19 109_tayninh):
a "còn lại" after a part and what was done of that part is the rest of the whole, not of the part; what was done
of a "trong đó" item is no next item of the list; two amounts told as floors ("trên 281 tỷ đồng") never contradict;
"đạt 100%" with its plan unsaid is a quota met (audit batch 20); "góp" stands alone ("góp tiền").
Sentences of our own; each mechanism with near-misses that must stay silent and slips that must still be found."""

import pytest

from minutes_app.core.engine import analyze


def _alarms(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in analyze(text).findings if f.severity.value in ("error", "warning")]


SILENT = (
    # the rest of the whole, after a part and what was done of it
    "Năm 2026, Thanh tra xã tiếp nhận 36 đơn; trong đó 22 đơn thuộc thẩm quyền, đã giải quyết 20 đơn, đạt 90,9%; 14 đơn "
    "còn lại đã hướng dẫn công dân gửi đến cơ quan có thẩm quyền.",
    "Hội tiếp nhận 54 kiến nghị của hội viên, trong đó 40 kiến nghị thuộc thẩm quyền của Hội, đã trả lời 38 kiến nghị; 14 "
    "kiến nghị còn lại được chuyển UBND xã xem xét.",
    "Qua tiếp xúc cử tri, Thường trực HĐND xã nhận 61 ý kiến; trong đó 45 ý kiến thuộc thẩm quyền của xã, đã trả lời 41 ý "
    "kiến; 16 ý kiến còn lại đã chuyển cơ quan cấp trên.",
    # what was done of an item is no next item
    "Đợt này chi bộ rà soát 25 hồ sơ; trong đó 18 hồ sơ đủ điều kiện, đã xét 15 hồ sơ; 7 hồ sơ còn lại chưa đủ điều kiện.",
    "Bộ phận một cửa tiếp nhận 140 hồ sơ đất đai, trong đó 96 hồ sơ hợp lệ, đã thẩm định 90 hồ sơ.",
    "Năm qua có 31 trường hợp đề nghị hỗ trợ, trong đó 24 trường hợp đủ điều kiện, đã phê duyệt 24 trường hợp.",
    "Đơn vị tiếp nhận 90 hồ sơ, trong đó 52 hồ sơ đất đai, đã thẩm định 41 hồ sơ.",
    "Tổng kinh phí là 640 triệu đồng, trong đó ngân sách tỉnh 400 triệu đồng, đã giải ngân 350 triệu đồng; 240 triệu đồng "
    "còn lại do ngân sách xã bố trí.",
    "Đợt này có 72 thanh niên đăng ký, trong đó 60 thanh niên đủ tiêu chuẩn, đã giao quân 45 thanh niên; 12 thanh niên còn "
    "lại được gọi bổ sung.",
    # floors
    "Hội Nông dân phối hợp với hai ngân hàng cho vay ủy thác với tổng dư nợ trên 281 tỷ đồng.\nHội phối hợp với Ngân hàng "
    "NN&PTNT cho vay với tổng dư nợ trên 155 tỷ đồng; với Ngân hàng CSXH cho vay với tổng dư nợ 126 tỷ đồng.",
    "Năm 2026, Quỹ tín dụng nhân dân cho vay với tổng dư nợ trên 420 tỷ đồng.\nRiêng Quỹ tín dụng xã Phú An cho vay với "
    "tổng dư nợ trên 130 tỷ đồng.",
    "Hội cho vay ủy thác với tổng dư nợ trên 96 tỷ đồng.\nĐến cuối năm, Hội cho vay ủy thác với tổng dư nợ trên 98 tỷ đồng.",
    # "góp" stands alone before what is given
    "Hội viên tiết kiệm bằng cách góp tiền, thóc, ngày công để gây quỹ tại chi hội.",
    "Tổ chức họp dân thống nhất phương án góp tiền làm đường giao thông nội đồng.",
    "Các hộ góp đất, góp công mở rộng đường thôn.",
)

FOUND = (
    # the rest fits no level: still a slip
    ("Năm 2026, Thanh tra xã tiếp nhận 36 đơn; trong đó 22 đơn thuộc thẩm quyền, đã giải quyết 20 đơn, đạt 90,9%; 12 đơn "
     "còn lại đã hướng dẫn công dân gửi đến cơ quan có thẩm quyền.", "derived-mismatch", "12"),
    ("Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 3 nhà đang thi công.",
     "derived-mismatch", "3"),
    # items of the list, each told by its own property: still summed
    ("Tổng số đơn thư nhận được là 18 đơn, gồm 10 đơn tố cáo, 5 đơn khiếu nại và 2 đơn phản ánh.", "sum-mismatch", "18"),
    # a share other than 100 %, or one the text says the part takes up, is still its part over its whole
    ("Toàn huyện gọi sơ khám 1.210 thanh niên, trong đó 640 thanh niên đủ tiêu chuẩn, đạt 62,9%.", "percent-mismatch",
     "62,9%"),
    ("Toàn huyện gọi sơ khám 1.210 thanh niên, trong đó 640 thanh niên đủ tiêu chuẩn, chiếm 100%.", "percent-mismatch",
     "100%"),
    ("Hội viên tiết kiệm bằng cách góp tiền, thóc; vay vốn với lãi xuất thấp.", "real-word", "xuất"),
    # (a review's cases) a share of all present, a result against its quota, kinds of file listed by what is done
    ("Chi bộ có 45 đảng viên, dự họp 43 đảng viên, đạt 100%.", "percent-mismatch", "100%"),
    ("Huyện giao chỉ tiêu 24 thanh niên nhập ngũ, trong đó 20 thanh niên đã nhập ngũ, đạt 100%.", "percent-mismatch",
     "100"),
    ("Tiếp nhận 40 hồ sơ, gồm 22 hồ sơ đất đai, thẩm định 10 hồ sơ xây dựng, 10 hồ sơ môi trường.", "sum-mismatch", "40"),
    ("Hội cho vay với tổng dư nợ trên 155 tỷ đồng.\nCuối năm, Hội cho vay với tổng dư nợ trên 15,5 tỷ đồng.",
     "figure-inconsistent", "15,5"),
)

# "đạt 100%" with its plan unsaid (audit batch 20) may be a quota met: a warning naming the base it assumed, no error
QUOTA = (
    "Toàn huyện gọi sơ khám 1.210 thanh niên, trong đó 640 thanh niên đủ tiêu chuẩn, đạt 100%.",
    "Phường vận động 3.150 hộ tham gia, trong đó 2.980 hộ đăng ký đạt gia đình văn hóa, đạt 100%.",
    "Xã rà soát 96 hộ, trong đó 81 hộ đủ điều kiện hỗ trợ, đạt 100%.",
)


@pytest.mark.parametrize("text", QUOTA)
def test_quota_met_is_no_error(text):
    found = [(f.severity.value, f.code) for f in analyze(text).findings if f.code == "percent-mismatch"]
    assert found in ([], [("warning", "percent-mismatch")]), found


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert _alarms(text) == []


@pytest.mark.parametrize("text, code, flagged", FOUND)
def test_found(text, code, flagged):
    assert any(c == code and flagged in t for c, t in _alarms(text)), _alarms(text)
