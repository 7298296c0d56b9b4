"""Attendance arithmetic (domain.md §2): counts of one attendance block must add up; correct
blocks, report prose and numbers from different blocks stay silent."""

import pytest

from tests.helpers import SEEDS, findings

CODES = ("attendance-mismatch", "absentee-count-mismatch")


def texts(text, code="attendance-mismatch"):
    return [f.text for f in findings(text, code)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # chính thức + dự bị ≠ tổng số (form lines)
        ("Thành phần:\n- Tổng số đảng viên: 19 đồng chí; chính thức: 15, dự bị: 3.\n"
         "- Có mặt: 19 đồng chí.", ["19"]),
        # có mặt + vắng ≠ tổng số (prose)
        ("Chi bộ có tổng số 41 đảng viên, có mặt 37, vắng 3 (có lý do).", ["37"]),
        # the breakdown of those present
        ("Tổng số đảng viên: 22 đồng chí.\nCó mặt: 20 đồng chí (chính thức 17, dự bị 2).\nVắng: 2 đồng chí.",
         ["20"]),
        # có lý do + không lý do ≠ vắng
        ("Tổng số đảng viên: 12 đồng chí. Có mặt 9 đồng chí. Vắng 3 đồng chí, trong đó có lý do 1, "
         "không lý do 1.", ["3"]),
        # more present than members, nobody said absent
        ("Tổng số đảng viên của chi bộ: 14 đồng chí\nĐảng viên có mặt: 15 đồng chí", ["15"]),
        # có mặt x/y with y not the total
        ("Tổng số đảng viên: 27 đồng chí\nCó mặt: 25/28 đồng chí\nVắng: 2 đồng chí", ["28"]),
        # counts after the label words ("18 đồng chí có mặt")
        ("Chi bộ hiện có tổng số 21 đảng viên; 18 đồng chí có mặt, 2 đồng chí vắng có lý do.", ["18"]),
        # present given per group
        ("Tổng số 20 đảng viên (18 chính thức, 2 dự bị); có mặt 15 đảng viên chính thức và 2 đảng viên "
         "dự bị; vắng 2 đồng chí có lý do.", ["15 đảng viên chính thức và 2"]),
        # one long paragraph: consecutive sentences form the block
        ("Về thành phần dự họp, theo danh sách do văn phòng cung cấp trước khi khai mạc, tổng số đảng viên "
         "của chi bộ gồm 33 đồng chí, trong đó chính thức 30 đồng chí và dự bị 3 đồng chí như đã báo cáo "
         "với đảng ủy cấp trên. Có mặt tại hội trường 29 đồng chí. Vắng 2 đồng chí vì đi công tác dài "
         "ngày ở các tỉnh phía Nam theo sự phân công của cơ quan.", ["29"]),
    ],
)
def test_attendance_mismatch_found(text, expected):
    # the finding opens on the count named and may run on over the counts it adds up
    found = texts(text)
    assert len(found) == len(expected) and all(f.startswith(e) for f, e in zip(found, expected)), found


def test_message_gives_the_sum():
    (finding,) = findings("Tổng số 27 đảng viên, có mặt 25, vắng 3.", "attendance-mismatch")
    assert "25 + vắng 3 = 28" in finding.message and "27" in finding.message
    assert finding.suggestion is None


