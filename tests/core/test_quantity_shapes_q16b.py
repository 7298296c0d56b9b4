"""Shapes of round two (q16b): absentees named after a dash, a list closed by its total line."""

from __future__ import annotations

import pytest

from minutes_app.core.model import Severity
from tests.helpers import findings


@pytest.mark.parametrize("text", [
    "Chi bộ có 20 đảng viên, có mặt 17 đồng chí, vắng 3 đồng chí – đồng chí Lê Văn Tám (đi công tác), "
    "đồng chí Trần Thị Hoa (ốm).",
    "Có mặt 18/20 đảng viên. Vắng mặt 2 đồng chí - đồng chí Nguyễn Văn Bình (đi học), đồng chí Phạm Thị Lan "
    "(nghỉ ốm), đồng chí Đỗ Văn Hùng (việc riêng).",
    "Vắng mặt: 03 đồng chí – đồng chí Lê Văn Tám (đi công tác), đồng chí Trần Thị Hoa (ốm).",
])
def test_absentees_named_after_a_dash(text):
    assert findings(text, "absentee-count-mismatch")


@pytest.mark.parametrize("text", [
    "Có mặt 18/20 đảng viên. Vắng mặt 2 đồng chí - đồng chí Nguyễn Văn Bình (đi học), đồng chí Phạm Thị Lan (nghỉ ốm).",
    "Có mặt 18/20 đảng viên; vắng 2 đồng chí — đồng chí Hoàng Văn Nam và đồng chí Vi Thị Hằng, đều có lý do.",
    "Có mặt 18/20 đảng viên; vắng 2 đồng chí - có lý do.",
    "Có mặt 18/20 đảng viên; vắng 2 đồng chí – đi công tác và nghỉ ốm.",
])
def test_absentees_after_a_dash_near_misses(text):
    assert not findings(text, "absentee-count-mismatch")


@pytest.mark.parametrize("text, severity", [
    ("Kết quả xếp loại đảng viên năm 2025:\n1. Hoàn thành xuất sắc nhiệm vụ: 6 đồng chí.\n"
     "2. Hoàn thành tốt nhiệm vụ: 20 đồng chí.\n3. Hoàn thành nhiệm vụ: 3 đồng chí.\nTổng cộng: 30 đồng chí.\n",
     Severity.ERROR),
    ("Số đảng viên của các chi bộ:\n- Chi bộ Thôn Đông: 25 đảng viên;\n- Chi bộ Thôn Tây: 18 đảng viên;\n"
     "- Chi bộ Trường học: 12 đảng viên.\nCộng: 57 đảng viên.\n", Severity.ERROR),
    ("Kinh phí hỗ trợ:\n- Ngân sách tỉnh: 500 triệu đồng;\n- Ngân sách xã: 200 triệu đồng.\n"
     "Tổng cộng: 750 triệu đồng.\n", Severity.ERROR),
    ("Khen thưởng trong năm:\n- Chi bộ Khu phố 1: 4 đảng viên;\n- Chi bộ Khu phố 2: 3 đảng viên.\n"
     "Tổng số: 9 đảng viên.\n", Severity.WARNING),
])
def test_list_closed_by_a_wrong_total(text, severity):
    found = findings(text, "sum-mismatch")
    assert found and found[0].severity == severity


