"""Round 15 (issue 16, "read every number as a reviewer does"): mechanisms that recur across authors, each with
sentences of our own in varied wording, and near-misses that must stay silent."""

import pytest

from minutes_app.core.engine import analyze


def _alarms(text: str, code: str) -> list[str]:
    return [f.text for f in analyze(text).findings if f.code == code and f.severity.value in ("error", "warning")]


# A vote table: every candidate's share over one count of the ballots stated above the table (named or not).
VOTE_TABLES = [
    ("Số phiếu phát ra: 52 phiếu; số phiếu thu vào: 52 phiếu; số phiếu hợp lệ: 50 phiếu.\n"
     "Kết quả bầu cử (tỷ lệ tính trên tổng số phiếu thu vào):\n"
     "TT | Họ và tên | Số phiếu | Tỷ lệ\n1 | Hà Văn Cường | 50 | 96,15%\n2 | Lò Thị Mai | 47 | 90,38%\n"
     "3 | Nguyễn Đức Tâm | 44 | 86,62%\n4 | Vi Thị Hoa | 30 | 57,69%", "86,62"),
    ("- Phát ra 27 phiếu, thu về 27 phiếu, hợp lệ 26 phiếu, không hợp lệ 1 phiếu.\n"
     "Số phiếu bầu cho từng đồng chí (tỷ lệ so với số phiếu hợp lệ):\n"
     "Phạm Quang Huy\t25\t96,15%\nTrịnh Thị Nga\t23\t88,46%\nĐặng Văn Lâm\t21\t81,77%\nBùi Thị Thu\t9\t34,62%", "81,77"),
    ("Ban kiểm phiếu báo cáo: số phiếu phát ra 140, số phiếu thu vào 140, số phiếu hợp lệ 138.\n"
     "STT\tHọ và tên\tSố phiếu đạt\tTỷ lệ %\n1\tLê Minh Khang\t131\t94,93%\n2\tVũ Thị Ngọc\t127\t91,30%\n"
     "3\tHoàng Văn Phúc\t120\t86,69%\n4\tTạ Thị Liên\t102\t73,91%\n5\tĐinh Công Bằng\t64\t46,38%", "86,69"),
    ("Tổng số phiếu phát ra là 19, thu vào 19, hợp lệ 19.\nKết quả kiểm phiếu:\n"
     "Trần Văn Hải | 18 phiếu | 94,7%\nLê Thị Thanh | 17 phiếu | 89,5%\nNgô Văn Bảo | 15 phiếu | 79,9%", "79,9"),
]


@pytest.mark.parametrize("text,flagged", VOTE_TABLES)
def test_a_vote_table_row_off_the_common_base_is_flagged(text, flagged):
    assert flagged in _alarms(text, "percent-mismatch")


VOTE_TABLES_SILENT = [
    # every row right
    "Số phiếu phát ra: 52; thu vào: 52; hợp lệ: 50.\nTT | Họ và tên | Số phiếu | Tỷ lệ\n1 | Hà Văn Cường | 50 | 100%\n"
    "2 | Lò Thị Mai | 47 | 94%\n3 | Nguyễn Đức Tâm | 44 | 88%",
    # the rows agree with no count of the ballots (a share of all the delegates called, stated nowhere)
    "Số phiếu phát ra 40, thu vào 40, hợp lệ 39.\nPhạm Quang Huy\t38\t84,44%\nTrịnh Thị Nga\t36\t80,00%\n"
    "Đặng Văn Lâm\t30\t66,67%",
    # two rows only: no common base to read
    "Số phiếu phát ra 40, thu vào 40, hợp lệ 40.\nPhạm Quang Huy\t38\t95%\nTrịnh Thị Nga\t36\t91%",
    # as many rows off the base as on it: the table has no one base
    "Số phiếu phát ra 30, thu vào 30, hợp lệ 30.\nLê Văn A | 27 | 90%\nTrần Văn Bình | 24 | 80%\n"
    "Ngô Thị Cúc | 21 | 71%\nĐỗ Văn Dũng | 18 | 61%",
]


