"""Issue 16, "What it must not do", for shares: an error only where the base is written ("62/80",
"385 trên tổng số 420", "trong đó" with the one whole of its sentence); a base the reader chose is
first checked against every other base in scope a clerk uses (all members though some voted, a
total with a group not rated, a plan rebuilt from the result and what remains, the ballots
returned), silent when one gives the printed share, else a warning naming the assumed whole; a
hedged figure ("hơn", "gần", "trên") is checked as printed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from minutes_app.core.engine import analyze

SHARE_CODES = ("percent-mismatch", "vote-mismatch")


def _shares(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.value) for f in analyze(text).findings
            if f.code in SHARE_CODES and f.severity.value in ("error", "warning")]


# Class 1: shares of ALL the members or deputies although only some voted or were present.
ALL_MEMBERS = (
    "Chi bộ có 32 đảng viên, có mặt 29 đồng chí. Biểu quyết thông qua nghị quyết: 28 đồng chí tán thành, chiếm 87,5%.",
    "Ban Chấp hành có 15 ủy viên, dự họp 13 đồng chí; 12 đồng chí nhất trí, đạt 80%.",
    "HĐND xã có 25 đại biểu, có mặt 23 đại biểu. Kết quả lấy phiếu: đồng chí Chủ tịch UBND xã có 20 phiếu tín nhiệm "
    "cao, chiếm 80%.",
    "HĐND xã có 30 đại biểu; có mặt 27 đại biểu.\n- Số phiếu phát ra: 27 phiếu.\n- Số phiếu hợp lệ: 27 phiếu.\n"
    "1. Đồng chí Lò Văn Pấng: 24 phiếu, đạt 80%;\n2. Đồng chí Vi Thị Nhàn: 21 phiếu, đạt 70%.",
)

# Class 2: a total that includes a group not rated (exempt, newly admitted, not yet assessed).
GROUP_NOT_RATED = (
    "Đảng bộ có 545 đảng viên, trong đó 543 đồng chí được đánh giá, 2 đồng chí miễn đánh giá. Kết quả có 304 đồng "
    "chí hoàn thành tốt nhiệm vụ, chiếm 55,8%.",
    "Toàn huyện có 412 đảng viên; 3 đồng chí mới kết nạp chưa đánh giá. Qua đánh giá, 350 đồng chí hoàn thành tốt "
    "nhiệm vụ (85,6%).",
    "Chi bộ có 40 đảng viên, 4 đồng chí được miễn đánh giá; 30 đồng chí hoàn thành tốt nhiệm vụ, đạt 83,3%.",
)

# Class 3: attainment of a plan rebuilt from the result and what remains.
PLAN_REBUILT = (
    "Kế hoạch vốn năm 2024 là 1.200 tỷ đồng, đến 31/01/2025 giải ngân 1.150 tỷ đồng, đạt 98,31% kế hoạch; còn 19,8 "
    "tỷ đồng chưa giải ngân do điều chỉnh.",
    "Dự toán thu 52 tỷ đồng; thực hiện 49,5 tỷ đồng, đạt 97,1%, còn 1,48 tỷ đồng nợ đọng chưa thu.",
    "Kế hoạch trồng 120 ha rừng, đã trồng 112 ha, đạt 96,6%, còn lại 4 ha chuyển sang năm sau.",
)

# Class 4: hedged figures, consistent as printed.
HEDGED = (
    "Xã có 2.140 hộ, trong đó hơn 1.750 hộ đạt danh hiệu gia đình văn hóa, chiếm 82,2%.",
    "Toàn tỉnh có gần 1.200 chi bộ, trong đó 1.020 chi bộ hoàn thành tốt nhiệm vụ, đạt 85,7%.",
    "Toàn huyện có 420 chi bộ, trong đó 350 chi bộ đạt trong sạch vững mạnh, chiếm gần 84%.",
    "Toàn huyện có 420 chi bộ, trong đó 350 chi bộ đạt trong sạch vững mạnh, chiếm khoảng 83%.",
)

# Class 5: a ratio of units beside the rate of something each unit has.
OWN_MEASURE = (
    "Toàn huyện có 48/52 xã, thị trấn tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 100%.",
    "Có 18/20 chi bộ tỷ lệ đảng viên dự sinh hoạt đạt 95%.",
    "Trong đó có 123/159 xã, phường, thị trấn tỷ lệ cử tri đi bầu đạt 100%.",
)


@pytest.mark.parametrize("text", ALL_MEMBERS + GROUP_NOT_RATED + PLAN_REBUILT + HEDGED + OWN_MEASURE)
def test_a_share_another_base_in_scope_explains_is_silent(text):
    assert _shares(text) == []


@pytest.mark.parametrize("text, flagged", [
    # no base in scope gives 91%: the reader's base named, a warning
    ("Chi bộ có 32 đảng viên, có mặt 29 đồng chí. Biểu quyết thông qua nghị quyết: 28 đồng chí tán thành, chiếm 91%.",
     "91%"),
    # neither 545, nor 543, nor 545 − 2 gives 58,5%: the one assumed is named, a warning
    ("Đảng bộ có 545 đảng viên, trong đó 543 đồng chí được đánh giá, 2 đồng chí miễn đánh giá. Kết quả có 304 đồng "
     "chí hoàn thành tốt nhiệm vụ, chiếm 58,5%.", "58,5%"),
    ("Chi bộ có 40 đảng viên, 4 đồng chí được miễn đánh giá; 30 đồng chí hoàn thành tốt nhiệm vụ, đạt 86,3%.", "86,3%"),
    # a hedged whole ("gần 1.200") whose range cannot give the share: a warning, not an error
    ("Toàn tỉnh có gần 1.200 chi bộ, trong đó 1.020 chi bộ hoàn thành tốt nhiệm vụ, đạt 95,7%.", "95,7%"),
])
def test_an_inferred_base_no_alternative_explains_is_a_warning(text, flagged):
    found = _shares(text)
    assert found and all(severity == "warning" for _, severity in found), found
    assert any(flagged in shown for shown, _ in found), found


def test_levels_short_of_a_hundred_are_a_warning():
    # every level from the top to the bottom short of 100 %: perhaps of a total with some not rated (a sum of shares:
    # sum-mismatch since round 16)
    text = ("Kết quả xếp loại 120 đảng viên: hoàn thành xuất sắc nhiệm vụ 15%, hoàn thành tốt nhiệm vụ 70%, hoàn thành "
            "nhiệm vụ 10%, không hoàn thành nhiệm vụ 2%.")
    found = [(f.text, f.severity.value) for f in analyze(text).findings if f.code == "sum-mismatch"]
    assert found and all(severity == "warning" for _, severity in found), found
    assert any("15%" in shown for shown, _ in found), found
    assert _shares(text) == []


@pytest.mark.parametrize("text, flagged", [
    ("Kết quả có 385 trên tổng số 420 chi bộ hoàn thành tốt nhiệm vụ, chiếm 92,7%.", "92,7%"),
    ("Đoàn đã kiểm tra được 62/80 tổ chức (đạt 75,5%).", "75,5%"),
    ("Có 18/20 chi bộ, tỷ lệ chi bộ đạt 95%.", "95%"),
    ("Tổng kinh phí 1.245 triệu đồng, trong đó từ Quỹ \"Vì người nghèo\" 740 triệu đồng, chiếm 62,4%.", "62,4%"),
    # the one plan of the sentence, what remains not giving the share either
    ("Kế hoạch vốn năm 2024 là 1.200 tỷ đồng, đến 31/01/2025 giải ngân 1.150 tỷ đồng, đạt 97,31% kế hoạch; còn 19,8 "
     "tỷ đồng chưa giải ngân do điều chỉnh.", "97,31"),
    ("Kế hoạch trồng 120 ha rừng, đã trồng 112 ha, đạt 94,6%, còn lại 4 ha chuyển sang năm sau.", "94,6"),
])
def test_a_written_base_keeps_its_error(text, flagged):
    found = _shares(text)
    assert (flagged, "error") in [(shown.strip(), severity) for shown, severity in found] or any(
        flagged in shown and severity == "error" for shown, severity in found), found


def test_a_tin_nhiem_share_of_all_deputies_is_silent_but_of_no_stated_base_warns():
    minutes = ("Trong số 53 đại biểu, có 01 đại biểu vắng mặt có lý do.\n+ Số phiếu hợp lệ: 52\n"
               "+ Số phiếu tín nhiệm cao: 52 phiếu (chiếm 98,11 % tổng số đại biểu HĐND).")
    assert _shares(minutes) == []
    slip = minutes.replace("98,11", "96,11").replace("tổng số đại biểu HĐND", "số phiếu hợp lệ")
    assert _shares(slip) == [("96,11", "error")]  # the base named is the valid ballots: 52/52


# Class 6: distributions of ratings, with a cumulative level ("trở lên") holding another, or levels of those
# rated while the total counts some not rated.
DISTRIBUTIONS = (
    "Xếp loại tổ chức cơ sở đảng: hoàn thành tốt nhiệm vụ trở lên 92%, trong đó hoàn thành xuất sắc nhiệm vụ 21%; "
    "hoàn thành nhiệm vụ 7%; không hoàn thành nhiệm vụ 1%.",
    "Đảng viên hoàn thành tốt nhiệm vụ trở lên chiếm 90,3%, trong đó hoàn thành xuất sắc nhiệm vụ 12,5%; hoàn thành "
    "nhiệm vụ 9,1%; không hoàn thành nhiệm vụ 0,6%.",
    "Kết quả xếp loại 545 đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 100 đồng chí (18,42%);\n- Hoàn thành tốt nhiệm "
    "vụ: 304 đồng chí (55,99%);\n- Hoàn thành nhiệm vụ: 130 đồng chí (23,94%);\n- Không hoàn thành nhiệm vụ: 9 đồng "
    "chí (1,66%);\n- Chưa đánh giá: 2 đồng chí.",
    "Tổng số đảng viên 18 đồng chí, 3 đồng chí miễn đánh giá.\nKết quả xếp loại:\n- Hoàn thành xuất sắc nhiệm vụ: 3 "
    "đồng chí, chiếm 20%;\n- Hoàn thành tốt nhiệm vụ: 11 đồng chí, chiếm 73,3%;\n- Hoàn thành nhiệm vụ: 1 đồng chí, "
    "chiếm 6,7%.",
)


@pytest.mark.parametrize("text", DISTRIBUTIONS)
def test_distributions_on_the_base_the_clerk_chose_are_silent(text):
    assert _shares(text) == []


def test_a_slip_in_a_list_under_a_written_whole_stays_an_error():
    listed = ("Kết quả xếp loại 80 đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 12 đồng chí (15%);\n"
              "- Hoàn thành tốt nhiệm vụ: 55 đồng chí (66,8%);\n- Hoàn thành nhiệm vụ: 13 đồng chí (16,3%).")
    assert ("66,8%", "error") in _shares(listed)


def test_two_siblings_of_a_count_stated_before_them_are_no_share_of_one_another():
    # 90 + 1 = 91: the share is of a total not in sight (95 deputies), not of the 90
    assert _shares("Trong 91 đại biểu tham gia biểu quyết thì có 90 đại biểu tán thành, một đại biểu để phiếu trắng, "
                   "đạt tỷ lệ 94,74%.") == []
    assert _shares("Trong 28 hộ được kiểm tra có 25 hộ đạt chuẩn, 3 hộ chưa đạt, chiếm 89,3%.") == []
    # near-miss: a subset of a subset is a share of it (58 of 143; 51 of 58)
    assert _shares("UBKT các cấp tiếp nhận 143 đơn; số đơn thuộc thẩm quyền 58 đơn, số đơn đã giải quyết là 51, đạt "
                   "tỷ lệ 89,5%.") != []


@pytest.mark.parametrize("text, silent", [
    # levels of those rated, with those rated or those left out named beside the total
    ("Tổng số đảng viên 545 đồng chí, trong đó được đánh giá, xếp loại 543 đồng chí; 2 đồng chí không đánh giá. Kết "
     "quả: hoàn thành xuất sắc nhiệm vụ 82 đồng chí, chiếm 15,05%; hoàn thành tốt nhiệm vụ 304 đồng chí, chiếm "
     "55,78%; hoàn thành nhiệm vụ 150 đồng chí, chiếm 27,52%; không hoàn thành nhiệm vụ 7 đồng chí, chiếm 1,28%.", True),
    ("Chi bộ có 40 đảng viên, 4 đồng chí được miễn đánh giá. Xếp loại: hoàn thành xuất sắc nhiệm vụ 6 đồng chí, hoàn "
     "thành tốt nhiệm vụ 25 đồng chí, hoàn thành nhiệm vụ 5 đồng chí.", True),
    ("Đảng bộ có 126 đảng viên; 118 đồng chí được xếp loại: hoàn thành xuất sắc nhiệm vụ 20 đồng chí, hoàn thành tốt "
     "nhiệm vụ 90 đồng chí, hoàn thành nhiệm vụ 8 đồng chí.", True),
    # near-miss: neither the total, nor those rated, nor the total less the exempt
    ("Chi bộ có 40 đảng viên, 4 đồng chí được miễn đánh giá. Xếp loại: hoàn thành xuất sắc nhiệm vụ 6 đồng chí, hoàn "
     "thành tốt nhiệm vụ 25 đồng chí, hoàn thành nhiệm vụ 3 đồng chí.", False),
])
def test_levels_of_those_rated_are_not_short_of_the_total(text, silent):
    found = [f for f in analyze(text).findings if f.code == "sum-mismatch"]
    assert (found == []) == silent, [(f.text, f.message) for f in found]
    assert all(f.severity.value == "warning" for f in found)


# Class 7: the levels of a rating listed in one sentence with no "gồm" or lead: each share is of those rated (the
# sum of the levels), not of every member stated before, who include some not rated.
LEVELS_OF_THOSE_RATED = (
    "Chi bộ có 40 đảng viên. Qua đánh giá, có 6 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 16,7%; 28 đồng chí hoàn "
    "thành tốt nhiệm vụ, chiếm 77,8%; 2 đồng chí hoàn thành nhiệm vụ.",
    "Năm 2023, Đảng bộ có 215 đảng viên. Kết quả, 31 đảng viên hoàn thành xuất sắc nhiệm vụ, đạt 15,1%; 160 đảng viên "
    "hoàn thành tốt nhiệm vụ, đạt 78%; 14 đảng viên hoàn thành nhiệm vụ.",
    "Toàn xã hiện có 64 đảng viên; trong năm có 9 đồng chí hoàn thành xuất sắc nhiệm vụ (15,5%), 45 đồng chí hoàn "
    "thành tốt nhiệm vụ (77,6%), 4 đồng chí hoàn thành nhiệm vụ (6,9%).",
)


@pytest.mark.parametrize("text", LEVELS_OF_THOSE_RATED)
def test_shares_of_the_levels_listed_in_a_sentence_are_of_their_sum(text):
    assert _shares(text) == []


@pytest.mark.parametrize("text, flagged", [
    # neither the 40 members nor the 36 rated give 75,8 %
    ("Chi bộ có 40 đảng viên. Qua đánh giá, có 6 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 16,7%; 28 đồng chí hoàn "
     "thành tốt nhiệm vụ, chiếm 75,8%; 2 đồng chí hoàn thành nhiệm vụ.", "75,8%"),
    # one level alone: no sum of levels, the members stated before are the base
    ("Năm 2023, Đảng bộ có 215 đảng viên. Kết quả, 160 đảng viên hoàn thành tốt nhiệm vụ, đạt 78%.", "78%"),
    # counts of another class (chi bộ) are no levels of the members rated
    ("Toàn xã hiện có 64 đảng viên; trong năm có 9 đồng chí hoàn thành xuất sắc nhiệm vụ (16,4%), 5 chi bộ hoàn thành "
     "tốt nhiệm vụ.", "16,4%"),
])
def test_a_share_no_sum_of_levels_gives_still_warns(text, flagged):
    found = _shares(text)
    assert any(flagged in shown for shown, _ in found), found
