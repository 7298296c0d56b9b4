"""False errors found by round 12's fresh authors' banks of correct text (tests/clean_bank_r12a … c) and a real
provincial page, each fixed at its mechanism; the sentences here are our own. Each positive case failed on 79206e2."""

import pytest

from tests.helpers import findings


@pytest.mark.parametrize("text", [
    "Năm 2025 Ủy ban Kiểm tra tiến hành 18 cuộc kiểm tra, vượt 2 cuộc so với kế hoạch (16 cuộc), đạt 112,5%.",
    "Năm 2024 Hội kết nạp 315 hội viên mới, vượt chỉ tiêu 15 hội viên, đạt 105% kế hoạch.",
    "Chi bộ kết nạp 9 đảng viên, vượt kế hoạch 1 đảng viên, đạt 112,5%.",
])
def test_the_excess_over_a_plan_is_neither_result_nor_plan(text):
    """"vượt N (so với kế hoạch)", "vượt chỉ tiêu N": by how much the plan was beaten."""
    assert findings(text, "percent-mismatch") == []


def test_a_result_against_its_plan_is_still_measured_past_the_excess():
    found = findings("Năm 2025 Ủy ban Kiểm tra tiến hành 18 cuộc kiểm tra, vượt 2 cuộc so với kế hoạch (16 cuộc), đạt "
                     "121,5%.", "percent-mismatch")
    assert len(found) == 1 and found[0].suggestion == "112,5"


def test_the_rate_of_an_excess_is_over_the_plan_it_beat():
    assert findings("Kết nạp 27 đảng viên, vượt 3 đảng viên (12,5%) so với kế hoạch.", "percent-mismatch") == []
    found = findings("Kết nạp 27 đảng viên, vượt 3 đảng viên (11,1%) so với kế hoạch.", "percent-mismatch")
    assert len(found) == 1 and "24" in found[0].message


@pytest.mark.parametrize("text", [
    "Toàn tỉnh có 21 chỉ tiêu chủ yếu; đến nay đã đạt và vượt 15 chỉ tiêu (71,4%).",
    "Trong 19 tiêu chí, xã đã hoàn thành và vượt 12 tiêu chí (63,2%), còn 7 tiêu chí đang thực hiện.",
    "Có 10 nhiệm vụ trọng tâm; đã đạt và vượt 8 nhiệm vụ, chiếm 80%.",
])
def test_targets_met_and_beaten_are_a_tally_not_an_excess(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ nộp trực tuyến đạt 81,4%, vượt chỉ tiêu không dưới 75% của tỉnh.",
    "Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 97,3%, đạt chỉ tiêu không thấp hơn 95%.",
    "Tỷ lệ lao động qua đào tạo đạt 72%, hoàn thành chỉ tiêu không dưới 70%.",
])
def test_khong_duoi_is_a_floor(text):
    assert findings(text, "target-status-mismatch") == []


def test_a_floor_not_reached_is_still_caught():
    assert len(findings("Tỷ lệ hồ sơ nộp trực tuyến đạt 68,9%, vượt chỉ tiêu không dưới 75% của tỉnh.",
                        "target-status-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Trong quý, Sở ban hành 4 quyết định công bố thủ tục hành chính, gồm 15 thủ tục mới, 6 thủ tục sửa đổi và 2 thủ "
    "tục bãi bỏ.",
    "UBND xã ban hành 3 kế hoạch nhân rộng mô hình, gồm 5 mô hình chăn nuôi và 4 mô hình trồng trọt.",
    "Hội đồng thẩm định 2 đề án, gồm 9 dự án thành phần và 3 hạng mục phụ trợ.",
])
def test_a_list_of_another_kind_of_item_is_not_the_whole_s_breakdown(text):
    assert findings(text, "sum-mismatch") == [] and findings(text, "part-exceeds-whole") == []


def test_a_list_of_the_whole_s_own_items_is_still_summed():
    assert len(findings("Tiếp nhận 25 vụ việc, gồm 12 vụ tranh chấp đất đai, 9 vụ khiếu nại và 3 vụ tố cáo.",
                        "sum-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Các đảng viên dự bị có mặt (03 đồng chí) không biểu quyết; 21/21 đảng viên chính thức có mặt tán thành.",
    "Đảng viên dự bị có mặt 2 đồng chí không biểu quyết; 14/14 đảng viên chính thức có mặt nhất trí thông qua.",
    "Đồng chí dự bị có mặt (01 đồng chí) chỉ tham gia ý kiến; 11 đảng viên chính thức có mặt đồng ý 11/11.",
])
def test_probationary_members_present_are_not_the_voters(text):
    assert findings(text, "vote-mismatch") == []


def test_more_votes_than_those_present_is_still_caught():
    assert len(findings("Chi bộ có 2 đảng viên dự bị, có mặt 15 đồng chí; tán thành 16 đồng chí.", "vote-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ đúng hạn đạt 98,2% (1.120/1.140 hồ sơ), cao hơn quý trước (96,5%).",
    "Tỷ lệ thu gom rác đạt 91,25% (365/400 tấn), tăng so với năm trước (87,4%).",
    "Tỷ lệ hộ dùng nước sạch đạt 80% (1.600/2.000 hộ), cao hơn cùng kỳ (76,1%).",
])
def test_a_ratio_in_brackets_is_the_share_s_before_it(text):
    assert findings(text, "percent-mismatch") == []


def test_a_ratio_in_brackets_still_checks_its_own_share():
    assert len(findings("Tỷ lệ hồ sơ đúng hạn đạt 96,2% (1.120/1.140 hồ sơ), cao hơn quý trước (95,5%).",
                        "percent-mismatch")) == 1