@pytest.mark.parametrize("text", VOTE_TABLES_SILENT)
def test_a_vote_table_without_one_slip_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# A level measured twice: its share of the plan (the plan in a bracket or not), then its growth over a base in a
# bracket; the share between does not end the search for the level the growth measures.
GROWTH_PAST_PLAN_SHARE = [
    ("Thu ngân sách đạt 318,4 tỷ đồng, bằng 56,9% dự toán năm (560 tỷ đồng) và tăng 16,2% so với cùng kỳ "
     "(280,0 tỷ đồng).", "16,2"),
    ("Tổng vốn huy động đạt 1.240 tỷ đồng, đạt 103,3% kế hoạch, tăng 12,5% so với năm 2024 (1.120 tỷ đồng).", "12,5"),
    ("Kết nạp 146 hội viên mới, bằng 97,3% chỉ tiêu (150 hội viên), tăng 21,7% so với cùng kỳ năm trước "
     "(123 hội viên).", "21,7"),
]
GROWTH_PAST_PLAN_SHARE_SILENT = [
    "Kết nạp 146 hội viên mới, bằng 97,3% chỉ tiêu (150 hội viên), tăng 18,7% so với cùng kỳ năm trước (123 hội viên).",
    "Doanh thu đạt 84,6 tỷ đồng, đạt 70,5% dự toán, tăng 10,3% so với cùng kỳ (76,7 tỷ đồng).",
    # a share of another thing between: the growth is not read past it
    "Doanh thu đạt 84,6 tỷ đồng, lợi nhuận chiếm 12,5%, tăng 10,9% so với cùng kỳ (76,7 tỷ đồng).",
]


@pytest.mark.parametrize("text,flagged", GROWTH_PAST_PLAN_SHARE)
def test_a_growth_measures_the_level_before_its_share_of_the_plan(text, flagged):
    assert flagged in _alarms(text, "derived-mismatch")


@pytest.mark.parametrize("text", GROWTH_PAST_PLAN_SHARE_SILENT)
def test_a_right_growth_after_a_share_of_the_plan_is_silent(text):
    assert _alarms(text, "derived-mismatch") == []


# "từ A (a moment) lên B, tăng C": the moment a level is of, in a bracket after it, keeps the two levels one change.
CHANGE_WITH_MOMENT = [
    ("Diện tích rừng trồng tăng từ 2.140 ha (cùng kỳ năm 2024) lên 2.615 ha, tăng 485 ha.", "485"),
    ("Số hộ nghèo giảm từ 412 hộ (đầu năm) xuống còn 335 hộ, giảm 87 hộ.", "87"),
    ("Số đảng viên từ 98 đồng chí (đầu nhiệm kỳ) lên 121 đồng chí, tăng 32 đồng chí.", "32"),
]
CHANGE_WITH_MOMENT_SILENT = [
    "Đàn bò từ 1.250 con (năm 2023) lên 1.410 con, tăng 160 con.",
    "Số hộ nghèo giảm từ 412 hộ (đầu năm) xuống còn 335 hộ, giảm 77 hộ.",
    "Số thuê bao từ 12.400 (tháng 1) lên 13.050 thuê bao, tăng 650 thuê bao.",
]


@pytest.mark.parametrize("text,flagged", CHANGE_WITH_MOMENT)
def test_a_change_between_levels_with_a_bracketed_moment_is_checked(text, flagged):
    assert flagged in _alarms(text, "derived-mismatch")


@pytest.mark.parametrize("text", CHANGE_WITH_MOMENT_SILENT)
def test_a_right_change_between_levels_with_a_bracketed_moment_is_silent(text):
    assert _alarms(text, "derived-mismatch") == []


