"""Issue 18: the summary's target table never shows a computed share in place of the one the text prints. The Tỷ lệ
column and the Ghi chú say one value, the text's own (with its decimals); where a finding says it is wrong, the
computed value stands beside it, marked "tính lại: …"; a line printing no share gets the computed one in both.
Sentences of our own, read back from the DOCX."""

from __future__ import annotations

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary

from .docx_reading import sections, table_rows

REPORT = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 52/BC-UBND\nĐông Hưng, ngày 20 tháng 6 năm 2025\nBÁO CÁO\nKết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025\n"
          "I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n")

# (sentence, the Tỷ lệ cell, what the Ghi chú says, what no cell may say)
SHARES = [
    # a wrong share: the printed one, the finding's value beside it and marked
    ("Trong 6 tháng, Ủy ban kiểm tra đã giám sát được 45/60 chi bộ (đạt 72,5% kế hoạch năm).",
     "72,5% (tính lại: 75,0%)", "tiến độ 72,5% kế hoạch năm", "tiến độ 75"),
    ("Kiểm tra được 14/24 đảng viên, đạt 56,2% kế hoạch năm.",
     "56,2% (tính lại: 58,3%)", "tiến độ 56,2% kế hoạch năm", "tiến độ 58,3%"),
    ("Kết nạp được 33/71 hội viên mới, đạt 46,4% kế hoạch năm.",  # cut short instead of rounded: a warning
     "46,4% (tính lại: 46,5%)", "tiến độ 46,4% kế hoạch năm", "tiến độ 46,5%"),
    # a right share: as printed, with the text's decimals, and nothing beside it
    ("Hội Nông dân xã vận động được 36/48 hộ tham gia tổ hợp tác, đạt 75% kế hoạch năm.",
     "75%", "tiến độ 75% kế hoạch năm", "tính lại"),
    ("Đã kiểm tra 21/35 tổ chức đảng (đạt 60% kế hoạch năm).", "60%", "tiến độ 60% kế hoạch năm", "tính lại"),
    ("Trong 6 tháng, giám sát được 14/24 đảng viên, đạt 58,33% kế hoạch năm.",
     "58,33%", "tiến độ 58,33% kế hoạch năm", "58,3% "),
    # no share printed: the computed one, rounded alike in the column and the note, unmarked
    ("Kiểm tra được 27/40 tổ chức đảng so với kế hoạch năm.", "67,5%", "tiến độ 67,5% kế hoạch năm", "tính lại"),
    ("Kết nạp 18/30 đảng viên mới (kế hoạch năm 30 đảng viên).", "60%", "tiến độ 60% kế hoạch năm", "tính lại"),
    ("Thu ngân sách được 1.250/2.000 triệu đồng so với dự toán năm.", "62,5%", "tiến độ 62,5% kế hoạch năm",
     "tính lại"),
]


def _target_rows(sentence: str, tmp_path) -> list[list[str]]:
    path = tmp_path / "summary.docx"
    write_summary(analyze(REPORT + sentence + "\n"), path)
    grouped = sections(Document(str(path)))
    (heading,) = [h for h in grouped if h.endswith("CHỈ TIÊU") and h.startswith("III")]
    return [row for row in table_rows(grouped[heading]) if row[0] != "Chỉ tiêu"]


@pytest.mark.parametrize("sentence, ratio, note, never", SHARES)
def test_the_target_table_shows_the_printed_share(sentence, ratio, note, never, tmp_path):
    (row,) = _target_rows(sentence, tmp_path)
    assert " ".join(row[3].split()) == ratio, row
    assert row[5].startswith(note + ";"), row
    assert never not in " ".join(row[3:]), row


# a result against its plan: the finding covers the number alone ("88,7", suggesting "86,7"); the mark still shows
@pytest.mark.parametrize("sentence, ratio", [
    ("Năm 2024, chi bộ kết nạp 52 đảng viên trên chỉ tiêu 60, đạt 88,7%.", "88,7% (tính lại: 86,7%)"),
    ("Cả năm trồng được 1.150 cây xanh trên kế hoạch 1.250 cây, đạt 95,2%.", "95,2% (tính lại: 92,0%)"),
    ("Năm 2024 vận động 410 hộ tham gia bảo hiểm trên chỉ tiêu 500 hộ, đạt 80,2%.", "80,2% (tính lại: 82,0%)"),
])
def test_a_result_against_its_plan_gets_the_mark_too(sentence, ratio, tmp_path):
    (row,) = _target_rows(sentence, tmp_path)
    assert " ".join(row[3].split()) == ratio, row
