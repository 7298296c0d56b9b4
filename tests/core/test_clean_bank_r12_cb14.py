"""False warnings found by the round-12 banks of correct text (tests/clean_bank_r12a, r12b, r12c), fixed at their
mechanisms; the sentences here are our own. Each behaviour: correct text that is silent now, and a near miss that
is still caught."""

import pytest

from minutes_app.core.engine import analyze
from tests.helpers import findings


def _alarms(text: str) -> list[tuple[str, str]]:
    return [(f.severity.value, f.code) for f in analyze(text).findings if f.severity.value in ("error", "warning")]


# 1. A part names a level ("nữ", "nam") only by its own words, up to the next number: "13 cấp ủy viên các cấp và
#    9 đảng viên nữ" is a role and a sex, two subsets of the count, not a split by one classification.
@pytest.mark.parametrize("text", [
    "Năm 2025 kết nạp 46 đảng viên, trong đó có 11 đoàn viên thanh niên và 17 đảng viên nữ.",
    "Chi bộ có 38 đảng viên, trong đó có 6 chi ủy viên và 12 đảng viên nam.",
    "Đại hội có 150 đại biểu, trong đó có 32 đại biểu đương nhiên và 41 đại biểu nữ.",
])
def test_subsets_by_a_role_and_a_sex_are_never_summed(text):
    assert findings(text, "sum-mismatch") == []


@pytest.mark.parametrize("text, severity", [
    ("Đoàn xã có 96 đoàn viên (40 nam, 58 nữ).", "error"),
    ("Hội có 120 hội viên, gồm 50 hội viên nam và 72 hội viên nữ.", "error"),
    ("Năm qua kết nạp 25 đảng viên, trong đó 10 đảng viên nam và 13 đảng viên nữ.", "warning"),
])
def test_both_sexes_still_add_up_to_the_count(text, severity):
    assert [f.severity.value for f in findings(text, "sum-mismatch")] == [severity]


# 2. Two counts named by one body qualified two ways ("công đoàn cấp trên" … "công đoàn cơ sở") are siblings.
@pytest.mark.parametrize("text", [
    "Số đoàn viên được tặng bằng khen công đoàn cấp tỉnh là 6 người; số được công đoàn cơ sở tặng giấy khen là 29 "
    "người.",
    "Số học sinh được nhận học bổng khuyến học cấp huyện là 15 học sinh; số được khuyến học cấp xã trao thưởng là 42 "
    "học sinh.",
    "Số cán bộ được tập huấn nghiệp vụ công đoàn cấp trên là 14 người; số được công đoàn cơ sở tập huấn là 33 người.",
])
def test_counts_named_by_two_levels_of_one_body_are_siblings(text):
    assert findings(text, "part-exceeds-whole") == []


@pytest.mark.parametrize("text", [
    # the same body named the same way: some of the earlier count
    "Số đoàn viên được tặng giấy khen công đoàn cấp trên là 18 người. Trong số đó, số được công đoàn cấp trên khen "
    "đột xuất là 25 người.",
    "Số hội viên được tặng giấy khen công đoàn xã là 9 người; số được công đoàn xã khen đột xuất là 12 người.",
    # the act's own words after its name ("hỗ trợ xây mới") qualify no body: those helped are the 20
    "Xã hỗ trợ xây mới, sửa chữa 20 căn nhà. Trong số nhà được hỗ trợ có 24 nhà của hộ nghèo.",
])
def test_a_count_named_by_the_same_set_still_exceeds_it(text):
    assert len(findings(text, "part-exceeds-whole")) == 1


# 3. Counts tied to another act that split one part ("5 đơn thuộc thẩm quyền; đã giải quyết 3 đơn, 2 đơn đang …")
#    are no further items of the whole before "còn lại".
@pytest.mark.parametrize("text", [
    "Năm qua tiếp nhận 9 đơn, trong đó 5 đơn thuộc thẩm quyền; đã giải quyết 3 đơn, 2 đơn đang giải quyết. 4 đơn còn "
    "lại đã chuyển cơ quan có thẩm quyền.",
    "Trong năm tiếp nhận 10 đơn, trong đó 6 đơn thuộc thẩm quyền, đã giải quyết 4 đơn, 2 đơn còn lại đang giải quyết.",
    "Tổ tiếp nhận 12 hồ sơ, trong đó có 8 hồ sơ đủ điều kiện; đã cấp phép 5 hồ sơ, 3 hồ sơ đang thẩm định. 4 hồ sơ "
    "còn lại chưa đủ điều kiện đã trả lại.",
])
def test_a_split_of_one_part_is_not_added_to_the_rest(text):
    assert findings(text, "sum-mismatch") == []