# A vote of confidence: each ballot rates one official on one of three options, so the options' ballots together are
# at most the ballots; the option may be named before its count or after "phiếu".
CONFIDENCE_VOTES = [
    "Số phiếu phát ra 29, thu về 29; kết quả: tín nhiệm cao 25 phiếu, tín nhiệm 3 phiếu, tín nhiệm thấp 2 phiếu.",
    "Phát ra 31 phiếu, thu về 31 phiếu, hợp lệ 31 phiếu. Đồng chí Chủ tịch UBND xã có 24 phiếu tín nhiệm cao, 6 phiếu "
    "tín nhiệm, 2 phiếu tín nhiệm thấp.",
    "Tổng số phiếu thu về 52 phiếu, hợp lệ 52 phiếu.\n- Tín nhiệm cao: 41 phiếu;\n- Tín nhiệm: 9 phiếu;\n"
    "- Tín nhiệm thấp: 4 phiếu.",
]
CONFIDENCE_VOTES_SILENT = [
    "Số phiếu phát ra 29, thu về 29; kết quả: tín nhiệm cao 24 phiếu, tín nhiệm 3 phiếu, tín nhiệm thấp 2 phiếu.",
    "Phát ra 31 phiếu, thu về 31 phiếu, hợp lệ 31 phiếu. Đồng chí Chủ tịch UBND xã có 24 phiếu tín nhiệm cao, 6 phiếu "
    "tín nhiệm, 1 phiếu tín nhiệm thấp.",
    # two officials rated one after the other: each within the ballots
    "Số phiếu phát ra 40, thu về 40, hợp lệ 40. Đồng chí Lò Văn Tâm: tín nhiệm cao 30 phiếu, tín nhiệm 8 phiếu, tín "
    "nhiệm thấp 2 phiếu; đồng chí Hà Thị Lan: tín nhiệm cao 28 phiếu, tín nhiệm 10 phiếu, tín nhiệm thấp 2 phiếu.",
    # the shares of "tín nhiệm cao" of several officials are no one split of the ballots
    "Kết quả lấy phiếu tín nhiệm: đồng chí Lò Văn Tâm có 21 phiếu tín nhiệm cao (65,6%); đồng chí Hà Thị Lan có 17 "
    "phiếu tín nhiệm cao (53,1%); đồng chí Vi Văn Hùng có 23 phiếu tín nhiệm cao (71,9%).",
]


@pytest.mark.parametrize("text", CONFIDENCE_VOTES)
def test_confidence_vote_options_above_the_ballots_are_flagged(text):
    assert _alarms(text, "vote-mismatch")


@pytest.mark.parametrize("text", CONFIDENCE_VOTES_SILENT)
def test_confidence_vote_options_within_the_ballots_are_silent(text):
    assert [f.code for f in analyze(text).findings if f.severity.value in ("error", "warning")] == []


# A table's column of row labels headed "Chỉ tiêu" is no plan column: the rate is still result over plan.
LABELLED_TABLES = [
    ("TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tThực hiện 9 tháng\tTỷ lệ so với KH (%)\n1\tSản lượng lúa\ttấn\t5.000\t"
     "4.100\t82,0\n2\tNhà văn hóa thôn xây mới\tcái\t8\t6\t80,0\n3\tTrồng cây phân tán\tcây\t2.000\t1.640\t82,0", "80,0"),
    ("STT | Chỉ tiêu | Đơn vị | KH | TH | %\n1 | Thu ngân sách | triệu đồng | 4.200 | 3.906 | 93,0\n"
     "2 | Hộ dùng nước sạch | hộ | 640 | 608 | 95,5\n3 | Đường giao thông | km | 4 | 3,2 | 80,0", "95,5"),
    ("Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)\nKết nạp hội viên | 150 | 126 | 84,0\nThành lập tổ hợp tác | 6 | 5 | "
     "85,3\nMô hình kinh tế | 20 | 17 | 85,0", "85,3"),
]
LABELLED_TABLES_SILENT = [
    "TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tThực hiện 9 tháng\tTỷ lệ so với KH (%)\n1\tSản lượng lúa\ttấn\t5.000\t"
    "4.100\t82,0\n2\tNhà văn hóa thôn xây mới\tcái\t8\t6\t75,0\n3\tTỷ lệ hộ dùng nước sạch\t%\t95\t93,4\t-",
    "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)\nKết nạp hội viên | 150 | 126 | 84,0\nThành lập tổ hợp tác | 6 | 5 | "
    "83,3\nMô hình kinh tế | 20 | 17 | 85,0",
]


@pytest.mark.parametrize("text,flagged", LABELLED_TABLES)
def test_a_label_column_named_chi_tieu_is_no_plan_column(text, flagged):
    assert flagged in _alarms(text, "percent-mismatch")


