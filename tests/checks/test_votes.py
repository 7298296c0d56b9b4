"""Votes (domain.md §2-§3): no more votes than voters, percentages that match, and a
resolution approved by more than half of the official members called."""

import pytest

from minutes_app.core.model import Severity
from tests.helpers import SEEDS, findings

CODES = ("vote-mismatch", "resolution-not-passed")

MEETING = (
    "Thành phần:\n"
    "- Tổng số đảng viên: 24 đồng chí (chính thức 21, dự bị 3).\n"
    "- Có mặt: 22 đồng chí (chính thức 19, dự bị 3).\n"
    "- Vắng: 2 đồng chí có lý do.\n\n"
    "Nội dung: thảo luận dự thảo nghị quyết.\n\n"
)


def texts(text, code="vote-mismatch"):
    return [f.text for f in findings(text, code)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # more votes than members present: the whole vote is marked, any count of it may be the slip
        (MEETING + "Biểu quyết: tán thành 20 đồng chí, không tán thành 1, ý kiến khác 2.",
         ["20 đồng chí, không tán thành 1, ý kiến khác 2"]),
        # probationary members counted among the voters
        (MEETING + "Kết quả biểu quyết: 22/22 đồng chí có mặt tán thành (100%).", ["22"]),
        # more votes than the stated base of the vote itself
        ("Tán thành: 14/15 đồng chí; không tán thành: 2 đồng chí.", ["14/15 đồng chí; không tán thành: 2"]),
        # a percentage that no denominator of the meeting gives
        (MEETING + "Tán thành 17 đồng chí, đạt 90,4%; không tán thành 2 đồng chí.", ["90,4%"]),
        # a stated vote base on the vote line itself
        ("Số đảng viên có mặt: 11. Tán thành: 12 đồng chí.", ["12"]),
    ],
)
def test_vote_mismatch_found(text, expected):
    assert texts(text) == expected


def test_vote_message_names_probationary_members():
    (finding,) = findings(MEETING + "Tán thành 21 đồng chí; không tán thành 0.", "vote-mismatch")
    assert "19" in finding.message and "dự bị" in finding.message
    assert finding.severity is Severity.ERROR


@pytest.mark.parametrize(
    "text",
    [
        MEETING + "Biểu quyết: tán thành 19/19 đồng chí đảng viên chính thức có mặt (100%); không tán thành 0; "
        "ý kiến khác 0.",
        MEETING + "Tán thành: 18 đồng chí (94,7%); không tán thành: 1 đồng chí (5,3%).",
        # percentage against the official members called (21): 18/21 = 85,7%
        MEETING + "Có 18 đồng chí tán thành, chiếm 85,7%.",
        # …or against all members, probationary included (24): 18/24 = 75%
        MEETING + "Tán thành 18 đồng chí (75%).",
        MEETING + "Hội nghị nhất trí 100% thông qua nghị quyết.",
        # words shared with votes, but no vote
        "Hội nghị nhất trí với 3 nhóm giải pháp và đồng ý cho 2 đồng chí chuyển sinh hoạt đảng.",
        "Đại biểu tán thành với báo cáo, có 5 ý kiến phát biểu bổ sung.",
        # votes in a report with no attendance block: nothing to compare against
        "Các chi bộ đều biểu quyết 100% tán thành nghị quyết lãnh đạo nhiệm vụ năm.",
    ],
)
def test_vote_silent(text):
    assert texts(text) == []


WORKED = (
    "Tổng số đảng viên: 25 đồng chí, trong đó chính thức 22 (2 đồng chí miễn sinh hoạt), dự bị 3.\n"
    "Có mặt: 19 đồng chí (chính thức 16, dự bị 3).\n"
    "Vắng: 6 đồng chí (miễn sinh hoạt 2, có lý do 3, không lý do 1).\n\n"
    "Nội dung: thông qua nghị quyết tháng.\n\n"
)


def test_resolution_not_passed_on_official_members_present():
    # the vote itself counts official members present: those called can only be more
    (finding,) = findings("Biểu quyết: tán thành 7/14 đảng viên chính thức có mặt; không tán thành 5 đồng chí.",
                          "resolution-not-passed")
    assert finding.text == "7"


