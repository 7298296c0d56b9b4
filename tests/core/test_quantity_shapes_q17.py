"""Shapes of round fourteen (q17), each a mechanism seen in two or more blind authors' sets: what is left of a plan
or a total once part of it is done (blind6, blind7, blind9); a target verdict written "so với" the plan or as an
assessment, and a ceiling a resolution "đề ra" ("giảm còn dưới …") with its rate a sentence before (blind5, blind7,
blind9). Sentences of our own."""

from __future__ import annotations

import pytest

from minutes_app.core.model import Severity
from tests.helpers import findings


@pytest.mark.parametrize("text, wrong", [
    ("Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 3 nhà đang thi công.", "3"),
    ("Kế hoạch giao tuyển 40 thanh niên. Xã đã bàn giao 32 thanh niên cho đơn vị nhận quân, số còn lại là 6 thanh "
     "niên sẽ giao trong đợt 2.", "6"),
    ("Tổng số tiền phải thu hồi: 210 triệu đồng; đã thu hồi được 130 triệu đồng, còn phải thu 70 triệu đồng.", "70"),
    ("Trong tổng số 32 hồ sơ tiếp nhận, có 27 hồ sơ đã giải quyết đúng hạn, còn 4 hồ sơ chưa giải quyết.", "4"),
    ("Kế hoạch năm trồng mới 18 ha rừng. Đến 30/9 đã trồng 11 ha (trong đó 3 ha rừng phòng hộ), còn lại 8 ha chưa "
     "trồng do thời tiết.", "8"),
    ("Trong 12 tiêu chí, có 9 tiêu chí đạt chuẩn; còn 2 tiêu chí chưa đạt.", "2"),
])
def test_rest_of_a_whole_is_the_whole_less_the_part_done(text, wrong):
    found = findings(text, "derived-mismatch")
    assert [f.text for f in found] == [wrong]
    assert found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Chỉ tiêu năm 2026 xây dựng 14 nhà tình nghĩa; đến nay đã bàn giao 10 nhà, còn lại 4 nhà đang thi công.",
    "Kế hoạch giao tuyển 40 thanh niên. Xã đã bàn giao 32 thanh niên cho đơn vị nhận quân, số còn lại là 8 thanh niên "
    "sẽ giao trong đợt 2.",
    "Tổng số tiền phải thu hồi: 210 triệu đồng; đã thu hồi được 130 triệu đồng, còn phải thu 80 triệu đồng.",
    # a bare "còn": what is still open, maybe only some of the rest
    "Tổng kinh phí được cấp 420 triệu đồng, đã giải ngân 275 triệu đồng, còn 45 triệu đồng đang đề nghị thanh toán.",
    "Kế hoạch xây 12 nhà. Đã khởi công 9 nhà, còn 2 nhà đang làm thủ tục.",
    # the rest denies another verb than the part done: of those started, not of the plan
    "Kế hoạch xây 12 nhà. Đã khởi công 9 nhà, còn lại 2 nhà chưa hoàn thành.",
    "Trong 12 tiêu chí, có 9 tiêu chí đạt chuẩn; còn 2 tiêu chí chưa hoàn thành hồ sơ.",
    # something added between: no plain difference
    "Tổng dư nợ 150 triệu đồng, đã trả 60 triệu đồng, phát sinh lãi 5 triệu đồng, còn nợ 95 triệu đồng.",
    # no whole named as such before the part
    "Đã khởi công 9 nhà, còn lại 2 nhà chưa khởi công.",
    # another noun
    "Kế hoạch xây 12 nhà văn hóa. Đã khởi công 9 nhà, còn lại 2 phòng học chưa khởi công.",
])
def test_rest_of_a_whole_near_misses(text):
    assert not findings(text, "derived-mismatch")


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ giải quyết trễ hạn là 1,6% (mục tiêu không quá 1%), hoàn thành so với kế hoạch đề ra.",
    "Tỷ lệ lao động qua đào tạo đạt 68,5%, vượt so với chỉ tiêu (70%).",
    "Tỷ lệ trẻ bị thấp còi còn 14,3% (chỉ tiêu: giảm xuống dưới 13,5%), tự đánh giá đạt chỉ tiêu.",
    "Tỷ lệ tham gia BHYT đạt 89,2% (chỉ tiêu: từ 92% trở lên), được đánh giá là hoàn thành chỉ tiêu.",
    "Cuối năm, tỷ lệ lao động thất nghiệp 4,7%. Nghị quyết Đảng bộ đề ra đến năm 2026 tỷ lệ thất nghiệp giảm còn "
    "dưới 4%; như vậy đã hoàn thành chỉ tiêu.",
    "Toàn xã còn 485 hộ nghèo (tỷ lệ hộ nghèo 9,2%). Kế hoạch năm đề ra tỷ lệ hộ nghèo giảm xuống dưới 8%, chỉ tiêu "
    "này đã đạt.",
])
def test_verdict_against_a_ceiling_or_floor(text):
    assert findings(text, "target-status-mismatch")


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ giải quyết trễ hạn là 0,6% (mục tiêu không quá 1%), hoàn thành so với kế hoạch đề ra.",
    "Tỷ lệ lao động qua đào tạo đạt 71,5%, vượt so với chỉ tiêu (70%).",
    "Tỷ lệ thu phí vệ sinh đạt 93,4% (412/441 hộ), vượt so với chỉ tiêu không dưới 90%.",
    "Tỷ lệ trẻ bị thấp còi còn 13,1% (chỉ tiêu: giảm xuống dưới 13,5%), tự đánh giá đạt chỉ tiêu.",
    "Tỷ lệ tham gia BHYT đạt 93,2% (chỉ tiêu: từ 92% trở lên), được đánh giá là hoàn thành chỉ tiêu.",
    "Cuối năm, tỷ lệ lao động thất nghiệp 3,7%. Nghị quyết Đảng bộ đề ra đến năm 2026 tỷ lệ thất nghiệp giảm còn "
    "dưới 4%; như vậy đã hoàn thành chỉ tiêu.",
    # a change against the plan is no verdict
    "Tỷ lệ hộ nghèo 3,4%, tăng 0,2% so với kế hoạch đề ra.",
    # a resolution's aim with no verdict
    "Cuối năm, tỷ lệ lao động thất nghiệp 4,7%. Nghị quyết Đảng bộ đề ra đến năm 2026 tỷ lệ thất nghiệp giảm còn "
    "dưới 4%.",
])
def test_verdict_against_a_ceiling_or_floor_near_misses(text):
    assert not findings(text, "target-status-mismatch")


