"""Figure rows (issue 18, round 17): the subject of a figure told after a list of names is the body the list belongs to,
and a subordinate clause the figure stands in gives its act, not its conjunction (seed 004: "Chi bộ Công báo - Nhà
khách | 65 đảng viên" for the whole Đảng bộ, "Sau thực hiện thí điểm sáp nhập | 3 Văn phòng").

Every sentence here was written for this file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figure_subjects_r12 import check  # noqa: E402  (the report frame and the row reader of round 12)


# a figure after "với" that follows the last item of a list of names with no figures of their own: the list's body
@pytest.mark.parametrize("body, expected", [
    ("Hội Nông dân xã hiện có 4 chi hội gồm: Chi hội thôn Đông; Chi hội thôn Tây; Chi hội thôn Nam; Chi hội thôn Bắc "
     "với tổng số 412 hội viên.", {"412 hội viên": "Hội Nông dân xã"}),
    ("Trường có 3 tổ chuyên môn là: Tổ Toán - Tin, Tổ Ngữ văn, Tổ Khoa học tự nhiên với 46 giáo viên, 9 nhân viên.",
     {"46 giáo viên": "Trường", "9 nhân viên": "Trường"}),
    ("Khu dân cư số 3 gồm: xóm Trại, xóm Giữa, xóm Chùa với khoảng 380 hộ, 1.420 nhân khẩu.",
     {"khoảng 380 hộ": "Khu dân cư số 3"}),
    ("Đảng bộ Bệnh viện bao gồm: Chi bộ Khối Nội; Chi bộ Khối Ngoại; Chi bộ Hành chính với 58 đảng viên trên tổng số "
     "312 cán bộ, viên chức.", {"58 đảng viên": "Đảng bộ Bệnh viện", "312 cán bộ": "Tổng số cán bộ"}),
])
def test_a_figure_after_the_last_item_of_a_list_of_names_is_the_wholes(body, expected):
    check(body, expected)


# near-misses: items that hold figures of their own keep them; a list with no containing word before its colon
@pytest.mark.parametrize("body, expected", [
    ("Chi bộ có 3 tổ đảng: Tổ 1 với 12 đảng viên; Tổ 2 với 9 đảng viên; Tổ 3 với 7 đảng viên.",
     {"9 đảng viên": "Tổ 2", "7 đảng viên": "Tổ 3"}),
    ("Đoàn kiểm tra làm việc tại: Chi bộ Trường Tiểu học; Chi bộ Trạm Y tế với 2 cuộc kiểm tra.",
     {"2 cuộc kiểm tra": "Chi bộ Trạm Y tế"}),
    ("Kết quả xếp loại: Chi bộ thôn Đông hoàn thành tốt nhiệm vụ với 15 đảng viên.",
     {"15 đảng viên": "Chi bộ thôn Đông hoàn thành tốt nhiệm vụ"}),
])
def test_near_miss_items_with_figures_of_their_own_keep_their_subject(body, expected):
    check(body, expected)


# a subordinate clause with no comma before the figure: the act, without "sau (khi) / trước khi / khi" nor a bare
# "thực hiện / tiến hành"
@pytest.mark.parametrize("body, expected", [
    ("Sau thực hiện thí điểm hợp nhất 3 trung tâm, Ban Quản lý được thành lập.", {"3 trung tâm": "Thí điểm hợp nhất"}),
    ("Sau khi sáp nhập 2 thôn Đông và Tây, xã còn 9 thôn.", {"2 thôn": "Sáp nhập"}),
    ("Trước khi triển khai 5 mô hình điểm, Hội đã khảo sát 120 hộ.", {"5 mô hình điểm": "Triển khai"}),
    ("Khi tiến hành rà soát 230 hộ cận nghèo, tổ công tác phát hiện 12 hộ đủ điều kiện.", {"230 hộ cận nghèo": "Rà soát"}),
])
def test_a_subordinate_clause_gives_its_act_as_the_subject(body, expected):
    check(body, expected)


# near-misses: "sau" / "trước" of a time, of a conjunction, or after the figure stay as they were
@pytest.mark.parametrize("body, expected", [
    ("Sau 5 năm thực hiện, xã có 1.200 ha lúa chất lượng cao.", {"1.200 ha lúa chất lượng cao": "Xã"}),
    ("Bộ phận một cửa giải quyết trước và đúng hạn 4.120 hồ sơ.", {"4.120 hồ sơ": "Bộ phận một cửa giải quyết trước và đúng hạn"}),
])
def test_near_miss_a_time_or_a_conjunction_is_no_clause_opening(body, expected):
    check(body, expected)
