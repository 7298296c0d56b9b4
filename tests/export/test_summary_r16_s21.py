"""Round 16 (engineer s21): an election's share in the summary is the one the minutes print ("94,1" of a kiểm phiếu
row under "Tỷ lệ %", where 16/17 gives 94,12), read by the structure from the quantity layer (Decision.share); the
count's own quotient only where the minutes print none. Sentences of our own."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

from .docx_reading import section as _section
from .docx_reading import summary_of_text as _export
from .docx_reading import table_rows

HEAD = ("ĐẢNG BỘ PHƯỜNG HÒA AN\t\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHU VỰC 3\n*\t\tHòa An, ngày 14 tháng 5 năm 2025\n"
        "BIÊN BẢN KIỂM PHIẾU\nBầu Chi ủy nhiệm kỳ 2025 - 2027\nĐại hội Chi bộ Khu vực 3 khai mạc lúc 7 giờ 30 ngày "
        "14/5/2025 tại Hội trường khu vực.\n")
FOOT = "T/M BAN KIỂM PHIẾU\nTRƯỞNG BAN\nVõ Thị Liên\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("Số phiếu phát ra: 18; thu về: 18; hợp lệ: 17; không hợp lệ: 01.\nTT\tHọ và tên\tSố phiếu\tTỷ lệ %\n"
     "1\tĐặng Văn Hiếu\t16\t94,1\n2\tNgô Thị Sương\t14\t82,4\n3\tLâm Văn Tú\t7\t41,2\n"
     "Các đồng chí Đặng Văn Hiếu, Ngô Thị Sương trúng cử Chi ủy.\n",
     ["trúng cử (16/17 = 94,1%)", "trúng cử (14/17 = 82,4%)", "không trúng cử (7/17 = 41,2%)"]),
    ("Số phiếu phát ra: 34; thu về: 34; hợp lệ: 34.\nĐồng chí Đặng Văn Hiếu được 32/34 phiếu, đạt 94,1%, trúng cử Bí "
     "thư Chi bộ.\n", ["trúng cử (32/34 = 94,1%)"]),
    ("Số phiếu phát ra: 29; thu về: 29; hợp lệ: 29.\nSTT | Họ và tên | Số phiếu | Tỷ lệ\n1 | Đặng Văn Hiếu | 26 | 89,66%\n"
     "2 | Ngô Thị Sương | 25 | 86,21%\nHai đồng chí trên trúng cử Chi ủy.\n",
     ["trúng cử (26/29 = 89,66%)", "trúng cử (25/29 = 86,21%)"]),
])
def test_an_election_shows_the_share_the_minutes_print(body, expected, tmp_path):
    rows = table_rows(_section(_export(HEAD + body + FOOT, tmp_path), "BIỂU QUYẾT, BẦU CỬ VÀ QUYẾT ĐỊNH"), columns=6)
    assert [row[5] for row in rows] == expected, rows


def test_without_a_printed_share_the_summary_computes_it(tmp_path):
    # near-miss: the minutes print no share, the count's quotient is shown
    body = "Số phiếu phát ra: 17; thu về: 17; hợp lệ: 17.\nĐồng chí Đặng Văn Hiếu được 16/17 phiếu, trúng cử Bí thư Chi bộ.\n"
    rows = table_rows(_section(_export(HEAD + body + FOOT, tmp_path), "BIỂU QUYẾT, BẦU CỬ VÀ QUYẾT ĐỊNH"), columns=6)
    assert [row[5] for row in rows] == ["trúng cử (16/17 = 94,12%)"]


def test_the_printed_share_is_on_the_decision_with_its_span():
    text = HEAD + ("Số phiếu phát ra: 18; thu về: 18; hợp lệ: 17.\nTT\tHọ và tên\tSố phiếu\tTỷ lệ %\n"
                   "1\tĐặng Văn Hiếu\t16\t94,1\n2\tNgô Thị Sương\t14\t82,4\n3\tLâm Văn Tú\t7\t41,2\n") + FOOT
    analysis = analyze(text)
    shares = [(d.person, d.share.value, text[d.share.start:d.share.end]) for d in analysis.structure.decisions if d.share]
    assert shares[0] == ("Đặng Văn Hiếu", "94,1", "94,1")
    assert analysis.structure.to_json()["decisions"][0]["share"]["value"] == "94,1"