# A count described at length, or by two verbs ("lớp học tập, bồi dưỡng"), then "gồm:" and its list (blind4, blind9);
# "lớp học tập" is "lớp" + "học tập", not the noun "lớp học".
@pytest.mark.parametrize("text", [
    "Trong năm, Hội tổ chức 4 lớp học tập, bồi dưỡng gồm: lớp nghiệp vụ công tác hội, lớp kỹ năng tuyên truyền, lớp "
    "tin học văn phòng.",
    "Phòng Giáo dục mở 03 lớp tập huấn chuyên môn cho giáo viên các trường mầm non trên địa bàn huyện, gồm:\n"
    "1. Lớp phương pháp dạy học tích cực;\n2. Lớp ứng dụng công nghệ thông tin;\n3. Lớp kỹ năng chăm sóc trẻ;\n"
    "4. Lớp phòng chống bạo lực học đường.",
    "Năm 2025 xã khởi công 5 công trình giao thông nông thôn do nhân dân đóng góp, gồm: công trình đường thôn 1, công "
    "trình đường thôn 3, công trình cầu tràn thôn 5.",
    "Tổ chức 04 lớp tập huấn chuyển giao khoa học kỹ thuật cho hội viên, gồm:\n- Lớp canh tác lúa;\n- Lớp trồng xoài;\n"
    "- Lớp nuôi cá tra.",
])
def test_count_described_at_length_before_its_list(text):
    assert findings(text, "count-mismatch")


