"""The genre of a text with no type line and no header (a clerk's draft, a pasted news item)."""

import pytest

from minutes_app.core.engine import analyze


@pytest.mark.parametrize(("text", "genre"), [
    ("", "other"),                                    # a new, empty document
    ("   \n\n", "other"),
    ("Chi bộ họp lúc 14 giờ.", "other"),               # one paragraph names no genre
    ("Biên bản họp chi bộ tháng 11\nHôm nay, chi bộ họp tại nhà văn hóa.", "bien_ban"),
    ("Biên bản họp chi bộ: có mặt 12/15 đồng chí, vắng 3.", "bien_ban"),
    ("Báo cáo kết quả công tác quý III\nTrong quý, Đảng ủy đã lãnh đạo …", "bao_cao"),
    ("Kết luận của Ban Thường vụ\nBan Thường vụ đã nghe báo cáo …", "nghi_quyet"),
    ("Đảng ủy xã Tân An sơ kết 6 tháng\nSáng 5/7, Đảng ủy xã Tân An tổ chức hội nghị sơ kết.", "tin_hoi_nghi"),
    ("Báo cáo viên Trung ương nói chuyện thời sự\nSáng 5/11, Đảng ủy phường tổ chức hội nghị.", "tin_hoi_nghi"),
])
def test_genre_without_type(text, genre):
    assert analyze(text).structure.genre == genre