@pytest.mark.parametrize(
    "text",
    [
        # domain.md §3 worked example: miễn sinh hoạt absent members are outside the count
        "Tổng số đảng viên: 25 đồng chí, trong đó chính thức 22 (2 đồng chí miễn sinh hoạt), dự bị 3.\n"
        "Có mặt: 19 đồng chí (chính thức 16, dự bị 3).\n"
        "Vắng: 6 đồng chí (miễn sinh hoạt 2, có lý do 3, không lý do 1).",
        # exemptions subtracted from the total instead of listed as absent
        "Tổng số đảng viên: 32 đồng chí; chính thức 29, dự bị 3.\nĐảng viên miễn sinh hoạt: 2 đồng chí.\n"
        "Có mặt: 27/30 đồng chí.\nVắng: 3 đồng chí.",
        # temporary members counted in the total
        "Tổng số đảng viên: 20 đồng chí (chính thức 16, dự bị 2, sinh hoạt tạm thời 2).\nCó mặt: 20 đồng chí.",
        # a report: parts that add up, and counts that are not attendance
        "Toàn Đảng bộ có tổng số 1.245 đảng viên, trong đó 1.180 đảng viên chính thức, 65 đảng viên dự bị.",
        "Trong năm kết nạp 20 đảng viên mới, xét công nhận đảng viên chính thức cho 15 đồng chí; "
        "có 2 đảng viên vắng sinh hoạt 3 lần không lý do.",
        "Tổng số 36 tổ chức cơ sở đảng, có mặt đầy đủ đại diện cấp ủy.",
        # two meetings: each block adds up on its own, never mixed
        "Hội nghị lần thứ nhất:\nTổng số đảng viên: 30 đồng chí.\nCó mặt: 28 đồng chí.\nVắng: 2 đồng chí.\n\n"
        "Nội dung thứ nhất: quán triệt nghị quyết.\nÝ kiến thảo luận của các đồng chí.\n\n"
        "Hội nghị lần thứ hai:\nTổng số đảng viên: 31 đồng chí.\nCó mặt: 31 đồng chí.",
        # far-apart counts of different things in one report
        "Chi bộ có 18 đảng viên.\n\nNăm qua tổ chức 12 kỳ sinh hoạt.\n\nLễ kỷ niệm có mặt 120 đại biểu.",
        # the breakdown written after the counts, and present/total per group
        "Chi bộ có tổng số 20 đảng viên (18 chính thức, 2 dự bị); có mặt 16 đảng viên chính thức và "
        "2 đảng viên dự bị; vắng 2 đồng chí có lý do.",
        "Thành phần:\n- Đảng viên chính thức: 16/18 đồng chí (vắng 02 đồng chí có lý do).\n"
        "- Đảng viên dự bị: 2/2 đồng chí.",
        # times and dates inside the block are not counts
        "Thời gian: 14 giờ 00, ngày 12/5/2023. Có mặt: 15 đồng chí. Vắng: 1 đồng chí. Tổng số: 16 đồng chí.",
    ],
)
def test_attendance_silent(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tổng số đảng viên: 15 đồng chí. Có mặt: 12 đồng chí. Vắng: 3 đồng chí (có lý do: đ/c Hoàng, "
         "đ/c Thu).", "3"),
        ("Có mặt: 20 đồng chí.\nVắng có lý do: 2 đồng chí:\n- Đồng chí Nguyễn Quốc Bảo (đi học)\n"
         "- Đồng chí Lý Thị Hạnh (ốm)\n- Đồng chí Đặng Văn Tùng (việc gia đình)", "2"),
        ("Vắng: 3 đồng chí, trong đó có lý do 2 (đồng chí Trịnh Văn Cường đi công tác), không lý do 1.", "2"),
    ],
)
def test_absentee_count_found(text, expected):
    assert texts(text, "absentee-count-mismatch") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Vắng: 2 đồng chí (có lý do: đồng chí Lưu Văn Định đi công tác, đồng chí Tạ Thị Nga ốm).",
        "Vắng có lý do: 2 đồng chí:\n- Đồng chí Mai Văn Sơn\n- Đồng chí Kiều Thị Lan",
        # reasons, not names
        "Vắng: 2 đồng chí (đi công tác, ốm).",
        "Vắng có lý do: 1 đồng chí (Đi học tập trung).",
        # names given only for the excused; the unexcused count has none
        "Vắng: 3 đồng chí; có lý do 2 (đồng chí Hồ Văn Tài, đồng chí Vi Thị Hằng), không lý do 1.",
    ],
)
def test_absentee_count_silent(text):
    assert texts(text, "absentee-count-mismatch") == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_silent_on_seeds(seed):
    text = seed.read_text(encoding="utf-8")
    assert [f.code for code in CODES for f in findings(text, code)] == []


