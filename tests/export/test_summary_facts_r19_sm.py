"""Summary facts of round 19 (engineer sm, issue 18: three wrong facts a clerk found in the summary).

- a figure row whose subject is borrowed from the figure before it says what that figure counts: when it names another
  noun than the row's own ("Tổng số đảng viên … là 120 đồng chí trên tổng số | 310 cán bộ"), the row counts its own noun
  ("Tổng số cán bộ"), and so does a base told after its part ("Đảng bộ … với 65 đảng viên trên tổng số | 75 cán bộ"); a generic noun of people ("120 đồng chí") agrees with the subject that names them;
- a news item is dated the day it was posted (the date under its headline: ``DocStructure.posted``, shown as the
  document's date in the "Tóm tắt" panel and the summary's date line), its meeting the day the item tells;
- a body chosen to head a group of bodies ("bầu Đảng ủy X làm Cụm trưởng") is an assignment, not an election.

Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze
from minutes_app.export.figures import chosen_figures


def rows(text: str) -> list[tuple[str, str]]:
    return [(row.subject, row.value) for row in chosen_figures(analyze(text))[0]]


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("Tổng số đảng viên của Đảng bộ xã là 412 đồng chí trên tổng số 1.530 hội viên các đoàn thể.",
     "Tổng số hội viên các đoàn thể", "1.530 hội viên các đoàn thể"),
    ("Số hộ nghèo của thôn Đông là 38 hộ trên tổng số 1.275 nhân khẩu.", "Tổng số nhân khẩu", "1.275 nhân khẩu"),
    ("Số học sinh của trường năm học này là 640 học sinh, với 37 giáo viên.", "Số giáo viên", "37 giáo viên"),
    # a base told after its part: the total of its own noun, not the body the part was told of
    ("Đảng bộ Trung tâm Y tế huyện có 4 chi bộ với 58 đảng viên trên tổng số 212 cán bộ, nhân viên.",
     "Tổng số cán bộ", "212 cán bộ"),
    ("Chi bộ thôn Nam có 12 hộ nghèo trong tổng số 140 hộ.", "Tổng số hộ", "140 hộ"),
])
def test_a_borrowed_subject_counts_the_row_s_own_noun(sentence, subject, value):
    assert (subject, value) in rows(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # near-misses: a generic noun of people agrees with the subject that names them; the subject's own words stay
    ("Tổng số đảng viên của chi bộ là 45 đồng chí, trong đó 12 đảng viên nữ.",
     ("Tổng số đảng viên của chi bộ", "45 đồng chí, trong đó 12 đảng viên nữ")),
    ("Tổng số hội viên Hội Cựu chiến binh xã là 210 người.", ("Tổng số hội viên Hội Cựu chiến binh xã", "210 người")),
    ("Số đảng viên được miễn sinh hoạt là 6 đảng viên.", ("Số đảng viên được miễn sinh hoạt", "6 đảng viên")),
])
def test_a_subject_that_agrees_stays(sentence, expected):
    assert rows(sentence) == [expected]


NEWS = "Hội nghị sơ kết công tác thi đua của Cụm số 3\n{dateline}Chiều 17/6, Cụm thi đua số 3 tổ chức hội nghị sơ kết " \
       "6 tháng đầu năm 2024. Đồng chí Trần Văn Hòa, Cụm trưởng chủ trì hội nghị.\n"


@pytest.mark.parametrize(("dateline", "posted", "met"), [
    ("18/06/2024\n", "2024-06-18", "2024-06-17"),
    ("20/06/2024 08:15\n", "2024-06-20", "2024-06-17"),
    ("17/06/2024\n", "2024-06-17", "2024-06-17"),
])
def test_a_news_item_is_dated_the_day_it_was_posted(dateline, posted, met):
    s = analyze(NEWS.format(dateline=dateline)).structure
    assert s.genre == "tin_hoi_nghi"
    assert (s.posted.value, s.meeting.date.value) == (posted, met)


def test_a_news_item_without_a_posting_date_takes_its_meeting_s():
    s = analyze(NEWS.format(dateline="").replace("Chiều 17/6", "Chiều 17/6/2024")).structure
    assert s.posted is not None and s.posted.value == s.meeting.date.value == "2024-06-17"


def test_minutes_are_dated_by_their_date_line():
    s = analyze("CHI BỘ THÔN ĐÔNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 18 tháng 6 năm 2024\n\nBIÊN BẢN\nSinh hoạt chi bộ "
                "tháng 6\nHôm nay, ngày 17/6/2024, Chi bộ thôn Đông họp thường kỳ.\n").structure
    assert s.posted is s.header.date


CLUSTER = ("Giao ban Cụm thi đua số 2 quý II\n12/07/2024 10:05\nNgày 11/7, Cụm thi đua số 2 của Đảng ủy Khối tổ chức "
           "hội nghị giao ban quý II năm 2024. {}\nHội nghị kết thúc lúc 11 giờ cùng ngày.\n")


def decisions(sentence: str):
    return [(d.kind, d.subject, d.person) for d in analyze(CLUSTER.format(sentence)).structure.decisions]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị thống nhất bầu Đảng ủy Sở Nội vụ làm Cụm trưởng năm 2025.", ["Đảng ủy Sở Nội vụ làm Cụm trưởng"]),
    ("Các thành viên đã bầu Chi bộ Trường Tiểu học Kim Đồng làm Khối trưởng, Chi bộ Trạm Y tế xã làm Khối phó.",
     ["Chi bộ Trường Tiểu học Kim Đồng làm Khối trưởng", "Chi bộ Trạm Y tế xã làm Khối phó"]),
    ("Hội nghị bầu Ủy ban nhân dân xã Tân Phú làm trưởng cụm thi đua năm 2025.",
     ["Ủy ban nhân dân xã Tân Phú làm trưởng cụm thi đua"]),
])
def test_a_body_chosen_to_head_a_group_is_an_assignment(sentence, expected):
    found = decisions(sentence)
    assert [subject for kind, subject, _ in found if kind == "assignment"] == expected
    assert not [d for d in found if d[0] == "election"]


@pytest.mark.parametrize("sentence", [
    # near-misses: a person elected stays an election; a body given a task, or still to be chosen, is no assignment
    "Hội nghị đã bầu đồng chí Lê Thị Mai, Bí thư Chi bộ Trạm Y tế làm Cụm trưởng.",
    "Hội nghị đã bầu Tổ thư ký làm nhiệm vụ ghi biên bản hội nghị.",
    "Quý tới, các đơn vị sẽ bầu Đảng ủy Sở Nội vụ làm Cụm trưởng.",
])
def test_no_assignment_without_a_body_chosen(sentence):
    assert not [d for d in decisions(sentence) if d[0] == "assignment"]


def test_a_person_elected_is_still_an_election():
    found = decisions("Hội nghị đã bầu đồng chí Lê Thị Mai, Bí thư Chi bộ Trạm Y tế làm Cụm trưởng.")
    assert [(kind, person) for kind, _, person in found] == [("election", "Lê Thị Mai")]
