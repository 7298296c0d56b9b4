"""Reviewer r8: shapes of the s8 readers (news leads, chairs) tried with sentences of our own, none copied from
a real, dev or held-out text; positives and near-misses per shape."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze


def news(lead: str, more: str = "", headline: str = "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12") -> object:
    return analyze(f"{headline}\n{lead}\n{more}").structure


# ------------------------------------------------------------------ co-chairs listed after "Các đồng chí:", each one

@pytest.mark.parametrize("more, chairs", [
    ("Các đồng chí: Giàng A Páo, Bí thư Huyện ủy; Lường Văn Quý, Phó Bí thư Thường trực Huyện ủy; Tẩn Thị Mai, "
     "Chủ tịch UBND huyện đồng chủ trì hội nghị.", ["Giàng A Páo", "Lường Văn Quý", "Tẩn Thị Mai"]),
    ("Các đồng chí: Hà Văn Khiêm, Bí thư Đảng ủy xã; Đinh Thị Nụ, Phó Bí thư Đảng ủy xã; Bàn Văn Sinh, Chủ tịch UBND "
     "xã; Lục Thị Hạnh, Chủ tịch Ủy ban MTTQ xã chủ trì hội nghị.",
     ["Hà Văn Khiêm", "Đinh Thị Nụ", "Bàn Văn Sinh", "Lục Thị Hạnh"]),
    ("Các ông: Vàng Seo Dìn, Bí thư Huyện ủy; Sùng Mí Giàng, Chủ tịch UBND huyện; Lý Văn Chứ, Chủ tịch HĐND huyện "
     "đồng chủ trì buổi làm việc.", ["Vàng Seo Dìn", "Sùng Mí Giàng", "Lý Văn Chứ"]),
    # near-misses: two listed (the list was read before), a guest before the chair is no chair
    ("Các đồng chí: Giàng A Páo, Bí thư Huyện ủy; Tẩn Thị Mai, Chủ tịch UBND huyện đồng chủ trì hội nghị.",
     ["Giàng A Páo", "Tẩn Thị Mai"]),
    ("Dự hội nghị có đồng chí Cầm Thị Hoa, Phó Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Lò Văn Thắng, Bí thư Huyện ủy chủ "
     "trì hội nghị.", ["Lò Văn Thắng"]),
])
def test_every_chair_of_a_list_is_kept(more, chairs):
    s = news("Chiều 7/10/2025, tại Hội trường Huyện ủy, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 12.",
             more=more)
    assert [c.value for c in s.meeting.chairs] == chairs