@pytest.mark.parametrize("text", [
    "Kết quả xếp loại đảng viên năm 2025:\n1. Hoàn thành xuất sắc nhiệm vụ: 6 đồng chí.\n"
    "2. Hoàn thành tốt nhiệm vụ: 20 đồng chí.\n3. Hoàn thành nhiệm vụ: 4 đồng chí.\nTổng cộng: 30 đồng chí.\n",
    "Kinh phí hỗ trợ:\n- Ngân sách tỉnh: 500 triệu đồng;\n- Ngân sách xã: 200 triệu đồng.\nTổng cộng: 700 triệu đồng.\n",
    # sub-items under items: not one plain list
    "Đảng viên mới kết nạp:\n- Chi bộ Thôn Đông: 5 đồng chí;\n+ Nữ: 2 đồng chí;\n- Chi bộ Thôn Tây: 4 đồng chí.\n"
    "Tổng cộng: 9 đồng chí.\n",
    # a total of another kind of thing
    "Kết quả kiểm tra:\n- Chi bộ Thôn Đông: 5 đảng viên;\n- Chi bộ Thôn Tây: 4 đảng viên.\nTổng số: 2 chi bộ.\n",
    # a single line is no list
    "Kết nạp đảng viên:\n- Chi bộ Thôn Đông: 5 đồng chí.\nTổng cộng: 6 đồng chí.\n",
])
def test_list_closed_by_its_total_near_misses(text):
    assert not findings(text, "sum-mismatch")


@pytest.mark.parametrize("text", [
    "Năm 2025, Đảng bộ kết nạp 40 đảng viên mới. Trong số đảng viên mới kết nạp có 45 đồng chí là đoàn viên.",
    "Năm 2025, Đảng bộ kết nạp 40 đảng viên mới.\nTrong số đảng viên mới kết nạp có 45 đồng chí là đoàn viên.",
    "Hội nghị có 120 đại biểu tham dự.\nTrong số đại biểu dự có 130 đồng chí là đảng viên.",
    "Trong năm, chi bộ kết nạp 6 đảng viên. Trong số đảng viên được kết nạp có 7 đồng chí là nữ.",
])
def test_in_those_whole_named_before(text):
    found = findings(text, "part-exceeds-whole")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Năm 2025, Đảng bộ kết nạp 40 đảng viên mới. Trong số đảng viên mới kết nạp có 35 đồng chí là đoàn viên.",
    # the phrase names more than the count before: another whole
    "Năm 2025, Đảng bộ kết nạp 40 đảng viên mới. Trong số đảng viên toàn Đảng bộ có 450 đồng chí hoàn thành tốt "
    "nhiệm vụ.",
    "Năm 2025, Đảng bộ kết nạp 40 đảng viên mới.\nTrong số đảng viên toàn Đảng bộ có 450 đồng chí hoàn thành tốt "
    "nhiệm vụ.",
    "Chi bộ có 12 đảng viên.\nTrong số đảng viên chính thức có 15 đồng chí là nữ.",
    # another noun
    "Năm 2025, Đảng bộ kết nạp 40 đảng viên mới.\nTrong số đoàn viên của xã có 45 đồng chí là đảng viên.",
])
def test_in_those_near_misses(text):
    assert not findings(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Chi bộ có 21 đảng viên. Có mặt 18 đồng chí, vắng 2 đồng chí.",
    "Chi bộ có 21 đảng viên.\nCó mặt 18 đồng chí, vắng 2 đồng chí.",
    "Chi bộ hiện có 21 đảng viên. Dự họp 18 đồng chí; vắng 2 đồng chí.",
    "Chi bộ hiện có 30 đảng viên.\nDự họp 26 đồng chí, vắng 3 đồng chí.",
])
def test_attendance_whole_in_the_sentence_before(text):
    found = findings(text, "attendance-mismatch")
    assert found and all(f.severity == Severity.WARNING for f in found)