@pytest.mark.parametrize("text, said", [
    ("Năm qua tiếp nhận 9 đơn, trong đó 5 đơn thuộc thẩm quyền; đã giải quyết 3 đơn, 2 đơn đang giải quyết. 5 đơn "
     "còn lại đã chuyển cơ quan có thẩm quyền.", "9 đơn nêu trước đó − 5 = 4 còn lại"),
    ("Năm qua tiếp nhận 9 đơn, trong đó 5 đơn thuộc thẩm quyền, 2 đơn khiếu nại, 3 đơn còn lại đã chuyển cơ quan có "
     "thẩm quyền.", "9 đơn nêu trước đó − 5 − 2 = 2 còn lại"),
    ("Huyện giao chỉ tiêu thu ngân sách cho 16 xã, thị trấn.\nTrong đó có 4 xã thu đạt trên 60%, 5 xã thu đạt từ 50% "
     "đến 60%, 8 xã còn lại thu dưới 50%.", "16 xã nêu trước đó − 4 − 5 = 7 còn lại"),
])
def test_a_wrong_rest_is_still_found(text, said):
    found = findings(text, "sum-mismatch")
    assert len(found) == 1 and found[0].message.startswith(said)


# 4. Two numbered sections opening with the same words, each telling what its own body did: two records.
HEADER = ("ĐẢNG ỦY XÃ BÌNH AN\nỦY BAN KIỂM TRA\n*\nBÁO CÁO\nkết quả công tác kiểm tra, giám sát năm 2025\n"
          "I. KẾT QUẢ\n1. Công tác giám sát của Đảng ủy\nĐảng ủy xã giám sát chuyên đề 3 chi bộ.\n")


@pytest.mark.parametrize("text", [
    HEADER + "2. Công tác giám sát của Ủy ban Kiểm tra\nTrong năm, giám sát chuyên đề 5 chi bộ và 2 đảng viên.",
    "CHI BỘ THÔN ĐÔNG\n*\nBÁO CÁO\nkết quả công tác năm 2025\n1. Công tác khen thưởng của Đảng ủy\nĐảng ủy khen thưởng "
    "8 đảng viên.\n2. Công tác khen thưởng của chi bộ\nKhen thưởng 3 đảng viên có thành tích xuất sắc.",
    "BÁO CÁO\nkết quả công tác quý III\n1. Công tác phát triển hội viên của Hội Nông dân\nHội Nông dân xã kết nạp 12 "
    "hội viên mới.\n2. Công tác phát triển hội viên của Hội Cựu chiến binh\nTrong quý kết nạp 5 hội viên mới.",
])
def test_sibling_sections_of_two_bodies_are_two_records(text):
    assert findings(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text", [
    HEADER + "II. ĐÁNH GIÁ CHUNG\nTrong năm, giám sát chuyên đề 5 chi bộ và 2 đảng viên.",
    "I. KẾT QUẢ\n1. Công tác khen thưởng của Đảng ủy\nĐảng ủy khen thưởng 8 đảng viên.\n2. Những kết quả nổi bật\n"
    "Khen thưởng 3 đảng viên có thành tích xuất sắc.",
    "I. KẾT QUẢ\n1. Công tác khen thưởng của Đảng ủy\nĐảng ủy khen thưởng 8 đảng viên.\nII. ĐÁNH GIÁ CHUNG\nKhen "
    "thưởng 3 đảng viên có thành tích xuất sắc.",
])
def test_a_figure_told_again_under_another_kind_of_heading_still_warns(text):
    assert len(findings(text, "figure-inconsistent")) == 1


