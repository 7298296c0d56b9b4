"""count-mismatch, figure-inconsistent, target-status-mismatch (repeated-word: its examples)."""

import pytest

from minutes_app.core.model import Severity
from tests.helpers import findings, seed_text


def test_count_mismatch_numbered_items():
    text = "Đảng bộ đạt 2 chỉ tiêu gồm: (1) 100% đảng viên học tập; (2) kết nạp 5 đảng viên; (3) không có vi phạm."
    found = findings(text, "count-mismatch")
    assert [(f.text, f.suggestion) for f in found] == [("2 chỉ tiêu", "3 chỉ tiêu")]


def test_count_mismatch_word_number_and_bullets():
    text = "Hội nghị thống nhất ba nội dung sau:\n- Kiện toàn chi ủy;\n- Kết nạp đảng viên;\n- Thu đảng phí;\n- Sơ kết quý."
    found = findings(text, "count-mismatch")
    assert [(f.text, f.suggestion) for f in found] == [("ba nội dung", "bốn nội dung")]


@pytest.mark.parametrize(
    "text",
    [
        "Đạt 4 chỉ tiêu gồm: (1) học tập; (2) thi đua; (3) lao động tiên tiến; (4) văn hóa.",
        "Đảng bộ có 5 Chi bộ trực thuộc bao gồm: Chi bộ A1; Chi bộ Tổng hợp; Chi bộ Nội chính; Chi bộ Hành chính; "
        "Chi bộ Công báo với 65 đảng viên.",
        "Sáp nhập 3 Văn phòng: Văn phòng Đoàn ĐBQH, Văn phòng HĐND tỉnh và Văn phòng UBND tỉnh.",
        "Có 2 ý kiến: đồng chí A nhất trí, đồng chí B đề nghị bổ sung.",  # no markers: unclear, silent
    ],
)
def test_count_mismatch_silent(text):
    assert findings(text, "count-mismatch") == []


def test_figure_inconsistent_same_named_quantity():
    text = ("Hội nghị bầu bổ sung 6 Ủy viên Ban Chấp hành và 2 Ủy viên Ban Thường vụ.\n"
            "Đồng chí Bí thư chúc mừng 6 đồng chí Ủy viên Ban Chấp hành và 03 đồng chí Ủy viên Ban Thường vụ.")
    found = findings(text, "figure-inconsistent")
    assert [(f.text, f.suggestion) for f in found] == [("03", "02")]


def test_figure_inconsistent_silent_on_seed_002_and_common_nouns():
    assert findings(seed_text("002"), "figure-inconsistent") == []
    text = "Có 13 tổ chức cơ sở đảng đạt xuất sắc, 50 tổ chức cơ sở đảng hoàn thành tốt."
    assert findings(text, "figure-inconsistent") == []


def test_target_status_mismatch():
    found = findings("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ vượt chỉ tiêu, đạt 92% (chỉ tiêu 95% trở lên).",
                     "target-status-mismatch")
    assert [f.severity for f in found] == [Severity.ERROR]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện vượt 1 chỉ tiêu là hằng năm, 100% cán bộ đạt danh hiệu (chỉ tiêu Nghị quyết 95% trở lên).",
        "Còn 1 chỉ tiêu chưa đạt là 100% đảng viên hoàn thành tốt nhiệm vụ (năm 2022 đạt 98%).",
        "Phấn đấu kết nạp ít nhất 10 đảng viên mới.",
    ],
)
def test_target_status_silent(text):
    assert findings(text, "target-status-mismatch") == []


def test_attainment_mismatch():
    found = findings("Năm 2023 kết nạp 45 đảng viên mới, đạt 110% chỉ tiêu (chỉ tiêu 40 đảng viên).",
                     "percent-mismatch")
    assert [(f.text, f.suggestion) for f in found] == [("110", "113")]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023 kết nạp 45 đảng viên mới, đạt 112,5% chỉ tiêu (chỉ tiêu 40 đảng viên).",
        "Thu ngân sách 120 tỷ đồng, đạt 96% dự toán.",  # no target figure: nothing to recompute
        "Kiểm tra 62/80 tổ chức (đạt 77,5% kế hoạch năm).",
    ],
)
def test_attainment_silent(text):
    assert findings(text, "percent-mismatch") == []