def test_resolution_not_passed_despite_comments_with_negations():
    text = (WORKED + "- Tán thành: 10 đồng chí;\n- Không tán thành: 4 đồng chí;\n"
            "- Ý kiến khác: 2 đồng chí (hộ chưa đạt chuẩn thì không được hỗ trợ).")
    assert texts(text, "resolution-not-passed") == ["10"]


def test_resolution_not_passed_worked_example():
    # domain.md §3: 10/16 present approve, 20 official members called → fails (10 ≤ 10)
    (finding,) = findings(WORKED + "Biểu quyết: tán thành 10/16 đồng chí (62,5%), không tán thành 6.",
                          "resolution-not-passed")
    assert finding.text == "10" and "20" in finding.message and "11" in finding.message
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        WORKED + "Biểu quyết: tán thành 16/16 đồng chí có mặt (100%).",
        WORKED + "Biểu quyết: tán thành 11 đồng chí, không tán thành 5 đồng chí.",
        # the minutes already say the proposal failed
        WORKED + "Tán thành 9 đồng chí, không tán thành 7 đồng chí; đề nghị không được thông qua.",
        WORKED + "- Tán thành: 9 đồng chí;\n- Không tán thành: 7 đồng chí.\nNghị quyết chưa được chi bộ thông qua.",
        # no attendance block: the denominator is unknown
        "Biểu quyết: tán thành 7/14 đồng chí có mặt, không tán thành 5 đồng chí.",
        # another body's vote after the chi bộ's attendance block
        WORKED + "Chi ủy họp phân công nhiệm vụ: 1/3 đồng chí tán thành phương án một.",
    ],
)
def test_resolution_silent(text):
    assert texts(text, "resolution-not-passed") == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_silent_on_seeds(seed):
    text = seed.read_text(encoding="utf-8")
    assert [f.code for code in CODES for f in findings(text, code)] == []


# --- the vote reader reads the counts the structure used to re-read on its own ---------------

@pytest.mark.parametrize("text, kind, count", [
    ("Biểu quyết: 15 đồng chí tán thành, 2 đồng chí không tán thành, 1 đồng chí có ý kiến khác.", "other", 1),
    ("Kết quả: 27 ý kiến tán thành, 2 ý kiến khác.", "approve", 27),
    ("Biểu quyết thông qua: 9 đồng chí tán thành, 1 đồng chí có ý kiến không tán thành.", "approve", 9),
    ("Biểu quyết thông qua: 9 đồng chí tán thành, 1 đồng chí có ý kiến không tán thành.", "against", 1),
])
def test_vote_reader_counts_opinions(text, kind, count):
    from minutes_app.core.engine import analyze
    from minutes_app.core.quantities.votes import votes

    found = votes(analyze(text).structure._ctx)
    assert found and found[0].count(kind) == count


def test_two_votes_in_one_paragraph_are_not_merged():
    text = ("Hội nghị biểu quyết Nghị quyết A: 16 ý kiến tán thành, 11 không tán thành, 2 ý kiến khác. "
            "Nghị quyết B được 28/29 đồng chí có mặt tán thành.")
    assert not findings(text, "vote-mismatch")


# --- resolutions: the base read where the minutes give it ------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # the vote's base is the official members by subtraction (total − dự bị), the block's own figure
    ("- Tổng số đảng viên: 20 đồng chí (chính thức 14, dự bị 5).\n- Có mặt: 17 đồng chí.\n"
     "- Nghị quyết tháng 9: tán thành 7/15, không tán thành 6, ý kiến khác 2. Chủ trì kết luận: Nghị quyết "
     "được thông qua.", "7/15"),
    # a committee's members given as the base of those present ("có mặt 5/7 ủy viên")
    ("Hội nghị Ủy ban Kiểm tra có mặt 5/7 ủy viên; đề nghị khiển trách được 3/5 ủy viên có mặt tán thành. "
     "Ủy ban kết luận: thông qua quyết định kỷ luật.", "3/5"),
    ("Phiên họp có mặt 6/9 đồng chí ủy viên; đề án được 4/6 ủy viên có mặt tán thành, được thông qua.", "4/6"),
    # a figure of the report between the meeting's attendance and its vote is not the meeting
    ("Dự hội nghị có 27/31 ủy viên Ban Chấp hành Đảng bộ xã.\nTổng số đảng viên toàn Đảng bộ là 1.215 đồng chí.\n"
     "Hội nghị biểu quyết Nghị quyết: 15 ý kiến tán thành, 10 không tán thành, 2 ý kiến khác; Nghị quyết được "
     "thông qua.", "15 ý kiến"),
])
def test_resolution_not_passed_on_the_base_the_minutes_give(text, flagged):
    assert any(flagged in f.text or f.text in flagged or f.start <= text.index(flagged) < f.end
               for f in findings(text, "resolution-not-passed"))


