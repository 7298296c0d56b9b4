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
from minutes_app.core.structure.build import _sentence_at

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


# ------------------------------------------------------------- the sole candidate of a long text

def test_a_long_text_of_admission_votes_names_its_sole_candidate_until_a_second_one():
    votes = "".join(f"- {('Tán thành', 'Đồng ý')[k % 2]} đề nghị kết nạp: {k % 11 + 1}/12 đồng chí.\n" for k in range(600))
    text = MINUTES.format("Chi bộ xét đề nghị kết nạp quần chúng Lương Thị Thảo vào Đảng.\n" + votes +
                          "Chi bộ xét tiếp đề nghị kết nạp quần chúng Tạ Văn Bình vào Đảng.\n" + votes)
    decisions = [d for d in analyze(text).structure.decisions if d.kind == "vote"]
    assert [(d.votes_for, d.base) for d in decisions] == [(k % 11 + 1, 12) for k in range(600)] * 2
    assert all(d.person == "Lương Thị Thảo" for d in decisions[:600])
    # two candidates named before: none is the sole one (the first line after the second is read as its own)
    assert not any(d.person == "Lương Thị Thảo" for d in decisions[600:])
    assert all(d.person is None for d in decisions[601:])


@pytest.mark.parametrize(("body", "first", "second"), [
    ("Chi bộ biểu quyết thông qua kế hoạch trồng cây: 12/12 đồng chí tán thành; biểu quyết mức đóng góp 1.500 nghìn "
     "đồng mỗi hộ: 11/12 đồng chí tán thành.", "12/12 đồng chí tán thành", 11),
    ("Biểu quyết thông qua dự toán sửa nhà văn hóa: 12/12 tán thành; thông qua khoản chi 3.200 nghìn đồng cho hội "
     "nghị: 9/12 tán thành.", "12/12 tán thành", 9),
    ("Biểu quyết thông qua Quy chế làm việc (12/12 đồng chí tán thành); biểu quyết trích 2.000.000 đồng quỹ chi bộ "
     "hỗ trợ hộ nghèo: 10/12 đồng chí tán thành.", "12/12 đồng chí tán thành)", 10),
    # the votes in sentences of their own, the next one's number with a "." after the sentence's stop
    ("Biểu quyết thông qua kế hoạch tháng 11: 12/12 đồng chí tán thành. Biểu quyết mức chi 1.200 nghìn đồng: 11/12 "
     "đồng chí tán thành.", "12/12 đồng chí tán thành", 11),
])
def test_a_vote_ends_where_the_next_one_of_its_line_opens_not_inside_a_number(body, first, second):
    text = MINUTES.format(body)
    decisions = [d for d in analyze(text).structure.decisions if d.kind == "vote"]
    assert len(decisions) == 2, decisions
    assert text[decisions[0].start:decisions[0].end].endswith(first), text[decisions[0].start:decisions[0].end]
    assert decisions[1].votes_for == second


def test_a_vote_still_ends_at_its_sentence_s_full_stop():
    # near-miss: a "." between the votes and no number with a "." of its own: the sentence's stop ends the first
    text = MINUTES.format("Biểu quyết thông qua kế hoạch tháng 11: 12/12 đồng chí tán thành. Biểu quyết mức chi 900 "
                          "nghìn đồng: 11/12 đồng chí tán thành.")
    decisions = [d for d in analyze(text).structure.decisions if d.kind == "vote"]
    assert text[decisions[0].start:decisions[0].end].endswith("12/12 đồng chí tán thành")
    assert decisions[1].votes_for == 11


# ------------------------------------------------------------- where a sentence starts

@pytest.mark.parametrize(("text", "word", "start"), [
    ("Nghị quyết được 33/33 đồng chí có mặt nhất trí thông qua.", "33/33", "Nghị quyết"),
    ("Hội nghị thống nhất với 100% (25/25) đảng viên tán thành", "25/25", "Hội nghị"),
    ("Biểu quyết: 9/9 tán thành", "9/9", "Biểu quyết"),
    # near-misses: after a full stop, after a line's start
    ("Chi bộ họp. Biểu quyết: 9/9 tán thành", "9/9", "Biểu quyết"),
    ("BIÊN BẢN\nTán thành 15/15 đồng chí", "15/15", "Tán thành"),
])
def test_a_sentence_starts_at_its_first_letter(text, word, start):
    assert text[_sentence_at(text, text.index(word)):].startswith(start)
