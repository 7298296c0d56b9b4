"""Round 16 review of the document reader (task fxs), each in sentences of our own:

- the person an election names: "Bà", "Ông", "Anh" open place and body names ("Tỉnh ủy Bà Rịa Vũng Tàu", "phường Ông
  Ích Khiêm") and "a", "ông" … end words inside them ("Thanh Hóa Bình", "Công đoàn Trường"): the "đồng chí" the line
  names comes first, a title only as a whole word, capitalised only where a clause opens;
- the sole candidate for admission, read once for all the votes of a long text (not the text before each vote
  re-read), and the next vote of a line cut at a sentence's "." — not at the "." of "1.500";
- a sentence that opens the text starts at its first letter.
"""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

MINUTES = ("ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN 3\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\n"
           "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025\n\nThời gian: 19 giờ 00 phút, ngày 12/10/2025.\n"
           "Địa điểm: Nhà văn hóa thôn 3.\nChủ trì: đồng chí Lê Văn Hòa, Bí thư chi bộ.\nThư ký: đồng chí Mai Thị Lan.\n"
           "Có mặt: 12/12 đảng viên.\n{}\nHội nghị kết thúc lúc 21 giờ 00 phút cùng ngày.\n")


def _elections(body: str):
    return [(d.person, d.votes_for, d.base) for d in analyze("BIÊN BẢN HỘI NGHỊ\n" + body + "\n").structure.decisions
            if d.kind == "election"]


# ------------------------------------------------------------- whom an election names

@pytest.mark.parametrize(("body", "expected"), [
    # a place that opens with "Bà", the comrade after it
    ("Bầu Phó Bí thư Tỉnh ủy Bà Rịa Vũng Tàu: đồng chí Hồ Minh Tuấn được 48/51 đại biểu tán thành.",
     ("Hồ Minh Tuấn", 48, 51)),
    # "Hóa Bình" ends with "a Bình": not "(Anh|Bà) …"; the comrade written "đ/c", after a comma
    ("Bầu Chủ tịch Hội Nông dân xã Thanh Hóa Bình, kết quả đ/c Lê Thị Hoa được 30/31 hội viên tán thành.",
     ("Lê Thị Hoa", 30, 31)),
    # "Công đoàn Trường …": "Trường" after "đoàn"; how it was voted in brackets, the comrade capitalised
    ("Bầu Chủ tịch Công đoàn Trường Tiểu học Kim Đồng (biểu quyết giơ tay): Đồng chí Phạm Văn Dũng được 20/22 đoàn viên "
     "tán thành.", ("Phạm Văn Dũng", 20, 22)),
    # no comrade: a ward named after a person ("Ông Ích Khiêm"), then "bà" who was elected
    ("Bầu Phó Chủ tịch UBND phường Ông Ích Khiêm: bà Trịnh Thị Ngọc được 25/27 đại biểu tán thành.",
     ("Trịnh Thị Ngọc", 25, 27)),
    ("Bầu Chủ tịch Hội Phụ nữ xã Bà Điểm Hóc Môn, kết quả chị Vũ Thị Hạnh được 41/45 hội viên tán thành.",
     ("Vũ Thị Hạnh", 41, 45)),
])
def test_an_election_names_its_person_not_a_place_or_a_body(body, expected):
    assert _elections(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: a title where a clause opens, capitalised, or in small letters anywhere, still names the person
    ("Bầu Chủ tịch Hội Cựu chiến binh xã: Ông Đặng Văn Lực được 33/35 hội viên tán thành.", ("Đặng Văn Lực", 33, 35)),
    ("Bầu Trưởng ban Công tác Mặt trận: Anh Hà Văn Sơn được 18/20 đại biểu tán thành.", ("Hà Văn Sơn", 18, 20)),
    ("Bầu Chủ tịch Hội Người cao tuổi thôn Bản Mế: ông Lò Văn Pấng được 40/42 hội viên tán thành.",
     ("Lò Văn Pấng", 40, 42)),
    ("Hiệp y bầu bổ sung chị Ngô Thị Kim Oanh giữ chức Phó Chủ tịch Hội với 19/21 ủy viên tán thành.",
     ("Ngô Thị Kim Oanh", 19, 21)),
])
def test_a_titled_person_is_still_the_one_elected(body, expected):
    assert _elections(body) == [expected]