@pytest.mark.parametrize("text", [
    "Trong năm, Hội tổ chức 3 lớp học tập, bồi dưỡng gồm: lớp nghiệp vụ công tác hội, lớp kỹ năng tuyên truyền, lớp "
    "tin học văn phòng.",
    "Năm 2025 xã khởi công 3 công trình giao thông nông thôn do nhân dân đóng góp, gồm: công trình đường thôn 1, công "
    "trình đường thôn 3, công trình cầu tràn thôn 5.",
    # items that do not open with the noun: not surely the list of it
    "Trong năm, Hội tổ chức 4 lớp học tập, bồi dưỡng gồm: nghiệp vụ công tác hội, kỹ năng tuyên truyền, tin học văn "
    "phòng.",
    "Xã tổ chức 5 hội nghị chuyên đề về chuyển đổi số, gồm: hội nghị triển khai kế hoạch, tập huấn cho cán bộ thôn và "
    "các buổi tuyên truyền tại nhà văn hóa.",
    # examples ("như")
    "Năm 2025 xã khởi công 5 công trình giao thông nông thôn do nhân dân đóng góp, gồm các công trình như: đường thôn 1, "
    "cầu tràn thôn 5.",
])
def test_count_described_at_length_near_misses(text):
    assert not findings(text, "count-mismatch")


@pytest.mark.parametrize("unit, head", [
    ("lớp học tập, bồi dưỡng", "lớp"),
    ("lớp học tập chuyên đề", "lớp"),
    ("lớp học", "lớp học"),
    ("lớp học xây mới", "lớp học"),
    ("đảng viên mới", "đảng viên"),
])
def test_head_stops_before_a_word_its_last_syllable_opens(unit, head):
    from minutes_app.core.quantities import head_of
    assert head_of(unit)[0] == head


# A part larger than its whole: after "trong đó" when the whole is described at more length or followed by a measure
# of it (blind_quantities, blind6); a subset after a comma and "(đã) có" in the total's own sentence (blind2).
@pytest.mark.parametrize("text, part", [
    ("Toàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 5 người; trong đó 14 vụ do vi phạm nồng độ cồn.", "14 vụ"),
    ("Trong năm, lực lượng kiểm lâm phát hiện 21 vụ vi phạm, thu giữ 14 m3 gỗ; trong đó 23 vụ khai thác rừng trái "
     "phép.", "23 vụ"),
    ("Đảng bộ có 412 đảng viên sinh hoạt tại các chi bộ nông thôn, trong đó 430 đảng viên là nữ.", "430"),
    ("Toàn xã có 2.150 người trong độ tuổi lao động ở các thôn, trong đó 2.300 người có việc làm.", "2.300"),
    ("Xã có 14 thôn, đã có 16 thôn được công nhận đạt chuẩn văn hóa năm 2024.", "16 thôn"),
    ("Trường có 32 lớp, có 35 lớp đạt danh hiệu lớp học thân thiện.", "35 lớp"),
])
def test_part_larger_than_its_whole(text, part):
    found = findings(text, "part-exceeds-whole")
    assert found and found[0].text.startswith(part)


@pytest.mark.parametrize("text", [
    "Toàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 5 người; trong đó 4 vụ do vi phạm nồng độ cồn.",
    # the subset is of the measure's noun, not the count's
    "Toàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 15 người; trong đó 14 người là thanh niên.",
    "Trong năm, lực lượng kiểm lâm phát hiện 21 vụ vi phạm, thu giữ 14 m3 gỗ; trong đó 13 vụ khai thác rừng trái phép.",
    "Toàn xã có 2.150 người trong độ tuổi lao động ở các thôn, trong đó 2.000 người có việc làm.",
    "Xã có 14 thôn, đã có 12 thôn được công nhận đạt chuẩn văn hóa năm 2024.",
    # another noun, or visits rather than members
    "Xã có 320 hộ nghèo, có 350 hộ cận nghèo được hỗ trợ thẻ bảo hiểm y tế.",
    "Chi bộ có 25 đảng viên, có 30 lượt đảng viên tham gia các lớp bồi dưỡng.",
    "Trường có 32 lớp, có 950 học sinh được khám sức khỏe.",
])
def test_part_larger_than_its_whole_near_misses(text):
    assert not findings(text, "part-exceeds-whole")