def test_figure_inconsistent_event_head_count():
    text = ("Hội nghị đã bầu bổ sung 3 đồng chí vào Ban Chấp hành.\n"
            "Thay mặt 4 đồng chí vừa được bầu bổ sung, đồng chí Lê Văn Hòa, Bí thư Chi bộ phát biểu.")
    assert [(f.text, f.suggestion) for f in findings(text, "figure-inconsistent")] == [("4", "3")]


@pytest.mark.parametrize(
    "text",
    [
        # different periods
        "Trong quý, kết nạp 5 đảng viên mới.\nLũy kế từ đầu năm kết nạp 12 đảng viên mới.",
        # a target and a result
        "Nửa nhiệm kỳ kết nạp 4 đảng viên mới (chỉ tiêu cả nhiệm kỳ kết nạp 3 đảng viên mới trở lên).",
        "Phấn đấu kết nạp 40 đảng viên mới.\nNăm 2023 kết nạp 45 đảng viên mới.",
        # totals of different things
        "Trong tổng số 1.012 đảng viên được đánh giá có 958 đồng chí đạt.\nChỉ kết nạp 2 trong tổng số 21 đảng viên mới.",
    ],
)
def test_figure_inconsistent_near_misses(text):
    assert findings(text, "figure-inconsistent") == []


def test_part_exceeds_whole_whole_first():
    text = "Trong tổng số 289 đảng viên được đánh giá, xếp loại, có 298 đảng viên hoàn thành tốt nhiệm vụ."
    assert findings(text, "part-exceeds-whole")
    assert findings(text.replace("298", "258"), "part-exceeds-whole") == []


def test_percent_far_after_its_ratio_when_restated():
    text = "Có 428/465 tổ chức cơ sở đảng hoàn thành việc rà soát, bổ sung quy hoạch cấp ủy, đạt 93,2%."
    assert [f.suggestion for f in findings(text, "percent-mismatch")] == ["92,0%"]
    assert findings(text.replace("93,2%", "92,0%"), "percent-mismatch") == []


@pytest.mark.parametrize(
    "text",
    ["Chi bộ họp tháng 6 với kết quả: (1) tốt; (2) khá; (3) đạt.", "Hội nghị lần thứ 3 gồm: (1) a; (2) b."],
)
def test_count_mismatch_not_on_dates_or_ordinals(text):
    assert findings(text, "count-mismatch") == []


def test_count_mismatch_word_count_then_numbered_lines():
    text = "Chủ tịch giao bốn nhiệm vụ cụ thể như sau:\n1. Sở A rà soát.\n2. Sở B đôn đốc.\n3. Sở C phối hợp.\n4. Huyện D bồi thường.\n5. Kho bạc thanh toán."
    assert [(f.text, f.suggestion) for f in findings(text, "count-mismatch")] == [("bốn nhiệm vụ", "năm nhiệm vụ")]


def test_sum_mismatch_money_and_comparisons():
    text = "Tổng thu ước đạt 812,6 tỷ đồng, gồm: thu nội địa 369,4 tỷ đồng và thu tiền sử dụng đất 433,2 tỷ đồng."
    assert [f.suggestion.startswith("802,6 tỷ đồng, gồm") for f in findings(text, "sum-mismatch")] == [True]
    text = "Đạt 23 giải, gồm 2 giải nhất, 5 giải nhì, 7 giải ba và 9 giải khuyến khích, nhiều hơn năm trước 3 giải."
    assert findings(text, "sum-mismatch") == []


def test_target_in_brackets_after_its_plan():
    text = "Có 4 chỉ tiêu đạt và vượt, gồm: lúa 3.150 ha (kế hoạch 3.100 ha); thu ngân sách 1,42 tỷ đồng, vượt dự toán cả năm (1,5 tỷ đồng)."
    found = findings(text, "target-status-mismatch")
    assert len(found) == 1 and "1,42 tỷ đồng" in found[0].text
    money = "Giải ngân đạt 287,4 tỷ đồng, bằng 41,5% kế hoạch vốn năm 2024 (648,2 tỷ đồng)."
    assert [f.suggestion for f in findings(money, "percent-mismatch")] == ["44,3"]


def test_broken_number_is_not_read_as_its_tail():
    assert findings("Tổng vốn ước 1. 357 tỷ đồng, bằng 43,8% kế hoạch năm (3.100 tỷ đồng).", "percent-mismatch") == []


