"""Shapes of round four (q4): how other clerks write the weak shapes - the same quantity
stated again in other words, counts of nouns the layer did not know, lists written in other
ways. Sentences of our own, positive and near-miss."""

from __future__ import annotations

import pytest

from tests.helpers import findings


@pytest.mark.parametrize("text, wrong", [
    ("Trạm Y tế xã đã khám sàng lọc cho 321 lượt người cao tuổi trong 6 tháng.\n"
     "Kết quả: 6 tháng, Trạm đã khám sàng lọc cho 312 lượt người cao tuổi.", "312"),
    ("Công an xã đã tiếp nhận, xử lý 7 vụ tai nạn giao thông trong quý III.\nNhìn chung, trong quý, Công an xã "
     "đã tiếp nhận, xử lý 9 vụ tai nạn giao thông, không để phát sinh phức tạp.", "9"),
    ("Ủy ban Kiểm tra đã kiểm tra 6 tổ chức đảng và 19 đảng viên khi có dấu hiệu vi phạm.\nKết quả nổi bật: Ủy ban "
     "Kiểm tra đã kiểm tra 6 tổ chức đảng và 21 đảng viên khi có dấu hiệu vi phạm.", "21"),
    ("Ban Thường vụ kiểm tra 5 tổ chức đảng; giám sát chuyên đề 11 tổ chức đảng và 18 đảng viên.\n"
     "Công tác giám sát được thực hiện đúng kế hoạch; đã giám sát chuyên đề 13 tổ chức đảng.", "13"),
    ("Trường THCS Lê Lợi có 16 sáng kiến kinh nghiệm được công nhận cấp huyện.\n"
     "Trong năm học, nhà trường có 18 sáng kiến kinh nghiệm được công nhận cấp huyện.", "18"),
])
def test_a_count_told_again_in_other_words(text, wrong):
    found = findings(text, "figure-inconsistent")
    assert [text[f.start:f.end] for f in found] == [wrong]


@pytest.mark.parametrize("text", [
    # two subjects, two periods, a change, a vote, a measure of another crop: two quantities
    "Chi bộ Trường A giám sát chuyên đề 3 đảng viên.\nChi bộ Trường B giám sát chuyên đề 5 đảng viên.",
    "Công an xã đã tiếp nhận, xử lý 7 vụ tai nạn giao thông trong quý III.\nCông an xã đã tiếp nhận, xử lý 9 vụ "
    "tai nạn giao thông trong 9 tháng.",
    "Toàn thành phố đã giảm 130 đơn vị sự nghiệp công lập.\nỞ khối các cơ quan đảng, đã giảm 9 đơn vị sự nghiệp "
    "công lập.",
    "Nghị quyết thứ nhất được thông qua với 454 đại biểu tán thành.\nNghị quyết thứ hai được thông qua với 403 "
    "đại biểu tán thành.",
    "- Cây lúa: diện tích gieo trồng là 520 ha.\n- Cây ngô: diện tích gieo trồng là 72 ha.",
    "- Xã Tân An: khám sàng lọc cho 321 lượt người cao tuổi.\n- Xã Tân Bình: khám sàng lọc cho 312 lượt người "
    "cao tuổi.",
    "Ủy ban Kiểm tra đã kiểm tra khoảng 20 đảng viên khi có dấu hiệu vi phạm.\nỦy ban Kiểm tra đã kiểm tra 21 "
    "đảng viên khi có dấu hiệu vi phạm.",
    "Trạm Y tế xã đã khám sàng lọc cho 321 lượt người cao tuổi trong 6 tháng.\nKết quả: 6 tháng, Trạm đã khám "
    "sàng lọc cho 321 lượt người cao tuổi.",
])
def test_a_count_told_again_near_misses(text):
    assert findings(text, "figure-inconsistent") == []
