"""Issue 18: a message that points at another sentence cites its first words, never a paragraph number a reader
would have to count ("đã nêu trước đó ở câu “Toàn Đảng bộ có 312…”", not "(đoạn 9)"). Sentences of our own."""

from __future__ import annotations

import re

import pytest

from minutes_app.core.engine import analyze

CITED = [
    # a count restated with another value (the sentence told first is cited, from its own start in the paragraph)
    ("Công tác xây dựng Đảng được chú trọng. Toàn Đảng bộ có 312 đảng viên.\n"
     "Tổng số đảng viên của Đảng bộ là 321 đồng chí.", "figure-inconsistent", "321", "câu “Toàn Đảng bộ có 312…”"),
    ("Chi đoàn thôn Bắc có 28 đoàn viên.\nCông tác đoàn được duy trì.\nTổng số đoàn viên của chi đoàn thôn Bắc là "
     "26 đồng chí.", "figure-inconsistent", "26", "câu “Chi đoàn thôn Bắc có…”"),
    # two digits swapped: a list item's dash is not part of what the eye looks for
    ("- Trong năm 2025, Hội Nông dân xã vận động được 126 hội viên tham gia bảo hiểm y tế. Công tác tuyên truyền "
     "được đẩy mạnh.\nKết quả, số hội viên tham gia bảo hiểm y tế mà Hội Nông dân xã vận động được là 162 hội viên.",
     "figure-inconsistent", "162", "câu “Trong năm 2025, Hội Nông…”"),
    ("Năm 2025, toàn xã có 1.245 hộ chăn nuôi gia cầm.\nTổng số hộ chăn nuôi gia cầm của toàn xã là 1.254 hộ.",
     "figure-inconsistent", "1.254", "câu “Năm 2025, toàn xã có…”"),
    # a share over a plan stated sections before
    ("Nghị quyết của Hội đồng nhân dân xã giao dự toán thu ngân sách năm 2025 là 12.500 triệu đồng.\n"
     "Công tác quản lý ngân sách được thực hiện chặt chẽ.\nCác khoản chi được bảo đảm.\n"
     "Lũy kế 9 tháng, thu ngân sách được 9.800 triệu đồng, đạt 82,4% dự toán.",
     "percent-mismatch", "82,4", "câu “Nghị quyết của Hội đồng…”"),
]


@pytest.mark.parametrize("text, code, flagged, cited", CITED)
def test_a_message_cites_the_other_sentence_by_its_first_words(text, code, flagged, cited):
    findings = [f for f in analyze(text + "\n").findings if f.code == code and f.text.startswith(flagged)]
    assert findings, analyze(text + "\n").findings
    for finding in findings:
        assert cited in finding.message, finding.message
        assert not re.search(r"đoạn \d", finding.message), finding.message
