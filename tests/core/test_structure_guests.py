"""Guests of a meeting as news reports name them: "Dự hội nghị có …" was read, but not the same list told of a
session ("Về tham dự kỳ họp có các đồng chí: …", "Dự phiên họp có …"), with the meeting's own words between
("Tham dự hội nghị tại điểm cầu Nghệ An có …") or as "có sự tham dự của …" — while "Đại biểu dự kỳ họp có ý kiến …"
and "dự hội nghị có mặt đầy đủ" name no guest."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

NEWS = ("HĐND xã Tân An tổ chức kỳ họp thứ 9\n25/05/2025 08:45\nSáng 24/5, HĐND xã Tân An, khóa XII tổ chức kỳ họp "
        "thứ 9 (kỳ họp chuyên đề). {}\nKỳ họp đã thông qua 03 nghị quyết.\n")


def guests(sentence: str) -> list[str]:
    meeting = analyze(NEWS.format(sentence)).structure.meeting
    return [g.value for g in meeting.guests]


@pytest.mark.parametrize("sentence, expected", [
    ("Về tham dự kỳ họp có các đồng chí: Nguyễn Văn An - Bí thư Đảng ủy xã, Trần Thị Bình - Phó Bí thư Thường trực "
     "Đảng ủy xã.", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("Dự kỳ họp có đồng chí Nguyễn Văn An - Bí thư Đảng ủy xã.", ["Nguyễn Văn An"]),
    ("Tham dự kỳ họp có ông Lê Văn Hải - Phó Bí thư Huyện ủy và các đại biểu HĐND xã.", ["Lê Văn Hải"]),
    ("Tham dự hội nghị tại điểm cầu xã có đồng chí Phạm Thị Mai - Phó Chủ tịch UBND huyện.", ["Phạm Thị Mai"]),
    ("Kỳ họp có sự tham dự của đồng chí Nguyễn Văn An - Phó Bí thư Huyện ủy.", ["Nguyễn Văn An"]),
])
def test_a_session_names_its_guests(sentence, expected):
    assert guests(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Đại biểu dự kỳ họp có ý kiến đề nghị đồng chí Nguyễn Văn An - Chủ tịch UBND xã làm rõ tiến độ.",
    "Các đại biểu dự kỳ họp có mặt đầy đủ, đồng chí Nguyễn Văn An - Chủ tịch HĐND xã điều hành.",
    "Đồng chí Nguyễn Văn An - Chủ tịch UBND xã trình bày tờ trình tại kỳ họp.",
])
def test_no_guest_where_none_came(sentence):
    assert guests(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # every word of resources/guests.txt telling who came as a guest is read, as the attendance block reads it
    ("Cùng dự có đồng chí Lầu Văn Páo - Phó Chủ tịch UBND huyện.", ["Lầu Văn Páo"]),
    ("Mời dự: đồng chí Trần Quốc Hưng - Phó Bí thư Huyện ủy.", ["Trần Quốc Hưng"]),
    ("Về dự có bà Vũ Thị Thảo - Phó Chủ tịch Hội Nông dân huyện.", ["Vũ Thị Thảo"]),
    ("Đồng chí Nguyễn Thị Thu - Phó Chủ tịch UBND huyện về dự và phát biểu tại kỳ họp.", ["Nguyễn Thị Thu"]),
])
def test_guests_named_by_the_words_of_the_list(sentence, expected):
    assert guests(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the list's words where their last syllable opens another word: a project, a draft, an estimate
    "Đồng chí Nguyễn Văn An - Chủ tịch UBND xã giải trình ý kiến của đại biểu về dự án đường liên thôn.",
    "Đồng chí Trần Thị Bình - Phó Chủ tịch HĐND xã góp ý cùng dự thảo nghị quyết.",
    "Đồng chí Lê Văn Hải - Trưởng ban Kinh tế - Xã hội báo cáo thẩm tra về dự toán ngân sách năm 2026.",
])
def test_no_guest_in_another_word(sentence):
    assert guests(sentence) == []