# The election list's size against the vote table after it, one line a candidate with their votes (blind2, blind9).
_TABLE_PIPES = ("Lê Văn Hòa | 25 phiếu | 89,29%\nTrần Thị Mai | 20 phiếu | 71,43%\nNgô Văn Tư | 9 phiếu | 32,14%\n"
                "Đặng Thị Lan | 4 phiếu | 14,29%")
_TABLE_TABS = ("TT\tHọ và tên\tSố phiếu\tTỷ lệ\n1\tNguyễn Văn An\t40\t95,24%\n2\tLê Thị Bình\t38\t90,48%\n"
               "3\tTrần Văn Cường\t35\t83,33%\n4\tPhạm Thị Dung\t30\t71,43%\n5\tHoàng Văn Em\t25\t59,52%\n"
               "6\tVũ Thị Giang\t12\t28,57%")


@pytest.mark.parametrize("text", [
    "Hội nghị giới thiệu nhân sự; danh sách đề cử gồm 3 người.\nKết quả kiểm phiếu:\n" + _TABLE_PIPES,
    "Đại hội thống nhất bầu Chi ủy 03 đồng chí. Danh sách bầu cử gồm 05 đồng chí, được đại hội biểu quyết thông qua.\n"
    "KẾT QUẢ KIỂM PHIẾU\nSố phiếu phát ra: 28. Số phiếu thu vào: 28.\n" + _TABLE_PIPES,
    "Đại hội thống nhất số lượng Ban Chấp hành là 05 đồng chí; danh sách bầu cử có 07 đồng chí.\n"
    "Số phiếu phát ra: 42; hợp lệ: 42.\n" + _TABLE_TABS,
])
def test_election_list_against_its_vote_table(text):
    found = findings(text, "count-mismatch")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Hội nghị giới thiệu nhân sự; danh sách đề cử gồm 4 người.\nKết quả kiểm phiếu:\n" + _TABLE_PIPES,
    "Đại hội thống nhất số lượng Ban Chấp hành là 05 đồng chí; danh sách bầu cử có 06 đồng chí.\n"
    "Số phiếu phát ra: 42; hợp lệ: 42.\n" + _TABLE_TABS,
    # the table of the elected only
    "Danh sách bầu cử gồm 07 đồng chí. Số phiếu phát ra: 42; hợp lệ: 42.\nCác đồng chí trúng cử Ban Chấp hành:\n"
    + _TABLE_TABS.split("\n", 1)[1],
    # no table after the list
    "Danh sách bầu cử gồm 07 đồng chí.\nĐại hội bầu Ban Kiểm phiếu gồm 3 đồng chí.",
])
def test_election_list_near_misses(text):
    assert not findings(text, "count-mismatch")


# "X, tăng Y, gấp Z lần": the earlier level is X − Y, and Z is X over it (a known real miss: "73.488 con … tăng 64.652
# con, tương đương gấp 8,42 lần", 73.488 ÷ 8.836 = 8,32).
@pytest.mark.parametrize("text, wrong", [
    ("Năm 2025 toàn tỉnh có 412 hợp tác xã, tăng 309 hợp tác xã, gấp 5 lần năm 2020.", "5"),
    ("Trong tháng 7 có 1.250 ca sốt xuất huyết. So với tháng 6, số ca tăng 850 ca, tương đương gấp 4,1 lần.", "4,1"),
    ("Doanh thu du lịch đạt 960 tỷ đồng, tăng 640 tỷ đồng, gấp 4 lần năm trước.", "4"),
])
def test_times_after_a_rise(text, wrong):
    assert [f.text for f in findings(text, "derived-mismatch")] == [wrong]


