"""Shapes of round five (q5): lists whose items may hold a joiner ("và", "cùng", "với",
"hoặc", "cũng như"), so that fewer items than announced is no sure mismatch. Sentences of
our own, in several clerks' ways, positive and near-miss."""

from __future__ import annotations

import pytest

from minutes_app.core.model import Severity
from tests.helpers import findings


@pytest.mark.parametrize("text", [
    # the real false error: "tiêu chí môi trường và [tiêu chí] khu dân cư mẫu" is two criteria
    "Đến nay xã còn 3 tiêu chí chưa đạt gồm: Tiêu chí Cơ sở VCVH, tiêu chí môi trường và khu dân cư mẫu.",
    "Năm nay thôn còn 3 chỉ tiêu chưa hoàn thành, gồm: chỉ tiêu thu quỹ, chỉ tiêu lao động và việc làm.",
    "Chi bộ đề ra 3 nhiệm vụ trọng tâm gồm: nhiệm vụ phát triển kinh tế cùng bảo đảm an ninh trật tự, nhiệm vụ xây "
    "dựng Đảng.",
    "Hội Nông dân phối hợp tổ chức 4 lớp tập huấn gồm: lớp trồng lúa, lớp chăn nuôi gà với nuôi vịt, lớp làm phân "
    "bón vi sinh.",
    "Ban Tổ chức cùng Ban Tuyên giáo, Văn phòng và Ủy ban Kiểm tra là 4 cơ quan tham mưu.",
    "Xã tập trung 4 công trình gồm: công trình đường liên thôn, công trình nhà văn hóa cũng như sân thể thao "
    "và trạm bơm.",
])
def test_an_item_holding_a_joiner_makes_fewer_items_ambiguous(text):
    assert findings(text, "count-mismatch") == []


@pytest.mark.parametrize("text, wrong, severity", [
    # fewer items, none holding a joiner: a sure mismatch
    ("Phường còn 4 tiêu chí chưa đạt, gồm: tiêu chí nhà ở dân cư, tiêu chí y tế.", "4 tiêu chí chưa đạt",
     Severity.ERROR),
    ("Năm 2025 xã phấn đấu đạt thêm 4 tiêu chí gồm: tiêu chí giao thông và tiêu chí thủy lợi.", "4 tiêu chí",
     Severity.ERROR),
    ("Hội đã thực hiện 04 phong trào gồm: phong trào nuôi heo đất, phong trào tiết kiệm.", "04 phong trào",
     Severity.ERROR),
    # more items than announced stays sure even with a "và"
    ("Thôn có 2 mô hình gồm: mô hình nuôi bò sinh sản, mô hình trồng cam và mô hình nuôi ong.", "2 mô hình",
     Severity.ERROR),
    # even cut at every joiner, fewer than announced: sure, a warning
    ("Đoàn xã duy trì 4 câu lạc bộ: câu lạc bộ bóng đá cùng câu lạc bộ văn nghệ.", "4 câu lạc bộ", Severity.WARNING),
    ("Đảng ủy giao 3 chỉ tiêu: chỉ tiêu kết nạp đảng viên với chỉ tiêu thu ngân sách.", "3 chỉ tiêu",
     Severity.WARNING),
])
def test_a_real_mismatch_stays_found(text, wrong, severity):
    found = findings(text, "count-mismatch")
    assert [(text[f.start:f.end].startswith(wrong), f.severity) for f in found] == [(True, severity)]
