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


@pytest.mark.parametrize("text", [
    "Trung tâm tiếp nhận lần lượt 418, 502 và 577 hồ sơ trong ba tháng, tổng cộng 1.497 hồ sơ.",
    "Đảng bộ mới hợp nhất 3 đảng bộ với 214, 187 và 309 đảng viên; tổng số đảng viên là 710 đồng chí.",
    "Ba đợt tập huấn có lần lượt 45, 52 và 60 học viên, tổng cộng 157 học viên.",
])
def test_a_run_of_numbers_shares_the_noun_after_its_last(text):
    assert findings(text, "sum-mismatch") == [] and findings(text, "part-exceeds-whole") == []


def test_a_run_that_misses_its_total_is_caught():
    assert len(findings("Trung tâm tiếp nhận lần lượt 418, 502 và 577 hồ sơ trong ba tháng, tổng cộng 1.507 hồ sơ.",
                        "sum-mismatch")) == 1


def test_a_road_s_number_is_no_count_of_the_list():
    found = findings("Tai nạn giao thông: 9 vụ, gồm 4 vụ trên QL18, 3 vụ trên ĐT 295 và 3 vụ trên đường liên thôn.",
                     "sum-mismatch")
    assert len(found) == 1 and "4 + 3 + 3" in found[0].message


@pytest.mark.parametrize("text", [
    "Đảng bộ xã mới được thành lập trên cơ sở hợp nhất 3 đảng bộ xã: An Phú (12 chi bộ, 610 đảng viên), An Hòa (9 chi "
    "bộ, 455 đảng viên) và An Lạc (7 chi bộ, 390 đảng viên).",
    "Hợp nhất 2 đảng bộ: Tân Lập (15 chi bộ) và Tân Tiến (11 chi bộ).",
    "Sáp nhập 4 đảng bộ cơ sở: Đảng bộ Công ty A (6 chi bộ), Đảng bộ Công ty B (5 chi bộ), Đảng bộ Công ty C (4 chi bộ) "
    "và Đảng bộ Công ty D (8 chi bộ).",
])
def test_units_of_each_listed_organisation_are_not_parts_of_their_count(text):
    assert findings(text, "part-exceeds-whole") == []


def test_a_list_of_kinds_of_organisation_is_still_summed():
    assert len(findings("Đảng bộ có 38 tổ chức cơ sở đảng, gồm 15 đảng bộ cơ sở và 25 chi bộ cơ sở.", "sum-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Có 2 đồng chí vắng có lý do do đang tham gia lớp bồi dưỡng.",
    "Đồng chí An vắng có lý do do ốm.",
    "Hội nghị vắng 1 đồng chí có lý do do đi công tác.",
])
def test_a_word_closed_by_the_syllable_before_is_not_repeated(text):
    assert findings(text, "repeated-word") == []


def test_a_doubled_word_is_still_caught():
    assert len(findings("Hội nghị đã đã thông qua nghị quyết.", "repeated-word")) == 1


@pytest.mark.parametrize("text", [
    "Trong năm, Tòa án đã giải quyết 2.310 vụ việc.\nSố vụ việc chưa giải quyết chuyển sang năm sau là 215 vụ việc.",
    "Trong năm, Ủy ban đã giải quyết 46 đơn thư.\nSố đơn thư chưa giải quyết là 4 đơn thư.",
    "Trong quý, đã giải quyết 1.204 hồ sơ.\nCòn 37 hồ sơ chưa giải quyết do thiếu thành phần.",
])
def test_what_is_not_yet_done_is_not_what_was_done(text):
    assert findings(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text", [
    "Án hình sự thụ lý 64 vụ, đã giải quyết 60 vụ. Án dân sự thụ lý 311, giải quyết 290 vụ việc.",
    "Đơn khiếu nại tiếp nhận 12 đơn, đã giải quyết 11 đơn. Đơn kiến nghị tiếp nhận 40, đã giải quyết 38 đơn.",
    "Hồ sơ đất đai tiếp nhận 25 hồ sơ, giải quyết 24 hồ sơ; hồ sơ hộ tịch tiếp nhận 300, giải quyết 296 hồ sơ.",
])
def test_a_count_settled_after_its_own_received_is_not_of_an_earlier_one(text):
    assert findings(text, "part-exceeds-whole") == []