@pytest.mark.parametrize("text", [
    ("- Tổng số đảng viên: 20 đồng chí (chính thức 14, dự bị 5).\n- Có mặt: 17 đồng chí.\n"
     "- Nghị quyết tháng 9: tán thành 9/15, không tán thành 4, ý kiến khác 2. Chủ trì kết luận: Nghị quyết "
     "được thông qua."),
    ("Hội nghị Ủy ban Kiểm tra có mặt 5/7 ủy viên; đề nghị khiển trách được 4/5 ủy viên có mặt tán thành. "
     "Ủy ban kết luận: thông qua quyết định kỷ luật."),
    ("Dự hội nghị có 27/31 ủy viên Ban Chấp hành Đảng bộ xã.\nTổng số đảng viên toàn Đảng bộ là 1.215 đồng chí.\n"
     "Hội nghị biểu quyết Nghị quyết: 20 ý kiến tán thành, 5 không tán thành, 2 ý kiến khác; Nghị quyết được "
     "thông qua."),
    # "có mặt 15/18 đảng viên": not a committee's members, not taken as the official members called
    ("Chi bộ họp có mặt 15/18 đảng viên; nghị quyết được 9/15 đảng viên có mặt tán thành, được thông qua."),
])
def test_resolution_passed_on_the_base_the_minutes_give(text):
    assert not findings(text, "resolution-not-passed")


@pytest.mark.parametrize("text, passed", [
    ("Ban Chấp hành gồm 31 đồng chí. Dự họp 28 đồng chí. Đề án được 15 đồng chí tán thành, 13 đồng chí không "
     "tán thành; chủ trì kết luận đề án được thông qua.", False),
    ("Ban Chấp hành gồm 31 đồng chí. Dự họp 28 đồng chí. Đề án được 16 đồng chí tán thành, 12 đồng chí không "
     "tán thành; chủ trì kết luận đề án được thông qua.", True),
    ("Chi ủy gồm 5 đồng chí. Có mặt 4 đồng chí. Biểu quyết: 2 đồng chí tán thành, 2 đồng chí không tán thành. "
     "Chi ủy kết luận: thông qua.", False),
    ("Chi ủy gồm 5 đồng chí. Có mặt 4 đồng chí. Biểu quyết: 3 đồng chí tán thành, 1 đồng chí không tán thành. "
     "Chi ủy kết luận: thông qua.", True),
])
def test_the_attendance_opening_the_votes_paragraph_is_its_meeting(text, passed):
    assert bool(findings(text, "resolution-not-passed")) is not passed


@pytest.mark.parametrize("text, named", [
    ("Có mặt 41/41 đại biểu.\nNghị quyết về phân bổ vốn: 39 đại biểu tán thành; 01 đại biểu không tán thành; 03 đại "
     "biểu không biểu quyết.", "41 đại biểu có mặt"),
    ("Có mặt 21 hội viên. Biểu quyết: tán thành 20 hội viên, không tán thành 2 hội viên.", "21 hội viên có mặt"),
    # near-miss of the wording: a Party meeting's "đồng chí" are its members present
    ("Có mặt: 22 đồng chí.\nBiểu quyết: tán thành 20 đồng chí, không tán thành 1, ý kiến khác 2.", "22 đảng viên có mặt"),
])
def test_vote_message_names_the_voters_as_the_vote_counts_them(text, named):
    (finding,) = findings(text, "vote-mismatch")
    assert named in finding.message