@pytest.mark.parametrize("text", LABELLED_TABLES_SILENT)
def test_a_right_rate_in_a_labelled_table_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# A count per one ("bình quân 31,2 học sinh/lớp", "năng suất 58,6 tạ/ha") is what it counts over what it is per, the
# two counted in its sentence, in the same unit or another of one measure (1 tấn = 10 tạ).
COUNT_AVERAGES = [
    ("Toàn huyện có 612 nhóm, lớp với 18.426 trẻ, học sinh, bình quân 31,2 học sinh/lớp.", "31,2"),
    ("Diện tích gieo trồng lúa cả năm 7.180 ha; sản lượng 41.380 tấn, năng suất bình quân 58,6 tạ/ha.", "58,6"),
    ("Vụ đông trồng 310 ha ngô, sản lượng đạt 1.643 tấn; năng suất đạt 55 tạ/ha.", "55"),
    ("Đàn bò của 146 hộ chăn nuôi có 803 con, trung bình 6,5 con/hộ.", "6,5"),
]
COUNT_AVERAGES_SILENT = [
    "Toàn huyện có 612 nhóm, lớp với 18.426 trẻ, học sinh, bình quân 30,1 học sinh/lớp.",
    "Diện tích gieo trồng lúa cả năm 7.180 ha; sản lượng 41.380 tấn, năng suất bình quân 57,6 tạ/ha.",
    "Vụ đông trồng 310 ha ngô, sản lượng đạt 1.643 tấn; năng suất đạt 53 tạ/ha.",
    # two counts of what is averaged: which one is meant is unclear
    "Trường có 24 lớp, 812 học sinh và 790 học sinh bán trú, bình quân 36 học sinh/lớp.",
    # what it counts is in a bracket of another count: not read
    "Có 12 thôn (1.346 hộ), bình quân 100 hộ/thôn.",
]


@pytest.mark.parametrize("text,flagged", COUNT_AVERAGES)
def test_a_count_per_one_is_checked_against_its_two_counts(text, flagged):
    assert flagged in _alarms(text, "derived-mismatch")


@pytest.mark.parametrize("text", COUNT_AVERAGES_SILENT)
def test_a_right_or_unclear_count_per_one_is_silent(text):
    assert _alarms(text, "derived-mismatch") == []


# A bracket after a count lists its parts: a number in it the reader took for no count ("THCS 15") is an item still,
# so the parts read are not all of it and are not added up; when every item is read, they are.
BRACKET_LISTS_UNREAD_SILENT = [
    "Toàn huyện có 52 trường (mầm non 18, tiểu học 19, THCS 15) với 612 nhóm, lớp.",
    "Xã có 9 chi hội (Kinh 4, DTTS 3, CCB 2) với 610 hội viên.",
    "Năm học có 36 lớp (khối 6 có 9, khối 7 có 9, THCS 18).",
]
BRACKET_LISTS_READ = [
    ("Toàn huyện có 52 trường (mầm non 18, tiểu học 19, trung học cơ sở 14).", "sum-mismatch"),
    ("Toàn xã có 1.240 hội viên (nam 610, nữ 620, trong đó người cao tuổi 300).", None),
    ("Huyện có 15 trạm y tế (đạt chuẩn 9, chưa đạt chuẩn 5).", "sum-mismatch"),
]


@pytest.mark.parametrize("text", BRACKET_LISTS_UNREAD_SILENT)
def test_a_bracket_list_with_an_unread_number_is_not_added_up(text):
    assert _alarms(text, "sum-mismatch") == []


@pytest.mark.parametrize("text,code", BRACKET_LISTS_READ)
def test_a_bracket_list_read_whole_is_added_up(text, code):
    assert bool(_alarms(text, "sum-mismatch")) == (code is not None)


# "Trong số đảng viên mới kết nạp, …" picks from the count of those admitted, never from the change against another
# period ("tăng 24 đảng viên") nor from that period's level ("(131 đảng viên)").
THOSE_PICKED = [
    ("Năm 2024 kết nạp 42 đảng viên, tăng 6 đảng viên so với năm 2023. Trong số đảng viên mới kết nạp có 45 đồng chí "
     "là đoàn viên.", "45 đồng chí"),
    ("Sáu tháng kết nạp 38 đảng viên, so với cùng kỳ (30 đảng viên) tăng 8 đảng viên. Trong số đảng viên mới được kết "
     "nạp có 41 đồng chí là nữ.", "41 đồng chí"),
]
THOSE_PICKED_SILENT = [
    "Toàn huyện kết nạp được 155 đảng viên; so với cùng kỳ năm 2020 (131 đảng viên) tăng 24 đảng viên, tương đương "
    "18,3%. Trong số đảng viên mới kết nạp có 98 đồng chí dưới 30 tuổi, chiếm 63,2%; 71 đồng chí là nữ, chiếm 45,8%.",
    "Năm 2024 kết nạp 42 đảng viên, tăng 6 đảng viên so với năm 2023. Trong số đảng viên mới kết nạp có 30 đồng chí "
    "là đoàn viên.",
    "Sáu tháng kết nạp 38 đảng viên, giảm 5 đảng viên so với cùng kỳ. Trong số đảng viên mới có 12 đồng chí là nữ.",
]