@pytest.mark.parametrize("text", [
    "Chi bộ có 21 đảng viên. Có mặt 19 đồng chí, vắng 2 đồng chí.",
    "Chi bộ có 21 đảng viên.\nCó mặt 19 đồng chí, vắng 2 đồng chí.",
    "Chi bộ có 23 đảng viên, trong đó 2 đồng chí được miễn sinh hoạt. Có mặt 19 đồng chí, vắng 2 đồng chí.",
    "Chi bộ có 23 đảng viên.\nCó mặt 19 đồng chí, vắng 2 đồng chí; 2 đồng chí được miễn sinh hoạt.",
    "Đảng bộ có 1.250 đảng viên. Hội nghị có mặt 95 đồng chí, vắng 5 đồng chí.",
    "Toàn xã có 21 đảng viên cao tuổi. Có mặt 18 đồng chí, vắng 2 đồng chí.",
    "Ban Chấp hành có 15 ủy viên.\nTham dự hội nghị có 120 đại biểu; vắng 3 đồng chí.",
])
def test_attendance_whole_before_near_misses(text):
    assert not findings(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "Đảng bộ xã hiện có 685 đảng viên, sinh hoạt ở 21 chi bộ.\nVề công tác quản lý đảng viên: toàn Đảng bộ có 658 "
    "đảng viên.",
    "Toàn Đảng bộ có 32 chi bộ trực thuộc.\nCông tác tổ chức: toàn Đảng bộ có 34 chi bộ trực thuộc.",
    "Đảng bộ phường có 1.204 đảng viên.\nVề phát triển đảng viên: toàn Đảng bộ có 1.240 đảng viên.",
])
def test_subject_total_after_a_label(text):
    assert findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Đảng bộ xã hiện có 685 đảng viên, sinh hoạt ở 21 chi bộ.\nVề công tác quản lý đảng viên: toàn Đảng bộ có 685 "
    "đảng viên.",
    "Đảng bộ xã Tân An: toàn Đảng bộ có 685 đảng viên.\nĐảng bộ xã Tân Bình: toàn Đảng bộ có 512 đảng viên.",
    "Năm 2024: toàn Đảng bộ có 650 đảng viên.\nNăm 2025: toàn Đảng bộ có 685 đảng viên.",
])
def test_subject_total_after_a_label_near_misses(text):
    assert not findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Tổng số đảng viên của Đảng bộ: 1.320 đồng chí.\nSố đảng viên được tặng Huy hiệu Đảng trong năm là 62 đồng chí, "
    "chiếm 4,9% tổng số đảng viên.",
    "Tổng số đảng viên được đánh giá, xếp loại là 312 đồng chí.\nCó 48 đồng chí hoàn thành xuất sắc nhiệm vụ "
    "(chiếm 16,4%).",
    "Tổng số hội viên của Hội là 1.230 người.\nTrong năm, 85 hội viên được khen thưởng, bằng 7,9% tổng số hội viên.",
])
def test_share_of_a_total_named_paragraphs_before(text):
    found = findings(text, "percent-mismatch")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Tổng số đảng viên của Đảng bộ: 1.320 đồng chí.\nSố đảng viên được tặng Huy hiệu Đảng trong năm là 62 đồng chí, "
    "chiếm 4,7% tổng số đảng viên.",
    "Tổng số đảng viên của Đảng bộ: 1.320 đồng chí.\nCó 62 đảng viên nữ, chiếm 4,9% tổng số đảng viên nữ của tỉnh.",
    "Tổng số đảng viên của Đảng bộ: 1.320 đồng chí.\nSố hội viên nữ là 62 người, chiếm 4,9% tổng số hội viên.",
    "Tổng số đảng viên chính thức: 300 đồng chí.\nSố đảng viên được tặng Huy hiệu Đảng trong năm là 62 đồng chí, "
    "chiếm 4,9% tổng số đảng viên.",
    "Tổng số đại biểu được triệu tập là 150 đồng chí.\nCó 62 đại biểu nữ, chiếm 25% tổng số đại biểu của tỉnh.",
])
def test_share_of_a_named_total_near_misses(text):
    assert not findings(text, "percent-mismatch")


@pytest.mark.parametrize("text", [
    "Đánh giá, xếp loại 26 tổ chức cơ sở đảng:\na) Hoàn thành xuất sắc nhiệm vụ: 5 tổ chức;\n"
    "b) Hoàn thành tốt nhiệm vụ: 18 tổ chức;\nc) Hoàn thành nhiệm vụ: 3 tổ chức.\n",
    "Kiểm điểm 31 đảng viên:\n1. Hoàn thành tốt nhiệm vụ: 25 đồng chí;\n2. Hoàn thành nhiệm vụ: 6 đồng chí.\n",
    "Khen thưởng 14 tập thể:\n1. Chi bộ: 6 tập thể;\n2. Tổ dân phố: 8 tập thể.\n",
])
def test_numbered_breakdown_lines_are_not_items(text):
    assert not findings(text, "count-mismatch")