@pytest.mark.parametrize("text", [
    "Năm 2025 toàn tỉnh có 412 hợp tác xã, tăng 309 hợp tác xã, gấp 4 lần năm 2020.",
    "Trong tháng 7 có 1.250 ca sốt xuất huyết. So với tháng 6, số ca tăng 850 ca, tương đương gấp 3,12 lần.",
    # "gấp 2 lần" read as "twice more": 960 = 320 + 2 × 320
    "Doanh thu du lịch đạt 960 tỷ đồng, tăng 640 tỷ đồng, gấp 2 lần năm trước.",
    # hedged
    "Doanh thu du lịch đạt 960 tỷ đồng, tăng 640 tỷ đồng, gấp gần 4 lần năm trước.",
    # no level of the rise's noun before it
    "Năm 2025 toàn tỉnh có 412 hợp tác xã, số thành viên tăng 309 người, gấp 5 lần năm 2020.",
])
def test_times_after_a_rise_near_misses(text):
    assert not findings(text, "derived-mismatch")


# A candidate's votes and the ballots right after them that did not vote for them are at most the ballots (blind6;
# blind7's levels of a confidence vote are left: read as levels, the shares of several people were summed).
@pytest.mark.parametrize("text", [
    "Số phiếu phát ra 25, số phiếu thu vào 25, tất cả 25 phiếu đều hợp lệ.\n1. Bầu Bí thư chi bộ (danh sách 01 đồng "
    "chí):\nĐ/c Lê Văn Phúc: 24 phiếu, đạt 96,0% so với tổng số phiếu thu vào; 02 phiếu không bầu.",
    "Phiếu phát ra 40, thu vào 40, hợp lệ 40. Đồng chí Nguyễn Văn An được 38 phiếu, 3 phiếu không đồng ý.",
    "Tổng số phiếu thu về 31 phiếu, hợp lệ 31 phiếu. Đồng chí Trần Thị Bình: 29 phiếu (93,55%); 3 phiếu không bầu.",
])
def test_votes_and_refusals_exceed_the_ballots(text):
    assert findings(text, "vote-mismatch")


@pytest.mark.parametrize("text", [
    "Phiếu phát ra 40, thu vào 40, hợp lệ 40. Đồng chí Nguyễn Văn An được 37 phiếu, 3 phiếu không đồng ý.",
    "Tổng số phiếu thu về 31 phiếu, hợp lệ 31 phiếu. Đồng chí Trần Thị Bình: 28 phiếu (90,32%); 3 phiếu không bầu.",
    # the refusals after the second candidate are that candidate's
    "Số phiếu hợp lệ 30. Đồng chí A Lưu: 20 phiếu; đồng chí Lò Văn Mạnh: 18 phiếu; 12 phiếu không bầu.",
])
def test_votes_and_refusals_near_misses(text):
    assert not findings(text, "vote-mismatch")


# A table whose plan cell bounds its result, and a verdict cell the result does not bear (blind6).
_BOUND_HEADER = "Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\n"


@pytest.mark.parametrize("rows", [
    "Tỷ lệ hộ nghèo | dưới 2% | 2,36% | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Tỷ lệ tham gia BHYT | 95% trở lên | 93,4% | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Số vụ tai nạn giao thông | không quá 5 vụ | 7 vụ | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Tỷ lệ trẻ thấp còi | giảm còn 12% | 11,8% | Chưa đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
])
def test_table_verdict_against_a_bound(rows):
    assert findings(_BOUND_HEADER + rows, "target-status-mismatch")


@pytest.mark.parametrize("rows", [
    "Tỷ lệ hộ nghèo | dưới 2% | 1,86% | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Tỷ lệ tham gia BHYT | 95% trở lên | 95,4% | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Số vụ tai nạn giao thông | không quá 5 vụ | 5 vụ | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Tỷ lệ trẻ thấp còi | giảm còn 12% | 12,8% | Chưa đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    # a verdict on the pace, and a rate against a count
    "Tỷ lệ hộ nghèo | dưới 2% | 2,36% | Đạt tiến độ\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
    "Số hộ nghèo | dưới 2% | 36 hộ | Đạt\nThu ngân sách (triệu đồng) | 9.200 | 9.874 | Vượt",
])
def test_table_verdict_against_a_bound_near_misses(rows):
    assert not findings(_BOUND_HEADER + rows, "target-status-mismatch")