BALLOTS = """- Số phiếu phát ra: 63 phiếu.
- Số phiếu thu vào: 63 phiếu.
- Số phiếu hợp lệ: 62 phiếu. Số phiếu không hợp lệ: 1 phiếu.
1. Đồng chí Nguyễn Văn An: 61 phiếu, đạt 98,39%;
2. Đồng chí Trần Thị Bình: 50 phiếu, đạt 80,65%."""


def test_ballots_that_add_up_are_silent():
    assert findings(BALLOTS, "vote-mismatch") == []
    assert findings(BALLOTS, "percent-mismatch") == []


def test_ballot_counts_and_shares_of_valid_ballots():
    wrong = BALLOTS.replace("không hợp lệ: 1", "không hợp lệ: 2").replace("80,65%", "79,03%")
    assert [(f.text, f.suggestion) for f in findings(wrong, "vote-mismatch")] == [("2", "1")]
    found = findings(wrong, "percent-mismatch")  # no base the minutes state gives 79,03%: a warning naming the valid ballots
    assert [(f.text, f.suggestion, f.severity.value) for f in found] == [("79,03", "80,65", "warning")]
    named = wrong.replace("đạt 79,03%", "đạt 79,03% số phiếu hợp lệ")  # the base named: an error
    assert [(f.text, f.severity.value) for f in findings(named, "percent-mismatch")] == [("79,03", "error")]


@pytest.mark.parametrize("base, expected", [
    # the valid ballots named after the share, however the quantity layer reads the words to them: an error
    ("số lượng phiếu hợp lệ", [("79,03", "error")]),
    ("so với tổng số phiếu hợp lệ", [("79,03", "error")]),
    ("trên tổng số phiếu bầu hợp lệ", [("79,03", "error")]),
    # near-misses: another count named (nothing to check it against), or none (a warning naming the valid ballots)
    ("tổng số đảng viên", []),
    ("(đạt yêu cầu)", [("79,03", "warning")]),
])
def test_ballot_share_reads_its_named_base(base, expected):
    wrong = BALLOTS.replace("không hợp lệ: 1", "không hợp lệ: 2").replace("80,65%", f"79,03% {base}")
    assert [(f.text, f.severity.value) for f in findings(wrong, "percent-mismatch")] == expected


def test_ballot_shares_of_another_base_the_minutes_state_are_silent():
    # 50/63: of the ballots returned, the invalid one included: the slip QĐ 190 rules out (a warning naming the base)
    assert [(f.text, f.severity.value) for f in findings(BALLOTS.replace("80,65%", "79,37%"), "percent-mismatch")] == [
        ("79,37", "warning")]
    # shares of all the deputies although only the 52 present voted (Nghị quyết 96/2023/QH15)
    tin_nhiem = ("HĐND xã có 30 đại biểu; có mặt 27 đại biểu.\n- Số phiếu phát ra: 27 phiếu.\n- Số phiếu hợp lệ: 27 "
                 "phiếu.\n1. Đồng chí Lò Văn Pấng: 24 phiếu, đạt 80%;\n2. Đồng chí Vi Thị Nhàn: 21 phiếu, đạt 70%.")
    assert findings(tin_nhiem, "percent-mismatch") == []
    # a base named after the share that the text never counts: nothing to check it against
    named = ("- Số phiếu hợp lệ: 41 phiếu.\n- Đồng chí Hà Văn Khải: 38 phiếu tín nhiệm cao (chiếm 88,37% tổng số đại "
             "biểu HĐND).")
    assert findings(named, "percent-mismatch") == []
    # near-miss kept: no base of the minutes gives 75%
    assert [f.text for f in findings(tin_nhiem.replace("đạt 70%", "đạt 75%"), "percent-mismatch")] == ["75"]


def test_dash_lists_may_group_items_but_not_exceed_the_count():
    grouped = "Có 5 ý kiến phát biểu như sau:\n- Đồng chí A: đồng ý.\n- Đồng chí B: bổ sung.\n- Các đồng chí C, D, E: nhất trí."
    assert findings(grouped, "count-mismatch") == []
    numbered_then_heading = "Giao 03 loại việc sau:\n- Rà soát.\n- Tổng hợp.\n- Báo cáo.\n4. Tổ chức thực hiện"
    assert findings(numbered_then_heading, "count-mismatch") == []


@pytest.mark.parametrize("text", ["ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "Họp tại Hội trường Trường THPT Lê Lợi.",
                                  "Đảng ủy Ủy ban nhân dân tỉnh"])
def test_repeated_word_not_where_a_name_begins(text):
    assert findings(text, "repeated-word") == []