@pytest.mark.parametrize("text", [
    "Hội nghị đã thảo luận 3 nội dung:\n1. Báo cáo kết quả 9 tháng.\n2. Phương hướng quý IV.\n",
    "Kiểm tra 12 chi bộ:\n1. Chi bộ Thôn Đông: 4 đảng viên vi phạm;\n2. Chi bộ Thôn Tây: 2 đảng viên vi phạm.\n",
    "Ban hành 4 văn bản:\n1. Nghị quyết số 12-NQ/ĐU;\n2. Kế hoạch số 30-KH/ĐU;\n3. Chương trình số 5-CTr/ĐU.\n",
])
def test_numbered_items_still_counted(text):
    assert findings(text, "count-mismatch")


@pytest.mark.parametrize("text", [
    "Có 35 đảng viên tham gia góp ý, chia ra: khối Đảng 12 đồng chí, khối chính quyền 15 đồng chí, khối đoàn thể "
    "10 đồng chí.",
    "Ủy ban Kiểm tra đã giám sát 18 tổ chức đảng trong năm, cụ thể: 11 chi bộ, 6 đảng bộ bộ phận.",
    "Năm 2025 tiếp nhận 41 đơn thư các loại, bao gồm: 20 đơn khiếu nại, 15 đơn tố cáo, 8 đơn kiến nghị.",
])
def test_breakdown_announced_after_a_few_words(text):
    found = findings(text, "sum-mismatch")
    assert found and found[0].severity == Severity.ERROR


@pytest.mark.parametrize("text", [
    "Có 35 đảng viên tham gia góp ý, chia ra: khối Đảng 12 đồng chí, khối chính quyền 13 đồng chí, khối đoàn thể "
    "10 đồng chí.",
    "Có 30 đảng viên được tặng Huy hiệu Đảng, cụ thể: 12 đồng chí huy hiệu 30 năm, 10 đồng chí huy hiệu 40 năm và "
    "các đồng chí khác.",
    "Ủy ban Kiểm tra đã giám sát 18 tổ chức đảng trong năm, cụ thể: 11 chi bộ, 6 đảng bộ bộ phận, còn lại là các "
    "chi bộ trực thuộc.",
])
def test_breakdown_after_a_few_words_near_misses(text):
    assert not findings(text, "sum-mismatch")


@pytest.mark.parametrize("text", [
    "Đoàn xã có 150 đoàn viên (70 nam, 82 nữ).",
    "Tổng số đoàn viên là 150 người (nam 70, nữ 82).",
    "Hội Cựu chiến binh có 64 hội viên (nam 61, nữ 4).",
])
def test_bracket_of_genders_is_exhaustive(text):
    assert findings(text, "sum-mismatch")


@pytest.mark.parametrize("text", [
    "Đoàn xã có 150 đoàn viên (70 nam, 80 nữ).",
    "Chi bộ có 30 đảng viên (5 nữ, 2 dân tộc thiểu số).",
    "Đoàn xã có 150 đoàn viên (70 nữ, 12 người dân tộc thiểu số).",
])
def test_bracket_of_genders_near_misses(text):
    assert not findings(text, "sum-mismatch")