# 5. A share whose clause has a subject of its own that counts nothing ("khối lượng ước đạt 45%") is how far the
#    work on the items has gone, not a share of the count stated before.
@pytest.mark.parametrize("text", [
    "Toàn xã có 5 công trình giao thông; 2 công trình đang thi công, khối lượng ước đạt 70% và 35%.",
    "Năm 2025 có 6 dự án đầu tư công; 3 dự án chuyển tiếp, tiến độ giải ngân đạt 80%.",
    "Năm nay có 7 công trình thủy lợi; 3 công trình đang thi công, khối lượng ước đạt 40%.",
])
def test_a_share_of_a_measure_of_the_items_is_no_share_of_their_count(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "Toàn xã có 5 công trình giao thông; 2 công trình đã hoàn thành, đạt 45%.",
    "Toàn xã có 5 công trình giao thông; 2 công trình đã hoàn thành, tỷ lệ đạt 45%.",
    "Toàn xã có 5 công trình giao thông; 2 công trình đã hoàn thành, chiếm 45%.",
])
def test_a_share_of_the_count_is_still_checked(text):
    assert len(findings(text, "percent-mismatch")) == 1


# 6. A change named by its own words ("giảm 2 người chết") is of the level those words name ("làm chết 3 người"),
#    not of the last count of its noun ("bị thương 6 người").
@pytest.mark.parametrize("text", [
    "Xảy ra 5 vụ cháy, làm chết 1 người, bị thương 4 người. So với cùng kỳ: giảm 2 vụ (28,6%), giảm 1 người chết "
    "(50%), giảm 2 người bị thương (33,3%).",
    "Trong quý xảy ra 9 vụ tai nạn lao động, làm chết 2 người, bị thương 8 người. So với cùng kỳ năm trước, giảm 3 "
    "người chết (60%).",
    "Xảy ra 4 vụ đuối nước làm chết 4 người, bị thương 3 người. So với cùng kỳ, tăng 2 người chết (100%).",
])
def test_a_change_is_of_the_level_its_words_name(text):
    assert findings(text, "derived-mismatch") == []


@pytest.mark.parametrize("text, base", [
    ("Trong quý xảy ra 9 vụ tai nạn lao động, làm chết 2 người, bị thương 8 người. So với cùng kỳ năm trước, giảm 3 "
     "người chết (30%).", "từ 5 "),
    ("Xảy ra 7 vụ tai nạn giao thông, làm chết 3 người, bị thương 6 người. So với cùng kỳ, giảm 2 người bị thương "
     "(40%).", "từ 8 "),
    ("Xảy ra 7 vụ tai nạn giao thông, làm chết 3 người, bị thương 6 người. So với cùng kỳ, giảm 2 người chết (25%).",
     "từ 5 "),
])
def test_a_wrong_rate_of_change_is_still_found_against_its_own_level(text, base):
    found = findings(text, "derived-mismatch")
    assert len(found) == 1 and base in found[0].message


# 7. Minutes that say the approvals fell short of half ("chưa quá một nửa") claim no resolution passed.
@pytest.mark.parametrize("text", [
    "Chi bộ có 15 đảng viên chính thức, có mặt 14 đồng chí.\nBiểu quyết hình thức cảnh cáo: 6/15 đảng viên chính "
    "thức tán thành, chưa quá một nửa.",
    "Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí.\nĐề nghị khai trừ được 7 đồng chí tán thành, không quá "
    "nửa số đảng viên chính thức.",
    "Chi bộ có 21 đảng viên chính thức, có mặt 19 đồng chí.\nBiểu quyết: tán thành 10 đồng chí, chưa đạt quá một nửa.",
])
def test_a_vote_the_minutes_say_fell_short_is_no_finding(text):
    assert _alarms(text) == []


@pytest.mark.parametrize("text", [
    "Chi bộ có 15 đảng viên chính thức, có mặt 14 đồng chí.\nBiểu quyết hình thức cảnh cáo: 6/15 đảng viên chính "
    "thức tán thành.",
    "Chi bộ có 21 đảng viên chính thức, có mặt 19 đồng chí.\nBiểu quyết: tán thành 10 đồng chí, đã quá một nửa.",
    "Chi bộ có 15 đảng viên chính thức, có mặt 13 đồng chí.\nĐề nghị khai trừ được 7 đồng chí tán thành. Nghị quyết "
    "được thông qua.",
])
def test_too_few_approvals_are_still_found(text):
    assert len(findings(text, "resolution-not-passed")) == 1
