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
    assert findings("Kết nạp 27 đảng viên, vượt 3 đảng viên (12,5%) so với kế hoạch.", "derived-mismatch") == []
    found = findings("Kết nạp 27 đảng viên, vượt 3 đảng viên (11,1%) so với kế hoạch.", "derived-mismatch")
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


@pytest.mark.parametrize("text", [
    "Hợp tác xã có bốn mươi hai thành viên, trong đó mười lăm thành viên là nữ và chín thành viên là người dân tộc.",
    "Chi bộ có ba mươi hai đảng viên, trong đó năm đảng viên dự bị và bảy đảng viên nữ.",
    "Tổ có hai mươi ba hội viên, trong đó tám hội viên là cựu chiến binh.",
])
def test_the_last_word_of_a_longer_numeral_is_not_a_number(text):
    assert findings(text, "part-exceeds-whole") == []


@pytest.mark.parametrize("text", [
    "Giai đoạn 2021-2025, toàn tỉnh trồng mới 6.480,5 ha rừng tập trung, bình quân 1.296,1 ha/năm, đạt 108,0% mục tiêu "
    "Nghị quyết (6.000 ha).",
    "Cả nhiệm kỳ kết nạp 250 đảng viên, bình quân 50 đảng viên/năm, đạt 125% chỉ tiêu Nghị quyết (200 đảng viên).",
    "Năm 2025 giải ngân 84 tỷ đồng, bình quân 7 tỷ đồng/tháng, đạt 105% kế hoạch (80 tỷ đồng).",
])
def test_an_average_is_not_the_result(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "Tổng số thành viên là 128 người. Có mặt 109 thành viên (trong đó 6 thành viên ủy quyền hợp lệ), chiếm 85,2% tổng "
    "số thành viên.",
    "Kết nạp 12 đảng viên (trong đó 3 nữ), đạt 120% kế hoạch (10 đảng viên).",
    "Chi bộ có 40 đảng viên. Có mặt 36 đồng chí (trong đó 2 đồng chí dự bị), chiếm 90% tổng số đảng viên.",
])
def test_a_count_in_an_aside_after_the_count_is_not_the_share_s_part(text):
    assert findings(text, "percent-mismatch") == []


def test_the_count_before_the_aside_is_still_measured():
    assert len(findings("Kết nạp 12 đảng viên (trong đó 3 nữ), đạt 110% kế hoạch (10 đảng viên).", "percent-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Lũy kế 9 tháng, diện tích cây vụ đông đã triển khai 2.214 ha; còn 636 ha nữa mới hoàn thành kế hoạch năm (2.850 ha).",
    "Đã kết nạp 18 đảng viên; còn 4 đảng viên nữa mới đạt chỉ tiêu năm (22 đảng viên).",
    "Đã thu 9,2 tỷ đồng; còn 0,8 tỷ đồng nữa mới hoàn thành dự toán (10 tỷ đồng).",
])
def test_what_is_left_to_reach_a_plan_is_no_verdict(text):
    assert findings(text, "target-status-mismatch") == []


@pytest.mark.parametrize("text", [
    "Tội phạm về trật tự xã hội giảm 6,41% (292/312 vụ).",
    "Tai nạn giao thông giảm cả 3 tiêu chí: số vụ giảm 11,11% (8/9 vụ), số người chết giảm 20% (4/5 người).",
    "Số vụ cháy tăng 25% (5/4 vụ) so với cùng kỳ.",
])
def test_a_change_with_its_two_levels_in_brackets_is_no_share(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3 cho 64 đồng chí, đối tượng 4 cho 210 đồng chí, tổng cộng "
    "274 đồng chí.",
    "Tập huấn nhóm 1 cho 35 học viên, nhóm 2 cho 40 học viên, tổng cộng 75 học viên.",
    "Cấp phát tài liệu loại 2 cho 120 hộ, loại 3 cho 80 hộ, tổng cộng 200 hộ.",
])
def test_a_number_naming_the_group_of_the_count_after_it_is_no_count(text):
    assert findings(text, "sum-mismatch") == []


