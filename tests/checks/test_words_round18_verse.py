"""Round 18 (w23): a poem in the local voice typed one line a paragraph (spelling.outside_local_voice). Three
different words of regional speech over a run of at least four short lines make the run a passage written as
spoken, as three in one paragraph do; its phonetic spellings ("trửa" for giữa, "gưn" for gần) are not slips.
Lines of dialogue, lists, short runs and lines with no regional word around them are read as before.
All lines are our own."""

import pytest

from minutes_app.core.engine import analyze


def spelled(text: str) -> list[str]:
    return [f.text for f in analyze(text).findings if f.code == "spelling"]


@pytest.mark.parametrize("text", [
    "Về quê chơi với mệ tui\nBữa ni trời nắng, nác thì đục ngầu\nMệ kêu con đi mô lâu\nNhà choa vẫn rứa, trửa màu lúa xanh",
    "Chiều ni ổng đi chợ gưn\n\nBả ở nhà mần cơm\nTui ngồi đợi bên thềm\nHổng thấy ai trở về",  # a blank line
    "BÀI THƠ QUÊ\nNhà tui ở cuối xóm\nTrửa đồng lúa mênh mông\nMệ ra đồng chưa rứa\nChiều mô cũng về muộn\n(Thơ: Hoài Nam)",
])
def test_phonetic_spelling_in_a_poem_of_the_local_voice_stays_silent(text):
    assert spelled(text) == []


@pytest.mark.parametrize("text, expected", [
    # lines of a list in a report, no regional word: a slip is a slip
    ("Thành phần tham dự\nĐồng chí Lê Văn Nam, Bí thư\nĐồng chí Trần Thị Hoa, trửa ban\nThư ký cuộc họp", ["trửa"]),
    # lines of dialogue are prose, each read on its own
    ("- Bữa ni tui đi chợ gưn.\n- Mệ ở nhà nghe.\n- Rứa thì tốt.\n- Chiều về sớm nghe con.", ["gưn"]),
    # three short lines are no poem yet
    ("Bữa ni tui về quê\nMệ ra đồng chưa rứa\nNhà ở gưn bờ sông", ["gưn"]),
])
def test_slips_outside_a_poem_of_the_local_voice_still_flagged(text, expected):
    assert spelled(text) == expected