# --- the block reader takes its numbers from the quantity layer ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a ratio written with spaces around "/" is one count over its base
    ("Tổng số đảng viên: 18 đồng chí. Đảng viên chính thức có mặt: 15 / 16 đồng chí, dự bị 2.", []),
    # a clock time in the attendance line is no count
    ("Lúc 14 giờ, chi bộ có 20 đảng viên, có mặt 18 đồng chí, vắng 2 đồng chí.", []),
    ("Chi bộ có 20 đảng viên, có mặt 17 đồng chí lúc 8 giờ, vắng 2 đồng chí.", ["17"]),
    # a percentage is no count
    ("Chi bộ có 20 đảng viên, có mặt 18 đồng chí (90 %), vắng 2 đồng chí.", []),
])
def test_block_numbers_from_the_quantity_layer(text, expected):
    assert [t.split()[0] for t in texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a base after those present and a total of another roll (the whole Đảng bộ) are two rolls
    ("Dự hội nghị có 27/31 ủy viên Ban Chấp hành Đảng bộ xã.\nTổng số đảng viên toàn Đảng bộ là 1.215 đồng chí.", []),
    ("Có mặt 12/13 đồng chí chi ủy viên.\nTổng số đảng viên của Đảng bộ: 486 đồng chí.", []),
    # the same roll miscounted is still caught
    ("Tổng số đảng viên: 33 đồng chí.\nCó mặt: 27/31 đồng chí.", ["31"]),
    ("Tổng số ủy viên Ban Chấp hành: 15 đồng chí.\nCó mặt: 12/13 đồng chí.", ["13"]),
])
def test_a_present_base_against_a_total_of_the_same_roll(text, expected):
    assert [t.split()[0] for t in texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a breakdown in brackets right after its total is the total's, even when it equals those present
    ("Tổng số đảng viên: 26 (chính thức: 22; dự bị: 03). Có mặt: 25.", ["26"]),
    ("Tổng số đảng viên 31 đồng chí (chính thức 27, dự bị 3); có mặt 30 đồng chí; vắng 1 đồng chí.", ["31"]),
    # the reasons in brackets after the absentees are their breakdown, not more absentees
    ("Số đảng viên phải triệu tập: 40; có mặt: 36; vắng: 3 (2 có lý do, 1 không lý do).", ["36"]),
    ("Tổng số đảng viên: 22 đồng chí. Có mặt: 18 đồng chí. Vắng: 3 đồng chí (2 có lý do, 1 không lý do).", ["18"]),
    # near-misses
    ("Tổng số đảng viên: 26 (chính thức: 23; dự bị: 03). Có mặt: 25.", []),
    ("Tổng số đảng viên 30 đồng chí; có mặt 27 đồng chí (chính thức 24, dự bị 3); vắng 3 đồng chí.", []),
    ("Số đảng viên phải triệu tập: 40; có mặt: 37; vắng: 3 (2 có lý do, 1 không lý do).", []),
    ("Tổng số đảng viên: 15 đồng chí. Có mặt: 13 đồng chí. Vắng: 01 đ/c (đi công tác), 01 đ/c không lý do.", []),
])
def test_bracketed_breakdowns_belong_to_their_count(text, expected):
    assert [t.split()[0].rstrip(";,") for t in texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the reason in brackets right after the count does not end the names after it
    ("Tổng số đảng viên 25, có mặt 22, vắng 3 (có lý do): đ/c Ngô Văn Nam, đ/c Bùi Thị Oanh.", ["3"]),
    ("Có mặt 19 đồng chí, vắng 3 đồng chí (có lý do): đồng chí Vương Văn Quý, đồng chí Lò Thị Rạng.", ["3"]),
    ("Tổng số đảng viên 25, có mặt 23, vắng 2 (có lý do): đ/c Ngô Văn Nam, đ/c Bùi Thị Oanh.", []),
    ("Vắng 3 đồng chí (1 không lý do): đồng chí Hà Văn Sang, đồng chí Đào Thị Tâm, đồng chí Cao Văn Út.", []),
])
def test_absentees_named_after_a_bracketed_reason(text, expected):
    assert [t.split()[0] for t in texts(text, "absentee-count-mismatch")] == expected