@pytest.mark.parametrize("text,flagged", THOSE_PICKED)
def test_those_picked_out_of_the_admitted_cannot_exceed_them(text, flagged):
    assert flagged in _alarms(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", THOSE_PICKED_SILENT)
def test_those_picked_out_are_never_of_the_change(text):
    assert _alarms(text, "part-exceeds-whole") == []


# A round's number between a ratio and its share ("đợt 1", "lần 2") says which round, not how many: the share is still
# the ratio's.
ROUND_BETWEEN = [
    ("Chi hội vận động 37/45 hộ nuôi trâu, bò đăng ký tiêm phòng lở mồm long móng đợt 1, đạt 84,2%.", "84,2%"),
    ("Có 28/30 đảng viên dự sinh hoạt chuyên đề lần 2, đạt 96,7%.", "96,7%"),
    ("Đã chi trả cho 112/140 hộ trong đợt 2, đạt 82%.", "82%"),
]
ROUND_BETWEEN_SILENT = [
    "Chi hội vận động 37/45 hộ đăng ký tiêm phòng đợt 1, đạt 82,2%.",
    "Có 28/30 đảng viên dự sinh hoạt chuyên đề lần thứ 2, đạt 93,3%.",
    "Đã chi trả cho 112/140 hộ trong đợt 2, đạt 80%.",
]


@pytest.mark.parametrize("text,flagged", ROUND_BETWEEN)
def test_a_round_number_between_a_ratio_and_its_share_is_no_count(text, flagged):
    assert flagged in _alarms(text, "percent-mismatch")


@pytest.mark.parametrize("text", ROUND_BETWEEN_SILENT)
def test_a_right_share_after_a_round_number_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []


# Bodies announced with a long description (years, a span of years) before the colon of their list: the items that
# open with the noun are counted (a warning).
LONG_COLON_LISTS = [
    ("Đảng ủy đề nghị tặng giấy khen cho 4 chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền (2019 - 2023): Chi bộ thôn "
     "Bắc Sơn, Chi bộ Trường Tiểu học, Chi bộ Công an xã.", "4 chi bộ"),
    ("Có 3 trường được công nhận mới đạt chuẩn quốc gia trong năm học: Trường Mầm non Sơn Ca, Trường Tiểu học Hòa Bình, "
     "Trường THCS Lý Tự Trọng, Trường Tiểu học Quang Trung.", "3 trường"),
    ("Năm 2025 có 5 hợp tác xã được hỗ trợ xây dựng thương hiệu sản phẩm chủ lực năm 2025: Hợp tác xã Tân Tiến, Hợp tác "
     "xã Đồng Tâm, Hợp tác xã Thành Công, Hợp tác xã Hưng Thịnh.", "5 hợp tác xã"),
]
LONG_COLON_LISTS_SILENT = [
    "Đảng ủy đề nghị tặng giấy khen cho 3 chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền (2019 - 2023): Chi bộ thôn "
    "Bắc Sơn, Chi bộ Trường Tiểu học, Chi bộ Công an xã.",
    "Có 4 trường được công nhận mới đạt chuẩn quốc gia trong năm học: Trường Mầm non Sơn Ca, Trường Tiểu học Hòa Bình, "
    "Trường THCS Lý Tự Trọng, Trường Tiểu học Quang Trung.",
    # examples, not the list
    "Có 6 trường được công nhận mới đạt chuẩn quốc gia trong năm học, tiêu biểu như: Trường Mầm non Sơn Ca, Trường "
    "Tiểu học Hòa Bình.",
]


@pytest.mark.parametrize("text,flagged", LONG_COLON_LISTS)
def test_bodies_announced_at_length_before_a_colon_are_counted(text, flagged):
    assert any(found.startswith(flagged) for found in _alarms(text, "count-mismatch"))


@pytest.mark.parametrize("text", LONG_COLON_LISTS_SILENT)
def test_bodies_announced_at_length_right_or_as_examples_are_silent(text):
    assert _alarms(text, "count-mismatch") == []


# What is left of a whole once part of it is done: what was begun ("khởi công") is all that is to be finished, one
# noun written in full once ("12 căn nhà" … "9 căn"); a share taken out with its amount in a bracket ("trích 10%
# (180 triệu đồng)") is a part done.
RESTS = [
    ("Khởi công 12 căn nhà đại đoàn kết; đến ngày 25/9 đã bàn giao 9 căn, còn lại 4 căn đang hoàn thiện.", "4"),
    ("Năm 2025 khởi công 28 công trình giao thông nông thôn, đã hoàn thành 21 công trình, số còn lại 8 công trình "
     "đang thi công.", "8"),
    ("Thu tiền sử dụng đất dự kiến 1.800 triệu đồng; trích 10% (180 triệu đồng) cho công tác đo đạc, còn lại 1.640 "
     "triệu đồng bố trí chi đầu tư.", "1.640"),
    ("Tổng thu đảng phí 6.200.000 đồng, trích nộp cấp trên 30% (1.860.000 đồng), còn lại 4.430.000 đồng để chi hoạt "
     "động.", "4.430.000"),
]
RESTS_SILENT = [
    "Khởi công 12 căn nhà đại đoàn kết; đến ngày 25/9 đã bàn giao 9 căn, còn lại 3 căn đang hoàn thiện.",
    "Thu tiền sử dụng đất dự kiến 1.800 triệu đồng; trích 10% (180 triệu đồng) cho công tác đo đạc, còn lại 1.620 "
    "triệu đồng bố trí chi đầu tư.",
    # a bracket that is no share taken out: not the part done
    "Thu tiền sử dụng đất dự kiến 1.800 triệu đồng (năm trước 1.500 triệu đồng), còn lại 400 triệu đồng chưa thu.",
    # something added between: no plain difference
    "Khởi công 12 căn nhà; đã bàn giao 9 căn, phát sinh thêm 2 căn, còn lại 5 căn đang hoàn thiện.",
]


@pytest.mark.parametrize("text,flagged", RESTS)
def test_what_is_left_is_the_whole_less_what_was_done(text, flagged):
    assert flagged in _alarms(text, "derived-mismatch")


@pytest.mark.parametrize("text", RESTS_SILENT)
def test_a_right_or_unclear_rest_is_silent(text):
    assert _alarms(text, "derived-mismatch") == []


# A share taken out of an amount ("trích nộp cấp trên 30% là …", "được trích giữ lại 50% (…)"): the percentage is the
# rule, the amount what it gives, taken from the amount before the verb (in its sentence or the one before), never from
# what another share taken came to. "cấp trên" is the level above, no bound.
TAKEN_SHARES = [
    ("Chi bộ thu được 4.860.000 đồng; trích nộp cấp trên 30% là 1.485.000 đồng, để lại chi bộ 3.402.000 đồng.",
     "1.485.000"),
    ("Năm 2025, Đảng bộ thu đảng phí 58.420.000 đồng, được trích giữ lại 50% (29.120.000 đồng).", "29.120.000"),
    ("Tổng thu đảng phí quý III là 117.235.000 đồng. Trích giữ lại 90% là 105.511.500 đồng, nộp cấp trên 10% là "
     "11.732.500 đồng.", "11.732.500"),
    ("Quỹ thu được 240 triệu đồng, trích 15%: 38 triệu đồng lập quỹ dự phòng.", "38"),
]
TAKEN_SHARES_SILENT = [
    "Chi bộ thu được 4.860.000 đồng; trích nộp cấp trên 30% là 1.458.000 đồng, để lại chi bộ 3.402.000 đồng.",
    "Tổng thu đảng phí quý III là 117.235.000 đồng (tháng 7: 38.640.000 đồng; tháng 8: 39.115.000 đồng; tháng 9: "
    "39.480.000 đồng). Trích giữ lại 90% là 105.511.500 đồng, nộp cấp trên 10% là 11.723.500 đồng.",
    "Quỹ thu được 240 triệu đồng, trích 15%: 36 triệu đồng lập quỹ dự phòng.",
    # rounded to the thousand: 30% of 4.865.500 is 1.459.650
    "Chi bộ thu được 4.865.500 đồng; trích nộp cấp trên 30% là 1.460.000 đồng.",
]


@pytest.mark.parametrize("text,flagged", TAKEN_SHARES)
def test_a_share_taken_out_gives_its_amount(text, flagged):
    assert flagged in _alarms(text, "percent-mismatch")


@pytest.mark.parametrize("text", TAKEN_SHARES_SILENT)
def test_a_right_share_taken_out_is_silent(text):
    assert _alarms(text, "percent-mismatch") == []
