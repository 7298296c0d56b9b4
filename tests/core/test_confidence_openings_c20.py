"""A vote of confidence's records are grouped by where the shared reading opens a sentence or clause between them
(quantities/confidence.py): the dot of an abbreviation ("P. Sở Dầu", "TP.") or of a number ("1.500") opens nothing,
so a body's word after it is no other body rating."""

from minutes_app.core.engine import analyze

_HEAD = "Kết quả lấy phiếu tín nhiệm tại kỳ họp: phát ra 32 phiếu, thu vào 32 phiếu.\n"


def _warned(text: str) -> list[str]:
    return [f.text for f in analyze(text).findings if f.code == "vote-mismatch"]


def test_an_abbreviation_in_a_title_keeps_the_officials_in_one_vote():
    text = _HEAD + (
        "Ông Lê Văn An, Chủ tịch UBND quận, có 25 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. "
        "Ông Trần Văn Bình, nguyên Chủ tịch UBND P. Sở Dầu, nay là Phó Chủ tịch UBND quận, có 20 phiếu tín nhiệm cao, "
        "9 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. Bà Phạm Thị Cúc, Trưởng Công an quận, có 27 phiếu tín nhiệm "
        "cao, 4 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp.")
    assert any(t.startswith("20 phiếu tín nhiệm cao") for t in _warned(text))


def test_a_title_holding_a_thousands_number_keeps_the_vote_together():
    text = _HEAD + (
        "Bà Nguyễn Thị Hoa, Giám đốc Sở Y tế, có 26 phiếu tín nhiệm cao, 5 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp. "
        "Ông Đỗ Văn Hùng, phụ trách dự án 1.500 căn hộ, Cục trưởng Cục Thuế, có 22 phiếu tín nhiệm cao, 8 phiếu tín "
        "nhiệm, không có phiếu tín nhiệm thấp. Ông Vũ Văn Khoa, Chánh Thanh tra tỉnh, có 28 phiếu tín nhiệm cao, 3 "
        "phiếu tín nhiệm và 1 phiếu tín nhiệm thấp.")
    assert any(t.startswith("22 phiếu tín nhiệm cao") for t in _warned(text))


def test_a_body_opening_a_line_or_clause_still_starts_another_vote():
    # each body rated its own officials on its own ballots: no total is compared across them
    text = _HEAD + (
        "Ông Lê Văn An, Chủ tịch UBND quận, có 25 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp.\n"
        "Hội đồng nhân dân phường Đông Hải: ông Trần Văn Bình, Chủ tịch UBND phường, có 20 phiếu tín nhiệm cao, 2 "
        "phiếu tín nhiệm và 1 phiếu tín nhiệm thấp; bà Phạm Thị Cúc, Phó Chủ tịch UBND phường, có 19 phiếu tín nhiệm "
        "cao, 3 phiếu tín nhiệm và 1 phiếu tín nhiệm thấp.")
    assert not _warned(text)
    text = text.replace("thấp.\nHội đồng nhân dân phường Đông Hải:", "thấp; Hội đồng nhân dân phường Đông Hải:")
    assert not _warned(text)