def test_a_total_of_groups_that_misses_is_still_caught():
    assert len(findings("Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3 cho 64 đồng chí, đối tượng 4 cho 210 đồng "
                        "chí, tổng cộng 284 đồng chí.", "sum-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Kích hoạt 8.934 tài khoản định danh điện tử mức độ 2, đạt 103,88% chỉ tiêu được giao (8.600 tài khoản).",
    "Cung cấp 412 dịch vụ công trực tuyến mức độ 4, đạt 103% kế hoạch (400 dịch vụ).",
    "Có 96 hồ sơ được xử lý ở mức độ 3, đạt 96% kế hoạch (100 hồ sơ).",
])
def test_a_level_named_by_a_number_is_no_result(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "Chỉ tiêu năm 2026 là 38 công dân (Quân đội 34, Công an 4), tăng 3 công dân (8,57%) so với năm 2025.",
    "Kế hoạch năm nay là 45 đảng viên, tăng 5 đảng viên (12,5%) so với năm trước.",
    "Chỉ tiêu giao quân là 21 công dân, giảm 3 công dân (12,5%) so với năm 2025.",
])
def test_the_rate_of_a_change_is_not_a_result_over_the_plan(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "- Tạm hoãn gọi nhập ngũ 389 công dân.\n- Miễn gọi nhập ngũ 26 công dân.",
    "Gọi nhập ngũ 45 công dân.\nTạm hoãn gọi nhập ngũ 120 công dân.",
    "Đã giải ngân 12 tỷ đồng.\nChưa giải ngân 3 tỷ đồng.",
])
def test_an_act_waived_or_undone_is_another_act(text):
    assert findings(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text", [
    "Huấn luyện dân quân cơ động 12 ngày, dân quân tại chỗ 7 ngày, từ ngày 03/3 đến ngày 20/4/2025.",
    "Tập huấn cán bộ 2 ngày, từ ngày 10/6 đến ngày 30/6/2025, chia làm nhiều lớp.",
    "Mỗi thôn tổ chức 1 ngày, từ ngày 05/8 đến ngày 15/8/2025.",
])
def test_days_within_a_period_are_not_its_length(text):
    assert findings(text, "figure-inconsistent") == []


def test_a_length_given_with_its_dates_is_still_checked():
    assert len(findings("Lớp học diễn ra trong 3 ngày, từ ngày 14 đến ngày 17/5/2025.", "figure-inconsistent")) == 1


@pytest.mark.parametrize("text", [
    "Xã phát lệnh gọi 797 công dân sơ tuyển sức khỏe.",
    "Thực hiện dồn điền, đổi thửa được 320 ha.",
    "Vận động nhân dân dồn điền đổi thửa gắn với xây dựng cánh đồng lớn.",
])
def test_administrative_words_are_words(text):
    assert findings(text, "real-word") == []


@pytest.mark.parametrize("text", [
    "Sơ tuyển có mặt 902/925 công dân, đạt 97,51%. Khám chính thức: gọi 160 công dân, có mặt 158 công dân (98,75%), đủ "
    "sức khỏe 121 công dân, chiếm 76,58% số công dân được khám.",
    "Dự kiểm tra 438/452 đảng viên, đạt 96,9%. Vòng hai: gọi 80 đảng viên, có mặt 75 đồng chí, đạt yêu cầu 60 đồng chí, "
    "chiếm 80% số đảng viên dự vòng hai.",
    "Tham gia khảo sát 540/600 hộ, đạt 90%. Đợt bổ sung: mời 50 hộ, có mặt 40 hộ, hài lòng 36 hộ, chiếm 90% số hộ "
    "tham gia đợt bổ sung.",
])
def test_a_ratio_of_another_sentence_is_one_reading_of_a_share_s_base(text):
    """A share whose whole the reader took from an earlier ratio is consistent when a count nearer explains it."""
    assert findings(text, "percent-mismatch") == []


def test_a_share_no_count_explains_is_still_questioned():
    assert len(findings("Sơ tuyển có mặt 902/925 công dân, đạt 97,51%. Khám chính thức: gọi 160 công dân, có mặt 158 "
                        "công dân (98,75%), đủ sức khỏe 121 công dân, chiếm 78,58% số công dân được khám.",
                        "percent-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Tổng số đảng viên là 214; có mặt 207 đồng chí, vắng có lý do 5, vắng không lý do 2.",
    "Tổng số đảng viên 30 đồng chí; có mặt 26, vắng có lý do 3 đồng chí, vắng không lý do 1 đồng chí.",
    "Chi bộ có 18 đảng viên; dự họp 15 đồng chí, vắng không lý do 1, vắng có lý do 2.",
])
def test_absent_with_and_without_reason_are_two_counts(text):
    assert findings(text, "attendance-mismatch") == []