@pytest.mark.parametrize("text", [
    "Đảng bộ có 25 chi bộ. Qua kiểm tra, có 27 chi bộ thực hiện tốt quy chế.",
    "Toàn Đảng bộ có 420 chi bộ. Qua đánh giá, 425 chi bộ hoàn thành tốt nhiệm vụ, đạt 101,2%.",
    "Chi bộ có 30 đảng viên. Qua kiểm điểm, đánh giá, có 32 đảng viên hoàn thành tốt nhiệm vụ.",
    "Xã có 12 thôn. Qua rà soát, 14 thôn đạt chuẩn văn hóa.",
])
def test_assessed_count_above_the_total_before(text):
    found = findings(text, "part-exceeds-whole")
    assert found and found[0].severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "Đảng bộ có 25 chi bộ. Qua kiểm tra, có 22 chi bộ thực hiện tốt quy chế.",
    "Đảng bộ xã có 25 chi bộ. Huyện có 270 chi bộ.",
    "Đảng bộ có 25 chi bộ. Năm 2020 có 31 chi bộ.",
    "Đảng bộ có 25 chi bộ. Sau sáp nhập, có 31 chi bộ.",
    "Chi bộ có 30 đảng viên. Trong năm tổ chức 12 buổi sinh hoạt với 340 đảng viên tham dự.",
    "Hội có 120 hội viên. Năm qua đã kết nạp mới 140 hội viên.",
    "Đảng bộ có 25 chi bộ trực thuộc. Qua kiểm tra, toàn huyện có 270 chi bộ thực hiện tốt quy chế.",
    "Xã có 1.250 hộ. Đã vận động 1.400 lượt hộ đóng góp quỹ, kiểm tra 1.300 lượt.",
])
def test_assessed_count_near_misses(text):
    assert not findings(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Số đảng viên vắng mặt: 03 đồng chí, gồm: Nguyễn Văn An (có lý do), Trần Thị Bích (có lý do), "
    "Lê Văn Cường (không lý do).",
    "Vắng: 2 đồng chí, gồm đồng chí Nguyễn Văn An (có lý do) và đồng chí Trần Thị Bích (không có lý do).",
    "Vắng 2 đồng chí, cụ thể: đồng chí Nguyễn Văn An (vắng có lý do), đồng chí Trần Thị Bích.",
    "Có mặt 18/20 đảng viên. Vắng 2 (có lý do: đồng chí Nguyễn Văn An, đồng chí Trần Thị Bích).",
])
def test_absentee_names_with_bracketed_reasons_near_misses(text):
    assert not findings(text, "absentee-count-mismatch")


@pytest.mark.parametrize("text", [
    "Số đảng viên vắng mặt: 03 đồng chí, gồm: Nguyễn Văn An (có lý do), Trần Thị Bích (có lý do).",
    "Vắng 3 đồng chí, cụ thể: đồng chí Nguyễn Văn An, đồng chí Trần Thị Bích.",
    "Vắng: 1 đồng chí, gồm đồng chí Nguyễn Văn An (có lý do) và đồng chí Trần Thị Bích (không có lý do).",
])
def test_absentee_names_with_bracketed_reasons(text):
    assert findings(text, "absentee-count-mismatch")


@pytest.mark.parametrize("text", [
    "| Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do |\n| 25 | 21 | 2 | 1 |\n",
    "Tổng số | Có mặt | Vắng\n18 | 15 | 2\n",
    "Chi bộ | Tổng số đảng viên | Có mặt | Vắng\nChi bộ Thôn Đông | 18 | 15 | 3\nChi bộ Thôn Tây | 20 | 17 | 2\n",
])
def test_attendance_table_with_label_columns(text):
    assert findings(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "| Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do |\n| 25 | 22 | 2 | 1 |\n",
    "Chi bộ | Tổng số đảng viên | Có mặt | Vắng\nChi bộ Thôn Đông | 18 | 15 | 3\nChi bộ Thôn Tây | 20 | 18 | 2\n",
    # no "có mặt" column: not an attendance
    "Năm | Tổng số | Kết nạp | Chuyển đi\n2025 | 120 | 8 | 3\n",
])
def test_attendance_table_with_label_columns_near_misses(text):
    assert not findings(text, "attendance-mismatch")