def test_a_total_after_its_parts_is_marked_over_all_of_them():
    text = "Đảng viên chính thức 19 đồng chí, dự bị 2 đồng chí, tổng cộng 22 đồng chí."
    found = findings(text, "attendance-mismatch")
    assert found and all(f.start < f.end for f in found)
    assert found[0].text.startswith("19") and found[0].text.endswith("22")


@pytest.mark.parametrize("text, expected", [
    # "02 vắng có lý do" inside the list of the absentees is a reason's count, not a second absent count
    ("Tổng số đảng viên: 20 đồng chí. Có mặt: 15 đồng chí.\nVắng 05 đồng chí, gồm: 02 đ/c miễn sinh hoạt, "
     "02 vắng có lý do, 02 vắng không có lý do.", ["05"]),
    ("Tổng số đảng viên: 30 đồng chí. Có mặt: 26 đồng chí.\nVắng 04 đồng chí, gồm: 01 đ/c miễn sinh hoạt, "
     "02 vắng có lý do, 02 vắng không có lý do.", ["04"]),
    ("Tổng số đảng viên: 20 đồng chí. Có mặt: 15 đồng chí.\nVắng 05 đồng chí, gồm: 02 đ/c miễn sinh hoạt, "
     "02 vắng có lý do, 01 vắng không có lý do.", []),
    ("Tổng số đảng viên: 20 đồng chí. Có mặt: 16 đồng chí.\nVắng 04 đồng chí, gồm: 03 vắng có lý do, "
     "01 vắng không có lý do.", []),
])
def test_absent_reasons_listed_after_the_absent_count(text, expected):
    assert [t.split()[0].rstrip(",") for t in texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the chi bộ's member count before a block with no total of its own, exempted members left out or not
    ("Chi bộ có 32 đảng viên (2 đồng chí miễn sinh hoạt). Tham dự 27 đồng chí; vắng 4 đồng chí.", ["27"]),
    ("Chi bộ hiện có 40 đảng viên, trong đó 3 đồng chí miễn sinh hoạt. Dự họp 33 đồng chí, vắng 5 đồng chí có lý do.",
     ["33"]),
    ("Chi bộ có 32 đảng viên (2 đồng chí miễn sinh hoạt). Tham dự 27 đồng chí; vắng 3 đồng chí.", []),
    ("Chi bộ có 32 đảng viên (2 đồng chí miễn sinh hoạt). Tham dự 28 đồng chí; vắng 4 đồng chí.", []),
    ("Chi bộ hiện có 40 đảng viên, trong đó 3 đồng chí miễn sinh hoạt. Dự họp 33 đồng chí, vắng 4 đồng chí có lý do.",
     []),
])
def test_members_before_a_block_without_a_total(text, expected):
    assert [t.split()[0] for t in texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "tổng cộng" labels the total like "tổng số"
    ("Tổng số đảng viên chính thức: 15 đồng chí; dự bị: 3 đồng chí; tổng cộng: 17 đồng chí.", ["17"]),
    ("Đảng viên chính thức: 20 đồng chí; dự bị: 2 đồng chí; tổng cộng 23 đồng chí.", ["23"]),
    ("Tổng số đảng viên chính thức: 15 đồng chí; dự bị: 3 đồng chí; tổng cộng: 18 đồng chí.", []),
])
def test_tong_cong_labels_the_total(text, expected):
    assert [t.split()[0] for t in texts(text)] == expected