def test_more_settled_than_received_is_still_caught():
    assert len(findings("Trong năm tiếp nhận 45 đơn. Đã giải quyết xong 48 đơn.", "part-exceeds-whole")) == 1


@pytest.mark.parametrize("text", [
    "Tòa án nhân dân hai cấp tỉnh giải quyết 3.105 vụ việc trong năm 2025\nTheo báo cáo, trong năm 2025, Tòa án nhân "
    "dân hai cấp đã thụ lý 3.420 vụ việc các loại, giải quyết 3.105 vụ việc, đạt tỷ lệ 90,79%, vượt 2,79 điểm phần trăm "
    "so với chỉ tiêu (88%).\nCụ thể, án hình sự thụ lý 640 vụ/1.020 bị cáo, đã giải quyết 620 vụ/998 bị cáo, đạt 96,88% "
    "số vụ. Các vụ việc dân sự, hôn nhân và gia đình thụ lý 2.500, giải quyết 2.240 vụ việc, đạt 89,6%; trong đó hòa "
    "giải thành 1.300 vụ việc, chiếm 58,04% số đã giải quyết.",
    "Tòa án nhân dân hai cấp huyện giải quyết 1.840 vụ việc trong năm\nTheo báo cáo, trong năm, Tòa án nhân dân hai "
    "cấp đã thụ lý 2.010 vụ việc các loại, giải quyết 1.840 vụ việc, đạt tỷ lệ 91,54%, vượt 3,54 điểm phần trăm so với "
    "chỉ tiêu (88%).\nCụ thể, án hình sự thụ lý 410 vụ/655 bị cáo, đã giải quyết 402 vụ/640 bị cáo, đạt 98,05% số vụ. "
    "Các vụ việc dân sự thụ lý 1.500, giải quyết 1.350 vụ việc, đạt 90%; trong đó hòa giải thành 800 vụ việc, chiếm "
    "59,26% số đã giải quyết.",
    "Trung tâm Phục vụ hành chính công giải quyết 9.320 hồ sơ trong năm 2025\nTheo báo cáo, năm 2025 Trung tâm đã tiếp "
    "nhận 9.500 hồ sơ các loại, giải quyết 9.320 hồ sơ, đạt tỷ lệ 98,11%.\nCụ thể, lĩnh vực hộ tịch tiếp nhận 8.000 hồ "
    "sơ/7.990 công dân, giải quyết 7.900 hồ sơ, đạt 98,75%. Lĩnh vực đất đai tiếp nhận 1.200, giải quyết 1.150 hồ sơ, "
    "đạt 95,83%; trong đó trả kết quả trực tuyến 600 hồ sơ, chiếm 52,17% số đã giải quyết.",
])
def test_a_detail_paragraph_tells_a_kind_not_the_total_again(text):
    """(each fires without restated._DETAIL_OPENS)"""
    assert findings(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text", [
    "Biên chế cán bộ, công chức được giao 42 người, hiện có 39 người, còn thiếu 3 người.\nTổng số cán bộ, công chức "
    "của 3 xã trước sắp xếp là 68 người; còn lại 39 người được bố trí tại xã mới.",
    "Biên chế viên chức được giao 30 người, hiện có 25 người, còn thiếu 5 người.\nTổng số viên chức của hai trường "
    "trước khi sáp nhập là 41 người.",
    "Số công chức được giao 20 người, hiện có 18 người.\nTổng số công chức của các phòng trước khi hợp nhất là 27 người.",
])
def test_a_total_told_anew_is_no_part_of_an_earlier_count(text):
    assert findings(text, "part-exceeds-whole") == []