def test_absent_counts_that_miss_the_total_are_still_caught():
    assert len(findings("Tổng số đảng viên 30 đồng chí; có mặt 26, vắng có lý do 3 đồng chí, vắng không lý do 2 đồng "
                        "chí.", "attendance-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Năm 2025 có 186 mô hình được công nhận, gồm 112 mô hình tập thể và 74 mô hình cá nhân; tăng 28 mô hình (17,72%) "
    "so với năm 2024 (158 mô hình).",
    "Đã có 28 mô hình được công nhận; so với cùng kỳ năm 2024 (23 mô hình) tăng 5 mô hình, tương ứng 21,74%.",
    "Kết nạp 45 đảng viên, gồm 30 nam và 15 nữ; tăng 9 đảng viên (25%) so với năm trước (36 đảng viên).",
])
def test_a_change_s_rate_is_over_the_level_it_names(text):
    assert findings(text, "derived-mismatch") == []


def test_a_change_s_rate_off_its_named_level_is_caught():
    assert len(findings("Năm 2025 có 186 mô hình được công nhận; tăng 28 mô hình (18,72%) so với năm 2024 (158 mô hình).",
                        "derived-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Đảng viên được đánh giá: 1.104 đồng chí; hoàn thành tốt nhiệm vụ trở lên 987 đồng chí (89,40%), trong đó hoàn "
    "thành xuất sắc nhiệm vụ 163 đồng chí (14,76%).",
    "Tổ chức đảng được đánh giá: 60; hoàn thành tốt nhiệm vụ trở lên 54 (90%), trong đó hoàn thành xuất sắc 12 (20%).",
    "Hội viên được đánh giá: 250 người; đạt loại khá trở lên 210 người (84%), trong đó loại tốt 75 người (30%).",
])
def test_a_nested_level_s_share_may_be_of_all_rated(text):
    assert findings(text, "percent-mismatch") == []


@pytest.mark.parametrize("text", [
    "Toàn tỉnh có 2.596 thủ tục hành chính, trong đó 1.823 thủ tục được cung cấp dịch vụ công trực tuyến (70,22%), gồm "
    "1.248 thủ tục toàn trình và 575 thủ tục một phần.",
    "Xã có 120 hộ nghèo, trong đó 80 hộ được hỗ trợ nhà ở (66,67%), gồm 50 hộ xây mới và 30 hộ sửa chữa.",
    "Toàn huyện có 40 trường, trong đó 28 trường đạt chuẩn quốc gia (70%), gồm 20 trường mức 1 và 8 trường mức 2.",
])
def test_a_list_of_a_part_after_its_share_is_the_part_s(text):
    assert findings(text, "sum-mismatch") == []


@pytest.mark.parametrize("text", [
    "35 cuộc thanh tra đã được triển khai so với 38 cuộc theo kế hoạch, chưa đạt kế hoạch (còn 3 cuộc).",
    "Đã triển khai 35/38 cuộc thanh tra theo kế hoạch, chưa đạt kế hoạch (còn 3 cuộc).",
    "Kết nạp 18 đảng viên so với 20 đảng viên theo chỉ tiêu, chưa đạt chỉ tiêu (thiếu 2 đảng viên).",
])
def test_what_is_left_in_brackets_is_not_the_plan(text):
    assert findings(text, "target-status-mismatch") == []


@pytest.mark.parametrize("text", [
    "Giảm tỷ lệ hộ nghèo đạt kế hoạch; tỷ lệ gia đình văn hóa đạt 480/662 hộ chiếm 72,5% đạt 96% kế hoạch.",
    "Thu ngân sách đạt dự toán; vốn đầu tư công giải ngân 46 tỷ đồng, đạt 92% kế hoạch.",
    "Công tác tuyển quân đạt chỉ tiêu; tỷ lệ hộ dùng nước sạch đạt 88%, đạt 97,8% kế hoạch.",
])
def test_a_verdict_of_its_own_clause_does_not_lead_the_next(text):
    assert findings(text, "target-status-mismatch") == []


def test_a_verdict_leading_across_a_colon_still_applies():
    assert len(findings("Hoàn thành kế hoạch: thu ngân sách 12 tỷ đồng, đạt 96% kế hoạch.", "target-status-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Tổng số 554 lượt tiếp công dân gồm 423 lượt tiếp thường xuyên, 110 lượt tiếp định kỳ và 21 lượt tiếp đột xuất; "
    "trong số lượt tiếp định kỳ, Chủ tịch UBND trực tiếp tiếp 86 lượt.",
    "Xã tiếp nhận 45 đơn khiếu nại và 12 đơn tố cáo; trong số đơn khiếu nại, đã giải quyết 40 đơn.",
    "Có 60 hộ nghèo và 25 hộ cận nghèo; trong số hộ nghèo, 48 hộ được vay vốn.",
])
def test_in_those_named_takes_the_count_those_words_follow(text):
    assert findings(text, "part-exceeds-whole") == [] and findings(text, "repeated-word") == []