@pytest.mark.parametrize("text", [
    "Đảng bộ có 35 chi bộ trực thuộc.\nHiện nay, Đảng bộ có 36 chi bộ trực thuộc.",
    "Đã thi hành kỷ luật 5 đảng viên.\nVề kỷ luật đảng viên: đã thi hành kỷ luật 6 đảng viên vi phạm.",
    "Trong năm, đã kết nạp 18 đảng viên mới.\nCông tác phát triển đảng viên: kết nạp 16 đảng viên.",
])
def test_same_figure_twice(text):
    assert findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Khi mới thành lập, Đảng bộ có 20 chi bộ trực thuộc.\nHiện nay, Đảng bộ có 36 chi bộ trực thuộc.",
    "Đã thi hành kỷ luật 5 đảng viên.\nĐã thi hành kỷ luật 6 đảng viên vi phạm trong nhiệm kỳ 2020 - 2025.",
    "Trong năm đã kết nạp 5 đảng viên.\nLũy kế đã kết nạp 26 đảng viên.",
])
def test_same_figure_twice_near_misses(text):
    assert not findings(text, "figure-inconsistent")


@pytest.mark.parametrize("text", [
    "Chi bộ có 20 đảng viên chính thức, dự họp 9 đồng chí. Biểu quyết: 100% đảng viên dự họp tán thành. "
    "Nghị quyết được thông qua.",
    "Ban Chấp hành Đảng bộ xã có 19 đồng chí ủy viên. Có mặt 9 đồng chí.\nBiểu quyết: tán thành 100%. "
    "Hội nghị đã thông qua Nghị quyết.",
    "Chi bộ có 14 đảng viên chính thức, có mặt 7 đồng chí. Kết quả biểu quyết: 100% tán thành. "
    "Nghị quyết được thông qua.",
])
def test_unanimous_but_too_few_present(text):
    assert findings(text, "resolution-not-passed")


@pytest.mark.parametrize("text", [
    "Chi bộ có 20 đảng viên chính thức, dự họp 16 đồng chí. Biểu quyết: 100% đảng viên dự họp tán thành. "
    "Nghị quyết được thông qua.",
    "Chi bộ có 14 đảng viên chính thức, có mặt 8 đồng chí. Kết quả biểu quyết: 100% tán thành. "
    "Nghị quyết được thông qua.",
    # not unanimous: the percentage alone says nothing of the count
    "Chi bộ có 20 đảng viên chính thức, dự họp 12 đồng chí. Biểu quyết: 90% tán thành, 10% không tán thành. "
    "Nghị quyết được thông qua.",
])
def test_unanimous_near_misses(text):
    assert not findings(text, "resolution-not-passed")


@pytest.mark.parametrize("text, expected", [
    ("Đảng bộ có 25 chi bộ.\nQua kiểm tra, có 27 chi bộ thực hiện tốt quy chế.", True),
    ("Chi bộ có 30 đảng viên.\nQua kiểm điểm, đánh giá, có 32 đảng viên hoàn thành tốt nhiệm vụ.", True),
    ("Xã có 12 thôn.\nQua rà soát, 14 thôn đạt chuẩn văn hóa.", True),
    ("Đảng bộ có 25 chi bộ.\nQua kiểm tra, có 22 chi bộ thực hiện tốt quy chế.", False),
    ("Đảng bộ có 25 chi bộ.\nNăm 2020, qua kiểm tra có 31 chi bộ thực hiện tốt quy chế.", False),
    ("Chi bộ có 30 đảng viên.\nQua kiểm tra 4 chi bộ, có 32 đảng viên hoàn thành tốt nhiệm vụ.", False),
])
def test_assessed_count_in_the_next_paragraph(text, expected):
    assert bool(findings(text, "part-exceeds-whole")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kỳ họp có 28/30 đại biểu HĐND xã tham dự; vắng 1 đại biểu có lý do.", True),
    ("Kỳ họp có 28/30 đại biểu Hội đồng nhân dân phường có mặt, vắng 1 đại biểu.", True),
    ("Kỳ họp có 27/30 đại biểu HĐND xã tham dự; vắng 3 đại biểu có lý do.", False),
    ("Kỳ họp có 28 đại biểu khách mời tham dự; vắng 1 đại biểu HĐND có lý do.", False),
])
def test_council_delegates_present(text, expected):
    found = findings(text, "attendance-mismatch")
    assert bool(found) == expected
    assert all("đại biểu" in f.message for f in found)
