"""Gates that spare work where it would find nothing (speed): each must answer exactly as the work it spares.
These tests compare each gate with the plain reading over real and own texts and near-misses, never timings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_app.core.detectors import officials
from minutes_app.core.quantities import badges, registered
from minutes_app.core.reading import Reading
from minutes_app.core.structure import content
from tests.helpers import ROOT

_TEXTS = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/corpus*/*.txt"), *ROOT.glob("tests/real/*.txt")])


def _paragraphs() -> list[str]:
    found = []
    for path in _TEXTS:
        found.extend(line for line in Path(path).read_text(encoding="utf-8").split("\n") if line.strip())
    return found


_PARAGRAPHS = _paragraphs()


def test_the_real_and_own_texts_are_there():
    assert len(_TEXTS) > 300 and len(_PARAGRAPHS) > 3000


_NAMES = [
    "Đồng chí Nguyễn Văn Thể, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối phát biểu.",
    "đồng chí nguyễn văn hùng, phó bí thư chi bộ, điều hành hội nghị.",  # all in lower case after a prefix
    "Đại tá Lê Văn C, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện.",  # a rank announces the person
    "BÍ THƯ\n\nLÊ VĂN HÙNG",
    "Chamaléa Thị Thủy, Phó Chủ tịch HĐND huyện, dự họp.",  # an unknown family name before a title
    "Ông K'Mák, Trưởng thôn, báo cáo.",
    "Về dự có các đồng chí trong Ban Thường vụ.",  # near-misses: no name at all
    "Hội nghị thống nhất thông qua nghị quyết.",
    "Xã Y Tý có 5 thôn.",
]


@pytest.mark.parametrize("text", _NAMES)
def test_officials_gate_changes_no_detection_on_own_sentences(text, monkeypatch):
    gated = officials.detect_officials(text)
    monkeypatch.setattr(officials, "_may_hold_name", lambda text, tokens: True)
    assert officials.detect_officials(text) == gated


def test_officials_gate_closes_only_paragraphs_without_a_name_item():
    closed = 0
    for text in _PARAGRAPHS:
        tokens = Reading(text).tokens
        if not officials._may_hold_name(text, tokens):
            closed += 1
            assert not any(item.kind == "name" for item in officials._items(text, tokens)), text
    assert closed > len(_PARAGRAPHS) // 3  # the gate is worth its test: it closes many paragraphs


_SLASH_LINES = [
    "Tổng thu ngân sách đạt 18,4 tỷ đồng/24 tỷ đồng dự toán năm.",
    "Trồng rừng 315 ha/400 ha kế hoạch, đạt 78,8%.",
    "Kết nạp 01 đảng viên mới, đạt 1/2 chỉ tiêu cả năm.",
    "Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%/KH 95%.",
    "Doanh thu 1.350/kế hoạch 1.200 triệu đồng.",
    "Ngày 15/3/2025, chi bộ họp xét kế hoạch năm.",  # near-miss: a date beside a plan word
]


def test_slash_gates_pass_every_line_their_pattern_matches():
    for line in _SLASH_LINES + [p for p in _PARAGRAPHS if "/" in p]:
        for pattern, gate in content._SLASH_GATES:
            if pattern.search(line):
                assert gate.search(line), (pattern.pattern, line)


def test_slash_gates_let_the_own_examples_through():
    # (the comparison above is not of misses only: each own example but the date is matched, gate and pattern)
    matched = [any(pattern.search(line) and gate.search(line) for pattern, gate in content._SLASH_GATES)
               for line in _SLASH_LINES]
    assert matched == [True, True, True, True, True, False]


_LEADS = [
    (content._SAID_TARGET_LEAD, content._SAID_TARGET_LEAD_AT),
    (content._ADOPTED_TARGET_LEAD, content._ADOPTED_TARGET_LEAD_AT),
    (content._TARGET_LIST_LEAD, content._TARGET_LIST_LEAD_AT),
]
_LEAD_LINES = [
    "Đại hội đề ra 24 chỉ tiêu, trong đó: thu ngân sách tăng 10%; kết nạp 40 đảng viên.",
    "Hội nghị biểu quyết thông qua Nghị quyết năm 2024 với các chỉ tiêu chủ yếu như: …",
    "Năm 2025. Các Chỉ tiêu chủ yếu: tăng trưởng 7%; thu nhập 60 triệu đồng.",
    "CÁC CHỈ TIÊU CHỦ YẾU:",
    "Các mục tiêu cụ thể năm 2026:",
    "Chi bộ được đề ra 3 chỉ tiêu, gồm: …",  # near-miss: "được đề ra"
    "Chi bộ xác định các chỉ tiêu cụ thể: tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 90%.",
]


def test_anchored_target_leads_find_what_their_patterns_find():
    lines = _LEAD_LINES + [p for p in _PARAGRAPHS if "tiêu" in p.lower() or "thông qua" in p.lower()]
    found_any = set()
    for line in lines:
        for pattern, anchored in _LEADS:
            plain, found = pattern.search(line), anchored.search(line)
            assert (plain and plain.span()) == (found and found.span()), (pattern.pattern, line)
            if found:
                found_any.add(pattern.pattern)
    assert len(found_any) == len(_LEADS)  # each lead is found somewhere: the comparison is not of misses only


_HINTED = [
    "Trao Huy hiệu 30 năm tuổi Đảng cho 12 đảng viên.",
    "TRAO HUY HIỆU ĐẢNG ĐỢT 7/11",
    "Trao huy  hiệu cho đảng viên 40 năm\u00a0tuổi đảng.",
    "131 hộ đăng ký danh hiệu hộ sản xuất giỏi.",
    "ĐĂNG KÝ thi đua năm 2025",
    "Chi bộ có 25 đảng viên.",  # near-misses
    "Huy động 12 tỷ đồng; hiệu quả rõ.",
]


def test_document_hints_asked_of_each_paragraph_answer_as_their_patterns():
    answers = []
    for text in _HINTED + _PARAGRAPHS:
        reading = Reading(text)
        badge, register = badges._MAY_NAME_BADGE(reading), registered._MAY_REGISTER(reading)
        assert badge == bool(badges._HINT.search(text)), text
        assert register == bool(re.search(r"đăng\s+ký", text, re.IGNORECASE)), text
        answers.append((badge, register))
    assert answers[:len(_HINTED)] == [(True, False), (True, False), (True, False), (False, True), (False, True),
                                      (False, False), (False, False)]