def test_more_than_those_named_is_still_caught():
    assert len(findings("Tổng số 554 lượt tiếp công dân gồm 423 lượt tiếp thường xuyên, 110 lượt tiếp định kỳ và 21 lượt "
                        "tiếp đột xuất; trong số lượt tiếp định kỳ, Chủ tịch UBND trực tiếp tiếp 116 lượt.",
                        "part-exceeds-whole")) == 1


@pytest.mark.parametrize("text", [
    "Ban Thường trực Ủy ban MTTQ xã chủ trì 9 cuộc giám sát.\nBan Thanh tra nhân dân xã thực hiện 6 cuộc giám sát.",
    "Mặt trận xã chủ trì 4 cuộc giám sát.\nBan Giám sát đầu tư của cộng đồng giám sát 7 công trình.\nBan Thanh tra nhân "
    "dân giám sát 3 cuộc.",
    "Ban Thanh tra nhân dân phường thực hiện 5 cuộc giám sát.\nỦy ban MTTQ phường chủ trì 8 cuộc giám sát.",
])
def test_the_people_s_inspection_board_is_a_body_of_its_own(text):
    assert findings(text, "figure-inconsistent") == []


@pytest.mark.parametrize("text", [
    "T/M ĐẢNG ỦY\nBÍ THƯ\nK' Brếu",
    "Đồng chí K'Brếu phát biểu ý kiến.",
    "Tham dự có đồng chí K' Mlộ, Phó Chủ tịch UBND xã.",
])
def test_a_highland_name_after_its_prefix_is_a_name(text):
    assert findings(text, "spelling") == []


@pytest.mark.parametrize("text", [
    "Ba đồng chí được cử đi học, khóa học từ tháng 3/2025 đến tháng 3/2027.",
    "Tổ chức 2 khóa học bồi dưỡng nghiệp vụ cho cán bộ.",
    "Khóa học kéo dài 3 tháng.",
])
def test_a_course_is_a_word(text):
    assert findings(text, "real-word") == []


@pytest.mark.parametrize("text", [
    "Tổng số cán bộ, giáo viên là 308 người, trong đó nữ 226 người (73,4%), người dân tộc thiểu số 28 người, đảng viên "
    "102 người (33,1%).",
    "Toàn trường có 45 giáo viên, trong đó nữ 38 người, dân tộc thiểu số 9 người, đảng viên 21 người.",
    "Hội có 620 hội viên, trong đó nữ 410 người, người có đạo 95 người, cựu chiến binh 150 người.",
])
def test_subsets_named_before_their_number_are_never_summed(text):
    assert findings(text, "sum-mismatch") == []


def test_kinds_named_before_their_number_are_still_summed():
    assert len(findings("Toàn huyện có 24 chi bộ, trong đó 13 chi bộ ấp, 6 chi bộ trường học và 3 chi bộ cơ quan.",
                        "sum-mismatch")) == 1


@pytest.mark.parametrize("text", [
    "Chi bộ có 22 đảng viên, 2 đồng chí được miễn đánh giá; 20 đồng chí được đánh giá, xếp loại: hoàn thành xuất sắc "
    "nhiệm vụ 1 đồng chí (5,00%); hoàn thành tốt nhiệm vụ 13 đồng chí (65,00%); hoàn thành nhiệm vụ 6 đồng chí (30,00%).",
    "Chi bộ có 28 đảng viên, 1 đồng chí miễn đánh giá; 27 đồng chí được đánh giá, trong đó hoàn thành tốt nhiệm vụ 20 "
    "đồng chí.",
    "Có 3 hội viên được miễn sinh hoạt; 40 hội viên được đánh giá, xếp loại.",
])
def test_those_exempt_name_no_set_of_those_rated(text):
    assert findings(text, "part-exceeds-whole") == []


@pytest.mark.parametrize("text", [
    "Học sinh đạt 18 giải cấp tỉnh, gồm 1 giải Nhất, 3 giải Nhì, 5 giải Ba và 9 giải Khuyến khích.",
    "Đội tuyển đạt 5 giải cấp huyện và 2 giải cấp quốc gia.",
    "Đại hội có chín mươi đại biểu chính thức.",
])
def test_levels_and_numerals_are_words(text):
    assert findings(text, "real-word") == []
